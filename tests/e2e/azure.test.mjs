// The azure/ provider: the gateway in front of a fake Azure OpenAI resource
// (upstream/azure.mjs), driven with the official openai SDK. Asserts both on
// what the client got and on what Azure received (path, api-version, key or
// Entra ID token header, body).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAzureUpstream,
  azureChatUsage,
  CHAT_MODEL,
  COMPLETION_MODEL,
  EMBEDDING_MODEL,
  ACCESS_DENIED,
  TOKEN_REFUSED,
  DEPLOYMENT_NOT_FOUND,
} from './upstream/azure.mjs';
import { embeddingVector, embeddingToBase64 } from './upstream/openai.mjs';
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

// An Entra ID access token is a JWT, usually well past 1 KiB.
const AD_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.' + 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(60) + '.c2lnbmF0dXJl';
const API_VERSION = '2024-10-21';

let up;
let gw;
let client;
const callIds = [];

function keep(response) {
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);
  return id;
}

function azure(modelName, deployment, extra = {}) {
  return {
    model_name: modelName,
    litellm_params: {
      model: `azure/${deployment}`,
      api_base: up.origin,
      api_key: UPSTREAM_KEY,
      api_version: API_VERSION,
      timeout: 10,
      ...extra,
    },
  };
}

function withoutKey(d) {
  delete d.litellm_params.api_key;
  return d;
}

before(async () => {
  up = await startAzureUpstream({ apiKey: UPSTREAM_KEY, adToken: AD_TOKEN });
  const bare = { model_name: 'gpt-4o-env', litellm_params: { model: 'azure/gpt-4o-prod', timeout: 10 } };
  gw = await startGateway({
    config: gatewayConfig([
      azure('gpt-4o', 'gpt-4o-prod'),
      withoutKey(azure('gpt-4o-ad', 'gpt-4o-prod', { azure_ad_token: AD_TOKEN })),
      azure('gpt-4o-ad-and-key', 'gpt-4o-prod', { azure_ad_token: AD_TOKEN }),
      withoutKey(azure('gpt-4o-ad-bad', 'gpt-4o-prod', { azure_ad_token: 'not-a-valid-token' })),
      azure('gpt-4o-badkey', 'gpt-4o-prod', { api_key: 'wrong-key-000' }),
      azure('gpt-4o-old', 'gpt-4o-prod', { api_version: '2024-02-01' }),
      azure('gpt-4o-v1', 'gpt-4o-prod', { api_version: 'v1' }),
      azure('gpt-4o-fullbase', 'ignored', { api_base: `${up.origin}/openai/deployments/gpt-4o-prod` }),
      azure('gpt-4o-defaults', 'gpt-4o-prod', { temperature: 0.3, max_tokens: 50 }),
      azure('ghost', 'ghost-deployment'),
      azure('fail-500', 'fail-500'),
      azure('fail-503', 'fail-503'),
      azure('fail-429', 'fail-429'),
      azure('embed', 'embed-prod'),
      azure('instruct', 'instruct-prod'),
      bare,
    ]),
    // The deployment without api_base, api_key, api_version reads these.
    env: { AZURE_API_BASE: `${up.origin}/`, AZURE_API_KEY: UPSTREAM_KEY, AZURE_API_VERSION: '', AZURE_OPENAI_API_KEY: '', AZURE_AD_TOKEN: '' },
  });
  client = sdk(gw);
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

const last = () => up.requests.at(-1);

function assertAzureRequest(rec, { deployment = 'gpt-4o-prod', op = 'chat/completions', version = API_VERSION, key = UPSTREAM_KEY } = {}) {
  assert.equal(rec.method, 'POST');
  assert.equal(rec.path, `/openai/deployments/${deployment}/${op}`);
  assert.deepEqual(rec.query, { 'api-version': version });
  assert.match(rec.headers['content-type'] ?? '', /^application\/json/);
  if (key) {
    assert.equal(rec.headers['api-key'], key);
    assert.equal(rec.headers.authorization, undefined, 'no Authorization header next to api-key');
  }
  for (const [k, v] of Object.entries(rec.headers)) {
    assert.ok(!String(v).includes(MASTER_KEY), `the master key leaked to Azure in header ${k}`);
  }
  assert.equal(rec.body.model, deployment, 'model is the deployment name, as LiteLLM sends it');
}

// ---- chat ------------------------------------------------------------------------

test('whole chat: path, api-version, api-key, body; content-filter fields relayed', async () => {
  const messages = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: `Tell me about ${SECRET_TEXT}` },
  ];
  const { data, response } = await client.chat.completions
    .create({
      model: 'gpt-4o',
      messages,
      seed: 7,
      user: 'u-1',
      logit_bias: { 50256: -100 },
      data_sources: [{ type: 'azure_search', parameters: { endpoint: 'https://s.example', index_name: 'i' } }],
      metadata: { team: 'x' },
      tags: ['t'],
      num_retries: 0,
      caching: false,
    })
    .withResponse();
  keep(response);
  assert.equal(response.status, 200);
  assert.equal(data.object, 'chat.completion');
  assert.equal(data.model, CHAT_MODEL);
  assert.equal(data.choices[0].message.content, `echo: Tell me about ${SECRET_TEXT}`);
  assert.equal(data.choices[0].finish_reason, 'stop');
  assert.deepEqual(data.choices[0].content_filter_results.hate, { filtered: false, severity: 'safe' });
  assert.equal(data.prompt_filter_results[0].prompt_index, 0);
  assert.deepEqual(data.prompt_filter_results[0].content_filter_results.jailbreak, { filtered: false, detected: false });
  const u = azureChatUsage({ messages });
  assert.equal(data.usage.prompt_tokens, u.prompt_tokens);
  assert.equal(data.usage.completion_tokens, u.completion_tokens);
  assert.equal(data.usage.total_tokens, u.total_tokens);

  const rec = last();
  assertAzureRequest(rec);
  assert.deepEqual(rec.body.messages, messages);
  assert.equal(rec.body.seed, 7);
  assert.equal(rec.body.user, 'u-1');
  assert.deepEqual(rec.body.logit_bias, { 50256: -100 });
  assert.deepEqual(rec.body.data_sources, [{ type: 'azure_search', parameters: { endpoint: 'https://s.example', index_name: 'i' } }]);
  for (const k of ['metadata', 'tags', 'num_retries', 'caching']) assert.ok(!(k in rec.body), `gateway field ${k} sent to Azure`);
  assert.ok(!('stream' in rec.body) || rec.body.stream === false);
  assert.ok(!('stream_options' in rec.body));
});

