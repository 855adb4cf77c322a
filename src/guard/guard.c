/*
 * guard: the analyzer. Builds the engine (one Hyperscan database holding
 * every built-in pattern, PCRE2 JIT code per distinct pattern, the context
 * word lists), owns per-thread scratch, and runs guard_analyze():
 *
 *   1. the text must be valid UTF-8 (offsets are bytes; code points only at
 *      output, guard_cp_offsets());
 *   2. one Hyperscan pass over the text (for a window of a stream, the
 *      reports its streaming-mode scan already made: incr.c); each report
 *      (pattern, end offset) that survives a cheap check of the byte after
 *      it sends PCRE2 to the window [end - max width, end] of that pattern
 *      only, with an offset limit so the search cannot wander past `end`.
 *      Every exact match ends at a reported offset (the prefilter matches a
 *      superset), and the per-pattern "covered" mark makes the windows
 *      walk the text the way re.finditer() does, so short and multi-megabyte
 *      inputs take the same path;
 *   3. each match becomes a candidate per recognizer using that pattern: its
 *      validator scores it (checksum: 1.0; failure: dropped; structure only:
 *      base score), context words in the 5 tokens before it add 0.35 (whole
 *      words and phrases, unlike Presidio's substring test), and weak shapes
 *      without context are capped (GUARD_WEAK_CAP);
 *   4. ad-hoc recognizers of the call and the NER hook add their results;
 *   5. entity filter, allow list, threshold, then overlap resolution.
 *
 * Overlaps. Presidio's AnalyzerEngine only removes a result contained in
 * another of the same type with a higher or equal score
 * (EntityRecognizer.remove_duplicates); overlapping results of different
 * types all come back, and its AnonymizerEngine later drops those contained
 * in others and merges same-type intersections. guard resolves in the
 * analyzer, as the gateway masks in one pass: results overlapping each other
 * form a cluster, and in each cluster the best result wins, then the next
 * best that overlaps none of the kept ones, and so on. "Best" is the higher
 * score; on equal scores the one whose own context word was found, then the
 * recognizer with the stronger validation (a checksum over a shape), then
 * the longer span, then the earlier one. opt->keep_overlaps gives
 * Presidio's analyzer behaviour instead.
 */
#include "guard/guard.h"
#include "guard/guard_int.h"
#include "guard/ner_feat.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util/err.h"

#define UNBOUNDED_BACK 4096 /* bytes searched back for patterns of unbounded width */

static const char *const ner_entities[] = {"PERSON", "LOCATION", "ORGANIZATION", "NRP"};

/* ---- NER hooks: weak no-op defaults ------------------------------------- */

#ifndef GUARD_NER_EXTERNAL
__attribute__((weak)) int guard__ner_load(struct guard_engine *e, const char *path)
{
    (void)e;
    (void)path;
    return 0;
}

__attribute__((weak)) void guard__ner_free(struct guard_engine *e)
{
    (void)e;
}

__attribute__((weak)) int guard__ner_scratch_new(const struct guard_engine *e,
                                                 struct guard_scratch *s)
{
    (void)e;
    (void)s;
    return 0;
}

__attribute__((weak)) void guard__ner_scratch_free(struct guard_scratch *s)
{
    (void)s;
}

__attribute__((weak)) int guard__ner_run(const struct guard_engine *e, struct guard_scratch *s,
                                         struct str text, struct guard_results *out)
{
    (void)e;
    (void)s;
    (void)text;
    (void)out;
    return 0;
}
#endif

/* ---- results ------------------------------------------------------------ */

int guard__results_push(struct guard_results *r, const struct guard_result *x)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        struct guard_result *v = realloc(r->v, cap * sizeof(*v));

        if (!v)
            return GW_ENOMEM;
        r->v = v;
        r->cap = cap;
    }
    r->v[r->n++] = *x;
    return 0;
}

void guard_results_reset(struct guard_results *r)
{
    r->n = 0;
}

void guard_results_dispose(struct guard_results *r)
{
    free(r->v);
    r->v = NULL;
    r->n = r->cap = 0;
}

/* ---- words: normalization, stop words, context -------------------------- */

/* Decodes one UTF-8 code point at s (valid UTF-8 assumed); *len gets its size. */
static uint32_t cp_at(const unsigned char *s, size_t n, size_t *len)
{
    if (s[0] < 0x80 || n < 2) {
        *len = 1;
        return s[0];
    }
    if (s[0] < 0xe0) {
        *len = 2;
        return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    }
    if (s[0] < 0xf0 || n < 4) {
        *len = n < 3 ? n : 3;
        if (n < 3)
            return 0xfffd;
        return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    }
    *len = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
           ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
}

/* Is code point c part of a word? ASCII letters and digits, and every
 * non-ASCII character outside the space and punctuation blocks. */
static bool word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c <= 0xbf || c == 0xd7 || c == 0xf7)
        return false;
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) ||
        (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) ||
        (c >= 0xff1a && c <= 0xff20) || c == 0xfffd)
        return false;
    return true;
}

static uint32_t lower_cp(uint32_t c)
{
    if (c < 0x80)
        return (uint32_t)tolower((int)c);
    if (c >= 0xc0 && c <= 0xde && c != 0xd7)
        return c + 0x20;
    if (c == 0x130)
        return 'i';
    if (c >= 0x100 && c <= 0x17f && !(c & 1) && c != 0x138)
        return c + 1;
    if (c >= 0x391 && c <= 0x3a9)
        return c + 0x20;
    if (c >= 0x410 && c <= 0x42f)
        return c + 0x20;
    return c;
}

