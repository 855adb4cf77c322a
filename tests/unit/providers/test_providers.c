/*
 * Unit tests of src/providers: the SSE parser (fed whole, split at every byte
 * boundary and byte by byte, which must all give the same events), the
 * OpenAI translation (request body, URL and headers; whole and streamed
 * answers; upstream errors) and the mock provider. Deployments are filled by
 * hand; no config is loaded and nothing touches the network.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "providers/prov.h"
#include "providers/prov_int.h"
#include "util/arena.h"
#include "util/err.h"

/* ---- helpers ---------------------------------------------------------- */

/* Each event as "[name]data\n" with '\n' inside data shown as '|'. */
struct sse_log {
    struct buf out;
    int n;
    int fail_at; /* the callback returns GW_EUPSTREAM on this event (1-based) */
};

static int log_event(void *ctx, struct str event, struct str data)
{
    struct sse_log *l = ctx;

    l->n++;
    if (l->n == l->fail_at)
        return GW_EUPSTREAM;
    assert_int_equal(buf_append_c(&l->out, "["), 0);
    assert_int_equal(buf_append_str(&l->out, event), 0);
    assert_int_equal(buf_append_c(&l->out, "]"), 0);
    for (size_t i = 0; i < data.len; i++)
        assert_int_equal(buf_append(&l->out, data.ptr[i] == '\n' ? "|" : &data.ptr[i], 1), 0);
    assert_int_equal(buf_append_c(&l->out, "\n"), 0);
    return 0;
}

/* Feeds `text` in pieces cut at `cuts` (ascending offsets) and returns the
 * log as a heap string (caller frees), with the last return code. */
static char *sse_run(const char *text, size_t len, const size_t *cuts, size_t ncuts,
                     size_t max_line, int *rc_out)
{
    struct prov_stream st;
    struct sse_log l = {.fail_at = 0};
    size_t start = 0;
    int rc = 0;
    char *res;

    prov_stream_init(&st, max_line);
    buf_init(&l.out, 1 << 20);
    for (size_t i = 0; i <= ncuts && rc == 0; i++) {
        size_t end = i < ncuts ? cuts[i] : len;

        rc = prov__sse_feed(&st, text + start, end - start, log_event, &l);
        start = end;
    }
    *rc_out = rc;
    res = strdup(l.out.ptr ? l.out.ptr : "");
    buf_dispose(&l.out);
    prov_stream_dispose(&st);
    return res;
}

static const char sse_text[] = ": a comment first\r\n"
                               "data: {\"a\":1}\r\n"
                               "\r\n"
                               "event: message_start\n"
                               "data: line1\n"
                               "data:line2\n"
                               "data:  two spaces\n"
                               "\n"
                               "data: after a named event\n"
                               "\n"
                               ": keep-alive\n"
                               "\n"
                               "data\n"
                               "\n"
                               "id: 5\n"
                               "retry: 100\n"
                               "data: x: y\n"
                               "\n"
                               "event: content_block_delta\r\n"
                               "data: {\"d\":\"\xc3\xa9\"}\r\n"
                               "\r\n"
                               "data: [DONE]\n"
                               "\n"
                               "data: incomplete, no blank line yet\n";

static const char sse_want[] = "[]{\"a\":1}\n"
                               "[message_start]line1|line2| two spaces\n"
                               "[]after a named event\n"
                               "[]\n"
                               "[]x: y\n"
                               "[content_block_delta]{\"d\":\"\xc3\xa9\"}\n"
                               "[][DONE]\n";

/* Emitted chunks, each kept with a reference. */
struct chunks {
    json_t *arr;
    int fail_at; /* emit returns GW_ECLOSED on this chunk (1-based) */
};

static int collect(void *ctx, json_t *chunk)
{
    struct chunks *c = ctx;

    json_array_append(c->arr, chunk);
    if ((int)json_array_size(c->arr) == c->fail_at)
        return GW_ECLOSED;
    return 0;
}

static json_t *parse(const char *s)
{
    json_error_t e;
    json_t *j = json_loads(s, 0, &e);

    if (!j)
        fail_msg("bad JSON in test: %s: %s", e.text, s);
    return j;
}

static json_t *parse_str(struct str s)
{
    json_error_t e;
    json_t *j = json_loadb(s.ptr, s.len, 0, &e);

    if (!j)
        fail_msg("bad JSON: %s: %.*s", e.text, STR_FMT(s));
    return j;
}

/* The content of a chat chunk's delta, or a completion chunk's text, or NULL. */
static const char *chunk_text(const json_t *chunk)
{
    const json_t *c0 = json_array_get(json_object_get(chunk, "choices"), 0);
    const json_t *t = json_object_get(json_object_get(c0, "delta"), "content");

    return json_string_value(t ? t : json_object_get(c0, "text"));
}

static int count_headers(const struct curl_slist *h, const char *line)
{
    int n = 0;

    for (; h; h = h->next)
        n += strcmp(h->data, line) == 0;
    return n;
}

static bool has_header_prefix(const struct curl_slist *h, const char *prefix)
{
    for (; h; h = h->next)
        if (strncmp(h->data, prefix, strlen(prefix)) == 0)
            return true;
    return false;
}

/* ---- SSE parser ------------------------------------------------------- */

static void test_sse_whole(void **state)
{
    int rc;
    char *got = sse_run(sse_text, sizeof(sse_text) - 1, NULL, 0, 4096, &rc);

    assert_int_equal(rc, 0);
    assert_string_equal(got, sse_want);
    free(got);
}

