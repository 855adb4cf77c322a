/*
 * common: what several providers share: the provider table, the SSE parser,
 * header lists tied to an arena, and OpenAI-shaped error bodies.
 */
#include "prov_int.h"

#include <limits.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/jread.h"
#include "util/jwrite.h"

const char *const prov__gateway_fields[] = {
    "mock_response",
    "timeout",
    "fallbacks",
    "num_retries",
    "context_window_fallbacks",
    "caching",
    "cache",
    "guardrails",
    "litellm_metadata",
    "api_key",
    "api_base",
    "base_url",
    "metadata",
    "tags",
    NULL,
};

const char *const prov__param_defaults[] = {
    "temperature",
    "top_p",
    "max_tokens",
    "max_completion_tokens",
    "seed",
    "stop",
    "frequency_penalty",
    "presence_penalty",
    "reasoning_effort",
    NULL,
};

const struct prov_ops *prov_find(const char *name)
{
    /* Every OpenAI-compatible server speaks the openai wire format at its
     * api_base; LiteLLM names several of them. */
    static const char *const openai_like[] = {
        "openai",      "text-completion-openai",
        "hosted_vllm", "vllm",
        "groq",        "together_ai",
        "deepinfra",   "fireworks_ai",
        "mistral",     "lm_studio",
        "openrouter",  "perplexity",
        "xai",         "deepseek",
        "llamafile",   "cerebras",
        "nvidia_nim",  "openai_like",
        NULL,
    };

    if (!name)
        return NULL;
    if (strcmp(name, "mock") == 0)
        return &prov_mock;
    if (strcmp(name, "anthropic") == 0)
        return prov_anthropic.encode ? &prov_anthropic : NULL;
    if (strcmp(name, "azure") == 0)
        return prov_azure.encode ? &prov_azure : NULL;
    if (strcmp(name, "ollama") == 0)
        return prov_ollama.encode ? &prov_ollama : NULL;
    if (strcmp(name, "ollama_chat") == 0)
        return prov_ollama_chat.encode ? &prov_ollama_chat : NULL;
    for (size_t i = 0; openai_like[i]; i++)
        if (strcmp(name, openai_like[i]) == 0)
            return &prov_openai;
    return NULL;
}

void prov_stream_init(struct prov_stream *st, size_t max_line)
{
    memset(st, 0, sizeof(*st));
    buf_init(&st->line, max_line);
    buf_init(&st->event, max_line);
}

void prov_stream_dispose(struct prov_stream *st)
{
    buf_dispose(&st->line);
    buf_dispose(&st->event);
}

void prov_usage_from_json(struct prov_usage *u, const json_t *usage)
{
    if (!json_is_object(usage))
        return;
    u->prompt_tokens = (long)json_integer_value(json_object_get(usage, "prompt_tokens"));
    u->completion_tokens = (long)json_integer_value(json_object_get(usage, "completion_tokens"));
    u->total_tokens = (long)json_integer_value(json_object_get(usage, "total_tokens"));
    /* The counts are the upstream's word: a sum past LONG_MAX must not be
     * undefined behaviour. */
    if (!u->total_tokens &&
        __builtin_add_overflow(u->prompt_tokens, u->completion_tokens, &u->total_tokens))
        u->total_tokens = LONG_MAX;
    u->set = true;
}

/* One complete line (without its end of line) of an event stream. */
static int sse_line(struct prov_stream *st, struct str line, prov__sse_fn fn, void *ctx)
{
    const char *colon;
    struct str field, value;
    int rc = 0;

    if (line.len == 0) { /* a blank line dispatches the event */
        /* WHATWG: an event without data is not dispatched. */
        if (st->event.len > 0) {
            struct str data = buf_str(&st->event);

            if (data.len && data.ptr[data.len - 1] == '\n')
                data.len--;
            rc = fn(ctx, str_of(st->event_name, st->event_name_len), data);
        }
        buf_reset(&st->event);
        st->event_name_len = 0;
        return rc;
    }
    if (line.ptr[0] == ':')
        return 0; /* a comment, e.g. a keep-alive ": ping" */
    colon = memchr(line.ptr, ':', line.len);
    field = colon ? str_of(line.ptr, (size_t)(colon - line.ptr)) : line;
    value = colon ? str_of(colon + 1, line.len - field.len - 1) : STR_NULL;
    if (value.len && value.ptr[0] == ' ') {
        value.ptr++;
        value.len--;
    }
    if (str_eq_c(field, "data")) {
        rc = buf_append_str(&st->event, value);
        if (rc == 0)
            rc = buf_append(&st->event, "\n", 1);
    } else if (str_eq_c(field, "event")) {
        size_t l = value.len < sizeof(st->event_name) ? value.len : sizeof(st->event_name);

        if (l) /* a bare "event" line has no value, and value.ptr is NULL */
            memcpy(st->event_name, value.ptr, l);
        st->event_name_len = l;
    }
    return rc;
}

