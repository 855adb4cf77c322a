/* str: helpers over borrowed byte views; see str.h. */
#include "str.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static inline unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

bool str_case_eq(struct str a, struct str b)
{
    if (a.len != b.len)
        return false;
    for (size_t i = 0; i < a.len; i++)
        if (lower((unsigned char)a.ptr[i]) != lower((unsigned char)b.ptr[i]))
            return false;
    return true;
}

bool str_starts_with(struct str s, struct str prefix)
{
    return s.len >= prefix.len && memcmp(s.ptr, prefix.ptr, prefix.len) == 0;
}

struct str str_trim(struct str s)
{
    while (s.len && (s.ptr[0] == ' ' || s.ptr[0] == '\t')) {
        s.ptr++;
        s.len--;
    }
    while (s.len && (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t'))
        s.len--;
    return s;
}

static bool json_stop(unsigned char c, bool stop_high)
{
    return c == '"' || c == '\\' || c < 0x20 || (stop_high && c >= 0x80);
}

const char *str_json_run(const char *p, const char *end, bool stop_high)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\');
    const __m128i ctl = _mm_set1_epi8(0x1f);

    while (end - p >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        /* x <= 0x1f unsigned: the max of x and 0x1f is 0x1f. */
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash)),
                                 _mm_cmpeq_epi8(_mm_max_epu8(x, ctl), ctl));
        int bits = _mm_movemask_epi8(m);

        if (stop_high)
            bits |= _mm_movemask_epi8(x); /* the high bit of each byte */
        if (bits)
            return p + __builtin_ctz((unsigned)bits);
        p += 16;
    }
#endif
    while (p < end && !json_stop((unsigned char)*p, stop_high))
        p++;
    return p;
}

/* Length of the UTF-8 sequence at p, or 0 when it is not one: no overlong
 * forms, no surrogates, nothing past U+10FFFF. */
size_t str_utf8_len(const unsigned char *p, const unsigned char *end)
{
    unsigned char c = p[0], lo = 0x80, hi = 0xbf;
    size_t n;

    if (c < 0x80)
        return 1;
    if (c < 0xc2 || c > 0xf4)
        return 0;
    n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if ((size_t)(end - p) < n)
        return 0;
    if (c == 0xe0)
        lo = 0xa0;
    else if (c == 0xed)
        hi = 0x9f;
    else if (c == 0xf0)
        lo = 0x90;
    else if (c == 0xf4)
        hi = 0x8f;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    return n;
}

static int hex4(const char *p, const char *end)
{
    int v = 0;

    if (end - p < 4)
        return -1;
    for (int i = 0; i < 4; i++) {
        int c = (unsigned char)p[i], d;

        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

size_t str_json_u_escape(const char *p, const char *end, uint32_t *cp)
{
    int v = hex4(p, end), lo;

    if (v <= 0 || (v >= 0xdc00 && v <= 0xdfff))
        return 0;
    if (v < 0xd800 || v > 0xdbff) {
        *cp = (uint32_t)v;
        return 4;
    }
    if (end - p < 10 || p[4] != '\\' || p[5] != 'u')
        return 0;
    lo = hex4(p + 6, end);
    if (lo < 0xdc00 || lo > 0xdfff)
        return 0;
    *cp = 0x10000 + ((uint32_t)(v - 0xd800) << 10) + (uint32_t)(lo - 0xdc00);
    return 10;
}
