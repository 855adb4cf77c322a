/*
 * ollama: Ollama's native API, as LiteLLM's two Ollama providers use it.
 *
 *   ollama_chat/<model>  chat        POST {base}/api/chat      messages in, message out
 *   ollama/<model>       completions POST {base}/api/generate  prompt in, response out
 *   either               embeddings  POST {base}/api/embed     input in, embeddings out
 *
 * Completions on ollama_chat/ send the prompt as one user message (LiteLLM's
 * text_completion does the same); chat on ollama/ flattens the messages into
 * one prompt, one "role: content" line each (LiteLLM applies a per-model
 * prompt template there; Ollama applies the model's own template to the
 * prompt anyway, so a plain transcript is what we send).
 *
 * The base is the deployment's api_base, else $OLLAMA_API_BASE, else
 * http://localhost:11434; a base that already ends with an endpoint path
 * (".../api/chat") is cut back to the server root first.
 *
 * OpenAI sampling parameters go to Ollama's "options" (max_tokens becomes
 * num_predict, stop a list); response_format becomes "format"; tools pass as
 * they are (Ollama uses OpenAI's tool shape). Ollama's default is to stream,
 * so "stream" is always sent.
 *
 * Streams are NDJSON (one JSON object a line, application/x-ndjson), not
 * SSE: each line becomes at most one chunk, the line with "done": true the
 * finish_reason chunk (and the usage chunk when the client asked for it), and
 * a line {"error": "..."} an error chunk. Ollama sends every tool call whole
 * in one line, so each becomes one tool_calls delta with its arguments
 * complete.
 *
 * Embeddings: Ollama only returns float arrays; when the client asked for
 * encoding_format "base64" (the OpenAI SDK's default) they are re-encoded as
 * little-endian float32, as OpenAI does.
 */
#include "prov_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "util/jmem.h"
#include "util/err.h"
#include "util/time.h"
#include "util/jread.h"

#define OLLAMA_DEFAULT_BASE "http://localhost:11434"
/* A message's text with its parts joined; bounded by the request size anyway. */
#define OLLAMA_MAX_TEXT (64u * 1024 * 1024)

enum endpoint { EP_CHAT, EP_GENERATE, EP_EMBED };

/* Ollama options a client or a deployment's litellm_params may give by their
 * own names (LiteLLM's OllamaConfig, plus the rest of Ollama's Modelfile
 * parameters). */
static const char *const native_options[] = {
    "num_ctx",     "num_keep",         "num_batch",
    "num_gpu",     "main_gpu",         "num_thread",
    "num_predict", "repeat_last_n",    "repeat_penalty",
    "mirostat",    "mirostat_eta",     "mirostat_tau",
    "tfs_z",       "typical_p",        "min_p",
    "top_k",       "penalize_newline", "numa",
    "low_vram",    "use_mmap",         "use_mlock",
    NULL,
};

/* OpenAI parameters that Ollama's options take under the same name. */
static const char *const same_options[] = {
    "temperature", "top_p", "seed", "frequency_penalty", "presence_penalty", NULL,
};

/* ---- small helpers ---------------------------------------------------- */

/* A request field, else the deployment's litellm_params default; JSON null
 * counts as absent. Borrowed. */
static json_t *param(const struct prov_call *call, const char *key)
{
    json_t *v = json_object_get(call->req, key);

    if ((!v || json_is_null(v)) && call->dep && call->dep->litellm_params)
        v = json_object_get(call->dep->litellm_params, key);
    return json_is_null(v) ? NULL : v;
}

static bool is_str(const json_t *v, const char *s)
{
    return json_is_string(v) && strcmp(json_string_value(v), s) == 0;
}

static bool ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);

    return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* The server root: api_base, $OLLAMA_API_BASE or the default, without a
 * trailing slash or endpoint path (LiteLLM accepts ".../api/chat" there). */
static const char *base_of(const struct prov_call *call)
{
    static const char *const endpoints[] = {"/api/chat", "/api/generate", "/api/embed",
                                            "/api/embeddings", NULL};
    const char *b = call->dep ? call->dep->api_base : NULL;
    size_t len;

    if (!b || !*b)
        b = getenv("OLLAMA_API_BASE");
    if (!b || !*b)
        b = OLLAMA_DEFAULT_BASE;
    len = strlen(b);
    while (len > 0 && b[len - 1] == '/')
        len--;
    for (size_t i = 0; endpoints[i]; i++) {
        if (ends_with(b, len, endpoints[i])) {
            len -= strlen(endpoints[i]);
            break;
        }
    }
    return arena_strndup(call->arena, b, len);
}

/* "ollama_chat/llama3.1", as LiteLLM names the model in its answers. */
static const char *model_of(const struct prov_call *call)
{
    const char *p = call->dep && call->dep->provider ? call->dep->provider : "ollama";
    const char *m = call->dep && call->dep->model ? call->dep->model : "";

    return arena_printf(call->arena, "%s/%s", p, m);
}

