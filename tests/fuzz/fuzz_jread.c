/*
 * fuzz_jread: jread against json_loadb on the same bytes. The first byte
 * picks the flags (duplicates refused, any top-level value) and whether the
 * tree is built in an arena (as the gateway builds a request's); the rest is
 * the text. Both must accept the same inputs and build equal trees (same
 * types, so an integer is never read as a real). Each accepted tree is
 * then written by jwrite and by json_dumpb: the same bytes, with or without
 * JWRITE_ANY.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/jmem.h"
#include "util/jread.h"
#include "util/jwrite.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_jread: %s\n", what);
        abort();
    }
}

struct sink {
    char *p;
    size_t len, cap;
};

static int sink_put(const char *s, size_t n, void *ctx)
{
    struct sink *k = ctx;

    if (k->len + n > k->cap) {
        size_t cap = (k->len + n) * 2;
        char *p = realloc(k->p, cap);

        if (!p)
            return -1;
        k->p = p;
        k->cap = cap;
    }
    memcpy(k->p + k->len, s, n);
    k->len += n;
    return 0;
}

/* jwrite(j) must write what json_dumpb() writes, and fail where it fails. */
static void check_write(const json_t *j, unsigned any)
{
    size_t n = json_dumpb(j, NULL, 0, JSON_COMPACT | (any ? JSON_ENCODE_ANY : 0));
    char *want = n ? malloc(n) : NULL;
    struct sink k = {0};
    int rc;

    if (n) {
        check(want != NULL, "out of memory");
        json_dumpb(j, want, n, JSON_COMPACT | (any ? JSON_ENCODE_ANY : 0));
    }
    rc = jwrite(j, any ? JWRITE_ANY : 0, sink_put, &k);
    check((rc == 0) == (n > 0), "jwrite and json_dumpb disagree on failing");
    if (n)
        check(k.len == n && memcmp(k.p, want, n) == 0, "jwrite wrote other bytes");
    free(want);
    free(k.p);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    jmem_install();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct jread_error e;
    json_error_t je;
    unsigned flags;
    size_t jflags = 0;
    json_t *want, *got;
    const char *text;

    if (size < 1)
        return 0;
    flags = data[0] & (JREAD_REJECT_DUPLICATES | JREAD_DECODE_ANY);
    text = (const char *)data + 1;
    size--;
    if (flags & JREAD_REJECT_DUPLICATES)
        jflags |= JSON_REJECT_DUPLICATES;
    if (flags & JREAD_DECODE_ANY)
        jflags |= JSON_DECODE_ANY;
    want = json_loadb(text, size, jflags, &je);
    arena_init(&a, 1024);
    if (data[0] & 4)
        jmem_arena(&a);
    got = jread(text, size, flags, &e);
    jmem_arena(NULL);
    /* jansson skips a NUL byte that follows a number ("[1\0]" reads as
     * [1]); jread refuses NUL outside strings, as RFC 8259 does. */
    if (want && !got && memchr(text, 0, size)) {
        json_decref(want);
        want = NULL;
    }
    check(!want == !got,
          want ? "jread refused what json_loadb took" : "jread took what json_loadb refused");
    if (want) {
        check(json_equal(want, got), "the trees differ");
        check_write(got, 0);
        check_write(got, 1);
        if (json_is_object(got) && json_object_size(got) > 0) {
            json_t *v = json_object_iter_value(json_object_iter(got));

            check_write(v, 1);
            check_write(v, 0);
        }
    }
    check(got || e.position <= size, "an error position past the end");
    /* Which error a bad input gets may differ from jansson's (it reads ahead
     * differently), but invalid UTF-8 is only reported where it is. */
    if (!got && e.code == JREAD_EUTF8)
        check(e.position < size && (uint8_t)text[e.position] >= 0x80,
              "invalid UTF-8 reported on an ASCII byte");
    json_decref(want);
    json_decref(got);
    arena_dispose(&a);
    return 0;
}
