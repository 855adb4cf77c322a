"""Probe 35: a blind measure of generalisation. 600 dev-style chat prompts
over all 43 entity types, from 281 templates of new wording, with people
whose full names, firms and e-mail domains neither dev nor the other probes
use, 108 of them PII-free look-alikes (failed check digits, serials,
hashes, log timestamps), and dev's rates of lower-case text, upper-case
names and instruction wrappers. Every identifier passes its check."""
import os, random, re, string, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(35035)
N_TOTAL, N_NEG = 600, 108

# ---- vocabularies ------------------------------------------------------------
POOLS = {
 'en': (['Rosalind', 'Barnaby', 'Tamsin', 'Leopold', 'Winifred', 'Crispin', 'Hollis', 'Marigold', 'Ambrose', 'Philippa',
         'Lysander', 'Delphine', 'Garrick', 'Cordelia', 'Jethro', 'Imogen', 'Alaric', 'Perpetua', 'Thaddeus', 'Araminta'],
        ['Pettigrew', 'Ashcombe', 'Fairweather', 'Blackwood', 'Harrowgate', 'Lockridge', 'Penhaligon', 'Thistlewood', 'Whitlock',
         'Greenhalgh', 'Bramhall', 'Coldwell', 'Merriweather', 'Stanhope', 'Kingsley', 'Radcliffe', 'Wetherby', 'Brackenbury',
         'Oakhurst', 'Dunmore']),
 'ie': (['Saoirse', 'Cathal', 'Niamh', 'Ruairí', 'Aoibheann', 'Donnacha', 'Clodagh', 'Tadhg'],
        ['Mac Giolla', 'Ó Ceallaigh', 'Flanagan', 'Mulcahy', 'Tierney', 'Geraghty', 'Breathnach']),
 'sc': (['Ailsa', 'Fergus', 'Morag', 'Lachlan', 'Isla', 'Hamish'], ['MacAulay', 'Drummond', 'Urquhart', 'Lennox', 'Buchanan']),
 'kr': (['Seo-yeon', 'Ha-eun', 'Ye-jin', 'Dong-hyun', 'Tae-yang', 'Eun-seo', 'Woo-jin', 'Ji-ah', 'Seung-hoon', 'Na-rae'],
        ['Baek', 'Yoon', 'Shin', 'Hwang', 'Nam', 'Ryu', 'Seong', 'Gwak', 'Moon', 'Byun']),
 'sg': (['Jun Kai', 'Li Ting', 'Zhi Hao', 'Shu Fen', 'Wen Jie', 'Pei Shan', 'Kai Xuan', 'Yu Xuan'],
        ['Lim', 'Koh', 'Chua', 'Quek', 'Toh', 'Yeo', 'Sim', 'Ong']),
 'my': (['Nurul Aisyah', 'Faizal', 'Syafiqah', 'Haziq', 'Azlan', 'Nadhirah'],
        ['binti Rahmat', 'bin Yusof', 'binti Othman', 'bin Kamarudin', 'binti Zakaria', 'bin Ismail']),
 'in': (['Ishaan', 'Meenakshi', 'Siddharth', 'Lavanya', 'Pranav', 'Nandini', 'Abhishek', 'Tanvi', 'Harsh', 'Kavya', 'Anirudh', 'Shreya'],
        ['Venkatesan', 'Bhattacharya', 'Kulkarni', 'Raghavan', 'Chaturvedi', 'Subramaniam', 'Banerjee', 'Ahluwalia', 'Hegde',
         'Joshi', 'Pillai', 'Trivedi']),
 'es': (['Íñigo', 'Rocío', 'Gonzalo', 'Inmaculada', 'Borja', 'Montserrat', 'Adrián', 'Begoña', 'Fermín', 'Nerea'],
        ['Echeverría', 'Ibáñez', 'Zubizarreta', 'Carrasco', 'Olmedo', 'Quintana', 'Salcedo', 'Arrieta', 'Villalobos', 'Cifuentes']),
 'mx': (['Xóchitl', 'Itzel', 'Rodrigo', 'Guadalupe', 'Emiliano', 'Citlali'], ['Zamudio', 'Ocampo', 'Barragán', 'Huerta', 'Sandoval']),
 'it': (['Ludovica', 'Tommaso', 'Beatrice', 'Gianluca', 'Ottavia', 'Raffaele', 'Arianna', 'Edoardo', 'Serena', 'Ippolito'],
        ['Bellandi', 'Castellucci', 'Fabbri', 'Lombardo', 'Pellegrini', 'Sartori', 'Vitale', 'Zanetti', 'Donati', 'Benedetti']),
 'fr': (['Apolline', 'Baptiste', 'Clémence', 'Théo', 'Ombeline', 'Mathurin', 'Soline', 'Anatole'],
        ['Lefebvre', 'Rousseau', 'Chevalier', 'Delacroix', 'Bonnaire', 'Vasseur', 'Lemaître', 'Poirier']),
 'pl': (['Bartłomiej', 'Zofia', 'Wojciech', 'Agnieszka', 'Przemysław', 'Małgorzata', 'Jędrzej', 'Katarzyna'],
        ['Grabowski', 'Wiśniewska', 'Sienkiewicz', 'Jankowska', 'Pawłowski', 'Dąbrowska', 'Szymański', 'Wróblewska']),
 'se': (['Ebba', 'Linnéa', 'Hampus', 'Alvar', 'Ingrid', 'Ture', 'Signe', 'Vilgot'],
        ['Lindqvist', 'Bergström', 'Sjöberg', 'Wallin', 'Åkesson', 'Hedlund', 'Norrman', 'Blomqvist']),
 'fi': (['Eetu', 'Iida', 'Onni', 'Kerttu', 'Aatu', 'Pihla', 'Veikko', 'Lumi'],
        ['Heikkinen', 'Järvinen', 'Peltola', 'Kiiskinen', 'Väisänen', 'Leppänen', 'Hyvönen', 'Rantanen']),
 'tr': (['Elif', 'Barış', 'Selin', 'Oğuz', 'Defne', 'Tolga', 'Ebru', 'Umut'],
        ['Karaca', 'Öztürk', 'Şahin', 'Arslan', 'Kılıç', 'Erdem', 'Güneş', 'Tekin']),
 'za': (['Nomvula', 'Lwandle', 'Zanele', 'Bongani', 'Ayanda', 'Sifiso', 'Lerato', 'Anneke'],
        ['Dlamini', 'Mthembu', 'Zwane', 'Sithole', 'Botha', 'Nkosana', 'Radebe', 'Pretorius']),
 'vn': (['Thảo', 'Khánh', 'Phương', 'Dũng', 'Linh', 'Bảo'], ['Trịnh', 'Huỳnh', 'Võ', 'Phạm', 'Lương', 'Bùi']),
 'ng': (['Adaeze', 'Olumide', 'Ngozi', 'Babajide', 'Chidinma', 'Ifeanyi', 'Temitope', 'Obinna'],
        ['Oyelaran', 'Nwachukwu', 'Adebayo', 'Okonkwo', 'Afolabi', 'Ezeani', 'Olatunji', 'Umeh']),
 'ar': (['Layla', 'Tariq', 'Yasmin', 'Khalid', 'Rania', 'Samir', 'Dalal', 'Bilal'],
        ['Al-Masri', 'Haddadin', 'Khoury', 'Farouk', 'Abboud', 'El-Sayed', 'Barakat', 'Nassar']),
 'ir': (['Shirin', 'Kourosh', 'Parisa', 'Dariush'], ['Tehrani', 'Moradi', 'Karimi', 'Farahani']),
 'pt': (['Inês', 'Duarte', 'Leonor', 'Afonso', 'Matilde', 'Tiago'], ['Magalhães', 'Figueiredo', 'Antunes', 'Cardoso', 'Sequeira', 'Teixeira']),
 'br': (['Thiago', 'Luana', 'Caio', 'Fernanda', 'Rafaela'], ['Albuquerque', 'Nogueira', 'Cavalcanti', 'Bezerra', 'Siqueira', 'Moura']),
 'de': (['Jonas', 'Annika', 'Friedrich', 'Greta', 'Matthias', 'Lotte', 'Konstantin', 'Henrike'],
        ['Brandstätter', 'Kaltenbach', 'Oberhauser', 'Wendt', 'Hoffmeister', 'Zimmermann', 'Krüger', 'Lindemann']),
 'nl': (['Maarten', 'Femke', 'Joost', 'Sanne'], ['Verhoeven', 'de Groot', 'van Leeuwen', 'Bosman']),
 'jp': (['Haruka', 'Sota', 'Yui', 'Ren', 'Kenta', 'Mio', 'Daiki', 'Akari'],
        ['Fujimoto', 'Ishikawa', 'Matsuda', 'Ogawa', 'Kobayashi', 'Shimizu', 'Hayashi', 'Inoue']),
 'ru': (['Dmitri', 'Yekaterina', 'Anatoly', 'Polina', 'Grigory', 'Oksana'], ['Sokolov', 'Volkova', 'Lebedev', 'Morozova', 'Orlov', 'Zaitseva']),
 'ua': (['Taras', 'Olena', 'Bohdan', 'Iryna'], ['Shevchuk', 'Bondarenko', 'Tkachenko', 'Kravets']),
 'gr': (['Eleni', 'Stavros', 'Kalliope', 'Nikos'], ['Papadakis', 'Georgiou', 'Karamanlis', 'Antoniou']),
 'cz': (['Vojtěch', 'Klára', 'Ondřej', 'Lenka'], ['Dvořák', 'Procházková', 'Kučera', 'Veselá']),
 'hu': (['Levente', 'Réka', 'Bence', 'Zsófia'], ['Szabó', 'Farkas', 'Tóth', 'Balogh']),
 'ph': (['Maricel', 'Jericho', 'Analyn', 'Rommel'], ['Dimaculangan', 'Macaraeg', 'Villanueva', 'Bautista']),
 'th': (['Somchai', 'Kanya', 'Niran', 'Pimchanok'], ['Srisuwan', 'Wongsawat', 'Chaiyaporn', 'Rattanakorn']),
 'id': (['Agus', 'Dewi', 'Budi', 'Ratna'], ['Santoso', 'Wijaya', 'Kusuma', 'Hartono']),
 'gh': (['Kwabena', 'Akosua', 'Yaw', 'Abena'], ['Asante', 'Owusu', 'Boateng', 'Mensah']),
 'et': (['Selam', 'Dawit', 'Meron', 'Yonas'], ['Tesfaye', 'Girma', 'Bekele', 'Haile']),
 'ke': (['Wambui', 'Otieno', 'Akinyi', 'Kiprono'], ['Njoroge', 'Odhiambo', 'Chebet', 'Mutua']),
 'il': (['Noa', 'Eitan', 'Tamar', 'Yoav'], ['Ben-David', 'Shapira', 'Avraham', 'Mizrahi']),
 'no': (['Sigrid', 'Håkon', 'Ingeborg', 'Torstein'], ['Haugen', 'Solberg', 'Bakke', 'Kristiansen']),
 'ro': (['Ioana', 'Mihai', 'Bianca', 'Radu'], ['Constantinescu', 'Dumitrescu', 'Popescu', 'Stoica']),
 'pk': (['Ayesha', 'Usman', 'Hina', 'Faisal'], ['Chaudhry', 'Malik', 'Butt', 'Abbasi']),
 'bd': (['Tahmina', 'Rafiq', 'Nusrat', 'Shafiq'], ['Hossain', 'Chowdhury', 'Akter', 'Sarkar']),
 'cn': (['Xiaoming', 'Meiling', 'Haoran', 'Yutong'], ['Zhou', 'Huang', 'Xu', 'Sun']),
 'mi': (['Aroha', 'Tane', 'Manaia', 'Wiremu'], ['Ngata', 'Parata', 'Tawhiri', 'Ruatapu']),
}
# culture weights for prompts that do not tie a person to one country (dev is mostly English-speaking names)
GEN_W = {'en': 30, 'ie': 4, 'sc': 3, 'kr': 3, 'sg': 2, 'in': 5, 'es': 4, 'mx': 2, 'it': 3, 'fr': 4, 'pl': 3, 'se': 2, 'fi': 2,
         'tr': 3, 'za': 3, 'vn': 3, 'ng': 4, 'ar': 4, 'ir': 2, 'pt': 2, 'br': 3, 'de': 4, 'nl': 2, 'jp': 3, 'ru': 2, 'ua': 2,
         'gr': 1, 'cz': 1, 'hu': 1, 'ph': 2, 'th': 1, 'id': 1, 'gh': 2, 'et': 1, 'ke': 2, 'il': 1, 'no': 1, 'ro': 1, 'pk': 2,
         'bd': 1, 'cn': 2, 'mi': 1, 'my': 1}
