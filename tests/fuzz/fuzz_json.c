/*
 * fuzz_json: the JSON the gateway takes in, from clients and from providers.
 *
 * One input is used three ways:
 *  - as a client's request body, loaded as src/api/llm.c loads it. When it
 *    is an object that llm.c's validate() would pass on for an operation,
 *    it is encoded for that operation, streaming or not, by a provider the
 *    input's hash picks, and answered by the mock provider. Checked: an
 *    upstream body parses back as a JSON object (the OpenAI one names the
 *    deployment's model and carries no gateway field), and nothing changes
 *    the client's request (the encoders copy it shallowly and share its
 *    values). The mock's chunk callback stops its stream at a chunk the
 *    input picks, as a client that went away does;
 *  - as stream bytes from an upstream, fed to every provider's stream
 *    decoder in pieces cut where the hash says, with a line limit the hash
 *    also picks, then the end-of-body flush (p == NULL); for half the
 *    inputs with the raw relay on, where a chunk passed on as text must be
 *    one jansson reads as an object, without usage or error;
 *  - as a whole upstream body, to every provider's decoder and error mapper,
 *    with a status the hash picks.
 * Every call gets a fresh arena, disposed at the end, so LeakSanitizer sees a
 * json_t or a header list that was not tied to it.
 *
 * The providers are looked up by name with prov_find(), as llm.c does; one
 * that is not written yet (no encode) is skipped.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "providers/prov_int.h"
#include "util/err.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define N_PROVS 6

/* The deployments each provider is called for; they live as long as the
 * process. The ops are looked up in LLVMFuzzerInitialize(). */
static struct cfg_deployment deps[N_PROVS];
static const struct prov_ops *provs[N_PROVS];
static size_t n_provs;

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_json: %s\n", what);
        abort();
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    /* OpenAI with a key, a base and sampling defaults; vLLM (the same wire
     * format) with none of them; Azure, Anthropic and both Ollama APIs. */
    const struct cfg_deployment all[N_PROVS] = {
        {.model_name = "gpt",
         .provider = "openai",
         .model = "gpt-4o-mini",
         .api_base = "http://127.0.0.1:9/v1",
         .api_key = "sk-fuzz",
         .id = "openai",
         .max_retries = -1,
         .litellm_params = json_pack("{s:f,s:i,s:[s],s:s}", "temperature", 0.2, "max_tokens", 16,
                                     "stop", "\n", "reasoning_effort", "low")},
        {.model_name = "local",
         .provider = "vllm",
         .model = "llama",
         .mock_response = "from the deployment",
         .id = "vllm",
         .max_retries = -1},
        {.model_name = "az",
         .provider = "azure",
         .model = "my-deployment",
         .api_base = "https://fuzz.openai.azure.com",
         .api_key = "az-key",
         .api_version = "2024-10-21",
         .id = "azure",
         .max_retries = -1,
         .litellm_params = json_pack("{s:s,s:f}", "api_version", "2024-10-21", "top_p", 0.9)},
        {.model_name = "claude",
         .provider = "anthropic",
         .model = "claude-3-5-haiku-latest",
         .api_base = "http://127.0.0.1:9",
         .api_key = "sk-ant-fuzz",
         .id = "anthropic",
         .max_retries = -1,
         .litellm_params = json_pack("{s:i,s:{s:s}}", "max_tokens", 64, "extra_headers",
                                     "anthropic-beta", "fuzz")},
        {.model_name = "gen",
         .provider = "ollama",
         .model = "llama3",
         .api_base = "http://127.0.0.1:11434",
         .id = "ollama",
         .max_retries = -1},
        {.model_name = "chat",
         .provider = "ollama_chat",
         .model = "llama3",
         .api_base = "http://127.0.0.1:11434",
         .id = "ollama_chat",
         .max_retries = -1},
    };

    for (size_t i = 0; i < N_PROVS; i++) {
        const struct prov_ops *ops = prov_find(all[i].provider);

        if (!ops || !ops->encode)
            continue; /* not written yet */
        deps[n_provs] = all[i];
        provs[n_provs++] = ops;
    }
    check(n_provs > 0 && prov_find("openai") == &prov_openai && prov_find("mock") == &prov_mock,
          "bad set-up");
    return 0;
}

/* ---- chunks out ------------------------------------------------------- */

struct counter {
    unsigned n;
    unsigned stop_at; /* 0: never */
};

