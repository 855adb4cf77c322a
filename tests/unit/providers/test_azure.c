/*
 * Unit tests of src/providers/azure.c, through its table (prov_azure): the
 * request it builds (URL, headers, body) for every source of api_base,
 * api_version and credential; Azure's whole answers and streams (fed split at
 * every byte boundary) relayed with their content-filter fields; Azure's
 * error bodies mapped to OpenAI's. The environment variables the provider
 * reads are cleared before each test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "providers/prov.h"
#include "util/err.h"

/* ---- fixtures ----------------------------------------------------------- */

static const char *const env_names[] = {
    "AZURE_API_BASE",       "AZURE_API_VERSION", "AZURE_API_KEY",
    "AZURE_OPENAI_API_KEY", "AZURE_AD_TOKEN",    NULL,
};

struct fx {
    struct arena arena;
    struct cfg_deployment dep;
    struct prov_call call;
    struct prov_http http;
    json_t *params;
};

static int setup(void **state)
{
    struct fx *f = calloc(1, sizeof(*f));

    for (size_t i = 0; env_names[i]; i++)
        unsetenv(env_names[i]);
    arena_init(&f->arena, 4096);
    f->params = json_object();
    f->dep.model_name = "gpt-4o";
    f->dep.provider = "azure";
    f->dep.model = "gpt-4o-prod";
    f->dep.api_base = "https://res.openai.azure.com";
    f->dep.api_key = "az-key-123";
    f->dep.api_version = "2024-10-21";
    f->dep.litellm_params = f->params;
    f->dep.max_retries = -1;
    f->call.op = PROV_CHAT;
    f->call.dep = &f->dep;
    f->call.arena = &f->arena;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fx *f = *state;

    json_decref(f->call.req);
    json_decref(f->params);
    arena_dispose(&f->arena);
    assert_int_equal(f->arena.allocated, 0);
    for (size_t i = 0; env_names[i]; i++)
        unsetenv(env_names[i]);
    free(f);
    return 0;
}

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, 0, &e);

    if (!j)
        fail_msg("bad test JSON (%s): %s", e.text, text);
    return j;
}

/* Sets the client's request; `stream` and include_usage are read from it as
 * the gateway does. */
static void request(struct fx *f, enum prov_op op, const char *body)
{
    json_decref(f->call.req);
    f->call.req = parse(body);
    f->call.op = op;
    f->call.stream = op != PROV_EMBEDDING && json_is_true(json_object_get(f->call.req, "stream"));
    f->call.client_wants_usage = json_is_true(
        json_object_get(json_object_get(f->call.req, "stream_options"), "include_usage"));
}

static int encode(struct fx *f)
{
    memset(&f->http, 0, sizeof(f->http));
    return prov_azure.encode(&f->call, &f->http);
}

/* The body sent upstream, parsed (a new reference). */
static json_t *sent_body(struct fx *f)
{
    json_t *j;

    assert_non_null(f->http.body.ptr);
    j = json_loadb(f->http.body.ptr, f->http.body.len, 0, NULL);
    assert_non_null(j);
    return j;
}

/* The value of header `name` (case-insensitive), or NULL. */
static const char *header(struct fx *f, const char *name)
{
    size_t n = strlen(name);

    for (struct curl_slist *l = f->http.headers; l; l = l->next)
        if (strncasecmp(l->data, name, n) == 0 && l->data[n] == ':')
            return l->data[n + 1] == ' ' ? l->data + n + 2 : l->data + n + 1;
    return NULL;
}

static size_t header_count(struct fx *f)
{
    size_t n = 0;

    for (struct curl_slist *l = f->http.headers; l; l = l->next)
        n++;
    return n;
}

static void assert_json_eq(const json_t *got, const char *want_text)
{
    json_t *want = parse(want_text);

    if (!json_equal(got, want)) {
        char *g = json_dumps(got, JSON_COMPACT | JSON_SORT_KEYS);
        char *w = json_dumps(want, JSON_COMPACT | JSON_SORT_KEYS);

        print_error("got:  %s\nwant: %s\n", g, w);
        free(g);
        free(w);
        json_decref(want);
        fail();
    }
    json_decref(want);
}

static const char *const CHAT =
    "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

/* ---- encode: address ---------------------------------------------------- */

static void test_registered(void **state)
{
    (void)state;
    assert_ptr_equal(prov_find("azure"), &prov_azure);
    assert_string_equal(prov_azure.name, "azure");
    assert_null(prov_azure.local);
}

static void test_chat_url_and_headers(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/gpt-4o-prod/"
                                     "chat/completions?api-version=2024-10-21");
    assert_string_equal(header(f, "api-key"), "az-key-123");
    assert_string_equal(header(f, "Content-Type"), "application/json");
    assert_null(header(f, "Authorization"));
    assert_null(header(f, "Accept")); /* not a stream */
    assert_non_null(header(f, "Expect"));
    assert_string_equal(header(f, "Expect"), "");
    assert_int_equal(header_count(f), 3);
}

