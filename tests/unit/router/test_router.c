/*
 * Unit tests of src/router: error classes, retry counts, fallback lists,
 * cool-downs, the routing strategies and skip masks. Each test builds a
 * struct cfg by hand (deployments array, router_settings and
 * litellm_settings from JSON text) and a struct route over it; nothing here
 * touches the network or an event loop. Cool-down expiry is observed with a
 * short cooldown_time and a real sleep (the router reads CLOCK_MONOTONIC).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "config/cfg.h"
#include "router/route.h"
#include "util/err.h"

/* ---- fixture ---------------------------------------------------------- */

#define MAX_DEPS 16

/* A deployment as the tests describe it. */
struct dep_spec {
    const char *group, *id;
    int order;
    double weight;
    long rpm, tpm;
};

struct fx {
    struct cfg cfg;
    struct cfg_deployment deps[MAX_DEPS];
    struct route rt;
    uint64_t rng;
};

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j;

    if (!text)
        return NULL;
    j = json_loads(text, 0, &e);
    if (!j)
        fail_msg("bad JSON in test (line %d col %d): %s\n%s", e.line, e.column, e.text, text);
    return j;
}

/* Builds the config and the router. `router` and `litellm` are JSON text or NULL. */
static void fx_init(struct fx *f, const struct dep_spec *specs, size_t n, const char *router,
                    const char *litellm)
{
    assert_true(n <= MAX_DEPS);
    memset(f, 0, sizeof(*f));
    for (size_t i = 0; i < n; i++) {
        struct cfg_deployment *d = &f->deps[i];

        d->model_name = specs[i].group;
        d->provider = "openai";
        d->model = specs[i].id;
        d->id = specs[i].id;
        d->api_base = "http://127.0.0.1:1/v1";
        d->order = specs[i].order;
        d->weight = specs[i].weight;
        d->rpm = specs[i].rpm;
        d->tpm = specs[i].tpm;
        d->max_retries = -1;
    }
    f->cfg.deployments = f->deps;
    f->cfg.n_deployments = n;
    f->cfg.router_settings = parse(router);
    f->cfg.litellm_settings = parse(litellm);
    f->rng = 0x1234567887654321ull;
    assert_int_equal(route_init(&f->rt, &f->cfg), 0);
}

static void fx_dispose(struct fx *f)
{
    route_dispose(&f->rt);
    assert_null(f->rt.state);
    json_decref(f->cfg.router_settings);
    json_decref(f->cfg.litellm_settings);
}

static const struct cfg_deployment *dep(struct fx *f, const char *id)
{
    for (size_t i = 0; i < f->cfg.n_deployments; i++)
        if (strcmp(f->deps[i].id, id) == 0)
            return &f->deps[i];
    fail_msg("no deployment %s", id);
    return NULL;
}

static const char *pick_id(struct fx *f, const char *group, uint64_t skip)
{
    uint64_t wait = 12345;
    const struct cfg_deployment *d = route_pick(&f->rt, group, skip, &f->rng, &wait);

    return d ? d->id : NULL;
}

/* `n` failures of class `e`, each after a route_begin as llm.c does. */
static void fail_n(struct fx *f, const char *id, enum route_err e, int n)
{
    for (int i = 0; i < n; i++) {
        route_begin(&f->rt, dep(f, id));
        route_failure(&f->rt, dep(f, id), e);
    }
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

    while (nanosleep(&ts, &ts) != 0)
        ;
}

/* Counts picks of each deployment over `rounds` picks of `group`. */
static void count_picks(struct fx *f, const char *group, uint64_t skip, int rounds,
                        int counts[MAX_DEPS])
{
    memset(counts, 0, sizeof(int) * MAX_DEPS);
    for (int i = 0; i < rounds; i++) {
        const struct cfg_deployment *d = route_pick(&f->rt, group, skip, &f->rng, NULL);

        assert_non_null(d);
        counts[d - f->deps]++;
    }
}

/* ---- route_classify ----------------------------------------------------- */

