/*
 * Unit tests of src/providers/ollama.c: ollama_chat/ (/api/chat) and ollama/
 * (/api/generate), and /api/embed for both. Requests are encoded and the
 * body parsed back; answers are decoded from bodies in Ollama's documented
 * shapes; NDJSON streams are fed whole, split at every byte, and byte by
 * byte, and must give the same chunks each time.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "providers/prov.h"
#include "util/err.h"

/* ---- fixture ---------------------------------------------------------- */

struct fx {
    struct arena arena;
    struct cfg_deployment dep;
    struct prov_call call;
    json_t *req;
    json_t *params;
};

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, JSON_DECODE_ANY, &e);

    if (!j)
        fail_msg("bad JSON in test (%s): %s", e.text, text);
    return j;
}

/* provider "ollama_chat" or "ollama"; params: litellm_params JSON or NULL. */
static void fx_init(struct fx *f, const char *provider, enum prov_op op, const char *req,
                    const char *params)
{
    memset(f, 0, sizeof(*f));
    arena_init(&f->arena, 4096);
    f->req = parse(req);
    f->params = params ? parse(params) : NULL;
    f->dep.model_name = "local";
    f->dep.provider = provider;
    f->dep.model = "llama3.1";
    f->dep.litellm_params = f->params;
    f->dep.max_retries = -1;
    f->call.op = op;
    f->call.dep = &f->dep;
    f->call.req = f->req;
    f->call.stream = op != PROV_EMBEDDING && json_is_true(json_object_get(f->req, "stream"));
    f->call.client_wants_usage =
        json_is_true(json_object_get(json_object_get(f->req, "stream_options"), "include_usage"));
    f->call.arena = &f->arena;
}

static void fx_dispose(struct fx *f)
{
    json_decref(f->req);
    json_decref(f->params);
    arena_dispose(&f->arena);
    assert_int_equal(f->arena.allocated, 0);
    assert_null(f->arena.head);
}

static const struct prov_ops *ops_of(const struct fx *f)
{
    return strcmp(f->dep.provider, "ollama") == 0 ? &prov_ollama : &prov_ollama_chat;
}

/* Encodes; returns the parsed body (owned by the caller). */
static json_t *encode_ok(struct fx *f, struct prov_http *h)
{
    int rc = ops_of(f)->encode(&f->call, h);

    assert_int_equal(rc, 0);
    assert_non_null(h->url);
    assert_non_null(h->body.ptr);
    return parse(h->body.ptr);
}

static bool has_header(const struct prov_http *h, const char *line)
{
    for (const struct curl_slist *l = h->headers; l; l = l->next)
        if (strcmp(l->data, line) == 0)
            return true;
    return false;
}

static bool has_header_prefix(const struct prov_http *h, const char *prefix)
{
    for (const struct curl_slist *l = h->headers; l; l = l->next)
        if (strncmp(l->data, prefix, strlen(prefix)) == 0)
            return true;
    return false;
}

/* Asserts that `got` equals the JSON text `want`. */
static void assert_json(const json_t *got, const char *want)
{
    json_t *w = parse(want);

    if (!json_equal(got, w)) {
        char *g = json_dumps(got, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
        char *x = json_dumps(w, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);

        print_error("got:  %s\nwant: %s\n", g, x);
        free(g);
        free(x);
        json_decref(w);
        fail();
    }
    json_decref(w);
}

static const char *sget(const json_t *o, const char *path)
{
    /* "a.b.0.c": object keys and array indexes. */
    char buf[256], *save = NULL, *tok;
    const json_t *cur = o;

    snprintf(buf, sizeof(buf), "%s", path);
    for (tok = strtok_r(buf, ".", &save); tok && cur; tok = strtok_r(NULL, ".", &save)) {
        if (json_is_array(cur))
            cur = json_array_get(cur, (size_t)atoi(tok));
        else
            cur = json_object_get(cur, tok);
    }
    return json_string_value(cur);
}

static json_t *jget(const json_t *o, const char *path)
{
    char buf[256], *save = NULL, *tok;
    const json_t *cur = o;

    snprintf(buf, sizeof(buf), "%s", path);
    for (tok = strtok_r(buf, ".", &save); tok && cur; tok = strtok_r(NULL, ".", &save)) {
        if (json_is_array(cur))
            cur = json_array_get(cur, (size_t)atoi(tok));
        else
            cur = json_object_get(cur, tok);
    }
    return (json_t *)cur;
}

/* ---- encode: /api/chat ------------------------------------------------ */

static void encode_chat_minimal(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    unsetenv("OLLAMA_API_BASE");
    unsetenv("OLLAMA_API_KEY");
    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"system\",\"content\":\"Be terse.\"},"
            "{\"role\":\"user\",\"content\":\"hi\"}]}",
            NULL);
    b = encode_ok(&f, &h);
    assert_string_equal(h.url, "http://localhost:11434/api/chat");
    /* Ollama streams by default: stream false must be explicit. */
    assert_json(b, "{\"model\":\"llama3.1\",\"messages\":[{\"role\":\"system\",\"content\":"
                   "\"Be terse.\"},{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":false,"
                   "\"options\":{}}");
    assert_true(has_header(&h, "Content-Type: application/json"));
    assert_true(has_header(&h, "Expect:"));
    assert_false(has_header_prefix(&h, "Authorization"));
    assert_false(has_header_prefix(&h, "Accept"));
    json_decref(b);
    fx_dispose(&f);
}

static void encode_chat_stream_flag(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
            "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            NULL);
    b = encode_ok(&f, &h);
    assert_true(json_is_true(json_object_get(b, "stream")));
    assert_null(json_object_get(b, "stream_options"));
    assert_true(has_header(&h, "Accept: application/x-ndjson"));
    json_decref(b);
    fx_dispose(&f);
}

