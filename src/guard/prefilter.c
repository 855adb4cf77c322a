/*
 * prefilter: turns a built-in PCRE2 pattern into the Hyperscan pattern that
 * prefilters it. Hyperscan runs in byte mode (no UTF-8 flag: the text is
 * validated once by guard.c, and byte mode keeps the DFA small), and the
 * only thing guard needs from it is every end offset where the exact pattern
 * could end. The rewritten pattern therefore only has to match a superset of
 * the exact one, ending at the same offsets:
 *
 *   - a leading negative look-behind (?<![...]) becomes (?:^|[^...]) with
 *     the set's ASCII part: it consumes one byte before the match, which
 *     moves the start but not the end, and it keeps digit runs from
 *     reporting at every offset;
 *   - every other look-around is removed (an assertion only restricts);
 *   - a non-ASCII character, \p{..}, \s and sets holding non-ASCII members
 *     gain an alternative [\x80-\xff]{2,4} (any multi-byte character);
 *   - \b, \B are removed.
 *
 * guard__right_boundary() reads a trailing (?![...]) so that guard.c can
 * reject a report in C, without calling PCRE2, when the byte after it is one
 * the exact pattern forbids.
 */
#include "guard/guard_int.h"

#include <stdlib.h>
#include <string.h>

struct sb {
    char *p;
    size_t n, cap;
    bool oom;
};

static void put(struct sb *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *p;

        while (cap < b->n + n + 1)
            cap *= 2;
        p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void puts_(struct sb *b, const char *s)
{
    put(b, s, strlen(s));
}

#define MB "[\\x80-\\xff]{2,4}"

/* Length of the escape starting at p[0] == '\\'. */
static size_t esc_len(const char *p)
{
    if (p[1] == 'x' && p[2] == '{') {
        const char *q = strchr(p, '}');
        return q ? (size_t)(q - p) + 1 : 2;
    }
    if ((p[1] == 'p' || p[1] == 'P') && p[2] == '{') {
        const char *q = strchr(p, '}');
        return q ? (size_t)(q - p) + 1 : 2;
    }
    if (p[1] == 'x')
        return 4;
    return p[1] ? 2 : 1;
}

static size_t utf8_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xf0)
        return 4;
    if (c >= 0xe0)
        return 3;
    return 2;
}

/* End of the group that starts at p[0] == '(' (index past its ')'). */
static size_t group_end(const char *p)
{
    size_t i = 1;
    int depth = 1;
    bool cls = false;

    while (p[i] && depth > 0) {
        if (p[i] == '\\') {
            i += esc_len(p + i);
            continue;
        }
        if (cls) {
            if (p[i] == ']')
                cls = false;
        } else if (p[i] == '[') {
            cls = true;
            if (p[i + 1] == '^')
                i++;
            if (p[i + 1] == ']')
                i++;
        } else if (p[i] == '(') {
            depth++;
        } else if (p[i] == ')') {
            depth--;
        }
        i++;
    }
    return i;
}

/* End of the class starting at p[0] == '['. */
static size_t class_end(const char *p)
{
    size_t i = 1;

    if (p[i] == '^')
        i++;
    if (p[i] == ']')
        i++;
    while (p[i] && p[i] != ']') {
        if (p[i] == '\\')
            i += esc_len(p + i);
        else
            i++;
    }
    return p[i] ? i + 1 : i;
}

/*
 * Writes the ASCII part of the set body [p, e) to b; sets *wide when the
 * set has members outside ASCII (non-ASCII characters, \x{..} >= 0x80,
 * \p{..}, \s, \w, \d under UCP).
 */
