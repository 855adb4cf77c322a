/*
 * rail: LiteLLM's guardrails over the guard engine; see rail.h.
 *
 * A rail is compiled from its config entry into the options of one
 * guard_analyze() call (entities, ad-hoc recognizers, allow list) and an
 * action table (entity → MASK or BLOCK, thresholds). litellm_content_filter
 * maps its prebuilt pattern names onto the engine's entity types, its regex
 * patterns onto ad-hoc pattern recognizers and its blocked words onto
 * deny-list recognizers, so both kinds share one scan. Every regex is
 * compiled once at load (guard__adhoc_check), so a pattern that cannot
 * work stops the config, not the first request.
 *
 * A presidio rail with presidio_analyzer_api_base takes its results from
 * an external analyzer instead of guard_analyze(); everything after the
 * analysis (thresholds, allow list, MASK / BLOCK, placeholders) is shared.
 * Since the caller does the HTTP, a scan runs as a sequence: runs of
 * in-process rails string by string, and each external rail in two walks
 * over the same JSON, one listing its texts (WALK_COLLECT), one applying
 * the answers in the same order (WALK_APPLY). run() is that sequence; it
 * stops with GUARD_NEED_ANALYSIS between the two walks.
 */
#include "rail.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard/guard_int.h"
#include "guard/ner_feat.h"
#include "util/err.h"

enum rail_kind { RAIL_PRESIDIO, RAIL_CONTENT_FILTER };
enum rail_scope { SCOPE_BOTH, SCOPE_INPUT, SCOPE_OUTPUT };

struct guard_rail {
    char *name;
    enum rail_kind kind;
    unsigned modes;
    bool default_on;
    enum rail_scope scope;
    bool skip_system;
    bool output_parse_pii;
    bool fail_open;
    const char **entities; /* NULL-terminated, NULL = all; heap */
    const char **allow;    /* NULL-terminated or NULL; heap */
    json_t *actions;       /* entity → "MASK" | "BLOCK" */
    const char *default_action;
    json_t *thresholds;        /* entity or "ALL" → number */
    json_t *ad_hoc;            /* Presidio ad-hoc recognizers, or NULL */
    struct guard_adhoc *adhoc; /* the same compiled at load (heap), or NULL */
    json_t *strings;           /* owns the strings entities/allow point into */
    struct guard_analyzer *an; /* external analyzer (heap), or NULL: the engine */
};

struct guard_rails {
    struct guard_rail v[GUARD_MAX_RAILS];
    size_t n;
};

/* ---- config ----------------------------------------------------------- */

/* litellm_content_filter's prebuilt names → the engine's entity types, or a
 * regex for what the engine has no recognizer for. */
