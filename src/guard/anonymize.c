/*
 * anonymize: Presidio's anonymizer and deanonymizer, in C.
 *
 * What Presidio does, and so what this file does (presidio-anonymizer,
 * AnonymizerEngine.anonymize with the default MERGE_SIMILAR_OR_CONTAINED):
 *
 *   1. Results are sorted by (start, end).
 *   2. Same-type merge: each result, in order, looks through the others (in
 *      their current order: the unvisited ones, then the kept ones in the
 *      order they were kept) for the first of its own type that it
 *      intersects by at least one character; if found, that one grows to
 *      the union with the higher score and this one is dropped.
 *   3. Conflicts: a result is dropped when another has the same span and a
 *      score at least as high, or contains it.
 *   4. Neighbours of one type separated only by ASCII spaces merge.
 *   5. The survivors are applied from the last to the first (sorted by
 *      start, then end, descending). Each operator sees the ORIGINAL text of
 *      its span; a partial overlap therefore yields both outputs side by
 *      side ("<PERSON><LOCATION>"), exactly as TextReplaceBuilder does.
 *   6. Items are listed in that same order (last span first), with offsets
 *      into the output counted in code points (Python's str indices).
 *
 * Everything here works on byte offsets and converts at the edges: the map
 * from code points to bytes is monotone, so every comparison above gives the
 * same answer in either unit.
 *
 * Operators and their checks follow the files of presidio_anonymizer/operators:
 * messages are Presidio's so that a client sees the same 422 text.
 *
 *   replace  new_value (string); empty or absent: <ENTITY_TYPE>
 *   redact   removes the span
 *   mask     masking_char (one character), chars_to_mask (integer),
 *            from_end (boolean): all three required, as in Presidio
 *   hash     hash_type sha256 (default) | sha512; salt (string, optional):
 *            hex(SHA(text || salt)); without salt, 32 random bytes per
 *            entity (Presidio makes a fresh operator, hence a fresh
 *            "session" salt, for every entity), so unsalted hashes do not
 *            repeat
 *   encrypt  key: 16, 24 or 32 UTF-8 bytes; AES-CBC, PKCS#7, random IV in
 *            front, URL-safe base64 (Presidio's AESCipher)
 *   keep     leaves the span as it is
 *   decrypt, deanonymize_keep: the deanonymizers
 */
#include "anonymize.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "guard_int.h"
#include "util/err.h"

/* ---- small helpers ---------------------------------------------------------- */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (!err || !errlen)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t guard_cp_len(struct str s)
{
    size_t n = 0;

    for (size_t i = 0; i < s.len; i++)
        n += !is_cont((unsigned char)s.ptr[i]);
    return n;
}

int guard_recognizer_names(const struct guard_engine *e, json_t *out)
{
    for (size_t i = 0; i < guard__n_recognizers; i++) {
        const char *name = guard__recognizers[i].name;
        bool seen = false;

        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(guard__recognizers[j].name, name) == 0;
        if (!seen && json_array_append_new(out, json_string(name)) < 0)
            return GW_ENOMEM;
    }
    return 0;
}

const char *guard_pattern_regex(const char *recognizer, const char *pattern_name)
{
    for (size_t i = 0; i < guard__n_recognizers; i++) {
        const struct guard__recognizer *r = &guard__recognizers[i];

        if (strcmp(r->name, recognizer) != 0)
            continue;
        for (size_t j = 0; j < r->n_patterns; j++)
            if (strcmp(r->patterns[j].name, pattern_name) == 0)
                return r->patterns[j].regex;
    }
    return NULL;
}

/* Byte offset of code point `cp` in `s` (cp <= guard_cp_len(s)). */
static size_t cp_byte(struct str s, size_t cp)
{
    size_t i = 0;

    while (cp > 0 && i < s.len) {
        i++;
        while (i < s.len && is_cont((unsigned char)s.ptr[i]))
            i++;
        cp--;
    }
    return i;
}

static bool on_boundary(struct str s, size_t off)
{
    return off == 0 || off == s.len || (off < s.len && !is_cont((unsigned char)s.ptr[off]));
}

/* Python's truthiness of a JSON value, which Presidio's validators use. */
static bool truthy(const json_t *v)
{
    if (!v)
        return false;
    switch (json_typeof(v)) {
    case JSON_STRING: return json_string_length(v) > 0;
    case JSON_INTEGER: return json_integer_value(v) != 0;
    case JSON_REAL: return json_real_value(v) != 0;
    case JSON_TRUE: return true;
    case JSON_ARRAY: return json_array_size(v) > 0;
    case JSON_OBJECT: return json_object_size(v) > 0;
    default: return false;
    }
}

/* The names Presidio's _get_bad_typed_parameter_error_message knows. */
static const char *py_type(const json_t *v)
{
    if (!v)
        return NULL;
    switch (json_typeof(v)) {
    case JSON_STRING: return "string";
    case JSON_TRUE:
    case JSON_FALSE: return "boolean";
    case JSON_INTEGER: return "number";
    case JSON_ARRAY: return "array";
    default: return NULL;
    }
}

static void type_err(char *err, size_t errlen, const char *name, const char *expected,
                     const json_t *v)
{
    const char *got = py_type(v);

    if (got)
        set_err(err, errlen, "Invalid parameter value for %s. Expecting '%s', but got '%s'.", name,
                expected, got);
    else
        set_err(err, errlen, "Invalid parameter value for '%s'.", name);
}