static void test_op_paths(void **state)
{
    struct fx *f = *state;

    request(f, PROV_COMPLETION, "{\"model\":\"x\",\"prompt\":\"Say\"}");
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/gpt-4o-prod/"
                                     "completions?api-version=2024-10-21");
    request(f, PROV_EMBEDDING, "{\"model\":\"x\",\"input\":\"a\",\"encoding_format\":\"base64\"}");
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/gpt-4o-prod/"
                                     "embeddings?api-version=2024-10-21");
    {
        json_t *b = sent_body(f);

        assert_json_eq(
            b, "{\"model\":\"gpt-4o-prod\",\"input\":\"a\",\"encoding_format\":\"base64\"}");
        json_decref(b);
    }
}

static void test_api_version_sources(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    setenv("AZURE_API_VERSION", "2024-06-01", 1);
    f->dep.api_version = "2025-01-01-preview"; /* the deployment's wins */
    assert_int_equal(encode(f), 0);
    assert_non_null(strstr(f->http.url, "?api-version=2025-01-01-preview"));
    f->dep.api_version = NULL; /* then the environment */
    assert_int_equal(encode(f), 0);
    assert_non_null(strstr(f->http.url, "?api-version=2024-06-01"));
    f->dep.api_version = ""; /* empty is absent */
    assert_int_equal(encode(f), 0);
    assert_non_null(strstr(f->http.url, "?api-version=2024-06-01"));
    unsetenv("AZURE_API_VERSION"); /* then the default */
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/gpt-4o-prod/"
                                     "chat/completions?api-version=2024-10-21");
}

static void test_api_base_sources(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    setenv("AZURE_API_BASE", "https://env.openai.azure.com//", 1);
    assert_int_equal(encode(f), 0); /* the deployment's wins */
    assert_non_null(strstr(f->http.url, "https://res.openai.azure.com/openai/"));
    f->dep.api_base = NULL;
    assert_int_equal(encode(f), 0); /* trailing slashes dropped */
    assert_string_equal(f->http.url, "https://env.openai.azure.com/openai/deployments/gpt-4o-prod/"
                                     "chat/completions?api-version=2024-10-21");
    setenv("AZURE_API_BASE", "/", 1);
    assert_int_equal(encode(f), GW_ECONFIG);
    unsetenv("AZURE_API_BASE");
    assert_int_equal(encode(f), GW_ECONFIG);
    f->dep.api_base = "https://res.openai.azure.com";
    f->dep.model = "";
    assert_int_equal(encode(f), GW_ECONFIG);
}

static void test_other_address_forms(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    /* An api_base that names the deployment already (LiteLLM's base_url). */
    f->dep.api_base = "https://apim.example.net/openai/deployments/other";
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://apim.example.net/openai/deployments/other/"
                                     "chat/completions?api-version=2024-10-21");
    /* The v1 API. */
    f->dep.api_base = "https://res.openai.azure.com";
    f->dep.api_version = "v1";
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/v1/chat/completions");
    f->dep.api_version = "preview";
    assert_int_equal(encode(f), 0);
    assert_string_equal(
        f->http.url, "https://res.openai.azure.com/openai/v1/chat/completions?api-version=preview");
    f->dep.api_version = "latest";
    request(f, PROV_EMBEDDING, "{\"model\":\"x\",\"input\":\"a\"}");
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url,
                        "https://res.openai.azure.com/openai/v1/embeddings?api-version=latest");
    f->dep.api_base = "https://res.openai.azure.com/openai/v1";
    f->dep.api_version = "v1";
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/v1/embeddings");
    {
        json_t *b = sent_body(f);

        assert_string_equal(json_string_value(json_object_get(b, "model")), "gpt-4o-prod");
        json_decref(b);
    }
}

static void test_escaping_and_route_prefixes(void **state)
{
    struct fx *f = *state;
    json_t *b;

    request(f, PROV_CHAT, CHAT);
    f->dep.model = "my deploy/ü";
    f->dep.api_version = "2024-10-21&x=1";
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/"
                                     "my%20deploy%2F%C3%BC/chat/completions?api-version="
                                     "2024-10-21%26x%3D1");
    f->dep.api_version = "2024-10-21";
    f->dep.model = "o_series/my-o3";
    assert_int_equal(encode(f), 0);
    assert_string_equal(f->http.url, "https://res.openai.azure.com/openai/deployments/my-o3/"
                                     "chat/completions?api-version=2024-10-21");
    b = sent_body(f);
    assert_string_equal(json_string_value(json_object_get(b, "model")), "my-o3");
    json_decref(b);
    f->dep.model = "gpt5_series/gpt-5-prod";
    assert_int_equal(encode(f), 0);
    assert_non_null(strstr(f->http.url, "/deployments/gpt-5-prod/chat/completions?"));
    f->dep.model = "o_series/"; /* nothing after the prefix: taken as a name */
    assert_int_equal(encode(f), 0);
    assert_non_null(strstr(f->http.url, "/deployments/o_series%2F/chat/completions?"));
}

/* ---- encode: credentials ----------------------------------------------- */