SURNAME_FIRST = {'kr': 0.5, 'sg': 1.0, 'cn': 0.5, 'hu': 0.3, 'vn': 0.0}
CITY = {
 'us': ['Walla Walla', 'Bozeman', 'Paducah', 'Keokuk', 'Bemidji', 'Hattiesburg', 'Natchitoches', 'Wenatchee', 'Ypsilanti', 'Kalispell'],
 'uk': ['Kirkcaldy', 'Bideford', 'Oswestry', 'Ludlow', 'Penzance', 'Thurso', 'Berwick-upon-Tweed', 'Llandudno'],
 'ca': ['Yellowknife', 'Rimouski', 'Brandon', 'Nanaimo', 'Moose Jaw', 'Chicoutimi'],
 'au': ['Mildura', 'Wagga Wagga', 'Bundaberg', 'Kalgoorlie', 'Gladstone', 'Warrnambool'],
 'es': ['Teruel', 'Soria', 'Ponferrada', 'Huesca', 'Lugo', 'Zamora de Campos'],
 'it': ['Rovigo', 'Belluno', 'Matera', 'Sondrio', 'Crotone', 'Pordenone'],
 'pl': ['Suwałki', 'Łomża', 'Przemyśl', 'Zamość', 'Ełk'],
 'se': ['Östersund', 'Skellefteå', 'Kalmar', 'Borlänge', 'Visby'],
 'fi': ['Savonlinna', 'Kajaani', 'Iisalmi', 'Raahe', 'Forssa'],
 'tr': ['Afyonkarahisar', 'Kastamonu', 'Tokat', 'Sinop', 'Nevşehir'],
 'za': ['Upington', 'Mthatha', 'Kroonstad', 'Knysna', 'Vryheid'],
 'in': ['Tirunelveli', 'Bhagalpur', 'Jhansi', 'Kolhapur', 'Siliguri', 'Ujjain'],
 'kr': ['Cheongju', 'Jeonju', 'Pohang', 'Gimhae'],
 'sg': ['Hougang', 'Bukit Panjang', 'Tampines North', 'Kallang Bahru', 'Serangoon Gardens'],
 'world': ['Paysandú', 'Swakopmund', 'Kutaisi', 'Hội An', 'Tamale', 'Iloilo', 'Ålesund', 'Pelotas', 'Esbjerg', 'Leoben', 'Lampang', 'Cusco', 'Oradea', 'Ruse', 'Eldoret', 'Devonport', 'Invercargill'],
}
STATE = ['Montana', 'Vermont', 'Nebraska', 'South Dakota', 'New Mexico', 'Wyoming', 'Rhode Island', 'Wisconsin']
COUNTRY = ['Uruguay', 'Namibia', 'Slovenia', 'Paraguay', 'Ghana', 'Vietnam', 'Estonia', 'Bolivia', 'Jordan', 'Mongolia']
STREET = ['Thornbury Lane', 'Quarry Bank Road', 'Willowmere Court', 'Larkspur Terrace', 'Foxglove Way', 'Ironbridge Street',
          'Kestrel Rise', 'Old Mill Crescent', 'Saltmarsh Drive', 'Heron Wharf']