test('streamed chat without usage: prompt-filter chunk relayed, no usage chunk', async () => {
  const messages = [{ role: 'user', content: 'stream me please' }];
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o', messages, stream: true })
    .withResponse();
  keep(response);
  const { content, chunks, usage } = await collectChat(stream);
  assert.equal(content, 'echo: stream me please');
  assert.equal(usage, null, 'the client did not ask for usage');
  assert.ok(chunks.every((c) => !c.usage), 'no chunk carries usage');
  // Azure's first event: empty choices, prompt_filter_results only.
  assert.deepEqual(chunks[0].choices, []);
  assert.equal(chunks[0].prompt_filter_results[0].prompt_index, 0);
  assert.equal(chunks.filter((c) => c.prompt_filter_results).length, 1);
  const contentChunks = chunks.filter((c) => c.choices[0]?.delta?.content);
  assert.ok(contentChunks.length >= 2);
  for (const c of contentChunks) assert.deepEqual(c.choices[0].content_filter_results.violence, { filtered: false, severity: 'safe' });
  assert.equal(chunks.at(-1).choices[0].finish_reason, 'stop');

  const rec = last();
  assertAzureRequest(rec);
  assert.equal(rec.body.stream, true);
  assert.deepEqual(rec.body.stream_options, { include_usage: true }, 'the gateway asks Azure for usage');
  assert.equal(rec.headers.accept, 'text/event-stream');
});