static void test_ad_token_wins(void **state)
{
    struct fx *f = *state;
    size_t n = 3000;
    char *token = malloc(n + 1);

    /* Entra ID tokens are JWTs, often past 1 KiB: the header must hold all. */
    for (size_t i = 0; i < n; i++)
        token[i] = "eyJ0eXAiOiJKV1QiLCJhbGciOi"[i % 26];
    token[n] = '\0';
    json_object_set_new(f->params, "azure_ad_token", json_string(token));
    request(f, PROV_CHAT, CHAT);
    assert_int_equal(encode(f), 0);
    assert_non_null(header(f, "Authorization"));
    assert_int_equal(strlen(header(f, "Authorization")), n + 7);
    assert_memory_equal(header(f, "Authorization"), "Bearer ", 7);
    assert_string_equal(header(f, "Authorization") + 7, token);
    assert_null(header(f, "api-key"));
    free(token);
    /* A non-string or empty token is no token. */
    json_object_set_new(f->params, "azure_ad_token", json_string(""));
    assert_int_equal(encode(f), 0);
    assert_null(header(f, "Authorization"));
    assert_string_equal(header(f, "api-key"), "az-key-123");
    json_object_set_new(f->params, "azure_ad_token", json_integer(5));
    assert_int_equal(encode(f), 0);
    assert_string_equal(header(f, "api-key"), "az-key-123");
}

static void test_oidc_token_refused(void **state)
{
    struct fx *f = *state;

    json_object_set_new(f->params, "azure_ad_token", json_string("oidc/github/aud"));
    request(f, PROV_CHAT, CHAT);
    assert_int_equal(encode(f), GW_ECONFIG);
}

static void test_key_sources(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    setenv("AZURE_API_KEY", "env-key", 1);
    setenv("AZURE_OPENAI_API_KEY", "env-openai-key", 1);
    setenv("AZURE_AD_TOKEN", "env-token", 1);
    assert_int_equal(encode(f), 0); /* the deployment's key wins */
    assert_string_equal(header(f, "api-key"), "az-key-123");
    assert_null(header(f, "Authorization"));
    f->dep.api_key = NULL;
    assert_int_equal(encode(f), 0);
    assert_string_equal(header(f, "api-key"), "env-openai-key");
    unsetenv("AZURE_OPENAI_API_KEY");
    assert_int_equal(encode(f), 0);
    assert_string_equal(header(f, "api-key"), "env-key");
    unsetenv("AZURE_API_KEY");
    assert_int_equal(encode(f), 0); /* no key anywhere: the environment's token */
    assert_null(header(f, "api-key"));
    assert_string_equal(header(f, "Authorization"), "Bearer env-token");
    unsetenv("AZURE_AD_TOKEN");
    assert_int_equal(encode(f), 0); /* nothing: sent bare, Azure answers 401 */
    assert_null(header(f, "api-key"));
    assert_null(header(f, "Authorization"));
    assert_int_equal(header_count(f), 2);
}

/* ---- encode: body ------------------------------------------------------- */

static void test_body_fields(void **state)
{
    struct fx *f = *state;
    json_t *b;

    json_object_set_new(f->params, "temperature", json_real(0.25));
    json_object_set_new(f->params, "max_tokens", json_integer(100));
    json_object_set_new(f->params, "azure_ad_token", json_string("tok"));
    json_object_set_new(f->params, "api_version", json_string("2024-10-21"));
    request(
        f, PROV_CHAT,
        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
        "\"text\":\"what is this\"},{\"type\":\"image_url\",\"image_url\":{\"url\":"
        "\"data:image/png;base64,iVBORw0KGgo=\",\"detail\":\"low\"}}]}],"
        "\"max_tokens\":7,\"seed\":42,\"logit_bias\":{\"50256\":-100},\"user\":\"u1\","
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{}}}],"
        "\"tool_choice\":\"auto\",\"response_format\":{\"type\":\"json_object\"},"
        "\"data_sources\":[{\"type\":\"azure_search\"}],"
        "\"mock_testing_flag\":true,"
        "\"timeout\":5,\"fallbacks\":[\"b\"],\"num_retries\":2,\"context_window_fallbacks\":[],"
        "\"caching\":true,\"cache\":{\"no-cache\":true},\"guardrails\":[\"g\"],"
        "\"litellm_metadata\":{},\"api_key\":\"sk-client\",\"api_base\":\"http://evil\","
        "\"base_url\":\"http://evil\",\"metadata\":{\"k\":\"v\"},\"tags\":[\"t\"]}");
    assert_int_equal(encode(f), 0);
    b = sent_body(f);
    /* Gateway fields gone, unknown ones (Azure's data_sources too) kept, the
     * deployment's temperature filled in, the client's max_tokens kept, the
     * image part untouched, nothing of litellm_params' own leaked. */
    assert_json_eq(b,
                   "{\"model\":\"gpt-4o-prod\",\"messages\":[{\"role\":\"user\",\"content\":["
                   "{\"type\":\"text\",\"text\":\"what is this\"},{\"type\":\"image_url\","
                   "\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\","
                   "\"detail\":\"low\"}}]}],"
                   "\"max_tokens\":7,\"seed\":42,\"logit_bias\":{\"50256\":-100},\"user\":\"u1\","
                   "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                   "\"parameters\":{}}}],\"tool_choice\":\"auto\","
                   "\"response_format\":{\"type\":\"json_object\"},"
                   "\"data_sources\":[{\"type\":\"azure_search\"}],\"mock_testing_flag\":true,"
                   "\"temperature\":0.25}");
    json_decref(b);
    /* The client's request is not changed. */
    assert_non_null(json_object_get(f->call.req, "metadata"));
    assert_string_equal(json_string_value(json_object_get(f->call.req, "model")), "gpt-4o");
}

