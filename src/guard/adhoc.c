/*
 * Ad-hoc recognizers: the "ad_hoc_recognizers" of a Presidio /analyze call
 * (compiled for that call) or of a guardrail (compiled once when the config
 * loads, guard_adhoc_new(), and shared by every call and thread), with PCRE2
 * only (no Hyperscan: they are few), run over the whole text. Presidio's
 * PatternRecognizer semantics: every match of every pattern with its score,
 * the deny list as whole words scored deny_list_score (default 1.0), and the
 * same context enhancement as the built-in recognizers.
 */
#include "guard/guard_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

/* Python's re flag bits */
#define PY_IGNORECASE 2
#define PY_MULTILINE  8
#define PY_DOTALL     16
#define PY_VERBOSE    64

static uint32_t pcre_flags(const json_t *rec)
{
    const json_t *f = json_object_get(rec, "global_regex_flags");
    long long v =
        json_is_integer(f) ? json_integer_value(f) : (PY_DOTALL | PY_MULTILINE | PY_IGNORECASE);
    /* No \C: it matches one byte, so a match could start or end inside a
     * UTF-8 character (Python's re has no \C either). */
    uint32_t o = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C;

    if (v & PY_IGNORECASE)
        o |= PCRE2_CASELESS;
    if (v & PY_MULTILINE)
        o |= PCRE2_MULTILINE;
    if (v & PY_DOTALL)
        o |= PCRE2_DOTALL;
    if (v & PY_VERBOSE)
        o |= PCRE2_EXTENDED;
    return o;
}

struct adctx {
    struct guard__ctxword *w;
    size_t n;
};

static void adctx_free(struct adctx *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->w[i].norm);
    free(c->w);
    c->w = NULL;
    c->n = 0;
}

static int adctx_build(struct adctx *c, const json_t *arr)
{
    size_t n = json_is_array(arr) ? json_array_size(arr) : 0;

    c->n = 0;
    c->w = calloc(n ? n : 1, sizeof(*c->w));
    if (!c->w)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const char *word = json_string_value(json_array_get(arr, i));
        char buf[256];
        size_t l;

        if (!word)
            return GW_EPARAM;
        l = guard__norm_words(word, strlen(word), buf, sizeof(buf));
        if (l < 3)
            continue;
        c->w[c->n].word = word;
        c->w[c->n].norm = strndup(buf, l);
        if (!c->w[c->n].norm)
            return GW_ENOMEM;
        c->w[c->n].len = l;
        c->n++;
    }
    return 0;
}

static int run_regex(struct guard_scratch *s, pcre2_match_data *md, const pcre2_code *re,
                     double score, const char *entity, const char *rname, const char *pname,
                     const struct adctx *ctx, const struct guard_opts *opt,
                     struct guard_results *out)
{
    size_t start = 0;
    int rc = 0;

    while (start <= s->len) {
        int m = pcre2_match(re, (PCRE2_SPTR)s->text, s->len, start, PCRE2_NO_UTF_CHECK, md, NULL);

        /* The JIT's stack is fixed; the interpreter's grows on the heap. */
        if (m == PCRE2_ERROR_JIT_STACKLIMIT)
            m = pcre2_match(re, (PCRE2_SPTR)s->text, s->len, start,
                            PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, md, NULL);
        PCRE2_SIZE *ov;
        struct guard_result r;
        const char *word;

        if (m < 0)
            break;
        ov = pcre2_get_ovector_pointer(md);
        if (ov[1] <= ov[0]) {
            start = ov[0] + 1;
            while (start < s->len && ((unsigned char)s->text[start] & 0xc0) == 0x80)
                start++;
            continue;
        }
        r = (struct guard_result){.entity = entity,
                                  .start = ov[0],
                                  .end = ov[1],
                                  .score = score,
                                  .recognizer = rname,
                                  .pattern_name = pname,
                                  .original_score = score};
        word = guard__context_find(s, ov[0], ctx->w, ctx->n, opt);
        if (word) {
            double sc = score + GUARD_CONTEXT_FACTOR;

            if (sc < GUARD_CONTEXT_MIN_SCORE)
                sc = GUARD_CONTEXT_MIN_SCORE;
            if (sc > GUARD_SCORE_MAX)
                sc = GUARD_SCORE_MAX;
            r.score_context_improvement = sc - score;
            r.score = sc;
            r.supportive_context_word = word;
        }
        if (r.score > 0) {
            rc = guard__results_push(out, &r);
            if (rc < 0)
                break;
        }
        start = ov[1];
    }
    return rc;
}

