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
    /* The date part is formatted once a second per thread. */
    static _Thread_local time_t last;
    static _Thread_local char date[32];
    uint64_t ms = time_wall_ms();
    time_t s = (time_t)(ms / 1000);
    char frac[8] = ".000Z\"";

    if (s != last) {
        struct tm tm;

        gmtime_r(&s, &tm);
        strftime(date, sizeof(date), "{\"ts\":\"%Y-%m-%dT%H:%M:%S", &tm);
        last = s;
    }
    frac[1] = (char)('0' + ms % 1000 / 100);
    frac[2] = (char)('0' + ms % 100 / 10);
    frac[3] = (char)('0' + ms % 10);
    buf_append_c(b, date);
    buf_append(b, frac, 6);
}

static void num(struct buf *b, const char *name, uint64_t v)
{
    buf_append(b, ",\"", 2);
    buf_append_c(b, name);
    buf_append(b, "\":", 2);
    buf_append_u64(b, v);
}

static void field(struct buf *b, const char *name, const char *v)
{
    if (!v)
        return;
    buf_append(b, ",\"", 2);
    buf_append_c(b, name);
    buf_append(b, "\":\"", 3);
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
    buf_reserve(&b, 512);
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
    num(&b, "status", (uint64_t)(r->status > 0 ? r->status : 0));
    buf_append_c(&b, r->stream ? ",\"stream\":true" : ",\"stream\":false");
    num(&b, "total_us", r->total_us);
    num(&b, "overhead_us", r->overhead_us);
    if (r->prompt_tokens > 0 || r->completion_tokens > 0) {
        num(&b, "prompt_tokens", (uint64_t)(r->prompt_tokens > 0 ? r->prompt_tokens : 0));
        num(&b, "completion_tokens",
            (uint64_t)(r->completion_tokens > 0 ? r->completion_tokens : 0));
    }
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
