"""Probe 21: a blind measure of generalisation.

About 600 chat prompts in the style of the dev corpus (support tickets, HR and
payroll, KYC, clinical and pharmacy notes, travel, logs, config snippets,
JSON/CSV/key-value records, prompts in Spanish, Italian, Polish, Swedish,
Finnish and Turkish, lower- and upper-case variants, instructions before or
after the text, and PII-free look-alike prompts), with the dev corpus's type
mix. Templates, people, places, organisations, e-mail domains and file names
are new; identifiers come in the dev formats and in other published formats
(other card brands, IBAN countries, phone plans, licence layouts, century
signs). Every check-digit value is valid. Written from the corpus description
and dev alone, without looking at the engine.

    python3 tools/probes/probe21.py > /tmp/p21.jsonl
"""
import os
import random
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2121)


def pick(seq):
    return R.choice(seq)


def dg(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


TEMPLATES = []


def tpl(n, neg=False, case=True, wrap=True):
    """Register a template: n records are drawn from it."""
    def deco(f):
        TEMPLATES.append((f, n, neg, case, wrap))
        return f
    return deco

# ---- vocabularies (disjoint from the dev corpus) ---------------------------

FIRST = ['Selam', 'Folake', 'Putu', 'Intan', 'Kristoffer', 'Dalisay', 'Pim', 'Yufei',
         'Hinata', 'Laleh', 'Yousef', 'Samira', 'Nabil', 'Hanan', 'Amal', 'Noa', 'Yael', 'Eitan',
         'Shira', 'Yiannis', 'Ágnes', 'Jitka', 'Tihomir', 'Snježana', 'Ruud', 'Maartje',
         'Halldóra', 'Ólafur', 'Søren', 'Frederikke', 'Asger', 'Kadri', 'Tõnu', 'Margus', 'Jānis',
         'Kristaps', 'Laima', 'Dace', 'Mindaugas', 'Aušra', 'Giedrė', 'Giorgi', 'Levan', 'Ketevan',
         'Anush', 'Hovhannes', 'Armen', 'Lilit', 'Narek', 'Mirko', 'Salvatore', 'Kavitha', 'Divya',
         'Gopal', 'Venkat', 'Rhodri', 'Eluned', 'Tavita', 'Sione', 'Losana', 'Kekoa', 'Makana',
         'Ptolemy', 'Philippa', 'Fridolin', 'Mechthild', 'Gesine', 'Wout', 'Lieve', 'Griet',
         'Chidera', 'Lemlem', 'Hiwot', 'Tsepo', 'Gede', 'Marivic', 'Rodelio', 'Amihan', 'Apinya',
         'Nguyet', 'Quynh', 'Xiaoyu', 'Kousuke', 'Navid', 'Golnar', 'Nasrin', 'Mahnaz', 'Munir',
         'Ilan', 'Dafna', 'Gilad', 'Anastasios', 'Botond', 'Vladimír', 'Corina', 'Doina', 'Zoran',
         'Dragan', 'Ljiljana', 'Wouter', 'Eline', 'Iolanda', 'Heloísa', 'Valquíria', 'Nahir',
         'Belén', 'Amaru', 'Anahí', 'Tonatiuh', 'Einar', 'Hrafn', 'Kolbrún', 'Snorri', 'Håvard',
         'Vetle', 'Torstein', 'Bodil', 'Jesper', 'Vibeke', 'Ülle', 'Aivar', 'Maarja', 'Indrek',
         'Raimonds', 'Baiba', 'Inese', 'Vytautas', 'Žydrūnė', 'Tornike', 'Irakli', 'Salome',
         'Gohar', 'Tigran', 'Aram', 'Filiz', 'Nilüfer', 'Jolanta', 'Margareta', 'Raimo', 'Arto',
         'Ettore', 'Arnaldo', 'Ruggero', 'Marisa', 'Tullio', 'Corrado', 'Josu', 'Idoia', 'Garbiñe',
         'Eulalia', 'Sreenivas', 'Swathi', 'Bhavana', 'Bronagh', 'Seonaidh', 'Catriona', 'Malakai',
         'Viliami', 'Salote', 'Lanakila', 'Noelani', 'Algernon', 'Hortense', 'Persephone',
         'Winifred', 'Evander', 'Adelheid', 'Roswitha', 'Mieke', 'Dries', 'Annelies', 'Rekha',
         'Ashok', 'Teresa', 'Henryk', 'Janusz', 'Dilek', 'Orhan', 'Nihat', 'Aysel', 'Berna',
         'Brandy', 'Randall', 'Tammy', 'Duane', 'Kirsten', 'Loretta', 'Pirjo', 'Heikki', 'Riitta',
         'Sirpa', 'Ingegerd', 'Ximo', 'Idoia']
LAST = ['Bekele', 'Haile', 'Adebayo', 'Suharto', 'Rattanakosin', 'Wu', 'Yamamoto', 'Aziz',
        'Mansouri', 'Habibi', 'Darwish', 'Mizrahi', 'Friedman', 'Avraham', 'Dumitru', 'Babić',
        'Marić', 'Jurić', 'Knežević', 'Smit', 'Dijkstra', 'Marques', 'Benítez', 'Guðmundsdóttir',
        'Sigurðsson', 'Einarsson', 'Jónsdóttir', 'Kjærgaard', 'Mortensen', 'Lauridsen', 'Tamm',
        'Saar', 'Kalniņš', 'Ozoliņa', 'Liepiņš', 'Kazlauskas', 'Petrauskaitė', 'Jankauskas',
        'Žukauskas', 'Beridze', 'Kapanadze', 'Gelashvili', 'Tsiklauri', 'Hakobyan', 'Sargsyan',
        'Grigoryan', 'Petrosyan', 'Ferrer', 'Raghunathan', 'Subramaniam', 'Keane', 'Lennox',
        'Leota', 'Kahananui', 'Akana', 'Wrexley', 'Baumgartner', 'Hinterberger', 'Oberholzer',
        'Peeters', 'Janssens', 'Ogunleye', 'Onyekachi', 'Nkosana', 'Sasmita', 'Dimalanta',
        'Magsaysay', 'Sumarlin', 'Kaewkla', 'Nouri', 'Hamdan', 'Tawil', 'Shapiro', 'Rosen',
        'Katz', 'Levinson', 'Dagan', 'Manolis', 'Kyriakou', 'Constantin', 'Radu', 'Perić',
        'Pavlović', 'Tomić', 'Janssen', 'Hendriks', 'Jonker', 'Prins', 'Faria', 'Arantes',
        'Villalba', 'Figueroa', 'Balderas', 'Þórsdóttir', 'Ragnarsson', 'Björnsdóttir',
        'Haraldsen', 'Fossum', 'Tveit', 'Rønning', 'Aasen', 'Østergaard', 'Kristensen', 'Poulsen',
        'Kuusk', 'Lepik', 'Pärn', 'Krūmiņš', 'Balodis', 'Butkus', 'Stankevičius', 'Lomidze',
        'Japaridze', 'Chkheidze', 'Avagyan', 'Harutyunyan', 'Mkrtchyan', 'Chmielewska', 'Norberg',
        'Hiltunen', 'Olazábal', 'Lizarraga', 'Gorostiaga', 'Grau', 'Vilalta', 'Thakur', 'Hughes',
        'Gruffydd', 'MacAulay', 'Ferguson', 'Fifita', 'Havili', 'Taufa', 'Kealoha', 'Kamaka',
        'Fotheringham', 'Ravenscroft', 'Cholmondeley', 'Blenkinsop', 'Vandenberghe', 'Desmet',
        'Verhaegen', 'Aubert', 'Maillard', 'Krause', 'Parviainen', 'Jokinen', 'Heiskanen',
        'Suominen', 'Chaudhary', 'Mahajan', 'Negri', 'Bassi', 'Valentini', 'Mariani', 'Rizzi',
        'Ruggiero', 'Cirillo', 'Messina', 'Sobczak', 'Kubiak', 'Górecka', 'Walczak', 'Szewczyk',
        'Kaźmierczak', 'Hedberg', 'Sandström', 'Axelsson', 'Lindblom', 'Yücel', 'Temiz',
        'Dunaway', 'Garrity', 'Ridley', 'Mokwena']
FI_FIRST = ['Pirjo', 'Heikki', 'Riitta', 'Sirpa', 'Raimo', 'Arto']
FI_LAST = ['Parviainen', 'Jokinen', 'Heiskanen', 'Suominen', 'Hiltunen', 'Kurki']
SE_FIRST = ['Ingegerd', 'Margareta', 'Jesper', 'Kristoffer', 'Bodil', 'Vibeke']
SE_LAST = ['Hedberg', 'Sandström', 'Axelsson', 'Lindblom', 'Norberg', 'Strand']
TR_FIRST = ['Dilek', 'Orhan', 'Nihat', 'Aysel', 'Berna', 'Yeliz', 'Filiz', 'Nilüfer']
TR_LAST = ['Yücel', 'Temiz', 'Avagyan', 'Beridze']
PL_FIRST = ['Teresa', 'Henryk', 'Janusz', 'Jolanta']
PL_LAST = ['Sobczak', 'Kubiak', 'Górecka', 'Walczak', 'Szewczyk', 'Kaźmierczak', 'Chmielewska']
IT_FIRST = ['Mirko', 'Salvatore', 'Ettore', 'Arnaldo', 'Ruggero', 'Marisa', 'Tullio', 'Corrado']
IT_LAST = ['Negri', 'Bassi', 'Valentini', 'Mariani', 'Rizzi', 'Ruggiero', 'Cirillo', 'Messina']
ES_FIRST = ['Ximo', 'Josu', 'Idoia', 'Garbiñe', 'Eulalia', 'Belén', 'Nahir', 'Anahí']
ES_LAST = ['Benítez', 'Ferrer', 'Villalba', 'Figueroa', 'Balderas', 'Olazábal', 'Lizarraga',
           'Gorostiaga', 'Grau', 'Vilalta']
IN_FIRST = ['Kavitha', 'Divya', 'Gopal', 'Venkat', 'Sreenivas', 'Swathi', 'Bhavana', 'Rekha',
            'Ashok']
IN_LAST = ['Raghunathan', 'Subramaniam', 'Thakur', 'Chaudhary', 'Mahajan']
KR_LAST = ['Eo', 'Seonu', 'Namgoong', 'Myeong', 'Yuk']
KR_GIVEN = ['Seung-hoon', 'Yoon-seo', 'Eun-woo', 'Do-yoon', 'Seo-jun', 'Ha-joon', 'Ye-jun',
            'Sol-mi', 'Dong-wook', 'Tae-hee', 'Jae-wook', 'Byung-chul']
SG_LAST = ['Sia', 'Thio', 'Hoe', 'Kee', 'Quah']
SG_GIVEN = ['Hwee', 'Siok', 'Beng', 'Choon', 'Guat', 'Peck', 'Kheng', 'Leng']
ZA_FIRST = ['Tsepo', 'Chidera', 'Folake', 'Nkosana']
ZA_LAST = ['Mokwena', 'Nkosana', 'Adebayo', 'Ogunleye']
US_FIRST = ['Brandy', 'Randall', 'Tammy', 'Duane', 'Kirsten', 'Loretta', 'Evander', 'Winifred']
US_LAST = ['Dunaway', 'Garrity', 'Ridley', 'Ravenscroft', 'Blenkinsop', 'Wrexley']
CITIES = ['Haiphong', 'Eilat', 'Zadar', 'Concepción', 'Akureyri', 'Batumi', 'Kutaisi', 'Gyumri',
          'Mechelen', 'Kasane', 'Lobatse', 'Lüderitz', 'Toamasina', 'Antsirabe', 'Curepipe',
          'Lautoka', 'Apia', 'Luganville', 'Dangriga', 'Paramaribo', 'Bălți', 'Hrodna', 'Prizren',
          'Ganja', 'Shymkent', 'Samarkand', 'Bukhara', 'Khujand', 'Bagan', 'Pokhara', 'Darkhan',
          'Erdenet', 'Gitega', 'Mindelo', 'Mantua', 'Ypres', 'Dinant', 'Namur', 'Hallstatt',
          'Ilulissat', 'Nuuk', 'Tórshavn', 'Tobermory', 'Truro', 'Dingle', 'Gangtok', 'Manizales',
          'Bucaramanga']
US_CITIES = ['Moab', 'Taos', 'Juneau', 'Ketchikan', 'Hilo']
REGIONS = ['Chobe', 'Kgalagadi', 'Erongo', 'Kunene', 'Atsinanana', 'Upolu', 'Hokuriku', 'Algarve',
           'Limburg', 'Pirkanmaa', 'Podlasie', 'Lycia', 'Pontus', 'Cumbria', 'Canterbury',
           'Hawkesbury', 'Cuyo', 'Isaan', 'Fars', 'Galilee', 'Dalmatia', 'Friesland', 'Minho',
           'Westfjords', 'Finnmark', 'Jutland', 'Anatolia', 'Norrland', 'Gwynedd']
COUNTRIES = ['Lesotho', 'Eswatini', 'Vanuatu', 'Kiribati', 'Palau', 'Suriname', 'Guyana',
             'Djibouti', 'Seychelles']
STREETS = ['Protea', 'Pohutukawa', 'Karaka', 'Flamboyant', 'Camellia', 'Marula', 'Sandalwood',
           'Cinnamon', 'Cardamom', 'Saffron', 'Nutmeg', 'Clove', 'Lilac', 'Primrose', 'Cowslip',
           'Yarrow', 'Tansy', 'Meadowsweet', 'Medlar', 'Damson', 'Greengage', 'Linden', 'Hornbeam',
           'Lapwing', 'Siskin', 'Bunting', 'Whimbrel', 'Avocet', 'Acacia', 'Tamarind', 'Frangipani',
           'Mahogany', 'Hibiscus', 'Rowan', 'Bramble', 'Lavender', 'Sorrel', 'Pelican', 'Curlew']
STREET_KIND = ['Close', 'Crescent', 'Terrace', 'Lane', 'Way', 'Drive', 'Road', 'Street', 'Parade',
               'Rise', 'Court', 'Grove']
IT_STREETS = ['Via Leopardi', 'Via Carducci', 'Via Manzoni', 'Via Pascoli', 'Via Boccaccio',
              'Via Petrarca', 'Via Fibonacci', 'Via Verdi', 'Via Puccini', 'Via Marconi']
PL_STREETS = ['ul. Miodowa', 'ul. Wiśniowa', 'ul. Brzozowa', 'ul. Klonowa', 'ul. Modrzewiowa',
              'ul. Krucza', 'ul. Piękna', 'ul. Kościuszki']
SE_STREETS = ['Hornsgatan', 'Götgatan', 'Odengatan', 'Birger Jarlsgatan']
FI_STREETS = ['Runeberginkatu', 'Fredrikinkatu', 'Satakunnankatu', 'Aleksanterinkatu']
TR_STREETS = ['Moda Caddesi', 'Nispetiye Caddesi', 'Valikonağı Caddesi', 'Halaskargazi Caddesi',
              'Bağdat Caddesi', 'İstiklal Caddesi']
ES_STREETS = ['Calle Fuencarral', 'Calle Hortaleza', 'Calle Argumosa', 'Calle Velázquez',
              'Rua Cedofeita', 'Rua Bordalo Pinheiro']
ORGS = ['Lakemont General Hospital', 'Danube Credit Union', 'Baltic Amber Bank',
        'Vänern Elektronik AB', 'Kapadokya Turizm', 'Ferrovia Alpina S.p.A.',
        'Olivares del Sur S.L.', 'Condor Airways', 'Hallasan Semiconductor', 'Gulmohar Hospital',
        'Wickham & Reeve', 'Osprey Cloud', 'Marula Mutual Assurance', 'Protea Heights Hospital',
        'Pohutukawa Clinic', 'Whimbrel Maritime', 'Camellia Cosmetics',
        'Leopardi Assicurazioni S.p.A.', 'Manzoni Tessuti S.r.l.', 'Hornsgatan Redovisning AB',
        'Runeberg Koneistus Oy', 'Halaskar Yazılım', 'Fuencarral Seguros S.A.',
        'Lavapiés Estudio S.L.', 'Samcheong Biologics', 'Taos Turquoise Co.',
        'Ypres Chocolaterie', 'Tórshavn Laks', 'Ilulissat Expeditions']
HOSPITALS = ['Lakemont General Hospital', 'Gulmohar Hospital', 'Protea Heights Hospital',
             'Pohutukawa Clinic']
BANKS = ['Danube Credit Union', 'Baltic Amber Bank', 'Marula Mutual Assurance']
DOMAINS = ['tamarindlogistics.com', 'juniperridge.health', 'aegeantrust.gr', 'balticamber.lt',
           'lotuspearl.vn', 'karoosolar.co.za', 'pohjolatimber.fi', 'vanern.se', 'wislameble.pl',
           'anadolutekstil.com.tr', 'cantinavesuvio.it', 'olivaresdelsur.es', 'quetzalpay.com',
           'condorair.cl', 'namsansec.kr', 'merlioncap.sg', 'saffronledger.in', 'marigoldfin.in',
           'thornburylegal.co.uk', 'stonechat.security', 'ospreycloud.net', 'onet.pl',
           'marulamutual.co.za', 'mopanefreight.bw', 'kalahariledger.com', 'proteaheights.health',
           'jarrahvalley.com.au', 'totarasavings.nz', 'siskinpay.io', 'nightjarlabs.dev',
           'wisteriawealth.com', 'carducci.it', 'manzonitessuti.it', 'miodowa.pl',
           'klonowadental.pl', 'hornsgatan.se', 'linnegatanvard.se', 'runeberg.fi',
           'nispetiye.com.tr', 'fuencarralseguros.es', 'bordalo.pt', 'telokayer.sg',
           'haeundaebank.kr', 'samcheongbio.kr', 'kuchingpalm.my', 'nizwadates.om',
           'kirunairon.se', 'walla.co.il', 'netvigator.com']
WEB_DOMAINS = [d for d in DOMAINS if d not in ('onet.pl', 'walla.co.il', 'netvigator.com')]
FILES = ['scheduler.kt', 'CHANGES.rst', 'mapper.java', 'tariffs.csv', 'ratelimit.lua',
         'Gemfile.lock', 'tsconfig.base.json', 'bootstrap.sh', 'Podfile']
NATIONS = ['Nigerian', 'Vietnamese', 'Kenyan', 'Chilean', 'Filipino', 'Moroccan', 'Icelandic',
           'Ghanaian', 'Georgian', 'Armenian', 'Estonian', 'Samoan']
FAITHS = ['Sikh', 'Buddhist', 'Muslim', 'Methodist', 'Baptist', 'Anglican', 'Orthodox Christian',
          'Quaker', 'Zoroastrian']
PARTIES = ['Republican', 'Labour', 'Green Party', 'Social Democrat', 'Conservative']


# ---- value generators ------------------------------------------------------

def name(kind=None):
    """A full name; kind picks a national pool, surname-first for KR/SG."""
    if kind == 'kr':
        return pick(KR_LAST) + ' ' + pick(KR_GIVEN)
    if kind == 'sg':
        a, b = R.sample(SG_GIVEN, 2)
        return pick(SG_LAST) + ' ' + a + ' ' + b
    pools = {'fi': (FI_FIRST, FI_LAST), 'se': (SE_FIRST, SE_LAST), 'tr': (TR_FIRST, TR_LAST),
             'pl': (PL_FIRST, PL_LAST), 'it': (IT_FIRST, IT_LAST), 'es': (ES_FIRST, ES_LAST),
             'in': (IN_FIRST, IN_LAST), 'za': (ZA_FIRST, ZA_LAST), 'us': (US_FIRST, US_LAST)}
    f, l = pools.get(kind, (FIRST, LAST))
    n = pick(f) + ' ' + pick(l)
    x = R.random()
    if kind is None and x < 0.07:
        n = pick(f) + ' ' + pick(string.ascii_uppercase.replace('Q', '').replace('X', '')) + '. ' + pick(l)
    elif kind == 'es' and x < 0.4:
        n += ' ' + pick(ES_LAST)
    return n


def P(kind=None):
    return ('PERSON', name(kind))


def L(v):
    return ('LOCATION', v)


def city(us=False):
    return ('LOCATION', pick(US_CITIES if us else CITIES))


def street(style='en'):
    n = str(R.randint(2, 480))
    if style == 'it':
        return pick(IT_STREETS) + ' ' + n
    if style == 'pl':
        return pick(PL_STREETS) + ' ' + n + pick(['', '/' + str(R.randint(1, 40))])
    if style == 'se':
        return pick(SE_STREETS) + ' ' + str(R.randint(2, 90))
    if style == 'fi':
        return pick(FI_STREETS) + ' ' + str(R.randint(2, 60)) + pick(['', ' B', ' A 4'])
    if style == 'tr':
        return pick(TR_STREETS) + ' No: ' + str(R.randint(2, 200))
    if style == 'es':
        return pick(ES_STREETS) + ' ' + n
    return n + ' ' + pick(STREETS) + ' ' + pick(STREET_KIND)


def addr(style='en', unit=False, region=False, country=False, us=False):
    """Address parts: one LOCATION span per comma-separated part."""
    out = []
    if unit:
        out += [L(pick(['Unit ', 'Flat ', 'Apt ']) + str(R.randint(1, 60)) + ', ' + street(style))]
    else:
        out += [L(street(style))]
    out += [', ', city(us)]
    if region:
        out += [', ', L(pick(REGIONS))]
    if country:
        out += [', ', L(pick(COUNTRIES))]
    return out


def O(v=None):
    return ('ORGANIZATION', v or pick(ORGS))


MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON = {'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
              'septiembre', 'octubre', 'noviembre', 'diciembre'],
       'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
              'settembre', 'ottobre', 'novembre', 'dicembre'],
       'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
              'września', 'października', 'listopada', 'grudnia'],
       'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti',
              'september', 'oktober', 'november', 'december'],
       'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta',
              'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta',
              'joulukuuta'],
       'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül',
              'Ekim', 'Kasım', 'Aralık']}
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def date(lang='en', dob=False, style=None):
    y = R.randint(1946, 2004) if dob else R.randint(2023, 2027)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if lang == 'es':
        s = '%d de %s de %d' % (d, MON['es'][m - 1], y)
    elif lang in ('it', 'pl', 'sv', 'tr'):
        s = '%d %s %d' % (d, MON[lang][m - 1], y)
    elif lang == 'fi':
        s = pick(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, MON['fi'][m - 1], y)])
    else:
        st = style or pick(['dmy', 'mdy', 'iso', 'us', 'eu', 'abbr', 'dow', 'dmy', 'mdy'])
        if dob and st == 'dow':
            st = 'dmy'
        s = {'dmy': '%d %s %d' % (d, MON_EN[m - 1], y),
             'mdy': '%s %d, %d' % (MON_EN[m - 1], d, y),
             'iso': '%d-%02d-%02d' % (y, m, d),
             'us': '%02d/%02d/%d' % (m, d, y),
             'eu': '%02d.%02d.%d' % (d, m, y),
             'abbr': '%d %s %d' % (d, MON_EN[m - 1][:3], y),
             'dow': '%s %d %s' % (pick(DAYS), d, MON_EN[m - 1])}[st]
    return ('DATE_TIME', s)


