// The router: retries, fallbacks, cool-downs, order, weights, aliases.
//
// Three fake upstreams (A, B, C) stand for different deployments of one
// model group: deployments are told apart by api_base, and each upstream
// records the requests it received, so the counts below say which deployment
// got what. Every test starts its own gateway with its own router_settings
// (cool-down state is per process) and uses model names of its own, so that
// behaviours set on an upstream do not leak into other tests. The SDK client
// has maxRetries: 0: the retries measured are the gateway's.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startOpenAIUpstream } from './upstream/openai.mjs';
import { startGateway, freePort } from './lib/gateway.mjs';
import {
  MASTER_KEY,
  UPSTREAM_KEY,
  SECRET_TEXT,
  gatewayConfig,
  openaiDeployment,
  sdk,
  rawRequest,
  rawSSE,
  collectChat,
  sleep,
  assertOpenAIError,
  assertLogHygiene,
} from './lib/common.mjs';

const AUTH = { authorization: `Bearer ${MASTER_KEY}` };
let upA;
let upB;
let upC;
const gateways = []; // {gw, ids}: every gateway started, for the log checks at the end

before(async () => {
  [upA, upB, upC] = await Promise.all([
    startOpenAIUpstream({ apiKey: UPSTREAM_KEY }),
    startOpenAIUpstream({ apiKey: UPSTREAM_KEY }),
    startOpenAIUpstream({ apiKey: UPSTREAM_KEY }),
  ]);
});

after(async () => {
  await Promise.all(gateways.map((g) => g.gw.stop('SIGKILL')));
  await Promise.all([upA, upB, upC].filter(Boolean).map((u) => u.close()));
});

// ---- helpers -------------------------------------------------------------------

/** An openai/ deployment of `group` on upstream `up` (upstream model = `model`, default the group). */
function dep(group, up, { model = group, id, order, weight, timeout = 5, apiKey, apiBase } = {}) {
  const extra = {};
  if (order !== undefined) extra.order = order;
  if (weight !== undefined) extra.weight = weight;
  if (apiKey !== undefined) extra.api_key = apiKey;
  const d = openaiDeployment(group, model, apiBase ?? up.url, { timeout, extra });
  if (id) d.model_info = { id };
  return d;
}

/** A gateway with these deployments and router_settings (and litellm_settings). */
async function gateway(t, models, router = {}, litellm) {
  const extra = { router_settings: router };
  if (litellm) extra.litellm_settings = litellm;
  const gw = await startGateway({ config: gatewayConfig(models, { extra }) });
  const g = { gw, ids: [], client: sdk(gw) };
  gateways.push(g);
  // SIGTERM: the gateway writes its buffered log lines before it exits (the
  // log check at the end reads them).
  t.after(() => gw.stop('SIGTERM'));
  for (const u of [upA, upB, upC]) u.clearRequests();
  g.keep = (headers) => {
    const id = typeof headers?.get === 'function' ? headers.get('x-litellm-call-id') : headers?.['x-litellm-call-id'];
    if (id) g.ids.push(id);
  };
  return g;
}

const chat = (model, extra = {}) => ({
  model,
  messages: [{ role: 'user', content: `hello ${SECRET_TEXT}` }],
  ...extra,
});
const ECHO = `echo: hello ${SECRET_TEXT}`;

/** A chat call through the SDK that must succeed; returns the answer and the gateway's headers. */
async function ok(g, model, extra = {}) {
  const { data, response } = await g.client.chat.completions.create(chat(model, extra)).withResponse();
  g.keep(response.headers);
  assert.equal(data.choices[0].message.content, ECHO);
  const h = (k) => response.headers.get(k);
  return { data, h };
}

/** A chat call with node:http (never throws on status). */
async function raw(g, body) {
  const r = await rawRequest(`${g.gw.url}/v1/chat/completions`, { headers: AUTH, body });
  g.keep(r.headers);
  return r;
}

/** Chat requests received by an upstream, optionally for one upstream model. */
const got = (up, model) => up.requests.filter((r) => r.path === '/v1/chat/completions' && (!model || r.model === model));

// ---- cool-downs -----------------------------------------------------------------

