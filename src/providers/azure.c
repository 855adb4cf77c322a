/* azure: not written yet. */
#include "prov_int.h"

const struct prov_ops prov_azure = {
    .name = "azure",
};