static void test_sse_every_split(void **state)
{
    size_t len = sizeof(sse_text) - 1;
    int rc;

    /* One cut anywhere. */
    for (size_t i = 0; i <= len; i++) {
        char *got = sse_run(sse_text, len, &i, 1, 4096, &rc);

        assert_int_equal(rc, 0);
        if (strcmp(got, sse_want) != 0)
            fail_msg("split at %zu gives:\n%s", i, got);
        free(got);
    }
    /* Two cuts anywhere (a CRLF torn apart, a field name in three pieces). */
    for (size_t i = 0; i <= len; i += 3) {
        for (size_t j = i; j <= len; j++) {
            size_t cuts[2] = {i, j};
            char *got = sse_run(sse_text, len, cuts, 2, 4096, &rc);

            assert_int_equal(rc, 0);
            if (strcmp(got, sse_want) != 0)
                fail_msg("splits at %zu, %zu give:\n%s", i, j, got);
            free(got);
        }
    }
}

static void test_sse_byte_by_byte(void **state)
{
    size_t len = sizeof(sse_text) - 1;
    size_t *cuts = malloc(len * sizeof(*cuts));
    int rc;
    char *got;

    for (size_t i = 0; i < len; i++)
        cuts[i] = i + 1;
    got = sse_run(sse_text, len, cuts, len, 4096, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got, sse_want);
    free(got);
    free(cuts);
}

static void test_sse_callback_error_stops(void **state)
{
    static const char text[] = "data: 1\n\ndata: 2\n\ndata: 3\n\n";
    struct prov_stream st;
    struct sse_log l = {.fail_at = 2};

    prov_stream_init(&st, 1024);
    buf_init(&l.out, 4096);
    assert_int_equal(prov__sse_feed(&st, text, sizeof(text) - 1, log_event, &l), GW_EUPSTREAM);
    /* The third event was not delivered. */
    assert_int_equal(l.n, 2);
    assert_string_equal(l.out.ptr, "[]1\n");
    buf_dispose(&l.out);
    prov_stream_dispose(&st);
}

static void test_sse_line_limit(void **state)
{
    char text[300];
    size_t len, *cuts;
    int rc;
    char *got;

    /* A data line longer than the limit is refused whether it comes whole
     * or in pieces. */
    len = (size_t)snprintf(text, sizeof(text), "data: %0200d\n\n", 7);
    got = sse_run(text, len, NULL, 0, 64, &rc);
    assert_int_equal(rc, GW_ETOOBIG);
    assert_string_equal(got, "");
    free(got);
    cuts = malloc(len * sizeof(*cuts));
    for (size_t i = 0; i < len; i++)
        cuts[i] = i + 1;
    got = sse_run(text, len, cuts, len, 64, &rc);
    assert_int_equal(rc, GW_ETOOBIG);
    assert_string_equal(got, "");
    free(got);
    free(cuts);
    /* Lines under the limit pass. */
    got = sse_run("data: short\n\n", 13, NULL, 0, 64, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got, "[]short\n");
    free(got);
}

static void test_prov_find(void **state)
{
    assert_ptr_equal(prov_find("openai"), &prov_openai);
    assert_ptr_equal(prov_find("hosted_vllm"), &prov_openai);
    assert_ptr_equal(prov_find("groq"), &prov_openai);
    assert_ptr_equal(prov_find("mock"), &prov_mock);
    assert_null(prov_find("no-such-provider"));
    assert_null(prov_find(NULL));
}

/* ---- OpenAI: encode --------------------------------------------------- */

static const char client_body[] =
    "{\"model\":\"public-name\","
    "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
    "\"mock_response\":\"never upstream\",\"fallbacks\":[\"x\"],\"num_retries\":2,"
    "\"metadata\":{\"k\":\"v\"},\"api_key\":\"sk-client\",\"api_base\":\"http://evil\","
    "\"tags\":[\"t\"],\"caching\":true,"
    "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":"
    "\"object\",\"properties\":{}}}}],"
    "\"seed\":7,\"foo_bar\":{\"nested\":[1,2.5,null,\"s\"]},\"temperature\":0.9,"
    "\"stream\":true,\"stream_options\":{\"include_usage\":false,\"other\":1}}";

static void test_openai_encode_body(void **state)
{
    struct arena a;
    struct cfg_deployment d = {
        .model_name = "public-name",
        .provider = "openai",
        .model = "gpt-4o-mini",
        .api_base = "http://127.0.0.1:9/v1",
        .api_key = "sk-dep",
        .litellm_params = NULL,
    };
    struct prov_call call = {.op = PROV_CHAT, .dep = &d, .stream = true, .arena = &a};
    struct prov_http out = {0};
    json_t *req = parse(client_body), *orig = json_deep_copy(req), *body, *so;

    arena_init(&a, 4096);
    d.litellm_params = parse("{\"temperature\":0.1,\"max_tokens\":5,\"unrelated\":1}");
    call.req = req;
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    body = parse_str(out.body);

    assert_string_equal(json_string_value(json_object_get(body, "model")), "gpt-4o-mini");
    /* The gateway's own fields stay here. */
    static const char *const gone[] = {"mock_response", "fallbacks", "num_retries", "metadata",
                                       "api_key",       "api_base",  "tags",        "caching"};
    for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
        if (json_object_get(body, gone[i]))
            fail_msg("%s was sent upstream", gone[i]);
    /* What the gateway does not know passes untouched. */
    assert_true(json_equal(json_object_get(body, "tools"), json_object_get(req, "tools")));
    assert_true(json_equal(json_object_get(body, "foo_bar"), json_object_get(req, "foo_bar")));
    assert_true(json_equal(json_object_get(body, "messages"), json_object_get(req, "messages")));
    assert_int_equal(json_integer_value(json_object_get(body, "seed")), 7);
    assert_true(json_is_true(json_object_get(body, "stream")));
    /* The client's temperature wins over the deployment's; a default the
     * client did not give is added; other litellm_params are not. */
    assert_true(json_real_value(json_object_get(body, "temperature")) == 0.9);
    assert_int_equal(json_integer_value(json_object_get(body, "max_tokens")), 5);
    assert_null(json_object_get(body, "unrelated"));
    /* Streams always ask for usage, keeping the client's other options. */
    so = json_object_get(body, "stream_options");
    assert_true(json_is_true(json_object_get(so, "include_usage")));
    assert_int_equal(json_integer_value(json_object_get(so, "other")), 1);
    /* 8 fields dropped, model replaced, max_tokens added, nothing else. */
    assert_int_equal(json_object_size(body), json_object_size(req) - 8 + 1);
    /* The client's request object is not changed. */
    assert_true(json_equal(req, orig));

    assert_string_equal(out.url, "http://127.0.0.1:9/v1/chat/completions");
    assert_int_equal(count_headers(out.headers, "Authorization: Bearer sk-dep"), 1);
    assert_int_equal(count_headers(out.headers, "Content-Type: application/json"), 1);
    assert_int_equal(count_headers(out.headers, "Accept: text/event-stream"), 1);
    assert_int_equal(count_headers(out.headers, "Expect:"), 1);
    /* The client's key is never forwarded. */
    assert_false(has_header_prefix(out.headers, "Authorization: Bearer sk-client"));

    json_decref(body);
    json_decref(req);
    json_decref(orig);
    json_decref(d.litellm_params);
    arena_dispose(&a); /* frees the header list */
}