static const struct {
    const char *name, *entity, *regex;
} prebuilt[] = {
    {"us_ssn", "US_SSN", NULL},
    {"ssn", "US_SSN", NULL},
    {"email", "EMAIL_ADDRESS", NULL},
    {"email_address", "EMAIL_ADDRESS", NULL},
    {"credit_card", "CREDIT_CARD", NULL},
    {"visa", "CREDIT_CARD", NULL},
    {"mastercard", "CREDIT_CARD", NULL},
    {"amex", "CREDIT_CARD", NULL},
    {"phone", "PHONE_NUMBER", NULL},
    {"us_phone", "PHONE_NUMBER", NULL},
    {"phone_number", "PHONE_NUMBER", NULL},
    {"ip_address", "IP_ADDRESS", NULL},
    {"ipv4", "IP_ADDRESS", NULL},
    {"ipv6", "IP_ADDRESS", NULL},
    {"iban", "IBAN_CODE", NULL},
    {"url", "URL", NULL},
    {"us_passport", "US_PASSPORT", NULL},
    {"passport", "US_PASSPORT", NULL},
    {"crypto", "CRYPTO", NULL},
    {"mac_address", "MAC_ADDRESS", NULL},
    {"uk_nino", "UK_NINO", NULL},
    {"uk_nhs", "UK_NHS", NULL},
    {"aws_access_key", "AWS_ACCESS_KEY", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"},
    {"aws_secret_key", "AWS_SECRET_KEY", "(?i)aws.{0,20}secret.{0,20}['\"]?[A-Za-z0-9/+=]{40}\\b"},
    {"github_token", "GITHUB_TOKEN", "\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b"},
    {"slack_token", "SLACK_TOKEN", "\\bxox[abposr]-[A-Za-z0-9-]{10,72}\\b"},
    {"openai_api_key", "OPENAI_API_KEY", "\\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\\b"},
    {"anthropic_api_key", "ANTHROPIC_API_KEY", "\\bsk-ant-[A-Za-z0-9_-]{20,}\\b"},
    {"private_key", "PRIVATE_KEY", "-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"},
    {"jwt", "JWT", "\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\b"},
};

static const char *str_field(const json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static bool truthy(const json_t *v)
{
    if (json_is_string(v))
        return strcasecmp(json_string_value(v), "true") == 0;
    return json_is_true(v);
}

static unsigned mode_bit(const char *m)
{
    if (!m)
        return 0;
    if (strcmp(m, "pre_call") == 0)
        return GUARD_PRE_CALL;
    if (strcmp(m, "during_call") == 0)
        return GUARD_DURING_CALL;
    if (strcmp(m, "post_call") == 0)
        return GUARD_POST_CALL;
    if (strcmp(m, "logging_only") == 0)
        return GUARD_LOGGING_ONLY;
    return 0;
}

/* A NULL-terminated array of the strings of a JSON list (owned by `keep`). */
static const char **string_list(const json_t *l, json_t *keep)
{
    const char **v;
    size_t i, n = 0;
    json_t *e;

    if (!json_is_array(l) || json_array_size(l) == 0)
        return NULL;
    v = calloc(json_array_size(l) + 1, sizeof(*v));
    if (!v)
        return NULL;
    json_array_foreach(l, i, e)
    {
        if (!json_is_string(e))
            continue;
        json_array_append(keep, e);
        v[n++] = json_string_value(e);
    }
    return v;
}

static json_t *ad_hoc_regex(const char *name, const char *entity, const char *regex)
{
    return json_pack("{s:s,s:s,s:[{s:s,s:s,s:f}]}", "name", name, "supported_entity", entity,
                     "patterns", "name", name, "regex", regex, "score", 1.0);
}

static int load_content_filter(struct guard_rail *r, const json_t *p, char *err, size_t errlen)
{
    json_t *ents = json_array(), *e;
    size_t i, k;

    r->ad_hoc = json_array();
    json_array_foreach(json_object_get(p, "patterns"), i, e)
    {
        const char *type = str_field(e, "pattern_type");
        const char *action = str_field(e, "action") ? str_field(e, "action") : "BLOCK";
        const char *entity = NULL;

        if (type && strcmp(type, "regex") == 0) {
            const char *name = str_field(e, "name") ? str_field(e, "name") : "custom_pattern";

            if (!str_field(e, "pattern")) {
                snprintf(err, errlen, "guardrail '%s': a regex pattern needs 'pattern'", r->name);
                json_decref(ents);
                return GW_ECONFIG;
            }
            entity = name;
            json_array_append_new(r->ad_hoc, ad_hoc_regex(name, name, str_field(e, "pattern")));
        } else {
            const char *name = str_field(e, "pattern_name");

            for (k = 0; name && k < sizeof(prebuilt) / sizeof(prebuilt[0]); k++)
                if (strcasecmp(prebuilt[k].name, name) == 0)
                    break;
            if (!name || k == sizeof(prebuilt) / sizeof(prebuilt[0])) {
                snprintf(err, errlen, "guardrail '%s': unknown prebuilt pattern '%.64s'", r->name,
                         name ? name : "");
                json_decref(ents);
                return GW_ECONFIG;
            }
            entity = prebuilt[k].entity;
            if (prebuilt[k].regex)
                json_array_append_new(r->ad_hoc,
                                      ad_hoc_regex(prebuilt[k].name, entity, prebuilt[k].regex));
        }
        json_array_append_new(ents, json_string(entity));
        json_object_set_new(r->actions, entity, json_string(action));
    }
    json_array_foreach(json_object_get(p, "blocked_words"), i, e)
    {
        const char *word = json_is_string(e) ? json_string_value(e) : str_field(e, "keyword");
        const char *action =
            json_is_object(e) && str_field(e, "action") ? str_field(e, "action") : "BLOCK";
        const char *entity = strcasecmp(action, "MASK") == 0 ? "MASKED_WORD" : "BLOCKED_WORD";

        if (!word || !*word)
            continue;
        json_array_append_new(r->ad_hoc, json_pack("{s:s,s:s,s:[s]}", "name", entity,
                                                   "supported_entity", entity, "deny_list", word));
        json_array_append_new(ents, json_string(entity));
        json_object_set_new(r->actions, entity, json_string(action));
    }
    r->entities = string_list(ents, r->strings);
    json_decref(ents);
    r->default_action = "BLOCK";
    return 0;
}

/*
 * The number an option holds: a JSON number, or a string that reads as one
 * (LiteLLM coerces "2.5", and an os.environ/ reference resolves to text).
 * 1 and the value; 0 when unset (absent, null, or "", an unset variable of
 * a template); -1 for anything else.
 */
static int number_field(const json_t *p, const char *k, double *out)
{
    const json_t *v = json_object_get(p, k);
    const char *s = json_string_value(v);
    char *end;

    if (!v || json_is_null(v) || (s && !*s))
        return 0;
    if (json_is_number(v)) {
        *out = json_number_value(v);
        return isfinite(*out) ? 1 : -1;
    }
    if (!s)
        return -1;
    errno = 0;
    *out = strtod(s, &end);
    return *end || errno || !isfinite(*out) ? -1 : 1;
}

/*
 * The options of an external analyzer that are not LiteLLM's payload:
 * `timeout`, LiteLLM's per-call timeout of a guardrail, in seconds, and
 * presidio_analyze_chunk_size_bytes, in bytes. A value that cannot be
 * meant stops the load, naming the rail.
 */
static int load_analyzer_limits(struct guard_rail *r, const json_t *p, char *err, size_t errlen)
{
    struct guard_analyzer *an = r->an;
    double d = 0;
    int set = number_field(p, "timeout", &d);

    if (set < 0 || (set > 0 && !(d > 0 && d <= GUARD_ANALYZER_TIMEOUT_MAX))) {
        snprintf(err, errlen,
                 "guardrail '%s': timeout must be a number of seconds above 0 and at most %d",
                 r->name, GUARD_ANALYZER_TIMEOUT_MAX);
        return GW_ECONFIG;
    }
    /* Rounded up: 0.0001 s must not become 0, which means no limit. */
    an->timeout_ms = set > 0 ? (long)ceil(d * 1000) : GUARD_ANALYZER_TIMEOUT_MS;
    set = number_field(p, "presidio_analyze_chunk_size_bytes", &d);
    if (set < 0 || (set > 0 && (d != floor(d) || d < GUARD_ANALYZER_CHUNK_MIN))) {
        snprintf(err, errlen,
                 "guardrail '%s': presidio_analyze_chunk_size_bytes must be a whole number of "
                 "bytes, at least %d",
                 r->name, GUARD_ANALYZER_CHUNK_MIN);
        return GW_ECONFIG;
    }
    an->chunk_bytes = GUARD_ANALYZER_CHUNK_BYTES;
    if (set > 0)
        an->chunk_bytes = d < (double)(SIZE_MAX / 2) ? (size_t)d : SIZE_MAX / 2;
    return 0;
}

/*
 * presidio_analyzer_api_base: the URL as LiteLLM builds it ("/" appended,
 * then "analyze"; "http://" when no scheme is given). An empty value (an
 * unset variable of a template) keeps the engine.
 */
static int load_analyzer(struct guard_rail *r, const json_t *p, char *err, size_t errlen)
{
    const char *base = str_field(p, "presidio_analyzer_api_base");
    const char *lang = str_field(p, "presidio_language");
    struct guard_analyzer *an;
    bool scheme, slash;
    size_t n;

    if (!base || !*base)
        return 0;
    an = calloc(1, sizeof(*an));
    if (!an)
        return GW_ENOMEM;
    r->an = an;
    scheme = strncmp(base, "http://", 7) == 0 || strncmp(base, "https://", 8) == 0;
    n = strlen(base);
    slash = base[n - 1] == '/';
    an->url = malloc(n + 16);
    if (!an->url)
        return GW_ENOMEM;
    snprintf(an->url, n + 16, "%s%s%sanalyze", scheme ? "" : "http://", base, slash ? "" : "/");
    if (lang && !*lang) {
        snprintf(err, errlen, "guardrail '%s': presidio_language is empty", r->name);
        return GW_ECONFIG;
    }
    an->rail = r->name;
    an->language = "en";
    if (lang) {
        /* Kept alive by r->strings, as long as the rail. */
        json_array_append(r->strings, json_object_get(p, "presidio_language"));
        an->language = lang;
    }
    an->ad_hoc = r->ad_hoc;
    if (r->entities) {
        an->entities = json_array();
        for (const char **e = r->entities; *e; e++)
            json_array_append_new(an->entities, json_string(*e));
    }
    return load_analyzer_limits(r, p, err, errlen);
}

static int load_presidio(struct guard_rail *r, const json_t *p, char *err, size_t errlen)
{
    const json_t *cfg = json_object_get(p, "pii_entities_config"), *v, *ah;
    const char *k, *scope = str_field(p, "presidio_filter_scope");
    json_t *ents = json_array();

    json_object_foreach((json_t *)cfg, k, v)
    {
        json_array_append_new(ents, json_string(k));
        json_object_set_new(r->actions, k,
                            json_string(json_is_string(v) ? json_string_value(v) : "MASK"));
    }
    r->entities = string_list(ents, r->strings);
    json_decref(ents);
    r->default_action = "MASK";
    if (json_is_object(json_object_get(p, "presidio_score_thresholds")))
        r->thresholds = json_incref(json_object_get(p, "presidio_score_thresholds"));
    if (scope && strcmp(scope, "input") == 0)
        r->scope = SCOPE_INPUT;
    else if (scope && strcmp(scope, "output") == 0)
        r->scope = SCOPE_OUTPUT;
    r->skip_system = truthy(json_object_get(p, "presidio_skip_system_developer_message"));
    r->output_parse_pii = truthy(json_object_get(p, "output_parse_pii"));
    r->allow = string_list(json_object_get(p, "presidio_phrase_allow_list")
                               ? json_object_get(p, "presidio_phrase_allow_list")
                               : json_object_get(p, "allow_list"),
                           r->strings);
    ah = json_object_get(p, "presidio_ad_hoc_recognizers");
    if (json_is_string(ah)) {
        /* LiteLLM names a JSON file of recognizers. */
        json_error_t je;

        r->ad_hoc = json_load_file(json_string_value(ah), 0, &je);
        if (!json_is_array(r->ad_hoc)) {
            snprintf(err, errlen, "guardrail '%s': cannot read presidio_ad_hoc_recognizers",
                     r->name);
            return GW_ECONFIG;
        }
    } else if (json_is_array(ah)) {
        r->ad_hoc = json_incref((json_t *)ah);
    }
    /* presidio_anonymizer_api_base is accepted and not called: masking is
     * done here from the analyzer's results, whichever analyzer ran. */
    return load_analyzer(r, p, err, errlen);
}

static int load_rail(struct guard_rail *r, const json_t *entry, char *err, size_t errlen)
{
    const json_t *p = json_object_get(entry, "litellm_params"), *mode;
    const char *name = str_field(entry, "guardrail_name"), *kind = str_field(p, "guardrail");
    size_t i;
    json_t *m;
    int rc;

    if (!name || !json_is_object(p) || !kind) {
        snprintf(err, errlen, "each guardrail needs guardrail_name and litellm_params.guardrail");
        return GW_ECONFIG;
    }
    r->name = strdup(name);
    r->actions = json_object();
    r->strings = json_array();
    if (strcmp(kind, "presidio") == 0)
        r->kind = RAIL_PRESIDIO;
    else if (strcmp(kind, "litellm_content_filter") == 0)
        r->kind = RAIL_CONTENT_FILTER;
    else {
        snprintf(err, errlen, "guardrail '%.64s': guardrail '%.64s' is not built in", name, kind);
        return GW_ECONFIG;
    }
    mode = json_object_get(p, "mode");
    if (json_is_string(mode))
        r->modes = mode_bit(json_string_value(mode));
    /* Every mode of a list must be known: one misspelt mode next to a good
     * one would otherwise switch that phase off without a word. */
    json_array_foreach(mode, i, m)
    {
        unsigned bit = mode_bit(json_string_value(m));

        if (!bit) {
            r->modes = 0;
            break;
        }
        r->modes |= bit;
    }
    if (!r->modes) {
        snprintf(err, errlen,
                 "guardrail '%.64s': mode must be pre_call, during_call, post_call or "
                 "logging_only",
                 name);
        return GW_ECONFIG;
    }
    r->default_on = truthy(json_object_get(p, "default_on"));
    r->fail_open = truthy(json_object_get(p, "fail_open"));
    /* The name some LiteLLM versions give the same switch. */
    if (str_field(p, "unreachable_fallback"))
        r->fail_open = strcmp(str_field(p, "unreachable_fallback"), "fail_open") == 0;
    rc = r->kind == RAIL_PRESIDIO ? load_presidio(r, p, err, errlen)
                                  : load_content_filter(r, p, err, errlen);
    if (rc < 0)
        return rc;
    /* Compiled now, so a bad pattern is refused by `llmgate check` and at
     * start-up. An external analyzer compiles its ad-hoc recognizers
     * itself (Python's re, not PCRE2): those are its to judge. */
    if (!r->an) {
        char why[200];

        rc = guard__adhoc_check(r->ad_hoc, why, sizeof(why));
        if (rc == GW_EPARAM) {
            snprintf(err, errlen, "guardrail '%s': %s", r->name, why);
            rc = GW_ECONFIG;
        }
        /* Kept compiled for every call (they were compiled per call). */
        if (rc == 0 && r->ad_hoc && json_array_size(r->ad_hoc))
            rc = guard_adhoc_new(r->ad_hoc, &r->adhoc);
        if (rc == GW_EPARAM) {
            snprintf(err, errlen, "guardrail '%s': invalid ad-hoc recognizers", r->name);
            rc = GW_ECONFIG;
        }
    }
    return rc;
}

static void rail_dispose(struct guard_rail *r)
{
    free(r->name);
    free(r->entities);
    free(r->allow);
    json_decref(r->actions);
    json_decref(r->thresholds);
    guard_adhoc_free(r->adhoc);
    json_decref(r->ad_hoc);
    json_decref(r->strings);
    if (r->an) {
        free(r->an->url);
        json_decref(r->an->entities);
        free(r->an);
    }
}

int guard_rails_new(const json_t *section, struct guard_rails **out, char *err, size_t errlen)
{
    struct guard_rails *rs = calloc(1, sizeof(*rs));
    json_t *e;
    size_t i;
    int rc = 0;

    if (!rs)
        return GW_ENOMEM;
    json_array_foreach(section, i, e)
    {
        if (rs->n == GUARD_MAX_RAILS) {
            snprintf(err, errlen, "at most %d guardrails", GUARD_MAX_RAILS);
            rc = GW_ECONFIG;
            break;
        }
        rc = load_rail(&rs->v[rs->n++], e, err, errlen);
        if (rc < 0)
            break;
    }
    if (rc < 0) {
        guard_rails_free(rs);
        rs = NULL;
    }
    *out = rs;
    return rc;
}

void guard_rails_free(struct guard_rails *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < rs->n; i++)
        rail_dispose(&rs->v[i]);
    free(rs);
}

size_t guard_rails_count(const struct guard_rails *rs)
{
    return rs ? rs->n : 0;
}

/* ---- per call --------------------------------------------------------- */

/* How a walk treats the rails [lo, hi) it is given: scan them with the
 * engine, list the texts of an external rail, or apply its answers. */
enum { WALK_SCAN, WALK_COLLECT, WALK_APPLY };

static bool can_block(const struct guard_rail *r)
{
    const char *k;
    json_t *v;

    if (strcasecmp(r->default_action, "BLOCK") == 0)
        return true;
    json_object_foreach(r->actions, k,
                        v) if (strcasecmp(json_string_value(v), "BLOCK") == 0) return true;
    return false;
}

int guard_call_init(struct guard_call *gc, const struct guard_rails *rs,
                    const struct guard_engine *e, struct guard_scratch *s, const json_t *request)
{
    const json_t *names = json_object_get(request, "guardrails"), *n;
    size_t i;

    memset(gc, 0, sizeof(*gc));
    guard_placeholders_init(&gc->ph);
    gc->walk = WALK_SCAN;
    gc->hi = GUARD_MAX_RAILS;
    gc->rails = rs;
    gc->engine = e;
    gc->scratch = s;
    if (!rs)
        return 0;
    if (!names)
        names = json_object_get(json_object_get(request, "metadata"), "guardrails");
    json_array_foreach(names, i, n)
    {
        size_t k;

        for (k = 0; k < rs->n; k++)
            if (json_is_string(n) && strcmp(rs->v[k].name, json_string_value(n)) == 0)
                break;
        if (k == rs->n)
            return GW_EPARAM;
    }
    /* Rails that can block run first, so that another rail's masking never
     * hides what a blocking rail is there to refuse. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < rs->n; k++) {
            bool named = false;

            if (can_block(&rs->v[k]) != (pass == 0))
                continue;
            json_array_foreach(names, i, n) named |=
                json_is_string(n) && strcmp(rs->v[k].name, json_string_value(n)) == 0;
            if (rs->v[k].default_on || named)
                gc->on[gc->n_on++] = &rs->v[k];
        }
    }
    return 0;
}

static void needs_reset(struct guard_call *gc)
{
    for (size_t i = 0; i < gc->n_need; i++) {
        json_decref(gc->need[i].holder);
        json_decref(gc->need[i].answer);
        guard_results_dispose(&gc->need[i].res);
    }
    gc->n_need = 0;
}

void guard_call_dispose(struct guard_call *gc)
{
    guard_placeholders_dispose(&gc->ph);
    guard_results_dispose(&gc->res);
    guard_results_dispose(&gc->mask);
    needs_reset(gc);
    free(gc->need);
    gc->need = NULL;
    gc->cap_need = 0;
}

bool guard_call_has(const struct guard_call *gc, unsigned modes)
{
    for (size_t i = 0; i < gc->n_on; i++)
        if (gc->on[i]->modes & modes)
            return true;
    return false;
}

bool guard_call_external(const struct guard_call *gc, unsigned modes)
{
    for (size_t i = 0; i < gc->n_on; i++)
        if ((gc->on[i]->modes & modes) && gc->on[i]->an)
            return true;
    return false;
}

static void not_run(struct guard_verdict *v, const struct guard_rail *r)
{
    for (size_t i = 0; i < v->n_not_run; i++)
        if (v->not_run[i] == r->name)
            return;
    if (v->n_not_run < GUARD_MAX_RAILS)
        v->not_run[v->n_not_run++] = r->name;
}

static void applied(struct guard_verdict *v, const struct guard_rail *r)
{
    for (size_t i = 0; i < v->n_applied; i++)
        if (v->applied[i] == r->name)
            return;
    if (v->n_applied < GUARD_MAX_RAILS)
        v->applied[v->n_applied++] = r->name;
}

static double threshold_of(const struct guard_rail *r, const char *entity)
{
    const json_t *t = json_object_get(r->thresholds, entity);

    if (!json_is_number(t))
        t = json_object_get(r->thresholds, "ALL");
    return json_is_number(t) ? json_number_value(t) : 0.0;
}

static bool is_block(const struct guard_rail *r, const char *entity)
{
    const char *a = json_string_value(json_object_get(r->actions, entity));

    if (!a)
        a = r->default_action;
    return strcasecmp(a, "BLOCK") == 0;
}

static void add_entity(struct guard_verdict *v, const char *entity)
{
    size_t n = strlen(v->entities);

    if (strstr(v->entities, entity))
        return;
    snprintf(v->entities + n, sizeof(v->entities) - n, "%s%s", n ? "," : "", entity);
}

/* The text that replaces a span: <TYPE>, or [TYPE_REDACTED] for the content
 * filter (LiteLLM's own forms). Numbered placeholders are anonymize.c's. */
static void replacement(const struct guard_rail *r, const char *entity, struct buf *out)
{
    if (r->kind == RAIL_CONTENT_FILTER)
        buf_printf(out, "[%s_REDACTED]", entity);
    else
        buf_printf(out, "<%s>", entity);
}

/* By start, the longer first. */
static int cmp_start(const void *a, const void *b)
{
    const struct guard_result *x = a, *y = b;

    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* By entity type, then as cmp_start. */
static int cmp_type(const void *a, const void *b)
{
    const struct guard_result *x = a, *y = b;
    int c = strcmp(x->entity, y->entity);

    return c ? c : cmp_start(a, b);
}

/*
 * The answers for the pieces of one long text, `first` and the pieces that
 * follow it, as one list over the whole text (in gc->res): offsets moved by
 * where each piece starts, results under the rail's thresholds dropped
 * before anything is joined (as LiteLLM does, so that a low score cannot
 * widen a span that stays), then results of one type that overlap joined
 * into one span with the higher score: an entity in the overlap is found
 * by both pieces, or whole by one and cut by the other.
 */
static int join_pieces(struct guard_call *gc, const struct guard_rail *r,
                       const struct guard_need *first, const struct guard_results **out)
{
    const struct guard_need *n = first;
    struct guard_results *rs = &gc->res;
    size_t k = 0;
    int rc;

    guard_results_reset(rs);
    for (;;) {
        if (n->holder != first->holder || n->state != 1)
            return GW_EUNAVAIL;
        for (size_t i = 0; i < n->res.n; i++) {
            struct guard_result x = n->res.v[i];

            if (x.score < threshold_of(r, x.entity))
                continue;
            x.start += n->at;
            x.end += n->at;
            rc = guard__results_push(rs, &x);
            if (rc < 0)
                return rc;
        }
        if (gc->seq == gc->n_need || !gc->need[gc->seq].cont)
            break;
        n = &gc->need[gc->seq++];
    }
    if (rs->n > 1)
        qsort(rs->v, rs->n, sizeof(rs->v[0]), cmp_type);
    for (size_t i = 0; i < rs->n; i++) {
        struct guard_result *last = k ? &rs->v[k - 1] : NULL;

        if (last && strcmp(last->entity, rs->v[i].entity) == 0 && rs->v[i].start < last->end) {
            if (rs->v[i].end > last->end)
                last->end = rs->v[i].end;
            if (rs->v[i].score > last->score)
                last->score = rs->v[i].score;
            continue;
        }
        rs->v[k++] = rs->v[i];
    }
    rs->n = k;
    if (rs->n > 1)
        qsort(rs->v, rs->n, sizeof(rs->v[0]), cmp_start);
    *out = rs;
    return 0;
}

/*
 * Scans `text` with one rail. Spans to mask are rewritten into `out` (when
 * any); returns 1 when something was masked, 0 when nothing, or a negative
 * code. Spans ending at or before `from` are context, already released.
 * `numbered`: masked spans become output_parse_pii's numbered placeholders.
 * Only text going upstream gets them: in an answer nothing would restore
 * them, and a stream restores every known placeholder on release, which
 * would hand back the very value the rail masked.
 */
/*
 * The results of rail `r` on `text`: the engine's, or, for an external rail
 * being applied, the analyzer's answer for it (joined, when the text went
 * in pieces). `holder` is the JSON string the text was listed from: the
 * answers are taken in listing order, and a walk that lost step must not
 * mask one text with another's offsets. An external rail is never scanned
 * by the engine instead: no answer, no scan.
 */
static int rail_results(struct guard_call *gc, const struct guard_rail *r, struct str text,
                        const json_t *holder, const struct guard_results **out)
{
    struct guard_opts opt = {
        .entities = r->entities,
        .allow_list = r->allow,
        .ad_hoc = r->ad_hoc,
        .adhoc = r->adhoc,
        .no_explain = true,
    };
    const struct guard_need *n;

    if (r->an) {
        if (gc->walk != WALK_APPLY || gc->seq >= gc->n_need)
            return GW_EUNAVAIL;
        n = &gc->need[gc->seq++];
        if (!holder || n->holder != holder || n->state != 1 || n->cont)
            return GW_EUNAVAIL;
        if (gc->seq < gc->n_need && gc->need[gc->seq].cont)
            return join_pieces(gc, r, n, out);
        *out = &n->res;
        return 0;
    }
    guard_results_reset(&gc->res);
    *out = &gc->res;
    return guard_analyze(gc->engine, gc->scratch, text, &opt, &gc->res);
}

/* The engine applies the entity filter and the allow list itself; an
 * external analyzer's results get them here. */
static bool filtered_out(const struct guard_rail *r, struct str text, const struct guard_result *x)
{
    bool wanted = !r->entities;

    for (const char **e = r->entities; e && *e && !wanted; e++)
        wanted = strcmp(*e, x->entity) == 0;
    if (!wanted)
        return true;
    for (const char **a = r->allow; a && *a; a++)
        if (strlen(*a) == x->end - x->start && memcmp(*a, text.ptr + x->start, strlen(*a)) == 0)
            return true;
    return false;
}

static int scan_rail(struct guard_call *gc, const struct guard_rail *r, struct str text,
                     const json_t *holder, size_t from, bool numbered, struct buf *out,
                     struct guard_verdict *v)
{
    const struct guard_results *res = NULL;
    size_t at = 0;
    int rc;

    guard_results_reset(&gc->mask);
    rc = rail_results(gc, r, text, holder, &res);
    if (rc < 0)
        return r->fail_open && !r->an ? 0 : rc;
    for (size_t i = 0; i < res->n; i++) {
        const struct guard_result *x = &res->v[i];

        if (x->end <= from || x->score < threshold_of(r, x->entity))
            continue;
        if (r->an && filtered_out(r, text, x))
            continue;
        if (is_block(r, x->entity)) {
            v->blocked = true;
            v->blocked_by = r->name;
            add_entity(v, x->entity);
            continue;
        }
        if (x->start < from)
            continue; /* text already released */
        if (x->start < at) {
            /* Overlapping spans (an external analyzer reports them; the
             * engine resolves its own): one mask covers both, so that no
             * piece of either is left in the clear. */
            if (x->end > at)
                gc->mask.v[gc->mask.n - 1].end = at = x->end;
            continue;
        }
        rc = guard__results_push(&gc->mask, x);
        if (rc < 0)
            return rc;
        at = x->end;
    }
    if (gc->mask.n == 0)
        return 0;
    buf_reset(out);
    if (numbered) {
        rc = guard_placeholder_apply(&gc->ph, text, &gc->mask, out);
        if (rc < 0)
            return rc;
        gc->ph_used = true;
    } else {
        at = 0;
        for (size_t i = 0; i < gc->mask.n; i++) {
            buf_append(out, text.ptr + at, gc->mask.v[i].start - at);
            replacement(r, gc->mask.v[i].entity, out);
            at = gc->mask.v[i].end;
        }
        buf_append(out, text.ptr + at, text.len - at);
    }
    v->masked += gc->mask.n;
    return 1;
}

/* Where a string comes from: the request (else the answer), and a system
 * or developer message (presidio_skip_system_developer_message). */
#define WHERE_INPUT  1u
#define WHERE_SYSTEM 2u

static bool blank(struct str t)
{
    for (size_t i = 0; i < t.len; i++)
        if (!strchr(" \t\r\n", t.ptr[i]))
            return false;
    return true;
}

/* ---- long texts in pieces (presidio_analyze_chunk_size_bytes) ----------- */

#define PIECE_OVERLAP 1000 /* code points two neighbouring pieces share, at most */
#define PIECE_SNAP    64   /* code points searched back for a word boundary */

/* The length of the UTF-8 character byte `c` starts (1 for a stray byte). */
static size_t char_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* What the character at `p`, `n` bytes, takes in the /analyze body as
 * jansson writes it: '"', '\\' and control characters escaped (\n, or
 * \u0001), the rest of UTF-8 as it is. */
static size_t json_len(const char *p, size_t n)
{
    unsigned char c = (unsigned char)*p;

    if (n > 1 || (c >= 0x20 && c != '"' && c != '\\'))
        return n;
    return c && strchr("\b\f\n\r\t\"\\", c) ? 2 : 6;
}

/* Whether byte `at` of `t` follows a blank (a word starts there). */
static bool after_blank(struct str t, size_t at)
{
    return at > 0 && t.ptr[at - 1] && strchr(" \t\r\n", t.ptr[at - 1]);
}

/* `at` (> 0) moved back by one character. */
static size_t back_one(struct str t, size_t at)
{
    do
        at--;
    while (at > 0 && ((unsigned char)t.ptr[at] & 0xC0) == 0x80);
    return at;
}

/*
 * The piece of `t` (valid UTF-8) that starts at byte `from`, split as
 * LiteLLM splits a text too long for one /analyze: the most whole
 * characters whose JSON form fits in `max` bytes (one at least). Unlike
 * LiteLLM's cut, which may fall inside a word, this one moves back to
 * just after a blank when one is among the piece's last PIECE_SNAP
 * characters. Sets the piece's end, and where the next piece starts:
 * PIECE_OVERLAP code points before that end (at most half the piece),
 * moved back to the start of its word when that is near (keeping a
 * quarter of the piece, so that every piece moves on); t.len after the
 * last piece. An entity no longer than the overlap that straddles the end
 * is whole in the next piece.
 */
static void piece_at(struct str t, size_t from, size_t max, size_t *end, size_t *next)
{
    size_t e = from, bytes = 0, cps = 0, back, at, k;

    while (e < t.len) {
        size_t n = char_len((unsigned char)t.ptr[e]), w;

        if (n > t.len - e)
            n = t.len - e;
        w = json_len(t.ptr + e, n);
        if (cps > 0 && bytes + w > max)
            break;
        bytes += w;
        e += n;
        cps++;
    }
    if (e == t.len) {
        *end = *next = t.len;
        return;
    }
    for (at = e, k = 0; k < PIECE_SNAP && k < cps / 2 && !after_blank(t, at); k++)
        at = back_one(t, at);
    if (after_blank(t, at)) {
        e = at;
        cps -= k;
    }
    *end = e;
    back = cps / 2 < PIECE_OVERLAP ? cps / 2 : PIECE_OVERLAP;
    for (k = 0; k < back; k++)
        e = back_one(t, e);
    for (at = e, k = 0; k < PIECE_SNAP && back + k < cps - cps / 4 && !after_blank(t, at); k++)
        at = back_one(t, at);
    *next = after_blank(t, at) ? at : e;
}

/*
 * Lists `s` as a text external rail `r` must have analyzed: whole, or in
 * pieces when its JSON form is longer than the rail's chunk_bytes. Blank
 * pieces are not sent, as blank texts are not.
 */
static int add_need(struct guard_call *gc, const struct guard_rail *r, json_t *s)
{
    struct str t = str_of(json_string_value(s), json_string_length(s));
    size_t from = 0, end = t.len, next = t.len;
    bool cont = false;

    do {
        /* No character takes more than 6 bytes in JSON: most texts are
         * short enough without counting. */
        if (t.len > r->an->chunk_bytes / 6)
            piece_at(t, from, r->an->chunk_bytes, &end, &next);
        if (!blank(str_of(t.ptr + from, end - from))) {
            if (gc->n_need == gc->cap_need) {
                size_t cap = gc->cap_need ? gc->cap_need * 2 : 8;
                struct guard_need *n = realloc(gc->need, cap * sizeof(*n));

                if (!n)
                    return GW_ENOMEM;
                gc->need = n;
                gc->cap_need = cap;
            }
            gc->need[gc->n_need++] = (struct guard_need){
                .an = r->an,
                .text = str_of(t.ptr + from, end - from),
                .holder = json_incref(s),
                .at = from,
                .cont = cont,
            };
            cont = true;
        }
        from = next;
    } while (from < t.len);
    return 0;
}

/* Runs the rails [gc->lo, gc->hi) of `modes` over one JSON string, rewriting
 * it; or, while collecting, lists it for the external rail. */
static int scan_string(struct guard_call *gc, json_t *parent, const char *key, size_t index,
                       unsigned modes, unsigned where, struct guard_verdict *v)
{
    bool input = where & WHERE_INPUT;
    json_t *s = key ? json_object_get(parent, key) : json_array_get(parent, index);
    struct buf out;
    bool changed = false;
    int rc = 0;

    if (!json_is_string(s) || json_string_length(s) == 0)
        return 0;
    buf_init(&out, 64u << 20);
    json_incref(s);
    for (size_t i = gc->lo; i < gc->hi && i < gc->n_on && rc >= 0 && !v->blocked; i++) {
        const struct guard_rail *r = gc->on[i];
        struct str text = str_of(json_string_value(s), json_string_length(s));

        /* A rewrite is what pre_call does to a request and post_call to an
         * answer; during_call may only block: it runs alongside the call. */
        bool rewrite = r->modes & (input ? GUARD_PRE_CALL : GUARD_POST_CALL);

        if (!(r->modes & modes) || (r->scope == SCOPE_INPUT && !input) ||
            (r->scope == SCOPE_OUTPUT && input) || (r->skip_system && (where & WHERE_SYSTEM)))
            continue;
        if (r->an && blank(text)) {
            /* Nothing to find; not sent (LiteLLM skips these too). */
            if (gc->walk == WALK_APPLY)
                applied(v, r);
            continue;
        }
        if (gc->walk == WALK_COLLECT) {
            rc = add_need(gc, r, s);
            continue;
        }
        applied(v, r);
        rc = scan_rail(gc, r, text, s, 0, input && rewrite && r->output_parse_pii, &out, v);
        if (rc == 1 && !rewrite)
            rc = 0;
        if (rc == 1) {
            json_decref(s);
            s = json_stringn(out.ptr, out.len);
            changed = true;
        }
    }
    if (changed && rc >= 0) {
        if (key)
            json_object_set(parent, key, s);
        else
            json_array_set(parent, index, s);
    }
    json_decref(s);
    buf_dispose(&out);
    return rc < 0 ? rc : 0;
}

/* Message content: a string, or parts with "text". */
static int scan_content(struct guard_call *gc, json_t *msg, unsigned modes, unsigned where,
                        struct guard_verdict *v)
{
    json_t *c = json_object_get(msg, "content"), *part;
    size_t i;
    int rc = 0;

    if (json_is_string(c))
        return scan_string(gc, msg, "content", 0, modes, where, v);
    json_array_foreach(c, i, part)
    {
        if (rc == 0 && json_is_string(json_object_get(part, "text")))
            rc = scan_string(gc, part, "text", 0, modes, where, v);
    }
    return rc;
}

static int scan_tool_calls(struct guard_call *gc, json_t *msg, unsigned modes, unsigned where,
                           struct guard_verdict *v)
{
    json_t *tc;
    size_t i;
    int rc = 0;

    json_array_foreach(json_object_get(msg, "tool_calls"), i, tc)
    {
        if (rc == 0)
            rc = scan_string(gc, json_object_get(tc, "function"), "arguments", 0, modes, where, v);
    }
    return rc;
}

/* Every text of a request, with the rails of the walk under way. */
static int walk_request(struct guard_call *gc, json_t *req, struct guard_verdict *v)
{
    unsigned modes = GUARD_PRE_CALL | GUARD_DURING_CALL;
    json_t *m, *x;
    size_t i;
    int rc = 0;

    json_array_foreach(json_object_get(req, "messages"), i, m)
    {
        const char *role = str_field(m, "role");
        bool system = role && (strcmp(role, "system") == 0 || strcmp(role, "developer") == 0);
        unsigned where = WHERE_INPUT | (system ? WHERE_SYSTEM : 0);

        if (rc < 0 || v->blocked)
            continue;
        rc = scan_content(gc, m, modes, where, v);
        if (rc == 0)
            rc = scan_tool_calls(gc, m, modes, where, v);
    }
    x = json_object_get(req, "prompt");
    if (json_is_string(x) && rc == 0)
        rc = scan_string(gc, req, "prompt", 0, modes, WHERE_INPUT, v);
    json_array_foreach(x, i, m)
    {
        if (rc == 0)
            rc = scan_string(gc, x, NULL, i, modes, WHERE_INPUT, v);
    }
    x = json_object_get(req, "input");
    if (json_is_string(x) && rc == 0)
        rc = scan_string(gc, req, "input", 0, modes, WHERE_INPUT, v);
    json_array_foreach(x, i, m)
    {
        if (rc == 0)
            rc = scan_string(gc, x, NULL, i, modes, WHERE_INPUT, v);
    }
    return rc;
}

/* Every text of an answer, with the rails of the walk under way. */
static int walk_response(struct guard_call *gc, json_t *resp, struct guard_verdict *v)
{
    json_t *ch, *msg;
    size_t i;
    int rc = 0;

    json_array_foreach(json_object_get(resp, "choices"), i, ch)
    {
        if (rc < 0 || v->blocked)
            break;
        msg = json_object_get(ch, "message");
        if (msg) {
            rc = scan_content(gc, msg, GUARD_POST_CALL, 0, v);
            if (rc == 0)
                rc = scan_tool_calls(gc, msg, GUARD_POST_CALL, 0, v);
        }
        if (rc == 0 && json_is_string(json_object_get(ch, "text")))
            rc = scan_string(gc, ch, "text", 0, GUARD_POST_CALL, 0, v);
    }
    return rc;
}

static int walk(struct guard_call *gc, json_t *doc, bool input, int how, size_t lo, size_t hi,
                struct guard_verdict *v)
{
    int rc;

    gc->walk = how;
    gc->lo = lo;
    gc->hi = hi;
    gc->seq = 0;
    rc = input ? walk_request(gc, doc, v) : walk_response(gc, doc, v);
    gc->walk = WALK_SCAN;
    gc->lo = 0;
    gc->hi = GUARD_MAX_RAILS;
    return rc;
}

/* An external rail's answers are all in: apply them, or, when one is
 * missing, fail closed (or let the call through without the rail). */
static int apply_external(struct guard_call *gc, json_t *doc, bool input,
                          const struct guard_rail *r, struct guard_verdict *v)
{
    for (size_t i = 0; i < gc->n_need; i++) {
        if (gc->need[i].state == 1)
            continue;
        if (!r->fail_open)
            return GW_EUNAVAIL;
        not_run(v, r);
        return 0;
    }
    return walk(gc, doc, input, WALK_APPLY, gc->next, gc->next + 1, v);
}

/*
 * The rails of one phase, in order, from gc->next: a run of in-process
 * rails goes string by string as one walk; an external rail lists its
 * texts and returns GUARD_NEED_ANALYSIS, and on the next call applies the
 * answers. Masking by earlier rails is in the texts a later rail sees,
 * exactly as when every rail is in-process.
 */
static int run(struct guard_call *gc, json_t *doc, bool input, struct guard_verdict *v)
{
    int rc = 0;

    while (rc == 0 && gc->next < gc->n_on && !v->blocked) {
        const struct guard_rail *r = gc->on[gc->next];
        size_t end = gc->next + 1;

        if (!r->an) {
            while (end < gc->n_on && !gc->on[end]->an)
                end++;
            rc = walk(gc, doc, input, WALK_SCAN, gc->next, end, v);
        } else {
            if (!gc->waiting) {
                needs_reset(gc);
                rc = walk(gc, doc, input, WALK_COLLECT, gc->next, end, v);
                if (rc == 0 && gc->n_need > 0) {
                    gc->waiting = true;
                    return GUARD_NEED_ANALYSIS;
                }
            }
            gc->waiting = false;
            if (rc == 0)
                rc = apply_external(gc, doc, input, r, v);
        }
        gc->next = end;
    }
    gc->next = 0;
    gc->waiting = false;
    needs_reset(gc);
    return rc;
}

int guard_call_request(struct guard_call *gc, json_t *req, struct guard_verdict *v)
{
    int rc = 0;

    if (guard_call_has(gc, GUARD_PRE_CALL | GUARD_DURING_CALL)) {
        rc = run(gc, req, true, v);
        if (rc == GUARD_NEED_ANALYSIS)
            return rc;
    }
    /* logging_only rails do not scan the call: they neither rewrite nor
     * refuse it (nothing of it reaches the logs anyway). */
    for (size_t k = 0; k < gc->n_on; k++)
        if (gc->on[k]->modes & GUARD_LOGGING_ONLY)
            applied(v, gc->on[k]);
    return rc;
}

static void restore_string(const struct guard_call *gc, json_t *parent, const char *key)
{
    json_t *s = json_object_get(parent, key);
    struct buf out;

    if (!json_is_string(s) || !gc->ph_used || !strchr(json_string_value(s), '<'))
        return;
    buf_init(&out, 64u << 20);
    guard_placeholder_restore(&gc->ph, str_of(json_string_value(s), json_string_length(s)), &out);
    json_object_set_new(parent, key, json_stringn(out.ptr ? out.ptr : "", out.len));
    buf_dispose(&out);
}

/*
 * The answer is scanned as the model wrote it, then its placeholders are
 * put back: the values they stand for are the client's own, sent masked and
 * returned as they were (a post_call rail would otherwise mask them again,
 * undoing output_parse_pii). Streams do the same, release by release.
 */
void guard_call_mark(const struct guard_call *gc, unsigned modes, struct guard_verdict *v)
{
    for (size_t i = 0; i < gc->n_on; i++)
        if (gc->on[i]->modes & modes)
            applied(v, gc->on[i]);
}

int guard_call_response(struct guard_call *gc, json_t *resp, struct guard_verdict *v)
{
    json_t *ch, *msg, *tc;
    size_t i, k;
    int rc = 0;

    if (guard_call_has(gc, GUARD_POST_CALL)) {
        rc = run(gc, resp, false, v);
        if (rc == GUARD_NEED_ANALYSIS)
            return rc;
    }
    json_array_foreach(json_object_get(resp, "choices"), i, ch)
    {
        msg = json_object_get(ch, "message");
        restore_string(gc, msg, "content");
        restore_string(gc, ch, "text");
        json_array_foreach(json_object_get(msg, "tool_calls"), k, tc)
            restore_string(gc, json_object_get(tc, "function"), "arguments");
    }
    return rc;
}

size_t guard_call_needs(const struct guard_call *gc)
{
    return gc->waiting ? gc->n_need : 0;
}

const struct guard_need *guard_call_need(const struct guard_call *gc, size_t i)
{
    return i < guard_call_needs(gc) ? &gc->need[i] : NULL;
}

int guard_call_supply(struct guard_call *gc, size_t i, const json_t *answer)
{
    struct guard_need *n;
    char why[160];
    int rc;

    if (i >= guard_call_needs(gc))
        return GW_EINVAL;
    n = &gc->need[i];
    n->state = -1;
    json_decref(n->answer);
    n->answer = NULL;
    guard_results_reset(&n->res);
    if (!json_is_array(answer))
        return GW_EPARAM;
    /* Offsets in code points become bytes here; a result outside the text
     * or without a type and score refuses the whole answer. */
    rc = guard_results_from_json(n->text, answer, &n->res, why, sizeof(why));
    if (rc < 0)
        return rc;
    n->answer = json_incref((json_t *)answer);
    if (n->res.n > 1)
        qsort(n->res.v, n->res.n, sizeof(n->res.v[0]), cmp_start);
    n->state = 1;
    return 0;
}

/* ---- streams ---------------------------------------------------------- */

#define STREAM_CONTEXT  64         /* released bytes kept for context words */
#define STREAM_MAX_HELD (4 * 1024) /* past this, release even a growing run */

void guard_stream_init(struct guard_stream *st, struct guard_call *gc)
{
    st->gc = gc;
    buf_init(&st->held, 1u << 20);
    buf_init(&st->context, 1u << 20);
    st->incr = NULL;
    st->at = 0;
}

void guard_stream_dispose(struct guard_stream *st)
{
    buf_dispose(&st->held);
    buf_dispose(&st->context);
    guard_incr_free(st->incr);
    st->incr = NULL;
}

/* Runs the held bytes before `upto` that it has not seen through the
 * stream's Hyperscan scan: each byte once, in order, when a release is due
 * (one call per release, not per piece: most pieces only extend the tail).
 * The scan is made at the first release, when the call has its engine and
 * scratch. */
static int stream_scan(struct guard_stream *st, size_t upto)
{
    struct guard_call *gc = st->gc;
    size_t seen;
    int rc;

    if (!st->incr) {
        if (!gc->engine || !gc->scratch)
            return 0;
        rc = guard_incr_new(gc->scratch, &st->incr);
        if (rc < 0)
            return rc;
    }
    seen = guard_incr_fed(st->incr) - st->at;
    if (upto <= seen)
        return 0;
    return guard_incr_feed(st->incr, str_of(st->held.ptr + seen, upto - seen));
}

/* `at`, moved back to the start of the UTF-8 character it falls in. */
static size_t utf8_back(struct str t, size_t at)
{
    while (at > 0 && at < t.len && ((unsigned char)t.ptr[at] & 0xC0) == 0x80)
        at--;
    return at;
}

/* A byte that may be inside an entity. The apostrophe is one: names such
 * as O'Brien and D'Arcy would otherwise be released in two halves. */
static bool run_char(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
           (c >= 'a' && c <= 'z') || (c != '\0' && strchr("@._-+/:()#%=?&~'", c) != NULL);
}

/* A token that may be (part of) an entity: digits, a capital or non-ASCII
 * start, an e-mail or URL character, or a lone connector. */
static bool entityish(const char *p, size_t n)
{
    unsigned char c0 = (unsigned char)p[0];

    if (c0 >= 0x80 || (c0 >= 'A' && c0 <= 'Z') || (n == 1 && strchr("-+()/.", c0)))
        return true;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= '0' && p[i] <= '9') || p[i] == '@' || p[i] == ':' || p[i] == '/')
            return true;
    return false;
}

/* t[b, e) is a greeting opening the text, a line or a sentence: the NER
 * reads a greeted name by the comma after it ("hola ida,"), which may be
 * still to come. */
static bool greeting_at(struct str t, size_t b, size_t e)
{
    if (!(b == 0 || t.ptr[b - 1] == '\n' ||
          (b >= 2 && t.ptr[b - 1] == ' ' && strchr(".!?", t.ptr[b - 2]) != NULL)))
        return false;
    return guard__ner_is_greeting(t.ptr + b, e - b);
}

static bool has_digit(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= '0' && p[i] <= '9')
            return true;
    return false;
}