static size_t put_cp(char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

/* " tok tok tok " (lower case, one space around every token). Returns the
 * length written (0 when nothing fits). */
size_t guard__norm_words(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0, i = 0;
    bool in = false;

    if (cap < 3)
        return 0;
    out[k++] = ' ';
    while (i < n) {
        size_t l;
        uint32_t c;

        if ((unsigned char)s[i] < 0x80) {
            unsigned char a = (unsigned char)s[i];

            if ((a >= '0' && a <= '9') || ((a | 0x20) >= 'a' && (a | 0x20) <= 'z')) {
                if (k + 6 >= cap)
                    break;
                out[k++] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
                in = true;
            } else if (in) {
                if (k + 2 >= cap)
                    break;
                out[k++] = ' ';
                in = false;
            }
            i++;
            continue;
        }
        c = cp_at((const unsigned char *)s + i, n - i, &l);
        if (word_cp(c)) {
            if (k + 6 >= cap)
                break;
            k += put_cp(out + k, lower_cp(c));
            in = true;
        } else if (in) {
            if (k + 2 >= cap)
                break;
            out[k++] = ' ';
            in = false;
        }
        i += l;
    }
    if (in)
        out[k++] = ' ';
    out[k] = '\0';
    return k;
}

/* Function words of en, es, it, fr, de, pl, fi, tr: they do not count
 * towards the five-word context window (Presidio drops spaCy's stop words). */
static const char *const stopwords[] = {
    "a",     "about", "above", "after", "again", "all",   "als",   "also",   "am",    "an",
    "and",   "any",   "are",   "as",    "at",    "be",    "been",  "before", "being", "below",
    "both",  "but",   "by",    "can",   "con",   "could", "da",    "dal",    "das",   "de",
    "dei",   "del",   "della", "der",   "des",   "di",    "did",   "die",    "dla",   "do",
    "does",  "du",    "e",     "ein",   "eine",  "el",    "en",    "es",     "et",    "for",
    "from",  "gave",  "get",   "got",   "had",   "has",   "have",  "he",     "her",   "here",
    "his",   "i",     "if",    "il",    "in",    "into",  "is",    "ist",    "it",    "its",
    "ja",    "je",    "jest",  "la",    "las",   "le",    "les",   "lo",     "los",   "me",
    "mi",    "mio",   "moja",  "mon",   "my",    "mój",   "na",    "nel",    "no",    "nor",
    "not",   "o",     "of",    "on",    "or",    "our",   "ours",  "para",   "per",   "por",
    "que",   "se",    "she",   "so",    "some",  "su",    "sus",   "than",   "that",  "the",
    "their", "them",  "then",  "there", "these", "they",  "this",  "those",  "to",    "tu",
    "um",    "un",    "una",   "und",   "uno",   "up",    "us",    "ve",     "very",  "von",
    "w",     "was",   "we",    "were",  "what",  "when",  "where", "which",  "while", "who",
    "will",  "with",  "y",     "you",   "your",  "z",     "zu",
};

/*
 * Context windows. Candidates of several recognizers share a start, so the
 * window of the last start is kept in the scratch (guard_analyze() clears
 * it: the text changes between calls). Its tokens are hashed once; a
 * single-word context word is then one integer test against a 256-bit mask
 * of the window's hashes before any byte is compared (with 64 bits and ~17
 * tokens a window, a fifth of the words went on to the token loop). Measured
 * on the 1 KB chat message of bench/pii: 60k instructions of context scoring before,
 * the recognizers' ~15 words tried against every token with memcmp.
 */
static bool ascii_word(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* For an ASCII word byte ([0-9A-Za-z]) its lower case, else 0 (bytes >=
 * 0x80 too: those take the code-point path). context_window() walks and
 * folds its words by this table: a load and a branch a byte, where it
 * took the range tests of ascii_word() and then a second pass of case
 * tests (6k of the 23k instructions of the 1 KB chat message's windows). */
/* clang-format off */
#define CTX_L4(c) (c), (c) + 1, (c) + 2, (c) + 3
#define CTX_L16(c) CTX_L4(c), CTX_L4((c) + 4), CTX_L4((c) + 8), CTX_L4((c) + 12)
static const unsigned char ctx_lower[256] = {
    ['0'] = '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    ['A'] = CTX_L16('a'), CTX_L4('q'), CTX_L4('u'), 'y', 'z',
    ['a'] = CTX_L16('a'), CTX_L4('q'), CTX_L4('u'), 'y', 'z',
};
/* clang-format on */

/* Start of the code point ending just before i. */
static size_t cp_start(const char *t, size_t i)
{
    size_t p = i - 1;

    while (p > 0 && ((unsigned char)t[p] & 0xc0) == 0x80)
        p--;
    return p;
}

static bool word_before_u(const char *t, size_t i)
{
    size_t p = cp_start(t, i), l;

    return word_cp(cp_at((const unsigned char *)t + p, i - p, &l));
}

#define TOK_HASH_SEED 0xcbf29ce484222325ull
#define TOK_HASH_MUL  0x9e3779b97f4a7c15ull

/* s[0, k) (k <= 8) as an integer, s[0] in the low byte. */
static uint64_t le_bytes(const char *s, size_t k)
{
    uint64_t v = 0;

    for (size_t j = 0; j < k; j++)
        v |= (uint64_t)(unsigned char)s[j] << (8 * j);
    return v;
}

/* le_bytes() of the k (1 to 8) bytes ending at `end`, where the 8 bytes
 * before `end` may be read (inside the window buffer): one load. */
static uint64_t le_tail(const char *end, size_t k)
{
    uint64_t v;

    memcpy(&v, end - 8, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v >> (8 * (8 - k));
}

static uint64_t tok_mix(uint64_t h, uint64_t c)
{
    h = (h ^ c) * TOK_HASH_MUL;
    return h ^ (h >> 29);
}

/* Hash of a normalized token: its 8-byte chunks from the end, then the 1
 * to 7 bytes left at its start, each read by le_bytes(), so that
 * context_window() hashes a word in a few steps whatever its length. Never
 * 0 (0 marks "not hashed"). */
static uint64_t tok_hash(const char *s, size_t n)
{
    uint64_t h = TOK_HASH_SEED ^ n;
    size_t i = n;

    for (; i >= 8; i -= 8)
        h = tok_mix(h, le_bytes(s + i - 8, 8));
    if (i)
        h = tok_mix(h, le_bytes(s, i));
    return h | 1;
}

/* An ASCII word of at most 6 bytes (lower case) packed into an integer, its
 * length in the top byte: the key of the stop-word set. */
static uint64_t pack6(const char *w, size_t n)
{
    uint64_t v = (uint64_t)n << 56;

    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return v;
}

static size_t stop_slot(uint64_t v)
{
    return (size_t)((v * 0x9E3779B97F4A7C15ull) >> (64 - GUARD_STOP_BITS));
}

static bool stop_has(const struct guard_engine *e, uint64_t v)
{
    for (size_t i = stop_slot(v);; i = (i + 1) & (GUARD_STOP_SLOTS - 1)) {
        if (e->stop[i] == v)
            return true;
        if (!e->stop[i])
            return false;
    }
}

/* Where the last word before offset i ends: the bytes between are no word
 * bytes. ASCII by table (ctx_lower[] is 0 for a byte that is not a word
 * byte); a byte >= 0x80 takes the code-point path. */
static size_t word_end_before(const char *text, size_t i)
{
    while (i > 0) {
        unsigned char c = (unsigned char)text[i - 1];

        if (c < 0x80 ? ctx_lower[c] != 0 : word_before_u(text, i))
            break;
        i = c < 0x80 ? i - 1 : cp_start(text, i);
    }
    return i;
}

/*
 * camelCase words: JSON keys written so ("nhsNumber", "taxFileNumber",
 * "bankAccount") hold their context words as the snake_case ones do
 * ("nhs_number"). A window keeps such a word whole ("whatsapp" is a
 * context word) and adds its parts as tokens of their own before it, in
 * order, so that phrases match too: " tax file number taxfilenumber ".
 * The parts do not count as words of the window. A part starts at a capital
 * that follows a small letter.
 */
static bool camel_seam(const char *text, size_t k)
{
    unsigned char a = (unsigned char)text[k - 1], b = (unsigned char)text[k];

    return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z';
}

/* The start of the last camelCase part of the ASCII word [b, e), or b. */
static size_t camel_part(const char *text, size_t b, size_t e)
{
    while (e > b + 1 && !camel_seam(text, e - 1))
        e--;
    return e - 1 > b ? e - 1 : b;
}

/*
 * The length of the English singular of the lower-case ASCII word p[0, n)
 * when its end reads as a plural's ("passports", "licences", "addresses"),
 * else 0: Presidio compares context words with spaCy's lemmas, so a plural
 * before a value counts as its context word. Only the end is read ("1990s"
 * gives "1990", which no context word is).
 */
static size_t singular_len(const char *p, size_t n)
{
    if (n < 4 || p[n - 1] != 's' || p[n - 2] < 'a' || p[n - 2] > 'z' || p[n - 2] == 's' ||
        p[n - 2] == 'u' || p[n - 2] == 'i')
        return 0;
    if (p[n - 2] == 'e' && n >= 5 &&
        (p[n - 3] == 'x' || p[n - 3] == 'z' || (p[n - 3] == 's' && p[n - 4] == 's') ||
         (p[n - 3] == 'h' && (p[n - 4] == 'c' || p[n - 4] == 's'))))
        return n - 2; /* "addresses", "boxes", "branches" */
    return n - 1;
}

static uint64_t win_hash(const char *s, size_t n);

/* Records the singular of window token k, the word p[0, tl) of the
 * window's bytes (see singular_len()), and puts its hash in the mask; in
 * a window written right to left (context_window()) win_hash() may read
 * the bytes before the word. */
static inline void put_singular(struct guard__ctxwin *w, int k, const char *p, size_t tl, bool rtl)
{
    size_t sl = p[tl - 1] == 's' ? singular_len(p, tl) : 0;
    uint64_t sh = !sl ? 0 : rtl ? win_hash(p, sl) : tok_hash(p, sl);

    w->slen[k] = (uint16_t)sl;
    w->shash[k] = sh;
    if (sh)
        w->mask[(sh >> 6) & 3] |= 1ull << (sh & 63);
}

/*
 * The window before `start`: up to GUARD_CONTEXT_PREFIX_WORDS tokens that
 * are not stop words (and the stop words between them), plus the part of a
 * token the match starts inside of ("ssn#123..."). Leaves the normalized
 * window and its tokens, hashed, in s->cw. context_window() below gives the
 * same window in one pass; this one stays for windows near the buffer's
 * size, where its cut-offs decide which tokens fit.
 */
static void context_window_slow(struct guard_scratch *s, size_t start)
{
    const char *text = s->text;
    struct guard__ctxwin *w = &s->cw;
    size_t i = start, content = 0, tb[GUARD_WIN_TOKENS], te[GUARD_WIN_TOKENS];
    bool asc[GUARD_WIN_TOKENS];
    int n = 0;

    while (i > 0 && content < GUARD_CONTEXT_PREFIX_WORDS && n < GUARD_WIN_TOKENS &&
           start - i < 240) {
        size_t e, b;
        bool stop = false, ascii = true;

        i = word_end_before(text, i);
        e = i;
        while (i > 0) {
            unsigned char c = (unsigned char)text[i - 1];

            if (c < 0x80) {
                if (!ctx_lower[c])
                    break;
                i--;
            } else {
                if (!word_before_u(text, i))
                    break;
                ascii = false;
                i = cp_start(text, i);
            }
        }
        b = i;
        if (e == b)
            break;
        if (e - b <= 6 && ascii) {
            /* pack6() of the lower-cased word */
            uint64_t v = (uint64_t)(e - b) << 56;

            for (size_t k = 0; k < e - b; k++)
                v |= (uint64_t)ctx_lower[(unsigned char)text[b + k]] << (8 * k);
            stop = stop_has(s->e, v);
        }
        if (!stop)
            content++;
        tb[n] = b;
        te[n] = e;
        asc[n] = ascii;
        n++;
        /* its camelCase parts, the last first */
        if (ascii && camel_part(text, b, e) > b) {
            for (size_t pe = e; pe > b && n < GUARD_WIN_TOKENS;) {
                size_t pb = camel_part(text, b, pe);

                tb[n] = pb;
                te[n] = pe;
                asc[n] = true;
                n++;
                pe = pb;
            }
        }
    }
    /* tokens were collected backwards; write them forwards */
    w->base = 0;
    w->len = 1;
    w->win[0] = ' ';
    w->n = 0;
    memset(w->mask, 0, sizeof(w->mask));
    for (int k = n - 1; k >= 0; k--) {
        size_t tl = te[k] - tb[k], cap = sizeof(w->win) - w->len + 1, l;
        char *out = w->win + w->len - 1;
        uint64_t h;

        if (asc[k] && tl + 6 < cap) {
            /* what guard__norm_words() writes for one ASCII word, hashed
             * as it is written (tok_hash()) */
            const unsigned char *src = (const unsigned char *)text + tb[k];

            for (size_t j = 0; j < tl; j++)
                out[1 + j] = (char)ctx_lower[src[j]];
            h = tok_hash(out + 1, tl);
            out[0] = ' ';
            out[tl + 1] = ' ';
            out[tl + 2] = '\0';
            l = tl + 2;
        } else {
            l = guard__norm_words(text + tb[k], tl, out, cap);
            if (l < 3)
                break;
            h = tok_hash(w->win + w->len, l - 2);
        }
        /* norm_words wrote " tok " over our trailing space */
        w->off[w->n] = (uint16_t)w->len;
        w->tlen[w->n] = (uint16_t)(l - 2);
        w->hash[w->n] = h;
        w->mask[(h >> 6) & 3] |= 1ull << (h & 63);
        if (asc[k])
            put_singular(w, w->n, w->win + w->len, l - 2, false);
        else
            w->slen[w->n] = 0, w->shash[w->n] = 0;
        w->n++;
        w->len += l - 1;
    }
    w->win[w->len] = '\0';
}

/* tok_hash() of the token s[0, n) of the window buffer (le_tail() may
 * read before it). */
static uint64_t win_hash(const char *s, size_t n)
{
    uint64_t h = TOK_HASH_SEED ^ n;
    size_t i = n;

    for (; i >= 8; i -= 8)
        h = tok_mix(h, le_tail(s + i, 8));
    if (i)
        h = tok_mix(h, le_tail(s + i, i));
    return h | 1;
}

/*
 * An ASCII word ending at text[i], lower-cased and written to end at *p
 * (which moves to its start), 16 bytes at a time: [0-9A-Za-z] found by
 * compares, the case folded by or-ing 0x20 into the letters. False, with
 * nothing written, when it cannot tell: fewer than 16 bytes before i or
 * room in the window, a byte >= 0x80 in the word or right before it (it
 * may be a letter), or a word of 16 bytes or more.
 */
static bool ascii_word_at(const char *text, size_t i, char **p, const char *low, bool *camel)
{
#ifdef __SSE2__
    __m128i v, lc, letter, digit, upper;
    unsigned word, high, gap;
    size_t run;

    if (i < 16 || *p - low < 16)
        return false;
    v = _mm_loadu_si128((const __m128i *)(const void *)(text + i - 16));
    lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
    letter = _mm_and_si128(_mm_cmpgt_epi8(lc, _mm_set1_epi8('a' - 1)),
                           _mm_cmplt_epi8(lc, _mm_set1_epi8('z' + 1)));
    digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                          _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
    high = (unsigned)_mm_movemask_epi8(v);
    gap = ~word & 0xffff;
    if (!gap)
        return false;
    gap = 31 - (unsigned)__builtin_clz(gap); /* the byte before the word */
    if (high >> gap)
        return false;
    run = 15 - gap;
    /* a camel_seam() inside the word: a capital after a small letter */
    upper = _mm_andnot_si128(_mm_cmpeq_epi8(v, lc), letter);
    *camel = ((unsigned)_mm_movemask_epi8(upper) &
              ((unsigned)_mm_movemask_epi8(_mm_andnot_si128(upper, letter)) << 1) &
              (0xffffu << (gap + 2))) != 0;
    _mm_storeu_si128((__m128i *)(void *)(*p - 16),
                     _mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20))));
    *p -= run;
    return true;
#else
    (void)text;
    (void)i;
    (void)p;
    (void)low;
    (void)camel;
    return false;
#endif
}

/*
 * context_window_slow()'s window, built while walking back: each token is
 * lower-cased and written right to left into the end of the buffer (an
 * ASCII word 16 bytes at a time, ascii_word_at()), then hashed and packed
 * for the stop-word set from there in 8-byte loads, so the forward pass
 * that wrote and hashed every token byte by byte goes away (the 1 KB chat
 * message of bench/pii: 17k of its 136k instructions went to its nine
 * windows, now 10k). A token with a byte >= 0x80 is normalized by
 * guard__norm_words() as before. A window that would come within 32 bytes
 * of the buffer's size is left to context_window_slow(), whose cut-offs
 * then apply; below that it never cuts anything.
 */
static void context_window(struct guard_scratch *s, size_t start)
{
    const char *text = s->text;
    struct guard__ctxwin *w = &s->cw;
    char *const low = w->win + 32, *p = w->win + sizeof(w->win) - 1;
    size_t i = start, content = 0;
    int n = 0;

    *p = '\0';
    *--p = ' ';
    memset(w->mask, 0, sizeof(w->mask));
    while (i > 0 && content < GUARD_CONTEXT_PREFIX_WORDS && n < GUARD_WIN_TOKENS &&
           start - i < 240) {
        char *const tend = p;
        size_t e;
        uint64_t h;
        bool ascii = true, camel;

        i = word_end_before(text, i);
        e = i;
        if (ascii_word_at(text, i, &p, low, &camel)) {
            i -= (size_t)(tend - p);
        } else {
            bool up = false; /* the byte after c is a capital */

            camel = false;
            while (i > 0) {
                unsigned char c = (unsigned char)text[i - 1], l;

                if (c >= 0x80) {
                    if (!word_before_u(text, i))
                        break;
                    ascii = false;
                    i = cp_start(text, i);
                    continue;
                }
                l = ctx_lower[c];
                if (!l)
                    break;
                camel |= up && l == c && c >= 'a';
                up = l != c;
                i--;
                if (ascii) {
                    if (p <= low) {
                        context_window_slow(s, start);
                        return;
                    }
                    *--p = (char)l;
                }
            }
        }
        if (e == i)
            break;
        if (ascii) {
            size_t tl = e - i;

            /* tok_hash() and pack6() of the word, read back from the window */
            h = win_hash(p, tl);
            if (!(tl <= 6 && stop_has(s->e, le_tail(p + tl, tl) | (uint64_t)tl << 56)))
                content++;
            n++;
        } else {
            char tmp[sizeof(w->win)];
            size_t l = guard__norm_words(text + i, e - i, tmp, sizeof(tmp));

            if (l < 3 || tend - low < (ptrdiff_t)(l - 1)) {
                context_window_slow(s, start);
                return;
            }
            p = tend - (l - 2);
            memcpy(p, tmp + 1, l - 2);
            h = tok_hash(p, l - 2);
            n++, content++; /* the stop words are ASCII */
        }
        w->off[n - 1] = (uint16_t)(p - w->win);
        w->tlen[n - 1] = (uint16_t)(tend - p);
        w->hash[n - 1] = h;
        w->mask[(h >> 6) & 3] |= 1ull << (h & 63);
        if (ascii)
            put_singular(w, n - 1, p, (size_t)(tend - p), true);
        else
            w->slen[n - 1] = 0, w->shash[n - 1] = 0;
        *--p = ' ';
        /* its camelCase parts, the last first, as context_window_slow() */
        if (ascii && camel) {
            for (size_t pe = e; pe > i && n < GUARD_WIN_TOKENS;) {
                size_t pb = camel_part(text, i, pe), tl = pe - pb;

                if (p - low < (ptrdiff_t)(tl + 1)) {
                    context_window_slow(s, start);
                    return;
                }
                for (size_t k = pe; k > pb; k--)
                    *--p = (char)ctx_lower[(unsigned char)text[k - 1]];
                h = win_hash(p, tl);
                w->off[n] = (uint16_t)(p - w->win);
                w->tlen[n] = (uint16_t)tl;
                w->hash[n] = h;
                w->mask[(h >> 6) & 3] |= 1ull << (h & 63);
                put_singular(w, n, p, tl, true);
                n++;
                *--p = ' ';
                pe = pb;
            }
        }
    }
    w->n = n;
    w->base = (size_t)(p - w->win);
    w->len = (size_t)(w->win + sizeof(w->win) - 1 - p);
}

static const char *match_words(const struct guard__ctxwin *cw, const char *src, size_t srclen,
                               const struct guard__ctxword *w, size_t n, bool tokens)
{
    for (size_t i = 0; i < n; i++) {
        size_t wl = w[i].len - 2; /* without the guard spaces */

        if (tokens && w[i].h) {
            /* one word, hashed at engine build: compare with each token */
            if (!((cw->mask[(w[i].h >> 6) & 3] >> (w[i].h & 63)) & 1))
                continue;
            for (int k = 0; k < cw->n; k++)
                if (((cw->hash[k] == w[i].h && cw->tlen[k] == wl) ||
                     (cw->shash[k] == w[i].h && cw->slen[k] == wl)) &&
                    memcmp(cw->win + cw->off[k], w[i].norm + 1, wl) == 0)
                    return w[i].word;
            continue;
        }
        if (tokens && !memchr(w[i].norm + 1, ' ', wl)) {
            /* one word (ad-hoc recognizers: not hashed) */
            for (int k = 0; k < cw->n; k++)
                if ((cw->tlen[k] == wl || cw->slen[k] == wl) &&
                    memcmp(cw->win + cw->off[k], w[i].norm + 1, wl) == 0)
                    return w[i].word;
            continue;
        }
        /* A phrase is in the window only if its first word is one of the
         * window's tokens. */
        if (tokens && w[i].h1 && !((cw->mask[(w[i].h1 >> 6) & 3] >> (w[i].h1 & 63)) & 1))
            continue;
        if (srclen >= w[i].len && memmem(src, srclen, w[i].norm, w[i].len))
            return w[i].word;
    }
    return NULL;
}

/* The delimiters d of the line [a, b), and whether it is a Markdown rule
 * line ("|---|:--|"). SIZE_MAX for a line of prose: a ',' or ';' with a
 * blank after it ("Hi, I need help") separates no fields. */
static size_t delimiters(const char *t, size_t a, size_t b, char d, bool *rule)
{
    size_t k = 0;
    bool other = false, spaced = false;

    for (size_t i = a; i < b; i++) {
        k += t[i] == d;
        spaced |= t[i] == d && i + 1 < b && t[i + 1] == ' ';
        other |= t[i] != '|' && t[i] != '-' && t[i] != ':' && t[i] != ' ';
    }
    *rule = d == '|' && !other && k > 0;
    return spaced && (d == ',' || d == ';') ? SIZE_MAX : k;
}

/*
 * The header of the table column a match sits in, normalized as a window
 * is (" bank account "): for a value in a row of a Markdown table ("| Ann
 * | 123456789012 |") or of delimited lines (tab, ';' or ','), the cell in
 * the same column of the block's first line. Presidio reads only the words
 * before a match, and a table's second row is already too far from its
 * header. The block is the match's line and the lines right above it with
 * as many delimiters (Markdown rule lines skipped), at most 64 lines of at
 * most 512 bytes; its first line must hold no digit (a header names its
 * columns), and a ',' or ';' followed by a blank makes a line prose. Returns the length
 * written to out, 0 when the match is in no such block or on its first
 * line.
 */
static size_t column_header(struct guard_scratch *s, size_t start, char *out, size_t cap)
{
    const char *t = s->text;
    size_t n = s->len;
    const char *nl = start ? memrchr(t, '\n', start) : NULL;
    size_t ls, le, k, col = 0, top, pos;
    bool rule;
    char d;

    if (!nl)
        return 0; /* on the text's first line */
    ls = (size_t)(nl - t) + 1;
    nl = memchr(t + start, '\n', n - start);
    le = nl ? (size_t)(nl - t) : n;
    if (le - ls > 512)
        return 0;
    d = memchr(t + ls, '|', le - ls)    ? '|'
        : memchr(t + ls, '\t', le - ls) ? '\t'
        : memchr(t + ls, ';', le - ls)  ? ';'
        : memchr(t + ls, ',', le - ls)  ? ','
                                        : 0;
    if (!d || ((d == ',' || d == ';') && memmem(t + ls, le - ls, d == ',' ? ", " : "; ", 2)))
        return 0; /* no table, or prose */
    for (size_t i = ls; i < start; i++)
        col += t[i] == d;
    if (s->tab.valid && s->tab.ls == ls && s->tab.d == d) {
        k = s->tab.k; /* another cell of the same line */
        top = s->tab.top;
    } else {
        k = delimiters(t, ls, le, d, &rule);
        top = ls;
        pos = ls;
        for (int lines = 0; pos > 0 && lines < 64; lines++) {
            size_t pe = pos - 1, ps;
            const char *p = pe ? memrchr(t, '\n', pe) : NULL;

            ps = p ? (size_t)(p - t) + 1 : 0;
            if (s->tab.valid && s->tab.ls == ps && s->tab.d == d && s->tab.k == k) {
                top = s->tab.top; /* the row above was read: its block goes on */
                break;
            }
            if (pe - ps > 512)
                break;
            size_t pk = delimiters(t, ps, pe, d, &rule);
            if (!rule) {
                if (pk != k)
                    break;
                top = ps;
            }
            pos = ps;
        }
        s->tab.valid = true;
        s->tab.ls = ls;
        s->tab.d = d;
        s->tab.k = k;
        s->tab.top = top;
    }
    if (top == ls)
        return 0;
    /* the header line: no digit, and its cell number col */
    const char *hn = memchr(t + top, '\n', n - top);
    size_t he = hn ? (size_t)(hn - t) : n;
    size_t cs = top, c = 0;
    for (size_t i = top; i < he; i++) {
        if (isdigit((unsigned char)t[i]))
            return 0;
        if (t[i] == d) {
            if (c == col)
                return guard__norm_words(t + cs, i - cs, out, cap);
            c++;
            cs = i + 1;
        }
    }
    return c == col ? guard__norm_words(t + cs, he - cs, out, cap) : 0;
}

/* guard__context_find(), with the words' mask when there is one (struct
 * guard__reccontext): most windows share no bit with a recognizer's
 * words, and their ~20 words need not be walked one by one. */
static const char *context_find(struct guard_scratch *s, size_t start,
                                const struct guard__ctxword *w, size_t n, const uint64_t *mask,
                                const struct guard_opts *opt)
{
    struct guard__ctxwin *cw = &s->cw;
    const char *hit;

    if (!n)
        return NULL;
    if (!(cw->valid && cw->start == start)) {
        context_window(s, start);
        cw->valid = true;
        cw->start = start;
    }
    if (!mask || ((mask[0] & cw->mask[0]) | (mask[1] & cw->mask[1]) | (mask[2] & cw->mask[2]) |
                  (mask[3] & cw->mask[3]))) {
        hit = match_words(cw, cw->win + cw->base, cw->len, w, n, true);
        if (hit)
            return hit;
    }
    /* A table's column header counts as words before its cells. */
    {
        char hb[256];
        size_t hl = column_header(s, start, hb, sizeof(hb));

        if (hl >= 3) {
            hit = match_words(cw, hb, hl, w, n, false);
            if (hit)
                return hit;
        }
    }
    /* Presidio: context words given with the request count as if they were
     * around every match. */
    if (opt && opt->context) {
        for (const char *const *c = opt->context; *c; c++) {
            char buf[256];
            size_t bl = guard__norm_words(*c, strlen(*c), buf, sizeof(buf));

            hit = match_words(cw, buf, bl, w, n, false);
            if (hit)
                return hit;
        }
    }
    return NULL;
}

/* The phrase after a value (see context_after()): from `end`, up to four
 * words of letters, before any other character but one blank between
 * words, an opening bracket, a hyphen, an apostrophe or an abbreviation's
 * full stops ("T.C."); a word before `:`
 * or `=` labels the next value and is left out. Its end; *open is set when
 * the text ends before the phrase does (a stream's next piece may carry
 * it on). */
static inline bool ascii_letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

size_t guard__phrase_after(const char *text, size_t len, size_t end, bool *open)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t e = end, last = end, words = 0;

    *open = false;
    for (;; e++) {
        unsigned char ch;

        if (e == len) {
            *open = true;
            return e;
        }
        if (e - end >= 48)
            return e;
        ch = t[e];
        if (ch == ' ') {
            if (e > end && t[e - 1] == ' ')
                return e;
            if (e > end && t[e - 1] != '(') {
                last = e;
                if (++words == GUARD_AFTER_WORDS)
                    return e;
            }
        } else if (ch == '.' && e > end && ascii_letter(t[e - 1]) &&
                   ((e + 1 < len && ascii_letter(t[e + 1])) || (e >= end + 2 && t[e - 2] == '.'))) {
            continue; /* an abbreviation's full stops: "T.C. kimlik" */
        } else if (!(ch >= 0x80 || ascii_letter(ch) || ch == '(' || ch == '-' || ch == '\'')) {
            return ch == ':' || ch == '=' ? last : e;
        }
    }
}

