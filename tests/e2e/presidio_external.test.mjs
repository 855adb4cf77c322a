// Guardrails with an external Presidio analyzer (`presidio_analyzer_api_base`),
// configured as LiteLLM users write them. The analyzer is a fake that speaks
// Presidio's wire format (upstream/presidio.mjs) and records what it got.
// Each case asserts both sides: what the analyzer received (the original
// text, LiteLLM's payload), what the model upstream received (masked, or
// nothing at all), and what the client received. Failures of the analyzer
// (refused connection, timeout, non-2xx, garbage) fail closed with a 503,
// unless the rail is fail_open. Streamed answers with an external post_call
// rail are held whole, analyzed, then sent: no chunk carries an entity.
// A rail's `timeout` bounds each /analyze; a text longer than its
// presidio_analyze_chunk_size_bytes goes in overlapping pieces, whose
// answers are joined before masking.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startOpenAIUpstream } from './upstream/openai.mjs';
import { startPresidioAnalyzer } from './upstream/presidio.mjs';
import { GATEWAY_BIN, startGateway, freePort } from './lib/gateway.mjs';
import {
  MASTER_KEY,
  gatewayConfig,
  mockDeployment,
  openaiDeployment,
  rawRequest,
  rawSSE,
  sdk,
  assertOpenAIError,
  assertLogHygiene,
  sleep,
} from './lib/common.mjs';

const EMAIL = 'jane.doe@example.com';
const NAME = 'Chloé Fontaine';
const NAME2 = 'Ada Lovelace';
const SSN = '377-46-4152';
const PII = [EMAIL, NAME, NAME2, SSN];
const CHUNK = 10000; // ext-chunk's presidio_analyze_chunk_size_bytes

let up;
let an; // the fake Presidio analyzer
let gw;
let client;
let deadUrl; // nothing listens there
const callIds = [];

function rail(name, mode, params = {}) {
  return { guardrail_name: name, litellm_params: { guardrail: 'presidio', mode, ...params } };
}

