"""Probe 26: a blind measure of generalisation.

About 600 chat prompts in the style of the dev corpus, in the same settings
(support escalations, HR and payroll records, KYC checks, clinical and pharmacy
notes, bookings, log lines, code and config snippets, JSON, CSV and key=value
records, prompts in Spanish, Italian, Polish, Swedish, Finnish, Turkish and
Korean), with dev's labelling conventions, value formats and type mix, fully
lower-case variants at dev's rate and 108 PII-free look-alike prompts
(references, hashes, serials, coupon codes and card- or IBAN-shaped numbers
that fail their checks). About 190 templates in new words and sentence shapes;
people of about thirty cultures, small towns, firms, hospitals, banks and
e-mail domains are new. Every check-digit value is valid.

    python3 -B tools/probes/probe26.py > /tmp/p26.jsonl
"""
import os
import random
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2626)


def ch(seq):
    return R.choice(seq)

# ---- vocabulary --------------------------------------------------------------

EN_F = ['Ansel', 'Delia', 'Eustace', 'Godfrey', 'Hester', 'Jessamy', 'Nell', 'Orson', 'Sybil',
        'Ursula', 'Xander', 'Yvette', 'Zebedee', 'Alfie', 'Bertie', 'Edith', 'Flossie', 'Jem',
        'Letitia', 'Magnus', 'Osric', 'Pippa', 'Virgil', 'Ezra', 'Otis', 'Hazel', 'Silas',
        'Luella', 'Ivy', 'Eliza', 'Clement', 'Oonagh', 'Tiernan', 'Mhairi', 'Cordelia', 'Florence',
        'Winnie', 'Perpetua']
EN_L = ['Morrow', 'Lindsay', 'Blythe', 'Quigley', 'Underwood', 'Vance', 'Elsworth', 'Carrington',
        'Gillespie', 'Hathaway', 'Ashdown', 'Coldwell', 'Dewhurst', 'Eastwick', 'Inglewood',
        'Jessop', 'Lightfoot', 'Northcott', 'Ormsby', 'Sedgwick', 'Vickers', 'Yelland',
        'Birtwistle', 'Daintree', 'Entwistle', 'Gosling', 'Heathcote', 'Illingworth', 'Jaggard',
        'Kershaw', 'Lowther', 'Mossop', 'Nuttall', 'Oddie', 'Ramsbottom', 'Swindells', 'Umney',
        'Varley', 'Whittaker', 'Bagshaw', 'Clutterbuck', 'Duckworth']
KO_G = ['Dayeon', 'Chaewon', 'Jiyul', 'Haneul', 'Seungho', 'Dahye', 'Yejin', 'Hyejin', 'Minseok',
        'Jaehee', 'Gaeun', 'Siwoo', 'Yuna', 'Juwon', 'Eunbi', 'Sangwoo', 'Hanbyul', 'Jeong-hoon',
        'Hee-jin', 'Yu-bin', 'Seung-ah', 'Pyo-jin', 'Seong-jae', 'Gwang-su', 'Ha-jun', 'Si-eun',
        'Ju-ah', 'Dong-hyun', 'Hyo-jung', 'Chul-soo', 'Young-hee', 'Mi-kyung', 'Yeo-jin',
        'Chang-min', 'Nari', 'Hyerin', 'Soyul']
KO_S = ['Choe', 'Seon', 'Roh', 'Yim', 'Shim', 'Paik', 'Gye']
PL_N = ['Ziemowit Makowski', 'Zdzisława Ziółkowska', 'Kazimiera Zalewska', 'Remigiusz Mazurek',
        'Gniewko Wysocki', 'Jarogniew Kurowski', 'Leokadia Sawicka', 'Mirosława Wilczyńska',
        'Ireneusz Michalak', 'Wiesław Tomaszewski', 'Kazimiera Sokołowska', 'Ziemowit Czerwiński',
        'Leokadia Ciesielska', 'Ireneusz Górski', 'Wiesław Rogalski', 'Gniewko Mroczek',
        'Mirosława Piątek', 'Jarogniew Bielecki']
FI_F = ['Ukko', 'Kyllikki', 'Kaarlo', 'Oskari', 'Vieno', 'Jouko', 'Orvokki', 'Pirkko', 'Saimi',
        'Martta', 'Unto', 'Impi']
FI_L = ['Tervo', 'Kivelä', 'Kerkkonen', 'Ahokas', 'Hänninen', 'Koponen', 'Sirviö']
SV_F = ['Sölve', 'Agda', 'Åke', 'Arvid', 'Iris']
SV_L = ['Rosengren', 'Vikström', 'Bengtsson', 'Westerberg', 'Håkansson', 'Söderlund', 'Löfgren',
        'Malmberg', 'Lindblad', 'Boström', 'Granberg', 'Edlund', 'Forsell', 'Almqvist', 'Ekman']
TR_F = ['Kıvanç', 'Taylan', 'Sinem', 'Neslihan', 'Gülay', 'Tarık', 'Özge', 'Sevim', 'Erol']
TR_L = ['Akgün', 'Sağlam', 'Çiftçi', 'Karataş', 'Tatlı']
ES_F = ['Abencio', 'Prudencio', 'Nazaret', 'Jokin', 'Txomin', 'Aitziber', 'Benigno', 'Feliciano',
        'Evaristo', 'Olalla', 'Estíbaliz', 'Rubén', 'Asier']
ES_L = ['Beltrán', 'Robledo', 'Escobar', 'Azcárate', 'Olaizola', 'Ibarrola', 'Lekuona', 'Sarasola',
        'Otxoa', 'Elizondo', 'Barandiarán', 'Olano', 'Sagasti', 'Arana', 'Iturbe', 'Eguren',
        'Bengoetxea']
IT_F = ['Ermenegildo', 'Crescenzo', 'Adalgisa', 'Italo', 'Oriana', 'Ferruccio', 'Marzia']
IT_L = ['Tedeschi', 'Piras', 'Settembrini', 'Bonaccorsi', 'Squillace', 'Pescatore', 'Campanella',
        'Foti', 'Loddo', 'Bellavia', 'Iacovelli', 'Nardella']
IN_F = ['Vedika', 'Mrunal', 'Sushant', 'Jyotsna', 'Kedar', 'Sudhir', 'Pranali', 'Malavika',
        'Shashank', 'Ujwala', 'Ameya', 'Anand']
IN_L = ['Ramachandran', 'Gaikwad', 'Kamble', 'Wagle', 'Parikh', 'Vyas', 'Zaveri', 'Menezes',
        'Kurian', 'Ayyar', 'Saravanan']
SG_N = ['Oon Siang Lung', 'Pek Kian Tze', 'Ker Tze Huat', 'Lok Siang Kian', 'Er Kian Lung',
        'Siti Aqilah', 'Nadiah Syazwan', 'Thiru Selvam', 'Devi Saravanan']
ZA_F = ['Siyanda', 'Khwezi', 'Nhlanhla', 'Ayabonga', 'Unathi', 'Lihle', 'Qhawe', 'Zintle', 'Anri']
ZA_L = ['Khanyile', 'Mbele', 'Ngema', 'Vilakazi', 'Mahlalela', 'Sibiya', 'Mnguni', 'Ngubane',
        'Makhanya', 'Rapoo', 'Seabi', 'Malatji', 'Olivier', 'Jordaan', 'Lombard', 'Terblanche',
        'Cilliers', 'Kruger']
WORLD = ['Trúc Kha', 'Duyên Mẫn', 'Hưng Quan', 'Vân Ứng', 'Kiyoshi Miyamoto', 'Madoka Yoshikawa',
         'Emiko Kubota', 'Kazuo Tsuchiya', 'Setsuko Miyamoto', 'Isamu Yoshikawa', 'Noriko Kubota',
         'Shigeru Miyamoto', 'Lina Aboud', 'Adnan Shami', 'Noura Awad', 'Chizoba Uche',
         'Odinaka Ige', 'Iracema Mendonça', 'Januário Fontes', 'Juscelino Coutinho',
         'Ivone Barreto', 'Genival Assunção', 'Edileusa Prado', 'Henrike Lüdecke',
         'Ute Oberländer', 'Henrike Kretschmer', 'Ute Thiele', 'Josselin Blanchard',
         'Clotilde Gaillard', 'Josselin Picard', 'Zinaida Lebedeva', 'Svyatoslav Morozov',
         'Timofei Vinogradov', 'Yaryna Oliynyk', 'Dimitrios Stavropoulos', 'Panagiota Petridis',
         'Spyridon Xenakis', 'Stelios Mavros', 'Zhu Xiaoming', 'Luo Jiawei', 'Lü Guiying',
         'Jonalyn Bayani', 'Farzad Azoulay', 'Avital Biton', 'Tama Keiha', 'Keoni Kapule',
         'Pattama Chaiyasit', 'Moana Tāwhiri']
