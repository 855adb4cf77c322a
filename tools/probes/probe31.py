#!/usr/bin/env python3
"""Probe 31: a blind measure of generalisation. 604 dev-style chat prompts (108 of them PII-free
look-alikes) in the dev corpus's format, settings and labelling conventions: support and billing, HR and
payroll, KYC, clinical, travel, CRM records, logs, code, JSON/YAML/CSV; English with Spanish, Italian,
Polish, Swedish, Finnish, Turkish, French, German, Dutch, Portuguese and Korean prompts; lower-case
variants and wrapper instructions at dev's rates. 315 templates of its own wording (48 PII-free); people
of 53 cultures, towns, firms and e-mail domains found neither in dev nor in probes 3-30 (big cities,
countries and states excepted). Per-type counts within a fifth of dev's; check digits valid, look-alikes fail.
"""
import datetime, hashlib, os, random, re, string, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K

R = random.Random(313131)
ch = R.choice
ri = R.randint


def digits(n):
    return ''.join(ch(string.digits) for _ in range(n))


# ---- people ------------------------------------------------------------------
def S(x):
    return x.split('|')

CULT = {
    'en_gb': dict(m=S('Aldous|Athelstan|Leofric'), f=S('Wilfreda|Drusilla|Hephzibah|Ianthe'),
                  L=S('Pocklington|Thorogood|Cattermole|Bottomley|Inchbald|Knatchbull|Lamplugh|Openshaw|Rawnsley|'
                      'Wigglesworth|Bickerstaff|Micklethwait|Oakenshaw|Stubbington')),
    'en_us': dict(m=S('Colt|Stetson'), f=S('Kinley|Waverly|Emmylou|Kenzie|Brenna|Lacey'),
                  L=S('Breckinridge|Dunwoody|Goodnight|Irby|Lattimore|Nesbitt|Vickery|Whitlow|Zeller|Ambler|Buckner|'
                      'Stallworth|Dorsey')),
    'ie': dict(m=S('Dáithí|Rónán|Iarla|Enda'), f=S('Ríona|Éabha|Síofra|Bláthnaid|Meabh|Sadhbh'),
               L=S('McGlinchey|Kinsella|Meagher|Dunphy')),
    'sc': dict(m=S('Torquil|Calum'), f=S('Ishbel|Seonaid'), L=S('Macintyre|MacPhail|Ogilvie|Crichton|Rattray|MacAskill')),
    'cy': dict(m=S('Cadfael|Owain|Meredydd|Aneurin'), f=S('Tegwen|Branwen|Heledd'),
               L=S('Prydderch|Gruffudd|Trefor|Pugh|Howells|Madoc')),
    'fr': dict(m=S('Aubin|Odilon|Philibert|Rodolphe|Wandrille|Zéphyrin|Florestan|Gaëtan|Mathurin|Lisandre'),
               f=S('Séverine|Fantine|Isaure|Quitterie|Tiphaine|Xavière'),
               L=S('Aubertin|Bazin|Escoffier|Gillot|Hérault|Jacquemin|Labrousse|Ouvrard|Pichon|Quéré|Rabier|Thévenet|'
                   'Wattier|Cazenave|Fournel|Grandjean|Lacombe|Duchêne|Leclercq')),
    'de': dict(m=S('Bertold|Diethelm|Frowin|Gottlieb|Jobst|Gernot|Arnulf'), f=S('Cordula|Notburga|Reinhild|Traudl|Brunhilde'),
               L=S('Gutknecht|Immelmann|Jungwirth|Kranzbichler|Leutgeb|Mitterer|Obermüller|Rauscher|Trautmann|Unterberger|'
                   'Vogelsang|Weißhaupt|Zwickl|Aichinger|Dachsberger|Frühwirth|Gstöttner|Kälin|Zimmerli|Strohmeier|'
                   'Achenbach|Kesselring|Stöckli')),
    'nl': dict(m=S('Bouke|Eelco|Gerbrand|Hylke|Jelte|Lieuwe|Meinte|Reinout|Siebe|Wiebe|Berend'),
               f=S('Aafke|Dieuwke|Froukje|Ineke|Nynke'),
               L=S('Bijlsma|Zwart|Hoogendoorn|Riemersma|Tuinstra|Wijnberg|Nieuwenhuis|Boersma|Koopmans|Verhoeven|Wuyts|'
                   'Verstraeten')),
    'it': dict(m=S('Uberto|Gioacchino|Manfredi|Prospero|Sebastiano|Ugolino|Ivano|Natalino'),
               f=S('Lorenza|Pasqualina|Romilda|Zaira|Lucrezia|Lauretta|Vincenza|Agata|Domenica'),
               L=S("Abbondanza|Castelnuovo|Dell'Orto|Fabbrocini|Giordanengo|Lamberti|Orlandini|Quaglia|Tornatore|"
                   "Uccello|Zampieri|Donadoni|Ferrandi|Gervasoni|Bassani|Marchesi|Guidotti")),
    'es': dict(m=S('Desiderio|Macario|Onésimo|Rufino|Tiburcio|Eulogio|Hermenegildo|Valentín|Oriol'),
               f=S('Adoración|Casilda|Isidora|Florentina|Joaquina|Graciela|Dolores|Itatí'),
               L=S('Dorado|Fajardo|Mancebo|Salcedo|Tejada|Uceda|Valcárcel|Yagüe|Sotomayor|Aguado|Acevedo|Echeverri|'
                   'Henríquez|Lastra|Rivadeneira|Urbina|Bastidas|Vilaseca|Agirre'), two=0.5),
    'pt': dict(m=S('Adalberto|Gervásio|Laurindo|Policarpo|Vitorino|Arlindo|Leonel'),
               f=S('Doroteia|Hermínia|Idalina|Olímpia|Quitéria|Rosalina|Zulmira|Belmira|Deolinda|Juçara'),
               L=S('Abrantes|Cerqueira|Esteves|Gouveia|Honorato|Leitão|Negrão|Ornelas|Paixão|Espínola')),
    'pl': dict(m=S('Eustachy|Hieronim|Norbert|Teofil|Walenty|Lucjan|Bogusław|Wincenty|Bonifacy|Feliks|Wawrzyniec|Jacenty|Ambroży'),
               f=S('Dobrosława|Irena|Otylia|Władysława|Kunegunda|Stefania|Klementyna|Gertruda|Salomea'),
               Lm=S('Ciesielski|Gawroński|Nawrocki|Wasilewski|Jastrzębski|Maciejewski|Bednarczyk|Florczak|Hajduk|Iwaniuk'),
               Lf=S('Domańska|Jastrzębska|Maciejewska|Olszewska|Zawadzka|Sobolewska|Gawrońska|Nawrocka|Bednarczyk|'
                    'Florczak|Hajduk|Iwaniuk')),
    'cz': dict(m=S('Květoslav|Oldřich|Svatopluk|Jindřich|Slavomír'), f=S('Blažena|Drahomíra|Milada|Radmila|Vlasta'),
               Lm=S('Moravec|Urbánek|Zedník'), Lf=S('Jelínková|Lukášová|Pospíšilová')),
    'hu': dict(m=S('Csongor|Kálmán|Lőrinc|Mátyás|Nándor|Szilárd'), f=S('Hajnalka|Jolán|Vilma'),
               L=S('Bárány|Czakó|Erdős|Sárközi')),
    'ro': dict(m=S('Eugen|Octavian|Valeriu|Cornel'), f=S('Florica|Iuliana|Nicoleta|Petruța|Rodica|Viorica'),
               L=S('Bucur|Cazacu|Radulescu|Sandu|Țurcanu|Chirilă|Mocanu')),
    'gr': dict(m=S('Nektarios|Rigas|Theofanis'), f=S('Aikaterini|Eftychia|Sotiria|Xanthippi|Eleftheria'),
               Lm=S('Georgiadis|Hatzis|Sotiropoulos|Zacharopoulos|Bakirtzis|Louka|Panagiotou'),
               Lf=S('Dimopoulou|Fragkou|Ioannidou|Papadopoulou|Louka|Panagiotou')),
    'tr': dict(m=S('Dündar|Engin|Hikmet|Kenan|Necati|Vedat|Zafer|Hüsnü|Recep|Muammer|Reşat'),
               f=S('Cemile|Gönül|İpek|Mübeccel|Oya|Rüya|Ümran|Çiğdem|Gülizar|Türkan|Berrin|Feride|Leyla|Nermin|Ülkü|Aysun'),
               L=S('Bilgiç|Gençer|Halıcı|İnce|Küçükoğlu|Nalbant|Okumuş|Pehlivan|Zorlu|Şentürk|Ağaoğlu|Boztepe|Eroğlu|'
                   'Gürsoy|Fidan|Hacıoğlu|Sarıgül|Taşkın')),
    'fi': dict(m=S('Alpo|Jalmari|Tenho|Ylermi|Aarre|Tuure|Mauno|Kalervo|Ahti'),
               f=S('Eevi|Elma|Hertta|Peppi|Rauha|Inkeri|Sohvi|Eila'),
               L=S('Björkqvist|Immonen|Ylitalo|Ahola|Kosonen|Nurminen|Paananen|Pöllänen|Toivanen|Ollila|Uotila|Anttila')),
    'se': dict(m=S('Alrik|Fritiof|Klas|Tage|Gottfrid|Konrad|Helmer|Jarl|Osvald|Östen|Nore'),
               f=S('Bengta|Lova|Aina|Vendela|Britt-Marie'),
               L=S('Jakobsson|Kvist|Olausson|Stenberg|Thelin|Zetterberg|Nygren|Hedin|Fagerlund|Hagström|Tornberg|Lundberg')),
    'is': dict(m=S('Bjarki|Ingólfur|Óskar|Úlfar|Ægir|Sigurður'), f=S('Dagný|Kristín|Þórunn|Vigdís|Jóhanna'),
               Lm=S('Árnason|Pálsson|Þórsson|Björnsson|Sveinsson'), Lf=S('Einarsdóttir|Stefánsdóttir|Valsdóttir|Hauksdóttir')),
    'ua': dict(m=S('Yarema|Nazar|Vitaliy'), f=S('Zlata|Myroslava|Kseniya'),
               L=S('Romanenko|Yatsenko|Pylypenko|Ostapchuk|Dovzhenko')),
    'ge': dict(m=S('Revaz|Vakhtang|Otar|Merab'), f=S('Ekaterine|Tamta|Maka'),
               L=S('Dvali|Kvaratskhelia|Machavariani|Okropiridze|Sulaberidze|Tsereteli|Zhvania|Mchedlishvili|Natsvlishvili')),
    'am': dict(m=S('Mher|Vardan'), f=S('Astghik|Hasmik|Ruzanna|Sona|Zaruhi|Arpi'),
               L=S('Abrahamyan|Baghdasaryan|Danielyan|Galstyan|Nazaryan|Poghosyan|Simonyan|Yeghiazaryan|Zakaryan')),
    'fa': dict(m=S('Hamed|Taher'), f=S('Afsaneh|Dorna|Fereshteh|Goli|Jaleh|Firouzeh'),
               L=S('Amini|Fallahi|Hashemi|Mahdavi|Parsa|Rahnama|Asadi|Nourbakhsh')),
    'ar': dict(m=S('Iyad|Qusay|Yazan|Hazem|Khaled|Tareq'), f=S('Abir|Basma|Jumana|Raghad|Zeina|Fadia|Hind'),
               L=S('Abu-Ghazaleh|Khalaf|Nabulsi|Qasem|Al-Khatib|Mrad|Nader|Touma|Yacoub|Saadeh|Al-Rashid|Al-Amiri')),
    'ma': dict(m=S('Abdelilah|Jaouad|Taoufik'), f=S('Fatima-Zahra|Soukaina|Youssra'),
               L=S('Fassi|Ziani|Skalli|Bouzidi|Lahbabi|Sefrioui')),
    'he': dict(m=S('Boaz|Elad|Idan|Lior|Nitzan|Shai|Tamir|Uri|Yarden|Ziv|Ofir|Yonatan'), f=S('Galit|Hadas|Keren|Orly|Ravit'),
               L=S('Carmeli|Elbaz|Halevi|Lahav|Margalit|Nachmani|Sasson|Tzur|Yosef|Zilberman|Gabay|Ben-Ami|Dahan')),
    'in': dict(m=S('Bhavesh|Eshwar|Indrajit|Zubin|Vihaan|Anbarasan|Dhanush|Elango|Hariharan|Ilango|Arumugam|Kathiresan|Thangaraj'),
               f=S('Aadhya|Falguni|Hemangi|Bhumika|Darshana|Gunjan|Jigna|Chithra|Ragini|Thilaga|Umamaheswari'),
               L=S('Khandelwal|Lokhande|Oberoi|Sabharwal|Ganguly|Balasubramanian|Duraisamy|Jeyakumar|Mudaliar|Ramalingam|'
                   'Velusamy|Arunachalam|Kuppusamy|Muthukumar|Selvaraj|Subbiah|Viswanathan')),
    'pk': dict(m=S('Nabeel|Tauseef|Waqar|Owais|Mahfuz|Mostafizur'), f=S('Ghazala|Kinza|Tanjila|Rumana|Nasreen'),
               L=S('Jatoi|Lodhi|Kayani|Soomro')),
    'lk': dict(m=S('Anura|Buddhika|Lasantha|Nuwan'), f=S('Gayani|Malsha|Upeksha|Yasoda|Dilani'),
               L=S('Herath|Jayawardena|Karunaratne|Liyanage|Mendis|Tennakoon|Wijesinghe|Abeysekera')),
    'np': dict(m=S('Anish|Dipendra|Nabin|Sabin|Tenzing|Binod|Pemba|Sanjeev'), f=S('Bimala|Gita|Rojina|Sarita|Ashmita'),
               L=S('Dahal|Ghimire|Neupane|Pokharel|Bhattarai|Khadka|Poudel')),
    'cn': dict(m=S('Zekai|Ruihan|Yichen|Hongyu|Boyang|Jinrong'),
               f=S('Yanling|Wenqian|Mengjie|Xiaoqing|Lanfang|Qiuyue|Huilan|Yaoting'),
               L=S('Hsu|Tsai|Hsieh|Kuo|Tseng|Hsiao|Chuang|Chien|Chou|Shih|Hsueh|Tsao|Liao|Cheung|Leung|Tsang|Kwan|'
                   'Fung|Tse|Mak|Kwok|Lui|Yuen|Szeto|Au-Yeung|Ngai|Chiu|Shum|Yiu'), order='mix'),
    'sg': dict(m=['Boon Heng', 'Tiong Seng', 'Kai Sheng', 'Kok Huat', 'Eng Hock', 'Chee Wah', 'Kim Huat', 'Keat Seng',
                  'Choon Huat', 'Yong Kiat'],
               f=['Bee Lian', 'Poh Geok', 'Soo Lin', 'Mei Sheng', 'Bee Ying', 'Jun Ying', 'Lian Hui', 'Geok Lian',
                  'Siew Kheng', 'Poh Heng'],
               L=S('Chan|Chow|Leung|Lew|Liem|Boo|Thong|Poon|Yuen'), order='e'),
    'jp': dict(m=S('Fumiya|Rintaro|Eiji|Minoru|Osamu|Akihiro|Bunta|Fuyuki|Haruhiko|Noboru|Tadashi|Yasuhiro|Toshiro|Keisuke'),
               f=S('Kazuha|Chiaki|Chiyo|Iori|Umeko|Shizuka|Masumi'),
               L=S('Aoyama|Ishihara|Kawaguchi|Arai|Fukushima|Asakura|Imamura|Kitagawa|Miyazawa|Oshiro|Sawada|Tachibana|'
                   'Umemura|Hirose|Kanda|Mochizuki|Ozaki|Terada|Ueno|Yamashita')),
    'kr': dict(m=S('Tae-won|Seok-hyun|Hyun-sik|Dae-young|Han-seok|Gi-hyun|Eun-gyu|Min-gyu|Seon-ho|Seung-ha'),
               f=S('Seo-won|Jin-yeong|Jeong-seon|Sang-yeon|Yoon-ok|Jin-mi|Bo-yeon|Myeong-sun|Yeong-mi'),
               L=S('Chae|Woo|Yeon|Sung|Won|Hyun|Jin'), order='mix'),
    'vn': dict(m=S('Luân|Quyết|Đạt|Hậu|Thuận|Sang|Phát'), f=S('Thúy|Tuệ|Lựu|Cẩm|Lành'),
               L=S('Khổng|Ưng|Yên|Mã'), order='mix'),
    'th': dict(m=S('Nirun|Uthai|Phichit|Anurak'), f=S('Kannika'),
               L=S('Bunnag|Limthongkul|Ruangsri|Yodsuwan|Charoenwong|Sirivat|Srisai')),
    'ph': dict(m=S('Florante'), f=S('Cristeta|Editha|Honeylyn|Nenita|Tessie|Zenaida'),
               L=S('Nepomuceno|Sisante|Umali|Villafuerte|Yulo')),
    'id': dict(m=S('Eka|Yogi'), f=S('Suryani|Utami'), L=S('Irawan|Lesmana|Sudarsono|Susilo')),
    'ng': dict(m=S('Folorunsho|Bamidele|Nnaemeka|Obioma|Chinedum|Kenechukwu|Olisa|Adetokunbo|Tokunbo|Opeyemi'),
               f=S('Bolanle|Gbemisola|Yewande|Nkiru|Ebele|Fisayo|Ireti|Olabisi|Remilekun|Aderonke|Feyisara|Moyosore|Rukayya'),
               L=S('Ibikunle|Sowunmi|Falana|Oyelowo|Ejiofor|Okonjo|Maikudi|Ringim|Dantata|Lawani|Durojaiye|Fadahunsi|'
                   'Odukoya|Ikemefuna')),
    'gh': dict(m=S('Kafui|Etornam'), f=S('Abenaa|Sena'),
               L=S('Bediako|Fosu|Gyasi|Osei-Bonsu|Owusu-Ansah|Tagoe|Kpodo|Agbeko|Dzokoto|Amegashie|Tsikata|Gbeho|Konadu')),
    'ke': dict(m=S('Faraji|Jabari|Mosi|Sefu|Zuberi|Chege'), f=S('Amani|Bahati|Kamaria|Rehema|Tumaini|Upendo'),
               L=S('Wambua|Kipchumba|Keter|Simiyu')),
    'so': dict(m=S('Abdirahman|Mahad'), f=S('Hodan|Farhiya|Fikirte|Lidya'), L=S('Warsame|Jama|Hersi|Kassa')),
    'za': dict(m=S('Luvuyo|Mzwandile|Vuyani|Bulelani|Lonwabo|Odwa|Qhama|Itumeleng|Lwandle|Sifiso'),
               f=S('Sinethemba|Thembeka|Khanyo|Liyema|Yonela|Reitumetse|Goitseone|Bongiwe'),
               L=S('Qwabe|Mgxashe|Nqakula|Ntshona|Mfeketo|Gqirana|Tshabangu|Dlodlo|Nkabinde|Mhlongo|Zondi|Ntombela|Sebego|'
                   'Mogale|Ngobeni|Shibambo|Dube|Luthuli|Xaba')),
    'af': dict(m=S('Christo|Izak|Karel|Schalk|Tertius|Ockert'), f=S('Hanlie|Jacoba|Liezl|Nelmarie|Wilna|Suné|Marietjie'),
               L=S('Malan|Theron|Uys|Wessels')),
    'car': dict(m=S('Kemar|Marlon|Omari|Tajay|Jermaine'), f=S('Yanique|Fabienne|Wisline|Ketly'),
                L=S('Dacosta|Ebanks|Henriques|McFarlane|Pinnock|Spence|Thwaites|Wedderburn|Chin-See|Lindo|Célestin|Désir|'
                    'Jean-Louis|Pierre-Louis')),
    'balk': dict(m=S('Aleksandar|Nebojša|Predrag|Slobodan|Željko|Ante|Ivica|Zdravko|Besnik|Fatmir'),
                 f=S('Biljana|Milica|Snežana|Drita|Lindita|Vjosa'),
                 L=S('Đorđević|Filipović|Grgić|Ilić|Jovanović|Lukić|Nikolić|Ristić|Stojanović|Todorović|Živković|Berisha|'
                     'Krasniqi|Gashi|Shala|Kelmendi|Šarić')),
    'sl': dict(m=S('Anže|Blaž|Žiga|Primož|Klemen'), f=S('Mojca|Špela|Tjaša|Nika|Polona'),
               L=S('Krajnc|Zupančič|Potočnik|Kovačič|Mlakar|Vidmar|Golob|Bizjak|Hribar|Žagar')),
    'bg': dict(m=S('Hristo|Lyubomir|Yordan|Rumen'), f=S('Kalina|Mariela|Zlatka|Velislava'),
               Lm=S('Ivanov|Kostadinov|Petkov|Todorov|Vasilev|Zhelev|Kirilov'), Lf=S('Hristova|Mladenova|Nikolova|Yordanova')),
    'mt': dict(m=S('Ġorġ|Ċensu|Pawlu|Godwin'), f=S('Marthese|Josianne|Antoinette'),
               L=S('Borg|Vella|Cassar|Galea|Micallef|Attard|Debono')),
    'mn': dict(m=S('Ganbold|Munkhbat|Uuganbayar'), f=S('Altantsetseg|Enkhjargal|Khulan|Narantuya|Sarangerel'),
               L=S('Ganzorig|Lkhagvasuren|Tsogtbaatar|Bayarsaikhan')),
    'kz': dict(m=S('Bauyrzhan|Ermek|Kairat|Nurlan|Talgat|Yerlan|Dauren|Bakhyt'), f=S('Aidana|Gulnara|Saule|Zhanar|Asel|Akmaral'),
               Lm=S('Abenov|Baimukhamedov|Dzhaksybekov|Kassymov|Mukhametzhanov|Omarov|Tulegenov|Iskakov|Utepov|Zhumabekov|Seitkali'),
               Lf=S('Ermekova|Nurpeisova|Sadykova|Zhakupova|Sultanova|Rakhimova|Bekova|Seitkali')),
    'pac': dict(m=S('Iosefa|Paea|Sefo|Fetu'), f=S('Ahomana|Eseta|Kalolaine|Lupe|Akanesi|Vailea'),
                L=S('Afamasaga|Kupu|Latu|Mafi|Naufahu|Pulu|Tupou|Uasi|Vea|Poutama|Faleolo|Vainikolo')),
}
WESTERN = ['en_gb', 'en_us', 'ie', 'sc', 'cy', 'fr', 'de', 'nl', 'it', 'es', 'pt', 'pl', 'cz', 'hu', 'ro', 'gr', 'se', 'fi', 'is',
           'sl', 'balk', 'mt', 'car', 'af']
