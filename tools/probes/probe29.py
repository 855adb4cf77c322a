"""Probe 29: a blind measure of generalisation.
About 600 chat prompts in the manner of the dev corpus: support and billing
tickets, HR and payroll notes, KYC and onboarding files, clinical, pharmacy
and insurance records, travel bookings, server logs, shell and code snippets,
JSON, CSV, YAML and key=value records, and prompts in Spanish, Italian,
Polish, Swedish, Finnish, Turkish and Korean settings. Some 200 sentence
shapes of its own, instructions before or after the text at dev's rates,
fully lower-case prompts at dev's rate and 108 PII-free look-alikes
(order, batch and tracking numbers, hashes, versions, card- and IBAN-shaped
numbers that fail their checks). Dev's type mix and value formats; people of
some thirty cultures, small towns, firms, clinics, banks and e-mail domains
not used before. Every check-digit value is valid.
    python3 -B tools/probes/probe29.py > /tmp/p29.jsonl
"""
import os
import random
import re
import string
import sys
import unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2929)


def _w(s):
    return s.split('|') if '|' in s else s.split()


# ---- vocabularies ----------------------------------------------------------

NAMES = {  # culture: (given names, surnames, order)
    'en': ('Benedick Carew Everard Gideon Hector Lancelot Mervyn Rollo Sholto Tobias Ulric Vaughan Winifred Clarissa Dulcie Euphemia Gwendolen Isadora Leonora Mirabel Sibyl Zillah Eldon Godfrey Ingram Jarvis Leopold Montague Osric Quentin Thaddeus Araminta Beatrix Cordelia Elspeth Philippa Wilhelmina Henrietta Peregrine Jocasta Evander Ottilie Edwina',
           'Ashdown Brockhurst Coverdale Eastwood Fennimore Garside Holroyd Lingard Mottram Prendergast Rowntree Sotheby Thwaite Wainwright Arkwright Blackwood Cartwright Eversley Fairweather Gladstone Hartington Lockhart Merriweather Northcott Pemberton Quarrington Stainton Templeton Yardley Ashcombe Bellingham Chadwick Dimmock Fotheringham Greenhalgh Hebblethwaite', 'fl'),
    'us': ('Amos Buford Clement Ezekiel Merle Orville Rufus Ulysses Verna Opaline Birdie Lula Odessa Ruby Tallulah Zelda Beau Cletus Dwight Emmett Forrest Harlan Jeb Luther Otis Annabelle Dolly Hattie Loretta Nellie Trudy Boone Cody Dixie Earline Mavis Virgil Waylon',
           'Ballard Cobb Fontenot Garrity Ingalls Ledbetter Mabry Overstreet Puckett Quarles Renfro Tatum Vickers Abernathy Buckley Crenshaw Dabney Everhart Goodwin Hollister Lovett McAllister Pruitt Rutledge Truett Whitaker Bledsoe Calloway Dunaway Faulkner Gentry Honeycutt Lusk Pickett Satterfield', 'fl'),
    'kr': ('Hae-won So-yeon Hyun-soo Kyung-ho Na-rae Woo-jin In-sook Byung-chul Seo-yeon Ha-eun Eun-seo Tae-yang Seung-hoon Dong-hyun Joon-young Hye-jin Sang-woo Bo-ra Yun-seo Do-hyun Ji-hye Sun-hee Seok-jin Eun-ji Hae-jin Young-ho Joon-ho',
           'Cha Pyo Yang Jo Noh Heo Yoon Shin Kwon Hwang Song Baek Seo Oh Yoo', 'kr'),
    'in': ('Aniket Eshan Farhan Hrithik Manasi Nandini Oviya Parvati Radhika Shreya Tejas Urvashi Varun Yamini Zoya Ishaan Kabir Anaya Diya Pranav Tanvi Ritika Nikhil Aditi Pooja Vikram Lakshmi',
           'Ranganathan Venkatesan Subramaniam Malhotra Sinha Pandey Menezes Iyer Kulkarni Bhattacharya Chatterjee Reddy Joshi Banerjee Pillai Rao Mehta Chaudhary Naidu Agarwal Mukherjee Shetty', 'fl'),
    'sg': ('Boon Hwee|Pei Ling|Kok Wah|Wee Kiat|Li Xuan|Yu Ting|Shu Qi|Swee Lan|Kian Meng|Hui Wen|Seng Kiat',
           'Neo Heng Pang Teng Soh Yap Koh Yeo Wong Lau', 'sg'),
    'es': ('Anselmo Celestino Dionisio Eulalia Felisa Olvido Prudencio Sagrario Zacarías Ane Irati Garazi Jacinta Maite Xabier Fermín Íñigo Borja Lucía Ainhoa Fernando Pilar Gorka Arantxa Esperanza Rubén Ignacio',
           'Arizmendi Otxoa Legarreta Aguirrezabal Villaseñor Cuadrado Manzano Lozano Rebollo Barrientos Cisneros Zabaleta Valdivia Sepúlveda Maldonado Figueroa Vallejo Etxeberria Sarasola Villalobos Zubiri Salazar Palacios Echevarría', 'es'),
    'it': ('Brunella Corrado Fiorenzo Graziella Severino Gianluca Raffaele Arianna Ginevra Beatrice Ottavia Benedetta Martina Vittoria Salvatore Caterina',
           'Bertolucci Castelli Ferrante Galli Innocenti Lorenzini Mazzoni Nardelli Orlandi Tedeschi Bellucci Lombardi Caruso Mancini Pellegrini Vitale Bianchi Colombo Barbieri Guerra', 'fl'),
    'pl': ('Bogdan Cezary Lech Radosław Witold Zdzisław Bartosz Dariusz Wojciech Zbigniew Mariusz Przemysław Sławomir Jakub',
           'Szymański Dąbrowski Wróblewski Grabowski Mazur Pawlak Sikora Baran Wieczorek', 'pl'),
    'se': ('Torvald Alva Ylva Folke Ragnhild Tora Idun Harald Dagny Bertil Margareta Signe Rune Gunnar Sven Ingrid Sigrid Elsa Anders Karin Ulf Linnea',
           'Hedlund Nyström Forsgren Ståhl Wikström Ekholm Backman Bergström Håkansson Sjöberg Wallin Engström Lundgren Nordin Östlund', 'fl'),
    'fi': ('Paavo Ritva Pirkko Esko Armas Hilkka Kyösti Kerttuli Aapo Terhi Outi Heikki Anneli Eero Tapio Pekka Aili Helmi Kaarina Tuulikki Sanni Onni Elina',
           'Kivelä Lampinen Pesonen Kärkkäinen Ojala Leppänen Mustonen Heikkinen Virtanen Niemi Salminen Hämäläinen Rantanen Karjalainen Lehtinen Kallio', 'fl'),
    'tr': ('Ozan Sinan Tuba Derya Gamze Pınar Umut Berk Oğuz Serkan Volkan Tolga Barış Zeynep Ebru Aylin',
           'Karaca Güneş Ünal Kılıç Uysal Eren Coşkun Aksoy Kaya Öztürk Arslan Şahin Kurt Özdemir Polat Yıldız', 'fl'),
    'za': ('Nandi Palesa Kagiso Ayanda Sibusiso Lwazi Sizwe Bongani Themba Nomvula Zanele Lindiwe Thandeka Hendrik Karabo',
           'Mabaso Nxumalo Kruger Olivier Dlamini Zulu Mthembu Botha Pretorius Venter Coetzee Sithole Molefe Radebe', 'fl'),
    'jp': ('Tsubasa Natsuki Shingo Minori Ryuji Ryota Haruka Kaori Masato Ayumi Daisuke Yuki Shota Misaki',
           'Tanabe Shimizu Hamasaki Yoshimura Fujimoto Matsuda Kobayashi Nakamura Ishikawa Hayashi Morita Kimura Inoue', 'fl'),
    'ar': ('Hamza Karim Salma Amira Rashid Tariq Layla Faisal Samir Nadia Bilal Rania',
           'Haddad Khoury Farouk Aziz Tamimi Darwish Najjar Hijazi', 'fl'),
    'ng': ('Chidi Kelechi Temitope Adaeze Obinna Ngozi Emeka Chiamaka Uche',
           'Onyekachi Okeke Babalola Nnamdi Oyelaran Adeyemi Okonkwo Nwankwo Adebayo Obi Chukwu Ogunleye Uzor', 'fl'),
    'pt': ('Tiago Camila Valéria Anselmo Leandro Vinícius Renata Caio Larissa',
           'Magalhães Brandão Sampaio Queiroz Falcão Guimarães Cavalcanti Nogueira Barros Teixeira Fagundes', 'fl'),
    'fr': ('Gaspard Honorine Lucille Romain Théo Amélie Baptiste Solène Maëlle',
           'Delacourt Brossard Joubert Guillot Leblanc Lefèvre Rousseau Chevalier Bouchard Marchand Fabre Garnier', 'fl'),
    'de': ('Gerhard Reinhard Waltraud Dietmar Jürgen Anneliese Matthias Henrik Ulrike Sabine Torsten',
           'Wagner Böhm Engel Winkler Lorenz Vogel Hoffmann Krüger Baumann Fuchs Brandt', 'fl'),
    'vn': ('Nguyệt Hùng Thu Ngân Oanh Khải Hạnh Vinh Phúc Thảo Trung Nhung',
           'Đoàn Cao Trịnh Phạm Huỳnh Bùi Dương', 'fl'),
    'ru': ('Anatoly Svetlana Vladislav Oksana Tatiana Yaroslav',
           'Volkov Kuznetsova Morozov Sokolova Lebedev Orlova Belova', 'fl'),
    'ie': ('Oisín Ronan Clodagh Cathal Sorcha Niamh Aoife Eoin',
           'McGuinness Gallagher Brennan Keane Doherty Mulligan Cassidy', 'fl'),
    'gr': ('Athanasia Panagiotis Eleni Stavros Yiannis Despina',
           'Christakis Mavridis Economou Papadopoulos Georgiou Vlachos', 'fl'),
    'mx': ('Guadalupe Itzel Maximino Citlali',
           'Ochoa Zamarripa Villarreal Garza Cantú', 'fl'),
    'ph': ('Maricel Rizalina Dindo Bayani',
           'Macaraeg Pangilinan', 'fl'),
}
NAMES = {k: (_w(a), _w(b), o) for k, (a, b, o) in NAMES.items()}
PL_F = {'Bogdan': 0, 'Cezary': 0, 'Lech': 0, 'Radosław': 0, 'Witold': 0, 'Zdzisław': 0, 'Bartosz': 0, 'Dariusz': 0,
        'Wojciech': 0, 'Zbigniew': 0, 'Mariusz': 0, 'Przemysław': 0, 'Sławomir': 0, 'Jakub': 0}
