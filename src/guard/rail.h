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
 *
 * A presidio rail with `presidio_analyzer_api_base` has its texts analyzed
 * by an external Presidio analyzer. The guard cannot call it (no HTTP
 * here), so a scan is split in three: guard_call_request (or _response)
 * runs the rails it can and answers GUARD_NEED_ANALYSIS with the texts an
 * external rail must see (guard_call_need); the caller has them analyzed
 * and hands each answer back (guard_call_supply); the same call again
 * applies them (MASK, BLOCK, placeholders, thresholds, allow list, exactly
 * as for the engine's own results) and goes on with the next rails.
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

/* guard_call_request / _response: texts wait for an external analyzer. */
#define GUARD_NEED_ANALYSIS 1

/* An external analyzer's time for one /analyze when the rail sets no
 * `timeout` (an HTTP client's default of minutes would hold every request
 * of an outage). */
#define GUARD_ANALYZER_TIMEOUT_MS 5000
/* The longest `timeout` a rail may set, in seconds. */
#define GUARD_ANALYZER_TIMEOUT_MAX 3600
/*
 * presidio_analyze_chunk_size_bytes, LiteLLM's: a text longer than this
 * (counted as it is written in the JSON body, escapes included) goes to the
 * analyzer in overlapping pieces of at most this size. The default is
 * LiteLLM's; the smallest accepted keeps the number of pieces reasonable.
 */
#define GUARD_ANALYZER_CHUNK_BYTES 500000
#define GUARD_ANALYZER_CHUNK_MIN   1024

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

/*
 * The external Presidio analyzer of a rail (LiteLLM's
 * presidio_analyzer_api_base); immutable, lives as long as the rails. What
 * to send is LiteLLM's /analyze payload: the text, `language`, `entities`
 * (the keys of pii_entities_config, when set) and `ad_hoc_recognizers`.
 */
struct guard_analyzer {
    const char *rail;     /* the rail's name, for logs */
    char *url;            /* {api_base}/analyze, http:// added when no scheme */
    const char *language; /* presidio_language, default "en" */
    json_t *entities;     /* JSON list of entity types, or NULL */
    const json_t *ad_hoc; /* JSON list of ad-hoc recognizers, or NULL */
    long timeout_ms;      /* one /analyze, connecting included: `timeout` */
    size_t chunk_bytes;   /* presidio_analyze_chunk_size_bytes */
};

/* The outcome of scanning one call, gathered across rails and phases. */
struct guard_verdict {
    bool blocked;
    const char *blocked_by;               /* the rail's name */
    char entities[256];                   /* comma-separated entity types that blocked */
    size_t masked;                        /* spans rewritten */
    const char *applied[GUARD_MAX_RAILS]; /* rail names that ran, in order */
    size_t n_applied;
    /* fail_open rails whose external analyzer could not answer: they did
     * not run, and the call went on without them. */
    const char *not_run[GUARD_MAX_RAILS];
    size_t n_not_run;
};

/*
 * One text an external analyzer must read (see guard_call_need): a whole
 * string of the call, or one piece of a string longer than the rail's
 * chunk_bytes. Pieces overlap; the guard joins their answers.
 */
struct guard_need {
    const struct guard_analyzer *an;
    struct str text; /* valid UTF-8; lives until the scan that asked for it ends */
    /* Private. */
    json_t *holder;           /* the JSON string `text` is in: a reference */
    size_t at;                /* where `text` starts in that string, in bytes */
    bool cont;                /* a later piece of the string of the need before */
    json_t *answer;           /* the analyzer's answer: results point into it */
    struct guard_results res; /* byte offsets into `text`, sorted by start */
    int state;                /* 0 waiting, 1 answered, -1 failed */
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
    /* Where a scan with external rails stands (private): the next rail to
     * run, whether its texts were handed out, and those texts. */
    size_t next;
    bool waiting;
    struct guard_need *need; /* heap */
    size_t n_need, cap_need;
    /* The walk under way (private): which rails, and how. */
    int walk;
    size_t lo, hi, seq;
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

/* Whether a chosen rail of `modes` sends its texts to an external analyzer. */
bool guard_call_external(const struct guard_call *gc, unsigned modes);

/*
 * Scans every text of an OpenAI request (messages and their parts, tool-call
 * arguments, tool results, prompt, input) with the rails of the pre_call and
 * during_call modes, rewriting masked spans in place. Returns 0 (see
 * v->blocked) or a GW_E* code when the engine failed, or an external
 * analyzer did for a rail that is not fail_open (the caller refuses the
 * request: the guardrail fails closed).
 *
 * GUARD_NEED_ANALYSIS: a rail needs an external analyzer's results first.
 * Supply one for every guard_call_need(), then call again with the same
 * `req` and `v`, untouched in between; it goes on where it stopped.
 */
int guard_call_request(struct guard_call *gc, json_t *req, struct guard_verdict *v);

/* The same for a whole OpenAI answer, with the post_call rails; then puts
 * back the originals of output_parse_pii placeholders. */
int guard_call_response(struct guard_call *gc, json_t *resp, struct guard_verdict *v);

/* After GUARD_NEED_ANALYSIS: how many texts wait, and each of them. */
size_t guard_call_needs(const struct guard_call *gc);
const struct guard_need *guard_call_need(const struct guard_call *gc, size_t i);
/*
 * The analyzer's answer for text `i`: Presidio's /analyze JSON (a list of
 * {"entity_type","start","end","score"}, offsets in code points of that
 * text, a piece's own for a piece; a reference is kept), or NULL when it
 * could not be had (unreachable, timed out, not 2xx, not JSON). An answer
 * that is not such a list, or names offsets outside the text, counts as
 * none: GW_EPARAM. A rail with a text (or a piece) without an answer fails
 * closed, or does not run when fail_open.
 */
int guard_call_supply(struct guard_call *gc, size_t i, const json_t *answer);

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
 *
 * Each byte is scanned by Hyperscan once (streaming mode, guard_incr_*),
 * when the first release that holds it is due; a release replays the
 * reports of the context and held bytes instead of scanning them again.
 */
struct guard_stream {
    struct guard_call *gc;
    struct buf held;         /* not yet released */
    struct buf context;      /* the last released bytes, for context words */
    struct guard_incr *incr; /* heap; made at the first release */
    size_t at;               /* where `held` starts in the scanned text */
};

void guard_stream_init(struct guard_stream *st, struct guard_call *gc);
void guard_stream_dispose(struct guard_stream *st);
int guard_stream_feed(struct guard_stream *st, struct str piece, struct buf *release,
                      struct guard_verdict *v);
int guard_stream_flush(struct guard_stream *st, struct buf *release, struct guard_verdict *v);

/* "name1,name2" of the rails that ran, for x-litellm-applied-guardrails. */
void guard_verdict_applied(const struct guard_verdict *v, struct buf *out);
/* The same for the fail_open rails that could not run. */
void guard_verdict_not_run(const struct guard_verdict *v, struct buf *out);

#endif
