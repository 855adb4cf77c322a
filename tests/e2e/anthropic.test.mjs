// anthropic/ deployments: the gateway translates OpenAI chat requests to
// Anthropic's Messages API and the answers back, whole and streamed. Driven by
// the official openai SDK against a fake Messages API that validates requests
// the way the real one does (tests/e2e/upstream/anthropic.mjs).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAnthropicUpstream, ANTHROPIC_VERSION, inputTokens, pieces } from './upstream/anthropic.mjs';
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

const CLAUDE = 'claude-3-5-sonnet-20241022';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

let up;
let gw;
let client;
const callIds = [];

function deployment(name, model, extra = {}) {
  return {
    model_name: name,
    litellm_params: { model: `anthropic/${model}`, api_base: up.origin, api_key: UPSTREAM_KEY, timeout: 10, ...extra },
  };
}

function keep(response) {
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);
}

const chatURL = () => `${gw.url}/v1/chat/completions`;
const auth = { authorization: `Bearer ${MASTER_KEY}` };

before(async () => {
  up = await startAnthropicUpstream({ apiKey: UPSTREAM_KEY });
  const env = { ANTHROPIC_API_KEY: UPSTREAM_KEY };
  gw = await startGateway({
    env,
    config: gatewayConfig([
      deployment('claude', CLAUDE),
      deployment('claude-tool', 'tool'),
      deployment('claude-tool2', 'tool2'),
      deployment('claude-cache', 'cache'),
      deployment('claude-429', 'fail-429'),
      deployment('claude-500', 'fail-500'),
      deployment('claude-403', 'fail-403'),
      deployment('claude-404', 'fail-404'),
      deployment('claude-413', 'fail-413'),
      deployment('claude-overloaded', 'overloaded'),
      deployment('claude-stream-error', 'stream-error'),
      deployment('claude-die', 'die-midstream'),
      deployment('claude-badkey', CLAUDE, { api_key: 'sk-wrong-anthropic-key' }),
      { model_name: 'claude-env', litellm_params: { model: `anthropic/${CLAUDE}`, api_base: up.origin } },
      deployment('claude-full-url', CLAUDE, { api_base: `${up.origin}/v1/messages` }),
      deployment('claude-defaults', CLAUDE, { max_tokens: 99, temperature: 0.25 }),
    ], {
      // Each failure case is asked more than once: no retries, no cool-downs.
      extra: { router_settings: { num_retries: 0, allowed_fails: 1000, cooldown_time: 0 } },
    }),
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

// ---- whole answers -----------------------------------------------------------

test('chat is translated to /v1/messages and the answer back to chat.completion', async () => {
  const n = up.requests.length;
  const { data, response } = await client.chat.completions
    .create({
      model: 'claude',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: `Tell me about ${SECRET_TEXT}` },
      ],
      temperature: 0.5,
      top_p: 0.9,
      max_tokens: 200,
      stop: ['NEVER'],
      user: 'user-42',
      // OpenAI-only parameters: dropped (the API answers 400 to fields it does not know).
      seed: 7,
      n: 1,
      presence_penalty: 0.1,
      frequency_penalty: 0.2,
      logprobs: false,
      logit_bias: { 50256: -100 },
    })
    .withResponse();
  keep(response);
  assert.equal(response.status, 200);
  assert.equal(data.object, 'chat.completion');
  assert.match(data.id, /^msg_01/, 'the id is Anthropic\'s message id');
  assert.equal(data.model, CLAUDE);
  assert.equal(typeof data.created, 'number');
  assert.equal(data.choices.length, 1);
  assert.equal(data.choices[0].message.role, 'assistant');
  assert.equal(data.choices[0].message.content, `echo: Tell me about ${SECRET_TEXT}`);
  assert.equal(data.choices[0].finish_reason, 'stop');

  assert.equal(up.requests.length, n + 1, 'one upstream call');
  const rec = up.last();
  assert.equal(rec.method, 'POST');
  assert.equal(rec.path, '/v1/messages');
  assert.deepEqual(rec.query, {});
  assert.equal(rec.headers['x-api-key'], UPSTREAM_KEY);
  assert.equal(rec.headers['anthropic-version'], ANTHROPIC_VERSION);
  assert.match(rec.headers['content-type'], /^application\/json/);
  assert.equal(rec.headers.authorization, undefined);
  for (const [k, v] of Object.entries(rec.headers)) assert.ok(!String(v).includes(MASTER_KEY), `master key leaked in ${k}`);
  assert.deepEqual(rec.body, {
    model: CLAUDE,
    system: 'You are terse.',
    messages: [{ role: 'user', content: [{ type: 'text', text: `Tell me about ${SECRET_TEXT}` }] }],
    max_tokens: 200,
    temperature: 0.5,
    top_p: 0.9,
    stop_sequences: ['NEVER'],
    metadata: { user_id: 'user-42' },
  });

  const pt = inputTokens(rec.body);
  const ct = pieces(data.choices[0].message.content).length;
  assert.deepEqual(data.usage, {
    prompt_tokens: pt,
    completion_tokens: ct,
    total_tokens: pt + ct,
    prompt_tokens_details: { cached_tokens: 0 },
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  });
});

test('max_tokens defaults to 4096; max_completion_tokens is max_tokens; deployment defaults apply', async () => {
  await client.chat.completions.create({ model: 'claude', messages: [{ role: 'user', content: 'a' }] });
  assert.equal(up.last().body.max_tokens, 4096);
  await client.chat.completions.create({ model: 'claude', max_completion_tokens: 33, messages: [{ role: 'user', content: 'b' }] });
  assert.equal(up.last().body.max_tokens, 33);
  await client.chat.completions.create({ model: 'claude-defaults', messages: [{ role: 'user', content: 'c' }] });
  assert.equal(up.last().body.max_tokens, 99);
  assert.equal(up.last().body.temperature, 0.25);
  await client.chat.completions.create({ model: 'claude-defaults', max_tokens: 5, temperature: 1, messages: [{ role: 'user', content: 'd' }] });
  assert.equal(up.last().body.max_tokens, 5);
  assert.equal(up.last().body.temperature, 1);
});

test('finish reasons: max_tokens is "length", a stop sequence is "stop"', async () => {
  const long = await client.chat.completions.create({
    model: 'claude',
    max_tokens: 2,
    messages: [{ role: 'user', content: 'one two three four five' }],
  });
  assert.equal(long.choices[0].finish_reason, 'length');
  assert.equal(long.choices[0].message.content, 'echo: one ');
  const stopped = await client.chat.completions.create({
    model: 'claude',
    stop: 'three',
    messages: [{ role: 'user', content: 'one two three four' }],
  });
  assert.equal(stopped.choices[0].finish_reason, 'stop');
  assert.equal(stopped.choices[0].message.content, 'echo: one two ');
  assert.deepEqual(up.last().body.stop_sequences, ['three']);
});

test('conversation shape: system parts, merged turns, a leading "." user turn, trimmed prefill', async () => {
  const data = await client.chat.completions.create({
    model: 'claude',
    messages: [
      { role: 'system', content: [{ type: 'text', text: 'Rule one.' }] },
      { role: 'developer', content: 'Rule two.' },
      { role: 'assistant', content: 'Hello! Ask me anything.' },
      { role: 'user', content: 'first' },
      { role: 'user', content: [{ type: 'text', text: 'second' }] },
      { role: 'assistant', content: 'The answer is ' },
    ],
  });
  const b = up.last().body;
  assert.deepEqual(b.system, [
    { type: 'text', text: 'Rule one.' },
    { type: 'text', text: 'Rule two.' },
  ]);
  assert.deepEqual(b.messages, [
    { role: 'user', content: [{ type: 'text', text: '.' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'Hello! Ask me anything.' }] },
    { role: 'user', content: [{ type: 'text', text: 'first' }, { type: 'text', text: 'second' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'The answer is' }] },
  ]);
  assert.equal(data.choices[0].message.content, 'echo: firstsecond');
});

test('images: data URLs become base64 sources, http(s) URLs url sources', async () => {
  const data = await client.chat.completions.create({
    model: 'claude',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Compare these.' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg', detail: 'low' } },
        ],
      },
    ],
  });
  assert.equal(data.choices[0].message.content, 'echo: Compare these.');
  assert.deepEqual(up.last().body.messages[0].content, [
    { type: 'text', text: 'Compare these.' },
    { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
    { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
  ]);
});

