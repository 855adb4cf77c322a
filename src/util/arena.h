/*
 * arena: a bump allocator. One per request, per connection, per config
 * generation. Everything allocated from it dies with it, at arena_dispose().
 * What is not arena memory (a json_t, a curl handle) is tied to the arena's
 * life with arena_defer(); deferred functions run in reverse order.
 */
#ifndef GW_UTIL_ARENA_H
#define GW_UTIL_ARENA_H

#include <stddef.h>

#include "str.h"

struct arena_chunk;
struct arena_defer;

struct arena {
    struct arena_chunk *head;
    struct arena_defer *defers;
    size_t chunk_size;
    size_t allocated; /* bytes handed out, for tests and metrics */
};

void arena_init(struct arena *a, size_t chunk_size);
/* Runs the deferred functions, frees every chunk; the arena can be reused. */
void arena_dispose(struct arena *a);
/* Like arena_dispose() but keeps the first chunk for the next user. */
void arena_reset(struct arena *a);
/* Returns NULL only when the system is out of memory. 16-byte aligned. */
void *arena_alloc(struct arena *a, size_t n);
void *arena_zalloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* A NUL-terminated copy of a view. */
char *arena_cstr(struct arena *a, struct str s);
/* x followed by y, without printf. */
char *arena_cat(struct arena *a, const char *x, const char *y);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int arena_defer(struct arena *a, void (*fn)(void *), void *arg);

#endif
