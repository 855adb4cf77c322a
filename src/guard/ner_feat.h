/*
 * NER features, shared by the run-time tagger (ner.c) and the trainer
 * (tools/ner/train.c) so that both see exactly the same tokens, lexicon
 * lookups and hashed features. Nothing here allocates: the caller brings
 * the token array and the output buffers.
 *
 * Pipeline for one text:
 *
 *   guard__ner_tokenize()   UTF-8 bytes -> tokens (byte offsets, folded-case
 *                           hash, capitalisation class)
 *   guard__ner_annotate()   lexicon flags per token, multi-word gazetteer
 *                           matches, line case, sentence starts, the gate;
 *                           shapes and affixes of the tokens features read
 *   guard__ner_features()   ~30 hashed feature buckets per token
 *   guard__ner_decode()     Viterbi over BIO tags with the model's weights
 *
 * The model file (data/ner.model, written by the trainer) holds the weights
 * (int8, hashed feature rows of NER_ROW labels), the transition matrix, the
 * compiled lexicon (open-addressing table of 16-bit fingerprints and 16-bit
 * flags) and a bitmap of the words that start a multi-word entry. It is used
 * in place: the embedded copy is never parsed or copied.
 */
#ifndef GW_GUARD_NER_FEAT_H
#define GW_GUARD_NER_FEAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bump when tokens, features or the file layout change: a model trained
 * with other features must be refused, not silently misread. */
#define NER_FEAT_VERSION 5

/* Labels, BIO over four entity types. */
enum {
    NER_O,
    NER_B_PER,
    NER_I_PER,
    NER_B_LOC,
    NER_I_LOC,
    NER_B_ORG,
    NER_I_ORG,
    NER_B_NRP,
    NER_I_NRP,
    NER_NLAB
};
/* Weight rows are padded to 16 labels: one 16-byte load per feature. */
#define NER_ROW 16

/* Lexicon flags (letters in data/ner_lexicon.txt). */
enum {
    NL_FIRST = 1u << 0,    /* F first name */
    NL_LAST = 1u << 1,     /* L surname */
    NL_NAME = 1u << 2,     /* N any human name */
    NL_CITY = 1u << 3,     /* C city */
    NL_BIGCITY = 1u << 4,  /* B big city or capital */
    NL_REGION = 1u << 5,   /* R region, state, province */
    NL_COUNTRY = 1u << 6,  /* K country */
    NL_STREET = 1u << 7,   /* S street type */
    NL_ORGHEAD = 1u << 8,  /* O organisation head word (Bank, Clinic) */
    NL_LEGAL = 1u << 9,    /* G legal form (Ltd, GmbH) */
    NL_ORGNAME = 1u << 10, /* P known organisation */
    NL_NRP = 1u << 11,     /* Q nationality, religion, political group */
    NL_COMMON = 1u << 12,  /* W common English word */
    NL_MONTH = 1u << 13,   /* M month or weekday */
    NL_TITLE = 1u << 14,   /* T title (Dr, Mrs) */
    NL_TECH = 1u << 15,    /* X code/product word */
};
#define NL_LETTERS "FLNCBRKSOGPQWMTX"
#define NL_ENTITY                                                                                  \
    (NL_FIRST | NL_LAST | NL_NAME | NL_CITY | NL_BIGCITY | NL_REGION | NL_COUNTRY | NL_ORGNAME |   \
     NL_NRP)
#define NL_PLACE (NL_CITY | NL_BIGCITY | NL_COUNTRY | NL_REGION)

enum { NER_K_PUNCT, NER_K_WORD, NER_K_NUM, NER_K_URL };
enum { NER_CAP_NONE, NER_CAP_LOWER, NER_CAP_TITLE, NER_CAP_UPPER, NER_CAP_MIXED, NER_CAP_CASELESS };

struct guard__ner_tok {
    uint32_t start, end; /* UTF-8 byte offsets, end exclusive */
    uint64_t h;          /* hash of the case-folded text */
    uint32_t shape;      /* hash of the shape ("Xx", "d-d", "x.x") */
    uint32_t pre3, suf2, suf3;
    uint16_t lex;      /* NL_* of the token alone */
    uint16_t gaz_lex;  /* NL_* of the longest multi-word entry covering it */
    uint8_t gaz_pos;   /* 0 none, 1 first token of that entry, 2 inside */
    uint8_t kind;      /* NER_K_* */
    uint8_t cap;       /* NER_CAP_* */
    uint8_t ncp;       /* code points, capped at 255 */
    uint8_t line_case; /* 0 mixed, 1 all lower, 2 all upper */
    uint8_t sent_start;
    uint8_t nl_before; /* a line break in the gap before the token */
    uint8_t flags;     /* NER_TF_* */
    uint8_t cand;      /* may be part of an entity; others are tagged O unscored */
    uint8_t code;      /* first token of a line: the line reads as program code */
    uint8_t foreign;   /* NL_COMMON from the other languages' filter, not the lexicon */
};

