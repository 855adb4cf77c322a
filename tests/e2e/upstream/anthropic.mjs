// A fake Anthropic Messages API for end-to-end tests (node:http, no framework).
//
// It reproduces the wire format of api.anthropic.com for POST /v1/messages:
// the required headers (x-api-key, anthropic-version, content-type), the
// request validation the real API applies (unknown top-level fields, required
// max_tokens, roles that must alternate and start with "user", no "system"
// role, non-empty text blocks, tool_result blocks that answer a tool_use of
// the previous turn, no trailing white space in a final assistant turn, ...),
// whole JSON answers, and streams of named SSE events (message_start,
// content_block_start/delta/stop, ping, message_delta, message_stop, error).
// Every error answer has Anthropic's shape:
//   {"type":"error","error":{"type":"...","message":"..."},"request_id":"req_..."}
//
// Answers are deterministic and derived from the request:
//   text:  "echo: " + <text blocks of the last user turn>; when that turn holds
//          only tool results: "tool results: " + <their contents joined by "; ">
//   tools: a forced tool_choice ({"type":"tool"} or {"type":"any"}) is obeyed;
//          model "tool" calls the first tool, model "tool2" calls the first
//          tool twice (once when disable_parallel_tool_use is set); the input
//          gives each schema property the string "<property>-value"
//   thinking enabled: a thinking block "thinking about: <text>" comes first
//   stop_sequences are honoured, and max_tokens counts answer pieces (words)
//
// Behaviours keyed by the request's "model" (tests may add more with
// setBehaviour): fail-<status> for 400 401 403 404 413 429 500 529 (429 with
// retry-after), overloaded (529), stream-error (an `error` event after the
// first text), die-midstream, slow (pieces 150 ms apart), cache (usage with
// cache counters), hang.
//
// Every request is recorded in `requests` (method, path, query, headers,
// parsed body, raw body).

import http from 'node:http';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';

export const ANTHROPIC_VERSION = '2023-06-01';

const ERRORS = {
  400: ['invalid_request_error', 'Invalid request'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'Not found'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
};

const TOP_LEVEL = new Set([
  'model', 'messages', 'max_tokens', 'system', 'metadata', 'stop_sequences', 'stream',
  'temperature', 'top_p', 'top_k', 'tools', 'tool_choice', 'thinking', 'service_tier',
  'container', 'mcp_servers',
]);
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

const later = (ms) => new Promise((r) => setTimeout(r, ms));
const rid = (prefix, n = 24) => prefix + crypto.randomBytes(n).toString('base64url').slice(0, n);

export function errorBody(type, message) {
  return { type: 'error', error: { type, message }, request_id: rid('req_011') };
}

/** Plain text of a content value (string or blocks). */
export function blocksText(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.filter((b) => b && b.type === 'text').map((b) => b.text).join('');
}

function toolResultText(block) {
  return typeof block.content === 'string' ? block.content : blocksText(block.content);
}

/** The text answer to a request body. */
export function answerText(body) {
  const msgs = body.messages;
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m.role !== 'user') continue;
    const text = blocksText(m.content);
    if (text || typeof m.content === 'string') return 'echo: ' + text;
    const results = m.content.filter((b) => b.type === 'tool_result');
    if (results.length) return 'tool results: ' + results.map(toolResultText).join('; ');
    return 'echo: ';
  }
  return 'echo: ';
}

/** Words with their trailing spaces (at least two pieces for a short text). */
export function pieces(text) {
  const p = String(text).match(/\S+\s*|\s+/g) || [''];
  if (p.length === 1 && p[0].length > 1) return [p[0].slice(0, Math.ceil(p[0].length / 2)), p[0].slice(Math.ceil(p[0].length / 2))];
  return p;
}

