/*
 * guard: PII detection and anonymization, as a library. It knows nothing of
 * HTTP: the gateway (guardrails in the request path), the CLI (`llmgate
 * scan`, `llmgate anonymize`) and the Presidio-compatible REST API all call
 * this interface.
 *
 * An engine is compiled once (every pattern recognizer in one Hyperscan
 * database, exact spans and look-arounds with PCRE2, the NER model loaded)
 * and is then immutable and shared by all threads. Each thread brings its
 * own scratch. Offsets in results are UTF-8 byte offsets into the analyzed
 * text; guard_cp_offsets() turns them into Unicode code points (Presidio's
 * convention) for output.
 */
#ifndef GW_GUARD_GUARD_H
#define GW_GUARD_GUARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "util/str.h"

struct guard_engine;
struct guard_scratch;

struct guard_result {
    const char *entity;     /* static or engine-owned, e.g. "EMAIL_ADDRESS" */
    size_t start, end;      /* UTF-8 byte offsets, end exclusive */
    double score;           /* 0..1 */
    const char *recognizer; /* e.g. "CreditCardRecognizer"; for explanations */
    /* Decision process (Presidio's analysis_explanation), filled always. */
    const char *pattern_name;
    double original_score;
    double score_context_improvement;
    const char *supportive_context_word; /* static/engine-owned or NULL */
    bool validation_result_set, validation_result;
};

struct guard_results {
    struct guard_result *v; /* heap, owned; guard_results_dispose */
    size_t n, cap;
};

/* Per-call options; zero means defaults (all entities, threshold 0). */
struct guard_opts {
    const char *const *entities;   /* NULL-terminated list of entity types, or NULL for all */
    double threshold;              /* drop results scoring below */
    const char *const *allow_list; /* NULL-terminated exact strings never reported */
    const char *const *context;    /* extra context words (lower case), NULL-terminated */
    bool no_ner;                   /* patterns only */
    /* Ad-hoc recognizers (Presidio's "ad_hoc_recognizers" JSON array) for
     * this call only; borrowed. Results of an ad-hoc recognizer point their
     * `entity` and `recognizer` into this JSON: keep it alive as long as the
     * results. Each element: {"name", "supported_entity", "patterns":
     * [{"name", "regex", "score"}], "context": [...], "deny_list": [...],
     * "deny_list_score", "global_regex_flags" (Python re flags; default
     * DOTALL|MULTILINE|IGNORECASE)}. A malformed element gives GW_EPARAM. */
    const json_t *ad_hoc;
    /* The same, compiled once (guard_adhoc_new()): used instead of `ad_hoc`
     * when set, so a guardrail's regexes are not compiled on every call.
     * Shared read-only by any number of threads; borrowed. */
    const struct guard_adhoc *adhoc;
    /* Presidio's analyzer semantics for overlaps: only a result contained in
     * another of the same type with a higher or equal score is removed.
     * Default (false): overlapping results are resolved, see guard.c. */
    bool keep_overlaps;
    /* The caller reads no decision process (the guardrails, `llmgate
     * scan`): a validated match whose checksum already gave it the top
     * score has its context words looked up only where they choose between
     * overlapping results, so its supportive_context_word may stay NULL. */
    bool no_explain;
};

/*
 * Builds the engine. `model_path` may be NULL: the NER model built into the
 * binary is used. Returns 0 or a GW_E* code; on failure `err` (if not NULL)
 * holds a static message.
 */
int guard_engine_new(const char *model_path, struct guard_engine **out, const char **err);
void guard_engine_free(struct guard_engine *e);

/* Per-thread scratch space; not shared between threads. */
int guard_scratch_new(const struct guard_engine *e, struct guard_scratch **out);
void guard_scratch_free(struct guard_scratch *s);

/*
 * Finds PII in `text` (UTF-8). Results are appended to `out`, sorted by
 * start, overlaps resolved as Presidio does (the higher score wins; equal
 * scores: the longer span). Returns 0 or a GW_E* code.
 */
