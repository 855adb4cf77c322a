/*
 * router: from a model name to a deployment, and what to do when it fails.
 *
 * - Model groups: every deployment sharing a model_name, plus
 *   router_settings.model_group_alias.
 * - Strategies (router_settings.routing_strategy): simple-shuffle (weight,
 *   else rpm, else tpm, else equal), least-busy (fewest in flight),
 *   latency-based-routing (lowest average latency, with lowest_latency_buffer),
 *   usage-based-routing (most rpm/tpm headroom this minute); `order` is a
 *   priority above all of them.
 * - Policy: num_retries, retry_policy per error class, fallbacks,
 *   context_window_fallbacks, content_policy_fallbacks, default_fallbacks,
 *   max_fallbacks, allowed_fails / allowed_fails_policy, cooldown_time; read
 *   from router_settings first and litellm_settings second, as LiteLLM does.
 * - State: per deployment, failures in the current minute, cool-down
 *   deadline, requests in flight, latency average, and this minute's request
 *   and token counts. It is process-wide (atomics, shared by the workers)
 *   and is reached only through route_begin/success/failure/cooling, so that a
 *   cluster backend can replace it.
 */
#ifndef GW_ROUTER_ROUTE_H
#define GW_ROUTER_ROUTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config/cfg.h"

#define ROUTE_MAX_GROUP 64

/* Error classes, as LiteLLM's retry_policy and allowed_fails_policy name them. */
enum route_err {
    ROUTE_E_BAD_REQUEST,    /* 400 */
    ROUTE_E_AUTH,           /* 401, 403 */
    ROUTE_E_TIMEOUT,        /* 408, upstream timeouts */
    ROUTE_E_RATE_LIMIT,     /* 429 */
    ROUTE_E_CONTENT_POLICY, /* a content filter refused */
    ROUTE_E_CONTEXT_WINDOW, /* the prompt is too long for the model */
    ROUTE_E_SERVER,         /* 5xx, connection failures */
    ROUTE_E_NOT_FOUND,      /* 404 */
    ROUTE_E_COUNT
};

enum route_strategy {
    ROUTE_SHUFFLE,
    ROUTE_LEAST_BUSY,
    ROUTE_LATENCY,
    ROUTE_USAGE,
};

struct route_dep_state;

/* Everything the router knows for one config snapshot. */
struct route {
    const struct cfg *cfg;
    enum route_strategy strategy;
    int num_retries;
    int retries_by_class[ROUTE_E_COUNT];  /* -1 = use num_retries */
    int allowed_fails;                    /* failures per minute before cooling */
    int fails_by_class[ROUTE_E_COUNT];    /* -1 = use allowed_fails */
    double cooldown_s;
    int max_fallbacks;
    double latency_buffer;
    const json_t *fallbacks;          /* [{group: [groups]}], borrowed from cfg */
    const json_t *cw_fallbacks;
    const json_t *cp_fallbacks;
    const json_t *default_fallbacks;  /* [groups] */
    struct route_dep_state *state;    /* one per deployment */
};

/* Builds the router for `cfg` (which must outlive it). */
int route_init(struct route *rt, const struct cfg *cfg);
void route_dispose(struct route *rt);

/* The group name `model` resolves to (through model_group_alias), or NULL
 * when no deployment serves it. Lives as long as the config. */
const char *route_group(const struct cfg *c, const char *model);

/*
 * Picks a deployment of `group`, skipping cooling ones and those whose bit is
 * set in `skip` (bit i = the i-th deployment of the group). When every
 * untried one is cooling, returns NULL and sets *retry_after_ms to the
 * shortest remaining cool-down. `rng` is the worker's state.
 */
const struct cfg_deployment *route_pick(struct route *rt, const char *group, uint64_t skip,
                                        uint64_t *rng, uint64_t *retry_after_ms);
/* The bit of `d` within its group, for the skip mask. */
uint64_t route_bit(const struct route *rt, const struct cfg_deployment *d);

/* How many retries a failure of this class gets. */
int route_retries(const struct route *rt, enum route_err e);
/* Whether the class is worth retrying at all (not 400, 401, 404, content). */
bool route_retryable(enum route_err e);
/* The class of an HTTP status from upstream (or a gateway code when status is 0). */
enum route_err route_classify(int status, int gw_code, const char *message);

/*
 * The fallback groups for `group` after error `e`, in order: the request's own
 * list (a JSON array of names, may be NULL), else the context-window or
 * content-policy list when the error is of that class, else `fallbacks`, else
 * `default_fallbacks`. Fills at most `max` names; returns the count.
 */
size_t route_fallbacks(const struct route *rt, const char *group, enum route_err e,
                       const json_t *request_fallbacks, const char **out, size_t max);

/* Outcome reports; they drive cool-downs and the strategies. */
void route_begin(struct route *rt, const struct cfg_deployment *d);
void route_success(struct route *rt, const struct cfg_deployment *d, uint64_t latency_us,
                   long tokens);
void route_failure(struct route *rt, const struct cfg_deployment *d, enum route_err e);
/* Whether `d` is cooling now. */
bool route_cooling(const struct route *rt, const struct cfg_deployment *d);

/* A fast xorshift step for per-worker randomness. */
uint64_t route_rand(uint64_t *state);

#endif