def clock():
    h, mi = R.randint(7, 19), pick([0, 10, 15, 20, 30, 40, 45, 50])
    return ('DATE_TIME', pick(['%02d:%02d' % (h, mi), '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'am' if h < 12 else 'pm')]))


def phone(cc=None):
    cc = cc or pick(['us', 'us', 'uk', 'ie', 'au', 'nz', 'in', 'sg', 'se', 'fi', 'tr', 'it', 'nl',
                     'pt', 'br', 'ar', 'ke', 'gh', 'za', 'jp', 'kr', 'pl', 'es', 'de', 'fr', 'il',
                     'gr', 'cz'])
    a = str(R.randint(2, 9)) + dg(2)
    f = {'us': lambda: pick(['(%s) %s-%s' % (a, str(R.randint(2, 9)) + dg(2), dg(4)),
                            '+1 %s %s %s' % (a, str(R.randint(2, 9)) + dg(2), dg(4)),
                            '%s.%s.%s' % (a, str(R.randint(2, 9)) + dg(2), dg(4)),
                            '1-%s-%s-%s' % (a, str(R.randint(2, 9)) + dg(2), dg(4))]),
         'uk': lambda: pick(['+44 7%s %s' % (dg(3), dg(6)), '07%s %s' % (dg(3), dg(6)),
                            '+44 (0)20 %s %s' % (dg(4), dg(4))]),
         'ie': lambda: '+353 8%d %s %s' % (R.randint(3, 9), dg(3), dg(4)),
         'au': lambda: pick(['+61 4%s %s %s' % (dg(2), dg(3), dg(3)), '04%s %s %s' % (dg(2), dg(3), dg(3)),
                            '(02) %s %s' % (dg(4), dg(4))]),
         'nz': lambda: '+64 21 %s %s' % (dg(3), dg(4)),
         'in': lambda: '+91 %s %s' % (str(R.randint(7, 9)) + dg(4), dg(5)),
         'sg': lambda: '+65 %s %s' % (pick('89') + dg(3), dg(4)),
         'se': lambda: pick(['+46 70 %s %s %s' % (dg(3), dg(2), dg(2)), '070-%s %s %s' % (dg(3), dg(2), dg(2))]),
         'fi': lambda: pick(['+358 40 %s %s' % (dg(3), dg(4)), '050 %s %s' % (dg(3), dg(4))]),
         'tr': lambda: pick(['+90 5%s %s %s %s' % (dg(2), dg(3), dg(2), dg(2)), '0 (5%s) %s %s %s' % (dg(2), dg(3), dg(2), dg(2))]),
         'it': lambda: '+39 3%s %s %s' % (dg(2), dg(3), dg(4)),
         'nl': lambda: '+31 6 %s' % dg(8),
         'pt': lambda: '+351 9%s %s %s' % (dg(2), dg(3), dg(3)),
         'br': lambda: '+55 %s 9%s-%s' % (dg(2), dg(4), dg(4)),
         'ar': lambda: '+54 9 11 %s-%s' % (dg(4), dg(4)),
         'ke': lambda: '+254 7%s %s' % (dg(2), dg(6)),
         'gh': lambda: '+233 24 %s %s' % (dg(3), dg(4)),
         'za': lambda: pick(['+27 8%s %s %s' % (dg(1), dg(3), dg(4)), '07%s %s %s' % (dg(1), dg(3), dg(4))]),
         'jp': lambda: '+81 3-%s-%s' % (dg(4), dg(4)),
         'kr': lambda: pick(['+82 10-%s-%s' % (dg(4), dg(4)), '010-%s-%s' % (dg(4), dg(4))]),
         'pl': lambda: '+48 5%s %s %s' % (dg(2), dg(3), dg(3)),
         'es': lambda: '+34 6%s %s %s %s' % (dg(1), dg(2), dg(2), dg(2)),
         'de': lambda: '+49 151 %s' % dg(8),
         'fr': lambda: '+33 6 %s %s %s %s' % (dg(2), dg(2), dg(2), dg(2)),
         'il': lambda: '+972 52-%s-%s' % (dg(3), dg(4)),
         'gr': lambda: '+30 69%s %s %s' % (dg(1), dg(3), dg(4)),
         'cz': lambda: '+420 6%s %s %s' % (dg(2), dg(3), dg(3))}[cc]
    return ('PHONE_NUMBER', f())


def ascii_fold(s):
    import unicodedata
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('ð', 'd').replace('Þ', 'Th').replace('þ', 'th')
    s = s.replace('ł', 'l').replace('ı', 'i').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def email(person=None, domain=None):
    n = ascii_fold(person or name()).lower().replace("'", '')
    parts = [x for x in n.replace('.', '').split() if x]
    f, l = parts[0], parts[-1]
    local = pick(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l, R.randint(1, 99)),
                  '%s.%s' % (l, f[0]), '%s%d' % (l, R.randint(10, 9999)), '%s+%s' % (f, pick(['hr', 'tax', 'travel', 'kyc']))])
    return ('EMAIL_ADDRESS', local + '@' + (domain or pick(DOMAINS)))


def url(scheme=None):
    d = pick(WEB_DOMAINS)
    host = pick(['', 'www.', 'portal.', 'id.', 'app.', 'help.'])
    path = pick(['', '/account/settings', '/kontakt', '/claims/' + dg(6), '/verify?ref=' + dg(8),
                 '/u/' + ''.join(R.choice(string.ascii_lowercase) for _ in range(7)), '/docs/onboarding',
                 '/booking/' + dg(5) + '/summary'])
    sch = scheme if scheme is not None else pick(['https://', 'https://', 'http://', ''])
    if sch == '' and host == '':
        host = 'www.'
    return ('URL', sch + host + d + path)


def ipv4(private=None):
    if private or (private is None and R.random() < 0.4):
        a = pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                  '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                  '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    else:
        a = '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', a)