before(async () => {
  up = await startOpenAIUpstream({ apiKey: 'sk-upstream-secret' });
  an = await startPresidioAnalyzer();
  deadUrl = `http://127.0.0.1:${await freePort()}`;
  const base = an.url;
  gw = await startGateway({
    env: { PRESIDIO_ANALYZER_API_BASE: base },
    config: gatewayConfig([openaiDeployment('echo', 'echo', up.url), openaiDeployment('scripted', 'scripted', up.url)], {
      extra: {
        guardrails: [
          // As LiteLLM's docs write it: the base from the environment.
          rail('ext-mask', 'pre_call', {
            presidio_analyzer_api_base: 'os.environ/PRESIDIO_ANALYZER_API_BASE',
            presidio_anonymizer_api_base: 'http://anonymizer.invalid:5001',
            pii_entities_config: { EMAIL_ADDRESS: 'MASK', PERSON: 'MASK' },
          }),
          rail('ext-block', 'pre_call', {
            presidio_analyzer_api_base: `${base}/`,
            pii_entities_config: { US_SSN: 'BLOCK', EMAIL_ADDRESS: 'MASK' },
          }),
          rail('ext-parse', 'pre_call', { presidio_analyzer_api_base: base, output_parse_pii: true }),
          rail('ext-out', 'post_call', { presidio_analyzer_api_base: base }),
          rail('ext-out-block', 'post_call', {
            presidio_analyzer_api_base: base,
            pii_entities_config: { US_SSN: 'BLOCK', EMAIL_ADDRESS: 'MASK', PERSON: 'MASK' },
          }),
          rail('ext-down', 'pre_call', { presidio_analyzer_api_base: deadUrl }),
          rail('ext-open', 'pre_call', { presidio_analyzer_api_base: deadUrl, fail_open: true }),
          rail('ext-open-out', 'post_call', { presidio_analyzer_api_base: deadUrl, fail_open: true }),
          // LiteLLM's `timeout` of a guardrail call, in seconds.
          rail('ext-fast', 'pre_call', { presidio_analyzer_api_base: base, timeout: 0.3 }),
          rail('ext-patient', 'pre_call', { presidio_analyzer_api_base: base, timeout: '3' }),
          rail('ext-chunk', 'pre_call', {
            presidio_analyzer_api_base: base,
            presidio_analyze_chunk_size_bytes: CHUNK,
            pii_entities_config: { EMAIL_ADDRESS: 'MASK', PERSON: 'MASK' },
          }),
        ],
      },
    }),
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
  if (an) await an.close();
});

// ---- helpers -------------------------------------------------------------------

const auth = { authorization: `Bearer ${MASTER_KEY}` };

async function chat(body, path = '/v1/chat/completions') {
  const r = await rawRequest(`${gw.url}${path}`, { body, headers: auth, timeoutMs: 15000 });
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  return r;
}

async function stream(body) {
  const r = await rawSSE(`${gw.url}/v1/chat/completions`, { ...body, stream: true }, { headers: auth });
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  const events = r.events.map((e) => (e.data === '[DONE]' ? '[DONE]' : JSON.parse(e.data)));
  const pieces = [];
  for (const e of events) {
    if (e === '[DONE]' || !e.choices) continue;
    for (const c of e.choices) if (c.delta && typeof c.delta.content === 'string' && c.delta.content) pieces.push(c.delta.content);
  }
  return { ...r, events, pieces, content: pieces.join('') };
}

const applied = (r) => (r.headers['x-litellm-applied-guardrails'] ?? '').split(',').filter(Boolean);

function assertNoFragment(text, values, where, min = 4) {
  for (const v of values)
    for (let i = 0; i + min <= v.length; i++)
      for (let k = min; i + k <= v.length; k++)
        assert.ok(!text.includes(v.slice(i, i + k)), `${where} holds ${JSON.stringify(v.slice(i, i + k))}: ${JSON.stringify(text)}`);
}

/** The model "scripted" answers `pieces` (whole: joined; streamed: one chunk each). */
function script(pieces) {
  up.setBehaviour('scripted', async (ctx) => {
    const { res, body, stream: streamed, send, startSSE, writeEvent } = ctx;
    const id = 'chatcmpl-ext';
    const created = Math.floor(Date.now() / 1000);
    const usage = { prompt_tokens: 7, completion_tokens: 9, total_tokens: 16 };
    if (!streamed) {
      return send(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: pieces.join(''), refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage,
      });
    }
    const chunk = (delta, finish = null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model: body.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    });
    startSSE(res);
    writeEvent(res, chunk({ role: 'assistant', content: '' }));
    for (const p of pieces) {
      writeEvent(res, chunk({ content: p }));
      await sleep(1);
    }
    writeEvent(res, chunk({}, 'stop'));
    if (body.stream_options && body.stream_options.include_usage)
      writeEvent(res, { id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage });
    writeEvent(res, '[DONE]');
    res.end();
  });
}

function lastUpstream(since) {
  assert.equal(up.requests.length, since + 1, `the upstream got ${up.requests.length - since} requests, not 1`);
  return up.requests[since];
}

function assertRefused503(r) {
  assert.equal(r.status, 503, r.text);
  assertOpenAIError(r.json);
  assert.match(r.json.error.message, /guardrail could not run/);
  assertNoFragment(r.text, PII, 'the error body');
}

// ---- requests --------------------------------------------------------------------

test('MASK: the analyzer reads the original texts, the upstream only masked ones', async () => {
  an.setMode('ok');
  an.clearRequests();
  const since = up.requests.length;
  const messages = [
    { role: 'system', content: `You assist ${NAME}.` },
    { role: 'user', content: `Mail ${EMAIL} please` },
    { role: 'user', content: '   ' },
    { role: 'user', content: `And ${NAME2} too` },
  ];
  const res = await client.chat.completions
    .create({ model: 'echo', messages, guardrails: ['ext-mask'] })
    .withResponse();
  callIds.push(res.response.headers.get('x-litellm-call-id'));
  assert.deepEqual(res.response.headers.get('x-litellm-applied-guardrails'), 'ext-mask');
  const sent = lastUpstream(since).body.messages.map((m) => m.content);
  assert.deepEqual(sent, ['You assist <PERSON>.', 'Mail <EMAIL_ADDRESS> please', '   ', 'And <PERSON> too']);
  assert.equal(res.data.choices[0].message.content, 'echo: And <PERSON> too');
  // One /analyze per text that is not blank, LiteLLM's payload, the original text.
  assert.equal(an.requests.length, 3);
  assert.deepEqual(an.texts().sort(), [`You assist ${NAME}.`, `Mail ${EMAIL} please`, `And ${NAME2} too`].sort());
  for (const r of an.requests) {
    assert.equal(r.method, 'POST');
    assert.equal(r.path, '/analyze');
    assert.match(r.headers['content-type'], /application\/json/);
    assert.equal(r.body.language, 'en');
    assert.deepEqual(r.body.entities, ['EMAIL_ADDRESS', 'PERSON']);
  }
});

