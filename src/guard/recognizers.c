/*
 * The built-in pattern recognizers: Presidio's predefined recognizers for
 * every country, with their entity names, pattern names, base scores and
 * context words, and the validators that turn a checksum into a score.
 *
 * Where this table departs from Presidio, the comment at the recognizer says
 * why; docs/pii.md ("Pattern recognizers") has the summary. The main rules:
 *
 *   - patterns are bounded by Unicode-aware look-arounds (a Latin letter,
 *     accented or not, a digit or '_' may not touch an identifier; Hangul or
 *     CJK may, since Korean attaches particles to numbers);
 *   - digit identifiers may not be glued to a longer number by a separator
 *     (NL/NR below), so a grouped number is never read as its own suffix;
 *   - a checksum validator answers GV_PASS (score 1.0) or GV_DROP; a rule
 *     that only checks structure (a region code, a plausible date) answers
 *     GV_KEEP or GV_DROP and never raises the score to 1.0;
 *   - shapes shared by many identifiers are flagged GP_WEAK (see
 *     GUARD_WEAK_CAP in guard_int.h);
 *   - identifiers with letters are matched case-insensitively but must not
 *     mix cases ("ab123456c" and "AB123456C", not "Ab123456c").
 *
 * Patterns are PCRE2 (UTF, UCP) and written so that prefilter.c can derive
 * the Hyperscan prefilter: [0-9] rather than \d, no \b, no back-references,
 * no named groups, simple look-arounds.
 */
#include "guard/guard_int.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>

/* ---- pattern building blocks -------------------------------------------- */

#define AN "A-Za-z0-9_\\x{C0}-\\x{24F}"
/* Not preceded / followed by a Latin letter, a digit or '_'. */
#define BL "(?<![" AN "])"
#define BR "(?![" AN "])"
/* Numbers: nor glued to another number by a separator ("12 345" is not the
 * start of a 3-3-3 identifier, "123-45-6789-01" is no SSN). A comma joins
 * thousands only between one to three digits and a group of three: else it
 * separates the fields of a row ("Sowerby,971-63-1434,133-85-6950",
 * "361 320 207,2022-06-12"). */
#define NL BL "(?<![0-9][ ./-])(?!(?<=(?<![0-9]{3})[0-9],)[0-9]{3}(?![0-9]))"
#define NR "(?![ ./-][0-9])(?!,(?<![0-9]{4},)[0-9]{3}(?![0-9]))" BR

#define ARR(a) a, sizeof(a) / sizeof(a[0])

/* Nine digits in threes, joined by blanks or by hyphens (TFN 646-736-810):
 * the TFN's, ACN's and New York licence's shape, one expression for the
 * three (identical patterns share one). */
#define GROUPS_333 "[0-9]{3}(?: [0-9]{3} |-[0-9]{3}-)[0-9]{3}"

/*
 * An upper-case letter and a digit side by side, or one blank or hyphen
 * apart: every plate, registration and licence shape that carries this
 * trigger has one within `back` bytes of its start. Hyperscan spends time
 * on every byte for each character-class expression, whatever it reports
 * (on bench/pii's mixed text the thirteen shapes cost it 0.1 to 1.6 ns a
 * byte each); one shared trigger costs ~0.05 ns a byte, and PCRE2 then runs
 * each shape in the few bytes around its ~1 report a KB.
 */
#define T_LD .hs = "[A-Z][ -]?[0-9]"
/* The junctions of a T_LD pattern (guard__pattern.ld_sep, .ld_runs): the
 * separators between letter and digit, and the digit counts of the run
 * starting there. */
#define LD(sep, runs) .ld_sep = (sep), .ld_runs = (runs)
#define LD_N          GUARD_LD_NONE
#define LD_B          GUARD_LD_BLANK
#define LD_H          GUARD_LD_HYPHEN
#define R(k)          (1u << (k))

/* ---- helpers for validators --------------------------------------------- */

static bool case_consistent(const char *s, size_t n)
{
    bool up = false, lo = false;

    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            up = true;
        else if (s[i] >= 'a' && s[i] <= 'z')
            lo = true;
    }
    return !(up && lo);
}

/* All separators (non-alphanumerics) of s are the same byte. */
static bool same_separators(const char *s, size_t n)
{
    char sep = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        if (isalnum(c))
            continue;
        if (sep && c != sep)
            return false;
        sep = (char)c;
    }
    return true;
}

static size_t ndigits(const char *s, size_t n)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            k++;
    return k;
}

#define SPAN(t, c) ((t) + (c)->start), ((c)->end - (c)->start)

static int pass_or_drop(bool ok)
{
    return ok ? GV_PASS : GV_DROP;
}

#define COMPACT_VALIDATOR(fn, check, alnum, consistent)                                            \
    static int fn(const char *t, size_t n, struct guard__cand *c)                                  \
    {                                                                                              \
        char buf[64];                                                                              \
        size_t k;                                                                                  \
        (void)n;                                                                                   \
        if (c->end - c->start >= sizeof(buf))                                                      \
            return GV_DROP;                                                                        \
        if ((consistent) && !same_separators(SPAN(t, c)))                                          \
            return GV_DROP;                                                                        \
        if (alnum && !case_consistent(SPAN(t, c)))                                                 \
            return GV_DROP;                                                                        \
        k = guard__compact(SPAN(t, c), buf, sizeof(buf), alnum);                                   \
        return pass_or_drop(check(buf, k));                                                        \
    }

/* ---- CREDIT_CARD -------------------------------------------------------- */

/* Issuer prefixes and lengths (ISO/IEC 7812 ranges as the networks publish
 * them). Presidio accepts any 4/5/6/1/3 prefix; this also admits Mastercard's
 * 2221-2720 range and Mir's 2200-2204, which Presidio misses. */
static bool card_iin(const char *d, size_t n)
{
    int p2 = (d[0] - '0') * 10 + (d[1] - '0');
    int p3 = p2 * 10 + (d[2] - '0');
    int p4 = p3 * 10 + (d[3] - '0');
    int p6 = p4 * 100 + (d[4] - '0') * 10 + (d[5] - '0');

    if (d[0] == '4')
        return n == 13 || n == 16 || n == 19; /* Visa */
    if (p2 >= 51 && p2 <= 55)
        return n == 16; /* Mastercard */
    if (p4 >= 2221 && p4 <= 2720)
        return n == 16; /* Mastercard 2-series */
    if (p4 >= 2200 && p4 <= 2204)
        return n >= 16 && n <= 19; /* Mir */
    if (p2 == 34 || p2 == 37)
        return n == 15; /* Amex */
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39)
        return n >= 14 && n <= 19; /* Diners */
    if (p4 >= 3528 && p4 <= 3589)
        return n >= 16 && n <= 19; /* JCB */
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925))
        return n >= 16 && n <= 19; /* Discover */
    if (p2 == 62 || p2 == 81)
        return n >= 16 && n <= 19; /* UnionPay */
    if (p2 == 50 || (p2 >= 56 && p2 <= 69))
        return n >= 12 && n <= 19; /* Maestro and other 5/6 issuers */
    if (d[0] == '1')
        return n == 15; /* UATP */
    return false;
}

static int v_credit_card(const char *t, size_t n, struct guard__cand *c)
{
    char d[32];
    size_t k;

    (void)n;
    if (c->end - c->start > 30 || !same_separators(SPAN(t, c)))
        return GV_DROP;
    k = guard__compact(SPAN(t, c), d, sizeof(d), false);
    if (k < 13 || k > 19 || !card_iin(d, k))
        return GV_DROP;
    return pass_or_drop(guard__luhn(d, k));
}

static const struct guard__pattern p_credit_card[] = {
    {"All Credit Cards (weak)", NL "[1-6][0-9]{12,18}" NR, 0.3, GP_TD},
    {"All Credit Cards (weak)",
     NL "[1-6][0-9]{3}(?:[ -][0-9]{4}){2}[ -][0-9]{1,4}(?:[ -][0-9]{1,3})?" NR, 0.3, GP_TG},
    {"All Credit Cards (weak)", NL "3[0-9]{3}[ -][0-9]{6}[ -][0-9]{4,5}" NR, 0.3, GP_TG},
};
static const char *const c_credit_card[] = {
    "credit",      "card",         "visa",    "mastercard",
    "master card", "cc",           "amex",    "american express",
    "discover",    "jcb",          "diners",  "maestro",
    "unionpay",    "instapayment", "tarjeta", "carta",
    "karta",       "kart",         "kortti",  NULL};

/* ---- CRYPTO ------------------------------------------------------------- */

static int v_crypto(const char *t, size_t n, struct guard__cand *c)
{
    const char *s = t + c->start;
    size_t len = c->end - c->start;
    bool lower = false, upper = false;

    (void)n;
    if (s[0] == '1' || s[0] == '3')
        return pass_or_drop(guard__base58check(s, len));
    if (s[0] == '0') {
        for (size_t i = 2; i < len; i++) {
            if (s[i] >= 'a' && s[i] <= 'f')
                lower = true;
            if (s[i] >= 'A' && s[i] <= 'F')
                upper = true;
        }
        /* EIP-55: only a mixed-case address carries a checksum. */
        if (lower && upper)
            return pass_or_drop(guard__eth_checksum(s, len));
        return GV_KEEP;
    }
    return pass_or_drop(guard__segwit_valid(s, len));
}

static const struct guard__pattern p_crypto[] = {
    {"Crypto Bitcoin (Medium)", BL "[13][1-9A-HJ-NP-Za-km-z]{25,34}" BR, 0.5, GP_TA},
    {"Crypto Bitcoin (Medium)", BL "(?:bc1|BC1|tb1|TB1)[02-9AC-HJ-NP-Zac-hj-np-z]{11,71}" BR, 0.5,
     GP_TA},
    {"Crypto Ethereum EOA (Medium)", BL "0x[0-9a-fA-F]{40}" BR, 0.5, GP_TA},
};
static const char *const c_crypto[] = {
    "wallet", "btc", "bitcoin", "crypto", "eth", "ethereum", "cryptocurrency", "address", NULL};

/* ---- DATE_TIME ---------------------------------------------------------- */

/* Month and weekday names in en/es/it/pl/fi/tr/fr/de/pt/nl/sv (longest
 * first where one is a prefix of another). */
#define EN_MON                                                                                     \
    "january|february|march|april|may|june|july|august|september|october|november|december|"       \
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
#define ES_MON                                                                                     \
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"    \
    "diciembre|ene|abr|ago|dic"
#define IT_MON                                                                                     \
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|gen|mag|"    \
    "giu|lug|set|ott|dic"
#define PL_MON                                                                                      \
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|" \
    "grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|"  \
    "listopad|grudzień|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru"
#define FI_MON                                                                                     \
    "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|"     \
    "syyskuuta|lokakuuta|marraskuuta|joulukuuta|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|"    \
    "kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu"
#define TR_MON "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
/* fr, de, pt, nl, sv: the names the lists above do not have already.
 * Not Portuguese "out" (outubro) nor "set" alone: English words before a
 * number ("sold out 3", "set 5"); "set" is Italian's, kept for dev's dates. */
#define FR_MON                                                                                     \
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|décembre|" \
    "decembre|janv|févr|fevr|avr|juil|déc"
#define DE_MON "januar|jänner|jaenner|februar|märz|maerz|oktober|dezember|mär|okt|dez"
#define PT_MON                                                                                     \
    "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|fev"
#define NL_MON "januari|februari|maart|mei|juni|juli|augustus|augusti|mrt" /* and sv */
#define MONTHS                                                                                     \
    "(?:" EN_MON "|" ES_MON "|" IT_MON "|" PL_MON "|" FI_MON "|" TR_MON "|" FR_MON "|" DE_MON      \
    "|" PT_MON "|" NL_MON ")"
#define WEEKDAYS                                                                                     \
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|"       \
    "thu|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"       \
    "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|" \
    "domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|maanantaina|"            \
    "tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|maanantai|tiistai|"        \
    "keskiviikko|torstai|perjantai|lauantai|sunnuntai|pazartesi|salı|çarşamba|perşembe|"         \
    "cumartesi|cuma|pazar|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|"               \
    "dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|segunda-feira|terça-feira|"     \
    "terca-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|"          \
    "vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)"
#define DAY  "(?:0?[1-9]|[12][0-9]|3[01])"
#define YEAR "[12][0-9]{3}"
#define AMPM "(?:[AaPp][Mm]|[AaPp]\\.[Mm]\\.)(?![A-Za-z])"
#define TIME                                                                                       \
    "(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?"                       \
    "(?:[ \\x{A0}]?" AMPM ")?|(?:1[0-2]|0?[1-9])[ \\x{A0}]?" AMPM ")"
/* ", at 9:15 AM", " 16:15", " alle 10:30", " o 14:00", " klo 9:00"; Finnish
 * writes the time after "klo" with a full stop ("klo 14.10") */
#define TAIL                                                                                       \
    "(?:,?[ \\x{A0}]{1,3}(?:(?:(?:at|a las|a la|alle|ore|o godz\\.|o|klo\\.?|kello|saat|um|@)[ "   \
    "\\x{A0}]{1,3})?" TIME "|(?:klo\\.?|kello)[ \\x{A0}]{1,3}(?:[01]?[0-9]|2[0-3])\\.[0-5][0-9])"  \
    "(?:[ ]?(?:Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2}))?)?"

static int month_of(const char *s, size_t n);
static bool version_context(const char *t, size_t start);

/* A word list with the lengths computed at compile time: looking a word up
 * took a strlen() of every entry first (version_context() alone, ~80 calls
 * and 2.8k instructions per scan of the 1 KB chat message). */
struct lenword {
    const char *s;
    size_t len;
};
/* clang-format off */
#define LW(x) {x, sizeof(x) - 1}
/* clang-format on */

/* strncasecmp(a, b, n) == 0 for b without NUL in its first n bytes, folded
 * inline: the process keeps the "C" locale, where only A-Z fold, and the
 * library call cost ~20 instructions more a word than the compare. */
static bool same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

        if (x >= 'A' && x <= 'Z')
            x += 'a' - 'A';
        if (y >= 'A' && y <= 'Z')
            y += 'a' - 'A';
        if (x != y)
            return false;
    }
    return true;
}

/* Is t[0, n) one of `w` (ASCII case folded)? Two bytes equal but for
 * case are equal once 0x20 is or-ed into both, so the first byte rules
 * most entries out before strncasecmp() is called (~50 instructions a
 * call: version_context() alone made 20 a scan of bench/pii's chat). */
static bool lenword_has(const char *t, size_t n, const struct lenword *w, size_t nw)
{
    unsigned char c0;

    if (!n)
        return false;
    c0 = (unsigned char)t[0] | 0x20;
    for (size_t k = 0; k < nw; k++)
        if (n == w[k].len && c0 == ((unsigned char)w[k].s[0] | 0x20) && same_ci(t, w[k].s, n))
            return true;
    return false;
}

/* Log lines: a timestamp followed by a level, or opening a line, or in
 * brackets, is a machine timestamp, not a date in prose (dev corpus
 * convention, and what a masker should leave alone). */
