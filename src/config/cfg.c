/*
 * config: the LiteLLM proxy config.yaml surface, loaded into an immutable,
 * ref-counted snapshot (struct cfg). This file knows the sections: it exports
 * environment_variables, checks model_list entries field by field, reads the
 * few general_settings and litellm_settings the gateway itself acts on, and
 * keeps every section whole as JSON for the subsystem that owns it (router,
 * guardrails, auth). YAML details live in cfg_yaml.c.
 *
 * A load runs in two passes over the top-level mapping. The first exports
 * environment_variables with setenv(), as LiteLLM does, so that the second can
 * resolve `os.environ/NAME` against them wherever a scalar stands. setenv() is
 * not thread-safe; a reload runs it while workers may call getenv(), which is
 * the same hazard LiteLLM accepts, and the gateway's own code reads the
 * environment only at start-up.
 *
 * Every problem becomes a diagnostic with a position; the load goes on after
 * an error so that one run shows them all, and fails at the end if any error
 * was found. No message ever quotes the value of a scalar that may be a secret
 * (api_key, master_key, database_url, anything from the environment).
 */
#include "cfg.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "cfg_int.h"
#include "../util/buf.h"
#include "../util/err.h"

#define CFG_ARENA_CHUNK     8192
#define CFG_MAX_FILE        (64u << 20) /* a config this big is a mistake */
#define CFG_DEFAULT_MAX_MB  10
#define CFG_MAX_REQUEST_MB  (1024 * 1024) /* 1 TiB; beyond it size_t math is unsafe on 32 bits */
#define CFG_DEFAULT_TIMEOUT 600.0         /* LiteLLM's request_timeout default */

/* Providers with a module in src/providers/ (or served by an OpenAI-compatible
 * one). The name is what LiteLLM writes before the first '/' of `model`. */
static const char *const providers[] = {
    "openai",     "text-completion-openai",
    "azure",      "anthropic",
    "ollama",     "ollama_chat",
    "mock",       "hosted_vllm",
    "groq",       "together_ai",
    "deepinfra",  "fireworks_ai",
    "mistral",    "lm_studio",
    "openrouter", "perplexity",
    "xai",        "deepseek",
    "llamafile",  "cerebras",
    "nvidia_nim",
};

static bool known_provider(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(providers) / sizeof(providers[0]); i++)
        if (strcmp(providers[i], name) == 0)
            return true;
    return false;
}

/* ---- field readers ---------------------------------------------------- */

/* Reads a string field into the arena. A null value leaves *out as it is. Any
 * scalar is taken as its text: `api_version: 2024-02-01` is a plain scalar,
 * and a number read as text is what LiteLLM's str() would give. Returns 0 or
 * a negative code (reported). */
static int get_str(struct cfg__ld *ld, const struct cfg__pair *p, const char *key, const char **out)
{
    struct cfg__scalar sc;
    char *s;
    int rc = cfg__scalar(ld, p->value, p->kpos, &sc);

    if (rc == GW_EINVAL) {
        cfg__diag(ld, sc.pos, false, "'%s' must be a string", key);
        return GW_ECONFIG;
    }
    if (rc < 0)
        return rc;
    if (sc.kind == CFG__NULL)
        return 0;
    /* A NUL (from a "\0" escape) would silently cut a C string short. */
    if (memchr(sc.ptr, '\0', sc.len)) {
        cfg__diag(ld, sc.pos, false, "'%s' must not contain a NUL character", key);
        return GW_ECONFIG;
    }
    s = arena_strndup(&ld->c->arena, sc.ptr, sc.len);
    if (!s) {
        ld->nomem = true;
        return GW_ENOMEM;
    }
    *out = s;
    return 0;
}

/* Reads a non-negative number: an int, a float, or a string holding one
 * (LiteLLM coerces those, and os.environ values are always strings). With
 * `integer`, a fraction is refused. Returns 1 when set, 0 when absent (null),
 * or a negative code (reported). */