int prov__sse_feed(struct prov_stream *st, const char *p, size_t n, prov__sse_fn fn, void *ctx)
{
    size_t i, start = 0;
    int rc = 0;

    for (i = 0; i < n && rc == 0; i++) {
        struct str line;

        if (p[i] != '\n')
            continue;
        if (st->line.len) {
            rc = buf_append(&st->line, p + start, i - start);
            if (rc < 0)
                break;
            line = buf_str(&st->line);
        } else {
            line = str_of(p + start, i - start);
        }
        if (line.len && line.ptr[line.len - 1] == '\r')
            line.len--;
        rc = sse_line(st, line, fn, ctx);
        buf_reset(&st->line);
        start = i + 1;
    }
    if (rc == 0 && start < n)
        rc = buf_append(&st->line, p + start, n - start);
    return rc;
}

struct curl_slist *prov__header_line(struct arena *a, struct curl_slist **list, char *line)
{
    struct curl_slist *n = arena_alloc(a, sizeof(*n)), *t;

    if (!n || !line)
        return NULL;
    n->data = line;
    n->next = NULL;
    if (!*list) {
        *list = n;
    } else {
        for (t = *list; t->next; t = t->next)
            ;
        t->next = n;
    }
    return *list;
}

struct curl_slist *prov__header(struct arena *a, struct curl_slist **list, const char *fmt, ...)
{
    va_list ap;
    char *line;
    int n;

    if (!strchr(fmt, '%'))
        return prov__header_line(a, list, arena_strdup(a, fmt));
    /* Sized to fit: bearer tokens (Entra ID) run to several kilobytes. */
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    line = arena_alloc(a, (size_t)n + 1);
    if (!line)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(line, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return prov__header_line(a, list, line);
}

/* `j` as compact JSON in the arena, in one pass (jwrite). */
struct str prov__dump(struct arena *a, const json_t *j)
{
    return jwrite_arena(a, j, 0);
}

/* The status the client gets for an upstream's status: 4xx that describe the
 * request pass through; an upstream's 5xx is the gateway's 502 unless the
 * upstream said unavailable (503) or timed out (504). */
static int map_status(long status)
{
    switch (status) {
    case 400:
    case 401:
    case 403:
    case 404:
    case 408:
    case 409:
    case 413:
    case 422:
    case 429: return (int)status;
    case 503:
    case 529: return 503;
    case 504: return 504;
    default: return status >= 400 && status < 500 ? 400 : 502;
    }
}

void prov__openai_error(long status, struct str body, struct arena *a, struct prov_error *out)
{
    json_t *j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL);
    json_t *e = json_object_get(j, "error");
    const char *msg = NULL, *type = NULL, *code = NULL;
    json_t *jc;

    if (json_is_object(e)) {
        msg = json_string_value(json_object_get(e, "message"));
        type = json_string_value(json_object_get(e, "type"));
        jc = json_object_get(e, "code");
        code = json_string_value(jc);
        if (!code && json_is_integer(jc))
            code = arena_printf(a, "%lld", (long long)json_integer_value(jc));
    } else if (json_is_string(e)) {
        msg = json_string_value(e); /* vLLM and others: {"error": "..."} */
    }
    out->status = map_status(status);
    out->message =
        arena_printf(a, "upstream returned %ld: %s", status, msg ? msg : "no error message");
    /* OpenAI itself answers 401 and 404 with invalid_request_error, so a
     * body without a type gets that below 500. */
    if (!type)
        type = out->status >= 500 ? "api_error" : "invalid_request_error";
    out->type = arena_strdup(a, type);
    out->code = code ? arena_strdup(a, code) : arena_printf(a, "%d", out->status);
    json_decref(j);
}

/* ---- validation without a tree ---------------------------------------- */

struct scan {
    const char *p, *end;
    int depth;
};