test('cache counters are added to prompt_tokens and reported as LiteLLM does', async () => {
  const data = await client.chat.completions.create({ model: 'claude-cache', messages: [{ role: 'user', content: 'cached' }] });
  const input = inputTokens(up.last().body);
  assert.equal(data.usage.prompt_tokens, input + 120);
  assert.equal(data.usage.total_tokens, data.usage.prompt_tokens + data.usage.completion_tokens);
  assert.equal(data.usage.prompt_tokens_details.cached_tokens, 100);
  assert.equal(data.usage.cache_read_input_tokens, 100);
  assert.equal(data.usage.cache_creation_input_tokens, 20);
});

// ---- streams ---------------------------------------------------------------------

test('streamed chat with include_usage: role chunk, text, finish chunk, usage chunk', async () => {
  const { data: stream, response } = await client.chat.completions
    .create({
      model: 'claude',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'stream me please' }],
    })
    .withResponse();
  keep(response);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const { content, chunks, usage } = await collectChat(stream);
  assert.equal(content, 'echo: stream me please');
  assert.deepEqual(chunks[0].choices[0].delta, { role: 'assistant', content: '' });
  for (const c of chunks) {
    assert.equal(c.object, 'chat.completion.chunk');
    assert.match(c.id, /^msg_01/);
    assert.equal(c.model, CLAUDE);
  }
  const fin = chunks.filter((c) => c.choices[0]?.finish_reason);
  assert.equal(fin.length, 1);
  assert.equal(fin[0].choices[0].finish_reason, 'stop');
  const last = chunks.at(-1);
  assert.deepEqual(last.choices, []);
  const rec = up.last();
  assert.equal(rec.body.stream, true);
  assert.equal(rec.body.stream_options, undefined);
  assert.equal(rec.headers.accept, 'text/event-stream');
  const pt = inputTokens(rec.body);
  assert.equal(usage.prompt_tokens, pt);
  assert.equal(usage.completion_tokens, 4);
  assert.equal(usage.total_tokens, pt + 4);
});

