/*
 * llmgate: command line and wiring only.
 *
 *   llmgate [serve] [--config FILE] [--port N] [--host ADDR] [--workers N]
 *   llmgate check --config FILE
 *   llmgate anonymize [--entities A,B] [--threshold X] [--operators JSON] [--jsonl] [FILE]
 *   llmgate --version | --help
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "config/cfg.h"
#include "guard/guard.h"
#include "guard/anonymize.h"
#include "guard/rail.h"
#include "obs/obs.h"
#include "util/err.h"
#include "util/jmem.h"

static void usage(FILE *out)
{
    fputs("usage: llmgate [serve] [--config FILE] [--port N] [--host ADDR] [--workers N]\n"
          "       llmgate check --config FILE\n"
          "       llmgate scan [--entities A,B] [--threshold X] [--jsonl] [FILE]\n"
          "       llmgate anonymize [--entities A,B] [--threshold X] [--operators JSON]\n"
          "                         [--jsonl] [FILE]\n"
          "       llmgate --version | --help\n"
          "\n"
          "  --config FILE   LiteLLM-style config.yaml (default: one built-in mock model)\n"
          "  --port N        port to listen on (default 4000, or $PORT)\n"
          "  --host ADDR     address to bind (default 0.0.0.0)\n"
          "  --workers N     worker threads (default: one per core)\n"
          "  --drain-timeout S  seconds in-flight requests get after SIGTERM (default 30)\n"
          "  --quiet         log only failed requests\n",
          out);
}

static int load(const char *path, struct cfg **out, bool check_only)
{
    struct cfg_diags d = {0};
    int rc;

    if (!path)
        return cfg_default(out);
    rc = cfg_load(path, out, &d);
    cfg_diags_print(&d, path, stderr);
    if (rc == 0 && check_only && (*out)->guardrails) {
        /* Guardrails are checked the way `serve` builds them. */
        struct guard_rails *rails = NULL;
        char err[256] = "";

        rc = guard_rails_new((*out)->guardrails, &rails, err, sizeof(err));
        if (rc < 0)
            fprintf(stderr, "%s: error: guardrails: %s\n", path, err);
        guard_rails_free(rails);
    }
    if (rc == 0 && check_only)
        printf("%s: ok (%zu deployments)\n", path, (*out)->n_deployments);
    cfg_diags_dispose(&d);
    return rc;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'},  {"port", required_argument, NULL, 'p'},
        {"host", required_argument, NULL, 'H'},    {"workers", required_argument, NULL, 'w'},
        {"num_workers", required_argument, NULL, 'w'},
        {"drain-timeout", required_argument, NULL, 'd'},
        {"quiet", no_argument, NULL, 'q'},         {"version", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0},
    };
    struct api_options opt = {
        .host = "0.0.0.0",
        .port = getenv("PORT") ? atoi(getenv("PORT")) : 4000,
        .drain_timeout = 30000,
        .header_timeout = 30000,
        .idle_timeout = 75000,
    };
    const char *config = getenv("LLMGATE_CONFIG");
    bool check = false;
    struct cfg *cfg = NULL;
    int ch, rc;

    jmem_install(); /* before any JSON value exists */
    if (argc > 1 && strcmp(argv[1], "anonymize") == 0)
        return guard_cli_anonymize(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "scan") == 0)
        return guard_cli_scan(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "check") == 0) {
        check = true;
        argv++;
        argc--;
    } else if (argc > 1 && strcmp(argv[1], "serve") == 0) {
        argv++;
        argc--;
    }
    while ((ch = getopt_long(argc, argv, "c:p:H:w:qvh", opts, NULL)) != -1) {
        switch (ch) {
        case 'c': config = optarg; break;
        case 'p': opt.port = atoi(optarg); break;
        case 'H': opt.host = optarg; break;
        case 'w': opt.workers = atoi(optarg); break;
        case 'd': opt.drain_timeout = (uint64_t)(atof(optarg) * 1000); break;
        case 'q': obs_set_quiet(true); break;
        case 'v': printf("llmgate %s\n", GW_VERSION); return 0;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind < argc || opt.port <= 0 || opt.port > 65535 || opt.workers < 0) {
        usage(stderr);
        return 2;
    }
    if (check && !config) {
        fputs("llmgate check: --config FILE is required\n", stderr);
        return 2;
    }
    rc = load(config, &cfg, check);
    if (rc < 0)
        return 1;
    if (check) {
        cfg_unref(cfg);
        return 0;
    }
    rc = api_serve(cfg, &opt);
    cfg_unref(cfg);
    return rc < 0 ? 1 : 0;
}
