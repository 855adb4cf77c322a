/*
 * messages: the Anthropic Messages API as a client-facing dialect
 * (POST /v1/messages). Requests are translated into the gateway's normalized
 * form (OpenAI chat) so that any deployment can serve them; answers, stream
 * chunks and errors are translated back into Anthropic's shapes, so the
 * Anthropic SDK and Claude Code see Anthropic whatever model answered.
 *
 * Stream translation, per call:
 *
 *   first chunk ─▶ message_start, ping
 *   delta.content ─▶ [content_block_start text] content_block_delta text_delta
 *   delta.tool_calls[i] with id or name ─▶ [content_block_stop] content_block_start tool_use
 *   delta.tool_calls[i].function.arguments ─▶ content_block_delta input_json_delta
 *   finish_reason ─▶ remembered
 *   end ─▶ content_block_stop, message_delta (stop_reason, usage), message_stop
 *
 * A turn whose last block is a tool call ends in tool_use even when the
 * server said "stop", as some OpenAI-compatible servers do.
 */
#include "api_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/jmem.h"
#include "util/err.h"
#include "util/time.h"

/* ---- request ---------------------------------------------------------- */

/* Anthropic content (string or blocks) to OpenAI content and, for the
 * blocks that are not content, tool calls and tool results. */
static json_t *text_of_blocks(const json_t *content)
{
    json_t *b;
    size_t i;
    struct buf t;
    json_t *out;

    if (json_is_string(content))
        return json_incref((json_t *)content);
    buf_init(&t, 64u << 20);
    json_array_foreach(content, i, b) {
        const char *s = json_string_value(json_object_get(b, "text"));

        if (s) {
            if (t.len)
                buf_append_c(&t, "\n");
            buf_append_c(&t, s);
        }
    }
    out = json_stringn(t.ptr ? t.ptr : "", t.len);
    buf_dispose(&t);
    return out;
}

static json_t *image_part(const json_t *src)
{
    const char *type = json_string_value(json_object_get(src, "type"));

    if (type && strcmp(type, "base64") == 0) {
        const char *media = json_string_value(json_object_get(src, "media_type"));
        const char *data = json_string_value(json_object_get(src, "data"));

        if (!media || !data)
            return NULL;
        return json_pack("{s:s,s:{s:o}}", "type", "image_url", "image_url", "url",
                         json_sprintf("data:%s;base64,%s", media, data));
    }
    if (type && strcmp(type, "url") == 0 && json_is_string(json_object_get(src, "url")))
        return json_pack("{s:s,s:{s:O}}", "type", "image_url", "image_url", "url",
                         json_object_get(src, "url"));
    return NULL;
}

/* One Anthropic message to one or more OpenAI messages, appended to msgs. */
static int message(json_t *msgs, const json_t *m)
{
    const char *role = json_string_value(json_object_get(m, "role"));
    const json_t *content = json_object_get(m, "content");
    json_t *parts, *calls, *b;
    size_t i;

    if (!role || (strcmp(role, "user") != 0 && strcmp(role, "assistant") != 0))
        return GW_EPARAM;
    if (json_is_string(content)) {
        json_array_append_new(msgs, json_pack("{s:s,s:O}", "role", role, "content", content));
        return 0;
    }
    if (!json_is_array(content))
        return GW_EPARAM;
    parts = json_array();
    calls = json_array();
    json_array_foreach(content, i, b) {
        const char *t = json_string_value(json_object_get(b, "type"));

        if (!t)
            continue;
        if (strcmp(t, "text") == 0) {
            json_array_append_new(parts, json_pack("{s:s,s:O}", "type", "text", "text",
                                                   json_object_get(b, "text")));
        } else if (strcmp(t, "image") == 0) {
            json_t *p = image_part(json_object_get(b, "source"));

            if (p)
                json_array_append_new(parts, p);
        } else if (strcmp(t, "tool_use") == 0) {
            json_t *input = json_object_get(b, "input");
            char *args = input ? json_dumps(input, JSON_COMPACT) : NULL;

            json_array_append_new(calls, json_pack("{s:O,s:s,s:{s:O,s:s}}", "id",
                                                   json_object_get(b, "id"), "type", "function",
                                                   "function", "name", json_object_get(b, "name"),
                                                   "arguments", args ? args : "{}"));
            jmem_free_dump(args);
        } else if (strcmp(t, "tool_result") == 0) {
            /* Tool results become OpenAI tool messages, in order. */
            json_array_append_new(msgs, json_pack("{s:s,s:O,s:o}", "role", "tool",
                                                  "tool_call_id", json_object_get(b, "tool_use_id"),
                                                  "content",
                                                  text_of_blocks(json_object_get(b, "content"))));
        }
        /* thinking, redacted_thinking, documents: not carried across. */
    }
    if (json_array_size(parts) || json_array_size(calls)) {
        json_t *om = json_pack("{s:s}", "role", role);
        bool all_text = true;
        json_t *p;
        size_t k;

        json_array_foreach(parts, k, p) all_text &= json_object_get(p, "text") != NULL;
        if (strcmp(role, "assistant") == 0 || all_text) {
            json_t *txt = json_array_size(parts) ? text_of_blocks(parts) : json_null();

            json_object_set_new(om, "content", txt);
        } else {
            json_object_set(om, "content", parts);
        }
        if (json_array_size(calls))
            json_object_set(om, "tool_calls", calls);
        json_array_append_new(msgs, om);
    }
    json_decref(parts);
    json_decref(calls);
    return 0;
}

