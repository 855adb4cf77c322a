/*
 * Unit tests of src/config: the LiteLLM config.yaml loader. Configs are
 * loaded from strings, except the examples/ files, which are read from
 * $GW_SOURCE_ROOT (the test is skipped when it is not set). Positions in the
 * expected diagnostics are counted by hand from the YAML in each test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "config/cfg.h"
#include "util/err.h"

/* ---- helpers ---------------------------------------------------------- */

static int load(const char *yaml, struct cfg **c, struct cfg_diags *d)
{
    return cfg_load_string("test.yaml", yaml, strlen(yaml), c, d);
}

/* The first diagnostic whose message contains `needle`, or NULL. */
static const struct cfg_diag *find(const struct cfg_diags *d, const char *needle)
{
    size_t i;

    for (i = 0; i < d->n; i++)
        if (strstr(d->items[i].message, needle))
            return &d->items[i];
    return NULL;
}

/* Loads a config that must fail with exactly the given error first. */
static void expect_error(const char *yaml, const char *message, int line, int col)
{
    struct cfg *c = (struct cfg *)1;
    struct cfg_diags d;
    const struct cfg_diag *g;
    int rc = load(yaml, &c, &d);

    if (rc != GW_ECONFIG || !(g = find(&d, message)) || g->warning || g->line != line ||
        g->col != col) {
        cfg_diags_print(&d, "test.yaml", stderr);
        fail_msg("expected error '%s' at %d:%d for:\n%s", message, line, col, yaml);
    }
    assert_null(c);
    assert_true(d.n_errors >= 1);
    cfg_diags_dispose(&d);
}

static void expect_clean(const char *yaml, struct cfg **c)
{
    struct cfg_diags d;
    int rc = load(yaml, c, &d);

    if (rc != 0 || d.n != 0) {
        cfg_diags_print(&d, "test.yaml", stderr);
        fail_msg("expected a clean load (rc %d)", rc);
    }
    assert_non_null(*c);
    cfg_diags_dispose(&d);
}

static void sha_prefix(const char *text, char out[17])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    int i;

    assert_int_equal(EVP_Digest(text, strlen(text), md, &n, EVP_sha256(), NULL), 1);
    for (i = 0; i < 8; i++)
        sprintf(out + 2 * i, "%02x", md[i]);
}

/* ---- a full config --------------------------------------------------- */

static const char full_yaml[] = "model_list:\n"
                                "  - model_name: gpt-4o\n"
                                "    litellm_params:\n"
                                "      model: openai/gpt-4o\n"
                                "      api_base: https://api.openai.com/v1/\n"
                                "      api_key: sk-test-123\n"
                                "      api_version: \"2024-10-21\"\n"
                                "      timeout: 60\n"
                                "      stream_timeout: 15.5\n"
                                "      rpm: 500\n"
                                "      tpm: 200000\n"
                                "      weight: 2.5\n"
                                "      order: 1\n"
                                "      max_retries: 3\n"
                                "      mock_response: hi there\n"
                                "      temperature: 0.2\n"
                                "    model_info:\n"
                                "      id: dep-1\n"
                                "      mode: chat\n"
                                "  - model_name: claude\n"
                                "    litellm_params:\n"
                                "      model: anthropic/claude-3-5-sonnet\n"
                                "general_settings:\n"
                                "  master_key: sk-master\n"
                                "  database_url: postgresql://u:p@localhost/db\n"
                                "  max_request_size_mb: 2\n"
                                "  store_model_in_db: true\n"
                                "litellm_settings:\n"
                                "  request_timeout: 120\n"
                                "  drop_params: true\n"
                                "router_settings:\n"
                                "  routing_strategy: simple-shuffle\n"
                                "  num_retries: 2\n"
                                "guardrails:\n"
                                "  - guardrail_name: g1\n"
                                "environment_variables:\n"
                                "  GW_T_FULL_VAR: \"1\"\n";

