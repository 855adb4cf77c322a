/*
 * fuzz_guard: the PII scanner (src/guard/) on text nobody vetted: a chat
 * message, a model's answer, a Presidio /analyze body.
 *
 * One engine (the built-in NER model, the Hyperscan database compiled into
 * a temporary cache directory that is removed as soon as the engine is
 * built) and one scratch serve every input. Each input goes through:
 *
 *  - guard_analyze() on the raw bytes. It must answer GW_EUTF8 exactly when
 *    the bytes are not UTF-8 (checked against a plain byte-by-byte decoder
 *    here, since guard.c validates eight bytes at a time). Invalid bytes are
 *    then each replaced by '?', and the rest runs on that repaired text.
 *    Every result lies inside the text on character boundaries, has a type,
 *    a recognizer and a score in (0, 1], and the list is sorted by start and
 *    free of overlaps; with keep_overlaps (one call in two, with a threshold,
 *    an entity list and no_ner picked by the hash) only sorted;
 *  - guard_cp_offsets() on a copy, compared with counting code points by
 *    hand;
 *  - guard_anonymize() with the default operator (replace by <TYPE>),
 *    redact, mask (a masking character and count the hash picks) and a
 *    salted hash. The default and redact outputs are compared with what the
 *    harness builds itself from the results (Presidio merges neighbours of
 *    one type separated by spaces only); mask keeps the length in code
 *    points; a salted hash gives the same output twice; every output is
 *    UTF-8 and each of its `items` names the bytes the output holds there;
 *  - guard_placeholder_apply() then guard_placeholder_restore() gives the
 *    text back (unless the text already holds one of the placeholders it
 *    was given, or a span cannot be one: see placeholder_ok()), also when
 *    the placeholder text is cut where the hash says and restored in two
 *    pieces, holding back guard_placeholder_partial() bytes as a stream
 *    does;
 *  - when the input starts with '[' or '{' and a JSON value parses from its
 *    start, that value (an object is wrapped in an array) is the call's
 *    ad_hoc recognizers and the bytes after it are the text: adhoc.c's JSON
 *    handling and PCRE2 on client regexes. GW_EPARAM (a bad element, a
 *    regex that does not compile) is fine; the results are checked as
 *    above, anonymized and put through the placeholders;
 *  - the guardrail path: rails from a fixed config (a presidio rail in
 *    pre_call and post_call with output_parse_pii, a litellm_content_filter
 *    rail in post_call masking prebuilt and regex patterns and blocking one
 *    word). One call in two first sends the text as a request, which fills
 *    the placeholder table; then the input (raw if it is UTF-8, else raw or
 *    repaired as the hash says) is streamed through guard_stream_feed() in
 *    pieces cut where the hash says, and guard_stream_flush(). Pieces are
 *    whole characters, as llm.c feeds them (JSON strings), except in one
 *    stream in eight, where a cut may split a character: rail.c then scans
 *    the held text with its broken end and fails with GW_EUTF8, which is
 *    tolerated there (it fails closed: the rest is not released). The answer
 *    goes through guard_call_response() too. For UTF-8 input, once the
 *    stream ends without an error or a block: nothing is left held, the
 *    released text is UTF-8, it equals the input when nothing was masked
 *    and no placeholder exists, and a credit-card number the analyzer finds
 *    (once) in the input is not in it.
 *
 * Every text is also scanned with the start filters off (every PCRE2 start
 * tried, every family member asked): the results must not change.
 *
 * Finally the NER tokenizer's fast paths (ASCII words described on the way,
 * runs without '@', ':' or "www." never searched for addresses) must give
 * exactly the tokens of its reference path, on the raw bytes.
 *
 * The hash (FNV-1a of the input, mixed) picks every variant and every cut,
 * so a saved input replays the same way. FUZZ_GUARD_VERBOSE=1 prints the
 * results of the scans and what each stream piece released.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guard/anonymize.h"
#include "guard/guard.h"
#include "guard/guard_int.h"
#include "guard/ner_feat.h"
#include "guard/rail.h"
#include "util/buf.h"
#include "util/err.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct guard_engine *engine;
static struct guard_scratch *scratch;
static struct guard_rails *rails;
static json_t *ops_redact;
static bool verbose; /* FUZZ_GUARD_VERBOSE=1: print results and released text */

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_guard: %s\n", what);
        abort();
    }
}