test('streamed chat with usage: the usage chunk comes last, after finish_reason', async () => {
  const messages = [{ role: 'user', content: 'count my tokens' }];
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o', messages, stream: true, stream_options: { include_usage: true } })
    .withResponse();
  keep(response);
  const { content, chunks, usage } = await collectChat(stream);
  assert.equal(content, 'echo: count my tokens');
  const u = azureChatUsage({ messages });
  assert.equal(usage.prompt_tokens, u.prompt_tokens);
  assert.equal(usage.completion_tokens, u.completion_tokens);
  assert.equal(usage.total_tokens, u.total_tokens);
  const lastChunk = chunks.at(-1);
  assert.deepEqual(lastChunk.choices, []);
  assert.equal(lastChunk.object, 'chat.completion.chunk');
  assert.equal(chunks.at(-2).choices[0].finish_reason, 'stop');
  // The prompt-filter chunk (empty choices too) is not the usage chunk.
  assert.ok(chunks[0].prompt_filter_results && !chunks[0].usage);
});

test('raw SSE: framing, [DONE], prompt_filter_results event first', async () => {
  const r = await rawSSE(
    `${gw.url}/v1/chat/completions`,
    { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'raw' }] },
    { headers: { authorization: `Bearer ${MASTER_KEY}` } },
  );
  callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 200);
  assert.match(r.headers['content-type'], /^text\/event-stream/);
  const datas = r.events.map((e) => e.data);
  assert.equal(datas.at(-1), '[DONE]');
  const first = JSON.parse(datas[0]);
  assert.deepEqual(first, { choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: first.prompt_filter_results });
  const text = datas
    .slice(0, -1)
    .map((d) => JSON.parse(d))
    .map((c) => c.choices[0]?.delta?.content ?? '')
    .join('');
  assert.equal(text, 'echo: raw');
});

test('images: image_url parts reach Azure untouched', async () => {
  const image = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const messages = [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'what is in this picture?' },
        { type: 'image_url', image_url: { url: image, detail: 'low' } },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
      ],
    },
  ];
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o', messages }).withResponse();
  keep(response);
  assert.equal(data.choices[0].message.content, 'echo: what is in this picture? [2 images]');
  assert.deepEqual(last().body.messages, messages);
});

// ---- tools -------------------------------------------------------------------------

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'search_docs',
      description: 'Search the documentation',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    },
  },
];

test('tool calls, whole: the call comes back, the result goes up', async () => {
  const q = 'how do I rotate keys?';
  const first = await client.chat.completions
    .create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }], tools: TOOLS, tool_choice: 'auto' })
    .withResponse();
  keep(first.response);
  const msg = first.data.choices[0].message;
  assert.equal(first.data.choices[0].finish_reason, 'tool_calls');
  assert.equal(msg.tool_calls.length, 1);
  const call = msg.tool_calls[0];
  assert.equal(call.type, 'function');
  assert.equal(call.function.name, 'search_docs');
  assert.deepEqual(JSON.parse(call.function.arguments), { query: q });
  assert.deepEqual(last().body.tools, TOOLS);
  assert.equal(last().body.tool_choice, 'auto');

  const messages = [
    { role: 'user', content: q },
    { role: 'assistant', content: null, tool_calls: [call] },
    { role: 'tool', tool_call_id: call.id, content: 'Use the key vault.' },
  ];
  const second = await client.chat.completions.create({ model: 'gpt-4o', messages, tools: TOOLS }).withResponse();
  keep(second.response);
  assert.equal(second.data.choices[0].message.content, 'echo tool: Use the key vault.');
  assert.deepEqual(last().body.messages, messages);
});

test('tool calls, streamed: the SDK reassembles the arguments', async () => {
  const q = 'streamed tool question with "quotes" and ünïcode';
  const runner = client.chat.completions.stream({ model: 'gpt-4o', messages: [{ role: 'user', content: q }], tools: TOOLS });
  const final = await runner.finalChatCompletion();
  const call = final.choices[0].message.tool_calls[0];
  assert.equal(final.choices[0].finish_reason, 'tool_calls');
  assert.equal(call.function.name, 'search_docs');
  assert.deepEqual(JSON.parse(call.function.arguments), { query: q });
  assert.ok(last().chunksSent >= 3, 'the arguments came in several chunks');
  assert.equal(last().body.stream, true);
});