static void test_full_valid(void **state)
{
    struct cfg *c;
    const struct cfg_deployment *d;

    expect_clean(full_yaml, &c);
    assert_string_equal(c->path, "test.yaml");
    assert_int_equal(c->refs, 1);
    assert_int_equal(c->n_deployments, 2);

    d = &c->deployments[0];
    assert_string_equal(d->model_name, "gpt-4o");
    assert_string_equal(d->provider, "openai");
    assert_string_equal(d->model, "gpt-4o");
    assert_string_equal(d->api_base, "https://api.openai.com/v1");
    assert_string_equal(d->api_key, "sk-test-123");
    assert_string_equal(d->api_version, "2024-10-21");
    assert_string_equal(d->mock_response, "hi there");
    assert_string_equal(d->id, "dep-1");
    assert_true(d->timeout == 60.0);
    assert_true(d->stream_timeout == 15.5);
    assert_int_equal(d->rpm, 500);
    assert_int_equal(d->tpm, 200000);
    assert_true(d->weight == 2.5);
    assert_int_equal(d->order, 1);
    assert_int_equal(d->max_retries, 3);
    assert_int_equal(d->line, 2);
    assert_int_equal(d->col, 5);
    assert_non_null(d->litellm_params);
    assert_int_equal(json_object_size(d->litellm_params), 13);
    assert_string_equal(json_string_value(json_object_get(d->litellm_params, "model")),
                        "openai/gpt-4o");
    assert_true(json_real_value(json_object_get(d->litellm_params, "temperature")) == 0.2);
    assert_string_equal(json_string_value(json_object_get(d->model_info, "mode")), "chat");

    d = &c->deployments[1];
    assert_string_equal(d->model_name, "claude");
    assert_string_equal(d->provider, "anthropic");
    assert_string_equal(d->model, "claude-3-5-sonnet");
    assert_null(d->api_base);
    assert_null(d->api_key);
    assert_null(d->api_version);
    assert_null(d->mock_response);
    assert_null(d->model_info);
    assert_non_null(d->id);
    assert_int_equal(strlen(d->id), 16);
    assert_true(d->timeout == 0 && d->stream_timeout == 0 && d->weight == 0);
    assert_int_equal(d->rpm, 0);
    assert_int_equal(d->tpm, 0);
    assert_int_equal(d->order, 0);
    assert_int_equal(d->max_retries, -1);
    assert_int_equal(d->line, 20);

    assert_string_equal(c->master_key, "sk-master");
    assert_string_equal(c->database_url, "postgresql://u:p@localhost/db");
    assert_int_equal(c->max_request_bytes, 2 * 1024 * 1024);
    assert_true(c->request_timeout == 120.0);
    assert_true(json_is_true(json_object_get(c->general_settings, "store_model_in_db")));
    assert_true(json_is_true(json_object_get(c->litellm_settings, "drop_params")));
    assert_string_equal(json_string_value(json_object_get(c->router_settings, "routing_strategy")),
                        "simple-shuffle");
    assert_int_equal(json_integer_value(json_object_get(c->router_settings, "num_retries")), 2);
    assert_true(json_is_array(c->guardrails));
    assert_int_equal(json_array_size(c->guardrails), 1);
    assert_string_equal(
        json_string_value(json_object_get(c->environment_variables, "GW_T_FULL_VAR")), "1");
    cfg_unref(c);
}

static void test_json_types(void **state)
{
    static const char yaml[] = "router_settings:\n"
                               "  a: 1\n"
                               "  b: -2\n"
                               "  c: 1.5\n"
                               "  d: true\n"
                               "  e: False\n"
                               "  f: null\n"
                               "  g: ~\n"
                               "  h:\n"
                               "  i: \"42\"\n"
                               "  j: '1.5'\n"
                               "  k: !!str 7\n"
                               "  l: yes\n"
                               "  m: 0x1F\n"
                               "  n: 0o17\n"
                               "  o: 1e3\n"
                               "  p: .inf\n"
                               "  q: [1, two]\n"
                               "  r: {x: 1}\n"
                               "  s: |\n"
                               "    lit\n"
                               "  t: 99999999999999999999\n"
                               "  u: \"\"\n";
    struct cfg *c;
    json_t *r;
    const char *keys;
    size_t i;

    expect_clean(yaml, &c);
    r = c->router_settings;
    assert_int_equal(json_integer_value(json_object_get(r, "a")), 1);
    assert_int_equal(json_integer_value(json_object_get(r, "b")), -2);
    assert_true(json_real_value(json_object_get(r, "c")) == 1.5);
    assert_true(json_is_true(json_object_get(r, "d")));
    assert_true(json_is_false(json_object_get(r, "e")));
    assert_true(json_is_null(json_object_get(r, "f")));
    assert_true(json_is_null(json_object_get(r, "g")));
    assert_true(json_is_null(json_object_get(r, "h")));
    assert_string_equal(json_string_value(json_object_get(r, "i")), "42");
    assert_string_equal(json_string_value(json_object_get(r, "j")), "1.5");
    assert_string_equal(json_string_value(json_object_get(r, "k")), "7");
    assert_string_equal(json_string_value(json_object_get(r, "l")), "yes"); /* YAML 1.2 */
    assert_int_equal(json_integer_value(json_object_get(r, "m")), 31);
    assert_int_equal(json_integer_value(json_object_get(r, "n")), 15);
    assert_true(json_real_value(json_object_get(r, "o")) == 1000.0);
    assert_string_equal(json_string_value(json_object_get(r, "p")), ".inf");
    assert_int_equal(json_array_size(json_object_get(r, "q")), 2);
    assert_int_equal(json_integer_value(json_array_get(json_object_get(r, "q"), 0)), 1);
    assert_string_equal(json_string_value(json_array_get(json_object_get(r, "q"), 1)), "two");
    assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "r"), "x")), 1);
    assert_string_equal(json_string_value(json_object_get(r, "s")), "lit\n");
    assert_string_equal(json_string_value(json_object_get(r, "t")), "99999999999999999999");
    assert_string_equal(json_string_value(json_object_get(r, "u")), "");

    /* Mappings keep the file's order. */
    keys = "abcdefghijklmnopqrstu";
    i = 0;
    {
        const char *k;
        json_t *v;

        json_object_foreach(r, k, v)
        {
            assert_int_equal(k[0], keys[i]);
            i++;
        }
    }
    assert_int_equal(i, strlen(keys));
    cfg_unref(c);
}

