/*
 * config, YAML side: turns libfyaml nodes into what the loader needs, with a
 * position for every problem. It parses the text (aliases and merge keys
 * resolved, syntax errors collected instead of printed), reads scalars with
 * `os.environ/NAME` resolved, types plain scalars by the YAML 1.2 core schema,
 * converts whole sections to jansson trees, and keeps the diagnostic list.
 * It knows nothing of LiteLLM's sections; cfg.c does.
 */
#include "cfg_int.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/err.h"

/* Like a compiler's -fmax-errors: past this many, problems are still counted
 * in n_errors but no longer listed, which keeps a hopeless file cheap. */
#define CFG_MAX_DIAGS 256

#define ENV_PREFIX "os.environ/"

void cfg__diag(struct cfg__ld *ld, struct cfg__pos pos, bool warning, const char *fmt, ...)
{
    struct cfg_diag dg;
    struct cfg_diag *items;
    va_list ap;
    size_t i;

    memset(&dg, 0, sizeof(dg));
    dg.line = pos.line > 0 ? pos.line : 0;
    dg.col = pos.line > 0 && pos.col > 0 ? pos.col : 0;
    dg.warning = warning;
    va_start(ap, fmt);
    vsnprintf(dg.message, sizeof(dg.message), fmt, ap);
    va_end(ap);

    for (i = 0; i < ld->d.n; i++) {
        const struct cfg_diag *o = &ld->d.items[i];

        if (o->line == dg.line && o->col == dg.col && o->warning == dg.warning &&
            strcmp(o->message, dg.message) == 0)
            return;
    }
    if (!warning)
        ld->d.n_errors++;
    if (ld->d.n >= CFG_MAX_DIAGS)
        return;
    /* Diagnostics are few; growing one at a time keeps cfg_diags free of a
     * capacity field. */
    items = realloc(ld->d.items, (ld->d.n + 1) * sizeof(*items));
    if (!items) {
        ld->nomem = true;
        return;
    }
    items[ld->d.n++] = dg;
    ld->d.items = items;
}

/* libfyaml writes to stderr unless told otherwise; with errors collected this
 * sink should never be called, but it makes sure nothing leaks to the
 * terminal if it is. */
static void diag_sink(struct fy_diag *diag, void *user, const char *buf, size_t len)
{
}

/* The offset of the first byte that is not valid UTF-8, or `len`. */
static size_t utf8_prefix(const char *p, size_t len)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;

    while (i < len) {
        unsigned char c = s[i];
        size_t need;
        unsigned int cp;

        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (len - i <= need)
            return i;
        for (size_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        /* Overlong forms, UTF-16 surrogates, and past U+10FFFF. */
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += need + 1;
    }
    return len;
}

/* True when every line is blank, a comment, a directive or a document
 * marker: a stream with no document in it. */
static bool blank_stream(const char *p, size_t len)
{
    size_t i = 0, end;
    struct str line;

    while (i < len) {
        for (end = i; end < len && p[end] != '\n'; end++)
            ;
        line = str_trim(str_of(p + i, end - i));
        while (line.len > 0 && line.ptr[line.len - 1] == '\r')
            line.len--;
        if (line.len > 0 && line.ptr[0] != '#' && line.ptr[0] != '%' && !str_eq_c(line, "---") &&
            !str_eq_c(line, "..."))
            return false;
        i = end + 1;
    }
    return true;
}

struct fy_document *cfg__parse(struct cfg__ld *ld, const char *yaml, size_t len)
{
    struct fy_diag_cfg dc;
    struct fy_parse_cfg pc;
    struct fy_diag *diag;
    struct fy_diag_error *e;
    struct fy_document *doc;
    void *it = NULL;
    size_t errors = ld->d.n_errors, bad;

    /* libfyaml rejects bad UTF-8 without saying where; say it first. */
    bad = utf8_prefix(yaml, len);
    if (bad < len) {
        struct cfg__pos pos = {1, 1};
        size_t i;

        for (i = 0; i < bad; i++) {
            if (yaml[i] == '\n') {
                pos.line++;
                pos.col = 1;
            } else if (((unsigned char)yaml[i] & 0xC0) != 0x80) {
                pos.col++; /* columns count characters, as libfyaml's do */
            }
        }
        cfg__diag(ld, pos, false, "invalid UTF-8");
        return NULL;
    }

    fy_diag_cfg_default(&dc);
    dc.fp = NULL;
    dc.output_fn = diag_sink;
    dc.colorize = false;
    diag = fy_diag_create(&dc);
    if (!diag) {
        ld->nomem = true;
        return NULL;
    }
    fy_diag_set_collect_errors(diag, true);

