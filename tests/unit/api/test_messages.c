/*
 * Unit tests of src/api/messages.c, the Anthropic Messages dialect: request
 * translation (Anthropic → OpenAI chat) as a table of cases, answer
 * translation (OpenAI chat.completion → Anthropic message, finish_reason →
 * stop_reason), stream translation (OpenAI chunks → Anthropic events, parsed
 * back from the SSE text and checked event by event), the error types by
 * status, and the count_tokens estimate. No config, no loop, no network.
 *
 * JSON in this file is written with single quotes for readability; J()
 * turns them into double quotes before parsing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"
#include "util/err.h"

/* ---- helpers ---------------------------------------------------------- */

/* Parses `text` with ' for " (new reference; fails the test if invalid). */
static json_t *J(const char *text)
{
    char *s = strdup(text);
    json_error_t e;
    json_t *j;

    assert_non_null(s);
    for (char *p = s; *p; p++)
        if (*p == '\'')
            *p = '"';
    j = json_loads(s, JSON_DECODE_ANY, &e);
    if (!j)
        fail_msg("bad test JSON at %d: %s\n%s", e.position, e.text, s);
    free(s);
    return j;
}

/* Asserts that `got` equals the JSON `want` (single-quoted). */
static void assert_json(const json_t *got, const char *want, const char *what)
{
    json_t *w = J(want);

    if (!json_equal(got, w)) {
        char *g = got ? json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
        char *x = json_dumps(w, JSON_COMPACT | JSON_ENCODE_ANY);

        print_error("%s:\n  got  %s\n  want %s\n", what, g ? g : "(null)", x);
        free(g);
        free(x);
        json_decref(w);
        fail();
    }
    json_decref(w);
}

/* Translates an Anthropic request that must be accepted. */
static json_t *request(const char *in_text)
{
    json_t *in = J(in_text), *out = NULL;
    const char *err = "unset";
    int rc = api__messages_request(in, &out, &err);

    if (rc != 0)
        fail_msg("request refused (%d, %s): %s", rc, err ? err : "", in_text);
    assert_null(err);
    assert_non_null(out);
    json_decref(in);
    return out;
}

/*
 * Parses the SSE text of an Anthropic stream into a JSON array of
 * {"event": name, "data": object}. Every event must be framed exactly as
 * "event: NAME\ndata: JSON\n\n", with data a JSON object whose "type" is
 * NAME (Anthropic's convention; the SDK dispatches on either).
 */
static json_t *parse_sse(const struct buf *b)
{
    json_t *events = json_array();
    const char *p = b->ptr ? b->ptr : "", *end = p + b->len;

    while (p < end) {
        const char *nl, *data, *stop;
        char name[64];
        json_t *d;
        json_error_t e;

        if (strncmp(p, "event: ", 7) != 0)
            fail_msg("event does not start with 'event: ': %.80s", p);
        nl = memchr(p, '\n', (size_t)(end - p));
        assert_non_null(nl);
        assert_true((size_t)(nl - p - 7) < sizeof(name));
        memcpy(name, p + 7, (size_t)(nl - p - 7));
        name[nl - p - 7] = '\0';
        data = nl + 1;
        if (strncmp(data, "data: ", 6) != 0)
            fail_msg("no data line after event %s", name);
        stop = strstr(data, "\n\n");
        assert_non_null(stop);
        d = json_loadb(data + 6, (size_t)(stop - data - 6), 0, &e);
        if (!json_is_object(d))
            fail_msg("event %s: data is not a JSON object (%s)", name, e.text);
        assert_string_equal(json_string_value(json_object_get(d, "type")), name);
        assert_null(memchr(data + 6, '\n', (size_t)(stop - data - 6)));
        json_array_append_new(events, json_pack("{s:s,s:o}", "event", name, "data", d));
        p = stop + 2;
    }
    return events;
}

/* The event names of a parsed stream, comma-separated, "ping" left out. */
static const char *names(const json_t *events)
{
    static char s[2048];
    size_t i, n = 0;
    json_t *e;

    s[0] = '\0';
    json_array_foreach(events, i, e) {
        const char *name = json_string_value(json_object_get(e, "event"));

        if (strcmp(name, "ping") == 0)
            continue;
        n += (size_t)snprintf(s + n, sizeof(s) - n, "%s%s", n ? "," : "", name);
        assert_true(n < sizeof(s));
    }
    return s;
}

