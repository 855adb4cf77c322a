"""Probe 16: chat prompts about people, places and organisations in new
sentence shapes (stories, e-mails with greetings and signatures, support
transcripts, minutes, lists, JSON/YAML/CSV records, casual lower case),
with names, cities, firms and groups from Vietnamese, Ethiopian, Brazilian,
Hungarian, Irish, Indonesian, Persian, Ukrainian, Ghanaian, Filipino,
Czech, Scottish, Egyptian, Mexican, Japanese and Norwegian settings, some
identifiers alongside, and about 8% prompts without PII. Written without
looking at the engine."""
import datetime, os, random, re, string, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *

R = random.Random(160616)

# ---- vocabularies ------------------------------------------------------------
# per setting: given names (f/m), family names (f/m if they differ), cities,
# street lines, country (None when the plain name is kept out), phone maker key.
CULT = {
    'vn': dict(f=['Thảo', 'Hạnh', 'Phượng', 'Nhung'], m=['Khoa', 'Bảo', 'Thắng', 'Duy'],
               last=['Trần', 'Phạm', 'Võ', 'Bùi', 'Huỳnh', 'Dương'],
               mid_f=['Thị', 'Ngọc', 'Thu'], mid_m=['Văn', 'Đức', 'Hữu'],
               city=['Huế', 'Đà Nẵng', 'Cần Thơ', 'Vũng Tàu', 'Nha Trang'],
               street=['18 Hàng Bạc Street', '204 Trần Phú Road', '7 Bạch Đằng Quay'], country='Vietnam'),
    'et': dict(f=['Tigist', 'Meseret', 'Selamawit', 'Hirut'], m=['Yonas', 'Dawit', 'Abebe', 'Tewodros'],
               last=['Tesfaye', 'Girma', 'Alemu', 'Wolde', 'Kebede', 'Gebremariam'],
               city=['Addis Ababa', 'Gondar', 'Bahir Dar', 'Hawassa'],
               street=['Bole Road 112', 'House 41, Churchill Avenue'], country='Ethiopia'),
    'br': dict(f=['Rafaela', 'Larissa', 'Marcela', 'Thaís'], m=['Caio', 'Leandro', 'Vinícius', 'Heitor'],
               last=['Cavalcanti', 'Magalhães', 'Nogueira', 'Guimarães', 'Teixeira', 'Azevedo'],
               city=['Recife', 'Fortaleza', 'Curitiba', 'Belo Horizonte', 'Manaus', 'Minas Gerais'],
               street=['Rua das Laranjeiras 245', 'Avenida Boa Viagem 3120', 'Rua do Sol 88, apto 31'], country=None),
    'hu': dict(f=['Zsófia', 'Réka', 'Ildikó', 'Boglárka'], m=['Bence', 'Levente', 'Csaba', 'Gergő'],
               last=['Bodnár', 'Szabó', 'Nagy', 'Tóth', 'Farkas', 'Balogh'],
               city=['Kecskemét', 'Szeged', 'Pécs', 'Győr', 'Budapest'],
               street=['Fő utca 12', 'Virág utca 7', 'Erdő sor 3/B'], country='Hungary'),
    'ie': dict(f=['Aoife', 'Niamh', 'Róisín', 'Clodagh'], m=['Cathal', 'Eoin', 'Donnacha', 'Tadhg'],
               last=['Hennessy', 'Fitzgerald', 'Brennan', 'Dunne', 'Ó Ceallaigh', 'McGrath'],
               city=['Ennis', 'Kilkenny', 'Sligo', 'Tralee', 'County Clare'],
               street=['14 Quay Street', '3 Harbour Row', 'Apt 6, 21 Mill Lane'], country=None),
    'id': dict(f=['Dewi', 'Ayu', 'Wulan', 'Rahmawati'], m=['Budi', 'Agus', 'Rizky', 'Bambang'],
               last=['Santoso', 'Wijaya', 'Hidayat', 'Setiawan', 'Kusuma', 'Pratama'],
               city=['Surabaya', 'Yogyakarta', 'Bandung', 'Medan', 'Bali'],
               street=['Jalan Malioboro 56', 'Jl. Cendana No. 12'], country='Indonesia'),
    'ir': dict(f=['Shirin', 'Niloufar', 'Parisa', 'Mahsa'], m=['Dariush', 'Kourosh', 'Arash', 'Behnam'],
               last=['Hosseini', 'Tehrani', 'Moradi', 'Rostami', 'Jafari', 'Farahani'],
               city=['Isfahan', 'Mashhad', 'Kerman', 'Yazd'],
               street=['No. 9, Chaharbagh Street'], country='Iran'),
    'ua': dict(f=['Oksana', 'Olena', 'Iryna', 'Halyna'], m=['Taras', 'Bohdan', 'Yaroslav', 'Mykola'],
               last=['Shevchenko', 'Bondarenko', 'Kovalenko', 'Tkachenko', 'Melnyk', 'Kravchuk'],
               city=['Lviv', 'Kharkiv', 'Odesa', 'Dnipro', 'Chernivtsi'],
               street=['vul. Sadova 14, kv. 5', '22 Horodotska Street'], country='Ukraine'),
    'gh': dict(f=['Akosua', 'Ama', 'Abena', 'Adwoa'], m=['Kwabena', 'Yaw', 'Kwesi', 'Kojo'],
               last=['Owusu', 'Boateng', 'Appiah', 'Ofori', 'Asamoah', 'Agyeman'],
               city=['Tamale', 'Cape Coast', 'Takoradi', 'Accra', 'Ashanti Region'],
               street=['Plot 9, Liberation Road', 'House No. 14, Ring Road Central'], country=None),
    'ph': dict(f=['Maricel', 'Rowena', 'Lorna', 'Jovelyn'], m=['Jericho', 'Dindo', 'Rodel', 'Arnel'],
               last=['Dela Cruz', 'Bautista', 'Villanueva', 'Macaraeg', 'Pangilinan', 'Soriano'],
               city=['Bacolod', 'Davao', 'Iloilo', 'Quezon City', 'Mindanao'],
               street=['Unit 5B, 88 Sampaguita Street', 'Blk 4 Lot 17, Narra Avenue'], country='Philippines'),
    'cz': dict(f=['Zuzana', 'Lenka', 'Kateřina', 'Markéta'], m=['Jiří', 'Vojtěch', 'Ondřej', 'Radek'],
               last_f=['Procházková', 'Svobodová', 'Dvořáková', 'Černá', 'Kučerová', 'Veselá'],
               last_m=['Procházka', 'Svoboda', 'Dvořák', 'Černý', 'Kučera', 'Veselý'],
               city=['Zlín', 'Plzeň', 'České Budějovice', 'Liberec', 'Moravia'],
               street=['Vinohradská 118', 'Lidická 25', 'Na Příkopě 14'], country='Czechia'),
    'sc': dict(f=['Isla', 'Morag', 'Kirsty', 'Eilidh'], m=['Struan', 'Hamish', 'Ewan', 'Fraser'],
               last=['MacKenzie', 'Drummond', 'Buchanan', 'Menzies', 'Urquhart', 'Sinclair'],
               city=['Stirling', 'Oban', 'Aviemore', 'Kirkcaldy', 'Fort William', 'Orkney'],
               street=['Flat 2, 9 Rose Street', '22 Castle Terrace', '41 Heather Wynd'], country='Scotland'),
    'eg': dict(f=['Nourhan', 'Shaimaa', 'Dina', 'Mariam'], m=['Mahmoud', 'Amr', 'Sherif', 'Mostafa'],
               last=['El-Sayed', 'Abdelrahman', 'Fahmy', 'Shawky', 'Hegazy', 'Zaki'],
               city=['Alexandria', 'Luxor', 'Aswan', 'Port Said', 'Giza'],
               street=['27 Corniche Road', 'Apt 11, 6 Nile Street'], country=None),
    'mx': dict(f=['Xochitl', 'Itzel', 'Guadalupe', 'Citlali'], m=['Emiliano', 'Cuauhtémoc', 'Octavio', 'Osvaldo'],
               last=['Ruelas', 'Cervantes', 'Villaseñor', 'Ochoa', 'Aguilar', 'Hernández'],
               city=['Guadalajara', 'Oaxaca', 'Mérida', 'Puebla', 'Monterrey', 'Yucatán'],
               street=['Avenida Insurgentes Sur 1602', 'Calle 60 No. 455'], country='Mexico'),
    'jp': dict(f=['Haruka', 'Yui', 'Misaki', 'Nanami'], m=['Daichi', 'Takumi', 'Ryota', 'Shota'],
               last=['Kobayashi', 'Shimizu', 'Matsumoto', 'Inoue', 'Hayashi', 'Kimura'],
               city=['Kanazawa', 'Hiroshima', 'Kobe', 'Matsuyama', 'Shikoku'],
               street=['1-4-7 Sakae', '3-12-9 Honmachi'], country=None),
    'no': dict(f=['Sigrid', 'Torunn', 'Ingvild', 'Ragnhild'], m=['Eirik', 'Torbjørn', 'Sindre', 'Vegard'],
               last=['Haugen', 'Bakken', 'Solheim', 'Lunde', 'Berntsen', 'Myklebust'],
               city=['Haugesund', 'Bodø', 'Ålesund', 'Lillehammer', 'Lofoten'],
               street=['Storgata 17', 'Kirkegata 5', 'Strandveien 41'], country=None),
}
CULTS = sorted(CULT)
# cities and streets outside the sixteen settings (US ones come with a state)
CITY_X = ['Flagstaff', 'Pocatello', 'Milwaukee', 'Spokane', 'Des Moines', 'Winnipeg', 'Saskatoon', 'Townsville', 'Swansea',
          'Exeter', 'Norwich', 'Tasmania', 'Rosario', 'Sfax', 'Kampot', 'Cochabamba', 'Riga', 'Ulaanbaatar']