DE_L = ['Fuchs', 'Haase', 'Lorenz', 'Möller', 'Reinhardt', 'Ulrich', 'Voigt', 'Winkler']
FR_L = ['Caron', 'Rolland', 'Besson']

UK_T = ['Bakewell', 'Matlock', 'Buxton', 'Uttoxeter', 'Ledbury', 'Bromyard', 'Kington',
        'Presteigne', 'Knighton', 'Llanidloes', 'Amlwch', 'Criccieth', 'Lampeter', 'Fishguard',
        'Narberth', 'Kidwelly', 'Abergavenny', 'Chepstow', 'Monmouth', 'Ross-on-Wye', 'Nailsworth',
        'Painswick', 'Tetbury', 'Corsham', 'Devizes', 'Hungerford', 'Wantage', 'Faringdon',
        'Thame', 'Olney', 'Amersham', 'Tring', 'Berkhamsted', 'Hitchin', 'Royston', 'Thaxted',
        'Halstead', 'Coggeshall', 'Burnham-on-Crouch', 'Framlingham', 'Diss', 'Swaffham', 'Brigg',
        'Hedon', 'Selby', 'Tadcaster', 'Haworth', 'Hawes', 'Reeth', 'Cockermouth',
        'Grange-over-Sands', 'Crail', 'Pittenweem', 'Auchtermuchty', 'Aberfeldy', 'Dunkeld',
        'Blairgowrie', 'Stonehaven', 'Banchory', 'Ballater', 'Huntly', 'Dingwall', 'Tain',
        'Salisbury', 'Dorchester']
US_T = ['Sandpoint', 'Whitefish', 'Winona', 'Petoskey', 'Plattsburgh', 'Nantucket', 'Lexington',
        'Ruston', 'Kerrville', 'Gunnison', 'Klamath Falls', 'Ellensburg', 'Dickinson', 'Hays',
        'Cookeville', 'Valdosta', 'Tifton', 'Sebring', 'Lafayette']
US_ST = ['Idaho', 'Montana', 'Vermont', 'Iowa', 'Kansas', 'Wyoming', 'Minnesota', 'Tennessee',
         'North Dakota', 'Kentucky', 'Maine', 'New Mexico']
AU_T = ['Scone', 'Forbes', 'Colac', 'Wangaratta', 'Benalla', 'Kyneton', 'Castlemaine', 'Ararat',
        'Stawell', 'Warragul', 'Ingham', 'Innisfail', 'Atherton', 'Mareeba', 'Naracoorte',
        'Scottsdale']
CA_T = ['Brockville', 'Pembroke', 'Stratford', 'Chatham', 'Owen Sound']
ES_T = ['Elda', 'Benicarló', 'Vic', 'Puigcerdà', 'Verín', 'Reinosa', 'Alcorcón', 'Cabra']
IT_T = ['Schio', 'Thiene', 'Albenga', 'Saluzzo', 'Mondovì', 'Ivrea', 'Domodossola', 'Pienza']
PL_T = ['Leżajsk', 'Brzesko', 'Olkusz', 'Chrzanów', 'Lubliniec', 'Kluczbork', 'Namysłów', 'Oława',
        'Strzelin', 'Lubań', 'Zgorzelec', 'Żary', 'Żagań', 'Świebodzin', 'Międzyrzecz', 'Wolsztyn',
        'Kościan', 'Gostyń', 'Pleszew', 'Bełchatów', 'Opoczno', 'Końskie', 'Starachowice',
        'Opatów', 'Staszów', 'Łęczyca', 'Garwolin']
FI_T = ['Ivalo', 'Nivala', 'Alajärvi', 'Kannus', 'Haapajärvi', 'Pyhäjärvi', 'Kiuruvesi',
        'Karstula', 'Teuva', 'Kauhajoki', 'Lapinlahti', 'Taivalkoski', 'Posio', 'Ranua',
        'Kuortane', 'Sysmä', 'Hartola', 'Mäntyharju', 'Puumala', 'Sulkava', 'Juva', 'Joroinen',
        'Leppävirta']
SV_T = ['Alvesta', 'Vänersborg', 'Laholm', 'Hedemora', 'Rättvik', 'Leksand', 'Arboga', 'Nora',
        'Lindesberg']
TR_T = ['Tire', 'Keşan', 'Lüleburgaz', 'Çorlu', 'Silivri', 'Kartepe', 'Midyat', 'Antakya',
        'İskenderun', 'Tarsus', 'Silifke']
ZA_T = ['Ixopo', 'Kranskop', 'Bergville', 'Pongola', 'Mtunzini', 'Gingindlovu', 'KwaDukuza',
        'Umzinto', 'Matatiele', 'Maclear', 'Ugie', 'Tsolo', 'Qumbu', 'Bizana', 'Tarkastad',
        'Stutterheim', 'Cathcart', 'Molteno', 'Burgersdorp', 'Citrusdal', 'Porterville',
        'Ladismith', 'Calitzdorp', 'Laingsburg', 'Fraserburg', 'Malelane']
IN_T = ['Gondia', 'Bhandara', 'Sawantwadi', 'Dharwad', 'Tumakuru', 'Kolar', 'Salem', 'Anantapur',
        'Karimnagar', 'Nizamabad', 'Bhilai', 'Allahabad']
SG_T = ['Siglap', 'Sentosa', 'Dover', 'Pioneer', 'Teban Gardens', 'Redhill', 'Fernvale']
TRAVEL = ['Brasov', 'Delft', 'Bern', 'Bayeux', 'Chamonix', 'Naha', 'Ubud', 'Thimphu', 'Leh',
          'Nantucket']
COUNTRY = ['Chad', 'Niger', 'Gambia']
ANY_T = UK_T + US_T + AU_T + CA_T + TRAVEL

EN_ST = ['Buttonwood Lane', 'Aspen Court', 'Sandpiper Way', 'Tanager Drive', 'Quail Run',
         'Meadowlark Road', 'Coppice Lane', 'Millrace Road', 'Wheelwright Close', 'Tannery Lane',
         'Ropewalk Street', 'Cooperage Row']
AU_ST = ['Callistemon Crescent', 'Lilly Pilly Court', 'Dunnart Street', 'Tanager Parade']
ES_ST = ['Calle del Nogal', 'Calle Almendro', 'Calle del Olivo', 'Calle Alfarería',
         'Calle Herreros', 'Calle Pescadería', 'Calle Zapateros', 'Calle Cuchilleros',
         'Calle Platerías', 'Calle Zurbarán', 'Calle Murillo']
IT_ST = ['Via Manin', 'Via Fermi', 'Via Matteotti', 'Via Gramsci']

FIRMS = ['Meadowgate Insurance', 'Greywater Robotics', 'Amberly Textiles', 'Oakhaven Capital',
         'Fenmore Cold Storage', 'Rookwood Ceramics', 'Millrace Cooperative',
         'Tannery Lane Studios', 'Ropewalk Design']
BIGCO = ['Bridgestone', 'Fujitsu', 'Hitachi', 'Olympus', 'Kyocera', 'Ricoh', 'Epson', 'Makita',
         'Lactalis', 'Bouygues', 'Alstom', 'Thales', 'Safran', 'Capgemini', 'Sodexo', 'Accor',
         'Ubisoft', 'Publicis', 'Legrand', 'Saint-Gobain', 'Veolia', 'BASF', 'Haribo', 'Miele',
         'Stihl', 'Kärcher', 'Sennheiser', 'Bertelsmann', 'Lavazza', 'Benetton', 'Ducati',
         'Piaggio', 'Fincantieri', 'Michelin', 'Carrefour', 'Valio', 'Hanwha', 'Godrej', 'Daikin',
         'Komatsu', 'Shiseido']
BANKS = ['Landsbanki', 'Arion Banki', 'Unicaja', 'Fineco', 'Credem', 'Alior Bank', 'Citi',
         'KeyBank', 'Synchrony', 'NAB', 'QNB', 'Krungsri', 'Kookmin Bank', 'Sumitomo Mitsui']
HOSP = ['Karolinska University Hospital', 'Charité', 'Moorfields Eye Hospital',
        'Groote Schuur Hospital', 'Mediclinic', 'Sunnybrook', 'Careggi', "Vall d'Hebron",
        'Quirónsalud', 'Meilahti Hospital', 'Radboud umc', 'Clearbrook Medical Centre',
        'Tanager Health', 'Sandpiper Clinic', 'Goldcrest Hospice']
AU_CO = ['Goldcrest Solar Pty Ltd', 'Sandstone Surveying Pty Ltd', 'Dunnart Electrical Pty Ltd',
         'Callistemon Dental']
IT_CO = ['Tipografia Squillace S.r.l.', 'Oleificio Bonaccorsi S.p.A.',
         'Studio Nardella & Partners', 'Cantina Piras S.r.l.', 'Officine Loddo S.n.c.']
