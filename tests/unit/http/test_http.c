/*
 * Unit tests of src/http: the real server of conn.c on 127.0.0.1 (port 0) on
 * a private loop, driven by plain non-blocking client sockets in the same
 * thread. The test alternates between running the loop without blocking and
 * reading what the client received, and asserts on the raw response bytes:
 * framing (Content-Length, chunked), order of pipelined answers, limits (413,
 * 431, 400), timers (408, idle close), 100-continue, aborts and drain.
 *
 * conn.c is included so that the test can look at a connection's state; its
 * object in the core library is then not linked (nothing else needs it).
 * It comes before cmocka.h, whose fail() macro would clash with conn.c's.
 */
#include "http/conn.c"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <strings.h>

#define WAIT_MS 3000 /* longest any single wait may take before the test fails */

/* ---- server fixture ----------------------------------------------------- */

struct fx {
    uv_loop_t loop;
    struct http_server srv;
    int port;
    int handled;           /* handler calls */
    int answered;          /* answers completed by the handler's side */
    int aborted;           /* on_abort calls */
    int drained;           /* on_drained calls */
    int answered_at[64];   /* `answered` when the n-th handler call began */
    char order[1024];      /* paths in handler order, ',' after each */
    struct http_req *held; /* a /hold request not answered yet */
    int slow_ms;           /* delay of /slow answers */
};

/* An answer given later from a timer: /slow and /stream-slow. */
struct pending {
    uv_timer_t t;
    struct fx *fx;
    struct http_req *r;
    int step;
};

static const char *verb(enum http_verb m)
{
    switch (m) {
    case HTTP_M_GET: return "GET";
    case HTTP_M_POST: return "POST";
    case HTTP_M_HEAD: return "HEAD";
    case HTTP_M_PUT: return "PUT";
    case HTTP_M_DELETE: return "DELETE";
    default: return "OTHER";
    }
}

/* The body every plain answer carries: what the server parsed. */
static void echo(struct fx *f, struct http_req *r)
{
    char body[4096];
    int n = snprintf(body, sizeof(body), "%s %.*s q=%.*s h=%zu x=%.*s body=%zu:%.*s",
                     verb(r->method), STR_FMT(r->path), STR_FMT(r->query), r->n_headers,
                     STR_FMT(http_header(r, "X-Test")), r->body.len, (int)r->body.len,
                     r->body.ptr ? r->body.ptr : "");

    assert_true(n > 0 && (size_t)n < sizeof(body));
    f->answered++;
    assert_int_equal(http_respond(r, 200, NULL, 0, str_of(body, (size_t)n)), 0);
}

static void pending_closed(uv_handle_t *h)
{
    free(h->data);
}

static void pending_done(struct pending *p)
{
    uv_timer_stop(&p->t);
    uv_close((uv_handle_t *)&p->t, pending_closed);
}

static void pending_abort(struct http_req *r)
{
    struct pending *p = r->udata;

    p->fx->aborted++;
    pending_done(p);
}

static void held_abort(struct http_req *r)
{
    struct fx *f = r->udata;

    f->aborted++;
    f->held = NULL;
}

static void slow_tick(uv_timer_t *t)
{
    struct pending *p = t->data;

    echo(p->fx, p->r);
    pending_done(p);
}

static void stream_tick(uv_timer_t *t)
{
    static const char *const pieces[] = {"data: one\n\n", "data: two\n\n", "data: three\n\n"};
    struct pending *p = t->data;

    if (p->step < 3) {
        assert_true(http_stream_write(p->r, pieces[p->step], strlen(pieces[p->step])) >= 0);
        p->step++;
        return;
    }
    p->fx->answered++;
    assert_int_equal(http_stream_end(p->r), 0);
    pending_done(p);
}

static struct pending *pending_new(struct fx *f, struct http_req *r)
{
    struct pending *p = calloc(1, sizeof(*p));

    assert_non_null(p);
    p->fx = f;
    p->r = r;
    uv_timer_init(&f->loop, &p->t);
    p->t.data = p;
    r->udata = p;
    r->on_abort = pending_abort;
    return p;
}

static void handler(struct http_req *r, void *ctx)
{
    struct fx *f = ctx;
    size_t l = strlen(f->order);

    if (f->handled < 64)
        f->answered_at[f->handled] = f->answered;
    f->handled++;
    snprintf(f->order + l, sizeof(f->order) - l, "%.*s,", STR_FMT(r->path));
    if (str_starts_with(r->path, STR_LIT("/slow"))) {
        uv_timer_start(&pending_new(f, r)->t, slow_tick, (uint64_t)f->slow_ms, 0);
    } else if (str_eq_c(r->path, "/stream")) {
        assert_int_equal(http_stream_begin(r, 200, NULL, 0), 0);
        assert_int_equal(http_stream_write(r, "hello ", 6), 0);
        assert_int_equal(http_stream_write(r, "", 0), 0); /* must not end the stream */
        assert_int_equal(http_stream_write(r, "world", 5), 0);
        f->answered++;
        assert_int_equal(http_stream_end(r), 0);
    } else if (str_eq_c(r->path, "/stream-slow")) {
        struct http_header h = {STR_LIT("X-Stream"), STR_LIT("yes")};

        assert_int_equal(http_stream_begin(r, 200, &h, 1), 0);
        uv_timer_start(&pending_new(f, r)->t, stream_tick, 10, 10);
    } else if (str_eq_c(r->path, "/hold")) {
        f->held = r;
        r->udata = f;
        r->on_abort = held_abort;
    } else {
        echo(f, r);
    }
}