US_CITY = [('Flagstaff', 'Arizona'), ('Pocatello', 'Idaho'), ('Milwaukee', 'Wisconsin'), ('Spokane', 'Washington'),
           ('Des Moines', 'Iowa'), ('Bozeman', 'Montana'), ('Burlington', 'Vermont'), ('Lincoln', 'Nebraska')]
US_STREET = ['4180 Juniper Lane', 'Apt 12, 330 Willowbrook Court', '77 Quarry Road', 'Suite 400, 1200 Commerce Street',
             '9 Larkspur Way']
COUNTRY_X = ['Argentina', 'Tunisia', 'Senegal', 'Cambodia', 'Bolivia', 'Slovakia', 'Latvia', 'Mongolia', 'Jamaica',
             'Sri Lanka', 'Nepal', 'Malta', 'Luxembourg', 'Paraguay', 'Namibia', 'Rwanda', 'Oman']
COUNTRIES = [CULT[c]['country'] for c in CULTS if CULT[c]['country']] + COUNTRY_X

ORG = {
    'bank': ['OTP Bank', 'Bank Mandiri', 'Vietcombank', 'Bank of Ireland', 'DNB', 'Itaú Unibanco', 'Ecobank Ghana',
             'BDO Unibank', 'Česká spořitelna', 'Banco Azteca', 'Mizuho Bank', 'PrivatBank', 'Wells Fargo',
             'Morgan Stanley', 'Lloyds Bank'],
    'hosp': ['Korle Bu Teaching Hospital', 'Tikur Anbessa Specialized Hospital', 'Motol University Hospital',
             'Ninewells Hospital', 'Hospital Ángeles Puebla', "St. Columba's Infirmary", 'Rumah Sakit Harapan Bunda',
             'Haukeland University Hospital', 'Mater Misericordiae University Hospital'],
    'uni': ['Charles University', 'Universitas Gadjah Mada', 'Kyushu University', 'Addis Ababa University',
            'University of Szeged', 'Trinity College Dublin', 'Ateneo de Manila University', 'University of Agder',
            'Universidad de Guadalajara', "St. Fintan's College"],
    'law': ['Halloran & Wexley LLP', 'Tkachenko & Partners', 'Quist Marlowe Solicitors', 'Drummond Sinclair WS',
            'Bautista Soriano Law Offices'],
    'startup': ['Lumenfold Ltd', 'Brightkessel GmbH', 'Ferroverde S.A.', 'Pannonsoft Kft.', 'Vltava Data s.r.o.',
                'Kookaburra Analytics Pty Ltd', 'Fjellsol AS', 'PT Nusantara Logistik', 'Saigon Greenline JSC',
                'Tejo Digital Lda.', 'Dnipro AgroTech LLC', 'Quetzal Pagos S.A. de C.V.', 'Harmattan Solar Ltd',
                'Tagaytay Coffee Co.'],
    'ngo': ['Médecins Sans Frontières', 'Oxfam', 'Save the Children', 'Habitat for Humanity', 'WaterAid',
            'Amnesty International'],
    'gov': ['Internal Revenue Service', 'HM Revenue & Customs', 'Revenue Commissioners', 'Skatteetaten',
            'Bureau of Immigration', 'Home Office'],
    'corp': ['Goldman Sachs', 'Toyota', 'Petrobras', 'Bosch', 'Nestlé', 'Spotify', 'Ericsson', 'Heineken',
             'Jollibee', 'Tokopedia', 'Telenor', 'Škoda Auto', 'Ethiopian Airlines', 'Aer Lingus', 'Emirates',
             'Johnson & Johnson', 'Ford', 'Dell', 'Philips', 'Mercado Libre', 'Cemex', 'Grupo Bimbo'],
}
ORG_ALL = [o for k in sorted(ORG) for o in ORG[k]]
ORG_DOMAIN = {'Lumenfold Ltd': 'lumenfold.io', 'Brightkessel GmbH': 'brightkessel.de', 'Pannonsoft Kft.': 'pannonsoft.hu',
              'Vltava Data s.r.o.': 'vltavadata.cz', 'Fjellsol AS': 'fjellsol.no', 'PT Nusantara Logistik': 'nusantara-logistik.co.id',
              'Harmattan Solar Ltd': 'harmattansolar.com.gh', 'Tejo Digital Lda.': 'tejodigital.pt',
              'Kookaburra Analytics Pty Ltd': 'kookaburra-analytics.com.au', 'Saigon Greenline JSC': 'greenline.vn',
              'Ferroverde S.A.': 'ferroverde.com.br', 'Dnipro AgroTech LLC': 'dniproagro.ua'}
FREE_DOM = ['seznam.cz', 'freemail.hu', 'ukr.net', 'citromail.hu', 'bol.com.br', 'eircom.net', 'gmx.net', 'terra.com.br',
            'yahoo.co.id', 'online.no']
NRP = {
    'nat': ['Ethiopian', 'Hungarian', 'Ukrainian', 'Filipino', 'Indonesian', 'Persian', 'Egyptian', 'Argentinian',
            'Tunisian', 'Senegalese', 'Cambodian', 'Slovak', 'Latvian', 'Mongolian', 'Jamaican', 'Sri Lankan',
            'Nepali', 'Maltese'],
    'rel': ['Coptic', "Baha'i", 'Mennonite', 'Pentecostal', 'Ismaili', 'Taoist', 'Unitarian', 'Shinto', 'Druze',
            'Baptist', 'Adventist'],
    'pol': ['Conservative', 'Peronist', 'Communist', 'Socialist', 'Libertarian', 'Tory', 'Monarchist'],
}
NRP_ALL = [x for k in sorted(NRP) for x in NRP[k]]
NAT_OF = {'et': 'Ethiopian', 'ua': 'Ukrainian', 'ir': 'Persian', 'hu': 'Hungarian', 'ph': 'Filipino',
          'id': 'Indonesian', 'eg': 'Egyptian'}
ROLE = ['our CFO', 'the new office manager', 'head of procurement', 'our lead engineer', 'the site manager',
        'my line manager', 'the HR partner', 'our account manager', 'the project sponsor', 'my landlord']