enum {
    NER_TF_DIGIT = 1u << 0,
    NER_TF_HYPHEN = 1u << 1,
    NER_TF_DOT = 1u << 2,
    NER_TF_APOS = 1u << 3,
    NER_TF_UNDERSCORE = 1u << 4,
    NER_TF_NONASCII = 1u << 5,
};

/* One lexicon slot: fingerprint (0 = empty) and NL_* flags. Keys that are
 * only proper prefixes of multi-word entries have flags 0. */
struct guard__ner_lexslot {
    uint16_t fp, flags;
};

/* The model, as a view into a file image (embedded or read from disk). */
struct guard__ner_model {
    uint32_t wbits, lbits, pbits;
    float scale;                          /* weight = w[i] * scale */
    const int8_t *w;                      /* [1 << wbits][NER_ROW], labels past NER_NLAB zero */
    const int16_t *trans;                 /* [NER_NLAB + 1][NER_NLAB]; row NER_NLAB: start */
    const struct guard__ner_lexslot *lex; /* [1 << lbits] */
    const uint64_t *prefix; /* [1 << pbits bits]: set for words starting a multi-word entry */
    /* Common words of other languages (fr, de, es, it, pt, nl, sv, da, pl):
     * a blocked Bloom filter of 2^fwbits bits over token hashes, read as
     * NL_COMMON for a word the lexicon has neither as common nor as an
     * entity (guard__ner_fw_has()). fwbits 0: none. */
    const uint64_t *fw;
    uint32_t fwbits;
    /* trans widened, BIO-illegal moves at -2^28: what the decoder adds
     * (filled by guard__ner_model_view(), not stored in the file) */
    int32_t tr[(NER_NLAB + 1) * NER_NLAB];
};

/* File layout: header, then the arrays at the offsets it gives. */
#define NER_MAGIC "LGWNER\0\1"
struct guard__ner_header {
    char magic[8];
    uint32_t version; /* NER_FEAT_VERSION */
    uint32_t nlab;    /* NER_NLAB */
    uint32_t wbits, lbits, pbits;
    float scale;
    uint64_t off_w, off_trans, off_lex, off_prefix, size;
    uint32_t fwbits, fw_pad;
    uint64_t off_fw;
};

/*
 * Checks a model image and fills `m` with pointers into it. `img` must stay
 * alive and unchanged while `m` is used, and be 8-byte aligned. Returns 0, or
 * -1 with a static message in *err.
 */
int guard__ner_model_view(const void *img, size_t size, struct guard__ner_model *m,
                          const char **err);

/* 64-bit hashing used everywhere (tokens, n-grams, features): murmur3's
 * finaliser, cheap and mixing every input bit. Inline: it runs ~40 times a
 * token. */
static inline uint64_t guard__ner_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}
static inline uint64_t guard__ner_combine(uint64_t a, uint64_t b)
{
    return guard__ner_mix(a * 0x9E3779B97F4A7C15ull + b);
}

/* Unicode simple case folding for Latin, Greek and Cyrillic. */
uint32_t guard__ner_fold(uint32_t cp);

/*
 * Splits text into tokens. Writes at most `cap` tokens; returns how many
 * tokens the text has (may exceed `cap`: grow and call again). Fills start,
 * end, h, kind, cap, ncp, flags and nl_before; shape and affixes are left
 * to guard__ner_annotate().
 */
size_t guard__ner_tokenize(const char *text, size_t len, struct guard__ner_tok *t, size_t cap);
/* The same tokens by the general path only (every character decoded, every
 * token described by the general routine, every run searched for URLs):
 * the reference the fast paths are tested against. Slower; tests only. */
size_t guard__ner_tokenize_ref(const char *text, size_t len, struct guard__ner_tok *t, size_t cap);
/* Tests: the fast tokenizer's 16-byte masks even where AVX2 would fill
 * them 32 bytes at a time. */
extern bool guard__ner_no_avx2;

/* Lexicon lookup of a (multi-token) key hash; 0 when absent. */
uint16_t guard__ner_lex_get(const struct guard__ner_model *m, uint64_t key);

/* Slot index of a key in the lexicon table, or -1. */
long guard__ner_lex_slot(const struct guard__ner_lexslot *lex, uint32_t lbits, uint64_t key);
static inline uint16_t guard__ner_fp(uint64_t key)
{
    return (uint16_t)((key >> 48) | 1u);
}
/* Bit of a key in the prefix bitmap (bits of the hash the slot does not use). */
static inline uint64_t guard__ner_pbit(uint64_t key, uint32_t pbits)
{
    return (key >> 24) & (((uint64_t)1 << pbits) - 1);
}

/*
 * The foreign common-word filter: a key sets NER_FW_K bits in one 512-bit
 * block (one cache line), so a probe is one miss at most. The block comes
 * from the key's top bits, the bits from an odd multiple of the key (the
 * lexicon slot and fingerprint use the low and top 16 bits of the key).
 */
