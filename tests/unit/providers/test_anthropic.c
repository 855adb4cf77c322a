/*
 * Unit tests of src/providers/anthropic.c: every row of the translation in
 * both directions (OpenAI request -> Messages request, Messages answer ->
 * OpenAI answer), streams fed whole, byte by byte and split at every byte
 * boundary, and the error mapping. The provider file is included to reach its
 * statics; each test ends by disposing its arena (ASan checks the rest).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "providers/anthropic.c"

/* ---- helpers ---------------------------------------------------------- */

struct fx {
    struct arena arena;
    struct cfg_deployment dep;
    struct prov_call call;
    struct prov_http http;
    json_t *req;
    json_t *lp; /* litellm_params */
};

static json_t *J(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, JSON_DECODE_ANY, &e);

    if (!j)
        fail_msg("bad JSON in test: %s at %d: %s", e.text, e.position, text);
    return j;
}

static void fx_init(struct fx *f, enum prov_op op, const char *req)
{
    memset(f, 0, sizeof(*f));
    arena_init(&f->arena, 4096);
    f->dep.provider = "anthropic";
    f->dep.model = "claude-3-5-sonnet-20241022";
    f->dep.api_base = "http://127.0.0.1:9/anthropic";
    f->dep.api_key = "sk-ant-test";
    f->req = J(req);
    f->call.op = op;
    f->call.dep = &f->dep;
    f->call.req = f->req;
    f->call.stream = json_is_true(json_object_get(f->req, "stream"));
    f->call.client_wants_usage =
        json_is_true(json_object_get(json_object_get(f->req, "stream_options"), "include_usage"));
    f->call.arena = &f->arena;
}

static void fx_dispose(struct fx *f)
{
    json_decref(f->req);
    json_decref(f->lp);
    arena_dispose(&f->arena);
}

static void assert_json_eq(const json_t *got, const char *want_text)
{
    json_t *want = J(want_text);

    if (!json_equal((json_t *)got, want)) {
        char *g = json_dumps(got, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
        char *w = json_dumps(want, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);

        print_error("got:  %s\nwant: %s\n", g ? g : "(null)", w);
        free(g);
        free(w);
        json_decref(want);
        fail();
    }
    json_decref(want);
}

/* Encodes f's request; returns the body sent upstream (new reference). */
static json_t *encode_ok(struct fx *f)
{
    int rc = prov_anthropic.encode(&f->call, &f->http);

    assert_int_equal(rc, 0);
    assert_non_null(f->http.url);
    assert_non_null(f->http.body.ptr);
    return json_loadb(f->http.body.ptr, f->http.body.len, 0, NULL);
}

/* The body of a chat request given as JSON text. */
static json_t *chat_body(const char *req)
{
    struct fx f;
    json_t *b;

    fx_init(&f, PROV_CHAT, req);
    b = encode_ok(&f);
    fx_dispose(&f);
    return b;
}

static void expect_body(const char *req, const char *want)
{
    json_t *b = chat_body(req);

    assert_json_eq(b, want);
    json_decref(b);
}

/* Only the given key of the translated body. */
static void expect_field(const char *req, const char *key, const char *want)
{
    json_t *b = chat_body(req);
    json_t *v = json_object_get(b, key);

    if (!want) {
        if (v) {
            char *g = json_dumps(v, JSON_ENCODE_ANY);

            print_error("%s should be absent, is %s\n", key, g);
            free(g);
            fail();
        }
    } else {
        if (!v) {
            char *g = json_dumps(b, JSON_COMPACT);

            print_error("%s missing from %s\n", key, g);
            free(g);
            fail();
        }
        assert_json_eq(v, want);
    }
    json_decref(b);
}

static void expect_encode_rc(enum prov_op op, const char *req, int want)
{
    struct fx f;

    fx_init(&f, op, req);
    assert_int_equal(prov_anthropic.encode(&f.call, &f.http), want);
    fx_dispose(&f);
}

static bool has_header(const struct curl_slist *h, const char *line)
{
    for (; h; h = h->next)
        if (strcmp(h->data, line) == 0)
            return true;
    return false;
}

static size_t count_headers(const struct curl_slist *h, const char *prefix)
{
    size_t n = 0;

    for (; h; h = h->next)
        if (strncasecmp(h->data, prefix, strlen(prefix)) == 0)
            n++;
    return n;
}

/* ---- encode: URL and headers ------------------------------------------ */

static void test_url_and_headers(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    fx_init(&f, PROV_CHAT,
            "{\"model\":\"claude\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    b = encode_ok(&f);
    assert_string_equal(f.http.url, "http://127.0.0.1:9/anthropic/v1/messages");
    assert_true(has_header(f.http.headers, "x-api-key: sk-ant-test"));
    assert_true(has_header(f.http.headers, "anthropic-version: 2023-06-01"));
    assert_true(has_header(f.http.headers, "content-type: application/json"));
    assert_int_equal(count_headers(f.http.headers, "authorization"), 0);
    assert_int_equal(count_headers(f.http.headers, "accept:"), 0);
    json_decref(b);
    fx_dispose(&f);
}

static void test_url_forms(void **state)
{
    static const struct {
        const char *base, *url;
    } cases[] = {
        {NULL, "https://api.anthropic.com/v1/messages"},
        {"http://h:1", "http://h:1/v1/messages"},
        {"http://h:1/v1", "http://h:1/v1/messages"},
        {"http://h:1/v1/messages", "http://h:1/v1/messages"},
        {"https://gw.example/anthropic/v1/messages", "https://gw.example/anthropic/v1/messages"},
    };

    (void)state;
    unsetenv("ANTHROPIC_API_BASE");
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        json_t *b;

        fx_init(&f, PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        f.dep.api_base = cases[i].base;
        b = encode_ok(&f);
        assert_string_equal(f.http.url, cases[i].url);
        json_decref(b);
        fx_dispose(&f);
    }
}

static void test_key_from_environment(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    setenv("ANTHROPIC_API_KEY", "sk-ant-from-env", 1);
    fx_init(&f, PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    f.dep.api_key = NULL;
    b = encode_ok(&f);
    assert_true(has_header(f.http.headers, "x-api-key: sk-ant-from-env"));
    json_decref(b);
    fx_dispose(&f);

    /* The deployment's key wins over the environment. */
    fx_init(&f, PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    b = encode_ok(&f);
    assert_true(has_header(f.http.headers, "x-api-key: sk-ant-test"));
    assert_int_equal(count_headers(f.http.headers, "x-api-key"), 1);
    json_decref(b);
    fx_dispose(&f);

    unsetenv("ANTHROPIC_API_KEY");
    fx_init(&f, PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    f.dep.api_key = NULL;
    b = encode_ok(&f);
    assert_int_equal(count_headers(f.http.headers, "x-api-key"), 0);
    json_decref(b);
    fx_dispose(&f);
}

static void test_stream_headers_and_flag(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    fx_init(&f, PROV_CHAT,
            "{\"stream\":true,\"stream_options\":{\"include_usage\":true},"
            "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    b = encode_ok(&f);
    assert_true(has_header(f.http.headers, "accept: text/event-stream"));
    assert_json_eq(json_object_get(b, "stream"), "true");
    assert_null(json_object_get(b, "stream_options"));
    json_decref(b);
    fx_dispose(&f);
}

static void test_extra_headers(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    fx_init(&f, PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    f.lp = J("{\"extra_headers\":{\"anthropic-beta\":\"prompt-caching-2024-07-31\","
             "\"bad\":\"a\\r\\nx-injected: 1\",\"n\":3}}");
    f.dep.litellm_params = f.lp;
    b = encode_ok(&f);
    assert_true(has_header(f.http.headers, "anthropic-beta: prompt-caching-2024-07-31"));
    assert_int_equal(count_headers(f.http.headers, "bad"), 0);
    assert_int_equal(count_headers(f.http.headers, "n:"), 0);
    json_decref(b);
    fx_dispose(&f);
}

/* ---- encode: messages ------------------------------------------------- */

static void test_minimal_body(void **state)
{
    (void)state;
    expect_body(
        "{\"model\":\"claude\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}",
        "{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":4096,"
        "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"}]}]}");
}

static void test_system_string(void **state)
{
    (void)state;
    expect_body(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"Be terse.\"},"
        "{\"role\":\"user\",\"content\":\"Hi\"}]}",
        "{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":4096,"
        "\"system\":\"Be terse.\","
        "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]}");
}

static void test_system_blocks(void **state)
{
    (void)state;
    /* Several system and developer messages, wherever they stand. */
    expect_field("{\"messages\":[{\"role\":\"system\",\"content\":\"One.\"},"
                 "{\"role\":\"user\",\"content\":\"Hi\"},"
                 "{\"role\":\"developer\",\"content\":\"Two.\"}]}",
                 "system",
                 "[{\"type\":\"text\",\"text\":\"One.\"},{\"type\":\"text\",\"text\":\"Two.\"}]");
    /* Parts, with cache_control kept. */
    expect_field(
        "{\"messages\":[{\"role\":\"system\",\"content\":[{\"type\":\"text\",\"text\":\"A\","
        "\"cache_control\":{\"type\":\"ephemeral\"}}]},"
        "{\"role\":\"user\",\"content\":\"Hi\"}]}",
        "system",
        "[{\"type\":\"text\",\"text\":\"A\",\"cache_control\":{\"type\":\"ephemeral\"}}]");
    /* A lone developer message is the system string. */
    expect_field("{\"messages\":[{\"role\":\"developer\",\"content\":\"Dev.\"},"
                 "{\"role\":\"user\",\"content\":\"Hi\"}]}",
                 "system", "\"Dev.\"");
    /* No system message, no system field. */
    expect_field("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}", "system", NULL);
}

static void test_user_parts_and_images(void **state)
{
    (void)state;
    expect_field(
        "{\"messages\":[{\"role\":\"user\",\"content\":["
        "{\"type\":\"text\",\"text\":\"What is this?\"},"
        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}},"
        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/"
        "cat.jpg\",\"detail\":\"high\"}},"
        "{\"type\":\"image_url\",\"image_url\":\"http://example.com/dog.gif\"},"
        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:application/pdf;base64,JVBERi0=\"}},"
        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;charset=x;base64,/9j/\","
        "\"format\":\"image/webp\"}},"
        "{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"wav\"}}]}]}",
        "messages",
        "[{\"role\":\"user\",\"content\":["
        "{\"type\":\"text\",\"text\":\"What is this?\"},"
        "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/"
        "png\",\"data\":\"iVBORw0KGgo=\"}},"
        "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/"
        "cat.jpg\"}},"
        "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"http://example.com/dog.gif\"}},"
        "{\"type\":\"document\",\"source\":{\"type\":\"base64\",\"media_type\":\"application/"
        "pdf\",\"data\":\"JVBERi0=\"}},"
        "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/"
        "webp\",\"data\":\"/9j/\"}}"
        "]}]");
}

static void test_bad_images(void **state)
{
    (void)state;
    static const char *const urls[] = {
        "ftp://example.com/a.png", "data:image/png,notbase64", "data:;base64,AAAA",
        "data:image/png;base64",   "file:///etc/passwd",
    };

    for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
        char req[512];

        snprintf(req, sizeof(req),
                 "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
                 "\"image_url\":{\"url\":\"%s\"}}]}]}",
                 urls[i]);
        expect_encode_rc(PROV_CHAT, req, GW_EINVAL);
    }
    expect_encode_rc(PROV_CHAT,
                     "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\"}]}]}",
                     GW_EINVAL);
}