int api__messages_request(const json_t *in, json_t **out, const char **err)
{
    json_t *o = json_object(), *msgs = json_array(), *m, *v, *tools;
    const json_t *sys = json_object_get(in, "system");
    size_t i;
    int rc = 0;

    *err = NULL;
    if (!json_is_string(json_object_get(in, "model"))) {
        *err = "model: field required";
        rc = GW_EPARAM;
        goto out;
    }
    if (!json_is_array(json_object_get(in, "messages"))) {
        *err = "messages: field required";
        rc = GW_EPARAM;
        goto out;
    }
    if (!json_is_integer(json_object_get(in, "max_tokens"))) {
        *err = "max_tokens: field required";
        rc = GW_EPARAM;
        goto out;
    }
    json_object_set(o, "model", json_object_get(in, "model"));
    if (sys)
        json_array_append_new(msgs, json_pack("{s:s,s:o}", "role", "system", "content",
                                              text_of_blocks(sys)));
    json_array_foreach(json_object_get(in, "messages"), i, m) {
        rc = message(msgs, m);
        if (rc < 0) {
            *err = "messages: each message needs a role of user or assistant and content";
            goto out;
        }
    }
    json_object_set(o, "messages", msgs);
    json_object_set(o, "max_tokens", json_object_get(in, "max_tokens"));
    if ((v = json_object_get(in, "stop_sequences")))
        json_object_set(o, "stop", v);
    if ((v = json_object_get(in, "temperature")))
        json_object_set(o, "temperature", v);
    if ((v = json_object_get(in, "top_p")))
        json_object_set(o, "top_p", v);
    if ((v = json_object_get(in, "top_k")))
        json_object_set(o, "top_k", v);
    if ((v = json_object_get(in, "stream")))
        json_object_set(o, "stream", v);
    if (json_is_true(v))
        json_object_set_new(o, "stream_options", json_pack("{s:b}", "include_usage", 1));
    if ((v = json_object_get(json_object_get(in, "metadata"), "user_id")))
        json_object_set(o, "user", v);
    tools = json_object_get(in, "tools");
    if (json_is_array(tools) && json_array_size(tools)) {
        json_t *ot = json_array(), *t;

        json_array_foreach(tools, i, t) {
            json_t *schema = json_object_get(t, "input_schema");
            const char *type = json_string_value(json_object_get(t, "type"));

            /* Server tools (web_search_20250305, code_execution_..., bash_...)
             * carry a name too, but a versioned type and no input_schema: an
             * upstream model cannot run them. Custom tools have no type, or
             * "custom". */
            if (!json_is_string(json_object_get(t, "name")) ||
                (type && strcmp(type, "custom") != 0))
                continue;
            /* No description, no key: OpenAI refuses null where a string goes. */
            json_array_append_new(
                ot, json_pack("{s:s,s:{s:O,s:O*,s:o}}", "type", "function", "function", "name",
                              json_object_get(t, "name"), "description",
                              json_object_get(t, "description"), "parameters",
                              schema ? json_incref(schema) : json_object()));
        }
        /* OpenAI rejects an empty `tools`, and a tool_choice without tools. */
        if (json_array_size(ot))
            json_object_set_new(o, "tools", ot);
        else
            json_decref(ot);
    }
    if ((v = json_object_get(in, "tool_choice")) && json_object_get(o, "tools")) {
        const char *t = json_string_value(json_object_get(v, "type"));

        if (t && strcmp(t, "auto") == 0)
            json_object_set_new(o, "tool_choice", json_string("auto"));
        else if (t && strcmp(t, "any") == 0)
            json_object_set_new(o, "tool_choice", json_string("required"));
        else if (t && strcmp(t, "none") == 0)
            json_object_set_new(o, "tool_choice", json_string("none"));
        else if (t && strcmp(t, "tool") == 0)
            json_object_set_new(o, "tool_choice",
                                json_pack("{s:s,s:{s:O}}", "type", "function", "function", "name",
                                          json_object_get(v, "name")));
        if (json_is_true(json_object_get(v, "disable_parallel_tool_use")))
            json_object_set_new(o, "parallel_tool_calls", json_false());
    }
    /* The gateway's own fields travel on unchanged. */
    if ((v = json_object_get(in, "mock_response")))
        json_object_set(o, "mock_response", v);
    if ((v = json_object_get(in, "fallbacks")))
        json_object_set(o, "fallbacks", v);
    if ((v = json_object_get(in, "guardrails")))
        json_object_set(o, "guardrails", v);
    if ((v = json_object_get(json_object_get(in, "metadata"), "guardrails")))
        json_object_set_new(o, "metadata", json_pack("{s:O}", "guardrails", v));
out:
    json_decref(msgs);
    if (rc < 0) {
        json_decref(o);
        o = NULL;
    }
    *out = o;
    return rc;
}

