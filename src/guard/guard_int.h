/*
 * guard internals shared by the files of src/guard/ (and by the unit tests,
 * which include this header to reach validators directly).
 *
 * Pipeline of guard_analyze() (guard.c):
 *
 *   text ──► UTF-8 check ──► Hyperscan: ONE database, every built-in pattern
 *            (prefilter form: look-arounds stripped, so it reports a superset
 *            of the end offsets where the exact pattern can end)
 *        ──► for each report (expr, end): a cheap right-boundary check in C,
 *            then PCRE2 (JIT) on a window [end - max_width, end], with an
 *            offset limit so the search never runs past `end`
 *        ──► candidates: validator (checksum ⇒ 1.0, failure ⇒ dropped,
 *            structure only ⇒ base score kept), context words (+0.35),
 *            weak-shape cap
 *        ──► ad-hoc recognizers of the call (PCRE2 only), NER hook
 *        ──► entity filter, allow list, threshold, overlap resolution
 *
 * recognizers.c holds the table of recognizers (Presidio's predefined
 * pattern recognizers, with the fixes documented in docs/pii.md),
 * validators.c the checksums, prefilter.c the PCRE2 → Hyperscan pattern
 * rewriting, tld.c the top-level-domain list, adhoc.c the per-call
 * recognizers from Presidio's JSON, incr.c the incremental (streaming-mode)
 * scans of streamed answers.
 */
#ifndef GW_GUARD_GUARD_INT_H
#define GW_GUARD_GUARD_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <hs.h>
#include <pcre2.h>

#include "guard/guard.h"

/* ---- scores (Presidio's) ------------------------------------------------- */

#define GUARD_SCORE_MAX            1.0
#define GUARD_CONTEXT_FACTOR       0.35 /* LemmaContextAwareEnhancer default */
#define GUARD_CONTEXT_MIN_SCORE    0.4  /* min_score_with_context_similarity */
#define GUARD_AFTER_WORDS          6    /* words read after a match (context_after()) */
#define GUARD_CONTEXT_PREFIX_WORDS 5    /* context_prefix_count */
/*
 * A pattern flagged GP_WEAK has a shape that many identifiers share (a bare
 * run of 9 digits is an SSN, a TFN, an ACN, a SIN, an ABA number, a
 * passport...). Without a context word of its own recognizer its score is
 * capped here, so that a checksum that happens to pass (1 in 10 or 11) does
 * not outrank the type the surrounding words name. Presidio has no such cap.
 */
#define GUARD_WEAK_CAP 0.3

/* ---- recognizer table ---------------------------------------------------- */

enum {
    GP_CASELESS = 1u << 0, /* PCRE2_CASELESS / HS_FLAG_CASELESS */
    GP_WEAK = 1u << 1,     /* see GUARD_WEAK_CAP */
    /*
     * Trigger families. Hyperscan slows down with every pattern made only of
     * character classes (a hundred such NFAs ran at 60 MB/s), so patterns of
     * three common shapes share one trigger each instead of an expression of
     * their own, and C narrows the trigger down by the token's length before
     * PCRE2 runs, anchored at the token's start:
     *   GP_TD  NL + digits only + NR: a run of digits (trigger [0-9]{6,}\b);
     *   GP_TG  NL + digit groups joined by one of " .,/-" + ...: the token is
     *          the groups (NL forbids a match starting inside it);
     *   GP_TA  BL + ASCII letters and digits + BR: an alphanumeric token
     *          holding a letter and a digit.
     * A family pattern must start where its token starts, which is what the
     * look-behinds guarantee; the unit tests hold every true case.
     */
    GP_TD = 1u << 2,
    GP_TG = 1u << 3,
    GP_TA = 1u << 4,
};

#define GUARD_FAMILIES 3
/* GP_TG's family, whose trigger is found in C (guard.c, byte_scans()): in
 * Hyperscan it cost ~5k of the chat message's 42k instructions. */
#define GUARD_FAM_GROUPS 1
/* Token lengths the family dispatch indexes (longer tokens walk the whole
 * family). */
#define GUARD_FAM_LENS  64
#define GUARD_ENT_SLOTS 256 /* > 2 x the entity types (at most 128: guard_scratch.active) */

