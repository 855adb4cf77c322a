/*
 * conn: one client connection, from accept to close.
 *
 *            accept
 *              │
 *              ▼
 *   ┌──────▶ READING ──(message complete)──▶ HANDLING ──(answer complete)──┐
 *   │          │  ▲                              │                          │
 *   │   (error,│  └──────(keep-alive)────────────┼──────────────────────────┘
 *   │  timeout)│                           (EOF, error: on_abort)
 *   │          ▼                                 ▼
 *   │       CLOSING ◀──────────(no keep-alive, draining)
 *   │          │ (queue flushed)
 *   │          ▼
 *   │        closed (uv_close, free)
 *
 * READING   conn_read() feeds bytes to http-parser through process_input().
 * HANDLING  on_message_complete() pauses the parser and calls the handler;
 *           bytes of pipelined requests wait in `in`. finish_request() runs
 *           when the answer is complete and goes back to READING.
 * CLOSING   close_after_flush(): no more reading; closes once the write
 *           queue is empty (write_done()).
 *
 * Writes try uv_try_write() first and copy only what the kernel did not take,
 * so a small answer costs one syscall and no allocation.
 */
#include "http.h"

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <http_parser.h>

#include "util/err.h"
#include "util/time.h"

enum conn_state { C_READING, C_HANDLING, C_CLOSING };

struct http_conn {
    uv_tcp_t tcp;
    uv_timer_t timer;
    struct http_server *srv;
    struct http_conn *prev, *next;
    enum conn_state state;
    int handles_open; /* tcp and timer; freed when both are closed */
    http_parser parser;
    struct buf in;                         /* received, not yet parsed */
    struct buf hdr;                        /* URL and header bytes of the request being parsed */
    uint32_t hdr_off[HTTP_MAX_HEADERS][4]; /* name off/len, value off/len in hdr */
    size_t url_len;
    size_t n_hdr;
    bool last_was_value;
    bool in_message; /* first byte of a request seen */
    bool in_parse;   /* inside http_parser_execute */
    bool keep_alive;
    bool reading;
    bool http10;
    int parse_err; /* GW_E* set by a callback that stopped the parser */
    size_t queued; /* bytes handed to uv_write and not yet written */
    bool above_high;
    bool deadline_mid; /* the deadline is the header one, not the idle one */
    uint64_t deadline; /* loop ms when the client has taken too long; 0: none */
    uint64_t due;      /* loop ms when the timer is set to fire; 0: not set */
    bool linger;       /* read and drop what the client still sends before closing */
    struct arena arena;
    struct http_req req;
};

struct wreq {
    uv_write_t w;
    struct http_conn *c;
    size_t len;
    char data[];
};

static void process_input(struct http_conn *c);
static void close_conn(struct http_conn *c);
static void close_after_flush(struct http_conn *c);
static void arm_timer(struct http_conn *c);
static void flow(struct http_conn *c);

/* Status reason phrases the gateway uses (RFC 9110 section 15). */
static const char *reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 499: return "Client Closed Request";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 529: return "Overloaded";
    default: return "Status";
    }
}

/* ---- writing ---------------------------------------------------------- */

static void write_done(uv_write_t *w, int status)
{
    struct wreq *wr = (struct wreq *)w;
    struct http_conn *c = wr->c;

    c->queued -= wr->len;
    free(wr);
    if (status < 0) {
        close_conn(c);
        return;
    }
    if (c->state == C_CLOSING) {
        if (c->queued == 0 && !c->linger)
            close_conn(c);
        return;
    }
    if (c->above_high && c->queued < HTTP_WRITE_LOW) {
        c->above_high = false;
        if (c->state == C_HANDLING && !c->req.answered && c->req.on_drain)
            c->req.on_drain(&c->req);
    }
}

/* Queues bufs on the socket. Returns 0 or GW_EIO (the connection is then
 * closing). */