STREET_AU = ['Wattlebird Parade', 'Ironbark Road', 'Jacaranda Crescent', 'Coolabah Street']
STREET_ES = ['Calle del Olivo', 'Avenida de la Ribera', 'Calle Alcalá de Abajo', 'Paseo de los Tilos']
STREET_IT = ['Via dei Mulini', 'Corso Garibaldi Nuovo', 'Via delle Ortensie']
ORG = {
 'gen': ['Quillmarsh Analytics', 'Marrowbank Savings', 'Tidewell Orthopaedic Clinic', 'Korvanta Systems', 'Bellcrest Mutual',
         'Saltgrove Pharmacy', 'Ostrander & Pike LLP', 'Heliotrope Media Group', 'Cindermoor Logistics', 'Pinecrest Community Bank',
         'Larkvale General Hospital', 'Fernhollow Telecom', 'Brightwater Credit Union', 'Granitefall Insurance', 'Veltrano Foods'],
 'au': ['Wattle Creek Veterinary Pty Ltd', 'Dingo Flat Earthworks Pty Ltd', 'Billabong Bay Physio', 'Karri Ridge Vineyards Pty Ltd'],
 'it': ['Tessitura Bellandi S.p.A.', 'Oleificio Val di Sole S.r.l.', 'Studio Notarile Fabbri', 'Cantina Rocca Alta S.r.l.'],
 'es': ['Conservas Arrieta S.L.', 'Talleres Olmedo S.A.', 'Clínica Dental Quintana'],
 'in': ['Nilgiri Spice Traders Pvt Ltd', 'Sahyadri Fintech', 'Kaveri Diagnostics'],
 'uk': ['Fenwick Moor Surgery', 'Brackenridge Building Society', 'St. Eanswythe\'s Hospital'],
}
NRP = ['Uruguayan', 'Namibian', 'Slovenian', 'Ghanaian', 'Vietnamese', 'Estonian', 'Bolivian', 'Jordanian', 'Mongolian', 'Filipino',
       'Buddhist', 'Hindu', 'Muslim', 'Orthodox Christian', 'Baptist', 'Zoroastrian', 'Presbyterian', 'Social Democrat', 'Libertarian']
MAILDOM = ['corvidmail.com', 'inboxwren.net', 'tidepost.org', 'letterkite.io', 'parcelowl.co.uk', 'sendmoth.fr', 'kuriermolch.de',
           'postabeto.es', 'mailjuniper.com', 'quillmarsh.io', 'marrowbank.co', 'korvanta-systems.com', 'fernhollow.tel']
WEBDOM = ['quillmarsh.io', 'korvanta-systems.com', 'cindermoor-logistics.net', 'fernhollow.tel', 'bellcrest-mutual.org',
          'heliotrope.media', 'veltrano-foods.it', 'saltgrove.pharmacy']
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
MON_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']
MON_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
FILES = ['ingest.go', 'schema.sql', 'handlers.ts', 'pipeline.ipynb', 'Makefile', 'settings.toml', 'CHANGELOG.md', 'worker.rs']

# ---- value generators ---------------------------------------------------------
LAST_NAME = [None]

def person(cul=None, full=True, initial=None):
    if cul is None:
        cul = R.choices(list(GEN_W), weights=list(GEN_W.values()))[0]
    F, L = POOLS[cul]
    f, l = R.choice(F), R.choice(L)
    LAST_NAME[0] = (f, l)
    if not full:
        return f
    if R.random() < SURNAME_FIRST.get(cul, 0):
        return l + ' ' + f
    if cul in ('en', 'ie', 'sc', 'de') and (initial or R.random() < 0.12):
        return '%s %s. %s' % (f, R.choice('ABCDEFGHJKLMNPRSTW'), l)
    return f + ' ' + l

def surname(cul=None):
    cul = cul or R.choice(['en', 'en', 'de', 'fr', 'ng', 'in', 'it'])
    return R.choice(POOLS[cul][1])

def ascii_fold(s):
    import unicodedata
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ø', 'o').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def email(from_name=True):
    if from_name and LAST_NAME[0]:
        f, l = [re.sub(r"[^a-z]", '', ascii_fold(x).lower()) for x in LAST_NAME[0]]
    else:
        f, l = [re.sub(r"[^a-z]", '', ascii_fold(x).lower()) for x in (R.choice(POOLS['en'][0]), R.choice(POOLS[R.choice(list(POOLS))][1]))]
    local = R.choice(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l, R.randint(1, 99)), '%s%d' % (l, R.randint(10, 999)),
                      '%s.%s+%s' % (f, l, R.choice(['bills', 'hr', 'alerts'])), '%s-%s' % (f, l[0])])
    return local + '@' + R.choice(MAILDOM)