static int get_num(struct cfg__ld *ld, const struct cfg__pair *p, const char *key, bool integer,
                   double *dout, long long *iout)
{
    struct cfg__scalar sc;
    enum cfg__kind kind;
    long long iv = 0;
    double dv;
    int rc = cfg__scalar(ld, p->value, p->kpos, &sc);

    if (rc == GW_EINVAL)
        goto bad;
    if (rc < 0)
        return rc;
    kind = sc.kind;
    if (kind == CFG__NULL)
        return 0;
    if (kind == CFG__STR)
        kind = cfg__classify(sc.ptr, sc.len);
    if (kind == CFG__INT) {
        if (!cfg__parse_int(sc.ptr, sc.len, &iv)) {
            cfg__diag(ld, sc.pos, false, "'%s' is out of range", key);
            return GW_ECONFIG;
        }
        dv = (double)iv;
    } else if (kind == CFG__FLOAT && !integer) {
        dv = cfg__parse_float(sc.ptr, sc.len);
        if (!isfinite(dv)) {
            cfg__diag(ld, sc.pos, false, "'%s' is out of range", key);
            return GW_ECONFIG;
        }
    } else {
        goto bad;
    }
    if (dv < 0) {
        cfg__diag(ld, sc.pos, false, "'%s' must not be negative", key);
        return GW_ECONFIG;
    }
    if (dout)
        *dout = dv;
    if (iout)
        *iout = iv;
    return 1;
bad:
    cfg__diag(ld, sc.pos, false, "'%s' must be %s", key, integer ? "an integer" : "a number");
    return GW_ECONFIG;
}

static void get_int(struct cfg__ld *ld, const struct cfg__pair *p, const char *key, int *out)
{
    long long v;

    if (get_num(ld, p, key, true, NULL, &v) <= 0)
        return;
    if (v > INT_MAX) {
        cfg__diag(ld, p->vpos, false, "'%s' is out of range", key);
        return;
    }
    *out = (int)v;
}

static void get_long(struct cfg__ld *ld, const struct cfg__pair *p, const char *key, long *out)
{
    long long v;

    if (get_num(ld, p, key, true, NULL, &v) <= 0)
        return;
    if (v > LONG_MAX) {
        cfg__diag(ld, p->vpos, false, "'%s' is out of range", key);
        return;
    }
    *out = (long)v;
}

/* Keeps a whole section as JSON after checking its type. A null section
 * (`router_settings:` with nothing under it) counts as absent. */
static json_t *keep(struct cfg__ld *ld, const struct cfg__pair *p, bool sequence)
{
    bool ok;

    if (cfg__is_null(p->value))
        return NULL;
    ok = sequence ? fy_node_is_sequence(p->value) : fy_node_is_mapping(p->value);
    if (!ok) {
        cfg__diag(ld, p->vpos, false, "%.*s must be a %s", STR_FMT(p->key),
                  sequence ? "sequence" : "mapping");
        return NULL;
    }
    return cfg__to_json(ld, p->value, p->kpos);
}

static void set_tree(json_t **slot, json_t *tree)
{
    json_decref(*slot); /* a key cannot repeat, but stay leak-free if it did */
    *slot = tree;
}

/* ---- model_list ------------------------------------------------------- */

/* The first 16 hex digits of SHA-256(model_name "\n" model "\n" api_base):
 * stable across reloads and restarts, so metrics and cooldowns keyed by id
 * survive them. The api_key is left out on purpose: an id is logged, and a
 * hash of a short key would be a guessing oracle. Returns NULL when out of
 * memory. */
static const char *stable_id(struct arena *a, const char *model_name, const char *model,
                             const char *api_base)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    char *text, *id;
    int i;

    text = arena_printf(a, "%s\n%s\n%s", model_name, model, api_base ? api_base : "");
    id = arena_alloc(a, 17);
    if (!text || !id)
        return NULL;
    if (EVP_Digest(text, strlen(text), md, &md_len, EVP_sha256(), NULL) != 1 || md_len < 8)
        return NULL;
    for (i = 0; i < 8; i++) {
        id[2 * i] = hex[md[i] >> 4];
        id[2 * i + 1] = hex[md[i] & 15];
    }
    id[16] = '\0';
    return id;
}

/* Splits "provider/name" at the first '/'; no '/' means OpenAI, as in
 * LiteLLM. `pos` is the model scalar's. */
static void set_model(struct cfg__ld *ld, struct cfg_deployment *d, const char *full,
                      struct cfg__pos pos)
{
    const char *slash = strchr(full, '/');
    char pclip[64], mclip[128];
    char *provider;

