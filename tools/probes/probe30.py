"""Probe 30: a blind measure of generalisation.
631 chat prompts in the settings of the dev corpus (billing disputes and
support escalations, HR, payroll and tax records, KYC and onboarding checks,
clinical, pharmacy and claims notes, bookings, CRM entries, logs, code, JSON
and YAML records, prompts in Spanish, Italian, Polish, Swedish, Finnish,
Turkish and Korean settings), each setting rewritten in other words and
sentence shapes: 182 templates, wrapper instructions before or after the
text, fully lower-case variants at dev's rate (identifiers keep their case)
and 114 PII-free look-alikes (order and invoice numbers, hashes, versions,
serials, card-, IBAN- and identifier-shaped numbers that fail their checks).
Dev's type mix within a fifth and its value formats; people of about thirty
cultures, small towns, firms, hospitals, banks and e-mail domains are new.
Every check-digit value is valid."""
import json, os, random, string, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *

R = random.Random(3030)

# ---- vocabularies -----------------------------------------------------------
def _w(s): return s.split('|')
NAMES = {
    'anglo': (_w('Brianna|Bronwyn|Shauna|Keegan|Ianto|Oisin|Tyrone|Blaine|Maisie|Cosmo|Barnabas|Seymour'),
              _w('Winterbourne|Attenborough|Witherspoon|Mowbray|Oglethorpe|Loveday|Marwood|Tredwell|Pickford|'
                 'Cuthbertson|Ahearn|Guidry|Slattery|Colquhoun|Pennycook|Gallacher|Honeysett|Lampard|Hepworth')),
    'fr': (_w('Gwenaël|Ysaline|Eloi|Philomène|Tristan'),
           _w('Kerboul|Quéméneur|Lemaître|Baudouin|Fouquet|Rigaud|Castagné|Jaouen')),
    'de': (_w('Hauke|Imke|Enno|Volkmar|Gunhild|Ortwin'),
           _w('Rademacher|Thießen|Lüdemann|Düsterhoft|Schimmelpfennig|Overbeck|Bruhns|Feddersen|Tiedemann')),
    'cauc': (_w('Lasha|Gayane|Hayk'), _w('Kiknadze|Khutsishvili|Dolidze|Hovhannisyan|Khachatryan')),
    'is': (_w('Sigrún|Hallgrímur|Guðný|Hrefna|Björgvin|Eyþór'), _w('Hallsson|Baldursdóttir')),
    'mt': (_w('Marija|Ġużeppi|Clayton'), _w('Camilleri|Farrugia|Zammit|Grech|Mifsud|Azzopardi|Spiteri')),
    'uz': (_w('Dilnoza|Sardor|Jasur|Bekzod|Gulnora'), _w('Tursunov|Rashidova|Yusupov|Mirzayev|Nazarov')),
    'mn': (_w('Oyuntsetseg|Saruul'), _w('Dorjsuren|Batsaikhan|Erdenebat')),
    'np': (_w('Bishnu|Dipesh'), _w('Tamang|Thapa|Magar|Adhikari')),
    'jp': (_w('Kanako|Momoka'), _w('Hayashida|Matsushita')),
    'to': (_w('Mele|Tevita'), _w('Moala|Vake|Lolohea')),
    'eu': (_w('Cătălin|Tereza|Antonella'), _w('Paraschiv|Vlădescu|Marešová')),
    'as': (_w('Yudhistira|Anan|Chalida|Huyền'), _w('Rangihau|Tsiolis')),
    'af': (_w('Kidus|Oluwaseyi'), _w('Makhubela|Mavuso|Thabethe')),
}
FIN = (_w('Joona|Irja|Elli|Hillevi'), _w('Peltola|Tiihonen|Kemppainen|Vartiainen|Rytkönen|Pietilä|Moilanen|Jokela|Saarela|Vuorinen|Ketola'))
SWE = (_w('Albin|Melker|Sixtena|Håkan|Nils-Erik'), _w('Bergqvist|Mattsson|Fogelberg|Ahlqvist|Törnqvist'))
POL = (_w('Jędrzej|Mścisław|Ludwik|Felicja'), _w('Wróblewska|Witkowska|Kowalewski|Bielecka|Gajewska'))
ITA = (_w('Letizia|Vitaliano|Gianfranco|Rosanna|Adelmo|Nazzareno|Graziano'), _w('Lorusso|Neri|Zanardi|Ghirardelli|Castellani|Baldini|Scarpa'))
ESP = (_w('Marcos|Nekane|Koldo'), _w('Arteaga|Beristain|Olabarrieta|Velasco|Jáuregui|Ibarretxe|Aristegui|Salaberria|Altuna|Mugica'))
TUR = (_w('Furkan|Kerim|Doğukan|İlayda|Simge|Mertcan'), _w('Demirtaş|Karabulut|Saygın|Tekinalp|Gök|Akpınar|Ilıcalı|Tokgöz'))
IND = (_w('Anindita|Sayali|Sravani|Prathamesh|Aniruddh|Rajat'), _w('Mahapatra|Borthakur|Lalwani|Jhaveri|Kothari|Hazarika|Kakati|Mohapatra|Barua'))
ZAF = (_w('Nompumelelo|Kamohelo|Omphile|Reabetswe|Onthatile'), _w('Makhubela|Mavuso|Maphumulo|Thabethe|Nzimande'))
KOR = (_w('Uhm|Guk'), _w('Ji-yeon|Chan-woo|Jae-min|Su-ah|Geon-woo|Seung-min|Da-in|Jun-young'))
SGP = (_w('Ow|Cher|Sze|Leow'), _w('Chee Meng|Siew Ling|Boon Huat|Hui Xian|Geok Hua|Teck Seng|Mui Khim|Kian Seng|Soon Heng|Guan Hock|Bee Leng'))

CITY = {
    'uk': _w('Helston|Bungay|Berwick-upon-Tweed|Beccles|Wymondham|Lavenham|Cromarty|Llandeilo|Chipping Norton|Wivenhoe|Grasmere'),
    'us': _w('Ames|Eureka|Ely|Oxnard|Placerville|Ukiah|Coeur d\'Alene|Alamosa|Ruidoso|Kingman|Cullowhee|Red Wing|Grinnell|'
             'Oskaloosa|Kearney|Scottsbluff|Chadron|Sturgis|Havre|Lewistown|Cedar City|St. George'),
    'au': _w('Murray Bridge|Victor Harbor|Tennant Creek|Merimbula|Crookwell|Bombala|Nyngan'),
    'ca': _w('Midland|Quesnel|Williams Lake|Fernie|Portage la Prairie|Kirkland Lake|Elliot Lake|Sackville'),
    'in': _w('Vrindavan|Ayodhya|Porbandar|Shimoga|Chikmagalur|Madikeri|Gokarna|Badami|Eluru|Srikakulam|Khammam|Nalgonda'),
    'it': _w('Massa|Fasano|Erice|Procida|Alatri|Tuscania|Pitigliano'),
    'es': _w('Castro Urdiales|Caravaca de la Cruz|Béjar|Alcaraz|Molina de Aragón|Alzira|Águilas|Níjar|Berja|Adra'),
    'pl': _w('Działdowo|Kwidzyn|Sztum|Pisz|Bielsk Podlaski|Przeworsk'),
    'fi': _w('Karkkila|Fiskars|Enontekiö|Pelkosenniemi|Puolanka|Hyrynsalmi|Ristijärvi|Pielavesi|Keitele|Vesanto'),
    'se': _w('Grisslehamn|Öregrund|Sorsele|Ånge|Sveg|Hallsberg'),
    'tr': _w('Niksar|Sürmene|Cide|Gerze|Boyabat|Taşköprü|Kargı|Osmancık|İskilip'),
    'kr': _w('Gurye|Buan|Gochang|Pyeongchang|Gapyeong|Yangpyeong|Jincheon|Eumseong|Goesan|Muju'),
    'sg': _w('Punggol Point|Changi Village|Clarke Quay|Mandai'),
    'za': _w('Paternoster|Greyton|Matjiesfontein|Kenton-on-Sea|Port Alfred|Philippolis|Fouriesburg|Wakkerstroom|Pilgrim\'s Rest'),
    'world': _w('Hue|Iasi|Cetinje|Varaždin|Grodno|Echternach|Iloilo City|Kota Kinabalu|Kairouan|Huambo|Lubango|Quelimane'),
}
STATE = _w('Alabama|Arkansas|Louisiana|Minnesota|Tennessee|Wisconsin|Utah|New Mexico|Rhode Island|North Dakota')
COUNTRY = _w('Micronesia|Cape Verde|Sierra Leone|Guinea-Bissau|Equatorial Guinea|Solomon Islands|Saint Lucia|'
             'Antigua and Barbuda|Saint Kitts and Nevis|Bahamas|South Sudan|Marshall Islands')
