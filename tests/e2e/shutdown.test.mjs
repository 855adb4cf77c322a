// Graceful shutdown: SIGTERM with a stream in flight.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOpenAIUpstream, slowStreamPieces } from './upstream/openai.mjs';
import { startGateway, httpGet } from './lib/gateway.mjs';
import {
  UPSTREAM_KEY,
  SECRET_TEXT,
  MOCK_TEXT,
  gatewayConfig,
  openaiDeployment,
  mockDeployment,
  sdk,
  sleep,
  within,
  assertLogHygiene,
} from './lib/common.mjs';

let up;
let gw;
const callIds = [];

before(async () => {
  up = await startOpenAIUpstream({ apiKey: UPSTREAM_KEY });
  gw = await startGateway({
    config: gatewayConfig([
      openaiDeployment('slow-stream', 'slow-stream', up.url, { timeout: 30 }),
      mockDeployment('mock-model', MOCK_TEXT),
    ]),
  });
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (up) await up.close();
});

/** GET /health/readiness on a fresh connection: {status} or {refused}. */
async function readiness() {
  try {
    const r = await httpGet(`${gw.url}/health/readiness`, { timeoutMs: 1000 });
    return { status: r.status };
  } catch (e) {
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(e.code)) return { refused: e.code };
    throw e;
  }
}

test('SIGTERM drains an in-flight stream, stops being ready, exits 0', async () => {
  const client = sdk(gw);
  const before = await readiness();
  assert.equal(before.status, 200, 'ready before SIGTERM');
  const warm = await client.chat.completions.create({ model: 'mock-model', messages: [{ role: 'user', content: 'x' }] }).withResponse();
  const wid = warm.response.headers.get('x-litellm-call-id');
  if (wid) callIds.push(wid);

  const { data: stream, response } = await client.chat.completions
    .create({ model: 'slow-stream', messages: [{ role: 'user', content: `drain ${SECRET_TEXT}` }], stream: true })
    .withResponse();
  const id = response.headers.get('x-litellm-call-id');
  if (id) callIds.push(id);

  let content = '';
  let sentTerm = false;
  let readyAfter = null;
  const exitPromise = gw.exited;
  const consume = (async () => {
    for await (const ch of stream) {
      const c = ch.choices?.[0]?.delta?.content;
      if (c) {
        content += c;
        if (!sentTerm) {
          sentTerm = true;
          gw.proc.kill('SIGTERM');
          // Readiness must flip (503) or the listener must be gone (refused).
          const deadline = Date.now() + 1000;
          for (;;) {
            readyAfter = await readiness();
            if (readyAfter.status !== 200 || Date.now() > deadline) break;
            await sleep(20);
          }
        }
      }
    }
  })();
  await within(10000, consume, 'the in-flight stream');

  assert.ok(sentTerm, 'no content chunk arrived before SIGTERM could be sent');
  assert.ok(
    readyAfter && (readyAfter.status === 503 || readyAfter.refused),
    `after SIGTERM /health/readiness answered ${JSON.stringify(readyAfter)}, expected 503 or a refused connection`,
  );
  assert.equal(content, slowStreamPieces().join(''), 'the in-flight stream must complete with all chunks');

  const { code, signal } = await within(10000, exitPromise, 'gateway exit after SIGTERM');
  assert.equal(signal, null, `the gateway died of ${signal}`);
  assert.equal(code, 0, `exit code ${code}\n${gw.logs().slice(-2000)}`);
  const rec = up.requests.find((q) => q.model === 'slow-stream');
  assert.equal(rec.aborted, false, 'the upstream stream was cut during the drain');
});

test('after exit the port is closed', async (t) => {
  if (!gw.exitInfo()) return t.skip('the gateway did not exit in the previous test');
  const r = await readiness();
  assert.ok(r.refused, `still answering after exit: ${JSON.stringify(r)}`);
});

test('logs: JSON lines with call ids, no keys and no message text', async () => {
  await assertLogHygiene(gw, callIds);
});