static int conn_writev(struct http_conn *c, uv_buf_t *bufs, unsigned nbufs)
{
    size_t total = 0, done = 0, off = 0;
    struct wreq *wr;
    uv_buf_t one;
    int n;

    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return GW_EIO;
    for (unsigned i = 0; i < nbufs; i++)
        total += bufs[i].len;
    if (total == 0)
        return 0;
    if (c->queued == 0) {
        n = uv_try_write((uv_stream_t *)&c->tcp, bufs, nbufs);
        if (n > 0)
            done = (size_t)n;
        else if (n != UV_EAGAIN && n != UV_ENOSYS) {
            close_conn(c);
            return GW_EIO;
        }
    }
    if (done == total)
        return 0;
    wr = malloc(sizeof(*wr) + (total - done));
    if (!wr) {
        close_conn(c);
        return GW_ENOMEM;
    }
    wr->c = c;
    wr->len = total - done;
    for (unsigned i = 0; i < nbufs; i++) {
        size_t l = bufs[i].len;
        const char *p = bufs[i].base;

        if (done >= l) {
            done -= l;
            continue;
        }
        memcpy(wr->data + off, p + done, l - done);
        off += l - done;
        done = 0;
    }
    one = uv_buf_init(wr->data, (unsigned)wr->len);
    c->queued += wr->len;
    if (uv_write(&wr->w, (uv_stream_t *)&c->tcp, &one, 1, write_done) < 0) {
        c->queued -= wr->len;
        free(wr);
        close_conn(c);
        return GW_EIO;
    }
    return 0;
}

static int conn_write(struct http_conn *c, const void *p, size_t n)
{
    uv_buf_t b = uv_buf_init((char *)p, (unsigned)n);

    return conn_writev(c, &b, 1);
}

/* Writes the status line and headers into `b`. */
static int head(struct http_conn *c, struct buf *b, int status, const struct http_header *h,
                size_t n, bool *has_type)
{
    char line[16] = "HTTP/1.1 000 ";
    int rc;

    /* Plain appends: printf for each header line was a measurable share of
     * a proxied request (bench/results). */
    line[9] = (char)('0' + status / 100 % 10);
    line[10] = (char)('0' + status / 10 % 10);
    line[11] = (char)('0' + status % 10);
    rc = buf_append(b, line, 13);
    if (rc == 0)
        rc = buf_append_c(b, reason(status));
    if (rc == 0)
        rc = buf_append(b, "\r\n", 2);
    *has_type = false;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (str_case_eq(h[i].name, STR_LIT("content-type")))
            *has_type = true;
        rc = buf_append_str(b, h[i].name);
        if (rc == 0)
            rc = buf_append(b, ": ", 2);
        if (rc == 0)
            rc = buf_append_str(b, h[i].value);
        if (rc == 0)
            rc = buf_append(b, "\r\n", 2);
    }
    /* HTTP/1.1 keeps connections by default; an HTTP/1.0 client that asked
     * for keep-alive needs to hear it back (RFC 9112 appendix C.2.2). */
    if (rc == 0 && !(c->keep_alive && !c->srv->draining))
        rc = buf_append_c(b, "Connection: close\r\n");
    else if (rc == 0 && c->http10)
        rc = buf_append_c(b, "Connection: keep-alive\r\n");
    return rc;
}

/* ---- request life ----------------------------------------------------- */

static void reset_request(struct http_conn *c)
{
    struct http_req *r = &c->req;

    arena_reset(&c->arena);
    buf_reset(&r->body);
    buf_reset(&c->hdr);
    c->n_hdr = 0;
    c->url_len = 0;
    c->last_was_value = false;
    c->in_message = false;
    c->parse_err = 0;
    r->n_headers = 0;
    r->method = HTTP_M_OTHER;
    r->path = STR_NULL;
    r->query = STR_NULL;
    r->streaming = false;
    r->answered = false;
    r->udata = NULL;
    r->on_abort = NULL;
    r->on_drain = NULL;
}

/* Idle keep-alive connections give back their memory (10 000 of them must
 * fit in well under 100 MB); the next request allocates again. */