STREET_US = _w('Sycamore Lane|Willow Bend Road|Quail Run Drive|Chestnut Hollow Way|Bluebonnet Trail|Mockingbird Hill Road|'
               'Persimmon Street|Tanglewood Drive|Cottonwood Crossing|Magnolia Bluff Lane|Hickory Knoll Court|Sassafras Avenue')
STREET_AU = _w('Grevillea Parade|Currawong Street|Kookaburra Close|Waratah Place|Brolga Way|Paperbark Lane')
STREET_UK = _w('Thornbury Close|Foxglove Mews|Abbotsford Row|Millrace Lane|Cowslip Walk|Tannery Yard|Ropewalk Terrace|Kingfisher Rise')
STREET_ES = _w('Avenida de la Estación|Paseo de Zorrilla|Calle del Almendro|Calle Mártires|Calle Portales|Avenida Pío XII|Calle Estafeta')
NRP_L = _w('Ahmadiyya|Jainist|Nationalist|Andorran|Liechtensteiner|Monegasque|Sammarinese|Nepalese|Seychellois|Burundian|'
           'Gambian|Liberian|Chadian|Nigerien|Djiboutian|Comorian|Cape Verdean|Timorese|Turkmen|Faroese|Greenlandic|Papuan')

ORG = _w('Bramblewood Analytics|Copperleaf Freight Ltd|Kestrel Ridge Insurance|Pinecrest Dental Group|Saltmarsh Pharmacy|'
         'Granite Peak Robotics|Foxhollow Ceramics|Thistledown Media|Marrowbone Engineering|Quillfeather Press|'
         'Larchmont Biologics|Hollybrook Logistics|Ashgrove Textiles|Driftwood Systems|Stonechat Security|'
         'Tidewater Plumbing|Emberline Energy|Wrenfield Software|Sea Limited|LG Chem|Hyundai Mobis')
BANKS = _w('Erste Group|Bank of Montreal|Macquarie Bank|Santander Totta|Julius Baer|KB Kookmin Bank|Bank Central Asia|'
           'Siam Commercial Bank|Sparebank 1|Arion Bank|ČSOB|Novo Banco|Argenta|Hypo Vorarlberg|Sparkasse Bremen|DZ Bank|'
           'Postbank|Laurentian Bank|ATB Financial|Investec|TymeBank|Bank of Baroda|Union Bank of India|Bank of Queensland|Suncorp Bank')
HOSP = _w("Royal Perth Hospital|Toronto General Hospital|Mount Sinai Hospital|Royal Brompton Hospital|Brightwater Community Clinic|"
          "Massachusetts General Hospital|Royal Adelaide Hospital|Vancouver General Hospital|Fortis Hospital|Tan Tock Seng Hospital|"
          "Helsinki University Hospital|Sahlgrenska University Hospital|Ospedale San Raffaele|Acıbadem Hospital|Freeman Hospital|"
          "Mater Misericordiae Hospital|Barwon Health|Hollowmere Medical Practice|Larkfield Surgery|Oakhaven Family Clinic")
ORG_AU = _w('Mallee Irrigation Pty Ltd|Blue Gum Joinery Pty Ltd|Corella Legal Pty Ltd|Redgum Physio Pty Ltd')
ORG_IT = _w('Tipografia Zanardi S.n.c.|Caseificio Baldini S.r.l.|Vetreria Castellani S.p.A.|Oleificio Lorusso S.r.l.')
MAIL = _w('ya.ru|inbox.lt|one.lt|tele2.se|orange.be|sunrise.ch|dir.bg|volny.cz|zoznam.sk|vipmail.hu|vp.pl|katamail.com|'
          'aruba.it|poste.it|outlook.it|terra.es|euskaltel.net|outlook.be|home.nl|quicknet.nl|broadpark.no|mail.dk|'
          'simnet.is|vodafone.ie|iol.ie|zipmail.com.br|fibertel.com.ar|vtr.net|telmex.com|airtelmail.in|myway.com|'
          'aol.co.uk|plus.net|westnet.com.au|adam.com.au|paradise.net.nz|eastlink.ca|sasktel.net')
FIRM_DOM = _w('bramblewood-analytics.io|copperleaf-freight.co.uk|kestrelridge-ins.ca|granitepeak-robotics.dev|'
              'saltmarsh-rx.com|pinecrest-dental.com.au|hollybrook-logistics.eu')
URL_DOM = _w('bramblewood-analytics.io|portal.kestrelridge-ins.ca|granitepeak-robotics.dev|copperleaf-freight.co.uk|'
             'saltmarsh-rx.com|help.pinecrest-dental.com.au|secure-billing-check.top|account-verify.xyz|hollybrook-logistics.eu')

MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']
DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
       'noviembre', 'diciembre']
MESI = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
        'novembre', 'dicembre']
MIES = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
        'października', 'listopada', 'grudnia']


def ch(x): return R.choice(x)


# ---- slot generators --------------------------------------------------------
def _nm(pool):
    return ch(pool[0]) + ' ' + ch(pool[1])

def gname():
    f, l = NAMES[ch(sorted(NAMES))]
    x = R.random()
    if x < 0.08:
        return ch(f) + ' ' + ch(string.ascii_uppercase) + '. ' + ch(l)
    if x < 0.12:
        return ch(f) + ' ' + ch(f) + ' ' + ch(l)
    return ch(f) + ' ' + ch(l)

def P(): return ('PERSON', gname())
def PF(): return ('PERSON', ch(NAMES[ch(sorted(NAMES))][0]))
def PL_(): return ('PERSON', ch(NAMES[ch(sorted(NAMES))][1]))
def PN(pool): return lambda: ('PERSON', _nm(pool))
def PKR():
    s, g = ch(KOR[0]), ch(KOR[1])
    return ('PERSON', s + ' ' + g if R.random() < 0.5 else g + ' ' + s)