static void test_stream_options(void **state)
{
    struct fx *f = *state;
    json_t *b;

    request(
        f, PROV_CHAT,
        "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
    assert_int_equal(encode(f), 0);
    assert_string_equal(header(f, "Accept"), "text/event-stream");
    b = sent_body(f);
    assert_json_eq(json_object_get(b, "stream_options"), "{\"include_usage\":true}");
    assert_true(json_is_true(json_object_get(b, "stream")));
    json_decref(b);

    /* The client's other stream options stay; its include_usage is forced. */
    request(f, PROV_CHAT,
            "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":false,"
            "\"include_obfuscation\":false},\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
    assert_int_equal(encode(f), 0);
    b = sent_body(f);
    assert_json_eq(json_object_get(b, "stream_options"),
                   "{\"include_usage\":true,\"include_obfuscation\":false}");
    json_decref(b);
    assert_json_eq(json_object_get(f->call.req, "stream_options"),
                   "{\"include_usage\":false,\"include_obfuscation\":false}");

    /* api-versions older than 2024-08-01 refuse stream_options. */
    {
        static const char *const older[] = {"2023-05-15", "2024-02-01", "2024-06-01",
                                            "2024-07-01-preview", NULL};
        static const char *const newer[] = {"2024-08-01-preview",
                                            "2024-10-21",
                                            "2025-04-01-preview",
                                            "v1",
                                            "preview",
                                            "latest",
                                            "someday",
                                            "2024-1",
                                            NULL};

        request(f, PROV_CHAT, "{\"model\":\"m\",\"stream\":true,\"messages\":[]}");
        for (size_t i = 0; older[i]; i++) {
            f->dep.api_version = older[i];
            assert_int_equal(encode(f), 0);
            b = sent_body(f);
            if (json_object_get(b, "stream_options"))
                fail_msg("stream_options sent on %s", older[i]);
            json_decref(b);
        }
        for (size_t i = 0; newer[i]; i++) {
            f->dep.api_version = newer[i];
            assert_int_equal(encode(f), 0);
            b = sent_body(f);
            if (!json_is_true(
                    json_object_get(json_object_get(b, "stream_options"), "include_usage")))
                fail_msg("include_usage not forced on %s", newer[i]);
            json_decref(b);
        }
    }
    /* ... unless the client sent them itself. */
    f->dep.api_version = "2024-02-01";
    request(f, PROV_CHAT,
            "{\"model\":\"m\",\"stream\":true,\"stream_options\":{},\"messages\":[]}");
    assert_int_equal(encode(f), 0);
    b = sent_body(f);
    assert_json_eq(json_object_get(b, "stream_options"), "{\"include_usage\":true}");
    json_decref(b);

    /* Completions streams too; not a stream: untouched. */
    f->dep.api_version = "2024-10-21";
    request(f, PROV_COMPLETION, "{\"model\":\"m\",\"stream\":true,\"prompt\":\"p\"}");
    assert_int_equal(encode(f), 0);
    b = sent_body(f);
    assert_json_eq(json_object_get(b, "stream_options"), "{\"include_usage\":true}");
    json_decref(b);
    request(f, PROV_CHAT, "{\"model\":\"m\",\"stream\":false,\"messages\":[]}");
    assert_int_equal(encode(f), 0);
    b = sent_body(f);
    assert_null(json_object_get(b, "stream_options"));
    assert_null(header(f, "Accept"));
    json_decref(b);
}

/* ---- decode ------------------------------------------------------------- */

static const char *const AZURE_CHAT_ANSWER =
    "{\"choices\":[{\"content_filter_results\":{\"hate\":{\"filtered\":false,\"severity\":\"safe\"}"
    ","
    "\"protected_material_code\":{\"filtered\":false,\"detected\":false},"
    "\"self_harm\":{\"filtered\":false,\"severity\":\"safe\"}},\"finish_reason\":\"stop\","
    "\"index\":0,\"logprobs\":null,\"message\":{\"annotations\":[],\"content\":\"Hello!\","
    "\"refusal\":null,\"role\":\"assistant\"}}],\"created\":1730000000,"
    "\"id\":\"chatcmpl-AZ1\",\"model\":\"gpt-4o-2024-08-06\",\"object\":\"chat.completion\","
    "\"prompt_filter_results\":[{\"prompt_index\":0,\"content_filter_results\":{"
    "\"hate\":{\"filtered\":false,\"severity\":\"safe\"},\"jailbreak\":{\"filtered\":false,"
    "\"detected\":false}}}],\"system_fingerprint\":\"fp_abc\",\"usage\":{\"completion_tokens\":3,"
    "\"completion_tokens_details\":{\"reasoning_tokens\":0},\"prompt_tokens\":9,"
    "\"prompt_tokens_details\":{\"cached_tokens\":0},\"total_tokens\":12}}";

static void test_decode_chat(void **state)
{
    struct fx *f = *state;
    struct prov_usage u = {0};
    json_t *out = NULL;

    request(f, PROV_CHAT, CHAT);
    assert_int_equal(prov_azure.decode(&f->call, str_from(AZURE_CHAT_ANSWER), &out, &u), 0);
    assert_json_eq(out, AZURE_CHAT_ANSWER); /* content-filter fields and all */
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 9);
    assert_int_equal(u.completion_tokens, 3);
    assert_int_equal(u.total_tokens, 12);
    json_decref(out);
}

static void test_decode_filtered_and_embeddings(void **state)
{
    struct fx *f = *state;
    struct prov_usage u = {0};
    json_t *out = NULL;
    static const char filtered[] =
        "{\"choices\":[{\"content_filter_results\":{\"violence\":{\"filtered\":true,"
        "\"severity\":\"medium\"}},\"finish_reason\":\"content_filter\",\"index\":0,"
        "\"message\":{\"content\":null,\"role\":\"assistant\"}}],\"created\":1,\"id\":\"c\","
        "\"model\":\"gpt-4o\",\"object\":\"chat.completion\",\"usage\":{\"prompt_tokens\":4,"
        "\"completion_tokens\":0,\"total_tokens\":4}}";
    static const char emb[] = "{\"data\":[{\"embedding\":\"AACAPwAAAEA=\",\"index\":0,"
                              "\"object\":\"embedding\"}],\"model\":\"text-embedding-3-small\","
                              "\"object\":\"list\",\"usage\":{\"prompt_tokens\":2,"
                              "\"total_tokens\":2}}";

    request(f, PROV_CHAT, CHAT);
    assert_int_equal(prov_azure.decode(&f->call, str_from(filtered), &out, &u), 0);
    assert_json_eq(out, filtered);
    json_decref(out);
    request(f, PROV_EMBEDDING, "{\"model\":\"e\",\"input\":\"a\",\"encoding_format\":\"base64\"}");
    memset(&u, 0, sizeof(u));
    assert_int_equal(prov_azure.decode(&f->call, str_from(emb), &out, &u), 0);
    assert_json_eq(out, emb);
    assert_int_equal(u.prompt_tokens, 2);
    assert_int_equal(u.completion_tokens, 0);
    assert_int_equal(u.total_tokens, 2);
    json_decref(out);
    assert_int_equal(prov_azure.decode(&f->call, str_from("{\"choices\":["), &out, &u),
                     GW_EUPSTREAM);
    assert_int_equal(prov_azure.decode(&f->call, str_from("[1]"), &out, &u), GW_EUPSTREAM);
    assert_int_equal(prov_azure.decode(&f->call, STR_NULL, &out, &u), GW_EUPSTREAM);
}

/* ---- stream ------------------------------------------------------------- */

/* What Azure sends for a streamed "Hi there" with include_usage. */
static const char *const AZ_PROMPT_FILTER =
    "{\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\","
    "\"prompt_filter_results\":[{\"prompt_index\":0,\"content_filter_results\":{\"hate\":"
    "{\"filtered\":false,\"severity\":\"safe\"},\"jailbreak\":{\"filtered\":false,"
    "\"detected\":false}}}]}";
static const char *const AZ_ROLE =
    "{\"choices\":[{\"content_filter_results\":{},\"delta\":{\"content\":\"\",\"refusal\":null,"
    "\"role\":\"assistant\"},\"finish_reason\":null,\"index\":0,\"logprobs\":null}],"
    "\"created\":1730000000,\"id\":\"chatcmpl-AZ2\",\"model\":\"gpt-4o-2024-08-06\","
    "\"object\":\"chat.completion.chunk\",\"system_fingerprint\":\"fp_abc\",\"usage\":null}";
static const char *const AZ_HI =
    "{\"choices\":[{\"content_filter_results\":{\"hate\":{\"filtered\":false,\"severity\":"
    "\"safe\"}},\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null,\"index\":0,"
    "\"logprobs\":null}],\"created\":1730000000,\"id\":\"chatcmpl-AZ2\",\"model\":"
    "\"gpt-4o-2024-08-06\",\"object\":\"chat.completion.chunk\",\"system_fingerprint\":"
    "\"fp_abc\",\"usage\":null}";
static const char *const AZ_THERE =
    "{\"choices\":[{\"content_filter_results\":{\"hate\":{\"filtered\":false,\"severity\":"
    "\"safe\"}},\"delta\":{\"content\":\" th\\u00e9re\"},\"finish_reason\":null,\"index\":0,"
    "\"logprobs\":null}],\"created\":1730000000,\"id\":\"chatcmpl-AZ2\",\"model\":"
    "\"gpt-4o-2024-08-06\",\"object\":\"chat.completion.chunk\",\"system_fingerprint\":"
    "\"fp_abc\",\"usage\":null}";
static const char *const AZ_STOP =
    "{\"choices\":[{\"content_filter_results\":{},\"delta\":{},\"finish_reason\":\"stop\","
    "\"index\":0,\"logprobs\":null}],\"created\":1730000000,\"id\":\"chatcmpl-AZ2\","
    "\"model\":\"gpt-4o-2024-08-06\",\"object\":\"chat.completion.chunk\","
    "\"system_fingerprint\":\"fp_abc\",\"usage\":null}";
static const char *const AZ_USAGE =
    "{\"choices\":[],\"created\":1730000000,\"id\":\"chatcmpl-AZ2\",\"model\":"
    "\"gpt-4o-2024-08-06\",\"object\":\"chat.completion.chunk\",\"system_fingerprint\":"
    "\"fp_abc\",\"usage\":{\"completion_tokens\":2,\"prompt_tokens\":11,\"total_tokens\":13}}";

struct sink {
    json_t *chunks; /* array of what was emitted */
    int fail_at;    /* emit returns an error for this chunk number (1-based), 0 = never */
};

static int sink_emit(void *ctx, json_t *chunk)
{
    struct sink *s = ctx;

    json_array_append(s->chunks, chunk); /* our own reference: the chunk is borrowed */
    if (s->fail_at && (int)json_array_size(s->chunks) == s->fail_at)
        return GW_ECLOSED;
    return 0;
}

static char *sse(const char *const *events, size_t n, const char *eol)
{
    size_t len = 0;
    char *out, *p;

    for (size_t i = 0; i < n; i++)
        len += strlen(events[i]) + 6 + 2 * strlen(eol);
    out = p = malloc(len + 1);
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "data: %s%s%s", events[i], eol, eol);
    return out;
}

