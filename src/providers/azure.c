/*
 * azure: Azure OpenAI, `azure/<deployment>`. Azure serves OpenAI's wire
 * format under a different address and key header, so this file builds the
 * request itself and lends everything that comes back to the openai
 * provider (through its table), with two Azure touches on errors.
 *
 *   POST {api_base}/openai/deployments/{deployment}/{op}?api-version={v}
 *        op: chat/completions | completions | embeddings
 *   api-key: <api_key>                 or, with litellm_params.azure_ad_token,
 *   Authorization: Bearer <token>      (Microsoft Entra ID, instead of the key)
 *
 * Where each piece comes from (LiteLLM's order):
 *   api_base     litellm_params.api_base, else $AZURE_API_BASE
 *   api_version  litellm_params.api_version, else $AZURE_API_VERSION, else
 *                AZURE_DEFAULT_API_VERSION (the latest GA version when written)
 *   credential   litellm_params.azure_ad_token, else the api_key (then
 *                $AZURE_OPENAI_API_KEY, $AZURE_API_KEY), else $AZURE_AD_TOKEN.
 *                The openai SDK that LiteLLM drives sends only the token when
 *                it has both, so a token in the deployment wins over a key.
 *
 * Two other address forms LiteLLM accepts are kept: an api_base that already
 * holds "/openai/deployments/<name>" is used as it is (the SDK's base_url
 * case), and api_version "v1", "latest" or "preview" selects Azure's v1 API,
 * {api_base}/openai/v1/{op}, where the deployment travels as `model` (with
 * ?api-version= only for "latest" and "preview"). LiteLLM's route prefixes
 * `azure/o_series/<name>` and `azure/gpt5_series/<name>` are dropped from
 * the deployment name.
 *
 * The body is the client's, like openai.c: the gateway's own fields removed,
 * the deployment's sampling defaults filled in, everything else passed
 * through. Azure routes on the URL and ignores `model`; we set it to the
 * deployment name as LiteLLM does (the openai SDK always sends it), which the
 * v1 API needs anyway.
 *
 * Streams: include_usage is forced on, as in openai.c, but only on
 * api-versions that know stream_options (2024-08-01-preview and later, and
 * the undated v1 ones): older versions answer 400 "Unrecognized request
 * argument supplied: stream_options", so there the body is left as the
 * client sent it and such a stream is not accounted.
 *
 * What comes back is OpenAI's format plus Azure's content-safety fields:
 * `prompt_filter_results` on responses and chunks, `content_filter_results`
 * on choices, finish_reason "content_filter". They pass through untouched.
 * Azure's first streamed chunk often has empty `choices` and only
 * prompt_filter_results (and empty id/model/object); it has no `usage`, so
 * the openai stream decoder relays it rather than taking it for the usage
 * chunk.
 */
#include "prov_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/jread.h"

#define AZURE_DEFAULT_API_VERSION "2024-10-21"
/* The first api-version that accepts stream_options (a dated prefix). */
#define AZURE_STREAM_OPTIONS_SINCE "2024-08-01"

static const char *path_of(enum prov_op op)
{
    switch (op) {
    case PROV_COMPLETION: return "/completions";
    case PROV_EMBEDDING: return "/embeddings";
    default: return "/chat/completions";
    }
}

/* An environment variable, NULL when unset or empty. */
static const char *env_of(const char *name)
{
    const char *v = getenv(name);

    return v && *v ? v : NULL;
}

static const char *nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

/* A string of litellm_params, NULL when absent, not a string, or empty. */
static const char *param_str(const struct cfg_deployment *d, const char *key)
{
    return nonempty(json_string_value(json_object_get(d->litellm_params, key)));
}

/* RFC 3986 percent-encoding of everything but the unreserved characters;
 * a path segment or a query value. NULL when out of memory. */
static char *escape(struct arena *a, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s);
    char *out = arena_alloc(a, 3 * n + 1), *p = out;

    if (!out)
        return NULL;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            *p++ = (char)c;
        } else {
            *p++ = '%';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 15];
        }
    }
    *p = '\0';
    return out;
}

/* The v1 API (GA since August 2025) has no dated versions; LiteLLM selects
 * it with these three names. */
static bool is_v1(const char *ver)
{
    return strcmp(ver, "v1") == 0 || strcmp(ver, "latest") == 0 || strcmp(ver, "preview") == 0;
}

/* Whether the api-version accepts stream_options. Versions are
 * "YYYY-MM-DD" or "YYYY-MM-DD-preview"; the dated prefix compares as text.
 * An undated one (v1, or a name we do not know) is taken as recent. */