static void test_anchors_and_merge_keys(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params: &base\n"
                               "      model: mock/a\n"
                               "      timeout: 5\n"
                               "  - model_name: b\n"
                               "    litellm_params:\n"
                               "      <<: *base\n"
                               "      rpm: 7\n";
    struct cfg *c;

    expect_clean(yaml, &c);
    assert_int_equal(c->n_deployments, 2);
    assert_string_equal(c->deployments[1].model, "a");
    assert_true(c->deployments[1].timeout == 5.0);
    assert_int_equal(c->deployments[1].rpm, 7);
    cfg_unref(c);
}

/* ---- os.environ/ ---------------------------------------------------- */

static void test_env_resolution(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params:\n"
                               "      model: os.environ/GW_T_MODEL\n"
                               "      api_key: os.environ/GW_T_KEY\n"
                               "      rpm: os.environ/GW_T_RPM\n"
                               "      timeout: \"os.environ/GW_T_TIMEOUT\"\n"
                               "general_settings:\n"
                               "  master_key: os.environ/GW_T_MASTER\n"
                               "router_settings:\n"
                               "  cache:\n"
                               "    hosts:\n"
                               "      - host: localhost\n"
                               "        password: os.environ/GW_T_REDIS_PW\n"
                               "        port: os.environ/GW_T_RPM\n";
    struct cfg *c;
    json_t *host;

    setenv("GW_T_MODEL", "anthropic/claude-x", 1);
    setenv("GW_T_KEY", "sk-from-env", 1);
    setenv("GW_T_RPM", "42", 1);
    setenv("GW_T_TIMEOUT", "2.5", 1);
    setenv("GW_T_MASTER", "sk-master-from-env", 1);
    setenv("GW_T_REDIS_PW", "redis-secret", 1);
    expect_clean(yaml, &c);

    assert_string_equal(c->deployments[0].provider, "anthropic");
    assert_string_equal(c->deployments[0].model, "claude-x");
    assert_string_equal(c->deployments[0].api_key, "sk-from-env");
    assert_int_equal(c->deployments[0].rpm, 42);
    assert_true(c->deployments[0].timeout == 2.5);
    assert_string_equal(
        json_string_value(json_object_get(c->deployments[0].litellm_params, "api_key")),
        "sk-from-env");
    /* A value from the environment is always a string, as in LiteLLM. */
    assert_string_equal(json_string_value(json_object_get(c->deployments[0].litellm_params, "rpm")),
                        "42");
    assert_string_equal(c->master_key, "sk-master-from-env");
    assert_string_equal(json_string_value(json_object_get(c->general_settings, "master_key")),
                        "sk-master-from-env");
    host =
        json_array_get(json_object_get(json_object_get(c->router_settings, "cache"), "hosts"), 0);
    assert_string_equal(json_string_value(json_object_get(host, "password")), "redis-secret");
    assert_string_equal(json_string_value(json_object_get(host, "port")), "42");
    assert_string_equal(json_string_value(json_object_get(host, "host")), "localhost");
    cfg_unref(c);

    unsetenv("GW_T_MODEL");
    unsetenv("GW_T_KEY");
    unsetenv("GW_T_RPM");
    unsetenv("GW_T_TIMEOUT");
    unsetenv("GW_T_MASTER");
    unsetenv("GW_T_REDIS_PW");
}

static void test_missing_env(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params:\n"
                               "      model: openai/a\n"
                               "      api_key: os.environ/GW_T_MISSING\n"
                               "general_settings:\n"
                               "  master_key: \"os.environ/GW_T_MISSING_TOO\"\n"
                               "guardrails:\n"
                               "  - api_key: os.environ/GW_T_MISSING\n";
    struct cfg *c = NULL;
    struct cfg_diags d;

    unsetenv("GW_T_MISSING");
    unsetenv("GW_T_MISSING_TOO");
    assert_int_equal(load(yaml, &c, &d), GW_ECONFIG);
    assert_null(c);
    /* Each scalar is reported once, although the loader reads it twice
     * (once for the JSON tree, once for the typed field). */
    assert_int_equal(d.n, 3);
    assert_int_equal(d.n_errors, 3);
    assert_string_equal(d.items[0].message, "environment variable 'GW_T_MISSING' is not set");
    assert_false(d.items[0].warning);
    assert_int_equal(d.items[0].line, 5);
    assert_int_equal(d.items[0].col, 16);
    assert_string_equal(d.items[1].message, "environment variable 'GW_T_MISSING_TOO' is not set");
    assert_int_equal(d.items[1].line, 7);
    assert_int_equal(d.items[1].col, 15); /* the opening quote */
    assert_int_equal(d.items[2].line, 9);
    assert_int_equal(d.items[2].col, 14);
    cfg_diags_dispose(&d);
}

