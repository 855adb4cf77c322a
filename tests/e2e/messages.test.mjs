// The Anthropic Messages ingress (POST /v1/messages, /v1/messages/count_tokens),
// driven by the official @anthropic-ai/sdk 1.x and by raw HTTP, against a mock
// deployment and an openai/ deployment on the fake OpenAI upstream. Asserts
// both sides: what the SDK gets back (Anthropic's shapes, events and error
// classes) and what the OpenAI upstream received (the translated request).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startOpenAIUpstream, chatAnswer, chatUsage, splitPieces } from './upstream/openai.mjs';
import { startGateway } from './lib/gateway.mjs';
import {
  MASTER_KEY,
  UPSTREAM_KEY,
  SECRET_TEXT,
  MOCK_TEXT,
  gatewayConfig,
  openaiDeployment,
  mockDeployment,
  rawRequest,
  rawSSE,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
let client;
const callIds = [];

// A 1x1 transparent PNG.
const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather of a city',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['C', 'F'] } },
    required: ['city'],
  },
};
const TIME_TOOL = {
  name: 'get_time',
  description: 'Local time in a time zone',
  input_schema: { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] },
};

// ---- fake upstream behaviours: OpenAI tool calls, whole and streamed ----------

const TOOL_TEXT = 'Let me check.';
const TOOL_CALLS = [
  { id: 'call_weather_1', name: 'get_weather', args: { city: 'Paris', unit: 'C' } },
  { id: 'call_time_2', name: 'get_time', args: { tz: 'Europe/Paris' } },
];