static bool is_log_timestamp(const char *t, size_t n, size_t start, size_t end)
{
    static const struct lenword levels[] = {LW("TRACE"), LW("DEBUG"),    LW("INFO"),  LW("NOTICE"),
                                            LW("WARN"),  LW("WARNING"),  LW("ERROR"), LW("ERR"),
                                            LW("CRIT"),  LW("CRITICAL"), LW("FATAL"), LW("ALERT"),
                                            LW("EMERG"), LW("SEVERE")};
    bool has_secs = false;
    size_t i = end, j;

    for (size_t k = start; k + 5 < end; k++)
        if (t[k] == ':' && isdigit((unsigned char)t[k + 1]) && isdigit((unsigned char)t[k + 2]) &&
            t[k + 3] == ':' && isdigit((unsigned char)t[k + 4]))
            has_secs = true;
    /* after: [.,]digits, Z, ], ) then blanks, then a level word */
    while (i < n && (t[i] == '.' || t[i] == ',') && i + 1 < n && isdigit((unsigned char)t[i + 1])) {
        i++;
        while (i < n && isdigit((unsigned char)t[i]))
            i++;
    }
    if (i < n && (t[i] == 'Z' || t[i] == ']' || t[i] == ')'))
        i++;
    if (i < n && (t[i] == ']' || t[i] == ')'))
        i++;
    j = i;
    while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '|' || t[j] == '-' || t[j] == '['))
        j++;
    if (j > i) {
        size_t w = j;

        while (w < n && isalpha((unsigned char)t[w]))
            w++;
        if (lenword_has(t + j, w - j, levels, sizeof(levels) / sizeof(levels[0])))
            return true;
    }
    if (has_secs) {
        size_t b = start;

        if (b > 0 && t[b - 1] == '[')
            return true;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
            b--;
        if (b == 0 || t[b - 1] == '\n' || t[b - 1] == '\r')
            return true;
    }
    return false;
}

/* Numeric dates: separators consistent, the day fits the month under d/m or
 * m/d, a two-digit year only with two-digit day and month (so that version
 * strings such as 5.2.13 are not dates) unless the separator is '/', which
 * no version uses: 5/3/24 is Presidio's "mm/dd/yy" (and dd/mm/yy). */
static bool numeric_date_ok(const char *s, size_t n)
{
    int v[3] = {0, 0, 0}, w[3] = {0, 0, 0}, k = 0;
    char sep[2] = {0, 0};
    size_t i = 0;

    while (i < n && k < 3) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        while (i < n && isdigit((unsigned char)s[i])) {
            v[k] = v[k] * 10 + (s[i] - '0');
            w[k]++;
            i++;
        }
        k++;
        if (k < 3) {
            if (i >= n)
                return false;
            sep[k - 1] = s[i++];
        }
    }
    if (k != 3 || sep[0] != sep[1])
        return false;
    if (w[0] == 4) /* y-m-d */
        return guard__date_valid(v[0], v[1], v[2]);
    if (w[2] == 2 && (w[0] != 2 || w[1] != 2) && sep[0] != '/')
        return false;
    if (w[2] == 2)
        v[2] += v[2] < 50 ? 2000 : 1900;
    /* dots: day.month.year everywhere dots are used (de, pl, fi, tr, it...) */
    if (sep[0] == '.')
        return guard__date_valid(v[2], v[1], v[0]);
    return guard__date_valid(v[2], v[1], v[0]) || guard__date_valid(v[2], v[0], v[1]);
}

static int v_date(const char *t, size_t n, struct guard__cand *c)
{
    const char *s = t + c->start;
    size_t len = c->end - c->start;

    if (is_log_timestamp(t, n, c->start, c->end))
        return GV_DROP;
    /* a version ("-rc1", "v1.2.3") or a longer dotted number */
    if (c->end + 1 < n && t[c->end] == '-' && isalpha((unsigned char)t[c->end + 1]))
        return GV_DROP;
    if (c->start > 0 && (t[c->start - 1] == 'v' || t[c->start - 1] == 'V'))
        return GV_DROP;
    if (c->pat <= 1) {
        /* numeric patterns: check the date part (up to the first blank or T) */
        size_t dl = 0;

        while (dl < len && s[dl] != ' ' && s[dl] != 'T' && s[dl] != ',')
            dl++;
        if (!numeric_date_ok(s, dl))
            return GV_DROP;
        /* "upgrading from 10.12.31": a two-part-year dotted version; "patch
         * 2023.10.1": a calendar version (CalVer's YYYY.MM.MICRO) */
        if (((dl == 8 && s[2] == '.') || (c->pat == 0 && s[4] == '.')) &&
            version_context(t, c->start))
            return GV_DROP;
    } else {
        /* "may" without a year and in lower case is the verb ("2 may be") */
        size_t i = 0;

        while (i < len && !isalpha((unsigned char)s[i]))
            i++;
        if (i + 3 <= len && strncmp(s + i, "may", 3) == 0 &&
            (i + 3 == len || !isalpha((unsigned char)s[i + 3]))) {
            bool year = false;

            for (size_t k = i; k + 4 <= len; k++)
                if (isdigit((unsigned char)s[k]) && isdigit((unsigned char)s[k + 1]) &&
                    isdigit((unsigned char)s[k + 2]) && isdigit((unsigned char)s[k + 3]))
                    year = true;
            if (!year)
                return GV_DROP;
        }
        /* day against month length: the month word is the one after the
         * day (16 January) or before it (January 16) */
        {
            size_t k = 0, d0, d1, w0, w1;
            int day = 0, mon = 0;

            while (k < len && !isdigit((unsigned char)s[k]))
                k++;
            d0 = k;
            while (k < len && isdigit((unsigned char)s[k]))
                day = day * 10 + (s[k++] - '0');
            d1 = k;
            if (d1 < len && s[d1] == ':')
                day = 0; /* a time, no day */
            if (c->pat == 2) {
                w0 = d1;
                while (w0 < len && !isalpha((unsigned char)s[w0]))
                    w0++;
                w1 = w0;
                while (w1 < len && isalpha((unsigned char)s[w1]))
                    w1++;
                /* skip "st", "of", "de" */
                if (w1 - w0 <= 2 && w1 < len) {
                    w0 = w1;
                    while (w0 < len && !isalpha((unsigned char)s[w0]))
                        w0++;
                    w1 = w0;
                    while (w1 < len && isalpha((unsigned char)s[w1]))
                        w1++;
                }
            } else {
                w1 = d0;
                while (w1 > 0 && !isalpha((unsigned char)s[w1 - 1]))
                    w1--;
                w0 = w1;
                while (w0 > 0 && isalpha((unsigned char)s[w0 - 1]))
                    w0--;
            }
            if (w1 > w0)
                mon = month_of(s + w0, w1 - w0);
            if (mon > 0 && day > 0 && day <= 31 && !guard__date_valid(2000, mon, day))
                return GV_DROP;
        }
    }
    return GV_KEEP;
}

/* Month number of the first month name in s (English and the others), or 0. */
static int month_of(const char *s, size_t n)
{
    static const struct {
        const char *p;
        int m;
    } names[] = {
        {"jan", 1},    {"feb", 2},   {"mar", 3},   {"apr", 4},     {"may", 5},    {"jun", 6},
        {"jul", 7},    {"aug", 8},   {"sep", 9},   {"oct", 10},    {"nov", 11},   {"dec", 12},
        {"ene", 1},    {"abr", 4},   {"ago", 8},   {"dic", 12},    {"gen", 1},    {"febb", 2},
        {"apri", 4},   {"mag", 5},   {"giu", 6},   {"lug", 7},     {"set", 9},    {"ott", 10},
        {"sty", 1},    {"lut", 2},   {"kwi", 4},   {"maj", 5},     {"cze", 6},    {"lip", 7},
        {"sie", 8},    {"lis", 11},  {"gru", 12},  {"tammi", 1},   {"helmi", 2},  {"maalis", 3},
        {"huhti", 4},  {"touko", 5}, {"elo", 8},   {"syys", 9},    {"loka", 10},  {"marras", 11},
        {"joulu", 12}, {"ocak", 1},  {"nisan", 4}, {"haziran", 6}, {"temmuz", 7}, {"ekim", 10},
        {"avr", 4},    {"mai", 5},   {"juin", 6},  {"juil", 7},    {"ao", 8},     {"okt", 10},
        {"dez", 12},   {"fev", 2},   {"out", 10},  {"mei", 5},     {"mrt", 3},
    };
    size_t i = 0;

    while (i < n) {
        size_t j = i;

        while (j < n && isalpha((unsigned char)s[j]))
            j++;
        if (j > i) {
            for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
                size_t l = strlen(names[k].p);

                if (j - i >= l && strncasecmp(s + i, names[k].p, l) == 0)
                    return names[k].m;
            }
        }
        i = j + 1;
    }
    return 0;
}

/*
 * The four date patterns with a month name share one Hyperscan trigger: the
 * month names, a literal set (their derived prefilters were character-class
 * automata that cost a quarter of Hyperscan's time on long text). Non-ASCII
 * letters are widened as the derived prefilters widen them, so any case of
 * them triggers. Each pattern's `back` is the most bytes from its match's
 * start to the name's end, plus 4 for a widened letter that took more
 * bytes than it has: "dd MMMM" 42 (weekday "poniedziałek", ",", blanks, day,
 * "º", " of", blanks, "października"), "MMMM dd" 26 (weekday, ",", blanks,
 * "september"), "dd-MMM" 12, "MMMM yyyy" 13 (the name).
 */
#define MONTH_TRIGGER                                                                              \
    "(?:"                                                                                          \
    "january|february|march|april|may|june|july|august|september|october|november|december|"       \
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|"       \
    "julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|gennaio|"       \
    "febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|gen|mag|giu|"        \
    "lug|set|ott|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"                      \
    "wrze[\\x80-\\xff]{2,4}nia|pa[\\x80-\\xff]{2,4}dziernika|listopada|grudnia|"                   \
    "stycze[\\x80-\\xff]{2,4}|luty|marzec|kwiecie[\\x80-\\xff]{2,4}|maj|czerwiec|lipiec|"          \
    "sierpie[\\x80-\\xff]{2,4}|wrzesie[\\x80-\\xff]{2,4}|pa[\\x80-\\xff]{2,4}dziernik|"            \
    "listopad|grudzie[\\x80-\\xff]{2,4}|sty|lut|kwi|cze|lip|sie|wrz|pa[\\x80-\\xff]{2,4}|"         \
    "lis|gru|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|"                             \
    "kes[\\x80-\\xff]{2,4}kuuta|hein[\\x80-\\xff]{2,4}kuuta|elokuuta|syyskuuta|lokakuuta|"         \
    "marraskuuta|joulukuuta|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|"                        \
    "kes[\\x80-\\xff]{2,4}kuu|hein[\\x80-\\xff]{2,4}kuu|elokuu|syyskuu|lokakuu|marraskuu|"         \
    "joulukuu|ocak|[\\x80-\\xff]{2,4}ubat|mart|nisan|may[\\x80-\\xff]{2,4}s|haziran|temmuz|"       \
    "a[\\x80-\\xff]{2,4}ustos|eyl[\\x80-\\xff]{2,4}l|ekim|kas[\\x80-\\xff]{2,4}m|"                 \
    "aral[\\x80-\\xff]{2,4}k|janvier|f\\xc3[\\xa9\\x89]vrier|fevrier| mars|avril| mai|juin|"       \
    "juillet|ao\\xc3[\\xbb\\x9b]t| aout|septembre|octobre|d\\xc3[\\xa9\\x89]cembre|decembre|"      \
    " janv| f\\xc3[\\xa9\\x89]vr| fevr| avr| juil| d\\xc3[\\xa9\\x89]c|januar|"                    \
    "j\\xc3[\\xa4\\x84]nner|jaenner|februar|m\\xc3[\\xa4\\x84]rz|maerz|oktober|dezember|"          \
    " m\\xc3[\\xa4\\x84]r| okt| dez|janeiro|fevereiro|mar\\xc3[\\xa7\\x87]o|marco| maio|"          \
    "junho|julho|setembro|outubro|novembro|dezembro| fev|januari|februari|maart| mei| juni|"       \
    " juli|augustus|augusti| mrt"                                                                  \
    ")"

/*
 * Reports of MONTH_TRIGGER, vetted per pattern by what must stand right
 * next to the name. month_word(): the name is a whole word (a letter after
 * it, or a letter, digit or '_' before it, rules every pattern out); a word
 * of ASCII letters must be a month name itself ("mar" inside "grammar"); one
 * with non-ASCII bytes ("kesäkuuta", "Şubat") is left to PCRE2. `*b` is
 * where the word starts.
 */
