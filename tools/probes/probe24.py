"""Probe 24: longer prompts, names in every grammatical role.

About 600 chat prompts in the dev corpus's format and labelling conventions,
with dev's type mix and share of PII-free prompts, but longer: multi-sentence
requests to an assistant (summarise, reply, fix a record, translate), forwarded
e-mails with quoted text, meeting notes, chat logs with several speakers, short
stories and biographies, customer reviews, case notes and forms. People, places
and organisations appear as subject, object, possessive, in apposition, after
prepositions and in lists; the national identifiers come inside such prose.
Names, small towns and regions, firms, hospitals, universities, charities,
agencies and e-mail domains are drawn from vocabularies disjoint from dev's.
PII-free prompts are long too, with look-alikes (failing checksums, log
timestamps, versions, hashes, SKUs, amounts).

Usage: python3 -B tools/probes/probe24.py > probe24.jsonl
"""
import os
import re
import random
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2424)
ch = R.choice


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


# ---- people ----------------------------------------------------------------
# culture: (first names, surnames, surname-first order?)
CULTURES = {
    'ng': (['Nkechinyere', 'Oluwatoyin', 'Ebubechukwu', 'Adaugo', 'Kelechukwu', 'Olasunkanmi', 'Akachi', 'Temiloluwa'],
           ['Okeke-Obi', 'Adesanmi', 'Ogbuagu', 'Nwankwo-Ibe', 'Fashola-Reid', 'Egwuatu'], False),
    'gh': (['Kwasi-Mensah', 'Nana Ama', 'Naa Dedei', 'Kojo-Baffoe'],
           ['Ofori-Atta', 'Amankwah', 'Kyeremateng', 'Osei-Tutu', 'Appiah-Kubi'], False),
    'et': (['Abebech', 'Eyerusalem', 'Fikru'], ['Woldemichael', 'Tadesse-Haile', 'Kebede-Asfaw'], False),
    'ke': (['Nyokabi', 'Mumbi'], ['Kimani-Ndungu', 'Mwangi-Kahura'], False),
    'zw': (['Tinashe', 'Nyasha', 'Tafadzwa', 'Rumbidzai', 'Kudakwashe'],
           ['Mhlanga', 'Chinamasa', 'Zvobgo', 'Makoni', 'Chiwenga-Dube', 'Mapfumo'], False),
    'ma': (['Sanaa', 'Ghita'], ['Alaoui-Idrissi', 'Kettani', 'Sqalli'], False),
    'ir': (['Bahram'], ['Moghadam', 'Tavakoli', 'Hosseinzadeh', 'Karimian', 'Ebrahimi', 'Shahbazi'], False),
    'ge': (['Zurab', 'Natia', 'Davit'], ['Javakhishvili', 'Mchedlidze', 'Abashidze', 'Gogoladze'], False),
    'am': (['Siranush', 'Armine', 'Gevorg', 'Nairi'], ['Manukyan', 'Ghazaryan', 'Karapetyan'], False),
    'gr': (['Anthi'], ['Kontogiannis', 'Mavridou', 'Stamatopoulos'], False),
    'hu': (['Dorottya', 'Kinga'], ['Bognár', 'Pintér', 'Vörös', 'Szalai'], True),
    'cz': (['Čestmír'], ['Vondráček', 'Šťastná', 'Kadlecová', 'Bartošová'], False),
    'ro': (['Cosmin', 'Iulian', 'Smaranda'], ['Niculescu', 'Popovici', 'Antonescu'], False),
    'bal': (['Gintarė', 'Žygimantas', 'Tõnis'], ['Vaitkutė', 'Zariņa', 'Rebane'], False),
    'is': (['Hildur', 'Ragnheiður', 'Ásgeir', 'Birna', 'Kolbeinn'], ['Gunnarsdóttir', 'Sveinbjörnsson', 'Kristjánsson'], False),
    'ie': (['Sorcha'], ['Mac Suibhne', 'Ní Dhomhnaill', 'Flannery', 'Keohane', 'Drennan'], False),
    'cy': (['Gwenllian', 'Emrys'], ['Prys-Jones', 'Rhydderch', 'Bowen-Rees', 'Tudur', 'Vaughan-Ellis'], False),
    'sc': (['Euan'], ['MacLennan', 'MacRitchie', 'Sutherland-Gow'], False),
    'nl': (['Marijke'], ['van Wijngaarden', 'Dijkman', 'ter Horst', 'Mulder-Kok'], False),
    'de': (['Hannes'], ['Wendland', 'Grünewald', 'Kessler-Haas', 'Stuckenbrock'], False),
    'fr': (['Clothilde', 'Héloïse'], ['Delacroix-Vidal', 'Chevallier', 'Fauré'], False),
    'pt': (['Tomé', 'Leonilde'], ['Cabral', 'Carvalhal', 'Teixeira-Lobo'], False),
    'br': (['Cauã', 'Thiago-Luiz'], ['Albuquerque-Lins', 'Junqueira', 'Pimentel', 'Brandão-Lima'], False),
    'mx': (['Yatziri'], ['Tlapanco', 'Cervantes-Ruiz', 'Zamudio', 'Arriaga'], False),
    'sam': (['Antú', 'Josefina'], ['Altamirano', 'Huenchumilla', 'Aguirre-Paz', 'Ñancupil'], False),
    'ru': (['Vsevolod', 'Anastasiya', 'Lyudmila', 'Matvey'], ['Zhukova', 'Belyaev', 'Kuznetsova', 'Sokolov-Lenz'], False),
    'nord': (['Eskil', 'Joakim'], ['Brekke', 'Nygård', 'Holmqvist', 'Løvås'], False),
    'sa': (['Anusha', 'Rajiv', 'Arjuna'], ['Menon-Sethi', 'Karki', 'Pradhan', 'Senanayake'], False),
    'jp': (['Shunsuke'], ['Okabe', 'Nakamura-Ito', 'Tsukamoto', 'Kawabata'], False),
    'cn': (['Ruiling', 'Qiaowen'], ['Shangguan', 'Duanmu'], True),
    'vn': (['Thanh Tâm', 'Đức Huy', 'Bảo Ngọc'], ['Tôn Nữ'], True),
    'th': (['Chalermchai', 'Wipawee', 'Benjawan'], ['Phongsavath', 'Kittikachorn', 'Chanthavong'], False),
    'ph': (['Lovely', 'Ramil'], ['Manalastas', 'Cabrera-Ong'], False),
    'id': (['Sari', 'Yoga'], ['Nainggolan'], False),
    'pac': (['Hine'], ['Tuhiwai', 'Fonua', 'Rangihuna', 'Aperahama'], False),
    'en': (['Henrietta', 'Lionel', 'Ottoline', 'Cedric', 'Imelda'], ['Blackmore', 'Cheveley', 'Oakhurst', 'Dimmock'], False),
    'us': (['Tanisha', 'Lakisha', 'Bodhi', 'Marlene'], ['Holbrook', 'Okonjo-Price', 'McCready'], False),
    'il': (['Avner', 'Michal', 'Itai'], ['Rosenthal', 'Amsalem', 'Goldfarb', 'Katzir', 'Ohana'], False),
}
# names of the countries that issue the identifiers (thin pools reuse a few common tokens)
NAT = {
    'kr': (['Hyeon-su', 'Hyo-jin', 'Sang-woo', 'Yeon-woo', 'Min-seo'], ['Pyo', 'Tak', 'Maeng', 'Seong'], True),
    'sg': (['Hui Ting', 'Wei Jie', 'Hwee Ling'], ['Goi', 'Sng', 'Phua', 'Loke'], True),
    'in': (['Mrinalini', 'Sharvari', 'Hrishikesh', 'Ketaki', 'Yashwant', 'Siddhesh'],
           ['Ranade', 'Bhagwat', 'Kelkar', 'Chitnis', 'Wadekar', 'Paranjpe'], False),
    'es': (['Itziar', 'Ibai', 'Covadonga', 'Eneko'], ['Arrizabalaga', 'Llorente', 'Sanchís', 'Bermejo', 'Villanueva-Sáez', 'Ortuño'], False),
    'it': (['Ottavia', 'Costanza', 'Ippolito'], ['Scarpellini', 'Castelli', 'Bevilacqua'], False),
    'pl': (['Bożena', 'Mieczysław', 'Halina', 'Radosław'], ['Grabowska', 'Sadowski', 'Wasilewska'], False),
    'fi': (['Veeti', 'Tuukka', 'Otso'], ['Rissanen', 'Kinnunen', 'Pulkkinen'], False),
    'se': (['Wilma', 'Tora', 'Ivar'], ['Nordström', 'Ahlberg', 'Hägglund'], False),
    'tr': (['Emirhan', 'Oğuzhan', 'Dilara'], ['Kurtuluş', 'Yazıcı', 'Karakaya'], False),
    'za': (['Johannes', 'Lindiwe', 'Themba'], ['Steenkamp', 'Mabaso', 'Nxumalo'], False),
    'au': (['Sheree', 'Brodie'], ['Cahill', 'Whitlam-Rose', "O'Loughlin", 'Barrowcliffe'], False),
    'ca': (['Brock', 'Sinéad'], ['Gagnon-Leduc', 'Beauchesne', 'MacIsaac', 'Ouellette'], False),
    'gb': (['Eloise', 'Freya', 'Archie', 'Hattie'], ['Greenhalgh', 'Loxley', 'Pickersgill'], False),
    'us2': (['Tanisha', 'Bodhi', 'Marlene', 'Lakisha'], ['Holbrook', 'McCready', 'Okonjo-Price'], False),
}
ALLC = dict(CULTURES)
ALLC.update(NAT)
GENERAL = list(CULTURES)


