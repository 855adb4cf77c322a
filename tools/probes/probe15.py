"""Probe 15: dev-style chat prompts (support, HR, health, finance, travel,
dev/ops, translation and editing requests, JSON/CSV/key-value records, eleven
languages, PII-free look-alikes) with new templates and new names, places,
organisations, e-mail domains and file names, labelled by the dev corpus's
conventions and written without looking at the engine."""
import datetime, hashlib, os, random, re, string, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *

R = random.Random(151515)
ch = R.choice
ri = R.randint

# ---- vocabularies (disjoint from dev.jsonl and the earlier probes) ----------

FIRST = ['Fiifi', 'Alibek', 'Tendai', 'Zanele', 'Lerato', 'Thandeka', 'Ishaan', 'Ananya', 'Meera', 'Nikhil', 'Layla',
         'Samir', 'Farid', 'Santiago', 'Camila', 'Renata', 'Lucía', 'Pablo', 'Inés', 'Gunnhild', 'Oğuz', 'Juhani', 'Helmi',
         'Katarzyna', 'Chiara', 'Beatrice', 'Élodie', 'Baptiste', 'Théo', 'Jonas', 'Anneliese', 'Matthias', 'Sanne',
         'Joost', 'Kaede', 'Riku', 'Aoi', 'Nadiya', 'Marek', 'Anastasia', 'Eleni', 'Nikos', 'Jocelyn', 'Fergus',
         'Brandon', 'Kayla', 'Dwayne', 'Shelby', 'Aroha', 'Tane', 'Milagros', 'Jerome', 'Giovana', 'Putri', 'Tanvir',
         'Wahyu', 'Cecilia', 'Augustin', 'Margarida', 'Duarte', 'Keanu', 'Bilal', 'Noor', 'Ayesha', 'Imran', 'Kamal',
         'Dinara', 'Aigerim', 'Nodira', 'Temitope', 'Esi', 'Kelechi', 'Bukola', 'Ebru', 'Tuncay', 'Gökhan', 'Aleksi', 'Ilona',
         'Urszula', 'Przemysław', 'Benedetta', 'Ottavio', 'Amélie', 'Wiebke', 'Torben', 'Maarten', 'Ruairí', 'Bethany',
         'Clifford', 'Marisol', 'Xiomara', 'Adjoa', 'Devika', 'Harpreet', 'Zarina', 'Behrouz', 'Soraya', 'Khadija',
         'Hendrik', 'Goran', 'Dragana', 'Bram', 'Ruben']
LAST = ['Khoury', 'Farouk', 'Herrera', 'Quispe', 'Fuentes', 'Ortega', 'Şahin', 'Nieminen', 'Heikkinen', 'Hämäläinen',
        'Lewandowska', 'Dąbrowski', 'Barbieri', 'Fontana', 'Domínguez', 'Iglesias', 'Serrano', 'Romero', 'Chevalier',
        'Lambert', 'Krüger', 'Vogel', 'de Jong', 'Matsuda', 'Savchenko', 'Hrytsenko', 'Morozova', 'Brannigan',
        'Callaghan', 'Whitmore', 'Pemberton', 'Harrington', 'Pryce', 'Delgado', 'Lockhart', 'Molefe', 'Botha',
        'Pretorius', 'Ngata', 'Parata', 'Sarmiento', 'Tuilagi', 'Fonoti', 'Cardoso', 'Figueiredo', 'Lacerda',
        'Hartono', 'Gunawan', 'Reddy', 'Chatterjee', 'Banerjee', 'Kulkarni', 'Joshi', 'Mukherjee', 'Acheampong', 'Mwangi',
        'Chaudhry', 'Qasim', 'dos Santos', 'Al-Hashimi', "O'Dwyer", "d'Amico", 'Yıldırım', 'Korhonen', 'Jabłońska',
        'Pawlak', 'Pellegrini', 'Sorrentino', 'Castellano', 'Caballero', 'Girardot', 'Schreiber', 'Pfeiffer',
        'Kuipers', 'Bakker', 'Nakashima', 'Ahmadi', 'Lysenko', 'Petrović', 'Donnelly', 'Ashcroft', 'Beaumont',
        'Nnamdi', 'Kariuki', 'Naidoo', 'Govender', 'Tavares', 'Markovic', 'Horvat', 'Gupta', 'Lombardi']
# regional pools (used where an identifier implies a country)
TR_F = ['Oğuz', 'Ebru', 'Tuncay', 'Gökhan', 'Sevda', 'Volkan', 'Hülya', 'Barış', 'Cansu']
TR_L = ['Şahin', 'Yıldırım', 'Karaca', 'Erdem', 'Polat', 'Güneş']
FI_F = ['Juhani', 'Helmi', 'Aleksi', 'Ilona', 'Tuomas', 'Ronja', 'Sakari', 'Elina']
FI_L = ['Nieminen', 'Heikkinen', 'Hämäläinen', 'Korhonen', 'Rantanen', 'Väisänen', 'Leinonen']
SE_F = ['Gunnhild', 'Torben', 'Hugo', 'Linnéa', 'Alvar', 'Elsa', 'Ingemar']
SE_L = ['Sandberg', 'Lundgren', 'Wallin', 'Engström', 'Hedlund', 'Sjögren']
PL_F = ['Katarzyna', 'Urszula', 'Przemysław', 'Zbigniew', 'Dorota', 'Jakub', 'Bożena']
PL_L = ['Lewandowska', 'Dąbrowski', 'Jabłońska', 'Pawlak', 'Sikora', 'Górska', 'Kołodziej']
IT_F = [('Chiara', 1), ('Beatrice', 1), ('Benedetta', 1), ('Ottavio', 0), ('Matilde', 1), ('Edoardo', 0), ('Riccardo', 0)]
IT_L = ['Barbieri', 'Fontana', 'Pellegrini', 'Sorrentino', 'Castellano', "d'Amico", 'Mancini', 'Lombardi']
ES_F = ['Lucía', 'Pablo', 'Inés', 'Marisol', 'Amaia', 'Xiomara', 'Borja', 'Facundo']
ES_L = ['Domínguez', 'Iglesias', 'Serrano', 'Romero', 'Caballero', 'Cabrera', 'Peña Soto', 'Herrera Fuentes']
IN_F = ['Ishaan', 'Ananya', 'Meera', 'Nikhil', 'Devika', 'Harpreet', 'Rajesh', 'Kavya', 'Aditya', 'Lakshmi']
IN_L = ['Reddy', 'Chatterjee', 'Banerjee', 'Kulkarni', 'Joshi', 'Mukherjee', 'Pillai', 'Bhat', 'Gupta']
ZA_F = ['Lerato', 'Thandeka', 'Zanele', 'Sibusiso', 'Nomsa', 'Riaan', 'Kagiso', 'Hendrik']
ZA_L = ['Molefe', 'Botha', 'Pretorius', 'Naidoo', 'Govender', 'Mthembu', 'Venter']
KR_G = ['Seo-yeon', 'Tae-hoon', 'Ha-eun', 'Su-bin', 'Eun-ji', 'Ga-young', 'Yeon-seo', 'Sang-hoon', 'Kyung-soo']
KR_S = ['Baek', 'Yoon', 'Shin', 'Kwon', 'Oh', 'Lim', 'Hwang', 'Seo', 'Ryu', 'Moon']
KR_HANGUL = ['백서연', '윤태훈', '신하은', '권수빈', '황은지', '류경수', '문가영']
SG_S = ['Lim', 'Koh', 'Wong', 'Chua', 'Sim', 'Yeo', 'Lau', 'Foo', 'Quek', 'Toh']
SG_G = ['Shu Fen', 'Kai Xiang', 'Pei Shan', 'Rui En', 'Qi Xuan', 'Wen Jie', 'Boon Keat', 'Kok Leong', 'Zi Yang']
VN = ['Lý Quyên', 'Vũ Khánh Phúc', 'Lý Tú', 'Quyên Vũ', 'Linh Vũ']
CN = ['Zhou Yiming', 'Liang Ziyu', 'Xu Haoran', 'Shuyi Zhou']
EN_F = ['Jocelyn', 'Fergus', 'Brandon', 'Kayla', 'Dwayne', 'Shelby', 'Bethany', 'Clifford', 'Jerome', 'Ruairí', 'Keanu']
EN_L = ['Brannigan', 'Callaghan', 'Whitmore', 'Pemberton', 'Harrington', 'Pryce', 'Lockhart', "O'Dwyer", 'Donnelly',
        'Ashcroft', 'Beaumont', 'Fitzgibbon', 'Mulrooney']

CITY_US = ['Tacoma', 'Chattanooga', 'Akron', 'Baltimore', 'Anchorage', 'Knoxville', 'Tulsa', 'Fresno', 'Raleigh',
           'Pittsburgh', 'Cincinnati']
STATE_US = ['Oklahoma', 'Arkansas', 'Delaware', 'Louisiana', 'Nevada', 'Kentucky', 'Tennessee', 'Minnesota', 'Missouri',
            'Michigan', 'Texas', 'Florida', 'Utah', 'Indiana', 'Kansas', 'Maryland', 'Alaska']
CITY_CA = ['Nanaimo', 'Wichita', 'Moncton', 'Lethbridge', 'Fredericton', 'Kamloops', 'Sudbury', 'Thunder Bay']
PROV_CA = ['Manitoba', 'Saskatchewan', 'Nova Scotia', 'Ontario', 'British Columbia']
CITY_AU = ['Brisbane', 'Newcastle', 'Bendigo', 'Mackay', 'Rockhampton', 'Ballarat', 'Toowoomba', 'Launceston']
STATE_AU = ['Queensland', 'Western Australia']
CITY_UK = ['Wrexham', 'Colchester', 'Plymouth', 'Ipswich', 'Aberystwyth', 'Derby', 'Sunderland', 'Stoke-on-Trent']
CITY_ES = ['Zaragoza', 'Granada', 'Girona', 'Tarragona', 'Murcia', 'Badajoz']
CITY_IT = ['Torino', 'Bari', 'Palermo', 'Trieste', 'Ravenna', 'Ancona', 'Brescia']
CITY_PL = ['Szczecin', 'Gliwice', 'Częstochowa', 'Zielona Góra']
CITY_SE = ['Sundsvall', 'Växjö', 'Norrköping', 'Östersund']
CITY_FI = ['Hämeenlinna', 'Seinäjoki', 'Porvoo', 'Lappeenranta', 'Mikkeli']
CITY_TR = ['Bursa', 'Adana', 'Kocaeli', 'Edirne', 'Çanakkale', 'Diyarbakır']
CITY_KR = ['Incheon', 'Gwangju', 'Ulsan', 'Suwon', 'Jeonju', 'Changwon']
SG_AREA = ['Tampines', 'Bedok', 'Woodlands', 'Sengkang', 'Toa Payoh', 'Bukit Timah', 'Pasir Ris', 'Hougang', 'Bishan']
CITY_IN = ['Kochi', 'Indore', 'Nagpur', 'Coimbatore', 'Bhopal', 'Visakhapatnam', 'Surat', 'Guwahati', 'Ludhiana']
STATE_IN = ['Kerala', 'Madhya Pradesh', 'Gujarat', 'Assam', 'Odisha', 'Karnataka']
CITY_ZA = ['Bloemfontein', 'Gqeberha', 'Rustenburg', 'Potchefstroom', 'Upington', 'Nelspruit']
CITY_FR = ['Toulouse', 'Montpellier', 'Lille', 'Strasbourg', 'Angers', 'Limoges']
CITY_DE = ['Leipzig', 'Nuremberg', 'Bremen', 'Hannover', 'Würzburg']
CITY_PT = ['Setúbal', 'Évora', 'Viseu', 'Belém', 'Salta', 'Querétaro', 'Hermosillo']
CITY_W = ['Cusco', 'Arequipa', 'Trujillo', 'Mendoza', 'Chiclayo', 'Guayaquil', 'Kampala', 'Kigali', 'Lusaka', 'Dakar',
          'Marrakesh', 'Tunis', 'Amman', 'Beirut', 'Muscat', 'Doha', 'Jeddah', 'Sharjah', 'Irbid', 'Almaty',
          'Tbilisi', 'Yerevan', 'Baku', 'Plovdiv', 'Salzburg', 'Basel', 'Lausanne', 'Ghent', 'Leuven', 'Kumamoto', 'Da Nang',
          'Chiang Mai', 'Makassar', 'Semarang', 'Kuching', 'Arusha', 'Dunedin', 'Rotorua', 'Tauranga', 'Cuenca',
          'Asunción', 'Valdivia', 'Belém', 'Trieste', 'Zaragoza', 'Leipzig', 'Toulouse', 'Nanaimo', 'Brisbane',
          'Incheon', 'Kochi', 'Bursa', 'Wrexham', 'Baltimore', 'Gwangju', 'Indore']