CULT_FIRST = [n for c in CULTS for n in CULT[c]['f'] + CULT[c]['m']]
CULT_LAST = sorted(set(n for c in CULTS for k in ('last', 'last_f', 'last_m') for n in CULT[c].get(k, [])))
CITIES = [n for c in CULTS for n in CULT[c]['city']] + CITY_X + [a for a, b in US_CITY] + [b for a, b in US_CITY]
STREETS = [n for c in CULTS for n in CULT[c]['street']] + US_STREET

MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
       'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre',
       'diciembre']
MESES_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
            'novembro', 'dezembro']


# ---- values ----------------------------------------------------------------------
def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


class Person:
    def __init__(s, cult=None, g=None, order=None):
        s.cult = cult or R.choice(CULTS)
        c = CULT[s.cult]
        s.g = g or R.choice('fm')
        s.first = R.choice(c[s.g])
        s.last = R.choice(c.get('last_' + s.g) or c['last'])
        if s.cult == 'vn':
            if R.random() < 0.75:
                s.full = '%s %s %s' % (s.last, R.choice(c['mid_' + s.g]), s.first)
            else:
                s.full = '%s %s' % (s.last, s.first)
        elif s.cult in ('hu', 'jp') and (order == 'east' or (order is None and R.random() < 0.3)):
            s.full = '%s %s' % (s.last, s.first)
        elif s.cult in ('mx', 'br') and R.random() < 0.3:
            s.last = '%s %s' % (s.last, R.choice([x for x in c['last'] if x != s.last]))
            s.full = '%s %s' % (s.first, s.last)
        elif s.cult == 'id' and R.random() < 0.15:
            s.full = s.last = s.first  # a single name
        elif R.random() < 0.08:
            s.full = '%s %s. %s' % (s.first, R.choice('ABDEHJKLMRST'), s.last)
        else:
            s.full = '%s %s' % (s.first, s.last)
        if s.cult in ('vn', 'hu', 'cz', 'mx', 'br', 'no', 'ie') and R.random() < 0.1:
            s.full, s.first, s.last = fold(s.full), fold(s.first), fold(s.last)
        s.sub, s.obj, s.pos = ('she', 'her', 'her') if s.g == 'f' else ('he', 'him', 'his')

    def title(s, formal=False):
        if formal or R.random() < 0.5:
            return R.choice(['Dr. ', 'Dr ', 'Prof. ', 'Professor '])
        return R.choice(['Ms ', 'Ms. ', 'Mrs ']) if s.g == 'f' else R.choice(['Mr ', 'Mr. '])

    def mr(s):
        return R.choice(['Ms ', 'Ms. ']) if s.g == 'f' else R.choice(['Mr ', 'Mr. '])

    def email(s):
        f, l = fold(s.first).lower(), fold(s.last).lower().replace(' ', '').replace('-', '').replace("'", '')
        loc = R.choice(['%s.%s' % (f, l), f[0] + l, '%s_%s%d' % (f, l, R.randint(10, 99)), '%s%s' % (l, f[0]), f])
        return loc + '@' + R.choice(FREE_DOM)


def people(n, cult=None):
    out, seen = [], set()
    while len(out) < n:
        p = Person(cult)
        if p.first not in seen and p.last not in seen:
            seen.update([p.first, p.last])
            out.append(p)
    return out


def P(p): return ('PERSON', p.full)
def F(p): return ('PERSON', p.first)
def S(p): return ('PERSON', p.last)
def TS(p, formal=False): return [p.title(formal), ('PERSON', p.last)]
def MS(p): return [p.mr(), ('PERSON', p.last)]


def city(cult=None):
    if cult is None:
        if R.random() < 0.15:
            return R.choice(CITY_X)
        cult = R.choice(CULTS)
    return R.choice(CULT[cult]['city'])


def C(cult=None): return ('LOCATION', city(cult))
def K(): return ('LOCATION', R.choice(COUNTRIES))


def two_cities():
    a = city()
    while True:
        b = city()
        if b != a:
            return ('LOCATION', a), ('LOCATION', b)


def ADDR(cult=None, country=None):
    """A street line and its town (and sometimes state or country), one span each."""
    if cult == 'us' or (cult is None and R.random() < 0.15):
        c, st = R.choice(US_CITY)
        out = [('LOCATION', R.choice(US_STREET)), ', ', ('LOCATION', c)]
        if R.random() < 0.7:
            out += [', ', ('LOCATION', st)]
        return out
    cult = cult or R.choice(CULTS)
    c = CULT[cult]
    out = [('LOCATION', R.choice(c['street'])), ', ', ('LOCATION', R.choice(c['city'][:4]))]
    if (country or R.random() < 0.3) and c['country']:
        out += [', ', ('LOCATION', c['country'])]
    return out


def O(kind=None):
    return ('ORGANIZATION', R.choice(ORG[kind] if kind else ORG_ALL))


def N(kind=None):
    return ('NRP', R.choice(NRP[kind] if kind else NRP_ALL))


def date_obj(y0=2019, y1=2026):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def date_str(d, style=None):
    style = style or R.choice(['dmy_long', 'mdy_long', 'dmy_slash', 'mdy_slash', 'iso', 'dmy_dot', 'dm_dot_short',
                               'wd_dm', 'wd_md', 'mon_short', 'ord', 'dmy_short_mon', 'wd_dmy'])
    m, mo = MON[d.month - 1], MON[d.month - 1][:3]
    suf = 'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
    return {
        'dmy_long': '%d %s %d' % (d.day, m, d.year),
        'mdy_long': '%s %d, %d' % (m, d.day, d.year),
        'dmy_slash': '%02d/%02d/%d' % (d.day, d.month, d.year),
        'mdy_slash': '%d/%d/%d' % (d.month, d.day, d.year),
        'iso': d.isoformat(),
        'dmy_dot': '%02d.%02d.%d' % (d.day, d.month, d.year),
        'dm_dot_short': '%d.%d.%d' % (d.day, d.month, d.year),
        'wd_dm': '%s, %d %s' % (DAYS[d.weekday()], d.day, m),
        'wd_md': '%s, %s %d' % (DAYS[d.weekday()], m, d.day),
        'mon_short': '%s %d, %d' % (mo, d.day, d.year),
        'ord': '%d%s of %s %d' % (d.day, suf, m, d.year),
        'dmy_short_mon': '%d %s %d' % (d.day, mo, d.year),
        'wd_dmy': '%s %d %s %d' % (DAYS[d.weekday()], d.day, m, d.year),
        'month_year': '%s %d' % (m, d.year),
    }[style]


def time_str():
    h, mi = R.randint(7, 21), R.choice([0, 0, 15, 30, 45, 10, 20, 50])
    return R.choice(['%02d:%02d' % (h, mi), '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'am' if h < 12 else 'pm'),
                     '%d%s' % ((h - 1) % 12 + 1, 'am' if h < 12 else 'pm'),
                     '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM')])


def D(style=None): return ('DATE_TIME', date_str(date_obj(), style))
def DOB(): return ('DATE_TIME', date_str(date_obj(1948, 2005), R.choice(['dmy_long', 'mdy_long', 'dmy_slash', 'iso', 'dmy_dot', 'mdy_slash', 'mon_short'])))
def T(): return ('DATE_TIME', time_str())
def MY(): return ('DATE_TIME', date_str(date_obj(), 'month_year'))


def DT():
    d = date_obj()
    k = R.random()
    if k < 0.4:
        return ('DATE_TIME', '%s at %s' % (date_str(d, R.choice(['dmy_long', 'mdy_long', 'wd_dm', 'wd_md', 'mon_short'])), time_str()))
    if k < 0.6:
        return ('DATE_TIME', '%s %02d:%02d' % (d.isoformat(), R.randint(7, 20), R.choice([0, 15, 30, 45])))
    if k < 0.8:
        return ('DATE_TIME', '%s %s' % (date_str(d, R.choice(['dmy_long', 'mdy_long'])), time_str()))
    return ('DATE_TIME', '%s %s' % (date_str(d, R.choice(['dmy_dot', 'dmy_slash'])), '%02d:%02d' % (R.randint(7, 20), R.choice([0, 30]))))