static void test_environment_variables_exported(void **state)
{
    /* model_list comes first: the export happens before any resolution. */
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params:\n"
                               "      model: ollama/a\n"
                               "      api_base: os.environ/GW_T_EXPORTED_BASE\n"
                               "environment_variables:\n"
                               "  GW_T_EXPORTED_BASE: http://localhost:11434/\n"
                               "  GW_T_EXPORTED_NUM: 8080\n"
                               "  GW_T_EXPORTED_CHAIN: os.environ/GW_T_EXPORTED_NUM\n";
    struct cfg *c;

    unsetenv("GW_T_EXPORTED_BASE");
    unsetenv("GW_T_EXPORTED_NUM");
    unsetenv("GW_T_EXPORTED_CHAIN");
    expect_clean(yaml, &c);
    assert_string_equal(getenv("GW_T_EXPORTED_BASE"), "http://localhost:11434/");
    assert_string_equal(getenv("GW_T_EXPORTED_NUM"), "8080");
    assert_string_equal(getenv("GW_T_EXPORTED_CHAIN"), "8080");
    assert_string_equal(c->deployments[0].api_base, "http://localhost:11434");
    assert_int_equal(
        json_integer_value(json_object_get(c->environment_variables, "GW_T_EXPORTED_NUM")), 8080);
    cfg_unref(c);
    unsetenv("GW_T_EXPORTED_BASE");
    unsetenv("GW_T_EXPORTED_NUM");
    unsetenv("GW_T_EXPORTED_CHAIN");
}

/* ---- keys, providers, types --------------------------------------------- */

static void test_unknown_top_level_key(void **state)
{
    static const char yaml[] = "model_list: []\n"
                               "foo: 1\n"
                               "callback_settings:\n"
                               "  otel: {message_logging: false}\n"
                               "credential_list:\n"
                               "  - credential_name: x\n"
                               "    credential_values:\n"
                               "      api_key: os.environ/GW_T_NEVER_SET\n"
                               "mcp_servers: {}\n";
    struct cfg *c = NULL;
    struct cfg_diags d;

    unsetenv("GW_T_NEVER_SET");
    assert_int_equal(load(yaml, &c, &d), 0);
    assert_non_null(c);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.n_errors, 0);
    assert_true(d.items[0].warning);
    assert_string_equal(d.items[0].message, "unknown key 'foo'");
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].col, 1);
    assert_int_equal(c->n_deployments, 0);
    cfg_diags_dispose(&d);
    cfg_unref(c);
}

static void test_unknown_key_in_entry_warns(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: mock/a, custom_llm_provider: x}\n"
                               "    extra: 1\n";
    struct cfg *c = NULL;
    struct cfg_diags d;

    assert_int_equal(load(yaml, &c, &d), 0);
    assert_int_equal(d.n, 1);
    assert_true(d.items[0].warning);
    assert_string_equal(d.items[0].message, "unknown key 'extra' in model_list entry");
    assert_int_equal(d.items[0].line, 4);
    assert_int_equal(d.items[0].col, 5);
    cfg_diags_dispose(&d);
    cfg_unref(c);
}

static void test_unknown_provider(void **state)
{
    expect_error("model_list:\n"
                 "  - model_name: x\n"
                 "    litellm_params:\n"
                 "      model: foo/bar\n",
                 "unknown provider 'foo' in model 'foo/bar'", 4, 14);
    expect_error("model_list:\n"
                 "  - model_name: x\n"
                 "    litellm_params:\n"
                 "      model: /bar\n",
                 "unknown provider '' in model '/bar'", 4, 14);
}

static void test_provider_less_model(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: gpt-4o}\n"
                               "  - model_name: b\n"
                               "    litellm_params: {model: hosted_vllm/meta-llama/Llama-3-8B}\n";
    struct cfg *c;

    expect_clean(yaml, &c);
    assert_string_equal(c->deployments[0].provider, "openai");
    assert_string_equal(c->deployments[0].model, "gpt-4o");
    /* Only the first '/' separates the provider. */
    assert_string_equal(c->deployments[1].provider, "hosted_vllm");
    assert_string_equal(c->deployments[1].model, "meta-llama/Llama-3-8B");
    cfg_unref(c);

    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params: {model: openai/}\n",
                 "model 'openai/' names no model after the provider", 3, 29);
}

