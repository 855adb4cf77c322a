/*
 * Unit tests of src/upstream's native HTTP/1.1 client (h1.c): a scripted
 * HTTP server on 127.0.0.1 runs on the same private loop as the client. Each
 * request the server sees takes the next step of the test's script: answer
 * with raw bytes (in pieces, a few ms apart, so that the client reads them
 * separately), hang, or close the connection. The tests assert on what the
 * client delivered, on what the server saw (connections, requests, bytes)
 * and, at the end of each, that the client and the server closed every
 * handle: uv_loop_close() succeeds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "upstream/up_int.h"
#include "util/err.h"

#define WAIT_MS 3000 /* longest any single wait may take before the test fails */

/* ---- scripted server ---------------------------------------------------- */

enum step_kind { S_ANSWER, S_HANG, S_CLOSE };

struct step {
    enum step_kind kind;
    const char *parts[8]; /* written one by one, `gap_ms` apart */
    int gap_ms;
    bool close_after; /* close the connection once the answer is out */
};

struct srv {
    uv_tcp_t listen;
    uv_loop_t *loop;
    int port;
    int conns;    /* accepted */
    int closed;   /* connections the client closed (EOF seen) */
    int requests; /* complete requests seen */
    char last[8192];
    size_t last_len;
    const struct step *script;
    int n_script;
    int open; /* server-side connection handles not yet closed */
};

struct sconn {
    uv_tcp_t tcp;
    uv_timer_t timer;
    struct srv *s;
    char in[8192];
    size_t in_len;
    const struct step *step;
    int part;
    int handles;
    bool closing;
};

static void sconn_freed(uv_handle_t *h)
{
    struct sconn *sc = h->data;

    if (--sc->handles == 0) {
        sc->s->open--;
        free(sc);
    }
}

static void sconn_close(struct sconn *sc)
{
    if (sc->closing)
        return;
    sc->closing = true;
    uv_close((uv_handle_t *)&sc->tcp, sconn_freed);
    uv_close((uv_handle_t *)&sc->timer, sconn_freed);
}

static void write_freed(uv_write_t *w, int st)
{
    free(w);
}

static void swrite(struct sconn *sc, const char *p)
{
    size_t n = strlen(p);
    uv_write_t *w = malloc(sizeof(*w) + n);
    uv_buf_t b = uv_buf_init((char *)(w + 1), (unsigned)n);

    memcpy(w + 1, p, n);
    uv_write(w, (uv_stream_t *)&sc->tcp, &b, 1, write_freed);
}

static void next_part(uv_timer_t *t)
{
    struct sconn *sc = t->data;
    const struct step *st = sc->step;

    if (sc->closing)
        return;
    if (st->parts[sc->part]) {
        swrite(sc, st->parts[sc->part++]);
        if (st->parts[sc->part]) {
            uv_timer_start(&sc->timer, next_part, (uint64_t)st->gap_ms, 0);
            return;
        }
    }
    sc->step = NULL;
    if (st->close_after)
        sconn_close(sc);
}

/* A request is complete at the blank line plus Content-Length bytes. */
static bool request_complete(struct sconn *sc, size_t *len)
{
    char *end;
    const char *cl;
    size_t body = 0;

    sc->in[sc->in_len] = '\0';
    end = strstr(sc->in, "\r\n\r\n");
    if (!end)
        return false;
    cl = strcasestr(sc->in, "\r\ncontent-length:");
    if (cl && cl < end)
        body = strtoul(cl + 17, NULL, 10);
    *len = (size_t)(end + 4 - sc->in) + body;
    return sc->in_len >= *len;
}

static void on_request(struct sconn *sc)
{
    struct srv *s = sc->s;
    const struct step *st = &s->script[s->requests < s->n_script ? s->requests : s->n_script - 1];

    s->requests++;
    if (st->kind == S_CLOSE) {
        sconn_close(sc);
        return;
    }
    if (st->kind == S_HANG)
        return;
    sc->step = st;
    sc->part = 0;
    next_part(&sc->timer);
}

static void salloc(uv_handle_t *h, size_t hint, uv_buf_t *b)
{
    struct sconn *sc = h->data;

    b->base = sc->in + sc->in_len;
    b->len = sizeof(sc->in) - 1 - sc->in_len;
}

