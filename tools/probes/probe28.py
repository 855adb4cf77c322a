"""Probe 28: a blind measure of generalisation.
About 600 chat prompts in the style of the dev corpus and its settings
(support escalations and billing disputes, HR and payroll updates, KYC and
onboarding checks, clinical, pharmacy and claims notes, travel bookings, log
lines, code and config snippets, JSON, CSV, YAML and key=value records,
prompts in Spanish, Italian, Polish, Swedish, Finnish, Turkish and Korean
settings), written in new words and sentence shapes: about 190 templates, with
instructions before or after the text, fully lower-case variants at dev's rate
and 108 PII-free look-alikes (order and invoice numbers, hashes, versions,
serials, card- and IBAN-shaped numbers that fail their checks). Dev's type
mix and value formats; people of about forty cultures, small towns, firms,
hospitals, banks and e-mail domains are new. Every check-digit value is valid.
    python3 -B tools/probes/probe28.py > /tmp/p28.jsonl
"""
import os
import random
import re
import string
import sys
import unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2828)

# ---- vocabularies ----------------------------------------------------------

def _s(x):
    return x.split('|') if '|' in x else x.split()

FIRST = {k: _s(v) for k, v in {
    'en': 'Garrick Lucian Emeric Anselm Cuthbert Alaric Bertram Fitzroy Hadrian Mortimer Tristram Bathsheba Clemency Damaris Honora Kerensa Lettice Petronella Seraphina Xanthe',
    'us': 'Garrison Jethro Kip Merritt Ned Wade Zeke Adaline Briar Cosette Dorothea Fern Josephine Lorelei Opal Ebenezer Lemuel Obadiah Phineas Thelonious',
    'au': 'Dougal Errol Merv Noeline Raelene Shayne Wayne Fitzroy Clemency',
    'ca': 'Gordie Geneviève Sylvie Lise Monique Jocelyne Gaétan Réjean',
    'ng': 'Chidubem Ekundayo Olanrewaju Ebunoluwa Somadina',
    'gh': 'Kweku Kakra Selorm',
    'et': 'Tsehay Kidist',
    'vn': 'Thủy Hiền Trâm',
    'th': 'Chatchai Wirat Chayanin Phakphum Waraporn',
    'jp': 'Natsumi Hinata Itsuki',
    'cn': 'Weijie Chunmei',
    'ar': 'Karima Huda Lubna Omran',
    'gr': 'Konstantina Miltiadis',
    'cz': 'Tomáš Jana Veronika Miroslav Ladislav',
    'ua': 'Yaroslava Andriy Hryhoriy Lesya Zoryana Yevhen',
    'de': 'Dieter Hannelore Ekkehard Heinrich Ortrud',
    'fr': 'Étienne Eudes Fulbert Honoré Lazare Marceline',
    'pt': 'Bartolomeu Custódio Domingos Albertina',
    'br': 'Josiane Valdirene',
    'ir': 'Shahrzad',
    'fi': 'Jussi Ilkka Jaana Aulis Lahja Veikko Raimo Seppo Sirkka Pirjo',
    'se': 'Holger Evert Märta Ingegerd Gösta Agneta Solveig Sture',
    'pl': 'Czesław Mirosław Leszek Ryszard Tadeusz Bogumiła Grażyna Jolanta Wiesława Zdzisław',
    'tr': 'Hüseyin Fatma Zehra Ömer Hatice Emine Mustafa',
    'kr': 'Seung-ho Dae-jung Gi-tae Jin-sol Chang-min So-hee Yeon-woo',
    'it': 'Cesare Marcello Rocco Ernestina Gelsomina Liliana Ettore Rosalba',
    'es': 'Arturo Purificación Baltasar Eusebio Florencio Remedios Consuelo Milagros',
    'in': 'Devendra Savitri Usha Jagdish Hemant Kamala Padma Rekha',
    'za': 'Elsabé Mpho Tshepo Lerato Xolani Busisiwe Thulani Nthabiseng',
}.items()}
LAST = {k: _s(v) for k, v in {
    'en': 'Bramley Cheverton Eversleigh Gainsford Hartwell Netherby Radley Saltonstall Tewksbury Chalcraft Gostelow Jowett Lumsden Murgatroyd Ormerod Quarmby Rawcliffe Threlfall Verrall Youngman',
    'us': 'Brubaker Dalrymple Eckhart Lundquist Whitacre Blackwelder Eubanks Funderburk Gaskins Jernigan Kimbrough Meriwether Nance Pinkston Upchurch Whisnant',
    'au': 'Kerrigan Mulholland Coghlan Haddon Brickhill Fairleigh Mackellar Pettifer',
    'ca': 'Béliveau Duplessis Fontenelle Thibodeaux',
    'ng': 'Eze-Udeh Nwosu-Eze Adegoke Akintola',
    'gh': 'Amoako Gyamfi',
    'et': 'Hailemariam Tefera',
    'vn': 'Lương Quách Đoàn',
    'th': 'Chanthara Saengthong',
    'jp': 'Hoshino Kagawa Morikawa Nishida Sakaguchi',
    'cn': 'Huang',
    'ar': 'Al-Amin Bakr Chalabi Shammas Tamimi',
    'gr': 'Antonopoulos Dimitriadis Fotopoulou',
    'cz': 'Novotný Hrubý',
    'ua': 'Hnatiuk Petrenko',
    'de': 'Brandauer Hoffmeister Stolzenberg Biermann Kellermann',
    'fr': 'Duplessis Fontenelle',
    'pt': 'Albuquerque-Lima Araújo-Neto',
    'br': 'Albuquerque-Lima Araújo-Neto',
    'ir': 'Golestani',
    'fi': 'Airaksinen Haapala Kettunen Laaksonen Manninen Peltonen Väisänen Hyvönen',
    'se': 'Hammarberg Nordlund Ahlgren Blomqvist Lindblad Rydberg Wikström',
    'pl': 'Pawłowski Domański Głowacki Michalski Borkowski Czarnecki Pietrzak Urbański',
    'tr': 'Akbulut Bozkurt Çakır Ekinci Gürbüz Korkmaz Tekin Uysal',
    'kr': 'Ahn Bae Jeon Ryu Moon Nam',
    'it': 'Cattaneo Fabbri Sartori Palumbo Rinaldi Benedetti',
    'es': 'Gallego Molina Redondo Arroyo Benítez Calvo',
    'in': 'Gokhale Hegde Saxena Trivedi Kapoor Malhotra',
    'za': 'Buthelezi Gumede Hlongwane Mathebula Ngcobo Shabalala Steyn Venter',
}.items()}
SG_NAMES = ['Tay Mei Fong', 'Seah Beng Hock', 'Kwek Eng Soon', 'Toh Lay Hoon', 'Foo Kah Wai', 'Quek Poh Lin', 'Chua Swee Lan', 'Goh Chee Keong']
WORLD = ['en', 'us', 'au', 'ca', 'ng', 'gh', 'et', 'vn', 'th', 'jp', 'cn', 'ar', 'gr', 'cz', 'ua', 'de', 'fr', 'pt', 'br', 'ir', 'in', 'za', 'it', 'es', 'kr', 'tr', 'pl', 'fi', 'se']
CITY = {k: _s(v) for k, v in {
    'pl': 'Świdnik Olecko Biłgoraj Sanok Krosno Łomża Mielec Bochnia',
    'fi': 'Uusikaupunki Kuusamo Varkaus Kauhava Heinola Ylivieska Somero Forssa',
    'se': 'Ljusdal Arvika Söderhamn Oskarshamn Alingsås Vimmerby Eksjö Piteå',
    'tr': 'Kırklareli Uşak Burdur Kütahya Düzce Yozgat Niğde Bilecik',
    'it': 'Spoleto Montepulciano Chioggia Foligno Sulmona Gubbio Orvieto Rovigo',
    'es': 'Ponferrada Calatayud Antequera Tudela Plasencia Úbeda Alcañiz Tarazona',
    'in': 'Gaya Kolhapur Belagavi Tirunelveli Jhansi Satara Thrissur Bikaner',
    'kr': 'Tongyeong Gimcheon Sokcho Jecheon Namwon Boryeong',
    'za': 'Graaff-Reinet Oudtshoorn Tzaneen Komatipoort Kuruman Vryheid',
    'au': 'Warrnambool Goulburn Kalgoorlie Gympie Mudgee Armidale',
    'ca': 'Rimouski Kamloops Sherbrooke Trois-Rivières Timmins Moose Jaw',
    'us': 'Bluefield Sedalia Pocatello Keene Hattiesburg Paducah Bemidji Laramie Muncie Ottumwa',
    'uk': 'Penrith Bideford Cirencester Morpeth Tenby Skipton Malton Alnwick',
    'sg': 'Tiong Bahru|Marine Parade|Bukit Panjang|Kallang|Novena|Telok Blangah|Simei',
    'world': 'Gjirokastër Hvar Ohrid Kotor Sibiu Olomouc Pécs Daugavpils Trakai Sintra Tromsø Colmar Annecy Nafplio',
}.items()}
COUNTRY = _s('Bhutan Lesotho Suriname Vanuatu Kyrgyzstan Eritrea Malawi Moldova Montenegro Paraguay Togo Gabon')
STATE = _s('Wyoming Delaware Arkansas Kansas Rhode Island|Vermont|Mississippi|Oklahoma|Nevada|Idaho')
STATE = ['Wyoming', 'Delaware', 'Arkansas', 'Kansas', 'Rhode Island', 'Vermont', 'Mississippi', 'Oklahoma', 'Nevada', 'Idaho', 'South Dakota', 'Louisiana']
STREET = _s('Larkspur Lane|Thistle Court|Beacon Hill Road|Juniper Way|Millbrook Drive|Foxglove Crescent|Tanner Street|Orchard Terrace|Heron Avenue|Kingfisher Row|Cobblestone Mews|Wren Hollow Drive|Tamarack Street')
AU_STREET = _s('Waratah Parade|Jacaranda Street|Gumtree Close|Banksia Rise|Bottlebrush Avenue|Kurrajong Road')
ES_STREET = _s('Calle de la Paz|Avenida de Cervantes|Calle San Vicente|Plaza del Carmen|Avenida Alfonso XIII')
NRP = _s('Malagasy Bhutanese Surinamese Moldovan Eritrean Malawian Mennonite Zoroastrian Unitarian Presbyterian Druze Taoist Libertarian Pentecostal')
ORG = _s('Copperleaf Analytics|Bluegate Couriers|Hillcrest Veterinary Group|Stonebridge Insurance|Marlow & Finch LLP|Kestrel Aerospace|Tidewater Pharma|Granite Peak Outfitters|Lattice Fintech|Infineon|Cognizant|Tech Mahindra|Stora Enso|Sanofi|Oracle|Adobe|Nvidia|Zendesk|Twilio')
HOSP = _s("Pinecrest Medical Group|St. Columba's Hospital|Alder Bay Clinic|Meadowvale Health|Harewood General Hospital|Kingsmere Infirmary")
BANK = _s('Raiffeisen Bank|Allied Irish Banks|SEB|Nationwide|Santander UK|Banco BPM|Mediobanca|Bendigo Bank|TD Bank')
AU_FIRM = _s('Ironbark Timber Pty Ltd|Koala Coast Pharmacy Pty Ltd|Sunbird Dental Pty Ltd|Saltbush Civil Pty Ltd|Red Gum Joinery Pty Ltd')
IT_FIRM = _s('Cantiere Bellini S.p.A.|Oleificio Santoro S.r.l.|Tipografia Ferraro S.r.l.|Vetreria Lucchesi S.n.c.|Studio Legale Marchetti & Soci')
DOMAINS = _s('protonmail.ch tutanota.de live.com seznam.sk arcor.de netcourrier.com videotron.ca bell.net gmx.us sina.cn')
CO_DOMAINS = _s('copperleaf-analytics.com bluegate.co.uk kestrel-aero.com tidewaterpharma.com granitepeak.store latticefin.io pinecrest-med.org meadowvale.health stonebridge-ins.ie marlowfinch.law')
URL_HOSTS = _s('portal.copperleaf-analytics.com bluegate.co.uk app.latticefin.io granitepeak.store help.kestrel-aero.com my.stonebridge-ins.ie tidewaterpharma.com')
URL_PATHS = _s('/account/verify /signin /billing/update?ref=k8s2 /claims/new /u/profile /support/case/88213 /password/reset?t=QmX7p2 /onboarding/step-2')