/* A context word written after the value, in its phrase
 * (guard__phrase_after(): `796 201 798 is my TFN`, `123456789
 * (passport)`). Presidio reads only the words before a match (its
 * context_suffix_count is 0); here a context word before a value beats one
 * after it (better()). */
static const char *context_after(struct guard_scratch *s, size_t end,
                                 const struct guard__ctxword *w, size_t n, const uint64_t *mask)
{
    struct guard__ctxwin *a = &s->after;

    /* most matches end at a mark or a line's end: no phrase */
    if (!n || end >= s->len || (s->text[end] != ' ' && s->text[end] != '('))
        return NULL;
    if (!(a->valid && a->start == end)) {
        bool open;
        size_t e = guard__phrase_after(s->text, s->len, end, &open);

        a->valid = true;
        a->start = end;
        a->base = 0;
        a->n = 0;
        memset(a->mask, 0, sizeof(a->mask));
        /* At most 48 bytes, four words: the window holds them. Words of
         * ASCII letters are folded here; guard__norm_words() takes the
         * others. */
        a->len = 0;
        a->win[a->len++] = ' ';
        for (size_t i = end; i < e; i++) {
            unsigned char c = (unsigned char)s->text[i];

            if (c >= 0x80) {
                a->len = guard__norm_words(s->text + end, e - end, a->win, sizeof(a->win));
                break;
            }
            if (ctx_lower[c])
                a->win[a->len++] = (char)ctx_lower[c];
            else if (a->win[a->len - 1] != ' ')
                a->win[a->len++] = ' ';
        }
        if (a->win[a->len - 1] != ' ')
            a->win[a->len++] = ' ';
        for (size_t i = 1, j; i < a->len && a->n < GUARD_WIN_TOKENS; i = j + 1) {
            uint64_t h;

            for (j = i; j < a->len && a->win[j] != ' ';)
                j++;
            if (j == i)
                break;
            h = tok_hash(a->win + i, j - i);
            a->off[a->n] = (uint16_t)i;
            a->tlen[a->n] = (uint16_t)(j - i);
            a->hash[a->n] = h;
            a->mask[(h >> 6) & 3] |= 1ull << (h & 63);
            put_singular(a, a->n, a->win + i, j - i, false);
            a->n++;
        }
    }
    if (!a->n)
        return NULL;
    if (mask && !((mask[0] & a->mask[0]) | (mask[1] & a->mask[1]) | (mask[2] & a->mask[2]) |
                  (mask[3] & a->mask[3])))
        return NULL;
    return match_words(a, a->win, a->len, w, n, true);
}

const char *guard__context_find(struct guard_scratch *s, size_t start,
                                const struct guard__ctxword *w, size_t n,
                                const struct guard_opts *opt)
{
    return context_find(s, start, w, n, NULL, opt);
}

/* ---- UTF-8 -------------------------------------------------------------- */

