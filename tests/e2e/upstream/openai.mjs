// A fake OpenAI API server for end-to-end tests (node:http, no framework).
//
// It reproduces the wire format of api.openai.com for the endpoints the gateway
// relays: POST /v1/chat/completions (whole and SSE), POST /v1/completions (whole
// and SSE), POST /v1/embeddings (float and base64), GET /v1/models[/{id}].
//
// Answers are deterministic and derived from the request, so a test can assert
// that the gateway relayed them:
//   chat:        "echo: " + <text of the last user message>
//   completions: "echo: " + <prompt>
//   embeddings:  embeddingVector(<input item>, dims) (dimension 8 by default)
//
// Behaviours are keyed by the request's "model" value (so one upstream serves
// many cases): fail-500, fail-429, hang, slow-stream, die-midstream, bad-json.
// Tests may add or override behaviours with setBehaviour(model, behaviour).
//
// Every request is recorded in `requests` (method, path, headers, parsed JSON
// body, ...), including whether and when its connection closed and whether
// the response had been completely written by then (`aborted`).

import http from 'node:http';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { EventEmitter } from 'node:events';

export const SLOW_STREAM_CHUNKS = 20;
export const SLOW_STREAM_INTERVAL_MS = 200;
export const EMBEDDING_DIMS = 8;

export const ERROR_BODIES = {
  server_error: {
    error: {
      message: 'The server had an error while processing your request.',
      type: 'server_error',
      param: null,
      code: null,
    },
  },
};

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlnum(n) {
  const bytes = crypto.randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[bytes[i] % ALNUM.length];
  return s;
}

const nowSec = () => Math.floor(Date.now() / 1000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Text of a message `content` (string or array of content parts). */
export function messageText(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((p) => (typeof p === 'string' ? p : p && p.type === 'text' ? String(p.text ?? '') : ''))
      .join('');
  }
  return '';
}

/** The answer the fake gives to a chat request body. */
export function chatAnswer(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  let last = '';
  for (let i = msgs.length - 1; i >= 0; i--) {
    if (msgs[i] && msgs[i].role === 'user') {
      last = messageText(msgs[i].content);
      break;
    }
  }
  return 'echo: ' + last;
}

/** The answer the fake gives to a legacy completions prompt (a string). */
export function completionAnswer(prompt) {
  if (Array.isArray(prompt)) prompt = prompt.map(String).join('');
  return 'echo: ' + (prompt == null ? '' : String(prompt));
}

/** Content pieces streamed for model "slow-stream" (joined: "[0][1]...[19]"). */
export function slowStreamPieces(n = SLOW_STREAM_CHUNKS) {
  return Array.from({ length: n }, (_, i) => `[${i}]`);
}

/**
 * Deterministic embedding of one input item (string, or array of token ids).
 * Values are k/32768 with |k| <= 32768, hence exactly representable as float32,
 * so the float and the base64 (float32 LE) encodings decode to equal numbers.
 */
export function embeddingVector(input, dims = EMBEDDING_DIMS) {
  const key = typeof input === 'string' ? input : JSON.stringify(input);
  const out = [];
  let counter = 0;
  while (out.length < dims) {
    const h = crypto.createHash('sha256').update(`${counter++}\u0000${key}`).digest();
    for (let i = 0; i + 1 < h.length && out.length < dims; i += 2) {
      out.push((h.readUInt16LE(i) - 32768) / 32768);
    }
  }
  return out;
}

export function embeddingToBase64(vec) {
  const f = new Float32Array(vec);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}

/** Rough, deterministic token counts (about 4 characters a token). */
function countTokens(text) {
  return Math.max(1, Math.ceil(String(text).length / 4));
}

function promptTokensForChat(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  let n = 3;
  for (const m of msgs) n += 4 + countTokens(messageText(m?.content));
  return n;
}

/** Split content into several stream pieces: words with their trailing spaces. */
export function splitPieces(text) {
  const pieces = String(text).match(/\S+\s*|\s+/g) || [''];
  // "echo: hi" gives at least ["echo: ", "hi"]; make sure there are several chunks.
  if (pieces.length === 1 && pieces[0].length > 1) {
    const t = pieces[0];
    const mid = Math.ceil(t.length / 2);
    return [t.slice(0, mid), t.slice(mid)];
  }
  return pieces;
}