/* ---- set-up ----------------------------------------------------------- */

/* Presidio with placeholders both ways, and LiteLLM's content filter. */
static const char rails_json[] =
    "[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": \"presidio\","
    "   \"mode\": [\"pre_call\", \"post_call\"], \"default_on\": true,"
    "   \"output_parse_pii\": true}},"
    " {\"guardrail_name\": \"filter\", \"litellm_params\": {"
    "   \"guardrail\": \"litellm_content_filter\", \"mode\": \"post_call\", \"default_on\": true,"
    "   \"patterns\": ["
    "     {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"email\", \"action\": \"MASK\"},"
    "     {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"credit_card\","
    "      \"action\": \"MASK\"},"
    "     {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"aws_access_key\","
    "      \"action\": \"MASK\"},"
    "     {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"jwt\", \"action\": \"MASK\"},"
    "     {\"pattern_type\": \"regex\", \"name\": \"TICKET\", \"pattern\": \"\\\\bTK-[0-9]{4,}\","
    "      \"action\": \"MASK\"}],"
    "   \"blocked_words\": [\"forbiddenword\", {\"keyword\": \"Geheim\", \"action\": \"MASK\"}]"
    " }}]";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char dir[] = "/tmp/fuzz_guard.XXXXXX";
    const char *msg = "engine build failed";
    bool own_dir = getenv("LLMGATE_CACHE_DIR") == NULL;
    char err[256] = "";
    json_t *cfg;

    (void)argc;
    (void)argv;
    verbose = getenv("FUZZ_GUARD_VERBOSE") != NULL;
    /* Keep the Hyperscan cache out of ~/.cache; LLMGATE_CACHE_DIR set by the
     * caller (a lasting directory: faster start of each process) wins. */
    if (own_dir) {
        check(mkdtemp(dir) != NULL, "mkdtemp");
        setenv("LLMGATE_CACHE_DIR", dir, 1);
    }
    check(guard_engine_new(NULL, &engine, &msg) == 0, msg);
    check(guard_scratch_new(engine, &scratch) == 0, "scratch");
    if (own_dir) {
        /* The engine holds the database: the cache file is no longer needed. */
        DIR *d = opendir(dir);
        struct dirent *de;

        check(d != NULL, "opendir");
        while ((de = readdir(d)) != NULL)
            if (de->d_name[0] != '.')
                unlinkat(dirfd(d), de->d_name, 0);
        closedir(d);
        check(rmdir(dir) == 0, "removing the cache directory");
        setenv("LLMGATE_CACHE_DIR", "off", 1);
    }
    cfg = json_loads(rails_json, 0, NULL);
    check(cfg != NULL, "rails config does not parse");
    check(guard_rails_new(cfg, &rails, err, sizeof(err)) == 0 && guard_rails_count(rails) == 2,
          "rails config refused");
    json_decref(cfg);
    ops_redact = json_pack("{s:{s:s}}", "DEFAULT", "type", "redact");
    check(ops_redact != NULL, "out of memory");
    return 0;
}

/* ---- UTF-8 ------------------------------------------------------------ */

/* Length of the well-formed UTF-8 sequence at s (RFC 3629), 0 if none. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len;
    uint32_t cp, min;

    if (c < 0x80)
        return 1;
    if (c >= 0xc0 && c < 0xe0) {
        len = 2;
        cp = c & 0x1f;
        min = 0x80;
    } else if (c >= 0xe0 && c < 0xf0) {
        len = 3;
        cp = c & 0x0f;
        min = 0x800;
    } else if (c >= 0xf0 && c < 0xf8) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

static bool utf8_ok(const char *p, size_t n)
{
    for (size_t i = 0, l; i < n; i += l) {
        l = utf8_seq((const unsigned char *)p + i, n - i);
        if (!l)
            return false;
    }
    return true;
}

/* Copy of p with each byte that starts no well-formed sequence as '?'. */
static char *utf8_repair(const char *p, size_t n)
{
    char *o = malloc(n + 1);

    check(o != NULL, "out of memory");
    for (size_t i = 0; i < n;) {
        size_t l = utf8_seq((const unsigned char *)p + i, n - i);

        if (l) {
            memcpy(o + i, p + i, l);
            i += l;
        } else {
            o[i++] = '?';
        }
    }
    o[n] = '\0';
    return o;
}

