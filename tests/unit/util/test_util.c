/*
 * Unit tests of src/util: the arena (alignment, large blocks, deferred
 * releases and their order, reset keeping its first chunk), the buffer with
 * a ceiling (a refused append leaves the bytes as they were, JSON string
 * escaping, consume), the string views and the error table. Each test
 * disposes what it made; ASan's leak checker watches the rest.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

/* ---- arena ------------------------------------------------------------ */

static void test_arena_alignment(void **state)
{
    static const size_t sizes[] = {1, 3, 7, 8, 15, 16, 17, 31, 33, 100, 1000, 2049, 5000, 0};
    struct arena a;

    arena_init(&a, 4096);
    for (int round = 0; round < 20; round++) {
        for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
            unsigned char *p = arena_alloc(&a, sizes[i]);

            assert_non_null(p);
            assert_int_equal((uintptr_t)p % 16, 0);
            /* The whole block is ours: ASan flags a write past the chunk. */
            memset(p, 0xab, sizes[i]);
        }
    }
    assert_true(a.allocated > 0);
    arena_dispose(&a);
    assert_null(a.head);
    assert_int_equal(a.allocated, 0);
}

static void test_arena_blocks_distinct(void **state)
{
    struct arena a;
    unsigned char *p[200];

    /* Many small blocks across several chunks never overlap. */
    arena_init(&a, 256);
    for (int i = 0; i < 200; i++) {
        p[i] = arena_alloc(&a, 24);
        assert_non_null(p[i]);
        memset(p[i], i, 24);
    }
    for (int i = 0; i < 200; i++)
        for (int j = 0; j < 24; j++)
            assert_int_equal(p[i][j], (unsigned char)i);
    arena_dispose(&a);
}

static void test_arena_large(void **state)
{
    struct arena a;
    unsigned char *small1, *big, *small2, *huge;

    arena_init(&a, 1024);
    small1 = arena_alloc(&a, 32);
    assert_non_null(small1);
    big = arena_alloc(&a, 100000);
    assert_non_null(big);
    assert_int_equal((uintptr_t)big % 16, 0);
    memset(big, 0x5a, 100000);
    /* The oversized block did not retire the current chunk: the next small
     * block comes right after the first one. */
    small2 = arena_alloc(&a, 32);
    assert_ptr_equal(small2, small1 + 32);
    huge = arena_zalloc(&a, 3 * 1024 * 1024);
    assert_non_null(huge);
    assert_int_equal(huge[0], 0);
    assert_int_equal(huge[3 * 1024 * 1024 - 1], 0);
    assert_int_equal(big[99999], 0x5a);
    assert_true(a.allocated >= 32 + 100000 + 32 + 3 * 1024 * 1024);
    arena_dispose(&a);
}

static void test_arena_size_overflow(void **state)
{
    struct arena a;

    /* A size near SIZE_MAX must fail, not wrap to a tiny block. */
    arena_init(&a, 1024);
    assert_null(arena_alloc(&a, SIZE_MAX));
    assert_null(arena_alloc(&a, SIZE_MAX - 8));
    assert_null(arena_strndup(&a, "x", SIZE_MAX));
    assert_int_equal(a.allocated, 0);
    arena_dispose(&a);
}

static int order_log[16];
static int order_n;

static void log_defer(void *arg)
{
    order_log[order_n++] = (int)(intptr_t)arg;
}

static void test_arena_defer_order_dispose(void **state)
{
    struct arena a;

    order_n = 0;
    arena_init(&a, 512);
    for (intptr_t i = 1; i <= 5; i++) {
        assert_int_equal(arena_defer(&a, log_defer, (void *)i), 0);
        assert_non_null(arena_alloc(&a, 200)); /* spread over chunks */
    }
    assert_int_equal(order_n, 0);
    arena_dispose(&a);
    assert_int_equal(order_n, 5);
    for (int i = 0; i < 5; i++)
        assert_int_equal(order_log[i], 5 - i);
    /* Disposed twice: nothing runs again. */
    arena_dispose(&a);
    assert_int_equal(order_n, 5);
}

