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

#include <ctype.h>
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

static void lb_set(uint8_t *set, unsigned c)
{
    set[c >> 3] |= (uint8_t)(1u << (c & 7));
}

/*
 * One character of a look-behind, at p: a set [...] or a literal. Fills
 * set/lo/hi with members it certainly has (what it cannot read, \p{..},
 * \w, a non-ASCII literal, is left out: a look-behind that is sure of less
 * rules out fewer starts). Returns the length read, 0 when it cannot be
 * used at all (a negated set, a group, an anchor).
 */
static size_t lb_char(const char *p, uint8_t *set, uint32_t *lo, uint32_t *hi)
{
    const char *e;
    size_t k;

    *lo = 1;
    *hi = 0;
    if (*p == '\\') {
        k = esc_len(p);
        if (k != 2 || (unsigned char)p[1] >= 0x80 || isalnum((unsigned char)p[1]))
            return 0;
        lb_set(set, (unsigned char)p[1]);
        return 2;
    }
    if (*p != '[') {
        if ((unsigned char)*p >= 0x80 || strchr("()|.^$?*+{}", *p))
            return 0;
        lb_set(set, (unsigned char)*p);
        return 1;
    }
    k = class_end(p);
    if (p[1] == '^' || p[k - 1] != ']')
        return 0;
    e = p + k - 1;
    for (p++; p < e;) {
        if (*p == '\\') {
            size_t l = esc_len(p);

            if (p[1] == 'x' && p[2] == '{') {
                unsigned long v = strtoul(p + 3, NULL, 16), w = v;

                if (p + l + 1 < e && p[l] == '-') {
                    if (p[l + 1] != '\\' || p[l + 2] != 'x' || p[l + 3] != '{') {
                        p += l + 1 + (p[l + 1] == '\\' ? esc_len(p + l + 1) : 1);
                        continue;
                    }
                    w = strtoul(p + l + 4, NULL, 16);
                    l += 1 + esc_len(p + l + 1);
                }
                if (v >= 0x80 && *lo > *hi) {
                    *lo = (uint32_t)v;
                    *hi = (uint32_t)w;
                } else if (w < 0x80) {
                    for (unsigned long c = v; c <= w; c++)
                        lb_set(set, (unsigned)c);
                }
            } else if (p[1] == 'd') {
                for (unsigned c = '0'; c <= '9'; c++)
                    lb_set(set, c);
            } else if (l == 2 && (unsigned char)p[1] < 0x80 && !isalnum((unsigned char)p[1])) {
                lb_set(set, (unsigned char)p[1]);
            }
            p += l;
        } else if ((unsigned char)*p >= 0x80) {
            p += utf8_len((unsigned char)*p);
        } else if (p + 2 < e && p[1] == '-') {
            if ((unsigned char)p[2] < 0x80 && p[2] != '\\') {
                for (unsigned c = (unsigned char)p[0]; c <= (unsigned char)p[2]; c++)
                    lb_set(set, c);
                p += 3;
            } else {
                /* a range to a non-ASCII or escaped end: left out */
                p += 2;
                p += *p == '\\' ? esc_len(p) : utf8_len((unsigned char)*p);
            }
        } else {
            lb_set(set, (unsigned char)*p);
            p++;
        }
    }
    return k;
}

/*
 * The negative look-behinds a pattern starts with, each one or two
 * characters long: a match cannot start where one of them hits, which
 * guard.c checks in C to keep PCRE2 from trying such starts. Not with an
 * alternation at depth 0, where the first one would bind one branch only.
 */
void guard__left_boundary(const char *pcre, struct guard__expr *x)
{
    const char *p = pcre;

    x->n_lb = 0;
    if (top_alternation(pcre))
        return;
    while (strncmp(p, "(?<!", 4) == 0 && x->n_lb < GUARD_LB_MAX) {
        size_t g = group_end(p);
        const char *q = p + 4, *e = p + g - 1;
        struct guard__lb lb;

        memset(&lb, 0, sizeof(lb));
        while (q < e && lb.len < 2) {
            size_t k = lb_char(q, lb.ascii[lb.len], &lb.lo[lb.len], &lb.hi[lb.len]);

            if (!k)
                break;
            q += k;
            lb.len++;
        }
        if (q == e && *e == ')' && lb.len)
            x->lb[x->n_lb++] = lb;
        p += g;
    }
}