test('a failing deployment is cooled after allowed_fails, skipped for cooldown_time, then tried again', async (t) => {
  upA.setBehaviour('cool', 'fail-500');
  const g = await gateway(t, [dep('cool', upA), dep('cool', upB)], { num_retries: 2, cooldown_time: 1 });

  // 30 requests: all succeed; each one that went to A first was retried on B at once.
  for (let i = 0; i < 30; i++) {
    const before = got(upA).length;
    const { h } = await ok(g, 'cool');
    const triedA = got(upA).length - before;
    assert.ok(triedA <= 1, `request ${i}: A was tried ${triedA} times (a retry goes to an untried deployment)`);
    assert.equal(h('x-litellm-attempted-retries'), String(triedA), `request ${i}`);
    assert.equal(h('x-litellm-model-api-base'), upB.url, `request ${i}`);
  }
  // allowed_fails defaults to 3: the 4th failure in a minute cools A.
  const a = got(upA);
  assert.ok(a.length >= 4, `A got only ${a.length} of 30 requests (expected about half until it cooled)`);
  const cooledAt = a[3].receivedAt;
  for (const r of a.slice(4)) {
    assert.ok(r.receivedAt - cooledAt >= 950, `A got a request ${r.receivedAt - cooledAt} ms into its 1 s cool-down`);
  }
  // Still cooling: nothing reaches A.
  while (Date.now() - cooledAt < 800) {
    const { h } = await ok(g, 'cool');
    assert.equal(h('x-litellm-attempted-retries'), '0');
  }
  assert.equal(got(upA).length, a.length, 'A received requests while cooling');
  // After cooldown_time, A gets traffic again.
  await sleep(Math.max(0, cooledAt + 1100 - Date.now()));
  const n = got(upA).length;
  for (let i = 0; i < 20 && got(upA).length === n; i++) await ok(g, 'cool');
  assert.ok(got(upA).length > n, 'A got no traffic after its cool-down ended');
  assert.ok(got(upB).length >= 30);
});

test('401 from an upstream cools that deployment at once', async (t) => {
  const g = await gateway(
    t,
    [dep('auth', upA, { apiKey: 'sk-wrong-key-for-upstream' }), dep('auth', upB)],
    { num_retries: 2, cooldown_time: 3 },
  );
  // Until shuffle picks A: its 401 is not retried (an auth error is not worth it).
  let saw401 = false;
  for (let i = 0; i < 60 && got(upA).length === 0; i++) {
    const res = await ok(g, 'auth').catch((e) => e);
    if (res instanceof Error) {
      assert.ok(res instanceof OpenAI.AuthenticationError, `expected a 401, got ${res?.constructor?.name}: ${res}`);
      g.keep(res.headers);
      saw401 = true;
    } else {
      assert.equal(res.h('x-litellm-model-api-base'), upB.url);
    }
  }
  assert.equal(got(upA).length, 1, 'shuffle never picked A in 60 requests');
  assert.ok(saw401, 'the request that reached A did not answer 401 (was it retried?)');
  // One 401 (allowed_fails is 3) was enough: A gets nothing for cooldown_time.
  for (let i = 0; i < 20; i++) await ok(g, 'auth');
  assert.equal(got(upA).length, 1, 'A received requests after answering 401');
});