static void on_drained(struct http_server *s)
{
    struct fx *f = (struct fx *)((char *)s - offsetof(struct fx, srv));

    f->drained++;
}

static struct http_limits default_limits(void)
{
    return (struct http_limits){
        .max_body = 1024, .header_timeout = 2000, .idle_timeout = 2000, .drain_timeout = 2000};
}

static void fx_start(struct fx *f, const struct http_limits *lim)
{
    struct sockaddr_storage ss;
    int len = sizeof(ss);

    memset(f, 0, sizeof(*f));
    f->slow_ms = 40;
    assert_int_equal(uv_loop_init(&f->loop), 0);
    assert_int_equal(http_server_init(&f->srv, &f->loop, "127.0.0.1", 0, lim, handler, f), 0);
    f->srv.on_drained = on_drained;
    assert_int_equal(uv_tcp_getsockname(&f->srv.listener, (struct sockaddr *)&ss, &len), 0);
    f->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
    assert_true(f->port > 0);
}

struct walk {
    struct fx *f;
    int n;
};

static void count_open(uv_handle_t *h, void *arg)
{
    struct walk *w = arg;

    if (h == (uv_handle_t *)&w->f->srv.listener || h == (uv_handle_t *)&w->f->srv.drain_timer)
        return;
    if (!uv_is_closing(h)) {
        fprintf(stderr, "open handle: %s active=%d\n", uv_handle_type_name(h->type),
                uv_is_active(h));
        w->n++;
    }
}

/* Handles on the loop besides the server's own that are not closing. */
static int other_handles(struct fx *f)
{
    struct walk w = {f, 0};

    uv_walk(&f->loop, count_open, &w);
    return w.n;
}

/* ---- client ------------------------------------------------------------- */

struct client {
    int fd;
    struct buf in; /* everything received */
    size_t off;    /* bytes already taken by wait_resp */
    bool eof;
    bool reset;
};

struct resp {
    int status;
    char head[8192]; /* status line and headers, NUL-terminated */
    char body[16384];
    size_t body_len;
    const char *raw; /* into client.in; valid until the next read */
    size_t raw_len;
};

