/* buf: growable buffer with a ceiling; see buf.h. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>

#include "err.h"

void buf_init(struct buf *b, size_t max)
{
    b->ptr = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void buf_dispose(struct buf *b)
{
    free(b->ptr);
    buf_init(b, b->max);
}

void buf_reset(struct buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

/* Makes room for n more bytes plus a NUL. */
int buf_reserve(struct buf *b, size_t n)
{
    size_t need, cap;
    char *p;

    if (n > b->max || b->len > b->max - n)
        return GW_ETOOBIG;
    need = b->len + n + 1;
    if (need <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    p = realloc(b->ptr, cap);
    if (!p)
        return GW_ENOMEM;
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int buf_append(struct buf *b, const void *p, size_t n)
{
    int rc;

    if (n == 0)
        return 0;
    rc = buf_reserve(b, n);
    if (rc < 0)
        return rc;
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
}

int buf_append_str(struct buf *b, struct str s)
{
    return buf_append(b, s.ptr, s.len);
}

int buf_append_c(struct buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    int n, rc;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return GW_EINVAL;
    rc = buf_reserve(b, (size_t)n);
    if (rc < 0)
        return rc;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int buf_append_json_str(struct buf *b, struct str s)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = s.ptr, *end = s.ptr + s.len;
    size_t len0 = b->len;
    int rc = buf_reserve(b, s.len); /* the common case: nothing to escape */

    while (rc == 0 && p < end) {
        const char *q = str_json_run(p, end, false);
        char esc[6];
        size_t n = 2;
        unsigned char c;

        rc = buf_append(b, p, (size_t)(q - p));
        if (rc < 0 || q == end)
            break;
        c = (unsigned char)*q;
        esc[0] = '\\';
        if (c == '"' || c == '\\')
            esc[1] = (char)c;
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
        }
        rc = buf_append(b, esc, n);
        p = q + 1;
    }
    if (rc < 0 && b->ptr) {
        /* Appended in pieces: undo the ones that fit, as buf.h promises. */
        b->len = len0;
        b->ptr[len0] = '\0';
    }
    return rc;
}

void buf_consume(struct buf *b, size_t n)
{
    if (n >= b->len) {
        buf_reset(b);
        return;
    }
    memmove(b->ptr, b->ptr + n, b->len - n);
    b->len -= n;
    b->ptr[b->len] = '\0';
}

int buf_append_u64(struct buf *b, uint64_t v)
{
    char d[24];
    size_t n = 0;

    do {
        d[sizeof(d) - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return buf_append(b, d + sizeof(d) - n, n);
}
