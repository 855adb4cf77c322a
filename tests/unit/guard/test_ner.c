/*
 * Unit tests of the NER model (src/guard/ner.c, ner_feat.c): tokenizer byte
 * offsets over multi-byte text, a megabyte-long run of addresses, easy
 * cases the model must get (a name after "my name is", a city after "lives
 * in", an organisation with "Inc."), negatives (sentence-initial capitalised
 * words, code identifiers), two scratches in two threads giving the same
 * answers, and loading the model from a path as well as the embedded
 * default.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guard/guard.h"
#include "guard/guard_int.h"
#include "guard/ner_feat.h"
#include "util/err.h"

extern const unsigned char guard__ner_blob[];
extern const unsigned char guard__ner_blob_end[];

static struct guard__ner_model model;

static int setup(void **state)
{
    const char *err = NULL;

    (void)state;
    return guard__ner_model_view(guard__ner_blob, (size_t)(guard__ner_blob_end - guard__ner_blob),
                                 &model, &err);
}

/* Tags `text` and writes "TYPE:span|TYPE:span|" into out. */
static void tag(struct guard__ner_work *w, const char *text, char *out, size_t cap)
{
    size_t o = 0;

    assert_int_equal(guard__ner_tag(&model, w, text, strlen(text)), 0);
    out[0] = 0;
    for (size_t i = 0; i < w->nsp; i++) {
        const struct guard__ner_span *s = &w->sp[i];
        int k = snprintf(out + o, cap - o, "%s:%.*s|", guard__ner_type_names[s->type],
                         (int)(s->end - s->start), text + s->start);
        assert_true(k > 0 && (size_t)k < cap - o);
        o += (size_t)k;
        assert_true(s->score > 0.3f && s->score <= 1.0f);
    }
}

/* Tags `text` and checks the spans are `want` ("TYPE:span|..."). */
static void expect(struct guard__ner_work *w, const char *text, const char *want)
{
    char out[512];

    tag(w, text, out, sizeof out);
    assert_string_equal(out, want);
}

static void test_tokenize_offsets(void **state)
{
    /* Zoë (Z, o, ë = 2 bytes), Ngô (ô = 2 bytes), Łódź (Ł ó ź = 2 bytes each),
     * a Hangul name (3 bytes per syllable), the possessive split off. */
    const char *text = "Zoë Ngô's flat in Łódź, 김민준 — ok.";
    struct guard__ner_tok t[32];
    size_t n = guard__ner_tokenize(text, strlen(text), t, 32);
    static const struct {
        const char *s;
        uint8_t kind;
    } want[] = {{"Zoë", NER_K_WORD},  {"Ngô", NER_K_WORD},    {"'s", NER_K_WORD},
                {"flat", NER_K_WORD}, {"in", NER_K_WORD},     {"Łódź", NER_K_WORD},
                {",", NER_K_PUNCT},   {"김민준", NER_K_WORD}, {"—", NER_K_PUNCT},
                {"ok", NER_K_WORD},   {".", NER_K_PUNCT}};

    (void)state;
    assert_int_equal(n, sizeof(want) / sizeof(want[0]));
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(want[i].s);
        assert_int_equal(t[i].end - t[i].start, len);
        assert_memory_equal(text + t[i].start, want[i].s, len);
        assert_int_equal(t[i].kind, want[i].kind);
    }
    assert_int_equal(t[0].cap, NER_CAP_TITLE);
    assert_int_equal(t[5].cap, NER_CAP_TITLE);
    assert_int_equal(t[7].cap, NER_CAP_CASELESS);
    assert_int_equal(t[9].cap, NER_CAP_LOWER);
    /* Case folding is shared by the lexicon: "ŁÓDŹ" and "łódź" hash alike. */
    struct guard__ner_tok a, b;
    assert_int_equal(guard__ner_tokenize("ŁÓDŹ", strlen("ŁÓDŹ"), &a, 1), 1);
    assert_int_equal(guard__ner_tokenize("łódź", strlen("łódź"), &b, 1), 1);
    assert_true(a.h == b.h);
    assert_int_equal(a.cap, NER_CAP_UPPER);
}

static void test_tokenize_urls_and_code(void **state)
{
    const char *text =
        "mail elena.ricci@example.org or https://x.io/a?b=1, see utils.py (max_tokens).";
    struct guard__ner_tok t[32];
    size_t n = guard__ner_tokenize(text, strlen(text), t, 32);

    (void)state;
    assert_true(n >= 10);
    assert_int_equal(t[1].kind, NER_K_URL);
    assert_int_equal(t[1].end - t[1].start, strlen("elena.ricci@example.org"));
    assert_int_equal(t[3].kind, NER_K_URL);
    assert_int_equal(t[3].end - t[3].start, strlen("https://x.io/a?b=1"));
    assert_memory_equal(text + t[6].start, "utils.py", 8);
    assert_memory_equal(text + t[8].start, "max_tokens", 10);
    /* Truncated UTF-8 at the end never reads past the buffer. */
    assert_int_equal(guard__ner_tokenize("ab\xc3", 3, t, 32), 2);
}

/* A megabyte without a blank: addresses and "x://" back to back. The URL
 * finder keeps its place in the run (it rescanned the rest of the run
 * after each address: quadratic, seconds for 100 KB). Every address is one
 * token, "://" three punctuation tokens. */
static void test_tokenize_address_run(void **state)
{
    static const char unit[] = "a@b.ca://";
    size_t n = (1 << 20) / (sizeof(unit) - 1) * (sizeof(unit) - 1), cap = n, k;
    char *text = malloc(n + 1);
    struct guard__ner_tok *t = malloc(cap * sizeof(*t));

    (void)state;
    assert_non_null(text);
    assert_non_null(t);
    for (size_t i = 0; i < n; i += sizeof(unit) - 1)
        memcpy(text + i, unit, sizeof(unit) - 1);
    text[n] = '\0';
    k = guard__ner_tokenize(text, n, t, cap);
    assert_int_equal(k, n / (sizeof(unit) - 1) * 4);
    assert_int_equal(t[0].kind, NER_K_URL);
    assert_int_equal(t[0].end, 6); /* a@b.ca */
    assert_int_equal(t[4].kind, NER_K_URL);
    assert_int_equal(t[4].start, 9);
    assert_int_equal(t[4].end, 15);
    assert_int_equal(t[k - 1].kind, NER_K_PUNCT);
    free(t);
    free(text);
}

/* ---- fast tokenizer against the reference path ------------------------ */

/* Appends p to buf[0, *n) if it fits with a byte to spare. */
static bool append(char *buf, size_t cap, size_t *n, const char *p)
{
    size_t l = strlen(p);

    if (*n + l >= cap)
        return false;
    memcpy(buf + *n, p, l);
    *n += l;
    return true;
}

/* Tokenizes `text` both ways and compares every field of every token. */
static void same_tokens(const char *text, size_t len)
{
    enum { CAP = 4096 };
    static struct guard__ner_tok a[CAP], b[CAP];
    size_t na = guard__ner_tokenize(text, len, a, CAP);
    size_t nb = guard__ner_tokenize_ref(text, len, b, CAP);

    assert_int_equal(na, nb);
    for (size_t i = 0; i < na && i < CAP; i++) {
        assert_int_equal(a[i].start, b[i].start);
        assert_int_equal(a[i].end, b[i].end);
        assert_true(a[i].h == b[i].h);
        assert_int_equal(a[i].kind, b[i].kind);
        assert_int_equal(a[i].cap, b[i].cap);
        assert_int_equal(a[i].ncp, b[i].ncp);
        assert_int_equal(a[i].flags, b[i].flags);
        assert_int_equal(a[i].nl_before, b[i].nl_before);
    }
}

static void tokenize_fast_is_reference(void)
{
    static const char *const texts[] = {
        "Hello world, this is Mary O'Brien from ACME Corp. (ext. 42) -- 3rd of May!",
        "iPhone x86_64 McDonald's U.S.A. e.g. 1,234.56 12:30 A1b2C3 ABC abc Abc aBC 7Up _x_",
        "Zoë Ngô lives in Łódź; José García, São Paulo, Øresund, naïve résumé, İstanbul'da",
        "東京都 山田太郎 さん 한국어 김민준 中文 Ελληνικά Кириллица עברית العربية",
        "emoji 😀 👩‍💻 🎉 mixed😀text x😀 😀y ©2024 ™ €5 ½",
        "mail jane.doe@example.com, www.example.org/x?y=1, https://a.b/c, ftp://x, a@b, w.x",
        "www wow. w.w ww.w www.a WWW.EXAMPLE.COM Www. well.done :: x: @ @@ a@ @b",
        "line one\nline two\r\nthird\u2028sep\u2029para\u00a0nbsp\u3000ideo\tTab",
        "Ankara'da Ahmet'in John's don't we're I'll Xi'an L’Oréal O’Neil",
        "Min-jun S.r.l utils.py 1/2 A&B a-b- -a __init__ x--y a..b",
        "\xff\xfe broken \xc3 utf8 \xe2\x82 tail \xf0\x9f\x98",
        "",
        "a",
        "W",
        /* Joiners between ASCII words and digits, and where they stop. */
        "2022-04-22 16:15 10.74.111.105 $129.99 INV-2024-0412 530-8433 thank-you a-b-c-d",
        "1,2 1:2 a,b a:b 12:ab ab:12 a. .a a- -a a_ _a a/b a&b a'b a’b 1.a a.1 a-é é-a a.ß",
        "x-été café-bar naïve's it's router's I'm Ahmet'in L'Oréal",
        /* Addresses, and runs that only look like they might hold one. */
        "weekend. Also: thing: w. .w ww. www www.x a@ @b a@b (https://status.example.net/login)",
        "chloe.fontaine@example.com, x://y, 3http://x.y, WWW.A.B, mail:a@b.c;x",
        /* Spaces other than ASCII ones at the start, inside and at the end of runs. */
        "\u00a0a\u00a0b\u2028c\u2029\u3000d\u202fe\u205f\ufefff\u200b \u00a0",
        "ééé — —x x— 😀😀 é\xc3 \xe2\x80 é",
        /* Runs around the fast path's limits: 55 to 58 bytes, and longer. */
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabc abcdefghijklmnopqrstuvwxyzabcdefg"
        "hijklmnopqrstuvwxyzabcd abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde abcdefg"
        "hijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdef x",
        "https://example.com/a/very/long/path/that/goes/on/and/on/past/sixty/four/bytes?q=1&r=2 ok",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-b'c",
    };

    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
        same_tokens(texts[i], strlen(texts[i]));
    /* Texts longer than the fast path's masks cover at once (2 KB), with
     * words, addresses and long runs across every offset of the edge. */
    static char big[6000];
    static const char *const fill[] = {"Hello ", "world. ", "a@b.co ", "x-y ",
                                       "été ",   "\n",      "1,5 "};
    for (size_t shift = 0; shift < 70; shift++) {
        size_t n = 0;
        memset(big, 'q', shift);
        n = shift;
        big[n++] = ' ';
        for (size_t j = 0; n + 16 < sizeof(big); j++) {
            const char *f = j % 97 == 3 ? "https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q "
                                        : fill[(j * 7 + shift) % 7];
            if (!append(big, sizeof(big), &n, f))
                break;
        }
        same_tokens(big, n);
    }
    /* Random mixtures of the pieces that steer the fast paths. */
    static const char *const pieces[] = {
        "a",      "Z",       "w",          "W",
        "www.",   ".",       "@",          ":",
        "//",     "-",       "'",          "’",
        "_",      "0",       "9",          " ",
        "\n",     "é",       "É",          "ß",
        "ł",      "東",      "한",         "😀",
        "\u0301", ",",       "&",          "/",
        "\xc3",   "\x80",    "x@y.z",      "http",
        "s",      "\t",      "\u00a0",     "İ",
        "Ω",      "(",       ")",          "\"",
        "<",      "`",       "2022-04-22", "1:2",
        "a,b",    "O'Brien", "\u2028",     "\u3000",
        "://",    "Hello",   "ABC",        "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop",
    };
    unsigned seed = 12345;
    char buf[512];

    for (int round = 0; round < 20000; round++) {
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int k = (int)((seed >> 16) % 24);
        for (int j = 0; j < k; j++) {
            seed = seed * 1103515245u + 12345u;
            if (!append(buf, sizeof(buf), &n,
                        pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))]))
                break;
        }
        same_tokens(buf, n);
    }
}