/* (?:^|(?<=\W))(?:\Qword\E|...)(?:(?=\W)|$), Presidio's deny-list regex. */
static char *deny_regex(const json_t *arr)
{
    size_t n = json_array_size(arr), cap = 64, len = 0;
    char *p = malloc(cap);

    if (!p)
        return NULL;
#define APPEND(s, l)                                                                               \
    do {                                                                                           \
        size_t l_ = (l);                                                                           \
        if (len + l_ + 1 > cap) {                                                                  \
            char *q_;                                                                              \
            while (len + l_ + 1 > cap)                                                             \
                cap *= 2;                                                                          \
            q_ = realloc(p, cap);                                                                  \
            if (!q_) {                                                                             \
                free(p);                                                                           \
                return NULL;                                                                       \
            }                                                                                      \
            p = q_;                                                                                \
        }                                                                                          \
        memcpy(p + len, (s), l_);                                                                  \
        len += l_;                                                                                 \
        p[len] = '\0';                                                                             \
    } while (0)
    APPEND("(?:^|(?<=\\W))(?:", sizeof("(?:^|(?<=\\W))(?:") - 1);
    for (size_t i = 0; i < n; i++) {
        const char *w = json_string_value(json_array_get(arr, i));

        if (!w)
            continue;
        if (i)
            APPEND("|", 1);
        /* \Q...\E quotes everything but a literal \E */
        for (const char *q = w; *q; q++) {
            if (q[0] == '\\' && q[1] == 'E') {
                APPEND("\\\\E", 3);
                q++;
            } else {
                /* A whole character: PCRE2_UTF refuses a split one. */
                size_t l = 1;

                while (((unsigned char)q[l] & 0xc0) == 0x80)
                    l++;
                APPEND("\\Q", 2);
                APPEND(q, l);
                APPEND("\\E", 2);
                q += l - 1;
            }
        }
    }
    APPEND(")(?:(?=\\W)|$)", sizeof(")(?:(?=\\W)|$)") - 1);
#undef APPEND
    return p;
}

static bool requested(const struct guard_opts *opt, const char *entity)
{
    if (!opt->entities)
        return true;
    for (const char *const *p = opt->entities; *p; p++)
        if (strcmp(*p, entity) == 0)
            return true;
    return false;
}

/*
 * A compiled set: per recognizer its patterns (the deny list last, as one
 * more pattern named "deny_list") and its normalised context words. Built
 * once per guardrail at load, or per call for a Presidio /analyze request;
 * never written after guard_adhoc_new() returns, so threads share it.
 */
struct adpat {
    pcre2_code *re;
    double score;
    const char *name; /* into the JSON, or static */
};

struct adrec {
    const char *entity, *name; /* into the JSON, or static */
    struct adpat *p;
    size_t np;
    struct adctx ctx;
};

struct guard_adhoc {
    json_t *json; /* a reference: results point into its strings */
    struct adrec *r;
    size_t n;
    uint32_t ovpairs; /* ovector pairs the match data needs */
};

void guard_adhoc_free(struct guard_adhoc *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        for (size_t k = 0; k < a->r[i].np; k++)
            pcre2_code_free(a->r[i].p[k].re);
        free(a->r[i].p);
        adctx_free(&a->r[i].ctx);
    }
    free(a->r);
    json_decref(a->json);
    free(a);
}

