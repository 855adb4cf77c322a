/*
 * jwrite: the bytes json_dumpb(JSON_COMPACT) writes, and its failures.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/jwrite.h"

/* What json_dumpb writes, as a heap string ("" when it fails). */
static char *dumped(const json_t *j, size_t flags)
{
    size_t n = json_dumpb(j, NULL, 0, JSON_COMPACT | flags);
    char *p = calloc(1, n + 1);

    assert_non_null(p);
    json_dumpb(j, p, n, JSON_COMPACT | flags);
    return p;
}

static void same(json_t *j)
{
    char *want = dumped(j, 0);
    struct buf b;

    buf_init(&b, 1u << 24);
    assert_int_equal(jwrite(j, 0, jwrite_buf, &b), 0);
    assert_int_equal(b.len, strlen(want));
    assert_memory_equal(b.ptr, want, b.len);
    buf_dispose(&b);
    free(want);
    json_decref(j);
}

static void test_same_bytes(void **state)
{
    (void)state;
    same(json_pack("{s:s,s:i,s:f,s:b,s:n,s:[],s:{}}", "text", "caf\xc3\xa9 \"q\" \\ /", "n",
                   -42, "t", 0.2, "ok", 1, "none", "a", "o"));
    /* Every control character, DEL, U+2028 and a 4-byte character. */
    {
        char s[40];

        for (int i = 0; i < 32; i++)
            s[i] = (char)(i + 1 < 32 ? i + 1 : '\x7f');
        memcpy(s + 31, "\xe2\x80\xa8\xf0\x9f\x98\x80", 8);
        s[39] = 0;
        same(json_pack("[s,s#]", s, "a\0b", (size_t)3));
    }
    same(json_pack("[I,I,f,f,f]", (json_int_t)LLONG_MIN, (json_int_t)LLONG_MAX, 1e20, -0.0,
                   1.5e-300));
    /* Keys in the object's order, nesting, a string longer than the
     * writer's buffer. */
    {
        json_t *o = json_object(), *a = json_array();
        char *big = malloc(10001);

        memset(big, 'x', 10000);
        big[10000] = 0;
        big[5000] = '\n';
        json_object_set_new(o, "z", json_integer(1));
        json_object_set_new(o, "a", a);
        json_array_append_new(a, json_string(big));
        json_array_append_new(a, json_pack("{s:[[[]]]}", "deep"));
        json_object_set_new(o, "m", json_integer(2));
        same(o);
        free(big);
    }
}

static int refuse(const char *s, size_t n, void *ctx)
{
    (void)s;
    (void)n;
    (void)ctx;
    return 1;
}

static void test_failures(void **state)
{
    struct buf b;
    json_t *s = json_string("top"), *bad = json_array();
    struct arena a;

    (void)state;
    buf_init(&b, 1u << 20);
    /* A scalar at the top: only with JWRITE_ANY, as JSON_ENCODE_ANY. */
    assert_int_equal(jwrite(s, 0, jwrite_buf, &b), -1);
    assert_int_equal(jwrite(s, JWRITE_ANY, jwrite_buf, &b), 0);
    assert_memory_equal(b.ptr, "\"top\"", 5);
    /* A string that is not UTF-8 (made without jansson's check). */
    json_array_append_new(bad, json_stringn_nocheck("\xff", 1));
    assert_int_equal(json_dumpb(bad, NULL, 0, JSON_COMPACT), 0);
    assert_int_equal(jwrite(bad, 0, jwrite_buf, &b), -1);
    /* The sink refusing stops the write. */
    assert_int_equal(jwrite(s, JWRITE_ANY, refuse, NULL), -1);
    arena_init(&a, 256);
    assert_null(jwrite_arena(&a, bad, 0).ptr);
    assert_string_equal(jwrite_arena(&a, s, JWRITE_ANY).ptr, "\"top\"");
    arena_dispose(&a);
    buf_dispose(&b);
    json_decref(s);
    json_decref(bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_bytes),
        cmocka_unit_test(test_failures),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
