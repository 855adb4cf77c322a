/*
 * fuzz_http: one input is everything a client sends on one connection to
 * src/http/conn.c.
 *
 * Real http_servers listen on 127.0.0.1 (ephemeral ports) on a loop of our
 * own. Each input opens a TCP connection and writes its bytes in one to three
 * pieces, turning the loop a few times after each, then half-closes and turns
 * the loop while reading the answer until the server has closed the
 * connection. Where the pieces are cut and how the client behaves come from
 * a hash of the input, so the corpus stays plain HTTP and every input replays
 * the same way:
 *   - pieces: 1 to 3, cut anywhere (partial request lines, headers, chunks);
 *   - abrupt: no loop turns after the last piece, so the server sees the
 *     FIN with the request, and an answer still pending is aborted;
 *     otherwise a client that reads waits for pending answers first;
 *   - lazy: the client reads only once it has half-closed (or when its own
 *     writes block), so big answers queue up in the server;
 *   - slow (1 input in 32): a second server with 2 ms header and idle
 *     timeouts, and the client waits for them before half-closing (408s,
 *     idle closes, lingering close).
 * Checked besides the sanitizers: what comes back starts with a status line,
 * no request is left pending, and the connection is closed within a bounded
 * number of loop turns.
 *
 * The handler answers by the first letter of the path, so that each way of
 * answering is exercised:
 *   /s...   a chunked stream (HTTP/1.0: delimited by the close)
 *   /e...   an error status with extra headers, its own Content-Type
 *   /b...   a 320 KiB stream written with backpressure: stop when
 *           http_stream_write returns 1, go on in on_drain
 *   /w...   a 64 KiB whole answer (the part the kernel does not take queues)
 *   /a...   as the path without the "a" (so /as streams), but from a zero
 *           timer: the answer comes after the handler has returned, one
 *           loop turn later, or N turns later for /aN... (N a digit), by
 *           which time the client may have gone (on_abort)
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
 * turn is one non-blocking epoll_wait; closing takes two or three, draining
 * a big answer through the small receive buffer a few hundred. */
#define FUZZ_MAX_TURNS 20000
/* Turns after each piece: accept, read, then the zero timer of /a. */
#define FUZZ_PIECE_TURNS 4
/* Socket buffers small enough that the answers below back up in the server
 * (on loopback Linux grows a send buffer to megabytes): the client's receive
 * buffer, set before connect so the window starts small, and the server's
 * send buffer, set on each accepted socket (Linux doubles both). */
#define FUZZ_RCVBUF 16384
#define FUZZ_SNDBUF 4096
/* /b: past HTTP_WRITE_HIGH (256 KiB) queued after the kernel took its share. */
#define FUZZ_BIG_STREAM (320 * 1024)
#define FUZZ_BIG_CHUNK  8192
/* /w: more than the kernel takes at once, so part of it is queued. */
#define FUZZ_WHOLE (64 * 1024)

static uv_loop_t loop;
static struct http_server server, slow;
static struct sockaddr_in server_addr, slow_addr;
static uv_timer_t later;         /* answers /a requests */
static struct http_req *pending; /* the /a request `later` will answer */
static int pending_turns;        /* loop turns before it does */
static struct http_req *big_req; /* the /b stream waiting for on_drain */
static size_t big_left;
static char big[FUZZ_WHOLE];
static struct http_server *cur; /* the server of this input */
static struct http_conn *tuned; /* its connection, once its buffer is set */
static unsigned sink;           /* keeps touch() from being optimized out */
static bool verbose;            /* FUZZ_HTTP_VERBOSE=1: the answers go to stderr */

/* ---- the server's handler --------------------------------------------- */

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

static void aborted(struct http_req *r)
{
    if (r == pending) {
        pending = NULL;
        uv_timer_stop(&later);
    } else if (r == big_req) {
        big_req = NULL;
    } else {
        fprintf(stderr, "fuzz_http: on_abort for a request nobody waits on\n");
        abort();
    }
}