COUNTRY = ['Laos', 'Brunei', 'Fiji', 'Panama', 'Colombia', 'Ecuador', 'Guatemala', 'Honduras', 'Slovenia',
           'Moldova', 'Lebanon', 'Bahrain', 'Qatar', 'Tanzania', 'Uganda', 'Malawi', 'Benin', 'Togo', 'Malaysia',
           'Thailand', 'Bangladesh', 'Bhutan', 'Albania', 'Uzbekistan', 'Kazakhstan', 'Armenia', 'Cyprus', 'Montenegro',
           'Mauritius', 'Belgium', 'Sicily', 'Wales', 'Bavaria', 'Tuscany', 'Andalusia', 'Brittany', 'Lapland',
           'Patagonia', 'Gyeonggi']

ORG_SHOP = ['Zalando', 'Decathlon', 'Aldi', 'Lidl', 'Falabella', 'Rakuten', 'Booking.com', 'Airbnb', 'Uber',
            'Shopee', 'Ryanair', 'Qantas', 'Turkish Airlines', 'Shopify']
ORG_BANK = ['Revolut', 'Monzo', 'N26', 'ING', 'Barclays', 'HSBC', 'Commerzbank', 'UniCredit', 'Intesa Sanpaolo', 'KBC',
            'ABN AMRO', 'Absa', 'DBS Bank', 'OCBC', 'Nubank', 'Emirates NBD', 'Hollowbrook Credit Union',
            'Bank of Valletta', 'Raiffeisen']
ORG_HOSP = ['Kestrel Ridge Hospital', 'Saint Columba Hospital', 'Royal Derwent Infirmary', 'Ashgrove General Hospital']
ORG_CLINIC = ['Mapleton Family Practice', 'Foxhollow Pediatrics', 'Cedarline Orthopaedics', 'Bluewater Physiotherapy',
              'Meridian Dental Care']
ORG_CLINIC_AU = ['Wattle Grove Pharmacy', 'Bluegum Veterinary Clinic', 'Meridian Dental Care', 'Bluewater Physiotherapy']
ORG_CORP = ['Danone', 'Carlsberg', 'Mazda', 'Maersk', 'Husqvarna', 'Electrolux', 'Wipro', 'Embraer', 'Atlassian',
            'Stripe', 'Deloitte', 'KPMG', 'PwC', 'McKinsey', 'Pfizer', 'Novartis', 'Roche', 'Bayer', 'AstraZeneca',
            'Stonebridge Capital LLC', 'Andes Mining Corp.', 'Coral Bay Resorts', 'Pacific Kelp Co.',
            'Brightwater Insurance', 'Ironbark Legal', 'Vinterberg Advokatfirma AS']
ORG_PTY = ['Karri Timber Pty Ltd', 'Blue Wren Electrical Pty Ltd', 'Saltbush Catering Pty Ltd', 'Ironbark Legal',
           'Wattle Grove Pharmacy']
ORG_SUPER = ['AustralianSuper', 'Hostplus', 'UniSuper']
ORG_IT = ['Tessaro Costruzioni S.p.A.', 'Lanificio Orsini S.r.l.', 'Pasticceria Bellini', 'Studio Legale Morandi']
ORG_ES = ['Pérez Ortega Abogados S.L.', 'Construcciones Albaicín S.A.', 'Clínica Dental Sonrisa']
ORG_PL = ['Zawadzki i Synowie Sp. z o.o.', 'Przychodnia Zdrowie Plus', 'Medicover']
ORG_SE = ['Sandberg Bygg AB', 'Norrsken Energi AB', 'Försäkringskassan']
ORG_FI = ['Kauppinen Oy', 'Kela', 'Posti', 'Fazer']
ORG_DE = ['Brauerei Lindner GmbH', 'Zahnarztpraxis am Markt', 'Stadtwerke Leipzig']
ORG_SG = ['Grab', 'Singtel', 'Keppel']
ORG_ZA = ['Karoo Freight (Pty) Ltd', 'Shoprite', 'Discovery Health', 'Vodacom']
ORG_NGO = ['Norwegian Refugee Council', 'Mercy Corps', 'World Vision', 'CARE International']
ORG_SCHOOL = ['Oakridge Community College', 'Thornbury Elementary School', "St. Aidan's Grammar School"]
ORG_EXCH = ['Kraken', 'Bitstamp', 'Coinbase', 'Binance']
ORG_AIR = ['Ryanair', 'KLM', 'Qantas', 'Turkish Airlines', 'LATAM', 'Wizz Air']
ORG_RE = ['Harcourts', 'Ray White', 'Foxtons']
ORG_AGENCY = ['HMRC', 'Centrelink', 'Service Canada', 'Skatteverket']
ORG_ANY = ORG_CORP + ORG_SHOP + ORG_BANK[:8] + ORG_NGO

NRP_NAT = ['Fijian', 'Salvadoran', 'Lebanese', 'Moldovan', 'Greek', 'Bulgarian', 'Peruvian', 'Javanese', 'Thai',
           'Tibetan', 'Welsh', 'Eritrean', 'Somali', 'Venezuelan', 'Cuban', 'Trinidadian', 'Haitian', 'Armenian', 'Uzbek',
           'Sinhalese', 'Tamil', 'Kurdish', 'Basque', 'Bengali', 'Punjabi']
NRP_REL = ['Episcopalian', 'Mormon', 'Alevi', 'Yazidi', 'Maronite', 'Calvinist', 'Hutterite', "Bahá'í", 'Christadelphian', 'Rastafarian',
           'Amish']
NRP_POL = ['Gaullist', 'Unionist', 'Centrist', 'Whig']

STREET_EN = ['Quince', 'Birchwood', 'Magnolia', 'Sycamore', 'Hawthorn', 'Willowmere', 'Kingfisher', 'Larch',
             'Jacaranda', 'Wattlebird', 'Copper Beech', 'Foxglove', 'Heron', 'Alder']
STREET_SFX = ['Lane', 'Terrace', 'Crescent', 'Way', 'Grove', 'Court', 'Parade', 'Avenue', 'Street', 'Road']

MAIL = ['gmx.at', 'centrum.cz', 'wp.pl', 'yandex.com', 'bigpond.com', 'rediffmail.com', 't-online.de', 'laposte.net',
        'free.fr', 'telenet.be', 'xs4all.nl', 'shaw.ca', 'zoho.com', 'aol.com', 'me.com', 'btinternet.com', 'sky.com',
        'ziggo.nl', 'bluewin.ch', 'optusnet.com.au', 'hey.com', 'tutanota.com', 'inbox.lv', 'o2.pl', 'virgilio.it',
        'ig.com.br', 'hanmail.net', 'daum.net', 'singnet.com.sg', 'xtra.co.nz', 'mweb.co.za']
CORP_DOM = ['kestrelridge.org', 'stonebridgecap.com', 'brightwater-ins.ca', 'coralbayresorts.mu', 'pacifickelp.co.nz',
            'ironbarklegal.com.au', 'hollowbrookcu.org', 'foxhollowpeds.com', 'andesmining.pe', 'karoofreight.co.za',
            'mapletonfp.co.uk', 'bluewren-electrical.com.au', 'tessaro.it', 'norrsken-energi.se']
FILES = ['main.go', 'app.js', 'Makefile', 'schema.sql', 'settings.toml', 'handler.ts', 'docker-compose.yml', 'pom.xml',
         'build.gradle', 'Cargo.toml', 'package.json', 'setup.cfg', 'theme.scss', 'CHANGELOG.md', 'webpack.config.js',
         'deploy.sh', 'Program.cs', 'App.vue']

# ---- dates -------------------------------------------------------------------

MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
          'December']
MON = {'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
              'noviembre', 'diciembre'],
       'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
              'novembre', 'dicembre'],
       'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
              'października', 'listopada', 'grudnia'],
       'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta',
              'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
       'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım',
              'Aralık'],
       'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
              'november', 'december'],
       'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
              'November', 'Dezember'],
       'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
              'novembre', 'décembre'],
       'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
              'novembro', 'dezembro']}
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def day(kind='any'):
    lo, hi = {'dob': (1946, 2006), 'kid': (2012, 2020), 'recent': (2019, 2025), 'future': (2025, 2027),
              'any': (1990, 2026)}[kind]
    return datetime.date(ri(lo, hi), ri(1, 12), ri(1, 28))


def clock():
    h, m = ri(7, 19), ch([0, 15, 30, 45, 10, 20, 40, 50])
    f = ri(0, 4)
    if f == 0: return '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')
    if f == 1: return '%02d:%02d' % (h, m)
    if f == 2: return '%d%s' % ((h - 1) % 12 + 1, 'am' if h < 12 else 'pm')
    if f == 3: return '%d:%02d%s' % ((h - 1) % 12 + 1, m, 'am' if h < 12 else 'pm')
    return '%02d:%02d' % (h, m)


def date_en(d, f=None):
    m = MON_EN[d.month - 1]
    fs = ['%d %s %d' % (d.day, m, d.year), '%s %d, %d' % (m, d.day, d.year), '%s %d, %d' % (m[:3], d.day, d.year),
          '%02d/%02d/%d' % (d.month, d.day, d.year), '%02d/%02d/%d' % (d.day, d.month, d.year), d.isoformat(),
          '%s, %s %d' % (WD[d.weekday()], m, d.day), '%s %d %s %d' % (WD[d.weekday()][:3], d.day, m[:3], d.year),
          '%02d-%s-%d' % (d.day, m[:3].upper(), d.year), '%d.%d.%d' % (d.day, d.month, d.year),
          '%s %d' % (m, d.day), '%d %s' % (d.day, m)]
    return fs[f] if f is not None else ch(fs)


def D(kind='any', lang='en', time=False):
    """A labelled calendar date (optionally with a clock time) in a language's surface form."""
    d = day(kind)
    if lang == 'en':
        s = date_en(d, ch([0, 1, 2, 3, 4, 5, 8, 9, 0, 1, 1]) if kind in ('dob', 'kid') else None)
        if time:
            s = ch(['%s at %s', '%s, %s', '%s %s']) % (s, clock())
    elif lang in ('es', 'pt'):
        s = ch(['%d de %s de %d' % (d.day, MON[lang][d.month - 1], d.year), '%02d/%02d/%d' % (d.day, d.month, d.year)])
    elif lang == 'fr':
        s = ch(['%d %s %d' % (d.day, MON['fr'][d.month - 1], d.year), '%02d/%02d/%d' % (d.day, d.month, d.year)])
    elif lang == 'de':
        s = ch(['%d. %s %d' % (d.day, MON['de'][d.month - 1], d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)])
    elif lang == 'it':
        s = ch(['%d %s %d' % (d.day, MON['it'][d.month - 1], d.year), '%02d/%02d/%d' % (d.day, d.month, d.year)])
    elif lang == 'pl':
        s = ch(['%d %s %d' % (d.day, MON['pl'][d.month - 1], d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)])
    elif lang == 'fi':
        s = ch(['%d.%d.%d' % (d.day, d.month, d.year), '%d. %s %d' % (d.day, MON['fi'][d.month - 1], d.year)])
    elif lang == 'tr':
        s = ch(['%d %s %d' % (d.day, MON['tr'][d.month - 1], d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)])
    elif lang == 'sv':
        s = ch(['%d %s %d' % (d.day, MON['sv'][d.month - 1], d.year), d.isoformat()])
    return ('DATE_TIME', s)


