/*
 * NER tokens and features: the code the run-time tagger (ner.c) and the
 * trainer (tools/ner/train.c) share, so that a model is always applied to
 * exactly the features it was trained on. See ner_feat.h for the pipeline.
 *
 * Costs (bench/pii's 1 KB chat message: 217 tokens, 27 candidates, 130k
 * instructions): the tokenizer classifies the bytes sixteen at a time into
 * bit masks and reads each byte of a word once more, for its hash (58k);
 * two passes over every token, one lexicon probe per word with the line
 * counts, then the gate, which also lists the candidates; over that list
 * alone, shapes and affixes, up to four probes for multi-word entries
 * (32k); ~26 feature buckets per candidate, their weight rows and Viterbi
 * over the runs of candidates only (40k; Viterbi over every token was 24k
 * alone). Nothing allocates.
 */
#include "guard/ner_feat.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2_PATH 1
#endif

/* ---- hashing -------------------------------------------------------------- */

#define FNV_INIT  0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static inline uint64_t fnv_cp(uint64_t h, uint32_t cp)
{
    /* Hash the code point, not its bytes: identical for every encoding form. */
    h = (h ^ (cp & 0xff)) * FNV_PRIME;
    if (cp > 0xff)
        h = (h ^ (cp >> 8)) * FNV_PRIME;
    return h;
}

/* ---- Unicode -------------------------------------------------------------- */

static uint32_t decode_slow(const unsigned char *s, size_t n, size_t *i);

static inline uint32_t decode(const unsigned char *s, size_t n, size_t *i)
{
    uint32_t c = s[*i];

    if (c < 0x80) {
        (*i)++;
        return c;
    }
    return decode_slow(s, n, i);
}

static uint32_t decode_slow(const unsigned char *s, size_t n, size_t *i)
{
    size_t k = *i;
    uint32_t c = s[k];

    int need = c >= 0xf8 ? -1 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
    if (need < 0 || n - k <= (size_t)need) {
        *i = k + 1;
        return 0xfffd;
    }
    c &= 0x3f >> need;
    for (int j = 1; j <= need; j++) {
        unsigned char b = s[k + (size_t)j];
        if ((b & 0xc0) != 0x80) {
            *i = k + 1;
            return 0xfffd;
        }
        c = (c << 6) | (b & 0x3f);
    }
    *i = k + 1 + (size_t)need;
    return c;
}

static inline uint32_t fold(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return guard__ner_fold(c);
}

uint32_t guard__ner_fold(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 0x100)
        return c >= 0xc0 && c <= 0xde && c != 0xd7 ? c + 32 : c;
    if (c <= 0x17f) {
        if (c == 0x130)
            return 'i'; /* Turkish dotted capital I */
        if (c == 0x178)
            return 0xff;
        if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17f)
            return c;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
            return (c & 1) ? c + 1 : c;
        return (c & 1) ? c : c + 1;
    }
    if (c >= 0x1cd && c <= 0x1dc)
        return (c & 1) ? c + 1 : c;
    if ((c >= 0x1de && c <= 0x1ef) || (c >= 0x1f8 && c <= 0x21f) || (c >= 0x222 && c <= 0x233))
        return (c & 1) ? c : c + 1;
    if (c >= 0x391 && c <= 0x3ab && c != 0x3a2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42f)
        return c + 32;
    if (c >= 0x400 && c <= 0x40f)
        return c + 80;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f))
        return (c & 1) ? c : c + 1;
    if ((c >= 0x1e00 && c <= 0x1e95) || (c >= 0x1ea0 && c <= 0x1eff))
        return (c & 1) ? c : c + 1;
    return c;
}

static inline bool is_space(uint32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0xa0 || (c >= 0x2000 && c <= 0x200b) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/* Letters and digits; everything not listed as punctuation or symbol above
 * U+007F counts as a letter (CJK, Hangul, combining marks...). */
static bool is_alnum_u(uint32_t c);

static inline bool is_alnum(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    return is_alnum_u(c);
}

static bool is_alnum_u(uint32_t c)
{
    if (c < 0xc0)
        return c == 0xaa || c == 0xb5 || c == 0xba;
    if (c == 0xd7 || c == 0xf7)
        return false;
    if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x2e00 && c <= 0x2e7f) ||
        (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c == 0xfffd ||
        (c >= 0x1f000 && c <= 0x1faff))
        return false;
    return !is_space(c);
}

static inline bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_letter(uint32_t c)
{
    return is_alnum(c) && !is_digit(c);
}

static bool is_caseless_letter(uint32_t c)
{
    /* Scripts without case: what matters is that they are not "lower". */
    return (c >= 0x0590 && c <= 0x08ff) || (c >= 0x0900 && c <= 0x0dff) ||
           (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1100 && c <= 0x11ff) ||
           (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

static inline bool is_apos(uint32_t c)
{
    return c == '\'' || c == 0x2019;
}

/* ---- tokenizer ------------------------------------------------------------ */

static inline char shape_class(uint32_t c)
{
    if (c < 0x80) {
        if (is_digit(c))
            return 'd';
        if (c >= 'A' && c <= 'Z')
            return 'X';
        if (c >= 'a' && c <= 'z')
            return 'x';
        return (char)c;
    }
    if (is_digit(c))
        return 'd';
    if (is_letter(c)) {
        if (c >= 0x300 && c <= 0x36f)
            return 0; /* combining mark: part of the previous letter */
        if (guard__ner_fold(c) != c)
            return 'X';
        return is_caseless_letter(c) ? 'a' : 'x';
    }
    if (is_apos(c))
        return '\'';
    if (c < 0x80)
        return (char)c;
    return 'p';
}

/*
 * A token is described in two steps. describe() fills what every token
 * needs (the hash the lexicon is probed with, the capitalisation class,
 * kind, flags, length); describe_rest() the shape and affix hashes, which
 * only the features of candidates read, and describe_shape() the shape
 * alone, all they read of a candidate's neighbours: guard__ner_annotate()
 * calls them for those alone (about a third of the tokens in chat text).
 * They produce exactly what one pass did before.
 */

/* ASCII classes for the tokenizer's fast paths: one table load a byte. */
enum {
    AC_SPACE = 1u << 0, /* ' ', \t, \n, \v, \f, \r */
    AC_URL = 1u << 1,   /* '@', ':': the run may hold an address */
    AC_ALNUM = 1u << 2,
    AC_UPPER = 1u << 3,
    AC_DIGIT = 1u << 4,
    AC_DOT = 1u << 5, /* '.' and 'w' (below): "www." needs both */
    AC_W = 1u << 7,
    AC_HIGH = 1u << 6, /* a byte of a multi-byte character */
};
/* 256 entries, so a loop needs no "< 0x80" test before the load. */
static const uint8_t ascii_cls[256] = {
    ['\t'] = AC_SPACE,
    ['\n'] = AC_SPACE,
    ['\v'] = AC_SPACE,
    ['\f'] = AC_SPACE,
    ['\r'] = AC_SPACE,
    [' '] = AC_SPACE,
    ['@'] = AC_URL,
    [':'] = AC_URL,
    ['.'] = AC_DOT,
    ['0' ... '9'] = AC_ALNUM | AC_DIGIT,
    ['A' ... 'V'] = AC_ALNUM | AC_UPPER,
    ['W'] = AC_ALNUM | AC_UPPER | AC_W,
    ['X' ... 'Z'] = AC_ALNUM | AC_UPPER,
    ['a' ... 'v'] = AC_ALNUM,
    ['w'] = AC_ALNUM | AC_W,
    ['x' ... 'z'] = AC_ALNUM,
    [0x80 ... 0xff] = AC_HIGH,
};

/* Per byte of a plain word: 1 in the low half for a capital, in the high
 * half for a digit (counts of one token, summed with one add). */
#define PC_UPPER 1ull
#define PC_DIGIT (1ull << 32)
static const uint64_t plain_cnt[128] = {
    ['0' ... '9'] = PC_DIGIT,
    ['A' ... 'Z'] = PC_UPPER,
};

/* shape_class() of an ASCII byte: 'd', 'X', 'x', or the byte itself. */
static const uint8_t ascii_shape[128] = {
#define R8(x) x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7
    R8(0), R8(8), R8(16), R8(24), R8(32), R8(40), 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd',
    'd',   58,    59,     60,     61,     62,     63,  64,  'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X',   'X',   'X',    'X',    'X',    'X',    'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X',   'X',   'X',    'X',    91,     92,     93,  94,  95,  96,  'x', 'x', 'x', 'x', 'x',
    'x',   'x',   'x',    'x',    'x',    'x',    'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    'x',   'x',   'x',    'x',    'x',    'x',    123, 124, 125, 126, 127,
#undef R8
};

/* ASCII case folding by table. */
static const uint8_t ascii_fold[128] = {
#define R8(x) x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7
    R8(0), R8(8),  R8(16),  R8(24),  R8(32),  R8(40),  R8(48),  R8(56),
    64,    R8(97), R8(105), R8(113), 121,     122,     91,      92,
    93,    94,     95,      R8(96),  R8(104), R8(112), R8(120),
#undef R8
};

static void set_cap(struct guard__ner_tok *t, int letters, int upper, int lower, int first_case)
{
    if (!letters)
        t->cap = NER_CAP_NONE;
    else if (!upper && !lower)
        t->cap = NER_CAP_CASELESS;
    else if (upper && !lower && letters >= 2)
        t->cap = NER_CAP_UPPER;
    else if (first_case == 1)
        t->cap = NER_CAP_TITLE;
    else if (upper)
        t->cap = NER_CAP_MIXED;
    else
        t->cap = NER_CAP_LOWER;
}

static void clear_annotations(struct guard__ner_tok *t)
{
    t->lex = 0;
    t->gaz_lex = 0;
    t->gaz_pos = 0;
    t->line_case = 0;
    t->sent_start = 0;
    t->cand = 0;
    t->code = 0;
    t->foreign = 0;
}

/* What describe() finds in a token of ASCII letters and digits only (most
 * words), accumulated by words() while it finds the token's end: no
 * decoding, no shape classes, no branch: per byte one add of table counts,
 * one table fold and one multiply. */
struct plain {
    uint64_t h;   /* FNV of the folded bytes, before guard__ner_mix() */
    uint64_t cnt; /* capitals (low half) and digits (high half), see plain_cnt */
};

/* The case of a plain word's first letter: 1 upper, 0 lower, -1 none. */
static int plain_first_case(const unsigned char *s, size_t a, size_t b)
{
    for (; a < b; a++) {
        unsigned k = ascii_cls[s[a]];
        if (!(k & AC_DIGIT))
            return k & AC_UPPER ? 1 : 0;
    }
    return -1;
}

static void describe_plain(const unsigned char *s, const struct plain *a, struct guard__ner_tok *t)
{
    size_t ncp = t->end - t->start;
    int upper = (int)(uint32_t)a->cnt, digits = (int)(a->cnt >> 32);
    int letters = (int)ncp - digits;
    /* set_cap() reads the first letter's case only when there is a capital. */
    int first_case = upper ? plain_first_case(s, t->start, t->end) : 0;

    t->h = guard__ner_mix(a->h);
    t->ncp = ncp > 255 ? 255 : (uint8_t)ncp;
    t->flags = digits ? NER_TF_DIGIT : 0;
    t->kind = letters ? NER_K_WORD : NER_K_NUM;
    set_cap(t, letters, upper, letters - upper, first_case);
    t->shape = 0;
    clear_annotations(t);
}

/* Per ASCII byte of a token: capitals, small letters and digits in three
 * 21-bit counters (summed with one add; describe_ascii() takes tokens
 * shorter than 2^20 bytes), and the NER_TF_* flag it sets. */
#define AN_UPPER 1ull
#define AN_LOWER (1ull << 21)
#define AN_DIGIT (1ull << 42)
#define AN_FIELD ((1ull << 21) - 1)
static const uint64_t ascii_cnt[128] = {
    ['0' ... '9'] = AN_DIGIT,
    ['A' ... 'Z'] = AN_UPPER,
    ['a' ... 'z'] = AN_LOWER,
};
static const uint8_t ascii_flag[128] = {
    ['0' ... '9'] = NER_TF_DIGIT, ['-'] = NER_TF_HYPHEN,     ['.'] = NER_TF_DOT,
    ['\''] = NER_TF_APOS,         ['_'] = NER_TF_UNDERSCORE,
};

/* describe() of a token of ASCII bytes: they are the code points and
 * their own shape classes, so no decoding and no switch. */
struct counts {
    int letters, upper, lower, digits;
};

/* What describe() and describe_ascii() fill once they have read a token. */
static void describe_end(struct guard__ner_tok *t, uint64_t h, size_t ncp, uint8_t flags,
                         uint8_t kind, struct counts c, int first_case)
{
    t->h = guard__ner_mix(h);
    t->ncp = ncp > 255 ? 255 : (uint8_t)ncp;
    t->flags = flags;
    if (kind != NER_K_URL)
        kind = c.letters ? NER_K_WORD : c.digits ? NER_K_NUM : NER_K_PUNCT;
    t->kind = kind;
    set_cap(t, c.letters, c.upper, c.lower, first_case);
    t->shape = 0;
    clear_annotations(t);
}

static void describe_ascii(const unsigned char *s, struct guard__ner_tok *t, uint8_t kind)
{
    uint64_t h = FNV_INIT, cnt = 0;
    unsigned flags = 0;

    for (size_t i = t->start; i < t->end; i++) {
        unsigned c = s[i];
        h = (h ^ ascii_fold[c]) * FNV_PRIME;
        cnt += ascii_cnt[c];
        flags |= ascii_flag[c];
    }
    int upper = (int)(cnt & AN_FIELD), lower = (int)(cnt >> 21 & AN_FIELD);
    int digits = (int)(cnt >> 42), letters = upper + lower, first_case = -1;
    size_t ncp = t->end - t->start;

    for (size_t i = t->start; i < t->end && first_case < 0; i++)
        if (ascii_cnt[s[i]] & (AN_UPPER | AN_LOWER))
            first_case = (ascii_cnt[s[i]] & AN_UPPER) != 0;
    describe_end(t, h, ncp, (uint8_t)flags, kind, (struct counts){letters, upper, lower, digits},
                 first_case);
}

/* guard__ner_mix() of an ASCII character's FNV hash, as a constant
 * expression: the hashes of one-character punctuation tokens by table
 * (test_tokenize_fast_is_reference holds them to describe()'s). */
#define PMIX1(x) ((x) ^ ((x) >> 33))
#define PMIX(x)  PMIX1(PMIX1(PMIX1(x) * 0xff51afd7ed558ccdull) * 0xc4ceb9fe1a85ec53ull)
#define PH(c)    PMIX((FNV_INIT ^ (uint64_t)(c)) * FNV_PRIME)
#define PH4(c)   PH(c), PH((c) + 1), PH((c) + 2), PH((c) + 3)
#define PH16(c)  PH4(c), PH4((c) + 4), PH4((c) + 8), PH4((c) + 12)
static const uint64_t punct_h[128] = {PH16(0),  PH16(16), PH16(32), PH16(48),
                                      PH16(64), PH16(80), PH16(96), PH16(112)};
#undef PH16
#undef PH4
#undef PH
#undef PMIX
#undef PMIX1

/*
 * One character of a token at s[*i]: its folded code point and its shape
 * class; *i moves past it. True when it was not ASCII. ASCII, most of the
 * text, needs no decoding and no tables.
 */
static inline bool char_step(const unsigned char *s, size_t n, size_t *i, uint32_t *f, char *sc)
{
    uint32_t c = s[*i];

    if (c >= 0x80) {
        c = decode_slow(s, n, i);
        *f = guard__ner_fold(c);
        *sc = shape_class(c);
        return true;
    }
    (*i)++;
    *f = c - 'A' < 26u ? c + 32 : c;
    *sc = c - 'A' < 26u ? 'X' : c - 'a' < 26u ? 'x' : c - '0' < 10u ? 'd' : (char)c;
    return false;
}

/* Any token: hash, counts, flags, kind, capitalisation. */
static void describe(const unsigned char *s, size_t n, struct guard__ner_tok *t, uint8_t kind)
{
    uint64_t h = FNV_INIT;
    size_t ncp = 0;
    int letters = 0, upper = 0, lower = 0, caseless = 0, first_case = -1, digits = 0;
    uint8_t flags = 0;

    for (size_t i = t->start; i < t->end;) {
        uint32_t f;
        char sc;

        if (char_step(s, n, &i, &f, &sc))
            flags |= NER_TF_NONASCII;
        h = fnv_cp(h, f);
        ncp++;
        switch (sc) {
        case 0: /* combining mark */ break;
        case 'd':
            digits++;
            flags |= NER_TF_DIGIT;
            break;
        case 'X':
            letters++;
            upper++;
            if (first_case < 0)
                first_case = 1;
            break;
        case 'x':
            letters++;
            lower++;
            if (first_case < 0)
                first_case = 0;
            break;
        case 'a':
            letters++;
            caseless++;
            if (first_case < 0)
                first_case = 2;
            break;
        case '-': flags |= NER_TF_HYPHEN; break;
        case '.': flags |= NER_TF_DOT; break;
        case '\'': flags |= NER_TF_APOS; break;
        case '_': flags |= NER_TF_UNDERSCORE; break;
        }
    }
    describe_end(t, h, ncp, flags, kind, (struct counts){letters, upper, lower, digits},
                 first_case);
}

/* A token describe_rest() may read byte by byte: ASCII, at most 64 bytes,
 * so the bytes are the code points (no decoding, no copy: half the
 * instructions). */
static inline bool rest_ascii(const struct guard__ner_tok *t)
{
    return !(t->flags & NER_TF_NONASCII) && t->end - t->start <= 64;
}

static void shape_ascii(const unsigned char *s, struct guard__ner_tok *t)
{
    const unsigned char *p = s + t->start;
    size_t m = t->end - t->start, ns = 0;
    uint64_t sh = FNV_INIT;
    unsigned last = 0;

    for (size_t i = 0; i < m && ns < 12; i++) {
        unsigned sc = ascii_shape[p[i]];
        if (sc != last) {
            sh = (sh ^ sc) * FNV_PRIME;
            last = sc;
            ns++;
        }
    }
    t->shape = (uint32_t)(guard__ner_mix(sh) >> 32);
}

static void affixes_ascii(const unsigned char *s, struct guard__ner_tok *t)
{
    const unsigned char *p = s + t->start;
    size_t m = t->end - t->start;
    uint64_t p3 = FNV_INIT, s2 = FNV_INIT, s3 = FNV_INIT;

    if (m >= 3) {
        /* Most tokens: the six bytes the affixes read, no loops. */
        uint64_t a = ascii_fold[p[0]], b = ascii_fold[p[1]], c = ascii_fold[p[2]];
        uint64_t x = ascii_fold[p[m - 3]], y = ascii_fold[p[m - 2]], z = ascii_fold[p[m - 1]];
        t->pre3 = (uint32_t)((((((FNV_INIT ^ a) * FNV_PRIME) ^ b) * FNV_PRIME) ^ c) * FNV_PRIME);
        t->suf2 = (uint32_t)((((FNV_INIT ^ y) * FNV_PRIME) ^ z) * FNV_PRIME);
        t->suf3 = (uint32_t)((((((FNV_INIT ^ x) * FNV_PRIME) ^ y) * FNV_PRIME) ^ z) * FNV_PRIME);
        return;
    }
    for (size_t i = 0; i < 3 && i < m; i++)
        p3 = (p3 ^ ascii_fold[p[i]]) * FNV_PRIME;
    for (size_t i = m >= 2 ? m - 2 : 0; i < m; i++)
        s2 = (s2 ^ ascii_fold[p[i]]) * FNV_PRIME;
    for (size_t i = m >= 3 ? m - 3 : 0; i < m; i++)
        s3 = (s3 ^ ascii_fold[p[i]]) * FNV_PRIME;
    t->pre3 = (uint32_t)p3;
    t->suf2 = (uint32_t)s2;
    t->suf3 = (uint32_t)s3;
}

/* Shape and affixes of any token, decoding it; `affixes` false: the shape
 * alone. */
static void rest_general(const unsigned char *s, struct guard__ner_tok *t, bool affixes)
{
    uint32_t cps[64]; /* folded code points, for affixes */
    size_t ncp = 0, n = t->end;
    char shape[12];
    size_t ns = 0;

    for (size_t i = t->start; i < t->end;) {
        uint32_t f;
        char sc;

        char_step(s, n, &i, &f, &sc);
        if (ncp < 64)
            cps[ncp] = f;
        ncp++;
        if (sc && (ns == 0 || shape[ns - 1] != sc) && ns < sizeof(shape))
            shape[ns++] = sc;
    }
    uint64_t sh = FNV_INIT;
    for (size_t i = 0; i < ns; i++)
        sh = (sh ^ (unsigned char)shape[i]) * FNV_PRIME;
    t->shape = (uint32_t)(guard__ner_mix(sh) >> 32);
    if (!affixes)
        return;
    size_t m = ncp < 64 ? ncp : 64;
    uint64_t p3 = FNV_INIT, s2 = FNV_INIT, s3 = FNV_INIT;
    for (size_t i = 0; i < 3 && i < m; i++)
        p3 = fnv_cp(p3, cps[i]);
    for (size_t i = m >= 2 ? m - 2 : 0; i < m; i++)
        s2 = fnv_cp(s2, cps[i]);
    for (size_t i = m >= 3 ? m - 3 : 0; i < m; i++)
        s3 = fnv_cp(s3, cps[i]);
    t->pre3 = (uint32_t)p3;
    t->suf2 = (uint32_t)s2;
    t->suf3 = (uint32_t)s3;
}

/* The shape ("Xx", "d-d") of a token (see describe()): all the features
 * read of a candidate's neighbours. */
static void describe_shape(const unsigned char *s, struct guard__ner_tok *t)
{
    if (rest_ascii(t))
        shape_ascii(s, t);
    else
        rest_general(s, t, false);
}

/* Shape and affix hashes of a candidate; `shaped`: its shape is known
 * already (it is a neighbour of the candidate before). */
static void describe_rest(const unsigned char *s, struct guard__ner_tok *t, bool shaped)
{
    if (!rest_ascii(t)) {
        rest_general(s, t, true);
        return;
    }
    if (!shaped)
        shape_ascii(s, t);
    affixes_ascii(s, t);
}

static bool email_local(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '%' || c == '+' || c == '-';
}

static bool url_end(unsigned char c)
{
    return c == ',' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`';
}

static bool letter(unsigned char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static bool email_tail(unsigned char c)
{
    return email_local(c) && c != '_' && c != '%' && c != '+';
}

/*
 * Where find_url() has looked in one non-space run [.., b): for each thing
 * it looks for, the first occurrence at or after the last position asked
 * (b: none), and what was derived from it. A run can hold many addresses
 * ("a@b.ca@b.c..." has no space) and find_url() is called after each one:
 * rescanning the rest of the run every time was quadratic (a 100 KB run
 * took 0.9 s, capped only by the 32 KB NER segments). The positions asked
 * only grow, so every scan starts where the last one ended.
 */
struct urlscan {
    size_t b;
    size_t sch, sch_from, sch_x0, sch_y; /* "://" after a letter */
    size_t www, www_from;                /* "www." */
    size_t wws, wws_from;                /* "www." not inside an address */
    size_t wwy, wwy_from;                /* the end of the last "www." URL */
    size_t at, at_from, at_x0, at_y;     /* '@' between address characters */
    size_t ue, ue_from;                  /* no url_end() byte in [ue_from, ue) */
};

static void urlscan_init(struct urlscan *u, size_t b)
{
    memset(u, 0, sizeof *u);
    u->b = b;
    u->sch = u->www = u->wws = u->at = u->ue = u->ue_from = b;
    /* nothing scanned yet */
    u->sch_from = u->www_from = u->wws_from = u->wwy_from = u->at_from = b + 1;
}

static bool is_www(const unsigned char *s, size_t i)
{
    return (s[i] | 32) == 'w' && (s[i + 1] | 32) == 'w' && (s[i + 2] | 32) == 'w' &&
           s[i + 3] == '.';
}

/* First url_end() byte at or after y (or b). A run of "x://" without one
 * would otherwise be walked to its end from every "://". */
static size_t url_stop(const unsigned char *s, struct urlscan *u, size_t y)
{
    size_t from = y;

    if (u->ue_from <= y && y <= u->ue)
        return u->ue;
    while (y < u->b && !url_end(s[y])) {
        if (y == u->ue_from) {
            y = u->ue;
            break;
        }
        y++;
    }
    u->ue_from = from;
    u->ue = y;
    return y;
}

/* The first "://" at i >= lo with a letter before it, with where the
 * scheme's letters start and where the URL stops. */
static void scan_scheme(const unsigned char *s, struct urlscan *u, size_t lo)
{
    size_t b = u->b, i;

    if (u->sch_from <= b && lo <= u->sch)
        return;
    for (i = lo; i + 2 < b; i++)
        if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/' && i > 0 && letter(s[i - 1]))
            break;
    u->sch_from = lo;
    if (i + 2 >= b) {
        u->sch = b;
        return;
    }
    u->sch = i;
    u->sch_x0 = i;
    while (u->sch_x0 > 0 && letter(s[u->sch_x0 - 1]))
        u->sch_x0--;
    u->sch_y = url_stop(s, u, i + 3);
}

static size_t scan_www(const unsigned char *s, size_t b, size_t lo, bool strong)
{
    for (size_t i = lo; i + 4 <= b; i++)
        if (is_www(s, i) && (!strong || (i > 0 && !email_local(s[i - 1]))))
            return i;
    return b;
}

/* The first '@' at i >= lo with address characters around it. */
static void scan_at(const unsigned char *s, struct urlscan *u, size_t lo)
{
    size_t b = u->b, i;

    if (u->at_from <= b && lo <= u->at)
        return;
    for (i = lo; i + 1 < b; i++)
        if (s[i] == '@' && email_local(s[i - 1]) && email_local(s[i + 1]) && s[i + 1] != '.')
            break;
    u->at_from = lo;
    if (i + 1 >= b) {
        u->at = b;
        return;
    }
    u->at = i;
    u->at_x0 = i;
    while (u->at_x0 > 0 && email_local(s[u->at_x0 - 1]))
        u->at_x0--;
    u->at_y = i + 1;
    while (u->at_y < b && email_tail(s[u->at_y]))
        u->at_y++;
}

/*
 * Finds the first e-mail address or URL inside the non-space run [a, b):
 * one token, so that "elena.ricci@example.org" yields no "elena" and no
 * "ricci". The rest of the run is tokenized as usual ("Name,a@b.org,City").
 * The earliest of: a scheme "x://" (its letters back to a), "www." (at a or
 * not after an address character), an address around '@' (back to a).
 * `a` must not decrease between calls on one run (see struct urlscan).
 */
static bool find_url(const unsigned char *s, size_t a, struct urlscan *u, size_t *ua, size_t *ub)
{
    size_t b = u->b, best = b, x0 = 0, y0 = 0;

    scan_scheme(s, u, a + 1);
    if (u->sch < b) {
        best = x0 = u->sch_x0 > a ? u->sch_x0 : a;
        y0 = u->sch_y;
    }
    if (u->www_from > b || a > u->www) {
        u->www = scan_www(s, b, a, false);
        u->www_from = a;
    }
    size_t w = b;
    if (u->www == a) {
        w = a;
    } else {
        if (u->wws_from > b || a > u->wws) {
            u->wws = scan_www(s, b, a, true);
            u->wws_from = a;
        }
        w = u->wws;
    }
    if (w < best) {
        if (u->wwy_from != w) {
            u->wwy = url_stop(s, u, w + 4);
            u->wwy_from = w;
        }
        best = x0 = w;
        y0 = u->wwy;
    }
    scan_at(s, u, a + 1);
    if (u->at < best) {
        size_t x = u->at_x0 > a ? u->at_x0 : a;
        if (x < best)
            best = x, x0 = x, y0 = u->at_y;
    }
    if (best == b)
        return false;
    *ua = x0;
    *ub = y0;
    return true;
}

static bool strip_punct(unsigned char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}' || c == '>' || c == '"' || c == '\'' || c == '(' || c == '[' ||
           c == '<' || c == '{' || c == '`';
}

struct tz {
    const unsigned char *s;
    size_t n;
    struct guard__ner_tok *t;
    size_t cap, count;
    bool nl;
    bool ref; /* guard__ner_tokenize_ref(): no fast path */
};

/* `ascii`: every byte of [a, b) is below 0x80 (then the fast path may
 * describe it without decoding). */
static void emit_as(struct tz *z, size_t a, size_t b, uint8_t kind, bool ascii)
{
    if (z->count < z->cap) {
        struct guard__ner_tok *t = &z->t[z->count];
        t->start = (uint32_t)a;
        t->end = (uint32_t)b;
        t->nl_before = z->nl;
        if (ascii && !z->ref && b - a < AN_FIELD)
            describe_ascii(z->s, t, kind);
        else
            describe(z->s, z->n, t, kind);
    }
    z->count++;
    z->nl = false;
}

static void emit(struct tz *z, size_t a, size_t b, uint8_t kind)
{
    emit_as(z, a, b, kind, false);
}

/* A word of ASCII letters and digits only, described while it was found. */
static void emit_plain(struct tz *z, size_t a, size_t b, const struct plain *acc)
{
    if (z->count < z->cap) {
        struct guard__ner_tok *t = &z->t[z->count];
        t->start = (uint32_t)a;
        t->end = (uint32_t)b;
        t->nl_before = z->nl;
        describe_plain(z->s, acc, t);
    }
    z->count++;
    z->nl = false;
}

/* The ASCII punctuation c at a as a token, written as one
 * whole token (a few wide stores where it was a store a field; a JSON
 * payload is half punctuation). */
static void emit_punct1(struct tz *z, size_t a, unsigned c)
{
    if (z->count < z->cap)
        z->t[z->count] = (struct guard__ner_tok){
            .start = (uint32_t)a,
            .end = (uint32_t)a + 1,
            .h = punct_h[c & 127],
            .kind = NER_K_PUNCT,
            .cap = NER_CAP_NONE,
            .ncp = 1,
            .nl_before = z->nl,
            .flags = ascii_flag[c & 127], /* never a digit here */
        };
    z->count++;
    z->nl = false;
}

/* Inside a word, `c` joins the word when followed by a letter or digit. */
static bool joiner(uint32_t prev, uint32_t c, uint32_t next)
{
    if (!is_alnum(next))
        return false;
    if (c == '-' || c == '_' || c == '.' || c == '/' || c == '&' || is_apos(c))
        return is_alnum(prev);
    if (c == ',' || c == ':')
        return is_digit(prev) && is_digit(next);
    return false;
}

bool guard__field_comma(const char *text, size_t len, size_t w)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t a = 0, b = 0;

    if (s[w] != ',')
        return false;
    while (a < 4 && a < w && s[w - 1 - a] >= '0' && s[w - 1 - a] <= '9')
        a++;
    while (b < 4 && w + 1 + b < len && s[w + 1 + b] >= '0' && s[w + 1 + b] <= '9')
        b++;
    return a >= 4 || b != 3;
}

/* Case suffixes Turkish writes after an apostrophe on proper nouns
 * ("Ankara'da", "Ahmet'in"); other short tails ("Xi'an") stay attached. */
static const char *const tr_suffixes[] = {
    "a",    "e",    "i",     "ı",     "u",    "ü",    "da",   "de",   "ta",  "te",  "dan", "den",
    "tan",  "ten",  "in",    "ın",    "un",   "ün",   "nin",  "nın",  "nun", "nün", "ya",  "ye",
    "yı",   "yi",   "yu",    "yü",    "la",   "le",   "yla",  "yle",  "na",  "ne",  "nda", "nde",
    "ndan", "nden", "ndaki", "ndeki", "daki", "deki", "taki", "teki", "lar", "ler", NULL};

static bool clitic_ok(const unsigned char *s, size_t a, size_t ap, size_t b)
{
    size_t k = ap;
    uint32_t c = decode(s, b, &k); /* the apostrophe */
    (void)c;
    size_t n = b - k;
    const char *x = (const char *)s + k;
    if (n == 1 && (x[0] | 32) == 's')
        return true; /* possessive */
    k = a;
    c = decode(s, b, &k);
    if (fold(c) == c)
        return false; /* only after a capitalised word */
    for (size_t i = 0; tr_suffixes[i]; i++)
        if (strlen(tr_suffixes[i]) == n && memcmp(tr_suffixes[i], x, n) == 0)
            return true;
    return false;
}

/* Splits a trailing clitic ("'s", Turkish "'da") off a word. */
static void emit_word(struct tz *z, size_t a, size_t b)
{
    size_t ap = 0, i = a, before = 0, after = 0;
    bool ok = false, ascii = true;

    while (i < b) {
        size_t k = i;
        uint32_t c = decode(z->s, z->n, &i);
        ascii &= i == k + 1 && c < 0x80; /* not an overlong form either */
        if (is_apos(c) && before >= 2) {
            ap = k;
            after = 0;
            ok = true;
            continue;
        }
        if (ok) {
            if (is_letter(c))
                after++;
            else
                ok = false;
        } else
            before++;
    }
    /* "'s" always; Turkish case suffixes on capitalised words; never
     * English contractions (don't, we're, I'll) nor "Xi'an". */
    if (ok && after >= 1 && after <= 5 && clitic_ok(z->s, a, ap, b)) {
        emit_as(z, a, ap, NER_K_WORD, ascii);
        emit_as(z, ap, b, NER_K_WORD, ascii);
        return;
    }
    emit_as(z, a, b, NER_K_WORD, ascii);
}

/* Where the word that reached w (its last character `prev`) ends: letters
 * and digits, and joiners between them ("Min-jun", "S.r.l", "O'Brien"). */
static size_t word_end(const unsigned char *s, size_t e, size_t w, uint32_t prev)
{
    while (w < e) {
        /* ASCII letters and digits: the common case, no decoding. */
        unsigned char ch = s[w];
        if (ch < 0x80 && (ascii_cls[ch] & AC_ALNUM)) {
            prev = ch;
            w++;
            continue;
        }
        size_t w1 = w;
        uint32_t d = decode(s, e, &w1);
        if (is_alnum(d)) {
            prev = d;
            w = w1;
            continue;
        }
        if (w1 < e) {
            size_t w2 = w1;
            uint32_t nx = decode(s, e, &w2);
            if (joiner(prev, d, nx) && !guard__field_comma((const char *)s, e, w)) {
                prev = nx;
                w = w2;
                continue;
            }
        }
        break;
    }
    return w;
}

/* Words and punctuation of [p, e), a piece of a non-space run. */
static void words(struct tz *z, size_t p, size_t e)
{
    const unsigned char *s = z->s;

    while (p < e) {
        unsigned char b0 = s[p];
        if (b0 < 0x80 && !z->ref) {
            if (!(ascii_cls[b0] & AC_ALNUM)) {
                emit_punct1(z, p, b0);
                p++;
                continue;
            }
            /* ASCII letters and digits, described on the way. A token that
             * goes on past them (an accent, a joiner) is described again
             * by emit_word(): no apostrophe to split off otherwise. */
            struct plain acc = {FNV_INIT, 0};
            size_t w = p;
            do {
                unsigned c = s[w++];
                acc.cnt += plain_cnt[c];
                acc.h = (acc.h ^ ascii_fold[c]) * FNV_PRIME; /* fnv_cp() below 0x100 */
            } while (w < e && (ascii_cls[s[w]] & AC_ALNUM));
            size_t we = w < e ? word_end(s, e, w, s[w - 1]) : w;
            if (we == w)
                emit_plain(z, p, w, &acc);
            else
                emit_word(z, p, we);
            p = we;
            continue;
        }
        size_t q = p;
        uint32_t c0 = decode(s, e, &q);
        if (!is_alnum(c0)) {
            emit(z, p, q, NER_K_PUNCT);
            p = q;
            continue;
        }
        size_t w = word_end(s, e, q, c0);
        emit_word(z, p, w);
        p = w;
    }
}

/* The tokens of the non-space run [k, e); `may_url`: it may hold an
 * address (see tokenize()), so find_url() must look. */
static void run(struct tz *z, size_t k, size_t e, bool may_url)
{
    const unsigned char *s = z->s;
    size_t ua, ub, p = k;
    struct urlscan us;

    if (may_url)
        urlscan_init(&us, e);
    while (p < e) {
        if (may_url && find_url(s, p, &us, &ua, &ub)) {
            /* Sentence punctuation after an address is not part of it. */
            while (ub > ua && strip_punct(s[ub - 1]))
                ub--;
            if (ub > ua) {
                unsigned any = 0;
                for (size_t j = ua; j < ub; j++)
                    any |= s[j];
                words(z, p, ua);
                emit_as(z, ua, ub, NER_K_URL, any < 0x80);
                p = ub;
                continue;
            }
        }
        words(z, p, e);
        p = e;
    }
}

static size_t tokenize(struct tz *z)
{
    const unsigned char *s = z->s;
    size_t len = z->n, i = 0;

    while (i < len) {
        size_t k = i;
        uint32_t c = s[i] < 0x80 ? s[i++] : decode_slow(s, len, &i);
        if (is_space(c)) {
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
                z->nl = true;
            continue;
        }
        /* The non-space run [k, e); '@' or ':', or "www." (a 'w' and a '.'),
         * may make part of it a URL: find_url() finds nothing without them. */
        size_t e = i;
        unsigned url = c < 0x80 ? ascii_cls[c] : 0;
        while (e < len) {
            unsigned ch = ascii_cls[s[e]];
            if (!(ch & (AC_SPACE | AC_HIGH))) {
                url |= ch;
                e++;
                continue;
            }
            if (ch & AC_SPACE)
                break;
            size_t j = e;
            uint32_t d = decode_slow(s, len, &j);
            if (is_space(d))
                break;
            e = j;
        }
        run(z, k, e, z->ref || (url & AC_URL) || (url & (AC_W | AC_DOT)) == (AC_W | AC_DOT));
        i = e;
    }
    return z->count;
}

#ifdef __SSE2__
/*
 * The fast tokenizer classifies the text sixteen bytes at a time into bit
 * masks (bit i: byte base + i), then finds runs, words and their capitals
 * by bit scans: no per-byte class test and no second walk over a run, only
 * the hash still reads each byte of a word. What the masks do not settle
 * (characters above U+007F, joiners, runs longer than a mask, possible
 * addresses) goes to the general code above, which then yields the same
 * tokens it always did.
 */
#define MK_WIN 2048 /* bytes one filling covers, plus 64 bytes of look-ahead */
#define MK_RUN 56   /* longest run the masks take; longer ones go to run() */

enum {
    MK_STOP, /* white space, a byte from 0x80, and every position past the text */
    MK_AN,   /* ASCII letters and digits */
    MK_UP,   /* A-Z */
    MK_LO,   /* a-z */
    MK_URL,  /* where '@', "://" or "www." (any case) starts */
    MK_N
};

struct masks {
    size_t base, end; /* filled for [base, end + 64); end is len or base + MK_WIN */
    uint8_t m[MK_N][(MK_WIN + 128) / 8];
};

/* The capitalisation class of an ASCII word from bit masks of its capitals
 * and small letters (bit i: byte i): set_cap() without counting. */
static inline uint8_t mask_cap(uint64_t up, uint64_t lo)
{
    uint64_t let = up | lo;

    if (!let)
        return NER_CAP_NONE;
    if (!up)
        return NER_CAP_LOWER;
    if (!lo && (let & (let - 1)))
        return NER_CAP_UPPER; /* two letters or more, all capitals */
    if (let & -let & up)
        return NER_CAP_TITLE; /* the first letter is a capital */
    return NER_CAP_MIXED;
}

/* A word of ASCII bytes starting with a letter or digit, shorter than 256
 * bytes, all that describe() finds in it given: its hash before
 * guard__ner_mix(), its capitals and small letters as bit masks (bit i:
 * byte a + i), and its NER_TF_* flags. */
static void emit_masked(struct tz *z, size_t a, size_t b, uint64_t h, uint64_t up, uint64_t lo,
                        unsigned flags)
{
    if (z->count < z->cap)
        z->t[z->count] = (struct guard__ner_tok){
            .start = (uint32_t)a,
            .end = (uint32_t)b,
            .h = guard__ner_mix(h),
            .kind = (up | lo) ? NER_K_WORD : NER_K_NUM,
            .cap = mask_cap(up, lo),
            .ncp = (uint8_t)(b - a),
            .nl_before = z->nl,
            .flags = (uint8_t)flags,
        };
    z->count++;
    z->nl = false;
}

/* Bytes after which an ASCII word may go on (see joiner()), or that may
 * start a letter of another script. */
static const bool may_join[256] = {
    ['-'] = 1,  ['_'] = 1, ['.'] = 1, ['/'] = 1,           ['&'] = 1,
    ['\''] = 1, [','] = 1, [':'] = 1, [0x80 ... 0xff] = 1,
};

static inline void put16(uint8_t *p, int m)
{
    uint16_t v = (uint16_t)m;
    memcpy(p, &v, 2);
}

bool guard__ner_no_avx2;

#ifdef HAVE_AVX2_PATH
static inline void put32(uint8_t *p, int m)
{
    uint32_t v = (uint32_t)m;
    memcpy(p, &v, 4);
}

/* masks_fill() thirty-two bytes at a time, for processors with AVX2: the
 * same masks in half the steps. */
__attribute__((target("avx2"))) static void masks_fill_avx2(struct masks *k, const unsigned char *s,
                                                            size_t len, size_t base)
{
    size_t n = len - base < MK_WIN ? len - base : MK_WIN;
    size_t blocks = (n + 64 + 31) / 32;

    k->base = base;
    k->end = base + n;
    for (size_t j = 0; j < blocks; j++) {
        size_t p = base + 32 * j;
        uint32_t pad = 0;
        __m256i v, v1, v2, v3; /* the 32 bytes from p, and from p + 1, 2, 3 */

        if (p + 35 <= len) {
            v = _mm256_loadu_si256((const __m256i *)(const void *)(s + p));
            v1 = _mm256_loadu_si256((const __m256i *)(const void *)(s + p + 1));
            v2 = _mm256_loadu_si256((const __m256i *)(const void *)(s + p + 2));
            v3 = _mm256_loadu_si256((const __m256i *)(const void *)(s + p + 3));
        } else {
            unsigned char tail[64] = {0};
            if (p < len)
                memcpy(tail, s + p, len - p < 35 ? len - p : 35);
            v = _mm256_loadu_si256((const __m256i *)(const void *)tail);
            v1 = _mm256_loadu_si256((const __m256i *)(const void *)(tail + 1));
            v2 = _mm256_loadu_si256((const __m256i *)(const void *)(tail + 2));
            v3 = _mm256_loadu_si256((const __m256i *)(const void *)(tail + 3));
            size_t have = p < len ? (len - p < 32 ? len - p : 32) : 0;
            pad = have >= 32 ? 0 : ~0u << have;
        }
        __m256i l = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        __m256i sp =
            _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')),
                            _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('\t' - 1)),
                                             _mm256_cmpgt_epi8(_mm256_set1_epi8('\r' + 1), v)));
        __m256i dg = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('0' - 1)),
                                      _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), v));
        __m256i up = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('A' - 1)),
                                      _mm256_cmpgt_epi8(_mm256_set1_epi8('Z' + 1), v));
        __m256i lo = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('a' - 1)),
                                      _mm256_cmpgt_epi8(_mm256_set1_epi8('z' + 1), v));
        __m256i w = _mm256_set1_epi8('w'), sl = _mm256_set1_epi8('/'), x20 = _mm256_set1_epi8(0x20);
        __m256i www =
            _mm256_and_si256(_mm256_and_si256(_mm256_cmpeq_epi8(l, w),
                                              _mm256_cmpeq_epi8(_mm256_or_si256(v1, x20), w)),
                             _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_or_si256(v2, x20), w),
                                              _mm256_cmpeq_epi8(v3, _mm256_set1_epi8('.'))));
        __m256i css = _mm256_and_si256(
            _mm256_cmpeq_epi8(v, _mm256_set1_epi8(':')),
            _mm256_and_si256(_mm256_cmpeq_epi8(v1, sl), _mm256_cmpeq_epi8(v2, sl)));
        __m256i url =
            _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('@')), _mm256_or_si256(www, css));
        put32(&k->m[MK_STOP][4 * j],
              (int)((uint32_t)_mm256_movemask_epi8(_mm256_or_si256(sp, v)) | pad));
        put32(&k->m[MK_AN][4 * j],
              _mm256_movemask_epi8(_mm256_or_si256(dg, _mm256_or_si256(up, lo))));
        put32(&k->m[MK_UP][4 * j], _mm256_movemask_epi8(up));
        put32(&k->m[MK_LO][4 * j], _mm256_movemask_epi8(lo));
        put32(&k->m[MK_URL][4 * j], _mm256_movemask_epi8(url));
    }
}
#endif

static void masks_fill(struct masks *k, const unsigned char *s, size_t len, size_t base)
{
#ifdef HAVE_AVX2_PATH
    if (!guard__ner_no_avx2 && __builtin_cpu_supports("avx2")) { /* loads and bit tests */
        masks_fill_avx2(k, s, len, base);
        return;
    }
#endif
    size_t n = len - base < MK_WIN ? len - base : MK_WIN;
    size_t blocks = (n + 64 + 15) / 16;

    k->base = base;
    k->end = base + n;
    for (size_t j = 0; j < blocks; j++) {
        size_t p = base + 16 * j;
        int pad = 0;
        __m128i v, v1, v2, v3; /* the 16 bytes from p, and from p + 1, 2, 3 */

        if (p + 19 <= len) {
            v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
            v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
            v2 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 2));
            v3 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 3));
        } else {
            unsigned char tail[32] = {0};
            if (p < len)
                memcpy(tail, s + p, len - p < 19 ? len - p : 19);
            v = _mm_loadu_si128((const __m128i *)(const void *)tail);
            v1 = _mm_loadu_si128((const __m128i *)(const void *)(tail + 1));
            v2 = _mm_loadu_si128((const __m128i *)(const void *)(tail + 2));
            v3 = _mm_loadu_si128((const __m128i *)(const void *)(tail + 3));
            pad = (int)((0xffffu << (p < len ? (len - p < 16 ? len - p : 16) : 0)) & 0xffff);
        }
        /* Signed compares: bytes from 0x80 are negative, in no range. */
        __m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
        __m128i sp = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                  _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
                                                _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1))));
        __m128i dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        __m128i lo = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
        /* Where an address may start: find_url() finds nothing in a run
         * without an '@', a "://" or a "www." in any case (a sentence's
         * "weekend." or "Also:" is words). A run ends before white space, a byte from
         * 0x80 or the text's end (zeros here), none of which is part of
         * these, so a start inside the run is all there is to test. */
        __m128i w = _mm_set1_epi8('w'), sl = _mm_set1_epi8('/');
        __m128i www =
            _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(l, w),
                                        _mm_cmpeq_epi8(_mm_or_si128(v1, _mm_set1_epi8(0x20)), w)),
                          _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(v2, _mm_set1_epi8(0x20)), w),
                                        _mm_cmpeq_epi8(v3, _mm_set1_epi8('.'))));
        __m128i css = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')),
                                    _mm_and_si128(_mm_cmpeq_epi8(v1, sl), _mm_cmpeq_epi8(v2, sl)));
        __m128i url = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('@')), _mm_or_si128(www, css));
        put16(&k->m[MK_STOP][2 * j], _mm_movemask_epi8(_mm_or_si128(sp, v)) | pad);
        put16(&k->m[MK_AN][2 * j], _mm_movemask_epi8(_mm_or_si128(dg, _mm_or_si128(up, lo))));
        put16(&k->m[MK_UP][2 * j], _mm_movemask_epi8(up));
        put16(&k->m[MK_LO][2 * j], _mm_movemask_epi8(lo));
        put16(&k->m[MK_URL][2 * j], _mm_movemask_epi8(url));
    }
}

/* The masks of class `c` from position `pos` on: at least 57 valid bits
 * (an unaligned 8-byte read shifted by the bit offset; x86 is little
 * endian). */
static inline uint64_t mk(const struct masks *k, int c, size_t pos)
{
    size_t o = pos - k->base;
    uint64_t x;

    memcpy(&x, &k->m[c][o >> 3], 8);
    return x >> (o & 7);
}

/* The first `n` bits (n < 64). */
static inline uint64_t low_bits(size_t n)
{
    return ((uint64_t)1 << n) - 1;
}

/*
 * Where the ASCII word whose letters and digits stop at s[w] ends, joiners
 * followed by the masks of letters and digits (`an`, from r on) as
 * word_end() follows them ("2022-04-22", "thank-you", "10.74.111.105");
 * the joiners' NER_TF_* flags go to *flags. 0 when word_end() and
 * emit_word() must decide: an apostrophe (a clitic to split off), or a
 * character above U+007F at or next to a joiner.
 */
static size_t joined_end(const unsigned char *s, size_t r, size_t e, uint64_t an, size_t w,
                         unsigned *flags)
{
    while (w < e && may_join[s[w]]) {
        unsigned c = s[w];
        size_t nx = w + 1;
        if (c >= 0x80 || c == '\'' || (nx < e && s[nx] >= 0x80))
            return 0;
        uint64_t an_nx = an >> (nx - r);
        if (nx >= e || !(an_nx & 1))
            break;
        if ((c == ',' || c == ':') &&
            (!(is_digit(s[w - 1]) && is_digit(s[nx])) || guard__field_comma((const char *)s, e, w)))
            break;
        *flags |= ascii_flag[c];
        w = nx + (size_t)__builtin_ctzll(~an_nx);
    }
    return w;
}

/* Words and punctuation of the run [r, e) (at most MK_RUN bytes, no
 * address in it): words() with the class tests read from the masks of
 * letters and digits, capitals and small letters from r on. */
static void words_masked(struct tz *z, size_t r, size_t e, uint64_t an, uint64_t up, uint64_t lo)
{
    const unsigned char *s = z->s;

    for (size_t p = r; p < e;) {
        uint64_t a = an >> (p - r);
        if (!(a & 1)) {
            unsigned c = s[p];
            if (c >= 0x80) {
                words(z, p, e); /* from a character above U+007F on */
                return;
            }
            emit_punct1(z, p, c);
            p++;
            continue;
        }
        /* ASCII letters and digits; the run's end is none, so the word
         * stops inside the run. */
        size_t w0 = p + (size_t)__builtin_ctzll(~a);
        unsigned flags = 0;
        size_t w = joined_end(s, r, e, an, w0, &flags);
        if (!w) {
            size_t we = word_end(s, e, w0, s[w0 - 1]);
            if (we != w0) {
                emit_word(z, p, we);
                p = we;
                continue;
            }
            w = w0;
            flags = 0;
        }
        uint64_t in = low_bits(w - p), u = up >> (p - r) & in, l = lo >> (p - r) & in;
        if ((a & in) & ~(u | l))
            flags |= NER_TF_DIGIT;
        /* fnv_cp() below 0x100; two bytes a step, half the loop tests. */
        uint64_t h = FNV_INIT;
        size_t i = p;
        for (; i + 2 <= w; i += 2) {
            h = (h ^ ascii_fold[s[i]]) * FNV_PRIME;
            h = (h ^ ascii_fold[s[i + 1]]) * FNV_PRIME;
        }
        if (i < w)
            h = (h ^ ascii_fold[s[i]]) * FNV_PRIME;
        emit_masked(z, p, w, h, u, l, flags);
        p = w;
    }
}

static size_t tokenize_masked(struct tz *z)
{
    const unsigned char *s = z->s;
    size_t len = z->n, i = 0;
    struct masks k;

    masks_fill(&k, s, len, 0);
    while (i < len) {
        /* White space: mostly one byte, cheaper tested than looked up. */
        unsigned c = s[i];
        if (ascii_cls[c] & AC_SPACE) {
            if (c == '\n' || c == '\r')
                z->nl = true;
            i++;
            continue;
        }
        if (c & 0x80) {
            size_t j = i;
            uint32_t d = decode_slow(s, len, &j);
            if (is_space(d)) {
                /* '\n' and '\r' too: an overlong form decodes to them in
                 * bytes that are not UTF-8, as the reference reads them */
                if (d == '\n' || d == '\r' || d == 0x2028 || d == 0x2029)
                    z->nl = true;
                i = j;
                continue;
            }
        }
        /* A run reads 64 bytes of masks past its start. */
        if (i + 64 >= k.end && k.end < len)
            masks_fill(&k, s, len, i);
        /* The run [i, e): up to white space; a byte from 0x80 stops the
         * scan only to ask whether its character is a space (U+00A0...). */
        size_t e = i + (size_t)__builtin_ctzll(mk(&k, MK_STOP, i) | (uint64_t)1 << 57);
        while (e - i <= MK_RUN && e < len && (s[e] & 0x80)) {
            size_t j = e;
            if (is_space(decode_slow(s, len, &j)))
                break;
            e = j + (size_t)__builtin_ctzll(mk(&k, MK_STOP, j) | (uint64_t)1 << 57);
        }
        if (e - i > MK_RUN) {
            /* Too long for the masks: its end byte by byte, and find_url()
             * asked without the test for '@', ':' and "www." (it finds
             * nothing without them, as in guard__ner_tokenize_ref()). */
            for (e = i; e < len;) {
                size_t j = e;
                if (is_space(s[e] < 0x80 ? s[j++] : decode_slow(s, len, &j)))
                    break;
                e = j;
            }
            run(z, i, e, true);
            i = e;
            continue;
        }
        if (mk(&k, MK_URL, i) & low_bits(e - i)) {
            run(z, i, e, true);
            i = e;
            continue;
        }
        words_masked(z, i, e, mk(&k, MK_AN, i), mk(&k, MK_UP, i), mk(&k, MK_LO, i));
        /* the one blank between words, most often, without the loop's
         * tests for a line break */
        i = e + (e < len && s[e] == ' ');
    }
    return z->count;
}
#endif

size_t guard__ner_tokenize(const char *text, size_t len, struct guard__ner_tok *t, size_t cap)
{
    struct tz z = {(const unsigned char *)text, len, t, cap, 0, false, false};

#ifdef __SSE2__
    return tokenize_masked(&z);
#else
    return tokenize(&z);
#endif
}

size_t guard__ner_tokenize_ref(const char *text, size_t len, struct guard__ner_tok *t, size_t cap)
{
    struct tz z = {(const unsigned char *)text, len, t, cap, 0, false, true};

    return tokenize(&z);
}

/* ---- lexicon -------------------------------------------------------------- */

long guard__ner_lex_slot(const struct guard__ner_lexslot *lex, uint32_t lbits, uint64_t key)
{
    uint32_t mask = (1u << lbits) - 1;
    uint16_t fp = guard__ner_fp(key);
    uint32_t i = (uint32_t)key & mask;

    for (uint32_t probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
        if (lex[i].fp == fp)
            return (long)i;
        if (lex[i].fp == 0)
            return -1;
    }
    return -1;
}

uint16_t guard__ner_lex_get(const struct guard__ner_model *m, uint64_t key)
{
    long i = guard__ner_lex_slot(m->lex, m->lbits, key);
    return i < 0 ? 0 : m->lex[i].flags;
}

/* guard__ner_lex_get() inlined for guard__ner_annotate()'s one probe per
 * word (~170 on the 1 KB chat message: two calls and the mask rebuilt each
 * time were a third of the probe). Same probe sequence, same answer. */
static inline uint16_t lex_flags(const struct guard__ner_lexslot *lex, uint32_t mask, uint64_t key)
{
    uint16_t fp = guard__ner_fp(key);
    uint32_t i = (uint32_t)key & mask;

    for (uint32_t probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
        if (lex[i].fp == fp)
            return lex[i].flags;
        if (lex[i].fp == 0)
            return 0;
    }
    return 0;
}

/*
 * A hyphenated word the lexicon does not know whose parts are names
 * ("Thiago-Luiz", "Kwasi-Mensah", "Cabrera-Ong"): the name flags its parts
 * share (first name where every part is one, else surname or any name), or
 * 0. Each part capitalised, two letters or more, a name of the lexicon and
 * no big place, firm or common word ("Aix-en-Provence", "Coca-Cola" have
 * entries or fail; a small town's name is many a surname's).
 */
static __attribute__((noinline)) uint16_t hyphen_name(const struct guard__ner_lexslot *lex,
                                                      uint32_t mask, const char *text,
                                                      const struct guard__ner_tok *c)
{
    const unsigned char *s = (const unsigned char *)text;
    uint16_t all = NL_FIRST | NL_LAST | NL_NAME, any = 0;
    size_t i = c->start, parts = 0;

    while (i < c->end) {
        uint64_t h = FNV_INIT;
        size_t a = i, ncp = 0;

        if (!(s[a] >= 'A' && s[a] <= 'Z') && s[a] < 0x80)
            return 0;
        while (i < c->end && s[i] != '-') {
            uint32_t f;
            char sc;

            char_step(s, c->end, &i, &f, &sc);
            h = fnv_cp(h, f);
            ncp++;
        }
        if (ncp < 2)
            return 0;
        uint16_t fl = lex_flags(lex, mask, guard__ner_mix(h));
        if (!(fl & (NL_FIRST | NL_LAST | NL_NAME)) ||
            (fl & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_ORGNAME | NL_ORGHEAD | NL_LEGAL |
                   NL_NRP | NL_MONTH | NL_TECH)) ||
            ((fl & NL_COMMON) && !(fl & (NL_FIRST | NL_LAST))))
            return 0;
        all &= fl;
        any |= fl;
        parts++;
        if (i < c->end)
            i++; /* the hyphen */
    }
    if (parts < 2)
        return 0;
    return (all & NL_FIRST) ? NL_FIRST | NL_NAME : (any & (NL_LAST | NL_NAME)) | NL_NAME;
}

uint64_t guard__ner_key(const struct guard__ner_tok *t, size_t n)
{
    uint64_t k = t[0].h;
    for (size_t j = 1; j < n; j++)
        k = guard__ner_combine(k, t[j].h);
    return k;
}

#define GAZ_MAX 5

/* Bytes that start a sentence (or a field) when they stand alone. */
static const bool sent_punct[256] = {
    ['.'] = 1, ['!'] = 1,  ['?'] = 1, [':'] = 1, [';'] = 1, ['('] = 1, ['['] = 1, ['{'] = 1,
    ['"'] = 1, ['\''] = 1, ['*'] = 1, ['-'] = 1, ['>'] = 1, ['|'] = 1, ['#'] = 1, ['='] = 1,
};

static inline bool starts_sentence(const char *text, const struct guard__ner_tok *p)
{
    return p->kind == NER_K_PUNCT && p->end - p->start == 1 &&
           sent_punct[(unsigned char)text[p->start]];
}

static inline bool cased_word(const struct guard__ner_tok *t)
{
    return t->kind == NER_K_WORD && t->cap != NER_CAP_LOWER;
}

/*
 * A capital that says nothing: the first word of a sentence ("Thanks",
 * "Could", "Also") or the pronoun "I", when the lexicon knows the word as
 * a common word and as nothing else but an entry of the long list of any
 * names ("Keep", "Mention"), and no cased word follows it on its
 * line, at once or after a short lower-case joiner or '&' ("House of
 * Commons", "Marks & Spencer").
 * Such a word is no candidate; a fifth of the chat message's were these.
 */
static bool verb_first(const char *text, const struct guard__ner_tok *t, size_t n, size_t i);

static bool plain_capital(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    const struct guard__ner_tok *c = &t[i];

    if ((c->lex & NL_FIRST) && c->sent_start && verb_first(text, t, n, i))
        return true;
    if (c->cap != NER_CAP_TITLE || (c->lex & ~NL_NAME) != NL_COMMON)
        return false;
    if (!c->sent_start && !(c->ncp == 1 && text[c->start] == 'I'))
        return false;
    for (size_t j = i + 1; j < n && j <= i + 2 && !t[j].nl_before; j++) {
        if (cased_word(&t[j]))
            return false;
        bool amp = t[j].kind == NER_K_PUNCT && text[t[j].start] == '&';
        if (!amp && (t[j].kind != NER_K_WORD || t[j].ncp > 3))
            break;
    }
    return true;
}

/* Is s[0, n), its ASCII capitals folded, the lower-case w? Other bytes
 * compare as they are ("Grüße" is "grüße"). */
static bool folded_eq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];

        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)w[k])
            return false;
    }
    return true;
}

/* Is word token t one of words[] (lower case, NULL-terminated)? */
static bool word_in(const char *text, const struct guard__ner_tok *t, const char *const *words)
{
    size_t len = t->end - t->start;
    unsigned char c0 = (unsigned char)text[t->start];

    c0 = c0 >= 'A' && c0 <= 'Z' ? c0 | 0x20 : c0;
    for (; *words; words++) /* the first byte rules most words out */
        if ((unsigned char)(*words)[0] == c0 && strlen(*words) == len &&
            folded_eq(text + t->start, *words, len))
            return true;
    return false;
}

/*
 * A first name that is an English verb or modal too, opening a sentence
 * before a particle, an object or "to" ("Drew up the plan", "Hope to see
 * you", "Will you", "Mark the date", "Bill them"): the verb. A name there
 * goes on with a verb ("Mark will review", "Rose from HR called").
 */
static bool verb_first(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const after[] = {"up",   "down", "out",  "off",    "back",    "to",    "you",
                                        "your", "that", "it",   "its",    "the",     "a",     "an",
                                        "me",   "us",   "them", "this",   "these",   "those", "we",
                                        "he",   "she",  "they", "anyone", "someone", NULL};
    const struct guard__ner_tok *c = &t[i];

    if (!(c->lex & NL_COMMON) || (c->lex & (NL_BIGCITY | NL_COUNTRY | NL_ORGNAME | NL_NRP)) ||
        (c->cap != NER_CAP_TITLE && c->cap != NER_CAP_UPPER) || i + 1 >= n || t[i + 1].nl_before ||
        t[i + 1].kind != NER_K_WORD || t[i + 1].start != c->end + 1)
        return false;
    /* "Can I pay", "Will I need": the pronoun is a capital of its own */
    if (t[i + 1].ncp == 1 && text[t[i + 1].start] == 'I')
        return true;
    return (t[i + 1].cap == NER_CAP_LOWER || c->cap == NER_CAP_UPPER) &&
           word_in(text, &t[i + 1], after);
}

/* The byte of a one-byte punctuation token, or 0. */
static inline unsigned char punct_char(const char *text, const struct guard__ner_tok *t)
{
    return t->kind == NER_K_PUNCT && t->end - t->start == 1 ? (unsigned char)text[t->start] : 0;
}

static inline bool punct_is(const char *text, const struct guard__ner_tok *t, char ch)
{
    return punct_char(text, t) == (unsigned char)ch;
}

/* Job titles written before a name ("CFO Ingrid Svensson"): like "Dr.",
 * outside the name. */
static const char *const job_titles[] = {
    "ceo", "cfo", "cto", "coo", "cio", "ciso", "cmo", "cpo", "cro", "vp", "svp", "evp", "avp", NULL,
};

static bool job_title(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    return t[i].cap == NER_CAP_UPPER && t[i].ncp <= 4 && i + 1 < n && !t[i + 1].nl_before &&
           t[i + 1].kind == NER_K_WORD && t[i + 1].cap == NER_CAP_TITLE &&
           word_in(text, &t[i], job_titles);
}

/* Is token i the first word of its line, after nothing but the '>' of a
 * quoted e-mail ("> Best,")? */
static bool opens_line(const char *text, const struct guard__ner_tok *t, size_t i)
{
    for (; i > 0 && !t[i].nl_before; i--)
        if (!punct_is(text, &t[i - 1], '>'))
            return false;
    return true;
}

/* Sign-offs of letters and e-mails: a word that closes a message alone
 * ("Best,", "Love,", "Cheers!"), one that leads a phrase of them ("Kind
 * regards,", "Yours sincerely,"), and the words that follow the lead. */
static const char *const valediction_alone[] = {
    "best",           "regards",      "cheers",     "thanks",      "thx",       "sincerely",
    "cordially",      "respectfully", "warmly",     "love",        "hugs",      "xoxo",
    "cordialement",   "amicalement",  "saludos",    "atentamente", "abrazos",   "cumprimentos",
    "atenciosamente", "abraços",      "saluti",     "grüße",       "gruß",      "groeten",
    "pozdrawiam",     "pozdrowienia", "hälsningar", "mvh",         "terveisin", NULL,
};
static const char *const valediction_lead[] = {
    "best", "kind",         "warm",  "warmest", "many",        "yours",    "all",
    "with", "viele",        "liebe", "beste",   "freundliche", "cordiali", "un",
    "met",  "vriendelijke", "med",   "bien",    NULL,
};
static const char *const valediction_follow[] = {
    "regards",    "wishes",       "greetings", "thanks", "sincerely", "truly",
    "faithfully", "cordially",    "the",       "best",   "love",      "grüße",
    "grüßen",     "saluti",       "saludo",    "groet",  "groeten",   "vriendelijke",
    "hälsningar", "cordialement", "abbraccio", NULL,
};

/*
 * A line that opens with a sign-off and ends there or at ',' or '!' ("Best,",
 * "Love!", "Kind regards,", "Best, Tom"): its words are no names, though
 * "Best" and "Love" are surnames and the model, seeing a capital before a
 * comma and a line break, took them for one. The name under it is left to
 * the model. i is the first token of its line. Not inlined, as
 * colour_list(): the gate's loop keeps its registers (inlined, the two
 * cost the chat message of bench/pii 1.5k instructions for three calls).
 */
static __attribute__((noinline)) bool valediction(const char *text, const struct guard__ner_tok *t,
                                                  size_t n, size_t i)
{
    size_t j = i + 1;

    /* The shape first, the words after: most lines go on past two
     * lower-case words. */
    while (j < n && j <= i + 2 && !t[j].nl_before && t[j].kind == NER_K_WORD &&
           t[j].cap != NER_CAP_UPPER)
        j++;
    if (!(j >= n || t[j].nl_before || punct_is(text, &t[j], ',') || punct_is(text, &t[j], '!')))
        return false;
    for (size_t k = i + 1; k < j; k++)
        if (!word_in(text, &t[k], valediction_follow))
            return false;
    /* "Kind" or "With" alone closes nothing */
    return word_in(text, &t[i], valediction_alone) ||
           (j > i + 1 && word_in(text, &t[i], valediction_lead));
}

/* Colours, without those that are common first names (Rose, Ruby, Jade,
 * Amber, Violet, Olive): the lexicon has even Blue and Grey as first
 * names, so its flags cannot tell these apart. */
static const char *const colours[] = {
    "red",      "blue",    "green",   "yellow",   "black", "white",     "grey",    "gray",
    "silver",   "gold",    "golden",  "sand",     "navy",  "beige",     "teal",    "charcoal",
    "pink",     "purple",  "orange",  "brown",    "cream", "bronze",    "copper",  "slate",
    "graphite", "crimson", "maroon",  "burgundy", "khaki", "turquoise", "magenta", "cyan",
    "lilac",    "mauve",   "taupe",   "ochre",    "rust",  "mint",      "aqua",    "platinum",
    "titanium", "stone",   "oatmeal", "walnut",   "oak",   "midnight",  NULL,
};

static bool colour_word(const char *text, const struct guard__ner_tok *t)
{
    return t->kind == NER_K_WORD && (t->lex & NL_COMMON) && word_in(text, t, colours);
}

/* What joins the items of a list: ',', '/', "or", "and". */
static bool list_joint(const char *text, const struct guard__ner_tok *t)
{
    static const char *const words[] = {"or", "and", NULL};

    return punct_is(text, t, ',') || punct_is(text, t, '/') ||
           (t->kind == NER_K_WORD && t->cap == NER_CAP_LOWER && word_in(text, t, words));
}

/*
 * A colour in a list of colours ("the Blue or Silver finish", "Black,
 * White, Sand"): no name, though Blue, Sand and Black are towns or surnames.
 * Not after a title or a capital ("Mr Green", "Racing Green") nor before
 * one ("Blue Mountains", "Green Bay"), and the colour next to it in the
 * list must be as alone.
 */
static __attribute__((noinline)) bool colour_list(const char *text, const struct guard__ner_tok *t,
                                                  size_t n, size_t i)
{
    bool after, before;

    if ((i > 0 && !t[i].nl_before && cased_word(&t[i - 1])) ||
        (i + 1 < n && !t[i + 1].nl_before && cased_word(&t[i + 1])))
        return false;
    after = i + 2 < n && !t[i + 1].nl_before && !t[i + 2].nl_before &&
            list_joint(text, &t[i + 1]) &&
            (i + 3 >= n || t[i + 3].nl_before || !cased_word(&t[i + 3]));
    before = i >= 2 && !t[i].nl_before && !t[i - 1].nl_before && list_joint(text, &t[i - 1]) &&
             (i < 3 || t[i - 2].nl_before || !cased_word(&t[i - 3]));
    if (!after && !before)
        return false;
    return colour_word(text, &t[i]) &&
           ((after && colour_word(text, &t[i + 2])) || (before && colour_word(text, &t[i - 2])));
}

/* Joins two candidates: punctuation, or a short lower-case word (of, de, van). */
static inline bool connector(const struct guard__ner_tok *t)
{
    return t->kind == NER_K_PUNCT ||
           (t->kind == NER_K_WORD && t->cap == NER_CAP_LOWER && t->ncp <= 3);
}

/* A capitalised word the lexicon knows as a common English word and, besides,
 * at most as an entry of the long list of any names or a tech word; or a
 * tech word (software, protocols, identifiers' acronyms) and no entity. */
static inline bool plain_common(const struct guard__ner_tok *t)
{
    if (t->kind != NER_K_WORD)
        return false;
    /* "on Linux", "in Python", "GitHub", "API"; a surname or a town that is
     * a tech word alone is the tool ("Jira", "Kafka", "Jenkins") */
    if ((t->lex & NL_TECH) && !(t->lex & ~(NL_COMMON | NL_NAME | NL_TECH | NL_LAST | NL_CITY)))
        return true;
    if (t->lex & ~(NL_COMMON | NL_NAME | NL_TECH))
        return false;
    return t->cap == NER_CAP_TITLE && (t->lex & NL_COMMON) && !t->foreign;
}

/* Punctuation that may close a word's clause. */
static const bool sent_end[256] = {
    ['.'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1, [')'] = 1,
};

/* Words before a firm's name more than before a product's. */
static const char *const org_before[] = {"at", "for", "from", "by", "joined", "left", NULL};

/* Lower-case particles of names ("van der Meer", "de los Caballeros"). */
static const char *const name_particles[] = {
    "van", "de",  "der", "den", "du", "le", "la", "los", "las", "del", "di",  "da",
    "dos", "das", "von", "zu",  "af", "al", "el", "bin", "ibn", "ter", "ten", NULL,
};

/* Does capital w, across joiner j, make one name with the word next to it
 * ("Puerto del Rosario", "Crate and Barrel")? Not across a comma from
 * another plain common word: a list ("Security, Compliance"). */
static bool joined_name(const char *text, const struct guard__ner_tok *j,
                        const struct guard__ner_tok *w)
{
    return connector(j) && cased_word(w) && !(punct_is(text, j, ',') && plain_common(w));
}

/* The edges of a run of capitals [a, b) that nothing joins to a name: see
 * common_caps(). */
static bool common_edges(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                         size_t b)
{
    size_t l = b - 1;

    if (b < n && t[b].start == t[l].end && !sent_end[(unsigned char)text[t[b].start]])
        return false; /* "Domino's", "Elektrostal’"; not "Inflation." */
    if ((a > 0 && !t[a].nl_before && cased_word(&t[a - 1])) ||
        (b < n && !t[b].nl_before && cased_word(&t[b])))
        return false;
    if (a >= 2 && !t[a].nl_before && !t[a - 1].nl_before && joined_name(text, &t[a - 1], &t[a - 2]))
        return false;
    if (a > 0 && !t[a].nl_before && t[a - 1].kind == NER_K_WORD &&
        word_in(text, &t[a - 1], name_particles))
        return false; /* "van der Meer" */
    if (b < n && !t[b].nl_before && (t[b].lex & (NL_LEGAL | NL_ORGHEAD | NL_STREET)))
        return false; /* "Frontier plc" */
    if ((t[a].lex & NL_TECH) && a > 0 && !t[a].nl_before && t[a - 1].kind == NER_K_WORD &&
        word_in(text, &t[a - 1], org_before))
        return false; /* "works at GitLab": the firm, not the product */
    return !(b + 1 < n && !t[b].nl_before && !t[b + 1].nl_before &&
             joined_name(text, &t[b], &t[b + 1]));
}

/*
 * Title Case for emphasis mid-sentence ("to fight Inflation", "a Pirate
 * Theme", "in Low Light"): a run of one to three capitalised words on one
 * line, not opening a sentence, each a plain common word (or a tech word),
 * that nothing joins to a name: no other capital next to it or across a
 * joiner ("Puerto del Rosario", "Bank of Light", "Marks & Spencer"), no name
 * particle before it, no legal form, organisation or street word or
 * apostrophe after it ("Frontier plc", "Domino's"). A run of two or three
 * must not be a multi-word entry of the lexicon ("United Kingdom", "High
 * Point"). None of its words is a candidate.
 */
static bool common_caps(const struct guard__ner_model *m, const char *text,
                        const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t a = i, b = i + 1;

    while (a > 0 && i - a < 3 && !t[a].nl_before && cased_word(&t[a - 1]))
        a--;
    while (b < n && b - a < 4 && !t[b].nl_before && cased_word(&t[b]))
        b++;
    if (b - a > 3 || t[a].sent_start)
        return false;
    for (size_t k = a; k < b; k++)
        if (!plain_common(&t[k]))
            return false;
    if (!common_edges(text, t, n, a, b))
        return false;
    for (size_t x = a; x + 1 < b; x++) {
        uint64_t key = t[x].h;

        for (size_t y = x + 1; y < b; y++) {
            long slot;

            key = guard__ner_combine(key, t[y].h);
            slot = guard__ner_lex_slot(m->lex, m->lbits, key);
            if (slot >= 0 && m->lex[slot].flags)
                return false;
        }
    }
    return true;
}

/* A number token of `lo` to `hi` digits, its first digit in [d0, d1]. */
static bool digits(const char *text, const struct guard__ner_tok *t, size_t lo, size_t hi, char d0,
                   char d1)
{
    size_t len = t->end - t->start;

    if (t->kind != NER_K_NUM || len < lo || len > hi || text[t->start] < d0 || text[t->start] > d1)
        return false;
    for (size_t k = t->start; k < t->end; k++)
        if (text[k] < '0' || text[k] > '9')
            return false;
    return true;
}

/* Street names written as one word with their type (German, Dutch,
 * Scandinavian: "Hauptstraße", "Bahnhofstr.", "Martensgracht", "Blomvägen")
 * ending in these, in lower case. */
static const char *const street_ends[] = {
    /* [2], "str", comes before a full stop */
    "straße", "strasse", "str",   "weg",    "platz", "allee", "gasse", "damm", "ufer",
    "straat", "laan",    "plein", "gracht", "gatan", "vägen", "vej",   "gade", NULL,
};

/* Score of a street found by its word's ending: a model span's at its
 * usual margin. */
#define NER_STREET_SCORE 0.85f
#define NER_TITLE_SCORE  0.85f /* a name after an honorific (title_name()) */

/*
 * A street name of one word and its house number ("Hauptstraße 5",
 * "martensgracht 774", "Bahnhofstr. 12") that the model left out: the
 * word is known as a common noun of German or Dutch ("Hauptstraße" is "main
 * street"), which weighs against a name. One past the number, or 0.
 */
static __attribute__((noinline)) size_t
street_word(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    const struct guard__ner_tok *w = &t[i];
    size_t j = i + 1, len = w->end - w->start;

    if (w->kind != NER_K_WORD || w->ncp < 6 || (w->cap != NER_CAP_TITLE && w->cap != NER_CAP_LOWER))
        return 0;
    if (j < n && punct_is(text, &t[j], '.') && t[j].start == w->end)
        j++; /* "Bahnhofstr." */
    if (j >= n || t[j].nl_before || !digits(text, &t[j], 1, 4, '1', '9'))
        return 0;
    for (const char *const *e = street_ends; *e; e++) {
        size_t el = strlen(*e);
        bool dot = j == i + 2;

        if (len <= el + 2 || dot != (*e == street_ends[2]))
            continue; /* "str" only before its full stop, the others never */
        if (folded_eq(text + w->end - el, *e, el))
            return j + 1;
    }
    return 0;
}

/* street_word(), asked only when a number follows the word (directly, or
 * after a full stop): most words are ruled out here, inline. */
static inline size_t street_at(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    if (i + 1 < n && t[i + 1].kind != NER_K_NUM &&
        !(i + 2 < n && t[i + 2].kind == NER_K_NUM && t[i + 1].kind == NER_K_PUNCT))
        return 0;
    return street_word(text, t, n, i);
}

/*
 * A word in a date's month slot, in any language: "5 de mayo de 1993",
 * "12 marzo 2019", "3 avril 1990". The date patterns report the date; as a
 * place ("mayo" is a county) the word outscored it.
 */
static bool month_slot_at(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const of[] = {"de", "del", "di", "do", "da", NULL};
    size_t b = i, a = i + 1;

    if (t[b - 1].kind == NER_K_WORD && word_in(text, &t[b - 1], of))
        b--;
    if (b < 1 || t[i].nl_before ||
        !(digits(text, &t[b - 1], 1, 1, '1', '9') || digits(text, &t[b - 1], 2, 2, '0', '3')))
        return false;
    if (a < n && t[a].kind == NER_K_WORD && word_in(text, &t[a], of))
        a++;
    return a < n && !t[a].nl_before && digits(text, &t[a], 4, 4, '1', '2') &&
           (b == i) == (a == i + 1); /* "de" on both sides or on neither */
}

/* A word in lower case in a line with capitals that is a candidate for
 * what it is: a nationality, religion or party ("describes herself as
 * druze"), a country or big city that is no common word ("the taxi in
 * kinshasa"), a known firm ("works at omnicom"), a legal form after a word
 * ("hazelmere builders sas"). f is its lexicon flags. */
static inline bool lower_kind(const struct guard__ner_tok *t, size_t i, uint16_t f)
{
    if (f & NL_NRP)
        return true;
    if (f & NL_COMMON)
        return false;
    if (f & (NL_COUNTRY | NL_BIGCITY | NL_ORGNAME))
        return true;
    return i > 0 && t[i - 1].kind == NER_K_WORD && t[i - 1].end + 1 == t[i].start;
}

/* month_slot_at() where a number stands right before the word, or before
 * a short word before it: asked of most words, answered here. */
static inline bool month_slot(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    if (i < 1 || (t[i - 1].kind != NER_K_NUM && (i < 2 || t[i - 2].kind != NER_K_NUM)))
        return false;
    return month_slot_at(text, t, n, i);
}

/*
 * A month or weekday name in a date: before a year ("May 2024"), before a
 * day and a month or a year ("Sun, 14 Aug 2011", "Jan 12, 2024"), before
 * a month and a day ("Mon, Jan 12"), or
 * between a day and a year ("14 Aug 2011"). The date patterns report the
 * date; as a name ("On Sun" in "On Sun, 14 Aug 2011, Ana wrote:") it
 * outscored it. Not after a title ("Ms. Sun, 34").
 */
static bool date_word(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t j = i + 1;

    if (i > 0 && (t[i - 1].lex & NL_TITLE))
        return false;
    if (i > 0 && digits(text, &t[i - 1], 1, 2, '0', '9') && j < n &&
        digits(text, &t[j], 4, 4, '1', '2'))
        return true;
    if (j < n && (punct_is(text, &t[j], ',') || punct_is(text, &t[j], '.')))
        j++;
    if (j >= n || t[j].nl_before)
        return false;
    if (digits(text, &t[j], 4, 4, '1', '2'))
        return true;
    if (t[j].kind == NER_K_WORD && (t[j].lex & NL_MONTH) && j + 1 < n && !t[j + 1].nl_before &&
        digits(text, &t[j + 1], 1, 2, '0', '3'))
        return true; /* "Mon, Jan 12" */
    if (!digits(text, &t[j], 1, 2, '0', '3') || j + 1 >= n || t[j + 1].nl_before)
        return false;
    return (t[j + 1].kind == NER_K_WORD && (t[j + 1].lex & NL_MONTH)) ||
           (j + 2 < n && punct_is(text, &t[j + 1], ',') && digits(text, &t[j + 2], 4, 4, '1', '2'));
}

/* Words whose case says something about the writer's habits: letters only,
 * not codes ("CKYPK0686Q"), not short acronyms ("IBAN", "DEA"). */
static inline bool case_word(const struct guard__ner_tok *t)
{
    if (t->kind != NER_K_WORD || (t->flags & NER_TF_DIGIT) || t->ncp < 2)
        return false;
    if (t->cap == NER_CAP_CASELESS || t->cap == NER_CAP_NONE || t->cap == NER_CAP_MIXED)
        return false;
    return !(t->cap == NER_CAP_UPPER && t->ncp <= 4);
}

static bool lower_name(const struct guard__ner_tok *t)
{
    return t->kind == NER_K_WORD && t->cap == NER_CAP_LOWER && !(t->lex & NL_COMMON) &&
           (t->lex & (NL_FIRST | NL_LAST | NL_NAME));
}

static bool lower_name_pair(const struct guard__ner_tok *t, size_t n, size_t i)
{
    return (i > 0 && lower_name(&t[i - 1]) && !t[i].nl_before) ||
           (i + 1 < n && lower_name(&t[i + 1]) && !t[i + 1].nl_before);
}

/*
 * In a lower-case line of a text with capitals, an English common word that
 * is also a name or a town ("line", "split", "just", "low") is a candidate
 * only with something of an entity next to it: a house number before it, a
 * street type, legal form or organisation word after it (or after the next
 * word), or a name no dictionary has ("567 cypress ln", "upland industries
 * pte ltd", "alexandra medeiros"). Wrapped technical text ("on the command
 * line") has none.
 */
static bool lower_evidence(const struct guard__ner_tok *t, size_t n, size_t i)
{
    const uint16_t org = NL_STREET | NL_LEGAL | NL_ORGHEAD;

    if (i > 0 && !t[i].nl_before && t[i - 1].kind == NER_K_NUM)
        return true;
    for (size_t j = i + 1; j < n && j <= i + 2 && !t[j].nl_before && t[j].kind == NER_K_WORD; j++)
        if (t[j].lex & org)
            return true;
    return lower_name_pair(t, n, i);
}

/* Entities the foreign filter is not asked about: first names, big
 * cities, countries, known organisations (the filter leaves them out too:
 * tools/ner/gen.mjs). Surnames, towns, regions and names of the long list
 * that are words in another language ("ferri", "moi", "leider") are. */
#define FW_KEEP (NL_FIRST | NL_BIGCITY | NL_COUNTRY | NL_ORGNAME)

static inline bool fw_asks(const struct guard__ner_tok *t)
{
    /* Words as prose writes them: identifiers, codes and acronyms
     * (getUserName, max_len, AWS) are no dictionary words. */
    return t->kind == NER_K_WORD && (t->cap == NER_CAP_LOWER || t->cap == NER_CAP_TITLE) &&
           !(t->flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE | NER_TF_DOT)) &&
           !(t->lex & (NL_COMMON | FW_KEEP));
}

/* A common word, in the lexicon or the foreign filter: the word [a, b) hashed as
 * its own token would be. */
/* The hash of the word s[a, b) as its own token would have it. */
static uint64_t part_hash(const unsigned char *s, size_t a, size_t b)
{
    uint64_t h = FNV_INIT;

    for (size_t i = a; i < b;) {
        uint32_t f;
        char sc;

        char_step(s, b, &i, &f, &sc);
        h = fnv_cp(h, f);
    }
    return guard__ner_mix(h);
}

static bool fw_common(const struct guard__ner_model *m, uint32_t lmask, const unsigned char *s,
                      size_t a, size_t b)
{
    if (b - a < 2)
        return false;
    uint64_t h = part_hash(s, a, b);
    uint16_t lf = lex_flags(m->lex, lmask, h);
    if (lf & NL_COMMON)
        return true;
    return !(lf & FW_KEEP) && guard__ner_fw_has(m->fw, m->fwbits, h);
}

/* "No-show", "Dial-in", "Follow-up", "Korean-language": a capitalised
 * hyphenated word whose parts are English common words (the first may be
 * a nationality) the lists have as no first name, the parts after the
 * first in small letters ("Ye-jin", "Smith-Jones" are names). */
static bool common_compound(const struct guard__ner_model *m, uint32_t lmask, const char *text,
                            const struct guard__ner_tok *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t parts = 0;

    for (size_t p = t->start, q; p < t->end; p = q + 1) {
        if (parts && !(s[p] >= 'a' && s[p] <= 'z'))
            return false;
        for (q = p; q < t->end && s[q] != '-';)
            q++;
        uint16_t lf = lex_flags(m->lex, lmask, part_hash(s, p, q));
        /* the first part may be a nationality: "Korean-language" */
        if (q - p < 2 || !(lf & (parts ? NL_COMMON : NL_COMMON | NL_NRP)) || (lf & NL_FIRST))
            return false;
        parts++;
    }
    /* "Tunisian-born" is the nationality's (born_nrp()) */
    return parts >= 2 && !(t->end - t->start > 5 && memcmp(s + t->end - 5, "-born", 5) == 0);
}

/* Object pronouns written onto a Spanish or Italian verb ("devolverlo",
 * "chiamami", "dimmelo"), longest first. */
/* clang-format off */
static const struct {
    char s[7];
    uint8_t n;
} enclitics[] = {
#define EN(x) {x, sizeof(x) - 1}
    EN("glielo"), EN("gliela"), EN("melo"), EN("mela"), EN("telo"), EN("tela"), EN("selo"),
    EN("sela"), EN("los"), EN("las"), EN("les"), EN("nos"), EN("gli"), EN("lo"), EN("la"),
    EN("le"), EN("me"), EN("te"), EN("se"), EN("mi"), EN("ti"), EN("ci"), EN("vi"), EN("si"),
    EN("ne"),
#undef EN
};
/* clang-format on */

/*
 * A word the dictionaries miss but whose parts are common words: French
 * and Portuguese hyphenated forms ("pouvez-vous", "est-ce", "dá-me"), an
 * elided article or pronoun ("m'aider", "l'adresse"), a verb with a
 * pronoun written onto it ("devolverlo"). Only for lower-case words of
 * letters: names the lexicon does not know keep their chance.
 */
static bool fw_compound(const struct guard__ner_model *m, uint32_t lmask, const char *text,
                        const struct guard__ner_tok *t)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t a = t->start, b = t->end;

    if (t->cap != NER_CAP_LOWER || (t->flags & (NER_TF_DIGIT | NER_TF_DOT | NER_TF_UNDERSCORE)))
        return false;
    if (t->flags & NER_TF_HYPHEN) {
        for (size_t p = a, q; p < b; p = q + 1) {
            for (q = p; q < b && s[q] != '-';)
                q++;
            if (!fw_common(m, lmask, s, p, q))
                return false;
        }
        return true;
    }
    if (t->flags & NER_TF_APOS) {
        size_t q = b;

        while (q > a && s[q - 1] != '\'' &&
               !(q >= a + 3 && s[q - 3] == 0xe2 && s[q - 2] == 0x80 && s[q - 1] == 0x99))
            q--;
        return q > a && fw_common(m, lmask, s, q, b);
    }
    for (size_t k = 0; k < sizeof(enclitics) / sizeof(enclitics[0]); k++) {
        size_t el = enclitics[k].n;

        if (b - a >= el + 4 && memcmp(s + b - el, enclitics[k].s, el) == 0)
            return fw_common(m, lmask, s, a, b - el);
    }
    /* A German, Dutch or Scandinavian compound of two common words, with
     * or without a linking "s" ("liefer|adresse", "geburt|s|datum"). Long
     * words only (12 characters): shorter surnames are often made so too
     * ("bergström"). */
    if (t->ncp >= 12) {
        for (size_t k = a + 4; k + 4 <= b; k++) {
            if ((s[k] & 0xc0) == 0x80)
                continue;
            if (fw_common(m, lmask, s, k, b) && fw_common(m, lmask, s, a, k))
                return true;
            if (s[k - 1] == 's' && k - 1 >= a + 4 && fw_common(m, lmask, s, k, b) &&
                fw_common(m, lmask, s, a, k - 1))
                return true;
        }
    }
    return false;
}

/*
 * The longest multi-word lexicon entry starting at the candidate t[i],
 * within the line. A bitmap says which words start one (most do not: no
 * probe at all); the table also holds every proper prefix of a multi-word
 * entry, with no flags, so the walk stops at the first n-gram that leads
 * nowhere. Returns the end of the entry, or `cover` when there is none.
 */
static size_t gazetteer(const struct guard__ner_model *m, struct guard__ner_tok *t, size_t n,
                        size_t i, size_t cover)
{
    uint64_t pb = guard__ner_pbit(t[i].h, m->pbits);
    if (!(m->prefix[pb >> 6] >> (pb & 63) & 1))
        return cover;
    uint64_t k = t[i].h;
    size_t best = 0;
    uint16_t bf = 0;
    for (size_t j = i + 1; j < n && j < i + GAZ_MAX && !t[j].nl_before && t[j].cand; j++) {
        k = guard__ner_combine(k, t[j].h);
        long slot = guard__ner_lex_slot(m->lex, m->lbits, k);
        if (slot < 0)
            break;
        if (m->lex[slot].flags) {
            best = j + 1;
            bf = m->lex[slot].flags;
        }
    }
    if (!best)
        return cover;
    for (size_t j = i; j < best; j++) {
        t[j].gaz_pos = j == i ? 1 : 2;
        t[j].gaz_lex = bf;
    }
    return best;
}

/* How far ahead of its probe a word's lexicon slot and filter block are
 * asked for: enough misses in flight to cover the wait, in the same pass
 * as the probes (a pass of its own over every token cost 3k instructions
 * on the chat message). */
#define LEX_AHEAD 8

/* The end of a multi-word entry of a closed class starting at the
 * lower-case word t[i] ("united kingdom", "bank of america", "south
 * african"), or 0: its words are common ones the gate would leave out. */
static size_t lower_entry(const struct guard__ner_model *m, const struct guard__ner_tok *t,
                          size_t n, size_t i)
{
    const uint16_t closed = NL_COUNTRY | NL_BIGCITY | NL_REGION | NL_NRP | NL_ORGNAME;
    uint64_t pb = guard__ner_pbit(t[i].h, m->pbits);

    if (!(m->prefix[pb >> 6] >> (pb & 63) & 1))
        return 0;
    uint64_t k = t[i].h;
    size_t best = 0;
    for (size_t j = i + 1; j < n && j < i + GAZ_MAX && !t[j].nl_before && t[j].kind == NER_K_WORD;
         j++) {
        k = guard__ner_combine(k, t[j].h);
        long slot = guard__ner_lex_slot(m->lex, m->lbits, k);
        if (slot < 0)
            break;
        if (m->lex[slot].flags & closed)
            best = j + 1;
    }
    return best;
}

static inline void lex_prefetch(const struct guard__ner_model *m, uint32_t lmask,
                                const struct guard__ner_tok *t)
{
    if (t->kind != NER_K_WORD)
        return;
    __builtin_prefetch(&m->lex[(uint32_t)t->h & lmask]);
    if (m->fwbits)
        __builtin_prefetch(guard__ner_fw_block(m->fw, m->fwbits, t->h));
}

/* Line case codes kept at a line's first token between the two passes of
 * annotate(): LC_SHORT is a short lower-case line, all lower only if the
 * text has no capitals, which the first pass knows at its end alone. */
enum { LC_MIXED, LC_LOWER, LC_UPPER, LC_SHORT, LC_PROSE };

/* LC_PROSE: a mixed line of four case words or more, read as LC_MIXED; a
 * lower-case line that goes on with its sentence is prose too (below). */
static inline uint8_t line_code(int cased, int capfirst, int allup)
{
    if (cased && !capfirst)
        return cased >= 4 ? LC_LOWER : LC_SHORT;
    if (cased >= 2 && allup == cased)
        return LC_UPPER;
    return cased >= 4 ? LC_PROSE : LC_MIXED;
}

/* Is there one line break in text[a, b), not a blank line? */
static inline bool one_break(const char *text, uint32_t a, uint32_t b)
{
    const char *nl = memchr(text + a, '\n', b - a);

    return !nl || !memchr(nl + 1, '\n', (size_t)(text + b - nl - 1));
}

/* Does the line after token p go on with p's sentence? Not after a full
 * stop, '!', '?', ':' or ';'. */
static inline bool sentence_goes_on(const char *text, const struct guard__ner_tok *p)
{
    unsigned char c = punct_char(text, p);

    return !c || !strchr(".!?:;", c);
}

/*
 * The case code kept for the line starting at token a: LC_PROSE is mixed,
 * and so is a lower-case line that carries on the sentence of a prose line
 * (text wrapped at a width: mail, READMEs, comments), where lower case says
 * nothing. *prose says whether the line before was prose, and is set for
 * the next.
 */
static uint8_t line_case(const char *text, const struct guard__ner_tok *t, size_t a, size_t e,
                         uint8_t code, bool *prose)
{
    size_t w = a; /* the line's first word, after a quoted e-mail's '>' */

    while (w + 1 < e && punct_is(text, &t[w], '>'))
        w++;
    bool wrapped = code == LC_LOWER && *prose && a > 0 && t[w].cap == NER_CAP_LOWER &&
                   sentence_goes_on(text, &t[a - 1]) && one_break(text, t[a - 1].end, t[a].start);

    /* A wrapped line is long: a short one ("Please help with this") is a
     * heading or a request, and the lower-case text under it the writer's. */
    *prose = (code == LC_PROSE || wrapped) && t[e - 1].end - t[a].start >= 48;
    return code == LC_PROSE || wrapped ? LC_MIXED : code;
}

/*
 * Program code pasted into a message: `elif isinstance(value, dict):`,
 * `return None`. Its lower-case words are no lower-case names and its
 * capitals (None, ValueError, Decimal) no proper nouns; only its strings
 * and comments hold text. Lines are cut into segments, their sentences,
 * so that prose and code on one line are told apart. A segment is code
 * when it shows two kinds of the signs below, or one of them or of the
 * weak ones right after a code segment. A `key=value` log line shows no
 * sign but the weak '=': that '=' has no blanks around it.
 */
enum {
    CS_CALL = 1,    /* a word glued to '(': isinstance( */
    CS_ATTR = 2,    /* a dotted word: self.value, os.path */
    CS_END = 4,     /* the line ends with { ; ( [ or }, or ':' after a block keyword */
    CS_OP = 8,      /* == != <= >= += -> => && || :: */
    CS_ASSIGN = 16, /* '=' with blanks on both sides */
    CS_IDENT = 32,  /* snake_case, camelCase */
    CS_KW = 64,     /* the segment starts with a lower-case keyword */
    CS_WEAK = 128,  /* weak: an indented line, a glued '=' (nargs=None) */
};

/* Keywords that start a line of code (eight bytes at most), as their bytes in a little-endian
 * word; the first eleven open a block with a trailing ':' (Python). */
#define KW(s)                                                                                      \
    ((sizeof(s) > 1 ? (uint64_t)(unsigned char)s[0] : 0) |                                         \
     (sizeof(s) > 2 ? (uint64_t)(unsigned char)s[1] << 8 : 0) |                                    \
     (sizeof(s) > 3 ? (uint64_t)(unsigned char)s[2] << 16 : 0) |                                   \
     (sizeof(s) > 4 ? (uint64_t)(unsigned char)s[3] << 24 : 0) |                                   \
     (sizeof(s) > 5 ? (uint64_t)(unsigned char)s[4] << 32 : 0) |                                   \
     (sizeof(s) > 6 ? (uint64_t)(unsigned char)s[5] << 40 : 0) |                                   \
     (sizeof(s) > 7 ? (uint64_t)(unsigned char)s[6] << 48 : 0) |                                   \
     (sizeof(s) > 8 ? (uint64_t)(unsigned char)s[7] << 56 : 0))
static const uint64_t code_kw[] = {
    KW("def"),      KW("class"),   KW("elif"),    KW("else"),      KW("try"),      KW("except"),
    KW("finally"),  KW("with"),    KW("if"),      KW("for"),       KW("while"),    KW("return"),
    KW("import"),   KW("from"),    KW("raise"),   KW("yield"),     KW("lambda"),   KW("pass"),
    KW("assert"),   KW("const"),   KW("let"),     KW("var"),       KW("function"), KW("async"),
    KW("await"),    KW("public"),  KW("private"), KW("protected"), KW("static"),   KW("void"),
    KW("int"),      KW("char"),    KW("struct"),  KW("enum"),      KW("package"),  KW("func"),
    KW("fn"),       KW("impl"),    KW("use"),     KW("switch"),    KW("case"),     KW("break"),
    KW("continue"), KW("typedef"), KW("echo"),    KW("fi"),        KW("then"),     KW("done"),
    KW("local"),    KW("export"),  KW("print"),   KW("printf"),    KW("println"),  KW("self"),
    KW("this"),
};
#undef KW
enum { CODE_KW_BLOCK = 11 };

/* 0: no keyword; 1: a keyword; 2: one that opens a block with ':'. */
static int code_keyword(const char *s, size_t n)
{
    uint64_t w = 0;

    if (n < 2 || n > 8)
        return 0;
    memcpy(&w, s, n);
    for (size_t k = 0; k < sizeof code_kw / sizeof *code_kw; k++)
        if (code_kw[k] == w)
            return k < CODE_KW_BLOCK ? 2 : 1;
    return 0;
}

static inline bool code_segment(unsigned signs, bool prev_code)
{
    return __builtin_popcount(signs & ~CS_WEAK) >= 2 || (signs && prev_code);
}

static inline bool glued(const struct guard__ner_tok *a, const struct guard__ner_tok *b)
{
    return a->end == b->start;
}

/* Punctuation that code_signs() looks at, by class. */
enum { PC_OP2 = 1, PC_END = 2, PC_QUOTE = 4, PC_SEG = 8, PC_ANY = 16 };
static const uint8_t code_punct[256] = {
    ['='] = PC_OP2 | PC_ANY,
    ['!'] = PC_OP2 | PC_SEG | PC_ANY,
    ['<'] = PC_OP2 | PC_ANY,
    ['>'] = PC_OP2 | PC_ANY,
    ['+'] = PC_OP2 | PC_ANY,
    ['-'] = PC_OP2 | PC_ANY,
    ['*'] = PC_OP2 | PC_ANY,
    ['/'] = PC_OP2 | PC_ANY,
    [':'] = PC_OP2 | PC_ANY,
    ['|'] = PC_OP2 | PC_ANY,
    ['&'] = PC_OP2 | PC_ANY,
    ['{'] = PC_END | PC_ANY,
    [';'] = PC_END | PC_SEG | PC_ANY,
    ['('] = PC_END | PC_ANY,
    ['['] = PC_END | PC_ANY,
    ['}'] = PC_END | PC_ANY,
    ['"'] = PC_QUOTE,
    ['\''] = PC_QUOTE,
    ['`'] = PC_QUOTE,
    ['.'] = PC_SEG,
    ['?'] = PC_SEG,
    ['_'] = PC_ANY,
};

/* An identifier of code that opens with an acronym ("OOMKilled",
 * "HTTPServer", "IOError", "URLSession"): capitals, then a capital before
 * small letters, or one of four capitals or more ("CrashLoopBackOff"); no
 * name or firm is written so unless a list has it ("JPMorgan"). */
static bool acronym_camel(const char *text, const struct guard__ner_tok *c)
{
    const char *p = text + c->start;

    if (c->cap != NER_CAP_TITLE || c->ncp < 4 || (c->flags & NER_TF_NONASCII) ||
        (c->lex & NL_ENTITY))
        return false;
    /* written title case: the first letter a capital, small letters after */
    if (p[1] >= 'A' && p[1] <= 'Z')
        return !(p[0] == 'I' && p[1] == 'J'); /* Dutch: "IJssel", "IJmuiden" */
    /* four humps or more: "CrashLoopBackOff", "ImagePullBackOff" */
    int caps = 0;
    for (uint32_t k = c->start; k < c->end; k++)
        caps += text[k] >= 'A' && text[k] <= 'Z';
    return caps >= 4;
}

/* A command line's option: the word right after a "-" or "--" that
 * follows a blank, a bracket or a quote ("-Wall", "-Wl,--as-needed",
 * "--Include"), more on its line; "well-known" and "Anne-Marie" join their
 * hyphens. */
static bool cli_flag(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t a = t[i].start;

    /* not a signature's "-Sam" ending its line */
    if (a == 0 || text[a - 1] != '-' || i + 1 >= n || t[i + 1].nl_before)
        return false;
    a--;
    if (a > 0 && text[a - 1] == '-')
        a--;
    return a == 0 || text[a - 1] == ' ' || text[a - 1] == '\t' || text[a - 1] == '\n' ||
           text[a - 1] == '(' || text[a - 1] == '[' || text[a - 1] == '"' || text[a - 1] == '\'';
}

/* Where someone works goes after t[i] - 1: "works at", "joined", "left"
 * ("she now works at LinkedIn": the platform as an employer). */
static bool employer_before(const char *text, const struct guard__ner_tok *t, size_t i)
{
    static const char *const joined[] = {"joined", "join", "joins", "joining", "left", NULL};
    static const char *const work[] = {"works", "work", "worked", "working", NULL};

    if (i < 2 || t[i].nl_before || t[i - 1].kind != NER_K_WORD)
        return false;
    if (word_in(text, &t[i - 1], joined))
        return true;
    return t[i - 1].ncp == 2 && folded_eq(text + t[i - 1].start, "at", 2) &&
           t[i - 2].kind == NER_K_WORD && word_in(text, &t[i - 2], work);
}

/* A capital letter joined to a word ("B-tree", "T-shirt", "X-ray",
 * "U-turn", "D-Bus"): a thing, no name, unless a list has it. */
static bool letter_compound(const char *text, const struct guard__ner_tok *c)
{
    const char *p = text + c->start;

    return c->ncp >= 4 && p[0] >= 'A' && p[0] <= 'Z' && p[1] == '-' &&
           ((p[2] >= 'a' && p[2] <= 'z') ||
            (p[2] >= 'A' && p[2] <= 'Z' && !(c->lex & NL_ENTITY))); /* "D-Bus"; not "T-Mobile" */
}

/* A currency's ISO code before an amount ("CHF 3664", "USD 1,200.50"). */
static bool currency_code(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char codes[] = "USD EUR GBP CHF JPY CNY INR AUD CAD NZD SEK NOK DKK PLN TRY ZAR "
                                "BRL MXN KRW SGD HKD AED SAR RUB CZK HUF ILS THB IDR MYR PHP VND "
                                "NGN KES EGP ARS CLP COP PEN RON BGN ISK UAH QAR KWD";
    const char *p = text + t[i].start;

    if (t[i].cap != NER_CAP_UPPER || t[i].end - t[i].start != 3 || i + 1 >= n ||
        t[i + 1].kind != NER_K_NUM || t[i + 1].nl_before)
        return false;
    for (size_t x = 0; x + 2 < sizeof codes; x += 4)
        if (codes[x] == p[0] && codes[x + 1] == p[1] && codes[x + 2] == p[2])
            return true;
    return false;
}

/* A literal of code as written there: "NaN" anywhere, "None", "True",
 * "False", "Null" inside a sentence ("-> None.", "returns True if"); a
 * sentence may open with the word ("None of them"). */
static bool code_literal(const char *text, const struct guard__ner_tok *c)
{
    const char *p = text + c->start;
    size_t l = c->end - c->start;

    if ((l == 3 || l == 4) && p[0] == 'N' && p[1] == 'a' && p[2] == 'N' && (l == 3 || p[3] == 's'))
        return true;
    return !c->sent_start && ((l == 4 && (memcmp(p, "None", 4) == 0 || memcmp(p, "True", 4) == 0 ||
                                          memcmp(p, "Null", 4) == 0)) ||
                              (l == 5 && memcmp(p, "False", 5) == 0));
}

/* A file's name: a word, one full stop, two letters or more before it and
 * one to five small letters after ("Cargo.lock", "Main.java", "Node.js";
 * not "S.r.l", "St.Petersburg"). */
static bool file_name(const char *text, const struct guard__ner_tok *c)
{
    const char *w = text + c->start, *e = text + c->end, *d;

    if ((c->flags & (NER_TF_DOT | NER_TF_DIGIT)) != NER_TF_DOT || e - w < 4 ||
        !(d = memchr(w, '.', e - w)) || d - w < 2 || e - d - 1 < 1 || e - d - 1 > 5)
        return false;
    for (const char *x = d + 1; x < e; x++)
        if (*x < 'a' || *x > 'z')
            return false;
    return true;
}

/* The signs of code word c gives (first: it starts its segment). */
static unsigned word_signs(const char *text, const struct guard__ner_tok *c, bool first)
{
    unsigned sg = 0;

    if (c->flags & NER_TF_UNDERSCORE)
        sg |= CS_IDENT;
    else if (c->cap == NER_CAP_MIXED && text[c->start] >= 'a' && text[c->start] <= 'z')
        sg |= CS_IDENT;
    if ((c->flags & (NER_TF_DOT | NER_TF_DIGIT)) == NER_TF_DOT) {
        /* self.value, os.path.join; not a file name (main.py) */
        const char *w = text + c->start, *e = text + c->end, *d = memchr(w, '.', e - w);
        const char *z = e;
        while (z > w && z[-1] != '.')
            z--;
        if (d && d - w >= 2 && d + 1 < e && d[1] >= 'a' && d[1] <= 'z' &&
            (z - 1 != d || e - z >= 5))
            sg |= CS_ATTR;
    }
    if (first && c->cap == NER_CAP_LOWER && code_keyword(text + c->start, c->end - c->start))
        sg |= CS_KW;
    return sg;
}

/* The signs of code punctuation token i (ch) gives. */
static unsigned punct_signs(const char *text, const struct guard__ner_tok *t, size_t n, size_t i,
                            unsigned char ch)
{
    const struct guard__ner_tok *c = &t[i];
    const struct guard__ner_tok *p = i > 0 && !c->nl_before ? &t[i - 1] : NULL;
    const struct guard__ner_tok *q = i + 1 < n && !t[i + 1].nl_before ? &t[i + 1] : NULL;
    unsigned sg = 0;

    /* __init__(, _private: a '_' the word splitter left out */
    if (ch == '_' && ((p && glued(p, c) && p->kind == NER_K_WORD) ||
                      (q && glued(c, q) && q->kind == NER_K_WORD)))
        sg |= CS_IDENT;
    const struct guard__ner_tok *o = i >= 2 && p && !p->nl_before ? &t[i - 2] : NULL;
    if (ch == '(' && p && glued(p, c) &&
        (p->kind == NER_K_WORD ||
         (punct_char(text, p) == '_' && o && o->kind == NER_K_WORD && glued(o, p))))
        sg |= CS_CALL;
    /* A two-character operator after a word or a closing bracket, not the
     * '::' of an IPv6 address (2001:db8::1). */
    unsigned char pc = p ? punct_char(text, p) : 0;
    if ((code_punct[pc] & PC_OP2) && glued(p, c) && o && !(o->flags & NER_TF_DIGIT) &&
        o->kind != NER_K_NUM &&
        ((ch == '=') || (ch == '>' && (pc == '-' || pc == '=')) || (ch == '&' && pc == '&') ||
         (ch == '|' && pc == '|') || (ch == ':' && pc == ':')))
        sg |= CS_OP;
    if (ch == '=' && p && p->kind != NER_K_PUNCT)
        sg |= q && !glued(p, c) && !glued(c, q) ? CS_ASSIGN : CS_WEAK;
    if (!q && (code_punct[ch] & PC_END))
        sg |= CS_END;
    return sg;
}

/*
 * Splits each line into segments: a '.', '?', '!' or ';' outside a string
 * with a blank after it ends one. Marks each segment's first token: code
 * 1, or 2 when the segment reads as code. Returns the number of code
 * segments.
 */
static size_t code_segments(const char *text, struct guard__ner_tok *t, size_t n)
{
    size_t sg = 0, ncode = 0;
    unsigned signs = 0;
    unsigned char quote = 0;
    bool prev_code = false;

    for (size_t i = 0; i < n; i++) {
        const struct guard__ner_tok *c = &t[i];

        if (c->nl_before) {
            if (i > sg) {
                prev_code = code_segment(signs, prev_code);
                ncode += prev_code;
                t[sg].code = prev_code ? 2 : 1;
            }
            sg = i;
            signs = 0;
            quote = 0;
            if (c->start >= 2 && (text[c->start - 1] == '\t' ||
                                  (text[c->start - 1] == ' ' && text[c->start - 2] == ' ')))
                signs = CS_WEAK; /* indented */
        }
        if (c->kind == NER_K_WORD) {
            if (!quote && ((c->flags & (NER_TF_UNDERSCORE | NER_TF_DOT)) ||
                           c->cap == NER_CAP_MIXED || (i == sg && c->cap == NER_CAP_LOWER)))
                signs |= word_signs(text, c, i == sg);
            continue;
        }
        unsigned char ch = punct_char(text, c);
        uint8_t pc = code_punct[ch];
        if (!pc)
            continue;
        if (quote) {
            quote = ch == quote ? 0 : quote;
            continue;
        }
        if (pc & PC_QUOTE) {
            quote = ch;
            continue;
        }
        bool last = i + 1 == n || t[i + 1].nl_before;
        if (pc & PC_ANY) {
            signs |= punct_signs(text, t, n, i, ch);
            if (ch == ':' && last && (signs & CS_KW) &&
                code_keyword(text + t[sg].start, t[sg].end - t[sg].start) == 2)
                signs |= CS_END;
        }
        if ((pc & PC_SEG) && !last && !glued(c, &t[i + 1])) {
            prev_code = code_segment(signs, prev_code);
            ncode += prev_code;
            t[sg].code = prev_code ? 2 : 1;
            sg = i + 1;
            signs = 0;
        }
    }
    if (n > sg) {
        prev_code = code_segment(signs, prev_code);
        ncode += prev_code;
        t[sg].code = prev_code ? 2 : 1;
    }
    return ncode;
}

/* Code has a word glued to '(', an '=', a '_' or a '{' somewhere; prose
 * mostly has none, and then code_segments() is not asked. */
static bool may_hold_code(const char *text, size_t len)
{
    if (memchr(text, '=', len) || memchr(text, '_', len) || memchr(text, '{', len))
        return true;
    for (const char *p = memchr(text, '(', len); p;
         p = memchr(p + 1, '(', len - (size_t)(p + 1 - text)))
        if (p > text && (ascii_cls[(unsigned char)p[-1]] & AC_ALNUM))
            return true;
    return false;
}

/* In a text with code, a capital that names a thing of the program: an
 * identifier no list has (TypeError, getValue), or a common word alone
 * mid-sentence (None, False). */
static bool code_name(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    const struct guard__ner_tok *c = &t[i];

    if (c->cap == NER_CAP_MIXED)
        return !(c->lex & NL_ENTITY);
    if (c->cap != NER_CAP_TITLE)
        return false;
    for (size_t k = c->start + 1; !(c->lex & NL_ENTITY) && k + 1 < c->end; k++)
        if (text[k] >= 'a' && text[k] <= 'z' && text[k + 1] >= 'A' && text[k + 1] <= 'Z')
            return true; /* CamelCase */
    /* A common word alone ("Alpine Robotics AG" is a name of common words)
     * that no list has as a person's name: None is a town, too. */
    return !c->sent_start && (c->lex & NL_COMMON) && !(c->lex & (NL_FIRST | NL_LAST)) &&
           !(i > 0 && cased_word(&t[i - 1])) && !(i + 1 < n && cased_word(&t[i + 1]));
}

/* A string of one word that reads as an identifier, in code: a key or a
 * name of the program's ('DELETEACL', "pre_call", 'utf-8', "getValue"). */
static bool code_token_string(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    if (!(i + 2 < n && glued(&t[i], &t[i + 1]) && glued(&t[i + 1], &t[i + 2]) &&
          t[i + 1].kind == NER_K_WORD && punct_char(text, &t[i + 2]) == punct_char(text, &t[i])))
        return false;
    const struct guard__ner_tok *w = &t[i + 1];
    return w->cap == NER_CAP_UPPER || w->cap == NER_CAP_MIXED ||
           (w->cap == NER_CAP_LOWER &&
            (w->flags & (NER_TF_UNDERSCORE | NER_TF_DIGIT | NER_TF_DOT)));
}

/*
 * In a code segment, whether token i starts or ends a string ('"', '\'',
 * '`') or starts a comment (#, //, --): the text in them is prose again.
 * So is what follows a string when a capitalised word does, which no
 * program writes (`assert f("A") == "B" I am Yoo`): prose to the end of
 * the segment.
 */
static void code_text(const char *text, const struct guard__ner_tok *t, size_t n, size_t i,
                      unsigned char *quote, bool *in_text)
{
    unsigned char ch = punct_char(text, &t[i]);
    bool after = i > 0 && !t[i].nl_before && glued(&t[i - 1], &t[i]);

    if (!ch || (*in_text && !*quote))
        return; /* in a comment to the end of the line */
    if (*quote) {
        if (ch != *quote)
            return;
        *quote = 0;
        const struct guard__ner_tok *q = i + 1 < n && !t[i + 1].nl_before ? &t[i + 1] : NULL;
        *in_text = q && !glued(&t[i], q) && q->kind == NER_K_WORD &&
                   (q->cap == NER_CAP_TITLE || (q->ncp == 1 && text[q->start] == 'I'));
    } else if (ch == '"' || ch == '\'' || ch == '`') {
        *quote = ch;
        *in_text = !code_token_string(text, t, n, i);
    } else if (ch == '#' ||
               (after && (ch == '/' || ch == '-') && punct_char(text, &t[i - 1]) == ch)) {
        *in_text = true;
    }
}

/*
 * The connectors between the candidates a and b (a < b, nothing between
 * them a candidate): one or two of them, on b's line, join the two.
 */
static bool join(struct guard__ner_tok *t, size_t a, size_t b)
{
    if (b - a < 2 || b - a > 3 || t[b].nl_before)
        return false;
    for (size_t x = a + 1; x < b; x++)
        if (!connector(&t[x]) || t[x].nl_before)
            return false;
    for (size_t x = a + 1; x < b; x++)
        t[x].cand = 3;
    return true;
}

static inline void put(uint32_t *ci, size_t *nc, size_t x)
{
    if (ci)
        ci[*nc] = (uint32_t)x;
    (*nc)++;
}

/* Shape and affixes of the candidate x and shapes of its neighbours from
 * *from on (the features read no more of them), then a multi-word entry
 * starting at x. */
static size_t finish(const struct guard__ner_model *m, const char *text, struct guard__ner_tok *t,
                     size_t n, size_t x, size_t *from, size_t cover)
{
    const unsigned char *s = (const unsigned char *)text;

    if (x > 0 && x - 1 >= *from)
        describe_shape(s, &t[x - 1]);
    describe_rest(s, &t[x], x < *from);
    if (x + 1 < n)
        describe_shape(s, &t[x + 1]);
    *from = x + 2;
    if (x >= cover && t[x].kind == NER_K_WORD)
        cover = gazetteer(m, t, n, x, cover);
    return cover;
}

/* The tokens the span rules after the model look at (span_rules()
 * reads no other): titles and street types in the lexicon pass, from the
 * front of mk[], greetings and field marks in the gate's pass, from the
 * back; the kind in the top two bits. mk[] has room for three a token. */
enum { MK_TITLE, MK_STREET, MK_GREET, MK_FIELD };
#define MK_KIND(v) ((v) >> 30)
#define MK_TOK(v)  ((v)&0x3fffffffu)
struct marks {
    uint32_t *mk;
    size_t n1, n2, cap; /* front and back counts, room */
    bool lower_line;    /* a line of small letters only (lower_firms()) */
};

static inline void mark(struct marks *tt, unsigned kind, size_t i, bool back)
{
    if (!tt)
        return;
    if (back)
        tt->mk[tt->cap - 1 - tt->n2++] = (uint32_t)kind << 30 | (uint32_t)i;
    else
        tt->mk[tt->n1++] = (uint32_t)kind << 30 | (uint32_t)i;
}

/* Words between a number and a street type that make a distance or a
 * duration ("a 5 minute walk", "100 mile drive"), or a sentence ("since
 * 1975 and wants to close", "if n == 2 and drive"). */
static const char *const not_street_words[] = {
    "mile",   "miles", "minute", "minutes", "min",     "mins", "hour",  "hours",  "km",    "day",
    "days",   "block", "blocks", "step",    "steps",   "foot", "feet",  "yard",   "yards", "meter",
    "meters", "metre", "metres", "second",  "seconds", "lane", "way",   "hole",   "car",   "point",
    "and",    "or",    "to",     "the",     "of",      "in",   "on",    "at",     "for",   "with",
    "is",     "are",   "was",    "were",    "be",      "by",   "from",  "as",     "if",    "then",
    "than",   "but",   "not",    "no",      "so",      "it",   "its",   "we",     "you",   "he",
    "she",    "they",  "i",      "a",       "an",      "my",   "our",   "your",   "their", "his",
    "her",    "this",  "that",   "will",    "would",   "can",  "could", "should", "may",   "must",
    "has",    "have",  "had",    "do",      "does",    "did",  "want",  "wants",  "need",  "needs",
    "times",  "x",     NULL};

/* A house number: digits, or up to five digits and a letter ("221B"). */
static bool house_number(const char *text, const struct guard__ner_tok *p)
{
    if (p->kind == NER_K_NUM)
        return true;
    size_t n = p->end - p->start;
    if (p->kind != NER_K_WORD || n < 2 || n > 6)
        return false;
    for (size_t k = 0; k + 1 < n; k++)
        if (text[p->start + k] < '0' || text[p->start + k] > '9')
            return false;
    char c = text[p->end - 1];
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/*
 * A street type ending "2152 rookery hill avenue", "1752 elm drive", "46
 * belah ln": a house number of one to five digits, one to three words on
 * the same line, then the type t[i]. Common words in a street's name
 * ("elm", "maple") keep the model from it in lower case, and it finds the
 * last words only ("hill avenue"). Not after an article or "every" ("a
 * 100 mile drive") nor with a measure between. The number's index, or 0.
 */
static size_t number_street(const char *text, const struct guard__ner_tok *t, size_t i)
{
    static const char *const articles[] = {"a", "an", "the", "every", "each", "per", NULL};
    size_t j = i;

    while (j > 0 && i - j < 4) {
        const struct guard__ner_tok *p = &t[j - 1];

        if (t[j].nl_before || p->end + 1 != t[j].start)
            return 0;
        j--;
        if (house_number(text, p))
            break;
        if (p->kind != NER_K_WORD)
            return 0;
    }
    if (!house_number(text, &t[j]) || j + 1 == i || t[j].end - t[j].start > 6 ||
        (t[j].kind == NER_K_NUM && t[j].end - t[j].start > 5))
        return 0;
    for (size_t k = j + 1; k < i; k++)
        if (word_in(text, &t[k], not_street_words))
            return 0;
    if (j > 0 && !t[j].nl_before && t[j - 1].kind == NER_K_WORD &&
        word_in(text, &t[j - 1], articles))
        return 0;
    return j;
}

/* The first letter of a greeting (greetings[] below), either case: a bit
 * for each in GREETING_FIRST. */
#define GL(c) (1u << ((c) - 'a'))
#define GREETING_FIRST                                                                             \
    (GL('b') | GL('c') | GL('d') | GL('e') | GL('g') | GL('h') | GL('l') | GL('m') | GL('n') |     \
     GL('o') | GL('q') | GL('s') | GL('t'))
static inline bool greeting_first(const char *text, const struct guard__ner_tok *c)
{
    unsigned l = ((unsigned char)text[c->start] | 0x20u) - 'a';

    return l < 26 && ((1u << l) & GREETING_FIRST);
}

/* The shape of a greeting's vocative after t[i]: a comma or not, one to
 * three words, then a comma, "!", "." or the line's end. Asked before the
 * word list: most sentences' first words fail it. */
static inline bool vocative(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t j = i + 1;

    if (j < n && punct_is(text, &t[j], ','))
        j++;
    for (size_t k = j; k < j + 4; k++) {
        if (k >= n || t[k].nl_before)
            return k > j;
        if (t[k].kind == NER_K_PUNCT)
            return k > j && (punct_is(text, &t[k], ',') || punct_is(text, &t[k], '!') ||
                             punct_is(text, &t[k], '.'));
        if (t[k].kind != NER_K_WORD)
            return false;
    }
    return false;
}

/* Head words that name firms and little else (lower_firm()). */
static const char *const lower_heads[] = {
    "mutual",   "cooperative",  "logistics",   "freight",      "telecom",   "telecoms",
    "dental",   "biotech",      "pharma",      "insurance",    "assurance", "bank",
    "bancorp",  "savings",      "studios",     "solicitors",   "plumbing",  "roofing",
    "airlines", "airways",      "motors",      "holdings",     "ventures",  "consulting",
    "brewery",  "bakery",       "realty",      "clinic",       "hospital",  "hospice",
    "pharmacy", "laboratories", "diagnostics", "therapeutics", "robotics",  "builders",
    "trust",    "foundation",   "university",  "infirmary",    "joinery",   "surveying",
    "eyewear",  "shipping",     "couriers",    "outfitters",   "cabinets",  "interiors",
    NULL};

/* Greetings before a name in the vocative ("Hola ida,", "Hey, August!"). */
static const char *const greetings[] = {"hi",
                                        "hello",
                                        "hey",
                                        "dear",
                                        "hola",
                                        "ciao",
                                        "cze\xc5\x9b\xc4\x87",
                                        "hallo",
                                        "bonjour",
                                        "salut",
                                        "ol\xc3\xa1",
                                        "oi",
                                        "hej",
                                        "hei",
                                        "moi",
                                        "merhaba",
                                        "estimado",
                                        "estimada",
                                        "querido",
                                        "querida",
                                        "caro",
                                        "cara",
                                        "liebe",
                                        "lieber",
                                        "beste",
                                        "thanks",
                                        "gentile",
                                        "servus",
                                        "buongiorno",
                                        "buenos",
                                        "goedemorgen",
                                        "hoi",
                                        "namaste",
                                        NULL};

bool guard__ner_is_greeting(const char *w, size_t n)
{
    for (const char *const *g = greetings; *g; g++)
        if (strlen(*g) == n && folded_eq(w, *g, n))
            return true;
    return false;
}

/* Is the full stop before t[i] a middle initial's or a title's inside a
 * name, no sentence's end ("Perpetua K. Gosling", "Dear Dr.
 * Mackintosh")? */
static inline bool name_stop(const char *text, const struct guard__ner_tok *t, size_t i)
{
    if (i < 2)
        return false;
    /* the word w, the stop d, the capitalised word c */
    const struct guard__ner_tok *c = &t[i], *d = &t[i - 1], *w = &t[i - 2];

    if (text[d->start] != '.' || c->kind != NER_K_WORD || c->cap != NER_CAP_TITLE)
        return false;
    if (w->kind != NER_K_WORD || d->nl_before || w->nl_before || d->start != w->end)
        return false;
    if ((w->lex & NL_TITLE) && w->ncp <= 4 && w->cap == NER_CAP_TITLE && c->lex != NL_COMMON)
        return true; /* "Dr. Mackintosh" */
    return i >= 3 && w->ncp == 1 && text[w->start] >= 'A' && text[w->start] <= 'Z' &&
           cased_word(&t[i - 3]); /* "Perpetua K. Gosling" */
}

/* Is t[a] after a Polish street type's abbreviation ("ul. Tkacka", "al.
 * Jerozolimskie")? Its full stop ends no sentence. */
static bool pl_abbrev(const char *text, const struct guard__ner_tok *t, size_t a)
{
    static const char *const pre[] = {"ul", "al", "os", "pl", NULL};

    return a >= 2 && !t[a].nl_before && t[a].start == t[a - 1].end + 1 &&
           punct_is(text, &t[a - 1], '.') && t[a - 1].start == t[a - 2].end &&
           t[a - 2].kind == NER_K_WORD && t[a - 2].cap == NER_CAP_LOWER && t[a - 2].ncp == 2 &&
           word_in(text, &t[a - 2], pre);
}

/* Does the line from t[i] open as a log line does, a time stamp and then
 * a level word ("2026-02-16 11:51:54,396 error payout to ...", "nov 11
 * 08:07:22 info ...")? Its small words are the program's, no names. */
static bool log_line(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const levels[] = {"info",  "error", "warn",   "warning",  "debug",
                                         "trace", "fatal", "notice", "critical", "crit",
                                         "err",   "alert", "emerg",  NULL};
    size_t j = i, nums = 0;

    for (; j < n && j < i + 12 && (j == i || !t[j].nl_before); j++) {
        if (t[j].kind == NER_K_NUM || (t[j].kind == NER_K_WORD && (t[j].flags & NER_TF_DIGIT)))
            nums++;
        else if (!(t[j].kind == NER_K_PUNCT || (j == i && (t[j].lex & NL_MONTH))))
            break;
    }
    return nums >= 1 && j < n && j > i && !t[j].nl_before && t[j].kind == NER_K_WORD &&
           t[j].cap != NER_CAP_TITLE && word_in(text, &t[j], levels);
}

/*
 * guard__ner_annotate(), and the candidates' indices in ci[0..return) when
 * ci is not NULL (room for n): what the tagger walks instead of every
 * token; the tokens the span rules look at in *tt when tt is not NULL. Two passes over all tokens:
 * lexicon probes with each line's case counts, then the gate with the connectors between
 * candidates; the rest (shapes, affixes, multi-word entries) over the candidates only.
 */
static size_t annotate(const struct guard__ner_model *m, const char *text, struct guard__ner_tok *t,
                       size_t n, uint32_t *ci, struct marks *tt)
{
    uint32_t lmask = (1u << m->lbits) - 1;
    bool doc_has_caps = false;
    size_t a = 0;
    int cased = 0, capfirst = 0, allup = 0;
    bool prose = false; /* the line before is a long mixed-case one, or wrapped */

    for (size_t i = 0; i < n && i < LEX_AHEAD; i++)
        lex_prefetch(m, lmask, &t[i]);
    for (size_t i = 0; i < n; i++) {
        struct guard__ner_tok *c = &t[i];

        if (i + LEX_AHEAD < n)
            lex_prefetch(m, lmask, &t[i + LEX_AHEAD]);
        /* Case of each line: all lower, all upper or mixed. A short
         * lower-case line in a text that has capitals ("-- sent from
         * mobile") counts as mixed: only long lines, or a wholly
         * lower-case text, say that case carries no information. */
        if (c->nl_before && i > 0) {
            t[a].line_case = line_case(text, t, a, i, line_code(cased, capfirst, allup), &prose);
            a = i;
            cased = capfirst = allup = 0;
        }
        if (c->kind != NER_K_WORD)
            continue;
        /* Words the lexicon does not know, in the other languages' common
         * words: "magasin", "rechnung" are no names. */
        c->lex = lex_flags(m->lex, lmask, c->h);
        if (c->lex & (NL_TITLE | NL_STREET)) {
            if (c->lex & NL_TITLE)
                mark(tt, MK_TITLE, i, false);
            if ((c->lex & NL_STREET) && tt && i >= 2 && t[i - 2].kind != NER_K_PUNCT &&
                number_street(text, t, i))
                mark(tt, MK_STREET, i, false);
        }
        if (m->fwbits && fw_asks(c)) {
            if (guard__ner_fw_has(m->fw, m->fwbits, c->h) || fw_compound(m, lmask, text, c)) {
                c->foreign = !(c->lex & NL_COMMON);
                c->lex |= NL_COMMON;
            } else if (!c->lex && (c->flags & NER_TF_HYPHEN) && c->cap == NER_CAP_TITLE) {
                c->lex = hyphen_name(m->lex, lmask, text, c);
                if (!c->lex && common_compound(m, lmask, text, c))
                    c->lex = NL_COMMON;
            }
        }
        if (case_word(c)) {
            cased++;
            capfirst += c->cap == NER_CAP_TITLE || c->cap == NER_CAP_UPPER;
            allup += c->cap == NER_CAP_UPPER;
            doc_has_caps |= c->cap == NER_CAP_TITLE;
        }
    }
    if (n)
        t[a].line_case = line_case(text, t, a, n, line_code(cased, capfirst, allup), &prose);

    /* A text with code in it: its comments and docs name the program's
     * things (TypeError, None, namedtuples), and lower case says nothing. */
    bool code_doc = n && may_hold_code(text, t[n - 1].end) && code_segments(text, t, n) >= 2;

    /* The gate: it reads the token's own line case, its neighbours'
     * lexicon flags and case, and the previous token's gate. A token's
     * gate is final once the next one's is known (a number takes its
     * neighbour's), and then the connectors before it: t[i - 2] is
     * settled at the top of step i. */
    bool prev_gate = false; /* the gate of t[i - 1], before the rules below */
    uint8_t lc = 0;
    bool code = false, text_in_code = false; /* a code segment; in its string or comment */
    bool logl = false;                       /* the line is a log line's (log_line()) */
    unsigned char quote = 0;
    size_t nc = 0, last = SIZE_MAX; /* the last candidate so far */
    size_t forced = 0;              /* tokens before it are a lower-case entry's (lower_entry()) */
    for (size_t i = 0; i < n + 2; i++) {
        if (i >= 2 && t[i - 2].cand) {
            size_t b = i - 2;
            if (last != SIZE_MAX && join(t, last, b))
                for (size_t x = last + 1; x < b; x++)
                    put(ci, &nc, x);
            put(ci, &nc, b);
            last = b;
        }
        if (i >= n)
            continue;
        struct guard__ner_tok *c = &t[i];
        uint16_t f = c->lex;
        bool first = i == 0 || c->nl_before, k = false;

        if (first) {
            logl = c->line_case == LC_LOWER && log_line(text, t, n, i);
            lc = c->line_case;
            if (lc == LC_SHORT)
                lc = doc_has_caps ? LC_MIXED : LC_LOWER;
            if (lc == LC_LOWER && tt)
                tt->lower_line = true; /* lower_firms() after the model */
        }
        if (c->code) { /* a segment starts */
            code = c->code == 2;
            text_in_code = false;
            quote = 0;
        }
        c->line_case = lc;
        c->sent_start = first || (starts_sentence(text, &t[i - 1]) && !name_stop(text, t, i) &&
                                  !pl_abbrev(text, t, i));
        if (tt && c->sent_start && c->kind == NER_K_WORD && c->ncp <= 11 &&
            greeting_first(text, c) && vocative(text, t, n, i) && word_in(text, c, greetings))
            mark(tt, MK_GREET, i, true);
        if (code && c->kind != NER_K_WORD)
            code_text(text, t, n, i, &quote, &text_in_code);
        if (code && !text_in_code)
            ; /* program text: no candidates */
        else if (c->kind == NER_K_PUNCT) {
            /* fields of structured text (field_value()) */
            if ((c->h == punct_h[':'] || c->h == punct_h['='] || c->h == punct_h['|']) && tt &&
                !code && i > 0 && (t[i - 1].end == c->start || c->h == punct_h['|']))
                mark(tt, MK_FIELD, i, true);
        } else if (cased_word(c))
            k = !plain_capital(text, t, n, i) && !(code_doc && code_name(text, t, n, i)) &&
                !file_name(text, c) && !acronym_camel(text, c) && !code_literal(text, c) &&
                !cli_flag(text, t, n, i) && !currency_code(text, t, n, i) &&
                !letter_compound(text, c) &&
                !(opens_line(text, t, i) && valediction(text, t, n, i)) &&
                !((f & NL_MONTH) && date_word(text, t, n, i)) && !month_slot(text, t, n, i) &&
                !job_title(text, t, n, i) &&
                !(plain_common(c) && common_caps(m, text, t, n, i) &&
                  !employer_before(text, t, i)) &&
                !((f & NL_COMMON) && colour_list(text, t, n, i));
        else if (c->kind == NER_K_WORD) {
            /* In an all-lower-case line any uncommon word may be a name.
             * A common word the long list of any names alone has
             * ("pro", "niemand", "leider") is not one. */
            if (lc == LC_LOWER && !code_doc && !logl &&
                (!(f & NL_COMMON) || (f & NL_ENTITY & ~NL_NAME)) && !month_slot(text, t, n, i) &&
                !((f & NL_COMMON) && doc_has_caps && !c->foreign &&
                  !(f & (NL_BIGCITY | NL_COUNTRY | NL_NRP | NL_ORGNAME)) &&
                  !lower_evidence(t, n, i)))
                k = !(opens_line(text, t, i) && valediction(text, t, n, i));
            else if ((f & (NL_FIRST | NL_LAST)) && !(f & NL_COMMON) && lower_name_pair(t, n, i))
                k = true; /* "john smith" in a line that has capitals */
            else if ((f & (NL_NRP | NL_COUNTRY | NL_BIGCITY | NL_ORGNAME | NL_LEGAL)) &&
                     !code_doc && lower_kind(t, i, f))
                k = true;
            else if ((f & (NL_LEGAL | NL_ORGHEAD | NL_STREET)) && prev_gate)
                k = true;
            /* "united kingdom" in a lower-case line: the entry's words,
             * though common */
            if (!k && lc == LC_LOWER && !code_doc && c->cap == NER_CAP_LOWER &&
                (i < forced || ((f & NL_COMMON) && (forced = lower_entry(m, t, n, i)))))
                k = true;
        }
        /* "martensgracht 774", "address: Gollnowstraße 1368": a street,
         * whatever the filter or the sentence start says */
        if (!k && c->kind == NER_K_WORD && c->ncp >= 6 && !(code && !text_in_code) &&
            street_at(text, t, n, i))
            k = true;
        /* A number next to a gated word on its line ("Suite 400",
         * "742 Evergreen"); numbers never pass the gate themselves. */
        c->cand = k;
        if (!first && (k ? t[i - 1].kind == NER_K_NUM
                         : c->kind == NER_K_NUM && prev_gate && t[i - 1].kind == NER_K_WORD))
            t[k ? i - 1 : i].cand = 2;
        prev_gate = k;
    }
    /* The candidates are final: describe them and their neighbours, find
     * the multi-word entries starting at one. Without a list, find them
     * again. */
    size_t cover = 0, from = 0;
    for (size_t j = 0, x = 0; j < nc; j++, x++) {
        if (ci)
            x = ci[j];
        else
            while (!t[x].cand)
                x++;
        cover = finish(m, text, t, n, x, &from, cover);
    }
    return nc;
}

void guard__ner_annotate(const struct guard__ner_model *m, const char *text,
                         struct guard__ner_tok *t, size_t n)
{
    annotate(m, text, t, n, NULL, NULL);
}

/* ---- features ------------------------------------------------------------- */

enum {
    F_BIAS = 1,
    F_W0,
    F_WP1,
    F_WN1,
    F_WP2,
    F_WN2,
    F_SHAPE0,
    F_SHAPEP1,
    F_SHAPEN1,
    F_SUF2,
    F_SUF3,
    F_PRE3,
    F_CAPCTX,
    F_LEXBIT,
    F_LEXMASK,
    F_LEXP1,
    F_LEXN1,
    F_GAZ,
    F_WP1CAP,
    F_WN1CAP,
    F_BIP,
    F_BIN,
    F_CAP3,
    F_KIND,
    F_WP1CLS,
    F_CLS3,
    F_WN1CLS,
    F_SHAPECLS,
};

#define BOS_H 0x5b5b5b5b5b5b5b5bull
#define EOS_H 0x5d5d5d5d5d5d5d5dull

/* Coarse lexicon class: name, place, organisation, NRP (4 bits) plus
 * "common word" and "title" — what context features combine with. By
 * table, one per byte of the flags: three classes a candidate, and the
 * six tests each were a tenth of the features' instructions. */
#define CLS_LO(f)                                                                                  \
    (((f) & (NL_FIRST | NL_LAST | NL_NAME) ? 1 : 0) |                                              \
     ((f) & (NL_CITY | NL_BIGCITY | NL_REGION | NL_COUNTRY) ? 2 : 0))
#define CLS_HI(f)                                                                                  \
    ((((f) << 8) & (NL_ORGNAME | NL_ORGHEAD | NL_LEGAL) ? 4 : 0) | (((f) << 8) & NL_NRP ? 8 : 0) | \
     (((f) << 8) & NL_COMMON ? 16 : 0) | (((f) << 8) & (NL_TITLE | NL_MONTH | NL_TECH) ? 32 : 0))
#define R4(m, x)  m(x), m(x + 1), m(x + 2), m(x + 3)
#define R16(m, x) R4(m, x), R4(m, x + 4), R4(m, x + 8), R4(m, x + 12)
#define R64(m, x) R16(m, x), R16(m, x + 16), R16(m, x + 32), R16(m, x + 48)
#define R256(m)   R64(m, 0), R64(m, 64), R64(m, 128), R64(m, 192)
static const uint8_t cls_lo[256] = {R256(CLS_LO)};
static const uint8_t cls_hi[256] = {R256(CLS_HI)};
#undef R256
#undef R64
#undef R16
#undef R4

static inline unsigned cls(uint16_t f)
{
    return (unsigned)cls_lo[f & 0xff] | cls_hi[f >> 8];
}

static inline uint32_t bucket(uint64_t tmpl, uint64_t v, uint32_t wbits)
{
    return (uint32_t)(guard__ner_mix(v * 0x9E3779B97F4A7C15ull + tmpl * 0xD6E8FEB86659FD93ull) >>
                      (64 - wbits));
}

/* A bucket out, and its weight row asked for when the caller sums rows
 * (`fetch`): the rows are scattered over megabytes, and asking for all of
 * a candidate's before using any lets the loads overlap. */
static inline void put_bucket(uint32_t *out, size_t *k, uint32_t b, bool fetch, const int8_t *w)
{
    if (fetch)
        __builtin_prefetch(w + (size_t)b * NER_ROW);
    out[(*k)++] = b;
}

/* guard__ner_features(), inlined into the tagger with its weights and into
 * the public function without. */
static inline __attribute__((always_inline)) size_t features(const struct guard__ner_tok *t,
                                                             size_t n, size_t i, uint32_t wbits,
                                                             bool fetch, const int8_t *w,
                                                             uint32_t *out)
{
    const struct guard__ner_tok *c = &t[i];
    const struct guard__ner_tok *p1 = i >= 1 ? &t[i - 1] : NULL;
    const struct guard__ner_tok *p2 = i >= 2 ? &t[i - 2] : NULL;
    const struct guard__ner_tok *n1 = i + 1 < n ? &t[i + 1] : NULL;
    const struct guard__ner_tok *n2 = i + 2 < n ? &t[i + 2] : NULL;
    uint64_t wp1 = p1 ? p1->h : BOS_H, wp2 = p2 ? p2->h : BOS_H;
    uint64_t wn1 = n1 ? n1->h : EOS_H, wn2 = n2 ? n2->h : EOS_H;
    unsigned cap0 = c->cap, capp = p1 ? p1->cap : 7, capn = n1 ? n1->cap : 7;
    unsigned cls0 = cls(c->lex), clsp = p1 ? cls(p1->lex) : 64, clsn = n1 ? cls(n1->lex) : 64;
    /* The shape of the neighbourhood seen from here: a line break between
     * tokens separates them more than a space. */
    unsigned ctx = cap0 | (unsigned)c->line_case << 3 | (unsigned)c->sent_start << 5;
    size_t k = 0;

#define F(tmpl, v) put_bucket(out, &k, bucket((tmpl), (uint64_t)(v), wbits), fetch, w)
    F(F_BIAS, 0);
    F(F_W0, c->h);
    F(F_WP1, wp1 ^ (p1 && c->nl_before ? 1 : 0));
    F(F_WN1, wn1 ^ (n1 && n1->nl_before ? 1 : 0));
    F(F_WP2, wp2);
    F(F_WN2, wn2);
    F(F_SHAPE0, c->shape);
    F(F_SHAPEP1, p1 ? p1->shape : 1);
    F(F_SHAPEN1, n1 ? n1->shape : 2);
    if (c->kind == NER_K_WORD) {
        F(F_SUF2, c->suf2);
        if (c->ncp > 3) {
            F(F_SUF3, c->suf3);
            F(F_PRE3, c->pre3);
        }
    }
    F(F_CAPCTX, ctx);
    /* One feature per lexicon flag, lowest first: visit the set bits only. */
    for (unsigned f = c->lex; f; f &= f - 1)
        F(F_LEXBIT, (unsigned)__builtin_ctz(f) | cap0 << 4 | (unsigned)c->line_case << 8);
    F(F_LEXMASK, (uint64_t)c->lex << 8 | cap0);
    F(F_LEXP1, (uint64_t)(p1 ? p1->lex : 0xffff) << 8 | capp);
    F(F_LEXN1, (uint64_t)(n1 ? n1->lex : 0xffff) << 8 | capn);
    if (c->gaz_pos)
        F(F_GAZ, (uint64_t)c->gaz_lex << 8 | c->gaz_pos << 4 | cap0);
    F(F_WP1CAP, wp1 * 31 + cap0);
    F(F_WN1CAP, wn1 * 31 + cap0);
    F(F_BIP, guard__ner_combine(wp2, wp1));
    F(F_BIN, guard__ner_combine(wn1, wn2));
    F(F_CAP3, capp << 8 | cap0 << 4 | capn | (unsigned)c->line_case << 12);
    F(F_KIND, c->kind | (c->ncp > 12 ? 12 : c->ncp) << 4 | (unsigned)c->flags << 8);
    F(F_WP1CLS, wp1 * 131 + (cls0 << 4 | cap0));
    F(F_WN1CLS, wn1 * 131 + (cls0 << 4 | cap0));
    F(F_CLS3, clsp << 16 | cls0 << 8 | clsn | cap0 << 24);
    F(F_SHAPECLS, (uint64_t)c->shape << 8 | cls0);
#undef F
    return k;
}

size_t guard__ner_features(const struct guard__ner_tok *t, size_t n, size_t i, uint32_t wbits,
                           uint32_t *out)
{
    return features(t, n, i, wbits, false, NULL, out);
}

/* ---- decoding ------------------------------------------------------------- */

bool guard__ner_allowed(int prev, int cur)
{
    if (cur == NER_O || guard__ner_is_begin(cur))
        return true;
    /* I-X: only after B-X or I-X of the same type. */
    return prev != NER_NLAB && prev != NER_O && guard__ner_type(prev) == guard__ner_type(cur);
}

/* Scores no path can come back from (an impossible move is -2^28). */
#define NEG (-(1 << 28))

/* One Viterbi step: from the scores `d` of the previous token, the best
 * score `nd` of each label for a token with emissions `e`, and where each
 * came from (`b`). I-X only follows B-X or I-X. */
static inline void viterbi_step(const int32_t *d, const int32_t *tr, const int32_t *e, int32_t *nd,
                                uint8_t *b)
{
    for (int y = 0; y < NER_NLAB; y++) {
        int32_t best, v;
        int arg;
        if (y != NER_O && !guard__ner_is_begin(y)) {
            best = d[y - 1] + tr[(y - 1) * NER_NLAB + y];
            arg = y - 1;
            v = d[y] + tr[y * NER_NLAB + y];
            arg = v > best ? y : arg;
            best = v > best ? v : best;
        } else {
            best = d[0] + tr[y];
            arg = 0;
            for (int x = 1; x < NER_NLAB; x++) {
                v = d[x] + tr[x * NER_NLAB + y];
                arg = v > best ? x : arg;
                best = v > best ? v : best;
            }
        }
        nd[y] = best < NEG ? NEG : best + e[y];
        b[y] = (uint8_t)arg;
    }
}

void guard__ner_viterbi(const int32_t *em, const int32_t *tr, size_t n, uint8_t *bp, uint8_t *out)
{
    /* Scores stay far inside int32: emissions are at most NER_MAX_FEATS *
     * 127 per token and a path restarts at every gated token. Forbidden
     * transitions carry -2^28 and never win. Branch-free maxima: the
     * comparisons are data-dependent and would mispredict half the time. */
    int32_t d[NER_NLAB], nd[NER_NLAB];

    if (n == 0)
        return;
    /* Most tokens are outside the gate, and most of those follow another
     * one: then every label but O scores NEG, and when O's path beats NEG
     * plus the best transition into O, the maximum below is O's without
     * looking (the same result, a ninth of the work). */
    int32_t max_into_o = tr[1 * NER_NLAB + NER_O];
    for (int x = 2; x < NER_NLAB; x++)
        if (tr[x * NER_NLAB + NER_O] > max_into_o)
            max_into_o = tr[x * NER_NLAB + NER_O];
    bool collapsed = false; /* d[1..] are all NEG */
    for (int y = 0; y < NER_NLAB; y++)
        d[y] = em[y] + tr[NER_NLAB * NER_NLAB + y];
    for (size_t i = 1; i < n; i++) {
        const int32_t *e = em + i * NER_NLAB;
        uint8_t *b = bp + i * NER_NLAB;
        if (e[1] <= -(1 << 27)) {
            /* Forced O (outside the gate): only O is reachable. */
            if (collapsed && (int64_t)d[0] + tr[NER_O] >= (int64_t)NEG + max_into_o) {
                d[NER_O] += tr[NER_O] + e[NER_O];
                memset(b, 0, NER_NLAB);
                continue;
            }
            collapsed = true;
            int32_t best = d[0] + tr[NER_O];
            int arg = 0;
            for (int x = 1; x < NER_NLAB; x++) {
                int32_t v = d[x] + tr[x * NER_NLAB + NER_O];
                arg = v > best ? x : arg;
                best = v > best ? v : best;
            }
            d[NER_O] = best + e[NER_O];
            b[NER_O] = (uint8_t)arg;
            for (int y = 1; y < NER_NLAB; y++) {
                d[y] = NEG;
                b[y] = 0;
            }
            continue;
        }
        viterbi_step(d, tr, e, nd, b);
        memcpy(d, nd, sizeof d);
        collapsed = false;
    }
    int y = 0;
    for (int x = 1; x < NER_NLAB; x++)
        if (d[x] > d[y])
            y = x;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)y;
        if (i)
            y = bp[i * NER_NLAB + y];
    }
}

/* ---- model image ---------------------------------------------------------- */

int guard__ner_model_view(const void *img, size_t size, struct guard__ner_model *m,
                          const char **err)
{
    const struct guard__ner_header *h = img;
    const uint8_t *b = img;

    if (size < sizeof *h || memcmp(h->magic, NER_MAGIC, 8) != 0) {
        *err = "not an llmgate NER model";
        return -1;
    }
    if (h->version != NER_FEAT_VERSION || h->nlab != NER_NLAB) {
        *err = "NER model built for another feature version";
        return -1;
    }
    if (h->wbits < 10 || h->wbits > 24 || h->lbits < 4 || h->lbits > 24 || h->pbits < 6 ||
        h->pbits > 30 || h->size != size) {
        *err = "NER model header is corrupt";
        return -1;
    }
    uint64_t nw = ((uint64_t)1 << h->wbits) * NER_ROW;
    uint64_t nt = (uint64_t)(NER_NLAB + 1) * NER_NLAB * 2;
    uint64_t nl = ((uint64_t)1 << h->lbits) * sizeof(struct guard__ner_lexslot);
    uint64_t np = ((uint64_t)1 << h->pbits) / 8;
    if (h->off_w % 8 || h->off_trans % 8 || h->off_lex % 8 || h->off_prefix % 8 ||
        h->off_w > size || nw > size - h->off_w || h->off_trans > size ||
        nt > size - h->off_trans || h->off_lex > size || nl > size - h->off_lex ||
        h->off_prefix > size || np > size - h->off_prefix) {
        *err = "NER model is truncated";
        return -1;
    }
    uint64_t nfw = h->fwbits ? ((uint64_t)1 << h->fwbits) / 8 : 0;
    if (h->fwbits && (h->fwbits < 9 || h->fwbits > 30 || h->off_fw % 64 || h->off_fw > size ||
                      nfw > size - h->off_fw)) {
        *err = "NER model is truncated";
        return -1;
    }
    m->wbits = h->wbits;
    m->lbits = h->lbits;
    m->pbits = h->pbits;
    m->scale = h->scale;
    m->w = (const int8_t *)(const void *)(b + h->off_w);
    m->trans = (const int16_t *)(const void *)(b + h->off_trans);
    m->lex = (const struct guard__ner_lexslot *)(const void *)(b + h->off_lex);
    m->prefix = (const uint64_t *)(const void *)(b + h->off_prefix);
    m->fwbits = h->fwbits;
    m->fw = h->fwbits ? (const uint64_t *)(const void *)(b + h->off_fw) : NULL;
    for (int x = 0; x <= NER_NLAB; x++)
        for (int y = 0; y < NER_NLAB; y++)
            m->tr[x * NER_NLAB + y] =
                guard__ner_allowed(x, y) ? m->trans[x * NER_NLAB + y] : -(1 << 28);
    return 0;
}

/* ---- whole-text tagging --------------------------------------------------- */

#include <math.h>
#include <stdlib.h>

/*
 * The emissions of one token: the sum of `nf` int8 weight rows, labels
 * past NER_NLAB left out. The first eight labels in int16 lanes, the ninth
 * in a plain int. Each weight is summed plus 128, as a byte 0..255 that
 * widens by a plain unpack (no sign to compute), and the 128s are taken
 * off at the end: at most NER_MAX_FEATS * 255, far from overflow.
 */
#ifdef __SSE2__
static void row_sum(const int8_t *w, const uint32_t *fv, size_t nf, int32_t e[NER_NLAB])
{
    const __m128i bias = _mm_set1_epi8(-128), zero = _mm_setzero_si128();
    __m128i lo = zero;
    int32_t e8 = 0;

    for (size_t j = 0; j < nf; j++) {
        const int8_t *r = w + (size_t)fv[j] * NER_ROW;
        __m128i u = _mm_xor_si128(_mm_loadl_epi64((const __m128i *)r), bias);

        lo = _mm_add_epi16(lo, _mm_unpacklo_epi8(u, zero));
        e8 += r[8];
    }
    lo = _mm_sub_epi16(lo, _mm_set1_epi16((short)(128 * nf)));
    __m128i sign = _mm_srai_epi16(lo, 15);
    _mm_storeu_si128((__m128i *)e, _mm_unpacklo_epi16(lo, sign));
    _mm_storeu_si128((__m128i *)(e + 4), _mm_unpackhi_epi16(lo, sign));
    e[8] = e8;
}
#else
static void row_sum(const int8_t *w, const uint32_t *fv, size_t nf, int32_t e[NER_NLAB])
{
    memset(e, 0, NER_NLAB * sizeof *e);
    for (size_t j = 0; j < nf; j++)
        for (int y = 0; y < NER_NLAB; y++)
            e[y] += w[(size_t)fv[j] * NER_ROW + y];
}
#endif
_Static_assert(NER_NLAB == 9, "row_sum() writes eight labels and one");

const char *const guard__ner_type_names[4] = {"PERSON", "LOCATION", "ORGANIZATION", "NRP"};

void guard__ner_work_dispose(struct guard__ner_work *w)
{
    free(w->t);
    free(w->em);
    free(w->bp);
    free(w->lab);
    free(w->f);
    free(w->ci);
    free(w->mk);
    free(w->sp);
    memset(w, 0, sizeof *w);
}

static int grow(struct guard__ner_work *w, size_t n)
{
    size_t cap = w->cap ? w->cap : 256;
    while (cap < n)
        cap *= 2;
    void *t = realloc(w->t, cap * sizeof *w->t);
    if (!t)
        return -1;
    w->t = t;
    void *em = realloc(w->em, cap * NER_NLAB * sizeof *w->em);
    if (!em)
        return -1;
    w->em = em;
    void *bp = realloc(w->bp, cap * NER_NLAB);
    if (!bp)
        return -1;
    w->bp = bp;
    void *lab = realloc(w->lab, cap);
    if (!lab)
        return -1;
    w->lab = lab;
    void *f = realloc(w->f, cap * (NER_MAX_FEATS + 1) * sizeof *w->f);
    if (!f)
        return -1;
    w->f = f;
    void *ci = realloc(w->ci, cap * sizeof *w->ci);
    if (!ci)
        return -1;
    w->ci = ci;
    void *mk = realloc(w->mk, 3 * cap * sizeof *w->mk);
    if (!mk)
        return -1;
    w->mk = mk;
    w->cap = cap;
    return 0;
}

/* What stands between a street type and its name in French, Italian,
 * Spanish and Portuguese ("rue de la", "avenue des", "via della"). */
static const char *const street_particles[] = {
    "de", "la", "du", "des", "della", "del", "di", "do", "da", "dos", "das", "le", NULL,
};

/*
 * The first token of a street type written before its name, with the
 * particles between them and the house number before it ("59 rue Moulin",
 * "2978 avenue de la Lemaire", "rue de Rivoli", "Place Vendôme"), where a
 * LOCATION starts at token a; or a. A lower-case type alone is a word, not
 * a street ("flew via Paris"): it needs a number before it or a particle
 * after it.
 */
static size_t street_before(const char *text, const struct guard__ner_tok *t, size_t a)
{
    size_t k = a;
    int parts = 0;

    while (k > 0 && parts < 2 && !t[k].nl_before && t[k - 1].kind == NER_K_WORD &&
           t[k - 1].cap == NER_CAP_LOWER && word_in(text, &t[k - 1], street_particles)) {
        k--;
        parts++;
    }
    if (k == 0 || t[k].nl_before || t[k - 1].kind != NER_K_WORD || !(t[k - 1].lex & NL_STREET))
        return a;
    k--;
    bool number = k > 0 && !t[k].nl_before && t[k - 1].kind == NER_K_NUM;
    if (!number && !parts && t[k].cap == NER_CAP_LOWER)
        return a;
    return number ? k - 1 : k;
}

/* A street's type or house number before t[a] ("rue des Vasseur", "al.
 * Jurkiewicz", "12 Smith"): the name there is a street's. */
static bool street_context(const char *text, const struct guard__ner_tok *t, size_t a)
{
    if (street_before(text, t, a) < a)
        return true;
    if (a >= 1 && !t[a].nl_before &&
        (t[a - 1].kind == NER_K_NUM || (t[a - 1].kind == NER_K_WORD && (t[a - 1].lex & NL_STREET))))
        return true;
    return a >= 2 && !t[a].nl_before && punct_is(text, &t[a - 1], '.') &&
           t[a - 2].kind == NER_K_WORD && (t[a - 2].lex & NL_STREET);
}

/* Does [a, b) read as a street: a house number or a street type in it? */
static bool street_span(const struct guard__ner_tok *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (t[k].kind == NER_K_NUM || (t[k].lex & NL_STREET))
            return true;
    return false;
}

/* Words that number a flat or a unit in an address. */
static const char *const unit_words[] = {"apt", "apartment", "flat", "suite", "unit", "ste", NULL};

/*
 * The first token of "Apt 4, " (or "Flat 12B, ", "Suite 400, ") right
 * before token a, where a LOCATION starts, or a itself: the flat's number
 * is part of the address.
 */
static size_t unit_before(const char *text, const struct guard__ner_tok *t, size_t a)
{
    size_t k = a;

    if (k < 3 || t[a].nl_before || !punct_is(text, &t[k - 1], ','))
        return a;
    k -= 2; /* the number: "4", "12B" */
    if (t[k].nl_before || !(t[k].flags & NER_TF_DIGIT) || t[k].ncp > 6)
        return a;
    if (k >= 2 && !t[k - 1].nl_before && punct_is(text, &t[k - 1], '.'))
        k--; /* "Apt. 4" */
    k--;
    return !t[k + 1].nl_before && t[k].kind == NER_K_WORD && word_in(text, &t[k], unit_words) ? k
                                                                                              : a;
}

static int push_span(struct guard__ner_work *w, const struct guard__ner_span *s)
{
    if (w->nsp == w->spcap) {
        size_t cap = w->spcap ? w->spcap * 2 : 16;
        void *p = realloc(w->sp, cap * sizeof *w->sp);
        if (!p)
            return -1;
        w->sp = p;
        w->spcap = cap;
    }
    w->sp[w->nsp++] = *s;
    return 0;
}

/* Drops the spans of this segment (from `from` on) that start at or after
 * `start` (a text offset): a rule that moves a span's start back takes
 * in what the model made of those words. */
static void drop_spans_from(struct guard__ner_work *w, size_t from, uint32_t start)
{
    while (w->nsp > from && w->sp[w->nsp - 1].start >= start)
        w->nsp--;
}

/* The first candidate at or after token b: where the span loop goes on
 * once a span (or a dropped one) ends at b. */
static size_t next_cand(const uint32_t *ci, size_t nc, size_t c, size_t b)
{
    while (c < nc && ci[c] < b)
        c++;
    return c;
}

/* A token that never starts or ends a span: punctuation, or a clitic split
 * off a word ("'s"). */
static bool edge_junk(const char *text, const struct guard__ner_tok *t)
{
    if (t->kind == NER_K_PUNCT)
        return true;
    unsigned char c = (unsigned char)text[t->start];
    return c == '\'' || (c == 0xe2 && t->end - t->start >= 3); /* ’ */
}

/*
 * Viterbi over the runs of consecutive candidates only. A token outside the
 * gate can only be O, so every best path passes through O there: the path
 * of a run depends on nothing but the run (entered from O, or from the
 * start state at the text's start; left into O, or at the text's end). The
 * same labels, ties included, as guard__ner_viterbi() over the whole
 * segment with the others forced to O, at the cost of the candidates alone
 * (9 of the chat message's 219 tokens; the full pass was 23k
 * instructions). lab[] gets O for every other token.
 */
static void viterbi_run(const int32_t *em, const uint32_t *ci, const int32_t *tr, size_t m,
                        bool at_start, bool at_end, uint8_t *bp, uint8_t *lab)
{
    const int32_t *tin = tr + (at_start ? NER_NLAB : NER_O) * NER_NLAB;
    const int32_t *e = em + (size_t)ci[0] * NER_NLAB;
    int32_t d[NER_NLAB], nd[NER_NLAB];

    for (int y = 0; y < NER_NLAB; y++)
        d[y] = e[y] + tin[y];
    for (size_t i = 1; i < m; i++) {
        uint8_t *b = bp + i * NER_NLAB;
        e = em + (size_t)ci[i] * NER_NLAB;
        viterbi_step(d, tr, e, nd, b);
        memcpy(d, nd, sizeof d);
    }
    /* The last label: the best end, or the best way into the O after. */
    int y = 0;
    int32_t best = at_end ? d[0] : d[0] + tr[NER_O];
    for (int x = 1; x < NER_NLAB; x++) {
        int32_t v = at_end ? d[x] : d[x] + tr[x * NER_NLAB + NER_O];
        if (v > best) {
            best = v;
            y = x;
        }
    }
    for (size_t i = m; i-- > 0;) {
        lab[ci[i]] = (uint8_t)y;
        if (i)
            y = bp[i * NER_NLAB + y];
    }
}

static void decode_runs(struct guard__ner_work *w, const int32_t *tr, const uint32_t *ci, size_t nc,
                        size_t n)
{
    memset(w->lab, NER_O, n);
    for (size_t a = 0; a < nc;) {
        size_t b = a + 1;
        while (b < nc && ci[b] == ci[b - 1] + 1)
            b++;
        viterbi_run(w->em, ci + a, tr, b - a, ci[a] == 0, ci[b - 1] == n - 1, w->bp, w->lab);
        a = b;
    }
}

/*
 * A name after an honorific: "Capt. Bayer", "Sr. Cho", "mr. kobayashi",
 * "Herr Weber". The model leaves such a word out when it knows it as a
 * firm, or not at all, or when it is written in lower case; the title says
 * what it is. The title is capitalised or has its full stop ("pan" and
 * "bay" are words too). The name is the next word: capitalised and not a
 * common word unless a first or last name too ("Mr. Green", not "Dr.
 * Who"), or in lower case and no common word ("mr. and mrs."); then up to
 * two more such words of the same case, the lower-case ones also common
 * in another language only ("Dr jude rojo"). "Dr" after a number, or
 * after a capitalised word that does not open the sentence, is a street
 * ("12 Elm Dr. Boston"). The name's first token in *first, its end
 * returned; 0 when there is none.
 */
static bool name_word(const struct guard__ner_tok *w, bool lower, bool more)
{
    if (w->kind != NER_K_WORD || w->ncp < 2 || (w->lex & NL_TITLE))
        return false;
    if (lower)
        return w->cap == NER_CAP_LOWER && (!(w->lex & NL_COMMON) || (more && w->foreign));
    return (w->cap == NER_CAP_TITLE || w->cap == NER_CAP_UPPER) &&
           (!(w->lex & NL_COMMON) || (w->lex & (NL_FIRST | NL_LAST)));
}

static size_t title_name(const char *text, const struct guard__ner_tok *t, size_t n, size_t i,
                         size_t *first)
{
    static const char *const drive[] = {"dr", NULL};
    size_t j = i + 1, e;

    if (j < n && t[j].kind == NER_K_PUNCT && t[j].start == t[i].end && text[t[j].start] == '.')
        j++;
    else if (t[i].cap != NER_CAP_TITLE)
        return 0;
    if (j >= n || t[j].nl_before)
        return 0;
    bool lower = t[j].cap == NER_CAP_LOWER;
    if (!name_word(&t[j], lower, false))
        return 0;
    if (i > 0 && word_in(text, &t[i], drive) &&
        (t[i - 1].kind == NER_K_NUM ||
         (t[i - 1].kind == NER_K_WORD && t[i - 1].cap != NER_CAP_LOWER && !t[i - 1].sent_start)))
        return 0;
    for (e = j + 1; e < n && e < j + 3 && !t[e].nl_before && t[e].start == t[e - 1].end + 1 &&
                    name_word(&t[e], lower, true);
         e++)
        ;
    *first = j;
    return e;
}

/*
 * A name greeted: "Hola ida, ¿llegaste bien?", "Hey, jun long! Long time.",
 * "Cześć Buck, jestem już w Kohima". After a greeting that opens a
 * sentence (and a comma), one to three words that title_name() would take,
 * then a comma, "!", "." or the line's end: the vocative. "Hi team," and
 * "hello world!" are common words. The name's first token in *first, its
 * end returned; 0 when there is none.
 */
static size_t greeting_name(const char *text, const struct guard__ner_tok *t, size_t n, size_t i,
                            size_t *first)
{
    size_t j = i + 1, e;

    if (j < n && punct_is(text, &t[j], ','))
        j++;
    if (j >= n || t[j].nl_before)
        return 0;
    bool lower = t[j].cap == NER_CAP_LOWER;
    if (!name_word(&t[j], lower, false))
        return 0;
    for (e = j + 1; e < n && e < j + 3 && !t[e].nl_before && t[e].start == t[e - 1].end + 1 &&
                    name_word(&t[e], lower, true);
         e++)
        ;
    if (e < n && !t[e].nl_before &&
        !(punct_is(text, &t[e], ',') || punct_is(text, &t[e], '!') || punct_is(text, &t[e], '.')))
        return 0;
    *first = j;
    return e;
}

/*
 * Fields of structured text: a JSON string ("bank": "Santander") or a
 * key=value pair (city=Heede;country=Oman, owner=sonny woś region=encamp)
 * whose key names a kind of entity. The key's words (split at "_" and
 * "-": "payee_bank", "home_city") decide: a firm's or a place's word
 * before a person's ("employer_name" is a firm).
 */

/* Keys that name a kind of entity (2 a firm, 1 a place, 0 a person), in
 * byte order for a binary search. */
/* clang-format off */
static const struct field_key {
    const char *w;
    int type;
} field_keys[] = {
    {"adjuster", 0},
    {"agency", 2},
    {"airline", 2},
    {"apotheke", 2},
    {"applicant", 0},
    {"approver", 0},
    {"apteka", 2},
    {"arbeitgeber", 2},
    {"assignee", 0},
    {"asuinpaikka", 1},
    {"attendee", 0},
    {"author", 0},
    {"azienda", 2},
    {"bank", 2},
    {"beneficiary", 0},
    {"birthplace", 1},
    {"borough", 1},
    {"borrower", 0},
    {"brand", 2},
    {"business", 2},
    {"buyer", 0},
    {"caller", 0},
    {"candidate", 0},
    {"carrier", 2},
    {"caseworker", 0},
    {"cidade", 1},
    {"citta", 1},
    {"citt\xc3\xa0", 1},
    {"city", 1},
    {"ciudad", 1},
    {"claimant", 0},
    {"client", 0},
    {"cliente", 0},
    {"clinic", 2},
    {"college", 2},
    {"company", 2},
    {"comune", 1},
    {"constituency", 1},
    {"contact", 0},
    {"cosigner", 0},
    {"country", 1},
    {"county", 1},
    {"courier", 2},
    {"creditor", 0},
    {"customer", 0},
    {"debtor", 0},
    {"dependant", 0},
    {"dependent", 0},
    {"destination", 1},
    {"district", 1},
    {"doctor", 0},
    {"donor", 0},
    {"driver", 0},
    {"eczane", 2},
    {"employee", 0},
    {"employer", 2},
    {"employeur", 2},
    {"empresa", 2},
    {"entreprise", 2},
    {"executor", 0},
    {"farmacia", 2},
    {"firm", 2},
    {"firma", 2},
    {"fullname", 0},
    {"fund", 2},
    {"f\xc3\xb6retag", 2},
    {"gemeente", 1},
    {"guarantor", 0},
    {"guest", 0},
    {"gym", 2},
    {"hastane", 2},
    {"heir", 0},
    {"hemort", 1},
    {"holder", 0},
    {"hometown", 1},
    {"hospital", 2},
    {"hotel", 2},
    {"hotell", 2},
    {"ikamet", 1},
    {"insured", 0},
    {"insurer", 2},
    {"interviewee", 0},
    {"kaupunki", 1},
    {"kommun", 1},
    {"kotikunta", 1},
    {"kunde", 0},
    {"kunta", 1},
    {"landlord", 0},
    {"lender", 2},
    {"localidad", 1},
    {"locality", 1},
    {"location", 1},
    {"manager", 0},
    {"member", 0},
    {"mentee", 0},
    {"mentor", 0},
    {"merchant", 2},
    {"miasto", 1},
    {"municipality", 1},
    {"municipio", 1},
    {"name", 0},
    {"nom", 0},
    {"nombre", 0},
    {"nominee", 0},
    {"occupant", 0},
    {"org", 2},
    {"organisation", 2},
    {"organization", 2},
    {"origin", 1},
    {"ort", 1},
    {"owner", 0},
    {"paikkakunta", 1},
    {"pais", 1},
    {"parish", 1},
    {"passenger", 0},
    {"patient", 0},
    {"payee", 0},
    {"payer", 0},
    {"pays", 1},
    {"pa\xc3\xads", 1},
    {"person", 0},
    {"pharmacie", 2},
    {"pharmacy", 2},
    {"physician", 0},
    {"plaats", 1},
    {"place", 1},
    {"policyholder", 0},
    {"postort", 1},
    {"practice", 2},
    {"province", 1},
    {"provincia", 1},
    {"purchaser", 0},
    {"recipient", 0},
    {"region", 1},
    {"reporter", 0},
    {"requester", 0},
    {"requestor", 0},
    {"residence", 1},
    {"residency", 1},
    {"resident", 0},
    {"residenza", 1},
    {"retailer", 2},
    {"reviewer", 0},
    {"school", 2},
    {"scuola", 2},
    {"seller", 0},
    {"sender", 0},
    {"shop", 2},
    {"signatory", 0},
    {"spouse", 0},
    {"stad", 1},
    {"stadt", 1},
    {"state", 1},
    {"store", 2},
    {"student", 0},
    {"submitter", 0},
    {"subscriber", 0},
    {"suburb", 1},
    {"supplier", 2},
    {"surgery", 2},
    {"teacher", 0},
    {"tenant", 0},
    {"town", 1},
    {"trustee", 0},
    {"universidad", 2},
    {"university", 2},
    {"user", 0},
    {"vendor", 2},
    {"village", 1},
    {"ville", 1},
    {"visitor", 0},
    {"witness", 0},
    {"woonplaats", 1},
    {"şehir", 1},
};
/* clang-format on */

/* The entity type the key w[0, len) names, or -1: with `parts`, a part
 * ("payee_bank" splits at "_", "-" and blanks) that is a firm's or a
 * place's key, else a person's; a label's word is taken whole
 * ("pk-client:"). */
static int key_type(const char *w, size_t len, bool parts)
{
    int type = -1;

    if (len > 40)
        return -1;
    for (size_t a = 0; a < len;) {
        size_t b = a, lo = 0, hi = sizeof(field_keys) / sizeof(field_keys[0]);
        char part[48];

        while (b < len && !(parts && (w[b] == '_' || w[b] == '-' || w[b] == ' ')))
            b++;
        for (size_t i = a; i < b; i++)
            part[i - a] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
        part[b - a] = 0;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(part, field_keys[mid].w);

            if (!c) {
                if (type < 0 || (type == 0 && field_keys[mid].type != 0))
                    type = field_keys[mid].type;
                break;
            }
            if (c < 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        a = b + 1;
    }
    return type;
}

/* key_type() of the token t. */
static int field_type(const char *text, const struct guard__ner_tok *t, bool parts)
{
    return key_type(text + t->start, t->end - t->start, parts);
}

/* The entity type a delimited table's header names for the cell [s0, s1)
 * of text[0, len) ("name,email,phone,city" over "Nilüfer
 * Guðmundsdóttir,nilufer@...": a person's), or -1: the cell whole between
 * delimiters (a comma with no blank after it, ';', a tab, '|'), the lines
 * above with as many delimiters up to the block's first, whose cell names
 * the kind. */
static int column_type(const char *text, size_t len, size_t s0, size_t s1)
{
    size_t ls = s0, le = s1, col = 0, k = 0, top;
    char d, before, after;

    /* a cell touches a delimiter or its line's end (0) on both sides, the
     * same delimiter, blanks between only in a Markdown table ("| Boon Lay
     * |"): most spans are ruled out before their line is read */
    size_t b0 = s0, a1 = s1;
    while (b0 > 0 && text[b0 - 1] == ' ')
        b0--;
    while (a1 < len && text[a1] == ' ')
        a1++;
    before = b0 > 0 && text[b0 - 1] != '\n' ? text[b0 - 1] : 0;
    after = a1 < len && text[a1] != '\n' && text[a1] != '\r' ? text[a1] : 0;
    d = after ? after : before;
    if (!(d == ',' || d == ';' || d == '\t' || d == '|') || (before && before != d) ||
        (after && after != d) || ((b0 != s0 || a1 != s1) && d != '|'))
        return -1;
    while (ls > 0 && text[ls - 1] != '\n')
        ls--;
    while (le < len && text[le] != '\n')
        le++;
    if (ls == 0 || le - ls > 512)
        return -1;
    for (size_t i = ls; d == ',' && i + 1 < le; i++)
        if (text[i] == ',' && text[i + 1] == ' ')
            return -1; /* prose: "Hi, I need help" */
    for (size_t i = ls; i < le; i++)
        if (text[i] == d) {
            k++;
            col += i < s0;
        }
    top = ls;
    for (int lines = 0; top > 0 && lines < 64; lines++) {
        size_t pe = top - 1, ps = pe, pk = 0;

        while (ps > 0 && text[ps - 1] != '\n')
            ps--;
        if (pe - ps > 512)
            break;
        for (size_t i = ps; i < pe; i++)
            pk += text[i] == d;
        if (pk != k)
            break;
        top = ps;
    }
    if (top == ls)
        return -1;
    size_t c = 0, cs = top;
    for (size_t i = top; i <= len && c <= col; i++) {
        char ch = i < len ? text[i] : '\n';

        if (ch >= '0' && ch <= '9')
            return -1; /* a header has no digits */
        if (ch == d || ch == '\n') {
            if (c == col) {
                while (cs < i && text[cs] == ' ')
                    cs++;
                size_t ce = i;
                while (ce > cs && (text[ce - 1] == ' ' || text[ce - 1] == '\r'))
                    ce--;
                return key_type(text + cs, ce - cs, true);
            }
            if (ch == '\n')
                return -1;
            c++;
            cs = i + 1;
        }
    }
    return -1;
}

/* A function word that ends a value running into prose: in lower case
 * (a capitalised "An" is a name's: "Yang Jun An"), or a capitalised
 * pronoun or determiner opening a sentence ("I met", "The applicant"); not
 * a joiner between two capitalised words ("Bank of New Westminster"), nor
 * "of" after an organisation's word ("bank of xiaoweizhai"). */
static bool prose_word(const char *text, const struct guard__ner_tok *t, size_t x, size_t e)
{
    static const char *const of[] = {"of", NULL};
    static const char *const openers[] = {"the", "this", "that", "these", "those", "our",
                                          "my",  "your", "we",   "they",  "he",    "she",
                                          "it",  "its",  "i",    NULL};

    if (t[x].cap != NER_CAP_LOWER)
        return (t[x].cap == NER_CAP_TITLE || t[x].ncp == 1) && word_in(text, &t[x], openers);
    if (!word_in(text, &t[x], not_street_words))
        return false;
    if (x > 0 && (t[x - 1].lex & NL_ORGHEAD) && word_in(text, &t[x], of))
        return false; /* "bank of xiaoweizhai" */
    return !(x > 0 && x + 1 < e && t[x - 1].cap == NER_CAP_TITLE && t[x + 1].cap == NER_CAP_TITLE);
}

/* t[k] is an initial: one capital with its full stop ("Philip A. Nelson"). */
static bool initial(const struct guard__ner_tok *t, size_t k)
{
    return t[k].kind == NER_K_WORD && t[k].ncp == 1 && t[k].cap != NER_CAP_LOWER &&
           t[k + 1].kind == NER_K_PUNCT && t[k + 1].start == t[k].end &&
           t[k + 1].end == t[k].end + 1;
}

/* The type a label's words name ("Location of incident:", "Supplier
 * contact:", "Company name:"): its head, the last word before a
 * preposition; "name" takes the word before it. -1 for none. */
static int label_type(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const preps[] = {"of", "at", "for", "in", "on", "from", "by", "with", NULL};
    size_t head = SIZE_MAX, prev = SIZE_MAX;
    static const char *const name[] = {"name", "names", NULL};

    /* a label of one word, most often: no preposition to look for */
    if (b - a == 1)
        return t[a].kind == NER_K_WORD ? field_type(text, &t[a], false) : -1;
    for (size_t k = a; k < b; k++) {
        if (t[k].kind != NER_K_WORD)
            continue;
        if (head != SIZE_MAX && word_in(text, &t[k], preps))
            break;
        prev = head;
        head = k;
    }
    if (head == SIZE_MAX)
        return -1;
    int type = field_type(text, &t[head], false);
    if (type == 0 && prev != SIZE_MAX && word_in(text, &t[head], name)) {
        int before = field_type(text, &t[prev], false);

        if (before > 0)
            type = before;
    }
    return type;
}

/*
 * The value after the field token t[p]: tokens [*vb, *ve) of words joined
 * by blanks, "-", "'", ".", "&", no digit; false when there is none or
 * the key names no entity. Three shapes: a JSON string ("key": "value"), a
 * key=value pair, and a label opening a line or a sentence ("Town:
 * Naranjo", "Location of incident: Bende", "Town | Naranjo"). *last is 1
 * for a value whose end is not marked (a label's, the last pair of a
 * line's), 2 when it was cut before prose.
 */
static bool field_slot(const char *text, const struct guard__ner_tok *t, size_t n, size_t p,
                       size_t *vb, size_t *ve, int *type, int *last)
{
    size_t k = 0, ka = 0, v, e, words = 0;
    enum { JSON, PAIR, LABEL } mode;

    if (p < 1 || p + 1 >= n)
        return false;
    if (text[t[p].start] == ':' && punct_is(text, &t[p - 1], '"')) {
        if (p < 3 || !punct_is(text, &t[p - 3], '"') || t[p - 2].kind != NER_K_WORD || p + 2 >= n ||
            !punct_is(text, &t[p + 1], '"'))
            return false;
        mode = JSON;
        k = p - 2;
        v = p + 2;
    } else if (text[t[p].start] == '=') { /* not a command's option (--region=REGION) */
        if (t[p - 1].kind != NER_K_WORD || t[p + 1].start != t[p].end ||
            (t[p - 1].start > 0 && text[t[p - 1].start - 1] == '-'))
            return false;
        mode = PAIR;
        k = p - 1;
        v = p + 1;
    } else { /* "Label: value", "Label | value": the label opens its line or sentence */
        size_t j = p, nw = 0;

        if (t[p + 1].nl_before || t[p + 1].start != t[p].end + 1)
            return false;
        while (j > 0 && !t[j].nl_before) {
            const struct guard__ner_tok *q = &t[j - 1];

            if (q->kind == NER_K_WORD) {
                if (++nw > 4 || (q->flags & NER_TF_DIGIT))
                    return false;
                j--;
                continue;
            }
            if (!(punct_is(text, q, '.') || punct_is(text, q, '?') || punct_is(text, q, '!') ||
                  punct_is(text, q, ';') || punct_is(text, q, '|') || punct_is(text, q, '>') ||
                  punct_is(text, q, '*') || punct_is(text, q, '-')))
                return false;
            break;
        }
        if (!nw)
            return false;
        mode = LABEL;
        ka = j;
        k = p;
        v = p + 1;
    }
    /* a value of words: most are numbers, codes, quoted code; a key that
     * names an entity; not a sentence ("name: the field name") */
    if (v >= n || t[v].kind != NER_K_WORD || (t[v].flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE)))
        return false;
    *type = mode == LABEL ? label_type(text, t, ka, k) : field_type(text, &t[k], true);
    if (*type < 0 || word_in(text, &t[v], not_street_words))
        return false;
    /* "brand": "auto", "state": "chargeback": a small common word that no
     * list has as a place or firm is a setting, not a firm or place */
    if (*type > 0 && mode != LABEL && v + 1 < n && t[v].cap == NER_CAP_LOWER &&
        (t[v].lex & NL_COMMON) && !(t[v].lex & (NL_PLACE | NL_ORGNAME)) && !t[v].gaz_pos &&
        (punct_is(text, &t[v + 1], '"') || punct_is(text, &t[v + 1], ',') ||
         punct_is(text, &t[v + 1], ';') || t[v + 1].nl_before))
        return false;
    /* "state": "chargeback" is a status, "state": "Oregon" a place */
    static const char *const state[] = {"state", NULL};
    if (*type == 1 && mode != LABEL && word_in(text, &t[k], state) && t[v].cap == NER_CAP_LOWER &&
        !(t[v].lex & NL_PLACE) && !t[v].gaz_pos)
        return false;
    bool next_key = false;

    *last = 0;
    for (e = v; e < n && !(e > v && t[e].nl_before); e++) {
        const struct guard__ner_tok *x = &t[e];

        if (x->kind == NER_K_WORD) {
            /* key=value key=value: the next key ends the value */
            if (mode == PAIR && e > v && e + 1 < n && t[e + 1].start == x->end &&
                punct_is(text, &t[e + 1], '=')) {
                next_key = true;
                break;
            }
            if ((x->flags & NER_TF_DIGIT) || ++words > 6)
                return false;
            continue;
        }
        if (x->kind != NER_K_PUNCT)
            return false;
        if (mode == JSON ? punct_is(text, x, '"')
                         : punct_is(text, x, ';') || punct_is(text, x, ',') ||
                               (mode == LABEL && punct_is(text, x, '|')) ||
                               (punct_is(text, x, '.') && !initial(t, e - 1) &&
                                (e + 1 >= n || t[e + 1].start > x->end)))
            break;
        if (!(punct_is(text, x, '-') || punct_is(text, x, '\'') || punct_is(text, x, '.') ||
              punct_is(text, x, '&')))
            return false;
    }
    if (mode == JSON && (e >= n || !punct_is(text, &t[e], '"')))
        return false;
    /* "Town | Naranjo": two cells, not a table's row */
    if (mode == LABEL && text[t[p].start] == '|' &&
        ((e < n && !t[e].nl_before && punct_is(text, &t[e], '|')) ||
         (ka > 0 && !t[ka].nl_before && punct_is(text, &t[ka - 1], '|'))))
        return false;
    /* The last pair of a line, or a label's value, may run into prose
     * ("country=Oman I met Malkemes"): up to four words, before a
     * function word. */
    if (mode != JSON && !next_key && !(e < n && punct_is(text, &t[e], ';'))) {
        size_t x = v, wn = 0;
        bool prose = false;

        for (; x < e; x++)
            if (t[x].kind == NER_K_WORD &&
                ((prose = x > v && t[x].gaz_pos != 2 && prose_word(text, t, x, e)) || ++wn > 4))
                break;
        /* a value that fills its line to the end is whole */
        *last = prose ? 2 : x == e && (e >= n || t[e].nl_before) ? 0 : 1;
        e = x;
    }
    while (e > v && t[e - 1].kind == NER_K_PUNCT && !punct_is(text, &t[e - 1], '.'))
        e--;
    if (!words || e == v)
        return false;
    *vb = v;
    *ve = e;
    return true;
}

/* field_slot() at t[p]: the value is one span of the key's type. The
 * model's spans there give way; with none, a person's value needs two
 * words or a name and no common English word, and a place's or a firm's a
 * word that is not a common English one. */
static int field_value(struct guard__ner_work *w, const char *text, size_t n, size_t p, size_t base,
                       size_t from)
{
    const struct guard__ner_tok *t = w->t;
    size_t vb, ve, q, o;
    int type;
    float score = 0;

    int cut; /* the last pair of its line: 1, cut before prose: 2 */

    if (!field_slot(text, t, n, p, &vb, &ve, &type, &cut))
        return 0;
    uint32_t s0 = t[vb].start + (uint32_t)base, s1 = t[ve - 1].end + (uint32_t)base;
    /* the last pair of a line, which prose may follow or a comma split:
     * the model's span from its start says where it ends ("country=Bolivia
     * Cześć Jan,", "vendor=Kuphal, Stoltenberg and Schaefer") */
    for (q = from; q < w->nsp && cut; q++)
        if (w->sp[q].start == s0 && (cut == 1 || w->sp[q].end < s1))
            s1 = w->sp[q].end;
    for (q = from; q < w->nsp; q++) {
        if (!(w->sp[q].start < s1 && s0 < w->sp[q].end))
            continue;
        /* a person's key may hold a firm ("creditor": "Polaris Bancorp"),
         * and a place that is no name ("Customer: Kumasi.", an answer) */
        if (type == 0 && w->sp[q].type == 2)
            return 0;
        if (type == 0 && w->sp[q].type == 1 && ve == vb + 1 && (t[vb].lex & NL_PLACE) &&
            !(t[vb].lex & (NL_FIRST | NL_LAST)))
            return 0;
        if (w->sp[q].score > score)
            score = w->sp[q].score;
    }
    if (score == 0) {
        size_t words = 0, plain = 0, named = 0;

        for (size_t i = vb; i < ve; i++) {
            if (t[i].kind != NER_K_WORD || t[i].ncp < 2)
                continue;
            words++;
            plain += (t[i].lex & NL_COMMON) && !t[i].foreign &&
                     !(t[i].lex & (NL_ENTITY | NL_ORGHEAD | NL_LEGAL));
            named += (t[i].lex & (NL_FIRST | NL_LAST)) != 0;
        }
        if (!words || (type == 0 ? plain || (words < 2 && !named) : plain == words))
            return 0;
        score = NER_TITLE_SCORE;
    }
    for (q = o = from; q < w->nsp; q++) /* drop the model's spans there */
        if (!(w->sp[q].start < s1 && s0 < w->sp[q].end))
            w->sp[o++] = w->sp[q];
    w->nsp = o;
    struct guard__ner_span s = {s0, s1, (uint8_t)type, score};
    return push_span(w, &s);
}

/* A PERSON of the tokens [j, e) unless a span of the model's (sp[from..])
 * touches it. */
static int name_span(struct guard__ner_work *w, const struct guard__ner_tok *t, size_t j, size_t e,
                     size_t base, size_t from)
{
    struct guard__ner_span s = {t[j].start + (uint32_t)base, t[e - 1].end + (uint32_t)base, 0,
                                NER_TITLE_SCORE};

    for (size_t q = from; q < w->nsp; q++)
        if (w->sp[q].start < s.end && s.start < w->sp[q].end)
            return 0;
    return push_span(w, &s);
}

/* A LOCATION of the house number and street type ending at t[e]
 * (number_street()); a LOCATION of the model's inside it ("hill avenue")
 * grows to it, any other span there keeps it out. */
static int street_span_of(struct guard__ner_work *w, const char *text, size_t e, size_t base,
                          size_t from)
{
    const struct guard__ner_tok *t = w->t;
    size_t j = unit_before(text, t, number_street(text, t, e)), inside = SIZE_MAX;
    struct guard__ner_span s = {t[j].start + (uint32_t)base, t[e].end + (uint32_t)base, 1,
                                NER_STREET_SCORE};

    for (size_t q = from; q < w->nsp; q++) {
        const struct guard__ner_span *x = &w->sp[q];

        if (!(x->start < s.end && s.start < x->end))
            continue;
        /* a place in it, or the street type alone taken for a name
         * ("1518 birch lane") */
        if ((x->type == 1 ||
             (x->start == t[e].start + (uint32_t)base && x->end == t[e].end + (uint32_t)base)) &&
            x->start >= s.start && x->end <= s.end && inside == SIZE_MAX)
            inside = q;
        else
            return 0;
    }
    if (inside == SIZE_MAX)
        return push_span(w, &s);
    w->sp[inside].type = 1;
    w->sp[inside].start = s.start;
    w->sp[inside].end = s.end;
    return 0;
}

/* The span rules after the model, over the tokens annotate() marked, in
 * this order: names after titles, names greeted, house numbers, fields.
 * Each leaves alone what the model or an earlier rule found, but for the
 * house numbers' and fields' own ways with the model's spans there. */
static int span_rules(struct guard__ner_work *w, const char *text, size_t n, size_t base,
                      size_t from, const struct marks *tt)
{
    const struct guard__ner_tok *t = w->t;
    size_t next = 0; /* the first token a name may start at */

    for (size_t k = 0; k < tt->n1; k++) {
        size_t i = MK_TOK(tt->mk[k]), j, e;

        if (MK_KIND(tt->mk[k]) != MK_TITLE || i < next || !(e = title_name(text, t, n, i, &j)))
            continue;
        /* a place the model saw in the name is the person ("Dr.
         * Whitfield", "Mrs. Paris"), and a firm named after a family
         * ("Capt. Bayer"); a firm stays one ("Dr. Oetker") */
        for (size_t q = from; q < w->nsp; q++)
            if (w->sp[q].start == t[j].start + (uint32_t)base &&
                (w->sp[q].type == 1 ||
                 (w->sp[q].type == 2 && w->sp[q].end == t[j].end + (uint32_t)base &&
                  (t[j].lex & (NL_FIRST | NL_LAST)))))
                w->sp[q].type = 0;
        if (name_span(w, t, j, e, base, from) < 0)
            return -1;
        next = e;
    }
    for (size_t k = 0; k < tt->n2; k++) {
        uint32_t v = tt->mk[tt->cap - 1 - k];
        size_t j, e;

        if (MK_KIND(v) == MK_GREET && (e = greeting_name(text, t, n, MK_TOK(v), &j)) &&
            name_span(w, t, j, e, base, from) < 0)
            return -1;
    }
    for (size_t k = 0; k < tt->n1; k++)
        if (MK_KIND(tt->mk[k]) == MK_STREET &&
            street_span_of(w, text, MK_TOK(tt->mk[k]), base, from) < 0)
            return -1;
    for (size_t k = 0; k < tt->n2; k++) {
        uint32_t v = tt->mk[tt->cap - 1 - k];

        if (MK_KIND(v) == MK_FIELD && field_value(w, text, n, MK_TOK(v), base, from) < 0)
            return -1;
    }
    return 0;
}

/*
 * Italian "di" after a full name says where the person is from ("Il
 * cliente Samuel Gil Barrios di Dasha ha chiesto"): a PERSON span of two
 * names or more, then a lower-case "di", then one word (hyphens joined:
 * "Severo-Zadonsk") ends with a place. A name of one word before it keeps
 * the particle ("Maria di Stefano"). The index of "di", or 0.
 */
static size_t from_place(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    size_t names = 0;

    for (size_t k = a; k + 1 < b; k++) {
        if (t[k].kind != NER_K_WORD)
            continue;
        if (names >= 2 && t[k].end - t[k].start == 2 && text[t[k].start] == 'd' &&
            text[t[k].start + 1] == 'i') {
            for (size_t j = k + 2; j < b; j++)
                if (t[j].kind == NER_K_WORD && t[j].start > t[j - 1].end)
                    return 0; /* more than one word after it */
            return t[k + 1].kind == NER_K_WORD ? k : 0;
        }
        names++;
    }
    return 0;
}

/*
 * An ORGANIZATION of the model's that is a legal form alone ("pty ltd",
 * "o.o.", "GmbH", "plc"): the firm's name is the words before it, which
 * the model left out as common words in lower case ("coastal plumbing pty
 * ltd", "bertini sp. z o.o."). Back over the rest of the legal form
 * ("sp. z"), then up to three words on the same line, one blank apart
 * ("&" between them too), to a mark, a function word ("with", "of",
 * "at"), a number or the line's start. The new first token, or a.
 */
static bool legal_part(const char *text, const struct guard__ner_tok *t)
{
    static const char *const parts[] = {"sp", "z", NULL}; /* "sp. z o.o." */

    return t->kind == NER_K_WORD &&
           (((t->lex | t->gaz_lex) & NL_LEGAL) || ((t->flags & NER_TF_DOT) && t->ncp <= 6) ||
            word_in(text, t, parts));
}

/* A word of a firm's name before its legal form: not a function word
 * ("through", "van"), and an English common word only when it names a
 * trade ("plumbing", "group") or is a name too. */
static bool firm_word(const char *text, const struct guard__ner_tok *p)
{
    static const char *const stops[] = {
        "through", "about",      "re",   "via",  "joined", "joining", "into", "onto", "over",
        "under",   "van",        "von",  "de",   "di",     "da",      "del",  "der",  "bij",
        "voor",    "f\xc3\xbcr", "pour", "para", "per",    "con",     "chez", NULL};

    if (word_in(text, p, not_street_words) || word_in(text, p, stops))
        return false;
    return !(p->lex & NL_COMMON) || p->foreign || (p->lex & (NL_ORGHEAD | NL_ENTITY));
}

/* A common word that may still open a firm's name: no function word. */
static bool firm_word_common(const char *text, const struct guard__ner_tok *p)
{
    return p->ncp >= 3 && !word_in(text, p, not_street_words) && !(p->lex & NL_MONTH);
}

static size_t firm_before(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    size_t k = a, words = 0;

    for (size_t j = a; j < b; j++)
        if (t[j].kind == NER_K_WORD && !legal_part(text, &t[j]))
            return a;
    while (k > 0 && !t[k].nl_before && t[k - 1].kind != NER_K_NUM) {
        const struct guard__ner_tok *p = &t[k - 1];

        if ((legal_part(text, p) && !words) ||
            (p->kind == NER_K_PUNCT && p->end == t[k].start && punct_is(text, p, '.'))) {
            k--; /* "sp. z" of "sp. z o.o.", "Pty" of "Pty Ltd" */
            continue;
        }
        if (p->end + 1 != t[k].start)
            break;
        if (p->kind == NER_K_PUNCT) {
            if (!punct_is(text, p, '&'))
                break;
            k--;
            continue;
        }
        if (p->kind != NER_K_WORD || words == 3)
            break;
        if (!firm_word(text, p)) {
            /* one common word names the trade after it ("coastal
             * plumbing", "moonstone bakery"), and the name ends there */
            if (words && (t[k].lex & NL_ORGHEAD) && firm_word_common(text, p))
                k--, words++;
            break;
        }
        words++;
        k--;
    }
    while (k < a && t[k].kind == NER_K_PUNCT)
        k++;
    return words ? k : a;
}

/* "the Kmieć family": a surname, whatever the lexicon says of the word. */
static bool family_name(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const family[] = {"family", "families", "household", NULL};
    /* "the Bogan Family Practice" is a firm */
    static const char *const firm[] = {"practice", "office", "trust", "foundation", "law", NULL};

    const struct guard__ner_tok *c = &t[i];

    if (i < 1 || i + 1 >= n || t[i + 1].kind != NER_K_WORD || t[i + 1].ncp < 6 ||
        t[i - 1].kind != NER_K_WORD || t[i - 1].ncp != 3 || !word_in(text, &t[i + 1], family))
        return false;
    /* written as a name: "the LZ77 family", "the INST/OBJ/BUILD family" are none */
    if (c->kind != NER_K_WORD || c->ncp < 2 ||
        (c->flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE | NER_TF_DOT)) ||
        !(c->cap == NER_CAP_TITLE || (c->cap == NER_CAP_LOWER && c->line_case == LC_LOWER) ||
          (c->cap == NER_CAP_UPPER &&
           (c->line_case == LC_UPPER || (c->lex & (NL_FIRST | NL_LAST))))))
        return false;
    for (uint32_t k = c->start; k < c->end; k++)
        if (text[k] == '/')
            return false;
    return i >= 1 && i + 1 < n && !t[i].nl_before && !t[i + 1].nl_before &&
           t[i + 1].kind == NER_K_WORD && word_in(text, &t[i + 1], family) &&
           t[i - 1].kind == NER_K_WORD && t[i - 1].ncp == 3 &&
           folded_eq(text + t[i - 1].start, "the", 3) &&
           !(i + 2 < n && !t[i + 2].nl_before && t[i + 2].kind == NER_K_WORD &&
             ((t[i + 2].lex & (NL_ORGHEAD | NL_LEGAL)) || word_in(text, &t[i + 2], firm)));
}

/* A lower-case word no place is: "us", and the nouns of phrases with "in"
 * ("thanks in advance", "in person"), which towns are named after too. */
static bool no_place(const char *text, const struct guard__ner_tok *t, size_t a)
{
    static const char *const us[] = {"us", NULL};
    static const char *const in[] = {"in", NULL};
    static const char *const idioms[] = {
        "advance", "person", "general",  "fact",   "order",    "case",     "particular", "total",
        "brief",   "short",  "addition", "charge", "progress", "public",   "private",    "detail",
        "full",    "turn",   "touch",    "time",   "return",   "practice", NULL};

    if (t[a].cap != NER_CAP_LOWER)
        return false;
    if (word_in(text, &t[a], us))
        return true;
    return a > 0 && t[a - 1].kind == NER_K_WORD && word_in(text, &t[a - 1], in) &&
           word_in(text, &t[a], idioms);
}

/* Does a group in brackets opening the line end right before t[i] ("[8:15
 * pm] Shinji: ...")? */
static bool stamp_before(const char *text, const struct guard__ner_tok *t, size_t i)
{
    if (i < 3 || t[i].nl_before || !punct_is(text, &t[i - 1], ']'))
        return false;
    for (size_t k = i - 2; k + 10 > i; k--) {
        if (punct_is(text, &t[k], '['))
            return t[k].nl_before || k == 0;
        if (t[k].nl_before || k == 0)
            return false;
    }
    return false;
}

/* The first token of the line starting at t[x] after a group in brackets
 * opening it, or x. */
static size_t after_stamp(const char *text, const struct guard__ner_tok *t, size_t n, size_t x)
{
    if (x >= n || !punct_is(text, &t[x], '['))
        return x;
    for (size_t k = x + 1; k < n && k < x + 10 && !t[k].nl_before; k++)
        if (punct_is(text, &t[k], ']'))
            return k + 1 < n && !t[k + 1].nl_before ? k + 1 : x;
    return x;
}

/* A speaker's label in a transcript: a word opening its line, a colon right
 * after it and more on the line ("Clara: not yet.", "Priya: p@x.com"). */
static bool speaker_shape(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    return (i == 0 || t[i].nl_before || stamp_before(text, t, i)) && t[i].kind == NER_K_WORD &&
           i + 2 < n && t[i + 1].start == t[i].end && punct_is(text, &t[i + 1], ':') &&
           !t[i + 2].nl_before;
}

static const char *const nrp_keys[] = {"faith",       "religion",  "nationality",
                                       "citizenship", "ethnicity", NULL};

/* A word a speaker's label may be: written as a name, no field's key
 * ("City:", "Faith:"), no common word unless a name, no place, firm or
 * other word of the lexicon. */
static bool speaker_word(const char *text, const struct guard__ner_tok *c)
{
    bool named = c->lex & (NL_FIRST | NL_LAST);

    /* many first names are towns too ("Madalena"); none is a country */
    if (c->ncp < 2 || (c->flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE)) ||
        (c->lex & (NL_BIGCITY | NL_REGION | NL_COUNTRY | NL_ORGNAME | NL_NRP)) ||
        (c->lex & (NL_MONTH | NL_TITLE | NL_STREET | NL_ORGHEAD | NL_LEGAL)) ||
        ((c->lex & (NL_COMMON | NL_TECH | NL_CITY)) && !named))
        return false;
    if (c->cap == NER_CAP_LOWER   ? c->line_case != LC_LOWER
        : c->cap == NER_CAP_UPPER ? c->line_case != LC_UPPER
                                  : c->cap != NER_CAP_TITLE)
        return false;
    return field_type(text, c, false) < 0 && !word_in(text, c, nrp_keys);
}

static bool speaker_name(const char *text, const struct guard__ner_tok *c);

/* The line before or after t[i]'s opens with another speaker's label
 * (speakers take turns). */
static bool speaker_lines(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t j = i, k = SIZE_MAX;

    while (j > 0 && !t[j].nl_before)
        j--; /* the line's first token: a time in brackets may come before i */
    if (j > 0) {
        k = j - 1;
        while (k > 0 && !t[k].nl_before)
            k--;
    }
    for (j = i + 1; j < n && !t[j].nl_before; j++)
        ;
    for (int side = 0; side < 2; side++) {
        size_t x = side ? j : k;
        if (x == SIZE_MAX)
            continue;
        x = after_stamp(text, t, n, x);
        /* the other speaker's name may have two or three words ("Shu Hui:") */
        size_t e = x + 1;
        while (x < n && e < n && e < x + 3 && t[e].kind == NER_K_WORD && t[e].cap == t[x].cap &&
               t[e].start == t[e - 1].end + 1)
            e++;
        if (x >= n || x == i || !speaker_name(text, &t[x]) ||
            !(e == x + 1 ? speaker_shape(text, t, n, x)
                         : e > x + 1 && e + 1 < n && punct_is(text, &t[e], ':') &&
                               t[e].start == t[e - 1].end && !t[e + 1].nl_before))
            continue;
        if (t[x].h != t[i].h)
            return true;
    }
    return false;
}

/* A word written as a speaker's name is: a first name or surname of the
 * lexicon, or a word no list has in title case ("Sesto", not "sesto" nor
 * "EOFError"). */
static bool speaker_name(const char *text, const struct guard__ner_tok *c)
{
    if (!speaker_word(text, c))
        return false;
    if (c->lex & (NL_FIRST | NL_LAST))
        return true;
    if ((c->lex & (NL_ENTITY & ~NL_NAME)) ||
        (c->lex & (NL_COMMON | NL_MONTH | NL_TITLE | NL_TECH)) || c->cap != NER_CAP_TITLE)
        return false; /* a name of the long list alone ("Dashiell") is one */
    for (uint32_t k = c->start + 1; k < c->end; k++)
        if (text[k] >= 'A' && text[k] <= 'Z')
            return false;
    return true;
}

/* A transcript's speaker: at its line's start, not indented (a docstring's
 * "ddir: the directory"); a name of the lexicon that is no common word
 * and written as a name, or else another speaker's line next to it
 * ("Sesto: not yet."). */
static bool speaker(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    const struct guard__ner_tok *c = &t[i];

    bool stamped = stamp_before(text, t, i);

    if (!speaker_shape(text, t, n, i) || (c->start > 0 && text[c->start - 1] != '\n' && !stamped))
        return false;
    /* after a time in brackets a common word may be a name ("[10:10 pm]
     * Negar: sure", "negar" a Spanish verb) when a speaker's line is next
     * to it */
    if (stamped && c->lex == NL_COMMON && c->cap == NER_CAP_TITLE && c->ncp >= 3)
        return speaker_lines(text, t, n, i);
    if (!speaker_name(text, c))
        return false;
    if ((c->lex & (NL_FIRST | NL_LAST)) && !(c->lex & NL_COMMON) && c->cap != NER_CAP_LOWER)
        return true;
    return speaker_lines(text, t, n, i);
}

/* A chat log's speaker in brackets opening the line ("[Kojo-Baffoe] I
 * can"), written as a name, with another such line before or after it. */
static bool bracket_speaker(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t ls = i - 1; /* the line's first token */

    if (i == 0 || !punct_is(text, &t[i - 1], '[') || i + 2 >= n ||
        !punct_is(text, &t[i + 1], ']') || t[i + 2].nl_before || !speaker_word(text, &t[i]) ||
        (t[i].lex & NL_COMMON))
        return false;
    /* after the name a blank and the message, or a colon and a blank ("[Shinji]:
     * can you"), not a link's label ("[DBus]: https://...") */
    if (t[i + 2].start == t[i + 1].end &&
        !(punct_is(text, &t[i + 2], ':') && i + 3 < n && !t[i + 3].nl_before &&
          t[i + 3].start > t[i + 2].end && t[i + 3].kind == NER_K_WORD &&
          !(t[i + 3].ncp >= 4 && (text[t[i + 3].start] | 32) == 'h' &&
            (text[t[i + 3].start + 1] | 32) == 't')))
        return false;
    /* the bracket opens the line, or follows one group in brackets that
     * does (a time: "[8:15 pm] [Shinji]: ...") */
    if (!t[ls].nl_before && ls > 0) {
        if (!stamp_before(text, t, ls))
            return false;
        while (ls > 0 && !t[ls].nl_before)
            ls--;
    }
    for (uint32_t k = t[i].start + 1; k < t[i].end; k++)
        if (text[k] >= 'A' && text[k] <= 'Z' && text[k - 1] != '-')
            return false; /* "[AppveyorLink]" */
    size_t j = i + 1, prev = SIZE_MAX;
    for (; j < n && !t[j].nl_before; j++)
        ; /* the next line's first token */
    if (ls > 0)
        for (prev = ls - 1; prev > 0 && !t[prev].nl_before; prev--)
            ; /* the line before's */
    for (int side = 0; side < 2; side++) {
        size_t x = side ? j : prev;
        if (x != SIZE_MAX && x + 2 < n && punct_is(text, &t[x], '[') &&
            t[x + 1].kind != NER_K_PUNCT)
            return true;
    }
    return false;
}

/* Is t[i] a chat log's or a transcript's speaker: "Clara:" opening its
 * line or after a time in brackets, or "[Kojo-Baffoe]"? */
static bool speaker_at(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    return ((i == 0 || t[i].nl_before || punct_is(text, &t[i - 1], ']')) && i + 1 < n &&
            punct_is(text, &t[i + 1], ':') && speaker(text, t, n, i)) ||
           (i > 0 && punct_is(text, &t[i - 1], '[') && bracket_speaker(text, t, n, i));
}

/* "my friend Ngozi", "our colleague Oren Haddad": a person, even where the
 * name is a town's too. t[a] is the name's first word. */
static bool relation_name(const char *text, const struct guard__ner_tok *t, size_t a)
{
    static const char *const rel[] = {
        "friend",    "colleague", "coworker",     "wife",        "husband",       "partner",
        "son",       "daughter",  "mother",       "father",      "mom",           "mum",
        "dad",       "brother",   "sister",       "aunt",        "uncle",         "cousin",
        "nephew",    "niece",     "grandmother",  "grandfather", "grandma",       "grandpa",
        "boss",      "manager",   "neighbour",    "neighbor",    "roommate",      "flatmate",
        "fiancé",    "fiancée",   "girlfriend",   "boyfriend",   "client",        "tenant",
        "landlord",  "lawyer",    "doctor",       "teacher",     "assistant",     "intern",
        "classmate", "stepson",   "stepdaughter", "grandson",    "granddaughter", "sibling",
        NULL};
    static const char *const poss[] = {"my", "our", "your", "his", "her", "their", NULL};
    const struct guard__ner_tok *c = &t[a];

    /* "my mum, Gaspar, and": the name in apposition after a comma */
    if (a >= 3 && !c->nl_before && punct_is(text, &t[a - 1], ',') && t[a - 2].kind == NER_K_WORD &&
        word_in(text, &t[a - 2], rel) && t[a - 3].kind == NER_K_WORD &&
        word_in(text, &t[a - 3], poss) && c->kind == NER_K_WORD && c->cap == NER_CAP_TITLE &&
        !(c->flags & NER_TF_DIGIT) &&
        !(c->lex & (NL_COUNTRY | NL_BIGCITY | NL_ORGNAME | NL_NRP | NL_MONTH)) &&
        (!(c->lex & NL_COMMON) || (c->lex & (NL_FIRST | NL_LAST))))
        return true;
    if (a < 2)
        return false;
    /* "my friend", "our Dutch colleague" */
    size_t q = a >= 3 && t[a - 2].kind == NER_K_WORD && (t[a - 2].lex & NL_NRP) ? a - 3 : a - 2;
    if (c->nl_before || t[a - 1].nl_before || t[a - 1].kind != NER_K_WORD ||
        t[q].kind != NER_K_WORD || t[q].ncp > 5 || !word_in(text, &t[q], poss) ||
        !word_in(text, &t[a - 1], rel))
        return false;
    if (c->kind != NER_K_WORD || (c->flags & NER_TF_DIGIT) ||
        (c->lex & (NL_COUNTRY | NL_BIGCITY | NL_ORGNAME | NL_NRP | NL_MONTH)))
        return false;
    if ((c->lex & NL_COMMON) && !(c->lex & (NL_FIRST | NL_LAST)))
        return false;
    return c->cap == NER_CAP_TITLE || (c->cap == NER_CAP_LOWER && c->line_case == LC_LOWER) ||
           (c->cap == NER_CAP_UPPER && c->line_case == LC_UPPER);
}

static const char *const to[] = {"to", NULL};

/* Is one of `verbs` among the up to five words right before t[a - 1] on
 * its line ("send the deck to", "Explain the contract clause to")? */
static bool verb_before(const char *text, const struct guard__ner_tok *t, size_t a,
                        const char *const *verbs)
{
    for (size_t j = a - 1; j > 0 && a - j <= 5; j--) {
        const struct guard__ner_tok *p = &t[j - 1];

        if (t[j].nl_before || p->kind != NER_K_WORD)
            return false;
        if (word_in(text, p, verbs))
            return true;
    }
    return false;
}

/* "send the deck to Dmitri": after "to", a verb's recipient is a person
 * whose first name is a small town's too (a big one, a country or a
 * region stays the place: "send it to Leeds"). */
static bool recipient(const char *text, const struct guard__ner_tok *t, size_t a)
{
    static const char *const verbs[] = {
        "send",      "sent",      "forward",    "forwarded",  "email",     "emailed",   "give",
        "gave",      "hand",      "handed",     "pass",       "passed",    "show",      "showed",
        "explain",   "explained", "introduce",  "introduced", "assign",    "assigned",  "escalate",
        "escalated", "reply",     "replied",    "write",      "wrote",     "talk",      "talked",
        "speak",     "spoke",     "report",     "reported",   "mention",   "mentioned", "say",
        "said",      "complain",  "complained", "apologise",  "apologize", "addressed", "text",
        "texted",    "delegate",  "delegated",  "lend",       "lent",      NULL};
    const struct guard__ner_tok *c = &t[a];

    if (a < 2 || c->nl_before || !(c->lex & (NL_FIRST | NL_NAME)) ||
        (c->lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_ORGNAME | NL_TITLE)) ||
        ((c->lex & NL_COMMON) && !c->foreign) || /* "Orla": a word of another language */
        !(c->cap == NER_CAP_TITLE || (c->cap == NER_CAP_LOWER && c->line_case == LC_LOWER) ||
          (c->cap == NER_CAP_UPPER && c->line_case == LC_UPPER)) ||
        t[a - 1].kind != NER_K_WORD || !word_in(text, &t[a - 1], to))
        return false;
    return verb_before(text, t, a, verbs);
}

/* "El cliente Montserrat Puig", "Customer Tan Wei Ling", "exchange
 * student Leilani": a name right after a person's role (a person's field
 * key: client, patient, tenant, student...) whose first word is a first
 * name, and no common word when it stands alone. */
static bool role_name(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    const struct guard__ner_tok *c = &t[a];

    /* "A new applicant, Aleksanteri Rinne, wrote": two or three words in
     * apposition after a person's role */
    if (b >= a + 2 && b <= a + 3 && a >= 2 && !c->nl_before && punct_is(text, &t[a - 1], ',') &&
        t[a - 2].kind == NER_K_WORD && t[a - 2].cap == NER_CAP_LOWER &&
        field_type(text, &t[a - 2], false) == 0) {
        for (size_t j = a; j < b; j++)
            if (t[j].kind != NER_K_WORD || t[j].cap != NER_CAP_TITLE ||
                (t[j].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_ORGNAME | NL_ORGHEAD |
                             NL_LEGAL | NL_STREET)))
                return false;
        return true;
    }
    return (b >= a + 2 || !(c->lex & NL_COMMON)) && a >= 1 && !c->nl_before &&
           t[a - 1].kind == NER_K_WORD && c->start == t[a - 1].end + 1 && (c->lex & NL_FIRST) &&
           c->cap == NER_CAP_TITLE && !(c->lex & (NL_COUNTRY | NL_BIGCITY | NL_ORGNAME)) &&
           field_type(text, &t[a - 1], false) == 0;
}

/* Are [a, b) capitalised words a person's name may be: none a nationality,
 * tech word, month or one of `not`'s kinds, and a common word only when it
 * is a first name too and opens no sentence ("He worked")? */
static bool name_words(const struct guard__ner_tok *t, size_t a, size_t b, uint16_t not )
{
    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD || t[j].cap != NER_CAP_TITLE ||
            (t[j].lex & (not | NL_NRP | NL_TECH | NL_MONTH)) ||
            ((t[j].lex & NL_COMMON) && (!(t[j].lex & NL_FIRST) || t[j].sent_start)))
            return false;
    return true;
}

/* "talks to Eskil Løvås about", "Explain the clause to Sari": after "to"
 * and a verb of speaking a few words before, a name no list has as a big
 * place, country, region or firm is a person's (whom one talks to is;
 * what one sends to may be a town, see recipient()). */
static bool talked_to(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const talks[] = {
        "talk",      "talks",      "talked",    "talking",    "speak",     "speaks",
        "spoke",     "speaking",   "explain",   "explains",   "explained", "reply",
        "replies",   "replied",    "apologise", "apologised", "apologize", "apologized",
        "introduce", "introduced", "say",       "said",       "listen",    "listened",
        "chatted",   "whispered",  "shouted",   "waved",      NULL};

    if (a < 2 || b > a + 3 || t[a].nl_before || t[a - 1].kind != NER_K_WORD ||
        !word_in(text, &t[a - 1], to) ||
        !name_words(t, a, b, NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_TITLE | NL_STREET))
        return false;
    return verb_before(text, t, a, talks);
}

/* "I need to call Eskil", "Has anyone heard from Nyokabi?", "lend Euan
 * her tent": the object of a verb done to people, a name of one or two
 * words no list has as a place or firm. */
static bool object_person(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const verbs[] = {
        "call",     "text",   "email",   "ask",          "asked",         "tell",
        "told",     "thank",  "thanked", "invite",       "invited",       "remind",
        "reminded", "lend",   "ping",    "cc",           "message",       "contact",
        "mentored", "hired",  "hug",     "congratulate", "congratulated", "greet",
        "greeted",  "thanks", NULL};
    static const char *const from[] = {"from", NULL};
    static const char *const heard[] = {"heard", NULL};
    static const char *const by[] = {"by", NULL};
    static const char *const made[] = {"posted",    "written",  "signed",   "sent",     "submitted",
                                       "approved",  "reviewed", "authored", "uploaded", "prepared",
                                       "requested", "edited",   NULL};

    if (a < 1 || b > a + 2 || t[a].nl_before || t[a - 1].kind != NER_K_WORD)
        return false;
    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD || t[j].cap != NER_CAP_TITLE || t[j].ncp < 2 ||
            (t[j].flags & NER_TF_DIGIT) ||
            (t[j].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_STREET | NL_ORGNAME | NL_ORGHEAD |
                         NL_LEGAL | NL_NRP | NL_MONTH | NL_TECH | NL_TITLE)) ||
            ((t[j].lex & NL_COMMON) && !(t[j].lex & NL_FIRST)))
            return false;
    if (word_in(text, &t[a - 1], verbs))
        return true;
    if (a < 2 || t[a - 2].kind != NER_K_WORD)
        return false;
    return (word_in(text, &t[a - 1], from) && word_in(text, &t[a - 2], heard)) ||
           (word_in(text, &t[a - 1], by) && word_in(text, &t[a - 2], made));
}

/* "you're speaking with Dindo", "viewings with Hirut", "a meeting with
 * Rizky": who one meets or talks with is a person (no place, firm or
 * common word of the lists). */
static bool met_with(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const with[] = {"with", NULL};
    static const char *const meets[] = {
        "speaking",    "spoke",     "speak",   "talk",     "talking", "talked",   "meet",
        "meeting",     "met",       "chat",    "chatting", "call",    "viewings", "viewing",
        "appointment", "interview", "session", "dinner",   "lunch",   "coffee",   NULL};

    if (a < 2 || t[a].nl_before || t[a - 1].nl_before || t[a - 1].kind != NER_K_WORD ||
        t[a - 2].kind != NER_K_WORD || !word_in(text, &t[a - 1], with) ||
        !word_in(text, &t[a - 2], meets))
        return false;
    return name_words(t, a, b, NL_PLACE | NL_TITLE);
}

/* A name followed by what people do or have ("Takumi flies in", "Yonas
 * spent five years", "Sigrid's flight", "Isla's teacher") is a person's;
 * not a big place's, a nationality's or a tech word's ("Norway wants",
 * "London's mayor"), nor one after "in", "at"... ("the meetup in Tromsø
 * moved"). */
static bool acts(const char *text, const struct guard__ner_tok *t, size_t n, size_t a, size_t b)
{
    static const char *const does[] = {
        "said",     "says",    "thinks",    "told",    "asked",   "replied",  "wrote",
        "texted",   "emailed", "spent",     "works",   "worked",  "flies",    "flew",
        "reported", "met",     "wants",     "wanted",  "needs",   "joined",   "got",
        "offered",  "arrives", "arrived",   "studied", "teaches", "taught",   "grew",
        "lives",    "moved",   "graduated", "married", "retired", "resigned", "speaks",
        "loves",    "likes",   "hates",     "were",    "feels",   "felt",     NULL};
    static const char *const has[] = {
        "flight",      "teacher",  "wife",        "husband", "mother",      "father",
        "son",         "daughter", "brother",     "sister",  "partner",     "birthday",
        "wedding",     "boss",     "manager",     "doctor",  "dentist",     "lawyer",
        "passport",    "visa",     "salary",      "phone",   "email",       "address",
        "appointment", "children", "kids",        "family",  "mum",         "mom",
        "dad",         "friend",   "colleague",   "parents", "grandmother", "grandfather",
        "retirement",  "farewell", "promotion",   "payslip", "contract",    "profile",
        "account",     "booking",  "reservation", "cv",      "resume",      "application",
        "car",         NULL};
    static const char *const where[] = {
        "in",     "at",      "from",   "near",    "of",     "to",  "into", "via", "across",
        "around", "outside", "inside", "towards", "toward", "for", "by",   NULL};
    const struct guard__ner_tok *e = b < n ? &t[b] : NULL;

    if (!e || e->nl_before)
        return false;
    if (!name_words(t, a, b, NL_BIGCITY | NL_COUNTRY | NL_REGION))
        return false; /* "He worked", "Nobody wants", "Norway wants" */
    bool act;
    if (e->kind == NER_K_WORD && e->start == t[b - 1].end + 1 && e->cap == NER_CAP_LOWER)
        act = word_in(text, e, does) ||
              /* "Isak has asked three times": has or had and a verb's past form */
              ((e->ncp == 3 &&
                (folded_eq(text + e->start, "has", 3) || folded_eq(text + e->start, "had", 3))) &&
               b + 1 < n && t[b + 1].kind == NER_K_WORD && t[b + 1].cap == NER_CAP_LOWER &&
               t[b + 1].ncp >= 4 && text[t[b + 1].end - 1] == 'd' && text[t[b + 1].end - 2] == 'e');
    else /* the clitic "'s" (a token of its own), then the noun */
        act = e->start == t[b - 1].end && e->end - e->start >= 2 && edge_junk(text, e) &&
              text[e->end - 1] == 's' && b + 1 < n && t[b + 1].kind == NER_K_WORD &&
              t[b + 1].start == e->end + 1 && word_in(text, &t[b + 1], has);
    /* "the meetup in Tromsø moved", "Zephyr GmbH in Tromsø asked": the
     * place is not who acts */
    return act && !(a > 0 && t[a - 1].kind == NER_K_WORD && word_in(text, &t[a - 1], where));
}

/* "I've", "I'm", "I'll", "I'd" (an ASCII or a typographic apostrophe):
 * the pronoun. */
static bool i_contraction(const char *text, const struct guard__ner_tok *c)
{
    const char *w = text + c->start;
    size_t len = c->end - c->start;

    return c->kind == NER_K_WORD && len >= 3 && len <= 6 && w[0] == 'I' &&
           (w[1] == '\'' || (len >= 5 && (unsigned char)w[1] == 0xe2 &&
                             (unsigned char)w[2] == 0x80 && (unsigned char)w[3] == 0x99));
}

/* An XML element's name ("</Cdtr>", "<Nm>"): a word between '<' or "</"
 * and '>'. */
static bool xml_name(const char *text, size_t len, const struct guard__ner_tok *c)
{
    return c->start >= 1 && c->end < len && text[c->end] == '>' &&
           (text[c->start - 1] == '<' ||
            (c->start >= 2 && text[c->start - 1] == '/' && text[c->start - 2] == '<'));
}

/* A person's name, whatever the model made of it: "the Kmieć family",
 * "Madalena: not yet.", "my friend Ngozi". */
static bool person_slot(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                        size_t b)
{
    if (b == a + 1 && (family_name(text, t, n, a) || speaker_at(text, t, n, a)))
        return true;
    if (b > a + 3)
        return false;
    if (b == a + 1 && i_contraction(text, &t[a]))
        return false;              /* "I've moved to ..." */
    for (size_t j = a; j < b; j++) /* "Our client Sankofa Health Clinic" is the firm */
        if ((t[j].lex & (NL_ORGHEAD | NL_LEGAL | NL_ORGNAME)) || (t[j].flags & NER_TF_DIGIT) ||
            t[j].kind == NER_K_NUM)
            return false; /* nor is "passport H1334060 were submitted" a name */
    return relation_name(text, t, a) || (b == a + 1 && recipient(text, t, a)) ||
           role_name(text, t, a, b) || acts(text, t, n, a, b) || met_with(text, t, a, b) ||
           talked_to(text, t, a, b) || object_person(text, t, a, b);
}

/*
 * A name the model left out that its neighbours name: before a verb of
 * saying or thinking ("August said", "North thinks it is"), or, when the
 * lexicon has it as a first name or surname, joined by "and" to a PERSON
 * ("a table for Samuel and Theodore"); a transcript's speaker, "the X
 * family" and "my friend X" (person_slot()).
 */
static bool name_by_neighbour(const char *text, const struct guard__ner_work *w, size_t n, size_t i)
{
    static const char *const says[] = {
        "said",      "says",     "thinks",      "thought",    "asked",      "wrote",
        "replied",   "told",     "noted",       "agreed",     "explained",  "insists",
        "believes",  "texted",   "emailed",     "presented",  "mentioned",  "confirmed",
        "suggested", "promised", "admitted",    "complained", "answered",   "responded",
        "announced", "warned",   "recommended", "apologised", "apologized", NULL};
    static const char *const joins[] = {"and", "&", NULL};
    /* "he says": He is a surname too */
    static const char *const pronouns[] = {"he", "she", "it", "we", "they", "you", "who", NULL};
    const struct guard__ner_tok *t = w->t, *c = &t[i];
    bool named = c->lex & (NL_FIRST | NL_LAST);

    if (person_slot(text, t, n, i, i + 1))
        return true;
    /* a word as names are written: capitalised (in capitals only in an
     * upper-case line), or in lower case in a lower-case line and a name
     * of the lexicon; no digit, no place or firm of the lexicon */
    if (c->kind != NER_K_WORD || c->ncp < 2 || (c->flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE)) ||
        (c->lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_ORGNAME | NL_NRP | NL_TECH)) ||
        ((c->lex & NL_COMMON) && !named))
        return false;
    if (c->cap == NER_CAP_LOWER   ? c->line_case != LC_LOWER || !named
        : c->cap == NER_CAP_UPPER ? c->line_case != LC_UPPER
                                  : c->cap != NER_CAP_TITLE)
        return false;
    if (i + 1 < n && !t[i + 1].nl_before && t[i + 1].kind == NER_K_WORD &&
        word_in(text, &t[i + 1], says))
        return !word_in(text, c, pronouns);
    if (!named) /* "and" joins it to a name only when it is one */
        return false;
    if (i >= 2 && !c->nl_before && word_in(text, &t[i - 1], joins) && w->lab[i - 2] != NER_O &&
        guard__ner_type(w->lab[i - 2]) == 0)
        return true;
    return i + 2 < n && !t[i + 1].nl_before && word_in(text, &t[i + 1], joins) &&
           w->lab[i + 2] != NER_O && guard__ner_type(w->lab[i + 2]) == 0 &&
           guard__ner_is_begin(w->lab[i + 2]);
}

/* A first name and a surname that a known firm has as its name too: the
 * person ("Martin Hertz", "Peter Siemens"), which the model may take for
 * the firm. */
static bool named_after(const struct guard__ner_tok *t, size_t a, size_t b)
{
    const uint16_t firm = NL_ORGHEAD | NL_LEGAL | NL_COMMON;

    return b == a + 2 && t[a].kind == NER_K_WORD && t[a + 1].kind == NER_K_WORD &&
           (t[a].lex & NL_FIRST) && !(t[a].lex & (firm | NL_ORGNAME)) &&
           (t[a + 1].lex & (NL_LAST | NL_NAME)) && (t[a + 1].lex & NL_ORGNAME) &&
           !(t[a + 1].lex & (NL_ORGHEAD | NL_LEGAL)) && !t[a].gaz_pos;
}

/* Does a possessive follow the firm [a, b) the model found, none of its
 * words a firm's ("Akachi's tablet", "Dr. McCready's DEA number")? Such
 * names are people's: in the labelled corpora 121 people and 5 firms,
 * each with its legal form, stand before "'s". */
static bool clitic_s(const char *text, const struct guard__ner_tok *c)
{
    const char *p = text + c->start;
    size_t l = c->end - c->start;

    return (l == 2 && p[0] == '\'' && (p[1] | 32) == 's') ||
           (l == 4 && memcmp(p, "\xe2\x80\x99", 3) == 0 && (p[3] | 32) == 's');
}

static bool possessive_person(const struct guard__ner_model *m, const char *text,
                              const struct guard__ner_tok *t, size_t n, size_t a, size_t b)
{
    if (b > a + 1 && clitic_s(text, &t[b - 1]))
        b--; /* the model's span took the clitic in */
    if (b >= n || b > a + 3 || t[b].start != t[b - 1].end || !clitic_s(text, &t[b]))
        return false;
    uint64_t key = t[a].h;
    for (size_t k = a; k < b; k++) {
        if ((t[k].lex & (NL_ORGHEAD | NL_LEGAL | NL_ORGNAME)) || t[k].gaz_pos ||
            (t[k].kind == NER_K_WORD && t[k].cap == NER_CAP_LOWER))
            return false; /* "Khoa and Niamh's": two people, the rules below */
        if (k > a)
            key = guard__ner_combine(key, t[k].h);
    }
    /* a firm named so ("Domino's", "McDonald's") */
    long slot = guard__ner_lex_slot(m->lex, m->lbits, guard__ner_combine(key, t[b].h));
    return !(slot >= 0 && (m->lex[slot].flags & NL_ORGNAME));
}

static const char *const passport_words[] = {"passport", "passports", NULL};

/* Is the nationality t[i] a passport's, not its holder's: before
 * "passport", no comma after a name before it ("Verify Indian passport
 * ...", "and Indian passport"; not "Tejas Venkatesan, Indian passport")?
 * Dev's NRP always describes a person, and every corpus written from it
 * but one leaves such a passport's out. */
static bool passport_qualifier(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    return i + 1 < n && !t[i + 1].nl_before && t[i + 1].kind == NER_K_WORD &&
           t[i + 1].cap == NER_CAP_LOWER && word_in(text, &t[i + 1], passport_words) &&
           !(i > 0 && !t[i].nl_before && punct_is(text, &t[i - 1], ','));
}

/* A nationality, faith or party the model left out before a noun that
 * makes it a person's ("Greek passport", "Irish citizen", "Catholic
 * family"). */
static bool nrp_before_noun(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const nouns[] = {
        "passport",  "passports",   "citizen",    "citizens",   "citizenship", "national",
        "nationals", "nationality", "origin",     "descent",    "heritage",    "ancestry",
        "roots",     "immigrant",   "immigrants", "resident",   "residents",   "expat",
        "expats",    "family",      "families",   "community",  "communities", "household",
        "parents",   "background",  "colleague",  "colleagues", "friend",      "friends",
        "neighbour", "neighbor",    "student",    "students",   "engineer",    "nurse",
        "doctor",    "client",      "customer",   "patient",    "employee",    "worker",
        "workers",   "wife",        "husband",    "partner",    "analyst",     "developer",
        "manager",   "intern",      "teacher",    "woman",      "women",       "girl",
        "boy",       "people",      "person",     "writer",     "artist",      "director",
        "officer",   "scientist",   "researcher", "designer",   "consultant",  "lawyer",
        "chef",      "driver",      "pilot",      "volunteer",  "candidate",   "applicant",
        "hire",      "chaplain",    "priest",     "pastor",     "rabbi",       "imam",
        "monk",      "nun",         "couple",     "owner",      NULL};
    /* a party's member, in lower case too ("a socialist councillor") */
    static const char *const politics[] = {
        "councillor", "councilor", "mp",         "mep",        "senator", "mayor",
        "politician", "activist",  "campaigner", "delegate",   "deputy",  "minister",
        "voter",      "voters",    "supporter",  "supporters", "leader",  NULL};
    const struct guard__ner_tok *c = &t[i];

    if (!(c->lex & NL_NRP) || c->kind != NER_K_WORD || i + 1 >= n || t[i + 1].nl_before ||
        t[i + 1].kind != NER_K_WORD || t[i + 1].start != c->end + 1)
        return false;
    if (c->cap == NER_CAP_LOWER && word_in(text, &t[i + 1], politics))
        return true;
    return (c->cap == NER_CAP_TITLE || (c->cap == NER_CAP_LOWER && c->line_case == LC_LOWER) ||
            (c->cap == NER_CAP_UPPER && c->line_case == LC_UPPER)) &&
           (word_in(text, &t[i + 1], nouns) || word_in(text, &t[i + 1], politics)) &&
           !passport_qualifier(text, t, n, i);
}

/* Does t[i] (i > 0) come mid-sentence after a small word in lower case, an
 * opening bracket, a colon or a comma, where a name may open? */
static inline bool after_small_or_mark(const char *text, const struct guard__ner_tok *t, size_t i)
{
    const struct guard__ner_tok *p = &t[i - 1];

    return (p->kind == NER_K_WORD && p->cap == NER_CAP_LOWER &&
            is_letter((unsigned char)text[p->start])) ||
           punct_is(text, p, '(') || punct_is(text, p, ':') || punct_is(text, p, ',');
}

/* The end of a firm written head word first that the model left out
 * ("Librairie Marchand", "Banco Andino"): a head word of another language
 * (no English common word: a word of the other languages' filter is
 * fine), then one or two capitalised words that are no head words
 * themselves. */
static size_t head_first(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    const struct guard__ner_tok *c = &t[i];
    size_t e = i + 1;

    /* English head words that other languages put first too ("Hospital
     * das Clínicas", "Bank Mandiri", "Hotel Sacher") */
    static const char *const first_too[] = {"hospital", "hotel",     "bank",       "clinic",
                                            "museum",   "institute", "university", NULL};

    if (c->kind != NER_K_WORD || c->cap != NER_CAP_TITLE || !(c->lex & NL_ORGHEAD) ||
        (c->lex & (NL_FIRST | NL_LAST)))
        return 0;
    /* ...when they open the name: not after a name ("St. James's Hospital
     * de Zawiercie" is the hospital in its town) */
    if ((c->lex & NL_COMMON) && !c->foreign &&
        (!word_in(text, c, first_too) ||
         !(i == 0 || t[i].nl_before || after_small_or_mark(text, t, i))))
        return 0;
    static const char *const particles[] = {"de",  "des", "du", "di", "del", "della", "da", "do",
                                            "dos", "das", "am", "an", "zum", "zur",   NULL};

    while (e < n && e < i + 4 && !t[e].nl_before && t[e].kind == NER_K_WORD &&
           t[e].start == t[e - 1].end + 1 &&
           ((t[e].cap == NER_CAP_TITLE &&
             !(t[e].lex & (NL_ORGHEAD | NL_LEGAL | NL_MONTH | NL_TITLE)) &&
             (!(t[e].lex & NL_COMMON) || t[e].foreign)) ||
            /* "Hôtel des Voyageurs", "Praxis am Lindenplatz" */
            (t[e].cap == NER_CAP_LOWER && e + 1 < n && t[e + 1].cap == NER_CAP_TITLE &&
             word_in(text, &t[e], particles))))
        e++;
    while (e > i + 1 && t[e - 1].cap == NER_CAP_LOWER)
        e--; /* not ending in a particle */
    return e > i + 1 ? e : 0;
}

/* "the Office of Tenant Affairs", "Bureau of Agricultural Statistics",
 * "Department of Health and Social Care": a body's head word opening a
 * name, "of" or "for", and up to four capitalised words (joined by "and"
 * or "&"). The end, or 0. */
static size_t of_body(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const heads[] = {
        "office",      "bureau",       "department",  "ministry", "university", "institute",
        "commission",  "council",      "agency",      "college",  "school",     "academy",
        "society",     "federation",   "league",      "bank",     "foundation", "authority",
        "directorate", "inspectorate", "secretariat", "museum",   "hospital",   NULL};
    static const char *const ofs[] = {"of", "for", NULL};
    static const char *const ands[] = {"and", "&", NULL};
    const struct guard__ner_tok *c = &t[i];
    size_t e = i + 2, words = 0;

    if (i + 2 >= n || t[i + 1].end - t[i + 1].start > 3 || c->kind != NER_K_WORD ||
        c->cap != NER_CAP_TITLE || !(i == 0 || c->nl_before || after_small_or_mark(text, t, i)) ||
        t[i + 1].nl_before || t[i + 1].kind != NER_K_WORD || !word_in(text, &t[i + 1], ofs) ||
        !word_in(text, c, heads))
        return 0;
    while (e < n && e < i + 8 && !t[e].nl_before && t[e].kind == NER_K_WORD) {
        if (t[e].cap == NER_CAP_TITLE && !(t[e].lex & (NL_MONTH | NL_TITLE))) {
            words++;
            e++;
        } else if (words && e + 1 < n && word_in(text, &t[e], ands) &&
                   t[e + 1].cap == NER_CAP_TITLE)
            e++;
        else
            break;
    }
    return words && words <= 4 ? e : 0;
}

/* Is [a, b) where a patient is sent ("admitted to Sunnybrook",
 * "discharged from Careggi", "Refer Cecily Northcott (NHS ...) to
 * Sunnybrook"): after "to", "from" or "at" and, up to eight tokens
 * before, a verb of admitting or referring, and no word of it a place of
 * the lexicon? */
static bool hospital_slot(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const preps[] = {"to", "from", "at", NULL};
    static const char *const verbs[] = {"admitted", "discharged", "transferred", "referred",
                                        "refer",    "brought",    "readmitted",  "admit",
                                        "treated",  NULL};

    if (a < 2 || t[a].nl_before || t[a - 1].kind != NER_K_WORD || !word_in(text, &t[a - 1], preps))
        return false;
    for (size_t j = a; j < b; j++)
        if (t[j].lex & (NL_PLACE | NL_STREET))
            return false;
    for (size_t j = a - 1; j > 0 && a - j <= 8; j--) {
        if (t[j - 1].kind == NER_K_WORD && word_in(text, &t[j - 1], verbs))
            return true;
        if (t[j].nl_before)
            return false;
    }
    return false;
}

/* Function words that open no name (tag_segment()). */
static const char *const lead_words[] = {"a",  "an", "the", "for", "to", "of",   "and",
                                         "or", "at", "in",  "on",  "by", "with", NULL};

/*
 * A firm in a lower-case line the model left out ("your claim with
 * tidewater mutual", "works at kestrel biotech", "my dentist at southern
 * cross dental"): a head word that names a firm and little else, one or
 * two words before it that the model left out too, and before them "at",
 * "with", "for", "from", "via", "by" or "joined". The end, the start in
 * *from; 0 when there is none.
 */
static size_t lower_firm(const char *text, const struct guard__ner_work *w, size_t h, size_t *from)
{
    static const char *const before[] = {"at", "with",   "for",  "from",  "via",
                                         "by", "joined", "join", "joins", NULL};
    const struct guard__ner_tok *t = w->t;
    size_t k = h;

    if (t[h].cap != NER_CAP_LOWER || t[h].line_case != LC_LOWER || h < 2 ||
        !word_in(text, &t[h], lower_heads))
        return 0;
    while (k > 0 && h - k < 2 && t[k - 1].kind == NER_K_WORD && t[k - 1].cap == NER_CAP_LOWER &&
           !t[k].nl_before && w->lab[k - 1] == NER_O && !(t[k - 1].flags & NER_TF_DIGIT) &&
           !(t[k - 1].lex & (NL_MONTH | NL_TITLE)) && !word_in(text, &t[k - 1], before) &&
           !word_in(text, &t[k - 1], lead_words) && t[k - 1].ncp >= 3)
        k--;
    if (k == h || k == 0 || t[k].nl_before || t[k - 1].kind != NER_K_WORD ||
        !word_in(text, &t[k - 1], before))
        return 0;
    *from = k;
    return h + 1;
}

/* lower_firm() for each firm's head word of a lower-case line that no span
 * holds. */
static int lower_firms(struct guard__ner_work *w, const char *text, size_t n, size_t base,
                       size_t from)
{
    const struct guard__ner_tok *t = w->t;

    for (size_t h = 2; h < n; h++) {
        size_t first, e;

        if (!(t[h].lex & NL_ORGHEAD) || t[h].line_case != LC_LOWER || w->lab[h] != NER_O ||
            !(e = lower_firm(text, w, h, &first)))
            continue;
        struct guard__ner_span s = {t[first].start + (uint32_t)base, t[e - 1].end + (uint32_t)base,
                                    2, NER_TITLE_SCORE};
        bool taken = false;

        for (size_t q = from; q < w->nsp && !taken; q++)
            taken = w->sp[q].start < s.end && s.start < w->sp[q].end;
        if (!taken && push_span(w, &s) < 0)
            return -1;
    }
    return 0;
}

/* Card networks: a card's kind ("a Visa, a Mastercard"), not a firm. */
static const char *const card_brands[] = {"visa",     "mastercard", "amex",   "maestro",
                                          "unionpay", "rupay",      "jcb",    "mir",
                                          "elo",      "interac",    "eftpos", NULL};

/* Head words of public bodies, not trades (head_last()). */
static const char *const bodies[] = {
    "trust",      "authority",   "board",        "council",    "commission",
    "committee",  "foundation",  "association",  "institute",  "society",
    "federation", "alliance",    "coalition",    "initiative", "charity",
    "ministry",   "agency",      "bureau",       "infirmary",  "hospice",
    "hospital",   "clinic",      "academy",      "league",     "guild",
    "tribunal",   "directorate", "inspectorate", "consortium", "fund",
    "care",       "homecare",    "bank",         NULL};

/*
 * The end of an institution named in capitalised common words before its
 * head word ("the Open Hearth Trust", "Regional Fire Safety Board",
 * "Foxglove Home Care") that the model left out, or 0: one to three words
 * mid-sentence after a small word or a bracket, comma or colon, then a
 * head word that names a body, not a trade ("Mental Health", "Big Data"
 * and "Social Media" stay words), and no capital after it.
 */
static size_t head_last(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    size_t e = i;

    if (i == 0 || t[i].nl_before || t[i].sent_start || t[i].cap != NER_CAP_TITLE ||
        !after_small_or_mark(text, t, i))
        return 0;
    while (e < n && e < i + 4 && t[e].kind == NER_K_WORD && t[e].cap == NER_CAP_TITLE &&
           (e == i || (!t[e].nl_before && t[e].start == t[e - 1].end + 1)) &&
           !(t[e].lex & (NL_MONTH | NL_TITLE | NL_STREET)))
        e++;
    static const char *const sides[] = {"west", "east", "north", "south", "left", "right", NULL};

    if (e < i + 2 || !(t[e - 1].lex & NL_ORGHEAD) || !word_in(text, &t[e - 1], bodies) ||
        word_in(text, &t[i], sides)) /* "the West Bank" */
        return 0;
    if (e < n && !t[e].nl_before && t[e].kind == NER_K_WORD && t[e].cap != NER_CAP_LOWER)
        return 0;
    return e;
}

/* The end of a known firm at t[i] the model left out, or 0: a multi-word
 * entry ("Red Cross", "Kaiser Permanente"), or a word that is nothing but
 * a firm in the lexicon ("Unicef", "LinkedIn"), written as a name. */
static size_t firm_left_out(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    static const char *const card[] = {"card", "ending", "ends", NULL};
    static const char *const brands[] = {"mastercard", "visa", "amex", "maestro", "unionpay", NULL};
    const struct guard__ner_tok *c = &t[i];

    if (c->kind != NER_K_WORD || c->cap == NER_CAP_NONE || c->cap == NER_CAP_CASELESS ||
        (c->cap == NER_CAP_LOWER && c->line_case != LC_LOWER))
        return 0;
    /* a card's brand names the card ("Mastercard 4043 ..."), and a key is
     * no firm ("mastercard": "2200...") */
    if (word_in(text, c, brands))
        return 0;
    if (i + 1 < n && !t[i + 1].nl_before &&
        (t[i + 1].kind == NER_K_NUM ||
         (t[i + 1].kind == NER_K_WORD && word_in(text, &t[i + 1], card)) ||
         punct_is(text, &t[i + 1], ':') ||
         (i + 2 < n && punct_is(text, &t[i + 1], '"') && punct_is(text, &t[i + 2], ':'))))
        return 0;
    if (c->gaz_pos == 1) {
        size_t e = i + 1;
        while (e < n && t[e].gaz_pos == 2)
            e++;
        return (c->gaz_lex & NL_ORGNAME) ? e : 0;
    }
    return !c->gaz_pos && (c->lex & NL_ORGNAME) &&
                   !(c->lex & (NL_COMMON | NL_FIRST | NL_LAST | NL_NAME | NL_PLACE | NL_NRP |
                               NL_TECH | NL_MONTH | NL_TITLE))
               ? i + 1
               : 0;
}

/* The end of an institution named after its place that the model cut at
 * the place, or 0: the place [a, b), then up to three words written as
 * it is, the last a head word ("Lagos State University", "greenfield
 * primary school"). */
static size_t place_institution(const char *text, const struct guard__ner_tok *t, size_t n,
                                size_t a, size_t b)
{
    if (b > a + 2)
        return 0;
    /* a legal form ends a firm in any case ("jaipur gems pvt ltd"), and the
     * legal words after it are the firm's */
    for (size_t j = b; j < n && j < b + 3; j++) {
        if (t[j].nl_before || t[j].kind != NER_K_WORD || t[j].start != t[j - 1].end + 1 ||
            (t[j].flags & NER_TF_DIGIT) || (t[j].lex & NL_STREET))
            break;
        if ((t[j].lex & NL_LEGAL) && j > b) {
            size_t e = j + 1;
            while (e < n && !t[e].nl_before && t[e].kind == NER_K_WORD && (t[e].lex & NL_LEGAL))
                e++;
            return e;
        }
        if (t[j].cap != t[a].cap) /* "Trabzon şehrinde Kestrelworks BV" */
            break;
    }
    /* a head word only in title case: "the cerignola food bank" may be the
     * town's */
    if (t[a].cap != NER_CAP_TITLE)
        return 0;
    /* after a place, words that are heads there only ("Espoo City
     * Library", "Lagos Fintech Hub"; a software library is no firm) */
    static const char *const place_heads[] = {"library", "hub",  "club",       "market",
                                              "lab",     "labs", "collective", NULL};
    for (size_t j = b; j < n && j < b + 3; j++) {
        if (t[j].nl_before || t[j].kind != NER_K_WORD || t[j].start != t[j - 1].end + 1 ||
            t[j].cap != t[a].cap || (t[j].flags & NER_TF_DIGIT))
            return 0;
        if ((t[j].lex & NL_ORGHEAD) || word_in(text, &t[j], place_heads))
            return j + 1;
        if (t[j].lex & (NL_LEGAL | NL_STREET))
            return 0;
    }
    return 0;
}

/* The end of the known firm a span [a, b) of the model's is, or 0: a
 * multi-word entry of the lexicon starting at a that covers the span, or a
 * word of one alone that the lexicon has as a firm. */
static size_t known_firm(const struct guard__ner_tok *t, size_t n, size_t a, size_t b, int type)
{
    if (t[a].gaz_pos == 1) {
        size_t e = a + 1;
        while (e < n && t[e].gaz_pos == 2)
            e++;
        return (t[a].gaz_lex & NL_ORGNAME) && b <= e ? e : 0;
    }
    /* not a big place's name, nor a first name taken for a person:
     * "Santander", "Dell", "joined Ford" (a place of the model's) */
    return b == a + 1 && !t[a].gaz_pos && (t[a].lex & NL_ORGNAME) &&
                   !(t[a].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION)) &&
                   !(type == 0 && (t[a].lex & NL_FIRST))
               ? b
               : 0;
}

/* Head words of schools, whose town is part of the name ("Trinity College
 * Dublin", "University College London"), unlike a bank's branch. */
static const char *const school_heads[] = {
    "college",    "university",  "universität", "universidad", "université",
    "università", "universitas", "institute",   "polytechnic", NULL};

/* A school's head word after the first word of a span ("Trinity College
 * Dublin"; "College Station" is a town). */
static bool school_inside(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    for (size_t j = a + 1; j < b; j++)
        if (t[j].kind == NER_K_WORD && word_in(text, &t[j], school_heads))
            return true;
    return false;
}

static const char *const of_particles[] = {"of", "de", "del", "di", "da", "do", "des", "du", NULL};

/* An organisation the model ran on into a town: "Deutsche Bank in Daegu",
 * "Mapleleaf Credit Union Trondheim", "Helios Energy GmbH Kraków" (a head
 * word or legal form, then a place no firm's word is). The firm is [a,
 * *org_end), the place [*loc, b); *org_end == a where the firm was a
 * common word alone ("the bank in halifax"). */
static bool org_place(const char *text, const struct guard__ner_tok *t, size_t a, size_t b,
                      size_t *org_end, size_t *loc)
{
    static const char *const in[] = {"in", NULL};

    if (b < a + 2)
        return false;
    for (size_t k = a + 1; k + 1 < b; k++)
        if (t[k].kind == NER_K_WORD && t[k].cap == NER_CAP_LOWER && word_in(text, &t[k], in)) {
            if (!(t[k + 1].lex & NL_PLACE) || (t[k + 1].lex & (NL_ORGHEAD | NL_LEGAL)))
                return false;
            *org_end = k == a + 1 && (t[a].lex & NL_COMMON) && !(t[a].lex & NL_ORGNAME) ? a : k;
            *loc = k + 1;
            return true;
        }
    static const char *const tail[] = {"centre", "center", "centro", "centrum", NULL};
    const struct guard__ner_tok *l = &t[b - 1], *p = &t[b - 2];
    /* the firm has a name before its head word ("Bank Ironwood" is one) */
    if (b < a + 3 || l->kind != NER_K_WORD || !(l->lex & NL_PLACE) ||
        (l->lex & (NL_ORGHEAD | NL_LEGAL | NL_COMMON | NL_FIRST | NL_LAST)) || l->nl_before ||
        word_in(text, l, tail))
        return false;
    if (p->kind == NER_K_WORD
            ? !(p->lex & (NL_ORGHEAD | NL_LEGAL)) || word_in(text, p, school_heads)
            : !(b >= a + 3 && text[p->start] == '.' && (t[b - 3].lex & NL_LEGAL)))
        return false;
    *org_end = b - 1;
    *loc = b - 1;
    return true;
}

/* "Chile and Brazil": places joined by "and", which the model made one
 * organisation. */
static bool place_pair(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    bool and = false;

    for (size_t j = a; j < b; j++) {
        if (t[j].kind == NER_K_WORD && t[j].ncp == 3 && folded_eq(text + t[j].start, "and", 3) &&
            j > a && j + 1 < b)
            and = true;
        else if (t[j].kind != NER_K_WORD || !(t[j].lex & (NL_COUNTRY | NL_BIGCITY)) ||
                 (t[j].lex & (NL_ORGHEAD | NL_LEGAL)))
            return false;
    }
    return and;
}

static const char *const indefinite[] = {"a", "an", NULL};

/* A first name and nothing else a place or firm could be: "Anouk",
 * "Bartosz". */
static bool first_only(const struct guard__ner_tok *c)
{
    return c->kind == NER_K_WORD && (c->lex & NL_FIRST) && c->cap == NER_CAP_TITLE &&
           !(c->lex & (NL_PLACE | NL_STREET | NL_ORGHEAD | NL_ORGNAME | NL_COMMON | NL_LEGAL)) &&
           !c->gaz_pos;
}

/* A nationality word where a language goes is the language ("Translate to
 * English:", "speaks fluent Swedish", "in Polish and Finnish"), which is no
 * NRP (spaCy: LANGUAGE): a word that asks for a language before it and no
 * noun after it ("to Polish authorities" is the NRP's). */
static bool language_slot(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                          int depth)
{
    static const char *const asks[] = {
        "to",          "into",    "in",     "speaks",  "speak",     "speaking",
        "spoke",       "fluent",  "native", "learn",   "learning",  "learns",
        "teach",       "teaches", "taught", "written", "translate", "translated",
        "translation", "plain",   "simple", "basic",   "broken",    NULL};
    static const char *const after[] = {"please", "too", "only", "instead", "and",  "or",  "first",
                                        "now",    "as",  "but",  "so",      "then", "for", NULL};
    static const char *const chain[] = {"and", "or", NULL};
    /* nouns a language qualifies ("for English speakers", "the Korean
     * version") */
    static const char *const lang_nouns[] = {"speakers",  "speaker",    "translation", "version",
                                             "subtitles", "grammar",    "spelling",    "lessons",
                                             "lesson",    "dictionary", NULL};
    size_t b = a + 1;

    if (t[a].nl_before || t[a].kind != NER_K_WORD)
        return false;
    if (b < n && !t[b].nl_before && t[b].kind == NER_K_WORD && t[b].cap == NER_CAP_LOWER &&
        word_in(text, &t[b], lang_nouns))
        return true;
    if (a == 0 || t[a - 1].kind != NER_K_WORD)
        return false;
    if (b < n && !t[b].nl_before && t[b].kind == NER_K_WORD && !word_in(text, &t[b], after))
        return false;
    if (b < n && !t[b].nl_before && t[b].kind == NER_K_PUNCT && t[b].start == t[a].end &&
        text[t[b].start] == '-')
        return false; /* "English-speaking" */
    if (word_in(text, &t[a - 1], asks))
        return true;
    return depth < 4 && a >= 2 && word_in(text, &t[a - 1], chain) && (t[a - 2].lex & NL_NRP) &&
           language_slot(text, t, n, a - 2, depth + 1);
}

/* The word "Day" (as a name is written) at t[i]: after a name it makes a
 * holiday ("Victoria Day", "Columbus Day"), no person or place. */
static bool holiday_day(const char *text, const struct guard__ner_tok *t, size_t n, size_t i)
{
    return i < n && t[i].kind == NER_K_WORD && t[i].ncp == 3 && !t[i].nl_before &&
           (t[i].cap == NER_CAP_TITLE || t[i].cap == NER_CAP_UPPER) &&
           folded_eq(text + t[i].start, "day", 3);
}

/* An organisation the model made of common words and an "and" ("Privacy
 * and Security", "Health and Safety"): a menu's or a department's words,
 * unless one is a name, a known firm or a legal form ("Marks and
 * Spencer", "Johnson & Johnson"). */
static bool common_pair(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    bool and = false;

    for (size_t j = a; j < b; j++) {
        if (t[j].kind == NER_K_PUNCT) {
            if (text[t[j].start] != '&')
                return false;
            and = true;
        } else if (folded_eq(text + t[j].start, "and", 3) && t[j].ncp == 3)
            and = true;
        else if (!(t[j].lex & NL_COMMON) ||
                 (t[j].lex & (NL_FIRST | NL_LAST | NL_ORGNAME | NL_LEGAL)))
            return false;
    }
    return and;
}

/* Spans by start (the rules after the model add theirs at the end): an
 * insertion sort, as they come nearly in order. */
static void sort_spans(struct guard__ner_span *sp, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        struct guard__ner_span x = sp[i];
        size_t j = i;

        while (j > 0 && sp[j - 1].start > x.start) {
            sp[j] = sp[j - 1];
            j--;
        }
        sp[j] = x;
    }
}

/*
 * Two PERSONs one blank apart on a line, or across an initial or a name's
 * particles, are one name the model cut in two ("Josie I. Krmelj", "Pearl
 * van den de Lange", "Mauro Puntney" after a sign-off).
 */
static bool name_gap(const char *g, size_t n)
{
    static const char *const particles[] = {"van", "von", "der", "den", "de",  "da", "du",
                                            "del", "la",  "le",  "dos", "das", "do", "bin",
                                            "al",  "el",  "ter", "ten", NULL};
    size_t i = 0, words = 0;

    if (n < 1 || g[0] != ' ' || g[n - 1] != ' ')
        return false;
    while (i < n) {
        size_t a, b;

        while (i < n && g[i] == ' ')
            i++;
        if (i == n)
            break;
        a = i;
        while (i < n && g[i] != ' ')
            i++;
        b = i;
        if (++words > 3)
            return false;
        if (b - a == 2 && g[a] >= 'A' && g[a] <= 'Z' && g[a + 1] == '.')
            continue; /* an initial */
        bool particle = false;
        for (const char *const *p = particles; *p && !particle; p++)
            particle = strlen(*p) == b - a && !memcmp(*p, g + a, b - a);
        if (!particle)
            return false;
    }
    for (size_t k = 1; k < n; k++)
        if (g[k] == ' ' && g[k - 1] == ' ')
            return false;
    return true;
}

static inline bool lower_at(const char *p)
{
    return *p >= 'a' && *p <= 'z';
}

/* Is g[0, n) one blank, or blanks around one or two capitalised words of
 * small letters ("Creek" in "Mulga Creek Day Surgery")? */
static bool firm_gap(const char *g, size_t n)
{
    size_t i = 1, words = 0;

    if (n < 1 || g[0] != ' ' || g[n - 1] != ' ')
        return false;
    while (i < n) {
        if (!(g[i] >= 'A' && g[i] <= 'Z') || ++words > 2)
            return false;
        i++;
        while (i < n && g[i] >= 'a' && g[i] <= 'z')
            i++;
        if (i >= n || g[i] != ' ')
            return false;
        i++;
    }
    return true;
}

/* join_names(): not "Rossi di Roma" (from_place()), nor a span that
 * starts in lower case after a capitalised one. A person's span written
 * with small letters right before a firm's, a blank or one or two
 * capitalised words between, is the firm's first words ("Mallee Sun
 * Electrical Pty Ltd", "Mulga Creek Day Surgery"; not "PAULINA SZYMAŃSKA
 * WILL JOIN THISTLE ENERGY LTD"). */
static void join_names(struct guard__ner_work *w, const char *text, size_t base, size_t from)
{
    size_t o = from;

    for (size_t q = from; q < w->nsp; q++) {
        struct guard__ner_span *a = o > from ? &w->sp[o - 1] : NULL, *b = &w->sp[q];

        if (a && a->type == 0 && b->type == 2 && b->start > a->end &&
            !lower_at(text + (a->start - base)) && lower_at(text + (a->start - base) + 1) &&
            !lower_at(text + (b->start - base)) &&
            firm_gap(text + (a->end - base), b->start - a->end)) {
            a->end = b->end;
            a->type = 2;
            if (b->score > a->score)
                a->score = b->score;
            continue;
        }

        if (a && a->type == 0 && b->type == 0 && b->start > a->end &&
            name_gap(text + (a->end - base), b->start - a->end) &&
            !(lower_at(text + (b->start - base)) && !lower_at(text + (a->start - base)))) {
            a->end = b->end;
            if (b->score > a->score)
                a->score = b->score;
            continue;
        }
        w->sp[o++] = *b;
    }
    w->nsp = o;
}

/* A word written as a name in the way its line writes names: capitalised,
 * in capitals in an upper-case line, in lower case in a lower-case one. */
static bool name_written(const struct guard__ner_tok *c)
{
    return c->kind == NER_K_WORD && c->ncp >= 2 &&
           !(c->flags & (NER_TF_DIGIT | NER_TF_UNDERSCORE)) &&
           (c->cap == NER_CAP_TITLE || (c->cap == NER_CAP_UPPER && c->line_case == LC_UPPER) ||
            (c->cap == NER_CAP_LOWER && c->line_case == LC_LOWER));
}

/* Is t[i] right after a title ("Ms Dunne", "Dr. Wong")? */
static bool after_title(const struct guard__ner_tok *t, size_t i)
{
    size_t p = i;

    if (p >= 2 && t[p - 1].kind == NER_K_PUNCT && t[p - 1].end - t[p - 1].start == 1)
        p--; /* the title's full stop */
    return p >= 1 && !t[i].nl_before && t[p - 1].kind == NER_K_WORD && (t[p - 1].lex & NL_TITLE);
}

/* A name the text gives whole once names the person wherever its words
 * come back alone ("Mahmoud Zaki left Hue ... Mahmoud met my
 * grandmother", "Aoife Dunne ... Ms Dunne"): a word of a person's span of
 * two words or more, found again as a word the model left out or took
 * alone for a place or a firm, is the person's. Not a country, region or
 * big city ("Jordan Reyes ... flights to Jordan"), nor a word in a longer
 * span. Spans are sorted. */
static int name_echo(struct guard__ner_work *w, size_t n, const uint32_t *ci, size_t nc,
                     size_t base, size_t from)
{
    enum { WORDS = 16 };
    uint64_t h[WORDS];
    uint8_t cap[WORDS];
    bool common[WORDS];
    size_t nh = 0, j = 0, end = w->nsp;
    const struct guard__ner_tok *t = w->t;

    for (size_t q = from; q < end && nh < WORDS; q++) {
        const struct guard__ner_span *s = &w->sp[q];
        size_t a, b;

        if (s->type != 0)
            continue;
        while (j < n && t[j].start + base < s->start)
            j++;
        for (a = b = j; b < n && t[b].end + base <= s->end; b++)
            ;
        /* a name as names are written, with a name of the lists, or of
         * capitalised words no list has */
        bool first = false, unknown = true, written = b >= a + 2;
        for (size_t i = a; i < b && written; i++) {
            first |= (t[i].lex & (NL_FIRST | NL_NAME)) && !(t[i].lex & (NL_TECH | NL_COMMON));
            unknown &= !t[i].lex && t[i].cap == NER_CAP_TITLE;
            written = name_written(&t[i]) || (i > a && i + 1 < b && t[i].cap == NER_CAP_LOWER);
        }
        first |= unknown;
        for (size_t i = a; i < b && nh < WORDS && written && first; i++)
            if (name_written(&t[i]) && t[i].cap != NER_CAP_LOWER &&
                !(t[i].lex & (NL_TITLE | NL_TECH))) {
                common[nh] = t[i].lex & NL_COMMON;
                cap[nh] = t[i].cap;
                h[nh++] = t[i].h;
            }
    }
    if (!nh)
        return 0;
    size_t q = from;
    for (size_t x = 0; x < nc; x++) { /* the candidates only: no other is a name */
        size_t i = ci[x], k = 0;
        const struct guard__ner_tok *c = &t[i];

        if (!name_written(c) ||
            (c->lex & (NL_COUNTRY | NL_REGION | NL_BIGCITY | NL_TITLE | NL_TECH)))
            continue;
        while (k < nh && (h[k] != c->h || cap[k] != c->cap))
            k++;
        /* a name that is a word too comes back after a title only ("Aoife
         * Dunne ... Ms Dunne"; not "Mark Young ... Young people") */
        if (k == nh || (common[k] && !after_title(t, i)))
            continue;
        while (q < end && w->sp[q].end <= c->start + base)
            q++;
        struct guard__ner_span *s = q < end ? &w->sp[q] : NULL;
        if (s && s->start < c->end + base) { /* a span covers it */
            if (s->start == c->start + base && s->end == c->end + base && s->type != 0)
                s->type = 0;
            continue;
        }
        struct guard__ner_span ps = {c->start + (uint32_t)base, c->end + (uint32_t)base, 0,
                                     NER_TITLE_SCORE};
        if (push_span(w, &ps) < 0)
            return -1;
    }
    if (w->nsp > end)
        sort_spans(w->sp + from, w->nsp - from);
    return 0;
}

/* ", " and two capitals somewhere in the text: state_codes() has something
 * to look at (a few commas to test instead of every token). */
static bool has_code_after_comma(const char *text, size_t len)
{
    for (const char *p = text, *e = text + len; (p = memchr(p, ',', (size_t)(e - p))); p++)
        if (e - p >= 4 && p[1] == ' ' && p[2] >= 'A' && p[2] <= 'Z' && p[3] >= 'A' && p[3] <= 'Z')
            return true;
    return false;
}

/* "Austin, TX", "Vancouver, BC": a US state's or Canadian province's code
 * after a town and a comma is a place, and so is the town (the model had
 * the town as a person now and then). */
static int state_codes(struct guard__ner_work *w, const char *text, size_t n, size_t base,
                       size_t from)
{
    static const char codes[] = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI "
                                "MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT "
                                "VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT";
    static const char acronyms[] = "ID IN OR ME OK HI ON PA NB NL NS NT CO MA LA AL DE NE MD SC DC "
                                   "AB MB PE CA IT";
    const struct guard__ner_tok *t = w->t;

    for (size_t i = 2; i < n; i++) {
        const struct guard__ner_tok *c = &t[i], *k = &t[i - 2];
        if (c->kind != NER_K_WORD || c->ncp != 2 || c->cap != NER_CAP_UPPER || c->nl_before ||
            !punct_is(text, &t[i - 1], ',') || t[i - 1].start != k->end ||
            c->start != t[i - 1].end + 1 || k->kind != NER_K_WORD ||
            (k->cap != NER_CAP_TITLE && k->cap != NER_CAP_UPPER))
            continue;
        bool known = false,
             word_next = i + 1 < n && !t[i + 1].nl_before && t[i + 1].kind == NER_K_WORD;
        for (size_t x = 0; x + 1 < sizeof codes; x += 3)
            known |= codes[x] == text[c->start] && codes[x + 1] == text[c->start + 1];
        /* codes that are words or acronyms too ("ID number", "OK then") only
         * before a number, a mark or the line's end */
        for (size_t x = 0; word_next && x + 1 < sizeof acronyms; x += 3)
            known &= !(acronyms[x] == text[c->start] && acronyms[x + 1] == text[c->start + 1]);
        if (!known)
            continue;
        struct guard__ner_span *town = NULL;
        bool taken = false;
        for (size_t q = from; q < w->nsp; q++) {
            struct guard__ner_span *x = &w->sp[q];
            if (x->end == k->end + (uint32_t)base && x->type <= 1 &&
                x->start == k->start + (uint32_t)base)
                town = x; /* one word: "Mahlangu, ID" is no town */
            taken |= x->start < c->end + (uint32_t)base && c->start + (uint32_t)base < x->end;
        }
        if (taken || (!town && !(k->lex & (NL_CITY | NL_BIGCITY))))
            continue;
        if (town)
            town->type = 1;
        else {
            struct guard__ner_span s = {k->start + (uint32_t)base, k->end + (uint32_t)base, 1,
                                        NER_TITLE_SCORE};
            if (push_span(w, &s) < 0)
                return -1;
        }
        struct guard__ner_span s = {c->start + (uint32_t)base, c->end + (uint32_t)base, 1,
                                    NER_TITLE_SCORE};
        if (push_span(w, &s) < 0)
            return -1;
    }
    return 0;
}

/* Words joined by commas and a last "and", one word each, none a firm's or
 * a big place's, one at least a name no list has as a place ("Anouk and
 * Quirin", "Bohdan, Gergő and Vegard", "Khoa and Niamh"). */
static bool name_list(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    bool first = false;

    if (b < a + 3 || !((b - a) & 1) || t[b - 2].ncp != 3 ||
        !folded_eq(text + t[b - 2].start, "and", 3))
        return false;
    for (size_t j = a; j < b; j += 2) {
        const struct guard__ner_tok *c = &t[j];
        if (c->kind != NER_K_WORD || c->cap != NER_CAP_TITLE || c->gaz_pos ||
            (c->lex & (NL_ORGHEAD | NL_LEGAL | NL_ORGNAME | NL_COMMON | NL_BIGCITY | NL_COUNTRY |
                       NL_REGION | NL_STREET | NL_TECH)) ||
            (j + 2 < b && j + 2 != b - 1 && !punct_is(text, &t[j + 1], ',')))
            return false;
        /* "Bernier, Kuphal and Prohaska" of surnames is a firm's name */
        if ((c->lex & NL_LAST) && !(c->lex & NL_FIRST))
            return false;
        first |= (c->lex & (NL_FIRST | NL_NAME)) && !(c->lex & NL_PLACE);
    }
    return first;
}

/* Is [a, b) a place's words only, before a lower-case "airport", "railway"
 * or such? */
static bool transit_after(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                          size_t b)
{
    static const char *const travel[] = {"airport", "airfield", "station",  "railway", "harbour",
                                         "harbor",  "port",     "terminal", "bus",     "train",
                                         "ferry",   "metro",    NULL};

    if (b >= n || t[b].nl_before || t[b].kind != NER_K_WORD || t[b].cap != NER_CAP_LOWER ||
        t[b].line_case == LC_LOWER || !word_in(text, &t[b], travel))
        return false;
    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD || !(t[j].lex & NL_PLACE) ||
            (t[j].lex & (NL_ORGHEAD | NL_LEGAL | NL_ORGNAME)))
            return false;
    return true;
}

/* The end of a street written name, type, number ("Virág utca 7",
 * "Mozart Straße 12") after the name's words [a, b), or 0. */
static size_t street_after(const struct guard__ner_tok *t, size_t n, size_t b)
{
    if (b + 1 >= n || t[b].kind != NER_K_WORD || !(t[b].lex & NL_STREET) ||
        (t[b].lex & (NL_FIRST | NL_LAST)) || t[b].nl_before || t[b].start != t[b - 1].end + 1 ||
        t[b + 1].kind != NER_K_NUM || t[b + 1].nl_before || t[b + 1].start != t[b].end + 1 ||
        t[b + 1].ncp > 5)
        return 0;
    return b + 2;
}

/* Is [a, b) a job heading a department ("Head of Legal", "VP of Sales"):
 * a lead word, "of", then common words only? */
static bool department(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const lead[] = {"head", "director", "vp",      "chief", "manager",
                                       "lead", "dean",     "officer", NULL};

    if (b < a + 2 || t[a].kind != NER_K_WORD || !word_in(text, &t[a], lead) ||
        t[a + 1].kind != NER_K_WORD || t[a + 1].ncp != 2 ||
        !folded_eq(text + t[a + 1].start, "of", 2))
        return false;
    for (size_t j = a + 2; j < b; j++)
        if (t[j].kind != NER_K_WORD || !(t[j].lex & NL_COMMON) ||
            (t[j].lex & (NL_PLACE | NL_ORGNAME)))
            return false;
    return true;
}

/* Is [a, b) the rest of a signature's title line after its comma ("Head
 * of Procurement, Bigbasket", "Senior Analyst, Totvs")? */
static bool title_line_firm(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                            size_t b)
{
    static const char *const jobs[] = {
        "head",        "director",  "manager",   "lead",      "engineer",   "officer",
        "consultant",  "analyst",   "partner",   "founder",   "president",  "ceo",
        "cto",         "cfo",       "coo",       "vp",        "chief",      "specialist",
        "coordinator", "executive", "associate", "recruiter", "accountant", "administrator",
        "advisor",     "adviser",   "developer", "designer",  NULL};
    size_t ls = a - 1, words = 0;
    bool job = false;

    if (a < 2 || !punct_is(text, &t[a - 1], ',') || t[a].nl_before || (b < n && !t[b].nl_before))
        return false;
    while (ls > 0 && !t[ls].nl_before) {
        ls--;
        if (t[ls].kind == NER_K_WORD) {
            job |= word_in(text, &t[ls], jobs);
            if (++words > 5)
                return false;
        } else if (t[ls].kind != NER_K_PUNCT || punct_is(text, &t[ls], '.')) {
            return false;
        }
    }
    return job;
}

/* What a firm is to another ("our distributor Personio", "supplier
 * Acme"). */
static const char *const firm_roles[] = {"distributor", "supplier",     "vendor",  "reseller",
                                         "wholesaler",  "manufacturer", "carrier", "insurer",
                                         "lender",      "bank",         "broker",  "merchant",
                                         NULL};

static const char *const at_jobs[] = {
    "recruiter", "engineer",   "manager",      "nurse",      "analyst",
    "developer", "designer",   "consultant",   "intern",     "director",
    "officer",   "accountant", "lawyer",       "pharmacist", "researcher",
    "scientist", "cashier",    "receptionist", "technician", "paralegal",
    "teller",    "specialist", "associate",    "partner",    NULL};

/* Does the span at a stand where an employer goes ("changed employer to
 * Keppel", "works for Tokopedia", "employed by Vestas", "a recruiter at
 * Andela", "our distributor Personio")? Not for a first
 * name no firm has ("works for Maria"; "works for Ford" is the firm's),
 * nor a country or big city. */
static bool firm_slot(const char *text, const struct guard__ner_tok *t, size_t a, size_t b)
{
    static const char *const employer[] = {
        "employer",     "employers",  "employeur", "empleador", "arbeitgeber", "työnantaja",
        "arbetsgivare", "pracodawca", "işveren",   "werkgever", NULL};
    static const char *const link[] = {"to", "is", "was", "at", NULL};
    static const char *const work[] = {"works", "work", "working", "worked", NULL};
    static const char *const by[] = {"employed", "hired", "acquired", "sponsored", NULL};
    const struct guard__ner_tok *p = a >= 1 ? &t[a - 1] : NULL, *q = a >= 2 ? &t[a - 2] : NULL;

    /* a place's name alone is a place; with a word after it, a firm's
     * ("Tórshavn Laks") */
    bool head = b > a + 1 && (t[b - 1].lex & (NL_ORGHEAD | NL_LEGAL)); /* "Camellia Cosmetics" */

    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD ||
            (b == a + 1 && (t[j].lex & (NL_COUNTRY | NL_BIGCITY | NL_REGION))) ||
            ((t[j].lex & NL_FIRST) && !(t[j].lex & NL_ORGNAME) && !head))
            return false;
    if (!p || p->kind != NER_K_WORD || t[a].nl_before)
        return false;
    if (word_in(text, p, employer) || word_in(text, p, firm_roles))
        return true;
    if (!q || q->kind != NER_K_WORD || p->nl_before)
        return false;
    /* "a recruiter at Andela": where someone's job is */
    if (p->ncp == 2 && folded_eq(text + p->start, "at", 2) && word_in(text, q, at_jobs))
        return true;
    return (word_in(text, p, link) && word_in(text, q, employer)) ||
           (p->ncp == 3 && folded_eq(text + p->start, "for", 3) && word_in(text, q, work)) ||
           (p->ncp == 2 && folded_eq(text + p->start, "by", 2) && word_in(text, q, by));
}

/* The end of a signature after a dash at [a]: "Is it safe? - Maialen
 * Souto", "a new p45? - Murdo": one to three capitalised words, a dash
 * before them after a sentence's end on the line, nothing after them on
 * the line; 0 when there is none. */
static size_t dash_signoff(const char *text, const struct guard__ner_tok *t, size_t n, size_t a)
{
    size_t e = a;

    /* after a sentence's end on the same line: a dash opening a line is a
     * list's item ("- Linux-ARM") */
    if (a < 2 || !punct_is(text, &t[a - 1], '-') || t[a].nl_before || t[a - 1].nl_before ||
        !(punct_is(text, &t[a - 2], '?') || punct_is(text, &t[a - 2], '.') ||
          punct_is(text, &t[a - 2], '!')))
        return 0;
    while (e < n && e < a + 3 && !(e > a && t[e].nl_before) && t[e].kind == NER_K_WORD &&
           (t[e].cap == NER_CAP_TITLE || t[e].cap == NER_CAP_UPPER) &&
           !(t[e].flags & NER_TF_DIGIT) &&
           (!(t[e].lex & NL_COMMON) || (t[e].lex & (NL_FIRST | NL_LAST | NL_NAME))) &&
           !(t[e].lex & (NL_COUNTRY | NL_ORGNAME | NL_TECH | NL_MONTH)))
        e++;
    return e > a && (e == n || t[e].nl_before) ? e : 0;
}

static const char *const is_was[] = {"is", "was", NULL};

/* A word that ends in a bank's or hospital's word of the Nordic and
 * Baltic languages (a compound's head: "Sbanken", "Landsbankinn",
 * "säästöpankki", "Ålandsbanken", "Rigshospitalet"), a letter or more
 * before it. */
static bool bank_word(const char *text, const struct guard__ner_tok *c)
{
#define TAIL(x)                                                                                    \
    {                                                                                              \
        x, sizeof(x) - 1                                                                           \
    }
    static const struct {
        const char *s;
        size_t n;
    } tails[] = {TAIL("banken"),  TAIL("bankinn"),    TAIL("banka"),     TAIL("pankki"),
                 TAIL("banki"),   TAIL("hospitalet"), TAIL("sjukhuset"), TAIL("sykehuset"),
                 TAIL("sykehus"), TAIL("klinikken"),  TAIL("kliniken"),  TAIL("apoteket"),
                 TAIL("sairaala")};
#undef TAIL
    const char *w = text + c->start;
    size_t len = c->end - c->start;
    char last;

    if (c->kind != NER_K_WORD || len < 6 || (c->flags & (NER_TF_DIGIT | NER_TF_DOT)) ||
        (c->lex & (NL_FIRST | NL_LAST | NL_PLACE)))
        return false;
    last = (char)(w[len - 1] | 0x20);
    if (last != 'n' && last != 'a' && last != 'i' && last != 't' && last != 's')
        return false; /* what every tail ends in */
    for (size_t k = 0; k < sizeof(tails) / sizeof(tails[0]); k++)
        if (len > tails[k].n && folded_eq(w + len - tails[k].n, tails[k].s, tails[k].n))
            return true;
    return false;
}

/* Is [a, b) joined by "or" or "and" to a person's span of the model's
 * right after or before it, its words no big place's? */
static bool coordinated_person(const char *text, const struct guard__ner_work *w, size_t n,
                               size_t a, size_t b)
{
    static const char *const joins[] = {"or", "and", NULL};
    const struct guard__ner_tok *t = w->t;

    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD || (t[j].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION)) ||
            t[j].gaz_pos)
            return false;
    if (b + 1 < n && !t[b].nl_before && t[b].kind == NER_K_WORD && word_in(text, &t[b], joins) &&
        w->lab[b + 1] != NER_O && guard__ner_type(w->lab[b + 1]) == 0)
        return true;
    return a >= 2 && !t[a].nl_before && t[a - 1].kind == NER_K_WORD &&
           word_in(text, &t[a - 1], joins) && w->lab[a - 2] != NER_O &&
           guard__ner_type(w->lab[a - 2]) == 0;
}
static const char *const in_near[] = {"in", "near", NULL};

/* Is [a, b) between "the" and a branch's noun ("the Yongin branch", "our
 * Pune office")? */
static bool branch_of(const char *text, const struct guard__ner_tok *t, size_t n, size_t a,
                      size_t b)
{
    static const char *const det[] = {"the", "our", "their", "your", NULL};
    static const char *const site[] = {"branch",   "office",    "offices", "campus",       "plant",
                                       "factory",  "warehouse", "depot",   "store",        "outlet",
                                       "showroom", "hub",       "site",    "headquarters", NULL};

    return a > 0 && b < n && !t[a].nl_before && !t[b].nl_before && t[a - 1].kind == NER_K_WORD &&
           word_in(text, &t[a - 1], det) && t[b].kind == NER_K_WORD && word_in(text, &t[b], site);
}

/* Words that begin places' names ("Al Bayda", "Santa Caterina"). */
static const char *const place_prefixes[] = {"al",    "el",   "san",  "santa", "sant", "santo",
                                             "saint", "st",   "são",  "ban",   "ko",   "mount",
                                             "port",  "fort", "lake", "new",   NULL};

/* Is t[a], capitalised, no big place's name, after "to" and a message's
 * noun ("SMS to Sadhbh:", "a short apology to Kristín")? */
static bool message_to(const char *text, const struct guard__ner_tok *t, size_t a)
{
    static const char *const message[] = {
        "sms",     "text",  "message",  "note",     "email",    "e-mail",      "mail",   "letter",
        "apology", "reply", "memo",     "reminder", "notice",   "invitation",  "thanks", "card",
        "dm",      "msg",   "whatsapp", "postcard", "greeting", "condolences", NULL};
    const struct guard__ner_tok *c = &t[a];

    return a >= 2 && c->kind == NER_K_WORD && c->cap == NER_CAP_TITLE && !c->nl_before &&
           !(c->lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_STREET | NL_ORGHEAD)) &&
           t[a - 1].kind == NER_K_WORD && word_in(text, &t[a - 1], to) && !t[a - 1].nl_before &&
           t[a - 2].kind == NER_K_WORD && word_in(text, &t[a - 2], message);
}

/* "hi, Cordula here", "Eftychia here:": one capitalised word before
 * "here" that opens the text or a line, or follows a greeting, is the
 * writer introducing themself, not a place ("we are in Leeds here" has
 * "in" before it). */
static bool self_intro(const char *text, const struct guard__ner_tok *t, size_t n, size_t a)
{
    static const char *const here[] = {"here", NULL};
    const struct guard__ner_tok *c = &t[a];
    size_t g = a >= 1 && punct_is(text, &t[a - 1], ',') ? a - 1 : a;

    if (a + 1 >= n || c->kind != NER_K_WORD || c->cap != NER_CAP_TITLE ||
        (c->lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_STREET | NL_ORGHEAD)) ||
        t[a + 1].nl_before || t[a + 1].cap != NER_CAP_LOWER || !word_in(text, &t[a + 1], here))
        return false;
    if (a == 0 || c->nl_before)
        return true;
    return g >= 1 && !t[g].nl_before && t[g - 1].kind == NER_K_WORD &&
           (g == 1 || t[g - 1].nl_before) && word_in(text, &t[g - 1], greetings);
}

static const char *const by_in[] = {"by", "in", NULL};
static const char *const issued[] = {"issued", "registered", "licensed", NULL};

/* Is t[a], capitalised, no first name of the lists, between "the" and a
 * common noun in lower case that no family or person's case is? */
static bool attributive_place(const char *text, const struct guard__ner_tok *t, size_t n, size_t a)
{
    static const char *const the[] = {"the", NULL};
    static const char *const kin[] = {
        "family",   "families", "household", "brothers", "sisters",  "twins",   "kids",
        "children", "estate",   "case",      "account",  "file",     "matter",  "couple",
        "boys",     "girls",    "sisters",   "clan",     "siblings", "parents", NULL};
    const struct guard__ner_tok *c = &t[a];

    return a >= 1 && a + 1 < n && c->kind == NER_K_WORD && c->cap == NER_CAP_TITLE &&
           !(c->lex & (NL_FIRST | NL_TITLE)) && !t[a].nl_before && !t[a + 1].nl_before &&
           t[a - 1].kind == NER_K_WORD && word_in(text, &t[a - 1], the) &&
           t[a + 1].kind == NER_K_WORD && t[a + 1].cap == NER_CAP_LOWER &&
           (t[a + 1].lex & NL_COMMON) && !word_in(text, &t[a + 1], kin);
}

/* Words before a name as often as before a place ("the
 * passport of", "a complaint from", "para", "belongs to"), which
 * place_cue_of() with `weak` does not count, nor brackets around. */
static const char *const name_leads[] = {"of", "for", "from", "de", "para", "by", NULL};
static const char *const belongs[] = {"belongs",    "belong", "belonging", "belonged",
                                      "registered", "issued", "addressed", NULL};

/* Does something near [a, b) say it is a place: a word that leads to one
 * ("in", "from", "visiting"), a place or a number beside it ("Győr,
 * Pécs", "Fortaleza, Brazil", "41 Heather Wynd"), a key's colon, a table's
 * cell? */
static bool place_cue_of(const char *text, const struct guard__ner_work *w, size_t n, size_t a,
                         size_t b, bool weak)
{
    static const char *const lead[] = {
        "in",       "at",      "from",     "to",      "near",  "via",     "across", "around",
        "outside",  "inside",  "towards",  "toward",  "into",  "between", "of",     "visit",
        "visiting", "visited", "leaving",  "left",    "reach", "reached", "fly",    "flying",
        "flew",     "arrive",  "arriving", "arrived", "live",  "lives",   "lived",  "based",
        "born",     "moved",   "moving",   "en",      "em",    "de",      "à",      "nach",
        "aus",      "im",      "di",       "da",      "w",     "z",       "tra",    "por",
        "para",     "desde",   "hasta",    "i",       "och",   "und",     "and",    "or",
        "&",        "del",     "las",      "los",     "la",    "el",      "le",     "les",
        NULL};
    static const char *const area[] = {
        "oblast",    "raj",   "kraj",       "county",       "district",    "province",
        "region",    "state", "prefecture", "municipality", "voivodeship", "occidentale",
        "orientale", "city",  "island",     "islands",      "valley",      NULL};
    const struct guard__ner_tok *t = w->t;

    if (branch_of(text, t, n, a, b) || (b == a + 1 && attributive_place(text, t, n, a)))
        return true;
    if (a > 0 && !t[a].nl_before) {
        const struct guard__ner_tok *p = &t[a - 1];
        if (p->kind == NER_K_NUM ||
            (p->kind == NER_K_WORD && word_in(text, p, lead) &&
             !(weak && (word_in(text, p, name_leads) ||
                        (a >= 2 && word_in(text, &t[a - 2], belongs) &&
                         folded_eq(text + p->start, "to", 2) && p->ncp == 2)))) ||
            punct_is(text, p, ':') || punct_is(text, p, '|') || (!weak && punct_is(text, p, '(')) ||
            punct_is(text, p, '=') || punct_is(text, p, ';') || punct_is(text, p, '"') ||
            (p->kind == NER_K_WORD && ((p->lex & NL_STREET) || field_type(text, p, false) > 0)))
            return true;
        /* "Győr, Pécs"; "EQ15 5VM, Luhanska" */
        if (punct_is(text, p, ',') && a >= 2 &&
            ((w->lab[a - 2] != NER_O && guard__ner_type(w->lab[a - 2]) == 1) ||
             (t[a - 2].flags & NER_TF_DIGIT)))
            return true;
    }
    if (b < n && !t[b].nl_before &&
        (punct_is(text, &t[b], '|') || (!weak && punct_is(text, &t[b], ')')) ||
         punct_is(text, &t[b], ';') || (t[b].kind == NER_K_WORD && word_in(text, &t[b], area)) ||
         (punct_is(text, &t[b], ',') && b + 1 < n && w->lab[b + 1] != NER_O &&
          guard__ner_type(w->lab[b + 1]) == 1)))
        return true;
    /* "SegWit", "McAllen": capitals inside the word */
    for (uint32_t k = t[a].start + 1; k < t[a].end; k++)
        if (text[k] >= 'A' && text[k] <= 'Z')
            return true;
    return false;
}

static bool place_cue(const char *text, const struct guard__ner_work *w, size_t n, size_t a,
                      size_t b)
{
    return place_cue_of(text, w, n, a, b, false);
}

/* Is t[b] a document's or an account's noun ("ID", "tax number"), which
 * a nationality before it qualifies? Not "passport": a Greek passport is
 * its holder's nationality. */
static bool doc_after(const char *text, const struct guard__ner_tok *t, size_t n, size_t b)
{
    static const char *const doc[] = {
        "id",       "ids",       "licence",      "license",   "driving",  "tax",
        "identity", "residence", "residency",    "visa",      "iban",     "vat",
        "phone",    "mobile",    "number",       "numbers",   "card",     "plate",
        "payroll",  "personal",  "social",       "insurance", "pension",  "registration",
        "postcode", "account",   "record",       "records",   "document", "documents",
        "format",   "formats",   "personnummer", "rrn",       "ssn",      "sin",
        "nric",     "pan",       "tfn",          "nino",      "pesel",    "nif",
        "nie",      "hetu",      "tckn",         NULL};

    static const char *const national[] = {"national", NULL};
    static const char *const ident[] = {"id", "identity", "insurance", NULL};

    /* "the Turkish national ID" */
    if (b + 1 < n && !t[b].nl_before && t[b].kind == NER_K_WORD && word_in(text, &t[b], national) &&
        t[b + 1].kind == NER_K_WORD && word_in(text, &t[b + 1], ident))
        return true;
    /* not the next field's key after a field's value ("religion=Christian
     * iban=..."); "Swedish payroll: ..." opens a record */
    return b < n && !t[b].nl_before && t[b].kind == NER_K_WORD && word_in(text, &t[b], doc) &&
           !(b + 1 < n && t[b + 1].start == t[b].end &&
             (punct_is(text, &t[b + 1], '=') || punct_is(text, &t[b + 1], ':')) && b >= 2 &&
             !t[b - 1].nl_before &&
             (punct_is(text, &t[b - 2], '=') || punct_is(text, &t[b - 2], ':')));
}

/* Are [a, b) a firm's words of common words only ("National Insurance"),
 * no firm any list knows? */
static bool plain_firm(const struct guard__ner_tok *t, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (t[j].kind != NER_K_WORD || !(t[j].lex & NL_COMMON) || (t[j].lex & NL_ORGNAME) ||
            t[j].gaz_pos)
            return false;
    return true;
}

/* Is t[a]'s line a Markdown table's header: the next line a rule of
 * '|', '-' and ':' only ("|---|:--|")? */
static bool header_row(const char *text, const struct guard__ner_tok *t, size_t n, size_t a)
{
    size_t j = a + 1;

    /* a header's cell follows a '|' */
    if (a == 0 || !punct_is(text, &t[a - 1], '|'))
        return false;

    while (j < n && !t[j].nl_before)
        j++;
    if (j >= n || !punct_is(text, &t[j], '|'))
        return false;
    size_t k = j + 1;
    for (; k < n && !t[k].nl_before; k++)
        if (!(punct_is(text, &t[k], '|') || punct_is(text, &t[k], '-') ||
              punct_is(text, &t[k], ':')))
            return false;
    return k > j + 1;
}

/* Is t[e] a comma, colon or bracket (or, with `with`, "with", "con"...)
 * and t[e + 1] one of the identifier keys `ids`? */
static bool id_key_at(const char *text, const struct guard__ner_tok *t, size_t n, size_t e,
                      const char *const *ids, bool with)
{
    static const char *const withs[] = {"with", "con", "mit", "avec", "com", "ile", NULL};

    return e + 1 < n && !t[e].nl_before && !t[e + 1].nl_before &&
           (punct_is(text, &t[e], ',') || punct_is(text, &t[e], ':') ||
            punct_is(text, &t[e], '(') ||
            (with && t[e].kind == NER_K_WORD && word_in(text, &t[e], withs))) &&
           t[e + 1].kind == NER_K_WORD && word_in(text, &t[e + 1], ids);
}

/* Does a person's identifier follow [a, b) ("Encarnación Zabala, NIF
 * 59955778E", "Tucker Holcomb (SSN", "levan kjærgaard con nie")? A place
 * is seldom followed so. */
static bool id_after(const char *text, const struct guard__ner_tok *t, size_t n, size_t b)
{
    static const char *const ids[] = {
        "nif",  "nie",      "dni",          "ssn",           "sin",    "pesel",    "tckn",   "nino",
        "nric", "aadhaar",  "pan",          "tfn",           "itin",   "mbi",      "dob",    "born",
        "aged", "age",      "personnummer", "henkilötunnus", "hetu",   "cf",       "codice", "rrn",
        "npi",  "passport", "curp",         "cpf",           "social", "national", NULL};

    return id_key_at(text, t, n, b, ids, true);
}

/* The end of a firm whose identifier follows ("Camellia Cosmetics: ABN
 * 24 507 302 355", "Whimbrel Maritime, partita IVA ..."): [a, b) and up to
 * two capitalised words the span left out ("Camellia" of "Camellia
 * Cosmetics"), or 0. */
static size_t firm_id_after(const char *text, const struct guard__ner_tok *t, size_t n, size_t b)
{
    static const char *const ids[] = {"abn",
                                      "acn",
                                      "uen",
                                      "gstin",
                                      "vat",
                                      "iva",
                                      "p.iva",
                                      "partita",
                                      "cif",
                                      "siren",
                                      "siret",
                                      "kvk",
                                      "cnpj",
                                      "ein",
                                      "nip",
                                      "regon",
                                      "krs",
                                      "vkn",
                                      "y-tunnus",
                                      "ytunnus",
                                      "org.nr",
                                      "orgnr",
                                      "organisationsnummer",
                                      "ust-idnr",
                                      NULL};
    size_t e = b;

    while (e < n && e < b + 2 && !t[e].nl_before && t[e].kind == NER_K_WORD &&
           t[e].cap != NER_CAP_LOWER && !word_in(text, &t[e], ids))
        e++;
    return id_key_at(text, t, n, e, ids, false) ? e : 0;
}

/* Is the key after t[e] (firm_id_after()'s end) a number only firms have
 * ("Celonis, ACN 755 925 314"), where a VAT or tax number may be a sole
 * trader's? */
static bool firm_only_key(const char *text, const struct guard__ner_tok *t, size_t n, size_t e)
{
    static const char *const ids[] = {"acn",
                                      "cif",
                                      "siren",
                                      "siret",
                                      "kvk",
                                      "cnpj",
                                      "regon",
                                      "krs",
                                      "y-tunnus",
                                      "ytunnus",
                                      "org.nr",
                                      "orgnr",
                                      "organisationsnummer",
                                      NULL};

    return e + 1 < n && word_in(text, &t[e + 1], ids);
}

/* A dash between blanks: "—", "–" or "-". */
static bool spaced_dash(const char *text, const struct guard__ner_tok *t, size_t j)
{
    const char *p = text + t[j].start;
    size_t l = t[j].end - t[j].start;

    return t[j].kind == NER_K_PUNCT && t[j].start > t[j - 1].end && t[j + 1].start > t[j].end &&
           !t[j].nl_before && !t[j + 1].nl_before &&
           ((l == 1 && *p == '-') ||
            (l == 3 && memcmp(p, "\xe2\x80", 2) == 0 && (p[2] == '\x94' || p[2] == '\x93')));
}

/* A capitalised word the lexicon has as a name, a small town or a word of
 * another language, if as anything, and no part of any entry
 * ("Hendrikje", "Montalbán", "Valborg"). */
static bool unlisted_name(const struct guard__ner_tok *c)
{
    return c->kind == NER_K_WORD && c->cap == NER_CAP_TITLE && c->ncp >= 2 && !c->gaz_pos &&
           !(c->lex & ~(NL_FIRST | NL_LAST | NL_NAME | NL_CITY | NL_COMMON)) &&
           (!(c->lex & NL_COMMON) || c->foreign) &&
           !(c->flags & (NER_TF_DIGIT | NER_TF_HYPHEN | NER_TF_DOT | NER_TF_UNDERSCORE));
}

/* Are s[0, n) and w[0, n) the same bytes, ASCII letters of either case? */
static bool caseless_eq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k], d = (unsigned char)w[k];

        if (c != d && !((c | 0x20) == (d | 0x20) && (c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false;
    }
    return true;
}

/* Does the first e-mail address on the line within 80 bytes after [a, b)
 * have the last word of [a, b) in its local part, and the first word or
 * its initial at the local part's start ("valborg.forsmark@",
 * "vforsmark@", "sisa_ccahuana90@")? ASCII letters compared without
 * case. */
static bool mail_spells(const char *text, size_t len, const struct guard__ner_tok *t, size_t a,
                        size_t b)
{
    size_t e = t[b - 1].end, lim = e + 80 < len ? e + 80 : len, at = e;

    while (at < lim && text[at] != '@' && text[at] != '\n')
        at++;
    if (at >= lim || text[at] != '@')
        return false;
    size_t ls = at; /* the local part [ls, at) */
    while (ls > e && (is_alnum((unsigned char)text[ls - 1]) || text[ls - 1] == '.' ||
                      text[ls - 1] == '_' || text[ls - 1] == '-' || text[ls - 1] == '+'))
        ls--;
    size_t sl = t[b - 1].end - t[b - 1].start, fl = t[a].end - t[a].start;
    if (sl < 3 || at - ls < sl)
        return false;
    bool last = false;
    for (size_t k = ls; k + sl <= at && !last; k++)
        last = caseless_eq(text + k, text + t[b - 1].start, sl);
    return last && (caseless_eq(text + ls, text + t[a].start, 1) ||
                    (at - ls >= fl && caseless_eq(text + ls, text + t[a].start, fl)));
}

/* Is t[a] right after a label's colon whose key names no place or firm
 * ("Alta en la Seguridad Social: Encarnación Zabala"; not "City:")? */
static bool label_before(const char *text, const struct guard__ner_tok *t, size_t a)
{
    return a >= 2 && !t[a].nl_before && punct_is(text, &t[a - 1], ':') &&
           t[a - 2].kind == NER_K_WORD && t[a - 1].start == t[a - 2].end &&
           field_type(text, &t[a - 2], false) <= 0 && !(t[a - 2].lex & NL_PLACE);
}

/* "a Tunisian-born nurse": the bytes of the nationality before "-born" (a
 * word the lexicon has as one, hashed as the tokenizer hashes a word), or
 * 0. */
static size_t born_nrp(const struct guard__ner_model *m, const char *text, size_t len,
                       const struct guard__ner_tok *c)
{
    size_t n = c->end - c->start;

    if (c->kind != NER_K_WORD || !(c->flags & NER_TF_HYPHEN) || n < 8 ||
        !folded_eq(text + c->end - 5, "-born", 5))
        return 0;
    struct guard__ner_tok x = {.start = c->start, .end = c->end - 5};
    describe((const unsigned char *)text, len, &x, NER_K_WORD);
    return !(x.flags & NER_TF_HYPHEN) && (guard__ner_lex_get(m, x.h) & NL_NRP) ? n - 5 : 0;
}

/* "ul. Tkacka 47", "al. Jerozolimskie 12": a Polish street type
 * abbreviated before the street's name, one to three capitalised words,
 * then the house number. The end of the street from its first word t[a],
 * or 0. */
static size_t pl_street(const char *text, const struct guard__ner_tok *t, size_t n, size_t a)
{
    size_t e = a;

    if (!pl_abbrev(text, t, a))
        return 0;
    while (e < n && e < a + 3 && (e == a || !t[e].nl_before) && t[e].kind == NER_K_WORD &&
           !(t[e].flags & NER_TF_DIGIT) && t[e].cap == NER_CAP_TITLE)
        e++;
    if (e == a || e >= n || t[e].nl_before || t[e].kind != NER_K_NUM)
        return 0;
    return e + 1;
}

/* An entity at the candidate t[i] the model tagged O: its end, with its
 * type and score, or 0. A street of one word with its number, a
 * nationality before a person's noun, a known firm or one written head
 * word first, a name its neighbours name. */
static size_t left_out(const char *text, const struct guard__ner_work *w, size_t n, size_t i,
                       int *type, float *score)
{
    const struct guard__ner_tok *t = w->t;
    size_t e;

    *score = NER_TITLE_SCORE;
    if ((e = street_at(text, t, n, i)) ||
        (t[i].kind == NER_K_WORD && t[i].cap == NER_CAP_TITLE && (e = street_after(t, n, i + 1)))) {
        *type = 1;
        *score = NER_STREET_SCORE;
        return e;
    }
    if (nrp_before_noun(text, t, n, i)) {
        *type = 3;
        return i + 1;
    }
    if ((e = firm_left_out(text, t, n, i)) || (e = head_first(text, t, n, i)) ||
        (e = head_last(text, t, n, i)) || (e = of_body(text, t, n, i))) {
        *type = 2;
        return e;
    }
    /* an identity document's upper-case label opening the line, the name
     * after it on the line ("SURNAME MDLALOSE", "NAMES MINENHLE") */
    if (i > 0 && t[i - 1].nl_before && t[i].kind == NER_K_WORD && !t[i].nl_before &&
        t[i].cap == NER_CAP_UPPER && t[i - 1].cap == NER_CAP_UPPER && t[i - 1].kind == NER_K_WORD) {
        static const char *const doc_keys[] = {"surname",  "surnames", "names", "forenames",
                                               "forename", "name",     NULL};
        if (word_in(text, &t[i - 1], doc_keys)) {
            for (e = i; e < n && !t[e].nl_before && t[e].kind == NER_K_WORD &&
                        t[e].cap == NER_CAP_UPPER && !(t[e].flags & NER_TF_DIGIT);
                 e++)
                ;
            if (e == n || t[e].nl_before) {
                *type = 0;
                return e;
            }
        }
    }
    /* a transcript's speaker the model left out ("Ruiling: Right, ...") */
    if (speaker_at(text, t, n, i)) {
        *type = 0;
        return i + 1;
    }
    /* "do i need a new p45? - Murdo": a signature after a dash */
    if ((e = dash_signoff(text, t, n, i))) {
        *type = 0;
        return e;
    }
    /* "she now works at LinkedIn", "joined Slack": a platform or tool's
     * name where an employer goes is the firm's */
    if (t[i].kind == NER_K_WORD && t[i].cap == NER_CAP_TITLE && (t[i].lex & NL_TECH) &&
        employer_before(text, t, i)) {
        *type = 2;
        return i + 1;
    }
    /* "works for Ford": a name of the lists or none where an employer goes */
    if (t[i].kind == NER_K_WORD && t[i].cap == NER_CAP_TITLE &&
        (!(t[i].lex & NL_COMMON) || (t[i].lex & NL_ORGNAME)) && firm_slot(text, t, i, i + 1)) {
        *type = 2;
        return i + 1;
    }
    *type = 0;
    return name_by_neighbour(text, w, n, i) ? i + 1 : 0;
}

/* Tags one segment; span offsets are shifted by `base`. */
static int tag_segment(const struct guard__ner_model *m, struct guard__ner_work *w,
                       const char *text, size_t len, size_t base)
{
    size_t n = guard__ner_tokenize(text, len, w->t, w->cap);

    if (n > w->cap) {
        if (grow(w, n) < 0)
            return -1;
        n = guard__ner_tokenize(text, len, w->t, w->cap);
    }
    if (n == 0)
        return 0;
    uint32_t *fv = w->f, *ci = w->ci;
    struct marks tt = {.mk = w->mk, .cap = 3 * w->cap};
    size_t nc = annotate(m, text, w->t, n, ci, &tt), from = w->nsp;
    /* Emission scores of the candidates only (the others are O without a
     * score), in two passes: first every candidate's feature buckets,
     * prefetching each weight row as it is computed, then the sums. The
     * rows are scattered over megabytes; asking for all of them before
     * using any lets the loads overlap instead of queueing. */
    for (size_t c = 0; c < nc; c++) {
        size_t nf = features(w->t, n, ci[c], m->wbits, true, m->w, fv + 1);
        fv[0] = (uint32_t)nf;
        fv += nf + 1;
    }
    fv = w->f;
    for (size_t c = 0; c < nc; c++) {
        size_t nf = fv[0];

        row_sum(m->w, fv + 1, nf, w->em + (size_t)ci[c] * NER_NLAB);
        fv += nf + 1;
    }
    decode_runs(w, m->tr, ci, nc, n);

    /* Spans, from the candidates only: every other token is O. */
    for (size_t c = 0; c < nc;) {
        size_t i = ci[c];
        int y = w->lab[i];
        size_t nrp = born_nrp(m, text, len, &w->t[i]);
        if (nrp && (y == NER_O || i + 1 == n || w->lab[i + 1] == NER_O ||
                    guard__ner_is_begin(w->lab[i + 1]))) {
            struct guard__ner_span s = {w->t[i].start + (uint32_t)base,
                                        w->t[i].start + (uint32_t)(base + nrp), 3, NER_TITLE_SCORE};
            if (push_span(w, &s) < 0)
                return -1;
            c++;
            continue;
        }
        if (y == NER_O) {
            int ot;
            float score;
            size_t e = pl_street(text, w->t, n, i), a0 = e ? i - 2 : i;

            if (e) {
                ot = 1;
                score = NER_STREET_SCORE;
            } else
                e = left_out(text, w, n, i, &ot, &score);
            if (e) {
                struct guard__ner_span s = {w->t[a0].start + (uint32_t)base,
                                            w->t[e - 1].end + (uint32_t)base, (uint8_t)ot, score};

                if (push_span(w, &s) < 0)
                    return -1;
                c = next_cand(ci, nc, c, e);
                continue;
            }
            c++;
            continue;
        }
        int type = guard__ner_type(y);
        size_t a = i, b = i + 1;
        while (b < n && w->lab[b] != NER_O && !guard__ner_is_begin(w->lab[b]) &&
               guard__ner_type(w->lab[b]) == type)
            b++;
        /* "ul. Tkacka 47": the street whole, its type and number with it */
        size_t ple = type != 3 ? pl_street(text, w->t, n, a) : 0;
        if (ple >= b) {
            type = 1;
            a -= 2;
            b = ple;
        }
        /* "Sisa Ccahuana — 9007 Spindlewood Court": a dash between blanks
         * parts what it stands between; the rest is a span of its own */
        for (size_t j = a + 1; j + 1 < b; j++)
            if (spaced_dash(text, w->t, j)) {
                b = j;
                break;
            }
        /* "issued by utah. can you": a sentence's full stop ends a span (an
         * initial's or a title's may be inside: "J. Smith", "St. Kilda") */
        size_t cut = 0; /* the model's span went on to here: the rest is none */
        for (size_t j = a + 1; j + 1 < b; j++)
            if (punct_is(text, &w->t[j], '.') && w->t[j + 1].start > w->t[j].end &&
                w->t[j - 1].kind == NER_K_WORD && w->t[j - 1].ncp >= 3 &&
                !(w->t[j - 1].lex & NL_TITLE) && w->t[j - 1].cap != NER_CAP_UPPER) {
                /* the rest a span of its own when it opens with a capital
                 * ("Mariam. Sherif"), none when not ("utah. can you") */
                cut = w->t[j + 1].cap == NER_CAP_LOWER ? b : 0;
                b = j;
                break;
            }
        /* "for an MRI": a small function word opens no name in a line
         * with capitals ("van", "de", "al" may) */
        while (b > a + 1 && w->t[a].cap == NER_CAP_LOWER && w->t[a].line_case != LC_LOWER &&
               w->t[a].ncp <= 3 && word_in(text, &w->t[a], lead_words))
            a++;
        /* "Sr. Cho", "Dr. Mackintosh": the title before a person's name is
         * none of it (dev leaves "Dr." out) */
        if (type == 0 && b > a + 1 && (w->t[a].lex & NL_TITLE) && w->t[a].cap == NER_CAP_TITLE &&
            !(w->t[a].lex & NL_FIRST)) {
            size_t k = a + 1;
            bool dot = k < b && punct_is(text, &w->t[k], '.');
            if (dot)
                k++;
            /* "Dr." or a short title ("Mr", "Herr"); "Bayan Tabet" is a name */
            if (k < b && w->t[k].kind == NER_K_WORD && (dot || w->t[a].ncp <= 4)) {
                a = k;
                if (b == a + 1 && w->t[a].lex == NL_COMMON) { /* "Dr. Who is on tonight" */
                    c = next_cand(ci, nc, c, b);
                    continue;
                }
            }
        }
        /* "Refer Cecily Northcott to ...": a sentence's first word that is
         * a common word and nothing else, before a first name, is a verb */
        if (type == 0 && b > a + 2 && w->t[a].sent_start && w->t[a].lex == NL_COMMON &&
            !(a > 0 && punct_is(text, &w->t[a - 1], ':')) && w->t[a + 1].kind == NER_K_WORD &&
            (w->t[a + 1].lex & (NL_FIRST | NL_NAME)) && w->t[a + 1].cap == NER_CAP_TITLE)
            a++;
        /* a head word before a town's name is the firm's ("Klinikum Catia
         * La Mar", "Hôpital Cape Coral", "Banco Andino") */
        if (type == 2 && b == a + 1 && (w->t[a].lex & NL_ORGHEAD) && b < n && !w->t[b].nl_before &&
            w->t[b].start == w->t[a].end + 1 && guard__ner_type(w->lab[b]) == 1 &&
            guard__ner_is_begin(w->lab[b])) {
            b++;
            while (b < n && w->lab[b] != NER_O && !guard__ner_is_begin(w->lab[b]) &&
                   guard__ner_type(w->lab[b]) == 1)
                b++;
        }
        /* "Hospital das Clínicas": a head word that goes first, alone in
         * the model's span, and the words after it that the model left
         * out */
        if (type == 2 && b == a + 1 && (w->t[a].lex & NL_ORGHEAD)) {
            size_t hf = head_first(text, w->t, n, a);
            bool out = hf > b;

            for (size_t j = b; j < hf && out; j++)
                out = w->lab[j] == NER_O;
            if (out)
                b = hf;
        }
        /* "admitted to Sunnybrook", "Refer ... to Careggi": where a patient
         * is sent is a hospital, a name no list has as a place */
        if (type == 1 && b <= a + 2 && hospital_slot(text, w->t, a, b))
            type = 2;
        /* "SMS to Sadhbh:", "Write a short apology to Kristín": who a
         * message goes to is a person, a name no list has as a big place */
        if (type == 1 && b == a + 1 && (message_to(text, w->t, a) || self_intro(text, w->t, n, a)))
            type = 0;
        /* "licence ..., issued by Iowa": a state or country that is a
         * first name too, after "issued by" or "issued in", is the place */
        if (type == 0 && b == a + 1 && (w->t[a].lex & (NL_REGION | NL_COUNTRY)) && a >= 2 &&
            !w->t[a].nl_before && w->t[a - 1].kind == NER_K_WORD &&
            word_in(text, &w->t[a - 1], by_in) && w->t[a - 2].kind == NER_K_WORD &&
            word_in(text, &w->t[a - 2], issued))
            type = 1;
        /* "for the Ayodhya payroll", "the Donghae retreat": one word no
         * list has as a first name, between "the" and a common noun, names
         * a place's thing ("the Smith family" stays the person's) */
        if (type == 0 && b == a + 1 && attributive_place(text, w->t, n, a))
            type = 1;
        /* "the ZIP for Elko, Delaware": one word the model took for a name
         * before a comma and a state or country is the town */
        if (type == 0 && b == a + 1 && b + 1 < n && !w->t[b + 1].nl_before &&
            punct_is(text, &w->t[b], ',') && w->t[b].start == w->t[a].end &&
            w->t[b + 1].kind == NER_K_WORD && w->t[b + 1].cap == w->t[a].cap &&
            (w->t[b + 1].lex & (NL_REGION | NL_COUNTRY)) &&
            !(w->t[b + 1].lex & (NL_FIRST | NL_LAST)))
            type = 1;
        /* "Royal Brompton Hospital": a name the model took for a person's
         * before a body's head word is the body's; two words before any
         * head word that is no name or place ("Karoo Bloom Nurseries") */
        if (type == 0 && b < n && !w->t[b].nl_before && w->t[b].kind == NER_K_WORD &&
            w->t[b].cap == NER_CAP_TITLE && w->t[b].start == w->t[b - 1].end + 1 &&
            (w->t[b].lex & NL_ORGHEAD) &&
            (word_in(text, &w->t[b], bodies) ||
             (b >= a + 2 && !(w->t[b].lex & (NL_FIRST | NL_LAST | NL_PLACE)))) &&
            !(b + 1 < n && w->t[b + 1].kind == NER_K_WORD && w->t[b + 1].cap == NER_CAP_LOWER &&
              word_in(text, &w->t[b + 1], of_particles))) { /* "Royal Bank of Canada" */
            b++;
            type = 2;
        }
        /* "Leeds City Council": a place the model saw, ending in a public
         * body's head word, is the body */
        if (type == 1 && b > a + 1 && (w->t[b - 1].lex & NL_ORGHEAD) &&
            word_in(text, &w->t[b - 1], bodies))
            type = 2;
        /* "the cardiologist, Professor Gebremariam,": a title before a
         * name the model took for a place or a firm makes it a person's,
         * the title left out */
        if ((type == 1 || type == 2) && b > a + 1 && b <= a + 3 && (w->t[a].lex & NL_TITLE) &&
            w->t[a].cap == NER_CAP_TITLE && !(w->t[a].lex & (NL_ORGHEAD | NL_STREET | NL_PLACE)) &&
            !(w->t[b - 1].lex & (NL_ORGHEAD | NL_LEGAL | NL_STREET | NL_PLACE | NL_ORGNAME))) {
            type = 0;
            a++;
        }
        /* "Trinity College Dublin": a school's town after its head word is
         * its name's */
        if (type == 2 && b < n && w->lab[b] != NER_O && guard__ner_type(w->lab[b]) == 1 &&
            guard__ner_is_begin(w->lab[b]) && !w->t[b].nl_before &&
            w->t[b].start == w->t[b - 1].end + 1 && w->t[b].cap == w->t[b - 1].cap &&
            word_in(text, &w->t[b - 1], school_heads) &&
            (b + 1 == n || w->lab[b + 1] == NER_O || guard__ner_is_begin(w->lab[b + 1])))
            b++;
        /* "Universidad de Guadalajara", "University of Agder": a school's
         * or another language's head word, a particle, a place: one name
         * ("Riverbend Dental de Meriden" is the firm in its town) */
        if (type == 2 && b + 1 < n && (w->t[b - 1].lex & NL_ORGHEAD) &&
            (w->t[b - 1].foreign || word_in(text, &w->t[b - 1], school_heads)) &&
            w->lab[b] == NER_O && w->lab[b + 1] != NER_O && guard__ner_type(w->lab[b + 1]) == 1 &&
            guard__ner_is_begin(w->lab[b + 1]) && !w->t[b].nl_before && !w->t[b + 1].nl_before &&
            w->t[b].kind == NER_K_WORD && word_in(text, &w->t[b], of_particles)) {
            b += 2;
            while (b < n && w->lab[b] != NER_O && !guard__ner_is_begin(w->lab[b]) &&
                   guard__ner_type(w->lab[b]) == 1)
                b++;
        }
        /* "South African", "Sri Lankan": a nationality of two words the
         * lexicon lists is the NRP, whole, no place or person (the model
         * may take its second word alone for the nationality) */
        if (type <= 1 || type == 3) {
            size_t s0 = type == 3 && a > 0 && w->t[a].gaz_pos == 2 && !w->t[a].nl_before &&
                                w->t[a - 1].gaz_pos == 1 && (w->t[a - 1].gaz_lex & NL_NRP)
                            ? a - 1
                            : a;
            if (w->t[s0].gaz_pos == 1 && (w->t[s0].gaz_lex & NL_NRP)) {
                size_t e = s0 + 1;
                while (e < n && w->t[e].gaz_pos == 2)
                    e++;
                if (e == b || (type == 3 && e > b)) {
                    type = 3;
                    b = e;
                    if (s0 < a) {
                        a = s0;
                        drop_spans_from(w, from, w->t[a].start + (uint32_t)base);
                    }
                }
            }
        }
        /* a card network alone; a compound of common words alone
         * (common_compound(): "Korean-language" in a span the model began
         * at the sentence's verb) */
        if (b == a + 1 && type != 3 && w->t[a].kind == NER_K_WORD &&
            (word_in(text, &w->t[a], card_brands) ||
             ((w->t[a].flags & NER_TF_HYPHEN) && w->t[a].lex == NL_COMMON &&
              w->t[a].cap == NER_CAP_TITLE))) {
            c = next_cand(ci, nc, c, b);
            continue;
        }
        /* a known firm the model took for a person or a place ("Siemens",
         * "Tata" of "Tata Consultancy Services"): the lexicon's entry, when
         * the span is that entry or its first word alone; `firm` is the end
         * of a firm a rule made, whose score is the rules' */
        size_t firm = type == 0 || type == 1 ? known_firm(w->t, n, a, b, type) : 0;
        if (firm) {
            type = 2;
            b = firm;
        } else if (type == 2 &&
                   (named_after(w->t, a, b) || possessive_person(m, text, w->t, n, a, b)))
            type = 0;
        else if ((type == 0 || (type == 1 && !(w->t[b - 1].lex & NL_STREET))) && b > a + 1 &&
                 (w->t[a].lex & NL_ORGHEAD) && !(w->t[a].lex & (NL_FIRST | NL_LAST | NL_NAME)) &&
                 (!(w->t[a].lex & NL_COMMON) || w->t[a].foreign))
            type = 2; /* "Librairie Marchand", "Banco Andino", "Université Grenoble
                       * Alpes": a head word first */
        /* "Hôtel des Voyageurs": a head word of another language and a
         * particle before the model's span */
        {
            size_t h = a >= 2 && w->t[a - 1].cap == NER_CAP_LOWER && w->t[a - 1].ncp <= 5 &&
                               w->t[a - 1].start == w->t[a - 2].end + 1 && !w->t[a - 1].nl_before &&
                               !w->t[a].nl_before
                           ? a - 2
                           : SIZE_MAX;
            if (type <= 2 && !firm && h != SIZE_MAX && head_first(text, w->t, n, h) == b) {
                a = h;
                type = 2;
                drop_spans_from(w, from, w->t[a].start + (uint32_t)base);
            }
        }
        /* "Rumah Sakit Harapan Bunda": a head word of two, the model's span
         * from either */
        if (type <= 2 && !firm && a > 0 && w->t[a].gaz_pos == 2 && w->t[a - 1].gaz_pos == 1 &&
            (w->t[a - 1].gaz_lex & NL_ORGHEAD) && !w->t[a].nl_before && b > a + 1) {
            a--;
            type = 2;
            /* the model's span of the first word alone goes */
            drop_spans_from(w, from, w->t[a].start + (uint32_t)base);
        } else if (type <= 2 && !firm && w->t[a].gaz_pos == 1 && (w->t[a].gaz_lex & NL_ORGHEAD) &&
                   b > a + 2 && w->t[a + 1].gaz_pos == 2)
            type = 2;
        /* "Nordlys Energi AS": the Norwegian legal form, in capitals (the
         * lexicon folds case, and "as" is a word) */
        if (b < n && !w->t[b].nl_before && w->t[b].start == w->t[b - 1].end + 1 &&
            w->t[b].kind == NER_K_WORD && w->t[b].ncp == 2 && text[w->t[b].start] == 'A' &&
            text[w->t[b].start + 1] == 'S' && w->t[b].line_case != LC_UPPER &&
            (b + 1 >= n || w->t[b + 1].kind != NER_K_WORD || w->t[b + 1].nl_before)) {
            type = 2;
            b++;
            firm = b;
        }
        size_t inst = type == 1 ? place_institution(text, w->t, n, a, b) : 0;
        if (inst) {
            type = 2;
            b = inst;
            firm = inst;
        }
        c = next_cand(ci, nc, c, cut > b ? cut : b);
        /* Margin of the span over "not an entity", for the score. */
        double margin = 0;
        for (size_t j = a; j < b; j++) {
            const int32_t *e = w->em + j * NER_NLAB;
            margin += (double)(e[w->lab[j]] - e[NER_O]);
        }
        margin = margin * m->scale / (double)(b - a);
        while (a < b && edge_junk(text, &w->t[a]))
            a++;
        while (b > a && edge_junk(text, &w->t[b - 1]) &&
               !(type == 2 && text[w->t[b - 1].start] == '.'))
            b--;
        if (type == 2 && place_pair(text, w->t, a, b)) {
            for (size_t j = a; j < b; j++) {
                if (w->t[j].ncp == 3 && folded_eq(text + w->t[j].start, "and", 3))
                    continue;
                struct guard__ner_span loc = {w->t[j].start + (uint32_t)base,
                                              w->t[j].end + (uint32_t)base, 1, NER_TITLE_SCORE};
                if (push_span(w, &loc) < 0)
                    return -1;
            }
            continue;
        }
        if (a == b || (type == 3 && b == a + 1 && language_slot(text, w->t, n, a, 0)) ||
            (type == 2 && common_pair(text, w->t, a, b)) ||
            (type == 1 && b == a + 1 && no_place(text, w->t, a)))
            continue;
        /* "the Kmieć family", "Madalena: not yet.", "my friend Ngozi": a
         * person's, whatever the model says */
        bool person = type <= 2 && person_slot(text, w->t, n, a, b);
        if (person)
            type = 0;
        /* a number alone is no place ("3, 4005 Stavanger": the postcode),
         * nor a common word after "a" ("planning a surprise party") */
        if (type == 1 && b == a + 1 &&
            (w->t[a].kind == NER_K_NUM ||
             ((w->t[a].lex & NL_COMMON) && !w->t[a].foreign && w->t[a].cap == NER_CAP_LOWER &&
              a > 0 && w->t[a - 1].kind == NER_K_WORD && word_in(text, &w->t[a - 1], indefinite))))
            continue;
        /* "a 502 Bad Gateway error": no house number after "a" (German "an
         * 835 Longmeadow Grove" has its street type) */
        if (type == 1 && w->t[a].kind == NER_K_NUM && a > 0 && w->t[a - 1].kind == NER_K_WORD &&
            word_in(text, &w->t[a - 1], indefinite) && !(w->t[b - 1].lex & NL_STREET))
            continue;
        /* "Anouk and Quirin", "Bohdan, Gergő and Vegard": first names the
         * model joined into a firm */
        if (type == 2 && name_list(text, w->t, a, b)) {
            for (size_t j = a; j < b; j += 2) {
                struct guard__ner_span ps = {w->t[j].start + (uint32_t)base,
                                             w->t[j].end + (uint32_t)base, 0, NER_TITLE_SCORE};
                if (push_span(w, &ps) < 0)
                    return -1;
            }
            continue;
        }
        /* "from Bartosz Zamora to": a first name no list has as a place and
         * a surname, though a town's too, are the person */
        if (type == 1 && b == a + 2 && first_only(&w->t[a]) &&
            (w->t[a + 1].lex & (NL_LAST | NL_NAME)) && w->t[a + 1].kind == NER_K_WORD &&
            !(w->t[a + 1].lex & (NL_STREET | NL_ORGHEAD | NL_COUNTRY)) &&
            !street_context(text, w->t, a))
            type = 0;
        /* "Rodel Bautista", "Jericho Soriano": a name (a small town's
         * too, or a word of another language), then a name or a word no
         * list has, neither a big place's, no entry of the lists together,
         * nothing near that says place ("at Ang Mo Kio") but a label's
         * colon that names no place ("Record of Employment: Encarnación
         * Núñez") */
        if (type == 1 && b >= a + 2 && b <= a + 3 && !w->t[a].gaz_pos &&
            (w->t[a].lex & (NL_FIRST | NL_NAME)) &&
            !(w->t[a].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_STREET | NL_ORGHEAD)) &&
            ((w->t[a].lex & NL_FIRST) || !(w->t[a].lex & NL_COMMON) || w->t[a].foreign) &&
            ((w->t[b - 1].lex & (NL_LAST | NL_NAME)) ||
             (!w->t[b - 1].lex && w->t[b - 1].cap == NER_CAP_TITLE)) &&
            !(w->t[b - 1].lex & (NL_BIGCITY | NL_COUNTRY | NL_STREET | NL_ORGHEAD)) &&
            !word_in(text, &w->t[a], place_prefixes) && !street_context(text, w->t, a) &&
            (label_before(text, w->t, a) || !place_cue(text, w, n, a, b)))
            type = 0;
        /* "Ascensión Montalbán", "Hendrikje Bakhuizen": two capitalised
         * words no list has but as names, if as anything, where nothing
         * near says place, are a name; so are they when an e-mail address
         * after them spells them ("Valborg Forsmark,
         * valborg.forsmark@..."), whatever is near */
        if (type == 1 && b == a + 2 && unlisted_name(&w->t[a]) && unlisted_name(&w->t[a + 1]) &&
            !street_context(text, w->t, a) &&
            (mail_spells(text, len, w->t, a, b) ||
             (!word_in(text, &w->t[a], place_prefixes) &&
              (label_before(text, w->t, a) || !place_cue_of(text, w, n, a, b, true)))))
            type = 0;
        /* "Jandira Portela is Shintoist": what is a faith or a nation's is
         * a person */
        if (type == 1 && b >= a + 2 && b <= a + 3 && b + 1 < n && !w->t[b].nl_before &&
            w->t[b].kind == NER_K_WORD && w->t[b].ncp <= 3 && word_in(text, &w->t[b], is_was) &&
            w->t[b + 1].kind == NER_K_WORD && (w->t[b + 1].lex & NL_NRP) &&
            !(w->t[a].lex & NL_COUNTRY) && !w->t[a].gaz_pos &&
            !(w->t[b - 1].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION)))
            type = 0;
        /* "Sbanken", "Ålandsbanken", "säästöpankki": a bank's name of one
         * word */
        if (type <= 1 && b == a + 1 && !person && bank_word(text, &w->t[a]))
            type = 2;
        /* "Wangari Ndungu or Libuše Bartók": a name joined by "or" or "and"
         * to a person's */
        if (type == 1 && b <= a + 3 && !person && coordinated_person(text, w, n, a, b))
            type = 0;
        /* "Head of Procurement, Bigbasket": a signature's firm */
        if (type <= 1 && b <= a + 3 && !person && title_line_firm(text, w->t, n, a, b))
            type = 2;
        /* "Is it safe? - Maialen Souto": a signature after a dash */
        if (type <= 2 && !person && dash_signoff(text, w->t, n, a) == b)
            type = 0;
        /* "a flat in Changi": a word no list has as a first name, alone,
         * after "in" or "near", is a place the model took for a name */
        if (type == 0 && b == a + 1 && a > 0 && !person && !w->t[a].nl_before &&
            w->t[a].kind == NER_K_WORD && w->t[a].cap == NER_CAP_TITLE &&
            !(w->t[a].lex & (NL_FIRST | NL_ORGNAME)) && w->t[a - 1].kind == NER_K_WORD &&
            word_in(text, &w->t[a - 1], in_near) &&
            !(b < n && w->t[b].kind == NER_K_PUNCT && text[w->t[b].start] == '\''))
            type = 1;
        /* "Transfer to the Yongin branch": a place's name before a
         * branch or office, not a person's */
        if (type == 0 && b <= a + 2 && a > 0 && !person && branch_of(text, w->t, n, a, b))
            type = 1;
        /* "Camellia Cosmetics: ABN ...": a firm's identifier follows */
        size_t fe = type <= 1 && b <= a + 3 ? firm_id_after(text, w->t, n, b) : 0;
        if (fe == b && (w->t[a].lex & (NL_COUNTRY | NL_BIGCITY)))
            fe = 0; /* "Madrid, VAT ...": a place alone stays one */
        /* a person's name may come before a tax number too ("Leelou
         * Rogahn, EIN: ..."): a person's span only when the firm's words
         * run on past it */
        if (fe && (type == 1 || fe > b || firm_only_key(text, w->t, n, fe))) {
            type = 2;
            b = fe;
        }
        /* the full stop of an abbreviation ("U.S. passport") */
        size_t dot_after =
            b < n && w->t[b].start == w->t[b - 1].end && punct_is(text, &w->t[b], '.');
        /* "[US] passport", "UK phone": a country's abbreviation that
         * qualifies a document; "National Insurance CB915420B": an
         * institution in an identifier's name */
        if ((type == 1 && b == a + 1 &&
             ((w->t[a].lex & NL_COUNTRY) || (w->t[a].flags & NER_TF_DOT)) &&
             w->t[a].cap == NER_CAP_UPPER &&
             w->t[a].ncp <= 4 && /* "US", "U.S", not "Singapore visa" */
             (doc_after(text, w->t, n, b + dot_after) ||
              (b + dot_after < n && w->t[b + dot_after].kind == NER_K_WORD &&
               word_in(text, &w->t[b + dot_after], passport_words)))) ||
            (type == 2 && b < n && !w->t[b].nl_before && w->t[b].kind == NER_K_WORD &&
             (w->t[b].flags & NER_TF_DIGIT) && plain_firm(w->t, a, b)) ||
            /* "National Insurance LY 26 23 58 A": the identifier's letters,
             * spaced, inside the span or after it */
            (type == 2 && b < n && !w->t[b].nl_before &&
             ((b > a + 1 && w->t[b - 1].cap == NER_CAP_UPPER && w->t[b - 1].ncp <= 2 &&
               w->t[b].kind == NER_K_NUM && plain_firm(w->t, a, b - 1)) ||
              (b + 1 < n && w->t[b].kind == NER_K_WORD && w->t[b].cap == NER_CAP_UPPER &&
               w->t[b].ncp <= 2 && w->t[b + 1].kind == NER_K_NUM && !w->t[b + 1].nl_before &&
               plain_firm(w->t, a, b)))))
            continue;
        /* a nationality that qualifies a document, not a person
         * ("the Turkish ID 89201461506", "a Finnish ID number", "Verify
         * Indian passport ...") */
        if (type == 3 &&
            (doc_after(text, w->t, n, b) || (b == a + 1 && passport_qualifier(text, w->t, n, a))))
            continue;
        /* a delimited table's cell under a header that names its kind
         * ("name,email,phone,city"); a person's column may hold a firm */
        if (type <= 2) {
            int ct = column_type(text, len, w->t[a].start, w->t[b - 1].end);

            /* a person's column may hold a firm, and a firm's (a
             * "provider") a person */
            if (ct >= 0 && ct != type && !(ct == 0 && type == 2) && !(ct == 2 && type == 0))
                type = ct;
        }
        /* a Markdown table's header row ("| Name | City | Company |" over
         * "|---|---|") names columns, not entities */
        if (header_row(text, w->t, n, a))
            continue;
        /* "Nha Trang": a big city's name of two words or more, though a
         * name too, is the city where nothing says person */
        if (type == 0 && w->t[a].gaz_pos == 1 && (w->t[a].gaz_lex & NL_BIGCITY) &&
            !(w->t[a].gaz_lex & NL_ORGNAME) && (b == n || w->t[b].gaz_pos != 2) &&
            w->t[b - 1].gaz_pos == 2 && !person)
            type = 1;
        /* "I've", an XML element's name: no entity */
        if (b == a + 1 && (i_contraction(text, &w->t[a]) || xml_name(text, len, &w->t[a])))
            continue;
        /* a label's word before its colon ("Adres: ...") or a code word
         * alone ("CALLED ABOUT IBAN SE20 ..."): no entity */
        if (b == a + 1 && w->t[a].kind == NER_K_WORD &&
            !(w->t[a].lex & (NL_FIRST | NL_LAST | NL_PLACE | NL_ORGNAME | NL_NRP)) &&
            (((w->t[a].lex & NL_COMMON) && b < n && w->t[b].start == w->t[a].end &&
              punct_is(text, &w->t[b], ':') && b + 1 < n && !w->t[b + 1].nl_before) ||
             ((w->t[a].lex & NL_TECH) && !(w->t[a].lex & NL_NAME) &&
              !(type == 2 && employer_before(text, w->t, a)))))
            continue;
        /* "ACRA update: director ...", "payout failed: iban ...", "Dane
         * pracownika:": a word opening its line before one or two small
         * words and a colon heads a note */
        if (type == 0 && b == a + 1 && (a == 0 || w->t[a].nl_before) &&
            (!(w->t[a].lex & (NL_FIRST | NL_LAST)) || (w->t[a].lex & NL_COMMON))) {
            size_t k = b; /* one or two small words ("Alta de empleado:") */
            while (k < n && k < b + 2 && !w->t[k].nl_before && w->t[k].kind == NER_K_WORD &&
                   w->t[k].cap == NER_CAP_LOWER)
                k++;
            if (k > b && k < n && punct_is(text, &w->t[k], ':') && w->t[k].start == w->t[k - 1].end)
                continue;
        }
        /* "Yang Eun-seo, NINO HG 03 02 59 B": an identifier's acronym of the
         * lexicon's code words, in capitals in a line with small letters,
         * though a name too ("Nino") */
        if (type == 0 && b == a + 1 && w->t[a].cap == NER_CAP_UPPER && (w->t[a].lex & NL_TECH) &&
            w->t[a].line_case != LC_UPPER)
            continue;
        /* a firm's head word alone ("for the bank?"), an acronym taken
         * for a name in a line with small letters ("CRA says") */
        if (b == a + 1 && w->t[a].kind == NER_K_WORD &&
            ((type == 2 && (w->t[a].lex & NL_ORGHEAD) &&
              !(w->t[a].lex & (NL_ORGNAME | NL_BIGCITY | NL_COUNTRY | NL_FIRST | NL_LAST)) &&
              !w->t[a].gaz_pos) ||
             (type == 0 && w->t[a].cap == NER_CAP_UPPER && w->t[a].ncp <= 4 &&
              w->t[a].line_case != LC_UPPER && !(w->t[a].lex & (NL_FIRST | NL_LAST | NL_NAME)))))
            continue;
        /* "Alta en la Seguridad Social:": words no list has as a place,
         * common words all (the first, opening the sentence, a first
         * name too), are no place */
        if (type == 1 && b >= a + 2) {
            bool plain = true;

            for (size_t j = a; j < b && plain; j++) {
                uint32_t ent =
                    w->t[j].lex & NL_ENTITY & ~(j == a && w->t[j].sent_start ? NL_FIRST : 0);
                plain = w->t[j].kind == NER_K_WORD && (w->t[j].lex & NL_COMMON) && !ent &&
                        !w->t[j].gaz_pos;
            }
            if (plain)
                continue;
        }
        /* "Encarnación Zabala, NIF 59955778E": two or three capitalised
         * words ending in a surname, then a person's identifier */
        if (type == 1 && b >= a + 2 && b <= a + 3 &&
            ((w->t[b - 1].lex & (NL_LAST | NL_NAME)) || !w->t[b - 1].lex) &&
            id_after(text, w->t, n, b)) {
            bool names = true;

            for (size_t j = a; j < b; j++)
                names &= w->t[j].kind == NER_K_WORD &&
                         (w->t[j].cap != NER_CAP_LOWER || w->t[j].line_case == LC_LOWER) &&
                         !(w->t[j].lex & (NL_BIGCITY | NL_COUNTRY | NL_REGION | NL_STREET |
                                          NL_ORGHEAD | NL_NRP | NL_TECH | NL_MONTH));
            if (names)
                type = 0;
        }
        /* a first name no list has as a place, alone, that the model took
         * for one ("Giorgos", "Saoirse"); not a surname ("registered office
         * at Clementi"), nor a street's name */
        if (type == 1 && b == a + 1 && w->t[a].kind == NER_K_WORD && (w->t[a].lex & NL_FIRST) &&
            !(w->t[a].lex & (NL_PLACE | NL_STREET | NL_ORGHEAD | NL_COMMON)) && !w->t[a].gaz_pos &&
            !street_context(text, w->t, a) && !branch_of(text, w->t, n, a, b) &&
            !(a > 0 && w->t[a - 1].kind == NER_K_WORD && word_in(text, &w->t[a - 1], in_near) &&
              !(b < n && w->t[b].kind == NER_K_PUNCT && text[w->t[b].start] == '\'')) &&
            !(b < n && !w->t[b].nl_before && w->t[b].kind == NER_K_NUM))
            type = 0;
        /* a word no list has, which the model took for a place with
         * nothing near it that says so: a name ("Torbjørn is out sick",
         * "collect her, Rizky or me?") */
        if (type == 1 && b == a + 1 && w->t[a].kind == NER_K_WORD && !w->t[a].lex &&
            !w->t[a].gaz_pos && w->t[a].cap == NER_CAP_TITLE && w->t[a].ncp >= 3 &&
            !(w->t[a].flags & (NER_TF_DIGIT | NER_TF_HYPHEN | NER_TF_DOT | NER_TF_UNDERSCORE)) &&
            !place_cue(text, w, n, a, b))
            type = 0;
        /* a nationality the model took for a place ("Our Japanese exchange
         * student") */
        if (type == 1 && b == a + 1 && (w->t[a].lex & NL_NRP)) {
            /* "in plain English" (English, Indiana); not a country,
             * "lives abroad in Montenegro" */
            if (!(w->t[a].lex & (NL_COUNTRY | NL_BIGCITY | NL_REGION)) &&
                language_slot(text, w->t, n, a, 0))
                continue;
            if (!(w->t[a].lex & NL_PLACE))
                type = 3;
        }
        /* a firm the model took for a place: its head word last ("the Zenith
         * Bank store"), or a known firm first ("Volvo Cars") */
        if (type == 1 && b >= a + 2 && !(w->t[a].gaz_pos == 1 && (w->t[a].gaz_lex & NL_PLACE)) &&
            (((w->t[b - 1].lex & NL_ORGHEAD) && !(w->t[b - 1].lex & (NL_STREET | NL_PLACE))) ||
             school_inside(text, w->t, a, b) ||
             ((w->t[a].lex & NL_ORGNAME) &&
              !(w->t[a].lex & (NL_PLACE | NL_FIRST | NL_LAST | NL_NAME)))))
            type = 2;
        /* "changed employer to Keppel": a firm's place in the sentence */
        if ((type == 0 || type == 1) && b <= a + 3 && firm_slot(text, w->t, a, b))
            type = 2;
        /* in lower case, a word no list has taken for a place with nothing
         * near that says place ("lexer.c (toolchain 12.4)"): the model's
         * default for what it does not know */
        if (type == 1 && b == a + 1 && w->t[a].kind == NER_K_WORD && w->t[a].cap == NER_CAP_LOWER &&
            w->t[a].line_case == LC_LOWER && !w->t[a].lex && !w->t[a].gaz_pos &&
            !place_cue(text, w, n, a, b))
            continue;
        /* "Head of Legal", "Director of Finance": a job, not a firm */
        if (b <= a + 4 && (department(text, w->t, a, b) ||
                           (a >= 2 && !w->t[a].nl_before && !w->t[a - 1].nl_before &&
                            department(text, w->t, a - 2, b))))
            continue;
        /* "Virág utca 7": the name, a street type and a number */
        size_t se = type <= 2 && b <= a + 2 ? street_after(w->t, n, b) : 0;
        if (se) {
            type = 1;
            b = se;
            c = next_cand(ci, nc, c, b); /* the type and number are the span's */
        }
        /* "Ennis airport", "sligo railway station": a town the model took
         * for a firm before a lower-case word for a place of travel */
        if (type == 2 && transit_after(text, w->t, n, a, b))
            type = 1;
        /* a form's key is no entity ("- City: Kuopio"), nor a line's first
         * word before a colon and a number ("Ward: 7B", "Bed: 4") */
        if (b == a + 1 && b < n && w->t[b].start == w->t[a].end && punct_is(text, &w->t[b], ':') &&
            (field_type(text, &w->t[a], false) >= 0 ||
             ((a == 0 || w->t[a].nl_before) && b + 1 < n && !w->t[b + 1].nl_before &&
              (unsigned char)(text[w->t[b + 1].start] - '0') < 10)))
            continue;
        /* "Elif Yıldız ile Konya": a lower-case common word that is no
         * name's particle ends a name in a line with capitals; a place
         * after it is one */
        if (type == 0) {
            for (size_t j = a + 1; j + 1 < b; j++) {
                const struct guard__ner_tok *x = &w->t[j];
                if (x->kind != NER_K_WORD || x->cap != NER_CAP_LOWER || x->line_case == LC_LOWER ||
                    !(x->lex & NL_COMMON) || word_in(text, x, name_particles))
                    continue;
                if (j + 2 == b && (w->t[j + 1].lex & NL_PLACE)) {
                    struct guard__ner_span loc = {w->t[j + 1].start + (uint32_t)base,
                                                  w->t[j + 1].end + (uint32_t)base, 1,
                                                  NER_TITLE_SCORE};
                    if (push_span(w, &loc) < 0)
                        return -1;
                }
                b = j;
                break;
            }
        }
        /* "Victoria Day": a holiday; "Gil Joonnam Victoria Day": the name
         * before it */
        if (type <= 1 && b - a >= 1) {
            size_t e = holiday_day(text, w->t, n, b)       ? b - 1
                       : holiday_day(text, w->t, n, b - 1) ? b - 2
                                                           : b;
            if (e <= a)
                continue;
            b = e;
        }
        struct guard__ner_span s = {w->t[a].start, w->t[b - 1].end, (uint8_t)type, 0};
        /* "59 rue Moulin", "2978 avenue de la Lemaire": the street type
         * and the number before a name are the address's; "Apt 4, 1484
         * Maple Avenue": so is the flat (a street: a number or a street
         * type in the span, not a town) */
        if (type == 1) {
            size_t sa = street_before(text, w->t, a);

            if (street_span(w->t, sa, b))
                s.start = w->t[unit_before(text, w->t, sa)].start;
        }
        /* "coastal plumbing pty ltd": a legal form alone takes the name
         * before it */
        if (type == 2) {
            size_t na = firm_before(text, w->t, a, b);

            if (na < a) {
                s.start = w->t[na].start;
                /* a span of the model's among those words is the firm's */
                drop_spans_from(w, from, s.start + (uint32_t)base);
            }
        }
        /* "Fernhill Freight Co." and "Rossi S.r.l.": the abbreviation's full
         * stop belongs to the name. */
        if (type == 2 && b < n && w->t[b].start == s.end && text[s.end] == '.' &&
            w->t[b - 1].kind == NER_K_WORD && w->t[b - 1].ncp <= 5 &&
            ((w->t[b - 1].lex & NL_LEGAL) || (w->t[b - 1].flags & NER_TF_DOT)))
            s.end++;
        /* The score maps the mean margin per token over O into 0.4..0.9
         * (Presidio's spaCy recognizer says 0.85 for everything). Spans
         * below NER_MIN_SCORE are dropped: on the held-out set they are
         * wrong more often than right. */
        s.score = person || firm ? NER_TITLE_SCORE : (float)(0.4 + 0.5 / (1.0 + exp(-margin)));
        if (s.score < NER_MIN_SCORE)
            continue;
        s.start += (uint32_t)base;
        s.end += (uint32_t)base;
        /* "Samuel Gil Barrios di Dasha": the customer from Dasha */
        size_t k = type == 0 ? from_place(text, w->t, a, b) : 0;
        if (k) {
            struct guard__ner_span loc = {w->t[k + 1].start + (uint32_t)base, s.end, 1, s.score};

            s.end = w->t[k - 1].end + (uint32_t)base;
            if (push_span(w, &loc) < 0)
                return -1;
        }
        size_t oe, ls;
        if (type == 2 && org_place(text, w->t, a, b, &oe, &ls)) {
            struct guard__ner_span loc = {w->t[ls].start + (uint32_t)base, s.end, 1, s.score};

            if (push_span(w, &loc) < 0)
                return -1;
            if (oe == a)
                continue;
            s.end = w->t[oe - 1].end + (uint32_t)base;
        }
        if (push_span(w, &s) < 0)
            return -1;
    }
    if ((tt.n1 || tt.n2) && span_rules(w, text, n, base, from, &tt) < 0)
        return -1;
    if (has_code_after_comma(text, len) && state_codes(w, text, n, base, from) < 0)
        return -1;
    if (tt.lower_line && lower_firms(w, text, n, base, from) < 0)
        return -1;
    if (w->nsp > from + 1) {
        sort_spans(w->sp + from, w->nsp - from);
        join_names(w, text, base, from);
    }
    if (w->nsp > from && name_echo(w, n, ci, nc, base, from) < 0)
        return -1;
    return 0;
}

int guard__ner_tag(const struct guard__ner_model *m, struct guard__ner_work *w, const char *text,
                   size_t len)
{
    /* Long inputs go in segments cut at a line break (else a space), so the
     * working memory stays bounded (~100 bytes a token) whatever the size. */
    size_t a = 0;

    w->nsp = 0;
    while (a < len) {
        size_t b = len;
        if (len - a > NER_SEGMENT) {
            size_t lo = a + NER_SEGMENT / 2, cut = 0;
            for (size_t i = a + NER_SEGMENT; i > lo && !cut; i--)
                if (text[i - 1] == '\n')
                    cut = i;
            for (size_t i = a + NER_SEGMENT; i > lo && !cut; i--)
                if (text[i - 1] == ' ')
                    cut = i;
            b = cut ? cut : a + NER_SEGMENT;
            while (b > a + 1 && ((unsigned char)text[b] & 0xc0) == 0x80)
                b--; /* never inside a UTF-8 sequence */
        }
        if (tag_segment(m, w, text + a, b - a, a) < 0)
            return -1;
        a = b;
    }
    return 0;
}