static void test_classify_table(void **state)
{
    static const struct {
        int status, gw_code;
        const char *msg;
        enum route_err want;
    } rows[] = {
        /* gateway-side failures (no HTTP status from upstream) */
        {0, GW_EUPTIMEOUT, "upstream timed out", ROUTE_E_TIMEOUT},
        {0, GW_EUPSTREAM, "upstream connection failed", ROUTE_E_SERVER},
        {0, GW_ETOOBIG, "upstream answer too large", ROUTE_E_SERVER},
        {0, 0, NULL, ROUTE_E_SERVER},
        /* status codes */
        {408, 0, "timeout", ROUTE_E_TIMEOUT},
        {504, 0, "gateway timeout", ROUTE_E_TIMEOUT},
        {429, 0, "Rate limit reached for requests", ROUTE_E_RATE_LIMIT},
        {429, 0, "maximum context length", ROUTE_E_RATE_LIMIT}, /* the status decides */
        {401, 0, "Incorrect API key provided", ROUTE_E_AUTH},
        {403, 0, "forbidden", ROUTE_E_AUTH},
        {404, 0, "The model 'x' does not exist", ROUTE_E_NOT_FOUND},
        {500, 0, "The server had an error", ROUTE_E_SERVER},
        {502, 0, "bad gateway", ROUTE_E_SERVER},
        {503, 0, "overloaded", ROUTE_E_SERVER},
        {529, 0, "overloaded", ROUTE_E_SERVER},
        {500, 0, "maximum context length", ROUTE_E_SERVER}, /* only 4xx read the message */
        /* 4xx told apart by the message */
        {400, 0, NULL, ROUTE_E_BAD_REQUEST},
        {400, 0, "Missing required parameter: 'messages'.", ROUTE_E_BAD_REQUEST},
        {422, 0, "unprocessable", ROUTE_E_BAD_REQUEST},
        {413, 0, "too large", ROUTE_E_BAD_REQUEST},
        {400, 0,
         "upstream returned 400: This model's maximum context length is 128000 tokens. However, "
         "your messages resulted in 130000 tokens.",
         ROUTE_E_CONTEXT_WINDOW},
        {400, 0, "context_length_exceeded", ROUTE_E_CONTEXT_WINDOW},
        {400, 0, "Input exceeds the CONTEXT LENGTH of the model", ROUTE_E_CONTEXT_WINDOW},
        {400, 0, "Too many tokens in the request", ROUTE_E_CONTEXT_WINDOW},
        {400, 0, "prompt is too long: 200001 tokens > 200000 maximum", ROUTE_E_CONTEXT_WINDOW},
        {413, 0, "prompt is too long", ROUTE_E_CONTEXT_WINDOW},
        {400, 0, "finish_reason content_filter", ROUTE_E_CONTENT_POLICY},
        {400, 0,
         "The response was filtered due to the prompt triggering Azure OpenAI's content "
         "management policy.",
         ROUTE_E_CONTENT_POLICY},
        {400, 0, "Your request was rejected as a result of our safety system / content policy",
         ROUTE_E_CONTENT_POLICY},
        {400, 0, "code: ResponsibleAIPolicyViolation", ROUTE_E_CONTENT_POLICY},
    };

    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        enum route_err got = route_classify(rows[i].status, rows[i].gw_code, rows[i].msg);

        if (got != rows[i].want)
            fail_msg("row %zu: status %d gw %d msg '%s': class %d, want %d", i, rows[i].status,
                     rows[i].gw_code, rows[i].msg ? rows[i].msg : "(null)", (int)got,
                     (int)rows[i].want);
    }
}

static void test_retryable(void **state)
{
    assert_true(route_retryable(ROUTE_E_TIMEOUT));
    assert_true(route_retryable(ROUTE_E_RATE_LIMIT));
    assert_true(route_retryable(ROUTE_E_SERVER));
    assert_false(route_retryable(ROUTE_E_BAD_REQUEST));
    assert_false(route_retryable(ROUTE_E_AUTH));
    assert_false(route_retryable(ROUTE_E_NOT_FOUND));
    assert_false(route_retryable(ROUTE_E_CONTENT_POLICY));
    assert_false(route_retryable(ROUTE_E_CONTEXT_WINDOW));
}

/* ---- route_retries ---------------------------------------------------- */

static const struct dep_spec one_dep[] = {{.group = "g", .id = "g-a"}};

static void test_retries_default_zero(void **state)
{
    struct fx f;

    fx_init(&f, one_dep, 1, NULL, NULL);
    for (int e = 0; e < ROUTE_E_COUNT; e++)
        assert_int_equal(route_retries(&f.rt, (enum route_err)e), 0);
    assert_int_equal(f.rt.allowed_fails, 3);
    assert_true(f.rt.cooldown_s == 5.0);
    assert_int_equal(f.rt.max_fallbacks, 5);
    assert_int_equal(f.rt.strategy, ROUTE_SHUFFLE);
    fx_dispose(&f);
}

static void test_retries_num_retries(void **state)
{
    struct fx f;

    fx_init(&f, one_dep, 1, "{\"num_retries\": 3}", NULL);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_TIMEOUT), 3);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_RATE_LIMIT), 3);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_SERVER), 3);
    /* Request errors are not worth a retry unless retry_policy says so. */
    assert_int_equal(route_retries(&f.rt, ROUTE_E_BAD_REQUEST), 0);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_AUTH), 0);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_NOT_FOUND), 0);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_CONTENT_POLICY), 0);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_CONTEXT_WINDOW), 0);
    fx_dispose(&f);
}

