/*
 * arena: bump allocation in chunks. A request's arena usually fits in its
 * first chunk, so a request costs one malloc; arena_reset() keeps that chunk
 * for the next request on the same connection. Large allocations get a chunk
 * of their own.
 */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

#define ALIGN 16

struct arena_chunk {
    struct arena_chunk *next;
    size_t size, used;
    _Alignas(ALIGN) unsigned char data[];
};

struct arena_defer {
    struct arena_defer *next;
    void (*fn)(void *);
    void *arg;
};

void arena_init(struct arena *a, size_t chunk_size)
{
    a->head = NULL;
    a->defers = NULL;
    a->chunk_size = chunk_size ? chunk_size : 4096;
    a->allocated = 0;
}

static void run_defers(struct arena *a)
{
    /* A deferred function may itself allocate from nothing; run until empty. */
    while (a->defers) {
        struct arena_defer *d = a->defers;

        a->defers = d->next;
        d->fn(d->arg);
    }
}

void arena_dispose(struct arena *a)
{
    struct arena_chunk *c, *next;

    run_defers(a);
    for (c = a->head; c; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
    a->allocated = 0;
}

void arena_reset(struct arena *a)
{
    struct arena_chunk *c, *next, *keep = NULL;

    run_defers(a);
    /* Keep the oldest chunk of the regular size: the last such one in the
     * list. It need not be the list's tail, since an oversized block is
     * linked in behind the head. */
    for (c = a->head; c; c = c->next)
        if (c->size == a->chunk_size)
            keep = c;
    for (c = a->head; c; c = next) {
        next = c->next;
        if (c != keep)
            free(c);
    }
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    a->head = keep;
    a->allocated = 0;
}

void *arena_alloc(struct arena *a, size_t n)
{
    struct arena_chunk *c = a->head;
    size_t size;

    /* The rounding below and the chunk header must not wrap around. */
    if (n > SIZE_MAX - sizeof(*c) - ALIGN)
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0)
        n = ALIGN;
    if (!c || c->size - c->used < n) {
        size = n > a->chunk_size / 2 ? n : a->chunk_size;
        c = malloc(sizeof(*c) + size);
        if (!c)
            return NULL;
        c->size = size;
        c->used = 0;
        if (size != a->chunk_size && a->head) {
            /* An oversized block goes behind the current chunk so the
             * current chunk keeps serving small allocations. */
            c->next = a->head->next;
            a->head->next = c;
            c->used = n;
            a->allocated += n;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
    }
    c->used += n;
    a->allocated += n;
    return c->data + c->used - n;
}

void *arena_zalloc(struct arena *a, size_t n)
{
    void *p = arena_alloc(a, n);

    if (p)
        memset(p, 0, n);
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p = n < SIZE_MAX ? arena_alloc(a, n + 1) : NULL; /* n + 1 must not wrap */

    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_cstr(struct arena *a, struct str s)
{
    return arena_strndup(a, s.ptr ? s.ptr : "", s.len);
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *p;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    p = arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

int arena_defer(struct arena *a, void (*fn)(void *), void *arg)
{
    struct arena_defer *d = arena_alloc(a, sizeof(*d));

    if (!d)
        return GW_ENOMEM;
    d->fn = fn;
    d->arg = arg;
    d->next = a->defers;
    a->defers = d;
    return 0;
}

char *arena_cat(struct arena *a, const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y);
    char *p = arena_alloc(a, nx + ny + 1);

    if (!p)
        return NULL;
    memcpy(p, x, nx);
    memcpy(p + nx, y, ny + 1);
    return p;
}
