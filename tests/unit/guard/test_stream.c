/*
 * Tests of incremental scanning (src/guard/incr.c) and of the streams that
 * use it (guard_stream_*, src/guard/rail.c): Hyperscan's streaming mode
 * reads each byte of an answer once, and what a stream releases is what
 * masking the whole answer at once gives, however the answer is cut, with
 * no entity and no piece of one released in the clear. The same again
 * with an engine whose streaming database is missing (block mode).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard/guard.h"
#include "guard/guard_int.h"
#include "guard/rail.h"
#include "util/err.h"

static struct guard_engine *E;
static struct guard_scratch *S;

static int setup(void **state)
{
    const char *err = NULL;

    (void)state;
    if (guard_engine_new(NULL, &E, &err) < 0) {
        fprintf(stderr, "engine: %s\n", err ? err : "?");
        return -1;
    }
    return guard_scratch_new(E, &S) < 0 ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    guard_scratch_free(S);
    guard_engine_free(E);
    return 0;
}

/* ---- answers ---------------------------------------------------------------- */

/* Answers with entities of most shapes, each followed by the values that
 * must not reach the client (nor any 6-byte piece of them). */
static const struct {
    const char *text;
    const char *values[8];
} answers[] = {
    {"Sure. Write to jane.doe@example.com or call (415) 555-0132 today.\n",
     {"jane.doe@example.com", "(415) 555-0132", NULL}},
    {"Card 4111 1111 1111 1111 expires soon; the IBAN DE89 3704 0044 0532 0130 00 is on file.",
     {"4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", NULL}},
    {"See https://portal.example.com/a?b=1 or www.example.org/help, dated 14 March 2025, "
     "for Chloé Fontaine.",
     {"https://portal.example.com/a?b=1", "www.example.org/help", "14 March 2025", "Chloé Fontaine",
      NULL}},
    {"Sure. I have updated the booking for Margaret Okonkwo: her new contact email is "
     "m.okonkwo@northwind-travel.com and her phone number is (415) 555-0132. The card on file, "
     "4111 1111 1111 1111, will be charged on arrival. She lands in Lisbon on 14 March 2025 "
     "and stays at the Hotel Avenida Palace; the reference is QX7-22. If anything changes, "
     "tell her colleague Daniel Ferreira at Northwind Travel, who booked the trip from the "
     "office at 1 Market Street, San Francisco.",
     {"Margaret Okonkwo", "m.okonkwo@northwind-travel.com", "(415) 555-0132", "4111 1111 1111 1111",
      "Daniel Ferreira", NULL}},
    {"Zoë wrote from 192.168.10.24 on 2024-03-05; her SSN 377-46-4152 and card "
     "5500000000000004 are masked. Ask José García in München.",
     {"192.168.10.24", "377-46-4152", "5500000000000004", "José García", NULL}},
    {"ids:4111111111111111,jane@example.org;+44 20 7946 0958\n\nend",
     {"4111111111111111", "jane@example.org", "+44 20 7946 0958", NULL}},
    /* Entities at the very end: found when the stream ends. */
    {"Her card is 4111 1111 1111 1111", {"4111 1111 1111 1111", NULL}},
    {"Reach Margaret Okonkwo at m.okonkwo@northwind-travel.com",
     {"Margaret Okonkwo", "m.okonkwo@northwind-travel.com", NULL}},
};

#define N_ANSWERS (sizeof(answers) / sizeof(answers[0]))

/* A small deterministic generator: the cuts are the same on every run. */
static uint64_t rnd_state;

static uint32_t rnd(uint32_t n)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return (uint32_t)(rnd_state % n);
}

/* Cut lengths for `len` bytes: way 0 one byte a piece (inside characters
 * too), way 1 random sizes of 1 to 12 bytes, way 2 random sizes of 1 to 40,
 * way 3 whole code points, 1 to 4 of them. */
