// Client errors (bad requests) and upstream failures.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startOpenAIUpstream } from './upstream/openai.mjs';
import { startGateway } from './lib/gateway.mjs';
import {
  MASTER_KEY,
  UPSTREAM_KEY,
  SECRET_TEXT,
  MOCK_TEXT,
  gatewayConfig,
  openaiDeployment,
  mockDeployment,
  sdk,
  rawRequest,
  rawSocketRequest,
  collectChat,
  within,
  assertOpenAIError,
  assertNoSecrets,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
let client;
const callIds = [];
const AUTH = { authorization: `Bearer ${MASTER_KEY}` };

function keep(headers) {
  const id = typeof headers?.get === 'function' ? headers.get('x-litellm-call-id') : headers?.['x-litellm-call-id'];
  if (id) callIds.push(id);
}

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('gpt-4o-mini', 'gpt-4o-mini', up.url),
      openaiDeployment('fail-500', 'fail-500', up.url),
      openaiDeployment('fail-429', 'fail-429', up.url),
      openaiDeployment('hang', 'hang', up.url, { timeout: 1 }),
      openaiDeployment('bad-json', 'bad-json', up.url),
      openaiDeployment('die-midstream', 'die-midstream', up.url),
      openaiDeployment('wrong-upstream-key', 'gpt-4o-mini', up.url, { extra: { api_key: 'sk-not-the-right-one' } }),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

const chat = (model, content = `hello ${SECRET_TEXT}`, extra = {}) => ({
  model,
  messages: [{ role: 'user', content }],
  ...extra,
});

async function stillServing() {
  const r = await client.chat.completions.create(chat('gpt-4o-mini', 'still alive?'));
  assert.equal(r.choices[0].message.content, 'echo: still alive?');
}

test('unknown model: 400 or 404 in OpenAI error shape', async () => {
  const before = up.requests.length;
  await assert.rejects(client.chat.completions.create(chat('no-such-model')), (e) => {
    assert.ok(
      e instanceof OpenAI.BadRequestError || e instanceof OpenAI.NotFoundError,
      `expected BadRequestError or NotFoundError, got ${e?.constructor?.name}: ${e}`,
    );
    assert.equal(typeof e.error?.message, 'string');
    return true;
  });
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('no-such-model') });
  assert.ok([400, 404].includes(r.status), `status ${r.status}`);
  assertOpenAIError(r.json);
  assert.equal(up.requests.length, before, 'an unknown model must not reach the upstream');
});

test('malformed JSON: 400 in OpenAI error shape', async () => {
  for (const body of ['{"model": "mock-model", "messages": [', 'not json at all', '']) {
    const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body });
    assert.equal(r.status, 400, `body ${JSON.stringify(body)}: ${r.status} ${r.text}`);
    assertOpenAIError(r.json, `body ${JSON.stringify(body)}`);
  }
});

test('invalid UTF-8 in the body: 400 in OpenAI error shape', async () => {
  const body = Buffer.concat([
    Buffer.from('{"model":"mock-model","messages":[{"role":"user","content":"bad '),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
    Buffer.from('"}]}'),
  ]);
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body });
  assert.equal(r.status, 400, `${r.status} ${r.text}`);
  assertOpenAIError(r.json);
});

test('body over max_request_size_mb: 413 in OpenAI error shape', async () => {
  const big = JSON.stringify(chat('mock-model', 'x'.repeat(1024 * 1024 + 4096)));
  // fetch (undici, what the SDK uses) writes the whole body, then reads the
  // answer: the 413 must reach it every time, not a connection reset.
  for (let i = 0; i < 3; i++) {
    let res;
    try {
      res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: big,
      });
    } catch (e) {
      assert.fail(`attempt ${i + 1}: no 413, the client got ${e.cause?.code ?? ''} ${e.cause?.message ?? e.message}`);
    }
    assert.equal(res.status, 413, `attempt ${i + 1}`);
    assertOpenAIError(await res.json());
  }
  // A body just under the limit is fine.
  const ok = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: AUTH,
    body: chat('mock-model', 'y'.repeat(900 * 1024)),
  });
  assert.equal(ok.status, 200, `a 900 KiB body must pass: ${ok.status} ${ok.text.slice(0, 300)}`);
  assert.equal(ok.json.choices[0].message.content, MOCK_TEXT);
  await stillServing();
});

test('a declared Content-Length over the limit is refused at once, before the body', async () => {
  const t0 = Date.now();
  const r = await rawSocketRequest(gw.port, {
    path: '/v1/chat/completions',
    headers: { authorization: `Bearer ${MASTER_KEY}`, 'content-type': 'application/json' },
    body: Buffer.from('{"model":"mock-model",'),
    contentLength: 50 * 1024 * 1024,
    timeoutMs: 3000,
  });
  assert.equal(r.status, 413, `${r.status} ${r.text.slice(0, 300)}`);
  assertOpenAIError(r.json);
  assert.ok(Date.now() - t0 < 1000, 'the gateway waited for a body it was going to refuse');
});