static void test_cache_control_on_message(void **state)
{
    (void)state;
    expect_field("{\"messages\":[{\"role\":\"user\",\"content\":\"long doc\","
                 "\"cache_control\":{\"type\":\"ephemeral\"}}]}",
                 "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"long doc\","
                 "\"cache_control\":{\"type\":\"ephemeral\"}}]}]");
}

static void test_merge_consecutive_roles(void **state)
{
    (void)state;
    expect_field("{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},"
                 "{\"role\":\"user\",\"content\":\"b\"},"
                 "{\"role\":\"assistant\",\"content\":\"c\"},"
                 "{\"role\":\"assistant\",\"content\":\"d\"},"
                 "{\"role\":\"user\",\"content\":\"e\",\"name\":\"bob\"}]}",
                 "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":"
                 "\"text\",\"text\":\"b\"}]},"
                 "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"c\"},{"
                 "\"type\":\"text\",\"text\":\"d\"}]},"
                 "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"e\"}]}]");
}

static void test_first_turn_is_user(void **state)
{
    (void)state;
    expect_field("{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},"
                 "{\"role\":\"assistant\",\"content\":\"Hello, how can I help?\"},"
                 "{\"role\":\"user\",\"content\":\"Hi\"}]}",
                 "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\".\"}]},"
                 "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Hello, how "
                 "can I help?\"}]},"
                 "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]");
    /* Only a system prompt: one "." user turn. */
    expect_field("{\"messages\":[{\"role\":\"system\",\"content\":\"S\"}]}", "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\".\"}]}]");
}

static void test_final_assistant_trimmed(void **state)
{
    (void)state;
    /* A prefill: trailing white space removed; an empty assistant turn dropped. */
    expect_field(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Count\"},"
        "{\"role\":\"assistant\",\"content\":\"One, two, \\n\"}]}",
        "messages",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Count\"}]},"
        "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"One, two,\"}]}]");
    expect_field("{\"messages\":[{\"role\":\"user\",\"content\":\"Count\"},"
                 "{\"role\":\"assistant\",\"content\":\"  \"}]}",
                 "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Count\"}]}]");
    /* Not the final turn: left alone. */
    expect_field(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},"
        "{\"role\":\"assistant\",\"content\":\"b \"},{\"role\":\"user\",\"content\":\"c\"}]}",
        "messages",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"}]},"
        "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"b \"}]},"
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"c\"}]}]");
}

static void test_tool_round_trip_messages(void **state)
{
    (void)state;
    expect_field(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Weather in Paris and Rome?\"},"
        "{\"role\":\"assistant\",\"content\":\"Let me check.\",\"tool_calls\":["
        "{\"id\":\"toolu_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
        "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}},"
        "{\"id\":\"toolu_2\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
        "\"arguments\":\"\"}}]},"
        "{\"role\":\"tool\",\"tool_call_id\":\"toolu_1\",\"content\":\"18C\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"toolu_2\",\"content\":[{\"type\":\"text\",\"text\":"
        "\"21C\"}]},"
        "{\"role\":\"user\",\"content\":\"Thanks\"}],"
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}]}",
        "messages",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Weather in Paris and "
        "Rome?\"}]},"
        "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Let me check.\"},"
        "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{\"city\":"
        "\"Paris\"}},"
        "{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"get_weather\",\"input\":{}}]},"
        "{\"role\":\"user\",\"content\":["
        "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"18C\"},"
        "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":[{\"type\":\"text\","
        "\"text\":\"21C\"}]},"
        "{\"type\":\"text\",\"text\":\"Thanks\"}]}]");
    /* Without text, the assistant turn holds only the tool_use block. */
    expect_field("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},"
                 "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"t\",\"type\":"
                 "\"function\","
                 "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
                 "{\"role\":\"tool\",\"tool_call_id\":\"t\",\"content\":\"ok\"}]}",
                 "messages",
                 "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]},"
                 "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\","
                 "\"name\":\"f\",\"input\":{}}]},"
                 "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t\","
                 "\"content\":\"ok\"}]}]");
}