/** The usage numbers the fake reports for a (non-slow) chat answer to `body`. */
export function chatUsage(body, content = chatAnswer(body)) {
  const p = promptTokensForChat(body);
  const c = splitPieces(content).length;
  return { prompt_tokens: p, completion_tokens: c, total_tokens: p + c };
}

function usageObject(promptTokens, completionTokens) {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function openAIHeaders(extra = {}) {
  return {
    'x-request-id': 'req_' + crypto.randomBytes(16).toString('hex'),
    'openai-version': '2020-10-01',
    'openai-organization': 'user-fakeorg',
    'openai-processing-ms': '12',
    'x-ratelimit-limit-requests': '10000',
    'x-ratelimit-remaining-requests': '9999',
    'x-ratelimit-reset-requests': '6ms',
    'x-ratelimit-limit-tokens': '30000000',
    'x-ratelimit-remaining-tokens': '29999990',
    'x-ratelimit-reset-tokens': '0s',
    ...extra,
  };
}

function errorBody(message, type, param = null, code = null) {
  return { error: { message, type, param, code } };
}

function maskKey(key) {
  if (!key) return '';
  if (key.length <= 8) return '*'.repeat(key.length);
  return key.slice(0, 3) + '*'.repeat(Math.max(1, key.length - 7)) + key.slice(-4);
}

/**
 * Start the fake upstream.
 * apiKey: when given, every request must carry `Authorization: Bearer <apiKey>`.
 * gzip: compress whole JSON answers when the request accepts gzip (default true).
 * @param {{port?: number, host?: string, apiKey?: string, gzip?: boolean}} opts
 */
export async function startOpenAIUpstream({ port = 0, host = '127.0.0.1', apiKey, gzip = true } = {}) {
  const requests = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const sockets = new Set();
  const timers = new Set();
  const behaviours = new Map();
  let seq = 0;
  let closing = false;

  const later = (ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  // Whole JSON answers are gzip-compressed when the client accepts it, as
  // api.openai.com does; streams are not.
  function send(res, status, body, headers = {}) {
    if (res.destroyed || res.writableEnded) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    let payload = Buffer.from(text);
    const extra = {};
    const accept = String(res.req?.headers['accept-encoding'] ?? '');
    if (gzip && /\bgzip\b/i.test(accept) && payload.length > 0) {
      payload = zlib.gzipSync(payload);
      extra['content-encoding'] = 'gzip';
      extra['vary'] = 'Accept-Encoding';
    }
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': payload.length,
      ...extra,
      ...openAIHeaders(),
      ...headers,
    });
    res.end(payload);
  }

  function startSSE(res, headers = {}) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, must-revalidate',
      ...openAIHeaders(),
      ...headers,
    });
    res.flushHeaders();
  }

  const writeEvent = (res, obj) => {
    if (res.destroyed || res.writableEnded) return false;
    res.write('data: ' + (typeof obj === 'string' ? obj : JSON.stringify(obj)) + '\n\n');
    return true;
  };

  // ---- built-in behaviours (keyed by model) --------------------------------

  const builtin = {
    'fail-500': ({ res }) => send(res, 500, ERROR_BODIES.server_error),

    'fail-429': ({ res, body }) =>
      send(
        res,
        429,
        errorBody(
          `Rate limit reached for ${body?.model ?? 'model'} in organization org-fakeorg on requests per min (RPM): ` +
            'Limit 3, Used 3, Requested 1. Please try again in 1s. ' +
            'Visit https://platform.openai.com/account/rate-limits to learn more.',
          'requests',
          null,
          'rate_limit_exceeded',
        ),
        {
          'retry-after': '1',
          'retry-after-ms': '1000',
          'x-ratelimit-remaining-requests': '0',
          'x-ratelimit-reset-requests': '1s',
        },
      ),

    // Never answers; the socket stays open until the client goes away or close().
    hang: () => {},

    'bad-json': ({ res, body }) => {
      if (body?.stream === true) {
        startSSE(res);
        writeEvent(res, '{"id":"chatcmpl-broken","object":"chat.completion.chunk",');
        res.end();
        return;
      }
      send(res, 200, '{"id": "chatcmpl-broken", "object": "chat.completion", "choices": [{"index": 0, "mess');
    },

    'slow-stream': (ctx) => {
      const { stream } = ctx;
      const pieces = slowStreamPieces(SLOW_STREAM_CHUNKS);
      if (!stream) {
        // Whole answer after as long as the stream would take.
        return later(SLOW_STREAM_CHUNKS * SLOW_STREAM_INTERVAL_MS).then(() => normal(ctx, pieces.join('')));
      }
      return streamAnswer(ctx, pieces, () => SLOW_STREAM_INTERVAL_MS);
    },

    'die-midstream': ({ req, res, body, stream, path }) => {
      if (!stream) {
        const text = JSON.stringify(chatObject(body, 'echo: this answer is cut short'));
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...openAIHeaders(),
        });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        const t = setTimeout(() => {
          timers.delete(t);
          req.socket.destroy();
        }, 20);
        timers.add(t);
        return;
      }
      startSSE(res);
      const base = chunkBase(body);
      if (path === '/v1/completions') {
        writeEvent(res, completionChunk(base, 'echo: ', null));
        writeEvent(res, completionChunk(base, 'cut ', null));
      } else {
        writeEvent(res, chatChunk(base, { role: 'assistant', content: '', refusal: null }, null, body));
        writeEvent(res, chatChunk(base, { content: 'echo: ' }, null, body));
      }
      const t = setTimeout(() => {
        timers.delete(t);
        req.socket.destroy();
      }, 30);
      timers.add(t);
    },
  };

  // ---- object builders -------------------------------------------------------

  function chunkBase(body) {
    return {
      id: 'chatcmpl-' + randomAlnum(29),
      cmplId: 'cmpl-' + randomAlnum(29),
      created: nowSec(),
      model: body?.model,
      fingerprint: 'fp_' + crypto.randomBytes(5).toString('hex'),
    };
  }

  function chatObject(body, content, n = 1) {
    const base = chunkBase(body);
    const completionTokens = splitPieces(content).length;
    const promptTokens = promptTokensForChat(body);
    const choices = [];
    for (let i = 0; i < n; i++) {
      choices.push({
        index: i,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      });
    }
    return {
      id: base.id,
      object: 'chat.completion',
      created: base.created,
      model: body?.model,
      choices,
      usage: usageObject(promptTokens, completionTokens * n),
      service_tier: 'default',
      system_fingerprint: base.fingerprint,
    };
  }

  function chatChunk(base, delta, finishReason, body) {
    const o = {
      id: base.id,
      object: 'chat.completion.chunk',
      created: base.created,
      model: base.model,
      service_tier: 'default',
      system_fingerprint: base.fingerprint,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    };
    if (body?.stream_options?.include_usage === true) o.usage = null;
    // Like the real API, content deltas carry random "obfuscation" padding
    // unless stream_options.include_obfuscation is false.
    if (typeof delta.content === 'string' && delta.content !== '' && body?.stream_options?.include_obfuscation !== false) {
      o.obfuscation = randomAlnum(4 + (delta.content.length % 9));
    }
    return o;
  }

  function completionChunk(base, text, finishReason) {
    return {
      id: base.cmplId,
      object: 'text_completion',
      created: base.created,
      choices: [{ text, index: 0, logprobs: null, finish_reason: finishReason }],
      model: base.model,
      system_fingerprint: base.fingerprint,
    };
  }

  // Stream an answer split into `pieces`, waiting delayFn(i) ms before piece i.
  async function streamAnswer(ctx, pieces, delayFn) {
    const { res, body, path, rec } = ctx;
    const base = chunkBase(body);
    const isChat = path !== '/v1/completions';
    const includeUsage = body?.stream_options?.include_usage === true;
    startSSE(res);
    if (isChat) writeEvent(res, chatChunk(base, { role: 'assistant', content: '', refusal: null }, null, body));
    for (let i = 0; i < pieces.length; i++) {
      await later(delayFn(i));
      if (res.destroyed || closing) return;
      const ok = isChat
        ? writeEvent(res, chatChunk(base, { content: pieces[i] }, null, body))
        : writeEvent(res, completionChunk(base, pieces[i], null));
      if (!ok) return;
      rec.chunksSent = i + 1;
    }
    await later(delayFn(pieces.length));
    if (res.destroyed || closing) return;
    if (isChat) writeEvent(res, chatChunk(base, {}, 'stop', body));
    else writeEvent(res, completionChunk(base, '', 'stop'));
    if (includeUsage) {
      const promptTokens = isChat ? promptTokensForChat(body) : countTokens(completionAnswer(body?.prompt));
      const u = usageObject(promptTokens, pieces.length);
      if (isChat) {
        writeEvent(res, {
          id: base.id,
          object: 'chat.completion.chunk',
          created: base.created,
          model: base.model,
          service_tier: 'default',
          system_fingerprint: base.fingerprint,
          choices: [],
          usage: u,
        });
      } else {
        writeEvent(res, {
          id: base.cmplId,
          object: 'text_completion',
          created: base.created,
          choices: [],
          model: base.model,
          system_fingerprint: base.fingerprint,
          usage: { prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.total_tokens },
        });
      }
    }
    writeEvent(res, '[DONE]');
    res.end();
  }

  // Normal answer for any endpoint; `override` replaces the content.
  function normal(ctx, override) {
    const { res, body, path, stream } = ctx;
    if (path === '/v1/chat/completions') {
      const content = override ?? chatAnswer(body);
      if (stream) return streamAnswer(ctx, splitPieces(content), (i) => 5 + ((i * 7) % 16));
      const n = Number.isInteger(body?.n) && body.n > 0 ? Math.min(body.n, 8) : 1;
      return send(res, 200, chatObject(body, content, n));
    }
    if (path === '/v1/completions') {
      const prompts = Array.isArray(body?.prompt) && body.prompt.some((p) => typeof p === 'string' || Array.isArray(p))
        ? body.prompt
        : [body?.prompt];
      if (stream) {
        const content = override ?? completionAnswer(prompts[0]);
        return streamAnswer(ctx, splitPieces(content), (i) => 5 + ((i * 7) % 16));
      }
      const base = chunkBase(body);
      const choices = prompts.map((p, i) => ({
        text: override ?? completionAnswer(p),
        index: i,
        logprobs: null,
        finish_reason: 'stop',
      }));
      const pt = prompts.reduce((a, p) => a + countTokens(p ?? ''), 0);
      const ct = choices.reduce((a, c) => a + splitPieces(c.text).length, 0);
      return send(res, 200, {
        id: base.cmplId,
        object: 'text_completion',
        created: base.created,
        model: body?.model,
        system_fingerprint: base.fingerprint,
        choices,
        usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct },
      });
    }
    if (path === '/v1/embeddings') {
      const input = body?.input;
      let items;
      if (typeof input === 'string') items = [input];
      else if (Array.isArray(input) && input.length > 0 && input.every((x) => typeof x === 'number')) items = [input];
      else if (Array.isArray(input)) items = input;
      else items = [];
      const fmt = body?.encoding_format ?? 'float';
      const dims = Number.isInteger(body?.dimensions) && body.dimensions > 0 ? body.dimensions : EMBEDDING_DIMS;
      const data = items.map((item, index) => {
        const vec = embeddingVector(item, dims);
        return { object: 'embedding', index, embedding: fmt === 'base64' ? embeddingToBase64(vec) : vec };
      });
      const pt = items.reduce((a, x) => a + (typeof x === 'string' ? countTokens(x) : x.length), 0);
      return send(
        res,
        200,
        { object: 'list', data, model: body?.model, usage: { prompt_tokens: pt, total_tokens: pt } },
        { 'openai-model': String(body?.model ?? '') },
      );
    }
    return send(res, 404, errorBody(`Invalid URL (${ctx.req.method} ${ctx.req.url})`, 'invalid_request_error'));
  }

  // ---- validation (as OpenAI answers for malformed requests) ----------------

  function validate(path, body) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return errorBody(
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP " +
          'library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have ' +
          'trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)',
        'invalid_request_error',
      );
    }
    if (typeof body.model !== 'string' || body.model === '') {
      return errorBody(
        'you must provide a model parameter',
        'invalid_request_error',
        null,
        null,
      );
    }
    if (path === '/v1/chat/completions' && !Array.isArray(body.messages)) {
      return errorBody("Missing required parameter: 'messages'.", 'invalid_request_error', 'messages', 'missing_required_parameter');
    }
    if (path === '/v1/completions' && body.prompt === undefined) {
      return errorBody("Missing required parameter: 'prompt'.", 'invalid_request_error', 'prompt', 'missing_required_parameter');
    }
    if (path === '/v1/embeddings') {
      if (body.input === undefined) {
        return errorBody("Missing required parameter: 'input'.", 'invalid_request_error', 'input', 'missing_required_parameter');
      }
      if (body.encoding_format !== undefined && body.encoding_format !== 'float' && body.encoding_format !== 'base64') {
        return errorBody(
          `Invalid value for 'encoding_format': '${body.encoding_format}'. Supported values are: 'float' and 'base64'.`,
          'invalid_request_error',
          'encoding_format',
          'invalid_value',
        );
      }
    }
    return null;
  }

  // ---- request handling ------------------------------------------------------

  const MODELS = [
    { id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' },
    { id: 'gpt-4o', object: 'model', created: 1715367049, owned_by: 'system' },
    { id: 'gpt-3.5-turbo-instruct', object: 'model', created: 1692901427, owned_by: 'system' },
    { id: 'text-embedding-3-small', object: 'model', created: 1705948997, owned_by: 'system' },
  ];

  async function handle(req, res, rec) {
    const url = new URL(req.url, 'http://upstream');
    const path = url.pathname.replace(/\/+$/, '') || '/';

    // Authentication (before anything else, like OpenAI).
    if (apiKey !== undefined) {
      const auth = req.headers['authorization'];
      if (auth === undefined) {
        return send(
          res,
          401,
          errorBody(
            "You didn't provide an API key. You need to provide your API key in an Authorization header using " +
              'Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if ' +
              "you're accessing the API from your browser and are prompted for a username and password. You can " +
              'obtain an API key from https://platform.openai.com/account/api-keys.',
            'invalid_request_error',
          ),
        );
      }
      if (auth !== `Bearer ${apiKey}`) {
        const given = auth.startsWith('Bearer ') ? auth.slice(7) : auth;
        return send(
          res,
          401,
          errorBody(
            `Incorrect API key provided: ${maskKey(given)}. You can find your API key at ` +
              'https://platform.openai.com/account/api-keys.',
            'invalid_request_error',
            null,
            'invalid_api_key',
          ),
        );
      }
    }

    if (req.method === 'GET' && path === '/v1/models') {
      return send(res, 200, { object: 'list', data: MODELS });
    }
    if (req.method === 'GET' && path.startsWith('/v1/models/')) {
      const id = decodeURIComponent(path.slice('/v1/models/'.length));
      const m = MODELS.find((x) => x.id === id);
      if (m) return send(res, 200, m);
      return send(
        res,
        404,
        errorBody(`The model '${id}' does not exist`, 'invalid_request_error', 'model', 'model_not_found'),
      );
    }

    const known = ['/v1/chat/completions', '/v1/completions', '/v1/embeddings'];
    if (!known.includes(path)) {
      return send(res, 404, errorBody(`Invalid URL (${req.method} ${url.pathname})`, 'invalid_request_error'));
    }
    if (req.method !== 'POST') {
      return send(res, 405, errorBody(`Invalid method for URL (${req.method} ${url.pathname})`, 'invalid_request_error'));
    }

    const body = rec.body;
    const invalid = validate(path, body);
    if (invalid) return send(res, 400, invalid);

    const stream = body.stream === true && path !== '/v1/embeddings';
    const ctx = { req, res, body, path, stream, rec, send, startSSE, writeEvent, normal: (o) => normal(ctx, o) };

    const custom = behaviours.get(body.model);
    if (custom !== undefined) {
      if (typeof custom === 'function') return custom(ctx);
      if (typeof custom === 'string') {
        if (!builtin[custom]) throw new Error(`unknown built-in behaviour ${custom}`);
        return builtin[custom](ctx);
      }
      // { delayMs, status, body, headers, content }
      if (custom.delayMs) await later(custom.delayMs);
      if (res.destroyed || closing) return;
      if (custom.status !== undefined) return send(res, custom.status, custom.body ?? '', custom.headers ?? {});
      return normal(ctx, custom.content);
    }
    if (Object.prototype.hasOwnProperty.call(builtin, body.model)) return builtin[body.model](ctx);
    return normal(ctx);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    const rec = {
      seq: ++seq,
      method: req.method,
      url: req.url,
      path: new URL(req.url, 'http://upstream').pathname,
      headers: { ...req.headers },
      rawBody: null,
      body: null,
      model: undefined,
      receivedAt: Date.now(),
      closed: false,
      closedAt: null,
      aborted: false,
      chunksSent: 0,
    };
    res.on('close', () => {
      rec.closed = true;
      rec.closedAt = Date.now();
      rec.aborted = !res.writableFinished;
      events.emit('close', rec);
    });
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => {});
    req.on('end', () => {
      rec.rawBody = Buffer.concat(chunks);
      const text = rec.rawBody.toString('utf8');
      if (text.length > 0) {
        try {
          rec.body = JSON.parse(text);
        } catch {
          rec.body = undefined; // present but not JSON
        }
      }
      rec.model = rec.body && typeof rec.body === 'object' ? rec.body.model : undefined;
      requests.push(rec);
      events.emit('request', rec);
      Promise.resolve()
        .then(() => handle(req, res, rec))
        .catch((err) => {
          if (!res.headersSent) {
            send(res, 500, errorBody(`fake upstream error: ${err.message}`, 'server_error'));
          } else {
            res.destroy();
          }
        });
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  server.on('clientError', (err, sock) => {
    if (sock.writable) sock.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;

  /** Wait until a recorded request matches `pred` (already-recorded ones count). */
  function waitForRequest(pred, timeoutMs = 2000) {
    const found = requests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onReq = (rec) => {
        if (pred(rec)) {
          clearTimeout(t);
          events.off('request', onReq);
          resolve(rec);
        }
      };
      const t = setTimeout(() => {
        events.off('request', onReq);
        reject(new Error(`fake upstream: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('request', onReq);
    });
  }

  /** Wait until the connection of a recorded request closed. Resolves with rec. */
  function waitForClose(rec, timeoutMs = 2000) {
    if (rec.closed) return Promise.resolve(rec);
    return new Promise((resolve, reject) => {
      const onClose = (r) => {
        if (r === rec) {
          clearTimeout(t);
          events.off('close', onClose);
          resolve(rec);
        }
      };
      const t = setTimeout(() => {
        events.off('close', onClose);
        reject(new Error(`fake upstream: request #${rec.seq} (${rec.model}) still open after ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('close', onClose);
    });
  }

  /**
   * setBehaviour(model, behaviour) or setBehaviour({model: behaviour, ...}).
   * behaviour: the name of a built-in one ('fail-500', 'fail-429', 'hang',
   * 'slow-stream', 'die-midstream', 'bad-json'); an object
   * {delayMs?, status?, body?, headers?, content?} (status given: answer that
   * status/body; else the normal answer, with `content` replacing the text);
   * a function (ctx) => void that answers on ctx.res itself; or null to remove.
   */
  function setBehaviour(model, behaviour) {
    if (model && typeof model === 'object') {
      for (const [k, v] of Object.entries(model)) setBehaviour(k, v);
      return;
    }
    if (behaviour === null || behaviour === undefined) behaviours.delete(model);
    else behaviours.set(model, behaviour);
  }

  async function close() {
    closing = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    const done = new Promise((r) => server.close(() => r()));
    for (const s of sockets) s.destroy();
    await done;
  }

  return {
    port: actualPort,
    url: `http://${host}:${actualPort}/v1`,
    origin: `http://${host}:${actualPort}`,
    requests,
    events,
    setBehaviour,
    waitForRequest,
    waitForClose,
    clearRequests: () => {
      requests.length = 0;
    },
    close,
  };
}

export { sleep };