static void sread(uv_stream_t *t, ssize_t n, const uv_buf_t *b)
{
    struct sconn *sc = t->data;
    size_t len;

    if (n < 0) {
        sc->s->closed++;
        sconn_close(sc);
        return;
    }
    sc->in_len += (size_t)n;
    while (request_complete(sc, &len)) {
        memcpy(sc->s->last, sc->in, len);
        sc->s->last_len = len;
        sc->s->last[len] = '\0';
        memmove(sc->in, sc->in + len, sc->in_len - len);
        sc->in_len -= len;
        on_request(sc);
        if (sc->closing)
            return;
    }
}

static void on_conn(uv_stream_t *l, int st)
{
    struct srv *s = l->data;
    struct sconn *sc = calloc(1, sizeof(*sc));

    sc->s = s;
    uv_tcp_init(s->loop, &sc->tcp);
    uv_timer_init(s->loop, &sc->timer);
    sc->tcp.data = sc->timer.data = sc;
    sc->handles = 2;
    s->open++;
    uv_accept(l, (uv_stream_t *)&sc->tcp);
    uv_tcp_nodelay(&sc->tcp, 1);
    s->conns++;
    uv_read_start((uv_stream_t *)&sc->tcp, salloc, sread);
}

static void srv_start(struct srv *s, uv_loop_t *loop, const struct step *script, int n)
{
    struct sockaddr_in a;
    struct sockaddr_storage got;
    int len = sizeof(got);

    memset(s, 0, sizeof(*s));
    s->loop = loop;
    s->script = script;
    s->n_script = n;
    uv_ip4_addr("127.0.0.1", 0, &a);
    uv_tcp_init(loop, &s->listen);
    s->listen.data = s;
    assert_int_equal(uv_tcp_bind(&s->listen, (struct sockaddr *)&a, 0), 0);
    assert_int_equal(uv_listen((uv_stream_t *)&s->listen, 64, on_conn), 0);
    uv_tcp_getsockname(&s->listen, (struct sockaddr *)&got, &len);
    s->port = ntohs(((struct sockaddr_in *)&got)->sin_port);
}

/* ---- client fixture ----------------------------------------------------- */

struct fx {
    uv_loop_t loop;
    struct up_client c;
    struct srv s;
    char url[128];
};

struct call {
    struct up_req r;
    struct fx *fx;
    char body[200000];
    size_t len;
    int data_calls;
    int done_calls;
    int rc;
    int pause_every; /* on_data returns 1 on every n-th call (0: never) */
    int abort_at;    /* on_data returns GW_ETOOBIG on this call (0: never) */
    bool cancel_in_data;
    bool paused;       /* on_data said 1 and no resume came yet */
    uv_timer_t resume; /* resumes a paused request after a few ms */
    bool resume_init;
};

static void resume_fire(uv_timer_t *t)
{
    struct call *k = t->data;

    k->paused = false;
    up_pause(&k->r, false);
}

static int on_data(struct up_req *r, const char *p, size_t n)
{
    struct call *k = r->udata;

    assert_false(k->paused); /* nothing while paused */
    assert_true(k->len + n <= sizeof(k->body));
    memcpy(k->body + k->len, p, n);
    k->len += n;
    k->data_calls++;
    if (k->cancel_in_data) {
        up_cancel(r);
        return 0;
    }
    if (k->abort_at && k->data_calls == k->abort_at)
        return GW_ETOOBIG;
    if (k->pause_every && k->data_calls % k->pause_every == 0) {
        if (!k->resume_init) {
            uv_timer_init(&k->fx->loop, &k->resume);
            k->resume.data = k;
            k->resume_init = true;
        }
        uv_timer_start(&k->resume, resume_fire, 5, 0);
        k->paused = true;
        return 1;
    }
    return 0;
}

static void on_done(struct up_req *r, int rc)
{
    struct call *k = r->udata;

    k->done_calls++;
    k->rc = rc;
}