static void test_openai_encode_urls(void **state)
{
    static const struct {
        enum prov_op op;
        const char *base, *want;
    } cases[] = {
        {PROV_CHAT, "http://h:1/v1", "http://h:1/v1/chat/completions"},
        {PROV_COMPLETION, "http://h:1/v1", "http://h:1/v1/completions"},
        {PROV_EMBEDDING, "http://h:1/v1", "http://h:1/v1/embeddings"},
        {PROV_CHAT, NULL, "https://api.openai.com/v1/chat/completions"},
        {PROV_EMBEDDING, NULL, "https://api.openai.com/v1/embeddings"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct arena a;
        struct cfg_deployment d = {
            .model_name = "g", .provider = "vllm", .model = "m", .api_base = cases[i].base};
        json_t *req = parse("{\"model\":\"g\",\"input\":\"x\",\"prompt\":\"p\"}");
        struct prov_call call = {.op = cases[i].op, .dep = &d, .req = req, .arena = &a};
        struct prov_http out = {0};
        json_t *body;

        arena_init(&a, 1024);
        assert_int_equal(prov_openai.encode(&call, &out), 0);
        assert_string_equal(out.url, cases[i].want);
        body = parse_str(out.body);
        assert_string_equal(json_string_value(json_object_get(body, "model")), "m");
        /* Not streaming: no stream_options, no Accept. */
        assert_null(json_object_get(body, "stream_options"));
        assert_false(has_header_prefix(out.headers, "Accept:"));
        /* No key for a vllm deployment: no Authorization at all. */
        assert_false(has_header_prefix(out.headers, "Authorization"));
        json_decref(body);
        json_decref(req);
        arena_dispose(&a);
    }
}

static void test_openai_encode_stream_embedding(void **state)
{
    struct arena a;
    struct cfg_deployment d = {
        .model_name = "e", .provider = "openai", .model = "emb", .api_key = "k"};
    json_t *req = parse("{\"model\":\"e\",\"input\":\"x\"}");
    struct prov_call call = {
        .op = PROV_EMBEDDING, .dep = &d, .req = req, .stream = true, .arena = &a};
    struct prov_http out = {0};
    json_t *body;

    /* Embeddings have no stream: no stream_options even when asked. */
    arena_init(&a, 1024);
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    body = parse_str(out.body);
    assert_null(json_object_get(body, "stream_options"));
    json_decref(body);
    json_decref(req);
    arena_dispose(&a);

    /* A client without stream_options gets one made for it. */
    arena_init(&a, 1024);
    req = parse("{\"model\":\"e\",\"messages\":[]}");
    call.op = PROV_CHAT;
    call.req = req;
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    body = parse_str(out.body);
    assert_true(
        json_is_true(json_object_get(json_object_get(body, "stream_options"), "include_usage")));
    assert_int_equal(json_object_size(json_object_get(body, "stream_options")), 1);
    json_decref(body);
    json_decref(req);
    arena_dispose(&a);
}

static void test_openai_encode_env_key(void **state)
{
    struct arena a;
    struct cfg_deployment d = {.model_name = "g", .provider = "openai", .model = "m"};
    json_t *req = parse("{\"model\":\"g\",\"messages\":[]}");
    struct prov_call call = {.op = PROV_CHAT, .dep = &d, .req = req, .arena = &a};
    struct prov_http out = {0};

    /* provider openai without api_key: OPENAI_API_KEY, as LiteLLM does. */
    setenv("OPENAI_API_KEY", "sk-from-env", 1);
    arena_init(&a, 1024);
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    assert_int_equal(count_headers(out.headers, "Authorization: Bearer sk-from-env"), 1);
    arena_dispose(&a);
    /* But only for openai itself, never sent to another server. */
    d.provider = "hosted_vllm";
    arena_init(&a, 1024);
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    assert_false(has_header_prefix(out.headers, "Authorization"));
    arena_dispose(&a);
    /* The deployment's key wins over the environment. */
    d.provider = "openai";
    d.api_key = "sk-dep";
    arena_init(&a, 1024);
    assert_int_equal(prov_openai.encode(&call, &out), 0);
    assert_int_equal(count_headers(out.headers, "Authorization: Bearer sk-dep"), 1);
    assert_int_equal(count_headers(out.headers, "Authorization: Bearer sk-from-env"), 0);
    arena_dispose(&a);
    unsetenv("OPENAI_API_KEY");
    json_decref(req);
}

/* ---- OpenAI: decode --------------------------------------------------- */

static void test_openai_decode(void **state)
{
    static const char ok[] = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":"
                             "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                             "\"hi\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
                             "11,\"completion_tokens\":4,\"total_tokens\":15}}";
    static const char *const bad[] = {
        "[1,2]", "\"text\"", "42", "null", "<html>502</html>", "{\"unterminated\":", ""};
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .arena = &a};
    struct prov_usage u = {0};
    json_t *out = NULL;

    arena_init(&a, 1024);
    assert_int_equal(prov_openai.decode(&call, str_of(ok, sizeof(ok) - 1), &out, &u), 0);
    assert_non_null(out);
    assert_string_equal(json_string_value(json_object_get(out, "id")), "chatcmpl-1");
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 11);
    assert_int_equal(u.completion_tokens, 4);
    assert_int_equal(u.total_tokens, 15);
    json_decref(out);

    /* total_tokens missing: the sum. */
    memset(&u, 0, sizeof(u));
    out = NULL;
    assert_int_equal(
        prov_openai.decode(
            &call, STR_LIT("{\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":3}}"), &out, &u),
        0);
    assert_int_equal(u.total_tokens, 5);
    json_decref(out);

    /* No usage: left unset. */
    memset(&u, 0, sizeof(u));
    out = NULL;
    assert_int_equal(prov_openai.decode(&call, STR_LIT("{\"id\":\"x\"}"), &out, &u), 0);
    assert_false(u.set);
    json_decref(out);

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        out = NULL;
        memset(&u, 0, sizeof(u));
        assert_int_equal(prov_openai.decode(&call, str_from(bad[i]), &out, &u), GW_EUPSTREAM);
        assert_null(out);
        assert_false(u.set);
    }
    assert_int_equal(prov_openai.decode(&call, STR_NULL, &out, &u), GW_EUPSTREAM);
    arena_dispose(&a);
}