def PH(cult=None):
    cult = cult or R.choice(CULTS + ['us'])
    r = lambda n: rd(n, R)
    f = {
        'vn': lambda: R.choice(['+84 9%s %s %s' % (r(1), r(3), r(4)), '09%s %s %s' % (r(1), r(3), r(4))]),
        'et': lambda: '+251 9%s %s %s' % (r(1), r(3), r(4)),
        'br': lambda: R.choice(['+55 %d 9%s-%s' % (R.randint(11, 99), r(4), r(4)), '(%d) 9%s-%s' % (R.randint(11, 99), r(4), r(4))]),
        'hu': lambda: R.choice(['+36 %s %s %s' % (R.choice(['20', '30', '70']), r(3), r(4)), '06 %s %s %s' % (R.choice(['20', '30']), r(3), r(4))]),
        'ie': lambda: R.choice(['+353 8%s %s %s' % (R.choice('35679'), r(3), r(4)), '08%s %s %s' % (R.choice('35679'), r(3), r(4))]),
        'id': lambda: R.choice(['+62 8%s-%s-%s' % (r(2), r(4), r(4)), '08%s %s %s' % (r(2), r(4), r(4))]),
        'ir': lambda: '+98 9%s %s %s' % (r(2), r(3), r(4)),
        'ua': lambda: '+380 %s %s %s %s' % (R.choice(['50', '67', '93', '97']), r(3), r(2), r(2)),
        'gh': lambda: R.choice(['+233 %s %s %s' % (R.choice(['20', '24', '54']), r(3), r(4)), '0%s %s %s' % (R.choice(['24', '54']), r(3), r(4))]),
        'ph': lambda: R.choice(['+63 9%s %s %s' % (r(2), r(3), r(4)), '09%s %s %s' % (r(2), r(3), r(4))]),
        'cz': lambda: '+420 %s %s %s' % (R.choice('67') + r(2), r(3), r(3)),
        'sc': lambda: R.choice(['+44 131 %s %s' % (r(3), r(4)), '07%s %s' % (r(3), r(6)), '0141 %s %s' % (r(3), r(4))]),
        'eg': lambda: '+20 1%s %s %s' % (R.choice('0125'), r(4), r(4)),
        'mx': lambda: R.choice(['+52 %s %s %s' % (R.choice(['33', '55', '81']), r(4), r(4)), '+52 1 %s %s %s' % (R.choice(['33', '99']), r(4), r(4))]),
        'jp': lambda: R.choice(['+81 %s-%s-%s' % (R.choice(['90', '80']), r(4), r(4)), '0%s-%s-%s' % (R.choice(['90', '80']), r(4), r(4))]),
        'no': lambda: R.choice(['+47 %s %s %s' % (R.choice('49') + r(2), r(2), r(3)), '%s %s %s %s' % (R.choice('49') + r(1), r(2), r(2), r(2))]),
        'us': lambda: R.choice(['(%d) %d-%s' % (R.randint(201, 989), R.randint(201, 989), r(4)), '+1 %d %d %s' % (R.randint(201, 989), R.randint(201, 989), r(4))]),
    }[cult]
    return ('PHONE_NUMBER', f())


def EM(p=None):
    return ('EMAIL_ADDRESS', (p or Person()).email())


def EMO(p, org):
    dom = ORG_DOMAIN.get(org)
    if not dom:
        return EM(p)
    f, l = fold(p.first).lower(), fold(p.last).lower().replace(' ', '').replace('-', '').replace("'", '')
    return ('EMAIL_ADDRESS', R.choice(['%s.%s' % (f, l), f, f[0] + l]) + '@' + dom)


def URL(p=None):
    dom = R.choice(list(ORG_DOMAIN.values()))
    slug = fold(p.full).lower().replace(' ', '-').replace('.', '') if p else R.choice(['careers', 'contact', 'about/team', 'press'])
    return ('URL', R.choice(['https://www.%s/%s', 'https://%s/%s', '%s/%s', 'http://%s/%s']) % (dom, slug))


def iban_x(cc, fmt):
    b = ''
    for kind, k in re.findall(r'([anc])(\d+)', fmt):
        for _ in range(int(k)):
            b += R.choice(string.ascii_uppercase if kind == 'a' else string.digits)
    return cc + iban_check(cc, b) + b


def IB():
    cc = R.choice(['IE', 'NO', 'PT', 'GB', 'HU', 'CZ', 'UA', 'DE'])
    v = iban_x(cc, {'HU': 'n24', 'CZ': 'n20', 'UA': 'n25'}[cc]) if cc in ('HU', 'CZ', 'UA') else iban(R, cc)
    return ('IBAN_CODE', group(v, 4) if R.random() < 0.6 else v)


def CC():
    v = card(R, R.choice(['visa', 'mc', 'mc2', 'amex', 'jcb', 'disc']))
    if len(v) == 15:
        return ('CREDIT_CARD', R.choice([v, '%s %s %s' % (v[:4], v[4:10], v[10:])]))
    return ('CREDIT_CARD', R.choice([v, group(v, 4), group(v, 4, '-')]))


def SSN(): return ('US_SSN', R.choice(['-'.join(ssn(R)), ' '.join(ssn(R))]))
def NHS():
    v = nhs(R)
    return ('UK_NHS', R.choice(['%s %s %s' % (v[:3], v[3:6], v[6:]), v, '%s-%s-%s' % (v[:3], v[3:6], v[6:])]))


def IP():
    if R.random() < 0.2:
        return ('IP_ADDRESS', '2001:db8:%x:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff)))
    return ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))


def MAC(): return ('MAC_ADDRESS', ':'.join('%02X' % R.randrange(256) for _ in range(6)))
def BTC(): return ('CRYPTO', btc(R, R.choice(['p2pkh', 'p2sh', 'wpkh', 'tr'])))


def and_list(items, sep=', ', last=' and '):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(last if i == len(items) - 1 else sep)
        out.append(it)
    return out


# ---- templates: each returns a list of parts (str, (type, value) or nested lists) ----
TPL = []
def tpl(f):
    TPL.append(f)
    return f


@tpl
def t_flight():
    p = Person(); a, b = two_cities()
    return ['Find me the cheapest way of flying from ', a, ' to ', b, ' on ', D(), '. It is for my colleague ', P(p),
            ', who has a meeting at ', O('corp'), ' at ', T(), ' that day.']

@tpl
def t_ooo():
    p = Person()
    return ['Draft an out-of-office reply for ', P(p), ', ', R.choice(ROLE), ', who will be in ', C(), ' from ', D('dmy_long'),
            ' to ', D('dmy_long'), '. Urgent matters should go to ', F(Person()), '.']

@tpl
def t_possessive_flight():
    p, q = people(2); a, b = two_cities()
    return [F(p), "'s flight from ", a, ' lands in ', b, ' at ', T(), '. Who should collect ', p.obj, ', ', F(q),
            ' or me? Write a short text message either way.']

@tpl
def t_formal_email():
    p, q = people(2); o = R.choice(ORG['startup'] + ORG['law'])
    return ['Make this email less stiff:\n\nDear ', TS(p), ',\n\nThank you for receiving our delegation in ', C(p.cult),
            '. We look forward to continuing the conversation about ', ('ORGANIZATION', o),
            "'s expansion.\n\nKind regards,\n", P(q), '\n', R.choice(['Head of Partnerships', 'Managing Director', 'Legal Counsel']),
            ', ', ('ORGANIZATION', o)]

@tpl
def t_seating():
    ps = people(4)
    return ['Make a seating plan for the dinner: ', and_list([F(x) for x in ps]), '. ', F(ps[1]), ' and ', F(ps[3]),
            " shouldn't sit next to each other, and ", F(ps[0]), ' needs to be near the door.']

@tpl
def t_role_cfo():
    p = Person()
    return [P(p), ', ', R.choice(ROLE), ', wants the supplier list before the board meets in ', C(), ' on ', D(), '. Turn my notes into a checklist.']

