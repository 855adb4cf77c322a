/*
 * client: the module's entry points, and libcurl multi bound to a libuv loop.
 * up_start() hands plain http:// URLs without a proxy to h1.c and everything
 * else to libcurl; up_cancel() and up_pause() follow the request to its
 * transport. Both transports share the list of requests in flight and the
 * stall sweep below.
 *
 * For libcurl, curl tells us which sockets to watch (socket_cb) and when to
 * wake (timer_cb); uv_poll handles report readiness back with
 * curl_multi_socket_action. Finished transfers are
 * collected in check_done(), which calls each request's on_done.
 *
 * A poll context belongs to one socket and is freed through uv_close, because
 * curl may close and reopen a socket with the same number before the loop has
 * let go of the old handle.
 */
#include "up_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/err.h"

struct poll_ctx {
    uv_poll_t poll;
    curl_socket_t fd;
    struct up_client *client;
};

/*
 * Easy handles are kept for reuse: curl_easy_init() and the options it
 * allocates cost more than curl_easy_reset() (measured in bench/), and a
 * reused handle keeps its DNS cache.
 */
static CURL *easy_get(struct up_client *c)
{
    if (c->n_spare > 0) {
        CURL *e = c->spare[--c->n_spare];

        curl_easy_reset(e);
        return e;
    }
    return curl_easy_init();
}

static void easy_put(struct up_client *c, CURL *e)
{
    if (c->n_spare < UP_SPARE_HANDLES)
        c->spare[c->n_spare++] = e;
    else
        curl_easy_cleanup(e);
}

static void sweep_fire(uv_timer_t *t);

#define SWEEP_MS 100

void up__link(struct up_client *c, struct up_req *r)
{
    c->active++;
    r->last_ms = uv_now(c->loop);
    r->prev = NULL;
    r->next = c->reqs;
    if (c->reqs)
        c->reqs->prev = r;
    c->reqs = r;
    if (r->stall_ms > 0 && !uv_is_active((uv_handle_t *)&c->sweep))
        uv_timer_start(&c->sweep, sweep_fire, SWEEP_MS, SWEEP_MS);
}

void up__unlink(struct up_req *r)
{
    struct up_client *c = r->client;

    if (r->prev)
        r->prev->next = r->next;
    else if (c->reqs == r)
        c->reqs = r->next;
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    c->active--;
}

static void check_done(struct up_client *c)
{
    CURLMsg *m;
    int left;

    while ((m = curl_multi_info_read(c->multi, &left))) {
        struct up_req *r = NULL;
        CURLcode res;
        int rc = 0;

        if (m->msg != CURLMSG_DONE)
            continue;
        res = m->data.result;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&r);
        curl_multi_remove_handle(c->multi, m->easy_handle);
        easy_put(c, m->easy_handle);
        r->easy = NULL;
        up__unlink(r);
        if (res == CURLE_OPERATION_TIMEDOUT)
            rc = GW_EUPTIMEOUT;
        else if (res == CURLE_WRITE_ERROR && r->abort_rc < 0)
            rc = r->abort_rc; /* on_data asked to abort with this code */
        else if (res != CURLE_OK)
            rc = GW_EUPSTREAM;
        if (r->on_done)
            r->on_done(r, rc);
    }
}

static void poll_cb(uv_poll_t *p, int status, int events)
{
    struct poll_ctx *pc = p->data;
    struct up_client *c = pc->client;
    int flags = 0;

    if (status < 0)
        flags = CURL_CSELECT_ERR;
    if (events & UV_READABLE)
        flags |= CURL_CSELECT_IN;
    if (events & UV_WRITABLE)
        flags |= CURL_CSELECT_OUT;
    curl_multi_socket_action(c->multi, pc->fd, flags, &c->running);
    check_done(c);
}

static void timer_fire(uv_timer_t *t)
{
    struct up_client *c = t->data;

    curl_multi_socket_action(c->multi, CURL_SOCKET_TIMEOUT, 0, &c->running);
    check_done(c);
}

static int timer_cb(CURLM *m, long ms, void *userp)
{
    struct up_client *c = userp;

    if (ms < 0)
        uv_timer_stop(&c->timer);
    else
        uv_timer_start(&c->timer, timer_fire, (uint64_t)ms, 0);
    return 0;
}