/* ---- base64 (URL-safe out, both alphabets in) ------------------------------- */

static const char B64URL[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static int b64url_encode(const unsigned char *p, size_t n, struct buf *out)
{
    char q[4];
    int rc = 0;

    for (size_t i = 0; i < n && rc == 0; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;

        if (i + 1 < n)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        q[0] = B64URL[(v >> 18) & 63];
        q[1] = B64URL[(v >> 12) & 63];
        q[2] = i + 1 < n ? B64URL[(v >> 6) & 63] : '=';
        q[3] = i + 2 < n ? B64URL[v & 63] : '=';
        rc = buf_append(out, q, 4);
    }
    return rc;
}

static int b64val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

/*
 * Python's urlsafe_b64decode: '-' and '_' stand for '+' and '/', the
 * standard ones are accepted too, other characters are skipped, decoding
 * stops at padding. `out` must hold s.len * 3 / 4 + 3 bytes. Returns the
 * length, or -1 when the data characters cannot form whole bytes.
 */
static long b64_decode(struct str s, unsigned char *out)
{
    uint32_t acc = 0;
    size_t bits = 0, n = 0, data = 0;

    for (size_t i = 0; i < s.len; i++) {
        int v = b64val((unsigned char)s.ptr[i]);

        if (s.ptr[i] == '=')
            break;
        if (v < 0)
            continue;
        data++;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (unsigned char)(acc >> bits);
        }
    }
    if (data % 4 == 1)
        return -1;
    return (long)n;
}

/* ---- AES and hashes --------------------------------------------------------- */

static const EVP_CIPHER *aes_cipher(size_t keylen)
{
    switch (keylen) {
    case 16: return EVP_aes_128_cbc();
    case 24: return EVP_aes_192_cbc();
    case 32: return EVP_aes_256_cbc();
    default: return NULL;
    }
}

int guard_aes_encrypt(struct str key, struct str plain, struct buf *out)
{
    const EVP_CIPHER *c = aes_cipher(key.len);
    EVP_CIPHER_CTX *ctx = NULL;
    unsigned char *blob = NULL;
    int n1 = 0, n2 = 0, rc = 0;

    if (!c)
        return GW_EPARAM;
    if (plain.len > INT32_MAX - 64)
        return GW_ETOOBIG;
    blob = malloc(16 + plain.len + 16);
    ctx = EVP_CIPHER_CTX_new();
    if (!blob || !ctx) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (RAND_bytes(blob, 16) != 1 ||
        EVP_EncryptInit_ex(ctx, c, NULL, (const unsigned char *)key.ptr, blob) != 1 ||
        EVP_EncryptUpdate(ctx, blob + 16, &n1, (const unsigned char *)plain.ptr, (int)plain.len) !=
            1 ||
        EVP_EncryptFinal_ex(ctx, blob + 16 + n1, &n2) != 1) {
        rc = GW_EIO;
        goto out;
    }
    rc = b64url_encode(blob, 16 + (size_t)n1 + (size_t)n2, out);
out:
    EVP_CIPHER_CTX_free(ctx);
    free(blob);
    return rc;
}

static bool valid_utf8(const unsigned char *p, size_t n)
{
    size_t i = 0;

    while (i < n) {
        unsigned char c = p[i];
        size_t k;
        uint32_t cp;

        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            k = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i <= k)
            return false;
        for (size_t j = 1; j <= k; j++) {
            if (!is_cont(p[i + j]))
                return false;
            cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        /* Overlong forms, surrogates and values past U+10FFFF. */
        if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += k + 1;
    }
    return true;
}

int guard_aes_decrypt(struct str key, struct str cipher, struct buf *out)
{
    const EVP_CIPHER *c = aes_cipher(key.len);
    EVP_CIPHER_CTX *ctx = NULL;
    unsigned char *raw = NULL, *plain = NULL;
    long n;
    int n1 = 0, n2 = 0, rc = 0;

    if (!c)
        return GW_EPARAM;
    if (cipher.len > INT32_MAX / 2)
        return GW_ETOOBIG;
    raw = malloc(cipher.len * 3 / 4 + 3);
    plain = malloc(cipher.len + 16);
    ctx = EVP_CIPHER_CTX_new();
    if (!raw || !plain || !ctx) {
        rc = GW_ENOMEM;
        goto out;
    }
    n = b64_decode(cipher, raw);
    /* The IV, then at least one block, in whole blocks. */
    if (n < 32 || (n - 16) % 16 != 0) {
        rc = GW_EPARAM;
        goto out;
    }
    if (EVP_DecryptInit_ex(ctx, c, NULL, (const unsigned char *)key.ptr, raw) != 1 ||
        EVP_DecryptUpdate(ctx, plain, &n1, raw + 16, (int)(n - 16)) != 1 ||
        EVP_DecryptFinal_ex(ctx, plain + n1, &n2) != 1) {
        rc = GW_EPARAM; /* wrong key or damaged text: the padding does not check */
        goto out;
    }
    if (!valid_utf8(plain, (size_t)n1 + (size_t)n2)) {
        rc = GW_EPARAM;
        goto out;
    }
    rc = buf_append(out, plain, (size_t)n1 + (size_t)n2);
out:
    EVP_CIPHER_CTX_free(ctx);
    free(raw);
    free(plain);
    return rc;
}