    memset(&pc, 0, sizeof(pc));
    pc.flags = FYPCF_QUIET | FYPCF_RESOLVE_DOCUMENT;
    pc.diag = diag;
    doc = fy_document_build_from_string(&pc, yaml, len);

    while ((e = fy_diag_errors_iterate(diag, &it)) != NULL) {
        struct cfg__pos pos = {e->line, e->column}; /* already 1-based */
        const char *msg = e->msg ? e->msg : "invalid YAML";
        size_t n = strlen(msg);

        if (e->type < FYET_WARNING)
            continue;
        while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
            n--;
        cfg__diag(ld, pos, e->type == FYET_WARNING, "%.*s", (int)n, msg);
    }
    /* libfyaml returns no document for an empty stream, and then sets its
     * error flag without collecting an error; tell the two cases apart by the
     * text itself, so that a failure is never mistaken for an empty file. */
    if (!doc && ld->d.n_errors == errors && !blank_stream(yaml, len))
        cfg__diag(ld, (struct cfg__pos){0, 0}, false, "invalid YAML");
    if (doc && ld->d.n_errors != errors) {
        fy_document_destroy(doc);
        doc = NULL;
    }
    /* Destroy, not unref: only fy_diag_destroy() frees collected errors. The
     * document, if any, holds its own reference and silences the object. */
    fy_diag_destroy(diag);
    return doc;
}

struct cfg__pos cfg__node_pos(struct fy_node *n, struct cfg__pos fallback)
{
    struct fy_token *t;
    struct fy_node_pair *p;
    const struct fy_mark *m;
    enum fy_node_style style;
    void *it = NULL;
    int col;

    if (!n)
        return fallback;
    switch (fy_node_get_type(n)) {
    case FYNT_SCALAR:
        t = fy_node_get_scalar_token(n);
        m = t ? fy_token_start_mark(t) : NULL;
        if (!m || m->line < 0)
            return fallback;
        /* The mark of a quoted scalar is its first content byte; point at
         * the opening quote, where the reader sees the value begin. */
        col = m->column + 1;
        style = fy_node_get_style(n);
        if ((style == FYNS_SINGLE_QUOTED || style == FYNS_DOUBLE_QUOTED) && col > 1)
            col--;
        return (struct cfg__pos){m->line + 1, col};
    case FYNT_MAPPING:
        p = fy_node_mapping_iterate(n, &it);
        return p ? cfg__node_pos(fy_node_pair_key(p), fallback) : fallback;
    case FYNT_SEQUENCE: return cfg__node_pos(fy_node_sequence_iterate(n, &it), fallback);
    }
    return fallback;
}

static bool is_digits(const char *p, size_t len, int base)
{
    size_t i;

    if (len == 0)
        return false;
    for (i = 0; i < len; i++) {
        char ch = p[i];
        bool ok = base == 16 ? ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
                                (ch >= 'A' && ch <= 'F'))
                             : (ch >= '0' && ch < '0' + base);

        if (!ok)
            return false;
    }
    return true;
}

static size_t span_digits(const char *p, size_t len)
{
    size_t i = 0;

    while (i < len && p[i] >= '0' && p[i] <= '9')
        i++;
    return i;
}

/* [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )? */
static bool is_float(const char *p, size_t len)
{
    size_t i = 0, n;

    if (i < len && (p[i] == '-' || p[i] == '+'))
        i++;
    n = span_digits(p + i, len - i);
    i += n;
    if (i < len && p[i] == '.') {
        size_t frac;

        i++;
        frac = span_digits(p + i, len - i);
        if (n == 0 && frac == 0)
            return false;
        i += frac;
    } else if (n == 0) {
        return false;
    }
    if (i < len && (p[i] == 'e' || p[i] == 'E')) {
        i++;
        if (i < len && (p[i] == '-' || p[i] == '+'))
            i++;
        n = span_digits(p + i, len - i);
        if (n == 0)
            return false;
        i += n;
    }
    return i == len;
}

enum cfg__kind cfg__classify(const char *p, size_t len)
{
    static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
    static const char *const bools[] = {"true", "True", "TRUE", "false", "False", "FALSE"};
    struct str s = str_of(p, len);
    size_t i;

