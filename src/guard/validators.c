/*
 * Check digits and structural rules of the identifiers guard recognizes.
 * Each function takes the identifier in its compact form (separators
 * removed; guard__compact() does that) unless it says otherwise, and answers
 * whether it is valid by its published specification. Pure functions, no
 * allocation; recognizers.c decides what a result means for the score.
 */
#include "guard/guard_int.h"

#include <ctype.h>
#include <string.h>
#include <time.h>

#include <openssl/sha.h>

size_t guard__compact(const char *s, size_t n, char *out, size_t cap, bool alnum)
{
    size_t k = 0;

    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char ch = (unsigned char)s[i];

        if (ch >= '0' && ch <= '9')
            out[k++] = (char)ch;
        else if (alnum && isalpha(ch) && ch < 0x80)
            out[k++] = (char)toupper(ch);
    }
    out[k] = '\0';
    return k;
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int dv(char c)
{
    return c - '0';
}

bool guard__date_valid(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int md;

    if (m < 1 || m > 12 || d < 1)
        return false;
    md = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        md = 29;
    return d <= md;
}

/* ---- Luhn, Verhoeff ------------------------------------------------------ */

bool guard__luhn(const char *d, size_t n)
{
    int sum = 0;

    if (!all_digits(d, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        int x = dv(d[n - 1 - i]);

        if (i & 1) {
            x *= 2;
            if (x > 9)
                x -= 9;
        }
        sum += x;
    }
    return sum % 10 == 0;
}

static const uint8_t verhoeff_d[10][10] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
};
static const uint8_t verhoeff_p[8][10] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
};

bool guard__verhoeff(const char *d, size_t n)
{
    int c = 0;

    if (!all_digits(d, n))
        return false;
    for (size_t i = 0; i < n; i++)
        c = verhoeff_d[c][verhoeff_p[i % 8][dv(d[n - 1 - i])]];
    return c == 0;
}

/* ---- IBAN (ISO 13616) ---------------------------------------------------- */

/*
 * Country code, total length and BBAN structure (SWIFT IBAN registry
 * notation: n digits, a upper-case letters, c alphanumerics), for the
 * countries of Presidio's iban_patterns.py and the registry's later ones
 * (Burundi, Djibouti, Falklands, Honduras, Libya, Mongolia, Nicaragua,
 * Oman, Russia, Sudan, Somalia, Yemen).
 */
static const struct {
    char cc[3];
    uint8_t len;
    const char *bban;
} iban_countries[] = {
    {"AD", 24, "8n12c"},    {"AE", 23, "19n"},      {"AL", 28, "8n16c"},    {"AT", 20, "16n"},
    {"AZ", 28, "4a20c"},    {"BA", 20, "16n"},      {"BE", 16, "12n"},      {"BG", 22, "4a6n8c"},
    {"BH", 22, "4a14c"},    {"BI", 27, "23n"},      {"BR", 29, "23n1a1c"},  {"BY", 28, "4c4n16c"},
    {"CH", 21, "5n12c"},    {"CR", 22, "18n"},      {"CY", 28, "8n16c"},    {"CZ", 24, "20n"},
    {"DE", 22, "18n"},      {"DJ", 27, "23n"},      {"DK", 18, "14n"},      {"DO", 28, "4c20n"},
    {"EE", 20, "16n"},      {"EG", 29, "25n"},      {"ES", 24, "20n"},      {"FI", 18, "14n"},
    {"FK", 18, "2a12n"},    {"FO", 18, "14n"},      {"FR", 27, "10n11c2n"}, {"GB", 22, "4a14n"},
    {"GE", 22, "2a16n"},    {"GI", 23, "4a15c"},    {"GL", 18, "14n"},      {"GR", 27, "7n16c"},
    {"GT", 28, "24c"},      {"HN", 28, "4a20n"},    {"HR", 21, "17n"},      {"HU", 28, "24n"},
    {"IE", 22, "4a14n"},    {"IL", 23, "19n"},      {"IQ", 23, "4a15n"},    {"IS", 26, "22n"},
    {"IT", 27, "1a10n12c"}, {"JO", 30, "4a22c"},    {"KW", 30, "4a22c"},    {"KZ", 20, "3n13c"},
    {"LB", 28, "4n20c"},    {"LC", 32, "4a24c"},    {"LI", 21, "5n12c"},    {"LT", 20, "16n"},
    {"LU", 20, "3n13c"},    {"LV", 21, "4a13c"},    {"LY", 25, "21n"},      {"MC", 27, "10n11c2n"},
    {"MD", 24, "20c"},      {"ME", 22, "18n"},      {"MK", 19, "3n10c2n"},  {"MN", 20, "16n"},
    {"MR", 27, "23n"},      {"MT", 31, "4a5n18c"},  {"MU", 30, "4a19n3a"},  {"NI", 28, "4a20n"},
    {"NL", 18, "4a10n"},    {"NO", 15, "11n"},      {"OM", 23, "3n16c"},    {"PK", 24, "4a16c"},
    {"PL", 28, "24n"},      {"PS", 29, "4a21c"},    {"PT", 25, "21n"},      {"QA", 29, "4a21c"},
    {"RO", 24, "4a16c"},    {"RS", 22, "18n"},      {"RU", 33, "14n15c"},   {"SA", 24, "2n18c"},
    {"SC", 31, "4a20n3a"},  {"SD", 18, "14n"},      {"SE", 24, "20n"},      {"SI", 19, "15n"},
    {"SK", 24, "20n"},      {"SM", 27, "1a10n12c"}, {"SO", 23, "19n"},      {"ST", 25, "21n"},
    {"SV", 28, "4a20n"},    {"TL", 23, "19n"},      {"TN", 24, "20n"},      {"TR", 26, "5n17c"},
    {"UA", 29, "6n19c"},    {"VA", 22, "18n"},      {"VG", 24, "4c16n"},    {"XK", 20, "16n"},
    {"YE", 30, "4a4n18c"},
};