/* The data of the k-th (0-based) event called `name`, or NULL. */
static json_t *nth(const json_t *events, const char *name, int k)
{
    size_t i;
    json_t *e;

    json_array_foreach(events, i, e) {
        if (strcmp(json_string_value(json_object_get(e, "event")), name) == 0 && k-- == 0)
            return json_object_get(e, "data");
    }
    return NULL;
}

/* The partial_json of every input_json_delta of block `index`, joined. */
static char *tool_json(const json_t *events, int index)
{
    static char s[1024];
    size_t i, n = 0;
    json_t *e;

    s[0] = '\0';
    json_array_foreach(events, i, e) {
        json_t *d = json_object_get(e, "data");
        json_t *delta = json_object_get(d, "delta");

        if (json_integer_value(json_object_get(d, "index")) != index)
            continue;
        if (!json_is_string(json_object_get(delta, "partial_json")))
            continue;
        assert_string_equal(json_string_value(json_object_get(delta, "type")),
                            "input_json_delta");
        n += (size_t)snprintf(s + n, sizeof(s) - n, "%s",
                              json_string_value(json_object_get(delta, "partial_json")));
        assert_true(n < sizeof(s));
    }
    return s;
}

/* A stream translation in progress: state, output, parsed events. */
struct run {
    struct api__messages_stream st;
    struct buf out;
    json_t *events;
};

static void run_init(struct run *r)
{
    memset(r, 0, sizeof(*r));
    r->st.model = "claude-test";
    buf_init(&r->out, 1u << 20);
}

/* Feeds one OpenAI chunk (single-quoted JSON). */
static void feed(struct run *r, const char *chunk_text)
{
    json_t *c = J(chunk_text);

    assert_int_equal(api__messages_chunk(&r->st, c, &r->out), 0);
    json_decref(c);
}

/* Ends the stream (usage may be NULL) and parses everything written. */
static void end(struct run *r, const struct prov_usage *u)
{
    assert_int_equal(api__messages_end(&r->st, u, &r->out), 0);
    r->events = parse_sse(&r->out);
}

static void run_dispose(struct run *r)
{
    json_decref(r->events);
    buf_dispose(&r->out);
}

/* OpenAI chunks, as api.openai.com sends them (trimmed). */
#define CHUNK(delta, finish)                                                                      \
    "{'id':'chatcmpl-42','object':'chat.completion.chunk','model':'gpt-4o','choices':[{'index':0," \
    "'delta':" delta ",'finish_reason':" finish "}]}"
#define USAGE_CHUNK(p, c)                                                                         \
    "{'id':'chatcmpl-42','object':'chat.completion.chunk','choices':[],'usage':{'prompt_tokens':" \
    #p ",'completion_tokens':" #c ",'total_tokens':0}}"
#define TOOL_START(i, id, name)                                                                   \
    CHUNK("{'tool_calls':[{'index':" #i ",'id':'" id "','type':'function','function':{'name':'"   \
          name "','arguments':''}}]}",                                                            \
          "null")