def date(style='en'):
    y, m, d = R.randint(1948, 2027), R.randint(1, 12), R.randint(1, 28)
    if style == 'es': return '%d de %s de %d' % (d, MON_ES[m - 1], y)
    if style == 'it': return '%d %s %d' % (d, MON_IT[m - 1], y)
    if style == 'pl': return R.choice(['%d %s %d' % (d, MON_PL[m - 1], y), '%02d.%02d.%d' % (d, m, y)])
    if style == 'fi': return R.choice(['%d.%d.%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y)])
    if style == 'tr': return R.choice(['%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, MON_TR[m - 1], y)])
    if style == 'dob': y = R.randint(1940, 2006)
    return R.choice(['%s %d, %d' % (MON[m - 1], d, y), '%d %s %d' % (d, MON[m - 1], y), '%02d/%02d/%d' % (m, d, y),
                     '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%s %d, %d' % (MON[m - 1][:3], d, y),
                     '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y), '%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, MON[m - 1][:3], y)])

def clock():
    h, mi = R.randint(1, 12), R.choice([0, 10, 15, 30, 45, 50])
    return R.choice(['%d:%02d %s' % (h, mi, R.choice(['AM', 'PM'])), '%02d:%02d' % (R.randint(7, 20), mi), '%d:%02d%s' % (h, mi, R.choice(['am', 'pm']))])

def when():
    m, d = R.randint(1, 12), R.randint(1, 28)
    return R.choice(['%s, %s %d' % (R.choice(DAYS), MON[m - 1], d), '%s %d at %s' % (MON[m - 1], d, clock()),
                     '%d-%02d-%02d %02d:%02d' % (R.randint(2019, 2027), m, d, R.randint(7, 20), R.choice([0, 15, 30, 45])),
                     '%s %d' % (MON[m - 1], d), '%s %d, %d at %s' % (MON[m - 1][:3], d, R.randint(2020, 2027), clock())])

def phone(cc=None):
    cc = cc or R.choice(['us', 'us', 'us', 'uk', 'de', 'fr', 'au', 'in', 'za', 'ng', 'br', 'jp', 'mx', 'se', 'it', 'sg', 'nl'])
    a = str(R.randint(2, 9)) + rd(2, R)
    return {
        'us': R.choice(['(%s) %s-%s' % (a, rd(3, R), rd(4, R)), '%s-%s-%s' % (a, rd(3, R), rd(4, R)), '+1 %s %s %s' % (a, rd(3, R), rd(4, R)),
                        '%s.%s.%s' % (a, rd(3, R), rd(4, R)), '+1 (%s) %s-%s' % (a, rd(3, R), rd(4, R))]),
        'uk': R.choice(['+44 7%s %s' % (rd(3, R), rd(6, R)), '07%s %s' % (rd(3, R), rd(6, R)), '+44 (0)20 7%s %s' % (rd(3, R), rd(4, R))]),
        'de': R.choice(['+49 30 %s' % rd(8, R), '+49 (0)89 %s %s %s' % (rd(3, R), rd(3, R), rd(2, R)), '0171 %s' % rd(7, R)]),
        'fr': R.choice(['+33 6 %s %s %s %s' % (rd(2, R), rd(2, R), rd(2, R), rd(2, R)), '07 %s %s %s %s' % (rd(2, R), rd(2, R), rd(2, R), rd(2, R))]),
        'es': R.choice(['+34 6%s %s %s' % (rd(2, R), rd(3, R), rd(3, R)), '+34 93 %s %s %s' % (rd(3, R), rd(2, R), rd(2, R))]),
        'it': R.choice(['+39 3%s %s %s' % (rd(2, R), rd(3, R), rd(4, R)), '+39 06 %s %s' % (rd(4, R), rd(4, R))]),
        'pl': R.choice(['+48 5%s %s %s' % (rd(2, R), rd(3, R), rd(3, R)), '+48 7%s-%s-%s' % (rd(2, R), rd(3, R), rd(3, R))]),
        'kr': R.choice(['010-%s-%s' % (rd(4, R), rd(4, R)), '+82 10-%s-%s' % (rd(4, R), rd(4, R)), '+82 31-%s-%s' % (rd(3, R), rd(4, R))]),
        'sg': R.choice(['+65 9%s %s' % (rd(3, R), rd(4, R)), '+65 8%s%s' % (rd(3, R), rd(4, R))]),
        'in': R.choice(['+91 9%s %s' % (rd(4, R), rd(5, R)), '+91-7%s-%s' % (rd(4, R), rd(5, R))]),
        'au': R.choice(['+61 4%s %s %s' % (rd(2, R), rd(3, R), rd(3, R)), '04%s %s %s' % (rd(2, R), rd(3, R), rd(3, R)), '(02) 9%s %s' % (rd(3, R), rd(4, R))]),
        'za': R.choice(['+27 83 %s %s' % (rd(3, R), rd(4, R)), '072 %s %s' % (rd(3, R), rd(4, R))]),
        'tr': R.choice(['+90 5%s %s %s %s' % (rd(2, R), rd(3, R), rd(2, R), rd(2, R)), '0544 %s %s %s' % (rd(3, R), rd(2, R), rd(2, R))]),
        'se': R.choice(['+46 70 %s %s %s' % (rd(3, R), rd(2, R), rd(2, R)), '073-%s %s %s' % (rd(3, R), rd(2, R), rd(2, R))]),
        'fi': R.choice(['+358 40 %s %s' % (rd(3, R), rd(4, R)), '050 %s %s' % (rd(3, R), rd(4, R))]),
        'jp': '+81 80-%s-%s' % (rd(4, R), rd(4, R)),
        'br': '+55 21 9%s-%s' % (rd(4, R), rd(4, R)),
        'ng': '+234 81%s %s %s' % (rd(1, R), rd(3, R), rd(4, R)),
        'mx': '+52 81 %s %s' % (rd(4, R), rd(4, R)),
        'nl': '+31 6 %s %s' % (rd(4, R), rd(4, R)),
        'ca': '(%s) %s-%s' % (a, rd(3, R), rd(4, R)),
    }[cc]

def ipv4(kind=None):
    kind = kind or R.choice(['pub', 'pub', 'priv'])
    if kind == 'priv':
        return R.choice(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return '%d.%d.%d.%d' % (R.choice([23, 31, 45, 62, 81, 91, 103, 141, 157, 185, 198, 203, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def ipv6():
    h = lambda: '%x' % R.randint(1, 0xffff)
    return R.choice([':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8)), '2001:db8:%s::%s' % (h(), h()),
                     'fe80::%s:%s:%s:%s' % (h(), h(), h(), h()), '::ffff:%s' % ipv4('pub'), '2a01:%s:%s:%s::%s' % (h(), h(), h(), h())])

def ip(): return ipv6() if R.random() < 0.3 else ipv4()

def mac():
    b = ['%02x' % R.randint(0, 255) for _ in range(6)]
    s = R.choice([':', '-']).join(b)
    return s.upper() if R.random() < 0.6 else s

def url():
    d = R.choice(WEBDOM)
    path = R.choice(['/account/billing', '/help/article/%d' % R.randint(100, 9999), '/invite?code=%s' % ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10)),
                     '/people/%s' % ascii_fold(person()).lower().replace(' ', '-').replace('.', ''), '', '/downloads/latest'])
    return R.choice(['https://', 'https://www.', 'http://', 'www.', '']) + d + path if path or R.random() < 0.5 else 'https://' + d

def cc_num():
    k = R.choice(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners'])
    n = card(R, k)
    if k == 'amex': return R.choice(['%s %s %s' % (n[:4], n[4:10], n[10:]), n])
    if k == 'diners': return n
    return R.choice([group(n, 4), group(n, 4, '-'), n, group(n, 4)])

def iban_v():
    s = iban(R, R.choice(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR']))
    return group(s, 4) if R.random() < 0.55 else s

def ssn_v(sep=None):
    a, b, c = ssn(R)
    sep = R.choice(['-', '-', '-', ' ', '']) if sep is None else sep
    return sep.join((a, b, c))

def itin_v():
    a, b, c = itin(R)
    return R.choice(['-', '-', ' ', '']).join((a, b, c))

def crypto():
    return btc(R, R.choice(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))

def tfn_v(): t = tfn(R); return R.choice(['%s %s %s' % (t[:3], t[3:6], t[6:]), t])
def abn_v(): a = abn(R); return R.choice(['%s %s %s %s' % (a[:2], a[2:5], a[5:8], a[8:]), a])
def acn_v(): a = acn(R); return R.choice(['%s %s %s' % (a[:3], a[3:6], a[6:]), a])
def medicare_v(): m = medicare(R); return R.choice(['%s %s %s' % (m[:4], m[4:9], m[9]), m])
def sin_v(): s = sin(R); return R.choice([' ', '-', ' ']).join((s[:3], s[3:6], s[6:]))
def nie_v(): n = nie(R); return R.choice([n, n, n[:-1] + '-' + n[-1]])
def nif_v(): n = nif(R); return R.choice([n, n, n[:-1] + '-' + n[-1]])
def aadhaar_v(): a = aadhaar(R); return R.choice([group(a, 4), a])
def nhs_v(): n = nhs(R); return R.choice(['%s %s %s' % (n[:3], n[3:6], n[6:]), n, '%s-%s-%s' % (n[:3], n[3:6], n[6:])])
def mbi_v(): return mbi(R, R.random() < 0.5)
def se_v(): return se_pnr(R, R.random() < 0.4)
def kr_v(): k = kr_rrn(R); return k[:6] + '-' + k[6:] if R.random() < 0.85 else k
def in_passport(): return R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + str(R.randint(1, 9)) + rd(6, R)
def in_voter(): return ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + rd(7, R)
def us_passport(): return R.choice([str(R.randint(1, 9)) + rd(8, R), R.choice('ACEFGHJKLMNPRSTUVWXYZ') + rd(8, R)])
def bank_v(): return str(R.randint(1, 9)) + rd(R.randint(7, 16), R)

def hetu_v():
    y = R.randint(1940, 2015); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = R.choice('-YXWVU') if y < 2000 else R.choice('ABCDEF')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]

def nino_v():
    A = 'ABCEGHJKLMNOPRSTWXYZ'; B = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = R.choice(A) + R.choice(B)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'): break
    d = rd(6, R); s = R.choice('ABCD')
    return R.choice(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), p + d + s])

def dl_v():
    st = R.choice(['CA', 'FL', 'NY', 'WA', 'IL', 'TX', 'PA', 'MI'])
    if st == 'CA': v = R.choice(string.ascii_uppercase) + rd(7, R)
    elif st == 'FL': v = R.choice(string.ascii_uppercase) + rd(12, R); v = R.choice([v, '%s-%s-%s-%s-%s' % (v[:4], v[4:7], v[7:9], v[9:12], v[12])])
    elif st == 'NY': v = rd(9, R)
    elif st == 'WA':
        nm = ascii_fold(R.choice(POOLS['en'][1])).upper()[:5].ljust(5, '*')
        v = nm + ''.join(R.choice(string.ascii_uppercase) for _ in range(2)) + rd(3, R) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase + string.digits)
    elif st == 'IL': v = R.choice(string.ascii_uppercase) + rd(11, R); v = R.choice([v, '%s-%s-%s' % (v[:4], v[4:8], v[8:])])
    elif st == 'TX': v = rd(8, R)
    elif st == 'PA': v = rd(8, R)
    else: v = R.choice(string.ascii_uppercase) + rd(12, R)
    return v

def tr_v(): return tr_id(R)

# look-alike (negative) values: each is built to fail its check
def bad_luhn():
    n = card(R, R.choice(['visa', 'mc']))
    return n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
def bad_iban():
    s = iban(R, R.choice(['DE', 'FR', 'GB', 'NL', 'ES']))
    chk = int(s[2:4]); s = s[:2] + '%02d' % ((chk + R.randint(1, 90)) % 97 + 2 if chk < 90 else chk - R.randint(1, 50)) + s[4:]
    return s
def bad_iban_v():
    while True:
        s = bad_iban()
        num = ''.join(str(int(ch, 36)) for ch in s[4:] + s[:4])
        if int(num) % 97 != 1: return group(s, 4) if R.random() < 0.5 else s
def bad_digits(n, ok):
    while True:
        d = str(R.randint(1, 9)) + rd(n - 1, R)
        if not ok(d): return d
def tfn_ok(d): return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0
def acn_ok(d): return (10 - sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1])) % 10) % 10 == int(d[8])
def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])
def serial9(): return bad_digits(9, lambda d: tfn_ok(d) or acn_ok(d) or luhn_ok(d))
def serial10(): return bad_digits(10, lambda d: nhs_ok(d) or luhn_ok(d))
def serial12(): return bad_digits(12, lambda d: verhoeff_ok(d) or luhn_ok(d))
def bad_b58():
    s = btc(R, 'p2pkh'); i = R.randint(5, len(s) - 3)
    return s[:i] + R.choice([c for c in B58 if c != s[i]]) + s[i + 1:]
