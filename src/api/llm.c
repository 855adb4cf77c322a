/*
 * llm: one model call, from the parsed request to the last byte.
 *
 *   api__llm ── auth ── parse JSON ── resolve group ── pick deployment
 *      │
 *      ├─ local provider (mock, or a `mock_response` field): answer at once
 *      │
 *      └─ encode ── up_start ──▶ on_data ──▶ (stream) decode chunks ── SSE out
 *                                   │                     (whole) collect
 *                                   ▼
 *                                on_done ── answer / error event ── log
 *
 * Streams: the SSE answer starts with the first chunk from upstream, so an
 * error before it is still a plain HTTP error; after it, an error becomes a
 * `data: {"error":...}` event. When the client's socket backs up past
 * HTTP_WRITE_HIGH the upstream transfer is paused, and resumed on drain.
 * If the client goes away, on_abort cancels the upstream transfer.
 *
 * Guardrails run before the first attempt (guard_request) and on the answer
 * (answer_guard, held_guard). A rail with an external Presidio analyzer
 * makes either step wait: analyze() hands the texts to analyzer.c and the
 * step runs again from its callback; a disconnect cancels the analysis.
 */
#include "api_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "guard/rail.h"
#include "obs/obs.h"
#include "router/route.h"
#include "util/err.h"
#include "util/jmem.h"
#include "util/jread.h"
#include "util/jwrite.h"
#include "util/time.h"

#define API_MAX_UPSTREAM_BODY (64u * 1024 * 1024)
#define API_MAX_TOOL_CALLS    64

struct call {
    struct api_worker *w;
    struct http_req *r;
    char id[37];
    struct auth_ctx auth;
    enum prov_op op;
    json_t *body;
    const char *group;      /* the group being tried now */
    const char *orig_group; /* the group the client asked for */
    const struct cfg_deployment *dep;
    uint64_t skip; /* deployments of `group` already tried */
    int retries_in_group;
    int max_retries; /* request's num_retries, or -1 */
    int attempted_retries, attempted_fallbacks;
    const char *fallbacks[16]; /* groups queued or tried, in order */
    size_t n_fallbacks, next_fallback;
    uv_timer_t *backoff; /* heap: a handle must outlive the arena until closed */
    /* The last failure, answered when nothing is left to try. */
    int last_status;
    const char *last_msg, *last_type, *last_code;
    char last_retry_after[32];
    const struct prov_ops *prov;
    struct prov_call pc;
    struct prov_http ph;
    struct prov_stream st;
    struct prov_usage usage;
    struct up_req up;
    struct buf resp;      /* whole answer, or the error body of a failed stream */
    struct buf sse;       /* stream bytes of one upstream read, written at its end */
    struct buf ev;        /* one rewritten event, as sse_write() writes it */
    bool sse_batch;       /* inside up_data: gather into `sse` */
    struct guard_call gc; /* guardrails chosen for this call */
    struct guard_verdict gv;
    struct guard_stream gs; /* post_call scanning of a streamed answer */
    bool guard_on, guard_stream;
    /* External analyzers (analyzer.c): the texts in flight, what to do when
     * they are back, and the answer waiting for them. */
    struct api__analysis an;
    void (*after_analysis)(struct call *c);
    json_t *pending_out;
    /* A stream with an external post_call rail is held whole (chunks and
     * their text bytes), scanned at its end, then sent. */
    bool guard_buffer;
    json_t *held_chunks;
    size_t held_bytes;
    json_t *tool_args;    /* held tool-call arguments of a guarded stream, by index */
    json_t *held_choices; /* held text of choices after the first, by "choiceN" */
    bool anthropic;       /* the client speaks the Anthropic Messages API */
    bool stream_failed;   /* an error event was sent: nothing may follow it */
    struct api__messages_stream ms;
    bool started; /* SSE answer begun */
    bool finished;
    bool want_pause;
    int status;
    const char *err_type;
    uint64_t t_up_start, up_us;
};

static const char *method_name(enum http_verb m)
{
    switch (m) {
    case HTTP_M_GET: return "GET";
    case HTTP_M_POST: return "POST";
    case HTTP_M_HEAD: return "HEAD";
    case HTTP_M_DELETE: return "DELETE";
    case HTTP_M_PUT: return "PUT";
    default: return "OTHER";
    }
}

static void log_call(struct call *c)
{
    uint64_t total = time_mono_us() - c->r->t_start_us;
    struct obs_request o = {
        .request_id = c->id,
        .method = method_name(c->r->method),
        .path = arena_cstr(c->r->arena, c->r->path),
        .model = c->group,
        .deployment = c->dep ? c->dep->id : NULL,
        .provider = c->prov ? c->prov->name : NULL,
        .key_hash = c->auth.key_hash[0] ? c->auth.key_hash : NULL,
        .status = c->status,
        .stream = c->pc.stream,
        .total_us = total,
        .overhead_us = total > c->up_us ? total - c->up_us : 0,
        .prompt_tokens = c->usage.prompt_tokens,
        .completion_tokens = c->usage.completion_tokens,
        .error_type = c->err_type,
    };

    if (c->gv.n_not_run) {
        /* fail_open rails that could not run: the line says so. */
        struct buf nr;

        buf_init(&nr, 4096);
        guard_verdict_not_run(&c->gv, &nr);
        o.guardrails_not_run = arena_cstr(c->r->arena, buf_str(&nr));
        buf_dispose(&nr);
    }
    obs_log_request(&o);
}

/* Microseconds as milliseconds with three decimals, or a small integer,
 * without printf (formatting floats was a visible cost per request). */
static struct str ms3(struct arena *a, uint64_t us, bool decimals)
{
    char *p = arena_alloc(a, 32), *e;
    size_t n = 0;

    if (!p)
        return STR_LIT("0");
    e = p + 32;
    if (decimals) {
        for (int i = 0; i < 3; i++, us /= 10)
            *--e = (char)('0' + us % 10), n++;
        *--e = '.', n++;
    }
    do {
        *--e = (char)('0' + us % 10), n++;
        us /= 10;
    } while (us);
    return str_of(e, n);
}

/* The x-litellm-* headers of an answer. */
static size_t meta_headers(struct call *c, struct http_header *h)
{
    uint64_t total = time_mono_us() - c->r->t_start_us;
    uint64_t up = c->up_us ? c->up_us : (c->t_up_start ? time_mono_us() - c->t_up_start : 0);
    struct arena *a = c->r->arena;
    size_t n = 0;

    h[n++] = (struct http_header){STR_LIT("x-litellm-call-id"), str_from(c->id)};
    h[n++] = (struct http_header){c->anthropic ? STR_LIT("request-id") : STR_LIT("x-request-id"),
                                  str_from(c->id)};
    h[n++] = (struct http_header){STR_LIT("x-litellm-response-duration-ms"), ms3(a, total, true)};
    h[n++] = (struct http_header){STR_LIT("x-litellm-overhead-duration-ms"),
                                  ms3(a, total > up ? total - up : 0, true)};
    if (c->dep) {
        h[n++] = (struct http_header){STR_LIT("x-litellm-model-id"), str_from(c->dep->id)};
        h[n++] = (struct http_header){STR_LIT("x-litellm-model-group"), str_from(c->group)};
        if (c->dep->api_base)
            h[n++] = (struct http_header){STR_LIT("x-litellm-model-api-base"),
                                          str_from(c->dep->api_base)};
    }
    if (c->gv.n_applied) {
        struct buf b;

        buf_init(&b, 4096);
        guard_verdict_applied(&c->gv, &b);
        h[n++] = (struct http_header){STR_LIT("x-litellm-applied-guardrails"),
                                      str_from(arena_cstr(a, buf_str(&b)))};
        buf_dispose(&b);
    }
    h[n++] = (struct http_header){STR_LIT("x-litellm-attempted-retries"),
                                  ms3(a, (uint64_t)c->attempted_retries, false)};
    h[n++] = (struct http_header){STR_LIT("x-litellm-attempted-fallbacks"),
                                  ms3(a, (uint64_t)c->attempted_fallbacks, false)};
    return n;
}

