/*
 * providers: one file per provider, each a table of pure functions that
 * translate between the gateway's normalized form (OpenAI's request and
 * response JSON) and the provider's wire format. A provider does no I/O:
 * it says what to send (URL, headers, body) and turns what came back (a
 * whole body, or stream bytes as they arrive) into OpenAI-shaped JSON.
 * Adding a provider adds one file and one row in prov_find().
 */
#ifndef GW_PROVIDERS_PROV_H
#define GW_PROVIDERS_PROV_H

#include <stdbool.h>
#include <stddef.h>

#include <curl/curl.h>
#include <jansson.h>

#include "config/cfg.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/str.h"

enum prov_op { PROV_CHAT, PROV_COMPLETION, PROV_EMBEDDING };

/* A normalized chunk (OpenAI chat.completion.chunk shape), borrowed for the
 * call. Returns 0 or a GW_E* code to stop the stream. */
typedef int (*prov_emit_fn)(void *ctx, json_t *chunk);
/* The same for a chunk handed over as the upstream's own JSON text. */
typedef int (*prov_emit_raw_fn)(void *ctx, struct str chunk);

/* One call to one deployment. Everything is borrowed for the call's life. */
struct prov_call {
    enum prov_op op;
    const struct cfg_deployment *dep;
    json_t *req; /* the client's OpenAI-shaped body */
    /* The same body as the client sent its bytes, when `req` is exactly
     * that (not translated, not rewritten by a guardrail); else empty. */
    struct str raw;
    bool stream;
    bool client_wants_usage; /* stream_options.include_usage as the client sent it */
    struct arena *arena;
    /* Set when the caller relays OpenAI chunks as they are: a provider that
     * speaks OpenAI's stream hands over a chunk the gateway would not change
     * (no usage to take out, no error) as its text, validated but never
     * parsed into a tree. NULL: every chunk goes through the emit callback. */
    prov_emit_raw_fn emit_raw;
};

/* What to send upstream. Lives in the call's arena (the header list is
 * released by an arena_defer). */
struct prov_http {
    const char *url;
    struct curl_slist *headers;
    struct str body;
    /* Set by encode() when it fails: why, in words fit for the client (no
     * secrets), and the request field at fault. Static or arena. */
    const char *message;
    const char *param;
};

struct prov_usage {
    long prompt_tokens;
    long completion_tokens;
    long total_tokens;
    bool set;
};

/* A provider's error, mapped to what the gateway answers. */
struct prov_error {
    int status;          /* HTTP status for the client */
    const char *message; /* arena; never contains a secret of ours */
    const char *type;    /* OpenAI error type */
    const char *code;    /* OpenAI error code or NULL */
};

/* Stream decoding state, one per streamed call, kept in the call's arena. */
struct prov_stream {
    struct buf line;  /* a partial line carried to the next bytes */
    struct buf event; /* data lines of the event being assembled */
    char event_name[64]; /* `event:` of the event being assembled */
    size_t event_name_len;
    struct prov_usage usage;
    bool done;  /* the provider said the stream is complete; also set after
                 * emitting an {"error":...} chunk, which ends the stream */
    void *priv; /* the provider's own state */
};


struct prov_ops {
    const char *name;
    /* The provider's whole 2xx body already is OpenAI's JSON: the gateway may
     * relay those bytes instead of re-serializing what decode() returned. */
    bool body_is_openai;
    /* Builds the upstream request. NULL for providers that answer locally. */
    int (*encode)(const struct prov_call *call, struct prov_http *out);
    /* Validates a whole 2xx body that is relayed as is (body_is_openai) and
     * reads its usage, without building a tree. */
    int (*peek)(const struct prov_call *call, struct str body, struct prov_usage *usage);
    /* A whole 2xx body to OpenAI's response JSON (a new reference in *out). */
    int (*decode)(const struct prov_call *call, struct str body, json_t **out,
                  struct prov_usage *usage);
    /* Stream bytes as they arrive to zero or more chunks; called once more
     * with p == NULL and n == 0 when the body has ended, to flush. */
    int (*stream)(const struct prov_call *call, struct prov_stream *st, const char *p, size_t n,
                  prov_emit_fn emit, void *ctx);
    /* A non-2xx answer to the error the client sees. */
    void (*error)(const struct prov_call *call, long status, struct str body,
                  struct prov_error *out);
    /* The deployment's health probe, when it is not a one-token call (NULL):
     * a GET that answers 2xx when the deployment can serve. */
    int (*probe)(const struct prov_call *call, struct prov_http *out);
    /* Providers without a network (mock): answers at once, whole into *out
     * or, when call->stream, chunk by chunk through emit. */
    int (*local)(const struct prov_call *call, json_t **out, struct prov_usage *usage,
                 prov_emit_fn emit, void *ctx);
};

/* The provider serving `name` (cfg_deployment.provider), or NULL. */
const struct prov_ops *prov_find(const char *name);

void prov_stream_init(struct prov_stream *st, size_t max_line);
void prov_stream_dispose(struct prov_stream *st);

/* Usage from an OpenAI "usage" object; leaves *u alone when absent. */
void prov_usage_from_json(struct prov_usage *u, const json_t *usage);

/* The mock's answer for a request carrying `mock_response`, whatever the
 * deployment. */
extern const struct prov_ops prov_mock;
extern const struct prov_ops prov_openai;
extern const struct prov_ops prov_anthropic;
extern const struct prov_ops prov_azure;
extern const struct prov_ops prov_ollama;      /* ollama/: /api/generate */
extern const struct prov_ops prov_ollama_chat; /* ollama_chat/: /api/chat */

#endif
