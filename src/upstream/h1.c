/*
 * h1: a native HTTP/1.1 client for plain http:// upstreams, on the worker's
 * libuv loop. It exists for cost: through libcurl's multi-socket API every
 * proxied request paid about nine system calls of socket bookkeeping (a
 * uv_poll_t made and closed per transfer, libcurl's liveness poll()s) plus
 * libcurl's own CPU. Here a request on a pooled connection costs one
 * write(v) and one read, and no epoll_ctl: a connection stays registered
 * with the loop, reading, for as long as it lives.
 *
 * What it owns: URL parsing (http://host[:port]/path, [v6] literals), one
 * `struct up_host` per host:port with its resolved addresses (cached
 * H1_DNS_TTL_MS) and its idle connections (LIFO), and the connections.
 * Response parsing is http-parser's, which also decodes chunked bodies.
 * What it leaves: https and proxies (libcurl, client.c), the stall sweep and
 * the list of requests in flight (client.c).
 *
 * A connection:
 *
 *   up_start ──(pool hit: pool_take)─────────────────────────────┐
 *      │ (new: conn_new)                                          ▼
 *      ├──(name)──▶ RESOLVING ──(resolved)──▶ CONNECTING ──(connected)──▶ ACTIVE
 *      └──(numeric or cached)───────────────────▲    │                 │    │
 *                                               │    │(refused: next   │    │(answer done,
 *                        (reused, nothing read, └────┘ address)        │    │ keep-alive:
 *                         EOF/reset: conn_restart) ◀───────────────────┘    │ pool_put)
 *                                                                           ▼
 *   any state ──(error, cancel, timeout: conn_close)──▶ CLOSING      IDLE (reading)
 *                                                          │           │ (bytes, EOF,
 *                                                          ▼           │  too old)
 *                                            freed in handle_closed ◀──┘
 *
 * Idle connections keep reading, so a server that closes one is noticed at
 * once (on_read closes it) without a liveness check. The race where the
 * server closes it just as a request goes out is covered by one retry on a
 * fresh connection, only when nothing of the answer arrived (io_failed).
 *
 * Completion is never reported from inside up_start: failures found there
 * are deferred to the next loop turn through `later` (a 0 ms timer), which
 * also delivers what a paused request holds when it is resumed.
 */
#include "up_int.h"

#include <arpa/inet.h>
#include <http_parser.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "util/err.h"

#define H1_RBUF        (16 * 1024) /* shared read buffer: delivery is synchronous */
#define H1_MAX_IDLE    256         /* pooled connections per worker */
#define H1_MAX_HEADER  (64 * 1024) /* response status line and headers */
#define H1_DNS_TTL_MS  30000
#define H1_IDLE_MAX_MS 118000 /* as curl's CURLOPT_MAXAGE_CONN: older idle ones are closed */
#define H1_CONNECT_MS  10000  /* connect_timeout_ms 0 */
#define H1_MAX_ADDRS   8

enum conn_state { C_NEW, C_RESOLVING, C_CONNECTING, C_ACTIVE, C_IDLE, C_CLOSING };

struct up_host {
    struct up_host *next;
    struct up_client *client;
    char name[256];     /* as in the URL, without brackets */
    char hostport[266]; /* the Host header: name, [v6], :port unless 80 */
    int port;
    bool numeric; /* an IP literal: never resolved */
    bool direct;  /* no proxy applies: ours, not curl's */
    bool resolving;
    bool orphan; /* the client is gone: resolved() frees the host */
    int n_addrs;
    uint64_t expires; /* loop ms when the addresses go stale */
    struct sockaddr_storage addrs[H1_MAX_ADDRS];
    uv_getaddrinfo_t gai;
    struct up_conn *waiters; /* RESOLVING */
    struct up_conn *idle;    /* IDLE, most recently used first */
};

struct up_conn {
    uv_tcp_t tcp;
    uv_timer_t timer; /* connect and transfer timeouts */
    uv_connect_t creq;
    uv_write_t wreq;
    http_parser parser;
    struct up_client *client;
    struct up_host *host;
    struct up_req *req;          /* the request on it, or NULL */
    struct up_conn *prev, *next; /* in *list */
    struct up_conn **list;       /* host->idle, host->waiters or NULL */
    struct up_conn *later_next;
    enum conn_state state;
    int handles; /* open libuv handles; freed at 0 */
    int addr_i;  /* host->addrs[] being tried */
    uint64_t idle_since;
    uint64_t deadline; /* loop ms when the request on it has taken too long; 0: none */
    uint64_t due;      /* loop ms when the timer is set to fire; 0: not set */
    int later_rc; /* a failure deferred out of up_start */
    int abort_rc; /* on_data's code */
    int err_rc;   /* a parser callback's verdict */
    bool in_later, in_start, reading, writing, restart, reused;
    bool got_bytes; /* of this request's answer */
    bool done;      /* the final answer is complete */
    bool keep;      /* and the connection may be reused */
    bool eof, resume, head, in_value;
    size_t hdr_bytes;
    char name[16]; /* the header being parsed, when short enough to matter */
    size_t name_len;
    char *dst; /* where its value goes (a field of req) */
    size_t dst_cap, dst_len;
    char *wbuf; /* request line and headers; owned */
    size_t wlen, wcap;
    char *pend; /* body bytes held while paused; owned */
    size_t plen, pcap;
};