static bool utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
#ifdef __SSE2__
        /* ASCII 16 bytes at a time: one test where the 8-byte word took
         * two passes (~1k instructions on a 1 KB message) */
        if (i + 16 <= n &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)))) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= n) {
            uint64_t w;

            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            i++;
        } else if (s[i] >= 0xc2 && s[i] <= 0xdf) {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80)
                return false;
            i += 2;
        } else if (s[i] >= 0xe0 && s[i] <= 0xef) {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
                return false;
            if (s[i] == 0xe0 && s[i + 1] < 0xa0)
                return false;
            if (s[i] == 0xed && s[i + 1] >= 0xa0)
                return false;
            i += 3;
        } else if (s[i] >= 0xf0 && s[i] <= 0xf4) {
            if (i + 3 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80 ||
                (s[i + 3] & 0xc0) != 0x80)
                return false;
            if (s[i] == 0xf0 && s[i + 1] < 0x90)
                return false;
            if (s[i] == 0xf4 && s[i + 1] >= 0x90)
                return false;
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

void guard_cp_offsets(struct str text, struct guard_results *r)
{
    size_t n = r->n * 2, *idx, pos = 0, cps = 0;
    size_t **ptr;

    if (!r->n)
        return;
    ptr = malloc(n * sizeof(*ptr));
    idx = malloc(n * sizeof(*idx));
    if (!ptr || !idx) {
        /* Fallback without memory: one scan per offset. */
        for (size_t i = 0; i < r->n; i++) {
            size_t *o[2] = {&r->v[i].start, &r->v[i].end};

            for (int k = 0; k < 2; k++) {
                size_t c = 0;

                for (size_t b = 0; b < *o[k] && b < text.len; b++)
                    c += ((unsigned char)text.ptr[b] & 0xc0) != 0x80;
                *o[k] = c;
            }
        }
        free(ptr);
        free(idx);
        return;
    }
    for (size_t i = 0; i < r->n; i++) {
        ptr[2 * i] = &r->v[i].start;
        ptr[2 * i + 1] = &r->v[i].end;
    }
    /* insertion sort by offset: results come sorted by start already */
    for (size_t i = 1; i < n; i++) {
        size_t *p = ptr[i], j = i;

        while (j > 0 && *ptr[j - 1] > *p) {
            ptr[j] = ptr[j - 1];
            j--;
        }
        ptr[j] = p;
    }
    for (size_t i = 0; i < n; i++) {
        size_t target = *ptr[i];

        while (pos < target && pos < text.len) {
            cps += ((unsigned char)text.ptr[pos] & 0xc0) != 0x80;
            pos++;
        }
        idx[i] = cps;
    }
    for (size_t i = 0; i < n; i++)
        *ptr[i] = idx[i];
    free(ptr);
    free(idx);
}

/* ---- compiled database cache --------------------------------------------- */

/*
 * Compiling ~130 prefilter patterns takes Hyperscan about two seconds, far
 * over the gateway's start-up budget. The compiled database is therefore
 * kept in a cache file named after a SHA-256 of everything that shapes it
 * (Hyperscan version, this CPU's platform, every pattern, flag and id), so a
 * second start deserializes it in a few milliseconds. Directory:
 * $LLMGATE_CACHE_DIR, else $XDG_CACHE_HOME/llmgate, else ~/.cache/llmgate;
 * LLMGATE_CACHE_DIR=off disables it. Any failure just means compiling.
 */
static bool cache_path(const char *const *pats, const unsigned *flags, const unsigned *ids,
                       size_t n, unsigned mode, char *out, size_t cap)
{
    const char *dir = getenv("LLMGATE_CACHE_DIR"), *base;
    char sub[PATH_MAX];
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdlen = 0;
    EVP_MD_CTX *sha;
    hs_platform_info_t plat;
    char hex[17];

    if (dir && strcmp(dir, "off") == 0)
        return false;
    if (!dir || !*dir) {
        base = getenv("XDG_CACHE_HOME");
        if (base && *base)
            snprintf(sub, sizeof(sub), "%s/llmgate", base);
        else if ((base = getenv("HOME")) && *base)
            snprintf(sub, sizeof(sub), "%s/.cache/llmgate", base);
        else
            return false;
        dir = sub;
    }
    sha = EVP_MD_CTX_new();
    if (!sha || !EVP_DigestInit_ex(sha, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(sha);
        return false;
    }
    EVP_DigestUpdate(sha, hs_version(), strlen(hs_version()));
    memset(&plat, 0, sizeof(plat));
    if (hs_populate_platform(&plat) == HS_SUCCESS)
        EVP_DigestUpdate(sha, &plat, sizeof(plat));
    for (size_t i = 0; i < n; i++) {
        EVP_DigestUpdate(sha, pats[i], strlen(pats[i]) + 1);
        EVP_DigestUpdate(sha, &flags[i], sizeof(flags[i]));
        /* The ids too: the database reports them, and a pattern that joins
         * a family (never compiled) shifts the ids of the compiled ones
         * after it while their text stays the same. */
        EVP_DigestUpdate(sha, &ids[i], sizeof(ids[i]));
    }
    /* The block and the streaming database of one pattern set are two files. */
    if (mode != HS_MODE_BLOCK)
        EVP_DigestUpdate(sha, &mode, sizeof(mode));
    EVP_DigestFinal_ex(sha, md, &mdlen);
    EVP_MD_CTX_free(sha);
    for (int i = 0; i < 8; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    if (snprintf(out, cap, "%s/guard-%s.hsdb", dir, hex) >= (int)cap)
        return false;
    /* make the directory (and ~/.cache) */
    if (dir == sub && (base = getenv("HOME")) && *base && !getenv("XDG_CACHE_HOME")) {
        char parent[PATH_MAX];

        snprintf(parent, sizeof(parent), "%s/.cache", base);
        (void)mkdir(parent, 0700);
    }
    (void)mkdir(dir, 0700);
    return true;
}

static hs_database_t *cache_load(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    char *buf = NULL;
    hs_database_t *db = NULL;
    size_t got = 0;

    if (fd < 0)
        return NULL;
    if (fstat(fd, &st) < 0 || st.st_size <= 0 || st.st_size > (64 << 20))
        goto out;
    buf = malloc((size_t)st.st_size);
    if (!buf)
        goto out;
    while (got < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);

        if (r <= 0)
            goto out;
        got += (size_t)r;
    }
    if (hs_deserialize_database(buf, got, &db) != HS_SUCCESS)
        db = NULL;
out:
    free(buf);
    close(fd);
    return db;
}

static void cache_store(const char *path, const hs_database_t *db)
{
    char *bytes = NULL, tmp[PATH_MAX + 16];
    size_t len = 0, off = 0;
    int fd;

    if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS)
        return;
    snprintf(tmp, sizeof(tmp), "%s.%d", path, (int)getpid());
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        while (off < len) {
            ssize_t w = write(fd, bytes + off, len - off);

            if (w <= 0)
                break;
            off += (size_t)w;
        }
        close(fd);
        if (off != len || rename(tmp, path) < 0)
            unlink(tmp);
    }
    free(bytes);
}

/* The database of `pats` in `mode`, from the cache or compiled (and then
 * cached); NULL when it does not compile. */
static hs_database_t *database(const char *const *pats, const unsigned *flags, const unsigned *ids,
                               size_t n, unsigned mode)
{
    char path[PATH_MAX];
    bool cached = cache_path(pats, flags, ids, n, mode, path, sizeof(path));
    hs_database_t *db = cached ? cache_load(path) : NULL;
    hs_compile_error_t *cerr = NULL;

    if (db)
        return db;
    if (hs_compile_multi(pats, flags, ids, (unsigned)n, mode, NULL, &db, &cerr) != HS_SUCCESS) {
        hs_free_compile_error(cerr);
        return NULL;
    }
    if (cached)
        cache_store(path, db);
    return db;
}

/* ---- engine ------------------------------------------------------------- */

const char *const *guard_entities(const struct guard_engine *e)
{
    return e->entities;
}

static int entity_index(const struct guard_engine *e, const char *name)
{
    for (size_t i = 0; i < e->n_entities; i++)
        if (strcmp(e->entities[i], name) == 0)
            return (int)i;
    return -1;
}

static size_t ent_hash(const char *name)
{
    uint32_t h = 2166136261u;

    for (; *name; name++)
        h = (h ^ (unsigned char)*name) * 16777619u;
    return h & (GUARD_ENT_SLOTS - 1);
}

static void build_ent_slots(struct guard_engine *e)
{
    for (size_t i = 0; i < e->n_entities; i++) {
        size_t k = ent_hash(e->entities[i]);

        while (e->ent_slot[k])
            k = (k + 1) & (GUARD_ENT_SLOTS - 1);
        e->ent_slot[k] = (uint8_t)(i + 1);
    }
}

/* entity_index() in one probe, once the engine is built. */
static int entity_lookup(const struct guard_engine *e, const char *name)
{
    for (size_t k = ent_hash(name); e->ent_slot[k]; k = (k + 1) & (GUARD_ENT_SLOTS - 1)) {
        size_t i = e->ent_slot[k] - 1u;

        if (strcmp(e->entities[i], name) == 0)
            return (int)i;
    }
    return -1;
}

static void ctx_free(struct guard__reccontext *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->w[i].norm);
    free(c->w);
}

void guard_engine_free(struct guard_engine *e)
{
    if (!e)
        return;
    guard__ner_free(e);
    hs_free_database(e->db);
    hs_free_database(e->sdb);
    for (size_t i = 0; i < e->n_exprs; i++)
        pcre2_code_free(e->exprs[i].code);
    free(e->exprs);
    for (int f = 0; f < GUARD_FAMILIES; f++) {
        free(e->fam[f]);
        free(e->famlen[f]);
    }
    free(e->cons);
    if (e->ctx)
        for (size_t i = 0; i < guard__n_recognizers; i++)
            ctx_free(&e->ctx[i]);
    free(e->ctx);
    free(e->entities);
    free(e->rec_entity);
    free(e);
}

/* Appends the word `word`, normalized to norm[0, l), to c's list. */
static int add_ctxword(struct guard__reccontext *c, const char *word, const char *norm, size_t l)
{
    struct guard__ctxword *w = &c->w[c->n];
    uint64_t h;

    w->word = word;
    w->norm = strndup(norm, l);
    w->len = l;
    if (!w->norm)
        return GW_ENOMEM;
    if (l >= 3 && !memchr(norm + 1, ' ', l - 2))
        w->h = tok_hash(norm + 1, l - 2);
    else if (l >= 3)
        w->h1 =
            tok_hash(norm + 1, (size_t)((const char *)memchr(norm + 1, ' ', l - 2) - (norm + 1)));
    h = w->h ? w->h : w->h1;
    c->mask[(h >> 6) & 3] |= 1ull << (h & 63);
    if (!h)
        c->masked = false;
    c->n++;
    return 0;
}

static int build_context(struct guard__reccontext *c, const char *const *words)
{
    size_t n = 0;

    for (const char *const *w = words; w && *w; w++)
        n++;
    c->w = calloc(n ? n : 1, sizeof(*c->w));
    if (!c->w)
        return GW_ENOMEM;
    c->masked = true;
    for (size_t i = 0; i < n; i++) {
        char buf[256];
        size_t l = guard__norm_words(words[i], strlen(words[i]), buf, sizeof(buf));

        if (add_ctxword(c, words[i], buf, l) < 0)
            return GW_ENOMEM;
    }
    return 0;
}

static void build_stopset(struct guard_engine *e)
{
    for (size_t i = 0; i < sizeof(stopwords) / sizeof(stopwords[0]); i++) {
        size_t l = strlen(stopwords[i]), k;
        bool ascii = true;

        for (k = 0; k < l; k++)
            ascii &= (unsigned char)stopwords[i][k] < 0x80;
        if (l > 6 || !ascii)
            continue; /* the window only asks about ASCII words up to 6 bytes */
        for (k = stop_slot(pack6(stopwords[i], l)); e->stop[k];
             k = (k + 1) & (GUARD_STOP_SLOTS - 1))
            ;
        e->stop[k] = pack6(stopwords[i], l);
    }
}

/* famlen[]: each family's members by the token lengths their widths admit. */
static int build_famlen(struct guard_engine *e)
{
    for (int f = 0; f < GUARD_FAMILIES; f++) {
        size_t n = e->n_fam[f];

        e->famlen[f] = calloc(GUARD_FAM_LENS * (n ? n : 1), sizeof(*e->famlen[f]));
        if (!e->famlen[f])
            return GW_ENOMEM;
        for (size_t len = 0; len < GUARD_FAM_LENS; len++) {
            uint16_t k = 0;

            for (size_t i = 0; i < n; i++) {
                const struct guard__expr *ex = &e->exprs[e->fam[f][i]];

                if (len >= ex->minw && len <= ex->maxw)
                    e->famlen[f][len * n + k++] = e->fam[f][i];
            }
            e->famlen_n[f][len] = k;
        }
    }
    return 0;
}

/*
 * x->st: the bytes a match can start with, from PCRE2's own analysis (the
 * start bitmap it builds, or the one code unit every match starts with),
 * and the bytes before a start that the leading look-behinds forbid. A
 * letter as that one code unit may stand for its other cases (caseless
 * matching, here or in a (?i) group), which may be non-ASCII (U+212A
 * KELVIN SIGN for 'k'): both cases and every lead byte are then allowed.
 */
