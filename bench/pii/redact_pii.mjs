// redact-pii's SyncRedactor (regex-only, no Google DLP) on the inputs that
// bench.c wrote: microseconds per 1 KB message and MB/s on the long text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');
const [chatPath, longPath] = process.argv.slice(2);
const chat = readFileSync(chatPath, 'utf8');
const long = readFileSync(longPath, 'utf8');
const r = new SyncRedactor();

for (let i = 0; i < 200; i++) r.redact(chat);
const iters = 5000;
let t0 = process.hrtime.bigint();
for (let i = 0; i < iters; i++) r.redact(chat);
const us = Number(process.hrtime.bigint() - t0) / 1e3 / iters;

// the long text in 64 KB pieces (redact-pii's regexes are not linear on
// megabyte strings), best of 3
let best = Infinity;
for (let rep = 0; rep < 3; rep++) {
  t0 = process.hrtime.bigint();
  for (let off = 0; off < long.length; off += 65536) r.redact(long.slice(off, off + 65536));
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
const mb = Buffer.byteLength(long) / 1e6;
console.log('| input | result |\n|---|---|');
console.log(`| 1 KB chat message | ${us.toFixed(1)} us per scan |`);
console.log(`| ${(Buffer.byteLength(long) / 1048576).toFixed(1)} MB mixed text | ${(mb / best).toFixed(1)} MB/s |`);