static void test_wrong_types(void **state)
{
    expect_error("model_list:\n  a: 1\n", "model_list must be a sequence", 2, 3);
    expect_error("model_list: 3\n", "model_list must be a sequence", 1, 13);
    expect_error("model_list:\n  - just-a-string\n", "model_list entry must be a mapping", 2, 5);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "      rpm: lots\n",
                 "'rpm' must be an integer", 5, 12);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "      tpm: 1.5\n",
                 "'tpm' must be an integer", 5, 12);
    expect_error("model_list:\n"
                 "  - litellm_params:\n"
                 "      model: mock/a\n",
                 "'model_name' is required", 2, 5);
    expect_error("model_list:\n"
                 "  - model_name:\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n",
                 "'model_name' is required", 2, 5);
    expect_error("model_list:\n  - model_name: a\n", "'litellm_params' is required", 2, 5);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params: mock/a\n",
                 "'litellm_params' must be a mapping", 3, 21);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      api_key: x\n",
                 "'model' is required", 3, 5);
    expect_error("model_list:\n"
                 "  - model_name: [a]\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n",
                 "'model_name' must be a string", 2, 18);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "      timeout: true\n",
                 "'timeout' must be a number", 5, 16);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "      order: -1\n",
                 "'order' must not be negative", 5, 14);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "      max_retries: 99999999999\n",
                 "'max_retries' is out of range", 5, 20);
    expect_error("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params:\n"
                 "      model: mock/a\n"
                 "    model_info: [1]\n",
                 "'model_info' must be a mapping", 5, 18);
    /* libfyaml has no start mark for collections in 0.7; a sequence is
     * placed at its first item. */
    expect_error("general_settings:\n  - a\n", "general_settings must be a mapping", 2, 5);
    expect_error("general_settings:\n  max_request_size_mb: 0\n",
                 "'max_request_size_mb' must be greater than 0", 2, 24);
    expect_error("general_settings:\n  max_request_size_mb: -1\n",
                 "'max_request_size_mb' must not be negative", 2, 24);
    expect_error("general_settings:\n  master_key: \"\"\n", "'master_key' is empty", 2, 15);
    expect_error("litellm_settings:\n  request_timeout: soon\n",
                 "'request_timeout' must be a number", 2, 20);
    expect_error("guardrails:\n  a: 1\n", "guardrails must be a sequence", 2, 3);
    expect_error("router_settings: 5\n", "router_settings must be a mapping", 1, 18);
    expect_error("environment_variables:\n  A: [1]\n", "environment variable 'A' must be a scalar",
                 2, 7);
    expect_error("- a\n- b\n", "the config must be a mapping", 1, 3);
    expect_error("just text\n", "the config must be a mapping", 1, 1);
}

static void test_no_secret_in_messages(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params:\n"
                               "      model: mock/a\n"
                               "      api_key: {nested: sk-secret-value}\n"
                               "      rpm: sk-secret-value\n"
                               "general_settings:\n"
                               "  master_key: [sk-secret-value]\n"
                               "  database_url: {url: sk-secret-value}\n";
    struct cfg *c = NULL;
    struct cfg_diags d;
    size_t i;

    assert_int_equal(load(yaml, &c, &d), GW_ECONFIG);
    assert_int_equal(d.n_errors, 4);
    assert_non_null(find(&d, "'api_key' must be a string"));
    assert_non_null(find(&d, "'master_key' must be a string"));
    assert_non_null(find(&d, "'database_url' must be a string"));
    assert_non_null(find(&d, "'rpm' must be an integer"));
    for (i = 0; i < d.n; i++)
        assert_null(strstr(d.items[i].message, "secret"));
    cfg_diags_dispose(&d);
}

static void test_yaml_syntax_error(void **state)
{
    struct cfg *c = (struct cfg *)1;
    struct cfg_diags d;

    assert_int_equal(load("model_list:\n"
                          "  - model_name: a\n"
                          "    litellm_params: {model: mock/a\n"
                          "general_settings: {}\n",
                          &c, &d),
                     GW_ECONFIG);
    assert_null(c);
    assert_true(d.n_errors >= 1);
    assert_false(d.items[0].warning);
    assert_true(d.items[0].line >= 3);
    assert_true(d.items[0].col >= 1);
    cfg_diags_dispose(&d);

    assert_int_equal(load("model_list: []\nmodel_list: []\n", &c, &d), GW_ECONFIG);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.items[0].message, "duplicate key");
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].col, 1);
    cfg_diags_dispose(&d);

    assert_int_equal(load("a: *nowhere\n", &c, &d), GW_ECONFIG);
    assert_true(d.n_errors >= 1);
    assert_int_equal(d.items[0].line, 1);
    cfg_diags_dispose(&d);

    assert_int_equal(load("model_list: []\nfoo: \"caf\xc3\xa9 x\xff\"\n", &c, &d), GW_ECONFIG);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.items[0].message, "invalid UTF-8");
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].col, 13); /* columns count characters */
    cfg_diags_dispose(&d);

    /* A NULL diags is allowed. */
    assert_int_equal(load("a: [\n", &c, NULL), GW_ECONFIG);
    assert_null(c);
}