static bool month_word(const char *t, size_t n, size_t to, size_t *b)
{
    static const struct lenword names[] = {
        LW("january"),     LW("february"),   LW("march"),      LW("april"),      LW("may"),
        LW("june"),        LW("july"),       LW("august"),     LW("september"),  LW("october"),
        LW("november"),    LW("december"),   LW("jan"),        LW("feb"),        LW("mar"),
        LW("apr"),         LW("jun"),        LW("jul"),        LW("aug"),        LW("sept"),
        LW("sep"),         LW("oct"),        LW("nov"),        LW("dec"),        LW("enero"),
        LW("febrero"),     LW("marzo"),      LW("abril"),      LW("mayo"),       LW("junio"),
        LW("julio"),       LW("agosto"),     LW("septiembre"), LW("setiembre"),  LW("octubre"),
        LW("noviembre"),   LW("diciembre"),  LW("ene"),        LW("abr"),        LW("ago"),
        LW("dic"),         LW("gennaio"),    LW("febbraio"),   LW("aprile"),     LW("maggio"),
        LW("giugno"),      LW("luglio"),     LW("settembre"),  LW("ottobre"),    LW("novembre"),
        LW("dicembre"),    LW("gen"),        LW("mag"),        LW("giu"),        LW("lug"),
        LW("set"),         LW("ott"),        LW("stycznia"),   LW("lutego"),     LW("marca"),
        LW("kwietnia"),    LW("maja"),       LW("czerwca"),    LW("lipca"),      LW("sierpnia"),
        LW("listopada"),   LW("grudnia"),    LW("luty"),       LW("marzec"),     LW("maj"),
        LW("czerwiec"),    LW("lipiec"),     LW("listopad"),   LW("sty"),        LW("lut"),
        LW("kwi"),         LW("cze"),        LW("lip"),        LW("sie"),        LW("wrz"),
        LW("lis"),         LW("gru"),        LW("tammikuuta"), LW("helmikuuta"), LW("maaliskuuta"),
        LW("huhtikuuta"),  LW("toukokuuta"), LW("elokuuta"),   LW("syyskuuta"),  LW("lokakuuta"),
        LW("marraskuuta"), LW("joulukuuta"), LW("tammikuu"),   LW("helmikuu"),   LW("maaliskuu"),
        LW("huhtikuu"),    LW("toukokuu"),   LW("elokuu"),     LW("syyskuu"),    LW("lokakuu"),
        LW("marraskuu"),   LW("joulukuu"),   LW("ocak"),       LW("mart"),       LW("nisan"),
        LW("haziran"),     LW("temmuz"),     LW("ekim"),       LW("janvier"),    LW("fevrier"),
        LW("mars"),        LW("avril"),      LW("mai"),        LW("juin"),       LW("juillet"),
        LW("aout"),        LW("septembre"),  LW("octobre"),    LW("decembre"),   LW("janv"),
        LW("fevr"),        LW("avr"),        LW("juil"),       LW("januar"),     LW("jaenner"),
        LW("februar"),     LW("maerz"),      LW("oktober"),    LW("dezember"),   LW("okt"),
        LW("dez"),         LW("janeiro"),    LW("fevereiro"),  LW("marco"),      LW("maio"),
        LW("junho"),       LW("julho"),      LW("setembro"),   LW("outubro"),    LW("novembro"),
        LW("dezembro"),    LW("fev"),        LW("januari"),    LW("februari"),   LW("maart"),
        LW("mei"),         LW("juni"),       LW("juli"),       LW("augustus"),   LW("augusti"),
        LW("mrt")};
    size_t i = to;
    bool ascii = true;

    if (to < n && isalpha((unsigned char)t[to]))
        return false;
    while (i > 0 && (isalpha((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80)) {
        ascii = ascii && (unsigned char)t[i - 1] < 0x80;
        i--;
    }
    *b = i;
    if (i > 0 && (isdigit((unsigned char)t[i - 1]) || t[i - 1] == '_'))
        return false;
    return !ascii || (unsigned char)t[to - 1] >= 0x80 ||
           lenword_has(t + i, to - i, names, sizeof(names) / sizeof(names[0]));
}

/* Where the blanks (' ', `max` at most) from i end. */
static size_t skip_blanks(const char *t, size_t n, size_t i, int max)
{
    for (int k = 0; k < max && i < n && t[i] == ' '; k++)
        i++;
    return i;
}

/* "16 January", "3rd of March", "20 de abril": a digit at most 12 bytes
 * before the name (suffix, "of", blanks). */
static bool month_after_day(const char *t, size_t n, size_t to)
{
    size_t b;

    if (!month_word(t, n, to, &b) || b == 0 || t[b - 1] != ' ')
        return false;
    for (size_t i = b; i > 0 && i + 12 >= b; i--)
        if (isdigit((unsigned char)t[i - 1]))
            return true;
    return false;
}

/*
 * "August 11", "Sept. 5": '.'?, 1 to 3 blanks, then a day that is a whole
 * run of digits. The pattern's DAY ("0?[1-9]|[12][0-9]|3[01]") is all
 * digits, and what may follow it ("st|nd|rd|th" and then (?![0-9])) never
 * starts with a digit, so DAY must take the whole run: 1 to 9, or 01 to 31.
 * "March 2019" fails here, where PCRE2 tried every start in the 32 bytes
 * before the name for nothing (~6k instructions).
 */
static bool month_then_day(const char *t, size_t n, size_t to)
{
    size_t b, i = to, j, r;

    if (!month_word(t, n, to, &b))
        return false;
    if (i < n && t[i] == '.')
        i++;
    j = skip_blanks(t, n, i, 3);
    if (j == i)
        return false;
    for (r = j; r < n && r - j < 3 && isdigit((unsigned char)t[r]); r++)
        ;
    if (r - j == 1)
        return t[j] != '0';
    if (r - j == 2)
        return (t[j] == '0' && t[j + 1] != '0') || t[j] == '1' || t[j] == '2' ||
               (t[j] == '3' && (t[j + 1] == '0' || t[j + 1] == '1'));
    return false;
}

/* "25-SEP-2002", "3/Mar/21": '-' or '/' on both sides. */
static bool month_dashed(const char *t, size_t n, size_t to)
{
    size_t b;

    return month_word(t, n, to, &b) && to < n && (t[to] == '-' || t[to] == '/') && b > 0 &&
           (t[b - 1] == '-' || t[b - 1] == '/');
}

/* "September 2021", "marzo de 2021": '.'?, ','?, blanks, "de"/"del"
 * and blanks maybe, then a year's first digit. Not a capitalised "Mars". */
static bool month_then_year(const char *t, size_t n, size_t to)
{
    size_t b, i = to, j;

    if (!month_word(t, n, to, &b))
        return false;
    /* French and Swedish write "mars 2024"; "Mars 2020" is a rover. */
    if (to - b == 4 && t[b] != 'm' && same_ci(t + b, "mars", 4))
        return false;
    if (i < n && t[i] == '.')
        i++;
    if (i < n && t[i] == ',')
        i++;
    j = skip_blanks(t, n, i, 3);
    if (j == i)
        return false;
    if (j + 1 < n && (t[j] | 0x20) == 'd' && (t[j + 1] | 0x20) == 'e') {
        size_t k = j + 2;

        if (k < n && (t[k] | 0x20) == 'l')
            k++;
        size_t m = skip_blanks(t, n, k, 3);
        if (m > k)
            j = m;
    }
    return j < n && (t[j] == '1' || t[j] == '2');
}

/* Bytes no date with a month name contains: the search for one starts after
 * the last of them (the derived windows are ~110 bytes for the optional
 * weekday and time; a syslog line start is usually much closer). */
#define DATE_STOP "\t\n\v\f\r!\"#$%&()*;<=>?[\\]^_`{|}~"
/* "MMMM yyyy" starts with the name its report ends: every ASCII byte that is
 * not a letter stops the walk back, so PCRE2 tries the name's own starts
 * only, not the 18 bytes before it. */
#define MONTH_NAME_STOP                                                                            \
    DATE_STOP                                                                                      \
    "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b"     \
    "\x1c\x1d\x1e\x1f\x7f '+,-./0123456789:@"
static const struct guard__pattern p_date[] = {
    /* 0: yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd, with an optional time */
    {"yyyy-mm-dd",
     NL YEAR "[-/.](?:0?[1-9]|1[0-2])[-/.]" DAY "(?:(?:T|,?[ ]{1,3}(?:at[ ]{1,3})?)" TIME
             "(?:Z|[ ]?UTC|[+-][0-9]{2}:?[0-9]{2})?)?" NR,
     0.6, GP_TG},
    /* 1: dd/mm/yyyy, mm/dd/yyyy, dd.mm.yy, d-m-yyyy ... */
    {"dd/mm/yyyy or mm/dd/yyyy", NL DAY "[/.-]" DAY "[/.-](?:" YEAR "|[0-9]{2})" TAIL NR, 0.6,
     GP_TG},
    /* 2: 16 January 1951, 20 de abril de 2023, 3rd of March, 3. maaliskuuta 2021 */
    {"dd MMMM yyyy",
     BL "(?:" WEEKDAYS ",?[ ]{1,3})?" DAY
        "(?:st|nd|rd|th|er|º|°|\\.)?(?:[ ]{1,3}(?:de|of))?[ ]{1,3}" MONTHS
        "\\.?(?![\\p{L}])(?:,?[ ]{1,3}(?:de(?:l)?[ ]{1,3})?(?:" YEAR "|'[0-9]{2}))?" TAIL BR,
     0.6, GP_CASELESS, .stop = DATE_STOP, .hs = MONTH_TRIGGER, .back = 48, .pre = month_after_day},
    /* 3: August 11, 2023; Tuesday, September 17; jan 4 2022; August 5 at 9:15 AM */
    {"MMMM dd, yyyy",
     BL "(?:" WEEKDAYS ",?[ ]{1,3})?(?:" EN_MON ")\\.?[ ]{1,3}" DAY
        "(?:st|nd|rd|th)?(?![0-9])(?:,?[ ]{1,3}" YEAR ")?" TAIL BR,
     0.6, GP_CASELESS, .stop = DATE_STOP, .hs = MONTH_TRIGGER, .back = 32, .pre = month_then_day},
    /* 4: 25-SEP-2002, 3/Mar/21 */
    {"dd-MMM-yyyy",
     NL DAY "[-/](?:" EN_MON ")[-/](?:" YEAR
            "|[0-9]{2})(?::[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?" NR,
     0.6, GP_CASELESS, .stop = DATE_STOP, .hs = MONTH_TRIGGER, .back = 16, .pre = month_dashed},
    /* 5: September 2021, marzo de 2021 */
    {"MMMM yyyy", BL MONTHS "\\.?,?[ ]{1,3}(?:de(?:l)?[ ]{1,3})?" YEAR NR, 0.5, GP_CASELESS,
     .stop = MONTH_NAME_STOP, .hs = MONTH_TRIGGER, .back = 18, .pre = month_then_year},
    /* 6: a clock time on its own: 14:30, 9:15 AM, 5pm */
    {"time", NL "(?<![0-9]T)(?<![0-9] )(?<![0-9]:)" TIME "(?![0-9:])" BR, 0.5, 0,
     .hs = "[0-9]:[0-5][0-9]|[0-9] ?[AaPp]\\.?[Mm]", .back = 8},
};
static const char *const c_date[] = {
    "date",        "birthday",    "dob",     "born",   "birth",    "date of birth",
    "appointment", "scheduled",   "expires", "expiry", "due",      "deadline",
    "fecha",       "data",        "nato",    "nata",   "urodzony", "urodzona",
    "syntynyt",    "syntymäaika", "doğum",   "tarih",  "tarihi",   NULL};

/* ---- EMAIL_ADDRESS ------------------------------------------------------ */

static int v_email(const char *t, size_t n, struct guard__cand *c)
{
    size_t i = c->end;

    (void)n;
    while (i > c->start && t[i - 1] != '.')
        i--;
    /* Presidio: tldextract must find a registered suffix. */
    return pass_or_drop(i > c->start && guard__tld_known(t + i, c->end - i));
}

#define EMAIL_L  "[A-Za-z0-9_\\x{C0}-\\x{24F}]"
#define EMAIL_LR "[A-Za-z0-9._%+'\\x{C0}-\\x{24F}-]"
#define EMAIL_D  "[A-Za-z0-9\\x{C0}-\\x{24F}]"
static const struct guard__pattern p_email[] = {
    {"Email (Medium)",
     "(?<![A-Za-z0-9._%+\\x{C0}-\\x{24F}-])" EMAIL_L EMAIL_LR "*@" EMAIL_D
     "(?:[A-Za-z0-9\\x{C0}-\\x{24F}-]{0,61}" EMAIL_D ")?(?:\\." EMAIL_D
     "(?:[A-Za-z0-9\\x{C0}-\\x{24F}-]{0,61}" EMAIL_D ")?)*\\.[A-Za-z]{2,24}" BR,
     0.5, 0, .hs = "[A-Za-z0-9_.%+'-]@", .back = 256,
     .stop = " \t\n\v\f\r!\"#$&()*,/:;<=>?[\\]^`{|}~"},
};
static const char *const c_email[] = {"email", "e-mail", "mail", "correo", "posta", NULL};

/* ---- IBAN_CODE ---------------------------------------------------------- */

/* Cuts the candidate at its country's IBAN length (the pattern may have run
 * into a following word or number, Presidio's "fallback groups"), then
 * checks the BBAN structure and MOD 97-10. An IBAN in lower case ("fr49
 * 5723 ...", a text typed or folded so) is one too, its letters all of one
 * case: "De89 3704 ..." is none. */
static int v_iban(const char *t, size_t n, struct guard__cand *c)
{
    char buf[40];
    size_t k = 0, i, want = 0;
    char sep = 0;
    int cases = 0; /* 1 upper, 2 lower */

    (void)n;
    for (i = c->start; i < c->end && k < sizeof buf; i++) {
        char ch = t[i];

        if (ch == ' ' || ch == '-') {
            if (sep && ch != sep)
                return GV_DROP;
            sep = ch;
            continue;
        }
        if (ch >= 'a' && ch <= 'z') {
            cases |= 2;
            ch = (char)(ch - 'a' + 'A');
        } else if (ch >= 'A' && ch <= 'Z')
            cases |= 1;
        buf[k++] = ch;
        if (k == 2) {
            want = (size_t)guard__iban_length(buf);
            if (!want)
                return GV_DROP;
        }
        if (k >= 2 && k == want) {
            i++;
            break;
        }
    }
    if (k < 2 || k != want || cases == 3)
        return GV_DROP;
    if (i < c->end && t[i] != ' ' && t[i] != '-')
        return GV_DROP;
    c->end = i;
    return pass_or_drop(guard__iban_valid(buf, k));
}

static const struct guard__pattern p_iban[] = {
    {"IBAN Generic",
     "(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ "
     "-]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])",
     0.5, GP_CASELESS, .hs = "[A-Z]{2}[0-9]{2}[ -]?[A-Z0-9]{4}[ -]?[A-Z0-9]", .back = 12},
};
static const char *const c_iban[] = {"iban", "bank", "transaction", "account", "transfer", NULL};

/* ---- IP_ADDRESS --------------------------------------------------------- */

/* A three-part version string, "7.30.7" or "v7.30.7" (a trailing '.' ends
 * the sentence): no IPv4 address has three parts, and groups of at most
 * three digits leave out dates with a four-digit year ("11.11.2023"). */
static bool semver_word(const char *s, size_t n)
{
    size_t i = 0, parts = 0;

    while (n > 0 && s[n - 1] == '.')
        n--;
    if (n > 0 && (s[0] == 'v' || s[0] == 'V'))
        i++;
    while (i < n) {
        size_t d = i;

        while (i < n && isdigit((unsigned char)s[i]))
            i++;
        if (i == d || i - d > 3)
            return false;
        parts++;
        if (i < n && s[i++] != '.')
            return false;
    }
    return parts == 3;
}

/* Words that make a dotted quad a version number ("firmware 4.9.11.52"),
 * or a version string before it ("from 7.30.7 to 4.16.16.103"), in the
 * four words before it and the same clause. */
static bool version_context(const char *t, size_t start)
{
    static const struct lenword words[] = {
        LW("version"),   LW("ver"),     LW("v"),         LW("firmware"), LW("release"),
        LW("released"),  LW("build"),   LW("upgrade"),   LW("upgraded"), LW("upgrading"),
        LW("update"),    LW("updated"), LW("patch"),     LW("tag"),      LW("sdk"),
        LW("bump"),      LW("bumped"),  LW("changelog"), LW("semver"),   LW("rc"),
        LW("downgrade"), LW("kernel"),  LW("driver"),    LW("package")};
    size_t i = start, seen = 0;

    while (i > 0 && seen < 4) {
        size_t e;

        /* a clause's end past the first word is the phrase's ("ACL update:
         * permit 10.27.130.9"; "FIRMWARE: 10.4.9.11" is a key's value) */
        while (i > 0 && !isalnum((unsigned char)t[i - 1])) {
            char c = t[i - 1];
            if (seen && (c == ':' || c == ';' || c == '\n' || c == '!' || c == '?' ||
                         (c == '.' && t[i] == ' ')))
                return false;
            i--;
        }
        e = i;
        while (i > 0 && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))
            i--;
        if (e == i)
            break;
        if (lenword_has(t + i, e - i, words, sizeof(words) / sizeof(words[0])) ||
            semver_word(t + i, e - i))
            return true;
        seen++;
    }
    return false;
}

static int v_ip(const char *t, size_t n, struct guard__cand *c)
{
    char buf[64];
    unsigned char addr[16];
    size_t len = c->end - c->start;

    (void)n;
    if (len >= sizeof(buf))
        return GV_DROP;
    memcpy(buf, t + c->start, len);
    buf[len] = '\0';
    if (strchr(buf, ':')) {
        if (inet_pton(AF_INET6, buf, addr) != 1)
            return GV_DROP;
        return GV_KEEP;
    }
    if (inet_pton(AF_INET, buf, addr) != 1)
        return GV_DROP;
    /* two parts of three digits or more are an address's, not a version's
     * ("the release branch from 147.240.247.139") */
    int wide = 0;
    for (size_t i = 0, run = 0; i <= len; i++) {
        if (i < len && buf[i] != '.') {
            run++;
            continue;
        }
        wide += run == 3;
        run = 0;
    }
    if (wide < 2 && version_context(t, c->start))
        return GV_DROP;
    return GV_KEEP;
}

#define OCT  "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
#define IPV4 OCT "\\." OCT "\\." OCT "\\." OCT
#define H4   "[0-9A-Fa-f]{1,4}"
/* Every IPv6 form has "::" or seven colons. */
#define IPV6_TRIGGER "::|(?:[0-9A-Fa-f]{1,4}:){7}"
static const struct guard__pattern p_ip[] = {
    /* The derived prefilter (four octet alternations) made Hyperscan four
     * times slower next to the digit families; every dotted quad holds this
     * trigger, ending at most 13 bytes after its start. */
    {"IPv4",
     "(?<![A-Za-z0-9_.\\x{C0}-\\x{24F}])" IPV4 "(?![.][0-9])(?![0-9A-Za-z_\\x{C0}-\\x{24F}])", 0.6,
     0, .hs = "[0-9]\\.[0-9]+\\.[0-9]+\\.[0-9]", .back = 16},
    {"IPv6",
     "(?<![A-Za-z0-9_:\\x{C0}-\\x{24F}])(?:(?:" H4 ":){7}" H4 "|(?:" H4 ":){1,7}:|(?:" H4
     ":){1,6}:" H4 "|(?:" H4 ":){1,5}(?::" H4 "){1,2}|(?:" H4 ":){1,4}(?::" H4 "){1,3}|(?:" H4
     ":){1,3}(?::" H4 "){1,4}|(?:" H4 ":){1,2}(?::" H4 "){1,5}|" H4 ":(?::" H4 "){1,6}|:(?::" H4
     "){1,7})(?![.][0-9])(?![0-9A-Za-z_:])",
     0.6, 0, .hs = IPV6_TRIGGER, .back = 48, .scan = GUARD_SCAN_IPV6},
    {"IPv4_mapped", "(?<![0-9A-Fa-f:])::(?:ffff(?::0{1,4})?:)" IPV4 "(?![0-9])", 0.6, GP_CASELESS,
     .hs = "::", .back = 4},
    {"IPv4_embedded", "(?<![0-9A-Fa-f:])(?:" H4 ":){1,4}:(?:" H4 ":){0,4}" IPV4 "(?![0-9])", 0.6, 0,
     .hs = "::", .back = 28},
};
static const char *const c_ip[] = {"ip",     "ipv4",   "ipv6",    "ip address", "host",
                                   "server", "client", "address", NULL};

/* ---- MAC_ADDRESS -------------------------------------------------------- */

static int v_mac(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k = 0;

    (void)n;
    for (size_t i = c->start; i < c->end && k < 12; i++)
        if (isxdigit((unsigned char)t[i]))
            buf[k++] = (char)toupper((unsigned char)t[i]);
    if (k != 12 || !case_consistent(SPAN(t, c)))
        return GV_DROP;
    if (memcmp(buf, "FFFFFFFFFFFF", 12) == 0 || memcmp(buf, "000000000000", 12) == 0)
        return GV_DROP;
    return GV_KEEP;
}

#define HX "[0-9A-Fa-f]"
static const struct guard__pattern p_mac[] = {
    {"MAC_ADDRESS", "(?<![0-9A-Za-z_:.-])" HX "{2}(?::" HX "{2}){5}(?![:-]" HX ")(?![0-9A-Za-z_])",
     0.6, 0, .hs = HX "{2}:" HX "{2}:" HX "{2}:", .back = 9},
    {"MAC_ADDRESS", "(?<![0-9A-Za-z_:.-])" HX "{2}(?:-" HX "{2}){5}(?![:-]" HX ")(?![0-9A-Za-z_])",
     0.6, 0, .hs = HX "{2}-" HX "{2}-" HX "{2}-", .back = 9},
    {"MAC_CISCO",
     "(?<![0-9A-Za-z_:.-])" HX "{4}\\." HX "{4}\\." HX "{4}(?![.]" HX ")(?![0-9A-Za-z_])", 0.6, 0,
     .hs = HX "{4}\\." HX "{4}\\.", .back = 10},
};
static const char *const c_mac[] = {"mac",
                                    "mac address",
                                    "hardware address",
                                    "physical address",
                                    "ethernet",
                                    "wifi",
                                    "wi fi",
                                    "nic",
                                    "device",
                                    NULL};

/* ---- PHONE_NUMBER ------------------------------------------------------- */

/* A number right after "SKU", "P/N", "part number", "serial", "model" or
 * "order" is a code of that kind, whatever its layout. */
static bool part_number_context(const char *t, size_t start)
{
    static const struct lenword words[] = {
        LW("sku"),   LW("p/n"),      LW("pn"),      LW("part"),   LW("serial"),
        LW("model"), LW("order"),    LW("invoice"), LW("ticket"), LW("batch"),
        LW("lot"),   LW("tracking"), LW("isbn"),    LW("ref"),    LW("reference")};
    size_t i = start, seen = 0;

    while (i > 0 && seen < 3) {
        size_t e;

        while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ':' || t[i - 1] == '#' || t[i - 1] == '.'))
            i--;
        e = i;
        while (i > 0 && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '/'))
            i--;
        if (e == i)
            break;
        if (lenword_has(t + i, e - i, words, sizeof(words) / sizeof(words[0])))
            return true;
        /* "part number" / "order no": look one word further */
        if (!((e - i == 6 && strncasecmp(t + i, "number", 6) == 0) ||
              (e - i == 2 && strncasecmp(t + i, "no", 2) == 0) ||
              (e - i == 3 && strncasecmp(t + i, "num", 3) == 0)))
            break;
        seen++;
    }
    return false;
}

