/*
 * fuzz_upstream: one input is everything an upstream answers on one
 * connection to the native HTTP/1.1 client (src/upstream/h1.c): status
 * lines, 1xx answers, headers, chunked and Content-Length bodies, bodies cut
 * short, garbage.
 *
 * A raw TCP server of our own listens on 127.0.0.1 on the same loop. For
 * each input the client POSTs to it; the server reads the request head, then
 * writes the input in one to three pieces, one loop turn apart, and closes
 * the connection. How the client behaves comes from a hash of the input, so
 * every input replays the same way:
 *   - pieces: 1 to 3, cut anywhere;
 *   - pause: on_data pauses after its first bytes and a zero timer resumes
 *     it, so held bytes are delivered on resume;
 *   - abort: on_data aborts after its first bytes with its own code;
 *   - again: a second request follows on the pool, whose connection the
 *     server has closed meanwhile (the stale-connection retry), and is
 *     answered with the same bytes.
 * Checked besides the sanitizers: on_done comes exactly once per request,
 * never from inside up_start; rc is 0 or a GW_E* code, the abort code when
 * on_data aborted; a status is set (>= 200) whenever rc is 0; the bytes
 * on_data got are never more than the input held; and every request ends
 * within a bounded number of loop turns.
 */
#include "upstream/up.h"

#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MAX_TURNS 20000
#define FUZZ_ABORT_RC  GW_ECLOSED

static uv_loop_t loop;
static uv_tcp_t listener;
static struct up_client client;
static char url[64];

/* The input of this iteration and how it is played. */
static const uint8_t *input;
static size_t input_len;
static size_t cuts[3];
static int n_pieces;
static bool do_pause, do_abort, do_again;

/* The server's side of one connection. */
struct peer {
    uv_tcp_t tcp;
    char head[8192];
    size_t got;
    bool answering, closed;
    int piece;
    uv_timer_t next; /* one loop turn between pieces */
    int handles;
};

static int open_peers;
static unsigned sink;
static bool verbose; /* FUZZ_UPSTREAM_VERBOSE=1: each request's outcome on stderr */

/* The client's side. */
struct call {
    struct up_req r;
    int done_calls;
    int rc;
    size_t bytes;
    bool paused_once, in_start;
    uv_timer_t resume;
};

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_upstream: %s\n", what);
        abort();
    }
}

static uint64_t hash(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;

    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* ---- the server --------------------------------------------------------- */

static void peer_closed(uv_handle_t *h)
{
    struct peer *p = h->data;

    if (--p->handles == 0) {
        free(p);
        open_peers--;
    }
}

static void peer_close(struct peer *p)
{
    if (p->closed)
        return;
    p->closed = true;
    uv_close((uv_handle_t *)&p->tcp, peer_closed);
    uv_close((uv_handle_t *)&p->next, peer_closed);
}

static void write_done(uv_write_t *w, int status)
{
    free(w);
}

static void write_piece(uv_timer_t *t)
{
    struct peer *p = t->data;
    size_t from = p->piece == 0 ? 0 : cuts[p->piece - 1];
    size_t to = p->piece == n_pieces - 1 ? input_len : cuts[p->piece];
    uv_write_t *w;
    uv_buf_t b;

    if (p->closed)
        return;
    if (to > from) {
        w = malloc(sizeof(*w));
        check(w != NULL, "out of memory");
        b = uv_buf_init((char *)input + from, (unsigned)(to - from));
        if (uv_write(w, (uv_stream_t *)&p->tcp, &b, 1, write_done) < 0)
            free(w);
    }
    if (++p->piece < n_pieces)
        uv_timer_start(&p->next, write_piece, 0, 0);
    else
        peer_close(p); /* queued writes go out before the close */
}

static void peer_alloc(uv_handle_t *h, size_t hint, uv_buf_t *b)
{
    static char scratch[4096];

    b->base = scratch;
    b->len = sizeof(scratch);
}

/* Reads the request head (the body is a few bytes and may follow in the
 * same read); answers once it is in. */
static void peer_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b)
{
    struct peer *p = s->data;

    if (n < 0) {
        peer_close(p);
        return;
    }
    if (p->answering || n == 0)
        return;
    if (p->got + (size_t)n < sizeof(p->head)) {
        memcpy(p->head + p->got, b->base, (size_t)n);
        p->got += (size_t)n;
        p->head[p->got] = '\0';
    }
    if (!strstr(p->head, "\r\n\r\n"))
        return;
    p->answering = true;
    write_piece(&p->next);
}