static const http_parser_settings parser_settings;
static void conn_open(struct up_conn *k);
static void conn_close(struct up_conn *k);
static void io_failed(struct up_conn *k, int st);

/* ---- small lists ------------------------------------------------------- */

static void list_add(struct up_conn **head, struct up_conn *k)
{
    k->list = head;
    k->prev = NULL;
    k->next = *head;
    if (*head)
        (*head)->prev = k;
    *head = k;
}

static void list_del(struct up_conn *k)
{
    if (!k->list)
        return;
    if (k->prev)
        k->prev->next = k->next;
    else
        *k->list = k->next;
    if (k->next)
        k->next->prev = k->prev;
    k->prev = k->next = NULL;
    k->list = NULL;
}

/* ---- URL --------------------------------------------------------------- */

struct url {
    const char *host, *path;
    size_t host_len, path_len;
    int port;
};

static bool host_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '.' || ch == '_';
}

/*
 * http://host[:port][/path][?query][#fragment]. Anything unusual (user info,
 * odd bytes that curl would escape or reject) is declined so that libcurl,
 * which handled every URL before, keeps handling it the same way.
 */
static int url_parse(const char *s, struct url *u)
{
    const char *p;

    if (strncasecmp(s, "http://", 7) != 0)
        return GW_EDECLINED;
    p = s + 7;
    if (*p == '[') {
        u->host = ++p;
        while (*p && *p != ']') {
            if (!(host_char(*p) || *p == ':'))
                return GW_EDECLINED;
            p++;
        }
        if (*p != ']')
            return GW_EDECLINED;
        u->host_len = (size_t)(p++ - u->host);
    } else {
        u->host = p;
        while (host_char(*p))
            p++;
        u->host_len = (size_t)(p - u->host);
    }
    if (u->host_len == 0 || u->host_len > 253)
        return GW_EDECLINED;
    u->port = 80;
    if (*p == ':') {
        long port = 0;

        p++;
        if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9' && port <= 65535)
                port = port * 10 + (*p++ - '0');
            if (port < 1 || port > 65535)
                return GW_EDECLINED;
            u->port = (int)port;
        }
    }
    if (*p && *p != '/' && *p != '?' && *p != '#')
        return GW_EDECLINED; /* user info, a bad port, a bad host */
    u->path = p;
    while (*p && *p != '#') {
        if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
            return GW_EDECLINED;
        p++;
    }
    u->path_len = (size_t)(p - u->path);
    return 0;
}

/* ---- no_proxy ---------------------------------------------------------- */

static bool blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* Parses an IP literal of `len` bytes into 16 bytes; returns its family. */
static int ip_parse(const char *s, size_t len, unsigned char out[16])
{
    char tmp[64];

    if (len >= sizeof(tmp))
        return 0;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    if (inet_pton(AF_INET, tmp, out) == 1)
        return AF_INET;
    if (inet_pton(AF_INET6, tmp, out) == 1)
        return AF_INET6;
    return 0;
}

/* An address against one no_proxy entry: the same address or within a CIDR. */
static bool ip_entry_match(const char *tok, size_t len, int fam, const unsigned char *ip)
{
    const char *slash = memchr(tok, '/', len), *a = tok;
    size_t alen = slash ? (size_t)(slash - tok) : len;
    int bits = fam == AF_INET ? 32 : 128;
    unsigned char net[16];

    if (alen >= 2 && a[0] == '[' && a[alen - 1] == ']') {
        a++;
        alen -= 2;
    }
    if (ip_parse(a, alen, net) != fam)
        return false;
    if (slash) {
        const char *d = slash + 1, *e = tok + len;
        int n = 0;

        if (d == e || e - d > 3)
            return false;
        for (; d < e; d++) {
            if (*d < '0' || *d > '9')
                return false;
            n = n * 10 + (*d - '0');
        }
        if (n > bits)
            return false;
        bits = n;
    }
    for (int i = 0; i < bits; i++) {
        unsigned char m = (unsigned char)(0x80u >> (i & 7));

        if ((ip[i >> 3] & m) != (net[i >> 3] & m))
            return false;
    }
    return true;
}

/* A host name against one entry: itself or a subdomain of it. */
static bool name_entry_match(const char *tok, size_t len, const char *host, size_t hl)
{
    if (len && tok[len - 1] == '.')
        len--;
    if (len && tok[0] == '.') {
        tok++;
        len--;
    }
    if (len == 0 || len > hl)
        return false;
    if (len == hl)
        return strncasecmp(tok, host, hl) == 0;
    return host[hl - len - 1] == '.' && strncasecmp(tok, host + hl - len, len) == 0;
}

bool up__no_proxy_match(const char *no_proxy, const char *host)
{
    unsigned char ip[16];
    const char *p = no_proxy, *e;
    size_t hl;
    int fam;

    if (!no_proxy || !host)
        return false;
    while (blank(*p))
        p++;
    for (e = p + strlen(p); e > p && blank(e[-1]);)
        e--;
    if (e - p == 1 && *p == '*')
        return true; /* curl: only the whole value; a `*` entry in a list is a name */
    hl = strlen(host);
    if (hl && host[hl - 1] == '.')
        hl--;
    fam = ip_parse(host, hl, ip);
    while (*p) {
        const char *tok;
        size_t len;

        while (blank(*p) || *p == ',')
            p++;
        tok = p;
        while (*p && !blank(*p) && *p != ',')
            p++;
        len = (size_t)(p - tok);
        if (len == 0)
            continue;
        if (fam ? ip_entry_match(tok, len, fam, ip) : name_entry_match(tok, len, host, hl))
            return true;
    }
    return false;
}

