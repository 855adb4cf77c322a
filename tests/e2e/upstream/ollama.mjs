// A fake Ollama server for end-to-end tests (node:http, no framework).
//
// It reproduces Ollama's native API (docs/api.md of ollama/ollama) for what
// the gateway's ollama/ and ollama_chat/ providers use:
//   POST /api/chat      {model, messages, tools?, format?, options?, stream?, keep_alive?, think?}
//   POST /api/generate  {model, prompt, suffix?, images?, format?, options?, stream?, ...}
//   POST /api/embed     {model, input: string | string[], truncate?, dimensions?, ...}
//   GET  /api/tags, GET /api/version, GET / ("Ollama is running")
//
// Like Ollama: "stream" defaults to TRUE; streams are NDJSON (one JSON object
// a line, content-type application/x-ndjson, chunked), written piece by piece
// with small delays; the last line has "done": true, "done_reason" and the
// counts; whole answers are application/json; charset=utf-8; errors are
// {"error": "<text>"} (404 for an unknown model, 400 for a bad request, 500
// for a failing runner); an unknown path is Gin's text/plain "404 page not
// found". Ollama itself has no keys; with `apiKey` the fake acts like a proxy
// in front of it (or ollama.com) and answers 401 {"error": "unauthorized"}.
//
// The request is checked as Ollama's Go types would decode it: images must
// be base64, tool_calls[].function.arguments an object, options.stop a list
// of strings, options.num_predict an integer, "stream" a boolean.
//
// Answers are derived from the request:
//   chat:     "echo: " + <last user message content> (+ " [N image(s)]")
//   generate: "echo: " + <prompt>
//   embed:    embeddingFor(<input item>) (EMBED_DIMS float64 values that are
//             NOT exact in float32, so a base64 relay shows its precision)
// options.num_predict cuts the answer to that many pieces (done_reason
// "length"). Token counts: prompt_eval_count = ceil(chars / 4) of the
// prompt text, eval_count = number of pieces.
//
// Behaviours by model name: "missing" (404 model not found), "fail-500",
// "busy" (503), "tool" (answers with a call of the first tool given),
// "think" (adds "thinking"), "error-midstream" (two pieces, then an
// {"error"} line), "die-midstream" (two pieces, then the socket is
// destroyed), "slow" (pieces 200 ms apart); setBehaviour(model, fn) adds more.
//
// Every request is recorded in `requests`: method, path, query, headers,
// rawBody, parsed body, and whether its connection closed early.

import http from 'node:http';
import { EventEmitter } from 'node:events';

export const EMBED_DIMS = 8;
export const PIECE_DELAY_MS = 15;
export const SLOW_DELAY_MS = 200;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Text of an Ollama message content (always a string in Ollama's API). */
function textOf(content) {
  return typeof content === 'string' ? content : '';
}

/** The chat answer for an /api/chat body. */
export function chatAnswer(body) {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m && m.role === 'user') {
      const n = Array.isArray(m.images) ? m.images.length : 0;
      return 'echo: ' + textOf(m.content) + (n ? ` [${n} image${n > 1 ? 's' : ''}]` : '');
    }
  }
  return 'echo: ';
}

export function generateAnswer(body) {
  return 'echo: ' + (typeof body?.prompt === 'string' ? body.prompt : '');
}

/** Pieces a text is streamed in: words with their trailing spaces. */
export function splitPieces(text) {
  const pieces = String(text).match(/\S+\s*|\s+/g) || [''];
  if (pieces.length === 1 && pieces[0].length > 1) {
    const t = pieces[0];
    const mid = Math.ceil(t.length / 2);
    return [t.slice(0, mid), t.slice(mid)];
  }
  return pieces;
}

export function countTokens(text) {
  return Math.max(1, Math.ceil(String(text).length / 4));
}

/** Deterministic float64 embedding of one input: values in (-1, 1), not float32-exact. */
export function embeddingFor(input, dims = EMBED_DIMS) {
  const s = typeof input === 'string' ? input : JSON.stringify(input);
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  const out = [];
  for (let i = 0; i < dims; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 3266489917) >>> 0;
    out.push(Math.sin(h + i) * 0.987654321012345);
  }
  return out;
}