/* Both fillings of the fast path's masks: 32 bytes at a time where the
 * processor has AVX2, 16 at a time everywhere. */
static void test_tokenize_fast_is_reference(void **state)
{
    (void)state;
    tokenize_fast_is_reference();
    guard__ner_no_avx2 = true;
    tokenize_fast_is_reference();
    guard__ner_no_avx2 = false;
}

/* FNV-1a of a byte string, then the model's mix: the shape and affix
 * hashes of an ASCII token, recomputed here the plain way. */
static uint64_t fnv(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 0x100000001b3ull;
    return h;
}

static void test_shapes_and_affixes_ascii(void **state)
{
    const char *text = "Dear Mary-Ann O'Neil, call Xu at A1b0-C3 or visit Acme_Corp x.y ZZ9.";
    enum { CAP = 64 };
    struct guard__ner_tok t[CAP];
    size_t n = guard__ner_tokenize(text, strlen(text), t, CAP);
    int checked = 0, affixed = 0;

    (void)state;
    assert_true(n < CAP);
    guard__ner_annotate(&model, text, t, n);
    for (size_t i = 0; i < n; i++) {
        char shape[16], low[80];
        size_t ns = 0, m = t[i].end - t[i].start;
        const char *p = text + t[i].start;

        if (!t[i].shape)
            continue; /* not a candidate nor next to one */
        for (size_t j = 0; j < m; j++) {
            unsigned char c = (unsigned char)p[j];
            char sc = c >= '0' && c <= '9'   ? 'd'
                      : c >= 'A' && c <= 'Z' ? 'X'
                      : c >= 'a' && c <= 'z' ? 'x'
                                             : (char)c;
            low[j] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : (char)c;
            if ((ns == 0 || shape[ns - 1] != sc) && ns < 12)
                shape[ns++] = sc;
        }
        assert_int_equal(t[i].shape, (uint32_t)(guard__ner_mix(fnv(shape, ns)) >> 32));
        checked++;
        if (!t[i].cand)
            continue; /* a neighbour: the features read its shape alone */
        assert_int_equal(t[i].pre3, (uint32_t)fnv(low, m < 3 ? m : 3));
        assert_int_equal(t[i].suf2, (uint32_t)fnv(low + (m >= 2 ? m - 2 : 0), m < 2 ? m : 2));
        assert_int_equal(t[i].suf3, (uint32_t)fnv(low + (m >= 3 ? m - 3 : 0), m < 3 ? m : 3));
        affixed++;
    }
    assert_true(checked >= 10 && affixed >= 5);
}

static void test_easy_cases(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Hi, my name is Priya Raman and I need help with my account.",
           "PERSON:Priya Raman|");
    expect(&w, "My brother lives in Rotterdam and works remotely.", "LOCATION:Rotterdam|");
    expect(&w, "The invoice came from Fernhill Robotics Inc. last week.",
           "ORGANIZATION:Fernhill Robotics Inc.|");
    expect(&w, "Please ask Dr. Okonkwo to call back.", "PERSON:Okonkwo|");
    expect(&w, "hi, this is maria gonzalez from madrid", "PERSON:maria gonzalez|LOCATION:madrid|");
    expect(&w, "Jonas Berg is a Norwegian citizen.", "PERSON:Jonas Berg|NRP:Norwegian|");
    expect(&w, "Our CFO Ingrid Svensson approved the budget.", "PERSON:Ingrid Svensson|");
    /* a street written as one word with its type, and its number */
    expect(&w,
           "Ich wohne in der Hauptstra\xc3\x9f"
           "e 5 in Berlin.",
           "LOCATION:Hauptstra\xc3\x9f"
           "e 5|LOCATION:Berlin|");
    expect(&w, "courier will collect from martensgracht 774 tomorrow",
           "LOCATION:martensgracht 774|");
    expect(&w,
           "Address: Gollnowstra\xc3\x9f"
           "e 1368 near the harbour.",
           "LOCATION:Gollnowstra\xc3\x9f"
           "e 1368|");
    expect(&w, "Please confirm the venue: kleinweg 830 tonight", "LOCATION:kleinweg 830|");
    expect(&w, "Use the new str. 5 method and the Weg class.", "");
    /* the flat is part of a street address, not of a town */
    expect(&w, "Ship it to Apt 4, 1484 Maple Avenue before noon.",
           "LOCATION:Apt 4, 1484 Maple Avenue|");
    expect(&w, "She lives at Unit 72, Matanzas now.", "LOCATION:Matanzas|");
    /* a street type before its name, and the number before the type */
    expect(&w, "Send it to 59 rue Moulin, Lyon.", "LOCATION:59 rue Moulin|LOCATION:Lyon|");
    expect(&w, "We flew via Paris to Rome.", "LOCATION:Paris|LOCATION:Rome|");
    guard__ner_work_dispose(&w);
}

/* A contraction before a name is not part of it ("I'm" is shaped like
 * "O'Neil"). */
static void test_contractions(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "I'm Leilani Kahananui and I need help.", "PERSON:Leilani Kahananui|");
    expect(&w, "Hello, I'm Marta.", "PERSON:Marta|");
    expect(&w, "I\xe2\x80\x99m Oskar Lindqvist, the new hire.", "PERSON:Oskar Lindqvist|");
    expect(&w, "We've hired Tobias Wrenfield; he's starting in Leeds.",
           "PERSON:Tobias Wrenfield|LOCATION:Leeds|");
    guard__ner_work_dispose(&w);
}

static void test_negatives(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Will the new build pass? Mark the ticket as done.", "");
    expect(&w, "Call getUserName() in utils.py, then set MAX_RETRIES to 5 in Dockerfile.", "");
    expect(&w, "Upgrade from v1.2.3 to v1.3.0 fixed the memory leak on Monday.", "");
    expect(&w, "", "");
    guard__ner_work_dispose(&w);
}

/* The gate of each word of `text`, as a string of its words' first
 * letters: capital for a candidate, small for the others ("Thanks a lot,
 * Anna" -> "talA"). */
static void gates(const char *text, char *out)
{
    struct guard__ner_tok t[64];
    size_t n = guard__ner_tokenize(text, strlen(text), t, 64), o = 0;

    assert_true(n <= 64);
    guard__ner_annotate(&model, text, t, n);
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != NER_K_WORD)
            continue;
        char c = text[t[i].start];
        out[o++] = (char)(t[i].cand ? (c & ~0x20) : (c | 0x20));
    }
    out[o] = 0;
}

/* Each text's gates() against the string wanted. */
static void expect_gates(const char *const cases[][2], size_t n)
{
    char out[64];

    for (size_t i = 0; i < n; i++) {
        gates(cases[i][0], out);
        if (strcmp(out, cases[i][1]) != 0)
            fail_msg("%s: %s, want %s", cases[i][0], out, cases[i][1]);
    }
}

/* A capital that only starts a sentence, or the pronoun I, on a word that
 * is common and nothing else is no candidate; the same word before
 * another capital, or a word the lexicon has as a name, still is, unless
 * a particle, an object or "to" follows (verb_first(): "Mark the
 * ticket"). */
