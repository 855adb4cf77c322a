"""Probe 23: a blind measure of generalisation.

About 600 chat prompts in the style of the dev corpus: support tickets, HR and
payroll, KYC and onboarding, clinical and pharmacy notes, travel, logs, config
and code snippets, JSON/CSV/YAML/key=value records, prompts in Spanish,
Italian, Polish, Finnish, Swedish, Turkish, Korean, German, French and
Portuguese, lower- and upper-case variants, instructions before or after the
text, and about 110 PII-free look-alike prompts (references, hashes, serials
and card- or IBAN-shaped numbers that fail their checks). The type mix follows
dev's. Templates, people (about forty cultures), towns and cities, firms,
hospitals, schools, banks and e-mail domains are new; identifiers come in dev's
formats and in other published layouts. Every check-digit value is valid.

    python3 -B tools/probes/probe23.py > /tmp/p23.jsonl
"""
import os
import random
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2323)


def pick(seq):
    return R.choice(seq)


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def letters(n, pool=string.ascii_uppercase):
    return ''.join(R.choice(pool) for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


# ---- people ----------------------------------------------------------------
# (given, family) pairs by culture; 'order' cultures also appear family-first.

PEOPLE = {
    'ng': [('Oluwadamilare', 'Olatunbosun'), ('Adaugo', 'Onwuachu'), ('Ebubechukwu', 'Nwosu-Ikedi'),
           ('Oyindamola', 'Ajayi-Bello'), ('Nkechinyere', 'Obiechina'), ('Akinwale', 'Uzodinma'),
           ('Mobolaji', 'Okafor-Eze'), ('Kamsiyochukwu', 'Onwuachu')],
    'gh': [('Afia', 'Amoako'), ('Kwamena', 'Ankrah'), ('Naa Ayeley', 'Addo-Mensah'), ('Afia', 'Opoku-Agyeman')],
    'et': [('Bethlehem', 'Zewdu'), ('Eyerusalem', 'Tilahun'), ('Mahlet', 'Berhanu'), ('Mahlet', 'Woldemichael')],
    'ke': [('Nyokabi', 'Kipkemboi'), ('Jepchirchir', 'Nyaboke'), ('Kemunto', 'Kipkemboi'), ('Auma', 'Nyaboke')],
    'ar': [('Hala', 'Jaber'), ('Reem', 'Haidar'), ('Rawan', 'Mroueh'), ('Maha', 'Azzam'), ('Karim', 'Mroueh')],
    'ir': [('Arghavan', 'Hosseinzadeh'), ('Soroush', 'Navabi'), ('Peyman', 'Hosseinzadeh')],
    'tr': [('Cihan', 'Kurtuluş'), ('Görkem', 'Balcı'), ('Başak', 'Eryılmaz'), ('Ercan', 'Taşdemir'),
           ('Aslıhan', 'Bilgin'), ('Başak', 'Kurtuluş')],
    'in': [('Aishwarya', 'Nadkarni'), ('Abhinav', 'Menon-Pillai'), ('Janani', 'Thakkar'), ('Gautam', 'Pandit'),
           ('Akhil', 'Nadkarni'), ('Janani', 'Pandit')],
    'pk': [('Sundas', 'Javed'), ('Arsalan', 'Kazmi'), ('Noor-ul-Ain', 'Javed')],
    'lk': [('Tharushi', 'Gunawardena'), ('Kasun', 'Rajapaksha'), ('Ishara', 'Senanayake'),
           ('Dinuka', 'Dissanayake'), ('Sachini', 'Bandara')],
    'cn': [('Zhiyuan', 'Shangguan'), ('Mingze', 'Geng'), ('Zhiyuan', 'Geng')],
    'sg': [('Wen Qi', 'Seow'), ('Jun Jie', 'Tio'), ('Hui Ling', 'Seow'), ('Yi Ting', 'Tio'), ('Mei Xuan', 'Seow'),
           ('Shao Wei', 'Tio')],
    'kr': [('Ji-hoon', 'Seo'), ('Min-seo', 'Baek'), ('Jae-hyun', 'Kwon'), ('Min-seo', 'Hwang'), ('Ji-hoon', 'Yoon')],
    'jp': [('Rina', 'Hirano'), ('Sosuke', 'Sugawara'), ('Rina', 'Sugawara')],
    'vn': [('Minh Anh', 'Trịnh'), ('Thanh Hà', 'Huỳnh'), ('Gia Huy', 'Võ'), ('Khánh Linh', 'Trịnh'),
           ('Đức Thịnh', 'Huỳnh')],
    'th': [('Kittipong', 'Rattanakul'), ('Suda', 'Phromsiri'), ('Chalermchai', 'Rattanakul')],
    'ph': [('Mylene', 'Dumalagan'), ('Jennalyn', 'Aquino'), ('Rhodora', 'Dumalagan')],
    'pl': [('Maciej', 'Majewski'), ('Jagoda', 'Jasińska'), ('Apolonia', 'Włodarczyk'), ('Jagoda', 'Kwiatkowska'),
           ('Maciej', 'Włodarczyk')],
    'cz': [('Zdeňka', 'Vaňková'), ('Bořivoj', 'Vaněk'), ('Miloš', 'Vaněk')],
    'hu': [('Kinga', 'Oláh'), ('Tímea', 'Oláh')],
    'ro': [('Ilinca', 'Ungureanu'), ('Tudor', 'Căpraru'), ('Smaranda', 'Ungureanu')],
    'ua': [('Ostap', 'Ponomarenko'), ('Solomiya', 'Ponomarenko')],
    'fi': [('Minttu', 'Mattila'), ('Valtteri', 'Halonen'), ('Jere', 'Ylönen'), ('Severi', 'Riikonen'),
           ('Nelli', 'Mattila'), ('Topias', 'Ylönen')],
    'se': [('Måns', 'Ståhl'), ('Tilde', 'Hallgren'), ('Gustaf', 'Ekdahl'), ('Agnes', 'Blom'), ('Tilde', 'Ekdahl')],
    'no': [('Marit', 'Myhre'), ('Åsmund', 'Myhre'), ('Runar', 'Myhre')],
    'de': [('Malte', 'Brinkmann'), ('Jannes', 'Ostermann'), ('Mareike', 'Vogt'), ('Hanne', 'Kuhn'),
           ('Wolfram', 'Brinkmann')],
    'nl': [('Jorien', 'Schuurman'), ('Sjors', 'van der Wal'), ('Femmetje', 'Bos')],
    'fr': [('Clément', 'Mallet'), ('Jérémie', 'Girard-Roy'), ('Romain', 'Bonnet'), ('Clément', 'Girard-Roy')],
    'es': [('Nahia', 'Lizarazu'), ('Custodio', 'Armendáriz'), ('Nahia', 'Iturriaga'), ('Custodio', 'Lizarazu')],
    'it': [('Noemi', 'Pagliarulo'), ('Costanza', 'Cavallaro'), ("Costanza", "D'Angelo"), ('Noemi', 'Cavallaro')],
    'pt': [('Ana Rita', 'Seabra'), ('Tomé', 'Couto'), ('Tomé', 'Macedo'), ('Ana Rita', 'Macedo')],
    'mx': [('Jacinta', 'Villarreal'), ('Abundio', 'Medrano'), ('Jacinta', 'Saldaña')],
    'ie': [('Cian', 'Cullinane'), ('Sorcha', 'Mac Giolla'), ('Sorcha', 'Cullinane')],
    'uk': [('Hermione', 'Thackeray'), ('Florian', 'Marchbanks'), ('Cosima', 'Lockwood'), ('Florian', 'Oakley'),
           ('Cosima', 'Hartley')],
    'us': [('Destiny', 'Mendenhall'), ('Kayden', 'Yoder'), ('Raylee', 'Grisham'), ('Bodie', 'Sorensen'),
           ('Makayla', 'Yoder'), ('Bodie', 'Mendenhall')],
    'au': [('Banjo', 'Kilpatrick'), ('Indi', 'Lockyer'), ('Sienna', 'Crowhurst'), ('Koa', 'Mayfield'),
           ('Ruby-Mae', 'Kilpatrick')],
    'ca': [('Léa-Rose', 'Thériault'), ('Félix', 'Boudreau-Cyr'), ('Maëva', 'Fortier')],
    'nz': [('Awhina', 'Kereama'), ('Awhina', 'Parata-Walker')],
    'za': [('Palesesa', 'Nkomo'), ('Siphesihle', 'Mthimkhulu'), ('Bonolo', 'Sekhukhune'), ('Palesesa', 'Mokoena-Shai'),
           ('Siphesihle', 'Nkomo')],
    'il': [('Omer', 'Golan'), ('Maayan', 'Levi'), ('Itai', 'Golan'), ('Liora', 'Levi')],
}
FAMILY_FIRST = {'cn', 'sg', 'kr', 'vn'}
INITIALS = 'ABCDEFGHJKLMNPRSTW'


def name(cult=None, form=None):
    """A person's name as written: given family, family given (East Asian),
    with a middle initial, or the given name alone."""
    if cult is None:
        cult = pick(sorted(PEOPLE))
    g, f = pick(PEOPLE[cult])
    if form is None:
        form = pick(['gf'] * 8 + ['fg'] * (4 if cult in FAMILY_FIRST else 0) + ['gif'])
    if cult == 'vn' and form == 'gf':
        form = 'fg'
    if cult == 'sg':
        form = 'fg'
    if form == 'fg':
        return f + ' ' + g
    if form == 'gif' and cult not in FAMILY_FIRST:
        return g + ' ' + pick(INITIALS) + '. ' + f
    if form == 'g':
        return g
    if form == 'f':
        return f
    return g + ' ' + f


def person(cult=None, form=None):
    return ('PERSON', name(cult, form))


def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('æ', 'ae').replace('ß', 'ss')
    s = s.replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


MAIL_PUBLIC = ['orange.es', 'yahoo.co.jp', 'fastmail.com', 'icloud.de', 'live.co.za', 'gmx.fr', 'op.pl',
               'mail.bg', 'rambler.ru', 'talktalk.net']
MAIL_FIRM = ['fernhill-hospital.org.uk', 'corvidlabs.dev', 'hollowmere.beer', 'pelicanpoint.marine',
             'ardent-robotics.com', 'brackenridge.co', 'silvermere-ins.com', 'kelpie.software',
             'gumtreejoinery.com.au', 'blackwattle.legal', 'torrefazionebonelli.it', 'bodegas-iturriaga.es',
             'kingsbridge-eye.co.uk', 'arroyovista.health', 'wyndhamhealth.org', 'tallowandwick.co.uk',
             'lanternhill.org.uk', 'dunlin-aero.com', 'halcyonbio.com', 'thornfieldvets.co.uk', 'cinderfordbs.co.uk',
             'vesperlogistics.com', 'tidewatermutual.com', 'foxburylegal.co.uk', 'kestrelfintech.io',
             'nimbushealth.org', 'ravenmoor.capital', 'bluefintiles.com.au', 'orsasagverk.se',
             'vinicolaseabra.pt', 'mirrabooka-medical.com.au']


def email_for(full, domain=None):
    parts = [p for p in fold(full).lower().replace("'", '').split() if not p.endswith('.')]
    parts = [p.replace('-', '') for p in parts] or ['user']
    g, f = parts[0], parts[-1]
    dom = domain or pick(MAIL_PUBLIC + MAIL_FIRM)
    local = pick([g + '.' + f, g[0] + f, g + f[0], g + '_' + f + str(R.randint(2, 99)), f + '.' + g,
                  g + '.' + f + '+' + pick(['billing', 'hr', 'travel', 'pharmacy']), f + str(R.randint(100, 9999)),
                  g + '-' + f])
    return ('EMAIL_ADDRESS', local + '@' + dom)


def email_any():
    return email_for(name())


# ---- places ------------------------------------------------------------------

TOWNS = {
    'uk': ['Bridport', 'Rye', 'Beaumaris'],
    'us': ['Natchez', 'Walla Walla', 'Marfa', 'Bisbee', 'Lanesboro', 'Grass Valley', 'Hannibal', 'Nacogdoches'],
    'au': ['Yackandandah', 'Beechworth', 'Quorn', 'Gundagai', 'Daylesford', 'Berrima', 'Nhill', 'Maldon', 'Tumut'],
    'ca': ['Tadoussac', 'Gananoque', 'Baddeck', 'Rimbey', 'Wolfville', 'Gimli', 'Prince Rupert'],
    'in': ['Chettinad', 'Karwar', 'Sirsi', 'Almora', 'Mandi', 'Hampi'],
    'sg': ['Yio Chu Kang', 'Tengah', 'Bidadari', 'Boon Lay', 'Tanah Merah'],
    'za': ['Clarens', 'Prince Albert', 'Riebeek-Kasteel', 'Barrydale', 'Dullstroom', 'Hogsback', 'Nieu-Bethesda'],
    'es': ['Cuéllar', 'Medina del Campo', 'Albarracín', 'Ciudad Real'],
    'it': ['Montalcino', 'Sabbioneta', 'Bagnoregio', 'Osimo', 'Bosa', 'Bardolino'],
    'pl': ['Biecz', 'Braniewo', 'Pułtusk', 'Sejny', 'Krasnystaw', 'Chełmno', 'Brodnica', 'Żywiec', 'Paczków',
           'Kazimierz Dolny'],
    'fi': ['Ilomantsi', 'Nilsiä', 'Kristinestad', 'Kaskinen', 'Parikkala'],
    'se': ['Vadstena', 'Trosa', 'Mariefred', 'Hjo', 'Askersund', 'Strängnäs', 'Tidaholm', 'Sigtuna', 'Orsa'],
    'tr': ['Datça', 'Gökçeada', 'Şirince', 'Akyaka', 'Uzungöl', 'Zile', 'Kemaliye', 'Divriği', 'Harran', 'Tirebolu',
           'Birgi'],
    'kr': ['Hongcheon', 'Sancheong', 'Taean'],
    'de': ['Meersburg', 'Quedlinburg'],
    'fr': ['Ribeauvillé', 'Conques', 'Honfleur'],
    'pt': ['Marvão', 'Sintra', 'Monsaraz'],
    'br': ['Paraty', 'Tiradentes', 'Olinda'],
    'world': ['Osh', 'Trakai', 'Berat', 'Pirot', 'Kazanlak', 'Hsipaw', 'Žabljak', 'Naryn', 'Karakol', 'Jos'],
}
US_TOWN_STATE = [('Natchez', 'Mississippi'), ('Walla Walla', 'Washington'), ('Marfa', 'Texas'), ('Bisbee', 'Arizona'),
                 ('Lanesboro', 'Minnesota'), ('Grass Valley', 'California'), ('Hannibal', 'Missouri'),
                 ('Nacogdoches', 'Texas')]
COUNTRIES = ['Bhutan', 'Andorra', 'Suriname', 'Moldova', 'Brunei', 'Eswatini', 'Kyrgyzstan', 'Montenegro']
STREETS_EN = ['Cranberry Close', 'Bramble Walk', 'Kingfisher Drive', 'Hawthorn Rise', 'Thistle Lane', 'Marram Way',
              'Osprey Court', 'Bluebell Crescent', 'Peppercorn Place', 'Lilac Hollow', 'Saddleback Road',
              'Wren Street', 'Cobblestone Row', 'Orchard Gate', 'Tamarack Avenue', 'Mulberry Path',
              'Driftwood Lane', 'Banksia Parade', 'Redgum Circuit', 'Paperbark Way']
STREETS_ES = ['Calle Mayor de Triana', 'Rúa Nova']
STREETS_IT = ['Corso Mazzini', 'Via del Corso']
STREETS_PL = ['ul. Słoneczna', 'ul. Mickiewicza']
STREETS_DE = ['Gartenweg']
STREETS_OTHER = ['Atatürk Caddesi', 'Rua Augusta']


def loc(x):
    return ('LOCATION', x)


def town(c=None):
    return loc(pick(TOWNS[c or pick(sorted(TOWNS))]))


def street_en():
    s = '%d %s' % (R.randint(2, 2999), pick(STREETS_EN))
    r = R.random()
    if r < 0.2:
        s = 'Apt %d, %s' % (R.randint(1, 40), s)
    elif r < 0.3:
        s = 'Unit %d, %s' % (R.randint(1, 20), s)
    elif r < 0.38:
        s = 'Flat %d, %s' % (R.randint(1, 12), s)
    return loc(s)


def country():
    return loc(pick(COUNTRIES))


# ---- organisations -----------------------------------------------------------

HOSPITALS = ['Fernhill Memorial Hospital', 'Sacred Heart Infirmary of Moncton', 'Kingsbridge Eye Clinic',
             "Northmoor Children's Hospital", "St. Walburga's Hospital", 'Arroyo Vista Medical Center',
             'Wyndham Valley Health', 'Bayside Orthopaedic Clinic', 'Lantern Hill Hospice', 'Mirrabooka Medical Centre',
             'St. Ives Bay Surgery', 'Nacogdoches Regional Hospital', 'Grass Valley Pediatrics',
             'Hampi Heritage Hospital', 'Kluang Specialist Centre', 'Nimbus Health Partners']
HOSP_LOCAL = {'es': 'Clínica San Rafael de Teruel', 'it': 'Ospedale San Gerardo di Lecce',
              'pl': 'Szpital Miejski w Rzeszowie', 'fi': 'Keski-Suomen terveyskeskus', 'tr': 'Acıbadem Kayseri',
              'se': 'Sigtuna Vårdcentral', 'fr': 'Conques Santé', 'pt': 'Olinda Saúde', 'de': 'Apotheke am Hopfenmarkt'}
BANKS = ['Halden Sparebank', 'Banca di Cividale', 'Bank Millennium', 'OCBC Bank', 'OP Financial Group', 'Ulster Bank',
         'Credit Suisse', 'Marram Coast Credit Union', 'Cinderford Building Society', 'Quayside Credit Union',
         'Greyfriars Bank', 'Brightmoor Savings Bank', 'Alderbank Trust', 'Tidewater Mutual']
FIRMS = ['Tallow & Wick Candles Ltd', 'Hollowmere Brewing Co.', 'Corvid Labs', 'Pelican Point Marine',
         'Ardent Robotics', 'Brackenridge Freight', 'Silvermere Insurance', 'Infosys BPM', 'Sea Group',
         'Schneider Electric', 'MTN Group', 'Pret A Manger', 'Renfe', 'Trenitalia', 'Lufthansa', 'Air New Zealand',
         'Dunlin Aerospace', 'Halcyon Biologics', 'Thornfield Veterinary Group', 'Pemberly Lane Bakery',
         'Ravenmoor Capital', 'Vesper Logistics', 'Foxbury Legal', 'Copperleaf Insurance', 'Kestrel Fintech',
         'Ōtepoti Community Law', 'Hotel Bellaria Sulmona', 'Orsa Sågverk AB', 'Birgi Halı A.Ş.',
         'Vinícola Seabra Lda.']
SCHOOLS = ['Kilbride Academy', 'Whitmore Sixth Form College', 'Oakridge Montessori', 'Universidad de Salamanca',
           'Università di Trento', 'University of Otago', 'Kiruna Folkhögskola', 'Harrowgate Grammar School']
AU_FIRMS = ['Kelpie Software Pty Ltd', 'Gumtree Joinery Pty Ltd', 'Blackwattle Legal Pty Ltd',
            'Coolabah Pharmacy Pty Ltd', 'Glenrowan Smokehouse Pty Ltd', 'Bluefin Tiles Pty Ltd',
            'Wirraway Surveying Pty Ltd']
IT_FIRMS = ['Torrefazione Bonelli S.r.l.', 'Calzaturificio Rinaldi S.p.A.', 'Ceramiche Viterbo S.r.l.',
            'Caseificio Pagliarulo S.r.l.', 'Mobili Cavallaro S.n.c.']
ES_FIRMS = ['Ferretería Ocaña S.L.', 'Bodegas Iturriaga S.A.']
PL_FIRMS = ['Paczków Cukiernia Sp. z o.o.']


def org(pool=None):
    return ('ORGANIZATION', pick(pool or FIRMS))


NRP_NAT = ['Laotian', 'Bhutanese', 'Surinamese', 'Moldovan', 'Kyrgyz', 'Montenegrin', 'Mongolian', 'Zambian',
           'Rwandan', 'Fijian', 'Maltese', 'Guatemalan']
NRP_REL = ['Zoroastrian', 'Druze', 'Coptic', 'Presbyterian', 'Adventist', 'Unitarian', 'Shinto', 'Pentecostal']
NRP_POL = ['Liberal Democrat', 'Christian Democrat', 'Tory', 'Socialist']


def nrp(kind=None):
    pool = {'nat': NRP_NAT, 'rel': NRP_REL, 'pol': NRP_POL}.get(kind) or pick([NRP_NAT, NRP_NAT, NRP_REL, NRP_POL])
    return ('NRP', pick(pool))


# ---- dates and times ----------------------------------------------------------

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
M_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
        'noviembre', 'diciembre']