/*
 * An idle connection gives its buffers back. While the worker holds few
 * connections, one whose buffers are small keeps them until its timer next
 * fires (at most the shorter timeout): freeing and allocating them again for
 * every request of a busy keep-alive client was a visible cost. With many
 * connections, memory comes first.
 */
#define HTTP_WARM_CONNS 1024
#define HTTP_WARM_BYTES (64 * 1024)

static void release_buffers(struct http_conn *c)
{
    arena_dispose(&c->arena);
    buf_dispose(&c->in);
    buf_dispose(&c->hdr);
    buf_dispose(&c->req.body);
}

static void idle_release(struct http_conn *c)
{
    if (c->state != C_READING || c->in_message || c->in.len != 0)
        return;
    if (c->srv->n_conns <= HTTP_WARM_CONNS &&
        c->in.cap + c->hdr.cap + c->req.body.cap <= HTTP_WARM_BYTES)
        return;
    release_buffers(c);
}

static void idle_release_all(struct http_conn *c)
{
    if (c->state == C_READING && !c->in_message && c->in.len == 0)
        release_buffers(c);
}

/* The answer to the current request is complete. */
static void finish_request(struct http_conn *c)
{
    c->req.answered = true;
    c->srv->requests++;
    if (!c->keep_alive || c->srv->draining) {
        close_after_flush(c);
        return;
    }
    reset_request(c);
    c->state = C_READING;
    if (!c->in_parse)
        process_input(c);
    if (c->state == C_READING) {
        arm_timer(c);
        if (!c->in_parse)
            idle_release(c);
    }
    flow(c);
}

/* Answers a protocol-level failure (bad request line, limits) and closes. */
static void fail(struct http_conn *c, int code)
{
    int status = gw_err_status(code);
    struct buf body;

    if (c->state == C_CLOSING)
        return;
    if (code == GW_EHEADERS)
        status = 431;
    buf_init(&body, 4096);
    if (c->srv->error_body)
        c->srv->error_body(&c->req, status, gw_strerror(code), &body);
    else
        buf_printf(&body,
                   "{\"error\":{\"message\":\"%s\",\"type\":\"%s\",\"param\":null,"
                   "\"code\":\"%d\"}}",
                   gw_strerror(code), gw_err_type(code), status);
    c->keep_alive = false;
    /* The client may still be sending the body we refused: keep reading
     * (and dropping) it for a while, or its writes fail before it reads our
     * answer (nginx's lingering close). */
    c->linger = code == GW_ETOOBIG || code == GW_EHEADERS || code == GW_ETIMEOUT;
    c->state = C_HANDLING;
    c->req.answered = false;
    http_respond(&c->req, status, NULL, 0, buf_str(&body));
    buf_dispose(&body);
}

/* ---- parsing ---------------------------------------------------------- */

static int on_message_begin(http_parser *p)
{
    struct http_conn *c = p->data;

    reset_request(c);
    c->in_message = true;
    c->req.t_start_us = time_mono_us();
    return 0;
}

static int hdr_add(struct http_conn *c, const char *at, size_t n)
{
    if (c->hdr.len + n > HTTP_MAX_HEADER_BYTES) {
        c->parse_err = GW_EHEADERS;
        return -1;
    }
    if (buf_append(&c->hdr, at, n) < 0) {
        c->parse_err = GW_ENOMEM;
        return -1;
    }
    return 0;
}

static int on_url(http_parser *p, const char *at, size_t n)
{
    struct http_conn *c = p->data;

    c->url_len += n;
    return hdr_add(c, at, n);
}

static int on_header_field(http_parser *p, const char *at, size_t n)
{
    struct http_conn *c = p->data;

    if (c->last_was_value || c->n_hdr == 0) {
        if (c->n_hdr == HTTP_MAX_HEADERS) {
            c->parse_err = GW_EHEADERS;
            return -1;
        }
        c->n_hdr++;
        c->hdr_off[c->n_hdr - 1][0] = (uint32_t)c->hdr.len;
        c->hdr_off[c->n_hdr - 1][1] = 0;
        c->hdr_off[c->n_hdr - 1][2] = 0;
        c->hdr_off[c->n_hdr - 1][3] = 0;
        c->last_was_value = false;
    }
    c->hdr_off[c->n_hdr - 1][1] += (uint32_t)n;
    return hdr_add(c, at, n);
}

