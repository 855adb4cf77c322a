/*
 * jread: the reader is held to json_loadb on every case here: the same
 * verdict and, when both accept, equal trees. Cases where the two are meant
 * to differ (NUL outside strings) say so.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/arena.h"
#include "util/jmem.h"
#include "util/jread.h"

/* Reads `text` both ways and checks they agree; returns jread's tree. */
static json_t *both(const char *text, size_t len, unsigned flags, struct jread_error *e)
{
    json_error_t je;
    size_t jf = (flags & JREAD_REJECT_DUPLICATES ? JSON_REJECT_DUPLICATES : 0) |
                (flags & JREAD_DECODE_ANY ? JSON_DECODE_ANY : 0);
    json_t *want = json_loadb(text, len, jf, &je), *got = jread(text, len, flags, e);

    if (!want != !got)
        fail_msg("jread %s what json_loadb %s: %.*s", got ? "took" : "refused",
                 want ? "took" : "refused", (int)len, text);
    if (want && !json_equal(want, got))
        fail_msg("the trees differ for %.*s", (int)len, text);
    json_decref(want);
    return got;
}

static void accept(const char *text, unsigned flags)
{
    struct jread_error e;
    json_t *j = both(text, strlen(text), flags, &e);

    if (!j)
        fail_msg("refused: %s", text);
    json_decref(j);
}

static enum jread_code refuse(const char *text, size_t len, unsigned flags)
{
    struct jread_error e;
    json_t *j = both(text, len, flags, &e);

    if (j)
        fail_msg("accepted: %.*s", (int)len, text);
    assert_true(e.position <= len);
    return e.code;
}

#define REFUSE(lit, flags) refuse(lit, sizeof(lit) - 1, flags)

static void test_jread_values(void **state)
{
    accept("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
           "\"temperature\":0.2,\"max_tokens\":32,\"stream\":true,\"n\":null,\"x\":false}",
           0);
    accept(" [ 0 , -0 , 1.5 , -2e10 , 1E+2 , 1e-400 , 0.0 ] ", 0);
    accept("[9223372036854775807,-9223372036854775808]", 0);
    accept("{\"\":{\"\":[]},\"a\\\"b\":\"\\\\\\/\\b\\f\\n\\r\\t\"}", 0);
    accept("[\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\",\"\\u00e9\\ud83d\\ude00\\u20AC\"]", 0);
    accept("\"top\"", JREAD_DECODE_ANY);
    accept("42", JREAD_DECODE_ANY);
    accept("{\"a\":1,\"a\":2}", 0); /* the last one wins, as in jansson */
}

static void test_jread_types(void **state)
{
    struct jread_error e;
    const char *t = "[1, 1.0, 1e0, -0, \"1\"]";
    json_t *j = jread(t, strlen(t), 0, &e);

    assert_non_null(j);
    assert_true(json_is_integer(json_array_get(j, 0)));
    assert_true(json_is_real(json_array_get(j, 1)));
    assert_true(json_is_real(json_array_get(j, 2)));
    assert_true(json_is_integer(json_array_get(j, 3)));
    assert_true(json_is_string(json_array_get(j, 4)));
    json_decref(j);
    /* An escaped key stays whole while its value's strings are decoded. */
    t = "{\"k\\u00e9y\":\"v\\u00e0l\"}";
    j = jread(t, strlen(t), 0, &e);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "k\xc3\xa9y")), "v\xc3\xa0l");
    json_decref(j);
}