static bool boundary(struct str t, size_t off)
{
    return off == 0 || off == t.len || (off < t.len && ((unsigned char)t.ptr[off] & 0xc0) != 0x80);
}

static size_t cp_count(const char *p, size_t n)
{
    size_t c = 0;

    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)p[i] & 0xc0) != 0x80;
    return c;
}

/* Byte offset of code point `cp` of t (t.len past the end). */
static size_t cp_to_byte(struct str t, size_t cp)
{
    size_t i = 0;

    for (; i < t.len; i++)
        if (((unsigned char)t.ptr[i] & 0xc0) != 0x80 && cp-- == 0)
            return i;
    return t.len;
}

static size_t occurrences(struct str hay, struct str needle)
{
    size_t n = 0;
    const char *p = hay.ptr, *end = hay.ptr + hay.len;

    if (!needle.len || !hay.len)
        return 0;
    while ((p = memmem(p, (size_t)(end - p), needle.ptr, needle.len)) != NULL) {
        n++;
        p++;
    }
    return n;
}

/* ---- results ---------------------------------------------------------- */

static void check_results(struct str t, const struct guard_results *r, bool disjoint, bool builtin)
{
    for (size_t i = 0; i < r->n; i++) {
        const struct guard_result *x = &r->v[i];

        check(x->start < x->end && x->end <= t.len, "a result outside the text, or empty");
        check(boundary(t, x->start) && boundary(t, x->end),
              "a result starts or ends inside a character");
        /* An ad-hoc "supported_entity" may be "" (anonymize refuses it). */
        check(x->entity && (*x->entity || !builtin) && x->recognizer,
              "a result without a type or recognizer");
        check(x->score > 0 && (!builtin || x->score <= 1.0), "a score out of range");
        if (i > 0) {
            check(r->v[i - 1].start <= x->start, "results not sorted by start");
            check(!disjoint || r->v[i - 1].end <= x->start, "overlapping results");
        }
    }
}

static void print_results(const char *what, struct str t, const struct guard_results *r, int rc)
{
    if (!verbose)
        return;
    fprintf(stderr, "%s: rc %d, %zu results\n", what, rc, r->n);
    for (size_t i = 0; i < r->n; i++)
        fprintf(stderr, "  %s [%zu, %zu) %.2f \"%.*s\"\n", r->v[i].entity, r->v[i].start,
                r->v[i].end, r->v[i].score, (int)(r->v[i].end - r->v[i].start),
                t.ptr + r->v[i].start);
}

static void check_cp_offsets(struct str t, const struct guard_results *r)
{
    struct guard_results c = {0};

    if (!r->n)
        return;
    c.v = malloc(r->n * sizeof(*c.v));
    check(c.v != NULL, "out of memory");
    memcpy(c.v, r->v, r->n * sizeof(*c.v));
    c.n = c.cap = r->n;
    guard_cp_offsets(t, &c);
    for (size_t i = 0; i < r->n; i++)
        check(c.v[i].start == cp_count(t.ptr, r->v[i].start) &&
                  c.v[i].end == cp_count(t.ptr, r->v[i].end),
              "guard_cp_offsets disagrees with counting");
    guard_results_dispose(&c);
}

/* The start filters (can_start(), family members by leading digits) only
 * skip PCRE2 calls that would find nothing: the same text with every call
 * made gives the same results, overlapping ones and those under any
 * threshold included (the NER is not concerned). */
