"""Probe 27: 602 chat prompts in the manner of the dev corpus.
Support and billing tickets, HR and payroll notes, KYC and onboarding
records, clinical, pharmacy and insurance notes, travel bookings, server and
auth logs, code, JSON/CSV/YAML/key=value snippets; prompts in Polish,
Finnish, Swedish, Turkish, Italian, Spanish and French; about 6% fully
lower-case prompts, some names in capitals, and 108 PII-free look-alikes
(order, invoice and tracking numbers, hashes, UUIDs, versions, card- and
IBAN-shaped strings that fail their checks, log timestamps). Per-type counts
within a sixth of dev's. 238 templates (43 of them PII-free); people of about
thirty cultures, small towns, firms, banks, hospitals and e-mail domains not
used by dev or probes 3-26 (US states excepted). Every check-digit value is
valid.
    python3 -B tools/probes/probe27.py > /tmp/p27.jsonl
"""
import os
import random
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2727)


def ch(xs):
    return R.choice(xs)


def rd(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def grp(s, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    return sep.join(out)


# ---- vocabularies ------------------------------------------------------------

NAMES = {
    'ng': (['Chibuzor', 'Ezinne', 'Uzoamaka', 'Anuli', 'Osita', 'Amaechi', 'Nkiruka'],
           ['Uchendu', 'Chikere', 'Emenike', 'Nzeribe', 'Akpan', 'Etim', 'Bassey', 'Ekpenyong', 'Inyang', 'Udoh', 'Okwuosa', 'Eziashi', 'Adegbite']),
    'ea': (['Wanjiku', 'Mwende', 'Sisay'], ['Githinji', 'Baffour', 'Mesfin', 'Ofosu', 'Gebre', 'Wambugu']),
    'me': (['Tarek', 'Hoda', 'Reza'], ['Sleiman', 'Najjar', 'Gemayel', 'Afshar', 'Tabrizi', 'Kermani', 'Mouawad', 'Elsayed']),
    'gr': (['Lefteris', 'Thodoris', 'Anthoula', 'Margarita', 'Ariadne', 'Evdokia'], ['Papadimitriou', 'Manolakis', 'Sarris', 'Dimou', 'Kostopoulos', 'Antonopoulou']),
    'ce': (['Bálint', 'Petra', 'Vít', 'Lukáš', 'Mircea', 'Mihaela', 'Justinas', 'Vaida', 'Paulius', 'Aistė'],
           ['Papp', 'Rusu', 'Lazăr', 'Koval', 'Kostiuk', 'Balčiūnas', 'Grigas', 'Petrauskas', 'Jankauskienė']),
    'we': (['Daan', 'Fleur', 'Sem', 'Jeroen', 'Carina', 'Theresa', 'Friedrich', 'Katharina', 'Loïc', 'Hervé', 'Mirthe', 'Thibaut'],
           ['Willems', 'Huisman', 'Vos', 'Dekker', 'Schubert', 'Keller', 'Maier', 'Böhm', 'Engel', 'Schulze', 'Sommer', 'Meunier', 'Guérin', 'Boyer', 'Giraud', 'Masson', 'Dupuis', 'Fabre']),
    'it': (['Fabio', 'Elisa', 'Stefano', 'Gabriele', 'Massimo', 'Patrizia', 'Manuela', 'Ilenia', 'Ottorino', 'Rocco', 'Fulvio', 'Enrica', 'Alessandro', 'Federico', 'Sofia'],
           ['Fiore', 'Bianco', 'Grasso', 'Ferretti', 'Lombardo', 'Amato', 'Mazza', 'Marchi', 'Gatti', 'Pellegrino', 'Caputo', 'Barone', 'Fumagalli', 'Galbiati', 'Guidi', 'Martinelli', 'Basile', 'Leone', 'Marini']),
    'es': (['Irati', 'Noelia', 'Verónica', 'Paula', 'Valerio', 'Iratxe', 'Fátima', 'Manuel', 'Julián', 'Alba', 'Jon', 'Mikel', 'Bernabé', 'Odalys'],
           ['Azkarate', 'Pardo', 'Nieto', 'Sanz', 'Pastor', 'Benito', 'Lorente', 'Esteve', 'Cano', 'Parra', 'Molina', 'Blanco', 'Treviño', 'Tlapa']),
    'br': (['Fábio', 'Luíza'], ['Nunes']),
    'uk': (['Fionn', 'Lachie', 'Kenna', 'Iain', 'Ruaridh', 'Nigel', 'Gemma', 'Graham', 'Neville', 'Dominic', 'Gareth', 'Toby'],
           ['Duggan', 'Furlong', 'Whelan', 'Moloney', 'Gillies', 'Macrae', 'Mackintosh', 'Kerr', 'Munro', 'Wolstenholme', 'Earnshaw', 'Bramley', 'Cheshire', 'Dobson', 'Gilchrist', 'Horrocks', 'Jowett', 'Lister', 'Marsden', 'Maybury', 'Polglase', 'Nancarrow', 'Chenoweth']),
    'us': (['Jarrod', 'Kayleigh', 'Cooper', 'Cade', 'Misty', 'Krystal', 'Reggie', 'Bobbie', 'Jesse', 'Tonya', 'Clint', 'Dallas', 'Lonnie', 'Darlene', 'Wanda', 'Troy', 'Shane', 'Dean', 'Corey', 'Darren', 'Leanne', 'Wade'],
           ['Stoltzfus', 'Brumfield', 'Crenshaw', 'Sorrells', 'Hutchins', 'Dillard', 'Barkley', 'Tidwell', 'Fontenot', 'Goolsby', 'Ivey', 'Kimbrough', 'Lovett', 'Mabry', 'Quarles', 'Pickett', 'Tubbs', 'Pruett', 'Spradlin', 'Hensley', 'Sizemore', 'Rucker', 'Akers']),
    'au': (['Bradley', 'Kerrie', 'Jai', 'Kaylene', 'Lyall', 'Tanya', 'Glenn', 'Sharelle', 'Cheryl', 'Barry', 'Maddison', 'Kahu', 'Manu', 'Pita'],
           ['Kilgour', 'Prentice', 'Yeates', 'Tonkin', 'Goldsworthy', 'Tregoning', 'Pendlebury', 'Burrows', 'Stockdale', 'McCallum', 'Tregear', 'Fitzpatrick', 'Mcinerney', 'Tunstall', 'Hocking', 'Trengove', 'Saunders', 'Eldridge', 'Waaka']),
    'in': (['Hrithik', 'Rakesh', 'Santosh', 'Keerthi', 'Anil', 'Tanmay', 'Ketan', 'Indrani', 'Lalita', 'Mohini', 'Niranjan', 'Prasanna', 'Rukmini', 'Sharmila', 'Tushar', 'Urvashi'],
           ['Kadam', 'Chavan', 'Yadav', 'Ghatge', 'Ahluwalia', 'Sodhi', 'Walia', 'Tripathi', 'Parekh', 'Hiremath', 'Karandikar', 'Jog', 'Lele', 'Bapat', 'Khare', 'Gadgil', 'Rana']),
    'sa': (['Fahad', 'Anum', 'Arif', 'Mizanur', 'Shahidul', 'Sanduni', 'Chathura', 'Nimali', 'Farhan'],
           ['Sheikh', 'Rahmani', 'Pathirana', 'Ranasinghe', 'Jayasuriya']),
    'za': (['Katlego', 'Nokwanda', 'Sindisiwe', 'Lwandile', 'Sakhile', 'Ntokozo'],
           ['Madonsela', 'Shongwe', 'Makgoba', 'Mlambo', 'Zikalala', 'Gqola', 'Engelbrecht']),
    'pl': (['Lech', 'Dominika', 'Łucja', 'Rafał', 'Ewa', 'Michalina', 'Patryk', 'Mikołaj', 'Justyna'],
           ['Kędzierski', 'Bartkowiak', 'Kalinowski', 'Rutkowska', 'Laskowska', 'Wojtaszek', 'Szczygieł', 'Sienkiewicz', 'Mrozek', 'Gajewski', 'Dziedzic']),
    'fi': (['Arja', 'Aarni', 'Aleksanteri', 'Janne', 'Jukka', 'Timo', 'Kaisla', 'Leevi'], ['Vänskä', 'Lehtinen', 'Koskela', 'Rinne', 'Salonen']),
    'se': (['Ester', 'Mats', 'Jenny', 'Pernilla', 'Lena', 'Fredrik', 'Kajsa', 'Joel', 'Elias', 'Selma', 'Isak', 'Tuva', 'Vidar', 'Alma'],
           ['Eklund', 'Jonsson', 'Lindström', 'Ljung', 'Persson']),
    'tr': (['Ertuğrul', 'Aylin', 'Metin', 'Nesrin', 'Hilal', 'Serdar', 'Murat', 'Efe', 'Arda', 'Emir'],
           ['Erdoğdu', 'Tanrıverdi', 'Günay', 'Kaplanoğlu', 'Kocaman', 'Çelikkol', 'Kurtoğlu', 'Erbaş', 'Aktaş']),
    'ru': (['Kirill', 'Maxim', 'Daria', 'Olga', 'Vadim', 'Nikita'], ['Grigoriev', 'Belova', 'Pavlov', 'Fedorova', 'Orlov']),
    'ea2': (['Jingwen', 'Kaiyuan', 'Sho', 'Kritsada', 'Hidayah'], ['Qiao', 'Cui', 'Jalil']),
}
KR_GIVEN = ['Na-rae', 'Chan-ho', 'Sol-bi', 'Bit-na', 'Seul-gi', 'Ui-jin', 'Ah-reum', 'Dan-bi', 'Ro-un', 'Hyo-rin', 'Sae-byeok', 'Geon-u', 'Seung-hee', 'Eun-kyung', 'Young-ho', 'Jae-sung', 'Yu-jin', 'Gun-woo']
KR_FAMILY = ['Ryeo', 'Pae', 'Gyeon', 'Yeop', 'Jeom']
SG_NAMES = ['Chng Jiaying', 'Lam Zhiming', 'Lam Shuting', 'Aloysius Chng', 'Chng Xinhui', 'Lam Kaiwen', 'Chng Peishan', 'Lam Yiling', 'Lam Jiale', 'Nurhidayah Binte Roslan', 'Chng Zhenghao', 'Lam Huiling', 'Chng Ruiqi', 'Lam Junwei', 'Chng Wenhui']
GLOBAL = [k for k in NAMES]


def fullname(cult=None, middle=False):
    if cult == 'kr':
        f, g = ch(KR_FAMILY), ch(KR_GIVEN)
        return ch([f + ' ' + g, g + ' ' + f, g + ' ' + f])
    if cult == 'sg':
        return ch(SG_NAMES)
    if cult is None:
        cult = ch(GLOBAL)
    fs, ls = NAMES[cult]
    n = ch(fs) + ' '
    if middle and R.random() < 0.5:
        n += ch('ABCDEGHJKLMNPRST') + '. '
    elif middle:
        n += ch(fs) + ' '
    return n + ch(ls)


def P(cult=None, middle=None, caps=0.04, form=None):
    if middle is None:
        middle = R.random() < 0.12
    n = fullname(cult, middle)
    if form == 'first':
        n = n.split()[0]
    elif form == 'last':
        n = n.split()[-1]
    if R.random() < caps:
        n = n.upper()
    return ('PERSON', n)


PLACES = {
    'uk': ['Kirkby Lonsdale', 'Lostwithiel', 'Holsworthy', 'Wincanton', 'Bridgnorth', 'Church Stretton', 'Llanwrtyd Wells', 'Portsoy', 'Kingussie', 'Auchterarder', 'Haltwhistle', 'Rothbury', 'Much Wenlock', 'Stow-on-the-Wold', 'Kirkby Stephen', 'Clovelly', 'Aberaeron', 'Wirksworth', "Bishop's Castle", 'Leominster', 'Ilfracombe', 'Penrith', 'Frome'],
    'us': ['Walsenburg', 'Raton', 'Truth or Consequences', 'Alpine', 'Fredericksburg', 'Opelousas', 'Thibodaux', 'Bogalusa', 'Yazoo City', 'Clarksdale', 'Cullman', 'Statesboro', 'Blowing Rock', 'Elkins', 'Chillicothe', 'Ashtabula', 'Houghton', 'Brainerd', 'Hibbing', 'Spearfish', 'Sheridan', 'Rawlins', 'Silver City', 'Ketchum', 'Lewisburg', 'Zanesville'],
    'au': ['Cunnamulla', 'Emerald', 'Ayr', 'Tully', 'Biloela', 'Dalby', 'Swan Hill', 'Wonthaggi', 'Bellingen', 'Port Fairy', 'Kyogle', 'Nimbin', 'Coffs Harbour', 'Nambucca Heads', 'Wauchope', 'Dungog', 'Kurri Kurri', 'Gulgong', 'Molong', 'Canowindra', 'Grenfell', 'Temora', 'Cootamundra', 'Junee', 'Narrandera', 'Cobar', 'Bourke', 'Walgett', 'Lightning Ridge', 'Coonabarabran', 'Walcha', 'Uralla', 'Guyra'],
    'ca': ['Trois-Pistoles', 'Chibougamau', 'Wawa', 'Swift Current', 'Drumheller', 'Dawson Creek', 'Salmon Arm', 'Amqui', 'Montmagny', 'Lévis', 'Cowansville', 'La Tuque', 'Roberval', 'Arnprior', 'Renfrew', 'Smiths Falls', 'Picton', 'Tillsonburg', 'Leamington', 'Strathroy', 'Kincardine'],
    'in': ['Bhimavaram', 'Ongole', 'Chikkamagaluru', 'Hospet', 'Balasore', 'Begusarai', 'Miraj', 'Ichalkaranji', 'Baramati', 'Ahmednagar', 'Yavatmal', 'Parbhani', 'Hingoli', 'Jalna', 'Malegaon', 'Bhusawal', 'Khandwa', 'Burhanpur', 'Neemuch', 'Shivpuri', 'Damoh', 'Katni', 'Chhindwara', 'Betul', 'Vidisha', 'Sehore'],
    'es': ['Villarrobledo', 'Lepe', 'Ayamonte', 'Miranda de Ebro', 'Villanueva de la Serena', 'Don Benito', 'Coria', 'Almuñécar', 'Vélez-Málaga', 'Barbate', 'Arcos de la Frontera', 'Moguer', 'Aracena', 'Ribadesella', 'Luarca', 'Tineo', 'Langreo', 'Tolosa', 'Azpeitia', 'Zarautz', 'Hondarribia', 'Bermeo', 'Gernika', 'Tafalla', 'Fraga', 'Palafrugell'],
    'it': ['Sansepolcro', 'Città di Castello', 'Casale Monferrato', 'Tortona', 'Chiari', 'Desenzano del Garda', 'Brunico', 'Monfalcone', 'Castelfranco Veneto', 'Conegliano', 'Piombino', 'Civitavecchia', 'Manfredonia'],
    'pl': ['Nowy Targ', 'Oleśnica', 'Lubin', 'Jelenia Góra', 'Biała Podlaska'],
    'fi': ['Kaarina', 'Kalajoki', 'Raasepori', 'Sastamala', 'Eura', 'Siilinjärvi', 'Oulainen', 'Muhos', 'Kempele', 'Liminka', 'Keminmaa', 'Pello', 'Utsjoki'],
    'se': ['Torsby', 'Fagersta', 'Flen', 'Vingåker', 'Söderköping', 'Gränna', 'Övertorneå', 'Gnosjö', 'Marstrand', 'Båstad', 'Nybro', 'Emmaboda'],
    'tr': ['Bozüyük', 'Elmalı', 'Ceyhan', 'Kozan', 'Siverek', 'Viranşehir'],
    'za': ['Graskop', 'Stilbaai', 'Hartbeespoort', 'Cullinan', 'Bronkhorstspruit', 'Nongoma', 'Fort Beaufort', 'Somerset East', 'Jansenville', 'Willowmore', 'Uniondale', 'Riversdale', 'Struisbaai', 'Gansbaai', 'Riebeek Kasteel'],
    'sg': ['Jalan Kayu', 'Lim Chu Kang', 'Potong Pasir', 'Pasir Panjang', 'Farrer Park', 'Upper Thomson', 'Sin Ming', 'Tiong Bahru'],
    'kr': ['Yeoju', 'Anseong', 'Osan', 'Goseong', 'Cheorwon'],
    'country': ['Tuvalu', 'Nauru', 'Cabo Verde', 'Faroe Islands', 'Bermuda', 'Trinidad and Tobago', 'Dominica', 'Costa Rica', 'El Salvador'],
}
STATES = ['Wyoming', 'Vermont', 'Montana', 'Idaho', 'Nebraska', 'Kansas', 'Delaware', 'Maine']
STREETS_EN = ['Hollybush Lane', 'Juniper Court', 'Birchwood Terrace', 'Jacaranda Crescent', 'Stringybark Way', 'Gallipoli Parade', 'Tern Close', 'Larkspur Avenue', 'Millstream Road', 'Cobblers Row', 'Saddleback Lane']


def L(region=None):
    if region is None:
        region = ch(['uk', 'us', 'au', 'ca', 'in', 'es', 'it', 'za', 'country', 'fi', 'se', 'tr', 'pl'])
    return ('LOCATION', ch(PLACES[region]))


def street(apt=0.25):
    s = '%d %s' % (R.randint(2, 2990), ch(STREETS_EN))
    if R.random() < apt:
        s = ch(['Unit %d, ', 'Apt %d, ', 'Flat %d, ']) % R.randint(1, 40) + s
    return ('LOCATION', s)


ORGS = {
    'pty': ['Bluegum Joinery Pty Ltd', 'Red Gully Vineyards Pty Ltd', 'Mallee Grain Pty Ltd', 'Tanami Drilling Pty Ltd', 'Brolga Solar Pty Ltd', 'Wirraway Electrical Pty Ltd'],
    'med': ['Cedar Hollow Medical Centre', 'Ironstone Medical Centre', 'Wansbeck Medical Centre', "St. Oswin's Hospital", "St. Gwladys Hospital", 'Mercy Ridge Hospital'],
    'tel': ['Nimbus Telecom', 'Kestrelnet Telecom', 'Auroral Telecom', 'Tidewave Telecom'],
    'log': ['Ridgeback Logistics', 'Obsidian Logistics', 'Pelorus Logistics', 'Copperhead Logistics'],
    'big': ['DHL', 'FedEx', 'Intel', 'HubSpot', 'Reliance Industries', 'Flipkart', 'LG Electronics', 'Aramco', 'H&M', 'Boeing', 'Rio Tinto', 'BHP', 'Fortescue', 'Woodside', 'Enel', 'CapitaLand', 'Tata Steel', 'Bajaj Auto', 'Posco', 'Mitsubishi'],
    'bank': ['FNB', 'Starling Bank', 'NatWest', 'Citibank', 'Capital One', 'Hana Bank'],
    'it': ['Vetreria Lunardi S.r.l.', 'Oleificio Sgarbi S.r.l.', 'Lunardi & Figli S.p.A.'],
    'es': ['Conservas Urkiola S.L.', 'Talleres Anduiza S.A.'],
    'pl': ['Kopytko sp. z o.o.'],
}


def O(kind=None):
    if kind is None:
        kind = ch(['pty', 'med', 'tel', 'log', 'big', 'big', 'bank'])
    return ('ORGANIZATION', ch(ORGS[kind]))


NRPS = {'faith': ['Sikh', 'Buddhist', 'Muslim', 'Anglican', 'Methodist', 'Baptist', 'Greek Orthodox', 'Mormon', 'Quaker'],
        'party': ['Republican', 'Labour', 'Conservative', 'Green', 'Libertarian'],
        'nat': ['Ghanaian', 'Kenyan', 'Filipino', 'Vietnamese', 'Lebanese', 'Ukrainian', 'Nigerian', 'Sri Lankan', 'Maori', 'Lithuanian']}


def N(kind=None):
    return ('NRP', ch(NRPS[kind or ch(['faith', 'nat'])]))


WEBMAIL = ['kelpforest.net', 'wombatmail.com.au', 'larchmere.org.uk', 'pinecrestmail.us', 'quillon.io', 'brackenridge.de', 'ostrica.it', 'sardinha.pt', 'mirabelle.fr', 'kolibri.pl', 'hjortron.se', 'mustikka.fi', 'leylak.com.tr', 'impala-net.co.za', 'merlion-mail.sg', 'hanbit.kr', 'tulsi-mail.in', 'maplewave.ca', 'cactusmail.mx']
CORPDOM = ['bluegumjoinery.com.au', 'redgully.com.au', 'malleegrain.com.au', 'cedarhollowmc.org', 'nimbustelecom.net', 'ridgeback-logistics.co.uk', 'obsidianlogistics.com', 'sgarbi.it', 'lunardi-vetro.it', 'urkiola.es', 'kopytko.pl', 'tanamidrilling.com.au', 'brolgasolar.com.au', 'pelorus-logistics.nz', 'tidewave.net']

def slug(s):
    s = s.lower().replace('ł', 'l').replace('đ', 'd').replace('ı', 'i').replace('ø', 'o')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return ''.join(c for c in s if c.isalnum() or c in ' -.').replace("'", '')


def email_for(name=None, dom=None):
    if name is None:
        name = fullname()
    parts = [slug(x).replace('.', '') for x in name.split() if len(x.strip('.')) > 1] or ['user']
    f, l = parts[0].replace('-', ''), parts[-1].replace('-', '')
    loc = ch([f + '.' + l, f[0] + l, f + l[0], l + str(R.randint(1, 999)), f + '_' + l + str(R.randint(10, 99)), f + '.' + l + '+' + ch(['work', 'bills', 'shop']), l + '.' + f])
    dom = dom or ch(WEBMAIL + CORPDOM)
    return ('EMAIL_ADDRESS', loc + '@' + dom)


URL_DOMS = CORPDOM + ['portal.nimbustelecom.net', 'shop.redgully.com.au', 'careers.obsidianlogistics.com', 'help.tidewave.net']
URL_PATHS = ['/login', '/account/verify', '/invoices/%d' % 0, '/track?id=%s', '/reset?code=%s', '/u/%s', '/booking/%s/edit', '/claims/new', '/docs/onboarding.pdf', '']


def U(dom=None):
    dom = dom or ch(URL_DOMS)
    p = ch(URL_PATHS)
    if '%s' in p:
        p = p % ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(R.randint(6, 12)))
    elif p.startswith('/invoices'):
        p = '/invoices/%d' % R.randint(1000, 99999)
    pre = ch(['https://', 'https://', 'https://www.', 'http://', 'www.', ''])
    if pre == '' and p == '':
        p = '/home'
    return ('URL', pre + dom + p)


def social(name):
    s = slug(name).replace('.', '').replace('  ', ' ').replace(' ', ch(['', '-', '.']))
    return ('URL', ch(['https://www.linkedin.com/in/', 'https://github.com/', 'https://x.com/', 'https://www.behance.net/']) + s)


# ---- identifiers ---------------------------------------------------------------

def ssn():
    a, b, c = C.ssn(R)
    return ('US_SSN', ch([a + '-' + b + '-' + c] * 7 + [a + ' ' + b + ' ' + c] * 2 + [a + b + c] * 2))


def itin():
    a, b, c = C.itin(R)
    return ('US_ITIN', ch([a + '-' + b + '-' + c] * 5 + [a + b + c] * 3 + [a + ' ' + b + ' ' + c]))


def us_passport():
    return ('US_PASSPORT', ch([str(R.randint(1, 9)) + rd(8), ch('ACEFHKMNPRWXZ') + rd(8)]))


def us_dl():
    k = R.randint(0, 6)
    if k == 0: v = ch(string.ascii_uppercase) + rd(7)
    elif k == 1: v = ch(string.ascii_uppercase) + rd(12)
    elif k == 2: v = rd(9)
    elif k == 3: v = rd(8)
    elif k == 4: v = ch(string.ascii_uppercase) + rd(3) + '-' + rd(4) + '-' + rd(4)
    elif k == 5: v = ''.join(ch(string.ascii_uppercase) for _ in range(7)) + rd(3) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase)
    else: v = ch(string.ascii_uppercase) + rd(3) + '-' + rd(3) + '-' + rd(2) + '-' + rd(3) + '-' + rd(1)
    return ('US_DRIVER_LICENSE', v)


