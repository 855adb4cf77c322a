/*
 * NER hooks of the guard engine: PERSON, LOCATION, ORGANIZATION and NRP
 * from a model of our own (tools/ner/ trains it; ner_feat.c holds the
 * tokenizer, features and decoder shared with the trainer).
 *
 * The model is one file image: data/ner.model, built into the binary by
 * src/guard/meson.build (.incbin, symbol guard__ner_blob) and used in place,
 * or a file given as the engine's model path, read once into the heap. The
 * engine state is immutable after guard__ner_load(); everything a call
 * writes lives in the per-thread scratch (token and score buffers that grow
 * geometrically and are reused), so any number of threads may tag at once.
 */
#include "guard/guard.h"
#include "guard/guard_int.h"
#include "guard/ner_feat.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

/* The embedded model (src/guard/meson.build generates the .incbin stub). */
extern const unsigned char guard__ner_blob[];
extern const unsigned char guard__ner_blob_end[];

struct ner_engine {
    struct guard__ner_model m;
    void *heap; /* model read from a path; NULL for the embedded one */
};

struct ner_scratch {
    struct guard__ner_work w;
};

static int read_model(const char *path, void **out, size_t *size)
{
    FILE *f = fopen(path, "rb");
    void *img = NULL;
    long n;
    int rc = GW_EIO;

    if (!f)
        return errno == ENOENT ? GW_ENOTFOUND : GW_EIO;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET) != 0)
        goto out;
    /* The image is used in place: its arrays need 8-byte alignment. */
    if (posix_memalign(&img, 64, (size_t)n) != 0) {
        img = NULL;
        rc = GW_ENOMEM;
        goto out;
    }
    if (fread(img, 1, (size_t)n, f) != (size_t)n)
        goto out;
    *out = img;
    *size = (size_t)n;
    img = NULL;
    rc = 0;
out:
    free(img);
    fclose(f);
    return rc;
}

int guard__ner_load(struct guard_engine *e, const char *path)
{
    struct ner_engine *ne = calloc(1, sizeof *ne);
    const void *img = guard__ner_blob;
    size_t size = (size_t)(guard__ner_blob_end - guard__ner_blob);
    const char *err = NULL;
    int rc;

    if (!ne)
        return GW_ENOMEM;
    if (path) {
        rc = read_model(path, &ne->heap, &size);
        if (rc < 0)
            goto fail;
        img = ne->heap;
    }
    if (guard__ner_model_view(img, size, &ne->m, &err) < 0) {
        rc = GW_EINVAL;
        goto fail;
    }
    e->ner = ne;
    return 0;
fail:
    free(ne->heap);
    free(ne);
    return rc;
}

void guard__ner_free(struct guard_engine *e)
{
    struct ner_engine *ne = e->ner;

    if (!ne)
        return;
    free(ne->heap);
    free(ne);
    e->ner = NULL;
}

int guard__ner_scratch_new(const struct guard_engine *e, struct guard_scratch *s)
{
    (void)e;
    s->ner = calloc(1, sizeof(struct ner_scratch));
    return s->ner ? 0 : GW_ENOMEM;
}

void guard__ner_scratch_free(struct guard_scratch *s)
{
    struct ner_scratch *ns = s->ner;

    if (!ns)
        return;
    guard__ner_work_dispose(&ns->w);
    free(ns);
    s->ner = NULL;
}

int guard__ner_run(const struct guard_engine *e, struct guard_scratch *s, struct str text,
                   struct guard_results *out)
{
    const struct ner_engine *ne = e->ner;
    struct ner_scratch *ns = s->ner;

    if (!ne || !ns || text.len == 0)
        return 0;
    if (text.len > UINT32_MAX)
        return GW_ETOOBIG;
    if (guard__ner_tag(&ne->m, &ns->w, text.ptr, text.len) < 0)
        return GW_ENOMEM;
    for (size_t i = 0; i < ns->w.nsp; i++) {
        const struct guard__ner_span *sp = &ns->w.sp[i];
        struct guard_result r = {
            .entity = guard__ner_type_names[sp->type],
            .start = sp->start,
            .end = sp->end,
            .score = sp->score,
            .recognizer = "NerRecognizer",
            .pattern_name = NULL,
            .original_score = sp->score,
        };
        int rc = guard__results_push(out, &r);
        if (rc < 0)
            return rc;
    }
    return 0;
}