static void test_bad_messages(void **state)
{
    (void)state;
    /* Arguments that are not a JSON object. */
    expect_encode_rc(
        PROV_CHAT,
        "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\","
        "\"tool_calls\":[{\"id\":\"t\",\"type\":\"function\",\"function\":{\"name\":\"f\","
        "\"arguments\":\"{not json\"}}]}]}",
        GW_EINVAL);
    expect_encode_rc(
        PROV_CHAT,
        "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\","
        "\"tool_calls\":[{\"id\":\"t\",\"type\":\"function\",\"function\":{\"name\":\"f\","
        "\"arguments\":\"[1,2]\"}}]}]}",
        GW_EINVAL);
    /* A tool message without tool_call_id, an unknown role, a missing role. */
    expect_encode_rc(PROV_CHAT, "{\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}",
                     GW_EINVAL);
    expect_encode_rc(PROV_CHAT, "{\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}",
                     GW_EINVAL);
    expect_encode_rc(PROV_CHAT, "{\"messages\":[{\"content\":\"x\"}]}", GW_EINVAL);
    expect_encode_rc(PROV_CHAT, "{\"messages\":[{\"role\":\"user\",\"content\":42}]}", GW_EINVAL);
    expect_encode_rc(PROV_CHAT, "{\"messages\":\"hi\"}", GW_EINVAL);
}

/* ---- encode: parameters ----------------------------------------------- */

#define HI "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"

static void test_max_tokens(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    expect_field("{" HI ",\"max_tokens\":50}", "max_tokens", "50");
    expect_field("{" HI ",\"max_completion_tokens\":60}", "max_tokens", "60");
    expect_field("{" HI ",\"max_tokens\":50,\"max_completion_tokens\":60}", "max_tokens", "50");
    expect_field("{" HI "}", "max_tokens", "4096");
    expect_field("{" HI ",\"max_tokens\":null}", "max_tokens", "4096");

    /* A deployment default, and the client's value over it. */
    fx_init(&f, PROV_CHAT, "{" HI "}");
    f.lp = J("{\"max_tokens\":777,\"temperature\":0.25,\"top_k\":5,\"seed\":1}");
    f.dep.litellm_params = f.lp;
    b = encode_ok(&f);
    assert_json_eq(json_object_get(b, "max_tokens"), "777");
    assert_json_eq(json_object_get(b, "temperature"), "0.25");
    assert_json_eq(json_object_get(b, "top_k"), "5");
    assert_null(json_object_get(b, "seed"));
    json_decref(b);
    fx_dispose(&f);

    fx_init(&f, PROV_CHAT, "{" HI ",\"max_completion_tokens\":9,\"temperature\":1}");
    f.lp = J("{\"max_tokens\":777,\"temperature\":0.25}");
    f.dep.litellm_params = f.lp;
    b = encode_ok(&f);
    assert_json_eq(json_object_get(b, "max_tokens"), "9");
    assert_json_eq(json_object_get(b, "temperature"), "1");
    json_decref(b);
    fx_dispose(&f);
}

static void test_stop(void **state)
{
    (void)state;
    expect_field("{" HI ",\"stop\":\"END\"}", "stop_sequences", "[\"END\"]");
    expect_field("{" HI ",\"stop\":[\"a\",\" \",\"b\"]}", "stop_sequences", "[\"a\",\"b\"]");
    expect_field("{" HI ",\"stop\":[\"\\n\"]}", "stop_sequences", NULL);
    expect_field("{" HI ",\"stop\":\" \"}", "stop_sequences", NULL);
    expect_field("{" HI ",\"stop\":null}", "stop_sequences", NULL);
    expect_field("{" HI ",\"stop\":[\"x\"]}", "stop", NULL);
}

static void test_sampling_pass_through(void **state)
{
    (void)state;
    expect_body(
        "{" HI ",\"temperature\":0.5,\"top_p\":0.9,\"top_k\":40}",
        "{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":4096,"
        "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}],"
        "\"temperature\":0.5,\"top_p\":0.9,\"top_k\":40}");
}

static void test_user_metadata(void **state)
{
    (void)state;
    expect_field("{" HI ",\"user\":\"user-1234\"}", "metadata", "{\"user_id\":\"user-1234\"}");
    expect_field("{" HI ",\"user\":\"jane@example.com\"}", "metadata", NULL);
    expect_field("{" HI ",\"user\":\"+1 (555) 123-4567\"}", "metadata", NULL);
    expect_field("{" HI ",\"user\":\"\"}", "metadata", NULL);
    /* The gateway's own metadata is never sent. */
    expect_field("{" HI ",\"metadata\":{\"tags\":[\"a\"]}}", "metadata", NULL);
}

static void test_dropped_params(void **state)
{
    (void)state;
    expect_body(
        "{\"model\":\"m\"," HI ",\"n\":2,\"seed\":7,\"logprobs\":true,\"top_logprobs\":2,"
        "\"presence_penalty\":0.1,\"frequency_penalty\":0.2,\"logit_bias\":{\"1\":2},"
        "\"response_format\":{\"type\":\"text\"},\"service_tier\":\"auto\",\"store\":true,"
        "\"modalities\":[\"text\"],\"prediction\":{},\"stream_options\":{\"include_usage\":true},"
        "\"metadata\":{\"a\":1},\"mock_testing\":1,\"timeout\":5,\"num_retries\":1,"
        "\"tool_choice\":\"auto\",\"parallel_tool_calls\":true,\"tools\":[]}",
        "{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":4096,"
        "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}]}");
}

#define TOOLS                                                                                      \
    "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":"    \
    "\"Weather "                                                                                   \
    "now\",\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"   \
    "\"required\":[\"city\"]},\"strict\":true}}]"

static void test_tools(void **state)
{
    (void)state;
    expect_field("{" HI "," TOOLS "}", "tools",
                 "[{\"name\":\"get_weather\",\"description\":\"Weather now\",\"input_schema\":"
                 "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                 "\"required\":[\"city\"]}}]");
    /* No parameters: an empty object schema. Anthropic-shaped and server tools pass. */
    expect_field(
        "{" HI ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"now\"}},"
        "{\"name\":\"raw\",\"input_schema\":{\"type\":\"object\"}},"
        "{\"type\":\"web_search_20250305\",\"name\":\"web_search\",\"max_uses\":2},"
        "{\"type\":\"function\",\"function\":{\"name\":\"c\",\"parameters\":{\"type\":\"object\"}},"
        "\"cache_control\":{\"type\":\"ephemeral\"}}]}",
        "tools",
        "[{\"name\":\"now\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}},"
        "{\"name\":\"raw\",\"input_schema\":{\"type\":\"object\"}},"
        "{\"type\":\"web_search_20250305\",\"name\":\"web_search\",\"max_uses\":2},"
        "{\"name\":\"c\",\"input_schema\":{\"type\":\"object\"},\"cache_control\":{\"type\":"
        "\"ephemeral\"}}]");
    expect_encode_rc(PROV_CHAT, "{" HI ",\"tools\":[{\"type\":\"function\",\"function\":{}}]}",
                     GW_EINVAL);
}