static int setup(void **state)
{
    struct fx *fx = calloc(1, sizeof(*fx));

    signal(SIGPIPE, SIG_IGN);
    unsetenv("http_proxy");
    unsetenv("HTTP_PROXY");
    unsetenv("all_proxy");
    unsetenv("ALL_PROXY");
    unsetenv("no_proxy");
    unsetenv("NO_PROXY");
    uv_loop_init(&fx->loop);
    assert_int_equal(up_client_init(&fx->c, &fx->loop), 0);
    *state = fx;
    return 0;
}

static void walk_cb(uv_handle_t *h, void *arg)
{
    fprintf(stderr, "open handle: %s\n", uv_handle_type_name(h->type));
}

static int teardown(void **state)
{
    struct fx *fx = *state;
    int rc;

    up_client_close(&fx->c);
    if (fx->s.loop)
        uv_close((uv_handle_t *)&fx->s.listen, NULL);
    uv_run(&fx->loop, UV_RUN_DEFAULT);
    rc = uv_loop_close(&fx->loop);
    if (rc != 0)
        uv_walk(&fx->loop, walk_cb, NULL);
    assert_int_equal(rc, 0);
    free(fx);
    return 0;
}

static void stop_fire(uv_timer_t *t)
{
    *(bool *)t->data = true;
}

/* Runs the loop until *flag or `ms` pass; returns whether *flag came. */
static bool run_until(struct fx *fx, const int *flag, int ms)
{
    uv_timer_t t;
    bool expired = false;

    uv_timer_init(&fx->loop, &t);
    t.data = &expired;
    uv_timer_start(&t, stop_fire, (uint64_t)ms, 0);
    while (!*flag && !expired)
        uv_run(&fx->loop, UV_RUN_ONCE);
    uv_close((uv_handle_t *)&t, NULL);
    uv_run(&fx->loop, UV_RUN_NOWAIT);
    return *flag != 0;
}

static void run_for(struct fx *fx, int ms)
{
    int never = 0;

    run_until(fx, &never, ms);
}

static struct call *call_new(struct fx *fx, const char *url)
{
    struct call *k = calloc(1, sizeof(*k));

    k->fx = fx;
    k->r.url = url ? url : fx->url;
    k->r.on_data = on_data;
    k->r.on_done = on_done;
    k->r.udata = k;
    return k;
}

/* Starts, checks that nothing completes inside up_start, and waits. */
static void call_run(struct fx *fx, struct call *k)
{
    assert_int_equal(up_start(&fx->c, &k->r), 0);
    assert_int_equal(k->done_calls, 0);
    assert_true(up_active(&k->r));
    assert_true(run_until(fx, &k->done_calls, WAIT_MS));
    assert_false(up_active(&k->r));
}

static void call_free(struct call *k)
{
    if (k->resume_init)
        uv_close((uv_handle_t *)&k->resume, NULL);
    uv_run(&k->fx->loop, UV_RUN_NOWAIT);
    free(k);
}

static struct fx *serve(void **state, const struct step *script, int n)
{
    struct fx *fx = *state;

    srv_start(&fx->s, &fx->loop, script, n);
    snprintf(fx->url, sizeof(fx->url), "http://127.0.0.1:%d/v1/chat?x=1#frag", fx->s.port);
    return fx;
}

#define OK_HELLO                                                                                   \
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello"

/* ---- tests -------------------------------------------------------------- */

static void test_content_length(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);
    struct curl_slist h1 = {"Authorization: Bearer sk-x", NULL};
    struct curl_slist h0 = {"Expect:", &h1};

    k->r.headers = &h0;
    k->r.body = (struct str){"{\"a\":1}", 7};
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->r.status, 200);
    assert_true(k->r.got_headers);
    assert_string_equal(k->r.content_type, "application/json");
    assert_int_equal(k->len, 5);
    assert_memory_equal(k->body, "hello", 5);
    /* What went out: path and query without the fragment, Host with the
     * port, the caller's header, Content-Length, no Expect, identity. */
    assert_non_null(strstr(fx->s.last, "POST /v1/chat?x=1 HTTP/1.1\r\n"));
    assert_non_null(strstr(fx->s.last, "\r\nAuthorization: Bearer sk-x\r\n"));
    assert_non_null(strstr(fx->s.last, "\r\nContent-Length: 7\r\n"));
    assert_non_null(strstr(fx->s.last, "\r\nConnection: keep-alive\r\n"));
    assert_null(strcasestr(fx->s.last, "expect"));
    assert_null(strcasestr(fx->s.last, "accept-encoding"));
    {
        char host[64];

        snprintf(host, sizeof(host), "\r\nHost: 127.0.0.1:%d\r\n", fx->s.port);
        assert_non_null(strstr(fx->s.last, host));
    }
    assert_memory_equal(fx->s.last + fx->s.last_len - 7, "{\"a\":1}", 7);
    assert_int_equal(fx->c.n_idle, 1); /* pooled */
    call_free(k);
}

