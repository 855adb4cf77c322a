/*
 * Unit tests of src/guard/rail.c: LiteLLM's `guardrails:` section parsed
 * into rails (and refused when a rail could not work), the rails chosen
 * for one call (default_on, the request's `guardrails` and
 * metadata.guardrails, blocking rails first), the request walker over every
 * text-bearing field, the response walker, and the stream holdback: text
 * fed in pieces, cut at every byte, must come out exactly as the whole text
 * is masked, with no release ever carrying an entity or a piece of one;
 * regexes compiled at load; and the split for external analyzers (texts
 * listed, answers supplied in code points, applied like the engine's).
 *
 * rail.c is included to reach tail_start(); the engine is the real one (NER
 * on, as in the gateway), built once for the file.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard/rail.c"

static struct guard_engine *E;
static struct guard_scratch *S;

#define EMAIL "jane.doe@example.com"
#define CARD  "4111 1111 1111 1111"
#define SSN   "377-46-4152"
#define NAME  "Chloé Fontaine"

static int setup(void **state)
{
    const char *err = NULL;

    (void)state;
    if (guard_engine_new(NULL, &E, &err) < 0) {
        fprintf(stderr, "engine: %s\n", err ? err : "?");
        return -1;
    }
    return guard_scratch_new(E, &S) < 0 ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    guard_scratch_free(S);
    guard_engine_free(E);
    return 0;
}

/* ---- helpers -------------------------------------------------------------- */

static json_t *J(const char *text)
{
    json_error_t je;
    json_t *j = json_loads(text, 0, &je);

    if (!j)
        fail_msg("bad test JSON (%s): %s", je.text, text);
    return j;
}

/* The rails of a `guardrails:` section written as JSON; must load. */
static struct guard_rails *rails(const char *section)
{
    json_t *j = J(section);
    struct guard_rails *rs = NULL;
    char err[256] = "";
    int rc = guard_rails_new(j, &rs, err, sizeof(err));

    json_decref(j);
    if (rc != 0)
        fail_msg("rails did not load (%d): %s", rc, err);
    assert_non_null(rs);
    return rs;
}

/* Loading must fail with GW_ECONFIG and an error containing `needle`. */
static void rails_fail(const char *section, const char *needle)
{
    json_t *j = J(section);
    struct guard_rails *rs = (struct guard_rails *)1;
    char err[256] = "";
    int rc = guard_rails_new(j, &rs, err, sizeof(err));

    json_decref(j);
    if (rc != GW_ECONFIG)
        fail_msg("expected GW_ECONFIG for %s, got %d", section, rc);
    assert_null(rs);
    if (!strstr(err, needle))
        fail_msg("error '%s' does not mention '%s'", err, needle);
}

/* One presidio rail named "pii": `params` are extra litellm_params. */
static struct guard_rails *presidio(const char *mode, const char *params)
{
    char buf[4096];

    snprintf(buf, sizeof(buf),
             "[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": \"presidio\", "
             "\"mode\": %s, \"default_on\": true%s%s}}]",
             mode, params && *params ? ", " : "", params ? params : "");
    return rails(buf);
}

struct fx {
    struct guard_rails *rs;
    struct guard_call gc;
    struct guard_verdict v;
};

static void fx_start(struct fx *f, struct guard_rails *rs, const json_t *request)
{
    memset(&f->v, 0, sizeof(f->v));
    f->rs = rs;
    assert_int_equal(guard_call_init(&f->gc, rs, E, S, request), 0);
}

static void fx_end(struct fx *f)
{
    guard_call_dispose(&f->gc);
    guard_rails_free(f->rs);
}

static char *dump(const json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);

    assert_non_null(s);
    return s;
}

static void assert_has(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("'%s' not in '%s'", needle, hay);
}

static void assert_lacks(const char *hay, const char *needle)
{
    if (strstr(hay, needle))
        fail_msg("'%s' found in '%s'", needle, hay);
}

static const char *field(const json_t *j, const char *path)
{
    /* "messages.1.content" style paths */
    char buf[256], *save = NULL, *tok;
    const json_t *at = j;

    snprintf(buf, sizeof(buf), "%s", path);
    for (tok = strtok_r(buf, ".", &save); tok && at; tok = strtok_r(NULL, ".", &save)) {
        if (json_is_array(at))
            at = json_array_get(at, strtoul(tok, NULL, 10));
        else
            at = json_object_get(at, tok);
    }
    if (!json_is_string(at))
        fail_msg("%s is not a string", path);
    return json_string_value(at);
}

/* Every substring of `value` of at least 4 bytes that `text` holds. */
static void assert_no_fragment(const char *text, size_t len, const char *value, const char *what)
{
    size_t n = strlen(value);

    for (size_t i = 0; i + 4 <= n; i++)
        for (size_t k = 4; i + k <= n; k++)
            if (memmem(text, len, value + i, k))
                fail_msg("%s '%.*s' holds '%.*s', a piece of '%s'", what, (int)len, text, (int)k,
                         value + i, value);
}

/* ---- config ----------------------------------------------------------------- */

static void test_config_errors(void **state)
{
    struct guard_rails *rs = (struct guard_rails *)1;
    char err[256];

    (void)state;
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"aporia\", "
               "\"mode\": \"pre_call\"}}]",
               "aporia");
    rails_fail("[{\"litellm_params\": {\"guardrail\": \"presidio\", \"mode\": \"pre_call\"}}]",
               "guardrail_name");
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"mode\": \"pre_call\"}}]",
               "litellm_params.guardrail");
    rails_fail("[{\"guardrail_name\": \"x\"}]", "litellm_params");
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"pre-call\"}}]",
               "mode");
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"presidio\"}}]",
               "mode");
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": []}}]",
               "mode");
    /* One bad mode in a list is not made good by a valid one next to it. */
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": [\"pre_call\", \"post-call\"]}}]",
               "mode");
    rails_fail("[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"pre_call\", \"patterns\": "
               "[{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"us_zipcode\"}]}}]",
               "us_zipcode");
    rails_fail("[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"pre_call\", \"patterns\": "
               "[{\"pattern_type\": \"prebuilt\"}]}}]",
               "prebuilt pattern");
    rails_fail("[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"pre_call\", \"patterns\": "
               "[{\"pattern_type\": \"regex\", \"name\": \"emp\"}]}}]",
               "pattern");
    rails_fail("[{\"guardrail_name\": \"x\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"pre_call\", \"presidio_ad_hoc_recognizers\": "
               "\"/nonexistent/recognizers.json\"}}]",
               "presidio_ad_hoc_recognizers");
    /* The second entry's error fails the whole load (the first is freed). */
    rails_fail("[{\"guardrail_name\": \"ok\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"pre_call\"}}, {\"guardrail_name\": \"bad\", \"litellm_params\": "
               "{\"guardrail\": \"bedrock\", \"mode\": \"pre_call\"}}]",
               "bedrock");

    /* More than GUARD_MAX_RAILS. */
    {
        json_t *l = json_array();
        int rc;

        for (int i = 0; i < GUARD_MAX_RAILS + 1; i++) {
            char name[16];

            snprintf(name, sizeof(name), "r%d", i);
            json_array_append_new(l, json_pack("{s:s,s:{s:s,s:s}}", "guardrail_name", name,
                                               "litellm_params", "guardrail", "presidio", "mode",
                                               "pre_call"));
        }
        rc = guard_rails_new(l, &rs, err, sizeof(err));
        assert_int_equal(rc, GW_ECONFIG);
        assert_null(rs);
        assert_has(err, "at most");
        json_decref(l);
    }

    /* No section, an empty one: no rails, no error. */
    assert_int_equal(guard_rails_new(NULL, &rs, err, sizeof(err)), 0);
    assert_int_equal(guard_rails_count(rs), 0);
    guard_rails_free(rs);
    {
        json_t *l = json_array();

        assert_int_equal(guard_rails_new(l, &rs, err, sizeof(err)), 0);
        assert_int_equal(guard_rails_count(rs), 0);
        guard_rails_free(rs);
        json_decref(l);
    }
    assert_int_equal(guard_rails_count(NULL), 0);
}

static void test_config_values(void **state)
{
    struct guard_rails *rs;

    (void)state;
    rs = rails("[{\"guardrail_name\": \"a\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": [\"pre_call\", \"post_call\"], \"default_on\": \"true\", "
               "\"presidio_filter_scope\": \"input\", \"output_parse_pii\": true, "
               "\"presidio_skip_system_developer_message\": true, \"fail_open\": true, "
               "\"pii_entities_config\": {\"EMAIL_ADDRESS\": \"MASK\", \"US_SSN\": \"BLOCK\"}, "
               "\"presidio_score_thresholds\": {\"ALL\": 0.5, \"PERSON\": 0.95}, "
               "\"presidio_phrase_allow_list\": [\"Acme\", 3, \"Bob\"]}},"
               " {\"guardrail_name\": \"b\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"logging_only\", \"presidio_filter_scope\": \"output\"}},"
               " {\"guardrail_name\": \"c\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"during_call\", \"patterns\": ["
               "{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"US_SSN\"},"
               "{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"email\", \"action\": "
               "\"MASK\"},"
               "{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"github_token\"},"
               "{\"pattern_type\": \"regex\", \"name\": \"EMPLOYEE_ID\", \"pattern\": "
               "\"EMP-[0-9]{6}\", \"action\": \"MASK\"}],"
               " \"blocked_words\": [\"projectx\", {\"keyword\": \"nimbus\", \"action\": "
               "\"MASK\"}, {\"keyword\": \"\"}]}}]");
    assert_int_equal(guard_rails_count(rs), 3);

    const struct guard_rail *a = &rs->v[0], *b = &rs->v[1], *c = &rs->v[2];

    assert_string_equal(a->name, "a");
    assert_int_equal(a->kind, RAIL_PRESIDIO);
    assert_int_equal(a->modes, GUARD_PRE_CALL | GUARD_POST_CALL);
    assert_true(a->default_on);
    assert_int_equal(a->scope, SCOPE_INPUT);
    assert_true(a->output_parse_pii);
    assert_true(a->skip_system);
    assert_true(a->fail_open);
    assert_string_equal(a->entities[0], "EMAIL_ADDRESS");
    assert_string_equal(a->entities[1], "US_SSN");
    assert_null(a->entities[2]);
    assert_false(is_block(a, "EMAIL_ADDRESS"));
    assert_true(is_block(a, "US_SSN"));
    assert_false(is_block(a, "PERSON")); /* presidio's default is MASK */
    assert_true(can_block(a));
    assert_true(threshold_of(a, "PERSON") > 0.94);
    assert_true(threshold_of(a, "EMAIL_ADDRESS") > 0.49 && threshold_of(a, "EMAIL_ADDRESS") < 0.51);
    assert_string_equal(a->allow[0], "Acme");
    assert_string_equal(a->allow[1], "Bob"); /* the number is skipped */
    assert_null(a->allow[2]);

    assert_int_equal(b->modes, GUARD_LOGGING_ONLY);
    assert_false(b->default_on);
    assert_int_equal(b->scope, SCOPE_OUTPUT);
    assert_null(b->entities); /* every entity */
    assert_false(can_block(b));
    assert_true(threshold_of(b, "PERSON") == 0.0);

    assert_int_equal(c->kind, RAIL_CONTENT_FILTER);
    assert_int_equal(c->modes, GUARD_DURING_CALL);
    assert_true(can_block(c));
    assert_true(is_block(c, "US_SSN"));         /* prebuilt default: BLOCK */
    assert_false(is_block(c, "EMAIL_ADDRESS")); /* MASK as configured */
    assert_true(is_block(c, "GITHUB_TOKEN"));
    assert_false(is_block(c, "EMPLOYEE_ID"));
    assert_true(is_block(c, "BLOCKED_WORD"));
    assert_false(is_block(c, "MASKED_WORD"));
    assert_true(is_block(c, "ANYTHING_ELSE")); /* the filter's default */
    {
        const char *want[] = {"US_SSN",      "EMAIL_ADDRESS", "GITHUB_TOKEN",
                              "EMPLOYEE_ID", "BLOCKED_WORD",  "MASKED_WORD"};
        size_t n = 0;

        while (c->entities[n])
            n++;
        assert_int_equal(n, 6);
        for (size_t i = 0; i < n; i++)
            assert_string_equal(c->entities[i], want[i]);
    }
    /* github_token (regex), EMPLOYEE_ID, two blocked words */
    assert_int_equal(json_array_size(c->ad_hoc), 4);
    guard_rails_free(rs);
}

/* ---- choosing the rails of a call ------------------------------------------ */

#define THREE_RAILS                                                                                \
    "[{\"guardrail_name\": \"mask-on\", \"litellm_params\": {\"guardrail\": \"presidio\", "        \
    "\"mode\": \"pre_call\", \"default_on\": true}},"                                              \
    " {\"guardrail_name\": \"mask-off\", \"litellm_params\": {\"guardrail\": \"presidio\", "       \
    "\"mode\": \"post_call\"}},"                                                                   \
    " {\"guardrail_name\": \"block-on\", \"litellm_params\": {\"guardrail\": "                     \
    "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, \"patterns\": "     \
    "[{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"us_ssn\"}]}},"                          \
    " {\"guardrail_name\": \"block-off\", \"litellm_params\": {\"guardrail\": \"presidio\", "      \
    "\"mode\": \"during_call\", \"pii_entities_config\": {\"CREDIT_CARD\": \"BLOCK\"}}}]"

static void on_names(const struct guard_call *gc, const char *want)
{
    char got[256] = "";

    for (size_t i = 0; i < gc->n_on; i++)
        snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s", i ? "," : "",
                 gc->on[i]->name);
    assert_string_equal(got, want);
}

