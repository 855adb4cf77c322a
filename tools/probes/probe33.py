#!/usr/bin/env python3
"""Probe 33: a blind measure of generalisation. 600 dev-style chat prompts written afresh: billing and refund
disputes, HR, payroll and tax notes, KYC checks, clinical, pharmacy and claims notes, travel bookings, CRM entries,
log lines, code, JSON/YAML records, and Spanish, Italian, Polish, Finnish, Swedish and Turkish settings. Over 200
templates of new wording; wrapper instructions, lower-case prompts and upper-case names at dev's rates; 108 PII-free
look-alikes (references, hashes, versions, serials, values that fail their checks). Dev's type mix within a fifth,
people of more than thirty cultures, and places, firms and e-mail domains not used before; check digits are valid.
python3 -B tools/probes/probe33.py > /tmp/p33.jsonl
"""
import json
import os
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402
import random  # noqa: E402

R = random.Random(33033303)

# ---- vocabularies ------------------------------------------------------------

def sp(s):
    return s.split('|')

NAMES = {
    # culture: (given names, surnames, order)  order 'W' western, 'E' surname first
    'en': (sp('Rosalind|Imogen|Thomasina|Ambrosia|Bryony|Marigold|Winifred|Barnaby|Crispin|Ambrose|Jethro|Percival|Horatio|Algernon|Leontyne|Cressida'),
           sp('Ravenscroft|Brocklehurst|Featherstonehaugh|Cottingham|Huxtable|Sedgwick|Wickstead|Blenkinsop|Arbuthnot|Lathbury|Norcott|Tregarthen|Dunsford|Hollingworth|Gatacre|Pilkington'), 'W'),
    'ie': (sp('Siobhán|Ciarán|Niamh|Pádraig|Aoife|Oisín'), sp('MacCarthy|Donnelly|Ó Briain|Moynihan|Keohane'), 'W'),
    'ko': (sp('Seo-yeon|Ye-jin|Gun-woo|Yeong-ho|Eun-ji|Tae-yang|Dong-hyun|Chae-won'), sp('Baek|Byun|Yoo|Hwang|Ryu|Kwon|Shin|Nam'), 'K'),
    'sg': (sp('Hui Qing|Kai Wen|Shu Fen|Zhi Hao|Pei Shan|Yu Xuan|Jun Kai|Rui En'), sp('Lim|Koh|Yeo|Quek|Chua|Heng|Toh|Seah'), 'E'),
    'in': (sp('Ishita|Tanvi|Meenakshi|Sanjana|Pallavi|Siddharth|Pranav|Tejas|Anirudh|Devansh|Rajat|Ishaan'),
           sp('Chaturvedi|Mukhopadhyay|Kulkarni|Iyer|Bhattacharya|Raghavan|Mukherjee|Venkatesh|Trivedi'), 'W'),
    'es': (sp('Íñigo|Rocío|Begoña|Fermín|Nuria|Gonzalo|Ainhoa|Leire|Esteban'),
           sp('Echeverría|Zubizarreta|Peñalver|Olmedo|Valbuena|Iturbe|Arrieta Quintana|Barrientos Lozano'), 'W'),
    'it': (sp('Ludovica|Benedetta|Ginevra|Ottavia|Jacopo|Edoardo|Guglielmo|Saverio'),
           sp('Sorrentino|Pellegrino|Benedetti|Cattaneo|Morelli|Santoro|Lombardi'), 'W'),
    'pl': (sp('Wiktoria|Agnieszka|Małgorzata|Jadwiga|Bartosz|Wojciech|Przemysław|Radosław'),
           sp('Szczepański|Grabowski|Jabłoński|Wróblewski|Dąbrowski|Kaczmarek'), 'W'),
    'fi': (sp('Elina|Pihla|Tuulikki|Hilkka|Juhani|Tapio|Veikko|Oskari'), sp('Hämäläinen|Kärkkäinen|Pesonen|Turunen|Heikkinen|Ylönen|Räsänen'), 'W'),
    'se': (sp('Sigrid|Ebba|Linnea|Astrid|Torbjörn|Olof|Fredrik|Gunnar'), sp('Lindqvist|Bergström|Sjöberg|Åkesson|Hedlund|Nordström'), 'W'),
    'tr': (sp('Zeynep|Defne|Ebru|Selin|Oğuz|Hakan|Serkan|Barış'), sp('Öztürk|Arslan|Şahin|Yıldız|Aksoy|Güneş'), 'W'),
    'za': (sp('Nomvula|Lindiwe|Zanele|Thandeka|Bongani|Lwazi|Themba|Sifiso|Kagiso'), sp('Dlamini|Mthembu|Botha|Venter|Molefe|Sithole'), 'W'),
    'vi': (sp('Lan|Khoa|Châu|Hương|Bảo|Ánh'), sp('Phạm|Trần|Vũ|Bùi|Hồ|Dương'), 'V'),
    'ja': (sp('Hiroshi|Akane|Daisuke|Naoko|Kenji|Emi'), sp('Matsumoto|Kobayashi|Fujiwara|Inoue|Kimura|Hayashi'), 'W'),
    'ng': (sp('Chiamaka|Obinna|Adaeze|Emeka|Ngozi|Folake'), sp('Adeyemi|Okonkwo|Balogun|Olawale|Ezeugwu'), 'W'),
    'ar': (sp('Layla|Khalid|Samira|Tariq|Rania|Faisal'), sp('Haddad|Khoury|Darwish|Farouk|Bakri'), 'W'),
    'fr': (sp('Aurélie|Benoît|Solène|Thibault|Élodie|Gaëtan'), sp('Duchemin|Rousseau|Chevalier|Delacourbe|Lambert'), 'W'),
    'de': (sp('Katharina|Friedrich|Annika|Tobias|Helga|Wolfgang'), sp('Hoffmann|Zimmermann|Krüger|Schulze|Brandt'), 'W'),
    'pt': (sp('Thaís|Leandro|Luana|Caio|Beatriz'), sp('Cardoso|Barbosa|Teixeira|Nogueira|Azevedo'), 'W'),
    'ru': (sp('Anastasia|Yevgeny|Tatiana|Oksana|Boris'), sp('Sokolov|Lebedeva|Orlov|Volkov'), 'W'),
    'nl': (sp('Maarten|Femke|Joost|Sanne|Ruud'), sp('Jansen|Bakker|Visser|Hendriks'), 'W'),
    'gr': (sp('Eleni|Nikos|Dimitra|Yannis'), sp('Papadopoulos|Karagiannis|Georgiou'), 'W'),
    'cn': (sp('Xiaoming|Meiling|Jianhua|Yifan'), sp('Zhou|Zhao|Liu'), 'W'),
    'pk': (sp('Ayesha|Usman|Hira|Bilal'), sp('Chaudhry|Siddiqui|Malik'), 'W'),
    'ir': (sp('Dariush|Shirin|Kourosh|Parisa'), sp('Rahimi|Tehrani|Farahani|Moradi'), 'W'),
    'gh': (sp('Kojo|Abena|Kofi|Akosua'), sp('Mensah|Asante|Boateng|Owusu'), 'W'),
    'mx': (sp('Guadalupe|Xóchitl|Armando|Citlali'), sp('Hernández|Juárez|Cervantes'), 'W'),
    'th': (sp('Somchai|Anong|Kittisak|Malee'), sp('Chaiyaporn|Wongsakul|Boonmee'), 'W'),
    'id': (sp('Putri|Agus|Wulan'), sp('Santoso|Wijaya|Hartono'), 'W'),
    'ph': (sp('Rizalino|Jericho|Maricel'), sp('Dimaculangan|Macapagal|Villanueva'), 'W'),
    'hu': (sp('Zsófia|Gábor|Réka|Bence'), sp('Kovács|Szabó|Tóth'), 'W'),
    'ke': (sp('Wanjiru|Otieno|Achieng'), sp('Kamau|Mwangi|Odhiambo|Chebet'), 'W'),
    'il': (sp('Noa|Eitan|Tamar|Yonatan'), sp('Mizrahi|Peretz|Ben-David'), 'W'),
    'et': (sp('Selam|Dawit|Hanna'), sp('Tesfaye|Bekele|Alemu|Girma'), 'W'),
}
# mix for prompts with no country context (dev leans on English-speaking names)
MIX = ['en'] * 14 + ['ie'] * 2 + ['in'] * 3 + ['ko', 'sg', 'es', 'it', 'pl', 'fi', 'se', 'tr', 'za', 'vi', 'ja', 'ng', 'ar',
       'fr', 'de', 'pt', 'ru', 'nl', 'gr', 'cn', 'pk', 'ir', 'gh', 'mx', 'th', 'id', 'ph', 'hu', 'ke', 'il', 'et'] + ['en', 'ng', 'ar', 'pt', 'ja', 'de', 'fr', 'vi']