static void client_open(struct fx *f, struct client *c)
{
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)f->port)};

    memset(c, 0, sizeof(*c));
    buf_init(&c->in, 4 << 20);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    c->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    assert_true(c->fd >= 0);
    /* Loopback connects complete in the kernel, before accept(). */
    assert_int_equal(connect(c->fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
    assert_int_equal(fcntl(c->fd, F_SETFL, O_NONBLOCK), 0);
}

static void client_close(struct client *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    buf_dispose(&c->in);
}

/* Takes what the socket holds. */
static void client_read(struct client *c)
{
    char tmp[65536];

    while (c->fd >= 0 && !c->eof) {
        ssize_t n = read(c->fd, tmp, sizeof(tmp));

        if (n > 0) {
            assert_int_equal(buf_append(&c->in, tmp, (size_t)n), 0);
        } else if (n == 0) {
            c->eof = true;
        } else if (errno == EAGAIN || errno == EINTR) {
            break;
        } else {
            c->eof = c->reset = true;
        }
    }
}

/* One turn: the loop without blocking, a short sleep, the clients' sockets. */
static void turn(struct fx *f, struct client *c)
{
    uv_run(&f->loop, UV_RUN_NOWAIT);
    if (c && c->fd >= 0) {
        struct pollfd p = {.fd = c->fd, .events = POLLIN};

        poll(&p, 1, 1);
        client_read(c);
    } else {
        poll(NULL, 0, 1);
    }
}

static void run_ms(struct fx *f, struct client *c, int ms)
{
    uint64_t end = time_mono_us() + (uint64_t)ms * 1000;

    while (time_mono_us() < end)
        turn(f, c);
}

static uint64_t elapsed_ms(uint64_t since_us)
{
    return (time_mono_us() - since_us) / 1000;
}

/* Writes all of p, running the loop while the socket is full. Returns 0, or
 * -1 when the server closed the connection first. */
static int client_send(struct fx *f, struct client *c, const void *p, size_t n)
{
    uint64_t start = time_mono_us();
    size_t done = 0;

    while (done < n) {
        ssize_t w = send(c->fd, (const char *)p + done, n - done, MSG_NOSIGNAL);

        if (w > 0) {
            done += (size_t)w;
            continue;
        }
        if (w < 0 && errno != EAGAIN && errno != EINTR)
            return -1;
        if (elapsed_ms(start) > WAIT_MS)
            fail_msg("client_send: stuck after %zu of %zu bytes", done, n);
        turn(f, c);
    }
    uv_run(&f->loop, UV_RUN_NOWAIT);
    return 0;
}

static void send_c(struct fx *f, struct client *c, const char *s)
{
    assert_int_equal(client_send(f, c, s, strlen(s)), 0);
}

/* A header's value in a response head (case-insensitive name), or NULL. */
static const char *resp_header(const struct resp *r, const char *name, char *out, size_t cap)
{
    const char *line = strstr(r->head, "\r\n");
    size_t nl = strlen(name);

    while (line && line[2] != '\0') {
        const char *s = line + 2, *e = strstr(s, "\r\n");

        if (strncasecmp(s, name, nl) == 0 && s[nl] == ':') {
            const char *v = s + nl + 1;
            size_t l;

            while (*v == ' ')
                v++;
            l = (size_t)(e - v) < cap - 1 ? (size_t)(e - v) : cap - 1;
            memcpy(out, v, l);
            out[l] = '\0';
            return out;
        }
        line = e;
    }
    return NULL;
}

static int header_count(const struct resp *r, const char *name)
{
    const char *s = r->head;
    int n = 0;

    while ((s = strstr(s, "\r\n")) != NULL) {
        s += 2;
        if (strncasecmp(s, name, strlen(name)) == 0 && s[strlen(name)] == ':')
            n++;
    }
    return n;
}

/*
 * Parses one response from p. Returns the bytes it takes, 0 when more are
 * needed, -1 when the framing is wrong. `head_only` for answers to HEAD;
 * `eof` when the peer closed, which ends a body without a length.
 */
static long parse_resp(const char *p, size_t n, bool head_only, bool eof, struct resp *r)
{
    const char *end = memmem(p, n, "\r\n\r\n", 4);
    char v[64];
    size_t hl, pos;
    long cl = -1;
    bool chunked;

    memset(r, 0, sizeof(*r));
    if (!end)
        return n > sizeof(r->head) ? -1 : 0;
    hl = (size_t)(end - p) + 4;
    if (hl >= sizeof(r->head) || n < 13 || memcmp(p, "HTTP/1.1 ", 9) != 0 || p[12] != ' ')
        return -1;
    memcpy(r->head, p, hl);
    r->status = atoi(p + 9);
    r->raw = p;
    if (r->status < 100 || r->status > 599)
        return -1;
    if (r->status < 200 || head_only) {
        r->raw_len = hl;
        return (long)hl;
    }
    chunked = resp_header(r, "Transfer-Encoding", v, sizeof(v)) && strcmp(v, "chunked") == 0;
    if (resp_header(r, "Content-Length", v, sizeof(v)))
        cl = atol(v);
    if (chunked && cl >= 0)
        return -1; /* both: a framing error (RFC 9112 section 6.3) */
    pos = hl;
    if (cl >= 0) {
        if ((size_t)cl > sizeof(r->body))
            return -1;
        if (n - hl < (size_t)cl)
            return 0;
        memcpy(r->body, p + hl, (size_t)cl);
        r->body_len = (size_t)cl;
        pos = hl + (size_t)cl;
    } else if (chunked) {
        for (;;) {
            const char *le = memmem(p + pos, n - pos, "\r\n", 2);
            size_t size = 0, i;

            if (!le)
                return 0;
            if (le == p + pos)
                return -1; /* empty size line */
            for (i = pos; p + i < le; i++) {
                int d = isdigit((unsigned char)p[i]) ? p[i] - '0'
                        : p[i] >= 'a' && p[i] <= 'f' ? p[i] - 'a' + 10
                        : p[i] >= 'A' && p[i] <= 'F' ? p[i] - 'A' + 10
                                                     : -1;

                if (d < 0)
                    return -1;
                size = size * 16 + (size_t)d;
            }
            pos = (size_t)(le - p) + 2;
            if (size == 0) {
                /* No trailers: the last chunk is followed by CRLF at once. */
                if (n - pos < 2)
                    return 0;
                if (memcmp(p + pos, "\r\n", 2) != 0)
                    return -1;
                pos += 2;
                break;
            }
            if (n - pos < size + 2)
                return 0;
            if (memcmp(p + pos + size, "\r\n", 2) != 0)
                return -1;
            if (r->body_len + size > sizeof(r->body))
                return -1;
            memcpy(r->body + r->body_len, p + pos, size);
            r->body_len += size;
            pos += size + 2;
        }
    } else {
        /* Neither: the body runs to the end of the connection (HTTP/1.0). */
        if (!eof)
            return 0;
        if (n - hl > sizeof(r->body))
            return -1;
        memcpy(r->body, p + hl, n - hl);
        r->body_len = n - hl;
        pos = n;
    }
    r->raw_len = pos;
    return (long)pos;
}

/* Waits for the next whole response on c. */
static void wait_resp_x(struct fx *f, struct client *c, struct resp *r, bool head_only)
{
    uint64_t start = time_mono_us();

    for (;;) {
        long used = parse_resp(c->in.ptr ? c->in.ptr + c->off : "", c->in.len - c->off, head_only,
                               c->eof, r);

        if (used < 0)
            fail_msg("malformed response:\n%.*s", (int)(c->in.len - c->off), c->in.ptr + c->off);
        if (used > 0) {
            c->off += (size_t)used;
            r->body[r->body_len < sizeof(r->body) ? r->body_len : sizeof(r->body) - 1] = '\0';
            return;
        }
        if (c->eof)
            fail_msg("connection closed before a whole response; got:\n%.*s",
                     (int)(c->in.len - c->off), c->in.ptr ? c->in.ptr + c->off : "");
        if (elapsed_ms(start) > WAIT_MS)
            fail_msg("no whole response after %d ms; got:\n%.*s", WAIT_MS,
                     (int)(c->in.len - c->off), c->in.ptr ? c->in.ptr + c->off : "");
        turn(f, c);
    }
}

static void wait_resp(struct fx *f, struct client *c, struct resp *r)
{
    wait_resp_x(f, c, r, false);
}

/* Waits until the server closes c; nothing more may arrive before. */
static void wait_eof(struct fx *f, struct client *c)
{
    uint64_t start = time_mono_us();

    while (!c->eof) {
        if (elapsed_ms(start) > WAIT_MS)
            fail_msg("the server did not close the connection");
        turn(f, c);
    }
    if (c->in.len != c->off)
        fail_msg("unexpected bytes before close:\n%.*s", (int)(c->in.len - c->off),
                 c->in.ptr + c->off);
}

/* Runs ms and asserts that nothing arrived and the connection is open. */
static void expect_quiet(struct fx *f, struct client *c, int ms)
{
    run_ms(f, c, ms);
    if (c->in.len != c->off)
        fail_msg("unexpected bytes:\n%.*s", (int)(c->in.len - c->off), c->in.ptr + c->off);
    assert_false(c->eof);
}

static void run_until(struct fx *f, struct client *c, const int *counter, int want)
{
    uint64_t start = time_mono_us();

    while (*counter < want) {
        if (elapsed_ms(start) > WAIT_MS)
            fail_msg("counter at %d, want %d", *counter, want);
        turn(f, c);
    }
}

/* Closes the clients, waits for the server to close its side, checks that
 * no connection and no other handle is left, and closes the loop. */
static void fx_finish(struct fx *f, struct client *cs, size_t n)
{
    uint64_t start = time_mono_us();

    for (size_t i = 0; i < n; i++)
        client_close(&cs[i]);
    while (f->srv.n_conns > 0) {
        if (elapsed_ms(start) > WAIT_MS)
            fail_msg("%zu connections still open", f->srv.n_conns);
        turn(f, NULL);
    }
    uv_run(&f->loop, UV_RUN_NOWAIT); /* close callbacks of our own timers */
    assert_int_equal(f->srv.n_conns, 0);
    assert_null(f->srv.conns);
    assert_int_equal(other_handles(f), 0);
    assert_null(f->held);
    if (!uv_is_closing((uv_handle_t *)&f->srv.listener))
        uv_close((uv_handle_t *)&f->srv.listener, NULL);
    uv_close((uv_handle_t *)&f->srv.drain_timer, NULL);
    uv_run(&f->loop, UV_RUN_DEFAULT);
    assert_int_equal(uv_loop_close(&f->loop), 0);
}

static void assert_raw(const struct resp *r, const char *want)
{
    if (r->raw_len != strlen(want) || memcmp(r->raw, want, r->raw_len) != 0)
        fail_msg("response bytes differ\n--- got:\n%.*s\n--- want:\n%s", (int)r->raw_len, r->raw,
                 want);
}

static void assert_body(const struct resp *r, const char *want)
{
    if (r->body_len != strlen(want) || memcmp(r->body, want, r->body_len) != 0)
        fail_msg("body differs\n--- got:\n%.*s\n--- want:\n%s", (int)r->body_len, r->body, want);
}

/* ---- tests -------------------------------------------------------------- */

static void test_simple_get(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /sync/hello?a=1&b=2 HTTP/1.1\r\nHost: x\r\nX-Test:  padded \t\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_raw(&r, "HTTP/1.1 200 OK\r\n"
                   "Content-Type: application/json\r\n"
                   "Content-Length: 46\r\n"
                   "\r\n"
                   "GET /sync/hello q=a=1&b=2 h=2 x=padded body=0:");
    assert_int_equal(strlen("GET /sync/hello q=a=1&b=2 h=2 x=padded body=0:"), 46);
    assert_int_equal(f.srv.requests, 1);
    /* Kept alive. */
    expect_quiet(&f, &c, 30);
    assert_int_equal(f.srv.n_conns, 1);
    fx_finish(&f, &c, 1);
}

static void test_head(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;
    char v[32], len[32];

    /* HEAD gets the length of the body it would have had, and no body: the
     * next answer on the connection must parse from the right byte. */
    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c,
           "HEAD /sync HTTP/1.1\r\nHost: x\r\n\r\nGET /sync/next HTTP/1.1\r\nHost: x\r\n\r\n");
    wait_resp_x(&f, &c, &r, true);
    assert_int_equal(r.status, 200);
    snprintf(len, sizeof(len), "%zu", strlen("HEAD /sync q= h=1 x= body=0:"));
    assert_string_equal(resp_header(&r, "Content-Length", v, sizeof(v)), len);
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/next q= h=1 x= body=0:");
    fx_finish(&f, &c, 1);
}