static void test_call_init(void **state)
{
    struct guard_rails *rs = rails(THREE_RAILS);
    struct guard_call gc;
    json_t *req;

    (void)state;
    /* default_on only; the rail that can block goes first. */
    req = J("{\"model\": \"m\"}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), 0);
    on_names(&gc, "block-on,mask-on");
    assert_true(guard_call_has(&gc, GUARD_PRE_CALL));
    assert_false(guard_call_has(&gc, GUARD_POST_CALL));
    assert_false(guard_call_has(&gc, GUARD_DURING_CALL | GUARD_LOGGING_ONLY));
    guard_call_dispose(&gc);
    json_decref(req);

    /* Named in the request: added, blocking rails still first, config order within. */
    req = J("{\"guardrails\": [\"mask-off\", \"block-off\"]}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), 0);
    on_names(&gc, "block-on,block-off,mask-on,mask-off");
    assert_true(guard_call_has(&gc, GUARD_POST_CALL));
    assert_true(guard_call_has(&gc, GUARD_DURING_CALL));
    guard_call_dispose(&gc);
    json_decref(req);

    /* LiteLLM's metadata.guardrails; a name given twice counts once. */
    req = J("{\"metadata\": {\"guardrails\": [\"mask-off\", \"mask-off\", \"mask-on\"]}}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), 0);
    on_names(&gc, "block-on,mask-on,mask-off");
    guard_call_dispose(&gc);
    json_decref(req);

    /* The body's list wins over metadata's. */
    req = J("{\"guardrails\": [], \"metadata\": {\"guardrails\": [\"mask-off\"]}}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), 0);
    on_names(&gc, "block-on,mask-on");
    guard_call_dispose(&gc);
    json_decref(req);

    /* An unknown name, or a name that is not a string, is GW_EPARAM. */
    req = J("{\"guardrails\": [\"mask-off\", \"nope\"]}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), GW_EPARAM);
    guard_call_dispose(&gc);
    json_decref(req);
    req = J("{\"metadata\": {\"guardrails\": [\"Mask-On\"]}}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), GW_EPARAM);
    guard_call_dispose(&gc);
    json_decref(req);
    req = J("{\"guardrails\": [42]}");
    assert_int_equal(guard_call_init(&gc, rs, E, S, req), GW_EPARAM);
    guard_call_dispose(&gc);
    json_decref(req);

    /* No rails configured: nothing chosen, names are not checked. */
    req = J("{\"guardrails\": [\"nope\"]}");
    assert_int_equal(guard_call_init(&gc, NULL, E, S, req), 0);
    assert_int_equal(gc.n_on, 0);
    assert_false(guard_call_has(&gc, ~0u));
    guard_call_dispose(&gc);
    json_decref(req);

    guard_rails_free(rs);
}

/* ---- the request walker ----------------------------------------------------- */

static void test_request_every_field(void **state)
{
    struct fx f;
    json_t *req =
        J("{\"model\": \"m\", \"messages\": ["
          "{\"role\": \"system\", \"content\": \"Escalate to " EMAIL ".\"},"
          "{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"Mail " EMAIL
          " please\"}, {\"type\": \"image_url\", \"image_url\": {\"url\": "
          "\"https://img.example.net/a.png\"}}, {\"type\": \"text\", \"text\": \"\"}]},"
          "{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": "
          "\"call_1\", \"type\": \"function\", \"function\": {\"name\": \"send\", "
          "\"arguments\": \"{\\\"to\\\": \\\"" EMAIL "\\\"}\"}}]},"
          "{\"role\": \"tool\", \"tool_call_id\": \"call_1\", \"content\": \"sent to " EMAIL "\"},"
          "{\"role\": \"developer\", \"content\": \"cc " EMAIL "\"}],"
          " \"prompt\": \"Prompt " EMAIL "\","
          " \"input\": [\"Input " EMAIL "\", \"nothing here\", [1, 2, 3]]}");
    char *s;

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", NULL), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_false(f.v.blocked);
    assert_int_equal(f.v.masked, 7);
    assert_int_equal(f.v.n_applied, 1);
    assert_string_equal(f.v.applied[0], "pii");
    s = dump(req);
    assert_lacks(s, "jane.doe");
    assert_lacks(s, "example.com");
    free(s);
    assert_string_equal(field(req, "messages.0.content"), "Escalate to <EMAIL_ADDRESS>.");
    assert_string_equal(field(req, "messages.1.content.0.text"), "Mail <EMAIL_ADDRESS> please");
    assert_string_equal(field(req, "messages.1.content.1.image_url.url"),
                        "https://img.example.net/a.png");
    assert_string_equal(field(req, "messages.2.tool_calls.0.function.arguments"),
                        "{\"to\": \"<EMAIL_ADDRESS>\"}");
    assert_string_equal(field(req, "messages.3.content"), "sent to <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "messages.4.content"), "cc <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "prompt"), "Prompt <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "input.0"), "Input <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "input.1"), "nothing here");
    assert_int_equal(json_array_size(json_array_get(json_object_get(req, "input"), 2)), 3);
    fx_end(&f);
    json_decref(req);

    /* A prompt given as a list of strings; input as one string. */
    req = J("{\"prompt\": [\"a " EMAIL "\", \"b " SSN "\"], \"input\": \"in " CARD "\"}");
    fx_start(&f, presidio("\"pre_call\"", NULL), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "prompt.0"), "a <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "prompt.1"), "b <US_SSN>");
    assert_string_equal(field(req, "input"), "in <CREDIT_CARD>");
    fx_end(&f);
    json_decref(req);
}

static void test_request_scope_and_system(void **state)
{
    const char *body = "{\"messages\": [{\"role\": \"system\", \"content\": \"Admin is " EMAIL
                       "\"}, {\"role\": \"developer\", \"content\": \"Or " EMAIL "\"},"
                       " {\"role\": \"user\", \"content\": \"I am " EMAIL "\"}]}";
    struct fx f;
    json_t *req;

    (void)state;
    /* presidio_skip_system_developer_message: system and developer untouched. */
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_skip_system_developer_message\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"), "Admin is " EMAIL);
    assert_string_equal(field(req, "messages.1.content"), "Or " EMAIL);
    assert_string_equal(field(req, "messages.2.content"), "I am <EMAIL_ADDRESS>");
    fx_end(&f);
    json_decref(req);

    /* presidio_filter_scope: output leaves the request alone ... */
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_filter_scope\": \"output\""), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(f.v.masked, 0);
    assert_string_equal(field(req, "messages.2.content"), "I am " EMAIL);
    fx_end(&f);
    json_decref(req);

    /* ... input and both mask it. */
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_filter_scope\": \"input\""), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(f.v.masked, 3);
    fx_end(&f);
    json_decref(req);
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_filter_scope\": \"both\""), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(f.v.masked, 3);
    fx_end(&f);
    json_decref(req);

    /*
     * Skipping the system message is a setting of one presidio rail; a
     * content filter next to it still reads the system message (it must
     * still refuse a blocked word there).
     */
    req = J("{\"messages\": [{\"role\": \"system\", \"content\": \"codename projectx\"},"
            " {\"role\": \"user\", \"content\": \"hello\"}]}");
    fx_start(&f,
             rails("[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": "
                   "\"presidio\", \"mode\": \"pre_call\", \"default_on\": true, "
                   "\"presidio_skip_system_developer_message\": true}},"
                   " {\"guardrail_name\": \"words\", \"litellm_params\": {\"guardrail\": "
                   "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, "
                   "\"blocked_words\": [\"projectx\"]}}]"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.blocked_by, "words");
    assert_string_equal(f.v.entities, "BLOCKED_WORD");
    fx_end(&f);
    json_decref(req);
}

static void test_request_block_modes(void **state)
{
    struct fx f;
    json_t *req;
    char *s;

    (void)state;
    /* BLOCK: the verdict names the rail and the types, never the text. */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"SSN " SSN ", card " CARD
            ", mail " EMAIL "\"}]}");
    fx_start(&f,
             presidio("\"pre_call\"", "\"pii_entities_config\": {\"US_SSN\": \"BLOCK\", "
                                      "\"CREDIT_CARD\": \"BLOCK\", \"EMAIL_ADDRESS\": "
                                      "\"MASK\"}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.blocked_by, "pii");
    assert_has(f.v.entities, "US_SSN");
    assert_has(f.v.entities, "CREDIT_CARD");
    assert_lacks(f.v.entities, "EMAIL");
    assert_lacks(f.v.entities, "377");
    fx_end(&f);
    json_decref(req);

    /* during_call blocks but never rewrites. */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"mail " EMAIL "\"}]}");
    fx_start(&f, presidio("\"during_call\"", NULL), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_false(f.v.blocked);
    assert_string_equal(field(req, "messages.0.content"), "mail " EMAIL);
    assert_int_equal(f.v.n_applied, 1);
    fx_end(&f);
    json_decref(req);
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"ssn " SSN "\"}]}");
    fx_start(&f, presidio("\"during_call\"", "\"pii_entities_config\": {\"US_SSN\": \"BLOCK\"}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    fx_end(&f);
    json_decref(req);

    /* post_call alone leaves the request alone. */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"mail " EMAIL "\"}]}");
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"), "mail " EMAIL);
    assert_int_equal(f.v.n_applied, 0);
    fx_end(&f);
    json_decref(req);

    /*
     * logging_only never touches the call: it neither rewrites nor refuses
     * the request (nothing reaches the logs anyway), and is recorded as
     * applied.
     */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"ssn " SSN " mail " EMAIL "\"}]}");
    fx_start(&f,
             rails("[{\"guardrail_name\": \"log\", \"litellm_params\": {\"guardrail\": "
                   "\"litellm_content_filter\", \"mode\": \"logging_only\", \"default_on\": "
                   "true, \"patterns\": [{\"pattern_type\": \"prebuilt\", \"pattern_name\": "
                   "\"us_ssn\"}, {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"email\", "
                   "\"action\": \"MASK\"}]}}]"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_false(f.v.blocked);
    s = dump(req);
    assert_has(s, SSN);
    assert_has(s, EMAIL);
    free(s);
    assert_int_equal(f.v.n_applied, 1);
    assert_string_equal(f.v.applied[0], "log");
    fx_end(&f);
    json_decref(req);

    /* A blocking rail runs first: a masking rail never hides what it refuses. */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"ssn " SSN "\"}]}");
    fx_start(&f,
             rails("[{\"guardrail_name\": \"mask\", \"litellm_params\": {\"guardrail\": "
                   "\"presidio\", \"mode\": \"pre_call\", \"default_on\": true}},"
                   " {\"guardrail_name\": \"block\", \"litellm_params\": {\"guardrail\": "
                   "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, "
                   "\"patterns\": [{\"pattern_type\": \"prebuilt\", \"pattern_name\": "
                   "\"ssn\"}]}}]"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.blocked_by, "block");
    assert_string_equal(f.v.entities, "US_SSN");
    fx_end(&f);
    json_decref(req);
}

static void test_request_thresholds_allow(void **state)
{
    const char *body = "{\"messages\": [{\"role\": \"user\", \"content\": \"Call +1 415 555 0132 "
                       "or mail " EMAIL ", ask Acme Corp\"}]}";
    struct fx f;
    json_t *req;

    (void)state;
    /* The phone scores 0.75: a 0.8 threshold for it keeps it, others still go. */
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_score_thresholds\": {\"PHONE_NUMBER\": 0.8}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_has(field(req, "messages.0.content"), "+1 415 555 0132");
    assert_has(field(req, "messages.0.content"), "<EMAIL_ADDRESS>");
    fx_end(&f);
    json_decref(req);

    /* "ALL" applies to every type without its own entry. */
    req = J(body);
    fx_start(&f,
             presidio("\"pre_call\"", "\"presidio_score_thresholds\": {\"ALL\": 0.99, "
                                      "\"PHONE_NUMBER\": 0.5}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_lacks(field(req, "messages.0.content"), "415 555");
    assert_has(field(req, "messages.0.content"), "<EMAIL_ADDRESS>"); /* scores 1.0 */
    fx_end(&f);
    json_decref(req);
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_score_thresholds\": {\"ALL\": 0.8}"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_has(field(req, "messages.0.content"), "415 555 0132");
    fx_end(&f);
    json_decref(req);

    /* The allow list: an exact phrase is never reported. */
    req = J(body);
    fx_start(&f, presidio("\"pre_call\"", "\"presidio_phrase_allow_list\": [\"" EMAIL "\"]"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_has(field(req, "messages.0.content"), EMAIL);
    assert_lacks(field(req, "messages.0.content"), "415 555");
    fx_end(&f);
    json_decref(req);

    /* pii_entities_config restricts the types looked for. */
    req = J(body);
    fx_start(&f,
             presidio("\"pre_call\"", "\"pii_entities_config\": {\"PHONE_NUMBER\": "
                                      "\"MASK\"}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_has(field(req, "messages.0.content"), EMAIL);
    assert_has(field(req, "messages.0.content"), "<PHONE_NUMBER>");
    fx_end(&f);
    json_decref(req);
}

static void test_request_placeholders(void **state)
{
    struct fx f;
    json_t *req = J("{\"messages\": [{\"role\": \"system\", \"content\": \"The user is " NAME
                    ".\"}, {\"role\": \"user\", \"content\": \"Hello, I am " NAME ", mail " EMAIL
                    " or jd@example.org.\"},"
                    " {\"role\": \"user\", \"content\": \"Again: " EMAIL "\"}]}");

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", "\"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.gc.ph_used);
    assert_string_equal(field(req, "messages.0.content"), "The user is <PERSON_1>.");
    assert_string_equal(field(req, "messages.1.content"),
                        "Hello, I am <PERSON_1>, mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>.");
    assert_string_equal(field(req, "messages.2.content"), "Again: <EMAIL_ADDRESS_1>");
    fx_end(&f);
    json_decref(req);
}

static void test_content_filter(void **state)
{
    const char *cf =
        "[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
        "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, \"patterns\": "
        "[{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"us_ssn\", \"action\": \"BLOCK\"},"
        " {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"email\", \"action\": \"MASK\"},"
        " {\"pattern_type\": \"prebuilt\", \"pattern_name\": \"aws_access_key\", \"action\": "
        "\"MASK\"},"
        " {\"pattern_type\": \"regex\", \"name\": \"EMPLOYEE_ID\", \"pattern\": "
        "\"\\\\bEMP-[0-9]{6}\\\\b\", \"action\": \"MASK\"}],"
        " \"blocked_words\": [{\"keyword\": \"projectx\", \"action\": \"BLOCK\"},"
        " {\"keyword\": \"nimbus\", \"action\": \"MASK\"}]}}]";
    struct fx f;
    json_t *req;

    (void)state;
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"mail " EMAIL
            ", id EMP-123456, key AKIAIOSFODNN7EXAMPLE, about Nimbus\"}]}");
    fx_start(&f, rails(cf), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_false(f.v.blocked);
    assert_string_equal(field(req, "messages.0.content"),
                        "mail [EMAIL_ADDRESS_REDACTED], id [EMPLOYEE_ID_REDACTED], key "
                        "[AWS_ACCESS_KEY_REDACTED], about [MASKED_WORD_REDACTED]");
    fx_end(&f);
    json_decref(req);

    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"my ssn is " SSN "\"}]}");
    fx_start(&f, rails(cf), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.blocked_by, "cf");
    assert_string_equal(f.v.entities, "US_SSN");
    fx_end(&f);
    json_decref(req);

    /* Blocked words are whole words, any case. */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"Tell me about ProjectX.\"}]}");
    fx_start(&f, rails(cf), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.entities, "BLOCKED_WORD");
    fx_end(&f);
    json_decref(req);
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"projectxyz is fine\"}]}");
    fx_start(&f, rails(cf), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_false(f.v.blocked);
    fx_end(&f);
    json_decref(req);
}

static void test_fail_closed(void **state)
{
    /* A regex that stops compiling after the load (the load refuses one)
     * makes every scan fail. */
    const char *good = "[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
                       "\"litellm_content_filter\", \"mode\": [\"pre_call\", \"post_call\"], "
                       "\"default_on\": true%s, \"patterns\": [{\"pattern_type\": \"regex\", "
                       "\"name\": \"BROKEN\", \"pattern\": \"[a-z]+\", \"action\": \"MASK\"}]}}]";
    const char *broken = "[{\"name\": \"BROKEN\", \"supported_entity\": \"BROKEN\", \"patterns\": "
                         "[{\"name\": \"BROKEN\", \"regex\": \"([a-z\", \"score\": 1.0}]}]";
    char cfg[1024];
    struct fx f;
    struct guard_rails *rs;
    json_t *req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}");
    json_t *resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
                     "\"content\": \"hi there\"}}]}");
    struct guard_stream st;
    struct buf rel;

    (void)state;
    snprintf(cfg, sizeof(cfg), good, "");
    rs = rails(cfg);
    json_decref(rs->v[0].ad_hoc);
    rs->v[0].ad_hoc = J(broken);
    /* The compiled set would still work: drop it so the call compiles (and
     * fails on) the broken JSON. */
    guard_adhoc_free(rs->v[0].adhoc);
    rs->v[0].adhoc = NULL;
    fx_start(&f, rs, req);
    assert_true(guard_call_request(&f.gc, req, &f.v) < 0);
    assert_true(guard_call_response(&f.gc, resp, &f.v) < 0);
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    assert_true(guard_stream_feed(&st, str_from("Hello there, friend"), &rel, &f.v) < 0 ||
                guard_stream_flush(&st, &rel, &f.v) < 0);
    assert_int_equal(rel.len, 0);
    buf_dispose(&rel);
    guard_stream_dispose(&st);
    fx_end(&f);

    snprintf(cfg, sizeof(cfg), good, ", \"fail_open\": true");
    rs = rails(cfg);
    json_decref(rs->v[0].ad_hoc);
    rs->v[0].ad_hoc = J(broken);
    /* The compiled set would still work: drop it so the call compiles (and
     * fails on) the broken JSON. */
    guard_adhoc_free(rs->v[0].adhoc);
    rs->v[0].adhoc = NULL;
    fx_start(&f, rs, req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_false(f.v.blocked);
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    assert_int_equal(guard_stream_feed(&st, str_from("Hello there, friend"), &rel, &f.v), 0);
    assert_int_equal(guard_stream_flush(&st, &rel, &f.v), 0);
    assert_int_equal(rel.len, strlen("Hello there, friend"));
    buf_dispose(&rel);
    guard_stream_dispose(&st);
    fx_end(&f);
    json_decref(req);
    json_decref(resp);
}

/* ---- config-load regex checks and external analyzers ------------------------ */

static void test_config_regex(void **state)
{
    struct guard_rails *rs;

    (void)state;
    /* A content-filter regex is compiled at load: the error names the rail,
     * the pattern and PCRE2's reason. */
    rails_fail("[{\"guardrail_name\": \"secrets\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"pre_call\", \"patterns\": "
               "[{\"pattern_type\": \"regex\", \"name\": \"EMP\", \"pattern\": \"([a-z\"}]}}]",
               "guardrail 'secrets'");
    rails_fail("[{\"guardrail_name\": \"secrets\", \"litellm_params\": {\"guardrail\": "
               "\"litellm_content_filter\", \"mode\": \"pre_call\", \"patterns\": "
               "[{\"pattern_type\": \"regex\", \"name\": \"EMP\", \"pattern\": \"([a-z\"}]}}]",
               "pattern 'EMP': missing terminating ] for character class at offset 5");
    /* The same for a presidio rail's inline ad-hoc recognizers... */
    rails_fail("[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"pre_call\", \"presidio_ad_hoc_recognizers\": [{\"name\": \"Zip\", "
               "\"supported_entity\": \"ZIP\", \"patterns\": [{\"name\": \"zip\", \"regex\": "
               "\"(\\\\d{5}\", \"score\": 0.5}]}]}}]",
               "guardrail 'pii': recognizer 'Zip', pattern 'zip'");
    rails_fail("[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": \"presidio\", "
               "\"mode\": \"pre_call\", \"presidio_ad_hoc_recognizers\": [{\"name\": \"Zip\", "
               "\"patterns\": [{\"name\": \"zip\", \"regex\": \"x\", \"score\": 0.5}]}]}}]",
               "supported_entity");
    /* ...unless an external analyzer runs them (Python's re judges). */
    rs = presidio("\"pre_call\"",
                  "\"presidio_analyzer_api_base\": \"http://analyzer:5002\", "
                  "\"presidio_ad_hoc_recognizers\": [{\"name\": \"Zip\", "
                  "\"supported_entity\": \"ZIP\", \"patterns\": [{\"name\": \"zip\", "
                  "\"regex\": \"(?P<z>\\\\d{5}\", \"score\": 0.5}]}]");
    guard_rails_free(rs);
}

#define EXT_BASE "\"presidio_analyzer_api_base\": \"http://analyzer:5002\""

static void test_config_analyzer(void **state)
{
    static const struct {
        const char *base, *url;
    } urls[] = {
        {"http://analyzer:5002", "http://analyzer:5002/analyze"},
        {"http://analyzer:5002/", "http://analyzer:5002/analyze"},
        {"analyzer:5002", "http://analyzer:5002/analyze"},
        {"https://pii.example.com/presidio/", "https://pii.example.com/presidio/analyze"},
    };
    struct guard_rails *rs;
    char params[512];

    (void)state;
    for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
        snprintf(params, sizeof(params), "\"presidio_analyzer_api_base\": \"%s\"", urls[i].base);
        rs = presidio("\"pre_call\"", params);
        assert_non_null(rs->v[0].an);
        assert_string_equal(rs->v[0].an->url, urls[i].url);
        assert_string_equal(rs->v[0].an->language, "en");
        assert_null(rs->v[0].an->entities);
        assert_int_equal(rs->v[0].an->timeout_ms, GUARD_ANALYZER_TIMEOUT_MS);
        assert_int_equal(rs->v[0].an->chunk_bytes, GUARD_ANALYZER_CHUNK_BYTES);
        assert_string_equal(rs->v[0].an->rail, "pii");
        assert_false(rs->v[0].fail_open);
        guard_rails_free(rs);
    }
    rs = presidio("\"pre_call\"", "\"presidio_analyzer_api_base\": \"http://a:1\", "
                                  "\"presidio_anonymizer_api_base\": \"http://b:2\", "
                                  "\"presidio_language\": \"de\", \"unreachable_fallback\": "
                                  "\"fail_open\", \"pii_entities_config\": {\"PERSON\": \"MASK\", "
                                  "\"US_SSN\": \"BLOCK\"}");
    assert_string_equal(rs->v[0].an->language, "de");
    assert_true(rs->v[0].fail_open);
    {
        char *e = dump(rs->v[0].an->entities);

        assert_string_equal(e, "[\"PERSON\",\"US_SSN\"]");
        free(e);
    }
    guard_rails_free(rs);
    /* No base (or an empty one): the engine. */
    rs = presidio("\"pre_call\"", "\"presidio_analyzer_api_base\": \"\"");
    assert_null(rs->v[0].an);
    guard_rails_free(rs);
    rs = presidio("\"pre_call\"", "\"presidio_anonymizer_api_base\": \"http://b:2\"");
    assert_null(rs->v[0].an);
    guard_rails_free(rs);
}

static void test_config_analyzer_limits(void **state)
{
    static const struct {
        const char *params;
        long timeout_ms;
        size_t chunk;
    } good[] = {
        {"", GUARD_ANALYZER_TIMEOUT_MS, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"timeout\": 0.3", 300, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"timeout\": 12", 12000, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"timeout\": \"2.5\"", 2500, GUARD_ANALYZER_CHUNK_BYTES}, /* LiteLLM coerces */
        {"\"timeout\": 0.0001", 1, GUARD_ANALYZER_CHUNK_BYTES},     /* never 0: no limit */
        {"\"timeout\": 3600", 3600000, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"timeout\": \"\", \"presidio_analyze_chunk_size_bytes\": \"\"", /* unset variables */
         GUARD_ANALYZER_TIMEOUT_MS, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"timeout\": null", GUARD_ANALYZER_TIMEOUT_MS, GUARD_ANALYZER_CHUNK_BYTES},
        {"\"presidio_analyze_chunk_size_bytes\": 10000", GUARD_ANALYZER_TIMEOUT_MS, 10000},
        {"\"presidio_analyze_chunk_size_bytes\": \"20000\"", GUARD_ANALYZER_TIMEOUT_MS, 20000},
        {"\"presidio_analyze_chunk_size_bytes\": 1024.0", GUARD_ANALYZER_TIMEOUT_MS, 1024},
    };
    static const char *bad[] = {
        "\"timeout\": 0",
        "\"timeout\": -1",
        "\"timeout\": \"abc\"",
        "\"timeout\": \"5s\"",
        "\"timeout\": true",
        "\"timeout\": [5]",
        "\"timeout\": 3600.5",
        "\"timeout\": \"nan\"",
        "\"timeout\": \"inf\"",
        "\"presidio_analyze_chunk_size_bytes\": 0",
        "\"presidio_analyze_chunk_size_bytes\": -5000",
        "\"presidio_analyze_chunk_size_bytes\": 1023",
        "\"presidio_analyze_chunk_size_bytes\": 5000.5",
        "\"presidio_analyze_chunk_size_bytes\": \"big\"",
        "\"presidio_analyze_chunk_size_bytes\": {}",
    };
    struct guard_rails *rs;
    char buf[1024];

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        snprintf(buf, sizeof(buf), EXT_BASE "%s%s", *good[i].params ? ", " : "", good[i].params);
        rs = presidio("\"pre_call\"", buf);
        if (rs->v[0].an->timeout_ms != good[i].timeout_ms)
            fail_msg("%s: timeout_ms %ld", good[i].params, rs->v[0].an->timeout_ms);
        if (rs->v[0].an->chunk_bytes != good[i].chunk)
            fail_msg("%s: chunk_bytes %zu", good[i].params, rs->v[0].an->chunk_bytes);
        guard_rails_free(rs);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        const char *key = strstr(bad[i], "timeout") ? "timeout must be a number of seconds"
                                                    : "presidio_analyze_chunk_size_bytes must";

        snprintf(buf, sizeof(buf),
                 "[{\"guardrail_name\": \"pii-ext\", \"litellm_params\": {\"guardrail\": "
                 "\"presidio\", \"mode\": \"pre_call\", " EXT_BASE ", %s}}]",
                 bad[i]);
        rails_fail(buf, "guardrail 'pii-ext'");
        rails_fail(buf, key);
    }
    /* Without an external analyzer they are not read: the engine has no
     * call to time. */
    rs = presidio("\"pre_call\"", "\"timeout\": \"abc\", \"presidio_analyze_chunk_size_bytes\": 1");
    assert_null(rs->v[0].an);
    guard_rails_free(rs);
}

/* Answers waiting text `i` with `answer` (Presidio's JSON). */
static int supply_one(struct fx *f, size_t i, const char *answer)
{
    json_t *a = J(answer);
    int rc = guard_call_supply(&f->gc, i, a);

    json_decref(a);
    return rc;
}

/* Answers every waiting text with `answer` (Presidio's JSON). */
static void supply_all(struct fx *f, const char *answer)
{
    json_t *a = answer ? J(answer) : NULL;

    for (size_t i = 0; i < guard_call_needs(&f->gc); i++)
        guard_call_supply(&f->gc, i, a);
    json_decref(a);
}

static void test_external_request(void **state)
{
    /* An emoji and an accent before the entity: the analyzer counts code
     * points (😀 is one, four bytes), the guard masks bytes. */
    json_t *req = J("{\"messages\": [{\"role\": \"system\", \"content\": \"be brief\"}, "
                    "{\"role\": \"user\", \"content\": \"\\ud83d\\ude00 caf\\u00e9: mail "
                    "jane.doe@example.com\"}, {\"role\": \"user\", \"content\": \"   \"}]}");
    const struct guard_need *n;
    struct fx f;
    char *out;

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", EXT_BASE), req);
    assert_true(guard_call_external(&f.gc, GUARD_PRE_CALL));
    assert_false(guard_call_external(&f.gc, GUARD_POST_CALL));
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    /* Two texts; the blank one is not sent. Nothing is rewritten yet. */
    assert_int_equal(guard_call_needs(&f.gc), 2);
    n = guard_call_need(&f.gc, 0);
    assert_string_equal(n->an->url, "http://analyzer:5002/analyze");
    assert_int_equal(n->text.len, strlen("be brief"));
    n = guard_call_need(&f.gc, 1);
    assert_memory_equal(n->text.ptr, "\xf0\x9f\x98\x80 caf\xc3\xa9: mail jane", 19);
    assert_null(guard_call_need(&f.gc, 2));
    assert_string_equal(field(req, "messages.1.content"),
                        "\xf0\x9f\x98\x80 caf\xc3\xa9: mail jane.doe@example.com");
    assert_int_equal(f.v.n_applied, 0);
    assert_int_equal(supply_one(&f, 0, "[]"), 0);
    {
        /* Unsorted, and two overlapping spans: one mask covers both. */
        json_t *a = J("[{\"entity_type\": \"URL\", \"start\": 21, \"end\": 32, \"score\": 0.5},"
                      " {\"entity_type\": \"EMAIL_ADDRESS\", \"start\": 13, \"end\": 33, "
                      "\"score\": 1.0, \"analysis_explanation\": null}]");

        assert_int_equal(guard_call_supply(&f.gc, 1, a), 0);
        json_decref(a);
    }
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.1.content"),
                        "\xf0\x9f\x98\x80 caf\xc3\xa9: mail <EMAIL_ADDRESS>");
    assert_string_equal(field(req, "messages.0.content"), "be brief");
    assert_string_equal(field(req, "messages.2.content"), "   ");
    assert_int_equal(f.v.masked, 1);
    assert_int_equal(f.v.n_applied, 1);
    assert_string_equal(f.v.applied[0], "pii");
    assert_int_equal(guard_call_needs(&f.gc), 0);
    out = dump(req);
    assert_lacks(out, EMAIL);
    free(out);
    fx_end(&f);
    json_decref(req);
}

static void test_external_rules(void **state)
{
    /* Thresholds, the allow list and pii_entities_config apply to an
     * external analyzer's results as to the engine's; BLOCK names the type. */
    const char *text = "Ada Lovelace and John Smith, ssn 377-46-4152";
    const char *answer =
        "[{\"entity_type\": \"PERSON\", \"start\": 0, \"end\": 12, \"score\": 0.85},"
        " {\"entity_type\": \"PERSON\", \"start\": 17, \"end\": 27, \"score\": 0.3},"
        " {\"entity_type\": \"LOCATION\", \"start\": 33, \"end\": 36, \"score\": 1},"
        " {\"entity_type\": \"US_SSN\", \"start\": 33, \"end\": 44, \"score\": 0.5}]";
    json_t *req = json_pack("{s:[{s:s,s:s}]}", "messages", "role", "user", "content", text);
    struct fx f;

    (void)state;
    fx_start(&f,
             presidio("\"pre_call\"",
                      EXT_BASE ", \"presidio_score_thresholds\": {\"ALL\": 0.5}, "
                               "\"pii_entities_config\": {\"PERSON\": \"MASK\", \"US_SSN\": "
                               "\"MASK\"}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    supply_all(&f, answer);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    /* John Smith scored below the threshold; LOCATION was not asked for. */
    assert_string_equal(field(req, "messages.0.content"), "<PERSON> and John Smith, ssn <US_SSN>");
    fx_end(&f);
    json_decref(req);

    req = json_pack("{s:[{s:s,s:s}]}", "messages", "role", "user", "content", text);
    fx_start(&f,
             presidio("\"pre_call\"", EXT_BASE
                      ", \"presidio_phrase_allow_list\": [\"Ada Lovelace\"], "
                      "\"pii_entities_config\": {\"PERSON\": \"MASK\", \"US_SSN\": \"BLOCK\"}"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    supply_all(&f, answer);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.blocked_by, "pii");
    assert_string_equal(f.v.entities, "US_SSN");
    fx_end(&f);
    json_decref(req);
}

static void test_external_order(void **state)
{
    /* The external rail reads what the rails before it left (blocking rails
     * run first: the content filters, whose default action is BLOCK), and
     * a rail after it reads what it left, as with engine rails only. */
    const char *cfg =
        "[{\"guardrail_name\": \"cf\", \"litellm_params\": {\"guardrail\": "
        "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, \"patterns\": "
        "[{\"pattern_type\": \"prebuilt\", \"pattern_name\": \"email\", \"action\": \"MASK\"}]}}, "
        "{\"guardrail_name\": \"ext\", \"litellm_params\": {\"guardrail\": \"presidio\", \"mode\": "
        "\"pre_call\", \"default_on\": true, " EXT_BASE "}}, "
        "{\"guardrail_name\": \"late\", \"litellm_params\": {\"guardrail\": \"presidio\", "
        "\"mode\": "
        "\"pre_call\", \"default_on\": true, \"pii_entities_config\": {\"PHONE_NUMBER\": "
        "\"MASK\"}}}, "
        "{\"guardrail_name\": \"cf2\", \"litellm_params\": {\"guardrail\": "
        "\"litellm_content_filter\", \"mode\": \"pre_call\", \"default_on\": true, "
        "\"blocked_words\": [{\"keyword\": \"nimbus\", \"action\": \"MASK\"}]}}]";
    json_t *req =
        J("{\"prompt\": [\"mail " EMAIL " about nimbus, Ada Lovelace, call +1 415 555 0132\"]}");
    const char *seen =
        "mail [EMAIL_ADDRESS_REDACTED] about [MASKED_WORD_REDACTED], Ada Lovelace, call +1 415 "
        "555 0132";
    const struct guard_need *n;
    struct fx f;

    (void)state;
    fx_start(&f, rails(cfg), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    assert_int_equal(guard_call_needs(&f.gc), 1);
    n = guard_call_need(&f.gc, 0);
    assert_int_equal(n->text.len, strlen(seen));
    assert_memory_equal(n->text.ptr, seen, n->text.len);
    supply_all(&f, "[{\"entity_type\": \"PERSON\", \"start\": 60, \"end\": 72, \"score\": 0.9}]");
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "prompt.0"),
                        "mail [EMAIL_ADDRESS_REDACTED] about [MASKED_WORD_REDACTED], <PERSON>, "
                        "call <PHONE_NUMBER>");
    assert_int_equal(f.v.n_applied, 4);
    assert_string_equal(f.v.applied[0], "cf");
    assert_string_equal(f.v.applied[1], "cf2");
    assert_string_equal(f.v.applied[2], "ext");
    assert_string_equal(f.v.applied[3], "late");
    fx_end(&f);
    json_decref(req);
}

static void test_external_failures(void **state)
{
    static const char *bad[] = {
        NULL,                                /* unreachable */
        "{\"error\": \"No text provided\"}", /* not a list */
        "[{\"entity_type\": \"PERSON\", \"start\": 0, \"end\": 99, \"score\": 1}]", /* past the end
                                                                                     */
        "[{\"entity_type\": \"PERSON\", \"start\": 0, \"end\": 3}]",                /* no score */
        "[{\"start\": 0, \"end\": 3, \"score\": 1}]",                               /* no type */
    };
    json_t *req;
    struct fx f;

    (void)state;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        req = J("{\"input\": \"Ada Lovelace\"}");
        fx_start(&f, presidio("\"pre_call\"", EXT_BASE), req);
        assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
        supply_all(&f, bad[i]);
        assert_int_equal(guard_call_request(&f.gc, req, &f.v), GW_EUNAVAIL);
        assert_int_equal(f.v.n_applied, 0);
        fx_end(&f);
        json_decref(req);
    }
    /* A text without any answer at all fails closed too. */
    req = J("{\"input\": [\"Ada Lovelace\", \"John Smith\"]}");
    fx_start(&f, presidio("\"pre_call\"", EXT_BASE), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    assert_int_equal(supply_one(&f, 0, "[]"), 0);
    assert_int_equal(supply_one(&f, 5, "[]"), GW_EINVAL);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GW_EUNAVAIL);
    fx_end(&f);
    json_decref(req);

    /* fail_open: the call goes on unscanned by that rail, which is recorded
     * as not run (and not as applied). */
    req = J("{\"input\": \"Ada Lovelace\"}");
    fx_start(&f, presidio("\"pre_call\"", EXT_BASE ", \"fail_open\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    supply_all(&f, NULL);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "input"), "Ada Lovelace");
    assert_int_equal(f.v.n_applied, 0);
    assert_int_equal(f.v.n_not_run, 1);
    {
        struct buf b;

        buf_init(&b, 1024);
        guard_verdict_not_run(&f.v, &b);
        assert_memory_equal(b.ptr, "pii", 3);
        assert_int_equal(b.len, 3);
        buf_dispose(&b);
    }
    fx_end(&f);
    json_decref(req);
}

static void test_external_placeholders(void **state)
{
    /* output_parse_pii: numbered placeholders from the analyzer's spans, one
     * number per value across texts, put back in the answer. */
    json_t *req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"I am Ada Lovelace\"}, "
                    "{\"role\": \"user\", \"content\": \"Ada Lovelace again\"}]}");
    json_t *resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
                     "\"content\": \"Hello <PERSON_1>!\"}}]}");
    struct fx f;

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", EXT_BASE ", \"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    {
        json_t *a = J("[{\"entity_type\": \"PERSON\", \"start\": 5, \"end\": 17, \"score\": 0.9}]");
        json_t *b = J("[{\"entity_type\": \"PERSON\", \"start\": 0, \"end\": 12, \"score\": 0.9}]");

        assert_int_equal(guard_call_supply(&f.gc, 0, a), 0);
        assert_int_equal(guard_call_supply(&f.gc, 1, b), 0);
        json_decref(a);
        json_decref(b);
    }
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"), "I am <PERSON_1>");
    assert_string_equal(field(req, "messages.1.content"), "<PERSON_1> again");
    /* No post_call rail: the answer only gets its placeholders back. */
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_string_equal(field(resp, "choices.0.message.content"), "Hello Ada Lovelace!");
    fx_end(&f);
    json_decref(req);
    json_decref(resp);
}

static void test_external_response(void **state)
{
    json_t *req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");
    json_t *resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
                     "\"content\": \"Write to Ada Lovelace\", \"tool_calls\": [{\"id\": \"c1\", "
                     "\"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": "
                     "\"{}\"}}]}}]}");
    struct guard_stream st;
    struct buf rel;
    struct fx f;

    (void)state;
    fx_start(&f, presidio("\"post_call\"", EXT_BASE), req);
    /* No request rail: nothing to analyze on the way in. */
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), GUARD_NEED_ANALYSIS);
    assert_int_equal(guard_call_needs(&f.gc), 2); /* content and arguments */
    assert_int_equal(supply_one(&f, 1, "[]"), 0);
    {
        json_t *a = J("[{\"entity_type\": \"PERSON\", \"start\": 9, \"end\": 21, \"score\": 0.9}]");

        assert_int_equal(guard_call_supply(&f.gc, 0, a), 0);
        json_decref(a);
    }
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_string_equal(field(resp, "choices.0.message.content"), "Write to <PERSON>");
    /* A stream cannot wait for an analyzer: a rail with one fails closed
     * there (the gateway holds such streams whole instead). */
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    assert_true(guard_stream_feed(&st, str_from("Write to Ada Lovelace now. "), &rel, &f.v) < 0 ||
                guard_stream_flush(&st, &rel, &f.v) < 0);
    assert_int_equal(rel.len, 0);
    buf_dispose(&rel);
    guard_stream_dispose(&st);
    fx_end(&f);
    json_decref(req);
    json_decref(resp);
}

/* ---- long texts in pieces ------------------------------------------------------ */

/* Code points of t[a, b). */
static size_t cps_of(struct str t, size_t a, size_t b)
{
    size_t n = 0;

    for (size_t i = a; i < b; i++)
        n += ((unsigned char)t.ptr[i] & 0xC0) != 0x80;
    return n;
}

/* Bytes t[a, b) takes in the JSON body, measured with jansson itself. */
static size_t json_bytes(struct str t, size_t a, size_t b)
{
    json_t *j = json_stringn(t.ptr + a, b - a);
    size_t n = json_dumpb(j, NULL, 0, JSON_ENCODE_ANY | JSON_COMPACT);

    json_decref(j);
    return n - 2; /* the quotes */
}

/* Byte offset `n` code points after (n > 0) or before `at`. */
static size_t cp_move(struct str t, size_t at, long n)
{
    for (; n > 0 && at < t.len; n--)
        for (at++; at < t.len && ((unsigned char)t.ptr[at] & 0xC0) == 0x80; at++)
            ;
    for (; n < 0 && at > 0; n++)
        at = back_one(t, at);
    return at;
}

/* Splits `t` in pieces of `max` bytes and checks what a piece must be. */
static size_t check_pieces(struct str t, size_t max, bool words)
{
    size_t from = 0, end, next, n = 0, prev_end = 0;

    do {
        size_t cps;

        piece_at(t, from, max, &end, &next);
        n++;
        /* Whole characters, never empty, within the budget (one character
         * at least, whatever it takes). */
        assert_true(from < end && end <= t.len);
        assert_true(((unsigned char)t.ptr[from] & 0xC0) != 0x80);
        assert_true(end == t.len || ((unsigned char)t.ptr[end] & 0xC0) != 0x80);
        cps = cps_of(t, from, end);
        if (cps > 1 && json_bytes(t, from, end) > max)
            fail_msg("piece [%zu, %zu) takes %zu bytes > %zu", from, end, json_bytes(t, from, end),
                     max);
        assert_true(end >= prev_end);
        prev_end = end;
        if (end == t.len) {
            assert_int_equal(next, t.len);
            break;
        }
        /* The next piece moves on, and starts at least the overlap (at most
         * half the piece) before this one's end. */
        assert_true(next > from && next <= end);
        assert_true(cps_of(t, next, end) >= (cps / 2 < PIECE_OVERLAP ? cps / 2 : PIECE_OVERLAP));
        if (words) {
            /* Blanks are everywhere: cuts fall between words. */
            assert_true(after_blank(t, end));
            assert_true(after_blank(t, next));
        }
        /* An entity of 40 code points straddling the cut is whole in the
         * next piece. */
        if (cps >= 80) {
            size_t nend, nnext;

            assert_true(next <= cp_move(t, end, -39));
            piece_at(t, next, max, &nend, &nnext);
            assert_true(nend == t.len || nend >= cp_move(t, end, 39));
        }
        from = next;
    } while (from < t.len);
    assert_int_equal(prev_end, t.len);
    return n;
}

static void test_pieces(void **state)
{
    static const char *words[] = {"lorem ",
                                  "ipsum\n",
                                  "caf\xc3\xa9 ",
                                  "na\xc3\xafve\t",
                                  "\xf0\x9f\x98\x80 ",
                                  "\"quoted\" ",
                                  "back\\slash ",
                                  "\xe4\xb8\xad\xe6\x96\x87 ",
                                  "ctl\x01 ",
                                  "x "};
    static const size_t maxes[] = {1024, 1500, 4096, 10000};
    struct buf b;
    struct str t;
    size_t n;

    (void)state;
    buf_init(&b, 1 << 20);
    /* Words of every kind: UTF-8 of 2, 3 and 4 bytes, quotes and a
     * backslash (2 bytes in JSON), a control character (6). */
    for (size_t i = 0; b.len < 30000; i = (i * 7 + 3) % 10)
        buf_append(&b, words[i], strlen(words[i]));
    t = buf_str(&b);
    for (size_t m = 0; m < sizeof(maxes) / sizeof(maxes[0]); m++) {
        n = check_pieces(t, maxes[m], true);
        assert_true(n >= json_bytes(t, 0, t.len) / maxes[m]);
    }
    /* Under the budget: one piece. */
    piece_at(t, 0, json_bytes(t, 0, t.len), &n, &n);
    assert_int_equal(n, t.len);
    /* No blank at all: cut anywhere, as LiteLLM does. */
    buf_reset(&b);
    while (b.len < 9000)
        buf_append(&b, "\xe4\xb8\xad\xf0\x9f\x98\x80x\x01", 9);
    check_pieces(buf_str(&b), 1024, false);
    /* Tiny budgets still move on, one character at a time if need be. */
    check_pieces(buf_str(&b), 1, false);
    check_pieces(buf_str(&b), 7, false);
    buf_dispose(&b);
}

/* A fake analyzer for the pieces of test_external_pieces: EMAIL whole
 * (score 1), and, as a real analyzer may, the part of EMAIL cut by either
 * end of the piece (score 0.6). `low` adds a result below the threshold
 * that reaches past the first address. Offsets in code points. */
static json_t *answer_piece(struct str p, bool low)
{
    json_t *a = json_array();
    size_t el = strlen(EMAIL);
    const char *at;

    for (at = p.ptr; (at = memmem(at, p.len - (size_t)(at - p.ptr), EMAIL, el)); at += el) {
        size_t s = cps_of(p, 0, (size_t)(at - p.ptr));

        json_array_append_new(a, json_pack("{s:s,s:i,s:i,s:f}", "entity_type", "EMAIL_ADDRESS",
                                           "start", (json_int_t)s, "end", (json_int_t)(s + el),
                                           "score", 1.0));
        if (low)
            json_array_append_new(a, json_pack("{s:s,s:i,s:i,s:f}", "entity_type", "EMAIL_ADDRESS",
                                               "start", (json_int_t)s, "end",
                                               (json_int_t)(s + el + 3), "score", 0.3));
        low = false;
    }
    for (size_t k = 5; k < el; k++) {
        if (p.len >= k && memcmp(p.ptr + p.len - k, EMAIL, k) == 0) {
            size_t e = cps_of(p, 0, p.len);

            json_array_append_new(a, json_pack("{s:s,s:i,s:i,s:f}", "entity_type", "EMAIL_ADDRESS",
                                               "start", (json_int_t)(e - k), "end", (json_int_t)e,
                                               "score", 0.6));
        }
        if (p.len >= k && memcmp(p.ptr, &EMAIL[el - k], k) == 0)
            json_array_append_new(a, json_pack("{s:s,s:i,s:i,s:f}", "entity_type", "EMAIL_ADDRESS",
                                               "start", 0, "end", (json_int_t)k, "score", 0.6));
    }
    return a;
}

/* The request of test_external_pieces: some 12 KB of 2-byte words with
 * EMAIL among them, words separated by `sep`; `want` gets the text masked. */
static json_t *pieces_request(const char *sep, struct buf *text, struct buf *want, size_t *emails)
{
    buf_reset(text);
    buf_reset(want);
    *emails = 0;
    for (size_t i = 0; text->len < 12000; i++) {
        const char *w = i % 7 == 6 ? EMAIL : "\xc3\xa9t\xc3\xa9";
        const char *m = i % 7 == 6 ? "<EMAIL_ADDRESS>" : w;

        buf_printf(text, "%s%s", w, sep);
        buf_printf(want, "%s%s", m, sep);
        *emails += i % 7 == 6;
    }
    return json_pack("{s:[{s:s,s:s%}]}", "messages", "role", "user", "content", text->ptr,
                     text->len);
}

static void test_external_pieces(void **state)
{
    /* A text of some 12 KB, 2-byte characters before the addresses, sent in
     * pieces of at most 1024 bytes of JSON, answered per piece in the
     * piece's code points, applied as one list over the text. With blanks
     * between words the cuts fall between them; without, some cut falls
     * inside an address, which the piece before reports cut. */
    static const char *seps[] = {" ", ""};
    size_t el = strlen(EMAIL);
    struct buf b, want;
    json_t *req, *s;
    struct fx f;
    size_t n, emails;

    (void)state;
    buf_init(&b, 1 << 20);
    buf_init(&want, 1 << 20);
    for (size_t v = 0; v < 2; v++) {
        const struct guard_results *res = NULL;
        struct str all;
        bool cut = false;

        req = pieces_request(seps[v], &b, &want, &emails);
        fx_start(&f,
                 presidio("\"pre_call\"",
                          EXT_BASE ", \"presidio_analyze_chunk_size_bytes\": "
                                   "1024, \"presidio_score_thresholds\": {\"ALL\": 0.5}"),
                 req);
        assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
        n = guard_call_needs(&f.gc);
        assert_true(n >= 12);
        s = json_object_get(json_array_get(json_object_get(req, "messages"), 0), "content");
        all = str_of(json_string_value(s), json_string_length(s));
        for (size_t i = 0; i < n; i++) {
            const struct guard_need *p = guard_call_need(&f.gc, i);
            json_t *a;

            assert_true(json_bytes(p->text, 0, p->text.len) <= 1024);
            assert_ptr_equal(p->holder, s);
            assert_int_equal(p->cont, i > 0);
            assert_ptr_equal(p->text.ptr, all.ptr + p->at);
            for (size_t k = 5; k < el; k++)
                cut |= p->text.len >= k && memcmp(p->text.ptr + p->text.len - k, EMAIL, k) == 0;
            a = answer_piece(p->text, i == 0);
            assert_int_equal(guard_call_supply(&f.gc, i, a), 0);
            json_decref(a);
        }
        assert_int_equal(cut, v == 1);
        /* The joined list: each address once, whole, at its byte offsets,
         * with the best score; the low result was dropped before joining. */
        f.gc.walk = WALK_APPLY;
        f.gc.seq = 0;
        assert_int_equal(rail_results(&f.gc, f.gc.on[0], all, s, &res), 0);
        assert_int_equal(f.gc.seq, n);
        assert_int_equal(res->n, emails);
        for (size_t i = 0; i < res->n; i++) {
            assert_string_equal(res->v[i].entity, "EMAIL_ADDRESS");
            assert_int_equal(res->v[i].end - res->v[i].start, el);
            assert_memory_equal(all.ptr + res->v[i].start, EMAIL, el);
            assert_true(res->v[i].score == 1.0);
            assert_true(i == 0 || res->v[i].start > res->v[i - 1].start);
        }
        f.gc.walk = WALK_SCAN;
        assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
        assert_string_equal(field(req, "messages.0.content"), want.ptr);
        assert_int_equal(f.v.masked, emails);
        fx_end(&f);
        json_decref(req);
    }

    /* A piece without an answer: the whole text fails closed. */
    req = pieces_request(" ", &b, &want, &emails);
    fx_start(&f, presidio("\"pre_call\"", EXT_BASE ", \"presidio_analyze_chunk_size_bytes\": 1024"),
             req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GUARD_NEED_ANALYSIS);
    n = guard_call_needs(&f.gc);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(supply_one(&f, i, i == n / 2 ? "{\"error\": \"x\"}" : "[]"),
                         i == n / 2 ? GW_EPARAM : 0);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), GW_EUNAVAIL);
    assert_memory_equal(field(req, "messages.0.content"), b.ptr, b.len);
    fx_end(&f);
    json_decref(req);
    buf_dispose(&b);
    buf_dispose(&want);
}