/* Bytes a pattern's look-aheads may read past the longest match it can make
 * (guard.c hands PCRE2 no more text than that): trailing look-aheads are at
 * most two characters, (?![.][0-9]). */
#define GUARD_LOOKAHEAD 16

/* What a validator says about a candidate. */
enum {
    GV_DROP = 0, /* invalid: the candidate is dropped (Presidio: score 0) */
    GV_PASS = 1, /* checksum passed: score 1.0 */
    GV_KEEP = 2, /* plausible, nothing to check: base score kept */
};

struct guard__cand;

/* A validator may move c->start / c->end (trim a URL, cut an IBAN at its
 * country length). `t` is the whole text, `n` its length. */
typedef int (*guard__validate_fn)(const char *t, size_t n, struct guard__cand *c);

struct guard__pattern {
    const char *name;  /* Presidio's pattern name, for explanations */
    const char *regex; /* PCRE2 syntax; compiled with UTF and UCP */
    double score;
    unsigned flags; /* GP_* */
    /*
     * Optional hand-written Hyperscan trigger, for patterns whose derived
     * prefilter would report at every byte of an unbounded tail (a URL
     * path). It need not match the whole pattern: every exact match must
     * contain a trigger match that ends at most `back` bytes after the
     * match's start. `pre`, if set, vets a report in C before PCRE2 runs.
     */
    const char *hs;
    unsigned back;
    bool (*pre)(const char *t, size_t n, size_t to);
    /*
     * Optional: ASCII bytes that never occur in a match between its start
     * and the report's end. PCRE2 then starts at the last of them before
     * the report instead of the pattern's width (or `back`) before it: the
     * e-mail and bare-domain windows shrink from ~300 bytes to one word, a
     * date's from ~110 to its line (each byte of window costs PCRE2 ~40 to
     * 150 instructions, one start attempt).
     */
    const char *stop;
    /* With `hs`: the trigger is found by a scan in C instead (GUARD_SCAN_*),
     * for triggers Hyperscan runs slowly; `hs` then documents what the scan
     * reports. */
    uint8_t scan;
    /*
     * Optional, with the letter-digit trigger "[A-Z][ -]?[0-9]" (T_LD in
     * recognizers.c): what every such junction inside a match looks like.
     * ld_sep: GUARD_LD_* bits, the separators between the letter and the
     * digit; ld_runs: bit k, the run of digits starting there has k digits
     * (the pattern allows no digit after it), 0 if not said. guard.c's
     * report() sends PCRE2 to the reports whose junction fits only, unless
     * the scratch is exhaustive.
     */
    uint8_t ld_sep;
    uint32_t ld_runs;
};

enum {
    GUARD_LD_NONE = 1,   /* "A1" */
    GUARD_LD_BLANK = 2,  /* "A 1" */
    GUARD_LD_HYPHEN = 4, /* "A-1" */
};

/*
 * Triggers scanned in C (guard.c, byte_scans()). Next to the other
 * expressions, Hyperscan ran these two at ~0.4 and ~0.6 ns a byte of mixed
 * text (a '.' or ':' followed by letters or hex digits is everywhere in code
 * and logs); memchr() finds the bytes at a small fraction of that. The two
 * phone triggers, which have no literal for Hyperscan to look for, were a
 * third of its instructions on bench/pii's chat message (~10k and ~4k of
 * 42k); each of their matches ends a few digits into a run of digits that
 * follows a separator, which a walk over the digit runs finds.
 */
enum {
    GUARD_SCAN_NONE,
    GUARD_SCAN_DOTWORD,  /* "\.[A-Za-z]{2,24}\b": the end of ".word" */
    GUARD_SCAN_IPV6,     /* "::|(?:[0-9A-Fa-f]{1,4}:){7}" */
    GUARD_SCAN_NANP,     /* "[2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4}" */
    GUARD_SCAN_NATIONAL, /* "0[1-9][0-9]{0,4}\)?[ .-][0-9]{2}" */
    GUARD_SCANS
};

struct guard__recognizer {
    const char *name;   /* "CreditCardRecognizer" */
    const char *entity; /* "CREDIT_CARD" */
    const struct guard__pattern *patterns;
    size_t n_patterns;
    /* Lower-case words or phrases (tokens separated by one space), matched
     * as whole tokens in the window before a match. NULL-terminated. */
    const char *const *context;
    guard__validate_fn validate; /* NULL: GV_KEEP */
    int specificity;             /* tie-break between equal scores */
};