# ---- value makers ----------------------------------------------------------

def rd(n): return ''.join(R.choice(string.digits) for _ in range(n))
def up(n): return ''.join(R.choice(string.ascii_uppercase) for _ in range(n))

STATE_LAST = {'name': 'Alex Smith'}

def person(c=None):
    if c is None: c = R.choice(WORLD)
    if c == 'sg':
        n = R.choice(SG_NAMES)
    elif c == 'kr' and R.random() < 0.4:
        n = R.choice(LAST['kr']) + ' ' + R.choice(FIRST['kr'])
    else:
        f = R.choice(FIRST[c]); l = R.choice(LAST[c])
        x = R.random()
        if x < 0.12 and c in ('en', 'us', 'au', 'ca'):
            n = f + ' ' + R.choice(string.ascii_uppercase.replace('X', '')) + '. ' + l
        elif x < 0.18 and c in ('en', 'us', 'es', 'pt', 'br'):
            n = f + ' ' + R.choice(FIRST[c]) + ' ' + l
        else:
            n = f + ' ' + l
    STATE_LAST['name'] = n
    if R.random() < 0.03:
        n = n.upper()
    return n

def ascii_(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))

def email(named=True):
    dom = R.choice(DOMAINS + CO_DOMAINS)
    if named:
        parts = [p for p in re.split(r"[ .'-]+", ascii_(STATE_LAST['name']).lower()) if p]
        f, l = parts[0], parts[-1]
        loc = R.choice([f + '.' + l, f[0] + l, f + '_' + l + rd(2), l + rd(3), f + l[0], f + '.' + l + '+' + R.choice(['work', 'bills', 'hr'])])
    else:
        loc = R.choice(['ops', 'it-desk', 'payroll', 'frontdesk', 'noreply', 'admin']) + R.choice(['', rd(2)])
    return loc + '@' + dom

