/*
 * openai: OpenAI's own API and every server that speaks it at an api_base
 * (vLLM, llama.cpp server, LM Studio, Groq, ...). The request is the
 * client's body with the deployment's model name put in and the gateway's
 * own fields taken out; parameters we do not know (tools, response_format,
 * seed, logprobs, ...) pass through untouched.
 *
 * Streams: the gateway always asks for stream_options.include_usage so that
 * every streamed call can be accounted; when the client did not ask for it,
 * the usage-only chunk is kept from the client.
 */
#include "prov_int.h"

#include <stdlib.h>

#include "util/err.h"
#include "util/jread.h"

#define OPENAI_DEFAULT_BASE "https://api.openai.com/v1"

static const char *path_of(enum prov_op op)
{
    switch (op) {
    case PROV_COMPLETION: return "/completions";
    case PROV_EMBEDDING: return "/embeddings";
    default: return "/chat/completions";
    }
}

#define SO_USAGE ",\"stream_options\":{\"include_usage\":true}"

/* Whether s goes into a JSON string as it is (no quote, backslash or control
 * character). */
static bool plain_json(const char *s)
{
    for (; *s; s++)
        if (*s == '"' || *s == '\\' || (unsigned char)*s < 0x20)
            return false;
    return true;
}

/* splice() for a model name that needs escaping. */
static bool spliced_escaped(const struct prov_call *call, const char *model, size_t ms, size_t me,
                            size_t last, bool add_so, struct str *out)
{
    struct buf b;

    buf_init(&b, call->raw.len + strlen(model) * 6 + 64);
    buf_append(&b, call->raw.ptr, ms);
    buf_append(&b, "\"", 1);
    buf_append_json_str(&b, str_from(model));
    buf_append(&b, "\"", 1);
    buf_append(&b, call->raw.ptr + me, last - 1 - me);
    if (add_so)
        buf_append_c(&b, SO_USAGE);
    if (buf_append(&b, "}", 1) < 0) {
        buf_dispose(&b);
        return false;
    }
    out->ptr = arena_strndup(call->arena, b.ptr, b.len);
    out->len = b.len;
    buf_dispose(&b);
    return out->ptr != NULL;
}

/*
 * The upstream body without a JSON tree: when the client's bytes need only
 * their "model" replaced (and, for a stream, stream_options added), splice
 * them. Building and dumping a copy of the tree was the largest share of
 * encode() in the profile. Returns false when the general path must run.
 */
static bool splice(const struct prov_call *call, struct str *out)
{
    const struct cfg_deployment *d = call->dep;
    size_t ms, me, last;
    bool add_so = call->stream && call->op != PROV_EMBEDDING;
    const char *model = d->model ? d->model : "";

    if (!call->raw.len || (add_so && json_object_get(call->req, "stream_options")))
        return false;
    for (size_t i = 0; prov__gateway_fields[i]; i++)
        if (json_object_get(call->req, prov__gateway_fields[i]))
            return false;
    for (size_t i = 0; prov__param_defaults[i] && d->litellm_params; i++)
        if (json_object_get(d->litellm_params, prov__param_defaults[i]) &&
            !json_object_get(call->req, prov__param_defaults[i]))
            return false;
    if (prov__top_value(call->raw, "model", &ms, &me) < 0)
        return false;
    last = call->raw.len;
    while (last > 0 && call->raw.ptr[last - 1] != '}')
        last--;
    if (last == 0 || last <= me)
        return false;
    if (!plain_json(model))
        return spliced_escaped(call, model, ms, me, last, add_so, out);
    /* The common case, written straight into the arena. */
    {
        size_t ml = strlen(model), n = ms + ml + 2 + (last - 1 - me) + 1;
        char *p;

        if (add_so)
            n += sizeof(SO_USAGE) - 1;
        p = arena_alloc(call->arena, n + 1);
        if (!p)
            return false;
        *out = str_of(p, n);
        memcpy(p, call->raw.ptr, ms);
        p += ms;
        *p++ = '"';
        memcpy(p, model, ml);
        p += ml;
        *p++ = '"';
        memcpy(p, call->raw.ptr + me, last - 1 - me);
        p += last - 1 - me;
        if (add_so) {
            memcpy(p, SO_USAGE, sizeof(SO_USAGE) - 1);
            p += sizeof(SO_USAGE) - 1;
        }
        *p++ = '}';
        *p = '\0';
    }
    return true;
}