def ipv6():
    h = lambda: '%x' % R.randint(0, 0xffff)
    k = R.randint(0, 3)
    if k == 0:
        a = ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    elif k == 1:
        a = '2001:db8:%s:%s::%s' % (h(), h(), h())
    elif k == 2:
        a = 'fe80::%s:%sff:fe%s:%s' % (h(), '%02x' % R.randint(0, 255), '%02x' % R.randint(0, 255), h())
    else:
        a = '::ffff:%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', a)


def ip():
    return ipv6() if R.random() < 0.3 else ipv4()


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xfe
    k = R.randint(0, 3)
    if k == 3:
        h = ''.join('%02x' % x for x in b)
        v = '.'.join(h[i:i + 4] for i in range(0, 12, 4))
    else:
        v = [':', '-', ':'][k].join(('%02X' if k != 2 else '%02x') % x for x in b)
    return ('MAC_ADDRESS', v)


# ---- identifiers (valid check digits, several published layouts) ----------

def card(kind=None, fmt=None):
    kind = kind or pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'mc'])
    n = C.card(R, kind)
    fmt = fmt or pick(['sp', 'sp', 'plain', 'dash'])
    if fmt != 'plain':
        sep = ' ' if fmt == 'sp' else '-'
        if len(n) == 15:
            n = n[:4] + sep + n[4:10] + sep + n[10:]
        elif len(n) == 14:
            n = n[:4] + sep + n[4:10] + sep + n[10:]
        else:
            n = C.group(n, 4, sep)
    return ('CREDIT_CARD', n)


