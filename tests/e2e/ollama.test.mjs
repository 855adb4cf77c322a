// ollama_chat/ (/api/chat) and ollama/ (/api/generate), and /api/embed,
// through the gateway, driven by the official openai SDK against a fake
// Ollama that speaks NDJSON (upstream/ollama.mjs).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startOllamaUpstream,
  embeddingFor,
  splitPieces,
  countTokens,
  SLOW_DELAY_MS,
} from './upstream/ollama.mjs';
import { startGateway } from './lib/gateway.mjs';
import {
  MASTER_KEY,
  UPSTREAM_KEY,
  SECRET_TEXT,
  gatewayConfig,
  sdk,
  rawRequest,
  rawSSE,
  collectChat,
  assertOpenAIError,
  assertLogHygiene,
} from './lib/common.mjs';

let up; // the fake Ollama, no key (as Ollama runs)
let upKeyed; // the fake behind a proxy that wants a key
let gw;
let client;
const callIds = [];

function keep(response) {
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);
  return id;
}

function ollama(modelName, model, apiBase, extra = {}) {
  return { model_name: modelName, litellm_params: { model, ...(apiBase ? { api_base: apiBase } : {}), timeout: 10, ...extra } };
}

/** The one request the fake received since `from` (an index into requests). */
function onlyRequestSince(u, from) {
  const got = u.requests.slice(from);
  assert.equal(got.length, 1, `expected exactly one upstream request, got ${got.length}`);
  return got[0];
}

// A 1x1 transparent PNG.
const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather forecast for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'integer' } },
      required: ['city'],
    },
  },
};

before(async () => {
  up = await startOllamaUpstream();
  upKeyed = await startOllamaUpstream({ apiKey: UPSTREAM_KEY });
  gw = await startGateway({
    config: gatewayConfig([
      ollama('llama-chat', 'ollama_chat/llama3.1', up.url),
      ollama('llama-tool', 'ollama_chat/tool', up.url),
      ollama('llama-think', 'ollama_chat/think', up.url),
      ollama('llama-slow', 'ollama_chat/slow', up.url),
      ollama('llama-gen', 'ollama/llama3.1', up.url),
      ollama('llama-gen-slash', 'ollama/llama3.1', `${up.url}/api/generate`),
      ollama('embed', 'ollama/nomic-embed-text', up.url),
      ollama('embed-chat', 'ollama_chat/nomic-embed-text', up.url),
      ollama('missing', 'ollama_chat/missing', up.url),
      // A second one: the router may cool a deployment down after a failure.
      ollama('missing-stream', 'ollama_chat/missing', up.url),
      ollama('fail', 'ollama_chat/fail-500', up.url),
      ollama('busy', 'ollama/busy', up.url),
      ollama('midstream-error', 'ollama_chat/error-midstream', up.url),
      ollama('die', 'ollama_chat/die-midstream', up.url),
      ollama('defaults', 'ollama_chat/llama3.1', up.url, {
        num_ctx: 4096,
        keep_alive: '10m',
        temperature: 0.9,
        repeat_penalty: 1.1,
      }),
      ollama('keyed', 'ollama_chat/llama3.1', upKeyed.url, { api_key: UPSTREAM_KEY }),
      // No api_base: $OLLAMA_API_BASE (set below) is the default.
      ollama('from-env', 'ollama_chat/llama3.1', null),
    ]),
    env: { OLLAMA_API_BASE: up.url },
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
  if (upKeyed) await upKeyed.close();
});

// ---- chat: /api/chat ----------------------------------------------------------

test('ollama_chat: whole chat answer, usage, and the exact /api/chat request', async () => {
  const messages = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: `Tell me about ${SECRET_TEXT}` },
  ];
  const from = up.requests.length;
  const { data, response } = await client.chat.completions.create({ model: 'llama-chat', messages }).withResponse();
  keep(response);

  assert.equal(response.status, 200);
  assert.equal(data.object, 'chat.completion');
  assert.match(data.id, /^chatcmpl-[0-9a-f]{24}$/);
  assert.ok(Math.abs(data.created - Date.now() / 1000) < 60, 'created is now');
  assert.equal(data.model, 'ollama_chat/llama3.1');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].message.role, 'assistant');
  const text = `echo: Tell me about ${SECRET_TEXT}`;
  assert.equal(data.choices[0].message.content, text);
  assert.equal(data.choices[0].finish_reason, 'stop');
  const pt = countTokens('You are terse.' + `Tell me about ${SECRET_TEXT}`);
  const ct = splitPieces(text).length;
  assert.deepEqual(data.usage, { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct });

  const rec = onlyRequestSince(up, from);
  assert.equal(rec.method, 'POST');
  assert.equal(rec.path, '/api/chat');
  assert.deepEqual(rec.query, {});
  assert.match(rec.headers['content-type'], /^application\/json/);
  assert.equal(rec.headers['authorization'], undefined, 'no key for a plain Ollama');
  // Ollama streams unless told not to: stream false is explicit.
  assert.deepEqual(rec.body, { model: 'llama3.1', messages, stream: false, options: {} });
});

