/*
 * anthropic: Anthropic's Messages API (POST {api_base}/v1/messages), the way
 * LiteLLM's `anthropic/` provider speaks it. The client's OpenAI chat request
 * is translated into a Messages request; the answer, whole or streamed, is
 * translated back into OpenAI's chat.completion(.chunk) shape.
 *
 * Request (encode):
 *   system / developer messages   -> top-level `system` (a string, or text
 *                                    blocks when there are several or any
 *                                    carries cache_control)
 *   user / assistant / tool       -> user and assistant turns of content
 *                                    blocks; tool results become tool_result
 *                                    blocks of a user turn, tool_calls become
 *                                    tool_use blocks; consecutive turns of one
 *                                    role are merged (the API wants them to
 *                                    alternate) and a "." user turn is put first
 *                                    when the conversation would not start with
 *                                    the user (LiteLLM's modify_params fix)
 *   max_tokens | max_completion_tokens -> max_tokens (4096 when absent: the
 *                                    API requires it)
 *   stop -> stop_sequences, user -> metadata.user_id, tools, tool_choice,
 *   parallel_tool_calls, response_format (a forced `json_tool_call` tool, as
 *   LiteLLM does), reasoning_effort (-> thinking); temperature, top_p, top_k,
 *   thinking pass through. Every other OpenAI parameter is dropped (LiteLLM's
 *   drop_params): the API answers 400 to fields it does not know.
 *
 * Answer (decode, stream): text blocks joined into message.content, tool_use
 * blocks into tool_calls (arguments re-serialized), thinking into
 * reasoning_content; stop_reason into finish_reason; usage with the cache
 * counters added to prompt_tokens as LiteLLM reports them.
 *
 * Streams are the API's named SSE events; see on_event() for the mapping. A
 * tool call's `index` counts tool_use blocks from 0, not the API's block index.
 *
 * Legacy completions are served by sending the prompt as one user message;
 * embeddings are refused (Anthropic has none).
 */
#include "prov_int.h"

#include <stdint.h>
#include <stdlib.h>

#include "util/err.h"
#include "util/time.h"
#include "util/jread.h"

#define ANTHROPIC_DEFAULT_BASE       "https://api.anthropic.com"
#define ANTHROPIC_VERSION            "2023-06-01"
#define ANTHROPIC_DEFAULT_MAX_TOKENS 4096
#define ANTHROPIC_JSON_TOOL          "json_tool_call" /* LiteLLM's RESPONSE_FORMAT_TOOL_NAME */
#define ANTHROPIC_MAX_BLOCKS         65536            /* content blocks of one streamed answer */

/* ---- small helpers ----------------------------------------------------- */