test('streamed chat without include_usage has no usage chunk, and ends with [DONE]', async () => {
  const r = await rawSSE(chatURL(), { model: 'claude', stream: true, messages: [{ role: 'user', content: 'no usage' }] }, { headers: auth });
  assert.equal(r.status, 200);
  assert.equal(r.events.at(-1).data, '[DONE]');
  const chunks = r.events.slice(0, -1).map((e) => JSON.parse(e.data));
  assert.ok(chunks.every((c) => c.usage === undefined), 'no usage anywhere');
  assert.ok(chunks.every((c) => c.choices.length === 1));
  assert.equal(chunks.map((c) => c.choices[0].delta.content ?? '').join(''), 'echo: no usage');
  assert.equal(chunks.at(-1).choices[0].finish_reason, 'stop');
});

test('a stream cut by max_tokens finishes with "length"', async () => {
  const stream = await client.chat.completions.create({
    model: 'claude',
    stream: true,
    max_tokens: 1,
    messages: [{ role: 'user', content: 'a b c d' }],
  });
  const { content, chunks } = await collectChat(stream);
  assert.equal(content, 'echo: ');
  assert.equal(chunks.at(-1).choices[0].finish_reason, 'length');
});

// ---- tools -------------------------------------------------------------------------

test('tools and tool_choice are translated; a tool_use answer becomes tool_calls', async () => {
  const data = await client.chat.completions.create({
    model: 'claude-tool',
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [WEATHER_TOOL],
    tool_choice: 'auto',
    parallel_tool_calls: false,
  });
  const b = up.last().body;
  assert.deepEqual(b.tools, [
    {
      name: 'get_weather',
      description: 'Weather for a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ]);
  assert.deepEqual(b.tool_choice, { type: 'auto', disable_parallel_tool_use: true });
  const m = data.choices[0].message;
  assert.equal(data.choices[0].finish_reason, 'tool_calls');
  assert.equal(m.content, 'Let me check.');
  assert.equal(m.tool_calls.length, 1);
  assert.match(m.tool_calls[0].id, /^toolu_01/);
  assert.equal(m.tool_calls[0].type, 'function');
  assert.equal(m.tool_calls[0].function.name, 'get_weather');
  assert.deepEqual(JSON.parse(m.tool_calls[0].function.arguments), { city: 'city-value' });
});

test('tool_choice table: required, none, a named function', async () => {
  const cases = [
    ['required', { type: 'any' }],
    ['none', { type: 'none' }],
    [{ type: 'function', function: { name: 'get_weather' } }, { type: 'tool', name: 'get_weather' }],
  ];
  for (const [tc, want] of cases) {
    const data = await client.chat.completions.create({
      model: 'claude',
      messages: [{ role: 'user', content: 'x' }],
      tools: [WEATHER_TOOL],
      tool_choice: tc,
    });
    assert.deepEqual(up.last().body.tool_choice, want);
    assert.equal(data.choices[0].finish_reason, tc === 'none' ? 'stop' : 'tool_calls');
  }
});

test('a tool round trip: tool_calls go up as tool_use, tool messages as tool_result', async () => {
  const first = await client.chat.completions.create({
    model: 'claude-tool',
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [WEATHER_TOOL],
  });
  const call = first.choices[0].message.tool_calls[0];
  const data = await client.chat.completions.create({
    model: 'claude-tool',
    tools: [WEATHER_TOOL],
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      first.choices[0].message,
      { role: 'tool', tool_call_id: call.id, content: '18C and sunny' },
    ],
  });
  assert.equal(data.choices[0].message.content, 'tool results: 18C and sunny');
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.deepEqual(up.last().body.messages, [
    { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'Let me check.' },
        { type: 'tool_use', id: call.id, name: 'get_weather', input: { city: 'city-value' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: '18C and sunny' }] },
  ]);
});

test('streamed tool calls are reassembled by the SDK; indexes count tool calls from 0', async () => {
  const stream = client.chat.completions.stream({
    model: 'claude-tool2',
    messages: [{ role: 'user', content: 'Two lookups please' }],
    tools: [WEATHER_TOOL],
  });
  const seen = [];
  stream.on('chunk', (c) => seen.push(c));
  const final = await stream.finalChatCompletion();
  const m = final.choices[0].message;
  assert.equal(final.choices[0].finish_reason, 'tool_calls');
  assert.equal(m.content, 'Let me check.');
  assert.equal(m.tool_calls.length, 2);
  for (const tc of m.tool_calls) {
    assert.match(tc.id, /^toolu_01/);
    assert.equal(tc.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(tc.function.arguments), { city: 'city-value' });
  }
  assert.notEqual(m.tool_calls[0].id, m.tool_calls[1].id);
  const idx = new Set(seen.flatMap((c) => (c.choices[0]?.delta?.tool_calls ?? []).map((t) => t.index)));
  assert.deepEqual([...idx].sort(), [0, 1], 'Anthropic block indexes 1 and 2 are tool calls 0 and 1');
  // Arguments arrived in several pieces.
  const parts = seen.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []).filter((t) => t.index === 0 && t.function?.arguments);
  assert.ok(parts.length >= 2, `arguments in ${parts.length} piece(s)`);
});

