// Chat, completions, embeddings and the mock provider through the gateway.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOpenAIUpstream, chatAnswer, chatUsage, embeddingVector } from './upstream/openai.mjs';
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
  collectChat,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
let client;
const callIds = [];

function keepCallId(response) {
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);
  return id;
}

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  // A deployment whose upstream answers after 300 ms (for the duration headers).
  up.setBehaviour('gpt-delayed', { delayMs: 300 });
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('gpt-4o-mini', 'gpt-4o-mini', up.url),
      openaiDeployment('team-alias', 'gpt-4o-mini', up.url),
      openaiDeployment('gpt-delayed', 'gpt-delayed', up.url),
      openaiDeployment('gpt-3.5-turbo-instruct', 'gpt-3.5-turbo-instruct', up.url),
      openaiDeployment('text-embedding-3-small', 'text-embedding-3-small', up.url),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

test('chat completion is relayed whole from the upstream', async () => {
  const messages = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: `Say something about ${SECRET_TEXT}` },
  ];
  const before = up.requests.length;
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages })
    .withResponse();
  keepCallId(response);

  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(data.object, 'chat.completion');
  assert.match(data.id, /^chatcmpl-/);
  assert.equal(typeof data.created, 'number');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].index, 0);
  assert.equal(data.choices[0].message.role, 'assistant');
  assert.equal(data.choices[0].message.content, `echo: Say something about ${SECRET_TEXT}`);
  assert.equal(data.choices[0].finish_reason, 'stop');
  const u = chatUsage({ messages });
  assert.equal(data.usage.prompt_tokens, u.prompt_tokens, 'usage.prompt_tokens relayed from upstream');
  assert.equal(data.usage.completion_tokens, u.completion_tokens, 'usage.completion_tokens relayed from upstream');
  assert.equal(data.usage.total_tokens, u.total_tokens);

  // Exactly one upstream call, to {api_base}/chat/completions, with the upstream key.
  assert.equal(up.requests.length, before + 1);
  const rec = up.requests.at(-1);
  assert.equal(rec.method, 'POST');
  assert.equal(rec.path, '/v1/chat/completions');
  assert.equal(rec.headers.authorization, `Bearer ${UPSTREAM_KEY}`);
  assert.match(rec.headers['content-type'] ?? '', /^application\/json/);
  assert.equal(rec.body.model, 'gpt-4o-mini');
  assert.deepEqual(rec.body.messages, messages);
  assert.notEqual(rec.body.stream, true, 'a non-streaming request must not be sent upstream as a stream');
  for (const [k, v] of Object.entries(rec.headers)) {
    assert.ok(!String(v).includes(MASTER_KEY), `the master key leaked to the upstream in header ${k}`);
  }
});

test('model_name is mapped to the upstream model after "openai/"', async () => {
  const { data, response } = await client.chat.completions
    .create({ model: 'team-alias', messages: [{ role: 'user', content: 'alias check' }] })
    .withResponse();
  keepCallId(response);
  assert.equal(data.choices[0].message.content, 'echo: alias check');
  const rec = up.requests.at(-1);
  assert.equal(rec.body.model, 'gpt-4o-mini', 'upstream must get the upstream model name, not the alias');
  assert.equal(rec.path, '/v1/chat/completions');
});

test('unknown OpenAI parameters are passed through untouched', async () => {
  const tools = [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
          required: ['city'],
          additionalProperties: false,
        },
        strict: true,
      },
    },
  ];
  const response_format = {
    type: 'json_schema',
    json_schema: {
      name: 'answer',
      strict: true,
      schema: { type: 'object', properties: { a: { type: 'number' } }, required: ['a'], additionalProperties: false },
    },
  };
  const params = {
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'parts ' }, { type: 'text', text: 'joined' }] }],
    tools,
    tool_choice: 'auto',
    parallel_tool_calls: false,
    response_format,
    seed: 42,
    logprobs: true,
    top_logprobs: 2,
    temperature: 0.25,
    max_tokens: 77,
    stop: ['\n\n', 'END'],
    logit_bias: { 50256: -100 },
    foo_bar: 1,
    nested_unknown: { a: [1, 2, { b: null }], c: 'd' },
  };
  const { data, response } = await client.chat.completions.create(params).withResponse();
  keepCallId(response);
  assert.equal(data.choices[0].message.content, 'echo: parts joined');
  const rec = up.requests.at(-1);
  for (const k of [
    'messages',
    'tools',
    'tool_choice',
    'parallel_tool_calls',
    'response_format',
    'seed',
    'logprobs',
    'top_logprobs',
    'temperature',
    'max_tokens',
    'stop',
    'logit_bias',
    'foo_bar',
    'nested_unknown',
  ]) {
    assert.deepEqual(rec.body[k], params[k], `parameter ${k} was not passed through untouched`);
  }
});