test('upstream 500: client sees a 5xx in OpenAI error shape', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('fail-500') });
  keep(r.headers);
  assert.ok([500, 502, 503].includes(r.status), `status ${r.status}: ${r.text}`);
  assertOpenAIError(r.json);
  assertNoSecrets(r.text, 'error body');
  assert.ok(up.requests.some((q) => q.model === 'fail-500'), 'the upstream was not called');

  await assert.rejects(client.chat.completions.create(chat('fail-500')), (e) => {
    assert.ok(e instanceof OpenAI.InternalServerError, `expected InternalServerError, got ${e?.constructor?.name}: ${e}`);
    return true;
  });
});

test('upstream 429: client sees 429 with retry-after', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('fail-429') });
  keep(r.headers);
  assert.equal(r.status, 429, r.text);
  assertOpenAIError(r.json);
  const ra = r.headers['retry-after'];
  assert.ok(ra !== undefined, `no retry-after header: ${JSON.stringify(r.headers)}`);
  assert.ok(Number(ra) >= 0 && Number.isFinite(Number(ra)), `retry-after not a number of seconds: ${ra}`);

  await assert.rejects(client.chat.completions.create(chat('fail-429')), (e) => {
    assert.ok(e instanceof OpenAI.RateLimitError, `expected RateLimitError, got ${e?.constructor?.name}: ${e}`);
    return true;
  });
});

test('upstream rejects the deployment key: the client does not get a 200 nor the key', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('wrong-upstream-key') });
  keep(r.headers);
  assert.ok(r.status >= 400, `status ${r.status}`);
  assertOpenAIError(r.json);
  assert.ok(!r.text.includes('sk-not-the-right-one'), 'the deployment key leaked in the error body');
  assert.equal(up.requests.at(-1).headers.authorization, 'Bearer sk-not-the-right-one');
});

test('upstream hangs past the deployment timeout: 504 or 408 within ~2 s', async () => {
  const t0 = Date.now();
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('hang'), timeoutMs: 8000 });
  const ms = Date.now() - t0;
  keep(r.headers);
  assert.ok([504, 408].includes(r.status), `status ${r.status}: ${r.text}`);
  assertOpenAIError(r.json);
  assert.ok(ms >= 900, `answered after ${ms} ms, before the 1 s timeout`);
  assert.ok(ms < 2500, `answered after ${ms} ms, expected ~1 s`);
  // The gateway gives up on the upstream connection, too.
  const rec = up.requests.filter((q) => q.model === 'hang').at(-1);
  assert.ok(rec, 'the upstream never saw the request');
  await up.waitForClose(rec, 2000);
  assert.equal(rec.aborted, true);
});

test('a stream whose upstream never answers also times out (~1 s)', async () => {
  const t0 = Date.now();
  let err = null;
  try {
    const s = await within(
      5000,
      client.chat.completions.create(chat('hang', 'stream hang', { stream: true })),
      'the stream request (deployment timeout 1 s)',
    );
    await within(5000 - (Date.now() - t0), collectChat(s), 'the stream (deployment timeout 1 s)');
  } catch (e) {
    err = e;
  }
  const ms = Date.now() - t0;
  assert.ok(err, 'a stream whose upstream never answers must fail');
  assert.ok(!/did not finish within/.test(err.message), `${err.message}: no timeout after ${ms} ms`);
  if (err instanceof OpenAI.APIError && err.status) {
    assert.ok([504, 408].includes(err.status), `status ${err.status}`);
  }
  assert.ok(ms < 2500, `timed out after ${ms} ms, expected ~1 s`);
});

test('upstream answers invalid JSON: 502 in OpenAI error shape', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: AUTH, body: chat('bad-json') });
  keep(r.headers);
  assert.equal(r.status, 502, `status ${r.status}: ${r.text}`);
  assertOpenAIError(r.json);
});

test('upstream dies mid-stream: the SDK stream throws or ends, never hangs', async () => {
  const t0 = Date.now();
  let content = '';
  let threw = null;
  try {
    const s = await client.chat.completions.create(chat('die-midstream', 'die please', { stream: true }));
    const res = await within(5000, collectChat(s), 'mid-stream failure');
    content = res.content;
  } catch (e) {
    threw = e;
  }
  assert.ok(!(threw && /did not finish within/.test(threw.message)), `the stream hung: ${threw?.message}`);
  assert.ok(Date.now() - t0 < 5000);
  if (!threw) {
    // Ended without an error event: what arrived is what the upstream sent before dying.
    assert.ok('echo: '.startsWith(content), `unexpected content from a dead upstream: ${JSON.stringify(content)}`);
  }
  await stillServing();
});

test('upstream dies mid-body on a whole request: 5xx, no hang', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: AUTH,
    body: chat('die-midstream'),
    timeoutMs: 5000,
  });
  keep(r.headers);
  assert.ok(r.status >= 500 && r.status < 600, `status ${r.status}: ${r.text}`);
  assertOpenAIError(r.json);
  await stillServing();
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  await assertLogHygiene(gw, callIds, { forbidden: [SECRET_TEXT, 'sk-not-the-right-one'] });
});