/* Writes the rest of a /b stream until the socket backs up. */
static void big_more(struct http_req *r)
{
    while (big_left > 0) {
        size_t n = big_left < FUZZ_BIG_CHUNK ? big_left : FUZZ_BIG_CHUNK;
        int rc = http_stream_write(r, big, n);

        if (rc < 0)
            return; /* the connection is closing; on_abort has run */
        big_left -= n;
        if (rc == 1)
            return; /* on_drain goes on */
    }
    big_req = NULL;
    r->on_abort = NULL;
    r->on_drain = NULL;
    http_stream_end(r);
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
    switch (kind) {
    case 's': {
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
    case 'e':
        http_respond(r, statuses[body.len % (sizeof(statuses) / sizeof(statuses[0]))], extra, 2,
                     STR_LIT("{\"error\":\"nope\"}"));
        return;
    case 'b':
        if (big_req) {
            fprintf(stderr, "fuzz_http: a second /b stream at once\n");
            abort();
        }
        if (http_stream_begin(r, 200, NULL, 0) < 0)
            return;
        big_req = r;
        big_left = FUZZ_BIG_STREAM;
        r->on_abort = aborted;
        r->on_drain = big_more;
        big_more(r);
        return;
    case 'w': http_respond(r, 200, NULL, 0, str_of(big, sizeof(big))); return;
    default: http_respond(r, 200, NULL, 0, body); return;
    }
}

static void later_cb(uv_timer_t *t)
{
    struct http_req *r = pending;
    struct str rest;

    if (!r)
        return;
    if (--pending_turns > 0) {
        uv_timer_start(&later, later_cb, 0, 0);
        return;
    }
    pending = NULL;
    r->on_abort = NULL;
    rest = str_of(r->path.ptr + 2, r->path.len - 2);
    if (rest.len && rest.ptr[0] >= '0' && rest.ptr[0] <= '9') {
        rest.ptr++;
        rest.len--;
    }
    answer(r, rest.len ? rest.ptr[0] : 0);
}

static void handle(struct http_req *r, void *ctx)
{
    char kind = r->path.len > 1 ? r->path.ptr[1] : 0;

    touch_request(r);
    if (pending || big_req) {
        /* One connection, one request at a time: cannot happen. */
        fprintf(stderr, "fuzz_http: a request while another is unanswered\n");
        abort();
    }
    if (kind == 'a') {
        char n = r->path.len > 2 ? r->path.ptr[2] : 0;

        pending = r;
        pending_turns = n >= '0' && n <= '9' ? n - '0' : 1;
        r->on_abort = aborted;
        uv_timer_start(&later, later_cb, 0, 0);
        return;
    }
    answer(r, kind);
}

static void listen_on(struct http_server *s, struct sockaddr_in *addr, uint64_t timeout_ms)
{
    const struct http_limits lim = {
        .max_body = 4096,
        .header_timeout = timeout_ms,
        .idle_timeout = timeout_ms,
        .drain_timeout = 100,
    };
    struct sockaddr_storage ss;
    int len = sizeof(ss);

    if (http_server_init(s, &loop, "127.0.0.1", 0, &lim, handle, NULL) != 0 ||
        uv_tcp_getsockname(&s->listener, (struct sockaddr *)&ss, &len) != 0 ||
        ss.ss_family != AF_INET) {
        fprintf(stderr, "fuzz_http: cannot listen on 127.0.0.1\n");
        abort();
    }
    memcpy(addr, &ss, sizeof(*addr));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    signal(SIGPIPE, SIG_IGN); /* as the gateway's workers do */
    verbose = getenv("FUZZ_HTTP_VERBOSE") != NULL;
    memset(big, 'x', sizeof(big));
    if (uv_loop_init(&loop) != 0 || uv_timer_init(&loop, &later) != 0) {
        fprintf(stderr, "fuzz_http: no loop\n");
        abort();
    }
    listen_on(&server, &server_addr, 1000);
    listen_on(&slow, &slow_addr, 2);
    return 0;
}

/* ---- the client --------------------------------------------------------- */

struct client {
    int fd;
    bool lazy; /* read only when writes block, until the half-close */
    bool eof;  /* the server closed (or reset) the connection */
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
    /* The accept happens a turn before the first read (libuv registers the
     * new socket with epoll at the next poll), so this comes before any
     * answer. */
    if (cur->conns && cur->conns != tuned) {
        int v = FUZZ_SNDBUF;

        uv_send_buffer_size((uv_handle_t *)&cur->conns->tcp, &v);
        tuned = cur->conns;
    }
    if (!cl->lazy)
        client_read(cl);
}

static void client_write(struct client *cl, const uint8_t *p, size_t n, int turns)
{
    for (int i = 0; n > 0 && i < FUZZ_MAX_TURNS; i++) {
        ssize_t w = send(cl->fd, p, n, MSG_NOSIGNAL);

        if (w > 0) {
            p += w;
            n -= (size_t)w;
        } else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            client_read(cl); /* the server may be blocked on us */
        } else if (w < 0 && errno != EINTR) {
            return; /* the server closed early (a 4xx and close): nothing more to send */
        }
        turn(cl);
    }
    for (int i = 0; i < turns; i++)
        turn(cl);
}