test('gateway response headers: call id, durations, model id', async () => {
  const r1 = await client.chat.completions
    .create({ model: 'gpt-delayed', messages: [{ role: 'user', content: 'slow one' }] })
    .withResponse();
  const r2 = await client.chat.completions
    .create({ model: 'gpt-delayed', messages: [{ role: 'user', content: 'slow two' }] })
    .withResponse();
  const r3 = await client.chat.completions
    .create({ model: 'mock-model', messages: [{ role: 'user', content: 'hi' }] })
    .withResponse();
  assert.equal(r1.data.choices[0].message.content, 'echo: slow one');

  const id1 = keepCallId(r1.response);
  const id2 = keepCallId(r2.response);
  const id3 = keepCallId(r3.response);
  for (const id of [id1, id2, id3]) {
    assert.ok(id && id.length >= 8, `x-litellm-call-id missing or too short: ${id}`);
  }
  assert.equal(new Set([id1, id2, id3]).size, 3, 'x-litellm-call-id must be unique per request');

  const h = r1.response.headers;
  const dur = Number(h.get('x-litellm-response-duration-ms'));
  const ovh = Number(h.get('x-litellm-overhead-duration-ms'));
  assert.ok(h.get('x-litellm-response-duration-ms') !== null, 'x-litellm-response-duration-ms missing');
  assert.ok(h.get('x-litellm-overhead-duration-ms') !== null, 'x-litellm-overhead-duration-ms missing');
  assert.ok(Number.isFinite(dur), `x-litellm-response-duration-ms not a number: ${h.get('x-litellm-response-duration-ms')}`);
  assert.ok(Number.isFinite(ovh), `x-litellm-overhead-duration-ms not a number: ${h.get('x-litellm-overhead-duration-ms')}`);
  assert.ok(dur >= 280, `response duration ${dur} ms must include the 300 ms the upstream took`);
  assert.ok(dur < 5000, `response duration ${dur} ms is implausible`);
  assert.ok(ovh >= 0, `overhead ${ovh} must be >= 0`);
  assert.ok(ovh <= dur, `overhead ${ovh} ms must not exceed the response duration ${dur} ms`);
  assert.ok(ovh < 250, `overhead ${ovh} ms must not include the upstream's 300 ms`);

  const m1 = r1.response.headers.get('x-litellm-model-id');
  const m2 = r2.response.headers.get('x-litellm-model-id');
  const m3 = r3.response.headers.get('x-litellm-model-id');
  assert.ok(m1, 'x-litellm-model-id missing');
  assert.equal(m1, m2, 'x-litellm-model-id must be stable for one deployment');
  assert.ok(m3, 'x-litellm-model-id missing on a mock deployment');
  assert.notEqual(m1, m3, 'different deployments must have different x-litellm-model-id');
});

test('streaming chat is relayed as SSE chunks with the right headers', async () => {
  const messages = [{ role: 'user', content: `stream please ${SECRET_TEXT}` }];
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages, stream: true })
    .withResponse();
  keepCallId(response);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  assert.match(response.headers.get('cache-control') ?? '', /no-cache/);
  assert.equal(response.headers.get('x-accel-buffering'), 'no');
  assert.ok(response.headers.get('x-litellm-call-id'), 'x-litellm-call-id missing on a stream');

  const { content, chunks } = await collectChat(stream);
  assert.equal(content, chatAnswer({ messages }));
  const contentChunks = chunks.filter((c) => c.choices?.[0]?.delta?.content);
  assert.ok(contentChunks.length >= 3, `expected the upstream's several content chunks, got ${contentChunks.length}`);
  for (const c of chunks) {
    assert.equal(c.object, 'chat.completion.chunk');
    assert.equal(typeof c.id, 'string');
  }
  assert.equal(new Set(chunks.map((c) => c.id)).size, 1, 'all chunks of one stream share one id');
  assert.equal(chunks.filter((c) => c.choices?.[0]?.finish_reason === 'stop').length, 1, 'exactly one finish_reason "stop"');

  const rec = up.requests.at(-1);
  assert.equal(rec.body.stream, true, 'the upstream must be asked to stream');
  assert.equal(rec.path, '/v1/chat/completions');
});

test('stream_options.include_usage: the final usage chunk arrives', async () => {
  const messages = [{ role: 'user', content: 'count my tokens please' }];
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages, stream: true, stream_options: { include_usage: true } })
    .withResponse();
  keepCallId(response);
  const { content, chunks, usage } = await collectChat(stream);
  assert.equal(content, 'echo: count my tokens please');
  assert.ok(usage, 'no usage chunk');
  const last = chunks.at(-1);
  assert.deepEqual(last.choices, [], 'the usage chunk comes last, with "choices": []');
  const u = chatUsage({ messages });
  assert.equal(usage.prompt_tokens, u.prompt_tokens);
  assert.equal(usage.completion_tokens, u.completion_tokens);
  assert.equal(usage.total_tokens, u.total_tokens);
  assert.deepEqual(up.requests.at(-1).body.stream_options, { include_usage: true });
});