/* ---- the response walker ---------------------------------------------------- */

static void test_response(void **state)
{
    struct fx f;
    json_t *req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");
    json_t *resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
                     "\"content\": \"Write to " EMAIL ".\", \"tool_calls\": [{\"id\": \"c\", "
                     "\"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": "
                     "\"{\\\"card\\\": \\\"" CARD "\\\"}\"}}]}},"
                     " {\"index\": 1, \"text\": \"ssn " SSN "\"}]}");
    char *s;

    (void)state;
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_false(f.v.blocked);
    assert_int_equal(f.v.masked, 3);
    assert_string_equal(field(resp, "choices.0.message.content"), "Write to <EMAIL_ADDRESS>.");
    assert_string_equal(field(resp, "choices.0.message.tool_calls.0.function.arguments"),
                        "{\"card\": \"<CREDIT_CARD>\"}");
    assert_string_equal(field(resp, "choices.1.text"), "ssn <US_SSN>");
    assert_int_equal(f.v.n_applied, 1);
    fx_end(&f);
    json_decref(resp);

    /* Scope input: the answer goes out as it came. */
    resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"to " EMAIL "\"}}]}");
    fx_start(&f, presidio("\"post_call\"", "\"presidio_filter_scope\": \"input\""), req);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_string_equal(field(resp, "choices.0.message.content"), "to " EMAIL);
    fx_end(&f);
    json_decref(resp);

    /* BLOCK in the answer. */
    resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"ssn " SSN "\"}}]}");
    fx_start(&f, presidio("\"post_call\"", "\"pii_entities_config\": {\"US_SSN\": \"BLOCK\"}"),
             req);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_true(f.v.blocked);
    assert_string_equal(f.v.entities, "US_SSN");
    fx_end(&f);
    json_decref(resp);

    /* pre_call only: the answer is not scanned. */
    resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"to " EMAIL "\"}}]}");
    fx_start(&f, presidio("\"pre_call\"", NULL), req);
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    s = dump(resp);
    assert_has(s, EMAIL);
    free(s);
    fx_end(&f);
    json_decref(resp);
    json_decref(req);
}

