/*
 * Unit tests of what the API layer leans on to admit and place a call: the
 * key a client presented (auth_key_from), the master-key check (auth_check),
 * and the router's group resolution and pick (route_group, route_pick). The
 * config is a struct cfg filled by hand, router_settings from JSON text.
 * The router's own suite (tests/unit/router) covers its strategies, policy
 * and cool-downs; here only what the request path needs from it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/evp.h>

#include "auth/auth.h"
#include "config/cfg.h"
#include "router/route.h"
#include "util/err.h"

/* ---- auth_key_from ---------------------------------------------------- */

static void test_key_from_precedence(void **state)
{
    struct str k;
    const char *auth = "Bearer sk-bearer";

    /* Authorization: Bearer wins over both others. */
    k = auth_key_from(str_from(auth), STR_LIT("sk-x"), STR_LIT("sk-azure"));
    assert_true(str_eq_c(k, "sk-bearer"));
    assert_ptr_equal(k.ptr, auth + 7); /* a view into the header, not a copy */
    /* Then x-api-key, then api-key. */
    k = auth_key_from(STR_NULL, STR_LIT("sk-x"), STR_LIT("sk-azure"));
    assert_true(str_eq_c(k, "sk-x"));
    k = auth_key_from(STR_NULL, STR_NULL, STR_LIT("sk-azure"));
    assert_true(str_eq_c(k, "sk-azure"));
    k = auth_key_from(STR_NULL, STR_NULL, STR_NULL);
    assert_int_equal(k.len, 0);
    /* An Authorization that is not Bearer does not hide the others. */
    k = auth_key_from(STR_LIT("Basic dXNlcjpwYXNz"), STR_LIT("sk-x"), STR_NULL);
    assert_true(str_eq_c(k, "sk-x"));
    k = auth_key_from(STR_LIT("Basic dXNlcjpwYXNz"), STR_NULL, STR_NULL);
    assert_int_equal(k.len, 0);
    /* Nor does a Bearer with nothing after it. */
    k = auth_key_from(STR_LIT("Bearer "), STR_NULL, STR_LIT("sk-azure"));
    assert_true(str_eq_c(k, "sk-azure"));
    k = auth_key_from(STR_LIT("Bearer"), STR_LIT("sk-x"), STR_NULL);
    assert_true(str_eq_c(k, "sk-x"));
    /* "Bearersk-1" is not the Bearer scheme. */
    k = auth_key_from(STR_LIT("Bearersk-1"), STR_LIT("sk-x"), STR_NULL);
    assert_true(str_eq_c(k, "sk-x"));
}

static void test_key_from_bearer_case(void **state)
{
    static const char *const forms[] = {"Bearer sk-1", "bearer sk-1", "BEARER sk-1", "bEaReR sk-1",
                                        "Bearer   sk-1 \t"};

    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        struct str k = auth_key_from(str_from(forms[i]), STR_LIT("other"), STR_NULL);

        if (!str_eq_c(k, "sk-1"))
            fail_msg("'%s' gives '%.*s'", forms[i], STR_FMT(k));
    }
}

/* ---- auth_check ------------------------------------------------------- */