/* ---- hosts ------------------------------------------------------------- */

static bool proxied(const struct up_client *c, const char *name)
{
    return c->proxy_env && !up__no_proxy_match(c->no_proxy, name);
}

static struct up_host *host_get(struct up_client *c, const struct url *u)
{
    struct up_host *h;
    bool v6;

    for (h = c->hosts; h; h = h->next)
        if (h->port == u->port && strncmp(h->name, u->host, u->host_len) == 0 &&
            h->name[u->host_len] == '\0')
            return h;
    h = calloc(1, sizeof(*h));
    if (!h)
        return NULL;
    h->client = c;
    h->port = u->port;
    memcpy(h->name, u->host, u->host_len);
    v6 = memchr(u->host, ':', u->host_len) != NULL;
    snprintf(h->hostport, sizeof(h->hostport), v6 ? "[%s]" : "%s", h->name);
    if (u->port != 80)
        snprintf(h->hostport + strlen(h->hostport), sizeof(h->hostport) - strlen(h->hostport),
                 ":%d", u->port);
    if (uv_ip4_addr(h->name, u->port, (struct sockaddr_in *)&h->addrs[0]) == 0 ||
        uv_ip6_addr(h->name, u->port, (struct sockaddr_in6 *)&h->addrs[0]) == 0) {
        h->numeric = true;
        h->n_addrs = 1;
    }
    h->direct = !proxied(c, h->name);
    h->next = c->hosts;
    c->hosts = h;
    return h;
}

static void fail(struct up_conn *k, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void conn_connect(struct up_conn *k);

static void resolved(uv_getaddrinfo_t *g, int st, struct addrinfo *ai)
{
    struct up_host *h = g->data;
    struct up_conn *k;
    int n = 0;

    h->resolving = false;
    if (h->orphan) {
        uv_freeaddrinfo(ai);
        free(h);
        return;
    }
    for (struct addrinfo *a = st == 0 ? ai : NULL; a && n < H1_MAX_ADDRS; a = a->ai_next) {
        if ((a->ai_family != AF_INET && a->ai_family != AF_INET6) ||
            a->ai_addrlen > sizeof(h->addrs[0]))
            continue;
        memcpy(&h->addrs[n++], a->ai_addr, a->ai_addrlen);
    }
    uv_freeaddrinfo(ai);
    h->n_addrs = n;
    h->expires = uv_now(h->client->loop) + H1_DNS_TTL_MS;
    while ((k = h->waiters)) {
        list_del(k);
        k->addr_i = 0;
        if (n > 0)
            conn_connect(k);
        else
            fail(k, GW_EUPSTREAM, "Could not resolve host: %s (%s)", h->name,
                 uv_strerror(st ? st : UV_EAI_NONAME));
    }
}

static void host_resolve(struct up_host *h)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    char port[8];
    struct up_conn *k;
    int rc;

    snprintf(port, sizeof(port), "%d", h->port);
    h->gai.data = h;
    rc = uv_getaddrinfo(h->client->loop, &h->gai, resolved, h->name, port, &hints);
    if (rc == 0) {
        h->resolving = true;
        return;
    }
    while ((k = h->waiters)) {
        list_del(k);
        fail(k, GW_EUPSTREAM, "Could not resolve host: %s (%s)", h->name, uv_strerror(rc));
    }
}

/* ---- deferred work ----------------------------------------------------- */

static void finish(struct up_conn *k, int rc);
static void resume(struct up_conn *k);

static void later_fire(uv_timer_t *t)
{
    struct up_client *c = t->data;
    struct up_conn *k;

    while ((k = c->later)) {
        c->later = k->later_next;
        k->later_next = NULL;
        k->in_later = false;
        if (!k->req || k->state == C_CLOSING)
            continue;
        if (k->later_rc)
            finish(k, k->later_rc);
        else if (k->resume)
            resume(k);
    }
}

static void later_add(struct up_conn *k)
{
    struct up_client *c = k->client;

    if (k->in_later)
        return;
    k->in_later = true;
    k->later_next = c->later;
    c->later = k;
    if (!uv_is_active((uv_handle_t *)&c->later_timer))
        uv_timer_start(&c->later_timer, later_fire, 0, 0);
}

static void later_del(struct up_conn *k)
{
    struct up_conn **pp = &k->client->later;

    while (*pp && *pp != k)
        pp = &(*pp)->later_next;
    if (*pp)
        *pp = k->later_next;
    k->later_next = NULL;
    k->in_later = false;
}

/* ---- connections ------------------------------------------------------- */

static void handle_closed(uv_handle_t *h)
{
    struct up_conn *k = h->data;

    if (--k->handles > 0)
        return;
    free(k->wbuf);
    free(k->pend);
    free(k);
}

