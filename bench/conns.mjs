// Opens N TCP connections to HOST:PORT, sends one keep-alive
// `GET /health/liveliness` on each, reads the whole answer and keeps the
// connection open. When every connection has answered (or failed) it prints
//   ready ok=<n> failed=<n> closed=<n> ms=<elapsed>
// and then holds the connections until SIGTERM or SIGINT (at most HOLD
// seconds, so that it never outlives the benchmark).
// Used by bench/run.sh to measure the gateway's memory with idle keep-alive
// connections.
//
//   node bench/conns.mjs PORT [N=10000] [HOST=127.0.0.1] [PARALLEL=256] [HOLD=300]
import net from 'node:net';

const port = Number(process.argv[2]);
const total = Number(process.argv[3] ?? 10000);
const host = process.argv[4] ?? '127.0.0.1';
const parallel = Number(process.argv[5] ?? 256);
const hold = Number(process.argv[6] ?? 300);
if (!port || !total) {
  console.error('usage: node bench/conns.mjs PORT [N] [HOST] [PARALLEL]');
  process.exit(2);
}

const request = `GET /health/liveliness HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: keep-alive\r\n\r\n`;
const sockets = [];
const t0 = Date.now();
let started = 0, ok = 0, failed = 0, closed = 0, inFlight = 0, reported = false;

function report() {
  if (reported || ok + failed < total) return;
  reported = true;
  console.log(`ready ok=${ok} failed=${failed} closed=${closed} ms=${Date.now() - t0}`);
}

// Done when the header block is complete and Content-Length bytes follow it.
function complete(buf) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = buf.subarray(0, end).toString('latin1');
  if (!/^HTTP\/1\.1 200 /.test(head)) return 'bad';
  const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  return buf.length >= end + 4 + (m ? Number(m[1]) : 0);
}

function one() {
  started++;
  inFlight++;
  let buf = Buffer.alloc(0), settled = false, good = false;
  const s = net.connect({ host, port });
  const settle = (g) => {
    if (settled) return;
    settled = true;
    inFlight--;
    good = g;
    if (g) ok++; else failed++;
    pump();
    report();
  };
  s.setTimeout(30000, () => { settle(false); s.destroy(); });
  s.on('connect', () => s.write(request));
  s.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    const c = complete(buf);
    if (c === 'bad') { settle(false); s.destroy(); }
    else if (c) { s.setTimeout(0); settle(true); }
  });
  s.on('error', () => settle(false));
  // A connection that answered and then closed: the server dropped it.
  s.on('close', () => { if (!settled) settle(false); else if (good) closed++; });
  sockets.push(s);
}

function pump() {
  while (started < total && inFlight < parallel) one();
}

function quit() {
  for (const s of sockets) s.destroy();
  process.exit(0);
}
process.on('SIGTERM', quit);
process.on('SIGINT', quit);
setTimeout(quit, hold * 1000);
pump();