test('ollama_chat: two calls get different ids', async () => {
  const a = await client.chat.completions.create({ model: 'llama-chat', messages: [{ role: 'user', content: 'a' }] });
  const b = await client.chat.completions.create({ model: 'llama-chat', messages: [{ role: 'user', content: 'a' }] });
  assert.notEqual(a.id, b.id);
});

test('ollama_chat: the SDK streams NDJSON turned into chat.completion.chunk, with usage', async () => {
  const from = up.requests.length;
  const { data: stream, response } = await client.chat.completions
    .create({
      model: 'llama-chat',
      messages: [{ role: 'user', content: 'one two three four five' }],
      stream: true,
      stream_options: { include_usage: true },
    })
    .withResponse();
  keep(response);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const { content, chunks, usage } = await collectChat(stream);

  const text = 'echo: one two three four five';
  assert.equal(content, text);
  const pieces = splitPieces(text);
  // One chunk a piece, the finish chunk, the usage chunk.
  assert.equal(chunks.length, pieces.length + 2);
  assert.equal(chunks[0].choices[0].delta.role, 'assistant');
  assert.ok(chunks.every((c) => c.object === 'chat.completion.chunk'));
  assert.ok(chunks.every((c) => c.id === chunks[0].id), 'one id for the stream');
  assert.match(chunks[0].id, /^chatcmpl-/);
  const fin = chunks[chunks.length - 2];
  assert.equal(fin.choices[0].finish_reason, 'stop');
  assert.deepEqual(chunks[chunks.length - 1].choices, []);
  const pt = countTokens('one two three four five');
  assert.deepEqual(usage, { prompt_tokens: pt, completion_tokens: pieces.length, total_tokens: pt + pieces.length });

  const rec = onlyRequestSince(up, from);
  assert.equal(rec.path, '/api/chat');
  assert.equal(rec.body.stream, true);
  assert.equal(rec.body.stream_options, undefined, 'OpenAI-only fields stay behind');
  assert.equal(rec.headers['accept'], 'application/x-ndjson');
});

test('ollama_chat: no usage chunk unless asked', async () => {
  const stream = await client.chat.completions.create({
    model: 'llama-chat',
    messages: [{ role: 'user', content: 'hello there' }],
    stream: true,
  });
  const { content, chunks, usage } = await collectChat(stream);
  assert.equal(content, 'echo: hello there');
  assert.equal(usage, null);
  assert.ok(chunks.every((c) => c.choices.length === 1));
  assert.equal(chunks[chunks.length - 1].choices[0].finish_reason, 'stop');
});

test('ollama_chat: chunks are relayed as the NDJSON lines arrive, not at the end', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    { model: 'llama-slow', messages: [{ role: 'user', content: 'a b c d e' }], stream: true },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  assert.equal(r.status, 200);
  const idH = r.headers['x-litellm-call-id'];
  if (idH) callIds.push(idH);
  const data = r.events.filter((e) => e.data && e.data !== '[DONE]');
  assert.ok(data.length >= 6, `got ${data.length} events`);
  // Pieces are SLOW_DELAY_MS apart upstream: so must the events be.
  const spread = data[data.length - 1].at - data[0].at;
  assert.ok(spread >= SLOW_DELAY_MS * 4, `events arrived within ${spread} ms: buffered`);
  assert.equal(r.events[r.events.length - 1].data, '[DONE]');
  const text = data.map((e) => JSON.parse(e.data).choices[0]?.delta?.content ?? '').join('');
  assert.equal(text, 'echo: a b c d e');
});