def npi(): return ('US_NPI', C.npi(R))
def mbi(): return ('US_MBI', C.mbi(R, dash=R.random() < 0.5))
def bank(): return ('US_BANK_NUMBER', str(R.randint(1, 9)) + rd(R.randint(7, 16)))
def dea(): return ('MEDICAL_LICENSE', C.dea(R))


def nhs():
    d = C.nhs(R)
    return ('UK_NHS', ch([grp(d, [3, 3, 4])] * 6 + [d] * 3 + [grp(d, [3, 3, 4], '-')]))


def nino():
    bad1, bad2 = 'DFIQUV', 'DFIOQUV'
    while True:
        a, b = ch(string.ascii_uppercase), ch(string.ascii_uppercase)
        if a not in bad1 and b not in bad2 and a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d = rd(6); s = ch('ABCD')
    return ('UK_NINO', ch([a + b + ' ' + grp(d, [2, 2, 2]) + ' ' + s, a + b + d + s, a + b + d + s]))


def tfn():
    d = C.tfn(R)
    return ('AU_TFN', ch([grp(d, [3, 3, 3])] * 3 + [d]))


def abn():
    d = C.abn(R)
    return ('AU_ABN', ch([grp(d, [2, 3, 3, 3])] * 3 + [d]))


def acn():
    d = C.acn(R)
    return ('AU_ACN', ch([grp(d, [3, 3, 3])] * 3 + [d]))