def iban(cc=None, grouped=None):
    cc = cc or pick(['NL', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR',
                     'IT', 'GB', 'DE', 'ES', 'FR', 'BE'])
    v = C.iban(R, cc)
    if grouped if grouped is not None else R.random() < 0.55:
        v = C.group(v, 4)
    return ('IBAN_CODE', v)


def ssn(fmt=None):
    a, b, c = C.ssn(R)
    while int(a) >= 900:
        a, b, c = C.ssn(R)
    fmt = fmt or pick(['-', '-', '-', ' ', ''])
    return ('US_SSN', fmt.join([a, b, c]))


def itin(fmt=None):
    a, b, c = C.itin(R)
    return ('US_ITIN', (fmt if fmt is not None else pick(['-', '-', ' ', ''])).join([a, b, c]))


def btc():
    return ('CRYPTO', C.btc(R, pick(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))


def tfn():
    v = C.tfn(R)
    return ('AU_TFN', pick([C.group(v, 3), C.group(v, 3), v, C.group(v, 3, '-')]))


def abn():
    v = C.abn(R)
    return ('AU_ABN', pick([v[:2] + ' ' + C.group(v[2:], 3), v]))


def acn():
    v = C.acn(R)
    return ('AU_ACN', pick([C.group(v, 3), v, C.group(v, 3, '-')]))


def medicare():
    v = C.medicare(R)
    return ('AU_MEDICARE', pick([v[:4] + ' ' + v[4:9] + ' ' + v[9], v, v[:4] + '-' + v[4:9] + '-' + v[9]]))


def nhs():
    v = C.nhs(R)
    return ('UK_NHS', pick([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v, v[:3] + '-' + v[3:6] + '-' + v[6:]]))


def nino():
    bad1, bad2 = 'DFIQUV', 'DFIQUVO'
    while True:
        p = pick(string.ascii_uppercase) + pick(string.ascii_uppercase)
        if p[0] not in bad1 and p[1] not in bad2 and p not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            break
    d = dg(6)
    s = pick('ABCD')
    return ('UK_NINO', pick([p + ' ' + d[:2] + ' ' + d[2:4] + ' ' + d[4:] + ' ' + s, p + d + s]))


def sin():
    v = C.sin(R)
    return ('CA_SIN', pick([C.group(v, 3), C.group(v, 3, '-'), v]))


def nif():
    v = C.nif(R)
    return ('ES_NIF', pick([v, v, v[:8] + '-' + v[8]]))


def nie():
    v = C.nie(R)
    return ('ES_NIE', pick([v, v, v[:8] + '-' + v[8], v[0] + '-' + v[1:8] + '-' + v[8]]))


def cf():
    return ('IT_FISCAL_CODE', C.cf(R))


def piva():
    return ('IT_VAT_CODE', C.piva(R))


def pesel():
    return ('PL_PESEL', C.pesel(R))


def pnr():
    v = C.se_pnr(R, long=R.random() < 0.5, sep=pick(['-', '-', '']))
    if R.random() < 0.1 and len(v) == 11:
        v = v.replace('-', '+')  # over-100 separator
    return ('SE_PERSONNUMMER', v)


def hetu():
    """Finnish HETU with the 2023 century signs (-,U..Y for 1900s; A..F for 2000s)."""
    y = R.randint(1940, 2015)
    m, d = R.randint(1, 12), R.randint(1, 28)
    c = pick('-YXWVU') if y < 2000 else pick('ABCDEF')
    if y < 2000 and R.random() < 0.5:
        c = '-'
    if y >= 2000 and R.random() < 0.4:
        c = 'A'
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (d, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def rrn():
    v = C.kr_rrn(R)
    return ('KR_RRN', pick([v[:6] + '-' + v[6:], v[:6] + '-' + v[6:], v]))


def nric():
    return ('SG_NRIC_FIN', C.nric(R))


def trid():
    return ('TR_NATIONAL_ID', C.tr_id(R))


def zaid():
    return ('ZA_ID_NUMBER', C.za_id(R))


def aadhaar():
    v = C.aadhaar(R)
    return ('IN_AADHAAR', pick([C.group(v, 4), C.group(v, 4), v, C.group(v, 4, '-')]))


def pan(kind=None):
    U = string.ascii_uppercase
    v = ''.join(pick(U) for _ in range(3)) + (kind or pick('PPPCHFATBLJG')) + pick(U) + dg(4) + pick(U)
    return ('IN_PAN', v)


def voter():
    return ('IN_VOTER', ''.join(pick(string.ascii_uppercase) for _ in range(3)) + dg(7))


def inpass():
    return ('IN_PASSPORT', pick('ABCDEFGHJKLMNPRSTUVWYZ') + str(R.randint(1, 9)) + dg(6))


def npi():
    return ('US_NPI', C.npi(R))


def dea(surname=None):
    d = dg(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    ini = ascii_fold(surname)[0].upper() if surname else pick(string.ascii_uppercase)
    return ('MEDICAL_LICENSE', pick('ABCDFGM') + ini + d + str(s % 10))


def mbi():
    return ('US_MBI', C.mbi(R, dash=R.random() < 0.4))


def uspass():
    return ('US_PASSPORT', pick([dg(9), pick('ACEFGHKMNPRSTWXZ') + dg(8)]))


def usdl(state=None):
    st = state or pick(['CA', 'NY', 'FL', 'IL', 'WA', 'TX', 'MI', 'WI', 'PA', 'NJ'])
    U = string.ascii_uppercase
    v = {'CA': lambda: pick(U) + dg(7),
         'NY': lambda: pick([dg(9), '%s %s %s' % (dg(3), dg(3), dg(3))]),
         'FL': lambda: '%s%s-%s-%s-%s-%s' % (pick(U), dg(3), dg(3), dg(2), dg(3), dg(1)),
         'IL': lambda: '%s%s-%s-%s' % (pick(U), dg(3), dg(4), dg(4)),
         'WA': lambda: 'WDL' + ''.join(pick(U + string.digits) for _ in range(9)),
         'TX': lambda: dg(8),
         'MI': lambda: '%s %s %s %s %s' % (pick(U), dg(3), dg(3), dg(3), dg(3)),
         'WI': lambda: '%s%s-%s-%s-%s' % (pick(U), dg(3), dg(4), dg(4), dg(2)),
         'PA': lambda: '%s %s %s' % (dg(2), dg(3), dg(3)),
         'NJ': lambda: '%s%s %s %s' % (pick(U), dg(4), dg(5), dg(5))}[st]()
    return st, ('US_DRIVER_LICENSE', v)


def bank():
    return ('US_BANK_NUMBER', str(R.randint(1, 9)) + dg(R.randint(7, 16)))


# ---- templates: payments, contacts, support, logs --------------------------

@tpl(3)
def _t001():
    p = P()
    return ['Hello, ', p, ' here. My card ', card(), ' got billed twice on ', date(),
            '. Ring me on ', phone(), ' if you need anything else.']


@tpl(3)
def _t002():
    return ['Why is ', card(), ' being declined at checkout? I tried twice from ', ipv4(False),
            ' and once from my phone. Login: ', email(), '.']


@tpl(3)
def _t003():
    return ['Refund request. IBAN: ', iban(), ' / account holder: ', P(), ' / bank: ', O(pick(BANKS)), ' / original card: ', card()]


@tpl(3)
def _t004():
    return ['From next month the salary for ', P(), ' should be paid into ', iban(),
            ' instead of the old account.']


@tpl(3)
def _t005():
    p = name()
    return ['Withdrawal of 0.', dg(3), ' BTC to ', btc(), ' was flagged by compliance; the fiat leg went to ', iban(), '. Account owner: ',
            ('PERSON', p), ' (', email(p), ').']


@tpl(2)
def _t006():
    return ['we keep two wallets on file, ', btc(), ' for cold storage and ', btc(),
            ' for payouts. which one should the invoice show?']


@tpl(3)
def _t007():
    p = name()
    return ['Please update my contact details: e-mail ', email(p), ', mobile ', phone(), ', new card ', card(), ', website ', url(), '.\n\n-- ',
            ('PERSON', p)]


@tpl(3)
def _t008():
    a, b = name(), name()
    return ['Forward the signed contract to ', ('PERSON', a), ' at ', email(a), ' and cc ',
            ('PERSON', b), ' <', email(b), '>.']


@tpl(3)
def _t009():
    return ['W-2 mismatch: employee ', P('us'), ' shows SSN ', ssn(), ' on the form but payroll has ',
            ssn(), '. Which one do we trust?']


@tpl(3)
def _t010():
    return ['Background check consent\nFull name: ', P(), '\nSSN: ', ssn(), '\nDate of birth: ',
            date(dob=True), '\nCurrent address: ', addr(us=True)]


@tpl(3)
def _t011():
    return ['ACH return R03 on account ', bank(), ' for ', P(), '; SSN on file ', ssn(), '.']


@tpl(3)
def _t012():
    return ['Set up direct deposit for me please, checking account number ', bank(),
            ', name on the account ', P('us'), ', SSN ', ssn(), '.']


@tpl(2)
def _t013():
    return ['Rebook ', P(), ' (passport ', uspass(), ') from ', city(), ' to ', city(), ' on ',
            date(style='mdy'), ' at ', clock(), '.']


@tpl(2)
def _t014():
    return ['Reservation for two under the name ', P(), ', arriving in ', city(), ' on ', date(),
            '. Contact number ', phone(), ' or ', email(), '; deposit paid with ', card(), '.']


@tpl(3)
def _t015():
    return ['Discharge summary: ', P(), ', ', ('NRP', pick(FAITHS)), ', ', str(R.randint(30, 90)),
            ', admitted to ', O(pick(HOSPITALS)), ' on ', date(), '; follow-up in two weeks.']


@tpl(3)
def _t016():
    return [P(), ' is a ', ('NRP', pick(NATIONS)), ' national currently working in ', city(),
            ' for ', O(), ' (', url(), '). Draft a visa invitation letter.']


@tpl(2)
def _t017():
    return ['Volunteer roster for Saturday: ', P(), ' (', ('NRP', pick(PARTIES)), '), ', P(), ' (',
            ('NRP', pick(PARTIES)), '). Keep them on separate stalls.']


@tpl(2, case=False)
def _t018():
    return ['2024-0', str(R.randint(1, 9)), '-1', str(R.randint(0, 9)), 'T0', str(R.randint(0, 9)),
            ':', dg(1), '4:1', dg(1), 'Z auth[', dg(4), ']: login accepted for ', email(), ' from ',
            ip(), '\nwhy does this repeat every few seconds?']


@tpl(2, case=False)
def _t019():
    return ['sshd[', dg(5), ']: Failed password for invalid user admin from ', ipv4(False),
            ' port ', dg(5), ' ssh2\nsshd[', dg(5), ']: Failed password for root from ', ipv4(False),
            ' port ', dg(5), ' ssh2\nshould I ban both?']


@tpl(1, case=False)
def _t020():
    return ['My config is below, the mailer never sends.\n\nsmtp:\n  host: ', ipv4(True),
            '\n  port: 587\n  user: ', email(), '\n  reply_to_page: ', url('https://'), '\n']


@tpl(2, case=False)
def _t021():
    return ['DHCP reservation: ', mac(), ' -> ', ipv4(True), ', hostname printer-', dg(2), '. Is the syntax right?']


@tpl(3)
def _t022():
    return ['Which device is ', mac(), '? It shows up in the ARP table next to ', ip(), ', right after ', mac(), '.']


@tpl(2)
def _t023():
    return ['Is ', url(), ' legit? It asked me to confirm my IBAN ', iban(), ' and my date of birth.']


@tpl(2)
def _t024():
    return ['Add a link to ', url(), ' in the footer and credit ', P(), ' as the photographer.']


@tpl(2, case=False)
def _t025():
    rows = ['name,email,phone,city']
    out = [rows[0]]
    for _ in range(2):
        p = name()
        out += ['\n', ('PERSON', p), ',', email(p), ',', phone(), ',', city()]
    return ['Dedupe this CSV:\n'] + out


@tpl(2, case=False)
def _t026():
    p = name()
    return ['user_name="', ('PERSON', p), '" user_email="', email(p), '" last_ip="', ip(),
            '" plan="pro"  <- how do I parse this in awk?']


@tpl(2)
def _t027():
    return ['Rep: Can I take your name?\nCustomer: ', P(), '.\nRep: And the card you paid with?\nCustomer: ',
            card(), '.\nRep: Thanks.\n\nSummarise this chat.']


@tpl(3)
def _t028():
    return ['Schedule a call with ', P(), ' on ', date(style=pick(['dow', 'mdy'])),
            ' at ', clock(), ' (', city(), ' time), link ', url('https://'), '.']


@tpl(2)
def _t029():
    return ['Can you check whether ', email(), ' and ', email(), ' belong to the same person? Both signed up from ',
            ip(), ' and paid with ', card(), '.']


@tpl(1)
def _t030():
    return ['Lost my phone in ', city(), '. The new number is ', phone(), ', please move 2FA to it. Name on the account: ',
            P(), '.']



# ---- templates: AU, UK, CA, ES, IT, PL identifiers -------------------------

@tpl(5)
def _t031():
    o = pick(ORGS)
    return ['Supplier onboarding for ', O(o), ': ABN ', abn(), ', ACN ', acn(), '. Remittance advice to ',
            email(domain=pick(DOMAINS)), '.']


@tpl(5)
def _t032():
    return ['New starter ', P(), ' gave TFN ', tfn(), ' but the super fund form is still pending. Home address: ', addr(unit=R.random() < 0.5)]


@tpl(5)
def _t033():
    return ['Medicare ', medicare(), ' for ', P(), ', booked at ', O(pick(HOSPITALS)), ' on ', date(),
            ' ', clock(), '.']


@tpl(5)
def _t034():
    return ['hey can u check my tfn ', tfn(), ' is right before i lodge? also my abn is ', abn(), ' thx']


@tpl(5)
def _t035():
    return ['The Medicare number on the claim (', medicare(),
            ') does not match the card the patient showed at reception. Who fixes this?']


@tpl(5)
def _t036():
    return ['Company extract: ', O(), ', ACN ', acn(), ', registered office ', addr(), '.']


@tpl(5)
def _t037():
    return ['Invoice #', dg(5), ' from sole trader ', P(), ' (ABN ', abn(), ') - is GST included?']


@tpl(5)
def _t038():
    return ["Directors' consent form: ", P(), ', company ACN ', acn(), '.']


@tpl(5)
def _t039():
    return ['Payslip query from ', P(), ', TFN ', tfn(), ', about the March payslip.']


@tpl(5)
def _t040():
    return ['GP referral\nPatient: ', P(), '\nNHS no.: ', nhs(), '\nDOB: ', date(dob=True), '\nTown: ', city()]


@tpl(5)
def _t041():
    return [P(), ' (', nhs(), ') missed the ', date(), ' appointment at ', O(pick(HOSPITALS)),
            ', please send a reminder letter.']


@tpl(4)
def _t042():
    return ['nhs number ', nhs(), ' is my dad ', ('PERSON', pick(FIRST)), ', can the pharmacy update his address to ',
            addr(), '?']


@tpl(5)
def _t043():
    return ['Starter checklist - ', P(), ', National Insurance ', nino(), ', uniform size M.']


@tpl(5)
def _t044():
    return ['The letter for ', P(), ' quotes NI number ', nino(), ' but our records say otherwise.']


@tpl(4)
def _t045():
    return ['my ni no is ', nino(), " and my employer hasn't paid my pension contributions. what can i do"]


@tpl(5)
def _t046():
    return ['New hire ', P(), ', SIN ', sin(), ', based in ', city(), ', hybrid contract.']


@tpl(5)
def _t047():
    return ['The T4 slip shows social insurance number ', sin(), ' for ', P(), ', is that a valid SIN? Reply to ', email(), '.']


@tpl(5)
def _t048():
    return ["Numéro d'assurance sociale ", sin(), ' pour ', P(), ', employeur ', O(), '.']


@tpl(5)
def _t049():
    return ['Alta de empleado: ', P('es'), ', DNI ', nif(), ', domicilio ', L(street('es')), ', ', city(),
            '. Fecha de alta: ', date('es'), '.']


@tpl(5)
def _t050():
    return ['Factura a nombre de ', P('es'), ', NIF ', nif(), ', teléfono ', phone('es'), ', pagada el ', date('es'), '. ¿Está bien el NIF?']


@tpl(5)
def _t051():
    return ['El ciudadano extranjero ', P(), ' con NIE ', nie(), ' pide cita en ', city(), '.']


@tpl(5)
def _t052():
    return ['Please confirm the NIE ', nie(), ' for our contractor ', P(), '; payment goes to ', iban('ES'), '.']


@tpl(5)
def _t053():
    return ['contrato de alquiler: inquilina ', P('es'), ', nie ', nie(), '; propietario ', P('es'), ', nif ',
            nif(), '.']


@tpl(5)
def _t054():
    return ['Buongiorno, sono ', P('it'), ', codice fiscale ', cf(), '. Vorrei spostare la visita del ',
            date('it'), ' alle ', ('DATE_TIME', '%d:%s' % (R.randint(8, 18), pick(['00', '15', '30', '45']))), '.']


@tpl(5)
def _t055():
    p = name('it')
    return ['Fattura elettronica: ', O(), ', partita IVA ', piva(), '; referente ', ('PERSON', p), ', ',
            email(p), '.']


@tpl(5, case=False)
def _t056():
    return ['Anagrafica fornitore\nRagione sociale: ', O(), '\nP.IVA: ', piva(), '\nSede: ', L(street('it')),
            ', ', city()]


@tpl(5)
def _t057():
    return ['Verify codice fiscale ', cf(), ' and partita IVA ', piva(), " for ", P('it'), "'s one-person business."]


@tpl(5)
def _t058():
    return ['cf ', cf(), ' - paziente ', P('it'), ' - nata il ', date('it', dob=True), ' - allergie: nessuna']


@tpl(5)
def _t059():
    return ['Pacjent ', P('pl'), ', PESEL ', pesel(), ', adres: ', L(street('pl')), ', ', city(),
            '. Wizyta ', date('pl'), '.']


@tpl(5)
def _t060():
    return ['Proszę o zmianę danych: ', P('pl'), ', PESEL ', pesel(), ', nowy numer telefonu ', phone('pl'), '.']


@tpl(5)
def _t061():
    return ['PESEL ', pesel(),
            ' is flagged invalid by our form, but the applicant insists it is right. Who is correct?']



# ---- templates: SE, FI, TR, KR, SG, ZA, IN, US identifiers ------------------

def klo():
    return ('DATE_TIME', '%d.%s' % (R.randint(8, 17), pick(['00', '15', '30', '45'])))


@tpl(5)
def _t062():
    return ['Hej! Jag heter ', P('se'), ' och mitt personnummer är ', pnr(), '. Jag flyttar till ',
            L(street('se')), ', ', city(), '.']


@tpl(5, case=False)
def _t063():
    return ['Anställd: ', P('se'), '; personnr: ', pnr(), '; lön till ', iban('SE')]


@tpl(5)
def _t064():
    return ['Check the Swedish personal number ', pnr(), ' before onboarding.']


@tpl(5)
def _t065():
    return ['Hakija ', P('fi'), ', henkilötunnus ', hetu(), ', osoite ', L(street('fi')), ', ', city(),
            '. Puhelin ', phone('fi'), '.']


@tpl(5)
def _t066():
    return ['Potilas ', P('fi'), ' (', hetu(), ') varasi ajan ', date('fi'), ' klo ', klo(), '.']


@tpl(5)
def _t067():
    return ['Validate this HETU: ', hetu(), ' (new employee at ', O(), ').']


@tpl(5)
def _t068():
    return ['Merhaba, ben ', P('tr'), '. TC kimlik numaram ', trid(), ', telefonum ', phone('tr'), '. ',
            date('tr'), ' tarihli randevumu iptal etmek istiyorum.']


@tpl(5, case=False)
def _t069():
    return ['Müşteri: ', P('tr'), ' / TCKN: ', trid(), ' / Adres: ', L(street('tr')), ', ', city()]


@tpl(5)
def _t070():
    return ['KYC: Turkish national ID ', trid(), ', payout IBAN ', iban('TR'), '.']


@tpl(5)
def _t071():
    return ['Employee ', P('kr'), ', resident registration number ', rrn(), ', joins the ', city(),
            ' office next quarter.']


@tpl(5)
def _t072():
    return ['고객 ', P('kr'), '님의 주민등록번호는 ', rrn(), '입니다. 연락처 ', phone('kr'), '. 이 내용을 영어로 번역해 주세요.']


@tpl(5)
def _t073():
    return ['Insurance claim: claimant ', P('kr'), ' (RRN ', rrn(), '), treated at ', O(pick(HOSPITALS)), '.']


@tpl(5)
def _t074():
    return ['Tenancy agreement: ', P('sg'), ', NRIC ', nric(), ', two-year lease, deposit paid.']


@tpl(5)
def _t075():
    return ['FIN ', nric(), ' for a work-pass holder, employer ', O(), '. Renewal is due soon.']


@tpl(5)
def _t076():
    return ['pls mask the nric ', nric(), ' in this reply to ', P('sg'), ' (', phone('sg'), ')']


@tpl(5)
def _t077():
    return ['Applicant ', P('za'), ', SA ID ', zaid(), ', lives at ', addr(), '.']


@tpl(5)
def _t078():
    return ['FICA documents received: ID number ', zaid(), ', proof of residence for ', P(), ', bank ',
            O(pick(BANKS)), '.']


@tpl(4)
def _t079():
    return ['My ID is ', zaid(), ' and the SIM swap was done without my consent. ', P('za')]


@tpl(5)
def _t080():
    return ['KYC for ', P('in'), ': PAN ', pan(), ', Aadhaar ', aadhaar(), ', mobile ', phone('in'), '.']


@tpl(5)
def _t081():
    return ['Voter ID ', voter(), ' and passport ', inpass(), ' were submitted by ', P('in'), ' from ', city(), '.']


@tpl(5, case=False)
def _t082():
    return ['Lint this YAML:\napplicant:\n  name: ', P('in'), '\n  pan: ', pan(), '\n  aadhaar: "', aadhaar(),
            '"\n  voter_id: ', voter(), '\n  passport_no: ', inpass(), '\n']


@tpl(5)
def _t083():
    return ['aadhaar ', aadhaar(), ' of ', P('in'), ' is linked to the wrong pan ', pan(), ', pls fix']


@tpl(5)
def _t084():
    return ['Passport ', inpass(), ' of ', P('in'), ' expires on ', date(), '; renewal appointment in ', city(), ', confirmation to ', email(), '.']


@tpl(5)
def _t085():
    return ['Electoral roll: EPIC no. ', voter(), ', elector ', P('in'), ', ', addr(), '.']


@tpl(5)
def _t086():
    doc = name()
    return ['Rx for ', P(), ': prescriber Dr. ', ('PERSON', doc), ', DEA ', dea(doc.split()[-1]), ', NPI ', npi(), '.']


@tpl(5)
def _t087():
    doc = name()
    return ['Controlled-substance log: DEA registration ', dea(doc.split()[-1]), ' for Dr. ', ('PERSON', doc),
            ', ', O(pick(HOSPITALS)), '.']


@tpl(5)
def _t088():
    return ['Credentialing packet: NPI ', npi(), ', DEA ', dea(), ', board certificate attached.']


@tpl(5)
def _t089():
    return ['Medicare claim: beneficiary ', P('us'), ', MBI ', mbi(), ', two visits billed.']


@tpl(5)
def _t090():
    return ["My mom's new Medicare number is ", mbi(), ". She's ", P(), ', born ', date(dob=True), '.']


@tpl(4)
def _t091():
    return ["Eligibility check returned 'MBI not found' for ", mbi(), ' (', P('us'), '). Retry or escalate?']



# ---- templates: ITIN, US passport, driver licence, NPI ---------------------

@tpl(5)
def _t092():
    return ['ITIN ', itin(), ' belongs to ', P(), '. Can the couple file jointly?']


@tpl(5)
def _t093():
    return ['Form W-7 approved: ', P(), ' received ITIN ', itin('-'), ' in the mail.']


@tpl(4)
def _t094():
    return ['is ', itin(), ' an ssn or an itin? my tax preparer says itin because it starts with 9']


@tpl(5)
def _t095():
    return ['Passport book number ', uspass(), ' for ', P('us'), '. Can I renew by mail? Call me at ', phone('us'), '.']


@tpl(6)
def _t096():
    return ['Visa application: ', P(), ', US passport ', uspass(), ', travelling to ', city(), ' on ', date(), '.']


@tpl(5)
def _t097():
    _, dl = usdl()
    return ["Rental form: driver's licence ", dl, ', name ', P('us'), ', address ', addr(us=True), ', deposit on card ', card(), '.']


@tpl(5)
def _t098():
    _, dl = usdl()
    return ['DL# ', dl, ' - please verify the holder before releasing the vehicle.']


@tpl(4)
def _t099():
    _, dl = usdl()
    return ['my driving license number is ', dl, ', can you fill in the insurance quote for me']


@tpl(4)
def _t100():
    return ['Pharmacy fax: prescriber NPI ', npi(), ', patient ', P(), ', callback ', phone('us'), '.']



# ---- templates: records, e-mails, wallets, networks ------------------------

@tpl(3, case=False)
def _t101():
    p = name()
    return ['{"customer": {"full_name": "', ('PERSON', p), '", "email": "', email(p), '", "tel": "', phone(),
            '"}, "payment": {"pan": "', card(fmt='plain'), '"}, "ship_to": {"line1": "', L(street()),
            '", "city": "', city(), '", "country": "', L(pick(COUNTRIES)), '"}, "sku": "WX-', dg(4), '"}']


@tpl(3)
def _t102():
    return ['my card number is ', card(), ' and the security check keeps failing even though the billing postcode is right']


@tpl(3)
def _t103():
    return ['Chargeback dispute: cardholder ', P(), ', card ', card(), ', amount €', str(R.randint(20, 900)),
            ',', dg(2), ', charged on ', date(), ', merchant says goods were delivered.']


@tpl(2)
def _t104():
    return ['Two cards are saved: ', card(), ' (personal) and ', card(), ' (corporate). Remove the personal one.']


@tpl(3)
def _t105():
    return ['i gave my card ', card(), ' and my ssn ', ssn(), ' to a fake support line ', phone('us'),
            ', what do i do now']


@tpl(3)
def _t106():
    return ['Tax organizer for ', P('us'), ': SSN ', ssn(), '; spouse ', P(), ', SSN ', ssn(), '; no dependants.']


@tpl(3)
def _t107():
    return ['Identity theft report: my SSN ', ssn(), ' was used to open the card ', card(), ' at a store in ',
            city(), ' on ', date(), '.']


@tpl(3, case=False)
def _t108():
    p = name()
    return ['From: ', ('PERSON', p), ' <', email(p), '>\nTo: ', email(), '\nSubject: updated bank details\n\n'
            'Hi, please use ', iban(), ' from now on.\n\nIs this phishing?']


@tpl(3, case=False)
def _t109():
    p = name()
    return ['Shorten my e-mail signature:\n', ('PERSON', p), '\nSenior Buyer\n', phone(), ' | ', email(p), '\n', url()]


@tpl(3)
def _t110():
    return ['OTC desk: client ', P(), ' will send to ', btc(), '; the change goes back to ', btc(), '.']


@tpl(3, case=False)
def _t111():
    return ['The ransom note in our logs points to ', btc(), ' and ', btc(), ', first seen from ', ipv4(False), '. Next steps?']


@tpl(3)
def _t112():
    return ['My friend ', P(), ' sent me these. Are they valid bitcoin addresses: ', btc(), ' and ', btc(), '?']


@tpl(3, case=False)
def _t113():
    return [ipv4(False), ' - - [', dg(2), '/Mar/2024:0', dg(1), ':', dg(2), ':', dg(2),
            ' +0000] "GET /u/profile HTTP/1.1" 200 ', dg(4), ' "', url('https://'),
            '"\nWhat does the last field mean?']


@tpl(3, case=False)
def _t114():
    return ['iptables: allow ', ipv4(True), ' to reach ', ipv4(True), ' on 5432, and block ', ipv6(),
            ' entirely. Write the rules.']


@tpl(3, case=False)
def _t115():
    return ['Network inventory\n- ', mac(), '  switch-core\n- ', mac(), '  ap-lobby\nAre these in the right VLAN?']


@tpl(2, case=False)
def _t116():
    return ['wake-on-lan ', mac(), ' at ', ipv4(True), ' does nothing, BIOS setting is on. ideas?']


@tpl(3)
def _t117():
    return ['Bookmarks to check: ', url(), ', ', url(), ' and ', url(), '. Which ones are still alive?']


@tpl(3)
def _t118():
    return ['Our careers page ', url(), ' still lists ', email(), ' as the contact; change it to ', email(), '.']


@tpl(3)
def _t119():
    return ['Profile: ', P(), ', ', ('NRP', pick(NATIONS)), ', ', ('NRP', pick(FAITHS)), ', lives in ', city(),
            ', ', L(pick(COUNTRIES)), '.']


@tpl(2)
def _t120():
    return ['Write a short bio: ', P(), ', born ', date(dob=True), ' in ', city(), ', moved to ',
            L(pick(COUNTRIES)), ' in 2011, now leads a small research group.']


@tpl(3)
def _t121():
    return ['Medicare card ', medicare(), ' for ', P(), '; the rebate should go to account ', bank(), '.']


@tpl(3)
def _t122():
    return ['Wire instructions: beneficiary ', P(), ', account number ', bank(), ', reference INV-', dg(6), '.']


@tpl(3)
def _t123():
    p = name()
    return ['The direct debit from account ', bank(), ' bounced again; customer ', ('PERSON', p), ' (', email(p), ').']


@tpl(2)
def _t124():
    return ['Medicare number ', medicare(), ' was rejected for ', P(), '. Is the issue number wrong?']


@tpl(3, case=False)
def _t125():
    p = name()
    return ['Student record\n', ('PERSON', p), ' | ', email(p), '\nEmergency contact: ', P(), ', ', phone(),
            '\nHome: ', addr(unit=True)]


@tpl(2, case=False)
def _t126():
    return ['URGENT: ', ('PERSON', name().upper()), ' FROM ', ('ORGANIZATION', pick(ORGS).upper()),
            ' CALLED ABOUT IBAN ', iban(), '. CALL BACK ON ', phone(), '.']


@tpl(2)
def _t127():
    return [P(), ' (', ('NRP', pick(NATIONS)), ') and ', P(), ' (', ('NRP', pick(FAITHS)),
            ') will share a room at the ', city(), ' workshop on ', date(), '.']



# ---- PII-free look-alikes --------------------------------------------------

def bad_luhn(n=16):
    v = C.card(R, pick(['visa', 'mc', 'disc']))
    return v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)


def bad_iban():
    v = C.iban(R, pick(['DE', 'NL', 'FR', 'IT', 'PL', 'SE', 'CH']))
    ck = '%02d' % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2)
    return v[:2] + ck + v[4:]


def bad_digits(n, ok):
    while True:
        v = str(R.randint(1, 9)) + dg(n - 1)
        if not ok(v):
            return v


def tfn_ok(d):
    return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def bad_b58():
    v = C.btc(R, pick(['p2pkh', 'p2sh']))
    i = R.randint(5, len(v) - 5)
    return v[:i] + pick('0OIl') + v[i + 1:]


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    h = hexs(32)
    return '-'.join([h[:8], h[8:12], '4' + h[13:16], 'a' + h[17:20], h[20:]])


@tpl(4, neg=True)
def _n01():
    return ['Ticket ', C.group(bad_luhn(), 4), ' was merged into ticket HD-', dg(6), ' by mistake, can we split it again?']


@tpl(4, neg=True)
def _n02():
    return ['The transfer reference ', C.group(bad_iban(), 4), ' fails validation, I think a digit was mistyped.']


@tpl(4, neg=True)
def _n03():
    return ['Serial ', bad_digits(9, tfn_ok), ' and serial ', bad_digits(9, tfn_ok), ' both failed the drop test.']


@tpl(3, neg=True)
def _n04():
    return ['Batch ', bad_digits(10, nhs_ok), ' shipped; batch ', bad_digits(10, nhs_ok), ' is on hold pending QA.']


@tpl(3, neg=True)
def _n05():
    return ['Meter ID ', C.group(bad_digits(12, C.verhoeff_ok), 4), ' reported zero usage for three cycles.']


@tpl(4, neg=True)
def _n06():
    return ['Promo code ', bad_b58(), ' says expired. Can you issue another one?']


@tpl(4, neg=True)
def _n07():
    return ['After upgrading to ', '%d.%d.%d.%d' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 200), R.randint(0, 9999)),
            ' the build of ', pick(FILES), ' takes twice as long. Roll back?']