static void test_retries_policy(void **state)
{
    struct fx f;

    fx_init(&f, one_dep, 1,
            "{\"num_retries\": 3, \"retry_policy\": {"
            "\"RateLimitErrorRetries\": 1, \"TimeoutErrorRetries\": 0,"
            "\"BadRequestErrorRetries\": 2, \"AuthenticationErrorRetries\": 4,"
            "\"ContentPolicyViolationErrorRetries\": 5, \"UnknownErrorRetries\": 9}}",
            NULL);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_RATE_LIMIT), 1);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_TIMEOUT), 0);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_SERVER), 3); /* not named: num_retries */
    assert_int_equal(route_retries(&f.rt, ROUTE_E_BAD_REQUEST), 2);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_AUTH), 4);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_CONTENT_POLICY), 5);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_NOT_FOUND), 0);
    fx_dispose(&f);

    /* InternalServerErrorRetries alone, with no num_retries. */
    fx_init(&f, one_dep, 1, "{\"retry_policy\": {\"InternalServerErrorRetries\": 2}}", NULL);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_SERVER), 2);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_RATE_LIMIT), 0);
    fx_dispose(&f);
}

/* router_settings first, litellm_settings second. */
static void test_settings_precedence(void **state)
{
    struct fx f;

    fx_init(&f, one_dep, 1, "{\"num_retries\": 2, \"cooldown_time\": 7}",
            "{\"num_retries\": 6, \"allowed_fails\": 1, \"cooldown_time\": 30,"
            " \"retry_policy\": {\"RateLimitErrorRetries\": 4}}");
    assert_int_equal(f.rt.num_retries, 2);
    assert_true(f.rt.cooldown_s == 7.0);
    assert_int_equal(f.rt.allowed_fails, 1);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_RATE_LIMIT), 4);
    assert_int_equal(route_retries(&f.rt, ROUTE_E_SERVER), 2);
    fx_dispose(&f);

    /* Numbers written as strings (YAML quoting) still count. */
    fx_init(&f, one_dep, 1, NULL, "{\"num_retries\": \"3\", \"cooldown_time\": \"0.5\"}");
    assert_int_equal(route_retries(&f.rt, ROUTE_E_SERVER), 3);
    assert_true(f.rt.cooldown_s == 0.5);
    fx_dispose(&f);
}

static void test_strategy_names(void **state)
{
    static const struct {
        const char *name;
        enum route_strategy want;
    } rows[] = {
        {"simple-shuffle", ROUTE_SHUFFLE},
        {"least-busy", ROUTE_LEAST_BUSY},
        {"latency-based-routing", ROUTE_LATENCY},
        {"usage-based-routing", ROUTE_USAGE},
        {"usage-based-routing-v2", ROUTE_USAGE},
        {"cost-based-routing", ROUTE_SHUFFLE}, /* not implemented: the default */
    };
    char js[128];
    struct fx f;

    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        snprintf(js, sizeof(js), "{\"routing_strategy\": \"%s\"}", rows[i].name);
        fx_init(&f, one_dep, 1, js, NULL);
        assert_int_equal(f.rt.strategy, rows[i].want);
        fx_dispose(&f);
        fx_init(&f, one_dep, 1, NULL, js); /* litellm_settings works too */
        assert_int_equal(f.rt.strategy, rows[i].want);
        fx_dispose(&f);
    }
}

/* ---- route_fallbacks -------------------------------------------------- */

static const struct dep_spec fb_deps[] = {
    {.group = "a", .id = "a-1"},
    {.group = "b", .id = "b-1"},
};

static const char fb_router[] =
    "{\"fallbacks\": [{\"a\": [\"b\", \"c\", \"a\", \"d\"]}, {\"x\": \"y\"}, {\"*\": [\"w\"]}],"
    " \"context_window_fallbacks\": [{\"a\": [\"big\", \"a\"]}],"
    " \"content_policy_fallbacks\": [{\"a\": [\"safe\"]}],"
    " \"default_fallbacks\": [\"d1\", \"d2\"]}";

/* Asserts that route_fallbacks gives exactly the names in `want` (NULL-terminated). */
static void expect_fb(struct fx *f, const char *group, enum route_err e, const json_t *req,
                      size_t max, const char *const *want)
{
    const char *out[16];
    size_t n = route_fallbacks(&f->rt, group, e, req, out, max), k = 0;

    while (want[k])
        k++;
    if (n != k) {
        fprintf(stderr, "group %s class %d: got %zu names:", group, (int)e, n);
        for (size_t i = 0; i < n && i < 16; i++)
            fprintf(stderr, " %s", out[i]);
        fprintf(stderr, "\n");
        fail_msg("want %zu names", k);
    }
    for (size_t i = 0; i < n; i++)
        assert_string_equal(out[i], want[i]);
}