static void test_arena_defer_order_reset(void **state)
{
    struct arena a;

    order_n = 0;
    arena_init(&a, 512);
    arena_defer(&a, log_defer, (void *)1);
    arena_defer(&a, log_defer, (void *)2);
    arena_defer(&a, log_defer, (void *)3);
    arena_reset(&a);
    assert_int_equal(order_n, 3);
    assert_int_equal(order_log[0], 3);
    assert_int_equal(order_log[1], 2);
    assert_int_equal(order_log[2], 1);
    /* Defers registered after a reset run at the next end, once. */
    arena_defer(&a, log_defer, (void *)4);
    arena_reset(&a);
    assert_int_equal(order_n, 4);
    assert_int_equal(order_log[3], 4);
    arena_dispose(&a);
    assert_int_equal(order_n, 4);
}

static struct arena *nested_arena;

static void nested_defer(void *arg)
{
    log_defer(arg);
    /* Registering from inside a deferred function still gets it run. */
    arena_defer(nested_arena, log_defer, (void *)99);
}

static void test_arena_defer_nested(void **state)
{
    struct arena a;

    order_n = 0;
    arena_init(&a, 512);
    nested_arena = &a;
    arena_defer(&a, nested_defer, (void *)7);
    arena_dispose(&a);
    assert_int_equal(order_n, 2);
    assert_int_equal(order_log[0], 7);
    assert_int_equal(order_log[1], 99);
}

static void free_defer(void *p)
{
    free(p);
}

static void test_arena_reset_keeps_chunk(void **state)
{
    struct arena a;
    void *first, *again, *big;

    arena_init(&a, 2048);
    first = arena_alloc(&a, 64);
    assert_non_null(first);
    /* Fill past the first chunk, add an oversized block and a heap block. */
    for (int i = 0; i < 100; i++)
        assert_non_null(arena_alloc(&a, 100));
    big = arena_alloc(&a, 50000);
    assert_non_null(big);
    assert_int_equal(arena_defer(&a, free_defer, malloc(100)), 0);
    arena_reset(&a);
    assert_int_equal(a.allocated, 0);
    assert_non_null(a.head);
    /* The kept chunk is the first one, empty again. */
    again = arena_alloc(&a, 64);
    assert_ptr_equal(again, first);
    memset(again, 1, 64);
    /* And the arena goes on working across resets. */
    for (int round = 0; round < 5; round++) {
        char want[32], *s = arena_printf(&a, "round %d", round);

        snprintf(want, sizeof(want), "round %d", round);
        assert_string_equal(s, want);
        /* An oversized block sits behind the first chunk in the list. */
        assert_non_null(arena_alloc(&a, 10000));
        arena_reset(&a);
        /* Checked before allocating: malloc could hand a freed chunk back
         * at the same address. */
        assert_non_null(a.head);
        assert_ptr_equal(arena_alloc(&a, 16), first);
    }
    arena_dispose(&a);
    assert_null(a.head);
}

static void test_arena_strings(void **state)
{
    struct arena a;
    char *s, *big;
    char long_text[6000];

    arena_init(&a, 1024);
    s = arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    s = arena_strndup(&a, "", 0);
    assert_non_null(s);
    assert_string_equal(s, "");
    /* strndup copies embedded NULs as bytes and still terminates. */
    s = arena_strndup(&a, "a\0b", 3);
    assert_memory_equal(s, "a\0b\0", 4);
    assert_null(arena_strdup(&a, NULL));
    assert_string_equal(arena_strdup(&a, "dup"), "dup");
    assert_string_equal(arena_cstr(&a, str_of("view-not-terminated", 4)), "view");
    assert_string_equal(arena_cstr(&a, STR_NULL), "");
    s = arena_printf(&a, "%s-%d-%05.1f-%c", "x", -42, 3.14159, 'z');
    assert_string_equal(s, "x--42-003.1-z");
    s = arena_printf(&a, "%s", "");
    assert_string_equal(s, "");
    /* Output larger than a chunk. */
    memset(long_text, 'q', sizeof(long_text) - 1);
    long_text[sizeof(long_text) - 1] = '\0';
    big = arena_printf(&a, "<%s>", long_text);
    assert_int_equal(strlen(big), sizeof(long_text) + 1);
    assert_int_equal(big[0], '<');
    assert_int_equal(big[sizeof(long_text)], '>');
    arena_dispose(&a);
}

/* ---- buf -------------------------------------------------------------- */