@tpl(4, neg=True)
def _n08():
    return ['git bisect says commit ', hexs(40), ' broke the tests, but ', hexs(7), ' looks fine. How do I confirm?']


@tpl(3, neg=True)
def _n09():
    return ['sha256 of the release tarball is ', hexs(64), ' - does that match what you get?']


@tpl(4, neg=True)
def _n10():
    return ['Job ', uuid(), ' retried ', str(R.randint(2, 90)), ' times and then exited with code ', pick(['1', '137', '143']), '.']


@tpl(4, neg=True)
def _n11():
    return ['Stock check: SKU ', str(R.randint(200, 989)), '-', dg(3), '-', dg(4), '-', pick(['RD', 'BL', 'XL', 'GN']),
            ' is out, SKU ', str(R.randint(200, 989)), '-', dg(3), '-', dg(4), '-', pick(['RD', 'BL', 'XL']), ' has 40 units.']


@tpl(3, neg=True)
def _n12():
    return ['Print the poster on ', pick(['A3', 'A4', 'B2']), ', headline in ', pick(['H1', 'H2']), ', accent colour #',
            hexs(6), ' and background #', hexs(6), '.']


@tpl(4, neg=True, case=False)
def _n13():
    return ['Log excerpt\n2024-1', dg(1), '-0', str(R.randint(1, 9)), ' 0', dg(1), ':', dg(2), ':', dg(2), ',', dg(3),
            ' WARN pool-', dg(1), ' queue depth ', dg(3), '\n2024-1', dg(1), '-0', str(R.randint(1, 9)), ' 0', dg(1), ':',
            dg(2), ':', dg(2), ',', dg(3), ' ERROR worker-', dg(1), ' timeout after 30000 ms\nWhat is going on?']


