// Authentication, model listing, routes without /v1, health endpoints.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startOpenAIUpstream } from './upstream/openai.mjs';
import { startGateway, freePort } from './lib/gateway.mjs';
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
  assertOpenAIError,
  assertNoSecrets,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
const callIds = [];
const MODEL_NAMES = ['gpt-4o-mini', 'dead-model', 'wrongkey-model', 'mock-model'];

function keep(headers) {
  const id = typeof headers.get === 'function' ? headers.get('x-litellm-call-id') : headers['x-litellm-call-id'];
  if (id) callIds.push(id);
}

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  // Nothing listens on this port: a deployment there is unhealthy.
  const deadPort = await freePort();
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('gpt-4o-mini', 'gpt-4o-mini', up.url),
      openaiDeployment('dead-model', 'dead-model', `http://127.0.0.1:${deadPort}/v1`, { timeout: 3 }),
      // The upstream answers 401 to this deployment's key: unhealthy too.
      openaiDeployment('wrongkey-model', 'wrongkey-model', up.url, { extra: { api_key: 'sk-wrong-upstream-key' } }),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

const chatBody = (content = 'hi', model = 'mock-model') => ({ model, messages: [{ role: 'user', content }] });

test('liveliness and readiness need no key', async () => {
  for (const p of ['/health/liveliness', '/health/readiness']) {
    const r = await rawRequest(`${gw.url}${p}`, { method: 'GET' });
    assert.equal(r.status, 200, `${p}: ${r.status} ${r.text}`);
    assertNoSecrets(r.text, p);
  }
});

test('master key accepted as Authorization: Bearer (SDK)', async () => {
  const { data, response } = await sdk(gw)
    .chat.completions.create(chatBody(`${SECRET_TEXT} via bearer`, 'gpt-4o-mini'))
    .withResponse();
  keep(response.headers);
  assert.equal(data.choices[0].message.content, `echo: ${SECRET_TEXT} via bearer`);
  const rec = up.requests.at(-1);
  assert.equal(rec.headers.authorization, `Bearer ${UPSTREAM_KEY}`, 'upstream must get its own key');
  for (const [k, v] of Object.entries(rec.headers)) {
    assert.ok(!String(v).includes(MASTER_KEY), `master key forwarded upstream in ${k}`);
  }
});

test('master key accepted in x-api-key and api-key headers', async () => {
  for (const h of ['x-api-key', 'api-key']) {
    const r = await rawRequest(`${gw.url}/v1/chat/completions`, { headers: { [h]: MASTER_KEY }, body: chatBody() });
    keep(r.headers);
    assert.equal(r.status, 200, `${h}: ${r.status} ${r.text}`);
    assert.equal(r.json.choices[0].message.content, MOCK_TEXT);
  }
});

test('missing or wrong key: 401 in OpenAI error shape', async () => {
  const cases = [
    { name: 'no key', headers: {} },
    { name: 'wrong bearer', headers: { authorization: 'Bearer sk-wrong-key-999' } },
    { name: 'bearer without key', headers: { authorization: 'Bearer ' } },
    { name: 'master key without auth scheme', headers: { authorization: MASTER_KEY } },
    { name: 'wrong x-api-key', headers: { 'x-api-key': 'sk-wrong-key-999' } },
    { name: 'wrong api-key', headers: { 'api-key': 'sk-wrong-key-999' } },
    { name: 'master key prefix only', headers: { authorization: `Bearer ${MASTER_KEY.slice(0, -1)}` } },
    { name: 'master key with suffix', headers: { authorization: `Bearer ${MASTER_KEY}5` } },
  ];
  const before = up.requests.length;
  for (const c of cases) {
    const r = await rawRequest(`${gw.url}/v1/chat/completions`, {
      headers: c.headers,
      body: chatBody('should not pass', 'gpt-4o-mini'),
    });
    assert.equal(r.status, 401, `${c.name}: got ${r.status} ${r.text}`);
    assertOpenAIError(r.json, c.name);
    assertNoSecrets(r.text, `${c.name} error body`);
  }
  assert.equal(up.requests.length, before, 'an unauthenticated request reached the upstream');

  const bad = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'sk-wrong-key-999', maxRetries: 0 });
  await assert.rejects(bad.chat.completions.create(chatBody()), (e) => {
    assert.ok(e instanceof OpenAI.AuthenticationError, `expected AuthenticationError, got ${e}`);
    assert.equal(e.status, 401);
    return true;
  });
  await assert.rejects(bad.models.list(), OpenAI.AuthenticationError);
  await assert.rejects(bad.embeddings.create({ model: 'gpt-4o-mini', input: 'x' }), OpenAI.AuthenticationError);
});

