/*
 * stream: what post_call scanning costs a streamed answer, per chunk. A
 * presidio guardrail (all entity types, MASK) is fed an answer the way a
 * model streams it, a few characters per chunk, through guard_stream_feed
 * and guard_stream_flush, as src/api/llm.c does. Prints the microseconds per
 * chunk (mean and p99 over every chunk of every repetition), how many bytes
 * were held back at most, and checks that no entity reached the output.
 * Then one long answer (the same text over and over, `mb` MB) through a
 * single stream: per-chunk cost and the process's memory before and after,
 * so that what a stream keeps (held text, context, Hyperscan's reports)
 * is seen not to grow with the answer.
 *
 *   bench/pii/stream.sh [reps [mb]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guard/guard.h"
#include "guard/rail.h"
#include "util/buf.h"

static const char answer[] =
    "Sure. I have updated the booking for Margaret Okonkwo: her new contact email is "
    "m.okonkwo@northwind-travel.com and her phone number is (415) 555-0132. The card on file, "
    "4111 1111 1111 1111, will be charged on arrival. She lands in Lisbon on 14 March 2025 "
    "and stays at the Hotel Avenida Palace; the reference is QX7-22. If anything changes, "
    "tell her colleague Daniel Ferreira at Northwind Travel, who booked the trip from the "
    "office at 1 Market Street, San Francisco. Her passport number was not needed. Let me "
    "know if you want me to add travel insurance or a rental car for the week, and I will "
    "send the updated itinerary to the same email address once it is confirmed.";

static double now_us(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

/* VmRSS or VmHWM of this process, in KB. */
static long status_kb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;

    while (f && fgets(line, sizeof(line), f))
        if (strncmp(line, key, strlen(key)) == 0)
            v = atol(line + strlen(key) + 1);
    if (f)
        fclose(f);
    return v;
}

/* The long answer: `mb` MB through one stream. */
static int long_answer(struct guard_engine *e, struct guard_scratch *s, struct guard_rails *rs,
                       const json_t *req, size_t mb)
{
    size_t n = strlen(answer), fed = 0, chunks = 0, i = 0;
    struct guard_call gc;
    struct guard_stream st;
    struct guard_verdict v;
    struct buf out;
    long rss0 = status_kb("VmRSS:");
    double t0 = now_us();

    memset(&v, 0, sizeof(v));
    buf_init(&out, 1 << 20);
    guard_call_init(&gc, rs, e, s, (json_t *)req);
    guard_stream_init(&st, &gc);
    while (fed < mb << 20) {
        for (size_t off = 0; off < n; i++, chunks++) {
            size_t len = 1 + (i * 7919) % 7;

            if (len > n - off)
                len = n - off;
            buf_reset(&out);
            if (guard_stream_feed(&st, str_of(answer + off, len), &out, &v) < 0) {
                fprintf(stderr, "stream: the guard failed\n");
                return 1;
            }
            off += len;
        }
        fed += n;
    }
    guard_stream_flush(&st, &out, &v);
    printf("| one answer of %zu MB through one stream | %zu | %.2f | RSS %ld KB before, %ld KB "
           "after, %ld KB at most |\n",
           mb, chunks, (now_us() - t0) / (double)chunks, rss0, status_kb("VmRSS:"),
           status_kb("VmHWM:"));
    guard_stream_dispose(&st);
    guard_call_dispose(&gc);
    buf_dispose(&out);
    return 0;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 2000;
    size_t mb = argc > 2 ? (size_t)atoi(argv[2]) : 50;
    const char *section = "[{\"guardrail_name\": \"pii\", \"litellm_params\": {\"guardrail\": "
                          "\"presidio\", \"mode\": \"post_call\", \"default_on\": true}}]";
    const char *leaks[] = {"Okonkwo", "northwind-travel.com", "555-0132", "1111 1111",
                           "Ferreira"};
    json_t *sec = json_loads(section, 0, NULL), *req = json_loads("{\"model\":\"m\"}", 0, NULL);
    struct guard_engine *e = NULL;
    struct guard_scratch *s = NULL;
    struct guard_rails *rs = NULL;
    const char *err = NULL;
    char errbuf[256];
    size_t n = strlen(answer), chunks = 0, max_held = 0, k = 0;
    double *lat;
    double total = 0;

    if (guard_engine_new(NULL, &e, &err) < 0 || guard_scratch_new(e, &s) < 0 ||
        guard_rails_new(sec, &rs, errbuf, sizeof(errbuf)) < 0) {
        fprintf(stderr, "stream: cannot set up the guard: %s\n", err ? err : errbuf);
        return 1;
    }
    /* Chunks of 1 to 7 bytes, cut the same way every repetition. */
    for (size_t off = 0, i = 0; off < n; i++)
        off += 1 + (i * 7919) % 7, chunks++;
    lat = malloc(sizeof(*lat) * chunks * (size_t)reps);
    for (int r = 0; r < reps; r++) {
        struct guard_call gc;
        struct guard_stream st;
        struct guard_verdict v;
        struct buf out;

        memset(&v, 0, sizeof(v));
        buf_init(&out, 1 << 20);
        guard_call_init(&gc, rs, e, s, req);
        guard_stream_init(&st, &gc);
        for (size_t off = 0, i = 0; off < n; i++) {
            size_t len = 1 + (i * 7919) % 7;
            double t0;

            if (len > n - off)
                len = n - off;
            t0 = now_us();
            if (guard_stream_feed(&st, str_of(answer + off, len), &out, &v) < 0) {
                fprintf(stderr, "stream: the guard failed\n");
                return 1;
            }
            lat[k] = now_us() - t0;
            total += lat[k++];
            off += len;
            if (st.held.len > max_held)
                max_held = st.held.len;
        }
        guard_stream_flush(&st, &out, &v);
        if (r == 0) {
            for (size_t j = 0; j < sizeof(leaks) / sizeof(leaks[0]); j++)
                if (strstr(out.ptr ? out.ptr : "", leaks[j])) {
                    fprintf(stderr, "stream: '%s' reached the output\n", leaks[j]);
                    return 1;
                }
        }
        guard_stream_dispose(&st);
        guard_call_dispose(&gc);
        buf_dispose(&out);
    }
    qsort(lat, k, sizeof(*lat), cmp);
    printf("| answer | chunks | mean µs per chunk | p50 | p99 | most bytes held back |\n");
    printf("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    printf("| %zu bytes, 1-7 bytes per chunk, %d repetitions | %zu | %.2f | %.2f | %.2f | %zu |\n",
           n, reps, chunks, total / (double)k, lat[k / 2], lat[k * 99 / 100], max_held);
    free(lat);
    printf("\n| answer | chunks | mean µs per chunk | memory |\n| --- | ---: | ---: | --- |\n");
    if (mb && long_answer(e, s, rs, req, mb) != 0)
        return 1;
    guard_rails_free(rs);
    guard_scratch_free(s);
    guard_engine_free(e);
    json_decref(sec);
    json_decref(req);
    return 0;
}