@tpl(3, neg=True, case=False)
def _n14():
    return ['[', dg(2), '/Oct/2025:', dg(2), ':', dg(2), ':', dg(2), ' +0000] cron: nightly export finished in ',
            dg(3), 's\n[', dg(2), '/Oct/2025:', dg(2), ':', dg(2), ':', dg(2), ' +0000] cron: cleanup removed ',
            dg(4), ' temp files']


@tpl(4, neg=True)
def _n15():
    return ['Invoice INV-', dg(7), ' totals $', str(R.randint(1, 99)), ',', dg(3), '.', dg(2),
            ' but the PO says $', str(R.randint(1, 99)), ',', dg(3), '.', dg(2), '. Which one is right?']


@tpl(4, neg=True)
def _n16():
    return [pick(['Should the voting age be lowered to sixteen?', 'Is a wealth tax a good idea? Give both sides.',
                  'Why do some countries drive on the left?', 'Explain proportional representation in simple words.',
                  'What are the arguments for and against daylight saving time?'])]


@tpl(4, neg=True)
def _n17():
    return [pick(['Write a regex that matches ', 'How do I validate ', 'Explain the checksum behind ']),
            pick(['IBAN numbers', 'credit card numbers', 'e-mail addresses', 'IPv6 addresses', 'phone numbers']),
            pick(['?', ' in Python?', ' without a library?'])]