extern const struct guard__recognizer guard__recognizers[];
extern const size_t guard__n_recognizers;

/* ---- engine and scratch -------------------------------------------------- */

#define GUARD_MAX_ENTITIES 128

struct guard__consumer {
    uint16_t rec, pat;
};

/*
 * A leading negative look-behind of a pattern, (?<![0-9][ .,/-]) say: one
 * or two characters, each a set of ASCII bytes and at most one range of
 * code points >= 0x80. Only members the pattern's set certainly has are
 * kept (an unreadable part is dropped, not guessed), so a hit means the
 * pattern cannot start there.
 */
#define GUARD_LB_MAX 4
struct guard__lb {
    uint8_t len;           /* characters: 1 or 2 */
    uint8_t ascii[2][16];  /* per character, the farthest first */
    uint32_t lo[2], hi[2]; /* lo > hi: no range */
};

struct guard__expr {
    pcre2_code *code;
    bool jit;            /* JIT-compiled: matched with pcre2_jit_match() */
    uint32_t minw, maxw; /* match width bounds in bytes (family filter) */
    uint32_t reach; /* longest match in bytes (of the pattern, not its trigger); 0: unbounded */
    uint8_t family; /* 0: own Hyperscan expression, else 1 + GP_T* index */
    /* A family member: the digit counts its matches start with
     * (guard__digit_runs()), 0 when unknown. */
    uint32_t runs;
    /* Patterns with the same hand-written trigger share one Hyperscan
     * expression, reported under the first one's id: the next pattern
     * sharing it, or UINT32_MAX; `shared` marks the ones not compiled. */
    uint32_t next;
    bool shared;
    uint8_t scan; /* GUARD_SCAN_*: triggered by a scan in C, not compiled */
    bool (*pre)(const char *t, size_t n, size_t to);
    uint8_t ld_sep; /* guard__pattern's, for report() */
    uint32_t ld_runs;
    uint32_t back;   /* how far before a reported end a match can start */
    uint32_t n_cons; /* consumers: (recognizer, pattern) pairs sharing it */
    uint32_t first_cons;
    uint8_t rb[32];   /* bytes that may not follow a match (bitmap) */
    uint8_t stop[16]; /* ASCII bytes no match contains before its report (bitmap) */
    bool stop_set;
    bool rb_latin; /* nor may a Latin letter U+00C0..U+024F */
    bool rb_set;
    /* Where a match may start (guard.c, can_start()): its first byte is
     * one PCRE2's start bitmap has (never a UTF-8 continuation byte), and
     * no look-behind of `lb` hits. st[] per byte: GUARD_ST_FIRST, it may
     * start a match; GUARD_ST_LB1, right before a start it makes a
     * one-character look-behind hit; bit 4 + i, it is a last character
     * of the two-character look-behind lb[i]. lb_wide: some look-behind
     * has a range of code points >= 0x80. `filter`: any of it can rule a
     * start out. */
    uint8_t st[256];
    bool first_set;
    uint8_t n_lb;
    struct guard__lb lb[GUARD_LB_MAX];
    bool lb_wide;
    bool filter;
};

enum {
    GUARD_ST_FIRST = 1,
    GUARD_ST_LB1 = 2,
    GUARD_ST_LB2 = 4, /* shift of the two-character look-behinds' bits */
};

struct guard__ctxword {
    const char *word; /* as written in the table, for explanations */
    char *norm;       /* " tok tok " with guard spaces, heap */
    size_t len;
    uint64_t h; /* hash of a one-token word (built-in lists), else 0 */
    /* Of a phrase (built-in lists): its first token's hash, which the
     * window's mask must hold before the phrase is looked for; else 0. */
    uint64_t h1;
};

/* The context window before a candidate (guard.c), kept for the next
 * candidate with the same start. */
