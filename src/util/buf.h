/*
 * buf: an owned, growable byte buffer with a ceiling fixed at init. An append
 * that would pass the ceiling fails with GW_ETOOBIG and leaves the buffer as it
 * was, so a caller can turn it straight into a 413.
 */
#ifndef GW_UTIL_BUF_H
#define GW_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "str.h"

struct buf {
    char *ptr; /* heap, owned; NUL-terminated whenever len > 0 */
    size_t len;
    size_t cap;
    size_t max; /* ceiling for len */
};

void buf_init(struct buf *b, size_t max);
void buf_dispose(struct buf *b);
/* Keeps the allocation, forgets the bytes. */
void buf_reset(struct buf *b);
int buf_append(struct buf *b, const void *p, size_t n);
/* Makes room for n more bytes in one allocation; GW_ETOOBIG past the ceiling. */
int buf_reserve(struct buf *b, size_t n);
/* Appends a number in decimal, without printf. */
int buf_append_u64(struct buf *b, uint64_t v);
int buf_append_str(struct buf *b, struct str s);
int buf_append_c(struct buf *b, const char *s);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as the inside of a JSON string (quotes not included). */
int buf_append_json_str(struct buf *b, struct str s);
/* Drops the first n bytes. */
void buf_consume(struct buf *b, size_t n);
static inline struct str buf_str(const struct buf *b)
{
    return (struct str){b->ptr, b->len};
}

#endif
