/*
 * analyzer: the external Presidio analyzers of guardrails that name one
 * (presidio_analyzer_api_base). The guard lists the texts an external rail
 * must see (guard_call_need); this file POSTs each to that rail's
 * {api_base}/analyze as LiteLLM does, one text per call since Presidio's
 * /analyze takes one (a text longer than the rail's
 * presidio_analyze_chunk_size_bytes comes as several pieces: the guard
 * splits it and joins the answers), with the rail's `timeout`, at most
 * API_ANALYZER_PARALLEL of a call's texts at a time, hands every answer to
 * the guard (guard_call_supply) and calls the caller back once all are in.
 *
 *   api__analysis_start ── launch ──▶ up_start × n ──▶ on_done ── supply
 *                                         ▲                │
 *                                         └─ launch more ◀─┘── last: done()
 *
 * Only what went wrong is logged, by rail name and status: never a text,
 * never an answer (the answer holds the text's PII by position).
 */
#include "api_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard/rail.h"
#include "obs/obs.h"
#include "util/err.h"
#include "util/jread.h"
#include "util/jwrite.h"

#define API_ANALYZER_PARALLEL 8
#define API_ANALYZER_MAX_BODY (8u * 1024 * 1024)

struct api__analyzer_req {
    struct up_req up;
    struct api__analysis *a;
    size_t index; /* of the guard's need */
    char *body;   /* heap */
    struct buf resp;
};

/* LiteLLM's /analyze payload for one text: heap bytes (free()), or NULL. */
static char *payload(const struct guard_need *n, size_t *len)
{
    json_t *o = json_object();
    struct buf b;

    json_object_set_new(o, "text", json_stringn(n->text.ptr, n->text.len));
    json_object_set_new(o, "language", json_string(n->an->language));
    if (n->an->entities)
        json_object_set(o, "entities", n->an->entities);
    if (n->an->ad_hoc)
        json_object_set(o, "ad_hoc_recognizers", (json_t *)n->an->ad_hoc);
    buf_init(&b, (size_t)1 << 31);
    if (jwrite(o, 0, jwrite_buf, &b) != 0 || b.len == 0)
        buf_dispose(&b);
    json_decref(o);
    *len = b.len;
    return b.ptr; /* the buffer's heap block, the caller's to free() */
}

static void req_dispose(struct api__analyzer_req *q)
{
    up_cancel(&q->up);
    free(q->body);
    q->body = NULL;
    buf_dispose(&q->resp);
}

static int on_data(struct up_req *u, const char *p, size_t n)
{
    struct api__analyzer_req *q = u->udata;

    return buf_append(&q->resp, p, n) < 0 ? GW_ETOOBIG : 0;
}

/* Logged without the text: the rail, and what the analyzer did. */
static void log_failure(const struct api__analyzer_req *q, const char *what)
{
    const struct guard_need *n = guard_call_need(q->a->gc, q->index);
    char fields[256];

    snprintf(fields, sizeof(fields),
             "\"request_id\":\"%s\",\"guardrail\":\"%s\",\"status\":%ld,"
             "\"error\":\"%s\"",
             q->a->request_id ? q->a->request_id : "", n ? n->an->rail : "?", q->up.status, what);
    obs_log_event("warn", "guardrail analyzer failed", fields);
}

/* The analyzer's answer for one text, to the guard; what it cannot take
 * (not 2xx, not JSON, not a list of results) counts as no answer. */
static void take_answer(struct api__analyzer_req *q, int rc)
{
    json_t *j = NULL;

    if (rc < 0) {
        log_failure(q, rc == GW_EUPTIMEOUT ? "timeout"
                       : rc == GW_ETOOBIG  ? "answer too large"
                                           : "unreachable");
    } else if (q->up.status < 200 || q->up.status >= 300) {
        log_failure(q, "not 2xx");
    } else {
        j = jread(q->resp.ptr ? q->resp.ptr : "", q->resp.len, 0, NULL);
        if (!j)
            log_failure(q, "answer is not JSON");
    }
    if (guard_call_supply(q->a->gc, q->index, j) < 0 && j)
        log_failure(q, "answer is not a list of results");
    json_decref(j);
}

static void req_done(struct up_req *u, int rc);

/* Starts texts while fewer than API_ANALYZER_PARALLEL are in flight. One
 * that cannot start counts as unanswered. */
static void launch(struct api__analysis *a)
{
    while (a->inflight < API_ANALYZER_PARALLEL && a->next < a->n) {
        struct api__analyzer_req *q = &a->reqs[a->next++];
        const struct guard_need *n = guard_call_need(a->gc, q->index);
        size_t len = 0;

        q->body = payload(n, &len);
        q->up.url = n->an->url;
        q->up.headers = a->headers;
        q->up.body = str_of(q->body ? q->body : "", len);
        q->up.timeout_ms = n->an->timeout_ms;
        q->up.connect_timeout_ms = n->an->timeout_ms;
        q->up.on_data = on_data;
        q->up.on_done = req_done;
        q->up.udata = q;
        if (!q->body || !a->headers || up_start(&a->w->up, &q->up) < 0) {
            log_failure(q, "could not start");
            guard_call_supply(a->gc, q->index, NULL);
            a->finished++;
            continue;
        }
        a->inflight++;
    }
}

static void req_done(struct up_req *u, int rc)
{
    struct api__analyzer_req *q = u->udata;
    struct api__analysis *a = q->a;

    take_answer(q, rc);
    free(q->body);
    q->body = NULL;
    buf_dispose(&q->resp);
    a->inflight--;
    a->finished++;
    launch(a);
    if (a->finished == a->n) {
        /* Last thing done here: the callback may end the request, and `a`
         * with it. */
        api__analysis_cancel(a);
        a->done(a->udata);
    }
}

int api__analysis_start(struct api__analysis *a, struct api_worker *w, struct guard_call *gc,
                        const char *request_id, void (*done)(void *udata), void *udata)
{
    size_t n = guard_call_needs(gc);

    api__analysis_cancel(a);
    memset(a, 0, sizeof(*a));
    a->w = w;
    a->gc = gc;
    a->request_id = request_id;
    a->done = done;
    a->udata = udata;
    a->n = n;
    a->reqs = calloc(n ? n : 1, sizeof(*a->reqs));
    if (!a->reqs)
        return GW_ENOMEM;
    a->headers = curl_slist_append(NULL, "Content-Type: application/json");
    if (a->headers)
        a->headers = curl_slist_append(a->headers, "Accept: application/json");
    for (size_t i = 0; i < n; i++) {
        a->reqs[i].a = a;
        a->reqs[i].index = i;
        buf_init(&a->reqs[i].resp, API_ANALYZER_MAX_BODY);
    }
    launch(a);
    if (a->finished == a->n) {
        /* Nothing could start: the caller goes on now, there is no callback. */
        api__analysis_cancel(a);
        return 1;
    }
    return 0;
}

void api__analysis_cancel(struct api__analysis *a)
{
    if (!a->reqs)
        return;
    for (size_t i = 0; i < a->n; i++)
        req_dispose(&a->reqs[i]);
    free(a->reqs);
    a->reqs = NULL;
    curl_slist_free_all(a->headers);
    a->headers = NULL;
}