static void start_bytes(struct guard__expr *x, bool caseless)
{
    const uint8_t *map = NULL;
    uint32_t type = 0, cu = 0;

    memset(x->st, GUARD_ST_FIRST, sizeof(x->st));
    x->first_set = false;
    if (pcre2_pattern_info(x->code, PCRE2_INFO_FIRSTBITMAP, &map) == 0 && map) {
        for (unsigned c = 0; c < 256; c++)
            x->st[c] = (map[c >> 3] >> (c & 7)) & 1;
        x->first_set = true;
    } else if (pcre2_pattern_info(x->code, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
               pcre2_pattern_info(x->code, PCRE2_INFO_FIRSTCODEUNIT, &cu) == 0 && cu <= 0xff &&
               !(caseless && cu >= 0x80)) {
        memset(x->st, 0, sizeof(x->st));
        x->st[cu] = GUARD_ST_FIRST;
        if (isalpha((int)cu)) {
            x->st[cu ^ 0x20] = GUARD_ST_FIRST;
            memset(x->st + 0xc0, GUARD_ST_FIRST, 0x40);
        }
        x->first_set = true;
    }
    memset(x->st + 0x80, 0, 0x40);
    x->lb_wide = false;
    for (unsigned i = 0; i < x->n_lb; i++) {
        const struct guard__lb *lb = &x->lb[i];

        for (unsigned c = 0; c < 0x80; c++)
            if ((lb->ascii[lb->len - 1][c >> 3] >> (c & 7)) & 1)
                x->st[c] |= lb->len == 1 ? GUARD_ST_LB1 : 1u << (GUARD_ST_LB2 + i);
        x->lb_wide |= lb->len == 1 && lb->lo[0] <= lb->hi[0];
    }
    x->filter = x->first_set || x->n_lb;
}

int guard_engine_new(const char *model_path, struct guard_engine **out, const char **err)
{
    struct guard_engine *e = calloc(1, sizeof(*e));
    size_t n_pat = 0, k = 0, n_hs = 0;
    const char **hs_pats = NULL;
    unsigned *hs_flags = NULL, *hs_ids = NULL;
    hs_compile_error_t *cerr = NULL;
    int rc = GW_ENOMEM;
    const char *msg = "guard: out of memory";

    *out = NULL;
    if (!e)
        goto fail;
    for (size_t r = 0; r < guard__n_recognizers; r++)
        n_pat += guard__recognizers[r].n_patterns;
    for (int i = 0; i < GUARD_SCANS; i++)
        e->scan_expr[i] = UINT32_MAX;
    e->exprs = calloc(n_pat, sizeof(*e->exprs));
    e->cons = calloc(n_pat, sizeof(*e->cons));
    e->ctx = calloc(guard__n_recognizers, sizeof(*e->ctx));
    e->entities = calloc(guard__n_recognizers + 8, sizeof(*e->entities));
    e->rec_entity = calloc(guard__n_recognizers, sizeof(*e->rec_entity));
    if (!e->exprs || !e->cons || !e->ctx || !e->entities || !e->rec_entity)
        goto fail;

    /* Entities: the recognizers' types in table order, then the NER's. */
    for (size_t r = 0; r < guard__n_recognizers; r++) {
        int idx = entity_index(e, guard__recognizers[r].entity);

        if (idx < 0) {
            idx = (int)e->n_entities;
            e->entities[e->n_entities++] = guard__recognizers[r].entity;
        }
        e->rec_entity[r] = (uint8_t)idx;
        rc = build_context(&e->ctx[r], guard__recognizers[r].context);
        if (rc < 0)
            goto fail;
    }
    build_stopset(e);
    for (size_t i = 0; i < sizeof(ner_entities) / sizeof(ner_entities[0]); i++)
        if (entity_index(e, ner_entities[i]) < 0)
            e->entities[e->n_entities++] = ner_entities[i];
    build_ent_slots(e);
    rc = GW_ENOMEM;

    /* Distinct patterns: a regex shared by several recognizers (a bare run of
     * nine digits serves seven of them) is compiled and searched once. */
    for (size_t r = 0; r < guard__n_recognizers; r++) {
        const struct guard__recognizer *rec = &guard__recognizers[r];

        for (size_t p = 0; p < rec->n_patterns; p++) {
            const struct guard__pattern *pt = &rec->patterns[p];
            size_t x;

            for (x = 0; x < e->n_exprs; x++) {
                const struct guard__consumer *c0 = &e->cons[e->exprs[x].first_cons];
                const struct guard__pattern *q = &guard__recognizers[c0->rec].patterns[c0->pat];

                if ((q->flags & GP_CASELESS) == (pt->flags & GP_CASELESS) &&
                    strcmp(q->regex, pt->regex) == 0)
                    break;
            }
            if (x == e->n_exprs) {
                e->exprs[x].first_cons = (uint32_t)k;
                e->n_exprs++;
            }
            e->exprs[x].n_cons++;
            e->cons[k].rec = (uint16_t)r;
            e->cons[k].pat = (uint16_t)p;
            k++;
        }
    }
    /* Consumers were appended in recognizer order; regroup them per expr. */
    {
        struct guard__consumer *sorted = calloc(k, sizeof(*sorted));
        size_t pos = 0;

        if (!sorted)
            goto fail;
        for (size_t x = 0; x < e->n_exprs; x++) {
            const struct guard__consumer *c0 = &e->cons[e->exprs[x].first_cons];
            const struct guard__pattern *q0 = &guard__recognizers[c0->rec].patterns[c0->pat];
            size_t first = pos;

            for (size_t i = 0; i < k; i++) {
                const struct guard__pattern *q =
                    &guard__recognizers[e->cons[i].rec].patterns[e->cons[i].pat];

                if ((q->flags & GP_CASELESS) == (q0->flags & GP_CASELESS) &&
                    strcmp(q->regex, q0->regex) == 0)
                    sorted[pos++] = e->cons[i];
            }
            e->exprs[x].first_cons = (uint32_t)first;
            e->exprs[x].n_cons = (uint32_t)(pos - first);
        }
        free(e->cons);
        e->cons = sorted;
        e->n_cons = k;
    }

    hs_pats = calloc(e->n_exprs + GUARD_FAMILIES, sizeof(*hs_pats));
    hs_flags = calloc(e->n_exprs + GUARD_FAMILIES, sizeof(*hs_flags));
    hs_ids = calloc(e->n_exprs + GUARD_FAMILIES, sizeof(*hs_ids));
    for (int f = 0; f < GUARD_FAMILIES; f++)
        e->fam[f] = calloc(e->n_exprs, sizeof(*e->fam[f]));
    if (!hs_pats || !hs_flags || !hs_ids || !e->fam[0] || !e->fam[1] || !e->fam[2])
        goto fail;
    for (size_t x = 0; x < e->n_exprs; x++) {
        struct guard__expr *ex = &e->exprs[x];
        const struct guard__consumer *c0 = &e->cons[ex->first_cons];
        const struct guard__pattern *pt = &guard__recognizers[c0->rec].patterns[c0->pat];
        uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_USE_OFFSET_LIMIT;
        int errc;
        PCRE2_SIZE erroff;
        hs_expr_info_t *info = NULL;

        if (pt->flags & GP_CASELESS)
            opts |= PCRE2_CASELESS;
        ex->code =
            pcre2_compile((PCRE2_SPTR)pt->regex, PCRE2_ZERO_TERMINATED, opts, &errc, &erroff, NULL);
        if (!ex->code) {
            rc = GW_ECONFIG;
            msg = "guard: a built-in pattern does not compile (PCRE2)";
            goto fail;
        }
        /* The interpreter if there is no JIT. */
        ex->jit = pcre2_jit_compile(ex->code, PCRE2_JIT_COMPLETE) == 0;
        hs_pats[x] = pt->hs ? strdup(pt->hs) : guard__hs_pattern(pt->regex);
        if (!hs_pats[x])
            goto fail;
        hs_flags[x] = HS_FLAG_PREFILTER | ((pt->flags & GP_CASELESS) ? HS_FLAG_CASELESS : 0);
        hs_ids[x] = (unsigned)x;
        if (hs_expression_info(hs_pats[x], hs_flags[x], &info, &cerr) != HS_SUCCESS) {
            hs_free_compile_error(cerr);
            cerr = NULL;
            rc = GW_ECONFIG;
            msg = "guard: a built-in pattern does not compile (Hyperscan)";
            goto fail;
        }
        ex->back = (info->max_width == UINT_MAX || info->max_width > UNBOUNDED_BACK)
                       ? UNBOUNDED_BACK
                       : info->max_width + 4;
        ex->minw = info->min_width;
        ex->maxw = info->max_width;
        free(info);
        info = NULL;
        ex->reach = ex->maxw <= UNBOUNDED_BACK ? ex->maxw : 0;
        if (pt->hs) {
            /* The trigger's width says nothing of the pattern's: ask about
             * the prefilter derived from the pattern itself. */
            char *d = guard__hs_pattern(pt->regex);

            ex->reach = 0;
            if (d && hs_expression_info(d, hs_flags[x], &info, &cerr) == HS_SUCCESS) {
                if (info->max_width <= UNBOUNDED_BACK)
                    ex->reach = info->max_width;
            } else if (!d) {
                goto fail;
            } else {
                hs_free_compile_error(cerr);
                cerr = NULL;
            }
            free(info);
            free(d);
        }
        guard__right_boundary(pt->regex, ex);
        guard__left_boundary(pt->regex, ex);
        start_bytes(ex, pt->flags & GP_CASELESS);
        if (pt->hs) {
            ex->rb_set = false; /* reports are not match ends */
            if (pt->back)
                ex->back = pt->back;
            ex->pre = pt->pre;
            ex->ld_sep = pt->ld_sep;
            ex->ld_runs = pt->ld_runs;
        }
        for (const char *c = pt->stop; c && *c; c++) {
            ex->stop[(unsigned char)*c >> 3] |= (uint8_t)(1u << (*c & 7));
            ex->stop_set = true;
        }
        ex->family = (pt->flags & GP_TD)   ? 1
                     : (pt->flags & GP_TG) ? 2
                     : (pt->flags & GP_TA) ? 3
                                           : 0;
        ex->next = UINT32_MAX;
        if (pt->scan) {
            ex->scan = pt->scan;
            e->scan_expr[pt->scan] = (uint32_t)x;
        } else if (ex->family) {
            e->fam[ex->family - 1][e->n_fam[ex->family - 1]++] = (uint32_t)x;
            ex->runs = guard__digit_runs(pt->regex);
            hs_flags[x] = 0; /* not compiled: its family's trigger stands for it */
        } else if (pt->hs) {
            /* A trigger written for several patterns is compiled once: a
             * character-class expression costs Hyperscan time on every
             * byte, whatever it reports (bench/pii: each of the plate and
             * registration shapes cost 0.1 to 1.6 ns a byte on its own). */
            for (size_t y = 0; y < x; y++) {
                const struct guard__consumer *cy = &e->cons[e->exprs[y].first_cons];
                const struct guard__pattern *py = &guard__recognizers[cy->rec].patterns[cy->pat];

                if (e->exprs[y].family || e->exprs[y].shared || !py->hs ||
                    strcmp(py->hs, pt->hs) != 0 || hs_flags[y] != hs_flags[x])
                    continue;
                while (e->exprs[y].next != UINT32_MAX)
                    y = e->exprs[y].next;
                e->exprs[y].next = (uint32_t)x;
                ex->shared = true;
                break;
            }
        }
    }
    if (build_famlen(e) < 0)
        goto fail;
    {
        /* Own expressions first, then the family triggers (ids n_exprs + f). */
        static const char *const triggers[GUARD_FAMILIES] = {
            "[0-9]{6,}\\b",
            NULL, /* GUARD_FAM_GROUPS, "[0-9]+(?:[ .,/-][0-9]+)+\\b": byte_scans() */
            "(?:[A-Za-z][A-Za-z0-9]*[0-9]|[0-9][A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]*\\b",
        };
        size_t m = 0;

        for (size_t x = 0; x < e->n_exprs; x++) {
            if (e->exprs[x].family || e->exprs[x].shared || e->exprs[x].scan) {
                free((void *)hs_pats[x]);
                hs_pats[x] = NULL;
                continue;
            }
            hs_pats[m] = hs_pats[x];
            hs_flags[m] = hs_flags[x];
            hs_ids[m] = hs_ids[x];
            if (m != x)
                hs_pats[x] = NULL;
            m++;
        }
        for (int f = 0; f < GUARD_FAMILIES; f++) {
            if (!triggers[f])
                continue;
            hs_pats[m] = strdup(triggers[f]);
            if (!hs_pats[m])
                goto fail;
            hs_flags[m] = 0;
            hs_ids[m] = (unsigned)(e->n_exprs + (size_t)f);
            m++;
        }
        n_hs = m;
    }
    e->db = database(hs_pats, hs_flags, hs_ids, n_hs, HS_MODE_BLOCK);
    if (!e->db) {
        rc = GW_ECONFIG;
        msg = "guard: the Hyperscan database does not compile";
        goto fail;
    }
    /* The same expressions for streams (incr.c). Without it a stream's
     * windows are block-scanned, with the same results: not an error. */
    e->sdb = database(hs_pats, hs_flags, hs_ids, n_hs, HS_MODE_STREAM);
    rc = guard__ner_load(e, model_path);
    if (rc < 0) {
        msg = "guard: the NER model could not be loaded";
        goto fail;
    }
    for (size_t x = 0; x < e->n_exprs + GUARD_FAMILIES; x++)
        free((void *)hs_pats[x]);
    free(hs_pats);
    free(hs_flags);
    free(hs_ids);
    *out = e;
    return 0;
fail:
    if (hs_pats)
        for (size_t x = 0; x < (e ? e->n_exprs + GUARD_FAMILIES : 0); x++)
            free((void *)hs_pats[x]);
    free(hs_pats);
    free(hs_flags);
    free(hs_ids);
    if (e && rc != GW_ECONFIG && msg == NULL)
        msg = "guard: engine build failed";
    guard_engine_free(e);
    if (err)
        *err = msg;
    return rc;
}

/* ---- scratch ------------------------------------------------------------ */

int guard_scratch_new(const struct guard_engine *e, struct guard_scratch **out)
{
    struct guard_scratch *s = calloc(1, sizeof(*s));
    uint32_t maxcap = 0;

    *out = NULL;
    if (!s)
        return GW_ENOMEM;
    s->e = e;
    if (hs_alloc_scratch(e->db, &s->hs) != HS_SUCCESS)
        goto fail;
    /* One scratch serves both databases (hs_alloc_scratch grows it). */
    if (e->sdb && hs_alloc_scratch(e->sdb, &s->hs) != HS_SUCCESS)
        goto fail;
    for (size_t x = 0; x < e->n_exprs; x++) {
        uint32_t c = 0;

        pcre2_pattern_info(e->exprs[x].code, PCRE2_INFO_CAPTURECOUNT, &c);
        if (c > maxcap)
            maxcap = c;
    }
    s->md = pcre2_match_data_create(maxcap + 1, NULL);
    s->mc = pcre2_match_context_create(NULL);
    s->covered = calloc(e->n_exprs, sizeof(*s->covered));
    s->expr_on = calloc(e->n_exprs, 1);
    if (!s->md || !s->mc || !s->covered || !s->expr_on)
        goto fail;
    if (guard__ner_scratch_new(e, s) < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    guard_scratch_free(s);
    return GW_ENOMEM;
}

void guard_scratch_free(struct guard_scratch *s)
{
    if (!s)
        return;
    guard__ner_scratch_free(s);
    hs_free_scratch(s->hs);
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mc);
    free(s->covered);
    free(s->expr_on);
    free(s->c);
    guard_results_dispose(&s->tmp);
    free(s->spec);
    free(s->fin);
    free(s);
}

/* *buf with room for `need` bytes (grown by realloc(), keeping its bytes),
 * or NULL without memory. */
static void *grow(void **buf, size_t *cap, size_t need)
{
    if (need > *cap) {
        size_t c = *cap ? *cap : 256;
        void *b;

        while (c < need)
            c *= 2;
        b = realloc(*buf, c);
        if (!b)
            return NULL;
        *buf = b;
        *cap = c;
    }
    return *buf;
}

/* ---- scanning ----------------------------------------------------------- */

static int cand_push(struct guard_scratch *s, const struct guard__cand *c)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        struct guard__cand *v = realloc(s->c, cap * sizeof(*v));

        if (!v)
            return GW_ENOMEM;
        s->c = v;
        s->cap = cap;
    }
    s->c[s->n++] = *c;
    return 0;
}

static bool entity_on(const struct guard_scratch *s, unsigned idx)
{
    return (s->active[idx >> 6] >> (idx & 63)) & 1;
}

/* May a match end at `to`? (the byte after it is not one the pattern's
 * trailing look-ahead forbids) */
static bool rb_ok(const struct guard__expr *x, const char *t, size_t n, size_t to)
{
    unsigned char c;

    if (!x->rb_set || to >= n)
        return true;
    c = (unsigned char)t[to];
    if (c < 0x80)
        return !((x->rb[c >> 3] >> (c & 7)) & 1);
    if (x->rb_latin) {
        size_t l;
        uint32_t cp = cp_at((const unsigned char *)t + to, n - to, &l);

        if (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7)
            return false;
    }
    return true;
}

/* Does a one-character look-behind of x with a range of code points >= 0x80
 * hit the character before offset p (which is not ASCII)? */
