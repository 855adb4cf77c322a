/*
 * rail: guardrails as LiteLLM configures them (the `guardrails:` section),
 * applied to OpenAI-shaped request and response JSON. Still no HTTP here:
 * the gateway hands in JSON and gets back a verdict, rewritten JSON, and for
 * streams the text that is safe to release.
 *
 *   guardrail: presidio                 the built-in engine (Presidio's
 *                                       entities, pii_entities_config MASK /
 *                                       BLOCK, thresholds, allow list, ...)
 *   guardrail: litellm_content_filter   prebuilt patterns, regex, blocked words
 *
 * Modes: pre_call (scan and rewrite the request), during_call (scan the
 * request, block only), post_call (scan and rewrite the answer, streams
 * included), logging_only (nothing reaches logs anyway: recorded as applied).
 */
#ifndef GW_GUARD_RAIL_H
#define GW_GUARD_RAIL_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "anonymize.h"
#include "guard.h"
#include "util/buf.h"

#define GUARD_PRE_CALL     1u
#define GUARD_DURING_CALL  2u
#define GUARD_POST_CALL    4u
#define GUARD_LOGGING_ONLY 8u

#define GUARD_MAX_RAILS 16

struct guard_rail;
struct guard_rails; /* every rail of one config; immutable */

/*
 * Parses the config's `guardrails` list (NULL or empty: no rails). Problems
 * are reported in `err` and fail the load: a guardrail that cannot work must
 * not be silently skipped.
 */
int guard_rails_new(const json_t *section, struct guard_rails **out, char *err, size_t errlen);
void guard_rails_free(struct guard_rails *rs);
size_t guard_rails_count(const struct guard_rails *rs);

/* The outcome of scanning one call, gathered across rails and phases. */
struct guard_verdict {
    bool blocked;
    const char *blocked_by;  /* the rail's name */
    char entities[256];      /* comma-separated entity types that blocked */
    size_t masked;           /* spans rewritten */
    const char *applied[GUARD_MAX_RAILS]; /* rail names that ran, in order */
    size_t n_applied;
};

/* Per-call state: the rails that run, and the placeholder map of
 * output_parse_pii. Lives in the caller's storage; dispose once. */
struct guard_call {
    const struct guard_rails *rails;
    const struct guard_engine *engine;
    struct guard_scratch *scratch;
    const struct guard_rail *on[GUARD_MAX_RAILS];
    size_t n_on;
    struct guard_placeholders ph; /* output_parse_pii: <PERSON_1> → original */
    bool ph_used;
    struct guard_results res;  /* one scan's results */
    struct guard_results mask; /* the spans of `res` to rewrite */
};

/*
 * Chooses the rails for one call: every default_on rail, plus those the
 * request names in `guardrails` (a list of names, or LiteLLM's
 * metadata.guardrails). An unknown name is GW_EPARAM.
 */
int guard_call_init(struct guard_call *gc, const struct guard_rails *rs,
                    const struct guard_engine *e, struct guard_scratch *s, const json_t *request);
void guard_call_dispose(struct guard_call *gc);
/* Whether any chosen rail runs in one of `modes`. */
bool guard_call_has(const struct guard_call *gc, unsigned modes);

/*
 * Scans every text of an OpenAI request (messages and their parts, tool-call
 * arguments, tool results, prompt, input) with the rails of the pre_call and
 * during_call modes, rewriting masked spans in place. Returns 0 (see
 * v->blocked) or a GW_E* code when the engine failed (the caller refuses
 * the request: the guardrail fails closed).
 */
int guard_call_request(struct guard_call *gc, json_t *req, struct guard_verdict *v);

/* The same for a whole OpenAI answer, with the post_call rails; then puts
 * back the originals of output_parse_pii placeholders. */
int guard_call_response(struct guard_call *gc, json_t *resp, struct guard_verdict *v);

/* Records the rails of `modes` as applied (a stream's headers leave before
 * its post_call scanning has run). */
void guard_call_mark(const struct guard_call *gc, unsigned modes, struct guard_verdict *v);

/*
 * Streamed answers: text arrives in pieces. Each piece is appended to the
 * held text; what can no longer change is scanned, masked and appended to
 * `release`. Held back are only the bytes that could still become part of an
 * entity (the last run of digits, capitalised words, e-mail or URL
 * characters, a partial placeholder) and any detected entity touching the
 * end. At the end of the stream, guard_stream_flush releases the rest.
 */
struct guard_stream {
    struct guard_call *gc;
    struct buf held;     /* not yet released */
    struct buf context;  /* the last released bytes, for context words */
};

void guard_stream_init(struct guard_stream *st, struct guard_call *gc);
void guard_stream_dispose(struct guard_stream *st);
int guard_stream_feed(struct guard_stream *st, struct str piece, struct buf *release,
                      struct guard_verdict *v);
int guard_stream_flush(struct guard_stream *st, struct buf *release, struct guard_verdict *v);

/* "name1,name2" of the rails that ran, for x-litellm-applied-guardrails. */
void guard_verdict_applied(const struct guard_verdict *v, struct buf *out);

#endif