static void check_exhaustive(struct str t)
{
    struct guard_opts opt = {.no_ner = true, .keep_overlaps = true};
    struct guard_results r = {0}, x = {0};
    int rc;

    rc = guard_analyze(engine, scratch, t, &opt, &r);
    check(rc == 0, "guard_analyze failed with keep_overlaps");
    scratch->exhaustive = true;
    rc = guard_analyze(engine, scratch, t, &opt, &x);
    scratch->exhaustive = false;
    check(rc == 0, "guard_analyze failed without the start filters");
    check(x.n == r.n, "the start filters changed the number of results");
    for (size_t i = 0; i < r.n; i++)
        check(strcmp(x.v[i].entity, r.v[i].entity) == 0 && x.v[i].start == r.v[i].start &&
                  x.v[i].end == r.v[i].end && x.v[i].score == r.v[i].score,
              "the start filters changed a result");
    guard_results_dispose(&r);
    guard_results_dispose(&x);
}

/* ---- anonymize -------------------------------------------------------- */

/* Presidio's merge of disjoint sorted results: neighbours of one type with
 * only ASCII spaces (at least one) between them become one span. */
struct span {
    size_t s, e;
    const char *type;
};

static size_t merged(struct str t, const struct guard_results *r, struct span *v)
{
    size_t n = 0;

    for (size_t i = 0; i < r->n; i++) {
        const struct guard_result *x = &r->v[i];
        bool join = n > 0 && x->start > v[n - 1].e && strcmp(v[n - 1].type, x->entity) == 0;

        for (size_t b = n ? v[n - 1].e : 0; join && b < x->start; b++)
            join = t.ptr[b] == ' ';
        if (join)
            v[n - 1].e = x->end;
        else
            v[n++] = (struct span){x->start, x->end, x->entity};
    }
    return n;
}

/* Every item names what the output holds at its (code-point) offsets. */
static void check_items(struct str out, const json_t *items, size_t want)
{
    size_t i, cps = cp_count(out.ptr, out.len);
    const json_t *it;

    check(json_is_array(items), "no items");
    check(want == SIZE_MAX || json_array_size(items) == want, "items do not match the spans");
    json_array_foreach(items, i, it)
    {
        json_int_t s = json_integer_value(json_object_get(it, "start"));
        json_int_t e = json_integer_value(json_object_get(it, "end"));
        const json_t *txt = json_object_get(it, "text");
        size_t bs, be;

        check(s >= 0 && s <= e && (size_t)e <= cps, "an item outside the output");
        check(json_is_string(json_object_get(it, "entity_type")) && json_is_string(txt),
              "an item without entity_type or text");
        bs = cp_to_byte(out, (size_t)s);
        be = cp_to_byte(out, (size_t)e);
        check(be - bs == json_string_length(txt) &&
                  memcmp(out.ptr + bs, json_string_value(txt), be - bs) == 0,
              "an item's text is not what the output holds there");
    }
}

/* Runs one operator config into `out`; checks what any output must satisfy. */
static int anonymize(struct str t, const struct guard_results *r, const json_t *ops,
                     struct buf *out, size_t want_items)
{
    char err[GUARD_ANON_ERRLEN];
    json_t *items = NULL;
    int rc;

    buf_reset(out);
    rc = guard_anonymize(t, r, ops, out, &items, err, sizeof(err));
    if (rc == 0) {
        check(utf8_ok(out->ptr, out->len), "anonymized text is not UTF-8");
        check_items(str_of(out->ptr ? out->ptr : "", out->len), items, want_items);
    }
    json_decref(items);
    return rc;
}

/*
 * `disjoint`: r comes from guard_analyze() without keep_overlaps, so the
 * expected outputs can be built here. Otherwise only the general checks.
 * `adhoc`: types come from the client's JSON, and an empty one is refused
 * with GW_EPARAM, as Presidio does.
 */
