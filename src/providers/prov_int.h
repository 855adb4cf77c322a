/* Helpers shared by the provider files only. */
#ifndef GW_PROVIDERS_PROV_INT_H
#define GW_PROVIDERS_PROV_INT_H

#include "prov.h"

/*
 * Feeds bytes to a Server-Sent Events parser (WHATWG HTML, "event stream
 * interpretation"): for every complete event calls fn with its `event:` name
 * (STR_NULL when none) and its data lines joined by '\n'. Returns 0, the
 * first negative code fn returned, or GW_ETOOBIG when a line passes the limit.
 */
typedef int (*prov__sse_fn)(void *ctx, struct str event, struct str data);
int prov__sse_feed(struct prov_stream *st, const char *p, size_t n, prov__sse_fn fn, void *ctx);

/* Request fields the gateway consumes (LiteLLM's own), never sent upstream;
 * NULL-terminated. */
extern const char *const prov__gateway_fields[];
/* Sampling defaults a deployment may set in litellm_params; the client's
 * value wins when both are given. NULL-terminated. */
extern const char *const prov__param_defaults[];

/* A header list whose nodes and lines live in the arena (the upstream
 * client, and libcurl, only read it): appends a formatted line and returns
 * the list's head, or NULL when out of memory. */
struct curl_slist *prov__header(struct arena *a, struct curl_slist **list, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with a line already in the arena (NULL line: out of memory). */
struct curl_slist *prov__header_line(struct arena *a, struct curl_slist **list, char *line);

/* json_dumps into the arena; STR_NULL on failure. */
struct str prov__dump(struct arena *a, const json_t *j);

/*
 * Checks that `body` is one JSON object (RFC 8259 grammar, UTF-8 not
 * re-validated: jansson did that on the way in when it matters) without
 * building a tree, and reads the top-level "usage" object if there is one.
 * Returns 0 or GW_EUPSTREAM. A whole answer the gateway relays unchanged
 * costs one pass instead of a parse into hundreds of small allocations.
 */
int prov__peek_usage(struct str body, struct prov_usage *usage);
/*
 * Validates `body` as one JSON object without building a tree (the grammar
 * and UTF-8, as a parse would) and finds top-level keys on the way:
 * spans[i] is the start and end offset of keys[i]'s value, {0, 0} when
 * absent. False when `body` is not a JSON object.
 */
bool prov__top_object(struct str body, const char *const keys[], size_t n_keys,
                      size_t spans[][2]);

/* The span of the value of top-level `key` in a JSON object's bytes, or
 * GW_ENOTFOUND (GW_EINVAL when the bytes are not one JSON object). */
int prov__top_value(struct str json, const char *key, size_t *start, size_t *end);

/* The OpenAI error fields of an error body, when it has them. */
void prov__openai_error(long status, struct str body, struct arena *a, struct prov_error *out);

#endif