/* Logs the call. Runs before the last byte is handed to http_*: once the
 * answer is complete the request's arena, and `c` with it, is gone. */
static void finish(struct call *c)
{
    if (c->finished)
        return;
    c->finished = true;
    log_call(c);
}

/* Answers an error before anything was sent. */
static void fail(struct call *c, int status, const char *msg, const char *type, const char *param,
                 const char *code, const char *retry_after)
{
    struct http_header h[16];
    size_t n = meta_headers(c, h);
    json_t *e;

    c->status = status;
    c->err_type = type;
    if (retry_after && *retry_after)
        h[n++] = (struct http_header){STR_LIT("retry-after"), str_from(retry_after)};
    if (c->anthropic)
        e = api__messages_error(status, msg);
    else
        e = api__error_json(status, msg, type, param, code);
    finish(c);
    api__send_json(c->r, status, e, h, n);
    json_decref(e);
}

static void fail_code(struct call *c, int code, const char *msg, const char *param)
{
    fail(c, gw_err_status(code), msg ? msg : gw_strerror(code), gw_err_type(code), param, NULL,
         NULL);
}

/* ---- streaming out ---------------------------------------------------- */

static int sse_begin(struct call *c)
{
    struct http_header h[16];
    size_t n = meta_headers(c, h);

    h[n++] = (struct http_header){STR_LIT("Content-Type"), STR_LIT("text/event-stream")};
    h[n++] = (struct http_header){STR_LIT("Cache-Control"), STR_LIT("no-cache")};
    h[n++] = (struct http_header){STR_LIT("X-Accel-Buffering"), STR_LIT("no")};
    c->started = true;
    c->status = 200;
    return http_stream_begin(c->r, 200, h, n);
}

/* Writes `data: <json>\n\n`. */
/*
 * Stream bytes for the client. While one upstream read is being turned into
 * events they are gathered and go out in one write at its end (up_data): an
 * upstream that sends many events at once costs one system call and wakes
 * the client once, not once per event.
 */
static int sse_send(struct call *c, const char *p, size_t n)
{
    if (c->sse_batch && buf_append(&c->sse, p, n) == 0)
        return 0;
    if (c->sse.len) { /* order: what is gathered goes first */
        int rc = http_stream_write(c->r, c->sse.ptr, c->sse.len);

        buf_reset(&c->sse);
        if (rc < 0)
            return rc;
    }
    return http_stream_write(c->r, p, n);
}

/* Writes what sse_send gathered; 1 when the client's queue is full. */
static int sse_flush(struct call *c)
{
    int rc;

    if (c->sse.len == 0)
        return 0;
    rc = http_stream_write(c->r, c->sse.ptr, c->sse.len);
    buf_reset(&c->sse);
    return rc;
}

static int sse_write(struct call *c, const json_t *j)
{
    struct buf *b = &c->ev;
    int rc;

    buf_reset(b);
    if (buf_append(b, "data: ", 6) < 0 || jwrite(j, 0, jwrite_buf, b) != 0 ||
        buf_append(b, "\n\n", 2) < 0)
        return GW_ENOMEM;
    rc = sse_send(c, b->ptr, b->len);
    return rc;
}

static void stream_error_event(struct call *c, int code, const char *msg);
static int emit_chunk(struct call *c, json_t *chunk);
static void stream_end(struct call *c);
static void analyze(struct call *c, void (*then)(struct call *c));
static void answer_refused(struct call *c, int rc);

/* The message a BLOCK answers with: the guardrail and the entity types,
 * never the matched text. */
static const char *blocked_message(struct call *c)
{
    return arena_printf(c->r->arena, "Violated guardrail policy: guardrail '%s' found %s",
                        c->gv.blocked_by ? c->gv.blocked_by : "?", c->gv.entities);
}

/* A content-only chunk shaped like `like`, for text the guard released late. */
static int emit_text(struct call *c, const json_t *like, struct str text)
{
    json_t *ch;
    int rc;

    if (text.len == 0)
        return 0;
    ch = json_pack("{s:O?,s:s,s:O?,s:O?,s:[{s:i,s:{s:s%},s:n}]}", "id", json_object_get(like, "id"),
                   "object", "chat.completion.chunk", "created", json_object_get(like, "created"),
                   "model", json_object_get(like, "model"), "choices", "index", 0, "delta",
                   "content", text.ptr, text.len, "finish_reason");
    if (!ch)
        return GW_ENOMEM;
    if (c->op == PROV_COMPLETION) {
        json_t *choice = json_array_get(json_object_get(ch, "choices"), 0);

        json_object_set_new(ch, "object", json_string("text_completion"));
        json_object_set_new(choice, "text", json_stringn(text.ptr, text.len));
        json_object_del(choice, "delta");
    }
    rc = emit_chunk(c, ch);
    json_decref(ch);
    return rc;
}

/*
 * Tool-call arguments in a stream are JSON the client parses only when the
 * call is complete, so they are held whole (per tool-call index), scanned
 * like a whole answer's, and sent in one piece before the finish_reason.
 */
static int hold_tool_args(struct call *c, json_t *delta)
{
    json_t *tc;
    size_t i;

    json_array_foreach(json_object_get(delta, "tool_calls"), i, tc)
    {
        json_t *f = json_object_get(tc, "function");
        json_t *args = json_object_get(f, "arguments");
        json_int_t idx = json_integer_value(json_object_get(tc, "index"));

        if (!json_is_string(args) || idx < 0 || idx >= API_MAX_TOOL_CALLS)
            continue;
        if (!c->tool_args)
            c->tool_args = json_object();
        {
            char key[16];
            json_t *prev;
            struct buf b;

            snprintf(key, sizeof(key), "%d", (int)idx);
            prev = json_object_get(c->tool_args, key);
            buf_init(&b, 16u << 20);
            if (prev)
                buf_append(&b, json_string_value(prev), json_string_length(prev));
            buf_append(&b, json_string_value(args), json_string_length(args));
            json_object_set_new(c->tool_args, key, json_stringn(b.ptr ? b.ptr : "", b.len));
            buf_dispose(&b);
        }
        json_object_set_new(f, "arguments", json_string(""));
    }
    return 0;
}

static int release_tool_args(struct call *c, const json_t *like)
{
    json_t *resp, *calls, *tc, *v;
    const char *k;
    size_t i;
    int rc;

    if (!c->tool_args)
        return 0;
    calls = json_array();
    json_object_foreach(c->tool_args, k, v)
        json_array_append_new(calls, json_pack("{s:I,s:{s:O}}", "index", (json_int_t)atoi(k),
                                               "function", "arguments", v));
    resp = json_pack("{s:[{s:{s:O}}]}", "choices", "message", "tool_calls", calls);
    rc = guard_call_response(&c->gc, resp, &c->gv);
    if (rc == GUARD_NEED_ANALYSIS)
        rc = GW_EUNAVAIL; /* external rails hold the stream whole: never here */
    json_array_foreach(calls, i, tc)
    {
        json_t *ch;

        if (rc < 0 || c->gv.blocked)
            break;
        ch = json_pack("{s:O?,s:s,s:O?,s:O?,s:[{s:i,s:{s:[{s:O,s:{s:O}}]},s:n}]}", "id",
                       json_object_get(like, "id"), "object", "chat.completion.chunk", "created",
                       json_object_get(like, "created"), "model", json_object_get(like, "model"),
                       "choices", "index", 0, "delta", "tool_calls", "index",
                       json_object_get(tc, "index"), "function", "arguments",
                       json_object_get(json_object_get(tc, "function"), "arguments"),
                       "finish_reason");
        rc = ch ? emit_chunk(c, ch) : GW_ENOMEM;
        json_decref(ch);
    }
    json_decref(resp);
    json_decref(calls);
    json_decref(c->tool_args);
    c->tool_args = NULL;
    return rc;
}

