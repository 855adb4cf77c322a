// Streaming: chunk-by-chunk relay, SSE framing, client disconnects.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startOpenAIUpstream,
  slowStreamPieces,
  SLOW_STREAM_CHUNKS,
  SLOW_STREAM_INTERVAL_MS,
} from './upstream/openai.mjs';
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
  rawSSE,
  collectChat,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
let client;
const callIds = [];

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('gpt-4o-mini', 'gpt-4o-mini', up.url),
      openaiDeployment('slow-stream', 'slow-stream', up.url, { timeout: 30 }),
      openaiDeployment('verbatim', 'verbatim', up.url),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
  client = sdk(gw);
  // Chunks written with the upstream's own spacing and escapes, all in one
  // burst, then the usage-only chunk the gateway asked for.
  up.setBehaviour('verbatim', (ctx) => {
    ctx.startSSE(ctx.res);
    ctx.res.write(VERBATIM.map((d) => `data: ${d}\n\n`).join(''));
    ctx.writeEvent(ctx.res, {
      id: 'chatcmpl-v', object: 'chat.completion.chunk', created: 1, model: 'verbatim', choices: [],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    });
    ctx.writeEvent(ctx.res, '[DONE]');
    ctx.res.end();
  });
});

const VERBATIM = [
  '{"id":"chatcmpl-v","object":"chat.completion.chunk","created":1,"model":"verbatim",' +
    '"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}',
  '{ "id": "chatcmpl-v", "object": "chat.completion.chunk", "created": 1, "model": "verbatim", ' +
    '"choices": [ { "index": 0, "delta": { "content": "caf\\u00e9 \\ud83d\\ude00 1.50e1" }, "finish_reason": null } ], "usage": null }',
  '{"id":"chatcmpl-v","object":"chat.completion.chunk","created":1,"model":"verbatim",' +
    '"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
];

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

test('chunks are relayed as they arrive, not buffered', async () => {
  const t0 = Date.now();
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'slow-stream', messages: [{ role: 'user', content: `slow ${SECRET_TEXT}` }], stream: true })
    .withResponse();
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);
  let firstAt = null;
  const contentAt = [];
  let content = '';
  for await (const ch of stream) {
    firstAt ??= Date.now() - t0;
    const c = ch.choices?.[0]?.delta?.content;
    if (c) {
      contentAt.push(Date.now() - t0);
      content += c;
    }
  }
  const total = Date.now() - t0;
  const upstreamTime = SLOW_STREAM_CHUNKS * SLOW_STREAM_INTERVAL_MS;
  assert.equal(content, slowStreamPieces().join(''), 'all 20 pieces, in order');
  assert.ok(firstAt < 500, `first chunk after ${firstAt} ms; the upstream sent it at once`);
  assert.ok(contentAt[0] < 1000, `first content chunk after ${contentAt[0]} ms; the upstream sent it at ~200 ms`);
  assert.ok(total >= upstreamTime - 300, `whole stream took ${total} ms, the upstream alone takes ${upstreamTime} ms`);
  const spread = contentAt.at(-1) - contentAt[0];
  assert.ok(spread >= upstreamTime * 0.75, `content chunks arrived within ${spread} ms: the gateway buffered them`);
  // Chunks arrive spread out: at least half of the gaps look like the upstream's 200 ms.
  const gaps = contentAt.slice(1).map((t, i) => t - contentAt[i]);
  const spaced = gaps.filter((g) => g >= SLOW_STREAM_INTERVAL_MS / 2).length;
  assert.ok(spaced >= gaps.length / 2, `gaps between chunks: ${gaps.join(',')}`);
});

test('chunks nothing rewrites reach the client byte for byte; the usage chunk the client did not ask for does not', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    { model: 'verbatim', messages: [{ role: 'user', content: 'as sent' }], stream: true },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 200);
  const data = r.events.filter((e) => e.data !== '').map((e) => e.data);
  assert.deepEqual(data, [...VERBATIM, '[DONE]']);
  // The gateway still read the usage it kept from the client (the log line
  // is written a moment after the answer).
  const id = r.headers['x-litellm-call-id'];
  let line;
  for (let i = 0; i < 40 && !line; i++) {
    line = gw.logs().split('\n').find((l) => l.includes(id));
    if (!line) await new Promise((res) => setTimeout(res, 50));
  }
  assert.ok(line, 'no log line for the call');
  assert.equal(JSON.parse(line).completion_tokens, 2);
});

