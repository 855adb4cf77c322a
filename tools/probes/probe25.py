"""Probe 25: a blind measure of generalisation.
About 600 chat prompts in the style of the dev corpus: support and billing
tickets, HR and payroll, KYC and onboarding, clinical, pharmacy and insurance
notes, travel bookings, server logs, code, JSON/CSV/YAML/key=value records,
prompts in Spanish, Italian, Polish, Finnish, Swedish, Turkish and Korean-
romanised settings, lower- and upper-case variants, wrapper instructions
before or after the text, and about 108 PII-free look-alike prompts (order and
invoice numbers, hashes, UUIDs, versions, SKUs, card- and IBAN-shaped numbers
that fail their checks, log timestamps). The type mix follows dev's. About 190
templates; people of about forty cultures, small towns, firms, banks,
hospitals and e-mail domains are new. Every check-digit value is valid.
    python3 -B tools/probes/probe25.py > /tmp/p25.jsonl
"""
import os
import random
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2525)


def ch(xs):
    return R.choice(xs)


def sp(s):
    return [x.strip() for x in s.split('|') if x.strip()]


# ---- vocabulary -------------------------------------------------------------
CULT = {
    'en': (sp('Evangeline | Cornelius | Georgiana | Montgomery | Alistair | Prudence | Everett | Roscoe | Mabel | Odette | Dashiell | Emlyn | Nerys | Ffion | Pádraig | Donncha'),
           sp('Aldridge | Birchall | Gresham | Tremaine | Bellamy | Prewitt | Crowther | Pilkington | Farquhar | Lydgate | Quimby | Broadbent | Oakes | Tilbury | Gwynne | Meredith | Powell | Griffiths')),
    'es': (sp('Florencio | Visitación | Eustaquio | Casimiro | Gumersindo | Fulgencio | Eulalio | Begonia | Ramón | Arsenio | Ramiro'),
           sp('Olaberría | Barrenechea | Valdivieso | Carvajal | Quintanilla | Mondragón | Cuesta | Benavides | Solís | Roldán | Zepeda | Arellano | Fierro')),
    'it': (sp('Nives | Raimondo | Agnese | Carlotta | Margherita'),
           sp('Zanardelli | Inzaghi | Pozzecco | Varriale | Lombardozzi | Benvenuti | Trevisan | Brambilla | Pellegatti | Zuccarello | Carnevali')),
    'pl': (sp('Bożydar | Teodozja | Aleksandra | Dawid | Oliwer'),
           sp('Grzybowski | Szczepańska | Chmielewski | Sikorska | Borkowski | Kwiatkowski | Majewska | Olszewski')),
    'fi': (sp('Toivo | Lempi | Aukusti | Sointu | Iiris | Hilja | Aarne | Kaisu | Tellervo'),
           sp('Pitkänen | Niskanen')),
    'sv': (sp('Bengt | Mikkel | Kasper | Ditte | Kari | Øystein | Torill'),
           sp('Falk | Åström | Hellberg | Rosén | Thomsen | Frandsen | Bech | Berge | Eide')),
    'tr': (sp('Tarkan | Eda | Selim'),
           sp('Erdoğmuş | Akın | Şimşek | Doğru | Aydemir')),
    'kr': (sp('Min-seok | Hyun-jun | Gyeong-ho | Dae-sung | Min-ah | Hyo-joo | Jeong-woo | Seong-min | Ye-won | Se-ah | Hwa-young | Kyu-ri | Byung-hoon | Jun-ki | So-hee | In-sung | Kang-min'),
           sp('Ju | Gyeong | Sunwoo | Gim | Byeon | Hahn')),
    'sg': (sp('Zhi Hao | Ai Ling | Yong Jian | Shu Hui | Choon Hock | Wen Hao | Jia Hui | Zheng Yi | Jun Hao | Hui Shan | Poh Lin | Swee Lan | Geok Choo | Hock Seng'),
           sp('Ler | Peh | Seet | Hia | Chay | Kua | Kam | Kor')),
    'in': (sp('Anika | Reyansh | Saanvi | Advait | Myra | Rudra | Kiara | Atharv | Harshad | Tejaswini | Abhijit | Rutuja | Karthikeyan | Vaishnavi | Murugan | Selvi | Ganesan'),
           sp('Bhonsle | Sathe | Phadke | Wagh | Ramasamy | Palaniappan | Chidambaram | Rajendran')),
    'za': (sp('Nosipho | Vusumuzi | Mthunzi | Ntombi | Sello | Oratile'),
           sp('Masilo | Rikhotso | du Toit | le Roux')),
    'ng': (sp('Chukwudi | Neema | Juma | Zawadi'), sp('Afolabi | Balogun')),
    'ar': (sp('Khalid | Mona | Negar'), sp('Nasrallah | Al-Masri | Halabi | Mohammadi')),
    'jp': (sp('Daiki | Tatsuya | Shinji | Asuka | Kohei | Mayumi'), sp('Fujiwara')),
    'vn': (sp('Hương | Quỳnh | Nhàn | Sương | Thư | Trí'), sp('Giáp')),
    'de': (sp('Annegret | Henning | Heike | Csenge | Ákos | Villő | Bohumila | Kryštof | Matěj'),
           sp('Schulz | Lange | Schmitt | Werner | Kühn | Fazekas | Krejčí | Horáková | Meijer')),
    'fr': (sp('Grégoire | Mathilde | Fabrice | Aymeric | Ombeline | Bertille | Foucauld | Domitille | Côme'),
           sp('Brunet | Roussel | Carpentier | Delmas')),
    'ru': (sp('Gennady | Yekaterina | Arkady | Anahit | Lusine | Vahe | Chrysoula | Dragoș | Costel'),
           sp('Kuznetsov | Zaitsev | Belov | Avetisyan | Vardanyan | Papadakis | Kouris | Tsakalos | Ciobanu | Nozadze | Maisuradze')),
    'mn': (sp('Bat-Erdene | Oyunchimeg | Ganbaatar | Solongo | Temuulen | Enkhjin | Bolormaa | Tserendorj'),
           sp('Batbayar | Dashdorj | Enkhbold | Purevdorj | Gantulga | Sukhbaatar | Tumurbaatar | Ochirbat')),
    'ee': (sp('Kersti | Triin | Priit | Jaan | Eglė | Inga | Rimantas | Dubravka | Krešimir | Zvonimir | Dražen | Mirjana'),
           sp('Sepp | Kukk | Koppel | Petrauskienė | Vasiliauskas | Paulauskas | Urbonas | Navickas | Vuković | Blažević')),
    'br': (sp('Josélia | Wanderley | Gilmar | Cleide | Ademir | Constança'), sp('Cavalcante | Moraes | Fernandes | Sampaio')),
    'ga': (sp('Pádraig | Donncha'), sp('Ó Conaill | Mhic Aodha | Nic Liam')),
}
MIXED = ['en', 'en', 'es', 'it', 'pl', 'fi', 'sv', 'tr', 'kr', 'sg', 'in', 'za', 'ng', 'ar', 'jp', 'vn', 'de', 'fr', 'ru',
         'mn', 'ee', 'br', 'ga', 'en']