    if (!slash) {
        d->provider = "openai";
        d->model = full;
        return;
    }
    provider = arena_strndup(&ld->c->arena, full, (size_t)(slash - full));
    if (!provider) {
        ld->nomem = true;
        return;
    }
    d->provider = provider;
    d->model = slash + 1;
    if (!known_provider(provider)) {
        cfg__diag(ld, pos, false, "unknown provider '%s' in model '%s'",
                  cfg__clip(provider, strlen(provider), pclip, sizeof(pclip)),
                  cfg__clip(full, strlen(full), mclip, sizeof(mclip)));
        return;
    }
    if (!*d->model)
        cfg__diag(ld, pos, false, "model '%s' names no model after the provider",
                  cfg__clip(full, strlen(full), mclip, sizeof(mclip)));
}

static void load_params(struct cfg__ld *ld, struct fy_node *lp, struct cfg__pos lp_pos,
                        struct cfg_deployment *d, const char **full_model)
{
    struct cfg__pair p;
    struct cfg__pos model_pos = lp_pos;
    struct fy_node *model = NULL;
    void *it = NULL;
    bool has_model = false;

    d->litellm_params = cfg__to_json(ld, lp, lp_pos);
    while (cfg__pair_next(ld, lp, &it, &p)) {
        if (str_eq_c(p.key, "model")) {
            has_model = true;
            model = p.value;
            model_pos = p.vpos;
            get_str(ld, &p, "model", full_model);
        } else if (str_eq_c(p.key, "api_base")) {
            if (get_str(ld, &p, "api_base", &d->api_base) == 0 && d->api_base) {
                char *b = (char *)d->api_base; /* our own arena copy */
                size_t n = strlen(b);

                while (n > 0 && b[n - 1] == '/')
                    b[--n] = '\0';
            }
        } else if (str_eq_c(p.key, "api_key")) {
            get_str(ld, &p, "api_key", &d->api_key);
        } else if (str_eq_c(p.key, "api_version")) {
            get_str(ld, &p, "api_version", &d->api_version);
        } else if (str_eq_c(p.key, "mock_response")) {
            get_str(ld, &p, "mock_response", &d->mock_response);
        } else if (str_eq_c(p.key, "timeout")) {
            get_num(ld, &p, "timeout", false, &d->timeout, NULL);
        } else if (str_eq_c(p.key, "stream_timeout")) {
            get_num(ld, &p, "stream_timeout", false, &d->stream_timeout, NULL);
        } else if (str_eq_c(p.key, "rpm")) {
            get_long(ld, &p, "rpm", &d->rpm);
        } else if (str_eq_c(p.key, "tpm")) {
            get_long(ld, &p, "tpm", &d->tpm);
        } else if (str_eq_c(p.key, "weight")) {
            get_num(ld, &p, "weight", false, &d->weight, NULL);
        } else if (str_eq_c(p.key, "order")) {
            get_int(ld, &p, "order", &d->order);
        } else if (str_eq_c(p.key, "max_retries")) {
            get_int(ld, &p, "max_retries", &d->max_retries);
        }
        /* Anything else (temperature, organization, aws_region_name, ...) is a
         * provider extra, kept in d->litellm_params without a word. */
    }
    if (!*full_model) {
        /* A wrong type or an unset variable was reported by get_str(). */
        if (!has_model || cfg__is_null(model))
            cfg__diag(ld, model_pos, false, "'model' is required");
        return;
    }
    set_model(ld, d, *full_model, model_pos);
}

static void load_model_info(struct cfg__ld *ld, const struct cfg__pair *mi,
                            struct cfg_deployment *d)
{
    struct cfg__pair p;
    void *it = NULL;

    if (cfg__is_null(mi->value))
        return;
    if (!fy_node_is_mapping(mi->value)) {
        cfg__diag(ld, mi->vpos, false, "'model_info' must be a mapping");
        return;
    }
    d->model_info = cfg__to_json(ld, mi->value, mi->kpos);
    while (cfg__pair_next(ld, mi->value, &it, &p))
        if (str_eq_c(p.key, "id"))
            get_str(ld, &p, "id", &d->id);
}

