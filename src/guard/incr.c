/*
 * incr: incremental scans, for a text that arrives in pieces (a streamed
 * answer). The engine's expressions are also compiled in Hyperscan's
 * streaming mode (guard.c, e->sdb); a scan here opens one Hyperscan stream,
 * runs each piece through it once, in order, and keeps the reports it makes
 * (expression, end offset in the whole text). guard_analyze() then replays
 * the reports that fall in the window it is given (guard__incr_replay())
 * through the same callback hs_scan() would call, so the window is not
 * scanned again; what follows a report (C checks, PCRE2, validation,
 * context, NER, overlaps) does not know the difference.
 *
 * Two things differ from scanning the window in block mode:
 *
 *   - A report at the window's end that needs the byte after it (the
 *     triggers end in `\b`) comes from Hyperscan only when that byte
 *     arrives, or at the end of the data. A window that ends where the fed
 *     text ends gets them from a copy of the stream closed there (`spare`):
 *     what a block scan ending there would report. A window that ends
 *     earlier gets what the whole text gives: a token going on past the
 *     window's end is not reported as ending there.
 *   - A report near the window's start sees the real bytes before it: a
 *     pattern anchored by "start of text or a non-word byte" is not
 *     reported at the window's start when a letter precedes it, and a
 *     token that started before the window is reported whole.
 *
 * Both make the window's results those of the whole text. Reports of
 * matches that began before the window still send PCRE2 to the window
 * only, which finds nothing there or the part inside, as a block scan
 * would.
 *
 * Memory: the stream state twice (75 bytes each with the built-in
 * patterns: hs_stream_size()), and the reports not yet forgotten
 * (guard_incr_forget()): a handful per entity-like token of the window.
 *
 * Thread safety: hs_scan_stream() needs a scratch, and the scratch is the
 * thread's (guard_scratch), so a scan stays on the thread of the scratch
 * it was made with; the stream state is its own, so any number of scans
 * share the scratch. guard_scratch_new() sizes it for both databases.
 */
#include "guard/guard.h"
#include "guard/guard_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/err.h"

static int push(struct guard__report **v, size_t *n, size_t *cap, unsigned id, size_t end)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        struct guard__report *p = realloc(*v, c * sizeof(*p));

        if (!p)
            return GW_ENOMEM;
        *v = p;
        *cap = c;
    }
    (*v)[(*n)++] = (struct guard__report){.id = id, .end = end};
    return 0;
}

static int on_report(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                     void *ctx)
{
    struct guard_incr *in = ctx;

    (void)from;
    (void)flags;
    if (push(&in->r, &in->n, &in->cap, id, (size_t)to) < 0) {
        in->err = GW_ENOMEM;
        return 1;
    }
    return 0;
}

static int on_eod(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                  void *ctx)
{
    struct guard_incr *in = ctx;

    (void)from;
    (void)flags;
    if (push(&in->eod, &in->n_eod, &in->cap_eod, id, (size_t)to) < 0) {
        in->err = GW_ENOMEM;
        return 1;
    }
    return 0;
}

/* Hyperscan failed: from now on every window is block-scanned. */
static void give_up(struct guard_incr *in)
{
    hs_close_stream(in->live, NULL, NULL, NULL);
    hs_close_stream(in->spare, NULL, NULL, NULL);
    in->live = in->spare = NULL;
    in->head = in->n = 0;
    in->eod_valid = false;
}

int guard_incr_new(struct guard_scratch *s, struct guard_incr **out)
{
    struct guard_incr *in = calloc(1, sizeof(*in));

    *out = NULL;
    if (!in)
        return GW_ENOMEM;
    in->s = s;
    if (s->e->sdb && (hs_open_stream(s->e->sdb, 0, &in->live) != HS_SUCCESS ||
                      hs_open_stream(s->e->sdb, 0, &in->spare) != HS_SUCCESS))
        give_up(in);
    *out = in;
    return 0;
}