test('ollama_chat: OpenAI sampling parameters become Ollama options', async () => {
  const from = up.requests.length;
  const data = await client.chat.completions.create({
    model: 'llama-chat',
    messages: [{ role: 'user', content: 'alpha beta gamma delta' }],
    max_tokens: 2,
    stop: ['\n\n', 'END'],
    seed: 42,
    temperature: 0.3,
    top_p: 0.5,
    frequency_penalty: 0.25,
    presence_penalty: 0.125,
    user: 'someone',
    tool_choice: 'none',
  });
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.options, {
    num_predict: 2,
    stop: ['\n\n', 'END'],
    seed: 42,
    temperature: 0.3,
    top_p: 0.5,
    frequency_penalty: 0.25,
    presence_penalty: 0.125,
  });
  for (const k of ['max_tokens', 'stop', 'seed', 'temperature', 'user', 'tool_choice']) {
    assert.equal(rec.body[k], undefined, `${k} at the top level`);
  }
  // num_predict 2 cut the answer: "length".
  assert.equal(data.choices[0].message.content, 'echo: alpha ');
  assert.equal(data.choices[0].finish_reason, 'length');
  assert.equal(data.usage.completion_tokens, 2);
});

test('ollama_chat: a stop string is sent as a list; max_completion_tokens is num_predict', async () => {
  const from = up.requests.length;
  await client.chat.completions.create({
    model: 'llama-chat',
    messages: [{ role: 'user', content: 'x' }],
    stop: 'END',
    max_completion_tokens: 9,
  });
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.options, { stop: ['END'], num_predict: 9 });
});

test('ollama_chat: litellm_params defaults (num_ctx, keep_alive, temperature) and the client wins', async () => {
  const from = up.requests.length;
  await client.chat.completions.create({ model: 'defaults', messages: [{ role: 'user', content: 'x' }], temperature: 0.2 });
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.options, { num_ctx: 4096, temperature: 0.2, repeat_penalty: 1.1 });
  assert.equal(rec.body.keep_alive, '10m');
  assert.equal(rec.body.timeout, undefined);
  assert.equal(rec.body.api_base, undefined);
});

test('ollama_chat: keep_alive from the request', async () => {
  const from = up.requests.length;
  await client.chat.completions.create({ model: 'llama-chat', messages: [{ role: 'user', content: 'x' }], keep_alive: -1 });
  assert.equal(onlyRequestSince(up, from).body.keep_alive, -1);
});

test('ollama_chat: response_format json_object is format "json", json_schema is the schema', async () => {
  let from = up.requests.length;
  await client.chat.completions.create({
    model: 'llama-chat',
    messages: [{ role: 'user', content: 'x' }],
    response_format: { type: 'json_object' },
  });
  let rec = onlyRequestSince(up, from);
  assert.equal(rec.body.format, 'json');
  assert.equal(rec.body.response_format, undefined);

  const schema = { type: 'object', properties: { age: { type: 'integer' } }, required: ['age'] };
  from = up.requests.length;
  await client.chat.completions.create({
    model: 'llama-chat',
    messages: [{ role: 'user', content: 'x' }],
    response_format: { type: 'json_schema', json_schema: { name: 'person', schema } },
  });
  rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.format, schema);
});

test('ollama_chat: thinking comes back as reasoning_content', async () => {
  const data = await client.chat.completions.create({
    model: 'llama-think',
    messages: [{ role: 'user', content: 'why' }],
    reasoning_effort: 'low',
  });
  assert.equal(data.choices[0].message.reasoning_content, 'Let me think about it.');
  assert.equal(data.choices[0].message.content, 'echo: why');
  assert.equal(up.requests[up.requests.length - 1].body.think, true);
});

// ---- tools --------------------------------------------------------------------

test('ollama_chat: tools pass as they are; a tool call comes back with an id and string arguments', async () => {
  const from = up.requests.length;
  const { data, response } = await client.chat.completions
    .create({
      model: 'llama-tool',
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
      tools: [WEATHER_TOOL],
      tool_choice: 'auto',
    })
    .withResponse();
  keep(response);
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.tools, [WEATHER_TOOL]);
  assert.equal(rec.body.tool_choice, undefined);

  const c = data.choices[0];
  assert.equal(c.finish_reason, 'tool_calls');
  assert.equal(c.message.content, null);
  assert.equal(c.message.tool_calls.length, 1);
  const tc = c.message.tool_calls[0];
  assert.match(tc.id, /^call_[0-9a-f]{24}$/);
  assert.equal(tc.type, 'function');
  assert.equal(tc.function.name, 'get_weather');
  assert.equal(typeof tc.function.arguments, 'string');
  assert.deepEqual(JSON.parse(tc.function.arguments), { city: 'Paris', days: 3, units: { temp: 'C' } });
});