static void test_keep_alive(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;
    char v[32];

    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /sync/1 HTTP/1.1\r\nHost: x\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/1 q= h=1 x= body=0:");
    assert_int_equal(header_count(&r, "Connection"), 0);
    send_c(&f, &c, "POST /sync/2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    wait_resp(&f, &c, &r);
    assert_body(&r, "POST /sync/2 q= h=2 x= body=3:abc");
    /* The second request did not see the first one's headers. */
    send_c(&f, &c, "GET /sync/3 HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/3 q= h=0 x= body=0:");
    assert_int_equal(f.srv.n_conns, 1);
    assert_int_equal(f.srv.requests, 3);
    /* The client asks to close: the answer says so and the server closes. */
    send_c(&f, &c, "GET /sync/4 HTTP/1.1\r\nConnection: close\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c);
    fx_finish(&f, &c, 1);
}

static void test_http10(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;
    char v[32];

    /* HTTP/1.0 without keep-alive: one answer, then close. */
    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /sync HTTP/1.0\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c);
    fx_finish(&f, &c, 1);
}

static void test_pipelined_sync(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c,
           "GET /sync/a HTTP/1.1\r\nHost: x\r\n\r\n"
           "POST /sync/b HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi"
           "GET /sync/c HTTP/1.1\r\nHost: x\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/a q= h=1 x= body=0:");
    wait_resp(&f, &c, &r);
    assert_body(&r, "POST /sync/b q= h=2 x= body=2:hi");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/c q= h=1 x= body=0:");
    assert_string_equal(f.order, "/sync/a,/sync/b,/sync/c,");
    fx_finish(&f, &c, 1);
}