#define TOOL_ARGS(i, args)                                                                        \
    CHUNK("{'tool_calls':[{'index':" #i ",'function':{'arguments':'" args "'}}]}", "null")

/* ---- request translation ---------------------------------------------- */

struct req_case {
    const char *name;
    const char *in;
    const char *want;
};

#define BASE "'model':'claude-x','max_tokens':100"
#define HI   "'messages':[{'role':'user','content':'hi'}]"

static const struct req_case req_cases[] = {
    {"minimal", "{" BASE "," HI "}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}]}"},
    {"system string", "{" BASE ",'system':'Be brief.'," HI "}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'system','content':'Be brief.'},"
     "{'role':'user','content':'hi'}]}"},
    {"system blocks with cache_control",
     "{" BASE ",'system':[{'type':'text','text':'One.'},{'type':'text','text':'Two.',"
     "'cache_control':{'type':'ephemeral'}}]," HI "}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'system','content':'One.\\nTwo.'},"
     "{'role':'user','content':'hi'}]}"},
    {"sampling and stop",
     "{" BASE "," HI ",'stop_sequences':['END'],'temperature':0.5,'top_p':0.9,'top_k':40,"
     "'metadata':{'user_id':'u-1'}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'stop':['END'],'temperature':0.5,'top_p':0.9,'top_k':40,'user':'u-1'}"},
    {"stream asks for usage", "{" BASE "," HI ",'stream':true}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'stream':true,'stream_options':{'include_usage':true}}"},
    {"stream false", "{" BASE "," HI ",'stream':false}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'stream':false}"},
    {"text blocks join into a string",
     "{" BASE ",'messages':[{'role':'user','content':[{'type':'text','text':'a'},"
     "{'type':'text','text':'b'}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'a\\nb'}]}"},
    {"images: base64 to a data URL, url as is",
     "{" BASE ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'base64',"
     "'media_type':'image/png','data':'AAAA'}},{'type':'image','source':{'type':'url',"
     "'url':'https://x.test/a.jpg'}},{'type':'text','text':'what?'}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':["
     "{'type':'image_url','image_url':{'url':'data:image/png;base64,AAAA'}},"
     "{'type':'image_url','image_url':{'url':'https://x.test/a.jpg'}},"
     "{'type':'text','text':'what?'}]}]}"},
    {"an image without media_type is dropped",
     "{" BASE ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'base64',"
     "'data':'AAAA'}},{'type':'text','text':'what?'}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'what?'}]}"},
    {"tool_use and tool_result round trip",
     "{" BASE ",'messages':[{'role':'user','content':'weather?'},"
     "{'role':'assistant','content':[{'type':'text','text':'Checking.'},{'type':'tool_use',"
     "'id':'toolu_1','name':'get_weather','input':{'city':'Paris'}}]},"
     "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1','content':'sunny'},"
     "{'type':'text','text':'thanks'}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'weather?'},"
     "{'role':'assistant','content':'Checking.','tool_calls':[{'id':'toolu_1','type':'function',"
     "'function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}}]},"
     "{'role':'tool','tool_call_id':'toolu_1','content':'sunny'},"
     "{'role':'user','content':'thanks'}]}"},
    {"tool_use only: null content; no input: {}; tool_result blocks: their text",
     "{" BASE ",'messages':[{'role':'user','content':'go'},"
     "{'role':'assistant','content':[{'type':'tool_use','id':'t1','name':'now'}]},"
     "{'role':'user','content':[{'type':'tool_result','tool_use_id':'t1','content':["
     "{'type':'text','text':'12:00'},{'type':'text','text':'UTC'}]}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'go'},"
     "{'role':'assistant','content':null,'tool_calls':[{'id':'t1','type':'function',"
     "'function':{'name':'now','arguments':'{}'}}]},"
     "{'role':'tool','tool_call_id':'t1','content':'12:00\\nUTC'}]}"},
    {"thinking, documents and the thinking option are not carried",
     "{" BASE ",'thinking':{'type':'enabled','budget_tokens':1024},'messages':["
     "{'role':'user','content':[{'type':'document','source':{'type':'text','media_type':"
     "'text/plain','data':'doc'}},{'type':'text','text':'sum up'}]},"
     "{'role':'assistant','content':[{'type':'thinking','thinking':'hmm','signature':'s'},"
     "{'type':'redacted_thinking','data':'x'},{'type':'text','text':'Done.'}]}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'sum up'},"
     "{'role':'assistant','content':'Done.'}]}"},
    {"tools, no tool_choice",
     "{" BASE "," HI ",'tools':[{'name':'get_weather','description':'Weather',"
     "'input_schema':{'type':'object','properties':{'city':{'type':'string'}}}},"
     "{'name':'bare'}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'get_weather','description':'Weather',"
     "'parameters':{'type':'object','properties':{'city':{'type':'string'}}}}},"
     "{'type':'function','function':{'name':'bare','parameters':{}}}]}"},
    {"tool_choice auto", "{" BASE "," HI ",'tools':[{'name':'f'}],'tool_choice':{'type':'auto'}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'f','parameters':{}}}],'tool_choice':'auto'}"},
    {"tool_choice any", "{" BASE "," HI ",'tools':[{'name':'f'}],'tool_choice':{'type':'any'}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'f','parameters':{}}}],"
     "'tool_choice':'required'}"},
    {"tool_choice none", "{" BASE "," HI ",'tools':[{'name':'f'}],'tool_choice':{'type':'none'}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'f','parameters':{}}}],'tool_choice':'none'}"},
    {"tool_choice tool, no parallel calls",
     "{" BASE "," HI ",'tools':[{'name':'f'}],'tool_choice':{'type':'tool','name':'f',"
     "'disable_parallel_tool_use':true}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'f','parameters':{}}}],"
     "'tool_choice':{'type':'function','function':{'name':'f'}},'parallel_tool_calls':false}"},
    {"server tools are left out; custom type kept",
     "{" BASE "," HI ",'tools':[{'type':'web_search_20250305','name':'web_search','max_uses':3},"
     "{'type':'custom','name':'f','input_schema':{'type':'object'}},"
     "{'type':'bash_20250124','name':'bash'}]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'tools':[{'type':'function','function':{'name':'f','parameters':{'type':'object'}}}]}"},
    {"only server tools: no tools and no tool_choice upstream",
     "{" BASE "," HI ",'tools':[{'type':'web_search_20250305','name':'web_search'}],"
     "'tool_choice':{'type':'any'}}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}]}"},
    {"empty tools", "{" BASE "," HI ",'tools':[]}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}]}"},
    {"gateway fields travel on",
     "{" BASE "," HI ",'mock_response':'canned','fallbacks':['other']}",
     "{'model':'claude-x','max_tokens':100,'messages':[{'role':'user','content':'hi'}],"
     "'mock_response':'canned','fallbacks':['other']}"},
};

static void test_request_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(req_cases) / sizeof(req_cases[0]); i++) {
        json_t *out = request(req_cases[i].in);

        assert_json(out, req_cases[i].want, req_cases[i].name);
        json_decref(out);
    }
}