/* Presidio uses libphonenumber. Here: international and national layouts of
 * about twenty countries, then a digit count (E.164 allows at most 15). */
static int v_phone(const char *t, size_t n, struct guard__cand *c)
{
    const char *s = t + c->start;
    size_t len = c->end - c->start, d, seps = 0;
    int open = 0;

    (void)n;
    /* "(call +1 (907) 239-0991)": the last ')' closes the sentence's */
    for (size_t i = 0; i < len; i++)
        open += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
    while (open < 0 && len > 0 && s[len - 1] == ')') {
        len--;
        open++;
    }
    c->end = c->start + len;
    d = ndigits(s, len);
    if (d < 7 || d > 15)
        return GV_DROP;
    for (size_t i = 0; i < len; i++)
        if (s[i] == ' ' || s[i] == '-' || s[i] == '.' || s[i] == '(')
            seps++;
    if (c->pat == 2 && seps == 0)
        return GV_DROP;
    if (c->pat == 2 && (d < 9 || d > 12))
        return GV_DROP;
    /* 123-45-6789 is an SSN layout, not a phone one */
    if (len == 11 && s[3] == '-' && s[6] == '-' && ndigits(s, len) == 9)
        return GV_DROP;
    /* an international number needs a plausible national part */
    if (s[0] == '+' && d < 8)
        return GV_DROP;
    /* national layouts end in a pair only when pairs are the grouping
     * (FR 06 60 99 36 87, TR 0532 419 52 18); 096-8263-49 is a part number */
    if (c->pat == 2) {
        size_t g[8], ng = 0, run = 0;

        for (size_t i = 0; i <= len; i++) {
            if (i < len && isdigit((unsigned char)s[i])) {
                run++;
            } else if (run) {
                if (ng < 8)
                    g[ng++] = run;
                run = 0;
            }
        }
        if (ng >= 2 && g[ng - 1] == 2 && g[ng - 2] > 3)
            return GV_DROP;
    }
    if (part_number_context(t, c->start))
        return GV_DROP;
    return GV_KEEP;
}

#define PH_L "(?<![A-Za-z0-9_+\\x{C0}-\\x{24F}])(?<![0-9][ .-])(?<![A-Za-z0-9]-)"
#define PH_R "(?![ .-]?[0-9])(?!-[A-Za-z0-9])(?![A-Za-z0-9_\\x{C0}-\\x{24F}])"
static const struct guard__pattern p_phone[] = {
    /* 0: +cc with groups, (0), parentheses */
    {"International",
     PH_L "\\+[ ]?[1-9][0-9]{0,2}(?:[ .-]?\\(0\\))?(?:[ .-]?\\(?[0-9]{1,5}\\)?){1,6}" PH_R, 0.4, 0,
     .hs = "\\+ ?[1-9]", .back = 3},
    /* 1: NANP (US, CA): (626) 530-8433, 847-477-3104, 472.818.0167 */
    {"NANP",
     PH_L
     "(?:1[ .-]?)?(?:\\([2-9][0-9]{2}\\)[ .-]?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[ .-][0-9]{4}" PH_R,
     0.4, 0, .hs = "[2-9][0-9]{2}\\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4}", .back = 20,
     .scan = GUARD_SCAN_NANP},
    /* 2: national with trunk prefix 0: 07315 002013, 06 60 99 36 87, 010-2910-1381 */
    {"National", PH_L "(?:\\(0[1-9][0-9]{0,4}\\)|0[1-9][0-9]{0,4})(?:[ .-][0-9]{2,8}){1,4}" PH_R,
     0.4, 0, .hs = "0[1-9][0-9]{0,4}\\)?[ .-][0-9]{2}", .back = 10, .scan = GUARD_SCAN_NATIONAL},
    /* 3: 9 digits in threes (ES, PL, PT mobiles) */
    {"National (weak)", NL "[1-9][0-9]{2}[ .-][0-9]{3}[ .-][0-9]{3}" NR, 0.1, GP_WEAK | GP_TG},
    /* 4: 10 digits, NANP, no separators */
    {"NANP (weak)", NL "[2-9][0-9]{2}[2-9][0-9]{6}" NR, 0.1, GP_WEAK | GP_TD},
    /* 5: Brazil, a two-digit area code in parentheses: (15) 96701-0929
     * (mobile), (11) 3456-7890 */
    {"Brazil", PH_L "\\([1-9][0-9]\\)[ ]?(?:9[0-9]{4}|[2-5][0-9]{3})-[0-9]{4}" PH_R, 0.4, 0,
     .hs = "\\([1-9][0-9]\\) ?[2-59][0-9]{3,4}-[0-9]{4}", .back = 16},
    /* 6: Turkey, the trunk 0 before the area code's parentheses:
     * 0 (502) 503 05 88 */
    {"Turkey", PH_L "0 ?\\([1-9][0-9]{2}\\) ?[0-9]{3} ?[0-9]{2} ?[0-9]{2}" PH_R, 0.4, 0,
     .hs = "0 ?\\([1-9][0-9]{2}\\) ?[0-9]{3}", .back = 11},
    /* 7: Singapore, eight digits in fours (6: fixed, 8 and 9: mobile) */
    {"Singapore (weak)", NL "[689][0-9]{3}[ -][0-9]{4}" NR, 0.1, GP_WEAK | GP_TG},
    /* 8: nine digits as three and three pairs (ES 641 78 65 96) */
    {"National (weak)", NL "[1-9][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}" NR, 0.1, GP_WEAK | GP_TG},
    /* 9: Italian mobiles without +39: 3xx and six or seven digits (372 6387675) */
    {"Italy mobile (weak)", NL "3[0-9]{2}[ .-][0-9]{6,7}" NR, 0.1, GP_WEAK | GP_TG},
};
static const char *const c_phone[] = {
    "phone",     "telephone",  "tel",           "mobile",     "cell",          "cellphone",
    "call",      "fax",        "whatsapp",      "sms",        "text",          "contact",
    "reach",     "dial",       "ring",          "teléfono",   "telefono",      "móvil",
    "movil",     "celular",    "cellulare",     "telefon",    "telefonu",      "komórka",
    "komórkowy", "puhelin",    "puhelinnumero", "gsm",        "cep",           "numara",
    "my number", "her number", "his number",    "our number", "telemóvel",     "telemovel",
    "telefone",  "llamar",     "llámame",       "llamame",    "llamemos",      "llámenos",
    "chiamare",  "chiamami",   "chiamaci",      "new number", "my new number", "best number",
    NULL};

/* ---- URL ---------------------------------------------------------------- */

static bool popular_gtld(const char *s, size_t n)
{
    static const struct lenword g[] = {
        LW("com"),    LW("net"),     LW("org"),    LW("edu"),    LW("gov"),    LW("mil"),
        LW("int"),    LW("info"),    LW("biz"),    LW("io"),     LW("ai"),     LW("co"),
        LW("app"),    LW("dev"),     LW("me"),     LW("tv"),     LW("xyz"),    LW("online"),
        LW("site"),   LW("store"),   LW("shop"),   LW("tech"),   LW("blog"),   LW("cloud"),
        LW("events"), LW("tel"),     LW("pro"),    LW("travel"), LW("museum"), LW("jobs"),
        LW("news"),   LW("website"), LW("agency"), LW("health")};

    return lenword_has(s, n, g, sizeof(g) / sizeof(g[0]));
}

/* A top-level label: 2 to 24 ASCII letters. */
static bool alpha_label(const char *s, size_t n)
{
    if (n < 2 || n > 24)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)s[i]))
            return false;
    return true;
}

