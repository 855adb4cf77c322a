// A fake Azure OpenAI resource for end-to-end tests (node:http, no framework).
//
// It reproduces Azure OpenAI's data-plane REST API for what the gateway relays:
//   POST /openai/deployments/{deployment}/chat/completions?api-version=...
//   POST /openai/deployments/{deployment}/completions?api-version=...
//   POST /openai/deployments/{deployment}/embeddings?api-version=...
//   POST /openai/v1/{chat/completions|completions|embeddings}   (the v1 API:
//        deployment in the body's "model", api-version optional)
// and Azure's answers to mistakes, checked in Azure's order:
//   unknown path, or no api-version on a deployment path  404 {"error":{"code":"404","message":"Resource not found"}}
//   no or wrong `api-key`                                  401 {"error":{"code":"401","message":"Access denied due to invalid subscription key ..."}}
//   wrong `Authorization: Bearer` (Entra ID) token         401 {"statusCode":401,"message":"Unauthorized. Access token is missing, ..."}
//   unknown deployment                                     404 {"error":{"code":"DeploymentNotFound",...}}
//   stream_options on an api-version before 2024-08-01    400 "Unrecognized request argument supplied: stream_options"
//
// Answers carry Azure's content-safety fields: `prompt_filter_results` on
// responses (and alone, in a first chunk with empty `choices`, empty id, model
// and object, on streams), `content_filter_results` on every choice.
//
// Answers are derived from the request:
//   chat         "echo: " + text of the last user message (+ " [N image(s)]" when it has image parts)
//   tools        when the request has `tools` and the last message is the user's: a call of the
//                first tool with arguments {"query": <last user text>} (finish_reason "tool_calls");
//                after a tool result: "echo tool: " + its content
//   completions  "echo: " + prompt
//   embeddings   embeddingVector(input) from upstream/openai.mjs, float or base64
// Content filters, triggered by the last user text:
//   "[hate]"            400 content_filter (prompt filtered: hate high, jailbreak detected)
//   "[violent-answer]"  200 with finish_reason "content_filter" (violence medium), streamed too
// Behaviours keyed by deployment name: fail-500, fail-429 (retry-after: 7),
// fail-503; deployments whose name starts with "ghost" do not exist.
// setBehaviour(deployment, {status, body, headers} | fn(ctx) | null) adds more.
//
// Every request is recorded in `requests`: method, url, path, query (object),
// headers, rawBody, body (parsed JSON or undefined), deployment, apiVersion.

import http from 'node:http';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { embeddingVector, embeddingToBase64, messageText, splitPieces } from './openai.mjs';

export const CHAT_MODEL = 'gpt-4o-2024-08-06';
export const COMPLETION_MODEL = 'gpt-35-turbo-instruct';
export const EMBEDDING_MODEL = 'text-embedding-3-small';
export const EMBEDDING_DIMS = 8;

export const ACCESS_DENIED =
  'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key ' +
  'for an active subscription and use a correct regional API endpoint for your resource.';
export const TOKEN_REFUSED =
  'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.';
export const DEPLOYMENT_NOT_FOUND =
  'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, ' +
  'please wait a moment and try again.';
export const PROMPT_FILTERED =
  "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify " +
  'your prompt and retry. To learn more about our content filtering policies please read our documentation: ' +
  'https://go.microsoft.com/fwlink/?linkid=2198766';

const SAFE = { filtered: false, severity: 'safe' };
const SAFE_OUTPUT = { hate: SAFE, self_harm: SAFE, sexual: SAFE, violence: SAFE };
const SAFE_PROMPT = { hate: SAFE, jailbreak: { filtered: false, detected: false }, self_harm: SAFE, sexual: SAFE, violence: SAFE };
const VIOLENT_OUTPUT = { hate: SAFE, self_harm: SAFE, sexual: SAFE, violence: { filtered: true, severity: 'medium' } };

const nowSec = () => Math.floor(Date.now() / 1000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function azureError(code, message) {
  return { error: { code, message } };
}

/** Whether a dated api-version predates stream_options (2024-08-01-preview). */
export function predatesStreamOptions(v) {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v ?? '');
  return m !== null && m[1] < '2024-08-01';
}

function lastUser(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]?.role === 'user') return msgs[i];
  return null;
}

function imageCount(content) {
  return Array.isArray(content) ? content.filter((p) => p && p.type === 'image_url').length : 0;
}