static void test_tool_choice(void **state)
{
    static const struct {
        const char *tc, *want;
    } cases[] = {
        {"\"tool_choice\":\"auto\"", "{\"type\":\"auto\"}"},
        {"\"tool_choice\":\"required\"", "{\"type\":\"any\"}"},
        {"\"tool_choice\":\"none\"", "{\"type\":\"none\"}"},
        {"\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}",
         "{\"type\":\"tool\",\"name\":\"get_weather\"}"},
        {"\"parallel_tool_calls\":false", "{\"type\":\"auto\",\"disable_parallel_tool_use\":true}"},
        {"\"parallel_tool_calls\":true", "{\"type\":\"auto\",\"disable_parallel_tool_use\":false}"},
        {"\"tool_choice\":\"required\",\"parallel_tool_calls\":false",
         "{\"type\":\"any\",\"disable_parallel_tool_use\":true}"},
        {"\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"x\"}},"
         "\"parallel_tool_calls\":false",
         "{\"type\":\"tool\",\"name\":\"x\",\"disable_parallel_tool_use\":true}"},
        {"\"tool_choice\":\"none\",\"parallel_tool_calls\":false", "{\"type\":\"none\"}"},
        {"\"seed\":1", NULL},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char req[1024];

        snprintf(req, sizeof(req), "{" HI "," TOOLS ",%s}", cases[i].tc);
        expect_field(req, "tool_choice", cases[i].want);
    }
    /* Without tools, tool_choice is not sent (the API refuses it). */
    expect_field("{" HI ",\"tool_choice\":\"auto\"}", "tool_choice", NULL);
    expect_field("{" HI ",\"tool_choice\":\"auto\"}", "tools", NULL);
}

static void test_response_format(void **state)
{
    json_t *b;

    (void)state;
    b = chat_body(
        "{" HI ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"p\","
        "\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}}}");
    assert_json_eq(json_object_get(b, "tools"),
                   "[{\"name\":\"json_tool_call\",\"input_schema\":{\"type\":\"object\","
                   "\"properties\":{\"name\":{\"type\":\"string\"}}}}]");
    assert_json_eq(json_object_get(b, "tool_choice"),
                   "{\"type\":\"tool\",\"name\":\"json_tool_call\"}");
    assert_null(json_object_get(b, "response_format"));
    json_decref(b);

    b = chat_body("{" HI "," TOOLS
                  ",\"tool_choice\":\"auto\",\"response_format\":{\"type\":\"json_object\"}}");
    assert_json_eq(json_object_get(b, "tools"),
                   "[{\"name\":\"get_weather\",\"description\":\"Weather now\",\"input_schema\":"
                   "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                   "\"required\":[\"city\"]}},"
                   "{\"name\":\"json_tool_call\",\"input_schema\":{\"type\":\"object\","
                   "\"additionalProperties\":true,\"properties\":{}}}]");
    assert_json_eq(json_object_get(b, "tool_choice"),
                   "{\"type\":\"tool\",\"name\":\"json_tool_call\"}");
    json_decref(b);
}

static void test_thinking(void **state)
{
    json_t *b;

    (void)state;
    b = chat_body("{" HI ",\"reasoning_effort\":\"low\"}");
    assert_json_eq(json_object_get(b, "thinking"), "{\"type\":\"enabled\",\"budget_tokens\":1024}");
    assert_json_eq(json_object_get(b, "max_tokens"), "5120");
    assert_null(json_object_get(b, "reasoning_effort"));
    json_decref(b);

    b = chat_body("{" HI ",\"reasoning_effort\":\"high\",\"max_tokens\":9000}");
    assert_json_eq(json_object_get(b, "thinking"), "{\"type\":\"enabled\",\"budget_tokens\":4096}");
    assert_json_eq(json_object_get(b, "max_tokens"), "9000");
    json_decref(b);

    b = chat_body("{" HI ",\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2000}}");
    assert_json_eq(json_object_get(b, "thinking"), "{\"type\":\"enabled\",\"budget_tokens\":2000}");
    assert_json_eq(json_object_get(b, "max_tokens"), "6096");
    json_decref(b);

    expect_field("{" HI ",\"reasoning_effort\":\"none\"}", "thinking", NULL);

    /* Thinking forbids forcing a tool: JSON mode leaves tool_choice alone. */
    b = chat_body(
        "{" HI ",\"reasoning_effort\":\"medium\",\"response_format\":{\"type\":\"json_object\"}}");
    assert_null(json_object_get(b, "tool_choice"));
    assert_non_null(json_object_get(b, "tools"));
    json_decref(b);

    /* Thinking blocks of an earlier answer are sent back first. */
    expect_field(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\","
        "\"content\":\"a\",\"thinking_blocks\":[{\"type\":\"thinking\",\"thinking\":\"hmm\","
        "\"signature\":\"sig\"}]},{\"role\":\"user\",\"content\":\"q2\"}]}",
        "messages",
        "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"q\"}]},"
        "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"hmm\","
        "\"signature\":\"sig\"},{\"type\":\"text\",\"text\":\"a\"}]},"
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"q2\"}]}]");
}

static void test_completion_and_embedding_ops(void **state)
{
    struct fx f;
    json_t *b;

    (void)state;
    fx_init(&f, PROV_COMPLETION,
            "{\"model\":\"m\",\"prompt\":\"Say hi\",\"max_tokens\":7,\"echo\":true,"
            "\"suffix\":\"x\",\"stop\":\"\\n\\n\"}");
    b = encode_ok(&f);
    assert_json_eq(b, "{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":7,"
                      "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                      "\"Say hi\"}]}]}");
    json_decref(b);
    fx_dispose(&f);

    fx_init(&f, PROV_COMPLETION, "{\"model\":\"m\",\"prompt\":[\"one\"]}");
    b = encode_ok(&f);
    assert_json_eq(json_object_get(b, "messages"),
                   "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"one\"}]}]");
    json_decref(b);
    fx_dispose(&f);

    expect_encode_rc(PROV_COMPLETION, "{\"prompt\":[\"a\",\"b\"]}", GW_EINVAL);
    expect_encode_rc(PROV_COMPLETION, "{\"prompt\":[1,2,3]}", GW_EINVAL);
    expect_encode_rc(PROV_EMBEDDING, "{\"input\":\"x\"}", GW_EINVAL);
}

/* ---- decode ------------------------------------------------------------ */

static json_t *decode_ok(enum prov_op op, const char *req, const char *body, struct prov_usage *u)
{
    struct fx f;
    json_t *out = NULL;

    fx_init(&f, op, req);
    assert_int_equal(prov_anthropic.decode(&f.call, str_from(body), &out, u), 0);
    assert_non_null(out);
    /* "created" is the time of decoding. */
    assert_true(json_is_integer(json_object_get(out, "created")));
    json_object_del(out, "created");
    fx_dispose(&f);
    return out;
}

static void test_decode_text(void **state)
{
    struct prov_usage u = {0};
    json_t *r;

    (void)state;
    r = decode_ok(
        PROV_CHAT, "{" HI "}",
        "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
        "\"claude-3-5-sonnet-20241022\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"},"
        "{\"type\":\"text\",\"text\":\", world\"}],\"stop_reason\":\"end_turn\","
        "\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,\"output_tokens\":6}}",
        &u);
    assert_json_eq(
        r, "{\"id\":\"msg_01\",\"object\":\"chat.completion\",\"model\":"
           "\"claude-3-5-sonnet-20241022\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
           "\"assistant\",\"content\":\"Hello, world\"},\"logprobs\":null,\"finish_reason\":"
           "\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":6,"
           "\"total_tokens\":18,\"prompt_tokens_details\":{\"cached_tokens\":0},"
           "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0}}");
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 12);
    assert_int_equal(u.completion_tokens, 6);
    assert_int_equal(u.total_tokens, 18);
    json_decref(r);
}