static void load_deployment(struct cfg__ld *ld, struct fy_node *n, struct cfg__pos fallback,
                            struct cfg_deployment *d)
{
    struct cfg__pos pos = cfg__node_pos(n, fallback);
    struct cfg__pair p, name = {0}, params = {0}, info = {0};
    bool has_name = false, has_params = false, has_info = false;
    const char *full_model = NULL;
    char clip[64];
    void *it = NULL;

    d->max_retries = -1;
    d->line = pos.line;
    d->col = pos.col;
    if (!n || !fy_node_is_mapping(n)) {
        cfg__diag(ld, pos, false, "model_list entry must be a mapping");
        return;
    }
    while (cfg__pair_next(ld, n, &it, &p)) {
        if (str_eq_c(p.key, "model_name")) {
            name = p;
            has_name = true;
        } else if (str_eq_c(p.key, "litellm_params")) {
            params = p;
            has_params = true;
        } else if (str_eq_c(p.key, "model_info")) {
            info = p;
            has_info = true;
        } else {
            cfg__diag(ld, p.kpos, true, "unknown key '%s' in model_list entry",
                      cfg__clip(p.key.ptr, p.key.len, clip, sizeof(clip)));
        }
    }

    if (has_name)
        get_str(ld, &name, "model_name", &d->model_name);
    if (!d->model_name && (!has_name || cfg__is_null(name.value)))
        cfg__diag(ld, has_name ? name.vpos : pos, false, "'model_name' is required");

    if (!has_params || cfg__is_null(params.value))
        cfg__diag(ld, has_params ? params.vpos : pos, false, "'litellm_params' is required");
    else if (!fy_node_is_mapping(params.value))
        cfg__diag(ld, params.vpos, false, "'litellm_params' must be a mapping");
    else
        load_params(ld, params.value, params.kpos, d, &full_model);

    if (has_info)
        load_model_info(ld, &info, d);

    if (!d->id && d->model_name && full_model) {
        d->id = stable_id(&ld->c->arena, d->model_name, full_model, d->api_base);
        if (!d->id)
            ld->nomem = true;
    }
}

static void load_model_list(struct cfg__ld *ld, const struct cfg__pair *p)
{
    struct cfg *c = ld->c;
    struct fy_node *item;
    void *it = NULL;
    size_t i, j, count;
    char clip[64];

    if (cfg__is_null(p->value))
        return;
    if (!fy_node_is_sequence(p->value)) {
        cfg__diag(ld, p->vpos, false, "model_list must be a sequence");
        return;
    }
    count = (size_t)fy_node_sequence_item_count(p->value);
    if (count == 0)
        return;
    c->deployments = arena_zalloc(&c->arena, count * sizeof(*c->deployments));
    if (!c->deployments) {
        ld->nomem = true;
        return;
    }
    while ((item = fy_node_sequence_iterate(p->value, &it)) != NULL && c->n_deployments < count) {
        /* Counted before loading, so that cfg_unref() releases the JSON of a
         * half-loaded entry. */
        struct cfg_deployment *d = &c->deployments[c->n_deployments++];

        load_deployment(ld, item, p->vpos, d);
    }

    /* Two entries with one id confuse per-deployment state (cooldowns, rate
     * counters); LiteLLM keeps both, so this is only a warning. */
    for (i = 1; i < c->n_deployments; i++) {
        const struct cfg_deployment *d = &c->deployments[i];

        for (j = 0; d->id && j < i; j++) {
            if (c->deployments[j].id && strcmp(c->deployments[j].id, d->id) == 0) {
                cfg__diag(ld, (struct cfg__pos){d->line, d->col}, true,
                          "duplicate deployment id '%s' (first at line %d)",
                          cfg__clip(d->id, strlen(d->id), clip, sizeof(clip)),
                          c->deployments[j].line);
                break;
            }
        }
    }
}

/* ---- settings sections -------------------------------------------------- */