/* prefix + 24 random hex digits: "chatcmpl-...", "cmpl-...", "call_...". */
static const char *new_id(struct arena *a, const char *prefix)
{
    static _Thread_local uint64_t seq;
    unsigned char r[12];
    char hex[sizeof(r) * 2 + 1];

    if (RAND_bytes(r, (int)sizeof(r)) != 1) {
        /* No entropy: still unique within the process. */
        uint64_t t = time_wall_ms(), s = ++seq;

        memcpy(r, &t, 8);
        memcpy(r + 8, &s, 4);
    }
    for (size_t i = 0; i < sizeof(r); i++)
        snprintf(hex + 2 * i, 3, "%02x", r[i]);
    return arena_printf(a, "%s%s", prefix, hex);
}

/* ---- request ---------------------------------------------------------- */

/* Sets Ollama options from an object holding OpenAI-named parameters (the
 * request, or litellm_params). */
static void options_from(json_t *o, const json_t *src)
{
    json_t *v;

    if (!json_is_object(src))
        return;
    for (size_t i = 0; native_options[i]; i++) {
        v = json_object_get(src, native_options[i]);
        if (v && !json_is_null(v))
            json_object_set(o, native_options[i], v);
    }
    for (size_t i = 0; same_options[i]; i++) {
        v = json_object_get(src, same_options[i]);
        if (v && !json_is_null(v))
            json_object_set(o, same_options[i], v);
    }
    v = json_object_get(src, "max_tokens");
    if (v && !json_is_null(v))
        json_object_set(o, "num_predict", v);
    v = json_object_get(src, "max_completion_tokens"); /* the newer name wins */
    if (v && !json_is_null(v))
        json_object_set(o, "num_predict", v);
    v = json_object_get(src, "stop");
    if (json_is_string(v))
        json_object_set_new(o, "stop", json_pack("[O]", v)); /* Ollama wants a list */
    else if (json_is_array(v))
        json_object_set(o, "stop", v);
}

/* Deployment defaults, then an Ollama-native "options" object the client may
 * send, then the client's OpenAI parameters: the client wins. */
static json_t *options_of(const struct prov_call *call)
{
    json_t *o = json_object(), *native = json_object_get(call->req, "options");

    if (!o)
        return NULL;
    if (call->dep)
        options_from(o, call->dep->litellm_params);
    if (json_is_object(native))
        json_object_update(o, native);
    options_from(o, call->req);
    return o;
}

/* "format": "json" for json_object, the schema for json_schema; an
 * Ollama-native "format" passes as given. A new reference, or NULL. */
static json_t *format_of(const struct prov_call *call)
{
    json_t *rf = param(call, "response_format"), *f;

    if (json_is_object(rf)) {
        json_t *type = json_object_get(rf, "type");

        if (is_str(type, "json_object"))
            return json_string("json");
        if (is_str(type, "json_schema")) {
            json_t *schema = json_object_get(json_object_get(rf, "json_schema"), "schema");

            return json_is_object(schema) ? json_incref(schema) : NULL;
        }
        return NULL;
    }
    f = param(call, "format");
    return f ? json_incref(f) : NULL;
}

/* reasoning_effort low/medium/high turns thinking on (gpt-oss models take
 * the level itself, as in LiteLLM); an Ollama-native "think" passes. A
 * new reference, or NULL. */
static json_t *think_of(const struct prov_call *call)
{
    json_t *e = param(call, "reasoning_effort"), *t = param(call, "think");
    const char *m = call->dep && call->dep->model ? call->dep->model : "";

    if (t)
        return json_incref(t);
    if (is_str(e, "low") || is_str(e, "medium") || is_str(e, "high"))
        return strncmp(m, "gpt-oss", 7) == 0 ? json_incref(e) : json_true();
    return NULL;
}

/* The base64 payload of a data URL ("data:image/png;base64,AAAA"). Ollama
 * takes images only inline; fetching a remote URL is I/O a provider does not
 * do, so anything else is the client's error. */
static int image_data(const json_t *part, json_t **out)
{
    json_t *iu = json_object_get(part, "image_url");
    const char *url =
        json_is_string(iu) ? json_string_value(iu) : json_string_value(json_object_get(iu, "url"));
    const char *comma;

    if (!url || strncmp(url, "data:", 5) != 0)
        return GW_EPARAM;
    comma = strchr(url, ',');
    if (!comma || !ends_with(url, (size_t)(comma - url), ";base64"))
        return GW_EPARAM;
    *out = json_string(comma + 1);
    return *out ? 0 : GW_ENOMEM;
}

/* A message's content as text (parts joined, as LiteLLM does), its images
 * appended to `images`. *text is a new reference. */