static void test_buf_basic(void **state)
{
    struct buf b;
    char *p;

    buf_init(&b, 1 << 20);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
    assert_int_equal(buf_append(&b, "abc", 0), 0); /* nothing appended, nothing allocated */
    assert_null(b.ptr);
    assert_int_equal(buf_append_c(&b, "hello"), 0);
    assert_int_equal(buf_append_str(&b, STR_LIT(", ")), 0);
    assert_int_equal(buf_append(&b, "world!!!", 5), 0);
    assert_int_equal(b.len, 12);
    assert_string_equal(b.ptr, "hello, world");
    assert_true(str_eq_c(buf_str(&b), "hello, world"));
    /* Growth keeps the bytes. */
    for (int i = 0; i < 1000; i++)
        assert_int_equal(buf_append_c(&b, "0123456789"), 0);
    assert_int_equal(b.len, 12 + 10000);
    assert_memory_equal(b.ptr, "hello, world0123456789", 22);
    assert_memory_equal(b.ptr + b.len - 10, "0123456789", 10);
    assert_int_equal(b.ptr[b.len], '\0');
    assert_true(b.cap > b.len);
    /* reset keeps the allocation. */
    p = b.ptr;
    buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_ptr_equal(b.ptr, p);
    assert_string_equal(b.ptr, "");
    assert_int_equal(buf_append_c(&b, "again"), 0);
    assert_ptr_equal(b.ptr, p);
    assert_string_equal(b.ptr, "again");
    buf_dispose(&b);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.max, 1 << 20); /* still usable after dispose */
    assert_int_equal(buf_append_c(&b, "x"), 0);
    buf_dispose(&b);
}

static void test_buf_ceiling(void **state)
{
    struct buf b;

    buf_init(&b, 10);
    assert_int_equal(buf_append_c(&b, "0123456"), 0);
    /* One byte past the ceiling is refused and nothing changes. */
    assert_int_equal(buf_append_c(&b, "7890"), GW_ETOOBIG);
    assert_int_equal(b.len, 7);
    assert_string_equal(b.ptr, "0123456");
    /* Exactly up to the ceiling is fine. */
    assert_int_equal(buf_append_c(&b, "789"), 0);
    assert_int_equal(b.len, 10);
    assert_string_equal(b.ptr, "0123456789");
    assert_int_equal(buf_append_c(&b, "x"), GW_ETOOBIG);
    assert_int_equal(buf_append_str(&b, STR_LIT("x")), GW_ETOOBIG);
    assert_int_equal(buf_printf(&b, "%d", 1), GW_ETOOBIG);
    assert_int_equal(buf_append(&b, "", 0), 0); /* empty appends always fit */
    assert_string_equal(b.ptr, "0123456789");
    /* A size that would wrap around is refused too. */
    assert_int_equal(buf_append(&b, "x", SIZE_MAX), GW_ETOOBIG);
    assert_int_equal(buf_append(&b, "x", SIZE_MAX - 5), GW_ETOOBIG);
    assert_int_equal(b.len, 10);
    /* Room made by consume can be used again. */
    buf_consume(&b, 4);
    assert_string_equal(b.ptr, "456789");
    assert_int_equal(buf_append_c(&b, "abcd"), 0);
    assert_string_equal(b.ptr, "456789abcd");
    buf_dispose(&b);

    /* A zero ceiling refuses everything but nothing. */
    buf_init(&b, 0);
    assert_int_equal(buf_append_c(&b, "a"), GW_ETOOBIG);
    assert_int_equal(b.len, 0);
    buf_dispose(&b);
}