test('every deployment cooling: 429 "No deployments available", then fallbacks if configured', async (t) => {
  const wrong = { apiKey: 'sk-wrong-key-for-upstream' };
  const g = await gateway(
    t,
    [
      dep('dead', upA, wrong),
      dep('dead', upB, wrong),
      dep('dead-fb', upA, wrong),
      dep('dead-fb', upB, wrong),
      dep('rescue', upC, { id: 'rescue-dep' }),
      dep('lonely', upA, wrong),
    ],
    { cooldown_time: 5, fallbacks: [{ 'dead-fb': ['rescue'] }] },
  );
  const dead = () => got(upA, 'dead').length + got(upB, 'dead').length;
  // Each 401 cools its deployment; the third request finds both cooling.
  for (let i = 0; i < 2; i++) {
    const r = await raw(g, chat('dead'));
    assert.equal(r.status, 401, r.text);
  }
  assert.equal(dead(), 2, 'the second request went to the cooling deployment');
  let r = await raw(g, chat('dead'));
  assert.equal(r.status, 429, r.text);
  assertOpenAIError(r.json);
  assert.match(r.json.error.message, /No deployments available for selected model/);
  assert.equal(r.json.error.type, 'rate_limit_error');
  assert.ok(Number(r.headers['retry-after']) >= 1, `retry-after: ${r.headers['retry-after']}`);
  assert.equal(dead(), 2, 'a cooling deployment was called');
  await assert.rejects(g.client.chat.completions.create(chat('dead')), (e) => {
    assert.ok(e instanceof OpenAI.RateLimitError, `${e?.constructor?.name}: ${e}`);
    assert.equal(e.status, 429);
    g.keep(e.headers);
    return true;
  });

  // With a fallback group: each 401 falls back; once both cool, the group
  // is passed over without calling it.
  for (let i = 0; i < 3; i++) {
    const { h } = await ok(g, 'dead-fb');
    assert.equal(h('x-litellm-attempted-fallbacks'), '1');
    assert.equal(h('x-litellm-model-id'), 'rescue-dep');
  }
  assert.equal(got(upA, 'dead-fb').length + got(upB, 'dead-fb').length, 2);
  assert.equal(got(upC).length, 3);

  // The only deployment of a group is never cooled (as in LiteLLM): the
  // client keeps getting the provider's error, not "No deployments available".
  for (let i = 0; i < 3; i++) {
    r = await raw(g, chat('lonely'));
    assert.equal(r.status, 401, r.text);
  }
  assert.equal(got(upA, 'lonely').length, 3);
});

// ---- retries --------------------------------------------------------------------

