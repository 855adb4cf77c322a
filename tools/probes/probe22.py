"""Probe 22: a blind measure of generalisation.

About 600 chat prompts in the style of the dev corpus (support tickets, HR and
payroll, KYC, medical, travel, logs, config snippets, JSON/CSV/key-value
records, prompts in Spanish, Italian, Polish, Swedish, Finnish and Turkish,
lower- and upper-case variants, wrapper instructions and PII-free look-alike
prompts), with the same labelling conventions and roughly the same type mix.
Templates, people, places, organisations, e-mail domains and file names are
new and drawn from vocabularies disjoint from dev's; identifiers come in
further countries and format variants. Written from the corpus description
and dev alone, without looking at the engine.

Usage: python3 -B tools/probes/probe22.py > probe22.jsonl
"""
import os
import random
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(2222)
ch = R.choice


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def upper(n):
    return ''.join(R.choice(string.ascii_uppercase) for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


# ---- identifiers (valid by spec, in several surface forms) -----------------

def card():
    kind = ch(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'visa13'])
    d = C.card(R, kind)
    if kind == 'amex':
        return ch([d, d[:4] + ' ' + d[4:10] + ' ' + d[10:], d[:4] + '-' + d[4:10] + '-' + d[10:]])
    if kind == 'diners':
        return ch([d, d[:4] + ' ' + d[4:10] + ' ' + d[10:]])
    if kind == 'visa13':
        return d
    return ch([d, C.group(d, 4), C.group(d, 4), C.group(d, 4, '-')])


def iban():
    cc = ch(['NL', 'CH', 'AT', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR', 'IT',
             'PL', 'GB', 'DE', 'FR', 'ES', 'BE'])
    v = C.iban(R, cc)
    return ch([v, C.group(v, 4), C.group(v, 4)])


def ssn():
    a, b, c = C.ssn(R)
    return ch(['-', '-', '-', ' ', '']).join([a, b, c])


def itin():
    a, b, c = C.itin(R)
    return ch(['-', '-', ' ', '']).join([a, b, c])


def tfn():
    d = C.tfn(R)
    return ch([C.group(d, 3), C.group(d, 3), d, C.group(d, 3, '-')])


def abn():
    d = C.abn(R)
    return ch([d[:2] + ' ' + C.group(d[2:], 3), d[:2] + ' ' + C.group(d[2:], 3), d])


def acn():
    d = C.acn(R)
    return ch([C.group(d, 3), d, C.group(d, 3, '-')])


def medicare():
    d = C.medicare(R)
    return ch([d[:4] + ' ' + d[4:9] + ' ' + d[9], d, d[:4] + ' ' + d[4:9] + ' ' + d[9],
               d[:4] + '-' + d[4:9] + '-' + d[9]])


def nhs():
    d = C.nhs(R)
    return ch([d[:3] + ' ' + d[3:6] + ' ' + d[6:], d, d[:3] + '-' + d[3:6] + '-' + d[6:]])


def sin():
    d = C.sin(R)
    return ch([C.group(d, 3), C.group(d, 3, '-'), d])


def za_id():
    d = C.za_id(R)
    return ch([d, d, d[:6] + ' ' + d[6:10] + ' ' + d[10:]])


def tr_id():
    return C.tr_id(R)


def kr_rrn():
    d = C.kr_rrn(R)
    return ch([d[:6] + '-' + d[6:], d[:6] + '-' + d[6:], d])


def pesel():
    return C.pesel(R)


def se_pnr():
    kind = ch(['short', 'long', 'long_nosep', 'plus', 'short'])
    if kind == 'short':
        return C.se_pnr(R)
    if kind == 'long':
        return C.se_pnr(R, long=True)
    if kind == 'long_nosep':
        return C.se_pnr(R, long=True, sep='')
    return C.se_pnr(R, sep='+')


def hetu():
    y = R.randint(1935, 2019); m = R.randint(1, 12); dd = R.randint(1, 28)
    sign = ch('-YXWVU') if y < 2000 else ch('ABCDEF')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + sign + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def nif():
    d = C.nif(R)
    return ch([d, d, d[:8] + '-' + d[8]])


def nie():
    d = C.nie(R)
    return ch([d, d, d[:8] + '-' + d[8], d[0] + '-' + d[1:8] + '-' + d[8]])


def cf():
    return C.cf(R)


def piva():
    return C.piva(R)


def aadhaar():
    d = C.aadhaar(R)
    return ch([C.group(d, 4), C.group(d, 4), d, C.group(d, 4, '-')])


def pan():
    return C.pan(R)


def in_passport():
    return ch('ABCEGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + digits(6)


def in_voter():
    return upper(3) + digits(7)


def nric():
    return C.nric(R)


def npi():
    return C.npi(R)


def dea(surname=None):
    d = C.dea(R)
    if surname:
        d = d[0] + surname[0].upper() + d[2:]
    return d


def mbi():
    return C.mbi(R, dash=R.random() < 0.5)


def us_passport():
    return ch([digits(9), upper(1) + digits(8)])


def us_dl():
    f = ch(['ca', 'fl', 'il', 'ny', 'tx', 'wa', 'pa', 'nj', 'mi', 'md'])
    if f == 'ca':
        return f, upper(1) + digits(7)
    if f == 'fl':
        d = upper(1) + digits(12)
        return f, ch([d, d[:4] + '-' + d[4:7] + '-' + d[7:9] + '-' + d[9:12] + '-' + d[12]])
    if f == 'il':
        d = upper(1) + digits(11)
        return f, ch([d, d[:4] + '-' + d[4:8] + '-' + d[8:]])
    if f == 'ny':
        d = digits(9)
        return f, ch([d, C.group(d, 3)])
    if f == 'tx':
        return f, digits(8)
    if f == 'wa':
        return f, 'WDL' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    if f == 'pa':
        d = digits(8)
        return f, ch([d, d[:2] + ' ' + d[2:5] + ' ' + d[5:]])
    if f == 'nj':
        d = upper(1) + digits(14)
        return f, ch([d, d[:5] + ' ' + d[5:10] + ' ' + d[10:]])
    if f == 'mi':
        d = upper(1) + digits(12)
        return f, ch([d, d[0] + ' ' + d[1:4] + ' ' + d[4:7] + ' ' + d[7:10] + ' ' + d[10:]])
    return f, upper(1) + digits(8)


DL_STATE = {'ca': 'California', 'fl': 'Florida', 'il': 'Illinois', 'ny': 'New York', 'tx': 'Texas',
            'wa': 'Washington', 'pa': 'Pennsylvania', 'nj': 'New Jersey', 'mi': 'Michigan',
            'md': 'Maryland'}


def bank_acct():
    return digits(R.choice([8, 9, 10, 11, 12, 12, 13, 14, 15, 17]))


def btc():
    return C.btc(R, ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))


def mac():
    b = ['%02x' % R.randrange(256) for _ in range(6)]
    f = ch(['colon', 'colon', 'dash', 'dot', 'colon_lc'])
    if f == 'colon':
        return ':'.join(b).upper()
    if f == 'colon_lc':
        return ':'.join(b)
    if f == 'dash':
        return '-'.join(b).upper()
    s = ''.join(b)
    return '.'.join(s[i:i + 4] for i in range(0, 12, 4))