/*
 * Choices after the first (n > 1) are rarer: their text is held whole and
 * scanned like a whole answer's when that choice finishes.
 */
static int guard_other_choice(struct call *c, json_t *chunk, json_t *choice, bool *drop)
{
    json_t *delta = json_object_get(choice, "delta");
    const char *key = c->op == PROV_COMPLETION ? "text" : "content";
    json_t *holder = c->op == PROV_COMPLETION ? choice : delta;
    json_t *text = json_object_get(holder, key), *held, *resp;
    bool had_text;
    char slot[24];
    int rc = 0;

    snprintf(slot, sizeof(slot), "choice%lld",
             (long long)json_integer_value(json_object_get(choice, "index")));
    if (!c->held_choices)
        c->held_choices = json_object();
    held = json_object_get(c->held_choices, slot);
    had_text = json_is_string(text); /* `text` dies when replaced below */
    if (had_text) {
        json_t *joined =
            json_sprintf("%s%s", held ? json_string_value(held) : "", json_string_value(text));

        json_object_set_new(c->held_choices, slot, joined ? joined : json_string(""));
        json_object_set_new(holder, key, json_string(""));
        held = json_object_get(c->held_choices, slot);
    }
    if (!json_is_string(json_object_get(choice, "finish_reason"))) {
        *drop =
            had_text && !json_object_get(delta, "role") && !json_object_get(delta, "tool_calls");
        return 0;
    }
    if (!held)
        return 0;
    resp = json_pack("{s:[{s:{s:O}}]}", "choices", "message", "content", held);
    rc = guard_call_response(&c->gc, resp, &c->gv);
    if (rc == GUARD_NEED_ANALYSIS)
        rc = GW_EUNAVAIL; /* external rails hold the stream whole: never here */
    if (rc == 0 && !c->gv.blocked)
        json_object_set(
            holder, key,
            json_object_get(
                json_object_get(json_array_get(json_object_get(resp, "choices"), 0), "message"),
                "content"));
    json_decref(resp);
    json_object_del(c->held_choices, slot);
    return rc;
}

/*
 * post_call on a stream: the answer's text goes through the guard, which
 * releases only what can no longer become (part of) an entity; a chunk whose
 * text is all held back is dropped unless it carries something else. The
 * rest of the text is released before the finish_reason chunk.
 */
static int guard_chunk(struct call *c, json_t *chunk, bool *drop)
{
    json_t *choice = json_array_get(json_object_get(chunk, "choices"), 0);
    json_t *delta = json_object_get(choice, "delta");
    const char *key = c->op == PROV_COMPLETION ? "text" : "content";
    json_t *holder = c->op == PROV_COMPLETION ? choice : delta;
    json_t *text = json_object_get(holder, key);
    bool finishing = json_is_string(json_object_get(choice, "finish_reason"));
    bool had_text = json_is_string(text); /* `text` dies when replaced below */
    struct buf rel;
    int rc = 0;

    *drop = false;
    if (!choice)
        return 0;
    if (json_integer_value(json_object_get(choice, "index")) != 0)
        return guard_other_choice(c, chunk, choice, drop);
    rc = hold_tool_args(c, delta);
    if (rc == 0 && finishing)
        rc = release_tool_args(c, chunk);
    if (rc < 0 || c->gv.blocked)
        return rc;
    buf_init(&rel, 2u << 20);
    if (json_is_string(text))
        rc = guard_stream_feed(&c->gs, str_of(json_string_value(text), json_string_length(text)),
                               &rel, &c->gv);
    if (rc == 0 && finishing && !c->gv.blocked)
        rc = guard_stream_flush(&c->gs, &rel, &c->gv);
    if (rc < 0 || c->gv.blocked)
        goto out;
    if (had_text || rel.len) {
        if (finishing && rel.len) {
            /* The held text goes out ahead of the finish. */
            rc = emit_text(c, chunk, buf_str(&rel));
            json_object_set_new(holder, key, json_string(""));
        } else {
            json_object_set_new(holder, key, json_stringn(rel.ptr ? rel.ptr : "", rel.len));
        }
    }
    if (!finishing && rel.len == 0 && had_text && !json_object_get(delta, "role") &&
        !json_object_get(delta, "tool_calls") && !json_object_get(chunk, "usage"))
        *drop = true;
out:
    buf_dispose(&rel);
    return rc;
}

/* ---- streams held whole for an external analyzer ------------------------ */

#define API_MAX_HELD_TEXT (16u * 1024 * 1024)

/* Keeps a chunk of a held stream (a copy: a decoder may reuse its own). */
static int hold_chunk(struct call *c, const json_t *chunk)
{
    json_t *ch, *tc;
    size_t i, k;

    json_array_foreach(json_object_get(chunk, "choices"), i, ch)
    {
        json_t *delta = json_object_get(ch, "delta");

        c->held_bytes += json_string_length(json_object_get(delta, "content")) +
                         json_string_length(json_object_get(ch, "text"));
        json_array_foreach(json_object_get(delta, "tool_calls"), k, tc)
        {
            json_t *f = json_object_get(tc, "function");

            c->held_bytes += json_string_length(json_object_get(f, "arguments"));
        }
    }
    if (c->held_bytes > API_MAX_HELD_TEXT)
        return GW_ETOOBIG;
    if (!c->held_chunks)
        c->held_chunks = json_array();
    return json_array_append_new(c->held_chunks, json_deep_copy(chunk)) < 0 ? GW_ENOMEM : 0;
}

/* The object in `arr` whose "index" is `idx`, made (from `fresh`) if none. */
static json_t *by_index(json_t *arr, json_int_t idx, json_t *(*fresh)(json_int_t idx))
{
    json_t *e;
    size_t i;

    json_array_foreach(arr, i, e)
    {
        if (json_integer_value(json_object_get(e, "index")) == idx)
            return e;
    }
    e = fresh(idx);
    json_array_append_new(arr, e);
    return e;
}

static json_t *fresh_choice(json_int_t idx)
{
    return json_pack("{s:I,s:{s:s},s:[],s:n}", "index", idx, "message", "role", "assistant",
                     "parts", "finish_reason");
}

static json_t *fresh_tool(json_int_t idx)
{
    return json_pack("{s:I,s:{s:s},s:[]}", "index", idx, "function", "name", "", "parts");
}

/* Joins the string pieces of `o`'s "parts" into key `key` of `into`. Pieces
 * are joined once, at the end: appending to a string per chunk would copy
 * the answer once per chunk. */
static void join_parts(json_t *o, json_t *into, const char *key)
{
    struct buf b;
    json_t *p;
    size_t i;

    buf_init(&b, API_MAX_HELD_TEXT);
    json_array_foreach(json_object_get(o, "parts"), i, p)
        buf_append(&b, json_string_value(p), json_string_length(p));
    json_object_set_new(into, key, json_stringn(b.ptr ? b.ptr : "", b.len));
    json_object_del(o, "parts");
    buf_dispose(&b);
}

/* The held chunks as one answer ({"choices": [{index, message | text,
 * finish_reason}]}), the shape guard_call_response scans. */