    for (i = 0; i < sizeof(nulls) / sizeof(nulls[0]); i++)
        if (str_eq_c(s, nulls[i]))
            return CFG__NULL;
    for (i = 0; i < sizeof(bools) / sizeof(bools[0]); i++)
        if (str_eq_c(s, bools[i]))
            return CFG__BOOL;
    if (len > 2 && p[0] == '0' && p[1] == 'x' && is_digits(p + 2, len - 2, 16))
        return CFG__INT;
    if (len > 2 && p[0] == '0' && p[1] == 'o' && is_digits(p + 2, len - 2, 8))
        return CFG__INT;
    if (len > 0 && (p[0] == '-' || p[0] == '+') ? is_digits(p + 1, len - 1, 10)
                                                : is_digits(p, len, 10))
        return CFG__INT;
    /* .inf and .nan have no JSON form, so they stay strings. */
    if (is_float(p, len))
        return CFG__FLOAT;
    return CFG__STR;
}

bool cfg__parse_int(const char *p, size_t len, long long *out)
{
    char tmp[72];
    char *end;
    int base = 10;
    long long v;

    if (len >= sizeof(tmp))
        return false; /* more digits than any long long has */
    memcpy(tmp, p, len);
    tmp[len] = '\0';
    if (len > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o')) {
        base = p[1] == 'x' ? 16 : 8;
        memmove(tmp, tmp + 2, len - 1);
    }
    errno = 0;
    v = strtoll(tmp, &end, base);
    if (errno != 0 || *end != '\0' || end == tmp)
        return false;
    *out = v;
    return true;
}

double cfg__parse_float(const char *p, size_t len)
{
    char tmp[128];
    char *heap = NULL, *s = tmp;
    long long i;
    double v;

    if (cfg__classify(p, len) == CFG__INT && cfg__parse_int(p, len, &i))
        return (double)i; /* also covers 0x and 0o, which strtod reads differently */
    if (len >= sizeof(tmp)) {
        heap = malloc(len + 1);
        if (!heap)
            return NAN;
        s = heap;
    }
    memcpy(s, p, len);
    s[len] = '\0';
    v = strtod(s, NULL);
    free(heap);
    return v;
}

int cfg__scalar(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback,
                struct cfg__scalar *out)
{
    const char *tag, *val;
    char *name;
    size_t tag_len = 0;
    struct str text;
    bool str_tag;

    memset(out, 0, sizeof(*out));
    out->pos = cfg__node_pos(n, fallback);
    out->ptr = "";
    out->kind = CFG__NULL;
    if (!n)
        return 0;
    if (!fy_node_is_scalar(n))
        return GW_EINVAL;
    out->ptr = fy_node_get_scalar(n, &out->len);
    if (!out->ptr) {
        out->ptr = "";
        out->len = 0;
    }
    text = str_of(out->ptr, out->len);

    if (str_starts_with(text, STR_LIT(ENV_PREFIX))) {
        /* LiteLLM resolves `os.environ/NAME` in any string value, whatever
         * its quoting; the result is always a string. */
        name = arena_strndup(&ld->c->arena, text.ptr + strlen(ENV_PREFIX),
                             text.len - strlen(ENV_PREFIX));
        if (!name) {
            ld->nomem = true;
            return GW_ENOMEM;
        }
        val = getenv(name);
        if (!val) {
            char clip[96];

            cfg__clip(name, strlen(name), clip, sizeof(clip));
            cfg__diag(ld, out->pos, false, "environment variable '%s' is not set", clip);
            return GW_ECONFIG;
        }
        /* Copied at once: a later setenv() may move what getenv() gave. */
        out->ptr = arena_strdup(&ld->c->arena, val);
        if (!out->ptr) {
            ld->nomem = true;
            return GW_ENOMEM;
        }
        out->len = strlen(out->ptr);
        out->kind = CFG__STR;
        out->from_env = true;
        return 0;
    }

    tag = fy_node_get_tag(n, &tag_len);
    str_tag = tag && (str_eq_c(str_of(tag, tag_len), "tag:yaml.org,2002:str") ||
                      str_eq_c(str_of(tag, tag_len), "!!str"));
    if (fy_node_get_style(n) == FYNS_PLAIN && !str_tag)
        out->kind = cfg__classify(out->ptr, out->len);
    else
        out->kind = CFG__STR;
    return 0;
}

bool cfg__is_null(struct fy_node *n)
{
    const char *p;
    size_t len = 0;

    if (!n)
        return true;
    if (!fy_node_is_scalar(n) || fy_node_get_style(n) != FYNS_PLAIN)
        return false;
    p = fy_node_get_scalar(n, &len);
    return cfg__classify(p ? p : "", p ? len : 0) == CFG__NULL;
}

