/*
 * jmem: every block handed to jansson carries a 16-byte header saying where
 * it came from, so free() knows whether to give it back to the heap.
 */
#include "jmem.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <jansson.h>

#include "arena.h"

#define JMEM_HEAP 0x6a6d656d68656170ull  /* "jmemheap" */
#define JMEM_ARENA 0x6a6d656d6172656eull /* "jmemaren" */

struct jmem_head {
    uint64_t tag;
    uint64_t pad; /* keeps the block 16-byte aligned */
};

static _Thread_local struct arena *current;
static bool installed;

static void *jmem_malloc(size_t n)
{
    struct jmem_head *h;

    if (n > SIZE_MAX - sizeof(*h))
        return NULL;
    if (current) {
        h = arena_alloc(current, sizeof(*h) + n);
        if (!h)
            return NULL;
        h->tag = JMEM_ARENA;
    } else {
        h = malloc(sizeof(*h) + n);
        if (!h)
            return NULL;
        h->tag = JMEM_HEAP;
    }
    return h + 1;
}

static void jmem_free(void *p)
{
    struct jmem_head *h;

    if (!p)
        return;
    h = (struct jmem_head *)p - 1;
    if (h->tag == JMEM_HEAP) {
        h->tag = 0; /* a second free of the same block is caught below */
        free(h);
        return;
    }
    if (h->tag != JMEM_ARENA)
        abort(); /* not ours, or freed twice: better a crash than corruption */
}

void jmem_install(void)
{
    json_set_alloc_funcs(jmem_malloc, jmem_free);
    installed = true;
}

void jmem_free_dump(char *s)
{
    if (installed)
        jmem_free(s);
    else
        free(s);
}

struct arena *jmem_arena(struct arena *a)
{
    struct arena *prev = current;

    current = a;
    return prev;
}
