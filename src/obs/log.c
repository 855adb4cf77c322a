/*
 * log: JSON lines on stderr. The caller passes only identifiers and numbers;
 * strings that come from a client (model names, paths) are escaped, and the
 * request's text and keys never reach this module at all.
 */
#include "obs.h"

#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/time.h"

static bool quiet;

void obs_set_quiet(bool q)
{
    quiet = q;
}

static void ts(struct buf *b)
{
    uint64_t ms = time_wall_ms();
    time_t s = (time_t)(ms / 1000);
    struct tm tm;
    char t[32];

    gmtime_r(&s, &tm);
    strftime(t, sizeof(t), "%Y-%m-%dT%H:%M:%S", &tm);
    buf_printf(b, "{\"ts\":\"%s.%03uZ\"", t, (unsigned)(ms % 1000));
}

static void field(struct buf *b, const char *name, const char *v)
{
    if (!v)
        return;
    buf_printf(b, ",\"%s\":\"", name);
    buf_append_json_str(b, str_from(v));
    buf_append(b, "\"", 1);
}

static void emit(struct buf *b)
{
    ssize_t w;

    buf_append(b, "}\n", 2);
    if (b->ptr) {
        w = write(STDERR_FILENO, b->ptr, b->len);
        (void)w;
    }
    buf_dispose(b);
}

void obs_log_request(const struct obs_request *r)
{
    struct buf b;

    if (quiet && r->status < 400)
        return;
    buf_init(&b, 4096);
    ts(&b);
    buf_append_c(&b, r->status >= 500 ? ",\"level\":\"error\"" : ",\"level\":\"info\"");
    buf_append_c(&b, ",\"msg\":\"request\"");
    field(&b, "request_id", r->request_id);
    field(&b, "method", r->method);
    field(&b, "path", r->path);
    field(&b, "model", r->model);
    field(&b, "deployment", r->deployment);
    field(&b, "provider", r->provider);
    field(&b, "key_hash", r->key_hash);
    buf_printf(&b, ",\"status\":%d,\"stream\":%s,\"total_us\":%llu,\"overhead_us\":%llu", r->status,
               r->stream ? "true" : "false", (unsigned long long)r->total_us,
               (unsigned long long)r->overhead_us);
    if (r->prompt_tokens || r->completion_tokens)
        buf_printf(&b, ",\"prompt_tokens\":%ld,\"completion_tokens\":%ld", r->prompt_tokens,
                   r->completion_tokens);
    field(&b, "error_type", r->error_type);
    emit(&b);
}

void obs_log_event(const char *level, const char *msg, const char *fields)
{
    struct buf b;

    buf_init(&b, 4096);
    ts(&b);
    field(&b, "level", level);
    field(&b, "msg", msg);
    if (fields && *fields) {
        buf_append(&b, ",", 1);
        buf_append_c(&b, fields);
    }
    emit(&b);
}

void obs_request_id(char out[37])
{
    static _Thread_local unsigned char pool[256];
    static _Thread_local size_t left;
    static const char hex[] = "0123456789abcdef";
    unsigned char *u;
    int j = 0;

    /* getrandom once per 16 ids rather than per request. */
    if (left < 16) {
        if (getrandom(pool, sizeof(pool), 0) != (ssize_t)sizeof(pool))
            memset(pool, 0x5a, sizeof(pool));
        left = sizeof(pool);
    }
    u = pool + sizeof(pool) - left;
    left -= 16;
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x40);
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[j++] = '-';
        out[j++] = hex[u[i] >> 4];
        out[j++] = hex[u[i] & 15];
    }
    out[j] = '\0';
}