static void test_pipelined_async(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    /* The first is answered 60 ms later from a timer; the second, answered
     * at once, must neither be handled nor answered before it. */
    fx_start(&f, &lim);
    f.slow_ms = 60;
    client_open(&f, &c);
    send_c(&f, &c,
           "GET /slow/a HTTP/1.1\r\nHost: x\r\n\r\n"
           "GET /sync/b HTTP/1.1\r\nHost: x\r\n\r\n"
           "GET /slow/c HTTP/1.1\r\nHost: x\r\n\r\n"
           "GET /sync/d HTTP/1.1\r\nHost: x\r\n\r\n");
    expect_quiet(&f, &c, 20);
    assert_int_equal(f.handled, 1);
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /slow/a q= h=1 x= body=0:");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/b q= h=1 x= body=0:");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /slow/c q= h=1 x= body=0:");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/d q= h=1 x= body=0:");
    assert_string_equal(f.order, "/slow/a,/sync/b,/slow/c,/sync/d,");
    /* Each was handled only after the one before it was answered. */
    for (int i = 0; i < 4; i++)
        assert_int_equal(f.answered_at[i], i);
    fx_finish(&f, &c, 1);
}

static void test_pipelined_flood(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;
    struct buf out;
    enum { N = 150 };
    char pad[900], want[128];

    /*
     * While a slow request is handled, the client pipelines far more than
     * the connection buffers (max_body + 2 * HTTP_MAX_HEADER_BYTES). The
     * server must stop reading and take the rest later, not lose bytes.
     */
    fx_start(&f, &lim);
    f.slow_ms = 50;
    memset(pad, 'p', sizeof(pad) - 1);
    pad[sizeof(pad) - 1] = '\0';
    buf_init(&out, 1 << 20);
    assert_int_equal(buf_append_c(&out, "GET /slow/0 HTTP/1.1\r\nHost: x\r\n\r\n"), 0);
    for (int i = 1; i <= N; i++)
        assert_int_equal(
            buf_printf(&out, "GET /sync/%d HTTP/1.1\r\nHost: x\r\nX-Pad: %s\r\n\r\n", i, pad), 0);
    assert_true(out.len > 2 * (lim.max_body + 2 * HTTP_MAX_HEADER_BYTES));
    client_open(&f, &c);
    assert_int_equal(client_send(&f, &c, out.ptr, out.len), 0);
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /slow/0 q= h=1 x= body=0:");
    for (int i = 1; i <= N; i++) {
        wait_resp(&f, &c, &r);
        snprintf(want, sizeof(want), "GET /sync/%d q= h=2 x= body=0:", i);
        assert_body(&r, want);
    }
    assert_int_equal(f.handled, N + 1);
    /* And the connection still reads. */
    send_c(&f, &c, "GET /sync/last HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/last q= h=0 x= body=0:");
    buf_dispose(&out);
    fx_finish(&f, &c, 1);
}

static void test_chunked_request(void **state)
{
    static const char req[] = "POST /sync/up HTTP/1.1\r\nHost: x\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n"
                              "4\r\nWiki\r\n"
                              "5;ext=1\r\npedia\r\n"
                              "E\r\n in\r\n\r\nchunks.\r\n"
                              "0\r\n\r\n";
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c);
    /* Whole, then byte by byte. */
    send_c(&f, &c, req);
    wait_resp(&f, &c, &r);
    assert_body(&r, "POST /sync/up q= h=2 x= body=23:Wikipedia in\r\n\r\nchunks.");
    for (size_t i = 0; i < sizeof(req) - 1; i++) {
        assert_int_equal(client_send(&f, &c, req + i, 1), 0);
        turn(&f, &c);
    }
    wait_resp(&f, &c, &r);
    assert_body(&r, "POST /sync/up q= h=2 x= body=23:Wikipedia in\r\n\r\nchunks.");
    assert_int_equal(f.handled, 2);
    fx_finish(&f, &c, 1);
}