def PSG(): return ('PERSON', ch(SGP[0]) + ' ' + ch(SGP[1]))
def LOC(k): return lambda: ('LOCATION', ch(CITY[k]))
def C(): return ('LOCATION', ch(CITY[ch(['uk', 'us', 'au', 'ca', 'world', 'world'])]))
def ST(): return ('LOCATION', ch(STATE))
def K(): return ('LOCATION', ch(COUNTRY))
def ADDR(kind='us'):
    def f():
        st = {'us': STREET_US, 'au': STREET_AU, 'uk': STREET_UK}[kind]
        s = '%d %s' % (R.randint(3, 2999), ch(st))
        if R.random() < 0.3:
            s = ('Unit %d, ' if kind == 'au' else 'Apt %d, ') % R.randint(1, 60) + s
        return ('LOCATION', s)
    return f
def ADDR_ES(): return ('LOCATION', '%s %d' % (ch(STREET_ES), R.randint(1, 180)))
def O(): return ('ORGANIZATION', ch(ORG))
def B(): return ('ORGANIZATION', ch(BANKS))
def H(): return ('ORGANIZATION', ch(HOSP))
def OAU(): return ('ORGANIZATION', ch(ORG_AU))
def OIT(): return ('ORGANIZATION', ch(ORG_IT))
def N(): return ('NRP', ch(NRP_L))

def _ymd(lo=1950, hi=2027):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)

def date_s(kind=None, lo=2018, hi=2027):
    y, m, d = _ymd(lo, hi)
    k = kind if kind is not None else R.randint(0, 13)
    hh, mm = R.randint(1, 12), ch(['00', '15', '30', '45', '10', '50'])
    return [
        '%s %d, %d' % (MON[m - 1], d, y), '%d %s %d' % (d, MON[m - 1], y), '%04d-%02d-%02d' % (y, m, d),
        '%02d/%02d/%04d' % (m, d, y), '%02d/%02d/%04d' % (d, m, y), '%s %d, %d' % (MON[m - 1][:3], d, y),
        '%02d-%s-%04d' % (d, MON[m - 1][:3].upper(), y), '%s, %s %d' % (ch(DAY), MON[m - 1], d),
        '%s %d at %d:%s %s' % (MON[m - 1], d, hh, mm, ch(['AM', 'PM'])),
        '%04d-%02d-%02d %02d:%s' % (y, m, d, R.randint(7, 20), mm), '%02d.%02d.%04d' % (d, m, y),
        '%d/%d/%04d' % (m, d, y), '%s %d' % (MON[m - 1], d), '%d %s' % (d, MON[m - 1]),
    ][k]

def D(kind=None, lo=2018, hi=2027): return lambda: ('DATE_TIME', date_s(kind, lo, hi))
def DOB(): return ('DATE_TIME', date_s(ch([0, 1, 2, 3, 4, 5, 6, 10]), 1944, 2004))
def DT(): return ('DATE_TIME', date_s())
def TM(): return ('DATE_TIME', ch(['%d:%02d' % (R.randint(7, 20), ch([0, 15, 30, 45])),
                                   '%d:%02d %s' % (R.randint(1, 12), ch([0, 30, 15]), ch(['am', 'pm', 'AM', 'PM']))]))
def D_ES():
    y, m, d = _ymd(2019, 2026); return ('DATE_TIME', '%d de %s de %d' % (d, MES[m - 1], y))
def D_IT():
    y, m, d = _ymd(1950, 2005); return ('DATE_TIME', '%d %s %d' % (d, MESI[m - 1], y))
def D_PL():
    y, m, d = _ymd(2020, 2026)
    return ('DATE_TIME', ch(['%d %s %d' % (d, MIES[m - 1], y), '%02d.%02d.%d' % (d, m, y)]))
def D_FI():
    y, m, d = _ymd(2020, 2026); return ('DATE_TIME', ch(['%d.%d.%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y)]))
def D_TR():
    y, m, d = _ymd(2020, 2026); return ('DATE_TIME', '%02d.%02d.%d' % (d, m, y))

def ph(kind=None):
    k = kind or ch(['us', 'us', 'us', 'uk', 'au', 'in', 'de', 'it', 'nl', 'br', 'ie', 'sg', 'fr', 'mx'])
    n = lambda x: rd(x, R)
    a = str(R.randint(2, 9)) + n(2)
    return {
        'us': ch(['(%s) %s-%s' % (a, str(R.randint(2, 9)) + n(2), n(4)), '%s-%s-%s' % (a, str(R.randint(2, 9)) + n(2), n(4)),
                  '+1 (%s) %s-%s' % (a, str(R.randint(2, 9)) + n(2), n(4)), '+1-%s-%s-%s' % (a, str(R.randint(2, 9)) + n(2), n(4)),
                  '%s.%s.%s' % (a, str(R.randint(2, 9)) + n(2), n(4)), '+1 %s %s %s' % (a, str(R.randint(2, 9)) + n(2), n(4))]),
        'uk': ch(['+44 7%s %s' % (n(3), n(6)), '07%s %s' % (n(3), n(6)), '+44 (0)20 %s %s' % (n(4), n(4))]),
        'au': ch(['+61 4%s %s %s' % (n(2), n(3), n(3)), '04%s %s %s' % (n(2), n(3), n(3)), '(02) %s %s' % (n(4), n(4))]),
        'in': ch(['+91 9%s %s' % (n(4), n(5)), '+91-98%s-%s' % (n(3), n(5))]),
        'de': ch(['+49 151 %s' % n(8), '+49 (0)30 %s %s' % (n(3), n(4))]),
        'it': '+39 3%s %s %s' % (n(2), n(3), n(4)),
        'nl': '+31 6 %s %s' % (n(4), n(4)),
        'br': '+55 11 9%s-%s' % (n(4), n(4)),
        'ie': '+353 87 %s %s' % (n(3), n(4)),
        'sg': ch(['+65 9%s %s' % (n(3), n(4)), '+65 8%s %s' % (n(3), n(4))]),
        'fr': ch(['+33 6 %s %s %s %s' % (n(2), n(2), n(2), n(2)), '07 %s %s %s %s' % (n(2), n(2), n(2), n(2))]),
        'mx': '+52 33 %s %s' % (n(4), n(4)),
        'es': ch(['+34 6%s %s %s' % (n(2), n(3), n(3)), '+34 9%s %s %s %s' % (n(1), n(3), n(2), n(2))]),
        'pl': ch(['+48 5%s %s %s' % (n(2), n(3), n(3)), '+48 %s-%s-%s' % ('6' + n(2), n(3), n(3)), '+48 12 %s %s %s' % (n(3), n(2), n(2))]),
        'kr': ch(['+82 10-%s-%s' % (n(4), n(4)), '010-%s-%s' % (n(4), n(4)), '+82 31-%s-%s' % (n(3), n(4))]),
        'za': ch(['07%s %s %s' % (n(1), n(3), n(4)), '+27 31 %s %s' % (n(3), n(4)), '+27 83 %s %s' % (n(3), n(4))]),
        'se': ch(['+46 70 %s %s %s' % (n(3), n(2), n(2)), '073-%s %s %s' % (n(3), n(2), n(2))]),
        'fi': ch(['+358 40 %s %s' % (n(3), n(4)), '050 %s %s' % (n(3), n(4))]),
        'tr': ch(['0542 %s %s %s' % (n(3), n(2), n(2)), '+90 532 %s %s %s' % (n(3), n(2), n(2))]),
        'ca': ch(['(%s) %s-%s' % (ch(['506', '250', '403', '306']), n(3), n(4)), '+1 %s %s %s' % (ch(['705', '587']), n(3), n(4))]),
    }[k]

def PH(kind=None): return lambda: ('PHONE_NUMBER', ph(kind))
def PHX(): return ('PHONE_NUMBER', ph())

def _ascii(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s.replace('ø', 'o').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i')
                              .replace('Þ', 'Th').replace('þ', 'th').replace('ð', 'd').replace('Ð', 'D'))
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in ' -.')).lower()

_last_name = ['Harriet Pemberton']

def email_for(name=None, dom=None):
    name = name or _last_name[0]
    parts = [p for p in _ascii(name).replace('-', ' ').replace('.', ' ').split() if p]
    f, l = parts[0], parts[-1]
    dom = dom or ch(MAIL + FIRM_DOM)
    loc = ch(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l, R.randint(10, 99)), '%s.%s+%s' % (f, l, ch(['invoices', 'hr', 'travel'])),
              '%s%d' % (l, R.randint(100, 9999)), '%s.%s' % (f[0], l), '%s%s' % (f, l[0])])
    return loc + '@' + dom