int guard_hash_hex(struct str text, struct str salt, bool sha512, struct buf *out)
{
    static const char hex[] = "0123456789abcdef";
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char md[EVP_MAX_MD_SIZE];
    char txt[2 * EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    int ok;

    if (!ctx)
        return GW_ENOMEM;
    ok = EVP_DigestInit_ex(ctx, sha512 ? EVP_sha512() : EVP_sha256(), NULL) == 1 &&
         EVP_DigestUpdate(ctx, text.ptr, text.len) == 1 &&
         EVP_DigestUpdate(ctx, salt.ptr, salt.len) == 1 && EVP_DigestFinal_ex(ctx, md, &n) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return GW_EIO;
    for (unsigned int i = 0; i < n; i++) {
        txt[2 * i] = hex[md[i] >> 4];
        txt[2 * i + 1] = hex[md[i] & 15];
    }
    return buf_append(out, txt, 2 * (size_t)n);
}

/* ---- operators -------------------------------------------------------------- */

enum op_kind { OP_REPLACE, OP_REDACT, OP_MASK, OP_HASH, OP_ENCRYPT, OP_KEEP, OP_DECRYPT, OP_DKEEP };

static const struct {
    const char *name;
    enum op_kind kind;
    bool deanon;
} OPS[] = {
    {"replace", OP_REPLACE, false}, {"redact", OP_REDACT, false},         {"mask", OP_MASK, false},
    {"hash", OP_HASH, false},       {"encrypt", OP_ENCRYPT, false},       {"keep", OP_KEEP, false},
    {"decrypt", OP_DECRYPT, true},  {"deanonymize_keep", OP_DKEEP, true},
};

/*
 * Checks every entry of an operators object as Presidio's
 * OperatorConfig.from_json does when the request is read: each must name an
 * operator. Which operator, and its parameters, are checked when used.
 */
static int check_operators(const json_t *ops, char *err, size_t errlen)
{
    const char *k;
    json_t *v;

    if (!ops || json_is_null(ops))
        return 0;
    if (!json_is_object(ops)) {
        set_err(err, errlen, "Invalid input, operators must be an object");
        return GW_EPARAM;
    }
    json_object_foreach((json_t *)ops, k, v)
    {
        json_t *t = json_is_object(v) ? json_object_get(v, "type") : NULL;

        if (!json_is_object(v) || !truthy(t)) {
            set_err(err, errlen, "Invalid input, operator config must contain operator_name");
            return GW_EPARAM;
        }
        if (json_is_string(t) && strcmp(json_string_value(t), "custom") == 0) {
            set_err(err, errlen, "Custom type anonymizer is not supported");
            return GW_EINVAL;
        }
    }
    return 0;
}

static int key_param(const json_t *cfg, struct str *key, char *err, size_t errlen)
{
    const json_t *k = json_object_get(cfg, "key");

    if (!k || json_is_null(k)) {
        set_err(err, errlen, "Expected parameter key");
        return GW_EPARAM;
    }
    if (truthy(k) && !json_is_string(k)) {
        type_err(err, errlen, "key", "string", k);
        return GW_EPARAM;
    }
    *key = json_is_string(k) ? str_of(json_string_value(k), json_string_length(k)) : STR_NULL;
    if (!aes_cipher(key->len)) {
        set_err(err, errlen, "Invalid input, key must be of length 128, 192 or 256 bits");
        return GW_EPARAM;
    }
    return 0;
}

static int op_mask(const json_t *cfg, struct str span, struct buf *rep, char *err, size_t errlen)
{
    const json_t *mc = json_object_get(cfg, "masking_char");
    const json_t *cm = json_object_get(cfg, "chars_to_mask");
    const json_t *fe = json_object_get(cfg, "from_end");
    struct str ch;
    size_t len = guard_cp_len(span), n, cut;
    json_int_t want;
    int rc = 0;

    if (!mc || json_is_null(mc)) {
        set_err(err, errlen, "Expected parameter masking_char");
        return GW_EPARAM;
    }
    if (truthy(mc) && !json_is_string(mc)) {
        type_err(err, errlen, "masking_char", "string", mc);
        return GW_EPARAM;
    }
    ch = json_is_string(mc) ? str_of(json_string_value(mc), json_string_length(mc)) : STR_NULL;
    if (guard_cp_len(ch) > 1) {
        set_err(err, errlen, "Invalid input, masking_char must be a character");
        return GW_EPARAM;
    }
    if (!cm || json_is_null(cm)) {
        set_err(err, errlen, "Expected parameter chars_to_mask");
        return GW_EPARAM;
    }
    /* Python's bool is an int: true counts as 1. */
    if (truthy(cm) && !json_is_integer(cm) && !json_is_true(cm)) {
        type_err(err, errlen, "chars_to_mask", "number", cm);
        return GW_EPARAM;
    }
    if (!fe || json_is_null(fe)) {
        set_err(err, errlen, "Expected parameter from_end");
        return GW_EPARAM;
    }
    if (truthy(fe) && !json_is_boolean(fe)) {
        type_err(err, errlen, "from_end", "boolean", fe);
        return GW_EPARAM;
    }
    want = json_is_integer(cm) ? json_integer_value(cm) : json_is_true(cm) ? 1 : 0;
    n = want > 0 ? ((size_t)want < len ? (size_t)want : len) : 0;
    if (!json_is_true(fe)) {
        cut = cp_byte(span, n);
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = buf_append_str(rep, ch);
        if (rc == 0)
            rc = buf_append(rep, span.ptr + cut, span.len - cut);
    } else {
        cut = cp_byte(span, len - n);
        rc = buf_append(rep, span.ptr, cut);
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = buf_append_str(rep, ch);
    }
    return rc;
}

static int op_hash(const json_t *cfg, struct str span, struct buf *rep, char *err, size_t errlen)
{
    const json_t *ht = json_object_get(cfg, "hash_type");
    const json_t *salt = json_object_get(cfg, "salt");
    unsigned char rnd[32];
    bool sha512 = false;

    if (ht) {
        const char *v = json_string_value(ht);

        if (json_is_null(ht)) {
            set_err(err, errlen, "Expected parameter hash_type");
            return GW_EPARAM;
        }
        if (!v || (strcmp(v, "sha256") != 0 && strcmp(v, "sha512") != 0)) {
            if (v)
                set_err(err, errlen,
                        "Parameter hash_type value %s is not in range of values "
                        "['sha256', 'sha512']",
                        v);
            else
                set_err(err, errlen,
                        "Parameter hash_type is not in range of values ['sha256', 'sha512']");
            return GW_EPARAM;
        }
        sha512 = strcmp(v, "sha512") == 0;
    }
    if (salt) {
        if (!json_is_string(salt)) {
            type_err(err, errlen, "salt", "string", salt);
            return GW_EPARAM;
        }
        return guard_hash_hex(span, str_of(json_string_value(salt), json_string_length(salt)),
                              sha512, rep);
    }
    if (RAND_bytes(rnd, sizeof(rnd)) != 1)
        return GW_EIO;
    return guard_hash_hex(span, str_of((const char *)rnd, sizeof(rnd)), sha512, rep);
}

/*
 * Runs one operator over `span` (the original text of one entity), appending
 * the replacement to `rep`. `cfg` NULL means the engine default, replace.
 * *name receives the operator's name for the item.
 */
static int operate(const json_t *cfg, bool deanon, const char *entity, struct str span,
                   struct buf *rep, const char **name, char *err, size_t errlen)
{
    const char *type = cfg ? json_string_value(json_object_get(cfg, "type")) : "replace";
    enum op_kind kind = OP_REPLACE;
    size_t i;
    struct str key;
    int rc;

    if (!type) {
        set_err(err, errlen, "Invalid input, operator config must contain operator_name");
        return GW_EPARAM;
    }
    for (i = 0; i < sizeof(OPS) / sizeof(OPS[0]); i++)
        if (OPS[i].deanon == deanon && strcmp(OPS[i].name, type) == 0)
            break;
    if (i == sizeof(OPS) / sizeof(OPS[0])) {
        set_err(err, errlen, "Invalid operator class '%s'.", type);
        return GW_EPARAM;
    }
    kind = OPS[i].kind;
    *name = OPS[i].name;
    switch (kind) {
    case OP_REPLACE: {
        const json_t *nv = cfg ? json_object_get(cfg, "new_value") : NULL;

        if (nv && truthy(nv) && !json_is_string(nv)) {
            type_err(err, errlen, "new_value", "string", nv);
            return GW_EPARAM;
        }
        if (nv && truthy(nv))
            return buf_append(rep, json_string_value(nv), json_string_length(nv));
        return buf_printf(rep, "<%s>", entity);
    }
    case OP_REDACT: return 0;
    case OP_KEEP:
    case OP_DKEEP: return buf_append_str(rep, span);
    case OP_MASK: return op_mask(cfg, span, rep, err, errlen);
    case OP_HASH: return op_hash(cfg, span, rep, err, errlen);
    case OP_ENCRYPT:
        rc = key_param(cfg, &key, err, errlen);
        return rc < 0 ? rc : guard_aes_encrypt(key, span, rep);
    case OP_DECRYPT:
        rc = key_param(cfg, &key, err, errlen);
        if (rc < 0)
            return rc;
        rc = guard_aes_decrypt(key, span, rep);
        if (rc == GW_EPARAM)
            set_err(err, errlen,
                    "Invalid input, text at the given position cannot be "
                    "decrypted with the given key");
        return rc;
    }
    return GW_EINVAL;
}

static const json_t *operator_for(const json_t *ops, const char *entity)
{
    const json_t *cfg;

    if (!ops || !json_is_object(ops))
        return NULL;
    cfg = json_object_get(ops, entity);
    return cfg ? cfg : json_object_get(ops, "DEFAULT");
}

/* ---- spans and Presidio's conflict handling --------------------------------- */

struct span {
    size_t s, e; /* byte offsets into the input */
    double score;
    const char *type;
    size_t order; /* position after the first sort, for stable orders */
};

static int cmp_asc(const void *a, const void *b)
{
    const struct span *x = a, *y = b;

    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    if (x->e != y->e)
        return x->e < y->e ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* sorted(reverse=True) on (start, end): descending, ties keep input order. */
static int cmp_desc(const void *a, const void *b)
{
    const struct span *x = a, *y = b;

    if (x->s != y->s)
        return x->s > y->s ? -1 : 1;
    if (x->e != y->e)
        return x->e > y->e ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* OperatorResult compares by start only. */
static int cmp_desc_start(const void *a, const void *b)
{
    const struct span *x = a, *y = b;

    if (x->s != y->s)
        return x->s > y->s ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static size_t intersects(const struct span *a, const struct span *b)
{
    if (a->e < b->s || b->e < a->s)
        return 0;
    return (a->e < b->e ? a->e : b->e) - (a->s > b->s ? a->s : b->s);
}

static bool has_conflict(const struct span *self, const struct span *other)
{
    if (self->s == other->s && self->e == other->e)
        return self->score <= other->score;
    return other->s <= self->s && other->e >= self->e;
}

/* Removes the first occurrence of `x` from list[0..*n). */
static void list_remove(size_t *list, size_t *n, size_t x)
{
    for (size_t i = 0; i < *n; i++)
        if (list[i] == x) {
            memmove(list + i, list + i + 1, (*n - i - 1) * sizeof(*list));
            (*n)--;
            return;
        }
}

/*
 * Steps 2 to 4 of the header comment over v[0..n) sorted ascending; the
 * survivors are compacted to the front, in Presidio's list order. Returns
 * their count, or (size_t)-1 on allocation failure.
 */
static size_t resolve(struct str text, struct span *v, size_t n, bool ws_merge)
{
    size_t *others = NULL, *kept = NULL, *uniq = NULL, no, nk = 0, nu = 0, nm = 0;
    struct span *tmp = NULL;
    bool simple = true;
    size_t max_e = 0;

    /* Sorted, non-empty and disjoint (the analyzer's usual output): steps 2
     * and 3 change nothing, and need not cost n². */
    for (size_t i = 0; i < n && simple; i++) {
        simple = v[i].s < v[i].e && (i == 0 || v[i].s >= max_e);
        max_e = v[i].e > max_e ? v[i].e : max_e;
    }
    if (n == 0)
        return 0;
    others = malloc(n * sizeof(*others));
    kept = malloc(n * sizeof(*kept));
    uniq = malloc(n * sizeof(*uniq));
    tmp = malloc(n * sizeof(*tmp));
    if (!others || !kept || !uniq || !tmp) {
        nm = (size_t)-1;
        goto out;
    }
    if (simple) {
        for (size_t i = 0; i < n; i++)
            uniq[i] = i;
        nu = n;
    } else {
        /* Same-type merge. */
        for (size_t i = 0; i < n; i++)
            others[i] = i;
        no = n;
        for (size_t i = 0; i < n; i++) {
            bool merged = false;

            list_remove(others, &no, i);
            for (size_t j = 0; j < no; j++) {
                struct span *o = &v[others[j]];

                if (strcmp(o->type, v[i].type) != 0 || intersects(&v[i], o) == 0)
                    continue;
                o->s = v[i].s < o->s ? v[i].s : o->s;
                o->e = v[i].e > o->e ? v[i].e : o->e;
                o->score = v[i].score > o->score ? v[i].score : o->score;
                merged = true;
                break;
            }
            if (!merged) {
                others[no++] = i;
                kept[nk++] = i;
            }
        }
        /* Conflicts: contained, or same span with a score not higher. */
        memcpy(others, kept, nk * sizeof(*kept));
        no = nk;
        for (size_t k = 0; k < nk; k++) {
            size_t i = kept[k];
            bool conflicted = false;

            list_remove(others, &no, i);
            for (size_t j = 0; j < no && !conflicted; j++)
                conflicted = has_conflict(&v[i], &v[others[j]]);
            if (!conflicted) {
                others[no++] = i;
                uniq[nu++] = i;
            }
        }
    }
    /* Neighbours of one type with only spaces between them. */
    for (size_t k = 0; k < nu; k++) {
        struct span cur = v[uniq[k]];

        if (ws_merge && nm > 0) {
            struct span *prev = &tmp[nm - 1];
            bool spaces = cur.s > prev->e && strcmp(prev->type, cur.type) == 0;

            for (size_t b = prev->e; spaces && b < cur.s; b++)
                spaces = text.ptr[b] == ' ';
            if (spaces) {
                cur.s = prev->s;
                nm--;
            }
        }
        tmp[nm++] = cur;
    }
    memcpy(v, tmp, nm * sizeof(*tmp));
out:
    free(others);
    free(kept);
    free(uniq);
    free(tmp);
    return nm;
}

/* ---- the text replace builder ----------------------------------------------- */

/*
 * Presidio's TextReplaceBuilder, applied to spans already in processing
 * order (last first). The output is original[:L] followed by a tail built by
 * prepending: for each span, its replacement and the original text between
 * its end (or L, if that comes first) and L, then L moves to its start.
 */
struct piece {
    bool from_rep; /* else: original text */
    size_t off, len;
};

static int build(struct str text, const struct span *v, size_t n, const json_t *ops, bool deanon,
                 struct buf *out, json_t **items, char *err, size_t errlen)
{
    struct piece *pieces = malloc((2 * n + 1) * sizeof(*pieces));
    size_t *from_end = malloc((n + 1) * sizeof(*from_end));
    size_t *rep_off = malloc((n + 1) * sizeof(*rep_off));
    size_t *rep_len = malloc((n + 1) * sizeof(*rep_len));
    const char **names = malloc((n + 1) * sizeof(*names));
    struct buf reps;
    size_t np = 0, L = text.len, tail = 0, base = out->len;
    json_t *arr = NULL;
    int rc = 0;

    buf_init(&reps, out->max);
    if (!pieces || !from_end || !rep_off || !rep_len || !names) {
        rc = GW_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const json_t *cfg = operator_for(ops, v[i].type);
        size_t end = v[i].e < L ? v[i].e : L;

        if (deanon && !cfg) {
            set_err(err, errlen, "Invalid input, no deanonymizer given for entity type %s",
                    v[i].type);
            rc = GW_EPARAM;
            goto out;
        }
        rep_off[i] = reps.len;
        rc = operate(cfg, deanon, v[i].type, str_of(text.ptr + v[i].s, v[i].e - v[i].s), &reps,
                     &names[i], err, errlen);
        if (rc < 0)
            goto out;
        rep_len[i] = reps.len - rep_off[i];
        if (end < L)
            pieces[np++] = (struct piece){false, end, L - end};
        pieces[np++] = (struct piece){true, rep_off[i], rep_len[i]};
        tail += (L - end) + rep_len[i];
        from_end[i] = tail;
        L = v[i].s;
    }
    rc = buf_append(out, text.ptr, L);
    for (size_t k = np; k-- > 0 && rc == 0;) {
        /* Only redactions so far: reps.ptr is NULL, and NULL + 0 is UB. */
        if (pieces[k].len == 0)
            continue;
        rc = buf_append(out,
                        pieces[k].from_rep ? reps.ptr + pieces[k].off : text.ptr + pieces[k].off,
                        pieces[k].len);
    }
    if (rc < 0 || !items)
        goto out;
    arr = json_array();
    if (!arr) {
        rc = GW_ENOMEM;
        goto out;
    }
    {
        /* Items start further left the later they were processed: walk the
         * output once, from the left, i.e. from the last item back. */
        struct str o = str_of(out->ptr ? out->ptr + base : "", out->len - base); /* NULL: empty */
        size_t total = out->len - base, pos = 0, cp = 0;
        json_t **objs = calloc(n + 1, sizeof(*objs));

        if (!objs) {
            rc = GW_ENOMEM;
            goto out;
        }
        for (size_t k = n; k-- > 0 && rc == 0;) {
            size_t bstart = total - from_end[k];
            struct str t = str_of(reps.ptr ? reps.ptr + rep_off[k] : "", rep_len[k]);
            size_t tl = guard_cp_len(t);

            cp += guard_cp_len(str_of(o.ptr + pos, bstart - pos));
            pos = bstart;
            objs[k] = json_pack("{s:I,s:I,s:s,s:s%,s:s}", "start", (json_int_t)cp, "end",
                                (json_int_t)(cp + tl), "entity_type", v[k].type, "text", t.ptr,
                                t.len, "operator", names[k]);
            if (!objs[k])
                rc = GW_ENOMEM;
        }
        for (size_t k = 0; k < n; k++)
            if (rc == 0)
                json_array_append_new(arr, objs[k]);
            else
                json_decref(objs[k]);
        free(objs);
    }
    if (rc == 0) {
        *items = arr;
        arr = NULL;
    }
out:
    json_decref(arr);
    buf_dispose(&reps);
    free(pieces);
    free(from_end);
    free(rep_off);
    free(rep_len);
    free(names);
    return rc;
}

int guard_anonymize(struct str text, const struct guard_results *r, const json_t *operators,
                    struct buf *out, json_t **items, char *err, size_t errlen)
{
    size_t n = r ? r->n : 0;
    struct span *v = NULL;
    int rc;

    if (items)
        *items = NULL;
    rc = check_operators(operators, err, errlen);
    if (rc < 0)
        return rc;
    v = malloc((n + 1) * sizeof(*v));
    if (!v)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const struct guard_result *g = &r->v[i];

        if (g->start > g->end || g->end > text.len || !on_boundary(text, g->start) ||
            !on_boundary(text, g->end) || !g->entity || !*g->entity) {
            set_err(err, errlen,
                    "Invalid analyzer result, start: %zu and end: %zu, while text length is "
                    "only %zu.",
                    g->start, g->end, text.len);
            free(v);
            return GW_EPARAM;
        }
        v[i] = (struct span){g->start, g->end, g->score, g->entity, i};
    }
    qsort(v, n, sizeof(*v), cmp_asc);
    for (size_t i = 0; i < n; i++)
        v[i].order = i;
    n = resolve(text, v, n, true);
    if (n == (size_t)-1) {
        free(v);
        return GW_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        v[i].order = i;
    qsort(v, n, sizeof(*v), cmp_desc);
    rc = build(text, v, n, operators, false, out, items, err, errlen);
    free(v);
    return rc;
}

/* ---- Presidio JSON entities ------------------------------------------------- */

/*
 * Reads start, end, entity_type (and score when `need_score`) of one entity
 * as PIIEntity / RecognizerResult validate them; offsets stay in code points.
 */
static int read_entity(const json_t *o, bool need_score, json_int_t *s, json_int_t *e,
                       const char **type, double *score, char *err, size_t errlen)
{
    const json_t *js = json_object_get(o, "start"), *je = json_object_get(o, "end");
    const json_t *jt = json_object_get(o, "entity_type"), *jsc = json_object_get(o, "score");

    if (!json_is_object(o)) {
        set_err(err, errlen, "Invalid input, result must be an object");
        return GW_EPARAM;
    }
    if (!js || json_is_null(js)) {
        set_err(err, errlen, "Invalid input, result must contain start");
        return GW_EPARAM;
    }
    if (!json_is_integer(js)) {
        type_err(err, errlen, "start", "number", js);
        return GW_EPARAM;
    }
    if (!je || json_is_null(je)) {
        set_err(err, errlen, "Invalid input, result must contain end");
        return GW_EPARAM;
    }
    if (!json_is_integer(je)) {
        type_err(err, errlen, "end", "number", je);
        return GW_EPARAM;
    }
    if (!json_is_string(jt) || json_string_length(jt) == 0) {
        set_err(err, errlen, "Invalid input, result must contain entity_type");
        return GW_EPARAM;
    }
    *s = json_integer_value(js);
    *e = json_integer_value(je);
    if (*s < 0 || *e < 0) {
        set_err(err, errlen, "Invalid input, result start and end must be positive");
        return GW_EPARAM;
    }
    if (*s > *e) {
        set_err(err, errlen,
                "Invalid input, start index '%lld' must be smaller than end "
                "index '%lld'",
                (long long)*s, (long long)*e);
        return GW_EPARAM;
    }
    if (need_score) {
        if (!json_is_number(jsc)) {
            set_err(err, errlen, "Invalid input, analyzer result must contain score");
            return GW_EPARAM;
        }
        *score = json_number_value(jsc);
    }
    *type = json_string_value(jt);
    return 0;
}

struct cpref {
    size_t cp;
    size_t *slot;
};

static int cmp_cpref(const void *a, const void *b)
{
    const struct cpref *x = a, *y = b;

    return x->cp < y->cp ? -1 : x->cp > y->cp;
}

/* Turns code-point offsets in span.s / span.e into bytes in one walk. */
static int spans_to_bytes(struct str text, struct span *v, size_t n)
{
    struct cpref *refs = malloc((2 * n + 1) * sizeof(*refs));
    size_t pos = 0, cp = 0;

    if (!refs)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        refs[2 * i] = (struct cpref){v[i].s, &v[i].s};
        refs[2 * i + 1] = (struct cpref){v[i].e, &v[i].e};
    }
    qsort(refs, 2 * n, sizeof(*refs), cmp_cpref);
    for (size_t k = 0; k < 2 * n; k++) {
        while (cp < refs[k].cp && pos < text.len) {
            pos++;
            while (pos < text.len && is_cont((unsigned char)text.ptr[pos]))
                pos++;
            cp++;
        }
        *refs[k].slot = pos;
    }
    free(refs);
    return 0;
}

/* Reads an entity array into spans with byte offsets; checks positions. */
static int read_spans(struct str text, const json_t *arr, bool need_score, struct span **out,
                      size_t *nout, char *err, size_t errlen)
{
    size_t n = json_array_size(arr), cplen = guard_cp_len(text);
    struct span *v = malloc((n + 1) * sizeof(*v));
    int rc = 0;

    if (!v)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        json_int_t s = 0, e = 0;
        const char *type = NULL;
        double score = 0;

        rc = read_entity(json_array_get(arr, i), need_score, &s, &e, &type, &score, err, errlen);
        if (rc < 0)
            goto fail;
        if ((size_t)s > cplen || (size_t)e > cplen) {
            set_err(err, errlen,
                    "Invalid analyzer result, start: %lld and end: %lld, while text length is "
                    "only %zu.",
                    (long long)s, (long long)e, cplen);
            rc = GW_EPARAM;
            goto fail;
        }
        v[i] = (struct span){(size_t)s, (size_t)e, score, type, i};
    }
    rc = spans_to_bytes(text, v, n);
    if (rc < 0)
        goto fail;
    *out = v;
    *nout = n;
    return 0;
fail:
    free(v);
    return rc;
}

int guard_results_from_json(struct str text, const json_t *arr, struct guard_results *out,
                            char *err, size_t errlen)
{
    struct span *v = NULL;
    size_t n = 0;
    int rc;

    if (!json_is_array(arr)) {
        set_err(err, errlen, "Invalid input, request must contain analyzer results");
        return GW_EPARAM;
    }
    rc = read_spans(text, arr, true, &v, &n, err, errlen);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct guard_result g = {.entity = v[i].type,
                                 .start = v[i].s,
                                 .end = v[i].e,
                                 .score = v[i].score,
                                 .original_score = v[i].score};

        rc = guard__results_push(out, &g);
    }
    free(v);
    return rc;
}

int guard_deanonymize(struct str text, const json_t *entities, const json_t *operators,
                      struct buf *out, json_t **items, char *err, size_t errlen)
{
    struct span *v = NULL;
    size_t n = 0;
    int rc;

    if (items)
        *items = NULL;
    rc = check_operators(operators, err, errlen);
    if (rc < 0)
        return rc;
    if (entities && !json_is_null(entities) && !json_is_array(entities)) {
        set_err(err, errlen, "Invalid input, anonymizer_results must be a list");
        return GW_EPARAM;
    }
    rc = read_spans(text, entities, false, &v, &n, err, errlen);
    if (rc < 0)
        return rc;
    qsort(v, n, sizeof(*v), cmp_desc_start);
    rc = build(text, v, n, operators, true, out, items, err, errlen);
    free(v);
    return rc;
}

/* ---- numbered placeholders -------------------------------------------------- */

void guard_placeholders_init(struct guard_placeholders *p)
{
    p->map = NULL;
    p->values = NULL;
    p->counters = NULL;
}

void guard_placeholders_dispose(struct guard_placeholders *p)
{
    json_decref(p->map);
    json_decref(p->values);
    json_decref(p->counters);
    guard_placeholders_init(p);
}

/* The placeholder of one value, made on first sight. Borrowed string. */
static const char *placeholder_of(struct guard_placeholders *p, const char *type, struct str val)
{
    char *key = NULL, name[160];
    const char *ph = NULL;
    json_t *have, *count;
    json_int_t n;

    if (!p->map)
        p->map = json_object();
    if (!p->values)
        p->values = json_object();
    if (!p->counters)
        p->counters = json_object();
    if (!p->map || !p->values || !p->counters)
        return NULL;
    if (asprintf(&key, "%s:%.*s", type, STR_FMT(val)) < 0)
        return NULL;
    have = json_object_get(p->values, key);
    if (have) {
        ph = json_string_value(have);
        goto out;
    }
    count = json_object_get(p->counters, type);
    n = (count ? json_integer_value(count) : 0) + 1;
    snprintf(name, sizeof(name), "<%.120s_%lld>", type, (long long)n);
    if (json_object_set_new(p->counters, type, json_integer(n)) < 0 ||
        json_object_set_new(p->map, name, json_stringn(val.ptr, val.len)) < 0 ||
        json_object_set_new(p->values, key, json_string(name)) < 0)
        goto out;
    ph = json_string_value(json_object_get(p->values, key));
out:
    free(key);
    return ph;
}

int guard_placeholder_apply(struct guard_placeholders *p, struct str text,
                            const struct guard_results *r, struct buf *out)
{
    size_t n = r ? r->n : 0, pos = 0, m = 0;
    struct span *v = malloc((n + 1) * sizeof(*v));
    int rc = 0;

    if (!v)
        return GW_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const struct guard_result *g = &r->v[i];

        if (g->start > g->end || g->end > text.len || !g->entity) {
            free(v);
            return GW_EPARAM;
        }
        v[i] = (struct span){g->start, g->end, g->score, g->entity, i};
    }
    qsort(v, n, sizeof(*v), cmp_asc);
    for (size_t i = 0; i < n; i++)
        v[i].order = i;
    n = resolve(text, v, n, true);
    if (n == (size_t)-1) {
        free(v);
        return GW_ENOMEM;
    }
    qsort(v, n, sizeof(*v), cmp_asc);
    /* What partial overlap is left: the left span keeps the shared bytes. */
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && v[i].s < v[m - 1].e)
            v[i].s = v[m - 1].e;
        if (v[i].s < v[i].e)
            v[m++] = v[i];
    }
    for (size_t i = 0; i < m && rc == 0; i++) {
        const char *ph = placeholder_of(p, v[i].type, str_of(text.ptr + v[i].s, v[i].e - v[i].s));

        if (!ph) {
            rc = GW_ENOMEM;
            break;
        }
        rc = buf_append(out, text.ptr + pos, v[i].s - pos);
        if (rc == 0)
            rc = buf_append_c(out, ph);
        pos = v[i].e;
    }
    if (rc == 0)
        rc = buf_append(out, text.ptr + pos, text.len - pos);
    free(v);
    return rc;
}