static void test_body_limit(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[3];
    struct resp r;
    char v[32], *req = malloc(4096), body[1100];

    memset(body, 'b', sizeof(body));
    fx_start(&f, &lim);

    /* Exactly max_body is fine. */
    client_open(&f, &c[0]);
    snprintf(req, 4096, "POST /sync HTTP/1.1\r\nContent-Length: 1024\r\n\r\n%.*s", 1024, body);
    send_c(&f, &c[0], req);
    wait_resp(&f, &c[0], &r);
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(r.body, "body=1024:bbbb"));

    /* A declared length over it: 413 before the body is read, then close. */
    client_open(&f, &c[1]);
    snprintf(req, 4096, "POST /sync HTTP/1.1\r\nContent-Length: 1025\r\n\r\n%.*s", 500, body);
    send_c(&f, &c[1], req);
    wait_resp(&f, &c[1], &r);
    assert_int_equal(r.status, 413);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    assert_non_null(strstr(r.body, "\"code\":\"413\""));
    wait_eof(&f, &c[1]);

    /* A chunked body that grows past it. */
    client_open(&f, &c[2]);
    send_c(&f, &c[2], "POST /sync HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 3; i++) {
        snprintf(req, 4096, "190\r\n%.*s\r\n", 400, body);
        if (client_send(&f, &c[2], req, strlen(req)) < 0)
            break;
    }
    wait_resp(&f, &c[2], &r);
    assert_int_equal(r.status, 413);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c[2]);
    assert_int_equal(f.handled, 1);
    free(req);
    fx_finish(&f, c, 3);
}

static void test_header_limits(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[4];
    struct resp r;
    struct buf req;
    char *big = malloc(HTTP_MAX_HEADER_BYTES + 1000);
    char v[32];

    fx_start(&f, &lim);
    buf_init(&req, 1 << 20);

    /* HTTP_MAX_HEADERS headers pass... */
    assert_int_equal(buf_append_c(&req, "GET /sync HTTP/1.1\r\n"), 0);
    for (int i = 0; i < HTTP_MAX_HEADERS; i++)
        assert_int_equal(buf_printf(&req, "X-H%d: %d\r\n", i, i), 0);
    assert_int_equal(buf_append_c(&req, "\r\n"), 0);
    client_open(&f, &c[0]);
    send_c(&f, &c[0], req.ptr);
    wait_resp(&f, &c[0], &r);
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(r.body, "h=64 "));

    /* ...one more is a 431. */
    buf_reset(&req);
    assert_int_equal(buf_append_c(&req, "GET /sync HTTP/1.1\r\n"), 0);
    for (int i = 0; i <= HTTP_MAX_HEADERS; i++)
        assert_int_equal(buf_printf(&req, "X-H%d: %d\r\n", i, i), 0);
    assert_int_equal(buf_append_c(&req, "\r\n"), 0);
    client_open(&f, &c[1]);
    send_c(&f, &c[1], req.ptr);
    wait_resp(&f, &c[1], &r);
    assert_int_equal(r.status, 431);
    assert_true(strncmp(r.head, "HTTP/1.1 431 Request Header Fields Too Large\r\n", 46) == 0);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c[1]);

    /* Header bytes just under the limit pass... */
    memset(big, 'v', HTTP_MAX_HEADER_BYTES + 999);
    big[HTTP_MAX_HEADER_BYTES + 999] = '\0';
    buf_reset(&req);
    assert_int_equal(buf_printf(&req, "GET /sync HTTP/1.1\r\nX-Big: %.*s\r\n\r\n",
                                HTTP_MAX_HEADER_BYTES - 100, big),
                     0);
    client_open(&f, &c[2]);
    send_c(&f, &c[2], req.ptr);
    wait_resp(&f, &c[2], &r);
    assert_int_equal(r.status, 200);

    /* ...and over it are a 431, whether or not the client is done sending. */
    buf_reset(&req);
    assert_int_equal(buf_printf(&req, "GET /sync HTTP/1.1\r\nX-Big: %s\r\n\r\n", big), 0);
    client_open(&f, &c[3]);
    assert_int_equal(client_send(&f, &c[3], req.ptr, req.len), 0);
    wait_resp(&f, &c[3], &r);
    assert_int_equal(r.status, 431);
    assert_non_null(strstr(r.body, "\"code\":\"431\""));
    wait_eof(&f, &c[3]);
    assert_int_equal(f.handled, 2);
    buf_dispose(&req);
    free(big);
    fx_finish(&f, c, 4);
}

static void test_bad_request(void **state)
{
    static const char *const bad[] = {
        "GARBAGE\r\n\r\n",
        "GET / HTTP/1.1\r\nHost x\r\n\r\n", /* header without a colon */
        "GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        "GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", /* TLS to a plain port */
    };
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[5];
    struct resp r;
    char v[32];

    fx_start(&f, &lim);
    for (size_t i = 0; i < 5; i++) {
        client_open(&f, &c[i]);
        send_c(&f, &c[i], bad[i]);
        wait_resp(&f, &c[i], &r);
        if (r.status != 400)
            fail_msg("case %zu: status %d", i, r.status);
        assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
        assert_string_equal(resp_header(&r, "Content-Type", v, sizeof(v)), "application/json");
        assert_non_null(strstr(r.body, "\"type\":\"invalid_request_error\""));
        wait_eof(&f, &c[i]);
    }
    assert_int_equal(f.handled, 0);
    fx_finish(&f, c, 5);
}

static void test_bad_after_good(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /sync/ok HTTP/1.1\r\n\r\nBROKEN LINE\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_int_equal(r.status, 200);
    wait_resp(&f, &c, &r);
    assert_int_equal(r.status, 400);
    wait_eof(&f, &c);
    fx_finish(&f, &c, 1);
}