void guard_incr_free(struct guard_incr *in)
{
    if (!in)
        return;
    guard_incr_detach(in);
    /* No callback: end-of-data reports are not wanted any more. */
    hs_close_stream(in->live, NULL, NULL, NULL);
    hs_close_stream(in->spare, NULL, NULL, NULL);
    free(in->r);
    free(in->eod);
    free(in);
}

int guard_incr_feed(struct guard_incr *in, struct str piece)
{
    size_t off = 0;

    in->fed += piece.len;
    /* hs_scan_stream() takes an unsigned length: a huge piece goes in
     * parts, which streaming mode does not mind. */
    while (in->live && off < piece.len) {
        size_t n = piece.len - off > (1u << 30) ? (1u << 30) : piece.len - off;
        hs_error_t rc =
            hs_scan_stream(in->live, piece.ptr + off, (unsigned)n, 0, in->s->hs, on_report, in);

        if (in->err) {
            int err = in->err;

            in->err = 0;
            give_up(in);
            return err;
        }
        if (rc != HS_SUCCESS) {
            give_up(in);
            break;
        }
        in->scanned += n;
        off += n;
    }
    return 0;
}

size_t guard_incr_fed(const struct guard_incr *in)
{
    return in->fed;
}

size_t guard_incr_scanned(const struct guard_incr *in)
{
    return in->scanned;
}

void guard_incr_attach(struct guard_incr *in, struct str window, size_t at)
{
    in->window = window;
    in->at = at;
    in->s->incr = in;
}

void guard_incr_detach(struct guard_incr *in)
{
    if (in->s->incr == in)
        in->s->incr = NULL;
}

void guard_incr_forget(struct guard_incr *in, size_t upto)
{
    while (in->head < in->n && in->r[in->head].end <= upto)
        in->head++;
    /* Move the rest down once the dead part is the larger. */
    if (in->head > 64 && in->head * 2 > in->n) {
        memmove(in->r, in->r + in->head, (in->n - in->head) * sizeof(*in->r));
        in->n -= in->head;
        in->head = 0;
    }
}

/* The reports a block scan ending where the fed text ends would add there:
 * the end-of-data ones of a copy of the stream. The live stream goes on. */
static int eod_reports(struct guard_incr *in)
{
    hs_error_t rc;

    if (in->eod_valid && in->eod_at == in->fed)
        return 0;
    in->n_eod = 0;
    rc = hs_reset_and_copy_stream(in->spare, in->live, NULL, NULL, NULL);
    if (rc == HS_SUCCESS)
        rc = hs_reset_stream(in->spare, 0, in->s->hs, on_eod, in);
    if (in->err) {
        int err = in->err;

        in->err = 0;
        return err;
    }
    if (rc != HS_SUCCESS)
        return GW_EIO;
    in->eod_at = in->fed;
    in->eod_valid = true;
    return 0;
}

int guard__incr_replay(struct guard_incr *in, struct str text, match_event_handler fn, void *ctx)
{
    size_t at = in->at, end = in->at + text.len, i = in->head, k = 0, n_eod = 0;
    int rc;

    if (!in->live || text.ptr != in->window.ptr || text.len > in->window.len || end > in->fed)
        return 0;
    if (end == in->fed) {
        rc = eod_reports(in);
        if (rc == GW_EIO) {
            give_up(in);
            return 0;
        }
        if (rc < 0)
            return rc;
        n_eod = in->n_eod;
    }
    while (i < in->n && in->r[i].end <= at)
        i++;
    /* Merged by end offset; at the same end the end-of-data reports come
     * last, as in a block scan. */
    for (;;) {
        const struct guard__report *r;

        if (i < in->n && in->r[i].end <= end && (k == n_eod || in->r[i].end <= in->eod[k].end))
            r = &in->r[i++];
        else if (k < n_eod)
            r = &in->eod[k++];
        else
            break;
        if (r->end <= at)
            continue;
        if (fn(r->id, 0, r->end - at, 0, ctx))
            break; /* the callback failed: it says why */
    }
    return 1;
}