test('legacy completions through an openai/ deployment', async () => {
  const { data, response } = await client.completions
    .create({ model: 'gpt-3.5-turbo-instruct', prompt: 'Say hi', max_tokens: 7 })
    .withResponse();
  keepCallId(response);
  assert.equal(data.object, 'text_completion');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].text, 'echo: Say hi');
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.ok(data.usage && data.usage.total_tokens > 0, 'usage missing');
  const rec = up.requests.at(-1);
  assert.equal(rec.body.model, 'gpt-3.5-turbo-instruct');
  assert.equal(rec.headers.authorization, `Bearer ${UPSTREAM_KEY}`);
});

test('legacy completions, streamed', async () => {
  const { data: stream, response } = await client.completions
    .create({ model: 'gpt-3.5-turbo-instruct', prompt: 'Stream a completion', stream: true })
    .withResponse();
  keepCallId(response);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  let text = '';
  let n = 0;
  for await (const ch of stream) {
    assert.equal(ch.object, 'text_completion');
    text += ch.choices?.[0]?.text ?? '';
    n++;
  }
  assert.equal(text, 'echo: Stream a completion');
  assert.ok(n >= 2, `expected several chunks, got ${n}`);
});

test('embeddings: SDK default (base64) gives the upstream vectors', async () => {
  const input = ['alpha text', 'beta text'];
  const { data, response } = await client.embeddings
    .create({ model: 'text-embedding-3-small', input })
    .withResponse();
  keepCallId(response);
  assert.equal(data.object, 'list');
  assert.equal(data.data.length, 2);
  for (let i = 0; i < 2; i++) {
    assert.equal(data.data[i].index, i);
    assert.equal(data.data[i].object, 'embedding');
    assert.deepEqual(Array.from(data.data[i].embedding), embeddingVector(input[i]), `vector ${i} differs`);
  }
  const rec = up.requests.at(-1);
  assert.equal(rec.path, '/v1/embeddings');
  assert.deepEqual(rec.body.input, input);
});

test('embeddings: encoding_format "float" gives the upstream vectors', async () => {
  const { data, response } = await client.embeddings
    .create({ model: 'text-embedding-3-small', input: 'gamma text', encoding_format: 'float' })
    .withResponse();
  keepCallId(response);
  assert.equal(data.data.length, 1);
  assert.deepEqual(data.data[0].embedding, embeddingVector('gamma text'));
  assert.equal(up.requests.at(-1).body.encoding_format, 'float');
});

test('embeddings without encoding_format answer float arrays (OpenAI default)', async () => {
  const r = await rawRequest(`${gw.url}/v1/embeddings`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'text-embedding-3-small', input: 'delta text' },
  });
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json.data[0].embedding), `expected an array of floats, got ${JSON.stringify(r.json.data[0].embedding)}`);
  assert.deepEqual(r.json.data[0].embedding, embeddingVector('delta text'));
});

test('mock provider answers without network, whole and streamed', async () => {
  const before = up.requests.length;
  const { data, response } = await client.chat.completions
    .create({ model: 'mock-model', messages: [{ role: 'user', content: SECRET_TEXT }] })
    .withResponse();
  keepCallId(response);
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.choices[0].message.content, MOCK_TEXT);
  assert.equal(data.choices[0].message.role, 'assistant');

  const s = await client.chat.completions
    .create({ model: 'mock-model', messages: [{ role: 'user', content: 'stream it' }], stream: true })
    .withResponse();
  keepCallId(s.response);
  assert.match(s.response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const { content, chunks } = await collectChat(s.data);
  assert.equal(content, MOCK_TEXT);
  assert.ok(chunks.some((c) => c.choices?.[0]?.finish_reason === 'stop'), 'mock stream has no finish_reason "stop"');
  assert.equal(up.requests.length, before, 'mock-model must not call the upstream');
});

test('"mock_response" in the request body answers without calling the upstream', async () => {
  const before = up.requests.length;
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }], mock_response: 'custom' })
    .withResponse();
  keepCallId(response);
  assert.equal(data.choices[0].message.content, 'custom');

  const s = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'hello' }],
    mock_response: 'custom streamed',
    stream: true,
  });
  const { content } = await collectChat(s);
  assert.equal(content, 'custom streamed');
  assert.equal(up.requests.length, before, 'the upstream must record nothing');
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  await assertLogHygiene(gw, callIds);
});