static void test_chunked_split(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 200 OK\r\nTransfer-Enc", "oding: chunked\r\n\r\n5\r", "\nhel", "lo\r\n1",
          "0\r\n0123456789abcdef\r", "\n0\r\n", "\r\n"},
         3,
         false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->len, 21);
    assert_memory_equal(k->body, "hello0123456789abcdef", 21);
    assert_true(k->data_calls >= 3); /* delivered as it came */
    assert_int_equal(fx->c.n_idle, 1);
    call_free(k);
}

static void test_read_until_close(void **state)
{
    static const struct step script[] = {
        {S_ANSWER, {"HTTP/1.1 200 OK\r\n\r\nabc", "def"}, 3, true}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->len, 6);
    assert_memory_equal(k->body, "abcdef", 6);
    assert_int_equal(fx->c.n_idle, 0);
    call_free(k);
}

static void test_1xx_then_final(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 100 Continue\r\n\r\n",
          "HTTP/1.1 103 Early Hints\r\nContent-Type: text/x-early\r\n\r\nHTTP/1.1 201 Created\r\n"
          "Content-Length: 2\r\n\r\nok"},
         3,
         false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->r.status, 201);
    assert_string_equal(k->r.content_type, ""); /* the 103's header is gone */
    assert_int_equal(k->len, 2);
    assert_memory_equal(k->body, "ok", 2);
    assert_int_equal(fx->c.n_idle, 1);
    call_free(k);
}

static void test_keepalive_reuse(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 1);

    for (int i = 0; i < 3; i++) {
        struct call *k = call_new(fx, NULL);

        call_run(fx, k);
        assert_int_equal(k->rc, 0);
        assert_memory_equal(k->body, "hello", 5);
        call_free(k);
    }
    assert_int_equal(fx->s.conns, 1);
    assert_int_equal(fx->s.requests, 3);
    assert_int_equal(fx->c.n_idle, 1);
}

static void test_connection_close_not_pooled(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"},
         0,
         false},
        {S_ANSWER, {"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"}, 0, false},
        {S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 3);

    for (int i = 0; i < 3; i++) {
        struct call *k = call_new(fx, NULL);

        call_run(fx, k);
        assert_int_equal(k->rc, 0);
        assert_int_equal(fx->c.n_idle, i == 2 ? 1 : 0);
        call_free(k);
    }
    assert_int_equal(fx->s.conns, 3);
}

/* The server closes a pooled connection as the next request goes out: that
 * request is sent again on a new connection, once, transparently. */
static void test_stale_retried(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false},
                                         {S_CLOSE, {NULL}, 0, false},
                                         {S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 3);
    struct call *a = call_new(fx, NULL), *b = call_new(fx, NULL);

    call_run(fx, a);
    assert_int_equal(fx->c.n_idle, 1);
    call_run(fx, b);
    assert_int_equal(b->rc, 0);
    assert_memory_equal(b->body, "hello", 5);
    assert_int_equal(fx->s.requests, 3); /* the second one twice */
    assert_int_equal(fx->s.conns, 2);
    call_free(a);
    call_free(b);
}