/* Feeds `text` in two parts split at `cut`, then checks what came out. */
static void feed_split(struct fx *f, const char *text, size_t cut, const char *const *want,
                       size_t n_want, bool want_done, struct prov_usage *usage)
{
    struct prov_stream st;
    struct sink s = {json_array(), 0};
    size_t len = strlen(text);
    int rc;

    prov_stream_init(&st, 1 << 20);
    rc = prov_azure.stream(&f->call, &st, text, cut, sink_emit, &s);
    if (rc == 0)
        rc = prov_azure.stream(&f->call, &st, text + cut, len - cut, sink_emit, &s);
    if (rc != 0)
        fail_msg("stream rc %d at cut %zu", rc, cut);
    if (json_array_size(s.chunks) != n_want)
        fail_msg("%zu chunks instead of %zu at cut %zu", json_array_size(s.chunks), n_want, cut);
    for (size_t i = 0; i < n_want; i++)
        assert_json_eq(json_array_get(s.chunks, i), want[i]);
    assert_int_equal(st.done, want_done);
    if (usage)
        *usage = st.usage;
    prov_stream_dispose(&st);
    json_decref(s.chunks);
}

/* One byte at a time. */
static void feed_bytes(struct fx *f, const char *text, const char *const *want, size_t n_want)
{
    struct prov_stream st;
    struct sink s = {json_array(), 0};

    prov_stream_init(&st, 1 << 20);
    for (const char *p = text; *p; p++)
        assert_int_equal(prov_azure.stream(&f->call, &st, p, 1, sink_emit, &s), 0);
    assert_int_equal(json_array_size(s.chunks), n_want);
    for (size_t i = 0; i < n_want; i++)
        assert_json_eq(json_array_get(s.chunks, i), want[i]);
    assert_true(st.done);
    prov_stream_dispose(&st);
    json_decref(s.chunks);
}