static void poll_closed(uv_handle_t *h)
{
    free(h->data);
}

static int socket_cb(CURL *e, curl_socket_t s, int what, void *userp, void *socketp)
{
    struct up_client *c = userp;
    struct poll_ctx *pc = socketp;
    int events = 0;

    if (what == CURL_POLL_REMOVE) {
        if (pc) {
            uv_poll_stop(&pc->poll);
            uv_close((uv_handle_t *)&pc->poll, poll_closed);
            curl_multi_assign(c->multi, s, NULL);
        }
        return 0;
    }
    if (!pc) {
        pc = calloc(1, sizeof(*pc));
        if (!pc)
            return -1;
        pc->fd = s;
        pc->client = c;
        if (uv_poll_init_socket(c->loop, &pc->poll, s) < 0) {
            free(pc);
            return -1;
        }
        pc->poll.data = pc;
        curl_multi_assign(c->multi, s, pc);
    }
    if (what & CURL_POLL_IN)
        events |= UV_READABLE;
    if (what & CURL_POLL_OUT)
        events |= UV_WRITABLE;
    uv_poll_start(&pc->poll, events, poll_cb);
    return 0;
}

/*
 * Stall sweep: a stream may last long, but not in silence. curl's low-speed
 * check only runs when curl is woken for the handle, which can be seconds
 * late, so the client checks every request's last byte itself, for both
 * transports: one timer per worker, running only while a request with
 * stall_ms is in flight.
 */
static void sweep_fire(uv_timer_t *t)
{
    struct up_client *c = t->data;
    uint64_t now = uv_now(c->loop);
    struct up_req *r;
    bool any = false;

again:
    for (r = c->reqs; r; r = r->next) {
        if (r->stall_ms <= 0 || r->paused)
            continue;
        any = true;
        if (now - r->last_ms < (uint64_t)r->stall_ms)
            continue;
        up_cancel(r);
        snprintf(r->curl_error, sizeof(r->curl_error), "No data from upstream for %ld ms",
                 r->stall_ms);
        if (r->on_done)
            r->on_done(r, GW_EUPTIMEOUT);
        goto again; /* on_done may have changed the list */
    }
    if (!any)
        uv_timer_stop(&c->sweep);
}

int up_client_init(struct up_client *c, uv_loop_t *loop)
{
    memset(c, 0, sizeof(*c));
    c->loop = loop;
    c->multi = curl_multi_init();
    if (!c->multi)
        return GW_ENOMEM;
    uv_timer_init(loop, &c->timer);
    c->timer.data = c;
    uv_timer_init(loop, &c->sweep);
    c->sweep.data = c;
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETFUNCTION, socket_cb);
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERFUNCTION, timer_cb);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERDATA, c);
    /* Enough idle connections per worker to keep a busy provider warm. */
    curl_multi_setopt(c->multi, CURLMOPT_MAXCONNECTS, 256L);
    if (up__h1_init(c) < 0) {
        curl_multi_cleanup(c->multi);
        c->multi = NULL;
        uv_close((uv_handle_t *)&c->timer, NULL);
        uv_close((uv_handle_t *)&c->sweep, NULL);
        return GW_ENOMEM;
    }
    return 0;
}

void up_client_close(struct up_client *c)
{
    if (!c->multi)
        return;
    while (c->reqs)
        up_cancel(c->reqs); /* no callbacks, and their handles go back first */
    up__h1_close(c);
    while (c->n_spare > 0)
        curl_easy_cleanup(c->spare[--c->n_spare]);
    curl_multi_cleanup(c->multi); /* closes sockets: socket_cb closes polls */
    c->multi = NULL;
    uv_close((uv_handle_t *)&c->timer, NULL);
    uv_close((uv_handle_t *)&c->sweep, NULL);
}