CITIES = {
    'us': sp('Tulsa|Spokane|Boise|Savannah|Tucson|Fresno|Des Moines|Wichita|Chattanooga|Baton Rouge|Reno|Lubbock|Syracuse|Knoxville'),
    'uk': sp('Carlisle|Truro|Inverness|Swansea|Exeter|Derby|Aberdeen|Lancaster|Dundee|Bath|Plymouth|Norwich'),
    'au': sp('Hobart|Townsville|Ballarat|Bendigo|Darwin|Toowoomba|Launceston|Mackay'),
    'ca': sp('Regina|Saskatoon|Moncton|Victoria|Thunder Bay|Sherbrooke|Lethbridge|Fredericton'),
    'in': sp('Nagpur|Indore|Coimbatore|Mysuru|Surat|Bhopal|Kochi|Visakhapatnam'),
    'es': sp('Zaragoza|Salamanca|Oviedo|Cádiz|Murcia|Pamplona|Santander|Toledo'),
    'it': sp('Bergamo|Lecce|Trieste|Modena|Cagliari|Siena|Ancona|Verona'),
    'pl': sp('Lublin|Rzeszów|Szczecin|Olsztyn|Opole|Gdynia|Kielce'),
    'fi': sp('Jyväskylä|Lahti|Vaasa|Joensuu|Seinäjoki|Kotka'),
    'se': sp('Linköping|Västerås|Gävle|Karlstad|Sundsvall|Luleå|Jönköping'),
    'tr': sp('Bursa|Trabzon|Kayseri|Samsun|Mersin|Diyarbakır'),
    'za': sp('Bloemfontein|Kimberley|Pietermaritzburg|Gqeberha|Rustenburg|East London'),
    'sg': sp('Tampines|Bishan|Toa Payoh|Jurong West|Sengkang|Bukit Timah'),
    'kr': sp('Daegu|Gwangju|Daejeon|Suwon|Ulsan|Jeonju'),
    'world': sp('Montevideo|Tbilisi|Ljubljana|Kraków|Nairobi|Hanoi|Porto|Bratislava|Accra|Cusco|Rotterdam|Thessaloniki|Marrakesh|Chiang Mai|Tallinn|Cebu|Mombasa|Antwerp'),
}
COUNTRIES = sp('Uruguay|Slovenia|Ghana|Georgia|Kenya|Portugal|Vietnam|Estonia|Morocco|Chile|Belgium|Philippines|Greece|Latvia|Tunisia|Ecuador')
US_STATES = sp('Kansas|Montana|Nebraska|Vermont|Idaho|Kentucky|Arizona|Maine|Delaware|Iowa|Louisiana|Wisconsin')
STREETS = {
    'us': sp('Juniper Hollow Road|Sycamore Bend Lane|Old Mill Parkway|Bramblewood Court|Copperfield Way|Hickory Knoll Drive|Lantern Hill Road'),
    'uk': sp('Foxglove Crescent|Rectory Lane|Abbotsford Terrace|Wheelwright Close|Millbrook Gardens'),
    'au': sp('Waratah Parade|Jacaranda Crescent|Wattlebird Lane|Coolabah Road|Grevillea Way'),
    'es': sp('Calle de la Estrella|Avenida del Cid|Calle Alfonso I|Calle San Vicente Mártir'),
}
ORGS = {
    'co': sp('Orchardmere Analytics|Mistralgate Systems|Lumenvale Software|Hawksmoor Freight Ltd|Brindlewood Interiors|Cobaltreach Networks|Marrowfield Foods|Ferncastle Insurance|Sableridge Capital|Novaterra Mining'),
    'hosp': sp('Juniperhill General Hospital|Aldergrove Medical Practice|Ardenwick Royal Infirmary|Corrowdale Community Clinic|Ambergate Children\'s Hospital'),
    'bank': sp('Banca Monteverro|Caja Rural del Moncayo|Fenway Mutual Bank|Corrowdale Savings|Ardenwick Building Society'),
    'au': sp('Wattlebird Roofing Pty Ltd|Coolabah Freight Pty Ltd|Jacaranda Physio Pty Ltd|Grevillea Legal Pty Ltd'),
    'it': sp('Tipografia Monteverro S.r.l.|Oleificio Valdorcia S.p.A.|Studio Legale Pellizzari|Cantine Brunforte S.r.l.'),
}
NRPS = sp('Lutheran|Buddhist|Sikh|Muslim|Methodist|Greek Orthodox|Quaker|Vietnamese|Ghanaian|Peruvian|Hungarian|Kenyan|Ukrainian|Republican|Green Party|Baptist|Moroccan|Filipino')
DOMAINS = sp('hotmail.se|outlook.es|orchardmere.io|mistralgate.fr|lumenvale.app|hawksmoorfreight.co.uk|cobaltreach.net|marrowfield-foods.com|ferncastle-ins.ie|novaterra.com.au|juniperhill-nhs.uk|monteverro.it|sableridge.vc|brindlewood.design')
URL_HOSTS = sp('portal.orchardmere.io|lumenvale.app|www.cobaltreach.net|help.mistralgate.fr|sableridge.vc|careers.marrowfield-foods.com|novaterra.com.au|my.ferncastle-ins.ie')
URL_PATHS = sp('/account/verify|/login|/billing/update|/track/%d|/u/%s|/support/case/%d|/password-reset?t=%s|/profile')

# ---- helpers -------------------------------------------------------------------

def pick(xs):
    return R.choice(xs)


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def alnum(n, lower=True):
    al = string.ascii_lowercase + string.digits
    return ''.join(R.choice(al) for _ in range(n))


def person(cul=None, middle=False):
    cul = cul or pick(MIX)
    g, s, order = NAMES[cul]
    gn, sn = pick(g), pick(s)
    if order == 'E':
        return sn + ' ' + gn
    if order == 'K':
        return sn + ' ' + gn if R.random() < 0.5 else gn + ' ' + sn
    if order == 'V':
        return sn + ' ' + pick(sp('Thị|Văn|Minh|Quốc|Ngọc')) + ' ' + gn if R.random() < 0.6 else gn + ' ' + sn
    if middle or (cul in ('en', 'ie') and R.random() < 0.15):
        return gn + ' ' + R.choice('ABCDEGHJKLMPRSTW') + '. ' + sn
    return gn + ' ' + sn


