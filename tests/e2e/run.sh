#!/usr/bin/env bash
# Run the llmgate end-to-end suite with node's built-in test runner (TAP).
# The gateway binary is $LLMGATE_BIN, or <repo>/build/llmgate by default.
# Each *.test.mjs starts its own fake OpenAI upstream and its own gateway.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here" || exit 1
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund || exit $?
fi
# A hung test fails after 30 s instead of hanging the run.
node --test --test-reporter=tap --test-timeout=30000 ./*.test.mjs
exit $?