static struct up_conn *conn_new(struct up_client *c, struct up_host *h)
{
    struct up_conn *k = calloc(1, sizeof(*k));

    if (!k)
        return NULL;
    k->client = c;
    k->host = h;
    uv_tcp_init(c->loop, &k->tcp);
    uv_timer_init(c->loop, &k->timer);
    k->tcp.data = k->timer.data = k;
    k->handles = 2;
    return k;
}

static void tcp_closed(uv_handle_t *h)
{
    struct up_conn *k = h->data;

    if (k->restart && k->req && k->state != C_CLOSING) {
        /* A new socket for the same request: refused address or stale pool. */
        k->restart = false;
        k->reading = false;
        k->writing = false;
        uv_tcp_init(k->client->loop, &k->tcp);
        k->tcp.data = k;
        conn_open(k);
        return;
    }
    handle_closed(h);
}

/* Closes the socket and opens another for the same request (tcp_closed). */
static void conn_restart(struct up_conn *k)
{
    k->restart = true;
    k->state = C_CONNECTING;
    uv_close((uv_handle_t *)&k->tcp, tcp_closed);
}

/* Never pooled again; the request, if any, was detached by the caller. */
static void conn_close(struct up_conn *k)
{
    if (k->state == C_CLOSING)
        return;
    if (k->state == C_IDLE)
        k->client->n_idle--;
    list_del(k);
    if (k->in_later)
        later_del(k);
    k->state = C_CLOSING;
    k->restart = false;
    k->req = NULL;
    if (!uv_is_closing((uv_handle_t *)&k->tcp))
        uv_close((uv_handle_t *)&k->tcp, tcp_closed);
    uv_close((uv_handle_t *)&k->timer, handle_closed);
}

static void start_reading(struct up_conn *k);

static void pool_put(struct up_conn *k)
{
    struct up_client *c = k->client;

    if (c->n_idle >= H1_MAX_IDLE) {
        conn_close(k);
        return;
    }
    k->state = C_IDLE;
    k->idle_since = uv_now(c->loop);
    list_add(&k->host->idle, k);
    c->n_idle++;
    start_reading(k); /* a no-op unless a pause stopped it */
}

static struct up_conn *pool_take(struct up_host *h)
{
    struct up_conn *k = h->idle;
    uint64_t now = uv_now(h->client->loop);

    if (k && now - k->idle_since > H1_IDLE_MAX_MS) {
        /* LIFO: everything behind the head is older still. */
        while (h->idle)
            conn_close(h->idle);
        return NULL;
    }
    if (k) {
        list_del(k);
        h->client->n_idle--;
        k->state = C_ACTIVE;
        k->reused = true;
    }
    return k;
}

/* ---- timers ------------------------------------------------------------ */

static uint64_t left_ms(const struct up_req *r, uint64_t now)
{
    return r->deadline > now ? r->deadline - now : 0;
}

/*
 * The connection's timer is set for k->due and watches k->deadline (0: none).
 * A deadline later than the timer is left to the timer, which sets itself
 * again when it fires early: back-to-back requests on a pooled connection
 * touch the timer only when their deadline comes sooner than the last one's.
 */
static void timer_fire(uv_timer_t *t)
{
    struct up_conn *k = t->data;
    struct up_req *r = k->req;
    uint64_t now = uv_now(k->client->loop);

    k->due = 0;
    if (!r || !k->deadline)
        return;
    if (now < k->deadline) {
        uv_timer_start(&k->timer, timer_fire, k->deadline - now, 0);
        k->due = k->deadline;
        return;
    }
    if (k->state != C_ACTIVE)
        fail(k, GW_EUPTIMEOUT, "Connection to %s timed out", k->host->hostport);
    else
        fail(k, GW_EUPTIMEOUT, "Operation timed out after %ld ms", r->timeout_ms);
}

static void watch(struct up_conn *k, uint64_t deadline)
{
    uint64_t now = uv_now(k->client->loop);

    k->deadline = deadline;
    if (!deadline || (k->due && k->due <= deadline && uv_is_active((uv_handle_t *)&k->timer)))
        return;
    uv_timer_start(&k->timer, timer_fire, deadline > now ? deadline - now : 0, 0);
    k->due = deadline;
}

/* Connecting (resolution included, as curl counts it): the connect timeout,
 * or what is left of the whole one when that comes first. */
static void arm_connect(struct up_conn *k)
{
    const struct up_req *r = k->req;
    uint64_t ms = r->connect_timeout_ms > 0 ? (uint64_t)r->connect_timeout_ms : H1_CONNECT_MS;
    uint64_t now = uv_now(k->client->loop);

    if (r->timeout_ms > 0 && left_ms(r, now) < ms)
        ms = left_ms(r, now);
    /* The connect deadline may be sooner than one the timer is set for. */
    k->due = 0;
    watch(k, now + ms);
}

/* Connected: only timeout_ms is left to watch. */
static void arm_transfer(struct up_conn *k)
{
    const struct up_req *r = k->req;

    watch(k, r->timeout_ms > 0 ? r->deadline : 0);
}

/* ---- the end of a request ---------------------------------------------- */

static void detach(struct up_conn *k)
{
    struct up_req *r = k->req;

    k->req = NULL;
    r->conn = NULL;
    up__unlink(r);
    k->deadline = 0; /* the timer, if set, finds nothing to do */
}