/* Stands for llm.c's emit(): serializes the chunk as sse_write() does. */
static int on_chunk(void *ctx, json_t *chunk)
{
    struct counter *c = ctx;
    char out[4096];

    check(json_is_object(chunk), "a chunk that is not an object");
    json_dumpb(chunk, out, sizeof(out), JSON_COMPACT);
    if (++c->n == c->stop_at)
        return GW_ECLOSED;
    return 0;
}

/* Stands for llm.c's emit_raw(): what a provider relays without a parse
 * must be what a parse would take, an object, and one the gateway would not
 * change (no usage object, no error). */
static int on_raw(void *ctx, struct str text)
{
    struct counter *c = ctx;
    json_t *j = json_loadb(text.ptr, text.len, 0, NULL);

    check(json_is_object(j), "a chunk relayed as text that jansson does not read as an object");
    check(!json_is_object(json_object_get(j, "usage")), "a chunk with usage relayed as text");
    check(!json_object_get(j, "error"), "an error chunk relayed as text");
    json_decref(j);
    if (++c->n == c->stop_at)
        return GW_ECLOSED;
    return 0;
}

/* ---- the client's request --------------------------------------------- */

/* What llm.c's validate() lets through to a provider. */
static bool valid(const json_t *req, enum prov_op op)
{
    const json_t *m = json_object_get(req, "model");
    const json_t *in = json_object_get(req, "input");

    if (!json_is_string(m) || json_string_length(m) == 0)
        return false;
    if (op == PROV_CHAT)
        return json_is_array(json_object_get(req, "messages")) &&
               json_array_size(json_object_get(req, "messages")) > 0;
    if (op == PROV_COMPLETION)
        return json_object_get(req, "prompt") != NULL;
    return json_is_string(in) || json_is_array(in);
}

static void encode(json_t *req, size_t p, enum prov_op op, bool stream)
{
    const struct cfg_deployment *dep = &deps[p];
    struct arena a;
    struct prov_call call = {
        .op = op,
        .dep = dep,
        .req = req,
        .stream = stream,
        .client_wants_usage =
            json_is_true(json_object_get(json_object_get(req, "stream_options"), "include_usage")),
        .arena = &a,
    };
    struct prov_http out = {0};
    json_t *sent;
    int rc;

    arena_init(&a, 8192);
    rc = provs[p]->encode(&call, &out);
    if (rc == 0) {
        check(out.url && out.headers && out.body.ptr, "encode left a field unset");
        sent = json_loadb(out.body.ptr, out.body.len, 0, NULL);
        check(json_is_object(sent), "encode built a body that does not parse back");
        if (provs[p] == &prov_openai) {
            check(json_is_string(json_object_get(sent, "model")) &&
                      strcmp(json_string_value(json_object_get(sent, "model")), dep->model) == 0,
                  "encode did not set the deployment's model");
            check(!json_object_get(sent, "mock_response") && !json_object_get(sent, "api_key"),
                  "encode sent a gateway field upstream");
            check(!stream || op == PROV_EMBEDDING ||
                      json_is_true(json_object_get(json_object_get(sent, "stream_options"),
                                                   "include_usage")),
                  "a streamed call without include_usage");
        }
        json_decref(sent);
    } else {
        check(rc < 0, "encode returned a positive code");
        /* llm.c sends these to the client: they must be readable strings. */
        check(strlen(out.message ? out.message : "") + strlen(out.param ? out.param : "") < 4096,
              "an encode failure message past 4 KiB");
    }
    arena_dispose(&a);
}

static void mock(json_t *req, const struct cfg_deployment *dep, enum prov_op op, bool stream,
                 unsigned stop_at)
{
    struct arena a;
    struct prov_call call = {
        .op = op,
        .dep = dep,
        .req = req,
        .stream = stream,
        .client_wants_usage =
            json_is_true(json_object_get(json_object_get(req, "stream_options"), "include_usage")),
        .arena = &a,
    };
    struct counter cnt = {0, stop_at};
    struct prov_usage usage = {0};
    json_t *out = NULL;
    int rc;

    arena_init(&a, 8192);
    rc = prov_mock.local(&call, &out, &usage, on_chunk, &cnt);
    if (rc == 0 && (!stream || op == PROV_EMBEDDING))
        check(json_is_object(out), "a whole mock answer that is not an object");
    if (stream && op != PROV_EMBEDDING) {
        check(out == NULL, "a streamed mock answer also returned a whole one");
        check(rc == 0 || (stop_at && cnt.n == stop_at), "a mock stream failed by itself");
    }
    check(usage.set && usage.prompt_tokens >= 0 && usage.completion_tokens >= 0,
          "mock usage unset or negative");
    json_decref(out);
    arena_dispose(&a);
}