static int v_url(const char *t, size_t n, struct guard__cand *c)
{
    const char *s = t + c->start;
    size_t len = c->end - c->start, h0 = 0, h1, labels = 1, tld0;
    bool scheme = false, www = false, path;

    /* trailing punctuation belongs to the sentence */
    while (len > 0) {
        char ch = s[len - 1];

        if (strchr(".,;:!?'\"*", ch))
            len--;
        else if (ch == ')') {
            int open = 0, close = 0;

            for (size_t i = 0; i < len; i++)
                open += s[i] == '(', close += s[i] == ')';
            if (close > open)
                len--;
            else
                break;
        } else
            break;
    }
    c->end = c->start + len;
    for (size_t i = 0; i + 2 < len; i++)
        if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/') {
            scheme = true;
            h0 = i + 3;
            break;
        }
    if (len - h0 >= 4 && strncasecmp(s + h0, "www", 3) == 0)
        www = true;
    h1 = h0;
    while (h1 < len && !strchr("/?#", s[h1]))
        h1++;
    path = h1 < len;
    /* userinfo, port */
    for (size_t i = h0; i < h1; i++)
        if (s[i] == '@')
            h0 = i + 1;
    for (size_t i = h1; i > h0; i--)
        if (s[i - 1] == ':') {
            h1 = i - 1;
            break;
        } else if (!isdigit((unsigned char)s[i - 1]))
            break;
    if (h1 <= h0)
        return GV_DROP;
    if (scheme) {
        char buf[64];
        unsigned char a[16];

        if (h1 - h0 == 9 && strncasecmp(s + h0, "localhost", 9) == 0)
            return GV_KEEP;
        if (h1 - h0 < sizeof(buf)) {
            memcpy(buf, s + h0, h1 - h0);
            buf[h1 - h0] = '\0';
            if (inet_pton(AF_INET, buf, a) == 1)
                return GV_KEEP;
        }
        if (s[h0] == '[')
            return GV_KEEP;
    }
    tld0 = h1;
    while (tld0 > h0 && s[tld0 - 1] != '.')
        tld0--;
    if (tld0 == h0)
        return GV_DROP;
    for (size_t i = h0; i < h1; i++)
        labels += s[i] == '.';
    /* after a scheme any name of letters ends a host ("https://bookings.example.marine"):
     * the scheme says what it is */
    if (!guard__tld_known(s + tld0, h1 - tld0) && !(scheme && alpha_label(s + tld0, h1 - tld0)))
        return GV_DROP;
    if (!scheme && !www) {
        /* A bare name.ext: not a file name, not Python attribute access. */
        for (size_t i = tld0; i < h1; i++)
            if (isupper((unsigned char)s[i]))
                return GV_DROP;
        if (guard__tld_file_ext(s + tld0, h1 - tld0))
            return GV_DROP;
        /* an object's attribute in code: `self.int`, `this.events` */
        if ((h1 - h0 > 5 && strncmp(s + h0, "self.", 5) == 0) ||
            (h1 - h0 > 5 && strncmp(s + h0, "this.", 5) == 0) ||
            (h1 - h0 > 4 && strncmp(s + h0, "cls.", 4) == 0))
            return GV_DROP;
        /* a method called on a dotted name: `net.app.sync.Job.run(Job.java:61)` */
        if (!path && c->end < n && t[c->end] == '(')
            return GV_DROP;
        if (!(h1 - tld0 == 2 || popular_gtld(s + tld0, h1 - tld0) || labels >= 3 || path))
            return GV_DROP;
    }
    return GV_KEEP;
}

/* A report of the bare-domain trigger ends a ".word": is the word a TLD? */
static bool tld_before(const char *t, size_t n, size_t to)
{
    size_t b = to;

    (void)n;
    while (b > 0 && isalpha((unsigned char)t[b - 1]))
        b--;
    return b > 0 && t[b - 1] == '.' && guard__tld_known(t + b, to - b);
}

#define URL_PATH "(?:[/?#][^\\s<>\"'\\x{60}\\x{A0}]*)?"
/* Nothing in a URL: the search for one starts after the last of these. */
#define URL_STOP " \t\n\v\f\r<>\"'`"
static const struct guard__pattern p_url[] = {
    {"Standard Url", BL "(?:https?|ftp)://[^\\s/?#<>\"'\\x{60}\\x{A0}]+" URL_PATH, 0.6, GP_CASELESS,
     .hs = "(?:https?|ftp)://", .back = 8},
    {"Non schema URL",
     "(?<![A-Za-z0-9_@.\\x{C0}-\\x{24F}/-])www[0-9]{0,3}\\.[^\\s/?#<>\"'\\x{60}\\x{A0}@]+" URL_PATH,
     0.5, GP_CASELESS, .hs = "www[0-9]{0,3}\\.", .back = 8},
    {"Non schema URL",
     "(?<![A-Za-z0-9_@.\\x{C0}-\\x{24F}/"
     ":\\\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
     "[A-Za-z]{2,24}(?![A-Za-z0-9_@\\x{C0}-\\x{24F}-])(?!\\.[A-Za-z0-9])(?::[0-9]{2,5})?(?:/"
     "[^\\s<>\"'\\x{60}\\x{A0}]*)?",
     0.5, 0, .hs = "\\.[A-Za-z]{2,24}\\b", .back = 300, .pre = tld_before, .stop = URL_STOP,
     .scan = GUARD_SCAN_DOTWORD},
};
static const char *const c_url[] = {"url",    "website", "link",   "site",   "web", "page",
                                    "domain", "visit",   "browse", "portal", NULL};

/* ---- US ----------------------------------------------------------------- */

/* SSN: the delimiters must agree, and the SSA rules hold (Presidio's list,
 * plus: area numbers 900-999 are never SSNs, they are ITINs). */
static int v_ssn(const char *t, size_t n, struct guard__cand *c)
{
    char d[16];
    size_t k;

    (void)n;
    if (!same_separators(SPAN(t, c)))
        return GV_DROP;
    k = guard__compact(SPAN(t, c), d, sizeof(d), false);
    return guard__us_ssn_plausible(d, k) ? GV_KEEP : GV_DROP;
}

static const struct guard__pattern p_ssn[] = {
    {"SSN5 (medium)", NL "[0-9]{3}[- .][0-9]{2}[- .][0-9]{4}" NR, 0.5, GP_TG},
    {"SSN1 (very weak)", NL "[0-9]{5}-[0-9]{4}" NR, 0.05, GP_WEAK | GP_TG},
    {"SSN2 (very weak)", NL "[0-9]{3}-[0-9]{6}" NR, 0.05, GP_WEAK | GP_TG},
    {"SSN4 (very weak)", NL "[0-9]{9}" NR, 0.05, GP_WEAK | GP_TD},
};
/* Presidio also lists "social", "security" and "ssid" alone: too common
 * (a security deposit, a Wi-Fi SSID); "my social" is the number. */
static const char *const c_ssn[] = {"ssn",
                                    "ssns",
                                    "ss",
                                    "social security",
                                    "social security number",
                                    "social sec",
                                    "soc sec",
                                    "my social",
                                    "your social",
                                    "her social",
                                    "his social",
                                    "their social",
                                    "with social",
                                    "the social",
                                    "social no",
                                    "social number",
                                    NULL};

#define ITIN_MID "(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])"
static int v_itin(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return same_separators(SPAN(t, c)) ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_itin[] = {
    {"Itin (very weak)", NL "9[0-9]{2}[- ]" ITIN_MID "[0-9]{4}" NR, 0.05, GP_WEAK | GP_TG},
    {"Itin (very weak)", NL "9[0-9]{2}" ITIN_MID "[- ][0-9]{4}" NR, 0.05, GP_WEAK | GP_TG},
    {"Itin (weak)", NL "9[0-9]{2}" ITIN_MID "[0-9]{4}" NR, 0.3, GP_WEAK | GP_TD},
    {"Itin (medium)", NL "9[0-9]{2}[- ]" ITIN_MID "[- ][0-9]{4}" NR, 0.5, GP_TG},
};
static const char *const c_itin[] = {
    "itin", "taxpayer", "individual taxpayer", "tax", "taxid", "tax id", "tin", NULL};

static const struct guard__pattern p_us_passport[] = {
    {"Passport (very weak)", NL "[0-9]{9}" NR, 0.05, GP_WEAK | GP_TD},
    {"Passport Next Generation (very weak)", BL "[A-Z][0-9]{8}" BR, 0.1, GP_WEAK | GP_TA},
};
/* Presidio also lists "us", "united", "states", "document": "contact us". */
static const char *const c_us_passport[] = {"passport",    "passport number", "passport no",
                                            "us passport", "travel document", NULL};

/* Driver licences: Presidio's union of state formats (ntsi.com list), with
 * the one-letter-one-digit alternatives removed (A4, H1, X11 are paper sizes
 * and part numbers), plus Washington's 12-character format, which Presidio
 * describes but does not match, and dashed layouts (FL, WI). */
static int v_us_dl(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return case_consistent(SPAN(t, c)) ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_us_dl[] = {
    {"Driver License - Alphanumeric (weak)",
     BL "(?:[A-Z][0-9]{4,14}|[A-Z]{2}[0-9]{4,7}|[0-9]{2}[A-Z]{3}[0-9]{5,6}|[A-Z][0-9]{18}|[A-Z][0-"
        "9]{6}R|"
        "[0-9]{9}[A-Z]|[A-Z]{2}[0-9]{6}[A-Z]|[0-9]{8}[A-Z]{2}|[0-9]{3}[A-Z]{2}[0-9]{4}|[A-Z][0-9]["
        "A-Z][0-9][A-Z]|"
        "[0-9]{7,8}[A-Z])" BR,
     0.3, GP_WEAK | GP_TA},
    {"Driver License - WA (weak)", BL "[A-Z*]{5}[A-Z*]{2}[0-9]{3}[A-Z0-9]{2}" BR, 0.3, GP_TA},
    {"Driver License - dashed (weak)",
     BL "[A-Z][0-9]{3}[- ][0-9]{3,4}[- ][0-9]{2,4}(?:[- ][0-9]{1,3}){0,2}" NR, 0.3, 0, T_LD,
     .back = 4, LD(LD_N, R(3))},
    {"Driver License - Digits (very weak)", NL "(?:[0-9]{6,14}|[0-9]{16})" NR, 0.01,
     GP_WEAK | GP_TD},
    /* New York's nine digits as the licence prints them, "123 456 789";
     * the shape of a TFN, ACN or SIN too, so only a licence word lifts it. */
    {"Driver License - Digits (very weak)", NL GROUPS_333 NR, 0.01, GP_WEAK | GP_TG},
    /* Michigan's and Minnesota's letter and twelve digits as the licence
     * prints them, "F 371 919 294 185" */
    {"Driver License - spaced (weak)", BL "[A-Z] [0-9]{3} [0-9]{3} [0-9]{3} [0-9]{3}" NR, 0.3,
     GP_WEAK, T_LD, .back = 3, LD(LD_B, R(3))},
    {"Driver License - spaced (weak)", BL "[A-Z]-[0-9]{3}-[0-9]{3}-[0-9]{3}-[0-9]{3}" NR, 0.3,
     GP_WEAK, T_LD, .back = 3, LD(LD_H, R(3))},
    /* as Colorado ("12-345-6789"), Pennsylvania ("12 345 678") and New
     * Jersey ("A1234 56789 01234") print them; the first two are shapes
     * of other numbers too, so only a licence word lifts them */
    {"Driver License - Digits (very weak)", NL "[0-9]{2}-[0-9]{3}-[0-9]{4}" NR, 0.01,
     GP_WEAK | GP_TG},
    {"Driver License - Digits (very weak)", NL "[0-9]{2} [0-9]{3} [0-9]{3}" NR, 0.01,
     GP_WEAK | GP_TG},
    {"Driver License - spaced (weak)", BL "[A-Z][0-9]{4} [0-9]{5} [0-9]{5}" NR, 0.3, GP_WEAK, T_LD,
     .back = 4, LD(LD_N, R(4))},
    /* Washington's licences since 2018: WDL and nine letters or digits */
    {"Driver License - WA 2018 (weak)", BL "WDL[A-Z0-9]{9}" BR, 0.3, GP_WEAK, .hs = "WDL",
     .back = 3},
};
static const char *const c_us_dl[] = {"driver",  "drivers", "driver's license",
                                      "license", "licence", "driving",
                                      "dl",      "dln",     "lic",
                                      "cdl",     "dls",     "cdls",
                                      "permit",  NULL};

/* A bank account number, not the number a routing or sort code's key
 * names right before it ("routing 048853971", "ABA 021000021"): those keys
 * are no context of an account's. */
static int v_us_bank(const char *t, size_t n, struct guard__cand *c)
{
    static const struct lenword keys[] = {LW("routing"), LW("aba"),   LW("transit"),
                                          LW("sort"),    LW("swift"), LW("bic")};
    size_t e = c->start, b;

    (void)n;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ':' || t[e - 1] == '#'))
        e--;
    b = e;
    while (b > 0 && isalpha((unsigned char)t[b - 1]))
        b--;
    return e > b && lenword_has(t + b, e - b, keys, sizeof(keys) / sizeof(keys[0])) ? GV_DROP
                                                                                    : GV_KEEP;
}

static const struct guard__pattern p_us_bank[] = {
    {"Bank Account (weak)", NL "[0-9]{8,17}" NR, 0.05, GP_WEAK | GP_TD},
};
static const char *const c_us_bank[] = {
    "bank",         "account", "acct",    "checking",       "savings", "account number",
    "bank account", "debit",   "deposit", "direct deposit", NULL};

/* DEA registration number (Presidio's MEDICAL_LICENSE), checksum. Presidio's
 * pattern has no boundaries at all; these have. */
static int v_dea(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), true);
    return pass_or_drop(guard__dea(buf, k));
}
static const struct guard__pattern p_dea[] = {
    {"USA DEA Certificate Number (weak)", BL "[ABCDEFGHJKLMPRSTUX][A-Z][0-9]{7}" BR, 0.4,
     GP_WEAK | GP_TA},
    {"USA DEA Certificate Number (weak)", BL "[ABCDEFGHJKLMPRSTUX]9[0-9]{7}" BR, 0.4,
     GP_WEAK | GP_TA},
};
static const char *const c_dea[] = {"dea",        "dea number",      "dea registration",
                                    "medical",    "medical license", "certificate",
                                    "prescriber", "registrant",      NULL};

#define MBI_A  "[ACDEFGHJKMNPQRTUVWXY]"
#define MBI_AN "[0-9ACDEFGHJKMNPQRTUVWXY]"
static const struct guard__pattern p_mbi[] = {
    {"MBI (weak)", BL "[1-9]" MBI_A MBI_AN "[0-9]" MBI_A MBI_AN "[0-9]" MBI_A MBI_A "[0-9]{2}" BR,
     0.3, GP_TA},
    {"MBI (medium)",
     BL "[1-9]" MBI_A MBI_AN "[0-9]-" MBI_A MBI_AN "[0-9]-" MBI_A MBI_A "[0-9]{2}" BR, 0.5, 0},
};
static const char *const c_mbi[] = {
    "medicare", "mbi", "beneficiary", "cms",
    "medicaid", "hic", "hicn",        "medicare beneficiary identifier",
    NULL};

COMPACT_VALIDATOR(v_npi, guard__us_npi, false, true)
static const struct guard__pattern p_npi[] = {
    {"NPI (weak)", NL "[12][0-9]{9}" NR, 0.1, GP_WEAK | GP_TD},
    {"NPI (medium)", NL "[12][0-9]{3}[ -][0-9]{3}[ -][0-9]{3}" NR, 0.4, GP_TG},
};
static const char *const c_npi[] = {"npi",         "national provider",   "provider", "npi number",
                                    "provider id", "provider identifier", "taxonomy", NULL};

COMPACT_VALIDATOR(v_aba, guard__aba, false, true)
static const struct guard__pattern p_aba[] = {
    {"ABA routing number (weak)", NL "[0-9]{9}" NR, 0.05, GP_WEAK | GP_TD},
    {"ABA routing number", NL "[0123678][0-9]{3}-[0-9]{4}-[0-9]" NR, 0.3, GP_TG},
};
static const char *const c_aba[] = {
    "aba", "routing", "routing number", "abarouting",      "bankrouting",
    "rtn", "transit", "transit number", "routing transit", NULL};