#define NAMES(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE       ((const char *const[]){NULL})

static void test_fallbacks_order(void **state)
{
    struct fx f;
    json_t *req = parse("[\"r1\", \"a\", \"r2\"]");
    json_t *empty = parse("[]");

    fx_init(&f, fb_deps, 2, fb_router, NULL);
    /* The request's own list wins over everything, whatever the class. */
    expect_fb(&f, "a", ROUTE_E_SERVER, req, 16, NAMES("r1", "r2"));
    expect_fb(&f, "a", ROUTE_E_CONTEXT_WINDOW, req, 16, NAMES("r1", "r2"));
    /* An empty request list means no fallbacks at all. */
    expect_fb(&f, "a", ROUTE_E_SERVER, empty, 16, NONE);
    /* Context window and content policy errors have their own lists. */
    expect_fb(&f, "a", ROUTE_E_CONTEXT_WINDOW, NULL, 16, NAMES("big"));
    expect_fb(&f, "a", ROUTE_E_CONTENT_POLICY, NULL, 16, NAMES("safe"));
    /* Other classes use `fallbacks`; the group itself is never a fallback. */
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NAMES("b", "c", "d"));
    expect_fb(&f, "a", ROUTE_E_RATE_LIMIT, NULL, 16, NAMES("b", "c", "d"));
    expect_fb(&f, "a", ROUTE_E_BAD_REQUEST, NULL, 16, NAMES("b", "c", "d"));
    /* A group without a context window entry uses its generic list. */
    expect_fb(&f, "x", ROUTE_E_CONTEXT_WINDOW, NULL, 16, NAMES("y"));
    /* A single name instead of a list. */
    expect_fb(&f, "x", ROUTE_E_SERVER, NULL, 16, NAMES("y"));
    /* No entry: the "*" wildcard entry. */
    expect_fb(&f, "b", ROUTE_E_SERVER, NULL, 16, NAMES("w"));
    /* The caller's array bounds the count. */
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 2, NAMES("b", "c"));
    fx_dispose(&f);
    json_decref(req);
    json_decref(empty);
}

static void test_fallbacks_default(void **state)
{
    struct fx f;

    /* Without "*", a group with no entry gets default_fallbacks. */
    fx_init(&f, fb_deps, 2,
            "{\"fallbacks\": [{\"a\": [\"b\"]}], \"default_fallbacks\": [\"d1\", \"b\", \"d2\"]}",
            NULL);
    expect_fb(&f, "b", ROUTE_E_SERVER, NULL, 16, NAMES("d1", "d2")); /* b excluded */
    expect_fb(&f, "zz", ROUTE_E_TIMEOUT, NULL, 16, NAMES("d1", "b", "d2"));
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NAMES("b"));
    /* A context window error with no cw list: generic, then default. */
    expect_fb(&f, "b", ROUTE_E_CONTEXT_WINDOW, NULL, 16, NAMES("d1", "d2"));
    fx_dispose(&f);

    /* Nothing configured: no fallbacks. */
    fx_init(&f, fb_deps, 2, NULL, NULL);
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NONE);
    fx_dispose(&f);

    /* From litellm_settings, and in the object form {"a": [...]}. */
    fx_init(&f, fb_deps, 2, NULL, "{\"fallbacks\": {\"a\": [\"b\"]}}");
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NAMES("b"));
    fx_dispose(&f);
}

static void test_fallbacks_max(void **state)
{
    struct fx f;
    json_t *req = parse("[\"r1\", \"r2\", \"r3\"]");

    fx_init(&f, fb_deps, 2,
            "{\"max_fallbacks\": 2, \"fallbacks\": [{\"a\": [\"b\", \"c\", \"d\"]}],"
            " \"default_fallbacks\": [\"d1\", \"d2\", \"d3\"]}",
            NULL);
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NAMES("b", "c"));
    expect_fb(&f, "a", ROUTE_E_SERVER, req, 16, NAMES("r1", "r2"));
    expect_fb(&f, "q", ROUTE_E_SERVER, NULL, 16, NAMES("d1", "d2"));
    fx_dispose(&f);

    fx_init(&f, fb_deps, 2, "{\"max_fallbacks\": 0, \"fallbacks\": [{\"a\": [\"b\"]}]}", NULL);
    expect_fb(&f, "a", ROUTE_E_SERVER, NULL, 16, NONE);
    fx_dispose(&f);
    json_decref(req);
}

