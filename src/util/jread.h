/*
 * jread: JSON text to a jansson tree, accepting and building exactly what
 * json_loadb() does (RFC 8259, valid UTF-8, no NUL in strings, integers that
 * fit a long long, reals that do not overflow, nesting up to 2048), without
 * its character-at-a-time lexer: runs of plain string bytes are copied whole
 * and validated in one pass. A client's request is parsed on every call, and
 * jansson's lexer was the larger part of that cost.
 *
 * tests/fuzz/fuzz_jread.c holds it to json_loadb(): the same inputs accepted,
 * the same trees built.
 */
#ifndef GW_UTIL_JREAD_H
#define GW_UTIL_JREAD_H

#include <stddef.h>

#include <jansson.h>

/* An object key that appears twice is an error (JSON_REJECT_DUPLICATES). */
#define JREAD_REJECT_DUPLICATES 1u
/* Any value at the top, not only an object or an array (JSON_DECODE_ANY). */
#define JREAD_DECODE_ANY 2u

enum jread_code {
    JREAD_OK,
    JREAD_ESYNTAX,  /* not JSON */
    JREAD_EUTF8,    /* a byte sequence that is not UTF-8 */
    JREAD_EDUP,     /* a duplicate key, with JREAD_REJECT_DUPLICATES */
    JREAD_EDEPTH,   /* nested deeper than JREAD_MAX_DEPTH */
    JREAD_ERANGE,   /* an integer or a real out of range */
    JREAD_ENOMEM,
};

#define JREAD_MAX_DEPTH 2048

struct jread_error {
    enum jread_code code;
    size_t position; /* byte offset of the problem */
    int line;        /* 1-based */
    int column;      /* 1-based, in bytes */
};

/* Returns a new reference, or NULL with *err filled (err may be NULL). */
json_t *jread(const char *text, size_t len, unsigned flags, struct jread_error *err);

#endif
