/*
 * What translation costs per request, measured in-process so that the
 * machine's noise stays out: for each route, the client's JSON is parsed,
 * the provider's request built, and a typical provider answer turned back
 * into the client's shape, N times. The OpenAI pass-through row is the
 * floor every route pays; the difference is the translation.
 *
 *   bench/translate/run.sh
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api/api_int.h"
#include "providers/prov.h"
#include "util/arena.h"

static const char chat_req[] =
    "{\"model\":\"m\",\"max_tokens\":256,\"temperature\":0.2,\"messages\":["
    "{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
    "{\"role\":\"user\",\"content\":\"What is the capital of France? Answer in one sentence.\"}]}";

static const char openai_resp[] =
    "{\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion\",\"created\":1700000000,"
    "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
    "\"content\":\"The capital of France is Paris.\",\"refusal\":null},\"logprobs\":null,"
    "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":24,\"completion_tokens\":8,"
    "\"total_tokens\":32}}";

static const char anthropic_resp[] =
    "{\"id\":\"msg_01XFDUDYJgAACzvnptvVoYEL\",\"type\":\"message\",\"role\":\"assistant\","
    "\"model\":\"claude-3-5-sonnet-20241022\",\"content\":[{\"type\":\"text\",\"text\":"
    "\"The capital of France is Paris.\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
    "\"usage\":{\"input_tokens\":24,\"output_tokens\":8}}";

static const char messages_req[] =
    "{\"model\":\"m\",\"max_tokens\":256,\"system\":\"You are a helpful assistant.\","
    "\"messages\":[{\"role\":\"user\",\"content\":\"What is the capital of France? Answer in "
    "one sentence.\"}]}";

static double now_us(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* One request through a provider: parse, encode, decode (or peek). */
static void one(const struct prov_ops *ops, struct cfg_deployment *d, const char *req,
                const char *resp, bool peek)
{
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .dep = d};
    struct prov_http http = {0};
    struct prov_usage u = {0};
    json_t *j = json_loads(req, 0, NULL), *out = NULL;

    arena_init(&a, 8192);
    call.req = j;
    call.raw = str_from(req); /* the client's bytes, as the gateway passes them */
    call.arena = &a;
    ops->encode(&call, &http);
    if (peek)
        ops->peek(&call, str_from(resp), &u);
    else
        ops->decode(&call, str_from(resp), &out, &u);
    json_decref(out);
    json_decref(j);
    arena_dispose(&a);
}

/* The Anthropic dialect in front of an OpenAI deployment. */
static void ingress(struct cfg_deployment *d)
{
    json_t *in = json_loads(messages_req, 0, NULL), *req = NULL, *resp, *back;
    const char *err;
    struct arena a;
    struct prov_call call = {.op = PROV_CHAT, .dep = d};
    struct prov_http http = {0};
    struct prov_usage u = {0};

    arena_init(&a, 8192);
    api__messages_request(in, &req, &err);
    call.req = req;
    call.arena = &a;
    prov_openai.encode(&call, &http);
    prov_openai.decode(&call, str_from(openai_resp), &resp, &u);
    back = api__messages_response(resp, "m");
    free(json_dumps(back, JSON_COMPACT));
    json_decref(back);
    json_decref(resp);
    json_decref(req);
    json_decref(in);
    arena_dispose(&a);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 200000;
    struct cfg_deployment oa = {.model_name = "m", .provider = "openai", .model = "gpt-4o-mini",
                                .api_base = "http://127.0.0.1:1/v1", .api_key = "sk-x"};
    struct cfg_deployment an = {.model_name = "m", .provider = "anthropic",
                                .model = "claude-3-5-sonnet-20241022",
                                .api_base = "http://127.0.0.1:1", .api_key = "sk-ant-x"};
    double t0, base, prov, ingr;

    for (int i = 0; i < n / 10; i++) /* warm up */
        one(&prov_openai, &oa, chat_req, openai_resp, true);
    t0 = now_us();
    for (int i = 0; i < n; i++)
        one(&prov_openai, &oa, chat_req, openai_resp, true);
    base = (now_us() - t0) / n;
    t0 = now_us();
    for (int i = 0; i < n; i++)
        one(&prov_anthropic, &an, chat_req, anthropic_resp, false);
    prov = (now_us() - t0) / n;
    t0 = now_us();
    for (int i = 0; i < n; i++)
        ingress(&oa);
    ingr = (now_us() - t0) / n;
    printf("| route | µs per request | translation over the OpenAI pass-through |\n");
    printf("| --- | ---: | ---: |\n");
    printf("| OpenAI client → openai/ (pass-through) | %.2f | 0 |\n", base);
    printf("| OpenAI client → anthropic/ (translated both ways) | %.2f | %.2f |\n", prov,
           prov - base);
    printf("| Anthropic client (/v1/messages) → openai/ | %.2f | %.2f |\n", ingr, ingr - base);
    return 0;
}