#define GUARD_WIN_TOKENS 16
struct guard__ctxwin {
    bool valid;
    size_t start, len;
    size_t base;   /* the window is win + base (written right-aligned, or from 0) */
    char win[512]; /* " tok tok tok " */
    uint16_t off[GUARD_WIN_TOKENS], tlen[GUARD_WIN_TOKENS];
    uint64_t hash[GUARD_WIN_TOKENS];
    /* the token's English singular when it reads as a plural ("passports"):
     * its length and hash, or 0 (guard.c, singular_len()) */
    uint16_t slen[GUARD_WIN_TOKENS];
    uint64_t shash[GUARD_WIN_TOKENS];
    uint64_t mask[4]; /* bit (hash & 255) of every token and singular */
    int n;
};

/* Stop words as packed integers in an open-addressing set (guard.c). */
#define GUARD_STOP_BITS  9
#define GUARD_STOP_SLOTS (1u << GUARD_STOP_BITS)

struct guard__reccontext {
    struct guard__ctxword *w;
    size_t n;
    /* When every word has a hash (h or h1): their bits, as in a window's
     * mask. A window whose mask has none of them holds none of the words. */
    bool masked;
    uint64_t mask[4];
};

struct guard_engine {
    hs_database_t *db;
    hs_database_t *sdb; /* the same expressions in streaming mode, or NULL */
    struct guard__expr *exprs;
    size_t n_exprs;
    uint32_t scan_expr[GUARD_SCANS]; /* expr of each C scan, UINT32_MAX: none */
    uint32_t *fam[GUARD_FAMILIES];   /* expr indexes per trigger family */
    size_t n_fam[GUARD_FAMILIES];
    /* The same, per token length below GUARD_FAM_LENS: famlen[f] holds
     * GUARD_FAM_LENS rows of n_fam[f] entries, row L the family's exprs
     * (in fam[] order) whose width admits L; famlen_n[f][L] of them. */
    uint32_t *famlen[GUARD_FAMILIES];
    uint16_t famlen_n[GUARD_FAMILIES][GUARD_FAM_LENS];
    struct guard__consumer *cons;
    size_t n_cons;
    struct guard__reccontext *ctx; /* one per recognizer */
    const char **entities;         /* NULL-terminated, static strings */
    size_t n_entities;
    /* Hash of an entity name -> its index + 1 (0: empty slot), so that a
     * call's list of entity types is matched in one probe per name. */
    uint8_t ent_slot[GUARD_ENT_SLOTS];
    uint8_t *rec_entity; /* recognizer index -> entity index */
    uint64_t stop[GUARD_STOP_SLOTS];
    void *ner; /* NER model, owned by ner.c (guard__ner_load/free) */
};

/* A raw result before scoring and overlap resolution. */
struct guard__cand {
    size_t start, end;
    uint16_t rec, pat;
    double score;
    int validation; /* -1 not run, else GV_* */
    const char *ctx_word;
    bool ctx_after; /* ctx_word is after the match */
    bool weak_capped;
};

struct guard_scratch {
    const struct guard_engine *e;
    hs_scratch_t *hs;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    uint32_t *covered; /* per expr: the search has covered text up to here */
    struct guard__cand *c;
    size_t n, cap;
    /* per call */
    const char *text;
    size_t len;
    uint64_t active[2]; /* entity bitmap */
    uint8_t *expr_on;   /* per expr: some consumer is active */
    int err;
    struct guard__ctxwin cw;
    /* The phrase after the last match end asked about (context_after()),
     * as a window: `start` is the match's end. */
    struct guard__ctxwin after;
    /* The table block of the last line column_header() read (guard.c): its
     * line, delimiter and count, and the block's first line; a table's
     * rows then cost a line each, not a walk to the header each. */
    struct {
        bool valid;
        char d;
        size_t ls, k, top;
    } tab;
    /* per family: the last report's end and where its token started */
    size_t fam_to[GUARD_FAMILIES], fam_b[GUARD_FAMILIES];
    void *ner; /* NER scratch, owned by ner.c */
    /* An incremental scan whose reports stand in for hs_scan() (incr.c),
     * while attached; and the bytes hs_scan() has read, for the tests. */
    struct guard_incr *incr;
    size_t hs_block_bytes;
    /* Tests: PCRE2 is asked at every start and about every family member,
     * as if can_start() and the digit-run filter were not there; the
     * results must be the same (fuzz_guard compares). */
    bool exhaustive;
    /* guard_analyze()'s working arrays, kept between calls (a malloc() and
     * free() each cost ~100 instructions, a tenth of a short text's
     * scan); given back after a call that grew them past
     * GUARD_KEEP_RESULTS results. */
    struct guard_results tmp;
    int *spec;
    size_t spec_cap;
    void *fin;
    size_t fin_cap;
};