def TM(): return ('DATE_TIME', clock())


def D2(kind='recent'):
    """Two labelled dates in order, written the same way."""
    a, b = sorted([day(kind), day(kind)])
    f = ch([0, 1, 2, 3, 4, 5, 9])
    return ('DATE_TIME', date_en(a, f)), ('DATE_TIME', date_en(b, f))

# ---- people ------------------------------------------------------------------


def up(s): return s.upper() if R.random() < 0.05 else s


class Who:
    """A person: first/last names and the written form."""
    def __init__(self, first, last, full=None):
        self.first, self.last = first, last
        self.full = up(full or '%s %s' % (first, last))

    def P(self): return ('PERSON', self.full)
    def F(self): return ('PERSON', self.first)
    def L(self): return ('PERSON', self.last)


def who(region=None):
    if region is None:
        region = ch(['any'] * 8 + ['en'] * 3 + ['kr', 'sg', 'vn', 'cn', 'in', 'za', 'es', 'it', 'tr', 'pl', 'fi', 'se'])
    if region == 'kr':
        s, g = ch(KR_S), ch(KR_G)
        return Who(g, s, '%s %s' % (s, g) if R.random() < 0.6 else '%s %s' % (g, s))
    if region == 'sg':
        s, g = ch(SG_S), ch(SG_G)
        return Who(g, s, '%s %s' % (s, g))
    if region == 'vn':
        n = ch(VN); return Who(n.split()[-1], n.split()[0], n)
    if region == 'cn':
        n = ch(CN); return Who(n.split()[-1], n.split()[0], n)
    pools = {'tr': (TR_F, TR_L), 'fi': (FI_F, FI_L), 'se': (SE_F, SE_L), 'pl': (PL_F, PL_L),
             'it': ([f for f, _ in IT_F], IT_L), 'es': (ES_F, ES_L), 'in': (IN_F, IN_L), 'za': (ZA_F, ZA_L),
             'en': (EN_F, EN_L), 'any': (FIRST, LAST)}
    F_, L_ = pools[region]
    f, l = ch(F_), ch(L_)
    r = R.random()
    if r < 0.08 and region in ('any', 'en', 'za'):
        return Who(f, l, '%s %s. %s' % (f, ch('ABCDEFGHJKLMNPRSTW'), l))
    if r < 0.14 and region in ('any', 'en', 'es', 'in'):
        f2 = ch(F_)
        if f2 != f:
            return Who(f, l, '%s %s %s' % (f, f2, l))
    return Who(f, l)


def P(region=None): return who(region).P()
def F(region=None): return who(region).F()


def ascii_(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')


def email_of(w, dom=None):
    f = re.sub(r"[^a-z]", '', ascii_(w.first).lower())
    l = re.sub(r"[^a-z]", '', ascii_(w.last).lower())
    dom = dom or (ch(MAIL) if R.random() < 0.7 else ch(CORP_DOM))
    loc = ch(['%s.%s' % (f, l), f[0] + l, '%s_%s%d' % (f, l, ri(10, 99)), '%s.%s' % (l, f), f + l[0],
              '%s%d' % (l, ri(100, 9999)), '%s.%s+%s' % (f, l, ch(['invoices', 'hr', 'travel', 'shop'])), '%s-%s' % (f, l)])
    return ('EMAIL_ADDRESS', '%s@%s' % (loc, dom))


def E(): return email_of(who())

# ---- places ------------------------------------------------------------------


def street(style='en'):
    n = ri(2, 2400)
    if style == 'en':
        s = '%d %s %s' % (n, ch(STREET_EN), ch(STREET_SFX))
        if R.random() < 0.25:
            s = '%s %d, %s' % (ch(['Apt', 'Unit', 'Flat', 'Suite']), ri(1, 60), s)
        return ('LOCATION', s)
    f = {'es': lambda: '%s %s %d' % (ch(['Calle de', 'Avenida de', 'Paseo de']), ch(['Alcalá', 'la Constitución', 'San Vicente', 'los Reyes Católicos']), ri(1, 180)),
         'it': lambda: '%s %s %d' % (ch(['Via', 'Corso', 'Piazza']), ch(['Garibaldi', 'Cavour', 'Mazzini', 'Vittorio Emanuele II']), ri(1, 120)),
         'de': lambda: '%s %d' % (ch(['Lindenstraße', 'Kastanienweg', 'Goetheallee', 'Mühlenstraße']), ri(1, 90)),
         'fr': lambda: '%d %s' % (ri(1, 140), ch(['rue des Lilas', 'rue Victor Hugo', 'avenue de la République', 'rue du Moulin'])),
         'pl': lambda: 'ul. %s %d' % (ch(['Długa', 'Kwiatowa', 'Mickiewicza', 'Polna']), ri(1, 80)),
         'sv': lambda: '%s %d' % (ch(['Storgatan', 'Kyrkogatan', 'Drottninggatan', 'Skolgatan']), ri(1, 60)),
         'fi': lambda: '%s %d' % (ch(['Hämeenkatu', 'Kauppakatu', 'Koulukatu', 'Tehtaankatu']), ri(1, 60)),
         'tr': lambda: '%s Caddesi No: %d' % (ch(['Atatürk', 'Cumhuriyet', 'Gazi Mustafa Kemal']), ri(1, 200)),
         'pt': lambda: 'Rua %s %d' % (ch(['Augusta', 'das Flores', 'do Carmo']), ri(1, 300)),
         'nl': lambda: '%s %d' % (ch(['Keizersgracht', 'Lindengracht', 'Molenstraat']), ri(1, 400))}[style]
    return ('LOCATION', f())


def L(pool): return ('LOCATION', ch(pool))
def CITY(): return L(CITY_W)
def CTRY(): return L(COUNTRY)
def O(pool=None): return ('ORGANIZATION', ch(pool or ORG_ANY))


def an(e): return 'an ' if e[1][0].lower() in 'aeiou' else 'a '


def N(kind=None):
    pool = {'nat': NRP_NAT, 'rel': NRP_REL, 'pol': NRP_POL}.get(kind) or ch([NRP_NAT, NRP_NAT, NRP_REL, NRP_POL])
    return ('NRP', ch(pool))

# ---- contact data ------------------------------------------------------------


def d_(n): return rd(n, R)


def PH(cc=None):
    cc = cc or ch(['us', 'us', 'uk', 'de', 'fr', 'it', 'nl', 'ie', 'in', 'br', 'ar', 'sg', 'au', 'nz', 'za', 'ke', 'ng',
                   'jp', 'kr', 'tr', 'pl', 'se', 'fi', 'ae', 'ph', 'id', 'ca', 'es', 'pt'])
    a = '%d%s' % (ri(2, 9), d_(2))
    while a[1:] == '11': a = '%d%s' % (ri(2, 9), d_(2))
    x = '%d%s' % (ri(2, 9), d_(2))
    f = {'us': lambda: ch(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1-%s-%s-%s', '%s.%s.%s', '+1 (%s) %s-%s']) % (a, x, d_(4)),
         'ca': lambda: ch(['+1 (%s) %s-%s', '%s-%s-%s']) % (ch(['204', '306', '506', '403', '705', '807', '250']), x, d_(4)),
         'uk': lambda: ch(['+44 7%s %s' % (d_(3), d_(6)), '07%s %s' % (d_(3), d_(6)), '+44 (0)20 %s %s' % (d_(4), d_(4)), '01%s %s' % (d_(3), d_(6))]),
         'de': lambda: ch(['+49 30 %s' % d_(8), '+49 (0)89 %s %s' % (d_(4), d_(4)), '0176 %s' % d_(8)]),
         'fr': lambda: ch(['+33 6 %s %s %s %s' % (d_(2), d_(2), d_(2), d_(2)), '+33 (0)4 %s %s %s %s' % (d_(2), d_(2), d_(2), d_(2)), '07 %s %s %s %s' % (d_(2), d_(2), d_(2), d_(2))]),
         'it': lambda: ch(['+39 3%s %s %s' % (d_(2), d_(3), d_(4)), '+39 02 %s %s' % (d_(4), d_(4)), '34%s %s' % (d_(1), d_(7))]),
         'es': lambda: ch(['+34 6%s %s %s' % (d_(2), d_(3), d_(3)), '+34 9%s %s %s %s' % (d_(1), d_(3), d_(2), d_(2))]),
         'pt': lambda: ch(['+351 91%s %s %s' % (d_(1), d_(3), d_(3)), '+55 11 9%s-%s' % (d_(4), d_(4)), '(21) 9%s-%s' % (d_(4), d_(4))]),
         'nl': lambda: ch(['+31 6 %s' % d_(8), '+31 20 %s %s' % (d_(3), d_(4)), '06-%s' % d_(8)]),
         'ie': lambda: ch(['+353 8%d %s %s' % (ri(3, 9), d_(3), d_(4)), '08%d %s %s' % (ri(3, 9), d_(3), d_(4))]),
         'in': lambda: ch(['+91 9%s %s' % (d_(4), d_(5)), '+91-98%s-%s' % (d_(3), d_(5)), '09%s %s' % (d_(4), d_(5))]),
         'br': lambda: ch(['+55 11 9%s-%s' % (d_(4), d_(4)), '+55 (21) 9%s-%s' % (d_(4), d_(4))]),
         'ar': lambda: '+54 9 11 %s-%s' % (d_(4), d_(4)),
         'sg': lambda: ch(['+65 9%s %s' % (d_(3), d_(4)), '+65 6%s %s' % (d_(3), d_(4)), '8%s %s' % (d_(3), d_(4))]),
         'au': lambda: ch(['+61 4%s %s %s' % (d_(2), d_(3), d_(3)), '04%s %s %s' % (d_(2), d_(3), d_(3)), '(07) %s %s' % (d_(4), d_(4)), '+61 3 %s %s' % (d_(4), d_(4))]),
         'nz': lambda: ch(['+64 21 %s %s' % (d_(3), d_(4)), '021 %s %s' % (d_(3), d_(4))]),
         'za': lambda: ch(['+27 7%d %s %s' % (ri(1, 9), d_(3), d_(4)), '07%d %s %s' % (ri(1, 9), d_(3), d_(4)), '+27 (0)11 %s %s' % (d_(3), d_(4))]),
         'ke': lambda: '+254 7%s %s %s' % (d_(2), d_(3), d_(3)),
         'ng': lambda: '+234 80%d %s %s' % (ri(2, 9), d_(3), d_(4)),
         'jp': lambda: ch(['+81 3-%s-%s' % (d_(4), d_(4)), '090-%s-%s' % (d_(4), d_(4))]),
         'kr': lambda: ch(['+82 10-%s-%s' % (d_(4), d_(4)), '010-%s-%s' % (d_(4), d_(4)), '+82 31-%s-%s' % (d_(3), d_(4))]),
         'tr': lambda: ch(['+90 5%s %s %s %s' % (d_(2), d_(3), d_(2), d_(2)), '0 (5%s) %s %s %s' % (d_(2), d_(3), d_(2), d_(2))]),
         'pl': lambda: ch(['+48 %s %s %s' % (ri(500, 799), d_(3), d_(3)), '+48 %s-%s-%s' % (ri(500, 799), d_(3), d_(3))]),
         'se': lambda: ch(['+46 70 %s %s %s' % (d_(3), d_(2), d_(2)), '070-%s %s %s' % (d_(3), d_(2), d_(2))]),
         'fi': lambda: ch(['+358 40 %s %s' % (d_(3), d_(4)), '040 %s %s' % (d_(3), d_(4))]),
         'ae': lambda: '+971 50 %s %s' % (d_(3), d_(4)),
         'ph': lambda: '+63 917 %s %s' % (d_(3), d_(4)),
         'id': lambda: '+62 812-%s-%s' % (d_(4), d_(4))}[cc]
    return ('PHONE_NUMBER', f())


def handle(w):
    return re.sub(r'[^a-z]', '', ascii_(w.first).lower()) + ch(['', '-', '.', '_']) + re.sub(r'[^a-z]', '', ascii_(w.last).lower())


def tok(n): return ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(n))


def URL(kind=None, w=None):
    kind = kind or ch(['corp', 'corp', 'social', 'phish', 'doc'])
    if kind == 'corp':
        dom = ch(CORP_DOM)
        path = ch(['', '/portal/login', '/account/billing?id=%d' % ri(1000, 99999), '/support/case/%d' % ri(10000, 99999),
                   '/docs/api/v2', '/careers/apply?job=%d' % ri(100, 999), '/status', '/claims/new'])
        pre = ch(['https://', 'https://www.', 'http://', 'www.', '', 'https://portal.'])
        if pre == '' and path == '': path = '/status'
        return ('URL', pre + dom + path)
    if kind == 'social':
        w = w or who()
        h = handle(w)
        return ('URL', ch(['https://www.linkedin.com/in/%s' % h, 'https://github.com/%s' % h.replace('.', ''),
                           'https://x.com/%s' % h.replace('-', '_').replace('.', '_'), 'https://www.facebook.com/%s' % h.replace('-', '.'),
                           't.me/%s' % h.replace('-', '_').replace('.', '_'), 'https://calendar.app.google/%s' % tok(10)]))
    if kind == 'phish':
        b = ch(['revolut', 'monzo', 'hsbc', 'barclays', 'ing', 'dbs', 'absa', 'qantas', 'uber'])
        return ('URL', ch(['http://%s-secure-verify.com/login' % b, 'https://%s.account-check.net/reset?token=%s' % (b, tok(12)),
                           'https://bit.ly/%s' % tok(7), '%s-support.help/unlock' % b, 'https://secure-%s.co/confirm?u=%s' % (b, tok(8))]))
    return ('URL', ch(['https://docs.google.com/spreadsheets/d/%s/edit' % tok(20), 'https://drive.google.com/file/d/%s/view' % tok(18),
                       'https://www.dropbox.com/s/%s/contract.pdf' % tok(12), 'https://meet.jit.si/%s' % tok(10),
                       'https://zoom.us/j/%s' % d_(10), 'https://notion.so/%s' % tok(16)]))

# ---- identifiers (valid by their specification) -------------------------------


def sep(s, groups, seps):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g]); i += g
    return ch(seps).join(out)