/* Lets the slow server's 2 ms timers expire. Sleeping and then turning the
 * loop without blocking cannot hang, where a blocking turn would when the
 * timer it waits for has already run. */
static void wait_timers(struct client *cl)
{
    usleep(3000);
    for (int i = 0; i < FUZZ_PIECE_TURNS; i++)
        turn(cl);
}

static uint64_t hash(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    h ^= h >> 31; /* the top bits, used as flags, get all the input */
    return h * 0x9e3779b97f4a7c15ull;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = hash(data, size);
    unsigned pieces = 1 + (unsigned)(h % 3);
    bool abrupt = (h >> 63) & 1;
    bool is_slow = ((h >> 56) & 31) == 0;
    struct http_server *s = cur = is_slow ? &slow : &server;
    struct client cl = {.fd = -1, .lazy = (h >> 62) & 1};
    struct linger lg = {.l_onoff = 1, .l_linger = 0};
    int rcvbuf = FUZZ_RCVBUF, turns;
    size_t cut[4];

    /* Piece boundaries: 0 <= cut[1] <= cut[2] <= size. */
    cut[0] = 0;
    cut[1] = pieces > 1 ? (size_t)((h >> 8) % (size + 1)) : size;
    cut[2] = pieces > 2 ? cut[1] + (size_t)((h >> 24) % (size - cut[1] + 1)) : size;
    cut[3] = size;

    tuned = NULL;
    cl.fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    /* A small receive buffer (set before connect, so the window is small
     * from the start) makes big answers queue in the server. */
    if (cl.fd < 0 || setsockopt(cl.fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf)) != 0 ||
        connect(cl.fd, (struct sockaddr *)(is_slow ? &slow_addr : &server_addr),
                sizeof(server_addr)) != 0 ||
        fcntl(cl.fd, F_SETFL, O_NONBLOCK) != 0 ||
        setsockopt(cl.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)) != 0) {
        perror("fuzz_http: client socket");
        abort();
    }
    for (unsigned i = 0; i < 3; i++) {
        bool last = cut[i + 1] == size;

        if (cut[i + 1] > cut[i] || (i == 0 && size == 0))
            client_write(&cl, data + cut[i], cut[i + 1] - cut[i],
                         last && abrupt ? 0 : FUZZ_PIECE_TURNS);
        if (last)
            break;
    }
    /* A reading client that is in no hurry lets a /b stream finish through
     * on_drain before its FIN (which would abort it). */
    for (turns = 0; !abrupt && !cl.lazy && (big_req || pending) && turns < FUZZ_MAX_TURNS; turns++)
        turn(&cl);
    if (is_slow)
        wait_timers(&cl);
    shutdown(cl.fd, SHUT_WR);
    cl.lazy = false;
    for (turns = 0; turns < FUZZ_MAX_TURNS && !(cl.eof && s->n_conns == 0); turns++)
        turn(&cl);
    if (!cl.eof || s->n_conns != 0) {
        fprintf(stderr, "fuzz_http: connection still open after %d loop turns (n_conns %zu)\n",
                turns, s->n_conns);
        abort();
    }
    if (pending || big_req) {
        fprintf(stderr, "fuzz_http: a request is pending on a closed connection\n");
        abort();
    }
    if (memcmp(cl.head, "HTTP/1.1 ", cl.got < 9 ? cl.got : 9) != 0) {
        fprintf(stderr, "fuzz_http: the answer does not start with a status line: %.9s\n", cl.head);
        abort();
    }
    close(cl.fd);
    return 0;
}