/* ---- answers ---------------------------------------------------------- */

static const char *stop_reason(const char *finish)
{
    if (!finish)
        return "end_turn";
    if (strcmp(finish, "length") == 0)
        return "max_tokens";
    if (strcmp(finish, "tool_calls") == 0 || strcmp(finish, "function_call") == 0)
        return "tool_use";
    return "end_turn";
}

static json_t *parse_args(const char *s)
{
    json_t *j = s ? json_loads(s, 0, NULL) : NULL;

    if (!json_is_object(j)) {
        json_decref(j);
        j = json_object();
    }
    return j;
}

static json_t *msg_id(const json_t *resp)
{
    const char *id = json_string_value(json_object_get(resp, "id"));

    if (id && strncmp(id, "msg_", 4) == 0)
        return json_string(id);
    return json_sprintf("msg_%s", id ? id : "llmgate");
}

/* A tool call's id, or one made up from its block's index: Anthropic
 * clients need an id to answer with a tool_result, and some servers send
 * none or "" (new reference). */
static json_t *tool_id(const json_t *tc, int block)
{
    const char *id = json_string_value(json_object_get(tc, "id"));

    if (id && *id)
        return json_string(id);
    return json_sprintf("toolu_llmgate_%d", block);
}

json_t *api__messages_response(const json_t *resp, const char *model)
{
    const json_t *choice = json_array_get(json_object_get(resp, "choices"), 0);
    const json_t *msg = json_object_get(choice, "message");
    const json_t *usage = json_object_get(resp, "usage");
    const char *text = json_string_value(json_object_get(msg, "content"));
    const char *reason = stop_reason(json_string_value(json_object_get(choice, "finish_reason")));
    json_t *content = json_array(), *tc;
    size_t i;

    if (text && *text)
        json_array_append_new(content, json_pack("{s:s,s:s}", "type", "text", "text", text));
    json_array_foreach(json_object_get(msg, "tool_calls"), i, tc) {
        const json_t *f = json_object_get(tc, "function");
        const char *name = json_string_value(json_object_get(f, "name"));

        json_array_append_new(
            content, json_pack("{s:s,s:o,s:s,s:o}", "type", "tool_use", "id",
                               tool_id(tc, (int)json_array_size(content)), "name",
                               name ? name : "", "input",
                               parse_args(json_string_value(json_object_get(f, "arguments")))));
    }
    /* Some OpenAI-compatible servers (Gemini's, older Ollama) finish a turn
     * of tool calls with "stop"; an Anthropic client runs tools on tool_use. */
    if (json_array_size(json_object_get(msg, "tool_calls")) && strcmp(reason, "end_turn") == 0)
        reason = "tool_use";
    return json_pack(
        "{s:o,s:s,s:s,s:s,s:o,s:s,s:n,s:{s:I,s:I}}", "id", msg_id(resp), "type", "message", "role",
        "assistant", "model", model, "content", content, "stop_reason", reason, "stop_sequence",
        "usage", "input_tokens",
        (json_int_t)json_integer_value(json_object_get(usage, "prompt_tokens")), "output_tokens",
        (json_int_t)json_integer_value(json_object_get(usage, "completion_tokens")));
}

