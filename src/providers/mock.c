/*
 * mock: answers without a network, deterministically, for demos, tests and
 * benchmarks (LiteLLM's `mock_response`). The text is the request's
 * `mock_response`, else the deployment's, else a fixed sentence; streams send
 * it word by word. Token counts are estimated at four bytes a token.
 * Embeddings are 16-dimensional vectors derived from the input text.
 */
#include "prov_int.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include <openssl/evp.h>

#include "util/jmem.h"
#include "util/err.h"
#include "util/time.h"

#define MOCK_DEFAULT "This is a mock response from llmgate."
#define MOCK_DIMS    16

static _Thread_local uint64_t seq;

static long tokens_of(size_t bytes)
{
    return bytes ? (long)((bytes + 3) / 4) : 0;
}

/* Bytes of text in the prompt: message contents, or prompt / input. */
static size_t prompt_bytes(const json_t *v)
{
    size_t n = 0, i;
    const char *k;
    json_t *x;

    if (json_is_string(v))
        return json_string_length(v);
    if (json_is_array(v))
        json_array_foreach(v, i, x) n += prompt_bytes(x);
    else if (json_is_object(v))
        json_object_foreach((json_t *)v, k, x) if (strcmp(k, "role") != 0) n += prompt_bytes(x);
    return n;
}

static const char *text_of(const struct prov_call *call)
{
    const char *t = json_string_value(json_object_get(call->req, "mock_response"));

    if (!t)
        t = call->dep ? call->dep->mock_response : NULL;
    return t ? t : MOCK_DEFAULT;
}

static const char *model_of(const struct prov_call *call)
{
    const char *m = json_string_value(json_object_get(call->req, "model"));

    return m ? m : "mock";
}

static void usage_of(const struct prov_call *call, const char *text, struct prov_usage *u)
{
    json_t *src = json_object_get(call->req, call->op == PROV_CHAT ? "messages"
                                             : call->op == PROV_COMPLETION ? "prompt"
                                                                           : "input");

    u->prompt_tokens = tokens_of(prompt_bytes(src));
    u->completion_tokens = call->op == PROV_EMBEDDING ? 0 : tokens_of(strlen(text));
    u->total_tokens = u->prompt_tokens + u->completion_tokens;
    u->set = true;
}

static json_t *usage_json(const struct prov_usage *u)
{
    return json_pack("{s:I,s:I,s:I}", "prompt_tokens", (json_int_t)u->prompt_tokens,
                     "completion_tokens", (json_int_t)u->completion_tokens, "total_tokens",
                     (json_int_t)u->total_tokens);
}

static json_t *vector_of(const char *text, size_t len, bool b64)
{
    float v[MOCK_DIMS];
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    double norm = 0;
    unsigned char raw[sizeof(v)], enc[sizeof(v) * 2];
    json_t *arr;

    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)text[i]) * 1099511628211ull;
    for (int i = 0; i < MOCK_DIMS; i++) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        v[i] = (float)((double)(h % 20001) / 10000.0 - 1.0);
        norm += (double)v[i] * v[i];
    }
    norm = sqrt(norm);
    for (int i = 0; i < MOCK_DIMS; i++)
        v[i] = (float)(v[i] / (norm > 0 ? norm : 1));
    if (b64) {
        /* OpenAI's base64 is the little-endian float32 array. */
        for (int i = 0; i < MOCK_DIMS; i++) {
            uint32_t u;

            memcpy(&u, &v[i], 4);
            for (int b = 0; b < 4; b++)
                raw[i * 4 + b] = (unsigned char)(u >> (8 * b));
        }
        EVP_EncodeBlock(enc, raw, (int)sizeof(raw));
        return json_string((const char *)enc);
    }
    arr = json_array();
    for (int i = 0; i < MOCK_DIMS; i++)
        json_array_append_new(arr, json_real(v[i]));
    return arr;
}

static json_t *embeddings(const struct prov_call *call)
{
    json_t *input = json_object_get(call->req, "input"), *data = json_array(), *x;
    const char *fmt = json_string_value(json_object_get(call->req, "encoding_format"));
    bool b64 = fmt && strcmp(fmt, "base64") == 0;
    size_t i;
    char *s;

    if (json_is_string(input)) {
        json_array_append_new(data, json_pack("{s:s,s:i,s:o}", "object", "embedding", "index", 0,
                                              "embedding",
                                              vector_of(json_string_value(input),
                                                        json_string_length(input), b64)));
    } else {
        json_array_foreach(input, i, x) {
            /* Token arrays hash their JSON text. */
            s = json_dumps(x, JSON_COMPACT | JSON_ENCODE_ANY);
            json_array_append_new(data,
                                  json_pack("{s:s,s:i,s:o}", "object", "embedding", "index", (int)i,
                                            "embedding",
                                            json_is_string(x)
                                                ? vector_of(json_string_value(x),
                                                            json_string_length(x), b64)
                                                : vector_of(s ? s : "", s ? strlen(s) : 0, b64)));
            jmem_free_dump(s);
        }
    }
    return json_pack("{s:s,s:o,s:s}", "object", "list", "data", data, "model", model_of(call));
}