static void load_general(struct cfg__ld *ld, const struct cfg__pair *sec)
{
    struct cfg *c = ld->c;
    struct cfg__pair p;
    void *it = NULL;
    double mb;

    set_tree(&c->general_settings, keep(ld, sec, false));
    if (!c->general_settings)
        return;
    while (cfg__pair_next(ld, sec->value, &it, &p)) {
        if (str_eq_c(p.key, "master_key")) {
            if (get_str(ld, &p, "master_key", &c->master_key) == 0 && c->master_key &&
                !*c->master_key) {
                /* Empty would read as "no auth"; most likely an env var set
                 * to "" by mistake, so refuse rather than open the door. */
                cfg__diag(ld, p.vpos, false, "'master_key' is empty");
            }
        } else if (str_eq_c(p.key, "database_url")) {
            get_str(ld, &p, "database_url", &c->database_url);
        } else if (str_eq_c(p.key, "max_request_size_mb")) {
            if (get_num(ld, &p, "max_request_size_mb", false, &mb, NULL) <= 0)
                continue;
            if (mb * 1024.0 * 1024.0 < 1.0) /* 0, or so small it rounds to 0 bytes */
                cfg__diag(ld, p.vpos, false, "'max_request_size_mb' must be greater than 0");
            else if (mb > CFG_MAX_REQUEST_MB)
                cfg__diag(ld, p.vpos, false, "'max_request_size_mb' is too large");
            else
                c->max_request_bytes = (size_t)(mb * 1024.0 * 1024.0);
        }
        /* Others (store_model_in_db, alerting, ...) stay in the JSON tree. */
    }
}

static void load_litellm(struct cfg__ld *ld, const struct cfg__pair *sec)
{
    struct cfg *c = ld->c;
    struct cfg__pair p;
    void *it = NULL;
    double t;

    set_tree(&c->litellm_settings, keep(ld, sec, false));
    if (!c->litellm_settings)
        return;
    while (cfg__pair_next(ld, sec->value, &it, &p)) {
        if (!str_eq_c(p.key, "request_timeout"))
            continue;
        if (get_num(ld, &p, "request_timeout", false, &t, NULL) <= 0)
            continue;
        if (t <= 0)
            cfg__diag(ld, p.vpos, false, "'request_timeout' must be greater than 0");
        else
            c->request_timeout = t;
    }
}

static void load_router(struct cfg__ld *ld, const struct cfg__pair *sec)
{
    set_tree(&ld->c->router_settings, keep(ld, sec, false));
}

static void load_guardrails(struct cfg__ld *ld, const struct cfg__pair *sec)
{
    set_tree(&ld->c->guardrails, keep(ld, sec, true));
}

static void load_env_tree(struct cfg__ld *ld, const struct cfg__pair *sec)
{
    set_tree(&ld->c->environment_variables, keep(ld, sec, false));
}

/* First pass: setenv() every entry, in file order, before anything else is
 * resolved. A value may itself be `os.environ/OTHER`. Type errors of the
 * section as a whole are left to the second pass. */
static void export_env(struct cfg__ld *ld, struct fy_node *sec)
{
    struct cfg__pair p;
    struct cfg__scalar sc;
    char clip[64];
    char *name, *value;
    void *it = NULL;
    int rc;

    if (!sec || !fy_node_is_mapping(sec))
        return;
    while (cfg__pair_next(ld, sec, &it, &p)) {
        cfg__clip(p.key.ptr, p.key.len, clip, sizeof(clip));
        if (p.key.len == 0 || memchr(p.key.ptr, '=', p.key.len) ||
            memchr(p.key.ptr, '\0', p.key.len)) {
            cfg__diag(ld, p.kpos, false, "invalid environment variable name '%s'", clip);
            continue;
        }
        rc = cfg__scalar(ld, p.value, p.kpos, &sc);
        if (rc == GW_EINVAL) {
            cfg__diag(ld, sc.pos, false, "environment variable '%s' must be a scalar", clip);
            continue;
        }
        if (rc < 0)
            continue;
        if (memchr(sc.ptr, '\0', sc.len)) {
            cfg__diag(ld, sc.pos, false,
                      "environment variable '%s' must not contain a NUL character", clip);
            continue;
        }
        /* LiteLLM does os.environ[k] = str(v); a null becomes empty here
         * rather than Python's "None". */
        name = arena_strndup(&ld->c->arena, p.key.ptr, p.key.len);
        value = arena_strndup(&ld->c->arena, sc.kind == CFG__NULL ? "" : sc.ptr,
                              sc.kind == CFG__NULL ? 0 : sc.len);
        if (!name || !value || setenv(name, value, 1) < 0) {
            ld->nomem = true;
            return;
        }
    }
}