/* ---- groups and aliases ----------------------------------------------- */

static void test_group_alias(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "gpt-4o", .id = "g1"},
        {.group = "claude", .id = "c1"},
    };
    struct fx f;
    const char *g;

    fx_init(&f, deps, 2,
            "{\"model_group_alias\": {\"gpt-4\": \"gpt-4o\","
            " \"hidden-one\": {\"model\": \"claude\", \"hidden\": true},"
            " \"dangling\": \"no-such-group\", \"claude\": \"gpt-4o\", \"self\": \"self\"}}",
            NULL);
    g = route_group(&f.cfg, "gpt-4o");
    assert_ptr_equal(g, f.deps[0].model_name); /* lives as long as the config */
    assert_string_equal(route_group(&f.cfg, "gpt-4"), "gpt-4o");
    assert_string_equal(route_group(&f.cfg, "hidden-one"), "claude");
    assert_null(route_group(&f.cfg, "dangling"));
    assert_null(route_group(&f.cfg, "self"));
    assert_null(route_group(&f.cfg, "unknown"));
    assert_null(route_group(&f.cfg, NULL));
    /* A real group wins over an alias of the same name. */
    assert_string_equal(route_group(&f.cfg, "claude"), "claude");
    fx_dispose(&f);
}

/* ---- skip masks -------------------------------------------------------- */

static void test_bits_and_skip(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "g", .id = "g-a"}, {.group = "h", .id = "h-x"}, {.group = "g", .id = "g-b"},
        {.group = "h", .id = "h-y"}, {.group = "g", .id = "g-c"},
    };
    struct fx f;
    uint64_t wait = 99;
    int counts[MAX_DEPS];

    fx_init(&f, deps, 5, NULL, NULL);
    /* Bits count within the group, in config order. */
    assert_int_equal(route_bit(&f.rt, dep(&f, "g-a")), 1);
    assert_int_equal(route_bit(&f.rt, dep(&f, "g-b")), 2);
    assert_int_equal(route_bit(&f.rt, dep(&f, "g-c")), 4);
    assert_int_equal(route_bit(&f.rt, dep(&f, "h-x")), 1);
    assert_int_equal(route_bit(&f.rt, dep(&f, "h-y")), 2);
    /* Skipped ones are never picked; the other group's are never picked. */
    count_picks(&f, "g", 1 | 2, 200, counts);
    assert_int_equal(counts[4], 200);
    count_picks(&f, "g", 2, 400, counts);
    assert_int_equal(counts[0] + counts[4], 400);
    assert_true(counts[0] > 100 && counts[4] > 100);
    count_picks(&f, "h", 1, 50, counts);
    assert_int_equal(counts[3], 50);
    /* All skipped, none cooling: NULL and no wait. */
    assert_null(route_pick(&f.rt, "g", 7, &f.rng, &wait));
    assert_int_equal(wait, 0);
    assert_null(route_pick(&f.rt, "nope", 0, &f.rng, &wait));
    assert_int_equal(wait, 0);
    fx_dispose(&f);
}

/* ---- cool-downs ------------------------------------------------------- */

static const struct dep_spec two_deps[] = {
    {.group = "g", .id = "g-a"},
    {.group = "g", .id = "g-b"},
};

static void test_cooldown_after_allowed_fails(void **state)
{
    struct fx f;
    uint64_t wait = 0;
    int counts[MAX_DEPS];

    fx_init(&f, two_deps, 2, "{\"allowed_fails\": 2, \"cooldown_time\": 0.3}", NULL);
    /* allowed_fails failures are allowed; the one after them cools. */
    fail_n(&f, "g-a", ROUTE_E_SERVER, 2);
    assert_false(route_cooling(&f.rt, dep(&f, "g-a")));
    fail_n(&f, "g-a", ROUTE_E_SERVER, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "g-a")));
    assert_false(route_cooling(&f.rt, dep(&f, "g-b")));
    count_picks(&f, "g", 0, 100, counts);
    assert_int_equal(counts[1], 100);
    /* The cooling one is not used even when the other is skipped. */
    assert_null(route_pick(&f.rt, "g", 2, &f.rng, &wait));
    assert_true(wait > 0 && wait <= 300);
    /* Both cooling: NULL, and the wait is the shortest remaining cool-down. */
    sleep_ms(100);
    fail_n(&f, "g-b", ROUTE_E_TIMEOUT, 3);
    assert_true(route_cooling(&f.rt, dep(&f, "g-b")));
    wait = 0;
    assert_null(route_pick(&f.rt, "g", 0, &f.rng, &wait));
    assert_true(wait > 0 && wait <= 200); /* g-a's, not g-b's ~300 */
    /* Once the cool-down passes, g-a is back. */
    sleep_ms(wait + 20);
    assert_false(route_cooling(&f.rt, dep(&f, "g-a")));
    assert_string_equal(pick_id(&f, "g", 0), "g-a");
    fx_dispose(&f);
}