static void on_peer(uv_stream_t *l, int status)
{
    struct peer *p;

    if (status < 0)
        return;
    p = calloc(1, sizeof(*p));
    check(p != NULL, "out of memory");
    uv_tcp_init(&loop, &p->tcp);
    uv_timer_init(&loop, &p->next);
    p->tcp.data = p->next.data = p;
    p->handles = 2;
    open_peers++;
    if (uv_accept(l, (uv_stream_t *)&p->tcp) < 0) {
        peer_close(p);
        return;
    }
    uv_tcp_nodelay(&p->tcp, 1);
    uv_read_start((uv_stream_t *)&p->tcp, peer_alloc, peer_read);
}

/* ---- the client --------------------------------------------------------- */

static void resume_fire(uv_timer_t *t)
{
    struct call *c = t->data;

    if (c->done_calls == 0)
        up_pause(&c->r, false);
}

static int on_data(struct up_req *r, const char *p, size_t n)
{
    struct call *c = r->udata;

    check(c->done_calls == 0, "on_data after on_done");
    check(!r->paused, "on_data while paused");
    for (size_t i = 0; i < n; i++)
        sink += (unsigned char)p[i]; /* reads every byte, for ASan */
    c->bytes += n;
    if (do_abort)
        return FUZZ_ABORT_RC;
    if (do_pause && !c->paused_once) {
        c->paused_once = true;
        uv_timer_start(&c->resume, resume_fire, 0, 0);
        return 1;
    }
    return 0;
}

static void on_done(struct up_req *r, int rc)
{
    struct call *c = r->udata;

    check(!c->in_start, "on_done from inside up_start");
    c->done_calls++;
    c->rc = rc;
}

static void run_call(bool second)
{
    static const char body[] = "{\"model\":\"m\"}";
    struct call c;
    int turns = 0;

    memset(&c, 0, sizeof(c));
    c.r.url = url;
    c.r.body = str_of(body, sizeof(body) - 1);
    c.r.timeout_ms = 5000;
    c.r.on_data = on_data;
    c.r.on_done = on_done;
    c.r.udata = &c;
    uv_timer_init(&loop, &c.resume);
    c.resume.data = &c;
    c.in_start = true;
    check(up_start(&client, &c.r) == 0, "up_start refused a plain request");
    c.in_start = false;
    while (c.done_calls == 0 && turns++ < FUZZ_MAX_TURNS)
        uv_run(&loop, UV_RUN_NOWAIT);
    check(c.done_calls == 1, c.done_calls ? "on_done twice" : "the request never ended");
    check(c.rc == 0 || (c.rc < 0 && gw_err_status(c.rc) >= 400), "rc is not a GW_E* code");
    if (do_abort && c.bytes > 0)
        check(c.rc == FUZZ_ABORT_RC, "on_data's abort code was lost");
    if (c.rc == 0)
        check(c.r.status >= 200 && c.r.status <= 999, "a finished answer without a status");
    check(c.bytes <= input_len * (second ? 2 : 1), "more body bytes than were sent");
    check(!up_active(&c.r), "a finished request still active");
    if (verbose)
        fprintf(stderr, "fuzz_upstream: rc %d status %ld bytes %zu%s\n", c.rc, c.r.status, c.bytes,
                second ? " (again)" : "");
    uv_close((uv_handle_t *)&c.resume, NULL);
    uv_run(&loop, UV_RUN_NOWAIT); /* the timer's close */
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    struct sockaddr_in a;
    int len = sizeof(a);

    signal(SIGPIPE, SIG_IGN);
    verbose = getenv("FUZZ_UPSTREAM_VERBOSE") != NULL;
    uv_loop_init(&loop);
    uv_tcp_init(&loop, &listener);
    uv_ip4_addr("127.0.0.1", 0, &a);
    check(uv_tcp_bind(&listener, (const struct sockaddr *)&a, 0) == 0, "bind");
    check(uv_listen((uv_stream_t *)&listener, 128, on_peer) == 0, "listen");
    uv_tcp_getsockname(&listener, (struct sockaddr *)&a, &len);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/v1/chat/completions", ntohs(a.sin_port));
    check(up_client_init(&client, &loop) == 0, "up_client_init");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = hash(data, size);
    int turns = 0;

    input = data;
    input_len = size;
    n_pieces = 1 + (int)(h % 3);
    for (int i = 0; i < n_pieces - 1; i++)
        cuts[i] = size ? (size_t)((h >> (8 + 16 * i)) % (size + 1)) : 0;
    if (n_pieces == 3 && cuts[1] < cuts[0]) {
        size_t t = cuts[0];

        cuts[0] = cuts[1];
        cuts[1] = t;
    }
    do_pause = (h >> 40) % 4 == 0;
    do_abort = (h >> 42) % 8 == 0;
    do_again = (h >> 45) % 4 == 0;
    run_call(false);
    if (do_again)
        run_call(true);
    /* Let the server's side of every connection close before the next input. */
    while (open_peers > 0 && turns++ < FUZZ_MAX_TURNS)
        uv_run(&loop, UV_RUN_NOWAIT);
    check(open_peers == 0, "a server connection never closed");
    return 0;
}