/* Anthropic's error types by HTTP status. */
static const char *error_type(int status)
{
    switch (status) {
    case 400: case 422: return "invalid_request_error";
    case 401: return "authentication_error";
    case 403: return "permission_error";
    case 404: return "not_found_error";
    case 413: return "request_too_large";
    case 429: return "rate_limit_error";
    case 503: case 529: return "overloaded_error";
    case 408: case 504: return "timeout_error";
    default: return "api_error";
    }
}

json_t *api__messages_error(int status, const char *message)
{
    return json_pack("{s:s,s:{s:s,s:s}}", "type", "error", "error", "type", error_type(status),
                     "message", message ? message : "error");
}

/* ---- streams ---------------------------------------------------------- */

static int event(struct buf *out, const char *name, json_t *data)
{
    char *s = json_dumps(data, JSON_COMPACT);
    int rc = s ? buf_printf(out, "event: %s\ndata: %s\n\n", name, s) : GW_ENOMEM;

    jmem_free_dump(s);
    json_decref(data);
    return rc;
}

static void close_block(struct api__messages_stream *st, struct buf *out)
{
    if (st->block_open) {
        event(out, "content_block_stop",
              json_pack("{s:s,s:i}", "type", "content_block_stop", "index", st->block));
        st->block_open = false;
        st->block++;
    }
}

static void start(struct api__messages_stream *st, const json_t *chunk, struct buf *out)
{
    json_t *id = msg_id(chunk);

    st->started = true;
    event(out, "message_start",
          json_pack("{s:s,s:{s:o,s:s,s:s,s:s,s:[],s:n,s:n,s:{s:i,s:i}}}", "type",
                    "message_start", "message", "id", id, "type", "message", "role", "assistant",
                    "model", st->model, "content", "stop_reason", "stop_sequence", "usage",
                    "input_tokens", 0, "output_tokens", 0));
    event(out, "ping", json_pack("{s:s}", "type", "ping"));
}

int api__messages_chunk(struct api__messages_stream *st, const json_t *chunk, struct buf *out)
{
    const json_t *choice = json_array_get(json_object_get(chunk, "choices"), 0);
    const json_t *delta = json_object_get(choice, "delta");
    const char *text = json_string_value(json_object_get(delta, "content"));
    const char *finish = json_string_value(json_object_get(choice, "finish_reason"));
    const json_t *usage = json_object_get(chunk, "usage"), *tc;
    size_t i;

    if (!st->started)
        start(st, chunk, out);
    if (json_is_object(usage)) {
        st->input_tokens = (long)json_integer_value(json_object_get(usage, "prompt_tokens"));
        st->output_tokens = (long)json_integer_value(json_object_get(usage, "completion_tokens"));
    }
    if (text && *text) {
        if (st->block_open && st->block_is_tool)
            close_block(st, out);
        if (!st->block_open) {
            event(out, "content_block_start",
                  json_pack("{s:s,s:i,s:{s:s,s:s}}", "type", "content_block_start", "index",
                            st->block, "content_block", "type", "text", "text", ""));
            st->block_open = true;
            st->block_is_tool = false;
        }
        event(out, "content_block_delta",
              json_pack("{s:s,s:i,s:{s:s,s:s}}", "type", "content_block_delta", "index", st->block,
                        "delta", "type", "text_delta", "text", text));
    }
    json_array_foreach(json_object_get(delta, "tool_calls"), i, tc) {
        const json_t *f = json_object_get(tc, "function");
        const char *args = json_string_value(json_object_get(f, "arguments"));
        const char *name = json_string_value(json_object_get(f, "name"));
        const json_t *jidx = json_object_get(tc, "index");
        int idx = (int)json_integer_value(jidx);
        bool fresh;

        /* A delta opens a call when it brings an id or a name for another
         * index than the open block's. Servers that send no index (Gemini's
         * OpenAI endpoint) send each call whole, in one delta naming it. */
        if (json_is_integer(jidx))
            fresh = (json_is_string(json_object_get(tc, "id")) || name) &&
                    (!st->block_open || !st->block_is_tool || idx != st->tool_index);
        else
            fresh = name != NULL;
        if (fresh) {
            close_block(st, out);
            event(out, "content_block_start",
                  json_pack("{s:s,s:i,s:{s:s,s:o,s:s,s:{}}}", "type", "content_block_start",
                            "index", st->block, "content_block", "type", "tool_use", "id",
                            tool_id(tc, st->block), "name", name ? name : "", "input"));
            st->block_open = true;
            st->block_is_tool = true;
            st->tool_index = idx;
        }
        if (args && *args && st->block_open && st->block_is_tool)
            event(out, "content_block_delta",
                  json_pack("{s:s,s:i,s:{s:s,s:s}}", "type", "content_block_delta", "index",
                            st->block, "delta", "type", "input_json_delta", "partial_json", args));
    }
    if (finish)
        st->stop_reason = stop_reason(finish);
    return 0;
}

