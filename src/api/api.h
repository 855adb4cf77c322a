/*
 * api: the gateway itself. Runs the worker threads (one libuv loop, one
 * listener, one upstream client each), routes each HTTP request to its
 * endpoint and carries an LLM call through auth → router → provider →
 * upstream → respond → log. It is the one module that knows every other;
 * main.c only parses the command line and calls api_serve().
 */
#ifndef GW_API_API_H
#define GW_API_API_H

#include <stdbool.h>
#include <stdint.h>

struct cfg;

struct api_options {
    const char *host;
    int port;
    int workers;             /* 0 = one per core */
    uint64_t drain_timeout;  /* ms in-flight work gets after SIGTERM */
    uint64_t header_timeout; /* ms */
    uint64_t idle_timeout;   /* ms */
};

/*
 * Serves `cfg` (the caller's reference is kept for the process's life) until
 * SIGTERM or SIGINT, then drains and returns 0; GW_E* when it cannot start.
 */
int api_serve(struct cfg *cfg, const struct api_options *opt);

#endif