static void test_decode_tool_use(void **state)
{
    struct prov_usage u = {0};
    json_t *r;

    (void)state;
    r = decode_ok(
        PROV_CHAT, "{" HI "}",
        "{\"id\":\"msg_02\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"c\","
        "\"content\":[{\"type\":\"text\",\"text\":\"Checking.\"},{\"type\":\"tool_use\","
        "\"id\":\"toolu_A\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\",\"days\":2}},"
        "{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"now\",\"input\":{}}],"
        "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}",
        &u);
    assert_json_eq(
        json_object_get(json_array_get(json_object_get(r, "choices"), 0), "message"),
        "{\"role\":\"assistant\",\"content\":\"Checking.\",\"tool_calls\":["
        "{\"id\":\"toolu_A\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
        "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\",\\\"days\\\":2}\"}},"
        "{\"id\":\"toolu_B\",\"type\":\"function\",\"function\":{\"name\":\"now\",\"arguments\":\"{"
        "}\"}}]}");
    assert_json_eq(
        json_object_get(json_array_get(json_object_get(r, "choices"), 0), "finish_reason"),
        "\"tool_calls\"");
    json_decref(r);

    /* Only a tool call: content is null. */
    r = decode_ok(PROV_CHAT, "{" HI "}",
                  "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\","
                  "\"name\":\"f\",\"input\":{}}],\"stop_reason\":\"tool_use\",\"usage\":{}}",
                  &u);
    assert_json_eq(json_object_get(
                       json_object_get(json_array_get(json_object_get(r, "choices"), 0), "message"),
                       "content"),
                   "null");
    json_decref(r);
}

static void test_decode_finish_reasons(void **state)
{
    static const struct {
        const char *stop, *finish;
    } cases[] = {
        {"\"end_turn\"", "stop"},
        {"\"stop_sequence\"", "stop"},
        {"\"max_tokens\"", "length"},
        {"\"tool_use\"", "tool_calls"},
        {"\"refusal\"", "content_filter"},
        {"\"pause_turn\"", "stop"},
        {"null", "stop"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char body[512], want[64];
        struct prov_usage u = {0};
        json_t *r;

        snprintf(body, sizeof(body),
                 "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}],"
                 "\"stop_reason\":%s,\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}",
                 cases[i].stop);
        snprintf(want, sizeof(want), "\"%s\"", cases[i].finish);
        r = decode_ok(PROV_CHAT, "{" HI "}", body, &u);
        assert_json_eq(
            json_object_get(json_array_get(json_object_get(r, "choices"), 0), "finish_reason"),
            want);
        json_decref(r);
    }
}

static void test_decode_cache_usage(void **state)
{
    struct prov_usage u = {0};
    json_t *r;

    (void)state;
    r = decode_ok(PROV_CHAT, "{" HI "}",
                  "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}],"
                  "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":10,"
                  "\"cache_creation_input_tokens\":50,\"cache_read_input_tokens\":100,"
                  "\"output_tokens\":5}}",
                  &u);
    assert_json_eq(json_object_get(r, "usage"),
                   "{\"prompt_tokens\":160,\"completion_tokens\":5,\"total_tokens\":165,"
                   "\"prompt_tokens_details\":{\"cached_tokens\":100},"
                   "\"cache_creation_input_tokens\":50,\"cache_read_input_tokens\":100}");
    assert_int_equal(u.prompt_tokens, 160);
    assert_int_equal(u.total_tokens, 165);
    json_decref(r);
}

static void test_decode_json_mode_and_thinking(void **state)
{
    struct prov_usage u = {0};
    json_t *r, *m;

    (void)state;
    r = decode_ok(PROV_CHAT, "{" HI ",\"response_format\":{\"type\":\"json_object\"}}",
                  "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\","
                  "\"name\":\"json_tool_call\",\"input\":{\"name\":\"Ada\"}}],"
                  "\"stop_reason\":\"tool_use\",\"usage\":{}}",
                  &u);
    assert_json_eq(json_array_get(json_object_get(r, "choices"), 0),
                   "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"name\\\":"
                   "\\\"Ada\\\"}\"},"
                   "\"logprobs\":null,\"finish_reason\":\"stop\"}");
    json_decref(r);

    /* Without JSON mode the same answer is a tool call. */
    r = decode_ok(
        PROV_CHAT, "{" HI "}",
        "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\","
        "\"name\":\"json_tool_call\",\"input\":{}}],\"stop_reason\":\"tool_use\",\"usage\":{}}",
        &u);
    m = json_object_get(json_array_get(json_object_get(r, "choices"), 0), "message");
    assert_int_equal(json_array_size(json_object_get(m, "tool_calls")), 1);
    json_decref(r);

    r = decode_ok(PROV_CHAT, "{" HI "}",
                  "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"thinking\",\"thinking\":"
                  "\"Let me think.\",\"signature\":\"abc\"},{\"type\":\"text\",\"text\":\"42\"}],"
                  "\"stop_reason\":\"end_turn\",\"usage\":{}}",
                  &u);
    assert_json_eq(
        json_object_get(json_array_get(json_object_get(r, "choices"), 0), "message"),
        "{\"role\":\"assistant\",\"content\":\"42\",\"reasoning_content\":\"Let me think.\","
        "\"thinking_blocks\":[{\"type\":\"thinking\",\"thinking\":\"Let me think.\","
        "\"signature\":\"abc\"}]}");
    json_decref(r);
}

static void test_decode_completion(void **state)
{
    struct prov_usage u = {0};
    json_t *r;

    (void)state;
    r = decode_ok(
        PROV_COMPLETION, "{\"prompt\":\"Say hi\"}",
        "{\"id\":\"msg_c\",\"model\":\"c\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],"
        "\"stop_reason\":\"max_tokens\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}",
        &u);
    assert_json_eq(r,
                   "{\"id\":\"msg_c\",\"object\":\"text_completion\",\"model\":\"c\",\"choices\":"
                   "[{\"text\":\"hi\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"length\"}],"
                   "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4,"
                   "\"prompt_tokens_details\":{\"cached_tokens\":0},"
                   "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0}}");
    json_decref(r);
}

static void test_decode_bad_bodies(void **state)
{
    static const char *const bodies[] = {
        "",
        "not json",
        "[1,2]",
        "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"x\"}}",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
        struct fx f;
        struct prov_usage u = {0};
        json_t *out = NULL;

        fx_init(&f, PROV_CHAT, "{" HI "}");
        assert_int_equal(prov_anthropic.decode(&f.call, str_from(bodies[i]), &out, &u),
                         GW_EUPSTREAM);
        assert_null(out);
        fx_dispose(&f);
    }
}

/* ---- streams ------------------------------------------------------------ */

struct sink {
    json_t *chunks;
    int fail_after; /* emit returns an error after this many chunks; <0 never */
};

static int sink_emit(void *ctx, json_t *chunk)
{
    struct sink *s = ctx;
    json_t *c = json_deep_copy(chunk);

    if (s->fail_after >= 0 && (int)json_array_size(s->chunks) >= s->fail_after) {
        json_decref(c);
        return GW_ECLOSED;
    }
    json_object_del(c, "created");
    json_array_append_new(s->chunks, c);
    return 0;
}

struct run {
    json_t *chunks;
    struct prov_usage usage;
    bool done;
    int rc;
};

/* Feeds `sse` to a fresh stream in pieces cut at the given offsets (sorted,
 * 0 < cut < len), or byte by byte when `bytewise`. */
static struct run run_stream(enum prov_op op, const char *req, const char *sse, const size_t *cuts,
                             size_t ncuts, bool bytewise)
{
    struct fx f;
    struct prov_stream st;
    struct sink s = {json_array(), -1};
    struct run r = {0};
    size_t len = strlen(sse), at = 0;

    fx_init(&f, op, req);
    prov_stream_init(&st, 1 << 20);
    if (bytewise) {
        for (at = 0; at < len && r.rc == 0; at++)
            r.rc = prov_anthropic.stream(&f.call, &st, sse + at, 1, sink_emit, &s);
    } else {
        for (size_t i = 0; i <= ncuts && r.rc == 0; i++) {
            size_t end = i < ncuts ? cuts[i] : len;

            r.rc = prov_anthropic.stream(&f.call, &st, sse + at, end - at, sink_emit, &s);
            at = end;
        }
    }
    r.chunks = s.chunks;
    r.usage = st.usage;
    r.done = st.done;
    prov_stream_dispose(&st);
    fx_dispose(&f);
    return r;
}

/* The stream must give the same chunks whole, byte by byte, and cut at any
 * one or two places. Returns the chunks of the whole feed. */
static struct run stream_everyway(enum prov_op op, const char *req, const char *sse)
{
    struct run whole = run_stream(op, req, sse, NULL, 0, false);
    size_t len = strlen(sse);
    struct run r;

    assert_int_equal(whole.rc, 0);
    r = run_stream(op, req, sse, NULL, 0, true);
    assert_int_equal(r.rc, 0);
    assert_true(json_equal(r.chunks, whole.chunks));
    assert_int_equal(r.done, whole.done);
    json_decref(r.chunks);
    for (size_t k = 1; k < len; k++) {
        size_t cuts[2] = {k, k + (len - k) / 2};

        r = run_stream(op, req, sse, cuts, cuts[1] > k && cuts[1] < len ? 2 : 1, false);
        if (r.rc != 0 || !json_equal(r.chunks, whole.chunks))
            fail_msg("stream cut at %zu and %zu differs (rc %d)", cuts[0], cuts[1], r.rc);
        assert_int_equal(r.usage.prompt_tokens, whole.usage.prompt_tokens);
        assert_int_equal(r.usage.completion_tokens, whole.usage.completion_tokens);
        json_decref(r.chunks);
    }
    return whole;
}

#define EV(name, data) "event: " name "\ndata: " data "\n\n"

#define TEXT_STREAM                                                                                \
    EV("message_start",                                                                            \
       "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_S1\",\"type\":"                      \
       "\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-x\","                 \
       "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,"               \
       "\"cache_read_input_tokens\":5,\"output_tokens\":1}}}")                                     \
    EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{"  \
                              "\"type\":\"text\",\"text\":\"\"}}")                                 \
    EV("ping", "{\"type\": \"ping\"}")                                                             \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":" \
                              "\"text_delta\",\"text\":\"Hello\"}}")                               \
    "event: content_block_delta\r\ndata: {\"type\":\"content_block_delta\",\"index\":0,"           \
    "\"delta\":{\"type\":\"text_delta\",\"text\":\" wörld\"}}\r\n\r\n" EV(                         \
        "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")                     \
        EV("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"," \
                            "\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}")           \
            EV("message_stop", "{\"type\":\"message_stop\"}")

