// A fake Presidio analyzer for end-to-end tests (node:http, no framework).
//
// It reproduces the wire format of presidio-analyzer's REST server for
// POST /analyze: a JSON body {"text", "language", "entities"?,
// "ad_hoc_recognizers"?, "score_threshold"?}, answered with a JSON array of
// {"analysis_explanation": null, "end", "entity_type", "score", "start"},
// offsets in Unicode code points (Python string indices: an emoji counts
// one). Errors as Presidio sends them: a body that is not JSON is a 400 with
// its {"error": ...} text, no text or no language a 500 with
// {"error": "No text provided"} / {"error": "No language provided"}.
//
// What it finds is fixed, so tests are deterministic:
//   EMAIL_ADDRESS  anything shaped like user@host.tld        (score 1.0)
//   PERSON         the names in NAMES                         (score 0.85)
//   US_SSN         ddd-dd-dddd                                (score 0.5)
// `entities`, when sent, restricts the answer to those types (Presidio's
// behaviour); `score_threshold` drops lower scores.
//
// Behaviours for failure tests: setMode('ok' | 'garbage' | 'html' |
// 'status-500' | 'hang' | 'bad-offsets' | 'object'). Every request is
// recorded in `requests` ({path, body (parsed), raw, at}).

import http from 'node:http';

export const NAMES = ['Chloé Fontaine', 'John Smith', 'Ada Lovelace'];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/gu;

/** Code-point index of UTF-16 index `i` in `s` (Python's str index). */
function cp(s, i) {
  return [...s.slice(0, i)].length;
}

/** What the fake analyzer finds in `text`, as Presidio answers it. */
export function analyze(text, { entities, scoreThreshold = 0 } = {}) {
  const out = [];
  const add = (type, i, len, score) =>
    out.push({ analysis_explanation: null, end: cp(text, i + len), entity_type: type, score, start: cp(text, i) });
  for (const m of text.matchAll(EMAIL)) add('EMAIL_ADDRESS', m.index, m[0].length, 1.0);
  for (const name of NAMES) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) add('PERSON', i, name.length, 0.85);
  }
  for (const m of text.matchAll(SSN)) add('US_SSN', m.index, m[0].length, 0.5);
  return out
    .filter((r) => !entities || entities.includes(r.entity_type))
    .filter((r) => r.score >= scoreThreshold)
    .sort((a, b) => a.start - b.start);
}

export async function startPresidioAnalyzer({ port = 0, host = '127.0.0.1' } = {}) {
  const requests = [];
  const sockets = new Set();
  let mode = 'ok';
  let delayMs = 0;

  const send = (res, status, body, type = 'application/json') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const rec = { method: req.method, path: req.url, headers: req.headers, raw, body: undefined, at: Date.now() };
      try {
        rec.body = JSON.parse(raw);
      } catch {
        /* recorded raw */
      }
      requests.push(rec);
      if (req.url !== '/analyze') return send(res, 404, { error: 'not found' });
      if (req.method !== 'POST') return send(res, 405, { error: 'The method is not allowed for the requested URL.' });
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (mode === 'hang') return; // never answers
      if (mode === 'status-500') return send(res, 500, { error: 'Internal server error' });
      if (mode === 'garbage') return send(res, 200, '[{"entity_type": "EMAIL_ADDRESS", "start": 3,');
      if (mode === 'html') return send(res, 200, '<html><body>proxy error</body></html>', 'text/html');
      if (mode === 'object') return send(res, 200, { entity_type: 'PERSON', start: 0 });
      if (rec.body === undefined)
        return send(res, 400, { error: 'The browser (or proxy) sent a request that this server could not understand.' });
      const { text, language, entities, score_threshold: scoreThreshold } = rec.body;
      if (typeof text !== 'string' || text === '') return send(res, 500, { error: 'No text provided' });
      if (!language) return send(res, 500, { error: 'No language provided' });
      let results = analyze(text, { entities, scoreThreshold });
      if (mode === 'bad-offsets') results = [{ analysis_explanation: null, end: [...text].length + 5, entity_type: 'PERSON', score: 1, start: 0 }];
      send(res, 200, results);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const actualPort = server.address().port;

  return {
    port: actualPort,
    url: `http://${host}:${actualPort}`,
    requests,
    /** Texts sent to /analyze, in arrival order. */
    texts: () => requests.filter((r) => r.body).map((r) => r.body.text),
    setMode: (m, { delay = 0 } = {}) => {
      mode = m;
      delayMs = delay;
    },
    clearRequests: () => {
      requests.length = 0;
    },
    close: async () => {
      const done = new Promise((r) => server.close(() => r()));
      for (const s of sockets) s.destroy();
      await done;
    },
  };
}