def ipv4(private=None):
    if private is None:
        private = R.random() < 0.4
    if private:
        return ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                   '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                   '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return '%d.%d.%d.%d' % (ch([23, 41, 62, 78, 91, 103, 118, 145, 159, 176, 185, 197, 203, 213]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    f = ch(['full', 'comp', 'comp', 'link', 'mapped', 'loopish'])
    g = ['%x' % R.randrange(1, 65536) for _ in range(8)]
    if f == 'full':
        return ':'.join('%04x' % int(x, 16) for x in g)
    if f == 'comp':
        return '2001:db8:' + ':'.join(g[:2]) + '::' + g[7] if R.random() < 0.4 else \
            ch(['2a01', '2604', '2c0f', '2400']) + ':' + ':'.join(g[1:4]) + '::' + g[7]
    if f == 'link':
        return 'fe80::' + ':'.join(g[4:8])
    if f == 'mapped':
        return '::ffff:' + ipv4(False)
    return ch(['2406', '2803']) + ':' + g[1] + ':' + g[2] + '::' + g[6] + ':' + g[7]


def ip():
    return ipv6() if R.random() < 0.3 else ipv4()


# ---- vocabularies ----------------------------------------------------------
# culture: given names | surnames ("|"-separated)
NAMES = {
    'en': ('Tamsin|Jolyon|Isolde|Ruairi|Fenella|Aoibheann|Siobhán|Gráinne|Dervla|Perdita|Lysander|Ignatius|Cecily|Ophelia|Septimus|Millicent|Gwendolyn|Bethan|Carys|Iolo|Bryson|Colter|Harlow|Kasey|Boone',
           'Underhill|Crabtree|Kilbride|Penhaligon|Sallow|Haverford|Trevithick|Applegarth|Brackenbury|Drinkwater|Gathercole|Inglethorpe|Mountjoy|Nettleship|Oakenfold|Pargeter|Quartermaine|Rowbotham|Scattergood|Tolliver|Uttley|Vavasour|Hollingsworth|Pettibone|Vanderpool|Wadsworth|Higginbotham|Culpepper|Dinwiddie'),
    'in': ('Harsha|Vikrant|Poonam|Sandeep|Madhuri|Gayatri|Omkar|Jayant|Sunanda',
           'Rajan|Kulshreshtha|Chakraborty|Dasgupta|Pathak|Bhandari|Goswami'),
    'es': ('Pelayo|Custodia|Froilán|Leocadia|Patricio|Tristán|Wenceslao|Rosendo|Blas|Olvido',
           'Aranguren|Berrocal|Palomares|Mardones|Lasarte|Alcántara|Espinosa|Manzanares|Montesinos|Recio|Tejero|Ballesteros|Carmona|Ordóñez'),
    'la': ('Maricruz|Deysi|Evelio|Heriberto',
           'Arancibia|Zúñiga|Irigoyen|Santacruz|Velásquez|Coaquira|Cusi'),
    'it': ('Nicoletta|Settimio|Oreste|Ilario|Giacinta|Ermanno|Carmelo|Romolo|Maddalena',
           'Abbiati|Lanfranchi|Scaglione|Mazzoleni|Pedrazzini|Quagliarella|Buonocore|Cavalieri|Trombetta|Ferraiuolo'),
    'pl': ('Mieczysław|Dobromir|Ksawery|Lechosław|Bolesław|Henryka|Aniela',
           'Przybylski|Kaczmarczyk|Ostrowska|Gąsiorowski|Żurawski|Gołębiowski|Jaworska|Pawłowska|Dudek|Krajewska|Urbański|Rutkowski|Borkowska|Leśniak'),
    'sv': ('Agnetha|Göran|Viggo|Margit|Sture',
           'Söderholm|Norrby|Engdahl|Palmgren|Fredholm|Forslund|Strömberg|Berglund|Öberg'),
    'fi': ('Ossi|Viljami|Terttu|Eija|Markku|Taisto|Vappu|Aapo',
           'Vesterinen|Tolvanen|Haverinen|Lassila|Lehtola|Puustinen'),
    'tr': ('Oktay|Şükrü|Erkan|Figen|Bülent|İsmail',
           'Sarıkaya|Tuncel|Yalçınkaya|Kaymakçı|Bayraktar|Akbulut|Ayhan'),
    'de': ('Gudrun|Lothar|Hildegard|Eckhard|Ortrun|Edeltraud|Kunigunde|Leberecht|Swantje|Fritzi',
           'Rautenberg|Stolzenburg|Wendt|Kühnel|Dreyer|Vosskamp|Eichhorn|Bierbaum|Dingeldein|Eulenburg|Fuchsberger|Grünwald|Hufnagel|Immendorf|Kirchhoff|Niederhuber|Obermeier|Pfannkuch|Quandt|Rosenkranz'),
    'nl': ('Marieke|Gijs|Jelle|Lieke|Wessel|Sietske',
           'Veenstra|Timmermans|Verbeek|Bosma|Haverkamp|Kloosterman|Oosterhuis|Wiersma|Zwanenburg|Ruiterman'),
    'ca': ('Ludger|Sylvain|Gisèle|Rosaire|Huguette|Florent|Solange|Yvon',
           'Ouellet|Laflamme|Vaillancourt|Bergeron|Cloutier|Fréchette|Gingras|Houle|Jodoin|Lévesque|Marcotte|Nadeau|Paquette|Rioux|Sauvé'),
    'ng': ('Babajide|Adaobi|Tobenna|Ngozika|Ikechi',
           'Ibekwe|Onwuachi|Okoroafor|Ezeji|Akintola|Oyewole|Ayinde|Ojukwu|Oduya'),
    'gh': ('Kobina|Araba|Ekua|Ewurabena|Akosiwa',
           'Darko|Quartey|Amoah|Ankomah|Boakye'),
    'ke': ('Kiptoo|Waithera|Wangari|Kamande|Wanjala',
           'Ndungu|Barasa|Ndirangu|Karanja'),
    'za': ('Refilwe|Thabang|Kabelo|Nthabiseng|Luyanda|Hlengiwe',
           'Maluleke|Mashaba|Visagie|Groenewald|Mazibuko'),
    'br': ('Iasmin|Valdir|Edivaldo|Lucimar|Raimunda|Kléber',
           'Arruda|Falcão'),
    'pt': ('Joana|Filipa|Benedita|Martim|Madalena|Henrique|Simão',
           'Brito|Sequeira|Valente|Carreira|Godinho|Mourão'),
    'ar': ('Imad|Farida|Latifa|Tawfiq|Ilham',
           'Chaoui|Filali|Zerhouni|Shalaby|Hijazi'),
    'ir': ('Pegah|Mehrnaz',
           'Nazari|Azadi|Daneshvar|Esfahani|Kashani|Mirzaei|Zand'),
    'ua': ('Larysa|Serhiy',
           'Savchuk|Kravets|Petrenko'),
    'gr': ('Charalambos|Ourania|Zoi',
           'Karamanlis|Stathopoulos|Tsakalidis|Konstantinidou|Lambrakis|Samaras'),
    'ph': ('Danilo|Ernesto|Rolando|Reynaldo',
           'Dimaano|Pangan|Caguioa|Malabanan'),
    'hu': ('Jiřina|Erzsébet|Jaroslava|Libuše',
           'Bartók|Csonka'),
    'mi': ('Ataahua|Hinemoa|Whetu',
           'Ngatai|Tamihana'),
    'is': ('Sigríður|Þórdís|Brynjar|Hrafnhildur|Ásdís',
           'Magnússon|Kristjánsdóttir|Þorsteinsson|Ragnarsdóttir|Halldórsson'),
    'et': ('Meskerem|Meron|Sosina',
           'Alemayehu|Meskerem'),
    'id': ('Bagus|Gilang|Kartika',
           'Kurniawan|Hakim|Permana|Siswanto'),
    'th': ('Arthit',
           'Wongsawat|Phongsakorn|Kaewmanee'),
    'jp': ('Sakura|Mitsuki|Kazuya|Ryosuke|Tomoko|Kaori',
           'Saito|Kuroda'),
    'kr': ('Da-som|Dal-lae|Gyeo-ul|Sae-rom',
           'Kook|Sakong|Ryang'),
    'sg': ('Siu Kuen|Yik Hang|Yue Ran|Kuen Wah|Kiang Hang',
           'Chin|Tung|Hiew|Ching|Ngiam|Kuah|Chiam'),
}
# places: country -> cities | regions
PLACES = {
    'us': ('Kalispell|Bemidji|Natchitoches|Ypsilanti|Oshkosh|Kokomo|Texarkana|Tupelo|Mankato|Sandusky|Hoboken|Schenectady|Kenosha|Wausau|Sheboygan|Dothan|Sitka|Keokuk|Ottumwa|Roswell|Muskogee|Emporia|Keene|Brattleboro|Montpelier|Nashua|Pittsfield|Amherst|Danbury|Newburgh|Oneonta|Binghamton|Elmira|Corning|Olean|Erie|Altoona|Johnstown|Wheeling|Parkersburg|Frankfort|Owensboro|Champaign|Kankakee|Jonesboro|Texarkana|Fayetteville|Salina|Hutchinson|Guymon|Woodward|Bartlesville',
           ''),
    'uk': ('Tenby|Dolgellau|Keswick|Ballymena|Ullapool|Pitlochry|Crieff|Brora|Thurso|Dornoch|Forres|Buckie|Peterhead|Fraserburgh|Brechin|Forfar|Kirriemuir|Cupar|Anstruther|Haddington|Dunbar|Kelso|Jedburgh|Hawick|Selkirk|Melrose|Moffat|Lockerbie|Annan|Kirkcudbright|Stranraer|Girvan|Largs|Rothesay|Dunoon|Inveraray|Lochgilphead|Campbeltown|Helmsley|Malton|Northallerton|Leyburn|Skipton|Ilkley|Otley|Knaresborough|Masham|Beverley|Driffield|Bridlington|Hornsea|Withernsea|Horncastle|Spalding|Sleaford|Grantham|Stamford|Oakham|Uppingham|Melton|Ashby|Coalville|Hinckley|Lutterworth',
           'Fife'),
    'au': ('Cessnock|Goondiwindi|Moree|Narrabri|Gunnedah|Inverell|Tenterfield|Yamba|Murwillumbah|Kempsey|Taree|Forster|Muswellbrook|Singleton|Mudgee|Lithgow|Yass|Cooma|Bega|Narooma|Moruya|Kiama|Griffith|Leeton|Deniliquin|Kerang|Ouyen|Berri|Loxton|Kadina|Moonta|Wallaroo|Ceduna|Kununurra|Kalbarri|Dongara|Northam|Merredin|Narrogin|Katanning|Collie|Manjimup',
           ''),
    'ca': ('Lunenburg|Digby|Cobourg|Bracebridge|Kapuskasing|Dryden|Steinbach|Dauphin|Camrose|Canmore|Revelstoke|Tofino',
           ''),
    'in': ('Itanagar|Tezpur|Hosur|Dindigul|Sivakasi|Kumbakonam|Karaikudi|Malappuram|Ballari|Raichur|Bidar|Wardha|Chandrapur|Korba|Berhampur|Haldia|Bardhaman|Malda|Nagaon|Purnia|Hazaribagh|Rewa|Satna|Ratlam|Mandsaur|Alwar|Sikar|Churu|Barmer|Jaisalmer|Bhuj|Nadiad|Valsad|Panipat|Karnal|Rohtak|Hisar|Pathankot|Mathura|Firozabad|Etawah|Sultanpur|Azamgarh|Ballia',
           ''),
    'kr': ('Hwacheon|Yanggu|Inje|Samcheok|Taebaek|Yeongwol|Jeongseon|Danyang|Boeun|Okcheon|Yeongdong|Geumsan|Buyeo|Seocheon|Hongseong|Yesan|Gimje|Damyang|Boseong|Haenam|Wando|Jindo|Hadong|Namhae|Gyeongsan|Yeongcheon|Cheongdo|Uiseong|Chilgok',
           ''),
    'sg': ('Khatib|Marsiling|Outram|Balestier|MacPherson|Lentor|Mayflower',
           ''),
    'za': ('Komani|Parys|Bethal|Standerton|Volksrust|Giyani|Ficksburg|Ladybrand|Vredenburg|Margate|Howick|Piet Retief',
           ''),
    'pl': ('Ciechanów|Chojnice|Ustka|Łeba|Kartuzy|Człuchów|Złotów|Chodzież|Wągrowiec|Jarocin|Kępno|Wieluń|Sieradz|Łask|Kutno|Łowicz|Skierniewice|Sochaczew|Żyrardów|Grójec|Kozienice|Dęblin|Ryki|Łuków|Włodawa|Hrubieszów|Biłgoraj|Kraśnik|Pińczów|Jędrzejów|Miechów|Wieliczka|Myślenice|Limanowa|Gorlice|Dębica|Łańcut|Lesko|Gorzów Wielkopolski|Ostrów Wielkopolski|Radzyń Podlaski|Tomaszów Lubelski|Janów Lubelski|Busko-Zdrój|Ustrzyki Dolne',
           'Pomorze|Małopolska'),
    'es': ('Irún|Lalín|Betanzos|Cangas|Llanes|Potes|Haro|Olite|Sangüesa|Monzón|Daroca|Tarazona|Sigüenza|Almagro|Valdepeñas|Tomelloso|Puertollano|Zafra|Llerena|Cazorla|Lebrija|Chipiona|Tarifa|Frigiliana|Baza|Guadix|Huéscar|Caravaca|Jumilla|Villena|Xàtiva|Ontinyent|Sueca|Vinaròs|Morella|Peñíscola|Amposta|Valls|Berga|Ripoll|Banyoles|Palamós|Blanes|Monforte de Lemos|Sanlúcar de Barrameda',
           'Aragón'),
    'it': ('Chioggia|Voghera|Asolo|Feltre|Bressanone|Rovereto|Desenzano|Salò|Lovere|Rapallo|Lerici|Sarzana|Pontremoli|Fidenza|Guastalla|Carpi|Sassuolo|Mirandola|Comacchio|Faenza|Cervia|Fermo|Gaeta|Formia|Cassino|Aversa|Ravello|Agropoli|Sapri|Maratea|Melfi|Gravina|Nardò|Manduria|Pizzo|Rossano|Scilla|Scicli|Caltagirone|Bassano del Grappa|Riva del Garda|Sestri Levante|Tempio Pausania',
           'Friuli'),
    'se': ('Ljusdal|Falkenberg|Tranås|Vetlanda|Eslöv|Höör|Karlshamn|Ronneby|Olofström|Åmål|Säffle|Östhammar|Tierp|Strömsund|Åre|Storuman|Vilhelmina|Jokkmokk|Pajala',
           ''),
    'fi': ('Ähtäri|Keuruu|Parkano|Outokumpu|Orimattila|Somero|Virrat|Kuhmo|Paltamo',
           ''),
    'tr': ('Kilis|Kaş|Bergama|Ödemiş|Salihli|Akhisar|Turgutlu|Nazilli|Söke|Milas|Ortaca|Dalaman|Kemer|Manavgat|Beyşehir|Ereğli|Bafra|Çarşamba|Merzifon|Tosya|İnebolu|Akçakoca|Gebze|İnegöl|Mudanya|Gemlik|Bandırma|Edremit|Burhaniye',
           ''),
    'world': ('Barranquilla|Antwerp|Bishkek|Kandy|Manta|Maracaibo|Tlemcen|Haarlem|Brugge|Liège|Karaganda|Galle|Jaffna|Malacca|Tainan|Hsinchu|Keelung',
           'Aruba|Comoros|Grenada|Turkmenistan'),
}
STREETS_EN = 'Bellflower|Rowanberry|Cobblestone|Blackthorn|Mulberry|Honeysuckle|Ironwood|Bracken|Elderberry|Gorse|Snapdragon|Buttercup|Wintergreen|Silverbirch|Sloe|Briony|Teasel|Campion|Loosestrife|Knapweed'
STREET_TYPES_EN = "Street|Road|Avenue|Lane|Close|Way|Crescent|Terrace|Parade|Place|Drive|Court|Mews|Rise"
STREETS_LOCAL = {
    'pl': 'ul. Żeromskiego|ul. Kopernika|ul. Piłsudskiego|ul. Konwaliowa|ul. Chabrowa|ul. Łąkowa|ul. Sienkiewicza',
    'es': 'Avinguda Diagonal',
    'it': 'Via della Spiga|Vicolo del Pozzo|Via Pescheria',
    'se': 'Hamngatan|Östra Långgatan|Lingonvägen|Hjortronstigen|Björkbacken|Rönnvägen',
    'fi': 'Kanervatie|Pihlajakuja|Mustikkapolku|Kuusitie|Lumikintie',
    'de': 'Goethestraße|Ginsterweg',
    'tr': 'Karanfil Sokak|Begonya Sokak|Zambak Caddesi|Sardunya Sokak|Akasya Caddesi|Söğüt Sokak|Gelincik Sokak|Ardıç Caddesi',
}
ORGS = {
    'bank': 'Landsbankinn|Ålandsbanken|Banco Pichincha|Equity Bank|GCB Bank|Sydbank|BPER Banca|Banca Sella|Säästöpankki|Aktia|Yes Bank|IDFC First|Arab Bank|Attijariwafa|Banco Agrícola|Bancamía|Šiaulių bankas|Fidor|Saxo Bank|Sbanken',
    'hospital': 'Sahlgrenska|Rigshospitalet|Ospedale Niguarda|Szpital Bielański|Kokilaben Hospital|Asan Medical Center|Alfred Health|Ullevål|Oulunkylä Rehabilitation|Hospital Británico',
    'company': 'Takealot|Zerodha|Xero|Klarna|Northvolt|Supercell|Wolt|Getir|Cabify|Satispay|Docplanner|Brainly|Skyscanner|Deliveroo|Ocado|Lululemon|Hootsuite|Bombardier|Totvs|Despegar|Yoco|Moniepoint|Chipper Cash|Interswitch|Dunzo|Carousell|Bigbasket|Pinduoduo|Vinted|Starling|Personio|Celonis|Doctolib|Qonto',
    'vendor': 'Harrowgate Couriers|Pellucid Labs|Mossbank Veterinary|Sisu Works Oy|Mandacaru Alimentos Ltda|Torrentera Hnos S.L.|Sosnowa Meble Sp. z o.o.|Zeytindalı Gıda A.Ş.|Pihlaja Kiinteistöt Oy',
}
DOMAINS_FREE = 'suomi24.fi|hushmail.com|mailfence.com|wanadoo.es|kpnmail.nl|pobox.com'
DOMAINS_CORP = 'orrinvale.law|tamarackdental.ca|pellucid.ai|dunlinsoft.ie|galahprint.com.au|sisuworks.fi|mandacaru.com.br|torrentera.es|sosnowa.pl|granqvistbygg.se|zeytindali.com.tr|mossbank.vet|quillonmarsh.co.uk|oxbowceramics.com|velvetleaf.co|pihlaja.fi|cinaralti.com.tr|almendral.es'
NRP_NAT = 'Ghanaian Chilean Norwegian Vietnamese Moroccan Kenyan Peruvian Ukrainian Filipino Estonian Lebanese ' \
          'Nigerian Colombian Greek Hungarian Icelandic Argentine Egyptian Bolivian Tunisian Armenian Nepali Samoan Maltese'
NRP_REL = 'Muslim Buddhist Sikh Baptist Methodist Anglican Quaker Orthodox Mennonite Presbyterian Sunni Shia Evangelical'
NRP_POL = 'Republican Conservative Socialist Libertarian Marxist Trotskyist'


def L(s):
    return s.split('|') if '|' in s else s.split()


# ---- value helpers ---------------------------------------------------------
CULTURES = [k for k in NAMES if NAMES[k][0] and NAMES[k][1]]
WEIGHT = {'en': 6, 'in': 3, 'es': 2, 'it': 2, 'pl': 2, 'de': 3, 'ca': 2, 'ng': 2, 'nl': 2, 'la': 1}


def given(c):
    return ch(L(NAMES[c][0]))


def surname(c):
    return ch(L(NAMES[c][1]))


def pname(c=None, middle=False, initial=False):
    """A full name in the culture's usual order."""
    if c is None:
        c = R.choices(CULTURES, [WEIGHT.get(k, 1) for k in CULTURES])[0]
    if c == 'kr':
        return ch([surname(c) + ' ' + given(c), given(c) + ' ' + surname(c), surname(c) + ' ' + given(c)])
    if c == 'sg':
        return surname(c) + ' ' + given(c)
    g, s = given(c), surname(c)
    if c == 'es' and R.random() < 0.4:
        s2 = surname(c)
        if s2 != s:
            s = s + ' ' + s2
    if middle:
        g2 = given(c)
        if g2 != g:
            g = g + ' ' + g2
    elif initial:
        g = g + ' ' + ch(string.ascii_uppercase.replace('X', '')) + '.'
    return g + ' ' + s


def P(c=None, **kw):
    return ('PERSON', pname(c, **kw))


def city(cc=None):
    if cc is None:
        cc = ch(list(PLACES))
    return ch(L(PLACES[cc][0]))


def region(cc):
    rs = L(PLACES[cc][1])
    return ch(rs) if rs else None


def LOC(cc=None):
    return ('LOCATION', city(cc))


def street_en():
    return '%d %s %s' % (R.randint(2, 2999), ch(L(STREETS_EN)), ch(L(STREET_TYPES_EN)))


def street_local(cc):
    s = ch(L(STREETS_LOCAL[cc]))
    n = R.randint(1, 180)
    if cc == 'pl':
        return '%s %d%s' % (s, n, ch(['', '', '/%d' % R.randint(1, 40)]))
    if cc == 'tr':
        return '%s No: %d' % (s, n)
    if cc in ('se', 'fi', 'de', 'it', 'es'):
        return '%s %d' % (s, n)
    return '%s %d' % (s, n)


def addr_en():
    s = street_en()
    r = R.random()
    if r < 0.25:
        return ch(['Apt %d, ', 'Unit %d, ', 'Flat %d, ', 'Suite %d, ']) % R.randint(1, 60) + s
    return s


def ORG(kind=None):
    if kind is None:
        kind = ch(['bank', 'hospital', 'company', 'company', 'vendor'])
    return ('ORGANIZATION', ch(L(ORGS[kind])))


def NRP(kind=None):
    pool = {'nat': NRP_NAT, 'rel': NRP_REL, 'pol': NRP_POL}
    if kind is None:
        kind = ch(['nat', 'nat', 'rel', 'pol'])
    return ('NRP', ch(pool[kind].split()))


def slug(name, style=None):
    import unicodedata
    n = unicodedata.normalize('NFKD', name.lower())
    n = ''.join(c for c in n if not unicodedata.combining(c))
    n = n.replace('ł', 'l').replace('ı', 'i').replace('ø', 'o').replace('þ', 'th').replace('ð', 'd').replace("'", '')
    parts = [p for p in n.replace('-', ' ').replace('.', ' ').split() if p]
    style = style or ch(['dot', 'dot', 'under', 'initial', 'num', 'plus', 'first'])
    if style == 'dot':
        return parts[0] + '.' + parts[-1]
    if style == 'under':
        return parts[0] + '_' + parts[-1] + str(R.randint(10, 99))
    if style == 'initial':
        return parts[0][0] + parts[-1]
    if style == 'num':
        return parts[-1] + str(R.randint(100, 9999))
    if style == 'plus':
        return parts[0] + '.' + parts[-1] + '+' + ch(['invoices', 'hr', 'travel', 'kyc'])
    return parts[0]


def email(name=None, corp=None):
    if name is None:
        name = pname()
    dom = ch(L(DOMAINS_CORP)) if (corp if corp is not None else R.random() < 0.6) else ch(L(DOMAINS_FREE))
    return slug(name) + '@' + dom


def EMAIL(name=None, corp=None):
    return ('EMAIL_ADDRESS', email(name, corp))


def url(dom=None):
    dom = dom or ch(L(DOMAINS_CORP))
    path = ch(['', '/help', '/account/billing', '/portal/login', '/jobs/%d' % R.randint(100, 9999),
               '/claims/%d/status' % R.randint(1000, 99999), '/kb/article-%d' % R.randint(10, 999),
               '/reset?code=' + ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10)),
               '/docs/onboarding.pdf', '/r/' + ''.join(R.choice(string.ascii_lowercase) for _ in range(6))])
    pre = ch(['https://', 'https://', 'https://www.', 'http://', '', 'www.'])
    if pre == '' and path == '':
        path = '/help'
    return pre + dom + path