def email_for(name):
    toks = [re.sub(r"[^a-z]", '', t) for t in strip_acc(name).lower().replace('-', ' ').split()]
    toks = [t for t in toks if len(t) > 1] or ['user']
    f, l = toks[0], toks[-1]
    form = R.randint(0, 5)
    local = [f + '.' + l, f[0] + l, f + '_' + l + str(R.randint(10, 99)), l + str(R.randint(100, 9999)), f + '.' + l + '+' + pick(sp('invoices|hr|travel|kyc')), l + '.' + f][form]
    return local + '@' + pick(DOMAINS)


def strip_acc(s):
    import unicodedata
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


MONTHS = sp('January|February|March|April|May|June|July|August|September|October|November|December')
DAYS = sp('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')
ES_M = sp('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre')
IT_M = sp('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre')
PL_M = sp('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia')


def date(style='en', dob=False):
    y = R.randint(1948, 2003) if dob else R.randint(2019, 2026)
    m, d = R.randint(1, 12), R.randint(1, 28)
    if style == 'es':
        return '%d de %s de %d' % (d, ES_M[m - 1], y)
    if style == 'it':
        return '%d %s %d' % (d, IT_M[m - 1], y)
    if style == 'pl':
        return '%d %s %d' % (d, PL_M[m - 1], y)
    if style == 'fi':
        return '%d.%d.%d' % (d, m, y)
    if style == 'tr':
        return '%02d.%02d.%d' % (d, m, y)
    if style == 'en':
        style = pick(['long', 'us', 'dmy', 'iso', 'mdy', 'short', 'dow', 'at', 'slash_eu', 'slash_us', 'mon3'] if not dob
                     else ['long', 'dmy', 'iso', 'slash_eu', 'slash_us', 'short', 'mon3', 'dots'])
    if style == 'long':
        return '%s %d, %d' % (MONTHS[m - 1], d, y)
    if style == 'us' or style == 'mdy':
        return '%s %d, %d' % (MONTHS[m - 1][:3], d, y) if style == 'us' else '%d %s %d' % (d, MONTHS[m - 1], y)
    if style == 'dmy':
        return '%d %s %d' % (d, MONTHS[m - 1], y)
    if style == 'iso':
        return '%d-%02d-%02d' % (y, m, d)
    if style == 'short':
        return '%d %s %d' % (d, MONTHS[m - 1][:3], y)
    if style == 'dow':
        return '%s, %s %d' % (pick(DAYS), MONTHS[m - 1], d)
    if style == 'at':
        return '%s %d at %d:%02d %s' % (MONTHS[m - 1], d, R.randint(1, 12), pick([0, 15, 30, 45]), pick(['AM', 'PM']))
    if style == 'slash_eu':
        return '%02d/%02d/%d' % (d, m, y)
    if style == 'slash_us':
        return '%02d/%02d/%d' % (m, d, y)
    if style == 'mon3':
        return '%02d-%s-%d' % (d, MONTHS[m - 1][:3].upper(), y)
    if style == 'dots':
        return '%02d.%02d.%d' % (d, m, y)
    if style == 'time':
        return '%d:%02d' % (R.randint(7, 21), pick([0, 10, 20, 30, 40, 45, 50]))
    if style == 'isot':
        return '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(7, 20), pick([0, 5, 20, 35, 50]))
    raise ValueError(style)


def phone(cc=None):
    cc = cc or pick(['us', 'us', 'us', 'uk', 'de', 'fr', 'au', 'in', 'mx', 'jp', 'ng', 'br', 'nl', 'ie', 'ke'])
    a = lambda n: digits(n)
    if cc == 'us':
        ac = str(R.randint(201, 989))
        return pick(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1 (%s) %s-%s', '%s.%s.%s', '+1-%s-%s-%s']) % (ac, str(R.randint(200, 999)), a(4))
    if cc == 'uk':
        return pick(['+44 7%s %s' % (a(3), a(6)), '07%s %s' % (a(3), a(6)), '+44 (0)20 %s %s' % (a(4), a(4))])
    if cc == 'de':
        return '+49 %s %s' % (pick(['151', '160', '30', '89']), a(7))
    if cc == 'fr':
        return pick(['+33 6 %s %s %s %s' % (a(2), a(2), a(2), a(2)), '07 %s %s %s %s' % (a(2), a(2), a(2), a(2))])
    if cc == 'au':
        return pick(['+61 4%s %s %s' % (a(2), a(3), a(3)), '04%s %s %s' % (a(2), a(3), a(3))])
    if cc == 'in':
        return '+91 %s %s' % (str(R.randint(70000, 99999)), a(5))
    if cc == 'mx':
        return '+52 %s %s %s' % (pick(['55', '81', '33']), a(4), a(4))
    if cc == 'jp':
        return '+81 %s-%s-%s' % (pick(['90', '80', '3']), a(4), a(4))
    if cc == 'ng':
        return '+234 %s %s %s' % (pick(['803', '806', '813']), a(3), a(4))
    if cc == 'br':
        return '+55 11 9%s-%s' % (a(4), a(4))
    if cc == 'nl':
        return '+31 6 %s %s' % (a(4), a(4))
    if cc == 'ie':
        return '+353 8%s %s %s' % (R.randint(3, 9), a(3), a(4))
    if cc == 'ke':
        return '+254 7%s %s%s' % (a(2), a(3), a(3))
    if cc == 'es':
        return pick(['+34 6%s %s %s' % (a(2), a(3), a(3)), '+34 9%s %s %s %s' % (a(1), a(3), a(2), a(2))])
    if cc == 'pl':
        return pick(['+48 5%s %s %s' % (a(2), a(3), a(3)), '+48 6%s-%s-%s' % (a(2), a(3), a(3))])
    if cc == 'kr':
        return pick(['010-%s-%s' % (a(4), a(4)), '+82 10-%s-%s' % (a(4), a(4)), '+82 31-%s-%s' % (a(3), a(4))])
    if cc == 'za':
        return pick(['+27 %s %s %s' % (pick(['71', '82', '83', '11']), a(3), a(4)), '0%s %s %s' % (pick(['72', '84', '61']), a(3), a(4))])
    if cc == 'tr':
        return pick(['0%s %s %s %s' % (pick(['532', '542', '555']), a(3), a(2), a(2)), '+90 %s %s %s %s' % (pick(['533', '505']), a(3), a(2), a(2))])
    if cc == 'se':
        return '+46 70 %s %s %s' % (a(3), a(2), a(2))
    if cc == 'fi':
        return '+358 40 %s %s' % (a(3), a(4))
    if cc == 'it':
        return '+39 3%s %s %s' % (a(2), a(3), a(4))
    if cc == 'sg':
        return '+65 %s%s %s' % (pick('89'), a(3), a(4))
    if cc == 'ca':
        return '+1 %s-%s-%s' % (pick(['306', '506', '250', '403']), str(R.randint(200, 999)), a(4))
    raise ValueError(cc)


def card():
    kind = pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'visa', 'mc'])
    n = C.card(R, kind)
    f = R.randint(0, 3)
    if kind == 'amex':
        return [n, n[:4] + ' ' + n[4:10] + ' ' + n[10:], n[:4] + '-' + n[4:10] + '-' + n[10:]][f % 3]
    if len(n) != 16:
        return n
    return [n, C.group(n, 4), C.group(n, 4, '-'), C.group(n, 4)][f]


def iban(cc=None):
    cc = cc or pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'AT', 'PT', 'IE', 'PL', 'CH', 'FI', 'SE', 'DK', 'NO'])
    v = C.iban(R, cc)
    return C.group(v, 4) if R.random() < 0.5 else v