static void test_empty_config(void **state)
{
    static const char *const texts[] = {"", "# nothing yet\n", "---\n", "~\n"};
    struct cfg *c;
    struct cfg_diags d;
    size_t i;

    for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        assert_int_equal(load(texts[i], &c, &d), 0);
        assert_non_null(c);
        assert_int_equal(d.n_errors, 0);
        assert_non_null(find(&d, "the config is empty"));
        assert_int_equal(c->n_deployments, 0);
        assert_int_equal(c->max_request_bytes, 10 * 1024 * 1024);
        cfg_diags_dispose(&d);
        cfg_unref(c);
    }
}

/* ---- numbers and defaults --------------------------------------------- */

static void test_max_request_size(void **state)
{
    struct cfg *c;

    expect_clean("model_list: []\n", &c);
    assert_int_equal(c->max_request_bytes, 10 * 1024 * 1024);
    assert_true(c->request_timeout == 600.0);
    assert_null(c->master_key);
    assert_null(c->general_settings);
    cfg_unref(c);

    expect_clean("general_settings:\n  max_request_size_mb: 25\n", &c);
    assert_int_equal(c->max_request_bytes, 25 * 1024 * 1024);
    cfg_unref(c);

    expect_clean("general_settings:\n  max_request_size_mb: 0.5\n", &c);
    assert_int_equal(c->max_request_bytes, 512 * 1024);
    cfg_unref(c);

    expect_clean("general_settings:\n  max_request_size_mb: \"4\"\n", &c);
    assert_int_equal(c->max_request_bytes, 4 * 1024 * 1024);
    cfg_unref(c);

    expect_clean("general_settings:\n  max_request_size_mb:\n", &c);
    assert_int_equal(c->max_request_bytes, 10 * 1024 * 1024);
    cfg_unref(c);
}

static void test_numeric_strings(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params:\n"
                               "      model: mock/a\n"
                               "      timeout: \"30\"\n"
                               "      stream_timeout: '7.25'\n"
                               "      rpm: \"100\"\n"
                               "      weight: 3\n";
    struct cfg *c;

    expect_clean(yaml, &c);
    assert_true(c->deployments[0].timeout == 30.0);
    assert_true(c->deployments[0].stream_timeout == 7.25);
    assert_int_equal(c->deployments[0].rpm, 100);
    assert_true(c->deployments[0].weight == 3.0);
    cfg_unref(c);
}

static void test_ids(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: m\n"
                               "    litellm_params:\n"
                               "      model: openai/x\n"
                               "      api_base: http://h/\n"
                               "      api_key: sk-not-in-the-hash\n"
                               "  - model_name: m\n"
                               "    litellm_params:\n"
                               "      model: openai/x\n"
                               "      api_base: http://other\n"
                               "  - model_name: m\n"
                               "    litellm_params:\n"
                               "      model: x\n"
                               "    model_info:\n"
                               "      id: my-id\n";
    struct cfg *c1, *c2;
    char expect[17];

    expect_clean(yaml, &c1);
    expect_clean(yaml, &c2);
    sha_prefix("m\nopenai/x\nhttp://h", expect);
    assert_string_equal(c1->deployments[0].id, expect);
    assert_string_equal(c1->deployments[0].id, c2->deployments[0].id);
    assert_string_equal(c1->deployments[1].id, c2->deployments[1].id);
    assert_string_not_equal(c1->deployments[0].id, c1->deployments[1].id);
    assert_string_equal(c1->deployments[2].id, "my-id");
    cfg_unref(c1);
    cfg_unref(c2);

    sha_prefix("m\nx\n", expect);
    expect_clean("model_list:\n  - model_name: m\n    litellm_params: {model: x}\n", &c1);
    assert_string_equal(c1->deployments[0].id, expect);
    cfg_unref(c1);
}

static void test_duplicate_ids_warn(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: mock/a}\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: mock/a}\n";
    struct cfg *c;
    struct cfg_diags d;

    assert_int_equal(load(yaml, &c, &d), 0);
    assert_int_equal(d.n, 1);
    assert_true(d.items[0].warning);
    assert_non_null(strstr(d.items[0].message, "duplicate deployment id"));
    assert_non_null(strstr(d.items[0].message, "first at line 2"));
    assert_int_equal(d.items[0].line, 4);
    cfg_diags_dispose(&d);
    cfg_unref(c);
}

static void test_api_base_trailing_slash(void **state)
{
    struct cfg *c;

    expect_clean("model_list:\n"
                 "  - model_name: a\n"
                 "    litellm_params: {model: ollama/a, api_base: \"http://h:1/v1//\"}\n"
                 "  - model_name: b\n"
                 "    litellm_params: {model: ollama/b, api_base: \"http://h:1\"}\n",
                 &c);
    assert_string_equal(c->deployments[0].api_base, "http://h:1/v1");
    assert_string_equal(c->deployments[1].api_base, "http://h:1");
    /* The JSON tree keeps what the file says. */
    assert_string_equal(
        json_string_value(json_object_get(c->deployments[0].litellm_params, "api_base")),
        "http://h:1/v1//");
    cfg_unref(c);
}

