/*
 * presidio: Microsoft Presidio's REST API, served by the gateway with the
 * built-in guard engine, so that anything written for a Presidio analyzer
 * and anonymizer (LiteLLM's presidio guardrail, presidio clients, scripts)
 * can point presidio_analyzer_api_base and presidio_anonymizer_api_base at
 * llmgate.
 *
 *   POST /analyze            analyzer: text (or a list: batch) → results
 *   GET  /supportedentities  analyzer: entity types
 *   GET  /recognizers        analyzer: recognizer names
 *   POST /anonymize          anonymizer: text + analyzer_results → text, items
 *   POST /deanonymize        anonymizer: decrypt what encrypt produced
 *   GET  /anonymizers, /deanonymizers
 *   GET  /presidio/health    Presidio's /health text ("... service is up");
 *                            /health itself stays the gateway's probe
 *
 * Every route also answers under /presidio/ (a base URL of
 * http://gw:4000/presidio works as well as http://gw:4000).
 *
 * Bodies follow Presidio's shapes: analyzer results are sorted-key objects
 * {"analysis_explanation", "end", "entity_type", "score", "start"} with
 * analysis_explanation null unless return_decision_process is true;
 * recognition_metadata is left out, as Presidio's server does. Errors are
 * {"error": "..."} with Presidio's statuses: the analyzer answers 500 for a
 * missing text or language and for a language it cannot serve, 400 for a
 * request it cannot parse; the anonymizer answers 400 for a body that is not
 * JSON and 422 for invalid parameters.
 *
 * Auth: the gateway's key, like every other route, unless
 * general_settings.presidio_api_auth is false (LiteLLM's Presidio client
 * sends no key).
 *
 * The engine is the process's one immutable struct guard_engine; each
 * worker brings its own scratch. Work is synchronous on the worker's loop:
 * the engine, NER included, goes through about 10 MB of text a second on one
 * core, and bodies are bounded by max_request_size_mb.
 */
#include "api_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "guard/anonymize.h"
#include "guard/guard.h"
#include "obs/obs.h"
#include "util/err.h"
#include "util/time.h"
#include "util/jread.h"

/* Scores print as Python prints them (0.85, not 0.84999999999999998). */
#define PRESIDIO_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(15))

#define NO_RECOGNIZERS "No matching recognizers were found to serve the request."

struct preq {
    struct api_worker *w;
    struct http_req *r; /* dies with the answer: log_done reads only the copies below */
    char id[37];
    struct auth_ctx auth;
    bool authed;
    const char *method;
    char path[64];
    uint64_t t_start_us;
};

static void log_done(struct preq *q, int status)
{
    struct obs_request o = {
        .request_id = q->id,
        .method = q->method,
        .path = q->path,
        .status = status,
        .key_hash = q->authed && q->auth.key_hash[0] ? q->auth.key_hash : NULL,
    };

    o.total_us = time_mono_us() - q->t_start_us;
    o.overhead_us = o.total_us;
    if (status >= 400)
        o.error_type = status >= 500 ? "internal_error" : "invalid_request_error";
    obs_log_request(&o);
}

/* Sends `j` (stolen) with `status`; JSON, Presidio's number format. */
static void reply(struct preq *q, int status, json_t *j)
{
    struct http_header h[2] = {
        {STR_LIT("Content-Type"), STR_LIT("application/json")},
        {STR_LIT("x-litellm-call-id"), str_from(q->id)},
    };
    size_t len = j ? json_dumpb(j, NULL, 0, PRESIDIO_JSON_FLAGS) : 0;
    char *p = len ? arena_alloc(q->r->arena, len) : NULL;

    if (!j || !len || !p) {
        json_decref(j);
        status = 500;
        http_respond(q->r, status, h, 2, STR_LIT("{\"error\":\"Internal server error\"}"));
        log_done(q, status);
        return;
    }
    json_dumpb(j, p, len, PRESIDIO_JSON_FLAGS);
    json_decref(j);
    http_respond(q->r, status, h, 2, str_of(p, len)); /* q->r is gone after this */
    log_done(q, status);
}

/* Presidio's error shape: {"error": "..."}. */
static void send_error(struct preq *q, int status, const char *msg)
{
    reply(q, status, json_pack("{s:s}", "error", msg ? msg : "Internal server error"));
}