def medicare():
    d = C.medicare(R)
    return ('AU_MEDICARE', ch([grp(d, [4, 5, 1])] * 4 + [d]))


def za_id(): return ('ZA_ID_NUMBER', C.za_id(R))


def sin():
    d = C.sin(R)
    return ('CA_SIN', ch([grp(d, [3, 3, 3]), grp(d, [3, 3, 3], '-'), d]))


def pan(): return ('IN_PAN', C.pan(R))


def aadhaar():
    d = C.aadhaar(R)
    return ('IN_AADHAAR', ch([grp(d, [4, 4, 4])] * 6 + [d] * 3 + [grp(d, [4, 4, 4], '-')]))


def voter(): return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + rd(7))
def in_passport(): return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + rd(6))


def nric():
    while True:
        v = C.nric(R)
        if v[0] in 'ST':
            return ('SG_NRIC_FIN', v)


def rrn():
    d = C.kr_rrn(R)
    return ('KR_RRN', d[:6] + '-' + d[6:] if R.random() < 0.85 else d)


def pesel(): return ('PL_PESEL', C.pesel(R))
def cf(): return ('IT_FISCAL_CODE', C.cf(R))
def piva(): return ('IT_VAT_CODE', C.piva(R))


def nif():
    d = C.nif(R)
    return ('ES_NIF', d[:-1] + '-' + d[-1] if R.random() < 0.25 else d)


def nie():
    d = C.nie(R)
    return ('ES_NIE', d[:-1] + '-' + d[-1] if R.random() < 0.25 else d)


def pnr():
    return ('SE_PERSONNUMMER', C.se_pnr(R, long=R.random() < 0.45))


def hetu():
    y = R.randint(1942, 2016); m = R.randint(1, 12); dd = R.randint(1, 28)
    mk = ch('-YXWVU') if y < 2000 else ch('ABCDEF')
    if R.random() < 0.55:
        mk = '-' if y < 2000 else 'A'
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + mk + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def tckn(): return ('TR_NATIONAL_ID', C.tr_id(R))