static void ws(struct scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
        s->p++;
}

static bool lit(struct scan *s, const char *w, size_t n)
{
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n) != 0)
        return false;
    s->p += n;
    return true;
}

static bool string(struct scan *s)
{
    s->p++; /* the opening quote */
    while (s->p < s->end) {
        unsigned char c;

        s->p = str_json_run(s->p, s->end, true);
        if (s->p >= s->end)
            break;
        if ((unsigned char)*s->p >= 0x80) {
            /* What is relayed without a parse must still be UTF-8. */
            size_t n = str_utf8_len((const unsigned char *)s->p, (const unsigned char *)s->end);

            if (!n)
                return false;
            s->p += n;
            continue;
        }
        c = (unsigned char)*s->p++;

        if (c == '"')
            return true;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (s->p >= s->end)
                return false;
            c = (unsigned char)*s->p++;
            if (c == 'u') {
                /* As jansson takes them: what is relayed unparsed must be
                 * what a parse would take. */
                uint32_t cp;
                size_t n = str_json_u_escape(s->p, s->end, &cp);

                if (!n)
                    return false;
                s->p += n;
            } else if (!c || !strchr("\"\\/bfnrt", c)) {
                return false;
            }
        }
    }
    return false;
}

/*
 * Does the number text [p, p + n) fit as jansson reads it: an integer in a
 * long long, a real that does not overflow a double? What is relayed
 * without a parse must be what a parse would take, and json_loadb() refuses
 * "output_tokens": 7777777777777777777777 ("too big integer").
 */
static bool number_fits(const char *p, size_t n, bool real)
{
    char small[64], *buf = n < sizeof(small) ? small : malloc(n + 1);
    bool ok;

    if (!buf)
        return false;
    memcpy(buf, p, n);
    buf[n] = '\0';
    errno = 0;
    if (real) {
        double v = strtod(buf, NULL);

        ok = !(errno == ERANGE && (v == HUGE_VAL || v == -HUGE_VAL));
    } else {
        (void)strtoll(buf, NULL, 10);
        ok = errno != ERANGE;
    }
    if (buf != small)
        free(buf);
    return ok;
}

static bool number(struct scan *s)
{
    const char *start = s->p;
    bool real = false;

    if (s->p < s->end && *s->p == '-')
        s->p++;
    if (s->p >= s->end || !isdigit((unsigned char)*s->p))
        return false;
    if (*s->p == '0')
        s->p++;
    else
        while (s->p < s->end && isdigit((unsigned char)*s->p))
            s->p++;
    if (s->p < s->end && *s->p == '.') {
        s->p++;
        real = true;
        if (s->p >= s->end || !isdigit((unsigned char)*s->p))
            return false;
        while (s->p < s->end && isdigit((unsigned char)*s->p))
            s->p++;
    }
    if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
        s->p++;
        real = true;
        if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
            s->p++;
        if (s->p >= s->end || !isdigit((unsigned char)*s->p))
            return false;
        while (s->p < s->end && isdigit((unsigned char)*s->p))
            s->p++;
    }
    return s->p > start && number_fits(start, (size_t)(s->p - start), real);
}

static bool value(struct scan *s);

static bool container(struct scan *s, char close, bool object)
{
    if (++s->depth > 512) /* jansson's own limit is 2048; no answer nests this deep */
        return false;
    s->p++;
    ws(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        s->depth--;
        return true;
    }
    for (;;) {
        if (object) {
            ws(s);
            if (s->p >= s->end || *s->p != '"' || !string(s))
                return false;
            ws(s);
            if (s->p >= s->end || *s->p++ != ':')
                return false;
        }
        if (!value(s))
            return false;
        ws(s);
        if (s->p >= s->end)
            return false;
        if (*s->p == ',') {
            s->p++;
            continue;
        }
        if (*s->p++ != close)
            return false;
        s->depth--;
        return true;
    }
}

static bool value(struct scan *s)
{
    ws(s);
    if (s->p >= s->end)
        return false;
    switch (*s->p) {
    case '{': return container(s, '}', true);
    case '[': return container(s, ']', false);
    case '"': return string(s);
    case 't': return lit(s, "true", 4);
    case 'f': return lit(s, "false", 5);
    case 'n': return lit(s, "null", 4);
    default: return number(s);
    }
}