/* The connection goes back to the pool before on_done, so that a request the
 * callback starts (a retry, a fallback) can have it. */
static void finish(struct up_conn *k, int rc)
{
    struct up_req *r = k->req;

    detach(k);
    if (rc == 0 && k->keep)
        pool_put(k);
    else
        conn_close(k);
    if (r->on_done)
        r->on_done(r, rc);
}

static void fail(struct up_conn *k, int rc, const char *fmt, ...)
{
    struct up_req *r = k->req;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(r->curl_error, sizeof(r->curl_error), fmt, ap);
    va_end(ap);
    if (k->in_start) {
        k->later_rc = rc;
        later_add(k);
        return;
    }
    finish(k, rc);
}

/* ---- writing ----------------------------------------------------------- */

static void write_failed(struct up_conn *k, int st)
{
    /* The server may answer and close before taking the whole body (a 413):
     * the answer decides then, and the read side sees it to the end. */
    if (k->got_bytes) {
        k->keep = false;
        return;
    }
    io_failed(k, st);
}

static void write_done(uv_write_t *w, int st)
{
    struct up_conn *k = w->data;

    k->writing = false;
    if (st == UV_ECANCELED || !k->req || k->state != C_ACTIVE)
        return;
    if (st < 0)
        write_failed(k, st);
}

/* One uv_try_write of head and body (one writev); uv_write for the rest. */
static void send_request(struct up_conn *k)
{
    const struct up_req *r = k->req;
    uv_buf_t b[2] = {uv_buf_init(k->wbuf, (unsigned)k->wlen),
                     uv_buf_init((char *)r->body.ptr, (unsigned)r->body.len)};
    unsigned nb = r->body.len ? 2 : 1, i = 0;
    int n = uv_try_write((uv_stream_t *)&k->tcp, b, nb);
    size_t off;

    if (n == UV_EAGAIN)
        n = 0;
    if (n < 0) {
        write_failed(k, n);
        return;
    }
    for (off = (size_t)n; i < nb && off >= b[i].len; i++)
        off -= b[i].len;
    if (i == nb)
        return;
    b[i].base += off;
    b[i].len -= off;
    k->wreq.data = k;
    k->writing = true;
    n = uv_write(&k->wreq, (uv_stream_t *)&k->tcp, b + i, nb - i, write_done);
    if (n < 0) {
        k->writing = false;
        write_failed(k, n);
    }
}

struct wb {
    struct up_conn *k;
    bool oom;
};

static void put(struct wb *w, const char *s, size_t n)
{
    struct up_conn *k = w->k;

    if (k->wlen + n > k->wcap) {
        size_t cap = k->wcap ? k->wcap : 512;
        char *p;

        while (cap < k->wlen + n)
            cap *= 2;
        p = realloc(k->wbuf, cap);
        if (!p) {
            w->oom = true;
            return;
        }
        k->wbuf = p;
        k->wcap = cap;
    }
    memcpy(k->wbuf + k->wlen, s, n);
    k->wlen += n;
}

static void put_str(struct wb *w, const char *s)
{
    put(w, s, strlen(s));
}

/* Length of the name of a header line; *kind is ':' (with a value or
 * without: curl's "remove this header"), ';' (curl's "empty value") or 0. */
static size_t header_name(const char *line, char *kind)
{
    size_t n = strcspn(line, ":;");
    const char *v = line + n;

    *kind = *v;
    if (*v == ':' || *v == ';') {
        v++;
        while (blank(*v))
            v++;
        if (*v && line[n] == ';')
            *kind = 0; /* "a;b": not curl's form, sent as it is */
        else if (*v)
            *kind = 'v';
    }
    return n;
}

enum { H_HOST = 1, H_ACCEPT = 2, H_CLEN = 4, H_CTYPE = 8, H_CONN = 16 };

static int header_bit(const char *line, size_t n)
{
    static const struct {
        const char *name;
        int bit;
    } own[] = {{"host", H_HOST},
               {"accept", H_ACCEPT},
               {"content-length", H_CLEN},
               {"content-type", H_CTYPE},
               {"connection", H_CONN}};

    for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
        if (strlen(own[i].name) == n && strncasecmp(line, own[i].name, n) == 0)
            return own[i].bit;
    return 0;
}

/*
 * The request head, with curl's conventions for the caller's list: "Name:"
 * drops a header (ours included), "Name;" sends it empty, a caller's Host,
 * Accept, Content-Type, Content-Length or Connection replaces ours. No
 * Accept-Encoding: answers come back as identity.
 */