M_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
        'ottobre', 'novembre', 'dicembre']
M_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
        'października', 'listopada', 'grudnia']
M_FI = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta',
        'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta']
M_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim',
        'Kasım', 'Aralık']
M_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
        'november', 'december']
M_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
        'November', 'Dezember']
M_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
M_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
        'novembro', 'dezembro']


def ymd(lo=2019, hi=2026):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def clock():
    if R.random() < 0.5:
        return '%d:%02d %s' % (R.randint(1, 12), pick([0, 15, 30, 45, 10, 50]), pick(['AM', 'PM', 'am', 'pm']))
    return '%02d:%02d' % (R.randint(7, 19), pick([0, 15, 30, 45, 5, 40]))


def date_en(lo=2019, hi=2026, birth=False):
    if birth:
        lo, hi = 1941, 2006
    y, m, d = ymd(lo, hi)
    mon = MONTHS[m - 1]
    forms = ['%s %d, %d' % (mon, d, y), '%d %s %d' % (d, mon, y), '%s %d, %d' % (mon[:3], d, y),
             '%02d/%02d/%d' % (m, d, y), '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d),
             '%02d.%02d.%d' % (d, m, y), '%d-%s-%d' % (d, mon[:3].upper(), y), '%d/%d/%d' % (m, d, y),
             '%dth of %s %d' % (d, mon, y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24,
                                                     25, 26, 27, 28) else '%s %d, %d' % (mon, d, y)]
    if not birth:
        forms += ['%s, %s %d' % (pick(DAYS), mon, d), '%s %d at %s' % (mon, d, clock()),
                  '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(6, 21), pick([0, 15, 30, 45])),
                  '%s %d %s at %s' % (pick(DAYS)[:3], d, mon[:3], clock())]
    return ('DATE_TIME', pick(forms))