static void check_anonymize(struct str t, const struct guard_results *r, bool disjoint, bool adhoc,
                            uint64_t h)
{
    static const char *const mask_chars[] = {"*", "\xc3\xa9", "\xf0\x9f\x94\x92", ""};
    struct span *v = malloc((r->n + 1) * sizeof(*v));
    size_t n = disjoint ? merged(t, r, v) : SIZE_MAX;
    struct buf out, exp, again;
    json_t *ops;
    int rc;

    check(v != NULL, "out of memory");
    buf_init(&out, 64u << 20);
    buf_init(&exp, 64u << 20);
    buf_init(&again, 64u << 20);

    /* replace: <TYPE> */
    rc = anonymize(t, r, NULL, &out, n);
    check(rc == 0 || (adhoc && rc == GW_EPARAM), "replace failed");
    if (disjoint && rc == 0) {
        size_t at = 0;

        for (size_t i = 0; i < n; i++) {
            buf_append(&exp, t.ptr + at, v[i].s - at);
            buf_printf(&exp, "<%s>", v[i].type);
            at = v[i].e;
        }
        buf_append(&exp, t.ptr + at, t.len - at);
        check(str_eq(buf_str(&out), buf_str(&exp)), "replace output is not the expected text");
    }

    /* redact */
    rc = anonymize(t, r, ops_redact, &out, n);
    check(rc == 0 || (adhoc && rc == GW_EPARAM), "redact failed");
    if (disjoint && rc == 0) {
        size_t at = 0;

        buf_reset(&exp);
        for (size_t i = 0; i < n; i++) {
            buf_append(&exp, t.ptr + at, v[i].s - at);
            at = v[i].e;
        }
        buf_append(&exp, t.ptr + at, t.len - at);
        check(str_eq(buf_str(&out), buf_str(&exp)), "redact output is not the expected text");
    }

    /* mask: one character (or none: Presidio accepts ""), a count, a side */
    ops = json_pack("{s:{s:s,s:s,s:I,s:b}}", "DEFAULT", "type", "mask", "masking_char",
                    mask_chars[h % 4], "chars_to_mask", (json_int_t)((h >> 2) % 24) - 2, "from_end",
                    (int)((h >> 7) & 1));
    check(ops != NULL, "out of memory");
    rc = anonymize(t, r, ops, &out, n);
    check(rc == 0 || (adhoc && rc == GW_EPARAM), "mask failed");
    if (disjoint && rc == 0 && h % 4 != 3)
        check(cp_count(out.ptr, out.len) == cp_count(t.ptr, t.len),
              "mask changed the length in code points");
    json_decref(ops);

    /* hash with a salt: deterministic */
    ops = json_pack("{s:{s:s,s:s,s:s}}", "DEFAULT", "type", "hash", "hash_type",
                    (h >> 8) & 1 ? "sha512" : "sha256", "salt", "pepper");
    check(ops != NULL, "out of memory");
    rc = anonymize(t, r, ops, &out, n);
    check(rc == 0 || (adhoc && rc == GW_EPARAM), "hash failed");
    if (rc == 0) {
        check(anonymize(t, r, ops, &again, n) == 0 && str_eq(buf_str(&out), buf_str(&again)),
              "a salted hash is not deterministic");
    }
    json_decref(ops);

    buf_dispose(&out);
    buf_dispose(&exp);
    buf_dispose(&again);
    free(v);
}

/* ---- placeholders ----------------------------------------------------- */

static bool holds_placeholder(const struct guard_placeholders *p, struct str t)
{
    const char *k;
    json_t *val;

    json_object_foreach(p->map, k, val)
    {
        if (memmem(t.ptr, t.len, k, strlen(k)))
            return true;
    }
    return false;
}

/*
 * Can the spans of r become placeholders and come back? anonymize.c writes
 * <TYPE_N> with TYPE cut to 120 bytes (two long types would share a name; a
 * cut inside a character is no JSON key), restore stops at '<', '>' and
 * white space, and the table is keyed by "TYPE:value" written with %.*s, so
 * a value is read up to a NUL. Built-in types all can; an ad-hoc type from
 * the client's JSON may not. Text with a NUL never comes out of JSON
 * (jansson refuses \u0000 without JSON_ALLOW_NUL), only out of this harness.
 */