def phone(c='us'):
    if c == 'us':
        a, b, d = str(R.randint(201, 989)), str(R.randint(200, 999)), rd(4)
        return R.choice(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1 (%s) %s-%s', '%s.%s.%s', '+1-%s-%s-%s']) % (a, b, d)
    if c == 'uk': return R.choice(['07%s %s' % (rd(3), rd(6)), '+44 7%s %s' % (rd(3), rd(6)), '01%s %s' % (rd(3), rd(6))])
    if c == 'pl': return R.choice(['+48 %s %s %s' % (R.randint(500, 799), rd(3), rd(3)), '+48 %s-%s-%s' % (R.randint(500, 799), rd(3), rd(3))])
    if c == 'kr': return R.choice(['010-%s-%s' % (rd(4), rd(4)), '+82 10-%s-%s' % (rd(4), rd(4)), '+82 2-%s-%s' % (rd(3), rd(4))])
    if c == 'za': return R.choice(['0%s %s %s' % (R.choice(['82', '83', '72', '61']), rd(3), rd(4)), '+27 %s %s %s' % (R.choice(['21', '31', '82']), rd(3), rd(4))])
    if c == 'es': return R.choice(['+34 6%s %s %s' % (rd(2), rd(3), rd(3)), '+34 91 %s %s %s' % (rd(3), rd(2), rd(2))])
    if c == 'tr': return '0%s %s %s %s' % (R.choice(['532', '505', '544']), rd(3), rd(2), rd(2))
    if c == 'it': return R.choice(['+39 3%s %s %s' % (rd(2), rd(3), rd(4)), '3%s %s%s' % (rd(2), rd(3), rd(4))])
    if c == 'se': return '+46 7%s-%s %s %s' % (R.randint(0, 9), rd(3), rd(2), rd(2))
    if c == 'fi': return '+358 4%s %s %s' % (R.randint(0, 9), rd(3), rd(4))
    if c == 'in': return R.choice(['+91 9%s %s' % (rd(4), rd(5)), '+91-8%s-%s' % (rd(4), rd(5))])
    if c == 'au': return R.choice(['+61 4%s %s %s' % (rd(2), rd(3), rd(3)), '04%s %s %s' % (rd(2), rd(3), rd(3))])
    if c == 'intl': return phone(R.choice(['us', 'uk', 'es', 'it', 'au', 'in', 'za', 'kr', 'se', 'fi']))
    return phone('us')

MON = 'January February March April May June July August September October November December'.split()
MON_IT = 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split()
MON_ES = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
DOW = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()

def date(kind='any', old=False):
    y = R.randint(1946, 2004) if old else R.randint(2019, 2026)
    m = R.randint(1, 12); d = R.randint(1, 28)
    fm = kind if kind != 'any' else R.choice(['iso', 'us', 'eu', 'long', 'dmy', 'mon', 'dow', 'at', 'upper', 'dot'])
    if fm == 'iso': return '%04d-%02d-%02d' % (y, m, d)
    if fm == 'us': return '%02d/%02d/%04d' % (m, d, y)
    if fm == 'eu': return '%02d/%02d/%04d' % (d, m, y)
    if fm == 'long': return '%s %d, %d' % (MON[m - 1], d, y)
    if fm == 'dmy': return '%d %s %d' % (d, MON[m - 1], y)
    if fm == 'mon': return '%s %d, %d' % (MON[m - 1][:3], d, y)
    if fm == 'dow': return '%s, %s %d' % (R.choice(DOW), MON[m - 1], d)
    if fm == 'at': return '%s %d at %d:%02d %s' % (MON[m - 1], d, R.randint(1, 12), R.choice([0, 15, 30, 45]), R.choice(['AM', 'PM']))
    if fm == 'upper': return '%02d-%s-%04d' % (d, MON[m - 1][:3].upper(), y)
    if fm == 'dot': return '%02d.%02d.%04d' % (d, m, y)
    if fm == 'fi': return '%d.%d.%04d' % (d, m, y)
    if fm == 'it': return '%d %s %d' % (d, MON_IT[m - 1], y)
    if fm == 'es': return '%d de %s de %d' % (d, MON_ES[m - 1], y)
    if fm == 'isot': return '%04d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(0, 23), R.randint(0, 59))
    if fm == 'time': return '%d:%02d' % (R.randint(7, 18), R.choice([0, 10, 20, 30, 40, 50]))

def dob(): return date(R.choice(['iso', 'us', 'eu', 'long', 'dmy', 'mon', 'upper', 'dot']), old=True)

def card():
    k = R.choice(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    n = C.card(R, k)
    if k == 'amex':
        return R.choice([n, n[:4] + ' ' + n[4:10] + ' ' + n[10:], n[:4] + '-' + n[4:10] + '-' + n[10:]])
    if len(n) == 16:
        return R.choice([n, C.group(n, 4), C.group(n, 4), C.group(n, 4, '-')])
    return n

def iban(ccs=('DE', 'FR', 'ES', 'BE', 'GB', 'NL', 'PL', 'IT', 'AT', 'IE', 'PT')):
    v = C.iban(R, R.choice(ccs))
    return C.group(v, 4) if R.random() < 0.5 else v

def ssn():
    a, b, c = C.ssn(R)
    return R.choice(['%s-%s-%s', '%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c)

def itin():
    a, b, c = C.itin(R)
    return R.choice(['%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c)

def crypto(): return C.btc(R, R.choice(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))

def ip():
    x = R.random()
    if x < 0.55: return '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if x < 0.75: return R.choice(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if x < 0.9: return ':'.join('%x' % R.randint(0, 65535) for _ in range(8))
    if x < 0.95: return '2001:db8:%x::%x' % (R.randint(0, 65535), R.randint(1, 65535))
    return '::ffff:%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def mac():
    b = ['%02x' % R.randint(0, 255) for _ in range(6)]
    x = R.random()
    if x < 0.4: return ':'.join(b).upper()
    if x < 0.65: return '-'.join(b).upper()
    if x < 0.9: return ':'.join(b)
    h = ''.join(b); return h[:4] + '.' + h[4:8] + '.' + h[8:]

def url():
    h = R.choice(URL_HOSTS); p = R.choice(URL_PATHS + [''])
    return R.choice(['https://', 'https://', 'http://', '', 'https://www.']) + h + p

def social(): 
    slug = re.sub(r'[^a-z]', '', ascii_(STATE_LAST['name']).lower())
    return R.choice(['https://www.linkedin.com/in/', 'https://github.com/', 'https://www.behance.net/']) + slug

def nino():
    a = R.choice('ABCEGHJKLMNPRSTWXYZ') + R.choice('ABCEGHJKLMNPRSTWXYZ')
    d = rd(6); s = R.choice('ABCD')
    return R.choice([a + d + s, '%s %s %s %s %s' % (a, d[:2], d[2:4], d[4:], s)])

def nhs():
    n = C.nhs(R); return R.choice([n, n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:]])

def hetu():
    y = R.randint(1940, 2012); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = R.choice(['-', 'Y', 'X', 'U']) if y < 2000 else R.choice(['A', 'B', 'E', 'F'])
    n = '%03d' % R.randint(2, 899); base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]

def krrrn():
    s = C.kr_rrn(R); return s[:6] + '-' + s[6:] if R.random() < 0.8 else s

def sin():
    s = C.sin(R); return R.choice([s, C.group(s, 3), C.group(s, 3, '-')])

def tfn():
    s = C.tfn(R); return C.group(s, 3) if R.random() < 0.75 else s

def abn():
    s = C.abn(R); return s[:2] + ' ' + C.group(s[2:], 3) if R.random() < 0.7 else s

def acn():
    s = C.acn(R); return C.group(s, 3) if R.random() < 0.6 else s

def medicare():
    s = C.medicare(R); return s[:4] + ' ' + s[4:9] + ' ' + s[9] if R.random() < 0.7 else s

def aadhaar():
    s = C.aadhaar(R); return R.choice([C.group(s, 4), C.group(s, 4), s, C.group(s, 4, '-')])

def pan():
    l = ascii_(STATE_LAST['name']).split()[-1][0].upper()
    return up(3) + 'P' + l + rd(4) + up(1)

def voter(): return up(3) + rd(7)
def inpass(): return R.choice('ABCEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + rd(6)
def uspass(): return R.choice([str(R.randint(1, 9)) + rd(8), R.choice('ACEHMNWXZ') + rd(8)])
def nie():
    s = C.nie(R); return s[:-1] + '-' + s[-1] if R.random() < 0.25 else s
def nif():
    s = C.nif(R); return s[:-1] + '-' + s[-1] if R.random() < 0.25 else s
def sepnr():
    return C.se_pnr(R, long=R.random() < 0.35, sep='-')
def mbi(): return C.mbi(R, dash=R.random() < 0.5)
def bankno(): return rd(R.choice([8, 9, 10, 11, 12, 13, 17]))
def dl():
    return R.choice([up(1) + rd(7), up(1) + rd(12), rd(9), rd(8), up(1) + rd(3) + '-' + rd(4) + '-' + rd(4), up(1) + rd(8), up(5) + up(2) + rd(3) + up(2)])
def zaid():
    return C.za_id(R)

def street():
    n = str(R.randint(3, 2999)) + ' ' + R.choice(STREET)
    return 'Apt %d, %s' % (R.randint(1, 40), n) if R.random() < 0.25 else n

# ---- negatives' fillers ----------------------------------------------------

def bad_luhn(n):
    for c in '0123456789':
        if c != n[-1] and not C.luhn_ok(n[:-1] + c): return n[:-1] + c
def bad_card():
    n = C.card(R, R.choice(['visa', 'mc']))
    return C.group(bad_luhn(n), 4)
def bad_iban():
    v = C.iban(R, R.choice(['DE', 'FR', 'ES', 'GB', 'NL', 'IT']))
    ck = int(v[2:4]); v = v[:2] + '%02d' % ((ck + R.randint(1, 50)) % 97 + 2) + v[4:]
    return C.group(v, 4)
def sha(n=40): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def uuid(): s = sha(32); return '%s-%s-%s-%s-%s' % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
def ver(): return R.choice(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))
def order(): return R.choice(['PO-%s' % rd(6), 'ORD/%s/%s' % (up(2), rd(5)), 'SO-%s' % rd(7), '#%s' % rd(9), 'REQ%s' % rd(6)])
def money(): return R.choice(['$%d.%02d' % (R.randint(10, 9999), R.randint(0, 99)), '€%d,%02d' % (R.randint(10, 9999), R.randint(0, 99)), '£%d.%02d' % (R.randint(5, 999), R.randint(0, 99)), 'CHF %d' % R.randint(10, 5000)])
def b58junk(n=34): return ''.join(R.choice(C.B58) for _ in range(n))

# ---- template language -----------------------------------------------------

G = {
    'PER': lambda a: ('PERSON', person(a or None)),
    'FIRST': lambda a: ('PERSON', R.choice(FIRST[a or R.choice(WORLD[:20])])),
    'SUR': lambda a: ('PERSON', R.choice(LAST[a or R.choice(WORLD[:20])])),
    'CITY': lambda a: ('LOCATION', R.choice(CITY[a or R.choice(list(CITY))])),
    'COUNTRY': lambda a: ('LOCATION', R.choice(COUNTRY)),
    'STATE': lambda a: ('LOCATION', R.choice(STATE)),
    'STREET': lambda a: ('LOCATION', street()),
    'AUSTREET': lambda a: ('LOCATION', (R.choice(['', 'Unit %d, ' % R.randint(1, 20)]) + str(R.randint(2, 240)) + ' ' + R.choice(AU_STREET))),
    'ESSTREET': lambda a: ('LOCATION', R.choice(ES_STREET) + ' ' + str(R.randint(1, 180))),
    'DATE': lambda a: ('DATE_TIME', date(a or 'any')),
    'DOB': lambda a: ('DATE_TIME', dob()),
    'ORG': lambda a: ('ORGANIZATION', R.choice(ORG)),
    'HOSP': lambda a: ('ORGANIZATION', R.choice(HOSP)),
    'BANK': lambda a: ('ORGANIZATION', R.choice(BANK)),
    'AUFIRM': lambda a: ('ORGANIZATION', R.choice(AU_FIRM)),
    'ITFIRM': lambda a: ('ORGANIZATION', R.choice(IT_FIRM)),
    'NRP': lambda a: ('NRP', R.choice(NRP)),
    'EMAIL': lambda a: ('EMAIL_ADDRESS', email(a != 'anon')),
    'PHONE': lambda a: ('PHONE_NUMBER', phone(a or 'us')),
    'CC': lambda a: ('CREDIT_CARD', card()),
    'IBAN': lambda a: ('IBAN_CODE', iban()),
    'SSN': lambda a: ('US_SSN', ssn()),
    'ITIN': lambda a: ('US_ITIN', itin()),
    'BTC': lambda a: ('CRYPTO', crypto()),
    'IP': lambda a: ('IP_ADDRESS', ip()),
    'IP4': lambda a: ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))),
    'MAC': lambda a: ('MAC_ADDRESS', mac()),
    'URL': lambda a: ('URL', url()),
    'SOCIAL': lambda a: ('URL', social()),
    'TFN': lambda a: ('AU_TFN', tfn()),
    'ABN': lambda a: ('AU_ABN', abn()),
    'ACN': lambda a: ('AU_ACN', acn()),
    'MEDICARE': lambda a: ('AU_MEDICARE', medicare()),
    'PAN': lambda a: ('IN_PAN', pan()),
    'AADHAAR': lambda a: ('IN_AADHAAR', aadhaar()),
    'VOTER': lambda a: ('IN_VOTER', voter()),
    'INPASS': lambda a: ('IN_PASSPORT', inpass()),
    'PESEL': lambda a: ('PL_PESEL', C.pesel(R)),
    'PIVA': lambda a: ('IT_VAT_CODE', C.piva(R)),
    'CF': lambda a: ('IT_FISCAL_CODE', C.cf(R)),
    'RRN': lambda a: ('KR_RRN', krrrn()),
    'NRIC': lambda a: ('SG_NRIC_FIN', C.nric(R)),
    'NIE': lambda a: ('ES_NIE', nie()),
    'NIF': lambda a: ('ES_NIF', nif()),
    'SIN': lambda a: ('CA_SIN', sin()),
    'DEA': lambda a: ('MEDICAL_LICENSE', C.dea(R)),
    'SEPNR': lambda a: ('SE_PERSONNUMMER', sepnr()),
    'HETU': lambda a: ('FI_PERSONAL_IDENTITY_CODE', hetu()),
    'TRID': lambda a: ('TR_NATIONAL_ID', C.tr_id(R)),
    'ZAID': lambda a: ('ZA_ID_NUMBER', zaid()),
    'NHS': lambda a: ('UK_NHS', nhs()),
    'NINO': lambda a: ('UK_NINO', nino()),
    'NPI': lambda a: ('US_NPI', C.npi(R)),
    'MBI': lambda a: ('US_MBI', mbi()),
    'USPASS': lambda a: ('US_PASSPORT', uspass()),
    'DL': lambda a: ('US_DRIVER_LICENSE', dl()),
    'BANKNO': lambda a: ('US_BANK_NUMBER', bankno()),
    # unlabelled fillers
    'order': lambda a: order(), 'sha': lambda a: sha(int(a or 40)), 'uuid': lambda a: uuid(),
    'ver': lambda a: ver(), 'money': lambda a: money(), 'n': lambda a: rd(int(a or 5)),
    'badcard': lambda a: bad_card(), 'badiban': lambda a: bad_iban(), 'b58': lambda a: b58junk(),
    'ts': lambda a: '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
    'sysl': lambda a: '%s %2d %02d:%02d:%02d' % (R.choice(MON)[:3], R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
    'file': lambda a: R.choice(['app.py', 'main.go', 'handler.ts', 'Makefile', 'settings.toml', 'schema.sql', 'worker.rb', 'pom.xml']),
    'hex6': lambda a: sha(6), 'up': lambda a: up(int(a or 3)),
}

def expand(tpl):
    parts = []
    for tok in re.split(r'(\{[A-Za-z0-9]+(?::[a-z0-9]+)?\})', tpl):
        if tok.startswith('{') and tok.endswith('}'):
            k, _, a = tok[1:-1].partition(':')
            parts.append(G[k](a))
        elif tok:
            parts.append(tok)
    return parts

# ---- templates: (how many prompts, text) -----------------------------------

POS = [
 # support escalations, identity checks (SSN, DOB)
 (4, 'Escalating this one: the person on the line read out SSN {SSN} and a birth date of {DOB}, yet our account holder is {PER:us}.'),
 (3, 'Caller identified as {PER:en}, last four did not match; full SSN given was {SSN}, DOB {DOB}.'),
 (2, 'Fraud desk: someone using SSN {SSN} tried to open an account on {DATE} from {CITY:us}. Real owner is {PER}.'),
 # card charged twice / disputes
 (3, 'This is {PER} writing. I was billed two times on {DATE:isot} for the same order on my card {CC}. Best number for me is {PHONE:intl}.'),
 (2, 'Double charge again?! Card ending in full: {CC}. Happened {DATE}. Call {PHONE} and ask for {FIRST}.'),
 (2, 'Please reverse the duplicate payment on {CC} from {DATE}; the cardholder, {PER}, lives in {CITY}.'),
 (2, 'Could you write a friendly answer to {PER}? The complaint quotes card {CC} and gives {CITY} as home.'),
 (3, 'Stop the recurring charge on {CC} and send {money} back to it, thanks. Ref {order}.'),
 # phishing
 (3, 'Got a text linking to {URL} asking me to confirm card {CC} and my mail {EMAIL:anon}. Legit or scam?'),
 (3, 'Is this page safe? {URL} wanted my login ({EMAIL}) and then the card number {CC}.'),
 # referral / clinical
 (3, 'Please draft a referral: {PER:en}, NHS number {NHS}, to be seen at {HOSP} within two weeks.'),
 (2, 'Discharge summary for {PER:en} (NHS {NHS}), admitted {DATE} to {HOSP}, GP based in {CITY:uk}.'),
 (3, 'New patient form: {PER}, born {DOB}, NHS no {NHS}, registered with a surgery in {CITY:uk}.'),
 (2, 'Clinical note: {PER}, a {NRP} woman of 61, seen at {HOSP} on {DATE} for dizziness. Son reachable on {PHONE:intl}.'),
 (1, 'Write up: {PER}, {NRP}, 47, brought to {HOSP} {DATE} after a fall; next of kin on {PHONE}.'),
 # pharmacy / claims
 (3, 'Refill request: prescriber NPI {NPI}, patient contact {EMAIL:anon}, next fill {DATE}.'),
 (2, 'Pharmacist note: NPI {NPI} on the script, send the pickup reminder to {EMAIL:anon} before {DATE:us}.'),
 (3, 'Medicare claim for {PER:us}: MBI {MBI}, billing NPI {NPI}, service date {DATE}.'),
 (3, 'The portal says MBI {MBI} is not active for {PER:us}. Their plan hotline is {PHONE}.'),
 (2, 'Eligibility check failed for {PER} (MBI {MBI}); please phone {PHONE} to sort it.'),
 (4, 'Prescription signed by Dr. {PER}, DEA {DEA}, patient {PER} ({PHONE}).'),
 (4, 'Verify DEA registration {DEA} - is the prescriber licensed in {STATE}?'),
 (3, 'Dr. {SUR} asked for DEA {DEA} to appear on every script.'),
 # HR: UK NINO
 (3, 'Starter form for {PER:en}: NI number {NINO}, start date {DATE}.'),
 (3, 'Payroll question from {PER:en}, national insurance {NINO}, staff number {order}.'),
 (2, 'Please update the tax code for {PER}; NINO {NINO} was entered wrong.'),
 # US HR
 (2, 'HR update: {PER:us} joins the {CITY:us} team on {DATE}. SSN {SSN}; salary to account {BANKNO}.'),
 (3, 'Direct deposit change: employee {PER:us}, new account {BANKNO}, routing unchanged. SSN on file {SSN}.'),
 (3, 'Member {PER} ({EMAIL}) reports the automatic debit from account {BANKNO} was returned.'),
 (2, 'Our ACH to account {BANKNO} for {PER} bounced twice; notify them at {EMAIL}.'),
 # ITIN / tax
 (3, 'Filing help: {PER} holds ITIN {ITIN}; the spouse has SSN {SSN}.'),
 (3, '{PER} has ITIN {ITIN} and wants one for a dependant. Post goes to {STREET}, {CITY:us}.'),
 (3, 'Tax letter for ITIN {ITIN} was returned from {STREET}, {CITY:us}, {STATE}.'),
 # ID verification / DL
 (3, 'Check this licence: DL {DL}, holder {PER:us}, living at {STREET}, {CITY:us}, {STATE}.'),
 (3, 'Rental desk asks for my driving licence, it is {DL} from {STATE}. Can you fill the form?'),
 (2, 'DL number {DL} ({STATE}) came back as expired for {PER}.'),
 # travel
 (2, 'Book a seat for {PER}, US passport {USPASS}, to {CITY:world} on {DATE}.'),
 (3, 'Passport renewal: {PER}, number {USPASS}, born {DOB}.'),
 (1, 'Flight change for {PER}: passport {USPASS}, new date {DATE}, destination {CITY:world}.'),
 (3, 'Hotel check-in for {PER}, arriving {DATE} from {CITY}; card on file {CC}.'),
 # Canada SIN
 (4, 'Do not email {PER:ca}\'s SIN ({SIN}). Send them to {URL} instead.'),
 (4, 'Onboarding: {PER:ca} gave SIN {SIN} for our {CITY:ca} branch.'),
 (3, 'T4 slip for {PER} shows SIN {SIN}; mail to {STREET}, {CITY:ca}.'),
 # AU
 (3, 'New starter {PER:au}: TFN {TFN}, super fund to follow, address {AUSTREET}, {CITY:au}.'),
 (4, 'BAS query: {AUFIRM} has ABN {ABN}; the owner {PER:au} quoted TFN {TFN}.'),
 (4, 'Subcontractor {PER:au} bills via {AUFIRM} (ABN {ABN}, ACN {ACN}).'),
 (5, 'Check ACN {ACN} and Medicare number {MEDICARE} for {HOSP}.'),
 (4, 'Medicare {MEDICARE} is {PER:au}\'s card; booking on {DATE} at {HOSP}.'),
 (2, 'TFN declaration for {PER:au}: {TFN}, lodged {DATE}.'),
 # India
 (3, 'Payroll KYC: {PER:in} sent PAN {PAN} and Aadhaar {AADHAAR}, based in {CITY:in}.'),
 (4, '{{"applicant": "{PER:in}", "pan_no": "{PAN}", "aadhaar_no": "{AADHAAR}", "epic": "{VOTER}", "passport_no": "{INPASS}"}}'),
 (4, 'Please cross-check passport {INPASS} and EPIC {VOTER} for {PER:in}.'),
 (2, 'Aadhaar {AADHAAR} linked to PAN {PAN}? Applicant {PER:in} says yes.'),
 (3, 'Voter card {VOTER} belongs to {PER:in} of {CITY:in}.'),
 # Singapore
 (4, 'Staff record: {PER:sg}, NRIC {NRIC}, start date {DATE}.'),
 (4, 'ACRA update: director {PER:sg}, FIN {NRIC}, office in {CITY:sg}.'),
 (3, 'Claim from {PER:sg} (NRIC {NRIC}) for the {CITY:sg} clinic visit.'),
 # South Africa
 (3, 'Candidate {PER:za}, SA ID {ZAID}, lives in {CITY:za}.'),
 (3, 'FICA docs: ID {ZAID} for {PER:za}, cell {PHONE:za}.'),
 (2, 'Account opening for {PER:za}: identity number {ZAID}.'),
 # Korea
 (4, 'Relocation to Seoul: {PER:kr}, RRN {RRN}, phone {PHONE:kr}.'),
 (4, 'Chargeback: {PER:kr} (RRN {RRN}) says card {CC} was billed twice.'),
 (3, 'Insurance form for {PER:kr}, resident number {RRN}, from {CITY:kr}.'),
 # Poland
 (3, 'Zgłoszenie: {PER:pl}, PESEL {PESEL}, telefon {PHONE:pl}. Proszę sprawdzić dane.'),
 (3, 'Pracownik {PER:pl} (PESEL {PESEL}) mieszka w {CITY:pl}.'),
 (2, 'Umowa dla: {PER:pl}, nr PESEL {PESEL}, data rozpoczęcia {DATE:dot}.'),
 (2, 'Wniosek urlopowy: {PER:pl}, PESEL {PESEL}, e-mail {EMAIL}.'),
 # Italy
 (4, 'Anagrafica fornitore: {ITFIRM}, P.IVA {PIVA}, contatto {PER:it} ({EMAIL}).'),
 (4, 'Verifica codice fiscale {CF} e partita IVA {PIVA} prima della fattura.'),
 (4, 'Scheda dipendente: {PER:it}, C.F. {CF}, residente a {CITY:it} dal {DATE:it}.'),
 (3, 'Il codice fiscale di {PER:it} è {CF}, nato il {DATE:it}.'),
 (3, 'Fattura da {ITFIRM} (partita IVA {PIVA}) per {PER:it}.'),
 # Spain
 (4, 'Alta en nómina: {PER:es}, NIE {NIE}, centro de trabajo en {CITY:es} desde el {DATE:es}.'),
 (4, 'El NIF {NIF} y el NIE {NIE} son de {PER:es}; móvil {PHONE:es}.'),
 (5, 'Contrato de alquiler: NIF {NIF}, titular {PER:es}, vivienda en {ESSTREET}, {CITY:es}.'),
 (3, 'Certificado para {PER:es} con NIE {NIE}, emitido el {DATE:es}.'),
 # Sweden
 (4, 'Personnummer {SEPNR} hör till {PER:se}, mejl {EMAIL}.'),
 (4, 'Sökande {PER:se} uppgav personnummer {SEPNR} och bor i {CITY:se}.'),
 (3, 'Anställd: {PER:se}, pnr {SEPNR}, startar {DATE:iso}.'),
 # Finland
 (4, 'Henkilö {PER:fi}, henkilötunnus {HETU}, asuinpaikka {CITY:fi}.'),
 (4, 'Uusi työntekijä {PER:fi} ({HETU}) aloittaa {DATE:fi}.'),
 (3, 'Verotiedot: {PER:fi}, hetu {HETU}, puhelin {PHONE:fi}.'),
 # Turkey
 (4, 'T.C. kimlik numarası {TRID} olan {PER:tr} için {DATE:dot} tarihinde randevu açıldı.'),
 (4, 'Vize başvurusu: {PER:tr}, kimlik no {TRID}, {CITY:tr} ilinden.'),
 (3, 'Sigorta kaydı: {PER:tr}, TCKN {TRID}, telefon {PHONE:tr}.'),
 # translate / NRP / reviews
 (3, 'Translate into German: {PER} is a {NRP} engineer from {CITY} who now works at {ORG}.'),
 (3, 'Year-end review for {PER} ({NRP}, remote from {CITY}): top performer at {ORG}.'),
 (1, 'Make this sound formal: hey {FIRST}, the {ORG} folks in {CITY} need the slides by {DATE}'),
 (3, 'Address proof for {PER}: {STREET}, {CITY}, {COUNTRY}. Meal preference noted as {NRP}.'),
 (1, '{PER} moved from {CITY} to {COUNTRY} last spring and joined {ORG}.'),
 # banking
 (3, 'Transfer to {IBAN} initiated by {ORG} was rejected; please charge card {CC} instead.'),
 (4, 'SEPA payment bounced. Payee {PER}, IBAN {IBAN}, ref {order}. Any idea why?'),
 (3, '[{{"iban": "{IBAN}", "owner": "{PER}", "bank": "{BANK}"}}, {{"iban": "{IBAN}", "owner": "{PER}"}}]'),
 (2, 'Update payout account for {PER} to {IBAN} at {BANK}.'),
 # crypto
 (3, 'Refund my deposit to {BTC}, not the address I used last time.'),
 (3, 'Pay the contest prize ({money}) to {BTC} or else {BTC}.'),
 (3, 'Sent 0.02 BTC to {BTC} two hours ago, nothing arrived. Tx {sha:64}.'),
 # device / network
 (3, '{{"host": {{"mac_addr": "{MAC}", "ipv4": "{IP4}", "assigned_to": "{EMAIL}"}}, "fw": "{ver}"}}'),
 (3, 'Laptop {MAC} keeps pulling address {IP} from the DHCP pool. Firmware {ver}.'),
 (2, 'Firewall blocks {IP}; the allow list has {IP4}. Running haproxy {ver}.'),
 (2, 'Log snippet:\n{ts} WARN auth failure for {EMAIL} from {IP}\n{ts} INFO backoff 30s'),
 (1, 'Please whitelist {IP4} and {IP4} for {ORG} before {DATE}.'),
 (2, 'Remember these for me: mail {EMAIL}, cell {PHONE:intl}, home IP {IP}.'),
 (2, 'Write pytest cases using {EMAIL:anon}, {PHONE} and {IP} as fixtures.'),
 # code / config
 (3, 'The callback hits {URL} with X-Account: {EMAIL}. It broke after {sha}.'),
 (3, 'Help with this config:\nmail:\n  from: {EMAIL}\n  relay: {IP4}\n  port: 587\nhomepage: {URL}'),
 (3, 'curl -s {URL} -H "X-Client-IP: {IP}" -d \'{{"user":"{EMAIL}"}}\' gives 401, trace {uuid}.'),
 (2, 'What is wrong here?\n```js\nconst OWNER = "{EMAIL}";\nconst API_HOST = "{IP4}";\nnotify(OWNER);\n```'),
 (1, 'Commit {hex6} by {PER} <{EMAIL}> broke the build. Who is this?'),
 (2, 'Add {PER} as a contact: {EMAIL}, {PHONE:intl}, portfolio {SOCIAL}.'),
 (1, 'From {PER} <{EMAIL}>: "ring me at {PHONE:intl} around {DATE:time}"'),
 (1, 'it\'s {FIRST}, call me on {PHONE:intl} once you have landed'),
 # structured records
 (3, '{{"id": {n:5}, "name": "{PER}", "birth_date": "{DATE:iso}", "ssn": "{SSN}", "city": "{CITY:us}"}}'),
 (3, '{{"buyer": {{"full_name": "{PER}", "mail": "{EMAIL}", "tel": "{PHONE:intl}", "pan": "{CC}"}}, "order": "{order}", "state": "chargeback"}}'),
 (1, 'name,email,phone,city\n{PER},{EMAIL},{PHONE},{CITY}\n{PER},{EMAIL},{PHONE},{CITY}'),
 (3, 'user={PER} email={EMAIL} ip={IP4} role=viewer'),
 (2, 'patient:\n  name: {PER}\n  dob: {DATE:iso}\n  nhs: {NHS}\n  gp_town: {CITY:uk}'),
 (2, 'employee_id,name,ssn,start\n{n:5},{PER:us},{SSN},{DATE:iso}'),
 (2, 'record: name="{PER:in}" pan={PAN} aadhaar={AADHAAR} city={CITY:in}'),
 (2, '<customer><name>{PER}</name><email>{EMAIL}</email><iban>{IBAN}</iban></customer>'),
 (2, 'kyc_status=pending name="{PER:za}" sa_id={ZAID} phone={PHONE:za}'),
]

NEG = [
 (3, 'Quote {order} for {money} is still unpaid; the delivery note was {order}.'),
 (3, 'Moving from {ver} to {ver} removed the crash in {file}.'),
 (3, 'Component {up:2}-{n:4}-{n:3} supersedes {up:3}{n:5} on the B2 board.'),
 (3, 'Voucher {b58} no longer works, can I get a fresh one?'),
 (3, 'What does `UPDATE invoices SET paid = 1 WHERE id = {n:5}` actually change?'),
 (3, 'Exception 0x{hex6} thrown at line {n:3} of {file}.'),
 (3, 'Release tarball sha256 {sha:64}, tagged from {sha}.'),
 (3, 'Pod {uuid} was OOM-killed {n:3} times today.'),
 (3, 'Lots {n:9} and {n:11} were rejected at inspection.'),
 (3, 'Parcel {order} left the depot, tracking 1Z{up:3}{n:12}. Amount paid {money}.'),
 (3, 'Call {uuid} exceeded the 30s deadline on port {n:4}.'),
 (3, 'Build {ver} (rev {hex6}) has rolled out to every region.'),
 (3, 'Swap the accent colour to #{hex6} and make headings 1.25rem.'),
 (3, 'Do you think the referendum will pass? My bet is no.'),
 (3, 'Print the handout double-sided on A3 and bind it on the left.'),
 (3, 'Give me the three biggest risks in bullet points, under 60 words.'),
 (3, 'Set top_p to 0.9 and max_new_tokens to 512 in {file}, then rerun.'),
 (3, 'Clean up {file} and {file} before cutting {ver}.'),
 (3, 'Incident {n:5}-{n:4} was closed as not reproducible.'),
 (3, 'Unit {n:9} failed thermal test, unit {n:9} passed.'),
 (3, 'Ticket {badcard} duplicates ticket {order}; please merge.'),
 (3, 'The account number {badiban} is rejected by the bank form, can you check the digits?'),
 (3, 'Item {up:3}-{n:4} ships within a week; discount code WINTER{n:2}.'),
 (3, '{sysl} INFO scheduler ran job {order} in {n:2}s\n{ts} DEBUG queue depth {n:3}'),
 (3, 'Our team meets every Tuesday at 10 to review the roadmap.'),
 (3, 'Convert this recipe from cups to grams: 2 cups flour, 1 cup sugar.'),
 (3, 'Explain the difference between a mutex and a semaphore in simple words.'),
 (3, '{{"sku": "{up:3}-{n:5}", "qty": {n:2}, "price": "{money}", "status": "backorder"}}'),
 (3, 'Reference number {n:4} {n:4} {n:4} {n:4} keeps failing the checksum, is it mistyped?'),
 (3, 'Rewrite this error message to be friendlier: "ERR_{up:4}_{n:3}: quota exceeded".'),
 (3, 'Compare quicksort and mergesort for arrays of {n:6} elements.'),
 (3, 'The meeting room projector shows "No signal" on HDMI 2. Any fix?'),
 (3, 'build_id={n:7} commit={sha} status=failed duration={n:3}s'),
 (3, 'Draft a short welcome note for new team members joining next quarter.'),
 (3, 'Is {ver} of the SDK compatible with Python 3.12?'),
 (3, 'Card-shaped test number {badcard} is rejected by the sandbox as expected, right?'),
]

POS += [
 (4, 'Super guarantee form: {PER:au}, tax file number {TFN}, employer {AUFIRM}.'),
 (5, 'ABN lookup {ABN} returned {AUFIRM}; the ACN printed on the invoice is {ACN}.'),
 (5, 'Bulk-bill check: Medicare card {MEDICARE} for {PER:au}, clinic {HOSP}, visit {DATE}.'),
 (3, 'Sole trader {PER:au}, ABN {ABN}, TFN {TFN}, operating from {CITY:au}.'),
 (4, 'E-KYC mismatch: PAN {PAN} says {PER:in} but Aadhaar {AADHAAR} shows a different date of birth.'),
 (5, 'Passport {INPASS} and voter ID {VOTER} submitted by {PER:in} from {CITY:in}.'),
 (4, 'Hej! {PER:se} har personnummer {SEPNR}, ring {PHONE:se}.'),
 (4, 'Asiakas {PER:fi}, henkilötunnus {HETU}, sähköposti {EMAIL}.'),
 (4, 'Hasta {PER:tr}, TC {TRID}, {DATE:dot} günü kontrole gelecek.'),
 (4, 'Dane klienta: {PER:pl}; PESEL: {PESEL}; miasto: {CITY:pl}.'),
 (5, 'Per {PER:it}: codice fiscale {CF}, P.IVA della ditta {PIVA}.'),
 (4, 'Remittance from {PER:kr}, RRN {RRN}, account in {CITY:kr}.'),
 (4, 'Leave request: {PER:sg}, NRIC {NRIC}, away from {DATE} for two weeks.'),
 (4, 'NIF {NIF} de {PER:es}, domicilio fiscal {ESSTREET}, {CITY:es}.'),
 (4, 'NIE {NIE} caducado para {PER:es}; cita el {DATE:es}.'),
 (4, 'SIN {SIN} for {PER:ca} came back invalid on the payroll import, contact {EMAIL}.'),
 (4, 'Chart review: Dr. {PER} (DEA {DEA}) prescribed for {PER}, DOB {DOB}.'),
 (4, 'Intake for {PER:en}: NHS {NHS}, DOB {DOB}, referred to {HOSP}.'),
 (4, 'Payslip dispute: {PER:en}, NI no. {NINO}, period ending {DATE}.'),
 (4, 'Claim {order}: member {PER:us}, Medicare ID {MBI}, provider NPI {NPI}.'),
 (4, 'ESTA form for {PER}: passport {USPASS}, travelling {DATE} to {CITY:us}; fee paid with {CC}.'),
 (4, 'Verify applicant {PER:us}: driver licence {DL}, issued in {STATE}, address {STREET}.'),
 (4, 'Form W-7: {PER} received ITIN {ITIN} last month.'),
 (3, 'Employer verification: {PER:za}, identity no. {ZAID}, employed since {DATE}.'),
 (4, 'Salary account {BANKNO} for {PER:us} closed; SSN {SSN} on file.'),
 (3, 'Router {MAC} at {IP} is flooding the VLAN, owner {EMAIL}.'),
 (5, 'Switch port 14 shows MAC {MAC} with IP {IP4}; check the lease.'),
 (5, 'Payout failed: IBAN {IBAN} held by {PER} at {BANK}; retry with {IBAN}?'),
 (4, 'Wallets for the bounty: {BTC} (main) and {BTC} (backup).'),
 (4, 'Donations go to {BTC}; receipts are posted at {URL}.'),
 (1, 'Invite {PER} from {ORG} to the kickoff on {DATE} in {CITY}.'),
 (3, 'Summarise: {PER}, a {NRP} volunteer in {CITY}, was honoured by {ORG} last week.'),
 (3, 'Reset link {URL} was sent to {EMAIL}; user {PER} says it never arrived.'),
 (3, 'Vendor {ORG} flagged {IP} hitting {URL} from {CITY}.'),
 (2, 'Ship to {PER}, {STREET}, {CITY:us}, {STATE}; phone {PHONE}.'),
 (2, 'Courier note: deliver to {PER} at {AUSTREET}, {CITY:au}; mobile {PHONE:au}.'),
 (3, 'Is US passport {USPASS} still valid for {PER}, or does it need renewing?'),
 (4, 'Card {CC} got declined twice at checkout; this is {PER}, please help.'),
 (4, 'Beneficiary IBAN {IBAN} for {PER} - please confirm before release.'),
 (1, 'Meet {PER} and {PER} at the {CITY:world} office on {DATE}.'),
 (2, 'Conference badge list: {PER} ({ORG}), {PER} ({HOSP}), {PER}. Dietary notes: {NRP}.'),
]

# ---- wrappers --------------------------------------------------------------

PRE = ['Here is the text:\n\n', 'Have a look at this:\n---\n', 'Pull out the important details:\n', 'Can you deal with this request?\n',
       'Read the following and advise.\n\n', 'Process this message:\n']
SUF = ['\n\nAnswer in bullet points.', '\n\nBe brief.', '\n\nCheers!', '\n\nReply as JSON.']
TAIL = [' please', ' ty', ' urgent', '!!', ' thanks']

LOWER_KEEP = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}

def build(tpl, lower):
    STATE_LAST['name'] = person()
    parts = expand(tpl)
    if lower:
        parts = [p.lower() if isinstance(p, str) else ((p[0], p[1].lower()) if p[0] in LOWER_KEEP else p) for p in parts]
    # sentence ending
    if isinstance(parts[-1], str) and parts[-1][-1:] in '.?' and '\n' not in parts[-1][-2:]:
        x = R.random()
        if x < 0.18 and parts[-1][-1] == '.':
            parts[-1] = parts[-1][:-1]
        elif x < 0.26:
            parts[-1] = parts[-1][:-1] + R.choice(TAIL)
    if R.random() < 0.23:
        parts.insert(0, R.choice(PRE))
    if R.random() < 0.13:
        parts.append(R.choice(SUF))
    return C.fill(parts)


def main():
    jobs = [(t, True) for n, t in POS for _ in range(n)] + [(t, False) for n, t in NEG for _ in range(n)]
    recs = []
    for tpl, _ in jobs:
        text, ents = build(tpl, R.random() < 0.09)
        recs.append((text, ents))
    R.shuffle(recs)
    out = [{'id': 'p28-%04d' % i, 'text': t, 'entities': e} for i, (t, e) in enumerate(recs)]
    C.write(out)


if __name__ == '__main__':
    main()
