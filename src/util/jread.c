/*
 * jread: a recursive-descent reader over the whole text in memory. Strings
 * without escapes are handed to jansson straight from the input; escaped
 * ones are decoded into a scratch buffer first. The depth is counted per
 * value, as jansson counts it, so the same inputs hit the same limit.
 */
#include "jread.h"

#include "str.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct rd {
    const unsigned char *p, *end, *start;
    unsigned flags;
    int depth;
    enum jread_code code;
    const unsigned char *at; /* where the first error was seen */
    char *tmp;               /* decoded string with escapes */
    size_t tmp_len, tmp_cap;
};

static bool bad_utf8_at(const struct rd *r, const unsigned char *at)
{
    return at < r->end && *at >= 0x80 && !str_utf8_len(at, r->end);
}

/* The first error wins. A syntax error on a byte that is not UTF-8 is told
 * as invalid UTF-8, as jansson's lexer, which decodes every byte it reads,
 * tells it. */
static bool fail(struct rd *r, enum jread_code code, const unsigned char *at)
{
    if (code == JREAD_ESYNTAX && (bad_utf8_at(r, at) || bad_utf8_at(r, r->p))) {
        code = JREAD_EUTF8;
        at = bad_utf8_at(r, at) ? at : r->p;
    }
    if (r->code == JREAD_OK) {
        r->code = code;
        r->at = at;
    }
    return false;
}

static void ws(struct rd *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
        r->p++;
}


static bool tmp_add(struct rd *r, const void *p, size_t n)
{
    if (n == 0)
        return true;
    if (r->tmp_cap - r->tmp_len < n) {
        size_t cap = r->tmp_cap ? r->tmp_cap : 256;
        char *t;

        while (cap - r->tmp_len < n)
            cap *= 2;
        t = realloc(r->tmp, cap);
        if (!t)
            return fail(r, JREAD_ENOMEM, r->p);
        r->tmp = t;
        r->tmp_cap = cap;
    }
    memcpy(r->tmp + r->tmp_len, p, n);
    r->tmp_len += n;
    return true;
}

static bool add_code_point(struct rd *r, uint32_t cp)
{
    unsigned char u[4];
    size_t n;

    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (unsigned char)(0xc0 | cp >> 6);
        u[1] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (unsigned char)(0xe0 | cp >> 12);
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (unsigned char)(0xf0 | cp >> 18);
        u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    return tmp_add(r, u, n);
}

/* \uXXXX at p (just past the backslash and the u), a surrogate pair taken
 * whole. NUL and lone surrogates are refused, as jansson refuses them. */
static bool unicode_escape(struct rd *r, const unsigned char **pp)
{
    uint32_t cp;
    size_t n = str_json_u_escape((const char *)*pp, (const char *)r->end, &cp);

    if (!n)
        return fail(r, JREAD_ESYNTAX, *pp - 2);
    *pp += n;
    return add_code_point(r, cp);
}

static bool escape(struct rd *r, const unsigned char **pp)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const unsigned char *p = *pp;
    const char *k;

    if (p >= r->end)
        return fail(r, JREAD_ESYNTAX, p);
    if (*p == 'u') {
        *pp = p + 1;
        return unicode_escape(r, pp);
    }
    k = *p ? strchr(from, *p) : NULL;
    if (!k)
        return fail(r, JREAD_ESYNTAX, p);
    *pp = p + 1;
    return tmp_add(r, &to[k - from], 1);
}

/*
 * The string at r->p (on its opening quote). *out and *len are its decoded
 * bytes: a view of the input when it had no escape, else of r->tmp (valid
 * until the next string).
 */