/* ---- OpenAI: stream --------------------------------------------------- */

static const char openai_stream[] =
    "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
    "\"content\":\"\"}}],\"usage\":null}\n\n"
    "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}],"
    "\"usage\":null}\n\n"
    ": OPENROUTER PROCESSING\n\n"
    "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\r\n\r\n"
    "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":"
    "2,\"total_tokens\":7}}\n\n"
    "data: [DONE]\n\n";

/* Streams openai_stream cut every `step` bytes; checks the chunks. */
static void openai_stream_case(bool wants_usage, size_t step)
{
    struct arena a;
    struct prov_call call = {
        .op = PROV_CHAT, .stream = true, .client_wants_usage = wants_usage, .arena = &a};
    struct prov_stream st;
    struct chunks ch = {json_array(), 0};
    size_t len = sizeof(openai_stream) - 1;
    const char *texts[] = {"", "Hel", "lo", NULL};

    arena_init(&a, 1024);
    prov_stream_init(&st, 1 << 16);
    for (size_t off = 0; off < len; off += step) {
        size_t n = off + step > len ? len - off : step;

        assert_int_equal(prov_openai.stream(&call, &st, openai_stream + off, n, collect, &ch), 0);
        /* [DONE] is the last event: done only once it has been seen whole. */
        if (off + n < len)
            assert_false(st.done);
    }
    assert_true(st.done);
    assert_int_equal(json_array_size(ch.arr), wants_usage ? 5 : 4);
    for (size_t i = 0; i < 4; i++) {
        json_t *c = json_array_get(ch.arr, i);

        assert_string_equal(json_string_value(json_object_get(c, "id")), "c1");
        if (texts[i])
            assert_string_equal(chunk_text(c), texts[i]);
        else
            assert_string_equal(
                json_string_value(json_object_get(json_array_get(json_object_get(c, "choices"), 0),
                                                  "finish_reason")),
                "stop");
    }
    if (wants_usage) {
        json_t *last = json_array_get(ch.arr, 4);

        assert_int_equal(json_array_size(json_object_get(last, "choices")), 0);
        assert_int_equal(
            json_integer_value(json_object_get(json_object_get(last, "usage"), "total_tokens")), 7);
    }
    /* Usage is recorded whether the client sees it or not. */
    assert_true(st.usage.set);
    assert_int_equal(st.usage.prompt_tokens, 5);
    assert_int_equal(st.usage.completion_tokens, 2);
    assert_int_equal(st.usage.total_tokens, 7);
    json_decref(ch.arr);
    prov_stream_dispose(&st);
    arena_dispose(&a);
}

static void test_openai_stream(void **state)
{
    size_t len = sizeof(openai_stream) - 1;

    openai_stream_case(false, len);
    openai_stream_case(true, len);
    openai_stream_case(false, 1);
    openai_stream_case(true, 1);
    for (size_t step = 2; step < 40; step++)
        openai_stream_case(step & 1, step);
}

static void test_openai_stream_usage_in_content_chunk(void **state)
{
    /* Some servers put usage on the last content chunk: the chunk must
     * still reach the client, without usage when it did not ask. */
    static const char text[] =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":"
        "\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}\n\n";
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .stream = true, .arena = &a};
    struct prov_stream st;
    struct chunks ch = {json_array(), 0};

    arena_init(&a, 1024);
    prov_stream_init(&st, 1 << 16);
    assert_int_equal(prov_openai.stream(&call, &st, text, sizeof(text) - 1, collect, &ch), 0);
    assert_int_equal(json_array_size(ch.arr), 1);
    assert_string_equal(chunk_text(json_array_get(ch.arr, 0)), "x");
    assert_null(json_object_get(json_array_get(ch.arr, 0), "usage"));
    assert_true(st.usage.set);
    assert_int_equal(st.usage.total_tokens, 2);
    assert_false(st.done);
    json_decref(ch.arr);
    prov_stream_dispose(&st);
    arena_dispose(&a);
}