#define NER_FW_K 6
static inline const uint64_t *guard__ner_fw_block(const uint64_t *fw, uint32_t fwbits, uint64_t key)
{
    return fw + ((key >> 40) & ((((uint64_t)1) << (fwbits - 9)) - 1)) * 8;
}
static inline void guard__ner_fw_bits(uint64_t key, uint32_t bit[NER_FW_K])
{
    uint64_t g = key * 0x9E3779B97F4A7C15ull;

    for (int i = 0; i < NER_FW_K; i++)
        bit[i] = (uint32_t)(g >> (10 + 9 * i)) & 511;
}
static inline bool guard__ner_fw_has(const uint64_t *fw, uint32_t fwbits, uint64_t key)
{
    const uint64_t *b = guard__ner_fw_block(fw, fwbits, key);
    uint32_t bit[NER_FW_K];

    guard__ner_fw_bits(key, bit);
    for (int i = 0; i < NER_FW_K; i++)
        if (!((b[bit[i] >> 6] >> (bit[i] & 63)) & 1))
            return false;
    return true;
}

/* Key of the token sequence t[0..n): what the lexicon is indexed by. */
uint64_t guard__ner_key(const struct guard__ner_tok *t, size_t n);

/*
 * Lexicon flags, gazetteer matches, line case, sentence starts, and the
 * candidate gate: only candidates (capitalised words, lexicon names, and
 * what joins or numbers them: "of", "&", "742") are scored; every other
 * token is O without computing a feature. Training applies the same gate.
 * Then the shape and affixes of the candidates and the shape of their
 * neighbours, all that guard__ner_features() reads of them (a third of the
 * tokens in chat text; the others' are not computed).
 */
void guard__ner_annotate(const struct guard__ner_model *m, const char *text,
                         struct guard__ner_tok *t, size_t n);

/* Feature buckets of token i (at most NER_MAX_FEATS), returns the count. */
#define NER_MAX_FEATS 40
size_t guard__ner_features(const struct guard__ner_tok *t, size_t n, size_t i, uint32_t wbits,
                           uint32_t *out);

/* Transition allowed by BIO (I-X only after B-X or I-X); prev NER_NLAB = start. */
bool guard__ner_allowed(int prev, int cur);

/*
 * Viterbi over emission scores em[n][NER_NLAB] (any scale) with transition
 * scores tr[(NER_NLAB + 1) * NER_NLAB] in the same scale. `bp` holds
 * n * NER_NLAB bytes of back-pointers. Writes the best labels to `out`.
 */
void guard__ner_viterbi(const int32_t *em, const int32_t *tr, size_t n, uint8_t *bp, uint8_t *out);

/* Entity index of a label (0 PER, 1 LOC, 2 ORG, 3 NRP) or -1 for O. */
static inline int guard__ner_type(int lab)
{
    return lab == NER_O ? -1 : (lab - 1) / 2;
}
static inline bool guard__ner_is_begin(int lab)
{
    return lab != NER_O && (lab - 1) % 2 == 0;
}

/* ---- whole-text tagging (run time and evaluation) ------------------------ */

#define NER_MIN_SCORE 0.65
#define NER_SEGMENT   (32 * 1024) /* longer texts are tagged in pieces this long */

struct guard__ner_span {
    uint32_t start, end; /* UTF-8 byte offsets, end exclusive */
    uint8_t type;        /* 0 PERSON, 1 LOCATION, 2 ORGANIZATION, 3 NRP */
    float score;         /* 0..1 */
};

/*
 * Working memory for guard__ner_tag(), grown geometrically and kept between
 * calls (one per thread: the NER scratch). Zero-initialise; release with
 * guard__ner_work_dispose().
 */
struct guard__ner_work {
    struct guard__ner_tok *t;
    int32_t *em;
    uint8_t *bp, *lab;
    uint32_t *f;  /* feature buckets: per candidate, a count then the buckets */
    uint32_t *ci; /* token index of each candidate */
    uint32_t *mk; /* tokens the span rules look at (3 per token of room) */
    size_t cap;   /* tokens */
    struct guard__ner_span *sp;
    size_t nsp, spcap;
};

void guard__ner_work_dispose(struct guard__ner_work *w);

/*
 * Tags `text` and leaves the spans in w->sp[0..w->nsp), sorted by start.
 * Texts over NER_SEGMENT bytes are cut at line breaks and tagged piece by
 * piece. Returns 0 or -1 when memory runs out.
 */
int guard__ner_tag(const struct guard__ner_model *m, struct guard__ner_work *w, const char *text,
                   size_t len);

/* Is text[w] a comma that separates a row's fields rather than joining
 * thousands: four digits or more before it, or other than three after it
 * ("960-57-9731,2191 Willow Creek Road", "361 320 207,2022-06-12")? The NER
 * tokenizer, the digit-group walk of guard.c and recognizers.c's NL/NR all
 * read a comma so. */
bool guard__field_comma(const char *text, size_t len, size_t w);

extern const char *const guard__ner_type_names[4];

/* Is w[0, n) a greeting the span rules read a vocative after ("Hola",
 * "hey"), in any case? Streams hold the words after one (rail.c). */
bool guard__ner_is_greeting(const char *w, size_t n);

#endif