IBAN_CC = ['DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'IT', 'PL', 'PT', 'IE', 'AT', 'CH', 'SE', 'FI', 'DK', 'NO', 'TR', 'AE']


def iban(cc=None):
    v = C.iban(R, cc or ch(IBAN_CC))
    return ('IBAN_CODE', C.group(v, 4) if R.random() < 0.5 else v)


def card(kind=None):
    kind = kind or ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    v = C.card(R, kind)
    if kind == 'amex':
        return ('CREDIT_CARD', ch([grp(v, [4, 6, 5]), grp(v, [4, 6, 5], '-'), v]))
    if len(v) == 16:
        return ('CREDIT_CARD', ch([C.group(v, 4)] * 4 + [C.group(v, 4, '-')] * 2 + [v] * 3))
    return ('CREDIT_CARD', v)


def crypto():
    return ('CRYPTO', C.btc(R, ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))


def ipv4(kind=None):
    kind = kind or ch(['pub', 'pub', 'pub', 'ten', 'oneseven', 'oneninetwo'])
    if kind == 'ten': v = '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif kind == 'oneseven': v = '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    elif kind == 'oneninetwo': v = '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    else: v = '%d.%d.%d.%d' % (ch([23, 31, 45, 62, 78, 81, 89, 103, 117, 134, 146, 158, 176, 185, 193, 203, 212, 217]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def ipv6():
    g = ['%x' % R.randint(0, 0xffff) for _ in range(8)]
    k = R.randint(0, 3)
    if k == 0: v = ':'.join(g)
    elif k == 1: v = '2001:db8:%s::%s' % (g[2], g[7])
    elif k == 2: v = '::ffff:' + ipv4('pub')[1]
    else: v = 'fe80::%s:%s:%s:%s' % tuple(g[4:])
    return ('IP_ADDRESS', v)


def ip():
    return ipv4() if R.random() < 0.75 else ipv6()


def mac():
    b = ['%02X' % R.randint(0, 255) for _ in range(6)]
    k = R.randint(0, 4)
    if k == 0: v = ':'.join(b)
    elif k == 1: v = ':'.join(b).lower()
    elif k == 2: v = '-'.join(b)
    elif k == 3: v = '-'.join(b).lower()
    else: v = '.'.join((''.join(b[i:i + 2])).lower() for i in (0, 2, 4))
    return ('MAC_ADDRESS', v)


# ---- phones ------------------------------------------------------------------

def phone(cc=None):
    cc = cc or ch(['us', 'us', 'uk', 'au', 'in', 'za', 'es', 'it', 'pl', 'fi', 'se', 'tr', 'kr', 'sg', 'ca', 'fr', 'de', 'mx', 'ng'])
    if cc in ('us', 'ca'):
        a = str(R.randint(2, 9)) + rd(2); b = str(R.randint(2, 9)) + rd(2); c = rd(4)
        v = ch(['%s-%s-%s', '(%s) %s-%s', '+1 (%s) %s-%s', '+1 %s %s %s', '%s.%s.%s', '+1-%s-%s-%s']) % (a, b, c)
    elif cc == 'uk': v = ch(['+44 7%s %s' % (rd(3), rd(6)), '07%s %s' % (rd(3), rd(6)), '+44 20 %s %s' % (rd(4), rd(4))])
    elif cc == 'au': v = ch(['+61 4%s %s %s' % (rd(2), rd(3), rd(3)), '04%s %s %s' % (rd(2), rd(3), rd(3)), '(02) %s %s' % (rd(4), rd(4))])
    elif cc == 'in': v = ch(['+91 %s %s' % (str(R.randint(6, 9)) + rd(4), rd(5)), '+91-%s' % (str(R.randint(6, 9)) + rd(9)), '0%s %s' % (str(R.randint(6, 9)) + rd(4), rd(5))])
    elif cc == 'za': v = ch(['+27 %d %s %s' % (R.randint(60, 84), rd(3), rd(4)), '0%d %s %s' % (R.randint(60, 84), rd(3), rd(4))])
    elif cc == 'es': v = ch(['+34 6%s %s %s' % (rd(2), rd(3), rd(3)), '6%s %s %s' % (rd(2), rd(2), rd(2) + ' ' + rd(2)), '+34 9%s %s %s %s' % (rd(1), rd(3), rd(2), rd(2))])
    elif cc == 'it': v = ch(['+39 3%s %s %s' % (rd(2), rd(3), rd(4)), '3%s %s' % (rd(2), rd(7)), '+39 06 %s %s' % (rd(4), rd(4))])
    elif cc == 'pl': v = ch(['+48 %s %s %s' % (str(R.randint(5, 8)) + rd(2), rd(3), rd(3)), '+48 %s-%s-%s' % (str(R.randint(5, 8)) + rd(2), rd(3), rd(3)), '%s %s %s' % (str(R.randint(5, 8)) + rd(2), rd(3), rd(3))])
    elif cc == 'fi': v = ch(['+358 40 %s %s' % (rd(3), rd(4)), '050 %s %s' % (rd(3), rd(4)), '+358 44 %s' % rd(7)])
    elif cc == 'se': v = ch(['+46 70 %s %s %s' % (rd(3), rd(2), rd(2)), '073-%s %s %s' % (rd(3), rd(2), rd(2)), '+46 8 %s %s' % (rd(3), rd(3))])
    elif cc == 'tr': v = ch(['+90 5%s %s %s %s' % (rd(2), rd(3), rd(2), rd(2)), '05%s %s %s %s' % (rd(2), rd(3), rd(2), rd(2))])
    elif cc == 'kr': v = ch(['+82 10-%s-%s' % (rd(4), rd(4)), '010-%s-%s' % (rd(4), rd(4)), '+82 31-%s-%s' % (rd(3), rd(4))])
    elif cc == 'sg': v = ch(['+65 %s %s' % (ch('89') + rd(3), rd(4)), '+65 6%s %s' % (rd(3), rd(4)), ch('89') + rd(3) + ' ' + rd(4)])
    elif cc == 'fr': v = ch(['+33 6 %s %s %s %s' % (rd(2), rd(2), rd(2), rd(2)), '07 %s %s %s %s' % (rd(2), rd(2), rd(2), rd(2))])
    elif cc == 'de': v = ch(['+49 151 %s' % rd(8), '+49 30 %s %s' % (rd(4), rd(4)), '0176 %s' % rd(8)])
    elif cc == 'mx': v = '+52 %s %s %s' % (ch(['33', '81', '55']), rd(4), rd(4))
    else: v = '+234 %s %s %s' % (ch(['803', '806', '813', '905']), rd(3), rd(4))
    return ('PHONE_NUMBER', v)


# ---- dates ---------------------------------------------------------------------

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
MESI = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
MIES = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']
AY = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']
MAN = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
KUU = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta']


def D(kind='any', lang='en', y0=2019, y1=2027):
    """A date (or date and time) as DATE_TIME. kind: 'dob' for birth dates."""
    if kind == 'dob':
        y0, y1 = 1944, 2006
    y, m, d = R.randint(y0, y1 - 1), R.randint(1, 12), R.randint(1, 28)
    hh, mm = R.randint(7, 20), ch([0, 10, 15, 20, 30, 40, 45, 50])
    if lang == 'es': return ('DATE_TIME', '%d de %s de %d' % (d, MES[m - 1], y))
    if lang == 'it': return ('DATE_TIME', ch(['%d %s %d' % (d, MESI[m - 1], y), '%02d/%02d/%d' % (d, m, y)]))
    if lang == 'pl': return ('DATE_TIME', ch(['%d %s %d' % (d, MIES[m - 1], y), '%02d.%02d.%d' % (d, m, y)]))
    if lang == 'tr': return ('DATE_TIME', ch(['%d %s %d' % (d, AY[m - 1], y), '%02d.%02d.%d' % (d, m, y)]))
    if lang == 'se': return ('DATE_TIME', ch(['%d %s %d' % (d, MAN[m - 1], y), '%d-%02d-%02d' % (y, m, d)]))
    if lang == 'fi': return ('DATE_TIME', ch(['%d. %s %d' % (d, KUU[m - 1], y), '%d.%d.%d' % (d, m, y)]))
    opts = ['%02d/%02d/%d' % (d, m, y), '%02d/%02d/%d' % (m, d, y), '%d-%02d-%02d' % (y, m, d),
            '%d %s %d' % (d, MONTHS[m - 1], y), '%s %d, %d' % (MONTHS[m - 1], d, y), '%s %d, %d' % (MONTHS[m - 1][:3], d, y),
            '%02d.%02d.%d' % (d, m, y), '%d-%s-%d' % (d, MONTHS[m - 1][:3].upper(), y), '%d/%d/%d' % (m, d, y)]
    if kind != 'dob':
        ap = 'AM' if hh < 12 else 'PM'
        h12 = hh if hh <= 12 else hh - 12
        opts += ['%s, %s %d' % (ch(DAYS), MONTHS[m - 1], d), '%s %d at %d:%02d %s' % (MONTHS[m - 1], d, h12, mm, ap),
                 '%d-%02d-%02d %02d:%02d' % (y, m, d, hh, mm), '%s %d' % (ch(DAYS), d) if False else '%s %d %s' % (ch(DAYS)[:3], d, MONTHS[m - 1][:3]),
                 '%d %s %d, %02d:%02d' % (d, MONTHS[m - 1], y, hh, mm)]
    return ('DATE_TIME', ch(opts))


def T():
    """A time of day alone."""
    hh, mm = R.randint(7, 21), ch([0, 15, 30, 45, 5, 20])
    return ('DATE_TIME', ch(['%02d:%02d' % (hh, mm), '%d:%02d %s' % (hh if hh <= 12 else hh - 12, mm, 'am' if hh < 12 else 'pm'), '%d%s' % (hh if hh <= 12 else hh - 12, 'am' if hh < 12 else 'pm')]))


# ---- templates -------------------------------------------------------------------
# Each template returns its parts (plain strings and (type, value) pairs);
# t(n) registers it to be drawn n times.

TEMPLATES = []


def t(n, clean=False):
    def reg(fn):
        TEMPLATES.append((n, fn, clean))
        return fn
    return reg


def S():
    return ('LOCATION', ch(STATES))


# US: SSN, ITIN, passport, licence, bank, NPI, MBI, DEA

@t(2)
def us_w2():
    return ['Can you check whether this W-2 looks right? Employee: ', P('us'), ', SSN ', ssn(),
            ', address ', street(), ', ', L('us'), ', ', S(), '.']


@t(2)
def us_ssn_landlord():
    return ['my ssn is ', ssn(), ' and my date of birth is ', D('dob'), ' - is it safe to give these to a landlord in ', L('us'), '?']


@t(2)
def us_bgcheck():
    return ['Background check consent\nApplicant: ', P('us'), ' | SSN: ', ssn(), ' | DOB: ', D('dob'), ' | Phone: ', phone('us')]


@t(1)
def us_kv():
    return ['name=', P('us'), ' ssn=', ssn(), ' state=', S(), ' acct=', bank(), ' status=pending_review']


@t(2)
def us_refund_dd():
    return [P('us'), ' (SSN ', ssn(), ') wants the refund direct-deposited. Routing is on file, account number ', bank(), '. Please confirm by email to ', email_for(), '.']


@t(2)
def us_payroll_switch():
    return ['Payroll switch for ', P(), ' (SSN ', ssn(), '): old account ', bank(), ', new account ', bank(), ', effective ', D(), '.']


@t(1)
def us_ach_line():
    return ['Bank statement line: "ACH CREDIT ', O('bank'), ' ACCT ', bank(), '" - what does this mean and is it a scam?']


@t(4)
def us_itin_family():
    return ["I'm filing jointly with my wife ", P(), '. Her ITIN is ', itin(), ' and mine is ', itin(), '. We live in ', L('us'), ', ', S(), '. Which form do we need?']


@t(2)
def us_itin_letter():
    return ['Draft a short cover letter for the ITIN renewal of ', P(), ' (', itin(), '), whose number lapses on ', D(), '.']


@t(3)
def us_itin_client():
    return ['Does an ITIN like ', itin(), ' always start with a 9? Asking because my client ', P(), ' got a letter from the tax office.']


@t(3)
def us_pp_travel():
    return ['Travel desk: ', P(), ' (passport ', us_passport(), ') departs ', L(), ' on ', D(), ' for ', L('country'), '.']


@t(1)
def us_pp_lost():
    return ['Lost passport report - holder ', P('us'), ', passport number ', us_passport(), ', last seen at the hotel in ', L(), '. What do I do first?']


@t(2)
def us_pp_ff():
    return ['Please add passport ', us_passport(), " to ", P(), "'s frequent-flyer profile; contact email ", email_for(), '.']


@t(2)
def us_dl_cite():
    return ['Got pulled over outside ', L('us'), '. The officer wrote down license ', us_dl(), ' for ', P('us'), '. Can you explain what a "failure to yield" citation means?']


@t(3)
def us_dl_rental():
    return ['Car rental pickup\ndriver: ', P(), '\nDL#: ', us_dl(), ' (', S(), ')\nDOB: ', D('dob'), '\npassport: ', us_passport()]


@t(2)
def us_dl_quote():
    return ['Insurance quote request: primary driver ', P('us'), ', SSN ', ssn(), ', licence ', us_dl(), ', vehicle garaged at ', street(), ', ', L('us'), '.']


@t(3)
def us_npi_valid():
    return ['Is NPI ', npi(), ' valid? It belongs to Dr. ', P(), ' at ', O('med'), ', DEA ', dea(), '.']


@t(2)
def us_npi_referral():
    return ['Referral - PCP Dr. ', P(form='last'), ', NPI ', npi(), '; patient ', P(), ', DOB ', D('dob'), ', phone ', phone('us'), '.']


@t(4)
def us_mbi_visit():
    return ['Medicare beneficiary ', P(), ' - MBI ', mbi(), '. Visit date ', D(), '. Rendering NPI ', npi(), '.']


@t(4)
def us_mbi_denied():
    return ['why would a claim for MBI ', mbi(), ' be denied?? patient is ', P(), ', rendering npi ', npi(), ', lives in ', L('us'), ', ', S()]


@t(2)
def us_mbi_card():
    return ["My mom's new Medicare card shows ", mbi(), '. Her name is ', P(), '. Can I use the number to sign her up online?']


@t(3)
def us_dea_pharm():
    return ['Pharmacist note: prescriber Dr. ', P(), ', DEA ', dea(), ', phoned in a script for ', P(), ' (MBI ', mbi(), ').']


@t(2)
def us_dea_verify():
    return ['Verify DEA registration ', dea(), ' before we fill the order from ', O('med'), '.']


@t(3)
def us_dea_npi():
    return ['DEA# ', dea(), ' and NPI ', npi(), ' both on file for Dr. ', P(form='last'), ' - are these consistent with a practice in ', S(), '?']


@t(2)
def us_ssn_escal():
    return ['Caller claimed to be ', P('us'), ' but gave SSN ', ssn(), ' which does not match the account opened on ', D(), '. Flag or release?']


@t(2)
def us_ssn_typo():
    return ['hey so i typed my social wrong on the form, it should be ', ssn(), ' not what i put. name is ', P(caps=0), ', can u fix']


@t(2)
def us_hr_bank():
    return ['New starter ', P(), ' begins ', D(), ' in our ', L('us'), ' warehouse. SSN ', ssn(), '; pay into account ', bank(), '.']


# UK: NHS, NINO

@t(3)
def uk_nhs_discharge():
    return ['Discharge summary for ', P('uk'), ', NHS ', nhs(), ', seen at ', O('med'), '. Please simplify for the patient.']


@t(3)
def uk_nhs_gp():
    return ['Registering with a GP in ', L('uk'), '. My NHS number is ', nhs(), ' and I was born ', D('dob'), ', does the surgery need anything else?']


@t(3)
def uk_nhs_vacc():
    return ['Vaccination record | ', P(), ' | NHS no: ', nhs(), ' | dose 2 given ', D(), ' | batch FK7731']


@t(3)
def uk_nhs_letter():
    return ['Dear Dr. ', P('uk', form='last'), ', re: your patient ', P(), ' (NHS ', nhs(), '), the MRI is booked and the report will follow.']


@t(1)
def uk_nhs_only():
    return ['what does the last digit of an nhs number like ', nhs(), ' mean? is it a checksum']


@t(3)
def uk_nino_p45():
    return ["I'm leaving my job on ", D(), '. My P45 should show NI number ', nino(), ' under the name ', P('uk'), '. Who do I chase?']


@t(3)
def uk_nino_contract():
    return ['Contractor onboarding - ', P(), ' - National Insurance ', nino(), ' - umbrella company ', O('pty'), ' - ', email_for()]


@t(3)
def uk_nino_pension():
    return ['Pension transfer for ', P('uk'), ' (NINO ', nino(), ') from ', L('uk'), '; call back on ', phone('uk'), '.']


@t(2)
def uk_nino_council():
    return ['Write a short letter to the council in ', L('uk'), ' for ', P(), ', NI no. ', nino(), ', about the council tax refund.']


@t(2)
def uk_nino_hmrc():
    return ['The tax office says ', nino(), ' is not recognised. Is there a pattern the first two letters must follow?']


# Australia: TFN, ABN, ACN, Medicare

@t(3)
def au_tfn_super():
    return ['Super fund form: member ', P('au'), ', TFN ', tfn(), ', employer ', O('pty'), ' (ABN ', abn(), '), residential address ', street(), ', ', L('au'), '.']


@t(4)
def au_tfn_decl():
    return ['TFN declaration for ', P(), ' - ', tfn(), ' - first pay run ', D(), '. Is the tax-free threshold box ticked?']


@t(2)
def au_tfn_casual():
    return ['g\'day, my TFN is ', tfn(), ' and medicare ', medicare(), ' and my boss in ', L('au'), ' keeps saying it is wrong?? name ', P('au', caps=0)]


@t(2)
def au_abn_invoice():
    return ['Tax invoice from ', O('pty'), ' (ABN ', abn(), ', ACN ', acn(), ') to ', P(), '. Does it need GST listed separately?']


@t(4)
def au_abn_acn():
    return ['Company search: ', O('pty'), ', ACN ', acn(), ', ABN ', abn(), ', registered office ', street(), ', ', L('au'), '.']


@t(4)
def au_abn_sole():
    return ['Sole trader ', P('au'), ' quotes ABN ', abn(), ' on the quote for the fence; can I check it anywhere?']


@t(2)
def au_acn_dir():
    return ['Director ID check: ', P(), ' is director of ACN ', acn(), ' and lives in ', L('au'), '. Email ', email_for(), '.']


@t(4)
def au_acn_only():
    return ['Why does the company register show ACN ', acn(), ' as deregistered? The owner, ', P('au'), ', says it traded until ', D(), '.']


@t(4)
def au_medicare_claim():
    return ['Medicare claim - ', P('au'), ', card ', medicare(), ', consult at ', O('med'), ', gap fee $42.']


@t(2)
def au_medicare_baby():
    return ['Adding our newborn to my Medicare card ', medicare(), '. Baby born ', D(), ' at ', O('med'), '. My name: ', P()]


@t(4)
def au_medicare_tfn():
    return ['The benefits form asks for both: Medicare ', medicare(), ', TFN ', tfn(), '. Applicant ', P('au'), ' from ', L('au'), '.']


# Canada SIN, South Africa ID

@t(3)
def ca_sin_t4():
    return ['T4 slip for ', P(), ' shows SIN ', sin(), ' and an address in ', L('ca'), '. Is box 14 right?']


@t(3)
def ca_sin_bank():
    return ['Opening an account at ', O('bank'), ' in ', L('ca'), ' - they want my SIN (', sin(), '). Is that normal? - ', P(caps=0)]


@t(3)
def ca_sin_ei():
    return ['EI application | name: ', P(), ' | SIN: ', sin(), ' | last day worked: ', D(), ' | phone: ', phone('ca')]


@t(2)
def ca_sin_typo():
    return ['new hire ', P(), ' gave sin ', sin(), ' but payroll says it fails validation, can you double check']


@t(2)
def ca_sin_letter():
    return ['Write a reference letter for ', P(), ', who worked with us in ', L('ca'), ' until ', D(), '. Leave out the SIN ', sin(), '.']


@t(3)
def za_id_rica():
    return ['RICA for a new SIM: ', P('za'), ', ID ', za_id(), ', address ', street(0), ', ', L('za'), '.']


@t(3)
def za_id_lease():
    return ['Lease application - tenant ', P('za'), ' (ID no. ', za_id(), '), cell ', phone('za'), ', moving in ', D(), '.']


@t(3)
def za_id_sars():
    return ['The tax e-filing site rejects ID number ', za_id(), ' for ', P(), '. Is the date part of it the birthday?']


@t(2)
def za_id_bank():
    return ['FICA docs received for ', P('za'), ': ID ', za_id(), ', proof of residence from ', L('za'), ', account at ', O('bank'), '.']


@t(2)
def za_id_only():
    return ['Decode this ID number for me: ', za_id(), '. Gender? citizen?']


# India: PAN, Aadhaar, voter ID, passport

@t(4)
def in_pan_aadhaar():
    return ['Salary account opening at ', O('bank'), ' for ', P('in'), ': PAN ', pan(), ', Aadhaar ', aadhaar(), ', branch ', L('in'), ', mobile ', phone('in'), '.']


@t(4)
def in_kyc_yaml():
    n = P('in')
    return ['kyc:\n  holder: ', n, '\n  pan: ', pan(), '\n  aadhaar: "', aadhaar(), '"\n  epic: ', voter(), '\n  passport: ', in_passport(), '\n  city: ', L('in')]


@t(4)
def in_pp_voter():
    return ['Address proof options for ', P('in'), ': voter card ', voter(), ' or passport ', in_passport(), '. Which one is accepted for a gas connection?']


@t(3)
def in_aadhaar_phone():
    return ['Aadhaar ', aadhaar(), ' is linked to an old mobile. New number ', phone('in'), '. How does ', P('in', form='first'), ' update it?']


@t(2)
def in_pan_firm():
    return ['TDS certificate from ', O('big'), ' shows PAN ', pan(), ' - that is not mine, mine ends differently. My name is ', P('in'), '.']


@t(3)
def in_csv():
    rows = ['name,pan,aadhaar,city\n']
    for _ in range(2):
        rows += [P('in'), ',', pan(), ',', aadhaar(), ',', L('in'), '\n']
    return ['Sort this by city:\n'] + rows[:-1]


@t(4)
def in_voter_only():
    return ['EPIC number ', voter(), ' shows polling booth in ', L('in'), ' but I moved. How do I transfer?']


@t(2)
def in_pp_dob():
    return ['Passport ', in_passport(), ' issued to ', P('in'), ' has date of birth ', D('dob'), ' but the school certificate says otherwise.']


@t(3)
def in_pp_tatkal():
    return ['Tatkal renewal for ', P(), ', old passport no. ', in_passport(), ', appointment at the passport office on ', D(), '.']


# Singapore NRIC/FIN

@t(3)
def sg_tenancy():
    return ['Tenancy agreement: tenant ', P('sg'), ', NRIC ', nric(), ', unit at ', L('sg'), ', lease starts ', D(), ', email ', email_for(dom='merlion-mail.sg'), '.']


@t(3)
def sg_bank():
    return ['Account opening at ', O('bank'), ' (online application): ', P('sg'), ' / ', nric(), ' / ', phone('sg'), '.']


@t(3)
def sg_cpf():
    return ['Retirement account query - member ', P('sg'), ' (', nric(), ') says contributions stopped after ', D(), '.']


@t(3)
def sg_clinic():
    return ['Polyclinic appointment for ', P('sg'), ' NRIC ', nric(), ' at the ', L('sg'), ' branch.']


@t(3)
def sg_only():
    return ['Is ', nric(), ' a valid NRIC format or a FIN? The checksum letter confuses me.']


# Korea RRN

@t(4)
def kr_rrn_transfer():
    return ['Remittance form: sender ', P('kr'), ', RRN ', rrn(), ', mobile ', phone('kr'), ', branch in ', L('kr'), '.']


@t(3)
def kr_rrn_hospital():
    return ['Hospital registration - ', P('kr'), ' (주민등록번호 ', rrn(), ') admitted ', D(), '.']


@t(3)
def kr_rrn_leak():
    return ['Our logs printed a resident registration number ', rrn(), ' next to ', email_for(), '. How bad is this under the privacy law?']


@t(3)
def kr_rrn_student():
    return ['Exchange student ', P('kr'), ' gave RRN ', rrn(), '; home address ', L('kr'), ', contact ', email_for(), ' / ', phone('kr'), '.']


@t(2)
def kr_rrn_only():
    return ['is ', rrn(), ' a male or female RRN? the 7th digit thing']


# Poland PESEL

@t(3)
def pl_umowa():
    return ['Dane do umowy: ', P('pl'), ', PESEL ', pesel(), ', zam. ', L('pl'), ', tel. ', phone('pl'), '.']


@t(3)
def pl_pacjent():
    return ['Pacjentka ', P('pl'), ' (PESEL ', pesel(), '), ur. ', D('dob', 'pl'), ', skierowana do poradni w ', L('pl'), ', tel. ', phone('pl'), '.']


@t(3)
def pl_en():
    return ['Translate this: "Pan ', P('pl'), ', numer PESEL ', pesel(), ', prosi o zaświadczenie o zatrudnieniu."']


@t(3)
def pl_firma():
    return ['Pracownik ', P('pl'), ' firmy ', O('pl'), ' podał PESEL ', pesel(), ' i e-mail ', email_for(dom=ch(['kolibri.pl', 'kopytko.pl'])), '.']


@t(3)
def pl_check():
    return ['czy PESEL ', pesel(), ' ma poprawną cyfrę kontrolną? to dla ', P('pl', caps=0)]


# Finland henkilötunnus

@t(3)
def fi_kela():
    return ['Tukihakemus: ', P('fi'), ', henkilötunnus ', hetu(), ', osoite ', L('fi'), ', sähköposti ', email_for(dom='mustikka.fi'), '.']


@t(3)
def fi_tyo():
    return ['Uusi työntekijä ', P('fi'), ' (', hetu(), ') aloittaa ', D('any', 'fi'), '.']


@t(3)
def fi_en():
    return ['A new applicant, ', P('fi'), ', wrote her ID as ', hetu(), '. What does the letter in the middle mean?']


@t(3)
def fi_laakari():
    return ['Lähete: potilas ', P('fi'), ', hetu ', hetu(), ', puh. ', phone('fi'), '.']


@t(3)
def fi_kv():
    return ['hetu=', hetu(), ';nimi=', P('fi'), ';kunta=', L('fi')]


# Sweden personnummer

@t(3)
def se_fk():
    return ['Ansökan om bostadsbidrag: ', P('se'), ', personnummer ', pnr(), ', bor i ', L('se'), ', tel. ', phone('se'), '.']


@t(3)
def se_hyra():
    return ['Hyresgäst ', P('se'), ' (', pnr(), ') flyttar in ', D('any', 'se'), '. Mejl: ', email_for(dom='hjortron.se'), '.']


@t(3)
def se_en():
    return ['My colleague ', P('se'), ' gave personnummer ', pnr(), ' for the visa letter. Is the dash before the last four digits required?']


@t(3)
def se_vard():
    return ['Vårdcentralen i ', L('se'), ': patient ', P('se'), ', pnr ', pnr(), ', tel ', phone('se'), '.']


@t(3)
def se_only():
    return ['Validera personnummer ', pnr(), ' enligt Luhn, tack.']


# Turkey TCKN

@t(3)
def tr_sgk():
    return ['İşe giriş bildirgesi: ', P('tr'), ', T.C. kimlik no ', tckn(), ', işe giriş tarihi ', D('any', 'tr'), ', e-posta ', email_for(dom='leylak.com.tr'), '.']


@t(3)
def tr_hastane():
    return ['Hasta ', P('tr'), ' (TCKN ', tckn(), ') ', L('tr'), ' devlet hastanesine sevk edildi. Telefon: ', phone('tr'), '.']


@t(3)
def tr_en():
    return ['Translate: "', P('tr'), ' adına kayıtlı ', tckn(), ' numaralı kimlik kartı kayboldu."']


@t(3)
def tr_kargo():
    return ['Gümrük için kimlik numarası istendi: ', tckn(), ', alıcı ', P('tr'), ', ', L('tr'), '.']


@t(3)
def tr_check():
    return ['TC kimlik ', tckn(), ' algoritmaya uyuyor mu? Sahibi ', P('tr'), '.']


# Italy codice fiscale, partita IVA

@t(4)
def it_cf_piva():
    return ['Fattura da ', O('it'), ', P.IVA ', piva(), ', intestata a ', P('it'), ', C.F. ', cf(), '.']


@t(3)
def it_cf_medico():
    return ['Il paziente ', P('it'), ', codice fiscale ', cf(), ', nato a ', L('it'), ' il ', D('dob', 'it'), ', chiede la ricetta.']


@t(3)
def it_piva_only():
    return ['La partita IVA ', piva(), ' risulta cessata? Il referente è ', P('it'), ' (', email_for(dom=ch(['ostrica.it', 'sgarbi.it', 'lunardi-vetro.it'])), ').']


@t(3)
def it_en():
    return ['A supplier, ', O('it'), ', sent VAT number ', piva(), ' and asked for our PEC. How should I reply?']


@t(3)
def it_cf_affitto():
    return ['Contratto di affitto: conduttore ', P('it'), ', CF ', cf(), ', immobile a ', L('it'), ', decorrenza ', D('any', 'it'), '.']


@t(1)
def it_cf_only():
    return ['come si calcola il carattere di controllo del codice fiscale ', cf(), '?']


# Spain NIF, NIE

@t(3)
def es_nie_alta():
    return ['Alta de empleado: ', P('es'), ', NIE ', nie(), ', domicilio en ', L('es'), ', fecha de alta ', D('any', 'es'), ', correo ', email_for(), '.']


@t(2)
def es_nif_factura():
    return ['Factura emitida por ', O('es'), ' a ', P('es'), ' con NIF ', nif(), '. ¿Falta algún dato?']


@t(5)
def es_nie_nif():
    return ['Tengo NIE ', nie(), ' y ahora me dieron un NIF ', nif(), '. ¿Cuál pongo en la declaración? Soy ', P('es'), '.']


@t(3)
def es_en():
    return ['Our contractor ', P('es'), ' gave NIE ', nie(), ' and phone ', phone('es'), '. Can you draft the welcome email?']


@t(3)
def es_nif_direccion():
    return ['Datos del cliente - ', P('es'), ' - NIF ', nif(), ' - ', ('LOCATION', 'Calle ' + ch(['Alfarería', 'Tinte', 'Horno', 'Lagasca', 'Ribera']) + ' ' + str(R.randint(2, 90))), ', ', L('es')]


@t(3)
def es_nif_check():
    return ['¿La letra del DNI ', nif(), ' es correcta?']


# cards, IBANs, crypto

@t(2)
def cc_double():
    return ['I see two charges of $49.99 on card ', card(), '. My name is ', P(), ', email ', email_for(), '.']


@t(2)
def cc_json():
    return ['{"payer": "', P(), '", "card_number": "', card(), '", "billing_city": "', L(), '", "amount": 120.50}\n\nWhy does the API reject this?']


@t(3)
def cc_lost():
    return ['lost my wallet somewhere in ', L(), ', need to block ', card(), ' right now, what do i do']


@t(2)
def cc_chargeback():
    return ['Chargeback dispute - merchant ', O('big'), ', cardholder ', P(), ', card ', card(), ', transaction on ', D(), '.']


@t(3)
def cc_network():
    return ['Which network issued ', card(), '? The checkout page at ', U(), ' keeps saying "unsupported card".']


@t(2)
def cc_transcript():
    return ['Support chat:\nAgent: Could you confirm the card used?\nCustomer: yes, ', card(), ', under ', P(caps=0), '\nAgent: Thanks, one moment.\n\nSummarise the issue.']


@t(4)
def cc_two():
    return ['Replace the expired card ', card('amex'), ' with ', card(), ' on the account of ', P(), '.']


@t(2)
def ib_invoice():
    return ['Please pay invoice 2231 to IBAN ', iban(), ' (account holder ', O(ch(['pty', 'log', 'it', 'es'])), ') before ', D(), '.']


@t(3)
def ib_rent():
    return ['Rent goes to my landlord ', P(), ', IBAN ', iban(), '. How do I set up a standing order for the first of each month?']


@t(4)
def ib_csv():
    return ['beneficiary;iban;bank\n', P(), ';', iban(), ';', O('bank'), '\n', P(), ';', iban(), ';', O('bank'), '\n\nConvert to JSON.']


@t(3)
def ib_check():
    return ['I think I mistyped my IBAN: ', iban(), ' - can you validate the check digits?']


@t(4)
def ib_sepa():
    return ['SEPA transfer from ', P(), ' (', iban(), ') to ', P(), ' (', iban(), ') came back with code AC04.']


@t(2)
def ib_salary():
    return ['salary for ', P(caps=0), ' should go to ', iban(), ' from now on, please update hr']


@t(3)
def bt_withdraw():
    return ['Withdraw my balance to ', crypto(), ' please, NOT the address I used last time.']


@t(3)
def bt_type():
    return ['Is ', crypto(), ' a SegWit or a legacy address? My wallet only shows one kind.']


@t(3)
def bt_scam():
    return ['Someone in a chat app asked me to send 0.2 BTC to ', crypto(), ' to unlock my account. Who do I report it to? I am ', P(), ' from ', L(), '.']


@t(4)
def bt_donate():
    return ['Write a thank-you footer for our newsletter: donations welcome at ', crypto(), ' (BTC) or ', crypto(), '. - ', P()]


@t(3)
def bt_kv():
    return ['payout_address=', crypto(), ' owner=', email_for(), ' network=mainnet']


# network identifiers

@t(3)
def ip_sshd():
    return ['What is happening here?\n2025-03-14 08:22:10 sshd[2211]: Failed password for root from ', ipv4('pub'), ' port 52211 ssh2\n2025-03-14 08:22:13 sshd[2211]: Failed password for root from ', ipv4('pub'), ' port 52214 ssh2']


@t(2)
def ip_block():
    return ['Firewall change request: block ', ip(), ' and ', ip(), ' - they hammered /wp-login.php overnight. Requested by ', P(), '.']


@t(2)
def ip_ping():
    return ["Why can't I ping ", ipv4('oneninetwo'), ' from ', ipv4('ten'), '? Both are on the same VLAN.']


@t(2)
def ip_session():
    return ['{"session": {"user": "', email_for(), '", "ip": "', ip(), '", "device_mac": "', mac(), '"}, "mfa": true}']


@t(1)
def ip_home():
    return ['my home ip is ', ipv4('pub'), ' - can a website find my street from that?']


@t(2)
def ip_auth():
    return ['auth.log excerpt:\n2024-11-02T09:14:55Z WARN login user=', email_for(), ' src=', ip(), ' reason=bad_password\n2024-11-02T09:15:02Z INFO lockout user=same']


@t(4)
def mac_dhcp():
    return ['DHCP reservation please: ', mac(), ' -> ', ipv4('oneninetwo'), ' (printer on the 2nd floor)']


@t(3)
def mac_oui():
    return ['Which vendor owns the OUI of ', mac(), '? It showed up on the guest Wi-Fi.']


@t(3)
def mac_inv():
    return ['hostname,mac,owner\nlab-ws-07,', mac(), ',', email_for(), '\nlab-ws-08,', mac(), ',', email_for(), '\n\nFind duplicates.']


# URLs, e-mail, phone

@t(3)
def url_parcel():
    return ['Is ', U(), ' legit? Got a text saying my parcel is held and I must pay a fee.']


@t(2)
def url_crm():
    n = P()
    return ['Add ', n, ' to the newsletter list: ', email_for(n[1]), ', portfolio ', social(n[1]), '.']


@t(2)
def url_doc():
    return ['Our onboarding doc lives at ', U(), '; send the link to ', email_for(), '.']


@t(4)
def url_loop():
    return ['Redirect from ', U(), ' to ', U(), ' is looping in the browser. Any idea?']


@t(1)
def em_fwd():
    return ['Forward this thread to ', P(), ' at ', email_for(), ' and cc ', email_for(), ', thanks.']


@t(3)
def em_sig():
    n = P()
    return ['Make this signature shorter:\n--\n', n, '\nSenior Buyer, ', O(), '\nm: ', phone(), '\ne: ', email_for(n[1])]


@t(1)
def em_parcel():
    return ["Reply to ", P(), "'s complaint: the driver from ", O('log'), ' left the parcel in the rain in ', L(), '.']


@t(1)
def em_meet():
    return ['Set up a meeting with ', P(), ' and ', P(), ' at ', T(), ' in the ', L(), ' office, ', D(), '.']


@t(1)
def ph_table():
    return ['Book a table for 6 under ', P(), ', phone ', phone(), ', for ', D(), '.']


@t(1)
def ph_text():
    return ['text ', P(form='first', caps=0), ' on ', phone(), " that i'm running 20 min late"]


@t(1)
def ph_emergency():
    return ['Emergency contact form: ', P(), ' (sister), ', phone(), '; GP: Dr. ', P(form='last'), '.']


@t(1)
def em_git():
    n = P(caps=0)
    return ['git config user.name "', n, '" && git config user.email "', email_for(n[1]), '"\n\nwhy does the website still show the wrong avatar?']


@t(2)
def em_py():
    return ['Fix the bug:\n```python\nCONTACT = {"name": "', P(), '", "email": "', email_for(), '", "phone": "', phone(), '"}\nprint(CONTACT["mail"])\n```']


@t(1)
def em_unsub():
    return ['Unsubscribe ', email_for(), ' from every list, ', P(form='first'), ' has asked three times now.']


@t(2)
def ph_voicemail():
    return ['Transcribe politely: "hi this is ', P(caps=0), ', call me back on ', phone(), ' about the quote, thanks"']


@t(1)
def em_cust_rec():
    return ['customer record:\n  name: ', P(), '\n  email: ', email_for(), '\n  phone: "', phone(), '"\n  city: ', L(), '\nvalidate this yaml']


# people, places, organisations, groups

@t(3)
def pp_bio():
    return ['Write a two-line bio: ', P(), ' is a ', N('nat'), ' engineer from ', L(), ' who now leads the data team at ', O('big'), '.']


@t(4)
def pp_prayer():
    return [P(), ' is ', N('faith'), ' and asked whether the ', L(), ' venue has a quiet room for prayer. How should we answer?']


@t(1)
def pp_nurse():
    return ['Summarise: ', P(), ', a ', N('nat'), ' nurse at ', O('med'), ', moved to ', L(), ' and kept her old number ', phone(), '.']


@t(1)
def pp_condolence():
    return ["Draft a condolence note to ", P(), "'s family; the ", N('faith'), " service is at ", T(), ' on ', D(), ' in ', L(), '.']


@t(1)
def pp_summit():
    return ['Rewrite more formally: ', P(), ' will represent ', O(), ' at the trade summit in ', L(), '.']


@t(2)
def pp_flight():
    return ['Flight for ', P(), ': ', L(), ' to ', L(), ' on ', D(), ', seat 14C. Email the confirmation to ', email_for(), '.']


@t(1)
def pp_hotel():
    return ['Hotel booking under ', P(), ' in ', L(), ', check-in ', D(), ', two nights. Need a cot.']


@t(1)
def pp_itin():
    return ['itinerary:\nday 1 - ', L(), '\nday 2 - ', L(), '\npickup by ', P(), ' (', phone(), ')\nmake it a nice table']


@t(1)
def pp_review():
    return ['Performance notes: ', P(), ' (team lead) praised ', P(), ' for the billing migration. Rewrite in a neutral tone.']


@t(1)
def pp_exit():
    return ['Exit interview with ', P(), ' on ', D(), '; moving to ', O(), ' in ', L(), '. Summarise the reasons below in 3 bullets.']


@t(1)
def pp_clinic():
    return ['Dr. ', P(form='last'), ' saw ', P(), ' at ', O('med'), ': BP 150/95, start amlodipine 5 mg.']


@t(1)
def pp_nok():
    return ['Pt ', P(), ', 67, from ', L(), ', allergic to penicillin. Next of kin ', P(), ' ', phone(), '.']


@t(1)
def pp_yo():
    return ['yo ', P(form='first', caps=0), ' said the ', O(), ' people in ', L(), ' want the slides by ', D(), ', can u make it sound professional']


@t(3)
def pp_party():
    return ['Is it OK to ask a candidate like ', P(), ' whether they vote ', N('party'), '? We are hiring in ', L(), '.']


@t(1)
def pp_wedding():
    return ['Help me write a toast for ', P(form='first'), ' and ', P(form='first'), "'s ", N('faith'), " wedding in ", L(), ' on ', D(), '.']


@t(1)
def pp_address():
    return ['Proof of address: ', P(), ', ', street(), ', ', L(ch(['uk', 'au', 'us', 'ca'])), '. Utility bill from ', O('tel'), '.']


@t(1)
def pp_complaint():
    return ['Complaint from ', P(), ' about ', O('tel'), ': technician missed the ', D(), ' slot twice. Reply with an apology and offer a credit.']


@t(1)
def pp_first():
    return ["it's ", P(form='first', caps=0), " - landed in ", L(), ', ping me on ', phone(), ' or ', email_for()]


@t(1)
def pp_interview():
    return ['Interview schedule:\n', T(), ' ', P(), ' (backend)\n', T(), ' ', P(), ' (design)\nAll in room 4B.']


# more records carrying several identifiers

@t(4)
def mx_fraud():
    return ['Fraud score request - ip ', ip(), ', card ', card(), ', landing page ', U(), '. Approve or hold?']


@t(4)
def mx_us_kyc():
    return ['Identity bundle for ', P('us'), ': passport ', us_passport(), ', driver licence ', us_dl(), ', SSN ', ssn(), '.']


@t(3)
def mx_refund_iban():
    return ['Customer ', P(), ' paid with ', card(), ' but wants the refund to IBAN ', iban(), '. Our policy page: ', U(), '.']


@t(3)
def cc_gift():
    return ['Can I pay the deposit for the ', L(), ' cabin with ', card(), ' and the rest with ', card(), '?']


@t(3)
def cc_refund():
    return ['Refund the $18.40 to the original card ', card(), ', order 55102, and email the receipt to ', email_for(), '.']


@t(2)
def ib_fr():
    return ['Virement de 450 EUR vers ', iban('FR'), ' au nom de ', P('we'), ' - merci de confirmer la réception.']


@t(3)
def us_ssn_json():
    return ['{"employee": "', P(), '", "ssn": "', ssn(), '", "hired": "', D(), '", "bank_account": "', bank(), '", "dept": "ops"}\n\nMask the sensitive fields.']


@t(2)
def bt_tx():
    return ['Sent 0.01 BTC from ', crypto(), ' to ', crypto(), ', still unconfirmed after 3 hours. Fee too low?']


@t(2)
def pp_diet():
    return ['Dietary and faith needs for the retreat:\n- ', P(), ': ', N('faith'), '\n- ', P(), ': ', N('faith'), '\nPlan the menu.']


@t(2)
def pp_news():
    return ['Summarise: the ', N(), ' community in ', L(), ' opened a new cultural centre with help from ', O('big'), '.']


@t(2)
def ip_vpn():
    return ['VPN gives me ', ipv4('pub'), ' but a leak test still shows ', ip(), '. How do I fix the DNS leak?']


@t(2)
def ip_nginx():
    return ['Explain this line:\n', ipv4('pub'), ' - - [12/Mar/2025:10:01:22 +0000] "GET /admin HTTP/1.1" 403 153 "-" "curl/8.5.0"']


@t(2)
def au_tfn_only():
    return ['Is ', tfn(), ' a real TFN? The tax office letter says the number I gave is invalid.']


@t(3)
def au_abn_acn_only():
    return ['ABN ', abn(), ' and ACN ', acn(), ' - do these belong to the same company? Quick check pls']


@t(3)
def au_medicare_only():
    return ['medicare number ', medicare(), ' - what is the last digit after the space for?']


@t(3)
def it_json():
    return ['{"ragione_sociale": "', O('it'), '", "partita_iva": "', piva(), '", "cf_rappresentante": "', cf(), '"}\n\nIs this JSON valid?']


@t(2)
def in_voter_name():
    return ['Voter ID ', voter(), ' for ', P('in'), ' lists the wrong constituency (', L('in'), '). Form 8 or Form 6?']


@t(2)
def es_nie_only():
    return ['Mi NIE ', nie(), ' aparece como caducado en la sede electrónica. ¿Cómo lo renuevo en ', L('es'), '?']


@t(2)
def es_kv():
    return ['nif=', nif(), ';nie=', nie(), ';nombre=', P('es'), ';tel=', phone('es')]


@t(2)
def us_pp_only():
    return ['Does the passport number change when I renew? Mine is ', us_passport(), '.']


@t(2)
def us_dl_only():
    return ['Which state issues driver licences that look like ', us_dl(), '?']


@t(2)
def us_dea_only():
    return ['DEA number ', dea(), ' - walk me through the checksum.']


@t(3)
def url_phish():
    return ['Got a mail from ', email_for(), ' pointing to ', U(), ' - phishing or real?']


@t(3)
def url_curl():
    return ['curl -s ', U(), ' returns 502 since the deploy; the healthcheck on ', ip(), ' is green.']


# PII-free look-alikes

def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    return '-'.join(hexs(k) for k in (8, 4, 4, 4, 12))


def bad_luhn(n=16):
    while True:
        d = str(R.randint(3, 6)) + rd(n - 1)
        if not C.luhn_ok(d):
            return d


def bad_iban():
    v = C.iban(R, ch(['DE', 'FR', 'NL', 'ES', 'IT', 'GB']))
    ck = '%02d' % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2)
    return v[:2] + ck + v[4:]