/* Longest placeholder looked for; longer <...> runs are not ours. */
#define PH_MAX 160

static bool ph_char(char c)
{
    return c != '<' && c != '>' && c != ' ' && c != '\n' && c != '\t' && c != '\r';
}

int guard_placeholder_restore(const struct guard_placeholders *p, struct str text, struct buf *out)
{
    size_t i = 0, done = 0;
    int rc = 0;

    if (!p->map || json_object_size(p->map) == 0)
        return buf_append_str(out, text);
    while (i < text.len && rc == 0) {
        const char *lt = memchr(text.ptr + i, '<', text.len - i);
        size_t j;
        json_t *val;

        if (!lt)
            break;
        i = (size_t)(lt - text.ptr);
        for (j = i + 1; j < text.len && j - i < PH_MAX && ph_char(text.ptr[j]); j++)
            ;
        if (j < text.len && text.ptr[j] == '>' &&
            (val = json_object_getn(p->map, text.ptr + i, j + 1 - i)) != NULL) {
            rc = buf_append(out, text.ptr + done, i - done);
            if (rc == 0)
                rc = buf_append(out, json_string_value(val), json_string_length(val));
            i = done = j + 1;
        } else {
            i++;
        }
    }
    if (rc == 0)
        rc = buf_append(out, text.ptr + done, text.len - done);
    return rc;
}

size_t guard_placeholder_partial(const struct guard_placeholders *p, struct str text)
{
    size_t from = text.len > PH_MAX ? text.len - PH_MAX : 0;
    const char *key;
    json_t *val;

    if (!p->map || json_object_size(p->map) == 0)
        return 0;
    for (size_t i = text.len; i-- > from;) {
        size_t tail = text.len - i;

        if (text.ptr[i] == '>')
            return 0;
        if (text.ptr[i] != '<')
            continue;
        json_object_foreach(p->map, key, val)
        {
            if (strlen(key) > tail && memcmp(key, text.ptr + i, tail) == 0)
                return tail;
        }
        return 0;
    }
    return 0;
}