TOWNS = {
    'uk': sp('Bampton | Mevagissey | Clitheroe | Settle | Ulverston | Louth | Wisbech | Saffron Walden | Halesworth | Aldeburgh | Southwold | Dorking | Petworth | Midhurst | Lymington | Shaftesbury | Sherborne | Crewkerne | Tiverton | Bodmin | Fowey | Pwllheli | Larne | Portrush | Tewkesbury | Cromer'),
    'us': sp('Galena | Decorah | Traverse City | Bar Harbor | Frederick | Staunton | Bowling Green | Minot | Twin Falls | Elko | Winnemucca | Sedona | Grand Junction | Astoria | Wenatchee | Eugene'),
    'au': sp('Port Augusta | Albany | Cowra | Parkes | Glen Innes | Charters Towers | Yeppoon | Agnes Water | Kingaroy'),
    'ca': sp('Ucluelet | Invermere | Smithers | Inuvik | Goderich | Collingwood | Parry Sound'),
    'pl': sp('Wąchock | Pcim | Ciechocinek | Mielno | Krynica-Zdrój | Szczawnica | Jawor | Świdnica | Brzeg | Prudnik'),
    'fi': sp('Kurikka'),
    'se': sp('Arjeplog | Borgholm | Sälen'),
    'tr': sp('Avanos | Cunda | Foça | Şile | Mudurnu | Göynük | Urla | Seferihisar | Afyon'),
    'es': sp('Cudillero | Comillas | Chinchón | Vejer | Ainsa | Cadaqués | Begur | Requena | Laguardia'),
    'it': sp('Camogli | Pietrasanta | Cortona | Todi | Narni | Tarquinia | Anagni | Sperlonga | Locorotondo | Castelsardo | Chiavenna | Bormio'),
    'in': sp('Alibag | Lonavala | Dhule | Palghar | Hubli'),
    'za': sp('Robertson | Hoedspruit | Grahamstown'),
    'kr': sp('Donghae'),
    'sg': sp('Buangkok'),
    'world': sp('Bruges | Ljubljana | Tallinn | Vilnius | Kathmandu | Montevideo | Christchurch | Hội An'),
}
STATES = sp('Montana | Idaho | Nebraska | Kentucky | Vermont | Wyoming | Arkansas | Delaware | Maine | Iowa | Kansas | Tennessee | Alabama | Utah | Nevada | Wisconsin')
COUNTRIES = sp('Uruguay | Paraguay | Mongolia | Latvia | Estonia | Slovenia | Tunisia | Ghana | Kenya | Bolivia | Ecuador | Malta | Cyprus | Namibia | Nepal | Fiji | Senegal | Armenia')
STREETS = sp('Wattle Crescent | Foxglove Way | Heron Close | Orchard Row | Millbrook Road | Thornfield Avenue | Kestrel Drive | Larkspur Terrace | Ironbark Road | Paperbark Place | Bluegum Street | Saltmarsh Lane | Copperbeech Road | Linden Parade | Otter Street | Bramble Way')
ORG_BIG = sp('Kotak Mahindra Bank | Renault | Zurich Insurance | Swiss Re | Medtronic | Cleveland Clinic | Reliance Jio | Bharti Airtel | Orange Polska | KT Corporation | LG Uplus | Bell Canada | Neste | Sandvik | Skanska | Koç Holding | Sabancı | Migros | Wesfarmers')
ORG_MINE = sp('Wattlebrook Pty Ltd | Bluefin Telecom | Marrowstone Logistics | Copperleaf Pty Ltd | Saltbush Freight Pty Ltd | Larkspur Telecom | Ironbark Logistics | Foxglove Dental | Otterburn Logistics | Quenby Telecom | Gullwing Logistics | Thornbury Telecom | Kinglake Pty Ltd | Marlstone Insurance | Brindabella Logistics | Cobaltline Telecom | Driftwood Pty Ltd | Solvane Biotech | Vireo Analytics | Amberlight Telecom | Tidewater Logistics')
CLINICS = sp('Kestrelmoor Medical Centre | Tamarind Grove Clinic | Heronsgate Medical Centre | Paperbark Health | Ashmere Medical Centre | Pelican Bay Medical Centre | Ferncliff Medical Centre | Moonah Medical Centre | Cleveland Clinic')
BANKS = sp('Kotak Mahindra Bank | Ravensgate Bank | Zurich Insurance | Marlstone Insurance | Swiss Re')
FIRM_DOM = {'Wattlebrook Pty Ltd': 'wattlebrook.com.au', 'Bluefin Telecom': 'bluefin-telecom.net', 'Marrowstone Logistics': 'marrowstone.co.uk',
            'Copperleaf Pty Ltd': 'copperleaf.net.au', 'Larkspur Telecom': 'larkspurtel.io', 'Ironbark Logistics': 'ironbark-logistics.com',
            'Otterburn Logistics': 'otterburn.co.uk', 'Quenby Telecom': 'quenby.tel', 'Gullwing Logistics': 'gullwing.de',
            'Solvane Biotech': 'solvane.bio', 'Vireo Analytics': 'vireo-analytics.ai', 'Tidewater Logistics': 'tidewater.nz'}
PUBLIC_DOM = sp('yandex.ru | protonmail.com | sfr.fr | yahoo.in | windowslive.com | mac.com')
WEB_DOM = sp('wattlebrook.com.au | bluefin-telecom.net | marrowstone.co.uk | larkspurtel.io | quenby.tel | solvane.bio | vireo-analytics.ai | tidewater.nz | portal.ironbark-logistics.com | app.gullwing.de | help.otterburn.co.uk')
NRP_NAT = sp('Chilean | Kenyan | Vietnamese | Ghanaian | Nepali | Filipino | Moroccan | Icelandic | Portuguese | Greek | Mongolian | Estonian | Ethiopian | Peruvian')
NRP_REL = sp('Sikh | Buddhist | Muslim | Mormon | Quaker | Anglican | Presbyterian | Baptist | Methodist')
NRP_POL = sp('Republican | Conservative | Labour | Social Democrat | Libertarian')


# ---- people, places, contacts ----------------------------------------------
def name(cult=None, middle=False, order=None):
    cult = cult or ch(MIXED)
    fs, ls = CULT[cult]
    f, l = ch(fs), ch(ls)
    if cult in ('kr', 'sg', 'mn') and (order == 'sf' or (order is None and R.random() < 0.6)):
        return '%s %s' % (l, f)
    if middle or R.random() < 0.08:
        return '%s %s. %s' % (f, ch(string.ascii_uppercase.replace('Q', '').replace('X', '')), l)
    return '%s %s' % (f, l)


def P(n=None, **kw):
    n = n or name(**kw)
    if R.random() < 0.04:
        n = n.upper()
    return ('PERSON', n)


def first(cult=None):
    return CULT[cult or ch(MIXED)][0]