static const char *new_id(const struct prov_call *call, const char *prefix)
{
    return arena_printf(call->arena, "%s-mock-%llx%06llx", prefix, (unsigned long long)time_wall_ms(),
                        (unsigned long long)(++seq & 0xffffff));
}

static json_t *chunk_of(const struct prov_call *call, const char *id, json_t *delta,
                        const char *finish)
{
    json_t *choice;

    if (call->op == PROV_COMPLETION) {
        const char *t = json_string_value(json_object_get(delta, "content"));

        choice = json_pack("{s:i,s:s,s:n,s:o}", "index", 0, "text", t ? t : "", "logprobs",
                           "finish_reason", finish ? json_string(finish) : json_null());
        json_decref(delta);
        return json_pack("{s:s,s:s,s:I,s:s,s:[o]}", "id", id, "object", "text_completion", "created",
                         (json_int_t)time_wall_s(), "model", model_of(call), "choices", choice);
    }
    choice = json_pack("{s:i,s:o,s:n,s:o}", "index", 0, "delta", delta, "logprobs",
                       "finish_reason", finish ? json_string(finish) : json_null());
    return json_pack("{s:s,s:s,s:I,s:s,s:n,s:[o]}", "id", id, "object", "chat.completion.chunk",
                     "created", (json_int_t)time_wall_s(), "model", model_of(call),
                     "system_fingerprint", "choices", choice);
}

static int emit_one(prov_emit_fn emit, void *ctx, json_t *chunk)
{
    int rc = chunk ? emit(ctx, chunk) : GW_ENOMEM;

    json_decref(chunk);
    return rc;
}

static int stream_text(const struct prov_call *call, const char *text, struct prov_usage *u,
                       prov_emit_fn emit, void *ctx)
{
    const char *id = new_id(call, call->op == PROV_CHAT ? "chatcmpl" : "cmpl");
    const char *p = text;
    json_t *last;
    int rc = 0;

    if (call->op == PROV_CHAT)
        rc = emit_one(emit, ctx,
                  chunk_of(call, id, json_pack("{s:s,s:s}", "role", "assistant", "content", ""),
                           NULL));
    while (rc == 0 && *p) {
        /* One word and the spaces after it per chunk. */
        const char *e = p;

        while (*e && *e != ' ')
            e++;
        while (*e == ' ')
            e++;
        rc = emit_one(emit, ctx,
                  chunk_of(call, id, json_pack("{s:s%}", "content", p, (size_t)(e - p)), NULL));
        p = e;
    }
    if (rc == 0)
        rc = emit_one(emit, ctx, chunk_of(call, id, json_object(), "stop"));
    if (rc == 0 && call->client_wants_usage) {
        last = chunk_of(call, id, json_object(), NULL);
        json_object_set_new(last, "choices", json_array());
        json_object_set_new(last, "usage", usage_json(u));
        rc = emit_one(emit, ctx, last);
    }
    return rc;
}

static int local(const struct prov_call *call, json_t **out, struct prov_usage *u,
                 prov_emit_fn emit, void *ctx)
{
    const char *text = text_of(call);
    json_t *r;

    usage_of(call, text, u);
    if (call->op == PROV_EMBEDDING) {
        r = embeddings(call);
        json_object_set_new(r, "usage", json_pack("{s:I,s:I}", "prompt_tokens",
                                                  (json_int_t)u->prompt_tokens, "total_tokens",
                                                  (json_int_t)u->prompt_tokens));
        *out = r;
        return r ? 0 : GW_ENOMEM;
    }
    if (call->stream)
        return stream_text(call, text, u, emit, ctx);
    if (call->op == PROV_COMPLETION)
        r = json_pack("{s:s,s:s,s:I,s:s,s:[{s:i,s:s,s:n,s:s}],s:o}", "id", new_id(call, "cmpl"),
                      "object", "text_completion", "created", (json_int_t)time_wall_s(), "model",
                      model_of(call), "choices", "index", 0, "text", text, "logprobs",
                      "finish_reason", "stop", "usage", usage_json(u));
    else
        r = json_pack("{s:s,s:s,s:I,s:s,s:n,s:[{s:i,s:{s:s,s:s,s:n},s:n,s:s}],s:o}", "id",
                      new_id(call, "chatcmpl"), "object", "chat.completion", "created",
                      (json_int_t)time_wall_s(), "model", model_of(call), "system_fingerprint",
                      "choices", "index", 0, "message", "role", "assistant", "content", text,
                      "refusal", "logprobs", "finish_reason", "stop", "usage", usage_json(u));
    *out = r;
    return r ? 0 : GW_ENOMEM;
}

const struct prov_ops prov_mock = {
    .name = "mock",
    .local = local,
};