static void test_gate_plain_capitals(void **state)
{
    static const char *const cases[][2] = {
        {"Thanks a lot, I appreciate it.", "taliai"},
        {"Could you ask Anna? Also: keep it short.", "cyaAakis"},
        {"Please call. New York is far.", "pcNYif"},
        {"Sadly, I think Priya lives in Leeds.", "sitPliL"},
        {"House of Commons voted.", "HOCv"},
        {"Mark the ticket as done.", "mttad"},
        {"Mark will close the ticket.", "Mwctt"},
        {"Keep it short, Anna.", "kisA"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Program code pasted into a message: its identifiers are no candidates,
 * its strings and comments are prose, and prose on the same line (after a
 * full stop, or after a string) stays prose. A key=value log line is no
 * code.
 */
static void test_gate_code(void **state)
{
    static const char *const cases[][2] = {
        {"elif isinstance(value, dict):\n    return None", "eivdrn"},
        {"user = User(name=\"Anna Kowalska\", city=\"Leeds\")", "uunAKcL"},
        {"x = load(path)  # ask Anna Lee", "xlpaAL"},
        {"Anna lives in Leeds. x = foo(bar) or baz", "AliLxfbob"},
        {"assert f(\"Ann Lee\") == \"Bo Li\" I am Yoo Jin", "afALBLIAYJ"},
        {"user_id=42 name=John Smith city=Leeds", "unJScL"},
        {"ad_soyad=Regan Lopez phone=+1_(278)_383-3267", "aRLp"},
        {"def __init__(self, encoding=None,\n        errors=None, Emin=None):", "disenenen"},
        {"x = get_key(\"DELETE_ACL\", \"Leeds\")", "xgdL"},
        /* code elsewhere in the text: comments name the program's things */
        {"def f(x):\n    return g(x)\n# raise TypeError or None here", "dfxrgxrtonh"},
        {"# raise TypeError or None here", "rTonh"}, /* None: the literal */
        /* an IPv6 address's '::' and a file name are no code */
        {"Mail Anna at 2001:db8::1 about main.py, then call Bo", "MAadamtcB"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A sign-off opening a line ("Best,", "Love!", "Kind regards,") and a
 * colour in a list of colours are no candidates, though Best, Love, Blue
 * and Sand are names or towns in the lexicon; the same words as names
 * (after a title, before a capital, in a sentence) still are.
 */
static void test_gate_signoffs_colours(void **state)
{
    static const char *const cases[][2] = {
        {"See you Monday.\nBest,\nTom", "SYMbT"},
        {"See you Monday.\nLove!\nMum", "SYMlm"},
        {"See you Monday.\nKind regards,\nAnna Lee", "SYMkrAL"},
        {"see you monday.\nbest,\ntom", "SYMbT"},
        {"See you Monday.\n> Best,\n> Tom", "SYMbT"},
        {"Best of all, Tom called.", "BoaTc"},
        {"The chair comes in Blue, Grey or Sand.", "tccibgos"},
        {"Pick the Black or White finish.", "Ptbowf"},
        {"Mr Brown met Ms Green near Green Bay.", "MBMMGnGB"},
        {"We hiked the Blue Mountains with Tom Black.", "whtBMwTB"},
        {"Book a table for Ruby and Jade.", "batfRAJ"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A capital for emphasis mid-sentence on a plain common word, alone, is no
 * candidate ("fight Inflation"); next to a name particle, a legal form, an
 * apostrophe or another capital it still is ("van der Meer", "Frontier
 * plc", "Domino's", "United Kingdom").
 */
static void test_gate_common_capitals(void **state)
{
    static const char *const cases[][2] = {
        {"Banks raise rates to fight Inflation.", "Brrtfi"},
        {"Email Jan van der Meer today.", "EJVDMt"},
        {"She works at Frontier plc now.", "swaFPn"},
        {"Order from Domino's tonight.", "ofD't"},
        {"He moved to the United Kingdom.", "HmttUK"},
        {"Plan a party with a Pirate Theme and cake.", "Papwaptac"},
        /* a tech word alone */
        {"Deploy it on Linux, then ask Ana.", "dioltaA"},
        {"She works at GitLab now.", "swaGn"},
        {"File it in Jira, then ask Ana.", "fiijtaA"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A month or weekday name in a date is no candidate ("On Sun, 14 Aug 2011,
 * Ana wrote:"); the same word as a name is ("Ms. Sun, 34", "Sun Li"). */
static void test_gate_date_words(void **state)
{
    static const char *const cases[][2] = {
        {"On Sun, 14 Aug 2011, Ana Lima wrote:", "OsaALw"},
        {"Sent: Mon, Jan 12, 2024 by Ana Lima", "smjbAL"},
        {"Ms. Sun, 34, joined.", "MSj"},
        {"Sun Li arrived on 14 May 2021.", "SLaom"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A lower-case line that carries on the sentence of a long mixed-case line
 * is wrapped prose, read as mixed case: its common words are no candidates
 * ("split", "just"). After a full stop, or a blank line, lower case is the
 * writer's: an uncommon word or a big city ("split") may be a name, an
 * English common word that is a surname ("just") only with an entity's sign
 * next to it (a house number, a street type, a legal form, a name).
 */
static void test_gate_wrapped_lines(void **state)
{
    static const char *const cases[][2] = {
        {"The Debian package for the stub resolver has now been\nsplit into two and is just fine",
         "TDpftsrhnbsitaijf"},
        {"The Debian package for the stub resolver has been split.\nsplit into two and is just "
         "fine",
         "TDpftsrhbsSitaijf"},
        {"The Debian package for the stub resolver has now been\n\nsplit into two and is just fine",
         "TDpftsrhnbSitaijf"},
        /* a lower-case line of a text with capitals: an English common word
         * that is also a name is a candidate with an entity's sign only */
        {"See the notes below.\nprovide the region on the command line and retry", "Stnbptrotclar"},
        {"See the notes below.\nthe parcel goes to 567 cypress ln near bohicon", "StnbtpgtCLnB"},
        /* the same, quoted in a reply */
        {"> The Debian package for the stub resolver has now been\n> split into two and is just "
         "fine",
         "TDpftsrhnbsitaijf"},
        /* a short line is a request, and lower case under it the writer's */
        {"Please help me with this request\nbooking for jannik richter to osaka in june",
         "phmwtrbfJRTOIJ"},
    };

    (void)state;
    expect_gates(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Tagged whole: the sign-off is no name and the name under it is found;
 * the colours of a product are no places. */
static void test_signoffs_colours(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Can you move the review to Thursday?\n\nBest,\nTom", "PERSON:Tom|");
    expect(&w, "Thanks for the update on the Denver rollout.\n\nBest,\nOps", "LOCATION:Denver|");
    expect(&w, "The sofa comes in Blue, Grey or Sand, and Priya Raman wants the Sand one.",
           "PERSON:Priya Raman|");
    guard__ner_work_dispose(&w);
}

/* A name after an honorific, whatever the model says of the word: a
 * firm's name, an unknown one, lower case (title_name()). Not a common
 * word after it, nor a street's "Dr". */
static void test_title_names(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Write a thank-you note to Capt. Bayer for hosting us.", "PERSON:Bayer|");
    expect(&w, "Write a thank-you note to Sr. Cho for hosting us.", "PERSON:Cho|");
    expect(&w, "Mr. kobayashi insists that the bank closed his account.", "PERSON:kobayashi|");
    expect(&w, "Re the referral: Herr rippin needs the notes by tomorrow.", "PERSON:rippin|");
    expect(&w, "Mr. and Mrs. Okafor arrive at noon.", "PERSON:Okafor|");
    expect(&w, "Dr. Who is on tonight, then a Sr. Engineer talk.", "");
    expect(&w, "Ask Dr. kowalczyk about it.", "PERSON:kowalczyk|");
    /* a town's name after a title is the person's */
    expect(&w, "Dr. Whitfield wants DEA GW6034689 printed on the prescription pad.",
           "PERSON:Whitfield|");
    expect(&w, "Deliver to 12 Elm Dr. qarvix signs for it.", "LOCATION:12 Elm Dr|");
    expect(&w, "the pan is hot and the bay is calm", "");
    /* more titles than annotate() lists: the rest are found by a walk */
    {
        char text[1024], want[1024];
        size_t o = 0, p = 0;

        for (int k = 0; k < 20; k++) {
            o += (size_t)snprintf(text + o, sizeof text - o, "Mr. zobrinsk%c said hi. ", 'a' + k);
            p += (size_t)snprintf(want + p, sizeof want - p, "PERSON:zobrinsk%c|", 'a' + k);
        }
        expect(&w, text, want);
    }
    guard__ner_work_dispose(&w);
}

/* A word in a date's month slot is no name or place, in any language
 * (month_slot()): "mayo" is also a county. */
static void test_month_slot(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "trabaja en valencia desde el 21 de mayo de 2022.", "LOCATION:valencia|");
    expect(&w, "Mayo is lovely in 2022.", "LOCATION:Mayo|");
    guard__ner_work_dispose(&w);
}

/* Two PERSONs across an initial or a name's particles are one name
 * (join_names()). */
static void test_join_names(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Our Ujhani office hosts Josie I. Krmelj, a Druze chaplain, every Monday.",
           "LOCATION:Ujhani|PERSON:Josie I. Krmelj|NRP:Druze|");
    expect(&w, "The order for Pearl van den de Lange ships to Granby.",
           "PERSON:Pearl van den de Lange|LOCATION:Granby|");
    guard__ner_work_dispose(&w);
}

/* A name the model left out that its neighbours name
 * (name_by_neighbour()): before a verb of saying, or a first name joined
 * by "and" to a PERSON; not a tech word or an acronym. */
static void test_name_by_neighbour(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Please book a table for Samuel and Theodore somewhere near Mococa station.",
           "PERSON:Samuel|PERSON:Theodore|LOCATION:Mococa|");
    expect(&w, "August said the marble broke.", "PERSON:August|");
    /* "and" passes no name on to a word that is no first name or surname,
     * whatever the model makes of the word before it */
    {
        char out[512];

        tag(&w, "The build uses Xlib and XCB on the server.", out, sizeof out);
        assert_null(strstr(out, "XCB"));
    }
    expect(&w, "The tool supports HTML and JCPU output.", "");
    expect(&w, "RFC1952 says we must use ISO-8859-1 for the FNAME field.", "");
    guard__ner_work_dispose(&w);
}

/* A nationality word where a language goes is the language, no NRP. */
static void test_language_slot(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Translate to English:\nThe tenant is Polish.", "NRP:Polish|");
    expect(&w, "She speaks fluent Swedish and Finnish.", "");
    expect(&w, "The letter went to Polish authorities.", "NRP:Polish|");
    guard__ner_work_dispose(&w);
}

/* Holidays named after a person or place, menus' and departments' pairs of
 * common words, lower-case words no place is. */
static void test_not_entities(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Victoria Day and Columbus Day are holidays in Canada.", "LOCATION:Canada|");
    expect(&w, "cc Mirela Dobos Victoria Day is Monday.", "PERSON:Mirela Dobos|");
    expect(&w, "Open Settings, then Privacy and Security, then Location Services.", "");
    expect(&w, "Payment from Marks and Spencer failed.", "ORGANIZATION:Marks and Spencer|");
    expect(&w, "mail goes to 585 elm drive, akola. thanks in advance",
           "LOCATION:585 elm drive|LOCATION:akola|");
    expect(&w, "the invoice is addressed to mrs luppi, not to us.", "PERSON:luppi|");
    /* a firm the model ran on into a town, places the model joined into a firm */
    expect(&w, "DEBIT 4952 8657 Deutsche Bank Halifax.",
           "ORGANIZATION:Deutsche Bank|LOCATION:Halifax|");
    expect(&w, "She worked at Deutsche Bank in Daegu until May.",
           "ORGANIZATION:Deutsche Bank|LOCATION:Daegu|");
    expect(&w, "Mr. Bernhard insists that Bank Newhaven closed his account.",
           "PERSON:Bernhard|ORGANIZATION:Bank Newhaven|");
    expect(&w, "Compare the health systems of Chile and Brazil for a report.",
           "LOCATION:Chile|LOCATION:Brazil|");
    guard__ner_work_dispose(&w);
}

/* A name given whole once names the person where its words come back
 * alone; schools keep their town and particle; a known firm the model took
 * for a place. */
static void test_names_again(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w,
           "My grandfather Mahmoud Zaki left Hue in 1975. He worked at a port for thirty years. "
           "Mahmoud met my grandmother at a dance there.",
           "PERSON:Mahmoud Zaki|LOCATION:Hue|PERSON:Mahmoud|");
    /* a surname that is a word too, again after a title */
    expect(&w, "This is Aoife Dunne. My card was declined.\nSorry about that, Ms Dunne.",
           "PERSON:Aoife Dunne|PERSON:Dunne|");
    /* not the person's word in another case, nor a country */
    expect(&w, "gcloud alpha\nGCLOUD WIDE FLAGS", "PERSON:gcloud alpha|");
    expect(&w, "Should I hire Jordan Reyes? He moved here from Jordan last year.",
           "PERSON:Jordan Reyes|LOCATION:Jordan|");
    expect(&w, "She mentions her degree from Trinity College Dublin.",
           "ORGANIZATION:Trinity College Dublin|");
    expect(&w, "It was the happiest year since he joined my lab at Universidad de Guadalajara.",
           "ORGANIZATION:Universidad de Guadalajara|");
    expect(&w, "Invoice 2231, billed to Ford; contact Behnam Jafari.",
           "ORGANIZATION:Ford|PERSON:Behnam Jafari|");
    /* a person's identifier after two words ending in a surname; a form's
     * heading of common words is no place */
    expect(&w,
           "Alta en la Seguridad Social: Encarnación Zabala, NIF 59955778E, domicilio en Madrid.",
           "PERSON:Encarnación Zabala|LOCATION:Madrid|");
    expect(&w, "Record of Employment: Encarnación Núñez, social insurance number 967",
           "PERSON:Encarnación Núñez|");
    expect(&w, "Shipping from Valencia, Spain, NIF B12345678", "LOCATION:Valencia|LOCATION:Spain|");
    /* firms of the longer gazetteer, heads and legal forms of more
     * languages, code words */
    expect(&w, "Draft a dispute letter to Bupa about the charge.", "ORGANIZATION:Bupa|");
    expect(&w, "He says the Oxleigh Building Society branch in Swindon turned him down.",
           "ORGANIZATION:Oxleigh Building Society|LOCATION:Swindon|");
    expect(&w, "Why does int('0x1F') raise a ValueError? Txid so far: none.", "");
    /* a head word alone, an acronym before "says", a status under "state",
     * a file's name: no entities */
    expect(&w, "which one is better for the bank? I think so", "");
    expect(&w, "CRA says Whitney Côté's social insurance number is wrong.", "PERSON:Whitney Côté|");
    expect(&w, "{\"pan\": \"4513221525571422\"}, \"state\": \"chargeback\"}", "");
    expect(&w, "{\"city\": \"Dover\", \"state\": \"delaware\"}",
           "LOCATION:Dover|LOCATION:delaware|");
    expect(&w, "Upgraded 2.15 to 2.16; the error points at Cargo.lock.", "");
    /* a table's header row; a big city's name of two words that is a name too */
    expect(&w,
           "Add a time zone:\n| Name | City | Company |\n|---|---|---|\n| Phạm Duy | Nha Trang | "
           "Emirates |",
           "PERSON:Phạm Duy|LOCATION:Nha Trang|ORGANIZATION:Emirates|");
    /* a nationality qualifying a document; a party before a role, in lower
     * case too; a relation's name in apposition; a branch's town; a setting
     * under a firm's key */
    expect(&w, "Can you check the Turkish ID 89201461506 for Hande Yüksel?",
           "PERSON:Hande Yüksel|");
    expect(&w, "religion=Christian iban=YZ44", "NRP:Christian|");
    expect(&w, "Summarise the interview with Mahmud Rimi, a socialist councillor from Laoag.",
           "PERSON:Mahmud Rimi|NRP:socialist|LOCATION:Laoag|");
    expect(&w, "It belongs to my mum, Gaspar, and the pharmacy rejected it.", "PERSON:Gaspar|");
    expect(&w, "Transfer to the Yongin branch: Ham Seung-woo, resident",
           "LOCATION:Yongin|PERSON:Ham Seung-woo|");
    expect(&w, "{\"pan\": \"3567631279867668\", \"brand\": \"auto\"}}", "");
    /* a bank's name of one word; a name joined to a person's; "U.S." before
     * a passport */
    expect(&w, "claiming to be from Ålandsbanken. Should I report it?",
           "ORGANIZATION:Ålandsbanken|");
    expect(&w, "Who should lead the workshop, Wangari Ndungu or Libuše Bartók?",
           "PERSON:Wangari Ndungu|PERSON:Libuše Bartók|");
    expect(&w, "Lands on 20th of November 2025. U.S. passport number 517618588.", "");
    /* a head word of another language, a particle and the name; a health
     * centre's head of three words */
    expect(&w, "GP: Praxis am Lindenplatz, Address: 348 Saddlers Way",
           "ORGANIZATION:Praxis am Lindenplatz|LOCATION:348 Saddlers Way|");
    /* the object of a verb done to people */
    expect(&w, "It is 9:40 in Lamego. I need to call Eskil without waking her.",
           "LOCATION:Lamego|PERSON:Eskil|");
    expect(&w, "Has anyone heard from Nyokabi?", "PERSON:Nyokabi|");
    /* a town before its state */
    expect(&w, "Tatsuya Fujiwara wants the ZIP for Frederick, Tennessee.",
           "PERSON:Tatsuya Fujiwara|LOCATION:Frederick|LOCATION:Tennessee|");
    /* a Markdown table's padded cell takes its column's kind */
    expect(&w,
           "Tag this ticket.\n| name | phone | city |\n|---|---|---|\n"
           "| Smaranda Ungureanu | +90 520 265 45 87 | Boon Lay |",
           "PERSON:Smaranda Ungureanu|LOCATION:Boon Lay|");
    /* a firm of common words in a lower-case line, after "with", "at"... */
    expect(&w, "hi, your claim with tidewater mutual was approved. i work at the bank.",
           "ORGANIZATION:tidewater mutual|");
    /* a dash between blanks parts a name from an address */
    expect(&w, "KYC: driver licence 020103393 — Sisa Ccahuana — 9007 Spindlewood Court",
           "PERSON:Sisa Ccahuana|LOCATION:9007 Spindlewood Court|");
    /* two capitalised words no list has as a place, nothing near saying
     * place; or spelt by the e-mail address after them */
    expect(&w, "Hostel registration — Hendrikje Bakhuizen, Ecuadorian, home address below.",
           "PERSON:Hendrikje Bakhuizen|NRP:Ecuadorian|");
    expect(&w, "Personnr 194305255764: Valborg Forsmark, valborg.forsmark@brevduva.se",
           "PERSON:Valborg Forsmark|");
    expect(&w, "We flew from Belo Horizonte to Porto Seguro.",
           "LOCATION:Belo Horizonte|LOCATION:Porto Seguro|");
    /* "of", "for", "from" and brackets lead to names as often as to places */
    expect(&w, "ID AXD8086917 and passport A1535917 of Rajat Borthakur.",
           "PERSON:Rajat Borthakur|");
    expect(&w, "MBI 7QY6D83UD38 (Gunhild Thießen) returned inactive.", "PERSON:Gunhild Thießen|");
    expect(&w, "DOB 01/12/1973, but the account belongs to Oyuntsetseg Batsaikhan.",
           "PERSON:Oyuntsetseg Batsaikhan|");
    /* a word no list has as a first name between "the" and a noun names
     * a place's thing; a family stays the person's */
    expect(&w, "Aadhaar 6413 1761 0561 for the Ayodhya payroll.", "LOCATION:Ayodhya|");
    expect(&w, "Guest list for the Donghae retreat: Eustaquio Fierro.",
           "LOCATION:Donghae|PERSON:Eustaquio Fierro|");
    expect(&w, "We visited the Smith family on Sunday.", "PERSON:Smith|");
    /* a municipality's key without a colon */
    expect(&w, "Arvo Kuusela, hetu 100567-181L, kotikunta Maalahti.",
           "PERSON:Arvo Kuusela|LOCATION:Maalahti|");
    /* identifiers' acronyms and units are no names; a hyphenated verb
     * opens the sentence */
    expect(&w, "Fornitore Oleificio Corbezzolo S.p.A., partita IVA n. 28748800258.",
           "ORGANIZATION:Fornitore Oleificio Corbezzolo S.p.A.|");
    expect(&w, "BAS lodgement: Warrigal Joinery Pty Ltd, due Friday.",
           "ORGANIZATION:Warrigal Joinery Pty Ltd|");
    expect(&w, "Convert 72 °F to Celsius, one decimal place.", "");
    expect(&w, "ACRA filing lists Quek Kai Wen as director.", "PERSON:Quek Kai Wen|");
    /* a person's span right before a firm's is the firm's first words;
     * not in capitals ("PAULINA SZYMAŃSKA WILL JOIN THISTLE ENERGY LTD") */
    expect(&w, "The trading entity Mallee Sun Electrical Pty Ltd has ABN 65 004 085 616.",
           "ORGANIZATION:Mallee Sun Electrical Pty Ltd|");
    expect(&w, "MEMO TO ALL STAFF: PAULINA SZYMAŃSKA WILL JOIN THISTLE ENERGY LTD IN LUND.",
           "PERSON:PAULINA SZYMAŃSKA|ORGANIZATION:THISTLE ENERGY LTD|LOCATION:LUND|");
    /* two words the model took for a name before a firm's head word */
    expect(&w, "Please reconcile the invoice for Karoo Bloom Nurseries before Friday.",
           "ORGANIZATION:Karoo Bloom Nurseries|");
    /* a nationality before a document's or a record's noun is no NRP */
    expect(&w, "Is 820611-4491 a valid Swedish personnummer? It belongs to Ebba Lind.",
           "PERSON:Ebba Lind|");
    /* who a message goes to is a person; a big place stays one */
    expect(&w, "SMS to Sadhbh: your appointment is Aug 5.", "PERSON:Sadhbh|");
    expect(&w, "Send a postcard to Paris.", "LOCATION:Paris|");
    /* one word before "here" after a greeting is the writer; a place
     * after "in" stays one */
    expect(&w, "hi, Cordula here. Can you check my order?", "PERSON:Cordula|");
    expect(&w, "We are in Leeds here this week.", "LOCATION:Leeds|");
    /* a capitalised compound of common words is no name; hyphenated
     * names stay */
    expect(&w, "No-show again. Call Bryn Tasker.", "PERSON:Bryn Tasker|");
    expect(&w, "Dial-in (07) 2256 6765; Tully Pembleton will host.", "PERSON:Tully Pembleton|");
    expect(&w, "Ye-jin Park and Mary-Kate Olsen met.",
           "PERSON:Ye-jin Park|PERSON:Mary-Kate Olsen|");
    /* a nationality before a record's noun opening a line, or before an
     * identifier's acronym, is no NRP; a field's value stays one */
    expect(&w, "From the inbox:\nSwedish payroll: Märta Sandgren starts.",
           "PERSON:Märta Sandgren|");
    expect(&w, "Is it formatted correctly for a Korean RRN?", "");
    expect(&w, "religion=Christian iban=none", "NRP:Christian|");
    /* a nationality of two words the lexicon lists, whole */
    expect(&w, "Obituary: a proud Sri Lankan and devout Sikh, died in Odemira.",
           "NRP:Sri Lankan|NRP:Sikh|LOCATION:Odemira|");
    expect(&w, "a proud South African and devout Sikh", "NRP:South African|NRP:Sikh|");
    expect(&w, "Sri Lanka is lovely.", "LOCATION:Sri Lanka|");
    /* a card network is a card's kind; with a legal form it is the firm */
    expect(&w, "Is it a Visa, a Mastercard or something else?", "");
    expect(&w, "Visa Inc. reported earnings.", "ORGANIZATION:Visa Inc.|");
    /* a lower-case log line's small words are the program's */
    expect(&w, "log excerpt:\n2026-02-16 11:51:54,396 error payout to acct-17 failed: fee too low",
           "");
    expect(&w, "log excerpt:\nnov 11 08:07:22 info payout to acct-17 queued", "");
    /* a nationality's compound of common words is none; "-born" is the
     * nationality's */
    expect(&w, "Draft a Korean-language apology.", "");
    expect(&w, "Help me write an obituary for Amr Zaki, a Ukrainian-born nurse.",
           "PERSON:Amr Zaki|NRP:Ukrainian|");
    /* a language before a noun it qualifies, or after "to" and before "for" */
    expect(&w, "Which is harder for English speakers to learn?", "");
    expect(&w, "Translate to English for the payroll vendor.", "");
    /* a Polish street type abbreviated before the street, whole, and its
     * full stop ends no sentence */
    expect(&w, "Adres: ul. Tkacka 47, Chorzów", "LOCATION:ul. Tkacka 47|LOCATION:Chorzów|");
    expect(&w, "Bożena Mazurkiewicz, adres ul. Kalinowa 9/21, Sokółka.",
           "PERSON:Bożena Mazurkiewicz|LOCATION:ul. Kalinowa 9/21|LOCATION:Sokółka|");
    /* head words of firms: Dynamics, Mills, Instruments... */
    expect(&w, "Conference badge list for the Chalkhill Dynamics summit.",
           "ORGANIZATION:Chalkhill Dynamics|");
    /* an electoral or local area's key names a place */
    expect(&w, "Voter ID WIY5682261 belongs to Mithila Sahasrabudhe, constituency Vadakara.",
           "PERSON:Mithila Sahasrabudhe|LOCATION:Vadakara|");
    /* a state that is a first name too, after "issued by" */
    expect(&w, "My licence K476105492026, issued by Iowa.", "LOCATION:Iowa|");
    expect(&w, "The award was issued by Georgia Smith.", "PERSON:Georgia Smith|");
    expect(&w, "Cross-check Indian passport L9600989 and EPIC DOX1234567.", "");
    /* a nationality before "passport" is the holder's only after a name
     * and a comma */
    expect(&w, "Visa file: Tejas Venkatesan, Indian passport M3940816, voter card.",
           "PERSON:Tejas Venkatesan|NRP:Indian|");
    /* a sentence's first common word before a name is a verb */
    expect(&w, "Add Teagan Mohamed (teagan@example.com) to the list.", "PERSON:Teagan Mohamed|");
    /* a small function word opens no name; where a patient is referred
     * is a hospital */
    expect(&w, "Refer Cecily Northcott to Sunnybrook for an MRI.",
           "PERSON:Cecily Northcott|ORGANIZATION:Sunnybrook|");
    /* a title's full stop ends no sentence either; the title is none of the name */
    expect(&w, "Dear Dr. Mackintosh, re: your patient's results.", "PERSON:Mackintosh|");
    /* a name in apposition after a person's role */
    expect(&w, "A new applicant, Aleksanteri Rinne, wrote her ID as 120586X216X.",
           "PERSON:Aleksanteri Rinne|");
    /* who has done something */
    expect(&w, "Please remove me from every list, Isak has asked three times now.", "PERSON:Isak|");
    /* a middle initial's full stop ends no sentence */
    expect(&w, "Customer Perpetua K. Gosling says the ACH pull failed.",
           "PERSON:Perpetua K. Gosling|");
    /* a hyphenated name the lexicon knows by its parts */
    expect(&w, "Claim reported on 11.10.2024. Adjuster: Thiago-Luiz.", "PERSON:Thiago-Luiz|");
    /* who posted it */
    expect(&w, "Summarise the forum post: \"Posted by Hildur: my exchange froze it.\"",
           "PERSON:Hildur|");
    /* a provider may be a clinician */
    expect(&w, "Referring provider: Kayden Yoder, NPI 2849161304.", "PERSON:Kayden Yoder|");
    /* whom one talks to; a place ending in a public body's head word */
    expect(&w, "Gevorg Manukyan, a chef, talks to Eskil Løvås about growing up.",
           "PERSON:Gevorg Manukyan|PERSON:Eskil Løvås|");
    expect(&w, "I spoke to Leeds City Council yesterday.", "ORGANIZATION:Leeds City Council|");
    /* a chat log's speakers in brackets */
    expect(&w,
           "Chat log:\n[Rajiv] can someone cover the stall?\n[Kojo-Baffoe] I can, until 7:30 AM\n"
           "[Gintare] I will take the afternoon.",
           "PERSON:Rajiv|PERSON:Kojo-Baffoe|PERSON:Gintare|");
    /* a body's head word, "of" and its field */
    expect(&w, "It stopped working on the Bureau of Agricultural Statistics website.",
           "ORGANIZATION:Bureau of Agricultural Statistics|");
    /* code's identifiers that open with an acronym; a firm's name known so stays */
    expect(&w, "The service logged an IOError from HTTPServer, then OOMKilled again.", "");
    expect(&w, "Pod api-fd57ae1922-27aee is in CrashLoopBackOff with OOMKilled.", "");
    expect(&w, "Return 0 if neither operand is a NaN; D.clear() -> None.", "");
    expect(&w, "CFLAGS = -Wall -Wextra -Wl,--as-needed -O2", "");
    expect(&w, "see you then -Sam", "PERSON:Sam|");
    expect(&w, "I bank with JPMorgan in London.", "ORGANIZATION:JPMorgan|LOCATION:London|");
    /* speakers after times in brackets: a name of the long list, a common word */
    expect(&w, "[8:10 am] Dashiell: can you send me the invoice?\n[10:10 pm] Negar: sure, check.",
           "PERSON:Dashiell|PERSON:Negar|");
    /* a chat log's speaker after a time in brackets, the other speaker of two words */
    /* a speaker in brackets after a time in brackets */
    expect(&w,
           "Chat log:\n[8:15 pm] [Kojo-Baffoe]: can you send me the invoice?\n"
           "[8:16 pm] [Amara]: sure.",
           "PERSON:Kojo-Baffoe|PERSON:Amara|");
    expect(&w, "[8:15 pm] Shinji: can you send me the invoice?\n[16:50] Shu Hui: sure, check.",
           "PERSON:Shinji|PERSON:Shu Hui|");
    /* a platform one posts or messages on is no firm, unless one works there */
    expect(&w, "Help me word a WhatsApp to my tenant Lindiwe and a post for LinkedIn.",
           "PERSON:Lindiwe|");
    expect(&w, "Fatima lives in Sousse; she now works at LinkedIn.",
           "PERSON:Fatima|LOCATION:Sousse|ORGANIZATION:LinkedIn|");
    /* a letter joined to a word is a thing; a municipality's key names a place */
    expect(&w, "Explain the difference between a B-tree and an LSM tree.", "");
    expect(&w, "hetu=170872-801U;nimi=Janne Koskela;kunta=Kaarina",
           "PERSON:Janne Koskela|LOCATION:Kaarina|");
    /* a spaced NINO's letters are no firm's; a sentence's full stop ends a
     * span; a name before a body's head word is the body's */
    expect(&w, "P45 arrived for Yudhistira Rangihau with National Insurance LY 26 23 58 A.",
           "PERSON:Yudhistira Rangihau|");
    expect(&w,
           "Seat them for dinner: Amr, Thaís, Shota and Kwesi. Thaís and Kwesi shouldn't sit "
           "together.",
           "PERSON:Amr|PERSON:Thaís|PERSON:Shota|PERSON:Kwesi|PERSON:Thaís|PERSON:Kwesi|");
    /* the span ends at the full stop; a state after "issued by" is the place */
    expect(&w, "issued by utah. can you fill the form", "LOCATION:utah|");
    expect(&w, "Please send the ACN for Royal Brompton Hospital before the audit.",
           "ORGANIZATION:Royal Brompton Hospital|");
    /* an identifier's acronym in capitals, though a name too; a street type */
    expect(&w, "Starter checklist: Yang Eun-seo, NINO HG 03 02 59 B, start date 24 May.",
           "PERSON:Yang Eun-seo|");
    expect(&w, "Office address 1802 Moorland Circuit, Townsville.",
           "LOCATION:1802 Moorland Circuit|LOCATION:Townsville|");
    /* a note's heading, a currency's code before an amount */
    expect(&w, "payout failed: iban BE80 0152 6738 4 is closed", "");
    expect(&w, "Dane pracownika: Leokadia Ciesielska, PESEL 02270803628",
           "PERSON:Leokadia Ciesielska|");
    expect(&w, "{\"sku\": \"SZE-48521\", \"price\": \"CHF 3664\"}", "");
    /* a possessive follows people, and firms named so */
    expect(&w, "I only want to know whether Akachi's tablet is still online.", "PERSON:Akachi|");
    expect(&w, "Lunch at McDonald's again.", "ORGANIZATION:McDonald|");
    expect(&w, "Pharmacy callback: Dr. Mendenhall's DEA number is FM0465864.",
           "PERSON:Mendenhall|");
    /* an institution named in common words before its head word, a
     * trade's head word after a name no list has */
    expect(&w, "She founded the Open Hearth Trust in 1990.", "ORGANIZATION:Open Hearth Trust|");
    expect(&w, "The member says Ulster Bank never notified them.", "ORGANIZATION:Ulster Bank|");
    expect(&w, "Write to the accountant: the supplier Foxglove Home Care sent two invoices.",
           "ORGANIZATION:Foxglove Home Care|");
    expect(&w, "My card was charged by Umbra Eyewear on Dec 10.", "ORGANIZATION:Umbra Eyewear|");
    /* an English head word first, as other languages write it; after a
     * name it is the name's ("St. James's Hospital" in its town) */
    expect(&w, "The patient was seen at Hospital das Clínicas in São Paulo.",
           "ORGANIZATION:Hospital das Clínicas|LOCATION:São Paulo|");
    expect(&w, "Jace fue atendido en St. James's Hospital de Zawiercie el 2013.",
           "ORGANIZATION:St. James's Hospital|LOCATION:Zawiercie|");
    expect(&w, "We paid the invoice from Bäckerei am Lindenplatz yesterday.",
           "ORGANIZATION:Bäckerei am Lindenplatz|");
    expect(&w, "DEA BL1028883, NPI 2622966796, Centro de Salud Las Acacias, Bismarck",
           "ORGANIZATION:Centro de Salud Las Acacias|LOCATION:Bismarck|");
    /* the pronoun with its clitic, an XML element's name, a person in a
     * "provider" column: no firm */
    expect(&w, "I've moved to 2331 Rowanberry Street", "LOCATION:2331 Rowanberry Street|");
    expect(&w, "<Cdtr><Nm>Ruairi Underhill</Nm></Cdtr><CdtrAcct>", "PERSON:Ruairi Underhill|");
    expect(&w, "provider,npi\nOmkar Kulshreshtha,1956222859\n", "PERSON:Omkar Kulshreshtha|");
    /* a signature's firm after its title; a firm's role before its name; a
     * hospital of one word */
    expect(&w, "Regards,\nCarys Penhaligon\nHead of Procurement, Bigbasket\n+31 6 1573 4742",
           "PERSON:Carys Penhaligon|ORGANIZATION:Bigbasket|");
    expect(&w, "Our Italian distributor Personio gave VAT number 41075360044.",
           "NRP:Italian|ORGANIZATION:Personio|");
    /* a signature after a dash at a sentence's end; a list's dash is none */
    expect(&w, "Is it safe to send it by chat? - Maialen Souto", "PERSON:Maialen Souto|");
    expect(&w, "Ports:\n- Linux-ARM\n- Win32", "");
    /* a label's common word before its colon */
    expect(&w, "Fatura bilgileri: Dilek Avagyan / TCKN: 77719218798 / Adres: Halaskargazi Caddesi",
           "PERSON:Dilek Avagyan|LOCATION:Halaskargazi Caddesi|");
    /* a town the lists have as a first name too, after "in" */
    expect(&w, "moving in on 1 July 2025 to a flat in Changi asap!", "LOCATION:Changi|");
    /* a delimited table's cells under a header that names their kind */
    expect(&w,
           "Dedupe this CSV:\nname,email,phone,city\nNilüfer Guðmundsdóttir,ng@totara.is,+354 555 "
           "1234,Akureyri\n",
           "PERSON:Nilüfer Guðmundsdóttir|LOCATION:Akureyri|");
    /* with CRLF line ends: a row's last cell and the header's end at '\r' */
    expect(
        &w,
        "Dedupe this CSV:\r\nemail,city,name\r\nng@totara.is,Akureyri,Nilüfer Guðmundsdóttir\r\n",
        "LOCATION:Akureyri|PERSON:Nilüfer Guðmundsdóttir|");
    /* a firm's identifier after its name; a country's abbreviation and a
     * nationality qualifying documents; an institution in an identifier's
     * name; employer in French */
    expect(&w, "Supplier onboarding for Camellia Cosmetics: ABN 24 507 302 355, ACN 880",
           "ORGANIZATION:Camellia Cosmetics|");
    expect(&w, "Note from Leelou Rogahn, EIN: AV1991237.", "PERSON:Leelou Rogahn|");
    /* a number only companies have */
    expect(&w, "Company register extract: Celonis, ACN 755 925 314.", "ORGANIZATION:Celonis|");
    expect(&w, "Visa application: Bronagh Nouri, US passport 929910782, travelling",
           "PERSON:Bronagh Nouri|");
    expect(&w, "Singapore visa form: Camille Dupont", "LOCATION:Singapore|PERSON:Camille Dupont|");
    expect(&w, "KYC: Turkish national ID 99178917944, payout", "");
    expect(&w,
           "New hire paperwork: Ling Beng Yap, born in Vanuatu, Nigerian passport, starts soon.",
           "PERSON:Ling Beng Yap|LOCATION:Vanuatu|NRP:Nigerian|");
    expect(&w, "Starter checklist - Bronagh Hiltunen, National Insurance CB915420B, size M.",
           "PERSON:Bronagh Hiltunen|");
    expect(&w, "we owe kingfisher textiles 600 eur for the april work",
           "ORGANIZATION:kingfisher textiles|");
    expect(&w, "pour Marisa Jurić, employeur Tórshavn Laks.",
           "PERSON:Marisa Jurić|ORGANIZATION:Tórshavn Laks|");
    expect(&w, "Renewal for a work-pass holder, employer Camellia Cosmetics. Due soon.",
           "ORGANIZATION:Camellia Cosmetics|");
    /* a name before "is" and a faith; an ID card's upper-case labels */
    expect(&w, "Add a note to the booking: Jandira Portela is Shintoist and would like a meal.",
           "PERSON:Jandira Portela|NRP:Shintoist|");
    expect(&w,
           "Transcribe this ID card:\nID NO 630922 4219 088\nSURNAME MDLALOSE\nNAMES MINENHLE\n",
           "PERSON:MDLALOSE|PERSON:MINENHLE|");
    /* a firm's kind as a label's key */
    expect(&w, "DOB: 25 May 1954\nPharmacy: Superdrug\nSchool: Greenfield Academy",
           "ORGANIZATION:Superdrug|ORGANIZATION:Greenfield Academy|");
    /* a department after "Head of", the model's span on it alone */
    expect(&w, "Marcela Cavalcanti Teixeira\nHead of Partnerships, Harmattan Solar Ltd",
           "PERSON:Marcela Cavalcanti Teixeira|ORGANIZATION:Harmattan Solar Ltd|");
    /* a head word of two words before the name */
    expect(&w, "Yui Matsumoto was admitted to Rumah Sakit Harapan Bunda on 23.6.2024.",
           "PERSON:Yui Matsumoto|ORGANIZATION:Rumah Sakit Harapan Bunda|");
    /* a comma after four digits separates a row's fields */
    expect(&w, "name,itin,street,city\nNokuthula Ntuli,960-57-9731,2191 Willow Creek Road,Macon",
           "PERSON:Nokuthula Ntuli|LOCATION:2191 Willow Creek Road|LOCATION:Macon|");
    /* names in a list; a firm's name of surnames is the firm's */
    expect(&w, "Seating plan: Duy, Bohdan, Gergő and Vegard. Bohdan and Vegard argue.",
           "PERSON:Duy|PERSON:Bohdan|PERSON:Gergő|PERSON:Vegard|PERSON:Bohdan|PERSON:Vegard|");
    expect(&w, "Write a two-minute toast for Khoa and Niamh's wedding.",
           "PERSON:Khoa|PERSON:Niamh|");
    expect(&w, "We owe Bernier, Kuphal and Prohaska 5729 EUR for the June work.",
           "ORGANIZATION:Bernier, Kuphal and Prohaska|");
    /* in lower case, a word no list has is no place with nothing near
     * that says so; places of the lists stay places */
    expect(&w,
           "dbus could be build by using autotools or cmake. when using a chroot or container, run "
           "it twice.",
           "");
    expect(&w, "hola davin, ¿llegaste bien a kisumu? she moved from nakuru last year.",
           "PERSON:davin|LOCATION:kisumu|LOCATION:nakuru|");
    /* a modal that is a first name too before "I"; a pronoun before a
     * verb of saying */
    expect(&w, "The transfer was rejected. Can I just pay with a card instead?", "");
    expect(&w, "is it safe to give my number to a landlord? he says it is for a credit check", "");
    /* words that head a firm only after a place */
    expect(&w, "So Aiko Ellery from Espoo City Library called again about the invoice.",
           "PERSON:Aiko Ellery|ORGANIZATION:Espoo City Library|");
    /* a nationality before "-born" */
    expect(&w, "Write an obituary for a Tunisian-born nurse.", "NRP:Tunisian|");
    expect(&w, "She is a Québécois-born chef.", "NRP:Québécois|");
    /* what people do or have; not a place after "in", nor "He" */
    expect(&w, "Who meets them on Monday? Takumi flies in from Hiroshima.",
           "PERSON:Takumi|LOCATION:Hiroshima|");
    expect(&w, "Sigrid's flight from Rosario lands at noon.", "PERSON:Sigrid|LOCATION:Rosario|");
    expect(&w, "Remind Renzo that the meetup in Tromsø moved to Thursday.",
           "PERSON:Renzo|LOCATION:Tromsø|");
    /* a title written out; a town before "airport"; a street written
     * name, type, number */
    expect(&w, "What should I ask the cardiologist, Professor Gebremariam, on the round?",
           "PERSON:Gebremariam|");
    expect(&w, "Confirm the pick-up for Yaw Owusu at Ennis airport on Tuesday.",
           "PERSON:Yaw Owusu|LOCATION:Ennis|");
    expect(&w, "Ship it to Virág utca 7, Pécs.", "LOCATION:Virág utca 7|LOCATION:Pécs|");
    /* firms, agencies and nationalities of the longer lists */
    expect(&w, "Write a letter to Skatteetaten on behalf of Abebe Girma.",
           "ORGANIZATION:Skatteetaten|PERSON:Abebe Girma|");
    expect(&w, "Our Slovak engineers work with a Nepali supplier.", "NRP:Slovak|NRP:Nepali|");
    /* a firm's place in the sentence; a key before a number; British
     * spelling is a word */
    expect(&w, "Tan Wei Ming (FIN F7897426P) changed employer to Keppel. What do we update?",
           "PERSON:Tan Wei Ming|ORGANIZATION:Keppel|");
    expect(&w, "Admitted: 2023-12-13\nWard: 7B, Saint Columba Hospital",
           "ORGANIZATION:Saint Columba Hospital|");
    expect(&w, "Director Brandon Whitmore. Summarise in one line.", "PERSON:Brandon Whitmore|");
    /* who one talks with; a job heading a department; a known firm where
     * an employer goes */
    expect(&w, "Agent: Thanks for contacting OTP Bank, you're speaking with Dindo.",
           "ORGANIZATION:OTP Bank|PERSON:Dindo|");
    expect(&w, "Thanks,\nRahmawati\nHead of Legal | Lumenfold Ltd",
           "PERSON:Rahmawati|ORGANIZATION:Lumenfold Ltd|");
    /* a word no list has that the model took for a place, with nothing
     * near it that says so, is a name; with a cue it stays a place */
    expect(&w, "Who should collect her, Rizky or me?", "PERSON:Rizky|");
    expect(&w, "Rewrite politely: 'Torbjørn is out sick, Yaw will cover the call.'",
           "PERSON:Torbjørn|PERSON:Yaw|");
    expect(&w, "Greetings, Staven Caldon here; I recently moved.", "PERSON:Staven Caldon|");
    /* after a label's colon that names no place it is the person; after
     * "City:" the place */
    expect(&w, "Summarize: Orla Jankowska was treated at Samsung Medical Center after a fall.",
           "PERSON:Orla Jankowska|ORGANIZATION:Samsung Medical Center|");
    expect(&w, "City: Orla Jankowska", "LOCATION:Orla Jankowska|");
    expect(&w, "Acme Pte Ltd, registered office at Ang Mo Kio.",
           "ORGANIZATION:Acme Pte Ltd|LOCATION:Ang Mo Kio|");
    expect(&w, "Deliver to 12 Shevchenko Street, Luhanska oblast.",
           "LOCATION:12 Shevchenko Street|LOCATION:Luhanska|");
    expect(&w, "We met at a café in Manaus. Kwabena works for Ford.",
           "LOCATION:Manaus|PERSON:Kwabena|ORGANIZATION:Ford|");
    guard__ner_work_dispose(&w);
}

/* Firms the lexicon knows whose names are people's or towns' too: the
 * firm when the model took the name alone, the person with a first name
 * or a title before it. */
static void test_known_firms(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Invoice #4471 for Siemens, billed to Priya Subramanian.",
           "ORGANIZATION:Siemens|PERSON:Priya Subramanian|");
    expect(&w, "Our new supplier is Tata Consultancy Services; the account manager is Kofi Mensah.",
           "ORGANIZATION:Tata Consultancy Services|PERSON:Kofi Mensah|");
    expect(&w, "Windows build fixes (Martin Hertz, Chun-wei Fan)",
           "PERSON:Martin Hertz|PERSON:Chun-wei Fan|");
    expect(&w, "Write a thank-you note to Capt. Bayer for hosting us.", "PERSON:Bayer|");
    expect(&w, "Karsyn texted that the train from Gouda to Santander is stuck.",
           "PERSON:Karsyn|LOCATION:Gouda|LOCATION:Santander|");
    /* head words of other fields and languages, before or after the name */
    expect(&w, "Hi, Henrik de Vries here from Sunrise Pediatrics.",
           "PERSON:Henrik de Vries|ORGANIZATION:Sunrise Pediatrics|");
    expect(&w, "Can I move my appointment at Klinikum Catia La Mar to Tuesday?",
           "ORGANIZATION:Klinikum Catia La Mar|");
    /* a place of common words in a lower-case line */
    expect(
        &w,
        "courier will collect from 68 brolga boulevard, bir el djir, united kingdom on wednesday.",
        "LOCATION:68 brolga boulevard|LOCATION:bir el djir|LOCATION:united kingdom|");
    /* known firms the model left out; an institution named after its place */
    expect(&w, "Who should I contact at Red Cross about the internship?",
           "ORGANIZATION:Red Cross|");
    expect(&w, "Zainab Bello pledged $5,000 to Lagos State University.",
           "PERSON:Zainab Bello|ORGANIZATION:Lagos State University|");
    expect(&w, "The Mastercard no. 1280 719249 89236 is on file.", "");
    /* a state's code after a town; "ID number" is none */
    expect(&w, "Shipping label: Siddharth Rao, 7 Calle Mayor, Austin, TX",
           "PERSON:Siddharth Rao|LOCATION:7 Calle Mayor|LOCATION:Austin|LOCATION:TX|");
    expect(&w, "Applicant Thabo Khumalo, ID number 9202069861089.", "PERSON:Thabo Khumalo|");
    /* a house number with a letter */
    expect(&w, "Remind me to call Sean about the lease at 221B Baker Street.",
           "PERSON:Sean|LOCATION:221B Baker Street|");
    /* a function word of another language ends a name; a form's key is none */
    expect(&w, "Lütfen Elif Yıldız ile Konya ofisinde görüşün.",
           "PERSON:Elif Yıldız|LOCATION:Konya|");
    expect(&w, "- Name: Sanna Koskinen\n- City: Kuopio", "PERSON:Sanna Koskinen|LOCATION:Kuopio|");
    /* an answer to a person's key that is a place; a postcode is no place */
    expect(&w, "Agent: And your city?\nCustomer: Kumasi.", "LOCATION:Kumasi|");
    expect(&w, "My new address:\nKongsgårdbakken 3, 4005 Stavanger",
           "LOCATION:Kongsgårdbakken 3|LOCATION:Stavanger|");
    /* a nationality before a person's job; not before a man page */
    expect(&w, "Write a welcome note for Delphine Søndergaard, our new Icelandic analyst.",
           "PERSON:Delphine Søndergaard|NRP:Icelandic|");
    expect(&w, "Updated German man page translations.", "");
    /* a nationality before a noun of a person's; a recipient in lower case */
    expect(&w, "Josue Kautzer, born in Lagos, Greek passport, starts Dec 5.",
           "PERSON:Josue Kautzer|LOCATION:Lagos|NRP:Greek|");
    expect(&w, "reminder that maja fischer is on leave; escalate to pablo.",
           "PERSON:maja fischer|PERSON:pablo|");
    /* a nationality the model took for a place; a student's name; a firm
     * by its head word; a common word after "a" */
    expect(&w, "Our Japanese exchange student Leilani arrives next Monday.",
           "NRP:Japanese|PERSON:Leilani|");
    expect(&w, "Yusuf Nilsson says the Piraeus Bank store in Hamburg refused her refund.",
           "PERSON:Yusuf Nilsson|ORGANIZATION:Piraeus Bank|LOCATION:Hamburg|");
    expect(&w, "i'm planning a surprise party for my husband tomás at la terrazza in lisbon.",
           "PERSON:tomás|LOCATION:lisbon|");
    /* a first name no list has as a place; a surname or a street's stays */
    expect(&w, "our exchange student leilani arrives july 18.", "PERSON:leilani|");
    expect(&w, "Courier will collect from ul. Nawrocki 59, Orem.",
           "LOCATION:ul. Nawrocki 59|LOCATION:Orem|");
    /* "in plain English" is the language; a country after "in" stays */
    expect(&w, "Rewrite the release notes for version 3.14.2 in plain English.", "");
    expect(&w, "The landlord Julian Butt lives abroad in Montenegro.",
           "PERSON:Julian Butt|LOCATION:Montenegro|");
    /* a firm after a person's role stays the firm; first names joined by
     * "and" are two people; a first name and a surname that is a town's */
    expect(&w, "Our client Sankofa Health Clinic in Kitwe asked for an invoice.",
           "ORGANIZATION:Sankofa Health Clinic|LOCATION:Kitwe|");
    expect(&w, "Draft a toast: Anouk and Quirin met in Kitwe.",
           "PERSON:Anouk|PERSON:Quirin|LOCATION:Kitwe|");
    expect(&w, "Please verify the transfer of 420 EUR from Bartosz Zamora to the bank.",
           "PERSON:Bartosz Zamora|");
    /* "a 502 Bad Gateway error" is no address; German "an" before one is */
    expect(&w, "Explain what a 502 Bad Gateway error means for a beginner.", "");
    expect(&w, "Ihre Bestellung wird an 835 Longmeadow Grove, Narathiwat geliefert.",
           "LOCATION:835 Longmeadow Grove|LOCATION:Narathiwat|");
    /* a Norwegian firm's "AS"; a place and a legal form in lower case */
    expect(&w, "Vendor onboarding: Nordlys Energi AS, contact Efua Moreau.",
           "ORGANIZATION:Nordlys Energi AS|PERSON:Efua Moreau|");
    expect(&w, "refund request: annika sato paid with card at jaipur gems pvt ltd on 26 sep 2006.",
           "PERSON:annika sato|ORGANIZATION:jaipur gems pvt ltd|");
    /* a place and a trade's head word */
    expect(&w, "draft a msg to Maeve Donoghue saying thanks for the Sardinia Ferries tickets",
           "PERSON:Maeve Donoghue|ORGANIZATION:Sardinia Ferries|");
    /* a firm written head word first, the head a word of another language */
    expect(&w, "need a cover letter for Librairie Marchand in Tromsø, my name is Maeve Lund",
           "ORGANIZATION:Librairie Marchand|LOCATION:Tromsø|PERSON:Maeve Lund|");
    /* a nationality of two words */
    expect(&w, "Rania Khalil is a South African researcher based in Cork.",
           "PERSON:Rania Khalil|NRP:South African|LOCATION:Cork|");
    guard__ner_work_dispose(&w);
}

/* Names their neighbours make names: a transcript's speakers, "the X
 * family", the subject of a verb of saying. */
static void test_speakers_families(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Transcript\nClaude: did Brightwater Bank call back?\nMadalena: not yet.",
           "PERSON:Claude|ORGANIZATION:Brightwater Bank|PERSON:Madalena|");
    /* a word no list has, next to another speaker's line */
    expect(&w, "Rain: did they pay?\nKengboon: not yet.", "PERSON:Rain|PERSON:Kengboon|");
    /* a form's keys are no speakers */
    expect(&w, "Name: Ana Lopes\nCity: Braga\nFaith: Catholic",
           "PERSON:Ana Lopes|LOCATION:Braga|NRP:Catholic|");
    expect(&w, "Wedding guest list: the Kmieć family from Csány.", "PERSON:Kmieć|LOCATION:Csány|");
    expect(&w, "Re the Bogan Family Practice referral.", "ORGANIZATION:Bogan Family Practice|");
    expect(&w, "It is based on the LZ77 family of codecs.", "");
    /* a speaker's line may hold no word */
    expect(&w, "Agent: what is your email?\nPriya: priya@example.com", "PERSON:Priya|");
    /* "my friend X": a name that is a town's too */
    expect(&w, "I fly with my friend Ngozi on Monday.", "PERSON:Ngozi|");
    expect(&w, "My colleague Oren moved to Kenya.", "PERSON:Oren|LOCATION:Kenya|");
    /* a recipient whose name is a word of another language */
    expect(&w, "Write a thank-you email to Orla at Unilever.",
           "PERSON:Orla|ORGANIZATION:Unilever|");
    /* a verb's recipient after "to"; a big town stays the place */
    expect(&w, "Action: send the deck to Dmitri. Please send the parcel to Leeds.",
           "PERSON:Dmitri|LOCATION:Leeds|");
    /* a street whose type the model took for a name */
    expect(&w, "nadia mensah lives at 1518 birch lane, bilbao.",
           "PERSON:nadia mensah|LOCATION:1518 birch lane|LOCATION:bilbao|");
    expect(&w, "Minutes: Pauline Powell opened the meeting; Otto presented the numbers.",
           "PERSON:Pauline Powell|PERSON:Otto|");
    guard__ner_work_dispose(&w);
}

/* A nationality, religion or party in lower case in a line with capitals
 * is a candidate (the writer's habit, as with names). */
static void test_lower_nrp(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Background check on Otto Bartell (malian) came back clean.",
           "PERSON:Otto Bartell|NRP:malian|");
    expect(&w, "The file is written in english and uses utf-8.", "");
    /* known firms and a legal form after a word too */
    expect(&w, "I met Sylvie Michel in Roeselare; she now works at citrix.",
           "PERSON:Sylvie Michel|LOCATION:Roeselare|ORGANIZATION:citrix|");
    /* countries and big cities too, not the common words among them */
    expect(&w, "Reimburse Cheong Wei for the taxi in kinshasa.",
           "PERSON:Cheong Wei|LOCATION:kinshasa|");
    guard__ner_work_dispose(&w);
}

/* A first name that is a verb too, opening a sentence before a particle,
 * an object or "to", is the verb (verb_first()); before a verb it is the
 * name. */
static void test_verb_first(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Can you check this?\nDrew up the plan; Hope to see you.", "");
    expect(&w, "Can you check this?\nDrew will review the plan.", "PERSON:Drew|");
    guard__ner_work_dispose(&w);
}

/* A name greeted in the vocative (greeting_name()): after a greeting that
 * opens a sentence, up to a comma, "!" or the line's end. */
static void test_greeting_names(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Hola ida, \xc2\xbfllegaste bien?", "PERSON:ida|");
    expect(&w, "Hey, August! Long time.", "PERSON:August|");
    expect(&w, "Cze\xc5\x9b\xc4\x87 bohumila, jestem ju\xc5\xbc w domu.", "PERSON:bohumila|");
    expect(&w, "Hi team, the build is green.", "");
    expect(&w, "Hi all, quick update.", "");
    expect(&w, "hello world!", "");
    expect(&w, "Hi there, can you help?", "");
    /* not a vocative: the word goes on into the sentence */
    expect(&w, "Hello kubernetes users and friends", "");
    guard__ner_work_dispose(&w);
}

/* A house number, one to three words and a street type are a LOCATION
 * (number_street()), even of common words in lower case; a model's
 * LOCATION inside grows to it. Not a distance, nor a sentence. */
static void test_number_streets(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "the spouse needs one. mail goes to 563 maple avenue, omaha.",
           "LOCATION:563 maple avenue|LOCATION:omaha|");
    expect(&w, "proof of address for minh: 2152 rookery hill avenue, pila.",
           "PERSON:minh|LOCATION:2152 rookery hill avenue|LOCATION:pila|");
    expect(&w, "It is a 5 minute walk from the station.", "");
    expect(&w, "She has been with us since 1975 and wants to close the account.", "");
    guard__ner_work_dispose(&w);
}

/* A legal form alone takes the firm's name before it (firm_before()):
 * trade words, names, one common word before a trade word; not a
 * function word. */
static void test_firm_before(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "tax return: abn 43 777 713 732 belongs to coastal plumbing pty ltd; thanks",
           "ORGANIZATION:coastal plumbing pty ltd|");
    expect(&w, "quick one: did you hear back about st\xc3\xb6wer technik ag?",
           "ORGANIZATION:st\xc3\xb6wer technik ag|");
    guard__ner_work_dispose(&w);
}

/* A field's key names its value's kind (field_value()): JSON strings and
 * key=value pairs; the last pair of a line stops before prose; not a
 * command's option, not a common word. */
static void test_field_values(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "[{\"acct\": \"X1\", \"holder\": \"Sipho Ndlovu\", \"bank\": \"Santander\"}]",
           "PERSON:Sipho Ndlovu|ORGANIZATION:Santander|");
    expect(&w, "recipient=Zaylee Knez-Cankar;city=Heede;country=Oman I met Malkemes",
           "PERSON:Zaylee Knez-Cankar|LOCATION:Heede|LOCATION:Oman|");
    expect(&w, "{\"creditor\": \"Polaris Bancorp\"}", "ORGANIZATION:Polaris Bancorp|");
    expect(&w, "gcloud run deploy --region=REGION", "");
    /* labels opening a line or a sentence: "Label: value", "Label | value" */
    expect(&w, "Name | Robin Caldera\nEmployer | Tingle Enterprises\nTown | Pessac",
           "PERSON:Robin Caldera|ORGANIZATION:Tingle Enterprises|LOCATION:Pessac|");
    expect(&w, "Author: Philip A. Nelson", "PERSON:Philip A. Nelson|");
    expect(&w, "Tax residency: Tristan da Cunha. Citizenship: Indian.",
           "LOCATION:Tristan da Cunha|NRP:Indian|");
    expect(&w, "| location | role |\n| --- | --- |", "");
    expect(&w, "    name: the field name, if specified", "");
    /* "of" after a firm's word stays in the value, "on" ends it */
    expect(&w, "bank: bank of xiaoweizhai", "ORGANIZATION:bank of xiaoweizhai|");
    expect(&w, "Employer: acme bank on monday", "ORGANIZATION:acme bank|");
    expect(&w, "{\"name\": \"express\", \"version\": \"4.18.2\"}", "");
    guard__ner_work_dispose(&w);
}

/* Italian "di" after a full name is where the person is from
 * (from_place()); after a first name alone it is the surname's particle. */
static void test_from_place(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w, "Il cliente Samuel Gil Barrios di Dasha ha chiesto un rimborso.",
           "PERSON:Samuel Gil Barrios|LOCATION:Dasha|");
    expect(&w, "il cliente darija raki\xc4\x87 di kalush ha chiesto un rimborso.",
           "PERSON:darija raki\xc4\x87|LOCATION:kalush|");
    expect(&w, "Maria di Stefano called.", "PERSON:Maria di Stefano|");
    guard__ner_work_dispose(&w);
}

/* Tagged whole: a Python function names nothing; a name in its string
 * and in its comment is still found. */
static void test_code_snippets(void **state)
{
    struct guard__ner_work w = {0};

    (void)state;
    expect(&w,
           "def load(path, encoding=None):\n    if not os.path.exists(path):\n"
           "        raise FileNotFoundError(path)\n    return None",
           "");
    expect(&w, "elif isinstance(value, dict):\n    return None", "");
    expect(&w, "# TODO: ask Anna Kowalska\nuser = User(name=\"Anna Kowalska\", city=\"Leeds\")",
           "PERSON:Anna Kowalska|PERSON:Anna Kowalska|LOCATION:Leeds|");
    /* The token buffer is reused: the code segments of one text must not
     * mark the tokens of the next. */
    expect(&w,
           "Translate into English:\nPage titans and overturning. user = User(name=\"Brooklyn "
           "Zając\", city=\"Airoli\", email=\"brooklyn@outlook.com\")",
           "PERSON:Brooklyn Zając|LOCATION:Airoli|");
    expect(&w,
           "<record><build>v7.5.0</build><passaporto>B2122400</passaporto>"
           "<organization>Manulife</organization></record>",
           "ORGANIZATION:Manulife|");
    guard__ner_work_dispose(&w);
}

/* NL_COMMON of the one word token in `text` after annotation. */
static bool annotated_common(const char *text)
{
    struct guard__ner_tok t[8];
    size_t n = guard__ner_tokenize(text, strlen(text), t, 8);

    assert_int_equal(n, 1);
    guard__ner_annotate(&model, text, t, n);
    return (t[0].lex & NL_COMMON) != 0;
}

/* The other languages' common words: the filter, the words built of them,
 * and the names it must leave alone. */
static void test_foreign_words(void **state)
{
    static const char *const common[] = {
        "magasin",     "rechnung",    "devolverlo", "llegará",      "zamówienia",
        "pouvez-vous", "m'aider",     "est-ce",     "geburtsdatum", "kundennummer",
        "chiamami",    "weryfikację", "leider",     "niemand",
    };
    static const char *const names[] = {"wrenfield", "giorgia", "lindqvist", "bergström", "nantes",
                                        "pierre",    "paris",   "rosa",      "oskar"};
    static const char *const lower[] = {
        "salut, est-ce que le magasin est ouvert dimanche matin ?",
        "je n'arrive pas à me connecter depuis hier, pouvez-vous m'aider",
        "guten morgen, die rechnung ist leider falsch, bitte korrigieren",
        "hola, el producto llegó roto y quiero devolverlo",
        "hallo, de levering is te laat en niemand neemt de telefoon op",
        "wir brauchen dringend ihre kundennummer und das geburtsdatum",
        "dzień dobry, proszę o weryfikację mojego zamówienia",
        "preciso de ajuda para cancelar a assinatura do serviço",
    };
    struct guard__ner_work w = {0};
    char out[512];

    (void)state;
    assert_true(model.fwbits > 0);
    for (size_t i = 0; i < sizeof(common) / sizeof(common[0]); i++) {
        if (!annotated_common(common[i]))
            fail_msg("%s: not a common word", common[i]);
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (annotated_common(names[i]))
            fail_msg("%s: taken for a common word", names[i]);
    }
    for (size_t i = 0; i < sizeof(lower) / sizeof(lower[0]); i++) {
        tag(&w, lower[i], out, sizeof out);
        if (out[0])
            fail_msg("%s: %s", lower[i], out);
    }
    expect(&w, "bonjour, je m'appelle camille moreau et j'habite à nantes",
           "PERSON:camille moreau|LOCATION:nantes|");
    expect(&w, "ciao, sono giorgia ferri, chiamami domani", "PERSON:giorgia ferri|");
    expect(&w, "jag heter erik lindqvist och bor i göteborg",
           "PERSON:erik lindqvist|LOCATION:göteborg|");
    guard__ner_work_dispose(&w);
}

/* Texts over NER_SEGMENT are tagged in pieces: offsets stay right. */
/* The spans of the rules after the model (streets of one word, names
 * after a title, house numbers, fields) carry the text's offsets in every
 * segment of a long text, not the segment's. */
static void test_long_text_rules(void **state)
{
    static const char line[] =
        "Mr. kobayashi lives at martensgracht 774 near 1752 elm drive.\nTown: Naranjo\n";
    static const char *const want[] = {"kobayashi", "martensgracht 774", "1752 elm drive",
                                       "Naranjo"};
    size_t n = 1500, ll = sizeof(line) - 1, found[4] = {0};
    char *text = malloc(n * ll + 1);
    struct guard__ner_work w = {0};

    (void)state;
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * ll, line, ll);
    text[n * ll] = 0;
    assert_true(n * ll > 3 * NER_SEGMENT);
    assert_int_equal(guard__ner_tag(&model, &w, text, n * ll), 0);
    for (size_t i = 0; i < w.nsp; i++) {
        const struct guard__ner_span *s = &w.sp[i];
        size_t k;

        for (k = 0; k < 4; k++)
            if (s->end - s->start == strlen(want[k]) &&
                !memcmp(text + s->start, want[k], strlen(want[k])))
                break;
        if (k == 4)
            fail_msg("span %.*s at %u", (int)(s->end - s->start), text + s->start, s->start);
        found[k]++;
    }
    for (size_t k = 0; k < 4; k++)
        if (found[k] != n)
            fail_msg("%s: %zu of %zu", want[k], found[k], n);
    guard__ner_work_dispose(&w);
    free(text);
}

static void test_long_text(void **state)
{
    static const char line[] = "Customer Amelia Novak from Leeds called about the refund.\n";
    size_t n = 3000, ll = sizeof(line) - 1;
    char *text = malloc(n * ll + 1);
    struct guard__ner_work w = {0};
    size_t per = 0, loc = 0;

    (void)state;
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * ll, line, ll);
    text[n * ll] = 0;
    assert_true(n * ll > 4 * NER_SEGMENT);
    assert_int_equal(guard__ner_tag(&model, &w, text, n * ll), 0);
    for (size_t i = 0; i < w.nsp; i++) {
        const struct guard__ner_span *s = &w.sp[i];
        if (i)
            assert_true(s->start >= w.sp[i - 1].end);
        if (s->type == 0) {
            assert_int_equal(s->end - s->start, 12);
            assert_memory_equal(text + s->start, "Amelia Novak", 12);
            per++;
        } else if (s->type == 1) {
            assert_memory_equal(text + s->start, "Leeds", 5);
            loc++;
        }
    }
    assert_int_equal(per, n);
    assert_int_equal(loc, n);
    guard__ner_work_dispose(&w);
    free(text);
}

/* ---- two scratches, two threads ---- */

static const char *const texts[] = {
    "Customer Amelia Novak from Leeds called about Fernhill Freight Co.",
    "Ticket for Kim Min-jun (Seoul) and Tan Wei Ling, both at Harbourside Health.",
    "no names here, just code: x = foo(bar) and a README.md",
};

struct worker {
    struct guard__ner_work w;
    char out[3][512];
    int iters;
};

static void *run_worker(void *arg)
{
    struct worker *k = arg;

    for (int it = 0; it < k->iters; it++)
        for (size_t i = 0; i < 3; i++) {
            char cur[512];
            tag(&k->w, texts[i], cur, sizeof cur);
            if (it == 0)
                strcpy(k->out[i], cur);
            else if (strcmp(cur, k->out[i]) != 0)
                return (void *)1;
        }
    return NULL;
}

static void test_two_scratches(void **state)
{
    struct worker a = {.iters = 200}, b = {.iters = 200};
    pthread_t ta, tb;
    void *ra, *rb;

    (void)state;
    assert_int_equal(pthread_create(&ta, NULL, run_worker, &a), 0);
    assert_int_equal(pthread_create(&tb, NULL, run_worker, &b), 0);
    assert_int_equal(pthread_join(ta, &ra), 0);
    assert_int_equal(pthread_join(tb, &rb), 0);
    assert_null(ra);
    assert_null(rb);
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(a.out[i], b.out[i]);
    guard__ner_work_dispose(&a.w);
    guard__ner_work_dispose(&b.w);
}

/* ---- loading: embedded default and a path ---- */

static int count_entity(const struct guard_results *r, const char *type)
{
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += strcmp(r->v[i].entity, type) == 0;
    return n;
}

static void analyze_one(const char *model_path, int want_rc)
{
    struct guard_engine *e = NULL;
    struct guard_scratch *s = NULL;
    struct guard_results r = {0};
    struct guard_opts opt = {0};
    const char *err = NULL;
    const char *text = "Dear Ms. Lindqvist, your parcel to Gothenburg is delayed.";
    int rc = guard_engine_new(model_path, &e, &err);

    assert_int_equal(rc, want_rc);
    if (rc < 0)
        return;
    assert_int_equal(guard_scratch_new(e, &s), 0);
    assert_int_equal(guard_analyze(e, s, str_from(text), &opt, &r), 0);
    assert_int_equal(count_entity(&r, "PERSON"), 1);
    assert_int_equal(count_entity(&r, "LOCATION"), 1);
    for (size_t i = 0; i < r.n; i++)
        if (strcmp(r.v[i].entity, "PERSON") == 0) {
            assert_memory_equal(text + r.v[i].start, "Lindqvist", 9);
            assert_string_equal(r.v[i].recognizer, "NerRecognizer");
        }
    /* no_ner: patterns only. */
    guard_results_reset(&r);
    opt.no_ner = true;
    assert_int_equal(guard_analyze(e, s, str_from(text), &opt, &r), 0);
    assert_int_equal(count_entity(&r, "PERSON"), 0);
    guard_results_dispose(&r);
    guard_scratch_free(s);
    guard_engine_free(e);
}

static void write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

/*
 * The tagger decodes only the runs of candidate tokens (ner_feat.c,
 * decode_runs()). The labels must be the ones a Viterbi pass over the whole
 * text gives with every other token forced to O: texts that start and end
 * with a candidate, runs next to each other, lower-case lines (every
 * uncommon word a candidate), a line of capitals, and long runs.
 */
static void test_runs_match_full_viterbi(void **state)
{
    static const char *const samples[] = {
        "Ingrid Solberg moved from Bergen to Tromsø last spring.",
        "Please forward the invoice to Tobias Hartmann at Kessler & Vogt GmbH in Leipzig",
        "thanks, ravi kumar from pune called about the delivery to 14 Marigold Lane",
        "MEETING WITH ANA LUCIA FERREIRA AT THE LISBON OFFICE ON MONDAY",
        "Dr. Chen, Prof. Okafor and Ms. Lindqvist met the Norwegian delegation.",
        ("The ticket was filed by Jean-Baptiste O'Connor of the Banco Santander team, "
         "escalated to Priya, then closed.\nnext steps: ask mariana costa in porto."),
        "Zürich, Genève, Lausanne, Basel, Bern, Luzern, Lugano",
        "Hi",
        "",
    };
    struct guard__ner_work w = {0};
    size_t labelled = 0;

    (void)state;
    for (size_t k = 0; k < sizeof(samples) / sizeof(samples[0]); k++) {
        const char *t = samples[k];
        size_t len = strlen(t);

        assert_int_equal(guard__ner_tag(&model, &w, t, len), 0);
        size_t n = guard__ner_tokenize(t, len, NULL, 0);
        if (n == 0)
            continue;
        int32_t *em = calloc(n * NER_NLAB, sizeof(*em));
        uint8_t *bp = calloc(n * NER_NLAB, 1), *ref = calloc(n, 1);
        assert_non_null(em);
        assert_non_null(bp);
        assert_non_null(ref);
        for (size_t i = 0; i < n; i++)
            for (int y = 0; y < NER_NLAB; y++)
                em[i * NER_NLAB + y] = w.t[i].cand  ? w.em[i * NER_NLAB + y]
                                       : y == NER_O ? 0
                                                    : -(1 << 28);
        guard__ner_viterbi(em, model.tr, n, bp, ref);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(w.lab[i], ref[i]);
            labelled += ref[i] != NER_O;
        }
        free(em);
        free(bp);
        free(ref);
    }
    assert_true(labelled > 20); /* the texts do hold entities */
    guard__ner_work_dispose(&w);
}

static void test_load(void **state)
{
    size_t size = (size_t)(guard__ner_blob_end - guard__ner_blob);
    char path[] = "/tmp/test_ner_XXXXXX";
    int fd = mkstemp(path);

    (void)state;
    assert_true(fd >= 0);
    close(fd);
    analyze_one(NULL, 0); /* the embedded model */
    write_file(path, guard__ner_blob, size);
    analyze_one(path, 0); /* the same model from a file */
    write_file(path, guard__ner_blob, size / 2);
    analyze_one(path, GW_EINVAL); /* truncated */
    write_file(path, "not a model at all, not at all", 30);
    analyze_one(path, GW_EINVAL);
    unlink(path);
    analyze_one("/nonexistent/ner.model", GW_ENOTFOUND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokenize_offsets),
        cmocka_unit_test(test_tokenize_urls_and_code),
        cmocka_unit_test(test_tokenize_address_run),
        cmocka_unit_test(test_tokenize_fast_is_reference),
        cmocka_unit_test(test_shapes_and_affixes_ascii),
        cmocka_unit_test(test_easy_cases),
        cmocka_unit_test(test_contractions),
        cmocka_unit_test(test_negatives),
        cmocka_unit_test(test_gate_plain_capitals),
        cmocka_unit_test(test_gate_code),
        cmocka_unit_test(test_code_snippets),
        cmocka_unit_test(test_gate_signoffs_colours),
        cmocka_unit_test(test_signoffs_colours),
        cmocka_unit_test(test_title_names),
        cmocka_unit_test(test_from_place),
        cmocka_unit_test(test_field_values),
        cmocka_unit_test(test_firm_before),
        cmocka_unit_test(test_number_streets),
        cmocka_unit_test(test_greeting_names),
        cmocka_unit_test(test_verb_first),
        cmocka_unit_test(test_lower_nrp),
        cmocka_unit_test(test_name_by_neighbour),
        cmocka_unit_test(test_language_slot),
        cmocka_unit_test(test_not_entities),
        cmocka_unit_test(test_speakers_families),
        cmocka_unit_test(test_known_firms),
        cmocka_unit_test(test_names_again),
        cmocka_unit_test(test_join_names),
        cmocka_unit_test(test_month_slot),
        cmocka_unit_test(test_gate_common_capitals),
        cmocka_unit_test(test_gate_date_words),
        cmocka_unit_test(test_gate_wrapped_lines),
        cmocka_unit_test(test_foreign_words),
        cmocka_unit_test(test_long_text),
        cmocka_unit_test(test_long_text_rules),
        cmocka_unit_test(test_two_scratches),
        cmocka_unit_test(test_runs_match_full_viterbi),
        cmocka_unit_test(test_load),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