test('response_format json_schema: a forced json_tool_call whose input is the content', async () => {
  const data = await client.chat.completions.create({
    model: 'claude',
    messages: [{ role: 'user', content: 'Give me a name' }],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'person', schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
    },
  });
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.equal(data.choices[0].message.tool_calls, undefined);
  assert.deepEqual(JSON.parse(data.choices[0].message.content), { name: 'name-value' });
  const b = up.last().body;
  assert.deepEqual(b.tools, [
    { name: 'json_tool_call', input_schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
  ]);
  assert.deepEqual(b.tool_choice, { type: 'tool', name: 'json_tool_call' });

  const stream = await client.chat.completions.create({
    model: 'claude',
    stream: true,
    messages: [{ role: 'user', content: 'Give me a name' }],
    response_format: { type: 'json_object' },
  });
  const { content, chunks } = await collectChat(stream);
  assert.deepEqual(JSON.parse(content), {});
  assert.equal(chunks.at(-1).choices[0].finish_reason, 'stop');
});

test('reasoning_effort becomes thinking; thinking comes back as reasoning_content', async () => {
  const data = await client.chat.completions.create({
    model: 'claude',
    reasoning_effort: 'low',
    messages: [{ role: 'user', content: 'why?' }],
  });
  assert.deepEqual(up.last().body.thinking, { type: 'enabled', budget_tokens: 1024 });
  assert.equal(up.last().body.max_tokens, 4096 + 1024);
  assert.equal(data.choices[0].message.content, 'echo: why?');
  assert.equal(data.choices[0].message.reasoning_content, 'thinking about: why?');
});