test('429 with retry-after-ms: the single deployment is retried after that wait', async (t) => {
  let n = 0;
  upA.setBehaviour('rl-once', (ctx) => {
    if (++n > 1) return ctx.normal();
    return ctx.send(
      ctx.res,
      429,
      { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
      { 'retry-after-ms': '400', 'retry-after': '2' },
    );
  });
  const g = await gateway(t, [dep('rl-once', upA)], { num_retries: 1 });
  const t0 = Date.now();
  const { h } = await ok(g, 'rl-once');
  const ms = Date.now() - t0;
  const a = got(upA);
  assert.equal(a.length, 2);
  const gap = a[1].receivedAt - a[0].receivedAt;
  assert.ok(gap >= 380, `retried after ${gap} ms, before retry-after-ms 400`);
  assert.ok(gap < 1500, `retried after ${gap} ms: retry-after-ms (400) should win over retry-after (2 s)`);
  assert.ok(ms < 1800, `answer took ${ms} ms`);
  assert.equal(h('x-litellm-attempted-retries'), '1');
});

test('a client that goes away during a retry wait gets no retry made for it', async (t) => {
  upA.setBehaviour('rl-long', (ctx) =>
    ctx.send(ctx.res, 429, { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after-ms': '700' }),
  );
  const g = await gateway(t, [dep('rl-long', upA)], { num_retries: 2 });
  const ac = new AbortController();
  const p = g.client.chat.completions.create(chat('rl-long'), { signal: ac.signal });
  await upA.waitForRequest((r) => r.model === 'rl-long');
  await sleep(150);
  ac.abort();
  await assert.rejects(p);
  await sleep(900); // past the retry-after
  assert.equal(got(upA).length, 1, 'the gateway retried for a client that had gone');
  upA.setBehaviour('rl-long', null);
  await ok(g, 'rl-long'); // and it still serves
});

test('a timeout on one deployment is retried on the other', async (t) => {
  // order makes the hanging deployment the first choice every time.
  const g = await gateway(
    t,
    [dep('slow', upA, { model: 'hang', timeout: 0.5, order: 1 }), dep('slow', upB, { order: 2 })],
    {},
    { num_retries: 1 }, // from litellm_settings when router_settings does not say
  );
  const t0 = Date.now();
  const { h } = await ok(g, 'slow');
  const ms = Date.now() - t0;
  assert.ok(ms >= 450 && ms < 3000, `answered in ${ms} ms (timeout 0.5 s)`);
  assert.equal(got(upA, 'hang').length, 1);
  assert.equal(got(upB, 'slow').length, 1);
  assert.equal(h('x-litellm-attempted-retries'), '1');
  assert.equal(h('x-litellm-model-api-base'), upB.url);
  await upA.waitForClose(got(upA, 'hang')[0], 2000); // the timed-out transfer was closed
});

test('connection refused on one deployment is retried elsewhere at once', async (t) => {
  const closed = await freePort(); // nothing listens there
  const g = await gateway(
    t,
    [
      dep('refused', null, { apiBase: `http://127.0.0.1:${closed}/v1`, order: 1, id: 'refused-dep' }),
      dep('refused', upB, { order: 2, id: 'working-dep' }),
    ],
    { num_retries: 1 },
  );
  const t0 = Date.now();
  const { h } = await ok(g, 'refused');
  assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms: another deployment needs no backoff`);
  assert.equal(h('x-litellm-attempted-retries'), '1');
  assert.equal(h('x-litellm-model-id'), 'working-dep');
  assert.equal(got(upB).length, 1);
});

test('a single deployment is retried after a short exponential backoff (50 ms, then 100 ms)', async (t) => {
  let n = 0;
  upA.setBehaviour('flaky', (ctx) => (++n <= 2 ? ctx.send(ctx.res, 500, { error: { message: 'boom', type: 'server_error', param: null, code: null } }) : ctx.normal()));
  const g = await gateway(t, [dep('flaky', upA)], { num_retries: 2, allowed_fails: 10 });
  const { h } = await ok(g, 'flaky');
  assert.equal(h('x-litellm-attempted-retries'), '2');
  const a = got(upA);
  assert.equal(a.length, 3);
  const gaps = [a[1].receivedAt - a[0].receivedAt, a[2].receivedAt - a[1].receivedAt];
  assert.ok(gaps[0] >= 40 && gaps[0] < 90, `first backoff ${gaps[0]} ms, expected about 50 ms (gaps: ${gaps})`);
  assert.ok(gaps[1] >= 90 && gaps[1] < 170, `second backoff ${gaps[1]} ms, expected about 100 ms (gaps: ${gaps})`);
});

test('num_retries in the request overrides the config', async (t) => {
  upA.setBehaviour('always-500', 'fail-500');
  const g = await gateway(t, [dep('r3', upA, { model: 'always-500' })], { num_retries: 3, allowed_fails: 100 });
  const cases = [
    [undefined, 4],
    [0, 1],
    [1, 2],
  ];
  for (const [nr, calls] of cases) {
    upA.clearRequests();
    const r = await raw(g, chat('r3', nr === undefined ? {} : { num_retries: nr }));
    assert.equal(r.status, 502, r.text);
    assertOpenAIError(r.json);
    assert.equal(got(upA).length, calls, `request num_retries ${nr}`);
    assert.equal(r.headers['x-litellm-attempted-retries'], String(calls - 1));
    assert.equal(got(upA)[0].body.num_retries, undefined, 'num_retries was sent upstream');
  }
});

test('retry_policy: per-class counts override num_retries', async (t) => {
  upA.setBehaviour('pol-429', 'fail-429');
  upA.setBehaviour('pol-500', 'fail-500');
  const g = await gateway(t, [dep('pol-429', upA), dep('pol-500', upA)], {
    num_retries: 3,
    allowed_fails: 100,
    retry_policy: { RateLimitErrorRetries: 0, InternalServerErrorRetries: 1 },
  });
  let r = await raw(g, chat('pol-429'));
  assert.equal(r.status, 429);
  assertOpenAIError(r.json);
  assert.equal(got(upA, 'pol-429').length, 1, 'RateLimitErrorRetries: 0 still retried');
  r = await raw(g, chat('pol-500'));
  assert.equal(r.status, 502);
  assert.equal(got(upA, 'pol-500').length, 2, 'InternalServerErrorRetries: 1');
  assert.equal(r.headers['x-litellm-attempted-retries'], '1');
});

test('a 400 is not retried, but is when retry_policy names BadRequestErrorRetries', async (t) => {
  const bad = { status: 400, body: { error: { message: "Invalid value for 'temperature'", type: 'invalid_request_error', param: 'temperature', code: 'invalid_value' } } };
  upA.setBehaviour('bad-plain', bad);
  upA.setBehaviour('bad-policy', bad);
  const g1 = await gateway(t, [dep('bad-plain', upA)], { num_retries: 3 });
  let r = await raw(g1, chat('bad-plain'));
  assert.equal(r.status, 400);
  assertOpenAIError(r.json);
  assert.equal(got(upA, 'bad-plain').length, 1, 'a 400 was retried without retry_policy');

  const g2 = await gateway(t, [dep('bad-policy', upA)], { retry_policy: { BadRequestErrorRetries: 1 } });
  r = await raw(g2, chat('bad-policy'));
  assert.equal(r.status, 400);
  assert.equal(
    got(upA, 'bad-policy').length,
    2,
    'retry_policy.BadRequestErrorRetries: 1 gave no retry (route_retries says 1; failed_attempt also requires route_retryable)',
  );
});

test('a stream that fails before its first chunk is retried on another deployment', async (t) => {
  upA.setBehaviour('s-pre', 'fail-500');
  const g = await gateway(t, [dep('s-pre', upA, { order: 1 }), dep('s-pre', upB, { order: 2 })], { num_retries: 1 });
  const { data: stream, response } = await g.client.chat.completions
    .create(chat('s-pre', { stream: true }))
    .withResponse();
  g.keep(response.headers);
  assert.equal(response.headers.get('x-litellm-attempted-retries'), '1');
  const { content } = await collectChat(stream);
  assert.equal(content, ECHO);
  assert.equal(got(upA).length, 1);
  assert.equal(got(upB).length, 1);
});

test('a stream that dies after its first chunk is not retried', async (t) => {
  const g = await gateway(
    t,
    [dep('ds', upA, { model: 'die-midstream' }), dep('ds', upB, { model: 'die-midstream' })],
    { num_retries: 3 },
  );
  const r = await rawSSE(`${g.gw.url}/v1/chat/completions`, chat('ds', { stream: true }), { headers: AUTH });
  g.keep(r.headers);
  assert.equal(r.status, 200);
  const datas = r.events.map((e) => e.data);
  assert.ok(datas.some((d) => d.includes('echo: ')), `the first chunks were not relayed: ${r.raw}`);
  assert.ok(
    datas.some((d) => {
      try {
        return JSON.parse(d).error !== undefined;
      } catch {
        return false;
      }
    }),
    `no error event: ${r.raw}`,
  );
  await sleep(300); // a retry would have happened by now
  assert.equal(got(upA).length + got(upB).length, 1, 'the stream was retried after sending a chunk');
});

// ---- fallbacks ------------------------------------------------------------------

test('fallbacks: g1 fails, g2 fails, g3 answers; each group gets its own retries', async (t) => {
  upA.setBehaviour('fb-g1', 'fail-500');
  upB.setBehaviour('fb-g2', 'fail-500');
  const g = await gateway(
    t,
    [dep('g1', upA, { model: 'fb-g1' }), dep('g2', upB, { model: 'fb-g2' }), dep('g3', upC, { model: 'fb-g3', id: 'g3-dep' })],
    { num_retries: 1, allowed_fails: 100, fallbacks: [{ g1: ['g2', 'g3'] }] },
  );
  const { data, h } = await ok(g, 'g1');
  assert.equal(h('x-litellm-attempted-fallbacks'), '2');
  assert.equal(h('x-litellm-attempted-retries'), '2');
  assert.equal(h('x-litellm-model-id'), 'g3-dep');
  assert.equal(h('x-litellm-model-api-base'), upC.url);
  assert.equal(h('x-litellm-model-group'), 'g3');
  assert.equal(data.model, 'fb-g3');
  assert.equal(got(upA).length, 2, 'g1: one try and one retry');
  assert.equal(got(upB).length, 2, 'g2: one try and one retry');
  assert.equal(got(upC).length, 1);
});

test('fallbacks chain through each group\'s own fallbacks (g1 -> g2, g2 -> g3), as LiteLLM does', async (t) => {
  upA.setBehaviour('ch-g1', 'fail-500');
  upB.setBehaviour('ch-g2', 'fail-500');
  const g = await gateway(
    t,
    [dep('c1', upA, { model: 'ch-g1' }), dep('c2', upB, { model: 'ch-g2' }), dep('c3', upC, { model: 'ch-g3', id: 'c3-dep' })],
    { allowed_fails: 100, fallbacks: [{ c1: ['c2'] }, { c2: ['c3'] }] },
  );
  const r = await raw(g, chat('c1'));
  assert.equal(got(upA).length, 1);
  assert.equal(got(upB).length, 1);
  assert.equal(
    r.status,
    200,
    `c2's own fallback (c3) was not tried after c1 fell back to c2 and c2 failed: ${r.status} ${r.text.slice(0, 200)}`,
  );
  assert.equal(r.headers['x-litellm-attempted-fallbacks'], '2');
  assert.equal(r.headers['x-litellm-model-id'], 'c3-dep');
});

test('a stream falls back to another group when the first fails before its first chunk', async (t) => {
  upA.setBehaviour('sfb-1', 'fail-500');
  const g = await gateway(t, [dep('sfb-1', upA), dep('sfb-2', upB, { id: 'sfb-2-dep' })], {
    fallbacks: [{ 'sfb-1': ['sfb-2'] }],
  });
  const { data: stream, response } = await g.client.chat.completions
    .create(chat('sfb-1', { stream: true }))
    .withResponse();
  g.keep(response.headers);
  assert.equal(response.headers.get('x-litellm-attempted-fallbacks'), '1');
  assert.equal(response.headers.get('x-litellm-model-id'), 'sfb-2-dep');
  assert.equal((await collectChat(stream)).content, ECHO);
});

test('context_window_fallbacks: a context length error lands on the bigger group, is not retried, does not cool', async (t) => {
  upA.setBehaviour('cw-small', {
    status: 400,
    body: {
      error: {
        message:
          "This model's maximum context length is 16385 tokens. However, your messages resulted in 20011 tokens. " +
          'Please reduce the length of the messages.',
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    },
  });
  const g = await gateway(
    t,
    [dep('small', upA, { model: 'cw-small' }), dep('big', upB, { model: 'cw-big', id: 'big-dep' }), dep('generic', upC)],
    {
      num_retries: 2,
      context_window_fallbacks: [{ small: ['big'] }],
      fallbacks: [{ small: ['generic'] }],
    },
  );
  for (let i = 0; i < 5; i++) {
    const { h } = await ok(g, 'small');
    assert.equal(h('x-litellm-attempted-fallbacks'), '1');
    assert.equal(h('x-litellm-attempted-retries'), '0');
    assert.equal(h('x-litellm-model-id'), 'big-dep');
  }
  assert.equal(got(upA).length, 5, 'small was retried, or cooled by request errors (allowed_fails is 3)');
  assert.equal(got(upB).length, 5);
  assert.equal(got(upC).length, 0, 'the generic fallback was used for a context window error');
});

test('content_policy_fallbacks: a content filter refusal lands on the other group', async (t) => {
  upA.setBehaviour('cp-strict', {
    status: 400,
    body: {
      error: {
        message:
          "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. " +
          'Please modify your prompt and retry.',
        type: null,
        param: 'prompt',
        code: 'content_filter',
      },
    },
  });
  const g = await gateway(
    t,
    [dep('strict', upA, { model: 'cp-strict' }), dep('lenient', upB, { id: 'lenient-dep' })],
    { content_policy_fallbacks: [{ strict: ['lenient'] }] },
  );
  const { h } = await ok(g, 'strict');
  assert.equal(h('x-litellm-model-id'), 'lenient-dep');
  assert.equal(h('x-litellm-attempted-fallbacks'), '1');
});

test('request-level "fallbacks" are used, and never sent upstream', async (t) => {
  upA.setBehaviour('rq-broken', 'fail-500');
  const g = await gateway(t, [dep('rq-broken', upA), dep('rq-good', upB, { id: 'rq-good-dep' })]);
  let r = await raw(g, chat('rq-broken'));
  assert.equal(r.status, 502, 'no fallbacks configured: the error');
  assertOpenAIError(r.json);
  const { h } = await ok(g, 'rq-broken', { fallbacks: ['rq-good'] });
  assert.equal(h('x-litellm-attempted-fallbacks'), '1');
  assert.equal(h('x-litellm-model-id'), 'rq-good-dep');
  for (const rec of [...got(upA), ...got(upB)]) {
    assert.equal(rec.body.fallbacks, undefined, 'fallbacks was sent upstream');
  }
  // An unknown group in the list is passed over.
  const r2 = await ok(g, 'rq-broken', { fallbacks: ['no-such-group', 'rq-good'] });
  assert.equal(r2.h('x-litellm-model-id'), 'rq-good-dep');
});

// ---- picking --------------------------------------------------------------------

test('order: order 1 gets all traffic while healthy, order 2 only while order 1 cools', async (t) => {
  const g = await gateway(t, [dep('ord', upA, { order: 1, id: 'first' }), dep('ord', upB, { order: 2, id: 'second' })], {
    num_retries: 1,
    allowed_fails: 1,
    cooldown_time: 1,
  });
  for (let i = 0; i < 20; i++) {
    const { h } = await ok(g, 'ord');
    assert.equal(h('x-litellm-model-id'), 'first');
  }
  assert.equal(got(upB).length, 0);
  upA.setBehaviour('ord', 'fail-500');
  try {
    for (let i = 0; i < 10; i++) await ok(g, 'ord'); // retried on order 2
    assert.equal(got(upA).length, 22, 'allowed_fails 1: the second failure cools order 1');
    assert.equal(got(upB).length, 10);
  } finally {
    upA.setBehaviour('ord', null);
  }
  const cooledAt = got(upA)[21].receivedAt;
  await sleep(Math.max(0, cooledAt + 1100 - Date.now()));
  for (let i = 0; i < 10; i++) {
    const { h } = await ok(g, 'ord');
    assert.equal(h('x-litellm-model-id'), 'first');
    assert.equal(h('x-litellm-attempted-retries'), '0');
  }
  assert.equal(got(upB).length, 10);
});

test('weights: weight 9 vs 1 gives about 90/10 over 200 requests', async (t) => {
  const g = await gateway(t, [dep('w', upA, { weight: 9 }), dep('w', upB, { weight: 1 })]);
  for (let i = 0; i < 10; i++) {
    await Promise.all(Array.from({ length: 20 }, () => ok(g, 'w')));
  }
  const a = got(upA).length;
  const b = got(upB).length;
  assert.equal(a + b, 200);
  // Binomial(200, 0.9): mean 180, sd 4.2; +-20 is more than 4.5 sd.
  assert.ok(a >= 160 && a <= 199, `A got ${a}, B got ${b}`);
});

test('model_group_alias sends the alias to the real group', async (t) => {
  const g = await gateway(t, [dep('real-group', upA, { model: 'real-upstream' })], {
    model_group_alias: { 'my-alias': 'real-group', 'hidden-alias': { model: 'real-group', hidden: true } },
  });
  for (const alias of ['my-alias', 'hidden-alias']) {
    const { data, h } = await ok(g, alias);
    assert.equal(h('x-litellm-model-group'), 'real-group');
    assert.equal(data.model, 'real-upstream');
  }
  assert.equal(got(upA, 'real-upstream').length, 2);
  const r = await raw(g, chat('not-an-alias'));
  assert.ok([400, 404].includes(r.status), `${r.status}`);
  assertOpenAIError(r.json);
});

// ---- logs -----------------------------------------------------------------------

test('logs of every gateway: JSON lines, call ids present, no keys or message text', async () => {
  let n = 0;
  for (const g of gateways) {
    if (g.ids.length === 0) continue;
    await assertLogHygiene(g.gw, g.ids);
    n++;
  }
  assert.ok(n > 5, `only ${n} gateways had call ids`);
});