PL_FEM = _w('Krystyna Urszula Elżbieta Renata Teresa Bożena Jadwiga Ewa Dorota Zofia Halina')
GENERIC = ['en', 'en', 'us', 'us', 'us', 'kr', 'in', 'sg', 'es', 'it', 'pl', 'se', 'fi', 'tr', 'za', 'jp', 'ar',
           'ng', 'pt', 'fr', 'de', 'vn', 'ru', 'ie', 'gr', 'mx', 'ph']

PLACES = {
    'uk': _w('Ambleside Bridport Kirkwall Lerwick Malvern Oban Alnwick Kendal Hexham Ludlow Whitby Dorchester Aberystwyth Stirling Truro Dumfries Harrogate Penzance'),
    'us': _w('Ketchum Moab Ithaca Natchez Yakima Bangor Marquette Boise Duluth Flagstaff Missoula Tulsa Spokane Asheville Burlington Chattanooga Lubbock Fargo Tallahassee Bozeman Knoxville'),
    'state': _w('Alaska|Arizona|California|Connecticut|Florida|Hawaii|Illinois|Indiana|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Missouri|Texas|Wisconsin'),
    'au': _w('Armidale|Broome|Echuca|Lismore|Port Macquarie|Ballarat|Toowoomba|Mildura|Bundaberg|Dubbo|Launceston|Townsville|Shepparton|Mackay'),
    'ca': _w('Yellowknife|Whitehorse|Gander|Chilliwack|Moose Jaw|Moncton|Saskatoon|Lethbridge|Sudbury|Nanaimo|Fredericton|Regina'),
    'in': _w('Coimbatore Nagpur Indore Mysuru Vadodara Bhopal Guwahati Visakhapatnam Nashik Madurai Dehradun'),
    'es': _w('Cáceres Logroño Teruel Ourense Segovia Almería Huesca Soria Pamplona Cuenca Burgos'),
    'it': _w('Ferrara Lecce Trento Urbino Matera Cremona Bergamo Siena Ravenna Parma Modena'),
    'pl': _w('Olsztyn Rzeszów Opole Kielce Zamość Gniezno Lublin Płock Tarnów'),
    'se': _w('Visby Falun Kalmar Luleå Skellefteå Borås Trollhättan Västerås Jönköping Sundsvall Växjö Karlstad Östersund Norrköping'),
    'fi': _w('Jyväskylä Lahti Joensuu Vaasa Seinäjoki Kajaani Hämeenlinna Kokkola Porvoo'),
    'tr': _w('Amasya Sinop Çanakkale Rize Nevşehir Isparta Trabzon Erzurum Kayseri Samsun Denizli Mardin Malatya Edirne'),
    'za': _w('Kimberley Bloemfontein Pietermaritzburg Upington Mthatha Potchefstroom Rustenburg Knysna'),
    'sg': _w('Bishan|Queenstown|Marine Parade|Choa Chu Kang|Geylang|Tampines|Bedok|Sengkang|Hougang|Woodlands|Serangoon'),
    'kr': _w('Daegu Gwangju Jeonju Suwon Cheongju Pohang Ulsan Changwon'),
    'world': _w('Plovdiv|Arequipa|Luang Prabang|Tarija|Zanzibar|Essaouira|Gdańsk|Salzburg|Bukhara|Hoi An|Bergen|Graz|Mombasa|Valletta|Cartagena|Quito|Dakar|Kraków'),
    'country': _w('Albania|Andorra|Argentina|Armenia|Bangladesh|Belize|Botswana|Bulgaria|Cambodia|Colombia|Guatemala|Honduras|Jamaica|Kazakhstan|Lithuania|Luxembourg|Madagascar|Mauritius|Mozambique|Oman|Panama|Qatar|Rwanda|Serbia|Slovakia|Tanzania|Uganda|Zambia|Iceland|Hungary|Romania|Czechia|Chile|Morocco|Indonesia|Malaysia'),
}
NRP = _w('Albanian|Algerian|Azerbaijani|Bulgarian|Cambodian|Cuban|Cypriot|Fijian|Guatemalan|Haitian|Honduran|Jamaican|Kazakh|Lithuanian|Maldivian|Mauritian|Montenegrin|Nicaraguan|Omani|Panamanian|Rwandan|Serbian|Slovak|Somali|Tanzanian|Ugandan|Uzbek|Venezuelan|Zambian|Danish|Austrian|Belgian|Croatian|Welsh|Shinto|Rastafarian|Adventist|Shiite|Tory|Atheist|Yazidi|Maronite|Amish|Episcopalian|Calvinist')
NRP_NAT = NRP[:34]
NRP_FAITH = _w('Shinto|Rastafarian|Adventist|Shiite|Yazidi|Maronite|Amish|Episcopalian|Calvinist|Atheist')
NRP_POL = _w('Tory')

STREET_US = _w('Goldfinch Lane|Ivy Court|Moorland Drive|Ravenswood Avenue|Tanglewood Road|Upland Way|Vine Street|Waterford Boulevard|Clover Terrace|Sunflower Lane|Foxhill Road|Beechwood Drive|Poplar Street|Whistler Avenue')
STREET_AU = _w('Goldfinch Parade|Clover Crescent|Foxhill Grove|Upland Close|Beechwood Terrace|Tanglewood Esplanade|Moorland Circuit')
STREET_UK = _w('Ravenswood Close|Moorland Rise|Beechwood Mews|Foxhill Lane|Waterford Crescent')
STREET_ES = _w('Calle Olmedilla|Calle Zurbarán|Avenida de los Almendros|Calle Cuesta del Molino|Paseo de las Acacias|Calle Lagasca|Ronda del Carmen')
STREET_IT = _w('Via Pietro Nenni|Viale Trieste|Via dei Tessitori|Corso Matteotti|Via Campo Marzio|Via delle Ortensie')
STREET_PL = _w('ul. Kasztanowa|ul. Słowackiego|ul. Jaśminowa|ul. Ogrodowa')

ORG_AU = _w('Amberleaf Joinery Pty Ltd|Boxthorn Analytics Pty Ltd|Cinderhill Vineyards Pty Ltd|Eucalypt Roofing Pty Ltd|Firetail Solar Pty Ltd|Opalstone Civil Pty Ltd|Bunyip Landscaping Pty Ltd')
ORG_MED = _w('Highgate Medical Centre|Mangrove Bay Medical Centre|Yarrow Park Medical Centre|Inkwell Street Medical Centre|Umber Valley Medical Centre')
ORG_HOSP = _w("St. Cuthbert's Hospital|St. Ninian's Hospital|Cleveland Clinic|Aster Medcity|Royal Darwin Hospital|Karolinska University Hospital|Sunnybrook Hospital|Groote Schuur Hospital|Manipal Hospitals")
ORG_TEL = _w('Firetail Telecom|Dingo Telecom|Umber Telecom|Highgate Telecom')
ORG_LOG = _w('Boxthorn Logistics|Inkwell Logistics|Yarrow Freight Logistics|Opalstone Logistics')
ORG_BIG = _w('Siemens|Unilever|Nestlé|Ericsson|Airbus|Toyota|Samsung|Wipro|Spotify|Shopify|Atlassian|Canva|IKEA|Philips|Deloitte|KPMG|Heineken|Maersk|Nokia|Lufthansa')
ORG_BANK = _w('HSBC|Barclays|ING|Commerzbank|UniCredit|Nordea|ANZ|Westpac|Scotiabank|BBVA|Handelsbanken|Standard Bank|UOB Bank|Capitec Bank')
ORG_IT = _w('Tessiture Nardelli S.r.l.|Cantine Orlandi S.p.A.|Officina Mazzoni S.r.l.|Studio Galli & Partners|Vetreria Lorenzini S.r.l.')
ORG_ES = _w('Conservas Zabaleta S.L.|Talleres Lozano S.A.|Bodegas Valdivia S.L.')
ORG_MISC = _w('Mangrove Dental|Amberleaf Insurance|Cinderhill Energy|Highgate Biolabs|Umber Robotics|Firetail Airways|Eucalypt Health')

