/*
 * auth: who is calling. Today the master key of general_settings; the
 * interface is shaped for virtual keys (hashed, cached in memory) that come
 * later: a caller is identified into a `struct auth_ctx` that later stages
 * (limits, routing, accounting) read.
 */
#ifndef GW_AUTH_AUTH_H
#define GW_AUTH_AUTH_H

#include <stdbool.h>

#include "util/str.h"

struct cfg;

struct auth_ctx {
    bool is_master; /* may call every model and the admin routes */
    char key_hash[17]; /* first 16 hex digits of the key's SHA-256, for logs; never the key */
};

/*
 * The key a client presented: `Authorization: Bearer <key>`, `x-api-key` or
 * `api-key` (Azure's), in that order. STR_NULL when none.
 */
struct str auth_key_from(struct str authorization, struct str x_api_key, struct str api_key);

/*
 * Checks `key` against the config. Returns 0 and fills *out, or GW_EAUTH.
 * With no master key configured every caller is the master (LiteLLM's
 * behaviour without general_settings.master_key). Constant time in the
 * key's content.
 */
int auth_check(const struct cfg *c, struct str key, struct auth_ctx *out);
/* Frees what auth_check keeps per thread; call before a thread ends. */
void auth_thread_release(void);

#endif