static void test_response_restore(void **state)
{
    struct fx f;
    json_t *req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"I am " NAME
                    ", mail me at " EMAIL "\"}]}");
    json_t *resp;

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", "\"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"),
                        "I am <PERSON_1>, mail me at <EMAIL_ADDRESS_1>");
    resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"Hi <PERSON_1>! "
             "<PERSON_2> and <EMAIL>\", \"tool_calls\": [{\"id\": \"c\", \"type\": \"function\", "
             "\"function\": {\"name\": \"mail\", \"arguments\": \"{\\\"to\\\": "
             "\\\"<EMAIL_ADDRESS_1>\\\", \\\"name\\\": \\\"<PERSON_1>\\\"}\"}}]}},"
             " {\"index\": 1, \"text\": \"<PERSON_1><EMAIL_ADDRESS_1>\"}]}");
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_string_equal(field(resp, "choices.0.message.content"),
                        "Hi " NAME "! <PERSON_2> and <EMAIL>");
    assert_string_equal(field(resp, "choices.0.message.tool_calls.0.function.arguments"),
                        "{\"to\": \"" EMAIL "\", \"name\": \"" NAME "\"}");
    assert_string_equal(field(resp, "choices.1.text"), NAME EMAIL);
    fx_end(&f);
    json_decref(resp);
    json_decref(req);

    /*
     * One rail on both sides with output_parse_pii: the user's own values
     * come back where the model wrote their placeholders, and PII the model
     * made up itself is masked (not given a placeholder that would then be
     * "restored" to the very value the rail is there to hide).
     */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"I am " NAME "\"}]}");
    fx_start(&f, presidio("[\"pre_call\", \"post_call\"]", "\"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"), "I am <PERSON_1>");
    resp = J("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"Sure <PERSON_1>, "
             "write to bob.smith@example.org today.\"}}]}");
    assert_int_equal(guard_call_response(&f.gc, resp, &f.v), 0);
    assert_has(field(resp, "choices.0.message.content"), "Sure " NAME ", write to ");
    assert_lacks(field(resp, "choices.0.message.content"), "bob.smith");
    fx_end(&f);
    json_decref(resp);
    json_decref(req);
}

