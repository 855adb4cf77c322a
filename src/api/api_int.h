/* Declarations shared by the files of the api module only. */
#ifndef GW_API_API_INT_H
#define GW_API_API_INT_H

#include <stdatomic.h>

#include <jansson.h>
#include <uv.h>

#include "api.h"
#include "auth/auth.h"
#include "config/cfg.h"
#include "http/http.h"
#include "providers/prov.h"
#include "router/route.h"
#include "upstream/up.h"

struct guard_engine;
struct guard_scratch;
struct guard_rails;

struct api_worker {
    int index;
    uv_loop_t loop;
    uv_thread_t thread;
    uv_prepare_t log_flush; /* writes the request log lines before the loop blocks */
    uv_async_t wake; /* the main thread asks for a drain */
    struct http_server http;
    struct up_client up;
    struct cfg *cfg;
    struct route *rt;                 /* shared by every worker; its state is atomic */
    const struct guard_engine *guard; /* shared, immutable; NULL if it could not be built */
    struct guard_scratch *gscratch;   /* this worker's; NULL without an engine */
    const struct guard_rails *rails;  /* the config's guardrails, or NULL */
    uint64_t rng;
    const struct api_options *opt;
    int start_rc;
    uv_sem_t *started;
};

/* Process-wide facts every worker may read. */
extern _Atomic bool api__draining;
extern int64_t api__started_at;

/* OpenAI's error body {"error":{"message","type","param","code"}} (a new
 * reference); `code` NULL means the status as text. The one place it is built. */
json_t *api__error_json(int status, const char *message, const char *type, const char *param,
                        const char *code);
/* Sends an OpenAI-shaped error: {"error":{"message","type","param","code"}}.
 * `message` must not contain secrets or message content. */
void api__send_error(struct http_req *r, int status, const char *message, const char *type,
                     const char *param, const char *code);
/* The same for a GW_E* code with its default message. */
void api__send_code(struct http_req *r, int code, const char *message);
/* Sends a JSON value (the reference is kept by the caller). */
void api__send_json(struct http_req *r, int status, const json_t *j, const struct http_header *h,
                    size_t n);

/* Checks the caller's key; on failure answers 401 and returns GW_EAUTH. */
int api__authorize(struct api_worker *w, struct http_req *r, struct auth_ctx *out);

/* The Anthropic Messages dialect (messages.c). */
struct api__messages_stream {
    const char *model; /* what the client asked for, echoed back */
    bool started, block_open, block_is_tool;
    int block;      /* index of the current content block */
    int tool_index; /* OpenAI tool_calls index of the open tool block */
    const char *stop_reason;
    long input_tokens, output_tokens;
};
/* Anthropic request → OpenAI chat request (new reference); *err is a message
 * for a 400 when it returns GW_EPARAM. */
int api__messages_request(const json_t *in, json_t **out, const char **err);
/* OpenAI chat.completion → Anthropic message (new reference). */
json_t *api__messages_response(const json_t *resp, const char *model);
json_t *api__messages_error(int status, const char *message);
/* Appends the Anthropic events for one OpenAI chunk, or for the end. */
int api__messages_chunk(struct api__messages_stream *st, const json_t *chunk, struct buf *out);
int api__messages_end(struct api__messages_stream *st, const struct prov_usage *u, struct buf *out);
int api__messages_stream_error(int status, const char *message, struct buf *out);
/* An estimate of the prompt's tokens for /v1/messages/count_tokens. */
long api__messages_count(const json_t *in);

/* Endpoints. */
void api__messages(struct api_worker *w, struct http_req *r);
void api__count_tokens(struct api_worker *w, struct http_req *r);
void api__llm(struct api_worker *w, struct http_req *r, enum prov_op op);
void api__models(struct api_worker *w, struct http_req *r);
void api__health(struct api_worker *w, struct http_req *r);
void api__readiness(struct api_worker *w, struct http_req *r);
/* Presidio's analyzer and anonymizer routes (presidio.c), bare or under
 * /presidio/; true when `path` was one of them and the request is answered. */
bool api__presidio(struct api_worker *w, struct http_req *r, struct str path);

/*
 * External Presidio analyzers of guardrails (analyzer.c). After
 * GUARD_NEED_ANALYSIS, sends every text the guard lists to its rail's
 * analyzer and supplies the answers; then calls done(udata) from the loop,
 * never from inside api__analysis_start. Returns 0 (done follows), 1 when
 * nothing could be sent (every text supplied as unanswered, no callback:
 * go on now) or GW_ENOMEM. `a` is caller storage that must stay put until
 * done or api__analysis_cancel, which stops what is in flight (no callback
 * follows) and may be called any number of times.
 */
struct guard_call;
struct api__analyzer_req;
struct api__analysis {
    struct api_worker *w;
    struct guard_call *gc;
    const char *request_id; /* for log lines */
    void (*done)(void *udata);
    void *udata;
    struct api__analyzer_req *reqs; /* heap, one per text */
    struct curl_slist *headers;
    size_t n, next, inflight, finished;
};
int api__analysis_start(struct api__analysis *a, struct api_worker *w, struct guard_call *gc,
                        const char *request_id, void (*done)(void *udata), void *udata);
void api__analysis_cancel(struct api__analysis *a);

#endif
