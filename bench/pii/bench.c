/*
 * PII engine speed: guard_analyze() with every entity type on, one thread.
 *
 *   1. a 1 KB chat message with a handful of entities, scanned N times in
 *      five batches: microseconds per scan in the best batch (quality bar:
 *      under 10 us);
 *   2. a long input (default 8 MB) of mixed text: prose, code, log lines, a
 *      JSON payload, with an entity every ~2 KB: MB/s per core (bar: 500).
 *
 * Both run with the pattern recognizers only (the NER model is measured on
 * its own by its module) and, when built in, with the NER too. The same
 * texts are written to files so that run.sh can feed them to other tools.
 *
 *   bench/pii/run.sh        builds this against build/libgwcore.a and runs it
 *   bench/pii/icount.sh     the same under callgrind: instructions per scan
 *   3. the chat message with cold caches (64 MB touched between scans).
 *
 *   bench_pii [--out DIR] [--mb N] [--iters N] [--only chat|chat-ner|long|long-ner|chat-cold]
 *             [--chat FILE]   (another message for the chat runs)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guard/guard.h"

static const char chat_1k[] =
    "Hi team, quick question before the weekend. My name is Chloé Fontaine and I was charged twice "
    "for order 88231 on 2022-04-22 16:15 — the card ending in 5195 (full number 5214 4295 1116 "
    "5195) shows two identical debits. I already emailed billing at chloe.fontaine@example.com "
    "but got no answer, so I'm asking here. Could you draft a polite but firm message to the "
    "support team asking for a refund of the duplicate charge? Mention that I have been a "
    "customer since March 2019, that my account is in good standing, and that they can reach me "
    "at +1 (626) 530-8433 between 9am and 5pm Pacific. Also: our VPN gateway at 10.74.111.105 "
    "keeps dropping, and the router's admin page (https://status.example.net/login) times out. "
    "Keep the tone friendly, two short paragraphs, and end with a thank-you. If possible, suggest "
    "a subject line too. Please do not include any legal threats; I just want this resolved "
    "quickly. One more thing: the invoice number was INV-2024-0412 and the amount was $129.99, "
    "charged in two parts. Thanks a lot for your help, it's been a long week and I appreciate it!";

/* The message scanned by the chat runs: chat_1k, or a file's text (--chat). */
static struct str msg = {chat_1k, sizeof(chat_1k) - 1};

static const char *const prose[] = {
    "The committee reviewed the proposal in detail and agreed to revisit the budget next quarter. ",
    "Most of the feedback focused on onboarding, which new users found slow and confusing. ",
    "We should measure latency at the 99th percentile rather than the mean, since tails matter. ",
    "She explained the migration plan step by step, and nobody raised any objections. ",
    "The report summarises three years of field data collected across twelve sites. ",
    "After the outage, the team wrote a blameless post-mortem and shared it widely. ",
    "Please keep the answer under two hundred words and avoid jargon where possible. ",
    "Regarding the contract, legal asked for clarification on the termination clause. ",
    "The model performed well on the benchmark but struggled with longer documents. ",
    "Our roadmap for the autumn includes search improvements and a redesigned dashboard. ",
};
static const char *const code[] = {
    "def parse(line):\n    key, _, value = line.partition('=')\n    return key.strip(), "
    "value.strip()\n",
    "for (int i = 0; i < n; i++) { total += values[i] * weights[i % 4]; }\n",
    "const cfg = { retries: 3, timeoutMs: 2500, region: 'eu-west-1', version: '4.12.7' };\n",
    "SELECT id, status, created_at FROM orders WHERE status = 'open' ORDER BY id LIMIT 50;\n",
    "git commit -m \"fix: handle empty payloads\" && git push origin main\n",
};
static const char *const logs[] = {
    "2024-10-02T19:40:08.373Z DEBUG cache hit ratio 59.8% worker-3 batch 6243865544\n",
    "2023-12-25 11:22:21,525 INFO request completed in 87 ms status=200 bytes=5120\n",
    "[12/Dec/2024:04:29:57 +0000] GET /api/v2/items?page=3 HTTP/1.1 200 1432\n",
    "Nov 17 03:03:41 host sshd[2217]: Accepted publickey for deploy from 10.0.4.17 port 52214\n",
};
static const char *const pii[] = {
    "Contact Marta Nowak at marta.nowak@example.org or +48 615-244-081. ",
    "Her SSN is 377-46-4152 and her date of birth is 15/11/1976. ",
    "Wire the refund to IBAN DE89 3704 0044 0532 0130 00 by Friday. ",
    "The card 4111 1111 1111 1111 was declined at the terminal. ",
    "Patient NHS number 943 476 5919, appointment on 3 March 2021 at 14:30. ",
    "Send the BTC to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 after confirmation. ",
    "The office router is at 192.168.95.155 with MAC 3E:38:9B:91:CF:45. ",
    "See https://portal.example.com/account/settings for the new policy. ",
};