test('ollama_chat: a streamed tool call is reassembled by the SDK', async () => {
  const runner = client.chat.completions.stream({
    model: 'llama-tool',
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [WEATHER_TOOL],
  });
  const chunks = [];
  runner.on('chunk', (ch) => chunks.push(ch));
  const final = await runner.finalChatCompletion();
  const c = final.choices[0];
  assert.equal(c.finish_reason, 'tool_calls');
  assert.equal(c.message.tool_calls.length, 1);
  assert.equal(c.message.tool_calls[0].function.name, 'get_weather');
  assert.match(c.message.tool_calls[0].id, /^call_/);
  assert.deepEqual(JSON.parse(c.message.tool_calls[0].function.arguments), { city: 'Paris', days: 3, units: { temp: 'C' } });
  const deltas = chunks.flatMap((ch) => ch.choices[0]?.delta?.tool_calls ?? []);
  assert.equal(deltas[0].index, 0);
  assert.equal(deltas[0].type, 'function');
});

test('ollama_chat: tool history goes to Ollama with object arguments and tool_name', async () => {
  const from = up.requests.length;
  const data = await client.chat.completions.create({
    model: 'llama-chat',
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_abc', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_abc', content: '18C and sunny' },
      { role: 'user', content: 'Thanks' },
    ],
    tools: [WEATHER_TOOL],
  });
  assert.equal(data.choices[0].message.content, 'echo: Thanks');
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.messages, [
    { role: 'user', content: 'Weather in Paris?' },
    { role: 'assistant', content: '', tool_calls: [{ function: { name: 'get_weather', arguments: { city: 'Paris' } } }] },
    { role: 'tool', content: '18C and sunny', tool_name: 'get_weather' },
    { role: 'user', content: 'Thanks' },
  ]);
});

// ---- images -------------------------------------------------------------------