static void test_request_errors(void **state)
{
    static const struct {
        const char *in, *err;
    } cases[] = {
        {"{'max_tokens':1," HI "}", "model"},
        {"{'model':7,'max_tokens':1," HI "}", "model"},
        {"{'model':'m'," HI "}", "max_tokens"},
        {"{'model':'m','max_tokens':'10'," HI "}", "max_tokens"},
        {"{'model':'m','max_tokens':1}", "messages"},
        {"{'model':'m','max_tokens':1,'messages':{}}", "messages"},
        {"{'model':'m','max_tokens':1,'messages':[{'role':'system','content':'x'}]}", "role"},
        {"{'model':'m','max_tokens':1,'messages':[{'content':'x'}]}", "role"},
        {"{'model':'m','max_tokens':1,'messages':[{'role':'user','content':5}]}", "content"},
        {"{'model':'m','max_tokens':1,'messages':[{'role':'user'}]}", "content"},
    };

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        json_t *in = J(cases[i].in), *out = (json_t *)&out;
        const char *err = NULL;

        assert_int_equal(api__messages_request(in, &out, &err), GW_EPARAM);
        assert_null(out);
        assert_non_null(err);
        if (!strstr(err, cases[i].err))
            fail_msg("%s: message '%s' does not name %s", cases[i].in, err, cases[i].err);
        json_decref(in);
    }
}

/* ---- answers ---------------------------------------------------------- */

static json_t *response(const char *resp_text)
{
    json_t *resp = J(resp_text);
    json_t *a = api__messages_response(resp, "claude-test");

    json_decref(resp);
    assert_non_null(a);
    return a;
}

#define COMPLETION(message, finish)                                                               \
    "{'id':'chatcmpl-7','object':'chat.completion','model':'gpt-4o','choices':[{'index':0,"       \
    "'message':" message ",'finish_reason':" finish "}],'usage':{'prompt_tokens':11,"             \
    "'completion_tokens':5,'total_tokens':16}}"

static void test_response_text(void **state)
{
    json_t *a = response(COMPLETION("{'role':'assistant','content':'Hello!'}", "'stop'"));

    (void)state;
    assert_json(a,
                "{'id':'msg_chatcmpl-7','type':'message','role':'assistant','model':'claude-test',"
                "'content':[{'type':'text','text':'Hello!'}],'stop_reason':'end_turn',"
                "'stop_sequence':null,'usage':{'input_tokens':11,'output_tokens':5}}",
                "text answer");
    json_decref(a);
}

static void test_response_tool_calls(void **state)
{
    json_t *a = response(COMPLETION(
        "{'role':'assistant','content':'Let me look.','tool_calls':["
        "{'id':'call_1','type':'function','function':{'name':'get_weather',"
        "'arguments':'{\\'city\\':\\'Paris\\',\\'days\\':[1,2]}'}},"
        "{'id':'call_2','type':'function','function':{'name':'now','arguments':''}},"
        "{'id':'call_3','type':'function','function':{'name':'broken','arguments':'{\\'a\\':'}}]}",
        "'tool_calls'"));

    (void)state;
    assert_json(json_object_get(a, "content"),
                "[{'type':'text','text':'Let me look.'},"
                "{'type':'tool_use','id':'call_1','name':'get_weather',"
                "'input':{'city':'Paris','days':[1,2]}},"
                "{'type':'tool_use','id':'call_2','name':'now','input':{}},"
                "{'type':'tool_use','id':'call_3','name':'broken','input':{}}]",
                "tool_use blocks with parsed input");
    assert_string_equal(json_string_value(json_object_get(a, "stop_reason")), "tool_use");
    json_decref(a);

    /* No id, or "": one is made up, so that a tool_result can answer it. */
    a = response(COMPLETION("{'content':'','tool_calls':[{'id':'','function':{'name':'f',"
                            "'arguments':'{}'}},{'function':{'name':'g','arguments':'{}'}}]}",
                            "'tool_calls'"));
    assert_json(json_object_get(a, "content"),
                "[{'type':'tool_use','id':'toolu_llmgate_0','name':'f','input':{}},"
                "{'type':'tool_use','id':'toolu_llmgate_1','name':'g','input':{}}]",
                "made-up ids");
    json_decref(a);

    /* Tool calls alone: no empty text block. */
    a = response(COMPLETION("{'role':'assistant','content':null,'tool_calls':[{'id':'c',"
                            "'type':'function','function':{'name':'f','arguments':'{}'}}]}",
                            "'tool_calls'"));
    assert_int_equal(json_array_size(json_object_get(a, "content")), 1);
    json_decref(a);
}