static bool lb_wide_hit(const struct guard__expr *x, const char *t, size_t p)
{
    size_t q = cp_start(t, p), l;
    uint32_t cp = cp_at((const unsigned char *)t + q, p - q, &l);

    for (unsigned i = 0; i < x->n_lb; i++)
        if (x->lb[i].len == 1 && cp >= x->lb[i].lo[0] && cp <= x->lb[i].hi[0])
            return true;
    return false;
}

/* May a match of x start at offset p of t[0, n)? The byte table answers
 * most starts in a few instructions. A two-character look-behind is
 * checked for ASCII characters only (it is sure of nothing else). */
static inline bool can_start(const struct guard__expr *x, const char *t, size_t n, size_t p)
{
    unsigned char c, f;
    unsigned m;

    if (p < n ? !(x->st[(unsigned char)t[p]] & GUARD_ST_FIRST) : x->first_set)
        return false;
    if (p == 0)
        return true;
    c = (unsigned char)t[p - 1];
    if (c >= 0x80)
        return !(x->lb_wide && lb_wide_hit(x, t, p));
    m = x->st[c];
    if (m & GUARD_ST_LB1)
        return false;
    m >>= GUARD_ST_LB2;
    if (!m || p < 2 || (f = (unsigned char)t[p - 2]) >= 0x80)
        return true;
    for (unsigned i = 0; m; i++, m >>= 1)
        if ((m & 1) && ((x->lb[i].ascii[0][f >> 3] >> (f & 7)) & 1))
            return false;
    return true;
}

/* The last offset in [from, to] where a match of x may start, or
 * SIZE_MAX. The first-byte test alone rules most offsets out. */
static size_t last_start(const struct guard__expr *x, const char *t, size_t n, size_t from,
                         size_t to)
{
    size_t p = to;

    if (p >= n) {
        if (can_start(x, t, n, p))
            return p;
        if (p == from)
            return SIZE_MAX;
        p = n - 1;
    }
    for (;;) {
        while (p > from && !(x->st[(unsigned char)t[p]] & GUARD_ST_FIRST))
            p--;
        if (can_start(x, t, n, p))
            return p;
        if (p == from)
            return SIZE_MAX;
        p--;
    }
}

/* The first offset in [from, to] where a match of x may start, where
 * can_start(to) holds. */
static size_t next_start(const struct guard__expr *x, const char *t, size_t n, size_t from,
                         size_t to)
{
    size_t p = from;

    for (;;) {
        while (p < to && !(x->st[(unsigned char)t[p]] & GUARD_ST_FIRST))
            p++;
        if (p >= to || can_start(x, t, n, p))
            return p;
        p++;
    }
}

static void search(struct guard_scratch *s, unsigned id, size_t to)
{
    const struct guard_engine *e = s->e;
    const struct guard__expr *x = &e->exprs[id];
    size_t start = to > x->back ? to - x->back : 0, end = s->len, lim;
    bool filter;

    if (start < s->covered[id])
        start = s->covered[id];
    if (x->stop_set) {
        size_t b = to;

        while (b > start) {
            unsigned char c = (unsigned char)s->text[b - 1];

            if (c < 0x80 && ((x->stop[c >> 3] >> (c & 7)) & 1))
                break;
            b--;
        }
        start = b;
    }
    while (start > 0 && ((unsigned char)s->text[start] & 0xc0) == 0x80)
        start--;
    /* No match ends past `reach` after its start: PCRE2 gets the text up to
     * there and a few bytes for the trailing look-aheads, not to its end.
     * A pattern with a required byte (the '-' of a German plate) otherwise
     * searches the whole rest of the text for it before each attempt: a
     * shared trigger that fires where the byte is absent made that
     * quadratic (200 KB of "Z9 " took 3.8G instructions). */
    if (x->reach) {
        end = to + x->reach + GUARD_LOOKAHEAD;
        if (end >= s->len)
            end = s->len;
        else
            while (end < s->len && ((unsigned char)s->text[end] & 0xc0) == 0x80)
                end++;
    }
    /*
     * A match starts where can_start() says it may: the offset limit
     * comes down to the last such start, and each call below begins at
     * the first one. PCRE2 tried the others one by one, each failing its
     * look-behind or first character only after the cost of an attempt
     * (the bare-domain URL's window over "chloe.fontaine@example.com":
     * 26 starts, 3.4k instructions, where 'c' is the one left).
     */
    lim = to;
    filter = x->filter && !s->exhaustive;
    if (filter) {
        lim = last_start(x, s->text, s->len, start, to);
        if (lim == SIZE_MAX)
            goto none;
    }
    pcre2_set_offset_limit(s->mc, lim);
    while (start <= lim) {
        if (filter)
            start = next_start(x, s->text, s->len, start, lim);
        /* pcre2_jit_match() skips pcre2_match()'s checks and dispatch:
         * ~140 of the ~700 instructions of a typical call, and there are
         * ~40 calls a KB of mixed text. The text is valid UTF-8 (checked
         * once) and the options are the ones it was compiled with. */
        int rc = x->jit ? pcre2_jit_match(x->code, (PCRE2_SPTR)s->text, end, start, 0, s->md, s->mc)
                        : pcre2_match(x->code, (PCRE2_SPTR)s->text, end, start, PCRE2_NO_UTF_CHECK,
                                      s->md, s->mc);
        PCRE2_SIZE *ov;
        size_t ms, me;

        if (rc < 0)
            break;
        ov = pcre2_get_ovector_pointer(s->md);
        ms = ov[0];
        me = ov[1];
        if (me <= ms) {
            start = ms + 1;
            while (start < s->len && ((unsigned char)s->text[start] & 0xc0) == 0x80)
                start++;
            continue;
        }
        for (uint32_t i = 0; i < x->n_cons; i++) {
            const struct guard__consumer *c = &e->cons[x->first_cons + i];
            struct guard__cand cand = {
                .start = ms, .end = me, .rec = c->rec, .pat = c->pat, .validation = -1};

            if (!entity_on(s, e->rec_entity[c->rec]))
                continue;
            cand.score = guard__recognizers[c->rec].patterns[c->pat].score;
            if (cand_push(s, &cand) < 0) {
                s->err = GW_ENOMEM;
                return;
            }
        }
        if (me > s->covered[id])
            s->covered[id] = me;
        start = me;
        if (me >= to)
            return;
    }
none:
    if (to + 1 > s->covered[id])
        s->covered[id] = to + 1;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
    return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Joins digit groups in the GP_TG family: one of " .,/-". */
static bool group_sep(char c)
{
    return c == ' ' || c == '.' || c == ',' || c == '/' || c == '-';
}

/* A family trigger reported a token ending at `to`: find where it starts,
 * then try the family's patterns whose width fits, anchored there. */
static void family(struct guard_scratch *s, unsigned f, size_t to)
{
    const struct guard_engine *e = s->e;
    const char *t = s->text;
    size_t b = to, len, stop = s->fam_to[f];

    /* The walk back from `to` is the same as the last report's once it
     * reaches that report's end: a token reports at every group ("1-2-3"),
     * and walking each one back to the token's start was quadratic (a
     * 100 KB run of "1-" took 1.9 s, 400 KB 30 s). */
    if (f == 0) {
        while (b > stop && is_digit(t[b - 1]))
            b--;
    } else if (f == 1) {
        while (b > stop) {
            if (is_digit(t[b - 1]))
                b--;
            else if (b >= 2 && is_digit(t[b - 2]) && group_sep(t[b - 1]) &&
                     !guard__field_comma(t, s->len, b - 1))
                b--;
            else
                break;
        }
    } else {
        while (b > stop && is_alnum(t[b - 1]))
            b--;
    }
    if (b == stop && stop > 0)
        b = s->fam_b[f];
    s->fam_to[f] = to;
    s->fam_b[f] = b;
    len = to - b;
    /* Most members' widths rule most tokens out: walking the whole family
     * at every report was a quarter of the 8 MB text's time in C. */
    const uint32_t *list = e->fam[f];
    size_t nl = e->n_fam[f];
    if (len < GUARD_FAM_LENS) {
        list = e->famlen[f] + len * e->n_fam[f];
        nl = e->famlen_n[f][len];
    }
    /* A member's match starts at b, so with as many digits as the token
     * starts with: "2022-04-22" (4) is no SSN (3 or 5) and no NHS number
     * (3, 6 or 10), and PCRE2 need not be asked (~230 instructions a
     * call, ~60% of the family's calls on bench/pii's chat message). */
    size_t run = 0;
    while (run < 31 && b + run < s->len && is_digit(t[b + run]))
        run++;
    for (size_t i = 0; i < nl && !s->err; i++) {
        uint32_t x = list[i];
        const struct guard__expr *ex = &e->exprs[x];

        if (!s->expr_on[x] || len < ex->minw || len > ex->maxw || b < s->covered[x])
            continue;
        if (ex->runs && !((ex->runs >> run) & 1) && !s->exhaustive)
            continue;
        if (ex->first_set && !s->exhaustive && !(ex->st[(unsigned char)t[b]] & GUARD_ST_FIRST))
            continue;
        if (f != 1 && !rb_ok(ex, t, s->len, to))
            continue;
        /* The match must start at b: search from b with b as offset limit.
         * What PCRE2 is given does not depend on `to` (the window is [b,
         * b + reach]), so when nothing is found covered[x] stays at b + 1:
         * the token reports again at each of its groups ("2022-04-22"
         * three times), and searching again gave the same answer (a fifth
         * of the chat message's PCRE2 calls). */
        s->covered[x] = b;
        search(s, x, b);
    }
}

/*
 * Does the letter-digit junction the trigger "[A-Z][ -]?[0-9]" ends at `to`
 * fit x (guard__pattern.ld_sep, .ld_runs)? Every match of x has a junction
 * that fits within `back` of its start, whose own report finds it. The
 * thirteen plate and registration shapes share this trigger, and one
 * invoice number ("INV-2024-0412") sent eight of them to PCRE2 for nothing
 * (~5k of the ~94k instructions of bench/pii's chat message); a German
 * plate has no hyphen before its digits, a Nigerian one three digits.
 */
static bool ld_fits(const struct guard__expr *x, const char *t, size_t n, size_t to)
{
    unsigned sep;
    size_t r = 1;

    if (to < 2)
        return true;
    sep = t[to - 2] == ' ' ? GUARD_LD_BLANK : t[to - 2] == '-' ? GUARD_LD_HYPHEN : GUARD_LD_NONE;
    if (!(x->ld_sep & sep))
        return false;
    if (!x->ld_runs)
        return true;
    while (r < 31 && to - 1 + r < n && is_digit(t[to - 1 + r]))
        r++;
    return (x->ld_runs >> r) & 1;
}

/* A report of pattern x ending at `to` (a trigger's end for `hs` patterns). */
static void report(struct guard_scratch *s, uint32_t x, size_t to)
{
    const struct guard__expr *ex = &s->e->exprs[x];

    if (!s->expr_on[x] || to <= s->covered[x])
        return;
    if (!rb_ok(ex, s->text, s->len, to))
        return;
    if (ex->pre && !ex->pre(s->text, s->len, to))
        return;
    if (ex->ld_sep && !s->exhaustive && !ld_fits(ex, s->text, s->len, to))
        return;
    search(s, x, to);
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                    void *ctx)
{
    struct guard_scratch *s = ctx;

    (void)from;
    (void)flags;
    if (id >= s->e->n_exprs) {
        family(s, id - (unsigned)s->e->n_exprs, (size_t)to);
        return s->err ? 1 : 0;
    }
    for (uint32_t x = id; x != UINT32_MAX && !s->err; x = s->e->exprs[x].next)
        report(s, x, (size_t)to);
    return s->err ? 1 : 0;
}

static bool hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static bool hs_word(unsigned char c)
{
    return ascii_word(c) || c == '_';
}

/* Seven "[0-9A-Fa-f]{1,4}:" groups ending with the colon at q. The groups
 * right of the first are whole runs between colons; the first may be the
 * tail of a longer run. */
static bool ipv6_groups(const char *t, size_t q)
{
    size_t i = q;

    for (int g = 0; g < 7; g++) {
        size_t k = 0;

        while (k < 4 && i > k && hex((unsigned char)t[i - 1 - k]))
            k++;
        if (k == 0)
            return false;
        if (g == 6)
            return true;
        if (i < k + 1 || t[i - 1 - k] != ':')
            return false;
        i -= k + 1;
    }
    return true;
}

/* The first digit at or after i, or n. */
static size_t next_digit(const char *t, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);

    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(t + i)), zero);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, nine), v));

        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < n && !is_digit(t[i]))
        i++;
    return i;
}

static bool phone_sep(char c)
{
    return c == ' ' || c == '.' || c == '-';
}

/* "[2-9][0-9]{2}" ending at i. */
static bool area_before(const char *t, size_t i)
{
    return i >= 3 && t[i - 3] >= '2' && t[i - 3] <= '9' && is_digit(t[i - 2]) && is_digit(t[i - 1]);
}

/* GUARD_SCAN_NANP: does "[2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-]" end at
 * rs, the start of a run of digits? */
static bool nanp_before(const char *t, size_t rs)
{
    size_t k;

    if (rs < 7 || !phone_sep(t[rs - 1]) || !area_before(t, rs - 1))
        return false;
    k = rs - 4; /* where the first group, its ')' and separator end */
    if (area_before(t, k))
        return true;
    if (t[k - 1] == ')' || phone_sep(t[k - 1])) {
        if (area_before(t, k - 1))
            return true;
        if (k >= 2 && t[k - 2] == ')' && phone_sep(t[k - 1]) && area_before(t, k - 2))
            return true;
    }
    return false;
}

