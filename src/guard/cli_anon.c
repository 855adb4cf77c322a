/*
 * cli_anon: `llmgate anonymize`, the analyzer and the anonymizer on files.
 *
 *   llmgate anonymize [--entities A,B] [--threshold X] [--operators JSON]
 *                     [--jsonl] [FILE]
 *
 * Plain text in (FILE, or standard input when absent or "-"), the same text
 * out with every entity found replaced by the operators (default: replace,
 * <ENTITY_TYPE>). Text is analyzed in blocks of whole lines (about 1 MiB),
 * so input of any size streams through in bounded memory; an entity never
 * spans a block boundary, which falls between lines.
 *
 * With --jsonl every input line is a JSON object {"id": ..., "text": "..."}
 * and every output line {"id": ..., "text": anonymized, "items": [...]}, the
 * items as Presidio's /anonymize lists them (code-point offsets into the
 * anonymized text). A line that cannot be read is reported on stderr with
 * its number and skipped; the exit status is then 1.
 *
 * The default threshold is 0.4, as for `llmgate scan`, so that both commands
 * agree on what is PII: what passes it has a distinctive shape, a passing
 * check digit, or context words around it. Presidio's default is 0
 * (everything down to 0.01 guesses): --threshold 0.
 *
 * Exit status: 0 done, 1 some input failed, 2 usage or setup error.
 */
#include "anonymize.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "util/jmem.h"
#include "util/err.h"

#define CLI_DEFAULT_THRESHOLD 0.4
#define CLI_BLOCK             (1u << 20)
#define CLI_MAX_TEXT          (256u << 20) /* one JSONL line, or one run without a newline */

struct cli {
    struct guard_engine *e;
    struct guard_scratch *s;
    struct guard_opts opt;
    json_t *ops;
    struct guard_results res;
    struct buf out;
    char err[GUARD_ANON_ERRLEN];
};

static void usage(FILE *f)
{
    fputs("usage: llmgate anonymize [--entities A,B] [--threshold X] [--operators JSON] "
          "[--jsonl] [FILE]\n"
          "\n"
          "  --entities A,B    only these entity types (default: all)\n"
          "  --threshold X     drop results scoring below X (default 0.4; Presidio's is 0)\n"
          "  --operators JSON  Presidio's anonymizers object, e.g.\n"
          "                    '{\"DEFAULT\":{\"type\":\"mask\",\"masking_char\":\"*\","
          "\"chars_to_mask\":4,\"from_end\":true}}'\n"
          "  --jsonl           lines of {\"id\",\"text\"} in, {\"id\",\"text\",\"items\"} out\n",
          f);
}

/* Analyzes and anonymizes `text` into c->out; *items when not NULL. */
static int run(struct cli *c, struct str text, json_t **items)
{
    int rc;

    buf_reset(&c->out);
    guard_results_reset(&c->res);
    c->err[0] = '\0';
    rc = guard_analyze(c->e, c->s, text, &c->opt, &c->res);
    if (rc < 0) {
        snprintf(c->err, sizeof(c->err), "analysis failed: %s", gw_strerror(rc));
        return rc;
    }
    rc = guard_anonymize(text, &c->res, c->ops, &c->out, items, c->err, sizeof(c->err));
    if (rc < 0 && !c->err[0])
        snprintf(c->err, sizeof(c->err), "%s", gw_strerror(rc));
    return rc;
}

static int plain(struct cli *c, FILE *in)
{
    struct buf block;
    char chunk[64 * 1024];
    int rc = 0;

    buf_init(&block, CLI_MAX_TEXT);
    for (;;) {
        size_t n = fread(chunk, 1, sizeof(chunk), in), cut;
        bool eof = n < sizeof(chunk); /* fread stops short only at the end or an error */

        if (n && buf_append(&block, chunk, n) < 0) {
            fprintf(stderr, "llmgate anonymize: a line longer than %u MiB\n", CLI_MAX_TEXT >> 20);
            rc = 1;
            break;
        }
        if (!eof && block.len < CLI_BLOCK)
            continue;
        /* A block ends after its last newline; at the end, everything goes. */
        cut = block.len;
        while (!eof && cut > 0 && block.ptr[cut - 1] != '\n')
            cut--;
        if (cut > 0) {
            if (run(c, str_of(block.ptr, cut), NULL) < 0) {
                fprintf(stderr, "llmgate anonymize: %s\n", c->err);
                rc = 1;
                break;
            }
            fwrite(c->out.ptr, 1, c->out.len, stdout);
            buf_consume(&block, cut);
        }
        if (eof)
            break;
    }
    if (ferror(in)) {
        fprintf(stderr, "llmgate anonymize: read error: %s\n", strerror(errno));
        rc = 1;
    }
    buf_dispose(&block);
    return rc;
}