#define CHUNK(delta, finish)                                                                       \
    "{\"id\":\"msg_S1\",\"object\":\"chat.completion.chunk\",\"model\":\"claude-x\",\"choices\":"  \
    "[{\"index\":0,\"delta\":" delta ",\"logprobs\":null,\"finish_reason\":" finish "}]}"

static void test_stream_text_with_usage(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(PROV_CHAT,
                        "{\"stream\":true,\"stream_options\":{\"include_usage\":true}," HI "}",
                        TEXT_STREAM);
    assert_json_eq(
        r.chunks,
        "[" CHUNK("{\"role\":\"assistant\",\"content\":\"\"}", "null") "," CHUNK(
            "{\"content\":\"Hello\"}",
            "null") "," CHUNK("{\"content\":\" wörld\"}",
                              "null") "," CHUNK("{}",
                                                "\"stop\"") ","
                                                            "{\"id\":\"msg_S1\",\"object\":\"chat."
                                                            "completion.chunk\",\"model\":\"claude-"
                                                            "x\","
                                                            "\"choices\":[],\"usage\":{\"prompt_"
                                                            "tokens\":30,\"completion_tokens\":15,"
                                                            "\"total_tokens\":45,\"prompt_tokens_"
                                                            "details\":{\"cached_tokens\":5},"
                                                            "\"cache_creation_input_tokens\":0,"
                                                            "\"cache_read_input_tokens\":5}}]");
    assert_true(r.done);
    assert_true(r.usage.set);
    assert_int_equal(r.usage.prompt_tokens, 30);
    assert_int_equal(r.usage.completion_tokens, 15);
    assert_int_equal(r.usage.total_tokens, 45);
    json_decref(r.chunks);
}

static void test_stream_text_without_usage(void **state)
{
    struct run r;

    (void)state;
    r = run_stream(PROV_CHAT, "{\"stream\":true," HI "}", TEXT_STREAM, NULL, 0, false);
    assert_int_equal(r.rc, 0);
    assert_int_equal(json_array_size(r.chunks), 4); /* no usage-only chunk */
    assert_true(r.done);
    assert_int_equal(r.usage.prompt_tokens, 30); /* but usage is recorded */
    assert_int_equal(r.usage.completion_tokens, 15);
    json_decref(r.chunks);
}

#define TOOL_STREAM                                                                                \
    EV("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_S1\",\"model\":"    \
                        "\"claude-x\",\"usage\":{\"input_tokens\":100,\"output_tokens\":1}}}")     \
    EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{"  \
                              "\"type\":\"text\",\"text\":\"\"}}")                                 \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":" \
                              "\"text_delta\",\"text\":\"Checking.\"}}")                           \
    EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")                      \
    EV("content_block_start",                                                                      \
       "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"                          \
       "{\"type\":\"tool_use\",\"id\":\"toolu_A\",\"name\":\"get_weather\","                       \
       "\"input\":{}}}")                                                                           \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":" \
                              "\"input_json_delta\",\"partial_json\":\"\"}}")                      \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":" \
                              "\"input_json_delta\",\"partial_json\":\"{\\\"city\\\": \"}}")       \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":" \
                              "\"input_json_delta\",\"partial_json\":\"\\\"Paris\\\"}\"}}")        \
    EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}")                      \
    EV("content_block_start",                                                                      \
       "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":"                          \
       "{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"now\",\"input\":{}}}")                \
    EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":" \
                              "\"input_json_delta\",\"partial_json\":\"{}\"}}")                    \
    EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":2}")                      \
    EV("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},"    \
                        "\"usage\":{\"output_tokens\":40}}")                                       \
    EV("message_stop", "{\"type\":\"message_stop\"}")