def hexs(n): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def uuid(): return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), R.choice('89ab'), hexs(3), hexs(12))
def ver(): return R.choice(['v', '', 'release-']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))
def ver4(): return '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 99), R.randint(100, 9999))
def order(): return R.choice(['PO-%s' % rd(7, R), 'WO%s' % rd(8, R), 'REQ-%s-%s' % (rd(4, R), rd(3, R)), 'BK%s' % rd(6, R), '#%s' % rd(9, R)])
def amount(): return R.choice(['$%d.%02d' % (R.randint(5, 9999), R.randint(0, 99)), '€%d,%02d' % (R.randint(5, 9999), R.randint(0, 99)),
                               'CHF %d.%02d' % (R.randint(5, 999), R.randint(0, 99)), '¥%d' % R.randint(1000, 99999), 'R%d' % R.randint(100, 9999)])
def logts(): return R.choice(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                              '%d-%02d-%02d %02d:%02d:%02d' % (R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                              '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (R.randint(1, 28), MON[R.randint(0, 11)][:3], R.randint(2022, 2026), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])
def sku_phone(): return '%s-%s-%s-%s' % (str(R.randint(2, 9)) + rd(2, R), rd(3, R), rd(4, R), R.choice(['XL', 'BLU', 'R2', 'MT']))

# placeholder -> (type, generator); cultures / styles after a dot
def G(key):
    k, _, arg = key.partition('.')
    a = arg or None
    T = {
        'P': ('PERSON', lambda: person(a)), 'PI': ('PERSON', lambda: person(a, initial=True)), 'F': ('PERSON', lambda: person(a, full=False)),
        'S': ('PERSON', lambda: surname(a)),
        'C': ('LOCATION', lambda: R.choice(CITY[a or R.choice(['us', 'uk', 'world', 'world', 'ca', 'au'])])),
        'ST': ('LOCATION', lambda: {'au': lambda: '%d %s' % (R.randint(2, 480), R.choice(STREET_AU)), 'es': lambda: '%s %d' % (R.choice(STREET_ES), R.randint(1, 160)),
                                    'it': lambda: '%s %d' % (R.choice(STREET_IT), R.randint(1, 90))}.get(a, lambda: (R.choice(['Unit %d, ' % R.randint(1, 40), 'Flat %d, ' % R.randint(1, 30), '', '', '']) + '%d %s' % (R.randint(3, 2999), R.choice(STREET))))()),
        'STATE': ('LOCATION', lambda: R.choice(STATE)), 'CTRY': ('LOCATION', lambda: R.choice(COUNTRY)),
        'O': ('ORGANIZATION', lambda: R.choice(ORG[a or 'gen'])), 'N': ('NRP', lambda: R.choice(NRP)),
        'D': ('DATE_TIME', lambda: date(a or 'en')), 'W': ('DATE_TIME', when), 'TM': ('DATE_TIME', clock),
        'E': ('EMAIL_ADDRESS', lambda: email(a != 'x')), 'PH': ('PHONE_NUMBER', lambda: phone(a)), 'IP': ('IP_ADDRESS', ip),
        'IP4': ('IP_ADDRESS', lambda: ipv4(a)), 'IP6': ('IP_ADDRESS', ipv6), 'URL': ('URL', url), 'CC': ('CREDIT_CARD', cc_num),
        'IBAN': ('IBAN_CODE', iban_v), 'SSN': ('US_SSN', ssn_v), 'BTC': ('CRYPTO', crypto), 'TFN': ('AU_TFN', tfn_v),
        'ABN': ('AU_ABN', abn_v), 'ACN': ('AU_ACN', acn_v), 'MED': ('AU_MEDICARE', medicare_v), 'SIN': ('CA_SIN', sin_v),
        'NIE': ('ES_NIE', nie_v), 'NIF': ('ES_NIF', nif_v), 'HETU': ('FI_PERSONAL_IDENTITY_CODE', hetu_v),
        'AAD': ('IN_AADHAAR', aadhaar_v), 'PAN': ('IN_PAN', lambda: pan(R)), 'INPP': ('IN_PASSPORT', in_passport),
        'VOTER': ('IN_VOTER', in_voter), 'CF': ('IT_FISCAL_CODE', lambda: cf(R)), 'PIVA': ('IT_VAT_CODE', lambda: piva(R)),
        'RRN': ('KR_RRN', kr_v), 'MAC': ('MAC_ADDRESS', mac), 'DEA': ('MEDICAL_LICENSE', lambda: dea(R)),
        'PESEL': ('PL_PESEL', lambda: pesel(R)), 'PNR': ('SE_PERSONNUMMER', se_v), 'NRIC': ('SG_NRIC_FIN', lambda: nric(R)),
        'TCKN': ('TR_NATIONAL_ID', tr_v), 'BANK': ('US_BANK_NUMBER', bank_v), 'NHS': ('UK_NHS', nhs_v), 'NINO': ('UK_NINO', nino_v),
        'DL': ('US_DRIVER_LICENSE', dl_v), 'ITIN': ('US_ITIN', itin_v), 'MBI': ('US_MBI', mbi_v), 'NPI': ('US_NPI', lambda: npi(R)),
        'USPP': ('US_PASSPORT', us_passport), 'ZAID': ('ZA_ID_NUMBER', lambda: za_id(R)),
        # unlabelled look-alikes
        'xCARD': (None, lambda: group(bad_luhn(), 4) if R.random() < 0.6 else bad_luhn()), 'xIBAN': (None, bad_iban_v),
        'x9': (None, serial9), 'x10': (None, serial10), 'x12': (None, serial12), 'xB58': (None, bad_b58),
        'xSHA': (None, lambda: hexs(40)), 'xSHA256': (None, lambda: hexs(64)), 'xSHORT': (None, lambda: hexs(7)),
        'xUUID': (None, uuid), 'xVER': (None, ver), 'xVER4': (None, ver4), 'xORD': (None, order), 'xAMT': (None, amount),
        'xTS': (None, logts), 'xSKU': (None, sku_phone), 'xHEX': (None, lambda: '#' + hexs(6)), 'xFILE': (None, lambda: R.choice(FILES)),
        'xN': (None, lambda: str(R.randint(2, 999))), 'xPORT': (None, lambda: R.choice(['443', '8443', '5672', '9092', '3000', '11211'])),
    }
    return T[k]

# ---- templates ----------------------------------------------------------------
POS = r"""
Can you check why the refund to {CC} hasn't arrived? It's under {P} and I was told it would post by {D}.
{P} asked me to forward her statement; the card ending block reads {CC}. Reply to {E} when done.
quick one: is {CC} a debit or credit card? the holder is {P}.
Write a polite decline email to {P}. Her card {CC} was flagged by {O} on {D}.
Our POS printed {CC} on the receipt for {P} in full. Is that a PCI problem?
Decode this chargeback note: cardholder {P}, PAN {CC}, disputed at {O} on {W}.
Hello, {P} here from {C}. Please charge {CC} for the annual plan and send the invoice to {E}.
I'm {P}, calling from {PH}, and I'd like to move my savings to IBAN {IBAN}.
Draft a SEPA mandate for {P}, account {IBAN}, first collection on {D}.
Two payouts bounced: {IBAN} ({P}) and {IBAN} ({P}). Can you tell me which country each one is from?
Convert this to a CSV row: payee {P}, bank {O}, IBAN {IBAN}, amount {xAMT}.
Landlord {P} wants rent paid to {IBAN} from now on. Does that look legit?
The supplier {O} changed its bank details to {IBAN}. Draft a message asking them to confirm by phone at {PH}.
SSN {SSN} came back as a mismatch for {P} (DOB {D.dob}). What should we ask her for?
W-2 for {P}: SSN {SSN}, employer {O}, home address {ST}, {C.us}, {STATE}.
My social is {SSN} and my name is {P}. Am I eligible for the credit if I moved to {STATE} in {D}?
Background check request: {P}, SSN {SSN}, previous address in {C.us}.
Please mask the SSN in this line before I paste it into the ticket: "{P} / {SSN} / {PH.us}".
Is {BTC} a valid address? {P} wants the payout there.
Our treasury wallet moved from {BTC} to {BTC} last week. Update the docs please.
{F} says the donation address on the site is {BTC}, can you confirm it matches the QR code?
Explain why the exchange rejected a withdrawal to {BTC}.
Hi {F}, the Ledger shows {BTC} as the receiving address, is that the one you wanted?
Sole trader {P} lodged the BAS under ABN {ABN} and TFN {TFN}. Summarise what is missing.
New contractor form: {P}, TFN {TFN}, paid via {O.au}, starting {D}.
Please redact the TFN {TFN} from this payslip for {P} in {C.au}.
Superannuation rollover for {P}: fund member TFN {TFN}, employer ABN {ABN}.
My tax file number is {TFN}, I moved to {ST.au}, {C.au} in {D}. Which form do I need?
{O.au} (ABN {ABN}, ACN {ACN}) needs a new invoice template. Put the numbers in the footer.
Check these company details: ACN {ACN}, trading as {O.au}, director {P}.
Look up ACN {ACN} and ABN {ABN} and tell me if they belong to the same entity.
The incorporation certificate lists ACN {ACN} for {O.au}, registered in {C.au}.
Can you fill in the bulk-bill claim? Medicare {MED}, patient {P}, seen on {D} at {O.au}.
{P}'s Medicare number is {MED} and her GP is in {C.au}. Draft the referral.
Is Medicare {MED} formatted correctly? The clinic typed it for {P}.
Add {P} to the practice list: Medicare {MED}, mobile {PH.au}.
Payroll Canada: {P} (SIN {SIN}) starts at the {C.ca} branch on {D}.
My SIN is {SIN}; please tell me how to update my address to {ST}, {C.ca}.
Verify the social insurance number {SIN} on {P}'s T4 slip from {O}.
{P} left her SIN {SIN} in the chat history. How do I delete it?
Empadronamiento: {P.es} con NIE {NIE}, domicilio {ST.es}, {C.es}.
Mi NIE es {NIE} y necesito cita en la oficina de {C.es} antes del {D.es}.
El contrato de {P.es} (NIF {NIF}) con {O.es} empieza el {D.es}.
Factura a nombre de {P.es}, NIF {NIF}, {ST.es}, {C.es}. ¿Está bien el formato?
Revisa estos datos: NIF {NIF}, NIE {NIE}, titular {P.es}, teléfono {PH.es}.
{P.es} pide que corrijamos su NIF {NIF} en la nómina de {D.es}.
Alta en la Seguridad Social para {P.es}, NIE {NIE}, correo {E}.
Hakemus: {P.fi}, henkilötunnus {HETU}, osoite {C.fi}.
{P.fi} (hetu {HETU}) muuttaa {C.fi}:sta, uusi puhelin {PH.fi}.
Translate this Kela letter: the applicant {P.fi}, personal identity code {HETU}, decision dated {D.fi}.
Työsopimus: {P.fi}, henkilötunnus {HETU}, työ alkaa {D.fi}.
Please redact the henkilötunnus {HETU} before sharing {P.fi}'s file.
KYC for {P.in}: PAN {PAN}, Aadhaar {AAD}, city {C.in}.
Aadhaar {AAD} is linked to the wrong mobile for {P.in}; the right one is {PH.in}.
Help me fill the Form 16 request: employee {P.in}, PAN {PAN}, employer {O.in}.
{P.in} uploaded Aadhaar {AAD} and passport {INPP} for the visa file.
Is PAN {PAN} for an individual or a company? It was given by {P.in} from {C.in}.
The voter card {VOTER} belongs to {P.in}; can you check the polling station in {C.in}?
Tatkal application: {P.in}, passport number {INPP}, DOB {D.dob}, Aadhaar {AAD}.
Passport {INPP} and voter ID {VOTER} were submitted by {P.in} from {C.in}.
Update the voter roll entry {VOTER} for {P.in}, who moved to {C.in} on {D}.
EPIC number {VOTER}, name {P.in}, PAN {PAN}. Please make a table.
Passport renewal for {P.in}: old passport {INPP}, issued in {C.in}.
Compila il modulo: {P.it}, codice fiscale {CF}, residente a {C.it}.
Il codice fiscale {CF} di {P.it} risulta errato sulla fattura di {O.it}.
Assunzione di {P.it} (C.F. {CF}) presso {O.it}, P.IVA {PIVA}, dal {D.it}.
Verifica la partita IVA {PIVA} di {O.it} e l'email {E.x}.
Fattura elettronica: cedente {O.it}, P.IVA {PIVA}, sede in {ST.it}, {C.it}.
Il medico {P.it} ha codice fiscale {CF} e nasce a {C.it} il {D.it}.
Partita IVA {PIVA}: il cliente {P.it} vuole sapere se è ancora attiva.
Visa application for {P.kr}: RRN {RRN}, phone {PH.kr}, travelling on {D}.
{P.kr}'s resident registration number {RRN} was typed into the wrong field. Fix the form.
고객 {P.kr}, 주민등록번호 {RRN}, 연락처 {PH.kr}.
Please anonymise: {P.kr} / RRN {RRN} / {E}.
The Seoul office needs {P.kr}'s RRN {RRN} and start date {D} for the insurance filing.
The router at {IP4} reports MAC {MAC} as an unknown client. Block it?
Inventory: laptop for {P}, MAC {MAC}, static IP {IP4.priv}.
Which vendor owns MAC prefix of {MAC}? It appeared on the guest Wi-Fi at {W}.
arp -a shows {IP4.priv} at {MAC} twice. What does that mean?
Whitelist device {MAC} ({F}'s phone) on the office network.
Prescriber {P} with DEA {DEA} wrote a script for {P}; can you check the schedule II rules?
The pharmacy in {C.us} rejected DEA {DEA}. Is the check digit right?
Dr. {S} gave us DEA number {DEA} and NPI {NPI} for the controlled-substance form.
Add Dr. {P} (DEA {DEA}) to the prescriber list of {O}.
Zgłoszenie: {P.pl}, PESEL {PESEL}, zamieszkały w {C.pl}.
Pacjent {P.pl}, PESEL {PESEL}, wizyta {D.pl}.
Czy PESEL {PESEL} należy do osoby urodzonej w XXI wieku? Pytanie od {P.pl}.
Umowa o pracę dla {P.pl} (PESEL {PESEL}), telefon {PH.pl}.
Please translate the PESEL rules for {P.pl} from {C.pl}; her number is {PESEL}.
Ansökan: {P.se}, personnummer {PNR}, bor i {C.se}.
{P.se} har personnummer {PNR} och telefon {PH.se}.
Is {PNR} a valid Swedish personnummer? It belongs to {P.se}.
Hyresavtal för {P.se}, personnummer {PNR}, inflyttning {D}.
Tenancy check: {P.sg}, NRIC {NRIC}, unit in {C.sg}.
Please update CPF records for {P.sg} (NRIC {NRIC}), mobile {PH.sg}.
Work pass holder {P.my}, FIN {NRIC}, employer {O}.
Is NRIC {NRIC} valid? The applicant {P.sg} gave it at the {C.sg} counter.
Grab driver onboarding: {P.sg}, NRIC {NRIC}, started {D}.
Başvuru: {P.tr}, T.C. kimlik numarası {TCKN}, {C.tr}.
{P.tr} adlı müşterinin TC kimlik no {TCKN}, telefonu {PH.tr}.
Hotel registration for {P.tr}, Turkish ID {TCKN}, check-in {D.tr}.
Can you validate TCKN {TCKN}? {P.tr} entered it on the e-Devlet form.
Sözleşme {P.tr} ({TCKN}) ile {D.tr} tarihinde imzalandı.
Direct deposit for {P}: routing {x9}, account {BANK}, bank {O}.
Customer {P} says ACH from account {BANK} failed on {D}. What do I tell her?
Close checking account {BANK} for {P} and mail the check to {ST}, {C.us}.
Wire instructions: beneficiary {P}, account number {BANK}, {O}.
Patient {P}, NHS number {NHS}, referred to {O.uk} on {D}.
Discharge summary for {P} (NHS {NHS}) from {C.uk}; GP phone {PH.uk}.
Is NHS number {NHS} valid? It's on {P}'s prescription.
Book a follow-up for {P}, NHS no {NHS}, at {O.uk} on {W}.
National Insurance number {NINO} for {P}, starting at {O} on {D}.
{P} has NINO {NINO} and lives at {ST}, {C.uk}.
My NI number is {NINO}; HMRC wrote to {ST}, {C.uk}. What is form P60?
Payroll: correct {P}'s NI number to {NINO}.
Rental counter: {P}, driver license {DL}, state {STATE}, return {W}.
Check this DL for {P}: {DL}, expires {D}.
Traffic citation issued to {P}, license number {DL}, in {C.us}, {STATE}.
{P} needs to update license {DL} to the new address {ST}, {C.us}.
Tax filing: {P} uses ITIN {ITIN} and lives in {C.us}.
Can someone with ITIN {ITIN} open an account at {O}? Asking for {P}.
Renewing ITIN {ITIN} for {P}; dependents listed under SSN {SSN}.
ITIN {ITIN} letter for {P} was mailed on {D}. It never arrived at {ST}.
Medicare MBI {MBI} for {P}, enrolled on {D}, plan {O}.
My mom {P} has MBI {MBI}; the plan won't cover her visit on {D}.
Eligibility check: MBI {MBI}, beneficiary {P}, phone {PH.us}.
Is {MBI} a valid Medicare Beneficiary Identifier for {P}?
Provider {P}, NPI {NPI}, practising in {C.us}, {STATE}.
Look up NPI {NPI} and tell me if Dr. {S} is still active.
Claim rejected: rendering NPI {NPI}, patient {P}, service date {D}.
Credentialing packet for {P}: NPI {NPI}, email {E}.
Passport {USPP} for {P}, expires {D}. Book the flight to {C.world}.
Lost passport report: {P}, passport number {USPP}, last seen in {C.world} on {D}.
Travel profile: {P}, US passport {USPP}, mobile {PH.us}.
Visa letter for {P} with passport {USPP}, {N} national, visiting {O}.
South African ID {ZAID} for {P.za} from {C.za}.
FICA documents: {P.za}, ID number {ZAID}, cell {PH.za}.
Is ID {ZAID} correct for {P.za}, born {D.dob}?
Lease application: {P.za}, identity number {ZAID}, employer {O}.
Send the welcome pack to {P} at {E}. Her phone is {PH}.
{P} from {O} called at {TM} and left {PH}. Call back before {W}.
Merge the duplicate contacts: {P} <{E}> and {P} <{E.x}>.
Reschedule the interview with {P} to {W}; her number is {PH}.
The webinar link {URL} was shared by {P} ({E}). Is it safe to click?
Our status page moved to {URL}; notify {P} at {E}.
Rewrite this bio: {P} is a {N} engineer based in {C} who works at {O}.
{P}, {N}, moved from {C} to {C} in {D} and joined {O}.
Profile: {P}, {N}, lives in {C.world}, {CTRY}.
The speaker {P} ({N}) will fly in from {C.world} on {W}.
Welcome {P} to the {C} office of {O}! She starts {D}.
Reply to {P}: the parcel to {ST}, {C}, {CTRY} left our depot on {D}.
Ship order to {P}, {ST}, {C.uk}, UK. Contact {PH.uk}.
The meeting with {P} and {P} is moved to {W} in {C}.
Summarise this email from {P}: "I will be in {C} from {D} to {D}, reach me on {PH}."
{P} ({E}) logged in from {IP} at {W}; is that unusual?
Firewall: allow {IP4} and {IP6} for the {O} VPN.
Fail2ban banned {IP} after {xN} attempts on user {E.x}.
Why can't I ping {IP6} from {IP4.priv}?
Add the DNS record pointing {URL} to {IP4}.
Form submission: name {P}, email {E}, ip {IP}, message "call me at {PH}".
config.yaml:\n  admin_email: {E.x}\n  bind: {IP4.priv}\n  homepage: {URL}
{"name": "{P}", "email": "{E}", "phone": "{PH}", "city": "{C}"}
name,email,phone,iban\n{P},{E},{PH},{IBAN}
<contact><name>{P}</name><mail>{E}</mail><dob>{D.dob}</dob></contact>
{"holder": "{P}", "card": "{CC}", "billing_zip": "{xN}", "ip": "{IP}"}
- name: {P}\n  ssn: {SSN}\n  dob: {D.dob}\n  city: {C.us}
INSERT INTO patients (name, nhs, dob) VALUES ('{P}', '{NHS}', '{D.dob}');
{"member": "{P}", "tfn": "{TFN}", "medicare": "{MED}", "suburb": "{C.au}"}
git blame says {P} <{E}> added the line in {xFILE}; ping her?
Transcribe: "Hi it's {F}, my card {CC} was declined at {O} around {TM}."
hey {F}, can you send {P} the link {URL} before {W}?
pls update the address for {P} to {ST}, {C}, {CTRY}
remind me to call {P} on {PH} {W}
can u check if {E} is still {P}'s email? she moved to {C}
Escalate to {P} ({PH}): customer {P} reports a charge from {O} on card {CC}.
Fraud alert for {P}: card {CC} used from {IP} in {C.world} on {W}.
Please anonymise this complaint: "{P}, a {N} nurse at {O}, was refused service in {C}."
The landlord {P} is {N} and asked us to avoid scheduling on {W}.
Employee spotlight: {P} ({N}) joined {O} in {C} on {D}.
{P}, {N}, born {D.dob} in {C.world}, applies for a residence permit.
Client {P} sent {xAMT} from {IBAN} to our account at {O}; reference {xORD}.
Reimburse {P} for the trip to {C} on {D}: IBAN {IBAN}.
Dr. {S} from {O} needs the lab results for {P} by {W}.
Please cc Dr. {S} and {P} ({E}) on the referral.
Hiring note: {F} from {C} would report to {P}. Offer goes out {D}.
ticket from {P}: "cannot log in from {IP}, my email is {E}"
Send {P} the onboarding checklist at {E}; the laptop ships to {ST}, {C}.
Billing dispute: {P} was charged twice by {O} on {D}; card {CC}, phone {PH}.
The audit found {P}'s SSN {SSN} and card {CC} stored in plain text.
Crypto payout: {P} wants {xAMT} sent to {BTC}; confirm via {E}.
{P} is a {N} activist from {C.world} who writes for {O}.
Is {URL} legit? The page wants my card {CC} and my e-mail {E.x}.
Save these for the demo account: {E.x}, {CC}, {URL}.
I typed my card {CC} into {URL} by mistake. What should I do first?
Refund failed for card {CC}; the customer's e-mail is {E.x}.
Unsubscribe {E.x} and {E.x} from the {O} newsletter.
Bounce report: {E.x} and {E.x} returned 550 errors after the campaign from {URL}.
Move the SSN {SSN} and the IBAN {IBAN} into the vault, then delete this message.
What country is IBAN {IBAN} from, and is {IBAN} from the same bank?
SSNs {SSN} and {SSN} both appear in the export we downloaded from {URL}.
{P} describes herself as {N} and {N} on the diversity form; should HR keep that?
Card {CC} expired; the replacement {CC} is on its way to {ST}, {C}.
The sign-up form at {URL} wrote {E.x} and {CC} into the debug log.
credit card {CC} or iban {IBAN}, which one should i use for the deposit?
my email is {E.x} and my ssn is {SSN}, can you fix my account
Bookmark {URL} and {URL} for the onboarding doc.
Forward the invoice to {E.x} and pay it from {IBAN}.
{E.x} keeps getting password reset mails from {URL}. Spam?
i think {P} put the wrong card {CC} on file, can you swap it
so {F} from {O} wants the slides by {W}, thoughts?
ok so my iban is {IBAN} and my email {E.x}, send the refund there
btw {P} is {N}, so no meetings on {W} please
Compare these Swedish records: {PNR} and {PNR}. Which person is older?
{P.se}, personnummer {PNR}, e-post {E}, senaste inloggning från {IP}.
ACN {ACN} and ACN {ACN} are both on file for {O.au}; which one is current?
Which of these payroll accounts failed: {BANK}, {BANK} or {BANK}?
The direct debit from account {BANK} bounced, so we charged card {CC} instead.
ID numbers {ZAID} and {ZAID} belong to the twins {F.za} and {F.za}.
Pay the contest winner {xAMT} to {BTC} or {BTC}, whichever clears faster.
Swap the cold wallet {BTC} for {BTC} in the payout script.
Login alerts for {E.x}: {IP}, {IP} and {IP}. Which look suspicious?
Cards on file: {CC} and {CC}. Please remove the first one.
ACL update: permit {IP4} and {IP6}, deny {IP4}.
Which countries issue these: ZA ID {ZAID} and SIN {SIN}?
{P.za} sent ID {ZAID} and card {CC} for the deposit.
Savings account {BANK} and checking account {BANK} both belong to {P}.
{P.tr} soruyor: {TCKN} ve {TCKN} numaralarından hangisi geçerli?
Check TCKN {TCKN} and PESEL {PESEL}: are both numbers valid?
Verify DEA {DEA} and NPI {NPI} for Dr. {S}, both please.
The invoices from {O.au} show ABN {ABN}, but the old ones had ABN {ABN}.
Two devices, {MAC} and {MAC}, keep fighting over {IP4.priv}.
"""

NEG = r"""
Tracking number {x12} shows delivered, but the parcel isn't here. Order {xORD}.
The card reader printed {xCARD}; support says it fails the checksum. What now?
Why does my test card {xCARD} fail validation in the sandbox?
IBAN {xIBAN} was rejected by the bank with error code {xN}. Is the checksum wrong?
Serial numbers {x9} and {x10} are from the same production batch.
Batch {x12} failed QC; rerun it with the {xFILE} settings.
Device serial {x10} needs firmware {xVER} before Friday's rollout.
Reference {x9} is missing from the export, see row {xN}.
This base58 string {xB58} doesn't decode; did I paste it wrong?
Paste error: {xB58} has a bad checksum according to the wallet.
Bump {xFILE} to {xVER} and tag the build {xSHORT}.
What changed between {xVER} and {xVER}? See {xFILE}.
Release {xVER4} was built from {xSHA}.
The docker image digest is sha256:{xSHA256}. How do I pin it?
Revert commit {xSHA}; it broke {xFILE}.
Trace id {xUUID} appears {xN} times in the logs.
Job {xUUID} retried {xN} times and exited with code {xN}.
Session {xUUID} expired; the user saw error 401.
Invoice {xORD} for {xAMT} is still open. Please chase it.
Refund {xAMT} on order {xORD}; the customer already returned the item.
Quote {xORD}: {xN} units at {xAMT} each. Add tax.
{xTS} WARN queue depth {xN} exceeded threshold\n{xTS} INFO autoscaler added {xN} workers
{xTS} ERROR upstream timed out after {xN} ms (port {xPORT})
Log tail:\n{xTS} DEBUG cache miss key=user:{xN}\n{xTS} DEBUG cache hit ratio 0.{xN}
Part {xSKU} is out of stock; substitute {xSKU}.
The SKU {xSKU} looks like a phone number but it's a product code.
Set the accent colour to {xHEX} and the border to {xHEX}.
Which is more readable on dark mode, {xHEX} or {xHEX}?
Print the poster on A3 and the flyers on A5, then laminate them.
Is H2 or X11 forwarding better for remote apps?
Compare the M2 and M3 chips for video editing in a short table.
Rewrite this paragraph so it sounds less formal: "The quarterly figures exceeded expectations."
What's the difference between a mutex and a semaphore? Keep it simple.
Give me three names for a hiking club newsletter.
Explain the CAP theorem with an example using a shopping cart.
Convert {xN} kilometres to miles and round to one decimal.
Why does `git rebase -i HEAD~{xN}` open vim instead of nano?
Write a regex that matches version strings like {xVER} but not {xVER4}.
Port {xPORT} is blocked by the firewall; which service uses it?
Refactor {xFILE} to remove the global state, then run the tests.
The spreadsheet has {xN} rows with amount {xAMT}; sum them by category.
Case {xORD} was escalated to tier 2 with priority {xN}.
Summarise the pros and cons of remote work in five bullet points.
Draft a haiku about autumn rain.
Ticket {x12} duplicates ticket {xORD}; close the older one.
Serial {x9} and serial {x9} both failed burn-in.
Locker code {xN}-{xN} stopped working after the update to {xVER}.
Calculate compound interest on {xAMT} at 4% for {xN} years.
Our Wi-Fi SSID is office-5G and the guest one is office-guest; which band is faster?
Checksum mismatch: expected {xSHA256}, got {xSHA256}.
"""

def parse(t):
    out = []
    for tok in re.split(r'(\{[A-Za-z0-9]+(?:\.[a-z]+)?\})', t.replace('\\n', '\n')):
        if tok.startswith('{') and tok.endswith('}') and re.fullmatch(r'\{[A-Za-z0-9]+(?:\.[a-z]+)?\}', tok):
            out.append(G(tok[1:-1]))
        elif tok:
            out.append(tok)
    return out

POS_T = [parse(l) for l in POS.strip('\n').split('\n')]
NEG_T = [parse(l) for l in NEG.strip('\n').split('\n')]

PRE = ['Here is the message:\n\n', 'Read this and tell me what to do:\n---\n', 'Please proofread the text below.\n\n',
       'Turn this into a short checklist:\n', 'From our shared inbox:\n> ', 'Rewrite for clarity:\n\n']
SUF = ['\n\nAnswer in one paragraph.', '\n\nUse bullet points.', '\n\nNo need to explain your reasoning.', '\n\nBe concise, please.']
TAIL = [' ty', ' pls', '!!', ' cheers', ' asap']
CASED = ('PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME')

def build(parts, lower):
    text, ents = '', []
    for p in parts:
        if isinstance(p, tuple):
            ty, gen = p
            v = gen()
            if lower and (ty in CASED or ty is None and v.isalpha()):
                v = v.lower()
            elif ty == 'PERSON' and R.random() < 0.05:
                v = v.upper()
            if ty:
                ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v), 'v': v})
            text += v
        else:
            text += p.lower() if lower else p
    return text, ents

