/*
 * The context window's two builders (src/guard/guard.c): context_window()
 * writes the window right to left in one pass, context_window_slow() is
 * the reference that also handles windows near the buffer's size. On
 * random texts of words, camelCase keys, digits, punctuation and non-ASCII
 * letters, at random starts, both must give the same window string and
 * the same tokens (offsets, lengths, hashes, hash mask).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard/guard.c"

static unsigned next(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

static void test_fast_window_is_reference(void **state)
{
    static const char *const pieces[] = {
        "license", "Number", "nhs", "Tax",      "files",  "ID", "x",  "Whats",
        "App",     "the",    "of",  "\xc3\xa9", "driver", "Ab", "zZ", "9",
        "_",       " ",      "  ",  ":",        "\"",     "{",  "a",  "B",
    };
    struct guard_engine *e = NULL;
    struct guard_scratch *s = NULL;
    const char *err = NULL;
    char text[1024];
    unsigned seed = 7;
    int camel = 0;

    (void)state;
    assert_int_equal(guard_engine_new(NULL, &e, &err), 0);
    assert_int_equal(guard_scratch_new(e, &s), 0);
    for (int it = 0; it < 50000; it++) {
        size_t n = 0, want = next(&seed) % 400, start;
        struct guard__ctxwin a, b;

        while (n < want) {
            const char *p = pieces[next(&seed) % (sizeof(pieces) / sizeof(pieces[0]))];
            size_t l = strlen(p);

            if (n + l >= sizeof(text))
                break;
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = '\0';
        s->text = text;
        s->len = n;
        start = n ? next(&seed) % (n + 1) : 0;
        while (start > 0 && start < n && ((unsigned char)text[start] & 0xc0) == 0x80)
            start--;
        for (size_t q = 1; q < start && !camel; q++)
            camel = camel_seam(text, q);
        context_window(s, start);
        a = s->cw;
        context_window_slow(s, start);
        b = s->cw;
        if (a.n != b.n || strcmp(a.win + a.base, b.win + b.base) != 0 ||
            memcmp(a.mask, b.mask, sizeof(a.mask)) != 0)
            fail_msg("window before %zu of \"%s\": \"%s\" (%d) against \"%s\" (%d)", start, text,
                     a.win + a.base, a.n, b.win + b.base, b.n);
        for (int k = 0; k < a.n; k++) {
            int m = a.n - 1 - k; /* context_window() lists tokens right to left */
            if (a.tlen[k] != b.tlen[m] || a.hash[k] != b.hash[m] ||
                a.off[k] - a.base != b.off[m] - b.base || a.slen[k] != b.slen[m] ||
                a.shash[k] != b.shash[m])
                fail_msg("token %d before %zu of \"%s\"", k, start, text);
        }
    }
    assert_true(camel); /* the texts do hold camelCase words */
    guard_scratch_free(s);
    guard_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_window_is_reference),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
