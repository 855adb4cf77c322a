/*
 * jwrite: see jwrite.h. Output is gathered in a 4 KB buffer handed to the
 * caller's `put` when full and at the end, so that a body costs a few calls
 * whatever its number of tokens.
 */
#include "util/jwrite.h"

#include <string.h>

#include "util/buf.h"
#include "util/str.h"

struct jw {
    jwrite_put put;
    void *ctx;
    size_t len;
    int err;
    char buf[4096];
};

static void flush(struct jw *w)
{
    if (w->len && !w->err && w->put(w->buf, w->len, w->ctx) != 0)
        w->err = -1;
    w->len = 0;
}

static void out(struct jw *w, const char *s, size_t n)
{
    if (w->err)
        return;
    if (w->len + n > sizeof(w->buf)) {
        flush(w);
        if (n > sizeof(w->buf)) {
            if (!w->err && w->put(s, n, w->ctx) != 0)
                w->err = -1;
            return;
        }
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void out_c(struct jw *w, char c)
{
    if (w->len == sizeof(w->buf))
        flush(w);
    w->buf[w->len++] = c;
}

/* A string as jansson writes it: '"', '\\' and control characters escaped
 * (\b \f \n \r \t, else \u00XX in capitals), everything else as it is; a
 * string that is not UTF-8 is an error, as for jansson. */
static void string(struct jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const char *p = s, *end = s + n;

    out_c(w, '"');
    while (p < end && !w->err) {
        const char *q = str_json_run(p, end, true);
        unsigned char c;

        out(w, p, (size_t)(q - p));
        if (q == end)
            break;
        c = (unsigned char)*q;
        if (c >= 0x80) {
            size_t k = str_utf8_len((const unsigned char *)q, (const unsigned char *)end);

            if (k == 0) {
                w->err = -1;
                return;
            }
            out(w, q, k);
            p = q + k;
            continue;
        }
        switch (c) {
        case '"': out(w, "\\\"", 2); break;
        case '\\': out(w, "\\\\", 2); break;
        case '\b': out(w, "\\b", 2); break;
        case '\f': out(w, "\\f", 2); break;
        case '\n': out(w, "\\n", 2); break;
        case '\r': out(w, "\\r", 2); break;
        case '\t': out(w, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};

            out(w, e, 6);
        }
        }
        p = q + 1;
    }
    out_c(w, '"');
}

static void integer(struct jw *w, json_int_t v)
{
    char d[24];
    size_t i = sizeof(d);
    /* In unsigned arithmetic, so that the most negative value negates. */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

    do {
        d[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        d[--i] = '-';
    out(w, d + i, sizeof(d) - i);
}

static void value(struct jw *w, const json_t *j)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        const char *k;
        json_t *v;
        bool first = true;

        out_c(w, '{');
        json_object_foreach((json_t *)j, k, v)
        {
            if (!first)
                out_c(w, ',');
            first = false;
            string(w, k, strlen(k));
            out_c(w, ':');
            value(w, v);
            if (w->err)
                return;
        }
        out_c(w, '}');
        break;
    }
    case JSON_ARRAY: {
        size_t n = json_array_size(j);

        out_c(w, '[');
        for (size_t i = 0; i < n && !w->err; i++) {
            if (i)
                out_c(w, ',');
            value(w, json_array_get(j, i));
        }
        out_c(w, ']');
        break;
    }
    case JSON_STRING: string(w, json_string_value(j), json_string_length(j)); break;
    case JSON_INTEGER: integer(w, json_integer_value(j)); break;
    case JSON_REAL: {
        /* jansson's own "%.17g" and its touches (".0", the exponent). */
        char d[64];
        size_t n = json_dumpb(j, d, sizeof(d), JSON_ENCODE_ANY);

        if (n == 0 || n > sizeof(d))
            w->err = -1;
        else
            out(w, d, n);
        break;
    }
    case JSON_TRUE: out(w, "true", 4); break;
    case JSON_FALSE: out(w, "false", 5); break;
    case JSON_NULL: out(w, "null", 4); break;
    }
}

int jwrite(const json_t *j, unsigned flags, jwrite_put put, void *ctx)
{
    struct jw w;

    if (!j || (!(flags & JWRITE_ANY) && !json_is_object(j) && !json_is_array(j)))
        return -1;
    w.put = put;
    w.ctx = ctx;
    w.len = 0;
    w.err = 0;
    value(&w, j);
    flush(&w);
    return w.err;
}

/* A dump growing in the arena (a block twice as large when full). */
struct arena_sink {
    struct arena *a;
    char *p;
    size_t len, cap;
};

static int arena_put(const char *s, size_t n, void *ctx)
{
    struct arena_sink *d = ctx;

    if (d->len + n + 1 > d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 4096;
        char *p;

        while (cap < d->len + n + 1)
            cap *= 2;
        p = arena_alloc(d->a, cap);
        if (!p)
            return -1;
        if (d->len)
            memcpy(p, d->p, d->len);
        d->p = p;
        d->cap = cap;
    }
    memcpy(d->p + d->len, s, n);
    d->len += n;
    return 0;
}

struct str jwrite_arena(struct arena *a, const json_t *j, unsigned flags)
{
    struct arena_sink d = {.a = a};

    if (jwrite(j, flags, arena_put, &d) != 0 || d.len == 0)
        return STR_NULL;
    d.p[d.len] = '\0';
    return str_of(d.p, d.len);
}

int jwrite_buf(const char *s, size_t n, void *ctx)
{
    return buf_append(ctx, s, n) == 0 ? 0 : -1;
}