static bool placeholder_ok(struct str t, const struct guard_results *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const struct guard_result *x = &r->v[i];

        if (strlen(x->entity) > 100 || strpbrk(x->entity, "<> \t\n\r") ||
            memchr(t.ptr + x->start, '\0', x->end - x->start))
            return false;
    }
    return true;
}

static void check_placeholders(struct str t, const struct guard_results *r, uint64_t h)
{
    struct guard_placeholders ph;
    struct buf masked, back;
    int rc;

    if (!placeholder_ok(t, r))
        return;
    guard_placeholders_init(&ph);
    buf_init(&masked, 64u << 20);
    buf_init(&back, 64u << 20);
    rc = guard_placeholder_apply(&ph, t, r, &masked);
    check(rc == 0, "guard_placeholder_apply failed");
    if (!holds_placeholder(&ph, t)) {
        struct str m = str_of(masked.ptr ? masked.ptr : "", masked.len);
        size_t cut = m.len ? (size_t)(h % (m.len + 1)) : 0, held;

        check(guard_placeholder_restore(&ph, m, &back) == 0, "restore failed");
        check(str_eq(buf_str(&back), t), "restore(apply(text)) != text");
        /* As a stream: hold back what may be the start of a placeholder. */
        held = guard_placeholder_partial(&ph, str_of(m.ptr, cut));
        check(held <= cut, "partial longer than the text");
        buf_reset(&back);
        check(guard_placeholder_restore(&ph, str_of(m.ptr, cut - held), &back) == 0 &&
                  guard_placeholder_restore(&ph, str_of(m.ptr + cut - held, m.len - cut + held),
                                            &back) == 0,
              "restore failed");
        check(str_eq(buf_str(&back), t), "restoring in two pieces != text");
    }
    buf_dispose(&masked);
    buf_dispose(&back);
    guard_placeholders_dispose(&ph);
}

/* ---- analyze ---------------------------------------------------------- */

static void analyze_raw(struct str raw, bool valid)
{
    struct guard_results r = {0};
    int rc = guard_analyze(engine, scratch, raw, NULL, &r);

    check(valid ? rc == 0 : rc == GW_EUTF8, "guard_analyze disagrees about UTF-8");
    check(valid || r.n == 0, "results for invalid UTF-8");
    check_results(raw, &r, true, true);
    guard_results_dispose(&r);
}

static void analyze(struct str t, uint64_t h)
{
    static const char *const entities[] = {"CREDIT_CARD", "EMAIL_ADDRESS", "PERSON",
                                           "IBAN_CODE",   "PHONE_NUMBER",  NULL};
    static const char *const allow[] = {"john@example.com", "Jane", NULL};
    static const char *const context[] = {"card", "iban", NULL};
    struct guard_results r = {0};
    struct guard_opts opt = {0};
    int rc;

    rc = guard_analyze(engine, scratch, t, NULL, &r);
    print_results("analyze", t, &r, rc);
    check(rc == 0, "guard_analyze failed on UTF-8");
    check_results(t, &r, true, true);
    check_exhaustive(t);
    check_cp_offsets(t, &r);
    check_anonymize(t, &r, true, false, h);
    check_placeholders(t, &r, h);

    /* Options the hash picks; keep_overlaps may give overlapping results. */
    if ((h >> 12) & 1) {
        guard_results_reset(&r);
        opt.keep_overlaps = (h >> 13) & 1;
        opt.no_ner = (h >> 14) & 1;
        opt.threshold = (double)((h >> 15) % 4) * 0.3;
        opt.entities = (h >> 17) & 1 ? entities + (h >> 18) % 4 : NULL;
        opt.allow_list = (h >> 20) & 1 ? allow : NULL;
        opt.context = (h >> 21) & 1 ? context : NULL;
        rc = guard_analyze(engine, scratch, t, &opt, &r);
        check(rc == 0, "guard_analyze failed with options");
        check_results(t, &r, !opt.keep_overlaps, true);
        for (size_t i = 0; i < r.n; i++)
            check(r.v[i].score >= opt.threshold, "a result under the threshold");
        check_cp_offsets(t, &r);
        check_anonymize(t, &r, !opt.keep_overlaps, false, h >> 24);
        check_placeholders(t, &r, h >> 24);
    }
    guard_results_dispose(&r);
}