/** Cuts a string into pieces of at most n characters (arguments arrive in bits). */
function pieces(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

/**
 * Answers like OpenAI does when the model calls tools: whole, a message with
 * `tool_calls` and finish_reason "tool_calls"; streamed, a text delta, then
 * for each call a first delta with id and name and the arguments in pieces of
 * 5 characters, then the finish chunk and the usage chunk. The number of calls
 * is the number of tools the request offered (at most 2). Some
 * OpenAI-compatible servers (Gemini's) finish such a turn with "stop".
 */
const toolCallBehaviour = (finishReason) => (ctx) => {
  const { res, body, stream } = ctx;
  const calls = TOOL_CALLS.slice(0, Math.max(1, Math.min(2, body.tools?.length ?? 1)));
  const id = 'chatcmpl-tools' + Date.now();
  const created = Math.floor(Date.now() / 1000);
  const usage = { prompt_tokens: 42, completion_tokens: 17, total_tokens: 59 };
  if (!stream) {
    return ctx.send(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: TOOL_TEXT,
            refusal: null,
            tool_calls: calls.map((c) => ({
              id: c.id,
              type: 'function',
              function: { name: c.name, arguments: JSON.stringify(c.args) },
            })),
          },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
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
  ctx.startSSE(res);
  ctx.writeEvent(res, chunk({ role: 'assistant', content: '', refusal: null }));
  ctx.writeEvent(res, chunk({ content: TOOL_TEXT }));
  calls.forEach((c, index) => {
    ctx.writeEvent(
      res,
      chunk({ tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] }),
    );
    for (const p of pieces(JSON.stringify(c.args), 5)) {
      ctx.writeEvent(res, chunk({ tool_calls: [{ index, function: { arguments: p } }] }));
    }
  });
  ctx.writeEvent(res, chunk({}, finishReason));
  ctx.writeEvent(res, { id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage });
  ctx.writeEvent(res, '[DONE]');
  res.end();
};

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  up.setBehaviour('tool-caller', toolCallBehaviour('tool_calls'));
  up.setBehaviour('tool-caller-stop', toolCallBehaviour('stop'));
  gw = await startGateway({
    config: gatewayConfig([
      mockDeployment('mock-model', MOCK_TEXT),
      openaiDeployment('claude-via-openai', 'gpt-4o-mini', up.url),
      openaiDeployment('claude-tools', 'tool-caller', up.url),
      openaiDeployment('claude-tools-stop', 'tool-caller-stop', up.url),
      openaiDeployment('claude-fail-500', 'fail-500', up.url),
      openaiDeployment('claude-fail-429', 'fail-429', up.url),
      openaiDeployment('claude-dies', 'die-midstream', up.url),
    ]),
  });
  client = new Anthropic({ baseURL: gw.url, apiKey: MASTER_KEY, maxRetries: 0, timeout: 10000 });
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

/** The last request the upstream received for an upstream model name. */
function lastUpstream(model) {
  const r = up.requests.filter((x) => x.model === model).at(-1);
  assert.ok(r, `the upstream received no request for ${model}`);
  return r;
}

/** Asserts Anthropic's error shape: {"type":"error","error":{"type","message"}}. */
function assertAnthropicError(body, type, where = 'error body') {
  assert.ok(body && typeof body === 'object', `${where}: not a JSON object: ${JSON.stringify(body)}`);
  assert.equal(body.type, 'error', `${where}: ${JSON.stringify(body)}`);
  assert.ok(body.error && typeof body.error === 'object', `${where}: no error object: ${JSON.stringify(body)}`);
  assert.equal(typeof body.error.message, 'string', `${where}: ${JSON.stringify(body)}`);
  assert.ok(body.error.message.length > 0, `${where}: empty message`);
  if (Array.isArray(type)) assert.ok(type.includes(body.error.type), `${where}: type ${body.error.type}`);
  else assert.equal(body.error.type, type, `${where}: ${JSON.stringify(body)}`);
  assert.ok(!('code' in body.error) && !('param' in body.error), `${where}: OpenAI fields in ${JSON.stringify(body)}`);
}

/** Runs a promise that must reject with an SDK error; returns the error. */
async function sdkError(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('the call succeeded; an error was expected');
}

/** Parses raw SSE text into [{event, data}] (data parsed as JSON). */
function parseSSE(raw) {
  const out = [];
  for (const block of raw.split(/\r?\n\r?\n/)) {
    if (!block.trim()) continue;
    let event = null;
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    out.push({ event, data: JSON.parse(data.join('\n')) });
  }
  return out;
}

/**
 * Checks the grammar of a message stream: message_start, then blocks (start,
 * deltas with the block's index and a delta type fitting the block, stop),
 * message_delta, message_stop; ping anywhere after message_start. Each
 * event's name equals its data's type. Returns the event names without pings.
 */
function assertStreamGrammar(events) {
  const names = [];
  let open = null;
  let next = 0;
  for (const { event, data } of events) {
    assert.equal(data.type, event, `event ${event} carries data of type ${data.type}`);
    if (event === 'ping') continue;
    names.push(event);
    switch (event) {
      case 'message_start':
        assert.equal(names.length, 1, 'message_start comes first');
        assert.equal(data.message.type, 'message');
        assert.equal(data.message.role, 'assistant');
        assert.deepEqual(data.message.content, []);
        assert.match(data.message.id, /^msg_/);
        break;
      case 'content_block_start':
        assert.equal(open, null, 'a block starts while another is open');
        assert.equal(data.index, next, 'blocks are numbered 0, 1, 2...');
        open = data;
        break;
      case 'content_block_delta':
        assert.ok(open, 'a delta outside a block');
        assert.equal(data.index, open.index);
        assert.equal(data.delta.type, open.content_block.type === 'text' ? 'text_delta' : 'input_json_delta');
        break;
      case 'content_block_stop':
        assert.ok(open, 'a stop outside a block');
        assert.equal(data.index, open.index);
        open = null;
        next++;
        break;
      case 'message_delta':
        assert.equal(open, null, 'message_delta while a block is open');
        assert.ok(['end_turn', 'max_tokens', 'tool_use', 'stop_sequence'].includes(data.delta.stop_reason));
        assert.equal(typeof data.usage.output_tokens, 'number');
        break;
      case 'message_stop':
        assert.equal(names.at(-2), 'message_delta', 'message_stop follows message_delta');
        break;
      default:
        assert.fail(`unexpected event ${event}`);
    }
  }
  assert.equal(names.at(-1), 'message_stop', `the stream ends with message_stop: ${names.join(',')}`);
  return names;
}

const post = (path, body, headers = { 'x-api-key': MASTER_KEY }) =>
  rawRequest(`${gw.url}${path}`, { headers: { 'anthropic-version': '2023-06-01', ...headers }, body });

// ---- whole answers ---------------------------------------------------------------

test('messages.create on a mock deployment: text, end_turn, usage, msg_ id', async () => {
  const { data: msg, response } = await client.messages
    .create({ model: 'mock-model', max_tokens: 64, messages: [{ role: 'user', content: `hi ${SECRET_TEXT}` }] })
    .withResponse();
  callIds.push(response.headers.get('x-litellm-call-id'));
  assert.equal(msg.type, 'message');
  assert.equal(msg.role, 'assistant');
  assert.equal(msg.model, 'mock-model');
  assert.match(msg.id, /^msg_/);
  assert.deepEqual(msg.content, [{ type: 'text', text: MOCK_TEXT }]);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.equal(msg.stop_sequence, null);
  assert.ok(msg.usage.input_tokens > 0, `input_tokens ${msg.usage.input_tokens}`);
  assert.ok(msg.usage.output_tokens > 0, `output_tokens ${msg.usage.output_tokens}`);
});

test('messages.create on an openai/ deployment: answer, usage and the translated request', async () => {
  const user = `What is 2+2? ${SECRET_TEXT}`;
  const { data: msg, response } = await client.messages
    .create({
      model: 'claude-via-openai',
      max_tokens: 77,
      system: 'You are terse.',
      messages: [{ role: 'user', content: user }],
      stop_sequences: ['END', 'STOP'],
      temperature: 0.25,
      top_p: 0.5,
      metadata: { user_id: 'user-123' },
    })
    .withResponse();
  callIds.push(response.headers.get('x-litellm-call-id'));
  assert.equal(response.status, 200);
  assert.match(msg.id, /^msg_/);
  assert.equal(msg.model, 'claude-via-openai', 'the model the client asked for is echoed');
  assert.equal(msg.content.length, 1);
  assert.equal(msg.content[0].type, 'text');
  assert.equal(msg.content[0].text, 'echo: ' + user);
  assert.equal(msg.stop_reason, 'end_turn');

  const rec = lastUpstream('gpt-4o-mini');
  assert.equal(rec.path, '/v1/chat/completions');
  assert.equal(rec.headers.authorization, `Bearer ${UPSTREAM_KEY}`, 'the upstream key, not the client key');
  assert.equal(rec.headers['x-api-key'], undefined, 'the client key is not forwarded');
  const b = rec.body;
  assert.deepEqual(b.messages, [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: user },
  ]);
  assert.equal(b.max_tokens, 77);
  assert.deepEqual(b.stop, ['END', 'STOP']);
  assert.equal(b.temperature, 0.25);
  assert.equal(b.top_p, 0.5);
  assert.equal(b.user, 'user-123');
  assert.equal(b.stop_sequences, undefined, 'no Anthropic-only fields upstream');
  assert.equal(b.system, undefined);
  assert.equal(b.metadata, undefined);
  const usage = chatUsage(b);
  assert.equal(msg.usage.input_tokens, usage.prompt_tokens);
  assert.equal(msg.usage.output_tokens, usage.completion_tokens);
});