/* On a fresh connection the same thing is a failure: no retry. */
static void test_fresh_close_not_retried(void **state)
{
    static const struct step script[] = {{S_CLOSE, {NULL}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPSTREAM);
    assert_true(k->r.curl_error[0] != '\0');
    assert_int_equal(fx->s.requests, 1);
    call_free(k);
}

/* A partial answer then a close is never retried, even when reused. */
static void test_partial_not_retried(void **state)
{
    static const struct step script[] = {
        {S_ANSWER, {OK_HELLO}, 0, false},
        {S_ANSWER, {"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"}, 0, true}};
    struct fx *fx = serve(state, script, 2);
    struct call *a = call_new(fx, NULL), *b = call_new(fx, NULL);

    call_run(fx, a);
    call_run(fx, b);
    assert_int_equal(b->rc, GW_EUPSTREAM);
    assert_int_equal(b->len, 3);
    assert_int_equal(fx->s.requests, 2);
    assert_int_equal(fx->c.n_idle, 0);
    call_free(a);
    call_free(b);
}

/* A server that closes an idle connection: noticed at once, never used. */
static void test_idle_close_noticed(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, true}};
    struct fx *fx = serve(state, script, 1);
    struct call *a = call_new(fx, NULL), *b = call_new(fx, NULL);

    call_run(fx, a);
    assert_int_equal(a->rc, 0);
    run_for(fx, 30);
    assert_int_equal(fx->c.n_idle, 0);
    call_run(fx, b);
    assert_int_equal(b->rc, 0);
    assert_int_equal(fx->s.requests, 2);
    call_free(a);
    call_free(b);
}

/* Bytes after a complete answer: the connection is not reused. */
static void test_trailing_bytes_not_pooled(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO "junk"}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_memory_equal(k->body, "hello", 5);
    assert_int_equal(k->len, 5);
    assert_int_equal(fx->c.n_idle, 0);
    call_free(k);
}

/* connect() fails at once here (ENETUNREACH): on_done still comes from the
 * loop, never from inside up_start (call_run checks). */
static void test_sync_failure_deferred(void **state)
{
    struct fx *fx = *state;
    struct call *k = call_new(fx, "http://255.255.255.255:80/");

    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPSTREAM);
    assert_true(k->r.curl_error[0] != '\0');
    call_free(k);
}

static void test_refused(void **state)
{
    struct fx *fx = *state;
    uv_tcp_t t;
    struct sockaddr_in a;
    struct sockaddr_storage got;
    int len = sizeof(got), port;
    struct call *k;
    char url[64];

    /* A port that was free a moment ago. */
    uv_ip4_addr("127.0.0.1", 0, &a);
    uv_tcp_init(&fx->loop, &t);
    uv_tcp_bind(&t, (struct sockaddr *)&a, 0);
    uv_tcp_getsockname(&t, (struct sockaddr *)&got, &len);
    port = ntohs(((struct sockaddr_in *)&got)->sin_port);
    uv_close((uv_handle_t *)&t, NULL);
    uv_run(&fx->loop, UV_RUN_NOWAIT);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/", port);
    k = call_new(fx, url);
    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPSTREAM);
    assert_non_null(strstr(k->r.curl_error, "refused"));
    call_free(k);
}

static void test_timeout(void **state)
{
    static const struct step script[] = {{S_HANG, {NULL}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);
    uint64_t t0 = uv_now(&fx->loop);

    k->r.timeout_ms = 80;
    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPTIMEOUT);
    assert_true(uv_now(&fx->loop) - t0 >= 75);
    run_for(fx, 20);
    assert_int_equal(fx->s.closed, 1); /* the connection was closed */
    assert_int_equal(fx->c.n_idle, 0);
    call_free(k);
}

/* The connection's timer is set for the first request's far deadline; the
 * next request on the same pooled connection has a nearer one, which must
 * still fire on time (the timer is set sooner, not left at the old one). */
static void test_timeout_nearer_on_reuse(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false},
                                         {S_HANG, {NULL}, 0, false}};
    struct fx *fx = serve(state, script, 2);
    struct call *k = call_new(fx, NULL);
    uint64_t t0;

    k->r.timeout_ms = 10000;
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    call_free(k);
    k = call_new(fx, NULL);
    k->r.timeout_ms = 80;
    t0 = uv_now(&fx->loop);
    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPTIMEOUT);
    assert_true(uv_now(&fx->loop) - t0 >= 75);
    assert_true(uv_now(&fx->loop) - t0 < 2000);
    assert_int_equal(fx->s.conns, 1); /* the second request went on the pooled one */
    call_free(k);
}