@tpl
def t_label():
    p = Person(); cu = R.choice(CULTS)
    return ['Format this as a shipping label: ', P(p), ', ', ADDR(cu, country=True), '.']

@tpl
def t_hospital_mother():
    p, doc = Person(g='f'), Person()
    return ['My mother, ', P(p), ', was admitted to ', O('hosp'), ' on ', D(), '. What should I ask the cardiologist, ',
            TS(doc, True), ', during the ward round?']

@tpl
def t_reference_letter():
    p = Person()
    return ['Write a reference letter for ', P(p), ', who studied economics at ', O('uni'), ' and then interned at ',
            O(R.choice(['corp', 'bank', 'startup'])), ' in ', C(), '. ', F(p), ' is applying for a master\'s programme.']

@tpl
def t_bank_dispute():
    p = Person()
    return ['I need to dispute a charge with ', O('bank'), '. My card ', CC(), ' was used in ', C(), ' on ', DT(),
            ' while I was at home. My name is ', P(p), '. Write the dispute letter.']

@tpl
def t_supplier_nrp():
    p = Person()
    return ["We're onboarding a ", N('nat'), ' supplier, ', O('startup'), ', run by ', P(p),
            '. Which documents should procurement ask for?']

@tpl
def t_religion_catering():
    p = Person()
    return [P(p), ' is ', N('rel'), ' and will join the offsite in ', C(), ' on ', D('wd_dm'),
            '. Suggest a catering plan that works for everyone.']

@tpl
def t_pol_bio():
    p = Person()
    return ['Shorten this bio to two lines: ', P(p), ' (born ', DOB(), ' in ', C(), ') is a ', N('pol'),
            ' councillor for ', C(), ' and a trustee of ', O('ngo'), '.']

@tpl
def t_grandfather_story():
    cu = R.choice(CULTS); p, q = Person(cu, 'm'), Person(cu, 'f'); a, b = two_cities()
    return ['My grandfather ', P(p), ' left ', a, ' in ', MY(), ' and settled in ', b, '. He worked at ', O(), ' for thirty years. ',
            F(p), ' met my grandmother, ', P(q), ', at a dance there. Turn this into a short eulogy.']

@tpl
def t_support_transcript():
    ag, cu = people(2); o = O('bank')
    return ['Summarise this chat for the back office:\n\nAgent: Thanks for contacting ', o, ", you're speaking with ", F(ag),
            '.\nCustomer: Hi ', F(ag), ', this is ', P(cu), '. My card was declined in ', C(), ' on ', D('wd_md'), '.\nAgent: Sorry about that, ',
            MS(cu), '. Can you confirm your date of birth?\nCustomer: ', DOB(), '.\nAgent: Thank you. I have unblocked it.']

@tpl
def t_minutes():
    ps = people(4)
    return ['Tidy these minutes into a table.\n\nProject sync, ', D('dmy_long'), '\nPresent: ', P(ps[0]), ' (chair), ', P(ps[1]), ', ',
            P(ps[2]), '\nApologies: ', P(ps[3]), '\n- ', F(ps[1]), ' to send the revised quote to ', O('startup'), ' by ', D('wd_dm'),
            '.\n- ', F(ps[2]), ' reported that the ', C(), ' office lease ends on ', D('dmy_dot'), '.']

@tpl
def t_json_employee():
    p = Person(); o = O(R.choice(['startup', 'corp']))
    return ['Validate this record and list any missing fields:\n{"employee": {"name": "', P(p), '", "nationality": "', N('nat'),
            '", "office": "', C(), '", "employer": "', o, '", "start_date": "', D('iso'), '"}}']

@tpl
def t_yaml_contact():
    p = Person(); o = R.choice(ORG['startup'])
    return ['Convert this YAML to a vCard:\ncontact:\n  name: ', P(p), '\n  company: ', ('ORGANIZATION', o), '\n  city: ', C(p.cult),
            '\n  email: ', EMO(p, o), '\n  phone: "', PH(p.cult), '"']

@tpl
def t_csv_rows():
    ps = people(3)
    rows = []
    for p in ps:
        rows += ['\n', P(p), ',', C(p.cult), ',', O(R.choice(['bank', 'startup', 'corp'])), ',', D('iso')]
    return ['Sort these rows by start date and output a markdown table:\nname,city,employer,joined'] + rows

@tpl
def t_signature():
    p, q = people(2); o = R.choice(ORG['startup'])
    return ['Can you make this sound warmer?\n\nHi ', F(q), ',\n\nThe signed contract from ', O('law'), ' has arrived. Please countersign by ',
            D('wd_dm'), ' so we can start in ', C(), '.\n\nThanks,\n', P(p), '\nHead of Legal | ', ('ORGANIZATION', o), '\n', PH(p.cult),
            ' | ', EMO(p, o)]

@tpl
def t_casual_late():
    p, q = people(2)
    return ['reword this so it sounds less rude: "hey ', F(p), ' its ', F(q), ', running late, meet at ', ADDR(), ' at ', T(), ' instead?"']

@tpl
def t_new_starter():
    p = Person()
    return ['New starter: ', P(p), ' (', N('nat'), '), start date ', D(), ', based in our ', C(), ' office. Laptop goes to ',
            ADDR(), '. Write the welcome email.']

@tpl
def t_tenancy():
    p, q = people(2); cu = R.choice(CULTS)
    return ['Draft a notice from ', P(p), ' (landlord) to ', P(q), ' (tenant) ending the tenancy of the flat at ', ADDR(cu),
            ' on ', D(), '.']

@tpl
def t_visa_self():
    return ["I'm a ", N('nat'), ' citizen living in ', K(), '. My employer, ', O(R.choice(['corp', 'startup'])), ', wants me in ', C(),
            ' by ', D(), '. Which visa should I apply for?']

@tpl
def t_panel():
    a, b, c = people(3)
    return ['Introduce the panel in one paragraph: ', TS(a, True), ' (', O('uni'), '), ', TS(b, True), ' (', O('hosp'), ') and ',
            P(c), ' from ', O('ngo'), '.']

@tpl
def t_toast():
    p, q = people(2)
    return ['Write a two-minute toast for ', F(p), ' and ', F(q), "'s wedding in ", C(), ' on ', D(), '. ', F(q),
            ' grew up in ', C(q.cult), ' and loves sailing.']

@tpl
def t_sofa_complaint():
    p = Person()
    return [O('corp'), ' delivered the wrong sofa to ', ADDR(), '. Write a complaint from ', P(p), ' asking for a refund.']

@tpl
def t_legal_timeline():
    p = Person()
    return [O('law'), ' represents ', P(p), ' in the dispute with ', O('startup'), '. Put this timeline in order: breach notice ',
            D(), ', contract signed ', D(), ', mediation in ', C(), ' on ', D(), '.']

@tpl
def t_git_author():
    p = Person()
    return ['Who is ', P(p), ' <', EM(p), '>? Their account pushed to the release branch from ', IP(), ' at ', T(),
            '. Draft a message asking them to confirm.']

@tpl
def t_dentist_note():
    p = Person()
    return ['Remember for later: my dentist is ', TS(p, True), ' at ', O('hosp'), ', phone ', PH(p.cult), ', next appointment ', DT(), '.']

@tpl
def t_neighbour_recipe():
    p = Person()
    return ['My neighbour ', F(p), ' from ', C(p.cult), ' taught me a lentil stew. Write the recipe as if ', F(p),
            ' were explaining it to a beginner.']

@tpl
def t_forward_msg():
    p, q = people(2)
    return ['From ', F(p), ": '", P(q), ' from ', O(), ' called and wants a callback on ', PH(q.cult), ' before ', T(),
            ".' Turn this into a task."]

@tpl
def t_retirement():
    p = Person()
    return ['Announce the retirement of ', P(p), ', who joined ', O(R.choice(['bank', 'corp'])), ' in ', MY(), ' and led the ', C(),
            ' branch for twelve years.']

@tpl
def t_donation():
    p = Person(); cu = R.choice([c for c in CULTS if CULT[c]['country']])
    return ['Write a thank-you note to ', P(p), ' for donating to ', O('ngo'), '. The gift funds a clinic in ', C(cu), ', ',
            ('LOCATION', CULT[cu]['country']), '.']