def slug(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('ø', 'o').replace('ı', 'i').replace('đ', 'd').replace('ł', 'l')
    return ''.join(c for c in s if c.isalnum() or c in ' -').replace('-', '')


def email(n=None, dom=None):
    n = n or name()
    parts = [slug(x) for x in n.replace('.', ' ').split() if len(slug(x)) > 1] or ['user']
    f, l = parts[0], parts[-1]
    dom = dom or ch(PUBLIC_DOM + list(FIRM_DOM.values()))
    k = R.randrange(6)
    loc = [f + '.' + l, f[0] + l, f + '_' + l + str(R.randint(10, 99)), l + str(R.randint(100, 9999)),
           f + '.' + l + '+' + ch(['hr', 'invoices', 'travel', 'dev']), l + '.' + f][k]
    return ('EMAIL_ADDRESS', loc + '@' + dom)


def town(k=None):
    k = k or ch(list(TOWNS))
    return ('LOCATION', ch(TOWNS[k]))


def street(apt=None):
    s = '%d %s' % (R.randint(2, 2999), ch(STREETS))
    if apt or (apt is None and R.random() < 0.3):
        s = '%s %d, %s' % (ch(['Apt', 'Unit', 'Flat', 'Suite']), R.randint(1, 60), s)
    return ('LOCATION', s)


def state():
    return ('LOCATION', ch(STATES))


def country():
    return ('LOCATION', ch(COUNTRIES))


def org(kind=None):
    pool = {'clinic': CLINICS, 'bank': BANKS, 'big': ORG_BIG, 'mine': ORG_MINE}.get(kind, ORG_BIG + ORG_MINE + CLINICS)
    return ('ORGANIZATION', ch(pool))


def nrp(kind=None):
    pool = {'nat': NRP_NAT, 'rel': NRP_REL, 'pol': NRP_POL}.get(kind, NRP_NAT + NRP_REL + NRP_POL)
    return ('NRP', ch(pool))


def dg(n):
    return ''.join(ch(string.digits) for _ in range(n))


def nz(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def phone(cc=None):
    cc = cc or ch(['us', 'us', 'us', 'uk', 'es', 'pl', 'kr', 'za', 'fr', 'tr', 'in', 'au', 'sg', 'mx', 'de', 'se', 'fi', 'it', 'jp', 'ng'])
    a = str(R.randint(201, 989)); b = str(R.randint(200, 999)); c = dg(4)
    f = {
        'us': ['(%s) %s-%s' % (a, b, c), '%s-%s-%s' % (a, b, c), '+1 (%s) %s-%s' % (a, b, c), '+1 %s %s %s' % (a, b, c),
               '+1-%s-%s-%s' % (a, b, c), '%s.%s.%s' % (a, b, c), '%s %s %s' % (a, b, c)],
        'uk': ['+44 7%s %s' % (dg(3), dg(6)), '07%s %s' % (dg(3), dg(6)), '+44 (0)1632 %s' % dg(6), '+44 20 %s %s' % (dg(4), dg(4))],
        'es': ['+34 6%s %s %s' % (dg(2), dg(3), dg(3)), '+34 91 %s %s %s' % (dg(3), dg(2), dg(2)), '6%s %s %s' % (dg(2), dg(3), dg(3))],
        'pl': ['+48 %s %s %s' % (nz(3), dg(3), dg(3)), '+48 %s-%s-%s' % (nz(3), dg(3), dg(3)), '+48 22 %s %s %s' % (dg(3), dg(2), dg(2))],
        'kr': ['+82 10-%s-%s' % (dg(4), dg(4)), '010-%s-%s' % (dg(4), dg(4)), '+82 2-%s-%s' % (nz(3), dg(4)), '02-%s-%s' % (nz(3), dg(4))],
        'za': ['+27 %s %s %s' % (ch(['82', '83', '72', '21', '11']), dg(3), dg(4)), '0%s %s %s' % (ch(['82', '71', '84']), dg(3), dg(4))],
        'fr': ['+33 6 %s %s %s %s' % (dg(2), dg(2), dg(2), dg(2)), '07 %s %s %s %s' % (dg(2), dg(2), dg(2), dg(2))],
        'tr': ['+90 5%s %s %s %s' % (dg(2), dg(3), dg(2), dg(2)), '05%s %s %s %s' % (dg(2), dg(3), dg(2), dg(2))],
        'in': ['+91 9%s %s' % (dg(4), dg(5)), '+91-98%s%s' % (dg(4), dg(4)), '09%s %s' % (dg(4), dg(5))],
        'au': ['+61 4%s %s %s' % (dg(2), dg(3), dg(3)), '04%s %s %s' % (dg(2), dg(3), dg(3)), '(02) 9%s %s' % (dg(3), dg(4))],
        'sg': ['+65 9%s %s' % (dg(3), dg(4)), '+65 8%s %s' % (dg(3), dg(4))],
        'mx': ['+52 55 %s %s' % (dg(4), dg(4)), '+52 1 81 %s %s' % (dg(4), dg(4))],
        'de': ['+49 30 %s' % dg(8), '+49 151 %s %s' % (dg(4), dg(4)), '030 %s %s' % (dg(4), dg(4))],
        'se': ['+46 70 %s %s %s' % (dg(3), dg(2), dg(2)), '070-%s %s %s' % (dg(3), dg(2), dg(2))],
        'fi': ['+358 40 %s %s' % (dg(3), dg(4)), '040 %s %s' % (dg(3), dg(4))],
        'it': ['+39 3%s %s %s' % (dg(2), dg(3), dg(4)), '+39 06 %s %s' % (dg(4), dg(4))],
        'jp': ['+81 90-%s-%s' % (dg(4), dg(4)), '090-%s-%s' % (dg(4), dg(4))],
        'ng': ['+234 80%s %s %s' % (dg(1), dg(3), dg(4)), '+234 70%s %s %s' % (dg(1), dg(3), dg(4))],
    }[cc]
    return ('PHONE_NUMBER', ch(f))


def url(person=None):
    d = ch(WEB_DOM)
    path = ch(['/account/profile', '/claims/%d' % R.randint(1000, 99999), '/invite?code=%s' % ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10)),
               '/jobs/apply', '/help', '', '/booking/%s' % dg(6), '/docs/onboarding', '/pay/%s' % dg(5)])
    scheme = ch(['https://', 'https://', 'https://', 'http://', 'www.', ''])
    if scheme == '' and path == '':
        path = '/signin'
    if person and R.random() < 0.6:
        h = slug(person).replace(' ', ch(['-', '', '.']))
        return ('URL', ch(['https://www.linkedin.com/in/', 'https://github.com/', 'https://calendly.com/', 'https://www.behance.net/']) + h)
    return ('URL', scheme + d + path)