static bool knows_stream_options(const char *ver)
{
    static const char shape[] = "dddd-dd-dd";

    for (size_t i = 0; shape[i]; i++) {
        if (shape[i] == 'd' ? (ver[i] < '0' || ver[i] > '9') : ver[i] != shape[i])
            return true;
    }
    return strncmp(ver, AZURE_STREAM_OPTIONS_SINCE, sizeof(shape) - 1) >= 0;
}

/* api_base without trailing slashes, in the arena; NULL when there is none
 * (or no memory: the caller cannot tell, and answers GW_ECONFIG). */
static char *base_of(struct arena *a, const struct cfg_deployment *d)
{
    const char *b = nonempty(d->api_base) ? d->api_base : env_of("AZURE_API_BASE");
    char *copy;
    size_t n;

    if (!b)
        return NULL;
    copy = arena_strdup(a, b);
    if (!copy)
        return NULL;
    n = strlen(copy);
    while (n > 0 && copy[n - 1] == '/')
        copy[--n] = '\0';
    return n ? copy : NULL;
}

/* The deployment name. LiteLLM's `azure/o_series/<name>` and
 * `azure/gpt5_series/<name>` only pick its parameter rules for those models;
 * the prefix is not part of the deployment's name. */
static const char *deployment_of(const char *model)
{
    static const char *const routes[] = {"o_series/", "gpt5_series/", NULL};

    for (size_t i = 0; routes[i]; i++) {
        size_t n = strlen(routes[i]);

        if (strncmp(model, routes[i], n) == 0 && model[n])
            return model + n;
    }
    return model;
}

static const char *url_of(struct arena *a, const char *base, const char *deployment,
                          const char *ver, enum prov_op op)
{
    const char *path = path_of(op);
    char *v = escape(a, ver), *dep;

    if (!v)
        return NULL;
    /* LiteLLM hands such an api_base to the SDK as base_url, which then
     * adds only the operation. */
    if (strstr(base, "/openai/deployments/"))
        return arena_printf(a, "%s%s?api-version=%s", base, path, v);
    if (is_v1(ver)) {
        const char *v1 = strstr(base, "/openai/v1") ? "" : "/openai/v1";

        if (strcmp(ver, "v1") == 0)
            return arena_printf(a, "%s%s%s", base, v1, path);
        return arena_printf(a, "%s%s%s?api-version=%s", base, v1, path, v);
    }
    dep = escape(a, deployment_of(deployment));
    if (!dep)
        return NULL;
    return arena_printf(a, "%s/openai/deployments/%s%s?api-version=%s", base, dep, path, v);
}

/* The request body: the client's, minus the gateway's fields, with the
 * deployment's defaults, `model` and (for streams) include_usage. A new
 * reference, or NULL when out of memory. */
static json_t *body_of(const struct prov_call *call, const char *ver)
{
    const struct cfg_deployment *d = call->dep;
    json_t *body = json_copy(call->req); /* shallow: values are shared, not changed */

    if (!body)
        return NULL;
    for (size_t i = 0; prov__gateway_fields[i]; i++)
        json_object_del(body, prov__gateway_fields[i]);
    for (size_t i = 0; prov__param_defaults[i] && d->litellm_params; i++) {
        json_t *v = json_object_get(d->litellm_params, prov__param_defaults[i]);

        if (v && !json_object_get(body, prov__param_defaults[i]))
            json_object_set(body, prov__param_defaults[i], v);
    }
    if (json_object_set_new(body, "model", json_string(deployment_of(d->model))) < 0)
        goto nomem;
    if (call->stream && call->op != PROV_EMBEDDING) {
        json_t *so = json_object_get(body, "stream_options");

        /* A client that sent stream_options knows its api-version accepts
         * them; otherwise add them only where Azure knows them. */
        if (json_is_object(so) || knows_stream_options(ver)) {
            json_t *copy = json_is_object(so) ? json_copy(so) : json_object();

            if (!copy || json_object_set_new(copy, "include_usage", json_true()) < 0 ||
                json_object_set_new(body, "stream_options", copy) < 0) {
                json_decref(copy);
                goto nomem;
            }
        }
    }
    return body;
nomem:
    json_decref(body);
    return NULL;
}

/* Appends `prefix value` built in the arena: an Entra ID token alone runs to
 * several kilobytes. */
static int add_header(struct arena *a, struct curl_slist **h, const char *prefix, const char *value)
{
    return prov__header_line(a, h, arena_printf(a, "%s%s", prefix, value)) ? 0 : GW_ENOMEM;
}

