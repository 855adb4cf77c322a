/*
 * worker: threads and the life of the process.
 *
 * api_serve() starts N worker threads. Each owns a libuv loop, a listener on
 * the shared port (SO_REUSEPORT: the kernel spreads connections), an upstream
 * client, and every connection it accepted; nothing on the request path is
 * shared between workers but the immutable config snapshot.
 *
 * The main thread waits for SIGTERM or SIGINT, flips api__draining (readiness
 * answers 503 from then on) and wakes every worker, which closes its
 * listener, lets in-flight requests and streams finish (bounded by the drain
 * timeout) and leaves its loop. Then the process exits 0.
 */
#include "api_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "guard/guard.h"
#include "guard/rail.h"
#include "obs/obs.h"
#include "util/err.h"
#include "util/time.h"

_Atomic bool api__draining;
int64_t api__started_at;

static void route(struct http_req *r, void *ctx)
{
    struct api_worker *w = ctx;
    struct str p = r->path;

    /* LiteLLM serves every OpenAI route with and without /v1 (and
     * /openai/deployments/... for Azure clients, later). */
    if (str_starts_with(p, STR_LIT("/v1/")))
        p = str_of(p.ptr + 3, p.len - 3);
    if (api__presidio(w, r, p))
        return;
    if (r->method == HTTP_M_POST) {
        if (str_eq_c(p, "/chat/completions"))
            return api__llm(w, r, PROV_CHAT);
        if (str_eq_c(p, "/completions"))
            return api__llm(w, r, PROV_COMPLETION);
        if (str_eq_c(p, "/embeddings"))
            return api__llm(w, r, PROV_EMBEDDING);
        if (str_eq_c(p, "/messages"))
            return api__messages(w, r);
        if (str_eq_c(p, "/messages/count_tokens"))
            return api__count_tokens(w, r);
    } else if (r->method == HTTP_M_GET || r->method == HTTP_M_HEAD) {
        if (str_eq_c(p, "/health/liveliness") || str_eq_c(p, "/health/liveness")) {
            struct http_header h = {STR_LIT("Content-Type"), STR_LIT("application/json")};

            http_respond(r, 200, &h, 1, STR_LIT("\"I'm alive!\""));
            return;
        }
        if (str_eq_c(p, "/health/readiness"))
            return api__readiness(w, r);
        if (str_eq_c(p, "/health"))
            return api__health(w, r);
        if (str_eq_c(p, "/models") || str_eq_c(p, "/model/info"))
            return api__models(w, r);
    }
    if (str_eq_c(p, "/chat/completions") || str_eq_c(p, "/completions") ||
        str_eq_c(p, "/embeddings") || str_eq_c(p, "/models") ||
        str_starts_with(p, STR_LIT("/health"))) {
        api__send_error(r, 405, "method not allowed on this route", "invalid_request_error", NULL,
                        "405");
        return;
    }
    if (str_starts_with(p, STR_LIT("/messages"))) {
        json_t *e = api__messages_error(404, "no such route");

        api__send_json(r, 404, e, NULL, 0);
        json_decref(e);
        return;
    }
    api__send_error(r, 404, "no such route", "invalid_request_error", NULL, "404");
}

/* Errors the HTTP layer answers itself, in the shape of the route's API. */
static void error_body(const struct http_req *r, int status, const char *message, struct buf *out)
{
    struct str p = r->path;
    json_t *e;
    char code[16];

    if (str_starts_with(p, STR_LIT("/v1/")))
        p = str_of(p.ptr + 3, p.len - 3);
    snprintf(code, sizeof(code), "%d", status);
    if (str_starts_with(p, STR_LIT("/messages")))
        e = api__messages_error(status, message);
    else
        e = api__error_json(status, message, status == 408 ? "timeout" : "invalid_request_error",
                            NULL, code);
    if (e) {
        char tmp[1024];
        size_t n = json_dumpb(e, tmp, sizeof(tmp), JSON_COMPACT);

        if (n <= sizeof(tmp))
            buf_append(out, tmp, n);
        json_decref(e);
    }
}

static void on_drained(struct http_server *s)
{
    struct api_worker *w = (struct api_worker *)((char *)s - offsetof(struct api_worker, http));

    /* The last connection is gone: let the loop end. */
    up_client_close(&w->up);
    uv_close((uv_handle_t *)&w->wake, NULL);
    uv_close((uv_handle_t *)&w->http.drain_timer, NULL);
    uv_close((uv_handle_t *)&w->log_flush, NULL);
}

static void on_log_flush(uv_prepare_t *h)
{
    obs_flush();
}

static void worker_end(struct api_worker *w)
{
    uv_run(&w->loop, UV_RUN_DEFAULT);
    uv_loop_close(&w->loop);
    if (w->gscratch)
        guard_scratch_free(w->gscratch);
    obs_buffer_end();
    auth_thread_release();
}

static void on_wake(uv_async_t *a)
{
    struct api_worker *w = a->data;

    http_server_drain(&w->http);
}