static void as_request(const uint8_t *data, size_t size, uint64_t h)
{
    static const enum prov_op ops[] = {PROV_CHAT, PROV_COMPLETION, PROV_EMBEDDING};
    json_error_t jerr;
    json_t *req = json_loadb((const char *)data, size, 0, &jerr);
    json_t *before;

    if (!json_is_object(req)) {
        json_decref(req);
        return;
    }
    before = json_deep_copy(req);
    check(before != NULL, "out of memory");
    for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
        if (!valid(req, ops[i]))
            continue;
        for (int stream = 0; stream < 2; stream++) {
            /* As llm.c: embeddings never stream. */
            bool s = stream && ops[i] != PROV_EMBEDDING;

            encode(req, (size_t)((h >> (8 * i + 4 * stream)) % n_provs), ops[i], s);
            mock(req, &deps[(h >> (i + 3)) & 1], ops[i], s, (unsigned)((h >> 16) % 6));
        }
    }
    check(json_equal(req, before), "a provider changed the client's request");
    json_decref(before);
    json_decref(req);
}

/* ---- what an upstream sends ------------------------------------------- */

static void as_stream(const uint8_t *data, size_t size, uint64_t h, size_t p)
{
    struct arena a;
    struct prov_call call = {
        .op = (h & 1) ? PROV_CHAT : PROV_COMPLETION,
        .dep = &deps[p],
        .stream = true,
        .client_wants_usage = (h >> 1) & 1,
        .arena = &a,
        .emit_raw = (h >> 12) & 1 ? on_raw : NULL, /* as llm.c for a stream it does not rewrite */
    };
    struct prov_stream st;
    struct counter cnt = {0, (unsigned)((h >> 2) % 8)};
    uint64_t x = h | 1;
    size_t off = 0;
    int rc = 0;

    if (!provs[p]->stream)
        return;
    arena_init(&a, 8192);
    /* 64 B to 8 KiB: small enough that long lines hit the limit. */
    prov_stream_init(&st, (size_t)64 << ((h >> 5) % 8));
    while (off < size && rc == 0) {
        size_t n;

        x ^= x << 13; /* xorshift64 */
        x ^= x >> 7;
        x ^= x << 17;
        n = 1 + (size_t)(x % 48);
        if (n > size - off)
            n = size - off;
        rc = provs[p]->stream(&call, &st, (const char *)data + off, n, on_chunk, &cnt);
        off += n;
    }
    if (rc == 0) /* the body ended: flush, as llm.c does */
        rc = provs[p]->stream(&call, &st, NULL, 0, on_chunk, &cnt);
    check(rc <= 0, "a stream decoder returned a positive code");
    prov_stream_dispose(&st);
    arena_dispose(&a);
}

static void as_body(const uint8_t *data, size_t size, uint64_t h, size_t p)
{
    static const long statuses[] = {400, 401, 403, 404, 408, 409, 413, 422, 429,  451,
                                    500, 502, 503, 504, 529, 302, 0,   -1,  99999};
    struct arena a;
    struct prov_call call = {
        .op = (enum prov_op)((h >> 3) % 3),
        .dep = &deps[p],
        .arena = &a,
    };
    struct prov_usage usage = {0};
    struct prov_error pe = {0};
    json_t *out = NULL;
    struct str body = str_of(size ? (const char *)data : NULL, size);

    arena_init(&a, 8192);
    if (provs[p]->decode && provs[p]->decode(&call, body, &out, &usage) == 0)
        check(json_is_object(out), "decode returned a non-object");
    json_decref(out);
    if (provs[p]->error) {
        provs[p]->error(&call, statuses[(h >> 8) % (sizeof(statuses) / sizeof(statuses[0]))], body,
                        &pe);
        check(pe.message && pe.type && pe.status >= 400 && pe.status < 600,
              "the error mapper left a field unset");
    }
    arena_dispose(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 1099511628211ull;
    h ^= h >> 31;
    h *= 0x9e3779b97f4a7c15ull;
    as_request(data, size, h);
    for (size_t p = 0; p < n_provs; p++) {
        as_stream(data, size, h, p);
        as_body(data, size, h, p);
    }
    return 0;
}