/* ---- streams ---------------------------------------------------------------- */

static size_t tail(const char *t)
{
    struct guard_call gc;

    memset(&gc, 0, sizeof(gc));
    return tail_start(&gc, str_from(t));
}

static void test_tail_start(void **state)
{
    (void)state;
    /* Plain words followed by a separator: nothing held. */
    assert_int_equal(tail("the cat sat "), strlen("the cat sat "));
    assert_int_equal(tail("the cat sat.\n"), strlen("the cat sat.\n"));
    assert_int_equal(tail(""), 0);
    /* The last token may be cut: always held, whatever it is. */
    assert_int_equal(tail("the cat sat"), strlen("the cat "));
    assert_int_equal(tail("mail jane.doe@ex"), strlen("mail "));
    /* A run of entity-ish tokens joined by single spaces is held whole. */
    assert_int_equal(tail("card is 4111 1111 "), strlen("card is "));
    assert_int_equal(tail("call +1 415 555 "), strlen("call "));
    assert_int_equal(tail("hello Chloé "), strlen("hello "));
    assert_int_equal(tail("ask Jean-Luc Picard"), strlen("ask "));
    assert_int_equal(tail("ssn 377-46-"), strlen("ssn "));
    assert_int_equal(tail("see https://x.example/a?b=1"), strlen("see "));
    /* Capitalised words chain back until a plain word. */
    assert_int_equal(tail("we met Anna Maria Lopez "), strlen("we met "));
    /* An apostrophe stays inside a name. */
    assert_int_equal(tail("I met Mary O'"), strlen("I met "));
    assert_int_equal(tail("it's fine "), strlen("it's fine "));
    /* A value is held until six words follow it or its phrase ends. */
    assert_int_equal(tail("no. 796 201 798 is my"), strlen("no. "));
    assert_int_equal(tail("no. 796 201 798 is my tax "), strlen("no. "));
    assert_int_equal(tail("no. 796 201 798 is my tax file number "), strlen("no. "));
    assert_int_equal(tail("no. 796 201 798 is my tax file number here"), strlen("no. "));
    assert_int_equal(tail("no. 796 201 798 is my tax file number here "),
                     strlen("no. 796 201 798 is my tax file number here "));
    assert_int_equal(tail("no. 796 201 798 is, my "), strlen("no. 796 201 798 is, my "));
    assert_int_equal(tail("no. 796 201 798 (tax file"), strlen("no. "));
    assert_int_equal(tail("ok so is my"), strlen("ok so is "));
    /* A greeting is held with the plain words after it: the NER reads a
     * greeted name by its comma ("hola ida,"). */
    assert_int_equal(tail("ok. hola ida "), strlen("ok. "));
    assert_int_equal(tail("ok. hola ida, "), strlen("ok. hola ida, "));
    assert_int_equal(tail("the hola dance "), strlen("the hola dance "));
    /* Two spaces or punctuation end a run. */
    assert_int_equal(tail("4111  1111 "), strlen("4111  "));
    assert_int_equal(tail("Chloé, 4111 "), strlen("Chloé, "));
    /* A whole text of entity-ish tokens is held from its start. */
    assert_int_equal(tail("Chloé Fontaine"), 0);
    /* A placeholder the model has not finished is held too. */
    {
        struct guard_call gc;
        struct guard_results r = {0};
        struct guard_result x = {.entity = "PERSON", .start = 0, .end = strlen(NAME)};
        struct buf out;

        memset(&gc, 0, sizeof(gc));
        guard_placeholders_init(&gc.ph);
        buf_init(&out, 1 << 20);
        assert_int_equal(guard__results_push(&r, &x), 0);
        assert_int_equal(guard_placeholder_apply(&gc.ph, str_from(NAME), &r, &out), 0);
        assert_string_equal(out.ptr, "<PERSON_1>");
        gc.ph_used = true;
        assert_int_equal(tail_start(&gc, str_from("hi there <PER")), strlen("hi there "));
        assert_int_equal(tail_start(&gc, str_from("hi there <")), strlen("hi there "));
        assert_int_equal(tail_start(&gc, str_from("hi there <PERSON_1")), strlen("hi there "));
        assert_int_equal(tail_start(&gc, str_from("hi there <PERSON_1>")),
                         strlen("hi there <PERSON_1>"));
        assert_int_equal(tail_start(&gc, str_from("a <b> c <")), strlen("a <b> c "));
        guard_results_dispose(&r);
        buf_dispose(&out);
        guard_placeholders_dispose(&gc.ph);
    }
}