static int split_content(const json_t *content, json_t **text, json_t *images)
{
    struct buf b;
    json_t *part, *img;
    size_t i;
    int rc = 0;

    *text = NULL;
    if (!content || json_is_null(content)) {
        *text = json_string("");
        return *text ? 0 : GW_ENOMEM;
    }
    if (json_is_string(content)) {
        *text = json_incref((json_t *)content);
        return 0;
    }
    if (!json_is_array(content))
        return GW_EPARAM;
    buf_init(&b, OLLAMA_MAX_TEXT);
    json_array_foreach(content, i, part)
    {
        json_t *type = json_object_get(part, "type");

        if (json_is_string(part)) {
            rc = buf_append_c(&b, json_string_value(part));
        } else if (is_str(type, "text")) {
            json_t *t = json_object_get(part, "text");

            if (json_is_string(t))
                rc = buf_append(&b, json_string_value(t), json_string_length(t));
        } else if (is_str(type, "image_url")) {
            rc = image_data(part, &img);
            if (rc == 0 && json_array_append_new(images, img) < 0)
                rc = GW_ENOMEM;
        } else {
            rc = GW_EPARAM; /* audio, files: Ollama has no place for them */
        }
        if (rc < 0)
            break;
    }
    if (rc == 0) {
        *text = json_stringn(b.len ? b.ptr : "", b.len);
        if (!*text)
            rc = GW_EUTF8;
    }
    buf_dispose(&b);
    return rc;
}

/* OpenAI tool_calls of an assistant message to Ollama's: arguments are an
 * object, not a JSON string. Remembers id -> name in `names` so that tool
 * results can say which tool they answer. */
static int tool_calls_in(const json_t *calls, json_t *names, json_t **out)
{
    json_t *arr = json_array(), *c;
    size_t i;

    if (!arr)
        return GW_ENOMEM;
    json_array_foreach(calls, i, c)
    {
        json_t *fn = json_object_get(c, "function"), *args = json_object_get(fn, "arguments");
        json_t *name = json_object_get(fn, "name"), *id = json_object_get(c, "id"), *obj;

        if (!json_is_object(fn) || !json_is_string(name)) {
            json_decref(arr);
            return GW_EPARAM;
        }
        if (json_is_string(args) && json_string_length(args) > 0) {
            obj = jread(json_string_value(args), json_string_length(args), 0, NULL);
            if (!json_is_object(obj)) {
                json_decref(obj);
                json_decref(arr);
                return GW_EPARAM;
            }
        } else if (json_is_object(args)) {
            obj = json_incref(args);
        } else {
            obj = json_object();
        }
        json_array_append_new(
            arr, json_pack("{s:{s:O,s:o}}", "function", "name", name, "arguments", obj));
        if (json_is_string(id))
            json_object_set(names, json_string_value(id), name);
    }
    *out = arr;
    return 0;
}

/* OpenAI messages to Ollama's /api/chat messages. */
static int messages_in(const json_t *msgs, json_t **out)
{
    json_t *arr = json_array(), *names = json_object(), *m;
    size_t i;
    int rc = 0;

    if (!arr || !names) {
        rc = GW_ENOMEM;
        goto out;
    }
    if (!json_is_array(msgs)) {
        rc = GW_EPARAM;
        goto out;
    }
    json_array_foreach(msgs, i, m)
    {
        json_t *role = json_object_get(m, "role"), *text = NULL, *images = json_array();
        json_t *om, *calls = json_object_get(m, "tool_calls"), *tc;
        const char *r = json_string_value(role);

        if (!r || !images) {
            json_decref(images);
            rc = r ? GW_ENOMEM : GW_EPARAM;
            goto out;
        }
        rc = split_content(json_object_get(m, "content"), &text, images);
        if (rc < 0) {
            json_decref(images);
            goto out;
        }
        /* Ollama knows system, user, assistant and tool. */
        om = json_pack("{s:s,s:o}", "role", strcmp(r, "developer") == 0 ? "system" : r, "content",
                       text);
        if (json_array_size(images) > 0)
            json_object_set(om, "images", images);
        json_decref(images);
        if (strcmp(r, "assistant") == 0) {
            json_t *reasoning = json_object_get(m, "reasoning_content");

            if (json_is_string(reasoning))
                json_object_set(om, "thinking", reasoning);
            if (json_is_array(calls) && json_array_size(calls) > 0) {
                rc = tool_calls_in(calls, names, &tc);
                if (rc < 0) {
                    json_decref(om);
                    goto out;
                }
                json_object_set_new(om, "tool_calls", tc);
            }
        } else if (strcmp(r, "tool") == 0) {
            json_t *id = json_object_get(m, "tool_call_id");
            json_t *name =
                json_is_string(id) ? json_object_get(names, json_string_value(id)) : NULL;

            if (!name)
                name = json_object_get(m, "name");
            if (json_is_string(name))
                json_object_set(om, "tool_name", name);
        }
        if (json_array_append_new(arr, om) < 0) {
            rc = GW_ENOMEM;
            goto out;
        }
    }
    *out = arr;
    arr = NULL;
out:
    json_decref(arr);
    json_decref(names);
    return rc;
}