static void test_stream_tool_calls(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(PROV_CHAT, "{\"stream\":true," HI "}", TOOL_STREAM);
    assert_json_eq(
        r.chunks,
        "[" CHUNK("{\"role\":\"assistant\",\"content\":\"\"}", "null") "," CHUNK(
            "{\"content\":\"Checking.\"}",
            "null") "," CHUNK("{\"tool_calls\":[{\"index\":0,\"id\":\"toolu_A\",\"type\":"
                              "\"function\","
                              "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}",
                              "null") "," CHUNK("{\"tool_calls\":[{\"index\":0,\"function\":{"
                                                "\"arguments\":\"{\\\"city\\\": \"}}]}",
                                                "null") "," CHUNK("{\"tool_calls\":[{\"index\":0,"
                                                                  "\"function\":{\"arguments\":"
                                                                  "\"\\\"Paris\\\"}\"}}]}",
                                                                  "null") "," CHUNK("{\"tool_"
                                                                                    "calls\":[{"
                                                                                    "\"index\":1,"
                                                                                    "\"id\":"
                                                                                    "\"toolu_B\","
                                                                                    "\"type\":"
                                                                                    "\"function\","
                                                                                    "\"function\":{"
                                                                                    "\"name\":"
                                                                                    "\"now\","
                                                                                    "\"arguments\":"
                                                                                    "\"\"}}]}",
                                                                                    "null") "," CHUNK("{\"tool_calls\":[{\"index\":1,\"function\":{\"arguments\":\"{}\"}}]}",
                                                                                                      "null") "," CHUNK("{}",
                                                                                                                        "\"tool_calls\"") "]");
    assert_int_equal(r.usage.prompt_tokens, 100);
    assert_int_equal(r.usage.completion_tokens, 40);
    json_decref(r.chunks);
}

static void test_stream_error_event(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(
        PROV_CHAT, "{\"stream\":true," HI "}",
        EV("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_S1\",\"model\":"
                            "\"claude-x\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}")
            EV("content_block_start",
               "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
               "{\"type\":\"text\",\"text\":\"\"}}")
                EV("content_block_delta",
                   "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                   "\"text_delta\",\"text\":\"Hi\"}}")
                    EV("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                "\"message\":\"Overloaded\"}}")
                        EV("content_block_delta",
                           "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                           "\"text_delta\",\"text\":\"ignored\"}}"));
    assert_json_eq(r.chunks,
                   "[" CHUNK("{\"role\":\"assistant\",\"content\":\"\"}", "null") "," CHUNK(
                       "{\"content\":\"Hi\"}", "null") ","
                                                       "{\"error\":{\"message\":\"upstream error: "
                                                       "Overloaded\",\"type\":\"overloaded_error\","
                                                       "\"param\":null,\"code\":\"503\"}}]");
    assert_true(r.done);
    json_decref(r.chunks);

    /* The other error types keep the status they would have had. */
    {
        static const struct {
            const char *type, *code;
        } cases[] = {
            {"invalid_request_error", "400"},
            {"rate_limit_error", "429"},
            {"api_error", "502"},
            {"something_new", "502"},
        };

        for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            char sse[256];

            snprintf(sse, sizeof(sse),
                     "event: error\ndata: "
                     "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"m\"}}\n\n",
                     cases[i].type);
            r = run_stream(PROV_CHAT, "{\"stream\":true," HI "}", sse, NULL, 0, false);
            assert_int_equal(r.rc, 0);
            assert_string_equal(json_string_value(json_object_get(
                                    json_object_get(json_array_get(r.chunks, 0), "error"), "code")),
                                cases[i].code);
            assert_string_equal(json_string_value(json_object_get(
                                    json_object_get(json_array_get(r.chunks, 0), "error"), "type")),
                                cases[i].type);
            json_decref(r.chunks);
        }
    }
}

static void test_stream_json_mode(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(
        PROV_CHAT, "{\"stream\":true," HI ",\"response_format\":{\"type\":\"json_object\"}}",
        EV("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_S1\",\"model\":"
                            "\"claude-x\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}")
            EV("content_block_start",
               "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
               "{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"json_tool_call\",\"input\":{}}}")
                EV("content_block_delta",
                   "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                   "\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":\"}}")
                    EV("content_block_delta",
                       "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                       "\"input_json_delta\",\"partial_json\":\"1}\"}}")
                        EV("message_delta",
                           "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},"
                           "\"usage\":{\"output_tokens\":4}}")
                            EV("message_stop", "{\"type\":\"message_stop\"}"));
    assert_json_eq(
        r.chunks,
        "[" CHUNK("{\"role\":\"assistant\",\"content\":\"\"}", "null") "," CHUNK(
            "{\"content\":\"{\\\"a\\\":\"}",
            "null") "," CHUNK("{\"content\":\"1}\"}", "null") "," CHUNK("{}", "\"stop\"") "]");
    json_decref(r.chunks);
}

static void test_stream_thinking_and_unknown_events(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(
        PROV_CHAT, "{\"stream\":true," HI "}",
        ": a comment line\n\n" EV(
            "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_S1\",\"model\":"
                             "\"claude-x\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}")
            EV("content_block_start",
               "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
               "{\"type\":\"thinking\",\"thinking\":\"\"}}")
                EV("content_block_delta",
                   "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                   "\"thinking_delta\",\"thinking\":\"Hmm.\"}}")
                    EV("content_block_delta",
                       "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                       "\"signature_delta\",\"signature\":\"EqQB\"}}")
                        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                            EV("brand_new_event", "{\"type\":\"brand_new_event\",\"x\":1}") EV(
                                "content_block_start",
                                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
                                "{\"type\":\"text\",\"text\":\"Yes\"}}")
                                EV("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_"
                                                    "reason\":\"max_tokens\"},"
                                                    "\"usage\":{\"output_tokens\":4}}")
                                    EV("message_stop", "{\"type\":\"message_stop\"}"));
    assert_json_eq(
        r.chunks,
        "[" CHUNK("{\"role\":\"assistant\",\"content\":\"\"}", "null") "," CHUNK(
            "{\"reasoning_content\":\"Hmm.\"}",
            "null") "," CHUNK("{\"content\":\"Yes\"}", "null") "," CHUNK("{}", "\"length\"") "]");
    json_decref(r.chunks);
}

static void test_stream_completion(void **state)
{
    struct run r;

    (void)state;
    r = stream_everyway(
        PROV_COMPLETION,
        "{\"stream\":true,\"stream_options\":{\"include_usage\":true},\"prompt\":\"p\"}",
        TEXT_STREAM);
    assert_json_eq(
        r.chunks,
        "[{\"id\":\"msg_S1\",\"object\":\"text_completion\",\"model\":\"claude-x\",\"choices\":"
        "[{\"text\":\"Hello\",\"index\":0,\"logprobs\":null,\"finish_reason\":null}]},"
        "{\"id\":\"msg_S1\",\"object\":\"text_completion\",\"model\":\"claude-x\",\"choices\":"
        "[{\"text\":\" wörld\",\"index\":0,\"logprobs\":null,\"finish_reason\":null}]},"
        "{\"id\":\"msg_S1\",\"object\":\"text_completion\",\"model\":\"claude-x\",\"choices\":"
        "[{\"text\":\"\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}]},"
        "{\"id\":\"msg_S1\",\"object\":\"text_completion\",\"model\":\"claude-x\",\"choices\":[],"
        "\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":15,\"total_tokens\":45,"
        "\"prompt_tokens_details\":{\"cached_tokens\":5},\"cache_creation_input_tokens\":0,"
        "\"cache_read_input_tokens\":5}}]");
    json_decref(r.chunks);
}