def E(dom=None): return lambda: ('EMAIL_ADDRESS', email_for(dom=dom))
def EM(): return ('EMAIL_ADDRESS', email_for())

def url():
    d = ch(URL_DOM)
    path = ch(['', '/login', '/account/verify', '/billing/update?session=%s' % ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10)),
               '/docs/onboarding', '/u/%s' % ''.join(R.choice(string.ascii_lowercase) for _ in range(7)),
               '/tickets/%d' % R.randint(10000, 99999), '/careers/apply'])
    sch = ch(['https://', 'https://', 'https://www.', 'http://', 'www.', ''])
    if sch == '' and path == '':
        path = '/status'
    return sch + d + path

def U(): return ('URL', url())
def PROF(name=None):
    def f():
        nm = _ascii(_last_name[0]).replace(' ', ch(['', '-', '.']))
        return ('URL', ch(['https://codeberg.org/%s' % nm, 'https://keybase.io/%s' % nm.replace('.', ''),
                           'https://vimeo.com/%s' % nm.replace('-', '').replace('.', ''), 'soundcloud.com/%s' % nm,
                           'https://www.flickr.com/people/%s' % nm.replace('.', '')]))
    return f

def ip4():
    k = R.random()
    if k < 0.3:
        return ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                   '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                   '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def ip6():
    h = lambda: '%x' % R.randint(0, 0xffff)
    k = R.randint(0, 4)
    if k == 0: return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if k == 1: return '2001:db8:%s::%s' % (h(), h())
    if k == 2: return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())
    if k == 3: return '::ffff:' + ip4()
    return '2a0%d:%s:%s::%s' % (R.randint(0, 9), h(), h(), h())

def IP(): return ('IP_ADDRESS', ip4() if R.random() < 0.72 else ip6())
def IP4(): return ('IP_ADDRESS', ip4())

def MAC():
    b = [R.randint(0, 255) for _ in range(6)]
    k = R.randint(0, 4)
    if k == 0: s = ':'.join('%02X' % x for x in b)
    elif k == 1: s = ':'.join('%02x' % x for x in b)
    elif k == 2: s = '-'.join('%02X' % x for x in b)
    elif k == 3: s = '-'.join('%02x' % x for x in b)
    else:
        h = ''.join('%02x' % x for x in b); s = h[:4] + '.' + h[4:8] + '.' + h[8:]
    return ('MAC_ADDRESS', s)

def CC():
    kind = ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners'])
    n = card(R, kind)
    if kind == 'amex':
        s = ch([n[:4] + ' ' + n[4:10] + ' ' + n[10:], n, n[:4] + '-' + n[4:10] + '-' + n[10:]])
    elif kind == 'diners':
        s = ch([n, n[:4] + ' ' + n[4:10] + ' ' + n[10:]])
    else:
        s = ch([group(n, 4), group(n, 4), n, group(n, 4, '-')])
    return ('CREDIT_CARD', s)

def IB():
    cc = ch(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'GB', 'AT', 'PT', 'IE', 'PL', 'CH', 'FI', 'SE', 'DK', 'NO'])
    v = iban(R, cc)
    return ('IBAN_CODE', group(v, 4) if R.random() < 0.5 else v)