test('system as a list of blocks (with cache_control) becomes one system message', async () => {
  await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 10,
    system: [
      { type: 'text', text: 'Rule one.' },
      { type: 'text', text: 'Rule two.', cache_control: { type: 'ephemeral' } },
    ],
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'first' }, { type: 'text', text: 'second' }] },
    ],
  });
  const b = lastUpstream('gpt-4o-mini').body;
  assert.equal(b.messages[0].role, 'system');
  assert.equal(b.messages[0].content, 'Rule one.\nRule two.');
  assert.equal(b.messages.length, 2);
  assert.equal(b.messages[1].role, 'user');
  assert.equal(b.messages[1].content, 'first\nsecond', 'text-only blocks become a string');
  assert.ok(!JSON.stringify(b).includes('cache_control'));
});

test('tools and tool_choice are translated to OpenAI function tools', async () => {
  const base = {
    model: 'claude-via-openai',
    max_tokens: 20,
    messages: [{ role: 'user', content: 'weather?' }],
    tools: [WEATHER_TOOL, TIME_TOOL],
  };
  await client.messages.create(base);
  let b = lastUpstream('gpt-4o-mini').body;
  assert.deepEqual(b.tools, [
    {
      type: 'function',
      function: { name: 'get_weather', description: WEATHER_TOOL.description, parameters: WEATHER_TOOL.input_schema },
    },
    { type: 'function', function: { name: 'get_time', description: TIME_TOOL.description, parameters: TIME_TOOL.input_schema } },
  ]);
  assert.equal(b.tool_choice, undefined);

  const cases = [
    [{ type: 'auto' }, 'auto', undefined],
    [{ type: 'any' }, 'required', undefined],
    [{ type: 'none' }, 'none', undefined],
    [{ type: 'tool', name: 'get_time' }, { type: 'function', function: { name: 'get_time' } }, undefined],
    [{ type: 'auto', disable_parallel_tool_use: true }, 'auto', false],
    [{ type: 'any', disable_parallel_tool_use: false }, 'required', undefined],
  ];
  for (const [choice, want, parallel] of cases) {
    await client.messages.create({ ...base, tool_choice: choice });
    b = lastUpstream('gpt-4o-mini').body;
    assert.deepEqual(b.tool_choice, want, `tool_choice ${JSON.stringify(choice)}`);
    assert.equal(b.parallel_tool_calls, parallel, `parallel_tool_calls for ${JSON.stringify(choice)}`);
  }
});

test('server tools (web_search, ...) are not sent upstream as functions', async () => {
  const web = { type: 'web_search_20250305', name: 'web_search', max_uses: 2 };
  await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 20,
    messages: [{ role: 'user', content: 'search' }],
    tools: [WEATHER_TOOL, web],
  });
  let b = lastUpstream('gpt-4o-mini').body;
  assert.deepEqual(
    b.tools.map((t) => t.function.name),
    ['get_weather'],
  );
  // Only server tools: no `tools` at all (OpenAI rejects an empty list).
  await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 20,
    messages: [{ role: 'user', content: 'search' }],
    tools: [web],
  });
  b = lastUpstream('gpt-4o-mini').body;
  assert.equal(b.tools, undefined, JSON.stringify(b.tools));
});