static void test_cooldown_classes(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "g", .id = "auth"}, {.group = "g", .id = "notfound"}, {.group = "g", .id = "bad"},
        {.group = "g", .id = "cw"},   {.group = "g", .id = "cp"},       {.group = "g", .id = "rl"},
    };
    struct fx f;

    fx_init(&f, deps, 6, "{\"cooldown_time\": 5}", NULL);
    /* 401/403 and 404 cool at once. */
    fail_n(&f, "auth", ROUTE_E_AUTH, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "auth")));
    fail_n(&f, "notfound", ROUTE_E_NOT_FOUND, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "notfound")));
    /* Request errors never cool, however many. */
    fail_n(&f, "bad", ROUTE_E_BAD_REQUEST, 50);
    fail_n(&f, "cw", ROUTE_E_CONTEXT_WINDOW, 50);
    fail_n(&f, "cp", ROUTE_E_CONTENT_POLICY, 50);
    assert_false(route_cooling(&f.rt, dep(&f, "bad")));
    assert_false(route_cooling(&f.rt, dep(&f, "cw")));
    assert_false(route_cooling(&f.rt, dep(&f, "cp")));
    /* The default allowed_fails is 3: the 4th 429 cools. */
    fail_n(&f, "rl", ROUTE_E_RATE_LIMIT, 3);
    assert_false(route_cooling(&f.rt, dep(&f, "rl")));
    fail_n(&f, "rl", ROUTE_E_RATE_LIMIT, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "rl")));
    fx_dispose(&f);
}

/* The only deployment of a group never cools (as in LiteLLM): there would
 * be nothing left, and the client would lose the provider's own error. */
static void test_single_deployment_never_cools(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "solo", .id = "solo-1"},
        {.group = "pair", .id = "pair-1"},
        {.group = "pair", .id = "pair-2"},
    };
    struct fx f;

    fx_init(&f, deps, 3, "{\"allowed_fails\": 0}", NULL);
    fail_n(&f, "solo-1", ROUTE_E_SERVER, 10);
    fail_n(&f, "solo-1", ROUTE_E_AUTH, 1);
    fail_n(&f, "solo-1", ROUTE_E_NOT_FOUND, 1);
    assert_false(route_cooling(&f.rt, dep(&f, "solo-1")));
    assert_string_equal(pick_id(&f, "solo", 0), "solo-1");
    fail_n(&f, "pair-1", ROUTE_E_SERVER, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "pair-1")));
    fx_dispose(&f);
}

static void test_allowed_fails_policy(void **state)
{
    struct fx f;

    fx_init(&f, two_deps, 2,
            "{\"allowed_fails\": 5, \"allowed_fails_policy\": {\"RateLimitErrorAllowedFails\": 0,"
            " \"TimeoutErrorAllowedFails\": 1}}",
            NULL);
    fail_n(&f, "g-a", ROUTE_E_RATE_LIMIT, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "g-a")));
    fail_n(&f, "g-b", ROUTE_E_TIMEOUT, 1);
    assert_false(route_cooling(&f.rt, dep(&f, "g-b")));
    fail_n(&f, "g-b", ROUTE_E_TIMEOUT, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "g-b")));
    fx_dispose(&f);

    /* allowed_fails 0: the first failure cools. */
    fx_init(&f, two_deps, 2, "{\"allowed_fails\": 0}", NULL);
    fail_n(&f, "g-a", ROUTE_E_SERVER, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "g-a")));
    fx_dispose(&f);
}

/* Successes do not reset the per-minute failure count (as in LiteLLM). */
static void test_failures_count_per_minute(void **state)
{
    struct fx f;

    fx_init(&f, two_deps, 2, "{\"allowed_fails\": 2}", NULL);
    fail_n(&f, "g-a", ROUTE_E_SERVER, 2);
    route_begin(&f.rt, dep(&f, "g-a"));
    route_success(&f.rt, dep(&f, "g-a"), 1000, 10);
    assert_false(route_cooling(&f.rt, dep(&f, "g-a")));
    fail_n(&f, "g-a", ROUTE_E_SERVER, 1);
    assert_true(route_cooling(&f.rt, dep(&f, "g-a")));
    fx_dispose(&f);
}

/* ---- order ------------------------------------------------------------ */