bool cfg__pair_next(struct cfg__ld *ld, struct fy_node *map, void **it, struct cfg__pair *out)
{
    struct fy_node_pair *p;
    struct fy_node *k;
    struct cfg__pos map_pos = cfg__node_pos(map, (struct cfg__pos){0, 0});

    while ((p = fy_node_mapping_iterate(map, it)) != NULL) {
        k = fy_node_pair_key(p);
        out->value = fy_node_pair_value(p);
        out->kpos = cfg__node_pos(k, map_pos);
        out->vpos = cfg__node_pos(out->value, out->kpos);
        if (k && !fy_node_is_scalar(k)) {
            cfg__diag(ld, out->kpos, false, "mapping keys must be scalars");
            continue;
        }
        out->key.ptr = k ? fy_node_get_scalar(k, &out->key.len) : NULL;
        if (!out->key.ptr) {
            out->key.ptr = "";
            out->key.len = 0;
        }
        return true;
    }
    return false;
}

static json_t *scalar_json(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback)
{
    struct cfg__scalar sc;
    long long i;
    double d;
    json_t *j = NULL;
    int rc = cfg__scalar(ld, n, fallback, &sc);

    if (rc == GW_ENOMEM)
        return NULL;
    if (rc < 0)
        return json_null(); /* reported; the load fails anyway */
    switch (sc.kind) {
    case CFG__NULL: return json_null();
    case CFG__BOOL: return json_boolean(sc.ptr[0] == 't' || sc.ptr[0] == 'T');
    case CFG__INT:
        /* An integer too big for JSON's int64 stays text rather than
         * silently losing digits. */
        j = cfg__parse_int(sc.ptr, sc.len, &i) ? json_integer(i) : json_stringn(sc.ptr, sc.len);
        break;
    case CFG__FLOAT:
        d = cfg__parse_float(sc.ptr, sc.len);
        j = isfinite(d) ? json_real(d) : json_stringn(sc.ptr, sc.len);
        break;
    case CFG__STR:
        if (!cfg__utf8_valid(sc.ptr, sc.len)) {
            cfg__diag(ld, sc.pos, false, "invalid UTF-8 in a string");
            return json_null();
        }
        j = json_stringn(sc.ptr, sc.len);
        break;
    }
    if (!j)
        ld->nomem = true;
    return j;
}

json_t *cfg__to_json(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback)
{
    struct cfg__pair p;
    struct fy_node *item;
    void *it = NULL;
    json_t *j, *v;

    if (!n || fy_node_is_scalar(n))
        return scalar_json(ld, n, fallback);

    if (fy_node_is_mapping(n)) {
        j = json_object();
        if (!j)
            goto nomem;
        while (cfg__pair_next(ld, n, &it, &p)) {
            if (!cfg__utf8_valid(p.key.ptr, p.key.len)) {
                cfg__diag(ld, p.kpos, false, "invalid UTF-8 in a key");
                continue;
            }
            v = cfg__to_json(ld, p.value, p.kpos);
            /* json_object_setn_new() takes v's reference even on failure. */
            if (!v || json_object_setn_new(j, p.key.ptr, p.key.len, v) < 0) {
                json_decref(j);
                goto nomem;
            }
        }
        return j;
    }

    j = json_array();
    if (!j)
        goto nomem;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        v = cfg__to_json(ld, item, cfg__node_pos(n, fallback));
        if (!v || json_array_append_new(j, v) < 0) {
            json_decref(j);
            goto nomem;
        }
    }
    return j;
nomem:
    ld->nomem = true;
    return NULL;
}

const char *cfg__clip(const char *p, size_t len, char *out, size_t size)
{
    size_t i, n = 0, max;
    bool cut;

    if (size == 0)
        return out;
    cut = len > size - 1;
    max = cut ? (size > 4 ? size - 4 : 0) : len;
    for (i = 0; i < len && n < max; i++) {
        unsigned char ch = (unsigned char)p[i];

        out[n++] = ch < 0x20 || ch == 0x7f ? '?' : (char)ch;
    }
    if (cut) {
        /* Do not leave half a UTF-8 sequence before the ellipsis. */
        while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80)
            n--;
        if (n > 0 && (unsigned char)out[n - 1] >= 0xC0)
            n--;
        if (size > 4) {
            memcpy(out + n, "...", 3);
            n += 3;
        }
    }
    out[n] = '\0';
    return out;
}

bool cfg__utf8_valid(const char *p, size_t len)
{
    return utf8_prefix(p, len) == len;
}
