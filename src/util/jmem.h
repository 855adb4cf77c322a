/*
 * jmem: where jansson's memory comes from. By default the heap; while a
 * thread has named an arena (jmem_arena), from that arena, with frees of
 * arena blocks ignored (the arena gives them all back at once). Parsing a
 * request into a tree was a dozen malloc/free pairs per request; from the
 * request's arena it is a dozen pointer bumps.
 *
 * Only a tree that dies with the arena may be built this way: the caller
 * names the arena around the parse and nothing else.
 */
#ifndef GW_UTIL_JMEM_H
#define GW_UTIL_JMEM_H

struct arena;

/* Installs the allocator; call once, before any json_t exists. */
void jmem_install(void);
/* Frees what json_dumps() returned (jansson allocated it through us). */
void jmem_free_dump(char *s);
/* Names the arena for this thread's next jansson allocations (NULL: the
 * heap again). Returns the previous one. */
struct arena *jmem_arena(struct arena *a);

#endif