static void test_order_priority(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "g", .id = "none"},
        {.group = "g", .id = "o2", .order = 2},
        {.group = "g", .id = "o1", .order = 1, .weight = 0.001},
        {.group = "g", .id = "o1b", .order = 1, .weight = 0.001},
    };
    struct fx f;
    int counts[MAX_DEPS];

    fx_init(&f, deps, 4, "{\"allowed_fails\": 0, \"cooldown_time\": 5}", NULL);
    /* Only the lowest order is used, whatever the weights. */
    count_picks(&f, "g", 0, 300, counts);
    assert_int_equal(counts[2] + counts[3], 300);
    assert_true(counts[2] > 50 && counts[3] > 50);
    /* One of them cooling: the other order-1 one. */
    fail_n(&f, "o1", ROUTE_E_SERVER, 1);
    count_picks(&f, "g", 0, 50, counts);
    assert_int_equal(counts[3], 50);
    /* Both cooling: order 2, before the unordered one. */
    fail_n(&f, "o1b", ROUTE_E_SERVER, 1);
    count_picks(&f, "g", 0, 50, counts);
    assert_int_equal(counts[1], 50);
    /* Skipping order 2 (already tried): the unordered one. */
    count_picks(&f, "g", route_bit(&f.rt, dep(&f, "o2")), 50, counts);
    assert_int_equal(counts[0], 50);
    fx_dispose(&f);
}

/* ---- strategies ------------------------------------------------------- */

static const struct dep_spec three_deps[] = {
    {.group = "g", .id = "g-a"},
    {.group = "g", .id = "g-b"},
    {.group = "g", .id = "g-c"},
};

static void test_shuffle_weights(void **state)
{
    static const struct dep_spec w[] = {
        {.group = "g", .id = "heavy", .weight = 9},
        {.group = "g", .id = "light", .weight = 1},
        {.group = "r", .id = "r-big", .rpm = 300},
        {.group = "r", .id = "r-small", .rpm = 100},
        {.group = "t", .id = "t-big", .tpm = 1000, .rpm = 0},
        {.group = "t", .id = "t-small", .tpm = 3000, .weight = 1},
    };
    struct fx f;
    int counts[MAX_DEPS];

    fx_init(&f, w, 6, NULL, NULL);
    count_picks(&f, "g", 0, 10000, counts);
    assert_true(counts[0] > 8700 && counts[0] < 9300);
    /* Without weights, rpm is the weight. */
    count_picks(&f, "r", 0, 10000, counts);
    assert_true(counts[2] > 7200 && counts[2] < 7800);
    /* A weight beats tpm: t-small has weight 1, t-big weight tpm=1000. */
    count_picks(&f, "t", 0, 10000, counts);
    assert_true(counts[4] > 9950);
    fx_dispose(&f);

    /* No weights at all: equal shares. */
    fx_init(&f, three_deps, 3, "{\"routing_strategy\": \"simple-shuffle\"}", NULL);
    count_picks(&f, "g", 0, 9000, counts);
    for (int i = 0; i < 3; i++)
        assert_true(counts[i] > 2700 && counts[i] < 3300);
    fx_dispose(&f);
}

static void test_least_busy(void **state)
{
    struct fx f;

    fx_init(&f, three_deps, 3, "{\"routing_strategy\": \"least-busy\"}", NULL);
    route_begin(&f.rt, dep(&f, "g-a"));
    route_begin(&f.rt, dep(&f, "g-a"));
    route_begin(&f.rt, dep(&f, "g-b"));
    for (int i = 0; i < 20; i++)
        assert_string_equal(pick_id(&f, "g", 0), "g-c");
    route_begin(&f.rt, dep(&f, "g-c"));
    route_begin(&f.rt, dep(&f, "g-c"));
    assert_string_equal(pick_id(&f, "g", 0), "g-b"); /* 2, 1, 2 in flight */
    /* Finishing (either way) frees a slot. */
    route_success(&f.rt, dep(&f, "g-a"), 1000, 0);
    route_failure(&f.rt, dep(&f, "g-a"), ROUTE_E_SERVER);
    assert_string_equal(pick_id(&f, "g", 0), "g-a"); /* 0, 1, 2 */
    /* Skipped ones do not count, even if idle. */
    assert_string_equal(pick_id(&f, "g", route_bit(&f.rt, dep(&f, "g-a"))), "g-b");
    fx_dispose(&f);
}

static void report_latency(struct fx *f, const char *id, uint64_t us)
{
    route_begin(&f->rt, dep(f, id));
    route_success(&f->rt, dep(f, id), us, 10);
}