/*
 * Where the held-back tail starts: the last run of entity-ish tokens joined
 * by single spaces, the last token in any case when the text does not end
 * in a separator (it may be cut), and the start of a placeholder the model
 * has not finished writing. A token with a digit is held until four whole
 * plain words follow it, since a context word there raises its score (the
 * engine's context_after(): `796 201 798 is my TFN`), and so is a greeting
 * with the plain words after it (the NER reads a greeted name by the comma
 * that follows it: `hola ida,`).
 */
static size_t tail_start(const struct guard_call *gc, struct str t)
{
    size_t i = t.len, start = t.len, partial;
    int plain = 0; /* whole plain words walked over since `start` */

    while (i > 0) {
        size_t e = i, b;

        /* One space may join two tokens of a run, or end the text. */
        if (t.ptr[e - 1] == ' ') {
            if (e < 2 || !run_char((unsigned char)t.ptr[e - 2]))
                break;
            e--;
        }
        b = e;
        while (b > 0 && run_char((unsigned char)t.ptr[b - 1]))
            b--;
        if (b == e)
            break;
        /* The token at the very end may be cut mid-way: held whatever it is. */
        if (!entityish(t.ptr + b, e - b) && e != t.len) {
            if (plain && greeting_at(t, b, e)) {
                start = b;
                break;
            }
            if (++plain == GUARD_AFTER_WORDS)
                break;
            i = b;
            continue;
        }
        if (plain) {
            bool open;

            if (greeting_at(t, b, e)) {
                start = b;
                break;
            }
            if (!has_digit(t.ptr + b, e - b))
                break;
            guard__phrase_after(t.ptr, t.len, e, &open);
            if (!open)
                break;
        }
        start = b;
        i = b;
        plain = 0;
    }
    partial = gc->ph_used ? guard_placeholder_partial(&gc->ph, t) : 0;
    if (t.len - partial < start)
        start = t.len - partial;
    return start;
}