static void test_stall(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", "3\r\ndef\r\n",
          "3\r\nghi\r\n"},
         40,
         false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    /* Bytes every 40 ms keep a 250 ms stall limit happy; then silence. */
    k->r.stall_ms = 250;
    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPTIMEOUT);
    assert_int_equal(k->len, 9);
    assert_memory_equal(k->body, "abcdefghi", 9);
    assert_int_equal(fx->c.n_idle, 0);
    call_free(k);
}

/* Every on_data pauses; each resume comes from a timer. Whatever the reads
 * held (several chunks arrive in one) is delivered exactly once, in order. */
static void test_pause_resume(void **state)
{
    static char big[60000], wire[80000];
    static struct step script[] = {{S_ANSWER, {NULL, NULL, NULL}, 3, false}};
    struct fx *fx;
    struct call *k;
    size_t off = 0;

    for (size_t i = 0; i < sizeof(big) - 1; i++)
        big[i] = (char)('a' + (i * 7) % 26);
    off += (size_t)sprintf(wire, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (size_t i = 0; i < sizeof(big) - 1; i += 1000) {
        size_t n = sizeof(big) - 1 - i < 1000 ? sizeof(big) - 1 - i : 1000;

        off += (size_t)sprintf(wire + off, "%zx\r\n%.*s\r\n", n, (int)n, big + i);
    }
    sprintf(wire + off, "0\r\n\r\n");
    script[0].parts[0] = wire;
    fx = serve(state, script, 1);
    k = call_new(fx, NULL);
    k->pause_every = 1;
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->len, sizeof(big) - 1);
    assert_memory_equal(k->body, big, sizeof(big) - 1);
    assert_int_equal(fx->c.n_idle, 1); /* complete: reusable */
    call_free(k);
}

static void test_pause_then_complete(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 200 OK\r\nTransfer-Encoding: "
          "chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n2\r\nef\r\n0\r\n\r\n"},
         0,
         false},
        {S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 2);
    struct call *k = call_new(fx, NULL), *k2 = call_new(fx, NULL);

    k->pause_every = 1;
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->len, 6);
    assert_memory_equal(k->body, "abcdef", 6);
    assert_true(k->data_calls >= 2);
    /* The paused connection reads again once pooled. */
    call_run(fx, k2);
    assert_int_equal(k2->rc, 0);
    assert_int_equal(fx->s.conns, 1);
    call_free(k);
    call_free(k2);
}