int api__messages_end(struct api__messages_stream *st, const struct prov_usage *u, struct buf *out)
{
    const char *reason = st->stop_reason ? st->stop_reason : "end_turn";

    /* A turn that ends in a tool call is tool_use whatever finish_reason
     * said (see api__messages_response). */
    if (st->block_is_tool && strcmp(reason, "end_turn") == 0)
        reason = "tool_use";
    if (!st->started)
        start(st, NULL, out);
    close_block(st, out);
    if (u && u->set) {
        st->input_tokens = u->prompt_tokens;
        st->output_tokens = u->completion_tokens;
    }
    event(out, "message_delta",
          json_pack("{s:s,s:{s:s,s:n},s:{s:I,s:I}}", "type", "message_delta", "delta",
                    "stop_reason", reason, "stop_sequence", "usage", "input_tokens",
                    (json_int_t)st->input_tokens, "output_tokens", (json_int_t)st->output_tokens));
    return event(out, "message_stop", json_pack("{s:s}", "type", "message_stop"));
}

int api__messages_stream_error(int status, const char *message, struct buf *out)
{
    return event(out, "error", api__messages_error(status, message));
}

/* ---- count_tokens ----------------------------------------------------- */

/* Anthropic bills an image by its pixels, about (w * h) / 750 tokens, and
 * scales images down to about 1.15 megapixels first: 1600 tokens at most.
 * Counting its base64 bytes instead would make a screenshot look like a
 * hundred thousand tokens. Without decoding the image, take the ceiling. */
#define API_MESSAGES_IMAGE_TOKENS 1600

static size_t text_bytes(const json_t *v)
{
    size_t n = 0, i;
    const char *k, *type;
    json_t *x;

    if (json_is_string(v))
        return json_string_length(v);
    if (json_is_array(v)) {
        json_array_foreach(v, i, x) n += text_bytes(x);
    } else if (json_is_object(v)) {
        type = json_string_value(json_object_get(v, "type"));
        if (type && strcmp(type, "image") == 0)
            return API_MESSAGES_IMAGE_TOKENS * 4;
        json_object_foreach((json_t *)v, k, x) n += text_bytes(x);
    }
    return n;
}

/* A tool's schema reaches the model as JSON text, keys included. */
static size_t json_bytes(const json_t *v)
{
    return v ? json_dumpb(v, NULL, 0, JSON_COMPACT) : 0;
}

long api__messages_count(const json_t *in)
{
    size_t bytes = text_bytes(json_object_get(in, "messages")) +
                   text_bytes(json_object_get(in, "system")) +
                   json_bytes(json_object_get(in, "tools"));

    /* About four bytes a token for English, as the mock provider estimates;
     * a tokenizer per model family would be exact. */
    return (long)((bytes + 3) / 4);
}