static void test_header_timeout(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[2];
    struct resp r;
    uint64_t t0;
    char v[32];

    lim.header_timeout = 100;
    fx_start(&f, &lim);

    /* Half a request, then nothing: 408 after header_timeout. */
    client_open(&f, &c[0]);
    t0 = time_mono_us();
    send_c(&f, &c[0], "GET /sync HTTP/1.1\r\nHost: x\r\nX-Te");
    expect_quiet(&f, &c[0], 60);
    wait_resp(&f, &c[0], &r);
    assert_int_equal(r.status, 408);
    assert_in_range(elapsed_ms(t0), 90, 1000);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c[0]);

    /* A byte every 20 ms does not push the deadline back. */
    client_open(&f, &c[1]);
    t0 = time_mono_us();
    for (int i = 0; i < 30 && c[1].in.len == 0 && !c[1].eof; i++) {
        if (client_send(&f, &c[1], &"GET /sync/slowloris HTTP/1.1\r\n"[i], 1) < 0)
            break;
        run_ms(&f, &c[1], 20);
    }
    wait_resp(&f, &c[1], &r);
    assert_int_equal(r.status, 408);
    assert_in_range(elapsed_ms(t0), 90, 350);
    wait_eof(&f, &c[1]);
    assert_int_equal(f.handled, 0);
    fx_finish(&f, c, 2);
}

