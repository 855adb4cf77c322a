/*
 * obs: what the gateway tells operators. One JSON line per request on
 * stderr (request id, route, model, deployment, status, durations, tokens),
 * never a key or a message's text; and request ids.
 */
#ifndef GW_OBS_OBS_H
#define GW_OBS_OBS_H

#include <stdbool.h>
#include <stdint.h>

struct obs_request {
    const char *request_id;
    const char *method;
    const char *path;
    const char *model;      /* the model group asked for, or NULL */
    const char *deployment; /* the deployment id used, or NULL */
    const char *provider;
    const char *key_hash;   /* 16 hex digits of the key's SHA-256, or NULL */
    int status;
    bool stream;
    uint64_t total_us;
    uint64_t overhead_us; /* total minus time waiting on the upstream */
    long prompt_tokens, completion_tokens;
    const char *error_type; /* OpenAI error type when status >= 400 */
    const char *guardrails_not_run; /* fail_open rails that could not run, or NULL */
};

/* Writes one log line; a single write(2) so lines from workers never mix. */
void obs_log_request(const struct obs_request *r);
/* A log line for the life of the process: start, drain, stop. `fields` is
 * a JSON object body without braces (may be NULL). */
void obs_log_event(const char *level, const char *msg, const char *fields);
/* A random version 4 UUID into out[37]. */
void obs_request_id(char out[37]);
/* 0 = all request lines, 1 = errors only (LITELLM_LOG / --quiet). */
void obs_set_quiet(bool quiet);
/*
 * A worker thread gathers its request lines and writes them once per turn of
 * its loop: obs_buffer_begin at the thread's start, obs_flush before the
 * loop blocks (a uv_prepare), obs_buffer_end before the thread ends.
 */
void obs_buffer_begin(void);
/*
 * While the gateway serves, one thread writes the log: the event loops only
 * hand bytes over. obs_writer_stop writes what is left and ends the thread;
 * without a writer, lines are written at once.
 */
void obs_writer_start(void);
void obs_writer_stop(void);
void obs_flush(void);
void obs_buffer_end(void);

#endif