/** The answer to a chat request: {content} or {toolCall: {name, arguments}}. */
export function azureChatAnswer(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  const last = msgs[msgs.length - 1];
  if (last?.role === 'tool') return { content: 'echo tool: ' + messageText(last.content) };
  const user = lastUser(body);
  const text = messageText(user?.content);
  const tools = Array.isArray(body?.tools) ? body.tools : [];
  if (tools.length > 0 && body.tool_choice !== 'none' && last?.role === 'user') {
    return { toolCall: { name: tools[0]?.function?.name ?? 'tool', arguments: JSON.stringify({ query: text }) } };
  }
  const n = imageCount(user?.content);
  return { content: 'echo: ' + text + (n ? ` [${n} image${n > 1 ? 's' : ''}]` : '') };
}

function countTokens(text) {
  return Math.max(1, Math.ceil(String(text).length / 4));
}

/** Usage the fake reports for a chat request and its answer. */
export function azureChatUsage(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  let p = 3;
  for (const m of msgs) p += 4 + countTokens(messageText(m?.content));
  const a = azureChatAnswer(body);
  const c = a.toolCall ? countTokens(a.toolCall.arguments) : splitPieces(a.content).length;
  return { prompt_tokens: p, completion_tokens: c, total_tokens: p + c };
}

function usageObject(u) {
  return {
    completion_tokens: u.completion_tokens,
    completion_tokens_details: { accepted_prediction_tokens: 0, audio_tokens: 0, reasoning_tokens: 0, rejected_prediction_tokens: 0 },
    prompt_tokens: u.prompt_tokens,
    prompt_tokens_details: { audio_tokens: 0, cached_tokens: 0 },
    total_tokens: u.total_tokens,
  };
}

function azureHeaders(deployment, extra = {}) {
  return {
    'apim-request-id': crypto.randomUUID(),
    'x-request-id': crypto.randomUUID(),
    'x-ms-region': 'Sweden Central',
    'x-ms-rai-invoked': 'true',
    'x-ms-deployment-name': deployment ?? '',
    'x-ratelimit-remaining-requests': '99',
    'x-ratelimit-limit-requests': '100',
    'x-ratelimit-remaining-tokens': '99000',
    'x-ratelimit-limit-tokens': '100000',
    'azureml-model-session': 'd001-20241001123456',
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=31536000; includeSubDomains; preload',
    ...extra,
  };
}

/**
 * Start the fake Azure OpenAI resource.
 * apiKey: the key `api-key` must carry. adToken: the Entra ID token accepted
 * as `Authorization: Bearer`.
 * @param {{port?: number, host?: string, apiKey: string, adToken?: string}} opts
 */