static bool presidio_open(const struct cfg *c)
{
    const json_t *v =
        c->general_settings ? json_object_get(c->general_settings, "presidio_api_auth") : NULL;
    const char *s = json_string_value(v);

    return json_is_false(v) || (s && (strcasecmp(s, "false") == 0 || strcmp(s, "0") == 0));
}

/* 0 when the caller may go on; otherwise the 401 is sent. */
static int authorize(struct preq *q)
{
    if (presidio_open(q->w->cfg))
        return 0;
    if (api__authorize(q->w, q->r, &q->auth) < 0) {
        log_done(q, 401);
        return GW_EAUTH;
    }
    q->authed = true;
    return 0;
}

/*
 * The request body as a JSON object, or NULL (400 sent, with Werkzeug's
 * text for a body that is not JSON, as Presidio's Flask servers answer).
 * The anonymizer also refuses an empty object ("Invalid request json"); the
 * analyzer goes on and finds no text.
 */
static json_t *body_object(struct preq *q, bool allow_empty)
{
    json_t *j = q->r->body.len ? jread(q->r->body.ptr, q->r->body.len, 0, NULL) : NULL;

    if (!json_is_object(j)) {
        json_decref(j);
        send_error(q, 400,
                   "The browser (or proxy) sent a request that this server could not understand.");
        return NULL;
    }
    if (!allow_empty && json_object_size(j) == 0) {
        json_decref(j);
        send_error(q, 400, "Invalid request json");
        return NULL;
    }
    return j;
}

static bool engine_ready(struct preq *q)
{
    if (q->w->guard && q->w->gscratch)
        return true;
    send_error(q, 500, "The PII engine is not available on this gateway");
    return false;
}

/* A JSON list of strings → NULL-terminated array in the request arena.
 * `lower`: lower-cased copies. NULL value or [] → *out NULL. */
static int str_list(struct http_req *r, const json_t *v, bool lower, const char ***out)
{
    const char **a;
    size_t n;

    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_array(v))
        return GW_EPARAM;
    n = json_array_size(v);
    if (n == 0)
        return 0;
    a = arena_alloc(r->arena, (n + 1) * sizeof(*a));
    if (!a)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const json_t *s = json_array_get(v, i);
        char *c;

        if (!json_is_string(s))
            return GW_EPARAM;
        c = arena_strndup(r->arena, json_string_value(s), json_string_length(s));
        if (!c)
            return GW_ENOMEM;
        for (char *p = c; lower && *p; p++)
            *p = (char)tolower((unsigned char)*p);
        a[i] = c;
    }
    a[n] = NULL;
    *out = a;
    return 0;
}

/* Whether any requested entity can be served (by the engine or an ad hoc
 * recognizer); Presidio refuses a request where none can. */
static bool any_served(const struct guard_engine *e, const char *const *want, const json_t *adhoc)
{
    const char *const *have = guard_entities(e);

    for (size_t i = 0; want[i]; i++) {
        size_t k;
        json_t *rec;

        for (size_t j = 0; have && have[j]; j++)
            if (strcmp(want[i], have[j]) == 0)
                return true;
        json_array_foreach((json_t *)adhoc, k, rec)
        {
            const char *se = json_string_value(json_object_get(rec, "supported_entity"));

            if (se && strcmp(se, want[i]) == 0)
                return true;
        }
    }
    return false;
}

/*
 * Scores as numbers a person would write: a model's float32 probability
 * (0.899999976) prints as 0.9. Six decimals keep every distinction a
 * threshold can make.
 */
static json_t *score_json(double s)
{
    return json_real(round(s * 1e6) / 1e6);
}

static json_t *explanation(const struct guard_result *g)
{
    json_t *x = json_object();
    const char *rec = g->recognizer ? g->recognizer : "";
    const char *regex = g->pattern_name ? guard_pattern_regex(rec, g->pattern_name) : NULL;
    char text[256];

    if (!x)
        return NULL;
    if (g->pattern_name)
        snprintf(text, sizeof(text), "Detected by `%s` using pattern `%s`", rec, g->pattern_name);
    else
        snprintf(text, sizeof(text), "Identified as %s by %s", g->entity, rec);
    /* Insertion order is output order: Presidio sorts the keys. */
    json_object_set_new(x, "original_score", score_json(g->original_score));
    json_object_set_new(x, "pattern", regex ? json_string(regex) : json_null());
    json_object_set_new(x, "pattern_name",
                        g->pattern_name ? json_string(g->pattern_name) : json_null());
    json_object_set_new(x, "recognizer", json_string(rec));
    json_object_set_new(x, "score", score_json(g->score));
    json_object_set_new(x, "score_context_improvement", score_json(g->score_context_improvement));
    json_object_set_new(x, "supportive_context_word",
                        json_string(g->supportive_context_word ? g->supportive_context_word : ""));
    json_object_set_new(x, "textual_explanation", json_string(text));
    json_object_set_new(x, "validation_result",
                        g->validation_result_set ? json_boolean(g->validation_result)
                                                 : json_null());
    return x;
}