def date_lang(lang, birth=False):
    y, m, d = ymd(1950, 2004) if birth else ymd()
    f = {'es': lambda: '%d de %s de %d' % (d, M_ES[m - 1], y),
         'it': lambda: '%d %s %d' % (d, M_IT[m - 1], y),
         'pl': lambda: pick(['%d %s %d' % (d, M_PL[m - 1], y), '%02d.%02d.%d' % (d, m, y)]),
         'fi': lambda: pick(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, M_FI[m - 1], y)]),
         'tr': lambda: pick(['%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, M_TR[m - 1], y)]),
         'sv': lambda: pick(['%d %s %d' % (d, M_SV[m - 1], y), '%d-%02d-%02d' % (y, m, d)]),
         'de': lambda: pick(['%d. %s %d' % (d, M_DE[m - 1], y), '%02d.%02d.%d' % (d, m, y)]),
         'fr': lambda: pick(['%d %s %d' % (d, M_FR[m - 1], y), '%02d/%02d/%d' % (d, m, y)]),
         'pt': lambda: pick(['%d de %s de %d' % (d, M_PT[m - 1], y), '%02d/%02d/%d' % (d, m, y)]),
         'ko': lambda: '%d년 %d월 %d일' % (y, m, d)}[lang]
    return ('DATE_TIME', f())


def time_only():
    return ('DATE_TIME', clock())


# ---- identifiers (valid by spec, in several surface forms) -------------------

def card():
    kind = pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'visa13'])
    d = C.card(R, kind)
    if kind == 'amex':
        return ('CREDIT_CARD', pick([d, d[:4] + ' ' + d[4:10] + ' ' + d[10:], d[:4] + '-' + d[4:10] + '-' + d[10:]]))
    if len(d) != 16:
        return ('CREDIT_CARD', d)
    return ('CREDIT_CARD', pick([d, C.group(d, 4), C.group(d, 4), C.group(d, 4, '-')]))


def iban(cc=None):
    cc = cc or pick(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI',
                     'AE', 'SA', 'TR'])
    v = C.iban(R, cc)
    return ('IBAN_CODE', v if R.random() < 0.45 else C.group(v, 4))


def ssn(fmt=None):
    a, b, c = C.ssn(R)
    fmt = fmt or pick(['-', '-', '-', ' ', ''])
    return ('US_SSN', fmt.join([a, b, c]))


def itin():
    a, b, c = C.itin(R)
    return ('US_ITIN', pick(['-', '-', ' ', '']).join([a, b, c]))


