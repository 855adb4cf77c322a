// Presidio's REST API on the gateway: /analyze (single and batch, decision
// process, entities, threshold, ad hoc recognizers, allow list), /anonymize
// with every operator, /deanonymize of encrypt output (and of ciphertexts
// Presidio itself produced), /supportedentities, /recognizers, auth (master
// key vs general_settings.presidio_api_auth: false), and errors in Presidio's
// {"error": "..."} shape with Presidio's statuses. Expected bodies come from
// Presidio's own e2e tests (e2e-tests/tests/test_anonymizer.py) where they
// exist.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { startGateway } from './lib/gateway.mjs';
import { MASTER_KEY, gatewayConfig, mockDeployment, rawRequest, assertLogHygiene } from './lib/common.mjs';

let gw; // master key required on the Presidio routes
let open; // general_settings.presidio_api_auth: false
const callIds = [];
const PII = ['jane.doe@example.com', '4111 1111 1111 1111', 'Chloë', 'text_for_encryption'];

before(async () => {
  gw = await startGateway({ config: gatewayConfig([mockDeployment()]) });
  open = await startGateway({
    config: gatewayConfig([mockDeployment()], { generalSettings: { presidio_api_auth: false } }),
  });
});

after(async () => {
  if (gw) await gw.stop('SIGKILL');
  if (open) await open.stop('SIGKILL');
});

const auth = { authorization: `Bearer ${MASTER_KEY}` };

async function call(path, { method = 'POST', body, headers = auth, on = gw } = {}) {
  const r = await rawRequest(`${on.url}${path}`, { method, body, headers });
  if (r.headers['x-litellm-call-id'] && on === gw) callIds.push(r.headers['x-litellm-call-id']);
  return r;
}

const analyze = (body, opts) => call('/analyze', { body, ...opts });
const anonymize = (body, opts) => call('/anonymize', { body, ...opts });
const deanonymize = (body, opts) => call('/deanonymize', { body, ...opts });