/* A JSON value at the start of the input: the call's ad-hoc recognizers. */
static void analyze_ad_hoc(const uint8_t *data, size_t size, uint64_t h)
{
    json_error_t jerr;
    json_t *v, *arr;
    struct guard_results r = {0};
    struct guard_opts opt = {0};
    char *fixed;
    struct str t;
    size_t used;
    int rc;

    if (!size || (data[0] != '[' && data[0] != '{'))
        return;
    v = json_loadb((const char *)data, size, JSON_DISABLE_EOF_CHECK, &jerr);
    if (!v)
        return;
    used = (size_t)jerr.position;
    check(used <= size, "json position past the input");
    if (json_is_object(v)) {
        arr = json_array();
        json_array_append_new(arr, v);
    } else {
        arr = v;
    }
    fixed = utf8_repair((const char *)data + used, size - used);
    t = str_of(fixed, size - used);
    opt.ad_hoc = arr;
    opt.no_ner = (h >> 30) & 1;
    opt.keep_overlaps = (h >> 31) & 1;
    rc = guard_analyze(engine, scratch, t, &opt, &r);
    print_results("ad hoc", t, &r, rc);
    check(rc == 0 || rc == GW_EPARAM, "guard_analyze with ad-hoc recognizers failed");
    if (rc == 0) {
        check_results(t, &r, !opt.keep_overlaps, false);
        check_cp_offsets(t, &r);
        check_anonymize(t, &r, !opt.keep_overlaps, true, h);
        check_placeholders(t, &r, h);
    }
    guard_results_dispose(&r);
    json_decref(arr);
    free(fixed);
}

/* ---- guardrails ------------------------------------------------------- */

/* Credit-card numbers the analyzer finds in t, each found once in t. */
static size_t cards(struct str t, struct str *out, size_t max)
{
    static const char *const cc[] = {"CREDIT_CARD", NULL};
    struct guard_results r = {0};
    struct guard_opts opt = {.entities = cc};
    size_t n = 0;

    if (guard_analyze(engine, scratch, t, &opt, &r) == 0)
        for (size_t i = 0; i < r.n && n < max; i++) {
            struct str c = str_of(t.ptr + r.v[i].start, r.v[i].end - r.v[i].start);

            if (occurrences(t, c) == 1)
                out[n++] = c;
        }
    guard_results_dispose(&r);
    return n;
}