static void encode_base_resolution(void **state)
{
    static const struct {
        const char *api_base, *env, *want;
    } cases[] = {
        {NULL, NULL, "http://localhost:11434/api/chat"},
        {NULL, "http://gpu-box:11434", "http://gpu-box:11434/api/chat"},
        {"http://10.0.0.5:11434", "http://gpu-box:11434", "http://10.0.0.5:11434/api/chat"},
        {"http://h:1/api/chat", NULL, "http://h:1/api/chat"},
        {"http://h:1/api/generate", NULL, "http://h:1/api/chat"},
        {"http://h:1/", NULL, "http://h:1/api/chat"},
        {"https://proxy.example/ollama", NULL, "https://proxy.example/ollama/api/chat"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        struct prov_http h = {0};
        json_t *b;

        if (cases[i].env)
            setenv("OLLAMA_API_BASE", cases[i].env, 1);
        else
            unsetenv("OLLAMA_API_BASE");
        fx_init(&f, "ollama_chat", PROV_CHAT,
                "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                NULL);
        f.dep.api_base = cases[i].api_base;
        b = encode_ok(&f, &h);
        assert_string_equal(h.url, cases[i].want);
        json_decref(b);
        fx_dispose(&f);
    }
    unsetenv("OLLAMA_API_BASE");
}

static void encode_api_key(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", NULL);
    f.dep.api_key = "sk-ollama";
    b = encode_ok(&f, &h);
    assert_true(has_header(&h, "Authorization: Bearer sk-ollama"));
    json_decref(b);
    fx_dispose(&f);

    setenv("OLLAMA_API_KEY", "sk-env", 1);
    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", NULL);
    memset(&h, 0, sizeof(h));
    b = encode_ok(&f, &h);
    assert_true(has_header(&h, "Authorization: Bearer sk-env"));
    json_decref(b);
    fx_dispose(&f);
    unsetenv("OLLAMA_API_KEY");
}

static void encode_options_mapping(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            "\"temperature\":0.2,\"top_p\":0.9,\"top_k\":40,\"seed\":7,\"stop\":\"END\","
            "\"max_tokens\":55,\"frequency_penalty\":0.5,\"presence_penalty\":0.25,"
            "\"user\":\"u1\",\"n\":1,\"tool_choice\":\"auto\",\"metadata\":{\"a\":1}}",
            NULL);
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "options"),
                "{\"temperature\":0.2,\"top_p\":0.9,\"top_k\":40,\"seed\":7,\"stop\":[\"END\"],"
                "\"num_predict\":55,\"frequency_penalty\":0.5,\"presence_penalty\":0.25}");
    /* OpenAI-only fields do not reach Ollama. */
    assert_null(json_object_get(b, "temperature"));
    assert_null(json_object_get(b, "max_tokens"));
    assert_null(json_object_get(b, "user"));
    assert_null(json_object_get(b, "n"));
    assert_null(json_object_get(b, "tool_choice"));
    assert_null(json_object_get(b, "metadata"));
    json_decref(b);
    fx_dispose(&f);

    /* stop as a list; max_completion_tokens wins over max_tokens. */
    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            "\"stop\":[\"a\",\"b\"],\"max_tokens\":10,\"max_completion_tokens\":20}",
            NULL);
    memset(&h, 0, sizeof(h));
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "options"), "{\"stop\":[\"a\",\"b\"],\"num_predict\":20}");
    json_decref(b);
    fx_dispose(&f);
}

static void encode_options_precedence(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    /* litellm_params < the client's native "options" < the client's OpenAI params. */
    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            "\"temperature\":0.1,\"options\":{\"num_ctx\":8192,\"mirostat\":1,"
            "\"temperature\":0.5}}",
            "{\"model\":\"ollama_chat/llama3.1\",\"api_base\":\"http://x\",\"num_ctx\":4096,"
            "\"temperature\":0.9,\"repeat_penalty\":1.1,\"max_tokens\":300,"
            "\"keep_alive\":\"10m\"}");
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "options"),
                "{\"num_ctx\":8192,\"temperature\":0.1,\"repeat_penalty\":1.1,"
                "\"num_predict\":300,\"mirostat\":1}");
    assert_string_equal(sget(b, "keep_alive"), "10m");
    assert_null(json_object_get(b, "api_base"));
    json_decref(b);
    fx_dispose(&f);
}

static void encode_keep_alive(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"keep_alive\":-1,"
            "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            "{\"keep_alive\":\"10m\"}");
    b = encode_ok(&f, &h);
    assert_int_equal(json_integer_value(json_object_get(b, "keep_alive")), -1);
    json_decref(b);
    fx_dispose(&f);
}

static void encode_response_format(void **state)
{
    static const struct {
        const char *rf, *want; /* want NULL: no "format" */
    } cases[] = {
        {"{\"type\":\"json_object\"}", "\"json\""},
        {"{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"p\",\"schema\":{\"type\":"
         "\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}}}}}",
         "{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}}}"},
        {"{\"type\":\"text\"}", NULL},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        struct prov_http h = {0};
        char req[512];
        json_t *b;

        snprintf(req, sizeof(req),
                 "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                 "\"response_format\":%s}",
                 cases[i].rf);
        fx_init(&f, i == 1 ? "ollama" : "ollama_chat", PROV_CHAT, req, NULL);
        b = encode_ok(&f, &h);
        if (cases[i].want)
            assert_json(json_object_get(b, "format"), cases[i].want);
        else
            assert_null(json_object_get(b, "format"));
        assert_null(json_object_get(b, "response_format"));
        json_decref(b);
        fx_dispose(&f);
    }
}

static void encode_reasoning_effort(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"reasoning_effort\":\"low\","
            "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            NULL);
    b = encode_ok(&f, &h);
    assert_true(json_is_true(json_object_get(b, "think")));
    json_decref(b);
    fx_dispose(&f);

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"reasoning_effort\":\"high\","
            "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            NULL);
    f.dep.model = "gpt-oss:20b";
    memset(&h, 0, sizeof(h));
    b = encode_ok(&f, &h);
    assert_string_equal(sget(b, "think"), "high");
    json_decref(b);
    fx_dispose(&f);

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", NULL);
    memset(&h, 0, sizeof(h));
    b = encode_ok(&f, &h);
    assert_null(json_object_get(b, "think"));
    json_decref(b);
    fx_dispose(&f);
}

static void encode_tools_pass(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;
    const char *tools =
        "[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"w\","
        "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
        "\"required\":[\"city\"]}}}]";
    char req[1024];

    snprintf(req, sizeof(req),
             "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
             "\"tools\":%s,\"tool_choice\":\"auto\"}",
             tools);
    fx_init(&f, "ollama_chat", PROV_CHAT, req, NULL);
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "tools"), tools);
    assert_null(json_object_get(b, "tool_choice"));
    json_decref(b);
    fx_dispose(&f);
}

static void encode_images(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":["
            "{\"type\":\"text\",\"text\":\"What is \"},"
            "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0K\","
            "\"detail\":\"low\"}},"
            "{\"type\":\"text\",\"text\":\"this?\"},"
            "{\"type\":\"image_url\",\"image_url\":\"data:image/jpeg;base64,/9j/4AAQ\"}]}]}",
            NULL);
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "messages"), "[{\"role\":\"user\",\"content\":\"What is this?\","
                                                "\"images\":[\"iVBORw0K\",\"/9j/4AAQ\"]}]");
    json_decref(b);
    fx_dispose(&f);
}