static int encode(const struct prov_call *call, struct prov_http *out)
{
    const struct cfg_deployment *d = call->dep;
    struct arena *a = call->arena;
    const char *ver, *token, *key = NULL;
    struct curl_slist *h = NULL;
    json_t *body = NULL;
    char *base;
    int rc = 0;

    if (!nonempty(d->model))
        return GW_ECONFIG;
    base = base_of(a, d);
    if (!base)
        return GW_ECONFIG; /* no api_base and no $AZURE_API_BASE */
    ver = nonempty(d->api_version);
    if (!ver)
        ver = env_of("AZURE_API_VERSION");
    if (!ver)
        ver = AZURE_DEFAULT_API_VERSION;
    token = param_str(d, "azure_ad_token");
    /* LiteLLM trades an "oidc/..." token for an Entra ID one over the
     * network; a provider does no I/O, and sending it as it is would only
     * earn a 401. */
    if (token && strncmp(token, "oidc/", 5) == 0)
        return GW_ECONFIG;
    if (!token) {
        key = nonempty(d->api_key);
        if (!key)
            key = env_of("AZURE_OPENAI_API_KEY");
        if (!key)
            key = env_of("AZURE_API_KEY");
        if (!key)
            token = env_of("AZURE_AD_TOKEN");
    }

    out->url = url_of(a, base, d->model, ver, call->op);
    body = body_of(call, ver);
    if (!out->url || !body) {
        rc = GW_ENOMEM;
        goto out;
    }
    out->body = prov__dump(a, body);
    if (!out->body.ptr) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (!prov__header(a, &h, "Content-Type: application/json"))
        rc = GW_ENOMEM;
    if (rc == 0 && token)
        rc = add_header(a, &h, "Authorization: Bearer ", token);
    else if (rc == 0 && key)
        rc = add_header(a, &h, "api-key: ", key);
    if (rc == 0 && call->stream && !prov__header(a, &h, "Accept: text/event-stream"))
        rc = GW_ENOMEM;
    /* No "Expect: 100-continue" round trip for large bodies. */
    if (rc == 0 && !prov__header(a, &h, "Expect:"))
        rc = GW_ENOMEM;
out:
    out->headers = h;
    json_decref(body);
    return rc;
}

/* Whole answers and streams are OpenAI's, content-filter fields included. */
static int decode(const struct prov_call *call, struct str body, json_t **out,
                  struct prov_usage *usage)
{
    return prov_openai.decode(call, body, out, usage);
}

static int stream(const struct prov_call *call, struct prov_stream *st, const char *p, size_t n,
                  prov_emit_fn emit, void *ctx)
{
    return prov_openai.stream(call, st, p, n, emit, ctx);
}

/* "hate (high), jailbreak" for the categories a content filter blocked, so
 * that a client learns why without the innererror object, which the error
 * answer has no room for. NULL when none is marked filtered. */
static const char *filtered_categories(struct arena *a, const json_t *result)
{
    const char *name, *list = NULL;
    json_t *v;

    json_object_foreach((json_t *)result, name, v)
    {
        const char *sev = json_string_value(json_object_get(v, "severity"));
        const char *item;

        if (!json_is_true(json_object_get(v, "filtered")))
            continue;
        item = sev ? arena_printf(a, "%s (%s)", name, sev) : name;
        list = list ? arena_printf(a, "%s, %s", list, item) : item;
        if (!list)
            return NULL;
    }
    return list;
}

/*
 * Azure's error bodies:
 *   {"error":{"code":"401","message":"Access denied due to invalid subscription key ..."}}
 *   {"error":{"code":"DeploymentNotFound","message":"The API deployment ..."}}
 *   {"error":{"message":"The response was filtered ...","type":null,"param":"prompt",
 *             "code":"content_filter","status":400,
 *             "innererror":{"code":"ResponsibleAIPolicyViolation",
 *                           "content_filter_result":{"hate":{"filtered":true,...},...}}}}
 *   {"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, ..."}
 * The last one (an Entra ID token refused at Azure's front door) has no
 * "error" object. Status, type and code are mapped as for OpenAI.
 */
static void error(const struct prov_call *call, long status, struct str body,
                  struct prov_error *out)
{
    json_t *j, *e;
    const char *msg, *cats, *m = NULL;

    prov_openai.error(call, status, body, out);
    j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL);
    e = json_object_get(j, "error");
    if (json_is_object(e)) {
        msg = json_string_value(json_object_get(e, "message"));
        cats = filtered_categories(call->arena, json_object_get(json_object_get(e, "innererror"),
                                                                "content_filter_result"));
        if (cats)
            m = arena_printf(call->arena, "upstream returned %ld: %s (filtered: %s)", status,
                             msg ? msg : "content filtered", cats);
    } else if (!e) {
        msg = json_string_value(json_object_get(j, "message"));
        if (msg)
            m = arena_printf(call->arena, "upstream returned %ld: %s", status, msg);
    }
    if (m)
        out->message = m;
    json_decref(j);
}

const struct prov_ops prov_azure = {
    .name = "azure",
    .encode = encode,
    .decode = decode,
    .stream = stream,
    .error = error,
};