static size_t cut_next(const char *t, size_t len, size_t off, int way)
{
    size_t n;

    switch (way) {
    case 0: return 1;
    case 1: n = 1 + rnd(12); break;
    case 2: n = 1 + rnd(40); break;
    default:
        n = 0;
        for (uint32_t k = 1 + rnd(4); k > 0 && off + n < len; k--)
            for (n++; off + n < len && ((unsigned char)t[off + n] & 0xC0) == 0x80; n++)
                ;
        break;
    }
    return n > len - off ? len - off : n;
}

/* ---- helpers -------------------------------------------------------------- */

static json_t *J(const char *text)
{
    json_error_t je;
    json_t *j = json_loads(text, 0, &je);

    if (!j)
        fail_msg("bad test JSON (%s): %s", je.text, text);
    return j;
}

static const char one_rail[] = "[{\"guardrail_name\": \"pii\", \"litellm_params\": {"
                               "\"guardrail\": \"presidio\", \"mode\": \"post_call\", "
                               "\"default_on\": true}}]";

/* Two rails: the second scans what the first masked. */
static const char two_rails[] =
    "[{\"guardrail_name\": \"contact\", \"litellm_params\": {\"guardrail\": \"presidio\", "
    "\"mode\": \"post_call\", \"default_on\": true, \"pii_entities_config\": "
    "{\"EMAIL_ADDRESS\": \"MASK\", \"PHONE_NUMBER\": \"MASK\", \"URL\": \"MASK\"}}}, "
    "{\"guardrail_name\": \"rest\", \"litellm_params\": {\"guardrail\": \"presidio\", "
    "\"mode\": \"post_call\", \"default_on\": true}}]";

static struct guard_rails *post_call_rails(const char *section)
{
    json_t *j = J(section);
    struct guard_rails *rs = NULL;
    char err[256] = "";

    if (guard_rails_new(j, &rs, err, sizeof(err)) != 0)
        fail_msg("rails did not load: %s", err);
    json_decref(j);
    return rs;
}

/* The whole answer masked at once (heap). */
static char *whole(const struct guard_engine *e, struct guard_scratch *s,
                   const struct guard_rails *rs, const char *text)
{
    json_t *req = J("{}");
    json_t *resp = json_pack("{s:[{s:i,s:{s:s,s:s}}]}", "choices", "index", 0, "message", "role",
                             "assistant", "content", text);
    struct guard_call gc;
    struct guard_verdict v;
    char *out;

    memset(&v, 0, sizeof(v));
    assert_int_equal(guard_call_init(&gc, rs, e, s, req), 0);
    assert_int_equal(guard_call_response(&gc, resp, &v), 0);
    assert_false(v.blocked);
    out = strdup(json_string_value(json_object_get(
        json_object_get(json_array_get(json_object_get(resp, "choices"), 0), "message"),
        "content")));
    guard_call_dispose(&gc);
    json_decref(resp);
    json_decref(req);
    return out;
}

/* No piece of 6 bytes or more of `value` in `text`. */
static void assert_no_piece(const char *text, const char *value)
{
    size_t n = strlen(value);

    for (size_t i = 0; i + 6 <= n; i++)
        if (memmem(text, strlen(text), value + i, 6))
            fail_msg("'%s' holds '%.6s', a piece of '%s'", text, value + i, value);
}

struct run {
    char *out;       /* every release joined (heap) */
    size_t fed;      /* bytes the stream's scan was given */
    size_t scanned;  /* of them, read by Hyperscan's streaming mode */
    size_t block;    /* bytes block-scanned meanwhile */
    size_t releases; /* non-empty releases */
};