static void encode_bad_content(void **state)
{
    static const char *const bad[] = {
        /* a remote URL: Ollama takes only inline images */
        "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.png\"}}]",
        /* a data URL that is not base64 */
        "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:text/plain,hello\"}}]",
        /* a part Ollama has no place for */
        "[{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"wav\"}}]",
        /* not a string, not a list */
        "42",
    };

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct fx f;
        struct prov_http h = {0};
        char req[512];

        snprintf(req, sizeof(req),
                 "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":%s}]}", bad[i]);
        fx_init(&f, "ollama_chat", PROV_CHAT, req, NULL);
        assert_int_equal(prov_ollama_chat.encode(&f.call, &h), GW_EPARAM);
        fx_dispose(&f);
    }
}

static void encode_roles_and_tool_history(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":["
            "{\"role\":\"developer\",\"content\":\"Rules.\"},"
            "{\"role\":\"user\",\"content\":\"Weather in Paris?\",\"name\":\"bob\"},"
            "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
            "\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\",\\\"n\\\":2}\"}},"
            "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"now\","
            "\"arguments\":\"\"}}]},"
            "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"18C\"},"
            "{\"role\":\"tool\",\"tool_call_id\":\"call_2\",\"content\":[{\"type\":\"text\","
            "\"text\":\"noon\"}]},"
            "{\"role\":\"assistant\",\"content\":\"It is 18C.\",\"reasoning_content\":\"hm\"}]}",
            NULL);
    b = encode_ok(&f, &h);
    assert_json(json_object_get(b, "messages"),
                "[{\"role\":\"system\",\"content\":\"Rules.\"},"
                "{\"role\":\"user\",\"content\":\"Weather in Paris?\"},"
                "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":["
                "{\"function\":{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\","
                "\"n\":2}}},{\"function\":{\"name\":\"now\",\"arguments\":{}}}]},"
                "{\"role\":\"tool\",\"content\":\"18C\",\"tool_name\":\"get_weather\"},"
                "{\"role\":\"tool\",\"content\":\"noon\",\"tool_name\":\"now\"},"
                "{\"role\":\"assistant\",\"content\":\"It is 18C.\",\"thinking\":\"hm\"}]");
    json_decref(b);
    fx_dispose(&f);
}

static void encode_bad_tool_arguments(void **state)
{
    struct fx f;
    struct prov_http h = {0};

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":"
            "\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{oops\"}}]}"
            "]}",
            NULL);
    assert_int_equal(prov_ollama_chat.encode(&f.call, &h), GW_EPARAM);
    fx_dispose(&f);

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"content\":\"no role\"}]}", NULL);
    assert_int_equal(prov_ollama_chat.encode(&f.call, &h), GW_EPARAM);
    fx_dispose(&f);
}

static void encode_chat_table_completion(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    /* /v1/completions on ollama_chat/: the prompt is one user message. */
    fx_init(&f, "ollama_chat", PROV_COMPLETION,
            "{\"model\":\"local\",\"prompt\":\"Once upon\",\"max_tokens\":5}", NULL);
    b = encode_ok(&f, &h);
    assert_string_equal(h.url, "http://localhost:11434/api/chat");
    assert_json(json_object_get(b, "messages"), "[{\"role\":\"user\",\"content\":\"Once upon\"}]");
    assert_int_equal(json_integer_value(jget(b, "options.num_predict")), 5);
    assert_null(json_object_get(b, "prompt"));
    json_decref(b);
    fx_dispose(&f);
}

/* ---- encode: /api/generate -------------------------------------------- */

static void encode_generate_completion(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama", PROV_COMPLETION,
            "{\"model\":\"local\",\"prompt\":\"def gcd(a, b):\",\"suffix\":\"    return r\","
            "\"max_tokens\":64,\"temperature\":0,\"stop\":[\"\\n\\n\"],\"echo\":false}",
            NULL);
    b = encode_ok(&f, &h);
    assert_string_equal(h.url, "http://localhost:11434/api/generate");
    assert_json(b, "{\"model\":\"llama3.1\",\"prompt\":\"def gcd(a, b):\",\"suffix\":"
                   "\"    return r\",\"stream\":false,\"options\":{\"temperature\":0,"
                   "\"num_predict\":64,\"stop\":[\"\\n\\n\"]}}");
    json_decref(b);
    fx_dispose(&f);

    /* A list of one prompt is that prompt. */
    fx_init(&f, "ollama", PROV_COMPLETION, "{\"model\":\"local\",\"prompt\":[\"only\"]}", NULL);
    memset(&h, 0, sizeof(h));
    b = encode_ok(&f, &h);
    assert_string_equal(sget(b, "prompt"), "only");
    json_decref(b);
    fx_dispose(&f);
}

static void encode_generate_bad_prompt(void **state)
{
    static const char *const bad[] = {"[\"a\",\"b\"]", "[1,2,3]", "[[1,2]]", "null", "{}"};

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct fx f;
        struct prov_http h = {0};
        char req[128];

        snprintf(req, sizeof(req), "{\"model\":\"local\",\"prompt\":%s}", bad[i]);
        fx_init(&f, "ollama", PROV_COMPLETION, req, NULL);
        assert_int_equal(prov_ollama.encode(&f.call, &h), GW_EPARAM);
        fx_dispose(&f);
    }
}

static void encode_generate_chat_flattened(void **state)
{
    struct fx f;
    struct prov_http h = {0};
    json_t *b;

    fx_init(&f, "ollama", PROV_CHAT,
            "{\"model\":\"local\",\"stream\":true,\"messages\":["
            "{\"role\":\"system\",\"content\":\"Be kind.\"},"
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Look: \"},"
            "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,QUJD\"}}]},"
            "{\"role\":\"assistant\",\"content\":\"A cat.\"},"
            "{\"role\":\"user\",\"content\":\"Sure?\"}],"
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],"
            "\"response_format\":{\"type\":\"json_object\"}}",
            NULL);
    b = encode_ok(&f, &h);
    assert_string_equal(h.url, "http://localhost:11434/api/generate");
    assert_string_equal(sget(b, "prompt"),
                        "system: Be kind.\nuser: Look: \nassistant: A cat.\nuser: Sure?\n");
    assert_json(json_object_get(b, "images"), "[\"QUJD\"]");
    assert_true(json_is_true(json_object_get(b, "stream")));
    assert_string_equal(sget(b, "format"), "json");
    assert_null(json_object_get(b, "messages"));
    assert_null(json_object_get(b, "tools")); /* /api/generate has no tools */
    json_decref(b);
    fx_dispose(&f);
}

/* ---- encode: /api/embed ----------------------------------------------- */

static void encode_embed(void **state)
{
    for (int t = 0; t < 2; t++) {
        struct fx f;
        struct prov_http h = {0};
        json_t *b;

        fx_init(&f, t ? "ollama" : "ollama_chat", PROV_EMBEDDING,
                "{\"model\":\"local\",\"input\":[\"a\",\"b\"],\"encoding_format\":\"base64\","
                "\"dimensions\":4}",
                "{\"keep_alive\":\"1m\"}");
        f.dep.model = "nomic-embed-text";
        b = encode_ok(&f, &h);
        assert_string_equal(h.url, "http://localhost:11434/api/embed");
        assert_json(b, "{\"model\":\"nomic-embed-text\",\"input\":[\"a\",\"b\"],"
                       "\"dimensions\":4,\"keep_alive\":\"1m\"}");
        json_decref(b);
        fx_dispose(&f);
    }
}