test('a tool_use / tool_result round trip becomes assistant tool_calls and a tool message', async () => {
  const msg = await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 50,
    tools: [WEATHER_TOOL],
    messages: [
      { role: 'user', content: 'Weather in Paris and Rome?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Checking both.' },
          { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'toolu_02', name: 'get_weather', input: { city: 'Rome', unit: 'C' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_01', content: 'sunny, 21C' },
          { type: 'tool_result', tool_use_id: 'toolu_02', content: [{ type: 'text', text: 'rain, 14C' }] },
          { type: 'text', text: 'Summarize.' },
        ],
      },
    ],
  });
  assert.equal(msg.content[0].text, 'echo: Summarize.');
  const b = lastUpstream('gpt-4o-mini').body;
  assert.equal(b.messages.length, 5, JSON.stringify(b.messages));
  assert.deepEqual(b.messages[0], { role: 'user', content: 'Weather in Paris and Rome?' });
  const a = b.messages[1];
  assert.equal(a.role, 'assistant');
  assert.equal(a.content, 'Checking both.');
  assert.equal(a.tool_calls.length, 2);
  assert.deepEqual(
    a.tool_calls.map((t) => ({ ...t, function: { ...t.function, arguments: JSON.parse(t.function.arguments) } })),
    [
      { id: 'toolu_01', type: 'function', function: { name: 'get_weather', arguments: { city: 'Paris' } } },
      { id: 'toolu_02', type: 'function', function: { name: 'get_weather', arguments: { city: 'Rome', unit: 'C' } } },
    ],
  );
  assert.equal(typeof a.tool_calls[0].function.arguments, 'string', 'OpenAI arguments are a JSON string');
  assert.deepEqual(b.messages[2], { role: 'tool', tool_call_id: 'toolu_01', content: 'sunny, 21C' });
  assert.deepEqual(b.messages[3], { role: 'tool', tool_call_id: 'toolu_02', content: 'rain, 14C' });
  assert.deepEqual(b.messages[4], { role: 'user', content: 'Summarize.' });
});

test('an assistant turn with only tool_use has null content', async () => {
  await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 50,
    tools: [WEATHER_TOOL],
    messages: [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_9', name: 'get_weather', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: 'hot' }] },
    ],
  });
  const b = lastUpstream('gpt-4o-mini').body;
  assert.equal(b.messages.length, 3, JSON.stringify(b.messages));
  assert.equal(b.messages[1].content, null);
  assert.equal(b.messages[1].tool_calls[0].function.arguments, '{}');
  assert.deepEqual(b.messages[2], { role: 'tool', tool_call_id: 'toolu_9', content: 'hot' });
});