static void worker_main(void *arg)
{
    struct api_worker *w = arg;
    struct http_limits lim = {
        .max_body = w->cfg->max_request_bytes,
        .header_timeout = w->opt->header_timeout,
        .idle_timeout = w->opt->idle_timeout,
        .drain_timeout = w->opt->drain_timeout,
    };
    int rc;

    uv_loop_init(&w->loop);
    obs_buffer_begin();
    /* Before the loop blocks, not after its callbacks: a line written in a
     * close callback, which runs after the check phase, must not wait for the
     * next event. */
    uv_prepare_init(&w->loop, &w->log_flush);
    uv_prepare_start(&w->log_flush, on_log_flush);
    uv_unref((uv_handle_t *)&w->log_flush); /* never what keeps the loop alive */
    if (getrandom(&w->rng, sizeof(w->rng), 0) != sizeof(w->rng))
        w->rng = time_mono_us() ^ (uint64_t)w->index;
    rc = up_client_init(&w->up, &w->loop);
    if (rc == 0 && w->guard && guard_scratch_new(w->guard, &w->gscratch) < 0)
        w->gscratch = NULL; /* the Presidio routes answer 500; nothing else needs it */
    if (rc == 0)
        rc = http_server_init(&w->http, &w->loop, w->opt->host, w->opt->port, &lim, route, w);
    w->start_rc = rc;
    uv_async_init(&w->loop, &w->wake, on_wake);
    w->wake.data = w;
    w->http.on_drained = on_drained;
    w->http.error_body = error_body;
    uv_sem_post(w->started);
    if (rc < 0) {
        uv_close((uv_handle_t *)&w->wake, NULL);
        uv_close((uv_handle_t *)&w->log_flush, NULL);
        up_client_close(&w->up);
        worker_end(w);
        return;
    }
    worker_end(w);
}

static struct {
    uv_signal_t term, intr;
    struct api_worker *ws;
} sigs;

static void on_signal(uv_signal_t *s, int signum)
{
    api__draining = true;
    obs_log_event("info", "draining",
                  signum == SIGTERM ? "\"signal\":\"SIGTERM\"" : "\"signal\":\"SIGINT\"");
    for (int i = 0; sigs.ws[i].cfg; i++)
        uv_async_send(&sigs.ws[i].wake);
    /* With both stopped the main loop has nothing left and returns. */
    uv_signal_stop(&sigs.term);
    uv_signal_stop(&sigs.intr);
}

int api_serve(struct cfg *cfg, const struct api_options *opt)
{
    int n = opt->workers > 0 ? opt->workers : (int)uv_available_parallelism();
    struct api_worker *ws = calloc((size_t)n + 1, sizeof(*ws));
    uv_sem_t started;
    struct route rt;
    struct guard_engine *guard = NULL;
    struct guard_rails *rails = NULL;
    const char *gerr = NULL;
    char fields[256];
    int rc = 0;
    uint64_t t0 = time_mono_us();

    if (!ws)
        return GW_ENOMEM;
    signal(SIGPIPE, SIG_IGN);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    api__started_at = time_wall_s();
    rc = route_init(&rt, cfg);
    if (rc < 0) {
        free(ws);
        return rc;
    }
    /* One PII engine for the process, immutable once built; without it the
     * gateway still serves, and the Presidio routes answer 500. */
    if (guard_engine_new(NULL, &guard, &gerr) < 0) {
        snprintf(fields, sizeof(fields), "\"error\":\"%s\"", gerr ? gerr : "unknown");
        obs_log_event("error", "pii engine unavailable", fields);
        guard = NULL;
    }
    if (cfg->guardrails) {
        char err[256] = "";

        /* A guardrail that cannot run must not be skipped: refuse to start. */
        rc = guard ? guard_rails_new(cfg->guardrails, &rails, err, sizeof(err)) : GW_ECONFIG;
        if (rc < 0) {
            fprintf(stderr, "llmgate: guardrails: %s\n",
                    guard ? err : "the PII engine is not available");
            if (guard)
                guard_engine_free(guard);
            route_dispose(&rt);
            free(ws);
            return rc;
        }
    }
    obs_writer_start();
    uv_sem_init(&started, 0);
    for (int i = 0; i < n; i++) {
        ws[i].index = i;
        ws[i].guard = guard;
        ws[i].rails = rails;
        ws[i].cfg = cfg;
        ws[i].rt = &rt;
        ws[i].opt = opt;
        ws[i].started = &started;
        uv_thread_create(&ws[i].thread, worker_main, &ws[i]);
    }
    for (int i = 0; i < n; i++)
        uv_sem_wait(&started);
    for (int i = 0; i < n; i++)
        if (ws[i].start_rc < 0)
            rc = ws[i].start_rc;
    sigs.ws = ws;
    uv_signal_init(uv_default_loop(), &sigs.term);
    uv_signal_init(uv_default_loop(), &sigs.intr);
    if (rc < 0) {
        fprintf(stderr, "llmgate: cannot listen on %s:%d: %s\n", opt->host, opt->port,
                gw_strerror(rc));
        api__draining = true;
        for (int i = 0; i < n; i++)
            if (ws[i].start_rc == 0)
                uv_async_send(&ws[i].wake);
    } else {
        uv_signal_start(&sigs.term, on_signal, SIGTERM);
        uv_signal_start(&sigs.intr, on_signal, SIGINT);
        snprintf(
            fields, sizeof(fields),
            "\"host\":\"%s\",\"port\":%d,\"workers\":%d,\"deployments\":%zu,\"startup_us\":%llu",
            opt->host, opt->port, n, cfg->n_deployments, (unsigned long long)(time_mono_us() - t0));
        obs_log_event("info", "ready", fields);
        uv_run(uv_default_loop(), UV_RUN_DEFAULT);
    }
    for (int i = 0; i < n; i++)
        uv_thread_join(&ws[i].thread);
    obs_writer_stop(); /* every request line is written before "stopped" */
    uv_close((uv_handle_t *)&sigs.term, NULL);
    uv_close((uv_handle_t *)&sigs.intr, NULL);
    uv_run(uv_default_loop(), UV_RUN_DEFAULT);
    uv_loop_close(uv_default_loop());
    uv_sem_destroy(&started);
    free(ws);
    route_dispose(&rt);
    guard_rails_free(rails);
    if (guard)
        guard_engine_free(guard);
    curl_global_cleanup();
    if (rc == 0)
        obs_log_event("info", "stopped", NULL);
    return rc;
}