/* ---- decode ----------------------------------------------------------- */

static json_t *decode_ok(struct fx *f, const char *body, struct prov_usage *u)
{
    json_t *out = NULL;
    int rc = ops_of(f)->decode(&f->call, str_from(body), &out, u);

    assert_int_equal(rc, 0);
    assert_non_null(out);
    return out;
}

static void decode_chat_whole(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *o;

    fx_init(&f, "ollama_chat", PROV_CHAT,
            "{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", NULL);
    o = decode_ok(&f,
                  "{\"model\":\"llama3.1\",\"created_at\":\"2023-12-12T14:13:43.416799Z\","
                  "\"message\":{\"role\":\"assistant\",\"content\":\"Hello! How are you?\"},"
                  "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":5191566416,"
                  "\"load_duration\":2154458,\"prompt_eval_count\":26,"
                  "\"prompt_eval_duration\":383809000,\"eval_count\":298,"
                  "\"eval_duration\":4799921000}",
                  &u);
    assert_string_equal(sget(o, "object"), "chat.completion");
    assert_true(strncmp(sget(o, "id"), "chatcmpl-", 9) == 0);
    assert_true(strlen(sget(o, "id")) > 20);
    assert_true(json_integer_value(json_object_get(o, "created")) > 1700000000);
    assert_string_equal(sget(o, "model"), "ollama_chat/llama3.1");
    assert_json(json_object_get(o, "choices"),
                "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                "\"Hello! How are you?\"},\"logprobs\":null,\"finish_reason\":\"stop\"}]");
    assert_json(json_object_get(o, "usage"),
                "{\"prompt_tokens\":26,\"completion_tokens\":298,\"total_tokens\":324}");
    assert_true(u.set);
    assert_int_equal(u.prompt_tokens, 26);
    assert_int_equal(u.completion_tokens, 298);
    assert_int_equal(u.total_tokens, 324);
    json_decref(o);
    fx_dispose(&f);
}

static void decode_chat_ids_unique(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *a, *b;
    const char *body = "{\"message\":{\"role\":\"assistant\",\"content\":\"x\"},\"done\":true}";

    fx_init(&f, "ollama_chat", PROV_CHAT, "{}", NULL);
    a = decode_ok(&f, body, &u);
    b = decode_ok(&f, body, &u);
    assert_string_not_equal(sget(a, "id"), sget(b, "id"));
    /* No counts (a cached prompt, an old Ollama): zeros, not garbage. */
    assert_int_equal(u.prompt_tokens, 0);
    assert_int_equal(u.completion_tokens, 0);
    json_decref(a);
    json_decref(b);
    fx_dispose(&f);
}

static void decode_finish_reasons(void **state)
{
    static const struct {
        const char *reason, *want;
    } cases[] = {
        {"\"stop\"", "stop"},   {"\"length\"", "length"}, {"\"load\"", "stop"},
        {"\"unload\"", "stop"}, {"null", "stop"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        struct prov_usage u = {0};
        char body[256];
        json_t *o;

        snprintf(body, sizeof(body),
                 "{\"message\":{\"role\":\"assistant\",\"content\":\"x\"},\"done\":true,"
                 "\"done_reason\":%s}",
                 cases[i].reason);
        fx_init(&f, "ollama_chat", PROV_CHAT, "{}", NULL);
        o = decode_ok(&f, body, &u);
        assert_string_equal(sget(o, "choices.0.finish_reason"), cases[i].want);
        json_decref(o);
        fx_dispose(&f);
    }
}

static void decode_tool_calls(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *o, *tc;

    fx_init(&f, "ollama_chat", PROV_CHAT, "{}", NULL);
    o = decode_ok(&f,
                  "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\","
                  "\"tool_calls\":[{\"function\":{\"name\":\"get_current_weather\","
                  "\"arguments\":{\"format\":\"celsius\",\"location\":\"Paris, FR\"}}},"
                  "{\"id\":\"call_from_ollama\",\"function\":{\"index\":1,\"name\":\"now\","
                  "\"arguments\":{}}}]},\"done_reason\":\"stop\",\"done\":true,"
                  "\"prompt_eval_count\":122,\"eval_count\":33}",
                  &u);
    assert_string_equal(sget(o, "choices.0.finish_reason"), "tool_calls");
    assert_true(json_is_null(jget(o, "choices.0.message.content")));
    tc = jget(o, "choices.0.message.tool_calls");
    assert_int_equal(json_array_size(tc), 2);
    assert_true(strncmp(sget(tc, "0.id"), "call_", 5) == 0);
    assert_true(strlen(sget(tc, "0.id")) > 10);
    assert_string_equal(sget(tc, "0.type"), "function");
    assert_string_equal(sget(tc, "0.function.name"), "get_current_weather");
    assert_string_equal(sget(tc, "0.function.arguments"),
                        "{\"format\":\"celsius\",\"location\":\"Paris, FR\"}");
    assert_null(jget(tc, "0.index"));
    assert_string_equal(sget(tc, "1.id"), "call_from_ollama");
    assert_string_equal(sget(tc, "1.function.arguments"), "{}");
    assert_int_equal(u.total_tokens, 155);
    json_decref(o);
    fx_dispose(&f);
}

static void decode_thinking(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *o;

    fx_init(&f, "ollama_chat", PROV_CHAT, "{}", NULL);
    o = decode_ok(&f,
                  "{\"message\":{\"role\":\"assistant\",\"content\":\"42\",\"thinking\":"
                  "\"Six times seven.\"},\"done\":true}",
                  &u);
    assert_string_equal(sget(o, "choices.0.message.content"), "42");
    assert_string_equal(sget(o, "choices.0.message.reasoning_content"), "Six times seven.");
    json_decref(o);
    fx_dispose(&f);
}

static void decode_generate(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *o;
    const char *body = "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T19:22:45.499127Z\","
                       "\"response\":\"The sky is blue.\",\"done\":true,\"done_reason\":"
                       "\"length\",\"context\":[1,2,3],\"prompt_eval_count\":26,"
                       "\"eval_count\":290}";

    fx_init(&f, "ollama", PROV_COMPLETION, "{\"model\":\"local\",\"prompt\":\"Why?\"}", NULL);
    o = decode_ok(&f, body, &u);
    assert_string_equal(sget(o, "object"), "text_completion");
    assert_true(strncmp(sget(o, "id"), "cmpl-", 5) == 0);
    assert_string_equal(sget(o, "model"), "ollama/llama3.1");
    assert_json(json_object_get(o, "choices"),
                "[{\"index\":0,\"text\":\"The sky is blue.\",\"logprobs\":null,"
                "\"finish_reason\":\"length\"}]");
    assert_json(json_object_get(o, "usage"),
                "{\"prompt_tokens\":26,\"completion_tokens\":290,\"total_tokens\":316}");
    json_decref(o);
    fx_dispose(&f);

    /* Chat through ollama/: a chat.completion from "response". */
    fx_init(&f, "ollama", PROV_CHAT, "{}", NULL);
    o = decode_ok(&f, body, &u);
    assert_string_equal(sget(o, "object"), "chat.completion");
    assert_string_equal(sget(o, "choices.0.message.content"), "The sky is blue.");
    assert_string_equal(sget(o, "choices.0.finish_reason"), "length");
    json_decref(o);
    fx_dispose(&f);

    /* Completions through ollama_chat/: a text_completion from "message". */
    fx_init(&f, "ollama_chat", PROV_COMPLETION, "{}", NULL);
    o = decode_ok(&f,
                  "{\"message\":{\"role\":\"assistant\",\"content\":\"ever after\"},"
                  "\"done\":true,\"done_reason\":\"stop\"}",
                  &u);
    assert_string_equal(sget(o, "object"), "text_completion");
    assert_string_equal(sget(o, "choices.0.text"), "ever after");
    json_decref(o);
    fx_dispose(&f);
}

static void decode_bad_bodies(void **state)
{
    static const char *const bad[] = {
        "", "not json", "[]", "{\"error\":\"model 'x' not found\"}", "{\"embeddings\":5}",
    };

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct fx f;
        struct prov_usage u = {0};
        json_t *out = NULL;

        fx_init(&f, "ollama_chat", i == 4 ? PROV_EMBEDDING : PROV_CHAT,
                "{\"model\":\"m\",\"input\":\"x\"}", NULL);
        assert_int_equal(prov_ollama_chat.decode(&f.call, str_from(bad[i]), &out, &u),
                         GW_EUPSTREAM);
        assert_null(out);
        fx_dispose(&f);
    }
}