/*
 * `jit`: a set compiled once and used by every call (a guardrail's, from
 * guard_adhoc_new()) is also JIT-compiled: the interpreter took ~1 µs per
 * pattern and KB, and a content filter has a dozen. A set compiled for one
 * call is not (JIT compiling costs more than it saves on one text).
 */
static int add_pat(struct guard_adhoc *a, struct adrec *r, const char *src, uint32_t flags,
                   double score, const char *name, bool jit)
{
    int errc;
    PCRE2_SIZE erroff;
    uint32_t cap = 0;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, flags, &errc, &erroff, NULL);

    if (!re)
        return GW_EPARAM;
    if (jit)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* else the interpreter */
    r->p[r->np++] = (struct adpat){re, score, name};
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
    if (cap + 1 > a->ovpairs)
        a->ovpairs = cap + 1;
    return 0;
}

/* Compiles the recognizers `opt` asks for (all when opt is NULL), checking
 * every element the way a call always has: a malformed one is GW_EPARAM
 * even when its entity is not requested. */
static int compile_set(const json_t *ad_hoc, const struct guard_opts *opt, bool jit,
                       struct guard_adhoc **out)
{
    struct guard_adhoc *a;
    size_t i;
    const json_t *rec;
    int rc = 0;

    *out = NULL;
    if (!json_is_array(ad_hoc))
        return GW_EPARAM;
    a = calloc(1, sizeof(*a));
    if (!a)
        return GW_ENOMEM;
    a->json = json_incref((json_t *)ad_hoc);
    a->ovpairs = 1;
    a->r = calloc(json_array_size(ad_hoc) ? json_array_size(ad_hoc) : 1, sizeof(*a->r));
    if (!a->r) {
        guard_adhoc_free(a);
        return GW_ENOMEM;
    }
    json_array_foreach(ad_hoc, i, rec)
    {
        const char *entity = json_string_value(json_object_get(rec, "supported_entity"));
        const char *name = json_string_value(json_object_get(rec, "name"));
        const json_t *pats = json_object_get(rec, "patterns");
        const json_t *deny = json_object_get(rec, "deny_list");
        const json_t *dscore = json_object_get(rec, "deny_list_score");
        uint32_t flags = pcre_flags(rec);
        struct adrec *r;

        if (!json_is_object(rec) || !entity || (pats && !json_is_array(pats)) ||
            (deny && !json_is_array(deny)) || (!json_array_size(pats) && !json_array_size(deny))) {
            rc = GW_EPARAM;
            break;
        }
        if (opt && !requested(opt, entity))
            continue;
        r = &a->r[a->n++];
        r->entity = entity;
        r->name = name ? name : "PatternRecognizer";
        r->p = calloc(json_array_size(pats) + 1, sizeof(*r->p));
        if (!r->p) {
            rc = GW_ENOMEM;
            break;
        }
        rc = adctx_build(&r->ctx, json_object_get(rec, "context"));
        for (size_t k = 0; rc == 0 && k < json_array_size(pats); k++) {
            const json_t *p = json_array_get(pats, k);
            const char *re_s = json_string_value(json_object_get(p, "regex"));
            const char *pname = json_string_value(json_object_get(p, "name"));
            const json_t *sc = json_object_get(p, "score");

            if (!re_s || (sc && !json_is_number(sc)))
                rc = GW_EPARAM;
            else
                rc = add_pat(a, r, re_s, flags, sc ? json_number_value(sc) : 1.0,
                             pname ? pname : "pattern", jit);
        }
        if (rc == 0 && json_array_size(deny)) {
            char *src = deny_regex(deny);

            rc = src ? add_pat(a, r, src, flags,
                               json_is_number(dscore) ? json_number_value(dscore) : 1.0,
                               "deny_list", jit)
                     : GW_ENOMEM;
            free(src);
        }
        if (rc < 0)
            break;
    }
    if (rc < 0) {
        guard_adhoc_free(a);
        return rc;
    }
    *out = a;
    return 0;
}