static int on_header_value(http_parser *p, const char *at, size_t n)
{
    struct http_conn *c = p->data;

    if (c->n_hdr == 0)
        return 0;
    if (!c->last_was_value) {
        c->hdr_off[c->n_hdr - 1][2] = (uint32_t)c->hdr.len;
        c->last_was_value = true;
    }
    c->hdr_off[c->n_hdr - 1][3] += (uint32_t)n;
    return hdr_add(c, at, n);
}

static enum http_verb method_of(unsigned m)
{
    switch (m) {
    case HTTP_GET: return HTTP_M_GET;
    case HTTP_POST: return HTTP_M_POST;
    case HTTP_HEAD: return HTTP_M_HEAD;
    case HTTP_DELETE: return HTTP_M_DELETE;
    case HTTP_PUT: return HTTP_M_PUT;
    default: return HTTP_M_OTHER;
    }
}

static int on_headers_complete(http_parser *p)
{
    struct http_conn *c = p->data;
    struct http_req *r = &c->req;
    char *h;
    struct str url;
    const char *q;

    /* The header bytes move into the arena so the strs stay put. */
    h = arena_strndup(r->arena, c->hdr.ptr ? c->hdr.ptr : "", c->hdr.len);
    if (!h) {
        c->parse_err = GW_ENOMEM;
        return -1;
    }
    url = str_of(h, c->url_len);
    q = memchr(url.ptr, '?', url.len);
    r->path = q ? str_of(url.ptr, (size_t)(q - url.ptr)) : url;
    r->query = q ? str_of(q + 1, url.len - (size_t)(q - url.ptr) - 1) : STR_NULL;
    for (size_t i = 0; i < c->n_hdr; i++) {
        r->headers[i].name = str_of(h + c->hdr_off[i][0], c->hdr_off[i][1]);
        r->headers[i].value = str_trim(str_of(h + c->hdr_off[i][2], c->hdr_off[i][3]));
    }
    r->n_headers = c->n_hdr;
    r->method = method_of(p->method);
    c->keep_alive = http_should_keep_alive(p);
    c->http10 = p->http_major == 1 && p->http_minor == 0;
    if ((p->flags & F_CONTENTLENGTH) && p->content_length > c->srv->limits.max_body) {
        c->parse_err = GW_ETOOBIG;
        return -1;
    }
    /* curl and others wait for this before sending a large body (RFC 9110
     * section 10.1.1). */
    if (!c->http10 && str_case_eq(http_header(r, "expect"), STR_LIT("100-continue")))
        conn_write(c, "HTTP/1.1 100 Continue\r\n\r\n", 25);
    return 0;
}

static int on_body(http_parser *p, const char *at, size_t n)
{
    struct http_conn *c = p->data;
    int rc = buf_append(&c->req.body, at, n);

    if (rc < 0) {
        c->parse_err = rc;
        return -1;
    }
    return 0;
}

static int on_message_complete(http_parser *p)
{
    struct http_conn *c = p->data;

    /* One request at a time: later pipelined requests wait in `in` until
     * this one is answered, so answers leave in order. */
    http_parser_pause(p, 1);
    c->state = C_HANDLING;
    c->deadline_mid = false;
    c->deadline = 0; /* the timer may fire meanwhile; it finds nothing to do */
    return 0;
}