@tpl
def t_interviews():
    a, b = people(2)
    return ['Schedule confirmation emails: ', P(a), ' on ', DT(), ' and ', P(b), ' on ', DT(), ', both at the ', O(R.choice(['startup', 'corp'])),
            ' office in ', C(), '.']

@tpl
def t_lost_wallet():
    p = Person()
    return ['Lost property: a wallet belonging to ', P(p), ' was handed in at ', C(), ' railway station on ', D(),
            '. Draft the notice for the noticeboard.']

@tpl
def t_insurance_claim():
    p = Person()
    return ['Fill in the claim summary: policyholder ', P(p), ', payout to IBAN ', IB(), ', water damage at ', ADDR(), ' on ', D(), '.']

@tpl
def t_tax_move():
    p = Person(); a = R.choice(US_CITY)
    return [P(p), ' (SSN ', SSN(), ') moved from ', ('LOCATION', a[0]), ', ', ('LOCATION', a[1]), ' to ', K(), ' and started at ',
            O('corp'), ' on ', D(), '. Which returns does ', p.sub, ' still need to file?']

@tpl
def t_gp_letter():
    p = Person()
    return ['GP referral: ', P(p), ', NHS number ', NHS(), ', DOB ', DOB(), ', lives at ', ADDR('sc'), '. Refer to ', O('hosp'),
            ' for a cardiology opinion.']

@tpl
def t_personal_statement():
    p = Person(); cu = R.choice([c for c in CULTS if CULT[c]['country']])
    return ["Proofread my personal statement opening: 'Growing up in ", C(cu), ', ', ('LOCATION', CULT[cu]['country']),
            ", I spent weekends at my aunt's clinic.' Signed, ", P(p), '.']

@tpl
def t_compare_offers():
    a, b = two_cities()
    return ['Compare the two job offers: ', O('startup'), ' in ', a, ' (start ', D(), ') and ', O('corp'), ' in ', b,
            ' (start ', D(), '). I care most about relocation support.']

@tpl
def t_surname_only():
    p, q = people(2)
    return ['Ask ', S(p), ' whether the ', C(), ' invoices were paid, and copy ', S(q), ' in.']

@tpl
def t_trip_start():
    p = Person()
    return [F(p), ' and I are planning a trip to ', K(), ' in ', MY(), '. We land in ', C(), '. Any tips for a first visit?']

@tpl
def t_lower_remind():
    p = Person()
    return ['can u remind me to call ', F(p), ' at ', T(), ' abt the apartment in ', C(), ' pls']

@tpl
def t_slack_cover():
    p, q = people(2)
    return ["Rewrite this chat message politely: '", F(p), ' is out sick, ', F(q), ' will cover the ', O(),
            " call at ", T(), ".'"]

@tpl
def t_customer_record():
    p = Person()
    return ['Customer since ', D(), ': ', P(p), ', ', EM(p), ', ', PH(p.cult), ', ', ADDR(p.cult), '. Flag any fields that look wrong.']

@tpl
def t_witness():
    p = Person()
    return ['Clean up this witness statement: I, ', P(p), ', of ', ADDR(), ', saw a grey van reverse into the gate on ', DT(), '.']

@tpl
def t_booking_nrp():
    a, b = people(2); x, y = two_cities()
    return ['Booking for two ', N('nat'), ' travellers, ', P(a), ' and ', P(b), ', from ', x, ' to ', y, ' on ', D(),
            '. Do they need a transit visa?']

@tpl
def t_namelike_orgs():
    return ['Is ', ('ORGANIZATION', R.choice(['Morgan Stanley', 'Goldman Sachs', 'Johnson & Johnson'])), ' or ',
            ('ORGANIZATION', R.choice(['Ford', 'Dell', 'Philips', 'Lloyds Bank'])), ' a better first employer for a graduate in ',
            C(), '?']

@tpl
def t_placelike_orgs():
    return ['I have accounts at ', ('ORGANIZATION', R.choice(['Bank of Ireland', 'Wells Fargo', 'Ecobank Ghana'])),
            ' and ', ('ORGANIZATION', R.choice(['Banco Azteca', 'Česká spořitelna', 'PrivatBank'])),
            '. Which charges less for sending money to ', K(), '?']

@tpl
def t_dietary():
    a, b, c = people(3)
    return ['Dietary requirements for the gala:\n- ', P(a), ': ', N('rel'), ', no pork\n- ', P(b), ': vegetarian\n- ', P(c),
            ': none\nWrite a note for the caterer.']

@tpl
def t_family_tree():
    p, q = people(2)
    return ['Make a family-tree entry: ', P(p), ' (born ', DOB(), ', ', C(p.cult), ') married ', P(q), ' in ', C(), ' on ', D(), '.']

@tpl
def t_car_pickup():
    p = Person(); a, b = two_cities()
    return ['Confirm the rental: pick-up for ', P(p), ' at ', a, ' airport on ', DT(), ', drop-off in ', b, '. Driver phone ', PH(), '.']

@tpl
def t_roster():
    a, b, c = people(3)
    return ['Turn this volunteer roster into a friendly reminder:\n- ', P(a), ' (', PH(a.cult), ')\n- ', P(b), ' (', EM(b), ')\n- ',
            P(c), ' (', PH(c.cult), ')\nMeet at ', ADDR(), ' at ', T(), '.']

@tpl
def t_transfer_rent():
    p = Person()
    return ['Send EUR 450 to ', P(p), ' at ', O('bank'), ', IBAN ', IB(), ", reference 'rent ", MY(), "'. Is the reference ok?"]

@tpl
def t_thank_hosts():
    p = Person()
    return ['Write a short thank-you to ', F(p), ' and the team at ', O(), ' for hosting us in ', C(), ' on ', D('wd_dm'), '.']

@tpl
def t_professor_thanks():
    p = Person()
    return ['Professor ', S(p), ' from ', O('uni'), ' supervised my thesis. Draft a thank-you note mentioning the fieldwork in ', C(), '.']

@tpl
def t_agent_only_first():
    ag, cu = people(2)
    return ['Rate this support exchange from 1 to 5:\n', F(ag), ' (agent): Good afternoon, how can I help?\n', F(cu),
            ': My parcel to ', C(), ' has been stuck since ', D('wd_md'), '.\n', F(ag), ': I will escalate it to the ', C(),
            ' depot right away.']

@tpl
def t_badge():
    p = Person()
    return ['Design badge text: ', P(p), ' | ', R.choice(['Keynote speaker', 'Volunteer', 'Press']), ' | ', O(), ' | ', C(), ', ', K()]

@tpl
def t_invoice_org():
    p = Person(); o = R.choice(ORG['startup'])
    return ['Check this invoice header: ', ('ORGANIZATION', o), ', ', ADDR(), ', billed to ', O('corp'), '; contact ', P(p), ', ',
            EMO(p, o), '; invoice INV-%d-%04d, due ' % (R.randint(2023, 2026), R.randint(1, 9999)), D(), '.']

@tpl
def t_courier():
    p = Person()
    return ['The courier says ', P(p), ' signed for the parcel at ', ADDR(), ' at ', T(), ' on ', D('wd_dm'),
            ", but nobody was home. Write a complaint."]

@tpl
def t_timezone():
    p = Person(); a, b = two_cities()
    return ['If the call with ', P(p), ' is at ', T(), ' in ', a, ', what time is that in ', b, '?']

@tpl
def t_diary():
    p = Person()
    return ['Write this up as a diary entry: On ', D(), ' I met ', P(p), ' at a café in ', C(), '. ', F(p), ' works for ',
            O(), ' and grew up in ', K(), '. We talked about trains for two hours.']

@tpl
def t_hire_choice():
    p, q = people(2)
    return ['Should I hire ', P(p), ' or ', P(q), ' for the ', C(), ' role? ', F(p), ' spent five years at ', O(), ', ', F(q),
            ' is a ', N('nat'), ' engineer who just finished at ', O('uni'), '.']