test('image blocks become image_url parts (base64 as a data URL, and URLs)', async () => {
  await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 10,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_B64 } },
          { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
          { type: 'text', text: 'Describe these.' },
        ],
      },
    ],
  });
  const b = lastUpstream('gpt-4o-mini').body;
  assert.deepEqual(b.messages, [
    {
      role: 'user',
      content: [
        { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_B64}` } },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
        { type: 'text', text: 'Describe these.' },
      ],
    },
  ]);
});

test('finish_reason length becomes stop_reason max_tokens', async () => {
  up.setBehaviour('gpt-4o-mini', (ctx) => {
    up.setBehaviour('gpt-4o-mini', null);
    const body = {
      id: 'chatcmpl-len',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, message: { role: 'assistant', content: 'cut' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
    };
    ctx.send(ctx.res, 200, body);
  });
  const msg = await client.messages.create({
    model: 'claude-via-openai',
    max_tokens: 3,
    messages: [{ role: 'user', content: 'long story' }],
  });
  assert.equal(msg.stop_reason, 'max_tokens');
  assert.deepEqual(msg.usage, { input_tokens: 5, output_tokens: 3 });
  assert.equal(msg.id, 'msg_chatcmpl-len');
});

// ---- streams ---------------------------------------------------------------------

test('messages.stream on an openai/ deployment: text deltas, event order, final usage', async () => {
  const user = `Count to three ${SECRET_TEXT}`;
  const stream = client.messages.stream({
    model: 'claude-via-openai',
    max_tokens: 50,
    system: 'Be brief.',
    messages: [{ role: 'user', content: user }],
  });
  let text = '';
  let deltas = 0;
  stream.on('text', (t) => {
    text += t;
    deltas++;
  });
  const events = [];
  for await (const ev of stream) events.push(ev.type);
  const final = await stream.finalMessage();
  const { response } = await stream.withResponse();
  callIds.push(response.headers.get('x-litellm-call-id'));

  const rec = lastUpstream('gpt-4o-mini');
  const want = chatAnswer(rec.body);
  assert.equal(want, 'echo: ' + user);
  assert.equal(text, want, 'text deltas concatenated');
  assert.equal(deltas, splitPieces(want).length, 'one text delta per upstream chunk');
  assert.equal(rec.body.stream, true);
  assert.deepEqual(rec.body.stream_options, { include_usage: true });
  assert.equal(rec.body.messages[0].content, 'Be brief.');
  assert.deepEqual(events, [
    'message_start',
    'content_block_start',
    ...Array(deltas).fill('content_block_delta'),
    'content_block_stop',
    'message_delta',
    'message_stop',
  ]);
  assert.match(final.id, /^msg_/);
  assert.equal(final.model, 'claude-via-openai');
  assert.deepEqual(final.content, [{ type: 'text', text: want }]);
  assert.equal(final.stop_reason, 'end_turn');
  const usage = chatUsage(rec.body);
  assert.equal(final.usage.output_tokens, usage.completion_tokens);
  assert.equal(final.usage.input_tokens, usage.prompt_tokens, 'message_delta carries input_tokens');
});

test('messages.stream on a mock deployment', async () => {
  const stream = client.messages.stream({
    model: 'mock-model',
    max_tokens: 50,
    messages: [{ role: 'user', content: 'hello' }],
  });
  const text = await stream.finalText();
  const final = await stream.finalMessage();
  assert.equal(text, MOCK_TEXT);
  assert.equal(final.stop_reason, 'end_turn');
  assert.ok(final.usage.output_tokens > 0);
  assert.ok(final.usage.input_tokens > 0);
});

test('the raw SSE: event names match data types, grammar holds, text/event-stream', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/messages`,
    { model: 'claude-via-openai', max_tokens: 20, stream: true, messages: [{ role: 'user', content: 'raw please' }] },
    { headers: { 'x-api-key': MASTER_KEY, 'anthropic-version': '2023-06-01' } },
  );
  assert.equal(r.status, 200);
  assert.match(r.headers['content-type'], /^text\/event-stream/);
  assert.equal(r.rest, '', 'no bytes after the last event');
  const events = parseSSE(r.raw);
  const names = assertStreamGrammar(events);
  assert.equal(names.filter((n) => n === 'content_block_start').length, 1);
  assert.ok(!r.raw.includes('[DONE]'), 'no OpenAI terminator');
  assert.ok(!/^data: \{"id"/m.test(r.raw), 'no OpenAI chunk leaks through');
  const md = events.find((e) => e.event === 'message_delta').data;
  assert.equal(md.delta.stop_reason, 'end_turn');
  assert.ok(md.usage.output_tokens > 0);
});

// Claude Code talks to /v1/messages?beta=true with anthropic-beta headers, a
// system of cached blocks, thinking, metadata and tools with cache_control.
test('a Claude Code–shaped request through client.beta.messages.stream', async () => {
  const seen = [];
  const beta = new Anthropic({
    baseURL: gw.url,
    authToken: MASTER_KEY,
    apiKey: null,
    maxRetries: 0,
    fetch: (url, init) => {
      seen.push({ url: String(url), headers: new Headers(init.headers) });
      return fetch(url, init);
    },
  });
  const stream = beta.beta.messages.stream({
    model: 'claude-via-openai',
    max_tokens: 32000,
    betas: ['interleaved-thinking-2025-05-14', 'fine-grained-tool-streaming-2025-05-14'],
    system: [
      { type: 'text', text: 'You are Claude Code.', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Be careful.' },
    ],
    metadata: { user_id: 'session-abc' },
    thinking: { type: 'enabled', budget_tokens: 4000 },
    tools: [{ ...WEATHER_TOOL, cache_control: { type: 'ephemeral' } }],
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'Fix the bug', cache_control: { type: 'ephemeral' } }] },
    ],
  });
  const final = await stream.finalMessage();
  assert.equal(final.content[0].text, 'echo: Fix the bug');
  assert.match(seen[0].headers.get('anthropic-beta'), /interleaved-thinking/);
  const b = lastUpstream('gpt-4o-mini').body;
  assert.deepEqual(Object.keys(b).sort(), [
    'max_tokens',
    'messages',
    'model',
    'stream',
    'stream_options',
    'tools',
    'user',
  ]);
  assert.equal(b.messages[0].content, 'You are Claude Code.\nBe careful.');
  assert.equal(b.user, 'session-abc');
  assert.ok(!JSON.stringify(b).includes('cache_control'));
  const tokens = await beta.beta.messages.countTokens({
    model: 'claude-via-openai',
    messages: [{ role: 'user', content: 'Fix the bug' }],
  });
  assert.ok(tokens.input_tokens > 0);
  // Claude Code (on the 0.x SDK) adds ?beta=true to both paths.
  const r = await post('/v1/messages?beta=true', {
    model: 'mock-model',
    max_tokens: 5,
    messages: [{ role: 'user', content: 'x' }],
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.content[0].text, MOCK_TEXT);
  const c = await post('/v1/messages/count_tokens?beta=true', { model: 'mock-model', messages: [{ role: 'user', content: 'x' }] });
  assert.equal(c.status, 200, c.text);
  assert.ok(c.json.input_tokens > 0);
});