static json_t *held_answer(struct call *c)
{
    json_t *choices = json_array(), *chunk, *ch, *tc;
    size_t i, k, t;

    json_array_foreach(c->held_chunks, i, chunk)
    {
        json_array_foreach(json_object_get(chunk, "choices"), k, ch)
        {
            json_t *agg =
                by_index(choices, json_integer_value(json_object_get(ch, "index")), fresh_choice);
            json_t *delta = json_object_get(ch, "delta");
            json_t *text = c->op == PROV_COMPLETION ? json_object_get(ch, "text")
                                                    : json_object_get(delta, "content");

            if (json_is_string(text))
                json_array_append(json_object_get(agg, "parts"), text);
            if (json_is_string(json_object_get(ch, "finish_reason")))
                json_object_set(agg, "finish_reason", json_object_get(ch, "finish_reason"));
            json_array_foreach(json_object_get(delta, "tool_calls"), t, tc)
            {
                json_t *msg = json_object_get(agg, "message"), *f = json_object_get(tc, "function");
                json_t *calls = json_object_get(msg, "tool_calls"), *one;

                if (!calls)
                    json_object_set_new(msg, "tool_calls", calls = json_array());
                one = by_index(calls,
                               json_is_integer(json_object_get(tc, "index"))
                                   ? json_integer_value(json_object_get(tc, "index"))
                                   : (json_int_t)json_array_size(calls),
                               fresh_tool);
                if (json_object_get(tc, "id"))
                    json_object_set(one, "id", json_object_get(tc, "id"));
                if (json_object_get(tc, "type"))
                    json_object_set(one, "type", json_object_get(tc, "type"));
                if (json_is_string(json_object_get(f, "name")) &&
                    json_string_length(json_object_get(f, "name")))
                    json_object_set(json_object_get(one, "function"), "name",
                                    json_object_get(f, "name"));
                if (json_is_string(json_object_get(f, "arguments")))
                    json_array_append(json_object_get(one, "parts"),
                                      json_object_get(f, "arguments"));
            }
        }
    }
    json_array_foreach(choices, i, ch)
    {
        json_t *msg = json_object_get(ch, "message");

        if (c->op == PROV_COMPLETION) {
            join_parts(ch, ch, "text");
            json_object_del(ch, "message");
        } else {
            join_parts(ch, msg, "content");
        }
        json_array_foreach(json_object_get(msg, "tool_calls"), t, tc)
            join_parts(tc, json_object_get(tc, "function"), "arguments");
    }
    return json_pack("{s:o}", "choices", choices);
}

/* One chunk shaped like the stream's first, with these choices. */
static int held_chunk_out(struct call *c, json_t *choices, const json_t *usage)
{
    const json_t *like = json_array_get(c->held_chunks, 0);
    json_t *ch = json_pack("{s:O?,s:s,s:O?,s:O?,s:o}", "id", json_object_get(like, "id"), "object",
                           c->op == PROV_COMPLETION ? "text_completion" : "chat.completion.chunk",
                           "created", json_object_get(like, "created"), "model",
                           json_object_get(like, "model"), "choices", choices);
    int rc;

    if (!ch)
        return GW_ENOMEM;
    if (usage)
        json_object_set(ch, "usage", (json_t *)usage);
    rc = emit_chunk(c, ch);
    json_decref(ch);
    return rc;
}

/* The scanned answer as a stream: per choice its text, its tool calls
 * whole, its finish; then the usage the upstream sent, if any. */
static int held_emit(struct call *c, const json_t *resp)
{
    const json_t *usage = NULL, *chunk, *ch;
    size_t i;
    int rc = 0;

    json_array_foreach(c->held_chunks, i, chunk)
    {
        if (json_is_object(json_object_get(chunk, "usage")))
            usage = json_object_get(chunk, "usage");
    }
    json_array_foreach(json_object_get(resp, "choices"), i, ch)
    {
        const json_t *msg = json_object_get(ch, "message"), *idx = json_object_get(ch, "index");
        json_t *first;

        if (rc < 0)
            break;
        if (c->op == PROV_COMPLETION)
            first = json_pack("{s:O,s:O,s:n}", "index", idx, "text", json_object_get(ch, "text"),
                              "finish_reason");
        else
            first = json_pack("{s:O,s:{s:s,s:O},s:n}", "index", idx, "delta", "role", "assistant",
                              "content", json_object_get(msg, "content"), "finish_reason");
        rc = held_chunk_out(c, json_pack("[o]", first), NULL);
        if (rc == 0 && json_array_size(json_object_get(msg, "tool_calls")))
            rc =
                held_chunk_out(c,
                               json_pack("[{s:O,s:{s:O},s:n}]", "index", idx, "delta", "tool_calls",
                                         json_object_get(msg, "tool_calls"), "finish_reason"),
                               NULL);
        if (rc == 0)
            rc = held_chunk_out(
                c,
                c->op == PROV_COMPLETION
                    ? json_pack("[{s:O,s:s,s:O}]", "index", idx, "text", "", "finish_reason",
                                json_object_get(ch, "finish_reason"))
                    : json_pack("[{s:O,s:{},s:O}]", "index", idx, "delta", "finish_reason",
                                json_object_get(ch, "finish_reason")),
                NULL);
    }
    if (rc == 0 && usage)
        rc = held_chunk_out(c, json_array(), usage);
    return rc;
}

/* post_call on the held stream (again, after an analysis); then it is sent,
 * or refused like a whole answer: nothing of it has left yet. */
static void held_guard(struct call *c)
{
    int rc = guard_call_response(&c->gc, c->pending_out, &c->gv);
    json_t *resp = c->pending_out;

    if (rc == GUARD_NEED_ANALYSIS) {
        analyze(c, held_guard);
        return;
    }
    c->pending_out = NULL;
    if (rc < 0 || c->gv.blocked) {
        json_decref(resp);
        answer_refused(c, rc);
        return;
    }
    if (!c->started && sse_begin(c) < 0) {
        json_decref(resp);
        finish(c);
        return;
    }
    held_emit(c, resp);
    json_decref(resp);
    stream_end(c);
}

/* The held stream is complete: scan it whole, then send it. */
static void held_release(struct call *c)
{
    c->pending_out = held_answer(c);
    held_guard(c);
}

static int emit(void *ctx, json_t *chunk)
{
    struct call *c = ctx;
    bool drop = false;
    int rc;

    if (c->guard_buffer && !json_object_get(chunk, "error"))
        return hold_chunk(c, chunk);
    if (c->guard_stream && !json_object_get(chunk, "error")) {
        rc = guard_chunk(c, chunk, &drop);
        if (rc < 0 || c->gv.blocked) {
            if (!c->started && sse_begin(c) < 0)
                return GW_ECLOSED;
            stream_error_event(c, rc < 0 ? GW_EUNAVAIL : GW_EFORBIDDEN,
                               rc < 0 ? "guardrail could not run" : blocked_message(c));
            return GW_EFORBIDDEN; /* stops the upstream */
        }
        if (drop)
            return 0;
    }
    return emit_chunk(c, chunk);
}

/* An OpenAI chunk relayed as the upstream wrote it (see prov_call.emit_raw):
 * only for a stream the gateway does not rewrite. */
static int emit_raw(void *ctx, struct str json)
{
    struct call *c = ctx;
    char stack[4096], *p = stack;
    int rc;

    if (!c->started) {
        rc = sse_begin(c);
        if (rc < 0)
            return rc;
    }
    if (json.len + 8 > sizeof(stack)) {
        p = malloc(json.len + 8);
        if (!p)
            return GW_ENOMEM;
    }
    memcpy(p, "data: ", 6);
    memcpy(p + 6, json.ptr, json.len);
    memcpy(p + 6 + json.len, "\n\n", 2);
    rc = sse_send(c, p, json.len + 8);
    if (p != stack)
        free(p);
    if (rc == 1 && up_active(&c->up))
        c->want_pause = true; /* pause the upstream until the client drains */
    return rc < 0 ? rc : 0;
}