def asc(s):
    tr = str.maketrans('áàâäãåçčéèêëěíìîïıñńóòôöõøřśšşúùûüůýžźżłđðőűāēīōūņļķģğ', 'aaaaaacceeeeeiiiiinnoooooorsssuuuuuyzzzlddouaeiounlkgg')
    s = s.lower().translate(tr).replace('ß', 'ss').replace('þ', 'th')
    return re.sub(r'[^a-z]', '', s)


class Person:
    def __init__(self, cult=None):
        cult = cult or ch(GENERAL)
        fs, ls, rev = ALLC[cult]
        self.f, self.l, self.rev = ch(fs), ch(ls), rev
        mid = ''
        if not rev and R.random() < 0.1:
            mid = ch('ABCDEFGHJKLMNPRSTW') + '.'
        self.full = (self.l + ' ' + self.f) if rev else ' '.join(x for x in (self.f, mid, self.l) if x)
        f, l = asc(self.f), asc(self.l)
        self.mail = ch([f + '.' + l, f[0] + l, f + '_' + l + digits(2), l + '.' + f[0], f + l[0], f + '.' + l + digits(1)]) \
            + '@' + ch(DOMAINS)


# ---- places, organisations, domains ---------------------------------------
TOWNS = ['Ballycastle', 'Clonakilty', 'Machynlleth', 'Crickhowell', 'Holmfirth', 'Sedbergh', 'Wigtown', 'Hay-on-Wye',
         'Rye', 'Totnes', 'Kuressaare', 'Cēsis', 'Sigulda', 'Kėdainiai', 'Berat', 'Korçë', 'Ptuj', 'Piran', 'Rovinj',
         'Trebinje', 'Tokaj', 'Telč', 'Třeboň', 'Kutná Hora', 'Bardejov', 'Albarracín', 'Cangas de Onís', 'Óbidos',
         'Lamego', 'Dinan', 'Sarlat', 'Uzès', 'Honfleur', 'Durbuy', 'Zierikzee', 'Meppel', 'Wismar', 'Quedlinburg',
         'Røros', 'Seyðisfjörður', 'Húsavík', 'Bagamoyo', 'Lindi', 'Chinhoyi', 'Masvingo', 'Tozeur', 'Phrae', 'Sa Pa',
         'Luang Namtha', 'Bukittinggi', 'Paro', 'Hampi', 'Pingyao', 'Khiva', 'Telavi', 'Dilijan', 'Madaba', 'Cobán',
         'Otavalo', 'Colonia del Sacramento', 'Villa de Leyva', 'Paraty', 'Tiradentes', 'Lewiston', 'Marquette',
         'Bisbee', 'Port Townsend', 'Hood River', 'Dawson City', 'Gimli']
REGIONS = ['the Hebrides', 'Ceredigion', 'Saaremaa', 'Latgale', 'Istria', 'the Algarve', 'Telemark', 'Volta Region',
           'Matabeleland', 'Casamance', 'Isan', 'Kakheti', 'Appalachia']
COUNTRIES = ['Papua New Guinea', 'San Marino', 'Benin', 'Laos', 'Moldova', 'Kyrgyzstan', 'Suriname', 'Lesotho',
             'Tonga', 'Belize', 'Eritrea', 'Brunei']
US_STATES = ['Vermont', 'Montana', 'Wyoming', 'Delaware', 'Arkansas', 'Nebraska', 'Idaho', 'Maine']
STREETS = ['Cordwainer Row', 'Gallowgate Lane', 'Pennyroyal Close', 'Weavers Walk', 'Skylark Rise', 'Lantern Quay',
           'Coldharbour Lane', 'Rookery Gardens', 'Bellfounder Street', 'Kestrel Parade', 'Osprey Court',
           'Tidewater Road', 'Harebell Way', 'Flaxmill Lane', 'Puriri Place', 'Wattlebird Crescent']
STREETS_L = ['Calle de los Tintoreros', 'Rua do Almada', 'Via dei Bottai', 'Rue des Tanneurs', 'ulica Kaletnicza',
             'Bryggerigatan', 'Sokak Çeşme']
COMPANIES = ['Thornvale Joinery', 'Moss & Pennant Solicitors', 'Gannet Rock Seafoods', 'Sorrel Street Pharmacy',
             'Quarrymoor Aggregates', 'Birchfield Print Works', 'Oxbow Canoe Hire', 'Marram Grass Studios',
             'Bellwether Mutual', 'Foxglove Home Care', 'Kittiwake Airlines', 'Cinder Path Coffee',
             'Polder & Co. Architects', 'Umbra Eyewear', 'Tamarind Tiles', 'Halyard Sailmakers', 'Vireo Payments',
             'Lodestar Surveying', 'Saltire Wind Ltd', 'Otterburn Mills', 'Pelham & Voss', 'Juniper Ridge Winery',
             'Mokoro Safaris', 'Kōrero Media', 'Baobab Micro Grid', 'Ferrovia Bikes', 'Yellowhammer Tours',
             'Dunmore Fisheries']
HOSPITALS = ['Coldstream Cottage Hospital', 'Ashby Vale Hospital', "St. Ethelburga's Infirmary", 'Mount Kerrin Clinic',
             "Lakemba Women's Hospital", 'Santa Brígida Clinic', 'Hillcrest Renal Unit', 'Juniper House Hospice',
             'Karoo Valley Hospital', 'Pinnacle Orthopaedic Centre']
UNIS = ['University of Westermoor', 'Calder Valley College', 'Kettering Institute of Agriculture',
        'Instituto Superior de Agronomia del Sur', 'Southbank Conservatory', 'Brackenridge Law School']
CHARITIES = ['Open Hearth Trust', 'Lifeline for Lakeside Elders', 'Seedbank Collective', 'Wayfarer Foundation',
             'Clean Springs Initiative', 'Little Lighthouse Fund']
AGENCIES = ['Harbourside Planning Authority', 'Office of Tenant Affairs', 'Regional Fire Safety Board',
            'Inland Waterways Commission', 'Bureau of Agricultural Statistics']
BANKS = ['Kittering Mutual Bank', 'Banco Cordillera', 'Cassa Rurale di Valfonda', 'Hearthstone Savings',
         'Ridgeway Credit Union', 'Savanna Cooperative Bank']
ORGS_ANY = COMPANIES + HOSPITALS + UNIS + CHARITIES + AGENCIES + BANKS
DOMAINS = ['thornvale-joinery.co.uk', 'orrerylabs.io', 'gannetrock.ie', 'bellwether-mutual.com', 'kittiwake.aero',
           'vireopay.com', 'lodestar-survey.com.au', 'saltirewind.co.uk', 'juniperridge.wine', 'mokoro-safaris.bw',
           'korero.media', 'westermoor.ac.uk', 'calder.ac.uk', 'openhearth.org', 'wayfarer.foundation',
           'cleansprings.ngo', 'fastpost.net', 'letterbox.im', 'postmark.cc', 'yahoo.com.ar', 'rambler.ru',
           'naver.co.kr', 'centrum.sk']
URL_HOSTS = ['orrerylabs.io', 'www.gannetrock.ie', 'portal.bellwether-mutual.com', 'book.kittiwake.aero',
             'vireopay.com', 'shop.juniperridge.wine', 'www.mokoro-safaris.bw', 'korero.media', 'apply.westermoor.ac.uk',
             'openhearth.org', 'donate.wayfarer.foundation', 'status.vireopay.com']
URL_PATHS = ['/account/statements/{n}', '/careers/apply?job={n}', '/volunteer', '/docs/onboarding', '/orders/{n}/status',
             '/reset?token={t}', '/events/harvest-fair', '/support/case/{n}', '/news/spring-update', '/login',
             '/claims/{n}', '/u/{t}']
NRP_NAT = ['Beninese', 'Tajik', 'Laotian', 'Bruneian', 'Belarusian', 'Basotho', 'Eritrean', 'Moldovan', 'Tongan',
           'Surinamese', 'Kyrgyz', 'Belizean']