int guard_analyze(const struct guard_engine *e, struct guard_scratch *s, struct str text,
                  const struct guard_opts *opt, struct guard_results *out);

/*
 * Incremental scanning, for a text that arrives in pieces (a streamed
 * answer). Each piece is scanned once, in order, by Hyperscan's streaming
 * mode, which keeps the reports (pattern, end offset). While the scan is
 * attached, guard_analyze() on a window of the fed text takes the reports
 * that end inside the window instead of scanning it again; everything after
 * (confirmation with PCRE2, validation, context words, ad-hoc recognizers,
 * NER, overlaps) runs on the window as always. A report is one the whole
 * fed text gives: a pattern that needs the byte before the window (a
 * boundary) sees the real one, not the window's start.
 *
 * An engine whose streaming database did not compile still gives an
 * incremental scan: its windows are then scanned whole, in block mode.
 *
 * The scan is bound to the scratch it was made with, so to that scratch's
 * thread; any number of scans may share one scratch.
 */
struct guard_incr;

/* A new scan of an empty text. Free with guard_incr_free() (NULL is fine),
 * before the scratch. GW_ENOMEM. */
int guard_incr_new(struct guard_scratch *s, struct guard_incr **out);
void guard_incr_free(struct guard_incr *in);

/* Scans the next bytes of the text; a piece may end inside a character.
 * GW_ENOMEM. Should Hyperscan fail, the scan goes on as without a streaming
 * database. */
int guard_incr_feed(struct guard_incr *in, struct str piece);

/* The bytes fed so far: the offset the next piece starts at. */
size_t guard_incr_fed(const struct guard_incr *in);

/* The bytes Hyperscan has scanned in streaming mode (0 without a streaming
 * database): each fed byte once. */
size_t guard_incr_scanned(const struct guard_incr *in);

/*
 * Until guard_incr_detach(), guard_analyze() with the scan's scratch, given
 * a text that starts at `window.ptr` and is no longer than `window`, takes
 * it to be the fed text from offset `at` on, and replays its reports. Any
 * other text is scanned as usual. The window's bytes must be the fed ones.
 */
void guard_incr_attach(struct guard_incr *in, struct str window, size_t at);
void guard_incr_detach(struct guard_incr *in);

/* Drops the reports that end at or before `upto`: no window will start
 * before it. Keeps the memory a long stream holds bounded. */
void guard_incr_forget(struct guard_incr *in, size_t upto);

/*
 * Compiles Presidio ad-hoc recognizer JSON (see guard_opts.ad_hoc) once, for
 * every later call: PCRE2 code, deny-list regexes and normalised context
 * words. The set holds a reference to `ad_hoc` (results point into its
 * strings) and is read-only afterwards: threads share it, each call brings
 * its own match data. GW_EPARAM for a malformed element or a regex that does
 * not compile, GW_ENOMEM. Free with guard_adhoc_free() (NULL is fine).
 */
struct guard_adhoc;
int guard_adhoc_new(const json_t *ad_hoc, struct guard_adhoc **out);
void guard_adhoc_free(struct guard_adhoc *a);

void guard_results_reset(struct guard_results *r);
void guard_results_dispose(struct guard_results *r);

/* Every entity type the engine can report (static list, NULL-terminated). */
const char *const *guard_entities(const struct guard_engine *e);

/* Converts byte offsets of results to code-point offsets in place. */
void guard_cp_offsets(struct str text, struct guard_results *r);

/*
 * `llmgate scan [--entities A,B] [--threshold X] [--jsonl] [--no-ner] [FILE]`
 * (argv[0] is "scan"). Prints Presidio /analyze results with code-point
 * offsets; with --jsonl, one {"id","results"} line per {"id","text"} line.
 * Returns the process exit status.
 */
int guard_cli_scan(int argc, char **argv);

#endif