static int jsonl(struct cli *c, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long no = 0;
    int rc = 0;

    while ((len = getline(&line, &cap, in)) >= 0) {
        json_error_t jerr;
        json_t *obj, *text, *items = NULL, *outj;
        char *dump;

        no++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (len == 0)
            continue;
        obj = json_loadb(line, (size_t)len, 0, &jerr);
        text = json_object_get(obj, "text");
        if (!json_is_object(obj) || !json_is_string(text)) {
            fprintf(stderr, "llmgate anonymize: line %ld: %s\n", no,
                    obj ? "expected an object with a \"text\" string" : jerr.text);
            json_decref(obj);
            rc = 1;
            continue;
        }
        if (run(c, str_of(json_string_value(text), json_string_length(text)), &items) < 0) {
            fprintf(stderr, "llmgate anonymize: line %ld: %s\n", no, c->err);
            json_decref(obj);
            rc = 1;
            continue;
        }
        outj = json_pack("{s:O?,s:s%,s:o}", "id", json_object_get(obj, "id"), "text",
                         c->out.ptr ? c->out.ptr : "", c->out.len, "items", items);
        dump = outj ? json_dumps(outj, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
        if (!dump) {
            fprintf(stderr, "llmgate anonymize: line %ld: out of memory\n", no);
            rc = 1;
        } else {
            fputs(dump, stdout);
            fputc('\n', stdout);
        }
        jmem_free_dump(dump);
        json_decref(outj);
        json_decref(obj);
    }
    free(line);
    if (ferror(in)) {
        fprintf(stderr, "llmgate anonymize: read error: %s\n", strerror(errno));
        rc = 1;
    }
    return rc;
}

/* "A,B" → NULL-terminated list (heap; one block with the strings). */
static const char **split_list(const char *s)
{
    size_t n = 1, len = strlen(s);
    const char **v;
    char *copy;

    for (const char *p = s; *p; p++)
        n += *p == ',';
    v = malloc((n + 1) * sizeof(*v) + len + 1);
    if (!v)
        return NULL;
    copy = (char *)(v + n + 1);
    memcpy(copy, s, len + 1);
    n = 0;
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ","))
        v[n++] = tok;
    v[n] = NULL;
    return v;
}

int guard_cli_anonymize(int argc, char **argv)
{
    static const struct option opts[] = {
        {"entities", required_argument, NULL, 'e'},
        {"threshold", required_argument, NULL, 't'},
        {"operators", required_argument, NULL, 'o'},
        {"jsonl", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct cli c = {.opt.threshold = CLI_DEFAULT_THRESHOLD};
    const char **entities = NULL, *gerr = NULL;
    bool lines = false;
    FILE *in = stdin;
    int ch, rc = 2;

    optind = 1;
    while ((ch = getopt_long(argc, argv, "e:t:o:jh", opts, NULL)) != -1) {
        switch (ch) {
        case 'e':
            free(entities);
            entities = split_list(optarg);
            break;
        case 't': {
            char *end;

            c.opt.threshold = strtod(optarg, &end);
            if (*end || c.opt.threshold < 0 || c.opt.threshold > 1) {
                fputs("llmgate anonymize: --threshold takes a number from 0 to 1\n", stderr);
                goto out;
            }
            break;
        }
        case 'o': {
            json_error_t jerr;

            json_decref(c.ops);
            c.ops = json_loads(optarg, 0, &jerr);
            if (!json_is_object(c.ops)) {
                fprintf(stderr, "llmgate anonymize: --operators: %s\n",
                        c.ops ? "expected a JSON object" : jerr.text);
                goto out;
            }
            break;
        }
        case 'j': lines = true; break;
        case 'h':
            usage(stdout);
            rc = 0;
            goto out;
        default: usage(stderr); goto out;
        }
    }
    if (argc - optind > 1) {
        usage(stderr);
        goto out;
    }
    if (optind < argc && strcmp(argv[optind], "-") != 0) {
        in = fopen(argv[optind], "rb");
        if (!in) {
            fprintf(stderr, "llmgate anonymize: %s: %s\n", argv[optind], strerror(errno));
            goto out;
        }
    }
    c.opt.entities = entities;
    if (guard_engine_new(NULL, &c.e, &gerr) < 0 || guard_scratch_new(c.e, &c.s) < 0) {
        fprintf(stderr, "llmgate anonymize: cannot build the PII engine: %s\n",
                gerr ? gerr : "out of memory");
        goto out;
    }
    buf_init(&c.out, (size_t)CLI_MAX_TEXT * 8);
    rc = lines ? jsonl(&c, in) : plain(&c, in);
    fflush(stdout);
    buf_dispose(&c.out);
out:
    if (in && in != stdin)
        fclose(in);
    guard_results_dispose(&c.res);
    if (c.s)
        guard_scratch_free(c.s);
    if (c.e)
        guard_engine_free(c.e);
    json_decref(c.ops);
    free(entities);
    return rc;
}
