/* router: model groups, aliases and the weighted pick; see route.h. */
#include "route.h"

#include <string.h>

uint64_t route_rand(uint64_t *s)
{
    uint64_t x = *s ? *s : 0x9e3779b97f4a7c15ull;

    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

const char *route_group(const struct cfg *c, const char *model)
{
    json_t *aliases, *a;

    if (!model)
        return NULL;
    for (size_t i = 0; i < c->n_deployments; i++)
        if (strcmp(c->deployments[i].model_name, model) == 0)
            return c->deployments[i].model_name;
    aliases = json_object_get(c->router_settings, "model_group_alias");
    a = json_object_get(aliases, model);
    /* LiteLLM allows {"model": "group", "hidden": true} as well as "group". */
    if (json_is_object(a))
        a = json_object_get(a, "model");
    if (json_is_string(a) && strcmp(json_string_value(a), model) != 0) {
        const char *g = json_string_value(a);

        for (size_t i = 0; i < c->n_deployments; i++)
            if (strcmp(c->deployments[i].model_name, g) == 0)
                return c->deployments[i].model_name;
    }
    return NULL;
}

static double weight_of(const struct cfg_deployment *d)
{
    if (d->weight > 0)
        return d->weight;
    if (d->rpm > 0)
        return (double)d->rpm;
    if (d->tpm > 0)
        return (double)d->tpm;
    return 1.0;
}

const struct cfg_deployment *route_pick(const struct cfg *c, const char *group, uint64_t skip,
                                        uint64_t *rng)
{
    const struct cfg_deployment *cand[ROUTE_MAX_GROUP];
    double total = 0, x;
    size_t n = 0, k = 0;
    int best_order = 0;

    /* `order` is a priority: only the lowest order present is used. */
    for (size_t i = 0; i < c->n_deployments; i++) {
        const struct cfg_deployment *d = &c->deployments[i];

        if (strcmp(d->model_name, group) != 0)
            continue;
        if (k++ < 64 && (skip >> (k - 1) & 1))
            continue;
        if (n == ROUTE_MAX_GROUP)
            break;
        if (d->order > 0 && (best_order == 0 || d->order < best_order))
            best_order = d->order;
        cand[n++] = d;
    }
    if (n == 0)
        return NULL;
    if (best_order > 0) {
        size_t m = 0;

        for (size_t i = 0; i < n; i++)
            if (cand[i]->order == best_order || cand[i]->order == 0)
                cand[m++] = cand[i];
        /* Deployments without an order rank after those with one. */
        if (m > 0) {
            size_t o = 0;

            for (size_t i = 0; i < m; i++)
                if (cand[i]->order == best_order)
                    cand[o++] = cand[i];
            n = o ? o : m;
        }
    }
    if (n == 1)
        return cand[0];
    for (size_t i = 0; i < n; i++)
        total += weight_of(cand[i]);
    x = (double)(route_rand(rng) >> 11) / (double)(1ull << 53) * total;
    for (size_t i = 0; i < n; i++) {
        x -= weight_of(cand[i]);
        if (x < 0)
            return cand[i];
    }
    return cand[n - 1];
}