static void test_openai_stream_errors(void **state)
{
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .stream = true, .arena = &a};
    struct prov_stream st;
    struct chunks ch = {json_array(), 0};
    static const char garbage[] = "data: {\"id\":1}\n\ndata: {not json}\n\ndata: {\"id\":3}\n\n";
    static const char three[] = "data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: {\"n\":3}\n\n";

    arena_init(&a, 1024);
    /* A chunk that is not a JSON object ends the stream as an upstream error. */
    prov_stream_init(&st, 1 << 16);
    assert_int_equal(prov_openai.stream(&call, &st, garbage, sizeof(garbage) - 1, collect, &ch),
                     GW_EUPSTREAM);
    assert_int_equal(json_array_size(ch.arr), 1);
    prov_stream_dispose(&st);
    /* An error from emit stops it too, and comes back as is. */
    json_array_clear(ch.arr);
    ch.fail_at = 2;
    prov_stream_init(&st, 1 << 16);
    assert_int_equal(prov_openai.stream(&call, &st, three, sizeof(three) - 1, collect, &ch),
                     GW_ECLOSED);
    assert_int_equal(json_array_size(ch.arr), 2);
    prov_stream_dispose(&st);
    json_decref(ch.arr);
    arena_dispose(&a);
}

/* ---- OpenAI: errors --------------------------------------------------- */

static void error_case(long status, const char *body, int want_status, const char *want_msg,
                       const char *want_type, const char *want_code)
{
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .arena = &a};
    struct prov_error e = {0};

    arena_init(&a, 1024);
    prov_openai.error(&call, status, str_from(body), &e);
    if (e.status != want_status)
        fail_msg("status %ld body %s: got %d, want %d", status, body, e.status, want_status);
    assert_string_equal(e.message, want_msg);
    assert_string_equal(e.type, want_type);
    assert_string_equal(e.code, want_code);
    arena_dispose(&a);
}

static void test_openai_errors(void **state)
{
    static const char openai_body[] =
        "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens.\","
        "\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":"
        "\"context_length_exceeded\"}}";

    error_case(400, openai_body, 400,
               "upstream returned 400: This model's maximum context length is 8192 tokens.",
               "invalid_request_error", "context_length_exceeded");
    error_case(429,
               "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":"
               "\"rate_limit_exceeded\"}}",
               429, "upstream returned 429: Rate limit reached", "requests", "rate_limit_exceeded");
    error_case(401, "{\"error\":{\"message\":\"Incorrect API key\",\"type\":null,\"code\":null}}",
               401, "upstream returned 401: Incorrect API key", "invalid_request_error", "401");
    /* An upstream 500 is the gateway's 502; 503 and 529 are "unavailable". */
    error_case(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}", 502,
               "upstream returned 500: boom", "server_error", "502");
    error_case(503, "{\"error\":{\"message\":\"overloaded\"}}", 503,
               "upstream returned 503: overloaded", "api_error", "503");
    error_case(529, "", 503, "upstream returned 529: no error message", "api_error", "503");
    error_case(504, "", 504, "upstream returned 504: no error message", "api_error", "504");
    /* An integer code becomes a string. */
    error_case(404, "{\"error\":{\"message\":\"no such model\",\"code\":404}}", 404,
               "upstream returned 404: no such model", "invalid_request_error", "404");
    /* vLLM and others: {"error": "text"}. */
    error_case(400, "{\"error\":\"Invalid prompt\"}", 400, "upstream returned 400: Invalid prompt",
               "invalid_request_error", "400");
    error_case(500, "{\"error\":\"engine dead\"}", 502, "upstream returned 500: engine dead",
               "api_error", "502");
    /* Bodies that say nothing usable. */
    error_case(502, "<html><body>Bad Gateway</body></html>", 502,
               "upstream returned 502: no error message", "api_error", "502");
    error_case(400, "{\"error\":[1,2]}", 400, "upstream returned 400: no error message",
               "invalid_request_error", "400");
    error_case(400, "{\"detail\":\"x\"}", 400, "upstream returned 400: no error message",
               "invalid_request_error", "400");
    /* Other 4xx are a 400. */
    error_case(418, "", 400, "upstream returned 418: no error message", "invalid_request_error",
               "400");
}

/* ---- mock ------------------------------------------------------------- */

static const char *mock_content(json_t *r)
{
    return json_string_value(json_object_get(
        json_object_get(json_array_get(json_object_get(r, "choices"), 0), "message"), "content"));
}

