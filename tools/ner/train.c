/*
 * ner-train: trains llmgate's NER model and evaluates it. Build and run it
 * through tools/ner/train.sh; it links src/guard/ner_feat.c, so training and
 * run time share one feature extractor.
 *
 *   ner-train train  LEXICON TRAIN.jsonl OUT.model [--mask FILE] [--epochs N] [--wbits B]
 *   ner-train eval   MODEL CORPUS.jsonl [--mask FILE] [--errors N]
 *   ner-train relex  MODEL LEXICON OUT.model   (the weights with another lexicon)
 *   ner-train predict MODEL < dev.jsonl > preds.jsonl   (Presidio-shaped, code points)
 *   ner-train bench  MODEL FILE                          (us per KB of FILE's text)
 *
 * Training is an averaged structured perceptron (Collins 2002) over BIO tags
 * with first-order transitions and Viterbi decoding; BIO-illegal transitions
 * are forbidden in training and at run time alike. The model file holds the
 * averaged weights quantised to int8, the transitions (int16), and the lexicon
 * compiled into an open-addressing table of (32-bit fingerprint, flags).
 *
 * Lexicon dropout: while training, the entity flags of the entries listed in
 * --mask are hidden, so the model learns to find names no list knows; the
 * written model has the whole lexicon. `eval --mask` hides entries the same
 * way, to measure names that are in no list at all.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "guard/ner_feat.h"

#define LBITS 20 /* ~450k keys: load under half, short probes */
#define PBITS 20 /* prefix bitmap: 128 KB */

static void die(const char *m)
{
    fprintf(stderr, "ner-train: %s\n", m);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "ner-train: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = xmalloc((size_t)n + 1);
    if (fread(b, 1, (size_t)n, f) != (size_t)n)
        die("short read");
    fclose(f);
    b[n] = 0;
    *len = (size_t)n;
    return b;
}

/* ---- lexicon compilation ---------------------------------------------------- */

static struct guard__ner_tok tokbuf[256];

static uint64_t entry_key(const char *s, size_t n, size_t *ntok)
{
    size_t k = guard__ner_tokenize(s, n, tokbuf, 256);
    *ntok = k;
    if (k == 0 || k > 5)
        return 0;
    return guard__ner_key(tokbuf, k);
}

struct lexicon {
    struct guard__ner_lexslot *slots;
    uint64_t *prefix;
    uint32_t lbits, pbits;
    size_t n;
};

static void lex_put(struct lexicon *L, uint64_t key, uint16_t f)
{
    uint32_t mask = (1u << L->lbits) - 1;
    uint16_t fp = guard__ner_fp(key);
    uint32_t i = (uint32_t)key & mask;
    /* Two keys with one fingerprint in one probe chain share a slot: with
     * 16-bit fingerprints and short chains, a handful of the 400k entries. */
    while (L->slots[i].fp && L->slots[i].fp != fp)
        i = (i + 1) & mask;
    if (!L->slots[i].fp) {
        L->slots[i].fp = fp;
        L->n++;
        if (L->n * 2 > (size_t)mask)
            die("lexicon table over half full: raise LBITS");
    }
    L->slots[i].flags |= f;
}

static uint16_t parse_flags(const char *s)
{
    uint16_t f = 0;
    for (; *s && *s != '\n'; s++) {
        const char *p = strchr(NL_LETTERS, *s);
        if (p && *s)
            f |= (uint16_t)(1u << (p - NL_LETTERS));
    }
    return f;
}

/* Reads a whole file, through gzip when its name ends in .gz. */
static char *slurp_any(const char *path, size_t *len)
{
    size_t n = strlen(path);
    if (n < 3 || strcmp(path + n - 3, ".gz") != 0)
        return slurp(path, len);
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "gzip -dc '%s'", path);
    FILE *f = popen(cmd, "r");
    if (!f)
        die("cannot run gzip");
    size_t cap = 1 << 24, o = 0;
    char *b = xmalloc(cap + 1);
    size_t got;
    while ((got = fread(b + o, 1, cap - o, f)) > 0) {
        o += got;
        if (o == cap) {
            cap *= 2;
            b = realloc(b, cap + 1);
            if (!b)
                die("out of memory");
        }
    }
    if (pclose(f) != 0)
        die("gzip failed");
    b[o] = 0;
    *len = o;
    return b;
}