static void test_stream_without_usage(void **state)
{
    struct fx *f = *state;
    const char *const up[] = {AZ_PROMPT_FILTER, AZ_ROLE,  AZ_HI,   AZ_THERE,
                              AZ_STOP,          AZ_USAGE, "[DONE]"};
    /* The prompt-filter chunk (empty choices, no usage) is relayed as it is;
     * the usage-only chunk is not, since the client did not ask. */
    const char *const want[] = {AZ_PROMPT_FILTER, AZ_ROLE, AZ_HI, AZ_THERE, AZ_STOP};
    char *text = sse(up, 7, "\n");
    struct prov_usage u;

    request(f, PROV_CHAT, "{\"model\":\"m\",\"stream\":true,\"messages\":[]}");
    assert_false(f->call.client_wants_usage);
    for (size_t cut = 0; cut <= strlen(text); cut++) {
        memset(&u, 0, sizeof(u));
        feed_split(f, text, cut, want, 5, true, &u);
        assert_true(u.set);
        assert_int_equal(u.prompt_tokens, 11);
        assert_int_equal(u.completion_tokens, 2);
        assert_int_equal(u.total_tokens, 13);
    }
    feed_bytes(f, text, want, 5);
    free(text);
}

static void test_stream_with_usage_crlf(void **state)
{
    struct fx *f = *state;
    const char *const up[] = {AZ_PROMPT_FILTER, AZ_ROLE, AZ_HI, AZ_STOP, AZ_USAGE, "[DONE]"};
    const char *const want[] = {AZ_PROMPT_FILTER, AZ_ROLE, AZ_HI, AZ_STOP, AZ_USAGE};
    char *text = sse(up, 6, "\r\n");
    struct prov_usage u;

    request(f, PROV_CHAT,
            "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
            "\"messages\":[]}");
    assert_true(f->call.client_wants_usage);
    for (size_t cut = 0; cut <= strlen(text); cut += 3) {
        feed_split(f, text, cut, want, 5, true, &u);
        assert_int_equal(u.total_tokens, 13);
    }
    feed_bytes(f, text, want, 5);
    free(text);
}