static void test_abort_code(void **state)
{
    static const struct step script[] = {
        {S_ANSWER, {"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc", "def"}, 5, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    k->abort_at = 1;
    call_run(fx, k);
    assert_int_equal(k->rc, GW_ETOOBIG);
    assert_int_equal(k->data_calls, 1);
    run_for(fx, 20);
    assert_int_equal(fx->c.n_idle, 0);
    assert_int_equal(fx->s.closed, 1);
    call_free(k);
}

/* up_cancel from inside on_data: no callback, the connection is closed. */
static void test_cancel_mid_response(void **state)
{
    static const struct step script[] = {
        {S_ANSWER, {"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc", "def"}, 5, false},
        {S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 2);
    struct call *k = call_new(fx, NULL), *k2 = call_new(fx, NULL);

    k->cancel_in_data = true;
    assert_int_equal(up_start(&fx->c, &k->r), 0);
    run_for(fx, 60);
    assert_int_equal(k->data_calls, 1);
    assert_int_equal(k->done_calls, 0);
    assert_false(up_active(&k->r));
    assert_int_equal(fx->s.closed, 1);
    assert_int_equal(fx->c.n_idle, 0);
    call_run(fx, k2);
    assert_int_equal(k2->rc, 0);
    assert_int_equal(fx->s.conns, 2);
    call_free(k);
    call_free(k2);
}

/* up_cancel from outside, while waiting for the answer. */
static void test_cancel_waiting(void **state)
{
    static const struct step script[] = {{S_HANG, {NULL}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    assert_int_equal(up_start(&fx->c, &k->r), 0);
    run_for(fx, 20);
    up_cancel(&k->r);
    up_cancel(&k->r); /* safe twice */
    run_for(fx, 20);
    assert_int_equal(k->done_calls, 0);
    assert_int_equal(fx->s.closed, 1);
    assert_int_equal(fx->c.active, 0);
    call_free(k);
}

static void test_header_too_big(void **state)
{
    static char big[70 * 1024 + 64];
    static struct step script[] = {{S_ANSWER, {NULL}, 0, false}};
    struct fx *fx;
    struct call *k;
    size_t n = (size_t)sprintf(big, "HTTP/1.1 200 OK\r\nX-Big: ");

    memset(big + n, 'a', 70 * 1024);
    strcpy(big + n + 70 * 1024, "\r\nContent-Length: 0\r\n\r\n");
    script[0].parts[0] = big;
    fx = serve(state, script, 1);
    k = call_new(fx, NULL);
    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPSTREAM);
    assert_non_null(strstr(k->r.curl_error, "headers"));
    call_free(k);
}

static void test_garbage_status(void **state)
{
    static const struct step script[] = {{S_ANSWER, {"SPDY/9 what\r\n\r\n"}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, GW_EUPSTREAM);
    assert_int_equal(k->r.status, 0);
    assert_false(k->r.got_headers);
    call_free(k);
}

static void test_retry_after(void **state)
{
    static const struct step script[] = {
        {S_ANSWER,
         {"HTTP/1.1 429 Too Many Requests\r\nRETRY-AFTER:  7  \r\nretry-after-",
          "ms: 6500\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"},
         3,
         false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->r.status, 429);
    assert_string_equal(k->r.retry_after, "7");
    assert_string_equal(k->r.retry_after_ms, "6500");
    assert_string_equal(k->r.content_type, "application/json");
    call_free(k);
}

/* localhost may resolve to ::1 first: refused there, 127.0.0.1 next. */
static void test_resolve_localhost(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    char url[64];
    struct call *k;

    snprintf(url, sizeof(url), "http://localhost:%d/x", fx->s.port);
    k = call_new(fx, url);
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_memory_equal(k->body, "hello", 5);
    assert_non_null(strstr(fx->s.last, "GET /x HTTP/1.1\r\n"));
    call_free(k);
}

static void test_head_no_body(void **state)
{
    static const struct step script[] = {
        {S_ANSWER, {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    k->r.method = "HEAD";
    call_run(fx, k);
    assert_int_equal(k->rc, 0);
    assert_int_equal(k->len, 0);
    assert_int_equal(fx->c.n_idle, 1);
    call_free(k);
}

/* Closing the client with a request in flight: no callback, loop ends. */
static void test_client_close_in_flight(void **state)
{
    static const struct step script[] = {{S_HANG, {NULL}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct call *k = call_new(fx, NULL);

    assert_int_equal(up_start(&fx->c, &k->r), 0);
    run_for(fx, 20);
    up_client_close(&fx->c);
    run_for(fx, 20);
    assert_int_equal(k->done_calls, 0);
    assert_false(up_active(&k->r));
    call_free(k);
    /* teardown's second up_client_close is a no-op */
}

static void test_no_proxy_match(void **state)
{
    assert_false(up__no_proxy_match(NULL, "example.com"));
    assert_false(up__no_proxy_match("", "example.com"));
    assert_true(up__no_proxy_match("*", "anything.example"));
    assert_true(up__no_proxy_match(" * ", "10.1.2.3"));
    assert_false(up__no_proxy_match("foo,*", "example.com")); /* curl: `*` only alone */
    assert_true(up__no_proxy_match("example.com", "example.com"));
    assert_true(up__no_proxy_match("example.com", "api.Example.COM"));
    assert_true(up__no_proxy_match(".example.com", "api.example.com"));
    assert_true(up__no_proxy_match(".example.com", "example.com"));
    assert_true(up__no_proxy_match("example.com.", "example.com."));
    assert_false(up__no_proxy_match("example.com", "notexample.com"));
    assert_false(up__no_proxy_match("api.example.com", "example.com"));
    assert_true(up__no_proxy_match("foo.org, bar.net ,localhost", "localhost"));
    assert_true(up__no_proxy_match("foo.org bar.net", "bar.net"));
    assert_true(up__no_proxy_match(",,foo.org,,", "foo.org"));
    assert_false(up__no_proxy_match("foo.org,bar.net", "baz.net"));
    assert_true(up__no_proxy_match("127.0.0.1", "127.0.0.1"));
    assert_false(up__no_proxy_match("127.0.0.1", "127.0.0.2"));
    assert_false(up__no_proxy_match("0.0.1", "127.0.0.1")); /* no suffix match on IPs */
    assert_true(up__no_proxy_match("10.0.0.0/8", "10.200.3.4"));
    assert_false(up__no_proxy_match("10.0.0.0/8", "11.0.0.1"));
    assert_true(up__no_proxy_match("192.168.1.0/24", "192.168.1.77"));
    assert_false(up__no_proxy_match("192.168.1.0/24", "192.168.2.1"));
    assert_true(up__no_proxy_match("::1", "::1"));
    assert_true(up__no_proxy_match("[::1]", "::1"));
    assert_true(up__no_proxy_match("fd00::/8", "fd12:3456::1"));
    assert_false(up__no_proxy_match("fd00::/8", "fe80::1"));
    assert_false(up__no_proxy_match("10.0.0.0/8", "fd00::1"));
    assert_false(up__no_proxy_match("10.0.0.0/33", "10.0.0.1"));
}

/* The transport follows the environment: a proxy for the host means curl. */
static void test_proxy_env_choice(void **state)
{
    static const struct step script[] = {{S_ANSWER, {OK_HELLO}, 0, false}};
    struct fx *fx = serve(state, script, 1);
    struct up_client c2;
    struct call *k = call_new(fx, NULL);

    /* Proxied: curl takes it (and fails to reach the made-up proxy). */
    setenv("http_proxy", "http://127.0.0.1:9", 1);
    setenv("no_proxy", "example.com", 1);
    assert_int_equal(up_client_init(&c2, &fx->loop), 0);
    assert_int_equal(up_start(&c2, &k->r), 0);
    assert_non_null(k->r.easy);
    assert_null(k->r.conn);
    up_cancel(&k->r);
    up_client_close(&c2);
    uv_run(&fx->loop, UV_RUN_NOWAIT); /* c2's handles finish closing before it is reused */
    /* no_proxy names the host: native. */
    setenv("no_proxy", "localhost,127.0.0.1", 1);
    assert_int_equal(up_client_init(&c2, &fx->loop), 0);
    assert_int_equal(up_start(&c2, &k->r), 0);
    assert_null(k->r.easy);
    assert_non_null(k->r.conn);
    assert_true(run_until(fx, &k->done_calls, WAIT_MS));
    assert_int_equal(k->rc, 0);
    up_client_close(&c2);
    unsetenv("http_proxy");
    unsetenv("no_proxy");
    /* https and user info are curl's. */
    k->r.url = "https://127.0.0.1:1/";
    assert_int_equal(up_start(&fx->c, &k->r), 0);
    assert_non_null(k->r.easy);
    up_cancel(&k->r);
    k->r.url = "http://user:pw@127.0.0.1:1/";
    assert_int_equal(up_start(&fx->c, &k->r), 0);
    assert_non_null(k->r.easy);
    up_cancel(&k->r);
    call_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_content_length, setup, teardown),
        cmocka_unit_test_setup_teardown(test_chunked_split, setup, teardown),
        cmocka_unit_test_setup_teardown(test_read_until_close, setup, teardown),
        cmocka_unit_test_setup_teardown(test_1xx_then_final, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keepalive_reuse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_connection_close_not_pooled, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_retried, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fresh_close_not_retried, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partial_not_retried, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idle_close_noticed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_trailing_bytes_not_pooled, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sync_failure_deferred, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeout_nearer_on_reuse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stall, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pause_resume, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pause_then_complete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_code, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cancel_mid_response, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cancel_waiting, setup, teardown),
        cmocka_unit_test_setup_teardown(test_header_too_big, setup, teardown),
        cmocka_unit_test_setup_teardown(test_garbage_status, setup, teardown),
        cmocka_unit_test_setup_teardown(test_retry_after, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resolve_localhost, setup, teardown),
        cmocka_unit_test_setup_teardown(test_head_no_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_client_close_in_flight, setup, teardown),
        cmocka_unit_test(test_no_proxy_match),
        cmocka_unit_test_setup_teardown(test_proxy_env_choice, setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