NRP_REL = ['Shia', 'Sunni', 'Mormon', 'Pentecostal', 'Coptic', 'Unitarian', 'Mennonite', 'Taoist', 'Greek Orthodox']
NRP_POL = ['Social Democratic', 'Libertarian', 'Christian Democrat']


# ---- values ----------------------------------------------------------------
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ES_M = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
IT_M = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
PL_M = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']
SV_M = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
TR_M = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']


def _ymd(y0=2019, y1=2026):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def date(y0=2019, y1=2026):
    y, m, d = _ymd(y0, y1)
    return ch(['%d %s %d' % (d, MON[m - 1], y), '%s %d, %d' % (MON[m - 1], d, y), '%02d/%02d/%d' % (m, d, y),
               '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%s %d, %d' % (MON[m - 1][:3], d, y),
               '%02d.%02d.%d' % (d, m, y), '%s, %d %s' % (ch(DAYS), d, MON[m - 1]), '%s, %s %d' % (ch(DAYS), MON[m - 1], d),
               '%d %s' % (d, MON[m - 1]), '%s %d' % (MON[m - 1], d)])


def dob():
    return date(1938, 2004)


def clock():
    h, mi = R.randint(7, 19), ch([0, 15, 30, 45, 10, 20, 40, 5])
    return ch(['%d:%02d' % (h, mi), '%02d:%02d' % (h, mi), '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM'),
               '%d%s' % ((h - 1) % 12 + 1, 'am' if h < 12 else 'pm')])


def dt():
    y, m, d = _ymd(2023, 2026)
    return ch(['%s %d at %s' % (MON[m - 1], d, clock()), '%d %s at %s' % (d, MON[m - 1], clock()),
               '%s, %d %s at %s' % (ch(DAYS), d, MON[m - 1], clock()), '%d-%02d-%02d %s' % (y, m, d, clock()),
               '%s %d, %d at %s' % (MON[m - 1], d, y, clock())])