static void test_buf_printf(void **state)
{
    struct buf b;
    char big[3000];

    buf_init(&b, 100000);
    assert_int_equal(buf_printf(&b, "%s=%d;", "a", 1), 0);
    assert_int_equal(buf_printf(&b, "%.*s|%zu|%x", 3, "abcdef", (size_t)12345, 255u), 0);
    assert_string_equal(b.ptr, "a=1;abc|12345|ff");
    assert_int_equal(b.len, strlen("a=1;abc|12345|ff"));
    /* An empty format still leaves a NUL-terminated buffer. */
    assert_int_equal(buf_printf(&b, "%s", ""), 0);
    assert_int_equal(b.len, 16);
    /* Output longer than the current allocation. */
    memset(big, 'z', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(buf_printf(&b, "[%s]", big), 0);
    assert_int_equal(b.len, 16 + 2 + sizeof(big) - 1);
    assert_int_equal(b.ptr[16], '[');
    assert_int_equal(b.ptr[b.len - 1], ']');
    assert_int_equal(b.ptr[b.len], '\0');
    buf_dispose(&b);

    /* printf into an empty buffer with an empty result. */
    buf_init(&b, 10);
    assert_int_equal(buf_printf(&b, "%s", ""), 0);
    assert_int_equal(b.len, 0);
    assert_int_equal(buf_printf(&b, "%s", "0123456789x"), GW_ETOOBIG);
    assert_int_equal(b.len, 0);
    buf_dispose(&b);
}

/* buf_append_json_str of `in` must give exactly `want`. */
static void json_case(struct str in, const char *want)
{
    struct buf b;

    buf_init(&b, 4096);
    assert_int_equal(buf_append_c(&b, "<"), 0);
    assert_int_equal(buf_append_json_str(&b, in), 0);
    assert_int_equal(buf_append_c(&b, ">"), 0);
    assert_int_equal(b.len, strlen(want));
    assert_string_equal(b.ptr, want);
    buf_dispose(&b);
}

static void test_buf_json_escape(void **state)
{
    json_case(STR_LIT(""), "<>");
    json_case(STR_LIT("plain text"), "<plain text>");
    json_case(STR_LIT("say \"hi\""), "<say \\\"hi\\\">");
    json_case(STR_LIT("C:\\dir\\"), "<C:\\\\dir\\\\>");
    json_case(STR_LIT("a\nb\rc\td"), "<a\\nb\\rc\\td>");
    json_case(STR_LIT("\x01\x1f\b\f"), "<\\u0001\\u001f\\u0008\\u000c>");
    json_case(str_of("a\0b", 3), "<a\\u0000b>");
    /* 0x7f and '/' need no escape in JSON. */
    json_case(STR_LIT("\x7f/"), "<\x7f/>");
    /* UTF-8 goes through byte for byte. */
    json_case(STR_LIT("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"),
              "<caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80>");
    /* Escapes at both ends and next to each other. */
    json_case(STR_LIT("\"\\\n"), "<\\\"\\\\\\n>");
}

static void test_buf_json_escape_ceiling(void **state)
{
    struct buf b;

    /* "ab\"cd" escapes to 6 bytes; with 5 bytes of room it must be refused
     * whole, not half-written. */
    buf_init(&b, 8);
    assert_int_equal(buf_append_c(&b, "xyz"), 0);
    assert_int_equal(buf_append_json_str(&b, STR_LIT("ab\"cd")), GW_ETOOBIG);
    assert_int_equal(b.len, 3);
    assert_string_equal(b.ptr, "xyz");
    assert_int_equal(buf_append_json_str(&b, STR_LIT("a\nb")), 0);
    assert_string_equal(b.ptr, "xyza\\nb");
    buf_dispose(&b);
}

static void test_buf_consume(void **state)
{
    struct buf b;

    buf_init(&b, 100);
    buf_consume(&b, 5); /* on an empty buffer: nothing */
    assert_int_equal(b.len, 0);
    assert_int_equal(buf_append_c(&b, "GET / HTTP/1.1\r\n"), 0);
    buf_consume(&b, 0);
    assert_string_equal(b.ptr, "GET / HTTP/1.1\r\n");
    buf_consume(&b, 4);
    assert_int_equal(b.len, 12);
    assert_string_equal(b.ptr, "/ HTTP/1.1\r\n");
    buf_consume(&b, 11);
    assert_int_equal(b.len, 1);
    assert_string_equal(b.ptr, "\n");
    buf_consume(&b, 1);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.ptr, "");
    assert_int_equal(buf_append_c(&b, "abc"), 0);
    buf_consume(&b, 1000);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.ptr, "");
    buf_dispose(&b);
}

/* ---- str -------------------------------------------------------------- */

static void test_str_case_eq(void **state)
{
    assert_true(str_case_eq(STR_LIT("Content-Length"), STR_LIT("content-length")));
    assert_true(str_case_eq(STR_LIT("X-API-KEY"), STR_LIT("x-api-key")));
    assert_true(str_case_eq(STR_LIT(""), STR_NULL));
    assert_false(str_case_eq(STR_LIT("content-length"), STR_LIT("content-lengt")));
    assert_false(str_case_eq(STR_LIT("abc"), STR_LIT("abd")));
    /* Only ASCII letters fold: '@' vs '`' and '[' vs '{' differ by 0x20 but
     * are different characters. */
    assert_false(str_case_eq(STR_LIT("@"), STR_LIT("`")));
    assert_false(str_case_eq(STR_LIT("["), STR_LIT("{")));
    assert_false(str_case_eq(STR_LIT("\xc3\xa9"), STR_LIT("\xc3\x89")));
    /* A view is not assumed NUL-terminated. */
    assert_true(str_case_eq(str_of("HOSTNAME", 4), STR_LIT("host")));
    assert_true(str_eq(str_of("abcdef", 3), STR_LIT("abc")));
    assert_false(str_eq(STR_LIT("abc"), STR_LIT("ABC")));
    assert_true(str_eq_c(STR_NULL, ""));
}