/** The prompt text the counts are computed from. */
function promptText(path, body) {
  if (path === '/api/generate') return String(body.prompt ?? '') + String(body.system ?? '');
  return (Array.isArray(body.messages) ? body.messages : []).map((m) => textOf(m?.content)).join('');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isoNow() {
  return new Date().toISOString().replace('Z', '123Z');
}

function stats(promptTokens, evalCount) {
  return {
    total_duration: 4883583458,
    load_duration: 1334875,
    prompt_eval_count: promptTokens,
    prompt_eval_duration: 342546000,
    eval_count: evalCount,
    eval_duration: 4535599000,
  };
}

/**
 * Start the fake Ollama. apiKey: when given, require `Authorization: Bearer <apiKey>`.
 * @param {{port?: number, host?: string, apiKey?: string}} opts
 */
export async function startOllamaUpstream({ port = 0, host = '127.0.0.1', apiKey } = {}) {
  const requests = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const sockets = new Set();
  const behaviours = new Map();
  let seq = 0;
  let closing = false;

  function sendJSON(res, status, obj) {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(obj);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      Date: new Date().toUTCString(),
    });
    res.end(text);
  }

  function sendText(res, status, text) {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  const err = (res, status, message) => sendJSON(res, status, { error: message });

  function startNDJSON(res) {
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson', Date: new Date().toUTCString() });
    res.flushHeaders();
  }

  /** One NDJSON line; resolves after the delay (false when the client went away). */
  async function writeLine(res, obj, delayMs = PIECE_DELAY_MS) {
    if (res.destroyed || closing) return false;
    res.write(JSON.stringify(obj) + '\n');
    if (delayMs) await sleep(delayMs);
    return !res.destroyed && !closing;
  }

  // ---- validation, as Ollama's Go decoding would answer ------------------

  function validate(path, body) {
    if (body === undefined) return 'invalid character \'o\' looking for beginning of value';
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'missing request body';
    if (typeof body.model !== 'string' || body.model === '') return 'model is required';
    if (body.stream !== undefined && typeof body.stream !== 'boolean') {
      return 'json: cannot unmarshal ' + typeof body.stream + ' into Go struct field .stream of type bool';
    }
    if (body.options !== undefined) {
      if (typeof body.options !== 'object' || body.options === null || Array.isArray(body.options)) {
        return 'json: cannot unmarshal options into Go struct field .options of type map[string]interface {}';
      }
      const o = body.options;
      if (o.stop !== undefined && !(Array.isArray(o.stop) && o.stop.every((s) => typeof s === 'string'))) {
        return 'option "stop" must be of type array';
      }
      for (const k of ['num_predict', 'num_ctx', 'seed', 'top_k']) {
        if (o[k] !== undefined && !Number.isInteger(o[k])) return `option "${k}" must be of type integer`;
      }
      for (const k of ['temperature', 'top_p', 'frequency_penalty', 'presence_penalty']) {
        if (o[k] !== undefined && typeof o[k] !== 'number') return `option "${k}" must be of type float`;
      }
    }
    if (path === '/api/chat') {
      if (body.messages !== undefined && !Array.isArray(body.messages)) {
        return 'json: cannot unmarshal object into Go struct field ChatRequest.messages of type []api.Message';
      }
      for (const m of body.messages ?? []) {
        if (!m || typeof m.role !== 'string') return 'invalid message: role is required';
        if (m.content !== undefined && typeof m.content !== 'string') {
          return 'json: cannot unmarshal array into Go struct field Message.messages.content of type string';
        }
        for (const img of m.images ?? []) {
          if (typeof img !== 'string' || !BASE64.test(img)) return 'illegal base64 data at input byte 4';
        }
        for (const tc of m.tool_calls ?? []) {
          const a = tc?.function?.arguments;
          if (a === null || typeof a !== 'object' || Array.isArray(a)) {
            return 'json: cannot unmarshal string into Go struct field ToolCallFunction.messages.tool_calls.function.arguments of type api.ToolCallFunctionArguments';
          }
        }
      }
      if (body.tools !== undefined && !Array.isArray(body.tools)) return 'invalid tools';
    }
    if (path === '/api/generate') {
      if (body.prompt !== undefined && typeof body.prompt !== 'string') {
        return 'json: cannot unmarshal array into Go struct field GenerateRequest.prompt of type string';
      }
      for (const img of body.images ?? []) {
        if (typeof img !== 'string' || !BASE64.test(img)) return 'illegal base64 data at input byte 4';
      }
    }
    if (path === '/api/embed') {
      const inp = body.input;
      const ok = typeof inp === 'string' || (Array.isArray(inp) && inp.every((x) => typeof x === 'string'));
      if (!ok) return 'invalid input type';
    }
    return null;
  }

  // ---- answers ---------------------------------------------------------------

  async function answer(ctx) {
    const { req, res, body, path } = ctx;
    const model = body.model;
    const stream = body.stream !== false; // Ollama's default is to stream
    const slow = model === 'slow';
    const delay = slow ? SLOW_DELAY_MS : PIECE_DELAY_MS;

    if (model === 'missing') return err(res, 404, `model '${model}' not found`);
    if (model === 'fail-500') return err(res, 500, 'llama runner process has terminated: exit status 2');
    if (model === 'busy') return err(res, 503, 'server busy, please try again.  maximum pending requests exceeded');

    if (path === '/api/embed') {
      const items = typeof body.input === 'string' ? [body.input] : body.input;
      const dims = Number.isInteger(body.dimensions) && body.dimensions > 0 ? body.dimensions : EMBED_DIMS;
      return sendJSON(res, 200, {
        model,
        embeddings: items.map((x) => embeddingFor(x, dims)),
        total_duration: 14143917,
        load_duration: 1019500,
        prompt_eval_count: items.reduce((a, x) => a + countTokens(x), 0),
      });
    }

    const isChat = path === '/api/chat';
    if (isChat && (body.messages ?? []).length === 0) {
      // An empty chat loads the model.
      return sendJSON(res, 200, {
        model,
        created_at: isoNow(),
        message: { role: 'assistant', content: '' },
        done_reason: 'load',
        done: true,
      });
    }
    const text = isChat ? chatAnswer(body) : generateAnswer(body);
    let pieces = splitPieces(text);
    let doneReason = 'stop';
    const np = body.options?.num_predict;
    if (Number.isInteger(np) && np > 0 && pieces.length > np) {
      pieces = pieces.slice(0, np);
      doneReason = 'length';
    }
    const promptTokens = countTokens(promptText(path, body));
    let toolCalls = null;
    if (isChat && model === 'tool' && Array.isArray(body.tools) && body.tools.length > 0) {
      const name = body.tools[0]?.function?.name ?? 'unknown';
      toolCalls = [{ function: { name, arguments: { city: 'Paris', days: 3, units: { temp: 'C' } } } }];
      pieces = [''];
    }
    const thinking = model === 'think' ? 'Let me think about it.' : null;
    const evalCount = toolCalls ? 12 : pieces.filter((p) => p !== '').length;
    const content = pieces.join('');

    if (!stream) {
      if (isChat) {
        const message = { role: 'assistant', content };
        if (thinking) message.thinking = thinking;
        if (toolCalls) message.tool_calls = toolCalls;
        return sendJSON(res, 200, {
          model,
          created_at: isoNow(),
          message,
          done_reason: doneReason,
          done: true,
          ...stats(promptTokens, evalCount),
        });
      }
      const out = { model, created_at: isoNow(), response: content, done: true, done_reason: doneReason };
      if (thinking) out.thinking = thinking;
      return sendJSON(res, 200, { ...out, context: [1, 2, 3], ...stats(promptTokens, evalCount) });
    }

    startNDJSON(res);
    const line = (piece, extra = {}) =>
      isChat
        ? { model, created_at: isoNow(), message: { role: 'assistant', content: piece, ...extra }, done: false }
        : { model, created_at: isoNow(), response: piece, ...extra, done: false };
    if (thinking && !(await writeLine(res, line('', { thinking }), delay))) return;
    if (toolCalls) {
      if (!(await writeLine(res, line('', { tool_calls: toolCalls }), delay))) return;
    } else {
      let i = 0;
      for (const p of pieces) {
        if (!(await writeLine(res, line(p), delay))) return;
        ctx.rec.linesSent++;
        i++;
        if (i === 2 && model === 'error-midstream') {
          await writeLine(res, { error: 'an error was encountered while running the model: unexpected EOF' }, 0);
          res.end();
          return;
        }
        if (i === 2 && model === 'die-midstream') {
          res.destroy();
          return;
        }
      }
    }
    const last = isChat
      ? { model, created_at: isoNow(), message: { role: 'assistant', content: '' }, done_reason: doneReason, done: true }
      : { model, created_at: isoNow(), response: '', done: true, done_reason: doneReason, context: [1, 2, 3] };
    await writeLine(res, { ...last, ...stats(promptTokens, evalCount) }, 0);
    res.end();
  }

  async function handle(req, res, rec) {
    const url = new URL(req.url, 'http://upstream');
    const path = url.pathname;

    if (apiKey !== undefined && req.headers['authorization'] !== `Bearer ${apiKey}`) {
      return err(res, 401, 'unauthorized');
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/') return sendText(res, 200, 'Ollama is running');
    if (req.method === 'GET' && path === '/api/version') return sendJSON(res, 200, { version: '0.9.6' });
    if (req.method === 'GET' && path === '/api/tags') {
      return sendJSON(res, 200, {
        models: [{ name: 'llama3.1:latest', model: 'llama3.1:latest', size: 4920753328, digest: '46e0c10c039e' }],
      });
    }
    const known = ['/api/chat', '/api/generate', '/api/embed'];
    if (req.method !== 'POST' || !known.includes(path)) return sendText(res, 404, '404 page not found');

    const invalid = validate(path, rec.body);
    if (invalid) return err(res, 400, invalid);
    const ctx = { req, res, body: rec.body, path, rec, sendJSON, startNDJSON, writeLine, err };
    const custom = behaviours.get(rec.body.model);
    if (typeof custom === 'function') return custom(ctx);
    return answer(ctx);
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
      headers: { ...req.headers },
      rawBody: null,
      body: null,
      model: undefined,
      receivedAt: Date.now(),
      linesSent: 0,
      closed: false,
      closedAt: null,
      aborted: false,
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
          rec.body = undefined;
        }
      }
      rec.model = rec.body && typeof rec.body === 'object' ? rec.body.model : undefined;
      requests.push(rec);
      events.emit('request', rec);
      Promise.resolve()
        .then(() => handle(req, res, rec))
        .catch((e) => {
          if (!res.headersSent) err(res, 500, `fake ollama: ${e.message}`);
          else res.destroy();
        });
    });
  });
  server.keepAliveTimeout = 5000;
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
      const onReq = (rec) => {
        if (pred(rec)) {
          clearTimeout(t);
          events.off('request', onReq);
          resolve(rec);
        }
      };
      const t = setTimeout(() => {
        events.off('request', onReq);
        reject(new Error(`fake ollama: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('request', onReq);
    });
  }

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
        reject(new Error(`fake ollama: request #${rec.seq} still open after ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('close', onClose);
    });
  }

  /** setBehaviour(model, (ctx) => void) answers that model with fn; null removes it. */
  function setBehaviour(model, fn) {
    if (fn === null || fn === undefined) behaviours.delete(model);
    else behaviours.set(model, fn);
  }

  async function close() {
    closing = true;
    const done = new Promise((r) => server.close(() => r()));
    for (const s of sockets) s.destroy();
    await done;
  }

  return {
    port: actualPort,
    url: `http://${host}:${actualPort}`, // the api_base: Ollama's paths start at the root
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