static const http_parser_settings settings = {
    .on_message_begin = on_message_begin,
    .on_url = on_url,
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

/* Parses what is buffered until a request is complete or bytes run out. */
static void process_input(struct http_conn *c)
{
    while (c->state == C_READING && c->in.len > 0) {
        size_t n;
        enum http_errno e;

        c->in_parse = true;
        n = http_parser_execute(&c->parser, &settings, c->in.ptr, c->in.len);
        c->in_parse = false;
        e = HTTP_PARSER_ERRNO(&c->parser);
        if (e == HPE_PAUSED) {
            http_parser_pause(&c->parser, 0);
            buf_consume(&c->in, n);
            /* A synchronous answer sets the state back to READING (or
             * CLOSING) and this loop goes on; an asynchronous one leaves
             * HANDLING and finish_request() restarts parsing later. */
            c->in_parse = true;
            c->srv->handler(&c->req, c->srv->ctx);
            c->in_parse = false;
            continue;
        }
        buf_consume(&c->in, n);
        if (e != HPE_OK) {
            int code = c->parse_err ? c->parse_err : GW_EINVAL;

            if (e == HPE_HEADER_OVERFLOW)
                code = GW_EHEADERS;
            fail(c, code);
            return;
        }
    }
}

/* ---- socket events ---------------------------------------------------- */

static void alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *b)
{
    /* One read buffer per thread (a server's loop runs on one thread):
     * conn_read() copies what it keeps, so an idle connection costs no
     * buffer of its own. */
    static _Thread_local char rbuf[HTTP_READ_BUF];

    b->base = rbuf;
    b->len = sizeof(rbuf);
}

static void conn_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b)
{
    struct http_conn *c = s->data;

    if (n < 0) {
        close_conn(c);
        return;
    }
    if (n == 0 || c->state == C_CLOSING)
        return;
    /* Pipelined bytes wait while a request is handled, up to a bound. */
    if (buf_append(&c->in, b->base, (size_t)n) < 0) {
        if (c->state == C_HANDLING)
            close_conn(c); /* flow() stops reading before this can happen */
        else
            fail(c, GW_ETOOBIG);
        return;
    }
    if (c->state == C_READING) {
        arm_timer(c);
        process_input(c);
        idle_release(c);
    }
    flow(c);
}

/*
 * Backpressure on pipelined requests: while one is handled, the bytes after
 * it wait in `in`. Reading stops while a read of a whole rbuf might not fit
 * there (its bytes would have nowhere to go), and starts again once they
 * would, which is once the parser has had them (finish_request()).
 */