@tpl
def t_doctor_full():
    p, q = people(2)
    return ['Explain this discharge note in plain words: "Seen by Dr. ', P(p), ' at ', O('hosp'), '. Patient ', P(q),
            ' to continue ramipril. Follow-up on ', DT(), '."']

@tpl
def t_teacher():
    p, kid = people(2)
    return ['Email ', MS(p), ', ', F(kid), "'s teacher at ", O('uni'), ', to say ', F(kid), ' will miss class on ', D('wd_dm'),
            ' because of a hospital appointment.']

@tpl
def t_moving():
    p = Person(); a, b = two_cities()
    return ["I'm moving from ", a, ' to ', b, ' with my partner ', F(p), ' in ', MY(), '. Which neighbourhoods are near ', O('uni'), '?']

@tpl
def t_lol():
    p, q = people(2)
    return ['lol ', F(p), ' just told me ', F(q), ' got the job at ', O(R.choice(['corp', 'startup'])), ' in ', C(), '. write a congrats msg']

@tpl
def t_gov_letter():
    p = Person()
    return ['Write a letter to ', O('gov'), ' on behalf of ', P(p), ', born ', DOB(), ', about a refund cheque sent to an old address, ',
            ADDR(), '.']

@tpl
def t_team_nrp():
    return ['Our ', N('nat'), ' engineers in ', C(), ' work with ', O('startup'), ' on the payments rewrite. Suggest a meeting time that suits both teams.']

@tpl
def t_device_owner():
    p = Person()
    return ['Inventory entry: laptop owned by ', P(p), ' (', EM(p), ') at the ', C(), ' office, MAC ', MAC(), ', last seen at ', IP(), '.']

@tpl
def t_portfolio():
    p = Person()
    return [P(p), "'s portfolio is at ", URL(p), '. Write a 50-word bio that mentions ', p.pos, ' degree from ', O('uni'), '.']

@tpl
def t_btc_refund():
    p = Person()
    return [F(p), ' wants the deposit refunded in bitcoin to ', BTC(), ' instead of ', p.pos, ' account at ', O('bank'), '. Is that allowed?']

@tpl
def t_invitation():
    p, q = people(2)
    return ['Typeset this invitation:\n', P(p), ' and ', P(q), '\nrequest the pleasure of your company\non ', D('wd_dmy'), ' at ', T(),
            '\n', ADDR(), '\nRSVP to ', EM(p)]

@tpl
def t_markdown_table():
    ps = people(3)
    rows = []
    for p in ps:
        rows += ['\n| ', P(p), ' | ', C(p.cult), ' | ', O(), ' |']
    return ['Add a column for time zone to this table:\n| Name | City | Company |\n|---|---|---|'] + rows

@tpl
def t_surname_first_note():
    p = Person(R.choice(['hu', 'jp']), order='east')
    return ['In the attendee list ', P(p), ' is written family name first. How should I address ', p.obj, ' in an email to ',
            O(), '? Is "Dear ', MS(p), '" right?']

@tpl
def t_mr_mrs():
    p = Person()
    return ['Write a condolence card starting "Dear Mr and Mrs ', S(p), '" for the family of our former colleague ', F(p),
            ', who worked at the ', C(), ' branch of ', O('bank'), '.']

@tpl
def t_care_of():
    p = Person(); o = O(R.choice(['startup', 'law']))
    return ['Address the envelope: c/o ', P(p), ', ', o, ', ', ADDR(), '.']

@tpl
def t_org_start():
    p = Person()
    return [O(R.choice(['corp', 'bank', 'startup'])), ' has confirmed that ', P(p), ' will take over the ', C(), ' region from ', D(),
            '. Draft the internal announcement.']

@tpl
def t_city_start():
    p = Person(); c = C(p.cult)
    return [c, ' is where ', F(p), ' grew up, so ', p.sub, ' wants the reunion there in ', MY(), '. Suggest three venues.']

@tpl
def t_pronounce():
    p = Person()
    return ['How do I pronounce ', P(p), '? I have to introduce ', p.obj, ' at the ', O(), ' town hall.']

@tpl
def t_deadline_year():
    p = Person()
    return ['Remind ', F(p), ' that the grant report for ', O('ngo'), ' is due by the end of ', MY(), ' and the audit is on ', D(), '.']

@tpl
def t_chat_times():
    a, b = people(2)
    return ['Summarise this chat:\n[', F(a), '] are we still on for ', T(), '?\n[', F(b), '] yes, at the ', O('corp'),
            ' building in ', C(), '\n[', F(a), '] great, bring the contract for ', P(Person()), '\n[', F(b), '] will do']

@tpl
def t_obit_nrp():
    p = Person()
    return ['Help me write an obituary for ', P(p), ', a ', N('nat'), '-born nurse who worked at ', O('hosp'), ' for decades and died on ',
            D(), ' in ', C(), '.']

@tpl
def t_school_trip():
    ps = people(3)
    return ['Permission slip: ', and_list([P(x) for x in ps]), ' will visit ', O('corp'), ' in ', C(), ' on ', D(),
            '. Parents can call ', PH(), ' with questions.']

@tpl
def t_spanish():
    p = Person('mx'); d = date_obj()
    return ['Resume este mensaje: "Soy ', P(p), ', vivo en ', ('LOCATION', R.choice(CULT['mx']['city'][:5])), ' y trabajo en ',
            O(R.choice(['bank', 'corp'])), ' desde el ', ('DATE_TIME', '%d de %s de %d' % (d.day, MES[d.month - 1], d.year)),
            '. Mi teléfono es ', PH('mx'), '."']

@tpl
def t_portuguese():
    p = Person('br'); d = date_obj()
    return ['Resuma: a cliente ', P(p), ' mora em ', C('br'), ' desde ', ('DATE_TIME', '%d de %s de %d' % (d.day, MESES_PT[d.month - 1], d.year)),
            ' e pediu o cancelamento do cartão ', CC(), '.']

@tpl
def t_story_multi():
    p, q = people(2); a, b = two_cities()
    return ['Continue this story in 100 words: ', P(p), ' missed the last ferry from ', a, ' on ', D('dmy_long'),
            '. A stranger called ', F(q), ' offered a lift to ', b, '. By morning they had founded ', O('startup'), '.']

@tpl
def t_complaint_ag():
    p = Person()
    return ['Summarise: ', MS(p), ' says ', O('bank'), ' charged ', p.obj, ' twice for the same transfer on ', D(),
            '. ', p.sub.capitalize(), ' wants a callback on ', PH(p.cult), '.']

@tpl
def t_host_family():
    p, q = people(2, R.choice(CULTS))
    return ['Write an email to my host family, ', P(p), ' and ', F(q), ', to say I arrive in ', C(p.cult), ' on ', DT(),
            ' and will take the bus from the airport.']

@tpl
def t_hr_note_nrp():
    p = Person()
    return ['HR note: ', P(p), ' asked for leave from ', D(), ' to ', D(), ' for a ', N('rel'), ' festival. Approve politely.']

@tpl
def t_kyc():
    p = Person()
    return ['KYC check: ', P(p), ', DOB ', DOB(), ', nationality ', N('nat'), ', address ', ADDR(), ', account at ', O('bank'), '.']

@tpl
def t_meeting_req():
    a, b = people(2)
    return ['Can you find a slot for ', F(a), ', ', P(b), ' and me on ', D('wd_md'), '? ', F(a), ' is in ', C(), ' and ', F(b),
            ' is in ', C(), '.']

@tpl
def t_upper_memo():
    p = Person()
    return ['MEMO: ', P(p), ' WILL REPRESENT ', O(), ' AT THE ', C(), ' TRADE FAIR ON ', D('dmy_long'), '. ALL QUERIES TO ', EM(p), '.']

@tpl
def t_rec_prof():
    p, q = people(2)
    return ['Polish this: "I have known ', F(q), ' since ', MY(), ', when ', q.sub, ' joined my lab at ', O('uni'), '." — ',
            TS(p, True)]