export async function startAzureUpstream({ port = 0, host = '127.0.0.1', apiKey, adToken } = {}) {
  const requests = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const sockets = new Set();
  const behaviours = new Map();
  let seq = 0;

  function send(res, status, body, headers = {}, deployment) {
    if (res.destroyed || res.writableEnded) return;
    const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': payload.length,
      ...azureHeaders(deployment),
      ...headers,
    });
    res.end(payload);
  }

  function startSSE(res, deployment) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, must-revalidate',
      ...azureHeaders(deployment),
    });
    res.flushHeaders();
  }

  const writeEvent = (res, obj) => {
    if (res.destroyed || res.writableEnded) return false;
    res.write('data: ' + (typeof obj === 'string' ? obj : JSON.stringify(obj)) + '\n\n');
    return true;
  };

  const builtin = {
    'fail-500': ({ res, deployment }) =>
      send(res, 500, azureError('InternalServerError', 'The server had an error while processing your request. Sorry about that!'), {}, deployment),
    'fail-503': ({ res, deployment }) =>
      send(res, 503, azureError('ServiceUnavailable', 'The service is temporarily unable to process your request. Please try again later.'), {}, deployment),
    'fail-429': ({ res, deployment, apiVersion }) =>
      send(
        res,
        429,
        azureError(
          '429',
          `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${apiVersion} have exceeded ` +
            'token rate limit of your current OpenAI S0 pricing tier. Please retry after 7 seconds. Please go here: ' +
            'https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.',
        ),
        { 'retry-after': '7', 'retry-after-ms': '7000', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-remaining-tokens': '0' },
        deployment,
      ),
  };

  // ---- answers ---------------------------------------------------------------

  function promptFilterResults() {
    return [{ prompt_index: 0, content_filter_results: SAFE_PROMPT }];
  }

  function chat(ctx) {
    const { res, body, stream, deployment } = ctx;
    const text = messageText(lastUser(body)?.content);
    if (text.includes('[hate]')) {
      return send(
        res,
        400,
        {
          error: {
            message: PROMPT_FILTERED,
            type: null,
            param: 'prompt',
            code: 'content_filter',
            status: 400,
            innererror: {
              code: 'ResponsibleAIPolicyViolation',
              content_filter_result: {
                hate: { filtered: true, severity: 'high' },
                jailbreak: { filtered: true, detected: true },
                self_harm: SAFE,
                sexual: SAFE,
                violence: SAFE,
              },
            },
          },
        },
        {},
        deployment,
      );
    }
    const violent = text.includes('[violent-answer]');
    const answer = azureChatAnswer(body);
    const usage = azureChatUsage(body);
    const id = 'chatcmpl-' + crypto.randomBytes(15).toString('base64url').slice(0, 29);
    const created = nowSec();
    const fingerprint = 'fp_' + crypto.randomBytes(5).toString('hex');
    const finish = violent ? 'content_filter' : answer.toolCall ? 'tool_calls' : 'stop';
    const callId = 'call_' + crypto.createHash('sha256').update(JSON.stringify(body.messages)).digest('hex').slice(0, 24);
    if (!stream) {
      const message = { annotations: [], content: answer.content ?? null, refusal: null, role: 'assistant' };
      if (violent) message.content = null;
      if (answer.toolCall) {
        message.tool_calls = [{ function: { arguments: answer.toolCall.arguments, name: answer.toolCall.name }, id: callId, type: 'function' }];
      }
      return send(
        res,
        200,
        {
          choices: [
            {
              content_filter_results: violent ? VIOLENT_OUTPUT : answer.toolCall ? {} : SAFE_OUTPUT,
              finish_reason: finish,
              index: 0,
              logprobs: null,
              message,
            },
          ],
          created,
          id,
          model: CHAT_MODEL,
          object: 'chat.completion',
          prompt_filter_results: promptFilterResults(),
          system_fingerprint: fingerprint,
          usage: usageObject(usage),
        },
        {},
        deployment,
      );
    }
    return streamChat(ctx, { answer, usage, id, created, fingerprint, finish, callId, violent });
  }

  async function streamChat(ctx, a) {
    const { res, body, deployment, rec } = ctx;
    const includeUsage = body?.stream_options?.include_usage === true;
    const chunk = (choice) => {
      const o = {
        choices: [{ content_filter_results: {}, delta: {}, finish_reason: null, index: 0, logprobs: null, ...choice }],
        created: a.created,
        id: a.id,
        model: CHAT_MODEL,
        object: 'chat.completion.chunk',
        system_fingerprint: a.fingerprint,
      };
      if (includeUsage) o.usage = null;
      return o;
    };
    startSSE(res, deployment);
    // Azure's first event: the prompt's filter results alone.
    writeEvent(res, { choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: promptFilterResults() });
    await sleep(3);
    writeEvent(res, chunk({ delta: { content: '', refusal: null, role: 'assistant' } }));
    if (a.answer.toolCall) {
      const args = a.answer.toolCall.arguments;
      writeEvent(
        res,
        chunk({ delta: { tool_calls: [{ function: { arguments: '', name: a.answer.toolCall.name }, id: a.callId, index: 0, type: 'function' }] } }),
      );
      for (let i = 0; i < args.length; i += 5) {
        await sleep(2);
        if (!writeEvent(res, chunk({ delta: { tool_calls: [{ function: { arguments: args.slice(i, i + 5) }, index: 0 }] } }))) return;
        rec.chunksSent++;
      }
    } else {
      const pieces = splitPieces(a.answer.content);
      for (const [i, p] of pieces.entries()) {
        await sleep(2);
        const filtered = a.violent && i === pieces.length - 1;
        if (!writeEvent(res, chunk({ content_filter_results: filtered ? VIOLENT_OUTPUT : SAFE_OUTPUT, delta: { content: p } }))) return;
        rec.chunksSent++;
      }
    }
    await sleep(2);
    writeEvent(res, chunk({ content_filter_results: a.violent ? VIOLENT_OUTPUT : {}, finish_reason: a.finish }));
    if (includeUsage) {
      writeEvent(res, {
        choices: [],
        created: a.created,
        id: a.id,
        model: CHAT_MODEL,
        object: 'chat.completion.chunk',
        system_fingerprint: a.fingerprint,
        usage: usageObject(a.usage),
      });
    }
    writeEvent(res, '[DONE]');
    res.end();
  }

  async function completion(ctx) {
    const { res, body, stream, deployment, rec } = ctx;
    const prompt = Array.isArray(body.prompt) ? body.prompt.map(String).join('') : String(body.prompt);
    const text = 'echo: ' + prompt;
    const id = 'cmpl-' + crypto.randomBytes(15).toString('base64url').slice(0, 29);
    const created = nowSec();
    const pt = countTokens(prompt);
    const ct = splitPieces(text).length;
    if (!stream) {
      return send(
        res,
        200,
        {
          choices: [{ content_filter_results: SAFE_OUTPUT, finish_reason: 'stop', index: 0, logprobs: null, text }],
          created,
          id,
          model: COMPLETION_MODEL,
          object: 'text_completion',
          prompt_filter_results: promptFilterResults(),
          usage: { completion_tokens: ct, prompt_tokens: pt, total_tokens: pt + ct },
        },
        {},
        deployment,
      );
    }
    const includeUsage = body?.stream_options?.include_usage === true;
    const chunk = (t, finish) => ({
      choices: [{ content_filter_results: finish ? {} : SAFE_OUTPUT, finish_reason: finish, index: 0, logprobs: null, text: t }],
      created,
      id,
      model: COMPLETION_MODEL,
      object: 'text_completion',
    });
    startSSE(res, deployment);
    writeEvent(res, { choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: promptFilterResults() });
    for (const p of splitPieces(text)) {
      await sleep(2);
      if (!writeEvent(res, chunk(p, null))) return;
      rec.chunksSent++;
    }
    writeEvent(res, chunk('', 'stop'));
    if (includeUsage) {
      writeEvent(res, { choices: [], created, id, model: COMPLETION_MODEL, object: 'text_completion', usage: { completion_tokens: ct, prompt_tokens: pt, total_tokens: pt + ct } });
    }
    writeEvent(res, '[DONE]');
    res.end();
  }

  function embeddings(ctx) {
    const { res, body, deployment } = ctx;
    const input = body.input;
    let items;
    if (typeof input === 'string') items = [input];
    else if (Array.isArray(input) && input.length > 0 && input.every((x) => typeof x === 'number')) items = [input];
    else if (Array.isArray(input)) items = input;
    else items = [];
    const fmt = body.encoding_format ?? 'float';
    if (fmt !== 'float' && fmt !== 'base64') {
      return send(
        res,
        400,
        { error: { message: `'${fmt}' is not one of ['float', 'base64'] - 'encoding_format'`, type: 'invalid_request_error', param: null, code: null } },
        {},
        deployment,
      );
    }
    const dims = Number.isInteger(body.dimensions) && body.dimensions > 0 ? body.dimensions : EMBEDDING_DIMS;
    const data = items.map((item, index) => {
      const vec = embeddingVector(item, dims);
      return { embedding: fmt === 'base64' ? embeddingToBase64(vec) : vec, index, object: 'embedding' };
    });
    const pt = items.reduce((a, x) => a + (typeof x === 'string' ? countTokens(x) : x.length), 0);
    return send(res, 200, { data, model: EMBEDDING_MODEL, object: 'list', usage: { prompt_tokens: pt, total_tokens: pt } }, {}, deployment);
  }

  // ---- request handling --------------------------------------------------------

  const OPS = ['chat/completions', 'completions', 'embeddings'];

  async function handle(req, res, rec) {
    const url = new URL(req.url, 'http://upstream');
    const path = url.pathname;
    const dm = /^\/openai\/deployments\/([^/]+)\/(.+)$/.exec(path);
    const vm = /^\/openai\/v1\/(.+)$/.exec(path);
    const op = dm ? dm[2] : vm ? vm[1] : null;
    const notFound = () => send(res, 404, azureError('404', 'Resource not found'));

    if (!op || !OPS.includes(op) || req.method !== 'POST') return notFound();
    if (dm && !rec.apiVersion) return notFound();
    if (rec.apiVersion && !/^(\d{4}-\d{2}-\d{2}(-preview)?|preview|latest)$/.test(rec.apiVersion)) return notFound();

    // Authentication: a key in api-key, or an Entra ID token as a bearer.
    const key = req.headers['api-key'];
    const auth = req.headers['authorization'];
    if (key !== undefined) {
      if (key !== apiKey) return send(res, 401, azureError('401', ACCESS_DENIED));
    } else if (auth !== undefined) {
      if (!adToken || auth !== `Bearer ${adToken}`) return send(res, 401, { statusCode: 401, message: TOKEN_REFUSED });
    } else {
      return send(res, 401, azureError('401', ACCESS_DENIED));
    }

    const body = rec.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return send(res, 400, {
        error: {
          message: "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      });
    }
    const deployment = dm ? decodeURIComponent(dm[1]) : body.model;
    rec.deployment = deployment;
    if (typeof deployment !== 'string' || deployment === '' || deployment.startsWith('ghost')) {
      return send(res, 404, azureError('DeploymentNotFound', DEPLOYMENT_NOT_FOUND));
    }
    if (body.stream_options !== undefined && predatesStreamOptions(rec.apiVersion)) {
      return send(
        res,
        400,
        { error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error', param: null, code: null } },
        {},
        deployment,
      );
    }
    if (op === 'chat/completions' && !Array.isArray(body.messages)) {
      return send(res, 400, { error: { message: "'messages' is a required property", type: 'invalid_request_error', param: null, code: null } }, {}, deployment);
    }
    if (op === 'completions' && body.prompt === undefined) {
      return send(res, 400, { error: { message: "'prompt' is a required property", type: 'invalid_request_error', param: null, code: null } }, {}, deployment);
    }
    if (op === 'embeddings' && body.input === undefined) {
      return send(res, 400, { error: { message: "'input' is a required property", type: 'invalid_request_error', param: null, code: null } }, {}, deployment);
    }

    const stream = body.stream === true && op !== 'embeddings';
    const ctx = { req, res, body, op, stream, rec, deployment, apiVersion: rec.apiVersion, send, startSSE, writeEvent };
    const custom = behaviours.get(deployment) ?? builtin[deployment];
    if (typeof custom === 'function') return custom(ctx);
    if (custom) return send(res, custom.status, custom.body ?? '', custom.headers ?? {}, deployment);
    if (op === 'chat/completions') return chat(ctx);
    if (op === 'completions') return completion(ctx);
    return embeddings(ctx);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    const url = new URL(req.url, 'http://upstream');
    const rec = {
      seq: ++seq,
      method: req.method,
      url: req.url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      apiVersion: url.searchParams.get('api-version'),
      headers: { ...req.headers },
      rawBody: null,
      body: null,
      deployment: undefined,
      chunksSent: 0,
    };
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => {});
    req.on('end', () => {
      rec.rawBody = Buffer.concat(chunks);
      try {
        rec.body = JSON.parse(rec.rawBody.toString('utf8'));
      } catch {
        rec.body = undefined;
      }
      requests.push(rec);
      events.emit('request', rec);
      Promise.resolve()
        .then(() => handle(req, res, rec))
        .catch((err) => {
          if (!res.headersSent) send(res, 500, azureError('InternalServerError', `fake upstream error: ${err.message}`));
          else res.destroy();
        });
    });
  });
  server.on('connection', (sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;

  function waitForRequest(pred, timeoutMs = 2000) {
    const found = requests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onReq = (r) => {
        if (pred(r)) {
          clearTimeout(t);
          events.off('request', onReq);
          resolve(r);
        }
      };
      const t = setTimeout(() => {
        events.off('request', onReq);
        reject(new Error(`fake Azure upstream: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('request', onReq);
    });
  }

  function setBehaviour(deployment, behaviour) {
    if (behaviour === null || behaviour === undefined) behaviours.delete(deployment);
    else behaviours.set(deployment, behaviour);
  }

  async function close() {
    const done = new Promise((r) => server.close(() => r()));
    for (const s of sockets) s.destroy();
    await done;
  }

  return {
    port: actualPort,
    origin: `http://${host}:${actualPort}`,
    requests,
    setBehaviour,
    waitForRequest,
    clearRequests: () => {
      requests.length = 0;
    },
    close,
  };
}