static void flow(struct http_conn *c)
{
    bool room = c->in.max - c->in.len >= HTTP_READ_BUF;

    if (c->state == C_CLOSING || uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (c->reading && c->state == C_HANDLING && !room) {
        uv_read_stop((uv_stream_t *)&c->tcp);
        c->reading = false;
    } else if (!c->reading && room) {
        c->reading = uv_read_start((uv_stream_t *)&c->tcp, alloc_cb, conn_read) == 0;
    }
}

/*
 * Timeouts cost no timer operation per request. The deadline is a field; the
 * timer is set no further than the shorter of the two timeouts ahead, so a
 * new request's header deadline is never earlier than the timer already set,
 * and when it fires before the deadline it only sets itself again.
 */
static void timer_at(struct http_conn *c, uint64_t when);

static void on_timer(uv_timer_t *t)
{
    struct http_conn *c = t->data;
    uint64_t now = uv_now(c->srv->loop);

    c->due = 0;
    if (c->state != C_READING || !c->deadline)
        return;
    if (now < c->deadline) {
        idle_release_all(c); /* idle a while: its buffers go back now */
        timer_at(c, c->deadline);
        return;
    }
    if (c->in_message || c->in.len > 0)
        fail(c, GW_ETIMEOUT); /* a slow or stalled client: 408 */
    else
        close_conn(c); /* idle keep-alive */
}

static void timer_at(struct http_conn *c, uint64_t when)
{
    const struct http_limits *l = &c->srv->limits;
    uint64_t now = uv_now(c->srv->loop);
    uint64_t step = l->header_timeout < l->idle_timeout ? l->header_timeout : l->idle_timeout;

    if (when > now + step)
        when = now + step;
    if (c->due && c->due <= when && uv_is_active((uv_handle_t *)&c->timer))
        return;
    uv_timer_start(&c->timer, on_timer, when > now ? when - now : 0, 0);
    c->due = when;
}

static void arm_timer(struct http_conn *c)
{
    const struct http_limits *l = &c->srv->limits;
    bool mid = c->in_message || c->in.len > 0;

    /* The header deadline runs from the first byte and is not pushed back by
     * later bytes, so a client dribbling one byte a second cannot hold the
     * connection open. */
    if (mid && c->deadline_mid && c->deadline)
        return;
    c->deadline = uv_now(c->srv->loop) + (mid ? l->header_timeout : l->idle_timeout);
    c->deadline_mid = mid;
    timer_at(c, c->deadline);
}

static void handle_closed(uv_handle_t *h)
{
    struct http_conn *c = h->data;
    struct http_server *s = c->srv;

    if (--c->handles_open > 0)
        return;
    arena_dispose(&c->arena);
    buf_dispose(&c->in);
    buf_dispose(&c->hdr);
    buf_dispose(&c->req.body);
    if (c->prev)
        c->prev->next = c->next;
    else
        s->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    s->n_conns--;
    free(c);
    if (s->n_conns == 0)
        buf_dispose(&s->head); /* no answer to build until a client comes */
    if (s->draining && s->n_conns == 0) {
        uv_timer_stop(&s->drain_timer);
        if (s->on_drained)
            s->on_drained(s);
    }
}

static void close_conn(struct http_conn *c)
{
    if (uv_is_closing((uv_handle_t *)&c->tcp))
        return;
    if (c->state == C_HANDLING && !c->req.answered && c->req.on_abort) {
        c->req.answered = true; /* nothing may answer now */
        c->req.on_abort(&c->req);
    }
    c->state = C_CLOSING;
    uv_close((uv_handle_t *)&c->tcp, handle_closed);
    uv_close((uv_handle_t *)&c->timer, handle_closed);
}

static void linger_expired(uv_timer_t *t)
{
    close_conn(t->data);
}

static void shutdown_done(uv_shutdown_t *sr, int status)
{
    free(sr);
}

static void close_after_flush(struct http_conn *c)
{
    c->state = C_CLOSING;
    if (c->linger && c->reading) {
        uv_shutdown_t *sr = malloc(sizeof(*sr));

        /* Our answer and a FIN go out; the client's bytes are read and
         * dropped (conn_read ignores them) until it closes, or 2 s. */
        if (sr && uv_shutdown(sr, (uv_stream_t *)&c->tcp, shutdown_done) < 0)
            free(sr);
        uv_timer_start(&c->timer, linger_expired, 2000, 0);
        c->due = c->deadline = 0;
        return;
    }
    if (c->reading) {
        uv_read_stop((uv_stream_t *)&c->tcp);
        c->reading = false;
    }
    uv_timer_stop(&c->timer);
    c->due = c->deadline = 0;
    if (c->queued == 0)
        close_conn(c);
}

static void on_connection(uv_stream_t *l, int status)
{
    struct http_server *s = l->data;
    struct http_conn *c;

    if (status < 0)
        return;
    c = calloc(1, sizeof(*c));
    if (!c)
        return;
    c->srv = s;
    uv_tcp_init(s->loop, &c->tcp);
    uv_timer_init(s->loop, &c->timer);
    c->handles_open = 2;
    c->tcp.data = c;
    c->timer.data = c;
    buf_init(&c->in, s->limits.max_body + 2 * HTTP_MAX_HEADER_BYTES);
    buf_init(&c->hdr, HTTP_MAX_HEADER_BYTES);
    buf_init(&c->req.body, s->limits.max_body);
    arena_init(&c->arena, 8192);
    c->req.arena = &c->arena;
    c->req.conn = c;
    http_parser_init(&c->parser, HTTP_REQUEST);
    c->parser.data = c;
    c->state = C_READING;
    c->next = s->conns;
    if (s->conns)
        s->conns->prev = c;
    s->conns = c;
    s->n_conns++;
    if (uv_accept(l, (uv_stream_t *)&c->tcp) < 0) {
        close_conn(c);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    uv_read_start((uv_stream_t *)&c->tcp, alloc_cb, conn_read);
    c->reading = true;
    arm_timer(c);
}

/* ---- public ----------------------------------------------------------- */

struct str http_header(const struct http_req *r, const char *name)
{
    struct str n = str_from(name);

    for (size_t i = 0; i < r->n_headers; i++)
        if (str_case_eq(r->headers[i].name, n))
            return r->headers[i].value;
    return STR_NULL;
}

size_t http_queued(const struct http_req *r)
{
    return r->conn->queued;
}

int http_respond(struct http_req *r, int status, const struct http_header *h, size_t n,
                 struct str body)
{
    struct http_conn *c = r->conn;
    char stack[1024];
    struct buf *b;
    bool has_type;
    int rc;
    uv_buf_t bufs[2];

    if (r->answered || c->state != C_HANDLING)
        return GW_ECLOSED;
    /* The worker's head buffer, kept between answers: no allocation. */
    b = &c->srv->head;
    buf_reset(b);
    rc = buf_reserve(b, 1024);
    if (rc == 0)
        rc = head(c, b, status, h, n, &has_type);
    if (rc == 0 && !has_type)
        rc = buf_append_c(b, "Content-Type: application/json\r\n");
    if (rc == 0)
        rc = buf_append_c(b, "Content-Length: ");
    if (rc == 0)
        rc = buf_append_u64(b, body.len);
    if (rc == 0)
        rc = buf_append(b, "\r\n\r\n", 4);
    if (rc == 0) {
        /* Small answers go out in one write of one buffer. */
        if (b->len + body.len <= sizeof(stack)) {
            memcpy(stack, b->ptr, b->len);
            if (r->method != HTTP_M_HEAD && body.len)
                memcpy(stack + b->len, body.ptr, body.len);
            rc = conn_write(c, stack, b->len + (r->method != HTTP_M_HEAD ? body.len : 0));
        } else {
            bufs[0] = uv_buf_init(b->ptr, (unsigned)b->len);
            bufs[1] = uv_buf_init((char *)body.ptr, (unsigned)body.len);
            rc = conn_writev(c, bufs, r->method != HTTP_M_HEAD ? 2 : 1);
        }
    }
    if (c->state == C_HANDLING)
        finish_request(c);
    return rc;
}

int http_stream_begin(struct http_req *r, int status, const struct http_header *h, size_t n)
{
    struct http_conn *c = r->conn;
    struct buf *b = &c->srv->head;
    bool has_type;
    int rc;

    if (r->answered || r->streaming || c->state != C_HANDLING)
        return GW_ECLOSED;
    /* HTTP/1.0 has no chunked coding: the body ends when the connection does. */
    if (c->http10)
        c->keep_alive = false;
    buf_reset(b);
    rc = head(c, b, status, h, n, &has_type);
    if (rc == 0 && !has_type)
        rc = buf_append_c(b, "Content-Type: text/event-stream\r\n");
    if (rc == 0)
        rc = buf_append_c(b, c->http10 ? "\r\n" : "Transfer-Encoding: chunked\r\n\r\n");
    if (rc == 0)
        rc = conn_write(c, b->ptr, b->len);
    r->streaming = rc == 0;
    return rc;
}

int http_stream_write(struct http_req *r, const void *p, size_t n)
{
    struct http_conn *c = r->conn;
    char size[24];
    uv_buf_t bufs[3];
    int rc;

    if (r->answered || !r->streaming || c->state != C_HANDLING)
        return GW_ECLOSED;
    if (n == 0)
        return 0;
    if (c->http10) {
        rc = conn_write(c, p, n);
    } else {
        bufs[0] = uv_buf_init(size, (unsigned)snprintf(size, sizeof(size), "%zx\r\n", n));
        bufs[1] = uv_buf_init((char *)p, (unsigned)n);
        bufs[2] = uv_buf_init("\r\n", 2);
        rc = conn_writev(c, bufs, 3);
    }
    if (rc < 0)
        return rc;
    if (c->queued > HTTP_WRITE_HIGH) {
        c->above_high = true;
        return 1;
    }
    return 0;
}

int http_stream_finish(struct http_req *r, const void *p, size_t n)
{
    struct http_conn *c = r->conn;
    char size[24];
    uv_buf_t bufs[3];
    int rc = 0;

    if (r->answered || !r->streaming || c->state != C_HANDLING)
        return GW_ECLOSED;
    if (c->http10) {
        if (n)
            rc = conn_write(c, p, n);
    } else if (n) {
        /* The last chunk and the end in one write: one segment, one wake-up
         * of the client. */
        bufs[0] = uv_buf_init(size, (unsigned)snprintf(size, sizeof(size), "%zx\r\n", n));
        bufs[1] = uv_buf_init((char *)p, (unsigned)n);
        bufs[2] = uv_buf_init("\r\n0\r\n\r\n", 7);
        rc = conn_writev(c, bufs, 3);
    } else {
        rc = conn_write(c, "0\r\n\r\n", 5);
    }
    if (c->state == C_HANDLING)
        finish_request(c);
    return rc;
}

int http_stream_end(struct http_req *r)
{
    return http_stream_finish(r, NULL, 0);
}

/* ---- server ----------------------------------------------------------- */

/* libuv 1.44 (Debian 12) has no UV_TCP_REUSEPORT: make the socket ourselves so
 * that every worker can bind the same port and the kernel spreads accepts. */
static int listen_socket(const char *host, int port, int *out)
{
    struct addrinfo hints = {0}, *res = NULL, *ai;
    char ports[16];
    int fd = -1, one = 1, rc;

    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(ports, sizeof(ports), "%d", port);
    rc = getaddrinfo(host, ports, &hints, &res);
    if (rc != 0)
        return GW_EINVAL;
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        return GW_EIO;
    *out = fd;
    return 0;
}

int http_server_init(struct http_server *s, uv_loop_t *loop, const char *host, int port,
                     const struct http_limits *lim, http_handler_fn fn, void *ctx)
{
    int fd, rc;

    memset(s, 0, sizeof(*s));
    s->loop = loop;
    s->limits = *lim;
    s->handler = fn;
    s->ctx = ctx;
    buf_init(&s->head, HTTP_MAX_HEADER_BYTES);
    uv_timer_init(loop, &s->drain_timer);
    s->drain_timer.data = s;

    rc = listen_socket(host, port, &fd);
    if (rc < 0)
        return rc;
    uv_tcp_init(loop, &s->listener);
    s->listener.data = s;
    if (uv_tcp_open(&s->listener, fd) < 0 ||
        uv_listen((uv_stream_t *)&s->listener, 1024, on_connection) < 0) {
        uv_close((uv_handle_t *)&s->listener, NULL);
        return GW_EIO;
    }
    s->listening = true;
    return 0;
}

static void drain_expired(uv_timer_t *t)
{
    struct http_server *s = t->data;
    struct http_conn *c, *next;

    for (c = s->conns; c; c = next) {
        next = c->next;
        close_conn(c);
    }
}

void http_server_drain(struct http_server *s)
{
    struct http_conn *c, *next;

    if (s->draining)
        return;
    s->draining = true;
    if (s->listening) {
        uv_close((uv_handle_t *)&s->listener, NULL);
        s->listening = false;
    }
    for (c = s->conns; c; c = next) {
        next = c->next;
        if (c->state == C_READING && !c->in_message && c->in.len == 0)
            close_conn(c);
    }
    if (s->n_conns == 0) {
        buf_dispose(&s->head);
        if (s->on_drained)
            s->on_drained(s);
        return;
    }
    uv_timer_start(&s->drain_timer, drain_expired, s->limits.drain_timeout, 0);
}
