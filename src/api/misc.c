/*
 * misc: the routes that are not model calls: the model list, liveliness,
 * readiness and the deployment health probe.
 */
#include "api_int.h"

#include <stdio.h>

#include "util/err.h"
#include "util/time.h"

void api__models(struct api_worker *w, struct http_req *r)
{
    struct auth_ctx auth;
    json_t *data, *out;
    const struct cfg *c = w->cfg;

    if (api__authorize(w, r, &auth) < 0)
        return;
    data = json_array();
    for (size_t i = 0; i < c->n_deployments; i++) {
        const char *name = c->deployments[i].model_name;
        bool seen = false;

        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(c->deployments[j].model_name, name) == 0;
        if (!seen)
            json_array_append_new(data, json_pack("{s:s,s:s,s:I,s:s}", "id", name, "object",
                                                  "model", "created", (json_int_t)api__started_at,
                                                  "owned_by", "openai"));
    }
    out = json_pack("{s:o,s:s}", "data", data, "object", "list");
    api__send_json(r, 200, out, NULL, 0);
    json_decref(out);
}

void api__readiness(struct api_worker *w, struct http_req *r)
{
    bool draining = api__draining || w->http.draining;
    json_t *out = json_pack("{s:s,s:s,s:n,s:s,s:[]}", "status", draining ? "draining" : "connected",
                            "db", w->cfg->database_url ? "configured" : "Not connected", "cache",
                            "litellm_version", GW_VERSION, "success_callbacks");

    api__send_json(r, draining ? 503 : 200, out, NULL, 0);
    json_decref(out);
}

/* /health probes every deployment at once and answers when all are back. */
struct probe;

struct health {
    struct http_req *r;
    json_t *healthy, *unhealthy;
    size_t pending;
    struct probe *probes;
    size_t n;
};

struct probe {
    struct health *h;
    const struct cfg_deployment *d;
    struct up_req up;
    struct prov_call call;
    struct prov_http http;
    json_t *req;
};

static json_t *endpoint(const struct cfg_deployment *d)
{
    /* The model and where it lives; never the key. */
    return json_pack("{s:s,s:o,s:s?,s:s}", "model", d->model_name, "litellm_model",
                     json_sprintf("%s/%s", d->provider, d->model ? d->model : ""), "api_base",
                     d->api_base, "model_id", d->id);
}

static void health_reply(struct health *h)
{
    json_t *out =
        json_pack("{s:O,s:O,s:I,s:I}", "healthy_endpoints", h->healthy, "unhealthy_endpoints",
                  h->unhealthy, "healthy_count", (json_int_t)json_array_size(h->healthy),
                  "unhealthy_count", (json_int_t)json_array_size(h->unhealthy));

    h->r->on_abort = NULL;
    api__send_json(h->r, 200, out, NULL, 0);
    json_decref(out);
}

static void probe_done(struct up_req *u, int rc)
{
    struct probe *p = u->udata;
    struct health *h = p->h;
    json_t *e = endpoint(p->d);

    if (rc == 0 && u->status >= 200 && u->status < 300) {
        json_array_append_new(h->healthy, e);
    } else {
        json_object_set_new(
            e, "error",
            json_string(rc < 0 ? gw_strerror(rc)
                               : arena_printf(h->r->arena, "upstream returned %ld", u->status)));
        json_array_append_new(h->unhealthy, e);
    }
    if (--h->pending == 0)
        health_reply(h);
}

static void health_abort(struct http_req *r)
{
    struct health *h = r->udata;

    for (size_t i = 0; i < h->n; i++)
        up_cancel(&h->probes[i].up);
}

static void health_dispose(void *arg)
{
    struct health *h = arg;

    for (size_t i = 0; i < h->n; i++) {
        up_cancel(&h->probes[i].up);
        json_decref(h->probes[i].req);
    }
    json_decref(h->healthy);
    json_decref(h->unhealthy);
}

/*
 * A probe is what LiteLLM's health check does: a real one-token call through
 * the deployment's own provider (an embedding for embedding models), so a
 * wrong key, model name or api_base all show.
 */
static int probe_start(struct api_worker *w, struct probe *p, struct arena *a)
{
    const char *mode = json_string_value(json_object_get(p->d->model_info, "mode"));
    const struct prov_ops *ops = prov_find(p->d->provider);
    int rc;

    if (!ops || !ops->encode)
        return GW_EDECLINED;
    p->call.op = mode && strcmp(mode, "embedding") == 0 ? PROV_EMBEDDING : PROV_CHAT;
    p->call.dep = p->d;
    p->call.arena = a;
    p->req = p->call.op == PROV_EMBEDDING
                 ? json_pack("{s:s,s:s}", "model", p->d->model_name, "input", "ping")
                 : json_pack("{s:s,s:[{s:s,s:s}],s:i}", "model", p->d->model_name, "messages",
                             "role", "user", "content", "ping", "max_tokens", 1);
    p->call.req = p->req;
    rc = ops->probe ? ops->probe(&p->call, &p->http) : ops->encode(&p->call, &p->http);
    if (rc < 0)
        return rc;
    p->up.url = p->http.url;
    p->up.headers = p->http.headers;
    p->up.body = p->http.body;
    p->up.on_done = probe_done;
    p->up.udata = p;
    p->up.timeout_ms = 10000;
    return up_start(&w->up, &p->up);
}

void api__health(struct api_worker *w, struct http_req *r)
{
    const struct cfg *c = w->cfg;
    struct auth_ctx auth;
    struct health *h;

    if (api__authorize(w, r, &auth) < 0)
        return;
    h = arena_zalloc(r->arena, sizeof(*h));
    h->probes = arena_zalloc(r->arena, sizeof(struct probe) * (c->n_deployments + 1));
    h->r = r;
    h->healthy = json_array();
    h->unhealthy = json_array();
    h->n = c->n_deployments;
    arena_defer(r->arena, health_dispose, h);
    r->udata = h;
    r->on_abort = health_abort;
    h->pending = 1; /* held until every probe is started */
    for (size_t i = 0; i < c->n_deployments; i++) {
        struct probe *p = &h->probes[i];
        const struct prov_ops *ops = prov_find(c->deployments[i].provider);
        int rc;

        p->h = h;
        p->d = &c->deployments[i];
        if (ops && ops->local) {
            json_array_append_new(h->healthy, endpoint(p->d));
            continue;
        }
        rc = probe_start(w, p, r->arena);
        if (rc == 0) {
            h->pending++;
        } else {
            json_t *e = endpoint(p->d);

            json_object_set_new(e, "error",
                                json_string(rc == GW_EDECLINED ? "provider not available"
                                                               : "probe could not start"));
            json_array_append_new(h->unhealthy, e);
        }
    }
    if (--h->pending == 0)
        health_reply(h);
}