static int emit_chunk(struct call *c, json_t *chunk)
{
    int rc;

    if (!c->started) {
        rc = sse_begin(c);
        if (rc < 0)
            return rc;
    }
    if (json_object_get(chunk, "error")) {
        c->err_type = "upstream_stream_error";
        c->stream_failed = true;
        c->status = 502;
    }
    if (c->anthropic) {
        struct buf b;
        const json_t *e = json_object_get(chunk, "error");

        buf_init(&b, 64u << 20);
        rc = e ? api__messages_stream_error(502, json_string_value(json_object_get(e, "message")),
                                            &b)
               : api__messages_chunk(&c->ms, chunk, &b);
        if (rc == 0 && b.len)
            rc = sse_send(c, b.ptr, b.len);
        buf_dispose(&b);
    } else {
        rc = sse_write(c, chunk);
    }
    if (rc == 1 && up_active(&c->up))
        c->want_pause = true; /* pause the upstream until the client drains */
    return rc < 0 ? rc : 0;
}

/* A stream that ended without a finish_reason chunk may still hold text. */
static int guard_flush(struct call *c)
{
    struct buf rel;
    int rc;

    if (!c->guard_stream || c->stream_failed || c->gs.held.len == 0)
        return 0;
    buf_init(&rel, 2u << 20);
    rc = guard_stream_flush(&c->gs, &rel, &c->gv);
    if (rc < 0 || c->gv.blocked)
        stream_error_event(c, rc < 0 ? GW_EUNAVAIL : GW_EFORBIDDEN,
                           rc < 0 ? "guardrail could not run" : blocked_message(c));
    else
        rc = emit_text(c, NULL, buf_str(&rel));
    buf_dispose(&rel);
    return rc < 0 || c->gv.blocked ? -1 : 0;
}

static void stream_error_event(struct call *c, int code, const char *msg)
{
    json_t *e;

    c->stream_failed = true;
    if (c->status < 400)
        c->status = gw_err_status(code) >= 500 ? gw_err_status(code) : 502;
    if (c->anthropic) {
        struct buf b;

        buf_init(&b, 1u << 20);
        c->err_type = gw_err_type(code);
        if (api__messages_stream_error(gw_err_status(code), msg, &b) == 0)
            sse_send(c, b.ptr, b.len);
        buf_dispose(&b);
        return;
    }
    e = api__error_json(gw_err_status(code), msg, gw_err_type(code), NULL, gw_err_name(code));

    c->err_type = gw_err_type(code);
    sse_write(c, e);
    json_decref(e);
}

static void stream_end(struct call *c)
{
    finish(c);
    c->sse_batch = false;
    if (c->anthropic) {
        /* Anthropic's stream ends at an error event. */
        if (!c->stream_failed)
            api__messages_end(&c->ms, &c->usage, &c->sse);
    } else if (!c->stream_failed) {
        buf_append(&c->sse, "data: [DONE]\n\n", 14);
    }
    /* What is left, the last event and the end of the answer: one write. */
    http_stream_finish(c->r, c->sse.ptr, c->sse.len);
    buf_reset(&c->sse);
}

/* Whether an answer must go through the guard: post_call rails, or
 * output_parse_pii placeholders to put back. */
static bool guard_on_answer(const struct call *c)
{
    return c->guard_on && (guard_call_has(&c->gc, GUARD_POST_CALL) || c->gc.ph_used);
}

static void answer_send(struct call *c, json_t *out);

/* The answer's guardrails failed or blocked: the client gets why, not it. */
static void answer_refused(struct call *c, int rc)
{
    if (rc < 0)
        fail(c, 503, "guardrail could not run; the answer was withheld", "api_error", NULL, "503",
             NULL);
    else
        fail(c, 400, blocked_message(c), "invalid_request_error", NULL, "400", NULL);
}

/* post_call guardrails on c->pending_out (again, after an analysis), and
 * output_parse_pii placeholders put back; then the answer goes out. */
static void answer_guard(struct call *c)
{
    int rc = guard_call_response(&c->gc, c->pending_out, &c->gv);
    json_t *out = c->pending_out;

    if (rc == GUARD_NEED_ANALYSIS) {
        analyze(c, answer_guard);
        return;
    }
    c->pending_out = NULL;
    if (rc < 0 || c->gv.blocked) {
        json_decref(out);
        answer_refused(c, rc);
        return;
    }
    answer_send(c, out);
}

/* Sends a whole answer in the client's dialect, through the guard first
 * when it has rails for it (or placeholders to put back). */
static void answer(struct call *c, json_t *out)
{
    if (guard_on_answer(c)) {
        c->pending_out = out;
        answer_guard(c);
        return;
    }
    answer_send(c, out);
}

static void answer_send(struct call *c, json_t *out)
{
    struct http_header h[16];
    size_t n;

    n = meta_headers(c, h);
    c->status = 200;
    finish(c);
    if (c->anthropic && c->op == PROV_CHAT) {
        json_t *a = api__messages_response(out, c->ms.model);

        api__send_json(c->r, 200, a, h, n);
        json_decref(a);
    } else {
        api__send_json(c->r, 200, out, h, n);
    }
    json_decref(out);
}

/* ---- attempts: retries, fallbacks, cool-downs -------------------------- */

static void attempt(struct call *c);

static void backoff_closed(uv_handle_t *h)
{
    free(h);
}

static void backoff_cancel(struct call *c)
{
    if (!c->backoff)
        return;
    uv_timer_stop(c->backoff);
    uv_close((uv_handle_t *)c->backoff, backoff_closed);
    c->backoff = NULL;
}

static void backoff_fire(uv_timer_t *t)
{
    struct call *c = t->data;

    backoff_cancel(c);
    attempt(c);
}

/* Answers the last failure: nothing is left to try. */
static void give_up(struct call *c)
{
    fail(c, c->last_status, c->last_msg, c->last_type, NULL, c->last_code,
         c->last_retry_after[0] ? c->last_retry_after : NULL);
}

/* Seconds in a Retry-After value, or -1 (HTTP dates are not worth the wait). */
static double retry_after_s(const struct up_req *u)
{
    if (u->retry_after_ms[0])
        return strtod(u->retry_after_ms, NULL) / 1000.0;
    if (u->retry_after[0] && u->retry_after[0] >= '0' && u->retry_after[0] <= '9')
        return strtod(u->retry_after, NULL);
    return -1;
}

/*
 * A failure before any byte reached the client. Retry within the group while
 * the error class allows (another deployment first, with the provider's
 * retry-after or an exponential backoff), then walk the fallback groups, then
 * answer the last error. LiteLLM's order: retries, then fallbacks.
 */