static void sha_prefix(const char *p, size_t n, char out[17])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;

    assert_int_equal(EVP_Digest(p, n, md, &len, EVP_sha256(), NULL), 1);
    for (int i = 0; i < 8; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

static void test_auth_no_master_key(void **state)
{
    struct cfg c;
    struct auth_ctx a;

    /* Without a master key (LiteLLM's behaviour) every caller is the master,
     * with or without a key; an empty master key counts as none. */
    memset(&c, 0, sizeof(c));
    memset(&a, 0x55, sizeof(a));
    assert_int_equal(auth_check(&c, STR_NULL, &a), 0);
    assert_true(a.is_master);
    assert_string_equal(a.key_hash, "");
    assert_int_equal(auth_check(&c, STR_LIT("anything"), &a), 0);
    assert_true(a.is_master);
    c.master_key = "";
    assert_int_equal(auth_check(&c, STR_LIT("anything"), &a), 0);
    assert_true(a.is_master);
}

static void test_auth_master_key(void **state)
{
    static const char master[] = "sk-master-1234";
    /* Wrong keys: different, a prefix, longer, other case, with a NUL. */
    static const struct str wrong[] = {
        STR_LIT("sk-other"),       STR_LIT("sk-master-123"),  STR_LIT("sk-master-12345"),
        STR_LIT("SK-MASTER-1234"), {"sk-master-1234\0x", 16}, STR_LIT(" sk-master-1234"),
    };
    struct cfg c;
    struct auth_ctx a;
    char want[17];

    memset(&c, 0, sizeof(c));
    c.master_key = master;
    /* Missing key. */
    memset(&a, 0x55, sizeof(a));
    assert_int_equal(auth_check(&c, STR_NULL, &a), GW_EAUTH);
    assert_false(a.is_master);
    assert_string_equal(a.key_hash, "");
    assert_int_equal(auth_check(&c, STR_LIT(""), &a), GW_EAUTH);
    assert_false(a.is_master);
    for (size_t i = 0; i < sizeof(wrong) / sizeof(wrong[0]); i++) {
        memset(&a, 0x55, sizeof(a));
        if (auth_check(&c, wrong[i], &a) != GW_EAUTH)
            fail_msg("wrong key %zu accepted", i);
        assert_false(a.is_master);
        /* The hash of what was presented is still there, for the log. */
        sha_prefix(wrong[i].ptr, wrong[i].len, want);
        assert_string_equal(a.key_hash, want);
    }
    /* The right key, from a buffer that is not NUL-terminated. */
    {
        char buf[32];

        memcpy(buf, "sk-master-1234XYZ", 17);
        memset(&a, 0x55, sizeof(a));
        assert_int_equal(auth_check(&c, str_of(buf, strlen(master)), &a), 0);
        assert_true(a.is_master);
    }
    /* key_hash: 16 lowercase hex digits of SHA-256, never the key. */
    sha_prefix(master, strlen(master), want);
    assert_string_equal(a.key_hash, want);
    assert_int_equal(strlen(a.key_hash), 16);
    for (int i = 0; i < 16; i++)
        assert_non_null(strchr("0123456789abcdef", a.key_hash[i]));
    assert_null(strstr(a.key_hash, "sk-"));
    assert_null(strstr(a.key_hash, "1234"));
}

/* ---- router fixture --------------------------------------------------- */

struct dep_spec {
    const char *group;
    double weight;
    int order;
};

struct fx {
    struct cfg cfg;
    struct cfg_deployment deps[16];
    struct route rt;
    uint64_t rng;
};

static void fx_init(struct fx *f, const struct dep_spec *specs, size_t n, const char *router)
{
    json_error_t e;

    memset(f, 0, sizeof(*f));
    assert_true(n <= 16);
    for (size_t i = 0; i < n; i++) {
        f->deps[i].model_name = specs[i].group;
        f->deps[i].provider = "mock";
        f->deps[i].weight = specs[i].weight;
        f->deps[i].order = specs[i].order;
        f->deps[i].max_retries = -1;
    }
    f->cfg.deployments = f->deps;
    f->cfg.n_deployments = n;
    if (router) {
        f->cfg.router_settings = json_loads(router, 0, &e);
        if (!f->cfg.router_settings)
            fail_msg("bad JSON in test: %s", e.text);
    }
    f->rng = 42;
    assert_int_equal(route_init(&f->rt, &f->cfg), 0);
}

static void fx_dispose(struct fx *f)
{
    route_dispose(&f->rt);
    json_decref(f->cfg.router_settings);
}

/* Picks `rounds` times; counts[i] is how often deps[i] came out. */
static void picks(struct fx *f, const char *group, uint64_t skip, int rounds, int counts[16])
{
    memset(counts, 0, 16 * sizeof(int));
    for (int i = 0; i < rounds; i++) {
        const struct cfg_deployment *d = route_pick(&f->rt, group, skip, &f->rng, NULL);

        if (!d)
            fail_msg("no pick for %s skip %llx", group, (unsigned long long)skip);
        assert_true(d >= f->deps && d < f->deps + f->cfg.n_deployments);
        counts[d - f->deps]++;
    }
}

/* ---- route_group ------------------------------------------------------ */

static void test_route_group(void **state)
{
    static const struct dep_spec deps[] = {{"gpt-4o"}, {"gpt-4o"}, {"claude-3"}, {"embed"}};
    struct fx f;
    const char *g;

    fx_init(&f, deps, 4,
            "{\"model_group_alias\": {"
            "\"gpt-4\": \"gpt-4o\","
            "\"sonnet\": {\"model\": \"claude-3\", \"hidden\": true},"
            "\"broken\": {\"hidden\": true},"
            "\"number\": 5,"
            "\"dangling\": \"gpt-5\","
            "\"loop\": \"loop\","
            "\"embed\": \"gpt-4o\"}}");
    /* A model name is its own group; the result lives in the config. */
    g = route_group(&f.cfg, "gpt-4o");
    assert_ptr_equal(g, f.deps[0].model_name);
    assert_string_equal(route_group(&f.cfg, "claude-3"), "claude-3");
    /* Aliases, both forms. */
    assert_string_equal(route_group(&f.cfg, "gpt-4"), "gpt-4o");
    assert_ptr_equal(route_group(&f.cfg, "gpt-4"), f.deps[0].model_name);
    assert_string_equal(route_group(&f.cfg, "sonnet"), "claude-3");
    /* Aliases that lead nowhere. */
    assert_null(route_group(&f.cfg, "broken"));
    assert_null(route_group(&f.cfg, "number"));
    assert_null(route_group(&f.cfg, "dangling"));
    assert_null(route_group(&f.cfg, "loop"));
    /* A real group wins over an alias of the same name. */
    assert_string_equal(route_group(&f.cfg, "embed"), "embed");
    /* Exact names: no prefix or case folding. */
    assert_null(route_group(&f.cfg, "gpt-4o-mini"));
    assert_null(route_group(&f.cfg, "GPT-4O"));
    assert_null(route_group(&f.cfg, "gpt"));
    assert_null(route_group(&f.cfg, NULL));
    fx_dispose(&f);

    /* No router_settings at all. */
    fx_init(&f, deps, 4, NULL);
    assert_string_equal(route_group(&f.cfg, "embed"), "embed");
    assert_null(route_group(&f.cfg, "gpt-4"));
    fx_dispose(&f);
}

/* ---- route_pick ------------------------------------------------------- */

static void test_route_pick_weights(void **state)
{
    static const struct dep_spec deps[] = {
        {"g", 1},
        {"other", 100},
        {"g", 2},
        {"g", 7},
    };
    struct fx f;
    int c[16];

    /* Shares 10%, 20%, 70%: over 10000 picks each count lies within 5
     * standard deviations (at most 5 * sqrt(10000 * 0.3 * 0.7) = 230). */
    fx_init(&f, deps, 4, NULL);
    picks(&f, "g", 0, 10000, c);
    assert_int_equal(c[1], 0);
    assert_in_range(c[0], 1000 - 150, 1000 + 150);
    assert_in_range(c[2], 2000 - 200, 2000 + 200);
    assert_in_range(c[3], 7000 - 230, 7000 + 230);
    /* Another seed, same shares. */
    f.rng = 0xdeadbeefcafef00dull;
    picks(&f, "g", 0, 10000, c);
    assert_in_range(c[0], 1000 - 150, 1000 + 150);
    assert_in_range(c[3], 7000 - 230, 7000 + 230);
    /* Skipping the heaviest (third of the group: bit 2) leaves 1:2. */
    picks(&f, "g", 1u << 2, 9000, c);
    assert_int_equal(c[3], 0);
    assert_in_range(c[0], 3000 - 225, 3000 + 225);
    assert_in_range(c[2], 6000 - 225, 6000 + 225);
    fx_dispose(&f);
}

static void test_route_pick_order(void **state)
{
    static const struct dep_spec deps[] = {
        {"g", 100, 0}, /* no order: after every ordered one */
        {"g", 100, 2}, {"g", 1, 1}, {"h", 1, 1}, {"g", 1, 1}, {"g", 1, 3},
    };
    struct fx f;
    int c[16];

    fx_init(&f, deps, 6, NULL);
    /* Only order 1, whatever the weights, shared between the two. */
    picks(&f, "g", 0, 2000, c);
    assert_int_equal(c[2] + c[4], 2000);
    assert_in_range(c[2], 850, 1150);
    /* Group positions: deps 0, 1, 2, 4, 5 are bits 0..4. Skipping one
     * order-1 deployment leaves the other. */
    picks(&f, "g", 1u << 2, 100, c);
    assert_int_equal(c[4], 100);
    /* Both tried: the next order. */
    picks(&f, "g", 1u << 2 | 1u << 3, 100, c);
    assert_int_equal(c[1], 100);
    picks(&f, "g", 1u << 1 | 1u << 2 | 1u << 3, 100, c);
    assert_int_equal(c[5], 100);
    /* Every ordered one tried: the one without an order. */
    picks(&f, "g", 0x1e, 100, c);
    assert_int_equal(c[0], 100);
    /* Everything tried, or no such group: nothing. */
    assert_null(route_pick(&f.rt, "g", 0x1f, &f.rng, NULL));
    assert_null(route_pick(&f.rt, "nope", 0, &f.rng, NULL));
    /* The other group's order-1 deployment is its own. */
    picks(&f, "h", 0, 10, c);
    assert_int_equal(c[3], 10);
    fx_dispose(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_from_precedence), cmocka_unit_test(test_key_from_bearer_case),
        cmocka_unit_test(test_auth_no_master_key),  cmocka_unit_test(test_auth_master_key),
        cmocka_unit_test(test_route_group),         cmocka_unit_test(test_route_pick_weights),
        cmocka_unit_test(test_route_pick_order),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