static void test_response_stop_reasons(void **state)
{
    static const struct {
        const char *finish, *message, *want;
    } cases[] = {
        {"'stop'", "{'content':'x'}", "end_turn"},
        {"'length'", "{'content':'x'}", "max_tokens"},
        {"'tool_calls'", "{'content':'x'}", "tool_use"},
        {"'function_call'", "{'content':'x'}", "tool_use"},
        {"'content_filter'", "{'content':'x'}", "end_turn"},
        {"null", "{'content':'x'}", "end_turn"},
        /* Gemini's OpenAI endpoint ends a tool turn with "stop". */
        {"'stop'", "{'tool_calls':[{'id':'c','function':{'name':'f','arguments':'{}'}}]}",
         "tool_use"},
        /* A tool call cut short by max_tokens stays max_tokens. */
        {"'length'", "{'tool_calls':[{'id':'c','function':{'name':'f','arguments':'{'}}]}",
         "max_tokens"},
    };
    char text[512];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        json_t *a;

        snprintf(text, sizeof(text), "{'id':'x','choices':[{'message':%s,'finish_reason':%s}]}",
                 cases[i].message, cases[i].finish);
        a = response(text);
        if (strcmp(json_string_value(json_object_get(a, "stop_reason")), cases[i].want) != 0)
            fail_msg("finish_reason %s with %s: stop_reason %s, want %s", cases[i].finish,
                     cases[i].message, json_string_value(json_object_get(a, "stop_reason")),
                     cases[i].want);
        json_decref(a);
    }
}

static void test_response_ids_and_usage(void **state)
{
    json_t *a = response("{'id':'msg_abc','choices':[{'message':{'content':'x'}}]}");

    (void)state;
    assert_string_equal(json_string_value(json_object_get(a, "id")), "msg_abc");
    assert_json(json_object_get(a, "usage"), "{'input_tokens':0,'output_tokens':0}", "no usage");
    json_decref(a);
    a = response("{'choices':[{'message':{'content':''}}]}");
    assert_string_equal(json_string_value(json_object_get(a, "id")), "msg_llmgate");
    assert_json(json_object_get(a, "content"), "[]", "empty text is no block");
    json_decref(a);
}

/* ---- errors ----------------------------------------------------------- */

static void test_error_types(void **state)
{
    static const struct {
        int status;
        const char *type;
    } cases[] = {
        {400, "invalid_request_error"}, {422, "invalid_request_error"},
        {401, "authentication_error"},  {403, "permission_error"},
        {404, "not_found_error"},       {413, "request_too_large"},
        {429, "rate_limit_error"},      {503, "overloaded_error"},
        {529, "overloaded_error"},      {500, "api_error"},
        {502, "api_error"},             {504, "timeout_error"},
    };
    char want[256];

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        json_t *e = api__messages_error(cases[i].status, "went wrong");
        struct buf b;
        json_t *events;

        snprintf(want, sizeof(want),
                 "{'type':'error','error':{'type':'%s','message':'went wrong'}}", cases[i].type);
        assert_json(e, want, "error body");
        json_decref(e);

        /* The same as a stream event. */
        buf_init(&b, 1 << 16);
        assert_int_equal(api__messages_stream_error(cases[i].status, "went wrong", &b), 0);
        events = parse_sse(&b);
        assert_string_equal(names(events), "error");
        assert_json(nth(events, "error", 0), want, "error event");
        json_decref(events);
        buf_dispose(&b);
    }
    /* No message: still a non-empty string. */
    {
        json_t *e = api__messages_error(500, NULL);

        assert_true(json_string_length(json_object_get(json_object_get(e, "error"), "message")) >
                    0);
        json_decref(e);
    }
}

