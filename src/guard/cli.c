/*
 * `llmgate scan`: the analyzer on the command line, Presidio's /analyze
 * output shape with code-point offsets.
 *
 *   llmgate scan [--entities A,B] [--threshold X] [--jsonl] [--no-ner]
 *                [--model PATH] [FILE]
 *
 * Without --jsonl the whole input (FILE or stdin) is one text and one JSON
 * array is printed. With --jsonl every input line {"id": ..., "text": ...}
 * gives one output line {"id": ..., "results": [...]}; the id is copied as
 * is, whatever its JSON type.
 *
 * The default threshold is 0.4, Presidio's minimum score of a result whose
 * context words were found: what is reported either has a distinctive shape
 * or validated checksum, or was named by the words around it. Presidio's own
 * default is 0 (everything, down to 0.01 guesses): --threshold 0.
 */
#include "guard/guard.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

#define CLI_DEFAULT_THRESHOLD 0.4

static void usage(FILE *f)
{
    fputs(
        "usage: llmgate scan [--entities A,B] [--threshold X] [--jsonl] [--no-ner] [--model PATH] "
        "[FILE]\n"
        "  --entities A,B  report only these entity types\n"
        "  --threshold X   drop results scoring below X (default 0.4; Presidio's default is 0)\n"
        "  --jsonl         input lines {\"id\",\"text\"}, output lines {\"id\",\"results\"}\n"
        "  --no-ner        pattern recognizers only\n",
        f);
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);

    if (!p)
        return NULL;
    for (;;) {
        size_t r;

        if (n == cap) {
            char *q = realloc(p, cap * 2);

            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
            cap *= 2;
        }
        r = fread(p + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    *len = n;
    return p;
}

static json_t *results_json(struct str text, struct guard_results *r)
{
    json_t *arr = json_array();

    guard_cp_offsets(text, r);
    for (size_t i = 0; arr && i < r->n; i++) {
        const struct guard_result *x = &r->v[i];
        json_t *o = json_pack("{s:s, s:I, s:I, s:f}", "entity_type", x->entity, "start",
                              (json_int_t)x->start, "end", (json_int_t)x->end, "score",
                              (double)((long long)(x->score * 10000 + 0.5)) / 10000);

        if (!o || json_array_append_new(arr, o) < 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

/* "A,B,C" -> NULL-terminated vector; *buf owns the strings. */
static char **split_list(const char *s, char **buf)
{
    size_t n = 1, k = 0;
    char **v, *tok, *save = NULL;

    *buf = strdup(s);
    if (!*buf)
        return NULL;
    for (const char *p = s; *p; p++)
        n += *p == ',';
    v = calloc(n + 1, sizeof(*v));
    if (!v)
        return NULL;
    for (tok = strtok_r(*buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        if (*tok)
            v[k++] = tok;
    return v;
}

static int scan_one(struct guard_engine *e, struct guard_scratch *s, struct str text,
                    const struct guard_opts *opt, json_t **out)
{
    struct guard_results r = {0};
    int rc = guard_analyze(e, s, text, opt, &r);

    if (rc == 0) {
        *out = results_json(text, &r);
        if (!*out)
            rc = GW_ENOMEM;
    }
    guard_results_dispose(&r);
    return rc;
}

int guard_cli_scan(int argc, char **argv)
{
    static const struct option lopts[] = {
        {"entities", required_argument, NULL, 'e'},
        {"threshold", required_argument, NULL, 't'},
        {"jsonl", no_argument, NULL, 'j'},
        {"no-ner", no_argument, NULL, 'n'},
        {"model", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct guard_opts opt = {.threshold = CLI_DEFAULT_THRESHOLD, .no_explain = true};
    struct guard_engine *e = NULL;
    struct guard_scratch *s = NULL;
    char **entities = NULL, *entities_buf = NULL;
    const char *model = NULL, *err = NULL;
    bool jsonl = false;
    FILE *in = stdin;
    int ch, rc, status = 1;

    optind = 1;
    while ((ch = getopt_long(argc, argv, "e:t:jnm:h", lopts, NULL)) != -1) {
        switch (ch) {
        case 'e':
            free(entities);
            free(entities_buf);
            entities = split_list(optarg, &entities_buf);
            if (!entities) {
                free(entities_buf);
                return 1;
            }
            opt.entities = (const char *const *)entities;
            break;
        case 't': {
            char *end;

            opt.threshold = strtod(optarg, &end);
            if (*end || end == optarg) {
                fprintf(stderr, "llmgate scan: bad --threshold %s\n", optarg);
                free(entities);
                free(entities_buf);
                return 2;
            }
            break;
        }
        case 'j': jsonl = true; break;
        case 'n': opt.no_ner = true; break;
        case 'm': model = optarg; break;
        case 'h':
            usage(stdout);
            free(entities);
            free(entities_buf);
            return 0;
        default:
            usage(stderr);
            free(entities);
            free(entities_buf);
            return 2;
        }
    }
    if (optind < argc) {
        in = fopen(argv[optind], "rb");
        if (!in) {
            fprintf(stderr, "llmgate scan: %s: %s\n", argv[optind], strerror(errno));
            free(entities);
            free(entities_buf);
            return 1;
        }
    }
    rc = guard_engine_new(model, &e, &err);
    if (rc < 0) {
        fprintf(stderr, "llmgate scan: %s\n", err ? err : gw_strerror(rc));
        goto out;
    }
    rc = guard_scratch_new(e, &s);
    if (rc < 0) {
        fprintf(stderr, "llmgate scan: %s\n", gw_strerror(rc));
        goto out;
    }
    if (!jsonl) {
        size_t len;
        char *buf = read_all(in, &len);
        json_t *res = NULL;

        if (!buf) {
            fprintf(stderr, "llmgate scan: out of memory\n");
            goto out;
        }
        rc = scan_one(e, s, (struct str){buf, len}, &opt, &res);
        if (rc < 0) {
            fprintf(stderr, "llmgate scan: %s\n", gw_strerror(rc));
            free(buf);
            goto out;
        }
        json_dumpf(res, stdout, JSON_COMPACT | JSON_REAL_PRECISION(4));
        fputc('\n', stdout);
        json_decref(res);
        free(buf);
        status = 0;
    } else {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        long ln = 0;

        status = 0;
        while ((n = getline(&line, &cap, in)) != -1) {
            json_error_t jerr;
            json_t *rec, *res = NULL, *o;
            const char *text;

            ln++;
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = '\0';
            if (n == 0)
                continue;
            rec = json_loadb(line, (size_t)n, 0, &jerr);
            text = rec ? json_string_value(json_object_get(rec, "text")) : NULL;
            if (!text) {
                fprintf(stderr, "llmgate scan: line %ld: expected {\"id\",\"text\"}\n", ln);
                json_decref(rec);
                status = 1;
                continue;
            }
            rc =
                scan_one(e, s, (struct str){text, json_string_length(json_object_get(rec, "text"))},
                         &opt, &res);
            if (rc < 0) {
                fprintf(stderr, "llmgate scan: line %ld: %s\n", ln, gw_strerror(rc));
                json_decref(rec);
                status = 1;
                continue;
            }
            o = json_object();
            json_object_set(o, "id",
                            json_object_get(rec, "id") ? json_object_get(rec, "id") : json_null());
            json_object_set_new(o, "results", res);
            json_dumpf(o, stdout, JSON_COMPACT | JSON_REAL_PRECISION(4));
            fputc('\n', stdout);
            json_decref(o);
            json_decref(rec);
        }
        free(line);
    }
out:
    guard_scratch_free(s);
    guard_engine_free(e);
    if (in != stdin)
        fclose(in);
    free(entities);
    free(entities_buf);
    return status;
}