/* Streams `text` cut `way`, and checks each release for values. */
static void stream(const struct guard_engine *e, struct guard_scratch *s,
                   const struct guard_rails *rs, size_t a, int way, struct run *r)
{
    const char *text = answers[a].text;
    size_t len = strlen(text), block0 = s->hs_block_bytes;
    json_t *req = J("{}");
    struct guard_call gc;
    struct guard_stream st;
    struct guard_verdict v;
    struct buf rel, all;

    (void)e;
    memset(&v, 0, sizeof(v));
    memset(r, 0, sizeof(*r));
    assert_int_equal(guard_call_init(&gc, rs, e, s, req), 0);
    guard_stream_init(&st, &gc);
    buf_init(&rel, 1 << 20);
    buf_init(&all, 1 << 20);
    for (size_t off = 0; off <= len;) {
        size_t n = off < len ? cut_next(text, len, off, way) : 0;

        buf_reset(&rel);
        if (off < len)
            assert_int_equal(guard_stream_feed(&st, str_of(text + off, n), &rel, &v), 0);
        else
            assert_int_equal(guard_stream_flush(&st, &rel, &v), 0);
        assert_false(v.blocked);
        buf_append(&rel, "", 1);
        rel.len--;
        for (size_t k = 0; answers[a].values[k]; k++)
            if (strstr(rel.ptr ? rel.ptr : "", answers[a].values[k]))
                fail_msg("a release '%s' holds '%s'", rel.ptr, answers[a].values[k]);
        r->releases += rel.len > 0;
        buf_append(&all, rel.ptr, rel.len);
        off += off < len ? n : 1;
    }
    assert_int_equal(st.held.len, 0);
    assert_non_null(st.incr);
    r->fed = guard_incr_fed(st.incr);
    r->scanned = guard_incr_scanned(st.incr);
    r->block = s->hs_block_bytes - block0;
    r->out = strndup(all.ptr ? all.ptr : "", all.len);
    buf_dispose(&rel);
    buf_dispose(&all);
    guard_stream_dispose(&st);
    guard_call_dispose(&gc);
    json_decref(req);
}

/* ---- streams ---------------------------------------------------------------- */

/* Every answer, cut every way, many times: the releases joined are the
 * whole answer masked; no value goes out; Hyperscan read each byte once and
 * block-scanned none. */
static void check_streams(const struct guard_engine *e, struct guard_scratch *s,
                          const char *section, bool streaming)
{
    struct guard_rails *rs = post_call_rails(section);
    bool one = section == one_rail;

    for (size_t a = 0; a < N_ANSWERS; a++) {
        char *want = whole(e, s, rs, answers[a].text);
        size_t len = strlen(answers[a].text);

        /* The reference hides every value: no piece of one in it. */
        for (size_t k = 0; answers[a].values[k]; k++)
            assert_no_piece(want, answers[a].values[k]);
        rnd_state = 0x9E3779B97F4A7C15ull + a;
        for (int way = 0; way < 4; way++) {
            for (int rep = 0; rep < (way == 0 ? 1 : 40); rep++) {
                struct run r;

                stream(e, s, rs, a, way, &r);
                if (strcmp(r.out, want) != 0)
                    fail_msg("answer %zu, way %d, run %d:\n  got  '%s'\n  want '%s'", a, way, rep,
                             r.out, want);
                assert_true(r.releases > 1);
                assert_int_equal(r.fed, len);
                if (streaming) {
                    assert_int_equal(r.scanned, len);
                    /* A rail after one that masked reads the masked
                     * text, which the stream's reports do not describe. */
                    if (one)
                        assert_int_equal(r.block, 0);
                } else {
                    assert_int_equal(r.scanned, 0);
                    assert_true(r.block >= len);
                }
                free(r.out);
            }
        }
        free(want);
    }
    guard_rails_free(rs);
}

static void test_streams(void **state)
{
    (void)state;
    assert_non_null(E->sdb);
    check_streams(E, S, one_rail, true);
}

static void test_streams_two_rails(void **state)
{
    (void)state;
    check_streams(E, S, two_rails, true);
}

/* Without a streaming database (it did not compile), streams scan their
 * windows in block mode, with the same releases. */
static void test_streams_block_fallback(void **state)
{
    struct guard_engine *e = NULL;
    struct guard_scratch *s = NULL;
    const char *err = NULL;

    (void)state;
    assert_int_equal(guard_engine_new(NULL, &e, &err), 0);
    hs_free_database(e->sdb);
    e->sdb = NULL;
    assert_int_equal(guard_scratch_new(e, &s), 0);
    check_streams(e, s, one_rail, false);
    check_streams(e, s, two_rails, false);
    guard_scratch_free(s);
    guard_engine_free(e);
}

/* ---- replayed reports against a block scan ---------------------------------- */