/** Code-point offset of `needle` in `text` (Presidio counts code points). */
function cp(text, needle) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not in ${text}`);
  return [...text.slice(0, i)].length;
}

const RESULT_KEYS = ['analysis_explanation', 'end', 'entity_type', 'score', 'start'];
const EXPLANATION_KEYS = [
  'original_score',
  'pattern',
  'pattern_name',
  'recognizer',
  'score',
  'score_context_improvement',
  'supportive_context_word',
  'textual_explanation',
  'validation_result',
];

function assertResultShape(r, { explained = false } = {}) {
  assert.deepEqual(Object.keys(r).sort(), RESULT_KEYS, JSON.stringify(r));
  assert.equal(typeof r.entity_type, 'string');
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start <= r.end, JSON.stringify(r));
  assert.ok(typeof r.score === 'number' && r.score >= 0 && r.score <= 1, JSON.stringify(r));
  if (!explained) {
    assert.equal(r.analysis_explanation, null);
    return;
  }
  const x = r.analysis_explanation;
  assert.deepEqual(Object.keys(x).sort(), EXPLANATION_KEYS, JSON.stringify(x));
  assert.equal(typeof x.recognizer, 'string');
  assert.ok(x.recognizer.length > 0);
  assert.equal(typeof x.original_score, 'number');
  assert.equal(x.score, r.score);
  assert.equal(typeof x.score_context_improvement, 'number');
  assert.equal(typeof x.supportive_context_word, 'string');
  assert.ok(x.validation_result === null || typeof x.validation_result === 'boolean');
}

/** Presidio's AESCipher.decrypt, in node: urlsafe base64 of IV + AES-CBC. */
function presidioDecrypt(key, text) {
  const raw = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const k = Buffer.from(key, 'utf8');
  const d = crypto.createDecipheriv(`aes-${k.length * 8}-cbc`, k, raw.subarray(0, 16));
  return Buffer.concat([d.update(raw.subarray(16)), d.final()]).toString('utf8');
}

/** Presidio's AESCipher.encrypt, in node. */
function presidioEncrypt(key, text) {
  const k = Buffer.from(key, 'utf8');
  const iv = crypto.randomBytes(16);
  const c = crypto.createCipheriv(`aes-${k.length * 8}-cbc`, k, iv);
  const raw = Buffer.concat([iv, c.update(Buffer.from(text, 'utf8')), c.final()]);
  return raw.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

// ---- analyzer ---------------------------------------------------------------

const TEXT = 'Contact jane.doe@example.com today; card 4111 1111 1111 1111, host 192.168.10.20.';

test('/analyze: one text, Presidio result objects with code-point offsets', async () => {
  const r = await analyze({ text: TEXT, language: 'en' });
  assert.equal(r.status, 200, r.text);
  assert.match(r.headers['content-type'], /application\/json/);
  assert.ok(Array.isArray(r.json), r.text);
  for (const x of r.json) assertResultShape(x);
  const email = r.json.find((x) => x.entity_type === 'EMAIL_ADDRESS');
  assert.ok(email, r.text);
  assert.equal(email.start, cp(TEXT, 'jane.doe'));
  assert.equal(email.end, cp(TEXT, ' today'));
  const card = r.json.find((x) => x.entity_type === 'CREDIT_CARD');
  assert.ok(card, r.text);
  assert.equal(TEXT.slice(card.start, card.end), '4111 1111 1111 1111');
  assert.equal(card.score, 1.0);
  // Scores print as Python prints them.
  assert.ok(!/\d\.\d{16,}/.test(r.text), r.text);
});

test('/analyze: offsets count code points in multi-byte text', async () => {
  const text = 'Café ₹500 für 김민준 😀 mail jane.doe@example.com ok';
  const r = await analyze({ text, language: 'en', entities: ['EMAIL_ADDRESS'] });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.length, 1, r.text);
  assert.equal(r.json[0].start, cp(text, 'jane'));
  assert.equal(r.json[0].end, cp(text, ' ok'));
});

test('/analyze: a list of texts is a batch, with the decision process', async () => {
  const texts = ['mail jane.doe@example.com', 'nothing here', 'card 4111 1111 1111 1111'];
  const r = await analyze({ text: texts, language: 'en', return_decision_process: true });
  assert.equal(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json) && r.json.length === 3, r.text);
  for (const list of r.json) {
    assert.ok(Array.isArray(list));
    for (const x of list) assertResultShape(x, { explained: true });
  }
  assert.ok(r.json[0].some((x) => x.entity_type === 'EMAIL_ADDRESS'));
  assert.deepEqual(r.json[1], []);
  const card = r.json[2].find((x) => x.entity_type === 'CREDIT_CARD');
  assert.ok(card, r.text);
  assert.equal(card.analysis_explanation.recognizer, 'CreditCardRecognizer');
  assert.equal(typeof card.analysis_explanation.pattern_name, 'string');
  // The same texts without the flag: explanation null.
  const plain = await analyze({ text: texts, language: 'en', return_decision_process: false });
  for (const list of plain.json) for (const x of list) assertResultShape(x);
});

test('/analyze: entities filter and score_threshold', async () => {
  const only = await analyze({ text: TEXT, language: 'en', entities: ['EMAIL_ADDRESS'] });
  assert.equal(only.status, 200, only.text);
  assert.deepEqual(
    only.json.map((x) => x.entity_type),
    ['EMAIL_ADDRESS'],
  );
  const all = await analyze({ text: TEXT, language: 'en' });
  const scores = all.json.map((x) => x.score).sort();
  assert.ok(scores.length >= 2, all.text);
  const cut = 0.99;
  const high = await analyze({ text: TEXT, language: 'en', score_threshold: cut });
  assert.equal(high.status, 200, high.text);
  assert.deepEqual(
    high.json.map((x) => x.entity_type).sort(),
    all.json
      .filter((x) => x.score >= cut)
      .map((x) => x.entity_type)
      .sort(),
  );
  assert.ok(high.json.every((x) => x.score >= cut));
  // An entity no recognizer serves: Presidio's 500.
  const none = await analyze({ text: TEXT, language: 'en', entities: ['NO_SUCH_THING'] });
  assert.equal(none.status, 500);
  assert.deepEqual(none.json, { error: 'No matching recognizers were found to serve the request.' });
});

test('/analyze: ad hoc recognizers, pattern and deny list (Presidio e2e cases)', async () => {
  const zipText = 'John Smith drivers license is AC432223. Zip code: 10023';
  const zip = {
    name: 'Zip code Recognizer',
    supported_language: 'en',
    patterns: [{ name: 'zip code (weak)', regex: '(\\b\\d{5}(?:\\-\\d{4})?\\b)', score: 0.01 }],
    supported_entity: 'ZIP',
  };
  let r = await analyze({ text: zipText, language: 'en', ad_hoc_recognizers: [zip] });
  assert.equal(r.status, 200, r.text);
  let z = r.json.find((x) => x.entity_type === 'ZIP');
  assert.ok(z, r.text);
  assert.deepEqual([z.start, z.end, z.score], [50, 55, 0.01]);
  // Its context words raise the score, as in Presidio (0.01 → 0.4).
  r = await analyze({ text: zipText, language: 'en', ad_hoc_recognizers: [{ ...zip, context: ['zip', 'code'] }] });
  z = r.json.find((x) => x.entity_type === 'ZIP');
  assert.deepEqual([z.start, z.end, z.score], [50, 55, 0.4]);
  // An ad hoc entity can be asked for by name.
  r = await analyze({ text: zipText, language: 'en', entities: ['ZIP'], ad_hoc_recognizers: [zip] });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(
    r.json.map((x) => x.entity_type),
    ['ZIP'],
  );

  const text = "Mr. John Smith's drivers license is AC432223, Mister Jones";
  r = await analyze({
    text,
    language: 'en',
    ad_hoc_recognizers: [
      { name: 'Mr. Recognizer', supported_language: 'en', deny_list: ['Mr.', 'Mister'], supported_entity: 'MR_TITLE' },
    ],
  });
  assert.equal(r.status, 200, r.text);
  const titles = r.json.filter((x) => x.entity_type === 'MR_TITLE').map((x) => text.slice(x.start, x.end));
  assert.deepEqual(titles.sort(), ['Mister', 'Mr.']);
  // A malformed ad hoc recognizer is a 400.
  r = await analyze({
    text,
    language: 'en',
    ad_hoc_recognizers: [{ name: 'x', supported_language: 'en', patterns: [{ type: 'x', bebex: '\\d' }], supported_entity: 'X' }],
  });
  assert.equal(r.status, 400, r.text);
  assert.equal(typeof r.json.error, 'string');
});

test('/analyze: allow_list keeps listed values out', async () => {
  const text = 'mail jane.doe@example.com or ops@example.com';
  const r = await analyze({ text, language: 'en', allow_list: ['ops@example.com'] });
  assert.equal(r.status, 200, r.text);
  const emails = r.json.filter((x) => x.entity_type === 'EMAIL_ADDRESS').map((x) => text.slice(x.start, x.end));
  assert.deepEqual(emails, ['jane.doe@example.com']);
});

test('/analyze: Presidio errors and statuses', async () => {
  let r = await analyze({ text: 'hello', language: 'fr' });
  assert.equal(r.status, 500);
  assert.deepEqual(r.json, { error: 'No matching recognizers were found to serve the request.' });
  r = await analyze({});
  assert.equal(r.status, 500);
  assert.deepEqual(r.json, { error: 'No text provided' });
  r = await analyze({ language: 'en' });
  assert.deepEqual(r.json, { error: 'No text provided' });
  r = await analyze({ text: 'John Smith drivers license is AC432223' });
  assert.equal(r.status, 500);
  assert.deepEqual(r.json, { error: 'No language provided' });
  r = await analyze('{"text": "x", "language": "en",}');
  assert.equal(r.status, 400);
  assert.equal(typeof r.json.error, 'string');
  r = await analyze({ text: 42, language: 'en' });
  assert.equal(r.status, 400);
  r = await call('/analyze', { method: 'GET' });
  assert.equal(r.status, 405);
  assert.equal(typeof r.json.error, 'string');
});

test('/supportedentities, /recognizers, /anonymizers, /deanonymizers', async () => {
  let r = await call('/supportedentities', { method: 'GET' });
  assert.equal(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json) && r.json.every((e) => typeof e === 'string'));
  for (const e of ['EMAIL_ADDRESS', 'CREDIT_CARD', 'IP_ADDRESS', 'US_SSN', 'PHONE_NUMBER']) assert.ok(r.json.includes(e), e);
  const withLang = await call('/supportedentities?language=en', { method: 'GET' });
  assert.deepEqual(withLang.json, r.json);
  r = await call('/supportedentities?language=he', { method: 'GET' });
  assert.equal(r.status, 500);
  assert.deepEqual(r.json, { error: 'No matching recognizers were found to serve the request.' });

  r = await call('/recognizers', { method: 'GET' });
  assert.equal(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json) && r.json.every((e) => typeof e === 'string'));
  for (const n of ['CreditCardRecognizer', 'EmailRecognizer']) assert.ok(r.json.includes(n), `${n} in ${r.text}`);
  assert.equal(new Set(r.json).size, r.json.length, 'recognizer names are unique');

  r = await call('/anonymizers', { method: 'GET' });
  assert.deepEqual(r.json.sort(), ['encrypt', 'hash', 'keep', 'mask', 'redact', 'replace']);
  r = await call('/deanonymizers', { method: 'GET' });
  assert.deepEqual(r.json.sort(), ['deanonymize_keep', 'decrypt']);
});

// ---- anonymizer --------------------------------------------------------------

const JANE = 'hello world, my name is Jane Doe. My number is: 034453334';

test('/anonymize: replace and mask (Presidio e2e expected body)', async () => {
  const r = await anonymize({
    text: JANE,
    anonymizers: {
      DEFAULT: { type: 'replace', new_value: 'ANONYMIZED' },
      PHONE_NUMBER: { type: 'mask', masking_char: '*', chars_to_mask: 4, from_end: true },
    },
    analyzer_results: [
      { start: 24, end: 32, score: 0.8, entity_type: 'NAME' },
      { start: 24, end: 28, score: 0.8, entity_type: 'FIRST_NAME' },
      { start: 29, end: 32, score: 0.6, entity_type: 'LAST_NAME' },
      { start: 48, end: 57, score: 0.95, entity_type: 'PHONE_NUMBER' },
    ],
  });
  assert.equal(r.status, 200, r.text);
  assert.match(r.headers['content-type'], /application\/json/);
  assert.deepEqual(r.json, {
    text: 'hello world, my name is ANONYMIZED. My number is: 03445****',
    items: [
      { start: 50, end: 59, entity_type: 'PHONE_NUMBER', text: '03445****', operator: 'mask' },
      { start: 24, end: 34, entity_type: 'NAME', text: 'ANONYMIZED', operator: 'replace' },
    ],
  });
  // Key order as Presidio writes it.
  assert.deepEqual(Object.keys(r.json), ['text', 'items']);
  assert.deepEqual(Object.keys(r.json.items[0]), ['start', 'end', 'entity_type', 'text', 'operator']);
});

test('/anonymize: default replace, redact, keep', async () => {
  const results = [
    { start: 24, end: 32, score: 0.8, entity_type: 'NAME' },
    { start: 48, end: 57, score: 0.95, entity_type: 'PHONE_NUMBER' },
  ];
  let r = await anonymize({ text: JANE, analyzer_results: results });
  assert.equal(r.json.text, 'hello world, my name is <NAME>. My number is: <PHONE_NUMBER>');
  r = await anonymize({ text: JANE, analyzer_results: results, anonymizers: { DEFAULT: { type: 'redact' } } });
  assert.equal(r.json.text, 'hello world, my name is . My number is: ');
  assert.deepEqual(r.json.items[1], { start: 24, end: 24, entity_type: 'NAME', text: '', operator: 'redact' });
  r = await anonymize({
    text: JANE,
    analyzer_results: results,
    anonymizers: { NAME: { type: 'keep' }, PHONE_NUMBER: { type: 'replace' } },
  });
  assert.deepEqual(r.json, {
    text: 'hello world, my name is Jane Doe. My number is: <PHONE_NUMBER>',
    items: [
      { start: 48, end: 62, entity_type: 'PHONE_NUMBER', text: '<PHONE_NUMBER>', operator: 'replace' },
      { start: 24, end: 32, entity_type: 'NAME', text: 'Jane Doe', operator: 'keep' },
    ],
  });
  // Overlaps (Presidio's test_overlapping_keep_first).
  r = await anonymize({
    text: "I'm George Washington Square Park",
    anonymizers: { NAME: { type: 'keep' }, LOCATION: { type: 'replace' } },
    analyzer_results: [
      { start: 4, end: 21, score: 0.8, entity_type: 'NAME' },
      { start: 11, end: 33, score: 0.8, entity_type: 'LOCATION' },
    ],
  });
  assert.deepEqual(r.json, {
    text: "I'm George Washington<LOCATION>",
    items: [
      { start: 21, end: 31, entity_type: 'LOCATION', text: '<LOCATION>', operator: 'replace' },
      { start: 4, end: 21, entity_type: 'NAME', text: 'George Washington', operator: 'keep' },
    ],
  });
});

test('/anonymize: hash, sha256 and sha512, salted as Presidio salts', async () => {
  const text = 'mail jane.doe@example.com now';
  const results = [{ start: 5, end: 25, score: 1.0, entity_type: 'EMAIL_ADDRESS' }];
  const salt = 'pepper-0123456789';
  const want256 = crypto.createHash('sha256').update('jane.doe@example.com' + salt).digest('hex');
  const want512 = crypto.createHash('sha512').update('jane.doe@example.com' + salt).digest('hex');
  let r = await anonymize({ text, analyzer_results: results, anonymizers: { DEFAULT: { type: 'hash', salt } } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.text, `mail ${want256} now`);
  assert.equal(r.json.items[0].operator, 'hash');
  r = await anonymize({
    text,
    analyzer_results: results,
    anonymizers: { DEFAULT: { type: 'hash', hash_type: 'sha512', salt } },
  });
  assert.equal(r.json.text, `mail ${want512} now`);
  assert.deepEqual([r.json.items[0].start, r.json.items[0].end], [5, 133]);
  // Without a salt every call salts afresh: not the bare digest, not repeatable.
  const a = await anonymize({ text, analyzer_results: results, anonymizers: { DEFAULT: { type: 'hash' } } });
  const b = await anonymize({ text, analyzer_results: results, anonymizers: { DEFAULT: { type: 'hash' } } });
  assert.match(a.json.items[0].text, /^[0-9a-f]{64}$/);
  assert.notEqual(a.json.text, b.json.text);
  assert.notEqual(a.json.items[0].text, crypto.createHash('sha256').update('jane.doe@example.com').digest('hex'));
  r = await anonymize({ text, analyzer_results: results, anonymizers: { DEFAULT: { type: 'hash', hash_type: 'md5' } } });
  assert.equal(r.status, 422);
  assert.deepEqual(r.json, { error: "Parameter hash_type value md5 is not in range of values ['sha256', 'sha512']" });
});

test('/anonymize encrypt → Presidio-format ciphertext → /deanonymize', async () => {
  const text = 'Lorem Ipsum is a Software Engineer';
  const key = '1111111111111111';
  const r = await anonymize({
    text,
    anonymizers: { DEFAULT: { type: 'encrypt', key }, TITLE: { type: 'encrypt', key: '2222222222222222' } },
    analyzer_results: [
      { start: 0, end: 12, score: 0.8, entity_type: 'NAME' },
      { start: 18, end: text.length, score: 0.8, entity_type: 'TITLE' },
    ],
  });
  assert.equal(r.status, 200, r.text);
  const [title, name] = r.json.items;
  assert.equal(name.operator, 'encrypt');
  assert.match(name.text, /^[A-Za-z0-9_-]+={0,2}$/);
  // Readable by Presidio's AESCipher (done here in node).
  assert.equal(presidioDecrypt(key, name.text), 'Lorem Ipsum ');
  // Presidio's test starts TITLE at 18: "oftware Engineer", one AES block.
  assert.equal(presidioDecrypt('2222222222222222', title.text), 'oftware Engineer');
  // The offsets Presidio's own e2e test hardcodes for this flow.
  assert.deepEqual([name.start, name.end, title.start, title.end], [0, 44, 50, 114]);
  const d = await deanonymize({
    text: r.json.text,
    deanonymizers: { DEFAULT: { type: 'decrypt', key }, TITLE: { type: 'decrypt', key: '2222222222222222' } },
    anonymizer_results: [
      { start: 0, end: 44, entity_type: 'NAME' },
      { start: 50, end: 114, entity_type: 'TITLE' },
    ],
  });
  assert.equal(d.status, 200, d.text);
  assert.equal(d.json.text, text);
  // The items of /anonymize can be sent back as they are.
  const d2 = await deanonymize({
    text: r.json.text,
    deanonymizers: { DEFAULT: { type: 'decrypt', key }, TITLE: { type: 'decrypt', key: '2222222222222222' } },
    anonymizer_results: r.json.items,
  });
  assert.equal(d2.json.text, text);
  assert.deepEqual(d2.json.items[1], { start: 0, end: 12, entity_type: 'NAME', text: 'Lorem Ipsum ', operator: 'decrypt' });
});

test('/deanonymize: ciphertexts made by Presidio and by node', async () => {
  // e2e-tests/tests/test_anonymizer.py
  const text = 'e6HnOMnIxbd4a8Qea44LshQDnjvxwzBIaAz+YqHNnMW2mC5r3AWoay8Spsoajyyy';
  let r = await deanonymize({
    text,
    deanonymizers: { NUMBER: { type: 'decrypt', key: '1111111111111111' } },
    anonymizer_results: [{ start: 0, end: text.length, entity_type: 'NUMBER' }],
  });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json, {
    text: 'text_for_encryption',
    items: [{ start: 0, end: 19, entity_type: 'NUMBER', text: 'text_for_encryption', operator: 'decrypt' }],
  });
  // presidio-anonymizer test_deanonymize_engine.py, multi-byte plaintext.
  r = await deanonymize({
    text: 'My name is S184CMt9Drj7QaKQ21JTrpYzghnboTF9pn/neN8JME0=',
    deanonymizers: { DEFAULT: { type: 'decrypt', key: 'WmZq4t7w!z%C&F)J' } },
    anonymizer_results: [{ start: 11, end: 55, entity_type: 'PERSON' }],
  });
  assert.deepEqual(r.json, {
    text: 'My name is Chloë',
    items: [{ start: 11, end: 16, entity_type: 'PERSON', text: 'Chloë', operator: 'decrypt' }],
  });
  // A 256-bit key, encrypted the way Presidio does it.
  const key = '0123456789abcdef0123456789abcdef';
  const c = presidioEncrypt(key, 'Ødegård 김민준');
  r = await deanonymize({
    text: `x ${c} y`,
    deanonymizers: { DEFAULT: { type: 'decrypt', key } },
    anonymizer_results: [{ start: 2, end: 2 + c.length, entity_type: 'PERSON' }],
  });
  assert.equal(r.json.text, 'x Ødegård 김민준 y');
  // Presidio's error for a bad key; a body of {} is not a request.
  r = await deanonymize({
    text,
    deanonymizers: { NUMBER: { type: 'decrypt', key: 'invalidkey' } },
    anonymizer_results: [{ start: 0, end: text.length, entity_type: 'NUMBER' }],
  });
  assert.equal(r.status, 422);
  assert.deepEqual(r.json, { error: 'Invalid input, key must be of length 128, 192 or 256 bits' });
  r = await deanonymize({ text });
  assert.deepEqual(r.json, { text, items: [] });
  r = await deanonymize({});
  assert.equal(r.status, 400);
  assert.deepEqual(r.json, { error: 'Invalid request json' });
});

test('/anonymize: multi-byte text, code-point offsets in and out', async () => {
  const text = 'Café ₹500 to 김민준 😀 at jane@x.io é';
  const r = await anonymize({
    text,
    analyzer_results: [
      { start: cp(text, '김민준'), end: cp(text, ' 😀'), score: 0.85, entity_type: 'PERSON' },
      { start: cp(text, 'jane'), end: cp(text, ' é'), score: 1, entity_type: 'EMAIL_ADDRESS' },
    ],
    anonymizers: { PERSON: { type: 'mask', masking_char: '●', chars_to_mask: 2, from_end: false } },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.text, 'Café ₹500 to ●●준 😀 at <EMAIL_ADDRESS> é');
  assert.deepEqual(r.json.items, [
    { start: 22, end: 37, entity_type: 'EMAIL_ADDRESS', text: '<EMAIL_ADDRESS>', operator: 'replace' },
    { start: 13, end: 16, entity_type: 'PERSON', text: '●●준', operator: 'mask' },
  ]);
});

test('/anonymize: Presidio errors and statuses', async () => {
  let r = await anonymize({
    text: 'The user has the following two emails: email1@conto.com and email2@conto.com',
    anonymizers: { DEFAULT: { type: 'custom', new_value: 'lambda x: x[::-1]' } },
    analyzer_results: [{ start: 39, end: 55, score: 1.0, entity_type: 'EMAIL_ADDRESS' }],
  });
  assert.equal(r.status, 400);
  assert.deepEqual(r.json, { error: 'Custom type anonymizer is not supported' });
  // Presidio's test_given_anonymize_called_with_deformed_body (a trailing comma).
  r = await anonymize('{"text": "hello", "anonymizers": {"DEFAULT": {"type": "replace"},}, "analyzer_results": []}');
  assert.equal(r.status, 400);
  assert.deepEqual(r.json, { error: 'The browser (or proxy) sent a request that this server could not understand.' });
  r = await anonymize({});
  assert.equal(r.status, 400);
  assert.deepEqual(r.json, { error: 'Invalid request json' });
  r = await anonymize({ text: 'hello' });
  assert.equal(r.status, 422);
  assert.deepEqual(r.json, { error: 'Invalid input, request must contain analyzer results' });
  r = await anonymize({ text: 'hello', analyzer_results: [{ start: 0, end: 50, score: 0.5, entity_type: 'X' }] });
  assert.equal(r.status, 422);
  assert.deepEqual(r.json, { error: 'Invalid analyzer result, start: 0 and end: 50, while text length is only 5.' });
  r = await anonymize({
    text: 'hello',
    analyzer_results: [{ start: 0, end: 5, score: 0.5, entity_type: 'X' }],
    anonymizers: { X: { type: 'mask', masking_char: '*', chars_to_mask: 2 } },
  });
  assert.equal(r.status, 422);
  assert.deepEqual(r.json, { error: 'Expected parameter from_end' });
  r = await anonymize({ text: '', anonymizers: { DEFAULT: { type: 'replace', new_value: 'ANONYMIZED' } }, analyzer_results: [] });
  assert.deepEqual(r.json, { text: '', items: [] });
});

test('LiteLLM flow: /analyze results fed to /anonymize unchanged', async () => {
  const text = 'Hi, reach me at jane.doe@example.com or 4111 1111 1111 1111.';
  const a = await analyze({ text, language: 'en' });
  assert.equal(a.status, 200, a.text);
  const r = await anonymize({ text, analyzer_results: a.json });
  assert.equal(r.status, 200, r.text);
  assert.ok(!r.json.text.includes('jane.doe@example.com'), r.json.text);
  assert.ok(r.json.text.includes('<EMAIL_ADDRESS>'), r.json.text);
  assert.ok(r.json.text.includes('<CREDIT_CARD>'), r.json.text);
});

// ---- routes and auth -----------------------------------------------------------

test('the master key guards the Presidio routes', async () => {
  const body = { text: 'mail jane.doe@example.com', language: 'en' };
  let r = await analyze(body, { headers: {} });
  assert.equal(r.status, 401);
  r = await analyze(body, { headers: { authorization: 'Bearer sk-wrong' } });
  assert.equal(r.status, 401);
  r = await call('/supportedentities', { method: 'GET', headers: {} });
  assert.equal(r.status, 401);
  r = await anonymize({ text: 'x', analyzer_results: [] }, { headers: {} });
  assert.equal(r.status, 401);
  r = await analyze(body, { headers: { 'x-api-key': MASTER_KEY } });
  assert.equal(r.status, 200);
});

test('presidio_api_auth: false opens them (LiteLLM sends no key), nothing else', async () => {
  const body = { text: 'mail jane.doe@example.com', language: 'en' };
  let r = await analyze(body, { headers: {}, on: open });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json[0].entity_type, 'EMAIL_ADDRESS');
  r = await anonymize({ text: 'mail jane.doe@example.com', analyzer_results: r.json }, { headers: {}, on: open });
  assert.equal(r.json.text, 'mail <EMAIL_ADDRESS>');
  r = await call('/presidio/anonymize', {
    body: { text: 'abc', analyzer_results: [{ start: 0, end: 3, score: 1, entity_type: 'X' }] },
    headers: {},
    on: open,
  });
  assert.equal(r.json.text, '<X>');
  // The gateway's own routes still want the key.
  r = await call('/v1/models', { method: 'GET', headers: {}, on: open });
  assert.equal(r.status, 401);
  r = await call('/health', { method: 'GET', headers: {}, on: open });
  assert.equal(r.status, 401);
});

test('/presidio/ prefix and Presidio health beside the gateway /health', async () => {
  let r = await call('/presidio/analyze', { body: { text: 'mail jane.doe@example.com', language: 'en' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json[0].entity_type, 'EMAIL_ADDRESS');
  r = await call('/presidio/health', { method: 'GET' });
  assert.equal(r.status, 200);
  assert.equal(r.text, 'Presidio Analyzer service is up');
  r = await call('/health/liveliness', { method: 'GET', headers: {} });
  assert.equal(r.status, 200);
});

test('logs: one line per Presidio call, no text or PII in them', async () => {
  await assertLogHygiene(gw, callIds, { forbidden: PII });
});