/* GUARD_SCAN_NATIONAL: does "0[1-9][0-9]{0,4}\)?[ .-]" end at rs? The
 * digits end where the ')' or the separator starts, the end of a run; the
 * '0' is one of the run's last six digits. */
static bool trunk_before(const char *t, size_t rs)
{
    size_t e, p;

    if (rs < 3 || !phone_sep(t[rs - 1]))
        return false;
    e = rs - 1;
    if (t[e - 1] == ')')
        e--;
    for (p = e; p > 0 && e - p < 6 && is_digit(t[p - 1]); p--)
        ;
    for (; p + 2 <= e; p++)
        if (t[p] == '0' && t[p + 1] != '0')
            return true;
    return false;
}

/*
 * The C-scanned triggers (GUARD_SCAN_*), reporting the same end offsets
 * Hyperscan would for their `hs` expressions, in increasing order per
 * pattern. They run after hs_scan(): each pattern has one source of
 * reports, so its "covered" mark still moves forwards only.
 */
static void byte_scans(struct guard_scratch *s)
{
    const struct guard_engine *e = s->e;
    const char *t = s->text, *end = t + s->len, *p;
    uint32_t x, nanp, nat;

    x = e->scan_expr[GUARD_SCAN_DOTWORD];
    if (x != UINT32_MAX && s->expr_on[x]) {
        for (p = memchr(t, '.', s->len); p && !s->err; p = memchr(p, '.', (size_t)(end - p))) {
            size_t l = 0;

            p++;
            while (l <= 24 && p + l < end && ((p[l] | 0x20) >= 'a' && (p[l] | 0x20) <= 'z'))
                l++;
            if (l >= 2 && l <= 24 && (p + l == end || !hs_word((unsigned char)p[l])))
                report(s, x, (size_t)(p + l - t));
        }
    }
    x = e->scan_expr[GUARD_SCAN_IPV6];
    if (x != UINT32_MAX && s->expr_on[x]) {
        for (p = memchr(t, ':', s->len); p && !s->err; p = memchr(p, ':', (size_t)(end - p))) {
            size_t q = (size_t)(p - t);

            if (ipv6_groups(t, q))
                report(s, x, q + 1);
            if (p + 1 < end && p[1] == ':')
                report(s, x, q + 2);
            p++;
        }
    }
    /*
     * Runs of digits after a separator: the group family's trigger
     * ("[0-9]+(?:[ .,/-][0-9]+)+\b", GUARD_FAM_GROUPS) ends each one that
     * follows a digit and its separator and that no word byte follows; the
     * phone triggers end 4 or 2 digits into one.
     */
    nanp = e->scan_expr[GUARD_SCAN_NANP];
    nat = e->scan_expr[GUARD_SCAN_NATIONAL];
    if (nanp != UINT32_MAX && !s->expr_on[nanp])
        nanp = UINT32_MAX;
    if (nat != UINT32_MAX && !s->expr_on[nat])
        nat = UINT32_MAX;
    for (size_t rs = next_digit(t, 0, s->len), re; rs < s->len && !s->err;
         rs = next_digit(t, re, s->len)) {
        for (re = rs + 1; re < s->len && is_digit(t[re]); re++)
            ;
        if (rs < 2)
            continue;
        if (phone_sep(t[rs - 1])) {
            if (nat != UINT32_MAX && re - rs >= 2 && trunk_before(t, rs))
                report(s, nat, rs + 2);
            if (nanp != UINT32_MAX && re - rs >= 4 && !s->err && nanp_before(t, rs))
                report(s, nanp, rs + 4);
        }
        if (is_digit(t[rs - 2]) && group_sep(t[rs - 1]) &&
            (re == s->len || !hs_word((unsigned char)t[re])) && !s->err)
            family(s, GUARD_FAM_GROUPS, re);
    }
}

/* ---- scoring ------------------------------------------------------------ */

/* A checksum gave c the top score, which no context word changes: without
 * explanations its words are looked up only in a cluster (finish()). */
static bool lazy_context(const struct guard_opts *opt, const struct guard__cand *c,
                         const struct guard__pattern *p)
{
    return opt && opt->no_explain && c->validation == GV_PASS && !(p->flags & GP_WEAK);
}

static void score_cand(struct guard_scratch *s, struct guard__cand *c, const struct guard_opts *opt)
{
    const struct guard__recognizer *r = &guard__recognizers[c->rec];
    const struct guard__pattern *p = &r->patterns[c->pat];
    const struct guard__reccontext *ctx = &s->e->ctx[c->rec];

    if (r->validate) {
        c->validation = r->validate(s->text, s->len, c);
        if (c->validation == GV_DROP) {
            c->score = 0;
            return;
        }
        if (c->validation == GV_PASS)
            c->score = GUARD_SCORE_MAX;
    }
    c->ctx_after = false;
    if (lazy_context(opt, c, p)) {
        c->ctx_word = NULL; /* finish() looks where a choice needs it */
        return;
    }
    c->ctx_word = context_find(s, c->start, ctx->w, ctx->n, ctx->masked ? ctx->mask : NULL, opt);
    /* A word after the value is looked for where it decides: a weak
     * shape's cap, a score under the context minimum (0.4). */
    if (!c->ctx_word && ((p->flags & GP_WEAK) || c->score < GUARD_CONTEXT_MIN_SCORE)) {
        c->ctx_word = context_after(s, c->end, ctx->w, ctx->n, ctx->masked ? ctx->mask : NULL);
        c->ctx_after = c->ctx_word != NULL;
    }
    if (c->ctx_word) {
        c->score += GUARD_CONTEXT_FACTOR;
        if (c->score < GUARD_CONTEXT_MIN_SCORE)
            c->score = GUARD_CONTEXT_MIN_SCORE;
        if (c->score > GUARD_SCORE_MAX)
            c->score = GUARD_SCORE_MAX;
    } else if ((p->flags & GP_WEAK) && c->score > GUARD_WEAK_CAP) {
        c->score = GUARD_WEAK_CAP;
        c->weak_capped = true;
    }
}

/* ---- filtering and overlap resolution ----------------------------------- */

struct ranked {
    struct guard_result r;
    int spec;
    bool keep;
    bool ctx_after; /* its context word is after it (context_after()) */
    int near;       /* ctx_distance(), when a rival needs it; else GUARD_WIN_TOKENS */
};

/* spec's flag for a context word after the match, and its pattern
 * recognizer's index + 1 (0: ad-hoc or NER) */
#define SPEC_CTX_AFTER 0x40000
#define SPEC_LAZY      0x80000 /* its context words not looked up yet (lazy_context()) */
#define SPEC_REC_SHIFT 20
#define SPEC_LOW       (SPEC_CTX_AFTER - 1)

/* Does the phrase w (" a b ") end at the window's token k? */
static bool phrase_at(const struct guard__ctxwin *cw, const struct guard__ctxword *w, int k)
{
    const char *e = w->norm + w->len - 1; /* its closing guard space */

    while (e > w->norm) {
        const char *b = e;

        while (b > w->norm && b[-1] != ' ')
            b--;
        if (k >= cw->n || cw->tlen[k] != (size_t)(e - b) || memcmp(cw->win + cw->off[k], b, e - b))
            return false;
        e = b - 1;
        k++;
    }
    return true;
}

/* How near recognizer rec's nearest context word is before `start`: how
 * many words lie between (0: the word just before), or GUARD_WIN_TOKENS. */
static int ctx_distance(struct guard_scratch *s, unsigned rec, size_t start)
{
    const struct guard__reccontext *ctx = &s->e->ctx[rec];
    struct guard__ctxwin *cw = &s->cw;
    int best = GUARD_WIN_TOKENS;

    if (!(cw->valid && cw->start == start)) {
        context_window(s, start);
        cw->valid = true;
        cw->start = start;
    }
    for (size_t i = 0; i < ctx->n; i++) {
        const struct guard__ctxword *w = &ctx->w[i];
        uint64_t h = w->h ? w->h : w->h1;

        /* a word or phrase whose (first) token is not in the window */
        if (h && !((cw->mask[(h >> 6) & 3] >> (h & 63)) & 1))
            continue;
        for (int k = 0; k < cw->n && k < best; k++)
            if ((!w->h || cw->hash[k] == w->h) && phrase_at(cw, w, k))
                best = k;
    }
    return best;
}

static bool passed(const struct ranked *a)
{
    return a->r.validation_result_set && a->r.validation_result;
}

static bool better(const struct ranked *a, const struct ranked *b)
{
    size_t la = a->r.end - a->r.start, lb = b->r.end - b->r.start;
    bool ca = a->r.supportive_context_word != NULL, cb = b->r.supportive_context_word != NULL;

    /* `TFN 123456782 passport`: the word before names it, whatever the
     * scores. */
    if (ca && cb && a->ctx_after != b->ctx_after)
        return b->ctx_after;
    /* `licence no. Z515684485552, passport C46248359`: so does the key
     * right before it, where the other's words are further back, unless
     * only the other passed a checksum (`two cards on the account,
     * 4580501670646584`). */
    if (ca && cb && a->near != b->near && (a->near <= 1 || b->near <= 1) &&
        abs(a->near - b->near) >= 2 && passed(a) == passed(b))
        return a->near < b->near;
    if (a->r.score != b->r.score)
        return a->r.score > b->r.score;
    if (ca != cb)
        return ca;
    if (a->spec != b->spec)
        return a->spec > b->spec;
    if (la != lb)
        return la > lb;
    return a->r.start < b->r.start;
}

static bool overlaps(const struct guard_result *a, const struct guard_result *b)
{
    return a->start < b->end && b->start < a->end;
}

static bool same_type_contained(const struct ranked *a, const struct ranked *b)
{
    return strcmp(a->r.entity, b->r.entity) == 0 && a->r.start >= b->r.start &&
           a->r.end <= b->r.end;
}

/* Prefix maxima over positions 0..n-1 (a Fenwick tree; f[1..n], zeroed). */
static void fw_put(size_t *f, size_t n, size_t pos, size_t val)
{
    for (size_t i = pos + 1; i <= n; i += i & -i)
        if (f[i] < val)
            f[i] = val;
}

static size_t fw_max(const size_t *f, size_t upto) /* over positions [0, upto) */
{
    size_t m = 0;

    for (size_t i = upto; i > 0; i -= i & -i)
        if (f[i] > m)
            m = f[i];
    return m;
}

static int cmp_better(const void *x, const void *y, void *ctx)
{
    const struct ranked *v = ctx;
    size_t a = *(const size_t *)x, b = *(const size_t *)y;

    if (better(&v[a], &v[b]))
        return -1;
    if (better(&v[b], &v[a]))
        return 1;
    return a < b ? -1 : a > b;
}

struct place_ctx {
    const struct ranked *v;
    bool by_type;
};

static int cmp_place(const void *x, const void *y, void *ctx)
{
    const struct place_ctx *pc = ctx;
    const struct ranked *v = pc->v;
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    int t = pc->by_type ? strcmp(v[a].r.entity, v[b].r.entity) : 0;

    if (t)
        return t;
    if (v[a].r.start != v[b].r.start)
        return v[a].r.start < v[b].r.start ? -1 : 1;
    return a < b ? -1 : a > b;
}

/*
 * The same choice as resolve_cluster() below in O(k log k), for big
 * clusters: the candidates in order of preference, each kept unless it
 * overlaps a kept one (Presidio: lies inside a kept one of its type). A
 * kept one is found as the largest end among the candidates starting
 * before a point: a prefix maximum over the candidates sorted by start
 * (by type, then start, for Presidio: one tree per type). A text of
 * "Nov 17 " repeated made one cluster of every date, and the rounds below
 * took O(k^3): 8 KB in 1.4 s.
 */
static int resolve_big(struct ranked *v, size_t lo, size_t hi, bool presidio)
{
    size_t k = hi - lo, *ord = malloc(6 * k * sizeof(*ord));
    size_t *pos, *rank, *s0, *s1, *fw;
    struct place_ctx pc = {v, presidio};

    if (!ord)
        return GW_ENOMEM;
    pos = ord + k;   /* candidates by (type,) start */
    rank = pos + k;  /* candidate -> place in pos */
    s0 = rank + k;   /* place -> first place of its type */
    s1 = s0 + k;     /* place -> one past the last place of its type */
    fw = s1 + k - 1; /* fw[1..k] (the last k): the prefix-maximum trees, one per type */
    for (size_t i = 0; i < k; i++)
        ord[i] = pos[i] = lo + i;
    qsort_r(ord, k, sizeof(*ord), cmp_better, (void *)v);
    qsort_r(pos, k, sizeof(*pos), cmp_place, &pc);
    for (size_t i = 0; i < k; i++) {
        rank[pos[i] - lo] = i;
        if (!presidio)
            s0[i] = 0;
        else if (i && strcmp(v[pos[i]].r.entity, v[pos[i - 1]].r.entity) == 0)
            s0[i] = s0[i - 1];
        else
            s0[i] = i;
    }
    for (size_t i = k; i-- > 0;)
        s1[i] = i + 1 < k && s0[i + 1] == s0[i] ? s1[i + 1] : i + 1;
    memset(fw + 1, 0, k * sizeof(*fw));
    for (size_t i = lo; i < hi; i++)
        v[i].keep = false;
    for (size_t o = 0; o < k; o++) {
        struct ranked *c = &v[ord[o]];
        size_t r = rank[ord[o] - lo], a = r, b = s1[r];
        size_t *tree = fw + s0[r], n = s1[r] - s0[r];

        /* a: one past the places that may block c. Presidio: those of
         * its type starting at or before c; else those starting before c
         * ends. Places before c's own all qualify: search after it. */
        while (a < b) {
            size_t m = a + (b - a) / 2;

            if (presidio ? v[pos[m]].r.start <= c->r.start : v[pos[m]].r.start < c->r.end)
                a = m + 1;
            else
                b = m;
        }
        if (presidio ? fw_max(tree, a - s0[r]) >= c->r.end : fw_max(tree, a - s0[r]) > c->r.start)
            continue;
        c->keep = true;
        fw_put(tree, n, r - s0[r], c->r.end);
    }
    free(ord);
    return 0;
}