EUROPE = ['en_gb', 'ie', 'sc', 'cy', 'fr', 'de', 'nl', 'it', 'es', 'pt', 'pl', 'cz', 'hu', 'ro', 'gr', 'se', 'fi', 'is', 'sl',
          'balk', 'mt', 'bg', 'ua']
ALLC = sorted(CULT)


class Person:
    def __init__(self, cult, order=None):
        c = CULT[cult]
        self.cult = cult
        self.gender = ch('mf') if c.get('m') and c.get('f') else ('m' if c.get('m') else 'f')
        self.first = ch(c[self.gender])
        if 'Lm' in c:
            self.last = ch(c['Lm'] if self.gender == 'm' else c['Lf'])
        else:
            self.last = ch(c['L'])
            if c.get('two') and R.random() < c['two']:
                l2 = ch(c['L'])
                if l2 != self.last:
                    self.last = self.last + ' ' + l2
        o = order or c.get('order', 'w')
        if o == 'mix':
            o = ch('we')
        self.order = o
        self.mid = ''
        if cult in ('en_gb', 'en_us', 'ie', 'sc', 'cy', 'de', 'nl', 'car', 'af') and self.order == 'w':
            x = R.random()
            if x < 0.10:
                self.mid = ch(string.ascii_uppercase.replace('Q', '').replace('X', '')) + '.'
            elif x < 0.14:
                self.mid = ch(c[self.gender])
                if self.mid == self.first:
                    self.mid = ''
        self.dob = datetime.date(ri(1946, 2004), ri(1, 12), ri(1, 28))
        self.upper = R.random() < 0.05

    def full(self):
        if self.order == 'e':
            s = self.last + ' ' + self.first
        else:
            s = ' '.join(x for x in (self.first, self.mid, self.last) if x)
        return s

    def show(self, style):
        if style == 'first':
            s = self.first
        elif style == 'last':
            s = self.last
        elif style == 'dr':
            s = self.full() if R.random() < 0.55 else self.last
        elif style == 'plain':
            s = self.full()
        else:
            s = self.full()
        if self.upper and style != 'first':
            s = s.upper()
        return s


def new_person(pool):
    order = None
    if pool in CULT:
        cult = pool
    elif pool == 'eu':
        cult = ch(EUROPE)
    elif pool in ('us', 'uk', 'au', 'ca'):
        cult = ch(ALLC if R.random() < 0.6 else WESTERN)
        order = 'w' if cult != 'sg' else None
    else:
        cult = ch(ALLC)
    return Person(cult, order)


FOLD = {'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'đ': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ð': 'd', 'œ': 'oe', 'Đ': 'D', 'Ł': 'L',
        'Þ': 'Th', 'Æ': 'Ae', 'Ø': 'O', 'İ': 'I'}


def fold(s):
    s = ''.join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if ord(c) < 128)


def slug(s):
    return re.sub(r'[^a-z0-9]', '', fold(s).lower())


# ---- places, firms, domains -----------------------------------------------------
P_ = {
    'us_city': S('Wapakoneta|Tuscola|Galesburg|Effingham|Vincennes|Logansport|Elizabethtown|Hopkinsville|Maysville|Houma|'
                 'Kinston|Danville|Martinsville|Williamsport|Chico|Reno|Houston|Denver|Philadelphia|San Diego|Minneapolis|'
                 'Pittsburgh|Phoenix|Atlanta|Boston|Detroit'),
    'us_state': S('Kentucky|Indiana|Louisiana|Tennessee|Iowa|Kansas|Montana|Vermont|Pennsylvania|Illinois|North Carolina|'
                  'Wisconsin|Oklahoma|Arkansas|Nebraska|Idaho|Wyoming|Delaware|Maine|Alabama'),
    'uk_town': S('Okehampton|Tavistock|Redruth|Liskeard|Honiton|Axminster|Ilminster|Chard|Minehead|Bude|Camelford|Wadebridge|'
                 'Padstow|Hayle|Marazion|Leek|Oswestry|Lyme Regis|Glastonbury|Chester|Scunthorpe|Cheltenham|Bristol|Glasgow|'
                 'Birmingham|Liverpool'),
    'au_town': S('Hay|Moama|Robinvale|Brisbane|Adelaide|Darwin|Hobart|Melbourne|Sydney'),
    'ca_city': S('Saint-Hyacinthe|Sorel-Tracy|Lachute|Sault Ste. Marie|Toronto|Montreal|Vancouver|Ottawa|Winnipeg'),
    'in_city': S('Chittorgarh|Jhunjhunu|Nagaur|Sirohi|Banswara|Dungarpur|Dewas|Shajapur|Sidhi|Shahdol|Durg|Davangere|Mumbai|'
                 'Chennai|Bengaluru|Ahmedabad|Delhi'),
    'es_town': S('Sahagún|Villalpando|Tordesillas|Riaza|Ayllón|Atienza|Cariñena|Ágreda|Almazán|Medinaceli|Peñafiel|Lerma|'
                 'Covarrubias|Frías|Madrid|Sevilla|Zaragoza'),
    'it_town': S('Bobbio|Bardi|Borgotaro|Berceto|Pavullo|Vignola|Sestola|Fanano|Vergato|Dozza|Brisighella|Modigliana|Sarsina|'
                 'Novafeltria|Pennabilli|Urbania|Cagli|Sassoferrato|Arcevia|Cingoli|Sacile|Tolmezzo|Adria|Mortara|Roma|Milano|'
                 'Torino'),
    'pl_town': S('Płońsk|Sierpc|Piotrków Trybunalski|Ropczyce|Strzyżów|Lubaczów|Warszawa|Kraków|Poznań'),
    'fi_town': S('Ruovesi|Suolahti|Juankoski|Kaavi|Rautalampi|Hankasalmi|Joutsa|Padasjoki|Kangasniemi|Rantasalmi|Enonkoski|'
                 'Tohmajärvi|Kolari|Ylitornio|Helsinki|Espoo|Turku'),
    'se_town': S('Ockelbo|Älvsbyn|Malung|Vansbro|Hällefors|Storfors|Degerfors|Laxå|Kumla|Ödeshög|Boxholm|Åtvidaberg|'
                 'Valdemarsvik|Finspång|Oxelösund|Stockholm|Malmö'),
    'tr_town': S('Akşehir|Seydişehir|Ermenek|Gülnar|Anamur|Bozyazı|Aydıncık|Erdemli|Pozantı|Karaisalı|Feke|Saimbeyli|'
                 'Tufanbeyli|Sarız|Pınarbaşı|Develi|Yahyalı|Bünyan|Sarıoğlan|Felahiye|Tomarza|Kahta|Nusaybin|Cizre|Ahlat|'
                 'Tatvan|Sarıkamış|Ankara|Bursa'),
    'kr_city': S('Seongju|Goryeong|Hapcheon|Geochang|Hamyang|Jangheung|Gangjin|Muan|Gokseong|Seoul|Busan|Daegu|Incheon'),
    'sg_area': S('Ghim Moh|Bartley|Ubi|Mattar|Springleaf'),
    'za_town': S('Reddersburg|Zastron|Wepener|Senekal|Lindley|Reitz|Williston|Richmond|Hanover|Johannesburg|Pretoria|Cape Town'),
    'world_city': S('Český Krumlov|Levoča|Tbilisi|Yerevan|Almaty|Ulaanbaatar|Kathmandu|Colombo|Dhaka|Hanoi|Manila|Jakarta|'
                    'Nairobi|Accra|Lagos|Addis Ababa|Casablanca|Amman|Beirut|Athens|Lisbon|Vienna|Prague|Budapest|Bucharest|'
                    'Sofia|Belgrade|Zagreb|Ljubljana|Valletta|Oslo|Copenhagen|Amsterdam|Brussels|Dublin|Edinburgh|London|'
                    'Mexico City|Bogotá|Lima|Santiago|Buenos Aires|São Paulo|Tokyo|Taipei|Hong Kong|Kuala Lumpur|Bangkok|'
                    'Auckland|Montevideo|Tallinn|Riga|Vilnius|Bratislava'),
    'country': S('Estonia|Paraguay|Malawi|Namibia|Laos|Uruguay|Montenegro|Mauritius|Fiji|Moldova|Bhutan|Brunei|Iceland|'
                 'Portugal|Chile|Kenya|Ghana|Vietnam|Mongolia|Armenia|Jordan|Morocco|Nepal|Sri Lanka|Slovenia|Malta|Ecuador|'
                 'Senegal|Tanzania|Cambodia|Kazakhstan|Albania|Tunisia|Bolivia'),
}
US_ST_W = S('Cattail|Bobwhite|Whippoorwill|Pawpaw|Buttonbush|Hackberry|Shagbark|Chickadee|Bittersweet')
US_ST_S = S('Lane|Road|Court|Drive|Way|Trail|Run|Circle|Avenue')
UK_ST = S('Moorhen Lane|Fieldfare Close|Dunnock Way|Pennywort Road|Sloeberry Gardens')
AU_ST = S('Quandong Street|Myall Crescent|Tuart Road|Boab Close|Kowari Avenue')
ES_ST = S('Calle de los Tilos|Calle Cantarranas|Calle del Madroño|Avenida del Alcornoque|Plaza del Membrillo|Calle Granado|'
          'Calle del Tomillo')
IT_ST = S('Via dei Mulini|Via dei Gelsi|Via delle Glicine|Via degli Oleandri|Via dei Castagni|Via delle Ginestre|'
          'Via del Melograno|Via del Rosmarino|Via degli Aceri')
PL_ST = S('ul. Jaworowa|ul. Tulipanowa|ul. Poziomkowa|ul. Czereśniowa')
FI_ST = S('Pajukuja|Lepikontie|Puolukkatie|Kielotie|Vuokkotie')
SE_ST = S('Blåbärsstigen|Hasselgatan|Ekorrvägen|Lärkgatan')