/* Messages flattened for /api/generate: one "role: content" line each; the
 * images of every message go to the request's "images". */
static int prompt_from_messages(const json_t *msgs, json_t **prompt, json_t *images)
{
    struct buf b;
    json_t *m, *text;
    size_t i;
    int rc = 0;

    if (!json_is_array(msgs))
        return GW_EPARAM;
    buf_init(&b, OLLAMA_MAX_TEXT);
    json_array_foreach(msgs, i, m)
    {
        const char *r = json_string_value(json_object_get(m, "role"));

        if (!r) {
            rc = GW_EPARAM;
            break;
        }
        rc = split_content(json_object_get(m, "content"), &text, images);
        if (rc < 0)
            break;
        rc = buf_printf(&b, "%s: ", r);
        if (rc == 0)
            rc = buf_append(&b, json_string_value(text), json_string_length(text));
        if (rc == 0)
            rc = buf_append(&b, "\n", 1);
        json_decref(text);
        if (rc < 0)
            break;
    }
    if (rc == 0) {
        *prompt = json_stringn(b.len ? b.ptr : "", b.len);
        if (!*prompt)
            rc = GW_ENOMEM;
    }
    buf_dispose(&b);
    return rc;
}

/* A completions prompt: a string, or a list of one string. Ollama answers
 * one prompt a call, so a batch is refused rather than half answered. */
static int prompt_of(const struct prov_call *call, json_t **out)
{
    json_t *p = json_object_get(call->req, "prompt");

    if (json_is_array(p) && json_array_size(p) == 1)
        p = json_array_get(p, 0);
    if (!json_is_string(p))
        return GW_EPARAM;
    *out = json_incref(p);
    return 0;
}

static void set_opt(json_t *body, const char *key, json_t *v) /* steals v */
{
    if (v)
        json_object_set_new(body, key, v);
}

static int body_chat(const struct prov_call *call, json_t *body)
{
    json_t *msgs = NULL, *tools = json_object_get(call->req, "tools");
    int rc;

    if (call->op == PROV_COMPLETION) {
        json_t *prompt;

        rc = prompt_of(call, &prompt);
        if (rc < 0)
            return rc;
        msgs = json_pack("[{s:s,s:o}]", "role", "user", "content", prompt);
        rc = msgs ? 0 : GW_ENOMEM;
    } else {
        rc = messages_in(json_object_get(call->req, "messages"), &msgs);
    }
    if (rc < 0)
        return rc;
    json_object_set_new(body, "messages", msgs);
    /* tool_choice is dropped: Ollama has none (and LiteLLM notes that it
     * makes Ollama hang). */
    if (json_is_array(tools) && json_array_size(tools) > 0)
        json_object_set(body, "tools", tools);
    return 0;
}

static int body_generate(const struct prov_call *call, json_t *body)
{
    static const char *const native[] = {"suffix", "system", "template", "raw", NULL};
    json_t *prompt = NULL, *images = json_array();
    int rc;

    if (!images)
        return GW_ENOMEM;
    if (call->op == PROV_CHAT)
        rc = prompt_from_messages(json_object_get(call->req, "messages"), &prompt, images);
    else
        rc = prompt_of(call, &prompt);
    if (rc == 0) {
        json_object_set_new(body, "prompt", prompt);
        if (json_array_size(images) > 0)
            json_object_set(body, "images", images);
        for (size_t i = 0; native[i]; i++) {
            json_t *v = param(call, native[i]);

            if (v)
                json_object_set(body, native[i], v);
        }
    }
    json_decref(images);
    return rc;
}

static int body_embed(const struct prov_call *call, json_t *body)
{
    static const char *const native[] = {"truncate", "dimensions", NULL};
    json_t *input = json_object_get(call->req, "input"), *o;

    if (!json_is_string(input) && !json_is_array(input))
        return GW_EPARAM;
    json_object_set(body, "input", input);
    for (size_t i = 0; native[i]; i++) {
        json_t *v = param(call, native[i]);

        if (v)
            json_object_set(body, native[i], v);
    }
    o = options_of(call);
    if (o && json_object_size(o) > 0)
        json_object_set(body, "options", o);
    json_decref(o);
    return 0;
}