test('offsets are code points: emoji and accents before an entity', async () => {
  an.setMode('ok');
  const since = up.requests.length;
  const text = `😀🎉 café naïve — write to ${EMAIL}, then 𝄞 ${NAME} ok`;
  const r = await chat({ model: 'echo', guardrails: ['ext-mask'], messages: [{ role: 'user', content: text }] });
  assert.equal(r.status, 200, r.text);
  assert.equal(lastUpstream(since).body.messages[0].content, '😀🎉 café naïve — write to <EMAIL_ADDRESS>, then 𝄞 <PERSON> ok');
});

test('BLOCK: 400 naming the rail and the type, never the text; nothing goes upstream', async () => {
  an.setMode('ok');
  const since = up.requests.length;
  const r = await chat({ model: 'echo', guardrails: ['ext-block'], messages: [{ role: 'user', content: `my ssn is ${SSN}, mail ${EMAIL}` }] });
  assert.equal(r.status, 400, r.text);
  assertOpenAIError(r.json);
  assert.match(r.json.error.message, /'ext-block'/);
  assert.match(r.json.error.message, /US_SSN/);
  assertNoFragment(r.text, PII, 'the error body');
  assert.equal(up.requests.length, since);
  // The same rail masks what it does not block.
  const m = await chat({ model: 'echo', guardrails: ['ext-block'], messages: [{ role: 'user', content: `mail ${EMAIL}` }] });
  assert.equal(m.status, 200, m.text);
  assert.equal(lastUpstream(since).body.messages[0].content, 'mail <EMAIL_ADDRESS>');
});

test('output_parse_pii: numbered placeholders go upstream, the client reads its values back', async () => {
  an.setMode('ok');
  const since = up.requests.length;
  const r = await chat({
    model: 'echo',
    guardrails: ['ext-parse'],
    messages: [
      { role: 'user', content: `I am ${NAME2}` },
      { role: 'user', content: `${NAME2} writes to ${EMAIL} and ${NAME}` },
    ],
  });
  assert.equal(r.status, 200, r.text);
  const sent = lastUpstream(since).body.messages.map((m) => m.content);
  assert.deepEqual(sent, ['I am <PERSON_1>', '<PERSON_1> writes to <EMAIL_ADDRESS_1> and <PERSON_2>']);
  assert.equal(r.json.choices[0].message.content, `echo: ${NAME2} writes to ${EMAIL} and ${NAME}`);
});

// ---- failures: closed, or open when asked ------------------------------------------