def street(kind):
    n = ri(2, 2980)
    if kind == 'us':
        s = '%d %s %s' % (n, ch(US_ST_W), ch(US_ST_S))
        x = R.random()
        if x < 0.2:
            s = 'Apt %d, %s' % (ri(1, 48), s)
        elif x < 0.28:
            s = 'Unit %s, %s' % (ch(['2B', '4A', '11', '7C', '3']), s)
        return s
    if kind == 'uk':
        s = '%d %s' % (ri(1, 240), ch(UK_ST))
        return 'Flat %d, %s' % (ri(1, 12), s) if R.random() < 0.2 else s
    if kind == 'au':
        s = '%d %s' % (ri(1, 420), ch(AU_ST))
        return 'Unit %d, %s' % (ri(1, 30), s) if R.random() < 0.25 else s
    if kind == 'es':
        return '%s %d' % (ch(ES_ST), ri(1, 180))
    if kind == 'it':
        return '%s %d' % (ch(IT_ST), ri(1, 140))
    if kind == 'pl':
        return '%s %d' % (ch(PL_ST), ri(1, 90)) + ch(['', '', '/%d' % ri(1, 40)])
    if kind == 'fi':
        return '%s %d' % (ch(FI_ST), ri(1, 60)) + ch(['', '', ' B %d' % ri(1, 30), ' A %d' % ri(1, 20)])
    if kind == 'se':
        return '%s %d' % (ch(SE_ST), ri(1, 80))
    raise KeyError(kind)


ORGS = {
    'firm': ['Fernhollow Analytics', 'Copperkettle Foods', 'Gannetfield Marine', 'Wrenfold Studios', 'Kestrelmark GmbH',
             'Ospreyline Freight', 'Cindervale Energy', 'Pebbleworth Insurance', 'Orchardine SAS', 'Merganser Outfitters',
             'Wychwood Robotics', 'Lindenhall Consulting', 'Solvara AB', 'Nordvik Maritime AS', 'Kaskelot Oy',
             'Boğaziçi Lojistik A.Ş.', 'Saguaro Solar', 'Tumbleweed Media', 'Prairiefire Brewing Co.', 'Birchhollow Joinery',
             'Sagebrush Veterinary Group', 'Maplewood Dairy Inc.', 'Fjellstad Bygg AS', 'Lumivaara Oy', 'Wiślana Spedycja',
             'Zielonka Meble', 'Pražská Strojírna'],
    'bank': ['Corvina Savings Bank', 'Banca Pellizzari', 'Kiviranta Pankki', 'Angsana Bank', 'Beaverbrook Trust',
             'Simpoh Bank Berhad', 'Bruvik Sparebank', 'Banco Vasquiera'],
    'hosp': ['Hazelmere Community Hospital', 'Bramblecote Medical Centre', 'Bluestem Family Clinic',
             'Whitebeam General Hospital', 'Sweetbriar Clinic', 'Spicebush Memorial Hospital'],
    'uk_hosp': ['Whitebeam General Hospital', 'Sweetbriar Clinic', 'Bramblecote Medical Centre'],
    'uk_firm': ['Thimbleby & Rowe LLP', 'Copperkettle Foods', 'Pebbleworth Insurance', 'Wychwood Robotics'],
    'au_firm': ['Wombatech Pty Ltd', 'Taipan Earthmoving Pty Ltd', 'Potoroo Electrical Pty Ltd', 'Dugong Bay Tiling Pty Ltd',
                'Bandicoot Removals Pty Ltd'],
    'au_clinic': ['Quoll Creek Medical Centre', 'Bettong Family Practice', 'Woylie Street Clinic', 'Cassowary Coast Health'],
    'it_firm': ['Borgaretti S.r.l.', 'Castagnaro Costruzioni S.p.A.', 'Fornacella & Figli S.n.c.', 'Scaldaferri Impianti S.r.l.',
                'Tessitura Ghezzani S.r.l.', 'Ottonello Trasporti S.r.l.', 'Cantina Sorbolo'],
    'it_hosp': ['Policlinico Montefalcone', 'Hazelmere Community Hospital'],
    'in_firm': ['Saptarishi Textiles Pvt Ltd', 'Kalpavriksha Agro Foods', 'Vasundhara Infra Projects', 'Shubhlaxmi Jewellers'],
    'sg_firm': ['Tembusu Logistics Pte. Ltd.', 'Meranti Holdings Pte. Ltd.', 'Pulasan Foods Pte. Ltd.'],
    'za_firm': ['Kloofnek Insurance', 'Suikerbossie Properties', 'Klipspringer Security', 'Umoja Mutual'],
    'pharm': ['Quillwort Pharmacy', 'Nuthatch Apothecary'],
    'hotel': ['Cormorant House Hotel', 'Albatross Inn'],
}
CORP_DOM = ['fernhollow-analytics.com', 'copperkettle.co.uk', 'gannetfield.no', 'wrenfold.studio', 'kestrelmark.de',
            'ospreyline.com', 'cindervale.energy', 'pebbleworth.ie', 'orchardine.fr', 'merganser.ca', 'wychwood-robotics.com',
            'lindenhall.at', 'solvara.se', 'nordvik.no', 'kaskelot.fi', 'bogazici-lojistik.com.tr', 'saguarosolar.com',
            'tumbleweed.media', 'prairiefire.beer', 'birchhollow.co.nz', 'sagebrushvet.com', 'maplewooddairy.com',
            'fjellstad.no', 'lumivaara.fi', 'wislana.pl', 'zielonka-meble.pl', 'prazska-strojirna.cz', 'thimbleby-rowe.co.uk',
            'wombatech.com.au', 'taipan-earth.com.au', 'borgaretti.it', 'castagnaro.it', 'ghezzani.it', 'saptarishi.in',
            'vasundhara.co.in', 'tembusu.com.sg', 'meranti.sg', 'kloofnek.co.za', 'klipspringer.co.za',
            'hazelmere-hospital.org', 'bluestem.health', 'corvinabank.com', 'pellizzari.it']
WEB_DOM = ['mynet.com', 'atlas.cz', 'empal.com', 'foxmail.com', 'frontier.com', 'windstream.net', 'mailhaven.net',
           'inboxly.io', 'quickpost.me', 'postkasse.no', 'briefkasten.de', 'posthorn.at', 'pigeonpost.co', 'maildrop.fi']
URL_DOM = CORP_DOM
URL_SUB = ['', '', '', 'www.', 'portal.', 'support.', 'status.', 'shop.', 'my.']
NAT = S('Maltese|Estonian|Slovenian|Uruguayan|Paraguayan|Bolivian|Ecuadorian|Honduran|Guatemalan|Cuban|Jamaican|Haitian|'
        'Icelandic|Luxembourgish|Cypriot|Albanian|Bosnian|Montenegrin|Moldovan|Armenian|Georgian|Kazakh|Uzbek|Mongolian|'
        'Nepali|Sri Lankan|Bangladeshi|Laotian|Cambodian|Malaysian|Filipino|Indonesian|Taiwanese|Fijian|Samoan|Tongan|'
        'Ghanaian|Kenyan|Ugandan|Tanzanian|Rwandan|Ethiopian|Eritrean|Somali|Senegalese|Ivorian|Cameroonian|Zambian|'
        'Zimbabwean|Namibian|Mauritian|Tunisian|Algerian|Moroccan|Jordanian|Lebanese|Omani|Emirati|Afghan|Chilean|'
        'Peruvian|Venezuelan|Colombian|Danish|Norwegian|Austrian|Swiss|Romanian|Bulgarian|Serbian|Croatian|Slovak|'
        'Ukrainian|Lithuanian|Latvian')
REL = S("Buddhist|Sikh|Muslim|Anglican|Methodist|Baptist|Quaker|Presbyterian|Zoroastrian|Shinto|Taoist|Evangelical|"
        "Pentecostal|Adventist|Sunni|Shia|Coptic|Mennonite|Hindu|Jewish|Catholic|Lutheran|Jain|Bahá'í|Unitarian|"
        "Episcopalian|Greek Orthodox")
POL = S('Republican|Democrat|Labour|Conservative|Socialist|Libertarian|Liberal Democrat|Tory|Christian Democrat|'
        'Social Democrat')


def email(p=None, pool='any'):
    dom = ch(CORP_DOM if pool == 'corp' else WEB_DOM if pool == 'web' else CORP_DOM + WEB_DOM)
    if p is None:
        p = new_person('any')
    f, l = slug(p.first), slug(p.last.split(' ')[0])
    st = ri(0, 8)
    if st == 0: loc = f + '.' + l
    elif st == 1: loc = f + '_' + l
    elif st == 2: loc = f[0] + l
    elif st == 3: loc = l + f[0]
    elif st == 4: loc = f + '.' + l + str(ri(2, 99))
    elif st == 5: loc = l + str(ri(100, 9999))
    elif st == 6: loc = f + '.' + l + '+' + ch(['billing', 'hr', 'travel', 'news', 'work'])
    elif st == 7: loc = f + l[:1]
    else: loc = f + '-' + l
    return loc + '@' + dom


def url(kind, p=None):
    d = ch(URL_DOM)
    scheme = ch(['https://', 'https://', 'https://', 'http://', '', 'https://www.'])
    sub = '' if scheme.endswith('www.') else ch(URL_SUB)
    if scheme == '' and sub == '':
        sub = ch(['www.', 'portal.', ''])
    if kind == 'login':
        path = ch(['/login', '/signin', '/account/login?next=%2Fbilling', '/auth/sso'])
    elif kind == 'reset':
        path = '/password/reset?t=' + ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(14))
    elif kind == 'social':
        f, l = slug(p.first), slug(p.last.split(' ')[0])
        path = ch(['/team/%s-%s' % (f, l), '/people/%s.%s' % (f, l), '/~%s%s' % (f[0], l), '/u/%s%s' % (f, l)])
    elif kind == 'track':
        path = '/track/%s' % ch(['PKG', 'SHP', 'RT']) + digits(8)
    elif kind == 'doc':
        path = ch(['/docs/onboarding.pdf', '/hr/forms/w4', '/policies/privacy', '/kb/article/%d' % ri(1000, 99999)])
    else:
        path = ch(['', '/', '/careers', '/contact-us', '/helpdesk/tickets/%d' % ri(10000, 99999),
                   '/invoice/view?id=%d' % ri(100000, 999999), '/en/pricing'])
    return scheme + sub + d + path