/* ---- UK ----------------------------------------------------------------- */

COMPACT_VALIDATOR(v_nhs, guard__uk_nhs, false, true)
static const struct guard__pattern p_nhs[] = {
    {"NHS (medium)", NL "[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{4}" NR, 0.5, GP_WEAK | GP_TG},
    {"NHS (medium)", NL "[0-9]{10}" NR, 0.5, GP_WEAK | GP_TD},
};
static const char *const c_nhs[] = {"nhs",
                                    "national health service",
                                    "health service",
                                    "health services authority",
                                    "health authority",
                                    NULL};

static int v_case(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return case_consistent(SPAN(t, c)) ? GV_KEEP : GV_DROP;
}

static const struct guard__pattern p_nino[] = {
    {"NINO (medium)",
     BL "(?!BG|GB|NK|KN|NT|TN|ZZ|bg|gb|nk|kn|nt|tn|zz)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] "
        "?[0-9]{2} ?[0-9]{2} "
        "?[0-9]{2} ?[A-D]" BR,
     /* The derived prefilter, a pair of letter classes before the digits,
      * halved Hyperscan's speed on mixed text; the digits and the final
      * letter make a trigger that costs next to nothing. */
     0.5, GP_CASELESS, .hs = "[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]", .back = 16},
};
static const char *const c_nino[] = {
    "national insurance", "ni number", "nino", "ni no", "nin", "national insurance number", NULL};

static const struct guard__pattern p_uk_passport[] = {
    {"UK Passport (weak)", BL "[A-Z]{2}[0-9]{7}" BR, 0.1, GP_WEAK | GP_TA},
};
static const char *const c_uk_passport[] = {
    "passport", "passport number", "uk passport", "british passport", "travel document",
    "hmpo",     "hm passport",     "his majesty", "her majesty",      NULL};

static int v_uk_dl(const char *t, size_t n, struct guard__cand *c)
{
    const char *s = t + c->start;
    size_t i = 0;

    (void)n;
    if (memcmp(s, "99999", 5) == 0)
        return GV_DROP;
    while (i < 5 && s[i] >= 'A' && s[i] <= 'Z')
        i++;
    if (i == 0)
        return GV_DROP;
    while (i < 5 && s[i] == '9')
        i++;
    return i == 5 ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_uk_dl[] = {
    {"UK Driving Licence",
     BL "[A-Z9]{5}[0-9](?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9][A-Z9]{2}[A-"
        "Z0-9][A-Z]{2}" BR,
     0.5, GP_TA},
};
static const char *const c_uk_dl[] = {
    "driving licence", "driving license", "driver's licence", "driver's license", "dvla",
    "dl number",       "licence number",  "license number",   "licence",          NULL};

static const struct guard__pattern p_uk_postcode[] = {
    {"UK Postcode",
     BL "(?:GIR ?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]? "
        "?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2} ?[0-9]"
        "[ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]? "
        "?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ]"
        "[A-HK-Y][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2})" BR,
     0.1, 0, T_LD, .back = 8, LD(LD_N | LD_B, 0)},
};
static const char *const c_uk_postcode[] = {
    "postcode", "post code", "postal code",    "zip", "address", "delivery",
    "mailing",  "shipping",  "correspondence", NULL};

/* Current format: the age identifier must be 02-29 or 51-79. Presidio
 * answers True (score 1.0) for a valid one; it is a structure rule, so the
 * base score stays. */
static int v_uk_vrn(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), true);
    if (k == 7 && isalpha((unsigned char)buf[0]) && isalpha((unsigned char)buf[1]) &&
        isdigit((unsigned char)buf[2]) && isdigit((unsigned char)buf[3])) {
        int age = (buf[2] - '0') * 10 + (buf[3] - '0');

        return ((age >= 2 && age <= 29) || (age >= 51 && age <= 79)) ? GV_KEEP : GV_DROP;
    }
    return GV_KEEP;
}
static const struct guard__pattern p_uk_vrn[] = {
    {"UK Vehicle Registration (current)",
     BL "[A-HJ-PR-Y][A-HJ-PR-Y](?:0[1-9]|[1-7][0-9])[- ]?[A-HJ-PR-Z]{3}" BR, 0.3, 0, T_LD,
     .back = 6, LD(LD_N, R(2))},
    {"UK Vehicle Registration (prefix)",
     BL "[A-HJ-NPR-TV-Y][0-9]{1,3}[- ]?[A-HJ-PR-Y][A-HJ-PR-Z]{2}" BR, 0.2, 0, T_LD, .back = 4,
     LD(LD_N, R(1) | R(2) | R(3))},
    {"UK Vehicle Registration (suffix)", BL "[A-HJ-PR-Z]{3}[- ]?[0-9]{1,3}[- ]?[A-HJ-NPR-TV-Y]" BR,
     0.15, 0, T_LD, .back = 8, LD(LD_N | LD_B | LD_H, R(1) | R(2) | R(3))},
};
static const char *const c_uk_vrn[] = {"vehicle",
                                       "registration",
                                       "number plate",
                                       "licence plate",
                                       "license plate",
                                       "reg",
                                       "vrn",
                                       "dvla",
                                       "v5c",
                                       "logbook",
                                       "mot",
                                       "car",
                                       "insured vehicle",
                                       NULL};

/* ---- Spain -------------------------------------------------------------- */

COMPACT_VALIDATOR(v_es_nif, guard__es_nif, true, false)
static const struct guard__pattern p_es_nif[] = {
    {"NIF", NL "[0-9]{7,8}-?[A-Z]" BR, 0.5, GP_CASELESS},
};
static const char *const c_es_nif[] = {"dni",
                                       "nif",
                                       "documento nacional de identidad",
                                       "identificación",
                                       "identificacion",
                                       "número de identificación fiscal",
                                       NULL};

COMPACT_VALIDATOR(v_es_nie, guard__es_nie, true, false)
static const struct guard__pattern p_es_nie[] = {
    {"NIE", BL "[XYZ]-?[0-9]{7}-?[A-Z]" BR, 0.5, GP_CASELESS},
};
static const char *const c_es_nie[] = {"nie",
                                       "número de identificación de extranjero",
                                       "número de identidad de extranjero",
                                       "extranjero",
                                       "foreigner identity number",
                                       NULL};

/* Presidio scores this 0.5; three letters and six digits is also the shape of
 * countless reference codes, so the base stays below the reporting default
 * and a context word carries it. */
static const struct guard__pattern p_es_passport[] = {
    {"ES_PASSPORT", BL "[A-Z]{3}[0-9]{6}" BR, 0.3, GP_TA},
};
static const char *const c_es_passport[] = {"pasaporte", "passport", "número de pasaporte",
                                            "passport number", NULL};

/* ---- Italy -------------------------------------------------------------- */

static int v_it_cf(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    if (!case_consistent(SPAN(t, c)))
        return GV_DROP;
    /* Presidio keeps a wrong check character at the base score; the check
     * character is deterministic, so a mismatch is a typo or no code. */
    return pass_or_drop(guard__it_fiscal(SPAN(t, c)));
}
static const struct guard__pattern p_it_cf[] = {
    {"Fiscal Code",
     BL "(?:[A-Z][AEIOU][AEIOUX]|[AEIOU]X{2}|[B-DF-HJ-NP-TV-Z]{2}[A-Z]){2}(?:[0-9LMNP-V]{2}(?:[A-"
        "EHLMPR-T]"
        "(?:[04LQ][1-9MNP-V]|[15MR][0-9LMNP-V]|[26NS][0-8LMNP-U])|[DHPS][37PT][0L]|[ACELMRT][37PT]["
        "01LM]|"
        "[AC-EHLMPR-T][26NS][9V])|(?:[02468LNQSU][048LQU]|[13579MPRTV][26NS])B[26NS][9V])(?:[A-MZ]["
        "1-9MNP-V]"
        "[0-9LMNP-V]{2}|[A-M][0L](?:[1-9MNP-V][0-9LMNP-V]|[0L][1-9MNP-V]))[A-Z]" BR,
     0.3, GP_CASELESS | GP_TA},
};
static const char *const c_it_cf[] = {"codice fiscale", "cf",     "c f", "fiscal code",
                                      "tax code",       "codice", NULL};

COMPACT_VALIDATOR(v_it_vat, guard__it_vat, false, false)
static const struct guard__pattern p_it_vat[] = {
    {"IT Vat code (piva)", NL "[0-9]{11}" NR, 0.1, GP_WEAK | GP_TD},
    {"IT Vat code (piva)", NL "IT[ ]?[0-9]{11}" NR, 0.1, GP_WEAK},
};
/* Presidio's "pi" matches every mention of pi; "P.I.", the abbreviation
 * Italian letterheads and invoices print, is two words here. */
static const char *const c_it_vat[] = {"piva", "partita iva", "partita", "p iva", "iva",
                                       "vat",  "vat number",  "vat id",  "p.i.",  NULL};

static const struct guard__pattern p_it_dl[] = {
    {"Driver License", BL "(?:[A-Z]{2}[0-9]{7}[A-Z]|U1[BCDEFGHLJKMNPRSTUWYXZ0-9]{7}[A-Z])" BR, 0.2,
     GP_CASELESS | GP_TA},
};
static const char *const c_it_dl[] = {"patente", "patente di guida", "licenza", "licenza di guida",
                                      NULL};

static const struct guard__pattern p_it_id[] = {
    {"Paper-based Identity Card (very weak)", BL "[A-Z]{2} ?[0-9]{7}" BR, 0.01,
     GP_CASELESS | GP_WEAK},
    {"Electronic Identity Card (CIE) 2.0 (very weak)", BL "[0-9]{7}[A-Z]{2}" BR, 0.01,
     GP_CASELESS | GP_TA},
    {"Electronic Identity Card (CIE) 3.0 (very weak)", BL "[A-Z]{2}[0-9]{5}[A-Z]{2}" BR, 0.01,
     GP_CASELESS | GP_TA},
};
static const char *const c_it_id[] = {
    "carta d'identità", "carta di identità", "carta identità", "identità", "elettronica", "cie",
    "documento",        "riconoscimento",    "espatrio",       NULL};

static const struct guard__pattern p_it_passport[] = {
    {"Passport (very weak)", BL "[A-Z]{2}[0-9]{7}" BR, 0.01, GP_CASELESS | GP_WEAK | GP_TA},
};
static const char *const c_it_passport[] = {"passaporto", "elettronico", "italiano",
                                            "viaggio",    "viaggiare",   "estero",
                                            "documento",  "dogana",      NULL};

/* ---- Poland ------------------------------------------------------------- */

COMPACT_VALIDATOR(v_pesel, guard__pesel, false, false)
static const struct guard__pattern p_pesel[] = {
    {"PESEL", NL "[0-9]{2}(?:[02468][1-9]|[13579][012])(?:0[1-9]|[12][0-9]|3[01])[0-9]{5}" NR, 0.4,
     GP_WEAK | GP_TD},
};
static const char *const c_pesel[] = {"pesel", "numer pesel", NULL};

/* ---- Singapore ---------------------------------------------------------- */

COMPACT_VALIDATOR(v_nric, guard__sg_nric, true, false)
/* Presidio has no checksum; the NRIC/FIN check letter is public. Presidio's
 * "weak" pattern (any first letter) is left out: only S, T, F, G, M exist. */
static const struct guard__pattern p_nric[] = {
    {"Nric (medium)", BL "[STFGM][0-9]{7}[A-Z]" BR, 0.5, GP_CASELESS | GP_TA},
};
static const char *const c_nric[] = {"fin",       "nric",          "nric no", "ic",
                                     "ic number", "identity card", NULL};

static int v_uen(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return pass_or_drop(guard__sg_uen(SPAN(t, c)));
}
static const struct guard__pattern p_uen[] = {
    {"UEN (low)", BL "(?:[0-9]{8}[A-Z]|[0-9]{9}[A-Z]|[TSR][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z])" BR, 0.3,
     GP_TA},
};
static const char *const c_uen[] = {"uen", "unique entity number", "business registration", "acra",
                                    NULL};

/* ---- Australia ---------------------------------------------------------- */

