/* err: look-ups into the GW_ERR_MAP table; see err.h. */
#include "err.h"

struct row {
    const char *name, *msg, *type;
    int status;
};

static const struct row rows[] = {
    {"OK", "success", "", 200},
#define ROW(name, msg, status, type) {"GW_" #name, msg, type, status},
    GW_ERR_MAP(ROW)
#undef ROW
};

static const struct row *find(int code)
{
    static const struct row unknown = {"GW_EUNKNOWN", "internal error", "internal_error", 500};
    int i = -code;

    if (i < 0 || i >= (int)(sizeof(rows) / sizeof(rows[0])))
        return &unknown;
    return &rows[i];
}

const char *gw_strerror(int code)
{
    return find(code)->msg;
}

int gw_err_status(int code)
{
    return find(code)->status;
}

const char *gw_err_type(int code)
{
    return find(code)->type;
}

const char *gw_err_name(int code)
{
    return find(code)->name;
}