static void lex_load(struct lexicon *L, const char *path)
{
    size_t len;
    char *b = slurp_any(path, &len);
    L->lbits = LBITS;
    L->pbits = PBITS;
    L->slots = xmalloc(sizeof(*L->slots) << L->lbits);
    L->prefix = xmalloc(((size_t)1 << L->pbits) / 8);
    for (char *line = b; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        char *tab = strchr(line, '\t');
        if (line[0] != '#' && tab) {
            size_t nt;
            uint64_t k = entry_key(line, (size_t)(tab - line), &nt);
            if (k) {
                lex_put(L, k, parse_flags(tab + 1));
                /* Proper prefixes of a multi-word entry, flagless, and the
                 * first word in the bitmap: they let the gazetteer walk skip
                 * most words and stop early (guard__ner_annotate). */
                for (size_t j = 1; j < nt; j++)
                    lex_put(L, guard__ner_key(tokbuf, j), 0);
                if (nt > 1) {
                    uint64_t pb = guard__ner_pbit(tokbuf[0].h, L->pbits);
                    L->prefix[pb >> 6] |= (uint64_t)1 << (pb & 63);
                }
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    free(b);
}

/* The foreign common-word filter (see guard__ner_fw_has()): one word a
 * line, gzipped or not; single-token words only. 2^FWBITS bits. */
#define FWBITS 26 /* 8 MB: ~14 bits a word for the ~4.6M words, ~0.5 % false hits */
static uint64_t *fw_load(const char *path, size_t *nwords)
{
    size_t len, n = 0;
    char *b = slurp_any(path, &len);
    uint64_t *fw = xmalloc(((size_t)1 << FWBITS) / 8);
    for (char *line = b; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        size_t nt = guard__ner_tokenize(line, strlen(line), tokbuf, 256);
        if (nt == 1 && tokbuf[0].kind == NER_K_WORD) {
            uint64_t *blk = (uint64_t *)guard__ner_fw_block(fw, FWBITS, tokbuf[0].h);
            uint32_t bit[NER_FW_K];
            guard__ner_fw_bits(tokbuf[0].h, bit);
            for (int i = 0; i < NER_FW_K; i++)
                blk[bit[i] >> 6] |= (uint64_t)1 << (bit[i] & 63);
            n++;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(b);
    *nwords = n;
    return fw;
}

/* Clears the entity flags of every entry listed in `path` (one a line). */
static void lex_mask(struct guard__ner_lexslot *slots, uint32_t lbits, const char *path)
{
    size_t len, hidden = 0;
    char *b = slurp(path, &len);
    for (char *line = b; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        size_t nt;
        uint64_t k = entry_key(line, strlen(line), &nt);
        long i = k ? guard__ner_lex_slot(slots, lbits, k) : -1;
        if (i >= 0) {
            slots[i].flags &= (uint16_t)~NL_ENTITY;
            hidden++;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(b);
    fprintf(stderr, "ner-train: masked %zu lexicon entries (%s)\n", hidden, path);
}

/* ---- corpus ----------------------------------------------------------------- */

struct rec {
    char *text;
    size_t len;
    uint32_t (*spans)[3]; /* start, end, type */
    size_t nspans;
    char *id;
};

static int type_of(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(s, guard__ner_type_names[i]) == 0)
            return i;
    return -1;
}

/* Reads our corpus format ({"text","spans":[[s,e,T]]}, byte offsets) or the
 * evaluation format ({"id","text","entities":[{entity_type,start,end}]},
 * code points), keeping only the four NER types. */
static struct rec *corpus_load(const char *path, size_t *nrec)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f)
        die("cannot open corpus");
    size_t cap = 1024, n = 0;
    struct rec *r = xmalloc(cap * sizeof *r);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    while ((got = getline(&line, &lcap, f)) > 0) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        if (!o)
            continue;
        if (n == cap) {
            cap *= 2;
            r = realloc(r, cap * sizeof *r);
            if (!r)
                die("out of memory");
        }
        struct rec *x = &r[n++];
        memset(x, 0, sizeof *x);
        const char *t = json_string_value(json_object_get(o, "text"));
        x->text = strdup(t ? t : "");
        x->len = strlen(x->text);
        const char *id = json_string_value(json_object_get(o, "id"));
        x->id = id ? strdup(id) : NULL;
        json_t *sp = json_object_get(o, "spans");
        json_t *en = json_object_get(o, "entities");
        size_t cnt = json_array_size(sp) + json_array_size(en);
        x->spans = xmalloc((cnt + 1) * sizeof *x->spans);
        size_t i;
        json_t *v;
        json_array_foreach(sp, i, v)
        {
            int ty = type_of(json_string_value(json_array_get(v, 2)));
            if (ty < 0)
                continue;
            x->spans[x->nspans][0] = (uint32_t)json_integer_value(json_array_get(v, 0));
            x->spans[x->nspans][1] = (uint32_t)json_integer_value(json_array_get(v, 1));
            x->spans[x->nspans][2] = (uint32_t)ty;
            x->nspans++;
        }
        if (json_array_size(en)) {
            /* code points -> bytes */
            size_t ncp = 0;
            size_t *cpb = xmalloc((x->len + 2) * sizeof *cpb);
            for (size_t b = 0; b < x->len; b++)
                if (((unsigned char)x->text[b] & 0xc0) != 0x80)
                    cpb[ncp++] = b;
            cpb[ncp] = x->len;
            json_array_foreach(en, i, v)
            {
                int ty = type_of(json_string_value(json_object_get(v, "entity_type")));
                if (ty < 0)
                    continue;
                size_t s = (size_t)json_integer_value(json_object_get(v, "start"));
                size_t e = (size_t)json_integer_value(json_object_get(v, "end"));
                if (s > ncp || e > ncp)
                    continue;
                x->spans[x->nspans][0] = (uint32_t)cpb[s];
                x->spans[x->nspans][1] = (uint32_t)cpb[e];
                x->spans[x->nspans][2] = (uint32_t)ty;
                x->nspans++;
            }
            free(cpb);
        }
        json_decref(o);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    *nrec = n;
    return r;
}

/* ---- training --------------------------------------------------------------- */

struct sent {
    size_t n;      /* tokens */
    size_t foff;   /* into feats / fcount */
    uint8_t *gold; /* n labels */
};

static uint32_t *feats; /* all feature buckets */
static uint8_t *fcount; /* per token */
static size_t nfeats, capfeats;

static void gold_labels(const struct rec *x, const struct guard__ner_tok *t, size_t n, uint8_t *g,
                        size_t *misaligned)
{
    memset(g, NER_O, n);
    for (size_t s = 0; s < x->nspans; s++) {
        uint32_t a = x->spans[s][0], b = x->spans[s][1], ty = x->spans[s][2];
        int first = 1;
        for (size_t i = 0; i < n; i++) {
            /* A token belongs to a span when it starts inside it. */
            if (t[i].start >= a && t[i].start < b) {
                g[i] = (uint8_t)(1 + 2 * ty + (first ? 0 : 1));
                first = 0;
                if (t[i].end > b)
                    (*misaligned)++;
            }
        }
        if (first)
            (*misaligned)++;
    }
}

static int cmp_float_abs(const void *a, const void *b)
{
    float x = fabsf(*(const float *)a), y = fabsf(*(const float *)b);
    return (x > y) - (x < y);
}

static void train(int argc, char **argv)
{
    if (argc < 5)
        die("usage: train LEXICON TRAIN.jsonl OUT.model [--mask F] [--epochs N] [--wbits B] "
            "[--foreign WORDS]");
    const char *lexpath = argv[2], *corpus = argv[3], *outpath = argv[4], *mask = NULL,
               *foreign = NULL;
    int epochs = 8;
    uint32_t wbits = 17;
    for (int i = 5; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--mask"))
            mask = argv[i + 1];
        else if (!strcmp(argv[i], "--epochs"))
            epochs = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--wbits"))
            wbits = (uint32_t)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--foreign"))
            foreign = argv[i + 1];
    }
    uint64_t *fw = NULL;
    if (foreign) {
        size_t nfw;
        fw = fw_load(foreign, &nfw);
        fprintf(stderr, "ner-train: %zu foreign common words in 2^%u bits\n", nfw, FWBITS);
    }
    struct lexicon L = {0};
    lex_load(&L, lexpath);
    fprintf(stderr, "ner-train: lexicon %zu keys in 2^%u slots\n", L.n, L.lbits);
    /* Training view of the lexicon: a copy with the masked entries hidden. */
    size_t nslots = (size_t)1 << L.lbits;
    struct guard__ner_lexslot *tslots = xmalloc(nslots * sizeof *tslots);
    memcpy(tslots, L.slots, nslots * sizeof *tslots);
    if (mask)
        lex_mask(tslots, L.lbits, mask);
    struct guard__ner_model tm = {.wbits = wbits,
                                  .lbits = L.lbits,
                                  .pbits = L.pbits,
                                  .scale = 1.0f,
                                  .lex = tslots,
                                  .prefix = L.prefix,
                                  .fw = fw,
                                  .fwbits = fw ? FWBITS : 0};

    size_t nrec;
    struct rec *R = corpus_load(corpus, &nrec);
    fprintf(stderr, "ner-train: %zu training records\n", nrec);
    struct sent *S = xmalloc(nrec * sizeof *S);
    size_t tcap = 4096, misaligned = 0, ntok_all = 0, gated = 0, goldtok = 0;
    struct guard__ner_tok *t = xmalloc(tcap * sizeof *t);
    capfeats = (size_t)1 << 24;
    feats = xmalloc(capfeats * sizeof *feats);
    size_t fccap = (size_t)1 << 20;
    fcount = xmalloc(fccap);
    for (size_t r = 0; r < nrec; r++) {
        size_t n = guard__ner_tokenize(R[r].text, R[r].len, t, tcap);
        if (n > tcap)
            die("record too long");
        guard__ner_annotate(&tm, R[r].text, t, n);
        S[r].n = n;
        S[r].foff = ntok_all;
        S[r].gold = xmalloc(n + 1);
        gold_labels(&R[r], t, n, S[r].gold, &misaligned);
        for (size_t i = 0; i < n; i++) {
            if (!t[i].cand && S[r].gold[i] != NER_O) {
                gated++;
                if (getenv("NER_SHOW_GATED") && gated < 200)
                    fprintf(stderr, "gated: %.*s | %.*s\n", (int)(t[i].end - t[i].start),
                            R[r].text + t[i].start, (int)(R[r].len > 150 ? 150 : R[r].len),
                            R[r].text);
                S[r].gold[i] = NER_O;
            }
            /* After the gate, an inside tag may have lost its beginning. */
            if (S[r].gold[i] != NER_O && !guard__ner_is_begin(S[r].gold[i]) &&
                (i == 0 || !guard__ner_allowed(S[r].gold[i - 1], S[r].gold[i])))
                S[r].gold[i]--;
            if (nfeats + NER_MAX_FEATS > capfeats) {
                capfeats *= 2;
                feats = realloc(feats, capfeats * sizeof *feats);
                if (!feats)
                    die("out of memory");
            }
            if (ntok_all + 1 > fccap) {
                fccap *= 2;
                fcount = realloc(fcount, fccap);
                if (!fcount)
                    die("out of memory");
            }
            size_t k = t[i].cand ? guard__ner_features(t, n, i, wbits, feats + nfeats) : 0;
            fcount[ntok_all++] = (uint8_t)k;
            nfeats += k;
        }
        free(R[r].text);
        free(R[r].spans);
    }
    free(R);
    for (size_t r = 0; r < nrec; r++)
        for (size_t i = 0; i < S[r].n; i++)
            goldtok += S[r].gold[i] != NER_O;
    fprintf(stderr,
            "ner-train: %zu tokens, %zu features, %zu misaligned spans, %zu of %zu entity tokens "
            "outside the gate\n",
            ntok_all, nfeats, misaligned, gated, goldtok + gated);
    /* Offsets of each token's features. */
    size_t *tokoff = xmalloc((ntok_all + 1) * sizeof *tokoff);
    for (size_t i = 0, o = 0; i <= ntok_all; i++) {
        tokoff[i] = o;
        if (i < ntok_all)
            o += fcount[i];
    }

    size_t nw = ((size_t)1 << wbits) * NER_NLAB;
    int32_t *w = xmalloc(nw * sizeof *w);
    double *u = xmalloc(nw * sizeof *u);
    size_t ntr = (NER_NLAB + 1) * NER_NLAB;
    int32_t tw[(NER_NLAB + 1) * NER_NLAB] = {0}, trm[(NER_NLAB + 1) * NER_NLAB];
    double tu[(NER_NLAB + 1) * NER_NLAB] = {0};
    size_t *order = xmalloc(nrec * sizeof *order);
    for (size_t i = 0; i < nrec; i++)
        order[i] = i;
    int32_t *em = xmalloc(tcap * NER_NLAB * sizeof *em);
    uint8_t *bp = xmalloc(tcap * NER_NLAB), *pred = xmalloc(tcap);
    double c = 1;
    uint64_t rs = 88172645463325252ull;
    for (int ep = 0; ep < epochs; ep++) {
        for (size_t i = nrec - 1; i > 0; i--) {
            rs ^= rs << 13;
            rs ^= rs >> 7;
            rs ^= rs << 17;
            size_t j = rs % (i + 1), tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        size_t errs = 0, toks = 0;
        for (size_t oi = 0; oi < nrec; oi++) {
            struct sent *s = &S[order[oi]];
            size_t n = s->n;
            if (!n)
                continue;
            for (size_t i = 0; i < n; i++) {
                const uint32_t *f = feats + tokoff[s->foff + i];
                size_t nf = fcount[s->foff + i];
                int32_t *e = em + i * NER_NLAB;
                memset(e, 0, NER_NLAB * sizeof *e);
                if (!nf)
                    for (int y = 1; y < NER_NLAB; y++)
                        e[y] = -(1 << 28);
                for (size_t j = 0; j < nf; j++) {
                    const int32_t *row = w + (size_t)f[j] * NER_NLAB;
                    for (int y = 0; y < NER_NLAB; y++)
                        e[y] += row[y];
                }
            }
            for (int x = 0; x <= NER_NLAB; x++)
                for (int y = 0; y < NER_NLAB; y++)
                    trm[x * NER_NLAB + y] =
                        guard__ner_allowed(x, y) ? tw[x * NER_NLAB + y] : -(1 << 28);
            guard__ner_viterbi(em, trm, n, bp, pred);
            int wrong = 0;
            for (size_t i = 0; i < n; i++) {
                int g = s->gold[i], p = pred[i];
                int gp = i ? s->gold[i - 1] : NER_NLAB, pp = i ? pred[i - 1] : NER_NLAB;
                toks++;
                if (g != p) {
                    errs++;
                    wrong = 1;
                    const uint32_t *f = feats + tokoff[s->foff + i];
                    size_t nf = fcount[s->foff + i];
                    for (size_t j = 0; j < nf; j++) {
                        size_t b = (size_t)f[j] * NER_NLAB;
                        w[b + g]++;
                        u[b + g] += c;
                        w[b + p]--;
                        u[b + p] -= c;
                    }
                }
                if (g != p || gp != pp) {
                    tw[gp * NER_NLAB + g]++;
                    tu[gp * NER_NLAB + g] += c;
                    tw[pp * NER_NLAB + p]--;
                    tu[pp * NER_NLAB + p] -= c;
                }
            }
            (void)wrong;
            c++;
        }
        fprintf(stderr, "ner-train: epoch %d: token errors %.4f%%\n", ep + 1,
                100.0 * (double)errs / (double)(toks ? toks : 1));
    }
    /* Averaged weights, then int16 with one scale. The scale clips the top
     * 0.001 % of magnitudes: a few huge weights would otherwise flatten all
     * the small ones to zero. */
    float *avg = xmalloc(nw * sizeof *avg);
    float tavg[(NER_NLAB + 1) * NER_NLAB];
    size_t nz = 0;
    for (size_t i = 0; i < nw; i++) {
        avg[i] = (float)(w[i] - u[i] / c);
        nz += avg[i] != 0;
    }
    for (size_t i = 0; i < ntr; i++)
        tavg[i] = (float)(tw[i] - tu[i] / c);
    float *tmpa = xmalloc(nz * sizeof *tmpa + 1);
    for (size_t i = 0, k = 0; i < nw; i++)
        if (avg[i] != 0)
            tmpa[k++] = avg[i];
    qsort(tmpa, nz, sizeof *tmpa, cmp_float_abs);
    float clip = nz ? fabsf(tmpa[(size_t)((double)(nz - 1) * 0.99999)]) : 1;
    for (size_t i = 0; i < ntr; i++)
        if (fabsf(tavg[i]) > clip)
            clip = fabsf(tavg[i]);
    float scale = clip / 127.0f; /* int8 weights: as accurate as int16 on our sets */
    fprintf(stderr, "ner-train: %zu non-zero weights, clip %.2f, scale %g\n", nz, clip, scale);

    struct guard__ner_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, NER_MAGIC, 8);
    h.version = NER_FEAT_VERSION;
    h.nlab = NER_NLAB;
    h.wbits = wbits;
    h.lbits = L.lbits;
    h.pbits = L.pbits;
    h.scale = scale;
    size_t off = (sizeof h + 7) & ~(size_t)7;
    h.off_w = off;
    size_t rows = (size_t)1 << wbits;
    off += (rows * NER_ROW + 7) & ~(size_t)7;
    h.off_trans = off;
    off += (ntr * 2 + 7) & ~(size_t)7;
    h.off_lex = off;
    off += (nslots * sizeof(struct guard__ner_lexslot) + 7) & ~(size_t)7;
    h.off_prefix = off;
    off += ((size_t)1 << L.pbits) / 8;
    if (fw) {
        off = (off + 63) & ~(size_t)63;
        h.fwbits = FWBITS;
        h.off_fw = off;
        off += ((size_t)1 << FWBITS) / 8;
    }
    h.size = off;
    uint8_t *img = xmalloc(off);
    memcpy(img, &h, sizeof h);
    int8_t *qw = (int8_t *)(void *)(img + h.off_w);
    for (size_t r = 0; r < rows; r++)
        for (size_t y = 0; y < NER_NLAB; y++) {
            float v = roundf(avg[r * NER_NLAB + y] / scale);
            qw[r * NER_ROW + y] = (int8_t)(v > 127 ? 127 : v < -127 ? -127 : v);
        }
    int16_t *qt = (int16_t *)(void *)(img + h.off_trans);
    for (size_t i = 0; i < ntr; i++) {
        float v = roundf(tavg[i] / scale);
        qt[i] = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
    }
    memcpy(img + h.off_lex, L.slots, nslots * sizeof(struct guard__ner_lexslot));
    memcpy(img + h.off_prefix, L.prefix, ((size_t)1 << L.pbits) / 8);
    if (fw)
        memcpy(img + h.off_fw, fw, ((size_t)1 << FWBITS) / 8);
    FILE *o = fopen(outpath, "wb");
    if (!o || fwrite(img, 1, off, o) != off || fclose(o) != 0)
        die("cannot write model");
    fprintf(stderr, "ner-train: wrote %s (%zu bytes)\n", outpath, off);
}

/* ---- evaluation ------------------------------------------------------------- */

static void *load_model(const char *path, struct guard__ner_model *m, size_t *size)
{
    char *b = slurp(path, size);
    void *img = NULL;
    if (posix_memalign(&img, 64, *size))
        die("out of memory");
    memcpy(img, b, *size);
    free(b);
    const char *err;
    if (guard__ner_model_view(img, *size, m, &err) < 0)
        die(err);
    return img;
}

/* Overlap match as the PII scorer counts it: same type, and the shared
 * bytes cover at least half of both spans. */
static int overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
    uint32_t s = a0 > b0 ? a0 : b0, e = a1 < b1 ? a1 : b1;
    if (e <= s)
        return 0;
    return 2 * (e - s) >= (a1 - a0) && 2 * (e - s) >= (b1 - b0);
}

/* An error's context on one line: up to 100 bytes each side of the span,
 * the span in [brackets], line breaks shown as "/". */
static void show_context(const char *text, size_t len, size_t a, size_t b)
{
    size_t lo = a > 100 ? a - 100 : 0, hi = b + 100 < len ? b + 100 : len;

    while (lo > 0 && lo < a && ((unsigned char)text[lo] & 0xc0) == 0x80)
        lo--;
    while (hi < len && hi > b && ((unsigned char)text[hi] & 0xc0) == 0x80)
        hi++;
    for (size_t i = lo; i < hi; i++) {
        if (i == a)
            fputc('[', stderr);
        if (i == b)
            fputc(']', stderr);
        fputc(text[i] == '\n' ? '/' : text[i], stderr);
    }
    if (hi == b)
        fputc(']', stderr);
    fputc('\n', stderr);
}

static void eval(int argc, char **argv)
{
    if (argc < 4)
        die("usage: eval MODEL CORPUS.jsonl [--mask F] [--errors N]");
    const char *mask = NULL;
    int show = 0;
    for (int i = 4; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--mask"))
            mask = argv[i + 1];
        else if (!strcmp(argv[i], "--errors"))
            show = atoi(argv[i + 1]);
    }
    struct guard__ner_model m;
    size_t size;
    void *img = load_model(argv[2], &m, &size);
    struct guard__ner_lexslot *fl = NULL;
    if (mask) {
        size_t ns = ((size_t)1 << m.lbits) * sizeof *fl;
        fl = xmalloc(ns);
        memcpy(fl, m.lex, ns);
        lex_mask(fl, m.lbits, mask);
        m.lex = fl;
    }
    size_t nrec;
    struct rec *R = corpus_load(argv[3], &nrec);
    struct guard__ner_work w = {0};
    size_t tp[4] = {0}, fp[4] = {0}, fn[4] = {0}, ex[4] = {0}, shown = 0;
    for (size_t r = 0; r < nrec; r++) {
        struct rec *x = &R[r];
        if (guard__ner_tag(&m, &w, x->text, x->len) < 0)
            die("out of memory");
        char used[4096] = {0};
        for (size_t g = 0; g < x->nspans; g++) {
            int hit = 0;
            for (size_t p = 0; p < w.nsp && p < sizeof used; p++) {
                if (used[p] || w.sp[p].type != x->spans[g][2])
                    continue;
                if (overlaps(x->spans[g][0], x->spans[g][1], w.sp[p].start, w.sp[p].end)) {
                    used[p] = 1;
                    hit = 1;
                    if (w.sp[p].start == x->spans[g][0] && w.sp[p].end == x->spans[g][1])
                        ex[x->spans[g][2]]++;
                    break;
                }
            }
            if (hit)
                tp[x->spans[g][2]]++;
            else {
                fn[x->spans[g][2]]++;
                if (shown < (size_t)show) {
                    shown++;
                    fprintf(stderr, "FN %s \"%.*s\" | ", guard__ner_type_names[x->spans[g][2]],
                            (int)(x->spans[g][1] - x->spans[g][0]), x->text + x->spans[g][0]);
                    show_context(x->text, x->len, x->spans[g][0], x->spans[g][1]);
                }
            }
        }
        for (size_t p = 0; p < w.nsp && p < sizeof used; p++)
            if (!used[p]) {
                fp[w.sp[p].type]++;
                if (shown < (size_t)show) {
                    shown++;
                    fprintf(stderr, "FP %s \"%.*s\" | ", guard__ner_type_names[w.sp[p].type],
                            (int)(w.sp[p].end - w.sp[p].start), x->text + w.sp[p].start);
                    show_context(x->text, x->len, w.sp[p].start, w.sp[p].end);
                }
            }
    }
    size_t TP = 0, FP = 0, FN = 0;
    printf("%-13s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "exact");
    for (int i = 0; i < 4; i++) {
        double P = tp[i] + fp[i] ? (double)tp[i] / (double)(tp[i] + fp[i]) : 0;
        double Rr = tp[i] + fn[i] ? (double)tp[i] / (double)(tp[i] + fn[i]) : 0;
        double F = P + Rr ? 2 * P * Rr / (P + Rr) : 0;
        printf("%-13s %6.3f %6.3f %6.3f %6zu %6.3f\n", guard__ner_type_names[i], P, Rr, F,
               tp[i] + fn[i], tp[i] + fn[i] ? (double)ex[i] / (double)(tp[i] + fn[i]) : 0);
        TP += tp[i];
        FP += fp[i];
        FN += fn[i];
    }
    double P = TP + FP ? (double)TP / (double)(TP + FP) : 0, Rr = (double)TP / (double)(TP + FN);
    printf("%-13s %6.3f %6.3f %6.3f %6zu\n", "micro", P, Rr, 2 * P * Rr / (P + Rr), TP + FN);
    guard__ner_work_dispose(&w);
    free(fl);
    free(img);
}

/* ---- predictions for the PII scorer ------------------------------------------ */

static void predict(int argc, char **argv)
{
    if (argc < 3)
        die("usage: predict MODEL < corpus.jsonl");
    struct guard__ner_model m;
    size_t size;
    void *img = load_model(argv[2], &m, &size);
    size_t nrec;
    struct rec *R = corpus_load(argc > 3 ? argv[3] : "-", &nrec);
    struct guard__ner_work w = {0};
    for (size_t r = 0; r < nrec; r++) {
        struct rec *x = &R[r];
        if (guard__ner_tag(&m, &w, x->text, x->len) < 0)
            die("out of memory");
        json_t *res = json_array();
        for (size_t p = 0; p < w.nsp; p++) {
            size_t cs = 0, ce = 0;
            for (size_t b = 0; b < w.sp[p].end; b++)
                if (((unsigned char)x->text[b] & 0xc0) != 0x80) {
                    if (b < w.sp[p].start)
                        cs++;
                    ce++;
                }
            json_array_append_new(res, json_pack("{s:s,s:I,s:I,s:f}", "entity_type",
                                                 guard__ner_type_names[w.sp[p].type], "start",
                                                 (json_int_t)cs, "end", (json_int_t)ce, "score",
                                                 (double)w.sp[p].score));
        }
        json_t *o = json_pack("{s:s,s:o}", "id", x->id ? x->id : "", "results", res);
        char *s = json_dumps(o, JSON_COMPACT);
        puts(s);
        free(s);
        json_decref(o);
    }
    guard__ner_work_dispose(&w);
    free(img);
}

/* ---- relex: a model's weights with another lexicon ------------------------- */

/* Writes MODEL's weights with the lexicon of LEXICON (same table sizes):
 * a word list's change without a new training run, where the words' flags
 * are ones the model has weights for. */
static void relex(int argc, char **argv)
{
    if (argc < 5)
        die("usage: relex MODEL LEXICON OUT.model");
    struct guard__ner_model m;
    size_t size;
    uint8_t *img = load_model(argv[2], &m, &size);
    struct lexicon L = {0};

    lex_load(&L, argv[3]);
    if (L.lbits != m.lbits || L.pbits != m.pbits)
        die("relex: the lexicon's table sizes differ from the model's");
    const struct guard__ner_header *h = (const struct guard__ner_header *)(const void *)img;
    memcpy(img + h->off_lex, L.slots, sizeof(*L.slots) << L.lbits);
    memcpy(img + h->off_prefix, L.prefix, ((size_t)1 << L.pbits) / 8);
    FILE *o = fopen(argv[4], "wb");
    if (!o || fwrite(img, 1, size, o) != size || fclose(o) != 0)
        die("cannot write model");
    fprintf(stderr, "ner-train: wrote %s (%zu bytes)\n", argv[4], size);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench(int argc, char **argv)
{
    if (argc < 4)
        die("usage: bench MODEL CORPUS.jsonl");
    struct guard__ner_model m;
    size_t size;
    void *img = load_model(argv[2], &m, &size);
    size_t nrec;
    struct rec *R = corpus_load(argv[3], &nrec);
    /* Concatenate texts into 1 KB chunks. */
    size_t total = 0;
    for (size_t r = 0; r < nrec; r++)
        total += R[r].len + 1;
    char *all = xmalloc(total + 1);
    size_t o = 0;
    for (size_t r = 0; r < nrec; r++) {
        memcpy(all + o, R[r].text, R[r].len);
        o += R[r].len;
        all[o++] = '\n';
    }
    struct guard__ner_work w = {0};
    size_t chunks = 0, spans = 0;
    double t0 = now();
    for (int rep = 0; rep < 30; rep++)
        for (size_t p = 0; p + 1024 <= o; p += 1024) {
            if (guard__ner_tag(&m, &w, all + p, 1024) < 0)
                die("out of memory");
            chunks++;
            spans += w.nsp;
        }
    double dt = now() - t0;
    printf("%zu chunks of 1 KB: %.2f us per KB (%zu spans)\n", chunks, dt * 1e6 / (double)chunks,
           spans);
    guard__ner_work_dispose(&w);
    free(img);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        die("usage: ner-train train|eval|predict|bench|relex ...");
    if (!strcmp(argv[1], "train"))
        train(argc, argv);
    else if (!strcmp(argv[1], "eval"))
        eval(argc, argv);
    else if (!strcmp(argv[1], "predict"))
        predict(argc, argv);
    else if (!strcmp(argv[1], "bench"))
        bench(argc, argv);
    else if (!strcmp(argv[1], "relex"))
        relex(argc, argv);
    else
        die("unknown command");
    return 0;
}