def CC(kind=None):
    kind = kind or ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb', 'maestro', 'unionpay', 'disc65'])
    if kind == 'maestro':
        n = luhn_complete(ch(['6759', '6304', '5018']) + d_(11))
    elif kind == 'unionpay':
        n = luhn_complete('62' + d_(13))
    elif kind == 'disc65':
        n = luhn_complete('65' + d_(13))
    else:
        n = card(R, kind)
    if len(n) == 15:
        s = sep(n, [4, 6, 5], [' ', '-', ''])
    elif len(n) == 14:
        s = sep(n, [4, 6, 4], [' ', '-', '']) if R.random() < 0.5 else n
    else:
        s = ch([group(n, 4), group(n, 4), group(n, 4, '-'), n])
    return ('CREDIT_CARD', s)


IBAN_X = {'LU': 'n3c13', 'HR': 'n17', 'RO': 'a4c16', 'CZ': 'n20', 'GR': 'n23', 'HU': 'n24', 'LT': 'n16', 'EE': 'n16',
          'SK': 'n20', 'SI': 'n15', 'IS': 'n22', 'MT': 'a4n5c18'}


def iban_any(cc):
    if cc in IBAN_FMT: return iban(R, cc)
    b = ''
    for kind, k in re.findall(r'([anc])(\d+)', IBAN_X[cc]):
        for _ in range(int(k)):
            b += ch(string.ascii_uppercase if kind == 'a' else string.digits if kind == 'n' else string.ascii_uppercase + string.digits)
    return cc + iban_check(cc, b) + b


def IB(cc=None):
    cc = cc or ch(['IT', 'PT', 'AT', 'CH', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR', 'LU', 'HR', 'RO', 'CZ', 'GR',
                   'HU', 'LT', 'EE', 'SK', 'SI', 'MT', 'NL', 'DE', 'FR', 'ES', 'GB', 'PL', 'BE'])
    s = iban_any(cc)
    return ('IBAN_CODE', group(s, 4) if R.random() < 0.6 else s)


