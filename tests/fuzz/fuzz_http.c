/*
 * fuzz_http: one input is everything a client sends on one connection to
 * src/http/conn.c.
 *
 * A real http_server listens on 127.0.0.1 (an ephemeral port) on a loop of
 * our own. Each input opens a TCP connection, writes the bytes in one to
 * three pieces (cut where a hash of the input says, so the corpus stays
 * plain HTTP and every piece boundary is reachable), turning the loop a few
 * times after each piece, then half-closes and turns the loop while reading
 * the answer until the server has closed the connection. Checked besides
 * the sanitizers: what comes back starts with a status line, no request is
 * left pending, and the connection is closed within a bounded number of
 * loop turns.
 *
 * The handler answers by the first letter of the path, so that each way of
 * answering is exercised:
 *   /s...   a chunked stream (HTTP/1.0: delimited by the close)
 *   /e...   an error status with extra headers, its own Content-Type
 *   /a...   as the path without the "a" (so /as streams), but from a zero
 *           timer: the answer comes after the handler has returned
 *   other   200 with the request body echoed back
 *
 * The bytes go through the kernel, so an iteration costs a connect, an
 * accept and a close: tens of microseconds, not the nanoseconds of a pure
 * parser target. SO_LINGER 0 on the client keeps TIME_WAIT sockets from
 * exhausting the ephemeral ports.
 */
#include "http/conn.c"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loop turns allowed for the server to close after the client's FIN. Each
 * turn is one non-blocking epoll_wait; closing takes two or three. */
#define FUZZ_MAX_TURNS  20000
/* Turns after each piece: accept, read, then the zero timer of /a. */
#define FUZZ_PIECE_TURNS 4

static uv_loop_t loop;
static struct http_server server;
static struct sockaddr_in server_addr;
static uv_timer_t later;
static struct http_req *pending; /* the /a request the timer will answer */
static unsigned sink;            /* keeps touch() from being optimized out */
static bool verbose;             /* FUZZ_HTTP_VERBOSE=1: the answers go to stderr */

/* Reads every byte a view points at, so ASan sees a stale or short one. */
static void touch(struct str s)
{
    for (size_t i = 0; i < s.len; i++)
        sink += (unsigned char)s.ptr[i];
}

static void touch_request(const struct http_req *r)
{
    touch(r->path);
    touch(r->query);
    for (size_t i = 0; i < r->n_headers; i++) {
        touch(r->headers[i].name);
        touch(r->headers[i].value);
    }
    touch(buf_str(&r->body));
    touch(http_header(r, "content-type"));
    sink += (unsigned)r->method;
}

static void answer(struct http_req *r, char kind)
{
    static const struct http_header extra[] = {
        {STR_LIT("Retry-After"), STR_LIT("1")},
        {STR_LIT("Content-Type"), STR_LIT("text/plain")},
    };
    static const int statuses[] = {400, 404, 408, 413, 429, 431, 500, 503, 299};
    struct str body = buf_str(&r->body);

    if (!body.ptr)
        body = STR_LIT(""); /* an empty buf has no storage */
    if (kind == 's') {
        size_t third = body.len / 3;

        /* After a failure the request is complete (or the connection is
         * closing) and must not be touched again. */
        if (http_stream_begin(r, 200, NULL, 0) < 0)
            return;
        if (http_stream_write(r, body.ptr, third) < 0 ||
            http_stream_write(r, body.ptr + third, body.len - third) < 0 ||
            http_stream_write(r, "data: [DONE]\n\n", 14) < 0)
            return;
        http_stream_end(r);
        return;
    }
    if (kind == 'e') {
        http_respond(r, statuses[body.len % (sizeof(statuses) / sizeof(statuses[0]))], extra, 2,
                     STR_LIT("{\"error\":\"nope\"}"));
        return;
    }
    http_respond(r, 200, NULL, 0, body);
}

static void later_cb(uv_timer_t *t)
{
    struct http_req *r = pending;

    pending = NULL;
    if (!r)
        return;
    r->on_abort = NULL;
    answer(r, r->path.len > 2 ? r->path.ptr[2] : 0);
}

static void aborted(struct http_req *r)
{
    if (pending != r) {
        fprintf(stderr, "fuzz_http: on_abort for a request that is not pending\n");
        abort();
    }
    pending = NULL;
    uv_timer_stop(&later);
}