/** input_tokens: about four characters a token of system and messages. */
export function inputTokens(body) {
  let n = 0;
  const add = (s) => (n += Math.ceil(String(s).length / 4));
  if (typeof body.system === 'string') add(body.system);
  else if (Array.isArray(body.system)) body.system.forEach((b) => add(b.text ?? ''));
  for (const m of body.messages) {
    if (typeof m.content === 'string') add(m.content);
    else for (const b of m.content) add(b.type === 'text' ? b.text : JSON.stringify(b));
  }
  return Math.max(1, n);
}

function toolInput(tool) {
  const props = tool.input_schema?.properties ?? {};
  const input = {};
  for (const k of Object.keys(props)) input[k] = `${k}-value`;
  return input;
}

// ---- validation (as the API answers) ----------------------------------------

function validate(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'There was an error parsing the body of your request.';
  for (const k of Object.keys(body)) if (!TOP_LEVEL.has(k)) return `${k}: Extra inputs are not permitted`;
  if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
  if (body.max_tokens === undefined) return 'max_tokens: Field required';
  if (!Number.isInteger(body.max_tokens)) return 'max_tokens: Input should be a valid integer';
  if (body.max_tokens < 1) return 'max_tokens: Input should be greater than or equal to 1';
  if (!Array.isArray(body.messages)) return 'messages: Field required';
  if (body.messages.length === 0) return 'messages: at least one message is required';
  if (body.temperature !== undefined && (typeof body.temperature !== 'number' || body.temperature < 0 || body.temperature > 1))
    return 'temperature: Input should be less than or equal to 1';
  if (body.top_p !== undefined && (typeof body.top_p !== 'number' || body.top_p < 0 || body.top_p > 1)) return 'top_p: Input should be less than or equal to 1';
  if (body.top_k !== undefined && !Number.isInteger(body.top_k)) return 'top_k: Input should be a valid integer';
  if (body.stream !== undefined && typeof body.stream !== 'boolean') return 'stream: Input should be a valid boolean';
  if (body.metadata !== undefined) {
    for (const k of Object.keys(body.metadata)) if (k !== 'user_id') return `metadata.${k}: Extra inputs are not permitted`;
  }
  if (body.stop_sequences !== undefined) {
    if (!Array.isArray(body.stop_sequences)) return 'stop_sequences: Input should be a valid list';
    for (const s of body.stop_sequences) if (typeof s !== 'string' || !s.trim()) return 'stop_sequences: each stop sequence must contain non-whitespace';
  }
  if (body.system !== undefined && typeof body.system !== 'string') {
    if (!Array.isArray(body.system)) return 'system: Input should be a valid string';
    for (const [i, b] of body.system.entries()) {
      if (b.type !== 'text') return `system.${i}.type: Input should be 'text'`;
      if (typeof b.text !== 'string' || !b.text) return 'system: text content blocks must be non-empty';
    }
  }
  if (body.thinking !== undefined) {
    if (body.thinking.type === 'enabled') {
      if (!Number.isInteger(body.thinking.budget_tokens) || body.thinking.budget_tokens < 1024)
        return 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024';
      if (body.max_tokens <= body.thinking.budget_tokens) return '`max_tokens` must be greater than `thinking.budget_tokens`';
      if (body.tool_choice && (body.tool_choice.type === 'any' || body.tool_choice.type === 'tool'))
        return 'Thinking may not be enabled when tool_choice forces tool use.';
    } else if (body.thinking.type !== 'disabled') return "thinking: Input tag does not match any of the expected tags: 'enabled', 'disabled'";
  }
  const toolNames = new Set();
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) return 'tools: Input should be a valid list';
    for (const [i, t] of body.tools.entries()) {
      if (typeof t.name !== 'string' || !/^[a-zA-Z0-9_-]{1,128}$/.test(t.name)) return `tools.${i}.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`;
      if (t.type === undefined || t.type === 'custom') {
        if (!t.input_schema || typeof t.input_schema !== 'object') return `tools.${i}.custom.input_schema: Field required`;
        if (t.input_schema.type !== 'object') return `tools.${i}.custom.input_schema.type: Input should be 'object'`;
        for (const k of Object.keys(t)) if (!['name', 'description', 'input_schema', 'cache_control', 'type'].includes(k)) return `tools.${i}.custom.${k}: Extra inputs are not permitted`;
      }
      toolNames.add(t.name);
    }
  }
  if (body.tool_choice !== undefined) {
    const tc = body.tool_choice;
    if (!['auto', 'any', 'tool', 'none'].includes(tc?.type)) return "tool_choice: Input tag does not match any of the expected tags: 'auto', 'any', 'tool', 'none'";
    if (!body.tools || body.tools.length === 0) return 'tool_choice: tool_choice may only be specified while providing tools.';
    if (tc.type === 'tool' && !toolNames.has(tc.name)) return `tool_choice.tool.name: Tool '${tc.name}' not found in provided tools`;
    for (const k of Object.keys(tc)) if (!['type', 'name', 'disable_parallel_tool_use'].includes(k)) return `tool_choice.${tc.type}.${k}: Extra inputs are not permitted`;
  }
  let prevToolUses = new Set();
  for (const [i, m] of body.messages.entries()) {
    if (m.role === 'system')
      return 'messages: Unexpected role "system". The Messages API accepts a top-level `system` parameter, not "system" as an input message role.';
    if (m.role !== 'user' && m.role !== 'assistant') return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    if (i === 0 && m.role !== 'user') return 'messages: first message must use the "user" role';
    if (i > 0 && body.messages[i - 1].role === m.role)
      return `messages: roles must alternate between "user" and "assistant", but found multiple "${m.role}" roles in a row`;
    for (const k of Object.keys(m)) if (k !== 'role' && k !== 'content') return `messages.${i}.${k}: Extra inputs are not permitted`;
    const blocks = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
    if (!Array.isArray(blocks)) return `messages.${i}.content: Input should be a valid list`;
    if (blocks.length === 0) return `messages.${i}: all messages must have non-empty content except for the optional final assistant message`;
    const uses = new Set();
    for (const [j, b] of blocks.entries()) {
      const at = `messages.${i}.content.${j}`;
      switch (b?.type) {
        case 'text':
          if (typeof b.text !== 'string' || b.text.length === 0) return 'messages: text content blocks must be non-empty';
          break;
        case 'image':
        case 'document': {
          const s = b.source;
          if (s?.type === 'base64') {
            if (b.type === 'image' && !IMAGE_TYPES.has(s.media_type))
              return `${at}.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'`;
            if (b.type === 'document' && s.media_type !== 'application/pdf') return `${at}.document.source.base64.media_type: Input should be 'application/pdf'`;
            if (typeof s.data !== 'string' || !/^[A-Za-z0-9+/=]+$/.test(s.data)) return `${at}.${b.type}.source.base64.data: invalid base64 data`;
          } else if (s?.type === 'url') {
            if (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)) return `${at}.${b.type}.source.url.url: invalid URL`;
          } else return `${at}.${b.type}.source: Input tag does not match any of the expected tags: 'base64', 'url'`;
          if (m.role !== 'user') return `${at}: ${b.type} blocks are only allowed in user messages`;
          break;
        }
        case 'tool_use':
          if (m.role !== 'assistant') return `${at}: tool_use blocks are only allowed in assistant messages`;
          if (typeof b.id !== 'string' || typeof b.name !== 'string') return `${at}.tool_use.id: Field required`;
          if (!b.input || typeof b.input !== 'object' || Array.isArray(b.input)) return `${at}.tool_use.input: Input should be a valid dictionary`;
          uses.add(b.id);
          break;
        case 'tool_result':
          if (m.role !== 'user') return `${at}: tool_result blocks are only allowed in user messages`;
          if (!prevToolUses.has(b.tool_use_id))
            return `${at}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${b.tool_use_id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
          break;
        case 'thinking':
        case 'redacted_thinking':
          if (m.role !== 'assistant') return `${at}: thinking blocks are only allowed in assistant messages`;
          break;
        default:
          return `${at}.type: Input tag '${b?.type}' found using 'type' does not match any of the expected tags`;
      }
    }
    prevToolUses = uses;
  }
  const last = body.messages[body.messages.length - 1];
  if (last.role === 'assistant') {
    const blocks = typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : last.content;
    const t = blocks[blocks.length - 1];
    if (t.type === 'text' && /\s$/.test(t.text)) return 'messages: final assistant content cannot end with trailing whitespace';
  }
  return null;
}

// ---- the fake ------------------------------------------------------------------

/**
 * Start the fake API.
 * apiKey: the key every request must carry in x-api-key (default: any non-empty key).
 * @param {{port?: number, host?: string, apiKey?: string}} opts
 */
export async function startAnthropicUpstream({ port = 0, host = '127.0.0.1', apiKey } = {}) {
  const requests = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const sockets = new Set();
  const behaviours = new Map();
  let closing = false;

  function headers(extra = {}) {
    return {
      'request-id': rid('req_011'),
      'anthropic-organization-id': '00000000-0000-0000-0000-000000000000',
      'anthropic-ratelimit-requests-limit': '4000',
      'anthropic-ratelimit-requests-remaining': '3999',
      'anthropic-ratelimit-requests-reset': new Date(Date.now() + 60000).toISOString(),
      via: '1.1 google',
      ...extra,
    };
  }

  function send(res, status, body, extra = {}) {
    if (res.destroyed || res.writableEnded) return;
    const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': payload.length, ...headers(extra) });
    res.end(payload);
  }

  function sendError(res, status, type, message, extra = {}) {
    send(res, status, errorBody(type, message), { 'x-should-retry': String(status >= 500 || status === 429), ...extra });
  }

  function fail(res, status, model) {
    const [type, msg] = ERRORS[status] ?? ['api_error', 'Internal server error'];
    const extra = status === 429 ? { 'retry-after': '1' } : {};
    sendError(res, status, type, status === 404 ? `model: ${model}` : msg, extra);
  }

  /** What the model answers: {blocks, stop_reason, stop_sequence, usage}. */
  function compose(body) {
    const blocks = [];
    const text = answerText(body);
    if (body.thinking?.type === 'enabled') {
      blocks.push({ type: 'thinking', thinking: 'thinking about: ' + text.replace(/^echo: /, ''), signature: 'EqQBCkYIBxgCKkA' + 'x'.repeat(16) });
    }
    const tools = body.tools ?? [];
    const tc = body.tool_choice;
    let calls = [];
    const lastUser = [...body.messages].reverse().find((m) => m.role === 'user');
    const answeringResults = Array.isArray(lastUser?.content) && lastUser.content.some((b) => b.type === 'tool_result');
    if (tools.length && tc?.type !== 'none' && !answeringResults) {
      if (tc?.type === 'tool') calls = [tools.find((t) => t.name === tc.name)];
      else if (tc?.type === 'any' || body.model === 'tool') calls = [tools[0]];
      else if (body.model === 'tool2') calls = tc?.disable_parallel_tool_use ? [tools[0]] : [tools[0], tools[0]];
    }
    let stop_reason = 'end_turn';
    let stop_sequence = null;
    let out = 0;
    if (calls.length) {
      if (tc?.type !== 'tool') blocks.push({ type: 'text', text: 'Let me check.' });
      for (const t of calls) blocks.push({ type: 'tool_use', id: rid('toolu_01'), name: t.name, input: toolInput(t) });
      stop_reason = 'tool_use';
      out = 10 * calls.length;
    } else {
      let answer = text;
      for (const s of body.stop_sequences ?? []) {
        const at = answer.indexOf(s);
        if (at >= 0) {
          answer = answer.slice(0, at);
          stop_reason = 'stop_sequence';
          stop_sequence = s;
        }
      }
      let p = pieces(answer);
      if (p.length > body.max_tokens) {
        p = p.slice(0, body.max_tokens);
        answer = p.join('');
        stop_reason = 'max_tokens';
        stop_sequence = null;
      }
      blocks.push({ type: 'text', text: answer });
      out = p.length;
    }
    const usage = { input_tokens: inputTokens(body), cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: out };
    if (body.model === 'cache') Object.assign(usage, { cache_creation_input_tokens: 20, cache_read_input_tokens: 100 });
    return { blocks, stop_reason, stop_sequence, usage };
  }

  function message(body, c) {
    return {
      id: rid('msg_01'),
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: c.blocks,
      stop_reason: c.stop_reason,
      stop_sequence: c.stop_sequence,
      usage: c.usage,
    };
  }

  const writeEvent = (res, name, data) => {
    if (res.destroyed || res.writableEnded) return false;
    res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    return true;
  };

  async function streamAnswer(ctx, { gapMs = 3, errorAfterFirst = false, dieAfterFirst = false } = {}) {
    const { res, body } = ctx;
    const c = compose(body);
    const m = message(body, c);
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...headers() });
    res.flushHeaders();
    writeEvent(res, 'message_start', {
      type: 'message_start',
      message: { ...m, content: [], stop_reason: null, stop_sequence: null, usage: { ...c.usage, output_tokens: 1 } },
    });
    let first = true;
    for (const [index, b] of c.blocks.entries()) {
      if (b.type === 'text') {
        writeEvent(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
        if (first) writeEvent(res, 'ping', { type: 'ping' });
        first = false;
        for (const p of pieces(b.text)) {
          await later(gapMs);
          if (res.destroyed || closing) return;
          writeEvent(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: p } });
          ctx.rec.chunksSent++;
          if (errorAfterFirst) {
            writeEvent(res, 'error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
            res.end();
            return;
          }
          if (dieAfterFirst) {
            await later(20);
            res.socket?.destroy();
            return;
          }
        }
      } else if (b.type === 'tool_use') {
        writeEvent(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'tool_use', id: b.id, name: b.name, input: {} } });
        writeEvent(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: '' } });
        const json = JSON.stringify(b.input);
        const third = Math.max(1, Math.ceil(json.length / 3));
        for (let i = 0; i < json.length; i += third) {
          await later(gapMs);
          if (res.destroyed || closing) return;
          writeEvent(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: json.slice(i, i + third) } });
        }
      } else if (b.type === 'thinking') {
        writeEvent(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '' } });
        writeEvent(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: b.thinking } });
        writeEvent(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: b.signature } });
      }
      writeEvent(res, 'content_block_stop', { type: 'content_block_stop', index });
    }
    await later(gapMs);
    if (res.destroyed || closing) return;
    writeEvent(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: c.stop_reason, stop_sequence: c.stop_sequence },
      usage: { output_tokens: c.usage.output_tokens },
    });
    writeEvent(res, 'message_stop', { type: 'message_stop' });
    res.end();
  }

  function normal(ctx, opts = {}) {
    if (ctx.body.stream) return streamAnswer(ctx, opts);
    const c = compose(ctx.body);
    return send(ctx.res, 200, message(ctx.body, c));
  }

  const builtin = {
    overloaded: ({ res, body }) => fail(res, 529, body.model),
    'stream-error': (ctx) => (ctx.body.stream ? streamAnswer(ctx, { errorAfterFirst: true }) : fail(ctx.res, 529, ctx.body.model)),
    'die-midstream': (ctx) => {
      if (ctx.body.stream) return streamAnswer(ctx, { dieAfterFirst: true });
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000, ...headers() });
      ctx.res.write('{"id":"msg_01');
      setTimeout(() => ctx.res.socket?.destroy(), 20);
    },
    slow: (ctx) => (ctx.body.stream ? streamAnswer(ctx, { gapMs: 150 }) : later(300).then(() => normal(ctx))),
    hang: () => {},
  };

  async function handle(req, res, rec) {
    const url = new URL(req.url, 'http://upstream');
    if (url.pathname !== '/v1/messages') return sendError(res, 404, 'not_found_error', 'Not Found');
    if (req.method !== 'POST') return sendError(res, 405, 'invalid_request_error', `Method Not Allowed`);
    const key = req.headers['x-api-key'];
    if (key === undefined) return sendError(res, 401, 'authentication_error', 'x-api-key header is required');
    if (key === '' || (apiKey !== undefined && key !== apiKey)) return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    const version = req.headers['anthropic-version'];
    if (version === undefined) return sendError(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
    if (version !== ANTHROPIC_VERSION && version !== '2023-01-01')
      return sendError(res, 400, 'invalid_request_error', `anthropic-version: "${version}" is not a valid version`);
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendError(res, 400, 'invalid_request_error', 'Content-Type must be application/json');
    if (req.headers['authorization'] !== undefined) return sendError(res, 400, 'invalid_request_error', 'send the key in x-api-key, not Authorization');

    const body = rec.body;
    const invalid = validate(body);
    if (invalid) return sendError(res, 400, 'invalid_request_error', invalid);

    const ctx = { req, res, body, rec, send, sendError, writeEvent, normal: (o) => normal(ctx, o) };
    const custom = behaviours.get(body.model);
    if (typeof custom === 'function') return custom(ctx);
    if (custom && typeof custom === 'object') {
      if (custom.delayMs) await later(custom.delayMs);
      if (custom.status !== undefined) return send(res, custom.status, custom.body ?? '', custom.headers ?? {});
      return normal(ctx);
    }
    const m = /^fail-(\d{3})$/.exec(body.model);
    if (m) return fail(res, Number(m[1]), body.model);
    if (builtin[body.model]) return builtin[body.model](ctx);
    return normal(ctx);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    const u = new URL(req.url, 'http://upstream');
    const rec = {
      method: req.method,
      url: req.url,
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      headers: { ...req.headers },
      rawBody: null,
      body: null,
      model: undefined,
      receivedAt: Date.now(),
      closed: false,
      chunksSent: 0,
    };
    res.on('close', () => {
      rec.closed = true;
      events.emit('close', rec);
    });
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => {});
    req.on('end', () => {
      rec.rawBody = Buffer.concat(chunks);
      try {
        rec.body = JSON.parse(rec.rawBody.toString('utf8'));
      } catch {
        rec.body = undefined;
      }
      rec.model = rec.body?.model;
      requests.push(rec);
      events.emit('request', rec);
      Promise.resolve()
        .then(() => handle(req, res, rec))
        .catch((err) => {
          if (!res.headersSent) sendError(res, 500, 'api_error', `fake upstream error: ${err.message}`);
          else res.destroy();
        });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
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
      const on = (rec) => {
        if (!pred(rec)) return;
        clearTimeout(t);
        events.off('request', on);
        resolve(rec);
      };
      const t = setTimeout(() => {
        events.off('request', on);
        reject(new Error(`fake anthropic: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('request', on);
    });
  }

  /** setBehaviour(model, fn | {delayMs?, status?, body?, headers?} | null). */
  function setBehaviour(model, behaviour) {
    if (behaviour == null) behaviours.delete(model);
    else behaviours.set(model, behaviour);
  }

  async function close() {
    closing = true;
    const done = new Promise((r) => server.close(() => r()));
    for (const s of sockets) s.destroy();
    await done;
  }

  return {
    port: actualPort,
    origin: `http://${host}:${actualPort}`, // the api_base of an anthropic/ deployment
    requests,
    events,
    setBehaviour,
    waitForRequest,
    last: () => requests[requests.length - 1],
    clearRequests: () => {
      requests.length = 0;
    },
    close,
  };
}
