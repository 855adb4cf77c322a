/*
 * config internals, shared by the two files of the module: cfg_yaml.c knows
 * YAML (libfyaml nodes, positions, scalars and their core-schema types, the
 * conversion to JSON, `os.environ/` references, diagnostics); cfg.c knows the
 * LiteLLM sections and builds the snapshot. Nothing here leaves src/config/.
 */
#ifndef GW_CONFIG_CFG_INT_H
#define GW_CONFIG_CFG_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>
#include <libfyaml.h>

#include "cfg.h"
#include "../util/str.h"

/* A 1-based position; {0, 0} when unknown. */
struct cfg__pos {
    int line, col;
};

/* The state of one load. */
struct cfg__ld {
    struct cfg *c;      /* snapshot under construction; its arena holds copies */
    struct cfg_diags d; /* every problem so far; handed to the caller at the end */
    bool nomem;         /* an allocation failed: the load ends with GW_ENOMEM */
};

/* Types of the YAML 1.2 core schema, as far as JSON can carry them. */
enum cfg__kind {
    CFG__NULL,
    CFG__BOOL,
    CFG__INT,
    CFG__FLOAT,
    CFG__STR,
};

/* A scalar after `os.environ/` resolution. */
struct cfg__scalar {
    const char *ptr; /* not NUL-terminated; valid until the load ends */
    size_t len;
    enum cfg__kind kind; /* CFG__STR for quoted, tagged !!str or env values */
    struct cfg__pos pos;
    bool from_env;
};

/* One entry of a mapping, as cfg__pair_next() hands it out. */
struct cfg__pair {
    struct str key;             /* raw key text (never env-resolved); valid during the load */
    struct fy_node *value;      /* NULL for an empty value */
    struct cfg__pos kpos, vpos; /* vpos falls back to kpos */
};

/* Adds a diagnostic unless the same one (position and text) is already there,
 * so that a scalar looked at twice is reported once. */
void cfg__diag(struct cfg__ld *ld, struct cfg__pos pos, bool warning, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Parses `yaml` into a document with aliases and merge keys resolved. Returns
 * NULL on a syntax error (reported, with its position) and for an empty
 * stream (not reported). The caller destroys the document. */
struct fy_document *cfg__parse(struct cfg__ld *ld, const char *yaml, size_t len);

/* Where a node starts. libfyaml 0.7 has no public start mark for collections,
 * so a mapping or sequence is placed at its first scalar; an empty one, and a
 * missing node, at `fallback`. */
struct cfg__pos cfg__node_pos(struct fy_node *n, struct cfg__pos fallback);

/* Reads a scalar (a NULL node is an empty plain scalar: null). Returns 0;
 * GW_EINVAL when `n` is a mapping or sequence (nothing reported, the caller
 * knows what was expected); GW_ECONFIG when an `os.environ/NAME` reference
 * names an unset variable (reported); GW_ENOMEM. */
int cfg__scalar(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback,
                struct cfg__scalar *out);

/* True for a missing node and for a plain null scalar (`~`, `null`, empty). */
bool cfg__is_null(struct fy_node *n);

/* The core-schema type of plain text: null, bool, int, float or string. */
enum cfg__kind cfg__classify(const char *p, size_t len);
/* Parses text that cfg__classify() called CFG__INT (decimal, 0x, 0o).
 * Returns false on overflow. */
bool cfg__parse_int(const char *p, size_t len, long long *out);
/* Parses text that cfg__classify() called CFG__INT or CFG__FLOAT. */
double cfg__parse_float(const char *p, size_t len);

/* Iterates a mapping. Non-scalar keys are reported and skipped. Returns false
 * at the end. `*it` starts as NULL. */
bool cfg__pair_next(struct cfg__ld *ld, struct fy_node *map, void **it, struct cfg__pair *out);

/* Converts a node to a new JSON value with env references resolved. A value
 * that cannot be converted is reported and becomes null. Returns NULL only
 * when out of memory (and sets ld->nomem). */
json_t *cfg__to_json(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback);

/* Copies `len` bytes of untrusted text into `out` for a message: control
 * characters become '?', and long text is cut with "...". Returns `out`.
 * Only for names (keys, variables, providers), never for secret values. */
const char *cfg__clip(const char *p, size_t len, char *out, size_t size);

bool cfg__utf8_valid(const char *p, size_t len);

#endif