// ---- content filtering -----------------------------------------------------------

test('a filtered prompt: 400 with code content_filter, OpenAI error shape', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'something [hate]' }] }),
    (err) => {
      assert.equal(err.status, 400);
      assert.equal(err.code, 'content_filter');
      assert.equal(err.type, 'invalid_request_error');
      assert.match(err.message, /content management policy/);
      assert.match(err.message, /hate \(high\)/);
      keep({ headers: err.headers });
      return true;
    },
  );
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'streamed [hate]' }] },
  });
  callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 400, 'an error before the first chunk stays an HTTP error');
  assertOpenAIError(r.json);
  assert.equal(r.json.error.code, 'content_filter');
});

test('a filtered answer: finish_reason content_filter, whole and streamed', async () => {
  const whole = await client.chat.completions
    .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'tell a [violent-answer] story' }] })
    .withResponse();
  keep(whole.response);
  assert.equal(whole.data.choices[0].finish_reason, 'content_filter');
  assert.deepEqual(whole.data.choices[0].content_filter_results.violence, { filtered: true, severity: 'medium' });

  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'tell a [violent-answer] story' }] })
    .withResponse();
  keep(response);
  const { chunks } = await collectChat(stream);
  const fin = chunks.filter((c) => c.choices[0]?.finish_reason);
  assert.equal(fin.length, 1);
  assert.equal(fin[0].choices[0].finish_reason, 'content_filter');
  assert.equal(fin[0].choices[0].content_filter_results.violence.filtered, true);
});

// ---- credentials -------------------------------------------------------------------

test('azure_ad_token: sent whole as Authorization: Bearer, no api-key', async () => {
  for (const model of ['gpt-4o-ad', 'gpt-4o-ad-and-key']) {
    const { data, response } = await client.chat.completions
      .create({ model, messages: [{ role: 'user', content: 'entra id' }] })
      .withResponse();
    keep(response);
    assert.equal(data.choices[0].message.content, 'echo: entra id');
    const rec = last();
    assertAzureRequest(rec, { key: null });
    assert.equal(rec.headers.authorization, `Bearer ${AD_TOKEN}`, `${model}: the whole token (${AD_TOKEN.length} chars)`);
    assert.equal(rec.headers['api-key'], undefined, `${model}: the token replaces the key`);
  }
  // Streamed too.
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o-ad', stream: true, messages: [{ role: 'user', content: 'entra stream' }] })
    .withResponse();
  keep(response);
  assert.equal((await collectChat(stream)).content, 'echo: entra stream');
  assert.equal(last().headers.authorization, `Bearer ${AD_TOKEN}`);
});

test('a refused Entra ID token: 401 with Azure front door message', async () => {
  await assert.rejects(client.chat.completions.create({ model: 'gpt-4o-ad-bad', messages: [{ role: 'user', content: 'x' }] }), (err) => {
    assert.equal(err.status, 401);
    assert.equal(err.code, '401');
    assert.ok(err.message.includes(TOKEN_REFUSED), err.message);
    keep({ headers: err.headers });
    return true;
  });
  assert.equal(last().headers.authorization, 'Bearer not-a-valid-token');
});

test('a wrong api-key: 401 in OpenAI shape', async () => {
  const r = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'gpt-4o-badkey', messages: [{ role: 'user', content: 'x' }] },
  });
  callIds.push(r.headers['x-litellm-call-id']);
  assert.equal(r.status, 401);
  assertOpenAIError(r.json);
  assert.equal(r.json.error.code, '401');
  assert.equal(r.json.error.type, 'invalid_request_error');
  assert.ok(r.json.error.message.includes(ACCESS_DENIED));
  assert.ok(!r.text.includes('wrong-key-000'), 'the upstream key is not echoed');
  assert.equal(last().headers['api-key'], 'wrong-key-000');
});

test('api_base, api_key from the environment; the default api-version', async () => {
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-env', messages: [{ role: 'user', content: 'from env' }] })
    .withResponse();
  keep(response);
  assert.equal(data.choices[0].message.content, 'echo: from env');
  assertAzureRequest(last(), { version: '2024-10-21' });
});