int guard_adhoc_new(const json_t *ad_hoc, struct guard_adhoc **out)
{
    return compile_set(ad_hoc, NULL, true, out);
}

int guard__adhoc_run(const struct guard_engine *e, struct guard_scratch *s,
                     const struct guard_opts *opt, struct guard_results *out)
{
    const struct guard_adhoc *a = opt->adhoc;
    struct guard_adhoc *own = NULL;
    pcre2_match_data *md;
    int rc = 0;

    (void)e;
    if (!a) {
        /* A Presidio /analyze call's own recognizers: compiled for it. */
        rc = compile_set(opt->ad_hoc, opt, false, &own);
        if (rc < 0)
            return rc;
        a = own;
    }
    /* Per call, never in the set: the set is shared between threads. */
    md = pcre2_match_data_create(a->ovpairs, NULL);
    if (!md)
        rc = GW_ENOMEM;
    for (size_t i = 0; rc == 0 && i < a->n; i++) {
        const struct adrec *r = &a->r[i];

        if (!requested(opt, r->entity))
            continue;
        for (size_t k = 0; rc == 0 && k < r->np; k++)
            rc = run_regex(s, md, r->p[k].re, r->p[k].score, r->entity, r->name, r->p[k].name,
                           &r->ctx, opt, out);
    }
    pcre2_match_data_free(md);
    guard_adhoc_free(own);
    return rc;
}

/* Compiles one regex; on failure says which and why. */
static int check_regex(const char *rec, const char *pat, const char *src, uint32_t flags, char *err,
                       size_t errlen)
{
    PCRE2_UCHAR why[120];
    PCRE2_SIZE off;
    int code;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, flags, &code, &off, NULL);

    if (re) {
        pcre2_code_free(re);
        return 0;
    }
    pcre2_get_error_message(code, why, sizeof(why));
    snprintf(err, errlen, "recognizer '%.64s', pattern '%.64s': %s at offset %zu", rec, pat,
             (const char *)why, (size_t)off);
    return GW_EPARAM;
}

int guard__adhoc_check(const json_t *ad_hoc, char *err, size_t errlen)
{
    size_t i;
    const json_t *rec;

    if (!ad_hoc)
        return 0;
    if (!json_is_array(ad_hoc)) {
        snprintf(err, errlen, "ad-hoc recognizers must be a list");
        return GW_EPARAM;
    }
    json_array_foreach(ad_hoc, i, rec)
    {
        const char *name = json_string_value(json_object_get(rec, "name"));
        const json_t *pats = json_object_get(rec, "patterns");
        const json_t *deny = json_object_get(rec, "deny_list");
        uint32_t flags = pcre_flags(rec);
        int rc = 0;

        if (!name)
            name = "PatternRecognizer";
        if (!json_is_object(rec) || !json_is_string(json_object_get(rec, "supported_entity")) ||
            (pats && !json_is_array(pats)) || (deny && !json_is_array(deny)) ||
            (!json_array_size(pats) && !json_array_size(deny))) {
            snprintf(err, errlen,
                     "recognizer '%.64s' needs supported_entity and patterns or deny_list", name);
            return GW_EPARAM;
        }
        for (size_t k = 0; rc == 0 && k < json_array_size(pats); k++) {
            const json_t *p = json_array_get(pats, k);
            const char *src = json_string_value(json_object_get(p, "regex"));
            const char *pname = json_string_value(json_object_get(p, "name"));
            const json_t *sc = json_object_get(p, "score");

            if (!src || (sc && !json_is_number(sc))) {
                snprintf(err, errlen,
                         "recognizer '%.64s': each pattern needs a regex and a number score", name);
                return GW_EPARAM;
            }
            rc = check_regex(name, pname ? pname : "pattern", src, flags, err, errlen);
        }
        if (rc == 0 && json_array_size(deny)) {
            char *src = deny_regex(deny);

            if (!src)
                return GW_ENOMEM;
            rc = check_regex(name, "deny_list", src, flags, err, errlen);
            free(src);
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}