static void test_str_trim(void **state)
{
    struct str t;

    t = str_trim(STR_LIT("  \t value \t "));
    assert_true(str_eq_c(t, "value"));
    t = str_trim(STR_LIT("a b"));
    assert_true(str_eq_c(t, "a b"));
    t = str_trim(STR_LIT(" \t \t"));
    assert_int_equal(t.len, 0);
    t = str_trim(STR_NULL);
    assert_int_equal(t.len, 0);
    /* Only spaces and tabs: line ends are content. */
    t = str_trim(STR_LIT("\r\nx\r\n"));
    assert_int_equal(t.len, 5);
    /* The result points into the input. */
    {
        const char *s = "  abc  ";

        t = str_trim(str_from(s));
        assert_ptr_equal(t.ptr, s + 2);
        assert_int_equal(t.len, 3);
    }
}

static void test_str_starts_with(void **state)
{
    assert_true(str_starts_with(STR_LIT("/v1/chat/completions"), STR_LIT("/v1/")));
    assert_true(str_starts_with(STR_LIT("abc"), STR_LIT("abc")));
    assert_true(str_starts_with(STR_LIT("abc"), STR_LIT("")));
    assert_false(str_starts_with(STR_LIT("ab"), STR_LIT("abc")));
    assert_false(str_starts_with(STR_LIT("/V1/x"), STR_LIT("/v1/")));
    assert_false(str_starts_with(STR_NULL, STR_LIT("a")));
    assert_int_equal(str_from(NULL).len, 0);
}

/* ---- err -------------------------------------------------------------- */

/* Every stop byte is found at every offset, across the 16-byte steps, and
 * high bytes stop the run only when asked. */
static void test_str_json_run(void **state)
{
    const char stops[] = {'"', '\\', '\0', '\n', 0x1f};
    char buf[40];

    for (size_t at = 0; at < sizeof(buf); at++) {
        for (size_t k = 0; k < sizeof(stops); k++) {
            memset(buf, 'a', sizeof(buf));
            buf[at] = stops[k];
            assert_ptr_equal(str_json_run(buf, buf + sizeof(buf), false), buf + at);
            assert_ptr_equal(str_json_run(buf, buf + at, false), buf + at);
        }
        memset(buf, 'a', sizeof(buf));
        buf[at] = (char)0xc3;
        assert_ptr_equal(str_json_run(buf, buf + sizeof(buf), false), buf + sizeof(buf));
        assert_ptr_equal(str_json_run(buf, buf + sizeof(buf), true), buf + at);
    }
    memset(buf, ' ', sizeof(buf));
    assert_ptr_equal(str_json_run(buf, buf + sizeof(buf), true), buf + sizeof(buf));
}

static void test_err_codes(void **state)
{
    /* Written out by hand, not from the X-macro, so a slip in a #define
     * shows here. */
    static const int codes[] = {
        GW_EAGAIN,    GW_EDECLINED,  GW_ENOMEM,         GW_EINVAL,    GW_EIO,
        GW_ETOOBIG,   GW_EJSON,      GW_EUTF8,          GW_EAUTH,     GW_EFORBIDDEN,
        GW_ENOTFOUND, GW_EMODEL,     GW_ETIMEOUT,       GW_EUPSTREAM, GW_EUPTIMEOUT,
        GW_EUNAVAIL,  GW_ERATELIMIT, GW_EHEADERS,       GW_EMETHOD,   GW_ECONFIG,
        GW_ECLOSED,   GW_EPARAM,     GW_EUNPROCESSABLE,
    };
    static const char *const names[] = {
        "GW_EAGAIN",    "GW_EDECLINED",  "GW_ENOMEM",         "GW_EINVAL",    "GW_EIO",
        "GW_ETOOBIG",   "GW_EJSON",      "GW_EUTF8",          "GW_EAUTH",     "GW_EFORBIDDEN",
        "GW_ENOTFOUND", "GW_EMODEL",     "GW_ETIMEOUT",       "GW_EUPSTREAM", "GW_EUPTIMEOUT",
        "GW_EUNAVAIL",  "GW_ERATELIMIT", "GW_EHEADERS",       "GW_EMETHOD",   "GW_ECONFIG",
        "GW_ECLOSED",   "GW_EPARAM",     "GW_EUNPROCESSABLE",
    };
    size_t n = sizeof(codes) / sizeof(codes[0]);

    assert_int_equal(n, sizeof(names) / sizeof(names[0]));
    assert_int_equal(GW_OK, 0);
    /* Numbers are part of the interface: the first ones must not move. */
    assert_int_equal(GW_EAGAIN, -1);
    assert_int_equal(GW_EDECLINED, -2);
    for (size_t i = 0; i < n; i++) {
        assert_true(codes[i] < 0);
        for (size_t j = i + 1; j < n; j++)
            assert_int_not_equal(codes[i], codes[j]);
        assert_string_equal(gw_err_name(codes[i]), names[i]);
        assert_true(strlen(gw_strerror(codes[i])) > 0);
        assert_true(strlen(gw_err_type(codes[i])) > 0);
        assert_true(gw_err_status(codes[i]) >= 400 && gw_err_status(codes[i]) < 600);
    }
}