def SSN():
    a, b, c = ssn(R)
    return ('US_SSN', ch(['%s-%s-%s', '%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c))


def ITIN():
    a, b, c = itin(R)
    return ('US_ITIN', ch(['%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c))


def BANK(): return ('US_BANK_NUMBER', d_(ch([8, 9, 10, 10, 11, 12, 12, 13, 14, 17])).lstrip('0') or '7' + d_(9))


def DL(state=None):
    f = ch([lambda: ch(string.ascii_uppercase) + d_(7),                                     # CA-style
            lambda: '%s %s %s' % (d_(3), d_(3), d_(3)),                                     # NY-style
            lambda: '%s%s-%s-%s-%s-%s' % (ch('ABCDFGHJKLMNPRSTW'), d_(3), d_(3), d_(2), d_(3), d_(1)),  # FL-style
            lambda: '%s%s-%s-%s' % (ch('ABCDFGHJKLMNPRSTW'), d_(3), d_(4), d_(4)),           # IL-style
            lambda: d_(8),                                                                   # TX-style
            lambda: '%s %s %s %s %s' % (ch('ABCDFGHJKLMNPRSTW'), d_(3), d_(3), d_(3), d_(3)),  # MI-style
            lambda: 'WDL' + ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(9)),  # WA-style
            lambda: ch(string.ascii_uppercase) + d_(12)])
    return ('US_DRIVER_LICENSE', f())


def USPASS(): return ('US_PASSPORT', ch([str(ri(1, 9)) + d_(8), ch('ACEFGHJKLMNPRSTUVWXZ') + d_(8)]))
def MBI(): return ('US_MBI', mbi(R, R.random() < 0.4))
def NPI(): return ('US_NPI', npi(R))


def DEA(w=None):
    s = dea(R)
    ini = ascii_(w.last)[0].upper() if w else ch(string.ascii_uppercase)
    if not ini.isalpha(): ini = 'X'
    return ('MEDICAL_LICENSE', s[0] + ini + s[2:])


def NHS():
    n = nhs(R)
    return ('UK_NHS', ch(['%s %s %s' % (n[:3], n[3:6], n[6:]), '%s %s %s' % (n[:3], n[3:6], n[6:]), n, '%s-%s-%s' % (n[:3], n[3:6], n[6:])]))


def NINO():
    A1 = 'ABCEGHJKLMNOPRSTWXYZ'; A2 = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = ch(A1) + ch(A2)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'): break
    d = d_(6); s = ch('ABCD')
    return ('UK_NINO', ch(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), '%s%s%s' % (p, d, s), '%s %s %s' % (p, d, s)]))


def SIN():
    n = sin(R)
    return ('CA_SIN', ch(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (n[:3], n[3:6], n[6:]))


def TFN():
    n = tfn(R)
    return ('AU_TFN', ch(['%s %s %s' % (n[:3], n[3:6], n[6:]), n, '%s-%s-%s' % (n[:3], n[3:6], n[6:])]))


def ABN():
    n = abn(R)
    return ('AU_ABN', ch(['%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:]), n]))


def ACN():
    n = acn(R)
    return ('AU_ACN', ch(['%s %s %s' % (n[:3], n[3:6], n[6:]), n]))


def MED():
    n = medicare(R)
    return ('AU_MEDICARE', ch(['%s %s %s' % (n[:4], n[4:9], n[9:]), n, '%s-%s-%s' % (n[:4], n[4:9], n[9:])]))


def NIF():
    n = nif(R)
    return ('ES_NIF', ch([n, n, n[:8] + '-' + n[8:]]))


def NIE():
    n = nie(R)
    return ('ES_NIE', ch([n, n, n[:8] + '-' + n[8:]]))


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
          10, 22, 25, 24, 23]


def cf_check(s):
    t = 0
    for i, c in enumerate(s):
        idx = int(c) if c.isdigit() else ord(c) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return chr(65 + t % 26)


def cf_for(first, last, female, d):
    def letters(s): return re.sub(r'[^A-Z]', '', ascii_(s).upper())
    def cons(s): return [c for c in letters(s) if c not in 'AEIOU']
    def vows(s): return [c for c in letters(s) if c in 'AEIOU']
    sur = ''.join((cons(last) + vows(last) + ['X'] * 3)[:3])
    c = cons(first)
    nam = ''.join([c[0], c[2], c[3]] if len(c) >= 4 else (c + vows(first) + ['X'] * 3)[:3])
    s = '%s%s%02d%s%02d%s' % (sur, nam, d.year % 100, 'ABCDEHLMPRST'[d.month - 1], d.day + (40 if female else 0),
                              ch(['H501', 'F205', 'L219', 'A662', 'G273', 'L424', 'B157', 'H703']))
    return s + cf_check(s)


def PIVA(): return ('IT_VAT_CODE', piva(R))
def PESEL(): return ('PL_PESEL', pesel(R))


def PNR():
    r = R.random()
    if r < 0.45: return ('SE_PERSONNUMMER', se_pnr(R, False, '-'))
    if r < 0.8: return ('SE_PERSONNUMMER', se_pnr(R, True, '-'))
    return ('SE_PERSONNUMMER', se_pnr(R, True, ''))


def HETU():
    y = ri(1946, 2012); m = ri(1, 12); dd = ri(1, 28)
    c = ch('-YXWVU') if y < 2000 else ch('ABCDEF')
    if R.random() < 0.5: c = '-' if y < 2000 else 'A'
    n = '%03d' % ri(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def TC(): return ('TR_NATIONAL_ID', tr_id(R))


def RRN():
    n = kr_rrn(R)
    return ('KR_RRN', n[:6] + '-' + n[6:] if R.random() < 0.75 else n)


def NRIC(fin=False):
    while True:
        n = nric(R)
        if (n[0] in 'FG') == fin: return ('SG_NRIC_FIN', n)


def PAN(w=None, kind='P'):
    U = string.ascii_uppercase
    ini = ascii_(w.last)[0].upper() if w else ch(U)
    return ('IN_PAN', ''.join(ch(U) for _ in range(3)) + kind + ini + d_(4) + ch(U))


def AADH():
    n = aadhaar(R)
    return ('IN_AADHAAR', ch([group(n, 4), group(n, 4), n, group(n, 4, '-')]))


def INPASS(): return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWXYZ') + str(ri(1, 9)) + d_(6))
def VOTER(): return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + d_(7))
def ZA(): return ('ZA_ID_NUMBER', za_id(R))


def MAC():
    b = [R.randrange(256) for _ in range(6)]
    if R.random() < 0.5: b[0] = (b[0] | 2) & 0xFE
    h = ''.join('%02x' % x for x in b)
    f = ri(0, 4)
    if f == 0: return ('MAC_ADDRESS', ':'.join(h[i:i + 2] for i in range(0, 12, 2)).upper())
    if f == 1: return ('MAC_ADDRESS', ':'.join(h[i:i + 2] for i in range(0, 12, 2)))
    if f == 2: return ('MAC_ADDRESS', '-'.join(h[i:i + 2] for i in range(0, 12, 2)).upper())
    if f == 3: return ('MAC_ADDRESS', '.'.join(h[i:i + 4] for i in range(0, 12, 4)))
    return ('MAC_ADDRESS', '-'.join(h[i:i + 2] for i in range(0, 12, 2)))


def v4(private=None):
    private = R.random() < 0.4 if private is None else private
    if private:
        return ch(['10.%d.%d.%d' % (ri(0, 255), ri(0, 255), ri(1, 254)), '192.168.%d.%d' % (ri(0, 255), ri(1, 254)),
                   '172.%d.%d.%d' % (ri(16, 31), ri(0, 255), ri(1, 254))])
    a = ch([x for x in range(1, 224) if x not in (10, 127, 172, 192)])
    return '%d.%d.%d.%d' % (a, ri(0, 255), ri(0, 255), ri(1, 254))


def v6():
    hx = lambda: '%x' % R.randrange(1, 65536)
    f = ri(0, 4)
    if f == 0: return ':'.join('%04x' % R.randrange(65536) for _ in range(8))
    if f == 1: return '%s:%s:%s::%s' % (ch(['2001:db8', '2a01:4f8', '2600:1f18', '2c0f:f248']), hx(), hx(), hx())
    if f == 2: return 'fe80::%s:%s:%s:%s' % (hx(), hx(), hx(), hx())
    if f == 3: return '::ffff:' + v4(False)
    return '%s:%s:%s:%s::%s' % (ch(['2001', '2a02', '2607', '2400']), hx(), hx(), hx(), hx())


def IP(kind=None):
    kind = kind or ch(['4', '4', '4', '6'])
    return ('IP_ADDRESS', v4() if kind == '4' else v6())


def CR(kind=None):
    return ('CRYPTO', btc(R, kind or ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr'])))

# ---- look-alikes (built to fail their checks) ---------------------------------


def bad_luhn(n, pre=''):
    while True:
        s = pre + d_(n - len(pre))
        if not luhn_ok(s): return s


def bad_iban(cc):
    s = iban_any(cc)
    good = s[2:4]
    while True:
        k = '%02d' % ri(2, 98)
        if k != good: return s[:2] + k + s[4:]


def tfn_ok(d): return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def acn_ok(d):
    s = sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1]))
    return (10 - s % 10) % 10 == int(d[8])


def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def bad_serial(n):
    while True:
        s = str(ri(1, 9)) + d_(n - 1)
        if luhn_ok(s): continue
        if n == 9 and (tfn_ok(s) or acn_ok(s)): continue
        if n == 10 and (nhs_ok(s) or luhn_ok('80840' + s)): continue
        if n == 12 and verhoeff_ok(s): continue
        return s


def b58_ok(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def bad_b58():
    s = btc(R, ch(['p2pkh', 'p2sh']))
    while True:
        i = ri(3, len(s) - 2)
        t = s[:i] + ch(B58) + s[i + 1:]
        if t != s and not b58_ok(t): return t


def ver(): return ch(['v', '']) + '%d.%d.%d' % (ri(0, 14), ri(0, 30), ri(0, 40))
def sha(n=40): return ''.join(ch('0123456789abcdef') for _ in range(n))


def uuid_():
    h = sha(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:32])


def money():
    f = ch(['$%s.%02d', '€%s,%02d', '£%s.%02d', 'CHF %s.%02d', '₹%s.%02d', 'AUD %s.%02d'])
    n = '{:,}'.format(ri(12, 98000))
    return f % (n.replace(',', '.') if f.startswith('€') else n, ri(0, 99))

# ---- templates with PII ---------------------------------------------------------
# Each returns a list of parts: strings, (TYPE, value) tuples, or callables.


def mb(p, *parts):
    """The parts with probability p, else nothing."""
    return list(parts) if R.random() < p else []


def t_double_charge():
    w = who()
    return [ch(['Hey, ', 'Hi there, ', '']), w.P(), ' here. ', O(ORG_SHOP), ' charged my card ', CC(),
            ' twice for the same order (#%d). Can you write a complaint for me?' % ri(10 ** 7, 10 ** 8)] + mb(0.5, ' My number is ', PH(), '.')


def t_chat_transcript():
    w = who()
    return ['Summarise this chat for the CRM:\nAgent: Thanks for contacting ', O(ORG_BANK + ORG_SHOP),
            ', who am I speaking with?\nCustomer: ', w.P(), '. I want to cancel the card ', CC(),
            '.\nAgent: Sure, I will send a confirmation to the e-mail on file.\nCustomer: Please use ', email_of(w),
            ' instead.']


def t_skimmed():
    return [ch(['i think my card ', 'pretty sure my card ']), CC(), ' got skimmed at a petrol station in ', CITY()] + mb(0.6, ' on ', D('recent')) + ['. what do i do first?']


def t_csv_dedupe():
    rows = []
    for _ in range(ri(2, 3)):
        w = who()
        rows += [w.P(), ',', email_of(w), ',', PH(), ',', CITY(), '\n']
    return ['Dedupe these rows and keep the newest:\nname,email,phone,city\n'] + rows[:-1]


def t_signature():
    w = who()
    return ['Reply politely to this:\n\nHi team,\n\nCould you move my delivery to ', D('future'),
            '? I will be away until then.\n\nBest regards,\n', w.P(), '\n', ch(['Procurement Lead', 'Office Manager', 'Head of Finance', 'Site Engineer']),
            ' | ', O(ORG_CORP), '\nM: ', PH(), '\n', email_of(w)]


def t_ticket_kv():
    w = who()
    return ['Ticket #%d\nReporter: ' % ri(40000, 99999), w.P(), '\nEmail: ', email_of(w), '\nPhone: ', PH(), '\nLocation: ',
            CITY()] + mb(0.5, ', ', CTRY()) + mb(0.6, '\nPage: ', URL('corp')) + ['\nIssue: cannot log in since the password reset.\n\nWhat should we check first?']


def t_callback():
    w = who()
    return ['Please call ', w.F(), ' back on ', PH(), ' before ', TM(), ' - they are at the ', CITY(),
            ' branch until then.']


def t_address_change():
    w = who('en')
    return ['Update the shipping address for ', w.P(), ': ', street(), ', ', L(CITY_US), ', ', L(STATE_US),
            '. The old one was ', street(), ', ', L(CITY_US), '.']


def t_offer_letter():
    return ['Draft an offer letter for ', P(), ', who will join ', O(ORG_CORP), ' as a ',
            ch(['data analyst', 'site reliability engineer', 'paralegal', 'product designer']), ' in ', CITY(), ' on ', D('future'),
            '. Salary: %s a year.' % ch(['€62,000', '$94,500', '£48,000', 'CHF 105,000'])]


def t_reference():
    a, b = who(), who()
    d1, d2 = D2('recent')
    return ['I need a reference letter for my former colleague ', a.P(), '. We worked together at ', O(ORG_CORP),
            ' from ', d1, ' to ', d2, '.'] + mb(0.5, ' Sign it as ', b.P(), '.')


def t_leave():
    d1, d2 = D2('future')
    return ['Employee ', P(), ' requested unpaid leave from ', d1, ' to ', d2,
            ' to visit family in ', CTRY(), '. Write a short approval note.']


def t_bio():
    w = who()
    n = N('nat')
    return ['Rewrite this bio in the third person: "I\'m ', w.P(), ', ', an(n), n, ' ',
            ch(['civil engineer', 'nurse', 'data scientist', 'translator']), ' based in ', CITY(), '.'] + \
        (mb(1, ' I spent eight years at ', O(ORG_CORP), ' before going freelance."') if R.random() < 0.5 else [' I love long walks and bad puns."'])


def t_w4():
    w = who('en')
    return ['W-4 draft\nEmployee: ', w.P(), '\nSSN: ', SSN(), '\nHome: ', street(), ', ', L(CITY_US), ', ', L(STATE_US)] + \
        mb(0.5, '\nFirst payday: ', D('future')) + ['\n\nAnything missing?']


def t_direct_deposit():
    return ['Direct deposit form for ', P(), ': account number ', BANK()] + mb(0.2, ' at ', O(ORG_BANK)) + \
        mb(0.4, ', SSN ', SSN()) + mb(0.3, ', e-mail ', E()) + mb(0.4, ', effective ', D('future')) + ['. Please double-check the layout.']


def t_i9():
    return ['I-9 check: ', P(), ' presented passport ', USPASS()] + mb(0.4, ', expiring ', D('future')) + \
        mb(0.2, '. Employer: ', O(ORG_CORP)) + ['. Is a passport alone enough?']


def t_starter_uk():
    w = who(ch(['en', 'any']))
    return ['Starter checklist - ', w.P(), ', NI no. ', NINO()] + mb(0.4, ', start date ', D('future')) + \
        mb(0.5, ', site: ', L(CITY_UK)) + ['.']


def t_nino_check():
    return ['Can you check whether ', NINO(), ' looks like a valid National Insurance number?'] + \
        mb(0.5, ' It belongs to ', F(), ', who starts with us in ', L(CITY_UK), '.')


def t_sin_onboard():
    return ['Onboarding ', P(), ' in our '] + (mb(1, L(CITY_CA)) if R.random() < 0.6 else ['head']) + [' office - SIN ', SIN()] + mb(0.5, ', phone ', PH('ca')) + ['.']


def t_sin_t4():
    w = who()
    return ['T4 correction: the SIN on ', w.P(), "'s slip should be ", SIN(), ', not the one '] + \
        (mb(1, O(ORG_CORP + ['Service Canada'])) if R.random() < 0.25 else ['payroll']) + [' printed. Draft the e-mail.']


def t_discharge():
    w = who('en')
    return ['Discharge summary\nPatient: ', w.P(), '\nNHS No: ', NHS(), '\nAdmitted: ', D('recent'), '\nWard: 7B'] + \
        mb(0.2, ', ', O(ORG_HOSP)) + ['\n'] + mb(0.5, 'GP: Dr ', who('any').L(), '\n') + ['\nTurn this into a letter for the GP.']


def t_nhs_mum():
    return [ch(['my mum ', 'my dad ', 'my gran ']), P(), ' has NHS number ', NHS(), ' and the appointment'] + \
        mb(0.2, ' at ', O(ORG_HOSP)) + [' was moved to ', D('future', time=R.random() < 0.5), '. can you write a complaint?']


def t_mbi_denied():
    return ['Medicare claim denied'] + mb(0.6, ' for ', P()) + [' (MBI ', MBI(), ').'] + mb(0.4, ' Service date ', D('recent'), '.') + \
        mb(0.2, ' Provider: ', O(ORG_CLINIC), '.') + [' What appeal form do we need?']


def t_npi():
    w = who()
    return ['Which taxonomy code should '] + (mb(1, O(ORG_CLINIC)) if R.random() < 0.2 else ['we']) + \
        [' use? The billing provider is Dr. ', w.P(), ', NPI ', NPI()] + mb(0.5, ', in ', L(CITY_US), ', ', L(STATE_US)) + ['.'] + \
        mb(0.4, ' Office: ', PH('us'), '.')


def t_appeal():
    return ['Appeal letter:\n- Beneficiary: ', P(), '\n- MBI: ', MBI(), '\n- Ordering provider NPI: ', NPI(),
            ] + mb(0.5, '\n- Denial dated: ', D('recent')) + ['\nMake it firm but polite.']


def t_dea_script():
    doc = who()
    return ['Pharmacist note: oxycodone script written by Dr. ', doc.L(), ' (DEA ', DEA(doc), ')'] + mb(0.6, ' for ', P()) + \
        mb(0.4, ', filled ', D('recent')) + ['. Anything unusual?']


def t_dea_valid():
    doc = who()
    if R.random() < 0.4:
        return ['DEA check: is ', DEA(), ' registered in ', L(STATE_US), '? The script came from a walk-in clinic.']
    return ['Is ', DEA(doc), ' a plausible DEA registration? The script is signed by ', doc.P()] + \
        mb(0.5, ' from ', L(CITY_US)) + ['.']


def t_handover():
    w = who()
    return ['Summarise for handover: ', w.P(), ', 67, ', N('rel'), ', declines blood products; admitted'] + mb(0.4, ' to ', O(ORG_HOSP)) + \
        [' on ', D('recent'), '.'] + mb(0.6, ' Daughter ', F(), ' on ', PH(), '.')


def t_medicare_au():
    return ['Bulk-billing query: Medicare ', MED(), ' for ', P()] + mb(0.2, ', seen at ', O(ORG_CLINIC_AU)) + \
        mb(0.4, ' on ', D('recent')) + ['.']


def t_medicare_kid():
    return [ch(['my medicare number is ', 'our medicare card is ']), MED(), ' and my son ', F(),
            ' is on it. how do i add my partner'] + mb(0.3, ' ', F()) + ['?']


def t_standing_order():
    return ['Set up a standing order: pay ', P(), ' %s monthly to IBAN ' % ch(['€450', '€1,200', 'CHF 900', '€75']), IB(),
            ', BIC %s.' % ch(['COBADEFFXXX', 'INGBNL2A', 'BCITITMM', 'RZBAATWW'])] + mb(0.5, ' First payment on ', D('future'), '.')


def t_payees_json():
    a, b = who(), who()
    return ['Validate these payees:\n[{"payee": "', a.P(), '", "iban": "', IB()] + mb(0.5, '", "bank": "', O(ORG_BANK)) + ['"}, {"payee": "', b.P(), '", "iban": "', IB(), '"}]']


def t_invoice_iban():
    return ['Invoice from ', O(ORG_CORP)] + mb(0.5, ', due ', D('future')) + ['. Pay to IBAN ', IB(), ' (account holder ', P(),
            '). Amount: %s. Is the IBAN format right?' % money()]


def t_loan():
    w = who('en')
    return ['Loan pre-approval for ', w.P(), ': SSN ', SSN()] + mb(0.3, ', employer ', O(ORG_CORP)) + [', date of birth ', D('dob')] + \
        mb(0.5, ', address ', street(), ', ', L(CITY_US)) + ['.']


def t_ssn_text():
    return ['is it safe to text my ssn ', SSN(), ' to the leasing office in ', L(CITY_US), '? the agent is called ', F('en')]


def t_w7():
    return ['W-7 renewal'] + mb(0.6, ' for ', P()) + [': current ITIN ', ITIN()] + mb(0.6, ', date of birth ', D('dob')) + mb(0.5, ', born in ', CTRY()) + ['.']


def t_joint():
    return ['Our household: me (SSN ', SSN(), ') and my ', ch(['spouse ', 'partner ']), P(), ' (ITIN ', ITIN(),
            '). Can we file jointly this year?']


def t_chargeback():
    return ['Chargeback on checking account ', BANK()] + mb(0.2, ' at ', O(ORG_BANK)) + ['. Account holder: ', P('en'), ', ', PH('us'), '.']


def t_wire_close():
    return ['Wire instructions for the closing: '] + mb(0.4, O(ORG_BANK), ', ') + ['account ', BANK(), ', beneficiary ', P(),
            ', property at ', street(), ', ', L(CITY_US), '. Does this look like a scam?']


def t_pay_btc():
    return ['Pay the contractor ', P(), ' in BTC: ', CR(), '. Confirm once sent and note the fee.']


def t_which_wallet():
    return ['Which of these is a SegWit address? ', CR(), ' or ', CR(), '']


def t_stuck_withdrawal():
    return [ch(['My ', 'my ']), O(ORG_EXCH) if R.random() < 0.6 else 'exchange', ' withdrawal to ', CR(), ' has been pending since ', D('recent', time=R.random() < 0.4),
            '. Write a support message.']


def t_tax_invoice_au():
    return ['Tax invoice\n', O(ORG_PTY), '\nABN ', ABN(), '\nBill to: ', P(), ', '] + mb(0.5, street(), ', ') + [L(CITY_AU)] + \
        mb(0.4, ', ', L(STATE_AU)) + ['\nTotal: AUD %s (GST incl.)' % '{:,}.00'.format(ri(200, 9000))]


def t_asic():
    return ['ASIC extract: ', O(ORG_PTY), ' (ACN ', ACN(), ')'] + mb(0.5, ', director ', P()) + mb(0.4, ', registered on ', D('any')) + \
        ['. Summarise in one line.']


def t_super():
    return ['Super choice form: ', P(), ', TFN ', TFN()] + mb(0.2, ', fund ', O(ORG_SUPER)) + mb(0.4, ', member since ', D('recent')) + ['.']


def t_sole_trader():
    return ['Sole trader ', P(), ' (TFN ', TFN(), ') subcontracts to ', O(ORG_PTY), ', ABN ', ABN(), ', ACN ', ACN(),
            '. Who should issue the invoice?']


def t_alquiler():
    return ['Contrato de alquiler: arrendatario ', P('es'), ', NIE ', NIE(), ', vivienda en '] + mb(0.5, street('es'), ', ') + [L(CITY_ES)] + mb(0.3, ', tel. ', PH('es')) + \
        mb(0.4, ', desde el ', D('future', 'es')) + ['.']


def t_factura():
    return ['Factura n.º F-%d/%d a nombre de ' % (ri(2019, 2025), ri(10, 999)), P('es'), ', NIF ', NIF()] + mb(0.5, ', con domicilio en ', L(CITY_ES)) + \
        ['. Teléfono de contacto: ', PH('es'), '.']


def t_nomina():
    return ['Para la nómina de ', P('es'), ': DNI ', NIF(), '; su pareja ', P('es'), ' tiene NIE ', NIE()] + \
        mb(0.45, '. Cuenta: ', IB('ES')) + ['. ¿Qué falta?']


def t_fattura():
    g, fem = ch(IT_F)
    l = ch(IT_L); d = day('dob')
    return ['Fattura elettronica: cedente ', O(ORG_IT), ', P.IVA ', PIVA(), '; cessionario ', ('PERSON', up('%s %s' % (g, l))),
            ', C.F. ', ('IT_FISCAL_CODE', cf_for(g, l, fem, d)), '.'] + mb(0.3, ' PEC: ', E(), '.')


def t_palestra():
    g, fem = ch(IT_F)
    l = ch(IT_L); d = day('dob')
    return ['Iscrizione in palestra: ', ('PERSON', '%s %s' % (g, l)), ', codice fiscale ', ('IT_FISCAL_CODE', cf_for(g, l, fem, d)),
            ', residente a ', L(CITY_IT)] + \
        mb(0.6, ', ', 'nata' if fem else 'nato', ' il ', ('DATE_TIME', ch(['%d %s %d' % (d.day, MON['it'][d.month - 1], d.year), '%02d/%02d/%d' % (d.day, d.month, d.year)]))) + ['.']


def t_vat_check():
    return ['Can you check the VAT number ', PIVA(), ' for our supplier ', O(ORG_IT)] + mb(0.5, ' in ', L(CITY_IT)) + ['?'] + \
        mb(0.5, ' Their contact is ', E(), '.')


def t_skierowanie():
    return [ch(['Skierowanie dla: ', 'Skierowanie - ubezpieczony: ', 'Karta wizyty: ']), P('pl'), ', PESEL ', PESEL(), ', wizyta ', D('future', 'pl')] + \
        mb(0.2, ', ', O(ORG_PL[1:])) + ['.']


def t_pl_payroll():
    return ['Payroll record: ', P('pl'), ', PESEL ', PESEL(), ', lives in ', L(CITY_PL)] + mb(0.5, ', phone ', PH('pl')) + mb(0.3, ', e-mail ', E()) + ['.']


def t_hyresavtal():
    return ['Hyresavtal: hyresgäst ', P('se'), ', personnummer ', PNR(), ', lägenhet på '] + mb(0.5, street('sv'), ', ') + [L(CITY_SE), '.'] + \
        mb(0.4, ' E-post: ', E(), '.')


def t_se_letter():
    return ['Can you translate this letter for ', P('se'), ' (', PNR(), ')?'] + mb(0.2, ' It is from ', O(ORG_SE), '.') + mb(0.4, ' Reply to ', E(), '.')


def t_potilas():
    return ['Potilas ', P('fi'), ', henkilötunnus ', HETU(), ', ajanvaraus ', D('future', 'fi'), '.'] + \
        mb(0.5, ' Osoite: ', street('fi'), ', ', L(CITY_FI), '.') + mb(0.4, ' Puh. ', PH('fi'))


def t_fi_taxcard():
    return ['The tax card'] + mb(0.6, ' for ', P('fi')) + [' lists identity code ', HETU()] + mb(0.2, '; employer ', O(ORG_FI)) + ['. Is the code format right?']


def t_hasta():
    return ['Hasta ', P('tr'), ', T.C. Kimlik No ', TC(), ', ', D('future', 'tr'), ' tarihinde '] + mb(0.5, L(CITY_TR), ' şubesinde ') + ['randevu aldı.'] + mb(0.4, ' Tel: ', PH('tr'))


def t_checkin_tr():
    return ['Hotel check-in: guest ', P('tr'), ', TC kimlik ', TC()] + mb(0.5, ', arriving ', D('future')) + mb(0.5, ' from ', L(CITY_TR)) + ['.']


def t_kr_hangul():
    return ['계좌 개설 요청: ', ('PERSON', ch(KR_HANGUL)), ', 주민등록번호 ', RRN(), ', 연락처 ', PH('kr'), '. 영어로 번역해 주세요.']


def t_kr_visa():
    w = who('kr')
    return ['Visa sponsor form for ', w.P(), ': RRN ', RRN()] + mb(0.5, ', currently in ', L(CITY_KR)) + [', email ', email_of(w), '.']


def t_sg_tenancy():
    return ['Tenancy agreement: tenant ', P('sg'), ', NRIC ', NRIC(), ', unit at ', L(SG_AREA)] + mb(0.4, ', lease from ', D('future')) + \
        mb(0.4, ', mobile ', PH('sg')) + ['.']


def t_sg_fin():
    return ['Work pass holder ', P(ch(['sg', 'in', 'any'])), ' (FIN ', NRIC(True), ') changed employer to '] + (mb(1, O(ORG_SG)) if R.random() < 0.5 else ['a logistics firm']) + \
        ['. What do we update?']


def t_kyc_list():
    w = who('in')
    return ['KYC checklist for ', w.P(), ':\n- PAN: ', PAN(w), '\n- Aadhaar: ', AADH(), '\n- Address: ', L(CITY_IN)] + mb(0.3, ', ', L(STATE_IN))


def t_tatkal():
    return ['Tatkal booking for ', P('in'), ', passport ', INPASS(), ', voter ID ', VOTER(), ', travelling from ', L(CITY_IN)] + mb(0.4, ' on ', D('future')) + ['.']


def t_in_mask():
    w = who('in')
    return ['Please mask before sharing: ', w.P(), ' - PAN ', PAN(w), ', Aadhaar ', AADH(), ', EPIC ', VOTER(),
            ', passport ', INPASS(), '.']


def t_za_lease():
    return ['Lease application: ', P('za'), ', ID no. ', ZA()] + mb(0.2, ', employed at ', O(ORG_ZA)) + [' in ', L(CITY_ZA)] + mb(0.4, ', cell ', PH('za')) + ['.']


def t_za_sim():
    return ['My ID number is ', ZA(), ' and my cell is ', PH('za'), '. Why was the SIM registration rejected?']


def t_rental_dl():
    st = L(STATE_US)
    return ['Rental counter note: ', P(), ' showed ', an(st), st, ' driver licence ', DL(), '; return due ',
            D('future', time=True)] + mb(0.5, ' at the ', L(CITY_US), ' airport desk') + ['.']


def t_insurance_dl():
    return ['Fill this insurance quote: driver ', P('en'), ', licence # ', DL(), ', garaging address '] + mb(0.5, street(), ', ') + \
        [L(CITY_US), ', ', L(STATE_US), '.']


def t_dl_plain():
    return [ch(["My driver's licence number is ", 'my drivers license # is ', 'DL number ']), DL(), ', issued in ', L(STATE_US),
            '. Does the rental form need anything else?']


def t_ff_passport():
    w = who()
    return ['Add passport ', USPASS(), ' to ', w.F(), "'s frequent flyer profile"] + mb(0.2, ' with ', O(ORG_AIR)) + \
        mb(0.5, '. Trip: ', CITY(), ' to ', CITY()) + mb(0.4, ', ', D('future')) + ['.']


def t_sshd():
    lines = []
    for _ in range(ri(2, 3)):
        lines.append('%s %2d %02d:%02d:%02d bastion sshd[%d]: Failed password for %s from ' % (
            ch(['Jan', 'Feb', 'Mar', 'Apr', 'Oct', 'Nov']), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(1000, 60000),
            ch(['root', 'admin', 'ubuntu', 'invalid user test', 'deploy'])))
        lines.append(IP())
        lines.append(' port %d ssh2\n' % ri(30000, 65000))
    lines[-1] = lines[-1].rstrip('\n')
    return ['Why am I seeing so many of these?\n'] + lines


def t_allowlist():
    return ['Add ', IP('4'), ' and ', IP('6'), ' to the allowlist for the '] + (mb(1, O(ORG_CORP)) if R.random() < 0.4 else ['office']) + \
        [' VPN, then reload the rules.']


def t_dhcp():
    return ['DHCP reservation: MAC ', MAC(), ' -> ', IP('4'), ', hostname %s. Write the dnsmasq line.' % ch(['printer-3f', 'nas01', 'cam-lobby', 'ap-west'])]


def t_inventory_yaml():
    w = who()
    return ['Convert this to CSV:\n- host: %s\n  mac: ' % ch(['nas01', 'kiosk-7', 'lab-gpu2', 'pos-term4']), MAC(), '\n  ip: ', IP(),
            '\n  owner: ', email_of(w, ch(CORP_DOM))]


def t_git_blame():
    a, b = who(), who()
    return ['git blame says line %d of %s was written by ' % (ri(20, 400), ch(FILES)), a.P(), ' <', email_of(a), '> in commit %s.' % sha(7)] + mb(0.5, ' Should I ask them or ', b.F(), '?')


def t_env_leak():
    return ['This .env was pushed to a public repo, what should I rotate?\nDB_HOST=', IP('4'), '\nADMIN_EMAIL=', email_of(who(), ch(CORP_DOM)),
            '\nLOG_LEVEL=debug\nAPP_VERSION=%s' % ver()]


def t_status_page():
    return ['Our status page ', URL('corp'), ' shows degraded service; the alert went to ', E(), ' and ', PH(), '. Draft an update.']


def t_redirect():
    return ['Redirect ', URL('corp'), ' to ', URL('corp'), ' in nginx and keep the query string.']


def t_incident():
    return ['Incident report: on ', D('recent', time=True), ', ', P()] + mb(0.5, ' from ', O(ORG_CORP)) + [' noticed requests from ', IP(),
            ' hitting ', URL('corp'), '. Write the timeline.']


def t_toast():
    a, b = who(), who()
    return ['Write a short toast for ', a.F(), ' and ', b.F(), "'s wedding in ", CITY(), ' on ', D('future'), '.']


def t_itinerary():
    return ['Plan a 3-day itinerary for me and ', F(), ': we land in ', CITY(), ' on ', D('future'), ' and leave from ', CITY(),
            '. Budget-friendly please.']


def t_fr_translate():
    return ["Translate to English: « Bonjour, je m'appelle ", P(), ", j'habite à ", L(CITY_FR), ' et mon numéro est le ',
            PH('fr'), '. »']


def t_de_translate():
    return ['Übersetze bitte ins Englische: ', ch(['Sehr geehrte Frau ', 'Sehr geehrter Herr ']), who().L(), ', Ihr Termin bei ', O(ORG_DE),
            ' ist am ', D('future', 'de'), '.']


def t_pt_review():
    w = who()
    return ['Revisa o texto: Olá, sou ', w.P(), ', moro em ', L(CITY_PT), ' e trabalho na ', O(ORG_CORP), '. Meu e-mail é ',
            email_of(w), '.']


def t_linkedin():
    w = who()
    n = N('nat')
    return ['Improve my LinkedIn summary. Name: ', w.P(), '. I am ', an(n), n, ' product manager'] + mb(0.5, ' at ', O(ORG_CORP)) + [' in ', CITY(), '. Profile: ', URL('social', w)]


def t_volunteer():
    d1, d2 = D2('recent')
    n = N()
    return ['Proofread: "', P(), ', ', an(n), n, ' volunteer with ', O(ORG_NGO), ', spent ', d1, ' to ', d2,
            ' in ', CITY(), ' rebuilding a school."']


def t_meeting():
    a = who()
    return ['Schedule a call with ', a.P(), ' (', O(ORG_CORP), ')'] + mb(0.5, ' and ', P()) + [' for ', D('future', time=True),
            '. Send the invite to ', email_of(a), '.']


def t_dm():
    return ['hey ', F(), ", it's ", F(), '. lost my phone, new number is ', PH(), '. also moved to ', CITY(), '!']


def t_permission():
    return ['Permission slip: my daughter ', P(), ' (Year 4) may attend the trip to ', CITY(), ' on ', D('future'),
            '.\nParent: ', P(), ', ', PH(), '\nSchool: ', O(ORG_SCHOOL)]


def t_reviews():
    return ['Summarise these reviews of ', O(ORG_SHOP + ORG_AIR), ':\n1. "', F(), ' from ', CITY(), ': great service, fast refund"\n2. "',
            F(), ': lost my bag twice"']


def t_listing():
    return ['Listing: 3-bed house at ', street(), ', ', L(CITY_AU + CITY_US), '. Viewing on ', D('future', time=True),
            '. Contact ', P(), ' at ', O(ORG_RE), ', ', PH(ch(['au', 'us', 'uk'])), '.']


def t_profile_kv():
    w = who()
    return ['Name: ', w.P(), '\nDOB: ', D('dob'), '\nNationality: ', N('nat'), '\nPhone: ', PH(), '\nEmail: ', email_of(w),
            '\nCity: ', CITY(), '\n\nFormat this as JSON.']


def t_social_real():
    w = who()
    return ['Is this a real profile? ', URL('social', w), ' - it claims to be ', w.P()] + mb(0.5, ' from ', O(ORG_CORP)) + ['.']


def t_smishing():
    return ['Got a text saying my ', O(ORG_BANK), ' account is locked, with a link ', URL('phish'), '. Sender was ', PH(), '. Scam?']


def t_merge_contacts():
    w = who()
    return ['Please merge contacts: ', email_of(w), ' and ', email_of(w), ' both belong to ', w.P(), '.']


def t_party():
    return ['Fact-check this sentence: ', P(), ', the ', N('pol'), ' councillor for ', CITY(), ', voted against the budget on ',
            D('recent'), '.']


def t_condolence():
    n = N('rel')
    return ['Help me write a condolence card to ', P(), '. Their father was ', an(n), n, ' minister in ', CITY(), '.']


def t_conference():
    w = who()
    return ['Speaker list for the ', CITY(), ' summit:\n1. ', w.P(), ' (', O(ORG_CORP), ')\n2. ', P(), ' (', O(ORG_CORP),
            ')\nSend the schedule to ', email_of(w), ' by ', D('future'), '.']


def t_refund_json():
    w = who()
    return ['{"ticket": "RF-%d", "customer": {"name": "' % ri(10000, 99999), w.P(), '", "email": "', email_of(w), '", "card": "', CC(),
            '", "city": "', CITY(), '"}, "amount": "%s"}' % money()]


def t_lost_wallet():
    return ['Lost my wallet in ', CITY(), ' on ', D('recent'), '. It had my '] + mb(0.4, O(ORG_BANK), ' ') + ['card ', CC(),
            ' and my licence. Which should I cancel first?']


def t_vet():
    return ['Remind ', P('en'), ' that the dog is due for vaccines at ', O(['Bluegum Veterinary Clinic']), ' on ',
            D('future', time=True), '. Text ', PH('au'), '.']


def t_crypto_dispute():
    return ['Dispute: I paid ', P(), ' %s BTC to ' % ch(['0.02', '0.15', '0.004']), CR(), ' on ', D('recent'),
            ' for a laptop that never arrived. What can I do?']


def t_iban_pair():
    return ['Which of these IBANs is Irish and which is Portuguese? ', IB('IE'), ' / ', IB('PT')]


def t_iban_lower():
    return ['hi, can you check if ', IB(), ' is valid? my landlord ', F(), ' sent it by whatsapp']


def t_email_signup():
    return ['Write a welcome email to ', E(), ' for joining the ', CITY(), ' running club.']


def t_test_cards():
    return ['Which of these test numbers are Visa and which are Mastercard or Amex? ', CC('visa'), ', ', CC(ch(['mc', 'mc2'])),
            ', ', CC('amex')]


def t_hotel_card():
    return ['Book a room at ', O(['Coral Bay Resorts']), ' for ', P(), ' for three nights from ', D('future'),
            ' and guarantee it with card ', CC(), '.']


def t_email_bounce():
    return ['Mail to ', E(), ' bounced with "550 mailbox unavailable". Send to ', E(), ' instead?']


def t_catering():
    return ['Catering note for the offsite: ', P(), ' is ', N('rel'), ' and does not drink, ', P(),
            ' is vegan, and ', F(), ' needs a gluten-free option. Turn this into a table.']


def t_card_log():
    return ['Explain this payment log:\n', ch(['DECLINED', 'APPROVED']), ' card ', CC(), ' amount %s\n' % money(),
            ch(['DECLINED', 'APPROVED', 'REVERSED']), ' card ', CC(), ' amount %s' % money()]


def t_url_check():
    return ['Is ', URL(ch(['phish', 'doc', 'corp'])), ' safe to open? It came in an email from ', E(), '.']


def t_subscription():
    return ['Please cancel my ', O(ORG_SHOP), ' subscription on card ', CC(), ' and refund the last charge of %s.' % money()]


def t_portal_reset():
    w = who()
    return [w.P(), " can't reset the password at ", URL('corp'), '. The e-mail on file is ', email_of(w), '. What should IT check?']


def t_occ_health():
    return ['Occupational health referral: ', P(ch(['en', 'any'])), ', NHS ', NHS(), ', NI number ', NINO(), '.'] + \
        mb(0.4, ' Appointment ', D('future', time=True), '.')


def t_clinic_claim():
    return ['Claim from ', O(ORG_CLINIC_AU), ' (ABN ', ABN(), '): patient ', P(), ', Medicare ', MED(), '.']


def t_prescriber():
    doc = who()
    return ['Prescriber on file: Dr. ', doc.P(), ', NPI ', NPI(), ', DEA ', DEA(doc), '. Add to the formulary request.']


def t_id_verify():
    return ['ID verification for ', P(), ': passport ', USPASS(), ' and ', L(STATE_US), ' driver licence ', DL(), '. Do they match?']


TEMPLATES = [  # (function, number of records)
    # identifiers of a country, with names, places, dates around them
    (t_w4, 4), (t_direct_deposit, 7), (t_i9, 5), (t_starter_uk, 5), (t_nino_check, 5), (t_occ_health, 4),
    (t_sin_onboard, 8), (t_sin_t4, 7), (t_discharge, 5), (t_nhs_mum, 5), (t_mbi_denied, 7), (t_npi, 3), (t_appeal, 7),
    (t_dea_script, 5), (t_dea_valid, 5), (t_prescriber, 5), (t_medicare_au, 6), (t_medicare_kid, 5), (t_clinic_claim, 4),
    (t_w7, 7), (t_joint, 7), (t_chargeback, 4), (t_wire_close, 4), (t_tax_invoice_au, 3), (t_asic, 7), (t_super, 8),
    (t_sole_trader, 8), (t_alquiler, 8), (t_factura, 7), (t_nomina, 7), (t_fattura, 8), (t_palestra, 7),
    (t_vat_check, 7), (t_skierowanie, 8), (t_pl_payroll, 7), (t_hyresavtal, 8), (t_se_letter, 7), (t_potilas, 8),
    (t_fi_taxcard, 7), (t_hasta, 8), (t_checkin_tr, 7), (t_kr_hangul, 5), (t_kr_visa, 10), (t_sg_tenancy, 8),
    (t_sg_fin, 7), (t_kyc_list, 8), (t_tatkal, 7), (t_in_mask, 7), (t_za_lease, 8), (t_za_sim, 6), (t_rental_dl, 4),
    (t_insurance_dl, 3), (t_dl_plain, 3), (t_id_verify, 4), (t_ff_passport, 5), (t_dhcp, 7), (t_inventory_yaml, 8),
    # cards, bank accounts, wallets, contacts, networks, people and places
    (t_double_charge, 3), (t_chat_transcript, 2), (t_skimmed, 4), (t_csv_dedupe, 2), (t_signature, 1), (t_ticket_kv, 2),
    (t_callback, 1), (t_address_change, 1), (t_offer_letter, 1), (t_reference, 1), (t_leave, 1), (t_bio, 2),
    (t_handover, 2), (t_standing_order, 5), (t_payees_json, 4), (t_invoice_iban, 3), (t_loan, 4), (t_ssn_text, 4),
    (t_pay_btc, 5), (t_which_wallet, 5), (t_stuck_withdrawal, 4), (t_sshd, 3), (t_allowlist, 4), (t_git_blame, 2),
    (t_env_leak, 2), (t_status_page, 3), (t_redirect, 4), (t_incident, 2), (t_toast, 1), (t_itinerary, 1),
    (t_fr_translate, 1), (t_de_translate, 1), (t_pt_review, 1), (t_linkedin, 2), (t_volunteer, 2), (t_meeting, 1),
    (t_dm, 1), (t_permission, 1), (t_reviews, 1), (t_listing, 1), (t_profile_kv, 3), (t_social_real, 2),
    (t_smishing, 4), (t_merge_contacts, 2), (t_party, 3), (t_condolence, 2), (t_conference, 1), (t_refund_json, 4),
    (t_lost_wallet, 3), (t_vet, 1), (t_crypto_dispute, 4), (t_iban_pair, 3), (t_iban_lower, 4), (t_email_signup, 2),
    (t_email_bounce, 3), (t_test_cards, 4), (t_card_log, 4), (t_url_check, 3), (t_hotel_card, 3), (t_catering, 3), (t_subscription, 2), (t_portal_reset, 3),
]

# ---- templates without PII (look-alikes and plain requests) -------------------


def n_rebase(): return 'Rebase feature/%s onto main; the conflicting commit is %s.' % (ch(['checkout-v2', 'sso-login', 'pdf-export']), sha())
def n_digest(): return 'docker pull keeps failing for image sha256:%s. Any ideas?' % sha(64)
def n_invoice(): return 'Invoice %s for %s is still unpaid; PO %s. Draft a firm reminder.' % (ch(['INV-', 'RE-', 'FAC/']) + d_(6), money(), 'PO-' + d_(7))
def n_tracking(): return 'Tracking number 1Z%s%s shows "label created" only. Order %s.' % (''.join(ch(string.ascii_uppercase + string.digits) for _ in range(6)), d_(10), 'WEB-' + d_(8))
def n_giftcard(): return 'Gift card %s says invalid at checkout - did I mistype it?' % group(bad_luhn(16, ch(['4', '5', '6'])), 4)
def n_iban_bad(): return 'The reference %s on our remittance slip does not validate. Why would that be?' % group(bad_iban(ch(['IT', 'NL', 'AT', 'IE', 'PT', 'CZ'])), 4)
def n_serials(): return 'Serial numbers %s and %s were returned under RMA-%s.' % (bad_serial(9), bad_serial(10), d_(5))
def n_bump(): return 'Bump %s from %s to %s in package.json and run the tests.' % (ch(['react-router', 'lodash', 'vite', 'axios']), ver(), ver())
def n_firmware(): return 'Firmware %d.%d.%d.%d bricked two routers; roll back to %s.' % (ri(1, 9), ri(0, 20), ri(0, 9), ri(10, 250), ver())
def n_colour(): return 'Set the accent colour to #%s and the border radius to 6px in theme.scss.' % sha(6)
def n_sku(): return 'SKU %s-%s-%s-%s is out of stock; suggest an alternative from the %s range.' % (d_(3), d_(3), d_(4), ch(['XL', 'BK', 'WH', 'S2']), ch(['H1', 'A4', 'X11', 'Q7']))


def n_logs():
    out = []
    for _ in range(ri(2, 3)):
        out.append('%s %s job %d %s' % (
            ch(['2025-03-04T11:22:33.481Z', '[2024-11-19 08:02:11,093]', 'Sep 14 22:41:07', '2026-01-02 00:00:01']),
            ch(['ERROR', 'WARN', 'INFO']), ri(100, 99999),
            ch(['failed: timeout after 30s', 'retried 3 times', 'queue depth 4512', 'heap at 91%'])))
    return 'What is going wrong here?\n' + '\n'.join(out)


def n_uuid(): return 'UUID %s appears twice in the orders table. Write a query to find duplicates.' % uuid_()
def n_promo(): return 'Promo code %s does not work at checkout.' % bad_b58()
def n_explain(): return ch(['Explain the difference between a mutex and a semaphore in Go.', 'What does HTTP status 429 mean and how should my client back off?',
                            'Summarise the pros and cons of SQLite vs Postgres for a small app.', 'Write a haiku about autumn rain.',
                            'How many grams of flour are in 2.5 cups?', 'Give me three names for a bakery that sells sourdough.',
                            'Convert this loop to a list comprehension: for i in range(10): out.append(i * i)',
                            'What is the time complexity of heapify?', 'Rewrite this sentence to be more concise: "In order to proceed, we need to make a decision."'])
def n_case(): return 'Case %s-%s was escalated to tier 2 with priority P1.' % (d_(5), d_(4))
def n_batch(): return 'Batch %s and lot L%s failed QC at step 4 of 9.' % (bad_serial(12), d_(6))
def n_container(): return 'Container %s exited with code 139 after %s restarts.' % (sha(12), '{:,}'.format(ri(1000, 90000)))
def n_error(): return 'Error 0x%s in %s line %d. What does it mean?' % (sha(8).upper(), ch(FILES), ri(10, 2000))
def n_math(): return 'Multiply %s by 12 and round to two decimals.' % '{:,}.{:02d}'.format(ri(100, 9000), ri(0, 99))
def n_bench(): return 'Benchmark: build %s took %.1fs vs %.1fs on %s. Is that significant?' % (ver(), R.uniform(10, 30), R.uniform(10, 30), sha(7))
def n_regex(): return 'Write a regex that matches codes like ABC-1234-XY but not ABC-12345.'
def n_foreign(): return ch(['¿Puedes resumir el acta de la reunión n.º %d en tres puntos?' % ri(2, 40),
                            'Bitte fasse die Rechnung RE-%s über %s,%02d € zusammen.' % (d_(6), '{:,}'.format(ri(100, 9000)).replace(',', '.'), ri(0, 99)),
                            'Lütfen üç maddede özetle: sipariş no %s iptal edildi.' % d_(9),
                            'Riassumi il verbale n. %d in cinque righe.' % ri(2, 90),
                            'Tiivistä raportti %s kolmeen kohtaan.' % ('R-' + d_(5))])
def n_json(): return '{"ticket": "TCK-%s", "priority": %d, "sla_hours": 48, "component": "billing-api", "build": "%s"}\n\nWhy would the SLA timer not start?' % (d_(5), ri(1, 4), ver())
def n_loyalty(): return 'My loyalty number %s fails the check in the app. Is it a typo?' % bad_luhn(ch([13, 16, 19]), ch(['3', '6', '9']))
def n_tfn_like(): return 'Is %s a valid parcel reference or did the courier make a typo?' % group(bad_serial(9), 3, ' ')
def n_amounts(): return 'Split %s three ways, with a 12.5%% tip on top.' % money()
def n_semver(): return 'Why does %s sort before %s in semver?' % (ver() + '-rc.1', ver())


NEG = [(n_rebase, 4), (n_digest, 3), (n_invoice, 5), (n_tracking, 4), (n_giftcard, 5), (n_iban_bad, 5), (n_serials, 4),
       (n_bump, 3), (n_firmware, 4), (n_colour, 3), (n_sku, 4), (n_logs, 4), (n_uuid, 3), (n_promo, 4), (n_explain, 10),
       (n_case, 3), (n_batch, 4), (n_container, 3), (n_error, 3), (n_math, 2), (n_bench, 2), (n_regex, 1), (n_foreign, 5),
       (n_json, 3), (n_loyalty, 3), (n_tfn_like, 3), (n_amounts, 2), (n_semver, 2)]

# ---- assembly -------------------------------------------------------------------

PRE = ['Here is the text:\n\n', 'From the shared inbox:\n', 'Below is a message we received.\n\n', 'Input:\n',
       'Classify the urgency of this message (low/medium/high):\n', 'Turn this into a short checklist:\n---\n',
       'Can you rewrite this more clearly?\n\n', 'Translate into Spanish:\n', 'Pull out every field you can find:\n']
SUF = ['\n\nUse bullet points.', '\n\nOne paragraph max.', '\n\nThank you!', ' ty', ' cheers', ' :)', '\n\nFormat as a table.',
       '\n\nNo markdown please.', '!!', ' asap']
NAMEISH = ('PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL')


def flat(parts):
    out = []
    for p in parts:
        if callable(p): p = p()
        if isinstance(p, list): out.extend(flat(p))
        else: out.append(p)
    return out


def render(parts, lower=False):
    parts = flat(parts)
    if lower:
        parts = [p.lower() if isinstance(p, str) else (p[0], p[1].lower()) if p[0] in NAMEISH else p for p in parts]
    if isinstance(parts[-1], str) and parts[-1].endswith('.') and R.random() < 0.12:
        parts[-1] = parts[-1][:-1]
    if R.random() < 0.2:
        parts.insert(0, ch(PRE))
    if R.random() < 0.2:
        sfx = ch(SUF)
        if not sfx.startswith('\n') and isinstance(parts[-1], str) and parts[-1].endswith('.'):
            parts[-1] = parts[-1][:-1]
        parts.append(sfx)
    return fill(parts)


def main():
    recs = []
    for fn, n in TEMPLATES:
        for _ in range(n):
            text, ents = render(fn(), lower=R.random() < 0.09)
            recs.append((text, ents))
    for fn, n in NEG:
        for _ in range(n):
            text, _ = render([fn()], lower=R.random() < 0.07)
            recs.append((text, []))
    R.shuffle(recs)
    write([{'id': 'p15-%04d' % i, 'text': t, 'entities': e} for i, (t, e) in enumerate(recs)])


if __name__ == '__main__':
    main()
