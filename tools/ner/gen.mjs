// Generates everything the NER trainer needs:
//
//   data/ner_lexicon.txt.gz  the lexicon: "entry<TAB>FLAGS" lines (see FLAGS), gzipped
//   out/train.jsonl        synthetic training records (train templates, 80 % vocabularies)
//   out/held.jsonl         held-out records (held-out templates, the other 20 %)
//   out/held2.jsonl        the same from a second held-out template set (see templates_held2.mjs)
//   out/held3.jsonl        and from a third (templates_held3.mjs)
//   out/mask_train.txt     lexicon entries hidden from the features while training
//   out/mask_held.txt      the held-out vocabulary, to evaluate with it unknown
//
// Records are {"text": "...", "spans": [[start, end, "PERSON"], ...]} with
// UTF-8 byte offsets, end exclusive. Run through train.sh; deterministic for
// a given seed (--seed N) and package versions (package-lock.json).

import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { allFakers } from '@faker-js/faker';
import * as L from './lex.mjs';
import * as TT from './templates_train.mjs';
import * as TH from './templates_held.mjs';
import * as TH2 from './templates_held2.mjs';
import * as TH3 from './templates_held3.mjs';
import * as ID from './ids.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '../..');
const args = process.argv.slice(2);
const opt = (k, d) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : d;
};
const SEED = Number(opt('--seed', 7));
const N_TRAIN = Number(opt('--train', 150000));
const N_HELD = Number(opt('--held', 4000));
const OUT = path.resolve(HERE, opt('--out', 'out'));
const DATA = path.resolve(ROOT, opt('--data', 'data'));