// ---- legacy completions and embeddings --------------------------------------------

test('legacy completions are sent as one user message', async () => {
  const data = await client.completions.create({ model: 'claude', prompt: 'Say hi', max_tokens: 20 });
  assert.equal(data.object, 'text_completion');
  assert.equal(data.choices[0].text, 'echo: Say hi');
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.deepEqual(up.last().body.messages, [{ role: 'user', content: [{ type: 'text', text: 'Say hi' }] }]);
  assert.equal(up.last().body.max_tokens, 20);

  const stream = await client.completions.create({ model: 'claude', prompt: 'Stream hi', stream: true });
  let text = '';
  let finish = null;
  for await (const c of stream) {
    assert.equal(c.object, 'text_completion');
    text += c.choices[0]?.text ?? '';
    finish = c.choices[0]?.finish_reason ?? finish;
  }
  assert.equal(text, 'echo: Stream hi');
  assert.equal(finish, 'stop');
});

test('embeddings are refused with a 400 and nothing is sent upstream', async () => {
  const n = up.requests.length;
  await assert.rejects(client.embeddings.create({ model: 'claude', input: 'x' }), (e) => {
    assert.equal(e.status, 400);
    return true;
  });
  assert.equal(up.requests.length, n);
});

// ---- deployments: key and URL ------------------------------------------------------

test('ANTHROPIC_API_KEY is used when the deployment has no api_key; a full /v1/messages api_base is kept', async () => {
  const a = await client.chat.completions.create({ model: 'claude-env', messages: [{ role: 'user', content: 'env' }] });
  assert.equal(a.choices[0].message.content, 'echo: env');
  assert.equal(up.last().headers['x-api-key'], UPSTREAM_KEY);
  const b = await client.chat.completions.create({ model: 'claude-full-url', messages: [{ role: 'user', content: 'url' }] });
  assert.equal(b.choices[0].message.content, 'echo: url');
  assert.equal(up.last().path, '/v1/messages');
});

// ---- errors ------------------------------------------------------------------------------

async function expectError(model, status, type, { body, retryAfter } = {}) {
  const r = await rawRequest(chatURL(), {
    headers: auth,
    body: body ?? { model, messages: [{ role: 'user', content: 'x' }] },
  });
  assert.equal(r.status, status, `${model}: ${r.text}`);
  assertOpenAIError(r.json, model);
  assert.equal(r.json.error.type, type);
  assert.equal(r.json.error.code, String(status));
  assert.match(r.json.error.message, /^upstream returned \d{3}: /);
  if (retryAfter !== undefined) assert.equal(r.headers['retry-after'], retryAfter);
  if (r.headers['x-litellm-call-id']) callIds.push(r.headers['x-litellm-call-id']);
  return r;
}