static int build_request(struct up_conn *k, const struct up_req *r, const struct url *u)
{
    struct wb w = {k, false};
    const char *method = r->method ? r->method : r->body.ptr ? "POST" : "GET";
    const struct curl_slist *l;
    int have = 0;
    char num[32];

    k->wlen = 0;
    for (l = r->headers; l; l = l->next) {
        char kind;

        have |= header_bit(l->data, header_name(l->data, &kind));
    }
    put_str(&w, method);
    put(&w, " ", 1);
    if (u->path_len == 0 || u->path[0] != '/')
        put(&w, "/", 1);
    put(&w, u->path, u->path_len);
    put_str(&w, " HTTP/1.1\r\n");
    if (!(have & H_HOST)) {
        put_str(&w, "Host: ");
        put_str(&w, k->host->hostport);
        put(&w, "\r\n", 2);
    }
    if (!(have & H_ACCEPT))
        put_str(&w, "Accept: */*\r\n");
    for (l = r->headers; l; l = l->next) {
        char kind;
        size_t n = header_name(l->data, &kind);

        if (kind == ':')
            continue;
        if (kind == ';') {
            put(&w, l->data, n);
            put(&w, ":", 1);
        } else {
            put_str(&w, l->data);
        }
        put(&w, "\r\n", 2);
    }
    if (r->body.ptr && !(have & H_CTYPE))
        put_str(&w, "Content-Type: application/x-www-form-urlencoded\r\n"); /* curl's default */
    if (r->body.ptr && !(have & H_CLEN)) {
        snprintf(num, sizeof(num), "Content-Length: %zu\r\n", r->body.len);
        put_str(&w, num);
    }
    if (!(have & H_CONN))
        put_str(&w, "Connection: keep-alive\r\n");
    put(&w, "\r\n", 2);
    return w.oom ? GW_ENOMEM : 0;
}

/* ---- connecting -------------------------------------------------------- */

static void connect_failed(struct up_conn *k, int st)
{
    struct up_host *h = k->host;

    if (k->addr_i + 1 < h->n_addrs) {
        k->addr_i++; /* localhost: ::1 refused, 127.0.0.1 next */
        conn_restart(k);
        return;
    }
    fail(k, GW_EUPSTREAM, "Failed to connect to %s port %d: %s", h->name, h->port, uv_strerror(st));
}

static void connected(uv_connect_t *cr, int st)
{
    struct up_conn *k = cr->data;

    if (st == UV_ECANCELED || k->state != C_CONNECTING || !k->req)
        return;
    if (st < 0) {
        connect_failed(k, st);
        return;
    }
    k->state = C_ACTIVE;
    uv_tcp_nodelay(&k->tcp, 1);
    uv_tcp_keepalive(&k->tcp, 1, 60);
    arm_transfer(k);
    if (!k->req->paused)
        start_reading(k);
    send_request(k);
}

static void conn_connect(struct up_conn *k)
{
    struct up_host *h = k->host;
    int rc;

    k->state = C_CONNECTING;
    if (k->addr_i >= h->n_addrs) {
        fail(k, GW_EUPSTREAM, "Failed to connect to %s port %d", h->name, h->port);
        return;
    }
    k->creq.data = k;
    rc =
        uv_tcp_connect(&k->creq, &k->tcp, (const struct sockaddr *)&h->addrs[k->addr_i], connected);
    if (rc < 0)
        connect_failed(k, rc);
}

/* Addresses known and fresh: connect; else wait for the host's resolution. */
static void conn_open(struct up_conn *k)
{
    struct up_host *h = k->host;

    if (h->n_addrs > 0 && (h->numeric || uv_now(k->client->loop) < h->expires)) {
        conn_connect(k);
        return;
    }
    k->state = C_RESOLVING;
    list_add(&h->waiters, k);
    if (!h->resolving)
        host_resolve(h);
}

/* ---- reading ----------------------------------------------------------- */

static void on_alloc(uv_handle_t *h, size_t hint, uv_buf_t *b)
{
    struct up_conn *k = h->data;

    b->base = k->client->rbuf;
    b->len = H1_RBUF;
}

/* A request on a reused connection that the server closed as it went out is
 * sent again on a fresh one, once: nothing of an answer arrived, so nothing
 * was delivered and the server did not process it (RFC 9112 9.3.1 allows
 * this for idempotent requests; a model call that got no answer at all is
 * what every client retries). */
static void io_failed(struct up_conn *k, int st)
{
    if (k->reused && !k->got_bytes && (st == UV_EOF || st == UV_ECONNRESET || st == UV_EPIPE)) {
        k->reused = false;
        k->addr_i = 0;
        arm_connect(k);
        conn_restart(k);
        return;
    }
    if (st == UV_EOF)
        fail(k, GW_EUPSTREAM,
             k->got_bytes ? "Upstream closed the connection before the answer was complete"
                          : "Empty reply from upstream");
    else
        fail(k, GW_EUPSTREAM, "Connection to upstream failed: %s", uv_strerror(st));
}

/* After the parser ran over bytes (or EOF): complete, failed, or more. */
static void parsed(struct up_conn *k, struct up_req *r, size_t used, size_t n)
{
    enum http_errno e = HTTP_PARSER_ERRNO(&k->parser);

    if (k->req != r)
        return; /* cancelled from a callback: r may be gone */
    if (k->abort_rc) {
        finish(k, k->abort_rc);
        return;
    }
    if (k->err_rc) {
        finish(k, k->err_rc);
        return;
    }
    if (k->done) {
        if (used < n)
            k->keep = false; /* bytes after the answer: nothing to reuse */
        if (!r->paused)
            finish(k, 0); /* else resume() finishes */
        return;
    }
    if (e != HPE_OK) {
        fail(k, GW_EUPSTREAM, "Invalid HTTP response from upstream (%s)", http_errno_name(e));
        return;
    }
}

