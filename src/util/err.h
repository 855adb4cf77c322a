/*
 * err: every error code of the gateway in one table. Functions return 0 on
 * success or a negative GW_E* code. Each row gives the name, a message fit to
 * show a client, the HTTP status it maps to, and OpenAI's error type. Add rows
 * at the end only, so that numbers stay stable.
 */
#ifndef GW_UTIL_ERR_H
#define GW_UTIL_ERR_H

#define GW_ERR_MAP(X)                                                                   \
    X(EAGAIN, "need more input", 500, "internal_error")                                 \
    X(EDECLINED, "declined", 500, "internal_error")                                     \
    X(ENOMEM, "out of memory", 500, "internal_error")                                   \
    X(EINVAL, "invalid argument", 400, "invalid_request_error")                         \
    X(EIO, "input/output error", 500, "internal_error")                                 \
    X(ETOOBIG, "request body too large", 413, "invalid_request_error")                  \
    X(EJSON, "malformed JSON", 400, "invalid_request_error")                            \
    X(EUTF8, "invalid UTF-8", 400, "invalid_request_error")                             \
    X(EAUTH, "authentication failed", 401, "authentication_error")                      \
    X(EFORBIDDEN, "not allowed", 403, "permission_denied")                              \
    X(ENOTFOUND, "not found", 404, "invalid_request_error")                             \
    X(EMODEL, "model not found", 400, "invalid_request_error")                          \
    X(ETIMEOUT, "request timed out", 408, "timeout")                                    \
    X(EUPSTREAM, "upstream error", 502, "api_error")                                    \
    X(EUPTIMEOUT, "upstream timed out", 408, "timeout")                                 \
    X(EUNAVAIL, "service unavailable", 503, "api_error")                                \
    X(ERATELIMIT, "rate limit exceeded", 429, "rate_limit_error")                       \
    X(EHEADERS, "request header fields too large", 431, "invalid_request_error")        \
    X(EMETHOD, "method not allowed", 405, "invalid_request_error")                      \
    X(ECONFIG, "invalid configuration", 500, "internal_error")                          \
    X(ECLOSED, "connection closed", 499, "internal_error")                              \
    X(EPARAM, "invalid parameter", 400, "invalid_request_error")                        \
    X(EUNPROCESSABLE, "unprocessable entity", 422, "invalid_request_error")

enum {
    GW_OK = 0,
#define GW_ERR_ENUM(name, msg, status, type) GW_##name##_,
    GW_ERR_BASE_ = 0,
    GW_ERR_MAP(GW_ERR_ENUM) GW_ERR_END_
#undef GW_ERR_ENUM
};

/* Negative codes: GW_EAGAIN == -1, GW_EDECLINED == -2, ... */
#define GW_ERR_CODE(name) (-(GW_##name##_))
#define GW_EAGAIN         GW_ERR_CODE(EAGAIN)
#define GW_EDECLINED      GW_ERR_CODE(EDECLINED)
#define GW_ENOMEM         GW_ERR_CODE(ENOMEM)
#define GW_EINVAL         GW_ERR_CODE(EINVAL)
#define GW_EIO            GW_ERR_CODE(EIO)
#define GW_ETOOBIG        GW_ERR_CODE(ETOOBIG)
#define GW_EJSON          GW_ERR_CODE(EJSON)
#define GW_EUTF8          GW_ERR_CODE(EUTF8)
#define GW_EAUTH          GW_ERR_CODE(EAUTH)
#define GW_EFORBIDDEN     GW_ERR_CODE(EFORBIDDEN)
#define GW_ENOTFOUND      GW_ERR_CODE(ENOTFOUND)
#define GW_EMODEL         GW_ERR_CODE(EMODEL)
#define GW_ETIMEOUT       GW_ERR_CODE(ETIMEOUT)
#define GW_EUPSTREAM      GW_ERR_CODE(EUPSTREAM)
#define GW_EUPTIMEOUT     GW_ERR_CODE(EUPTIMEOUT)
#define GW_EUNAVAIL       GW_ERR_CODE(EUNAVAIL)
#define GW_ERATELIMIT     GW_ERR_CODE(ERATELIMIT)
#define GW_EHEADERS       GW_ERR_CODE(EHEADERS)
#define GW_EMETHOD        GW_ERR_CODE(EMETHOD)
#define GW_ECONFIG        GW_ERR_CODE(ECONFIG)
#define GW_ECLOSED        GW_ERR_CODE(ECLOSED)
#define GW_EPARAM         GW_ERR_CODE(EPARAM)
#define GW_EUNPROCESSABLE GW_ERR_CODE(EUNPROCESSABLE)

/* Static strings; an unknown code gives a generic row. */
const char *gw_strerror(int code);
int gw_err_status(int code);
const char *gw_err_type(int code);
const char *gw_err_name(int code);

#endif