/* ---- streams ---------------------------------------------------------- */

static void test_stream_text(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'role':'assistant','content':''}", "null"));
    feed(&r, CHUNK("{'content':'Hel'}", "null"));
    feed(&r, CHUNK("{'content':'lo'}", "null"));
    feed(&r, CHUNK("{}", "'stop'"));
    feed(&r, USAGE_CHUNK(12, 3));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,"
                        "content_block_delta,content_block_stop,message_delta,message_stop");
    /* ping right after message_start, as Anthropic sends it. */
    assert_string_equal(json_string_value(json_object_get(json_array_get(r.events, 1), "event")),
                        "ping");
    assert_json(nth(r.events, "message_start", 0),
                "{'type':'message_start','message':{'id':'msg_chatcmpl-42','type':'message',"
                "'role':'assistant','model':'claude-test','content':[],'stop_reason':null,"
                "'stop_sequence':null,'usage':{'input_tokens':0,'output_tokens':0}}}",
                "message_start");
    assert_json(nth(r.events, "content_block_start", 0),
                "{'type':'content_block_start','index':0,'content_block':{'type':'text','text':''}}",
                "text block start");
    assert_json(nth(r.events, "content_block_delta", 0),
                "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':'Hel'}}",
                "first delta");
    assert_json(nth(r.events, "content_block_delta", 1),
                "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':'lo'}}",
                "second delta");
    assert_json(nth(r.events, "content_block_stop", 0), "{'type':'content_block_stop','index':0}",
                "block stop");
    assert_json(nth(r.events, "message_delta", 0),
                "{'type':'message_delta','delta':{'stop_reason':'end_turn','stop_sequence':null},"
                "'usage':{'input_tokens':12,'output_tokens':3}}",
                "message_delta from the usage chunk");
    assert_json(nth(r.events, "message_stop", 0), "{'type':'message_stop'}", "message_stop");
    run_dispose(&r);
}

/* The gateway's own usage (prov_usage) wins over the chunks'. */
static void test_stream_usage(void **state)
{
    struct prov_usage u = {.prompt_tokens = 100, .completion_tokens = 7, .set = true};
    struct prov_usage unset = {.prompt_tokens = 1, .completion_tokens = 1, .set = false};
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'content':'x'}", "'length'"));
    end(&r, &u);
    assert_json(nth(r.events, "message_delta", 0),
                "{'type':'message_delta','delta':{'stop_reason':'max_tokens','stop_sequence':null},"
                "'usage':{'input_tokens':100,'output_tokens':7}}",
                "usage from prov_usage");
    run_dispose(&r);

    /* A usage chunk alone (no choices) starts the message and opens no block. */
    run_init(&r);
    feed(&r, USAGE_CHUNK(5, 0));
    end(&r, &unset);
    assert_string_equal(names(r.events), "message_start,message_delta,message_stop");
    assert_json(json_object_get(nth(r.events, "message_delta", 0), "usage"),
                "{'input_tokens':5,'output_tokens':0}", "usage chunk, unset prov_usage");
    run_dispose(&r);
}

/* No chunk at all (a stream that ended at once): still a whole message. */
static void test_stream_empty(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    end(&r, NULL);
    assert_string_equal(names(r.events), "message_start,message_delta,message_stop");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_start", 0), "message"), "id")),
                        "msg_llmgate");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_delta", 0), "delta"),
                            "stop_reason")),
                        "end_turn");
    run_dispose(&r);
}

static void test_stream_text_then_tool(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'role':'assistant','content':''}", "null"));
    feed(&r, CHUNK("{'content':'Checking.'}", "null"));
    feed(&r, TOOL_START(0, "call_1", "get_weather"));
    feed(&r, TOOL_ARGS(0, "{\\'ci"));
    feed(&r, TOOL_ARGS(0, "ty\\':\\'Par"));
    feed(&r, TOOL_ARGS(0, "is\\'}"));
    feed(&r, CHUNK("{}", "'tool_calls'"));
    feed(&r, USAGE_CHUNK(20, 9));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_stop,"
                        "content_block_start,content_block_delta,content_block_delta,"
                        "content_block_delta,content_block_stop,message_delta,message_stop");
    assert_json(nth(r.events, "content_block_start", 1),
                "{'type':'content_block_start','index':1,'content_block':{'type':'tool_use',"
                "'id':'call_1','name':'get_weather','input':{}}}",
                "tool block start");
    assert_json(nth(r.events, "content_block_stop", 0), "{'type':'content_block_stop','index':0}",
                "text block closed before the tool block");
    assert_json(nth(r.events, "content_block_stop", 1), "{'type':'content_block_stop','index':1}",
                "tool block stop");
    assert_string_equal(tool_json(r.events, 1), "{\"city\":\"Paris\"}");
    assert_json(nth(r.events, "message_delta", 0),
                "{'type':'message_delta','delta':{'stop_reason':'tool_use','stop_sequence':null},"
                "'usage':{'input_tokens':20,'output_tokens':9}}",
                "tool_use");
    run_dispose(&r);
}