/* The float32 array that an OpenAI base64 embedding carries. */
static size_t b64_floats(const char *b64, float *out, size_t max)
{
    unsigned char raw[4096];
    size_t len = strlen(b64);
    int n = EVP_DecodeBlock(raw, (const unsigned char *)b64, (int)len);
    size_t pad = len >= 2 ? (b64[len - 1] == '=') + (b64[len - 2] == '=') : 0;
    size_t bytes = (size_t)n - pad, k;

    assert_true(n >= 0);
    assert_int_equal(bytes % 4, 0);
    for (k = 0; k < bytes / 4 && k < max; k++) {
        uint32_t u = (uint32_t)raw[k * 4] | (uint32_t)raw[k * 4 + 1] << 8 |
                     (uint32_t)raw[k * 4 + 2] << 16 | (uint32_t)raw[k * 4 + 3] << 24;

        memcpy(&out[k], &u, 4);
    }
    return bytes / 4;
}

static void decode_embeddings(void **state)
{
    const char *body = "{\"model\":\"nomic-embed-text\",\"embeddings\":["
                       "[0.010071029,-0.0017594862,0.05007221,0.3,-1,0],"
                       "[0.25,0.5,0.125,-0.0625,1e-7,123.456]],"
                       "\"total_duration\":14143917,\"load_duration\":1019500,"
                       "\"prompt_eval_count\":8}";
    const double want[2][6] = {{0.010071029, -0.0017594862, 0.05007221, 0.3, -1, 0},
                               {0.25, 0.5, 0.125, -0.0625, 1e-7, 123.456}};

    for (int fmt = 0; fmt < 3; fmt++) {
        struct fx f;
        struct prov_usage u = {0};
        json_t *o;
        const char *req = fmt == 0   ? "{\"model\":\"e\",\"input\":[\"a\",\"b\"]}"
                          : fmt == 1 ? "{\"model\":\"e\",\"input\":[\"a\",\"b\"],"
                                       "\"encoding_format\":\"float\"}"
                                     : "{\"model\":\"e\",\"input\":[\"a\",\"b\"],"
                                       "\"encoding_format\":\"base64\"}";

        fx_init(&f, fmt == 2 ? "ollama" : "ollama_chat", PROV_EMBEDDING, req, NULL);
        o = decode_ok(&f, body, &u);
        assert_string_equal(sget(o, "object"), "list");
        assert_json(json_object_get(o, "usage"), "{\"prompt_tokens\":8,\"total_tokens\":8}");
        assert_int_equal(u.prompt_tokens, 8);
        assert_int_equal(u.completion_tokens, 0);
        assert_int_equal(json_array_size(json_object_get(o, "data")), 2);
        for (int i = 0; i < 2; i++) {
            char path[64];
            json_t *d;

            snprintf(path, sizeof(path), "data.%d", i);
            d = jget(o, path);
            assert_string_equal(sget(d, "object"), "embedding");
            assert_int_equal(json_integer_value(json_object_get(d, "index")), i);
            if (fmt == 2) {
                float v[16];

                assert_int_equal(b64_floats(sget(d, "embedding"), v, 16), 6);
                for (int k = 0; k < 6; k++)
                    assert_true(v[k] == (float)want[i][k]);
            } else {
                json_t *e = json_object_get(d, "embedding");

                assert_int_equal(json_array_size(e), 6);
                for (int k = 0; k < 6; k++)
                    assert_true(json_number_value(json_array_get(e, (size_t)k)) == want[i][k]);
            }
        }
        json_decref(o);
        fx_dispose(&f);
    }
}

static void decode_embeddings_bad_vector(void **state)
{
    struct fx f;
    struct prov_usage u = {0};
    json_t *out = NULL;

    fx_init(&f, "ollama_chat", PROV_EMBEDDING,
            "{\"model\":\"e\",\"input\":\"a\",\"encoding_format\":\"base64\"}", NULL);
    assert_int_equal(
        prov_ollama_chat.decode(&f.call, str_from("{\"embeddings\":[[0.1,\"x\"]]}"), &out, &u),
        GW_EUPSTREAM);
    assert_int_equal(prov_ollama_chat.decode(&f.call, str_from("{\"embeddings\":[1]}"), &out, &u),
                     GW_EUPSTREAM);
    fx_dispose(&f);
}

/* ---- streams ---------------------------------------------------------- */

struct sink {
    json_t *chunks;
    int fail_at; /* emit returns an error at this chunk index; -1 never */
};

static int sink_emit(void *ctx, json_t *chunk)
{
    struct sink *s = ctx;

    if (s->fail_at >= 0 && (int)json_array_size(s->chunks) == s->fail_at)
        return GW_ECLOSED;
    json_array_append(s->chunks, chunk);
    return 0;
}