test('GET /v1/models lists the model names', async () => {
  const client = sdk(gw);
  const page = await client.models.list();
  const ids = page.data.map((m) => m.id).sort();
  assert.deepEqual(ids, [...MODEL_NAMES].sort());
  for (const m of page.data) {
    assert.equal(m.object, 'model');
    assert.equal(typeof m.created, 'number');
    assert.equal(typeof m.owned_by, 'string');
  }
  const raw = await rawRequest(`${gw.url}/v1/models`, { method: 'GET', headers: { authorization: `Bearer ${MASTER_KEY}` } });
  keep(raw.headers);
  assert.equal(raw.status, 200);
  assert.equal(raw.json.object, 'list');
  assertNoSecrets(raw.text, '/v1/models');
  assert.ok(!raw.text.includes(up.url), '/v1/models must not reveal api_base');
});

test('endpoints work without the /v1 prefix', async () => {
  const auth = { authorization: `Bearer ${MASTER_KEY}` };
  const chat = await rawRequest(`${gw.url}/chat/completions`, { headers: auth, body: chatBody('no prefix', 'gpt-4o-mini') });
  keep(chat.headers);
  assert.equal(chat.status, 200, chat.text);
  assert.equal(chat.json.choices[0].message.content, 'echo: no prefix');
  assert.equal(up.requests.at(-1).path, '/v1/chat/completions');

  const models = await rawRequest(`${gw.url}/models`, { method: 'GET', headers: auth });
  assert.equal(models.status, 200, models.text);
  assert.deepEqual(models.json.data.map((m) => m.id).sort(), [...MODEL_NAMES].sort());

  const noKey = await rawRequest(`${gw.url}/chat/completions`, { body: chatBody() });
  assert.equal(noKey.status, 401, 'routes without /v1 need the key too');
  assertOpenAIError(noKey.json);

  // The SDK pointed at the bare origin (no /v1) works too.
  const bare = new OpenAI({ baseURL: gw.url, apiKey: MASTER_KEY, maxRetries: 0 });
  const r = await bare.chat.completions.create(chatBody('bare origin', 'gpt-4o-mini'));
  assert.equal(r.choices[0].message.content, 'echo: bare origin');
});

test('GET /health needs the key, lists healthy and unhealthy deployments, shows no keys', async () => {
  const noKey = await rawRequest(`${gw.url}/health`, { method: 'GET' });
  assert.equal(noKey.status, 401, `/health without key: ${noKey.status} ${noKey.text}`);

  const t0 = Date.now();
  const r = await rawRequest(`${gw.url}/health`, {
    method: 'GET',
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    timeoutMs: 15000,
  });
  assert.equal(r.status, 200, r.text);
  assertNoSecrets(r.text, '/health');
  const j = r.json;
  assert.ok(Array.isArray(j.healthy_endpoints), `no healthy_endpoints array: ${r.text}`);
  assert.ok(Array.isArray(j.unhealthy_endpoints), `no unhealthy_endpoints array: ${r.text}`);
  const healthy = JSON.stringify(j.healthy_endpoints);
  const unhealthy = JSON.stringify(j.unhealthy_endpoints);
  assert.ok(healthy.includes('gpt-4o-mini'), `gpt-4o-mini should be healthy: ${r.text}`);
  assert.ok(healthy.includes('mock'), `mock-model should be healthy: ${r.text}`);
  for (const bad of ['dead-model', 'wrongkey-model']) {
    assert.ok(!healthy.includes(bad), `${bad} is listed as healthy: ${r.text}`);
    assert.ok(unhealthy.includes(bad), `${bad} is not listed as unhealthy: ${r.text}`);
  }
  assert.equal(j.healthy_endpoints.length, 2, `two healthy deployments expected: ${r.text}`);
  assert.equal(j.unhealthy_endpoints.length, 2, `two unhealthy deployments expected: ${r.text}`);
  if ('healthy_count' in j) assert.equal(j.healthy_count, j.healthy_endpoints.length);
  if ('unhealthy_count' in j) assert.equal(j.unhealthy_count, j.unhealthy_endpoints.length);
  assert.ok(!r.text.includes('sk-wrong-upstream-key'), '/health shows a deployment key');
  // The health check really asked the upstream, each deployment with its own key.
  const probes = up.requests.filter((q) => q.receivedAt >= t0);
  assert.ok(probes.some((q) => q.headers.authorization === `Bearer ${UPSTREAM_KEY}`), 'gpt-4o-mini was never probed');
  assert.ok(probes.some((q) => q.headers.authorization === 'Bearer sk-wrong-upstream-key'), 'wrongkey-model was never probed');
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  await assertLogHygiene(gw, callIds, { forbidden: [SECRET_TEXT, 'sk-wrong-upstream-key'] });
});