def URL(dom=None):
    return ('URL', url(dom))


def phone(cc=None):
    cc = cc or ch(['us', 'us', 'uk', 'de', 'fr', 'it', 'nl', 'br', 'in', 'au', 'jp', 'sg', 'mx', 'ie', 'se',
                   'fi', 'tr', 'pl', 'za', 'kr', 'ng', 'ke', 'ca', 'es', 'ch', 'nz', 'ar'])
    d = digits
    a = str(R.randint(2, 9)) + d(2)
    f = {
        'us': ['(%s) %s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4)), '%s-%s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4)),
               '+1 %s %s %s' % (a, str(R.randint(2, 9)) + d(2), d(4)), '%s.%s.%s' % (a, str(R.randint(2, 9)) + d(2), d(4)),
               '+1-%s-%s-%s' % (a, str(R.randint(2, 9)) + d(2), d(4))],
        'ca': ['+1 (%s) %s-%s' % (ch(['204', '306', '506', '709', '867']), d(3), d(4))],
        'uk': ['+44 20 %s %s' % (d(4), d(4)), '+44 (0)161 %s %s' % (d(3), d(4)), '07%s %s' % (d(3), d(6)),
               '+44 7%s %s' % (d(3), d(6)), '0131 %s %s' % (d(3), d(4))],
        'de': ['+49 30 %s %s' % (d(4), d(4)), '+49 (0)89 %s %s' % (d(3), d(4)), '0171 %s' % d(7), '+49 152 %s %s' % (d(4), d(4))],
        'fr': ['+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)), '01 %s %s %s %s' % (d(2), d(2), d(2), d(2))],
        'it': ['+39 347 %s %s' % (d(3), d(4)), '+39 06 %s %s' % (d(4), d(4)), '333 %s %s' % (d(3), d(4))],
        'nl': ['+31 6 %s %s' % (d(4), d(4)), '+31 (0)20 %s %s' % (d(3), d(4))],
        'br': ['+55 11 9%s-%s' % (d(4), d(4)), '(21) 9%s-%s' % (d(4), d(4))],
        'in': ['+91 9%s %s' % (d(4), d(5)), '+91-8%s-%s' % (d(4), d(5)), '09%s %s' % (d(4), d(5))],
        'au': ['+61 4%s %s %s' % (d(2), d(3), d(3)), '(02) %s %s' % (d(4), d(4)), '04%s %s %s' % (d(2), d(3), d(3))],
        'jp': ['+81 3-%s-%s' % (d(4), d(4)), '090-%s-%s' % (d(4), d(4))],
        'sg': ['+65 9%s %s' % (d(3), d(4)), '+65 6%s %s' % (d(3), d(4))],
        'mx': ['+52 81 %s %s' % (d(4), d(4))],
        'ie': ['+353 87 %s %s' % (d(3), d(4)), '(01) %s %s' % (d(3), d(4))],
        'se': ['+46 70 %s %s %s' % (d(3), d(2), d(2)), '08-%s %s %s' % (d(3), d(2), d(2))],
        'fi': ['+358 40 %s %s' % (d(3), d(4)), '050 %s %s' % (d(3), d(4))],
        'tr': ['+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2)), '0 (212) %s %s %s' % (d(3), d(2), d(2))],
        'pl': ['+48 %s %s %s' % (str(R.randint(5, 8)) + d(2), d(3), d(3)), '+48 22 %s %s %s' % (d(3), d(2), d(2))],
        'za': ['+27 8%s %s %s' % (d(1), d(3), d(4)), '011 %s %s' % (d(3), d(4))],
        'kr': ['+82 10-%s-%s' % (d(4), d(4)), '02-%s-%s' % (d(4), d(4))],
        'ng': ['+234 80%s %s %s' % (d(1), d(3), d(4)), '0803 %s %s' % (d(3), d(4))],
        'ke': ['+254 7%s %s%s' % (d(2), d(3), d(3)), '0722 %s %s' % (d(3), d(3))],
        'es': ['+34 6%s %s %s' % (d(2), d(3), d(3)), '+34 93 %s %s %s' % (d(3), d(2), d(2))],
        'ch': ['+41 79 %s %s %s' % (d(3), d(2), d(2))],
        'nz': ['+64 21 %s %s' % (d(3), d(4)), '(09) %s %s' % (d(3), d(4))],
        'ar': ['+54 9 11 %s-%s' % (d(4), d(4))],
    }[cc]
    return ch(f)


def PH(cc=None):
    return ('PHONE_NUMBER', phone(cc))


def nino():
    bad1 = 'DFIQUV'; bad2 = 'DFIOQUV'
    while True:
        a, b = ch(string.ascii_uppercase), ch(string.ascii_uppercase)
        if a in bad1 or b in bad2 or a + b in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            continue
        break
    d = digits(6); s = ch('ABCD')
    return ch(['%s%s%s%s' % (a, b, d, s), '%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s), '%s%s %s %s' % (a, b, d, s)])


MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
}
WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


def ymd(past=False, dob=False):
    if dob:
        y = R.randint(1941, 2006)
    elif past:
        y = R.randint(2018, 2025)
    else:
        y = R.randint(2024, 2027)
    return y, R.randint(1, 12), R.randint(1, 28)


def clock():
    h, m = R.randint(7, 19), ch([0, 0, 10, 15, 20, 30, 40, 45, 50])
    return ch(['%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM'), '%02d:%02d' % (h, m),
               '%d:%02d%s' % ((h - 1) % 12 + 1, m, 'am' if h < 12 else 'pm'), '%d%s' % ((h - 1) % 12 + 1, 'am' if h < 12 else 'pm')])


def date(lang='en', dob=False, past=False, time=None):
    y, m, d = ymd(past, dob)
    if lang == 'en':
        mn = MONTHS['en'].split()[m - 1]
        f = ch(['%s %d, %d' % (mn, d, y), '%d %s %d' % (d, mn, y), '%s %d, %d' % (mn[:3], d, y),
                '%02d/%02d/%d' % (m, d, y), '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d),
                '%d %s %d' % (d, mn[:3], y), '%02d-%s-%d' % (d, mn[:3].upper(), y),
                '%d%s of %s %d' % (d, {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th'), mn, y),
                '%d.%d.%d' % (d, m, y)] if dob or past or R.random() < 0.7 else
               ['%s, %s %d' % (ch(WEEKDAYS), mn, d), '%s %d' % (mn, d), '%s %d' % (mn[:3], d)])
        if time or (time is None and not dob and not past and R.random() < 0.15):
            f = f + ch([' at ', ' at ', ', ', ' ']) + clock()
        return f
    mn = MONTHS[lang].split()[m - 1]
    if lang == 'es':
        f = ch(['%d de %s de %d' % (d, mn, y), '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d)])
        if time:
            f += ' a las %d:%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f
    if lang == 'it':
        f = ch(['%d %s %d' % (d, mn, y), '%02d/%02d/%d' % (d, m, y), '%d/%d/%d' % (d, m, y)])
        if time:
            f += ' alle %d:%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f
    if lang == 'pl':
        f = ch(['%d %s %d' % (d, mn, y), '%d %s %d r.' % (d, mn, y), '%02d.%02d.%d' % (d, m, y)])
        if time:
            f += ' o %d:%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f
    if lang == 'sv':
        f = ch(['%d %s %d' % (d, mn, y), '%d-%02d-%02d' % (y, m, d)])
        if time:
            f += ' kl. %02d:%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f
    if lang == 'fi':
        f = ch(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, mn, y), '%02d.%02d.%d' % (d, m, y)])
        if time:
            f += ' klo %d.%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f
    if lang == 'tr':
        f = ch(['%d %s %d' % (d, mn, y), '%02d.%02d.%d' % (d, m, y), '%02d/%02d/%d' % (d, m, y)])
        if time:
            f += ' saat %02d:%02d' % (R.randint(8, 19), ch([0, 15, 30, 45]))
        return f


def DT(lang='en', **kw):
    return ('DATE_TIME', date(lang, **kw))


def ID(ty, v):
    return (ty, v)


# ---- record assembly -------------------------------------------------------
PREFIXES = ['Can you redact this before I forward it?\n\n', "Here's what came in through the contact form:\n> ",
            'Translate to English, keep the numbers as they are:\n', 'Draft a short reply to this message.\n"""\n',
            'Classify the intent of the following text.\n\n', 'Proofread this for me:\n', 'From our shared inbox —\n',
            'Turn this into a checklist:\n\n', 'Is anything in here sensitive?\n---\n', 'TL;DR please:\n']
SUFFIXES = ['\n\nUse bullet points.', '\n\nAnswer in one sentence.', '\n\nNo markdown please.', ' ty', ' cheers',
            '??', '\n\nOutput YAML.', ' - urgent', '\n\nBe concise.', ' :)']
TEMPLATES = []    # (name, weight, fn, kind) with kind 'pos' or 'neg'


def T(n, kind='pos', wrap=True, case=True):
    def deco(fn):
        TEMPLATES.append((fn.__name__, n, fn, kind, wrap, case))
        return fn
    return deco


KEEP_CASE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def recase(parts, mode):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            ty, v = p
            if mode == 'lower' and ty in KEEP_CASE:
                v = v.lower()
            elif mode == 'upper' and ty == 'PERSON':
                v = v.upper()
            out.append((ty, v))
        else:
            out.append(p.lower() if mode == 'lower' else p)
    return out


def build(fn, kind, wrap, case):
    parts = list(fn())
    if case:
        r = R.random()
        if r < 0.07:
            parts = recase(parts, 'lower')
        elif r < 0.13:
            parts = recase(parts, 'upper')
    if wrap and R.random() < 0.3:
        pre = ch(PREFIXES)
        parts = [pre] + parts
        if pre.endswith('"""\n'):
            parts.append('\n"""')
    if wrap and R.random() < 0.25:
        suf = ch(SUFFIXES)
        if isinstance(parts[-1], str) and parts[-1].endswith('.') and not suf.startswith('\n'):
            parts[-1] = parts[-1][:-1]
        parts.append(suf)
    return C.fill(parts)


def main():
    recs = []
    for name, n, fn, kind, wrap, case in TEMPLATES:
        for _ in range(n):
            text, ents = build(fn, kind, wrap, case)
            if kind == 'neg':
                assert not ents, name
            recs.append({'text': text, 'entities': ents})
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        out.append({'id': 'p22-%04d' % i, 'text': r['text'], 'entities': r['entities']})
    C.write(out)


# ---- templates -------------------------------------------------------------
# -- US payroll, tax, health -------------------------------------------------
@T(3)
def w4_fix():
    return ['Our payroll run rejected the W-4 for ', P('en'), ' because SSN ', ('US_SSN', ssn()),
            ' does not match the name. Their hire date was ', DT(past=True), '.']


@T(3)
def ssn_callback():
    n = pname()
    return ['Voicemail transcript: "hi, this is ', ('PERSON', n), ', my social is ', ('US_SSN', ssn()),
            ', please call me back on ', PH('us'), ' about my 1099."']


@T(3)
def itin_refund():
    return ['Refund status check for taxpayer ', P(ch(['la', 'es', 'in', 'ng'])), ' using ITIN ', ('US_ITIN', itin()),
            '; the return was e-filed on ', DT(past=True), '.']


@T(3)
def itin_household():
    return ['Household form: head of household ', P(), ' (ITIN ', ('US_ITIN', itin()), '), dependent ', P('en'),
            ' (SSN ', ('US_SSN', ssn()), ').']


@T(3)
def us_passport_visa():
    return ['Visa appointment for ', P('en'), ' at the consulate in ', LOC('world'), ' on ', DT(time=True),
            '. U.S. passport number ', ('US_PASSPORT', us_passport()), '.']


@T(3)
def us_passport_lost():
    return ['I lost my passport (no. ', ('US_PASSPORT', us_passport()), ') somewhere in ', LOC('world'),
            '. Can you help me write the DS-64 statement? My name is ', P('en'), '.']


@T(3)
def dl_rental():
    f, v = us_dl()
    return ['Car hire pickup in ', LOC('us'), ': driver ', P(), ', licence ', ('US_DRIVER_LICENSE', v),
            ', second driver none.']


@T(2)
def dl_traffic():
    f, v = us_dl()
    return ["Help me contest a parking citation. Driver's license ", ('US_DRIVER_LICENSE', v), ', plate 7KQD291, owner ',
            P('en'), ', ', ('LOCATION', addr_en()), ', ', LOC('us'), '.']


@T(3)
def dl_kv():
    f, v = us_dl()
    n = pname('en')
    return ['applicant_name=', ('PERSON', n), '\ndl_number=', ('US_DRIVER_LICENSE', v), '\ndob=', DT(dob=True),
            '\nemail=', EMAIL(n)]


@T(3)
def ach_payroll():
    return ['Please switch my direct deposit to account number ', ('US_BANK_NUMBER', bank_acct()), ' at ',
            ORG('bank'), ' starting next pay cycle. - ', P('en')]


@T(2)
def ach_return():
    return ['ACH return R03 on checking account ', ('US_BANK_NUMBER', bank_acct()), ' for vendor ', ORG('vendor'),
            '; contact ', EMAIL(corp=True), ' to fix it.']


@T(2)
def bank_wire_us():
    return ['Beneficiary ', P(), ', US account no. ', ('US_BANK_NUMBER', bank_acct()), ', swift code BOFAUS3N, amount $4,210.00.']


@T(3)
def mbi_eligibility():
    return ['Eligibility check: member ', P('en', initial=R.random() < 0.4), ', Medicare Beneficiary Identifier ',
            ('US_MBI', mbi()), ', DOB ', DT(dob=True), '.']


@T(2)
def mbi_letter():
    return ['Write a letter to ', P(), ' explaining why claim #88213 for MBI ', ('US_MBI', mbi()),
            ' was denied on ', DT(past=True), '.']


@T(3)
def npi_referral():
    return ['Referral from Dr. ', P('en'), ' (NPI ', ('US_NPI', npi()), ') to ', ORG('hospital'), ' for patient ',
            P(), ', seen ', DT(past=True), '.']


@T(1)
def npi_csv():
    return ['provider,npi\n', P(), ',', ('US_NPI', npi()), '\n', P(), ',', ('US_NPI', npi())]


@T(3)
def dea_rx():
    s = surname('en')
    g = given('en')
    return ['Controlled-substance script signed by ', ('PERSON', g + ' ' + s), ', DEA # ', ('MEDICAL_LICENSE', dea(s)),
            ', for patient ', P(), '. Pharmacy in ', LOC('us'), ' wants to verify.']


@T(3)
def dea_renewal():
    return ['Remind me to renew DEA registration ', ('MEDICAL_LICENSE', dea()), ' before ', DT(),
            '; the clinic is in ', LOC('us'), '.']


@T(2)
def dea_npi_pair():
    return ['Prescriber on file: ', P('in'), ', NPI ', ('US_NPI', npi()), ', DEA ', ('MEDICAL_LICENSE', dea()), '.']


# -- UK ------------------------------------------------------------------------
@T(3)
def nino_p45():
    return ['P45 received for ', P('en'), ', NI no. ', ('UK_NINO', nino()), ', leaving date ', DT(past=True), '.']


@T(3)
def nino_pension():
    return ['Pension auto-enrolment opt-out from ', P(), ' (national insurance ', ('UK_NINO', nino()),
            '). Reply to ', EMAIL(), ' confirming.']


@T(3)
def nhs_discharge():
    return ['Discharge summary: ', P('en'), ', NHS ', ('UK_NHS', nhs()), ', discharged from ', ORG('hospital'), ' on ',
            DT(past=True), ', follow-up with GP in ', LOC('uk'), '.']


@T(3)
def nhs_gp():
    n = pname()
    return ['Hi, my NHS number is ', ('UK_NHS', nhs()), " and I've moved to ", ('LOCATION', addr_en()), ', ', LOC('uk'),
            '. How do I register with a new surgery? ', ('PERSON', n)]


@T(2)
def nhs_kv():
    return ['patient: ', P(), '\nnhs_no: ', ('UK_NHS', nhs()), '\nappt: ', DT(time=True), '\nward: 7B']


# -- Australia -------------------------------------------------------------------
@T(3)
def tfn_decl():
    return ['TFN declaration for new casual ', P(ch(['en', 'en', 'mi', 'ph'])), ': TFN ', ('AU_TFN', tfn()),
            ', address ', ('LOCATION', addr_en()), ', ', LOC('au'), '.']


@T(3)
def tfn_super():
    return ['Super fund rollover: member ', P(), ' quoted tax file number ', ('AU_TFN', tfn()),
            ' and wants it moved to ', ORG('bank'), '.']


@T(3)
def abn_invoice():
    return ['Tax invoice from ', ORG('vendor'), ' (ABN ', ('AU_ABN', abn()), ') to ', P(), ', due ', DT(), '.']


@T(2)
def abn_acn_pair():
    return ['Company register extract: ', ORG('company'), ', ACN ', ('AU_ACN', acn()), ', ABN ', ('AU_ABN', abn()),
            ', registered in ', LOC('au'), '.']


@T(3)
def acn_director():
    return ['Director ID check for ', P('en'), ' linked to ACN ', ('AU_ACN', acn()), '. Their phone is ', PH('au'), '.']


@T(3)
def medicare_claim():
    return ['Medicare rebate claim: card ', ('AU_MEDICARE', medicare()), ', patient ', P(), ', consult on ',
            DT(past=True), ' at ', ORG('hospital'), '.']


@T(2)
def medicare_family():
    return ['Add my son ', P('en'), ' to my Medicare card ', ('AU_MEDICARE', medicare()), '; we live in ', LOC('au'), '.']


# -- Canada ---------------------------------------------------------------------
@T(3)
def sin_t4():
    return ['T4 slip correction: employee ', P('ca'), ', SIN ', ('CA_SIN', sin()), ', employer ', ORG('company'), '.']


@T(3)
def sin_onboard():
    return ['Onboarding form for ', P(), ': social insurance no. ', ('CA_SIN', sin()), ', home ', ('LOCATION', addr_en()),
            ', ', LOC('ca'), ', start ', DT(), '.']


# -- Spain -----------------------------------------------------------------------
@T(3)
def es_alta():
    return ['Alta de nuevo trabajador: ', P('es'), ', NIF ', ('ES_NIF', nif()), ', incorporación el ',
            DT('es'), '.']


@T(3)
def es_nie_alquiler():
    return ['Contrato de alquiler: el inquilino ', P(ch(['la', 'br', 'ar', 'ua'])), ' con NIE ', ('ES_NIE', nie()),
            ' vivirá en ', ('LOCATION', street_local('es')), ', ', LOC('es'), '.']


@T(3)
def es_nie_bank():
    return ['Hola, abrí una cuenta en ', ORG('bank'), ' con mi NIE ', ('ES_NIE', nie()),
            ' y no me llega el SMS al ', PH('es'), '. ¿Qué hago?']


@T(3)
def es_nif_factura():
    return ['Factura a nombre de ', P('es'), ' (NIF ', ('ES_NIF', nif()), '), correo ', EMAIL(), ', importe 312,50 €.']


@T(2)
def es_both_en():
    return ['Spanish tax forms: my NIE was ', ('ES_NIE', nie()), ' and after naturalisation I got NIF ',
            ('ES_NIF', nif()), '. Which one goes on the Modelo 100?']


# -- Italy -------------------------------------------------------------------------
@T(3)
def it_cf_medico():
    return ['Prenotazione visita per ', P('it'), ', codice fiscale ', ('IT_FISCAL_CODE', cf()), ', il ',
            DT('it', time=True), ' presso ', ORG('hospital'), '.']


@T(3)
def it_cf_contratto():
    return ['Nel contratto di assunzione di ', P('it'), ' il codice fiscale ', ('IT_FISCAL_CODE', cf()),
            ' risulta errato; residenza ', ('LOCATION', street_local('it')), ', ', LOC('it'), '.']


@T(3)
def it_piva_fattura():
    return ['Fattura elettronica rifiutata: P.IVA ', ('IT_VAT_CODE', piva()), ' del fornitore ', ORG('vendor'),
            ', PEC ', EMAIL(corp=True), '.']


@T(3)
def it_piva_en():
    return ['Our Italian distributor ', ORG('company'), ' gave VAT number ', ('IT_VAT_CODE', piva()),
            '. Is that format right for the invoice template?']


@T(2)
def it_cf_piva():
    return ['Ditta individuale di ', P('it'), ': C.F. ', ('IT_FISCAL_CODE', cf()), ', partita IVA ',
            ('IT_VAT_CODE', piva()), ', sede a ', LOC('it'), '.']


# -- Poland ---------------------------------------------------------------------
@T(3)
def pl_zus():
    return ['Zgłoszenie pracownika: ', P('pl'), ', PESEL ', ('PL_PESEL', pesel()), ', data zatrudnienia ',
            DT('pl'), '.']


@T(3)
def pl_wizyta():
    return ['Pani ', P('pl'), ' (PESEL ', ('PL_PESEL', pesel()), ') prosi o przełożenie wizyty na ', DT('pl', time=True),
            '. Kontakt: ', PH('pl'), '.']


@T(2)
def pl_adres():
    return ['Zmiana adresu: ', P('pl'), ', nr PESEL ', ('PL_PESEL', pesel()), ', nowy adres ',
            ('LOCATION', street_local('pl')), ', ', LOC('pl'), '.']


@T(2)
def pl_en():
    return ['Polish client ', P('pl'), ' sent PESEL ', ('PL_PESEL', pesel()), ' and IBAN ', ('IBAN_CODE', C.group(C.iban(R, 'PL'), 4)),
            ' for the refund.']


# -- Sweden -----------------------------------------------------------------------
@T(3)
def se_anstallning():
    return ['Anställningsavtal för ', P('sv'), ', personnummer ', ('SE_PERSONNUMMER', se_pnr()), ', tillträder ',
            DT('sv'), '.']


@T(3)
def se_vard():
    return ['Patienten ', P('sv'), ' (pnr ', ('SE_PERSONNUMMER', se_pnr()), ') har tid på ', ORG('hospital'), ' ',
            DT('sv', time=True), '.']


@T(2)
def se_flytt():
    return ['Flyttanmälan: ', P('sv'), ', ', ('SE_PERSONNUMMER', se_pnr()), ', ny adress ', ('LOCATION', street_local('se')),
            ', ', LOC('se'), '.']


@T(2)
def se_en():
    return ['My Swedish personal identity number is ', ('SE_PERSONNUMMER', se_pnr()),
            ', can you check if the bank form at ', URL(), ' accepts it?']


# -- Finland -----------------------------------------------------------------------
@T(3)
def fi_tyosopimus():
    return ['Työsopimus: ', P('fi'), ', hetu ', ('FI_PERSONAL_IDENTITY_CODE', hetu()), ', työsuhde alkaa ',
            DT('fi'), '.']


@T(3)
def fi_laakari():
    return ['Ajanvaraus: potilas ', P('fi'), ' (henkilötunnus ', ('FI_PERSONAL_IDENTITY_CODE', hetu()), '), ',
            DT('fi', time=True), ', ', ORG('hospital'), '.']


@T(2)
def fi_osoite():
    return ['Osoitteenmuutos: ', P('fi'), ', ', ('FI_PERSONAL_IDENTITY_CODE', hetu()), ', uusi osoite ',
            ('LOCATION', street_local('fi')), ', ', LOC('fi'), '.']


@T(2)
def fi_en():
    return ['The Finnish applicant ', P('fi'), ' wrote their identity code as ', ('FI_PERSONAL_IDENTITY_CODE', hetu()),
            '. Is the century sign valid?']


# -- Turkey -----------------------------------------------------------------------
@T(3)
def tr_ise_giris():
    return ['İşe giriş bildirgesi: ', P('tr'), ', T.C. kimlik no ', ('TR_NATIONAL_ID', tr_id()), ', başlangıç ',
            DT('tr'), '.']


@T(3)
def tr_kargo():
    return ['Kargo teslimatı için alıcı ', P('tr'), ', TCKN ', ('TR_NATIONAL_ID', tr_id()), ', adres ',
            ('LOCATION', street_local('tr')), ', ', LOC('tr'), ', tel ', PH('tr'), '.']


@T(2)
def tr_hastane():
    return ['Randevu: ', P('tr'), ' (kimlik ', ('TR_NATIONAL_ID', tr_id()), ') ', DT('tr', time=True), ' ',
            ORG('hospital'), '.']


@T(2)
def tr_en():
    return ['Turkish customer ', P('tr'), ' entered national ID ', ('TR_NATIONAL_ID', tr_id()),
            ' and IBAN ', ('IBAN_CODE', C.group(C.iban(R, 'TR'), 4)), '. Validate both?']


# -- India -------------------------------------------------------------------------
@T(3)
def in_ekyc():
    return ['e-KYC failed for ', P('in'), ': Aadhaar ', ('IN_AADHAAR', aadhaar()), ' OTP not received on ', PH('in'),
            '. PAN ', ('IN_PAN', pan()), ' verified fine.']


@T(3)
def in_form16():
    return ['Form 16 mismatch - employee ', P('in'), ', PAN ', ('IN_PAN', pan()), ', employer ', ORG('company'), ', branch ',
            LOC('in'), '.']


@T(3)
def in_tatkal():
    return ['Tatkal passport renewal: old passport ', ('IN_PASSPORT', in_passport()), ', applicant ', P('in'),
            ', appointment ', DT(time=True), '.']


@T(3)
def in_voter_addr():
    return ['Voter ID ', ('IN_VOTER', in_voter()), ' still shows my old address in ', LOC('in'),
            '. How do I update it? Name: ', P('in')]


@T(2)
def in_kyc_csv():
    return ['name,pan,aadhaar,voter\n', P('in'), ',', ('IN_PAN', pan()), ',', ('IN_AADHAAR', aadhaar()), ',',
            ('IN_VOTER', in_voter())]


@T(2)
def in_loan():
    return ['Home loan file for ', P('in'), ' at ', ORG('bank'), ': PAN ', ('IN_PAN', pan()), ', voter card ',
            ('IN_VOTER', in_voter()), ', passport ', ('IN_PASSPORT', in_passport()), '.']


@T(2)
def in_aadhaar_seed():
    return ['Please seed Aadhaar ', ('IN_AADHAAR', aadhaar()), ' with my account ', ('US_BANK_NUMBER', digits(14)),
            '? It is at ', ORG('bank'), ' in ', LOC('in'), '.']


@T(2)
def in_passport_emigr():
    return ['Emigration check for ', P('in'), ', passport ', ('IN_PASSPORT', in_passport()), ', flying to ',
            LOC('world'), ' on ', DT(), '; Aadhaar ', ('IN_AADHAAR', aadhaar()), '.']


# -- Korea / Singapore -------------------------------------------------------------
@T(3)
def kr_hospital():
    return ['Patient registration at ', ORG('hospital'), ': ', P('kr'), ', resident registration no. ', ('KR_RRN', kr_rrn()),
            ', mobile ', PH('kr'), '.']


@T(3)
def kr_visa():
    return ['Visa invitation letter for ', P('kr'), ' (주민등록번호 ', ('KR_RRN', kr_rrn()), ') who will visit our office in ',
            LOC(), '.']


@T(3)
def kr_payroll():
    return ['Payroll for the ', LOC('kr'), ' branch: ', P('kr'), ' RRN ', ('KR_RRN', kr_rrn()), ', salary to account ',
            ('US_BANK_NUMBER', digits(12)), '.']


@T(3)
def sg_cpf():
    return ['CPF submission: employee ', P('sg'), ', NRIC ', ('SG_NRIC_FIN', nric()), ', lives in ', LOC('sg'), '.']


@T(3)
def sg_fin_workpass():
    return ['Work pass holder ', P(ch(['ph', 'in', 'th', 'id', 'mi'])), ' (FIN ', ('SG_NRIC_FIN', nric()),
            ') changed phone to ', PH('sg'), '.']


@T(2)
def sg_clinic():
    return ['Polyclinic booking ', DT(time=True), ' for ', P('sg'), ', NRIC ', ('SG_NRIC_FIN', nric()), '.']


@T(2)
def sg_lease():
    return ['Tenancy agreement between landlord ', P('sg'), ' (', ('SG_NRIC_FIN', nric()), ') and tenant ', P(),
            ' (', ('SG_NRIC_FIN', nric()), ').']


# -- South Africa -------------------------------------------------------------------
@T(3)
def za_fica():
    return ['FICA documents for ', P('za'), ': SA ID ', ('ZA_ID_NUMBER', za_id()), ', proof of residence in ',
            LOC('za'), ', bank ', ORG('bank'), '.']


@T(3)
def za_uif():
    return ['UIF claim: ', P('za'), ', identity number ', ('ZA_ID_NUMBER', za_id()), ', cell ', PH('za'), '.']


@T(3)
def za_lease():
    return ['Rental application - applicant ', P(ch(['za', 'en', 'nl'])), ', ID no. ', ('ZA_ID_NUMBER', za_id()),
            ', current address ', ('LOCATION', addr_en()), ', ', LOC('za'), '.']


@T(2)
def za_medical():
    return ['Medical aid pre-auth for ', P('za'), ' (ID ', ('ZA_ID_NUMBER', za_id()), ') at ', ORG('hospital'), '.']


# -- network / devices ---------------------------------------------------------------
@T(3)
def mac_dhcp():
    return ['DHCP reservation request: MAC ', ('MAC_ADDRESS', mac()), ' -> ', ('IP_ADDRESS', ipv4(True)),
            ', gateway ', ('IP_ADDRESS', ipv4(True)), ', for the printer in room 4.12.']


@T(3)
def mac_lost_laptop():
    return ["Laptop stolen from ", P(), "'s car. Its Wi-Fi MAC is ", ('MAC_ADDRESS', mac()),
            ', last seen from ', ('IP_ADDRESS', ipv4(False)), '. Can IT block it?']


@T(3)
def mac_yaml():
    return ['Why does this netplan fail?\nethernets:\n  eth0:\n    match:\n      macaddress: ', ('MAC_ADDRESS', mac()),
            '\n    addresses: [', ('IP_ADDRESS', ipv4(True)), '/24]\n    nameservers: {addresses: [', ('IP_ADDRESS', ipv4(False)), ']}']


@T(2)
def mac_arp():
    return ['arp -a shows ', ('IP_ADDRESS', ipv4(True)), ' at ', ('MAC_ADDRESS', mac()), ' and also ',
            ('MAC_ADDRESS', mac()), '. Is that spoofing?']


@T(2)
def mac_inventory():
    n = pname()
    return ['asset_tag: LT-0457\nowner: ', ('PERSON', n), '\nowner_email: ', EMAIL(n, True), '\nwifi_mac: ', ('MAC_ADDRESS', mac()),
            '\nos_version: 14.6.1']


# -- payments and support ----------------------------------------------------------
@T(3)
def cc_chargeback():
    return ['Chargeback dispute: cardholder ', P(), ', card ending ', ('CREDIT_CARD', card()),
            ', merchant says the parcel went to ', ('LOCATION', addr_en()), ', ', LOC(ch(['us', 'uk', 'au'])), '.']


@T(4)
def cc_saved():
    return ['Remove the saved card ', ('CREDIT_CARD', card()), ' from my profile (', EMAIL(), ') please, I only pay by bank transfer now.']


@T(2)
def cc_travel():
    return ['Travelling to ', LOC('world'), ' next week - can you put a travel note on card ', ('CREDIT_CARD', card()),
            '? Reach me on ', PH(), '.']


@T(3)
def cc_json_order():
    n = pname()
    return ['{"buyer": "', ('PERSON', n), '", "contact": "', EMAIL(n), '", "pan": "', ('CREDIT_CARD', card()),
            '", "exp": "09/28", "sku": "KX-2231-B"}']


@T(2)
def cc_two():
    return ['Which of my cards was charged - ', ('CREDIT_CARD', card()), ' or ', ('CREDIT_CARD', card()), '? Amount was €84.20.']


@T(3)
def cc_phone_call():
    return ['Call notes: ', P(), ' rang from ', PH(), ', read out card number ', ('CREDIT_CARD', card()),
            ' over the phone (we must not store it!).']


@T(2)
def cc_hotel():
    return ['Hotel guarantee for ', P(), ', arriving ', DT(), ', card ', ('CREDIT_CARD', card()), ', room for two.']


@T(3)
def iban_refund():
    return ['Please refund ', P(), ' to ', ('IBAN_CODE', iban()), ' - the order was cancelled.']


@T(3)
def iban_supplier():
    return ['Supplier ', ORG('vendor'), ' changed bank details: new IBAN ', ('IBAN_CODE', iban()),
            '. Confirm with ', P(), ' on ', PH(), ' before paying.']


@T(3)
def iban_salary():
    return ['Salary account update for ', P(), ': old ', ('IBAN_CODE', iban()), ', new ', ('IBAN_CODE', iban()), '.']


@T(2)
def iban_sepa():
    return ['<Cdtr><Nm>', P(), '</Nm></Cdtr><CdtrAcct><Id><IBAN>', ('IBAN_CODE', C.iban(R, ch(['DE', 'NL', 'AT', 'IE', 'PT']))),
            '</IBAN></Id></CdtrAcct> - why does the bank reject this pain.001?']


@T(3)
def btc_payout():
    return ['Payout for ', P(), ' should go to ', ('CRYPTO', btc()), ', not the old address ', ('CRYPTO', btc()), '.']


@T(3)
def btc_scam():
    return ['Got an email from ', EMAIL(corp=False), ' (link: ', URL(), ') saying my account is locked unless I send 0.02 BTC to ',
            ('CRYPTO', btc()), '. Scam?']


@T(3)
def btc_invoice():
    return ['Invoice for ', ORG('company'), ' consulting: pay 0.15 BTC to ', ('CRYPTO', btc()), ' by ', DT(), '.']


@T(2)
def btc_env():
    return ['WALLET_HOT=', ('CRYPTO', btc()), '\nWALLET_COLD=', ('CRYPTO', btc()), '\nNODE_RPC=http://', ('IP_ADDRESS', ipv4(True)),
            ':8332\nwhy does the sweeper crash?']


@T(2)
def email_bounce():
    return ['Mail to ', EMAIL(), ' keeps bouncing with 550 5.1.1, but ', P(), ' swears the address is right.']


@T(2)
def email_merge():
    n = pname()
    return ['Merge the duplicate contacts ', ('PERSON', n), ' <', EMAIL(n), '> and ', ('PERSON', n), ' <', EMAIL(n), '> in the CRM.']


@T(2)
def email_signature():
    n = pname()
    return ['Format my email signature:\n', ('PERSON', n), '\nHead of Procurement, ', ORG('company'), '\n', PH(), '\n',
            EMAIL(n, True), '\n', URL()]


@T(2)
def phone_sms():
    return ['Send an SMS reminder to ', P(), ' at ', PH(), ' and to ', P(), ' at ', PH(), ' about the fire drill.']


@T(2)
def phone_wrong():
    return ['Someone keeps calling me from ', PH(), ' claiming to be from ', ORG('bank'), '. Should I report it?']


@T(1)
def phone_list():
    return ['Emergency contacts\n- ', P(), ': ', PH(), '\n- ', P(), ': ', PH(), '\n- site security: ext. 4400']


@T(3)
def url_phish():
    return ['Is ', URL(), ' legit? It says my parcel for ', P(), ' is held and asks for card ', ('CREDIT_CARD', card()), '.']


@T(2)
def url_share():
    n = pname()
    return ['Can you summarise the portfolio at ', ('URL', 'https://' + ch(['about.me', 'read.cv', 'behance.net', 'dribbble.com'])
            + '/' + slug(n, 'first') + slug(n, 'initial')), '? It belongs to ', ('PERSON', n), ', a designer from ', LOC(), '.']


@T(3)
def nrp_relocation():
    return ['Relocation memo: ', P(), ', ', NRP('nat'), ' national, is moving to our ', LOC(), ' office.']


@T(2)
def nrp_diet():
    return ['Catering list: ', P(), ' is ', NRP('rel'), ' and needs halal or vegetarian meals; ', P(), ' has no restrictions.']


@T(3)
def nrp_politics():
    return ['Draft a neutral bio for ', P('en'), ', a ', NRP('pol'), ' councillor from ', LOC(ch(['us', 'uk', 'au'])), '.']


@T(3)
def nrp_visa():
    return ['Does ', P(), ', who is ', NRP('nat'), ', need a transit visa in ', LOC('world'), '?']


# -- structured records, logs, config ---------------------------------------------
@T(3)
def json_hr_us():
    n = pname()
    return ['{"employee": {"name": "', ('PERSON', n), '", "ssn": "', ('US_SSN', ssn()), '", "work_email": "',
            EMAIL(n, True), '", "office": "', LOC('us'), '"}}']


@T(3)
def csv_claims():
    return ['member,mbi,npi\n', P(), ',', ('US_MBI', mbi()), ',', ('US_NPI', npi()), '\n', P(), ',', ('US_MBI', mbi()), ',',
            ('US_NPI', npi())]


@T(3)
def yaml_au_payroll():
    n = pname(ch(['en', 'mi', 'ph', 'gr']))
    return ['employee:\n  name: ', ('PERSON', n), '\n  tfn: "', ('AU_TFN', tfn()), '"\n  medicare: "', ('AU_MEDICARE', medicare()),
            '"\n  suburb: ', LOC('au'), '\nWhy does the parser choke on this?']


@T(3)
def kv_au_company():
    return ['entity_name: ', ORG('vendor'), '\nabn: ', ('AU_ABN', abn()), '\nacn: ', ('AU_ACN', acn()), '\npublic_officer: ', P()]


@T(3)
def json_ca():
    n = pname(ch(['ca', 'en', 'ua', 'pt']))
    return ['{"applicant": "', ('PERSON', n), '", "sin": "', ('CA_SIN', sin()), '", "phone": "', PH('ca'), '", "city": "',
            LOC('ca'), '"}']


@T(3)
def log_login():
    return ['Log excerpt:\n2025-03-04T11:02:17Z WARN auth: too many attempts user=', EMAIL(), ' src=', ('IP_ADDRESS', ip()),
            '\n2025-03-04T11:02:19Z INFO auth: lockout applied for 900s\n2025-03-04T11:05:40Z WARN auth: retry from ', ('IP_ADDRESS', ip())]


@T(2)
def log_nginx():
    return [('IP_ADDRESS', ip()), ' - - [12/Feb/2025:08:14:55 +0100] "GET /api/v2/users?email=', EMAIL(),
            ' HTTP/1.1" 200 512\nwhy is the email showing up in access logs?']


@T(2)
def fw_rules():
    return ['Firewall change: allow ', ('IP_ADDRESS', ip()), ' and ', ('IP_ADDRESS', ip()), ' to reach port 5432; requested by ',
            P(), ' (', EMAIL(corp=True), ').']


@T(2)
def ssh_config():
    n = pname('en')
    return ['Host bastion\n  HostName ', ('IP_ADDRESS', ipv4(False)), '\n  User deploy',
            '\n  IdentityFile ~/.ssh/id_ed25519\n# maintained by ', ('PERSON', n), '\nssh says "connection refused", ideas?']


@T(2)
def env_smtp():
    return ['SMTP_HOST=', ('IP_ADDRESS', ipv4(True)), '\nSMTP_USER=', EMAIL(corp=True), '\nALERT_TO=', EMAIL(), '\nSITE_URL=',
            URL(), '\nwhy are alerts not arriving?']


@T(2)
def webhook_payload():
    n = pname()
    return ['Webhook payload we received:\n{"event": "signup", "name": "', ('PERSON', n), '", "email": "', EMAIL(n),
            '", "ip": "', ('IP_ADDRESS', ip()), '", "referrer": "', URL(), '"}']


@T(2)
def sql_insert():
    n = pname()
    return ["Fix the syntax: INSERT INTO customers (name, email, phone) VALUES ('", ('PERSON', n), "', '", EMAIL(n),
            "', '", PH(), "'"]


@T(2)
def csv_contacts():
    a, b = pname(), pname()
    return ['name;email;phone\n', ('PERSON', a), ';', EMAIL(a), ';', PH(), '\n', ('PERSON', b), ';', EMAIL(b), ';', PH()]


@T(3)
def json_kyc_es():
    n = pname(ch(['es', 'la']))
    return ['{"titular": "', ('PERSON', n), '", "nif": "', ('ES_NIF', nif()), '", "nie_conyuge": "', ('ES_NIE', nie()),
            '", "iban": "', ('IBAN_CODE', C.iban(R, 'ES')), '"}']


@T(3)
def json_it():
    n = pname('it')
    return ['{"cliente": "', ('PERSON', n), '", "codice_fiscale": "', ('IT_FISCAL_CODE', cf()), '", "piva": "',
            ('IT_VAT_CODE', piva()), '", "comune": "', LOC('it'), '"}']


@T(2)
def xml_nordic():
    return ['<person><name>', P('sv'), '</name><pnr>', ('SE_PERSONNUMMER', se_pnr()), '</pnr></person>\n<person><name>', P('fi'),
            '</name><hetu>', ('FI_PERSONAL_IDENTITY_CODE', hetu()), '</hetu></person>']


@T(2)
def csv_pl_tr():
    return ['imie_nazwisko,pesel\n', P('pl'), ',', ('PL_PESEL', pesel()), '\n', P('pl'), ',', ('PL_PESEL', pesel())]


@T(2)
def tr_json():
    return ['{"ad_soyad": "', P('tr'), '", "tckn": "', ('TR_NATIONAL_ID', tr_id()), '", "telefon": "', PH('tr'), '"}']


@T(3)
def in_json():
    n = pname('in')
    return ['{"applicant": {"name": "', ('PERSON', n), '", "passport": "', ('IN_PASSPORT', in_passport()), '", "voter_id": "',
            ('IN_VOTER', in_voter()), '", "aadhaar": "', ('IN_AADHAAR', aadhaar()), '"}}']


@T(3)
def uk_hr_csv():
    return ['surname,first,ni_number,nhs_number\n', ('PERSON', surname('en')), ',', ('PERSON', given('en')), ',',
            ('UK_NINO', nino()), ',', ('UK_NHS', nhs())]


@T(3)
def us_travel_json():
    n = pname()
    return ['{"traveller": "', ('PERSON', n), '", "passport_us": "', ('US_PASSPORT', us_passport()), '", "known_traveler": "KTN',
            digits(7), '", "home": "', LOC('us'), '"}']


@T(3)
def us_tax_kv():
    a, b = pname('en'), pname(ch(['la', 'in', 'ar']))
    return ['filer: ', ('PERSON', a), '\nfiler_ssn: ', ('US_SSN', ssn()), '\nspouse: ', ('PERSON', b), '\nspouse_itin: ',
            ('US_ITIN', itin())]


@T(2)
def dl_json():
    f, v = us_dl()
    n = pname('en')
    return ['{"name": "', ('PERSON', n), '", "license_no": "', ('US_DRIVER_LICENSE', v), '", "dob": "', DT(dob=True), '"}']


@T(2)
def dea_kv():
    return ['prescriber=', P('en'), '\ndea=', ('MEDICAL_LICENSE', dea()), '\nnpi=', ('US_NPI', npi()), '\nstate_lic=MD-55201']


@T(2)
def kr_sg_csv():
    return ['name,id\n', P('kr'), ',', ('KR_RRN', kr_rrn()), '\n', P('sg'), ',', ('SG_NRIC_FIN', nric())]


@T(2)
def za_csv():
    return ['learner,id_number,town\n', P('za'), ',', ('ZA_ID_NUMBER', za_id()), ',', LOC('za'), '\n', P('za'), ',',
            ('ZA_ID_NUMBER', za_id()), ',', LOC('za')]


# -- first-person prompts ---------------------------------------------------------
@T(3)
def tfn_two_jobs():
    return ['I started a second job in ', LOC('au'), '. Do I give my TFN ', ('AU_TFN', tfn()), ' to both employers?']


@T(4)
def abn_acn_valid():
    return ['Quick check: is ABN ', ('AU_ABN', abn()), ' valid, and does ACN ', ('AU_ACN', acn()), ' belong to the same company? Their site is ', URL(), '.']


@T(3)
def medicare_moved():
    return ["I've moved to ", ('LOCATION', addr_en()), ', ', LOC('au'), '. How do I update the address on Medicare card ',
            ('AU_MEDICARE', medicare()), '?']


@T(3)
def acn_trustee():
    return ['Trustee company ACN ', ('AU_ACN', acn()), ' acts for the family trust (ABN ', ('AU_ABN', abn()), ') in ', LOC('au'), '.']


@T(4)
def medicare_newborn():
    return ['Baby is due ', DT(), ' - can we add them to Medicare number ', ('AU_MEDICARE', medicare()), ' before the birth?']


@T(3)
def tfn_lost_letter():
    return ['I lost the letter with my tax file number. I think it was ', ('AU_TFN', tfn()), '. I was born ', DT(dob=True),
            ' in ', LOC('au'), '.']


@T(3)
def nino_moving():
    return ["I'm moving from ", LOC('uk'), ' abroad. My NI number is ', ('UK_NINO', nino()), '. Do I need to tell the tax office?']


@T(3)
def nino_nhs_form():
    return ['The form asks for both my National Insurance number (', ('UK_NINO', nino()), ') and NHS number (', ('UK_NHS', nhs()),
            '). Which box is which?']


@T(3)
def sin_bank():
    return ['I got SIN ', ('CA_SIN', sin()), ' when I landed in ', LOC('ca'), '. The credit union wants it again - normal?']


@T(3)
def sin_itin_cross():
    return ['Cross-border filing: my Canadian SIN is ', ('CA_SIN', sin()), ' and my US ITIN is ', ('US_ITIN', itin()), '. Reply to ', EMAIL(), '.']


@T(3)
def itin_expiry():
    return ['My ITIN ', ('US_ITIN', itin()), ' expires on ', DT(), '. I live at ', ('LOCATION', addr_en()), ', ', LOC('us'),
            '. Do I renew by mail?']


@T(3)
def uspass_expiry():
    return ['My passport ', ('US_PASSPORT', us_passport()), ' expires ', DT(), '. Can I still fly to ', LOC('world'), '?']


@T(3)
def uspass_card():
    return ['Booking needs passport ', ('US_PASSPORT', us_passport()), ' and card ', ('CREDIT_CARD', card()),
            '; fill the form for me and send the confirmation to ', EMAIL(), '.']


@T(3)
def dl_moved():
    f, v = us_dl()
    return ['I moved to ', LOC('us'), ' and my old license ', ('US_DRIVER_LICENSE', v), ' expires soon. Can I transfer it? The form at ', URL(), ' is confusing.']


@T(2)
def dl_ssn_dmv():
    f, v = us_dl()
    return ['Licence renewal form: license ', ('US_DRIVER_LICENSE', v), ', last four of SSN... actually full SSN ', ('US_SSN', ssn()), '.']


@T(3)
def dea_format():
    return ['Is DEA number ', ('MEDICAL_LICENSE', dea()), ' formatted correctly for a nurse practitioner like ', P('en'), '?']


@T(2)
def dea_pharmacy():
    return ['The pharmacy in ', LOC('us'), ' rejected DEA ', ('MEDICAL_LICENSE', dea()), ' on my prescription.']


@T(3)
def mbi_new_card():
    return ['My new Medicare card shows ', ('US_MBI', mbi()), '; the old one had my SSN ', ('US_SSN', ssn()), ' on it. Shred it? Call me at ', PH('us'), ' if unsure.']


@T(3)
def ssn_wrong_form():
    return ['I wrote my SSN ', ('US_SSN', ssn()), ' on the wrong line. Born ', DT(dob=True), ' in ', LOC('us'), '. How do I fix it?']


@T(3)
def ssn_deposit():
    return ['Direct deposit enrolment for ', P(), ': SSN ', ('US_SSN', ssn()), ', checking account ', ('US_BANK_NUMBER', bank_acct()), '.']


@T(4)
def es_cita_nie():
    return ['Tengo cita el ', DT('es', time=R.random() < 0.5), ' en ', LOC('es'), ' para renovar el NIE ', ('ES_NIE', nie()),
            '. ¿Qué papeles llevo?']


@T(4)
def es_nif_domiciliar():
    return ['Mi NIF es ', ('ES_NIF', nif()), ' y quiero domiciliar los recibos en ', ('IBAN_CODE', C.group(C.iban(R, 'ES'), 4)), '. Mi móvil: ', PH('es'), '.']


@T(4)
def it_primo():
    return ['Il mio codice fiscale è ', ('IT_FISCAL_CODE', cf()), ', la partita IVA ', ('IT_VAT_CODE', piva()),
            ' e abito a ', LOC('it'), '. Compila il modulo.']


@T(3)
def se_first():
    return ['Mitt personnummer är ', ('SE_PERSONNUMMER', se_pnr()), ' och jag bor i ', LOC('se'), '. Hjälp mig med deklarationen.']


@T(3)
def fi_first():
    return ['Henkilötunnukseni on ', ('FI_PERSONAL_IDENTITY_CODE', hetu()), ' ja asun paikkakunnalla ', LOC('fi'), '.']


@T(3)
def tr_first():
    c = city('tr')
    return ['T.C. kimlik numaram ', ('TR_NATIONAL_ID', tr_id()), ', ', ('LOCATION', c), ' ilçesinde oturuyorum.']


@T(5)
def in_pan_voter():
    return ['My PAN is ', ('IN_PAN', pan()), ' and my voter ID is ', ('IN_VOTER', in_voter()), '. Do they need to match? Name on both: ', P('in')]


@T(5)
def in_passport_issue():
    return ['Passport ', ('IN_PASSPORT', in_passport()), ' for ', P('in'), ' was issued at ', LOC('in'), ' on ', DT(past=True), '.']


@T(3)
def aadhaar_mobile():
    return ['Aadhaar ', ('IN_AADHAAR', aadhaar()), ' is linked to my old number ', PH('in'), '. How to change?']


@T(4)
def kr_born():
    return ['My Korean RRN is ', ('KR_RRN', kr_rrn()), '; I was born in ', LOC('kr'), '. Does the number encode that?']


@T(1)
def travel_plan():
    return ['Itinerary: fly ', LOC('world'), ' to ', LOC('world'), ' on ', DT(), ', then train to ', LOC('world'), ' on ', DT(), '.']


@T(4)
def cc_declined_abroad():
    return ['My card ', ('CREDIT_CARD', card()), ' got declined in ', LOC('world'), ' last night. Why?']


@T(3)
def cc_limits():
    return ['I have two cards, ', ('CREDIT_CARD', card()), ' and ', ('CREDIT_CARD', card()), '. Which has the lower limit?']


@T(3)
def cc_update_site():
    return ['Card ', ('CREDIT_CARD', card()), ' expires next month; update it on ', URL(), ' for me.']


@T(3)
def url_policy():
    return [ch(['Summarise the privacy policy at ', 'Is ', 'Translate the landing page at ', 'Check the broken links on ']), URL(),
            ch(['.', ' down for everyone?', ' into Portuguese.', ', please.'])]


@T(2)
def url_compare():
    return ['Compare the pricing pages ', URL(), ' and ', URL(), ' in a table.']


@T(4)
def btc_type():
    return ['Is ', ('CRYPTO', btc()), ' a SegWit, Taproot or legacy address?']


@T(1)
def btc_two():
    return ['Consolidate UTXOs from ', ('CRYPTO', btc()), ' into ', ('CRYPTO', btc()), '; fee rate 12 sat/vB.']


@T(3)
def iban_mine():
    return ['My IBAN is ', ('IBAN_CODE', iban()), '. Is the check digit right? Text me on ', PH(), '.']


@T(1)
def iban_two():
    return ['Move €1,500 from ', ('IBAN_CODE', iban()), ' to ', ('IBAN_CODE', iban()), ' on the first of the month.']


@T(4)
def nrp_named():
    return [P(), ', a ', NRP('nat'), ' engineer, will join the ', LOC(), ' team.']


@T(3)
def nrp_interview():
    return ['Interview notes: ', P(), ' said they are ', NRP('rel'), ' and would like Fridays off.']


@T(3)
def meeting_move():
    return ['Move my meeting with ', P(), ' from ', DT(time=True), ' to ', DT(time=True), '.']


@T(2)
def email_update():
    return ['My new address is ', EMAIL(), ', please update it everywhere (the old one was ', EMAIL(), ').']


@T(2)
def email_forward():
    return ['Forward the minutes to ', EMAIL(corp=True), ' and ', EMAIL(corp=True), '.']


@T(3)
def first_name_only():
    c = R.choices(CULTURES, [WEIGHT.get(k, 1) for k in CULTURES])[0]
    return [ch(['Write a birthday message for ', 'Help me apologise to ', 'Suggest a farewell gift for ']), ('PERSON', given(c)),
            ch([', my colleague.', ' from accounting.', ', she loves hiking.', ' - keep it short.'])]


@T(3)
def who_leads():
    return ['Who should lead the workshop, ', P(), ' or ', P(), '?']


@T(1)
def weather_trip():
    return ["What's the weather like in ", LOC(), ' in spring? I am visiting from ', LOC(), '.']


@T(1)
def delivery_addr():
    cc = ch(['us', 'uk', 'au'])
    return ['Deliver the sofa to ', ('LOCATION', addr_en()), ', ', LOC(cc), ' between 9 and 12.']


# -- look-alikes (no PII) -------------------------------------------------------------
def bad_card():
    d = C.card(R, ch(['visa', 'mc', 'disc']))
    d = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
    return ch([C.group(d, 4), d, C.group(d, 4, '-')])


def bad_iban():
    v = C.iban(R, ch(['DE', 'FR', 'NL', 'GB', 'IT', 'CH', 'AT', 'SE']))
    v = v[:2] + '%02d' % ((int(v[2:4]) + R.randint(1, 90)) % 97 + 2) + v[4:]
    if v[2:4] == '00' or C.iban_check(v[:2], v[4:]) == v[2:4]:
        v = v[:2] + ('01' if v[2:4] != '01' else '03') + v[4:]
    return ch([v, C.group(v, 4)])


def bad_digits(n, ok):
    while True:
        d = str(R.randint(1, 9)) + digits(n - 1)
        if not ok(d):
            return d


def tfn_ok(d):
    return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def bad_b58():
    v = C.btc(R, 'p2pkh')
    i = R.randint(5, len(v) - 2)
    alt = ch([c for c in C.B58 if c != v[i]])
    return v[:i] + alt + v[i + 1:]


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), ch('89ab'), hexs(3), hexs(12))


def semver():
    return ch(['%d.%d.%d' % (R.randint(0, 12), R.randint(0, 30), R.randint(0, 40)),
               'v%d.%d.%d-beta.%d' % (R.randint(0, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 6)),
               '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 9), R.randint(100, 4000))])


FILES = 'handlers.go|schema.prisma|Makefile|main.swift|settings.toml|pipeline.ipynb|build.gradle|App.vue|CHANGELOG.rst|' \
        'init.lua|query.sql|tasks.json|Cargo.toml|go.mod|package-lock.json|docker-compose.yml|nginx.conf|Gemfile|setup.cfg|' \
        'webpack.config.js|tsconfig.json|Podfile|pom.xml|Procfile'


@T(4, 'neg')
def neg_ticket_cardlike():
    return ['Support case ', bad_card(), ' was reopened by the escalation bot; link it to case RMA-', digits(6), '.']


@T(4, 'neg')
def neg_iban_fail():
    return ['Our validator says ', bad_iban(), ' fails the mod-97 check. Is the validator or the number wrong?']


@T(4, 'neg')
def neg_serials():
    a = bad_digits(9, lambda d: tfn_ok(d) or C.luhn_ok(d) or
                   sum(int(x) * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1])) % 10 == (10 - int(d[8])) % 10)
    b = bad_digits(10, lambda d: nhs_ok(d) or C.luhn_ok(d))
    return ['Replace units with serial ', a, ' and ', b, ' under warranty.']


@T(4, 'neg')
def neg_aadhaar_like():
    return ['Shipment batch ', bad_digits(12, C.verhoeff_ok), ' is stuck at customs; pallet count 14.']


@T(4, 'neg')
def neg_b58():
    return ['This voucher code ', bad_b58(), " won't redeem in the app. Typo somewhere?"]


@T(4, 'neg')
def neg_uuid():
    return ['Job ', uuid(), ' keeps getting OOM-killed at 2 GiB; bump the limit in ', ch(L(FILES)), '?']


@T(4, 'neg')
def neg_git():
    return ['Cherry-pick ', hexs(40), ' onto the release branch, but skip ', hexs(7), ' - it breaks ', ch(L(FILES)), '.']


@T(4, 'neg')
def neg_versions():
    return ['After bumping from ', semver(), ' to ', semver(), ' the tests in ', ch(L(FILES)), ' got 3x slower.']


@T(4, 'neg')
def neg_sku():
    return ['Item ', str(R.randint(200, 989)), '-', digits(3), '-', digits(4), '-', ch(['GR', 'BK', 'WH', 'XL']),
            ' is out of stock; suggest an alternative from the same range.']


@T(3, 'neg')
def neg_paper_codes():
    return ['Should the poster be ', ch(['A2', 'A3', 'B1']), ' or ', ch(['A1', 'B2', 'SRA3']), '? The plotter only takes up to ',
            ch(['A0', 'B0']), '.']


@T(4, 'neg')
def neg_colours():
    return ['Swap the accent colour ', '#%s' % hexs(6), ' for ', '#%s' % hexs(6), ' and make the border ', '#%s' % hexs(3), '.']


@T(4, 'neg')
def neg_logs():
    return ['Why the gap?\n2025-06-0%d 03:14:07.221 INFO scheduler tick id=%s\n2025-06-0%d 03:19:44.902 INFO scheduler tick id=%s'
            % (R.randint(1, 9), digits(8), R.randint(1, 9), digits(8))]


@T(4, 'neg')
def neg_amounts():
    return ['Split the bill: ', ch(['€1.249,00', '$3,210.55', '₹12,400', '£86.10', 'CHF 780.00', 'R 2 450,00']),
            ' between three teams, rounding to the nearest cent.']


@T(4, 'neg')
def neg_invoice():
    return ['Invoice ', ch(['INV', 'FAC', 'RE', 'FV']), '-', digits(4), '/', digits(2), ' and credit note CN', digits(6),
            ' cancel each other out, right?']


@T(2, 'neg')
def neg_regex():
    return ['Write a regex that matches phone numbers like the ones in our spec but not extension codes such as x', digits(4), '.']


@T(4, 'neg')
def neg_code_review():
    return ['Review this: `for (let i = 0; i < ', str(R.randint(10, 9999)), '; i++) total += rows[i].amount;` - any off-by-one?']


@T(2, 'neg')
def neg_math():
    return ['What is ', digits(6), ' divided by ', digits(3), ', rounded to two decimals?']


@T(3, 'neg')
def neg_tracking():
    return ['Tracking number ', ch(['1Z', 'JD', 'LX']), digits(16), ' has not moved for a week. What do I tell the courier?']


@T(4, 'neg')
def neg_generic_write():
    return [ch(['Give me five names for a hiking app.', 'Explain the difference between TCP and UDP like I am twelve.',
                'Rewrite this paragraph in a friendlier tone: our service will be unavailable during maintenance.',
                'List three pros and cons of a four-day work week.', 'How do I centre a div vertically?',
                'Suggest a title for a talk about technical debt.', 'Summarise the plot of a heist movie in two lines.'])]


@T(4, 'neg')
def neg_capitalised_words():
    return [ch(['Will the update be ready soon? Grace period ends when the trial does.',
                'Mark the tickets as done and Bill the client for the extra hours.',
                'Rose gold or Jade green for the new case?', 'Sage advice: Hope for the best, plan for the worst.',
                'Can you Chase up the Amber alert in the dashboard?', 'Pat the dough flat, then Dawn-style dish soap cleans the pan.'])]


@T(4, 'neg')
def neg_ports():
    return ['Expose ports ', str(R.randint(3000, 9999)), ' and ', str(R.randint(3000, 9999)), ' in ', ch(L(FILES)),
            ' but keep ', str(R.randint(20, 999)), ' closed.']


@T(4, 'neg')
def neg_build_numbers():
    return ['Build ', semver(),
            ' (artifact sha256 ', hexs(64), ') failed signing.']


@T(4, 'neg')
def neg_model_params():
    return ['Set top_p to 0.', str(R.randint(1, 9)), ', max_new_tokens to ', str(R.choice([256, 512, 1024, 2048])), ' and seed to ',
            digits(5), ' in ', ch(L(FILES)), '.']


@T(4, 'neg')
def neg_account_like():
    return ['Loyalty member #', digits(10), ' has ', str(R.randint(100, 99999)), ' points; how many vouchers is that at 2,500 each?']


@T(3, 'neg')
def neg_pnr_like():
    a = bad_digits(10, C.luhn_ok)
    b = bad_digits(10, C.luhn_ok)
    return ['Order ', a[:6], '-', a[6:], ' shipped; order ', digits(2), b[:6], '-', b[6:], ' is pending.']


@T(4, 'neg')
def neg_hetu_like():
    return ['Part code ', digits(6), '-', digits(3), ch('QZ'), ' replaces part ', digits(6), '+', digits(3), ch('QZ'),
            ' in the manual.']


@T(3, 'neg')
def neg_mac_like():
    return ['Firmware blob offset 0x', hexs(8), ' to 0x', hexs(8), ' is corrupt; checksum ', hexs(8), '.']


@T(4, 'neg')
def neg_policy_q():
    return [ch(['Does GDPR apply to anonymised survey data?', 'What counts as personal data under HIPAA?',
                'Is a hashed email still personal data?', 'How long should we keep CCTV footage under our policy?',
                'Draft a data retention policy outline for a small clinic.'])]


@T(4, 'neg')
def neg_sql():
    return ['Why is `UPDATE invoices SET status = ', "'void'", ' WHERE total < ', str(R.randint(1, 500)),
            ' AND created_at < NOW()` locking the whole table?']


# ---- main --------------------------------------------------------------------
if __name__ == '__main__':
    main()
