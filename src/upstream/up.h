/*
 * upstream: HTTP(S) requests to model providers on the worker's libuv loop.
 * Plain http:// URLs that no proxy applies to (local vLLM, Ollama,
 * llama.cpp, the test and bench upstreams) go through a native HTTP/1.1
 * client (h1.c); https:// and proxied URLs through libcurl's multi-socket
 * API (client.c). One `struct up_client` per worker holds both, so
 * connections to a provider are kept alive and reused by every request of
 * that worker. Proxies come from the environment (http_proxy, https_proxy,
 * all_proxy, no_proxy), as curl reads them.
 */
#ifndef GW_UPSTREAM_UP_H
#define GW_UPSTREAM_UP_H

#include <stdbool.h>
#include <stddef.h>

#include <curl/curl.h>
#include <uv.h>

#include "util/buf.h"
#include "util/str.h"

#define UP_SPARE_HANDLES 64

struct up_host; /* h1.c: one host:port, its addresses and idle connections */
struct up_conn; /* h1.c: one TCP connection */

struct up_client {
    uv_loop_t *loop;
    CURLM *multi;
    uv_timer_t timer;
    int running;
    size_t active; /* requests in flight */
    struct up_req *reqs; /* in flight, for the stall sweep */
    CURL *spare[UP_SPARE_HANDLES];
    int n_spare;
    uv_timer_t sweep;

    /* Native HTTP/1.1 (h1.c). */
    struct up_host *hosts;  /* every host:port asked for; owned */
    size_t n_idle;          /* pooled connections over all hosts */
    struct up_conn *later;  /* connections with work for the next loop turn */
    uv_timer_t later_timer; /* 0 ms: runs `later` */
    char *rbuf;             /* read buffer of every connection; owned */
    bool proxy_env;         /* http_proxy, HTTP_PROXY, all_proxy or ALL_PROXY set */
    char *no_proxy;         /* copy of no_proxy (else NO_PROXY), or NULL; owned */
};

struct up_req;

/* Bytes of the response body as they arrive, always consumed whole. Return 0
 * to go on, 1 to pause the transfer after these bytes (resume with
 * up_pause(r, false)), or a GW_E* code to abort (on_done follows with it). */
typedef int (*up_data_fn)(struct up_req *r, const char *p, size_t n);
/* The transfer ended: rc is 0 (any HTTP status) or a GW_E* code
 * (GW_EUPTIMEOUT, GW_EUPSTREAM for connection failures, bad or cut-short
 * answers; curl_error says which). Called once, unless
 * the request was cancelled. The request may be freed inside. */
typedef void (*up_done_fn)(struct up_req *r, int rc);

struct up_req {
    /* Set by the caller before up_start; all must outlive the transfer. */
    const char *url;
    const char *method; /* NULL: POST when body is set, else GET */
    struct curl_slist *headers; /* owned by the caller */
    struct str body;
    long timeout_ms;         /* whole transfer; 0 = none */
    long stall_ms;           /* abort after this long without a byte; 0 = off */
    long connect_timeout_ms; /* 0 = 10 s */
    up_data_fn on_data;
    up_done_fn on_done;
    void *udata;

    /* Filled during the transfer. */
    long status; /* 0 until the response headers are in */
    char content_type[96];
    char retry_after[32];
    char retry_after_ms[32];
    bool got_headers;
    char curl_error[CURL_ERROR_SIZE];

    /* Private. */
    struct up_client *client;
    CURL *easy;           /* libcurl transfer, or */
    struct up_conn *conn; /* native transfer */
    uint64_t deadline;    /* loop ms when timeout_ms runs out */
    bool paused;
    int abort_rc;
    uint64_t last_ms; /* loop time of the last byte from upstream */
    struct up_req *prev, *next;
};

int up_client_init(struct up_client *c, uv_loop_t *loop);
/* Cancels what is in flight (no on_done) and releases the handles. */
void up_client_close(struct up_client *c);

/* Starts a transfer; on_done is called later, never from inside up_start.
 * Returns 0, or GW_ENOMEM/GW_EUPSTREAM when nothing was started. */
int up_start(struct up_client *c, struct up_req *r);
/* True from up_start until on_done or up_cancel. */
bool up_active(const struct up_req *r);
/* Stops a transfer; no callback follows. Safe on a finished request. Its
 * connection is closed, never reused. */
void up_cancel(struct up_req *r);
/* Stops reading from upstream, or goes on. On resume, bytes that arrived
 * with the ones that paused are delivered first (from the loop, not from
 * inside up_pause). timeout_ms still runs while paused; stall_ms does not. */
void up_pause(struct up_req *r, bool paused);

#endif