/* Feeds `n` pieces, flushes; the releases, joined, are returned (heap). */
struct stream_run {
    char *out;
    size_t len;
    bool blocked;
    char entities[256];
};

static void stream(struct guard_call *gc, const char *const *pieces, size_t n,
                   const char *const *values, struct stream_run *sr)
{
    struct guard_stream st;
    struct guard_verdict v;
    struct buf all, rel;
    int rc = 0;

    memset(&v, 0, sizeof(v));
    guard_stream_init(&st, gc);
    buf_init(&all, 1 << 20);
    buf_init(&rel, 1 << 20);
    for (size_t i = 0; i <= n && rc == 0 && !v.blocked; i++) {
        buf_reset(&rel);
        rc = i < n ? guard_stream_feed(&st, str_from(pieces[i]), &rel, &v)
                   : guard_stream_flush(&st, &rel, &v);
        /* No single release holds a piece of an entity. */
        for (size_t k = 0; values && values[k]; k++)
            assert_no_fragment(rel.ptr ? rel.ptr : "", rel.len, values[k], "a release");
        buf_append(&all, rel.ptr, rel.len);
    }
    assert_int_equal(rc, 0);
    sr->out = strndup(all.ptr ? all.ptr : "", all.len);
    sr->len = all.len;
    sr->blocked = v.blocked;
    snprintf(sr->entities, sizeof(sr->entities), "%s", v.entities);
    buf_dispose(&all);
    buf_dispose(&rel);
    guard_stream_dispose(&st);
}