struct section {
    const char *name;
    void (*load)(struct cfg__ld *ld, const struct cfg__pair *p); /* NULL: ignored */
};

static const struct section sections[] = {
    {"model_list", load_model_list},
    {"general_settings", load_general},
    {"litellm_settings", load_litellm},
    {"router_settings", load_router},
    {"guardrails", load_guardrails},
    {"environment_variables", load_env_tree},
    /* Known to LiteLLM but not used by the gateway: accepted silently and
     * not even looked at, so their env references need not be set. */
    {"callback_settings", NULL},
    {"credential_list", NULL},
    {"mcp_servers", NULL},
};

static void load_root(struct cfg__ld *ld, struct fy_node *root)
{
    struct cfg__pair p;
    char clip[64];
    void *it = NULL;
    size_t i;

    if (cfg__is_null(root)) {
        cfg__diag(ld, cfg__node_pos(root, (struct cfg__pos){0, 0}), true, "the config is empty");
        return;
    }
    if (!fy_node_is_mapping(root)) {
        cfg__diag(ld, cfg__node_pos(root, (struct cfg__pos){0, 0}), false,
                  "the config must be a mapping");
        return;
    }

    while (cfg__pair_next(ld, root, &it, &p))
        if (str_eq_c(p.key, "environment_variables"))
            export_env(ld, p.value);

    it = NULL;
    while (cfg__pair_next(ld, root, &it, &p)) {
        for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
            if (str_eq_c(p.key, sections[i].name))
                break;
        if (i == sizeof(sections) / sizeof(sections[0]))
            cfg__diag(ld, p.kpos, true, "unknown key '%s'",
                      cfg__clip(p.key.ptr, p.key.len, clip, sizeof(clip)));
        else if (sections[i].load)
            sections[i].load(ld, &p);
    }
}

/* ---- snapshots ------------------------------------------------------- */

static struct cfg *snapshot_new(const char *name)
{
    struct cfg *c = calloc(1, sizeof(*c));

    if (!c)
        return NULL;
    arena_init(&c->arena, CFG_ARENA_CHUNK);
    c->refs = 1;
    c->max_request_bytes = (size_t)CFG_DEFAULT_MAX_MB * 1024 * 1024;
    c->request_timeout = CFG_DEFAULT_TIMEOUT;
    c->path = arena_strdup(&c->arena, name);
    if (!c->path) {
        arena_dispose(&c->arena);
        free(c);
        return NULL;
    }
    return c;
}

static void hand_over(struct cfg_diags *from, struct cfg_diags *to)
{
    if (to)
        *to = *from;
    else
        cfg_diags_dispose(from);
}

int cfg_load_string(const char *name, const char *yaml, size_t len, struct cfg **out,
                    struct cfg_diags *diags)
{
    struct cfg__ld ld;
    struct fy_document *doc = NULL;
    int rc;

    memset(&ld, 0, sizeof(ld));
    *out = NULL;
    ld.c = snapshot_new(name ? name : "<string>");
    if (!ld.c) {
        rc = GW_ENOMEM;
        goto out;
    }
    /* libfyaml wants a buffer even for an empty stream. */
    if (len > 0)
        doc = cfg__parse(&ld, yaml, len);
    if (doc)
        load_root(&ld, fy_document_root(doc));
    else if (ld.d.n_errors == 0 && !ld.nomem)
        load_root(&ld, NULL); /* empty stream: warns */

    rc = ld.nomem ? GW_ENOMEM : ld.d.n_errors > 0 ? GW_ECONFIG : 0;
    if (rc == 0) {
        *out = ld.c;
        ld.c = NULL;
    }
out:
    if (doc)
        fy_document_destroy(doc);
    cfg_unref(ld.c);
    hand_over(&ld.d, diags);
    return rc;
}