def CRY():
    return ('CRYPTO', btc(R, ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr'])))

def _sep3(t, seps=('-', '-', '-', ' ', '')):
    s = ch(seps); return s.join(t)

def SSN(): return ('US_SSN', _sep3(ssn(R)))
def ITIN(): return ('US_ITIN', _sep3(itin(R)))
def BANK(): return ('US_BANK_NUMBER', rd(R.randint(8, 17), R))
def DL():
    L = string.ascii_uppercase
    k = R.randint(0, 6)
    if k == 0: s = ch(L) + rd(7, R)
    elif k == 1: s = ch(L) + rd(12, R)
    elif k == 2: s = ch(L) + rd(3, R) + '-' + rd(4, R) + '-' + rd(4, R)
    elif k == 3: s = rd(9, R)
    elif k == 4: s = rd(8, R)
    elif k == 5: s = ''.join(ch(L) for _ in range(5)) + ch(L) + ch(L) + rd(3, R) + ch(L) + ch(L)
    else: s = ch(L) + rd(3, R) + '-' + rd(3, R) + '-' + rd(2, R) + '-' + rd(3, R) + '-' + rd(1, R)
    return ('US_DRIVER_LICENSE', s)
def PASS(): return ('US_PASSPORT', ch([rd(9, R), ch('ACEFHKMNPXZ') + rd(8, R)]))
def NPI(): return ('US_NPI', npi(R))
def DEA(): return ('MEDICAL_LICENSE', dea(R))
def MBI(): return ('US_MBI', mbi(R, R.random() < 0.5))
def NHS():
    v = nhs(R); return ('UK_NHS', ch([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v, v[:3] + '-' + v[3:6] + '-' + v[6:]]))
def NINO():
    while True:
        a = ch('ABCEGHJKLMNOPRSTWXYZ'); b = ch('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'): break
    d = rd(6, R); s = ch('ABCD')
    return ('UK_NINO', ch(['%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s), a + b + d + s]))
def TFN():
    v = tfn(R); return ('AU_TFN', ch([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v]))
def ABN():
    v = abn(R); return ('AU_ABN', ch(['%s %s %s %s' % (v[:2], v[2:5], v[5:8], v[8:]), v]))
def ACN():
    v = acn(R); return ('AU_ACN', ch([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v]))
def MEDI():
    v = medicare(R); return ('AU_MEDICARE', ch([v[:4] + ' ' + v[4:9] + ' ' + v[9:], v]))
def SIN():
    v = sin(R); return ('CA_SIN', _sep3((v[:3], v[3:6], v[6:]), ('-', ' ', ' ', '')))
def NIE():
    v = nie(R); return ('ES_NIE', ch([v, v[:-1] + '-' + v[-1]]))
def NIF():
    v = nif(R); return ('ES_NIF', ch([v, v[:-1] + '-' + v[-1]]))
def CF(): return ('IT_FISCAL_CODE', cf(R))
def PIVA(): return ('IT_VAT_CODE', piva(R))
def PESEL(): return ('PL_PESEL', pesel(R))
def NRIC(): return ('SG_NRIC_FIN', nric(R))
def HETU():
    y = R.randint(1940, 2012); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = ch('-YXWVU') if y < 2000 else ch('ABCDEF')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])
def PNR(): return ('SE_PERSONNUMMER', se_pnr(R, R.random() < 0.4, '-'))
def RRN():
    v = kr_rrn(R); return ('KR_RRN', v[:6] + '-' + v[6:] if R.random() < 0.75 else v)
def ZAID(): return ('ZA_ID_NUMBER', za_id(R))
def TCK(): return ('TR_NATIONAL_ID', tr_id(R))
def PAN():
    U_ = string.ascii_uppercase
    v = ''.join(ch(U_) for _ in range(3)) + 'P' + ch(U_) + rd(4, R) + ch(U_)
    return ('IN_PAN', v)
def AAD():
    v = aadhaar(R); return ('IN_AADHAAR', ch([group(v, 4), v, group(v, 4, '-')]))
def VOTER(): return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + rd(7, R))
def INPASS(): return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + rd(6, R))


# ---- templates: (uses, parts) -------------------------------------------------
FINP, SWEP, POLP, ITAP, ESPP, TURP, INDP, ZAFP = (PN(FIN), PN(SWE), PN(POL), PN(ITA), PN(ESP), PN(TUR), PN(IND), PN(ZAF))
T = [
    # billing disputes and card problems
    (4, ["This is ", P, ". Somebody used my card ", CC, " on ", DT, " and I never authorised it. Call me back on ", PHX, "."]),
    (2, ["Double charge again! Card ", CC, ", both payments dated ", DT, ". Account holder ", P, ", phone ", PHX, "."]),
    (4, ["I received a text from ", U, " saying my card ", CC, " is locked. It also wanted ", EM, ". Scam?"]),
    (4, ["Does ", U, " look legit to you? The page asked me to type my card number ", CC, " and my e-mail ", EM, "."]),
    (2, ["Write a friendly answer to ", P, ", who lives in ", C, " and says card ", CC, " was declined twice."]),
    (1, ["Customer ", P, " in ", C, " wants a refund on card ", CC, "; draft a short apology."]),
    (2, ["Stop the monthly plan billed to ", CC, " and send the $", lambda: '%d.%02d' % (R.randint(10, 900), R.randint(0, 99)), " back to that card, ref ORD-", lambda: rd(7, R), "."]),
    (3, ['{"account": {"holder": "', P, '", "contact": "', EM, '", "tel": "', PHX, '", "pan": "', CC, '"}, "case": "CB-', lambda: rd(6, R), '", "state": "chargeback"}']),
    (5, ["The transfer from ", O, " bounced on IBAN ", IB, "; charge the spare card ", CC, " for now."]),
    (3, ["Refund hasn't arrived. IBAN ", IB, ", card ", CC, ", name ", P, "."]),
    # wires and bank records
    (5, ["SEPA payment rejected. Payee: ", P, ", IBAN ", IB, ", our ref PAY-", lambda: rd(6, R), ". What does code AC04 mean?"]),
    (5, ["Please double-check the IBAN ", IB, " before I pay ", P, " for the flat in ", C, "."]),
    (3, ['[{"iban": "', IB, '", "owner": "', P, '", "institution": "', B, '"}, {"iban": "', IB, '", "owner": "', P, '"}]']),
    (1, ["Payee list: ", P, " (", B, ") ", IB, "; ", P, " ", IB, "."]),
    (5, ["Client ", P, " (", EM, ") reports that the ACH pull from account ", BANK, " was returned."]),
    (4, ["Set up direct deposit for ", P, ": routing on file, account number ", BANK, ", bank ", B, "."]),
    # crypto
    (5, ["Please refund me in BTC to ", CRY, " rather than the address I gave last month."]),
    (5, ["Withdrawal of 0.12 BTC to ", CRY, " has been pending for six hours. Txid ", lambda: ''.join(R.choice('0123456789abcdef') for _ in range(64)), "."]),
    (5, ["Split the bug bounty: half to ", CRY, " and half to ", CRY, ", thanks."]),
    (3, ["Is ", CRY, " a SegWit or legacy address? I want to send it some sats."]),
    # US identity, HR, tax
    (5, ["Caller verified with social ", SSN, " and DOB ", DOB, ", but the account belongs to ", P, ". Escalate?"]),
    (4, ["Onboarding: ", P, " joins our ", LOC('us'), " team on ", DT, ". SSN ", SSN, "; pay into account ", BANK, "."]),
    (5, ['{"emp_id": ', lambda: str(R.randint(10000, 99999)), ', "name": "', P, '", "birth_date": "', D(2, 1950, 2004), '", "ssn": "', SSN, '", "home": {"city": "', LOC('us'), '"}}']),
    (5, ["Filing jointly: ITIN ", ITIN, " belongs to ", P, ", spouse has SSN ", SSN, "."]),
    (5, ["My wife ", P, " got ITIN ", ITIN, " last year. Send the letter to ", ADDR('us'), ", ", LOC('us'), "."]),
    (4, ["Does ITIN ", ITIN, " for ", P, " need renewing if it wasn't used since ", DT, "?"]),
    # US driver licence / passport
    (5, ["Rental desk needs my licence: ", DL, ", issued by ", ST, ". Can you fill the form for ", P, "?"]),
    (5, ["KYC check: licence ", DL, ", holder ", P, ", street ", ADDR('us'), ", ", LOC('us'), ", ", ST, "."]),
    (4, ["Driver ", P, " (licence ", DL, ", ", ST, ") was in the fender bender on ", DT, "."]),
    (4, ["Reserve a seat for ", P, ", US passport ", PASS, ", to ", C, " on ", DT, "."]),
    (7, ["Passport ", PASS, " expires soon; renewal is for ", P, ", date of birth ", DOB, "."]),
    (3, ["Traveller ", P, " (passport ", PASS, ") lands in ", C, " on ", DT, "; book a hotel."]),
    # US health
    (4, ["Rx transfer: prescriber NPI ", NPI, ", patient ", P, " (", EM, "), next fill ", DT, "."]),
    (2, ["NPI ", NPI, " keeps failing validation on the claim for ", P, "; service date ", DT, "."]),
    (5, ["Member ", P, " has Medicare ID ", MBI, "; bill under NPI ", NPI, " for the visit on ", DT, "."]),
    (5, ["Eligibility check returned inactive for MBI ", MBI, " (", P, "). Their number is ", PH('us'), "."]),
    (5, ["Controlled-substance script from Dr. ", P, " (DEA ", DEA, ") for ", P, ", phone ", PH('us'), "."]),
    (5, ["Is DEA number ", DEA, " active in ", ST, "? The pharmacy in ", LOC('us'), " is asking."]),
    (5, ["Please put DEA ", DEA, " under Dr. ", PL_, "'s signature line."]),
    # UK
    (5, ["Referral: ", P, ", NHS number ", NHS, ", to the cardiology team at ", H, "."]),
    (6, ["New patient ", P, ", born ", DOB, ", NHS no ", NHS, ", registering with a surgery in ", LOC('uk'), "."]),
    (3, ["Discharge summary for ", P, " (NHS ", NHS, ") from ", H, " dated ", DT, "."]),
    (5, ["Starter form: ", P, ", NI number ", NINO, ", start date ", DT, "."]),
    (5, ["Payroll says NINO ", NINO, " doesn't match ", P, ". Staff number EMP-", lambda: rd(5, R), "."]),
    (4, ["P45 arrived for ", P, " with National Insurance ", NINO, "; they live in ", LOC('uk'), "."]),
    # Canada
    (5, ["Please store ", P, "'s SIN ", SIN, " only in the HR vault, never by e-mail. Vault link: ", U, "."]),
    (5, ["New hire ", P, " gave SIN ", SIN, " for the ", LOC('ca'), " branch."]),
    (5, ["T4 slip shows SIN ", SIN, " for ", P, ", who moved to ", LOC('ca'), " last spring."]),
    # Australia
    (8, ["Tax file number ", TFN, " belongs to contractor ", P, "; the ABN ", ABN, " is for ", OAU, "."]),
    (4, ["Welcome pack for ", P, ": TFN ", TFN, ", super fund TBC, address ", ADDR('au'), ", ", LOC('au'), "."]),
    (4, ["TFN declaration from ", P, " (", TFN, ") lists home town ", LOC('au'), "."]),
    (7, ["Supplier ", OAU, " quoted ABN ", ABN, " and ACN ", ACN, "; contact ", P, "."]),
    (2, ["ASIC extract: ACN ", ACN, ", company ", OAU, ", director ", P, "."]),
    (6, ["Check Medicare card ", MEDI, " and ACN ", ACN, " for ", H, " before the audit."]),
    (5, ["Medicare ", MEDI, " is ", P, "'s; booking on ", DT, " at ", H, "."]),
    # India
    (4, ["Staff ", INDP, " uploaded PAN ", PAN, " and Aadhaar ", AAD, " for the ", LOC('in'), " payroll."]),
    (7, ['{"applicant": "', INDP, '", "pan_no": "', PAN, '", "aadhaar_no": "', AAD, '", "epic": "', VOTER, '", "passport_no": "', INPASS, '"}']),
    (4, ["Verify voter ID ", VOTER, " and passport ", INPASS, " of ", INDP, "."]),
    (4, ["KYC for ", INDP, ": passport ", INPASS, ", PAN ", PAN, ", lives in ", LOC('in'), "."]),
    (4, ["Aadhaar ", AAD, " is linked to mobile ", PH('in'), " for ", INDP, "."]),
    # Korea
    (5, ["Seoul office transfer: ", PKR, ", RRN ", RRN, ", phone ", PH('kr'), "."]),
    (5, ["Client ", PKR, " (resident no. ", RRN, ") says card ", CC, " was billed twice."]),
    (5, ["Relocation file: ", PKR, " moves from ", LOC('kr'), "; RRN ", RRN, "."]),
    # Singapore
    (5, ["HR update: ", PSG, ", NRIC ", NRIC, ", start date ", DT, "."]),
    (5, ["ACRA form: director ", PSG, " (FIN ", NRIC, "), office in ", LOC('sg'), "."]),
    (5, ["Tenant ", PSG, ", NRIC ", NRIC, ", reachable at ", PH('sg'), "."]),
    # South Africa
    (5, ["Applicant ", ZAFP, " gave SA ID ", ZAID, " and lives in ", LOC('za'), "."]),
    (5, ["ID number ", ZAID, " belongs to ", ZAFP, "; cell ", PH('za'), "."]),
    (4, ["FICA pack for ", ZAFP, ": ID ", ZAID, ", address in ", LOC('za'), "."]),
    # Turkey
    (5, ["Vize mektubu: ", TURP, ", TC kimlik numarası ", TCK, ", ", LOC('tr'), " çıkışlı."]),
    (5, [TURP, " adına ", D_TR, " tarihli randevu; T.C. kimlik no ", TCK, "."]),
    (5, ["Employee ", TURP, " (TCKN ", TCK, ") relocates next month from ", LOC('tr'), "."]),
    # Sweden
    (5, ["Kund ", SWEP, " har personnummer ", PNR, " och mejl ", EM, "."]),
    (5, ["Applicant ", SWEP, ", personnummer ", PNR, ", currently in ", LOC('se'), "."]),
    (5, ["Personnummer ", PNR, ", namn ", SWEP, ", ort ", LOC('se'), "."]),
    # Finland
    (5, ["Uusi työntekijä ", FINP, " (hetu ", HETU, ") aloittaa ", D_FI, "."]),
    (5, [FINP, ", henkilötunnus ", HETU, ", kotikunta ", LOC('fi'), "."]),
    (5, ["Finnish ID ", HETU, " for ", FINP, ", based in ", LOC('fi'), "."]),
    # Poland
    (5, ["Pracownik ", POLP, ", PESEL ", PESEL, ", telefon ", PH('pl'), "."]),
    (5, ["Dane: ", POLP, ", PESEL ", PESEL, ", miejscowość ", LOC('pl'), ", od ", D_PL, "."]),
    (5, ["Candidate ", POLP, " (PESEL ", PESEL, ") lives in ", LOC('pl'), "."]),
    # Italy
    (5, ["Dipendente ", ITAP, ", C.F. ", CF, ", nata a ", LOC('it'), " il ", D_IT, "."]),
    (6, ["Verifica codice fiscale ", CF, " e partita IVA ", PIVA, " prima della fattura."]),
    (5, ["Fornitore ", OIT, " (P.IVA ", PIVA, "), contatto ", ITAP, " - ", EM, "."]),
    (4, ["Il cliente ", ITAP, " ha codice fiscale ", CF, " e vive a ", LOC('it'), "."]),
    # Spain
    (5, ["Para nóminas: ", ESPP, ", NIE ", NIE, ", en ", LOC('es'), " desde el ", D_ES, "."]),
    (5, ["NIF ", NIF, " y NIE ", NIE, " son de ", ESPP, "; móvil ", PH('es'), "."]),
    (5, ["Titular ", ESPP, ", NIF ", NIF, ", dirección ", ADDR_ES, ", ", LOC('es'), "."]),
    (5, ["Contrato de ", ESPP, " (NIE ", NIE, ") firmado el ", D_ES, "."]),
    # network / devices / logs / code
    (5, ["Router shows MAC ", MAC, " pulling address ", IP, " from the pool every hour."]),
    (5, ['{"host": {"hwaddr": "', MAC, '", "addr": "', IP, '", "admin": "', EM, '"}, "fw": "', lambda: '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 40)), '"}']),
    (5, ["Block device ", MAC, " on the guest VLAN; its last IP was ", IP, "."]),
    (1, ["Firewall rule drops ", IP, " but lets ", IP, " through. Why?"]),
    (2, ["auth.log:\n", lambda: '%s %02d %02d:%02d:%02d' % (ch(['Jan', 'Feb', 'Mar', 'Oct']), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), " sshd[", lambda: rd(4, R), "]: Failed password for ", EM, " from ", IP, " port 22\nRetry limit reached"]),
    (4, ["Explain this config:\nmail:\n  sender: ", EM, "\n  relay: ", IP4, "\n  port: 587\nhomepage: ", U]),
    (2, ["Why is this broken?\n```js\nconst SUPPORT = \"", EM, "\";\nconst API_HOST = \"", IP, "\";\nnotify(SUPPORT);\n```"]),
    (4, ["curl ", U, " --data 'user=", EM, "&from=", IP, "' returns 401."]),
    (3, ["Our callback hits ", U, " with X-Owner: ", EM, "; it started failing after the last deploy."]),
    (1, ["Partner ", O, " needs ", IP, " and ", IP, " allow-listed by ", DT, "."]),
    (1, ["git blame says ", P, " <", EM, "> wrote that line. Do you know them?"]),
    (1, ["Use these test fixtures: ", EM, ", ", PHX, ", ", IP, "."]),
    # CRM, contacts, casual
    (4, ["Create a contact for ", P, ": ", EM, ", ", PHX, ", portfolio ", PROF(), "."]),
    (2, ["Save my info: mail ", EM, ", mobile ", PHX, ", IP ", IP, "."]),
    (2, ["it's ", PF, " here, ring me on ", PHX, " once you're at the station"]),
    (2, ["Forwarded from ", P, " <", EM, ">: 'can we talk at ", TM, "? my number is ", PHX, "'"]),
    (1, ["Make this sound professional: hey, ", PF, " from ", O, " in ", C, " needs the figures by ", DT]),
    (4, ["Translate into French: ", P, " is a ", N, " engineer who lives in ", C, " and works at ", O, "."]),
    (4, ["Review blurb: ", P, " (", N, ", ", C, ") beat all targets at ", O, " this year."]),
    (3, ["Admission note: ", P, ", ", N, ", 61, seen at ", H, " on ", DT, ". Next of kin: ", PHX, "."]),
    (2, ["Address check for ", P, ": ", ADDR('uk'), ", ", LOC('uk'), ", ", K, ". Meal preference: ", N, "."]),
    (1, ["Write a short bio: ", P, " grew up in ", C, ", ", K, ", and now leads sales at ", O, "."]),
    (1, ["Can you remind ", PF, " that the ", O, " meeting moved to ", DT, "?"]),
    (1, ["Booking at ", H, " for ", P, " on ", DT, ", confirmation to ", EM, "."]),
    (1, ["Please congratulate ", P, " on joining ", O, " in ", C, "."]),
]
T += [
    (1, ["hi, ", P, " again. the card ending in my statement is ", CC, " and the charge was on ", DT, "."]),
    (1, ["Hotel in ", C, " charged ", CC, " a no-show fee for ", DT, ". Guest: ", P, "."]),
    (1, ["Move ", P, " from the ", LOC('us'), " office to ", LOC('us'), " from ", DT, "; SSN ", SSN, " stays the same."]),
    (1, ["Visa letter for ", P, ", who flies from ", C, " to ", C, " on ", DT, "."]),
    (1, ["Send the contract to ", P, " at ", EM, " and copy ", P, " at ", EM, "."]),
    (1, ["Meeting notes: ", P, " and ", P, " from ", O, " agreed to ship by ", DT, "."]),
    (1, ["Tell ", P, " in ", C, " that ", P, " will call on ", PHX, " at ", TM, "."]),
    (1, ["Landlord ", P, " wants the deposit paid to IBAN ", IB, " by ", DT, "."]),
    (1, ["Who should I contact at ", B, " about the loan for ", P, "? Their email is ", EM, "."]),
    (2, ["Our ", N, " guest ", P, " arrives in ", C, " on ", DT, "; suggest a dinner spot."]),
    (1, ["Candidate ", P, " (", EM, ", ", PHX, ") applied for the ", C, " role at ", O, "."]),
    (1, ["Emergency contact for ", P, ": ", P, ", ", PHX, ", lives in ", C, "."]),
    (1, ["Patient ", P, ", DOB ", DOB, ", transferred from ", H, " to ", H, "."]),
    (1, ["Shipping label: ", P, ", ", ADDR('us'), ", ", LOC('us'), ", ", ST, ". Phone ", PH('us'), "."]),
    (1, ["Courier to ", P, ", ", ADDR('au'), ", ", LOC('au'), "; mobile ", PH('au'), "."]),
    (1, ["Delivery for ", P, " at ", ADDR('uk'), ", ", LOC('uk'), " on ", DT, ", tel ", PH('uk'), "."]),
    (1, ["Please draft a thank-you note to Dr. ", PL_, " at ", H, " from ", P, "."]),
    (2, ["Wedding RSVP: ", P, " and ", P, " from ", C, ", diet ", N, ", contact ", EM, "."]),
    (1, ["Login from ", IP, " for ", EM, " looked odd; the user ", P, " is in ", C, "."]),
    (1, ["Interview with ", P, " on ", DT, " at the ", C, " office of ", O, "."]),
    (2, ["I'm ", P, ", a ", N, " student in ", C, ". My tutor is ", P, "."]),
    (1, ["Lost property: wallet belongs to ", P, ", phone ", PHX, ", found in ", C, " on ", DT, "."]),
    (4, ["Claim for ", P, ", Medicare number ", MEDI, ", GP visit on ", DT, "."]),
    (4, ["Partita IVA ", PIVA, " del libero professionista ", ITAP, ": è attiva?"]),
    (4, ["Electoral roll entry: ", INDP, ", EPIC no. ", VOTER, ", ward in ", LOC('in'), "."]),
    (4, ["Beneficiary ", P, ", MBI ", MBI, ", provider NPI ", NPI, ", service date ", DT, "."]),
    (4, ["Factura a nombre de ", ESPP, ", NIF ", NIF, ", correo ", EM, "."]),
    (5, ["W-2 correction for ", P, ": SSN ", SSN, ", employer ", O, ", mailed to ", LOC('us'), "."]),
    (1, ["Please anonymise: ", P, " visited ", H, " on ", DT, " with her son ", PF, "."]),
]

# ---- PII-free look-alikes -----------------------------------------------------
def bad_luhn(n):
    d = luhn_complete(n[:-1]); return d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
def BADCARD():
    v = bad_luhn(card(R, ch(['visa', 'mc', 'disc']))); return group(v, 4) if R.random() < 0.6 else v
def BADIBAN():
    v = iban(R, ch(['DE', 'FR', 'ES', 'GB', 'NL', 'IT']))
    ck = '%02d' % ((int(v[2:4]) + R.randint(1, 50)) % 97 + 2)
    v = v[:2] + ck + v[4:]; return group(v, 4) if R.random() < 0.6 else v
def BADTFN():
    while True:
        d = rd(9, R)
        if sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11: return d
def BADNHS():
    v = nhs(R); return v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
def BADAAD():
    while True:
        d = str(R.randint(2, 9)) + rd(11, R)
        if not verhoeff_ok(d): return d
def BADB58():
    v = btc(R, 'p2pkh'); i = R.randint(5, len(v) - 2)
    c = ch([x for x in B58 if x != v[i]]); return v[:i] + c + v[i + 1:]
def HEX(n): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def UUID(): return '%s-%s-4%s-%s%s-%s' % (HEX(8), HEX(4), HEX(3), ch('89ab'), HEX(3), HEX(12))
def VER(): return ch(['v', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40)) + ch(['', '', '-beta%d' % R.randint(1, 5), '-rc%d' % R.randint(1, 3)])
def AMT(): return ch(['$%s' % '{:,.2f}'.format(R.randint(100, 90000) + R.random()), '€%d,%02d' % (R.randint(10, 9000), R.randint(0, 99)),
                      '£%d.%02d' % (R.randint(10, 900), R.randint(0, 99)), '₹%s' % '{:,}'.format(R.randint(500, 99999)), 'CHF %d.%02d' % (R.randint(10, 9000), R.randint(0, 99))])
def FN(): return ch(['main.go', 'app.tsx', 'settings.toml', 'Makefile', 'schema.sql', 'handler.kt', 'build.gradle', 'tasks.rake', 'worker.ex', 'CHANGELOG.md'])
def LOGTS(): return ch(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                        '%d-%02d-%02d %02d:%02d:%02d,%03d' % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                        '%s %2d %02d:%02d:%02d' % (ch(['Feb', 'Jun', 'Sep', 'Dec']), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])

NEG = [
    (3, ["Bill ", lambda: 'BL-%s-%d' % (ch(['QX', 'TR', 'MW']), R.randint(10000, 99999)), " for ", AMT, " is 30 days late; purchase order PO", lambda: rd(8, R), "."]),
    (3, ["Statement ", lambda: 'ST/%d/%s' % (R.randint(2023, 2026), rd(5, R)), " shows ", AMT, " outstanding against contract C-", lambda: rd(6, R), "."]),
    (3, ["After moving from ", VER, " to ", VER, " the crash in ", FN, " went away."]),
    (3, ["Pin the dependency at ", VER, " until ", VER, " fixes the regression in ", FN, "."]),
    (3, ["This IBAN ", BADIBAN, " fails validation, can you spot the typo?"]),
    (3, ["My bank rejected ", BADIBAN, " as invalid. What's the check digit rule?"]),
    (3, ["Item ", lambda: '%s-%s-%s-%s' % (rd(3, R), rd(3, R), rd(4, R), ch(['XL', 'BLK', 'EU', 'R2'])), " supersedes ", lambda: 'PN-%s-%s' % (rd(4, R), rd(4, R)), " on the M8 line."]),
    (3, ["Voucher ", BADB58, " says invalid. Can I get a fresh one?"]),
    (3, ["What does `UPDATE invoices SET paid = 1 WHERE id = ", lambda: str(R.randint(1000, 99999)), "` do if the row is locked?"]),
    (3, ["Exception ERR-", lambda: rd(5, R), ": index out of bounds at line ", lambda: str(R.randint(10, 3000)), " in ", FN, "."]),
    (3, ["Release tarball sha256 ", lambda: HEX(64), ", tagged at commit ", lambda: HEX(40), "."]),
    (3, ["Pod ", UUID, " is in CrashLoopBackOff, ", lambda: str(R.randint(10, 9000)), " restarts; OOMKilled."]),
    (3, ["Logs:\n", LOGTS, " INFO scheduler queued job ", lambda: 'JOB-%s' % rd(7, R), "\n", LOGTS, " WARN queue depth ", lambda: str(R.randint(100, 9000))]),
    (3, ["Parse these:\n", LOGTS, " ERROR upstream timeout after 30000 ms\n", LOGTS, " DEBUG retry ", lambda: str(R.randint(1, 9)), "/5"]),
    (3, ["Reference ", BADCARD, " came back as not a valid card. Duplicate of case CS", lambda: rd(7, R), "?"]),
    (3, ["Parcel ", lambda: 'ORD-%s' % rd(8, R), " left the depot, tracking 1Z", lambda: ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)), ", paid ", AMT, "."]),
    (3, ["Print the handout on A3 and laminate the first page."]),
    (3, ["Change top_p to 0.9 and max_new_tokens to 2048 in ", FN, ", then rerun."]),
    (3, ["Swap the accent colour to #", lambda: HEX(6), " and add 4px of padding."]),
    (2, ["Will it rain during the final on Sunday? I bet it won't."]),
    (3, ["Give me three pros and three cons of remote work in under 100 words."]),
    (3, ["Lots ", lambda: rd(10, R), " and ", lambda: rd(12, R), " were rejected at inspection."]),
    (3, ["Unit ", BADTFN, " failed the drop test; unit ", BADTFN, " passed."]),
    (3, ["Reference number ", BADNHS, " was flagged as invalid by the form."]),
    (3, ["Barcode ", BADAAD, " didn't scan at the till."]),
    (3, ["Complaint ", lambda: '%d-%d' % (R.randint(10000, 99999), R.randint(1000, 9999)), " was closed with no further action."]),
    (3, ["Trace ", UUID, " took ", lambda: str(R.randint(2, 59)), " seconds on port ", lambda: ch(['443', '8443', '3306', '9092']), "."]),
    (3, ["Clean up ", FN, " and ", FN, " before cutting release ", VER, "."]),
    (3, ["Build ", lambda: '%d.%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 40), R.randint(0, 999)), " (", lambda: HEX(7), ") rolled out to the canary fleet."]),
    (3, ["Model ", lambda: 'KX-%d' % R.randint(100, 999), " ships within a week; discount code ", lambda: ch(['WINTER', 'FLASH', 'HELLO']) + str(R.randint(10, 60)), "."]),
    (3, ["Convert ", AMT, " to euros at today's rate and round to two decimals."]),
    (3, ["Room H2 has the projector; room B12 has the whiteboard."]),
    (3, ["Rewrite this headline to be punchier: 'Quarterly results beat expectations'."]),
    (3, ["Job ", lambda: 'JOB-%s' % rd(6, R), " retried ", lambda: str(R.randint(2, 40)), " times and hit exit code 1."]),
    (3, ["Ticket #", lambda: rd(6, R), " was merged into ticket #", lambda: rd(6, R), "."]),
    (2, ["Which is faster for 10k rows, a hash join or a nested loop? One paragraph."]),
    (2, ["Shipment SHP", lambda: rd(9, R), " weighs 14.2 kg; pallet P", lambda: rd(4, R), " holds 40 boxes."]),
    (3, ["Is 2^61 - 1 a prime? Show the reasoning briefly."]),
    (3, ["Rename the column amount_usd to amount_cents and migrate schema version ", lambda: str(R.randint(10, 99)), "."]),
]

PRE = ['Here is the text:\n\n', 'Help me with the message below.\n---\n', 'Read this first:\n', 'Look at this and advise:\n\n',
       'Source text follows.\n===\n']
SUF = ['\n\nAnswer in bullet points.', '\n\nBe brief.', '\n\nThank you!', '\n\nReturn YAML only.']
TAIL = [' please', ' ty', ' urgent', '!!!']


LOWER_OK = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def build(parts, lower, upname):
    """A record from a template; in lower-case prompts identifiers keep their case."""
    text, ents = '', []
    for p in parts:
        if callable(p):
            p = p()
        if isinstance(p, tuple):
            ty, v = p
            if ty == 'PERSON':
                _last_name[0] = v
                if upname:
                    v = v.upper()
            if lower and ty in LOWER_OK:
                v = v.lower()
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
            text += v
        else:
            text += p.lower() if lower else p
    return text, ents


def dress(text, ents):
    x = R.random()
    if x < 0.08 and text[-1:] in '.?':
        tail = ch(TAIL)
        if text[-1] == '.':
            text = text[:-1] + tail
        elif tail.startswith(' '):
            text += tail
    elif x < 0.2 and text[-1:] == '.':
        text = text[:-1]
    if R.random() < 0.13:
        text += ch(SUF)
    if R.random() < 0.23:
        pre = ch(PRE)
        text = pre + text
        ents = [dict(e, start=e['start'] + len(pre), end=e['end'] + len(pre)) for e in ents]
    return text, ents


def main():
    jobs = [(False, t) for n, t in T for _ in range(n)] + [(True, t) for n, t in NEG for _ in range(n)]
    R.shuffle(jobs)
    out = []
    for i, (neg, parts) in enumerate(jobs):
        lower = R.random() < 0.058
        upname = not lower and R.random() < 0.03
        text, ents = build(parts, lower, upname)
        text, ents = dress(text, ents)
        out.append({'id': 'p30-%04d' % i, 'text': text, 'entities': ents})
    write(out)


if __name__ == '__main__':
    main()