test('analyzer unreachable: 503, the model upstream never called', async () => {
  const since = up.requests.length;
  const r = await chat({ model: 'echo', guardrails: ['ext-down'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
  assertRefused503(r);
  assert.equal(up.requests.length, since);
});

test('analyzer timing out: 503 after the rail timeout (5 s)', async () => {
  an.setMode('hang');
  const since = up.requests.length;
  try {
    const r = await chat({ model: 'echo', guardrails: ['ext-mask'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
    assertRefused503(r);
    assert.ok(r.ms >= 4500 && r.ms < 9000, `answered after ${r.ms} ms`);
    assert.equal(up.requests.length, since);
  } finally {
    an.setMode('ok');
  }
});

test('the rail\'s timeout: 0.3 s against a 1 s analyzer fails closed at once; 3 s lets it answer', async () => {
  an.setMode('ok', { delay: 1000 });
  const since = up.requests.length;
  try {
    const r = await chat({ model: 'echo', guardrails: ['ext-fast'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
    assertRefused503(r);
    assert.ok(r.ms >= 250 && r.ms < 1500, `answered after ${r.ms} ms`);
    assert.equal(up.requests.length, since);
    // The same wait within a generous timeout (given as text, as LiteLLM
    // accepts it): masked, and sent upstream.
    const res = await client.chat.completions
      .create({ model: 'echo', guardrails: ['ext-patient'], messages: [{ role: 'user', content: `hi ${NAME}` }] })
      .withResponse();
    callIds.push(res.response.headers.get('x-litellm-call-id'));
    assert.equal(res.data.choices[0].message.content, 'echo: hi <PERSON>');
    assert.equal(lastUpstream(since).body.messages[0].content, 'hi <PERSON>');
  } finally {
    an.setMode('ok');
  }
});

test('a bad timeout or presidio_analyze_chunk_size_bytes fails `llmgate check` and the start, naming the rail', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmgate-ext-'));
  try {
    for (const [params, why] of [
      [{ timeout: 0 }, /guardrail 'ext-bad': timeout must be a number of seconds/],
      [{ timeout: 'soon' }, /guardrail 'ext-bad': timeout must be a number of seconds/],
      [{ presidio_analyze_chunk_size_bytes: 100 }, /guardrail 'ext-bad': presidio_analyze_chunk_size_bytes must be a whole number of bytes, at least 1024/],
    ]) {
      const config = gatewayConfig([mockDeployment()], {
        extra: { guardrails: [rail('ext-bad', 'pre_call', { presidio_analyzer_api_base: 'http://analyzer:5002', ...params })] },
      });
      const file = path.join(dir, 'config.yaml');
      fs.writeFileSync(file, config);
      const r = spawnSync(GATEWAY_BIN, ['check', '--config', file], { encoding: 'utf8', timeout: 20000 });
      assert.notEqual(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stderr, why);
      await assert.rejects(startGateway({ config }), (e) => /exited before becoming live/.test(e.message) && why.test(e.message));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('analyzer answering garbage, HTML, non-2xx, an object or offsets past the text: 503', async () => {
  const since = up.requests.length;
  for (const mode of ['garbage', 'html', 'status-500', 'object', 'bad-offsets']) {
    an.setMode(mode);
    const r = await chat({ model: 'echo', guardrails: ['ext-mask'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
    assertRefused503(r);
  }
  an.setMode('ok');
  assert.equal(up.requests.length, since);
});

test('fail_open: the request passes unscanned, and the rail is not reported as applied', async () => {
  const since = up.requests.length;
  const r = await chat({ model: 'echo', guardrails: ['ext-open'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
  assert.equal(r.status, 200, r.text);
  assert.equal(lastUpstream(since).body.messages[0].content, `hi ${NAME}`);
  assert.deepEqual(applied(r), []);
  const id = r.headers['x-litellm-call-id'];
  let line;
  for (let i = 0; i < 40 && !line; i++, await sleep(50))
    line = gw.logs().split('\n').find((l) => l.includes(id) && l.includes('"msg":"request"'));
  assert.ok(line, 'no request log line');
  assert.equal(JSON.parse(line).guardrails_not_run, 'ext-open');
});

test('a client leaving while the analyzer works: nothing goes upstream, the gateway goes on', async () => {
  an.setMode('ok', { delay: 800 });
  const since = up.requests.length;
  const before = an.requests.length;
  try {
    await new Promise((resolve) => {
      const body = JSON.stringify({ model: 'echo', guardrails: ['ext-mask'], messages: [{ role: 'user', content: `hi ${NAME}` }] });
      const req = http.request(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        agent: false,
        headers: { ...auth, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.end(body);
      setTimeout(() => req.destroy(), 200);
    });
    await sleep(1200);
    assert.equal(an.requests.length, before + 1, 'the analyzer was not asked');
    assert.equal(up.requests.length, since, 'a request whose client left went upstream');
  } finally {
    an.setMode('ok');
  }
  const r = await chat({ model: 'echo', guardrails: ['ext-mask'], messages: [{ role: 'user', content: `mail ${EMAIL}` }] });
  assert.equal(r.status, 200, r.text);
});

// ---- long texts in pieces --------------------------------------------------------------

/** Bytes `s` takes as a JSON string, quotes left out (what the budget counts). */
const jsonBytes = (s) => Buffer.byteLength(JSON.stringify(s)) - 2;

test('a long text goes out in pieces of at most presidio_analyze_chunk_size_bytes, answers joined, offsets in code points', async () => {
  an.setMode('ok');
  an.clearRequests();
  const since = up.requests.length;
  // One text without a blank: characters of 2, 3 and 4 bytes (an emoji is
  // one code point, two UTF-16 units), then the address, placed so that the
  // first piece's budget ends inside it: "jane.doe@example.co" | "m".
  const unit = 'é中😀';
  let head = '';
  while (jsonBytes(head + unit) <= CHUNK - 19) head += unit;
  head += 'x'.repeat(CHUNK - 19 - jsonBytes(head));
  let tail = '';
  while (tail.length < 20000) tail += unit;
  const first = head + EMAIL + tail;
  // One text of words: the cuts fall between them.
  const words = [];
  for (let i = 0; words.join(' ').length < 16000; i++) words.push(i % 97 === 50 ? EMAIL : i % 89 === 40 ? NAME : ['été', 'naïve', '中文', '😀ok'][i % 4]);
  const second = words.join(' ');
  const masked = words.map((w) => (w === EMAIL ? '<EMAIL_ADDRESS>' : w === NAME ? '<PERSON>' : w)).join(' ');
  assert.ok([...first].length + [...second].length > 30000);

  const r = await chat({ model: 'echo', guardrails: ['ext-chunk'], messages: [{ role: 'user', content: first }, { role: 'user', content: second }] });
  assert.equal(r.status, 200, r.text.slice(0, 500));
  const sent = lastUpstream(since).body.messages.map((m) => m.content);
  assert.equal(sent[0], head + '<EMAIL_ADDRESS>' + tail);
  assert.equal(sent[1], masked);
  assert.equal(r.json.choices[0].message.content, `echo: ${masked}`);

  // Several /analyze calls, none over the budget, each a piece of one text.
  const texts = an.texts();
  assert.ok(texts.length >= 6, `${texts.length} pieces`);
  for (const t of texts) {
    assert.ok(jsonBytes(t) <= CHUNK, `a piece of ${jsonBytes(t)} bytes`);
    assert.ok(first.includes(t) || second.includes(t), 'a piece that is no part of a text');
  }
  assert.ok(texts.filter((t) => first.includes(t)).length >= 3);
  assert.ok(texts.filter((t) => second.includes(t)).length >= 2);
  // The first piece was cut inside the address; the next one has it whole.
  assert.ok(texts.some((t) => t.startsWith(head.slice(0, 50)) && t.endsWith('jane.doe@example.co')));
  assert.ok(texts.some((t) => first.includes(t) && t.includes(`${unit}${EMAIL}${unit}`)));
  // Every request carried LiteLLM's payload.
  for (const q of an.requests) assert.deepEqual(q.body.entities, ['EMAIL_ADDRESS', 'PERSON']);
});

test('a long text whose pieces get no usable answer: 503, nothing upstream', async () => {
  const since = up.requests.length;
  let text = '';
  while (text.length < 25000) text += `été ${NAME} `;
  an.setMode('bad-offsets');
  an.clearRequests();
  try {
    const r = await chat({ model: 'echo', guardrails: ['ext-chunk'], messages: [{ role: 'user', content: text }] });
    assertRefused503(r);
    assert.ok(an.requests.length >= 3, `${an.requests.length} pieces`);
    assert.equal(up.requests.length, since);
  } finally {
    an.setMode('ok');
  }
});

// ---- answers -------------------------------------------------------------------------

test('post_call on a whole answer through the analyzer', async () => {
  an.clearRequests();
  script([`Sure, ${NAME} is at `, EMAIL, '.']);
  const r = await chat({ model: 'scripted', guardrails: ['ext-out'], messages: [{ role: 'user', content: 'who?' }] });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.choices[0].message.content, 'Sure, <PERSON> is at <EMAIL_ADDRESS>.');
  assert.deepEqual(applied(r), ['ext-out']);
  assert.deepEqual(an.texts(), [`Sure, ${NAME} is at ${EMAIL}.`]);
  const b = await chat({ model: 'scripted', guardrails: ['ext-out-block'], messages: [{ role: 'user', content: 'who?' }] });
  assert.equal(b.status, 200, b.text);
  script([`Her SSN is ${SSN}`]);
  const blocked = await chat({ model: 'scripted', guardrails: ['ext-out-block'], messages: [{ role: 'user', content: 'ssn?' }] });
  assert.equal(blocked.status, 400, blocked.text);
  assert.match(blocked.json.error.message, /'ext-out-block'.*US_SSN/);
  assertNoFragment(blocked.text, PII, 'the error body');
});

test('a streamed answer is held, analyzed whole, then sent: no chunk carries an entity', async () => {
  an.setMode('ok');
  an.clearRequests();
  const pieces = ['Reach jane.doe@ex', 'ample.com or Chlo', 'é ', 'Fontaine', ' today.'];
  script(pieces);
  const s = await stream({ model: 'scripted', guardrails: ['ext-out'], messages: [{ role: 'user', content: 'who?' }] });
  assert.equal(s.status, 200);
  assert.match(s.headers['content-type'], /text\/event-stream/);
  assert.deepEqual(applied(s), ['ext-out']);
  assert.equal(s.content, 'Reach <EMAIL_ADDRESS> or <PERSON> today.');
  for (const p of s.pieces) assertNoFragment(p, [EMAIL, NAME], 'a chunk');
  assert.equal(s.events.at(-1), '[DONE]');
  const finish = s.events.filter((e) => e !== '[DONE]' && e.choices[0] && e.choices[0].finish_reason);
  assert.equal(finish.length, 1);
  assert.equal(finish[0].choices[0].finish_reason, 'stop');
  // The analyzer read the answer once, whole.
  assert.deepEqual(an.texts(), [pieces.join('')]);

  // The official SDK reads it, usage included.
  script(pieces);
  const st = await client.chat.completions.create({
    model: 'scripted',
    stream: true,
    stream_options: { include_usage: true },
    guardrails: ['ext-out'],
    messages: [{ role: 'user', content: 'who?' }],
  });
  let text = '';
  let usage = null;
  for await (const ch of st) {
    if (ch.usage) usage = ch.usage;
    for (const c of ch.choices) text += c.delta.content ?? '';
  }
  assert.equal(text, 'Reach <EMAIL_ADDRESS> or <PERSON> today.');
  assert.equal(usage.total_tokens, 16);
});

test('streams: placeholders put back after the analyzer scanned the answer; BLOCK and failures refuse it whole', async () => {
  an.setMode('ok');
  script(['Hi <PERS', 'ON_1>, mail ', EMAIL, '!']);
  const s = await stream({ model: 'scripted', guardrails: ['ext-parse', 'ext-out'], messages: [{ role: 'user', content: `I am ${NAME2}` }] });
  assert.equal(s.status, 200);
  assert.equal(s.content, `Hi ${NAME2}, mail <EMAIL_ADDRESS>!`);

  script(['Her SSN is ', '377-46-', '4152.']);
  const b = await stream({ model: 'scripted', guardrails: ['ext-out-block'], messages: [{ role: 'user', content: 'ssn?' }] });
  assert.equal(b.status, 400);
  assert.match(b.raw, /'ext-out-block'.*US_SSN/);
  assertNoFragment(b.raw, [SSN], 'the refusal');

  const since = up.requests.length;
  an.setMode('status-500');
  script(['Hello ', NAME]);
  const f = await stream({ model: 'scripted', guardrails: ['ext-out'], messages: [{ role: 'user', content: 'hi' }] });
  an.setMode('ok');
  assert.equal(f.status, 503);
  assert.equal(up.requests.length, since + 1);

  // fail_open on the answer: sent as the model wrote it, the rail not applied.
  script(['Hello ', NAME]);
  const o = await stream({ model: 'scripted', guardrails: ['ext-open-out'], messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(o.status, 200);
  assert.equal(o.content, `Hello ${NAME}`);
  assert.deepEqual(applied(o), []);
});

// ---- logs --------------------------------------------------------------------------

test('logs: JSON lines, no text and no detected value, analyzer failures named by rail', async () => {
  const lines = await assertLogHygiene(gw, callIds.filter(Boolean), { forbidden: PII });
  const warns = lines.filter((l) => l.obj.msg === 'guardrail analyzer failed');
  assert.ok(warns.length > 0, 'analyzer failures were not logged');
  for (const w of warns)
    assert.ok(['ext-mask', 'ext-down', 'ext-open', 'ext-out', 'ext-open-out', 'ext-fast', 'ext-chunk'].includes(w.obj.guardrail), w.line);
});