// ---- tool use --------------------------------------------------------------------

test('tool use, whole: stop_reason tool_use, tool_use blocks with parsed input', async () => {
  const msg = await client.messages.create({
    model: 'claude-tools',
    max_tokens: 100,
    tools: [WEATHER_TOOL, TIME_TOOL],
    messages: [{ role: 'user', content: 'Weather and time in Paris?' }],
  });
  assert.equal(msg.stop_reason, 'tool_use');
  assert.deepEqual(msg.content, [
    { type: 'text', text: TOOL_TEXT },
    { type: 'tool_use', id: 'call_weather_1', name: 'get_weather', input: { city: 'Paris', unit: 'C' } },
    { type: 'tool_use', id: 'call_time_2', name: 'get_time', input: { tz: 'Europe/Paris' } },
  ]);
  assert.deepEqual(msg.usage, { input_tokens: 42, output_tokens: 17 });
});

test('tool use, streamed: input_json_delta reassembled by the SDK', async () => {
  const stream = client.messages.stream({
    model: 'claude-tools',
    max_tokens: 100,
    tools: [WEATHER_TOOL],
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
  });
  const partial = [];
  stream.on('inputJson', (p) => partial.push(p));
  const final = await stream.finalMessage();
  assert.equal(final.stop_reason, 'tool_use');
  assert.deepEqual(final.content, [
    { type: 'text', text: TOOL_TEXT },
    { type: 'tool_use', id: 'call_weather_1', name: 'get_weather', input: { city: 'Paris', unit: 'C' } },
  ]);
  assert.equal(partial.join(''), JSON.stringify(TOOL_CALLS[0].args));
  assert.ok(partial.length > 1, 'the arguments came in several deltas');
  assert.deepEqual(final.usage, { input_tokens: 42, output_tokens: 17 });
});