test('SSE framing on the wire: data: lines, blank-line separated, ending with [DONE]', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'wire format check' }],
      stream: true,
      stream_options: { include_usage: true },
    },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 200);
  assert.match(r.headers['content-type'] ?? '', /^text\/event-stream/);
  assert.match(r.headers['cache-control'] ?? '', /no-cache/);
  assert.equal(r.headers['x-accel-buffering'], 'no');
  assert.equal(r.headers['content-length'], undefined, 'a stream has no content-length');
  assert.equal(r.rest.trim(), '', `bytes after the last event: ${JSON.stringify(r.rest)}`);
  const dataEvents = r.events.filter((e) => e.data !== '');
  assert.ok(dataEvents.length >= 4);
  assert.equal(dataEvents.at(-1).data, '[DONE]', 'the stream must end with data: [DONE]');
  assert.equal(dataEvents.filter((e) => e.data === '[DONE]').length, 1);
  let content = '';
  let usage = null;
  for (const e of dataEvents.slice(0, -1)) {
    let j;
    assert.doesNotThrow(() => {
      j = JSON.parse(e.data);
    }, `not JSON: ${e.data}`);
    assert.equal(j.object, 'chat.completion.chunk');
    content += j.choices?.[0]?.delta?.content ?? '';
    if (j.usage) usage = j.usage;
  }
  assert.equal(content, 'echo: wire format check');
  assert.ok(usage && usage.total_tokens > 0, 'usage chunk missing');
});

test('client disconnect mid-stream closes the upstream connection', async () => {
  const marker = `abort-me-${Date.now()}`;
  const ac = new AbortController();
  const stream = await client.chat.completions.create(
    { model: 'slow-stream', messages: [{ role: 'user', content: marker }], stream: true },
    { signal: ac.signal },
  );
  let abortedAt = null;
  for await (const ch of stream) {
    if (ch.choices?.[0]?.delta?.content) {
      abortedAt = Date.now();
      ac.abort();
    }
  }
  assert.ok(abortedAt, 'no content chunk arrived before the abort');
  const rec = up.requests.find((q) => q.body?.messages?.[0]?.content === marker);
  assert.ok(rec, 'the upstream never saw the request');
  await up.waitForClose(rec, 1500);
  assert.equal(rec.aborted, true, 'the upstream response should have been cut short');
  assert.ok(rec.chunksSent < SLOW_STREAM_CHUNKS, `the upstream sent all ${rec.chunksSent} chunks anyway`);
  assert.ok(rec.closedAt - abortedAt < 1500, `upstream closed ${rec.closedAt - abortedAt} ms after the client left`);
});

test('several concurrent disconnects: every upstream connection is closed', async () => {
  const markers = Array.from({ length: 5 }, (_, i) => `abort-many-${i}-${Date.now()}`);
  await Promise.all(
    markers.map(async (m) => {
      const ac = new AbortController();
      const s = await client.chat.completions.create(
        { model: 'slow-stream', messages: [{ role: 'user', content: m }], stream: true },
        { signal: ac.signal },
      );
      for await (const ch of s) if (ch.choices?.[0]?.delta?.content) ac.abort();
    }),
  );
  for (const m of markers) {
    const rec = up.requests.find((q) => q.body?.messages?.[0]?.content === m);
    assert.ok(rec, `upstream never saw ${m}`);
    await up.waitForClose(rec, 1500);
    assert.equal(rec.aborted, true);
  }
});

test('the gateway keeps serving after disconnects', async () => {
  const r = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'after' }] });
  assert.equal(r.choices[0].message.content, 'echo: after');
  const { content } = await collectChat(
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'after stream' }], stream: true }),
  );
  assert.equal(content, 'echo: after stream');
  const m = await client.chat.completions.create({ model: 'mock-model', messages: [{ role: 'user', content: 'x' }] });
  assert.equal(m.choices[0].message.content, MOCK_TEXT);
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  await assertLogHygiene(gw, callIds);
});