static void failed_attempt(struct call *c, int status, int gw_code, const char *msg,
                           const char *type, const char *code, double retry_after)
{
    struct route *rt = c->w->rt;
    enum route_err e = route_classify(status, gw_code, msg);
    /* A request's num_retries stands in for the router's, for the classes
     * worth retrying; retry_policy may still name others. */
    int allowed = c->max_retries >= 0 && route_retryable(e) ? c->max_retries : route_retries(rt, e);
    double delay = 0;
    const struct cfg_deployment *other;

    if (c->dep)
        route_failure(rt, c->dep, e);
    c->last_status = status ? status : gw_err_status(gw_code);
    c->last_msg = msg;
    c->last_type = type;
    c->last_code = code;
    c->last_retry_after[0] = '\0';
    if (retry_after >= 0)
        snprintf(c->last_retry_after, sizeof(c->last_retry_after), "%.0f", ceil(retry_after));
    if (c->dep)
        c->skip |= route_bit(rt, c->dep);
    if (c->retries_in_group < allowed) {
        c->retries_in_group++;
        c->attempted_retries++;
        other = route_pick(rt, c->group, c->skip, &c->w->rng, NULL);
        if (retry_after >= 0)
            delay = retry_after;
        else if (!other)
            delay = 0.05 * (double)(1u << (c->retries_in_group < 8 ? c->retries_in_group - 1 : 7));
        /* Another deployment can take the retry at once; the same one gets
         * the wait it asked for, capped so a client is not held for long. */
        if (other)
            delay = 0;
        if (delay > 10)
            delay = 10;
        if (delay <= 0) {
            attempt(c);
            return;
        }
        c->backoff = malloc(sizeof(*c->backoff));
        if (c->backoff) {
            uv_timer_init(&c->w->loop, c->backoff);
            c->backoff->data = c;
            uv_timer_start(c->backoff, backoff_fire, (uint64_t)(delay * 1000), 0);
            return;
        }
    }
    /* Fallbacks chain as in LiteLLM: when a fallback group fails too, its
     * own fallbacks join the queue; no group is tried twice, and at most
     * max_fallbacks are tried. The request's own list applies to the group
     * it asked for. */
    {
        const char *more[8];
        size_t n = route_fallbacks(rt, c->group, e,
                                   c->group == c->orig_group ? json_object_get(c->body, "fallbacks")
                                                             : NULL,
                                   more, sizeof(more) / sizeof(more[0]));

        for (size_t i = 0; i < n; i++) {
            const char *g = route_group(c->w->cfg, more[i]);
            bool seen = !g || g == c->orig_group;

            for (size_t k = 0; k < c->n_fallbacks && !seen; k++)
                seen = c->fallbacks[k] == g;
            if (!seen && c->n_fallbacks < sizeof(c->fallbacks) / sizeof(c->fallbacks[0]))
                c->fallbacks[c->n_fallbacks++] = g;
        }
    }
    if (c->next_fallback < c->n_fallbacks && c->attempted_fallbacks < rt->max_fallbacks) {
        c->group = c->fallbacks[c->next_fallback++];
        c->skip = 0;
        c->retries_in_group = 0;
        c->attempted_fallbacks++;
        attempt(c);
        return;
    }
    give_up(c);
}

/* ---- upstream callbacks ----------------------------------------------- */

static int up_data(struct up_req *u, const char *p, size_t n)
{
    struct call *c = u->udata;
    int rc;

    if (c->pc.stream && u->status >= 200 && u->status < 300) {
        if (c->prov->stream == NULL)
            return GW_EUPSTREAM;
        c->sse_batch = true;
        rc = c->prov->stream(&c->pc, &c->st, p, n, emit, c);
        c->sse_batch = false;
        if (rc < 0)
            return rc;
        rc = c->started ? sse_flush(c) : 0;
        if (rc < 0)
            return rc;
        if (rc == 1 && up_active(&c->up))
            c->want_pause = true; /* pause the upstream until the client drains */
        if (c->want_pause) {
            c->want_pause = false;
            return 1;
        }
        return 0;
    }
    return buf_append(&c->resp, p, n) < 0 ? GW_ETOOBIG : 0;
}

static void client_drained(struct http_req *r)
{
    struct call *c = r->udata;

    up_pause(&c->up, false);
}

static void client_gone(struct http_req *r)
{
    struct call *c = r->udata;

    api__analysis_cancel(&c->an);
    up_cancel(&c->up);
    backoff_cancel(c);
    if (c->dep && c->t_up_start && !c->up_us)
        route_failure(c->w->rt, c->dep, ROUTE_E_BAD_REQUEST); /* only ends in-flight */
    c->status = 499;
    c->err_type = "client_disconnected";
    c->up_us = c->t_up_start ? time_mono_us() - c->t_up_start : 0;
    finish(c);
}

static void upstream_failed(struct call *c, int rc)
{
    const char *msg = rc == GW_EUPTIMEOUT ? "upstream timed out" : "upstream connection failed";

    if (rc == GW_ETOOBIG)
        msg = "upstream answer too large";
    else if (rc == GW_EUPSTREAM && c->up.status >= 200 && c->up.status < 300)
        msg = "upstream sent an answer that could not be parsed";
    if (c->started && c->stream_failed) {
        stream_end(c); /* the error event is out already */
        return;
    }
    if (c->started) {
        /* Never retried: the client has part of an answer. */
        route_failure(c->w->rt, c->dep, route_classify(0, rc, msg));
        stream_error_event(c, rc, msg);
        stream_end(c);
        return;
    }
    failed_attempt(c, rc == GW_EUPTIMEOUT ? 408 : 502, rc, msg,
                   rc == GW_EUPTIMEOUT ? "timeout" : "api_error",
                   rc == GW_EUPTIMEOUT ? "408" : "502", -1);
}

static void up_done(struct up_req *u, int rc)
{
    struct call *c = u->udata;
    struct prov_error pe = {0};
    json_t *out = NULL;

    c->up_us = time_mono_us() - c->t_up_start;
    if (rc < 0) {
        upstream_failed(c, rc);
        return;
    }
    if (u->status < 200 || u->status >= 300) {
        c->prov->error(&c->pc, u->status, buf_str(&c->resp), &pe);
        if (c->started) {
            route_failure(c->w->rt, c->dep, route_classify((int)u->status, 0, pe.message));
            stream_error_event(c, GW_EUPSTREAM, pe.message);
            stream_end(c);
            return;
        }
        failed_attempt(c, pe.status, 0, pe.message, pe.type, pe.code,
                       pe.status == 429 ? retry_after_s(u) : -1);
        return;
    }
    if (c->pc.stream) {
        /* Let the decoder flush what it holds (a last line without its end). */
        (void)c->prov->stream(&c->pc, &c->st, NULL, 0, emit, c);
        if (c->guard_buffer && !c->stream_failed && c->st.done) {
            c->usage = c->st.usage;
            route_success(c->w->rt, c->dep, c->up_us, c->usage.total_tokens);
            held_release(c);
            return;
        }
        if (!c->started && sse_begin(c) < 0) { /* a 2xx stream without a chunk */
            route_success(c->w->rt, c->dep, c->up_us, 0);
            finish(c);
            return;
        }
        c->usage = c->st.usage;
        if (guard_flush(c) < 0) {
            stream_end(c);
            return;
        }
        if (!c->st.done) {
            route_failure(c->w->rt, c->dep, ROUTE_E_SERVER);
            stream_error_event(c, GW_EUPSTREAM, "upstream stream ended early");
            c->status = 502;
        } else {
            route_success(c->w->rt, c->dep, c->up_us, c->usage.total_tokens);
        }
        stream_end(c);
        return;
    }
    if (c->prov->body_is_openai && c->prov->peek && !c->anthropic && !guard_on_answer(c)) {
        /* Relayed as is: check it and read its usage, build no tree. */
        struct http_header h[16];
        size_t n;

        if (c->prov->peek(&c->pc, buf_str(&c->resp), &c->usage) < 0) {
            failed_attempt(c, 502, GW_EUPSTREAM, "upstream sent an answer that could not be parsed",
                           "api_error", "502", -1);
            return;
        }
        route_success(c->w->rt, c->dep, c->up_us, c->usage.total_tokens);
        n = meta_headers(c, h);
        c->status = 200;
        finish(c);
        http_respond(c->r, 200, h, n, buf_str(&c->resp));
        return;
    }
    rc = c->prov->decode(&c->pc, buf_str(&c->resp), &out, &c->usage);
    if (rc < 0) {
        failed_attempt(c, 502, GW_EUPSTREAM, "upstream sent an answer that could not be parsed",
                       "api_error", "502", -1);
        return;
    }
    route_success(c->w->rt, c->dep, c->up_us, c->usage.total_tokens);
    answer(c, out);
}