DOM_FREE = _w('a1.net interia.eu korea.com turk.net yahoo.com.tr bluemail.ch hispeed.ch kabelmail.de live.com.au hotmail.co.za hanmir.com lycos.com excite.com inbox.ru bk.ru list.ru emirates.net.ae tm.net.my jippii.fi jubii.dk frisurf.no')
DOM_ORG = _w('amberleaf-joinery.com.au boxthorn.io cinderhill.energy firetail-telecom.net highgate-bio.com umber-robotics.dev dingotelecom.com.au opalstone.co.nz inkwell-logistics.eu yarrowpark.health mangrove-dental.ca eucalypt.health')
URL_HOSTS = _w('portal.boxthorn.io app.cinderhill.energy www.firetail-telecom.net highgate-bio.com umber-robotics.dev help.dingotelecom.com.au opalstone.co.nz track.inkwell-logistics.eu yarrowpark.health bookings.mangrove-dental.ca')


# ---- value makers ----------------------------------------------------------

ch = R.choice
CTX = {}


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D').replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def person_name(cult=None, style=None):
    cult = cult or ch(GENERIC)
    given, sur, order = NAMES[cult]
    g, s = ch(given), ch(sur)
    if cult == 'pl' and R.random() < 0.45:
        g = ch(PL_FEM)
        s = s[:-1] + 'a' if s.endswith('ski') else s
    CTX['first'], CTX['last'] = g, s
    style = style or R.random()
    if order == 'kr':
        name = '%s %s' % (s, g) if style < 0.5 else '%s %s' % (g, s)
    elif order == 'sg':
        name = '%s %s' % (s, g)
    elif order == 'es' and style < 0.35:
        s2 = ch(sur)
        name = '%s %s %s' % (g, s, s2)
    elif cult in ('en', 'us') and style > 0.85:
        name = '%s %s. %s' % (g, ch(string.ascii_uppercase.replace('X', '')), s)
    elif cult in ('en', 'us') and style > 0.78:
        name = '%s %s %s' % (g, ch(given), s)
    else:
        name = '%s %s' % (g, s)
    CTX['name'] = name
    return name


def P(arg=None):
    name = person_name(arg or None)
    if R.random() < 0.05:
        up = name.upper()
        if len(up) == len(name):
            name = up
    return ('PERSON', name)


def PF(arg=None):  # given name only
    person_name(arg or None, 0.9)
    return ('PERSON', CTX['first'])


def PS(arg=None):  # surname only
    person_name(arg or None, 0.9)
    return ('PERSON', CTX['last'])


def LOC(arg=None):
    return ('LOCATION', ch(PLACES[arg or ch(['uk', 'us', 'au', 'ca', 'world', 'world', 'in', 'za', 'kr', 'es', 'it', 'se'])]))


def ADDR(arg=None):
    n = R.randint(2, 2400)
    if arg == 'au':
        a = '%d %s' % (n, ch(STREET_AU))
    elif arg == 'uk':
        a = '%d %s' % (R.randint(1, 180), ch(STREET_UK))
    elif arg == 'es':
        a = '%s %d' % (ch(STREET_ES), R.randint(1, 160))
    elif arg == 'it':
        a = '%s %d' % (ch(STREET_IT), R.randint(1, 120))
    elif arg == 'pl':
        a = '%s %d' % (ch(STREET_PL), R.randint(1, 90))
    else:
        a = '%d %s' % (n, ch(STREET_US))
    if arg in (None, 'au', 'us') and R.random() < 0.3:
        a = ch(['Apt %d, ', 'Unit %d, ', 'Suite %d, ']) % R.randint(2, 60) + a
    return ('LOCATION', a)


def ORG(arg=None):
    pools = {'au': ORG_AU, 'med': ORG_MED, 'hosp': ORG_HOSP, 'tel': ORG_TEL, 'log': ORG_LOG, 'big': ORG_BIG,
             'bank': ORG_BANK, 'it': ORG_IT, 'es': ORG_ES, 'misc': ORG_MISC}
    if arg is None:
        arg = ch(['big', 'big', 'bank', 'tel', 'log', 'misc', 'au', 'med'])
    return ('ORGANIZATION', ch(pools[arg]))


def NRPv(arg=None):
    if arg and arg not in ('nat', 'faith'):
        return ('NRP', arg)
    pool = {'nat': NRP_NAT, 'faith': NRP_FAITH}.get(arg, NRP)
    return ('NRP', ch(pool))


MONTHS = 'January February March April May June July August September October November December'.split()
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
MES = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
MESI = 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split()


def _ymd(old=False):
    y = R.randint(1945, 2004) if old else R.randint(2019, 2026)
    return y, R.randint(1, 12), R.randint(1, 28)


def D(arg=None):
    old = arg == 'dob'
    y, m, d = _ymd(old)
    hh, mm = R.randint(0, 23), ch([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if arg == 'es':
        return ('DATE_TIME', '%d de %s de %d' % (d, MES[m - 1], y))
    if arg == 'it':
        return ('DATE_TIME', '%d %s %d' % (d, MESI[m - 1], y))
    if arg in ('dot', 'tr', 'fi', 'pl'):
        return ('DATE_TIME', ('%d.%d.%d' % (d, m, y)) if arg == 'fi' and R.random() < 0.6 else '%02d.%02d.%d' % (d, m, y))
    if arg == 'iso':
        return ('DATE_TIME', '%d-%02d-%02d' % (y, m, d))
    if arg == 'time':
        return ('DATE_TIME', ch(['%d:%02d', '%02d:%02d']) % (hh, mm) if R.random() < 0.5 else '%d:%02d %s' % (R.randint(1, 12), mm, ch(['AM', 'PM', 'am', 'pm'])))
    fm = [
        lambda: '%d %s %d' % (d, MONTHS[m - 1], y),
        lambda: '%s %d, %d' % (MONTHS[m - 1], d, y),
        lambda: '%s %d, %d' % (MONTHS[m - 1][:3], d, y),
        lambda: '%d-%02d-%02d' % (y, m, d),
        lambda: '%02d/%02d/%d' % (d, m, y),
        lambda: '%02d/%02d/%d' % (m, d, y),
        lambda: '%d/%d/%d' % (m, d, y),
        lambda: '%02d.%02d.%d' % (d, m, y),
        lambda: '%02d-%s-%d' % (d, MONTHS[m - 1][:3].upper(), y),
    ]
    if not old:
        fm += [
            lambda: '%s, %s %d' % (ch(DAYS), MONTHS[m - 1], d),
            lambda: '%s %d at %d:%02d %s' % (MONTHS[m - 1], d, R.randint(1, 12), mm, ch(['AM', 'PM'])),
            lambda: '%d-%02d-%02d %02d:%02d' % (y, m, d, hh, mm),
            lambda: '%d %s %d, %02d:%02d' % (d, MONTHS[m - 1][:3], y, hh, mm),
            lambda: '%s %d' % (MONTHS[m - 1], d),
        ]
    return ('DATE_TIME', ch(fm)())


def EMAIL(arg=None):
    if arg == 'p' and 'first' in CTX:
        f, l = ascii_fold(CTX['first']).lower().replace(' ', ''), ascii_fold(CTX['last']).lower().replace(' ', '').replace("'", '')
    else:
        person_name(None, 0.9)
        f, l = ascii_fold(CTX['first']).lower().replace(' ', ''), ascii_fold(CTX['last']).lower().replace(' ', '').replace("'", '')
    dom = ch(DOM_FREE) if R.random() < 0.55 else ch(DOM_ORG)
    local = ch(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l, R.randint(10, 99)), '%s%d' % (l, R.randint(100, 9999)),
                '%s.%s+%s' % (f, l, ch(['invoices', 'hr', 'travel', 'alerts'])), '%s%s' % (f, l[0]), '%s-%s' % (f, l)])
    return ('EMAIL_ADDRESS', '%s@%s' % (local, dom))


def _dg(n):
    return C.rd(n, R)