/* The length of `t` without a UTF-8 sequence cut at its end. */
static size_t whole_chars(struct str t)
{
    size_t i = t.len, k = 0;

    while (i > 0 && k < 4 && ((unsigned char)t.ptr[i - 1] & 0xC0) == 0x80) {
        i--;
        k++;
    }
    if (i > 0 && (unsigned char)t.ptr[i - 1] >= 0xC0) {
        unsigned char c = (unsigned char)t.ptr[i - 1];
        size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;

        if (k < need)
            return i - 1;
    }
    return t.len;
}

static int stream_release(struct guard_stream *st, size_t upto, bool final, struct buf *release,
                          struct guard_verdict *v)
{
    struct guard_call *gc = st->gc;
    struct buf scan, out, restored;
    size_t ctx = st->context.len, cut = upto;
    struct str text;
    int rc = 0;

    /* Scan context + held, so context words before the cut still count. */
    buf_init(&scan, 2u << 20);
    buf_init(&out, 2u << 20);
    buf_init(&restored, 2u << 20);
    buf_append(&scan, st->context.ptr, st->context.len);
    /* A piece may end inside a character: look only at whole ones. */
    buf_append(&scan, st->held.ptr, whole_chars(buf_str(&st->held)));
    text = buf_str(&scan);
    /* The engine takes this window's reports from the stream's scan, and
     * those of the released prefix below (the same bytes, shorter). */
    rc = stream_scan(st, whole_chars(buf_str(&st->held)));
    if (rc < 0)
        goto out;
    if (st->incr)
        guard_incr_attach(st->incr, text, st->at - ctx);
    for (size_t i = 0; i < gc->n_on && !final; i++) {
        const struct guard_rail *r = gc->on[i];

        if (!(r->modes & GUARD_POST_CALL) || r->scope == SCOPE_INPUT)
            continue;
        /* An entity reaching into the held tail is held whole. An external
         * rail has no answer here (the gateway buffers such streams whole):
         * it fails closed. */
        const struct guard_results *res = NULL;

        rc = rail_results(gc, r, text, NULL, &res);
        if (rc < 0 && (!r->fail_open || r->an))
            goto out;
        rc = 0;
        for (size_t k = 0; res && k < res->n; k++) {
            const struct guard_result *x = &res->v[k];

            if (x->end > ctx + cut && x->start < ctx + cut && x->start >= ctx)
                cut = x->start - ctx;
        }
    }
    /* A character cut at the very end of the answer (broken UTF-8 from
     * the model) was never scanned: it is dropped, not released. */
    if (cut > scan.len - ctx)
        cut = scan.len - ctx;
    if (cut == 0 && !final)
        goto out;
    /* Scan exactly what is released (with its left context), rail by rail. */
    scan.len = ctx + cut;
    text = buf_str(&scan);
    for (size_t i = 0; i < gc->n_on && !v->blocked; i++) {
        const struct guard_rail *r = gc->on[i];

        if (!(r->modes & GUARD_POST_CALL) || r->scope == SCOPE_INPUT)
            continue;
        applied(v, r);
        rc = scan_rail(gc, r, text, NULL, ctx, false, &out, v);
        if (rc < 0)
            goto out;
        if (rc == 1) {
            /* Masking moved bytes: keep the masked text as the new scan,
             * which the stream's reports do not describe. */
            if (st->incr)
                guard_incr_detach(st->incr);
            buf_reset(&scan);
            buf_append(&scan, out.ptr, out.len);
            text = buf_str(&scan);
        }
    }
    rc = 0;
    if (v->blocked)
        goto out;
    {
        /* The context prefix is unchanged by masking (spans before `ctx` are
         * skipped), so the released text is what follows it. */
        struct str rel = text.len > ctx ? str_of(text.ptr + ctx, text.len - ctx) : str_of("", 0);

        if (gc->ph_used)
            guard_placeholder_restore(&gc->ph, rel, &restored);
        else
            buf_append_str(&restored, rel);
        buf_append(release, restored.ptr, restored.len);
    }
    /* Keep the tail of what was released as context for the next scan,
     * from a character boundary: the engine refuses broken UTF-8. */
    rc = stream_scan(st, cut); /* a cut character at the end goes too */
    if (rc < 0)
        goto out;
    buf_append(&st->context, st->held.ptr, cut);
    if (st->context.len > STREAM_CONTEXT)
        buf_consume(&st->context,
                    utf8_back(buf_str(&st->context), st->context.len - STREAM_CONTEXT));
    buf_consume(&st->held, final ? st->held.len : cut);
    st->at += cut;
    if (st->incr)
        guard_incr_forget(st->incr, st->at - st->context.len);
out:
    if (st->incr)
        guard_incr_detach(st->incr);
    buf_dispose(&scan);
    buf_dispose(&out);
    buf_dispose(&restored);
    return rc;
}