/* Resolves v[lo, hi) (one cluster of overlapping results). */
static void resolve_cluster(struct ranked *v, size_t lo, size_t hi, bool presidio)
{
    size_t n = hi - lo;

    for (size_t i = lo; i < hi; i++)
        v[i].keep = false;
    for (size_t round = 0; round < n; round++) {
        size_t best = SIZE_MAX;

        for (size_t i = lo; i < hi; i++) {
            bool blocked = false;

            if (v[i].keep || v[i].spec == INT_MIN)
                continue;
            for (size_t j = lo; j < hi && !blocked; j++) {
                if (!v[j].keep)
                    continue;
                if (presidio ? same_type_contained(&v[i], &v[j]) : overlaps(&v[i].r, &v[j].r))
                    blocked = true;
            }
            if (blocked) {
                v[i].spec = INT_MIN; /* out */
                continue;
            }
            if (best == SIZE_MAX || better(&v[i], &v[best]))
                best = i;
        }
        if (best == SIZE_MAX)
            break;
        v[best].keep = true;
    }
}

static bool allowed(const struct guard_opts *opt, const char *t, const struct guard_result *r)
{
    if (!opt->allow_list)
        return false;
    for (const char *const *a = opt->allow_list; *a; a++)
        if (strlen(*a) == r->end - r->start && memcmp(*a, t + r->start, r->end - r->start) == 0)
            return true;
    return false;
}

static bool entity_requested(const struct guard_opts *opt, const char *entity)
{
    if (!opt->entities)
        return true;
    for (const char *const *p = opt->entities; *p; p++)
        if (strcmp(*p, entity) == 0)
            return true;
    return false;
}

/* Whether the NER runs: not when the call asks only for types it does not
 * find (a guardrail masking e-mails and cards); its results would be
 * filtered out before anything else looks at them. */
static bool ner_requested(const struct guard_opts *opt)
{
    if (opt->no_ner)
        return false;
    for (size_t i = 0; i < sizeof(ner_entities) / sizeof(ner_entities[0]); i++)
        if (entity_requested(opt, ner_entities[i]))
            return true;
    return false;
}

/* Sort key of a result: start ascending, then end descending, then the
 * order results were found in (texts are under 4 GB: hs_scan's limit). */
struct sortkey {
    uint64_t k;
    size_t i;
};

static bool key_less(const struct sortkey *a, const struct sortkey *b)
{
    return a->k < b->k || (a->k == b->k && a->i < b->i);
}

static int cmp_key(const void *x, const void *y)
{
    return key_less(x, y) ? -1 : key_less(y, x) ? 1 : 0;
}

/* Each source's results come nearly sorted (Hyperscan reports in end
 * order; the NER's are sorted): insertion sort, which gives up for qsort()
 * once it has moved more than a few keys per key, so never quadratic. */
static void sort_run(struct sortkey *k, size_t n)
{
    size_t moves = 0;

    for (size_t i = 1; i < n; i++) {
        struct sortkey x = k[i];
        size_t j = i;

        while (j > 0 && key_less(&x, &k[j - 1])) {
            k[j] = k[j - 1];
            j--;
        }
        k[j] = x;
        moves += i - j;
        if (moves > 4 * n) {
            qsort(k, n, sizeof(*k), cmp_key);
            return;
        }
    }
}

/* Sorts k[0, n), made of the runs that end at cut[0..ncut) and n, each
 * sorted on its own and merged into the previous ones through tmp. */
static void sort_keys(struct sortkey *k, size_t n, const size_t *cut, int ncut, struct sortkey *tmp)
{
    size_t a = 0;

    for (int c = 0; c <= ncut; c++) {
        size_t b = c < ncut ? cut[c] : n, i = 0, j = a, o = 0;

        if (b <= a)
            continue;
        sort_run(k + a, b - a);
        if (a && key_less(&k[a], &k[a - 1])) {
            while (i < a && j < b)
                tmp[o++] = key_less(&k[j], &k[i]) ? k[j++] : k[i++];
            while (i < a)
                tmp[o++] = k[i++];
            while (j < b)
                tmp[o++] = k[j++];
            memcpy(k, tmp, b * sizeof(*k));
        }
        a = b;
    }
}

/* Filters, sorts and resolves tmp (results of the sources that end at
 * src_end[0..n_src), each in the order it found them) into out. */
static int finish(struct guard_scratch *s, struct guard_results *tmp, const int *spec,
                  const size_t *src_end, int n_src, const struct guard_opts *opt,
                  struct guard_results *out)
{
    struct ranked *v;
    struct sortkey *key, *ktmp;
    size_t n = 0, cut[4];
    int rc = 0, ncut = 0;

    if (!tmp->n)
        return 0;
    v = grow(&s->fin, &s->fin_cap, tmp->n * (sizeof(*v) + 2 * sizeof(*key)));
    if (!v)
        return GW_ENOMEM;
    key = (struct sortkey *)(void *)(v + tmp->n);
    ktmp = key + tmp->n;
    for (size_t i = 0; i < tmp->n; i++) {
        const struct guard_result *r = &tmp->v[i];

        while (ncut < n_src && ncut < 4 && i == src_end[ncut])
            cut[ncut++] = n;

        if (r->score <= 0 || r->score < opt->threshold || r->end <= r->start || r->end > s->len)
            continue;
        if (!entity_requested(opt, r->entity) || allowed(opt, s->text, r))
            continue;
        key[n].k = (uint64_t)r->start << 32 | (uint32_t) ~(uint32_t)r->end;
        key[n].i = i;
        n++;
    }
    /* qsort() of the ~130-byte results took 39M instructions on
     * bench/pii's 8 MB text, 57M with the NER's results after the
     * patterns'; this takes under 1M. The same order: that sort was
     * stable. */
    sort_keys(key, n, cut, ncut, ktmp);
    for (size_t j = 0; j < n; j++) {
        v[j].r = tmp->v[key[j].i];
        v[j].spec = spec ? spec[key[j].i] & SPEC_LOW : 0;
        v[j].ctx_after = spec && (spec[key[j].i] & SPEC_CTX_AFTER);
        v[j].keep = false;
        v[j].near = GUARD_WIN_TOKENS;
    }
    /* clusters of transitively overlapping results */
    for (size_t i = 0; i < n;) {
        size_t j = i + 1, end = v[i].r.end;
        int keyed = 0;

        while (j < n && v[j].r.start < end) {
            if (v[j].r.end > end)
                end = v[j].r.end;
            j++;
        }
        /* a checksum's match in a cluster: its context words now */
        for (size_t k = i; spec && j - i > 1 && k < j; k++) {
            int sp = spec[key[k].i];

            if (sp & SPEC_LAZY) {
                const struct guard__reccontext *ctx = &s->e->ctx[(sp >> SPEC_REC_SHIFT) - 1];
                const char *word = context_find(s, v[k].r.start, ctx->w, ctx->n,
                                                ctx->masked ? ctx->mask : NULL, opt);

                v[k].r.supportive_context_word = word;
            }
        }
        for (size_t k = i; spec && k < j && j - i > 1 && j - i <= 16; k++)
            keyed += v[k].r.supportive_context_word && !v[k].ctx_after &&
                     spec[key[k].i] >> SPEC_REC_SHIFT;
        for (size_t k = i; keyed >= 2 && k < j; k++)
            if (v[k].r.supportive_context_word && !v[k].ctx_after &&
                spec[key[k].i] >> SPEC_REC_SHIFT)
                v[k].near = ctx_distance(s, (spec[key[k].i] >> SPEC_REC_SHIFT) - 1, v[k].r.start);
        if (j - i == 1)
            v[i].keep = true;
        else if (j - i <= 16)
            resolve_cluster(v, i, j, opt->keep_overlaps); /* no allocation, k^3 is small */
        else if ((rc = resolve_big(v, i, j, opt->keep_overlaps)) < 0)
            break;
        i = j;
    }
    for (size_t i = 0; i < n && rc == 0; i++)
        if (v[i].keep)
            rc = guard__results_push(out, &v[i].r);
    return rc;
}

int guard_analyze(const struct guard_engine *e, struct guard_scratch *s, struct str text,
                  const struct guard_opts *opt, struct guard_results *out)
{
    static const struct guard_opts defaults;
    struct guard_results tmp;
    size_t src_end[2]; /* where the pattern and the ad-hoc results end in tmp */
    int *spec;
    int rc = 0;
    bool any = false;

    if (!opt)
        opt = &defaults;
    if (!text.ptr && text.len)
        return GW_EINVAL;
    if (s->e != e)
        return GW_EINVAL;
    if (!utf8_valid((const unsigned char *)text.ptr, text.len))
        return GW_EUTF8;
    s->text = text.ptr ? text.ptr : "";
    s->len = text.len;
    s->cw.valid = false;
    s->after.valid = false;
    s->tab.valid = false;
    memset(s->fam_to, 0, sizeof(s->fam_to));
    s->n = 0;
    s->err = 0;

    /* which entities, hence which patterns, are on */
    memset(s->covered, 0, e->n_exprs * sizeof(*s->covered));
    if (!opt->entities) {
        s->active[0] = s->active[1] = ~0ULL;
        memset(s->expr_on, 1, e->n_exprs);
        any = true;
    } else {
        s->active[0] = s->active[1] = 0;
        for (const char *const *p = opt->entities; *p; p++) {
            int i = entity_lookup(e, *p);

            if (i >= 0)
                s->active[i >> 6] |= 1ULL << (i & 63);
        }
        for (size_t x = 0; x < e->n_exprs; x++) {
            s->expr_on[x] = 0;
            for (uint32_t i = 0; i < e->exprs[x].n_cons; i++)
                if (entity_on(s, e->rec_entity[e->cons[e->exprs[x].first_cons + i].rec]))
                    s->expr_on[x] = 1;
            any |= s->expr_on[x];
        }
    }

    if (any && text.len) {
        /* A window of a stream: its reports are already known (incr.c). */
        int replayed = s->incr ? guard__incr_replay(s->incr, text, on_match, s) : 0;

        if (replayed < 0)
            return replayed;
        if (!replayed) {
            if (text.len > UINT_MAX)
                return GW_ETOOBIG;
            s->hs_block_bytes += text.len;
            if (hs_scan(e->db, s->text, (unsigned)text.len, 0, s->hs, on_match, s) != HS_SUCCESS &&
                !s->err)
                return GW_EIO;
        }
        if (!s->err)
            byte_scans(s);
        if (s->err)
            return s->err;
    }

    /* candidates -> results */
    spec = grow((void **)&s->spec, &s->spec_cap, (s->n ? s->n : 1) * sizeof(*spec));
    if (!spec)
        return GW_ENOMEM;
    tmp = s->tmp;
    tmp.n = 0;
    for (size_t i = 0; i < s->n && rc == 0; i++) {
        struct guard__cand *c = &s->c[i];
        const struct guard__recognizer *r = &guard__recognizers[c->rec];
        const struct guard__pattern *p = &r->patterns[c->pat];
        double before;
        struct guard_result res;

        score_cand(s, c, opt);
        if (c->score <= 0)
            continue;
        before = c->validation == GV_PASS ? GUARD_SCORE_MAX : p->score;
        res = (struct guard_result){
            .entity = r->entity,
            .start = c->start,
            .end = c->end,
            .score = c->score,
            .recognizer = r->name,
            .pattern_name = p->name,
            .original_score = p->score,
            .score_context_improvement = c->ctx_word ? c->score - before : 0,
            .supportive_context_word = c->ctx_word,
            .validation_result_set = c->validation == GV_PASS || c->validation == GV_DROP,
            .validation_result = c->validation == GV_PASS,
        };
        spec[tmp.n] = r->specificity | (c->ctx_after ? SPEC_CTX_AFTER : 0) |
                      (lazy_context(opt, c, p) ? SPEC_LAZY : 0) |
                      (int)(c->rec + 1) << SPEC_REC_SHIFT;
        rc = guard__results_push(&tmp, &res);
    }
    src_end[0] = tmp.n;
    if (rc == 0 && (opt->adhoc || opt->ad_hoc)) {
        size_t before = tmp.n;
        int *sp;

        rc = guard__adhoc_run(e, s, opt, &tmp);
        sp = grow((void **)&s->spec, &s->spec_cap, (tmp.n ? tmp.n : 1) * sizeof(*spec));
        if (!sp)
            rc = GW_ENOMEM;
        else
            spec = sp;
        for (size_t i = before; rc == 0 && i < tmp.n; i++)
            spec[i] = 1;
    }
    src_end[1] = tmp.n;
    if (rc == 0 && ner_requested(opt)) {
        size_t before = tmp.n;
        int *sp;

        rc = guard__ner_run(e, s, text, &tmp);
        sp = grow((void **)&s->spec, &s->spec_cap, (tmp.n ? tmp.n : 1) * sizeof(*spec));
        if (!sp)
            rc = GW_ENOMEM;
        else
            spec = sp;
        for (size_t i = before; rc == 0 && i < tmp.n; i++)
            spec[i] = 0;
    }
    if (rc == 0)
        rc = finish(s, &tmp, spec, src_end, 2, opt, out);
    s->tmp = tmp;
    if (tmp.cap > GUARD_KEEP_RESULTS) {
        guard_results_dispose(&s->tmp);
        free(s->spec);
        free(s->fin);
        s->spec = NULL;
        s->fin = NULL;
        s->spec_cap = s->fin_cap = 0;
    }
    return rc;
}