@tpl(3, neg=True)
def _n18():
    return ["What does `UPDATE accounts SET status = 'closed' WHERE id = ", dg(5), " AND balance < 0` do, and is it safe?"]


@tpl(4, neg=True)
def _n19():
    return ['Why does ', pick(FILES), ' fail to load after I renamed ', pick(FILES), '?']


@tpl(4, neg=True)
def _n20():
    return ['Order #', dg(9), ' arrived damaged; order #', dg(9), ' is fine. Refund the first one only.']


@tpl(3, neg=True)
def _n21():
    return ['Case ref ', dg(5), '-', dg(4), ' was closed without a reply. Please reopen it.']


@tpl(3, neg=True)
def _n22():
    return ['Part P/N ', dg(3), '-', dg(4), '-', dg(2), ' replaces P/N ', dg(3), '-', dg(4), '-', dg(2),
            ' on the ', pick(['X11', 'R7', 'Q5']), ' chassis.']


@tpl(4, neg=True)
def _n23():
    return [pick(['Give me a vegetarian lasagne recipe for six.', 'How long should I boil an egg for a runny yolk?',
                  'Suggest a name for a grey kitten.', 'Summarise the plot of Hamlet in three sentences.',
                  'What is the difference between a virus and a bacterium?', 'Convert 72 Fahrenheit to Celsius.'])]