def PHONE(arg=None):
    c = arg or ch(['us', 'us', 'us', 'uk', 'kr', 'pl', 'es', 'za', 'fr', 'mx', 'jp', 'au', 'in', 'tr', 'ng', 'se', 'fi', 'it', 'sg'])
    a = str(R.randint(201, 989))
    f = {
        'us': lambda: ch(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1 (%s) %s-%s', '%s.%s.%s', '+1-%s-%s-%s']) % (a, str(R.randint(200, 999)), _dg(4)),
        'uk': lambda: ch(['+44 7%s %s', '07%s %s']) % (_dg(3), _dg(6)),
        'kr': lambda: ch(['+82 10-%s-%s', '010-%s-%s', '+82 10 %s %s']) % (_dg(4), _dg(4)),
        'pl': lambda: ch(['+48 %s-%s-%s', '+48 %s %s %s']) % (str(R.randint(500, 899)), _dg(3), _dg(3)),
        'es': lambda: ch(['+34 6%s %s %s', '+34 91 %s %s %s']) % ((_dg(2), _dg(3), _dg(3)) if R.random() < 0.5 else (_dg(3), _dg(2), _dg(2))),
        'za': lambda: ch(['0%s %s %s' % (ch(['72', '82', '83', '61']), _dg(3), _dg(4)), '+27 %s %s %s' % (ch(['21', '31', '82', '72']), _dg(3), _dg(4))]),
        'fr': lambda: ch(['+33 6 %s %s %s %s', '06 %s %s %s %s']) % (_dg(2), _dg(2), _dg(2), _dg(2)),
        'mx': lambda: '+52 %s %s %s' % (ch(['55', '33', '81']), _dg(4), _dg(4)),
        'jp': lambda: '+81 %s-%s-%s' % (ch(['90', '80', '70']), _dg(4), _dg(4)),
        'au': lambda: ch(['+61 4%s %s %s', '04%s %s %s']) % (_dg(2), _dg(3), _dg(3)),
        'in': lambda: ch(['+91 9%s %s', '+91-9%s-%s']) % (_dg(4), _dg(5)),
        'tr': lambda: ch(['0532 %s %s %s', '+90 532 %s %s %s']) % (_dg(3), _dg(2), _dg(2)),
        'ng': lambda: '+234 %s %s %s' % (ch(['803', '806', '701', '813']), _dg(3), _dg(4)),
        'se': lambda: '+46 70-%s %s %s' % (_dg(3), _dg(2), _dg(2)),
        'fi': lambda: ch(['+358 40 %s %s', '040 %s %s']) % (_dg(3), _dg(4)),
        'it': lambda: ch(['+39 3%s %s %s', '3%s %s %s']) % (_dg(2), _dg(3), _dg(4)),
        'sg': lambda: '+65 %s %s' % (ch(['8', '9']) + _dg(3), _dg(4)),
    }[c]
    return ('PHONE_NUMBER', f())


def CC(arg=None):
    k = arg or ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners'])
    n = C.card(R, k)
    if k == 'amex':
        s = ch([' ', '-', '']); v = n[:4] + s + n[4:10] + s + n[10:]
    elif k == 'diners':
        v = n if R.random() < 0.6 else n[:4] + ' ' + n[4:10] + ' ' + n[10:]
    else:
        v = C.group(n, 4, ch([' ', ' ', '-', ''])) if R.random() < 0.7 else n
    return ('CREDIT_CARD', v)


def IBAN(arg=None):
    cc = arg or ch(['DE', 'DE', 'FR', 'ES', 'BE', 'GB', 'NL', 'PL', 'IT', 'AT'])
    v = C.iban(R, cc)
    return ('IBAN_CODE', C.group(v, 4) if R.random() < 0.45 else v)


def IP(arg=None):
    k = arg or ch(['v4', 'v4', 'v4', 'v4p', 'v6', 'v6c', 'map'])
    if k == 'v4':
        v = '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif k == 'v4p':
        v = ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    elif k == 'v6':
        v = ':'.join('%x' % R.randint(0, 0xffff) if R.random() < 0.5 else '%04x' % R.randint(0, 0xffff) for _ in range(8))
    elif k == 'v6c':
        v = '%s:%x:%x::%x' % (ch(['2001:db8', '2a01:4f8', '2604:a880', '2406:da18']), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
    else:
        v = '::ffff:%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def URL(arg=None):
    host = ch(URL_HOSTS + DOM_ORG)
    path = ch(['/login', '/account/security', '/invoices/%d' % R.randint(1000, 99999), '/claims/%d/status' % R.randint(100, 9999),
               '/reset?key=%s' % ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(10)), '', '/help/contact',
               '/u/%s' % ''.join(ch(string.ascii_lowercase) for _ in range(7)), '/jobs/apply'])
    if arg == 'profile':
        f, l = ascii_fold(CTX.get('first', 'x')).lower(), ascii_fold(CTX.get('last', 'y')).lower()
        return ('URL', ch(['https://www.linkedin.com/in/%s-%s-%d' % (f, l, R.randint(10, 999)), 'https://github.com/%s%s' % (f[0], l),
                           'https://www.behance.net/%s%s' % (f, l), 'https://x.com/%s_%s' % (f, l)]))
    scheme = ch(['https://', 'https://', 'https://', 'http://', '', 'www.']) if not host.startswith('www.') else ch(['https://', ''])
    if scheme == 'www.' and host.count('.') > 1:
        scheme = 'https://'
    return ('URL', scheme + host + path)


def CRYPTO(arg=None):
    return ('CRYPTO', C.btc(R, arg or ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))


def MAC(arg=None):
    b = [R.randint(0, 255) for _ in range(6)]
    k = ch(['cu', 'cu', 'cl', 'hu', 'hl', 'dot'])
    if k == 'dot':
        h = ''.join('%02x' % x for x in b); v = '%s.%s.%s' % (h[:4], h[4:8], h[8:])
    else:
        v = (':' if k[0] == 'c' else '-').join('%02X' % x for x in b)
        if k[1] == 'l':
            v = v.lower()
    return ('MAC_ADDRESS', v)


def SSN(arg=None):
    a, b, c = C.ssn(R)
    return ('US_SSN', ch(['%s-%s-%s'] * 6 + ['%s %s %s', '%s%s%s']) % (a, b, c))


def ITIN(arg=None):
    a, b, c = C.itin(R)
    return ('US_ITIN', ch(['%s-%s-%s'] * 4 + ['%s %s %s', '%s%s%s', '%s%s%s']) % (a, b, c))


def USDL(arg=None):
    L = string.ascii_uppercase
    k = ch(['l7', 'l12', 'n9', 'n8', 'dash', 'wa', 'l8'])
    if k == 'l7': v = ch(L) + _dg(7)
    elif k == 'l12': v = ch(L) + _dg(12)
    elif k == 'n9': v = _dg(9)
    elif k == 'n8': v = _dg(8)
    elif k == 'l8': v = ch(L) + _dg(8)
    elif k == 'dash': v = '%s%s-%s-%s' % (ch(L), _dg(3), _dg(4), _dg(4))
    else:
        if 'last' not in CTX:
            person_name('us')
        last = ascii_fold(CTX.get('last', 'GARRIS')).upper().replace(' ', '').replace('-', '')
        last = (last + '*****')[:5]
        v = last + ascii_fold(CTX.get('first', 'A'))[0].upper() + ch(L) + _dg(3) + ch(L) + ch(L)
    return ('US_DRIVER_LICENSE', v)


def USPASS(arg=None):
    return ('US_PASSPORT', _dg(9) if R.random() < 0.5 else ch('ACEMNWX') + _dg(8))


def USBANK(arg=None):
    return ('US_BANK_NUMBER', str(R.randint(1, 9)) + _dg(R.randint(7, 16)))


def MBI(arg=None):
    return ('US_MBI', C.mbi(R, R.random() < 0.5))


def NPI(arg=None):
    return ('US_NPI', C.npi(R))


def DEA(arg=None):
    return ('MEDICAL_LICENSE', C.dea(R))


def NHS(arg=None):
    v = C.nhs(R)
    return ('UK_NHS', ch(['%s %s %s'] * 3 + ['%s-%s-%s', '%s%s%s']) % (v[:3], v[3:6], v[6:]))


def NINO(arg=None):
    ok1 = 'ABCEGHJKLMNOPRSTWXYZ'; ok2 = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = ch(ok1) + ch(ok2)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d = _dg(6); s = ch('ABCD')
    return ('UK_NINO', '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s) if R.random() < 0.45 else p + d + s)


def TFN(arg=None):
    v = C.tfn(R)
    return ('AU_TFN', C.group(v, 3) if R.random() < 0.75 else v)


def ABN(arg=None):
    v = C.abn(R)
    return ('AU_ABN', '%s %s %s %s' % (v[:2], v[2:5], v[5:8], v[8:]) if R.random() < 0.7 else v)


def ACN(arg=None):
    v = C.acn(R)
    return ('AU_ACN', C.group(v, 3) if R.random() < 0.65 else v)


def MEDICARE(arg=None):
    v = C.medicare(R)
    return ('AU_MEDICARE', '%s %s %s' % (v[:4], v[4:9], v[9]) if R.random() < 0.75 else v)


def SIN(arg=None):
    v = C.sin(R)
    return ('CA_SIN', C.group(v, 3, ch([' ', ' ', '-', ''])))


def AADHAAR(arg=None):
    v = C.aadhaar(R)
    return ('IN_AADHAAR', C.group(v, 4, ch([' ', ' ', ' ', '-', ''])))


def PAN(arg=None):
    v = C.pan(R)
    if 'last' in CTX and R.random() < 0.8:
        v = v[:3] + 'P' + ascii_fold(CTX['last'])[0].upper() + v[5:]
    return ('IN_PAN', v)


def VOTER(arg=None):
    return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + _dg(7))


def INPASS(arg=None):
    return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + _dg(6))