static void class_ascii(struct sb *b, const char *p, const char *e, bool *wide)
{
    while (p < e) {
        if (*p == '\\') {
            size_t k = esc_len(p);

            if (p[1] == 'p' || p[1] == 'P') {
                *wide = true;
                if (strncmp(p, "\\p{L", 4) == 0 || strncmp(p, "\\p{Lu", 5) == 0 ||
                    strncmp(p, "\\p{Ll", 5) == 0)
                    puts_(b, "A-Za-z");
                else if (strncmp(p, "\\p{N", 4) == 0)
                    puts_(b, "0-9");
            } else if (p[1] == 'x' && p[2] == '{') {
                unsigned long v = strtoul(p + 3, NULL, 16);

                if (v >= 0x80) {
                    *wide = true;
                    /* a range lo-hi with lo >= 0x80: skip "-\x{..}" too */
                    if (p + k < e && p[k] == '-' && p + k + 1 < e) {
                        const char *q = p + k + 1;

                        k += 1 + (*q == '\\' ? esc_len(q) : utf8_len((unsigned char)*q));
                    }
                } else {
                    char tmp[8];

                    snprintf(tmp, sizeof(tmp), "\\x%02lx", v);
                    puts_(b, tmp);
                }
            } else {
                if (p[1] == 's' || p[1] == 'w' || p[1] == 'd')
                    *wide = true;
                put(b, p, k);
            }
            p += k;
        } else if ((unsigned char)*p >= 0x80) {
            size_t k = utf8_len((unsigned char)*p);

            *wide = true;
            if (p + k < e && p[k] == '-' && p + k + 1 < e)
                k += 1 + utf8_len((unsigned char)p[k + 1]);
            p += k;
        } else {
            /* an ASCII low end of a range whose high end is non-ASCII */
            if (p + 1 < e && p[1] == '-' && p + 2 < e &&
                ((unsigned char)p[2] >= 0x80 || (p[2] == '\\' && p[3] == 'x' && p[4] == '{'))) {
                *wide = true;
                put(b, p, 1);
                put(b, "-\\x7f", 5);
                p += 2;
                p += *p == '\\' ? esc_len(p) : utf8_len((unsigned char)*p);
                continue;
            }
            put(b, p, 1);
            p++;
        }
    }
}