test('tool use, streamed: two tool calls become two tool_use blocks (raw SSE)', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/messages`,
    {
      model: 'claude-tools',
      max_tokens: 100,
      stream: true,
      tools: [WEATHER_TOOL, TIME_TOOL],
      messages: [{ role: 'user', content: 'both' }],
    },
    { headers: { authorization: `Bearer ${MASTER_KEY}`, 'anthropic-version': '2026-10-21' } },
  );
  assert.equal(r.status, 200);
  const events = parseSSE(r.raw);
  assertStreamGrammar(events);
  const starts = events.filter((e) => e.event === 'content_block_start').map((e) => e.data);
  assert.deepEqual(starts, [
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    {
      type: 'content_block_start',
      index: 1,
      content_block: { type: 'tool_use', id: 'call_weather_1', name: 'get_weather', input: {} },
    },
    {
      type: 'content_block_start',
      index: 2,
      content_block: { type: 'tool_use', id: 'call_time_2', name: 'get_time', input: {} },
    },
  ]);
  for (const [i, call] of [
    [1, TOOL_CALLS[0]],
    [2, TOOL_CALLS[1]],
  ]) {
    const json = events
      .filter((e) => e.event === 'content_block_delta' && e.data.index === i)
      .map((e) => e.data.delta.partial_json)
      .join('');
    assert.deepEqual(JSON.parse(json), call.args);
  }
  const md = events.find((e) => e.event === 'message_delta').data;
  assert.equal(md.delta.stop_reason, 'tool_use');
  assert.equal(md.usage.output_tokens, 17);
});

test('tool calls that finish with "stop" are still stop_reason tool_use', async () => {
  const params = {
    model: 'claude-tools-stop',
    max_tokens: 100,
    tools: [WEATHER_TOOL],
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
  };
  const whole = await client.messages.create(params);
  assert.equal(whole.stop_reason, 'tool_use');
  assert.equal(whole.content[1].type, 'tool_use');
  const streamed = await client.messages.stream(params).finalMessage();
  assert.equal(streamed.stop_reason, 'tool_use');
  assert.deepEqual(streamed.content[1].input, TOOL_CALLS[0].args);
});

// ---- errors ----------------------------------------------------------------------

test('a wrong key: AuthenticationError with an Anthropic error body', async () => {
  const bad = new Anthropic({ baseURL: gw.url, apiKey: 'sk-wrong', maxRetries: 0 });
  const e = await sdkError(
    bad.messages.create({ model: 'mock-model', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
  );
  assert.ok(e instanceof Anthropic.AuthenticationError, `${e.constructor.name}: ${e.message}`);
  assert.equal(e.status, 401);
  assertAnthropicError(e.error, 'authentication_error');
  assert.equal(e.type, 'authentication_error');
  assert.ok(!e.message.includes('sk-wrong'), 'the key is not echoed');
});

test('an unknown model: 400/404 with an Anthropic error body', async () => {
  const e = await sdkError(
    client.messages.create({ model: 'no-such-model', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
  );
  assert.ok(
    e instanceof Anthropic.BadRequestError || e instanceof Anthropic.NotFoundError,
    `${e.constructor.name}: ${e.message}`,
  );
  assertAnthropicError(e.error, ['invalid_request_error', 'not_found_error']);
  assert.match(e.error.error.message, /no-such-model/);
});

test('a request without max_tokens or messages: BadRequestError', async () => {
  for (const body of [
    { model: 'mock-model', messages: [{ role: 'user', content: 'x' }] },
    { model: 'mock-model', max_tokens: 5 },
    { model: 'mock-model', max_tokens: 5, messages: [] },
    { model: 'mock-model', max_tokens: 5, messages: [{ role: 'system', content: 'x' }] },
    { max_tokens: 5, messages: [{ role: 'user', content: 'x' }] },
  ]) {
    const r = await post('/v1/messages', body);
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assertAnthropicError(r.json, 'invalid_request_error', JSON.stringify(body));
  }
  const r = await post('/v1/messages', '{"model":');
  assert.equal(r.status, 400);
  assertAnthropicError(r.json, 'invalid_request_error', 'bad JSON');
  const e = await sdkError(client.messages.create({ model: 'mock-model', messages: [{ role: 'user', content: 'x' }] }));
  assert.ok(e instanceof Anthropic.BadRequestError, `${e.constructor.name}: ${e.message}`);
});

// The body limit (max_request_size_mb: 1) is enforced by the HTTP layer,
// before llm.c: it must still answer in the route's shape.
test('a body over the size limit: 413 request_too_large in the Anthropic shape', async () => {
  const body = { model: 'mock-model', max_tokens: 5, messages: [{ role: 'user', content: 'x'.repeat(1_200_000) }] };
  const r = await post('/v1/messages', body);
  assert.equal(r.status, 413, r.text.slice(0, 200));
  assertAnthropicError(r.json, 'request_too_large');
});

test('an upstream 500: InternalServerError with an Anthropic error body', async () => {
  const e = await sdkError(
    client.messages.create({ model: 'claude-fail-500', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
  );
  assert.ok(e instanceof Anthropic.InternalServerError, `${e.constructor.name}: ${e.message}`);
  assert.ok(e.status >= 500, `status ${e.status}`);
  assertAnthropicError(e.error, 'api_error');
});

test('an upstream 429: RateLimitError, rate_limit_error, retry-after passed on', async () => {
  const e = await sdkError(
    client.messages.create({ model: 'claude-fail-429', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
  );
  assert.ok(e instanceof Anthropic.RateLimitError, `${e.constructor.name}: ${e.message}`);
  assert.equal(e.status, 429);
  assertAnthropicError(e.error, 'rate_limit_error');
  assert.equal(e.headers.get('retry-after'), '1');
});

test('a stream failing before its first chunk is a plain HTTP error the SDK raises', async () => {
  const stream = client.messages.stream({
    model: 'claude-fail-500',
    max_tokens: 5,
    messages: [{ role: 'user', content: 'x' }],
  });
  const e = await sdkError(stream.finalMessage());
  assert.ok(e instanceof Anthropic.InternalServerError, `${e.constructor.name}: ${e.message}`);
  assertAnthropicError(e.error, 'api_error');
});

test('an upstream dying mid-stream: an Anthropic error event the SDK throws', async () => {
  const stream = client.messages.stream({
    model: 'claude-dies',
    max_tokens: 5,
    messages: [{ role: 'user', content: 'x' }],
  });
  const e = await sdkError(stream.finalMessage());
  assert.ok(e instanceof Anthropic.APIError, `${e.constructor.name}: ${e.message}`);
  assertAnthropicError(e.error, ['api_error', 'overloaded_error'], 'error event');

  const r = await rawSSE(
    `${gw.url}/v1/messages`,
    { model: 'claude-dies', max_tokens: 5, stream: true, messages: [{ role: 'user', content: 'x' }] },
    { headers: { 'x-api-key': MASTER_KEY } },
  );
  const events = parseSSE(r.raw);
  const names = events.map((ev) => ev.event);
  assert.equal(names[0], 'message_start');
  assert.ok(names.includes('error'), names.join(','));
  assertAnthropicError(events.find((ev) => ev.event === 'error').data, ['api_error', 'overloaded_error']);
});

// Anthropic ends a stream at its error event: no message_delta or
// message_stop may follow, or a client that reads on sees a normal end.
test('nothing follows the error event of a failed stream', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/messages`,
    { model: 'claude-dies', max_tokens: 5, stream: true, messages: [{ role: 'user', content: 'x' }] },
    { headers: { 'x-api-key': MASTER_KEY } },
  );
  const names = parseSSE(r.raw).map((ev) => ev.event);
  assert.equal(names.at(-1), 'error', names.join(','));
});