static void test_mock_chat_whole(void **state)
{
    struct arena a;
    struct cfg_deployment d = {.model_name = "m",
                               .provider = "mock",
                               .model = "x",
                               .mock_response = "from the deployment"};
    /* 11 + 5 bytes of content (roles do not count): 4 tokens. */
    json_t *req = parse("{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":"
                        "\"hello there\"},{\"role\":\"user\",\"content\":\"world\"}]}");
    struct prov_call call = {.op = PROV_CHAT, .dep = &d, .req = req, .arena = &a};
    struct prov_usage u = {0};
    json_t *out = NULL, *usage;

    arena_init(&a, 1024);
    assert_int_equal(prov_mock.local(&call, &out, &u, NULL, NULL), 0);
    assert_string_equal(json_string_value(json_object_get(out, "object")), "chat.completion");
    assert_string_equal(json_string_value(json_object_get(out, "model")), "m");
    assert_true(strncmp(json_string_value(json_object_get(out, "id")), "chatcmpl-", 9) == 0);
    assert_string_equal(mock_content(out), "from the deployment");
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(out, "choices"), 0), "finish_reason")),
                        "stop");
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 4);
    assert_int_equal(u.completion_tokens, 5); /* 19 bytes */
    assert_int_equal(u.total_tokens, 9);
    usage = json_object_get(out, "usage");
    assert_int_equal(json_integer_value(json_object_get(usage, "prompt_tokens")), 4);
    assert_int_equal(json_integer_value(json_object_get(usage, "completion_tokens")), 5);
    assert_int_equal(json_integer_value(json_object_get(usage, "total_tokens")), 9);
    json_decref(out);

    /* The request's mock_response wins over the deployment's. */
    json_object_set_new(req, "mock_response", json_string("from the request"));
    out = NULL;
    assert_int_equal(prov_mock.local(&call, &out, &u, NULL, NULL), 0);
    assert_string_equal(mock_content(out), "from the request");
    json_decref(out);

    /* Neither: the fixed sentence. */
    json_object_del(req, "mock_response");
    d.mock_response = NULL;
    out = NULL;
    assert_int_equal(prov_mock.local(&call, &out, &u, NULL, NULL), 0);
    assert_string_equal(mock_content(out), "This is a mock response from llmgate.");
    json_decref(out);

    /* Two answers get two ids. */
    {
        json_t *o1 = NULL, *o2 = NULL;

        assert_int_equal(prov_mock.local(&call, &o1, &u, NULL, NULL), 0);
        assert_int_equal(prov_mock.local(&call, &o2, &u, NULL, NULL), 0);
        assert_string_not_equal(json_string_value(json_object_get(o1, "id")),
                                json_string_value(json_object_get(o2, "id")));
        json_decref(o1);
        json_decref(o2);
    }
    json_decref(req);
    arena_dispose(&a);
}

static void mock_stream_case(enum prov_op op, bool wants_usage)
{
    struct arena a;
    struct cfg_deployment d = {
        .model_name = "m", .provider = "mock", .mock_response = "Hello  big world"};
    json_t *req = parse(op == PROV_CHAT ? "{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
                                          "\"content\":\"12345678\"}]}"
                                        : "{\"model\":\"m\",\"prompt\":\"12345678\"}");
    struct prov_call call = {.op = op,
                             .dep = &d,
                             .req = req,
                             .stream = true,
                             .client_wants_usage = wants_usage,
                             .arena = &a};
    struct prov_usage u = {0};
    struct chunks ch = {json_array(), 0};
    json_t *out = NULL, *c;
    struct buf text;
    size_t i, n, first_text = op == PROV_CHAT ? 1 : 0;
    const char *id;

    arena_init(&a, 1024);
    buf_init(&text, 4096);
    assert_int_equal(prov_mock.local(&call, &out, &u, collect, &ch), 0);
    assert_null(out);
    n = json_array_size(ch.arr);
    /* [role] + one chunk a word + stop [+ usage] */
    assert_int_equal(n, first_text + 3 + 1 + (wants_usage ? 1 : 0));
    id = json_string_value(json_object_get(json_array_get(ch.arr, 0), "id"));
    json_array_foreach(ch.arr, i, c)
    {
        assert_string_equal(json_string_value(json_object_get(c, "id")), id);
        assert_string_equal(json_string_value(json_object_get(c, "object")),
                            op == PROV_CHAT ? "chat.completion.chunk" : "text_completion");
        if (chunk_text(c))
            assert_int_equal(buf_append_c(&text, chunk_text(c)), 0);
    }
    if (op == PROV_CHAT) {
        c = json_array_get(ch.arr, 0);
        assert_string_equal(
            json_string_value(json_object_get(
                json_object_get(json_array_get(json_object_get(c, "choices"), 0), "delta"),
                "role")),
            "assistant");
    }
    assert_string_equal(chunk_text(json_array_get(ch.arr, first_text)), "Hello  ");
    assert_string_equal(chunk_text(json_array_get(ch.arr, first_text + 1)), "big ");
    assert_string_equal(chunk_text(json_array_get(ch.arr, first_text + 2)), "world");
    assert_string_equal(text.ptr, "Hello  big world");
    c = json_array_get(ch.arr, first_text + 3);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(c, "choices"), 0), "finish_reason")),
                        "stop");
    if (wants_usage) {
        c = json_array_get(ch.arr, n - 1);
        assert_int_equal(json_array_size(json_object_get(c, "choices")), 0);
        assert_int_equal(
            json_integer_value(json_object_get(json_object_get(c, "usage"), "prompt_tokens")), 2);
        assert_int_equal(
            json_integer_value(json_object_get(json_object_get(c, "usage"), "completion_tokens")),
            4);
    } else {
        json_array_foreach(ch.arr, i, c) assert_null(json_object_get(c, "usage"));
    }
    /* Recorded either way. */
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 2);
    assert_int_equal(u.completion_tokens, 4);
    assert_int_equal(u.total_tokens, 6);
    buf_dispose(&text);
    json_decref(ch.arr);
    json_decref(req);
    arena_dispose(&a);
}

static void test_mock_stream(void **state)
{
    mock_stream_case(PROV_CHAT, false);
    mock_stream_case(PROV_CHAT, true);
    mock_stream_case(PROV_COMPLETION, false);
    mock_stream_case(PROV_COMPLETION, true);
}

static void test_mock_stream_emit_error(void **state)
{
    struct arena a;
    json_t *req = parse("{\"model\":\"m\",\"messages\":[],\"mock_response\":\"a b c d e\"}");
    struct prov_call call = {.op = PROV_CHAT, .req = req, .stream = true, .arena = &a};
    struct prov_usage u = {0};
    struct chunks ch = {json_array(), 3};
    json_t *out = NULL;

    /* The client went away at the third chunk: nothing more is emitted. */
    arena_init(&a, 1024);
    assert_int_equal(prov_mock.local(&call, &out, &u, collect, &ch), GW_ECLOSED);
    assert_int_equal(json_array_size(ch.arr), 3);
    json_decref(ch.arr);
    json_decref(req);
    arena_dispose(&a);
}

