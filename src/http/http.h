/*
 * http: the client side of the gateway. A listener per worker loop
 * (SO_REUSEPORT), HTTP/1.1 connections parsed with http-parser, keep-alive,
 * pipelined requests answered in order, limits on header size, header count,
 * body size and time, whole responses and chunked streams with backpressure,
 * and graceful drain. It knows nothing of models or providers: a request is
 * handed to one callback, which answers it through the http_respond /
 * http_stream_* functions, now or later, on the same loop.
 */
#ifndef GW_HTTP_HTTP_H
#define GW_HTTP_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uv.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/str.h"

#define HTTP_MAX_HEADERS      64
#define HTTP_MAX_HEADER_BYTES (32 * 1024)
/* Bytes queued on a client socket above which a stream asks its producer to
 * pause, and below which it asks it to resume. */
#define HTTP_READ_BUF   (64 * 1024) /* one per thread, lent to each read */
#define HTTP_WRITE_HIGH (256 * 1024)
#define HTTP_WRITE_LOW  (64 * 1024)

struct http_server;
struct http_conn;

struct http_header {
    struct str name;
    struct str value;
};

enum http_verb { HTTP_M_OTHER, HTTP_M_GET, HTTP_M_POST, HTTP_M_HEAD, HTTP_M_DELETE, HTTP_M_PUT };

/*
 * One request. Lives in the connection until the answer is complete; every
 * str below points into `arena`, which dies at the end of the request.
 */
struct http_req {
    struct http_conn *conn;
    struct arena *arena;
    enum http_verb method;
    struct str path;  /* without the query string */
    struct str query; /* without '?' */
    struct http_header headers[HTTP_MAX_HEADERS];
    size_t n_headers;
    struct buf body; /* owned by the connection; valid until the answer is complete */
    uint64_t t_start_us; /* when the first byte of the request arrived */
    bool streaming;      /* http_stream_begin was called */
    bool answered;       /* the answer is complete */

    /* Set by the handler. */
    void *udata;
    /* The client went away before the answer was complete; the handler must
     * stop its work (cancel the upstream) and must not answer. The request
     * memory dies right after this returns. */
    void (*on_abort)(struct http_req *r);
    /* The socket's queue fell below HTTP_WRITE_LOW after http_stream_write
     * returned 1. */
    void (*on_drain)(struct http_req *r);
};

/* Called for every complete request. The handler answers now or later. */
typedef void (*http_handler_fn)(struct http_req *r, void *ctx);

struct http_limits {
    size_t max_body;          /* bytes; above it 413 */
    uint64_t header_timeout;  /* ms from first byte to complete request; 408 */
    uint64_t idle_timeout;    /* ms a keep-alive connection may sit idle */
    uint64_t drain_timeout;   /* ms in-flight requests get after http_server_drain */
};

struct http_server {
    uv_loop_t *loop;
    uv_tcp_t listener;
    bool listening;
    bool draining;
    struct http_limits limits;
    http_handler_fn handler;
    void *ctx;
    struct http_conn *conns; /* every open connection, doubly linked */
    size_t n_conns;
    uv_timer_t drain_timer;
    void (*on_drained)(struct http_server *s); /* all connections closed after drain */
    /* Writes the body of an error the HTTP layer answers itself (400, 408,
     * 413, 431) in the shape the route's clients expect; r->path may be
     * empty. NULL: OpenAI's shape. */
    void (*error_body)(const struct http_req *r, int status, const char *message,
                       struct buf *out);
    uint64_t requests; /* served, for metrics */
    struct buf head;   /* an answer's status line and headers, built one at a time */
};

/* Binds host:port with SO_REUSEPORT on `loop` and starts accepting. */
int http_server_init(struct http_server *s, uv_loop_t *loop, const char *host, int port,
                     const struct http_limits *lim, http_handler_fn fn, void *ctx);
/*
 * Stops accepting, closes idle connections, lets in-flight requests finish
 * (answers then carry `Connection: close`), and force-closes what is left after
 * limits.drain_timeout. Calls on_drained once no connection is left.
 */
void http_server_drain(struct http_server *s);

/* Header look-up, case-insensitive; STR_NULL when absent. */
struct str http_header(const struct http_req *r, const char *name);

/*
 * Whole answer with Content-Length. `headers` may be NULL; a Content-Type
 * header is added when absent (application/json). Returns 0 or a GW_E* code;
 * the request is complete either way and must not be touched after it.
 */
int http_respond(struct http_req *r, int status, const struct http_header *headers, size_t n,
                 struct str body);

/* Chunked answer: begin once, write any number of times, end once. */
int http_stream_begin(struct http_req *r, int status, const struct http_header *headers, size_t n);
/* Returns 0, or 1 when the socket's queue passed HTTP_WRITE_HIGH (on_drain
 * follows), or a GW_E* code. */
int http_stream_write(struct http_req *r, const void *p, size_t n);
/* Completes the answer; the request must not be touched after it. */
int http_stream_end(struct http_req *r);
/* The same after a last write of p (n may be 0): both in one write, so the
 * client gets them in one segment. */
int http_stream_finish(struct http_req *r, const void *p, size_t n);

/* Bytes queued on the request's socket. */
size_t http_queued(const struct http_req *r);

#endif