@tpl(3, neg=True)
def _n24():
    return ['Tracking number 1Z', ''.join(pick(string.ascii_uppercase + string.digits) for _ in range(16)),
            ' has not moved for a week.']


@tpl(3, neg=True)
def _n25():
    return ['Error E', dg(5), ': index out of range at line ', dg(4), ' of ', pick(FILES), '.']


@tpl(3, neg=True)
def _n26():
    return ['Build ', dg(3), '.', dg(2), '.', dg(4), '.', dg(2), ' is tagged; docker image digest sha256:', hexs(64)]


@tpl(3, neg=True)
def _n27():
    return ['The total came to €', dg(1), '.', dg(3), ',', dg(2), ' and the deposit was ₹', dg(2), ',', dg(3),
            '. How much is left after a 15% discount?']


@tpl(3, neg=True)
def _n28():
    return ['Account template: name=<NAME>, email=<EMAIL>, card=<CARD_NUMBER>. Fill it with fake placeholders only.']


@tpl(3, neg=True)
def _n29():
    return ['Room ', pick(['B', 'C', 'D']), dg(3), ' projector shows error 0x', hexs(4).upper(), '; firmware ',
            '%d.%d.%d' % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 40)), '.']


@tpl(3, neg=True)
def _n30():
    return ['card number ', C.group(bad_luhn(), 4, '-'), ' keeps failing the check - is it just mistyped?']


@tpl(3, neg=True)
def _n31():
    return ['Routing table has ', dg(3), ' entries; MTU set to 1500; TTL 64. Is that normal for a home router?']


# ---- record assembly -------------------------------------------------------

PRE = ['Can you tidy this up?\n', 'Redact anything sensitive below:\n\n', 'Translate into English:\n',
       'Rewrite in a friendlier tone:\n', "Here's what came in -\n", 'Quick question about this:\n',
       'From the intake queue:\n\n', 'Draft a reply to:\n\n', 'Classify the intent of this message:\n',
       'Proofread please:\n', '>>> ', 'Pasted from the CRM:\n']
POST = ['\n\nUse bullet points.', '\n\nReply in under 60 words.', '\n\nThank you in advance.',
        ' Cheers.', '\n\n(please be quick)', '\n\nFormat as a table.', '\n\nWhat am I missing?',
        '\n\nAnswer in plain English.', ' ta']
SOFT = ('PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL')


def recase(parts, how):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            ty, v = p
            if how == 'lower' and ty in SOFT:
                w = v.lower()
            elif how == 'upname' and ty == 'PERSON':
                w = v.upper()
            elif how == 'upper' and ty in ('PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME'):
                w = v.upper()
            else:
                w = v
            out.append((ty, w if len(w) == len(v) else v))
        else:
            w = p.lower() if how == 'lower' else p.upper() if how == 'upper' else p
            out.append(w if len(w) == len(p) else p)
    return out


def build():
    recs = []
    for f, n, neg, case, wrap in TEMPLATES:
        for _ in range(n):
            parts = flat(f())
            x = R.random()
            if case and x < 0.09:
                parts = recase(parts, 'lower')
            elif case and x < 0.12:
                parts = recase(parts, 'upname')
            elif case and x < 0.14:
                parts = recase(parts, 'upper')
            if wrap:
                y = R.random()
                if y < 0.2:
                    parts = [pick(PRE)] + parts
                elif y < 0.36:
                    parts = parts + [pick(POST)]
            text, ents = C.fill(parts)
            if neg:
                ents = []
            recs.append({'text': text, 'entities': ents})
    R.shuffle(recs)
    return [{'id': 'p21-%04d' % (i + 1), 'text': r['text'], 'entities': r['entities']}
            for i, r in enumerate(recs)]


if __name__ == '__main__':
    C.write(build())