@tpl
def t_apartment_ad():
    p = Person()
    return ['Improve this listing: sunny two-room flat at ', ADDR(), ', available from ', D(), '. Viewings with ', F(p), ' on ', PH(p.cult), '.']

@tpl
def t_conf_travel():
    ps = people(3); x, y = two_cities()
    return ['Book hotels for ', and_list([F(z) for z in ps]), ' in ', y, ' for the conference hosted by ', O('uni'), '. ',
            F(ps[0]), ' flies in from ', x, ' on ', DT(), '.']

@tpl
def t_email_chain():
    p, q = people(2); o = R.choice(ORG['startup'])
    return ['Who is waiting on whom here?\n\nFrom: ', P(p), ' <', EMO(p, o), '>\nTo: ', P(q), '\nDate: ', D('wd_dmy'),
            '\n\n', F(q), ', any update on the ', C(), ' permits? ', ('ORGANIZATION', o), ' is ready to start.\n\n— ', F(p)]

@tpl
def t_pharmacy():
    p = Person()
    return [P(p), ' collects repeat prescriptions at the ', C(), ' pharmacy every month; the next one is due ', D(),
            '. Write an SMS reminder to ', PH(p.cult), '.']

@tpl
def t_parents_origin():
    p = Person(); cu = R.choice([c for c in CULTS if CULT[c]['country']])
    return ['My parents are from ', ('LOCATION', CULT[cu]['country']), ' and I was born in ', C(), '. My partner ', F(p),
            ' is ', N('nat'), '. Ideas for a wedding that mixes both traditions?']

@tpl
def t_reservation():
    p = Person()
    return ['Table for 6 under the name ', S(p), ' at ', T(), ' on ', D('wd_dm'), '; contact ', PH(p.cult), '. Confirm it for me in writing.']

@tpl
def t_grant_team():
    ps = people(3)
    return ['Grant application team: PI ', TS(ps[0], True), ' (', O('uni'), '); co-investigators ', P(ps[1]), ' (', O('hosp'), ') and ',
            P(ps[2]), ' (', O('ngo'), '). Write the team paragraph.']

@tpl
def t_car_accident():
    p, q = people(2)
    return ['Write an insurance statement: on ', DT(), ' my car was hit at a roundabout in ', C(), ' by a van driven by ', P(q),
            ', who works for ', O('startup'), '. My name is ', P(p), ' and my IBAN for the payout is ', IB(), '.']

@tpl
def t_refugee():
    cu = R.choice(['ua', 'et', 'ir', 'hu', 'ph', 'id', 'eg']); p = Person(cu)
    return ['Help ', P(p), ', a ', ('NRP', NAT_OF[cu]), ' engineer who arrived in ', C(), ' in ', MY(), ', write a CV summary for ', O('corp'), '.']


# ---- prompts without PII -----------------------------------------------------------
NEG_PRODUCTS = ['Kubernetes', 'PostgreSQL', 'Terraform', 'GraphQL', 'Redis', 'Kafka', 'Figma', 'Jira', 'Excel', 'Grafana',
                'Raspberry Pi 5', 'Docker Compose', 'React Native', 'TensorFlow Lite', 'Notion', 'VS Code']
NEG_BOOKS = ['Thinking, Fast and Slow', 'The Pragmatic Programmer', 'Designing Data-Intensive Applications', 'Clean Code',
             'The Left Hand of Darkness', 'The Name of the Wind', 'Sapiens', 'The Phoenix Project', 'Dune Messiah']
NEG = [
    lambda: 'Compare %s and %s for a team of five that runs mostly batch jobs.' % tuple(R.sample(NEG_PRODUCTS, 2)),
    lambda: 'Summarise the main argument of %s in five bullet points.' % R.choice(NEG_BOOKS),
    lambda: 'Ticket %s-%d is blocked by %s-%d; move both to the Backend column.' % ((R.choice(['PLAT', 'OPS', 'WEB', 'CORE']), R.randint(100, 9999)) * 2),
    lambda: 'My %s keeps crashing after the %d.%d update. What logs should I check?' % (R.choice(NEG_PRODUCTS), R.randint(2, 9), R.randint(0, 20)),
    lambda: 'Recommend three novels like %s for a long flight.' % R.choice(NEG_BOOKS),
    lambda: 'In Excel, how do I make VLOOKUP return blank instead of #N/A?',
    lambda: 'Write a haiku about the Northern Lights and a cold cup of coffee.',
    lambda: 'Explain the difference between a Mutex and a Semaphore with a kitchen analogy.',
    lambda: 'Release %d.%d.%d of the Android app fails on Pixel devices; draft a status page update.' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 9)),
    lambda: 'What does HTTP 429 mean and how should the Client SDK back off?',
    lambda: 'Turn this into a user story: As an Admin I want to export the Audit Log as CSV.',
    lambda: 'Give me a weekly meal plan that is high in protein and under 2,000 kcal a day.',
    lambda: 'Which is better for a Home Lab, Proxmox or ESXi? Budget is about 600 euros.',
    lambda: 'Rename the Dark Mode toggle to Night Theme in the Settings screen and update the tests.',
    lambda: 'Case %s-%05d: customer reports the Smart Thermostat shows error E%d. Suggest troubleshooting steps.' % (R.choice(['CS', 'SUP']), R.randint(1, 99999), R.randint(10, 99)),
    lambda: 'Will the Grand Final be worth watching? Mark my words, the Underdogs will win.',
    lambda: 'Write a product description for the Aurora Desk Lamp with a warm-white LED and USB-C charging.',
    lambda: 'Draft release notes: faster Search, a new Kanban view and fewer crashes in the Sync engine.',
    lambda: 'Explain Big O notation to a ten-year-old using LEGO bricks.',
    lambda: 'Is %s a good first book for someone learning system design?' % R.choice(NEG_BOOKS),
    lambda: 'Our SLA says P1 incidents get a response in 15 minutes. Rewrite it for the Customer Handbook.',
    lambda: 'The Blue Planet documentary was amazing; suggest similar nature series.',
    lambda: 'Order #%d for the Ergo Chair Pro arrived scratched. Write a return request.' % R.randint(10 ** 7, 10 ** 8),
    lambda: 'Fix the typo in the Terms of Service: "recieve" should be "receive".',
    lambda: 'How many Story Points should a spike get in Scrum? Our Tech Lead says zero.',
]


def wrap(parts):
    k = R.random()
    if k < 0.07:
        return ['Here is the text:\n"""\n'] + parts + ['\n"""']
    if k < 0.12:
        return ['Quick one. '] + parts
    if k < 0.17:
        return parts + ['\n\nAnswer in bullet points.']
    if k < 0.21:
        return parts + [' Thank you!']
    return parts


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out += flat(p)
        else:
            out.append(p)
    return out


def record(rid, parts, case=None):
    text, ents = fill(flat(parts))
    if case == 'lower' and len(text.lower()) == len(text):
        text = text.lower()
    elif case == 'upper' and len(text.upper()) == len(text):
        text = text.upper()
    return {'id': rid, 'text': text, 'entities': ents}


def main():
    n_total, n_neg = 600, 48
    recs, order = [], []
    while len(order) < n_total - n_neg:
        batch = TPL[:]
        R.shuffle(batch)
        order += batch
    order = order[:n_total - n_neg]
    neg_slots = set(R.sample(range(n_total), n_neg))
    it = iter(order)
    negs = NEG[:]
    R.shuffle(negs)
    for i in range(n_total):
        rid = 'p16-%04d' % i
        if i in neg_slots:
            f = negs[(i * 7) % len(negs)]
            text = f()
            if R.random() < 0.1:
                text = text.lower()
            recs.append({'id': rid, 'text': text, 'entities': []})
            continue
        t = next(it)
        parts = t()
        if t is t_upper_memo:
            case = 'upper'
        elif t in (t_lower_remind, t_lol, t_casual_late):
            case = 'lower' if R.random() < 0.7 else None
        else:
            k = R.random()
            case = 'lower' if k < 0.08 else 'upper' if k < 0.1 else None
        recs.append(record(rid, wrap(parts), case))
    write(recs)


if __name__ == '__main__':
    main()