#define GUARD_KEEP_RESULTS 1024

/* ---- incremental scans (incr.c) ----------------------------------------- */

/* A Hyperscan report of an incremental scan: the expression id as
 * hs_scan() would give it, and the end offset in the whole fed text. */
struct guard__report {
    uint32_t id;
    size_t end;
};

struct guard_incr {
    struct guard_scratch *s;
    hs_stream_t *live;  /* NULL: no streaming database, windows are block-scanned */
    hs_stream_t *spare; /* a copy of `live`, closed to see end-of-data reports */
    size_t fed, scanned;
    struct guard__report *r; /* by end offset, as Hyperscan reported them */
    size_t head, n, cap;     /* r[head, n) are kept */
    /* Reports a text ending at `eod_at` gets at its end (a `\b` there):
     * Hyperscan gives them when the next byte comes, or at the end. */
    struct guard__report *eod;
    size_t n_eod, cap_eod, eod_at;
    bool eod_valid;
    int err;
    /* Attached: the window guard_analyze() may be given, from `at`. */
    struct str window;
    size_t at;
};

/*
 * The reports guard_analyze() replays for `text` instead of scanning it,
 * through `fn`, in Hyperscan's order, offsets relative to the text; returns
 * 1 when it did, 0 when the text must be scanned (no streaming database, or
 * not the attached window), or a GW_E* code.
 */
int guard__incr_replay(struct guard_incr *in, struct str text, match_event_handler fn, void *ctx);

/* ---- NER hooks ---------------------------------------------------------- */

/*
 * The NER model (PERSON, LOCATION, ORGANIZATION, NRP, prose DATE_TIME) lives
 * in src/guard/ner*.c, written separately. guard.c calls these hooks and
 * ships weak no-op defaults, so the gateway builds and runs without a model.
 *
 * guard__ner_load() is called by guard_engine_new() with its model_path (NULL
 * = the model built into the binary) and stores its state in e->ner;
 * guard__ner_free() releases it. The scratch pair does the same with s->ner.
 * guard__ner_run() appends results to `out` with UTF-8 byte offsets into
 * `text`, `entity`/`recognizer` pointing at static or engine-owned strings;
 * guard_analyze() then applies the entity filter, allow list, threshold and
 * overlap resolution to them together with the pattern results. All return
 * 0 or a GW_E* code.
 *
 * Linking note: libgwcore is a static archive, and a linker does not pull an
 * archive member just to override a weak definition. src/guard/meson.build
 * therefore compiles src/guard/ner.c when it exists and defines
 * GUARD_NER_EXTERNAL, which removes the weak defaults below from guard.c:
 * ner.c must then define all five hooks.
 */
int guard__ner_load(struct guard_engine *e, const char *path);
void guard__ner_free(struct guard_engine *e);
int guard__ner_scratch_new(const struct guard_engine *e, struct guard_scratch *s);
void guard__ner_scratch_free(struct guard_scratch *s);
int guard__ner_run(const struct guard_engine *e, struct guard_scratch *s, struct str text,
                   struct guard_results *out);

/* ---- shared helpers ----------------------------------------------------- */

int guard__results_push(struct guard_results *r, const struct guard_result *x);

/* prefilter.c: rewrites a PCRE2 pattern into a Hyperscan prefilter pattern
 * matching a superset of its end offsets. Heap string, or NULL (no memory). */
char *guard__hs_pattern(const char *pcre);
/* Parses a trailing negative look-ahead `(?![...])` of `pcre` into x->rb. */
void guard__right_boundary(const char *pcre, struct guard__expr *x);
/* Parses the leading negative look-behinds of `pcre` into x->lb. */
void guard__left_boundary(const char *pcre, struct guard__expr *x);
/* The digit counts a match of `pcre` can start with (bit k: k digits, bit
 * 31: 31 or more), or 0 when the pattern is not read that far. */
uint32_t guard__digit_runs(const char *pcre);

/* tld.c */
bool guard__tld_known(const char *tld, size_t n); /* case-insensitive */
bool guard__tld_file_ext(const char *tld, size_t n);