def ver():
    return '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


def money():
    return ch(['$%d.%02d' % (R.randint(5, 9000), R.randint(0, 99)), '€%d,%02d' % (R.randint(5, 9000), R.randint(0, 99)), '£%d.%02d' % (R.randint(5, 900), R.randint(0, 99)), 'USD %d' % R.randint(10, 90000)])


CLEAN = [
    lambda: ['Order ', C.group(bad_luhn(), 4), " has been stuck in 'processing' since the weekend, can you nudge the warehouse?"],
    lambda: ['Tracking 1Z', ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)), ' says delivered but the box never came.'],
    lambda: ['Hash mismatch: expected sha256 ', hexs(64), ', got ', hexs(64), '. Corrupted download?'],
    lambda: ['Rename the column cust_id to customer_id in migrations/00', str(R.randint(10, 99)), '_auto.py without losing data.'],
    lambda: ['Invoice INV-', rd(4), '-', rd(5), ' for ', money(), ' was paid twice. Draft a note asking for a credit.'],
    lambda: ['The bank reference ', C.group(bad_iban(), 4), " fails validation on our side - probably a typo in the check digits?"],
    lambda: ['Job ', uuid(), ' failed with exit code 1 after 3 retries. Where do I look first?'],
    lambda: ['Bump lodash from 4.17.', str(R.randint(10, 20)), ' to 4.17.21 in package.json and regenerate the lockfile.'],
    lambda: ['Convert ', '{:,}'.format(R.randint(10000, 9999999)), '.', rd(2), ' to words.'],
    lambda: ['What does HTTP ', ch(['429', '503', '418', '409']), ' mean and how should a client back off?'],
    lambda: ['Explain the difference between a B-tree and an LSM tree in two short paragraphs.'],
    lambda: ['Regex to match version strings like ', ver(), '-rc.', str(R.randint(1, 9)), ' but not ', ver(), '?'],
    lambda: ['Serial SN-', rd(5), '-', ch(['XQ', 'KD', 'TR']), '-', rd(2), ' failed calibration at 3.3V; the next one passed.'],
    lambda: ['PO ', '45000' + rd(5), ' and PO ', '45000' + rd(5), ' were merged by mistake in the ERP. How to split them?'],
    lambda: ['The image sha256:', hexs(64), ' is 1.2 GB. How can I slim it down?'],
    lambda: ['When does the cron expression `', ch(['0 3 * * 1', '*/15 * * * *', '30 22 1 * *']), '` fire?'],
    lambda: ['Write a haiku about ', ch(['autumn rain', 'a broken build', 'the last train', 'cold coffee']), '.'],
    lambda: ['Lot LOT-', rd(2), '-', rd(4), ' is recalled; does batch B', rd(4), ' share the same resin?'],
    lambda: ['Log tail:\n', '%d-%02d-%02d %02d:%02d:%02d,%03d' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), ' INFO scheduler tick=', rd(5), ' queue=0\n', '%d-%02d-%02dT%02d:%02d:%02dZ' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), ' WARN gc pause ', str(R.randint(100, 900)), 'ms\nIs the GC pause a problem?'],
    lambda: ['Simplify (x+', str(R.randint(2, 9)), ')(x-', str(R.randint(2, 9)), ') and show the steps.'],
    lambda: ['Set the timeout to ', str(R.randint(5, 60) * 1000), ' ms in config.toml and retry the upload.'],
    lambda: ['Reference ', rd(4), '-', rd(4), '-', rd(4), ' belongs to support case ', rd(5), '; close the older one.'],
    lambda: ['Is ISBN 978-', str(R.randint(0, 9)), '-', rd(3), '-', rd(5), '-', str(R.randint(0, 9)), ' well formed?'],
    lambda: ['GTIN ', rd(13), ' scanned twice at till ', str(R.randint(1, 12)), '. Void one line.'],
    lambda: ['Rack position: row ', str(R.randint(1, 30)), ', slot ', str(R.randint(1, 12)), ', unit U', str(R.randint(1, 42)), '. Label the patch cables.'],
    lambda: ['SKU ', ch(['BX', 'KT', 'PL']), '-', rd(3), '-', str(R.randint(1, 9)), ' went from ', money(), ' to ', money(), '. Update the price list.'],
    lambda: ['Give me the pros and cons of a four-day week in five bullets.'],
    lambda: ['Kernel ', ver(), '-', str(R.randint(10, 60)), '-generic panics on boot after the update. Rollback steps?'],
    lambda: ['Ticket #', rd(5), ': printer shows error 0x', hexs(8).upper(), '. Known fix?'],
    lambda: ['How many addresses does IPv6 have compared with IPv4, roughly?'],
    lambda: ['Fix the SQL: UPDATE accounts SET balance = balance - ', str(R.randint(10, 500)), ' WHERE id = ', rd(5), ' -- it locks the table'],
    lambda: ['Button colour: #', hexs(6), ' or #', hexs(6), '? Which reads better on white?'],
    lambda: ['Our test card ', C.group(bad_luhn(), 4), ' is rejected in the sandbox - is that expected for a Luhn-invalid number?'],
    lambda: ['Extension ', rd(4), ', room ', str(R.randint(100, 499)), ', building ', str(R.randint(1, 9)), ' - put that on the door sign.'],
    lambda: ['Give me a meeting-notes template with attendees, decisions and action items.'],
    lambda: ["Rephrase 'the invoice is overdue' more gently, three ways."],
    lambda: ['Why is 8 / 2(2+2) considered ambiguous?'],
    lambda: ['The batch job processed ', '{:,}'.format(R.randint(100000, 9000000)), ' rows in ', str(R.randint(20, 400)), ' seconds. Is that slow for Postgres?'],
    lambda: ['Commit ', hexs(40), ' reverted ', hexs(7), '; cherry-pick it onto release/', ver(), '.'],
    lambda: ['Container ', hexs(12), ' OOM-killed with limit 512Mi; raise it or fix the leak?'],
    lambda: ['Promo code ', ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(10)), ' says expired although the email said it runs all month.'],
    lambda: ['Account number field should accept 8 to 17 digits; write the validation in TypeScript.'],
    lambda: ['Draft a polite reminder that the team offsite budget is capped at ', money(), ' per head.'],
]