static bool str_is(const json_t *v, const char *s)
{
    const char *t = json_string_value(v);

    return t && strcmp(t, s) == 0;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/* Parameters a deployment may default in litellm_params; the client's value
 * wins. Others are taken from the request only. */
static const char *const param_defaults[] = {
    "temperature",      "top_p",    "top_k", "max_tokens", "max_completion_tokens", "stop",
    "reasoning_effort", "thinking", NULL,
};

static json_t *param(const struct prov_call *call, const char *key)
{
    json_t *v = json_object_get(call->req, key);

    if ((!v || json_is_null(v)) && call->dep && call->dep->litellm_params) {
        for (size_t i = 0; param_defaults[i]; i++)
            if (strcmp(param_defaults[i], key) == 0)
                v = json_object_get(call->dep->litellm_params, key);
    }
    return json_is_null(v) ? NULL : v;
}

/* LiteLLM's response_format handling: json_object and json_schema become a
 * tool the model is forced to call; "text" is a no-op. */
static bool json_mode_of(const json_t *req)
{
    json_t *rf = json_object_get(req, "response_format");

    return json_is_object(rf) && !str_is(json_object_get(rf, "type"), "text") &&
           json_is_string(json_object_get(rf, "type"));
}

/* ---- request: content blocks ------------------------------------------ */

static int append_new(json_t *arr, json_t *v)
{
    if (!v)
        return GW_ENOMEM;
    return json_array_append_new(arr, v) == 0 ? 0 : GW_ENOMEM;
}

static json_t *text_block(const char *text, const json_t *cache_control)
{
    json_t *b = json_pack("{s:s,s:s}", "type", "text", "text", text);

    if (b && json_is_object(cache_control))
        json_object_set(b, "cache_control", (json_t *)cache_control);
    return b;
}

/*
 * An image (or PDF) given as an OpenAI image_url: a data URL becomes a
 * base64 source, an http(s) URL a url source. `format` (LiteLLM's
 * image_url.format) overrides the media type.
 */
static int image_block(const char *url, const char *format, const json_t *cache_control,
                       json_t *out)
{
    json_t *b, *src;

    if (!url)
        return GW_EINVAL;
    if (strncmp(url, "data:", 5) == 0) {
        const char *comma = strchr(url, ','), *semi;
        char media[128];
        size_t n;

        if (!comma)
            return GW_EINVAL;
        /* data:[<media type>][;param]*;base64,<data> (RFC 2397) */
        semi = memchr(url + 5, ';', (size_t)(comma - (url + 5)));
        n = (size_t)((semi ? semi : comma) - (url + 5));
        if (n == 0 || n >= sizeof(media) || comma - url < 12 ||
            strncmp(comma - 7, ";base64", 7) != 0)
            return GW_EINVAL;
        memcpy(media, url + 5, n);
        media[n] = '\0';
        src = json_pack("{s:s,s:s,s:s}", "type", "base64", "media_type", format ? format : media,
                        "data", comma + 1);
    } else if (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0) {
        src = json_pack("{s:s,s:s}", "type", "url", "url", url);
    } else {
        return GW_EINVAL;
    }
    if (!src)
        return GW_ENOMEM;
    {
        const char *mt = json_string_value(json_object_get(src, "media_type"));
        bool pdf = (mt && strcmp(mt, "application/pdf") == 0) ||
                   (format && strcmp(format, "application/pdf") == 0);

        b = json_pack("{s:s,s:o}", "type", pdf ? "document" : "image", "source", src);
    }
    if (b && json_is_object(cache_control))
        json_object_set(b, "cache_control", (json_t *)cache_control);
    return append_new(out, b);
}

/* One OpenAI content part of a user (or tool) message. Parts Anthropic has no
 * block for (input_audio, ...) are dropped. */
static int part_block(const json_t *part, json_t *out)
{
    const char *type = json_string_value(json_object_get(part, "type"));
    json_t *cc = json_object_get(part, "cache_control");

    if (json_is_string(part))
        return append_new(out, text_block(json_string_value(part), NULL));
    if (!type)
        return GW_EINVAL;
    if (strcmp(type, "text") == 0) {
        const char *t = json_string_value(json_object_get(part, "text"));

        return t ? append_new(out, text_block(t, cc)) : GW_EINVAL;
    }
    if (strcmp(type, "image_url") == 0) {
        json_t *iu = json_object_get(part, "image_url");

        if (json_is_string(iu))
            return image_block(json_string_value(iu), NULL, cc, out);
        return image_block(json_string_value(json_object_get(iu, "url")),
                           json_string_value(json_object_get(iu, "format")), cc, out);
    }
    if (strcmp(type, "file") == 0) {
        json_t *f = json_object_get(part, "file");
        const char *data = json_string_value(json_object_get(f, "file_data"));

        return data ? image_block(data, json_string_value(json_object_get(f, "format")), cc, out)
                    : GW_EINVAL; /* file_id needs the Files API */
    }
    if (strcmp(type, "document") == 0 || strcmp(type, "image") == 0)
        return append_new(out, json_deep_copy(part)); /* already Anthropic's shape */
    return 0;
}

static int user_blocks(const json_t *msg, json_t *out)
{
    json_t *c = json_object_get(msg, "content"), *part;
    size_t i;
    int rc = 0;

    if (json_is_string(c))
        return append_new(out,
                          text_block(json_string_value(c), json_object_get(msg, "cache_control")));
    if (!json_is_array(c))
        return GW_EINVAL;
    json_array_foreach(c, i, part) {
        rc = part_block(part, out);
        if (rc < 0)
            break;
    }
    return rc;
}

/* A tool call's `arguments` (a JSON text) as the object Anthropic wants. */
static json_t *tool_input(const json_t *args)
{
    json_t *v;

    if (!args || json_is_null(args) || (json_is_string(args) && json_string_length(args) == 0))
        return json_object();
    if (json_is_object(args))
        return json_deep_copy(args);
    if (!json_is_string(args))
        return NULL;
    v = jread(json_string_value(args), json_string_length(args), JREAD_DECODE_ANY, NULL);
    if (json_is_null(v)) {
        json_decref(v);
        return json_object();
    }
    if (!json_is_object(v)) {
        json_decref(v);
        return NULL;
    }
    return v;
}

static int assistant_blocks(const json_t *msg, json_t *out)
{
    json_t *c = json_object_get(msg, "content"), *v;
    json_t *thinking = json_object_get(msg, "thinking_blocks");
    json_t *calls = json_object_get(msg, "tool_calls");
    size_t i;
    int rc = 0;

    /* Thinking blocks go first, or the API refuses the turn. */
    if (json_is_array(thinking)) {
        json_array_foreach(thinking, i, v) {
            rc = append_new(out, json_deep_copy(v));
            if (rc < 0)
                return rc;
        }
    }
    /* Empty text blocks are refused by the API, so they are left out. */
    if (json_is_string(c) && json_string_length(c) > 0) {
        rc = append_new(out,
                        text_block(json_string_value(c), json_object_get(msg, "cache_control")));
    } else if (json_is_array(c)) {
        json_array_foreach(c, i, v) {
            const char *type = json_string_value(json_object_get(v, "type"));
            json_t *t = json_object_get(v, "text"), *th = json_object_get(v, "thinking");

            if (type && strcmp(type, "text") == 0 && json_string_length(t) > 0)
                rc = append_new(
                    out, text_block(json_string_value(t), json_object_get(v, "cache_control")));
            else if (type && strcmp(type, "thinking") == 0 && json_string_length(th) > 0)
                rc = append_new(out, json_deep_copy(v));
            if (rc < 0)
                return rc;
        }
    }
    if (rc < 0 || !json_is_array(calls))
        return rc;
    json_array_foreach(calls, i, v) {
        json_t *fn = json_object_get(v, "function");
        const char *id = json_string_value(json_object_get(v, "id"));
        const char *name = json_string_value(json_object_get(fn, "name"));
        json_t *input;

        if (!id || !name)
            return GW_EINVAL;
        input = tool_input(json_object_get(fn, "arguments"));
        if (!input)
            return GW_EINVAL; /* arguments that are not a JSON object */
        rc = append_new(out, json_pack("{s:s,s:s,s:s,s:o}", "type", "tool_use", "id", id, "name",
                                       name, "input", input));
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* An OpenAI `tool` message: one tool_result block for the next user turn. */
static int tool_result_block(const json_t *msg, json_t *out)
{
    const char *id = json_string_value(json_object_get(msg, "tool_call_id"));
    json_t *c = json_object_get(msg, "content"), *content, *part, *b;
    size_t i;
    int rc = 0;

    if (!id)
        return GW_EINVAL;
    if (json_is_array(c)) {
        content = json_array();
        json_array_foreach(c, i, part) {
            rc = part_block(part, content);
            if (rc < 0)
                break;
        }
    } else {
        content = json_string(json_is_string(c) ? json_string_value(c) : "");
    }
    if (!content || rc < 0) {
        json_decref(content);
        return rc < 0 ? rc : GW_ENOMEM;
    }
    b = json_pack("{s:s,s:s,s:o}", "type", "tool_result", "tool_use_id", id, "content", content);
    if (b && json_is_object(json_object_get(msg, "cache_control")))
        json_object_set(b, "cache_control", json_object_get(msg, "cache_control"));
    return append_new(out, b);
}

/* Appends blocks as a turn of `role`, merged into the last turn when that has
 * the same role. Takes the reference to `blocks`. */
static int add_turn(json_t *msgs, const char *role, json_t *blocks)
{
    size_t n = json_array_size(msgs);
    json_t *last = n ? json_array_get(msgs, n - 1) : NULL;

    if (json_array_size(blocks) == 0) {
        json_decref(blocks);
        return 0;
    }
    if (last && str_is(json_object_get(last, "role"), role)) {
        int rc = json_array_extend(json_object_get(last, "content"), blocks);

        json_decref(blocks);
        return rc == 0 ? 0 : GW_ENOMEM;
    }
    return append_new(msgs, json_pack("{s:s,s:o}", "role", role, "content", blocks));
}

/* The API refuses a final assistant turn that ends in white space. */
static void trim_final_assistant(json_t *msgs)
{
    size_t n = json_array_size(msgs), i;
    json_t *last = n ? json_array_get(msgs, n - 1) : NULL, *content, *b;

    if (!last || !str_is(json_object_get(last, "role"), "assistant"))
        return;
    content = json_object_get(last, "content");
    for (i = json_array_size(content); i-- > 0;) {
        const char *t;
        size_t len;

        b = json_array_get(content, i);
        if (!str_is(json_object_get(b, "type"), "text"))
            continue;
        t = json_string_value(json_object_get(b, "text"));
        len = t ? strlen(t) : 0;
        while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n' || t[len - 1] == '\t' ||
                           t[len - 1] == '\r'))
            len--;
        if (len == 0)
            json_array_remove(content, i);
        else
            json_object_set_new(b, "text", json_stringn(t, len));
    }
    if (json_array_size(content) == 0)
        json_array_remove(msgs, n - 1);
}

static int system_blocks(const json_t *msg, json_t *sys)
{
    json_t *c = json_object_get(msg, "content"), *v;
    size_t i;
    int rc = 0;

    if (json_is_string(c)) {
        if (json_string_length(c) > 0)
            rc = append_new(
                sys, text_block(json_string_value(c), json_object_get(msg, "cache_control")));
        return rc;
    }
    if (!json_is_array(c))
        return GW_EINVAL;
    json_array_foreach(c, i, v) {
        const char *t = json_is_string(v) ? json_string_value(v)
                                          : json_string_value(json_object_get(v, "text"));

        if (t && *t)
            rc = append_new(sys, text_block(t, json_object_get(v, "cache_control")));
        if (rc < 0)
            break;
    }
    return rc;
}

/* OpenAI messages to Anthropic turns; system text into *system. */
static int translate_messages(const json_t *in, json_t *msgs, json_t **system)
{
    json_t *sys = json_array(), *m;
    size_t i;
    int rc = 0;

    if (!sys)
        return GW_ENOMEM;
    if (!json_is_array(in))
        rc = GW_EINVAL;
    for (i = 0; rc == 0 && i < json_array_size(in); i++) {
        const char *role;
        json_t *blocks;

        m = json_array_get(in, i);
        role = json_string_value(json_object_get(m, "role"));
        if (!role) {
            rc = GW_EINVAL;
            break;
        }
        if (strcmp(role, "system") == 0 || strcmp(role, "developer") == 0) {
            rc = system_blocks(m, sys);
            continue;
        }
        blocks = json_array();
        if (!blocks) {
            rc = GW_ENOMEM;
            break;
        }
        if (strcmp(role, "user") == 0)
            rc = user_blocks(m, blocks);
        else if (strcmp(role, "assistant") == 0)
            rc = assistant_blocks(m, blocks);
        else if (strcmp(role, "tool") == 0)
            rc = tool_result_block(m, blocks);
        else
            rc = GW_EINVAL; /* "function" (deprecated) and unknown roles */
        if (rc < 0) {
            json_decref(blocks);
            break;
        }
        rc = add_turn(msgs, strcmp(role, "assistant") == 0 ? "assistant" : "user", blocks);
    }
    if (rc == 0) {
        trim_final_assistant(msgs);
        if (json_array_size(msgs) == 0 ||
            !str_is(json_object_get(json_array_get(msgs, 0), "role"), "user"))
            rc = json_array_insert_new(msgs, 0,
                                       json_pack("{s:s,s:[{s:s,s:s}]}", "role", "user", "content",
                                                 "type", "text", "text", "."))
                     ? GW_ENOMEM
                     : 0;
    }
    if (rc == 0 && json_array_size(sys) > 0) {
        json_t *first = json_array_get(sys, 0);

        /* One plain system prompt stays a string, as most clients send it. */
        if (json_array_size(sys) == 1 && !json_object_get(first, "cache_control"))
            *system = json_incref(json_object_get(first, "text"));
        else
            *system = json_incref(sys);
    }
    json_decref(sys);
    return rc;
}

/* ---- request: parameters ---------------------------------------------- */

static int translate_tools(const json_t *tools, json_t *out)
{
    json_t *t;
    size_t i;

    json_array_foreach(tools, i, t) {
        json_t *fn = json_object_get(t, "function"), *params, *schema, *a;
        const char *name = json_string_value(json_object_get(fn, "name"));
        int rc;

        if (json_object_get(t, "input_schema") || !str_is(json_object_get(t, "type"), "function")) {
            /* Anthropic's own shape, or a server tool (web_search_..., bash_...). */
            rc = append_new(out, json_deep_copy(t));
            if (rc < 0)
                return rc;
            continue;
        }
        if (!name)
            return GW_EINVAL;
        params = json_object_get(fn, "parameters");
        schema = json_is_object(params) ? json_deep_copy(params)
                                        : json_pack("{s:s,s:{}}", "type", "object", "properties");
        a = json_pack("{s:s,s:o}", "name", name, "input_schema", schema);
        if (a && json_is_string(json_object_get(fn, "description")))
            json_object_set(a, "description", json_object_get(fn, "description"));
        if (a && json_is_object(json_object_get(t, "cache_control")))
            json_object_set(a, "cache_control", json_object_get(t, "cache_control"));
        else if (a && json_is_object(json_object_get(fn, "cache_control")))
            json_object_set(a, "cache_control", json_object_get(fn, "cache_control"));
        rc = append_new(out, a);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* tool_choice and parallel_tool_calls to Anthropic's tool_choice, or NULL. */
static json_t *translate_tool_choice(const json_t *tc, const json_t *parallel)
{
    json_t *out = NULL;

    if (str_is(tc, "auto"))
        out = json_pack("{s:s}", "type", "auto");
    else if (str_is(tc, "required"))
        out = json_pack("{s:s}", "type", "any");
    else if (str_is(tc, "none"))
        return json_pack("{s:s}", "type", "none"); /* no parallel flag on "none" */
    else if (json_is_object(tc)) {
        const char *name =
            json_string_value(json_object_get(json_object_get(tc, "function"), "name"));

        out = json_pack("{s:s}", "type", "tool");
        if (out && name)
            json_object_set_new(out, "name", json_string(name));
    }
    if (json_is_boolean(parallel)) {
        if (!out)
            out = json_pack("{s:s}", "type", "auto");
        if (out)
            json_object_set_new(out, "disable_parallel_tool_use",
                                json_boolean(!json_is_true(parallel)));
    }
    return out;
}

/* Stop sequences made only of white space are refused by the API; LiteLLM
 * drops them. */
static json_t *translate_stop(const json_t *stop)
{
    json_t *out = json_array(), *v;
    size_t i;

    if (json_is_string(stop)) {
        json_t *one = json_array();

        json_array_append(one, (json_t *)stop);
        json_decref(out);
        out = translate_stop(one);
        json_decref(one);
        return out;
    }
    json_array_foreach(stop, i, v) {
        const char *s = json_string_value(v);
        bool blank = true;

        for (const char *p = s; p && *p; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                blank = false;
        if (s && !blank)
            json_array_append(out, v);
    }
    if (json_array_size(out) == 0) {
        json_decref(out);
        return NULL;
    }
    return out;
}

/* LiteLLM leaves out user ids that look like an e-mail address or a phone
 * number: the API refuses personal data there. */
static bool valid_user_id(const char *u)
{
    const char *at = strchr(u, '@');
    size_t n = 0;
    bool phone = true;

    if (at && at > u && strchr(at + 1, '.') && at[1] != '.')
        return false;
    for (const char *p = u + (*u == '+'); *p; p++) {
        if ((*p >= '0' && *p <= '9'))
            n++;
        else if (*p != ' ' && *p != '(' && *p != ')' && *p != '-')
            phone = false;
    }
    return !(phone && strlen(u) - (*u == '+') >= 7 && n > 0);
}

/* reasoning_effort to thinking budgets (LiteLLM's constants). */
static long effort_budget(const char *e)
{
    if (strcmp(e, "minimal") == 0)
        return 128;
    if (strcmp(e, "low") == 0)
        return 1024;
    if (strcmp(e, "medium") == 0)
        return 2048;
    if (strcmp(e, "high") == 0)
        return 4096;
    return 0;
}

static int translate_params(const struct prov_call *call, json_t *body)
{
    json_t *v, *tools = NULL, *tc = NULL, *thinking = NULL;
    json_t *max = json_object_get(call->req, "max_tokens");
    bool json_mode = call->op == PROV_CHAT && json_mode_of(call->req);
    long budget = 0;
    int rc = 0;

    if (!json_is_integer(max))
        max = json_object_get(call->req, "max_completion_tokens");
    if (!json_is_integer(max))
        max = param(call, "max_tokens");
    if (!json_is_integer(max))
        max = param(call, "max_completion_tokens");

    if ((v = param(call, "thinking")) && json_is_object(v)) {
        thinking = json_deep_copy(v);
    } else if ((v = param(call, "reasoning_effort")) && json_is_string(v) &&
               (budget = effort_budget(json_string_value(v))) > 0) {
        thinking = json_pack("{s:s,s:I}", "type", "enabled", "budget_tokens", (json_int_t)budget);
    }
    if (thinking) {
        budget = (long)json_integer_value(json_object_get(thinking, "budget_tokens"));
        json_object_set_new(body, "thinking", thinking);
    }
    /* max_tokens must exceed a thinking budget: without the client's own
     * value, leave the default room for the answer after the thinking. */
    if (json_is_integer(max))
        json_object_set(body, "max_tokens", max);
    else
        json_object_set_new(body, "max_tokens",
                            json_integer(ANTHROPIC_DEFAULT_MAX_TOKENS + (json_int_t)budget));

    if ((v = param(call, "stop")) && (json_is_string(v) || json_is_array(v))) {
        json_t *s = translate_stop(v);

        if (s)
            json_object_set_new(body, "stop_sequences", s);
    }
    if ((v = param(call, "temperature")) && json_is_number(v))
        json_object_set(body, "temperature", v);
    if ((v = param(call, "top_p")) && json_is_number(v))
        json_object_set(body, "top_p", v);
    if ((v = param(call, "top_k")) && json_is_integer(v))
        json_object_set(body, "top_k", v);
    v = json_object_get(call->req, "user");
    if (json_is_string(v) && json_string_length(v) > 0 && valid_user_id(json_string_value(v)))
        json_object_set_new(body, "metadata", json_pack("{s:O}", "user_id", v));
    if (call->stream)
        json_object_set_new(body, "stream", json_true());

    v = json_object_get(call->req, "tools");
    if (call->op == PROV_CHAT && ((json_is_array(v) && json_array_size(v) > 0) || json_mode)) {
        tools = json_array();
        if (!tools)
            return GW_ENOMEM;
        if (json_is_array(v))
            rc = translate_tools(v, tools);
        if (rc == 0 && json_mode) {
            json_t *rf = json_object_get(call->req, "response_format");
            json_t *schema = json_object_get(json_object_get(rf, "json_schema"), "schema");
            json_t *is = json_pack("{s:s}", "type", "object");

            if (!json_is_object(schema))
                schema = json_object_get(rf, "response_schema");
            if (json_is_object(schema))
                json_object_update(is, schema);
            else {
                /* Without properties the API answers 400; accept any object. */
                json_object_set_new(is, "additionalProperties", json_true());
                json_object_set_new(is, "properties", json_object());
            }
            rc = append_new(
                tools, json_pack("{s:s,s:o}", "name", ANTHROPIC_JSON_TOOL, "input_schema", is));
        }
        if (rc < 0) {
            json_decref(tools);
            return rc;
        }
        json_object_set_new(body, "tools", tools);
        /* tool_choice is only accepted along with tools. */
        tc = translate_tool_choice(json_object_get(call->req, "tool_choice"),
                                   json_object_get(call->req, "parallel_tool_calls"));
        if (json_mode && !thinking) {
            /* Force the JSON tool; thinking does not allow forced tool use. */
            json_decref(tc);
            tc = json_pack("{s:s,s:s}", "type", "tool", "name", ANTHROPIC_JSON_TOOL);
        }
        if (tc)
            json_object_set_new(body, "tool_choice", tc);
    }
    return 0;
}

/* The prompt of a legacy completion, which must be one string. */
static const char *prompt_of(const json_t *req)
{
    json_t *p = json_object_get(req, "prompt");

    if (json_is_array(p) && json_array_size(p) == 1)
        p = json_array_get(p, 0);
    return json_string_value(p);
}

static const char *url_of(const struct prov_call *call)
{
    const char *base = call->dep->api_base;

    if (!base || !*base)
        base = getenv("ANTHROPIC_API_BASE");
    if (!base || !*base)
        base = ANTHROPIC_DEFAULT_BASE;
    if (ends_with(base, "/v1/messages"))
        return arena_strdup(call->arena, base);
    /* An api_base written the OpenAI way (".../v1") is taken to mean the
     * same API root; LiteLLM would send ".../v1/v1/messages". */
    if (ends_with(base, "/v1"))
        return arena_printf(call->arena, "%s/messages", base);
    return arena_printf(call->arena, "%s/v1/messages", base);
}

/* litellm_params.extra_headers: {name: value} added to every request. */
static int extra_headers(const struct prov_call *call, struct curl_slist **h)
{
    json_t *eh = call->dep->litellm_params
                     ? json_object_get(call->dep->litellm_params, "extra_headers")
                     : NULL;
    const char *k;
    json_t *v;

    json_object_foreach(eh, k, v) {
        const char *s = json_string_value(v);

        if (!s || strpbrk(k, "\r\n:") || strpbrk(s, "\r\n"))
            continue;
        if (!prov__header(call->arena, h, "%s: %s", k, s))
            return GW_ENOMEM;
    }
    return 0;
}

static int encode(const struct prov_call *call, struct prov_http *out)
{
    const struct cfg_deployment *d = call->dep;
    const char *key = d->api_key;
    json_t *body = NULL, *msgs = NULL, *system = NULL;
    struct curl_slist *h = NULL;
    int rc = 0;

    if (call->op == PROV_EMBEDDING)
        return GW_EINVAL; /* Anthropic has no embeddings */
    body = json_object();
    msgs = json_array();
    if (!body || !msgs) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (call->op == PROV_COMPLETION) {
        const char *prompt = prompt_of(call->req);

        if (!prompt) {
            rc = GW_EINVAL; /* several prompts, or token arrays */
            goto out;
        }
        rc = append_new(msgs, json_pack("{s:s,s:[{s:s,s:s}]}", "role", "user", "content", "type",
                                        "text", "text", prompt));
    } else {
        rc = translate_messages(json_object_get(call->req, "messages"), msgs, &system);
    }
    if (rc < 0)
        goto out;
    json_object_set_new(body, "model", json_string(d->model ? d->model : ""));
    json_object_set_new(body, "messages", msgs);
    msgs = NULL;
    if (system) {
        json_object_set_new(body, "system", system);
        system = NULL;
    }
    rc = translate_params(call, body);
    if (rc < 0)
        goto out;

    out->url = url_of(call);
    out->body = prov__dump(call->arena, body);
    if (!out->url || !out->body.ptr) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (!key || !*key)
        key = getenv("ANTHROPIC_API_KEY");
    if (!prov__header(call->arena, &h, "content-type: application/json") ||
        !prov__header(call->arena, &h, "anthropic-version: " ANTHROPIC_VERSION) ||
        (key && *key && !prov__header(call->arena, &h, "x-api-key: %s", key)) ||
        (call->stream && !prov__header(call->arena, &h, "accept: text/event-stream")) ||
        /* curl would send "Expect: 100-continue" for large bodies (images). */
        !prov__header(call->arena, &h, "Expect:")) {
        rc = GW_ENOMEM;
        goto out;
    }
    rc = extra_headers(call, &h);
out:
    out->headers = h;
    json_decref(body);
    json_decref(msgs);
    json_decref(system);
    return rc;
}

/* ---- answers: usage, finish reasons ------------------------------------ */

struct ausage {
    long input, output, cache_read, cache_creation;
};

/* Takes the counters an Anthropic usage object has; leaves the others. */
static void usage_read(struct ausage *u, const json_t *usage)
{
    json_t *v;

    if (!json_is_object(usage))
        return;
    if (json_is_integer(v = json_object_get(usage, "input_tokens")))
        u->input = (long)json_integer_value(v);
    if (json_is_integer(v = json_object_get(usage, "output_tokens")))
        u->output = (long)json_integer_value(v);
    if (json_is_integer(v = json_object_get(usage, "cache_read_input_tokens")))
        u->cache_read = (long)json_integer_value(v);
    if (json_is_integer(v = json_object_get(usage, "cache_creation_input_tokens")))
        u->cache_creation = (long)json_integer_value(v);
}

/* input_tokens counts only what came after the last cache breakpoint;
 * LiteLLM's prompt_tokens is the whole prompt. */
static void usage_out(const struct ausage *u, struct prov_usage *pu)
{
    pu->prompt_tokens = u->input + u->cache_read + u->cache_creation;
    pu->completion_tokens = u->output;
    pu->total_tokens = pu->prompt_tokens + pu->completion_tokens;
    pu->set = true;
}

static json_t *usage_json(const struct ausage *u)
{
    struct prov_usage pu;

    usage_out(u, &pu);
    return json_pack("{s:I,s:I,s:I,s:{s:I},s:I,s:I}", "prompt_tokens", (json_int_t)pu.prompt_tokens,
                     "completion_tokens", (json_int_t)pu.completion_tokens, "total_tokens",
                     (json_int_t)pu.total_tokens, "prompt_tokens_details", "cached_tokens",
                     (json_int_t)u->cache_read, "cache_creation_input_tokens",
                     (json_int_t)u->cache_creation, "cache_read_input_tokens",
                     (json_int_t)u->cache_read);
}

static const char *finish_of(const char *stop_reason)
{
    if (!stop_reason)
        return "stop";
    if (strcmp(stop_reason, "max_tokens") == 0)
        return "length";
    if (strcmp(stop_reason, "tool_use") == 0)
        return "tool_calls";
    if (strcmp(stop_reason, "refusal") == 0)
        return "content_filter";
    return "stop"; /* end_turn, stop_sequence, pause_turn */
}

/* ---- whole answers ----------------------------------------------------- */

static int decode(const struct prov_call *call, struct str body, json_t **out,
                  struct prov_usage *usage)
{
    json_t *j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL);
    json_t *content, *b, *calls = NULL, *thinking = NULL, *msg = NULL, *r = NULL;
    struct buf text, reasoning;
    struct ausage u = {0};
    const char *finish;
    size_t i;
    int rc = 0;

    if (!json_is_object(j) || str_is(json_object_get(j, "type"), "error")) {
        json_decref(j);
        return GW_EUPSTREAM;
    }
    buf_init(&text, SIZE_MAX);
    buf_init(&reasoning, SIZE_MAX);
    calls = json_array();
    content = json_object_get(j, "content");
    json_array_foreach(content, i, b) {
        const char *type = json_string_value(json_object_get(b, "type"));

        if (!type)
            continue;
        if (strcmp(type, "text") == 0) {
            const char *t = json_string_value(json_object_get(b, "text"));

            rc = t ? buf_append_c(&text, t) : 0;
        } else if (strcmp(type, "tool_use") == 0) {
            struct str args = prov__dump(call->arena, json_object_get(b, "input"));

            rc = append_new(calls, json_pack("{s:s?,s:s,s:{s:s?,s:s}}", "id",
                                             json_string_value(json_object_get(b, "id")), "type",
                                             "function", "function", "name",
                                             json_string_value(json_object_get(b, "name")),
                                             "arguments", args.ptr ? args.ptr : "{}"));
        } else if (strcmp(type, "thinking") == 0 || strcmp(type, "redacted_thinking") == 0) {
            const char *t = json_string_value(json_object_get(b, "thinking"));

            if (!thinking)
                thinking = json_array();
            json_array_append(thinking, b);
            if (t)
                rc = buf_append_c(&reasoning, t);
        }
        if (rc < 0)
            goto out;
    }
    finish = finish_of(json_string_value(json_object_get(j, "stop_reason")));
    /* JSON mode: the forced tool's input is the answer. */
    if (call->op == PROV_CHAT && json_mode_of(call->req) && json_array_size(calls) == 1 &&
        str_is(json_object_get(json_object_get(json_array_get(calls, 0), "function"), "name"),
               ANTHROPIC_JSON_TOOL)) {
        json_t *args =
            json_object_get(json_object_get(json_array_get(calls, 0), "function"), "arguments");

        buf_reset(&text);
        rc = buf_append_c(&text, json_string_value(args));
        json_array_clear(calls);
        finish = "stop";
        if (rc < 0)
            goto out;
    }
    usage_read(&u, json_object_get(j, "usage"));
    usage_out(&u, usage);

    if (call->op == PROV_COMPLETION) {
        r = json_pack("{s:s?,s:s,s:I,s:s?,s:[{s:s,s:i,s:n,s:s}],s:o}", "id",
                      json_string_value(json_object_get(j, "id")), "object", "text_completion",
                      "created", (json_int_t)time_wall_s(), "model",
                      json_string_value(json_object_get(j, "model")), "choices", "text",
                      text.len ? text.ptr : "", "index", 0, "logprobs", "finish_reason", finish,
                      "usage", usage_json(&u));
        goto out;
    }
    msg = json_pack("{s:s,s:o}", "role", "assistant", "content",
                    text.len ? json_stringn(text.ptr, text.len) : json_null());
    if (!msg) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (json_array_size(calls) > 0)
        json_object_set(msg, "tool_calls", calls);
    if (thinking) {
        json_object_set_new(msg, "reasoning_content",
                            json_stringn(reasoning.len ? reasoning.ptr : "", reasoning.len));
        json_object_set(msg, "thinking_blocks", thinking);
    }
    r = json_pack("{s:s?,s:s,s:I,s:s?,s:[{s:i,s:O,s:n,s:s}],s:o}", "id",
                  json_string_value(json_object_get(j, "id")), "object", "chat.completion",
                  "created", (json_int_t)time_wall_s(), "model",
                  json_string_value(json_object_get(j, "model")), "choices", "index", 0, "message",
                  msg, "logprobs", "finish_reason", finish, "usage", usage_json(&u));
out:
    if (rc == 0 && !r)
        rc = GW_ENOMEM;
    if (rc == 0)
        *out = r;
    else
        json_decref(r);
    json_decref(msg);
    json_decref(calls);
    json_decref(thinking);
    json_decref(j);
    buf_dispose(&text);
    buf_dispose(&reasoning);
    return rc;
}

/* ---- streams ------------------------------------------------------------ */

enum blk_kind { BLK_OTHER, BLK_TEXT, BLK_TOOL, BLK_JSON, BLK_THINKING };

struct blk {
    unsigned char kind;
    int tool; /* OpenAI tool_calls index of a BLK_TOOL */
};

/* Per-call state in st->priv. */
struct sstate {
    const char *id, *model;
    int64_t created;
    struct blk *blocks; /* by the API's block index */
    size_t cap;
    int ntools;
    bool json_mode, saw_json, finished;
    struct ausage u;
};

struct sctx {
    const struct prov_call *call;
    struct prov_stream *st;
    struct sstate *s;
    prov_emit_fn emit;
    void *ctx;
};

/* Emits a chunk and drops our reference. */
static int emit_chunk(struct sctx *sc, json_t *chunk)
{
    int rc;

    if (!chunk)
        return GW_ENOMEM;
    rc = sc->emit(sc->ctx, chunk);
    json_decref(chunk);
    return rc;
}

/* A chunk around `delta` (taken) in the shape of the call's operation. */
static json_t *chunk_of(struct sctx *sc, json_t *delta, const char *finish)
{
    struct sstate *s = sc->s;
    json_t *choice;

    if (!delta)
        return NULL;
    if (sc->call->op == PROV_COMPLETION) {
        const char *t = json_string_value(json_object_get(delta, "content"));

        choice = json_pack("{s:s,s:i,s:n,s:o}", "text", t ? t : "", "index", 0, "logprobs",
                           "finish_reason", finish ? json_string(finish) : json_null());
        json_decref(delta);
        return json_pack("{s:s,s:s,s:I,s:s,s:[o]}", "id", s->id ? s->id : "", "object",
                         "text_completion", "created", (json_int_t)s->created, "model",
                         s->model ? s->model : "", "choices", choice);
    }
    choice = json_pack("{s:i,s:o,s:n,s:o}", "index", 0, "delta", delta, "logprobs", "finish_reason",
                       finish ? json_string(finish) : json_null());
    return json_pack("{s:s,s:s,s:I,s:s,s:[o]}", "id", s->id ? s->id : "", "object",
                     "chat.completion.chunk", "created", (json_int_t)s->created, "model",
                     s->model ? s->model : "", "choices", choice);
}

static struct blk *block_at(struct sctx *sc, const json_t *j)
{
    struct sstate *s = sc->s;
    json_t *ix = json_object_get(j, "index");
    size_t i;

    if (!json_is_integer(ix) || json_integer_value(ix) < 0 ||
        json_integer_value(ix) >= ANTHROPIC_MAX_BLOCKS)
        return NULL;
    i = (size_t)json_integer_value(ix);
    if (i >= s->cap) {
        size_t cap = s->cap ? s->cap : 8;
        struct blk *nb;

        while (cap <= i)
            cap *= 2;
        nb = arena_zalloc(sc->call->arena, cap * sizeof(*nb));
        if (!nb)
            return NULL;
        if (s->cap)
            memcpy(nb, s->blocks, s->cap * sizeof(*nb));
        s->blocks = nb;
        s->cap = cap;
    }
    return &s->blocks[i];
}

static int emit_content(struct sctx *sc, const char *key, const char *text)
{
    if (!text || !*text)
        return 0;
    if (sc->call->op == PROV_COMPLETION && strcmp(key, "content") != 0)
        return 0;
    return emit_chunk(sc, chunk_of(sc, json_pack("{s:s}", key, text), NULL));
}

static int on_block_start(struct sctx *sc, const json_t *j)
{
    struct sstate *s = sc->s;
    struct blk *b = block_at(sc, j);
    json_t *cb = json_object_get(j, "content_block");
    const char *type = json_string_value(json_object_get(cb, "type"));
    const char *name = json_string_value(json_object_get(cb, "name"));

    if (!b)
        return GW_EUPSTREAM;
    b->kind = BLK_OTHER;
    if (!type)
        return 0;
    if (strcmp(type, "text") == 0) {
        b->kind = BLK_TEXT;
        return emit_content(sc, "content", json_string_value(json_object_get(cb, "text")));
    }
    if (strcmp(type, "thinking") == 0) {
        b->kind = BLK_THINKING;
        return emit_content(sc, "reasoning_content",
                            json_string_value(json_object_get(cb, "thinking")));
    }
    if (strcmp(type, "tool_use") != 0 || sc->call->op != PROV_CHAT)
        return 0; /* server tools, redacted thinking, ... */
    if (s->json_mode && name && strcmp(name, ANTHROPIC_JSON_TOOL) == 0) {
        b->kind = BLK_JSON;
        s->saw_json = true;
        return 0;
    }
    b->kind = BLK_TOOL;
    b->tool = s->ntools++;
    return emit_chunk(
        sc, chunk_of(sc,
                     json_pack("{s:[{s:i,s:s?,s:s,s:{s:s?,s:s}}]}", "tool_calls", "index", b->tool,
                               "id", json_string_value(json_object_get(cb, "id")), "type",
                               "function", "function", "name", name, "arguments", ""),
                     NULL));
}

static int on_block_delta(struct sctx *sc, const json_t *j)
{
    struct blk *b = block_at(sc, j);
    json_t *d = json_object_get(j, "delta");
    const char *type = json_string_value(json_object_get(d, "type"));
    const char *pj;

    if (!b || !type)
        return b ? 0 : GW_EUPSTREAM;
    if (strcmp(type, "text_delta") == 0)
        return emit_content(sc, "content", json_string_value(json_object_get(d, "text")));
    if (strcmp(type, "thinking_delta") == 0)
        return emit_content(sc, "reasoning_content",
                            json_string_value(json_object_get(d, "thinking")));
    if (strcmp(type, "input_json_delta") != 0)
        return 0; /* signature_delta, citations_delta, ... */
    pj = json_string_value(json_object_get(d, "partial_json"));
    if (!pj || !*pj)
        return 0;
    if (b->kind == BLK_JSON)
        return emit_content(sc, "content", pj);
    if (b->kind != BLK_TOOL)
        return 0;
    return emit_chunk(sc, chunk_of(sc,
                                   json_pack("{s:[{s:i,s:{s:s}}]}", "tool_calls", "index", b->tool,
                                             "function", "arguments", pj),
                                   NULL));
}

static int emit_finish(struct sctx *sc, const char *stop_reason)
{
    const char *finish = finish_of(stop_reason);

    /* JSON mode: the forced tool was the answer, not a call to make. */
    if (strcmp(finish, "tool_calls") == 0 && sc->s->saw_json && sc->s->ntools == 0)
        finish = "stop";
    sc->s->finished = true;
    return emit_chunk(sc, chunk_of(sc, json_object(), finish));
}

/* An `error` event: relayed as {"error":{...}} with the status the same error
 * would have had before the stream began. */
static int on_error(struct sctx *sc, const json_t *j)
{
    static const struct {
        const char *type;
        const char *code;
    } map[] = {
        {"invalid_request_error", "400"},
        {"authentication_error", "401"},
        {"permission_error", "403"},
        {"not_found_error", "404"},
        {"request_too_large", "413"},
        {"rate_limit_error", "429"},
        {"api_error", "502"},
        {"overloaded_error", "503"},
        {"timeout_error", "504"},
    };
    json_t *e = json_object_get(j, "error");
    const char *type = json_string_value(json_object_get(e, "type"));
    const char *msg = json_string_value(json_object_get(e, "message"));
    const char *code = "502";

    for (size_t i = 0; type && i < sizeof(map) / sizeof(map[0]); i++)
        if (strcmp(map[i].type, type) == 0)
            code = map[i].code;
    sc->st->done = true; /* nothing follows an error event */
    return emit_chunk(sc, json_pack("{s:{s:s,s:s,s:n,s:s}}", "error", "message",
                                    arena_printf(sc->call->arena, "upstream error: %s",
                                                 msg ? msg : "no error message"),
                                    "type", type ? type : "api_error", "param", "code", code));
}

static int on_event(void *p, struct str event, struct str data)
{
    struct sctx *sc = p;
    struct sstate *s = sc->s;
    json_t *j, *v;
    const char *type;
    int rc = 0;

    if (data.len == 0 || sc->st->done)
        return 0;
    j = jread(data.ptr, data.len, 0, NULL);
    if (!json_is_object(j)) {
        json_decref(j);
        return GW_EUPSTREAM;
    }
    /* The data's "type" repeats the event name; either will do. */
    type = json_string_value(json_object_get(j, "type"));
    if (!type)
        type = event.len ? arena_cstr(sc->call->arena, event) : "";
    if (strcmp(type, "message_start") == 0) {
        v = json_object_get(j, "message");
        s->id = arena_strdup(sc->call->arena, json_string_value(json_object_get(v, "id")));
        s->model = arena_strdup(sc->call->arena, json_string_value(json_object_get(v, "model")));
        usage_read(&s->u, json_object_get(v, "usage"));
        usage_out(&s->u, &sc->st->usage);
        if (sc->call->op == PROV_CHAT)
            rc = emit_chunk(
                sc, chunk_of(sc, json_pack("{s:s,s:s}", "role", "assistant", "content", ""), NULL));
    } else if (strcmp(type, "content_block_start") == 0) {
        rc = on_block_start(sc, j);
    } else if (strcmp(type, "content_block_delta") == 0) {
        rc = on_block_delta(sc, j);
    } else if (strcmp(type, "message_delta") == 0) {
        /* usage here is cumulative: output_tokens so far, and sometimes the
         * input counters again. */
        usage_read(&s->u, json_object_get(j, "usage"));
        usage_out(&s->u, &sc->st->usage);
        v = json_object_get(json_object_get(j, "delta"), "stop_reason");
        if (json_is_string(v))
            rc = emit_finish(sc, json_string_value(v));
    } else if (strcmp(type, "message_stop") == 0) {
        sc->st->done = true;
        usage_out(&s->u, &sc->st->usage);
        if (!s->finished)
            rc = emit_finish(sc, NULL);
        if (rc == 0 && sc->call->client_wants_usage) {
            json_t *last = chunk_of(sc, json_object(), NULL);

            if (last) {
                json_object_set_new(last, "choices", json_array());
                json_object_set_new(last, "usage", usage_json(&s->u));
            }
            rc = emit_chunk(sc, last);
        }
    } else if (strcmp(type, "error") == 0) {
        rc = on_error(sc, j);
    }
    /* ping, content_block_stop and event types added later: nothing to say. */
    json_decref(j);
    return rc;
}

static int stream(const struct prov_call *call, struct prov_stream *st, const char *p, size_t n,
                  prov_emit_fn emit, void *ctx)
{
    struct sctx sc = {call, st, st->priv, emit, ctx};

    if (!sc.s) {
        sc.s = arena_zalloc(call->arena, sizeof(*sc.s));
        if (!sc.s)
            return GW_ENOMEM;
        sc.s->created = time_wall_s();
        sc.s->json_mode = call->op == PROV_CHAT && json_mode_of(call->req);
        st->priv = sc.s;
    }
    return prov__sse_feed(st, p, n, on_event, &sc);
}

/* ---- errors -------------------------------------------------------------- */

/*
 * The API's error body is {"type":"error","error":{"type","message"}}, which
 * has the fields prov__openai_error() reads. Statuses are mapped as for every
 * provider: 4xx that describe the request pass through (400, 401, 403, 404,
 * 413, 429), 500 api_error becomes 502, and 529 overloaded_error becomes 503
 * (LiteLLM raises an InternalServerError there; 503 tells clients to retry
 * later, which is what "overloaded" means). The type stays Anthropic's.
 */
static void error(const struct prov_call *call, long status, struct str body,
                  struct prov_error *out)
{
    prov__openai_error(status, body, call->arena, out);
}

const struct prov_ops prov_anthropic = {
    .name = "anthropic",
    .encode = encode,
    .decode = decode,
    .stream = stream,
    .error = error,
};