int guard__iban_length(const char *cc)
{
    for (size_t i = 0; i < sizeof(iban_countries) / sizeof(iban_countries[0]); i++)
        if (iban_countries[i].cc[0] == cc[0] && iban_countries[i].cc[1] == cc[1])
            return iban_countries[i].len;
    return 0;
}

static bool iban_bban_ok(const char *bban, const char *s)
{
    while (*bban) {
        int k = 0;

        while (*bban >= '0' && *bban <= '9')
            k = k * 10 + (*bban++ - '0');
        for (int i = 0; i < k; i++, s++) {
            char c = *s;

            if (*bban == 'n' && !(c >= '0' && c <= '9'))
                return false;
            if (*bban == 'a' && !(c >= 'A' && c <= 'Z'))
                return false;
            if (*bban == 'c' && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                return false;
        }
        bban++;
    }
    return true;
}

bool guard__iban_valid(const char *s, size_t n)
{
    unsigned rem = 0;
    size_t i;

    if (n < 15 || n > 34)
        return false;
    for (i = 0; i < sizeof(iban_countries) / sizeof(iban_countries[0]); i++)
        if (iban_countries[i].cc[0] == s[0] && iban_countries[i].cc[1] == s[1])
            break;
    if (i == sizeof(iban_countries) / sizeof(iban_countries[0]) || iban_countries[i].len != n)
        return false;
    if (!(s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'))
        return false;
    if (!iban_bban_ok(iban_countries[i].bban, s + 4))
        return false;
    /* ISO 7064 MOD 97-10 over BBAN + country + check digits, letters as 10..35. */
    for (size_t k = 0; k < n; k++) {
        char c = s[(k + 4) % n];

        if (c >= '0' && c <= '9')
            rem = (rem * 10 + (unsigned)(c - '0')) % 97;
        else if (c >= 'A' && c <= 'Z')
            rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
        else
            return false;
    }
    return rem == 1;
}

/* ---- Bitcoin: base58check, bech32/bech32m (BIP-173, BIP-350) ------------- */

static int b58val(char c)
{
    static const char alpha[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    const char *p = c ? strchr(alpha, c) : NULL;

    return p ? (int)(p - alpha) : -1;
}

bool guard__base58check(const char *s, size_t n)
{
    uint8_t buf[64];
    size_t zeros = 0, len = 0;
    uint8_t h1[32], h2[32];

    if (n == 0 || n > 60)
        return false;
    memset(buf, 0, sizeof(buf));
    while (zeros < n && s[zeros] == '1')
        zeros++;
    /* Big-endian base conversion into buf (right-aligned). */
    for (size_t i = 0; i < n; i++) {
        int v = b58val(s[i]);
        unsigned carry;

        if (v < 0)
            return false;
        carry = (unsigned)v;
        for (size_t j = sizeof(buf); j-- > 0;) {
            carry += 58u * buf[j];
            buf[j] = (uint8_t)(carry & 0xff);
            carry >>= 8;
        }
        if (carry)
            return false;
    }
    {
        size_t first = 0;

        while (first < sizeof(buf) && buf[first] == 0)
            first++;
        len = sizeof(buf) - first + zeros;
        if (len < 5 || len > sizeof(buf))
            return false;
        /* decoded = zeros x 0x00 + buf[first..] */
        uint8_t out[64];

        memset(out, 0, zeros);
        memcpy(out + zeros, buf + first, sizeof(buf) - first);
        /* P2PKH / P2SH: 1 version byte + 20 hash bytes + 4 checksum bytes. */
        if (len != 25)
            return false;
        SHA256(out, len - 4, h1);
        SHA256(h1, 32, h2);
        return memcmp(h2, out + len - 4, 4) == 0;
    }
}

static uint32_t bech32_polymod(const uint8_t *v, size_t n)
{
    static const uint32_t gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    uint32_t chk = 1;

    for (size_t i = 0; i < n; i++) {
        uint32_t top = chk >> 25;

        chk = ((chk & 0x1ffffff) << 5) ^ v[i];
        for (int k = 0; k < 5; k++)
            if ((top >> k) & 1)
                chk ^= gen[k];
    }
    return chk;
}

static int bech32_decode(const char *s, size_t n, uint8_t *data, size_t *dlen, size_t *hrplen)
{
    static const char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    uint8_t v[200];
    size_t sep = 0, k = 0;
    bool lower = false, upper = false;
    uint32_t pm;

    if (n < 8 || n > 90)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c < 33 || c > 126)
            return 0;
        if (c >= 'a' && c <= 'z')
            lower = true;
        if (c >= 'A' && c <= 'Z')
            upper = true;
        if (c == '1')
            sep = i;
    }
    if (lower && upper)
        return 0;
    if (sep < 1 || sep + 7 > n)
        return 0;
    for (size_t i = 0; i < sep; i++)
        v[k++] = (uint8_t)(tolower((unsigned char)s[i]) >> 5);
    v[k++] = 0;
    for (size_t i = 0; i < sep; i++)
        v[k++] = (uint8_t)(tolower((unsigned char)s[i]) & 31);
    *dlen = 0;
    for (size_t i = sep + 1; i < n; i++) {
        const char *p = strchr(charset, tolower((unsigned char)s[i]));

        if (!p || !s[i])
            return 0;
        v[k++] = (uint8_t)(p - charset);
        data[(*dlen)++] = (uint8_t)(p - charset);
    }
    *hrplen = sep;
    pm = bech32_polymod(v, k);
    if (pm == 1)
        return 1;
    if (pm == 0x2bc830a3)
        return 2;
    return 0;
}

int guard__bech32_kind(const char *s, size_t n)
{
    uint8_t data[100];
    size_t dl, hl;

    return bech32_decode(s, n, data, &dl, &hl);
}

/* A segwit address: hrp "bc"/"tb", witness version 0 with bech32 and a 20- or
 * 32-byte program, versions 1..16 with bech32m and 2..40 bytes (BIP-350). */
bool guard__segwit_valid(const char *s, size_t n)
{
    uint8_t data[100];
    size_t dl, hl, bits = 0, bytes;
    int kind = bech32_decode(s, n, data, &dl, &hl);
    int ver;

    if (!kind || hl != 2 || dl < 7)
        return false;
    if (tolower((unsigned char)s[0]) != 'b' && tolower((unsigned char)s[0]) != 't')
        return false;
    ver = data[0];
    if (ver > 16)
        return false;
    if ((ver == 0 && kind != 1) || (ver > 0 && kind != 2))
        return false;
    bits = (dl - 1 - 6) * 5;
    bytes = bits / 8;
    if (bits % 8 >= 5)
        return false;
    if (bytes < 2 || bytes > 40)
        return false;
    if (ver == 0 && bytes != 20 && bytes != 32)
        return false;
    return true;
}

/* ---- Ethereum: EIP-55 mixed-case checksum over Keccak-256 ---------------- */

static uint64_t rol64(uint64_t x, int s)
{
    return s ? (x << s) | (x >> (64 - s)) : x;
}

static void keccak_f(uint64_t st[25])
{
    static const uint64_t rc[24] = {
        0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
        0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
        0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
        0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
        0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
        0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
    };
    static const int rotc[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                                 27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};
    static const int piln[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                                 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};

    for (int round = 0; round < 24; round++) {
        uint64_t bc[5], t;

        for (int i = 0; i < 5; i++)
            bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
        for (int i = 0; i < 5; i++) {
            t = bc[(i + 4) % 5] ^ rol64(bc[(i + 1) % 5], 1);
            for (int j = 0; j < 25; j += 5)
                st[j + i] ^= t;
        }
        t = st[1];
        for (int i = 0; i < 24; i++) {
            int j = piln[i];

            bc[0] = st[j];
            st[j] = rol64(t, rotc[i]);
            t = bc[0];
        }
        for (int j = 0; j < 25; j += 5) {
            for (int i = 0; i < 5; i++)
                bc[i] = st[j + i];
            for (int i = 0; i < 5; i++)
                st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
        }
        st[0] ^= rc[round];
    }
}

void guard__keccak256(const uint8_t *in, size_t n, uint8_t out[32])
{
    uint64_t st[25];
    uint8_t block[136];
    const size_t rate = 136;

    memset(st, 0, sizeof(st));
    while (n >= rate) {
        for (size_t i = 0; i < rate / 8; i++) {
            uint64_t w = 0;

            for (int b = 0; b < 8; b++)
                w |= (uint64_t)in[i * 8 + b] << (8 * b);
            st[i] ^= w;
        }
        keccak_f(st);
        in += rate;
        n -= rate;
    }
    memset(block, 0, sizeof(block));
    memcpy(block, in, n);
    block[n] = 0x01; /* Keccak padding (not SHA-3's 0x06) */
    block[rate - 1] |= 0x80;
    for (size_t i = 0; i < rate / 8; i++) {
        uint64_t w = 0;

        for (int b = 0; b < 8; b++)
            w |= (uint64_t)block[i * 8 + b] << (8 * b);
        st[i] ^= w;
    }
    keccak_f(st);
    for (int i = 0; i < 32; i++)
        out[i] = (uint8_t)(st[i / 8] >> (8 * (i % 8)));
}

bool guard__eth_checksum(const char *s, size_t n)
{
    char lower[40];
    uint8_t h[32];

    if (n != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return false;
    for (int i = 0; i < 40; i++) {
        if (!isxdigit((unsigned char)s[2 + i]))
            return false;
        lower[i] = (char)tolower((unsigned char)s[2 + i]);
    }
    guard__keccak256((const uint8_t *)lower, 40, h);
    for (int i = 0; i < 40; i++) {
        int nib = (h[i / 2] >> (i % 2 ? 0 : 4)) & 0xf;
        char c = s[2 + i];

        if (c >= 'a' && c <= 'f' && nib > 7)
            return false;
        if (c >= 'A' && c <= 'F' && nib <= 7)
            return false;
    }
    return true;
}

/* ---- Spain, Italy, Poland, Sweden, Finland ------------------------------- */

static const char nif_letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";

/* "12345678Z" (7 or 8 digits + letter), compact. */
bool guard__es_nif(const char *s, size_t n)
{
    unsigned long v = 0;

    if (n < 8 || n > 9 || !all_digits(s, n - 1))
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        v = v * 10 + (unsigned long)dv(s[i]);
    return toupper((unsigned char)s[n - 1]) == nif_letters[v % 23];
}

/* "X1234567L": X/Y/Z stand for 0/1/2. */
bool guard__es_nie(const char *s, size_t n)
{
    unsigned long v;
    char c = (char)toupper((unsigned char)s[0]);

    if (n != 9 || (c != 'X' && c != 'Y' && c != 'Z') || !all_digits(s + 1, 7))
        return false;
    v = (unsigned long)(c - 'X');
    for (size_t i = 1; i < 8; i++)
        v = v * 10 + (unsigned long)dv(s[i]);
    return toupper((unsigned char)s[8]) == nif_letters[v % 23];
}

/* Codice fiscale: the 16th character from odd/even position tables. */
bool guard__it_fiscal(const char *s, size_t n)
{
    static const uint8_t odd[36] = {1,  0, 5, 7,  9,  13, 15, 17, 19, 21, 1,  0,
                                    5,  7, 9, 13, 15, 17, 19, 21, 2,  4,  18, 20,
                                    11, 3, 6, 8,  12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;

    if (n != 16)
        return false;
    for (int i = 0; i < 15; i++) {
        int c = toupper((unsigned char)s[i]), idx;

        if (c >= '0' && c <= '9')
            idx = c - '0';
        else if (c >= 'A' && c <= 'Z')
            idx = c - 'A' + 10;
        else
            return false;
        if (i % 2 == 0) /* 1st, 3rd, ... (odd in 1-based counting) */
            sum += odd[idx];
        else
            sum += idx < 10 ? idx : idx - 10;
    }
    return toupper((unsigned char)s[15]) == 'A' + sum % 26;
}

/* Partita IVA: 11 digits, Luhn-like. */
bool guard__it_vat(const char *s, size_t n)
{
    int x = 0, y = 0, c;

    if (n != 11 || !all_digits(s, n) || memcmp(s, "00000000000", 11) == 0)
        return false;
    for (int i = 0; i < 5; i++) {
        int t = dv(s[2 * i + 1]) * 2;

        x += dv(s[2 * i]);
        y += t > 9 ? t - 9 : t;
    }
    c = (10 - (x + y) % 10) % 10;
    return c == dv(s[10]);
}

/* PESEL: weights 1,3,7,9; the month carries the century. */
bool guard__pesel(const char *s, size_t n)
{
    static const int w[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0, yy, mm, dd, cent;

    if (n != 11 || !all_digits(s, n))
        return false;
    for (int i = 0; i < 10; i++)
        sum += dv(s[i]) * w[i];
    if ((10 - sum % 10) % 10 != dv(s[10]))
        return false;
    yy = dv(s[0]) * 10 + dv(s[1]);
    mm = dv(s[2]) * 10 + dv(s[3]);
    dd = dv(s[4]) * 10 + dv(s[5]);
    /* months 81-92: 1800s, 01-12: 1900s, 21-32: 2000s, 41-52: 2100s, 61-72: 2200s */
    if (mm >= 81)
        cent = 1800;
    else
        cent = 1900 + 100 * (mm / 20);
    mm %= 20;
    return guard__date_valid(cent + yy, mm, dd);
}

static bool luhn10_date(const char *d10)
{
    int mm = dv(d10[2]) * 10 + dv(d10[3]);
    int dd = dv(d10[4]) * 10 + dv(d10[5]);

    if (dd > 60)
        dd -= 60; /* samordningsnummer */
    /* The year's century is not in the 10 digits; 2000 is a leap year. */
    return guard__date_valid(2000, mm, dd) && guard__luhn(d10, 10);
}

/* Personnummer: YYMMDDNNNC or YYYYMMDDNNNC (compact). */
bool guard__se_pnr(const char *s, size_t n)
{
    if (!all_digits(s, n))
        return false;
    if (n == 12) {
        int yyyy = dv(s[0]) * 1000 + dv(s[1]) * 100 + dv(s[2]) * 10 + dv(s[3]);
        int mm = dv(s[4]) * 10 + dv(s[5]);
        int dd = dv(s[6]) * 10 + dv(s[7]);

        if (yyyy < 1800 || yyyy > 2099)
            return false;
        if (dd > 60)
            dd -= 60;
        return guard__date_valid(yyyy, mm, dd) && guard__luhn(s + 2, 10);
    }
    return n == 10 && luhn10_date(s);
}

/* Organisationsnummer: 10 digits, third digit >= 2, Luhn. */
bool guard__se_org(const char *s, size_t n)
{
    return n == 10 && all_digits(s, n) && dv(s[2]) >= 2 && guard__luhn(s, n);
}

/* Henkilötunnus: DDMMYYCZZZQ with C the century sign (uncompacted form). */
bool guard__fi_hetu(const char *s, size_t n)
{
    static const char ctl[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    int dd, mm, yy, cent;
    unsigned long v = 0;
    char c;

    if (n != 11 || !all_digits(s, 6) || !all_digits(s + 7, 3))
        return false;
    c = (char)toupper((unsigned char)s[6]);
    if (c == '+')
        cent = 1800;
    else if (c == '-' || (c >= 'U' && c <= 'Y'))
        cent = 1900;
    else if (c >= 'A' && c <= 'F')
        cent = 2000;
    else
        return false;
    dd = dv(s[0]) * 10 + dv(s[1]);
    mm = dv(s[2]) * 10 + dv(s[3]);
    yy = dv(s[4]) * 10 + dv(s[5]);
    if (!guard__date_valid(cent + yy, mm, dd))
        return false;
    for (int i = 0; i < 6; i++)
        v = v * 10 + (unsigned long)dv(s[i]);
    for (int i = 7; i < 10; i++)
        v = v * 10 + (unsigned long)dv(s[i]);
    return toupper((unsigned char)s[10]) == ctl[v % 31];
}

/* ---- Korea --------------------------------------------------------------- */

/* RRN / FRN, compact 13 digits. GV_DROP for an impossible date or sex digit,
 * GV_PASS when the pre-2020 check digit holds, GV_KEEP otherwise (numbers
 * issued since October 2020 have no check digit). */
int guard__kr_rrn(const char *s, size_t n)
{
    static const int w[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int g, cent, sum = 0, chk;

    if (n != 13 || !all_digits(s, n))
        return GV_DROP;
    g = dv(s[6]);
    switch (g) {
    case 1:
    case 2:
    case 5:
    case 6: cent = 1900; break;
    case 3:
    case 4:
    case 7:
    case 8: cent = 2000; break;
    case 9:
    case 0: cent = 1800; break;
    default: return GV_DROP;
    }
    if (!guard__date_valid(cent + dv(s[0]) * 10 + dv(s[1]), dv(s[2]) * 10 + dv(s[3]),
                           dv(s[4]) * 10 + dv(s[5])))
        return GV_DROP;
    for (int i = 0; i < 12; i++)
        sum += dv(s[i]) * w[i];
    if (g >= 5 && g <= 8)
        chk = (13 - sum % 11) % 10; /* FRN */
    else
        chk = (11 - sum % 11) % 10;
    return chk == dv(s[12]) ? GV_PASS : GV_KEEP;
}

bool guard__kr_brn(const char *s, size_t n)
{
    static const int k[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    int sum = 0, last;

    if (n != 10 || !all_digits(s, n))
        return false;
    for (int i = 0; i < 8; i++)
        sum += dv(s[i]) * k[i];
    last = dv(s[8]) * k[8];
    sum += last / 10 + last;
    return (10 - sum % 10) % 10 == dv(s[9]);
}

/* ---- South Africa, Australia, UK, Canada, Turkey, US --------------------- */

bool guard__za_id(const char *s, size_t n)
{
    int yy, mm, dd, year;
    time_t now = time(NULL);
    struct tm tm;

    if (n != 13 || !all_digits(s, n))
        return false;
    if (s[10] < '0' || s[10] > '2' || (s[11] != '8' && s[11] != '9'))
        return false;
    yy = dv(s[0]) * 10 + dv(s[1]);
    mm = dv(s[2]) * 10 + dv(s[3]);
    dd = dv(s[4]) * 10 + dv(s[5]);
    gmtime_r(&now, &tm);
    year = (yy > (tm.tm_year % 100)) ? 1900 + yy : 2000 + yy;
    if (!guard__date_valid(year, mm, dd))
        return false;
    if (year > tm.tm_year + 1900 ||
        (year == tm.tm_year + 1900 &&
         (mm > tm.tm_mon + 1 || (mm == tm.tm_mon + 1 && dd > tm.tm_mday))))
        return false;
    return guard__luhn(s, n);
}

bool guard__au_tfn(const char *s, size_t n)
{
    static const int w[9] = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    int sum = 0;

    if (n != 9 || !all_digits(s, n))
        return false;
    for (int i = 0; i < 9; i++)
        sum += dv(s[i]) * w[i];
    return sum % 11 == 0;
}

bool guard__au_abn(const char *s, size_t n)
{
    static const int w[11] = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
    int sum = 0;

    if (n != 11 || !all_digits(s, n) || s[0] == '0')
        return false;
    for (int i = 0; i < 11; i++)
        sum += (i == 0 ? dv(s[0]) - 1 : dv(s[i])) * w[i];
    return sum % 89 == 0;
}

/* ACN: weights 8..1, check = (10 - sum % 10) % 10 (ASIC). Presidio compares
 * against 10 - remainder and so rejects every ACN whose check digit is 0. */
bool guard__au_acn(const char *s, size_t n)
{
    int sum = 0;

    if (n != 9 || !all_digits(s, n))
        return false;
    for (int i = 0; i < 8; i++)
        sum += dv(s[i]) * (8 - i);
    return (10 - sum % 10) % 10 == dv(s[8]);
}

/* Medicare: 10 digits (8 + check + issue number), first digit 2-6. */
bool guard__au_medicare(const char *s, size_t n)
{
    static const int w[8] = {1, 3, 7, 9, 1, 3, 7, 9};
    int sum = 0;

    if ((n != 10 && n != 11) || !all_digits(s, n) || s[0] < '2' || s[0] > '6')
        return false;
    for (int i = 0; i < 8; i++)
        sum += dv(s[i]) * w[i];
    return sum % 10 == dv(s[8]);
}

/* NHS: weights 10..2 over 9 digits, check = 11 - sum % 11 (11 → 0, 10 invalid). */
bool guard__uk_nhs(const char *s, size_t n)
{
    int sum = 0, c;

    if (n != 10 || !all_digits(s, n))
        return false;
    for (int i = 0; i < 9; i++)
        sum += dv(s[i]) * (10 - i);
    c = 11 - sum % 11;
    if (c == 11)
        c = 0;
    return c != 10 && c == dv(s[9]);
}

bool guard__ca_sin(const char *s, size_t n)
{
    return n == 9 && all_digits(s, n) && s[0] != '0' && s[0] != '8' && guard__luhn(s, n);
}

bool guard__tr_id(const char *s, size_t n)
{
    int odd = 0, even = 0, sum10 = 0;

    if (n != 11 || !all_digits(s, n) || s[0] == '0')
        return false;
    for (int i = 0; i < 9; i += 2)
        odd += dv(s[i]);
    for (int i = 1; i < 8; i += 2)
        even += dv(s[i]);
    if (((odd * 7 - even) % 10 + 10) % 10 != dv(s[9]))
        return false;
    for (int i = 0; i < 10; i++)
        sum10 += dv(s[i]);
    return sum10 % 10 == dv(s[10]);
}

/* NPI: Luhn over "80840" + the 10 digits (CMS). */
bool guard__us_npi(const char *s, size_t n)
{
    char buf[16];

    if (n != 10 || !all_digits(s, n) || (s[0] != '1' && s[0] != '2'))
        return false;
    for (size_t i = 1; i < 9; i++)
        if (s[i] != s[0])
            goto distinct;
    return false; /* 111111111x: degenerate */
distinct:
    memcpy(buf, "80840", 5);
    memcpy(buf + 5, s, 10);
    return guard__luhn(buf, 15);
}

/* ABA routing number: weights 3,7,1; first two digits in the Fed ranges. */
bool guard__aba(const char *s, size_t n)
{
    static const int w[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0, pre;

    if (n != 9 || !all_digits(s, n))
        return false;
    pre = dv(s[0]) * 10 + dv(s[1]);
    if (!((pre <= 12) || (pre >= 21 && pre <= 32) || (pre >= 61 && pre <= 72) || pre == 80))
        return false;
    for (int i = 0; i < 9; i++)
        sum += dv(s[i]) * w[i];
    return sum % 10 == 0;
}

/* DEA registration number: 2 letters + 7 digits;
 * (d1 + d3 + d5) + 2 * (d2 + d4 + d6) ends in d7. */
bool guard__dea(const char *s, size_t n)
{
    int sum;

    if (n != 9 || !isalpha((unsigned char)s[0]) || !(isalpha((unsigned char)s[1]) || s[1] == '9') ||
        !all_digits(s + 2, 7))
        return false;
    sum = dv(s[2]) + dv(s[4]) + dv(s[6]) + 2 * (dv(s[3]) + dv(s[5]) + dv(s[7]));
    return sum % 10 == dv(s[8]);
}

/* SSN rules of the SSA: area not 000, 666 or 9xx; group not 00; serial not
 * 0000; not one repeated digit; not the advertised samples. */
bool guard__us_ssn_plausible(const char *s, size_t n)
{
    static const char *const samples[] = {"123456789", "987654321", "078051120", "219099999"};
    bool same = true;

    if (n != 9 || !all_digits(s, n))
        return false;
    if (memcmp(s, "000", 3) == 0 || memcmp(s, "666", 3) == 0 || s[0] == '9')
        return false;
    if (memcmp(s + 3, "00", 2) == 0 || memcmp(s + 5, "0000", 4) == 0)
        return false;
    for (int i = 1; i < 9; i++)
        if (s[i] != s[0])
            same = false;
    if (same)
        return false;
    for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++)
        if (memcmp(s, samples[i], 9) == 0)
            return false;
    return true;
}

/* ---- India, Singapore, Thailand, Nigeria, Philippines -------------------- */

bool guard__in_aadhaar(const char *s, size_t n)
{
    bool pal = true;

    if (n != 12 || !all_digits(s, n) || s[0] < '2')
        return false;
    for (size_t i = 0; i < n / 2; i++)
        if (s[i] != s[n - 1 - i])
            pal = false;
    return !pal && guard__verhoeff(s, n);
}

/* GSTIN: state code 01-38 or 97/99, a PAN, entity number, 'Z', and a check
 * character by Luhn mod 36 over the first 14 characters. */
bool guard__in_gstin(const char *s, size_t n)
{
    static const char cs[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int st, factor = 1, sum = 0;

    if (n != 15 || !all_digits(s, 2))
        return false;
    st = dv(s[0]) * 10 + dv(s[1]);
    if (!((st >= 1 && st <= 38) || st == 97 || st == 99))
        return false;
    for (int i = 0; i < 14; i++) {
        const char *p = strchr(cs, toupper((unsigned char)s[i]));
        int d;

        if (!p || !s[i])
            return false;
        d = (int)(p - cs) * factor;
        sum += d / 36 + d % 36;
        factor = factor == 1 ? 2 : 1;
    }
    return toupper((unsigned char)s[14]) == cs[(36 - sum % 36) % 36];
}

bool guard__sg_nric(const char *s, size_t n)
{
    static const int w[7] = {2, 7, 6, 5, 4, 3, 2};
    int sum = 0, r;
    char p, c;

    if (n != 9 || !all_digits(s + 1, 7))
        return false;
    p = (char)toupper((unsigned char)s[0]);
    c = (char)toupper((unsigned char)s[8]);
    for (int i = 0; i < 7; i++)
        sum += dv(s[1 + i]) * w[i];
    switch (p) {
    case 'S': return c == "JZIHGFEDCBA"[sum % 11];
    case 'T': return c == "JZIHGFEDCBA"[(sum + 4) % 11];
    case 'F': return c == "XWUTRQPNMLK"[sum % 11];
    case 'G': return c == "XWUTRQPNMLK"[(sum + 4) % 11];
    case 'M': r = (sum + 3) % 11; return c == "KLJNPQRTUWX"[10 - r];
    default: return false;
    }
}

/* UEN: formats A (8 digits + letter), B (year + 5 digits + letter), C
 * (T/S/R + yy + entity type + 4 digits + check). */
bool guard__sg_uen(const char *s, size_t n)
{
    if (n == 9 && all_digits(s, 8)) {
        static const int w[8] = {10, 4, 9, 3, 8, 2, 7, 1};
        int sum = 0;

        for (int i = 0; i < 8; i++)
            sum += dv(s[i]) * w[i];
        return toupper((unsigned char)s[8]) == "XMKECAWLJDB"[sum % 11];
    }
    if (n == 10 && all_digits(s, 9)) {
        static const int w[9] = {10, 8, 6, 4, 9, 7, 5, 3, 1};
        int sum = 0, year = dv(s[0]) * 1000 + dv(s[1]) * 100 + dv(s[2]) * 10 + dv(s[3]);
        time_t now = time(NULL);
        struct tm tm;

        gmtime_r(&now, &tm);
        if (year < 1800 || year > tm.tm_year + 1900)
            return false;
        for (int i = 0; i < 9; i++)
            sum += dv(s[i]) * w[i];
        return toupper((unsigned char)s[9]) == "ZKCMDNERGWH"[sum % 11];
    }
    if (n == 10) {
        static const char alpha[] = "ABCDEFGHJKLMNPQRSTUVWX0123456789";
        static const char *const types[] = {
            "LP", "LL", "FC", "PF", "RF", "MQ", "MM", "NB", "CC", "CS", "MB", "FM", "GS",
            "DP", "CP", "NR", "CM", "CD", "MD", "HS", "VH", "CH", "MH", "CL", "XL", "CX",
            "HC", "RP", "TU", "TC", "FB", "FN", "PA", "PB", "SS", "MC", "SM", "GA", "GB"};
        static const int w[9] = {4, 3, 5, 3, 10, 2, 2, 5, 7};
        bool ok = false;
        int sum = 0;

        if (s[0] != 'T' && s[0] != 'S' && s[0] != 'R')
            return false;
        for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
            if (s[3] == types[i][0] && s[4] == types[i][1])
                ok = true;
        if (!ok)
            return false;
        for (int i = 0; i < 9; i++) {
            const char *p = strchr(alpha, s[i]);

            if (!p || !s[i])
                return false;
            sum += (int)(p - alpha) * w[i];
        }
        return s[9] == alpha[((sum - 5) % 11 + 11) % 11];
    }
    return false;
}

bool guard__th_tnin(const char *s, size_t n)
{
    int sum = 0, x;

    if (n != 13 || !all_digits(s, n) || s[0] == '0')
        return false;
    for (int i = 0; i < 12; i++)
        sum += dv(s[i]) * (13 - i);
    x = sum % 11;
    return (x <= 1 ? 1 - x : 11 - x) == dv(s[12]);
}

bool guard__ng_nin(const char *s, size_t n)
{
    return n == 11 && guard__verhoeff(s, n);
}

bool guard__ph_tin(const char *s, size_t n)
{
    static const int w[8] = {9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;

    if ((n != 9 && n != 12) || !all_digits(s, n))
        return false;
    for (int i = 0; i < 8; i++)
        sum += dv(s[i]) * w[i];
    return sum % 11 == dv(s[8]);
}

/* ---- Germany ------------------------------------------------------------- */

static int iso7064_mod11_10(const char *s, size_t n)
{
    int product = 10;

    for (size_t i = 0; i < n; i++) {
        int total = (dv(s[i]) + product) % 10;

        if (total == 0)
            total = 10;
        product = (total * 2) % 11;
    }
    return (11 - product) % 10;
}

/* Steuer-IdNr: 11 digits, no leading 0, exactly one digit repeated (2 or 3
 * times) in the first ten, ISO 7064 MOD 11,10. */
bool guard__de_taxid(const char *s, size_t n)
{
    int cnt[10] = {0}, rep = 0;

    if (n != 11 || !all_digits(s, n) || s[0] == '0')
        return false;
    for (int i = 0; i < 10; i++)
        cnt[dv(s[i])]++;
    for (int d = 0; d < 10; d++) {
        if (cnt[d] > 3)
            return false;
        if (cnt[d] >= 2)
            rep++;
    }
    if (rep != 1)
        return false;
    return iso7064_mod11_10(s, 10) == dv(s[10]);
}

/* Reisepass: ICAO 9303 check digit (weights 7,3,1) over the first 8. */
bool guard__de_passport(const char *s, size_t n)
{
    static const int w[3] = {7, 3, 1};
    int sum = 0;

    if (n != 9 || !isdigit((unsigned char)s[8]))
        return false;
    for (int i = 0; i < 8; i++) {
        int c = toupper((unsigned char)s[i]), v;

        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'A' && c <= 'Z' && !strchr("ABDEIOQSU", c))
            v = c - 'A' + 10;
        else
            return false;
        sum += v * w[i % 3];
    }
    return sum % 10 == dv(s[8]);
}

/* Rentenversicherungsnummer (VKVV § 4): 8 digits, letter, 3 digits. */
bool guard__de_svnr(const char *s, size_t n)
{
    static const int w[12] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    char eff[12];
    int sum = 0, day, month, letter;

    if (n != 12 || !all_digits(s, 8) || !isalpha((unsigned char)s[8]) || !all_digits(s + 9, 3))
        return false;
    day = dv(s[2]) * 10 + dv(s[3]);
    month = dv(s[4]) * 10 + dv(s[5]);
    if (!((day >= 1 && day <= 31) || (day >= 51 && day <= 81)) || month < 1 || month > 12)
        return false;
    letter = toupper((unsigned char)s[8]) - 'A' + 1;
    memcpy(eff, s, 8);
    eff[8] = (char)('0' + letter / 10);
    eff[9] = (char)('0' + letter % 10);
    eff[10] = s[9];
    eff[11] = s[10];
    for (int i = 0; i < 12; i++) {
        int p = dv(eff[i]) * w[i];

        sum += p / 10 + p % 10;
    }
    return sum % 10 == dv(s[11]);
}

/* USt-IdNr: "DE" + 9 digits, ISO 7064 MOD 11,10 over the first 8. */
bool guard__de_vat(const char *s, size_t n)
{
    if (n != 11 || toupper((unsigned char)s[0]) != 'D' || toupper((unsigned char)s[1]) != 'E' ||
        !all_digits(s + 2, 9))
        return false;
    return iso7064_mod11_10(s + 2, 8) == dv(s[10]);
}

/* KVNR (§ 290 SGB V): letter + 9 digits; letter as two digits, factors 1,2. */
bool guard__de_kvnr(const char *s, size_t n)
{
    char eff[10];
    int letter, sum = 0;

    if (n != 10 || !isalpha((unsigned char)s[0]) || !all_digits(s + 1, 9))
        return false;
    letter = toupper((unsigned char)s[0]) - 'A' + 1;
    eff[0] = (char)('0' + letter / 10);
    eff[1] = (char)('0' + letter % 10);
    memcpy(eff + 2, s + 1, 8);
    for (int i = 0; i < 10; i++) {
        int p = dv(eff[i]) * (i % 2 ? 2 : 1);

        sum += p > 9 ? p / 10 + p % 10 : p;
    }
    return sum % 10 == dv(s[9]);
}