static void test_stream_every_split(void **state)
{
    static const char text[] =
        "echo: Card " CARD " and mail " EMAIL ", thanks " NAME ". Phone is 415 555 0132 ok.\n";
    static const char want[] = "echo: Card <CREDIT_CARD> and mail <EMAIL_ADDRESS>, thanks "
                               "<PERSON>. Phone is <PHONE_NUMBER> ok.\n";
    static const char *const values[] = {CARD, EMAIL, NAME, "415 555 0132", NULL};
    size_t n = strlen(text);
    struct fx f;
    json_t *req = J("{}");
    char a[256], b[256], c[256];

    (void)state;
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    /* Whole (one piece), byte by byte... */
    {
        const char *one[] = {text};
        const char *bytes[sizeof(text)];
        char store[sizeof(text)][5];
        size_t k = 0;
        struct stream_run sr;

        stream(&f.gc, one, 1, values, &sr);
        assert_string_equal(sr.out, want);
        free(sr.out);
        /* ...and code point by code point (a piece is whole characters). */
        for (size_t i = 0; i < n;) {
            size_t w = ((unsigned char)text[i] & 0xE0) == 0xC0 ? 2 : 1;

            memcpy(store[k], text + i, w);
            store[k][w] = '\0';
            bytes[k] = store[k];
            k++;
            i += w;
        }
        stream(&f.gc, bytes, k, values, &sr);
        assert_string_equal(sr.out, want);
        free(sr.out);
    }
    /* Every cut into two and three pieces (on character boundaries). */
    for (size_t i = 1; i < n; i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80)
            continue;
        for (size_t j = i; j < n; j += 3) {
            struct stream_run sr;
            const char *p[3] = {a, b, c};

            if (((unsigned char)text[j] & 0xC0) == 0x80)
                continue;
            snprintf(a, sizeof(a), "%.*s", (int)i, text);
            snprintf(b, sizeof(b), "%.*s", (int)(j - i), text + i);
            snprintf(c, sizeof(c), "%s", text + j);
            stream(&f.gc, p, 3, values, &sr);
            if (strcmp(sr.out, want) != 0)
                fail_msg("pieces '%s' | '%s' | '%s' gave '%s'", a, b, c, sr.out);
            free(sr.out);
        }
    }
    fx_end(&f);
    json_decref(req);
}

static void test_stream_boundaries(void **state)
{
    static const char *const values[] = {CARD, EMAIL, NAME, "Mary O'Brien", "Sean D'Arcy", NULL};
    static const struct {
        const char *p[4];
        const char *want;
    } cases[] = {
        {{"echo: 4111 1111 ", "1111 1111", " is it", NULL}, "echo: <CREDIT_CARD> is it"},
        {{"echo: jane.doe@ex", "ample.com", " wrote", NULL}, "echo: <EMAIL_ADDRESS> wrote"},
        {{"echo: Chloé ", "Fontaine", " called.", NULL}, "echo: <PERSON> called."},
        {{"card 4111", " 1111 1111 1111", "\n", NULL}, "card <CREDIT_CARD>\n"},
        {{"mail jane.doe", "@example.com", NULL}, "mail <EMAIL_ADDRESS>"},
        {{"ask Chloé", " Fontaine", NULL}, "ask <PERSON>"},
        /* An apostrophe inside a name does not end the run. */
        {{"I met Mary O'", "Brien yesterday.", NULL}, "I met <PERSON> yesterday."},
        {{"Write to Sean D'", "Arcy today.", NULL}, "Write to <PERSON> today."},
        /* a greeted name waits for its comma: "juan" alone goes out
         * otherwise, before "perez," makes the two a name */
        {{"Thanks. hola juan ", "perez, llegaste bien?", NULL},
         "Thanks. hola <PERSON>, llegaste bien?"},
    };
    struct fx f;
    json_t *req = J("{}");

    (void)state;
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct stream_run sr;
        size_t n = 0;

        while (n < 4 && cases[i].p[n])
            n++;
        stream(&f.gc, cases[i].p, n, values, &sr);
        assert_string_equal(sr.out, cases[i].want);
        free(sr.out);
    }
    fx_end(&f);
    json_decref(req);
}