static void test_stream_content_filter_and_errors(void **state)
{
    struct fx *f = *state;
    static const char stop_filtered[] =
        "{\"choices\":[{\"content_filter_results\":{\"violence\":{\"filtered\":true,"
        "\"severity\":\"medium\"}},\"delta\":{},\"finish_reason\":\"content_filter\","
        "\"index\":0}],\"created\":1,\"id\":\"c\",\"model\":\"gpt-4o\","
        "\"object\":\"chat.completion.chunk\"}";
    static const char err[] =
        "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\","
        "\"param\":null,\"code\":null}}";
    const char *const up[] = {AZ_PROMPT_FILTER, AZ_HI, stop_filtered, "[DONE]"};
    const char *const want[] = {AZ_PROMPT_FILTER, AZ_HI, stop_filtered};
    const char *const up_err[] = {AZ_HI, err};
    const char *const want_err[] = {AZ_HI, err};
    char *text = sse(up, 4, "\n");

    request(f, PROV_CHAT, "{\"model\":\"m\",\"stream\":true,\"messages\":[]}");
    for (size_t cut = 0; cut <= strlen(text); cut += 7)
        feed_split(f, text, cut, want, 3, true, NULL);
    free(text);
    /* An error event mid-stream is relayed (the gateway turns it into an SSE
     * error event); no [DONE], so the stream is not done. */
    text = sse(up_err, 2, "\n");
    feed_split(f, text, 10, want_err, 2, false, NULL);
    free(text);
    /* Comments (keep-alives) and blank data are skipped. */
    feed_split(f, ": keep-alive\n\ndata: [DONE]\n\n", 5, NULL, 0, true, NULL);
}

static void test_stream_bad_chunk_and_emit_failure(void **state)
{
    struct fx *f = *state;
    struct prov_stream st;
    struct sink s = {json_array(), 2};
    const char *const up[] = {AZ_PROMPT_FILTER, AZ_HI, AZ_STOP};
    char *buf = sse(up, 3, "\n");
    const char *text = buf;

    request(f, PROV_CHAT, "{\"model\":\"m\",\"stream\":true,\"messages\":[]}");
    prov_stream_init(&st, 1 << 20);
    assert_int_equal(prov_azure.stream(&f->call, &st, text, strlen(text), sink_emit, &s),
                     GW_ECLOSED);
    assert_int_equal(json_array_size(s.chunks), 2);
    prov_stream_dispose(&st);
    free(buf);

    prov_stream_init(&st, 1 << 20);
    s.fail_at = 0;
    text = "data: {\"choices\":[\n\n";
    assert_int_equal(prov_azure.stream(&f->call, &st, text, strlen(text), sink_emit, &s),
                     GW_EUPSTREAM);
    prov_stream_dispose(&st);
    /* A line longer than the limit. */
    prov_stream_init(&st, 16);
    text = "data: 0123456789abcdefghij";
    assert_int_equal(prov_azure.stream(&f->call, &st, text, strlen(text), sink_emit, &s),
                     GW_ETOOBIG);
    prov_stream_dispose(&st);
    json_decref(s.chunks);
}

/* ---- error -------------------------------------------------------------- */

static void expect_error(struct fx *f, long status, const char *body, int want_status,
                         const char *want_type, const char *want_code, const char *want_msg)
{
    struct prov_error e = {0};

    prov_azure.error(&f->call, status, body ? str_from(body) : STR_NULL, &e);
    assert_int_equal(e.status, want_status);
    assert_non_null(e.type);
    assert_string_equal(e.type, want_type);
    assert_non_null(e.code);
    assert_string_equal(e.code, want_code);
    assert_non_null(e.message);
    if (!strstr(e.message, want_msg))
        fail_msg("message '%s' lacks '%s'", e.message, want_msg);
    if (strstr(e.message, "az-key-123"))
        fail_msg("message leaks the key: %s", e.message);
}

static void test_errors(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    expect_error(f, 401,
                 "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid "
                 "subscription key or wrong API endpoint. Make sure to provide a valid key for an "
                 "active subscription and use a correct regional API endpoint for your "
                 "resource.\"}}",
                 401, "invalid_request_error", "401",
                 "upstream returned 401: Access denied due to invalid subscription key");
    expect_error(f, 404,
                 "{\"error\":{\"code\":\"DeploymentNotFound\",\"message\":\"The API deployment "
                 "for this resource does not exist. If you created the deployment within the "
                 "last 5 minutes, please wait a moment and try again.\"}}",
                 404, "invalid_request_error", "DeploymentNotFound",
                 "The API deployment for this resource does not exist");
    expect_error(f, 404, "{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}", 404,
                 "invalid_request_error", "404", "upstream returned 404: Resource not found");
    expect_error(f, 429,
                 "{\"error\":{\"code\":\"429\",\"message\":\"Requests to the "
                 "ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have "
                 "exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry "
                 "after 7 seconds.\"}}",
                 429, "invalid_request_error", "429", "Please retry after 7 seconds");
    expect_error(f, 400,
                 "{\"error\":{\"message\":\"Unrecognized request argument supplied: "
                 "stream_options\",\"type\":\"invalid_request_error\",\"param\":null,"
                 "\"code\":null}}",
                 400, "invalid_request_error", "400",
                 "Unrecognized request argument supplied: stream_options");
    expect_error(f, 500,
                 "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"The server had an "
                 "error while processing your request. Sorry about that!\"}}",
                 502, "api_error", "InternalServerError", "The server had an error");
    expect_error(f, 503,
                 "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"The service is "
                 "temporarily unable to process your request.\"}}",
                 503, "api_error", "ServiceUnavailable", "temporarily unable");
    expect_error(f, 408, "{\"error\":{\"code\":\"Timeout\",\"message\":\"timed out\"}}", 408,
                 "invalid_request_error", "Timeout", "timed out");
    expect_error(f, 403,
                 "{\"error\":{\"code\":\"PermissionDenied\",\"message\":\"Principal does not have "
                 "access to API/Operation.\"}}",
                 403, "invalid_request_error", "PermissionDenied", "Principal does not have");
    expect_error(f, 418, "{\"error\":{\"code\":418,\"message\":\"teapot\"}}", 400,
                 "invalid_request_error", "418", "teapot");
}