static bool string(struct rd *r, const char **out, size_t *len)
{
    const unsigned char *p = r->p + 1, *run = p, *end = r->end;
    bool escaped = false;

    for (;;) {
        p = (const unsigned char *)str_json_run((const char *)p, (const char *)end, true);
        if (p >= end)
            return fail(r, JREAD_ESYNTAX, p);
        if (*p == '"')
            break;
        if (*p >= 0x80) {
            size_t n = str_utf8_len(p, end);

            if (!n)
                return fail(r, JREAD_EUTF8, p);
            p += n;
            continue;
        }
        if (*p < 0x20)
            return fail(r, JREAD_ESYNTAX, p); /* a control character */
        /* A backslash: from here the string is decoded into tmp. */
        if (!escaped) {
            escaped = true;
            r->tmp_len = 0;
        }
        if (!tmp_add(r, run, (size_t)(p - run)))
            return false;
        p++;
        if (!escape(r, &p))
            return false;
        run = p;
    }
    if (escaped) {
        if (!tmp_add(r, run, (size_t)(p - run)))
            return false;
        *out = r->tmp;
        *len = r->tmp_len;
    } else {
        *out = (const char *)run;
        *len = (size_t)(p - run);
    }
    r->p = p + 1;
    return true;
}

static bool digits(struct rd *r)
{
    const unsigned char *s = r->p;

    while (r->p < r->end && *r->p >= '0' && *r->p <= '9')
        r->p++;
    return r->p > s;
}

static json_t *real(struct rd *r, const unsigned char *s, size_t n)
{
    char stack[64], *buf = n < sizeof(stack) ? stack : malloc(n + 1);
    double v;

    if (!buf) {
        fail(r, JREAD_ENOMEM, s);
        return NULL;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    errno = 0;
    v = strtod(buf, NULL);
    if (buf != stack)
        free(buf);
    if ((v == HUGE_VAL || v == -HUGE_VAL) && errno == ERANGE) {
        fail(r, JREAD_ERANGE, s);
        return NULL;
    }
    return json_real(v);
}

static json_t *number(struct rd *r)
{
    const unsigned char *s = r->p;
    bool neg = false, is_real = false;
    unsigned long long v = 0, limit;

    if (*r->p == '-') {
        neg = true;
        r->p++;
    }
    if (r->p >= r->end || *r->p < '0' || *r->p > '9') {
        fail(r, JREAD_ESYNTAX, s);
        return NULL;
    }
    if (*r->p == '0') {
        r->p++;
        if (r->p < r->end && *r->p >= '0' && *r->p <= '9') {
            fail(r, JREAD_ESYNTAX, s); /* a leading zero */
            return NULL;
        }
    } else {
        digits(r);
    }
    if (r->p < r->end && *r->p == '.') {
        r->p++;
        is_real = true;
        if (!digits(r)) {
            fail(r, JREAD_ESYNTAX, s);
            return NULL;
        }
    }
    if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
        r->p++;
        is_real = true;
        if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
            r->p++;
        if (!digits(r)) {
            fail(r, JREAD_ESYNTAX, s);
            return NULL;
        }
    }
    if (is_real)
        return real(r, s, (size_t)(r->p - s));
    limit = neg ? (unsigned long long)LLONG_MAX + 1 : (unsigned long long)LLONG_MAX;
    for (const unsigned char *d = s + neg; d < r->p; d++) {
        unsigned long long digit = (unsigned long long)(*d - '0');

        if (v > (limit - digit) / 10) {
            fail(r, JREAD_ERANGE, s);
            return NULL;
        }
        v = v * 10 + digit;
    }
    if (neg)
        return json_integer(v == (unsigned long long)LLONG_MAX + 1 ? LLONG_MIN : -(long long)v);
    return json_integer((long long)v);
}

static json_t *value(struct rd *r);

static json_t *array(struct rd *r)
{
    json_t *a = json_array(), *v;

    if (!a) {
        fail(r, JREAD_ENOMEM, r->p);
        return NULL;
    }
    r->p++;
    ws(r);
    if (r->p < r->end && *r->p == ']') {
        r->p++;
        return a;
    }
    for (;;) {
        v = value(r);
        if (!v)
            break;
        if (json_array_append_new(a, v) < 0) {
            fail(r, JREAD_ENOMEM, r->p);
            break;
        }
        ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            return a;
        }
        fail(r, JREAD_ESYNTAX, r->p);
        break;
    }
    json_decref(a);
    return NULL;
}