static size_t write_cb(char *p, size_t size, size_t n, void *userp)
{
    struct up_req *r = userp;
    size_t len = size * n;
    int rc;

    r->last_ms = uv_now(r->client->loop);
    if (!r->on_data)
        return len;
    rc = r->on_data(r, p, len);
    if (rc == 1) {
        /* Not CURL_WRITEFUNC_PAUSE: that would hand us these bytes again. */
        r->paused = true;
        curl_easy_pause(r->easy, CURLPAUSE_RECV);
        return len;
    }
    if (rc < 0) {
        r->abort_rc = rc; /* carried to check_done */
        return 0;       /* CURLE_WRITE_ERROR */
    }
    return len;
}

/* Copies "value" of a header line into dst when its name matches. */
static void header_value(const char *line, size_t len, const char *name, char *dst, size_t cap)
{
    size_t nl = strlen(name), vl;
    const char *v;

    if (len <= nl + 1 || strncasecmp(line, name, nl) != 0 || line[nl] != ':')
        return;
    v = line + nl + 1;
    vl = len - nl - 1;
    while (vl && (*v == ' ' || *v == '\t')) {
        v++;
        vl--;
    }
    while (vl && (v[vl - 1] == '\r' || v[vl - 1] == '\n' || v[vl - 1] == ' '))
        vl--;
    if (vl >= cap)
        vl = cap - 1;
    memcpy(dst, v, vl);
    dst[vl] = '\0';
}

static size_t header_cb(char *p, size_t size, size_t n, void *userp)
{
    struct up_req *r = userp;
    size_t len = size * n;

    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        /* A new status line (after 100 Continue or a redirect) starts over. */
        r->content_type[0] = r->retry_after[0] = r->retry_after_ms[0] = '\0';
        return len;
    }
    header_value(p, len, "content-type", r->content_type, sizeof(r->content_type));
    header_value(p, len, "retry-after", r->retry_after, sizeof(r->retry_after));
    header_value(p, len, "retry-after-ms", r->retry_after_ms, sizeof(r->retry_after_ms));
    r->last_ms = uv_now(r->client->loop);
    if (len == 2 && p[0] == '\r') {
        long code = 0;

        curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &code);
        if (code >= 200) {
            r->status = code;
            r->got_headers = true;
        }
    }
    return len;
}

static int curl_start(struct up_client *c, struct up_req *r)
{
    CURL *e = easy_get(c);

    if (!e)
        return GW_ENOMEM;
    r->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, r->url);
    curl_easy_setopt(e, CURLOPT_PRIVATE, r);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, header_cb);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, r);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->curl_error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* gzip, deflate, br as built */
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     r->connect_timeout_ms > 0 ? r->connect_timeout_ms : 10000L);
    if (r->timeout_ms > 0)
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, r->timeout_ms);
    if (r->headers)
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, r->headers);
    if (r->body.ptr) {
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, r->body.ptr);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body.len);
    }
    if (r->method)
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r->method);
    if (curl_multi_add_handle(c->multi, e) != CURLM_OK) {
        easy_put(c, e);
        r->easy = NULL;
        return GW_EUPSTREAM;
    }
    up__link(c, r);
    return 0;
}

int up_start(struct up_client *c, struct up_req *r)
{
    int rc;

    r->client = c;
    r->easy = NULL;
    r->conn = NULL;
    r->status = 0;
    r->abort_rc = 0;
    r->paused = false;
    r->got_headers = false;
    r->content_type[0] = r->retry_after[0] = r->retry_after_ms[0] = r->curl_error[0] = '\0';
    rc = up__h1_start(c, r);
    return rc == GW_EDECLINED ? curl_start(c, r) : rc;
}

bool up_active(const struct up_req *r)
{
    return r->easy != NULL || r->conn != NULL;
}

void up_cancel(struct up_req *r)
{
    if (r->conn) {
        up__h1_cancel(r);
        return;
    }
    if (!r->easy)
        return;
    curl_multi_remove_handle(r->client->multi, r->easy);
    easy_put(r->client, r->easy);
    r->easy = NULL;
    up__unlink(r);
}

void up_pause(struct up_req *r, bool paused)
{
    if (r->conn) {
        up__h1_pause(r, paused);
        return;
    }
    if (!r->easy || r->paused == paused)
        return;
    r->paused = paused;
    curl_easy_pause(r->easy, paused ? CURLPAUSE_RECV : CURLPAUSE_CONT);
}