static bool same_result(const struct guard_result *x, const struct guard_result *y)
{
    return strcmp(x->entity, y->entity) == 0 && x->start == y->start && x->end == y->end &&
           x->score == y->score;
}

static bool has_result(const struct guard_results *r, const struct guard_result *x)
{
    for (size_t i = 0; i < r->n; i++)
        if (same_result(&r->v[i], x))
            return true;
    return false;
}

/* `rep` equals `blk`, but that `blk` may have more results ending at
 * `loose_end` (0: none). */
static void assert_same(const struct guard_results *blk, const struct guard_results *rep,
                        const char *what, size_t loose_end)
{
    for (size_t i = 0; i < rep->n; i++)
        if (!has_result(blk, &rep->v[i]))
            fail_msg("%s: %s [%zu, %zu) %.2f only with the stream's reports", what,
                     rep->v[i].entity, rep->v[i].start, rep->v[i].end, rep->v[i].score);
    for (size_t i = 0; i < blk->n; i++)
        if ((!loose_end || blk->v[i].end != loose_end) && !has_result(rep, &blk->v[i]))
            fail_msg("%s: %s [%zu, %zu) %.2f only in a block scan", what, blk->v[i].entity,
                     blk->v[i].start, blk->v[i].end, blk->v[i].score);
}

/*
 * guard_analyze() on a window of a fed text, with the replayed reports, gives
 * a block scan's results: for a window that ends where the fed text ends,
 * the same; for one ending earlier, the same but for results ending at its
 * end (a block scan takes the window's end for the text's, the stream knows
 * the token goes on).
 */
static void test_replay_matches_block(void **state)
{
    struct guard_opts opt = {.no_ner = true};

    (void)state;
    rnd_state = 42;
    for (size_t a = 0; a < N_ANSWERS; a++) {
        const char *t = answers[a].text;
        size_t len = strlen(t);

        for (int way = 0; way < 4; way++) {
            struct guard_incr *in = NULL;

            assert_int_equal(guard_incr_new(S, &in), 0);
            for (size_t off = 0; off < len;) {
                size_t n = cut_next(t, len, off, way);

                assert_int_equal(guard_incr_feed(in, str_of(t + off, n)), 0);
                off += n;
                /* Windows [from, end): from the start or after a blank,
                 * to where the fed text ends or earlier, a few a piece. */
                for (int w = 0; w < 6; w++) {
                    size_t from = w < 3 ? 0 : rnd((uint32_t)off), end = off;
                    struct guard_results blk = {0}, rep = {0};
                    size_t b0 = S->hs_block_bytes;
                    char what[128];

                    while (from > 0 && t[from - 1] != ' ')
                        from--;
                    if (w % 3)
                        end = from + 1 + rnd((uint32_t)(off - from));
                    while (end > from && end < len && ((unsigned char)t[end] & 0xC0) == 0x80)
                        end--;
                    if (end == from)
                        continue;
                    assert_int_equal(guard_analyze(E, S, str_of(t + from, end - from), &opt, &blk),
                                     0);
                    guard_incr_attach(in, str_of(t + from, end - from), from);
                    assert_int_equal(guard_analyze(E, S, str_of(t + from, end - from), &opt, &rep),
                                     0);
                    guard_incr_detach(in);
                    /* The second analysis read no byte in block mode. */
                    assert_int_equal(S->hs_block_bytes, b0 + (end - from));
                    snprintf(what, sizeof(what), "answer %zu way %d [%zu, %zu) of %zu", a, way,
                             from, end, off);
                    assert_same(&blk, &rep, what, end == off ? 0 : end - from);
                    guard_results_dispose(&blk);
                    guard_results_dispose(&rep);
                }
                guard_incr_forget(in, 0);
            }
            assert_int_equal(guard_incr_scanned(in), len);
            guard_incr_free(in);
        }
    }
}

/*
 * Where the stream is more right than a block scan of the window: a window
 * starting inside a word. "12345678Z" is a valid Spanish NIF, but in
 * "ab12345678Z" it is no NIF; a block scan of the window from '1' cannot
 * see the letters before it.
 */