/* One text's result list; offsets converted to code points. */
static json_t *analyze_one(struct preq *q, struct str text, const struct guard_opts *opt,
                           bool explain, struct guard_results *res, int *rc)
{
    json_t *list;

    guard_results_reset(res);
    *rc = guard_analyze(q->w->guard, q->w->gscratch, text, opt, res);
    if (*rc < 0)
        return NULL;
    guard_cp_offsets(text, res);
    list = json_array();
    for (size_t i = 0; list && i < res->n; i++) {
        const struct guard_result *g = &res->v[i];
        json_t *o = json_object();

        if (!o) {
            json_decref(list);
            *rc = GW_ENOMEM;
            return NULL;
        }
        json_object_set_new(o, "analysis_explanation", explain ? explanation(g) : json_null());
        json_object_set_new(o, "end", json_integer((json_int_t)g->end));
        json_object_set_new(o, "entity_type", json_string(g->entity));
        json_object_set_new(o, "score", score_json(g->score));
        json_object_set_new(o, "start", json_integer((json_int_t)g->start));
        json_array_append_new(list, o);
    }
    if (!list)
        *rc = GW_ENOMEM;
    return list;
}

static void analyze(struct preq *q)
{
    struct guard_opts opt = {0};
    struct guard_results res = {0};
    json_t *in = NULL, *out = NULL, *text, *lang, *v;
    const char **entities = NULL, **allow = NULL, **context = NULL;
    bool batch, explain;
    int rc;

    if (!engine_ready(q) || !(in = body_object(q, true)))
        return;
    text = json_object_get(in, "text");
    batch = json_is_array(text);
    if (!text || json_is_null(text) || (json_is_string(text) && !json_string_length(text)) ||
        (batch && json_array_size(text) == 0)) {
        send_error(q, 500, "No text provided");
        goto out;
    }
    if (!json_is_string(text) && !batch) {
        send_error(q, 400,
                   "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                   "text must be a string or a list of strings");
        goto out;
    }
    lang = json_object_get(in, "language");
    if (!json_is_string(lang) || !json_string_length(lang)) {
        send_error(q, 500, "No language provided");
        goto out;
    }
    if (strcmp(json_string_value(lang), "en") != 0) {
        send_error(q, 500, NO_RECOGNIZERS);
        goto out;
    }
    v = json_object_get(in, "allow_list_match");
    if (v && !json_is_null(v) &&
        !(json_is_string(v) && strcmp(json_string_value(v), "exact") == 0)) {
        send_error(q, 400,
                   "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                   "only allow_list_match \"exact\" is supported");
        goto out;
    }
    v = json_object_get(in, "ad_hoc_recognizers");
    if (v && !json_is_null(v) && !json_is_array(v)) {
        send_error(q, 400,
                   "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                   "ad_hoc_recognizers must be a list");
        goto out;
    }
    opt.ad_hoc = json_is_array(v) && json_array_size(v) ? v : NULL;
    if (str_list(q->r, json_object_get(in, "entities"), false, &entities) < 0 ||
        str_list(q->r, json_object_get(in, "allow_list"), false, &allow) < 0 ||
        str_list(q->r, json_object_get(in, "context"), true, &context) < 0) {
        send_error(q, 400,
                   "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                   "entities, allow_list and context must be lists of strings");
        goto out;
    }
    v = json_object_get(in, "score_threshold");
    if (v && !json_is_null(v) && !json_is_number(v)) {
        send_error(q, 400,
                   "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                   "score_threshold must be a number");
        goto out;
    }
    opt.threshold = json_is_number(v) ? json_number_value(v) : 0;
    opt.entities = entities;
    /* Presidio's analyzer returns overlapping results of different types and
     * leaves them to the anonymizer (ours does the same as Presidio's). */
    opt.keep_overlaps = true;
    opt.allow_list = allow;
    opt.context = context;
    explain = json_is_true(json_object_get(in, "return_decision_process"));
    opt.no_explain = !explain;
    if (entities && !any_served(q->w->guard, entities, opt.ad_hoc)) {
        send_error(q, 500, NO_RECOGNIZERS);
        goto out;
    }
    if (!batch) {
        out = analyze_one(q, str_of(json_string_value(text), json_string_length(text)), &opt,
                          explain, &res, &rc);
    } else {
        size_t i;
        json_t *t;

        out = json_array();
        rc = out ? 0 : GW_ENOMEM;
        json_array_foreach(text, i, t)
        {
            json_t *one;

            if (rc < 0)
                break;
            if (!json_is_string(t)) {
                json_decref(out);
                send_error(q, 400,
                           "Failed to parse /analyze request for "
                           "AnalyzerEngine.analyze(). text must be a string or a list "
                           "of strings");
                goto out;
            }
            one = analyze_one(q, str_of(json_string_value(t), json_string_length(t)), &opt, explain,
                              &res, &rc);
            if (one)
                json_array_append_new(out, one);
        }
    }
    if (rc < 0) {
        json_decref(out);
        send_error(q, rc == GW_EPARAM || rc == GW_EINVAL ? 400 : 500,
                   rc == GW_EPARAM || rc == GW_EINVAL
                       ? "Failed to parse /analyze request for AnalyzerEngine.analyze(). "
                         "invalid ad_hoc_recognizers"
                       : gw_strerror(rc));
        goto out;
    }
    reply(q, 200, out);
out:
    guard_results_dispose(&res);
    json_decref(in);
}

static int anon_status(int rc)
{
    if (rc == GW_EPARAM)
        return 422;
    if (rc == GW_EINVAL)
        return 400;
    return gw_err_status(rc);
}

static void anonymize(struct preq *q)
{
    struct guard_results res = {0};
    struct buf out;
    char err[GUARD_ANON_ERRLEN] = "";
    json_t *in, *items = NULL, *t;
    struct str text = STR_LIT("");
    int rc;

    if (!(in = body_object(q, false)))
        return;
    buf_init(&out, q->w->cfg->max_request_bytes * 4 + 4096);
    t = json_object_get(in, "text");
    if (t && !json_is_null(t) && !json_is_string(t)) {
        send_error(q, 422, "Invalid parameter value for text. Expecting 'string'.");
        goto done;
    }
    if (json_is_string(t))
        text = str_of(json_string_value(t), json_string_length(t));
    rc = guard_results_from_json(text, json_object_get(in, "analyzer_results"), &res, err,
                                 sizeof(err));
    if (rc == 0)
        rc = guard_anonymize(text, &res, json_object_get(in, "anonymizers"), &out, &items, err,
                             sizeof(err));
    if (rc < 0) {
        send_error(q, anon_status(rc), err[0] ? err : gw_strerror(rc));
        goto done;
    }
    reply(q, 200, json_pack("{s:s%,s:o}", "text", out.ptr ? out.ptr : "", out.len, "items", items));
done:
    buf_dispose(&out);
    guard_results_dispose(&res);
    json_decref(in);
}

static void deanonymize(struct preq *q)
{
    struct buf out;
    char err[GUARD_ANON_ERRLEN] = "";
    json_t *in, *items = NULL, *t;
    struct str text = STR_LIT("");
    int rc;

    if (!(in = body_object(q, false)))
        return;
    buf_init(&out, q->w->cfg->max_request_bytes + 4096);
    t = json_object_get(in, "text");
    if (t && !json_is_null(t) && !json_is_string(t)) {
        send_error(q, 422, "Invalid parameter value for text. Expecting 'string'.");
        goto done;
    }
    if (json_is_string(t))
        text = str_of(json_string_value(t), json_string_length(t));
    rc = guard_deanonymize(text, json_object_get(in, "anonymizer_results"),
                           json_object_get(in, "deanonymizers"), &out, &items, err, sizeof(err));
    if (rc < 0) {
        send_error(q, anon_status(rc), err[0] ? err : gw_strerror(rc));
        goto done;
    }
    reply(q, 200, json_pack("{s:s%,s:o}", "text", out.ptr ? out.ptr : "", out.len, "items", items));
done:
    buf_dispose(&out);
    json_decref(in);
}

/* The value of `name` in the query string, undecoded; STR_NULL if absent. */
static struct str query_param(struct str q, const char *name)
{
    size_t nl = strlen(name), i = 0;

    while (i < q.len) {
        size_t j = i;

        while (j < q.len && q.ptr[j] != '&')
            j++;
        if (j - i > nl && memcmp(q.ptr + i, name, nl) == 0 && q.ptr[i + nl] == '=')
            return str_of(q.ptr + i + nl + 1, j - i - nl - 1);
        i = j + 1;
    }
    return STR_NULL;
}

/* GET routes take ?language=; only English is served. */
static bool language_ok(struct preq *q)
{
    struct str l = query_param(q->r->query, "language");

    if (!l.ptr || str_eq_c(l, "en"))
        return true;
    send_error(q, 500, NO_RECOGNIZERS);
    return false;
}

static void supported_entities(struct preq *q)
{
    const char *const *e;
    json_t *out;

    if (!engine_ready(q) || !language_ok(q))
        return;
    out = json_array();
    for (e = guard_entities(q->w->guard); out && e && *e; e++)
        json_array_append_new(out, json_string(*e));
    reply(q, 200, out);
}

static void recognizers(struct preq *q)
{
    json_t *out;

    if (!engine_ready(q) || !language_ok(q))
        return;
    out = json_array();
    if (out && guard_recognizer_names(q->w->guard, out) < 0) {
        json_decref(out);
        out = NULL;
    }
    reply(q, 200, out);
}

static void names(struct preq *q, const char *const *list)
{
    json_t *out = json_array();

    for (; out && *list; list++)
        json_array_append_new(out, json_string(*list));
    reply(q, 200, out);
}

bool api__presidio(struct api_worker *w, struct http_req *r, struct str p)
{
    static const char *const anonymizers[] = {"replace", "redact", "mask", "hash",
                                              "encrypt", "keep",   NULL};
    static const char *const deanonymizers[] = {"decrypt", "deanonymize_keep", NULL};
    static const struct {
        const char *path;
        bool post;
        void (*fn)(struct preq *q);
    } routes[] = {
        {"/analyze", true, analyze},
        {"/anonymize", true, anonymize},
        {"/deanonymize", true, deanonymize},
        {"/supportedentities", false, supported_entities},
        {"/recognizers", false, recognizers},
        {"/anonymizers", false, NULL},
        {"/deanonymizers", false, NULL},
        {"/health", false, NULL}, /* only as /presidio/health */
    };
    struct preq q = {.w = w, .r = r, .t_start_us = r->t_start_us};
    bool prefixed = str_starts_with(p, STR_LIT("/presidio/"));
    size_t i;

    if (prefixed)
        p = str_of(p.ptr + 9, p.len - 9);
    for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++)
        if (str_eq_c(p, routes[i].path))
            break;
    if (i == sizeof(routes) / sizeof(routes[0]) || (!prefixed && str_eq_c(p, "/health")))
        return false;
    obs_request_id(q.id);
    q.method = r->method == HTTP_M_POST   ? "POST"
               : r->method == HTTP_M_GET  ? "GET"
               : r->method == HTTP_M_HEAD ? "HEAD"
                                          : "OTHER";
    snprintf(q.path, sizeof(q.path), "%.*s", STR_FMT(r->path));
    if (routes[i].post ? r->method != HTTP_M_POST
                       : r->method != HTTP_M_GET && r->method != HTTP_M_HEAD) {
        send_error(&q, 405, "The method is not allowed for the requested URL.");
        return true;
    }
    if (authorize(&q) < 0)
        return true;
    if (routes[i].fn)
        routes[i].fn(&q);
    else if (str_eq_c(p, "/anonymizers"))
        names(&q, anonymizers);
    else if (str_eq_c(p, "/deanonymizers"))
        names(&q, deanonymizers);
    else {
        struct http_header h[2] = {
            {STR_LIT("Content-Type"), STR_LIT("text/plain; charset=utf-8")},
            {STR_LIT("x-litellm-call-id"), str_from(q.id)},
        };

        http_respond(r, 200, h, 2, STR_LIT("Presidio Analyzer service is up"));
        log_done(&q, 200);
    }
    return true;
}