static void test_stream_two_tools(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'role':'assistant','content':null}", "null"));
    feed(&r, TOOL_START(0, "call_a", "get_weather"));
    feed(&r, TOOL_ARGS(0, "{\\'city\\':"));
    feed(&r, TOOL_ARGS(0, "\\'Rome\\'}"));
    feed(&r, TOOL_START(1, "call_b", "get_time"));
    feed(&r, TOOL_ARGS(1, "{\\'tz\\':\\'CET\\'}"));
    feed(&r, CHUNK("{}", "'tool_calls'"));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_delta,"
                        "content_block_stop,content_block_start,content_block_delta,"
                        "content_block_stop,message_delta,message_stop");
    assert_json(nth(r.events, "content_block_start", 0),
                "{'type':'content_block_start','index':0,'content_block':{'type':'tool_use',"
                "'id':'call_a','name':'get_weather','input':{}}}",
                "first tool");
    assert_json(nth(r.events, "content_block_start", 1),
                "{'type':'content_block_start','index':1,'content_block':{'type':'tool_use',"
                "'id':'call_b','name':'get_time','input':{}}}",
                "second tool");
    assert_string_equal(tool_json(r.events, 0), "{\"city\":\"Rome\"}");
    assert_string_equal(tool_json(r.events, 1), "{\"tz\":\"CET\"}");
    run_dispose(&r);
}

/* Whole tool calls in one chunk each (Gemini's and Ollama's style), the
 * second with text after it, ending with finish_reason "stop". */
static void test_stream_whole_tool_chunks(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'tool_calls':[{'index':0,'id':'c0','type':'function','function':{'name':'a',"
                   "'arguments':'{\\'x\\':1}'}},{'index':1,'id':'c1','type':'function',"
                   "'function':{'name':'b','arguments':'{}'}}]}",
                   "null"));
    feed(&r, CHUNK("{}", "'stop'"));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_stop,"
                        "content_block_start,content_block_delta,content_block_stop,message_delta,"
                        "message_stop");
    assert_string_equal(tool_json(r.events, 0), "{\"x\":1}");
    assert_string_equal(tool_json(r.events, 1), "{}");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_delta", 0), "delta"),
                            "stop_reason")),
                        "tool_use");
    run_dispose(&r);

    /* Text after a tool call opens a new text block; the turn ends in text. */
    run_init(&r);
    feed(&r, TOOL_START(0, "c0", "a"));
    feed(&r, TOOL_ARGS(0, "{}"));
    feed(&r, CHUNK("{'content':'done'}", "null"));
    feed(&r, CHUNK("{}", "'stop'"));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_stop,"
                        "content_block_start,content_block_delta,content_block_stop,message_delta,"
                        "message_stop");
    assert_json(nth(r.events, "content_block_start", 1),
                "{'type':'content_block_start','index':1,'content_block':{'type':'text','text':''}}",
                "text after a tool");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_delta", 0), "delta"),
                            "stop_reason")),
                        "end_turn");
    run_dispose(&r);
}

/* Deltas as servers other than OpenAI send them: Gemini's OpenAI endpoint
 * gives no index and no id, one whole call per delta; others repeat the id
 * on every delta, or send "id": null after the first. */