struct run {
    json_t *chunks;
    bool done;
    struct prov_usage usage;
    int rc;
};

/* Feeds `text` in pieces cut at `cuts` (ascending offsets, -1 ended). */
static struct run run_stream(const char *provider, enum prov_op op, const char *req,
                             const char *text, const int *cuts, size_t max_line)
{
    struct fx f;
    struct prov_stream st;
    struct sink s = {json_array(), -1};
    struct run r = {0};
    size_t n = strlen(text), at = 0;

    fx_init(&f, provider, op, req, NULL);
    prov_stream_init(&st, max_line);
    for (size_t i = 0;; i++) {
        size_t end = cuts && cuts[i] >= 0 ? (size_t)cuts[i] : n;

        if (end > n)
            end = n;
        r.rc = ops_of(&f)->stream(&f.call, &st, text + at, end - at, sink_emit, &s);
        at = end;
        if (r.rc < 0 || at == n)
            break;
    }
    r.chunks = s.chunks;
    r.done = st.done;
    r.usage = st.usage;
    prov_stream_dispose(&st);
    fx_dispose(&f);
    return r;
}

/* Chunks with their random parts (id, created) made comparable. */
static json_t *normalized(const json_t *chunks)
{
    json_t *c = json_deep_copy(chunks), *x, *tcs, *tc;
    size_t i, k;

    json_array_foreach(c, i, x) {
        if (json_object_get(x, "id"))
            json_object_set_new(x, "id", json_string("ID"));
        if (json_object_get(x, "created"))
            json_object_set_new(x, "created", json_integer(0));
        tcs = jget(x, "choices.0.delta.tool_calls");
        json_array_foreach(tcs, k, tc) {
            const char *id = sget(tc, "id");

            if (id && strncmp(id, "call_", 5) == 0 && strlen(id) == 29)
                json_object_set_new(tc, "id", json_string("call_X"));
        }
    }
    return c;
}

/* Feeds the stream whole, cut at every offset, and byte by byte; all must
 * give the same chunks, which are returned (normalized) in *out. */
static void stream_all_ways(const char *provider, enum prov_op op, const char *req,
                            const char *text, json_t **out, struct run *first)
{
    size_t n = strlen(text);
    struct run whole = run_stream(provider, op, req, text, NULL, 1 << 20);
    json_t *want = normalized(whole.chunks);
    int *bytes = malloc(sizeof(int) * (n + 1));

    assert_int_equal(whole.rc, 0);
    for (size_t k = 0; k <= n; k++) {
        int cuts[2] = {(int)k, -1};
        struct run r = run_stream(provider, op, req, text, cuts, 1 << 20);
        json_t *got = normalized(r.chunks);

        assert_int_equal(r.rc, 0);
        if (!json_equal(got, want))
            fail_msg("stream cut at %zu differs", k);
        assert_int_equal(r.done, whole.done);
        assert_int_equal(r.usage.total_tokens, whole.usage.total_tokens);
        json_decref(got);
        json_decref(r.chunks);
    }
    for (size_t k = 0; k < n; k++)
        bytes[k] = (int)k + 1;
    bytes[n] = -1;
    {
        struct run r = run_stream(provider, op, req, text, bytes, 1 << 20);
        json_t *got = normalized(r.chunks);

        assert_int_equal(r.rc, 0);
        assert_true(json_equal(got, want));
        json_decref(got);
        json_decref(r.chunks);
    }
    free(bytes);
    *out = want;
    *first = whole;
}

static const char chat_ndjson[] =
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T08:52:19.385406455-07:00\","
    "\"message\":{\"role\":\"assistant\",\"content\":\"The\"},\"done\":false}\n"
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T08:52:19.4Z\","
    "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":false}\n"
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T08:52:19.5Z\","
    "\"message\":{\"role\":\"assistant\",\"content\":\" sky \\u00e9\\n\"},\"done\":false}\n"
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T19:22:45.499127Z\","
    "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\","
    "\"done\":true,\"total_duration\":4883583458,\"load_duration\":1334875,"
    "\"prompt_eval_count\":26,\"prompt_eval_duration\":342546000,\"eval_count\":282,"
    "\"eval_duration\":4535599000}\n";

static void stream_chat_text(void **state)
{
    json_t *got, *raw;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT, "{\"model\":\"local\",\"stream\":true}", chat_ndjson,
                    &got, &r);
    raw = r.chunks;
    assert_true(r.done);
    assert_int_equal(r.usage.prompt_tokens, 26);
    assert_int_equal(r.usage.completion_tokens, 282);
    assert_int_equal(r.usage.total_tokens, 308);
    /* No usage chunk: the client did not ask for one. Empty lines give no chunk. */
    assert_json(got,
                "[{\"id\":\"ID\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":"
                "\"ollama_chat/llama3.1\",\"system_fingerprint\":null,\"choices\":[{\"index\":0,"
                "\"delta\":{\"role\":\"assistant\",\"content\":\"The\"},\"logprobs\":null,"
                "\"finish_reason\":null}]},"
                "{\"id\":\"ID\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":"
                "\"ollama_chat/llama3.1\",\"system_fingerprint\":null,\"choices\":[{\"index\":0,"
                "\"delta\":{\"content\":\" sky \\u00e9\\n\"},\"logprobs\":null,"
                "\"finish_reason\":null}]},"
                "{\"id\":\"ID\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":"
                "\"ollama_chat/llama3.1\",\"system_fingerprint\":null,\"choices\":[{\"index\":0,"
                "\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}]");
    /* One id for the whole stream, "chatcmpl-" + 24 hex digits. */
    assert_true(strncmp(sget(raw, "0.id"), "chatcmpl-", 9) == 0);
    assert_int_equal(strlen(sget(raw, "0.id")), 9 + 24);
    assert_string_equal(sget(raw, "0.id"), sget(raw, "2.id"));
    json_decref(got);
    json_decref(raw);
}