int guard_stream_feed(struct guard_stream *st, struct str piece, struct buf *release,
                      struct guard_verdict *v)
{
    size_t upto;

    if (buf_append_str(&st->held, piece) < 0)
        return GW_ETOOBIG;
    upto = tail_start(st->gc, buf_str(&st->held));
    if (upto > whole_chars(buf_str(&st->held)))
        upto = whole_chars(buf_str(&st->held));
    if (st->held.len > STREAM_MAX_HELD && upto == 0)
        upto = utf8_back(buf_str(&st->held), st->held.len - 256);
    if (upto == 0)
        return 0;
    return stream_release(st, upto, false, release, v);
}

int guard_stream_flush(struct guard_stream *st, struct buf *release, struct guard_verdict *v)
{
    if (st->held.len == 0)
        return 0;
    return stream_release(st, st->held.len, true, release, v);
}

void guard_verdict_applied(const struct guard_verdict *v, struct buf *out)
{
    for (size_t i = 0; i < v->n_applied; i++) {
        if (i)
            buf_append(out, ",", 1);
        buf_append_c(out, v->applied[i]);
    }
}

void guard_verdict_not_run(const struct guard_verdict *v, struct buf *out)
{
    for (size_t i = 0; i < v->n_not_run; i++) {
        if (i)
            buf_append(out, ",", 1);
        buf_append_c(out, v->not_run[i]);
    }
}
