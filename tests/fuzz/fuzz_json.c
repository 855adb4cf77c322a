/*
 * fuzz_json: the JSON the gateway takes in, from clients and from providers.
 *
 * One input is used three ways:
 *  - as a client's request body, loaded as src/api/llm.c loads it; when it
 *    is an object, it is encoded for an OpenAI-compatible deployment for each
 *    operation, streaming or not, and answered by the mock provider. The
 *    upstream body must parse back as an object naming the deployment's
 *    model, and neither may change the client's request (both share its
 *    values). The mock's chunk callback stops the stream at a chunk the
 *    input picks, as a client that went away does;
 *  - as stream bytes from an upstream, fed to the OpenAI SSE decoder in
 *    pieces cut where a hash of the input says, with a line limit the hash
 *    also picks;
 *  - as a whole upstream body, to the OpenAI decoder and the error mapper
 *    with a status the hash picks.
 * Every call gets a fresh arena, disposed at the end (LeakSanitizer then sees
 * a json_t or header list that was not tied to it).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "providers/prov_int.h"
#include "util/err.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct cfg_deployment deps[2];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    /* An OpenAI deployment with a key, a base and sampling defaults, and a
     * vLLM one with none of them. Both live as long as the process. */
    deps[0] = (struct cfg_deployment){
        .model_name = "gpt",
        .provider = "openai",
        .model = "gpt-4o-mini",
        .api_base = "http://127.0.0.1:9/v1",
        .api_key = "sk-fuzz",
        .id = "dep-openai",
        .max_retries = -1,
        .litellm_params = json_pack("{s:f,s:i,s:[s],s:s}", "temperature", 0.2, "max_tokens", 16,
                                    "stop", "\n", "reasoning_effort", "low"),
    };
    deps[1] = (struct cfg_deployment){
        .model_name = "local",
        .provider = "vllm",
        .model = "llama",
        .mock_response = "from the deployment",
        .id = "dep-vllm",
        .max_retries = -1,
    };
    if (!deps[0].litellm_params || prov_find("openai") != &prov_openai ||
        prov_find("vllm") != &prov_openai || prov_find("mock") != &prov_mock) {
        fprintf(stderr, "fuzz_json: bad set-up\n");
        abort();
    }
    return 0;
}

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_json: %s\n", what);
        abort();
    }
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

/* ---- the client's request --------------------------------------------- */

static void encode(json_t *req, const struct cfg_deployment *dep, enum prov_op op, bool stream)
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
    struct prov_http out = {0};
    json_t *sent, *so;
    int rc;

    arena_init(&a, 8192);
    rc = prov_openai.encode(&call, &out);
    if (rc == 0) {
        check(out.url && out.headers && out.body.ptr, "encode left a field unset");
        sent = json_loadb(out.body.ptr, out.body.len, 0, NULL);
        check(json_is_object(sent), "encode built a body that does not parse back");
        check(json_is_string(json_object_get(sent, "model")) &&
                  strcmp(json_string_value(json_object_get(sent, "model")), dep->model) == 0,
              "encode did not set the deployment's model");
        check(!json_object_get(sent, "mock_response") && !json_object_get(sent, "api_key"),
              "encode sent a gateway field upstream");
        so = json_object_get(sent, "stream_options");
        check(!stream || op == PROV_EMBEDDING || json_is_true(json_object_get(so, "include_usage")),
              "a streamed call without include_usage");
        json_decref(sent);
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
    /* encode() copies the request shallowly and must change nothing in it. */
    before = json_deep_copy(req);
    check(before != NULL, "out of memory");
    for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
        for (int stream = 0; stream < 2; stream++) {
            encode(req, &deps[(h >> i) & 1], ops[i], stream);
            mock(req, &deps[(h >> (i + 3)) & 1], ops[i], stream, (unsigned)((h >> 16) % 6));
        }
    }
    check(json_equal(req, before), "a provider changed the client's request");
    json_decref(before);
    json_decref(req);
}

/* ---- what an upstream sends ------------------------------------------- */

static void as_stream(const uint8_t *data, size_t size, uint64_t h)
{
    struct arena a;
    struct prov_call call = {
        .op = (h & 1) ? PROV_CHAT : PROV_COMPLETION,
        .dep = &deps[0],
        .stream = true,
        .client_wants_usage = (h >> 1) & 1,
        .arena = &a,
    };
    struct prov_stream st;
    struct counter cnt = {0, (unsigned)((h >> 2) % 8)};
    uint64_t x = h | 1;
    size_t off = 0;
    int rc = 0;

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
        rc = prov_openai.stream(&call, &st, (const char *)data + off, n, on_chunk, &cnt);
        off += n;
    }
    check(rc <= 0, "the stream decoder returned a positive code");
    prov_stream_dispose(&st);
    arena_dispose(&a);
}

static void as_body(const uint8_t *data, size_t size, uint64_t h)
{
    static const long statuses[] = {400, 401, 403, 404, 408, 409, 413, 422, 429, 451,
                                    500, 502, 503, 504, 529, 302, 0,   -1,  99999};
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .dep = &deps[0], .arena = &a};
    struct prov_usage usage = {0};
    struct prov_error pe = {0};
    json_t *out = NULL;
    struct str body = str_of(size ? (const char *)data : NULL, size);

    arena_init(&a, 8192);
    if (prov_openai.decode(&call, body, &out, &usage) == 0)
        check(json_is_object(out), "decode returned a non-object");
    json_decref(out);
    prov_openai.error(&call, statuses[(h >> 8) % (sizeof(statuses) / sizeof(statuses[0]))], body,
                      &pe);
    check(pe.message && pe.type && pe.code && pe.status >= 400 && pe.status < 600,
          "the error mapper left a field unset");
    arena_dispose(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 1099511628211ull;
    as_request(data, size, h);
    as_stream(data, size, h);
    as_body(data, size, h);
    return 0;
}
