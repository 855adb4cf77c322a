// `llmgate check --config FILE`: a config whose guardrails cannot work is
// refused before anything serves. A content-filter regex (or an ad-hoc
// recognizer's) is compiled at load: a bad one fails `check` with a message
// naming the file and the guardrail, and the gateway refuses to start.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_BIN, startGateway } from './lib/gateway.mjs';
import { gatewayConfig, mockDeployment } from './lib/common.mjs';

function withConfig(guardrails, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmgate-check-'));
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, gatewayConfig([mockDeployment()], { extra: { guardrails } }));
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const check = (file) => spawnSync(GATEWAY_BIN, ['check', '--config', file], { encoding: 'utf8', timeout: 20000 });

const BAD_REGEX = {
  guardrail_name: 'secrets',
  litellm_params: {
    guardrail: 'litellm_content_filter',
    mode: 'pre_call',
    patterns: [{ pattern_type: 'regex', name: 'EMPLOYEE_ID', pattern: '\\bEMP-([0-9]{6}\\b', action: 'MASK' }],
  },
};

test('check: a content-filter regex that does not compile fails, naming the file and the guardrail', () => {
  withConfig([BAD_REGEX], (file) => {
    const r = check(file);
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.ok(r.stderr.includes(file), r.stderr);
    assert.match(r.stderr, /guardrail 'secrets'/);
    assert.match(r.stderr, /pattern 'EMPLOYEE_ID'/);
    assert.match(r.stderr, /missing closing parenthesis/);
  });
});

test('check: an ad-hoc recognizer regex of a presidio rail is compiled too', () => {
  const rail = {
    guardrail_name: 'pii',
    litellm_params: {
      guardrail: 'presidio',
      mode: 'pre_call',
      presidio_ad_hoc_recognizers: [
        { name: 'Zip', supported_entity: 'ZIP', patterns: [{ name: 'zip', regex: '(\\d{5}', score: 0.5 }] },
      ],
    },
  };
  withConfig([rail], (file) => {
    const r = check(file);
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /guardrail 'pii': recognizer 'Zip', pattern 'zip'/);
  });
});

test('check: good guardrails pass, an external analyzer included', () => {
  const rails = [
    { ...BAD_REGEX, litellm_params: { ...BAD_REGEX.litellm_params, patterns: [{ pattern_type: 'regex', name: 'EMPLOYEE_ID', pattern: '\\bEMP-[0-9]{6}\\b', action: 'MASK' }] } },
    { guardrail_name: 'ext', litellm_params: { guardrail: 'presidio', mode: 'pre_call', presidio_analyzer_api_base: 'http://analyzer:5002' } },
  ];
  withConfig(rails, (file) => {
    const r = check(file);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ok/);
  });
});

test('serve: the gateway refuses to start with a bad regex', async () => {
  await assert.rejects(
    startGateway({ config: gatewayConfig([mockDeployment()], { extra: { guardrails: [BAD_REGEX] } }) }),
    (e) => /exited before becoming live/.test(e.message) && /guardrail 'secrets'.*EMPLOYEE_ID/.test(e.message),
  );
});