class Rng {
    constructor(seed)
    {
        this.s = seed >>> 0;
    }
    next()
    {
        let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    int(a, b)
    {
        return a + Math.floor(this.next() * (b - a + 1));
    }
    pick(a)
    {
        return a[Math.floor(this.next() * a.length)];
    }
    chance(p)
    {
        return this.next() < p;
    }
    weighted(obj)
    {
        const keys = Object.keys(obj);
        let tot = 0;
        for (const k of keys)
            tot += obj[k];
        let x = this.next() * tot;
        for (const k of keys) {
            x -= obj[k];
            if (x < 0)
                return k;
        }
        return keys[keys.length - 1];
    }
}

const lex = L.buildLexicons();
/* Faker's own generator (product names, job titles) must be seeded too. */
allFakers.en.seed(SEED);
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/* ---- vocabularies, split ---- */

function splitList(list)
{
    const tr = [], he = [];
    for (const x of list)
        (L.isHeld(typeof x === 'string' ? x : x.name) ? he : tr).push(x);
    return { train: tr.length ? tr : he, held: he.length ? he : tr };
}

const V = { train: {}, held: {} };
function setBoth(key, list)
{
    const s = splitList(list);
    V.train[key] = s.train;
    V.held[key] = s.held;
}
for (const [loc, d] of Object.entries(lex.byLocale)) {
    setBoth('first_' + loc, d.first);
    setBoth('last_' + loc, d.last);
}
setBoth('first_jp', L.JP_GIVEN);
setBoth('last_jp', L.JP_SURNAMES);
setBoth('first_ar', L.AR_GIVEN);
setBoth('last_ar', L.AR_SUR);
setBoth('last_kr', L.KR_SURNAMES);
setBoth('last_cn', L.CN_SURNAMES);
setBoth('human', lex.humanNames);
setBoth('city_big', lex.cityList.filter((c) => c.pop >= 50000));
setBoth('city_mid', lex.cityList.filter((c) => c.pop >= 5000 && c.pop < 50000));
setBoth('city_small', lex.cityList.filter((c) => c.pop < 5000));
setBoth('region', lex.regions);
setBoth('country', lex.countries.filter((c) => (c.length > 3 || /^[A-Z.]+$/.test(c)) && c.split(' ').length <= 3));
setBoth('org_known', lex.orgKnown);
const COUNTRY_LC = new Set(lex.countries.map((c) => c.toLowerCase()));
setBoth('nat_en', require_en_nationalities().filter((n) => !COUNTRY_LC.has(n.toLowerCase())));
setBoth('religion', lex.religions);
setBoth('political', lex.political.filter((p) => p !== 'Green'));
V.train.street_stem = L.STREET_STEMS_TRAIN;
V.held.street_stem = L.STREET_STEMS_HELD;
V.train.org_stem = L.ORG_STEMS_TRAIN;
V.held.org_stem = L.ORG_STEMS_HELD;
setBoth('saint', L.SAINTS);

function require_en_nationalities()
{
    const j = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules/i18n-nationality/langs/en.json'), 'utf8'));
    const out = [];
    for (const v of Object.values(j.nationalities))
        for (const p of String(v).split(/\s*[,/]\s*/))
            if (p && !p.includes(' '))
                out.push(p);
    return [...new Set(out.concat(['American', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'Korean', 'Filipino', 'Emirati', 'Kurdish', 'Tamil', 'Punjabi', 'Basque', 'Catalan', 'Arab', 'Hispanic', 'Latino', 'Zulu', 'Xhosa', 'Yoruba', 'Igbo']))];
}

/* Local names of big cities that GeoNames lists under their English name. */
const CITY_ENDONYMS = 'Napoli|Roma|Milano|Torino|Firenze|Venezia|Genova|Padova|Bologna|Lisboa|Porto|Sevilla|Zaragoza|València|Barcelona|Bruxelles|Brussel|Antwerpen|Den Haag|München|Köln|Wien|Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Praha|Brno|København|Göteborg|Malmö|Helsingfors|Åbo|Moskva|Sankt-Peterburg|Kyiv|Bucureşti|Bucuresti|Beograd|Athína|Lefkosia|İstanbul|Istanbul|Ankara|İzmir|Izmir|Genève|Zürich|Luzern|Bern|Den Bosch|Nürnberg|Frankfurt am Main|Düsseldorf|Québec|Montréal|Ciudad de México|Bogotá|São Paulo|Rio de Janeiro|Brasília|Mumbai|Bengaluru|Chennai|Kolkata|Hà Nội|Thành phố Hồ Chí Minh|Seoul|Busan|Tōkyō|Ōsaka|Beijing|Shanghai|Singapura'.split('|');
/* Common English words that are also names or places ("Long", "Mason",
 * "Courier"): capitalised at the start of a sentence they are not names. */
const nameish = new Set([...lex.first.keys(), ...lex.last.keys(), ...lex.humanNames].map((x) => x.toLowerCase()));
const placeish = new Set(lex.cityList.map((c) => c.name.toLowerCase()));
const COMMON_NAMEISH = lex.commonWords.filter((w) => w.length > 2 && (nameish.has(w) || placeish.has(w)));
const COMMON_PLAIN = lex.commonWords.filter((w) => w.length > 2 && !nameish.has(w) && !placeish.has(w));
/* English names of big cities that GeoNames lists under their local name. */
const CITY_EXONYMS = 'Gothenburg|Copenhagen|Warsaw|Prague|Vienna|Cologne|Munich|Naples|Rome|Milan|Turin|Florence|Venice|Genoa|Lisbon|Seville|Brussels|Antwerp|The Hague|Moscow|Kiev|Bucharest|Belgrade|Athens|Nicosia|Geneva|Zurich|Krakow|Cracow|Lodz|Wroclaw|Poznan|Gdansk|Nuremberg|Frankfurt|Dusseldorf|Quebec City|Montreal|Mexico City|Bogota|Sao Paulo|Peking|Hanoi|Ho Chi Minh City|Saigon|Tokyo|Osaka|Kyoto|Seoul|Busan|New Delhi|Bangalore|Calcutta|Bombay|Madras|Cairo|Reykjavik|Tallinn|Riga|Vilnius|Helsinki|Oslo|Stockholm|Malmo|Aarhus|Bergen|Tampere|Turku|Oulu|Uppsala'.split('|');
const LANGS = 'Spanish French German Polish Portuguese Italian Japanese Korean Mandarin Cantonese Hindi Arabic Turkish Finnish Swedish Dutch Greek Russian Ukrainian Vietnamese Thai Indonesian'.split(' ');
const JOBS = [];
for (let i = 0; i < 300; i++)
    JOBS.push(allFakers.en.person.jobTitle());
const DOMAINS = 'gmail.com outlook.com yahoo.com proton.me icloud.com hotmail.co.uk web.de libero.it wp.pl mail.ru example.org corp.example fastmail.com gmx.de orange.fr yandex.com zoho.com'.split(' ');
const FILES = 'main.py app.js index.ts server.go lib.rs config.yaml settings.json Makefile Dockerfile README.md CHANGELOG.md notes.txt report.pdf budget.xlsx schema.sql deploy.sh test_api.py utils.c build.gradle package.json Cargo.toml docker-compose.yml .env.example invoice.pdf photo.jpg'.split(' ');

/* ---- entity generators ---- */

const NAME_PARTICLES = { nl: ['van', 'van der', 'de', 'van den'], nl_BE: ['van', 'De', 'Van'], de: ['von'], es: ['de', 'del', 'de la'], fr: ['de', 'du', 'Le'], it: ['De', 'Di', 'Da'], pt_BR: ['da', 'dos', 'de'], pt_PT: ['da', 'dos', 'de'] };

class Gen {
    constructor(rng, split)
    {
        this.r = rng;
        this.v = V[split];
        this.split = split;
        this.lastPerson = null;
    }
    pickV(key)
    {
        return this.r.pick(this.v[key]);
    }
    firstOf(loc)
    {
        const k = 'first_' + loc;
        if (loc === 'kr')
            return L.krGiven(this.r);
        if (loc === 'cn')
            return L.cnGiven(this.r);
        return this.v[k] && this.v[k].length ? this.pickV(k) : this.pickV('first_en_US');
    }
    lastOf(loc)
    {
        const k = 'last_' + loc;
        return this.v[k] && this.v[k].length ? this.pickV(k) : this.pickV('last_en_US');
    }
    /* A person's name as a list of pieces; title never included. */
    person(mode = 'full')
    {
        const r = this.r;
        const loc = r.weighted({ ...L.NAME_LOCALES, kr: 5, cn: 5, jp: 2, ar: 3, human: 4 });
        let first, last, text;
        if (loc === 'human') {
            first = this.pickV('human');
            last = this.pickV('human');
        } else {
            first = this.firstOf(loc);
            last = this.lastOf(loc);
        }
        if (mode === 'first')
            text = first;
        else if (mode === 'last')
            text = last;
        else if (loc === 'kr')
            text = r.chance(0.7) ? `${last} ${first}` : `${first} ${last}`;
        else if (loc === 'cn')
            text = r.chance(0.75) ? `${last} ${first}` : `${first} ${last}`;
        else if (loc === 'jp' || loc === 'vi' || loc === 'hu')
            text = r.chance(0.6) ? `${last} ${first}` : `${first} ${last}`;
        else {
            const x = r.next();
            if (x < 0.06)
                text = `${first} ${String.fromCharCode(65 + r.int(0, 25))}. ${last}`;
            else if (x < 0.11)
                text = `${first} ${this.firstOf(loc)} ${last}`;
            else if (x < 0.16 && /^(es|es_MX|pt_BR|pt_PT)$/.test(loc))
                text = `${first} ${last} ${this.lastOf(loc)}`;
            else if (x < 0.19)
                text = `${first} ${last}-${this.lastOf(loc)}`;
            else if (x < 0.24 && NAME_PARTICLES[loc])
                text = `${first} ${r.pick(NAME_PARTICLES[loc])} ${last}`;
            else
                text = `${first} ${last}`;
        }
        this.lastPerson = { first, last };
        return [[text, 'PERSON']];
    }
    title()
    {
        const t = this.r.pick(['Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Prof.', 'Miss', 'Sir', 'Herr', 'Frau', 'Sr.', 'Sra.', 'Dott.', 'Pan', 'Pani', 'Mme', 'M.', 'Rev.', 'Capt.', 'Nurse']);
        return t;
    }
    titled()
    {
        const t = this.title();
        const p = this.r.chance(0.5) ? this.person('last') : this.person('full');
        return [[t + ' ', null], ...p];
    }
    email()
    {
        const r = this.r;
        const p = this.lastPerson || { first: 'alex', last: 'kim' };
        const f = L.stripMarks(p.first).toLowerCase().replace(/[^a-z]/g, '');
        const l = L.stripMarks(p.last).toLowerCase().replace(/[^a-z]/g, '');
        const form = r.pick([`${f}.${l}`, `${f[0] || 'x'}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f}`, `${f}${r.int(10, 1999)}`, f]);
        return form + '@' + r.pick(DOMAINS);
    }
    city()
    {
        const x = this.r.next();
        const c = x < 0.7 ? this.pickV('city_big') : x < 0.95 ? this.pickV('city_mid') : this.pickV('city_small');
        return [[c.name, 'LOCATION']];
    }
    region()
    {
        return [[this.pickV('region'), 'LOCATION']];
    }
    country()
    {
        return [[this.pickV('country'), 'LOCATION']];
    }
    streetLine()
    {
        const r = this.r;
        const num = String(r.chance(0.8) ? r.int(1, 2999) : r.int(1, 99));
        const stem = () => (r.chance(0.6) ? this.pickV('street_stem') : this.lastOf(r.pick(['en_US', 'en_GB', 'en_AU', 'en_IE'])));
        const st = r.weighted({ en: 10, es: 2, it: 2, de: 2, fr: 1, pl: 1, fi: 1, sv: 1, nl: 1, tr: 1, pt: 1 });
        switch (st) {
        case 'en': {
            const type = r.pick(['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Close', 'Way', 'Court', 'Place', 'Crescent', 'Terrace', 'Boulevard', 'Grove', 'Parade', 'Highway', 'St', 'Rd', 'Ave', 'Dr', 'Ln', 'Blvd']);
            const two = r.chance(0.25) ? ' ' + r.pick(['Hill', 'Park', 'View', 'Ridge', 'Creek', 'Valley', 'Green', 'Meadow']) : '';
            return [[`${num} ${stem()}${two} ${type}`, 'LOCATION']];
        }
        case 'es':
            return [[`${r.pick(['Calle', 'Avenida', 'Paseo', 'Plaza', 'Camino'])} ${r.chance(0.5) ? 'de ' : ''}${this.lastOf('es')} ${num}`, 'LOCATION']];
        case 'it':
            return [[`${r.pick(['Via', 'Viale', 'Piazza', 'Corso'])} ${r.chance(0.5) ? this.firstOf('it') + ' ' : ''}${this.lastOf('it')} ${num}`, 'LOCATION']];
        case 'de':
            return [[`${this.lastOf('de')}${r.pick(['straße', 'strasse', 'weg', 'allee', 'gasse', 'platz'])} ${num}`, 'LOCATION']];
        case 'fr':
            return [[`${num} ${r.pick(['rue', 'avenue', 'boulevard', 'chemin'])} ${r.pick(['de la ', 'du ', 'des ', ''])}${this.lastOf('fr')}`, 'LOCATION']];
        case 'pl':
            return [[`${r.pick(['ul.', 'al.', 'pl.'])} ${this.lastOf('pl')} ${num}`, 'LOCATION']];
        case 'fi':
            return [[`${this.lastOf('fi')}${r.pick(['katu', 'tie', 'kuja'])} ${num}`, 'LOCATION']];
        case 'sv':
            return [[`${this.lastOf('sv')}${r.pick(['gatan', 'vägen', 'gränd'])} ${num}`, 'LOCATION']];
        case 'nl':
            return [[`${this.lastOf('nl')}${r.pick(['straat', 'laan', 'weg', 'gracht'])} ${num}`, 'LOCATION']];
        case 'tr':
            return [[`${this.lastOf('tr')} ${r.pick(['Caddesi', 'Sokak', 'Bulvarı'])} No: ${num}`, 'LOCATION']];
        default:
            return [[`${r.pick(['Rua', 'Avenida', 'Travessa'])} ${this.firstOf('pt_BR')} ${this.lastOf('pt_BR')}, ${num}`, 'LOCATION']];
        }
    }
    unit()
    {
        const r = this.r;
        return r.pick(['Apt ', 'Apt. ', 'Flat ', 'Unit ', 'Suite ', 'Apartment ']) + r.int(1, 450);
    }
    address()
    {
        const r = this.r;
        const out = [];
        const sep = r.chance(0.15) ? '\n' : ', ';
        if (r.chance(0.15))
            out.push([this.unit() + ', ', null]);
        out.push(...this.streetLine());
        if (r.chance(0.1))
            out.push([', ' + this.unit(), null]);
        out.push([sep, null], ...this.city());
        if (r.chance(0.25))
            out.push([' ' + r.pick([String(r.int(10000, 99999)), `${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${r.int(1, 20)} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`, `${r.int(100, 999)} ${r.int(10, 99)}`]), null]);
        if (r.chance(0.35))
            out.push([sep, null], ...this.region());
        if (r.chance(0.45))
            out.push([sep, null], ...this.country());
        return out;
    }
    cityRegion()
    {
        const r = this.r;
        const tail = r.chance(0.5) ? this.region() : this.country();
        if (r.chance(0.15))
            return [...this.city(), [' (', null], ...tail, [')', null]];
        return [...this.city(), [', ', null], ...tail];
    }
    orgStem()
    {
        const r = this.r;
        if (r.chance(0.7))
            return this.pickV('org_stem');
        return r.chance(0.5) ? this.pickV('street_stem') : this.lastOf(r.pick(['en_US', 'en_GB', 'it', 'de', 'es', 'fr', 'nl']));
    }
    orgCompany()
    {
        const r = this.r;
        const H = L.ORG_HEADS;
        const legal = () => r.pick(['Inc.', 'Inc', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'Corp.', 'Co.', 'GmbH', 'AG', 'SA', 'S.A.', 'SpA', 'S.p.A.', 'S.r.l.', 'Srl', 'BV', 'B.V.', 'NV', 'Pty Ltd', 'AB', 'Oy', 'A/S', 'Sp. z o.o.', 'S.L.', 'SAS', 'SARL', 'Limited', 'Pte Ltd', 'Pvt Ltd', 'Corporation', 'Company', 'Group', 'Holdings']);
        const x = r.next();
        if (x < 0.3)
            return `${this.orgStem()} ${r.pick(H.gen)}`;
        if (x < 0.5)
            return `${this.orgStem()} ${r.pick(H.gen)} ${legal()}`;
        if (x < 0.6)
            return `${this.orgStem()} ${legal()}`;
        if (x < 0.68) {
            const loc = r.pick(['en_US', 'en_GB', 'de', 'it', 'fr']);
            return `${this.lastOf(loc)} ${legal()}`;
        }
        if (x < 0.73)
            return `${this.lastOf('en_US')} & ${this.lastOf('en_GB')}${r.chance(0.5) ? ' ' + r.pick(['LLP', 'Associates', 'Partners']) : ''}`;
        if (x < 0.76)
            return `${this.lastOf('en_US')}, ${this.lastOf('en_US')} and ${this.lastOf('en_GB')}`;
        if (x < 0.82) {
            const it = r.pick(['Trasporti', 'Costruzioni', 'Officina', 'Farmacia', 'Pasticceria', 'Studio', 'Impianti', 'Edilizia', 'Autoricambi']);
            return `${it} ${this.lastOf('it')} ${r.pick(['S.r.l.', 'S.p.A.', 'Srl', '& Figli', 's.n.c.'])}`;
        }
        if (x < 0.86) {
            const es = r.pick(['Construcciones', 'Transportes', 'Grupo', 'Talleres', 'Distribuciones', 'Inversiones']);
            return `${es} ${this.lastOf('es')} ${r.pick(['S.L.', 'S.A.', 'SL'])}`;
        }
        if (x < 0.89)
            return `${this.lastOf('de')} ${r.pick(['Bau', 'Logistik', 'Technik', 'Versicherung', 'Immobilien'])} ${r.pick(['GmbH', 'AG', 'KG'])}`;
        if (x < 0.91)
            return `${r.pick(['Boulangerie', 'Cabinet', 'Garage', 'Transports'])} ${this.lastOf('fr')}`;
        return this.pickV('org_known');
    }
    orgBank()
    {
        const r = this.r;
        const x = r.next();
        const c = () => this.city()[0][0];
        if (x < 0.3)
            return `${this.orgStem()} ${r.pick(['Bank', 'Savings Bank', 'Credit Union', 'Bancorp', 'Insurance', 'Mutual', 'Capital', 'Trust', 'Financial', 'Assurance'])}`;
        if (x < 0.4)
            return `Bank of ${c()}`;
        if (x < 0.47)
            return `${c()} ${r.pick(['Savings Bank', 'Credit Union', 'Cooperative Bank'])}`;
        if (x < 0.55)
            return `${r.pick(['Banco', 'Banca', 'Banque', 'Bank'])} ${this.orgStem()}`;
        if (x < 0.6)
            return `First ${this.orgStem()} Bank`;
        return this.pickV('org_known');
    }
    orgHealth()
    {
        const r = this.r;
        const x = r.next();
        const c = () => this.city()[0][0];
        if (x < 0.3)
            return `${this.orgStem()} ${r.pick(['Health', 'Medical Centre', 'Medical Center', 'Clinic', 'Dental', 'Hospital', 'Pharmacy', 'Health Partners', 'Care', 'Diagnostics', 'Imaging', 'Physiotherapy'])}`;
        if (x < 0.45)
            return `${c()} ${r.pick(['General Hospital', 'University Hospital', "Children's Hospital", 'Medical Centre', 'Clinic', 'Infirmary'])}`;
        if (x < 0.6)
            return `${r.pick(['St.', 'St', 'Saint'])} ${this.pickV('saint')}'s ${r.pick(['Hospital', 'Medical Centre', 'Clinic', 'Infirmary'])}`;
        if (x < 0.7)
            return `${this.lastOf(r.pick(['en_US', 'en_GB']))} ${r.pick(['Clinic', 'Dental Practice', 'Family Practice', 'Eye Centre'])}`;
        if (x < 0.78)
            return `${r.pick(['Hospital', 'Clínica', 'Ospedale', 'Klinikum', 'Szpital', 'Hôpital'])} ${r.pick([this.orgStem(), c()])}`;
        if (x < 0.85)
            return `University of ${c()}`;
        return `${this.orgStem()} ${r.pick(['Hospital', 'Clinic', 'Health'])}`;
    }
    org(kind)
    {
        const r = this.r;
        const k = kind || r.weighted({ c: 5, b: 2, h: 2 });
        const t = k === 'c' ? this.orgCompany() : k === 'b' ? this.orgBank() : k === 'h' ? this.orgHealth() : this.pickV('org_known');
        return [[t, 'ORGANIZATION']];
    }
    nrp(kind)
    {
        const r = this.r;
        const k = kind || r.weighted({ nat: 6, rel: 3, pol: 1 });
        const w = k === 'nat' ? this.pickV('nat_en') : k === 'rel' ? this.pickV('religion') : this.pickV('political');
        return [[w, 'NRP']];
    }
    /* ---- fillers (never entities) ---- */
    phone()
    {
        const r = this.r;
        const d = (n) => Array.from({ length: n }, () => r.int(0, 9)).join('');
        return r.pick([`+1 (${d(3)}) ${d(3)}-${d(4)}`, `${d(3)}-${d(3)}-${d(4)}`, `+44 ${d(4)} ${d(6)}`, `+49 ${d(3)} ${d(7)}`, `0${d(2)} ${d(3)} ${d(4)}`, `+33 ${d(1)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+91 ${d(5)} ${d(5)}`, `+61 ${d(1)} ${d(4)} ${d(4)}`]);
    }
    date()
    {
        const r = this.r;
        const M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        const y = r.int(1950, 2027), m = r.int(1, 12), dd = r.int(1, 28);
        const p2 = (n) => String(n).padStart(2, '0');
        return r.pick([`${M[m - 1]} ${dd}, ${y}`, `${dd} ${M[m - 1]} ${y}`, `${y}-${p2(m)}-${p2(dd)}`, `${p2(dd)}/${p2(m)}/${y}`, `${m}/${dd}/${y}`, `${M[m - 1].slice(0, 3)} ${dd}`, `${dd}.${m}.${y}`, `${dd} de ${['enero', 'marzo', 'mayo', 'julio', 'octubre'][r.int(0, 4)]} de ${y}`, `${dd} ${['maja', 'czerwca', 'lipca'][r.int(0, 2)]} ${y}`, `${dd}. ${['toukokuuta', 'kesäkuuta'][r.int(0, 1)]} ${y}`]);
    }
    fill(slot)
    {
        const r = this.r;
        const n = (a, b) => String(r.int(a, b));
        switch (slot) {
        case 'EMAIL':
            this.lastPerson = { first: this.pickV('human'), last: this.pickV('human') };
            return this.email();
        case 'PEMAIL':
            return this.email();
        case 'PHONE':
            return this.phone();
        case 'TEL':
            return `${r.pick(ID.PHONE_PREFIX)} ${this.phone()}`;
        case 'DOB':
            return `${r.pick(ID.DOB_PREFIX)} ${this.date()}`;
        case 'IDX':
        case 'IDX2':
            return ID.idMention(r);
        case 'IDJ':
        case 'IDJ2':
            return ID.idJson(r);
        case 'IDV':
            return ID.idValue(r);
        case 'DATE':
            return this.date();
        case 'TIME':
            return r.pick([`${r.int(1, 12)}:${n(10, 59)} ${r.pick(['AM', 'PM', 'am', 'pm'])}`, `${n(10, 23)}:${n(10, 59)}`, `${r.int(1, 12)}pm`, 'noon']);
        case 'ID':
            if (r.chance(0.5))
                return ID.idMention(r);
            return r.pick([`${r.pick(['TK', 'CS', 'REQ', 'INC', 'CASE'])}-${n(1000, 999999)}`, `#${n(10000, 9999999)}`, `${String.fromCharCode(65 + r.int(0, 25))}${n(1000000, 9999999)}${String.fromCharCode(65 + r.int(0, 25))}`]);
        case 'ORDER':
            return r.pick([`#${n(100000, 99999999)}`, `SO-${n(10000, 999999)}`, `ORD${n(100000, 9999999)}`]);
        case 'N2':
            return n(2, 99);
        case 'AGE':
            return n(18, 92);
        case 'AMT':
        case 'AMT2':
            return r.pick([`$${n(5, 9999)}.${n(10, 99)}`, `€${n(5, 9999)}`, `£${n(5, 999)}.${n(10, 99)}`, `${n(5, 999)} EUR`, `₹${n(100, 99999)}`]);
        case 'PROD':
            return allFakers.en.commerce.productName();
        case 'FILE':
            return r.pick(FILES);
        case 'TECH':
        case 'TECH2':
            return r.pick(L.TECH);
        case 'MONTH':
            return r.pick(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
        case 'DAY':
        case 'DAY2':
            return r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Fri', 'tomorrow']);
        case 'VER':
        case 'VER2':
            return `${r.pick(['v', ''])}${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`;
        case 'LANG':
        case 'LANG2':
            return r.pick(LANGS);
        case 'JOB':
            return r.pick(JOBS);
        case 'CW':
        case 'CW2':
            /* a common word that is also a name, capitalised */
            return cap(r.pick(COMMON_NAMEISH));
        case 'cw':
        case 'cw2':
        case 'cw3':
            return r.pick(r.chance(0.3) ? COMMON_NAMEISH : COMMON_PLAIN);
        case 'TC': {
            /* a Title Case phrase of ordinary words: a heading, a dish, a menu */
            const k = r.int(2, 3);
            const ws = [];
            for (let i = 0; i < k; i++)
                ws.push(cap(r.pick(r.chance(0.3) ? COMMON_NAMEISH : COMMON_PLAIN)));
            return ws.join(' ');
        }
        default:
            return null;
        }
    }
    slot(name)
    {
        const base = name.replace(/\d+$/, '');
        switch (base) {
        case 'P':
            return this.person('full');
        case 'PF':
            return this.person('first');
        case 'PL':
            return this.person('last');
        case 'PT':
            return this.titled();
        case 'C':
            return this.city();
        case 'R':
            return this.region();
        case 'K':
            return this.country();
        case 'CR':
            return this.cityRegion();
        case 'ST':
            return this.streetLine();
        case 'A':
            return this.address();
        case 'O':
            return this.org();
        case 'OB':
            return this.org('b');
        case 'OH':
            return this.org('h');
        case 'OC':
            return this.org('c');
        case 'OK':
            return this.org('k');
        case 'N':
            return this.nrp();
        case 'NAT':
            return this.nrp('nat');
        case 'REL':
            return this.nrp('rel');
        case 'POL':
            return this.nrp('pol');
        default: {
            const f = this.fill(base);
            if (f === null)
                throw new Error('unknown slot ' + name);
            return [[f, null]];
        }
        }
    }
    expand(tpl)
    {
        const parts = [];
        let last = 0;
        for (const m of tpl.matchAll(/\{([A-Za-z]+\d?)\}/g)) {
            if (m.index > last)
                parts.push([tpl.slice(last, m.index), null]);
            parts.push(...this.slot(m[1]));
            last = m.index + m[0].length;
        }
        if (last < tpl.length)
            parts.push([tpl.slice(last), null]);
        return parts;
    }
}

/* Structured records: JSON, YAML, key=value, CSV, tables, XML, with many
 * spellings of the field names (the key is the best context a value has). */
const KEYS = {
    P: 'name full_name fullName customer customer_name holder account_holder owner beneficiary payee payer patient employee applicant contact assignee reporter driver passenger tenant guest sender recipient signatory member client lead nombre nome nazwisko nimi namn ad_soyad Name Kunde titular intestatario'.split(' '),
    PF: 'first_name firstName given_name forename nombre_pila imie etunimi förnamn'.split(' '),
    PL: 'last_name lastName surname family_name apellido cognome sukunimi efternamn soyad'.split(' '),
    O: 'company employer bank issuer vendor supplier insurer organisation organization org merchant hospital clinic provider carrier payee_bank creditor debtor empresa azienda firma yritys företag şirket banco banca Arbeitgeber'.split(' '),
    C: 'city town location place_of_birth birthplace branch office ciudad città miasto kaupunki stad şehir Stadt ville destination origin'.split(' '),
    R: 'state region province county estado provincia województwo maakunta län'.split(' '),
    K: 'country country_of_residence residence_country país paese kraj maa land ülke Land pays'.split(' '),
    A: 'address street address_line1 addr billing_address shipping_address dirección indirizzo adres osoite adress adresse'.split(' '),
    NAT: 'nationality citizenship nacionalidad nazionalità obywatelstwo kansalaisuus medborgarskap uyruk'.split(' '),
    REL: 'religion faith religión religione wyznanie uskonto'.split(' '),
};
const OTHER_KEYS = { email: 'PEMAIL', phone: 'PHONE', mobile: 'PHONE', dob: 'DATE', date_of_birth: 'DATE', amount: 'AMT', status: null, plan: null, id: 'ORDER', created_at: 'DATE', product: 'PROD', notes: 'TC', department: 'TC', role: 'JOB', title: 'JOB', ticket: 'ID' };

function structured(g)
{
    const r = g.r;
    const fields = [];
    const want = ['P'];
    for (const k of ['O', 'C', 'K', 'A', 'R', 'NAT', 'REL', 'PF', 'PL'])
        if (r.chance(k === 'O' || k === 'C' ? 0.45 : 0.15))
            want.push(k);
    if (r.chance(0.3))
        want.shift();
    for (const k of want) {
        const key = r.pick(KEYS[k]);
        let val;
        if (k === 'P')
            val = g.person('full');
        else if (k === 'PF')
            val = g.person('first');
        else if (k === 'PL')
            val = g.person('last');
        else if (k === 'O')
            val = g.org();
        else if (k === 'A')
            val = r.chance(0.5) ? g.streetLine() : g.address();
        else if (k === 'NAT')
            val = g.nrp('nat');
        else if (k === 'REL')
            val = g.nrp('rel');
        else
            val = g.slot(k);
        fields.push([key, val]);
    }
    const nother = r.int(1, 4);
    for (let i = 0; i < nother; i++) {
        if (r.chance(0.5)) {
            const [kws, shapes] = r.pick(ID.ID_KINDS);
            fields.push([r.pick(kws).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''), [[ID.shapeFill(r, r.pick(shapes)), null]]]);
        } else {
            const k = r.pick(Object.keys(OTHER_KEYS));
            const v = OTHER_KEYS[k] ? g.fill(OTHER_KEYS[k]) : r.pick(['active', 'closed', 'pending', 'Gold', 'Premium', 'Basic', 'N/A']);
            fields.push([k, [[v, null]]]);
        }
    }
    for (let i = fields.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [fields[i], fields[j]] = [fields[j], fields[i]];
    }
    const out = [];
    const fmt = r.weighted({ json: 4, jsonl: 2, yaml: 2, kv: 2, eq: 1, csv: 1, md: 1, xml: 1 });
    const flatVal = (v) => v; /* pieces */
    if (fmt === 'json' || fmt === 'jsonl') {
        const nl = fmt === 'json' && r.chance(0.4);
        out.push([nl ? '{\n  ' : '{', null]);
        fields.forEach(([k, v], i) => {
            if (i)
                out.push([nl ? ',\n  ' : ', ', null]);
            out.push([`"${k}": "`, null], ...flatVal(v).map(([t, l]) => [t.replace(/\n/g, ', '), l]), ['"', null]);
        });
        out.push([nl ? '\n}' : '}', null]);
    } else if (fmt === 'yaml' || fmt === 'kv') {
        fields.forEach(([k, v], i) => {
            if (i)
                out.push(['\n', null]);
            out.push([fmt === 'yaml' ? `${k}: ` : `${k.replace(/_/g, ' ')}: `, null], ...v.map(([t, l]) => [t.replace(/\n/g, ', '), l]));
        });
    } else if (fmt === 'eq') {
        fields.forEach(([k, v], i) => {
            if (i)
                out.push([' ', null]);
            out.push([`${k}=`, null], ...v.map(([t, l]) => [t.replace(/\n/g, ', ').replace(/ /g, !l && r.chance(0.5) ? '_' : ' '), l]));
        });
    } else if (fmt === 'csv') {
        out.push([fields.map(([k]) => k).join(',') + '\n', null]);
        fields.forEach(([, v], i) => {
            if (i)
                out.push([',', null]);
            out.push(...v.map(([t, l]) => [t.replace(/\n/g, ' ').replace(/,/g, ' '), l]));
        });
    } else if (fmt === 'md') {
        out.push(['| ' + fields.map(([k]) => k).join(' | ') + ' |\n|' + fields.map(() => '---|').join('') + '\n| ', null]);
        fields.forEach(([, v], i) => {
            if (i)
                out.push([' | ', null]);
            out.push(...v.map(([t, l]) => [t.replace(/\n/g, ', '), l]));
        });
        out.push([' |', null]);
    } else {
        out.push(['<record>', null]);
        for (const [k, v] of fields)
            out.push([`<${k}>`, null], ...v.map(([t, l]) => [t.replace(/\n/g, ', '), l]), [`</${k}>`, null]);
        out.push(['</record>', null]);
    }
    return out;
}

function record(g, T)
{
    const r = g.r;
    const parts = [];
    if (T === TT && r.chance(0.12)) {
        if (r.chance(0.3))
            parts.push([r.pick(T.PREAMBLES), null]);
        parts.push(...structured(g));
        return finish(r, parts);
    }
    if (r.chance(0.25))
        parts.push([r.pick(T.PREAMBLES), null]);
    const n = r.chance(0.7) ? 1 : r.chance(0.7) ? 2 : 3;
    for (let i = 0; i < n; i++) {
        if (i)
            parts.push([r.pick([' ', ' ', '\n', '\n\n']), null]);
        const pool = T.TEMPLATES_EXTRA.length && r.chance(0.05) ? T.TEMPLATES_EXTRA : T.TEMPLATES;
        parts.push(...g.expand(r.pick(pool)));
    }
    if (r.chance(0.2))
        parts.push([r.pick(T.SUFFIXES), null]);
    else if (T === TT && r.chance(0.1))
        parts.push(...g.expand(signoff(r)));
    return finish(r, parts);
}

/* An e-mail's sign-off: "Best," or "Hope this helps," is no name, the
 * name or team under it is (or is not). */
const SIGNOFFS = ['Best', 'Best regards', 'Best wishes', 'Kind regards', 'Regards', 'Warm regards', 'Cheers',
    'Thanks', 'Many thanks', 'Thank you', 'All the best', 'Sincerely', 'Hope this helps', 'Talk soon', 'Thx',
    'Take care', 'Grüße', 'Cordialement', 'Saludos', 'Cordiali saluti', 'Pozdrawiam', 'Groeten'];
const TEAMS = ['Support', 'The Team', 'IT', 'HR', 'Finance', 'Billing', 'Customer Care', 'Sales',
    'Your Support Team', 'Accounts'];
function signoff(r)
{
    const so = r.pick(SIGNOFFS), sep = r.pick([',\n', ',\n', '\n', ', ', ' -- ']);
    const who = r.chance(0.45) ? '{PF}' : r.chance(0.5) ? '{P}' : r.pick(TEAMS);
    return r.pick(['\n\n', '\n', ' ']) + so + sep + who;
}

function finish(r, parts)
{
    /* Case: most text as written; some all lower case, some names in capitals. */
    const x = r.next();
    let tf = (p) => p;
    if (x < 0.12)
        tf = (p) => [p[0].toLowerCase(), p[1]];
    else if (x < 0.15)
        tf = (p) => [p[1] ? p[0].toLowerCase() : p[0], p[1]];
    else if (x < 0.19)
        tf = (p) => [p[1] === 'PERSON' ? p[0].toUpperCase() : p[0], p[1]];
    else if (x < 0.205)
        tf = (p) => [p[0].toUpperCase(), p[1]];
    let text = '', bytes = 0;
    const spans = [];
    for (const p0 of parts) {
        const [t, lab] = tf(p0);
        const b = Buffer.byteLength(t);
        if (lab)
            spans.push([bytes, bytes + b, lab]);
        text += t;
        bytes += b;
    }
    return { text, spans };
}

/* ---- lexicon file ---- */

function writeLexicon()
{
    const F = new Map(); // entry -> Set(flags)
    const add = (e, f) => {
        if (!e || e.length > 60)
            return;
        e = e.normalize('NFC');
        for (const v of new Set([e, L.stripMarks(e)])) {
            if (!F.has(v))
                F.set(v, new Set());
            F.get(v).add(f);
        }
    };
    for (const [n] of lex.first)
        add(n, 'F');
    for (const [n] of lex.last)
        add(n, 'L');
    for (const n of lex.krGivenLex)
        add(n, 'F');
    for (const n of lex.cnSyl)
        add(n, 'F');
    const extra = L.extraNames();
    for (const n of extra.first)
        add(n, 'F');
    for (const n of extra.last)
        add(n, 'L');
    for (const n of lex.humanNames)
        add(n, 'N');
    for (const c of lex.cityList) {
        add(c.name, 'C');
        if (c.pop >= 100000)
            add(c.name, 'B');
    }
    for (const c of lex.capitals)
        add(c, 'B');
    for (const n of lex.regions)
        add(n, 'R');
    for (const n of lex.countries)
        add(n, 'K');
    /* platforms people post and message on are products there, no firms
     * ("find her on LinkedIn", "a WhatsApp to my tenant") */
    const PLATFORM = new Set(L.PLATFORMS.concat(L.NOT_FIRMS));
    /* lists and their flag, in this order (an entry's flags are a set) */
    const lists = [
        [L.STREET_TYPES, 'S'], [L.ORG_HEADS.health, 'O'], [L.ORG_HEADS.fin, 'O'], [L.ORG_HEADS.gen, 'O'],
        [L.ORG_HEADS.legal, 'G'], [L.ORG_HEADS_MORE, 'O'], [L.NRP_MULTI, 'Q'], [L.NRP_MORE, 'Q'],
        [L.TITLES_MORE, 'T'], [L.STREET_TYPES_MORE, 'S'], [L.ORG_HEADS_MORE2, 'O'],
        [L.ORG_HEADS_MORE3, 'O'], [L.ORG_HEADS_MORE4, 'O'], [L.LEGAL_MORE, 'G'], [L.FAMOUS_FIRMS_MORE, 'P'],
        [lex.orgKnown.concat(L.FAMOUS_FIRMS).filter((n) => !PLATFORM.has(n)), 'P'], [lex.nrp, 'Q'],
        [lex.commonWords, 'W'], [lex.months, 'M'],
        [lex.titles, 'T'], [lex.tech.concat(ID.MORE_TECH, L.PLATFORMS), 'X'], [ID.FOREIGN_COMMON, 'W'],
    ];
    for (const [list, flag] of lists)
        for (const n of list)
            add(n, flag);
    for (const n of CITY_ENDONYMS.concat(CITY_EXONYMS))
        add(n, 'B'), add(n, 'C');
    /* The frequent words above are words first: "para", "moi" or "de" are
     * also a region, a town or a surname somewhere, and as such made names
     * of "para" in Spanish text. Only their first-name, big-city, country
     * and organisation flags stay. */
    const curated = new Set(ID.FOREIGN_COMMON);
    for (const [e, fs_] of F)
        if (curated.has(e.toLowerCase()))
            for (const x of 'LNCRQP') /* "Buenos" of "Buenos días" is no firm */
                fs_.delete(x);
    addMarkedNames(F);
    const lines = [];
    for (const [e, fs_] of F)
        lines.push(e + '\t' + [...fs_].sort().join(''));
    lines.sort();
    const head = '# llmgate NER lexicon, generated by tools/ner/gen.mjs; do not edit by hand.\n' +
        '# entry<TAB>flags. F first name, L surname, N any name (humannames), C city, B big city or capital,\n' +
        '# R region, K country, S street type, O organisation head word, G legal form, P known organisation,\n' +
        '# Q nationality/religion/political group, W common English word, M month/weekday, T title, X tech word.\n';
    /* Gzipped: the plain list is 5 MB and only the trainer reads it. */
    fs.writeFileSync(path.join(DATA, 'ner_lexicon.txt.gz'),
        zlib.gzipSync(head + lines.join('\n') + '\n', { level: 9 }));
    return F;
}

/*
 * German spellings of names the lexicon has only without their marks: the
 * name lists are mostly ASCII ("Jurgen", "Gunter", "Weiss"), and the German
 * word list has "Jürgen", "Günter" and "Weiß" capitalised among its nouns,
 * where the other languages' filter made them common words. A capitalised
 * entry of the German list with an umlaut or ß whose transliteration (ü to
 * u or ue, ß to ss) is a first name, surname or name of the lexicon gets
 * that name's flags, and so stays out of the filter too.
 */
function addMarkedNames(F)
{
    const file = '/usr/share/dict/ngerman';
    if (!fs.existsSync(file))
        throw new Error(`${file} missing: apt-get install wngerman`);
    const short = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 'ss' };
    const long = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
    let n = 0;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const w = line.trim().normalize('NFC');
        if (!/^[A-ZÄÖÜ][a-zäöüß]+$/.test(w) || !/[äöüßÄÖÜ]/.test(w) || F.has(w))
            continue;
        const names = new Set();
        for (const map of [short, long]) {
            const t = w.replace(/[äöüßÄÖÜ]/g, (c) => map[c]);
            for (const f of F.get(t) || [])
                if ('FLN'.includes(f))
                    names.add(f);
        }
        if (names.size) {
            F.set(w, names);
            n++;
        }
    }
    console.error(`gen: ${n} German spellings of names`);
}