/* ---- the call --------------------------------------------------------- */

static void answer_local(struct call *c, const struct prov_ops *local)
{
    json_t *out = NULL;
    int rc;

    c->prov = local;
    rc = local->local(&c->pc, &out, &c->usage, emit, c);
    if (rc < 0 && c->started && c->stream_failed) {
        stream_end(c);
        return;
    }
    if (rc < 0) {
        if (c->started) {
            stream_error_event(c, rc, gw_strerror(rc));
            stream_end(c);
        } else {
            fail_code(c, rc, NULL, NULL);
        }
        return;
    }
    if (c->pc.stream) {
        if (c->guard_buffer && !c->stream_failed) {
            held_release(c);
            return;
        }
        if (!c->started && sse_begin(c) < 0) {
            finish(c);
            return;
        }
        guard_flush(c);
        stream_end(c);
        return;
    }
    answer(c, out);
}

/* Seconds from a JSON number or numeric string; 0 when absent or bad. */
static double seconds_of(const json_t *v)
{
    if (json_is_number(v))
        return json_number_value(v);
    if (json_is_string(v))
        return strtod(json_string_value(v), NULL);
    return 0;
}

static long timeout_ms(const struct call *c)
{
    double s = seconds_of(json_object_get(c->body, "timeout"));

    if (s <= 0 && c->pc.stream && c->dep->stream_timeout > 0)
        s = c->dep->stream_timeout;
    if (s <= 0)
        s = c->dep->timeout;
    if (s <= 0)
        s = c->w->cfg->request_timeout;
    /* A client's "timeout": 1e300 must not overflow the conversion. */
    if (s > 86400)
        s = 86400;
    return s > 0 ? (long)ceil(s * 1000) : 0;
}

/* One try on one deployment of c->group. */
static void attempt(struct call *c)
{
    uint64_t wait_ms = 0;
    long ms;
    int rc;

    c->dep = route_pick(c->w->rt, c->group, c->skip, &c->w->rng, &wait_ms);
    if (!c->dep && c->skip)
        c->dep = route_pick(c->w->rt, c->group, 0, &c->w->rng, &wait_ms); /* the same again */
    if (!c->dep) {
        /* Every deployment of the group is cooling down. */
        c->retries_in_group = 1 << 20; /* no retry in this group: fall back */
        failed_attempt(c, 429, 0, "No deployments available for selected model", "rate_limit_error",
                       "429", wait_ms ? (double)wait_ms / 1000.0 : -1);
        return;
    }
    c->pc.dep = c->dep;
    c->prov = prov_find(c->dep->provider);
    if (!c->prov) {
        fail(c, 500, "the deployment's provider is not available in this build", "internal_error",
             NULL, "500", NULL);
        return;
    }
    if (c->prov->local) {
        answer_local(c, c->prov);
        return;
    }
    /* Fresh per-attempt state; the arena keeps what earlier tries built. */
    buf_reset(&c->resp);
    json_decref(c->held_chunks); /* a held stream of a failed try never left */
    c->held_chunks = NULL;
    c->held_bytes = 0;
    prov_stream_dispose(&c->st);
    prov_stream_init(&c->st, 4 * 1024 * 1024);
    memset(&c->up, 0, sizeof(c->up));
    memset(&c->ph, 0, sizeof(c->ph));
    /* A stream nothing rewrites is relayed chunk by chunk as it came. */
    c->pc.emit_raw = !c->anthropic && !c->guard_stream && !c->guard_buffer ? emit_raw : NULL;
    rc = c->prov->encode(&c->pc, &c->ph);
    if (rc < 0) {
        fail(c, gw_err_status(rc),
             c->ph.message ? c->ph.message : "the request cannot be sent to this provider",
             gw_err_type(rc), c->ph.param, NULL, NULL);
        return;
    }
    c->up.url = c->ph.url;
    c->up.headers = c->ph.headers;
    c->up.body = c->ph.body;
    c->up.on_data = up_data;
    c->up.on_done = up_done;
    c->up.udata = c;
    ms = timeout_ms(c);
    /* A stream may run long; what must not happen is silence. */
    c->up.timeout_ms = c->pc.stream ? 0 : ms;
    c->up.stall_ms = c->pc.stream ? ms : 0;
    c->r->on_abort = client_gone;
    c->r->on_drain = client_drained;
    c->t_up_start = time_mono_us();
    c->up_us = 0;
    route_begin(c->w->rt, c->dep);
    rc = up_start(&c->w->up, &c->up);
    if (rc < 0)
        failed_attempt(c, 502, rc, "could not start the upstream request", "api_error", "502", -1);
}

static void dispose_call(void *p)
{
    struct call *c = p;

    api__analysis_cancel(&c->an);
    json_decref(c->pending_out);
    json_decref(c->held_chunks);
    up_cancel(&c->up);
    backoff_cancel(c);
    prov_stream_dispose(&c->st);
    buf_dispose(&c->resp);
    buf_dispose(&c->sse);
    buf_dispose(&c->ev);
    json_decref(c->body);
    json_decref(c->tool_args);
    json_decref(c->held_choices);
    if (c->guard_on) {
        guard_stream_dispose(&c->gs);
        guard_call_dispose(&c->gc);
    }
}

/* Why a body is not a request, by position only: never its text. */
static const char *body_error(struct arena *a, const struct jread_error *e)
{
    switch (e->code) {
    case JREAD_EUTF8:
        return arena_printf(a, "request body is not valid UTF-8 (byte %zu)", e->position);
    case JREAD_EDUP:
        return arena_printf(a, "request body has a duplicate key (line %d, column %d)", e->line,
                            e->column);
    case JREAD_ERANGE:
        return arena_printf(a, "request body has a number out of range (line %d, column %d)",
                            e->line, e->column);
    case JREAD_EDEPTH:
        return arena_printf(a, "request body nests deeper than %d levels", JREAD_MAX_DEPTH);
    case JREAD_ENOMEM: return "out of memory reading the request body";
    default:
        return arena_printf(a, "request body is not valid JSON (line %d, column %d)", e->line,
                            e->column);
    }
}

/* Field checks that give a clear 400 instead of an upstream's. */
static int validate(struct call *c, const char **param, const char **msg)
{
    json_t *m = json_object_get(c->body, "model");

    if (!json_is_string(m) || json_string_length(m) == 0) {
        *param = "model";
        *msg = "'model' is required and must be a string";
        return GW_EPARAM;
    }
    if (c->op == PROV_CHAT) {
        json_t *msgs = json_object_get(c->body, "messages");

        if (!json_is_array(msgs) || json_array_size(msgs) == 0) {
            *param = "messages";
            *msg = "'messages' must be a non-empty array";
            return GW_EPARAM;
        }
    } else if (c->op == PROV_COMPLETION) {
        if (!json_object_get(c->body, "prompt")) {
            *param = "prompt";
            *msg = "'prompt' is required";
            return GW_EPARAM;
        }
    } else if (!json_is_string(json_object_get(c->body, "input")) &&
               !json_is_array(json_object_get(c->body, "input"))) {
        *param = "input";
        *msg = "'input' must be a string or an array";
        return GW_EPARAM;
    }
    return 0;
}

/* Everything after the request's guardrails: a local answer or the first
 * attempt upstream. */
static void proceed(struct call *c)
{
    if (json_is_string(json_object_get(c->body, "mock_response"))) {
        c->dep = route_pick(c->w->rt, c->group, 0, &c->w->rng, NULL);
        c->pc.dep = c->dep;
        answer_local(c, &prov_mock);
        return;
    }
    attempt(c);
}