/* context.c-like helpers in guard.c */
size_t guard__norm_words(const char *s, size_t n, char *out, size_t cap);
size_t guard__phrase_after(const char *text, size_t len, size_t end, bool *open);

/* adhoc.c: compiles every pattern (and deny list) of Presidio's ad-hoc
 * recognizer JSON once, as guard__adhoc_run would, to refuse a config whose
 * recognizers cannot work before the first request. GW_EPARAM with the
 * recognizer, the pattern and PCRE2's reason in `err`. */
int guard__adhoc_check(const json_t *ad_hoc, char *err, size_t errlen);
/* adhoc.c: runs the ad-hoc recognizers of a call over the whole text and
 * appends their results (already scored with context) to `out`: the
 * compiled set opt->adhoc if given, else opt->ad_hoc compiled for this call
 * (only the recognizers of requested entities, as always). */
int guard__adhoc_run(const struct guard_engine *e, struct guard_scratch *s,
                     const struct guard_opts *opt, struct guard_results *out);
/* Context support for a match starting at `start` in s->text against a
 * list of normalized words; returns the supporting word or NULL. The window
 * is kept in s->cw for the next call with the same start. */
const char *guard__context_find(struct guard_scratch *s, size_t start,
                                const struct guard__ctxword *w, size_t n,
                                const struct guard_opts *opt);

/* ---- validators (validators.c); exposed for the unit tests --------------- */

bool guard__luhn(const char *digits, size_t n);
bool guard__verhoeff(const char *digits, size_t n);
bool guard__iban_valid(const char *s, size_t n); /* compact, upper case */
int guard__iban_length(const char *cc);          /* 0 when unknown */
bool guard__base58check(const char *s, size_t n);
int guard__bech32_kind(const char *s, size_t n); /* 0 bad, 1 bech32, 2 bech32m */
bool guard__segwit_valid(const char *s, size_t n);
bool guard__eth_checksum(const char *s, size_t n); /* "0x" + 40 hex, EIP-55 */
bool guard__es_nif(const char *s, size_t n);
bool guard__es_nie(const char *s, size_t n);
bool guard__it_fiscal(const char *s, size_t n);
bool guard__it_vat(const char *s, size_t n);
bool guard__pesel(const char *s, size_t n);
bool guard__se_pnr(const char *s, size_t n);
bool guard__se_org(const char *s, size_t n);
bool guard__fi_hetu(const char *s, size_t n);
int guard__kr_rrn(const char *s, size_t n); /* GV_* */
bool guard__kr_brn(const char *s, size_t n);
bool guard__za_id(const char *s, size_t n);
bool guard__au_tfn(const char *s, size_t n);
bool guard__au_abn(const char *s, size_t n);
bool guard__au_acn(const char *s, size_t n);
bool guard__au_medicare(const char *s, size_t n);
bool guard__uk_nhs(const char *s, size_t n);
bool guard__ca_sin(const char *s, size_t n);
bool guard__tr_id(const char *s, size_t n);
bool guard__us_npi(const char *s, size_t n);
bool guard__aba(const char *s, size_t n);
bool guard__dea(const char *s, size_t n);
bool guard__in_aadhaar(const char *s, size_t n);
bool guard__in_gstin(const char *s, size_t n);
bool guard__sg_nric(const char *s, size_t n);
bool guard__sg_uen(const char *s, size_t n);
bool guard__th_tnin(const char *s, size_t n);
bool guard__ng_nin(const char *s, size_t n);
bool guard__ph_tin(const char *s, size_t n);
bool guard__de_taxid(const char *s, size_t n);
bool guard__de_passport(const char *s, size_t n);
bool guard__de_svnr(const char *s, size_t n);
bool guard__de_vat(const char *s, size_t n);
bool guard__de_kvnr(const char *s, size_t n);
bool guard__us_ssn_plausible(const char *s, size_t n);
bool guard__date_valid(int y, int m, int d);
void guard__keccak256(const uint8_t *in, size_t n, uint8_t out[32]);

/* Copies the digits (and, with `alnum`, upper-cased letters) of s into out;
 * returns how many. */
size_t guard__compact(const char *s, size_t n, char *out, size_t cap, bool alnum);

#endif
