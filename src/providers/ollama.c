/* ollama: not written yet. */
#include "prov_int.h"

const struct prov_ops prov_ollama = {
    .name = "ollama",
};

const struct prov_ops prov_ollama_chat = {
    .name = "ollama_chat",
};