// ---- auth and versions --------------------------------------------------------

test('x-api-key and Authorization: Bearer both authenticate; any anthropic-version', async () => {
  const body = { model: 'mock-model', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] };
  for (const headers of [
    { 'x-api-key': MASTER_KEY, 'anthropic-version': '2023-06-01' },
    { authorization: `Bearer ${MASTER_KEY}`, 'anthropic-version': '2026-10-21' },
    { 'x-api-key': MASTER_KEY, 'anthropic-version': '1999-12-31', 'anthropic-beta': 'prompt-caching-2024-07-31' },
    { 'x-api-key': MASTER_KEY },
  ]) {
    const r = await rawRequest(`${gw.url}/v1/messages`, { headers, body });
    assert.equal(r.status, 200, `${JSON.stringify(headers)}: ${r.text}`);
    assert.equal(r.json.type, 'message');
    assert.equal(r.json.content[0].text, MOCK_TEXT);
  }
  for (const headers of [{}, { 'x-api-key': 'sk-nope' }, { authorization: 'Bearer sk-nope' }]) {
    const r = await rawRequest(`${gw.url}/v1/messages`, { headers, body });
    assert.equal(r.status, 401, JSON.stringify(headers));
    assertAnthropicError(r.json, 'authentication_error', JSON.stringify(headers));
  }
  // The SDK's authToken option (ANTHROPIC_AUTH_TOKEN, as Claude Code uses it).
  const viaToken = new Anthropic({ baseURL: gw.url, authToken: MASTER_KEY, apiKey: null, maxRetries: 0 });
  const msg = await viaToken.messages.create(body);
  assert.equal(msg.content[0].text, MOCK_TEXT);
});

// ---- count_tokens ------------------------------------------------------------------

test('count_tokens: {"input_tokens": N}, growing with the prompt', async () => {
  const small = { model: 'claude-via-openai', messages: [{ role: 'user', content: 'Hello there' }] };
  const big = {
    model: 'claude-via-openai',
    system: 'You are a careful assistant.',
    tools: [WEATHER_TOOL],
    messages: [{ role: 'user', content: 'Hello there '.repeat(50) }],
  };
  const a = await post('/v1/messages/count_tokens', small);
  assert.equal(a.status, 200, a.text);
  assert.deepEqual(Object.keys(a.json), ['input_tokens']);
  assert.ok(Number.isInteger(a.json.input_tokens) && a.json.input_tokens > 0, a.text);
  const b = await post('/v1/messages/count_tokens', big, { authorization: `Bearer ${MASTER_KEY}` });
  assert.equal(b.status, 200, b.text);
  assert.ok(b.json.input_tokens > a.json.input_tokens + 100, `${b.json.input_tokens} vs ${a.json.input_tokens}`);
  const bad = await post('/v1/messages/count_tokens', small, { 'x-api-key': 'sk-nope' });
  assert.equal(bad.status, 401);
  assertAnthropicError(bad.json, 'authentication_error');
  const broken = await post('/v1/messages/count_tokens', 'not json');
  assert.equal(broken.status, 400);
  assertAnthropicError(broken.json, 'invalid_request_error');
  assert.equal(up.requests.filter((r) => r.path !== '/v1/chat/completions').length, 0, 'nothing else upstream');
});

test('count_tokens: an image counts as an image, not as its base64 bytes', async () => {
  const big = 'A'.repeat(400_000); // about 300 kB of "image"
  const r = await post('/v1/messages/count_tokens', {
    model: 'claude-via-openai',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: big } },
          { type: 'text', text: 'What is this?' },
        ],
      },
    ],
  });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.input_tokens < 5000, `input_tokens ${r.json.input_tokens}`);
  assert.ok(r.json.input_tokens > 0);
});

test("the SDK's messages.countTokens", async () => {
  const r = await client.messages.countTokens({
    model: 'claude-via-openai',
    messages: [{ role: 'user', content: 'How many tokens is this sentence?' }],
  });
  assert.ok(Number.isInteger(r.input_tokens) && r.input_tokens > 0, JSON.stringify(r));
});

// ---- logs ------------------------------------------------------------------------

test('logs: JSON lines, call ids present, no keys or message text', async () => {
  await assertLogHygiene(gw, callIds.filter(Boolean));
});