static void test_stream_holds_only_the_tail(void **state)
{
    struct fx f;
    json_t *req = J("{}");
    struct guard_stream st;
    struct guard_verdict v = {0};
    struct buf rel;

    (void)state;
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    /* Plain words go out as soon as they are complete. */
    assert_int_equal(guard_stream_feed(&st, str_from("the weather is "), &rel, &v), 0);
    assert_string_equal(rel.ptr, "the weather is ");
    buf_reset(&rel);
    assert_int_equal(guard_stream_feed(&st, str_from("mild th"), &rel, &v), 0);
    assert_string_equal(rel.ptr, "mild ");
    buf_reset(&rel);
    /* Digits are held until the run ends. */
    assert_int_equal(guard_stream_feed(&st, str_from("roughout, card 4111 1111 "), &rel, &v), 0);
    assert_string_equal(rel.ptr, "throughout, card ");
    buf_reset(&rel);
    /* ...and until six words follow, or a mark ends their phrase: a
     * context word there raises a value's score (`796 201 798 is my TFN`). */
    assert_int_equal(guard_stream_feed(&st, str_from("1111 1111 and more "), &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    assert_int_equal(guard_stream_feed(&st, str_from("plain words "), &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    assert_int_equal(guard_stream_feed(&st, str_from("still "), &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    assert_int_equal(guard_stream_feed(&st, str_from("here "), &rel, &v), 0);
    assert_string_equal(rel.ptr, "<CREDIT_CARD> and more plain words still here ");
    buf_reset(&rel);
    assert_int_equal(guard_stream_feed(&st, str_from("ref 12 ok, then "), &rel, &v), 0);
    assert_string_equal(rel.ptr, "ref 12 ok, then ");
    buf_reset(&rel);
    assert_int_equal(guard_stream_feed(&st, str_from("text"), &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    assert_int_equal(st.held.len, 4);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    assert_string_equal(rel.ptr, "text");
    assert_int_equal(st.held.len, 0);
    /* A second flush has nothing left. */
    buf_reset(&rel);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    assert_int_equal(v.n_applied, 1);
    assert_string_equal(v.applied[0], "pii");
    buf_dispose(&rel);
    guard_stream_dispose(&st);
    fx_end(&f);
    json_decref(req);
}

static void test_stream_block(void **state)
{
    static const char *const pieces[] = {"Your number: 377-", "46-", "4152 is on file."};
    static const char *const values[] = {SSN, NULL};
    struct fx f;
    json_t *req = J("{}");
    struct stream_run sr;
    struct guard_stream st;
    struct guard_verdict v = {0};
    struct buf rel, all;
    int rc = 0;

    (void)state;
    fx_start(&f, presidio("\"post_call\"", "\"pii_entities_config\": {\"US_SSN\": \"BLOCK\"}"),
             req);
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    buf_init(&all, 1 << 20);
    for (size_t i = 0; i < 3 && rc == 0 && !v.blocked; i++) {
        buf_reset(&rel);
        rc = guard_stream_feed(&st, str_from(pieces[i]), &rel, &v);
        assert_no_fragment(rel.ptr ? rel.ptr : "", rel.len, SSN, "a release");
        buf_append(&all, rel.ptr, rel.len);
    }
    assert_int_equal(rc, 0);
    assert_true(v.blocked);
    assert_string_equal(v.blocked_by, "pii");
    assert_string_equal(v.entities, "US_SSN");
    assert_no_fragment(all.ptr ? all.ptr : "", all.len, SSN, "the releases");
    assert_lacks(all.ptr ? all.ptr : "", "377");
    buf_dispose(&rel);
    buf_dispose(&all);
    guard_stream_dispose(&st);

    /* Blocked at the end of the stream, by flush. */
    {
        const char *p[] = {"ssn ", "377-46-4152"};

        stream(&f.gc, p, 2, values, &sr);
        assert_true(sr.blocked);
        assert_string_equal(sr.out, "ssn ");
        free(sr.out);
    }
    fx_end(&f);
    json_decref(req);
}

static void test_stream_placeholders(void **state)
{
    static const char *const values[] = {"<PER", "SON_1>", "<EMAIL", NULL};
    static const struct {
        const char *p[4];
        const char *want;
    } cases[] = {
        {{"Hello <PER", "SON_1>, how are you?", NULL}, "Hello " NAME ", how are you?"},
        {{"Hello <", "PERSON_1", ">!", NULL}, "Hello " NAME "!"},
        {{"<PERSON_1><EMAIL_", "ADDRESS_1>", NULL}, NAME EMAIL},
        {{"mail <EMAIL_ADDRESS_1> or <PERSON_2> <b", "old>", NULL},
         "mail " EMAIL " or <PERSON_2> <bold>"},
    };
    struct fx f;
    json_t *req =
        J("{\"messages\": [{\"role\": \"user\", \"content\": \"I am " NAME ", " EMAIL "\"}]}");

    (void)state;
    fx_start(&f, presidio("\"pre_call\"", "\"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    assert_string_equal(field(req, "messages.0.content"), "I am <PERSON_1>, <EMAIL_ADDRESS_1>");
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct stream_run sr;
        size_t n = 0;

        while (n < 4 && cases[i].p[n])
            n++;
        /* No release carries a piece of a placeholder that is known. */
        stream(&f.gc, cases[i].p, n, i == 3 ? NULL : values, &sr);
        assert_string_equal(sr.out, cases[i].want);
        free(sr.out);
    }
    fx_end(&f);
    json_decref(req);

    /*
     * A rail on both sides: the model's placeholders come back as the
     * user's values, an address the model wrote itself stays masked.
     */
    req = J("{\"messages\": [{\"role\": \"user\", \"content\": \"I am " NAME "\"}]}");
    fx_start(&f, presidio("[\"pre_call\", \"post_call\"]", "\"output_parse_pii\": true"), req);
    assert_int_equal(guard_call_request(&f.gc, req, &f.v), 0);
    {
        const char *p[] = {"Sure <PER", "SON_1>, write to bob.smith@exa", "mple.org today."};
        const char *secret[] = {"bob.smith@example.org", NULL};
        struct stream_run sr;

        stream(&f.gc, p, 3, secret, &sr);
        assert_has(sr.out, "Sure " NAME ", write to ");
        assert_lacks(sr.out, "bob.smith");
        free(sr.out);
    }
    fx_end(&f);
    json_decref(req);
}

/*
 * Non-ASCII text: the context kept between releases and the forced release
 * of an over-long run are cut on character boundaries, so the engine is
 * never handed a broken UTF-8 sequence (which it refuses: the stream would
 * fail closed on ordinary French or Chinese).
 */
static void test_stream_utf8(void **state)
{
    struct fx f;
    json_t *req = J("{}");
    struct guard_stream st;
    struct guard_verdict v = {0};
    struct buf rel, all, want;

    (void)state;
    fx_start(&f, presidio("\"post_call\"", NULL), req);
    guard_stream_init(&st, &f.gc);
    buf_init(&rel, 1 << 20);
    buf_init(&all, 1 << 20);
    buf_init(&want, 1 << 20);
    /* Every alignment of two-byte characters against the context window. */
    for (int i = 0; i < 200; i++) {
        const char *piece = i % 3 == 0 ? "Le café " : i % 3 == 1 ? "était très " : "bon. ";

        buf_reset(&rel);
        assert_int_equal(guard_stream_feed(&st, str_from(piece), &rel, &v), 0);
        buf_append(&all, rel.ptr, rel.len);
        buf_append_c(&want, piece);
    }
    buf_reset(&rel);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    buf_append(&all, rel.ptr, rel.len);
    if (all.len != want.len || memcmp(all.ptr, want.ptr, want.len) != 0)
        fail_msg("got '%.*s'", (int)all.len, all.ptr);
    guard_stream_dispose(&st);

    /* An answer that ends inside a character: the whole ones go out, the
     * broken tail is dropped, and a second flush has nothing. */
    guard_stream_init(&st, &f.gc);
    buf_reset(&rel);
    assert_int_equal(guard_stream_feed(&st, str_from("prix 3 \xe2\x82"), &rel, &v), 0);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    assert_int_equal(rel.len, 7);
    assert_memory_equal(rel.ptr, "prix 3 ", 7);
    assert_int_equal(st.held.len, 0);
    buf_reset(&rel);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    assert_int_equal(rel.len, 0);
    guard_stream_dispose(&st);

    /* A run longer than STREAM_MAX_HELD, of three-byte characters. */
    guard_stream_init(&st, &f.gc);
    buf_reset(&all);
    buf_reset(&want);
    for (int i = 0; i < 3000; i++) {
        buf_reset(&rel);
        assert_int_equal(guard_stream_feed(&st, str_from("中"), &rel, &v), 0);
        buf_append(&all, rel.ptr, rel.len);
        buf_append_c(&want, "中");
    }
    assert_true(all.len > 0); /* not everything held */
    buf_reset(&rel);
    assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
    buf_append(&all, rel.ptr, rel.len);
    assert_int_equal(all.len, want.len);
    assert_memory_equal(all.ptr, want.ptr, want.len);
    guard_stream_dispose(&st);

    buf_dispose(&rel);
    buf_dispose(&all);
    buf_dispose(&want);
    fx_end(&f);
    json_decref(req);
}

static void test_verdict_applied(void **state)
{
    struct guard_verdict v = {0};
    struct guard_rails *rs = rails(THREE_RAILS);
    struct buf b;

    (void)state;
    buf_init(&b, 1024);
    guard_verdict_applied(&v, &b);
    assert_int_equal(b.len, 0);
    applied(&v, &rs->v[2]);
    applied(&v, &rs->v[0]);
    applied(&v, &rs->v[2]);
    guard_verdict_applied(&v, &b);
    assert_string_equal(b.ptr, "block-on,mask-on");
    buf_dispose(&b);
    guard_rails_free(rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_config_errors),
        cmocka_unit_test(test_config_values),
        cmocka_unit_test(test_call_init),
        cmocka_unit_test(test_request_every_field),
        cmocka_unit_test(test_request_scope_and_system),
        cmocka_unit_test(test_request_block_modes),
        cmocka_unit_test(test_request_thresholds_allow),
        cmocka_unit_test(test_request_placeholders),
        cmocka_unit_test(test_content_filter),
        cmocka_unit_test(test_fail_closed),
        cmocka_unit_test(test_config_regex),
        cmocka_unit_test(test_config_analyzer),
        cmocka_unit_test(test_config_analyzer_limits),
        cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_external_pieces),
        cmocka_unit_test(test_external_request),
        cmocka_unit_test(test_external_rules),
        cmocka_unit_test(test_external_order),
        cmocka_unit_test(test_external_failures),
        cmocka_unit_test(test_external_placeholders),
        cmocka_unit_test(test_external_response),
        cmocka_unit_test(test_response),
        cmocka_unit_test(test_response_restore),
        cmocka_unit_test(test_tail_start),
        cmocka_unit_test(test_stream_every_split),
        cmocka_unit_test(test_stream_boundaries),
        cmocka_unit_test(test_stream_holds_only_the_tail),
        cmocka_unit_test(test_stream_block),
        cmocka_unit_test(test_stream_placeholders),
        cmocka_unit_test(test_stream_utf8),
        cmocka_unit_test(test_verdict_applied),
    };

    return cmocka_run_group_tests(tests, setup, teardown);
}