static int encode(const struct prov_call *call, struct prov_http *out)
{
    const struct cfg_deployment *d = call->dep;
    const char *base = d->api_base ? d->api_base : OPENAI_DEFAULT_BASE;
    const char *key = d->api_key;
    json_t *body = NULL;
    struct curl_slist *h = NULL;
    int rc = 0;

    if (splice(call, &out->body))
        goto headers;
    body = json_copy(call->req); /* shallow: values are shared, not changed */
    if (!body)
        return GW_ENOMEM;
    for (size_t i = 0; prov__gateway_fields[i]; i++)
        json_object_del(body, prov__gateway_fields[i]);
    for (size_t i = 0; prov__param_defaults[i] && d->litellm_params; i++) {
        json_t *v = json_object_get(d->litellm_params, prov__param_defaults[i]);

        if (v && !json_object_get(body, prov__param_defaults[i]))
            json_object_set(body, prov__param_defaults[i], v);
    }
    json_object_set_new(body, "model", json_string(d->model ? d->model : ""));
    if (call->stream && call->op != PROV_EMBEDDING) {
        json_t *so = json_object_get(body, "stream_options");
        json_t *copy = json_is_object(so) ? json_copy(so) : json_object();

        json_object_set_new(copy, "include_usage", json_true());
        json_object_set_new(body, "stream_options", copy);
    }
    out->body = prov__dump(call->arena, body);
headers:
    out->url = arena_cat(call->arena, base, path_of(call->op));
    if (!out->url || !out->body.ptr)
        rc = GW_ENOMEM;
    if (!key && d->provider && strcmp(d->provider, "openai") == 0)
        key = getenv("OPENAI_API_KEY");
    if (rc == 0 && !prov__header(call->arena, &h, "Content-Type: application/json"))
        rc = GW_ENOMEM;
    if (rc == 0 && key && *key && !prov__header(call->arena, &h, "Authorization: Bearer %s", key))
        rc = GW_ENOMEM;
    if (rc == 0 && call->stream && !prov__header(call->arena, &h, "Accept: text/event-stream"))
        rc = GW_ENOMEM;
    /* curl would send "Expect: 100-continue" for large bodies: one round trip
     * lost for nothing. */
    if (rc == 0 && !prov__header(call->arena, &h, "Expect:"))
        rc = GW_ENOMEM;
    out->headers = h;
    json_decref(body);
    return rc;
}

static int decode(const struct prov_call *call, struct str body, json_t **out,
                  struct prov_usage *usage)
{
    json_t *j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL);

    if (!json_is_object(j)) {
        json_decref(j);
        return GW_EUPSTREAM;
    }
    prov_usage_from_json(usage, json_object_get(j, "usage"));
    *out = j;
    return 0;
}

static int peek(const struct prov_call *call, struct str body, struct prov_usage *usage)
{
    return prov__peek_usage(body, usage);
}

struct stream_ctx {
    const struct prov_call *call;
    struct prov_stream *st;
    prov_emit_fn emit;
    void *ctx;
};

static int on_event(void *p, struct str event, struct str data)
{
    struct stream_ctx *sc = p;
    json_t *chunk, *usage, *choices;
    int rc;

    if (data.len == 0)
        return 0;
    if (str_eq_c(data, "[DONE]")) {
        sc->st->done = true;
        return 0;
    }
    if (sc->call->emit_raw) {
        static const char *const keys[] = {"usage", "error"};
        size_t span[2][2];

        if (!prov__top_object(data, keys, 2, span))
            return GW_EUPSTREAM;
        /* Most chunks: nothing to take out or to look at, relayed as sent. */
        if (span[1][1] == 0 && (span[0][1] == 0 || data.ptr[span[0][0]] != '{'))
            return sc->call->emit_raw(sc->ctx, data);
    }
    chunk = jread(data.ptr, data.len, 0, NULL);
    if (!json_is_object(chunk)) {
        json_decref(chunk);
        return GW_EUPSTREAM;
    }
    usage = json_object_get(chunk, "usage");
    if (json_is_object(usage)) {
        prov_usage_from_json(&sc->st->usage, usage);
        if (!sc->call->client_wants_usage) {
            choices = json_object_get(chunk, "choices");
            if (json_is_array(choices) && json_array_size(choices) == 0) {
                json_decref(chunk);
                return 0;
            }
            json_object_del(chunk, "usage");
        }
    }
    rc = sc->emit(sc->ctx, chunk);
    json_decref(chunk);
    return rc;
}

static int stream(const struct prov_call *call, struct prov_stream *st, const char *p, size_t n,
                  prov_emit_fn emit, void *ctx)
{
    struct stream_ctx sc = {call, st, emit, ctx};

    return prov__sse_feed(st, p, n, on_event, &sc);
}

static void error(const struct prov_call *call, long status, struct str body,
                  struct prov_error *out)
{
    prov__openai_error(status, body, call->arena, out);
}

const struct prov_ops prov_openai = {
    .name = "openai",
    .body_is_openai = true,
    .encode = encode,
    .peek = peek,
    .decode = decode,
    .stream = stream,
    .error = error,
};