/* ---- snapshots ------------------------------------------------------- */

static void test_group(void **state)
{
    static const char yaml[] = "model_list:\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: mock/a1}\n"
                               "  - model_name: b\n"
                               "    litellm_params: {model: mock/b}\n"
                               "  - model_name: a\n"
                               "    litellm_params: {model: mock/a2}\n";
    const struct cfg_deployment *out[4];
    struct cfg *c;

    expect_clean(yaml, &c);
    assert_int_equal(cfg_group(c, "a", out, 4), 2);
    assert_string_equal(out[0]->model, "a1");
    assert_string_equal(out[1]->model, "a2");
    assert_int_equal(cfg_group(c, "a", out, 1), 1);
    assert_string_equal(out[0]->model, "a1");
    assert_int_equal(cfg_group(c, "a", NULL, 0), 2);
    assert_int_equal(cfg_group(c, "b", out, 4), 1);
    assert_ptr_equal(out[0], &c->deployments[1]);
    assert_int_equal(cfg_group(c, "zzz", out, 4), 0);
    assert_int_equal(cfg_group(c, "A", out, 4), 0);
    cfg_unref(c);
}

static void test_refcount(void **state)
{
    struct cfg *c;

    expect_clean(full_yaml, &c);
    assert_int_equal(c->refs, 1);
    assert_ptr_equal(cfg_ref(c), c);
    assert_int_equal(c->refs, 2);
    cfg_unref(c);
    assert_int_equal(c->refs, 1);
    assert_string_equal(c->deployments[0].model_name, "gpt-4o"); /* still alive */
    cfg_unref(c); /* frees; ASan reports any leak or double free */
    cfg_unref(NULL);
    assert_null(cfg_ref(NULL));
}

static void test_default(void **state)
{
    struct cfg *c;
    const struct cfg_deployment *out[2];

    assert_int_equal(cfg_default(&c), 0);
    assert_int_equal(c->refs, 1);
    assert_int_equal(c->n_deployments, 1);
    assert_string_equal(c->deployments[0].model_name, "mock");
    assert_string_equal(c->deployments[0].provider, "mock");
    assert_string_equal(c->deployments[0].model, "mock");
    assert_int_equal(strlen(c->deployments[0].id), 16);
    assert_int_equal(c->deployments[0].max_retries, -1);
    assert_null(c->master_key);
    assert_null(c->database_url);
    assert_int_equal(c->max_request_bytes, 10 * 1024 * 1024);
    assert_true(c->request_timeout == 600.0);
    assert_int_equal(cfg_group(c, "mock", out, 2), 1);
    cfg_unref(c);
}

/* ---- files and printing ------------------------------------------------ */

static void test_load_missing_file(void **state)
{
    struct cfg *c = (struct cfg *)1;
    struct cfg_diags d;

    assert_int_equal(cfg_load("/nonexistent/llmgate/config.yaml", &c, &d), GW_EIO);
    assert_null(c);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.n_errors, 1);
    assert_int_equal(d.items[0].line, 0);
    assert_non_null(strstr(d.items[0].message, "cannot open"));
    cfg_diags_dispose(&d);
}

static void test_load_file(void **state)
{
    char path[] = "/tmp/gw_test_cfg_XXXXXX";
    struct cfg *c;
    struct cfg_diags d;
    FILE *f;
    int fd = mkstemp(path);

    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    assert_non_null(f);
    fputs("model_list:\n  - model_name: a\n    litellm_params: {model: mock/a}\n", f);
    fclose(f);
    assert_int_equal(cfg_load(path, &c, &d), 0);
    assert_string_equal(c->path, path);
    assert_int_equal(d.n, 0);
    cfg_diags_dispose(&d);
    cfg_unref(c);
    unlink(path);
}

static void test_diags_print(void **state)
{
    struct cfg *c;
    struct cfg_diags d;
    char *text = NULL;
    size_t len = 0;
    FILE *f;

    assert_int_equal(load("model_list:\n"
                          "  - model_name: a\n"
                          "    litellm_params: {model: foo/a}\n"
                          "extra: 1\n",
                          &c, &d),
                     GW_ECONFIG);
    f = open_memstream(&text, &len);
    assert_non_null(f);
    cfg_diags_print(&d, "conf.yaml", f);
    fclose(f);
    assert_string_equal(text, "conf.yaml:3:29: error: unknown provider 'foo' in model 'foo/a'\n"
                              "conf.yaml:4:1: warning: unknown key 'extra'\n");
    free(text);
    cfg_diags_dispose(&d);

    assert_int_equal(cfg_load("/nonexistent/x.yaml", &c, &d), GW_EIO);
    f = open_memstream(&text, &len);
    cfg_diags_print(&d, "/nonexistent/x.yaml", f);
    fclose(f);
    assert_string_equal(text,
                        "/nonexistent/x.yaml: error: cannot open: No such file or directory\n");
    free(text);
    cfg_diags_dispose(&d);
}