static double now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static size_t append(char *buf, size_t k, size_t cap, const char *s)
{
    size_t n = strlen(s);

    if (k + n >= cap)
        return k;
    memcpy(buf + k, s, n);
    return k + n;
}

/* Deterministic mixed text; one PII sentence per ~2 KB. */
static char *make_long(size_t cap, size_t *len)
{
    char *buf = malloc(cap + 1);
    size_t k = 0, since = 0;
    unsigned x = 12345;

    if (!buf)
        return NULL;
    while (k + 512 < cap) {
        size_t before = k;

        x = x * 1103515245u + 12345u;
        switch ((x >> 16) % 10) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
        case 5: k = append(buf, k, cap, prose[(x >> 8) % 10]); break;
        case 6:
        case 7: k = append(buf, k, cap, code[(x >> 8) % 5]); break;
        case 8: k = append(buf, k, cap, logs[(x >> 8) % 4]); break;
        default:
            k = append(
                buf, k, cap,
                "{\"user\": \"u-1842\", \"plan\": \"pro\", \"seats\": 12, \"trial\": false}\n");
        }
        since += k - before;
        if (since > 2048) {
            k = append(buf, k, cap, pii[(x >> 4) % 8]);
            since = 0;
        }
    }
    buf[k] = '\0';
    *len = k;
    return buf;
}

/* Microseconds per scan: the best of five batches of iters / 5 scans,
 * as the long text takes the best of five scans. A batch's mean still
 * averages thousands of scans; the best batch is the one the machine's
 * other work (a shared 2-core VM) disturbed least. */
static double scan_chat(struct guard_engine *e, struct guard_scratch *s, const struct guard_opts *o,
                        int iters, size_t *found)
{
    struct guard_results r = {0};
    int batch = iters / 5 > 0 ? iters / 5 : 1;
    double best = 1e9;

    for (int i = 0; i < 200; i++) { /* warm-up */
        guard_results_reset(&r);
        guard_analyze(e, s, msg, o, &r);
    }
    for (int rep = 0; rep < 5; rep++) {
        double t0 = now();

        for (int i = 0; i < batch; i++) {
            guard_results_reset(&r);
            guard_analyze(e, s, msg, o, &r);
        }
        t0 = (now() - t0) / batch;
        if (t0 < best)
            best = t0;
    }
    *found = r.n;
    guard_results_dispose(&r);
    return best * 1e6;
}

/* The chat message with cold caches: 64 MB touched between scans evicts the
 * Hyperscan database, PCRE2's JIT code and the NER model, as a gateway that
 * has been doing other work would find them. */
static double scan_cold(struct guard_engine *e, struct guard_scratch *s, const struct guard_opts *o,
                        int iters)
{
    size_t junk_n = (size_t)64 << 20;
    volatile char *junk = malloc(junk_n);
    struct guard_results r = {0};
    double total = 0;

    if (!junk)
        return -1;
    for (size_t k = 0; k < junk_n; k++)
        junk[k] = (char)k;
    for (int i = 0; i < iters; i++) {
        double t0;

        for (size_t k = 0; k < junk_n; k += 64)
            junk[k]++;
        guard_results_reset(&r);
        t0 = now();
        guard_analyze(e, s, msg, o, &r);
        total += now() - t0;
    }
    guard_results_dispose(&r);
    free((void *)junk);
    return total / iters * 1e6;
}