static void on_eof(struct up_conn *k, ssize_t st)
{
    struct up_req *r = k->req;

    if (st == UV_EOF && k->got_bytes) {
        /* Tells the parser: an answer without length ends here. */
        k->eof = true;
        http_parser_execute(&k->parser, &parser_settings, NULL, 0);
        if (k->req != r || k->done || k->abort_rc || k->err_rc) {
            parsed(k, r, 0, 0);
            return;
        }
    }
    io_failed(k, (int)st);
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b)
{
    struct up_conn *k = s->data;
    struct up_req *r = k->req;
    size_t used;

    if (n == 0)
        return;
    if (k->state != C_ACTIVE || !r) {
        conn_close(k); /* idle: the server closed it, or sent what it must not */
        return;
    }
    if (n < 0) {
        on_eof(k, n);
        return;
    }
    k->got_bytes = true;
    r->last_ms = uv_now(k->client->loop);
    used = http_parser_execute(&k->parser, &parser_settings, b->base, (size_t)n);
    parsed(k, r, used, (size_t)n);
}

static void start_reading(struct up_conn *k)
{
    if (k->reading)
        return;
    if (uv_read_start((uv_stream_t *)&k->tcp, on_alloc, on_read) == 0)
        k->reading = true;
}

static void stop_reading(struct up_conn *k)
{
    if (!k->reading)
        return;
    uv_read_stop((uv_stream_t *)&k->tcp);
    k->reading = false;
}

/* Bytes that came with the ones that paused the request wait here. */
static int hold(struct up_conn *k, const char *p, size_t n)
{
    if (k->plen + n > k->pcap) {
        size_t cap = k->pcap ? k->pcap : 4096;
        char *q;

        while (cap < k->plen + n)
            cap *= 2;
        q = realloc(k->pend, cap);
        if (!q) {
            k->abort_rc = GW_ENOMEM;
            return -1;
        }
        k->pend = q;
        k->pcap = cap;
    }
    memcpy(k->pend + k->plen, p, n);
    k->plen += n;
    return 0;
}

/* Delivers what was held, then completes or reads on. From `later` only. */
static void resume(struct up_conn *k)
{
    struct up_req *r = k->req;
    size_t n = k->plen;
    int rc = 0;

    k->resume = false;
    if (r->paused)
        return;
    k->plen = 0;
    if (n && r->on_data) {
        rc = r->on_data(r, k->pend, n);
        if (k->req != r)
            return;
        if (rc < 0) {
            finish(k, rc);
            return;
        }
        if (rc == 1) {
            r->paused = true;
            return;
        }
    }
    if (k->done)
        finish(k, 0);
    else if (k->state == C_ACTIVE)
        start_reading(k);
}

/* ---- parser callbacks -------------------------------------------------- */

static int too_big(struct up_conn *k, size_t n)
{
    k->hdr_bytes += n;
    if (k->hdr_bytes <= H1_MAX_HEADER)
        return 0;
    snprintf(k->req->curl_error, sizeof(k->req->curl_error),
             "Upstream response headers larger than %d KB", H1_MAX_HEADER / 1024);
    k->err_rc = GW_EUPSTREAM;
    return -1;
}

static int on_message_begin(http_parser *p)
{
    struct up_conn *k = p->data;
    struct up_req *r = k->req;

    /* A new status line (after a 1xx) starts the headers over. */
    r->content_type[0] = r->retry_after[0] = r->retry_after_ms[0] = '\0';
    k->in_value = false;
    k->name_len = 0;
    k->dst = NULL;
    return 0;
}

static int on_status(http_parser *p, const char *at, size_t n)
{
    return too_big(p->data, n);
}

static void value_end(struct up_conn *k)
{
    while (k->dst && k->dst_len && blank(k->dst[k->dst_len - 1]))
        k->dst[--k->dst_len] = '\0';
    k->in_value = false;
    k->name_len = 0;
    k->dst = NULL;
}

static int on_header_field(http_parser *p, const char *at, size_t n)
{
    struct up_conn *k = p->data;

    if (k->in_value)
        value_end(k);
    if (k->name_len + n < sizeof(k->name))
        memcpy(k->name + k->name_len, at, n);
    k->name_len += n; /* too long for the buffer: matches nothing */
    return too_big(k, n);
}

static char *header_dst(struct up_conn *k, size_t *cap)
{
    struct up_req *r = k->req;

#define H1_WANT(lit, field)                                                                        \
    if (k->name_len == sizeof(lit) - 1 && strncasecmp(k->name, lit, sizeof(lit) - 1) == 0) {       \
        *cap = sizeof(r->field);                                                                   \
        return r->field;                                                                           \
    }
    H1_WANT("content-type", content_type)
    H1_WANT("retry-after", retry_after)
    H1_WANT("retry-after-ms", retry_after_ms)
#undef H1_WANT
    return NULL;
}

static int on_header_value(http_parser *p, const char *at, size_t n)
{
    struct up_conn *k = p->data;

    if (!k->in_value) {
        k->in_value = true;
        k->dst = header_dst(k, &k->dst_cap);
        k->dst_len = 0;
    }
    if (k->dst) {
        size_t m = n < k->dst_cap - 1 - k->dst_len ? n : k->dst_cap - 1 - k->dst_len;

        memcpy(k->dst + k->dst_len, at, m);
        k->dst_len += m;
        k->dst[k->dst_len] = '\0';
    }
    return too_big(k, n);
}