static void test_mock_completion(void **state)
{
    struct arena a;
    json_t *req = parse("{\"model\":\"c\",\"prompt\":\"123456789\",\"mock_response\":\"done\"}");
    struct prov_call call = {.op = PROV_COMPLETION, .req = req, .arena = &a};
    struct prov_usage u = {0};
    json_t *out = NULL, *c0;

    arena_init(&a, 1024);
    assert_int_equal(prov_mock.local(&call, &out, &u, NULL, NULL), 0);
    assert_string_equal(json_string_value(json_object_get(out, "object")), "text_completion");
    assert_true(strncmp(json_string_value(json_object_get(out, "id")), "cmpl-", 5) == 0);
    c0 = json_array_get(json_object_get(out, "choices"), 0);
    assert_string_equal(json_string_value(json_object_get(c0, "text")), "done");
    assert_string_equal(json_string_value(json_object_get(c0, "finish_reason")), "stop");
    assert_int_equal(u.prompt_tokens, 3);
    assert_int_equal(u.completion_tokens, 1);
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(out, "usage"), "total_tokens")), 4);
    json_decref(out);
    json_decref(req);
    arena_dispose(&a);
}

/* The embedding vectors of an answer, as floats. */
static void float_vector(const json_t *emb, float v[16])
{
    assert_true(json_is_array(emb));
    assert_int_equal(json_array_size(emb), 16);
    for (size_t i = 0; i < 16; i++) {
        assert_true(json_is_real(json_array_get(emb, i)));
        v[i] = (float)json_real_value(json_array_get(emb, i));
    }
}

static void base64_vector(const json_t *emb, float v[16])
{
    const char *s = json_string_value(emb);
    unsigned char raw[96];
    int n;

    assert_non_null(s);
    assert_int_equal(strlen(s), 88); /* 64 bytes */
    n = EVP_DecodeBlock(raw, (const unsigned char *)s, (int)strlen(s));
    assert_int_equal(n, 66); /* EVP_DecodeBlock counts the two padding bytes */
    for (int i = 0; i < 16; i++) {
        uint32_t u = (uint32_t)raw[4 * i] | (uint32_t)raw[4 * i + 1] << 8 |
                     (uint32_t)raw[4 * i + 2] << 16 | (uint32_t)raw[4 * i + 3] << 24;

        memcpy(&v[i], &u, 4);
    }
}

static json_t *embed(const char *body)
{
    struct arena a;
    json_t *req = parse(body), *out = NULL;
    struct prov_call call = {.op = PROV_EMBEDDING, .req = req, .arena = &a};
    struct prov_usage u = {0};

    arena_init(&a, 1024);
    assert_int_equal(prov_mock.local(&call, &out, &u, NULL, NULL), 0);
    assert_true(u.set);
    assert_int_equal(u.completion_tokens, 0);
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(out, "usage"), "prompt_tokens")),
        u.prompt_tokens);
    json_decref(req);
    arena_dispose(&a);
    return out;
}

static const json_t *embedding_at(const json_t *out, size_t i)
{
    const json_t *d = json_array_get(json_object_get(out, "data"), i);

    assert_string_equal(json_string_value(json_object_get(d, "object")), "embedding");
    assert_int_equal(json_integer_value(json_object_get(d, "index")), (json_int_t)i);
    return json_object_get(d, "embedding");
}

static void test_mock_embeddings(void **state)
{
    json_t *f = embed("{\"model\":\"e\",\"input\":\"the quick brown fox\"}");
    json_t *again = embed("{\"model\":\"e\",\"input\":\"the quick brown fox\"}");
    json_t *b64 = embed("{\"model\":\"e\",\"input\":\"the quick brown fox\","
                        "\"encoding_format\":\"base64\"}");
    json_t *many = embed("{\"model\":\"e\",\"input\":[\"the quick brown fox\",\"other\"],"
                         "\"encoding_format\":\"float\"}");
    float v[16], w[16], x[16];
    double norm = 0;

    assert_string_equal(json_string_value(json_object_get(f, "object")), "list");
    assert_string_equal(json_string_value(json_object_get(f, "model")), "e");
    assert_int_equal(json_array_size(json_object_get(f, "data")), 1);
    float_vector(embedding_at(f, 0), v);
    for (int i = 0; i < 16; i++)
        norm += (double)v[i] * v[i];
    assert_true(fabs(norm - 1.0) < 1e-5);
    /* Deterministic. */
    assert_true(json_equal(json_object_get(f, "data"), json_object_get(again, "data")));
    /* base64 is the same vector as little-endian float32. */
    base64_vector(embedding_at(b64, 0), w);
    for (int i = 0; i < 16; i++)
        if (v[i] != w[i])
            fail_msg("dimension %d: float %.9g, base64 %.9g", i, v[i], w[i]);
    /* A list: one vector per input, in order; the first equals the single. */
    assert_int_equal(json_array_size(json_object_get(many, "data")), 2);
    float_vector(embedding_at(many, 0), w);
    assert_memory_equal(v, w, sizeof(v));
    float_vector(embedding_at(many, 1), x);
    assert_memory_not_equal(v, x, sizeof(v));
    /* 19 bytes: 5 tokens; 19 + 5 bytes: 6 tokens. */
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(f, "usage"), "prompt_tokens")), 5);
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(many, "usage"), "prompt_tokens")), 6);
    json_decref(f);
    json_decref(again);
    json_decref(b64);
    json_decref(many);
}

/* ---- tree-free paths: peek, top-level values, the spliced body -------- */

