// Many concurrent clients, mixing mock and upstream models, whole and streamed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOpenAIUpstream } from './upstream/openai.mjs';
import { startGateway } from './lib/gateway.mjs';
import {
  UPSTREAM_KEY,
  SECRET_TEXT,
  MOCK_TEXT,
  gatewayConfig,
  openaiDeployment,
  mockDeployment,
  sdk,
  collectChat,
  within,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
const callIds = [];
const N = 200;

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('gpt-4o-mini', 'gpt-4o-mini', up.url),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

test(`${N} concurrent chat requests all succeed with the right content`, async () => {
  const client = sdk(gw, { timeout: 30000 });
  const before = up.requests.length;
  const kinds = ['upstream', 'upstream-stream', 'mock', 'mock-stream', 'mock_response'];
  const jobs = Array.from({ length: N }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const text = `concurrent message ${i} ${i % 10 === 0 ? SECRET_TEXT : ''}`.trim();
    const model = kind.startsWith('upstream') ? 'gpt-4o-mini' : kind === 'mock_response' ? 'gpt-4o-mini' : 'mock-model';
    const stream = kind.endsWith('-stream') || (kind === 'mock_response' && i % 2 === 0);
    const params = { model, messages: [{ role: 'user', content: text }], stream };
    let expected;
    if (kind === 'mock_response') {
      params.mock_response = `custom answer ${i}`;
      expected = `custom answer ${i}`;
    } else if (model === 'mock-model') {
      expected = MOCK_TEXT;
    } else {
      expected = `echo: ${text}`;
    }
    return { i, kind, params, expected, text };
  });

  const results = await within(
    40000,
    Promise.allSettled(
      jobs.map(async (j) => {
        const { data, response } = await client.chat.completions.create(j.params).withResponse();
        const content = j.params.stream ? (await collectChat(data)).content : data.choices[0].message.content;
        return { content, callId: response.headers.get('x-litellm-call-id') };
      }),
    ),
    `${N} concurrent requests`,
  );

  const failures = [];
  results.forEach((r, idx) => {
    const j = jobs[idx];
    if (r.status === 'rejected') failures.push(`#${j.i} ${j.kind}: ${r.reason}`);
    else if (r.value.content !== j.expected) failures.push(`#${j.i} ${j.kind}: got ${JSON.stringify(r.value.content)}`);
  });
  assert.deepEqual(failures, [], `${failures.length} of ${N} requests failed`);

  const ids = results.map((r) => r.value.callId);
  assert.ok(ids.every(Boolean), 'a response lacks x-litellm-call-id');
  assert.equal(new Set(ids).size, N, 'x-litellm-call-id values must be unique');
  callIds.push(...ids); // every request must have its own log line

  // Each upstream-bound request reached the upstream exactly once, with its own body.
  const upstreamJobs = jobs.filter((j) => j.kind.startsWith('upstream'));
  const seen = up.requests.slice(before).map((q) => q.body?.messages?.[0]?.content);
  assert.equal(seen.length, upstreamJobs.length, 'mock requests must not reach the upstream; others exactly once');
  for (const j of upstreamJobs) {
    assert.equal(seen.filter((s) => s === j.text).length, 1, `upstream saw "${j.text}" not exactly once`);
  }
});

test('the gateway is still healthy afterwards', async () => {
  const client = sdk(gw);
  const r = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'after load' }] });
  assert.equal(r.choices[0].message.content, 'echo: after load');
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  const lines = await assertLogHygiene(gw, callIds);
  assert.ok(lines.length >= N, `expected at least one log line per request, found ${lines.length} lines`);
});
