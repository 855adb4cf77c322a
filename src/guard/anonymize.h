/*
 * anonymize: what happens to PII once it is found. Presidio's anonymizer
 * operators (replace, redact, mask, hash, encrypt, keep) and deanonymizers
 * (decrypt, deanonymize_keep), configured with Presidio's JSON, with
 * Presidio's conflict handling and its `items` list; AES-CBC output that
 * Presidio's own deanonymizer decrypts; and the numbered placeholders
 * (<PERSON_1>) with a table to restore them, for LiteLLM's output_parse_pii.
 *
 * Like the rest of guard it knows nothing of HTTP. Offsets going in are
 * UTF-8 byte offsets (what guard_analyze reports); offsets in the `items`
 * that come out are Unicode code points in the OUTPUT text, as Presidio
 * reports them. guard_results_from_json() reads Presidio's analyzer_results
 * (code points) into byte offsets.
 *
 * Every function is reentrant and keeps no state between calls except in
 * the caller-owned struct guard_placeholders.
 */
#ifndef GW_GUARD_ANONYMIZE_H
#define GW_GUARD_ANONYMIZE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "guard.h"
#include "util/buf.h"
#include "util/str.h"

/* Room for an error message fit to show a client (Presidio's wording). */
#define GUARD_ANON_ERRLEN 256

/*
 * Anonymizes `text` (UTF-8). `r` holds results with byte offsets into
 * `text`; it is read, not changed. `operators` is Presidio's "anonymizers"
 * object, e.g. {"DEFAULT": {"type": "replace", "new_value": "X"},
 * "PERSON": {"type": "mask", "masking_char": "*", "chars_to_mask": 4,
 * "from_end": true}}, or NULL: every entity is replaced by <ENTITY_TYPE>.
 * An entity type without its own entry uses "DEFAULT", and without one,
 * replace.
 *
 * Overlaps are settled as Presidio's AnonymizerEngine does
 * (MERGE_SIMILAR_OR_CONTAINED): intersecting spans of one type merge into
 * their union with the higher score; a span contained in another, or equal
 * to one with a score at least as high, is dropped; partial overlaps of
 * different types both stay and their outputs are concatenated; then
 * neighbours of one type separated only by spaces merge into one.
 *
 * The anonymized text is appended to `out`. When `items` is not NULL it
 * receives a new JSON array (the caller owns the reference), in Presidio's
 * order (last span first): [{"start","end","entity_type","text","operator"}]
 * with code-point offsets into the anonymized text.
 *
 * Returns 0, or:
 *   GW_EPARAM   an operator or its parameters are invalid, or a result lies
 *               outside the text (Presidio answers 422); `err` says why
 *   GW_EINVAL   a "custom" operator (Presidio answers 400); `err` says so
 *   GW_ETOOBIG  `out` hit its ceiling
 *   GW_ENOMEM
 * `err` (may be NULL) receives a NUL-terminated message of at most
 * `errlen` bytes on failure. On failure `out` may hold partial output.
 */
int guard_anonymize(struct str text, const struct guard_results *r, const json_t *operators,
                    struct buf *out, json_t **items, char *err, size_t errlen);

/*
 * Reverses encrypt. `entities` is Presidio's "anonymizer_results" array,
 * [{"start","end","entity_type"}, ...] with code-point offsets into `text`
 * (extra keys such as "text" and "operator" are ignored); `operators` is
 * Presidio's "deanonymizers" object: {"DEFAULT": {"type": "decrypt",
 * "key": "..."}}; "deanonymize_keep" leaves a span as it is. Output and
 * `items` as for guard_anonymize; an item's "text" is the decrypted value.
 * Errors as for guard_anonymize; a ciphertext that does not decrypt with
 * the key is GW_EPARAM.
 */
int guard_deanonymize(struct str text, const json_t *entities, const json_t *operators,
                      struct buf *out, json_t **items, char *err, size_t errlen);

/*
 * Presidio's "analyzer_results" ([{"start","end","score","entity_type"}],
 * code points) → results with byte offsets into `text`, appended to `out`.
 * Each result's `entity` points into `arr`: keep `arr` alive while `out` is
 * used. Extra keys (analysis_explanation, recognition_metadata) are
 * ignored. Returns 0, GW_EPARAM with Presidio's message in `err`, or
 * GW_ENOMEM.
 */