static bool member(struct rd *r, json_t *o)
{
    const unsigned char *at;
    const char *k;
    size_t klen;
    char stack[128], *key;
    json_t *v;
    bool ok;

    ws(r);
    at = r->p;
    if (r->p >= r->end || *r->p != '"')
        return fail(r, JREAD_ESYNTAX, r->p);
    if (!string(r, &k, &klen))
        return false;
    /* The value's strings reuse tmp: keep an escaped key apart. */
    key = (char *)k;
    if (k == r->tmp) {
        key = klen < sizeof(stack) ? stack : malloc(klen + 1);
        if (!key)
            return fail(r, JREAD_ENOMEM, at);
        memcpy(key, k, klen);
    }
    ok = true;
    if ((r->flags & JREAD_REJECT_DUPLICATES) && json_object_getn(o, key, klen))
        ok = fail(r, JREAD_EDUP, at);
    if (ok) {
        ws(r);
        if (r->p >= r->end || *r->p != ':')
            ok = fail(r, JREAD_ESYNTAX, r->p);
    }
    if (ok) {
        r->p++;
        v = value(r);
        ok = v && json_object_setn_new_nocheck(o, key, klen, v) == 0;
        if (v && !ok)
            fail(r, JREAD_ENOMEM, at);
    }
    if (key != k && key != stack)
        free(key);
    return ok;
}

static json_t *object(struct rd *r)
{
    json_t *o = json_object();

    if (!o) {
        fail(r, JREAD_ENOMEM, r->p);
        return NULL;
    }
    r->p++;
    ws(r);
    if (r->p < r->end && *r->p == '}') {
        r->p++;
        return o;
    }
    for (;;) {
        if (!member(r, o))
            break;
        ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == '}') {
            r->p++;
            return o;
        }
        fail(r, JREAD_ESYNTAX, r->p);
        break;
    }
    json_decref(o);
    return NULL;
}

static json_t *literal(struct rd *r, const char *word, size_t n, json_t *v)
{
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) {
        fail(r, JREAD_ESYNTAX, r->p);
        return NULL;
    }
    r->p += n;
    return v;
}

static json_t *value(struct rd *r)
{
    json_t *v = NULL;
    const char *s;
    size_t n;

    ws(r);
    if (r->p >= r->end) {
        fail(r, JREAD_ESYNTAX, r->p);
        return NULL;
    }
    if (++r->depth > JREAD_MAX_DEPTH) {
        fail(r, JREAD_EDEPTH, r->p);
        return NULL;
    }
    switch (*r->p) {
    case '{': v = object(r); break;
    case '[': v = array(r); break;
    case '"':
        if (string(r, &s, &n)) {
            v = json_stringn_nocheck(s, n);
            if (!v)
                fail(r, JREAD_ENOMEM, r->p);
        }
        break;
    case 't': v = literal(r, "true", 4, json_true()); break;
    case 'f': v = literal(r, "false", 5, json_false()); break;
    case 'n': v = literal(r, "null", 4, json_null()); break;
    case '-':
    case '0' ... '9': v = number(r); break;
    default:
        fail(r, JREAD_ESYNTAX, r->p);
    }
    r->depth--;
    return v;
}

static void locate(const struct rd *r, struct jread_error *err)
{
    const unsigned char *at = r->at ? r->at : r->p;

    err->code = r->code;
    err->position = (size_t)(at - r->start);
    err->line = 1;
    err->column = 1;
    for (const unsigned char *q = r->start; q < at; q++) {
        if (*q == '\n') {
            err->line++;
            err->column = 1;
        } else {
            err->column++;
        }
    }
}

json_t *jread(const char *text, size_t len, unsigned flags, struct jread_error *err)
{
    struct rd r = {
        .p = (const unsigned char *)(text ? text : ""),
        .flags = flags,
    };
    json_t *v = NULL;

    r.start = r.p;
    r.end = r.p + (text ? len : 0);
    ws(&r);
    if (!(flags & JREAD_DECODE_ANY) && (r.p >= r.end || (*r.p != '{' && *r.p != '[')))
        fail(&r, JREAD_ESYNTAX, r.p);
    else
        v = value(&r);
    if (v) {
        ws(&r);
        if (r.p < r.end) {
            fail(&r, JREAD_ESYNTAX, r.p);
            json_decref(v);
            v = NULL;
        }
    }
    free(r.tmp);
    if (!v && err)
        locate(&r, err);
    else if (err)
        memset(err, 0, sizeof(*err));
    return v;
}