/* Common words of the other languages the corpus uses, from Debian's word
 * lists (wfrench, wngerman, wspanish, witalian, wportuguese, wdutch,
 * wswedish, wpolish) and hunspell-es (train.sh installs them): every inflected form, so
 * that "pouvez", "rechnung" or "magasin" in a lower-case line are no name
 * candidates. First names, big cities, countries and known organisations
 * ("pierre", "paris", "rosa") are left out: the lexicon's flag decides
 * those. Surnames, towns, regions and the long list of any human names
 * that are also words ("ferri", "moi", "leider") get the common-word flag
 * too, as English ones have it. Capitalised entries are proper nouns and
 * left out, but for German nouns. Polish lists 4.3M forms; those up to 12
 * bytes (2M) are kept. The trainer
 * compiles out/foreign.txt into the model's filter (--foreign). */
const DICTS = [['french', 'utf8'], ['ngerman', 'utf8'], ['spanish', 'utf8'], ['italian', 'utf8'],
    ['portuguese', 'utf8'], ['dutch', 'utf8'], ['swedish', 'latin1'], ['polish', 'utf8', 12]];

function writeForeign(F)
{
    const ent = new Set(), entAny = new Set();
    for (const [e, f] of F) {
        const fl = [...f].join('');
        if (/[FBKP]/.test(fl))
            ent.add(e.toLowerCase());
        if (/[FLNCBRKPQ]/.test(fl))
            entAny.add(e.toLowerCase());
    }
    const words = new Set();
    for (const [name, enc, maxBytes] of DICTS) {
        const file = path.join('/usr/share/dict', name);
        if (!fs.existsSync(file))
            throw new Error(`${file} missing: apt-get install w${name}`);
        for (const line of fs.readFileSync(file, enc).split('\n')) {
            const raw = line.trim(), w = raw.toLowerCase();
            if (w.length < 2 || /[\s\d.]/.test(w) || ent.has(w))
                continue;
            /* Capitalised entries are proper nouns ("Caldwell" in the Polish
             * list), except German nouns: there, only those the lexicon does
             * not know as an entity ("Rechnung", not "Müller"). */
            if (raw !== w && (name !== 'ngerman' || entAny.has(w)))
                continue;
            if (maxBytes && Buffer.byteLength(w) > maxBytes)
                continue;
            words.add(w);
        }
    }
    /* wspanish has 86k words and few verb forms ("llegará", "avisen");
     * hunspell-es's dictionary expanded by its affix rules (unmunch, from
     * hunspell-tools) has them all: 1.3M forms. */
    const es = spawnSync('unmunch', ['/usr/share/hunspell/es_ES.dic', '/usr/share/hunspell/es_ES.aff'],
        { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (es.status !== 0)
        throw new Error('unmunch failed: apt-get install hunspell-tools hunspell-es');
    for (const line of es.stdout.split('\n')) {
        const raw = line.trim(), w = raw.toLowerCase();
        if (w.length >= 2 && raw === w && !/[\s\d.\/]/.test(w) && !ent.has(w))
            words.add(w);
    }
    for (const w of ID.FOREIGN_COMMON)
        if (!ent.has(w))
            words.add(w);
    fs.writeFileSync(path.join(OUT, 'foreign.txt'), [...words].sort().join('\n') + '\n');
    console.error(`gen: ${words.size} foreign common words`);
}

function main()
{
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(DATA, { recursive: true });
    const F = writeLexicon();
    writeForeign(F);

    /* Lexicon dropout: hide 25 % of the entity entries while training, so the
     * model learns to find names no list knows. Held-out vocabulary is hidden
     * too (it never appears in training text anyway). */
    const ent = /[FLNCBRKPQ]/;
    const closed = /[QK]/; /* nationalities and countries: closed classes, never hidden */
    const maskTrain = [], maskHeld = [];
    for (const [e, f] of F) {
        const fl = [...f].join('');
        if (!ent.test(fl))
            continue;
        if (!closed.test(fl) && L.fnv('drop:' + e.toLowerCase()) % 4 === 0)
            maskTrain.push(e);
        if (L.isHeld(e))
            maskHeld.push(e);
    }
    fs.writeFileSync(path.join(OUT, 'mask_train.txt'), maskTrain.join('\n') + '\n');
    fs.writeFileSync(path.join(OUT, 'mask_held.txt'), maskHeld.join('\n') + '\n');

    for (const [name, n, split, T, seed] of [['train', N_TRAIN, 'train', TT, SEED], ['held', N_HELD, 'held', TH, SEED + 1000], ['held2', N_HELD, 'held', TH2, SEED + 2000], ['held3', N_HELD, 'held', TH3, SEED + 3000]]) {
        const g = new Gen(new Rng(seed), split);
        const fd = fs.openSync(path.join(OUT, name + '.jsonl'), 'w');
        let buf = [];
        for (let i = 0; i < n; i++) {
            buf.push(JSON.stringify(record(g, T)));
            if (buf.length >= 5000) {
                fs.writeSync(fd, buf.join('\n') + '\n');
                buf = [];
            }
        }
        if (buf.length)
            fs.writeSync(fd, buf.join('\n') + '\n');
        fs.closeSync(fd);
    }
    console.error(`gen: lexicon ${F.size} entries; ${N_TRAIN} train, ${N_HELD} held-out records in ${OUT}`);
}

main();