static int on_headers_complete(http_parser *p)
{
    struct up_conn *k = p->data;
    struct up_req *r = k->req;

    if (k->in_value)
        value_end(k);
    if (p->status_code == 101) {
        snprintf(r->curl_error, sizeof(r->curl_error), "Upstream switched protocols");
        k->err_rc = GW_EUPSTREAM;
        return -1;
    }
    if (p->status_code >= 200) {
        r->status = p->status_code;
        r->got_headers = true;
    }
    return k->head ? 1 : 0; /* 1: no body follows */
}

static int on_body(http_parser *p, const char *at, size_t n)
{
    struct up_conn *k = p->data;
    struct up_req *r = k->req;
    int rc;

    if (r->paused)
        return hold(k, at, n);
    if (!r->on_data)
        return 0;
    rc = r->on_data(r, at, n);
    if (k->req != r)
        return -1; /* cancelled inside: stop here, touch nothing */
    if (rc == 1) {
        r->paused = true;
        stop_reading(k);
    } else if (rc < 0) {
        k->abort_rc = rc;
        return -1;
    }
    return 0;
}

static int on_message_complete(http_parser *p)
{
    struct up_conn *k = p->data;

    if (p->status_code < 200)
        return 0; /* 1xx: the final answer follows on the same connection */
    k->done = true;
    k->keep = !k->eof && !k->writing && http_should_keep_alive(p);
    http_parser_pause(p, 1); /* execute() returns here: what follows is not ours */
    return 0;
}

static const http_parser_settings parser_settings = {
    .on_message_begin = on_message_begin,
    .on_status = on_status,
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

/* ---- entry points ------------------------------------------------------ */

static void attach(struct up_conn *k, struct up_req *r)
{
    k->req = r;
    r->conn = k;
    k->later_rc = k->abort_rc = k->err_rc = 0;
    k->got_bytes = k->done = k->keep = k->eof = k->resume = k->in_value = false;
    k->hdr_bytes = k->name_len = k->plen = 0;
    k->dst = NULL;
    k->head = r->method && strcmp(r->method, "HEAD") == 0;
    http_parser_init(&k->parser, HTTP_RESPONSE);
    k->parser.data = k;
    r->deadline = r->timeout_ms > 0 ? uv_now(k->client->loop) + (uint64_t)r->timeout_ms : 0;
    up__link(k->client, r);
}

int up__h1_start(struct up_client *c, struct up_req *r)
{
    struct up_host *h;
    struct up_conn *k;
    struct url u;
    int rc;

    if (url_parse(r->url, &u) < 0)
        return GW_EDECLINED;
    h = host_get(c, &u);
    if (!h)
        return GW_ENOMEM;
    if (!h->direct)
        return GW_EDECLINED;
    k = pool_take(h);
    if (!k)
        k = conn_new(c, h);
    if (!k)
        return GW_ENOMEM;
    rc = build_request(k, r, &u);
    if (rc < 0) {
        conn_close(k);
        return rc;
    }
    attach(k, r);
    k->in_start = true;
    if (k->reused) {
        arm_transfer(k);
        send_request(k);
    } else {
        arm_connect(k);
        conn_open(k);
    }
    k->in_start = false;
    return 0;
}

void up__h1_cancel(struct up_req *r)
{
    struct up_conn *k = r->conn;

    detach(k);
    conn_close(k); /* mid-answer: the connection cannot be reused */
}

void up__h1_pause(struct up_req *r, bool paused)
{
    struct up_conn *k = r->conn;

    if (r->paused == paused)
        return;
    r->paused = paused;
    if (paused) {
        stop_reading(k);
        return;
    }
    /* Not here: the caller may be deep in its own write path; held bytes
     * and the completion go out from the loop. */
    k->resume = true;
    later_add(k);
}

int up__h1_init(struct up_client *c)
{
    static const char *const vars[] = {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"};
    const char *np;

    c->rbuf = malloc(H1_RBUF);
    if (!c->rbuf)
        return GW_ENOMEM;
    for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
        const char *v = getenv(vars[i]);

        if (v && *v)
            c->proxy_env = true;
    }
    np = getenv("no_proxy");
    if (!np || !*np)
        np = getenv("NO_PROXY");
    if (np && *np && !(c->no_proxy = strdup(np))) {
        free(c->rbuf);
        c->rbuf = NULL;
        return GW_ENOMEM;
    }
    uv_timer_init(c->loop, &c->later_timer);
    c->later_timer.data = c;
    return 0;
}

void up__h1_close(struct up_client *c)
{
    struct up_host *h;

    while ((h = c->hosts)) {
        c->hosts = h->next;
        while (h->idle)
            conn_close(h->idle);
        if (h->resolving) {
            /* resolved() still runs (UV_ECANCELED or the answer) and frees. */
            h->orphan = true;
            uv_cancel((uv_req_t *)&h->gai);
        } else {
            free(h);
        }
    }
    uv_close((uv_handle_t *)&c->later_timer, NULL);
    free(c->rbuf);
    c->rbuf = NULL;
    free(c->no_proxy);
    c->no_proxy = NULL;
}