static void rails_path(struct str raw, struct str fixed, bool valid, uint64_t h)
{
    static const size_t piece_max[] = {1, 2, 7, 33, 300, 5000};
    struct guard_call gc;
    struct guard_verdict vreq = {0}, v = {0};
    struct guard_stream st;
    struct buf rel, applied;
    struct str in = valid || (h & 1) ? raw : fixed;
    uint64_t x = h | 1;
    size_t off = 0, max = piece_max[(h >> 1) % 6];
    /* llm.c feeds JSON strings, so whole characters; see the header. */
    bool whole = (h >> 5) % 8 != 0;

    /* At most ~64 pieces: each release scans, and long inputs would crawl. */
    if (max < in.len / 64)
        max = in.len / 64;
    int rc = 0;

    check(guard_call_init(&gc, rails, engine, scratch, NULL) == 0 && gc.n_on == 2,
          "guard_call_init failed");
    if ((h >> 4) & 1) {
        /* The text as a request first: output_parse_pii fills the table. */
        json_t *req = json_pack("{s:[{s:s,s:s%}]}", "messages", "role", "user", "content",
                                fixed.ptr, fixed.len);

        check(req != NULL, "out of memory");
        rc = guard_call_request(&gc, req, &vreq);
        check(rc == 0, "guard_call_request failed");
        json_decref(req);
    }

    buf_init(&rel, 64u << 20);
    guard_stream_init(&st, &gc);
    while (off < in.len && rc == 0 && !v.blocked) {
        size_t n;

        x ^= x << 13; /* xorshift64 */
        x ^= x >> 7;
        x ^= x << 17;
        n = 1 + (size_t)(x % max);
        if (n > in.len - off)
            n = in.len - off;
        while (whole && off + n < in.len && ((unsigned char)in.ptr[off + n] & 0xc0) == 0x80)
            n++;
        rc = guard_stream_feed(&st, str_of(in.ptr + off, n), &rel, &v);
        if (verbose)
            fprintf(stderr, "  feed [%zu, %zu): rc %d, held %zu, released %zu\n", off, off + n, rc,
                    st.held.len, rel.len);
        off += n;
    }
    if (rc == 0 && !v.blocked)
        rc = guard_stream_flush(&st, &rel, &v);
    check(rc <= 0, "a stream returned a positive code");
    if (verbose)
        fprintf(stderr,
                "stream: rc %d, pieces up to %zu, request %s, blocked %d, masked %zu: %.*s\n", rc,
                max, (h >> 4) & 1 ? "first" : "none", v.blocked, v.masked, (int)rel.len,
                rel.ptr ? rel.ptr : "");
    if (utf8_ok(in.ptr, in.len) && (whole || rc != GW_EUTF8)) {
        check(rc == 0, "a stream of UTF-8 failed");
        if (!v.blocked) {
            struct str c[8];
            size_t nc = gc.ph_used ? 0 : cards(in, c, 8);

            check(st.held.len == 0, "bytes held after the flush");
            check(utf8_ok(rel.ptr, rel.len), "released text is not UTF-8");
            check(gc.ph_used || v.masked || str_eq(buf_str(&rel), in),
                  "nothing masked, yet the released text differs");
            for (size_t i = 0; i < nc; i++)
                check(occurrences(buf_str(&rel), c[i]) == 0, "a credit-card number was released");
        }
    }
    guard_stream_dispose(&st);
    buf_dispose(&rel);

    {
        /* The same text as a whole answer. */
        json_t *resp = json_pack("{s:[{s:{s:s,s:s%}}]}", "choices", "message", "role", "assistant",
                                 "content", fixed.ptr, fixed.len);
        struct guard_verdict vr = {0};

        check(resp != NULL, "out of memory");
        check(guard_call_response(&gc, resp, &vr) == 0, "guard_call_response failed");
        json_decref(resp);
    }
    buf_init(&applied, 4096);
    guard_verdict_applied(&v, &applied);
    buf_dispose(&applied);
    guard_call_dispose(&gc);
}

/* Fast and reference tokenizer: the same tokens, field by field. */
static void tokens_match(struct str raw)
{
    enum { CAP = 1 << 14 };
    static struct guard__ner_tok a[CAP], b[CAP];
    size_t na = guard__ner_tokenize(raw.ptr ? raw.ptr : "", raw.len, a, CAP);
    size_t nb = guard__ner_tokenize_ref(raw.ptr ? raw.ptr : "", raw.len, b, CAP);

    check(na == nb, "fast tokenizer: token count differs from the reference");
    for (size_t i = 0; i < na && i < CAP; i++)
        check(a[i].start == b[i].start && a[i].end == b[i].end && a[i].h == b[i].h &&
                  a[i].kind == b[i].kind && a[i].cap == b[i].cap && a[i].ncp == b[i].ncp &&
                  a[i].flags == b[i].flags && a[i].nl_before == b[i].nl_before,
              "fast tokenizer: a token differs from the reference");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    struct str raw = str_of(size ? (const char *)data : NULL, size);
    bool valid = utf8_ok(raw.ptr, raw.len);
    char *fixed;

    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 1099511628211ull;
    h ^= h >> 31;
    h *= 0x9e3779b97f4a7c15ull;
    analyze_raw(raw, valid);
    fixed = utf8_repair(raw.ptr ? raw.ptr : "", size);
    analyze(str_of(fixed, size), h);
    analyze_ad_hoc(data, size, h);
    rails_path(raw, str_of(fixed, size), valid, h);
    tokens_match(raw);
    free(fixed);
    return 0;
}