static void test_replay_sees_before_the_window(void **state)
{
    static const char t[] = "ref ab12345678Z ok";
    struct guard_opts opt = {.no_ner = true};
    const char *const only[] = {"ES_NIF", NULL};
    struct guard_results blk = {0}, rep = {0}, all = {0};
    struct guard_incr *in = NULL;
    size_t from = 6; /* the '1' */

    (void)state;
    opt.entities = only;
    assert_int_equal(guard_analyze(E, S, str_of(t, strlen(t)), &opt, &all), 0);
    assert_int_equal(all.n, 0);
    assert_int_equal(guard_analyze(E, S, str_of(t + from, strlen(t) - from), &opt, &blk), 0);
    assert_int_equal(blk.n, 1);
    assert_string_equal(blk.v[0].entity, "ES_NIF");
    assert_int_equal(guard_incr_new(S, &in), 0);
    assert_int_equal(guard_incr_feed(in, str_of(t, strlen(t))), 0);
    guard_incr_attach(in, str_of(t + from, strlen(t) - from), from);
    assert_int_equal(guard_analyze(E, S, str_of(t + from, strlen(t) - from), &opt, &rep), 0);
    guard_incr_detach(in);
    assert_int_equal(rep.n, 0);
    guard_incr_free(in);
    guard_results_dispose(&blk);
    guard_results_dispose(&rep);
    guard_results_dispose(&all);
}

/*
 * The end of the fed text: a token ending there is reported as ending
 * there (a block scan of the same bytes would), without closing the
 * stream; the next piece continues the token.
 */
static void test_replay_end_of_data(void **state)
{
    static const char t[] = "card 4111 1111 1111 1111";
    struct guard_opts opt = {.no_ner = true};
    struct guard_results r = {0};
    struct guard_incr *in = NULL;

    (void)state;
    assert_int_equal(guard_incr_new(S, &in), 0);
    assert_int_equal(guard_incr_feed(in, str_of(t, strlen(t))), 0);
    guard_incr_attach(in, str_of(t, strlen(t)), 0);
    assert_int_equal(guard_analyze(E, S, str_of(t, strlen(t)), &opt, &r), 0);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.v[0].entity, "CREDIT_CARD");
    /* Twice: the end-of-data reports are kept for the same end. */
    guard_results_reset(&r);
    assert_int_equal(guard_analyze(E, S, str_of(t, strlen(t)), &opt, &r), 0);
    assert_int_equal(r.n, 1);
    guard_incr_detach(in);
    /* "4111 1111 1111 11112" is no card: the stream went on. */
    assert_int_equal(guard_incr_feed(in, str_from("2 ")), 0);
    {
        static const char t2[] = "card 4111 1111 1111 11112 ";

        guard_results_reset(&r);
        guard_incr_attach(in, str_of(t2, strlen(t2)), 0);
        assert_int_equal(guard_analyze(E, S, str_of(t2, strlen(t2)), &opt, &r), 0);
        guard_incr_detach(in);
        for (size_t i = 0; i < r.n; i++)
            assert_string_not_equal(r.v[i].entity, "CREDIT_CARD");
    }
    /* A text that is not the attached window is scanned. */
    {
        size_t b0 = S->hs_block_bytes;

        guard_results_reset(&r);
        guard_incr_attach(in, str_of(t, 4), 0);
        assert_int_equal(guard_analyze(E, S, str_of(t, strlen(t)), &opt, &r), 0);
        guard_incr_detach(in);
        assert_int_equal(S->hs_block_bytes, b0 + strlen(t));
        assert_int_equal(r.n, 1);
    }
    assert_int_equal(guard_incr_scanned(in), strlen(t) + 2);
    guard_incr_free(in);
    guard_results_dispose(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_end_of_data),
        cmocka_unit_test(test_replay_sees_before_the_window),
        cmocka_unit_test(test_replay_matches_block),
        cmocka_unit_test(test_streams),
        cmocka_unit_test(test_streams_two_rails),
        cmocka_unit_test(test_streams_block_fallback),
    };

    return cmocka_run_group_tests(tests, setup, teardown);
}