static double scan_long(struct guard_engine *e, struct guard_scratch *s, const struct guard_opts *o,
                        const char *t, size_t n, size_t *found)
{
    struct guard_results r = {0};
    double best = 1e9;

    for (int rep = 0; rep < 5; rep++) {
        double t0 = now();

        guard_results_reset(&r);
        guard_analyze(e, s, (struct str){t, n}, o, &r);
        t0 = now() - t0;
        if (t0 < best)
            best = t0;
    }
    *found = r.n;
    guard_results_dispose(&r);
    return (double)n / best / 1e6;
}

int main(int argc, char **argv)
{
    struct guard_engine *e;
    struct guard_scratch *s;
    const char *err = NULL, *out = NULL, *only = NULL;
    size_t mb = 8, len, found;
    int iters = 20000;
    char *text;
    double t0, us, mbs;
    /* as the guardrails scan: no decision process (guard_opts.no_explain) */
    struct guard_opts pat = {.no_ner = true, .no_explain = true}, all = {.no_explain = true};

    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--out") == 0)
            out = argv[i + 1];
        else if (strcmp(argv[i], "--mb") == 0)
            mb = (size_t)atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--iters") == 0)
            iters = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--only") == 0)
            only = argv[i + 1];
        else if (strcmp(argv[i], "--chat") == 0) {
            /* another message for the chat runs (bench/pii/messages/) */
            static char buf[1 << 16];
            FILE *f = fopen(argv[i + 1], "rb");
            size_t n = f ? fread(buf, 1, sizeof(buf), f) : 0;

            if (!f || n == sizeof(buf)) {
                fprintf(stderr, "%s: unreadable or over 64 KB\n", argv[i + 1]);
                return 1;
            }
            fclose(f);
            while (n > 0 && buf[n - 1] == '\n')
                n--;
            msg = (struct str){buf, n};
        }
    }
    t0 = now();
    if (guard_engine_new(NULL, &e, &err) < 0 || guard_scratch_new(e, &s) < 0) {
        fprintf(stderr, "engine: %s\n", err ? err : "?");
        return 1;
    }
    printf("engine build: %.1f ms (Hyperscan database from the cache when warm)\n",
           (now() - t0) * 1e3);
    text = make_long(mb << 20, &len);
    if (!text)
        return 1;
    if (out) {
        char path[4096];
        FILE *f;

        snprintf(path, sizeof(path), "%s/chat_1k.txt", out);
        if ((f = fopen(path, "w"))) {
            fwrite(chat_1k, 1, sizeof(chat_1k) - 1, f);
            fclose(f);
        }
        snprintf(path, sizeof(path), "%s/long.txt", out);
        if ((f = fopen(path, "w"))) {
            fwrite(text, 1, len, f);
            fclose(f);
        }
    }
    printf("| input | engine | result |\n|---|---|---|\n");
#define RUN(name) (!only || strcmp(only, name) == 0)
    if (RUN("chat")) {
        us = scan_chat(e, s, &pat, iters, &found);
        printf("| 1 KB chat message (%zu bytes, %zu entities) | patterns | %.2f us per scan |\n",
               msg.len, found, us);
    }
    if (RUN("long")) {
        mbs = scan_long(e, s, &pat, text, len, &found);
        printf("| %.1f MB mixed text (%zu entities) | patterns | %.0f MB/s |\n", len / 1048576.0,
               found, mbs);
    }
    if (RUN("chat-ner")) {
        us = scan_chat(e, s, &all, only ? iters : iters / 4, &found);
        printf("| 1 KB chat message | patterns + NER hook | %.2f us per scan (%zu entities) |\n",
               us, found);
    }
    if (RUN("long-ner")) {
        mbs = scan_long(e, s, &all, text, len, &found);
        printf("| %.1f MB mixed text | patterns + NER hook | %.0f MB/s (%zu entities) |\n",
               len / 1048576.0, mbs, found);
    }
    if (RUN("chat-cold")) {
        printf("| 1 KB chat message, cold caches | patterns | %.1f us per scan |\n",
               scan_cold(e, s, &pat, 100));
        printf("| 1 KB chat message, cold caches | patterns + NER hook | %.1f us per scan |\n",
               scan_cold(e, s, &all, 100));
    }
#undef RUN
    free(text);
    guard_scratch_free(s);
    guard_engine_free(e);
    return 0;
}