static void test_err_mapping(void **state)
{
    assert_int_equal(gw_err_status(0), 200);
    assert_string_equal(gw_err_name(0), "OK");
    assert_int_equal(gw_err_status(GW_EINVAL), 400);
    assert_int_equal(gw_err_status(GW_EJSON), 400);
    assert_int_equal(gw_err_status(GW_EAUTH), 401);
    assert_int_equal(gw_err_status(GW_EFORBIDDEN), 403);
    assert_int_equal(gw_err_status(GW_ENOTFOUND), 404);
    assert_int_equal(gw_err_status(GW_EMETHOD), 405);
    assert_int_equal(gw_err_status(GW_ETIMEOUT), 408);
    assert_int_equal(gw_err_status(GW_ETOOBIG), 413);
    assert_int_equal(gw_err_status(GW_EUNPROCESSABLE), 422);
    assert_int_equal(gw_err_status(GW_ERATELIMIT), 429);
    assert_int_equal(gw_err_status(GW_EHEADERS), 431);
    assert_int_equal(gw_err_status(GW_ENOMEM), 500);
    assert_int_equal(gw_err_status(GW_EUPSTREAM), 502);
    assert_int_equal(gw_err_status(GW_EUNAVAIL), 503);
    assert_string_equal(gw_err_type(GW_EAUTH), "authentication_error");
    assert_string_equal(gw_err_type(GW_ERATELIMIT), "rate_limit_error");
    assert_string_equal(gw_err_type(GW_EINVAL), "invalid_request_error");
    assert_string_equal(gw_err_type(GW_EUPSTREAM), "api_error");
    assert_string_equal(gw_err_type(GW_EFORBIDDEN), "permission_denied");
    assert_string_equal(gw_strerror(GW_ETOOBIG), "request body too large");
    assert_string_equal(gw_strerror(GW_EMODEL), "model not found");
    /* Codes outside the table get a generic 500 row, whatever the sign. */
    assert_int_equal(gw_err_status(GW_EUNPROCESSABLE - 1), 500);
    assert_string_equal(gw_err_name(GW_EUNPROCESSABLE - 1), "GW_EUNKNOWN");
    assert_int_equal(gw_err_status(-100000), 500);
    assert_int_equal(gw_err_status(7), 500);
    assert_string_equal(gw_err_type(7), "internal_error");
    assert_string_equal(gw_strerror(-100000), "internal error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_alignment),
        cmocka_unit_test(test_arena_blocks_distinct),
        cmocka_unit_test(test_arena_large),
        cmocka_unit_test(test_arena_size_overflow),
        cmocka_unit_test(test_arena_defer_order_dispose),
        cmocka_unit_test(test_arena_defer_order_reset),
        cmocka_unit_test(test_arena_defer_nested),
        cmocka_unit_test(test_arena_reset_keeps_chunk),
        cmocka_unit_test(test_arena_strings),
        cmocka_unit_test(test_buf_basic),
        cmocka_unit_test(test_buf_ceiling),
        cmocka_unit_test(test_buf_printf),
        cmocka_unit_test(test_buf_json_escape),
        cmocka_unit_test(test_buf_json_escape_ceiling),
        cmocka_unit_test(test_buf_consume),
        cmocka_unit_test(test_str_case_eq),
        cmocka_unit_test(test_str_trim),
        cmocka_unit_test(test_str_starts_with),
        cmocka_unit_test(test_str_json_run),
        cmocka_unit_test(test_err_codes),
        cmocka_unit_test(test_err_mapping),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