static void analysis_done(void *udata)
{
    struct call *c = udata;

    c->after_analysis(c);
}

/*
 * The guard asked for external analysis (GUARD_NEED_ANALYSIS): the texts go
 * to their analyzers, and `then` runs the guard again once the answers are
 * in. The client may leave meanwhile: client_gone cancels the analysis.
 */
static void analyze(struct call *c, void (*then)(struct call *c))
{
    int rc;

    c->after_analysis = then;
    c->r->on_abort = client_gone;
    rc = api__analysis_start(&c->an, c->w, &c->gc, c->id, analysis_done, c);
    if (rc != 0) /* nothing in flight: every text counts as unanswered */
        then(c);
}

/* Runs the request's rails (again, after an analysis) and goes on. */
static void guard_request_step(struct call *c)
{
    int rc = c->w->gscratch ? guard_call_request(&c->gc, c->body, &c->gv) : GW_EUNAVAIL;

    if (rc == GUARD_NEED_ANALYSIS) {
        analyze(c, guard_request_step);
        return;
    }
    if (rc < 0) {
        fail(c, 503, "guardrail could not run; the request was refused", "api_error", NULL, "503",
             NULL);
        return;
    }
    if (c->gv.blocked) {
        fail(c, 400, blocked_message(c), "invalid_request_error", NULL, "400", NULL);
        return;
    }
    if (c->gv.masked)
        c->pc.raw = STR_NULL; /* the bytes the client sent are no longer the request */
    c->guard_stream = c->pc.stream && guard_on_answer(c);
    /* An external analyzer reads whole texts: such a stream is held whole,
     * and its rails are marked when they have run. */
    c->guard_buffer = c->guard_stream && guard_call_external(&c->gc, GUARD_POST_CALL);
    if (c->guard_stream && !c->guard_buffer)
        guard_call_mark(&c->gc, GUARD_POST_CALL, &c->gv);
    proceed(c);
}

/*
 * pre_call and during_call guardrails on the request, before any routing;
 * then proceed(), at once or when external analyzers have answered. Fails
 * closed: when the engine or an analyzer cannot run, the request is refused.
 */
static void guard_request(struct call *c)
{
    struct api_worker *w = c->w;
    int rc;

    guard_stream_init(&c->gs, &c->gc);
    rc = guard_call_init(&c->gc, w->rails, w->guard, w->gscratch, c->body);
    c->guard_on = true;
    if (rc < 0) {
        fail(c, 400, "'guardrails' names a guardrail that is not configured",
             "invalid_request_error", "guardrails", "400", NULL);
        return;
    }
    if (c->gc.n_on == 0) {
        proceed(c);
        return;
    }
    guard_request_step(c);
}

static void llm(struct api_worker *w, struct http_req *r, enum prov_op op, bool anthropic)
{
    struct call *c = arena_zalloc(r->arena, sizeof(*c));
    struct str key;
    struct jread_error jerr;
    const char *param = NULL, *msg = NULL, *model;
    json_t *so, *nr;
    struct arena *prev;
    int rc;

    if (!c) {
        api__send_code(r, GW_ENOMEM, NULL);
        return;
    }
    c->w = w;
    c->r = r;
    c->op = op;
    c->max_retries = -1;
    c->anthropic = anthropic;
    r->udata = c;
    obs_request_id(c->id);
    buf_init(&c->resp, API_MAX_UPSTREAM_BODY);
    buf_init(&c->sse, 1u << 20);
    buf_init(&c->ev, 16u << 20);
    prov_stream_init(&c->st, 4 * 1024 * 1024);
    arena_defer(r->arena, dispose_call, c);
    key = auth_key_from(http_header(r, "authorization"), http_header(r, "x-api-key"),
                        http_header(r, "api-key"));
    if (auth_check(w->cfg, key, &c->auth) < 0) {
        /* Never echo the key, not even in part. */
        fail(c, 401,
             key.len ? "Authentication Error, invalid API key"
                     : "Authentication Error, no API key passed in. Pass it as "
                       "'Authorization: Bearer <key>'",
             "auth_error", "key", "401", NULL);
        return;
    }
    /* Duplicate keys are refused: the upstream may read the other copy. The
     * tree lives in the request's arena: it dies with the request. */
    prev = jmem_arena(r->arena);
    c->body = jread(r->body.ptr, r->body.len, JREAD_REJECT_DUPLICATES, &jerr);
    jmem_arena(prev);
    if (!c->body) {
        fail(c, 400, body_error(r->arena, &jerr), "invalid_request_error", NULL, "400", NULL);
        return;
    }
    if (!json_is_object(c->body)) {
        fail(c, 400, "request body must be a JSON object", "invalid_request_error", NULL, "400",
             NULL);
        return;
    }
    if (anthropic) {
        json_t *in = c->body;

        c->ms.model = arena_strdup(r->arena, json_string_value(json_object_get(in, "model")));
        rc = api__messages_request(in, &c->body, &msg);
        json_decref(in);
        if (rc < 0) {
            fail(c, 400, msg ? msg : "invalid request", "invalid_request_error", NULL, "400", NULL);
            return;
        }
    }
    rc = validate(c, &param, &msg);
    if (rc < 0) {
        fail(c, 400, msg, "invalid_request_error", param, "400", NULL);
        return;
    }
    model = json_string_value(json_object_get(c->body, "model"));
    c->orig_group = c->group = route_group(w->cfg, model);
    if (!c->group) {
        fail(c, 400,
             arena_printf(r->arena,
                          "Invalid model name passed in model=%.100s. Call `/v1/models` to view "
                          "available models for your key.",
                          model),
             "invalid_request_error", "model", "400", NULL);
        return;
    }
    c->pc.op = op;
    c->pc.req = c->body;
    c->pc.arena = r->arena;
    if (!anthropic)
        c->pc.raw = str_of(r->body.ptr, r->body.len);
    c->pc.stream = op != PROV_EMBEDDING && json_is_true(json_object_get(c->body, "stream"));
    so = json_object_get(c->body, "stream_options");
    c->pc.client_wants_usage = json_is_true(json_object_get(so, "include_usage"));
    nr = json_object_get(c->body, "num_retries");
    if (json_is_integer(nr) && json_integer_value(nr) >= 0 && json_integer_value(nr) <= 10)
        c->max_retries = (int)json_integer_value(nr);
    /* The guardrails may wait for an external analyzer: they go on with
     * proceed() themselves. */
    if (w->rails && guard_rails_count(w->rails) > 0)
        guard_request(c);
    else
        proceed(c);
}

void api__llm(struct api_worker *w, struct http_req *r, enum prov_op op)
{
    llm(w, r, op, false);
}

void api__messages(struct api_worker *w, struct http_req *r)
{
    llm(w, r, PROV_CHAT, true);
}

void api__count_tokens(struct api_worker *w, struct http_req *r)
{
    struct auth_ctx auth;
    json_t *in, *out;

    if (auth_check(w->cfg,
                   auth_key_from(http_header(r, "authorization"), http_header(r, "x-api-key"),
                                 http_header(r, "api-key")),
                   &auth) < 0) {
        out = api__messages_error(401, "Authentication Error, invalid or missing API key");
        api__send_json(r, 401, out, NULL, 0);
        json_decref(out);
        return;
    }
    in = jread(r->body.ptr ? r->body.ptr : "", r->body.len, 0, NULL);
    if (!json_is_object(in)) {
        out = api__messages_error(400, "request body is not a valid JSON object");
        api__send_json(r, 400, out, NULL, 0);
    } else {
        out = json_pack("{s:I}", "input_tokens", (json_int_t)api__messages_count(in));
        api__send_json(r, 200, out, NULL, 0);
    }
    json_decref(out);
    json_decref(in);
}
