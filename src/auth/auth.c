/*
 * auth: master key check. Both sides are hashed with SHA-256 and the digests
 * compared with CRYPTO_memcmp, so neither the key's content nor its length
 * shows in the time taken.
 */
#include "auth.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
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

/*
 * SHA-256 through a digest context kept per thread: OpenSSL 3's one-shot
 * SHA256() looks the algorithm up on every call, which cost more than the
 * hashing of a short key. The master key's digest is computed once per
 * thread and config.
 */
static _Thread_local EVP_MD_CTX *ctx;
static _Thread_local EVP_MD *md;

void auth_thread_release(void)
{
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    ctx = NULL;
    md = NULL;
}

static int sha256(const void *p, size_t n, unsigned char out[SHA256_DIGEST_LENGTH])
{

    if (!ctx) {
        md = EVP_MD_fetch(NULL, "SHA256", NULL);
        ctx = EVP_MD_CTX_new();
        if (!md || !ctx)
            return GW_ENOMEM;
    }
    if (EVP_DigestInit_ex(ctx, md, NULL) != 1 || EVP_DigestUpdate(ctx, p, n) != 1 ||
        EVP_DigestFinal_ex(ctx, out, NULL) != 1)
        return GW_ENOMEM;
    return 0;
}

static const unsigned char *master_digest(const struct cfg *c)
{
    static _Thread_local const struct cfg *for_cfg;
    static _Thread_local const char *for_key;
    static _Thread_local unsigned char digest[SHA256_DIGEST_LENGTH];

    if (for_cfg != c || for_key != c->master_key) {
        if (sha256(c->master_key, strlen(c->master_key), digest) < 0)
            return NULL;
        for_cfg = c;
        for_key = c->master_key;
    }
    return digest;
}

int auth_check(const struct cfg *c, struct str key, struct auth_ctx *out)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char given[SHA256_DIGEST_LENGTH];
    const unsigned char *want;

    memset(out, 0, sizeof(*out));
    if (sha256(key.ptr ? key.ptr : "", key.len, given) < 0)
        return GW_EAUTH;
    for (int i = 0; i < 8 && key.len; i++) {
        out->key_hash[2 * i] = hex[given[i] >> 4];
        out->key_hash[2 * i + 1] = hex[given[i] & 15];
    }
    if (!c->master_key || !*c->master_key) {
        out->is_master = true;
        return 0;
    }
    if (key.len == 0)
        return GW_EAUTH;
    want = master_digest(c);
    if (!want || CRYPTO_memcmp(given, want, SHA256_DIGEST_LENGTH) != 0)
        return GW_EAUTH;
    out->is_master = true;
    return 0;
}