static void test_timers_while_handling(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    /* A handler slower than both timeouts still gets to answer. */
    lim.header_timeout = 50;
    lim.idle_timeout = 50;
    fx_start(&f, &lim);
    f.slow_ms = 200;
    client_open(&f, &c);
    send_c(&f, &c, "GET /slow HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_int_equal(r.status, 200);
    fx_finish(&f, &c, 1);
}

static void test_idle_timeout(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[2];
    struct resp r;
    uint64_t t0;

    lim.idle_timeout = 100;
    fx_start(&f, &lim);

    /* A connection that never sends a byte. */
    client_open(&f, &c[0]);
    t0 = time_mono_us();
    expect_quiet(&f, &c[0], 50);
    wait_eof(&f, &c[0]);
    assert_in_range(elapsed_ms(t0), 90, 1000);

    /* A kept-alive connection after its answer: closed without a word. */
    client_open(&f, &c[1]);
    send_c(&f, &c[1], "GET /sync HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c[1], &r);
    t0 = time_mono_us();
    expect_quiet(&f, &c[1], 50);
    wait_eof(&f, &c[1]);
    assert_in_range(elapsed_ms(t0), 90, 1000);
    assert_int_equal(f.srv.n_conns, 0);
    fx_finish(&f, c, 2);
}

static void test_stream(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_raw(&r, "HTTP/1.1 200 OK\r\n"
                   "Content-Type: text/event-stream\r\n"
                   "Transfer-Encoding: chunked\r\n"
                   "\r\n"
                   "6\r\nhello \r\n"
                   "5\r\nworld\r\n"
                   "0\r\n\r\n");
    /* Streamed from timers, with a header of the handler's. */
    send_c(&f, &c, "GET /stream-slow HTTP/1.1\r\nHost: x\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_int_equal(r.status, 200);
    assert_int_equal(header_count(&r, "X-Stream"), 1);
    assert_int_equal(header_count(&r, "Content-Length"), 0);
    assert_body(&r, "data: one\n\ndata: two\n\ndata: three\n\n");
    /* The connection is still in step. */
    send_c(&f, &c, "GET /sync/after HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c, &r);
    assert_body(&r, "GET /sync/after q= h=0 x= body=0:");
    fx_finish(&f, &c, 1);
}

static void test_stream_http10(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    struct resp r;

    /* HTTP/1.0 has no chunked coding: raw bytes, then close. */
    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    wait_resp(&f, &c, &r); /* its body ends with the connection */
    assert_true(c.eof);
    assert_int_equal(header_count(&r, "Transfer-Encoding"), 0);
    assert_int_equal(header_count(&r, "Connection"), 1);
    assert_body(&r, "hello world");
    fx_finish(&f, &c, 1);
}

static void test_expect_continue(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[2];
    struct resp r;

    fx_start(&f, &lim);
    client_open(&f, &c[0]);
    send_c(&f, &c[0],
           "POST /sync/e HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\n"
           "Content-Length: 5\r\n\r\n");
    wait_resp(&f, &c[0], &r);
    assert_raw(&r, "HTTP/1.1 100 Continue\r\n\r\n");
    assert_int_equal(f.handled, 0);
    expect_quiet(&f, &c[0], 20);
    send_c(&f, &c[0], "hello");
    wait_resp(&f, &c[0], &r);
    assert_int_equal(r.status, 200);
    assert_body(&r, "POST /sync/e q= h=3 x= body=5:hello");

    /* Too large: a 413 and no 100. */
    client_open(&f, &c[1]);
    send_c(&f, &c[1],
           "POST /sync HTTP/1.1\r\nExpect: 100-continue\r\n"
           "Content-Length: 5000\r\n\r\n");
    wait_resp(&f, &c[1], &r);
    assert_int_equal(r.status, 413);
    wait_eof(&f, &c[1]);
    fx_finish(&f, c, 2);
}

static void test_client_abort(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[2];

    fx_start(&f, &lim);
    /* A held request, and a slow one with a timer running. */
    client_open(&f, &c[0]);
    send_c(&f, &c[0], "GET /hold HTTP/1.1\r\n\r\n");
    client_open(&f, &c[1]);
    f.slow_ms = 1000;
    send_c(&f, &c[1], "GET /slow HTTP/1.1\r\n\r\n");
    run_until(&f, NULL, &f.handled, 2);
    assert_non_null(f.held);
    assert_int_equal(f.aborted, 0);
    client_close(&c[0]);
    run_until(&f, NULL, &f.aborted, 1);
    assert_null(f.held);
    client_close(&c[1]);
    run_until(&f, NULL, &f.aborted, 2);
    run_ms(&f, NULL, 20);
    assert_int_equal(f.aborted, 2); /* once each */
    assert_int_equal(f.answered, 0);
    fx_finish(&f, c, 0);
}

static void test_drain(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c[4];
    struct resp r;
    char v[32];
    int fd, rc;
    struct sockaddr_in sa = {.sin_family = AF_INET};

    fx_start(&f, &lim);
    /* c0 idle after an answer, c1 in flight, c2 never sent a byte, c3 in
     * the middle of its headers. */
    client_open(&f, &c[0]);
    send_c(&f, &c[0], "GET /sync HTTP/1.1\r\n\r\n");
    wait_resp(&f, &c[0], &r);
    client_open(&f, &c[1]);
    send_c(&f, &c[1], "GET /hold HTTP/1.1\r\n\r\n");
    client_open(&f, &c[2]);
    client_open(&f, &c[3]);
    send_c(&f, &c[3], "GET /sync/late HTTP/1.1\r\nHo");
    run_until(&f, NULL, &f.handled, 2);
    run_ms(&f, NULL, 10);
    assert_int_equal(f.srv.n_conns, 4);

    http_server_drain(&f.srv);
    http_server_drain(&f.srv); /* twice is harmless */
    /* Idle ones close at once. */
    wait_eof(&f, &c[0]);
    wait_eof(&f, &c[2]);
    run_ms(&f, &c[1], 20);
    assert_int_equal(f.srv.n_conns, 2);
    assert_int_equal(f.drained, 0);
    /* No new connections. */
    fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sa.sin_port = htons((uint16_t)f.port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    rc = connect(fd, (struct sockaddr *)&sa, sizeof(sa));
    assert_int_equal(rc, -1);
    assert_int_equal(errno, ECONNREFUSED);
    close(fd);
    /* The half-sent request completes and is answered with close. */
    send_c(&f, &c[3], "st: x\r\n\r\n");
    wait_resp(&f, &c[3], &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(resp_header(&r, "Connection", v, sizeof(v)), "close");
    wait_eof(&f, &c[3]);
    assert_int_equal(f.drained, 0);
    /* The in-flight one finishes with Connection: close. */
    assert_non_null(f.held);
    f.answered++;
    assert_int_equal(http_respond(f.held, 200, NULL, 0, STR_LIT("{}")), 0);
    f.held = NULL;
    wait_resp(&f, &c[1], &r);
    assert_raw(&r, "HTTP/1.1 200 OK\r\n"
                   "Connection: close\r\n"
                   "Content-Type: application/json\r\n"
                   "Content-Length: 2\r\n"
                   "\r\n"
                   "{}");
    wait_eof(&f, &c[1]);
    run_until(&f, NULL, &f.drained, 1);
    assert_int_equal(f.srv.n_conns, 0);
    assert_int_equal(f.aborted, 0);
    run_ms(&f, NULL, 20);
    assert_int_equal(f.drained, 1);
    fx_finish(&f, c, 4);
}

static void test_drain_timeout(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;
    struct client c;
    uint64_t t0;

    /* A request that never finishes is cut at drain_timeout, aborted. */
    lim.drain_timeout = 100;
    fx_start(&f, &lim);
    client_open(&f, &c);
    send_c(&f, &c, "GET /hold HTTP/1.1\r\n\r\n");
    run_until(&f, NULL, &f.handled, 1);
    t0 = time_mono_us();
    http_server_drain(&f.srv);
    expect_quiet(&f, &c, 50);
    wait_eof(&f, &c);
    assert_in_range(elapsed_ms(t0), 90, 1000);
    run_until(&f, NULL, &f.drained, 1);
    assert_int_equal(f.aborted, 1);
    assert_null(f.held);
    fx_finish(&f, &c, 1);
}

static void test_drain_empty(void **state)
{
    struct http_limits lim = default_limits();
    struct fx f;

    /* Nothing open: on_drained at once. */
    fx_start(&f, &lim);
    http_server_drain(&f.srv);
    assert_int_equal(f.drained, 1);
    assert_false(f.srv.listening);
    fx_finish(&f, NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_simple_get),      cmocka_unit_test(test_head),
        cmocka_unit_test(test_keep_alive),      cmocka_unit_test(test_http10),
        cmocka_unit_test(test_pipelined_sync),  cmocka_unit_test(test_pipelined_async),
        cmocka_unit_test(test_pipelined_flood), cmocka_unit_test(test_chunked_request),
        cmocka_unit_test(test_body_limit),      cmocka_unit_test(test_header_limits),
        cmocka_unit_test(test_bad_request),     cmocka_unit_test(test_bad_after_good),
        cmocka_unit_test(test_header_timeout),  cmocka_unit_test(test_timers_while_handling),
        cmocka_unit_test(test_idle_timeout),    cmocka_unit_test(test_stream),
        cmocka_unit_test(test_stream_http10),   cmocka_unit_test(test_expect_continue),
        cmocka_unit_test(test_client_abort),    cmocka_unit_test(test_drain),
        cmocka_unit_test(test_drain_timeout),   cmocka_unit_test(test_drain_empty),
    };

    signal(SIGPIPE, SIG_IGN);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
