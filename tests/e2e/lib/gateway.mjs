// Start the llmgate binary for end-to-end tests.
//
//   const gw = await startGateway({ config: yamlText, env: {...}, args: [...] });
//   gw.port, gw.url ("http://127.0.0.1:P"), gw.proc, gw.logs(), await gw.stop('SIGTERM')
//
// The binary is $LLMGATE_BIN or <repo>/build/llmgate. It is started as
//   llmgate --config FILE --port P --host 127.0.0.1 --workers 2 [args...]
// and startGateway resolves once GET /health/liveliness answers 200.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..', '..');
export const GATEWAY_BIN = process.env.LLMGATE_BIN || path.join(REPO_ROOT, 'build', 'llmgate');

const READY_TIMEOUT_MS = 5000;
const POLL_MS = 20;

const live = new Set();
// Never leave a gateway behind, whatever happens to the test process.
process.on('exit', () => {
  for (const p of live) {
    try {
      p.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** A free TCP port on 127.0.0.1 (bind port 0, close, reuse the number). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One GET on a fresh connection (no keep-alive), never throws on HTTP status. */
export function httpGet(url, { headers = {}, timeoutMs = 1000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launchOnce({ config, env, args, configPath, port }) {
  const argv = ['--config', configPath, '--port', String(port), '--host', '127.0.0.1', '--workers', '2', ...args];
  const proc = spawn(GATEWAY_BIN, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);

  const all = [];
  let stdoutText = '';
  let stderrText = '';
  proc.stdout.on('data', (c) => {
    stdoutText += c.toString('utf8');
    all.push(c);
  });
  proc.stderr.on('data', (c) => {
    stderrText += c.toString('utf8');
    all.push(c);
  });

  let exitInfo = null;
  const exited = new Promise((resolve) => {
    proc.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      live.delete(proc);
      resolve(exitInfo);
    });
    proc.on('error', (err) => {
      exitInfo = { code: null, signal: null, error: err };
      live.delete(proc);
      resolve(exitInfo);
    });
  });
  // Output pipes may deliver their last bytes after 'exit': wait for them too.
  const streamsClosed = Promise.all([
    new Promise((r) => proc.stdout.on('close', r)),
    new Promise((r) => proc.stderr.on('close', r)),
  ]);

  const logs = () => Buffer.concat(all).toString('utf8');
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastErr = null;
  for (;;) {
    if (exitInfo) {
      return { ok: false, exitInfo, logs: logs() };
    }
    try {
      const r = await httpGet(`${url}/health/liveliness`, { timeoutMs: 500 });
      if (r.status === 200) break;
      lastErr = new Error(`status ${r.status}: ${r.text.slice(0, 200)}`);
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      await exited;
      throw new Error(
        `llmgate did not answer GET /health/liveliness with 200 within ${READY_TIMEOUT_MS} ms ` +
          `(last: ${lastErr && lastErr.message}).\nargv: ${argv.join(' ')}\nlogs:\n${logs()}`,
      );
    }
    await sleep(POLL_MS);
  }

  async function stop(signal = 'SIGTERM', { graceMs = 10000 } = {}) {
    if (!exitInfo) {
      try {
        proc.kill(signal);
      } catch {
        /* gone */
      }
      const t = setTimeout(() => {
        try {
          proc.kill('SIGKILL');
        } catch {
          /* gone */
        }
      }, graceMs);
      await exited;
      clearTimeout(t);
    }
    await Promise.race([streamsClosed, sleep(1000)]);
    return exitInfo.code ?? exitInfo.signal;
  }

  return {
    ok: true,
    gw: {
      port,
      url,
      baseURL: `${url}/v1`,
      proc,
      configPath,
      logs,
      stdout: () => stdoutText,
      stderr: () => stderrText,
      exited,
      exitInfo: () => exitInfo,
      stop,
    },
  };
}

/**
 * Start the gateway with a YAML config string.
 * @param {{config: string, env?: object, args?: string[]}} opts
 */
export async function startGateway({ config, env = {}, args = [] } = {}) {
  if (!fs.existsSync(GATEWAY_BIN)) {
    throw new Error(`gateway binary not found at ${GATEWAY_BIN} (build it, or set LLMGATE_BIN)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmgate-e2e-'));
  const configPath = path.join(dir, 'config.yaml');
  fs.writeFileSync(configPath, config);

  // The port may be taken between freePort() and the bind: retry a few times.
  let last;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const r = await launchOnce({ config, env, args, configPath, port });
    if (r.ok) {
      const gw = r.gw;
      const stop = gw.stop;
      gw.stop = async (signal, opts) => {
        const code = await stop(signal, opts);
        fs.rmSync(dir, { recursive: true, force: true });
        return code;
      };
      return gw;
    }
    last = r;
    if (!/in use|EADDRINUSE/i.test(r.logs)) break;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(
    `llmgate exited before becoming live (code ${last.exitInfo.code}, signal ${last.exitInfo.signal}` +
      `${last.exitInfo.error ? ', ' + last.exitInfo.error.message : ''}).\nlogs:\n${last.logs}`,
  );
}