test('litellm_params sampling defaults fill in, the client wins', async () => {
  const { response } = await client.chat.completions
    .create({ model: 'gpt-4o-defaults', max_tokens: 9, messages: [{ role: 'user', content: 'd' }] })
    .withResponse();
  keep(response);
  assert.equal(last().body.temperature, 0.3);
  assert.equal(last().body.max_tokens, 9);
});

// ---- api-versions and address forms ----------------------------------------------

test('an api-version before 2024-08-01: no stream_options forced, the stream still works', async () => {
  const { data: stream, response } = await client.chat.completions
    .create({ model: 'gpt-4o-old', stream: true, messages: [{ role: 'user', content: 'old api' }] })
    .withResponse();
  keep(response);
  const { content, usage } = await collectChat(stream);
  assert.equal(content, 'echo: old api');
  assert.equal(usage, null);
  const rec = last();
  assertAzureRequest(rec, { version: '2024-02-01' });
  assert.ok(!('stream_options' in rec.body), 'Azure refuses stream_options on this api-version');
  // A client that asks for them anyway gets Azure's own refusal.
  await assert.rejects(
    client.chat.completions.create({
      model: 'gpt-4o-old',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'old api' }],
    }),
    (err) => {
      assert.equal(err.status, 400);
      assert.match(err.message, /Unrecognized request argument supplied: stream_options/);
      keep({ headers: err.headers });
      return true;
    },
  );
});

test('api_version v1: /openai/v1/chat/completions with the deployment as model', async () => {
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-v1', messages: [{ role: 'user', content: 'v1 api' }] })
    .withResponse();
  keep(response);
  assert.equal(data.choices[0].message.content, 'echo: v1 api');
  const rec = last();
  assert.equal(rec.path, '/openai/v1/chat/completions');
  assert.deepEqual(rec.query, {});
  assert.equal(rec.body.model, 'gpt-4o-prod');
  assert.equal(rec.headers['api-key'], UPSTREAM_KEY);
});

test('an api_base naming the deployment is used as it is', async () => {
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-fullbase', messages: [{ role: 'user', content: 'full base' }] })
    .withResponse();
  keep(response);
  assert.equal(data.choices[0].message.content, 'echo: full base');
  assert.equal(last().path, '/openai/deployments/gpt-4o-prod/chat/completions');
  assert.deepEqual(last().query, { 'api-version': API_VERSION });
});

// ---- errors ----------------------------------------------------------------------

test('DeploymentNotFound: 404 with Azure code', async () => {
  await assert.rejects(client.chat.completions.create({ model: 'ghost', messages: [{ role: 'user', content: 'x' }] }), (err) => {
    assert.equal(err.status, 404);
    assert.equal(err.code, 'DeploymentNotFound');
    assert.ok(err.message.includes(DEPLOYMENT_NOT_FOUND));
    keep({ headers: err.headers });
    return true;
  });
  assert.equal(last().path, '/openai/deployments/ghost-deployment/chat/completions');
});

test('429 keeps retry-after; 500 becomes 502; 503 stays 503', async () => {
  const r429 = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'fail-429', messages: [{ role: 'user', content: 'x' }] },
  });
  callIds.push(r429.headers['x-litellm-call-id']);
  assert.equal(r429.status, 429);
  assert.equal(r429.headers['retry-after'], '7');
  assertOpenAIError(r429.json);
  assert.equal(r429.json.error.code, '429');
  assert.match(r429.json.error.message, /exceeded token rate limit/);

  const r500 = await rawRequest(`${gw.url}/v1/chat/completions`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
    body: { model: 'fail-500', messages: [{ role: 'user', content: 'x' }] },
  });
  callIds.push(r500.headers['x-litellm-call-id']);
  assert.equal(r500.status, 502);
  assertOpenAIError(r500.json);
  assert.equal(r500.json.error.type, 'api_error');
  assert.equal(r500.json.error.code, 'InternalServerError');

  await assert.rejects(client.chat.completions.create({ model: 'fail-503', stream: true, messages: [{ role: 'user', content: 'x' }] }), (err) => {
    assert.equal(err.status, 503);
    assert.equal(err.code, 'ServiceUnavailable');
    keep({ headers: err.headers });
    return true;
  });
});