def crypto():
    return ('CRYPTO', C.btc(R, pick(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr'])))


def nhs():
    d = C.nhs(R)
    return ('UK_NHS', pick([d, d[:3] + ' ' + d[3:6] + ' ' + d[6:], d[:3] + '-' + d[3:6] + '-' + d[6:]]))


def nino():
    first = 'ABCEGHJKLMNOPRSTWXYZ'
    second = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = pick(first) + pick(second)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d = digits(6)
    s = pick('ABCD')
    return ('UK_NINO', pick([p + d + s, '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s)]))


def npi():
    return ('US_NPI', C.npi(R))


def mbi():
    return ('US_MBI', C.mbi(R, dash=R.random() < 0.5))


def dea(surname=None):
    v = C.dea(R)
    if surname:
        s = fold(surname).upper()[0]
        d = v[2:8]
        ds = [int(x) for x in d]
        chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
        v = v[0] + s + d + str(chk)
    return ('MEDICAL_LICENSE', v)


def bank_acct():
    return ('US_BANK_NUMBER', digits(R.choice([8, 9, 10, 11, 12, 13, 14, 17])))


def us_dl():
    f = pick(['ca', 'fl', 'ny', 'tx', 'wa', 'il', 'wi', 'mi', 'pa', 'nj', 'oh'])
    L = string.ascii_uppercase
    v = {'ca': lambda: pick(L) + digits(7),
         'fl': lambda: pick(L) + digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(3) + '-' + digits(1),
         'ny': lambda: pick([digits(3) + ' ' + digits(3) + ' ' + digits(3), digits(9)]),
         'tx': lambda: digits(8),
         'wa': lambda: 'WDL' + letters(6, L + string.digits),
         'il': lambda: pick(L) + digits(3) + '-' + digits(4) + '-' + digits(4),
         'wi': lambda: pick(L) + digits(3) + '-' + digits(4) + '-' + digits(4) + '-' + digits(2),
         'mi': lambda: pick(L) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3),
         'pa': lambda: digits(2) + ' ' + digits(3) + ' ' + digits(3),
         'nj': lambda: pick(L) + digits(4) + ' ' + digits(5) + ' ' + digits(5),
         'oh': lambda: letters(2) + digits(6)}[f]()
    return ('US_DRIVER_LICENSE', v)


def us_passport():
    return ('US_PASSPORT', pick([digits(9), pick('ACEFGHKLMNPRSTWXZ') + digits(8)]))


def in_pan(surname=None, kind='P'):
    v = C.pan(R)
    v = v[:3] + kind + (fold(surname)[0].upper() if surname else v[4]) + v[5:]
    return ('IN_PAN', v)


def aadhaar():
    d = C.aadhaar(R)
    return ('IN_AADHAAR', pick([d, C.group(d, 4), C.group(d, 4), C.group(d, 4, '-')]))


def in_voter():
    return ('IN_VOTER', letters(3) + digits(7))


def in_passport():
    return ('IN_PASSPORT', pick('ABCDEFGHJKLMNPRSTUVWY') + str(R.randint(1, 9)) + digits(6))


def nric():
    return ('SG_NRIC_FIN', C.nric(R))


def tfn():
    d = C.tfn(R)
    return ('AU_TFN', pick([d, C.group(d, 3), C.group(d, 3)]))


def abn():
    d = C.abn(R)
    return ('AU_ABN', pick([d, d[:2] + ' ' + C.group(d[2:], 3), d[:2] + ' ' + C.group(d[2:], 3)]))


def acn():
    d = C.acn(R)
    return ('AU_ACN', pick([d, C.group(d, 3), C.group(d, 3)]))


def medicare():
    d = C.medicare(R)
    return ('AU_MEDICARE', pick([d, d[:4] + ' ' + d[4:9] + ' ' + d[9], d[:4] + ' ' + d[4:9] + ' ' + d[9]]))


def sin():
    d = C.sin(R)
    return ('CA_SIN', pick([d, C.group(d, 3), C.group(d, 3, '-')]))


def za_id():
    return ('ZA_ID_NUMBER', C.za_id(R))


def tr_id():
    return ('TR_NATIONAL_ID', C.tr_id(R))


def pesel():
    return ('PL_PESEL', C.pesel(R))


def pnr():
    long = R.random() < 0.4
    v = C.se_pnr(R, long=long, sep='-')
    if not long and R.random() < 0.15:
        v = v.replace('-', '')
    return ('SE_PERSONNUMMER', v)


def hetu():
    """Finnish henkilötunnus with the century signs in use since 2023."""
    y = R.randint(1940, 2015); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = pick('-YXWVU') if y < 2000 else pick('ABCDEF')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def kr_rrn():
    v = C.kr_rrn(R)
    return ('KR_RRN', v if R.random() < 0.25 else v[:6] + '-' + v[6:])


def es_nif():
    v = C.nif(R)
    return ('ES_NIF', v if R.random() < 0.7 else v[:-1] + '-' + v[-1])


def es_nie():
    v = C.nie(R)
    return ('ES_NIE', v if R.random() < 0.7 else v[:-1] + '-' + v[-1])


def it_cf():
    return ('IT_FISCAL_CODE', C.cf(R))


def it_vat():
    return ('IT_VAT_CODE', C.piva(R))


def mac():
    b = [R.randrange(256) for _ in range(6)]
    h = ''.join('%02x' % x for x in b)
    f = pick(['colon_u', 'colon_l', 'dash_u', 'dash_l', 'cisco'])
    if f == 'cisco':
        return ('MAC_ADDRESS', h[:4] + '.' + h[4:8] + '.' + h[8:])
    sep = ':' if f.startswith('colon') else '-'
    v = sep.join(h[i:i + 2] for i in range(0, 12, 2))
    return ('MAC_ADDRESS', v.upper() if f.endswith('_u') else v)


def ipv4(private=None):
    if private is None:
        private = R.random() < 0.4
    if private:
        v = pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                  '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                  '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    else:
        v = '%d.%d.%d.%d' % (pick([R.randint(11, 99), R.randint(101, 126), R.randint(128, 223)]),
                             R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def ipv6():
    g = [hexs(4).lstrip('0') or '0' for _ in range(8)]
    f = pick(['full', 'comp', 'comp', 'link', 'mapped', 'doc'])
    if f == 'full':
        v = ':'.join(g)
    elif f == 'comp':
        v = ':'.join(g[:3]) + '::' + ':'.join(g[6:])
    elif f == 'link':
        v = 'fe80::' + ':'.join(g[4:])
    elif f == 'mapped':
        v = '::ffff:' + ipv4(False)[1]
    else:
        v = '2001:db8:' + g[2] + '::' + g[7]
    return ('IP_ADDRESS', v)


def ip():
    return ipv4() if R.random() < 0.72 else ipv6()


URL_HOSTS = ['portal.silvermere-ins.com', 'corvidlabs.dev', 'status.vesperlogistics.com', 'www.hollowmere.beer',
             'help.kestrelfintech.io', 'bookings.pelicanpoint.marine', 'kelpie.software', 'www.foxburylegal.co.uk',
             'careers.dunlin-aero.com', 'tidewatermutual.com', 'app.halcyonbio.com', 'shop.tallowandwick.co.uk']
URL_PATHS = ['/account/verify', '/claims/%d' % 0, '/login?next=%2Fdashboard', '/help/article/', '/track?id=',
             '/u/', '/billing/update', '/careers/apply/', '/docs/api/v2', '/reset?token=', '']


def url(host=None):
    h = host or pick(URL_HOSTS)
    p = pick(URL_PATHS)
    if p.endswith('=') or p.endswith('/') and p != '':
        p += pick([hexs(10), str(R.randint(1000, 99999)), letters(8, string.ascii_lowercase + string.digits)])
    elif p.startswith('/claims'):
        p = '/claims/%d' % R.randint(10000, 999999)
    scheme = pick(['https://', 'https://', 'https://', 'http://', ''])
    if scheme == '' and not h.startswith('www.'):
        scheme = pick(['', 'https://'])
    return ('URL', scheme + h + p)


def social_url(full):
    slug = fold(full).lower().replace("'", '').replace('. ', '-').replace(' ', pick(['-', '', '.', '_']))
    return ('URL', pick(['https://github.com/', 'https://mastodon.social/@', 'https://bsky.app/profile/',
                         'https://www.behance.net/', 'https://t.me/', 'https://gitlab.com/']) + slug)


# ---- phone numbers -----------------------------------------------------------

def phone(cc=None):
    cc = cc or pick(['us', 'us', 'uk', 'de', 'fr', 'es', 'it', 'pl', 'se', 'fi', 'tr', 'in', 'sg', 'kr', 'za', 'au',
                     'br', 'mx', 'ng', 'jp', 'nz', 'ie', 'ca'])
    n = lambda k: digits(k)  # noqa: E731
    a = str(R.randint(2, 9)) + digits(2)
    f = {'us': lambda: pick(['(%s) %s-%s' % (a, a[::-1].replace('0', '4').replace('1', '5'), n(4)),
                             '+1 %s %s %s' % (a, str(R.randint(200, 989)), n(4)),
                             '%s-%s-%s' % (a, str(R.randint(200, 989)), n(4)),
                             '%s.%s.%s' % (a, str(R.randint(200, 989)), n(4)),
                             '+1-%s-%s-%s' % (a, str(R.randint(200, 989)), n(4))]),
         'ca': lambda: pick(['+1 (%s) %s-%s' % (pick(['306', '506', '902', '250', '819']), str(R.randint(200, 989)), n(4)),
                             '%s-%s-%s' % (pick(['204', '403', '613']), str(R.randint(200, 989)), n(4))]),
         'uk': lambda: pick(['+44 7%s %s' % (n(3), n(6)), '07%s %s' % (n(3), n(6)), '+44 (0)1%s %s' % (n(3), n(6)),
                             '+44 20 %s %s' % (n(4), n(4))]),
         'de': lambda: pick(['+49 1%s %s %s' % (pick(['51', '60', '76']), n(4), n(4)), '+49 (0)%s %s' % (n(3), n(7)),
                             '0%s %s' % (n(4), n(6))]),
         'fr': lambda: pick(['+33 %d %s %s %s %s' % (R.randint(1, 7), n(2), n(2), n(2), n(2)),
                             '0%d %s %s %s %s' % (R.randint(6, 7), n(2), n(2), n(2), n(2))]),
         'es': lambda: pick(['+34 6%s %s %s' % (n(2), n(3), n(3)), '9%s %s %s' % (n(2), n(3), n(3))]),
         'it': lambda: pick(['+39 3%s %s %s' % (n(2), n(3), n(4)), '+39 06 %s %s' % (n(4), n(4))]),
         'pl': lambda: pick(['+48 %s %s %s' % (str(R.randint(500, 889)), n(3), n(3)), '%s-%s-%s' % (str(R.randint(500, 889)), n(3), n(3))]),
         'se': lambda: pick(['+46 7%d %s %s %s' % (R.randint(0, 9), n(3), n(2), n(2)), '07%d-%s %s %s' % (R.randint(0, 9), n(3), n(2), n(2))]),
         'fi': lambda: pick(['+358 4%d %s %s' % (R.randint(0, 9), n(3), n(4)), '04%d %s %s' % (R.randint(0, 9), n(3), n(4))]),
         'tr': lambda: pick(['+90 5%s %s %s %s' % (n(2), n(3), n(2), n(2)), '0 (5%s) %s %s %s' % (n(2), n(3), n(2), n(2))]),
         'in': lambda: pick(['+91 9%s %s' % (n(4), n(5)), '+91-8%s-%s' % (n(4), n(5)), '09%s %s' % (n(4), n(5))]),
         'sg': lambda: pick(['+65 9%s %s' % (n(3), n(4)), '+65 8%s-%s' % (n(3), n(4)), '6%s %s' % (n(3), n(4))]),
         'kr': lambda: pick(['+82 10-%s-%s' % (n(4), n(4)), '010-%s-%s' % (n(4), n(4)), '+82 2-%s-%s' % (n(3), n(4))]),
         'za': lambda: pick(['+27 %d%d %s %s' % (R.randint(6, 8), R.randint(0, 4), n(3), n(4)), '0%d%d %s %s' % (R.randint(6, 8), R.randint(0, 4), n(3), n(4))]),
         'au': lambda: pick(['+61 4%s %s %s' % (n(2), n(3), n(3)), '04%s %s %s' % (n(2), n(3), n(3)), '(0%d) %s %s' % (pick([2, 3, 7, 8]), n(4), n(4))]),
         'br': lambda: pick(['+55 %s 9%s-%s' % (n(2), n(4), n(4)), '(%s) 9%s-%s' % (n(2), n(4), n(4))]),
         'mx': lambda: '+52 %s %s %s' % (pick(['55', '33', '81']), n(4), n(4)),
         'ng': lambda: pick(['+234 80%d %s %s' % (R.randint(2, 9), n(3), n(4)), '080%d %s %s' % (R.randint(2, 9), n(3), n(4))]),
         'jp': lambda: pick(['+81 90-%s-%s' % (n(4), n(4)), '03-%s-%s' % (n(4), n(4))]),
         'nz': lambda: pick(['+64 21 %s %s' % (n(3), n(4)), '021 %s %s' % (n(3), n(4))]),
         'ie': lambda: pick(['+353 8%d %s %s' % (R.randint(3, 9), n(3), n(4)), '08%d %s %s' % (R.randint(3, 9), n(3), n(4))])}[cc]
    return ('PHONE_NUMBER', f())


# ---- templates ----------------------------------------------------------------
# Each template returns the parts of one prompt (see checks.fill); n is how
# many prompts it yields, case whether lower/upper-case variants may be drawn.

TEMPLATES = []


def T(n=3, case=True, neg=False):
    def reg(fn):
        TEMPLATES.append((fn, n, case, neg))
        return fn
    return reg


def ref(prefix=None):
    return (prefix or pick(['REF-', 'CASE-', 'TKT-', 'RMA-', 'PO-', 'Q'])) + digits(R.randint(5, 8))


# -- US identifiers --

@T(4)
def _():
    return ['Our payroll vendor rejected the W-4 for ', person('us'), ': SSN ', ssn(),
            " doesn't match their records. Start date was ", date_en(), '.']


@T(4)
def _():
    t, s = pick(US_TOWN_STATE)
    return ['ssn on the lease application is ', ssn(), ', applicant ', person(), ', previous address ', street_en(),
            ', ', loc(t), ', ', loc(s), '. anything missing?']


@T(3, case=False)
def _():
    return ['Clean up this CSV before I import it:\nname,ssn,dob,city\n', person('us'), ',', ssn('-'), ',',
            ('DATE_TIME', '%d-%02d-%02d' % ymd(1950, 2003)), ',', loc(pick(TOWNS['us'])), '\n', person(), ',', ssn('-'),
            ',', ('DATE_TIME', '%d-%02d-%02d' % ymd(1950, 2003)), ',', loc(pick(TOWNS['us']))]


@T(4)
def _():
    return ['Background check consent: ', person(), ', born ', date_en(birth=True), ', Social Security no. ', ssn(),
            '. Please confirm you received it.']


@T(4)
def _():
    p = name()
    return [('PERSON', p), ' filed with ITIN ', itin(), ' last year and now has an SSN (', ssn(),
            '). Should I merge the two taxpayer records?']


@T(4)
def _():
    return ['Form W-7 came back approved: ITIN ', itin(), ' for ', person(), ' of ', town(), ', ', country(), '.']


@T(3)
def _():
    return ['Can a nonresident like ', person(), ' use ITIN ', itin(), ' to open a checking account at ', org(BANKS), '?']


@T(3)
def _():
    return ['Mi ITIN es ', itin(), ' y vivo en ', loc(pick(TOWNS['us'])), ' desde el ', date_lang('es'),
            '. ¿Me sirve para declarar impuestos?']


@T(3)
def _():
    p = name()
    return ['Direct deposit form — employee: ', ('PERSON', p), ' | routing 0' + digits(8) + ' | account ', bank_acct(),
            ' | email ', email_for(p), '. Does this look complete?']


@T(4)
def _():
    return ['The ACH debit from account ', bank_acct(), ' was returned (R01). Member ', person(), ' says ',
            org(BANKS), ' never notified them.']


@T(4)
def _():
    return ['Wire instructions changed? Vendor now wants funds sent to account ', bank_acct(), ' at ', org(BANKS),
            ', attention ', person(), '. Looks fishy to me.']


@T(3)
def _():
    p = name('us')
    return ["Renewing my driver's licence online. DL ", us_dl(), ', name ', ('PERSON', p), ', DOB ',
            date_en(birth=True), '. The site keeps timing out.']


@T(4)
def _():
    t, s = pick(US_TOWN_STATE)
    return ['Car rental counter: customer ', person(), ' showed license ', us_dl(), ' issued in ', loc(s),
            ', pickup in ', loc(t), ' on ', date_en(), '.']


@T(4)
def _():
    return ['Can you tell which state issued license number ', us_dl(), '? The holder, ', person(),
            ', left it blank on the form.']


@T(3)
def _():
    return ['dl# ', us_dl(), ' flagged at the ', loc(pick(TOWNS['us'])), ' branch — owner ', person(),
            ', call back on ', phone('us')]


@T(4)
def _():
    return ['Passport renewal: applicant ', person(), ', current passport ', us_passport(), ', travelling to ',
            town('world'), ' on ', date_en(), '.']


@T(3)
def _():
    return ['The airline has passport number ', us_passport(), ' on the booking but ', person(),
            "'s new one hasn't arrived yet. Flight leaves ", date_en(), '.']


@T(3)
def _():
    return ['US passport ', us_passport(), ' (expired) belongs to ', person(), ' — can it still be used as ID at ',
            org(BANKS), '?']


@T(4)
def _():
    p = name('us')
    return ['Medicare claim denied. Beneficiary ', ('PERSON', p), ', MBI ', mbi(), ', visit on ', date_en(),
            ' at ', org(HOSPITALS), '.']


@T(4)
def _():
    return ['Please double-check the MBI I typed: ', mbi(), '. Patient is ', person(), ', phone ', phone('us'), '.']


@T(3)
def _():
    return ['new medicare card arrived for ', person(), ' — mbi ', mbi(), ', old card had the SSN on it (',
            ssn(), ').']


@T(4)
def _():
    d = name('us')
    return ['Referring provider: ', ('PERSON', d), ', NPI ', npi(), '. Patient ', person(), ' needs a sleep study at ',
            org(HOSPITALS), '.']


@T(3)
def _():
    return ['Is NPI ', npi(), ' an individual or an organisation? It appears on a claim from ', org(HOSPITALS), '.']


@T(3)
def _():
    return ['Credentialing packet for Dr. ', person(), ': NPI ', npi(), ', DEA ', dea(), ', start ', date_en(), '.']


@T(4)
def _():
    g, f = pick(PEOPLE[pick(['us', 'uk', 'ie', 'ca', 'in', 'ng'])])
    return ['Pharmacy callback: Dr. ', ('PERSON', f), "'s DEA number is ", dea(f),
            ' — confirm it before we fill the oxycodone script for ', person(), '.']


@T(4)
def _():
    g, f = pick(PEOPLE[pick(['us', 'au', 'za', 'de', 'fr'])])
    return ['Controlled-substance log: prescriber ', ('PERSON', g + ' ' + f), ' (DEA ', dea(f), '), quantity 30, dispensed ',
            date_en(), '.']


# -- UK, Australia, Canada --

@T(3)
def _():
    return ['GP registration for ', person(pick(['uk', 'ie', 'ng', 'pk', 'in'])), ' (NHS ', nhs(), '), moved to ',
            loc(pick(TOWNS['uk'])), ' on ', date_en(), '.']


@T(3)
def _():
    return ['Discharge summary from ', org(HOSPITALS), ': patient NHS number ', nhs(), ', seen by Dr. ',
            person(pick(['uk', 'in', 'gh'])), '.']


@T(3)
def _():
    return ['Is ', nhs(), ' a valid NHS number? My mum ', person('uk', 'g'), " can't log in to the app."]


@T(3)
def _():
    return ["Starter checklist: ", person(pick(['uk', 'ie', 'pl', 'ro'])), ', NI no. ', nino(), ', first shift ',
            date_en(), ' at the ', loc(pick(TOWNS['uk'])), ' depot.']


@T(3)
def _():
    p = name('uk')
    return ['HMRC letter quotes National Insurance ', nino(), ' but the name is spelled ', ('PERSON', p),
            '. Reply to ', email_for(p), '?']


@T(3)
def _():
    return ['umbrella company needs my ni number — ', nino(), ' — and a utility bill for ', street_en(), ', ',
            loc(pick(TOWNS['uk']))]


@T(3)
def _():
    return ['New casual at ', org(AU_FIRMS), ': ', person('au'), ', TFN ', tfn(), ', lives at ', street_en(), ', ',
            loc(pick(TOWNS['au'])), '.']


@T(3)
def _():
    return ['My TFN is ', tfn(), ' — the myGov page says it belongs to someone else. Name: ', person(), '.']


@T(3)
def _():
    return ['Invoice from ', org(AU_FIRMS), ' shows ABN ', abn(), '; the contractor is ', person('au'),
            '. Is GST registered?']


@T(3)
def _():
    return ['ASIC extract: ', org(AU_FIRMS), ', ACN ', acn(), ', ABN ', abn(), ', registered office ',
            loc(pick(TOWNS['au'])), '.']


@T(3)
def _():
    return ['Director ', person(), ' resigned from the company with ACN ', acn(), ' on ', date_en(), '.']


@T(3)
def _():
    return ['Bulk-billing failed for ', person('au'), ', Medicare ', medicare(), ', appointment ', date_en(),
            ' at ', org(['Mirrabooka Medical Centre', 'Coolabah Pharmacy Pty Ltd', 'Nimbus Health Partners']), '.']


@T(3)
def _():
    return ['Medicare number ', medicare(), ' and private cover with ', org(['Tidewater Mutual', 'Copperleaf Insurance']),
            ' — patient ', person(), ', ', loc(pick(TOWNS['au'])), '.']


@T(3)
def _():
    return ['Payroll Canada: ', person('ca'), ' gave SIN ', sin(), ' and starts ', date_en(), ' in ',
            loc(pick(TOWNS['ca'])), '.']


@T(3)
def _():
    return ['Service Canada says SIN ', sin(), ' is a temporary one (starts with 9?). Holder: ', person(), '.']


@T(3)
def _():
    p = name()
    return ['T4 slip is wrong — SIN ', sin(), ', employee ', ('PERSON', p), ', email ', email_for(p),
            '. Please reissue.']


# -- India, Singapore, Korea --

@T(3)
def _():
    g, f = pick(PEOPLE['in'])
    return ['KYC for ', ('PERSON', g + ' ' + f), ': PAN ', in_pan(f), ', Aadhaar ', aadhaar(), ', address in ',
            loc(pick(TOWNS['in'])), '.']


@T(4, case=False)
def _():
    g, f = pick(PEOPLE['in'])
    return ['{"applicant": "', ('PERSON', g + ' ' + f), '", "pan": "', in_pan(f), '", "epic": "', in_voter(),
            '", "passport_no": "', in_passport(), '", "mobile": "', phone('in'), '"}']


@T(3)
def _():
    g, f = pick(PEOPLE['in'])
    return ['Voter ID ', in_voter(), ' and passport ', in_passport(), ' both say ', ('PERSON', g + ' ' + f),
            ' but the Aadhaar ', aadhaar(), ' has a different spelling.']


@T(3)
def _():
    g, f = pick(PEOPLE['in'])
    return ['Passport seva appointment for ', ('PERSON', g), ' on ', date_en(), '; old passport ', in_passport(),
            ', EPIC ', in_voter(), '.']


@T(3)
def _():
    return ['Company PAN ', in_pan(None, 'C'), ' for ', org(['Infosys BPM', 'Hampi Heritage Hospital']),
            ' — is the fourth letter right for a company?']


@T(3)
def _():
    return ['Tenancy application: ', person('sg'), ', NRIC ', nric(), ', unit at ', loc(pick(TOWNS['sg'])),
            ', mobile ', phone('sg'), '.']


@T(3)
def _():
    return ['CPF contribution missing for FIN ', nric(), ' (', person('sg'), '), employer ', org(['Sea Group', 'OCBC Bank', 'Kluang Specialist Centre']), '.']


@T(3)
def _():
    return ['Foreign worker ', person(pick(['ph', 'lk', 'in', 'cn'])), ' has FIN ', nric(), '; work pass expires ',
            date_en(), '.']


@T(3)
def _():
    return ['Hotel check-in in ', loc(pick(TOWNS['kr'])), ': guest ', person('kr'), ', RRN ', kr_rrn(), ', phone ',
            phone('kr'), '.']


@T(3)
def _():
    return ['고객 ', person('kr', 'fg'), '님의 주민등록번호 ', kr_rrn(), ' 확인 부탁드립니다. 연락처 ', phone('kr'), '.']


@T(3)
def _():
    return ['Resident registration number ', kr_rrn(), ' appears twice in our CRM, once for ', person('kr'),
            ' and once for ', person('kr'), '.']


# -- South Africa, Turkey, Poland, Sweden, Finland, Spain, Italy --

@T(3)
def _():
    return ['FICA documents: ', person('za'), ', SA ID ', za_id(), ', proof of residence in ', loc(pick(TOWNS['za'])),
            ', cell ', phone('za'), '.']


@T(3)
def _():
    return ['The learner ', person('za'), ' (ID no. ', za_id(), ') transfers to ', org(SCHOOLS), ' from ', date_en(), '.']


@T(3)
def _():
    return ['Why does the SARS eFiling page reject ID number ', za_id(), '? It is for my gran ', person('za', 'g'), '.']


@T(3)
def _():
    return ['Hasta kaydı: ', person('tr'), ', TC kimlik ', tr_id(), ', doğum tarihi ', date_lang('tr', birth=True),
            ', ', loc(pick(TOWNS['tr'])), '.']


@T(3)
def _():
    return ['Kiracı ', person('tr'), ' (T.C. No: ', tr_id(), ') sözleşmeyi ', date_lang('tr'), ' tarihinde imzaladı.']


@T(3)
def _():
    return ['Turkish ID ', tr_id(), ' belongs to our driver ', person('tr'), '; phone ', phone('tr'), '.']


@T(3)
def _():
    return ['Pacjent ', person('pl'), ', PESEL ', pesel(), ', zgłosił się do ', org(['Szpital Miejski w Rzeszowie']),
            ' dnia ', date_lang('pl'), '.']


@T(3)
def _():
    return ['Umowa najmu: najemca ', person('pl'), ', PESEL ', pesel(), ', adres ', loc(pick(STREETS_PL) + ' ' + str(R.randint(1, 90))),
            ', ', loc(pick(TOWNS['pl'])), '.']


@T(3)
def _():
    return ['Can you check the PESEL ', pesel(), ' for ', person('pl'), '? The birth date inside should be ',
            date_en(birth=True), '.']


@T(3)
def _():
    return ['Ny medlem: ', person('se'), ', personnummer ', pnr(), ', bor i ', loc(pick(TOWNS['se'])), ', tel ',
            phone('se'), '.']


@T(3)
def _():
    p = name('se')
    return ['Swedish candidate ', ('PERSON', p), ' (personnummer ', pnr(), ') can start ', date_lang('sv'),
            '. Contract to ', email_for(p), '.']


@T(3)
def _():
    return ['Försäkringskassan frågar om ', pnr(), ' — gäller det ', person('se'), '?']


@T(3)
def _():
    return ['Uusi asiakas: ', person('fi'), ', hetu ', hetu(), ', osoite ', loc(pick(['Kirkkokatu', 'Hämeenkatu', 'Koulukatu']) + ' ' + str(R.randint(1, 60))),
            ', ', loc(pick(TOWNS['fi'])), '.']


@T(3)
def _():
    return ['Finnish employee ', person('fi'), ', personal identity code ', hetu(), ', first working day ',
            date_lang('fi'), '.']


@T(3)
def _():
    return ['Henkilötunnus ', hetu(), ' ei mene läpi lomakkeesta. Omistaja ', person('fi'), ', syntynyt ',
            date_lang('fi', birth=True), '.']


@T(3)
def _():
    return ['Alta en la mutua: ', person('es'), ', NIF ', es_nif(), ', domicilio ', loc(pick(STREETS_ES) + ' ' + str(R.randint(1, 120))),
            ', ', loc(pick(TOWNS['es'])), '.']


@T(3)
def _():
    return ['El trabajador ', person(pick(['ro', 'ua', 'mx', 'ar', 'pt'])),
            ' tiene NIE ', es_nie(), ' y empieza el ', date_lang('es'), ' en ', org(ES_FIRMS), '.']


@T(3)
def _():
    return ['Factura de ', org(ES_FIRMS), ' con NIF ', es_nif(), '; contacto ', person('es'), ', tel. ', phone('es'), '.']


@T(3)
def _():
    return ['Does NIE ', es_nie(), ' need the dash? ', person(), ' wrote it with one on the rental form for ',
            loc(pick(TOWNS['es'])), '.']


@T(3)
def _():
    return ['Anagrafica cliente: ', person('it'), ', codice fiscale ', it_cf(), ', residente a ', loc(pick(TOWNS['it'])),
            ', ', loc(pick(STREETS_IT) + ' ' + str(R.randint(1, 99))), '.']


@T(3)
def _():
    return ['Ordine da ', org(IT_FIRMS), ' (P.IVA ', it_vat(), '), referente ', person('it'), ', consegna il ',
            date_lang('it'), '.']


@T(3)
def _():
    return ['Controlla partita IVA ', it_vat(), ' e codice fiscale ', it_cf(), ' del fornitore ', org(IT_FIRMS), '.']


@T(3)
def _():
    return ['Italian tax code ', it_cf(), ' for ', person('it'), ' — does the birthplace code match ',
            loc(pick(TOWNS['it'])), '?']


# -- cards, accounts, wallets --

@T(3)
def _():
    return ['Charge the deposit to ', card(), ' (cardholder ', person(), '). Booking is for ', date_en(), '.']


@T(3)
def _():
    return ['My card ', card(), ' got declined at ', org(FIRMS), ' twice — is it blocked?']


@T(3)
def _():
    return ['Fraud alert: ', card(), ' used in ', town('world'), ', ', country(), ' on ', date_en(), '. Customer ',
            person(), ', reachable at ', phone(), '.']


@T(4, case=False)
def _():
    p = name()
    return ['{"order": "', ref('WB'), '", "buyer": "', ('PERSON', p), '", "email": "', email_for(p), '", "pan": "',
            card(), '", "ship_to": "', loc(pick(TOWNS[pick(['us', 'uk', 'au', 'ca'])])), '"}']


@T(3)
def _():
    p = name()
    return ['Add ', card(), ' as the backup payment method for ', email_for(p), ', please.']


@T(3, case=False)
def _():
    return ['txn=', hexs(12), ' card_number=', card(), ' client_ip=', ipv4(False), ' status=DECLINED']


@T(3)
def _():
    return ['hey can u check if ', card(), ' is still active, its my moms card (', person(None, 'g'), ')']


@T(3)
def _():
    return ['Tarjeta ', card(), ' a nombre de ', person('es'), '; cobrar la reserva del ', date_lang('es'), '.']


@T(3)
def _():
    return ['Karta ', card(), ' została zablokowana — klient ', person('pl'), ', tel. ', phone('pl'), '.']


@T(3)
def _():
    p = name()
    return ['Please update my salary account to ', iban(), ' — ', ('PERSON', p), ', staff no. E', digits(5), '.']


@T(3)
def _():
    return ['Rent for the flat in ', town(), ' goes to ', iban(), ' (landlord ', person(), ') by ', date_en(), '.']


@T(4, case=False)
def _():
    return ['Beneficiary: ', person(), '\nIBAN: ', iban(), '\nBank: ', org(BANKS), '\nReference: ', ref('INV-')]


@T(3)
def _():
    return ['Überweisung an ', person('de'), ', IBAN ', iban(pick(['DE', 'AT', 'CH'])), ', Verwendungszweck Rechnung ',
            digits(6), '.']


@T(3)
def _():
    return ['Bonifico a favore di ', person('it'), ', IBAN ', iban('IT'), ', causale affitto ', date_lang('it'), '.']


@T(3, case=False)
def _():
    return ['payee,iban,amount\n', person(), ',', iban(), ',1200.00\n', person(), ',', iban(), ',845.50']


@T(3)
def _():
    return ['Is ', iban(pick(['AE', 'SA', 'TR'])), ' a valid IBAN? ', person(), ' sent it for the refund.']


@T(3)
def _():
    return ['Payout wallet changed from ', crypto(), ' to ', crypto(), ' — was that you, ', person(None, 'g'), '?']


@T(3)
def _():
    return ['Our donation page lists BTC ', crypto(), '. Is that a SegWit address or legacy?']


@T(3, case=False)
def _():
    return ['withdrawal_address=', crypto(), ' user=', email_any(), ' amount=0.42 BTC']


@T(3)
def _():
    return ['Escrow for the van: send to ', crypto(), ' before ', date_en(), '. Signed, ', person(), '.']


@T(3)
def _():
    return ['¿Es válida esta dirección ', crypto(), '? La copié de un correo de ', person('mx'), '.']


@T(3)
def _():
    return ['I think I pasted the wrong address (', crypto(), ') into the exchange. Can it be reversed?']


# -- network, accounts, contact details --

@T(3)
def _():
    return ['Switch port 14 shows MAC ', mac(), ' with IP ', ip(), '. Who owns that laptop?']


@T(3, case=False)
def _():
    return ['[dhcp]\nlease ', ipv4(True), ' hardware ethernet ', mac(),
            ';\nclient-hostname "', pick(['kiosk-3', 'printer-2f', 'nas01']), '";']


@T(2)
def _():
    p = name()
    return ['Wake-on-LAN is not working for ', mac(), ' (', ('PERSON', p), "'s desktop). Ticket from ", email_for(p), '.']


@T(3, case=False)
def _():
    return ['Fix my YAML:\nmailer:\n  from: ', email_any(), '\n  relay: ', ip(), '\n  port: 587\nwebhook: ', url()]


@T(3)
def _():
    return ['Why does this fail?\n```js\nconst ADMIN = "', email_any(), '";\nfetch("', url(), '")\n```']


@T(3)
def _():
    return ['Block ', ipv4(False), ' and ', ip(), ' at the firewall; they hammered the login for ', email_any(), '.']


@T(2)
def _():
    return ['Is ', url(), ' legit? It says my parcel is held and wants my card ', card(), '.']


@T(3)
def _():
    p = name()
    return ['Put ', ('PERSON', p), ' in the address book: ', email_for(p), ', ', phone(), ', ', social_url(p), '.']


@T(2)
def _():
    p = name()
    return ['Save my details for next time: ', email_for(p), ', mobile ', phone(), ', home ', street_en(), ', ',
            town(pick(['us', 'uk', 'au', 'ca'])), '.']


@T(3)
def _():
    p = name()
    return ['Forwarded message from ', ('PERSON', p), ' <', email_for(p), '>: "ring me on ', phone(), ' after ',
            time_only(), '"']


@T(2)
def _():
    p = name()
    return ['git blame points to ', ('PERSON', p), ' <', email_for(p, pick(MAIL_FIRM)), '> for the broken migration. Ping them?']


@T(2)
def _():
    return ['Unit test fixtures: ', email_any(), ', ', phone(), ', ', ip(), ', ', url(), '.']


@T(2)
def _():
    p = name()
    return ['Signup from ', email_for(p), ' at ', ipv4(False), ' used the name "', ('PERSON', p), '". Spam?']


# -- clinics, travel, HR, people in context --

@T(2)
def _():
    return ['Summarise for handover: ', person(), ', ', str(R.randint(19, 90)), ', ', nrp('nat'), ', admitted to ',
            org(HOSPITALS), ' ', date_en(), ' with a fractured wrist. Next of kin ', phone(), '.']


@T(2)
def _():
    return ['Chaplaincy request: the patient in bed 7, ', person(), ', is ', nrp('rel'), ' and asked for a visit before ',
            time_only(), '.']


@T(2)
def _():
    return ['Dietary note for the conference in ', town('world'), ': ', person(), ' (', nrp('rel'), ') needs vegetarian meals.']


@T(2)
def _():
    return ['Please translate into Spanish: ', person(), ', a ', nrp('nat'), ' engineer based in ', town(),
            ', joined ', org(FIRMS), ' as a contractor.']


@T(2)
def _():
    return ['Profile blurb: ', person(), ' is a ', nrp('pol'), ' councillor from ', town(), ' and a trustee of ', org(SCHOOLS), '.']


@T(2)
def _():
    return ['Appointment reminder for ', person(), ': ', date_en(), ' with Dr. ', person(None, 'f'), ' at ',
            org(HOSPITALS), '.']


@T(2)
def _():
    return ['Lab results for ', person(), ' (DOB ', date_en(birth=True), ') were sent to the wrong clinic in ', town(), '.']


@T(2)
def _():
    return ['Itinerary: ', person(), ' flies ', town('world'), ' → ', town(), ' on ', date_en(), ', hotel booked with ',
            org(['Hotel Bellaria Sulmona', 'Air New Zealand', 'Lufthansa']), '.']


@T(2)
def _():
    return ['Visa invitation letter: we invite ', person(), ' (', nrp('nat'), ' national) to visit our office in ',
            town(), ' from ', date_en(), '.']


@T(2)
def _():
    return ['Lost luggage claim — passenger ', person(), ', phone ', phone(), ', tag ', letters(2) + digits(6),
            ', home address ', street_en(), ', ', town(pick(['us', 'uk', 'au'])), '.']


@T(2)
def _():
    return ['Offer letter draft: ', person(), ' joins ', org(FIRMS), ' as Senior Analyst on ', date_en(),
            ', based in ', town(), '.']


@T(2)
def _():
    return ['Exit interview notes — ', person(), ' is leaving ', org(FIRMS), ' for ', org(FIRMS), '. Last day ',
            date_en(), '.']


@T(2)
def _():
    return ['Reference request: ', person(), ' worked under ', person(), ' at ', org(FIRMS), ' in ', town(), '.']


@T(2)
def _():
    return ['Who should I cc? ', person(None, 'g'), ' from ', org(FIRMS), ' and ', person(None, 'g'),
            ' from legal both asked for the contract.']


@T(2)
def _():
    return ['rewrite this nicer: ', person(None, 'g'), ', the ', org(FIRMS), ' crowd in ', town(), ' want the slides by ',
            date_en(), ' or else']


@T(2)
def _():
    return ['School trip consent: ', person(), ' (parent of a Year 8 pupil at ', org(SCHOOLS), ') can be reached on ',
            phone(), '.']


@T(2)
def _():
    return ['Enrolment query from ', person(), ', who moved from ', town(), ' to ', town(), ' and wants a place at ',
            org(SCHOOLS), '.']


@T(2)
def _():
    return ['Minutes: ', person(), ' (chair), ', person(), ', ', person(), '. Meeting held ', date_en(), ' in ',
            town(), '.']


@T(2)
def _():
    p = name()
    return ['Hi ', ('PERSON', p.split()[0]), ', your claim with ', org(['Silvermere Insurance', 'Copperleaf Insurance', 'Tidewater Mutual']),
            ' was approved on ', date_en(), '. Questions? Write to ', email_for(p), '.']


@T(2)
def _():
    return ['Landlord ', person(), ' says the deposit for ', street_en(), ', ', town(pick(['uk', 'au', 'ca', 'us'])),
            ' was returned on ', date_en(), '.']


# -- other languages --

@T(2)
def _():
    return ['Bitte fasse zusammen: ', person('de'), ' wohnt in der ', loc(pick(STREETS_DE) + ' ' + str(R.randint(1, 40))),
            ', ', loc(pick(TOWNS['de'])), ', Telefon ', phone('de'), ', Termin am ', date_lang('de'), '.']


@T(2)
def _():
    p = name('fr')
    return ['Merci de répondre à ', ('PERSON', p), ' (', email_for(p), ') : son rendez-vous à ', loc(pick(TOWNS['fr'])),
            ' est déplacé au ', date_lang('fr'), '.']


@T(2)
def _():
    return ['Cliente ', person('pt'), ', telemóvel ', phone(), ', morada ', loc(pick(STREETS_OTHER[1:]) + ' ' + str(R.randint(1, 200))),
            ', ', loc(pick(TOWNS['pt'])), '. Entrega a ', date_lang('pt'), '.']


@T(2)
def _():
    return ['Résumé demandé : ', person('fr'), ', né le ', date_lang('fr', birth=True), ', IBAN ', iban('FR'), '.']


@T(2)
def _():
    return ['Kunde ', person(), ' bittet um Rückruf unter ', phone(), '; Vertrag bei ', org(BANKS), '.']


# -- records, logs, snippets --

@T(3, case=False)
def _():
    p = name()
    return ['{"id": ', str(R.randint(1000, 99999)), ', "full_name": "', ('PERSON', p), '", "dob": "',
            ('DATE_TIME', '%d-%02d-%02d' % ymd(1950, 2004)), '", "ssn": "', ssn('-'), '", "city": "',
            loc(pick(TOWNS['us'])), '", "email": "', email_for(p), '"}']


@T(2, case=False)
def _():
    return ['name=', person(), ' phone=', phone(), ' ip=', ip(), ' country=', country(), ' plan=pro']


@T(2, case=False)
def _():
    p = name()
    return ['employee:\n  name: ', ('PERSON', p), '\n  email: ', email_for(p, pick(MAIL_FIRM)), '\n  office: ',
            town(), '\n  start: ', ('DATE_TIME', '%d-%02d-%02d' % ymd()), '\n  laptop_mac: ', mac()]


@T(3, case=False)
def _():
    return ['Log excerpt:\n', '%d-%02d-%02dT%02d:%02d:%02dZ' % (ymd() + (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
            ' WARN auth failed user=', email_any(), ' src=', ip(), '\n',
            '%d-%02d-%02d %02d:%02d:%02d' % (ymd() + (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
            ' INFO lockout cleared after 15m']


@T(2, case=False)
def _():
    return ['<patient><name>', person(), '</name><nhs>', nhs(), '</nhs><gp>', org(HOSPITALS), '</gp></patient>']


@T(2, case=False)
def _():
    return ['| name | phone | city |\n|---|---|---|\n| ', person(), ' | ', phone(), ' | ', town(), ' |\n| ', person(),
            ' | ', phone(), ' | ', town(), ' |']


@T(2)
def _():
    return ['Mask the PII in this line before I paste it in Slack: "', person(), ' (', email_any(), ') called from ',
            phone(), ' about order ', ref('SO'), '"']


@T(2)
def _():
    return ['nginx denied ', ipv4(False), ' (MAC ', mac(), ' on the guest VLAN). Config says allow ', ipv4(True), '.']


@T(2)
def _():
    return ['The kiosk at ', org(FIRMS), ' still reports ', ipv6(), ' after the reboot. Expected ', ipv4(True), '.']


# -- identifiers travelling together --

@T(6)
def _():
    return ['Super rollover form: TFN ', tfn(), ', employer ABN ', abn(), ', fund trustee ACN ', acn(),
            ', Medicare ', medicare(), '.']


@T(7)
def _():
    return ['Contrato de alquiler: arrendador con NIF ', es_nif(), ', inquilina con NIE ', es_nie(), '.']


@T(4)
def _():
    return ['Fattura elettronica: cedente P.IVA ', it_vat(), ', cessionario P.IVA ', it_vat(), '.']


@T(5, case=False)
def _():
    return ['aadhaar=', aadhaar(), ' pan=', in_pan(), ' epic=', in_voter(), ' passport=', in_passport()]


@T(3)
def _():
    return ['Is Aadhaar ', aadhaar(), ' linked to a bank account? The SMS never came.']


@T(4)
def _():
    return ['Bookmark these for the onboarding doc: ', url(), ' and ', url(), '.']


@T(4)
def _():
    return ['The unsubscribe link ', url(), ' came in a mail from ', email_any(), '. Safe to click?']


@T(4)
def _():
    return ['Card on file ', card(), ' expired; the replacement is ', card(), '.']


CHECKS = [('DEA registration', lambda: dea()), ('PESEL', pesel), ('personnummer', pnr), ('TC kimlik no', tr_id),
          ('RRN', kr_rrn), ('NRIC', nric), ('henkilötunnus', hetu), ('NPI', npi), ('passport', us_passport),
          ('SA ID', za_id), ('MBI', mbi), ('NI number', nino), ('account', bank_acct), ('SIN', sin),
          ('NHS number', nhs), ('codice fiscale', it_cf), ('TFN', tfn), ('Medicare number', medicare)]
_ck = [0]


def next_check():
    lab, gen = CHECKS[_ck[0] % len(CHECKS)]
    _ck[0] += 1
    return lab, gen()


@T(24)
def _():
    lab, v = next_check()
    return ['Verify the ', lab, ' ', v, ' for ', person(), ' before the call.']


@T(20)
def _():
    lab, v = next_check()
    return ['Audit trail: field "', lab, '" changed to ', v, ' by ', email_any(), '.']


@T(22)
def _():
    lab, v = next_check()
    return ['which format is right for a ', lab, '? i have ', v, ' on the scan']



# -- PII-free look-alikes --

def bad_luhn(n=16):
    while True:
        d = str(R.randint(3, 6)) + digits(n - 1)
        if not C.luhn_ok(d):
            return d


def bad_iban():
    v = C.iban(R, pick(['DE', 'GB', 'FR', 'NL', 'ES']))
    while True:
        c = '%02d' % R.randint(2, 98)
        if c != v[2:4]:
            return v[:2] + c + v[4:]


def bad_nhs():
    while True:
        d = digits(10)
        s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c == 10 or c != int(d[9]):
            return d


def bad_b58():
    v = C.btc(R, 'p2pkh')
    i = R.randint(5, len(v) - 3)
    return v[:i] + pick([c for c in C.B58 if c != v[i]]) + v[i + 1:]


def ver():
    return '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


FILES = ['pipeline.yml', 'handlers.go', 'schema.sql', 'Makefile', 'app.vue', 'settings.toml', 'worker.kt', 'main.c']

NEG = [
    lambda: ['Bump the lockfile from ', ver(), ' to ', ver(), ' and rerun the tests in ', pick(FILES), '.'],
    lambda: ['Commit ', hexs(40), ' reverted ', hexs(7), '; can you explain the diff?'],
    lambda: ['Job ', '%s-%s-4%s-%s-%s' % (hexs(8), hexs(4), hexs(3), pick('89ab') + hexs(3), hexs(12)), ' exited with code ', str(R.randint(1, 255)), ' after ', str(R.randint(2, 59)), ' retries.'],
    lambda: ['Quote ', ref('Q'), ' totals €', '%d.%03d,%02d' % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)), ' including VAT. Is the discount applied?'],
    lambda: ['Tracking ', '1Z' + letters(6, string.ascii_uppercase + string.digits) + digits(10), ' has not moved for a while; order ', ref('#'), '.'],
    lambda: ['SKU ', digits(3) + '-' + digits(3) + '-' + digits(4) + '-' + letters(2), ' is out of stock; suggest the ', letters(1) + digits(2), ' variant instead.'],
    lambda: ['The number ', C.group(bad_luhn(), 4), ' on the gift voucher fails the Luhn check — is it a card at all?'],
    lambda: ['Reference ', C.group(bad_iban(), 4), " doesn't validate as an IBAN; probably a typo in the check digits."],
    lambda: ['Device serial ', bad_nhs(), ' and batch ', digits(12), ' both failed calibration.'],
    lambda: ['The promo string ', bad_b58(), ' looks like a wallet but the checksum fails. Ignore it?'],
    lambda: ['Set the accent colour to #', hexs(6), ' and the border to #', hexs(3), ' in ', pick(FILES), '.'],
    lambda: ['Print the handouts on ', pick(['A3', 'A5', 'B4']), ' and laminate the ', pick(['A4', 'C6']), ' covers.'],
    lambda: ['%d-%02d-%02d %02d:%02d:%02d,%03d' % (ymd() + (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))),
             ' ERROR pool exhausted (', str(R.randint(10, 200)), ' conns)\n',
             '%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (ymd() + (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))),
             ' INFO recovered'],
    lambda: ['What is the time complexity of merging ', str(R.randint(2, 9)), ' sorted lists of length n?'],
    lambda: ['Write a haiku about a lighthouse keeper who forgets to wind the clock.'],
    lambda: ['Convert ', str(R.randint(100, 999)), ' km/h to m/s and show the steps.'],
    lambda: ['Give me three names for a cat café. Nothing too punny.'],
    lambda: ['Explain the difference between a mutex and a semaphore like I am twelve.'],
    lambda: ['Warranty case ', digits(5) + '-' + digits(4), ' was closed as a duplicate of ', ref('RMA-'), '.'],
    lambda: ['Firmware ', ver(), '-rc', str(R.randint(1, 5)), ' (build ', hexs(7), ') fixed the fan curve on rack ', letters(1), str(R.randint(1, 40)), '.'],
    lambda: ['Pallet ', digits(9), ' weighs ', str(R.randint(200, 900)), ' kg; pallet ', digits(9), ' is missing a label.'],
    lambda: ['Run `DELETE FROM sessions WHERE expires_at < now() - interval \'', str(R.randint(2, 30)), ' days\'` safely?'],
    lambda: ['The invoice total of $', '%d,%03d.%02d' % (R.randint(1, 90), R.randint(0, 999), R.randint(0, 99)), ' does not match PO ', ref('PO-'), '.'],
    lambda: ['Sort these version strings: ', ver(), ', ', ver(), ', ', ver() + '.' + str(R.randint(0, 9)), ', ', ver(), '.'],
    lambda: ['Can you turn these meeting notes into action items? Keep it under ', str(R.randint(5, 10)), ' bullets.'],
    lambda: ['Why does my sourdough collapse after the second proof? Hydration is ', str(R.randint(65, 85)), '%.'],
    lambda: ['sha256 of the tarball is ', hexs(64), ' — does that match the release notes?'],
    lambda: ['Matrix ', letters(1), ' is ', str(R.randint(2, 9)), 'x', str(R.randint(2, 9)), '; what shape is its transpose times itself?'],
    lambda: ['The lab fridge logged ', str(R.randint(2, 8)), '.', str(R.randint(0, 9)), '°C at probe ', letters(1), str(R.randint(1, 9)), ' — within range?'],
    lambda: ['Will the grant pay out? Hope springs eternal, but ', str(R.randint(2, 9)), ' of ', str(R.randint(10, 20)), ' reviewers said no.'],
    lambda: ['Rename ', pick(FILES), ' to ', pick(FILES), ' and update the imports.'],
    lambda: ['Seat ', str(R.randint(1, 40)) + pick('ABCDEF'), ' or ', str(R.randint(1, 40)) + pick('ABCDEF'), '? I want a window and legroom.'],
    lambda: ['Ticket ', C.group(bad_luhn(), 4), ' duplicates ticket ', ref('TKT-'), '; merge please.'],
    lambda: ['Part ', letters(3) + '-' + digits(5) + '/' + digits(2), ' replaces part ', letters(3) + '-' + digits(5), ' in the gearbox.'],
    lambda: ['Our ', str(R.randint(3, 12)), '-person team needs a rota for on-call. Suggest a fair rotation.'],
    lambda: ['Serial numbers ', digits(9), ', ', digits(9), ' and ', digits(10), ' shipped without manuals.'],
]
for _f in NEG:
    T(3, neg=True)(_f)


# ---- assembly -------------------------------------------------------------------

PREFIXES = ['Quick one:\n', 'From the shared inbox:\n\n', 'Pull out anything important here:\n',
            'Reformat the following as a table.\n\n', 'Can you sanity-check this?\n\n', 'Rewrite politely:\n',
            'Tag this ticket with a category.\n---\n', 'Message we received:\n"""\n']
SUFFIXES = ['\n\nAnswer in two sentences.', '\n\nUse bullet points.', ' cheers', ' ty', '\n\nNo markdown please.',
            '\n\n(urgent)', ' ??', '\n\nJust the summary, no preamble.']
LOWERABLE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def recase(parts, mode):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            ty, v = p
            if mode == 'lower' and ty in LOWERABLE:
                v = v.lower()
            elif mode == 'upper' and ty == 'PERSON':
                v = v.upper()
            out.append((ty, v))
        else:
            out.append(p.lower() if mode == 'lower' else p)
    return out


def main():
    jobs = []
    for i, (fn, n, case, neg) in enumerate(TEMPLATES):
        jobs += [(i, fn, case)] * n
    R.shuffle(jobs)
    recs = []
    for k, (i, fn, case) in enumerate(jobs):
        parts = fn()
        mode = None
        if case:
            r = R.random()
            mode = 'lower' if r < 0.08 else 'upper' if r < 0.12 else None
        parts = recase(parts, mode)
        r = R.random()
        if r < 0.18:
            pre = pick(PREFIXES)
            parts = [pre] + parts + (['\n"""'] if pre.endswith('"""\n') else [])
        elif r < 0.34:
            parts = parts + [pick(SUFFIXES)]
        text, ents = C.fill(parts)
        recs.append({'id': 'p23-%04d' % k, 'text': text, 'entities': ents})
    C.write(recs)


if __name__ == '__main__':
    main()