static void stream_chat_usage_chunk(void **state)
{
    json_t *got;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT,
                    "{\"model\":\"local\",\"stream\":true,\"stream_options\":{\"include_usage\":"
                    "true}}",
                    chat_ndjson, &got, &r);
    assert_int_equal(json_array_size(got), 4);
    assert_json(json_array_get(got, 3),
                "{\"id\":\"ID\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":"
                "\"ollama_chat/llama3.1\",\"system_fingerprint\":null,\"choices\":[],\"usage\":"
                "{\"prompt_tokens\":26,\"completion_tokens\":282,\"total_tokens\":308}}");
    assert_string_equal(sget(json_array_get(got, 2), "choices.0.finish_reason"), "stop");
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_chat_tool_calls(void **state)
{
    static const char text[] =
        "{\"model\":\"llama3.1\",\"created_at\":\"2025-05-24T02:12:05.859654Z\",\"message\":"
        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":"
        "\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}}]},\"done\":false}\n"
        "{\"model\":\"llama3.1\",\"created_at\":\"2025-05-24T02:12:05.9Z\",\"message\":"
        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"call_o\","
        "\"function\":{\"name\":\"now\",\"arguments\":{}}}]},\"done\":false}\n"
        "{\"model\":\"llama3.1\",\"created_at\":\"2025-05-24T02:12:06Z\",\"message\":"
        "{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,"
        "\"prompt_eval_count\":100,\"eval_count\":20}\n";
    json_t *got;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT, "{\"stream\":true}", text, &got, &r);
    assert_json(jget(got, "0.choices.0.delta"),
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_X\",\"type\":"
                "\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":"
                "\"{\\\"city\\\":\\\"Paris\\\"}\"},\"index\":0}]}");
    assert_json(jget(got, "1.choices.0.delta"),
                "{\"tool_calls\":[{\"id\":\"call_o\",\"type\":\"function\",\"function\":"
                "{\"name\":\"now\",\"arguments\":\"{}\"},\"index\":1}]}");
    assert_string_equal(sget(got, "2.choices.0.finish_reason"), "tool_calls");
    assert_int_equal(json_array_size(got), 3);
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_chat_thinking_and_length(void **state)
{
    static const char text[] =
        "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"Hmm\"},"
        "\"done\":false}\n"
        "{\"message\":{\"role\":\"assistant\",\"content\":\"Ok\"},\"done\":false}\n"
        "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
        "\"done_reason\":\"length\",\"prompt_eval_count\":1,\"eval_count\":2}\n";
    json_t *got;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT, "{\"stream\":true}", text, &got, &r);
    assert_json(jget(got, "0.choices.0.delta"),
                "{\"role\":\"assistant\",\"reasoning_content\":\"Hmm\"}");
    assert_json(jget(got, "1.choices.0.delta"), "{\"content\":\"Ok\"}");
    assert_string_equal(sget(got, "2.choices.0.finish_reason"), "length");
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_empty_answer(void **state)
{
    /* Only the done line: the finish chunk still carries the role. */
    json_t *got;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT, "{\"stream\":true}",
                    "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true}\n", &got,
                    &r);
    assert_int_equal(json_array_size(got), 1);
    assert_json(jget(got, "0.choices.0"),
                "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                "\"logprobs\":null,\"finish_reason\":\"stop\"}");
    assert_true(r.done);
    json_decref(got);
    json_decref(r.chunks);
}

static const char generate_ndjson[] =
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T08:52:19.385406455-07:00\","
    "\"response\":\"The\",\"done\":false}\r\n"
    "\r\n"
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T08:52:19.4Z\","
    "\"response\":\" end\",\"done\":false}\n"
    "{\"model\":\"llama3.1\",\"created_at\":\"2023-08-04T19:22:45.499127Z\",\"response\":\"\","
    "\"done\":true,\"done_reason\":\"stop\",\"context\":[1,2,3],\"prompt_eval_count\":4,"
    "\"eval_count\":2}\n";