/*
 * Digit runs: how many ASCII digits a match can start with before its first
 * other character (or its end). Bit k of a set: k digits; bit 31: 31 or
 * more. guard.c compares it with the token a family trigger reported, so
 * every pattern of the family need not be run on every token ("2022-04-22"
 * starts with 4 digits: no SSN, ITIN, NHS or ABN shape starts so).
 *
 * The reading is exact where it is sure and gives up (0) otherwise:
 * sequences of digit atoms ([0-9], [1-6], 9, digit-only alternations such
 * as "(?:0?[1-9]|1[0-2])") with bounded counts, and atoms that never match
 * a digit ([- .], a letter, a group whose every branch starts with one);
 * a look-around is skipped (it only narrows what matches, so the set read
 * without it holds every run a match can have). Anything else, an
 * unbounded repeat, a set with \w or \p{..}, a negated set, a '.',
 * answers 0: no filter.
 */
#define RUN_SAT 31u

static uint32_t runs_add(uint32_t a, uint32_t b)
{
    uint32_t r = 0;

    for (unsigned i = 0; i <= RUN_SAT; i++) {
        if (!((a >> i) & 1))
            continue;
        for (unsigned j = 0; j <= RUN_SAT; j++)
            if ((b >> j) & 1)
                r |= 1u << (i + j < RUN_SAT ? i + j : RUN_SAT);
    }
    return r;
}

/* The digit counts of lo to hi repetitions of an atom whose counts are w. */
static uint32_t runs_repeat(uint32_t w, unsigned lo, unsigned hi)
{
    uint32_t pw = 1, sum = lo == 0 ? 1 : 0;

    for (unsigned k = 1; k <= hi; k++) {
        pw = runs_add(pw, w);
        if (k >= lo)
            sum |= pw;
    }
    return sum;
}

enum { AT_BAD, AT_DIGIT, AT_OTHER };

static int class_kind(const char *p, size_t k)
{
    const char *e = p + k - 1;
    bool dig = false, other = false;

    if (p[1] == '^' || *e != ']')
        return AT_BAD;
    for (p++; p < e;) {
        if (*p == '\\') {
            size_t l = esc_len(p);

            if (p[1] == 'd')
                dig = true;
            else if (p[1] == 'x' && p[2] == '{' && strtoul(p + 3, NULL, 16) >= 0x80)
                other = true;
            else if (l == 2 && (unsigned char)p[1] < 0x80 && !isalnum((unsigned char)p[1]))
                other = true;
            else if (p[1] == 's')
                other = true;
            else
                return AT_BAD;
            if (p + l < e && p[l] == '-')
                return AT_BAD; /* a range from an escape */
            p += l;
        } else if ((unsigned char)*p >= 0x80) {
            other = true;
            p += utf8_len((unsigned char)*p);
        } else if (p + 2 < e && p[1] == '-') {
            unsigned lo = (unsigned char)p[0], hi = (unsigned char)p[2];

            if (hi >= 0x80 || p[2] == '\\' || hi < lo)
                return AT_BAD;
            if (lo <= '9' && hi >= '0')
                dig = true;
            if (lo < '0' || hi > '9')
                other = true;
            p += 3;
        } else {
            if (*p >= '0' && *p <= '9')
                dig = true;
            else
                other = true;
            p++;
        }
    }
    return dig && other ? AT_BAD : dig ? AT_DIGIT : other ? AT_OTHER : AT_BAD;
}

static const char *digit_seq(const char *p, const char *e, uint32_t *w, bool *lead_other);

/*
 * One atom at p (before e) and its quantifier: *kind, for AT_DIGIT the
 * digit counts *w one repeat takes, *lo and *hi the repeat bounds. For a
 * group, AT_OTHER means every branch starts with a required AT_OTHER atom.
 * Returns the end of the atom and quantifier, NULL when unreadable.
 */