int guard_results_from_json(struct str text, const json_t *arr, struct guard_results *out,
                            char *err, size_t errlen);

/* ---- primitives, exposed for the CLI and tests --------------------------- */

/*
 * Presidio's AESCipher: AES-CBC with the UTF-8 bytes of `key` (16, 24 or
 * 32 bytes: AES-128/192/256), PKCS#7 padding, a random 16-byte IV put in
 * front of the ciphertext, the whole in URL-safe base64 with padding.
 * Appends to `out`. GW_EPARAM: bad key length.
 */
int guard_aes_encrypt(struct str key, struct str plain, struct buf *out);
/*
 * The reverse. Accepts both base64 alphabets (Python's urlsafe_b64decode
 * does); the plaintext must be valid UTF-8. GW_EPARAM: bad key length, or a
 * ciphertext that is not base64, too short, or does not decrypt (wrong key,
 * bad padding).
 */
int guard_aes_decrypt(struct str key, struct str cipher, struct buf *out);
/*
 * Presidio's hash operator: hex digest of SHA-256 (or SHA-512 with
 * `sha512`) over the UTF-8 text followed by the salt bytes. Appends the
 * lowercase hex to `out`.
 */
int guard_hash_hex(struct str text, struct str salt, bool sha512, struct buf *out);

/* Number of code points in a UTF-8 string. */
size_t guard_cp_len(struct str s);

/*
 * Appends to the JSON array `out` the names of the engine's recognizers
 * (Presidio's class names: "CreditCardRecognizer", ...), each once, in table
 * order: what Presidio's GET /recognizers lists. Returns 0 or GW_ENOMEM.
 */
int guard_recognizer_names(const struct guard_engine *e, json_t *out);

/* The regular expression of a built-in recognizer's pattern (Presidio's
 * analysis_explanation "pattern"), or NULL (ad hoc, NER, unknown). Static. */
const char *guard_pattern_regex(const char *recognizer, const char *pattern_name);

/* ---- numbered placeholders (LiteLLM's output_parse_pii) ------------------ */

/*
 * A placeholder table for one call (one request and its answer). Each
 * detected span becomes <ENTITY_TYPE_N>, N counting per entity type from 1;
 * the same type and value get the same number everywhere in the call, so a
 * name repeated across messages stays one placeholder. Restoring puts the
 * original values back into the model's answer.
 *
 * Caller-owned storage; _init before use, _dispose once. The JSON members
 * are owned by the struct and may be read (e.g. logged as counts, never
 * values).
 */
struct guard_placeholders {
    json_t *map;      /* {"<PERSON_1>": "Jane Doe", ...} */
    json_t *values;   /* {"PERSON:Jane Doe": "<PERSON_1>", ...} */
    json_t *counters; /* {"PERSON": 1, ...} */
};

void guard_placeholders_init(struct guard_placeholders *p);
void guard_placeholders_dispose(struct guard_placeholders *p);

/*
 * Appends `text` to `out` with every span of `r` (byte offsets) replaced by
 * its placeholder. Overlaps are settled as in guard_anonymize, and a partial
 * overlap left over is cut so that no byte is inside two placeholders:
 * restoring gives back exactly `text`. Numbers are given left to right.
 * Returns 0, GW_EPARAM (a span outside the text), GW_ETOOBIG or GW_ENOMEM.
 */
int guard_placeholder_apply(struct guard_placeholders *p, struct str text,
                            const struct guard_results *r, struct buf *out);

/*
 * Appends `text` to `out` with every known placeholder replaced by its
 * original value, in one left-to-right pass (a restored value is never
 * scanned again). Unknown <...> tokens are left alone. Returns 0,
 * GW_ETOOBIG or GW_ENOMEM.
 */
int guard_placeholder_restore(const struct guard_placeholders *p, struct str text, struct buf *out);

/*
 * For streams: how many bytes at the end of `text` could be the beginning of
 * one of the table's placeholders still to be completed by the next piece
 * ("<PER", "<PERSON_"), and must be held back before restoring. 0 when
 * none.
 */
size_t guard_placeholder_partial(const struct guard_placeholders *p, struct str text);

/* ---- command line -------------------------------------------------------- */

/*
 * `llmgate anonymize [--entities A,B] [--threshold X] [--operators JSON]
 * [--jsonl] [FILE]`; argv[0] is "anonymize". Returns the process exit code.
 */
int guard_cli_anonymize(int argc, char **argv);

#endif
