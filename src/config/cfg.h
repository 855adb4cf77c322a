/*
 * config: loads a LiteLLM-style config.yaml (libfyaml) into an immutable,
 * ref-counted snapshot. Resolves `os.environ/NAME` wherever a scalar stands,
 * checks types, and reports every problem as `file:line:col: message`.
 * Sections that other subsystems own (litellm_settings, router_settings,
 * guardrails, environment_variables, ...) are kept as JSON trees for them.
 * A snapshot is never changed after cfg_load(); reload builds a new one.
 */
#ifndef GW_CONFIG_CFG_H
#define GW_CONFIG_CFG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "../util/arena.h"

/* One entry of model_list. Strings live in the snapshot's arena; NULL when absent. */
struct cfg_deployment {
    const char *model_name; /* the public name clients ask for (the model group) */
    const char *provider; /* "openai", "mock", "azure", "anthropic", "ollama", "ollama_chat", ... */
    const char *model;    /* upstream model after "provider/", e.g. "gpt-4o-mini" */
    const char *api_base; /* without trailing slash */
    const char *api_key;  /* secret: never log */
    const char *api_version;
    const char *mock_response; /* litellm_params.mock_response */
    const char *id;            /* model_info.id, else a stable hash of the entry */
    double timeout;            /* seconds; 0 = default */
    double stream_timeout;     /* seconds; 0 = use timeout */
    long rpm, tpm;             /* 0 = unlimited */
    double weight;             /* 0 = not given */
    int order;                 /* 0 = not given; lower is preferred */
    int max_retries;           /* -1 = not given */
    json_t *litellm_params;    /* the whole resolved mapping, for providers' extras */
    json_t *model_info;        /* resolved model_info mapping, or NULL */
    int line, col;             /* where the entry starts, for diagnostics */
};

struct cfg {
    struct arena arena; /* owns every string below */
    int refs;           /* atomic; see cfg_ref / cfg_unref */
    const char *path;

    struct cfg_deployment *deployments;
    size_t n_deployments;

    /* general_settings */
    const char *master_key;   /* secret; NULL = no auth */
    const char *database_url; /* secret */
    size_t max_request_bytes; /* from max_request_size_mb, default 10 MiB */
    double request_timeout;   /* litellm_settings.request_timeout, seconds; default 600 */

    /* Sections kept whole (env references resolved) for the subsystems that own
     * them; each is NULL when absent. Owned by the snapshot. */
    json_t *general_settings;
    json_t *litellm_settings;
    json_t *router_settings;
    json_t *guardrails;
    json_t *environment_variables;
};

/* One problem found while loading. */
struct cfg_diag {
    int line, col;     /* 1-based; 0 when the problem has no position */
    bool warning;      /* an unknown key is a warning, not a failure */
    char message[256]; /* never contains a secret value */
};

struct cfg_diags {
    struct cfg_diag *items; /* heap, owned; free with cfg_diags_dispose */
    size_t n;
    size_t n_errors;
};

/*
 * Loads `path`. On success returns 0 and *out holds a snapshot with one
 * reference. On failure returns GW_ECONFIG (or GW_EIO when the file cannot be
 * read) and *out is NULL. In both cases `diags` (if not NULL) receives every
 * warning and error found; the caller disposes it. `*diags` is overwritten,
 * not appended to.
 * `environment_variables` entries are exported with setenv() before
 * `os.environ/` references are resolved, as LiteLLM does.
 */
int cfg_load(const char *path, struct cfg **out, struct cfg_diags *diags);
/* Same, from a string in memory; `name` is used in diagnostics. */
int cfg_load_string(const char *name, const char *yaml, size_t len, struct cfg **out,
                    struct cfg_diags *diags);
/* A config with no file: one `mock` deployment named "mock", no master key.
 * Returns 0 or GW_ENOMEM. */
int cfg_default(struct cfg **out);

struct cfg *cfg_ref(struct cfg *c);
void cfg_unref(struct cfg *c); /* frees at zero */

void cfg_diags_dispose(struct cfg_diags *d);
/* Prints every diagnostic as `file:line:col: error|warning: message\n`. */
void cfg_diags_print(const struct cfg_diags *d, const char *file, FILE *out);

/* Deployments of a model group, in config order; returns the count and fills
 * at most `max` pointers. The count returned is the number filled (never more
 * than `max`), except that with `out` NULL it is the size of the group. The
 * pointers live as long as the snapshot. */
size_t cfg_group(const struct cfg *c, const char *model_name, const struct cfg_deployment **out,
                 size_t max);

#endif
