/* router: groups, strategies, policy and per-deployment state; see route.h. */
#include "route.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "util/err.h"

#define ROUTE_WINDOW_MS 60000 /* failures and usage are counted per minute */

struct route_dep_state {
    _Atomic uint64_t cool_until_ms; /* monotonic ms; 0 = not cooling */
    _Atomic uint64_t window_ms;     /* start of the current minute */
    _Atomic uint32_t fails;         /* in the current minute */
    _Atomic uint32_t requests;      /* in the current minute */
    _Atomic uint64_t tokens;        /* in the current minute */
    _Atomic int32_t in_flight;
    _Atomic uint64_t latency_us;    /* moving average; 0 = unknown */
    int index_in_group;
    int group_size;
};

static uint64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

uint64_t route_rand(uint64_t *s)
{
    uint64_t x = *s ? *s : 0x9e3779b97f4a7c15ull;

    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

/* ---- policy ----------------------------------------------------------- */

/* router_settings wins over litellm_settings, as in LiteLLM's Router(). */
static const json_t *setting(const struct cfg *c, const char *key)
{
    const json_t *v = json_object_get(c->router_settings, key);

    return v ? v : json_object_get(c->litellm_settings, key);
}

static double number(const json_t *v, double dflt)
{
    if (json_is_number(v))
        return json_number_value(v);
    if (json_is_string(v) && *json_string_value(v))
        return strtod(json_string_value(v), NULL);
    return dflt;
}

/* LiteLLM's names for the error classes in retry_policy and
 * allowed_fails_policy, without the "Retries"/"AllowedFails" suffix. */
static const char *const class_names[ROUTE_E_COUNT] = {
    [ROUTE_E_BAD_REQUEST] = "BadRequestError",
    [ROUTE_E_AUTH] = "AuthenticationError",
    [ROUTE_E_TIMEOUT] = "TimeoutError",
    [ROUTE_E_RATE_LIMIT] = "RateLimitError",
    [ROUTE_E_CONTENT_POLICY] = "ContentPolicyViolationError",
    [ROUTE_E_CONTEXT_WINDOW] = "ContextWindowExceededError",
    [ROUTE_E_SERVER] = "InternalServerError",
    [ROUTE_E_NOT_FOUND] = "NotFoundError",
};

static void per_class(const json_t *policy, const char *suffix, int out[ROUTE_E_COUNT])
{
    char key[96];

    for (int i = 0; i < ROUTE_E_COUNT; i++) {
        snprintf(key, sizeof(key), "%s%s", class_names[i], suffix);
        out[i] = json_is_number(json_object_get(policy, key))
                     ? (int)number(json_object_get(policy, key), -1)
                     : -1;
    }
}

static enum route_strategy strategy_of(const char *s)
{
    if (!s)
        return ROUTE_SHUFFLE;
    if (strcmp(s, "least-busy") == 0)
        return ROUTE_LEAST_BUSY;
    if (strcmp(s, "latency-based-routing") == 0)
        return ROUTE_LATENCY;
    if (strncmp(s, "usage-based-routing", 19) == 0) /* and usage-based-routing-v2 */
        return ROUTE_USAGE;
    return ROUTE_SHUFFLE;
}

int route_init(struct route *rt, const struct cfg *cfg)
{
    const json_t *args;

    memset(rt, 0, sizeof(*rt));
    rt->cfg = cfg;
    rt->state = calloc(cfg->n_deployments ? cfg->n_deployments : 1, sizeof(*rt->state));
    if (!rt->state)
        return GW_ENOMEM;
    rt->strategy = strategy_of(json_string_value(setting(cfg, "routing_strategy")));
    /* LiteLLM's proxy defaults: no retries unless configured (the SDK
     * clients retry themselves), 3 allowed fails, 5 s cool-down. */
    rt->num_retries = (int)number(setting(cfg, "num_retries"), 0);
    rt->allowed_fails = (int)number(setting(cfg, "allowed_fails"), 3);
    rt->cooldown_s = number(setting(cfg, "cooldown_time"), 5);
    rt->max_fallbacks = (int)number(setting(cfg, "max_fallbacks"), 5);
    args = setting(cfg, "routing_strategy_args");
    rt->latency_buffer = number(json_object_get(args, "lowest_latency_buffer"), 0);
    per_class(setting(cfg, "retry_policy"), "Retries", rt->retries_by_class);
    per_class(setting(cfg, "allowed_fails_policy"), "AllowedFails", rt->fails_by_class);
    rt->fallbacks = setting(cfg, "fallbacks");
    rt->cw_fallbacks = setting(cfg, "context_window_fallbacks");
    rt->cp_fallbacks = setting(cfg, "content_policy_fallbacks");
    rt->default_fallbacks = setting(cfg, "default_fallbacks");
    /* Each deployment's position in its group, for skip masks. */
    for (size_t i = 0; i < cfg->n_deployments; i++) {
        int k = 0;

        for (size_t j = 0; j < i; j++)
            k += strcmp(cfg->deployments[j].model_name, cfg->deployments[i].model_name) == 0;
        rt->state[i].index_in_group = k;
    }
    for (size_t i = 0; i < cfg->n_deployments; i++)
        for (size_t j = 0; j < cfg->n_deployments; j++)
            rt->state[i].group_size +=
                strcmp(cfg->deployments[j].model_name, cfg->deployments[i].model_name) == 0;
    return 0;
}

void route_dispose(struct route *rt)
{
    free(rt->state);
    rt->state = NULL;
}

int route_retries(const struct route *rt, enum route_err e)
{
    int n = rt->retries_by_class[e];

    if (n >= 0)
        return n;
    return route_retryable(e) ? rt->num_retries : 0;
}

bool route_retryable(enum route_err e)
{
    return e == ROUTE_E_TIMEOUT || e == ROUTE_E_RATE_LIMIT || e == ROUTE_E_SERVER;
}

static bool contains_ci(const char *hay, const char *needle)
{
    return hay && strcasestr(hay, needle) != NULL;
}

enum route_err route_classify(int status, int gw_code, const char *msg)
{
    if (status == 0)
        return gw_code == GW_EUPTIMEOUT ? ROUTE_E_TIMEOUT : ROUTE_E_SERVER;
    if (status == 408 || status == 504)
        return ROUTE_E_TIMEOUT;
    if (status == 429)
        return ROUTE_E_RATE_LIMIT;
    if (status == 401 || status == 403)
        return ROUTE_E_AUTH;
    if (status == 404)
        return ROUTE_E_NOT_FOUND;
    if (status >= 400 && status < 500) {
        /* Providers signal these as plain 400s; LiteLLM tells them apart by
         * the message, and so do we. */
        if (contains_ci(msg, "context_length") || contains_ci(msg, "context length") ||
            contains_ci(msg, "maximum context") || contains_ci(msg, "too many tokens") ||
            contains_ci(msg, "prompt is too long"))
            return ROUTE_E_CONTEXT_WINDOW;
        if (contains_ci(msg, "content_filter") || contains_ci(msg, "content management policy") ||
            contains_ci(msg, "content policy") || contains_ci(msg, "ResponsibleAIPolicyViolation"))
            return ROUTE_E_CONTENT_POLICY;
        return ROUTE_E_BAD_REQUEST;
    }
    return ROUTE_E_SERVER;
}

/* ---- groups ----------------------------------------------------------- */

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

static size_t index_of(const struct route *rt, const struct cfg_deployment *d)
{
    return (size_t)(d - rt->cfg->deployments);
}

uint64_t route_bit(const struct route *rt, const struct cfg_deployment *d)
{
    int k = rt->state[index_of(rt, d)].index_in_group;

    return k < 64 ? 1ull << k : 0;
}

/* Rolls the per-minute window forward when it has passed. */
static void roll(struct route_dep_state *s, uint64_t now)
{
    uint64_t w = atomic_load_explicit(&s->window_ms, memory_order_relaxed);

    if (now - w >= ROUTE_WINDOW_MS &&
        atomic_compare_exchange_strong(&s->window_ms, &w, now)) {
        atomic_store_explicit(&s->fails, 0, memory_order_relaxed);
        atomic_store_explicit(&s->requests, 0, memory_order_relaxed);
        atomic_store_explicit(&s->tokens, 0, memory_order_relaxed);
    }
}

bool route_cooling(const struct route *rt, const struct cfg_deployment *d)
{
    uint64_t until = atomic_load_explicit(&rt->state[index_of(rt, d)].cool_until_ms,
                                          memory_order_relaxed);

    return until && now_ms() < until;
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

/* Headroom left this minute, 0..1; deployments without limits have 1. */
static double headroom(const struct route_dep_state *s, const struct cfg_deployment *d)
{
    double h = 1.0, x;

    if (d->rpm > 0) {
        x = 1.0 - (double)atomic_load(&s->requests) / (double)d->rpm;
        h = x < h ? x : h;
    }
    if (d->tpm > 0) {
        x = 1.0 - (double)atomic_load(&s->tokens) / (double)d->tpm;
        h = x < h ? x : h;
    }
    return h;
}

static const struct cfg_deployment *choose(struct route *rt, const struct cfg_deployment **cand,
                                           size_t n, uint64_t *rng)
{
    double total = 0, x;
    size_t best = 0;

    if (n == 1)
        return cand[0];
    switch (rt->strategy) {
    case ROUTE_LEAST_BUSY:
        for (size_t i = 1; i < n; i++)
            if (atomic_load(&rt->state[index_of(rt, cand[i])].in_flight) <
                atomic_load(&rt->state[index_of(rt, cand[best])].in_flight))
                best = i;
        return cand[best];
    case ROUTE_LATENCY: {
        /* Lowest average, then a random pick among those within the buffer
         * of it so that one fast deployment is not flooded. Unknown latency
         * counts as fastest, so new deployments get measured. */
        uint64_t lo = UINT64_MAX;
        const struct cfg_deployment *near[ROUTE_MAX_GROUP];
        size_t m = 0;

        for (size_t i = 0; i < n; i++) {
            uint64_t l = atomic_load(&rt->state[index_of(rt, cand[i])].latency_us);

            lo = l < lo ? l : lo;
        }
        for (size_t i = 0; i < n; i++) {
            uint64_t l = atomic_load(&rt->state[index_of(rt, cand[i])].latency_us);

            if ((double)l <= (double)lo * (1.0 + rt->latency_buffer))
                near[m++] = cand[i];
        }
        return near[route_rand(rng) % m];
    }
    case ROUTE_USAGE: {
        double h, besth = -1e9;

        for (size_t i = 0; i < n; i++) {
            h = headroom(&rt->state[index_of(rt, cand[i])], cand[i]);
            if (h > besth) {
                besth = h;
                best = i;
            }
        }
        return cand[best];
    }
    default:
        break;
    }
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

const struct cfg_deployment *route_pick(struct route *rt, const char *group, uint64_t skip,
                                        uint64_t *rng, uint64_t *retry_after_ms)
{
    const struct cfg *c = rt->cfg;
    const struct cfg_deployment *cand[ROUTE_MAX_GROUP];
    uint64_t now = now_ms(), soonest = UINT64_MAX;
    size_t n = 0;
    int best_order = 0;

    for (size_t i = 0; i < c->n_deployments && n < ROUTE_MAX_GROUP; i++) {
        const struct cfg_deployment *d = &c->deployments[i];
        uint64_t until;

        if (strcmp(d->model_name, group) != 0 || (skip & route_bit(rt, d)))
            continue;
        until = atomic_load_explicit(&rt->state[i].cool_until_ms, memory_order_relaxed);
        if (until && now < until) {
            soonest = until - now < soonest ? until - now : soonest;
            continue;
        }
        cand[n++] = d;
        if (d->order > 0 && (best_order == 0 || d->order < best_order))
            best_order = d->order;
    }
    if (n == 0) {
        if (retry_after_ms)
            *retry_after_ms = soonest == UINT64_MAX ? 0 : soonest;
        return NULL;
    }
    /* `order` is a priority: only the lowest order present is used;
     * deployments without one rank after every ordered one. */
    if (best_order > 0) {
        size_t m = 0;

        for (size_t i = 0; i < n; i++)
            if (cand[i]->order == best_order)
                cand[m++] = cand[i];
        n = m;
    }
    return choose(rt, cand, n, rng);
}

/* ---- fallbacks -------------------------------------------------------- */

/* LiteLLM writes fallbacks as [{"group": ["a", "b"]}, ...]. */
static const json_t *list_for(const json_t *spec, const char *group)
{
    size_t i;
    const json_t *e, *l;

    if (json_is_object(spec))
        return json_object_get(spec, group);
    json_array_foreach(spec, i, e) {
        l = json_object_get(e, group);
        if (l)
            return l;
    }
    return NULL;
}

static size_t names(const json_t *l, const char *skip, const char **out, size_t max)
{
    size_t i, n = 0;
    const json_t *e;

    if (json_is_string(l) && max > 0) {
        out[0] = json_string_value(l);
        return strcmp(out[0], skip) != 0;
    }
    json_array_foreach(l, i, e) {
        if (n < max && json_is_string(e) && strcmp(json_string_value(e), skip) != 0)
            out[n++] = json_string_value(e);
    }
    return n;
}

size_t route_fallbacks(const struct route *rt, const char *group, enum route_err e,
                       const json_t *request_fallbacks, const char **out, size_t max)
{
    const json_t *l = NULL;
    size_t n;

    if ((size_t)rt->max_fallbacks < max)
        max = (size_t)rt->max_fallbacks;
    if (request_fallbacks)
        return names(request_fallbacks, group, out, max);
    if (e == ROUTE_E_CONTEXT_WINDOW)
        l = list_for(rt->cw_fallbacks, group);
    else if (e == ROUTE_E_CONTENT_POLICY)
        l = list_for(rt->cp_fallbacks, group);
    if (!l)
        l = list_for(rt->fallbacks, group);
    if (!l)
        l = list_for(rt->fallbacks, "*");
    n = names(l, group, out, max);
    if (n == 0 && rt->default_fallbacks)
        n = names(rt->default_fallbacks, group, out, max);
    return n;
}

/* ---- state ------------------------------------------------------------ */

void route_begin(struct route *rt, const struct cfg_deployment *d)
{
    struct route_dep_state *s = &rt->state[index_of(rt, d)];

    roll(s, now_ms());
    atomic_fetch_add_explicit(&s->in_flight, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&s->requests, 1, memory_order_relaxed);
}

void route_success(struct route *rt, const struct cfg_deployment *d, uint64_t latency_us,
                   long tokens)
{
    struct route_dep_state *s = &rt->state[index_of(rt, d)];
    uint64_t old = atomic_load_explicit(&s->latency_us, memory_order_relaxed);

    atomic_fetch_sub_explicit(&s->in_flight, 1, memory_order_relaxed);
    if (tokens > 0)
        atomic_fetch_add_explicit(&s->tokens, (uint64_t)tokens, memory_order_relaxed);
    /* An exponential average over about the last eight calls; a lost update
     * between workers only costs one sample. */
    atomic_store_explicit(&s->latency_us, old ? (old * 7 + latency_us) / 8 : latency_us,
                          memory_order_relaxed);
}

void route_failure(struct route *rt, const struct cfg_deployment *d, enum route_err e)
{
    struct route_dep_state *s = &rt->state[index_of(rt, d)];
    int allowed = rt->fails_by_class[e] >= 0 ? rt->fails_by_class[e] : rt->allowed_fails;
    uint64_t now = now_ms();
    uint32_t fails;

    atomic_fetch_sub_explicit(&s->in_flight, 1, memory_order_relaxed);
    if (e == ROUTE_E_BAD_REQUEST || e == ROUTE_E_CONTEXT_WINDOW || e == ROUTE_E_CONTENT_POLICY)
        return; /* the request was at fault, not the deployment */
    /* LiteLLM never cools the only deployment of a group: there would be
     * nothing left to answer, and the client would see "No deployments
     * available" instead of the provider's own error. */
    if (s->group_size <= 1)
        return;
    roll(s, now);
    fails = atomic_fetch_add_explicit(&s->fails, 1, memory_order_relaxed) + 1;
    /* A deployment that refuses our key, or does not have the model, will
     * not get better in a second: cool it at once (LiteLLM does the same for
     * 401 and 404). */
    if (e == ROUTE_E_AUTH || e == ROUTE_E_NOT_FOUND || (int)fails > allowed)
        atomic_store_explicit(&s->cool_until_ms, now + (uint64_t)(rt->cooldown_s * 1000),
                              memory_order_relaxed);
}