static void test_jread_refusals(void **state)
{
    assert_int_equal(REFUSE("", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("   ", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("\"top\"", 0), JREAD_ESYNTAX); /* object or array only */
    assert_int_equal(REFUSE("{\"a\":1,}", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[1,]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[01]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[1.]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[.5]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[+1]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[1e]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[tru]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[nulls]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("{\"a\" 1}", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("{1:1}", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("{\"a\":1} x", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"a\tb\"]", 0), JREAD_ESYNTAX); /* a raw control character */
    assert_int_equal(REFUSE("[\"\\x\"]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"\\u12G4\"]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"\\u0000\"]", 0), JREAD_ESYNTAX); /* NUL inside a string */
    assert_int_equal(REFUSE("{\"\\u0000\":1}", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"\\ud800\"]", 0), JREAD_ESYNTAX); /* lone surrogates */
    assert_int_equal(REFUSE("[\"\\udc00\"]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"\\ud800\\u0041\"]", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[\"abc", 0), JREAD_ESYNTAX);
    assert_int_equal(REFUSE("[9223372036854775808]", 0), JREAD_ERANGE);
    assert_int_equal(REFUSE("[-9223372036854775809]", 0), JREAD_ERANGE);
    assert_int_equal(REFUSE("[1e400]", 0), JREAD_ERANGE);
    assert_int_equal(REFUSE("{\"a\":1,\"a\":2}", JREAD_REJECT_DUPLICATES), JREAD_EDUP);
}

static void test_jread_utf8(void **state)
{
    struct jread_error e;

    /* Overlong, surrogate, past U+10FFFF, truncated, a stray continuation. */
    assert_int_equal(REFUSE("[\"\xc0\xaf\"]", 0), JREAD_EUTF8);
    assert_int_equal(REFUSE("[\"\xed\xa0\x80\"]", 0), JREAD_EUTF8);
    assert_int_equal(REFUSE("[\"\xf4\x90\x80\x80\"]", 0), JREAD_EUTF8);
    assert_int_equal(REFUSE("[\"\xe2\x82\"]", 0), JREAD_EUTF8);
    assert_int_equal(REFUSE("[\"\x80\"]", 0), JREAD_EUTF8);
    assert_null(jread("{\"content\":\"bad \xff\xfe\"}", 18, 0, &e));
    assert_int_equal(e.code, JREAD_EUTF8);
    assert_int_equal(e.position, 16);
    /* Positions count lines and columns for the error message. */
    assert_null(jread("{\n  \"a\": [1,\n   ]}", 17, 0, &e));
    assert_int_equal(e.code, JREAD_ESYNTAX);
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 4);
}

static void test_jread_depth(void **state)
{
    char deep[2 * JREAD_MAX_DEPTH + 3];
    struct jread_error e;
    json_t *j;

    /* 2048 arrays nest; a value inside the innermost is one level too many. */
    memset(deep, '[', JREAD_MAX_DEPTH);
    memset(deep + JREAD_MAX_DEPTH, ']', JREAD_MAX_DEPTH);
    j = both(deep, 2 * JREAD_MAX_DEPTH, 0, &e);
    assert_non_null(j);
    json_decref(j);
    memmove(deep + JREAD_MAX_DEPTH + 1, deep + JREAD_MAX_DEPTH, JREAD_MAX_DEPTH);
    deep[JREAD_MAX_DEPTH] = '1';
    assert_int_equal(refuse(deep, 2 * JREAD_MAX_DEPTH + 1, 0), JREAD_EDEPTH);
}

/* jansson drops a NUL that follows a number; jread refuses it. */
static void test_jread_nul_outside_strings(void **state)
{
    struct jread_error e;

    assert_null(jread("[1\0]", 4, 0, &e));
    assert_int_equal(e.code, JREAD_ESYNTAX);
}

/* A tree built in an arena is freed with it; decref does not touch it.
 * Installs jmem for the rest of the process: keep it the last test. */
static void test_jread_in_arena(void **state)
{
    const char *t = "{\"messages\":[{\"role\":\"user\",\"content\":\"x\\u00e9\"}]}";
    struct arena a;
    struct jread_error e;
    json_t *j;
    size_t before;

    jmem_install();
    arena_init(&a, 1024);
    before = a.allocated;
    jmem_arena(&a);
    j = jread(t, strlen(t), 0, &e);
    jmem_arena(NULL);
    assert_non_null(j);
    assert_true(a.allocated > before);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(j, "messages"), 0), "content")),
                        "x\xc3\xa9");
    json_decref(j);
    arena_dispose(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jread_values),
        cmocka_unit_test(test_jread_types),
        cmocka_unit_test(test_jread_refusals),
        cmocka_unit_test(test_jread_utf8),
        cmocka_unit_test(test_jread_depth),
        cmocka_unit_test(test_jread_nul_outside_strings),
        cmocka_unit_test(test_jread_in_arena),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