static const char *atom(const char *p, const char *e, int *kind, uint32_t *w, unsigned *lo,
                        unsigned *hi)
{
    const char *q;

    *w = 1u << 1;
    if (*p == '[') {
        size_t k = class_end(p);

        *kind = class_kind(p, k);
        q = p + k;
    } else if (*p == '(') {
        size_t g = group_end(p);
        const char *b = p + 3, *ge = p + g - 1;
        bool all_digit = true, all_other = true;

        if (p[1] != '?' || p[2] != ':' || *ge != ')')
            return NULL;
        *w = 0;
        /* branches at depth 0 of the group */
        while (b <= ge) {
            const char *be = b;
            uint32_t bw = 0;
            bool lead = false;

            while (be < ge && *be != '|') {
                if (*be == '\\')
                    be += esc_len(be);
                else if (*be == '(')
                    be += group_end(be);
                else if (*be == '[')
                    be += class_end(be);
                else
                    be++;
            }
            if (!digit_seq(b, be, &bw, &lead))
                return NULL;
            if (lead)
                all_digit = false;
            else
                all_other = false;
            if (!lead && !bw)
                return NULL;
            *w |= bw;
            b = be + 1;
        }
        *kind = all_digit ? AT_DIGIT : all_other ? AT_OTHER : AT_BAD;
        q = p + g;
    } else if (*p == '\\') {
        size_t l = esc_len(p);

        *kind = p[1] == 'd'                                                               ? AT_DIGIT
                : (l == 2 && (unsigned char)p[1] < 0x80 && !isalnum((unsigned char)p[1])) ? AT_OTHER
                                                                                          : AT_BAD;
        q = p + l;
    } else if ((unsigned char)*p >= 0x80) {
        *kind = AT_OTHER;
        q = p + utf8_len((unsigned char)*p);
    } else if (strchr(".|)?*+{^$", *p)) {
        return NULL;
    } else {
        *kind = *p >= '0' && *p <= '9' ? AT_DIGIT : AT_OTHER;
        q = p + 1;
    }
    if (*kind == AT_BAD || q > e)
        return NULL;
    *lo = *hi = 1;
    if (q < e && *q == '?') {
        *lo = 0;
        q++;
    } else if (q < e && *q == '{') {
        char *end;

        *lo = *hi = (unsigned)strtoul(q + 1, &end, 10);
        if (*end == ',') {
            if (end[1] == '}')
                return NULL; /* unbounded */
            *hi = (unsigned)strtoul(end + 1, &end, 10);
        }
        if (*end != '}' || *hi < *lo || *hi > RUN_SAT)
            return NULL;
        q = end + 1;
    } else if (q < e && (*q == '*' || *q == '+')) {
        return NULL;
    }
    if (q < e && (*q == '?' || *q == '+'))
        return NULL; /* lazy or possessive: not read */
    return q;
}

/*
 * A branch [p, e) made of digit atoms only: *w gets the digit counts it
 * can take, *lead_other false. A branch that starts with a required
 * AT_OTHER atom: *lead_other true. Else (or unreadable) NULL.
 */
static const char *digit_seq(const char *p, const char *e, uint32_t *w, bool *lead_other)
{
    uint32_t acc = 1;
    bool first = true;

    *lead_other = false;
    while (p < e) {
        int kind;
        uint32_t aw;
        unsigned lo, hi;
        const char *q = atom(p, e, &kind, &aw, &lo, &hi);

        if (!q)
            return NULL;
        if (kind == AT_OTHER) {
            if (!first || lo == 0)
                return NULL;
            *lead_other = true;
            return e;
        }
        acc = runs_add(acc, runs_repeat(aw, lo, hi));
        first = false;
        p = q;
    }
    *w = acc;
    return e;
}

uint32_t guard__digit_runs(const char *pcre)
{
    const char *p = pcre, *e = pcre + strlen(pcre);
    uint32_t acc = 1, res = 0;

    if (top_alternation(pcre))
        return 0;
    while (p < e) {
        int kind;
        uint32_t w;
        unsigned lo, hi;
        const char *q;

        if (p[0] == '(' && p[1] == '?' && (p[2] == '=' || p[2] == '!' || p[2] == '<')) {
            uint8_t set[16] = {0};
            uint32_t l0, h0;
            size_t g = group_end(p), k = p[2] == '!' ? lb_char(p + 3, set, &l0, &h0) : 0;

            /* (?![...0-9...]): no digit follows, the run ends here */
            if (k && p[3] == '[' && 3 + k == g - 1 && (set['0' >> 3] & 0xff) == 0xff &&
                (set['8' >> 3] & 0x03) == 0x03)
                return res | acc;
            p += g; /* another look-around: skipped */
            continue;
        }
        q = atom(p, e, &kind, &w, &lo, &hi);
        if (!q)
            return 0;
        if (kind == AT_OTHER) {
            res |= acc;
            if (lo > 0)
                return res;
        } else {
            acc = runs_add(acc, runs_repeat(w, lo, hi));
        }
        p = q;
    }
    /* The match may end inside a longer run of digits. */
    for (unsigned i = 0; i < RUN_SAT; i++)
        if ((acc >> i) & 1)
            return res | ~((1u << i) - 1);
    return res | acc;
}