static void rewrite(struct sb *b, const char *p, const char *end, bool top)
{
    bool first = top;

    while (p < end && !b->oom) {
        if (*p == '(' && p[1] == '?' &&
            (p[2] == '=' || p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!')))) {
            size_t g = group_end(p);

            if (first && p[2] == '<' && p[3] == '!' && p[4] == '[' && p[g - 2] == ']') {
                /* leading (?<![SET]) -> (?:^|[^SET-ascii]) */
                struct sb set = {0};
                bool wide = false;
                const char *cs = p + 5, *ce = p + g - 2;

                class_ascii(&set, cs, ce, &wide);
                if (set.n) {
                    puts_(b, "(?:^|[^");
                    put(b, set.p, set.n);
                    puts_(b, "])");
                }
                free(set.p);
            }
            first = false;
            p += g;
            continue;
        }
        first = false;
        if (*p == '(') {
            /* group opener: copy "(", "(?:", "(?i)", "(?-i:" as is */
            size_t k = 1;

            if (p[1] == '?')
                while (p + k < end && p[k] != ':' && p[k] != ')')
                    k++;
            if (p[k] == ':' || p[k] == ')')
                k++;
            if (p[1] != '?')
                k = 1;
            put(b, p, k);
            p += k;
            continue;
        }
        if (*p == '[') {
            size_t k = class_end(p);
            bool neg = p[1] == '^';
            struct sb set = {0};
            bool wide = false;

            class_ascii(&set, p + (neg ? 2 : 1), p + k - 1, &wide);
            if (!wide) {
                put(b, p, k);
            } else if (neg) {
                puts_(b, "(?:[^");
                put(b, set.p ? set.p : "", set.n);
                puts_(b, "\\x80-\\xff]|" MB ")");
            } else if (set.n) {
                puts_(b, "(?:[");
                put(b, set.p, set.n);
                puts_(b, "]|" MB ")");
            } else {
                puts_(b, "(?:" MB ")");
            }
            free(set.p);
            p += k;
            continue;
        }
        if (*p == '\\') {
            size_t k = esc_len(p);

            if (p[1] == 'b' || p[1] == 'B') {
                /* zero-width: drop */
            } else if (p[1] == 'p' || p[1] == 'P') {
                if (p[1] == 'p' && strncmp(p, "\\p{N", 4) == 0)
                    puts_(b, "(?:[0-9]|" MB ")");
                else if (p[1] == 'p')
                    puts_(b, "(?:[A-Za-z0-9_]|" MB ")");
                else
                    puts_(b, "(?:[\\x00-\\x7f]|" MB ")");
            } else if (p[1] == 's') {
                puts_(b, "(?:\\s|" MB ")");
            } else if (p[1] == 'x' && p[2] == '{') {
                unsigned long v = strtoul(p + 3, NULL, 16);
                char tmp[16];

                if (v >= 0x80)
                    puts_(b, "(?:" MB ")");
                else {
                    snprintf(tmp, sizeof(tmp), "\\x%02lx", v);
                    puts_(b, tmp);
                }
            } else {
                put(b, p, k);
            }
            p += k;
            continue;
        }
        if ((unsigned char)*p >= 0x80) {
            puts_(b, "(?:" MB ")");
            p += utf8_len((unsigned char)*p);
            continue;
        }
        put(b, p, 1);
        p++;
    }
}

char *guard__hs_pattern(const char *pcre)
{
    struct sb b = {0};

    rewrite(&b, pcre, pcre + strlen(pcre), true);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    if (!b.p)
        return strdup("");
    return b.p;
}

static void rb_set(struct guard__expr *x, unsigned c)
{
    x->rb[c >> 3] |= (uint8_t)(1u << (c & 7));
}

/* True when the pattern has an alternation at depth 0. */
static bool top_alternation(const char *p)
{
    for (size_t i = 0; p[i];) {
        if (p[i] == '\\') {
            i += esc_len(p + i);
        } else if (p[i] == '(') {
            i += group_end(p + i);
        } else if (p[i] == '[') {
            i += class_end(p + i);
        } else {
            if (p[i] == '|')
                return true;
            i++;
        }
    }
    return false;
}

void guard__right_boundary(const char *pcre, struct guard__expr *x)
{
    size_t n = strlen(pcre), i = 0, last_start = (size_t)-1, last_end = 0;

    memset(x->rb, 0, sizeof(x->rb));
    x->rb_latin = false;
    x->rb_set = false;
    if (top_alternation(pcre))
        return;
    /* Find the first of the trailing look-ahead groups. */
    while (i < n) {
        if (pcre[i] == '\\') {
            i += esc_len(pcre + i);
            last_start = (size_t)-1;
        } else if (pcre[i] == '(') {
            size_t g = group_end(pcre + i);

            if (pcre[i + 1] == '?' && pcre[i + 2] == '!' && pcre[i + 3] == '[' &&
                pcre[i + g - 2] == ']' && class_end(pcre + i + 3) == g - 4) {
                if (last_start == (size_t)-1 || last_end != i)
                    last_start = i;
                last_end = i + g;
            } else {
                last_start = (size_t)-1;
            }
            i += g;
        } else if (pcre[i] == '[') {
            i += class_end(pcre + i);
            last_start = (size_t)-1;
        } else {
            i++;
            last_start = (size_t)-1;
        }
    }
    if (last_start == (size_t)-1 || last_end != n)
        return;
    {
        const char *p = pcre + last_start + 4,
                   *e = pcre + last_start + 3 + class_end(pcre + last_start + 3) - 1;

        if (*(p - 1) == '^')
            return;
        if (*p == '^')
            return;
        while (p < e) {
            if (*p == '\\') {
                size_t k = esc_len(p);

                if (strncmp(p, "\\p{L", 4) == 0) {
                    for (unsigned c = 'A'; c <= 'Z'; c++)
                        rb_set(x, c), rb_set(x, c + 32);
                    x->rb_latin = true;
                } else if (strncmp(p, "\\p{N", 4) == 0) {
                    for (unsigned c = '0'; c <= '9'; c++)
                        rb_set(x, c);
                } else if (p[1] == 'x' && p[2] == '{') {
                    unsigned long v = strtoul(p + 3, NULL, 16);

                    if (v >= 0xc0 && p + k < e && p[k] == '-') {
                        x->rb_latin = true;
                        k += 1 + esc_len(p + k + 1);
                    } else if (v < 0x80) {
                        rb_set(x, (unsigned)v);
                    }
                } else if (p[1] == 'd') {
                    for (unsigned c = '0'; c <= '9'; c++)
                        rb_set(x, c);
                } else if (k == 2 && (unsigned char)p[1] < 0x80 && !strchr("swDSWpPbB", p[1])) {
                    rb_set(x, (unsigned char)p[1]);
                }
                p += k;
            } else if ((unsigned char)*p >= 0x80) {
                p += utf8_len((unsigned char)*p);
            } else if (p + 2 < e && p[1] == '-' && (unsigned char)p[2] < 0x80 && p[2] != '\\') {
                for (unsigned c = (unsigned char)p[0]; c <= (unsigned char)p[2]; c++)
                    rb_set(x, c);
                p += 3;
            } else {
                rb_set(x, (unsigned char)*p);
                p++;
            }
        }
        x->rb_set = true;
    }
}
