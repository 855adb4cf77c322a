#!/usr/bin/env bash
# Run the llmgate end-to-end suite: node's built-in test runner, TAP output.
# The gateway binary is $LLMGATE_BIN or <repo>/build/llmgate.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund || exit $?
fi
node --test --test-reporter=tap ./*.test.mjs
exit $?
