/*
 * log: JSON lines on stderr. The caller passes only identifiers and numbers;
 * strings that come from a client (model names, paths) are escaped, and the
 * request's text and keys never reach this module at all.
 */
#include "obs.h"

#include <pthread.h>
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

static void write_all(const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(STDERR_FILENO, p, n);

        if (w <= 0)
            return; /* a log that cannot be written must not stop requests */
        p += w;
        n -= (size_t)w;
    }
}

/*
 * Request lines of a worker thread are gathered and written once per turn of
 * its loop (obs_flush), not once per request: the write was one of the few
 * system calls a proxied request costs. Events and threads that never called
 * obs_buffer_begin write at once.
 */
/*
 * The writer. While the gateway serves, the bytes of log lines are handed to
 * one thread that writes them, so that a slow disk or a full pipe on stderr
 * never stalls an event loop: the request path does no file I/O. Nothing is
 * dropped: past OBS_PENDING_MAX waiting bytes a hand-over waits for room.
 */
#define OBS_PENDING_MAX (64u << 20)

static struct {
    pthread_mutex_t mu;
    pthread_cond_t more, room;
    struct buf pend; /* handed over, not yet written */
    bool running, stop;
    pthread_t thread;
} wr = {.mu = PTHREAD_MUTEX_INITIALIZER,
        .more = PTHREAD_COND_INITIALIZER,
        .room = PTHREAD_COND_INITIALIZER};

static void *writer_main(void *arg)
{
    struct buf out, t;

    (void)arg;
    buf_init(&out, 2 * OBS_PENDING_MAX);
    pthread_mutex_lock(&wr.mu);
    for (;;) {
        while (wr.pend.len == 0 && !wr.stop)
            pthread_cond_wait(&wr.more, &wr.mu);
        if (wr.pend.len == 0)
            break; /* stopping, and everything is written */
        t = wr.pend; /* take the bytes, leave an empty buffer */
        wr.pend = out;
        out = t;
        pthread_cond_broadcast(&wr.room);
        pthread_mutex_unlock(&wr.mu);
        write_all(out.ptr, out.len);
        buf_reset(&out);
        pthread_mutex_lock(&wr.mu);
    }
    pthread_mutex_unlock(&wr.mu);
    buf_dispose(&out);
    return NULL;
}

void obs_writer_start(void)
{
    pthread_mutex_lock(&wr.mu);
    if (!wr.running) {
        buf_init(&wr.pend, 2 * OBS_PENDING_MAX);
        wr.stop = false;
        wr.running = pthread_create(&wr.thread, NULL, writer_main, NULL) == 0;
    }
    pthread_mutex_unlock(&wr.mu);
}

void obs_writer_stop(void)
{
    bool was;

    pthread_mutex_lock(&wr.mu);
    was = wr.running;
    wr.stop = true;
    pthread_cond_signal(&wr.more);
    pthread_mutex_unlock(&wr.mu);
    if (!was)
        return;
    pthread_join(wr.thread, NULL);
    pthread_mutex_lock(&wr.mu);
    wr.running = false;
    buf_dispose(&wr.pend);
    pthread_mutex_unlock(&wr.mu);
}

/* Writes at once when no writer runs (the CLI, start-up, tests). */
static void hand_over(const char *p, size_t n)
{
    pthread_mutex_lock(&wr.mu);
    if (!wr.running || wr.stop) {
        pthread_mutex_unlock(&wr.mu);
        write_all(p, n);
        return;
    }
    while (wr.pend.len > 0 && wr.pend.len + n > OBS_PENDING_MAX)
        pthread_cond_wait(&wr.room, &wr.mu);
    if (buf_append(&wr.pend, p, n) < 0) {
        pthread_mutex_unlock(&wr.mu);
        write_all(p, n);
        return;
    }
    pthread_cond_signal(&wr.more);
    pthread_mutex_unlock(&wr.mu);
}

#define OBS_BATCH_MAX (32 * 1024)

static _Thread_local struct buf batch;
static _Thread_local struct buf line; /* one request line, reused */
static _Thread_local bool batching;

void obs_buffer_begin(void)
{
    buf_init(&batch, 4 * OBS_BATCH_MAX);
    batching = true;
}

void obs_flush(void)
{
    if (batch.len > 0)
        hand_over(batch.ptr, batch.len);
    batch.len = 0;
}

void obs_buffer_end(void)
{
    obs_flush();
    buf_dispose(&batch);
    buf_dispose(&line);
    batching = false;
}

static void emit(struct buf *b)
{
    buf_append(b, "}\n", 2);
    if (b->ptr) {
        if (batching && buf_append(&batch, b->ptr, b->len) == 0) {
            if (batch.len >= OBS_BATCH_MAX)
                obs_flush();
        } else {
            hand_over(b->ptr, b->len);
        }
    }
    if (b == &line && batching)
        buf_reset(b); /* kept for the next request */
    else
        buf_dispose(b);
}

void obs_log_request(const struct obs_request *r)
{
    struct buf *b = &line;

    if (quiet && r->status < 400)
        return;
    if (!line.max)
        buf_init(&line, 4096);
    buf_reserve(&line, 512);
    ts(b);
    buf_append_c(b, r->status >= 500 ? ",\"level\":\"error\"" : ",\"level\":\"info\"");
    buf_append_c(b, ",\"msg\":\"request\"");
    field(b, "request_id", r->request_id);
    field(b, "method", r->method);
    field(b, "path", r->path);
    field(b, "model", r->model);
    field(b, "deployment", r->deployment);
    field(b, "provider", r->provider);
    field(b, "key_hash", r->key_hash);
    num(b, "status", (uint64_t)(r->status > 0 ? r->status : 0));
    buf_append_c(b, r->stream ? ",\"stream\":true" : ",\"stream\":false");
    num(b, "total_us", r->total_us);
    num(b, "overhead_us", r->overhead_us);
    if (r->prompt_tokens > 0 || r->completion_tokens > 0) {
        num(b, "prompt_tokens", (uint64_t)(r->prompt_tokens > 0 ? r->prompt_tokens : 0));
        num(b, "completion_tokens",
            (uint64_t)(r->completion_tokens > 0 ? r->completion_tokens : 0));
    }
    field(b, "error_type", r->error_type);
    field(b, "guardrails_not_run", r->guardrails_not_run);
    emit(b);
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