ES_CO = ['Talleres Olaizola S.L.', 'Conservas Lekuona S.A.', 'Ferretería Iturbe S.L.']
FIRM_DOM = ['greywater.dev', 'amberly-textiles.co.uk',
            'oakhaven.capital', 'goldcrestsolar.com.au', 'fenmore.ie', 'marrowstone.no',
            'meadowgate-ins.com', 'rookwoodceramics.co.uk', 'clearbrook.ca',
            'sandstone-survey.com.au', 'dunnart.com.au', 'millrace.coop', 'tannery-lane.nz',
            'ropewalk.studio', 'tanager.health', 'sandpiper-clinic.org']
MAIL_DOM = ['movistar.es', 'ono.com', 'email.it', 'inbox.com', 'riseup.net', 'kakao.com',
            'ocn.ne.jp', 'bbox.fr', 'wanadoo.fr', 'planet.nl', 'webmail.co.za', 'tiscali.co.uk']
NRP_V = ['Buddhist', 'Sikh', 'Muslim', 'Methodist', 'Anglican', 'Orthodox', 'Republican', 'Mormon',
         'Nigerian', 'Vietnamese', 'Chilean', 'Ukrainian', 'Greek', 'Kenyan', 'Filipino',
         'Moroccan', 'Quaker', 'Baptist', 'Presbyterian', 'Taoist', 'Icelandic', 'Libertarian']


# ---- value generators --------------------------------------------------------

def _p(v):
    if R.random() < 0.035:
        v = v.upper()
    return ('PERSON', v)


def en(mid=0.15):
    f, l = ch(EN_F), ch(EN_L)
    r = R.random()
    if r < mid:
        return _p('%s %s. %s' % (f, ch(string.ascii_uppercase.replace('X', '')), l))
    if r < mid + 0.06:
        return _p('%s %s %s' % (f, ch(EN_F), l))
    return _p(f + ' ' + l)


def ko():
    g, s = ch(KO_G), ch(KO_S)
    return _p(s + ' ' + g if R.random() < 0.4 else g + ' ' + s)


def pl(): return _p(ch(PL_N))
def fi(): return _p(ch(FI_F) + ' ' + ch(FI_L))
def sv(): return _p(ch(SV_F + ['Sölve', 'Agda', 'Iris']) + ' ' + ch(SV_L))
def tr(): return _p(ch(TR_F) + ' ' + ch(TR_L))


def es():
    if R.random() < 0.3:
        return _p('%s %s %s' % (ch(ES_F), ch(ES_L), ch(ES_L)))
    return _p(ch(ES_F) + ' ' + ch(ES_L))


def it(): return _p(ch(IT_F) + ' ' + ch(IT_L))
def inn(): return _p(ch(IN_F) + ' ' + ch(IN_L))
def sg(): return _p(ch(SG_N))
def za(): return _p(ch(ZA_F) + ' ' + ch(ZA_L))
def world(): return _p(ch(WORLD))


def anyname():
    return ch([en, en, en, world, world, inn, za, ko, es, it])()


def surname():
    return _p(ch(EN_L + ZA_L + IT_L + ES_L + FR_L + DE_L))


def L(v): return ('LOCATION', v)
def O(v): return ('ORGANIZATION', v)
def N(): return ('NRP', ch(NRP_V))


def loc(pool=None): return L(ch(pool or ANY_T))


def street(pool=EN_ST):
    n = R.randint(3, 2400)
    s = '%d %s' % (n, ch(pool))
    if R.random() < 0.25:
        s = ch(['Apt', 'Unit', 'Flat']) + ' %d, ' % R.randint(1, 48) + s
    return L(s)


MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
       'October', 'November', 'December']
DOW = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def date(kind=None, past=False):
    y = R.randint(1948, 2004) if past else R.randint(2019, 2026)
    m, d = R.randint(1, 12), R.randint(1, 28)
    k = kind or ch(['iso', 'us', 'eu', 'long', 'dmy', 'mon', 'dow', 'abbr', 'dot', 'at', 'up'])
    if k == 'iso': v = '%d-%02d-%02d' % (y, m, d)
    elif k == 'us': v = '%02d/%02d/%d' % (m, d, y)
    elif k == 'eu': v = '%02d/%02d/%d' % (d, m, y)
    elif k == 'long': v = '%s %d, %d' % (MON[m - 1], d, y)
    elif k == 'dmy': v = '%d %s %d' % (d, MON[m - 1], y)
    elif k == 'mon': v = '%s %d' % (MON[m - 1], d)
    elif k == 'dow': v = '%s, %s %d' % (ch(DOW), MON[m - 1], d)
    elif k == 'abbr': v = '%s %d, %d' % (MON[m - 1][:3], d, y)
    elif k == 'dot': v = '%d.%d.%d' % (d, m, y)
    elif k == 'at': v = '%s %d at %d:%02d %s' % (MON[m - 1], d, R.randint(1, 12), ch([0, 15, 30, 45]), ch(['AM', 'PM']))
    elif k == 'up': v = '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y)
    elif k == 'dt': v = '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(7, 22), ch([0, 10, 20, 30, 40, 50]))
    elif k == 'time': v = '%d:%02d' % (R.randint(7, 21), ch([0, 15, 30, 45]))
    elif k == 'tr': v = '%02d.%02d.%d' % (d, m, y)
    return ('DATE_TIME', v)


def date_loc(lang):
    y = R.randint(2019, 2026); m, d = R.randint(1, 12), R.randint(1, 28)
    if lang == 'es':
        ms = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
              'octubre', 'noviembre', 'diciembre']
        return ('DATE_TIME', '%d de %s de %d' % (d, ms[m - 1], y))
    if lang == 'it':
        ms = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
              'settembre', 'ottobre', 'novembre', 'dicembre']
        return ('DATE_TIME', '%d %s %d' % (d, ms[m - 1], y))
    if lang == 'pl':
        ms = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
              'września', 'października', 'listopada', 'grudnia']
        return ('DATE_TIME', '%d %s %d' % (d, ms[m - 1], y))
    if lang == 'sv':
        return ('DATE_TIME', '%d-%02d-%02d' % (y, m, d))
    if lang == 'ko':
        return ('DATE_TIME', '%d년 %d월 %d일' % (y, m, d))
    return ('DATE_TIME', '%d.%d.%d' % (d, m, y))


def _sep(groups, seps):
    s = ch(seps)
    return s.join(groups)


def ssn():
    a, b, c = C.ssn(R)
    return ('US_SSN', _sep([a, b, c], ['-', '-', '-', ' ', '']))


def itin():
    a, b, c = C.itin(R)
    return ('US_ITIN', _sep([a, b, c], ['-', '-', ' ', '']))


def sin():
    s = C.sin(R)
    return ('CA_SIN', _sep([s[:3], s[3:6], s[6:]], [' ', ' ', '-', '']))


def nhs():
    s = C.nhs(R)
    return ('UK_NHS', _sep([s[:3], s[3:6], s[6:]], [' ', ' ', '', '-']))


def nino():
    A = 'ABCEGHJKLMNOPRSTWXYZ'
    while True:
        p = ch(A.replace('O', '')) + ch(A.replace('O', ''))
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d = C.rd(6, R); sfx = ch('ABCD')
    if R.random() < 0.5:
        return ('UK_NINO', '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], sfx))
    return ('UK_NINO', p + d + sfx)


def mbi(): return ('US_MBI', C.mbi(R, dash=R.random() < 0.5))
def npi(): return ('US_NPI', C.npi(R))
def dea(): return ('MEDICAL_LICENSE', C.dea(R))


def uspass():
    if R.random() < 0.5:
        return ('US_PASSPORT', str(R.randint(1, 9)) + C.rd(8, R))
    return ('US_PASSPORT', ch('ACEHKLMNPRWXZ') + C.rd(8, R))


def usdl():
    k = R.randrange(6)
    if k == 0: v = ch(string.ascii_uppercase) + C.rd(7, R)
    elif k == 1: v = ch(string.ascii_uppercase) + C.rd(12, R)
    elif k == 2: v = C.rd(9, R)
    elif k == 3: v = C.rd(8, R)
    elif k == 4:
        d = C.rd(11, R); v = ch(string.ascii_uppercase) + d[:3] + '-' + d[3:7] + '-' + d[7:]
    else:
        v = ''.join(ch(string.ascii_uppercase) for _ in range(7)) + C.rd(3, R) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase)
    return ('US_DRIVER_LICENSE', v)


def bank(): return ('US_BANK_NUMBER', str(R.randint(1, 9)) + C.rd(R.randint(7, 16), R))