static int encode_at(const struct prov_call *call, struct prov_http *out, enum endpoint ep)
{
    static const char *const paths[] = {"/api/chat", "/api/generate", "/api/embed"};
    const struct cfg_deployment *d = call->dep;
    const char *key = d && d->api_key ? d->api_key : getenv("OLLAMA_API_KEY");
    json_t *body = json_pack("{s:s}", "model", d && d->model ? d->model : "");
    json_t *keep_alive = param(call, "keep_alive");
    struct curl_slist *h = NULL;
    int rc;

    if (!body)
        return GW_ENOMEM;
    if (call->op == PROV_EMBEDDING)
        ep = EP_EMBED;
    if (ep == EP_EMBED) {
        rc = body_embed(call, body);
    } else {
        rc = ep == EP_CHAT ? body_chat(call, body) : body_generate(call, body);
        if (rc == 0) {
            /* Ollama streams unless told not to. */
            json_object_set_new(body, "stream", json_boolean(call->stream));
            json_object_set_new(body, "options", options_of(call));
            set_opt(body, "format", format_of(call));
            set_opt(body, "think", think_of(call));
        }
    }
    if (rc == 0 && keep_alive)
        json_object_set(body, "keep_alive", keep_alive);
    if (rc < 0)
        goto out;
    out->url = arena_printf(call->arena, "%s%s", base_of(call), paths[ep]);
    out->body = prov__dump(call->arena, body);
    if (!out->url || !out->body.ptr)
        rc = GW_ENOMEM;
    if (rc == 0 && !prov__header(call->arena, &h, "Content-Type: application/json"))
        rc = GW_ENOMEM;
    /* Ollama itself has no keys; a proxy in front of it, or ollama.com, may. */
    if (rc == 0 && key && *key && !prov__header(call->arena, &h, "Authorization: Bearer %s", key))
        rc = GW_ENOMEM;
    if (rc == 0 && call->stream && ep != EP_EMBED &&
        !prov__header(call->arena, &h, "Accept: application/x-ndjson"))
        rc = GW_ENOMEM;
    if (rc == 0 && !prov__header(call->arena, &h, "Expect:"))
        rc = GW_ENOMEM;
    out->headers = h;
out:
    json_decref(body);
    return rc;
}

static int encode_chat(const struct prov_call *call, struct prov_http *out)
{
    return encode_at(call, out, EP_CHAT);
}

static int encode_generate(const struct prov_call *call, struct prov_http *out)
{
    return encode_at(call, out, EP_GENERATE);
}

/* ---- answers ---------------------------------------------------------- */

/* What one /api/chat or /api/generate object says, whole or one line. */
struct answer {
    json_t *text;       /* string or NULL: message.content / response */
    json_t *thinking;   /* string or NULL */
    json_t *tool_calls; /* non-empty array or NULL */
    const char *done_reason;
    bool done;
};

static void answer_of(const json_t *j, struct answer *a)
{
    json_t *msg = json_object_get(j, "message");
    const json_t *src = json_is_object(msg) ? msg : j;
    json_t *t;

    memset(a, 0, sizeof(*a));
    t = json_object_get(src, json_is_object(msg) ? "content" : "response");
    a->text = json_is_string(t) && json_string_length(t) > 0 ? t : NULL;
    t = json_object_get(src, "thinking");
    a->thinking = json_is_string(t) && json_string_length(t) > 0 ? t : NULL;
    t = json_object_get(src, "tool_calls");
    a->tool_calls = json_is_array(t) && json_array_size(t) > 0 ? t : NULL;
    a->done = json_is_true(json_object_get(j, "done"));
    a->done_reason = json_string_value(json_object_get(j, "done_reason"));
}

/* Ollama says "stop" even when the answer is a tool call; "load" and
 * "unload" answer empty requests. */
static const char *finish_of(const char *done_reason, bool tools)
{
    if (tools)
        return "tool_calls";
    if (done_reason && strcmp(done_reason, "length") == 0)
        return "length";
    return "stop";
}

static void usage_of(const json_t *j, struct prov_usage *u)
{
    u->prompt_tokens = (long)json_integer_value(json_object_get(j, "prompt_eval_count"));
    u->completion_tokens = (long)json_integer_value(json_object_get(j, "eval_count"));
    u->total_tokens = u->prompt_tokens + u->completion_tokens;
    u->set = true;
}

static json_t *usage_json(const struct prov_usage *u)
{
    return json_pack("{s:I,s:I,s:I}", "prompt_tokens", (json_int_t)u->prompt_tokens,
                     "completion_tokens", (json_int_t)u->completion_tokens, "total_tokens",
                     (json_int_t)u->total_tokens);
}

/* Ollama's tool calls to OpenAI's: an id (Ollama's when it sent one) and
 * the arguments as a JSON string. `index` counts the stream's calls; NULL
 * leaves it out (whole answers). */