int cfg_load(const char *path, struct cfg **out, struct cfg_diags *diags)
{
    struct cfg__ld ld;
    struct buf b;
    char chunk[16384];
    size_t n;
    FILE *f;
    int rc = 0;

    memset(&ld, 0, sizeof(ld));
    *out = NULL;
    buf_init(&b, CFG_MAX_FILE);
    f = fopen(path, "rb");
    if (!f) {
        cfg__diag(&ld, (struct cfg__pos){0, 0}, false, "cannot open: %s", strerror(errno));
        rc = GW_EIO;
        goto out;
    }
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        rc = buf_append(&b, chunk, n);
        if (rc == GW_ETOOBIG) {
            cfg__diag(&ld, (struct cfg__pos){0, 0}, false, "file is larger than %u MiB",
                      CFG_MAX_FILE >> 20);
            rc = GW_ECONFIG;
            goto out;
        }
        if (rc < 0)
            goto out;
    }
    if (ferror(f)) {
        cfg__diag(&ld, (struct cfg__pos){0, 0}, false, "cannot read: %s", strerror(errno));
        rc = GW_EIO;
        goto out;
    }
    fclose(f);
    f = NULL;
    rc = cfg_load_string(path, b.ptr ? b.ptr : "", b.len, out, diags);
    buf_dispose(&b);
    return rc;
out:
    if (f)
        fclose(f);
    buf_dispose(&b);
    if (ld.nomem && rc == 0)
        rc = GW_ENOMEM;
    hand_over(&ld.d, diags);
    return rc;
}

int cfg_default(struct cfg **out)
{
    struct cfg *c = snapshot_new("(built-in default)");
    struct cfg_deployment *d;

    *out = NULL;
    if (!c)
        return GW_ENOMEM;
    d = arena_zalloc(&c->arena, sizeof(*d));
    if (!d)
        goto nomem;
    c->deployments = d;
    c->n_deployments = 1;
    d->model_name = "mock";
    d->provider = "mock";
    d->model = "mock";
    d->max_retries = -1;
    d->litellm_params = json_pack("{s:s}", "model", "mock/mock");
    d->id = stable_id(&c->arena, d->model_name, "mock/mock", NULL);
    if (!d->litellm_params || !d->id)
        goto nomem;
    *out = c;
    return 0;
nomem:
    cfg_unref(c);
    return GW_ENOMEM;
}

struct cfg *cfg_ref(struct cfg *c)
{
    if (c)
        __atomic_add_fetch(&c->refs, 1, __ATOMIC_RELAXED);
    return c;
}

void cfg_unref(struct cfg *c)
{
    size_t i;

    /* Acquire-release so that the thread freeing the snapshot sees every
     * other thread's last use of it. */
    if (!c || __atomic_sub_fetch(&c->refs, 1, __ATOMIC_ACQ_REL) > 0)
        return;
    for (i = 0; i < c->n_deployments; i++) {
        json_decref(c->deployments[i].litellm_params);
        json_decref(c->deployments[i].model_info);
    }
    json_decref(c->general_settings);
    json_decref(c->litellm_settings);
    json_decref(c->router_settings);
    json_decref(c->guardrails);
    json_decref(c->environment_variables);
    arena_dispose(&c->arena);
    free(c);
}

/* ---- diagnostics and lookups ------------------------------------------- */

void cfg_diags_dispose(struct cfg_diags *d)
{
    if (!d)
        return;
    free(d->items);
    d->items = NULL;
    d->n = 0;
    d->n_errors = 0;
}

void cfg_diags_print(const struct cfg_diags *d, const char *file, FILE *out)
{
    size_t i;

    if (!d)
        return;
    if (!file)
        file = "<config>";
    for (i = 0; i < d->n; i++) {
        const struct cfg_diag *g = &d->items[i];
        const char *kind = g->warning ? "warning" : "error";

        if (g->line > 0)
            fprintf(out, "%s:%d:%d: %s: %s\n", file, g->line, g->col, kind, g->message);
        else
            fprintf(out, "%s: %s: %s\n", file, kind, g->message);
    }
}

size_t cfg_group(const struct cfg *c, const char *model_name, const struct cfg_deployment **out,
                 size_t max)
{
    size_t i, n = 0;

    if (!c || !model_name)
        return 0;
    for (i = 0; i < c->n_deployments; i++) {
        const struct cfg_deployment *d = &c->deployments[i];

        if (!d->model_name || strcmp(d->model_name, model_name) != 0)
            continue;
        if (out) {
            if (n == max)
                break;
            out[n] = d;
        }
        n++;
    }
    return n;
}