def ldate(lang):
    y, m, d = _ymd(2019, 2026)
    return {'es': '%d de %s de %d' % (d, ES_M[m - 1], y), 'it': '%d %s %d' % (d, IT_M[m - 1], y),
            'pl': '%d %s %d' % (d, PL_M[m - 1], y), 'sv': '%d %s %d' % (d, SV_M[m - 1], y),
            'fi': '%d.%d.%d' % (d, m, y), 'tr': ch(['%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, TR_M[m - 1], y)])}[lang]


def phone(cc=None):
    cc = cc or ch(['us', 'gb', 'ie', 'ke', 'gh', 'ng', 'in', 'au', 'nz', 'de', 'fr', 'it', 'es', 'br', 'mx', 'jp',
                   'kr', 'sg', 'za', 'tr', 'pl', 'se', 'fi', 'ph', 'ca'])
    d = digits
    if cc in ('us', 'ca'):
        a = str(R.randint(2, 9)) + d(2); b = str(R.randint(2, 9)) + d(2); c = d(4)
        return ch(['(%s) %s-%s' % (a, b, c), '%s-%s-%s' % (a, b, c), '+1 %s %s %s' % (a, b, c), '+1 (%s) %s-%s' % (a, b, c),
                   '%s.%s.%s' % (a, b, c)])
    return {'gb': ch(['+44 7%s %s' % (d(3), d(6)), '07%s %s' % (d(3), d(6)), '+44 (0)1%s %s %s' % (d(3), d(3), d(3))]),
            'ie': '+353 8%s %s %s' % (R.choice('3567'), d(3), d(4)), 'ke': '+254 7%s %s %s' % (d(2), d(3), d(3)),
            'gh': '+233 24 %s %s' % (d(3), d(4)), 'ng': '+234 80%s %s %s' % (d(1), d(3), d(4)),
            'in': ch(['+91 9%s %s' % (d(4), d(5)), '09%s %s' % (d(3), d(6))]), 'au': ch(['+61 4%s %s %s' % (d(2), d(3), d(3)), '(0%s) %s %s' % (R.choice('2378'), d(4), d(4))]),
            'nz': '+64 21 %s %s' % (d(3), d(4)), 'de': '+49 %s %s' % (R.choice(['30', '89', '151', '170']), d(7)),
            'fr': '+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)), 'it': '+39 3%s %s %s' % (d(2), d(3), d(4)),
            'es': '+34 6%s %s %s' % (d(2), d(3), d(3)), 'br': '+55 %s 9%s-%s' % (R.choice(['11', '21', '31', '71']), d(4), d(4)),
            'mx': '+52 %s %s %s' % (R.choice(['55', '33', '81']), d(4), d(4)), 'jp': '+81 %s-%s-%s' % (R.choice(['3', '6', '90', '80']), d(4), d(4)),
            'kr': ch(['010-%s-%s' % (d(4), d(4)), '+82 10-%s-%s' % (d(4), d(4))]), 'sg': '+65 %s%s %s' % (R.choice('89'), d(3), d(4)),
            'za': ch(['+27 %s %s %s' % (R.choice(['82', '83', '72', '21']), d(3), d(4)), '0%s %s %s' % (R.choice(['82', '71', '61']), d(3), d(4))]),
            'tr': '+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2)), 'pl': '+48 %s %s %s' % (R.choice(['5', '6', '7']) + d(2), d(3), d(3)),
            'se': ch(['+46 70 %s %s %s' % (d(3), d(2), d(2)), '070-%s %s %s' % (d(3), d(2), d(2))]), 'fi': '+358 40 %s %s' % (d(3), d(4)),
            'ph': '+63 917 %s %s' % (d(3), d(4))}[cc]


def url():
    p = ch(URL_PATHS).replace('{n}', str(R.randint(1000, 99999))).replace('{t}', ''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10)))
    h = ch(URL_HOSTS)
    return ch(['https://', 'https://', 'http://', '']) + h + p


def ipv4():
    k = R.random()
    if k < 0.25:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k < 0.4:
        return '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    return '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    g = [hexs(4).lstrip('0') or '0' for _ in range(8)]
    return ch([':'.join(g), '2001:db8:%s::%s' % (hexs(4), hexs(3)), 'fe80::%s:%s:%s:%s' % (hexs(4), hexs(4), hexs(3), hexs(4)),
               '::ffff:' + ipv4(), '%s:%s::%s' % ('2a0' + hexs(1), hexs(4), hexs(4))])


def mac():
    b = [hexs(2) for _ in range(6)]
    v = ch([':'.join(b), '-'.join(b).upper(), ':'.join(b).upper(), '%s.%s.%s' % (b[0] + b[1], b[2] + b[3], b[4] + b[5])])
    return v


def card():
    kind = ch(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners'])
    d = C.card(R, kind)
    if kind == 'amex':
        return ch([d, d[:4] + ' ' + d[4:10] + ' ' + d[10:]])
    if kind == 'diners':
        return ch([d, d[:4] + ' ' + d[4:10] + ' ' + d[10:]])
    return ch([C.group(d, 4), C.group(d, 4), C.group(d, 4, '-'), d])


def iban():
    v = C.iban(R, ch(['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'TR']))
    return ch([v, C.group(v, 4), C.group(v, 4)])


def btc():
    return C.btc(R, ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh']))


def sep3(parts, seps):
    return ch(seps).join(parts)


def nino():
    while True:
        a = ch('ABCEGHJKLMNOPRSTWXYZ'); b = ch('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    n = digits(6); s = ch('ABCD')
    return ch([a + b + ' ' + n[:2] + ' ' + n[2:4] + ' ' + n[4:] + ' ' + s, a + b + n + s])


def dl():
    return ch([ch(string.ascii_uppercase) + digits(7), ch(string.ascii_uppercase) + digits(12), digits(9),
               ch(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4), digits(8),
               ch(string.ascii_uppercase) + digits(8)])


def uspp():
    return ch([digits(9), ch('ACEN') + digits(8)])


def medicare():
    d = C.medicare(R)
    return ch([d[:4] + ' ' + d[4:9] + ' ' + d[9], d])


def aadhaar():
    d = C.aadhaar(R)
    return ch([C.group(d, 4), C.group(d, 4), d, C.group(d, 4, '-')])


def hetu():
    return C.hetu(R)


def rrn():
    d = C.kr_rrn(R)
    return ch([d[:6] + '-' + d[6:], d[:6] + '-' + d[6:], d])


GEN = {
    'TOWN': ('LOCATION', lambda: ch(TOWNS)), 'REGION': ('LOCATION', lambda: ch(REGIONS)),
    'COUNTRY': ('LOCATION', lambda: ch(COUNTRIES)), 'STATE': ('LOCATION', lambda: ch(US_STATES)),
    'ADDR': ('LOCATION', lambda: ch(['%d %s' % (R.randint(2, 980), ch(STREETS)), 'Flat %d, %d %s' % (R.randint(1, 30), R.randint(2, 300), ch(STREETS)),
                                     'Unit %d, %d %s' % (R.randint(1, 12), R.randint(2, 300), ch(STREETS))])),
    'LADDR': ('LOCATION', lambda: '%s %d' % (ch(STREETS_L), R.randint(2, 140))),
    'ORG': ('ORGANIZATION', lambda: ch(ORGS_ANY)), 'CO': ('ORGANIZATION', lambda: ch(COMPANIES)),
    'HOSP': ('ORGANIZATION', lambda: ch(HOSPITALS)), 'UNI': ('ORGANIZATION', lambda: ch(UNIS)),
    'CHAR': ('ORGANIZATION', lambda: ch(CHARITIES)), 'GOV': ('ORGANIZATION', lambda: ch(AGENCIES)),
    'BANK': ('ORGANIZATION', lambda: ch(BANKS)),
    'EMAIL': ('EMAIL_ADDRESS', lambda: Person().mail), 'URL': ('URL', url), 'PHONE': ('PHONE_NUMBER', phone),
    'IP': ('IP_ADDRESS', ipv4), 'IPX': ('IP_ADDRESS', ipv6), 'MAC': ('MAC_ADDRESS', mac),
    'DATE': ('DATE_TIME', date), 'DOB': ('DATE_TIME', dob), 'TIME': ('DATE_TIME', clock), 'DT': ('DATE_TIME', dt),
    'NRPN': ('NRP', lambda: ch(NRP_NAT)), 'NRPR': ('NRP', lambda: ch(NRP_REL)), 'NRPP': ('NRP', lambda: ch(NRP_POL)),
    'SSN': ('US_SSN', lambda: sep3(C.ssn(R), ['-', '-', '-', ' ', ''])),
    'CC': ('CREDIT_CARD', card), 'IBAN': ('IBAN_CODE', iban), 'BTC': ('CRYPTO', btc),
    'TFN': ('AU_TFN', lambda: ch([C.group(C.tfn(R), 3), C.tfn(R)])),
    'ABN': ('AU_ABN', lambda: (lambda d: ch([d[:2] + ' ' + C.group(d[2:], 3), d]))(C.abn(R))),
    'ACN': ('AU_ACN', lambda: ch([C.group(C.acn(R), 3), C.acn(R)])),
    'MEDI': ('AU_MEDICARE', medicare),
    'SIN': ('CA_SIN', lambda: (lambda d: ch([C.group(d, 3), C.group(d, 3, '-'), d]))(C.sin(R))),
    'NIE': ('ES_NIE', lambda: (lambda d: ch([d, d[:-1] + '-' + d[-1]]))(C.nie(R))),
    'NIF': ('ES_NIF', lambda: (lambda d: ch([d, d[:-1] + '-' + d[-1]]))(C.nif(R))),
    'HETU': ('FI_PERSONAL_IDENTITY_CODE', hetu), 'AAD': ('IN_AADHAAR', aadhaar), 'PAN': ('IN_PAN', lambda: C.pan(R)),
    'INPP': ('IN_PASSPORT', lambda: ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + digits(6)),
    'VOTER': ('IN_VOTER', lambda: ''.join(ch(string.ascii_uppercase) for _ in range(3)) + digits(7)),
    'CF': ('IT_FISCAL_CODE', lambda: C.cf(R)), 'PIVA': ('IT_VAT_CODE', lambda: C.piva(R)),
    'RRN': ('KR_RRN', rrn), 'NRIC': ('SG_NRIC_FIN', lambda: C.nric(R)), 'PESEL': ('PL_PESEL', lambda: C.pesel(R)),
    'PNR': ('SE_PERSONNUMMER', lambda: C.se_pnr(R, long=R.random() < 0.4, sep='-')),
    'TCKN': ('TR_NATIONAL_ID', lambda: C.tr_id(R)), 'ZAID': ('ZA_ID_NUMBER', lambda: C.za_id(R)),
    'NHS': ('UK_NHS', lambda: (lambda d: ch([d[:3] + ' ' + d[3:6] + ' ' + d[6:], d, d[:3] + '-' + d[3:6] + '-' + d[6:]]))(C.nhs(R))),
    'NINO': ('UK_NINO', nino), 'DL': ('US_DRIVER_LICENSE', dl),
    'ITIN': ('US_ITIN', lambda: sep3(C.itin(R), ['-', '-', ' ', ''])), 'MBI': ('US_MBI', lambda: C.mbi(R, dash=R.random() < 0.5)),
    'NPI': ('US_NPI', lambda: C.npi(R)), 'USPP': ('US_PASSPORT', uspp),
    'BANKNO': ('US_BANK_NUMBER', lambda: digits(R.randint(8, 14))), 'DEA': ('MEDICAL_LICENSE', lambda: C.dea(R)),
}
for _lang in ('es', 'it', 'pl', 'sv', 'fi', 'tr'):
    GEN['D' + _lang] = ('DATE_TIME', (lambda L: lambda: ldate(L))(_lang))


# ---- look-alikes (never labelled) ------------------------------------------
def bad_luhn(n=16):
    while True:
        d = str(R.choice([4, 5, 6])) + digits(n - 1)
        if not C.luhn_ok(d):
            return C.group(d, 4)


def bad_iban():
    v = C.iban(R, ch(['DE', 'FR', 'NL', 'GB', 'ES']))
    k = R.randrange(4, len(v))
    c = str((int(v[k]) + R.randint(1, 9)) % 10) if v[k].isdigit() else v[k]
    return C.group(v[:k] + c + v[k + 1:], 4)


def bad_nhs():
    while True:
        d = digits(10)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        if (c % 11) != int(d[9]):
            return d[:3] + ' ' + d[3:6] + ' ' + d[6:]


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), ch('89ab'), hexs(3), hexs(12))


def logts():
    y, m, d = _ymd(2023, 2025)
    return ch(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
               '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
               '%s %2d %02d:%02d:%02d' % (MON[m - 1][:3], d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])


XGEN = {
    'xBADCC': bad_luhn, 'xBADIBAN': bad_iban, 'xBADNHS': bad_nhs, 'xUUID': uuid, 'xLOGTS': logts,
    'xSHA': lambda: hexs(40), 'xGIT': lambda: hexs(7), 'xHASH': lambda: hexs(64),
    'xVER': lambda: ch(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 60)),
    'xVER4': lambda: '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 40), R.randint(100, 9999)),
    'xORD': lambda: ch(['SO', 'ORD-', 'PO-', '#', 'RMA-', 'WO']) + digits(R.randint(6, 9)),
    'xINV': lambda: ch(['INV-', 'INV/', 'BILL-']) + digits(6), 'xAMT': lambda: ch(['$', '£', '€', 'NZ$', 'CHF ', 'KES ']) + '{:,}'.format(R.randint(20, 90000)) + '.' + digits(2),
    'xSKU': lambda: '%s-%s-%s-%s' % (digits(3), digits(3), digits(4), ch(['BK', 'WH', 'XL', 'RD'])),
    'xHEX': lambda: '#' + hexs(6), 'xTRACK': lambda: '1Z' + ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(16)),
    'xSERIAL': lambda: digits(ch([9, 10, 12])), 'xN': lambda: str(R.randint(2, 400)), 'xPORT': lambda: ch(['22', '443', '5432', '6379', '8080', '9092']),
    'xTICKET': lambda: ch(['CASE-', 'TKT-', 'INC', 'REQ-']) + digits(R.randint(5, 8)),
}

# ---- template engine -------------------------------------------------------
TOK = re.compile(r'\{([A-Za-z_]+?)(\d*)(?:\.(\w+))?\}')


def render(tpl, case=None):
    """Expand {KEY} slots: P / P_xx people (.f .l .e), GEN types (labelled),
    xGEN look-alikes (plain). Same KEY+index gives the same value."""
    cache, parts, pos = {}, [], 0
    for m in TOK.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        pos = m.end()
        base, idx, attr = m.group(1), m.group(2), m.group(3)
        key = base + idx
        if base == 'P' or base.startswith('P_'):
            if key not in cache:
                cache[key] = Person(base[2:] if base.startswith('P_') else None)
            p = cache[key]
            if attr == 'e':
                parts.append(('EMAIL_ADDRESS', p.mail))
            else:
                parts.append(('PERSON', {'f': p.f, 'l': p.l, None: p.full}[attr]))
        elif base in GEN:
            if key not in cache:
                cache[key] = GEN[base][1]()
            parts.append((GEN[base][0], cache[key]))
        elif base in XGEN:
            if key not in cache:
                cache[key] = XGEN[base]()
            parts.append(cache[key])
        else:
            raise KeyError(base)
    parts.append(tpl[pos:])
    if case:
        parts = [(p[0], case(p[1])) if isinstance(p, tuple) else case(p) for p in parts]
    return C.fill(parts)


# ---- templates: (records, template) ----------------------------------------
ID_T = [
    # US SSN / ITIN / bank / passport / licence
    (5, "Can you summarise this voicemail transcript for the case file? \"Hi, it's {P_us21} calling back about the tax transcript. I gave your colleague the wrong number last time, my SSN is actually {SSN}. Best to reach me on {PHONE} before {TIME}.\""),
    (4, "Please correct this record. Field 'ssn' currently reads {SSN}, but the scanned card for {P_us21} shows {SSN2}. The employer is {CO} in {TOWN}, {STATE}."),
    (5, "I'm preparing a joint return. My husband {P_us21.f} has an ITIN ({ITIN}) because he isn't eligible for a Social Security number yet, and mine is {SSN}. Which boxes do we fill in first?"),
    (5, "Draft a short note to {P_us21} explaining that the IRS letter for ITIN {ITIN} was sent to the old address, {ADDR} in {TOWN}, and asking them to confirm the new one."),
    (5, "Rewrite this more politely: \"{P_us21.f}, payroll bounced again. Your checking account {BANKNO} at {BANK} rejected the deposit, fix it by {DATE}.\""),
    (5, "My landlord asked me to set up rent by direct debit from account number {BANKNO}. Is it safe to email that to {P_us21.e}, or should I use the tenant portal?"),
    (5, "Help me fill in the travel form. Traveller: {P_us21}. Passport number {USPP}, issued {DATE}. Destination: {TOWN}, {COUNTRY}. Emergency contact: {P2} on {PHONE}."),
    (4, "My passport ({USPP}) expires soon and my trip to {COUNTRY} starts on {DATE}. {P_us21.f} says six months' validity is needed. Is that right?"),
    (5, "Summarise the traffic stop notes: officer {P_us21} pulled over a grey pickup near {TOWN}, {STATE}. The driver, {P_us22}, handed over driver's license {DL} and proof of insurance from {CO}."),
    (5, "I'm renting a car in {STATE} next month. The form wants my driver's licence number ({DL}), my date of birth ({DOB}) and an email. Can you check I've put them in the right boxes?"),
    # MBI / NPI / DEA
    (5, "Turn these clinic notes into a referral letter: patient {P_us21}, Medicare Beneficiary Identifier {MBI}, seen by Dr. {P_us22} (NPI {NPI}) at {HOSP} on {DATE} for recurring dizziness."),
    (5, "The billing portal rejected our claim. The rendering provider's NPI is {NPI} and the beneficiary's MBI is {MBI}. What usually causes a 'provider not enrolled' error?"),
    (5, "Email from the pharmacy: \"We can't fill the oxycodone script for {P_us22}. Dr. {P_us21.l}'s DEA registration {DEA} doesn't match the state on file. Please call us at {PHONE}.\" What should I tell the patient?"),
    (5, "Check the format of this prescriber's DEA number, {DEA}, before I add Dr. {P_us21} to the {HOSP} formulary list."),
    # UK
    (5, "Hi, I moved from {TOWN} to {TOWN2} and my new GP surgery wants my NHS number. My old letter from {HOSP} says {NHS}. Can you tell me what to write in the registration form?"),
    (5, "Summarise this discharge note: {P_gb1}, born {DOB}, NHS no. {NHS}, was admitted to {HOSP} with a fractured wrist. Daughter {P_gb2.f} will collect her."),
    (4, "Here are the minutes: HR confirmed {P_gb1}'s start date ({DATE}). Her National Insurance number, {NINO}, was keyed wrongly into the payroll system by {CO}. {P_gb2} to fix before the next run."),
    (5, "Please translate into plain English for {P_gb1.f}: \"Your National Insurance number is {NINO}. Quote it when contacting the helpline on {PHONE}.\""),
    # AU
    (5, "My accountant {P_au1} asked for my TFN and my business ABN. They're {TFN} and {ABN}. I've also got an ACN for the trust company: {ACN}. Which goes on which line of the return?"),
    (5, "Tidy up this supplier record: Name: {CO}. ABN {ABN}. ACN {ACN}. Contact {P_au1} ({P_au1.e}). Address {ADDR}, {TOWN}."),
    (5, "My son {P_au1.f} was born on {DOB} and needs to go on my Medicare card, number {MEDI}. Draft an email to the service centre asking how to add him."),
    (5, "Write a reminder text: \"Hi {P_au1.f}, bring your Medicare card ({MEDI}) to your appointment at {HOSP} on {DT}. Reply STOP to opt out.\""),
    (1, "New starter pack for {P_au1}: tax file number {TFN}, super fund {CO}, bank BSB and account to follow. She starts at the {TOWN} depot on {DATE}."),
    # CA
    (5, "I'm a new employee at {CO} in {TOWN}. My manager, {P_ca1}, asked me to email my social insurance number ({SIN}) to him. Is that normal in Canada?"),
    (5, "Fix the typos in this note: \"Benefits enrolment for {P_ca1}, SIN {SIN}, dependant {P_ca2.f}, efective date {DATE}.\""),
    (5, "Summarise the call: {P_ca1} phoned from {TOWN} about her employment insurance claim. She read out her SIN, {SIN}, and asked that letters go to {P_ca1.e}."),
    # ES
    (5, "Traduce al inglés este correo: \"Hola {P_es1.f}, para el contrato necesito tu NIE ({NIE}) y el NIF de tu empresa, {NIF}. Firmamos el {Des} en la oficina de {TOWN}.\""),
    (5, "Can you check this rental application? Tenant {P_es1}, NIE {NIE}, currently living at {LADDR}, {TOWN}. Guarantor: {P_es2}, NIF {NIF}."),
    (5, "Resume esta nota para la gestoría: {P_es1} (NIF {NIF}) vendió su piso el {Des}. El comprador, {P_es2}, tiene NIE {NIE} y teléfono {PHONE}."),
    # IT
    (5, "Traduci in inglese: \"Gentile {P_it1}, la fattura di {CO} (partita IVA {PIVA}) riporta il codice fiscale {CF}, che non corrisponde al suo. La preghiamo di scriverci entro il {Dit}.\""),
    (5, "Summarise this note from our Italian office: the freelancer {P_it1}, codice fiscale {CF}, invoices us through a studio with P.IVA {PIVA}. She lives in {TOWN} and prefers email ({P_it1.e})."),
    (5, "Please fix the layout of this form field by field: Nome: {P_it1} / Codice fiscale: {CF} / Nato il: {Dit} / Telefono: {PHONE}."),
    # PL
    (5, "Przetłumacz na angielski: \"Pani {P_pl1}, PESEL {PESEL}, zgłosiła się do przychodni {Dpl}. Prosimy o kontakt pod numerem {PHONE}.\""),
    (5, "My grandmother {P_pl1} needs a new ID card. Her PESEL is {PESEL} and she was born on {DOB}. Write a short checklist of what she should bring to the office in {TOWN}."),
    (5, "Clean up this CRM note: client {P_pl1} (PESEL {PESEL}) cancelled the policy with {CO} on {DATE}; refund to be sent to {P_pl1.e}."),
    # FI
    (5, "Käännä englanniksi: \"{P_fi1}, henkilötunnus {HETU}, muutti {TOWN}iin {Dfi}. Uusi osoite ilmoitetaan myöhemmin.\" Keep the Finnish names as they are."),
    (5, "Summarise the onboarding email: {P_fi1} starts at {CO} on {DATE}. Finnish personal identity code {HETU}, phone {PHONE}, manager {P2}."),
    (5, "Is this a valid henkilötunnus? {HETU} — it belongs to my colleague {P_fi1.f}, who says it stopped working on the {GOV} website."),
    # SE
    (5, "Översätt till engelska: \"{P_se1} med personnummer {PNR} flyttade till {TOWN} den {Dsv}. Kontakta henne på {P_se1.e}.\""),
    (5, "Draft a reply to {P_se1}: we received her personnummer ({PNR}) and will open the account at {BANK} once her ID is verified."),
    (5, "Our Swedish payroll export shows personnummer {PNR} for two different people, {P_se1} and {P_se2}. Which fields should I compare to find the duplicate?"),
    # TR
    (5, "Bu notu İngilizceye çevir: \"{P_tr1}, T.C. kimlik numarası {TCKN}, {Dtr} tarihinde {TOWN} şubesine başvurdu. Telefon: {PHONE}.\""),
    (5, "Summarise this visa file: applicant {P_tr1}, Turkish ID number {TCKN}, sponsor {P2} of {CO}, planned arrival {DATE}."),
    (5, "My colleague {P_tr1.f} mistyped her kimlik no as {TCKN} in the HR form. Can you write her a friendly message asking her to double-check it?"),
    # ZA
    (5, "Summarise the affidavit: I, {P_za1}, ID number {ZAID}, residing at {ADDR}, {TOWN}, declare that my vehicle was stolen on {DATE}."),
    (5, "Help me word a WhatsApp to my tenant {P_za1.f}: the lease needs her South African ID number ({ZAID}) and her employer's name, which she said is {CO}."),
    (4, "Loan application notes: {P_za1} (ID {ZAID}) works for {CO}; her cellphone is {PHONE} and she banks with {BANK}."),
    # IN
    (5, "My father {P_in1} lost his wallet in {TOWN}. It had his PAN card ({PAN}) and Aadhaar ({AAD}). Draft a police complaint for him in simple English."),
    (5, "Fix the JSON for the KYC upload, the keys are wrong:\n{\"nm\": \"{P_in1}\", \"pan_no\": \"{PAN}\", \"aadhar\": \"{AAD}\", \"mob\": \"{PHONE}\"}"),
    (5, "My cousin {P_in1} is applying for a visa. Her Indian passport number is {INPP} and her voter ID (EPIC) is {VOTER}. Which one should go on the sponsorship letter from {CO}?"),
    (5, "Summarise this election-office email: \"Dear {P_in1.f}, your voter ID card {VOTER} has been reissued. Please collect it from the {TOWN} office with your passport {INPP}.\""),
    # KR / SG
    (5, "이 메모를 영어로 번역해 주세요: {P_kr1} 고객님 (주민등록번호 {RRN}), 연락처 {PHONE}, {DATE} 방문 예정."),
    (5, "Summarise the complaint: {P_kr1}, resident registration number {RRN}, says {CO} charged her card twice. She can be reached at {P_kr1.e}."),
    (5, "Write a short welcome message for our new Singapore hire {P_sg1}. HR has her NRIC as {NRIC} and her start date as {DATE}. Her manager is {P2.f}."),
    (5, "Tidy up these tenancy notes: tenant {P_sg1} (FIN {NRIC}) moved into the {TOWN} flat on {DATE}; co-tenant {P_sg2}, NRIC {NRIC2}."),
    # pairs across
    (5, "Log from the network team: the laptop belonging to {P1} (MAC {MAC}) keeps grabbing {IP} instead of its reserved address. Please draft a ticket for {CO}'s IT desk."),
    (5, "Can you explain this router entry? host {P1.f}-tablet, hw {MAC}, lease {IP}, expires in {xN} minutes. I only want to know whether {P1.f}'s tablet is still online."),
    (5, "Summarise this incident: at {DT} the firewall blocked {IPX} and {IP}. The device behind it had MAC {MAC} and was registered to {P1.e}."),
    # mixed bundles
    (5, "Audit this KYC checklist for {P_in1} before we open the account at {BANK}: PAN {PAN} (verified), Aadhaar {AAD} (pending), passport {INPP} (verified), voter ID {VOTER} (not needed). Which items still block approval?"),
    (5, "Rewrite as a formal letter: Dr. {P_us21} (NPI {NPI}, DEA {DEA}) certifies that {P_us22}, MBI {MBI}, requires home oxygen from {DATE}."),
    (5, "I run a small bakery in {TOWN}. My bookkeeper {P_au1} wants the ABN ({ABN}), the company's ACN ({ACN}), my personal TFN ({TFN}) and my Medicare number ({MEDI}) all in one spreadsheet. Is that wise? Suggest how to store them."),
    (5, "Summarise for the new case worker: {P_gb1} moved from {TOWN} in {DATE}. NHS number {NHS}; National Insurance number {NINO}. Her support worker {P_gb2} calls every week on {PHONE}."),
    (5, "Compare these two onboarding records and list the differences:\nA) {P_us21}, SSN {SSN}, ITIN none, payroll account {BANKNO}, licence {DL}, passport {USPP}\nB) {P_us21}, SSN none, ITIN {ITIN}, payroll account {BANKNO}, licence {DL}, passport {USPP}"),
    (5, "Please check the consistency of this Korean payroll row: name {P_kr1}, RRN {RRN}, joined {DATE}, bank {BANK}, contact {P_kr1.e}."),
    (5, "Write to the accountant: the supplier {CO} sent two invoices with different partita IVA numbers, {PIVA} and {PIVA2}. Which one should we register? Our contact there is {P_it1}."),
    (5, "My card {CC} was declined at {CO} in {TOWN}, then charged at a shop I've never heard of. The bank, {BANK}, wants a written statement. Can you draft it? I'm {P1}."),
    (5, "Help me reply to {P1.f}: she sent her IBAN ({IBAN}) for the {CHAR} refund, but the form also asks for a card. Explain that the IBAN is enough."),
    (4, "Summarise the forum post: \"Posted by {P1.f}: my exchange froze the withdrawal to {BTC}. Support at {URL} says wait. Anyone else?\" and the reply: \"Same here, I used {BTC2}.\""),
    (5, "Check the links in this newsletter draft from {CHAR}: donate at {URL}, read the annual report at {URL2}, or write to {EMAIL}. Are any formatted wrongly?"),
    (4, "Explain the chargeback timeline to {P1}: card {CC}, disputed on {DATE}, merchant {CO}. She also paid a deposit by transfer from IBAN {IBAN}."),
    (4, "Ticket notes to summarise: user {P1} reports wallet {BTC} received nothing after the payout on {DATE}; backup address {BTC2}; contact {P1.e}."),
]

GEN_T = [
    # e-mails, forwarded messages
    (3, "Can you summarise this e-mail in two sentences?\n\nFrom: {P1} <{P1.e}>\nTo: {P2.e}\nSubject: Orchard visit\n\nHi {P2.f}, we're still on for the tour of {CO} in {TOWN} on {DATE}. {P3.f} from the regional office will join us. Call me on {PHONE} if the ferry is late.\n{P1.f}"),
    (4, "Draft a reply to this:\n\n> From: {P1.e}\n> Dear team, I ordered a bookcase from {CO} and it arrived cracked. Card ending {xN} was charged anyway. My full card number is {CC}, please refund it.\n> {P1}"),
    (4, "---------- Forwarded message ---------\nFrom: {P1} <{P1.e}>\n\n{P2.f}, can you sort the wire to {P3}? Their IBAN is {IBAN} and the reference is {xINV}. {BANK} needs it before {DATE}.\n\nWhat is the forwarded message asking for?"),
    (3, "Summarise the thread:\n\n{P1}: Has anyone heard from {P2.f}?\n{P3}: Yes, she's moved to {TOWN}, {COUNTRY}. New number {PHONE}.\n{P1}: Great. Ask her to update her email, the old {P2.e} bounces."),
    (4, "Reply to this customer review for {CO}: \"Stayed three nights in {TOWN}. The host, {P1.f}, was lovely, but the booking site charged my card {CC} twice. {P2}\""),
    (3, "Make this review sound less angry: \"I waited two hours at {HOSP} on {DATE}. Nobody told me Dr. {P1.l} had gone home. Never again. — {P2.f} from {TOWN}\""),
    (3, "Write a biography paragraph from these notes: {P1} — born {DOB} in {TOWN}, {COUNTRY}; studied at {UNI}; joined {CO} as an engineer; moved to {TOWN2} with partner {P2}; volunteers with {CHAR}."),
    (3, "Shorten this obituary to 80 words: {P1}, a {NRPR} community elder, died peacefully in {TOWN} on {DATE}. She taught at {UNI} for thirty years and founded the {CHAR}. She is survived by her son {P2.f} and granddaughter {P3.f}."),
    (4, "Continue the story in the same style: When {P1.f} stepped off the bus in {TOWN}, the first person she saw was {P2}, the {NRPN} ferryman who had known her grandmother. \"{P1.f}!\" he called. \"{P3.f} said you'd come.\""),
    (3, "Edit this short story opening for pace: The letter from {GOV} reached {P1}'s cottage in {REGION} three weeks late. Inside, {P2} had written only a date, {DATE}, and an address: {ADDR}, {TOWN}."),
    (4, "Minutes of the {CHAR} committee, {DATE}\nPresent: {P1} (chair), {P2}, {P3}, {P4.f} (notes)\n1. {P2.f} reported the grant from {BANK} arrived.\n2. {P3.l} to contact {ORG} about the hall in {TOWN}.\nPlease turn this into action items with owners."),
    (4, "Meeting notes to summarise:\n- {P1} presented the Q3 forecast for {CO}.\n- {P2.f} raised concerns about the supplier in {TOWN}.\n- Next meeting: {DT}, room 4B.\n- {P3.f} to email the deck to {P3.e}."),
    (4, "Chat log, please summarise who agreed to what:\n[{P1.f}] can someone cover the {TOWN} stall on {DATE}?\n[{P2.f}] I can, but only until {TIME}\n[{P3.f}] I'll take the afternoon. {P1.f}, send me {P4.f}'s number\n[{P1.f}] it's {PHONE}"),
    (3, "Translate this note to French: \"{P1.f}, the plumber from {CO} is coming on {DT}. Leave the key with {P2} at number {xN}. Her mobile is {PHONE}.\""),
    (3, "Translate to Spanish, keep the names: {P1} and {P2} will present their findings on the {REGION} wetlands at {UNI} on {DATE}. Registration: {URL}."),
    (4, "Here's my CV summary, make it punchier: {P1}. {PHONE} · {P1.e} · {URL}. Eight years at {CO}, before that research assistant at {UNI} in {TOWN}."),
    (3, "Fix the grammar: \"me and {P1.f} was going to {TOWN} to see {P2.f}'s parents but the train from {TOWN2} were cancelled so we stayed at {P3}'s place.\""),
    (3, "Write a thank-you card from {P1.f} to {P2} and {P3}, who hosted her in {TOWN}, {COUNTRY} last spring."),
    (3, "Compare the two quotes: {CO} offered the roof repair for {xAMT}, while {CO2} quoted {xAMT2}. {P1} recommends the first one; {P2.f} is not sure. Which would you choose and why?"),
    (3, "Summarise the complaint: {P1} says a courier from {CO} left the parcel at {ADDR}, {TOWN}, instead of her home. The tracking number was {xTRACK}. She wants a callback on {PHONE}."),
    (3, "Write a LinkedIn recommendation for {P1}, who managed the {REGION} expansion for {CO} and mentored {P2.f} and {P3.f}."),
    (2, "Turn into a polite email: {P1.f} — the fundraiser for {CHAR} is on {DATE} at {ORG}, {TOWN}. Bring {P2.f}. RSVP to {P3.e}."),
    (3, "Profile for the staff newsletter: {P1} grew up in {TOWN} and is {NRPN}. Before joining {CO} she worked for {ORG}. Ask her about the rowing club."),
    (3, "The caller said he was a {NRPP} councillor from {TOWN}, {P1}, and asked for {P2.f}'s home phone. I refused. Can you draft an incident note?"),
    (3, "My neighbour {P1} is {NRPR} and asked if the community hall booked through {GOV} for {DATE} can provide a quiet prayer room. Help me write to the booking office."),
    (3, "Help me write a toast for {P1.f} and {P2.f}'s wedding in {TOWN}. They met at {UNI}, and {P1.f}'s grandfather was a {NRPN} sea captain."),
    (4, "Analyse this access log for anything suspicious:\n{xLOGTS} login ok user={P1.e} src={IP}\n{xLOGTS} login fail user={P2.e} src={IP2}\n{xLOGTS} password reset user={P2.e} src={IPX}"),
    (3, "Why won't this config load?\n```yaml\nsmtp:\n  sender: {EMAIL}\n  relay: {IP}\n  port: {xPORT}\nwebhook: {URL}\n```"),
    (3, "Debug this Python snippet:\n```python\nOWNER = \"{P1}\"\nNOTIFY = [\"{P1.e}\", \"{P2.e}\"]\nSERVER = \"{IP}\"\n```\nIt raises KeyError on line {xN}."),
    (3, "Is this message a scam? \"Your {BANK} account is locked. Verify at {URL} within 24 hours or call {PHONE}.\" It was addressed to {P1.e}."),
    (3, "Someone from {CO} asked me to pay an invoice to a new IBAN, {IBAN}, instead of the usual one. The email came from {EMAIL}. Red flags?"),
    (3, "I sent {xAMT} in bitcoin to {BTC} for a laptop sold by {P1.f} on a forum. He stopped replying. What can I do?"),
    (3, "Our charity {CHAR} accepts crypto donations. Please rewrite the donation page text so it shows the address {BTC} and thanks donors like {P1.f}."),
    (3, "Explain the refund policy to {P1} in a friendly tone. She paid with card {CC} on {DATE} and wants the money back on a different card, {CC2}."),
    (2, "Payment dispute summary: cardholder {P1}, card {CC}, charged {xAMT} by {CO} on {DATE}. Merchant says the order {xORD} was delivered to {ADDR}, {TOWN}."),
    (3, "Format this as a table: {P1}, {PHONE}, {TOWN}; {P2}, {PHONE2}, {TOWN2}; {P3}, {PHONE3}, {TOWN3}."),
    (3, "Write a short bio for the conference site: Dr. {P1} leads the soil lab at {UNI}, has worked in {COUNTRY} and {REGION}, and co-founded {CO} with {P2}."),
    (3, "Proofread: \"On behalf of {ORG}, I am delighted to invite {P1} to speak in {TOWN} on {DATE}. Please confirm with my assistant {P2.f} at {P2.e}.\""),
    (2, "Summarise the support chat:\nAgent {P1.f}: How can I help?\nCustomer: Hi, I'm {P2}. My wallet address {BTC} hasn't received the withdrawal from {DATE}.\nAgent {P1.f}: I'll escalate it."),
    (2, "The wire to {P1} at {BANK} bounced. The IBAN we used was {IBAN}; she now says the right one is {IBAN2}. Write a message confirming the change."),
    (3, "Plan a two-day itinerary: day one in {TOWN}, day two in {TOWN2}, ending at {P1}'s guesthouse near {REGION}. We arrive {DATE}."),
    (3, "Rewrite the complaint for {GOV}: On {DATE} {CO} dumped rubble behind {ADDR}, {TOWN}. Witnesses: {P1} and {P2}. Contact me, {P3}, at {PHONE}."),
    (2, "Please anonymise this paragraph but tell me what you'd remove: {P1} ({DOB}) lives at {ADDR}, {TOWN} and works at {HOSP}; email {P1.e}, phone {PHONE}."),
    (3, "Summarise the phone interview: {P1} from {TOWN} applied for the warehouse job at {CO}. Available from {DATE}. Referee: {P2}, {PHONE}."),
    (3, "What time is it in {TOWN} when it's {TIME} in {TOWN2}? I need to call {P1.f} without waking her."),
    (2, "Make a packing list for {P1.f}'s hiking trip through {REGION}; she flies out on {DATE} and meets the guide, {P2}, in {TOWN}."),
    (2, "Customer review to classify as positive or negative: \"{CO} fixed my bike in a day. Ask for {P1.f}, he's brilliant. Shop is on {ADDR} in {TOWN}.\""),
    (2, "Translate to German: Dear {P1}, your appointment at {HOSP} is confirmed for {DT}. If you need to cancel, email {EMAIL}."),
    (2, "Write a calendar invite description: Quarterly review with {P1}, {P2} and {P3} from {CO}. Dial-in {PHONE}. Agenda on {URL}."),
    (2, "Interview transcript excerpt, fix speaker labels:\n{P1.f}: So you left {CO} in spring?\n{P2.f}: Right, then {P3} hired me at {ORG} in {TOWN}.\n{P1.f}: And your reference is {P3.f}?"),
    (2, "Give feedback on this cover letter line: \"As a {NRPN} engineer raised in {TOWN}, I was proud to work under {P1} at {CO}.\""),
    (2, "The genealogy note says {P1} was born on {DOB} in {TOWN}, married {P2} at the chapel in {REGION}, and emigrated to {COUNTRY}. Make it into a timeline."),
    (2, "List the action items: {P1.f} to ship samples to {CO2}; {P2} to renew the lease in {TOWN} before {DATE}; {P3.f} to call {ORG} on {PHONE}."),
    (2, "Whitelist request: vendor {CO} needs {IP} and {IP2} opened on port {xPORT} by {DATE}. Approver: {P1}."),
    (2, "I found an old address book entry: \"{P1} — {ADDR}, {TOWN}, {REGION} — {PHONE}\". Help me write a letter to reconnect."),
    (2, "Please summarise {P1.l}'s memo: budget cuts at {GOV} mean the {TOWN} office closes on {DATE}; staff, including {P2} and {P3}, move to {TOWN2}."),
    (2, "Translate this SMS to English: \"{P1.f}, el dentista de la {HOSP} te espera el {Des} a las {TIME}. Si no puedes, llama al {PHONE}.\""),
    (2, "Shorten this voicemail for {P1.f}: \"It's {P2} from {HOSP}. Your results are in. Ring the ward on {PHONE} any weekday after {TIME}.\""),
    (2, "Who is the subject of each sentence? {P1} hired {P2}. {P2.l}'s sister sued {CO}. The court in {TOWN} sided with {P1.l}."),
    (2, "Turn into a formal reference: I supervised {P1} at {ORG} in {TOWN} for four years; {P1.f} handled our accounts with {BANK} flawlessly."),
    (2, "Draft a lost-property notice: a blue rucksack was handed in at {ORG} in {TOWN}. It contains a library card in the name of {P1}. Collect from reception or email {EMAIL}."),
    (2, "Improve the flow of this travel blog line: From {TOWN} we drove to {TOWN2}, where {P1.f} and her cousin {P2.f} run a tiny cafe overlooking {REGION}."),
    (2, "Rank these candidates for the {CO} internship: {P1} ({UNI}), {P2} (self-taught, lives in {TOWN}), {P3} ({UNI2})."),
    (2, "Explain this parking fine to my dad, {P1}: it was issued in {TOWN} on {DT} and he has to pay through {URL}."),
    (2, "The choir director {P1} and the organist {P2} need a rota for the concerts in {TOWN} on {DATE} and {DATE2}. Can you draft one?"),
    (2, "Summarise the insurance claim: policyholder {P1}, insurer {CO}, storm damage at {ADDR}, {TOWN}, {COUNTRY}, reported on {DATE}. Adjuster: {P2.f}."),
    (2, "Write a text to {P1.f} asking if she can lend {P2.f} her tent for the weekend in {REGION}. Her number is {PHONE}."),
    (2, "Tag each name in this list as person or company: {P1}, {CO}, {P2}, {CO2}, {P3}."),
    (2, "Paraphrase: Under the leadership of {P1}, {CHAR} opened clinics in {TOWN} and {TOWN2}, funded partly by {BANK}."),
    (2, "My flatmate {P1.f} keeps getting parcels meant for {P2} at {ADDR}. Draft a note to the courier, {CO}."),
    (2, "Correct the dates in this itinerary: depart {TOWN} {DATE}, arrive {TOWN2} {DATE2}, meet {P1} at {ORG}."),
    (2, "Explain the contract clause to {P1.f}: {CO} may terminate the agreement with {P2} if the {TOWN} site is not operational by {DATE}."),
    (2, "Summarise this podcast blurb: {P1}, a {NRPN} chef, talks to {P2} about growing up in {TOWN} and cooking at {CO}."),
    (2, "Write a memorial plaque inscription for {P1}, lifeboat volunteer at {TOWN}, {DOB} – {DATE}."),
    (2, "Combine these contacts into one vCard-style block: {P1}, {P1.e}, {PHONE}, {ORG}, {TOWN}."),
]

NEG_T = [
    (3, "Can you summarise this error report? The nightly job failed with exit code {xN} after processing batch {xSERIAL}. The artifact hash was {xHASH} and the build came from commit {xSHA}. Nothing else changed in the pipeline."),
    (3, "Here is a log excerpt, what went wrong?\n{xLOGTS} INFO scheduler started job {xUUID}\n{xLOGTS2} WARN retry {xN} for request {xUUID2}\n{xLOGTS3} ERROR timeout after 30s on port {xPORT}"),
    (3, "A customer wrote that their card number {xBADCC} was rejected at checkout. Our validator says the number fails the checksum. How should the support agent phrase the reply without asking for more card details?"),
    (3, "The transfer reference {xBADIBAN} bounced with 'invalid account'. Explain in simple terms why an IBAN check digit might fail and what the sender should double-check."),
    (3, "Our lab scanner printed the sample serial {xBADNHS}, which the hospital system flagged as an invalid patient number. It's just a tube serial. How can we stop the system from treating serials as patient numbers?"),
    (3, "Write release notes for version {xVER}: fixed the memory leak introduced in {xVER2}, bumped the parser to {xVER4}, and removed the deprecated export flag. Keep it under 100 words."),
    (3, "Please turn these meeting notes into a clear list of decisions:\n- the team agreed to freeze features for two sprints\n- the onboarding survey goes out after the next release\n- budget line {xINV} stays open until finance confirms the total of {xAMT}\n- nobody volunteered for the retro, so we rotate alphabetically"),
    (3, "Summarise this customer review: \"The kettle boils fast and looks great on the counter, but the lid hinge snapped within a month. The replacement part ({xSKU}) took ages to arrive. Three stars.\""),
    (3, "Draft a polite reply to a supplier who shipped order {xORD} with the wrong colour (we asked for {xHEX} and got something much darker). We'd like a replacement, not a refund."),
    (3, "Rewrite this paragraph for a ten-year-old: Photosynthesis lets plants turn light, water and carbon dioxide into sugar. The oxygen we breathe is a by-product, released through tiny pores in the leaves."),
    (3, "Translate into Spanish: \"The library will extend its opening hours during exam season. Please return borrowed laptops to the front desk and keep your receipt number ({xTICKET}) until the deposit is refunded.\""),
    (3, "Explain what this SQL does and whether it is safe:\n```sql\nUPDATE stock SET qty = qty - {xN} WHERE sku = '{xSKU}' AND warehouse_id = {xN2};\n```"),
    (3, "My container {xUUID} keeps restarting with exit code 137 after about {xN} seconds. The image tag is {xVER} and the host has 2 GB of memory. What should I check first?"),
    (3, "Write a short story for children about a lighthouse that is afraid of the dark, and the seagulls who teach it to shine. Keep it gentle and under 200 words."),
    (3, "Help me plan a weekly budget: rent {xAMT}, groceries {xAMT2}, transport {xAMT3}. I want to save a little each month for a bicycle."),
    (3, "Chat log, summarise the outcome:\n[agent] Thanks for waiting, I've found your ticket {xTICKET}.\n[customer] Great, the router still drops the connection every evening.\n[agent] Firmware {xVER} fixes that, please update and restart.\n[customer] Done, it works now."),
    (3, "Is the parcel tracking code {xTRACK} the same kind of number as an order number like {xORD}? Our warehouse staff keep mixing them up in the spreadsheet."),
    (3, "Review this pull request description: 'Refactors the billing module, raises test coverage to {xN} percent, pins the HTTP client to {xVER} and removes hard-coded port {xPORT}.' Is anything missing?"),
    (3, "Our quiz night needs ten questions about volcanoes, with answers. Make two of them tricky and keep one about the deepest ocean trenches."),
    (3, "Check my maths: if the invoice {xINV} is {xAMT} and we pay in three instalments with a 2% fee on each, what is each payment?"),
    (3, "The bank statement shows a pending charge with reference {xBADCC}, but I never used that card. Actually, the reference might just be a transaction id. How do I tell the difference?"),
    (3, "Write a recipe for a lemon drizzle cake that works at high altitude, and explain why the baking powder amount changes."),
    (3, "Summarise the warranty terms: parts are covered for two years, labour for one, and claims need the unit serial ({xSERIAL}) plus proof of purchase. Accidental damage isn't covered."),
    (3, "The theme colours {xHEX} and {xHEX2} fail the contrast check on our dashboard. Suggest two accessible alternatives and explain the ratio."),
    (3, "Here is my to-do list, please prioritise it: renew the domain, fix the flaky test in the payments suite, update the dependency to {xVER}, answer the accessibility audit, order new ink cartridges."),
    (3, "Explain the difference between a UUID like {xUUID} and a git commit hash like {xSHA}, and when each one is used."),
    (3, "Draft an out-of-office message: I'm away until the end of the month with limited access to email. Urgent requests should go to the shared team inbox; for anything about ticket {xTICKET}, please wait for my return."),
    (3, "Our printer prints everything on A4 even though the document is set to Letter. The driver is {xVER4}. Any ideas?"),
    (3, "Rewrite this product description to sound warmer: 'Stainless steel bottle. 750 ml. Keeps drinks cold for 24 hours. Model {xSKU}. Dishwasher safe lid.'"),
    (3, "Summarise this feedback from the workshop: participants liked the hands-on exercises, found the slides too dense, and asked for a recording. Average rating {xN} out of 500 responses."),
    (3, "A user pasted the checksum {xHASH} and says the download is corrupted. How do they verify the file on Windows and on macOS?"),
    (3, "Compose a haiku about the first frost on a vegetable garden, then a second one about the same garden in summer."),
    (3, "Why does my regex `^\\d{{3}}-\\d{{4}}$` match the part number {xSKU} only partially? Explain anchoring."),
    (3, "Will the new policy pass the vote? The committee seems split, and the amendment about parking fees could sink it. Give me both sides in a neutral tone."),
    (3, "Please extract the totals: subscription {xAMT}, one-off setup {xAMT2}, discount code SPRING-{xN}. What is the first-year cost?"),
    (3, "Convert this bulleted list into a paragraph for the team wiki: backups run every night; restores are tested monthly; retention is ninety days; the storage bucket is encrypted at rest."),
]

WRAP_PRE = ['', '', '', '', '', 'Quick favour: ', 'Hey! ', 'Need a hand with something.\n\n', 'Below is the text.\n"""\n',
            'I pasted it here:\n\n', 'Task for you -\n']
WRAP_POST = ['', '', '', '', '', '\n\nThanks so much.', ' Cheers.', '\n\nPlain text please, no markdown.',
             '\n"""', '\n\nUse bullet points.', ' ty']


def make(tpl):
    k = R.random()
    case = str.lower if k < 0.07 else (str.upper if k < 0.09 else None)
    text, ents = render(tpl, case)
    pre, post = ch(WRAP_PRE), ch(WRAP_POST)
    if pre.endswith('"""\n') and not post:
        post = '\n"""'
    for e in ents:
        e['start'] += len(pre)
        e['end'] += len(pre)
    return pre + text + post, ents


def main():
    jobs = []
    for group in (ID_T, GEN_T, NEG_T):
        for n, tpl in group:
            jobs += [tpl] * n
    R.shuffle(jobs)
    out = []
    for i, tpl in enumerate(jobs):
        text, ents = make(tpl)
        out.append({'id': 'p24-%04d' % i, 'text': text, 'entities': ents})
    C.write(out)


if __name__ == '__main__':
    main()