/* A top-level integer of a JSON object, as json_integer_value() reads it:
 * 0 when absent, not an integer, or out of range. */
static long top_integer(struct str obj, const char *key)
{
    size_t a, b;
    long v = 0;
    bool neg;

    if (prov__top_value(obj, key, &a, &b) < 0)
        return 0;
    neg = obj.ptr[a] == '-';
    for (size_t i = a + neg; i < b; i++) {
        if (!isdigit((unsigned char)obj.ptr[i]))
            return 0; /* a fraction or exponent: a real, not an integer */
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, obj.ptr[i] - '0', &v))
            return 0;
    }
    return neg ? -v : v;
}

bool prov__top_object(struct str body, const char *const keys[], size_t n_keys, size_t spans[][2])
{
    struct scan s = {body.ptr, body.ptr + body.len, 0};

    for (size_t i = 0; i < n_keys; i++)
        spans[i][0] = spans[i][1] = 0;
    ws(&s);
    if (s.p >= s.end || *s.p++ != '{')
        return false;
    ws(&s);
    if (s.p < s.end && *s.p == '}') {
        s.p++;
    } else {
        for (;;) {
            const char *k = s.p + 1, *v;
            size_t klen, match = n_keys;

            if (s.p >= s.end || *s.p != '"' || !string(&s))
                return false;
            klen = (size_t)(s.p - 1 - k);
            for (size_t i = 0; i < n_keys; i++)
                if (strlen(keys[i]) == klen && memcmp(k, keys[i], klen) == 0)
                    match = i;
            ws(&s);
            if (s.p >= s.end || *s.p++ != ':')
                return false;
            ws(&s);
            v = s.p;
            if (!value(&s))
                return false;
            if (match < n_keys) { /* the last of duplicates, as a parse keeps */
                spans[match][0] = (size_t)(v - body.ptr);
                spans[match][1] = (size_t)(s.p - body.ptr);
            }
            ws(&s);
            if (s.p < s.end && *s.p == ',') {
                s.p++;
                ws(&s);
                continue;
            }
            if (s.p >= s.end || *s.p++ != '}')
                return false;
            break;
        }
    }
    ws(&s);
    return s.p == s.end;
}

int prov__peek_usage(struct str body, struct prov_usage *usage)
{
    static const char *const keys[] = {"usage"};
    size_t span[1][2], us, ue;

    /* Read without a tree: building one for three numbers cost more than
     * validating the whole answer. */
    if (!prov__top_object(body, keys, 1, span))
        return GW_EUPSTREAM;
    us = span[0][0];
    ue = span[0][1];
    if (ue > us && body.ptr[us] == '{') {
        struct str u = str_of(body.ptr + us, ue - us);

        usage->prompt_tokens = top_integer(u, "prompt_tokens");
        usage->completion_tokens = top_integer(u, "completion_tokens");
        usage->total_tokens = top_integer(u, "total_tokens");
        if (!usage->total_tokens &&
            __builtin_add_overflow(usage->prompt_tokens, usage->completion_tokens,
                                   &usage->total_tokens))
            usage->total_tokens = LONG_MAX;
        usage->set = true;
    }
    return 0;
}

int prov__top_value(struct str json, const char *key, size_t *start, size_t *end)
{
    struct scan s = {json.ptr, json.ptr + json.len, 0};
    size_t klen = strlen(key);

    ws(&s);
    if (s.p >= s.end || *s.p != '{')
        return GW_EINVAL;
    s.p++;
    for (;;) {
        const char *k;
        bool match;

        ws(&s);
        if (s.p >= s.end || *s.p != '"')
            return s.p < s.end && *s.p == '}' ? GW_ENOTFOUND : GW_EINVAL;
        k = s.p + 1;
        if (!string(&s))
            return GW_EINVAL;
        /* A key written with escapes never matches: fine for plain names. */
        match = (size_t)(s.p - 1 - k) == klen && memcmp(k, key, klen) == 0;
        ws(&s);
        if (s.p >= s.end || *s.p++ != ':')
            return GW_EINVAL;
        ws(&s);
        *start = (size_t)(s.p - json.ptr);
        if (!value(&s))
            return GW_EINVAL;
        *end = (size_t)(s.p - json.ptr);
        if (match)
            return 0;
        ws(&s);
        if (s.p >= s.end || *s.p != ',')
            return GW_ENOTFOUND;
        s.p++;
    }
}