static json_t *tool_calls_out(struct arena *a, const json_t *calls, int *index)
{
    json_t *arr = json_array(), *c;
    size_t i;

    if (!arr)
        return NULL;
    json_array_foreach(calls, i, c)
    {
        json_t *fn = json_object_get(c, "function"), *args = json_object_get(fn, "arguments");
        const char *name = json_string_value(json_object_get(fn, "name"));
        const char *id = json_string_value(json_object_get(c, "id"));
        char *s = NULL;
        const char *text = json_string_value(args);
        json_t *o;

        if (!text && args && !json_is_null(args))
            text = s = json_dumps(args, JSON_COMPACT | JSON_ENCODE_ANY);
        o = json_pack("{s:s,s:s,s:{s:s,s:s}}", "id", id && *id ? id : new_id(a, "call_"), "type",
                      "function", "function", "name", name ? name : "", "arguments",
                      text ? text : "{}");
        jmem_free_dump(s);
        if (o && index)
            json_object_set_new(o, "index", json_integer((*index)++));
        if (!o || json_array_append_new(arr, o) < 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

static json_t *whole_answer(const struct prov_call *call, const json_t *j, struct prov_usage *u)
{
    struct answer a;
    json_t *choice, *msg, *out;
    const char *finish;

    answer_of(j, &a);
    usage_of(j, u);
    finish = finish_of(a.done_reason, call->op == PROV_CHAT && a.tool_calls);
    if (call->op == PROV_COMPLETION) {
        choice = json_pack(
            "{s:i,s:s%,s:n,s:s}", "index", 0, "text", a.text ? json_string_value(a.text) : "",
            a.text ? json_string_length(a.text) : (size_t)0, "logprobs", "finish_reason", finish);
        return json_pack("{s:s,s:s,s:I,s:s,s:[o],s:o}", "id", new_id(call->arena, "cmpl-"),
                         "object", "text_completion", "created", (json_int_t)time_wall_s(), "model",
                         model_of(call), "choices", choice, "usage", usage_json(u));
    }
    msg = json_pack("{s:s}", "role", "assistant");
    if (a.text)
        json_object_set(msg, "content", a.text);
    else
        json_object_set_new(msg, "content", a.tool_calls ? json_null() : json_string(""));
    if (a.thinking)
        json_object_set(msg, "reasoning_content", a.thinking);
    if (a.tool_calls)
        json_object_set_new(msg, "tool_calls", tool_calls_out(call->arena, a.tool_calls, NULL));
    out = json_pack("{s:s,s:s,s:I,s:s,s:n,s:[{s:i,s:o,s:n,s:s}],s:o}", "id",
                    new_id(call->arena, "chatcmpl-"), "object", "chat.completion", "created",
                    (json_int_t)time_wall_s(), "model", model_of(call), "system_fingerprint",
                    "choices", "index", 0, "message", msg, "logprobs", "finish_reason", finish,
                    "usage", usage_json(u));
    return out;
}

/* base64 of the vector as little-endian float32, as OpenAI encodes it. */
static json_t *vector_b64(const json_t *vec)
{
    size_t n = json_array_size(vec), i;
    unsigned char *raw = malloc(n * 4 + 1), *enc = malloc(((n * 4 + 2) / 3) * 4 + 1);
    json_t *x, *out = NULL;

    if (!raw || !enc)
        goto out;
    json_array_foreach(vec, i, x)
    {
        float f;
        uint32_t u;

        if (!json_is_number(x))
            goto out;
        f = (float)json_number_value(x);
        memcpy(&u, &f, 4);
        for (int b = 0; b < 4; b++)
            raw[i * 4 + b] = (unsigned char)(u >> (8 * b));
    }
    EVP_EncodeBlock(enc, raw, (int)(n * 4));
    out = json_string((const char *)enc);
out:
    free(raw);
    free(enc);
    return out;
}

static json_t *embed_answer(const struct prov_call *call, const json_t *j, struct prov_usage *u)
{
    json_t *embs = json_object_get(j, "embeddings"), *data, *vec, *e;
    bool b64 = is_str(json_object_get(call->req, "encoding_format"), "base64");
    size_t i;

    if (!json_is_array(embs) || !(data = json_array()))
        return NULL;
    json_array_foreach(embs, i, vec)
    {
        if (!json_is_array(vec)) {
            json_decref(data);
            return NULL;
        }
        e = b64 ? vector_b64(vec) : json_incref(vec);
        if (!e ||
            json_array_append_new(data, json_pack("{s:s,s:I,s:o}", "object", "embedding", "index",
                                                  (json_int_t)i, "embedding", e)) < 0) {
            json_decref(data);
            return NULL;
        }
    }
    u->prompt_tokens = (long)json_integer_value(json_object_get(j, "prompt_eval_count"));
    u->completion_tokens = 0;
    u->total_tokens = u->prompt_tokens;
    u->set = true;
    return json_pack("{s:s,s:o,s:s,s:{s:I,s:I}}", "object", "list", "data", data, "model",
                     model_of(call), "usage", "prompt_tokens", (json_int_t)u->prompt_tokens,
                     "total_tokens", (json_int_t)u->total_tokens);
}

static int decode(const struct prov_call *call, struct str body, json_t **out,
                  struct prov_usage *usage)
{
    json_t *j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL), *r = NULL;

    /* A 200 carrying {"error": ...} is not an answer either. */
    if (json_is_object(j) && !json_object_get(j, "error"))
        r = call->op == PROV_EMBEDDING ? embed_answer(call, j, usage)
                                       : whole_answer(call, j, usage);
    json_decref(j);
    if (!r)
        return GW_EUPSTREAM;
    *out = r;
    return 0;
}

/* ---- streams ---------------------------------------------------------- */

struct ostream {
    const char *id;
    const char *model;
    json_int_t created;
    int n_tools;    /* tool calls sent so far: the next one's index */
    bool role_sent; /* the first chat chunk carries the role */
    bool finished;  /* the done line was seen */
};

struct feed {
    const struct prov_call *call;
    struct prov_stream *st;
    struct ostream *os;
    prov_emit_fn emit;
    void *ctx;
};

static json_t *chunk_of(const struct feed *f, json_t *delta, const char *finish)
{
    const char *object =
        f->call->op == PROV_COMPLETION ? "text_completion" : "chat.completion.chunk";
    json_t *choice, *c;

    if (f->call->op == PROV_COMPLETION) {
        json_t *t = json_object_get(delta, "content");

        choice = json_pack("{s:i,s:s%,s:n,s:o}", "index", 0, "text",
                           json_is_string(t) ? json_string_value(t) : "",
                           json_is_string(t) ? json_string_length(t) : (size_t)0, "logprobs",
                           "finish_reason", finish ? json_string(finish) : json_null());
        json_decref(delta);
    } else {
        choice = json_pack("{s:i,s:o,s:n,s:o}", "index", 0, "delta", delta, "logprobs",
                           "finish_reason", finish ? json_string(finish) : json_null());
    }
    c = json_pack("{s:s,s:s,s:I,s:s,s:[o]}", "id", f->os->id, "object", object, "created",
                  f->os->created, "model", f->os->model, "choices", choice);
    if (c && f->call->op == PROV_CHAT)
        json_object_set_new(c, "system_fingerprint", json_null());
    return c;
}

static int send_chunk(const struct feed *f, json_t *chunk)
{
    int rc = chunk ? f->emit(f->ctx, chunk) : GW_ENOMEM;

    json_decref(chunk);
    return rc;
}

static int send_error(const struct feed *f, const json_t *err)
{
    const char *m = json_string_value(err);
    char *dumped = m ? NULL : json_dumps(err, JSON_COMPACT | JSON_ENCODE_ANY);
    json_t *c;

    if (!m) {
        json_t *inner = json_object_get(err, "message");

        m = json_is_string(inner) ? json_string_value(inner) : dumped;
    }
    c = json_pack("{s:{s:s,s:s,s:n,s:n}}", "error", "message",
                  arena_printf(f->call->arena, "upstream error: %s", m ? m : "unknown"), "type",
                  "api_error", "param", "code");
    jmem_free_dump(dumped);
    return send_chunk(f, c);
}

/* One NDJSON line: one object. */
static int on_line(const struct feed *f, struct str line)
{
    json_t *j = jread(line.ptr, line.len, 0, NULL), *delta, *err;
    struct answer a;
    int rc = 0;

    if (!json_is_object(j)) {
        json_decref(j);
        return GW_EUPSTREAM;
    }
    err = json_object_get(j, "error");
    if (err) {
        /* Ollama ends a failing stream with {"error": "..."}; nothing
         * follows, so the stream is over (and not "ended early"). */
        rc = f->os->finished ? 0 : send_error(f, err);
        f->os->finished = true;
        f->st->done = true;
        goto out;
    }
    if (f->os->finished)
        goto out;
    answer_of(j, &a);
    if (f->call->op == PROV_COMPLETION) {
        a.thinking = a.tool_calls = NULL; /* a text completion has no place for them */
    }
    if (a.text || a.thinking || a.tool_calls) {
        delta = json_object();
        if (!f->os->role_sent && f->call->op == PROV_CHAT)
            json_object_set_new(delta, "role", json_string("assistant"));
        f->os->role_sent = true;
        if (a.text)
            json_object_set(delta, "content", a.text);
        if (a.thinking)
            json_object_set(delta, "reasoning_content", a.thinking);
        if (a.tool_calls) {
            json_object_set_new(delta, "tool_calls",
                                tool_calls_out(f->call->arena, a.tool_calls, &f->os->n_tools));
        }
        rc = send_chunk(f, chunk_of(f, delta, NULL));
        if (rc < 0)
            goto out;
    }
    if (!a.done)
        goto out;
    f->os->finished = true;
    f->st->done = true;
    usage_of(j, &f->st->usage);
    delta = json_object();
    if (!f->os->role_sent && f->call->op == PROV_CHAT) {
        json_object_set_new(delta, "role", json_string("assistant"));
        json_object_set_new(delta, "content", json_string(""));
    }
    rc = send_chunk(f, chunk_of(f, delta, finish_of(a.done_reason, f->os->n_tools > 0)));
    if (rc == 0 && f->call->client_wants_usage) {
        json_t *last = chunk_of(f, json_object(), NULL);

        if (last) {
            json_object_set_new(last, "choices", json_array());
            json_object_set_new(last, "usage", usage_json(&f->st->usage));
        }
        rc = send_chunk(f, last);
    }
out:
    json_decref(j);
    return rc;
}

static int stream(const struct prov_call *call, struct prov_stream *st, const char *p, size_t n,
                  prov_emit_fn emit, void *ctx)
{
    struct feed f = {call, st, st->priv, emit, ctx};
    size_t i, start = 0;
    int rc = 0;

    if (!f.os) {
        f.os = arena_zalloc(call->arena, sizeof(*f.os));
        if (!f.os)
            return GW_ENOMEM;
        f.os->id = new_id(call->arena, call->op == PROV_COMPLETION ? "cmpl-" : "chatcmpl-");
        f.os->model = model_of(call);
        f.os->created = (json_int_t)time_wall_s();
        st->priv = f.os;
    }
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
        if (str_trim(line).len > 0)
            rc = on_line(&f, line);
        buf_reset(&st->line);
        start = i + 1;
    }
    if (rc == 0 && start < n) {
        rc = buf_append(&st->line, p + start, n - start);
        /* A last line whose newline never comes (a proxy that trims it) is
         * still complete when it parses: a JSON object cannot be the prefix
         * of a longer one. Only tried when the bytes end like an object. */
        if (rc == 0 && st->line.ptr[st->line.len - 1] == '}') {
            json_t *j = jread(st->line.ptr, st->line.len, 0, NULL);

            if (json_is_object(j)) {
                rc = on_line(&f, buf_str(&st->line));
                buf_reset(&st->line);
            }
            json_decref(j);
        }
    }
    return rc;
}

/* ---- errors ----------------------------------------------------------- */

/* Ollama answers {"error": "model 'x' not found"} (404), 400 for bad
 * requests, 500 otherwise; prov__openai_error reads the string form. A body
 * that is not JSON (a proxy's page, Go's "404 page not found" for a wrong
 * path) is quoted, shortened. */
static void error(const struct prov_call *call, long status, struct str body,
                  struct prov_error *out)
{
    json_t *j = jread(body.ptr ? body.ptr : "", body.len, 0, NULL);

    prov__openai_error(status, body, call->arena, out);
    if (!json_object_get(j, "error") && body.len > 0) {
        struct str t = str_of(body.ptr, body.len < 200 ? body.len : 200);
        size_t k;

        while (t.len > 0 && (t.ptr[t.len - 1] == '\n' || t.ptr[t.len - 1] == '\r' ||
                             t.ptr[t.len - 1] == ' ' || t.ptr[t.len - 1] == '\t'))
            t.len--;
        for (k = 0; k < t.len; k++)
            if ((unsigned char)t.ptr[k] < 0x20 && t.ptr[k] != '\n' && t.ptr[k] != '\t')
                break;
        if (k == t.len && t.len > 0)
            out->message =
                arena_printf(call->arena, "upstream returned %ld: %.*s", status, STR_FMT(t));
    }
    json_decref(j);
}

/* Health: GET /api/tags lists the pulled models and costs no inference
 * (LiteLLM probes Ollama the same way). */
static int probe(const struct prov_call *call, struct prov_http *out)
{
    const char *base = base_of(call);
    const char *key =
        call->dep && call->dep->api_key ? call->dep->api_key : getenv("OLLAMA_API_KEY");
    struct curl_slist *h = NULL;

    out->url = base ? arena_printf(call->arena, "%s/api/tags", base) : NULL;
    if (!out->url)
        return GW_ENOMEM;
    if (key && *key && !prov__header(call->arena, &h, "Authorization: Bearer %s", key))
        return GW_ENOMEM;
    out->headers = h;
    return 0;
}

const struct prov_ops prov_ollama = {
    .name = "ollama",
    .encode = encode_generate,
    .probe = probe,
    .decode = decode,
    .stream = stream,
    .error = error,
};

const struct prov_ops prov_ollama_chat = {
    .name = "ollama_chat",
    .encode = encode_chat,
    .probe = probe,
    .decode = decode,
    .stream = stream,
    .error = error,
};