static void test_error_content_filter(void **state)
{
    struct fx *f = *state;
    struct prov_error e = {0};
    static const char body[] =
        "{\"error\":{\"message\":\"The response was filtered due to the prompt triggering Azure "
        "OpenAI's content management policy. Please modify your prompt and retry.\",\"type\":null,"
        "\"param\":\"prompt\",\"code\":\"content_filter\",\"status\":400,\"innererror\":{"
        "\"code\":\"ResponsibleAIPolicyViolation\",\"content_filter_result\":{"
        "\"hate\":{\"filtered\":true,\"severity\":\"high\"},"
        "\"jailbreak\":{\"filtered\":true,\"detected\":true},"
        "\"self_harm\":{\"filtered\":false,\"severity\":\"safe\"},"
        "\"sexual\":{\"filtered\":false,\"severity\":\"safe\"},"
        "\"violence\":{\"filtered\":true,\"severity\":\"medium\"}}}}}";

    request(f, PROV_CHAT, CHAT);
    prov_azure.error(&f->call, 400, str_from(body), &e);
    assert_int_equal(e.status, 400);
    assert_string_equal(e.type, "invalid_request_error");
    assert_string_equal(e.code, "content_filter");
    assert_string_equal(e.message,
                        "upstream returned 400: The response was filtered due to the prompt "
                        "triggering Azure OpenAI's content management policy. Please modify your "
                        "prompt and retry. (filtered: hate (high), jailbreak, violence (medium))");
    /* Nothing marked filtered: the message is Azure's alone. */
    expect_error(f, 400,
                 "{\"error\":{\"message\":\"filtered\",\"code\":\"content_filter\",\"innererror\":"
                 "{\"code\":\"ResponsibleAIPolicyViolation\",\"content_filter_result\":{\"hate\":"
                 "{\"filtered\":false}}}}}",
                 400, "invalid_request_error", "content_filter", "upstream returned 400: filtered");
    expect_error(
        f, 400,
        "{\"error\":{\"code\":\"content_filter\",\"innererror\":{\"content_filter_result\":"
        "{\"sexual\":{\"filtered\":true,\"severity\":\"low\"}}}}}",
        400, "invalid_request_error", "content_filter",
        "upstream returned 400: content filtered (filtered: sexual (low))");
}

static void test_error_other_shapes(void **state)
{
    struct fx *f = *state;

    request(f, PROV_CHAT, CHAT);
    /* An Entra ID token refused at Azure's front door. */
    expect_error(f, 401,
                 "{\"statusCode\":401,\"message\":\"Unauthorized. Access token is missing, "
                 "invalid, audience is incorrect (https://cognitiveservices.azure.com), or have "
                 "expired.\"}",
                 401, "invalid_request_error", "401",
                 "upstream returned 401: Unauthorized. Access token is missing");
    expect_error(f, 502, "<html><body>Bad Gateway</body></html>", 502, "api_error", "502",
                 "upstream returned 502: no error message");
    expect_error(f, 500, NULL, 502, "api_error", "502", "no error message");
    expect_error(f, 400, "{\"error\":\"plain text error\"}", 400, "invalid_request_error", "400",
                 "upstream returned 400: plain text error");
    expect_error(f, 400, "{\"error\":{}}", 400, "invalid_request_error", "400", "no error message");
    expect_error(f, 401, "{\"statusCode\":401}", 401, "invalid_request_error", "401",
                 "no error message");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_registered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_chat_url_and_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_op_paths, setup, teardown),
        cmocka_unit_test_setup_teardown(test_api_version_sources, setup, teardown),
        cmocka_unit_test_setup_teardown(test_api_base_sources, setup, teardown),
        cmocka_unit_test_setup_teardown(test_other_address_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_escaping_and_route_prefixes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ad_token_wins, setup, teardown),
        cmocka_unit_test_setup_teardown(test_oidc_token_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_key_sources, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_options, setup, teardown),
        cmocka_unit_test_setup_teardown(test_decode_chat, setup, teardown),
        cmocka_unit_test_setup_teardown(test_decode_filtered_and_embeddings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_without_usage, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_with_usage_crlf, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_content_filter_and_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_bad_chunk_and_emit_failure, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_error_content_filter, setup, teardown),
        cmocka_unit_test_setup_teardown(test_error_other_shapes, setup, teardown),
    };

    return cmocka_run_group_tests_name("providers/azure", tests, NULL, NULL);
}