static void test_stream_tool_quirks(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    feed(&r, CHUNK("{'tool_calls':[{'id':'','type':'function','function':{'name':'a',"
                   "'arguments':'{\\'x\\':1}'}}]}",
                   "null"));
    feed(&r, CHUNK("{'tool_calls':[{'type':'function','function':{'name':'b',"
                   "'arguments':'{\\'y\\':2}'}}]}",
                   "null"));
    feed(&r, CHUNK("{}", "'stop'"));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_stop,"
                        "content_block_start,content_block_delta,content_block_stop,message_delta,"
                        "message_stop");
    assert_json(nth(r.events, "content_block_start", 0),
                "{'type':'content_block_start','index':0,'content_block':{'type':'tool_use',"
                "'id':'toolu_llmgate_0','name':'a','input':{}}}",
                "no index, empty id");
    assert_json(nth(r.events, "content_block_start", 1),
                "{'type':'content_block_start','index':1,'content_block':{'type':'tool_use',"
                "'id':'toolu_llmgate_1','name':'b','input':{}}}",
                "no index, no id");
    assert_string_equal(tool_json(r.events, 0), "{\"x\":1}");
    assert_string_equal(tool_json(r.events, 1), "{\"y\":2}");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_delta", 0), "delta"),
                            "stop_reason")),
                        "tool_use");
    run_dispose(&r);

    run_init(&r);
    feed(&r, TOOL_START(0, "call_1", "f"));
    feed(&r, CHUNK("{'tool_calls':[{'index':0,'id':'call_1','function':{'arguments':'{\\'a\\''}}]}",
                   "null"));
    feed(&r, CHUNK("{'tool_calls':[{'index':0,'id':null,'function':{'arguments':':1}'}}]}",
                   "null"));
    end(&r, NULL);
    assert_string_equal(names(r.events),
                        "message_start,content_block_start,content_block_delta,content_block_delta,"
                        "content_block_stop,message_delta,message_stop");
    assert_string_equal(tool_json(r.events, 0), "{\"a\":1}");
    run_dispose(&r);
}

/* The message id and the model: msg_ prefix added once; the client's model. */
static void test_stream_ids(void **state)
{
    struct run r;

    (void)state;
    run_init(&r);
    r.st.model = "my-alias";
    feed(&r, "{'id':'msg_01X','choices':[{'delta':{'content':'a'}}]}");
    end(&r, NULL);
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_start", 0), "message"), "id")),
                        "msg_01X");
    assert_string_equal(json_string_value(json_object_get(
                            json_object_get(nth(r.events, "message_start", 0), "message"),
                            "model")),
                        "my-alias");
    assert_int_equal(json_array_size(r.events), 7); /* start, ping, 3 block events, delta, stop */
    run_dispose(&r);
}

/* ---- count_tokens ----------------------------------------------------- */

static long count(const char *text)
{
    json_t *in = J(text);
    long n = api__messages_count(in);

    json_decref(in);
    return n;
}

static void test_count_tokens(void **state)
{
    long small, with_system, with_tools, image;
    char *big;
    size_t len = 200000;
    json_t *in;

    (void)state;
    assert_int_equal(count("{'messages':[]}"), 0);
    /* "user" + "hello world!!" = 17 bytes: 5 tokens at four bytes a token. */
    small = count("{'messages':[{'role':'user','content':'hello world!!'}]}");
    assert_int_equal(small, 5);
    with_system = count("{'system':'Be brief.','messages':[{'role':'user','content':'hello world!!'}]}");
    assert_true(with_system > small);
    /* Tools count as their JSON, keys included. */
    with_tools = count("{'messages':[{'role':'user','content':'hello world!!'}],'tools':[{'name':"
                       "'get_weather','input_schema':{'type':'object','properties':{'city':{"
                       "'type':'string'}}}}]}");
    assert_true(with_tools >= small + 80 / 4);

    /* A 200 kB base64 image is about 1600 tokens, not 50000. */
    big = malloc(len + 1);
    assert_non_null(big);
    memset(big, 'A', len);
    big[len] = '\0';
    in = json_pack("{s:[{s:s,s:[{s:s,s:{s:s,s:s,s:s}},{s:s,s:s}]}]}", "messages", "role", "user",
                   "content", "type", "image", "source", "type", "base64", "media_type",
                   "image/png", "data", big, "type", "text", "text", "what is it?");
    image = api__messages_count(in);
    assert_true(image >= 1600 && image < 1700);
    json_decref(in);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_request_table),
        cmocka_unit_test(test_request_errors),
        cmocka_unit_test(test_response_text),
        cmocka_unit_test(test_response_tool_calls),
        cmocka_unit_test(test_response_stop_reasons),
        cmocka_unit_test(test_response_ids_and_usage),
        cmocka_unit_test(test_error_types),
        cmocka_unit_test(test_stream_text),
        cmocka_unit_test(test_stream_usage),
        cmocka_unit_test(test_stream_empty),
        cmocka_unit_test(test_stream_text_then_tool),
        cmocka_unit_test(test_stream_two_tools),
        cmocka_unit_test(test_stream_whole_tool_chunks),
        cmocka_unit_test(test_stream_tool_quirks),
        cmocka_unit_test(test_stream_ids),
        cmocka_unit_test(test_count_tokens),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