def NRIC(arg=None):
    while True:
        v = C.nric(R)
        if v[0] in 'ST':
            return ('SG_NRIC_FIN', v)


def RRN(arg=None):
    v = C.kr_rrn(R)
    return ('KR_RRN', v[:6] + '-' + v[6:] if R.random() < 0.8 else v)


def NIE(arg=None):
    v = C.nie(R)
    return ('ES_NIE', v[:-1] + '-' + v[-1] if R.random() < 0.25 else v)


def NIF(arg=None):
    v = C.nif(R)
    return ('ES_NIF', v[:-1] + '-' + v[-1] if R.random() < 0.25 else v)


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
CF_TOWNS = ['F205', 'L219', 'F839', 'D612', 'L736', 'C351', 'B157', 'G478', 'D548', 'E506', 'L378', 'H294']


def CF(arg=None):
    if 'last' not in CTX:
        person_name('it')
    sur = ascii_fold(CTX.get('last', 'Rossi')).upper(); nm = ascii_fold(CTX.get('first', 'Mario')).upper()
    cons = lambda x: [c for c in x if c in 'BCDFGHJKLMNPQRSTVWXYZ']
    vow = lambda x: [c for c in x if c in 'AEIOU']
    s = ''.join((cons(sur) + vow(sur) + ['X'] * 3)[:3])
    c = cons(nm)
    s += ''.join([c[0], c[2], c[3]]) if len(c) >= 4 else ''.join((c + vow(nm) + ['X'] * 3)[:3])
    fem = nm.endswith('A') or nm in ('BEATRICE', 'GRAZIELLA', 'CATERINA')
    s += '%02d' % R.randint(40, 99) + 'ABCDEHLMPRST'[R.randint(0, 11)] + '%02d' % (R.randint(1, 28) + (40 if fem else 0)) + ch(CF_TOWNS)
    t = 0
    for i, x in enumerate(s):
        idx = int(x) if x.isdigit() else ord(x) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return ('IT_FISCAL_CODE', s + chr(65 + t % 26))


def PIVA(arg=None):
    return ('IT_VAT_CODE', C.piva(R))


def PESEL(arg=None):
    return ('PL_PESEL', C.pesel(R))


def PNR(arg=None):
    return ('SE_PERSONNUMMER', C.se_pnr(R, R.random() < 0.4))


def HETU(arg=None):
    y = R.randint(1940, 2015); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = ch('-YXWVU' if y < 2000 else 'ABCDEF')
    if R.random() < 0.5:
        c = '-' if y < 2000 else 'A'
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def TCKN(arg=None):
    return ('TR_NATIONAL_ID', C.tr_id(R))


def ZAID(arg=None):
    return ('ZA_ID_NUMBER', C.za_id(R))


# unlabelled filler
def n(arg=None):
    a, b = (arg or '2-6').split('-')
    return _dg(R.randint(int(a), int(b)))


def hexs(arg=None):
    return ''.join(ch('0123456789abcdef') for _ in range(int(arg or 40)))


def uuid(arg=None):
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:32])