def ip(kind=None):
    kind = kind or pick(['pub', 'pub', 'pub', 'priv', 'priv', 'v6', 'v6c', 'll', 'map'])
    if kind == 'pub':
        return '%d.%d.%d.%d' % (pick([23, 45, 62, 81, 91, 104, 139, 151, 178, 185, 203, 213]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == 'priv':
        return pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    h = lambda: '%x' % R.randint(0, 0xffff)
    if kind == 'v6':
        return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if kind == 'v6c':
        return '2001:%s:%s::%s' % (h(), h(), h())
    if kind == 'll':
        return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())
    return '::ffff:%d.%d.%d.%d' % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def mac():
    b = ['%02x' % R.randint(0, 255) for _ in range(6)]
    f = R.randint(0, 3)
    if f == 0:
        return ':'.join(b).upper()
    if f == 1:
        return ':'.join(b)
    if f == 2:
        return '-'.join(b).upper()
    s = ''.join(b)
    return '.'.join(s[i:i + 4] for i in range(0, 12, 4))


def url():
    host = pick(URL_HOSTS)
    path = pick(URL_PATHS)
    if '%d' in path:
        path = path % R.randint(1000, 999999)
    elif '%s' in path:
        path = path % alnum(10)
    scheme = pick(['https://', 'https://', 'http://', ''])
    if not scheme and not host.startswith('www.'):
        host = pick(['www.', '']) + host
    return scheme + host + (path if R.random() < 0.8 else '')


def ssn():
    a, b, c = C.ssn(R)
    return pick(['%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c)


def itin():
    a, b, c = C.itin(R)
    return pick(['%s-%s-%s', '%s-%s-%s', '%s %s %s', '%s%s%s']) % (a, b, c)


def uk_nino():
    while True:
        p = R.choice('ABCEGHJKLMNOPRSTWXYZ') + R.choice('ABCEGHJKLMNPRSTWXYZ')
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    d = digits(6)
    s = R.choice('ABCD')
    return p + ' ' + d[:2] + ' ' + d[2:4] + ' ' + d[4:] + ' ' + s if R.random() < 0.5 else p + d + s


def nhs():
    v = C.nhs(R)
    return pick([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v, v[:3] + '-' + v[3:6] + '-' + v[6:], v[:3] + ' ' + v[3:6] + ' ' + v[6:]])


def hetu():
    y = R.randint(1942, 2012); m = R.randint(1, 12); dd = R.randint(1, 28)
    sep = pick(['-', '-', 'Y', 'X']) if y < 2000 else pick(['A', 'A', 'B', 'E'])
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + sep + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def us_dl():
    f = R.randint(0, 5)
    L = string.ascii_uppercase
    return [R.choice(L) + digits(7), R.choice(L) + digits(12), digits(9), digits(8),
            R.choice(L) + digits(3) + '-' + digits(4) + '-' + digits(4), R.choice(L) + digits(8)][f]


def us_passport():
    return digits(9) if R.random() < 0.5 else R.choice('ACEHKLMNRTW') + digits(8)


def in_passport():
    return R.choice('ABCDEFGHJKLMNPRSTUVW') + str(R.randint(1, 9)) + digits(6)


def in_voter():
    return ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + digits(7)


def aadhaar():
    v = C.aadhaar(R)
    return pick([C.group(v, 4), C.group(v, 4), v, C.group(v, 4, '-')])


def pan(name=None):
    v = C.pan(R)
    return v


def tfn():
    v = C.tfn(R)
    return C.group(v, 3) if R.random() < 0.7 else v


def abn():
    v = C.abn(R)
    return v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:] if R.random() < 0.65 else v


def acn():
    v = C.acn(R)
    return C.group(v, 3) if R.random() < 0.65 else v


def medicare():
    v = C.medicare(R)
    return v[:4] + ' ' + v[4:9] + ' ' + v[9] if R.random() < 0.7 else v


def sin():
    v = C.sin(R)
    return pick([C.group(v, 3), C.group(v, 3, '-'), v])


def kr_rrn():
    v = C.kr_rrn(R)
    return v[:6] + '-' + v[6:] if R.random() < 0.85 else v


def nie():
    v = C.nie(R)
    return v if R.random() < 0.75 else v[:-1] + '-' + v[-1]


def nif():
    v = C.nif(R)
    return v if R.random() < 0.7 else v[:-1] + '-' + v[-1]


def crypto():
    return C.btc(R, pick(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))


def bank_acct():
    return digits(R.randint(8, 17))


def za_id():
    return C.za_id(R)


def se_pnr():
    return C.se_pnr(R, long=R.random() < 0.4)


# ---- look-alike (never labelled) values ---------------------------------------

def bad_luhn(n=16):
    while True:
        v = '4' + digits(n - 1)
        if not C.luhn_ok(v):
            return C.group(v, 4) if R.random() < 0.5 else v


def bad_iban():
    v = C.iban(R, pick(['DE', 'FR', 'NL', 'GB', 'ES']))
    d = int(v[2:4])
    v = v[:2] + '%02d' % ((d + R.randint(1, 9)) % 97 or 3) + v[4:]
    return C.group(v, 4)


def bad_9():
    while True:
        v = str(R.randint(1, 9)) + digits(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        acnw = [8, 7, 6, 5, 4, 3, 2, 1]
        s = sum(int(a) * b for a, b in zip(v[:8], acnw))
        if sum(int(a) * b for a, b in zip(v, w)) % 11 and int(v[8]) != (10 - s % 10) % 10 and not C.luhn_ok(v):
            return v


def bad_10():
    while True:
        v = digits(10)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(v[:9])) % 11
        if (c % 11) != int(v[9]) and not C.luhn_ok('80840' + v):
            return v


def bad_12():
    while True:
        v = str(R.randint(2, 9)) + digits(11)
        if not C.verhoeff_ok(v):
            return v


def bad_b58():
    v = C.btc(R, 'p2pkh')
    i = R.randint(5, len(v) - 3)
    c = pick([x for x in C.B58 if x != v[i]])
    return v[:i] + c + v[i + 1:]


def uuid():
    h = lambda n: ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return '%s-%s-4%s-%s%s-%s' % (h(8), h(4), h(3), R.choice('89ab'), h(3), h(12))


def sha(n=40):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ver():
    return pick(['v', '', 'v']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40)) + pick(['', '', '-beta.2', '-rc3'])


def ver4():
    return '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 99), R.randint(100, 9999))


def amount():
    return pick(['$%s.%02d' % ('{:,}'.format(R.randint(12, 99999)), R.randint(0, 99)), '€%d,%02d' % (R.randint(5, 9999), R.randint(0, 99)),
                 '£%d.%02d' % (R.randint(5, 999), R.randint(0, 99)), 'CHF %d.%02d' % (R.randint(10, 9999), R.randint(0, 99)), '₹%s' % '{:,}'.format(R.randint(500, 99999))])


def order_no():
    return pick(['ORD-%s' % digits(7), 'PO-%s-%s' % (R.randint(2019, 2026), digits(5)), '#%s' % digits(9), 'RMA%s' % digits(6), 'INV/%s/%s' % (R.randint(2020, 2026), digits(5)), 'CX-%s' % digits(8)])


def log_ts():
    y, m, d = R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return pick(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, hh, mm, ss, R.randint(0, 999)),
                 '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, hh, mm, ss, R.randint(0, 999)),
                 '%s %2d %02d:%02d:%02d' % (MONTHS[m - 1][:3], d, hh, mm, ss),
                 '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d, MONTHS[m - 1][:3], y, hh, mm, ss)])


def sku_phone():
    return '%s-%s-%s-%s' % (R.randint(200, 989), R.randint(200, 999), digits(4), pick(['BK', 'WH', 'XL', 'RD', 'GR']))


def hexcol():
    return '#' + ''.join(R.choice('0123456789abcdef') for _ in range(6))


# ---- slot table ----------------------------------------------------------------
# {X} or {X:arg} in a template. Labelled slots produce (type, value); others plain text.

class Ctx:
    def __init__(self):
        self.last = None


def _person(ctx, arg, mode='full'):
    cul = arg or None
    if mode == 'full':
        v = person(cul)
    elif mode == 'mid':
        v = person(cul or 'en', middle=True)
    elif mode == 'first':
        v = pick(NAMES[cul or pick(MIX)][0])
    else:
        v = pick(NAMES[cul or pick(['en', 'en', 'de', 'it', 'in', 'ie', 'ng', 'fr'])][1])
    ctx.last = v
    return ('PERSON', v)


SLOTS = {
    'P': lambda c, a: _person(c, a),
    'PM': lambda c, a: _person(c, a, 'mid'),
    'PF': lambda c, a: _person(c, a, 'first'),
    'PS': lambda c, a: _person(c, a, 'sur'),
    'CITY': lambda c, a: ('LOCATION', pick(CITIES[a or 'world'])),
    'COUNTRY': lambda c, a: ('LOCATION', pick(COUNTRIES)),
    'STATE': lambda c, a: ('LOCATION', pick(US_STATES)),
    'STREET': lambda c, a: ('LOCATION', street(a)),
    'ORG': lambda c, a: ('ORGANIZATION', pick(ORGS[a or 'co'])),
    'NRP': lambda c, a: ('NRP', pick(NRPS)),
    'D': lambda c, a: ('DATE_TIME', date(a or 'en')),
    'DOB': lambda c, a: ('DATE_TIME', date(a or 'en', dob=True)),
    'EM': lambda c, a: ('EMAIL_ADDRESS', email_for(c.last if c.last and a != 'r' else person())),
    'PH': lambda c, a: ('PHONE_NUMBER', phone(a)),
    'URL': lambda c, a: ('URL', url()),
    'IP': lambda c, a: ('IP_ADDRESS', ip(a)),
    'MAC': lambda c, a: ('MAC_ADDRESS', mac()),
    'CC': lambda c, a: ('CREDIT_CARD', card()),
    'IBAN': lambda c, a: ('IBAN_CODE', iban(a)),
    'BTC': lambda c, a: ('CRYPTO', crypto()),
    'SSN': lambda c, a: ('US_SSN', ssn()),
    'ITIN': lambda c, a: ('US_ITIN', itin()),
    'USPP': lambda c, a: ('US_PASSPORT', us_passport()),
    'DL': lambda c, a: ('US_DRIVER_LICENSE', us_dl()),
    'BANK': lambda c, a: ('US_BANK_NUMBER', bank_acct()),
    'MBI': lambda c, a: ('US_MBI', C.mbi(R, dash=R.random() < 0.5)),
    'NPI': lambda c, a: ('US_NPI', C.npi(R)),
    'DEA': lambda c, a: ('MEDICAL_LICENSE', C.dea(R)),
    'NHS': lambda c, a: ('UK_NHS', nhs()),
    'NINO': lambda c, a: ('UK_NINO', uk_nino()),
    'NIF': lambda c, a: ('ES_NIF', nif()),
    'NIE': lambda c, a: ('ES_NIE', nie()),
    'CF': lambda c, a: ('IT_FISCAL_CODE', C.cf(R)),
    'PIVA': lambda c, a: ('IT_VAT_CODE', C.piva(R)),
    'PESEL': lambda c, a: ('PL_PESEL', C.pesel(R)),
    'NRIC': lambda c, a: ('SG_NRIC_FIN', C.nric(R)),
    'TFN': lambda c, a: ('AU_TFN', tfn()),
    'ABN': lambda c, a: ('AU_ABN', abn()),
    'ACN': lambda c, a: ('AU_ACN', acn()),
    'MEDI': lambda c, a: ('AU_MEDICARE', medicare()),
    'AADH': lambda c, a: ('IN_AADHAAR', aadhaar()),
    'PAN': lambda c, a: ('IN_PAN', pan()),
    'INPP': lambda c, a: ('IN_PASSPORT', in_passport()),
    'VOTER': lambda c, a: ('IN_VOTER', in_voter()),
    'HETU': lambda c, a: ('FI_PERSONAL_IDENTITY_CODE', hetu()),
    'PNR': lambda c, a: ('SE_PERSONNUMMER', se_pnr()),
    'KRRN': lambda c, a: ('KR_RRN', kr_rrn()),
    'TRID': lambda c, a: ('TR_NATIONAL_ID', C.tr_id(R)),
    'ZAID': lambda c, a: ('ZA_ID_NUMBER', za_id()),
    'SIN': lambda c, a: ('CA_SIN', sin()),
    # unlabelled fillers
    'ORDER': lambda c, a: order_no(),
    'AMT': lambda c, a: amount(),
    'UUID': lambda c, a: uuid(),
    'SHA': lambda c, a: sha(int(a) if a else 40),
    'VER': lambda c, a: ver(),
    'VER4': lambda c, a: ver4(),
    'TS': lambda c, a: log_ts(),
    'BADCC': lambda c, a: bad_luhn(),
    'BADIBAN': lambda c, a: bad_iban(),
    'BAD9': lambda c, a: bad_9(),
    'BAD10': lambda c, a: bad_10(),
    'BAD12': lambda c, a: bad_12(),
    'BADB58': lambda c, a: bad_b58(),
    'SKUPH': lambda c, a: sku_phone(),
    'HEX': lambda c, a: hexcol(),
    'N': lambda c, a: str(R.randint(*map(int, (a or '10-9999').split('-')))),
    'DG': lambda c, a: digits(int(a)),
    'FILE': lambda c, a: pick(sp('billing.py|main.go|schema.sql|deploy.yaml|Makefile|handlers.ts|worker.rs|CHANGELOG.md|settings.toml|app.kt')),
    'ENV': lambda c, a: pick(sp('staging|prod-eu|canary|qa-2|sandbox')),
}


def street(region):
    region = region or 'us'
    s = pick(STREETS[region])
    if region == 'es':
        return '%s %d' % (s, R.randint(2, 180))
    n = '%d %s' % (R.randint(3, 2999), s)
    if R.random() < 0.2:
        n = pick(['Apt %d, ', 'Unit %d, ', 'Flat %d, ']) % R.randint(1, 40) + n
    return n


SLOT_RE = re.compile(r'\{([A-Z0-9]+)(?::([A-Za-z0-9-]+))?\}')


def render(tpl):
    ctx = Ctx()
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(lit(tpl[pos:m.start()]))
        parts.append(SLOTS[m.group(1)](ctx, m.group(2)))
        pos = m.end()
    parts.append(lit(tpl[pos:]))
    return parts


def lit(s):
    return s.replace('{{', '{').replace('}}', '}')


# ---- templates ----------------------------------------------------------------
# (family weight is the number of records drawn from the family's templates, cycled)

FAM = []


def fam(n, *tpls):
    FAM.append((n, list(tpls)))


# billing / support
fam(9,
    "Refund request from {P}: card {CC} shows the same charge on {D} twice. Best number is {PH}.",
    "This is {P}. You billed my card {CC} two times for one order on {D}; call me back on {PH}.",
    "Customer {P} disputes a duplicate debit on {CC} dated {D}. Contact: {PH}.",
    "Write an apology to {P} for the double charge on card {CC} ({D}). They asked for a call at {PH}.")
fam(7,
    "Got an email from {URL} saying my account is locked and asking for card {CC} plus my login {EM:r}. Legit?",
    "Is {URL} one of yours? It wanted my card number {CC} and my e-mail {EM:r}.",
    "Suspicious page at {URL} collected card {CC} and the address {EM:r}; how do I report it?")
fam(4,
    "Stop the recurring payment on card {CC} and send the {AMT} back to it. Ref {ORDER}.",
    "Please unsubscribe card {CC} from the monthly plan; the refund of {AMT} should go to the same card ({ORDER}).",
    "{P} wants card {CC} removed from the account and the last {AMT} refunded.")
fam(4,
    "Reply kindly to {P}: the complaint quotes card {CC} and gives {CITY:us} as home.",
    "Draft a short answer for {P} in {CITY:uk} about the failed charge on {CC}.")
fam(4,
    '{{"client": {{"full_name": "{P}", "mail": "{EM}", "tel": "{PH}", "pan": "{CC}"}}, "ticket": "{ORDER}", "state": "chargeback"}}',
    '{{"buyer": "{P}", "contact": {{"email": "{EM}", "mobile": "{PH}"}}, "payment_card": "{CC}", "ref": "{ORDER}"}}')
# SSN / DOB escalations, HR
fam(8,
    "Flagging this call: the person said their SSN was {SSN} and their birthday {DOB}, yet our record lists {P}.",
    "Identity mismatch. Caller quoted social security number {SSN}, born {DOB}; account holder is {P}.",
    "Fraud team, please review: SSN {SSN}, DOB {DOB}, customer of record {P}.")
fam(6,
    "Onboarding memo: {P} begins {D} in our {CITY:us} branch. SSN {SSN}; pay goes to account {BANK}.",
    "{P} joins the {CITY:us} team on {D}. For payroll: social security no. {SSN}, checking account {BANK}.",
    "Add {P} to the {D} payroll run ({CITY:us} office); SSN {SSN}, routing to account number {BANK}.")
fam(5,
    '{{"emp_id": {N:1000-99999}, "legal_name": "{P}", "birth_date": "{DOB:iso}", "ssn": "{SSN}", "home": {{"city": "{CITY:us}"}}}}',
    '{{"member": "{P}", "dob": "{DOB:iso}", "tax_id": "{SSN}", "location": "{CITY:us}", "plan": "gold"}}')
fam(9,
    "Direct debit from account {BANK} was returned unpaid, says {P} ({EM}).",
    "{P} <{EM}> reports the ACH pull on bank account {BANK} failed twice.",
    "Why would account no. {BANK} reject our debit? Customer is {P}, email {EM}.")
fam(14,
    "Tax season: {P} holds ITIN {ITIN}; send the W-7 for the spouse to {STREET:us}, {CITY:us}.",
    "{P} (ITIN {ITIN}) moved to {STREET:us}, {CITY:us}, {STATE}. Update the mailing record.",
    "Preparing a joint return: ITIN {ITIN} belongs to {P}, the partner's SSN is {SSN}.",
    "Filing for {P}: ITIN {ITIN}, dependent SSN {SSN}.")
fam(14,
    "Check this license: DL {DL}, holder {P}, residing at {STREET:us}, {CITY:us}, {STATE}.",
    "The rental desk needs my driving licence number {DL}, issued by {STATE}. Fill it in for me?",
    "Driver {P}, license {DL} ({STATE}), please confirm it is active.",
    "KYC address proof: {P}, DL no. {DL}, {STREET:us}, {CITY:us}.")
fam(14,
    "Trip for {P}: passport {USPP}, departing to {CITY:world} on {D}.",
    "Passport renewal for {P} (current passport {USPP}), date of birth {DOB}.",
    "Rebook {P} on the {D} flight to {CITY:world}; passport number {USPP}.",
    "{P} lost passport {USPP} in {CITY:world}; born {DOB}. What do we file?")
# medicare / claims / pharmacy
fam(14,
    "Medicare Beneficiary Identifier {MBI} comes back inactive for {P}. The member asked for a call at {PH:us}.",
    "Eligibility check failed: MBI {MBI}, patient {P}, phone {PH:us}.",
    "Claim for {P}: MBI {MBI}, billing provider NPI {NPI}, service date {D}.",
    "Resubmit the claim. Beneficiary {P}, MBI {MBI}, NPI {NPI}, DOS {D}.")
fam(7,
    "Refill request: prescriber NPI {NPI}, patient contact {EM:r}, next fill {D}.",
    "Pharmacy queue: NPI {NPI} wrote the script, patient e-mail {EM:r}, pickup {D}.",
    "The NPI {NPI} on this prior auth is the ordering physician; send status to {EM:r}.")
fam(15,
    "Dr. {PS} asked us to print DEA number {DEA} on the new scripts.",
    "Is DEA {DEA} valid in {STATE}? Need it before we fill.",
    "Prescription signed by Dr. {P} (DEA {DEA}) for {P}, callback {PH:us}.",
    "Controlled-substance log: prescriber {P}, DEA registration {DEA}.")
fam(14,
    "Referral: {P}, NHS number {NHS}, to be seen at {ORG:hosp}.",
    "New patient {P}, born {DOB}, NHS no. {NHS}, registered with a surgery in {CITY:uk}.",
    "Discharge summary for {P} (NHS {NHS}) from {ORG:hosp}; follow-up {D}.",
    "Please book {P} (NHS number {NHS}), DOB {DOB}, at the {CITY:uk} clinic.")
fam(5,
    "Clinical note: {P}, {NRP}, 61, admitted to {ORG:hosp} on {D} with shortness of breath. Next of kin: {PH}.",
    "Handover: {P} ({NRP}) came into {ORG:hosp} {D}; family can be reached at {PH}.")
fam(5,
    "Translate to French: {P} is a {NRP} engineer from {CITY:world} employed by {ORG:co}.",
    "Rewrite in plain English: {P}, a {NRP} resident of {CITY:world}, works at {ORG:co}.")
fam(5,
    "Appraisal summary: {P} ({NRP}, {CITY:world} office) beat every goal at {ORG:co} this year.",
    "Write feedback for {P}, {NRP}, based in {CITY:world}, top performer at {ORG:co}.")
fam(4,
    "Address check for {P}: {STREET:uk}, {CITY:world}, {COUNTRY}. Meal preference noted as {NRP}.",
    "{P} lives at {STREET:us}, {CITY:world}, {COUNTRY}; the form lists religion as {NRP}.")
# UK
fam(14,
    "Starter form for {P}: NI number {NINO}, start date {D}.",
    "{P} joins on {D}; National Insurance no. {NINO}.",
    "Payroll query: {P} says the NI number {NINO} on the payslip is wrong. Staff ref {ORDER}.",
    "Update HR: {P}, NINO {NINO}.")
# Canada
fam(15,
    "Never email {P}'s SIN {SIN}. Direct them to {URL}.",
    "{P} shared social insurance number {SIN} in chat; reply with the secure form {URL} instead.",
    "New staff member {P} in {CITY:ca} gave SIN {SIN} for payroll.",
    "SIN {SIN} belongs to {P}, who works out of the {CITY:ca} office.")
# AU
fam(10,
    "New starter {P}: TFN {TFN}, residential address {STREET:au}, {CITY:au}.",
    "Super fund form for {P}, tax file number {TFN}, lives at {STREET:au}, {CITY:au}.",
    "{P} provided TFN {TFN}; postal address {STREET:au}, {CITY:au}.")
fam(6,
    "BAS prep: {ORG:au} has ABN {ABN}; sole trader {P} quoted TFN {TFN}.",
    "ABN {ABN} is registered to {ORG:au}. The owner, {P}, gave TFN {TFN}.")
fam(9,
    "{P} bills us via {ORG:au}, ABN {ABN}, ACN {ACN}.",
    "Vendor setup: {ORG:au}, ACN {ACN}, ABN {ABN}, contact {P}.")
fam(6,
    "Confirm Medicare no. {MEDI} and company ACN {ACN} for {ORG:hosp}.",
    "{ORG:hosp} sent Medicare number {MEDI} and their ACN {ACN}; are they valid?")
fam(9,
    "{P}'s Medicare card {MEDI}; appointment {D} at {ORG:hosp}.",
    "Booking: {P}, Medicare {MEDI}, {D}, {ORG:hosp}.",
    "Medicare card number {MEDI} for {P}, seen on {D}.")
# India
fam(7,
    "Payroll in {CITY:in}: {P:in} uploaded PAN {PAN} and Aadhaar {AADH}.",
    "{P:in} from the {CITY:in} office sent PAN {PAN} with Aadhaar {AADH} for salary setup.")
fam(6,
    '{{"applicant": "{P:in}", "pan_no": "{PAN}", "aadhaar_no": "{AADH}", "epic": "{VOTER}", "passport_no": "{INPP}"}}',
    'KYC bundle -> name: {P:in}; PAN: {PAN}; Aadhaar: {AADH}; voter ID: {VOTER}; passport: {INPP}')
fam(8,
    "Verify Indian passport {INPP} and EPIC {VOTER} for {P:in}.",
    "{P:in} submitted voter ID {VOTER} and passport number {INPP}.",
    "Passport {INPP} (holder {P:in}) and PAN {PAN} need checking.")
fam(2,
    "{P:in}'s Aadhaar is {AADH} and voter card {VOTER}.")
# Korea
fam(5,
    "Relocation to Seoul: {P:ko}, RRN {KRRN}, mobile {PH:kr}.",
    "Korean payroll for {P:ko}: resident registration no. {KRRN}, contact {PH:kr}.")
fam(5,
    "{P:ko} (RRN {KRRN}) was charged twice on card {CC}.",
    "Chargeback: customer {P:ko}, registration number {KRRN}, card {CC}.")
fam(5,
    "{P:ko} from {CITY:kr} gave resident registration number {KRRN}.",
    "Identity check requested: {P:ko}, RRN {KRRN}, branch {CITY:kr}.")
# Singapore
fam(10,
    "Staff update: {P:sg}, NRIC {NRIC}, start date {D}.",
    "ACRA filing lists {P:sg} as director, FIN {NRIC}, office in {CITY:sg}.",
    "{P:sg} (NRIC {NRIC}) moved to {CITY:sg}.",
    "Add {P:sg} to CPF: NRIC {NRIC}, joined {D}.")
fam(4,
    "{P:sg}'s FIN is {NRIC}; please reach them at {PH:sg}.",
    "Work pass holder {P:sg}, FIN {NRIC}, email {EM}.")
# Spain
fam(9,
    "Para nóminas: {P:es}, NIE {NIE}, oficina de {CITY:es}, alta el {D:es}.",
    "{P:es} con NIE {NIE} empieza en {CITY:es} el {D:es}.",
    "Alta de {P:es} (NIE {NIE}) en la sede de {CITY:es} con fecha {D:es}.")
fam(6,
    "El NIE {NIE} y el NIF {NIF} son de {P:es}; móvil {PH:es}.",
    "Titular {P:es}: NIF {NIF}, NIE {NIE}, teléfono {PH:es}.")
fam(9,
    "Contrato: NIF {NIF}, titular {P:es}, dirección {STREET:es}, {CITY:es}.",
    "{P:es} (NIF {NIF}) vive en {STREET:es}, {CITY:es}.")
# Italy
fam(7,
    "Verifica il codice fiscale {CF} e la partita IVA {PIVA}, per favore.",
    "CF {CF}, P.IVA {PIVA}: sono validi?")
fam(8,
    "Anagrafica: {P:it}, C.F. {CF}, nata a {CITY:it} il {D:it}.",
    "Scheda dipendente di {P:it}: codice fiscale {CF}, luogo di nascita {CITY:it}, assunzione {D:it}.")
fam(8,
    "Nuovo fornitore {ORG:it}, P.IVA {PIVA}, contatto {P:it} ({EM}).",
    "Ordine a {ORG:it} (partita IVA {PIVA}); referente {P:it}, mail {EM}.")
# Poland
fam(15,
    "Kandydatka {P:pl}, PESEL {PESEL}, telefon {PH:pl}. Proszę sprawdzić dane.",
    "Dane pracownika: {P:pl}, PESEL {PESEL}, miasto {CITY:pl}.",
    "{P:pl} (PESEL {PESEL}) zaczyna pracę {D:pl} w {CITY:pl}.",
    "Numer PESEL {PESEL} podał {P:pl}; kontakt {PH:pl}.")
# Finland
fam(15,
    "Uusi työntekijä {P:fi}, hetu {HETU}, aloituspäivä {D:fi}.",
    "{P:fi} ({HETU}) asuu paikkakunnalla {CITY:fi}.",
    "Palkanlaskenta: {P:fi}, henkilötunnus {HETU}, kotikunta {CITY:fi}.",
    "Henkilötunnus {HETU} kuuluu henkilölle {P:fi}; työsuhde alkaa {D:fi}.")
# Sweden
fam(15,
    "Personnumret {PNR} hör till {P:se}; mejla {EM}.",
    "{P:se} ({PNR}) bor i {CITY:se}.",
    "Sökande {P:se}, personnummer {PNR}, ort {CITY:se}.",
    "Lönespec: {P:se}, pnr {PNR}, e-post {EM}.")
# Turkey
fam(15,
    "{P:tr} için T.C. kimlik numarası {TRID}, randevu tarihi {D:tr}.",
    "Vize mektubu: {P:tr}, kimlik no {TRID}, {CITY:tr} çıkışlı.",
    "TCKN {TRID}, adı {P:tr}; görüşme {D:tr}.",
    "{P:tr} ({CITY:tr}) kimlik numarasını {TRID} olarak verdi.")
# South Africa
fam(14,
    "Applicant {P:za}, SA ID {ZAID}, living in {CITY:za}.",
    "RICA check: {P:za}, ID no. {ZAID}, cell {PH:za}.",
    "{P:za} (identity number {ZAID}) relocated to {CITY:za}.",
    "South African ID {ZAID} belongs to {P:za}; phone {PH:za}.")
# Crypto
fam(7,
    "Refund my deposit to {BTC}, not the old wallet.",
    "Please pay out to this BTC address: {BTC}",
    "Withdrawal to {BTC} is stuck. Transaction id {SHA:64}.")
fam(6,
    "Prize of {AMT} can go to either {BTC} or {BTC}.",
    "Split the payout between {BTC} and {BTC}.")
fam(4,
    "{P} asked us to send the bounty to {BTC}.",
    "Wallet for {P}: {BTC}; backup {EM}.")
# Network / devices / code
fam(7,
    "DHCP keeps handing {IP} to the device with MAC {MAC}. Running firmware {VER}.",
    "MAC {MAC} shows up with address {IP} on two switches; build {VER}.",
    "Whitelist MAC {MAC} and IP {IP} on the {ENV} VLAN.")
fam(7,
    '{{"host": {{"hw": "{MAC}", "addr": "{IP}", "contact": "{EM:r}"}}, "version": "{VER}"}}',
    "asset:\n  mac: {MAC}\n  ip: {IP}\n  owner: {EM:r}\n  fw: {VER}")
fam(4,
    "Correct this config:\nmailer:\n  from: {EM:r}\n  relay: {IP}\n  port: {N:25-9999}\nhomepage: {URL}",
    "Why does this YAML fail?\nnotify:\n  address: {EM:r}\n  server: {IP}\nlink: {URL}")
fam(2,
    "Firewall blocks {IP} but allows {IP}. Here is the rule file from {FILE}.",
    "Our WAF banned {IP}; can you add {IP} to the allowlist?")
fam(4,
    "This throws at runtime:\n```python\nNOTIFY_TO = \"{EM:r}\"\nREDIS_HOST = \"{IP}\"\nnotify(NOTIFY_TO)\n```",
    "Explain this snippet:\n```js\nconst owner = '{EM:r}';\nfetch('{URL}');\n```",
    "```bash\ncurl -H 'X-Client-IP: {IP}' {URL} -d 'user={EM:r}'\n```\ngives 401. Why?")
fam(3,
    "Log excerpt:\n{TS} WARN auth failure for {EM:r} from {IP}\n{TS} INFO retry in 30s",
    "{TS} ERROR token rejected user={EM:r} src={IP} req={UUID}")
fam(3,
    "Webhook target {URL} receives header X-Owner: {EM:r}; commit {SHA} broke it.",
    "Our callback {URL} got a 500 for {EM:r}. Request id {UUID}.")
fam(3,
    "Save my info: e-mail {EM:r}, mobile {PH}, IP {IP}.",
    "Use these as test fixtures: {EM:r}, {PH}, {IP}.")
fam(3,
    "Put {P} in the CRM: {EM}, {PH}, profile {URL}.",
    "New lead {P} — {EM}, {PH}, site {URL}.")
fam(3,
    "Message from {P} <{EM}>: 'ring me on {PH} after {D:time}'.",
    "git blame says {P} <{EM}> wrote commit {SHA:7}. Who is that?")
fam(3,
    "Supplier {ORG:co} wants {IP} and {IP} allowlisted before {D}.",
    "Make this polite: hey {PF}, {ORG:co} in {CITY:us} needs the slides by {D}.")
fam(2,
    "text me when you're in {CITY:world}, it's {PF} — {PH}",
    "{PF} here, meeting moved to {D:time}; my number is {PH}.")
# IBAN
fam(7,
    "Transfer from {ORG:co} to {IBAN} bounced; charge card {CC} instead.",
    "Supplier payment to {IBAN} failed at {ORG:bank}; fall back to card {CC}.")
fam(7,
    "SEPA transfer rejected. Payee: {P}, IBAN {IBAN}, ref {ORDER}. What went wrong?",
    "Payee {P} gave IBAN {IBAN}; the bank returned the payment.",
    "Please pay {P} on IBAN {IBAN} by {D}.")
fam(8,
    '[{{"iban": "{IBAN}", "owner": "{P}", "institution": "{ORG:bank}"}}, {{"iban": "{IBAN}", "owner": "{P}"}}]',
    "accounts:\n- iban: {IBAN}\n  holder: {P}\n  bank: {ORG:bank}\n- iban: {IBAN}\n  holder: {P}")

NEG = [
    "Order {ORDER} left the warehouse; tracking {DG:12}. Amount paid: {AMT}.",
    "Invoice {ORDER} for {AMT} is past due; PO {ORDER}.",
    "The IBAN {BADIBAN} fails validation. Can you spot the typo?",
    "Card-like number {BADCC} on ticket {ORDER} is just a reference, ignore it.",
    "Serial {BAD9} passed QA; serial {BAD9} did not.",
    "Batch {BAD10} and lot {BAD12} were recalled.",
    "Voucher {BADB58} no longer works. Can I get a new one?",
    "Bumping from {VER} to {VER} fixed the crash in {FILE}.",
    "Release {VER4} is out on every node.",
    "The image digest is {SHA:64}, built from {SHA}.",
    "Pod {UUID} restarted {N:100-90000} times, exit code {N:1-255}.",
    "Request {UUID} took {N:100-9000} ms on port {N:80-9999}.",
    "Part {SKUPH} supersedes part {SKUPH}.",
    "Set the accent colour to {HEX} and the border to {HEX}.",
    "Print the poster on A3 and the flyers on A5.",
    "Log:\n{TS} INFO job {DG:8} finished\n{TS} DEBUG queue depth {N:1-500}",
    "Explain `UPDATE invoices SET paid = 1 WHERE id = {N:1000-99999}`.",
    "Rename {FILE} to {FILE} and rerun the tests.",
    "Give me three bullet points on cache invalidation.",
    "What is the difference between a mutex and a semaphore?",
    "Case {DG:5}-{DG:4} was closed with no action.",
    "Ticket {BADCC} duplicates {ORDER}; merge please.",
    "Set temperature to 0.{N:1-9} and max_tokens to {N:100-8000} in {FILE}.",
    "Error E{DG:5} at line {N:10-3000} of {FILE}.",
    "Promo code SUMMER{N:10-99} applies to SKU {ORDER}.",
    "Total due is {AMT} across {N:2-40} line items.",
    "The H1 heading and X11 forwarding both broke after {VER}.",
    "Is it safe to rotate the key {SHA:32} now?",
    "Why does Python round 2.5 to 2?",
    "Reference {BAD10} does not match any NHS record format we use.",
    "Account ref {BAD12} is not an Aadhaar, it is our internal ID.",
    "Our Wi-Fi SSID is office-guest-{N:1-99} and the password rotates weekly.",
    "Summarise the attached meeting notes in five lines.",
    "Convert 45 degrees Fahrenheit to Celsius.",
    "Build {SHA:7} failed on {ENV}; rerun with --verbose.",
    "Shipment of {N:2-900} units, {AMT}, ref {ORDER}.",
]

PREFIX = ["Here is the message:\n\n", "Help me with the following:\n", "Pull out the important details:\n",
          "From the support queue:\n---\n", "Read this and advise:\n\n"]
SUFFIX = ["\n\nAnswer as a bullet list.", "\n\nBe brief.", "\n\nThank you.", "\n\nOutput a table."]
TAIL = [" ty", " plz", " urgent", "!!!"]


def build():
    recs = []
    jobs = []
    for n, tpls in FAM:
        for i in range(n):
            jobs.append((tpls[i % len(tpls)], True))
    neg_n = 108
    for i in range(neg_n):
        jobs.append((NEG[i % len(NEG)], False))
    R.shuffle(jobs)
    for idx, (tpl, pos) in enumerate(jobs):
        parts = render(tpl)
        lower = R.random() < 0.08
        upper_name = (not lower) and R.random() < 0.04
        pre = pick(PREFIX) if R.random() < 0.23 else ''
        suf = pick(SUFFIX) if R.random() < 0.13 else ''
        tail = pick(TAIL) if R.random() < 0.08 else ''
        text, ents = '', []
        if pre:
            text += pre.lower() if lower else pre
        body = []
        for p in parts:
            if isinstance(p, tuple):
                ty, v = p
                if lower:
                    v = v.lower()
                elif upper_name and ty == 'PERSON':
                    v = v.upper()
                body.append((ty, v))
            else:
                body.append(p.lower() if lower else p)
        # a tail goes before the final full stop is dropped, as chat users do
        if tail and isinstance(body[-1], str) and body[-1].endswith('.'):
            body[-1] = body[-1][:-1]
        for p in body:
            if isinstance(p, tuple):
                ty, v = p
                ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
                text += v
            else:
                text += p
        text += (tail + suf).lower() if lower else tail + suf
        for e, p in zip(ents, [p for p in body if isinstance(p, tuple)]):
            assert text[e['start']:e['end']] == p[1], (text, e, p)
        for a, b in zip(ents, ents[1:]):
            assert a['end'] <= b['start'], text
        if not pos:
            assert not ents
        recs.append({'id': 'p33-%04d' % idx, 'text': text, 'entities': ents})
    return recs


def templates_count():
    return sum(len(t) for _, t in FAM) + len(NEG)


if __name__ == '__main__':
    C.write(build())