def ipv4(kind=None):
    kind = kind or ch(['pub', 'pub', 'priv'])
    if kind == 'priv':
        return ('IP_ADDRESS', ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                                  '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                                  '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))]))
    return ('IP_ADDRESS', '%d.%d.%d.%d' % (ch([23, 31, 45, 62, 81, 94, 103, 117, 139, 151, 178, 185, 197, 203, 213]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))


def ipv6():
    hx = lambda: '%x' % R.randint(1, 0xffff)
    k = R.randrange(4)
    if k == 0:
        v = ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    elif k == 1:
        v = '%s:%s:%s::%s' % (ch(['2001:db8', '2a01:4f8', '2606:4700', '2400:cb00']), hx(), hx(), hx())
    elif k == 2:
        v = 'fe80::%s:%s:%s:%s' % (hx(), hx(), hx(), hx())
    else:
        v = '::ffff:%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def ip():
    return ipv6() if R.random() < 0.25 else ipv4()


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    k = R.randrange(5)
    if k == 0: v = ':'.join('%02X' % x for x in b)
    elif k == 1: v = ':'.join('%02x' % x for x in b)
    elif k == 2: v = '-'.join('%02X' % x for x in b)
    elif k == 3: v = '%02x%02x.%02x%02x.%02x%02x' % tuple(b)
    else: v = '-'.join('%02x' % x for x in b)
    return ('MAC_ADDRESS', v)


# ---- dates -------------------------------------------------------------------
MON = sp('January | February | March | April | May | June | July | August | September | October | November | December')
DAY = sp('Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday')
MON_ES = sp('enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre | noviembre | diciembre')
MON_IT = sp('gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre | novembre | dicembre')
MON_PL = sp('stycznia | lutego | marca | kwietnia | maja | czerwca | lipca | sierpnia | września | października | listopada | grudnia')
MON_TR = sp('Ocak | Şubat | Mart | Nisan | Mayıs | Haziran | Temmuz | Ağustos | Eylül | Ekim | Kasım | Aralık')
MON_SV = sp('januari | februari | mars | april | maj | juni | juli | augusti | september | oktober | november | december')


def ymd(old=False):
    y = R.randint(1941, 2004) if old else R.randint(2019, 2027)
    return y, R.randint(1, 12), R.randint(1, 28)


def clock():
    if R.random() < 0.5:
        return '%d:%02d %s' % (R.randint(1, 12), ch([0, 15, 30, 45, 10, 40]), ch(['AM', 'PM', 'am', 'pm']))
    return '%02d:%02d' % (R.randint(7, 20), ch([0, 15, 30, 45, 5, 50]))


def date(old=False, lang='en', kinds=None):
    y, m, d = ymd(old)
    if lang == 'es': return ('DATE_TIME', '%d de %s de %d' % (d, MON_ES[m - 1], y))
    if lang == 'it': return ('DATE_TIME', '%d %s %d' % (d, MON_IT[m - 1], y))
    if lang == 'pl': return ('DATE_TIME', ch(['%d %s %d' % (d, MON_PL[m - 1], y), '%02d.%02d.%d' % (d, m, y)]))
    if lang == 'tr': return ('DATE_TIME', ch(['%d %s %d' % (d, MON_TR[m - 1], y), '%02d.%02d.%d' % (d, m, y)]))
    if lang == 'fi': return ('DATE_TIME', ch(['%d.%d.%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y)]))
    if lang == 'sv': return ('DATE_TIME', ch(['%d %s %d' % (d, MON_SV[m - 1], y), '%d-%02d-%02d' % (y, m, d)]))
    ks = kinds or ['mdy', 'dmy', 'iso', 'us', 'eu', 'abbr', 'dots', 'upper', 'wd', 'at', 'isot']
    if old:
        ks = [k for k in ks if k not in ('wd', 'at', 'isot')] or ['mdy']
    k = ch(ks)
    if k == 'mdy': v = '%s %d, %d' % (MON[m - 1], d, y)
    elif k == 'dmy': v = '%d %s %d' % (d, MON[m - 1], y)
    elif k == 'iso': v = '%d-%02d-%02d' % (y, m, d)
    elif k == 'us': v = '%02d/%02d/%d' % (m, d, y)
    elif k == 'eu': v = '%02d/%02d/%d' % (d, m, y)
    elif k == 'abbr': v = '%s %d, %d' % (MON[m - 1][:3], d, y)
    elif k == 'dots': v = '%02d.%02d.%d' % (d, m, y)
    elif k == 'upper': v = '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y)
    elif k == 'wd': v = '%s, %s %d' % (ch(DAY), MON[m - 1], d)
    elif k == 'at': v = '%s %d at %s' % (MON[m - 1], d, clock())
    else: v = '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(6, 22), R.randint(0, 59))
    return ('DATE_TIME', v)


def tm():
    return ('DATE_TIME', clock())


# ---- identifiers (dev's layouts) ----------------------------------------------
def sep3(parts, seps=('-', ' ', '')):
    s = ch(seps)
    return s.join(parts)


def ssn():
    return ('US_SSN', sep3(C.ssn(R), ('-', '-', '-', '', ' ')))


def itin():
    return ('US_ITIN', sep3(C.itin(R), ('-', '-', '', ' ')))


def card():
    k = ch(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    v = C.card(R, k)
    f = R.randrange(3)
    if k == 'amex':
        g = [v[:4], v[4:10], v[10:]]
        v = [' '.join(g), '-'.join(g), v][f]
    elif k == 'diners':
        v = [v[:4] + ' ' + v[4:10] + ' ' + v[10:], v, v][f]
    else:
        v = [C.group(v, 4), C.group(v, 4, '-'), v][f]
    return ('CREDIT_CARD', v)


def iban():
    v = C.iban(R, ch(['DE', 'DE', 'ES', 'FR', 'BE', 'GB', 'NL', 'PL', 'IT', 'AT', 'PT', 'IE']))
    return ('IBAN_CODE', C.group(v, 4) if R.random() < 0.5 else v)


def crypto():
    return ('CRYPTO', C.btc(R, ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr'])))


def tfn():
    v = C.tfn(R)
    return ('AU_TFN', C.group(v, 3) if R.random() < 0.7 else v)


def abn():
    v = C.abn(R)
    return ('AU_ABN', v[:2] + ' ' + C.group(v[2:], 3) if R.random() < 0.7 else v)


def acn():
    v = C.acn(R)
    return ('AU_ACN', C.group(v, 3) if R.random() < 0.6 else v)


def medicare():
    v = C.medicare(R)
    return ('AU_MEDICARE', '%s %s %s' % (v[:4], v[4:9], v[9]) if R.random() < 0.7 else v)


def pan():
    return ('IN_PAN', C.pan(R))


def aadhaar():
    v = C.aadhaar(R)
    return ('IN_AADHAAR', ch([C.group(v, 4), C.group(v, 4), v, C.group(v, 4, '-')]))


def voter():
    return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + dg(7))


def in_passport():
    return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWZ') + nz(7))


def pesel():
    return ('PL_PESEL', C.pesel(R))


def piva():
    return ('IT_VAT_CODE', C.piva(R))


def rrn():
    v = C.kr_rrn(R)
    return ('KR_RRN', v[:6] + '-' + v[6:] if R.random() < 0.8 else v)


def cf():
    return ('IT_FISCAL_CODE', C.cf(R))


def nric():
    while True:
        v = C.nric(R)
        if v[0] in 'ST' or R.random() < 0.15:
            return ('SG_NRIC_FIN', v)


def nie():
    v = C.nie(R)
    return ('ES_NIE', v[:-1] + '-' + v[-1] if R.random() < 0.25 else v)


def nif():
    v = C.nif(R)
    return ('ES_NIF', v[:-1] + '-' + v[-1] if R.random() < 0.25 else v)


def sin():
    v = C.sin(R)
    return ('CA_SIN', ch([C.group(v, 3, '-'), C.group(v, 3), v]))


def dea():
    return ('MEDICAL_LICENSE', C.dea(R))


def pnr():
    return ('SE_PERSONNUMMER', C.se_pnr(R, long=R.random() < 0.35))


def hetu():
    v = C.hetu(R)
    if R.random() < 0.35:
        v = v[:6] + (ch('YXWVU') if v[6] == '-' else ch('BCDEF')) + v[7:]
    return ('FI_PERSONAL_IDENTITY_CODE', v)


def trid():
    return ('TR_NATIONAL_ID', C.tr_id(R))


def bank():
    return ('US_BANK_NUMBER', nz(R.randint(8, 17)))


def nhs():
    v = C.nhs(R)
    return ('UK_NHS', ch(['%s %s %s' % (v[:3], v[3:6], v[6:]), '%s-%s-%s' % (v[:3], v[3:6], v[6:]), v]))


def us_passport():
    return ('US_PASSPORT', nz(9) if R.random() < 0.5 else ch('ACEHKMNPRWX') + dg(8))


def za():
    return ('ZA_ID_NUMBER', C.za_id(R))


def npi():
    return ('US_NPI', C.npi(R))


def nino():
    while True:
        a, b = ch('ABCEGHJKLMNOPRSTWXYZ'), ch('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d, s = dg(6), ch('ABCD')
    return ('UK_NINO', '%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s) if R.random() < 0.5 else a + b + d + s)


def mbi():
    return ('US_MBI', C.mbi(R, dash=R.random() < 0.5))


def dl():
    U = string.ascii_uppercase
    k = R.randrange(7)
    if k == 0: v = ch(U) + dg(7)
    elif k == 1: v = ch(U) + dg(12)
    elif k == 2: v = nz(9)
    elif k == 3: v = nz(8)
    elif k == 4: v = ch(U) + dg(3) + '-' + dg(4) + '-' + dg(4)
    elif k == 5: v = ''.join(ch(U) for _ in range(7)) + dg(3) + ch(U) + ch(U + string.digits)
    else: v = ch(U) + dg(3) + '-' + dg(3) + '-' + dg(2) + '-' + dg(3) + '-' + dg(1)
    return ('US_DRIVER_LICENSE', v)


# ---- templates with PII ----------------------------------------------------------
POS, NEG = [], []


def T(f):
    POS.append(f)
    return f


def N(f):
    NEG.append(f)
    return f


def amt():
    return ch(['$%d.%02d' % (R.randint(5, 900), R.randint(0, 99)), '€%d,%02d' % (R.randint(5, 900), R.randint(0, 99)),
               '£%d.%02d' % (R.randint(5, 900), R.randint(0, 99)), 'AUD %d' % R.randint(20, 4000), '₹%d,%03d' % (R.randint(1, 90), R.randint(0, 999))])


def ref():
    return ch(['RMA-%s' % dg(6), 'CS%s' % dg(7), 'Q-%s-%s' % (dg(4), dg(3)), 'BKG%s' % dg(8), 'TKT-%s' % dg(5), '#%s' % dg(9)])


# support & billing
T(lambda: ['Ticket from ', P(), ': the charge of ', amt(), ' on card ', card(), ' appeared twice. Callback number ', phone(), '.'])
T(lambda: ['A customer named ', P(), ' wants us to stop billing ', card(), ' after ', date(kinds=['mdy', 'dmy', 'abbr']), '.'])
T(lambda: ['Please reverse the payment taken from ', card(), ' yesterday; ref ', ref(), '.'])
T(lambda: ['Card on file: ', card(), ' (exp ', '%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)), '). Holder ', P(), ', billing town ', town(), '.'])
T(lambda: ['Why was my card ', card(), ' declined at ', org('big'), '? I am in ', town('world'), ' until ', date(kinds=['mdy', 'dmy']), '.'])
T(lambda: ['Chargeback dispute opened by ', P(), ' for ', amt(), '. Card ', card(), ', email ', email(), '.'])


@T
def t_refund_mail():
    n = name()
    return ['Refund request — ', P(n), ' <', email(n), '> says ', ref(), ' never arrived. Reach them on ', phone(), ' before ', tm(), '.']


@T
def t_account_close():
    n = name()
    return ['I want to close my account. Name: ', P(n), '. Registered email: ', email(n), '. Last four of my card are ', dg(4), '.']


@T
def t_sms_optout():
    return ['Stop texting ', phone(), ', this number belongs to ', P(), ' now, not to the previous owner.']


T(lambda: ['Hello, this is ', P(), ' from ', town(), '. My parcel ', ref(), ' is stuck; call me at ', phone(), '.'])
T(lambda: ['Customer ', P(), ' asked to change the delivery address to ', street(), ', ', town('uk'), '.'])
T(lambda: ['New shipping address for ', P(), ': ', street(), ', ', town('us'), ', ', state(), '. Phone ', phone('us'), '.'])
T(lambda: ['Ship the replacement router to ', P(), ', ', street(), ', ', town('au'), '. Their MAC was ', mac(), '.'])


# HR & payroll
T(lambda: [P(), ' will join the ', town(), ' team on ', date(kinds=['mdy', 'dmy', 'wd']), '; SSN ', ssn(), ' for the background check.'])
T(lambda: ['Payroll change: move ', P(), "'s salary to routing 0%s, account " % dg(8), bank(), ' from ', date(kinds=['mdy', 'iso', 'us']), '.'])
T(lambda: ['Exit interview with ', P(), ' is booked for ', date(kinds=['at', 'wd']), '. Please have the laptop MAC ', mac(), ' wiped.'])
T(lambda: ['W-4 received from ', P(), ' (SSN ', ssn(), ', DOB ', date(old=True, kinds=['us', 'mdy']), ').'])
T(lambda: ['Direct deposit form: employee ', P(), ', bank account ', bank(), ', bank ', org('bank'), '.'])
T(lambda: ['The new contractor ', P(), ' is based in ', town('ca'), ' and gave SIN ', sin(), '; first invoice due ', date(kinds=['mdy', 'iso']), '.'])
T(lambda: ['Add SIN ', sin(), ' to the T4 slip for ', P(), ', who moved from ', town('ca'), ' to ', town('world'), '.'])
T(lambda: ['Please correct the SIN on file for ', P(), ': it should read ', sin(), '.'])
T(lambda: ['Leave request: ', P(), ' is off from ', date(kinds=['mdy', 'dmy']), ' to ', date(kinds=['mdy', 'dmy']), ' visiting family in ', country(), '.'])
T(lambda: ['Reference check for ', P(), ', previously at ', org('mine'), ' in ', town(), '. Contact the manager ', P(), ' on ', phone(), '.'])
T(lambda: ['Promotion letter: ', P(), ' becomes team lead at ', org(), ' effective ', date(kinds=['dmy', 'mdy']), '.'])
T(lambda: ['Relocation package for ', P(), ' (', nrp('nat'), ') moving from ', town('world'), ' to ', town('uk'), '.'])
T(lambda: ['Sick note for ', P(), ' from ', org('clinic'), ', valid until ', date(kinds=['dmy', 'eu', 'iso']), '.'])


@T
def t_hr_onboard_uk():
    return ['Starter form — ', P(), ', NI no. ', nino(), ', start date ', date(kinds=['dmy', 'eu']), ', office ', town('uk'), '.']


T(lambda: ['P45 mismatch: the NINO ', nino(), ' does not match the one we hold for ', P(), '.'])
T(lambda: ['Pension opt-out from ', P(), '; national insurance ', nino(), '; payroll id E', dg(5), '.'])
T(lambda: ['Timesheet for ', P(), ' shows a clock-in at ', tm(), ' on ', date(kinds=['wd', 'mdy']), ' from IP ', ipv4('pub'), '.'])


# AU
T(lambda: ['Super fund rollover for ', P(), ', TFN ', tfn(), ', from ', org('big'), '.'])
T(lambda: ['Please lodge the BAS for ', org('mine'), ' (ABN ', abn(), ') before ', date(kinds=['dmy', 'eu']), '.'])
T(lambda: ['Company extract: ', org('mine'), ', ACN ', acn(), ', registered in ', town('au'), ', director ', P(), '.'])
T(lambda: ['New patient ', P(), ' at ', org('clinic'), ', Medicare ', medicare(), ', home ', street(), ', ', town('au'), '.'])
T(lambda: ['Bulk-bill claim rejected: Medicare card ', medicare(), ' for ', P(), ', service date ', date(kinds=['dmy', 'eu']), '.'])
T(lambda: ['Supplier setup: ', org('mine'), ', ABN ', abn(), ', contact ', P(), ' (', phone('au'), ').'])
T(lambda: ['Tax file number ', tfn(), ' was entered twice for ', P(), ' in ', town('au'), '; please remove the duplicate.'])
T(lambda: ['ASIC notice: ACN ', acn(), ' and ABN ', abn(), ' both belong to ', org('mine'), '.'])
T(lambda: ['Locum ', P(), ' needs Medicare number ', medicare(), ' and TFN ', tfn(), ' recorded before Friday.'])


# India
T(lambda: ['KYC pending for ', P(cult='in'), ': PAN ', pan(), ', Aadhaar ', aadhaar(), ', city ', town('in'), '.'])
T(lambda: ['Voter ID ', voter(), ' and passport ', in_passport(), ' were uploaded by ', P(cult='in'), '.'])
T(lambda: ['Loan file: applicant ', P(cult='in'), ' (PAN ', pan(), ') banks with ', org('bank'), ' and lives in ', town('in'), '.'])
T(lambda: ['Aadhaar ', aadhaar(), ' linked to mobile ', phone('in'), ' belongs to ', P(cult='in'), '.'])
T(lambda: ['Visa file for ', P(cult='in'), ': Indian passport ', in_passport(), ', voter card ', voter(), ', travel on ', date(kinds=['dmy', 'mdy']), '.'])
T(lambda: ['e-KYC: ', P(cult='in'), ' | PAN ', pan(), ' | Aadhaar ', aadhaar(), ' | voter ID ', voter(), ' | passport ', in_passport()])


# SG / KR
T(lambda: ['Tenant ', P(cult='sg'), ' (NRIC ', nric(), ') signed the lease for a flat in ', town('sg'), ' on ', date(kinds=['dmy', 'mdy']), '.'])
T(lambda: ['CPF query: ', P(cult='sg'), ', NRIC ', nric(), ', handphone ', phone('sg'), '.'])
T(lambda: ['Work pass holder ', P(cult='sg'), ', FIN ', nric(), ', employer ', org(), '.'])
T(lambda: ['Clinic registration — ', P(cult='kr'), ', RRN ', rrn(), ', phone ', phone('kr'), '.'])
T(lambda: ['Please mask the resident number ', rrn(), ' in the contract for ', P(cult='kr'), ' before sending it to ', town('kr'), '.'])
T(lambda: ['Korean payroll: ', P(cult='kr'), ' RRN ', rrn(), ', start ', date(kinds=['iso', 'mdy']), '.'])


# Spain / Italy
T(lambda: ['Alta en la Seguridad Social: ', P(cult='es'), ', NIF ', nif(), ', fecha de inicio ', date(lang='es'), '.'])
T(lambda: ['El inquilino ', P(cult='es'), ' con NIE ', nie(), ' vive en ', street(apt=False), ', ', town('es'), '.'])
T(lambda: ['Por favor, revisa el NIE ', nie(), ' de ', P(cult='es'), '; su móvil es ', phone('es'), '.'])
T(lambda: ['Factura a nombre de ', P(cult='es'), ', NIF ', nif(), ', correo ', email(), '.'])
T(lambda: ['Contratto di ', P(cult='it'), ': codice fiscale ', cf(), ', residente a ', town('it'), ', assunzione il ', date(lang='it'), '.'])
T(lambda: ['La ditta ', org('mine'), ' ha partita IVA ', piva(), '; il referente è ', P(cult='it'), ', tel. ', phone('it'), '.'])
T(lambda: ['Verifica la P.IVA ', piva(), ' e il codice fiscale ', cf(), ' del cliente ', P(cult='it'), '.'])
T(lambda: ['Ricetta per ', P(cult='it'), ' (CF ', cf(), '), ritiro in farmacia a ', town('it'), ' il ', date(lang='it'), '.'])


# Poland / Finland / Sweden / Turkey
T(lambda: ['Umowa najmu: ', P(cult='pl'), ', PESEL ', pesel(), ', mieszka w ', town('pl'), '.'])
T(lambda: ['Proszę sprawdzić PESEL ', pesel(), ' pacjenta ', P(cult='pl'), ', wizyta ', date(lang='pl'), '.'])
T(lambda: ['Nowy pracownik ', P(cult='pl'), ' (PESEL ', pesel(), ') — e-mail ', email(), ', telefon ', phone('pl'), '.'])
T(lambda: ['Asiakas ', P(cult='fi'), ', hetu ', hetu(), ', muuttaa ', town('fi'), ' -kuntaan ', date(lang='fi'), '.'])
T(lambda: ['Laskun saaja: ', P(cult='fi'), ' (', hetu(), '), puhelin ', phone('fi'), '.'])
T(lambda: ['Tarkista henkilötunnus ', hetu(), ', kuuluuko se ', P(cult='fi'), ' -nimiselle henkilölle?'])
T(lambda: ['Hyresgäst ', P(cult='sv'), ', personnummer ', pnr(), ', flyttar till ', town('se'), ' den ', date(lang='sv'), '.'])
T(lambda: ['Kontrollera personnumret ', pnr(), ' för ', P(cult='sv'), ' och skicka bekräftelse till ', email(), '.'])
T(lambda: ['Swedish tax form: ', P(cult='sv'), ', personal number ', pnr(), ', bank ', org('bank'), '.'])
T(lambda: ['Hasta ', P(cult='tr'), ', TC kimlik ', trid(), ', randevu tarihi ', date(lang='tr'), ', ', town('tr'), '.'])
T(lambda: ['Kiracı ', P(cult='tr'), ' (T.C. no ', trid(), ') telefon: ', phone('tr'), '.'])
T(lambda: ['Turkish ID ', trid(), ' belongs to ', P(cult='tr'), ', who flies to ', town('world'), ' on ', date(kinds=['mdy', 'dmy']), '.'])


# ZA
T(lambda: ['Lease application: ', P(cult='za'), ', SA ID ', za(), ', employer ', org(), ', cell ', phone('za'), '.'])
T(lambda: ['FICA documents for ', P(cult='za'), ' (ID ', za(), ') received at the ', town('za'), ' branch.'])
T(lambda: ['Please update the ID number for ', P(cult='za'), ' to ', za(), '.'])


# US health & government
T(lambda: ['Prior auth for ', P(), ': Medicare MBI ', mbi(), ', ordering physician NPI ', npi(), '.'])
T(lambda: ['Member ', P(), ' (MBI ', mbi(), ') called from ', phone('us'), ' about a denied claim dated ', date(kinds=['us', 'mdy']), '.'])
T(lambda: ['Update the MBI on file to ', mbi(), '; the old card for ', P(), ' was lost in ', town('us'), '.'])
T(lambda: ['Credentialing: Dr. ', P(), ', NPI ', npi(), ', DEA ', dea(), ', practice in ', town('us'), ', ', state(), '.'])
T(lambda: ['The pharmacist flagged DEA number ', dea(), ' on a script for ', P(), '.'])
T(lambda: ['Refill authorised by Dr. ', P(), ' (DEA ', dea(), ') for ', P(), ', pick up ', date(kinds=['wd', 'at']), '.'])
T(lambda: ['Referral: NPI ', npi(), ' refers ', P(), ' to ', org('clinic'), ' for an MRI on ', date(kinds=['at', 'mdy']), '.'])
T(lambda: ['Discharge summary: ', P(), ', ', str(R.randint(19, 90)), ', ', nrp('rel'), ', discharged from ', org('clinic'), ' on ', date(kinds=['dmy', 'iso']), '.'])
T(lambda: ['Nurse note: ', P(), ' prefers a ', nrp('rel'), ' chaplain; next of kin ', P(), ' on ', phone(), '.'])
T(lambda: ['NHS no. ', nhs(), ' — ', P(), ' missed the clinic at ', org('clinic'), ' on ', date(kinds=['dmy', 'eu']), '.'])
T(lambda: ['GP letter for ', P(), ', born ', date(old=True, kinds=['dmy', 'eu']), ', NHS ', nhs(), ', lives in ', town('uk'), '.'])
T(lambda: ['Can you check whether NHS number ', nhs(), ' is valid? The patient is ', P(), '.'])
T(lambda: ['Rental counter: licence ', dl(), ' issued in ', state(), ' for ', P(), ', return ', date(kinds=['mdy', 'at']), '.'])
T(lambda: ['The DMV mailed driver license ', dl(), ' to ', street(), ', ', town('us'), ', ', state(), '.'])
T(lambda: ['Traffic stop report: driver ', P(), ', DL ', dl(), ', DOB ', date(old=True, kinds=['us', 'mdy']), '.'])
T(lambda: ['Passport renewal for ', P(), ': old passport ', us_passport(), ', departs ', town('us'), ' on ', date(kinds=['mdy', 'dmy']), '.'])
T(lambda: ['Visa interview for ', P(), ', US passport no. ', us_passport(), ', nationality ', nrp('nat'), '.'])
T(lambda: ['Boarding pass issue: passenger ', P(), ', passport ', us_passport(), ', flight to ', town('world'), ' at ', tm(), '.'])
T(lambda: ['Tax preparer note: ', P(), ' files with ITIN ', itin(), ', dependant ', P(), ' has SSN ', ssn(), '.'])
T(lambda: ['IRS letter says ITIN ', itin(), ' for ', P(), ' expired; resend to ', street(), ', ', town('us'), '.'])
T(lambda: ['W-7 filed for ', P(), '; ITIN ', itin(), ' assigned on ', date(kinds=['mdy', 'us']), '.'])
T(lambda: ['Identity theft report: someone used SSN ', ssn(), ' of ', P(), ' to open an account at ', org('bank'), '.'])
T(lambda: ['Verify SSN ', ssn(), ' against the name ', P(), ' and the ZIP for ', town('us'), ', ', state(), '.'])
T(lambda: ['ACH return R03 on account ', bank(), ' for ', P(), '; routing 0', dg(8), '.'])
T(lambda: ['Wire from account ', bank(), ' at ', org('bank'), ' to ', P(), ' is on hold.'])


# banking / crypto
T(lambda: ['SEPA transfer to ', P(), ', IBAN ', iban(), ', amount ', amt(), ', reference ', ref(), '.'])
T(lambda: ['Change my payout IBAN from ', iban(), ' to ', iban(), ', thanks — ', P(), '.'])
T(lambda: ['Landlord ', P(), ' wants rent paid into ', iban(), ' at ', org('bank'), '.'])
T(lambda: ['Refund the deposit to IBAN ', iban(), ' (holder ', P(), ', ', town('world'), ').'])
T(lambda: ['Donation address: ', crypto(), ' — please double-check before sending.'])
T(lambda: ['Withdrawal to ', crypto(), ' stuck since ', date(kinds=['isot', 'at']), '; my account email is ', email(), '.'])
T(lambda: ['Whitelist these payout wallets: ', crypto(), ' and ', crypto(), '.'])
T(lambda: ['Scammer asked ', P(), ' to send crypto to ', crypto(), ', is that address known?'])


# tech / logs / config
T(lambda: ['Firewall blocked ', ip(), ' trying SSH on our host ', ipv4('priv'), ' — owner is ', email(), '.'])
T(lambda: ['Router with MAC ', mac(), ' got IP ', ip(), ' but cannot reach the gateway.'])
T(lambda: ['Please add ', mac(), ' and ', mac(), ' to the Wi-Fi allowlist for the ', town(), ' office.'])


@T
def t_log_login():
    e = email()
    return ['Auth log:\n', '%d-%02d-%02dT%02d:%02d:%02dZ ' % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            'WARN mfa failed user=', e, ' src=', ip(), '\n', '%d-%02d-%02dT%02d:%02d:%02dZ INFO session closed' % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))]


@T
def t_env():
    return ['.env file:\nSUPPORT_INBOX=', email(), '\nREDIS_HOST=', ipv4('priv'), '\nPUBLIC_URL=', url(), '\nWORKERS=4']


@T
def t_kv():
    n = name()
    return ['user=', P(n), ' email=', email(n), ' ip=', ip(), ' plan=pro status=active']


@T
def t_csv():
    a, b = name(), name()
    return ['name,email,phone\n', P(a), ',', email(a), ',', phone(), '\n', P(b), ',', email(b), ',', phone()]


@T
def t_json_patient():
    return ['{"patient": "', P(), '", "dob": "', date(old=True, kinds=['iso']), '", "nhs": "', nhs(), '", "gp": "', org('clinic'), '"}']


@T
def t_json_emp():
    n = name()
    return ['{"employee": {"name": "', P(n), '", "ssn": "', ssn(), '", "city": "', town('us'), '", "start": "', date(kinds=['iso']), '"}}']


@T
def t_json_pay():
    return ['{"payer": "', P(), '", "iban": "', iban(), '", "card": "', card(), '", "ip": "', ip(), '"}']


@T
def t_yaml_contact():
    n = name()
    return ['contact:\n  name: ', P(n), '\n  email: ', email(n), '\n  phone: "', phone(), '"\n  site: ', url()]


@T
def t_xml():
    return ['<customer><name>', P(), '</name><card>', card(), '</card><city>', town(), '</city></customer>']


@T
def t_py():
    return ['This test leaks data, can you anonymise it?\n```python\ndef test_signup():\n    user = make_user("', P(), '", "', email(), '")\n    assert user.ip == "', ip(), '"\n```']


@T
def t_sql():
    return ["INSERT INTO customers (name, email, phone) VALUES ('", P(), "', '", email(), "', '", phone(), "');"]


T(lambda: ['Nginx access log shows ', ipv4('pub'), ' hammering ', url(), '; block it?'])
T(lambda: ['Our status page ', url(), ' is down again, the on-call is ', P(), ' (', phone(), ').'])
T(lambda: ['The webhook to ', url(), ' fails with 401 since ', date(kinds=['at', 'isot']), '.'])
T(lambda: ['Bug report from ', email(), ': the reset link ', url(), ' opens a blank page.'])


@T
def t_profile():
    n = name()
    return ['Find me online: ', url(n), ' or write to ', email(n), '. — ', P(n)]


@T
def t_git():
    n = name()
    return ['Who committed this? `Author: ', P(n), ' <', email(n), '>` from ', ip(), ' on a dev box.']


# travel
T(lambda: ['Book a hotel in ', town(), ' for ', P(), ' from ', date(kinds=['mdy', 'dmy']), ' to ', date(kinds=['mdy', 'dmy']), '.'])
T(lambda: ['Itinerary: ', P(), ' flies ', town('world'), ' → ', town(), ' on ', date(kinds=['wd', 'mdy']), ', seat 14C, contact ', phone(), '.'])
T(lambda: ['Car hire in ', town('au'), ' for ', P(), ', pickup ', date(kinds=['at']), ', card ', card(), '.'])
T(lambda: ['Train tickets for ', P(), ' and ', P(), ' from ', town('uk'), ' to ', town('uk'), ', leaving ', tm(), '.'])
T(lambda: ['Travel insurance claim: ', P(), ' lost a bag in ', town('world'), ', ', country(), '; policy with ', org(), '.'])
T(lambda: ['Guest list for the ', town(), ' retreat: ', P(), ', ', P(), ' and ', P(), '.'])


# narrative / NRP / orgs
T(lambda: ['Write a short bio: ', P(), ' is a ', nrp('nat'), ' engineer who left ', org(), ' to start a bakery in ', town(), '.'])
T(lambda: ['Draft a condolence note to ', P(), ' of ', town(), '; the family is ', nrp('rel'), '.'])
T(lambda: ['Translate to German: ', P(), ', a ', nrp('pol'), ' councillor from ', town(), ', met staff from ', org(), '.'])
T(lambda: ['Background for the article: ', P(), ' (', nrp(), ') runs a clinic in ', town('world'), ', ', country(), '.'])
T(lambda: ['Make this polite: ', P(n=ch(first())), ', tell ', org(), ' their invoice is late again.'])
T(lambda: ['Summarise: ', org('mine'), ' hired ', P(), ' as CFO; she previously worked at ', org('big'), ' in ', town('world'), '.'])
T(lambda: ['Plan a meeting between ', P(), ' (', org(), ') and ', P(), ' (', org(), ') in ', town(), ' on ', date(kinds=['wd', 'at']), '.'])
T(lambda: ['Reply to ', P(n=ch(first())), ': yes, the ', org('mine'), ' demo is still on for ', date(kinds=['at', 'wd']), '.'])
T(lambda: ['Our vendor ', org('mine'), ' will send engineers to ', town(), ' on ', date(kinds=['mdy', 'dmy']), '.'])
T(lambda: ['Minutes: ', P(), ' chaired; ', P(), ' presented the ', org(), ' contract; next meeting ', date(kinds=['wd', 'at']), '.'])
T(lambda: ['Recommend restaurants in ', town(), ' for ', P(n=ch(first())), ', who is ', nrp('rel'), ' and vegetarian.'])


@T
def t_chat():
    a, b = ch(first()), ch(first())
    return ['[', tm(), '] ', P(a), ': can you send me the invoice?\n[', tm(), '] ', P(b), ': sure, check ', email(b), '.']


@T
def t_sig():
    n = name()
    return ['Best regards,\n', P(n), '\nAccounts Payable, ', org('mine'), '\n', phone(), ' | ', email(n)]


@T
def t_voicemail():
    return ['Voicemail transcript: "Hi, it is ', P(n=ch(first())), ' calling about the lease in ', town(), '. Call me back on ', phone(), '."']


@T
def t_whatsapp():
    return ['msg from ', P(n=ch(first())), ': landed in ', town(), ', my new number is ', phone(), ' 👍']


# identifier-only prompts
T(lambda: ['Do P.IVA ', piva(), ' and codice fiscale ', cf(), ' belong to the same taxpayer?'])
T(lambda: ['Modulo F24: partita IVA ', piva(), ', codice fiscale del rappresentante ', cf(), '.'])
T(lambda: ['¿Son válidos el NIF ', nif(), ' y el NIE ', nie(), '? Los necesito para la nómina.'])
T(lambda: ['Which of these is an ACN and which an ABN: ', acn(), ', ', abn(), '? Also check TFN ', tfn(), '.'])
T(lambda: ['Form I-9 check: passport ', us_passport(), ', driver licence ', dl(), ', ITIN ', itin(), '.'])
T(lambda: ['Mask everything sensitive in: RRN ', rrn(), ', NRIC ', nric(), ', personnummer ', pnr(), ', TC ', trid(), '.'])
T(lambda: ['Two cards on the account, ', card(), ' and ', card(), '; remove the one ending in ', dg(4), '.'])
T(lambda: ['SSN ', ssn(), ' or ITIN ', itin(), ' — which one goes on line 3 of the form?'])


# ---- PII-free look-alikes ------------------------------------------------------
def bad_luhn(n=16):
    while True:
        v = str(R.randint(3, 6)) + dg(n - 1)
        if not C.luhn_ok(v):
            return v


def bad_iban():
    v = C.iban(R, ch(['DE', 'FR', 'ES', 'GB', 'NL']))
    d = '%02d' % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2)
    return v[:2] + d + v[4:]


def hexs(n):
    return ''.join(ch('0123456789abcdef') for _ in range(n))


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), ch('89ab'), hexs(3), hexs(12))


def ver():
    return ch(['v', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 60))


def bad_b58():
    s = C.btc(R, 'p2pkh')
    i = R.randint(5, len(s) - 2)
    return s[:i] + ch([c for c in C.B58 if c != s[i]]) + s[i + 1:]


def logts():
    return '%d-%02d-%02d %02d:%02d:%02d' % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def nine_bad(check):
    while True:
        v = nz(9)
        if not check(v):
            return v


def bad_aadhaar():
    while True:
        v = nz(12)
        if not C.verhoeff_ok(v):
            return v


def tfn_ok(v):
    return sum(int(a) * b for a, b in zip(v, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


N(lambda: ['Shipment ', ref(), ' left the warehouse; tracking 1Z', dg(4), ch(string.ascii_uppercase), ch(string.ascii_uppercase), dg(10), ', weight 4.2 kg.'])
N(lambda: ['Quote Q-', dg(5), ' totals ', amt(), ' excluding VAT; valid for 30 days.'])
N(lambda: ['The number ', C.group(bad_luhn(), 4), ' on the gift voucher fails the checksum, is it a typo?'])
N(lambda: ['Loyalty card ', bad_luhn(), ' shows 2,340 points; can I merge it with ', bad_luhn(), '?'])
N(lambda: ['This IBAN-looking string ', C.group(bad_iban(), 4), ' came from a test fixture; it is not a real account.'])
N(lambda: ['Our sandbox rejects ', bad_iban(), ' with "checksum mismatch" — expected?'])
N(lambda: ['Build ', hexs(7), ' from branch release/', ver(), ' passed all 812 tests.'])
N(lambda: ['Rebase onto ', hexs(40), ' and squash the last 3 commits.'])
N(lambda: ['The sha256 of the tarball is ', hexs(64), '.'])
N(lambda: ['Job ', uuid(), ' finished in 37 s with exit code 0.'])
N(lambda: ['Trace id ', uuid(), ', span ', hexs(16), ', latency p99 812 ms.'])
N(lambda: ['Bump numpy to ', ver(), ' and pandas to ', ver(), ' in requirements.txt.'])
N(lambda: ['Kernel ', '%d.%d.%d.%d' % (R.randint(4, 6), R.randint(0, 19), R.randint(0, 200), R.randint(1, 9)), ' broke the NIC driver on two racks.'])
N(lambda: ['SKU ', dg(3), '-', dg(3), '-', dg(4), '-', ch(['GR', 'XL', 'BL', 'RD']), ' is out of stock; suggest SKU ', dg(3), '-', dg(3), '-', dg(4), '-', ch(['GR', 'XL']), '.'])
N(lambda: ['Model ', ch(['XR', 'MK', 'QX']), '-', dg(4), ' uses a ', ch(['CR2032', 'AA', 'AAA', '18650']), ' battery.'])
N(lambda: ['Set the header colour to #', hexs(6), ' and the border to #', hexs(3), '.'])
N(lambda: ['Serial ', nine_bad(tfn_ok), ' failed QC, serial ', nz(10), ' passed.'])
N(lambda: ['Lot numbers ', nz(12), ' and ', nz(12), ' were recalled by the supplier.'])
N(lambda: ['That wallet string ', bad_b58(), ' looks corrupted; the checksum is off.'])
N(lambda: ['Cron log:\n', logts(), ' INFO backup finished in 312s\n', logts(), ' WARN disk 91% full on /var'])
N(lambda: ['[', logts(), '] ERROR pool exhausted (max=50), retrying in 5s'])
N(lambda: ['Port ', str(R.randint(1024, 65000)), ' is already in use, pick another for the dev server.'])
N(lambda: ['Translate "the meeting is postponed" into Spanish and Italian.'])
N(lambda: ['Write a haiku about autumn rain on a tin roof.'])
N(lambda: ['Explain the difference between a mutex and a semaphore in two sentences.'])
N(lambda: ['What is 17% of ', amt(), '?'])
N(lambda: ['Grace period ends in 14 days; after that the plan drops to the free tier.'])
N(lambda: ['Will Rose Gold or Jade Green sell better for the spring phone cases?'])
N(lambda: ['Can you make the README more concise? The install section repeats itself.'])
N(lambda: ['Rename utils.py to helpers.py and update the imports in app/main.py.'])
N(lambda: ['Case ', dg(6), '/', dg(2), ' was escalated to tier 2; no customer data attached.'])
N(lambda: ['PO-', dg(7), ' and invoice INV-', dg(6), ' do not match by ', amt(), '.'])
N(lambda: ['Use paper size B5 for the booklet and A3 for the poster.'])
N(lambda: ['Room H2 is booked for the standup; bring the HDMI adapter.'])
N(lambda: ['Our ', ch(['Q3', 'Q4', 'H1']), ' churn was ', str(R.randint(2, 9)), '.', str(R.randint(0, 9)), '%; draft three ideas to reduce it.'])
N(lambda: ['The Aadhaar-shaped number ', C.group(bad_aadhaar(), 4), ' in the sample data is a placeholder that fails Verhoeff.'])
N(lambda: ['Refactor the retry loop; max_attempts=', str(R.randint(3, 9)), ' and backoff=', str(R.randint(2, 5)), '.0 are hard-coded.'])
N(lambda: ['Docker image ', ch(['api', 'worker', 'web']), ':', ver(), ' is ', str(R.randint(120, 900)), ' MB, can we slim it down?'])
N(lambda: ['Convert 72 °F to Celsius and round to one decimal.'])
N(lambda: ['Is it better to rent or buy a house when rates are above 6%?'])
N(lambda: ['Coupon ', ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(12)), ' gives 15% off orders over ', amt(), '.'])
N(lambda: ['Support macro #', dg(3), ': thank the customer, apologise for the delay, close the ticket.'])


# ---- assembly ----------------------------------------------------------------
PRE = ['Can you look at this?\n\n', 'Here is the text:\n', 'Input:\n', 'From the inbox:\n---\n', 'Anonymise the following:\n\n',
       'Rewrite this for the handover notes:\n', 'Pull out the action items:\n\n', 'Triage this, please.\n']
SUF = ['\n\nReply in bullet points.', '\n\nCheers.', '\n\nAnswer in one paragraph.', '\n\nNo need to repeat the details back.']
TAIL = [' ty', ' plz', ' — urgent', '??']
TARGET = {'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75, 'PHONE_NUMBER': 69,
          'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31, 'US_SSN': 26, 'CRYPTO': 24, 'NRP': 19, 'AU_TFN': 16}
for _t in ('AU_ABN AU_ACN AU_MEDICARE CA_SIN ES_NIE ES_NIF FI_PERSONAL_IDENTITY_CODE IN_AADHAAR IN_PAN IN_PASSPORT IN_VOTER '
           'IT_FISCAL_CODE IT_VAT_CODE KR_RRN MAC_ADDRESS MEDICAL_LICENSE PL_PESEL SE_PERSONNUMMER SG_NRIC_FIN TR_NATIONAL_ID '
           'US_BANK_NUMBER').split():
    TARGET[_t] = 15
for _t in 'UK_NHS UK_NINO US_DRIVER_LICENSE US_ITIN US_MBI US_NPI US_PASSPORT ZA_ID_NUMBER'.split():
    TARGET[_t] = 14


def signature(f):
    global R
    keep, R = R, random.Random(0)
    text, ents = C.fill(f())
    R = keep
    return [e['entity_type'] for e in ents]


def schedule(n_pos):
    sigs = [signature(f) for f in POS]
    cnt = {t: 0 for t in TARGET}
    uses = [0] * len(POS)
    order = []

    def add(i):
        order.append(i)
        uses[i] += 1
        for t in sigs[i]:
            cnt[t] += 1
    for i in range(len(POS)):
        add(i)
    while len(order) < n_pos:
        best, bs = None, None
        for i in R.sample(range(len(POS)), len(POS)):
            if uses[i] >= 8:
                continue
            sc = sum((TARGET[t] - cnt[t]) / TARGET[t] for t in sigs[i])
            if bs is None or sc > bs:
                best, bs = i, sc
        add(best)
    return order


WORDY = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def dress(parts):
    text, ents = C.fill(parts)
    if R.random() < 0.25:
        pre = ch(PRE)
        text = pre + text
        for e in ents:
            e['start'] += len(pre)
            e['end'] += len(pre)
    if R.random() < 0.07:
        text += ch(TAIL)
    if R.random() < 0.13:
        text += ch(SUF)
    if R.random() < 0.06 and len(text.lower()) == len(text):
        # whole prompt in lower case; identifier values keep their letters
        keep = [(e['start'], e['end']) for e in ents if e['entity_type'] not in WORDY]
        text = ''.join(c if any(a <= k < b for a, b in keep) else c.lower() for k, c in enumerate(text))
    return text, ents


def main():
    n_neg, n_pos = 108, 492
    jobs = [('p', i) for i in schedule(n_pos)]
    negs = list(range(len(NEG))) * 3
    R.shuffle(negs)
    jobs += [('n', i) for i in sorted(negs[:n_neg])]
    R.shuffle(jobs)
    recs = []
    for k, (kind, i) in enumerate(jobs):
        text, ents = dress((POS if kind == 'p' else NEG)[i]())
        recs.append({'id': 'p25-%04d' % k, 'text': text, 'entities': ents})
    C.write(recs)


if __name__ == '__main__':
    main()