def make(parts, pos):
    LAST_NAME[0] = None
    lower = R.random() < 0.1
    text, ents = build(parts, lower)
    # casual endings: drop the final full stop, or swap it for a chat tail
    if text.endswith('.') and (not ents or ents[-1]['end'] < len(text)):
        x = R.random()
        if x < 0.14: text = text[:-1]
        elif x < 0.24: text = text[:-1] + R.choice(TAIL)
    if R.random() < 0.23:
        p = R.choice(PRE); text = p + text
        for e in ents: e['start'] += len(p); e['end'] += len(p)
    if R.random() < 0.13:
        text += R.choice(SUF)
    return text, ents

def types_of(parts): return [p[0] for p in parts if isinstance(p, tuple) and p[0]]

# dev-like target counts; the schedule below picks templates to approach them
TARGET = {'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75, 'PHONE_NUMBER': 69,
          'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31, 'US_SSN': 26, 'CRYPTO': 24, 'NRP': 19}
for t in ['AU_TFN', 'AU_ABN', 'AU_ACN', 'AU_MEDICARE', 'CA_SIN', 'ES_NIE', 'ES_NIF', 'FI_PERSONAL_IDENTITY_CODE', 'IN_AADHAAR',
          'IN_PAN', 'IN_PASSPORT', 'IN_VOTER', 'IT_FISCAL_CODE', 'IT_VAT_CODE', 'KR_RRN', 'MAC_ADDRESS', 'MEDICAL_LICENSE',
          'PL_PESEL', 'SE_PERSONNUMMER', 'SG_NRIC_FIN', 'TR_NATIONAL_ID', 'US_BANK_NUMBER', 'UK_NHS', 'UK_NINO',
          'US_DRIVER_LICENSE', 'US_ITIN', 'US_MBI', 'US_NPI', 'US_PASSPORT', 'ZA_ID_NUMBER']:
    TARGET[t] = 15

def schedule():
    from collections import Counter
    have, plan = Counter(), []
    for i, t in enumerate(POS_T):
        plan.append(i); have.update(types_of(t))
    uses = Counter(plan)
    while len(plan) < N_TOTAL - N_NEG:
        best, bs = None, None
        for i, t in enumerate(POS_T):
            if uses[i] >= 5: continue
            c = Counter(types_of(t)); s = 0.0
            for ty, n in c.items():
                d = TARGET[ty] - have[ty]
                s += min(n, max(d, 0)) / TARGET[ty] * 15 - max(0, n - max(d, 0)) * 1.5 / TARGET[ty] * 15
            s += R.random() * 0.01
            if bs is None or s > bs: best, bs = i, s
        plan.append(best); uses[best] += 1; have.update(types_of(POS_T[best]))
    return plan

def main():
    plan = schedule()
    neg = list(range(len(NEG_T))) + [R.randrange(len(NEG_T)) for _ in range(N_NEG - len(NEG_T))]
    items = [(POS_T[i], True) for i in plan] + [(NEG_T[i], False) for i in neg]
    R.shuffle(items)
    recs = []
    for k, (parts, pos) in enumerate(items):
        text, ents = make(parts, pos)
        last = -1
        for e in ents:
            assert text[e['start']:e['end']] == e.pop('v') and e['start'] >= last, (text, e)
            last = e['end']
        recs.append({'id': 'p35-%04d' % k, 'text': text, 'entities': ents})
    write(recs)

if __name__ == '__main__':
    main()