COMPACT_VALIDATOR(v_abn, guard__au_abn, false, true)
static const struct guard__pattern p_abn[] = {
    {"ABN (Medium)", NL "[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}" NR, 0.1, GP_WEAK | GP_TG},
    {"ABN (Low)", NL "[0-9]{11}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_abn[] = {"abn", "a.b.n.", "australian business number",
                                    "business number", NULL};

COMPACT_VALIDATOR(v_acn, guard__au_acn, false, true)
static const struct guard__pattern p_acn[] = {
    {"ACN (Medium)", NL GROUPS_333 NR, 0.1, GP_WEAK | GP_TG},
    {"ACN (Low)", NL "[0-9]{9}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_acn[] = {"acn", "a.c.n.", "australian company number", "company number",
                                    NULL};

COMPACT_VALIDATOR(v_tfn, guard__au_tfn, false, true)
static const struct guard__pattern p_tfn[] = {
    {"TFN (Medium)", NL GROUPS_333 NR, 0.1, GP_WEAK | GP_TG},
    {"TFN (Low)", NL "[0-9]{9}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_tfn[] = {"tfn", "tax file number", "tax file", NULL};

COMPACT_VALIDATOR(v_medicare, guard__au_medicare, false, false)
static const struct guard__pattern p_medicare[] = {
    /* its groups joined by blanks or by hyphens (4423-30620-9) */
    {"Australian Medicare Number (Medium)",
     NL "[2-6][0-9]{3}(?: [0-9]{5} [0-9](?:[ /-]?[0-9])?|-[0-9]{5}-[0-9](?:[/-][0-9])?)" NR, 0.1,
     GP_TG},
    {"Australian Medicare Number (Low)", NL "[2-6][0-9]{9}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_medicare[] = {"medicare", "medicare card", "medicare number", NULL};

/* ---- India -------------------------------------------------------------- */

static const struct guard__pattern p_pan[] = {
    {"PAN (High)", BL "[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]" BR, 0.5, GP_CASELESS | GP_TA},
    {"PAN (Medium)", BL "[A-Z]{5}[0-9]{4}[A-Z]" BR, 0.1, GP_CASELESS | GP_TA},
};
static const char *const c_pan[] = {
    "pan", "permanent account number", "pan card", "pan no", "pan number", NULL};

COMPACT_VALIDATOR(v_aadhaar, guard__in_aadhaar, false, true)
static const struct guard__pattern p_aadhaar[] = {
    {"AADHAAR (Very Weak)", NL "[0-9]{12}" NR, 0.01, GP_WEAK | GP_TD},
    {"AADHAR (Very Weak)", NL "[0-9]{4}[- ][0-9]{4}[- ][0-9]{4}" NR, 0.01, GP_TG},
    {"AADHAR (Very Weak)", NL "[0-9]{4}:[0-9]{4}:[0-9]{4}" NR, 0.01, 0},
};
static const char *const c_aadhaar[] = {"aadhaar",        "aadhar",       "adhaar", "uidai", "uid",
                                        "aadhaar number", "aadhaar card", "आधार",   NULL};

static const struct guard__pattern p_voter[] = {
    {"VOTER", BL "[A-Z][ABCDGHJKMNPRSY][A-Z][0-9]{7}" BR, 0.4, GP_CASELESS | GP_WEAK | GP_TA},
    {"VOTER", BL "[A-Z]{3}[0-9]{7}" BR, 0.3, GP_CASELESS | GP_WEAK | GP_TA},
};
static const char *const c_voter[] = {
    "voter",     "epic", "voter id", "elector photo identity card", "election commission",
    "electoral", NULL};

/* Presidio ends it in [1-9], which drops one number in ten for no reason
 * the format states; the shape is weak either way (context decides). */
static const struct guard__pattern p_in_passport[] = {
    {"PASSPORT", BL "[A-Z][1-9][0-9] ?[0-9]{4}[0-9]" BR, 0.1, GP_WEAK, T_LD, .back = 4,
     LD(LD_N, R(2) | R(7))},
};
static const char *const c_in_passport[] = {
    "passport", "indian passport", "passport number", "passport no", "ppt no", "पासपोर्ट", NULL};

static int v_gstin(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    if (!case_consistent(SPAN(t, c)))
        return GV_DROP;
    return pass_or_drop(guard__in_gstin(SPAN(t, c)));
}
static const struct guard__pattern p_gstin[] = {
    {"GSTIN (High)", BL "(?:0[1-9]|[1-3][0-9]|9[79])[A-Z]{5}[0-9]{4}[A-Z][0-9A-Z]Z[0-9A-Z]" BR, 0.8,
     GP_CASELESS | GP_TA},
};
static const char *const c_gstin[] = {
    "gstin", "gst", "goods and services tax", "gst number", "gst registration", "gst no", NULL};

static int v_in_vehicle(const char *t, size_t n, struct guard__cand *c)
{
    static const char *const states[] = {
        "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "DN", "GA", "GJ", "HP", "HR",
        "JH", "JK", "KA", "KL", "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR",
        "PB", "PY", "RJ", "SK", "TN", "TR", "TS", "UK", "UP", "WB", "CT", "UA", "UL", "UT"};
    const char *s = t + c->start;

    (void)n;
    if (!isalpha((unsigned char)s[0]))
        return GV_KEEP; /* BH series, diplomatic */
    for (size_t i = 0; i < sizeof(states) / sizeof(states[0]); i++)
        if (s[0] == states[i][0] && s[1] == states[i][1])
            return GV_KEEP;
    return GV_DROP;
}
/* Presidio's 0.01 patterns (one or two letters and four digits) are left
 * out: they match most part numbers and never reach a useful score. */
static const struct guard__pattern p_in_vehicle[] = {
    {"India Vehicle Registration",
     BL "[A-Z]{2}[ -]?[0-9]{1,2}[ -]?[A-Z]{1,3}[ -]?(?!0000)[0-9]{4}" BR, 0.5, 0, T_LD, .back = 6,
     LD(LD_N | LD_B | LD_H, R(1) | R(2) | R(4))},
    {"India Vehicle Registration", BL "[2-9][1-9] ?BH ?(?!0000)[0-9]{4} ?[A-HJ-NP-Z]{2}" BR, 0.85,
     0},
    {"India Vehicle Registration (Medium)", BL "[0-9]{1,3}(?:CD|CC|UN)[1-9][0-9]{1,3}" BR, 0.4, 0},
};
static const char *const c_in_vehicle[] = {"rto",          "vehicle", "plate", "registration",
                                           "number plate", "car",     NULL};

/* ---- Finland, Korea ----------------------------------------------------- */

static int v_hetu(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return pass_or_drop(guard__fi_hetu(SPAN(t, c)));
}
static const struct guard__pattern p_hetu[] = {
    {"Finnish Personal Identity Code (Medium)", NL "[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]" BR,
     0.5, 0},
};
static const char *const c_hetu[] = {"hetu",
                                     "henkilötunnus",
                                     "henkilotunnus",
                                     "personbeteckning",
                                     "personbeteckningen",
                                     "personal identity code",
                                     "finnish personal identity code",
                                     NULL};

static int v_kr_rrn(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), false);
    return guard__kr_rrn(buf, k);
}
#define KR_DATE "[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
static const struct guard__pattern p_kr_rrn[] = {
    {"RRN (Medium)", NL KR_DATE "-[1-4][0-9]{6}" NR, 0.5, GP_TG},
    {"RRN (Medium)", NL KR_DATE "[1-4][0-9]{6}" NR, 0.5, GP_WEAK | GP_TD},
};
/* Korean writes the particle onto the word ("주민등록번호는 ...",
 * "주민번호를 ..."): topic, object and subject forms. */
static const char *const c_kr_rrn[] = {"rrn",
                                       "korean rrn",
                                       "resident number",
                                       "resident registration number",
                                       "resident registration",
                                       "korean resident registration number",
                                       "resident no",
                                       "resident reg",
                                       "registration no",
                                       "주민등록번호",
                                       "주민번호",
                                       "주민등록",
                                       "주민등록번호는",
                                       "주민등록번호를",
                                       "주민등록번호가",
                                       "주민번호는",
                                       "주민번호를",
                                       "주민번호가",
                                       NULL};

static const struct guard__pattern p_kr_frn[] = {
    {"FRN (Medium)", NL KR_DATE "-[5-8][0-9]{6}" NR, 0.5, GP_TG},
    {"FRN (Medium)", NL KR_DATE "[5-8][0-9]{6}" NR, 0.5, GP_WEAK | GP_TD},
};
static const char *const c_kr_frn[] = {"frn",
                                       "korean frn",
                                       "foreigner registration number",
                                       "korean foreigner registration number",
                                       "alien registration",
                                       "외국인등록번호",
                                       "외국인번호",
                                       NULL};

COMPACT_VALIDATOR(v_kr_brn, guard__kr_brn, false, false)
static const struct guard__pattern p_kr_brn[] = {
    {"BRN (Weak)", NL "[0-9]{3}-[0-9]{2}-[0-9]{5}" NR, 0.1, GP_TG},
    {"BRN (Very weak)", NL "[0-9]{10}" NR, 0.05, GP_WEAK | GP_TD},
};
static const char *const c_kr_brn[] = {"brn",
                                       "business registration number",
                                       "korean brn",
                                       "business number",
                                       "tax registration number",
                                       "사업자등록번호",
                                       "사업자번호",
                                       "사업자",
                                       NULL};

/* Region code check only: structure, so the base score stays (Presidio
 * answers True, i.e. 1.0, for 17 codes out of 100). */
static int v_kr_dl(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;
    int r;

    (void)n;
    if (!same_separators(SPAN(t, c)))
        return GV_DROP;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), false);
    if (k != 12)
        return GV_DROP;
    r = (buf[0] - '0') * 10 + (buf[1] - '0');
    return (r >= 11 && r <= 28 && r != 27) ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_kr_dl[] = {
    {"Driver License (very weak)", NL "[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{6}[- ]?[0-9]{2}" NR, 0.05,
     GP_WEAK | GP_TG},
    {"Driver License (very weak)", NL "[0-9]{12}" NR, 0.05, GP_WEAK | GP_TD},
};
static const char *const c_kr_dl[] = {"운전면허",
                                      "운전면허번호",
                                      "면허번호",
                                      "korean driver license",
                                      "korean driver's license",
                                      "korean driving licence",
                                      NULL};

static const struct guard__pattern p_kr_passport[] = {
    {"Passport Number (Current)", BL "[MSROD][0-9]{3}[A-Z][0-9]{4}" BR, 0.1, GP_CASELESS | GP_TA},
    {"Passport Number (Previous)", BL "[MSROD][0-9]{8}" BR, 0.05, GP_CASELESS | GP_WEAK | GP_TA},
};
static const char *const c_kr_passport[] = {"korean passport", "korean passport number",
                                            "대한민국 여권",   "여권",
                                            "여권번호",        "passport",
                                            "passport number", NULL};

/* ---- Nigeria, Philippines, Canada --------------------------------------- */

COMPACT_VALIDATOR(v_ng_nin, guard__ng_nin, false, false)
static const struct guard__pattern p_ng_nin[] = {
    {"NIN (Very Weak)", NL "[0-9]{11}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_ng_nin[] = {"nin",
                                       "national identification number",
                                       "national identity number",
                                       "nimc",
                                       "national identity",
                                       "nigeria id",
                                       "nigerian identification",
                                       NULL};

static const struct guard__pattern p_ng_vehicle[] = {
    {"Nigeria Vehicle Registration", BL "[A-Z]{3}[- ][0-9]{3}[A-Z]{2}" BR, 0.5, 0, T_LD, .back = 8,
     LD(LD_B | LD_H, R(3))},
    {"Nigeria Vehicle Registration", BL "[A-Z]{3}[0-9]{3}[A-Z]{2}" BR, 0.3, GP_TA},
};
static const char *const c_ng_vehicle[] = {"plate number",  "vehicle registration",
                                           "license plate", "number plate",
                                           "plate",         "vehicle",
                                           "registration",  NULL};

COMPACT_VALIDATOR(v_ph_tin, guard__ph_tin, false, true)
static const struct guard__pattern p_ph_tin[] = {
    {"TIN (High)", NL "[0-9]{3}-[0-9]{3}-[0-9]{3}(?:-[0-9]{3})?" NR, 0.6, GP_WEAK | GP_TG},
    {"TIN (Medium)", NL "(?:[0-9]{9}|[0-9]{12})" NR, 0.3, GP_WEAK | GP_TD},
};
static const char *const c_ph_tin[] = {"tin",         "taxpayer identification number", "bir",
                                       "taxpayer id", "revenue district office",        "rdo",
                                       NULL};

/* Presidio only invalidates a SIN failing Luhn; a passing one keeps its base
 * score (there is no "validate" step), and so does this. */
static int v_ca_sin(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    if (!same_separators(SPAN(t, c)))
        return GV_DROP;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), false);
    return guard__ca_sin(buf, k) ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_ca_sin[] = {
    {"SIN (weak)", NL "[1-79][0-9]{8}" NR, 0.05, GP_WEAK | GP_TD},
    {"SIN (medium)", NL "[1-79][0-9]{2}[- ][0-9]{3}[- ][0-9]{3}" NR, 0.5, GP_WEAK | GP_TG},
};
static const char *const c_ca_sin[] = {
    "sin", "sin number", "social insurance",           "social insurance number",
    "nas", "numéro nas", "numéro d'assurance sociale", "assurance sociale",
    NULL};

/* ---- Sweden, South Africa, Thailand, Turkey ------------------------------ */

COMPACT_VALIDATOR(v_se_pnr, guard__se_pnr, false, false)
static const struct guard__pattern p_se_pnr[] = {
    {"Swedish Personnummer (Medium)", NL "(?:[0-9]{2})?[0-9]{6}[-+][0-9]{4}" NR, 0.5, 0},
    {"Swedish Personnummer (Medium)", NL "(?:[0-9]{2})?[0-9]{10}" NR, 0.5, GP_WEAK | GP_TD},
};
/* "personnumret" is the definite form ("personnumret är ..."), "pers.nr"
 * the abbreviation of Swedish forms. */
static const char *const c_se_pnr[] = {"personnummer",
                                       "personal number",
                                       "personnumret",
                                       "pers.nr",
                                       "svenskt personnummer",
                                       "svensk id",
                                       "personal identity number",
                                       "samordningsnummer",
                                       "pnr",
                                       "personnr",
                                       "swedish id",
                                       NULL};

COMPACT_VALIDATOR(v_se_org, guard__se_org, false, false)
static const struct guard__pattern p_se_org[] = {
    {"Swedish Organisationsnummer (Medium)", NL "[0-9]{6}-[0-9]{4}" NR, 0.6, GP_TG},
    {"Swedish Organisationsnummer (Weak)", NL "[0-9]{10}" NR, 0.2, GP_WEAK | GP_TD},
};
static const char *const c_se_org[] = {"organisationsnummer", "orgnr", "org nr", "företagsnummer",
                                       "organisation number", NULL};

COMPACT_VALIDATOR(v_za_id, guard__za_id, false, false)
static const struct guard__pattern p_za_id[] = {
    {"South African ID Number", NL "[0-9]{10}[0-2][89][0-9]" NR, 0.2, GP_TD},
    /* as the green book and the smart card group it: date, sequence and
     * citizenship with the check digit (660209 9325 182) */
    {"South African ID Number", NL "[0-9]{6} [0-9]{4} [0-2][89][0-9]" NR, 0.2, GP_TG},
};
static const char *const c_za_id[] = {"id",        "identity",         "identity number",
                                      "id number", "south african id", "rsa id",
                                      "smart id",  "national id",      NULL};

COMPACT_VALIDATOR(v_th_tnin, guard__th_tnin, false, true)
static const struct guard__pattern p_th_tnin[] = {
    {"TNIN (Medium)",
     NL "[1-9](?:[134][0-9]|[25][0134567]|[67][01234567]|[89][0123456])[0-9]{10}" NR, 0.4,
     GP_WEAK | GP_TD},
    {"TNIN (dashed)", NL "[1-9]-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9]" NR, 0.5, GP_TG},
};
static const char *const c_th_tnin[] = {
    "thai national id",  "thai id",       "thai id number", "tnin", "national id",
    "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "รหัสปชช",         NULL};

COMPACT_VALIDATOR(v_tr_id, guard__tr_id, false, false)
static const struct guard__pattern p_tr_id[] = {
    {"TR_NATIONAL_ID", NL "[1-9][0-9]{10}" NR, 0.3, GP_WEAK | GP_TD},
};
/* "T.C." (Türkiye Cumhuriyeti) is how the ID card and forms write "TC". */
static const char *const c_tr_id[] = {"tc kimlik",
                                      "kimlik no",
                                      "kimlik numarası",
                                      "tckn",
                                      "tc no",
                                      "nüfus cüzdanı",
                                      "national id",
                                      "turkish id",
                                      "türk kimlik",
                                      "kimlik",
                                      "tc",
                                      "t.c.",
                                      "identity number",
                                      "numara",
                                      "numarası",
                                      "numaralar",
                                      "numaralarından",
                                      NULL};

/* Province code 01-81 is in the pattern; Presidio's validator answers True
 * (1.0) for it, which is structure, so the base score stays. */
static const struct guard__pattern p_tr_plate[] = {
    {"TR License Plate (space)", BL "(?:0[1-9]|[1-7][0-9]|8[01]) ?[A-PR-VYZ]{1,3} ?[0-9]{2,4}" NR,
     0.3, 0, T_LD, .back = 10, LD(LD_N | LD_B, R(2) | R(3) | R(4))},
    {"TR License Plate (hyphen)", BL "(?:0[1-9]|[1-7][0-9]|8[01])-[A-PR-VYZ]{1,3}-[0-9]{2,4}" NR,
     0.3, 0, T_LD, .back = 10, LD(LD_H, R(2) | R(3) | R(4))},
};
static const char *const c_tr_plate[] = {
    "plaka",         "araç plakası", "plaka numarası", "kayıt plakası", "tr plaka",
    "license plate", "number plate", "plate",          "taşıt plakası", NULL};

/* ---- Germany ------------------------------------------------------------ */

/* Country-specific recognizers of a generic shape get country-specific
 * context only: Presidio's "passport" and "tax id" for DE would hand every
 * US passport or tax number that passes a 1-in-10 check to Germany. */
COMPACT_VALIDATOR(v_de_taxid, guard__de_taxid, false, true)
static const struct guard__pattern p_de_taxid[] = {
    {"Tax ID (Medium)", NL "[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}" NR, 0.3, GP_WEAK | GP_TG},
    {"Tax ID (Low)", NL "[0-9]{11}" NR, 0.01, GP_WEAK | GP_TD},
};
static const char *const c_de_taxid[] = {"steuer id",
                                         "steueridentifikationsnummer",
                                         "steuerliche identifikationsnummer",
                                         "steuer idnr",
                                         "steuerid",
                                         "idnr",
                                         "identifikationsnummer",
                                         "finanzamt",
                                         "german tax id",
                                         "steuernummer",
                                         NULL};

static int v_de_passport(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return pass_or_drop(guard__de_passport(SPAN(t, c)));
}
static const struct guard__pattern p_de_passport[] = {
    {"Reisepassnummer (Strict ICAO charset)",
     BL "[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}[0-9]" BR, 0.4, GP_WEAK | GP_TA},
};
static const char *const c_de_passport[] = {"reisepass",
                                            "passnummer",
                                            "reisepassnummer",
                                            "pass nr",
                                            "german passport",
                                            "deutscher reisepass",
                                            "bundesrepublik deutschland",
                                            "dokumentennummer",
                                            NULL};

static const struct guard__pattern p_de_id[] = {
    {"ID Card (very weak)", BL "[LMNPRTVWXY][CFGHJKLMNPRTVWXY0-9]{8}" BR, 0.01, GP_WEAK | GP_TA},
};
static const char *const c_de_id[] = {
    "personalausweis", "personalausweisnummer", "ausweis", "ausweisnummer", "german id card",
    "ausweisdokument", "identitätsnachweis",    NULL};

static int v_de_svnr(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return pass_or_drop(guard__de_svnr(SPAN(t, c)));
}
static const struct guard__pattern p_de_svnr[] = {
    {"Rentenversicherungsnummer (Strict, with birth date structure)",
     NL "[0-9]{2}(?:0[1-9]|[12][0-9]|3[01]|5[1-9]|[67][0-9]|8[01])(?:0[1-9]|1[0-2])[0-9]{2}[A-Z][0-"
        "9]{3}" BR,
     0.5, GP_TA},
};
static const char *const c_de_svnr[] = {"rentenversicherungsnummer",
                                        "sozialversicherungsnummer",
                                        "versicherungsnummer",
                                        "rvnr",
                                        "svnr",
                                        "sv nummer",
                                        "rentenversicherung",
                                        "deutsche rentenversicherung",
                                        "drv",
                                        "sozialversicherung",
                                        "sozialversicherungsausweis",
                                        "rentenausweis",
                                        NULL};

static int v_de_vat(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), true);
    return pass_or_drop(guard__de_vat(buf, k));
}
static const struct guard__pattern p_de_vat[] = {
    {"Umsatzsteuer-Identifikationsnummer USt-IdNr. (DE + 9 digits)", BL "DE ?[0-9]{9}" NR, 0.5, 0},
};
static const char *const c_de_vat[] = {"umsatzsteuer identifikationsnummer",
                                       "umsatzsteueridentifikationsnummer",
                                       "ust idnr",
                                       "ust id",
                                       "ustidnr",
                                       "umsatzsteuer id",
                                       "mehrwertsteuer",
                                       "vat",
                                       "vat id",
                                       "vat number",
                                       "steueridentifikation",
                                       "bzst",
                                       "finanzamt",
                                       "invoice",
                                       "rechnung",
                                       NULL};

static int v_de_plate(const char *t, size_t n, struct guard__cand *c)
{
    char buf[16];
    size_t k;

    (void)n;
    k = guard__compact(SPAN(t, c), buf, sizeof(buf), true);
    return (k >= 4 && k <= 9) ? GV_KEEP : GV_DROP;
}
static const struct guard__pattern p_de_plate[] = {
    {"License Plate (hyphen format with E/H suffix)",
     BL "[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9][0-9]{0,3}[EH]?" BR, 0.5, 0, T_LD, .back = 14,
     LD(LD_N | LD_B, R(1) | R(2) | R(3) | R(4))},
    {"License Plate (space format with E/H suffix)",
     BL "[A-ZÄÖÜ]{1,3} [A-Z]{1,2} [1-9][0-9]{0,3}[EH]?" BR, 0.4, 0, T_LD, .back = 14,
     LD(LD_B, R(1) | R(2) | R(3) | R(4))},
    {"License Plate (continuous format)", BL "[A-ZÄÖÜ]{1,3}[A-Z]{1,2}[1-9][0-9]{0,3}[EH]?" BR, 0.3,
     GP_WEAK, T_LD, .back = 12, LD(LD_N, R(1) | R(2) | R(3) | R(4))},
};
static const char *const c_de_plate[] = {"kennzeichen",
                                         "license plate",
                                         "number plate",
                                         "registration plate",
                                         "fahrzeugkennzeichen",
                                         "fahrzeug",
                                         "kfz",
                                         "fahrzeugregistrierung",
                                         "nummernschild",
                                         NULL};

static int v_de_kvnr(const char *t, size_t n, struct guard__cand *c)
{
    (void)n;
    return pass_or_drop(guard__de_kvnr(SPAN(t, c)));
}
static const struct guard__pattern p_de_kvnr[] = {
    {"Krankenversicherungsnummer KVNR (letter + 9 digits)", BL "[A-Z][0-9]{9}" BR, 0.3,
     GP_WEAK | GP_TA},
};
static const char *const c_de_kvnr[] = {"krankenversicherungsnummer",
                                        "krankenversichertennummer",
                                        "versichertennummer",
                                        "kvnr",
                                        "krankenkasse",
                                        "krankenversicherung",
                                        "gesundheitskarte",
                                        "egk",
                                        "elektronische gesundheitskarte",
                                        "gkv",
                                        "gesetzliche krankenversicherung",
                                        "krankenversicherungsausweis",
                                        "versichertenausweis",
                                        "versichertenkarte",
                                        "aok",
                                        "tkk",
                                        "barmer",
                                        "dak",
                                        NULL};

/* ---- the table ---------------------------------------------------------- */

#define REC(name, entity, p, ctx, v, spec)                                                         \
    {                                                                                              \
        name, entity, ARR(p), ctx, v, spec                                                         \
    }

const struct guard__recognizer guard__recognizers[] = {
    REC("CreditCardRecognizer", "CREDIT_CARD", p_credit_card, c_credit_card, v_credit_card, 2),
    REC("CryptoRecognizer", "CRYPTO", p_crypto, c_crypto, v_crypto, 3),
    REC("DateRecognizer", "DATE_TIME", p_date, c_date, v_date, 1),
    REC("EmailRecognizer", "EMAIL_ADDRESS", p_email, c_email, v_email, 3),
    REC("IbanRecognizer", "IBAN_CODE", p_iban, c_iban, v_iban, 3),
    REC("IpRecognizer", "IP_ADDRESS", p_ip, c_ip, v_ip, 2),
    REC("MacAddressRecognizer", "MAC_ADDRESS", p_mac, c_mac, v_mac, 2),
    REC("PhoneRecognizer", "PHONE_NUMBER", p_phone, c_phone, v_phone, 0),
    REC("UrlRecognizer", "URL", p_url, c_url, v_url, 1),
    REC("UsSsnRecognizer", "US_SSN", p_ssn, c_ssn, v_ssn, 1),
    REC("UsItinRecognizer", "US_ITIN", p_itin, c_itin, v_itin, 1),
    REC("UsPassportRecognizer", "US_PASSPORT", p_us_passport, c_us_passport, NULL, 0),
    REC("UsLicenseRecognizer", "US_DRIVER_LICENSE", p_us_dl, c_us_dl, v_us_dl, 0),
    REC("UsBankRecognizer", "US_BANK_NUMBER", p_us_bank, c_us_bank, v_us_bank, 0),
    REC("MedicalLicenseRecognizer", "MEDICAL_LICENSE", p_dea, c_dea, v_dea, 2),
    REC("UsMbiRecognizer", "US_MBI", p_mbi, c_mbi, NULL, 1),
    REC("UsNpiRecognizer", "US_NPI", p_npi, c_npi, v_npi, 2),
    REC("AbaRoutingRecognizer", "ABA_ROUTING_NUMBER", p_aba, c_aba, v_aba, 2),
    REC("NhsRecognizer", "UK_NHS", p_nhs, c_nhs, v_nhs, 2),
    REC("UkNinoRecognizer", "UK_NINO", p_nino, c_nino, v_case, 1),
    REC("UkPassportRecognizer", "UK_PASSPORT", p_uk_passport, c_uk_passport, NULL, 0),
    REC("UkDrivingLicenceRecognizer", "UK_DRIVING_LICENCE", p_uk_dl, c_uk_dl, v_uk_dl, 1),
    REC("UkPostcodeRecognizer", "UK_POSTCODE", p_uk_postcode, c_uk_postcode, NULL, 0),
    REC("UkVehicleRegistrationRecognizer", "UK_VEHICLE_REGISTRATION", p_uk_vrn, c_uk_vrn, v_uk_vrn,
        0),
    REC("EsNifRecognizer", "ES_NIF", p_es_nif, c_es_nif, v_es_nif, 2),
    REC("EsNieRecognizer", "ES_NIE", p_es_nie, c_es_nie, v_es_nie, 2),
    REC("EsPassportRecognizer", "ES_PASSPORT", p_es_passport, c_es_passport, v_case, 0),
    REC("ItFiscalCodeRecognizer", "IT_FISCAL_CODE", p_it_cf, c_it_cf, v_it_cf, 3),
    REC("ItVatCodeRecognizer", "IT_VAT_CODE", p_it_vat, c_it_vat, v_it_vat, 2),
    REC("ItDriverLicenseRecognizer", "IT_DRIVER_LICENSE", p_it_dl, c_it_dl, v_case, 0),
    REC("ItIdentityCardRecognizer", "IT_IDENTITY_CARD", p_it_id, c_it_id, v_case, 0),
    REC("ItPassportRecognizer", "IT_PASSPORT", p_it_passport, c_it_passport, v_case, 0),
    REC("PlPeselRecognizer", "PL_PESEL", p_pesel, c_pesel, v_pesel, 3),
    REC("SgFinRecognizer", "SG_NRIC_FIN", p_nric, c_nric, v_nric, 3),
    REC("SgUenRecognizer", "SG_UEN", p_uen, c_uen, v_uen, 2),
    REC("AuAbnRecognizer", "AU_ABN", p_abn, c_abn, v_abn, 2),
    REC("AuAcnRecognizer", "AU_ACN", p_acn, c_acn, v_acn, 2),
    REC("AuTfnRecognizer", "AU_TFN", p_tfn, c_tfn, v_tfn, 2),
    REC("AuMedicareRecognizer", "AU_MEDICARE", p_medicare, c_medicare, v_medicare, 2),
    REC("InPanRecognizer", "IN_PAN", p_pan, c_pan, v_case, 1),
    REC("InAadhaarRecognizer", "IN_AADHAAR", p_aadhaar, c_aadhaar, v_aadhaar, 2),
    REC("InVoterRecognizer", "IN_VOTER", p_voter, c_voter, v_case, 0),
    REC("InPassportRecognizer", "IN_PASSPORT", p_in_passport, c_in_passport, NULL, 0),
    REC("InGstinRecognizer", "IN_GSTIN", p_gstin, c_gstin, v_gstin, 3),
    REC("InVehicleRegistrationRecognizer", "IN_VEHICLE_REGISTRATION", p_in_vehicle, c_in_vehicle,
        v_in_vehicle, 0),
    REC("FiPersonalIdentityCodeRecognizer", "FI_PERSONAL_IDENTITY_CODE", p_hetu, c_hetu, v_hetu, 3),
    REC("KrRrnRecognizer", "KR_RRN", p_kr_rrn, c_kr_rrn, v_kr_rrn, 3),
    REC("KrFrnRecognizer", "KR_FRN", p_kr_frn, c_kr_frn, v_kr_rrn, 3),
    REC("KrBrnRecognizer", "KR_BRN", p_kr_brn, c_kr_brn, v_kr_brn, 2),
    REC("KrDriverLicenseRecognizer", "KR_DRIVER_LICENSE", p_kr_dl, c_kr_dl, v_kr_dl, 0),
    REC("KrPassportRecognizer", "KR_PASSPORT", p_kr_passport, c_kr_passport, v_case, 0),
    REC("NgNinRecognizer", "NG_NIN", p_ng_nin, c_ng_nin, v_ng_nin, 2),
    REC("NgVehicleRegistrationRecognizer", "NG_VEHICLE_REGISTRATION", p_ng_vehicle, c_ng_vehicle,
        NULL, 0),
    REC("PhTinRecognizer", "PH_TIN", p_ph_tin, c_ph_tin, v_ph_tin, 2),
    REC("CaSinRecognizer", "CA_SIN", p_ca_sin, c_ca_sin, v_ca_sin, 2),
    REC("SePersonnummerRecognizer", "SE_PERSONNUMMER", p_se_pnr, c_se_pnr, v_se_pnr, 3),
    REC("SeOrganisationsnummerRecognizer", "SE_ORGANISATIONSNUMMER", p_se_org, c_se_org, v_se_org,
        2),
    REC("ZaIdNumberRecognizer", "ZA_ID_NUMBER", p_za_id, c_za_id, v_za_id, 3),
    REC("ThTninRecognizer", "TH_TNIN", p_th_tnin, c_th_tnin, v_th_tnin, 2),
    REC("TrNationalIdRecognizer", "TR_NATIONAL_ID", p_tr_id, c_tr_id, v_tr_id, 2),
    REC("TrLicensePlateRecognizer", "TR_LICENSE_PLATE", p_tr_plate, c_tr_plate, NULL, 0),
    REC("DeTaxIdRecognizer", "DE_TAX_ID", p_de_taxid, c_de_taxid, v_de_taxid, 2),
    REC("DePassportRecognizer", "DE_PASSPORT", p_de_passport, c_de_passport, v_de_passport, 2),
    REC("DeIdCardRecognizer", "DE_ID_CARD", p_de_id, c_de_id, NULL, 0),
    REC("DeSocialSecurityRecognizer", "DE_SOCIAL_SECURITY", p_de_svnr, c_de_svnr, v_de_svnr, 3),
    REC("DeVatIdRecognizer", "DE_VAT_ID", p_de_vat, c_de_vat, v_de_vat, 2),
    REC("DeLicensePlateRecognizer", "DE_LICENSE_PLATE", p_de_plate, c_de_plate, v_de_plate, 0),
    REC("DeHealthInsuranceRecognizer", "DE_HEALTH_INSURANCE", p_de_kvnr, c_de_kvnr, v_de_kvnr, 2),
};

const size_t guard__n_recognizers = sizeof(guard__recognizers) / sizeof(guard__recognizers[0]);