static void test_latency(void **state)
{
    struct fx f;
    int counts[MAX_DEPS];

    fx_init(&f, three_deps, 3, "{\"routing_strategy\": \"latency-based-routing\"}", NULL);
    report_latency(&f, "g-a", 100000);
    report_latency(&f, "g-b", 20000);
    /* Not measured yet counts as fastest, so it gets measured. */
    for (int i = 0; i < 10; i++)
        assert_string_equal(pick_id(&f, "g", 0), "g-c");
    report_latency(&f, "g-c", 50000);
    for (int i = 0; i < 50; i++)
        assert_string_equal(pick_id(&f, "g", 0), "g-b");
    /* The average follows new reports: b gets slow. */
    for (int i = 0; i < 30; i++)
        report_latency(&f, "g-b", 400000);
    for (int i = 0; i < 50; i++)
        assert_string_equal(pick_id(&f, "g", 0), "g-c");
    /* The fastest skipped: the next fastest. */
    assert_string_equal(pick_id(&f, "g", route_bit(&f.rt, dep(&f, "g-c"))), "g-a");
    fx_dispose(&f);

    /* lowest_latency_buffer: every deployment within (1 + buffer) x the lowest. */
    fx_init(&f, three_deps, 3,
            "{\"routing_strategy\": \"latency-based-routing\","
            " \"routing_strategy_args\": {\"lowest_latency_buffer\": 0.5}}",
            NULL);
    assert_true(f.rt.latency_buffer == 0.5);
    report_latency(&f, "g-a", 100000);
    report_latency(&f, "g-b", 20000);
    report_latency(&f, "g-c", 25000);
    count_picks(&f, "g", 0, 400, counts);
    assert_int_equal(counts[0], 0);
    assert_true(counts[1] > 100 && counts[2] > 100);
    fx_dispose(&f);
}

static void test_usage(void **state)
{
    static const struct dep_spec deps[] = {
        {.group = "g", .id = "small", .rpm = 10},
        {.group = "g", .id = "big", .rpm = 100},
        {.group = "t", .id = "t-a", .tpm = 1000},
        {.group = "t", .id = "t-b", .tpm = 1000},
    };
    struct fx f;

    fx_init(&f, deps, 4, "{\"routing_strategy\": \"usage-based-routing-v2\"}", NULL);
    /* 1/10 used vs 5/100: big has more headroom. */
    route_begin(&f.rt, dep(&f, "small"));
    for (int i = 0; i < 5; i++)
        route_begin(&f.rt, dep(&f, "big"));
    assert_string_equal(pick_id(&f, "g", 0), "big");
    /* 1/10 vs 95/100: small. */
    for (int i = 0; i < 90; i++)
        route_begin(&f.rt, dep(&f, "big"));
    assert_string_equal(pick_id(&f, "g", 0), "small");
    /* Tokens: 800 of 1000 used on t-a, 100 on t-b. */
    route_begin(&f.rt, dep(&f, "t-a"));
    route_success(&f.rt, dep(&f, "t-a"), 1000, 800);
    route_begin(&f.rt, dep(&f, "t-b"));
    route_success(&f.rt, dep(&f, "t-b"), 1000, 100);
    for (int i = 0; i < 10; i++)
        assert_string_equal(pick_id(&f, "t", 0), "t-b");
    route_begin(&f.rt, dep(&f, "t-b"));
    route_success(&f.rt, dep(&f, "t-b"), 1000, 800);
    assert_string_equal(pick_id(&f, "t", 0), "t-a");
    fx_dispose(&f);
}

static void test_rand(void **state)
{
    uint64_t s = 0, a, b;

    a = route_rand(&s);
    assert_true(a != 0 && s == a);
    b = route_rand(&s);
    assert_true(b != 0 && b != a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classify_table),
        cmocka_unit_test(test_retryable),
        cmocka_unit_test(test_retries_default_zero),
        cmocka_unit_test(test_retries_num_retries),
        cmocka_unit_test(test_retries_policy),
        cmocka_unit_test(test_settings_precedence),
        cmocka_unit_test(test_strategy_names),
        cmocka_unit_test(test_fallbacks_order),
        cmocka_unit_test(test_fallbacks_default),
        cmocka_unit_test(test_fallbacks_max),
        cmocka_unit_test(test_group_alias),
        cmocka_unit_test(test_bits_and_skip),
        cmocka_unit_test(test_cooldown_after_allowed_fails),
        cmocka_unit_test(test_cooldown_classes),
        cmocka_unit_test(test_single_deployment_never_cools),
        cmocka_unit_test(test_allowed_fails_policy),
        cmocka_unit_test(test_failures_count_per_minute),
        cmocka_unit_test(test_order_priority),
        cmocka_unit_test(test_shuffle_weights),
        cmocka_unit_test(test_least_busy),
        cmocka_unit_test(test_latency),
        cmocka_unit_test(test_usage),
        cmocka_unit_test(test_rand),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