def iban(ccs=('DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'IT', 'PL', 'AT', 'IE', 'PT', 'CH', 'SE', 'FI', 'DK', 'NO')):
    v = C.iban(R, ch(list(ccs)))
    if R.random() < 0.55:
        v = C.group(v, 4)
    return ('IBAN_CODE', v)


def card(kind=None):
    k = kind or ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners'])
    v = C.card(R, k)
    f = R.random()
    if k == 'amex':
        if f < 0.6: v = ch([' ', '-']).join([v[:4], v[4:10], v[10:]])
    elif k == 'diners':
        pass
    elif f < 0.5: v = C.group(v, 4)
    elif f < 0.7: v = C.group(v, 4, '-')
    return ('CREDIT_CARD', v)


def crypto(): return ('CRYPTO', C.btc(R, ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr'])))


def ip(kind=None):
    k = kind or ch(['v4', 'v4', 'v4', 'priv', 'priv', 'v6', 'v6c', 'map'])
    if k == 'v4': v = '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif k == 'priv': v = ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                              '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                              '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    elif k == 'v6': v = ':'.join('%x' % R.randrange(65536) for _ in range(8))
    elif k == 'v6c': v = '%x:%x:%x::%x' % (ch([0x2001, 0x2a01, 0x2600, 0x2c0f]), R.randrange(65536), R.randrange(65536), R.randrange(1, 65536))
    else: v = '::ffff:%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def mac():
    b = ['%02x' % R.randrange(256) for _ in range(6)]
    k = R.randrange(4)
    if k == 0: v = ':'.join(b).upper()
    elif k == 1: v = ':'.join(b)
    elif k == 2: v = '-'.join(b).upper()
    else:
        h = ''.join(b); v = '.'.join([h[:4], h[4:8], h[8:]])
    return ('MAC_ADDRESS', v)


def phone(cc=None):
    c = cc or ch(['us', 'us', 'uk', 'au', 'za', 'in', 'sg', 'de', 'fr', 'es', 'it', 'kr', 'pl', 'se', 'fi', 'tr', 'ca'])
    d = lambda n: C.rd(n, R)
    a = str(R.randint(2, 9)) + d(2)
    if c in ('us', 'ca'):
        v = ch(['(%s) %s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4)), '%s-%s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4)),
                '+1 %s %s %s' % (a, str(R.randint(2, 9)) + d(2), d(4)), '+1 (%s) %s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4)),
                '%s.%s.%s' % (a, str(R.randint(2, 9)) + d(2), d(4))])
    elif c == 'uk': v = ch(['07%s %s' % (d(3), d(6)), '+44 7%s %s' % (d(3), d(6)), '01%s %s' % (d(3), d(6))])
    elif c == 'au': v = ch(['04%s %s %s' % (d(2), d(3), d(3)), '+61 4%s %s %s' % (d(2), d(3), d(3))])
    elif c == 'za': v = ch(['0%s %s %s' % (ch(['72', '83', '61']), d(3), d(4)), '+27 %s %s %s' % (ch(['72', '83', '31']), d(3), d(4))])
    elif c == 'in': v = ch(['+91 9%s %s' % (d(4), d(5)), '9%s%s' % (d(4), d(5))])
    elif c == 'sg': v = ch(['+65 %s %s' % (ch('89') + d(3), d(4)), '%s %s' % (ch('89') + d(3), d(4))])
    elif c == 'de': v = '+49 15%s %s' % (d(1), d(7))
    elif c == 'fr': v = ch(['+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)), '07 %s %s %s %s' % (d(2), d(2), d(2), d(2))])
    elif c == 'es': v = ch(['+34 6%s %s %s' % (d(2), d(3), d(3)), '6%s %s %s' % (d(2), d(3), d(3))])
    elif c == 'it': v = ch(['+39 3%s %s %s' % (d(2), d(3), d(4)), '3%s %s' % (d(2), d(7))])
    elif c == 'kr': v = ch(['010-%s-%s' % (d(4), d(4)), '+82 10-%s-%s' % (d(4), d(4))])
    elif c == 'pl': v = ch(['+48 %s %s %s' % (ch('5678') + d(2), d(3), d(3)), '%s-%s-%s' % (ch('5678') + d(2), d(3), d(3))])
    elif c == 'se': v = ch(['070-%s %s %s' % (d(3), d(2), d(2)), '+46 70 %s %s %s' % (d(3), d(2), d(2))])
    elif c == 'fi': v = ch(['040 %s %s' % (d(3), d(4)), '+358 50 %s %s' % (d(3), d(4))])
    elif c == 'tr': v = ch(['0532 %s %s %s' % (d(3), d(2), d(2)), '+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2))])
    return ('PHONE_NUMBER', v)


def _asc(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in ' -')).lower()


def email(name=None, dom=None):
    n = _asc(name or ch(EN_F + IN_F) + ' ' + ch(EN_L + ZA_L + IT_L)).replace('-', '').split()
    if not n:
        n = ['user']
    f, l = n[0], n[-1]
    k = R.randrange(6)
    if k == 0: u = f + '.' + l
    elif k == 1: u = f[0] + l
    elif k == 2: u = '%s_%s%d' % (f, l, R.randint(10, 99))
    elif k == 3: u = l + str(R.randint(100, 9999))
    elif k == 4: u = f + '.' + l + '+' + ch(['invoices', 'hr', 'travel', 'alerts'])
    else: u = f + l[0]
    return ('EMAIL_ADDRESS', u + '@' + (dom or ch(FIRM_DOM + MAIL_DOM)))


def url(dom=None):
    d = dom or ch(FIRM_DOM)
    path = ch(['/account/recover?code=' + ''.join(ch('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10)),
               '/signin', '/portal/hr', '/claims/%d' % R.randint(10000, 99999), '/pay/%d/confirm' % R.randint(1000, 99999),
               '/s/' + ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(7)), '', '/jobs', '/help/contact'])
    k = R.randrange(4)
    if k == 0: v = 'https://' + d + path
    elif k == 1: v = 'https://' + ch(['app.', 'my.', 'portal.', 'www.']) + d + path
    elif k == 2: v = 'www.' + d + path
    else: v = d + (path or '/home')
    return ('URL', v)


def kr_rrn():
    s = C.kr_rrn(R)
    return ('KR_RRN', s[:6] + '-' + s[6:] if R.random() < 0.75 else s)


def pesel(): return ('PL_PESEL', C.pesel(R))


def pnr():
    return ('SE_PERSONNUMMER', C.se_pnr(R, long=R.random() < 0.4))


def hetu():
    s = C.hetu(R)
    c = s[6]
    if R.random() < 0.35:
        s = s[:6] + (ch('YXWVU') if c == '-' else ch('BCDEF')) + s[7:]
    return ('FI_PERSONAL_IDENTITY_CODE', s)


def nif():
    s = C.nif(R)
    return ('ES_NIF', s[:-1] + '-' + s[-1] if R.random() < 0.3 else s)


def nie():
    s = C.nie(R)
    return ('ES_NIE', s[:-1] + '-' + s[-1] if R.random() < 0.3 else s)


def cf(): return ('IT_FISCAL_CODE', C.cf(R))
def piva(): return ('IT_VAT_CODE', C.piva(R))
def tckn(): return ('TR_NATIONAL_ID', C.tr_id(R))
def zaid(): return ('ZA_ID_NUMBER', C.za_id(R))
def nric(): return ('SG_NRIC_FIN', C.nric(R))


def aadhaar():
    s = C.aadhaar(R)
    return ('IN_AADHAAR', _sep([s[:4], s[4:8], s[8:]], [' ', ' ', '', '-']))


def pan(): return ('IN_PAN', C.pan(R))
def voter(): return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + C.rd(7, R))
def inpass(): return ('IN_PASSPORT', ch('ABCEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + C.rd(6, R))


def tfn():
    s = C.tfn(R)
    return ('AU_TFN', C.group(s, 3) if R.random() < 0.7 else s)


def abn():
    s = C.abn(R)
    return ('AU_ABN', '%s %s %s %s' % (s[:2], s[2:5], s[5:8], s[8:]) if R.random() < 0.65 else s)


def acn():
    s = C.acn(R)
    return ('AU_ACN', C.group(s, 3) if R.random() < 0.65 else s)


def medicare():
    s = C.medicare(R)
    return ('AU_MEDICARE', '%s %s %s' % (s[:4], s[4:9], s[9:]) if R.random() < 0.7 else s)


def person_email(gen, dom=None):
    """A person and an e-mail derived from that name (two parts)."""
    p = gen()
    return p, email(p[1], dom)


# ---- templates with PII ------------------------------------------------------
# Each returns the parts of one prompt (see checks.fill).

def _pe(gen, dom=None):
    p = gen()
    return p, email(p[1], dom)


def t_crm(gen, lead, mid, tail):
    p, e = _pe(gen)
    return [lead, p, mid, e, tail]


PII = [
    # support escalations
    lambda: ["Tier 2 please: customer says SSN ", ssn(), " and birth date ", date(ch(['us', 'long', 'iso']), True), " don't match what we hold for ", en(), "."],
    lambda: ["Identity mismatch on a callback. Name given: ", en(), "; DOB ", date(ch(['us', 'eu', 'abbr']), True), "; last four of SSN would not verify, full SSN quoted as ", ssn(), "."],
    lambda: ["Caller ", anyname(), " disputes two charges on ", card(), " from ", date('dt'), ". Best number is ", phone('us'), "."],
    lambda: ["I was billed twice on ", date(ch(['long', 'dmy', 'iso'])), ", my card ends in... actually the whole number is ", card(), ". This is ", en(), ", phone ", phone(), "."],
    lambda: ["Got a text saying my parcel is held, link was ", url(), ". It wanted my card ", card(), " and my login ", email(), ". Scam?"],
    lambda: ["Received an email from ", email(dom=ch(FIRM_DOM)), " pointing at ", url(), " asking me to re-enter card ", card(), ". Is it legit?"],
    lambda: ["Please write a short apology to ", anyname(), ", who lives in ", loc(), "; the charge on card ", card(), " was our mistake."],
    lambda: ["Draft a reply for ", en(), " in ", loc(UK_T + US_T), " about the refund to card ", card(), " and mention we tried calling ", phone(), "."],
    lambda: ["Escalating ticket: ", anyname(), " (", email(), ") reports that card ", card(), " was declined at checkout twice."],
    lambda: ["Refund card ", card(), " in full and close the order; the customer ", en(), " has been waiting since ", date(ch(['long', 'dow', 'mon'])), "."],
    lambda: (lambda p: ["Chat transcript\nAgent: Can I have your name?\nCustomer: ", p, "\nAgent: And the e-mail on the account?\nCustomer: ", email(p[1]), "\nAgent: Thanks, I see the order to ", loc(), "."])(anyname()),
    lambda: ["Customer ", en(), " says the ACH pull from account ", bank(), " was returned twice; please email them at ", email(), "."],
    lambda: (lambda p: ["Complaint: ", p, " (", email(p[1]), ") saw a failed direct debit from account number ", bank(), ". Can you check?"])(anyname()),
    lambda: ["The autopay from checking account ", bank(), " for ", en(), " bounced on ", date(ch(['us', 'long'])), "."],
    # HR / payroll
    lambda: ["Payroll change for ", en(), ": new SSN on file ", ssn(), ", pay into account ", bank(), " from ", date(ch(['long', 'us'])), "."],
    lambda: ["Onboarding ", anyname(), " to the ", loc(US_T), " team on ", date(ch(['long', 'dow', 'us'])), ". SSN ", ssn(), "; salary to account ", bank(), "."],
    lambda: ["HR record update: ", en(), " moved from ", loc(US_T), " to ", loc(US_T), "; SSN ", ssn(), " unchanged."],
    lambda: ["Starter form - name: ", en(), ", NI no: ", nino(), ", start date: ", date(ch(['dmy', 'eu', 'long'])), "."],
    lambda: ["Can you check whether ", nino(), " is a valid National Insurance number? It belongs to our new hire ", en(), "."],
    lambda: ["Pay query: ", en(), " (NINO ", nino(), ") was taxed on an emergency code last month."],
    lambda: ["P45 received for ", en(), ", National Insurance ", nino(), ", leaving date ", date(ch(['eu', 'dmy'])), ", branch ", loc(UK_T), "."],
    lambda: ["New starter ", anyname(), " handed in SIN ", sin(), " for our ", loc(CA_T), " branch."],
    lambda: ["Please mask the SIN ", sin(), " before forwarding ", en(), "'s T4 to ", email(), "."],
    lambda: ["Do not put ", en(), "'s social insurance number (", sin(), ") in Slack. The upload form is ", url(), "."],
    lambda: ["Staff ", sg(), " (NRIC ", nric(), ") transfers to the ", loc(SG_T), " outlet from ", date(ch(['dmy', 'eu', 'iso'])), "."],
    lambda: ["CPF submission: employee ", sg(), ", NRIC ", nric(), ", commenced ", date(ch(['dmy', 'mon', 'eu'])), "."],
    lambda: ["Registered filing for ", O(ch(FIRMS)), " Pte Ltd: secretary ", sg(), ", FIN ", nric(), ", address in ", loc(SG_T), "."],
    lambda: ["Add director ", sg(), " (identity no. ", nric(), ") to the ACRA form; the office is at ", loc(SG_T), "."],
    lambda: ["Salary slip request from ", inn(), ": PAN ", pan(), ", Aadhaar ", aadhaar(), ", working out of ", loc(IN_T), "."],
    lambda: ["New joinee ", inn(), " in ", loc(IN_T), " shared PAN ", pan(), " and Aadhaar ", aadhaar(), " for payroll."],
    lambda: ["Form 16 mismatch: PAN ", pan(), " belongs to ", inn(), " but the employer shows ", O(ch(BIGCO)), "."],
    lambda: ["Super fund setup for ", en(), ": TFN ", tfn(), ", residential address ", street(AU_ST), ", ", loc(AU_T), "."],
    lambda: ["New employee ", en(), " in ", loc(AU_T), " gave TFN ", tfn(), "; payslips to ", email(), "."],
    lambda: ["Sole trader ", en(), " (TFN ", tfn(), ") bills us via ", O(ch(AU_CO)), ", ABN ", abn(), "."],
    lambda: ["BAS lodgement: ", O(ch(AU_CO)), ", ABN ", abn(), ", ACN ", acn(), ". Contact ", en(), "."],
    lambda: ["Check ABN ", abn(), " and ACN ", acn(), " before we pay ", O(ch(AU_CO)), "'s invoice."],
    lambda: ["Supplier onboarding: ", O(ch(AU_CO)), " (ACN ", acn(), ") nominated ", en(), " as contact, ", phone('au'), "."],
    lambda: ["Contractor invoice from ", en(), ", trading as ", O(ch(AU_CO)), ", TFN ", tfn(), ", ABN ", abn(), "."],
    # KYC
    lambda: ['{"applicant": "', inn(), '", "pan_no": "', pan(), '", "uid": "', aadhaar(), '", "epic": "', voter(), '", "city": "', loc(IN_T), '"}'],
    lambda: ["KYC pack for ", inn(), ": passport ", inpass(), ", voter card ", voter(), ", PAN ", pan(), "."],
    lambda: ["Verify Indian passport ", inpass(), " and EPIC ", voter(), " for ", inn(), "."],
    lambda: ["name,pan,aadhaar,passport\n", inn(), ",", pan(), ",", aadhaar(), ",", inpass()],
    lambda: ["Account opening: ", inn(), ", Aadhaar ", aadhaar(), ", mobile ", phone('in'), ", branch ", loc(IN_T), "."],
    lambda: ["Onboarding check on ", za(), ": SA ID ", zaid(), ", lives in ", loc(ZA_T), "."],
    lambda: ["FICA documents: ", za(), ", identity number ", zaid(), ", cell ", phone('za'), "."],
    lambda: ["Does ", zaid(), " look like a valid South African ID? The applicant ", za(), " is from ", loc(ZA_T), "."],
    lambda: ["Loan application - ", za(), ", ID ", zaid(), ", employer ", O(ch(BIGCO)), ", contact ", phone('za'), "."],
    lambda: ["KYC: ", ko(), ", RRN ", kr_rrn(), ", reachable on ", phone('kr'), "."],
    lambda: ["Remittance to Seoul blocked: sender ", ko(), ", registration no. ", kr_rrn(), ", card ", card(), "."],
    lambda: ["고객 ", ko(), " 님의 주민등록번호 ", kr_rrn(), " 확인 부탁드립니다. 연락처 ", phone('kr'), "."],
    lambda: ["Double charge reported by ", ko(), "; RRN on file ", kr_rrn(), ", email ", email(dom='kakao.com'), "."],
    lambda: ["Customer due diligence on ", anyname(), ": passport ", uspass(), ", US citizen, resides in ", loc(US_T), ", ", L(ch(US_ST)), "."],
    # banking
    lambda: ["Transfer to ", iban(), " (beneficiary ", anyname(), ") was rejected by ", O(ch(BANKS)), ". What now?"],
    lambda: ["Please update supplier bank details: ", O(ch(FIRMS)), ", IBAN ", iban(), ", contact ", email(), "."],
    lambda: ["SEPA payment from ", O(ch(FIRMS)), " to ", iban(), " bounced; charge card ", card(), " instead."],
    lambda: ["Beneficiary ", anyname(), ", IBAN ", iban(), ", amount 1,240.00 EUR, ref PAY-", lambda: str(R.randint(10000, 99999)), ". Why was it returned?"],
    lambda: ['[{"iban": "', iban(), '", "owner": "', anyname(), '", "bank": "', O(ch(BANKS)), '"}, {"iban": "', iban(), '", "owner": "', anyname(), '"}]'],
    lambda: ["payee,iban,bank\n", anyname(), ",", iban(), ",", O(ch(BANKS)), "\n", anyname(), ",", iban(), ","],
    lambda: ["Refund the deposit to ", iban(('GB', 'IE')), " held by ", en(), " at ", O(ch(BANKS)), "."],
    # clinical
    lambda: ["Discharge summary: ", en(), ", born ", date(ch(['dmy', 'eu']), True), ", NHS ", nhs(), ", follow-up at ", O(ch(HOSP)), "."],
    lambda: ["Please refer ", en(), " (NHS number ", nhs(), ") to ", O(ch(HOSP)), " for an MRI."],
    lambda: ["GP letter: ", anyname(), ", NHS ", nhs(), ", lives in ", loc(UK_T), ", seen on ", date(ch(['dmy', 'eu'])), "."],
    lambda: ["Triage note - ", anyname(), ", ", N(), ", 67, brought to ", O(ch(HOSP)), " on ", date(ch(['long', 'dow', 'dmy'])), "; son's number ", phone(), "."],
    lambda: ["Summarise for the ward round: ", en(), " (", N(), ") admitted ", date(ch(['dmy', 'abbr'])), " to ", O(ch(HOSP)), ", next of kin on ", phone(), "."],
    lambda: ["Prescription for ", anyname(), " (", phone('us'), ") signed by Dr. ", en(mid=0), ", DEA ", dea(), "."],
    lambda: ["Is DEA number ", dea(), " valid for a prescriber in ", L(ch(US_ST)), "?"],
    lambda: ["Dr. ", surname(), " asked us to check DEA ", dea(), " before refilling."],
    lambda: ["Controlled-substance order from Dr. ", en(mid=0), " (DEA ", dea(), "), clinic in ", loc(US_T), "."],
    lambda: ["Refill request: prescriber NPI ", npi(), ", patient ", en(), ", contact ", email(), "."],
    lambda: ["Pharmacy note: NPI ", npi(), " sent a script for ", anyname(), ", pickup on ", date(ch(['us', 'long', 'dow'])), "."],
    lambda: ["Medicare eligibility: ", en(), ", MBI ", mbi(), ", born ", date(ch(['us', 'long']), True), "."],
    lambda: ["MBI ", mbi(), " for ", en(), " came back as terminated; the member asked us to ring ", phone('us'), "."],
    lambda: ["CMS-1500 draft: patient ", anyname(), ", MBI ", mbi(), ", billing NPI ", npi(), ", DOS ", date(ch(['us', 'iso', 'long'])), "."],
    lambda: ["Medicare card ", medicare(), " for ", en(), "; booking at ", O(ch(HOSP)), " on ", date(ch(['dmy', 'at', 'dow'])), "."],
    lambda: ["Bulk-bill check: Medicare ", medicare(), ", patient ", en(), ", clinic ", O(ch(AU_CO[3:4] + HOSP)), "."],
    lambda: ["Confirm Medicare no. ", medicare(), " and practice ACN ", acn(), " for ", O(ch(AU_CO)), "."],
    lambda: ["Allergy record for ", anyname(), ": ", N(), " diet, no pork, lives at ", street(), ", ", loc(US_T), "."],
    # travel
    lambda: ["Itinerary for ", en(), ": passport ", uspass(), ", outbound to ", loc(TRAVEL), " on ", date(ch(['long', 'dmy', 'us'])), "."],
    lambda: ["Please rebook ", anyname(), " (passport ", uspass(), ") to ", loc(TRAVEL), " departing ", date(ch(['at', 'long', 'dow'])), "."],
    lambda: ["Hotel in ", loc(TRAVEL), " for ", anyname(), " from ", date(ch(['mon', 'long'])), " to ", date(ch(['mon', 'long'])), ", confirmation to ", email(), "."],
    lambda: ["Passport renewal: ", en(), ", current passport ", uspass(), ", date of birth ", date(ch(['long', 'us', 'up']), True), "."],
    lambda: ["Car hire: licence ", usdl(), " issued in ", L(ch(US_ST)), " for ", en(), ". Fill the rental form."],
    lambda: ["Rental desk needs the driver's licence ", usdl(), " (", L(ch(US_ST)), ") for ", anyname(), "."],
    lambda: ["Check this ID: licence ", usdl(), ", holder ", en(), ", ", street(), ", ", loc(US_T), ", ", L(ch(US_ST)), "."],
    lambda: ["Airport pickup for ", anyname(), " landing in ", loc(TRAVEL), " at ", date('time'), "; driver should call ", phone(), "."],
    lambda: ["Visa letter: ", tr(), ", TC kimlik ", tckn(), ", flying out of ", loc(TR_T), " on ", date('tr'), "."],
    # infra / logs / code
    lambda: ['{"host": {"hw": "', mac(), '", "addr": "', ip(), '", "admin": "', email(), '"}, "fw": "', lambda: '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 40)), '"}'],
    lambda: ["Switch port 14 sees ", mac(), " requesting ", ip('priv'), " every few seconds; is that a loop?"],
    lambda: ["DHCP reservation: ", mac(), " -> ", ip('priv'), " for ", en(), "'s laptop."],
    lambda: ["Firewall drops traffic from ", ip(), " although the rule says permit ", ip('priv'), " any."],
    lambda: ["Why is ", ip('v6'), " blocked while ", ip('v4'), " gets through the WAF?"],
    lambda: ["Log:\n", lambda: '%d-%02d-%02dT%02d:%02d:%02dZ' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), " ERROR auth rejected user=", email(), " src=", ip(), "\nretrying in 30s"],
    lambda: ["sshd[", lambda: str(R.randint(1000, 65000)), "]: Failed password for ", email(), " from ", ip(), " port 22 ssh2. Should I ban this?"],
    lambda: ["access.log: ", ip(), ' - - "GET /profile?email=', email(), ' HTTP/1.1" 200. Why is the email in the URL?'],
    lambda: ["config.toml:\n[mail]\nsender = \"", email(), "\"\nrelay = \"", ip('priv'), "\"\nhomepage = \"", url(), "\"\nWhat's wrong with it?"],
    lambda: ["settings.py has\nSUPPORT_EMAIL = '", email(), "'\nALLOWED_HOSTS = ['", ip(), "']\nand Django still returns 400."],
    lambda: ["export NOTIFY_TO=", email(), "\nexport DB_ADDR=", ip('priv'), "\nexport PORTAL=", url(), "\nWhy does the script not see these?"],
    lambda: ["http POST ", url(), " user=", email(), " client_ip=", ip(), " gives me 401."],
    lambda: ["Our callback URL ", url(), " receives header X-Owner: ", email(), " but the signature check fails."],
    lambda: ["Commit by ", anyname(), " <", email(), "> introduced the regression; can you explain the diff?"],
    lambda: ["Test fixtures: ", email(), ", ", phone(), ", ", ip(), ". Write a pytest that masks them."],
    lambda: ["Save my contact info: mail ", email(), ", mobile ", phone(), ", home IP ", ip(), "."],
    lambda: ["Our payment partner needs ", ip(), " and ", ip(), " allow-listed by ", date(ch(['us', 'long', 'iso'])), "."],
    lambda: ["Please add ", en(), " to our contacts: ", email(), ", ", phone(), ", website ", url(), "."],
    lambda: ["Speaker bio for ", anyname(), ": works at ", O(ch(BIGCO)), ", based in ", loc(), ", portfolio at ", url(), "."],
    lambda: ["Message from ", anyname(), " <", email(), ">: ring me on ", phone(), " around ", date('time'), " tomorrow."],
    lambda: ["it's ", _p(ch(EN_F + FI_F + SV_F)), " here, my new number is ", phone(), ", save it pls."],
    # crypto
    lambda: ["Payout wallet for the contest: ", crypto(), ". Please confirm once sent."],
    lambda: ["Withdrawal to ", crypto(), " has been pending for six hours. Txid ", lambda: ''.join(ch('0123456789abcdef') for _ in range(64)), "."],
    lambda: ["Either ", crypto(), " or ", crypto(), " works for the 0.2 BTC settlement."],
    lambda: ["Wrong address? I pasted ", crypto(), " instead of my usual one."],
    # free text with NRP / org / places
    lambda: ["Translate to French: ", anyname(), ", a ", N(), " engineer from ", loc(), ", joined ", O(ch(BIGCO)), " last year."],
    lambda: ["Write a short profile: ", anyname(), " is ", N(), ", lives in ", loc(), " and volunteers for ", O(ch(FIRMS)), "."],
    lambda: ["Annual review for ", anyname(), " (", N(), ", ", loc(), " office): strong year at ", O(ch(BIGCO + FIRMS)), "."],
    lambda: ["Make this polite: hey ", _p(ch(EN_F + IN_F + ZA_F)), ", ", O(ch(BIGCO)), " in ", loc(), " needs the slides by ", date(ch(['long', 'dow', 'mon'])), "."],
    lambda: ["Residence proof for ", anyname(), ": ", street(), ", ", loc(), ", ", L(ch(COUNTRY)), ". Meal preference: ", N(), "."],
    lambda: ["Mailing address for ", anyname(), " is ", street(), ", ", loc(US_T), ", ", L(ch(US_ST)), "; ITIN ", itin(), "."],
    lambda: ["ITIN renewal for ", anyname(), " (ITIN ", itin(), "), spouse ", en(), " has SSN ", ssn(), "."],
    lambda: ["1040 prep: ITIN ", itin(), " belongs to ", anyname(), ", who moved to ", loc(US_T), " in ", date(ch(['long', 'mon'])), "."],
    lambda: ['{"id": ', lambda: str(R.randint(10000, 99999)), ', "name": "', en(), '", "birth": "', date('iso', True), '", "tax_id": "', ssn(), '", "home": {"town": "', loc(US_T), '"}}'],
    lambda: ["name: ", anyname(), "\nborn: ", date(ch(['iso', 'dmy']), True), "\nssn: ", ssn(), "\ncity: ", loc(US_T), "\nIs this YAML valid?"],
    lambda: ['{"buyer": {"full_name": "', anyname(), '", "mail": "', email(), '", "tel": "', phone(), '", "pan": "', card(), '"}, "status": "chargeback"}'],
    lambda: ["order_id,name,email,card\n", lambda: str(R.randint(100000, 999999)), ",", anyname(), ",", email(), ",", card()],
    # Spanish
    lambda: ["Alta de empleado: ", es(), ", NIE ", nie(), ", puesto en ", loc(ES_T), " a partir del ", date_loc('es'), "."],
    lambda: ["Por favor, revisa el NIF ", nif(), " de ", es(), "; vive en ", street(ES_ST), ", ", loc(ES_T), "."],
    lambda: ["El cliente ", es(), " (NIE ", nie(), ", NIF ", nif(), ") pide que le llamemos al ", phone('es'), "."],
    lambda: ["Contrato de alquiler: arrendatario ", es(), ", NIF ", nif(), ", domicilio ", street(ES_ST), ", ", loc(ES_T), "."],
    lambda: ["Factura de ", O(ch(ES_CO)), " a nombre de ", es(), ", NIE ", nie(), ", correo ", email(dom=ch(['movistar.es', 'ono.com'])), "."],
    # Italian
    lambda: ["Anagrafica: ", it(), ", codice fiscale ", cf(), ", residente a ", loc(IT_T), " dal ", date_loc('it'), "."],
    lambda: ["Verifica partita IVA ", piva(), " di ", O(ch(IT_CO)), " e codice fiscale ", cf(), " del legale rappresentante."],
    lambda: ["Ordine da ", O(ch(IT_CO)), ", P.IVA ", piva(), ", referente ", it(), ", tel. ", phone('it'), "."],
    lambda: ["Il codice fiscale ", cf(), " appartiene a ", it(), "? Risulta nato a ", loc(IT_T), "."],
    lambda: (lambda p: ["Nuovo fornitore: ", O(ch(IT_CO)), " (partita IVA ", piva(), "), contatto ", p, ", ", email(p[1], 'email.it'), "."])(it()),
    # Polish
    lambda: ["Dane pracownika: ", pl(), ", PESEL ", pesel(), ", miejsce pracy ", loc(PL_T), "."],
    lambda: ["Proszę sprawdzić PESEL ", pesel(), " pani/pana ", pl(), ", telefon ", phone('pl'), "."],
    lambda: ["Umowa najmu: najemca ", pl(), ", PESEL ", pesel(), ", adres ", loc(PL_T), ", od ", date_loc('pl'), "."],
    lambda: ["Zgłoszenie od ", pl(), " (PESEL ", pesel(), "): przelew na ", iban(('PL',)), " nie doszedł."],
    # Swedish
    lambda: ["Anställd ", sv(), ", personnummer ", pnr(), ", börjar på kontoret i ", loc(SV_T), "."],
    lambda: ["Kan du kontrollera personnummer ", pnr(), "? Det gäller ", sv(), ", mejl ", email(), "."],
    lambda: ["Hyresgäst ", sv(), " (", pnr(), ") flyttar till ", loc(SV_T), " den ", date_loc('sv'), "."],
    lambda: ["Applicant ", sv(), ", Swedish personal number ", pnr(), ", currently in ", loc(SV_T), "."],
    # Finnish
    lambda: ["Uusi työntekijä ", fi(), " (henkilötunnus ", hetu(), ") aloittaa ", loc(FI_T), ":n toimipisteessä ", date_loc('fi'), "."],
    lambda: ["Tarkista henkilötunnus ", hetu(), ", nimi ", fi(), ", kotikunta ", loc(FI_T), "."],
    lambda: ["Asiakas ", fi(), ", hetu ", hetu(), ", puhelin ", phone('fi'), "."],
    lambda: ["Payroll Finland: ", fi(), ", personal identity code ", hetu(), ", first working day ", date_loc('fi'), "."],
    # Turkish
    lambda: ["Müşteri ", tr(), ", TC kimlik no ", tckn(), ", ", date('tr'), " tarihinde ", loc(TR_T), " şubesine gelecek."],
    lambda: ["T.C. kimlik numarası ", tckn(), " olan ", tr(), " için sözleşme hazırlayın; telefon ", phone('tr'), "."],
    lambda: ["Kimlik no ", tckn(), " doğrulanamadı, adı ", tr(), ", adres ", loc(TR_T), "."],
]

PII += [
    lambda: ["Chargeback notice: ", en(), " disputes ", card(), " at ", O(ch(BIGCO)), "; reply to ", email(), "."],
    lambda: ["Mandate cancelled by ", anyname(), ", debtor IBAN ", iban(), ", creditor ", O(ch(FIRMS)), "."],
    lambda: ["Emergency contact for ", en(), " is ", en(), " on ", phone(), "."],
    lambda: ["Benefits enrolment: ", en(), ", SSN ", ssn(), ", dependant ", en(), ", plan starts ", date(ch(['long', 'us'])), "."],
    lambda: ["wifi guest log: device ", mac(), " got ", ip('priv'), ", then ", ip('v6c'), " was assigned."],
    lambda: ["Interview schedule: ", anyname(), " at ", date('at'), ", ", anyname(), " at ", date('at'), ", both in the ", loc(), " office."],
    lambda: ["Vendor risk: ", O(ch(FIRMS)), " (", url(), ") stores customer cards such as ", card(), " in plain text."],
    lambda: ["Fattura elettronica respinta: P.IVA ", piva(), " di ", O(ch(IT_CO)), " non corrisponde, controlla anche la P.IVA ", piva(), "."],
    lambda: ["Hospital admission: Medicare ", medicare(), ", ", en(), ", admitted ", date(ch(['dmy', 'eu'])), " from ", loc(AU_T), "."],
    lambda: ["Who owns ", mac(), "? It has been hammering the AP since the last reboot."],
    lambda: ["Clinic letter to ", O(ch(HOSP)), ": please see ", anyname(), ", NHS no. ", nhs(), ", at your earliest convenience."],
    lambda: ["Tenant reference for ", anyname(), ", previously at ", street(), ", ", loc(UK_T), ", employed by ", O(ch(BIGCO)), "."],
]


# ---- PII-free look-alikes ----------------------------------------------------

def bad_luhn(n=16, first='45'):
    while True:
        s = ch(first) + C.rd(n - 1, R)
        if not C.luhn_ok(s):
            return s


def bad_iban(cc=None):
    c = cc or ch(['DE', 'FR', 'ES', 'GB', 'NL', 'IT', 'PL'])
    v = C.iban(R, c)
    k = '%02d' % ((int(v[2:4]) + R.randint(1, 9)) % 100)
    return v[:2] + k + v[4:]


def hexs(n): return ''.join(ch('0123456789abcdef') for _ in range(n))


def uuid(): return '-'.join(hexs(k) for k in (8, 4, 4, 4, 12))


def ver(): return '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


def b58junk(n=34):
    return ch('13') + ''.join(ch(C.B58) for _ in range(n - 1))


FILES = ['handler.go', 'schema.sql', 'app.vue', 'Makefile', 'pipeline.yml', 'main.kt', 'worker.ex', 'setup.cfg']

FREE = [
    lambda: ["Card number ", C.group(bad_luhn(), 4), " fails the Luhn check in our form. Is the validator wrong?"],
    lambda: ["Voucher ", C.group(bad_luhn(), 4), " was scanned twice at till 3; void one of them."],
    lambda: ["The IBAN-looking string ", C.group(bad_iban(), 4), " from the test suite is intentionally invalid. Why does the checker accept it?"],
    lambda: ["Sample account ", bad_iban(), " is rejected with 'checksum mismatch'. Expected, right?"],
    lambda: ["Promo code ", b58junk(), " says 'already redeemed'. Can you issue another?"],
    lambda: ["Gift card PIN ", b58junk(33), " isn't accepted at checkout."],
    lambda: ["Deploy ", hexs(7), " to staging, then tag v", ver(), "."],
    lambda: ["Image digest sha256:", hexs(64), " differs from the one in the lockfile."],
    lambda: ["Merge ", hexs(40), " into main after CI passes on ", ch(FILES), "."],
    lambda: ["Trace ", uuid(), " shows 1843 ms spent in ", ch(FILES), "."],
    lambda: ["Job ", uuid(), " exited with code 1 after ", str(R.randint(2, 90)), " retries."],
    lambda: ["Bump the dependency from ", ver(), " to ", ver(), " and rerun the benchmarks."],
    lambda: ["What does `UPDATE invoices SET paid = true WHERE id = ", str(R.randint(1000, 99999)), "` do if the row is locked?"],
    lambda: ["Rewrite `SELECT count(*) FROM events GROUP BY day` so it uses the index."],
    lambda: ["Quote Q-", str(R.randint(10000, 99999)), " totals ", ch(['€', '$', '£']), "%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)), "; the PO is PO-", str(R.randint(100000, 999999)), "."],
    lambda: ["Invoice ", ch(['INV', 'FAC', 'RE']), "-", str(R.randint(2019, 2026)), "-", str(R.randint(1000, 9999)), " is short by ", ch(['€', '$', '£']), "%d.%02d" % (R.randint(10, 999), R.randint(0, 99)), ", please reissue."],
    lambda: ["Parcel ", "1Z" + ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(16)), " is stuck at the hub; order ", "ORD-" + C.rd(8, R), "."],
    lambda: ["Shipment SHP", C.rd(10, R), " left the warehouse; 14 cartons, 312 kg."],
    lambda: ["Replace part ", C.rd(3, R), "-", C.rd(4, R), "-", C.rd(2, R), " with the revised ", C.rd(3, R), "-", C.rd(4, R), "-", C.rd(2, R), " on line B."],
    lambda: ["Unit with serial SN", C.rd(10, R), " overheated; unit SN", C.rd(10, R), " was fine."],
    lambda: ["Lot ", C.rd(9, R), " and lot ", C.rd(12, R), " both failed the humidity test."],
    lambda: ["Claim reference ", C.rd(5, R), "/", C.rd(4, R), " was withdrawn."],
    lambda: ["Exception ", ch(['ValueError', 'KeyError', 'NullPointerException', 'panic']), " at line ", str(R.randint(10, 2000)), " of ", ch(FILES), ", how do I debug it?"],
    lambda: ["Lower the batch size to 32 and the learning rate to 3e-4 in ", ch(FILES), "."],
    lambda: ["Set retries to 5 and timeout to 30s in ", ch(FILES), ", then redeploy."],
    lambda: ["Convert the colour ", "#" + hexs(6), " to HSL and suggest a darker shade."],
    lambda: ["Make the header sticky and change the accent to #" + hexs(6) + "."],
    lambda: ["Ticket ", C.group(bad_luhn(), 4), " duplicates ticket TCK-", C.rd(7, R), "; close the newer one."],
    lambda: ["Membership no. ", C.group(bad_luhn(16, '35'), 4), " expired last quarter; the renewal fee is unchanged."],
    lambda: ["Build ", ver(), "+", hexs(7), " is rolling out to 20% of nodes."],
    lambda: ["Pod ", "api-" + hexs(10) + "-" + hexs(5), " is in CrashLoopBackOff with OOMKilled."],
    lambda: ["Request ", uuid(), " returned 504 after 60 seconds on port ", ch(['443', '8443', '3000', '11211']), "."],
    lambda: ["Logs:\n", "%d-%02d-%02d %02d:%02d:%02d.%03d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), " INFO scheduler tick took ", str(R.randint(2, 900)), " ms\n", "%d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), " WARN queue depth ", str(R.randint(100, 9000))],
    lambda: ["Give me three arguments for and against a four-day week, under 100 words."],
    lambda: ["Explain the difference between a mutex and a semaphore with a short example."],
    lambda: ["Will interest rates fall next year? Just a guess is fine."],
    lambda: ["Write a haiku about a broken build."],
    lambda: ["Print the agenda double-sided on A3 and fold it in half."],
    lambda: ["Product code SKU", C.rd(6, R), "-", ch(string.ascii_uppercase), ch(string.ascii_uppercase), " is back in stock; discount code WINTER", str(R.randint(10, 60)), " applies."],
    lambda: ["Reference ", bad_iban('GB'), " on the remittance slip does not match any account."],
]

PREFIX = ['Here is the text:\n\n', 'From the queue:\n', 'Background:\n---\n', 'Can you handle this?\n\n',
          'Pull out the important details:\n']
SUFFIX = ['\n\nAnswer in bullet points.', '\n\nBe brief.', '\n\nCheers!', '\n\nReturn YAML.']
TAIL = [' ty', ' plz', ' urgent', '!!', ' cheers']


# ---- assembly ----------------------------------------------------------------

DEV = {'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75,
       'PHONE_NUMBER': 69, 'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31,
       'US_SSN': 26, 'CRYPTO': 24, 'NRP': 19, 'UK_NHS': 14, 'US_PASSPORT': 14, 'ZA_ID_NUMBER': 14,
       'US_NPI': 14, 'UK_NINO': 14, 'US_MBI': 14, 'US_ITIN': 14, 'US_DRIVER_LICENSE': 14}
for _t in ['AU_TFN', 'IN_PAN', 'IN_AADHAAR', 'MAC_ADDRESS', 'PL_PESEL', 'IT_VAT_CODE', 'KR_RRN',
           'IT_FISCAL_CODE', 'SG_NRIC_FIN', 'IN_VOTER', 'IN_PASSPORT', 'ES_NIE', 'CA_SIN',
           'MEDICAL_LICENSE', 'SE_PERSONNUMMER', 'FI_PERSONAL_IDENTITY_CODE', 'TR_NATIONAL_ID',
           'AU_ABN', 'AU_MEDICARE', 'AU_ACN', 'US_BANK_NUMBER', 'ES_NIF']:
    DEV[_t] = 15
N_TOTAL, N_FREE = 600, 108


def _profile(tpl, k=6):
    """Mean span count per type over k draws (from a scratch generator)."""
    out = {}
    for _ in range(k):
        _, ents = C.fill(tpl())
        for e in ents:
            out[e['entity_type']] = out.get(e['entity_type'], 0) + 1.0 / k
    return out


def _allocate():
    global R
    R = random.Random(1)
    prof = [_profile(t) for t in PII]
    R = random.Random(2626)
    n_pii = N_TOTAL - N_FREE
    uses = [2] * len(PII)
    cnt = dict.fromkeys(DEV, 0.0)
    for i, p in enumerate(prof):
        for t, v in p.items():
            cnt[t] += 2 * v

    def cost(c):
        return sum(((c[t] - DEV[t]) / DEV[t]) ** 2 for t in DEV)
    while sum(uses) < n_pii:
        best, bi = None, None
        for i, p in enumerate(prof):
            if uses[i] >= 6:
                continue
            c2 = dict(cnt)
            for t, v in p.items():
                c2[t] += v
            x = cost(c2)
            if best is None or x < best:
                best, bi = x, i
        uses[bi] += 1
        for t, v in prof[bi].items():
            cnt[t] += v
    for _ in range(200):  # move single uses between templates while it helps
        cur, mv = cost(cnt), None
        for i, pi in enumerate(prof):
            if uses[i] <= 2:
                continue
            for j, pj in enumerate(prof):
                if j == i or uses[j] >= 6:
                    continue
                c2 = dict(cnt)
                for t, v in pi.items():
                    c2[t] -= v
                for t, v in pj.items():
                    c2[t] += v
                x = cost(c2)
                if x < cur - 1e-9:
                    cur, mv = x, (i, j, c2)
        if mv is None:
            break
        i, j, cnt = mv
        uses[i] -= 1
        uses[j] += 1
    return uses


KEEP_CASE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def _lower(s, ents):
    """Lower-case the prose, names, places and dates; identifiers keep their case."""
    keep = set()
    for e in ents:
        if e['entity_type'] not in KEEP_CASE:
            keep.update(range(e['start'], e['end']))
    return ''.join(c if i in keep or len(c.lower()) != 1 else c.lower() for i, c in enumerate(s))


def build():
    uses = _allocate()
    plan = [('pii', i) for i, u in enumerate(uses) for _ in range(u)]
    fu = [N_FREE // len(FREE)] * len(FREE)
    for i in range(N_FREE - sum(fu)):
        fu[i] += 1
    plan += [('free', i) for i, u in enumerate(fu) for _ in range(u)]
    R.shuffle(plan)
    low = set(R.sample(range(len(plan)), 46))
    recs = []
    for n, (kind, i) in enumerate(plan):
        text, ents = C.fill((PII if kind == 'pii' else FREE)[i]())
        r = R.random()
        if r < 0.10:
            text += ch(SUFFIX)
        elif r < 0.19 and text.endswith('.'):
            text = text[:-1] + ch(TAIL)
        elif r < 0.24 and text.endswith('.'):
            text = text[:-1]
        if R.random() < 0.23:
            pre = ch(PREFIX)
            text = pre + text
            for e in ents:
                e['start'] += len(pre); e['end'] += len(pre)
        if n in low:
            text = _lower(text, ents)
        recs.append({'id': 'p26-%04d' % n, 'text': text, 'entities': ents})
    return recs


if __name__ == '__main__':
    C.write(build())