static void test_examples(void **state)
{
    static const char *const vars[] = {"OPENAI_API_KEY", "AZURE_API_KEY",     "ANTHROPIC_API_KEY",
                                       "GROQ_API_KEY",   "DATABASE_URL",      "REDIS_PASSWORD",
                                       "LAKERA_API_KEY", "LLMGATE_MASTER_KEY"};
    const char *root = getenv("GW_SOURCE_ROOT");
    const struct cfg_deployment *out[4];
    struct cfg_diags d;
    struct cfg *c;
    char path[4096];
    size_t i;

    if (!root) {
        skip();
        return; /* skip() is not declared noreturn */
    }

    snprintf(path, sizeof(path), "%s/examples/local.yaml", root);
    assert_int_equal(cfg_load(path, &c, &d), 0);
    if (d.n) {
        cfg_diags_print(&d, path, stderr);
        fail_msg("examples/local.yaml should load without a diagnostic");
    }
    assert_int_equal(cfg_group(c, "gpt-4o-mini", out, 4), 1);
    assert_string_equal(out[0]->provider, "mock");
    assert_string_equal(out[0]->model, "gpt-4o-mini");
    assert_non_null(out[0]->mock_response);
    assert_int_equal(cfg_group(c, "fast", out, 4), 1);
    assert_string_equal(out[0]->provider, "mock");
    assert_int_equal(cfg_group(c, "llama3.2", out, 4), 1);
    assert_string_equal(out[0]->provider, "ollama_chat");
    assert_string_equal(out[0]->model, "llama3.2:3b");
    assert_string_equal(out[0]->api_base, "http://localhost:11434");
    assert_string_equal(c->master_key, "sk-local-dev-key");
    assert_int_equal(c->max_request_bytes, 10 * 1024 * 1024);
    cfg_diags_dispose(&d);
    cfg_unref(c);

    for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
        setenv(vars[i], "test-secret", 1);
    setenv("AZURE_API_BASE", "https://example.openai.azure.com/", 1);
    snprintf(path, sizeof(path), "%s/examples/litellm-compat.yaml", root);
    assert_int_equal(cfg_load(path, &c, &d), 0);
    if (d.n) {
        cfg_diags_print(&d, path, stderr);
        fail_msg("examples/litellm-compat.yaml should load without a diagnostic");
    }
    assert_int_equal(cfg_group(c, "gpt-4o", out, 4), 2);
    assert_string_equal(out[0]->id, "openai-gpt-4o-primary");
    assert_string_equal(out[0]->api_base, "https://api.openai.com/v1");
    assert_string_equal(out[1]->provider, "azure");
    assert_string_equal(out[1]->api_base, "https://example.openai.azure.com");
    assert_true(out[1]->timeout == 90.0);
    assert_int_equal(cfg_group(c, "qwen-local", out, 4), 1);
    assert_string_equal(out[0]->api_base, "http://localhost:11434");
    assert_int_equal(cfg_group(c, "gpt-3.5-turbo", out, 4), 1);
    assert_string_equal(out[0]->provider, "openai");
    assert_string_equal(c->master_key, "test-secret");
    assert_int_equal(c->max_request_bytes, 32 * 1024 * 1024);
    assert_true(c->request_timeout == 300.0);
    assert_non_null(c->guardrails);
    cfg_diags_dispose(&d);
    cfg_unref(c);
    for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
        unsetenv(vars[i]);
    unsetenv("AZURE_API_BASE");
    unsetenv("REDIS_HOST");
    unsetenv("REDIS_PORT");
    unsetenv("OLLAMA_BASE");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_valid),
        cmocka_unit_test(test_json_types),
        cmocka_unit_test(test_anchors_and_merge_keys),
        cmocka_unit_test(test_env_resolution),
        cmocka_unit_test(test_missing_env),
        cmocka_unit_test(test_environment_variables_exported),
        cmocka_unit_test(test_unknown_top_level_key),
        cmocka_unit_test(test_unknown_key_in_entry_warns),
        cmocka_unit_test(test_unknown_provider),
        cmocka_unit_test(test_provider_less_model),
        cmocka_unit_test(test_wrong_types),
        cmocka_unit_test(test_no_secret_in_messages),
        cmocka_unit_test(test_yaml_syntax_error),
        cmocka_unit_test(test_empty_config),
        cmocka_unit_test(test_max_request_size),
        cmocka_unit_test(test_numeric_strings),
        cmocka_unit_test(test_ids),
        cmocka_unit_test(test_duplicate_ids_warn),
        cmocka_unit_test(test_api_base_trailing_slash),
        cmocka_unit_test(test_group),
        cmocka_unit_test(test_refcount),
        cmocka_unit_test(test_default),
        cmocka_unit_test(test_load_missing_file),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_diags_print),
        cmocka_unit_test(test_examples),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