static void test_peek_usage(void **state)
{
    struct prov_usage u = {0};

    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\\"usage\\\":{}\",\"usage\":"
                                              "{\"prompt_tokens\":3,\"completion_tokens\":4}}"),
                                      &u),
                     0);
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 3);
    assert_int_equal(u.total_tokens, 7);
    /* Not one JSON object: refused, as a parse would. */
    assert_int_equal(prov__peek_usage(STR_LIT("{\"id\":\"x\",}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"id\":1} {}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("[1]"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\x\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":01}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":-1.5e3,\"b\":[true,false,null]}"), &u), 0);
    /* Nested details do not shadow the top-level counts; a real number
     * reads as 0, as json_integer_value() has it. */
    memset(&u, 0, sizeof(u));
    assert_int_equal(
        prov__peek_usage(STR_LIT("{\"usage\":{\"prompt_tokens_details\":{\"prompt_tokens\":99},"
                                 "\"prompt_tokens\":24, \"completion_tokens\" : 38 ,"
                                 "\"total_tokens\":62},\"choices\":[]}"),
                         &u),
        0);
    assert_int_equal(u.prompt_tokens, 24);
    assert_int_equal(u.completion_tokens, 38);
    assert_int_equal(u.total_tokens, 62);
    memset(&u, 0, sizeof(u));
    assert_int_equal(
        prov__peek_usage(STR_LIT("{\"usage\":{\"prompt_tokens\":2.5,\"completion_tokens\":7}}"),
                         &u),
        0);
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 0);
    assert_int_equal(u.completion_tokens, 7);
    /* Numbers json_loadb() refuses are refused, as a parse would: an integer
     * past a long long, a real past a double. */
    assert_int_equal(prov__peek_usage(STR_LIT("{\"usage\":{\"completion_tokens\":"
                                              "99999999999999999999}}"),
                                      &u),
                     GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":-9223372036854775809}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":-9223372036854775808}"), &u), 0);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":1e999}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":1e-999}"), &u), 0);
    memset(&u, 0, sizeof(u));
    assert_int_equal(prov__peek_usage(STR_LIT("{\"usage\":null}"), &u), 0);
    assert_false(u.set);
    /* What is relayed without a parse is still held to UTF-8. */
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"caf\xc3\xa9\"}"), &u), 0);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\xff\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\xed\xa0\x80\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\xe2\x82\"}"), &u), GW_EUPSTREAM);
    /* Escapes as jansson takes them: pairs yes, NUL and lone surrogates no. */
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\ud83d\\ude00\\u00e9\"}"), &u), 0);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\u0000\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\ud800\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(STR_LIT("{\"a\":\"\\udc00\"}"), &u), GW_EUPSTREAM);
    assert_int_equal(prov__peek_usage(str_of("{\"a\\\0\":1}", 9), &u), GW_EUPSTREAM);
}

static void test_top_value(void **state)
{
    struct str j = STR_LIT("{ \"messages\": [{\"model\": \"inner\"}], \"model\" : \"outer\" }");
    size_t a = 0, b = 0;

    assert_int_equal(prov__top_value(j, "model", &a, &b), 0);
    assert_memory_equal(j.ptr + a, "\"outer\"", b - a);
    assert_int_equal(prov__top_value(j, "stream", &a, &b), GW_ENOTFOUND);
    assert_int_equal(prov__top_value(STR_LIT("[]"), "model", &a, &b), GW_EINVAL);
}

static void test_openai_splice(void **state)
{
    const char *raw = "{\"model\":\"group\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                      "\"seed\":7,\"stream\":true}";
    struct cfg_deployment d = {.model_name = "group",
                               .provider = "openai",
                               .model = "gpt-\"x\"",
                               .api_base = "http://u/v1"};
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .dep = &d, .stream = true};
    struct prov_http http = {0};
    json_t *req = json_loads(raw, 0, NULL), *sent;

    arena_init(&a, 4096);
    call.req = req;
    call.raw = str_from(raw);
    call.arena = &a;
    assert_int_equal(prov_openai.encode(&call, &http), 0);
    sent = json_loadb(http.body.ptr, http.body.len, 0, NULL);
    assert_non_null(sent);
    assert_string_equal(json_string_value(json_object_get(sent, "model")), "gpt-\"x\"");
    assert_int_equal(json_integer_value(json_object_get(sent, "seed")), 7);
    assert_true(
        json_is_true(json_object_get(json_object_get(sent, "stream_options"), "include_usage")));
    /* Spliced, not re-serialized: the client's own bytes are kept. */
    assert_non_null(strstr(http.body.ptr, "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"));
    json_decref(sent);
    json_decref(req);
    arena_dispose(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_peek_usage),
        cmocka_unit_test(test_top_value),
        cmocka_unit_test(test_openai_splice),
        cmocka_unit_test(test_sse_whole),
        cmocka_unit_test(test_sse_every_split),
        cmocka_unit_test(test_sse_byte_by_byte),
        cmocka_unit_test(test_sse_callback_error_stops),
        cmocka_unit_test(test_sse_line_limit),
        cmocka_unit_test(test_prov_find),
        cmocka_unit_test(test_openai_encode_body),
        cmocka_unit_test(test_openai_encode_urls),
        cmocka_unit_test(test_openai_encode_stream_embedding),
        cmocka_unit_test(test_openai_encode_env_key),
        cmocka_unit_test(test_openai_decode),
        cmocka_unit_test(test_openai_stream),
        cmocka_unit_test(test_openai_stream_usage_in_content_chunk),
        cmocka_unit_test(test_openai_stream_errors),
        cmocka_unit_test(test_openai_errors),
        cmocka_unit_test(test_mock_chat_whole),
        cmocka_unit_test(test_mock_stream),
        cmocka_unit_test(test_mock_stream_emit_error),
        cmocka_unit_test(test_mock_completion),
        cmocka_unit_test(test_mock_embeddings),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