test('ollama_chat: an image data URL reaches Ollama as the message images', async () => {
  const from = up.requests.length;
  const data = await client.chat.completions.create({
    model: 'llama-chat',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_B64}`, detail: 'low' } },
        ],
      },
    ],
  });
  const rec = onlyRequestSince(up, from);
  assert.deepEqual(rec.body.messages, [{ role: 'user', content: 'What is this?', images: [PNG_B64] }]);
  assert.equal(data.choices[0].message.content, 'echo: What is this? [1 image]');
});

test('ollama_chat: a remote image URL is refused before Ollama (it takes inline images only)', async () => {
  const from = up.requests.length;
  await assert.rejects(
    client.chat.completions.create({
      model: 'llama-chat',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }] }],
    }),
    (e) => {
      assert.equal(e.status, 400);
      assert.equal(e.error?.type, 'invalid_request_error');
      return true;
    },
  );
  assert.equal(up.requests.length, from, 'nothing sent upstream');
});

// ---- embeddings ---------------------------------------------------------------

test('embeddings: the SDK default (base64) gives the upstream floats to float32 precision', async () => {
  const input = ['first text', 'second text'];
  const from = up.requests.length;
  const { data, response } = await client.embeddings.create({ model: 'embed', input }).withResponse();
  keep(response);
  const rec = onlyRequestSince(up, from);
  assert.equal(rec.path, '/api/embed');
  assert.deepEqual(rec.body, { model: 'nomic-embed-text', input });
  assert.equal(data.object, 'list');
  assert.equal(data.data.length, 2);
  for (let i = 0; i < 2; i++) {
    const want = embeddingFor(input[i]);
    const got = Array.from(data.data[i].embedding);
    assert.equal(data.data[i].index, i);
    assert.equal(got.length, want.length);
    for (let k = 0; k < want.length; k++) {
      assert.equal(got[k], Math.fround(want[k]), `vector ${i}[${k}]: ${got[k]} vs ${want[k]}`);
      assert.ok(Math.abs(got[k] - want[k]) < 1e-7);
    }
  }
  const pt = input.reduce((a, x) => a + countTokens(x), 0);
  assert.deepEqual(data.usage, { prompt_tokens: pt, total_tokens: pt });
});

test('embeddings: encoding_format "float" relays the floats exactly; ollama_chat/ uses /api/embed too', async () => {
  const from = up.requests.length;
  const data = await client.embeddings.create({ model: 'embed-chat', input: 'just one', encoding_format: 'float' });
  const rec = onlyRequestSince(up, from);
  assert.equal(rec.path, '/api/embed');
  assert.deepEqual(rec.body, { model: 'nomic-embed-text', input: 'just one' });
  assert.deepEqual(data.data[0].embedding, embeddingFor('just one'));
});

// ---- ollama/: /api/generate --------------------------------------------------

test('ollama/: completions go to /api/generate and come back as text_completion', async () => {
  const from = up.requests.length;
  const { data, response } = await client.completions
    .create({ model: 'llama-gen', prompt: 'Once upon a time', max_tokens: 50, temperature: 0, suffix: 'The end.' })
    .withResponse();
  keep(response);
  const rec = onlyRequestSince(up, from);
  assert.equal(rec.path, '/api/generate');
  assert.deepEqual(rec.body, {
    model: 'llama3.1',
    prompt: 'Once upon a time',
    suffix: 'The end.',
    stream: false,
    options: { num_predict: 50, temperature: 0 },
  });
  assert.equal(data.object, 'text_completion');
  assert.match(data.id, /^cmpl-/);
  assert.equal(data.model, 'ollama/llama3.1');
  assert.equal(data.choices[0].text, 'echo: Once upon a time');
  assert.equal(data.choices[0].finish_reason, 'stop');
  const pt = countTokens('Once upon a time');
  const ct = splitPieces('echo: Once upon a time').length;
  assert.deepEqual(data.usage, { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct });
});

test('ollama/: streamed completions', async () => {
  const stream = await client.completions.create({
    model: 'llama-gen',
    prompt: 'red green blue',
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let finish = null;
  let usage = null;
  for await (const ch of stream) {
    assert.equal(ch.object, 'text_completion');
    for (const c of ch.choices) {
      text += c.text;
      if (c.finish_reason) finish = c.finish_reason;
    }
    if (ch.usage) usage = ch.usage;
  }
  assert.equal(text, 'echo: red green blue');
  assert.equal(finish, 'stop');
  assert.equal(usage.completion_tokens, splitPieces('echo: red green blue').length);
  const rec = up.requests[up.requests.length - 1];
  assert.equal(rec.path, '/api/generate');
  assert.equal(rec.body.stream, true);
});

test('ollama/: chat is flattened into one prompt; api_base ending in /api/generate works', async () => {
  const from = up.requests.length;
  const data = await client.chat.completions.create({
    model: 'llama-gen-slash',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ],
  });
  const rec = onlyRequestSince(up, from);
  assert.equal(rec.path, '/api/generate');
  assert.equal(rec.body.prompt, 'system: Be brief.\nuser: Hi\n');
  assert.equal(rec.body.messages, undefined);
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.choices[0].message.content, 'echo: system: Be brief.\nuser: Hi\n');
});

test('ollama/: streamed chat through /api/generate', async () => {
  const stream = await client.chat.completions.create({
    model: 'llama-gen',
    messages: [{ role: 'user', content: 'yo' }],
    stream: true,
  });
  const { content, chunks } = await collectChat(stream);
  assert.equal(content, 'echo: user: yo\n');
  assert.equal(chunks[0].choices[0].delta.role, 'assistant');
  assert.equal(chunks[chunks.length - 1].choices[0].finish_reason, 'stop');
});

// ---- keys and bases -----------------------------------------------------------

test('api_key becomes a bearer token (Ollama behind a proxy); OLLAMA_API_BASE is the default base', async () => {
  let from = upKeyed.requests.length;
  const a = await client.chat.completions.create({ model: 'keyed', messages: [{ role: 'user', content: 'k' }] });
  assert.equal(a.choices[0].message.content, 'echo: k');
  assert.equal(onlyRequestSince(upKeyed, from).headers['authorization'], `Bearer ${UPSTREAM_KEY}`);

  from = up.requests.length;
  const b = await client.chat.completions.create({ model: 'from-env', messages: [{ role: 'user', content: 'e' }] });
  assert.equal(b.choices[0].message.content, 'echo: e');
  assert.equal(onlyRequestSince(up, from).path, '/api/chat');
});

// ---- errors -------------------------------------------------------------------

test('errors: model not found is a 404 in OpenAI shape', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'missing', messages: [{ role: 'user', content: 'x' }] },
  });
  assert.equal(r.status, 404);
  assertOpenAIError(r.json);
  assert.match(r.json.error.message, /model 'missing' not found/);
  assert.equal(r.json.error.type, 'invalid_request_error');
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);

  await assert.rejects(
    client.chat.completions.create({ model: 'missing-stream', messages: [{ role: 'user', content: 'x' }], stream: true }),
    (e) => e.status === 404 && /not found/.test(e.message),
  );
});

test('errors: a failing runner (500) is a 502, a busy server (503) a 503', async () => {
  await assert.rejects(client.chat.completions.create({ model: 'fail', messages: [{ role: 'user', content: 'x' }] }), (e) => {
    assert.equal(e.status, 502);
    assert.equal(e.error?.type, 'api_error');
    assert.match(e.message, /llama runner process has terminated/);
    return true;
  });
  await assert.rejects(client.completions.create({ model: 'busy', prompt: 'x' }), (e) => {
    assert.equal(e.status, 503);
    assert.match(e.message, /server busy/);
    return true;
  });
});

test('errors: an {"error"} line mid-stream becomes an error event, without "ended early"', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    { model: 'midstream-error', messages: [{ role: 'user', content: 'a b c d e f' }], stream: true },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  assert.equal(r.status, 200);
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  const datas = r.events.map((e) => e.data);
  // The error event ends the stream: no [DONE] after it.
  assert.ok(!datas.includes('[DONE]'), `no [DONE] after an error: ${datas.join(' | ')}`);
  assert.ok(JSON.parse(datas[datas.length - 1]).error, 'the last event is the error');
  const parsed = datas.map((d) => JSON.parse(d));
  const errors = parsed.filter((p) => p.error);
  assert.equal(errors.length, 1, `one error event: ${datas.join(' | ')}`);
  assert.match(errors[0].error.message, /unexpected EOF/);
  assert.equal(errors[0].error.type, 'api_error');
  assert.equal(parsed.filter((p) => p.choices).map((p) => p.choices[0].delta.content).join(''), 'echo: a ');

  // The SDK throws it.
  const stream = await client.chat.completions.create({
    model: 'midstream-error',
    messages: [{ role: 'user', content: 'a b c d e f' }],
    stream: true,
  });
  await assert.rejects(collectChat(stream), /unexpected EOF/);
});

test('errors: Ollama dying mid-stream ends the SSE stream with an error event', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    { model: 'die', messages: [{ role: 'user', content: 'a b c d e f' }], stream: true },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  assert.equal(r.status, 200);
  const parsed = r.events.filter((e) => e.data && e.data !== '[DONE]').map((e) => JSON.parse(e.data));
  assert.ok(parsed.some((p) => p.error), 'an error event');
  assert.ok(!parsed.some((p) => p.choices?.[0]?.finish_reason), 'no finish_reason');
});

test('logs: JSON lines, call ids present, no keys or user text', async () => {
  await assertLogHygiene(gw, callIds);
});

test('/health probes Ollama deployments with GET /api/tags, not a model call', async () => {
  const from = up.requests.length;
  const keyedFrom = upKeyed.requests.length;
  const r = await fetch(`${gw.url}/health`, { headers: { authorization: `Bearer ${MASTER_KEY}` } });
  assert.equal(r.status, 200);
  const body = await r.json();
  const healthy = body.healthy_endpoints.map((e) => e.model);
  assert.ok(healthy.includes('llama-chat'), JSON.stringify(body));
  assert.ok(healthy.includes('keyed'), JSON.stringify(body));
  const probes = up.requests.slice(from);
  assert.ok(probes.length > 0, 'the upstream was not probed');
  for (const p of probes) assert.deepEqual([p.method, p.path], ['GET', '/api/tags']);
  // The keyed deployment's probe carries its key.
  const kp = upKeyed.requests.slice(keyedFrom);
  assert.equal(kp.length, 1);
  assert.equal(kp[0].headers.authorization, `Bearer ${UPSTREAM_KEY}`);
  assert.ok(!JSON.stringify(body).includes(UPSTREAM_KEY), 'the health answer shows a key');
});
