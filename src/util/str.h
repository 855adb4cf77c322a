/*
 * str: a borrowed view of bytes. Passed by value, never assumed NUL-terminated,
 * never freed through. Whoever hands one out says how long it stays valid.
 */
#ifndef GW_UTIL_STR_H
#define GW_UTIL_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct str {
    const char *ptr;
    size_t len;
};

#define STR_LIT(s) ((struct str){(s), sizeof(s) - 1})
#define STR_NULL   ((struct str){NULL, 0})
#define STR_FMT(s) (int)(s).len, (s).ptr /* for printf("%.*s") */

static inline struct str str_from(const char *c)
{
    return (struct str){c, c ? strlen(c) : 0};
}

static inline struct str str_of(const char *p, size_t n)
{
    return (struct str){p, n};
}

static inline bool str_eq(struct str a, struct str b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static inline bool str_eq_c(struct str a, const char *c)
{
    return str_eq(a, str_from(c));
}

/* ASCII case-insensitive comparison, as HTTP header names need. */
bool str_case_eq(struct str a, struct str b);
bool str_starts_with(struct str s, struct str prefix);
/* Removes ASCII spaces and tabs at both ends. */
struct str str_trim(struct str s);

/*
 * The first byte in [p, end) that ends a plain run inside a JSON string: a
 * quote, a backslash, a control character, or (when stop_high) a byte of
 * 0x80 and above, which a validating reader must look at. `end` when none.
 * Sixteen bytes at a time: the JSON readers spend most of their time here.
 */
const char *str_json_run(const char *p, const char *end, bool stop_high);
/* Length of the UTF-8 sequence at p (p < end), or 0 when it is not one: no
 * overlong forms, no surrogates, nothing past U+10FFFF. */
size_t str_utf8_len(const unsigned char *p, const unsigned char *end);
/*
 * The XXXX of a JSON \uXXXX escape at p (just past the "\u"), with the
 * \uYYYY that completes a surrogate pair: the code point in *cp and the bytes
 * read (4 or 10), or 0 for what jansson refuses (not hex, NUL, a lone
 * surrogate). One reading for the reader that builds trees and the scanner
 * that relays text unparsed.
 */
size_t str_json_u_escape(const char *p, const char *end, uint32_t *cp);

#endif
