/*
 * auth: master key check. Both sides are hashed with SHA-256 and the digests
 * compared with CRYPTO_memcmp, so neither the key's content nor its length
 * shows in the time taken.
 */
#include "auth.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "config/cfg.h"
#include "util/err.h"

struct str auth_key_from(struct str authorization, struct str x_api_key, struct str api_key)
{
    if (authorization.len > 7 && str_case_eq(str_of(authorization.ptr, 7), STR_LIT("bearer ")))
        return str_trim(str_of(authorization.ptr + 7, authorization.len - 7));
    if (x_api_key.len)
        return x_api_key;
    if (api_key.len)
        return api_key;
    return STR_NULL;
}

int auth_check(const struct cfg *c, struct str key, struct auth_ctx *out)
{
    unsigned char given[SHA256_DIGEST_LENGTH], want[SHA256_DIGEST_LENGTH];

    memset(out, 0, sizeof(*out));
    SHA256((const unsigned char *)(key.ptr ? key.ptr : ""), key.len, given);
    for (int i = 0; i < 8 && key.len; i++)
        snprintf(out->key_hash + 2 * i, 3, "%02x", given[i]);
    if (!c->master_key || !*c->master_key) {
        out->is_master = true;
        return 0;
    }
    if (key.len == 0)
        return GW_EAUTH;
    SHA256((const unsigned char *)c->master_key, strlen(c->master_key), want);
    if (CRYPTO_memcmp(given, want, sizeof(want)) != 0)
        return GW_EAUTH;
    out->is_master = true;
    return 0;
}
