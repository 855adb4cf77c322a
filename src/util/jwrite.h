/*
 * jwrite: a jansson tree as compact JSON, byte for byte what
 * json_dumpb(j, ..., JSON_COMPACT) writes (keys in the object's order,
 * strings escaped as jansson escapes them, reals formatted by jansson
 * itself), in one pass and with string runs copied whole. Every body a
 * guardrail or a translation rewrites is written this way, and jansson's
 * writer took a character at a time.
 *
 * tests/fuzz/fuzz_jread.c holds it to json_dumpb() on every tree it reads.
 */
#ifndef GW_UTIL_JWRITE_H
#define GW_UTIL_JWRITE_H

#include <stddef.h>

#include <jansson.h>

#include "util/arena.h"
#include "util/str.h"

/* Any value at the top, not only an object or an array (JSON_ENCODE_ANY). */
#define JWRITE_ANY 1u

/* Receives the output in pieces, in order; non-zero stops the write. */
typedef int (*jwrite_put)(const char *s, size_t n, void *ctx);

/*
 * Writes `j` through `put`. 0, or -1 when json_dumpb() would fail: a value
 * other than an object or an array at the top without JWRITE_ANY, a string
 * that is not UTF-8, a real jansson cannot format, or `put` refusing.
 */
int jwrite(const json_t *j, unsigned flags, jwrite_put put, void *ctx);

/* `j` written into the arena, NUL-terminated; STR_NULL when jwrite() fails
 * or the arena is out of memory. */
struct str jwrite_arena(struct arena *a, const json_t *j, unsigned flags);

/* A jwrite_put appending to a struct buf (util/buf.h) given as ctx. */
int jwrite_buf(const char *s, size_t n, void *ctx);

#endif