test('errors keep their meaning: 400 401 403 404 413 429, 500 is 502, 529 is 503', async () => {
  const bad = await expectError('claude', 400, 'invalid_request_error', {
    body: { model: 'claude', temperature: 1.5, messages: [{ role: 'user', content: 'x' }] },
  });
  assert.match(bad.json.error.message, /temperature/);
  const key = await expectError('claude-badkey', 401, 'authentication_error');
  assert.match(key.json.error.message, /invalid x-api-key/);
  assert.ok(!key.text.includes('sk-wrong-anthropic-key'));
  await expectError('claude-403', 403, 'permission_error');
  await expectError('claude-404', 404, 'not_found_error');
  await expectError('claude-413', 413, 'request_too_large');
  await expectError('claude-429', 429, 'rate_limit_error', { retryAfter: '1' });
  await expectError('claude-500', 502, 'api_error');
  const o = await expectError('claude-overloaded', 503, 'overloaded_error');
  assert.match(o.json.error.message, /Overloaded/);
});

test('the SDK sees the mapped statuses as its error classes', async () => {
  await assert.rejects(client.chat.completions.create({ model: 'claude-429', messages: [{ role: 'user', content: 'x' }] }), (e) => {
    assert.equal(e.status, 429);
    assert.equal(e.constructor.name, 'RateLimitError');
    return true;
  });
  await assert.rejects(client.chat.completions.create({ model: 'claude-overloaded', messages: [{ role: 'user', content: 'x' }] }), (e) => {
    assert.equal(e.status, 503);
    assert.equal(e.constructor.name, 'InternalServerError');
    return true;
  });
  await assert.rejects(client.chat.completions.create({ model: 'claude-badkey', messages: [{ role: 'user', content: 'x' }] }), (e) => {
    assert.equal(e.status, 401);
    assert.equal(e.constructor.name, 'AuthenticationError');
    return true;
  });
});

test('an error before the stream starts is a plain HTTP error', async () => {
  const r = await rawRequest(chatURL(), { headers: auth, body: { model: 'claude-overloaded', stream: true, messages: [{ role: 'user', content: 'x' }] } });
  assert.equal(r.status, 503);
  assertOpenAIError(r.json);
});

/** The JSON events of a raw stream, without a final [DONE] (whether the
 * gateway sends one after an error event is not this provider's business). */
const jsonEvents = (r) => r.events.map((e) => e.data).filter((d, i, all) => !(d === '[DONE]' && i === all.length - 1)).map((d) => JSON.parse(d));

test('an error event mid-stream is relayed as an SSE error, and ends the stream', async () => {
  const r = await rawSSE(chatURL(), { model: 'claude-stream-error', stream: true, messages: [{ role: 'user', content: 'a b c' }] }, { headers: auth });
  assert.equal(r.status, 200);
  const evs = jsonEvents(r);
  assert.deepEqual(evs.at(-1), {
    error: { message: 'upstream error: Overloaded', type: 'overloaded_error', param: null, code: '503' },
  });
  assert.equal(evs.filter((e) => e.error).length, 1, 'one error event');
  const text = evs.slice(0, -1).map((e) => e.choices[0].delta.content ?? '').join('');
  assert.equal(text, 'echo: ');

  await assert.rejects(
    (async () => {
      const s = await client.chat.completions.create({ model: 'claude-stream-error', stream: true, messages: [{ role: 'user', content: 'a b c' }] });
      for await (const _ of s) {
        /* drain */
      }
    })(),
    (e) => {
      assert.match(e.message, /Overloaded/);
      return true;
    },
  );
});

test('an upstream that dies mid-stream ends the stream with an error event', async () => {
  const r = await rawSSE(chatURL(), { model: 'claude-die', stream: true, messages: [{ role: 'user', content: 'a b c' }] }, { headers: auth });
  assert.equal(r.status, 200);
  assertOpenAIError(jsonEvents(r).at(-1), 'mid-stream error');
});

test('requests the gateway cannot translate are refused before any upstream call', async () => {
  const n = up.requests.length;
  const r = await rawRequest(chatURL(), {
    headers: auth,
    body: {
      model: 'claude',
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{broken' } }] },
      ],
    },
  });
  assert.equal(r.status, 400);
  assertOpenAIError(r.json);
  assert.equal(up.requests.length, n);
});

test('logs carry no key and no message text', async () => {
  await assertLogHygiene(gw, callIds, { forbidden: [SECRET_TEXT, 'sk-wrong-anthropic-key'] });
});