# ---- assembly ----------------------------------------------------------------------

PREFIX = ['Could you look at this for me?\n', 'Forwarded message below.\n---\n', "Read this and tell me what's missing:\n",
          'Clean up the wording of this note:\n\n', 'TL;DR please:\n', 'Input:\n', 'Check the following for mistakes:\n',
          'From the helpdesk queue:\n', 'Pasted from our CRM:\n\n']
SUFFIX = ['\n\nAnswer in bullet points.', '\n\nMax two sentences.', '\n\nCheers', ' ty', ' plz', ' :)', '\n\nReply formally.',
          '\n\nUse a table.', '\n\nNo markdown please.', ' - urgent']
ID_TYPES_KEEP = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME'}


def lower_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append((p[0], p[1].lower()) if p[0] in ID_TYPES_KEEP else p)
        else:
            out.append(p.lower())
    return out


def build():
    items = []
    for n, fn, _ in TEMPLATES:
        for _ in range(n):
            items.append(fn())
    clean = []
    for i in range(108):
        clean.append(CLEAN[i % len(CLEAN)]())
    items += clean
    R.shuffle(items)
    recs = []
    for i, parts in enumerate(items):
        parts = list(parts)
        if R.random() < 0.3:
            parts = [ch(PREFIX)] + parts
        if R.random() < 0.25:
            parts = parts + [ch(SUFFIX)]
        if R.random() < 0.075:
            parts = lower_parts(parts)
        text, ents = C.fill(parts)
        recs.append({'id': 'p27-%04d' % i, 'text': text, 'entities': ents})
    return recs


if __name__ == '__main__':
    C.write(build())