def ver(arg=None):
    return ch(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


def amt(arg=None):
    return ch(['$%d.%02d', '€%d,%02d', '£%d.%02d', 'USD %d.%02d', 'AUD %d.%02d', '₩%d000', 'CHF %d.%02d']).replace('%d000', '%d000%0.0s') % (R.randint(5, 9000), R.randint(0, 99))


def ref(arg=None):
    return ch(['ORD-%s' % _dg(8), 'SO%s' % _dg(7), '#%s' % _dg(10), 'INV-%s' % _dg(5), 'REF/%s/%s' % (''.join(ch(string.ascii_uppercase) for _ in range(2)), _dg(6)),
               'TKT-%s' % _dg(6), 'CASE-%s-%s' % (_dg(4), _dg(3))])


def badcard(arg=None):
    v = C.card(R, ch(['visa', 'mc']))
    v = v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
    return C.group(v, 4)


def badiban(arg=None):
    v = C.iban(R, ch(['DE', 'FR', 'GB', 'ES', 'NL']))
    ck = int(v[2:4]); v = v[:2] + '%02d' % ((ck + R.randint(1, 50)) % 97 + 2) + v[4:]
    return C.group(v, 4)


def word(arg=None):
    return ch(arg.split('/'))


# ---- templates -------------------------------------------------------------
# «KEY» or «KEY:arg» calls the maker KEY; upper-case makers give labelled
# values, lower-case ones unlabelled filler. (count, template)

T = [
    # --- support, billing, cards
    (4, "Morning team, «P» rang twice about card «CC» being billed «amt» on «D». Best callback is «PHONE»."),
    (2, "Chargeback dispute #«n:6-6»: cardholder «P», card ending in full «CC», disputed on «D»."),
    (2, "Why would «ORG:bank» decline «CC» for «P»? It worked yesterday in «LOC»."),
    (3, "Refund «amt» to card «CC», not to the wallet. Customer email is «EMAIL»."),
    (2, "The customer «P» wants us to store two cards: «CC» and «CC». Is that allowed under PCI?"),
    (2, "«P» here, I moved to «LOC» and my new mobile is «PHONE». Please update the account linked to «EMAIL:p»."),
    (1, "I'm «P» and someone used my card «CC» at «ORG:big» on «D». Please block it."),
    (2, "Escalating: account holder «P» «EMAIL:p» says the site «URL» keeps logging them out."),
    (1, "Draft an apology to «P» for the outage on «D»; they're one of our biggest clients in «LOC»."),
    (1, "Ticket from «P» («PHONE»): parcel «ref» never reached «ADDR», «LOC»."),
    # --- HR / payroll (generic)
    (1, "Offer letter for «P», starting «D» in our «LOC» branch, reporting to «P»."),
    (3, "Leaver form: «P», last working day «D», forward mail to «EMAIL:p»."),
    (1, "Expense claim by «P» for the «LOC» trip on «D» was rejected by «P»."),
    (1, "Update the staff directory: «P», desk phone «PHONE», email «EMAIL:p», based in «LOC»."),
    (1, "Reference check: «P» worked at «ORG» from «D» to «D». Contact «P» on «PHONE»."),
    # --- people, places, orgs, NRP
    (1, "Write a short bio: «P» is a «NRP:nat» engineer who grew up in «LOC» and now leads a team at «ORG:big»."),
    (1, "Our volunteer «P» («NRP:faith») asked for «D» off for a religious holiday."),
    (1, "Rewrite in a friendlier tone: «PF», the «ORG» folks in «LOC» still haven't signed."),
    (1, "Summarise: the «NRP:nat» delegation led by «P» visits «ORG:big» in «LOC» on «D»."),
    (1, "Make this sound more formal: «P» has lived in «LOC», «LOC:country» since «D» and works for «ORG»."),
    (1, "Seating plan note: «P» is vegetarian and «P» is «NRP:faith»; both arrive from «LOC»."),
    (1, "Interview notes: «P», «NRP:nat» citizen, relocating from «LOC» to «LOC» to join «ORG»."),
    (1, "Meeting with «P» of «ORG:bank» moved to «D»."),
    (1, "Is «ORG:big» hiring in «LOC»? My friend «P» wants to apply."),
    (1, "«P» and «P» will co-host the «LOC» workshop; RSVP to «EMAIL» by «D»."),
    # --- contact / CRM
    (1, "New lead: «P», «ORG», «EMAIL:p», «PHONE»."),
    (1, "Save this contact: «P» | «PHONE» | «EMAIL:p» | «URL:profile»"),
    (1, "Who is «P»? Their profile «URL:profile» says they used to work at «ORG:big»."),
    (1, "Signature block:\n«P»\nHead of Operations, «ORG»\n«PHONE» · «EMAIL:p»"),
    (2, "Merge duplicate contacts «EMAIL» and «EMAIL:p»; both belong to «P»."),
    # --- IT, logs, network
    (2, "Firewall log: blocked inbound from «IP» to «IP:v4p» port 3389, user «EMAIL»."),
    (3, "Our printer at «IP:v4p» has MAC «MAC»; it drops off the network every hour."),
    (1, "auth.log: Failed password for «word:deploy/admin/root» from «IP» port 5«n:4-4» ssh2 — owner on call is «P»."),
    (1, "Whitelist request from «ORG»: allow «IP» and «IP:v6» to reach «URL» before «D»."),
    (1, "Please explain this line:\n«IP:v4» - - [14/Mar/2025:08:12:44 +0000] \"GET /account HTTP/1.1\" 200 512 \"-\" \"curl/8.4\" user=«EMAIL»"),
    (2, "Router DHCP table: «MAC» -> «IP:v4p» (laptop of «PF»), «MAC» -> «IP:v4p» (tv)"),
    (1, "Can you write a regex that matches both «MAC» and «MAC»?"),
    (2, "Phishing report: mail from «EMAIL» linked to «URL» and came from «IP»."),
    (1, "ssh «word:ops/ubuntu/ec2-user»@«IP» works but «IP:v6c» times out. Any idea?"),
    (1, "The SSO callback «URL» rejects «EMAIL:p» even though «P» is in the admins group."),
    (1, "Set up a git alias; my commits should show «P» <«EMAIL:p»>."),
    (2, "env file:\nSMTP_USER=«EMAIL»\nSMTP_HOST=«IP:v4p»\nWEBHOOK=«URL»\nBUILD=«ver»"),
    (3, "device_id=«uuid» mac=«MAC» ip=«IP» owner=«EMAIL» fw=«ver»"),
    # --- crypto
    (3, "Payout wallet changed to «CRYPTO»; the previous one was «CRYPTO». Please confirm with «P»."),
    (3, "Is «CRYPTO» a valid address? A buyer in «LOC» wants to pay that way."),
    (2, "Donations go to «CRYPTO» (BTC). Any other currency, email «EMAIL»."),
    (2, "transaction from «CRYPTO» to «CRYPTO» has 0 confirmations after «n:2-2» minutes"),
    # --- IBAN / banking
    (3, "Please set up a standing order of «amt» from «IBAN» to «IBAN», beneficiary «P»."),
    (1, "Supplier «ORG» changed bank details to «IBAN» at «ORG:bank». Verify with «P» before paying."),
    (1, "Rent goes to «P», IBAN «IBAN», at the start of each month."),
    (2, "The SEPA transfer to «IBAN» bounced; «P» at «ORG:bank» says the name does not match."),
    (1, "Salary account for «P»: «IBAN» (bank: «ORG:bank»)"),
    # --- US SSN / ITIN / passport / DL / bank
    (2, "Background check form: «P», SSN «SSN», born «D:dob», current address «ADDR», «LOC:us», «LOC:state»."),
    (3, "W-2 mismatch: payroll has SSN «SSN» for «P» but the tax authority's letter says otherwise."),
    (2, "Loan application: borrower «P», SSN «SSN», employer «ORG», monthly income «amt»."),
    (3, "Tenant screening for «P» (SSN «SSN», «PHONE:us»), previous landlord in «LOC:us»."),
    (3, "Our client «P» files with ITIN «ITIN» and lives in «LOC:us», «LOC:state»."),
    (3, "ITIN «ITIN» was assigned to «P» on «D»; SSN for the dependent is «SSN»."),
    (2, "Nonresident intake: «P», ITIN «ITIN», phone «PHONE:us»"),
    (3, "Expedite the renewal of US passport «USPASS» for «P», trip to «LOC» on «D»."),
    (3, "Traveler profile: «P», passport «USPASS», DOB «D:dob», frequent flyer with «ORG:big»."),
    (1, "Lost passport report: «P», number «USPASS», last seen in «LOC»."),
    (2, "Car rental at «LOC:us» airport: driver «P», license «USDL», «LOC:state» issued."),
    (3, "The licensing office says license «USDL» belonging to «P» expires on «D»; notice went to «EMAIL:p»."),
    (2, "Add «P» as second driver, license number «USDL», age «n:2-2»."),
    (3, "ACH form: «P», checking account «USBANK», bank «ORG:bank»."),
    (3, "Direct deposit for «P» bounced back; account «USBANK» is closed per the bank."),
    (2, "Payee «ORG» wants payment to account «USBANK», please confirm by phone «PHONE:us»."),
    # --- US medical
    (3, "Medicare beneficiary «P», MBI «MBI», called from «PHONE:us» about a denied claim."),
    (3, "Eligibility check failed for MBI «MBI» («P», DOB «D:dob»)."),
    (2, "Superbill: provider NPI «NPI», patient «P», MBI «MBI», visit «D»."),
    (3, "Please credential Dr. «P», NPI «NPI», at «ORG:hosp»."),
    (3, "Referral from NPI «NPI» for «P», callback «PHONE:us»."),
    (2, "Look up the prescriber with NPI «NPI» in «LOC:state»."),
    (3, "Controlled-substance script from Dr. «PS», DEA «DEA», for «P»."),
    (3, "Verify DEA registration «DEA» for Dr. «P» at «ORG:med»."),
    (3, "Pharmacy fax: DEA «DEA», prescriber «P», patient callback «PHONE»."),
    (1, "Prof. «P» moved to «ORG:hosp»; update DEA «DEA» on file."),
    # --- UK
    (3, "GP registration: «P», NHS number «NHS», DOB «D:dob», surgery in «LOC:uk»."),
    (3, "Discharge summary for «P» (NHS «NHS») from «ORG:hosp», follow-up on «D»."),
    (2, "Ms. «P», NHS no «NHS», asked for her records to be sent to «EMAIL:p»."),
    (3, "Tax office letter for «P» quotes NI number «NINO»; they live in «LOC:uk»."),
    (3, "Starter checklist: «P», NINO «NINO», start date «D», «ADDR:uk», «LOC:uk»."),
    (3, "Pension transfer: member «P», National Insurance «NINO», employer «ORG»."),
    # --- Australia
    (3, "New starter «P»: TFN «TFN», super fund to follow, address «ADDR:au», «LOC:au»."),
    (3, "Tax office query: TFN «TFN» for «P» doesn't match the payroll record; reply to «EMAIL:p»."),
    (2, "Contractor «P», TFN «TFN», invoices through «ORG:au» (ABN «ABN»)."),
    (3, "«ORG:au», ABN «ABN», ACN «ACN», registered in «LOC:au»."),
    (3, "Check ABN «ABN» for «ORG:au» before we pay invoice «ref»."),
    (3, "Company extract: ACN «ACN», director «P», office «ADDR:au», «LOC:au»."),
    (3, "Medicare number «MEDICARE» for «P», seen at «ORG:med» on «D»."),
    (3, "Bulk-bill claim: patient «P», Medicare «MEDICARE», DOB «D:dob»."),
    (2, "Update Medicare card «MEDICARE» for «P»; new address «ADDR:au», «LOC:au»."),
    # --- Canada
    (3, "Payroll setup for «P», SIN «SIN», working out of «LOC:ca»."),
    (3, "Please don't paste SINs in chat. «P» just shared «SIN» in the «LOC:ca» channel."),
    (3, "T4 correction: employee «P», social insurance number «SIN», employer «ORG»."),
    (1, "New tenant «P», SIN «SIN», phone «PHONE:us», moving in «D»."),
    # --- India
    (3, "KYC pending: «P:in», PAN «PAN», Aadhaar «AADHAAR», city «LOC:in»."),
    (2, "kyc_record = {'name': '«P:in»', 'pan': '«PAN»', 'aadhaar': '«AADHAAR»', 'voter': '«VOTER»', 'passport': '«INPASS»'}"),
    (3, "Link Aadhaar «AADHAAR» with PAN «PAN» for «P:in»; mobile «PHONE:in»."),
    (3, "Voter ID «VOTER» for «P:in» shows the old address in «LOC:in»; login came from «IP»."),
    (3, "Election office query: EPIC number «VOTER», elector «P:in», constituency «LOC:in»."),
    (3, "Passport «INPASS» issued to «P:in» at «LOC:in» on «D»."),
    (3, "Visa file: «P:in», «NRP:Indian» passport «INPASS», travelling to «LOC» on «D»."),
    (2, "Form 16 for «P:in» (PAN «PAN») sent to «EMAIL:p»."),
    # --- Singapore
    (3, "Tenancy agreement: tenant «P:sg», NRIC «NRIC», unit in «LOC:sg»."),
    (3, "Clinic registration: «P:sg» (NRIC «NRIC»), contact «PHONE:sg»."),
    (3, "Provident fund contribution for «P:sg», NRIC «NRIC», from «D»."),
    (2, "Ride-hailing driver onboarding: «P:sg», NRIC «NRIC», lives in «LOC:sg», email «EMAIL:p»."),
    (3, "Corporate secretary note: shareholder «P:sg», NRIC «NRIC», «EMAIL:p»."),
    # --- Korea
    (3, "«NRP:Korean» branch HR: «P:kr», 주민등록번호 «RRN», 연락처 «PHONE:kr»."),
    (3, "Insurance enrolment: «P:kr», RRN «RRN», premiums from card «CC»."),
    (2, "Hotel check-in for «P:kr» (RRN «RRN») in «LOC:kr» on «D»."),
    (3, "Payroll APAC: employee «P:kr», registration no. «RRN», email «EMAIL:p»."),
    (3, "«P:kr» 고객님 주민번호 «RRN» 확인 부탁드립니다."),
    # --- Spain
    (3, "Contrato de alquiler: inquilino «P:es», NIE «NIE», domicilio «ADDR:es», «LOC:es»."),
    (3, "Alta en nómina de «P:es» con NIF «NIF», incorporación el «D:es»."),
    (3, "Factura a nombre de «P:es», NIF «NIF», teléfono «PHONE:es»."),
    (3, "«P:es» (NIE «NIE», «EMAIL:p») solicita cita en la oficina de «LOC:es» para el «D:es»."),
    (3, "Comprueba el NIE «NIE» y el NIF «NIF» de «P:es», por favor."),
    # --- Italy
    (3, "Anagrafica cliente: «P:it», codice fiscale «CF», residente a «LOC:it»."),
    (3, "Assunzione di «P:it» il «D:it», codice fiscale «CF», sede di «LOC:it»."),
    (3, "Fattura da «ORG:it», P.IVA «PIVA», referente «P:it»."),
    (3, "Verifica la partita IVA «PIVA» del fornitore «ORG:it» di «LOC:it»."),
    (3, "Il paziente «P:it» (CF «CF») ha appuntamento presso «ADDR:it», «LOC:it»."),
    # --- Poland
    (3, "Zgłoszenie: «P:pl», PESEL «PESEL», zamieszkały w «LOC:pl»."),
    (3, "Umowa najmu dla «P:pl», numer PESEL «PESEL», telefon «PHONE:pl», konto «IBAN:PL»."),
    (2, "Pacjent «P:pl» (PESEL «PESEL») zapisany na «D:pl»."),
    (3, "Please check PESEL «PESEL» for «P:pl», new hire in our «LOC:pl» office."),
    (3, "Lista płac: «P:pl», PESEL «PESEL», e-mail «EMAIL:p»."),
    # --- Sweden
    (3, "Hyreskontrakt: «P:se», personnummer «PNR», adress i «LOC:se»."),
    (2, "Läkarbesök för «P:se» («PNR») den «D:iso»."),
    (3, "Please mask the personnummer «PNR» of «P:se» before forwarding."),
    (3, "Anställd «P:se», personnummer «PNR», mobil «PHONE:se»."),
    (2, "«P:se» flyttar till «LOC:se»; personnummer «PNR», e-post «EMAIL:p»."),
    # --- Finland
    (3, "Vuokrasopimus: «P:fi», henkilötunnus «HETU», tili «IBAN:FI»."),
    (2, "Potilas «P:fi» («HETU») varasi ajan «D:fi»."),
    (3, "Please verify the henkilötunnus «HETU» for «P:fi», who starts in «LOC:fi»."),
    (3, "Palkanlaskenta: «P:fi», hetu «HETU», sähköposti «EMAIL:p»."),
    (3, "Asiakas «P:fi», henkilötunnus «HETU», puhelin «PHONE:fi»."),
    # --- Turkey
    (3, "Kira sözleşmesi: «P:tr», T.C. kimlik no «TCKN», adres «LOC:tr», IBAN «IBAN:TR»."),
    (2, "Hasta «P:tr» (TC «TCKN») için muayene tarihi «D:tr»."),
    (3, "Check the TC number «TCKN» for «P:tr» before the bank transfer."),
    (3, "Personel kaydı: «P:tr», kimlik numarası «TCKN», telefon «PHONE:tr»."),
    (3, "«P:tr» adlı müşterinin T.C. kimlik numarası «TCKN», e-posta «EMAIL:p»."),
    # --- South Africa
    (3, "FICA documents for «P:za»: ID «ZAID», proof of residence in «LOC:za», contact «EMAIL:p»."),
    (3, "Home loan application, «P:za», SA ID number «ZAID», cell «PHONE:za»."),
    (2, "Learner registration: «P:za», ID no. «ZAID», school in «LOC:za»."),
    (2, "Vehicle licence renewal for «P:za» («ZAID») at «LOC:za» testing centre."),
    (3, "Medical aid claim: member «P:za», identity number «ZAID», date «D»."),
    # --- more identifiers, fewer names
    (3, "Card «CC» expired last month and the replacement «CC» was never activated."),
    (3, "Add card «CC» to the corporate wallet; the old «CC» is lost."),
    (3, "Someone in «LOC» tried card «CC» four times from «IP»."),
    (1, "Is «CC» a test card number or a real one?"),
    (3, "Customers report that «URL» shows a certificate warning; mirror at «URL» is fine."),
    (3, "Redirect «URL» to «URL» permanently, please."),
    (2, "Which of these links is the real login page: «URL» or «URL»?"),
    (1, "Bookmark dump: «URL», «URL»"),
    (3, "Reconcile: «amt» arrived on «IBAN» but was sent from «IBAN»."),
    (1, "Close account «IBAN» and move the balance to «IBAN»."),
    (2, "IBAN «IBAN» fails our validator but the bank says it is fine. Can you check?"),
    (3, "SSN «SSN» appears on two different customer profiles; which one is right?"),
    (2, "Mask the SSN in this line: applicant SSN «SSN», score «n:3-3»."),
    (3, "Cold wallet «CRYPTO» received «n:1-1».«n:3-3» BTC on «D»."),
    (1, "Blocklist this address: «CRYPTO»"),
    (3, "For the diversity report: «P» identifies as «NRP:faith» and «P» as «NRP:nat»."),
    (2, "Our «NRP:nat» customers in «LOC» asked for support in their own language."),
    (2, "The «NRP:faith» community centre in «LOC» booked the hall for «D»."),
    (3, "Is «TFN» a real TFN format? It came from a tax form."),
    (3, "Super choice form: TFN «TFN», fund ABN «ABN»."),
    (3, "Registry lookup: ACN «ACN» and ABN «ABN» should belong to the same company."),
    (2, "Trustee company ACN «ACN» replaced ACN «ACN» on the deed."),
    (3, "Medicare card «MEDICARE» was rejected at «ORG:med»; reason code 40."),
    (2, "Dependants on Medicare «MEDICARE»: «PF» and «PF»."),
    (2, "Wire out of account «USBANK» to account «USBANK», memo «ref»."),
    (1, "Routing is fine, but is account number «USBANK» the right length?"),
    (2, "DEA number «DEA» appears on a script from «LOC:state»; is it genuine?"),
    (1, "Audit list of DEA registrations: «DEA», «DEA»"),
    (2, "SIN «SIN» was reported as compromised; freeze the file."),
    (1, "Please validate SIN «SIN» and SIN «SIN» for the T4 batch."),
    (3, "Voter ID «VOTER» and PAN «PAN» submitted for the demat account of «P:in»."),
    (3, "Passport «INPASS» and voter card «VOTER» don't show the same date of birth."),
    (3, "Reissue of passport «INPASS» requested; old Aadhaar «AADHAAR» is still valid."),
    (3, "Aadhaar «AADHAAR» is linked to two mobile numbers; customer «P:in» wants one removed."),
    (3, "Codice fiscale «CF» e partita IVA «PIVA»: sono dello stesso titolare?"),
    (2, "Il codice fiscale «CF» risulta già registrato."),
    (2, "La ditta «ORG:it» ha partita IVA «PIVA» e sede a «LOC:it»."),
    (1, "Check P.IVA «PIVA» and P.IVA «PIVA» against the official register."),
    (3, "El NIF «NIF» no coincide con el titular; el NIE «NIE» sí."),
    (2, "NIE «NIE» caducado, renovación solicitada en «LOC:es»."),
    (1, "Is «NIF» a valid NIF? The letter looks off."),
    (3, "MBI «MBI» replaced the old Medicare number on «D»."),
    (2, "Two claims used MBI «MBI» with NPI «NPI»; flag for review."),
    (3, "NHS number «NHS» is not matching the central record for the patient in «LOC:uk»."),
    (2, "NPI «NPI» belongs to a clinic at «ADDR», «LOC:us», «LOC:state»."),
    (3, "ITIN «ITIN» expired; please renew before filing season."),
    (1, "Spouse ITIN «ITIN», dependant ITIN «ITIN»."),
    (3, "Passport «USPASS» was flagged at check-in for «LOC»; the name field is blank."),
    (2, "Scan shows passport number «USPASS», issued «D»."),
    (3, "Driver license «USDL» came back suspended in «LOC:state»."),
    (2, "Is «USDL» a plausible license number for «LOC:state»?"),
    (3, "National Insurance number «NINO» is on the wrong payslip."),
    (1, "NINO «NINO», tax code 1257L, week 1 basis."),
    # --- medical generic
    (1, "Triage note: «P», «n:2-2»y, arrived at «ORG:hosp» on «D», next of kin «P» «PHONE»."),
    (1, "Lab results for «P» (DOB «D:dob») should go to Dr. «PS» at «ORG:med»."),
    (1, "Vaccination record: «P», dose 2 on «D» at «ORG:med», «LOC»."),
    # --- travel
    (1, "Itinerary for «P»: «LOC» → «LOC» on «D», hotel confirmation sent to «EMAIL:p»."),
    (1, "Book a table for «P» in «LOC» on «D», phone «PHONE»."),
    (1, "Visa invitation: «P» from «LOC:country» will attend our conference in «LOC» from «D»."),
    (1, "Car pickup for «P» at «ADDR», «LOC:us» on «D»."),
    # --- structured: JSON, CSV, YAML, kv
    (2, '{"applicant": {"name": "«P»", "dob": "«D:iso»", "ssn": "«SSN»", "city": "«LOC:us»"}, "score": «n:3-3»}'),
    (2, '[{"payer": "«P»", "iban": "«IBAN»", "bank": "«ORG:bank»"}, {"payer": "«P»", "iban": "«IBAN»"}]'),
    (1, '{"event": "login", "user": "«EMAIL»", "src_ip": "«IP»", "ua": "okhttp/4.12", "ts": 17«n:8-8»}'),
    (1, "name,email,phone,city\n«P»,«EMAIL:p»,«PHONE»,«LOC»\n«P»,«EMAIL:p»,«PHONE»,«LOC»"),
    (1, "id;holder;card;expiry\n«n:4-4»;«P»;«CC»;0«n:1-1»/2«n:1-1»"),
    (1, "patient:\n  name: «P»\n  dob: «D:iso»\n  nhs: «NHS»\n  gp: «ORG:med»"),
    (1, "customer_name=«P» customer_email=«EMAIL:p» card=«CC» country=«LOC:country»"),
    (1, "employee:\n  full_name: «P»\n  ssn: «SSN»\n  bank_account: «USBANK»\n  office: «LOC:us»"),
    (1, "<contact><name>«P»</name><email>«EMAIL:p»</email><tel>«PHONE»</tel></contact>"),
    (1, '{"wallet": "«CRYPTO»", "owner": "«P»", "kyc_ip": "«IP»"}'),
    (2, "| Name | MAC | IP |\n|---|---|---|\n| «P» | «MAC» | «IP:v4p» |"),
    # --- code
    (1, "Why does this test fail?\n```js\nconst user = { email: '«EMAIL»', phone: '«PHONE»' };\nexpect(mask(user.email)).toBe('***');\n```"),
    (1, "```sql\nINSERT INTO customers (name, email, city) VALUES ('«P»', '«EMAIL:p»', '«LOC»');\n```\nIs this injection-safe?"),
    (1, "```python\nOWNER = '«P»'\nALLOWED = ['«IP»', '«IP»']\n```\nRefactor this into a config file."),
]

NEG = [
    (4, "Order «ref» for «amt» left our warehouse; tracking 1Z«n:16-16»."),
    (3, "Ticket «badcard» has been merged into «ref»."),
    (3, "The account reference «badiban» is rejected by the portal; is the checksum wrong?"),
    (3, "Build «hexs:7» passed on «word:main/develop/release» but «ver» still fails lint."),
    (3, "What's the difference between a mutex and a semaphore? Short answer please."),
    (3, "Rebase «word:feature/ui/hotfix/perf»-«n:3-4» onto main and squash the «n:1-1» fixup commits."),
    (3, "Container «uuid» exited with code 1 after «n:2-3» restarts."),
    (3, "sha256 of the release tarball is «hexs:64»; does that match the published one?"),
    (3, "Our monthly burn is «amt»; forecast the next quarter assuming 4% growth."),
    (3, "Batch «n:10-10» was reprocessed; batch «n:12-12» is still queued."),
    (3, "Convert 72 degrees Fahrenheit to Celsius and show the working."),
    (3, "Error 0x«hexs:8» in module «word:loader/sched/io».dll, see the attached dump."),
    (3, "Part «n:3-3»-«n:4-4»-«n:2-2» is back-ordered; substitute SKU-«n:4-4»-«n:4-4»."),
    (3, "Write a haiku about «word:autumn rain/a quiet harbour/the night shift»."),
    (3, "Invoice «ref» of «amt» was paid twice, please credit the second one."),
    (3, "Serial number SN«n:9-9» failed calibration at step «n:1-2»."),
    (3, "Promo code «word:WINTER/HARVEST/LAUNCH»«n:2-2» can't be combined with other offers."),
    (3, "2025-0«n:1-1»-1«n:1-1»T0«n:1-1»:«n:2-2»:11Z INFO scheduler started «n:2-3» jobs in «n:2-3»ms\n2025-0«n:1-1»-1«n:1-1»T0«n:1-1»:«n:2-2»:12Z WARN queue depth «n:3-4»"),
    (3, "Explain `git reset --soft HEAD~«n:1-1»` vs `git revert` in two sentences."),
    (3, "Set the retry budget to «n:1-2» and the timeout to «n:3-4» ms in config.toml."),
    (3, "Is it 'affect' or 'effect' in: the change will ___ latency?"),
    (3, "Dependency bump: «word:requests/lodash/serde/numpy» «ver» -> «ver»."),
    (3, "Room B«n:1-1».«n:2-2» is booked for the retro; bring the sticky notes."),
    (3, "Tracking number «n:12-12» shows 'label created' for five days now."),
    (3, "Give me a regex that matches ISO dates but not timestamps."),
    (3, "Request «uuid» took «n:3-4» ms; p99 budget is 800 ms."),
    (3, "Coupon «hexs:12» is invalid — generate a replacement with the same discount."),
    (3, "The color tokens are #«hexs:6» and #«hexs:6»; which has better contrast on white?"),
    (3, "Policy number POL-«n:7-7» renews automatically unless cancelled."),
    (3, "Summarise the pros and cons of event sourcing for a small team."),
    (3, "Case «n:5-5»/«n:2-2» was closed as a duplicate."),
    (2, "CHECKSUM MISMATCH: expected «hexs:32», got «hexs:32»."),
    (2, "Which is faster for lookups, a B-tree or a hash index, and why?"),
    (2, "Meter reading «n:6-6» kWh, previous «n:6-6» kWh; compute the usage."),
    (2, "Rename the variables in utils.py to snake_case and keep the tests green."),
    (2, "Card-shaped number «badcard» came from a test fixture, can I delete it?"),
    (2, "Draft a one-line status update: migration «n:2-2»% done, no blockers."),
    (2, "Gate «word:B/C/D»«n:2-2» boarding closes at the scheduled time; seat «n:2-2»«word:A/C/F»."),
]


# ---- records ---------------------------------------------------------------

PRE = [("Here's what came in:\n\n", 3), ("Pasted from the queue:\n---\n", 3), ("Please tidy up the following:\n\n", 2),
       ("Read this and list the action items:\n", 3), ("Forwarded below.\n---\n", 2), ("Quick one about this:\n\n", 2),
       ("From the shared inbox:\n", 2), ("Check this for mistakes:\n", 2)]
SUF = [("\n\nUse bullet points.", 3), ("\n\nOne paragraph max.", 3), ("\n\nCheers.", 2), ("\n\nReply in plain text.", 2),
       ("\n\nAnswer as a table.", 2), (" ty", 2), (" plz", 2), (" cheers", 1), ("...", 1), (" when you can", 1)]
KEEP_CASE = {'CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS', 'CRYPTO', 'MAC_ADDRESS', 'US_SSN', 'US_ITIN', 'US_DRIVER_LICENSE',
             'US_PASSPORT', 'US_BANK_NUMBER', 'US_MBI', 'US_NPI', 'MEDICAL_LICENSE', 'UK_NHS', 'UK_NINO', 'AU_TFN', 'AU_ABN',
             'AU_ACN', 'AU_MEDICARE', 'CA_SIN', 'IN_AADHAAR', 'IN_PAN', 'IN_VOTER', 'IN_PASSPORT', 'SG_NRIC_FIN', 'KR_RRN',
             'ES_NIE', 'ES_NIF', 'IT_FISCAL_CODE', 'IT_VAT_CODE', 'PL_PESEL', 'SE_PERSONNUMMER', 'FI_PERSONAL_IDENTITY_CODE',
             'TR_NATIONAL_ID', 'ZA_ID_NUMBER'}


def _wpick(pairs):
    return R.choices([a for a, _ in pairs], [b for _, b in pairs])[0]


def _low(s):
    return ''.join(c.lower() if len(c.lower()) == 1 else c for c in s)


def build(tpl, lower):
    CTX.clear()
    parts = []
    for i, piece in enumerate(re.split(r'«([^»]+)»', tpl)):
        if i % 2 == 0:
            if piece:
                parts.append(_low(piece) if lower else piece)
            continue
        key, _, arg = piece.partition(':')
        v = globals()[{'NRP': 'NRPv'}.get(key, key)](arg or None)
        if isinstance(v, tuple) and lower and v[0] not in KEEP_CASE:
            v = (v[0], _low(v[1]))
        elif not isinstance(v, tuple) and lower:
            v = _low(v)
        parts.append(v)
    return parts


def main():
    jobs = [(t, True) for k, t in T for _ in range(k)] + [(t, False) for k, t in NEG for _ in range(k)]
    R.shuffle(jobs)
    recs = []
    for i, (tpl, _) in enumerate(jobs):
        lower = R.random() < 0.075
        parts = build(tpl, lower)
        if R.random() < 0.23:
            w = _wpick(PRE)
            parts.insert(0, _low(w) if lower else w)
        if R.random() < 0.27:
            w = _wpick(SUF)
            parts.append(_low(w) if lower else w)
        text, ents = C.fill(parts)
        recs.append({'id': 'p29-%04d' % i, 'text': text, 'entities': ents})
    C.write(recs)


if __name__ == '__main__':
    main()