# ---- dates ------------------------------------------------------------------------
MON_EN = S('January|February|March|April|May|June|July|August|September|October|November|December')
DOW_EN = S('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')
MON = {
    'es': S('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
    'it': S('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
    'pl': S('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
    'fi': S('tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|'
            'marraskuuta|joulukuuta'),
    'tr': S('Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık'),
    'sv': S('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
    'de': S('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
    'fr': S('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
    'pt': S('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
}


def rdate(y0=2019, y1=2026):
    return datetime.date(ri(y0, y1), ri(1, 12), ri(1, 28))


def rtime():
    h, m = ri(7, 19), ch([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if R.random() < 0.5:
        return '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')
    return '%02d:%02d' % (h, m)


def fmt_en(d):
    M = MON_EN[d.month - 1]
    k = ri(0, 11)
    if k == 0: return '%d %s %d' % (d.day, M, d.year)
    if k == 1: return '%s %d, %d' % (M, d.day, d.year)
    if k == 2: return '%s %d, %d' % (M[:3], d.day, d.year)
    if k == 3: return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if k == 4: return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if k == 5: return d.isoformat()
    if k == 6: return '%02d.%02d.%d' % (d.day, d.month, d.year)
    if k == 7: return '%02d-%s-%d' % (d.day, M[:3].upper(), d.year)
    if k == 8: return '%d %s %d' % (d.day, M[:3], d.year)
    if k == 9: return '%s, %s %d, %d' % (DOW_EN[d.weekday()], M, d.day, d.year)
    if k == 10: return '%d/%d/%d' % (d.month, d.day, d.year)
    return '%s, %d %s %d' % (DOW_EN[d.weekday()][:3], d.day, M, d.year)


def fmt_lang(d, lang):
    if lang == 'en':
        return fmt_en(d)
    M = MON[lang][d.month - 1]
    k = ri(0, 2)
    if lang in ('es', 'pt'):
        return ['%d de %s de %d' % (d.day, M, d.year), '%02d/%02d/%d' % (d.day, d.month, d.year), '%d de %s de %d' % (d.day, M, d.year)][k]
    if lang in ('it', 'fr'):
        return ['%d %s %d' % (d.day, M, d.year), '%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, M, d.year)][k]
    if lang == 'pl':
        return ['%d %s %d' % (d.day, M, d.year), '%02d.%02d.%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, M, d.year)][k]
    if lang == 'fi':
        return ['%d.%d.%d' % (d.day, d.month, d.year), '%d. %s %d' % (d.day, M, d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)][k]
    if lang == 'tr':
        return ['%02d.%02d.%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, M, d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)][k]
    if lang == 'sv':
        return ['%d %s %d' % (d.day, M, d.year), d.isoformat(), '%d %s %d' % (d.day, M, d.year)][k]
    if lang == 'de':
        return ['%d. %s %d' % (d.day, M, d.year), '%02d.%02d.%d' % (d.day, d.month, d.year), '%d. %s %d' % (d.day, M, d.year)][k]
    raise KeyError(lang)


def date_value(kind, ctx, bound):
    lang = 'en'
    if '.' in kind:
        kind, lang = kind.split('.')
    if kind in MON:
        kind, lang = 'd', kind
    if kind == 'pdob':
        return fmt_lang(bound.dob, lang)
    if kind == 'dob':
        return fmt_lang(datetime.date(ri(1946, 2004), ri(1, 12), ri(1, 28)), lang)
    if kind == 'd':
        return fmt_lang(rdate(), lang)
    if kind == 'iso':
        return rdate().isoformat()
    if kind == 'isodob':
        return bound.dob.isoformat() if bound else datetime.date(ri(1946, 2004), ri(1, 12), ri(1, 28)).isoformat()
    if kind == 'time':
        return rtime()
    if kind == 'wd':
        d = rdate(2024, 2026)
        M = MON_EN[d.month - 1]
        return ch(['%s, %s %d' % (DOW_EN[d.weekday()], M, d.day), '%s, %d %s' % (DOW_EN[d.weekday()], d.day, M),
                   '%s, %s %d' % (DOW_EN[d.weekday()], M[:3], d.day)])
    if kind in ('appt', 'enx'):
        d = rdate(2023, 2026)
        M = MON_EN[d.month - 1]
        t = rtime()
        k = ri(0, 5)
        if k == 0: return '%s %d at %s' % (M, d.day, t)
        if k == 1: return '%s, %s %d at %s' % (DOW_EN[d.weekday()], M, d.day, t)
        if k == 2: return '%s %02d:%02d' % (d.isoformat(), ri(6, 22), ri(0, 59))
        if k == 3: return '%d %s %d, %s' % (d.day, M, d.year, t)
        if k == 4: return '%s %d, %d at %s' % (M[:3], d.day, d.year, t)
        return '%02d/%02d/%d %s' % (d.day, d.month, d.year, t)
    # 'en'
    d = rdate()
    if R.random() < 0.15:
        M = MON_EN[d.month - 1]
        return ch(['%s, %s %d' % (DOW_EN[d.weekday()], M, d.day), '%s %d' % (M, d.day), '%d %s' % (d.day, M)])
    return fmt_en(d)


# ---- phones, network -------------------------------------------------------------------
def D(n):
    return digits(n)


def nz(n):
    return str(ri(2, 9)) + digits(n - 1)


def phone(cc):
    if cc == 'any':
        cc = ch(['us', 'us', 'uk', 'fr', 'de', 'es', 'it', 'pl', 'se', 'fi', 'tr', 'kr', 'jp', 'sg', 'in', 'au', 'za', 'ng',
                 'ke', 'br', 'mx', 'ae', 'ch', 'nl', 'ie', 'pt', 'nz'])
    a = lambda: str(ri(2, 9)) + str(ri(0, 8)) + str(ri(0, 9))
    if cc in ('us', 'ca'):
        ar, ex, ln = a(), nz(3), D(4)
        return ch(['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '+1-%s-%s-%s', '+1 (%s) %s-%s', '%s %s %s']) % (ar, ex, ln)
    if cc == 'uk':
        return ch(['07%s %s' % (D(3), D(6)), '+44 7%s %s' % (D(3), D(6)), '+44 (0)1%s %s' % (D(3), D(6)),
                   '020 7%s %s' % (D(3), D(4)), '+44 20 7%s %s' % (D(3), D(4))])
    if cc == 'ie': return ch(['+353 8%s %s %s' % (ch('35679'), D(3), D(4)), '08%s %s %s' % (ch('35679'), D(3), D(4))])
    if cc == 'fr': return ch(['+33 6 %s %s %s %s', '06 %s %s %s %s', '+33 (0)7 %s %s %s %s']) % (D(2), D(2), D(2), D(2))
    if cc == 'de': return ch(['+49 15%s %s' % (D(1), D(8)), '+49 (0)30 %s' % D(8), '0171 %s' % D(7)])
    if cc == 'nl': return ch(['+31 6 %s' % D(8), '06-%s' % D(8)])
    if cc == 'es': return ch(['+34 6%s %s %s' % (D(2), D(3), D(3)), '+34 9%s %s %s %s' % (D(1), D(3), D(2), D(2)),
                              '6%s %s %s' % (D(2), D(3), D(3))])
    if cc == 'it': return ch(['+39 3%s %s %s' % (D(2), D(3), D(4)), '+39 0%s %s %s' % (D(1), D(4), D(4)), '3%s %s %s' % (D(2), D(3), D(4))])
    if cc == 'pt': return '+351 9%s %s %s' % (ch('1236'), D(3), D(3))
    if cc == 'pl': return ch(['+48 %s %s %s', '+48 %s-%s-%s', '%s %s %s']) % (nz(3), D(3), D(3))
    if cc == 'se': return ch(['+46 7%s %s %s %s' % (ch('0236'), D(3), D(2), D(2)), '07%s-%s %s %s' % (ch('0236'), D(3), D(2), D(2))])
    if cc == 'fi': return ch(['+358 4%s %s %s' % (ch('0145'), D(3), D(4)), '04%s %s %s' % (ch('0145'), D(3), D(4))])
    if cc == 'tr': return ch(['+90 5%s %s %s %s' % (D(2), D(3), D(2), D(2)), '0 (5%s) %s %s %s' % (D(2), D(3), D(2), D(2)),
                              '05%s %s %s %s' % (D(2), D(3), D(2), D(2))])
    if cc == 'kr': return ch(['010-%s-%s' % (D(4), D(4)), '+82 10-%s-%s' % (D(4), D(4)), '+82 2-%s-%s' % (nz(3), D(4))])
    if cc == 'jp': return ch(['+81 90-%s-%s' % (D(4), D(4)), '090-%s-%s' % (D(4), D(4)), '03-%s-%s' % (D(4), D(4))])
    if cc == 'sg': return ch(['+65 9%s %s' % (D(3), D(4)), '+65 8%s %s' % (D(3), D(4)), '+65 6%s %s' % (D(3), D(4))])
    if cc == 'in': return ch(['+91 9%s %s' % (D(4), D(5)), '+91 8%s %s' % (D(4), D(5)), '09%s %s' % (D(4), D(5))])
    if cc == 'au': return ch(['+61 4%s %s %s' % (D(2), D(3), D(3)), '04%s %s %s' % (D(2), D(3), D(3)), '(0%s) %s %s' % (ch('2378'), D(4), D(4))])
    if cc == 'nz': return '+64 21 %s %s' % (D(3), D(4))
    if cc == 'za': return ch(['0%s %s %s' % (ch(['82', '83', '72', '71', '61']), D(3), D(4)), '+27 %s %s %s' % (ch(['82', '21', '11', '31']), D(3), D(4))])
    if cc == 'ng': return ch(['+234 80%s %s %s' % (ch('3356'), D(3), D(4)), '080%s %s %s' % (ch('3356'), D(3), D(4))])
    if cc == 'ke': return '+254 7%s %s %s' % (D(2), D(3), D(3))
    if cc == 'br': return ch(['+55 11 9%s-%s' % (D(4), D(4)), '(21) 9%s-%s' % (D(4), D(4))])
    if cc == 'mx': return ch(['+52 55 %s %s' % (D(4), D(4)), '+52 1 33 %s %s' % (D(4), D(4))])
    if cc == 'ae': return '+971 5%s %s %s' % (ch('0256'), D(3), D(4))
    if cc == 'ch': return '+41 7%s %s %s %s' % (ch('6789'), D(3), D(2), D(2))
    raise KeyError(cc)


def ipv4(kind='pub'):
    if kind == 'priv':
        return ch(['10.%d.%d.%d' % (ri(0, 255), ri(0, 255), ri(1, 254)), '172.%d.%d.%d' % (ri(16, 31), ri(0, 255), ri(1, 254)),
                   '192.168.%d.%d' % (ri(0, 255), ri(1, 254))])
    while True:
        a = ri(3, 223)
        if a not in (10, 127, 172, 192, 169):
            return '%d.%d.%d.%d' % (a, ri(0, 255), ri(0, 255), ri(1, 254))


def h4(zero=True):
    x = '%x' % ri(0, 0xffff)
    return x.zfill(4) if zero else x


def ip(kind):
    if kind == 'any':
        kind = ch(['v4', 'v4', 'v4', 'priv', 'v6', 'v6c', 'll', 'mapped'])
    if kind in ('v4', 'pub'): return ipv4()
    if kind == 'priv': return ipv4('priv')
    if kind == 'v6':
        return ':'.join(['2001', '0db8'] + [h4() for _ in range(6)]) if R.random() < 0.4 else ':'.join([h4(False) for _ in range(8)])
    if kind == 'v6c':
        return '%s:%s:%s::%s' % (ch(['2a02', '2a0e', '2605', '2c0f', '2400']), h4(False), h4(False), h4(False))
    if kind == 'll':
        return 'fe80::%s:%sff:fe%s:%s' % (h4(False), '%x' % ri(16, 255), '%02x' % ri(0, 255), h4(False))
    if kind == 'mapped':
        return '::ffff:' + ipv4()
    raise KeyError(kind)


def mac():
    b = [ri(0, 255) for _ in range(6)]
    b[0] &= 0xfe
    k = ri(0, 4)
    if k == 0: return ':'.join('%02X' % x for x in b)
    if k == 1: return ':'.join('%02x' % x for x in b)
    if k == 2: return '-'.join('%02X' % x for x in b)
    if k == 3: return '.'.join('%02x%02x' % (b[i], b[i + 1]) for i in (0, 2, 4))
    return '-'.join('%02x' % x for x in b)


# ---- identifiers ---------------------------------------------------------------------
def grp(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


def card(kind=None):
    kind = kind or ch(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb', 'maestro', 'disc65'])
    if kind == 'maestro':
        n = K.luhn_complete(ch(['6759', '5018', '6304']) + digits(11))
    elif kind == 'disc65':
        n = K.luhn_complete('65' + digits(13))
    else:
        n = K.card(R, kind)
    sep = ch([' ', ' ', '-', ''])
    if len(n) == 15:
        return grp(n, [4, 6, 5], sep)
    if len(n) == 14:
        return grp(n, [4, 6, 4], sep) if sep else n
    if len(n) == 16:
        return grp(n, [4, 4, 4, 4], sep)
    return n


IBAN_CC = ['DE', 'DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'PL', 'IT', 'AT', 'CH', 'PT', 'IE', 'SE', 'FI', 'DK', 'NO', 'TR', 'AE', 'SA']


def iban(cc=None, fmt=None):
    v = K.iban(R, cc or ch(IBAN_CC))
    fmt = fmt or ch('cs')
    return K.group(v, 4) if fmt == 's' else v


def ssn(fmt=None):
    a, b, c = K.ssn(R)
    return {'d': '%s-%s-%s', 's': '%s %s %s', 'c': '%s%s%s'}[fmt or ch('ddddsc')] % (a, b, c)


def itin(fmt=None):
    a, b, c = K.itin(R)
    return {'d': '%s-%s-%s', 's': '%s %s %s', 'c': '%s%s%s'}[fmt or ch('dddsc')] % (a, b, c)


def hetu():
    y = ri(1942, 2014); m = ri(1, 12); d = ri(1, 28)
    c = ch('------YXWVU') if y < 2000 else ch('AAAAABCDEF')
    n = '%03d' % ri(2, 899)
    base = '%02d%02d%02d' % (d, m, y % 100)
    return base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def nino():
    A = 'ABCEGHJKLMNOPRSTWXYZ'; B = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = ch(A) + ch(B)
        if p not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            break
    d = digits(6); s = ch('ABCD')
    return ch(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), p + d + s, p + d + s])


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
BELFIORE = S('A944|H501|F205|L219|D969|G273|F839|E506|A271|L483|L407|L840|G224|B157|M082|D150|E897|F952')


def cf_for(p):
    def split(s):
        s = [c for c in fold(s).upper() if c.isalpha()]
        return [c for c in s if c not in 'AEIOU'], [c for c in s if c in 'AEIOU']
    c, v = split(p.last)
    sur = ''.join(c + v + ['X', 'X', 'X'])[:3]
    c, v = split(p.first)
    nam = (c[0] + c[2] + c[3]) if len(c) >= 4 else ''.join(c + v + ['X', 'X', 'X'])[:3]
    d = p.dob
    s = sur + nam + '%02d' % (d.year % 100) + 'ABCDEHLMPRST'[d.month - 1] + '%02d' % (d.day + (40 if p.gender == 'f' else 0))
    s += ch(BELFIORE)
    t = 0
    for i, x in enumerate(s):
        idx = int(x) if x.isdigit() else ord(x) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return s + chr(65 + t % 26)


def pan_for(p):
    U = string.ascii_uppercase
    ini = (fold(p.last)[:1] or 'X').upper()
    return ''.join(ch(U) for _ in range(3)) + 'P' + ini + digits(4) + ch(U)


def dea_for(p):
    ini = (fold(p.last)[:1] or 'X').upper()
    d = digits(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return ch('ABFGM') + ini + d + str(s % 10)


def pesel_for(p):
    d = p.dob
    mm = d.month + (20 if d.year >= 2000 else 0)
    s = '%02d%02d%02d' % (d.year % 100, mm, d.day) + digits(3) + ch('13579' if p.gender == 'm' else '02468')
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def rrn_for(p):
    d = p.dob
    g = (1 if p.gender == 'm' else 2) + (2 if d.year >= 2000 else 0)
    s = '%02d%02d%02d%d' % (d.year % 100, d.month, d.day, g) + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    v = s + str(c)
    return v[:6] + '-' + v[6:] if R.random() < 0.85 else v


def zaid_for(p):
    d = p.dob
    g = ri(0, 4999) if p.gender == 'f' else ri(5000, 9999)
    return K.luhn_complete('%02d%02d%02d' % (d.year % 100, d.month, d.day) + '%04d' % g + ch('0001') + '8')


def pnr():
    k = ri(0, 9)
    if k < 6:
        return K.se_pnr(R, False, '-')
    if k < 9:
        return K.se_pnr(R, True, '-')
    return K.se_pnr(R, True, '')


def nif():
    v = K.nif(R)
    return v[:8] + '-' + v[8] if R.random() < 0.25 else v


def nie():
    v = K.nie(R)
    return v[:8] + '-' + v[8] if R.random() < 0.2 else v


def sin():
    v = K.sin(R)
    return ch([grp(v, [3, 3, 3]), grp(v, [3, 3, 3], '-'), v])


def nhs():
    v = K.nhs(R)
    return ch([grp(v, [3, 3, 4]), grp(v, [3, 3, 4]), grp(v, [3, 3, 4], '-'), v])


def tfn():
    v = K.tfn(R)
    return grp(v, [3, 3, 3]) if R.random() < 0.75 else v


def abn():
    v = K.abn(R)
    return grp(v, [2, 3, 3, 3]) if R.random() < 0.7 else v


def acn():
    v = K.acn(R)
    return grp(v, [3, 3, 3]) if R.random() < 0.7 else v


def medicare():
    v = K.medicare(R)
    return grp(v, [4, 5, 1]) if R.random() < 0.7 else v


def aadhaar():
    v = K.aadhaar(R)
    return ch([grp(v, [4, 4, 4]), grp(v, [4, 4, 4]), grp(v, [4, 4, 4], '-'), v])


def voter():
    return ''.join(ch(string.ascii_uppercase) for _ in range(3)) + digits(7)


def in_passport():
    return ch('ABCDEFGHJKLMNPRSTUVW') + str(ri(1, 9)) + digits(6)


def us_passport():
    return nz(9) if R.random() < 0.5 else ch('ACEFGHJKLMNPRW') + digits(8)


def bank_acct():
    while True:
        v = nz(ri(8, 17))
        if not (13 <= len(v) <= 19 and K.luhn_ok(v)):
            return v


DL_FMT = {
    'California': lambda p: ch(string.ascii_uppercase) + digits(7),
    'Florida': lambda p: ch(string.ascii_uppercase) + grp(digits(12), [3, 3, 2, 3, 1], '-'),
    'Illinois': lambda p: ch(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4),
    'New York': lambda p: ch([grp(digits(9), [3, 3, 3]), digits(9)]),
    'Texas': lambda p: digits(8),
    'Pennsylvania': lambda p: grp(digits(8), [2, 3, 3]),
    'Washington': lambda p: (re.sub('[^A-Z]', '', fold(p.last).upper()) + '*****')[:5] + fold(p.first)[:1].upper()
                            + ch(string.ascii_uppercase) + digits(3) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase + string.digits),
    'Ohio': lambda p: ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + digits(6),
    'Michigan': lambda p: ch(string.ascii_uppercase) + ' ' + grp(digits(12), [3, 3, 3, 3]),
    'Wisconsin': lambda p: ch(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4) + '-' + digits(2),
    'New Jersey': lambda p: ch(string.ascii_uppercase) + digits(4) + ' ' + digits(5) + ' ' + digits(5),
    'Colorado': lambda p: digits(2) + '-' + digits(3) + '-' + digits(4),
    'Maryland': lambda p: ch(string.ascii_uppercase) + '-' + grp(digits(12), [3, 3, 3, 3], '-'),
    'Arizona': lambda p: ch(string.ascii_uppercase) + digits(8),
    'Iowa': lambda p: digits(3) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + digits(4),
}


# ---- look-alikes (unlabelled) --------------------------------------------------------------
def iban_ok(s):
    s = s.replace(' ', '')
    t = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in t)) % 97 == 1


def tfn_ok(d):
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_ok(d):
    if len(d) != 10: return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def abn_ok(d):
    if len(d) != 11: return False
    ds = [int(x) for x in d]; ds[0] -= 1
    return sum(a * b for a, b in zip(ds, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0


def acn_ok(d):
    if len(d) != 9: return False
    s = sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1]))
    return (10 - s % 10) % 10 == int(d[8])


def b58_ok(s):
    try:
        n = 0
        for c in s:
            n = n * 58 + K.B58.index(c)
    except ValueError:
        return False
    raw = n.to_bytes(25, 'big') if n.bit_length() <= 200 else b''
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def piva_ok(d):
    x = [int(c) for c in d]
    s = sum(x[0:10:2]) + sum((2 * c - 9 if 2 * c > 9 else 2 * c) for c in x[1:10:2])
    return (10 - s % 10) % 10 == x[10]


def tckn_ok(d):
    x = [int(c) for c in d]
    return x[0] != 0 and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9] \
        and sum(x[:10]) % 10 == x[10]


def medicare_ok(d):
    return d[0] in '23456' and sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8])


def any_ok(*fs):
    return lambda d: any(f(d) for f in fs)


def fail(gen, ok):
    while True:
        v = gen()
        if not ok(v):
            return v


def card_fail():
    v = fail(lambda: ch('3456') + digits(15), K.luhn_ok)
    return grp(v, [4, 4, 4, 4], ch(' -'))


def iban_fail():
    while True:
        v = K.iban(R, ch(IBAN_CC))
        v = v[:2] + '%02d' % ((int(v[2:4]) + ri(1, 90)) % 100) + v[4:]
        if not iban_ok(v):
            return K.group(v, 4) if R.random() < 0.6 else v


def b58_bad():
    v = K.btc(R, ch(['p2pkh', 'p2sh']))
    while True:
        i = ri(2, len(v) - 1)
        w = v[:i] + ch(K.B58.replace(v[i], '')) + v[i + 1:]
        if not b58_ok(w):
            return w


def bech_bad():
    v = K.btc(R, 'wpkh')
    while True:
        i = ri(5, len(v) - 1)
        w = v[:i] + ch(K.CH.replace(v[i], '')) + v[i + 1:]
        data = [K.CH.index(c) for c in w[3:]]
        if K._polymod(K._hrp('bc') + data) != 1:
            return w


def amount():
    k = ri(0, 5)
    if k == 0: return '$%s.%02d' % ('{:,}'.format(ri(10, 98000)), ri(0, 99))
    if k == 1: return '€%s,%02d' % ('{:,}'.format(ri(10, 98000)).replace(',', '.'), ri(0, 99))
    if k == 2: return '£%d.%02d' % (ri(5, 9000), ri(0, 99))
    if k == 3: return '₹%s' % '{:,}'.format(ri(100, 990000))
    if k == 4: return 'CHF %d.%02d' % (ri(10, 9000), ri(0, 99))
    return 'USD %d.%02d' % (ri(10, 9000), ri(0, 99))


def log_ts():
    d = rdate(2023, 2026)
    hh, mm, ss = ri(0, 23), ri(0, 59), ri(0, 59)
    k = ri(0, 3)
    if k == 0: return '%sT%02d:%02d:%02d.%03dZ' % (d.isoformat(), hh, mm, ss, ri(0, 999))
    if k == 1: return '%s %2d %02d:%02d:%02d' % (MON_EN[d.month - 1][:3], d.day, hh, mm, ss)
    if k == 2: return '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d.day, MON_EN[d.month - 1][:3], d.year, hh, mm, ss)
    return '%s %02d:%02d:%02d,%03d' % (d.isoformat(), hh, mm, ss, ri(0, 999))


def uuid4():
    h = '%032x' % R.getrandbits(128)
    h = h[:12] + '4' + h[13:16] + ch('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def version():
    v = 'v' if R.random() < 0.5 else ''
    s = '%d.%d.%d' % (ri(0, 14), ri(0, 30), ri(0, 40))
    return v + s + ch(['', '', '', '-rc%d' % ri(1, 4), '-beta.%d' % ri(1, 9)])


FILL = {
    'amt': amount,
    'inv': lambda: ch(['INV-%s' % digits(5), 'INV/%s/%s' % (''.join(ch(string.ascii_uppercase) for _ in range(2)), digits(6)),
                       'BILL-%s' % digits(6), 'FAC%s' % digits(7)]),
    'order': lambda: ch(['ORD-%s' % digits(8), 'SO%s' % digits(7), 'A-%s' % digits(6), 'PO-%s' % digits(6), 'WEB%s' % digits(6)]),
    'ticket': lambda: ch(['TCK-%s' % digits(6), 'CS-%s' % digits(5), 'REQ%s' % digits(6), '#%s' % digits(5)]),
    'case': lambda: '%s-%s' % (digits(5), digits(4)),
    'uuid': uuid4,
    'sha40': lambda: '%040x' % R.getrandbits(160),
    'sha256': lambda: '%064x' % R.getrandbits(256),
    'hash7': lambda: '%07x' % R.getrandbits(28),
    'ver': version,
    'ver4': lambda: '%d.%d.%d.%d' % (ri(1, 12), ri(0, 20), ri(0, 60), ri(100, 9999)),
    'ts': log_ts,
    'cardfail': card_fail,
    'ibanfail': iban_fail,
    'tfnfail': lambda: fail(lambda: nz(9), any_ok(tfn_ok, acn_ok, K.luhn_ok)),
    'nhsfail': lambda: fail(lambda: nz(10), any_ok(nhs_ok, medicare_ok, lambda d: K.luhn_ok('80840' + d))),
    'abnfail': lambda: fail(lambda: nz(11), any_ok(abn_ok, tckn_ok, piva_ok)),
    'acnfail': lambda: fail(lambda: nz(9), any_ok(tfn_ok, acn_ok, K.luhn_ok)),
    'aadfail': lambda: grp(fail(lambda: nz(12), K.verhoeff_ok), [4, 4, 4]),
    'b58bad': b58_bad,
    'bechbad': bech_bad,
    'phonesku': lambda: '%s-%s-%s-%s' % (nz(3), digits(3), digits(4), ch(['BK', 'WH', 'XL', 'RD', 'GR'])),
    'ups': lambda: '1Z%s%s' % (''.join(ch(string.ascii_uppercase + string.digits) for _ in range(6)), digits(10)),
    'hex': lambda: '#%06x' % R.getrandbits(24),
    'port': lambda: str(ch([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 27017])),
    'n2': lambda: str(ri(10, 99)), 'n3': lambda: str(ri(100, 999)), 'n4': lambda: str(ri(1000, 9999)),
    'n5': lambda: str(ri(10000, 99999)), 'n6': lambda: digits(6), 'n8': lambda: digits(8),
    'price': lambda: '%d.%02d' % (ri(1, 400), ri(0, 99)),
    'btc': lambda: '0.%s' % digits(4),
    'ref': lambda: ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(6)),
    'pct': lambda: '%d.%d%%' % (ri(1, 99), ri(0, 9)),
    'ms': lambda: '%d ms' % ri(20, 4000),
    'serial': lambda: 'SN-%s-%s' % (digits(4), ''.join(ch(string.ascii_uppercase) for _ in range(3))),
    'file': lambda: ch(['handlers.go', 'schema.sql', 'app.module.ts', 'settings.toml', 'Makefile', 'deploy.sh', 'main.rs',
                        'worker.py', 'index.vue', 'pom.xml', 'values.yaml', 'CHANGELOG.md', 'routes.php', 'build.gradle']),
}

# ---- placeholder engine ------------------------------------------------------------------------
TYPE = {'PER': 'PERSON', 'LOC': 'LOCATION', 'DT': 'DATE_TIME', 'ORG': 'ORGANIZATION', 'NRP': 'NRP', 'EM': 'EMAIL_ADDRESS',
        'PH': 'PHONE_NUMBER', 'URL': 'URL', 'IP': 'IP_ADDRESS', 'CC': 'CREDIT_CARD', 'IBAN': 'IBAN_CODE', 'SSN': 'US_SSN',
        'ITIN': 'US_ITIN', 'CRY': 'CRYPTO', 'TFN': 'AU_TFN', 'ABN': 'AU_ABN', 'ACN': 'AU_ACN', 'MED': 'AU_MEDICARE',
        'SIN': 'CA_SIN', 'NIE': 'ES_NIE', 'NIF': 'ES_NIF', 'HETU': 'FI_PERSONAL_IDENTITY_CODE', 'AAD': 'IN_AADHAAR',
        'PAN': 'IN_PAN', 'INP': 'IN_PASSPORT', 'VOT': 'IN_VOTER', 'CF': 'IT_FISCAL_CODE', 'PIVA': 'IT_VAT_CODE',
        'RRN': 'KR_RRN', 'MAC': 'MAC_ADDRESS', 'DEA': 'MEDICAL_LICENSE', 'PESEL': 'PL_PESEL', 'PNR': 'SE_PERSONNUMMER',
        'NRIC': 'SG_NRIC_FIN', 'TCKN': 'TR_NATIONAL_ID', 'BANK': 'US_BANK_NUMBER', 'NHS': 'UK_NHS', 'NINO': 'UK_NINO',
        'DL': 'US_DRIVER_LICENSE', 'MBI': 'US_MBI', 'NPI': 'US_NPI', 'USP': 'US_PASSPORT', 'ZAID': 'ZA_ID_NUMBER'}
PH_RE = re.compile(r'<<(=?[A-Za-z_0-9]+)(?::([\w.]+))?(?:@(\w+))?>>')


def person_of(ctx, key, pool):
    if key and key in ctx:
        return ctx[key]
    p = new_person(pool or 'any')
    if key:
        ctx[key] = p
    return p


def value(code, arg, key, ctx):
    if code.startswith('='):
        return FILL[code[1:]]()
    t = TYPE[code]
    if code == 'PER':
        pool, style = (arg or 'any'), 'full'
        if '.' in pool:
            pool, style = pool.split('.')
        return t, person_of(ctx, key, pool).show(style)
    if code == 'LOC':
        if arg == 'dlstate':
            if 'dlstate' not in ctx:
                ctx['dlstate'] = ch(sorted(DL_FMT))
            return t, ctx['dlstate']
        if arg and arg.endswith('_street'):
            return t, street(arg.split('_')[0])
        return t, ch(P_[arg or 'world_city'])
    if code == 'DT':
        return t, date_value(arg or 'en', ctx, ctx.get(key) if key else None)
    if code == 'ORG':
        return t, ch(ORGS[arg or 'firm'])
    if code == 'NRP':
        return t, ch({'nat': NAT, 'rel': REL, 'pol': POL}.get(arg, NAT + REL))
    if code == 'EM':
        p = ctx.get(key) if key else None
        return t, email(p, arg or 'any')
    if code == 'PH':
        return t, phone(arg or 'any')
    if code == 'URL':
        return t, url(arg or 'any', ctx.get(key) if key else None)
    if code == 'IP':
        return t, ip(arg or 'any')
    if code == 'CC':
        return t, card(arg)
    if code == 'IBAN':
        cc, fm = (arg.split('.') + [None])[:2] if arg else (None, None)
        return t, iban(cc or None, fm)
    if code == 'SSN': return t, ssn(arg)
    if code == 'ITIN': return t, itin(arg)
    if code == 'CRY': return t, K.btc(R, arg or ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))
    if code == 'TFN': return t, tfn()
    if code == 'ABN': return t, abn()
    if code == 'ACN': return t, acn()
    if code == 'MED': return t, medicare()
    if code == 'SIN': return t, sin()
    if code == 'NIE': return t, nie()
    if code == 'NIF': return t, nif()
    if code == 'HETU': return t, hetu()
    if code == 'AAD': return t, aadhaar()
    if code == 'PAN': return t, pan_for(person_of(ctx, key, 'in'))
    if code == 'INP': return t, in_passport()
    if code == 'VOT': return t, voter()
    if code == 'CF': return t, cf_for(person_of(ctx, key, 'it'))
    if code == 'PIVA': return t, K.piva(R)
    if code == 'RRN': return t, rrn_for(person_of(ctx, key, 'kr'))
    if code == 'MAC': return t, mac()
    if code == 'DEA': return t, dea_for(person_of(ctx, key, 'us'))
    if code == 'PESEL': return t, pesel_for(person_of(ctx, key, 'pl'))
    if code == 'PNR': return t, pnr()
    if code == 'NRIC': return t, K.nric(R)
    if code == 'TCKN': return t, K.tr_id(R)
    if code == 'BANK': return t, bank_acct()
    if code == 'NHS': return t, nhs()
    if code == 'NINO': return t, nino()
    if code == 'DL':
        if 'dlstate' not in ctx:
            ctx['dlstate'] = ch(sorted(DL_FMT))
        return t, DL_FMT[ctx['dlstate']](person_of(ctx, key, 'us'))
    if code == 'MBI': return t, K.mbi(R, R.random() < 0.5)
    if code == 'NPI': return t, K.npi(R)
    if code == 'USP': return t, us_passport()
    if code == 'ZAID': return t, zaid_for(person_of(ctx, key, 'za'))
    raise KeyError(code)


def parts_of(tpl):
    tpl = re.sub('⟦(.*?)⟧', lambda m: m.group(1) if R.random() < 0.5 else '', tpl, flags=re.S)
    ctx, parts, pos = {}, [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos:m.start()])
        v = value(m.group(1), m.group(2), m.group(3), ctx)
        parts.append(v)
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    # a value ending in a full stop ("Co.", "Pte. Ltd.") swallows the sentence's own full stop
    for i in range(len(parts) - 1):
        if isinstance(parts[i], tuple) and parts[i][1].endswith('.') and isinstance(parts[i + 1], str) \
                and parts[i + 1].startswith('.'):
            parts[i + 1] = parts[i + 1][1:]
    # merge adjacent strings (unlabelled fillers)
    out = []
    for p in parts:
        if isinstance(p, str) and out and isinstance(out[-1], str):
            out[-1] += p
        else:
            out.append(p)
    return out


# ---- templates ----------------------------------------------------------------------------------
# (group, text).  <<CODE:arg@key>> is a labelled value, <<=name>> an unlabelled filler, and the
# text between ⟦ and ⟧ is kept in about half of the prompts.
TPL = [
    # -- credit cards
    ('card', 'Chargeback dispute: <<PER:any@a>> says the <<=amt>> charge⟦ from <<DT:en>>⟧ was never delivered. Card used: <<CC>>.⟦ Callback number <<PH:us>>.⟧'),
    ('card', "my card <<CC>> keeps getting declined at the self-checkout even though the bank says it's fine, can you help me word a complaint?"),
    ('card', 'Please purge the stored card <<CC>> from the profile of <<PER:any@a>> (<<EM@a>>).'),
    ('card', 'The guesthouse in <<LOC:world_city>> billed <<CC>> for a no-show. Guest: <<PER:any@a>>, booking ref <<=ref>>. Draft an appeal.'),
    ('card', 'Refund <<=amt>> to <<CC>> for <<PER:uk@a>> and close <<=ticket>>.⟦ The customer lives in <<LOC:uk_town>>.⟧'),
    ('card', 'Fraud desk: two authorisations on <<CC>> from <<IP:v4>> within ninety seconds.⟦ Cardholder address is in <<LOC:us_city>>, <<LOC:us_state>>.⟧'),
    ('card', '{"payment": {"holder": "<<PER:any@a>>", "pan": "<<CC>>", "billing_city": "<<LOC:world_city>>"}, "amount": "<<=amt>>", "status": "chargeback"}'),
    ('card', 'Write a short apology to <<PER:any.first@a>>: we charged <<CC>> twice for <<=order>> and the duplicate will be reversed⟦ by <<DT:en>>⟧.'),
    ('card', 'Update the subscription for <<ORG:firm>>: the new card on file is <<CC>>, billing contact <<EM:corp>>⟦, portal <<URL:login>>⟧.'),
    ('card', 'Agent notes: <<PER:any.first@a>> read the card number as <<CC>> and asked us to text <<PH:any>> once the refund posts.'),
    ('card', 'Which card network does <<CC>> belong to? <<PER:any.first@a>> pasted it into the chat.'),
    ('card', 'Kartenzahlung abgelehnt: Karte <<CC>>, Betrag <<=amt>>⟦, am <<DT:de>>⟧. Bitte Antwort an <<EM:any>>.'),
    ('card', 'La tarjeta <<CC>> de <<PER:es@a>> fue rechazada dos veces; llamar al <<PH:es>>.'),
    ('card', 'Is <<URL:any>> legit? The page wanted my card <<CC>> plus my login <<EM:any>>.'),
    ('card', 'Cancel the auto-renewal on <<CC>>⟦ before <<DT:en>>⟧ and put <<=amt>> back onto it; reference <<=order>>.'),
    ('card', 'Direct debit from <<IBAN>> failed, so please charge the backup card <<CC>> instead.'),
    ('card', 'Hotel guarantee for <<PER:any@a>>: card <<CC>>, arriving <<DT:en>>⟦ at <<ORG:hotel>>⟧.'),
    ('card', 'Two cards on the account: <<CC>> (expired) and <<CC>> (active). Which one should the retry use?'),
    # -- IBAN
    ('iban', 'SEPA transfer of <<=amt>> to <<IBAN>> came back unpaid⟦ on <<DT:en>>⟧.⟦ The bank is <<ORG:bank>>.⟧ The beneficiary, <<PER:eu@a>>, insists the account is open.'),
    ('iban', 'Salary change request: pay <<PER:eu@a>> into <<IBAN>> instead of the old account.'),
    ('iban', '[{"iban": "<<IBAN>>", "owner": "<<PER:eu>>"}, {"iban": "<<IBAN>>", "owner": "<<PER:eu>>", "bank": "<<ORG:bank>>"}]'),
    ('iban', 'Supplier <<ORG:firm>> emailed from <<EM:corp>> to say their bank details changed to <<IBAN>>. Is this a known invoice-fraud pattern?⟦ The e-mail linked to <<URL:login>>.⟧'),
    ('iban', 'Domiciliación: el recibo de <<PER:es@a>> se carga en la cuenta <<IBAN:ES>>.⟦ Dirección: <<LOC:es_street>>, <<LOC:es_town>>.⟧'),
    ('iban', 'Bonifico per <<PER:it@a>>: IBAN <<IBAN:IT>>, causale fattura <<=inv>>⟦, entro il <<DT:it>>⟧.'),
    ('iban', 'Proszę o zwrot na rachunek <<IBAN:PL>> (właściciel: <<PER:pl@a>>)⟦, tel. <<PH:pl>>⟧.'),
    ('iban', 'Rückerstattung an <<PER:de@a>>, IBAN <<IBAN:DE>>, bitte zeitnah anweisen.'),
    ('iban', 'Two refunds are pending, to <<IBAN>> and to <<IBAN>>. Which one should go out first?'),
    ('iban', 'Remboursement : virement sur <<IBAN:FR>> au nom de <<PER:fr@a>>.'),
    ('iban', 'Hyran för <<PER:se@a>> dras från <<IBAN:SE>> varje månad.'),
    ('iban', 'The payment run failed for <<IBAN>>⟦ (<<ORG:firm>>)⟧ and <<IBAN>>; both show "invalid account".'),
    # -- SSN
    ('ssn', 'Identity check failed: applicant <<PER:us@a>> typed SSN <<SSN>> but the bureau file shows a birth date of <<DT:dob>>.⟦ Callback: <<PH:us>>.⟧'),
    ('ssn', 'W-2 correction for SSN <<SSN>>: the employee worked at our <<LOC:us_city>> plant, not the one in <<LOC:us_city>>.'),
    ('ssn', '{"borrower": "<<PER:us@a>>", "ssn": "<<SSN>>", "dob": "<<DT:isodob@a>>"⟦, "employer": "<<ORG:firm>>"⟧, "state": "<<LOC:us_state>>"}'),
    ('ssn', 'New hire <<PER:us@a>>⟦ starts <<DT:en>>⟧: SSN <<SSN>>; direct deposit to checking account <<BANK>>.'),
    ('ssn', 'lease application from <<PER:us@a>> lists ssn <<SSN>> and a previous address at <<LOC:us_street>>, <<LOC:us_city>>.'),
    ('ssn', 'Benefits enrollment: <<PER:us@a>> added a dependent, <<PER:us.first@b>>, whose Social Security number is <<SSN>>.'),
    ('ssn', 'Can you mask everything sensitive here? "Patient <<PER:us@a>>, SSN <<SSN>>, phone <<PH:us>>⟦, seen <<DT:en>>⟧."'),
    ('ssn', 'Tax prep checklist: taxpayer SSN <<SSN>>, spouse SSN <<SSN>>, dependent <<PER:us.first@b>>⟦ born <<DT:dob>>⟧.'),
    ('ssn', 'ssn <<SSN>> came back as belonging to someone else in the background check for <<PER:us@a>>'),
    # -- ITIN
    ('itin', 'W-7 follow-up: <<PER:any@a>> already holds ITIN <<ITIN>>. Mailing address: <<LOC:us_street>>, <<LOC:us_city>>⟦, <<LOC:us_state>>⟧.⟦ Phone <<PH:us>>.⟧'),
    ('itin', 'Joint return: primary filer <<PER:us@a>> (ITIN <<ITIN>>), spouse SSN <<SSN>>.'),
    ('itin', 'Our bookkeeper entered ITIN <<ITIN>> for contractor <<PER:any@a>> on the 1099-NEC. Is that field right?'),
    ('itin', 'ITIN <<ITIN>> belongs to <<PER:any@a>>, who moved to <<LOC:us_city>>⟦ on <<DT:en>>⟧; update the payee record.'),
    ('itin', 'Explain to <<PER:any.first@a>> why ITIN <<ITIN>> cannot be used on the employer side of the form.'),
    ('itin', 'Dependents: ITIN <<ITIN>> (<<PER:any.first@a>>) and SSN <<SSN>> (<<PER:any.first@b>>).'),
    # -- crypto
    ('crypto', 'Withdrawal stuck: <<=btc>> BTC left my exchange account for <<CRY>> three hours ago and still shows pending. Txid <<=sha256>>.'),
    ('crypto', 'Whitelist these payout addresses for the treasury wallet: <<CRY>> and <<CRY>>.⟦ Approver: <<EM:corp>>.⟧'),
    ('crypto', 'Is <<CRY>> a valid bitcoin address?⟦ It is on an invoice from <<ORG:firm>>.⟧⟦ The payment page was <<URL:any>>.⟧'),
    ('crypto', 'donations go to <<CRY>> now, can you add that line to the README footer'),
    ('crypto', 'payout:\n  btc_address: <<CRY>>\n  owner: <<EM:any>>\n  min_amount: 0.002'),
    ('crypto', 'Scam report: someone claiming to be from <<ORG:bank>> told <<PER:any@a>> to move her savings to <<CRY>>⟦ on <<DT:en>>⟧.'),
    ('crypto', 'Refund the bounty to <<CRY>> (old) or <<CRY>> (new cold wallet), whichever confirms first.'),
    ('crypto', 'Why does my wallet show zero after I withdrew to <<CRY>>⟦ on <<DT:enx>>⟧?'),
    ('crypto', 'Exchange support: deposit address <<CRY>>, account <<EM:any>>, deposit page <<URL:any>>.'),
    # -- NRP
    ('nrp', 'Write a two-line bio: <<PER:any@a>> is a <<NRP:nat>> architect who settled in <<LOC:world_city>>⟦ and now leads design at <<ORG:firm>>⟧.⟦ Portfolio: <<URL:social@a>>.⟧'),
    ('nrp', 'Catering note for the offsite: <<PER:any@a>> is <<NRP:rel>> and keeps a strict diet; the venue is in <<LOC:world_city>>.'),
    ('nrp', 'Volunteer roster: <<PER:any@a>> (<<NRP:nat>>, from <<LOC:world_city>>), weekends only⟦, reachable at <<PH:any>>⟧.'),
    ('nrp', 'Intake summary: <<PER:any@a>>, <<NRP:nat>> national, arrived <<DT:en>>, currently housed in <<LOC:uk_town>>.'),
    ('nrp', 'Campaign CRM entry: <<PER:us@a>> is a registered <<NRP:pol>> donor in <<LOC:us_state>>⟦; last gift <<DT:en>>⟧.'),
    ('nrp', 'Chaplaincy log: patient <<PER:any@a>> asked for a <<NRP:rel>> visitor at <<ORG:hosp>>.'),
    ('nrp', 'Interview notes: the <<NRP:nat>> engineer <<PER:any@a>> spent six years at <<ORG:firm>> before moving to <<LOC:world_city>>.'),
    ('nrp', 'Travel insurance: <<PER:any@a>> declares <<NRP:nat>> citizenship and flies to <<LOC:country>>⟦ on <<DT:en>>⟧.'),
    ('nrp', 'rewrite this nicer: <<PER:any.first@a>> is <<NRP:rel>> so dont book the friday dinner for her'),
    # -- AU
    ('au_tfn', 'Super rollover for <<PER:au@a>>: TFN <<TFN>>, home address <<LOC:au_street>>, <<LOC:au_town>>.'),
    ('au_tfn', 'payroll setup: new casual <<PER:au@a>> gave tfn <<TFN>>⟦ and lives in <<LOC:au_town>>⟧.'),
    ('au_tfn', 'TFN declaration received from <<PER:au@a>> (TFN <<TFN>>); first shift <<DT:appt>>⟦ at the <<LOC:au_town>> store⟧.'),
    ('au_tfn', 'hey its <<PER:au.first@a>>, my tfn is <<TFN>>, forgot to put it on the form sorry'),
    ('au_tfn', 'The super fund portal <<URL:any>> rejects TFN <<TFN>> for member <<PER:au@a>>.'),
    ('au_abn_tfn', 'BAS lodgement: sole trader <<PER:au@a>> trades as <<ORG:au_firm>> under ABN <<ABN>>; personal TFN <<TFN>>.'),
    ('au_abn_tfn', 'Invoice check: the supplier quoted ABN <<ABN>>, but TFN <<TFN>> on the payee form belongs to <<PER:au@a>>⟦, who lives in <<LOC:au_town>>⟧.'),
    ('au_abn_tfn', 'Sole trader registration: ABN <<ABN>>, TFN <<TFN>>⟦, trading as <<ORG:au_firm>>⟧.'),
    ('au_abn_acn', 'Company search result: <<ORG:au_firm>>, ACN <<ACN>>, ABN <<ABN>>⟦, registered office <<LOC:au_street>>, <<LOC:au_town>>⟧⟦, registered <<DT:en>>⟧.'),
    ('au_abn_acn', 'Add vendor <<ORG:au_firm>> (ABN <<ABN>> / ACN <<ACN>>).⟦ Contact is <<PER:au@a>> on <<PH:au>>.⟧'),
    ('au_abn_acn', 'Do ACN <<ACN>> and ABN <<ABN>> belong to the same company?'),
    ('au_med', 'Bulk-billing claim rejected: Medicare <<MED>> for <<PER:au@a>>⟦, seen <<DT:en>>⟧⟦ in <<LOC:au_town>>⟧.'),
    ('au_med', 'SMS to <<PER:au.first@a>>: your appointment is <<DT:appt>>. Please bring Medicare card <<MED>>.'),
    ('au_med', 'Medicare number <<MED>> was rejected by the claims portal. Can you see why?'),
    ('au_med_acn', 'Clinic onboarding: <<ORG:au_clinic>> (ACN <<ACN>>) needs to verify Medicare number <<MED>>.'),
    ('au_med_acn', "The Medicare number <<MED>> on <<PER:au@a>>'s form doesn't match our records. Practice ACN is <<ACN>>."),
    ('au_med_acn', 'Medicare <<MED>>, practice ACN <<ACN>>⟦, billed by <<ORG:au_clinic>>⟧.'),
    # -- CA SIN
    ('sin', 'Onboarding for <<PER:ca@a>>⟦ at the <<LOC:ca_city>> depot⟧: SIN <<SIN>>⟦, start date <<DT:en>>⟧⟦, cell <<PH:ca>>⟧.'),
    ('sin', "Record of Employment shows SIN <<SIN>>; send <<PER:ca.first@a>> the portal link <<URL:doc>>."),
    ('sin', 'Employé : <<PER:fr@a>>, NAS <<SIN>>, poste chez <<ORG:firm>> à <<LOC:ca_city>>⟦ à compter du <<DT:fr>>⟧.'),
    ('sin', 'Tenant screening: <<PER:ca@a>> gave social insurance number <<SIN>>; the unit is in <<LOC:ca_city>>⟦; application via <<URL:any>>⟧.'),
    ('sin', 'T4 slip for <<PER:ca@a>> lists SIN <<SIN>>⟦ and employer <<ORG:firm>>⟧; mailing address <<LOC:us_street>>, <<LOC:ca_city>>.'),
    # -- ES
    ('es_nie', 'Alta en la Seguridad Social: <<PER:any@a>>, NIE <<NIE>>, se incorpora el <<DT:es>>⟦ en <<LOC:es_town>>⟧.'),
    ('es_nie', 'Contrato de alquiler: el inquilino <<PER:any@a>> presenta NIE <<NIE>>⟦ y teléfono <<PH:es>>⟧.'),
    ('es_nie', 'Can you check this NIE, <<NIE>>? <<PER:any.first@a>> says it was issued in <<LOC:es_town>>.'),
    ('es_nie', 'Tarjeta de residencia de <<PER:any@a>>: NIE <<NIE>>, domicilio <<LOC:es_street>>, <<LOC:es_town>>⟦, móvil <<PH:es>>⟧.'),
    ('es_nif', 'Factura a nombre de <<PER:es@a>>, NIF <<NIF>>⟦, con domicilio en <<LOC:es_street>>, <<LOC:es_town>>⟧.'),
    ('es_nif', 'El autónomo <<PER:es@a>> (NIF <<NIF>>) pide el certificado de retenciones⟦ antes del <<DT:es>>⟧.'),
    ('es_nif', 'Matrícula: alumna <<PER:es@a>>, DNI <<NIF>>, correo <<EM@a>>.'),
    ('es_both', 'Expediente de <<LOC:es_town>>: NIF <<NIF>> del titular <<PER:es@a>> y NIE <<NIE>> de su cónyuge; contacto <<PH:es>>.'),
    ('es_both', 'Verifica estos documentos⟦ antes del <<DT:es>>⟧: NIE <<NIE>> y NIF <<NIF>>, ambos de <<PER:es@a>>.'),
    ('es_both', 'NIF <<NIF>> / NIE <<NIE>>: ¿cuál es de la empresa y cuál del administrador?'),
    # -- FI
    ('fi', 'Lomake: <<PER:fi@a>>, henkilötunnus <<HETU>>, osoite <<LOC:fi_street>>, <<LOC:fi_town>>.'),
    ('fi', 'Palkanlaskenta: uusi työntekijä <<PER:fi@a>> (<<HETU>>) aloittaa <<DT:fi>>.'),
    ('fi', 'The benefits form for <<PER:fi@a>> has henkilötunnus <<HETU>>. Is the century sign right?'),
    ('fi', 'Vuokrasopimus: vuokralainen <<PER:fi@a>>, hetu <<HETU>>, puhelin <<PH:fi>>⟦, osoite <<LOC:fi_street>>, <<LOC:fi_town>>⟧.'),
    ('fi', 'Potilas <<PER:fi@a>>, hetu <<HETU>>⟦, vastaanotto <<DT:fi>>⟧⟦, kotikunta <<LOC:fi_town>>⟧.'),
    ('fi', 'Onko henkilötunnus <<HETU>> oikeassa muodossa?'),
    # -- IN
    ('in_all', 'customer:\n  name: <<PER:in@a>>\n  pan: <<PAN@a>>\n  aadhaar: "<<AAD>>"\n  epic: <<VOT>>\n  passport_no: <<INP>>⟦\n  city: <<LOC:in_city>>⟧'),
    ('in_all', 'Video-KYC summary for <<PER:in@a>>: Aadhaar <<AAD>>, PAN <<PAN@a>>, passport <<INP>>, EPIC <<VOT>>.⟦ Call ended <<DT:enx>>.⟧⟦ Recording: <<URL:any>>.⟧'),
    ('in_all', 'name|pan|aadhaar|voter|passport\n<<PER:in@a>>|<<PAN@a>>|<<AAD>>|<<VOT>>|<<INP>>\nCheck the row for format errors.'),
    ('in_pan_aad', 'Loan file of <<PER:in@a>>: PAN <<PAN@a>>, Aadhaar <<AAD>>⟦, home branch <<LOC:in_city>>⟧.'),
    ('in_pan_aad', 'Link Aadhaar <<AAD>> with PAN <<PAN@a>> before <<DT:en>> or the refund is held.'),
    ('in_pass_vot', 'Address proof for <<PER:in@a>>: passport <<INP>> and EPIC card <<VOT>>, both showing <<LOC:in_city>>.'),
    ('in_pass_vot', 'Polling duty roster: officer <<PER:in@a>>, voter ID <<VOT>>, passport no. <<INP>> on file for the travel claim.'),
    ('in_pan', 'Form 16 shows PAN <<PAN@a>> for <<PER:in@a>>; the employer is <<ORG:in_firm>>.'),
    ('in_pan', 'is <<PAN@a>> a valid pan? it belongs to my landlord <<PER:in@a>>'),
    ('in_aad', 'Mask the Aadhaar number <<AAD>> in this letter to <<PER:in@a>>⟦, <<LOC:in_city>>⟧.'),
    ('in_aad', 'Admission note: patient <<PER:in@a>>, Aadhaar <<AAD>>, attendant phone <<PH:in>>.'),
    ('in_pass', 'Visa appointment for <<PER:in@a>> on <<DT:appt>>; passport number <<INP>>.'),
    ('in_pass', 'Passport <<INP>> was issued at <<LOC:in_city>>. Is it still fine for travel?'),
    ('in_vot', 'Voter ID <<VOT>> of <<PER:in@a>> is needed for the gas connection⟦ in <<LOC:in_city>>⟧.'),
    ('in_vot', 'EPIC number <<VOT>> shows the wrong polling station. How do I get it corrected?'),
    # -- IT
    ('it_cf', 'Scheda paziente: <<PER:it@a>>, codice fiscale <<CF@a>>, ricovero presso <<ORG:it_hosp>>.'),
    ('it_cf', 'Iscrizione in palestra: <<PER:it@a>>, CF <<CF@a>>, residente in <<LOC:it_street>>, <<LOC:it_town>>⟦, cellulare <<PH:it>>⟧.'),
    ('it_cf', 'Does the codice fiscale <<CF@a>> match <<PER:it@a>>, born <<DT:pdob@a>>?'),
    ('it_cf', 'Contratto intestato a <<PER:it@a>>, C.F. <<CF@a>>⟦, residenza a <<LOC:it_town>>⟧.'),
    ('it_cf', 'Il codice fiscale <<CF@a>> di <<PER:it@a>> va riportato nel modulo: puoi ricontrollarlo?'),
    ('it_vat', 'Fornitore <<ORG:it_firm>>, P.IVA <<PIVA>>⟦, sede a <<LOC:it_town>>⟧; referente <<PER:it@a>> (<<EM@a>>).'),
    ('it_vat', 'Ordine <<=order>>: fatturare a <<ORG:it_firm>>, partita IVA <<PIVA>>⟦, consegna entro il <<DT:it>>⟧.'),
    ('it_vat', 'The VAT number <<PIVA>> of <<ORG:it_firm>> is not showing up in the EU lookup. Is it typed right?'),
    ('it_vat', 'P.IVA <<PIVA>>: la fattura elettronica viene scartata, perché?'),
    ('it_both', 'Ditta individuale di <<PER:it@a>>: codice fiscale <<CF@a>>, partita IVA <<PIVA>>⟦, telefono <<PH:it>>⟧.'),
    ('it_both', 'Dati di fatturazione: CF <<CF@a>> (<<PER:it@a>>), P.IVA <<PIVA>> (<<ORG:it_firm>>).'),
    ('it_both', 'Codice fiscale <<CF@a>> e partita IVA <<PIVA>>: sono dello stesso cliente?'),
    # -- KR
    ('kr', 'Account recovery for <<PER:kr@a>>: resident registration number <<RRN@a>>, mobile <<PH:kr>>⟦, home <<LOC:kr_city>>⟧⟦, requested <<DT:enx>>⟧.'),
    ('kr', 'Hotel check-in log, <<LOC:kr_city>>: guest <<PER:kr@a>>, RRN <<RRN@a>>⟦, arrival <<DT:enx>>⟧.'),
    ('kr', '보험 청구: 피보험자 <<PER:kr@a>>, 주민등록번호 <<RRN@a>>, 사고일 <<DT:iso>>.'),
    ('kr', "Please redact the RRN <<RRN@a>> from <<PER:kr@a>>'s CV before it goes out⟦ to <<EM:corp>>⟧."),
    ('kr', 'Visa sponsorship file: <<PER:kr@a>>, born <<DT:pdob@a>>, RRN <<RRN@a>>, e-mail <<EM@a>>⟦, portfolio <<URL:social@a>>⟧.'),
    ('kr', '<<PER:kr@a>> (RRN <<RRN@a>>) disputes a second charge on card <<CC>>.'),
    # -- MAC
    ('mac', 'Asset register: laptop <<=serial>> has MAC <<MAC>> and a static lease <<IP:priv>>.⟦ Owner: <<EM:corp>>.⟧'),
    ('mac', 'Port security shut Gi1/0/<<=n2>> after <<MAC>> showed up claiming <<IP:v4>>⟦ at <<DT:time>>⟧.'),
    ('mac', '{"hostname": "lab-<<=n3>>", "mac": "<<MAC>>", "ipv6": "<<IP:v6>>", "admin": "<<EM:corp>>"}'),
    ('mac', "wake-on-lan isn't working for <<MAC>>, the box sits at <<IP:priv>> in the <<LOC:world_city>> office"),
    ('mac', 'arp -a shows <<IP:priv>> at <<MAC>>, but the DHCP server thinks that lease belongs to <<MAC>>. Which one is spoofed?'),
    # -- DEA
    ('dea', 'Controlled-substance order signed by Dr. <<PER:us.dr@a>>, DEA <<DEA@a>>, ship to <<ORG:pharm>>⟦ by <<DT:en>>⟧.'),
    ('dea', 'Verify prescriber <<PER:us@a>>: DEA registration <<DEA@a>>, practice in <<LOC:us_city>>, <<LOC:us_state>>.'),
    ('dea', 'The script from Dr. <<PER:any.dr@a>> carries DEA number <<DEA@a>>; the pharmacist flagged it.⟦ Patient phone <<PH:us>>.⟧'),
    ('dea', 'which clinic is dea <<DEA@a>> registered to? dr <<PER:us.dr@a>> said <<ORG:hosp>>'),
    ('dea', 'Add Dr. <<PER:us.dr@a>> (DEA <<DEA@a>>, NPI <<NPI>>) to the on-call list.'),
    ('dea', 'DEA <<DEA@a>>: is this registrant allowed to prescribe in <<LOC:us_state>>?'),
    # -- PL
    ('pl', 'Zgłoszenie pracownika: <<PER:pl@a>>, PESEL <<PESEL@a>>, data zatrudnienia <<DT:pl>>⟦, miejsce pracy: <<LOC:pl_town>>⟧.'),
    ('pl', 'Recepta dla pacjenta <<PER:pl@a>> (PESEL <<PESEL@a>>), kontakt <<PH:pl>>⟦, przychodnia: <<LOC:pl_town>>⟧.'),
    ('pl', 'Umowa najmu: najemca <<PER:pl@a>>, PESEL <<PESEL@a>>, adres <<LOC:pl_street>>, <<LOC:pl_town>>.'),
    ('pl', 'Does PESEL <<PESEL@a>> fit a birth date of <<DT:pdob@a>>? It is for <<PER:pl@a>>.'),
    ('pl', 'Wniosek kredytowy: <<PER:pl@a>>, PESEL <<PESEL@a>>, e-mail <<EM@a>>.'),
    ('pl', 'Czy numer PESEL <<PESEL@a>> jest poprawny?'),
    # -- SE
    ('se', 'Anställningsavtal: <<PER:se@a>>, personnummer <<PNR>>, tillträder <<DT:sv>>⟦ på kontoret i <<LOC:se_town>>⟧.'),
    ('se', 'Hyresgäst <<PER:se@a>> (<<PNR>>) bor på <<LOC:se_street>>, <<LOC:se_town>>⟦, mobil <<PH:se>>⟧.'),
    ('se', 'Check this personnummer for <<PER:se@a>>: <<PNR>>. Reply to <<EM@a>>.'),
    ('se', 'Journalanteckning <<LOC:se_town>>: <<PER:se@a>>, personnr <<PNR>>, telefon <<PH:se>>.'),
    ('se', 'Ansökan från <<PER:se@a>>, personnummer <<PNR>>⟦, inkom <<DT:sv>>⟧.'),
    ('se', 'Stämmer kontrollsiffran i personnummer <<PNR>>?'),
    # -- SG
    ('sg', 'Payroll contribution query from <<PER:sg@a>> (NRIC <<NRIC>>), who lives in <<LOC:sg_area>>.'),
    ('sg', 'Tenancy agreement: <<PER:sg@a>>, FIN <<NRIC>>, moving in on <<DT:en>>⟦ at <<LOC:sg_area>>⟧.'),
    ('sg', 'Clinic visit: <<PER:sg@a>>, NRIC <<NRIC>>, contact <<PH:sg>>⟦, seen <<DT:appt>>⟧.'),
    ('sg', 'Corporate secretary update: <<PER:sg@a>> (NRIC <<NRIC>>) was appointed a director of <<ORG:sg_firm>>.'),
    ('sg', 'Is <<NRIC>> a valid FIN?⟦ The applicant lives in <<LOC:sg_area>>.⟧'),
    # -- TR
    ('tr', 'Hasta kaydı: <<PER:tr@a>>, T.C. kimlik no <<TCKN>>, muayene tarihi <<DT:tr>>⟦, il: <<LOC:tr_town>>⟧.'),
    ('tr', 'Kiracı <<PER:tr@a>>, TCKN <<TCKN>>, adres <<LOC:tr_town>>, telefon <<PH:tr>>.'),
    ('tr', 'Please check the kimlik number <<TCKN>> for <<PER:tr@a>> from <<LOC:tr_town>>.⟦ Phone on file: <<PH:tr>>.⟧'),
    ('tr', 'İşe giriş bildirgesi: <<PER:tr@a>> (TC <<TCKN>>) <<DT:tr>> tarihinde başlıyor.'),
    ('tr', 'Öğrenci kaydı: <<PER:tr@a>>, kimlik no <<TCKN>>⟦, veli telefonu <<PH:tr>>⟧.'),
    ('tr', 'Kimlik no <<TCKN>> sistemde bulunamadı, neden olabilir?'),
    # -- US bank
    ('bank', 'ACH return for <<PER:us@a>>: account <<BANK>> could not be located at <<ORG:bank>>⟦ on <<DT:en>>⟧.'),
    ('bank', 'Set up a direct debit for <<PER:any@a>> from checking account <<BANK>> and send the confirmation to <<EM@a>>.'),
    ('bank', 'Wire instructions received: beneficiary account <<BANK>> at <<ORG:bank>>. Does this look like phishing?'),
    ('bank', 'Payroll file row: <<PER:us@a>>, acct <<BANK>>, amount <<=amt>>⟦, pay date <<DT:en>>⟧.'),
    ('bank', 'The routing number is fine but account <<BANK>> of <<PER:us@a>> bounced twice this month.'),
    # -- NHS
    ('nhs', 'Discharge summary: <<PER:uk@a>>, NHS number <<NHS>>, admitted to <<ORG:uk_hosp>> on <<DT:en>>.⟦ Next of kin: <<PH:uk>>.⟧'),
    ('nhs', 'Repeat prescription for <<PER:uk@a>> (NHS <<NHS>>) to be collected at the <<LOC:uk_town>> branch.'),
    ('nhs', 'GP registration form: <<PER:uk@a>>, DOB <<DT:pdob@a>>, NHS no. <<NHS>>⟦, mobile <<PH:uk>>⟧.'),
    ('nhs', 'Please redact the NHS number <<NHS>> from this referral letter for <<PER:uk@a>>.'),
    ('nhs', 'Blood test for <<PER:uk@a>>, NHS <<NHS>>, booked <<DT:appt>>⟦ at <<ORG:uk_hosp>>⟧⟦ in <<LOC:uk_town>>⟧.'),
    ('nhs', 'Is <<NHS>> a valid NHS number?⟦ The patient lives in <<LOC:uk_town>>.⟧'),
    # -- NINO
    ('nino', 'Starter checklist for <<PER:uk@a>>: NI number <<NINO>>⟦, first shift <<DT:appt>>⟧⟦; payslips at <<URL:any>>⟧.'),
    ('nino', 'HR query: <<PER:uk@a>> says the NINO <<NINO>> printed on the payslip is wrong.'),
    ('nino', 'Pension auto-enrolment for <<PER:uk@a>>, National Insurance number <<NINO>>⟦, employer <<ORG:uk_firm>>⟧.'),
    ('nino', 'my ni number is <<NINO>>, name is <<PER:uk@a>>, could you do the pension form for me'),
    ('nino', 'Payroll rejects NI number <<NINO>> for <<PER:uk@a>>. Is the prefix allowed?'),
    # -- DL
    ('dl', "Car rental at the <<LOC:us_city>> airport desk: renter <<PER:us@a>>, driver's licence <<DL@a>>, issued in <<LOC:dlstate>>."),
    ('dl', 'Background check: <<PER:us@a>> provided DL number <<DL@a>>; home address <<LOC:us_street>>, <<LOC:us_city>>.⟦ Phone <<PH:us>>.⟧'),
    ('dl', 'Is <<DL@a>> the right shape for a <<LOC:dlstate>> driver license?'),
    ('dl', 'Visitor <<PER:us@a>> scanned DL <<DL@a>> (<<LOC:dlstate>>) at the gate⟦ on <<DT:enx>>⟧.'),
    ('dl', 'Complete the car-hire paperwork for me: licence number <<DL@a>>, issuing state <<LOC:dlstate>>⟦, pick-up in <<LOC:us_city>>⟧.'),
    # -- MBI / NPI
    ('mbi', 'Medicare eligibility check failed for <<PER:us@a>>, MBI <<MBI>>, date of birth <<DT:pdob@a>>.'),
    ('mbi', 'Member services: <<PER:us@a>> wants a replacement card. MBI on file <<MBI>>⟦, phone <<PH:us>>⟧⟦, mailing address <<LOC:us_street>>, <<LOC:us_city>>⟧.'),
    ('mbi', 'mbi <<MBI>> shows terminated for <<PER:us@a>> but they are still enrolled, who do we call?'),
    ('npi', 'Credentialing: Dr. <<PER:any.dr@a>>, NPI <<NPI>>, joins <<ORG:hosp>>⟦ on <<DT:en>>⟧.'),
    ('npi', 'The 837 file has rendering NPI <<NPI>>, but provider <<PER:any@a>> practises in <<LOC:us_city>>.'),
    ('npi', 'Fax from the pharmacy: NPI <<NPI>> on the script for <<PER:any@a>>, call-back e-mail <<EM:any>>⟦, needed by <<DT:en>>⟧.'),
    ('mbi_npi', '{"claim": {"member": "<<PER:us@a>>", "mbi": "<<MBI>>", "npi": "<<NPI>>", "dos": "<<DT:iso>>"}}'),
    ('mbi_npi', 'Prior authorization for <<PER:us@a>> (MBI <<MBI>>) requested by NPI <<NPI>>⟦ on <<DT:en>>⟧.'),
    ('mbi_npi', 'Claim denied: MBI <<MBI>> and rendering NPI <<NPI>> do not match the plan records⟦ for the visit on <<DT:en>>⟧.'),
    # -- US passport
    ('us_pass', 'Itinerary for <<PER:us@a>>: passport <<USP>>, departing <<LOC:us_city>> <<DT:enx>> for <<LOC:world_city>>.⟦ Card on file: <<CC>>.⟧'),
    ('us_pass', 'Passport renewal: <<PER:us@a>>, previous passport number <<USP>>, born <<DT:pdob@a>>⟦ in <<LOC:us_state>>⟧.'),
    ('us_pass', 'Add passport <<USP>> to the traveller profile of <<PER:us@a>> (<<EM@a>>).'),
    ('us_pass', 'Booking for <<PER:us@a>> and <<PER:us@b>>: passports <<USP>> and <<USP>>, flight to <<LOC:world_city>>.'),
    ('us_pass', 'Passport <<USP>> is flagged as lost. What should <<PER:us.first@a>> do before the trip to <<LOC:world_city>>?'),
    # -- ZA
    ('za', 'FICA documents for <<PER:za@a>>: SA ID <<ZAID@a>>⟦, residing in <<LOC:za_town>>⟧⟦, cell <<PH:za>>⟧.'),
    ('za', 'Learner registration: <<PER:za@a>>, ID no. <<ZAID@a>>, parent cell <<PH:za>>⟦, school in <<LOC:za_town>>⟧.'),
    ('za', 'Verify identity number <<ZAID@a>> for policyholder <<PER:za@a>> before <<ORG:za_firm>> pays out⟦ on <<DT:en>>⟧.'),
    ('za', 'my id number is <<ZAID@a>> and my name is <<PER:za@a>>, i stay in <<LOC:za_town>>. please update my account'),
    ('za', 'Is <<ZAID@a>> a valid SA ID number for someone born on <<DT:pdob@a>>?'),
    # -- CRM and contacts
    ('crm', 'New lead from the <<LOC:world_city>> trade fair: <<PER:any@a>>, <<ORG:firm>>, <<EM@a>>, <<PH:any>>.'),
    ('crm', 'name,email,phone,city\n<<PER:any@a>>,<<EM@a>>,<<PH:any>>,<<LOC:world_city>>\n<<PER:any@b>>,<<EM@b>>,<<PH:any>>,<<LOC:world_city>>'),
    ('crm', "Update <<PER:any@a>>'s contact card: e-mail <<EM@a>>, profile <<URL:social@a>>."),
    ('crm', 'BEGIN:VCARD\nFN:<<PER:any@a>>\nTEL:<<PH:any>>\nEMAIL:<<EM@a>>\nURL:<<URL:social@a>>\nEND:VCARD\nTurn this into a CRM row.'),
    ('crm', 'Merge the duplicate contacts <<EM:web@a>> and <<EM:corp@a>>; both are <<PER:any@a>>.'),
    ('crm', 'Add <<PER:any@a>> to the mailing list: <<EM@a>>, booking page <<URL:social@a>>, office line <<PH:any>>.'),
    ('crm', 'Customer record to clean up:\nname=<<PER:any@a>>; mail=<<EM@a>>; tel=<<PH:any>>; card=<<CC>>; city=<<LOC:world_city>>'),
    ('crm', 'remember these for next time: mail <<EM:any>>, mobile <<PH:any>>, home ip <<IP:v4>>'),
    # -- support
    ('support', "I can't sign in at <<URL:login>>. My username is <<EM:any>> and the page says my IP <<IP:v4>> is blocked."),
    ('support', 'hi, <<PER:any.first@a>> here. my card <<CC>> was billed twice on <<DT:en>>, call me on <<PH:any>> pls'),
    ('support', 'Got a reset link <<URL:reset>> at <<EM:any>> but I never asked for one. Phishing?'),
    ('support', 'Please call me back on <<PH:any>> after <<DT:time>>. Thanks, <<PER:any.first@a>>'),
    ('support', 'Customer <<PER:any@a>> says the app crashes at login; the device last connected from <<IP:v6c>>. Reply to <<EM@a>>.⟦ Crash report: <<URL:any>>.⟧'),
    ('support', 'Ticket <<=ticket>>: a user cannot download invoice <<=inv>> from <<URL:any>>; reply to <<EM:any>>.'),
    ('support', 'forwarding from <<PER:any@a>> <<<EM@a>>>: "landing at <<DT:time>>, ring me on <<PH:any>>"'),
    ('support', 'The tracking link <<URL:track>> in our shipping e-mail to <<EM:any>> returns a 404.'),
    ('support', 'Write unit-test fixtures from these samples: <<EM:any>>, <<PH:any>>, <<IP:ll>>, <<URL:any>>.'),
    # -- clinical
    ('clinical', 'Summarise: <<PER:any@a>>, 71, seen at <<ORG:hosp>> on <<DT:en>> after a fall at home; daughter on <<PH:any>>.'),
    ('clinical', 'Referral from Dr. <<PER:any.dr@b>> for <<PER:any@a>>: appointment <<DT:appt>>⟦ at <<ORG:hosp>>⟧.'),
    ('clinical', 'Vaccination record: <<PER:any@a>>, booster given <<DT:en>>, next dose due <<DT:en>>⟦, contact <<PH:any>>⟧.'),
    ('clinical', 'Discharge note for <<PER:any@a>> (DOB <<DT:pdob@a>>): follow up with Dr. <<PER:any.dr@b>> in two weeks.'),
    # -- travel
    ('travel', 'Change the booking for <<PER:any@a>>: <<LOC:world_city>> to <<LOC:world_city>> on <<DT:enx>>, mobile <<PH:any>>⟦, pay the fare difference with <<CC>>⟧.'),
    ('travel', 'Hotel confirmation for <<PER:any@a>> at <<ORG:hotel>>, <<LOC:world_city>>: check-in <<DT:en>>⟦, guaranteed with card <<CC>>⟧.'),
    ('travel', 'Invitation letter: <<ORG:firm>> invites <<PER:any@a>> to our office in <<LOC:world_city>>; booking page <<URL:any>>.'),
    ('travel', 'itinerary pls: <<PER:any.first@a>> lands in <<LOC:world_city>> <<DT:appt>>, then takes the train to <<LOC:world_city>>'),
    # -- code, config, logs
    ('code', 'Why does this test fail?\n```python\nUSER = "<<EM:any>>"\nHOST = "<<IP:v4>>"\nassert connect(HOST, user=USER)\n```'),
    ('code', 'Is it safe to commit this .env file?\nSMTP_USER=<<EM:corp>>\nSMTP_HOST=<<IP:priv>>\nSITE_URL=<<URL:any>>'),
    ('code', 'git blame says <<PER:any@a>> <<<EM@a>>> last touched <<=file>> in <<=hash7>>. Who should review the fix?'),
    ('code', 'Review this nginx snippet:\ndeny <<IP:v4>>;\nallow <<IP:v6c>>;\n# added by <<PER:any.first@a>>'),
    ('code', "Explain this query: UPDATE users SET email = '<<EM:any>>', phone = '<<PH:us>>' WHERE id = <<=n5>>;"),
    ('code', 'The trace shows the request came from <<IP:mapped>> with X-Forwarded-For: <<IP:v4>>. Which one should we log?'),
    ('code', 'const admin = { name: "<<PER:any@a>>", email: "<<EM@a>>", lastLoginIp: "<<IP:any>>" }; // why is this undefined in prod?'),
    ('code', 'webhook:\n  target: <<URL:any>>\n  secret_owner: <<EM:corp>>\n  allow_from: <<IP:v4>>'),
    ('code', 'curl -s <<URL:any>> -H "X-Client-IP: <<IP:any>>" -d \'{"user": "<<EM:any>>"}\' hangs forever, any idea?'),
    ('log', '<<=ts>> WARN auth: bad password for <<EM:any>> from <<IP:any>>\n<<=ts>> INFO auth: lockout cleared after 15 minutes'),
    ('log', 'Logs:\n<<=ts>> ERROR smtp relay refused <<EM:corp>> (client <<IP:priv>>)\n<<=ts>> INFO retry 3/5'),
    ('log', 'sshd[<<=n4>>]: Invalid user admin from <<IP:ll>> port <<=n5>>\nsshd[<<=n4>>]: Accepted publickey for deploy from <<IP:v4>>'),
    ('log', 'Firewall excerpt, what is being blocked?\n<<=ts>> DROP src=<<IP:v4>> dst=<<IP:priv>> dport=<<=port>>'),
    # -- organisations, HR, addresses
    ('org', 'Minutes: <<ORG:firm>> and <<ORG:firm>> agreed to share a warehouse in <<LOC:world_city>>. Signed by <<PER:any>> and <<PER:any>>.'),
    ('org', 'Reply to <<PER:any@a>> at <<ORG:firm>> declining the partnership, and cc <<EM:corp>>⟦; the draft is at <<URL:doc>>⟧.'),
    ('org', 'make this more formal: hey <<PER:any.first@a>>, <<ORG:firm>> (the <<LOC:world_city>> team) still need the signed contract by <<DT:en>>'),
    ('org', 'Vendor <<ORG:firm>> asks us to allow-list <<IP:v4>> and <<IP:v4>> before <<DT:en>>.'),
    ('addr', 'Change of address for <<PER:any@a>>: from <<LOC:us_street>>, <<LOC:us_city>> to <<LOC:uk_street>>, <<LOC:uk_town>>.'),
    ('addr', 'Shipping label:\n<<PER:any@a>>\n<<LOC:au_street>>\n<<LOC:au_town>>\n<<LOC:au_state>>'),
    ('addr', 'Proof of residence for <<PER:any@a>>: <<LOC:es_street>>, <<LOC:es_town>>. Religion on the form: <<NRP:rel>>.'),
    ('addr', 'Format this for an envelope: <<PER:any@a>>, <<LOC:it_street>>, <<LOC:it_town>>, <<LOC:country>>.'),
    ('hr', 'Performance note: <<PER:any@a>>, our <<NRP:nat>> lead in <<LOC:world_city>>, hit every target at <<ORG:firm>> this year.'),
    ('hr', 'Leave request from <<PER:any@a>>: off from <<DT:en>> until <<DT:en>>, cover by <<PER:any.first@b>>⟦ (<<PH:any>>)⟧.'),
    ('hr', 'Exit interview with <<PER:any@a>> is <<DT:appt>>; send the notes to <<EM:corp>>⟦ and file them under <<URL:doc>>⟧.'),
    # -- other languages
    ('multi', 'Cadastro: <<PER:pt@a>>, e-mail <<EM@a>>, telefone <<PH:br>>, nascimento <<DT:pdob.pt@a>>⟦, site <<URL:any>>⟧.'),
    ('multi', 'Bonjour, je suis <<PER:fr@a>>, mon numéro est <<PH:fr>> et je serai à <<LOC:world_city>> le <<DT:fr>>.'),
    ('multi', 'Termin für <<PER:de@a>> am <<DT:de>>, Rückruf unter <<PH:de>>.'),
    ('multi', 'Graag contact opnemen met <<PER:nl@a>> via <<EM@a>> of <<PH:nl>>.'),
    ('multi', 'Hola, soy <<PER:es.first@a>>. Mi vuelo a <<LOC:world_city>> sale el <<DT:es>>; escríbeme a <<EM@a>>.'),
    ('multi', 'Promemoria: riunione con <<PER:it@a>> di <<ORG:it_firm>> il <<DT:it>>.'),
    ('multi', 'Spotkanie z klientem: <<PER:pl@a>>, miasto <<LOC:pl_town>>, tel. <<PH:pl>>.'),
    ('multi', 'Hej! Jag heter <<PER:se@a>> och nås på <<PH:se>> eller <<EM@a>>.'),
    ('multi', 'Merhaba, ben <<PER:tr@a>>; <<DT:tr>> günü <<LOC:tr_town>> şubesine geleceğim.'),
    ('multi', 'Hei, olen <<PER:fi@a>>. Soita numeroon <<PH:fi>> tai kirjoita osoitteeseen <<EM@a>>.'),
]
P_['au_state'] = S('New South Wales|Victoria|Queensland|South Australia|Tasmania|Western Australia')

# -- PII-free look-alikes
NEG = [
    'Invoice <<=inv>> for <<=amt>> is 45 days past due; the purchase order was <<=order>>.',
    'Bump the SDK from <<=ver>> to <<=ver>> and rerun the pipeline.',
    'The bank rejected reference <<=ibanfail>>. Can you spot the typo?',
    'Our ticket IDs look like card numbers, e.g. <<=cardfail>>. How do I stop the masking rule from eating them?',
    'Serial <<=tfnfail>> failed the soak test; serial <<=tfnfail>> passed after a reflash.',
    'Shipment <<=ups>> has been stuck in customs since the weekend; order <<=order>>.',
    'SKU <<=phonesku>> is out of stock. Suggest two alternatives from the same range.',
    'Commit <<=sha40>> reverted <<=hash7>>; the artifact digest is <<=sha256>>.',
    'container <<=uuid>> was OOM-killed <<=n3>> times overnight, exit code 137',
    'Set the accent colour to <<=hex>> and the border to 1px solid <<=hex>>.',
    'Is A3 exactly twice the size of A4? I need to print a poster.',
    'Explain this regex: ^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$',
    '<<=ts>> INFO scheduler tick <<=n5>>\n<<=ts>> DEBUG queue depth 0',
    'Give me three agenda ideas for a half-day team retro.',
    'What does HTTP 429 mean and how should a client back off?',
    'Convert 72 °F to Celsius, one decimal place.',
    'The coupon <<=b58bad>> is rejected at checkout. Could we issue a replacement code?',
    'Order total <<=amt>> incl. VAT, shipping <<=amt>>. Why is the refund only <<=amt>>?',
    'Case <<=case>> was closed as a duplicate of case <<=case>>.',
    'Firmware <<=ver4>> (build <<=hash7>>) bricked two units in the lab.',
    'Summarise this CSV:\nsku,qty,price\nA-<<=n4>>,3,<<=price>>\nB-<<=n4>>,12,<<=price>>',
    'Port <<=port>> is open on the staging box. Should I close it?',
    'What is the difference between ISO 8601 and RFC 3339 timestamps?',
    'The number <<=aadfail>> on the form is a batch code, not an ID. Can the validator skip it?',
    'Policy POL-<<=n8>> renews at <<=amt>>. Is that a big jump from last year?',
    'What is 15% of <<=amt>>?',
    'Write a haiku about a deployment freeze.',
    'Run kubectl rollout restart deploy/api-<<=n2>> and tell me what to watch for.',
    'Reference <<=nhsfail>> failed validation on the intake form. Probably a typo?',
    'Our parser treats <<=ver4>> as an IP address. How do I tell versions apart?',
    'Is cable X11-<<=n3>> compatible with the H1 rev C board?',
    'Summarise: revenue up 12% QoQ, churn down to <<=pct>>, NPS 47.',
    'sha1 <<=sha40>> appears twice in the manifest. Collision or copy-paste?',
    'Convert this JSON to YAML: {"retries": 3, "timeout_ms": 2500, "zone": "b"}',
    'Tell me a joke about databases.',
    'My formula =SUMIF(B2:B<<=n3>>,">0") returns #VALUE!, why?',
    'The number <<=cardfail>> printed on the receipt is the terminal ID, right?',
    'Supplier code <<=abnfail>> is not in the vendor master. Should I create it?',
    'The wallet rejects <<=bechbad>> as invalid. What is wrong with it?',
    'Set the retry interval to 250ms and the max backoff to 30s in <<=file>>.',
    'Job <<=uuid>> hit the <<=ms>> deadline talking to port <<=port>> and was retried.',
    'Lot <<=serial>> failed incoming inspection: 3 of 50 units out of tolerance.',
    'Refactor <<=file>> and <<=file>> before we cut <<=ver>>.',
    'Stack trace ends in <<=file>>:<<=n4>> with IndexError (code E<<=n5>>). Where do I start?',
    'Our reference <<=acnfail>> keeps failing the company-number check. Is it just a serial?',
    'Rewrite "the invoice is overdue" as a friendlier reminder line.',
    'What are the pros and cons of UUIDv7 over UUIDv4 for primary keys?',
    'Quote Q-<<=n6>> expires in 14 days; total <<=amt>>.',
]
TPL += [('neg', t) for t in NEG]

# -- how many prompts each group gets (tuned to dev's per-type counts)
GROUP_N = dict(
    card=31, iban=23, ssn=18, itin=14, crypto=19, nrp=17, au_tfn=8, au_abn_tfn=8, au_abn_acn=7, au_med=7, au_med_acn=8,
    sin=14, es_nie=5, es_nif=5, es_both=10, fi=13, in_all=8, in_pan_aad=4, in_pass_vot=4, in_pan=3, in_aad=3, in_pass=3,
    in_vot=3, it_cf=6, it_vat=6, it_both=9, kr=13, mac=13, dea=13, pl=13, se=13, sg=13, tr=13, bank=12, nhs=12, nino=12,
    dl=12, mbi=4, npi=3, mbi_npi=10, us_pass=12, za=12, crm=9, support=9, clinical=4, travel=4, code=9, log=4, org=4,
    addr=4, hr=3, multi=10, neg=108)

# ---- wrappers and record assembly ---------------------------------------------------------------
PREFIX = ['Can you go through this?\n\n', "Here's the note from the team:\n", 'Turn this into a short summary:\n\n',
          'List the action items in the text below.\n', 'Copy-pasted from the ticket:\n---\n', 'Proofread this please:\n\n']
SUFFIX = ['\n\nUse bullet points.', '\n\nOne paragraph is enough.', '\n\nCheers.', '\n\nFormat the answer as a table.']
TAIL = [' ty', ' plz', '!!!', ' thanks', ' when you can']
KEEP_CASE = {'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'CRYPTO', 'AU_TFN', 'AU_ABN', 'AU_ACN', 'AU_MEDICARE', 'CA_SIN',
             'ES_NIE', 'ES_NIF', 'FI_PERSONAL_IDENTITY_CODE', 'IN_AADHAAR', 'IN_PAN', 'IN_PASSPORT', 'IN_VOTER',
             'IT_FISCAL_CODE', 'IT_VAT_CODE', 'KR_RRN', 'MAC_ADDRESS', 'MEDICAL_LICENSE', 'PL_PESEL', 'SE_PERSONNUMMER',
             'SG_NRIC_FIN', 'TR_NATIONAL_ID', 'US_BANK_NUMBER', 'UK_NHS', 'UK_NINO', 'US_DRIVER_LICENSE', 'US_MBI', 'US_NPI',
             'US_PASSPORT', 'ZA_ID_NUMBER', 'IP_ADDRESS', 'PHONE_NUMBER'}


def dress(parts):
    """Lower-case variant, wrapper instructions and chatty endings, at dev's rates."""
    flat = ''.join(p if isinstance(p, str) else p[1] for p in parts)
    if R.random() < 0.11 and 'İ' not in flat and not re.search(r'[\uac00-\ud7a3]', flat):
        parts = [p.lower() if isinstance(p, str) else (p if p[0] in KEEP_CASE else (p[0], p[1].lower())) for p in parts]
    x = R.random()
    last = parts[-1]
    if isinstance(last, str) and last.endswith('.') and not last.endswith('..'):
        if x < 0.085:
            parts = parts[:-1] + [last[:-1] + ch(TAIL)]
        elif x < 0.17:
            parts = parts[:-1] + [last[:-1]]
    if R.random() < 0.23:
        parts = [ch(PREFIX)] + parts
    if R.random() < 0.135:
        parts = parts + [ch(SUFFIX)]
    return parts


def check(text, ents):
    prev = -1
    for e in sorted(ents, key=lambda e: e['start']):
        v, ty = text[e['start']:e['end']], e['entity_type']
        assert v and v == v.strip(), (text, v)
        assert v[-1] not in ',;:!?"\')' and (v[-1] != '.' or ty in ('PERSON', 'ORGANIZATION')), (text, v)
        assert e['start'] >= prev, ('overlap', text)
        prev = e['end']
        if ty == 'CREDIT_CARD':
            assert K.luhn_ok(re.sub(r'\D', '', v)), v
        if ty == 'IBAN_CODE':
            assert iban_ok(v), v


def build():
    recs = []
    by_group = {}
    for g, t in TPL:
        by_group.setdefault(g, []).append(t)
    for g in by_group:
        R.shuffle(by_group[g])
    for g in sorted(GROUP_N):
        ts = by_group[g]
        for i in range(GROUP_N[g]):
            parts = dress(parts_of(ts[i % len(ts)]))
            text, ents = K.fill(parts)
            vals = [p for p in parts if isinstance(p, tuple)]
            assert len(vals) == len(ents)
            for (ty, v), e in zip(vals, ents):
                assert e['entity_type'] == ty and text[e['start']:e['end']] == v, (text, v)
            check(text, ents)
            recs.append((text, ents))
    R.shuffle(recs)
    return [{'id': 'p31-%04d' % i, 'text': t, 'entities': e} for i, (t, e) in enumerate(recs)]


if __name__ == '__main__':
    K.write(build())
