/*
 * respond: the one place where error bodies are built, in OpenAI's shape
 * {"error":{"message","type","param","code"}}, and where JSON answers are
 * written. Also the key check shared by every protected route.
 */
#include "api_int.h"

#include <stdio.h>

#include "util/err.h"
#include "util/jwrite.h"

void api__send_json(struct http_req *r, int status, const json_t *j, const struct http_header *h,
                    size_t n)
{
    struct str body = jwrite_arena(r->arena, j, 0);

    if (!body.ptr) {
        http_respond(r, 500, NULL, 0, STR_LIT("{\"error\":{\"message\":\"out of memory\"}}"));
        return;
    }
    http_respond(r, status, h, n, body);
}

json_t *api__error_json(int status, const char *message, const char *type, const char *param,
                        const char *code)
{
    char scode[16];

    if (!code) {
        snprintf(scode, sizeof(scode), "%d", status);
        code = scode;
    }
    return json_pack("{s:{s:s,s:s,s:s?,s:s}}", "error", "message", message ? message : "error",
                     "type", type ? type : "invalid_request_error", "param", param, "code", code);
}

void api__send_error(struct http_req *r, int status, const char *message, const char *type,
                     const char *param, const char *code)
{
    json_t *e = api__error_json(status, message, type, param, code);

    api__send_json(r, status, e, NULL, 0);
    json_decref(e);
}

void api__send_code(struct http_req *r, int code, const char *message)
{
    api__send_error(r, gw_err_status(code), message ? message : gw_strerror(code),
                    gw_err_type(code), NULL, NULL);
}

int api__authorize(struct api_worker *w, struct http_req *r, struct auth_ctx *out)
{
    struct str key = auth_key_from(http_header(r, "authorization"), http_header(r, "x-api-key"),
                                   http_header(r, "api-key"));

    if (auth_check(w->cfg, key, out) == 0)
        return 0;
    /* Never echo the key, not even in part. */
    api__send_error(r, 401,
                    key.len ? "Authentication Error, invalid API key"
                            : "Authentication Error, no API key passed in. Pass it as "
                              "'Authorization: Bearer <key>'",
                    "auth_error", "key", "401");
    return GW_EAUTH;
}
