/*
 * router: from a model name to a deployment. Model groups (every deployment
 * sharing a model_name) and router_settings.model_group_alias; the pick is a
 * weighted shuffle (weight, else rpm, else equal). Retries, fallbacks and
 * cooldowns build on this interface.
 */
#ifndef GW_ROUTER_ROUTE_H
#define GW_ROUTER_ROUTE_H

#include <stddef.h>
#include <stdint.h>

#include "config/cfg.h"

#define ROUTE_MAX_GROUP 64

/* The group name `model` resolves to (through model_group_alias), or NULL
 * when no deployment serves it. The result lives as long as the config. */
const char *route_group(const struct cfg *c, const char *model);

/* Picks one deployment of `group`, skipping those whose bit is set in
 * `skip`. `rng` is the worker's state. NULL when none is left. */
const struct cfg_deployment *route_pick(const struct cfg *c, const char *group, uint64_t skip,
                                        uint64_t *rng);

/* A fast xorshift step for per-worker randomness. */
uint64_t route_rand(uint64_t *state);

#endif