static void handle(struct http_req *r, void *ctx)
{
    char kind = r->path.len > 1 ? r->path.ptr[1] : 0;

    touch_request(r);
    if (kind == 'a') {
        if (pending) {
            /* One connection, one request at a time: cannot happen. */
            fprintf(stderr, "fuzz_http: a second request while one is pending\n");
            abort();
        }
        pending = r;
        r->on_abort = aborted;
        uv_timer_start(&later, later_cb, 0, 0);
        return;
    }
    answer(r, kind);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const struct http_limits lim = {
        .max_body = 4096,
        .header_timeout = 1000,
        .idle_timeout = 1000,
        .drain_timeout = 100,
    };
    struct sockaddr_storage ss;
    int len = sizeof(ss);

    signal(SIGPIPE, SIG_IGN); /* as the gateway's workers do */
    verbose = getenv("FUZZ_HTTP_VERBOSE") != NULL;
    if (uv_loop_init(&loop) != 0 || uv_timer_init(&loop, &later) != 0 ||
        http_server_init(&server, &loop, "127.0.0.1", 0, &lim, handle, NULL) != 0 ||
        uv_tcp_getsockname(&server.listener, (struct sockaddr *)&ss, &len) != 0 ||
        ss.ss_family != AF_INET) {
        fprintf(stderr, "fuzz_http: cannot listen on 127.0.0.1\n");
        abort();
    }
    memcpy(&server_addr, &ss, sizeof(server_addr));
    return 0;
}

/* ---- the client --------------------------------------------------------- */

struct client {
    int fd;
    bool eof; /* the server closed (or reset) the connection */
    size_t got;
    char head[9];
};

static void client_read(struct client *cl)
{
    char b[16384];

    while (!cl->eof) {
        ssize_t n = recv(cl->fd, b, sizeof(b), 0);

        if (n > 0) {
            if (cl->got < sizeof(cl->head)) {
                size_t k = sizeof(cl->head) - cl->got;

                memcpy(cl->head + cl->got, b, (size_t)n < k ? (size_t)n : k);
            }
            cl->got += (size_t)n;
            if (verbose)
                fwrite(b, 1, (size_t)n, stderr);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        cl->eof = true; /* 0, or ECONNRESET after the server closed with unread bytes */
    }
}

static void turn(struct client *cl)
{
    uv_run(&loop, UV_RUN_NOWAIT);
    client_read(cl);
}

static void client_write(struct client *cl, const uint8_t *p, size_t n)
{
    for (int i = 0; n > 0 && i < FUZZ_MAX_TURNS; i++) {
        ssize_t w = send(cl->fd, p, n, MSG_NOSIGNAL);

        if (w > 0) {
            p += w;
            n -= (size_t)w;
        } else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            return; /* the server closed early (a 4xx and close): nothing more to send */
        }
        turn(cl);
    }
    for (int i = 0; i < FUZZ_PIECE_TURNS; i++)
        turn(cl);
}

static uint64_t hash(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct client cl = {.fd = -1};
    struct linger lg = {.l_onoff = 1, .l_linger = 0};
    uint64_t h = hash(data, size);
    size_t cut[4];
    unsigned pieces = 1 + (unsigned)(h % 3);
    int turns;

    /* Piece boundaries: 0 <= cut[1] <= cut[2] <= size. */
    cut[0] = 0;
    cut[1] = pieces > 1 ? (size_t)((h >> 8) % (size + 1)) : size;
    cut[2] = pieces > 2 ? cut[1] + (size_t)((h >> 32) % (size - cut[1] + 1)) : size;
    cut[3] = size;

    cl.fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (cl.fd < 0 || connect(cl.fd, (struct sockaddr *)&server_addr, sizeof(server_addr)) != 0 ||
        fcntl(cl.fd, F_SETFL, O_NONBLOCK) != 0 ||
        setsockopt(cl.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)) != 0) {
        perror("fuzz_http: client socket");
        abort();
    }
    for (unsigned i = 0; i < 3; i++)
        if (cut[i + 1] > cut[i] || (i == 0 && size == 0))
            client_write(&cl, data + cut[i], cut[i + 1] - cut[i]);
    shutdown(cl.fd, SHUT_WR);
    for (turns = 0; turns < FUZZ_MAX_TURNS && !(cl.eof && server.n_conns == 0); turns++)
        turn(&cl);
    if (!cl.eof || server.n_conns != 0) {
        fprintf(stderr, "fuzz_http: connection still open after %d loop turns (n_conns %zu)\n",
                turns, server.n_conns);
        abort();
    }
    if (pending) {
        fprintf(stderr, "fuzz_http: a request is pending on a closed connection\n");
        abort();
    }
    if (memcmp(cl.head, "HTTP/1.1 ", cl.got < 9 ? cl.got : 9) != 0) {
        fprintf(stderr, "fuzz_http: the answer does not start with a status line: %.9s\n",
                cl.head);
        abort();
    }
    close(cl.fd);
    return 0;
}