static void stream_generate_completion(void **state)
{
    json_t *got;
    struct run r;

    stream_all_ways("ollama", PROV_COMPLETION,
                    "{\"stream\":true,\"stream_options\":{\"include_usage\":true}}",
                    generate_ndjson, &got, &r);
    assert_json(got, "[{\"id\":\"ID\",\"object\":\"text_completion\",\"created\":0,\"model\":"
                     "\"ollama/llama3.1\",\"choices\":[{\"index\":0,\"text\":\"The\",\"logprobs\":"
                     "null,\"finish_reason\":null}]},"
                     "{\"id\":\"ID\",\"object\":\"text_completion\",\"created\":0,\"model\":"
                     "\"ollama/llama3.1\",\"choices\":[{\"index\":0,\"text\":\" end\",\"logprobs\":"
                     "null,\"finish_reason\":null}]},"
                     "{\"id\":\"ID\",\"object\":\"text_completion\",\"created\":0,\"model\":"
                     "\"ollama/llama3.1\",\"choices\":[{\"index\":0,\"text\":\"\",\"logprobs\":"
                     "null,\"finish_reason\":\"stop\"}]},"
                     "{\"id\":\"ID\",\"object\":\"text_completion\",\"created\":0,\"model\":"
                     "\"ollama/llama3.1\",\"choices\":[],\"usage\":{\"prompt_tokens\":4,"
                     "\"completion_tokens\":2,\"total_tokens\":6}}]");
    assert_true(strncmp(sget(r.chunks, "0.id"), "cmpl-", 5) == 0);
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_generate_chat(void **state)
{
    json_t *got;
    struct run r;

    stream_all_ways("ollama", PROV_CHAT, "{\"stream\":true}", generate_ndjson, &got, &r);
    assert_int_equal(json_array_size(got), 3);
    assert_json(jget(got, "0.choices.0.delta"), "{\"role\":\"assistant\",\"content\":\"The\"}");
    assert_json(jget(got, "1.choices.0.delta"), "{\"content\":\" end\"}");
    assert_string_equal(sget(got, "2.object"), "chat.completion.chunk");
    assert_string_equal(sget(got, "2.model"), "ollama/llama3.1");
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_error_line(void **state)
{
    static const char text[] =
        "{\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"done\":false}\n"
        "{\"error\":\"an error was encountered while running the model: unexpected EOF\"}\n";
    json_t *got;
    struct run r;

    stream_all_ways("ollama_chat", PROV_CHAT, "{\"stream\":true}", text, &got, &r);
    assert_int_equal(json_array_size(got), 2);
    assert_json(json_array_get(got, 1),
                "{\"error\":{\"message\":\"upstream error: an error was encountered while running "
                "the model: unexpected EOF\",\"type\":\"api_error\",\"param\":null,"
                "\"code\":null}}");
    /* The stream is over: the gateway must not add "ended early". */
    assert_true(r.done);
    json_decref(got);
    json_decref(r.chunks);
}

static void stream_last_line_without_newline(void **state)
{
    static const char text[] =
        "{\"response\":\"a\",\"done\":false}\n"
        "{\"response\":\"\",\"done\":true,\"prompt_eval_count\":1,\"eval_count\":1}";
    struct run r = run_stream("ollama", PROV_COMPLETION, "{\"stream\":true}", text, NULL, 1 << 20);

    assert_int_equal(r.rc, 0);
    assert_true(r.done);
    assert_int_equal(json_array_size(r.chunks), 2);
    json_decref(r.chunks);

    /* Until the object is complete nothing is taken. */
    r = run_stream("ollama", PROV_COMPLETION, "{\"stream\":true}", "{\"response\":\"}", NULL,
                   1 << 20);
    assert_int_equal(r.rc, 0);
    assert_false(r.done);
    assert_int_equal(json_array_size(r.chunks), 0);
    json_decref(r.chunks);
}

static void stream_bad_input(void **state)
{
    struct run r = run_stream("ollama_chat", PROV_CHAT, "{\"stream\":true}",
                              "data: {\"choices\":[]}\n\n", NULL, 1 << 20);

    assert_int_equal(r.rc, GW_EUPSTREAM); /* SSE is not NDJSON */
    json_decref(r.chunks);

    r = run_stream("ollama_chat", PROV_CHAT, "{\"stream\":true}", "[1,2]\n", NULL, 1 << 20);
    assert_int_equal(r.rc, GW_EUPSTREAM);
    json_decref(r.chunks);

    /* A line past the limit. */
    {
        static const int cuts[] = {40, 80, -1};
        char big[200];

        memset(big, 'x', sizeof(big) - 1);
        big[sizeof(big) - 1] = '\0';
        memcpy(big, "{\"response\":\"", 13);
        r = run_stream("ollama", PROV_COMPLETION, "{\"stream\":true}", big, cuts, 64);
        assert_int_equal(r.rc, GW_ETOOBIG);
        json_decref(r.chunks);
    }
}

static void stream_after_done_ignored(void **state)
{
    static const char text[] =
        "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true}\n"
        "{\"message\":{\"role\":\"assistant\",\"content\":\"late\"},\"done\":false}\n";
    struct run r = run_stream("ollama_chat", PROV_CHAT, "{\"stream\":true}", text, NULL, 1 << 20);

    assert_int_equal(r.rc, 0);
    assert_int_equal(json_array_size(r.chunks), 1);
    json_decref(r.chunks);
}

static void stream_emit_error_stops(void **state)
{
    struct fx f;
    struct prov_stream st;
    struct sink s = {json_array(), 1};

    fx_init(&f, "ollama_chat", PROV_CHAT, "{\"stream\":true}", NULL);
    prov_stream_init(&st, 1 << 20);
    assert_int_equal(
        prov_ollama_chat.stream(&f.call, &st, chat_ndjson, strlen(chat_ndjson), sink_emit, &s),
        GW_ECLOSED);
    assert_int_equal(json_array_size(s.chunks), 1);
    json_decref(s.chunks);
    prov_stream_dispose(&st);
    fx_dispose(&f);
}

/* ---- errors ----------------------------------------------------------- */

static void error_mapping(void **state)
{
    static const struct {
        long status;
        const char *body;
        int want_status;
        const char *want_type, *want_msg, *want_code;
    } cases[] = {
        {404, "{\"error\":\"model 'llama9' not found, try pulling it first\"}", 404,
         "invalid_request_error",
         "upstream returned 404: model 'llama9' not found, try pulling "
         "it first",
         "404"},
        {400, "{\"error\":\"invalid input type\"}", 400, "invalid_request_error",
         "upstream returned 400: invalid input type", "400"},
        {401, "{\"error\":\"unauthorized\"}", 401, "invalid_request_error",
         "upstream returned 401: unauthorized", "401"},
        {500, "{\"error\":\"llama runner process has terminated: exit status 2\"}", 502,
         "api_error", "upstream returned 500: llama runner process has terminated: exit status 2",
         "502"},
        {503, "{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}",
         503, "api_error",
         "upstream returned 503: server busy, please try again.  maximum pending requests "
         "exceeded",
         "503"},
        {404, "404 page not found", 404, "invalid_request_error",
         "upstream returned 404: 404 page not found", "404"},
        {405, "405 method not allowed\n", 400, "invalid_request_error",
         "upstream returned 405: 405 method not allowed", "400"},
        {502, "", 502, "api_error", "upstream returned 502: no error message", "502"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fx f;
        struct prov_error e = {0};

        fx_init(&f, i % 2 ? "ollama" : "ollama_chat", PROV_CHAT, "{}", NULL);
        ops_of(&f)->error(&f.call, cases[i].status, str_from(cases[i].body), &e);
        assert_int_equal(e.status, cases[i].want_status);
        assert_string_equal(e.type, cases[i].want_type);
        assert_string_equal(e.message, cases[i].want_msg);
        assert_string_equal(e.code, cases[i].want_code);
        fx_dispose(&f);
    }
}

static void tables_registered(void **state)
{
    assert_ptr_equal(prov_find("ollama"), &prov_ollama);
    assert_ptr_equal(prov_find("ollama_chat"), &prov_ollama_chat);
    assert_string_equal(prov_ollama.name, "ollama");
    assert_string_equal(prov_ollama_chat.name, "ollama_chat");
    assert_null(prov_ollama.local);
    assert_null(prov_ollama_chat.local);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(encode_chat_minimal),
        cmocka_unit_test(encode_chat_stream_flag),
        cmocka_unit_test(encode_base_resolution),
        cmocka_unit_test(encode_api_key),
        cmocka_unit_test(encode_options_mapping),
        cmocka_unit_test(encode_options_precedence),
        cmocka_unit_test(encode_keep_alive),
        cmocka_unit_test(encode_response_format),
        cmocka_unit_test(encode_reasoning_effort),
        cmocka_unit_test(encode_tools_pass),
        cmocka_unit_test(encode_images),
        cmocka_unit_test(encode_bad_content),
        cmocka_unit_test(encode_roles_and_tool_history),
        cmocka_unit_test(encode_bad_tool_arguments),
        cmocka_unit_test(encode_chat_table_completion),
        cmocka_unit_test(encode_generate_completion),
        cmocka_unit_test(encode_generate_bad_prompt),
        cmocka_unit_test(encode_generate_chat_flattened),
        cmocka_unit_test(encode_embed),
        cmocka_unit_test(decode_chat_whole),
        cmocka_unit_test(decode_chat_ids_unique),
        cmocka_unit_test(decode_finish_reasons),
        cmocka_unit_test(decode_tool_calls),
        cmocka_unit_test(decode_thinking),
        cmocka_unit_test(decode_generate),
        cmocka_unit_test(decode_bad_bodies),
        cmocka_unit_test(decode_embeddings),
        cmocka_unit_test(decode_embeddings_bad_vector),
        cmocka_unit_test(stream_chat_text),
        cmocka_unit_test(stream_chat_usage_chunk),
        cmocka_unit_test(stream_chat_tool_calls),
        cmocka_unit_test(stream_chat_thinking_and_length),
        cmocka_unit_test(stream_empty_answer),
        cmocka_unit_test(stream_generate_completion),
        cmocka_unit_test(stream_generate_chat),
        cmocka_unit_test(stream_error_line),
        cmocka_unit_test(stream_last_line_without_newline),
        cmocka_unit_test(stream_bad_input),
        cmocka_unit_test(stream_after_done_ignored),
        cmocka_unit_test(stream_emit_error_stops),
        cmocka_unit_test(error_mapping),
        cmocka_unit_test(tables_registered),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