// ---- embeddings and completions ----------------------------------------------------

test('embeddings: float and base64, encoding_format passed through', async () => {
  const input = ['first text', 'second text'];
  const f = await client.embeddings.create({ model: 'embed', input, encoding_format: 'float' }).withResponse();
  keep(f.response);
  assert.equal(f.data.model, EMBEDDING_MODEL);
  assert.deepEqual(
    f.data.data.map((d) => d.embedding),
    input.map((x) => embeddingVector(x)),
  );
  let rec = last();
  assertAzureRequest(rec, { deployment: 'embed-prod', op: 'embeddings' });
  assert.equal(rec.body.encoding_format, 'float');
  assert.deepEqual(rec.body.input, input);
  assert.ok(f.data.usage.prompt_tokens > 0);

  const b = await client.embeddings.create({ model: 'embed', input: 'third', encoding_format: 'base64' }).withResponse();
  keep(b.response);
  assert.equal(b.data.data[0].embedding, embeddingToBase64(embeddingVector('third')));
  assert.equal(last().body.encoding_format, 'base64');

  // The SDK's default asks for base64 and decodes it itself.
  const d = await client.embeddings.create({ model: 'embed', input: 'fourth', dimensions: 4 }).withResponse();
  keep(d.response);
  assert.deepEqual(d.data.data[0].embedding, embeddingVector('fourth', 4));
  rec = last();
  assert.equal(rec.body.encoding_format, 'base64');
  assert.equal(rec.body.dimensions, 4);
});

test('legacy completions, whole and streamed', async () => {
  const w = await client.completions.create({ model: 'instruct', prompt: 'Say this' }).withResponse();
  keep(w.response);
  assert.equal(w.data.choices[0].text, 'echo: Say this');
  assert.equal(w.data.model, COMPLETION_MODEL);
  assert.ok(w.data.prompt_filter_results);
  assertAzureRequest(last(), { deployment: 'instruct-prod', op: 'completions' });

  const { data: stream, response } = await client.completions
    .create({ model: 'instruct', prompt: 'Stream this', stream: true, stream_options: { include_usage: true } })
    .withResponse();
  keep(response);
  let text = '';
  let usage = null;
  for await (const c of stream) {
    for (const ch of c.choices ?? []) text += ch.text ?? '';
    if (c.usage) usage = c.usage;
  }
  assert.equal(text, 'echo: Stream this');
  assert.ok(usage && usage.total_tokens > 0);
  assert.deepEqual(last().body.stream_options, { include_usage: true });
});

test('the fake Azure answers like Azure when the api-version or the key is missing', async () => {
  const body = { messages: [{ role: 'user', content: 'direct' }] };
  const path = '/openai/deployments/gpt-4o-prod/chat/completions';
  const noVersion = await rawRequest(`${up.origin}${path}`, { headers: { 'api-key': UPSTREAM_KEY }, body });
  assert.equal(noVersion.status, 404);
  assert.deepEqual(noVersion.json, { error: { code: '404', message: 'Resource not found' } });
  const noKey = await rawRequest(`${up.origin}${path}?api-version=${API_VERSION}`, { body });
  assert.equal(noKey.status, 401);
  assert.deepEqual(noKey.json, { error: { code: '401', message: ACCESS_DENIED } });
  const ok = await rawRequest(`${up.origin}${path}?api-version=${API_VERSION}`, { headers: { 'api-key': UPSTREAM_KEY }, body });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.choices[0].message.content, 'echo: direct');
  const wrongPath = await rawRequest(`${up.origin}/openai/deployment/gpt-4o-prod/chat/completions?api-version=${API_VERSION}`, {
    headers: { 'api-key': UPSTREAM_KEY },
    body,
  });
  assert.equal(wrongPath.status, 404);
});

test('logs: JSON lines, no keys, no Entra ID token, no user text', async () => {
  await assertLogHygiene(
    gw,
    callIds.filter((x) => x),
    { forbidden: [SECRET_TEXT, AD_TOKEN.slice(0, 60), 'wrong-key-000'] },
  );
});