static void test_stream_incomplete_and_bad(void **state)
{
    struct run r;

    (void)state;
    /* Cut before message_stop: not done (the gateway reports the early end). */
    r = run_stream(
        PROV_CHAT, "{\"stream\":true," HI "}",
        EV("message_start",
           "{\"type\":\"message_start\",\"message\":{\"id\":\"m\","
           "\"model\":\"c\",\"usage\":{\"input_tokens\":1}}}") "event: content_block_start\ndata: "
                                                               "{\"type\":\"content_blo",
        NULL, 0, false);
    assert_int_equal(r.rc, 0);
    assert_false(r.done);
    assert_int_equal(json_array_size(r.chunks), 1);
    json_decref(r.chunks);

    r = run_stream(PROV_CHAT, "{\"stream\":true," HI "}", "event: message_start\ndata: {oops\n\n",
                   NULL, 0, false);
    assert_int_equal(r.rc, GW_EUPSTREAM);
    json_decref(r.chunks);

    /* A block index out of range. */
    r = run_stream(PROV_CHAT, "{\"stream\":true," HI "}",
                   EV("content_block_start",
                      "{\"type\":\"content_block_start\",\"index\":-1,"
                      "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"),
                   NULL, 0, false);
    assert_int_equal(r.rc, GW_EUPSTREAM);
    json_decref(r.chunks);

    /* Many blocks: the index table grows. */
    {
        char *sse = malloc(64 * 1024);
        size_t n = 0;

        n += (size_t)sprintf(sse + n, EV("message_start", "{\"type\":\"message_start\",\"message\":"
                                                          "{\"id\":\"m\",\"model\":\"c\"}}"));
        for (int i = 0; i < 100; i++)
            n += (size_t)sprintf(
                sse + n,
                "event: content_block_start\ndata: {\"type\":\"content_block_start\","
                "\"index\":%d,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t%d\","
                "\"name\":\"f\",\"input\":{}}}\n\n",
                i, i);
        n += (size_t)sprintf(sse + n,
                             "event: content_block_delta\ndata: {\"type\":\"content_block_delta\","
                             "\"index\":3,\"delta\":{\"type\":\"input_json_delta\","
                             "\"partial_json\":\"{}\"}}\n\n");
        r = run_stream(PROV_CHAT, "{\"stream\":true," HI "}", sse, NULL, 0, false);
        assert_int_equal(r.rc, 0);
        assert_int_equal(json_array_size(r.chunks), 102);
        assert_json_eq(
            json_object_get(
                json_array_get(
                    json_object_get(
                        json_object_get(
                            json_array_get(
                                json_object_get(json_array_get(r.chunks, 101), "choices"), 0),
                            "delta"),
                        "tool_calls"),
                    0),
                "index"),
            "3");
        json_decref(r.chunks);
        free(sse);
    }
}

static void test_stream_emit_failure_stops(void **state)
{
    struct fx f;
    struct prov_stream st;
    struct sink s = {json_array(), 2};

    (void)state;
    fx_init(&f, PROV_CHAT, "{\"stream\":true," HI "}");
    prov_stream_init(&st, 1 << 20);
    assert_int_equal(
        prov_anthropic.stream(&f.call, &st, TEXT_STREAM, strlen(TEXT_STREAM), sink_emit, &s),
        GW_ECLOSED);
    assert_int_equal(json_array_size(s.chunks), 2);
    json_decref(s.chunks);
    prov_stream_dispose(&st);
    fx_dispose(&f);
}

/* ---- errors ------------------------------------------------------------- */

static void test_error_mapping(void **state)
{
    static const struct {
        long status;
        const char *type, *msg;
        int want;
        const char *code;
    } cases[] = {
        {400, "invalid_request_error", "max_tokens: Field required", 400, "400"},
        {401, "authentication_error", "invalid x-api-key", 401, "401"},
        {403, "permission_error", "Your API key does not have permission", 403, "403"},
        {404, "not_found_error", "model: claude-9", 404, "404"},
        {413, "request_too_large", "Request exceeds the maximum allowed number of bytes.", 413,
         "413"},
        {429, "rate_limit_error",
         "Number of request tokens has exceeded your per-minute rate limit", 429, "429"},
        {500, "api_error", "Internal server error", 502, "502"},
        {529, "overloaded_error", "Overloaded", 503, "503"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        struct prov_error pe = {0};
        char body[512], want_msg[256];

        snprintf(body, sizeof(body),
                 "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"%s\"},"
                 "\"request_id\":\"req_011\"}",
                 cases[i].type, cases[i].msg);
        fx_init(&f, PROV_CHAT, "{" HI "}");
        prov_anthropic.error(&f.call, cases[i].status, str_from(body), &pe);
        assert_int_equal(pe.status, cases[i].want);
        assert_string_equal(pe.type, cases[i].type);
        assert_string_equal(pe.code, cases[i].code);
        snprintf(want_msg, sizeof(want_msg), "upstream returned %ld: %s", cases[i].status,
                 cases[i].msg);
        assert_string_equal(pe.message, want_msg);
        fx_dispose(&f);
    }
}

static void test_error_without_body(void **state)
{
    struct fx f;
    struct prov_error pe = {0};

    (void)state;
    fx_init(&f, PROV_CHAT, "{" HI "}");
    prov_anthropic.error(&f.call, 502, str_from("<html>bad gateway</html>"), &pe);
    assert_int_equal(pe.status, 502);
    assert_string_equal(pe.type, "api_error");
    assert_non_null(strstr(pe.message, "no error message"));
    prov_anthropic.error(&f.call, 418, STR_NULL, &pe);
    assert_int_equal(pe.status, 400);
    assert_string_equal(pe.type, "invalid_request_error");
    fx_dispose(&f);
}

static void test_registered(void **state)
{
    (void)state;
    assert_ptr_equal(prov_find("anthropic"), &prov_anthropic);
    assert_string_equal(prov_anthropic.name, "anthropic");
    assert_null(prov_anthropic.local);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_registered),
        cmocka_unit_test(test_url_and_headers),
        cmocka_unit_test(test_url_forms),
        cmocka_unit_test(test_key_from_environment),
        cmocka_unit_test(test_stream_headers_and_flag),
        cmocka_unit_test(test_extra_headers),
        cmocka_unit_test(test_minimal_body),
        cmocka_unit_test(test_system_string),
        cmocka_unit_test(test_system_blocks),
        cmocka_unit_test(test_user_parts_and_images),
        cmocka_unit_test(test_bad_images),
        cmocka_unit_test(test_cache_control_on_message),
        cmocka_unit_test(test_merge_consecutive_roles),
        cmocka_unit_test(test_first_turn_is_user),
        cmocka_unit_test(test_final_assistant_trimmed),
        cmocka_unit_test(test_tool_round_trip_messages),
        cmocka_unit_test(test_bad_messages),
        cmocka_unit_test(test_max_tokens),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_sampling_pass_through),
        cmocka_unit_test(test_user_metadata),
        cmocka_unit_test(test_dropped_params),
        cmocka_unit_test(test_tools),
        cmocka_unit_test(test_tool_choice),
        cmocka_unit_test(test_response_format),
        cmocka_unit_test(test_thinking),
        cmocka_unit_test(test_completion_and_embedding_ops),
        cmocka_unit_test(test_decode_text),
        cmocka_unit_test(test_decode_tool_use),
        cmocka_unit_test(test_decode_finish_reasons),
        cmocka_unit_test(test_decode_cache_usage),
        cmocka_unit_test(test_decode_json_mode_and_thinking),
        cmocka_unit_test(test_decode_completion),
        cmocka_unit_test(test_decode_bad_bodies),
        cmocka_unit_test(test_stream_text_with_usage),
        cmocka_unit_test(test_stream_text_without_usage),
        cmocka_unit_test(test_stream_tool_calls),
        cmocka_unit_test(test_stream_error_event),
        cmocka_unit_test(test_stream_json_mode),
        cmocka_unit_test(test_stream_thinking_and_unknown_events),
        cmocka_unit_test(test_stream_completion),
        cmocka_unit_test(test_stream_incomplete_and_bad),
        cmocka_unit_test(test_stream_emit_failure_stops),
        cmocka_unit_test(test_error_mapping),
        cmocka_unit_test(test_error_without_body),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
