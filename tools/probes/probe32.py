#!/usr/bin/env python3
"""Probe 32: a blind measure of generalisation. 602 prompts in the settings of the dev corpus, each rewritten in
other words and sentence shapes: billing disputes and escalations, HR, payroll and tax notes, KYC checks, clinical,
pharmacy and claims notes, bookings, CRM entries, logs, code, JSON/YAML/CSV/XML records, Spanish, Italian, Polish,
Swedish, Finnish, Turkish and Korean settings. 215 templates; wrapper instructions and fully lower-case prompts at
dev's rates; 108 PII-free look-alikes (references, hashes, versions, serials, numbers that fail their checks). Dev's
type mix within a fifth and its value formats; people of some forty cultures, small towns, firms, clinics, banks and
e-mail domains not used before; every check-digit value is valid.  python3 -B tools/probes/probe32.py > /tmp/p32.jsonl
"""
import datetime
import os
import re
import string
import sys
import unicodedata
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K  # noqa: E402

R = random.Random(3203207)

# ---------------------------------------------------------------- vocabulary
# culture: (order, given names, surnames).  order: w = given first, e = surname first, k = either
PEOPLE = {
    'us': ('w', 'Elmer Wilbur Homer Cyrus Ferris Lorne Dewitt Myrtle Ethel Bertha Dorcas Coralie Ione Beulah Edna '
                'Gertrude Maude Lucius Floyd Alvin Bernice Velma Thelma Alvah Orrin Hiram Obed Zebulon Arlo Lavern '
                'Ardith Oleta Zella Lottie Effie Elva Iola Ozella'.split(),
           'Pomeroy Blevins Swafford Ingersoll Kimball Lowry McCurdy Vandergriff Wardlaw Yeager Norwood Cauthen '
           'Hembree Burkhalter Stoneking Wingate'.split()),
    'english': ('w', 'Swithin Wystan Kerenza Agatha Cecil Reginald Horace Edna Gertrude'.split(),
                'Blatherwick Jellicoe Kettleborough Quickfall Rudge Scarisbrick Vokins Bexley Fairclough Grimshaw '
                'Hepplewhite Ibbotson Judd Lambourne Rawsthorne'.split()),
    'irish': ('w', 'Pádraigín Bríd Eithne Ultan Ferdia Dearbhla Síle Fergal'.split(),
              'Fennelly Counihan Breen Lonergan Madigan Spillane Carragher Dineen'.split()),
    'scottish': ('w', 'Fingal Kirsteen'.split(), 'MacLeish Pringle Cranston Haldane Gunn Matheson'.split()),
    'welsh': ('w', 'Tegid Eirlys Rhian Elfed Sioned Meinir'.split(), 'Maddocks Prichard Gittins Probert'.split()),
    'french': ('w', 'Faustine Joachim Ninon Octave Urbain Aurèle Benoîte Sosthène'.split(),
               'Hébrard Jaccard Noiret Quénard Thévenin Bonnefoy Chastel Escande Fourcade Gastaud Daumier Mauriac '
               'Giraudeau Chauvet Lemercier'.split()),
    'german': ('w', 'Ottokar Ruprecht Liselotte Eberhard Elfriede'.split(),
               'Dörfler Feuerstein Kleinschmidt Mittermeier Nussbaum Tiefenbacher Uhlmann Hammerschmidt Sauerbier '
               'Wolkenhauer'.split()),
    'dutch': ('w', 'Tjeerd Hielke Jelmer Fokje Geertruida Mient Aaltje Hendrikje Marten Ype'.split(),
              'Bakhuizen Ouwehand Hoogendijk Schoonhoven Wagemaker Brinkhuis Ypma Hiemstra Boonstra'.split()),
    'brazilian': ('w', 'Caetano Ubirajara Raoni Jurema Potira Odete Anísio'.split(),
                  'Araripe Tibiriçá Barroso Cordeiro Seixas Cavalheiro'.split()),
    'spanish': ('w', 'Nicasio Secundino Socorro Ascensión Ildefonso Nemesio Eusebia Dorotea Eleuterio Maximina '
                     'Saturnino'.split(),
                'Olabarri Urdangarin Aguirrezábal Bengoechea Montalbán Zuloaga Carrasquilla Santisteban Barrionuevo '
                'Campoamor Echagüe'.split()),
    'italian': ('w', 'Gianluigi Girolamo Benedetto Ermete Settimia Ortensia Clelia'.split(),
                'Caracciolo Mazzanti Olivieri Pozzoli Castiglioni Ferraioli Spadafora Iannaccone Cuccurullo '
                'Biancardi'.split()),
    'polish_m': ('w', 'Roch Gerwazy Jerzy Zygmunt'.split(),
                 'Krajewski Zalewski Sikorski Kaczorowski Wilczek Ziółkowski Gąsior Pająk Słowik'.split()),
    'polish_f': ('w', 'Ludmiła Czesława Marianna Pelagia Cecylia'.split(),
                 'Kaczorowska Wilczek Gąsior Pająk Kowal Słowik Sroka Szpak Kania Czyż'.split()),
    'finnish': ('w', 'Jarmo Erkki Eemil Lyyli Hilma Aaro Tauno Viljo'.split(),
                'Tolonen Hyvärinen Kärnä Turpeinen Kuusela Mäenpää Nykänen Uusitalo Junttila Latvala'.split()),
    'swedish': ('w', 'Ragnvald Roine Kjell Lovisa Ove Viveka Valborg'.split(),
                'Lindegren Ahlström Tegnér Wennerström Forsmark Kullberg Mörner Ohlsson Sandelin Tidholm Unger '
                'Wästberg Ytterberg Zettervall Bolinder Carlgren Dufva'.split()),
    'turkish': ('w', 'Nihal Meltem Fadime Taner Necla Zeki Cahit Demet Şenol Nevzat Ercüment Gülten Nurettin Şükran '
                     'Rıza'.split(),
                'Tunçel Tezcan Önal Cantürk Elmas Fırat Ulusoy Akyürek Boyacı Kuzucu Demirkol Yurtsever Altıparmak '
                'Karahan Özbey Ilıcak'.split()),
    'korean': ('k', 'Hyeok-pil Ryeong-hwi Taek-geun Deok-hun Kyeong-hak Cheol-ung Hyeop-bok Ryun-pil Seob-hak '
                    'Geun-hyeong Hwi-ryeong Beom-seob Pil-gyeol Dol-bok Eul-taek'.split(),
               'Rhee Chung Gam Eum Kyeon Uh'.split()),
    'sg': ('e', ['Giok Hiang', 'Puay Sian', 'Siong Kuan', 'Thye Whatt', 'Kwee Liak', 'Buay Eok', 'Chor Ngee',
                 'Peow Leck', 'Chye Keow', 'Yeow Gek', 'Kiok Yam', 'Cheow Tuan'],
           'Kho Lye Hew Siow Thian Phang Cheang'.split()),
    'vietnamese': ('w', 'Khiêm Quế Lụa Mận Cúc Thoa Chinh Lợi Định Quý Nhật Tường Thiện Khuê Ánh Khang Phụng'.split(),
                   'Lò Ung Bế Phó'.split()),
    'japanese': ('w', 'Kōsuke Mizuki Ryōta Ginjirō Yūma Seiji Hisashi Yoshiro Tomoyuki'.split(),
                 'Ōtsuka Kondō Arakawa Ichikawa Yasuda'.split()),
    'indian': ('w', 'Tanay Ojas Mrinal Niharika Anvesha Ruchika Bhavya Sanjana'.split(),
               'Bhagat Dhawan Padmanabhan Ramakrishnan Vishwanathan Kaushik Pendse Godbole Joglekar Vartak'.split()),
    'bengali': ('w', 'Arnab Sohini Debashish Tanushree Anirban Mousumi Subhajit Rituparna'.split(),
                'Mitra Ghoshal Talukdar Haldar Majumdar'.split()),
    'nepali': ('w', 'Bishal Sujan Puja Nirmala'.split(), 'Shrestha Rai'.split()),
    'arabic': ('w', 'Zaher Ayman Manal Muna Labib Hamdi'.split(),
               'Sabbah Rifai Atassi Tarazi Qassem Mahfouz Suleiman'.split()),
    'yoruba': ('w', 'Adeola Ayomide Olaide Oreoluwa'.split(), 'Adeniran'.split()),
    'igbo': ('w', 'Chidimma Adeola'.split(), 'Okoli Ezeh'.split()),
    'southern_africa': ('w', 'Buhle Luthando Thembisa Lebohang Puleng Teboho Rethabile'.split(),
                        'Letsie Nthako Sefara'.split()),
    'afrikaans': ('w', 'Stoffel Gerhardus Riana Wikus Christoffel Frik'.split(),
                  'Badenhorst Scheepers Lourens Duvenhage'.split()),
    'somali': ('w', 'Ayaan Liban Ilhan Nasra Faduma'.split(), 'Egal Mohamud Dualeh Samatar Guled'.split()),
    'samoan': ('w', 'Sefa Losa Ioane'.split(), 'Tauiliili Sapolu Leiataua Tuimavave Falaniko'.split()),
    'kazakh': ('w', 'Aruzhan Daulet'.split(), 'Nurlanov Zhaksybekov Ospanov Bekmukhambetov'.split()),
    'mongolian': ('w', 'Oyuunchimeg Naranbaatar'.split(), 'Gankhuyag'.split()),
    'albanian': ('w', 'Arbër Blerta Driton Elira Gjergj Mimoza'.split(), 'Morina Dervishi Rexhepi Topalli Veseli'.split()),
    'serbian': ('w', 'Nemanja Dušan Vukašin Radomir'.split(),
                'Obradović Vuletić Radosavljević Milenković Grujić'.split()),
    'bulgarian': ('w', 'Bozhidar Tsvetan Radoslav'.split(), 'Hristozov Zhelyazkov'.split()),
    'malagasy': ('w', 'Hery Voahangy Tiana Fanja Rivo'.split(),
                 'Rakotomalala Razafindrakoto Andrianarisoa Rasoanaivo Ravelomanana'.split()),
    'afghan': ('w', 'Zarmina Wais Naveed'.split(), 'Popalzai Wardak Stanikzai Kakar'.split()),
    'thai': ('w', 'Ratchanee Naphat Wipada Surachai'.split(), 'Suksawat Inthasorn Phanthong'.split()),
    'latvian': ('w', 'Līga Kārlis Māris'.split(), 'Ozoliņš Zariņš'.split()),
    'andean': ('w', 'Killa Inti Sisa Nayra'.split(), 'Ccahuana'.split()),
    'hawaiian': ('w', 'Kainoa Makoa'.split(), 'Kamakau Nakoa'.split()),
    'greek': ('w', 'Athena Panteleimon Chrysanthi'.split(), 'Tsoukalas Mavromatis'.split()),
    'filipino': ('w', 'Dakila'.split(), 'Magbanua Dimagiba'.split()),
}
# cultures drawn for prompts with no national setting
GLOBAL = ['us'] * 5 + ['english'] * 3 + ['irish', 'scottish', 'welsh', 'french', 'german', 'dutch', 'brazilian',
          'spanish', 'italian', 'polish_m', 'polish_f', 'finnish', 'swedish', 'turkish', 'korean', 'vietnamese',
          'japanese', 'indian', 'bengali', 'nepali', 'arabic', 'yoruba', 'igbo', 'southern_africa', 'afrikaans',
          'somali', 'samoan', 'kazakh', 'mongolian', 'albanian', 'serbian', 'bulgarian', 'malagasy', 'afghan',
          'thai', 'latvian', 'andean', 'hawaiian', 'greek', 'filipino']
US_MIX = ['us'] * 6 + ['english', 'irish', 'spanish', 'korean', 'vietnamese', 'arabic', 'yoruba', 'indian',
                       'somali', 'samoan', 'hawaiian', 'filipino', 'afghan', 'greek', 'andean']
UK_MIX = ['english'] * 5 + ['irish', 'irish', 'scottish', 'scottish', 'welsh', 'welsh', 'bengali', 'nepali',
                            'yoruba', 'igbo', 'polish_m', 'polish_f', 'albanian', 'vietnamese', 'somali']
AU_MIX = ['english'] * 3 + ['us', 'irish', 'scottish', 'greek', 'italian', 'vietnamese', 'samoan', 'filipino',
                            'thai', 'malagasy', 'hawaiian']
CA_MIX = ['us', 'us', 'french', 'french', 'scottish', 'japanese', 'korean', 'bengali', 'kazakh', 'mongolian',
          'spanish', 'irish']
ZA_MIX = ['southern_africa'] * 4 + ['afrikaans'] * 3
IN_MIX = ['indian'] * 4 + ['bengali'] * 2 + ['nepali']

US_PLACES = [('Garden City', 'Kansas'), ('Dodge City', 'Kansas'), ('Ardmore', 'Oklahoma'),
              ('Gadsden', 'Alabama'), ('Anniston', 'Alabama'), ('Thomasville', 'Georgia'),
              ('Lake City', 'Florida'), ('Palatka', 'Florida'), ('Okeechobee', 'Florida'),
              ('Orangeburg', 'South Carolina'), ('Rock Hill', 'South Carolina'),
              ('Elizabeth City', 'North Carolina'), ('Harrisonburg', 'Virginia'), ('Hagerstown', 'Maryland'),
              ('Chambersburg', 'Pennsylvania'), ('Bloomsburg', 'Pennsylvania'), ('Watertown', 'New York'),
              ('Rutland', 'Vermont'), ('Presque Isle', 'Maine'), ('Torrington', 'Connecticut'),
              ('Sierra Vista', 'Arizona'), ('Farmington', 'New Mexico'), ('Alamogordo', 'New Mexico'),
              ('Hobbs', 'New Mexico'), ('Longview', 'Texas'), ('Wichita Falls', 'Texas'),
              ('San Angelo', 'Texas'), ('Idaho Falls', 'Idaho'), ('Roseburg', 'Oregon'), ('Yreka', 'California'),
              ('Susanville', 'California'), ('Barstow', 'California'), ('Vernal', 'Utah'),
              ('Rock Springs', 'Wyoming'), ('Gillette', 'Wyoming'), ('Riverton', 'Wyoming'),
              ('Jamestown', 'North Dakota'), ('Yankton', 'South Dakota'), ('Grand Island', 'Nebraska'),
              ('Mason City', 'Iowa'), ('Sioux City', 'Iowa'), ('Marshalltown', 'Iowa'), ('Muscatine', 'Iowa'),
              ('Carbondale', 'Illinois'), ('Tullahoma', 'Tennessee'), ('Dyersburg', 'Tennessee'),
              ('Carson City', 'Nevada'), ('Salinas', 'California'), ('Helena', 'Montana'),
              ('Lynchburg', 'Virginia'), ('Utica', 'New York'), ('Youngstown', 'Ohio'), ('Saginaw', 'Michigan'),
              ('La Crosse', 'Wisconsin'), ('Cedar Rapids', 'Iowa'), ('Davenport', 'Iowa'),
              ('Lawton', 'Oklahoma'), ('Baton Rouge', 'Louisiana'), ('Pine Bluff', 'Arkansas'),
              ('Santa Fe', 'New Mexico')]
US_STREETS = ['Quillback Lane', 'Greywacke Road', 'Partridge Row', 'Alderbrook Drive', 'Lamplighter Way',
              'Spindlewood Court', 'Bramling Avenue', 'Umberleigh Close', 'Whinmoor Terrace', 'Redshank Road',
              'Copperwick Street', 'Dunnock Lane', 'Orpine Boulevard', 'Vintry Parkway', 'Skelbrook Circle']
UK_TOWNS = ['Goole', 'Todmorden', 'Hebden Bridge', 'Whitehaven', 'Workington', 'Bishop Auckland',
            'Barnard Castle', 'Consett', 'Callander', 'Ruthin', 'Denbigh', 'Llangollen', 'Welshpool',
            'Llandrindod Wells', 'Builth Wells', 'Cowbridge', 'Neath', 'Pershore', 'Bromsgrove', 'Droitwich',
            'Bewdley', 'Nantwich', 'Congleton', 'Macclesfield', 'Knutsford', 'Ashbourne', 'Market Drayton',
            'Newport Pagnell', 'Towcester', 'Daventry', 'Oundle', 'Melton Mowbray', 'Ashby-de-la-Zouch',
            'Swadlincote', 'Woodhall Spa', 'Mablethorpe', 'Holbeach', 'Downham Market', 'Dereham', 'Fakenham',
            'Aylsham', 'Woodbridge', 'Dunmow', 'Braintree', 'Tiptree', 'Harwich', 'Sevenoaks', 'Tenterden',
            'Lewes', 'Uckfield', 'Crowborough', 'Arundel', 'Steyning', 'Petersfield', 'Romsey', 'Ringwood',
            'Wimborne', 'Ottery St Mary', 'Crediton', 'Camborne', 'Dunfermline', 'Pontypridd', 'Evesham',
            'Torquay', 'Weymouth', 'Chichester', 'Folkestone', 'Tonbridge', 'Southport', 'Lichfield', 'Nuneaton']
IN_CITIES = ['Kadapa', 'Vizianagaram', 'Deoghar', 'Saharanpur', 'Muzaffarnagar', 'Nainital', 'Hoshiarpur',
             'Kapurthala', 'Ambala', 'Sirsa', 'Bhiwani', 'Bharatpur', 'Jagdalpur', 'Karad', 'Bijapur',
             'Gulbarga', 'Bellary', 'Tumkur', 'Mandya', 'Chitradurga', 'Krishnagiri', 'Dharmapuri', 'Namakkal',
             'Nagapattinam', 'Cuddalore', 'Villupuram', 'Kanchipuram', 'Tiruvannamalai', 'Thoothukudi',
             'Kasaragod', 'Pathanamthitta', 'Idukki', 'Jalpaiguri', 'Kharagpur', 'Bankura', 'Purulia',
             'Bharuch', 'Mehsana', 'Palanpur', 'Morbi', 'Gandhidham']
ES_CITIES = ['Villafranca del Bierzo', 'Briviesca', 'Ejea de los Caballeros', 'Dénia', 'Gandia', 'Utiel',
             'Mazarrón', 'Martos', 'Alcalá la Real', 'Priego de Córdoba', 'Vejer de la Frontera', 'Montilla',
             'Alcázar de San Juan', 'Almadén', 'Navalmoral de la Mata', 'Almendralejo',
             'Jerez de los Caballeros', 'Ciudad Rodrigo', 'Arévalo', 'Tarancón', 'Motilla del Palancar',
             'Hellín', 'Almansa', 'Vilagarcía de Arousa', 'Talavera de la Reina']
ES_STREETS = ['Calle de la Almendra', 'Calle Zurradores', 'Avenida de Vallehermoso', 'Calle del Tomillar',
              'Paseo de las Acacias Viejas']
IT_CITIES = ['Vittorio Veneto', 'Montebelluna', 'Monselice', 'Legnago', 'Bussolengo', 'Lumezzane', 'Tirano',
             'Morbegno', 'Borgomanero', 'Novi Ligure', 'Acqui Terme', 'Pinerolo', 'Chivasso', 'Camaiore',
             'Pontedera', 'Poggibonsi', 'Civitanova Marche', 'San Benedetto del Tronto', 'Terracina',
             'Sala Consilina', 'Ariano Irpino', 'Cerignola', 'San Severo', 'Lucera', 'Gravina in Puglia',
             'Martina Franca', 'Maglie', 'Policoro', 'Corigliano Calabro', 'Locri', 'Palmi', 'Milazzo',
             'Barcellona Pozzo di Gotto', 'Termini Imerese', 'Bagheria', 'Partinico', 'Alcamo', 'Gela',
             'Lentini', 'Piazza Armerina', 'Tortolì', 'Lanusei', 'Reggio Emilia', 'Alessandria']
PL_CITIES = ['Gołdap', 'Siemiatycze', 'Zambrów', 'Wysokie Mazowieckie', 'Ostrów Mazowiecka', 'Wyszków',
             'Mińsk Mazowiecki', 'Zwoleń', 'Lipsko', 'Ostrowiec Świętokrzyski', 'Skarżysko-Kamienna',
             'Włoszczowa', 'Tarnobrzeg', 'Nisko', 'Dąbrowa Tarnowska', 'Sucha Beskidzka', 'Wodzisław Śląski',
             'Kędzierzyn-Koźle', 'Olesno', 'Myszków', 'Zawiercie', 'Kłobuck', 'Zduńska Wola', 'Pabianice',
             'Radomsko', 'Tomaszów Mazowiecki', 'Rawa Mazowiecka', 'Gostynin', 'Grodzisk Mazowiecki',
             'Pruszków', 'Otwock', 'Legionowo', 'Mława', 'Nidzica', 'Szczytno', 'Rypin', 'Wąbrzeźno', 'Świecie',
             'Tuchola', 'Starogard Gdański']
FI_TOWNS = ['Vihti', 'Laitila', 'Haukipudas', 'Urjala', 'Janakkala', 'Paimio', 'Raisio', 'Simo', 'Tervola',
            'Savukoski', 'Salla', 'Vaala', 'Utajärvi', 'Siikajoki', 'Pyhäntä', 'Vieremä', 'Sonkajärvi',
            'Rautavaara', 'Tuusniemi', 'Maaninka', 'Konnevesi', 'Toivakka', 'Uurainen', 'Petäjävesi', 'Multia',
            'Kinnula', 'Kivijärvi', 'Kyyjärvi', 'Pihtipudas', 'Kärsämäki', 'Haapavesi', 'Reisjärvi', 'Halsua',
            'Perho', 'Veteli', 'Kaustinen', 'Toholampi', 'Evijärvi', 'Lappajärvi', 'Vimpeli', 'Soini',
            'Isojoki', 'Karijoki', 'Jalasjärvi', 'Ilmajoki', 'Isokyrö', 'Vöyri', 'Maalahti', 'Korsnäs']
SE_TOWNS = ['Hultsfred', 'Gislaved', 'Sävsjö', 'Tingsryd', 'Säter', 'Märsta', 'Hallstahammar', 'Surahammar',
            'Kungsör', 'Heby', 'Knivsta', 'Vallentuna', 'Österåker', 'Vaxholm', 'Nykvarn', 'Gnesta', 'Högsby',
            'Mörbylånga', 'Torsås', 'Lessebo', 'Markaryd', 'Osby', 'Bromölla', 'Perstorp', 'Klippan', 'Åstorp',
            'Bjuv', 'Svalöv', 'Kävlinge', 'Staffanstorp', 'Svedala', 'Skurup', 'Sjöbo', 'Tomelilla', 'Hörby',
            'Hylte', 'Tranemo', 'Svenljunga', 'Herrljunga', 'Vårgårda', 'Grästorp', 'Götene', 'Gullspång',
            'Töreboda', 'Karlsborg', 'Tibro', 'Mullsjö', 'Aneby', 'Vaggeryd']
TR_CITIES = ['Ilgın', 'Cihanbeyli', 'Karapınar', 'Bozkır', 'Kadirli', 'Düziçi', 'Dörtyol', 'Reyhanlı',
             'Kırıkhan', 'Samandağ', 'Yayladağı', 'Altınözü', 'Besni', 'Ceylanpınar', 'Akçakale', 'Birecik',
             'Halfeti', 'Bozova', 'Suruç', 'Kızıltepe', 'Ergani', 'Bismil', 'Silvan', 'Adilcevaz', 'Erciş',
             'Doğubayazıt', 'Patnos', 'Eleşkirt', 'Gölcük']
SG_AREAS = ['Bukit Gombak', 'Kaki Bukit', 'Bedok Reservoir', 'Sembawang Hills', 'Toh Tuck', 'Sunset Way',
            'Keat Hong', 'Anchorvale', 'Compassvale', 'Rivervale', 'Punggol Field', 'Woodgrove',
            'Serangoon North', 'Cheng San', 'Seletar Hills', 'Kebun Baru', 'Bright Hill', 'Upper Bukit Timah',
            'Beauty World', 'King Albert Park', 'Holland Grove']
ZA_TOWNS = ['Nieuwoudtville', 'Vanrhynsdorp', 'Lamberts Bay', 'Elands Bay', 'Wolseley', 'Bonnievale',
            'McGregor', 'De Rust', 'Steytlerville', 'Pearston', 'Sterkstroom', 'Mount Fletcher', 'Himeville',
            'Winterton', 'Colenso', 'Weenen', 'Mooi River', 'Nottingham Road', 'Creighton', 'Hibberdene',
            'Ramsgate', 'Port Edward', 'Izingolweni', 'White River', 'Stanger', 'Underberg']
AU_TOWNS = ['Bungendore', 'Braidwood', 'Boorowa', 'Adelong', 'Batlow', 'Tumbarumba', 'Culcairn', 'Jerilderie',
            'Tocumwal', 'Berrigan', 'Corowa', 'Rutherglen', 'Chiltern', 'Myrtleford', 'Omeo', 'Orbost',
            'Mallacoota', 'Tathra', 'Candelo', 'Nimmitabel', 'Adaminaby', 'Jindabyne', 'Berridale', 'Marulan',
            'Bundanoon', 'Moss Vale', 'Gerringong', 'Jamberoo', 'Mollymook', 'Bermagui', 'Pambula', 'Allora',
            'Pittsworth', 'Oakey', 'Gatton', 'Laidley', 'Boonah', 'Beaudesert', 'Nambour', 'Jurien Bay',
            'Lancelin', 'Kojonup', 'Kellerberrin', 'Toodyay', 'Moora', 'Quairading', 'Penola', 'Bordertown',
            'Tintinara', 'Waikerie', 'Barmera', 'Kapunda', 'Roxby Downs', 'Coober Pedy', 'Streaky Bay',
            'Kimba', 'Tumby Bay', 'Wudinna', 'Broken Hill', 'Port Lincoln', 'Nhulunbuy']
AU_STREETS = ['Warrigal Parade', 'Gorsebrake Crescent', 'Wombeyan Street', 'Warrumbungle Close', 'Samphire Way']
CA_TOWNS = ['Bridgewater', 'Kentville', 'Campbellton', 'North Bay', 'Welland', 'Thompson', 'North Battleford',
            'Fort McMurray', 'Port Alberni', 'Saint John']
KR_CITIES = ['Goheung', 'Hwasun', 'Changnyeong', 'Uiryeong', 'Haman', 'Uljin', 'Yeongdeok', 'Cheongsong',
             'Yeongyang', 'Bonghwa', 'Yecheon', 'Gunwi', 'Hoengseong', 'Yangyang', 'Ulleung', 'Imsil',
             'Sunchang', 'Jangsu', 'Wanju', 'Cheongyang', 'Gyeryong', 'Pocheon', 'Dongducheon']
COUNTRIES = ['Brazil', 'Mexico', 'Canada', 'Japan', 'Germany', 'Nigeria', 'Egypt', 'Kenya', 'Argentina',
             'Indonesia', 'Australia', 'India', 'France', 'Italy', 'Spain', 'South Africa', 'Turkey', 'Vietnam',
             'Philippines', 'Pakistan']
WORLD_CITIES = ['Niamey', 'Freetown', 'Monrovia', 'Conakry', 'Banjul', 'Nouakchott', 'Libreville', 'Brazzaville',
                'Kinshasa', 'Luanda', 'Lubumbashi', 'Bujumbura', 'Maseru', 'Mbabane', 'Antananarivo', 'Port Louis',
                'Can Tho', 'Sumqayit', 'Vanadzor', 'Chisinau', 'Zaporizhzhia', 'Porto Alegre', 'Tashkent',
                'Dar es Salaam', 'Dushanbe', 'Suva']
NRPS = ['Uruguayan', 'Ecuadorian', 'Paraguayan', 'Cuban', 'Nicaraguan', 'Haitian', 'Zimbabwean', 'Ugandan',
        'Cameroonian', 'Sudanese', 'Jordanian', 'Syrian', 'Iraqi', 'Yemeni', 'Kuwaiti', 'Bhutanese', 'Laotian',
        'Taiwanese', 'Singaporean', 'Cypriot', 'Albanian', 'Bulgarian', 'Serbian', 'Georgian', 'Kazakh', 'Uzbek',
        'Kurdish']
FAITHS = ['Episcopalian', 'Moravian', 'Bahá\'í', 'Rastafarian', 'Anabaptist']
PARTIES = ['Communist', 'Federalist']

FIRMS = ['Tarnbrook Fabrication Ltd', 'Corriemoor Analytics', 'Pellinore Freight', 'Marramgrass Media',
         'Brindlecombe Textiles', 'Thornbeck Couriers', 'Gannetstone Energy', 'Wolfsbane Games', 'Yellowmead Foods',
         'Quintrell Aerospace', 'Thistlecombe Veterinary Group', 'Velloquay Shipping', 'Stannary Mining plc',
         'Brackenholt Logistics', 'Tollcross Legal LLP', 'Windlestraw Press', 'Yarrowby Dairies',
         'Kelderhaven Partners', 'Oxtongue Outdoor', 'Redshank Robotics', 'Copperwick Labs', 'Dunnock Data',
         'Fallowmere Estates', 'Glimmerick Optics', 'Hobnail Brewing Co.', 'Jessamine Cosmetics',
         'Dipperwell Boatworks', 'Pipistrelle Audio', 'Samphire Seafoods', 'Woodruff & Quinnell']
VENDORS = ['Nimbuscore Hosting', 'Orbweaver Security', 'Tallowsoft', 'Pixelgrove Studios', 'Plimsoll Marine Insurance']
AU_FIRMS = ['Mulgara Transport Pty Ltd', 'Wombeyan Quarries Pty Ltd', 'Kittlestone Electrical Pty Ltd',
            'Warrigal Joinery Pty Ltd', 'Upwey Civil Pty Ltd', 'Amberlode Mining Pty Ltd']
IT_FIRMS = ['Tessitura Valdorcia S.r.l.', 'Officine Brenta S.r.l.', 'Oleificio Corbezzolo S.p.A.',
            'Studio Garbagnate & Soci', 'Vetreria Anguillara S.r.l.', 'Pastificio Rocchetta S.n.c.',
            'Caseificio Valsassina S.r.l.', 'Cantine Montecchio S.p.A.', 'Serravalle Impianti S.r.l.']
BANKS = ['Banca Fiorvalle', 'Caixa Serrana', 'Banque de Vallorbe', 'Rijnmond Spaarbank', 'Kaskimaa Säästöpankki',
         'Bank Nadwiślański', 'Karadeniz Katılım', 'Tidewrack Savings Bank', 'Fjällnäs Sparbank', 'Emberlea Bank']
HOSPITALS = ['Tarnside Infirmary', 'Gorsemoor General Hospital', 'Mount Ossory Clinic', 'Bellbrae Private Hospital',
             'Skelbrook Medical Centre', 'Quernstone Eye Hospital', 'Rookhaven Children\'s Hospital',
             'Orrisfield Health']
AU_HOSPITALS = ['Bellbrae Private Hospital', 'Wombeyan Valley Hospital', 'Castelluccio Day Surgery',
                'Merrowdown Creek Clinic']

FREEMAIL = ['kestrelmail.net', 'inkwellmail.com', 'tidepool.email', 'owlpost.me', 'zoho.eu', 'orcon.net.nz',
            'mindspring.com']
LOCALMAIL = {'de': 'postvogel.de', 'es': 'correo-alba.es', 'it': 'posta-lince.it', 'pl': 'skrzynka-sowa.pl',
             'fi': 'kuuposti.fi', 'se': 'brevduva.se', 'tr': 'ankaposta.com.tr', 'za': 'umbrella-mail.co.za',
             'au': 'kookaburra-mail.com.au', 'ca': 'maplepost.ca', 'kr': 'hanbit-mail.kr', 'sg': 'merlionmail.sg',
             'in': 'saffronpost.in', 'fr': 'boitealettres.fr', 'br': 'caixapostal-ipe.com.br'}
CORPMAIL = ['corriemoor.io', 'pellinorefreight.com', 'marramgrass.media', 'gannetstone.energy',
            'yellowmeadfoods.com', 'nimbuscore.net', 'pixelgrove.studio', 'tallowsoft.dev', 'orbweaver-sec.com',
            'velloquay.com', 'brackenholt-logistics.eu', 'windlestraw.press', 'copperwick-labs.io', 'dunnockdata.ai',
            'glimmerick.com', 'hobnailbrewing.co', 'redshank-robotics.com', 'plimsoll-marine.com']
WEBHOSTS = ['amberlode-bank.com', 'portal.velloquay.com', 'help.tallowsoft.dev', 'www.redshank-robotics.com',
            'shop.yellowmeadfoods.com', 'status.nimbuscore.net', 'account.gannetstone.energy',
            'www.glimmerick.com', 'billing.copperwick-labs.io', 'track.pellinorefreight.com',
            'careers.orbweaver-sec.com', 'mulgara-transport.com.au', 'valdorcia-tessile.it', 'brenta-officine.it']
PROFILE_HOSTS = ['https://www.xing.com/profile/', 'https://{u}.substack.com', 'https://www.researchgate.net/profile/',
                 'https://www.threads.net/@', 'https://orcid.org/']
FILES = ['ledger.go', 'ingest.ts', 'payments.kt', 'scheduler.ex', 'Makefile', 'CHANGELOG.md', 'pyproject.toml',
         'handlers.rs', 'report.sql', 'main.swift', 'app.component.ts', 'Gemfile', 'build.gradle', 'cli.lua',
         'settings.ini', 'worker.scala', 'docker-compose.yml', 'conftest.py']

# ---------------------------------------------------------------- helpers
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
       'noviembre', 'diciembre']
MESE = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
        'novembre', 'dicembre']
MIESIAC = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
           'października', 'listopada', 'grudnia']
AY = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

ch = R.choice


def pct(p):
    return R.random() < p


def fold(s):
    for a, b in (('ł', 'l'), ('Ł', 'L'), ('đ', 'd'), ('Đ', 'D'), ('ı', 'i'), ('ß', 'ss'), ('þ', 'th'), ('ð', 'd'),
                 ('ø', 'o'), ('æ', 'ae')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def person(cult=None, mid=0.0):
    """A full name of the given culture (random culture when None)."""
    cult = cult or ch(GLOBAL)
    order, gs, ss = PEOPLE[cult]
    g, s = ch(gs), ch(ss)
    if cult == 'spanish' and pct(0.35):
        s2 = ch(ss)
        if s2 != s:
            s = s + ' ' + s2
    if order == 'e' or (order == 'k' and pct(0.5)):
        return s + ' ' + g
    if pct(mid):
        return '%s %s. %s' % (g, ch('ABCDEFGHJKLMNPRSTW'), s)
    return g + ' ' + s


def given_of(name):
    return name.split()[0]


def surname_of(name):
    return name.split()[-1]


def local_part(name):
    w = [re.sub(r'[^a-z]', '', fold(x).lower()) for x in name.replace('-', ' ').split()]
    w = [x for x in w if x]
    f, l = w[0], w[-1]
    st = R.randint(0, 6)
    if st == 0:
        return f + '.' + l
    if st == 1:
        return f[0] + l
    if st == 2:
        return '%s_%s%02d' % (f, l, R.randint(1, 99))
    if st == 3:
        return '%s%d' % (l, R.randint(10, 9999))
    if st == 4:
        return f + '.' + l + '+' + ch(['billing', 'work', 'news', 'hr'])
    if st == 5:
        return f + l[0]
    return f + '.' + l


def email(name=None, dom=None):
    name = name or person()
    return local_part(name) + '@' + (dom or ch(FREEMAIL + CORPMAIL))


def date_obj(y0, y1):
    d = datetime.date(R.randint(y0, y1), 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    return d


def clock():
    h, m = R.randint(7, 19), ch([0, 10, 15, 20, 30, 40, 45, 50])
    if pct(0.5):
        return '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')
    return '%02d:%02d' % (h, m)


def d_en(kind='event'):
    d = date_obj(2019, 2026) if kind == 'event' else date_obj(1941, 2004)
    fm = ['B d, Y', 'd B Y', 'Y-m-d', 'm/d/Y', 'd/m/Y', 'b d, Y', 'd-MON-Y', 'd.m.Y', 'mm/dd/Y']
    if kind == 'event':
        fm += ['A, B d', 'B d at T', 'Y-m-d H', 'A d B Y', 'B d, Y', 'd B Y']
    f = ch(fm)
    B, b = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return {'B d, Y': '%s %d, %d' % (B, d.day, d.year), 'd B Y': '%d %s %d' % (d.day, B, d.year),
            'Y-m-d': d.isoformat(), 'm/d/Y': '%02d/%02d/%d' % (d.month, d.day, d.year),
            'd/m/Y': '%02d/%02d/%d' % (d.day, d.month, d.year), 'b d, Y': '%s %d, %d' % (b, d.day, d.year),
            'd-MON-Y': '%02d-%s-%d' % (d.day, b.upper(), d.year), 'd.m.Y': '%02d.%02d.%d' % (d.day, d.month, d.year),
            'mm/dd/Y': '%d/%d/%d' % (d.month, d.day, d.year), 'A, B d': '%s, %s %d' % (DAYS[d.weekday()], B, d.day),
            'B d at T': '%s %d at %s' % (B, d.day, clock()), 'Y-m-d H': '%s %02d:%02d' % (d.isoformat(), R.randint(6, 21), ch([0, 5, 15, 30, 45])),
            'A d B Y': '%s %d %s %d' % (DAYS[d.weekday()], d.day, B, d.year)}[f]


def d_es():
    d = date_obj(2019, 2026)
    return '%d de %s de %d' % (d.day, MES[d.month - 1], d.year)


def d_it(kind='event'):
    d = date_obj(2019, 2026) if kind == 'event' else date_obj(1950, 2003)
    return '%d %s %d' % (d.day, MESE[d.month - 1], d.year)


def d_fi():
    d = date_obj(2019, 2026)
    return '%d.%d.%d' % (d.day, d.month, d.year)


def d_tr():
    d = date_obj(2019, 2026)
    if pct(0.3):
        return '%d %s %d' % (d.day, AY[d.month - 1], d.year)
    return '%02d.%02d.%d' % (d.day, d.month, d.year)


def d_pl(kind='dob'):
    d = date_obj(1950, 2003) if kind == 'dob' else date_obj(2019, 2026)
    return '%d %s %d' % (d.day, MIESIAC[d.month - 1], d.year) if pct(0.5) else '%02d.%02d.%d' % (d.day, d.month, d.year)


def digits(n):
    return ''.join(ch(string.digits) for _ in range(n))


def phone(cc='us'):
    if cc == 'us' or cc == 'ca':
        a, b, c = str(R.randint(201, 989)), str(R.randint(200, 989)), digits(4)
        return ch(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1 (%s) %s-%s', '%s.%s.%s', '+1-%s-%s-%s']) % (a, b, c)
    if cc == 'uk':
        return ch(['+44 7%s %s' % (digits(3), digits(6)), '07%s %s' % (digits(3), digits(6)),
                   '+44 (0)20 %s %s' % (digits(4), digits(4)), '01%s %s' % (digits(3), digits(6))])
    if cc == 'es':
        return ch(['+34 6%s %s %s' % (digits(2), digits(3), digits(3)), '+34 91 %s %s %s' % (digits(3), digits(2), digits(2)),
                   '6%s %s %s' % (digits(2), digits(3), digits(3))])
    if cc == 'pl':
        return ch(['+48 %s-%s-%s' % (R.randint(500, 799), digits(3), digits(3)),
                   '+48 %s %s %s' % (R.randint(500, 799), digits(3), digits(3)),
                   '+48 22 %s %s %s' % (digits(3), digits(2), digits(2))])
    if cc == 'kr':
        return ch(['+82 10-%s-%s' % (digits(4), digits(4)), '010-%s-%s' % (digits(4), digits(4)),
                   '+82 2-%s-%s' % (digits(3), digits(4)), '010 %s %s' % (digits(4), digits(4))])
    if cc == 'za':
        return ch(['0%d %s %s' % (ch([72, 73, 76, 79, 82, 83, 84]), digits(3), digits(4)),
                   '+27 %d %s %s' % (ch([11, 21, 31, 82, 83]), digits(3), digits(4))])
    if cc == 'au':
        return ch(['+61 4%s %s %s' % (digits(2), digits(3), digits(3)), '04%s %s %s' % (digits(2), digits(3), digits(3)),
                   '(02) %s %s' % (digits(4), digits(4))])
    if cc == 'in':
        return ch(['+91 9%s %s' % (digits(4), digits(5)), '+91-98%s-%s' % (digits(3), digits(5))])
    if cc == 'tr':
        return ch(['0532 %s %s %s' % (digits(3), digits(2), digits(2)), '+90 5%s %s %s %s' % (digits(2), digits(3), digits(2), digits(2))])
    if cc == 'fi':
        return ch(['+358 40 %s %s' % (digits(3), digits(4)), '040 %s %s' % (digits(3), digits(4))])
    if cc == 'se':
        return ch(['+46 70 %s %s %s' % (digits(3), digits(2), digits(2)), '070-%s %s %s' % (digits(3), digits(2), digits(2))])
    if cc == 'it':
        return ch(['+39 3%s %s %s' % (digits(2), digits(3), digits(4)), '3%s %s%s' % (digits(2), digits(3), digits(4))])
    if cc == 'sg':
        return '+65 %s%s %s' % (ch('689'), digits(3), digits(4))
    if cc == 'fr':
        return ch(['+33 6 %s %s %s %s' % (digits(2), digits(2), digits(2), digits(2)),
                   '07 %s %s %s %s' % (digits(2), digits(2), digits(2), digits(2))])
    if cc == 'de':
        return ch(['+49 30 %s' % digits(8), '+49 171 %s' % digits(7)])
    if cc == 'br':
        return '+55 11 9%s-%s' % (digits(4), digits(4))
    if cc == 'mx':
        return '+52 %s %s %s' % (ch(['55', '33', '81']), digits(4), digits(4))
    if cc == 'jp':
        return '+81 %s-%s-%s' % (ch(['80', '90', '70']), digits(4), digits(4))
    if cc == 'ng':
        return '+234 %s %s %s' % (ch(['803', '706', '815']), digits(3), digits(4))
    if cc == 'nl':
        return '+31 6 %s %s' % (digits(4), digits(4))
    raise ValueError(cc)


def phone_any():
    return phone(ch(['us'] * 6 + ['uk'] * 2 + ['au', 'in', 'de', 'br', 'mx', 'jp', 'ng', 'nl', 'fr', 'sg', 'ca']))


def ip4(private=None):
    if private is None:
        private = pct(0.35)
    if private:
        k = R.randint(0, 2)
        if k == 0:
            return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if k == 1:
            return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
        return '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    return '%d.%d.%d.%d' % (ch([23, 31, 45, 62, 81, 91, 103, 118, 139, 151, 164, 178, 185, 195, 203, 213]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def h16():
    return '%x' % R.randint(0x100, 0xffff)


def ip6():
    k = R.randint(0, 4)
    if k == 0:
        return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if k == 1:
        return '2001:db8:%s:%s::%s' % (h16(), h16(), h16())
    if k == 2:
        return 'fe80::%s:%s:%s:%s' % (h16(), h16(), h16(), h16())
    if k == 3:
        return '::ffff:' + ip4(False)
    return '2a0%d:%s:%s::%s:%s' % (R.randint(0, 9), h16(), h16(), h16(), h16())


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    k = R.randint(0, 3)
    if k == 0:
        return ':'.join('%02X' % x for x in b)
    if k == 1:
        return ':'.join('%02x' % x for x in b)
    if k == 2:
        return '-'.join('%02X' % x for x in b)
    h = ''.join('%02x' % x for x in b)
    return '.'.join(h[i:i + 4] for i in range(0, 12, 4))


def card():
    kind = ch(['visa'] * 4 + ['mc'] * 3 + ['mc2', 'amex', 'amex', 'disc', 'diners', 'jcb'])
    n = K.card(R, kind)
    f = R.randint(0, 3)
    if len(n) == 15:
        return n if f == 0 else (n[:4] + ' ' + n[4:10] + ' ' + n[10:] if f != 3 else n[:4] + '-' + n[4:10] + '-' + n[10:])
    if len(n) == 14:
        return n if f < 2 else n[:4] + ' ' + n[4:10] + ' ' + n[10:]
    if f == 0:
        return n
    if f == 3:
        return K.group(n, 4, '-')
    return K.group(n, 4, ' ')


def iban(cc=None):
    cc = cc or ch(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'GB', 'PL', 'PT', 'AT', 'CH', 'IE', 'SE', 'FI', 'DK', 'NO', 'TR', 'AE', 'SA'])
    v = K.iban(R, cc)
    return K.group(v, 4, ' ') if pct(0.5) else v


def crypto():
    return K.btc(R, ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh']))


def host():
    return ch(WEBHOSTS)


def url(path=True):
    h = host()
    scheme = ch(['https://', 'https://', 'https://', 'http://', ''])
    if scheme == '' and not h.startswith('www.') and pct(0.5):
        h = 'www.' + h if h.count('.') == 1 else h
    p = ''
    if path:
        p = ch(['/login', '/account/security', '/verify?session=%s' % ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(10)),
                '/claims/%d' % R.randint(10000, 99999), '/help/articles/%d' % R.randint(100, 999), '/me/profile',
                '/s/%s' % ''.join(ch(string.ascii_lowercase) for _ in range(7)), '/portal/tax-forms', ''])
    return scheme + h + p


def profile_url(name):
    u = re.sub(r'[^a-z]', '', fold(name).lower())
    h = ch(PROFILE_HOSTS)
    if h.startswith('https://orcid'):
        return h + '0000-000%d-%s-%s' % (R.randint(1, 3), digits(4), digits(4))
    if '{u}' in h:
        return h.format(u=u)
    return h + u


def ssn(sep=None):
    a, b, c = K.ssn(R)
    sep = ch(['-', '-', '-', ' ', '']) if sep is None else sep
    return sep.join((a, b, c))


def itin():
    a, b, c = K.itin(R)
    return ch(['-', '-', ' ', '']).join((a, b, c))


def bank_acct():
    return digits(R.randint(8, 17))


def us_passport():
    return digits(9) if pct(0.5) else ch('ACEFHJKLMNPRSTWX') + digits(8)


def us_dl(surname=None):
    k = R.randint(0, 5)
    while k == 4 and not surname:
        k = R.randint(0, 5)
    if k == 0:
        return ch(string.ascii_uppercase) + digits(7)
    if k == 1:
        return ch(string.ascii_uppercase) + digits(12)
    if k == 2:
        d = digits(12)
        return '%s%s-%s-%s' % (ch(string.ascii_uppercase), d[:3], d[3:7], d[7:11])
    if k == 3:
        return digits(8) if pct(0.5) else digits(9)
    if k == 4:
        s = re.sub(r'[^A-Z]', '', fold(surname).upper())[:5].ljust(5, '*')
        return s + ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + digits(3) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase)
    d = digits(12)
    return '%s%s-%s-%s-%s-%s' % (ch(string.ascii_uppercase), d[:3], d[3:6], d[6:8], d[8:11], d[11])


def dea(surname=None):
    d = digits(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    second = fold(surname)[0].upper() if surname else ch(string.ascii_uppercase)
    if not second.isalpha():
        second = 'X'
    return ch('ABFGM') + second + d + str(s % 10)


def nhs():
    v = K.nhs(R)
    f = R.randint(0, 2)
    return v if f == 0 else (v[:3] + ' ' + v[3:6] + ' ' + v[6:] if f == 1 else v[:3] + '-' + v[3:6] + '-' + v[6:])


def nino():
    while True:
        a, b = ch('ABCEGHJKLMNOPRSTWXYZ'), ch('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            break
    d = digits(6)
    s = ch('ABCD')
    if pct(0.5):
        return '%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s)
    return a + b + d + s


def tfn():
    v = K.tfn(R)
    return v[:3] + ' ' + v[3:6] + ' ' + v[6:] if pct(0.65) else v


def abn():
    v = K.abn(R)
    return v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:] if pct(0.6) else v


def acn():
    v = K.acn(R)
    return v[:3] + ' ' + v[3:6] + ' ' + v[6:] if pct(0.6) else v


def medicare():
    v = K.medicare(R)
    return v[:4] + ' ' + v[4:9] + ' ' + v[9] if pct(0.7) else v


def sin():
    v = K.sin(R)
    return ch(['-', ' ', ' ', '']).join((v[:3], v[3:6], v[6:]))


def nie():
    v = K.nie(R)
    return v[:-1] + '-' + v[-1] if pct(0.2) else v


def nif():
    v = K.nif(R)
    return v[:-1] + '-' + v[-1] if pct(0.2) else v


HETU_SIGNS = {18: '+', 19: '-YXWVU', 20: 'ABCDEF'}


def hetu():
    y = R.randint(1945, 2012)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    sign = ch(HETU_SIGNS[y // 100] if y < 2000 else HETU_SIGNS[20])
    if y < 2000 and pct(0.6):
        sign = '-'
    if y >= 2000 and pct(0.5):
        sign = 'A'
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + sign + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def pnr():
    k = R.randint(0, 5)
    if k < 2:
        return K.se_pnr(R, long=True)
    if k < 5:
        return K.se_pnr(R, long=False)
    return K.se_pnr(R, long=True, sep='')


def rrn():
    v = K.kr_rrn(R)
    return v[:6] + '-' + v[6:] if pct(0.8) else v


def aadhaar():
    v = K.aadhaar(R)
    f = R.randint(0, 4)
    return v if f == 0 else (K.group(v, 4, '-') if f == 1 else K.group(v, 4, ' '))


def voter():
    return ''.join(ch(string.ascii_uppercase) for _ in range(3)) + digits(7)


def in_passport():
    return ch('ABCDEFGHJKLMNPRSTUVWY') + str(R.randint(1, 9)) + digits(6)


def pan_for(name):
    v = K.pan(R)
    s = fold(surname_of(name)).upper()
    return v[:3] + 'P' + (s[0] if s[:1].isalpha() else v[4]) + v[5:]


def mbi():
    return K.mbi(R, dash=pct(0.45))


def tc():
    return K.tr_id(R)


def pesel():
    return K.pesel(R)


def zaid():
    return K.za_id(R)


def nric():
    return K.nric(R)


def cf():
    return K.cf(R)


def piva():
    return K.piva(R)


def npi():
    return K.npi(R)


def amount():
    return ch(['$%s.%02d' % (format(R.randint(12, 9999), ','), R.randint(0, 99)),
               '€%d,%02d' % (R.randint(5, 999), R.randint(0, 99)),
               '£%d.%02d' % (R.randint(5, 2999), R.randint(0, 99)),
               'USD %d.%02d' % (R.randint(10, 9000), R.randint(0, 99)),
               '₹%s' % format(R.randint(500, 99000), ','), 'CHF %d.–' % R.randint(20, 900),
               'R%s' % format(R.randint(100, 50000), ','), 'A$%d.%02d' % (R.randint(10, 4000), R.randint(0, 99))])


def hexs(n):
    return ''.join(ch('0123456789abcdef') for _ in range(n))


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:32])


def ver():
    return ch(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40)) + ch(['', '', '', '-beta.2', '-rc3'])


def order_no():
    return ch(['SO-%s' % digits(7), 'ORD/%s' % digits(6), 'PO#%s' % digits(8), 'R-%s-%s' % (digits(4), digits(3)),
               'BK%s' % digits(9), '#%s' % digits(10)])


def tracking():
    return ch(['1Z%s%s' % (''.join(ch(string.ascii_uppercase) for _ in range(2)), digits(14)),
               'JD0%s' % digits(15), '%s %s %s' % (digits(4), digits(4), digits(4))])


# ---- look-alikes that fail their checks
def bad_luhn(n=16):
    while True:
        d = str(ch([4, 5, 6, 3])) + digits(n - 1)
        if not K.luhn_ok(d):
            return d


def bad_iban(cc=None):
    cc = cc or ch(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'PL'])
    v = K.iban(R, cc)
    while True:
        w = v[:2] + '%02d' % R.randint(2, 98) + v[4:]
        if not iban_ok(w):
            break
    return K.group(w, 4, ' ') if pct(0.6) else w


def iban_ok(v):
    v = v.replace(' ', '')
    s = v[4:] + v[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def tfn_ok(d):
    return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def acn_ok(d):
    s = sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1]))
    return (10 - s % 10) % 10 == int(d[8])


def bad_serial(n):
    while True:
        d = str(R.randint(1, 9)) + digits(n - 1)
        if n == 9 and (tfn_ok(d) or acn_ok(d) or K.luhn_ok(d)):
            continue
        if n == 10 and (nhs_ok(d) or K.luhn_ok(d)):
            continue
        if n == 12 and K.verhoeff_ok(d):
            continue
        if n == 11 and K.luhn_ok(d):
            continue
        return d


def b58_ok(s):
    n = 0
    for c in s:
        if c not in K.B58:
            return False
        n = n * 58 + K.B58.index(c)
    raw = n.to_bytes(25, 'big') if n.bit_length() <= 200 else None
    if raw is None:
        return False
    import hashlib
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def bad_b58():
    v = K.btc(R, ch(['p2pkh', 'p2sh']))
    while True:
        i = R.randint(3, len(v) - 2)
        w = v[:i] + ch([c for c in K.B58 if c != v[i]]) + v[i + 1:]
        if not b58_ok(w):
            return w


def sku_phone():
    return '%d-%s-%s-%s' % (R.randint(201, 989), digits(3), digits(4), ''.join(ch(string.ascii_uppercase) for _ in range(2)))


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(n, neg=False):
    def deco(f):
        TEMPLATES.append((f, n, neg))
        return f
    return deco


P = lambda v: ('PERSON', v)            # noqa: E731
L = lambda v: ('LOCATION', v)          # noqa: E731
O = lambda v: ('ORGANIZATION', v)      # noqa: E731
D = lambda v: ('DATE_TIME', v)         # noqa: E731
EM = lambda v: ('EMAIL_ADDRESS', v)    # noqa: E731
PH = lambda v: ('PHONE_NUMBER', v)     # noqa: E731
U = lambda v: ('URL', v)               # noqa: E731
IP = lambda v: ('IP_ADDRESS', v)       # noqa: E731
NRP = lambda v: ('NRP', v)             # noqa: E731


def an(word):
    return 'an ' if word[:1].lower() in 'aeiou' else 'a '


def nrp_any():
    return ch(NRPS * 2 + FAITHS + PARTIES)


def us_addr():
    s = '%d %s' % (R.randint(3, 9899), ch(US_STREETS))
    if pct(0.3):
        s = ch(['Apt %d, ', 'Unit %d, ', 'Suite %d, ']) % R.randint(1, 60) + s
    return s


def au_addr():
    s = '%d %s' % (R.randint(2, 480), ch(AU_STREETS))
    return ('Unit %d, ' % R.randint(1, 30) + s) if pct(0.3) else s


def uk_addr():
    return '%d %s' % (R.randint(1, 240), ch(['Dunnock Lane', 'Tollcross Mews', 'Inchcolm Gardens', 'Upwey Road',
                                               'Hobnail Yard', 'Vetchling Close']))


# ---- A. caller verification / SSN + DOB
@tpl(1)
def t_ssn_verify():
    return ['Identity check didn\'t match: caller quoted social security number ', ('US_SSN', ssn()),
            ' and birth date ', D(d_en('dob')), ', yet the account holder is ', P(person(ch(US_MIX))),
            '. What do I do next?']


@tpl(2)
def t_ssn_locked():
    return [P(person(ch(US_MIX))), ' rang about a locked login. DOB given: ', D(d_en('dob')),
            '; SSN read out: ', ('US_SSN', ssn()), '. Ours differs in the last digits.']


# ---- B. double charge
@tpl(4)
def t_double_charge():
    n = person()
    return ['Hello, this is ', P(n), '. You took two payments from card ', ('CREDIT_CARD', card()), ' on ',
            D(d_en()), '. Please ring me back at ', PH(phone_any()), '.']


@tpl(1)
def t_double_charge2():
    return ['charged TWICE for one order!! card: ', ('CREDIT_CARD', card()), ' / date: ', D(d_en()), ' / name: ',
            P(person()), ' / phone: ', PH(phone_any())]


# ---- C. phishing
@tpl(5)
def t_phish():
    return ['Got an SMS linking to ', U(url()), ' that wanted my card number (', ('CREDIT_CARD', card()),
            ') and my e-mail (', EM(email()), '). Was that a scam?']


@tpl(4)
def t_phish2():
    return ['Is this page real? ', U(url()), ' asks me to "confirm" ', ('CREDIT_CARD', card()),
            ' and sends a code to ', EM(email()), '.']


# ---- D/E. NHS referral and intake
@tpl(3)
def t_nhs_referral():
    return ['Draft a referral to ', O(ch(HOSPITALS)), ' for ', P(person(ch(UK_MIX))), ', NHS ', ('UK_NHS', nhs()),
            ', query angina.']


@tpl(1)
def t_nhs_discharge():
    return [O(ch(HOSPITALS)), ' wants a discharge letter for ', P(person(ch(UK_MIX))), ' (NHS number ',
            ('UK_NHS', nhs()), ').']


@tpl(4)
def t_nhs_register():
    return ['New registration at our ', L(ch(UK_TOWNS)), ' surgery: ', P(person(ch(UK_MIX))), ', born ',
            D(d_en('dob')), ', NHS no ', ('UK_NHS', nhs()), '.']


@tpl(5)
def t_nhs_clinic():
    return ['Tomorrow\'s list — ', P(person(ch(UK_MIX))), ' (DOB ', D(d_en('dob')), '; NHS ', ('UK_NHS', nhs()),
            '), transferred from a practice in ', L(ch(UK_TOWNS)), '.']


# ---- F/G/H. India KYC
@tpl(5)
def t_in_payroll():
    n = person(ch(IN_MIX))
    return ['Payroll onboarding for the ', L(ch(IN_CITIES)), ' branch: ', P(n), ', PAN ', ('IN_PAN', pan_for(n)),
            ', Aadhaar ', ('IN_AADHAAR', aadhaar()), '.']


@tpl(4)
def t_in_upload():
    n = person(ch(IN_MIX))
    return [P(n), ' from the ', L(ch(IN_CITIES)), ' office uploaded PAN card ', ('IN_PAN', pan_for(n)),
            '; Aadhaar ', ('IN_AADHAAR', aadhaar()), ' still needs e-KYC.']


@tpl(3)
def t_in_kyc_json():
    n = person(ch(IN_MIX))
    return ['{"applicant": {"full_name": "', P(n), '", "ids": {"PAN": "', ('IN_PAN', pan_for(n)),
            '", "aadhaar_no": "', ('IN_AADHAAR', aadhaar()), '", "epic": "', ('IN_VOTER', voter()),
            '", "passport_no": "', ('IN_PASSPORT', in_passport()), '"}}, "risk": "low"}']


@tpl(3)
def t_in_kyc_yaml():
    n = person(ch(IN_MIX))
    return ['kyc:\n  holder: ', P(n), '\n  pan_number: ', ('IN_PAN', pan_for(n)), '\n  uid: ',
            ('IN_AADHAAR', aadhaar()), '\n  voter_card: ', ('IN_VOTER', voter()), '\n  passport: ',
            ('IN_PASSPORT', in_passport()), '\nwhich field is missing for CKYC?']


@tpl(6)
def t_in_passport_voter():
    return ['Cross-check Indian passport ', ('IN_PASSPORT', in_passport()), ' and EPIC ', ('IN_VOTER', voter()),
            ' for ', P(person(ch(IN_MIX))), '.']


@tpl(3)
def t_in_voter_instead():
    return [P(person(ch(IN_MIX))), ' sent voter card ', ('IN_VOTER', voter()), ' instead of passport ',
            ('IN_PASSPORT', in_passport()), ' — which one do we actually need?']


# ---- I/J/K. crypto
@tpl(3)
def t_btc_refund():
    return ['Refund to this wallet please: ', ('CRYPTO', crypto()), '. The previous address isn\'t mine any more.']


@tpl(3)
def t_btc_payout():
    return ['Payout address changed to ', ('CRYPTO', crypto()), ' — can you confirm it\'s saved?']


@tpl(6)
def t_btc_pending():
    return ['My transfer to ', ('CRYPTO', crypto()), ' is still unconfirmed after six blocks (txid ', hexs(64),
            '). Normal?']


@tpl(4)
def t_btc_split():
    return ['Split the ', amount(), ' reward between ', ('CRYPTO', crypto()), ' and ', ('CRYPTO', crypto()), '.']


# ---- L/BP. devices
@tpl(3)
def t_dev_json():
    return ['{"host": {"hw_addr": "', ('MAC_ADDRESS', mac()), '", "addr": "', IP(ch([ip4(), ip6()])),
            '", "contact": "', EM(email(dom=ch(CORPMAIL))), '"}, "fw": "', ver(), '"}']


@tpl(1)
def t_dev_yaml():
    return ['inventory:\n  - hostname: lab-%02d\n    mac: ' % R.randint(1, 40), ('MAC_ADDRESS', mac()), '\n    ipv4: ',
            IP(ip4()), '\n    admin: ', EM(email(dom=ch(CORPMAIL))), '\nWhy does ansible skip this host?']


@tpl(5)
def t_dhcp():
    return ['DHCP keeps handing ', IP(ip4()), ' to ', ('MAC_ADDRESS', mac()),
            '; I wanted a fixed reservation. Router firmware ', ver(), '.']


@tpl(3)
def t_arp():
    return ['`arp -a` lists ', ('MAC_ADDRESS', mac()), ' at ', IP(ip4(True)), ' — unknown device on the guest VLAN?']


# ---- M. webhooks / curl
@tpl(1)
def t_webhook():
    return ['Callbacks go to ', U(url()), ' and carry ', EM(email()), ' in X-Account. They stopped after commit ',
            hexs(40), '.']


@tpl(5)
def t_httpie():
    return ['```\nhttp POST ', U('https://' + host() + ch(['/api/v2/session', '/auth/token', '/signup'])), ' email=',
            EM(email()), ' client_ip=', IP(ch([ip4(), ip6()])), '\n```\ngives 401 every time. Trace id ', uuid(), '.']


# ---- N. IBAN + org + backup card
@tpl(5)
def t_sepa_fallback():
    return ['Direct debit to ', ('IBAN_CODE', iban()), ' was rejected (creditor: ', O(ch(FIRMS + VENDORS)),
            '). Charge ', ('CREDIT_CARD', card()), ' as the fallback.']


@tpl(4)
def t_sepa_bounce():
    return [O(ch(FIRMS + VENDORS)), ' says the transfer from ', ('IBAN_CODE', iban()),
            ' bounced, so please retry on card ', ('CREDIT_CARD', card()), '.']


# ---- O/P. Poland
@tpl(5)
def t_pl_zgloszenie():
    return ['Zgłoszenie: ', P(person(ch(['polish_m', 'polish_f']))), ', nr PESEL ', ('PL_PESEL', pesel()),
            ', telefon ', PH(phone('pl')), '. Proszę sprawdzić dane.']


@tpl(3)
def t_pl_dane():
    return ['Dane pracownika — ', P(person(ch(['polish_m', 'polish_f']))), '; PESEL: ', ('PL_PESEL', pesel()),
            '; kontakt: ', PH(phone('pl'))]


@tpl(3)
def t_pl_miasto():
    return ['Numer PESEL ', ('PL_PESEL', pesel()), ' ma ', P(person(ch(['polish_m', 'polish_f']))),
            ', miejscowość: ', L(ch(PL_CITIES)), '.']


@tpl(2)
def t_pl_urodzony():
    c = ch(['polish_m', 'polish_f'])
    return ['Weryfikacja: ', P(person(c)), ' (PESEL ', ('PL_PESEL', pesel()), '), miasto: ', L(ch(PL_CITIES)),
            ', ur. ', D(d_pl()), '.']


# ---- Q/BQ. US passports
@tpl(4)
def t_itinerary():
    return ['Itinerary for ', P(person(ch(US_MIX))), ': flying to ', L(ch(WORLD_CITIES + [c for c, _ in US_PLACES])),
            ' on ', D(d_en()), ', passport number ', ('US_PASSPORT', us_passport()), '.']


@tpl(3)
def t_reserve():
    return ['Reserve an aisle seat for ', P(person(ch(US_MIX))), ' to ', L(ch(WORLD_CITIES)), ' on ', D(d_en()),
            '; US passport ', ('US_PASSPORT', us_passport()), '.']


@tpl(5)
def t_pp_renew():
    return ['Passport renewal: ', P(person(ch(US_MIX), mid=0.2)), ', date of birth ', D(d_en('dob')),
            ', expiring passport ', ('US_PASSPORT', us_passport()), '.']


# ---- R/T/BI. Italy
@tpl(3)
def t_it_fornitore():
    n = person('italian')
    return ['Nuovo fornitore: ', O(ch(IT_FIRMS)), ' (P.IVA ', ('IT_VAT_CODE', piva()), '). Contatto: ', P(n), ' — ',
            EM(email(n, ch([LOCALMAIL['it']] + ['valdorcia-tessile.it', 'brenta-officine.it']))), '.']


@tpl(2)
def t_it_anagrafica():
    n = person('italian')
    return ['Anagrafica fornitore ', O(ch(IT_FIRMS)), ', partita IVA n. ', ('IT_VAT_CODE', piva()), '; referente ',
            P(n), ', mail ', EM(email(n, LOCALMAIL['it'])), '.']


@tpl(4)
def t_it_verifica():
    return ['Verifica per favore il codice fiscale ', ('IT_FISCAL_CODE', cf()), ' e la partita IVA ',
            ('IT_VAT_CODE', piva()), '.']


@tpl(5)
def t_it_validi():
    return ['CF ', ('IT_FISCAL_CODE', cf()), ' / P. IVA ', ('IT_VAT_CODE', piva()), ' — risultano validi?']


@tpl(3)
def t_it_scheda():
    n = person('italian')
    nato = 'nata' if given_of(n) in ('Settimia', 'Ortensia', 'Clelia') else 'nato'
    return ['Scheda dipendente: ', P(n), ', C.F. ', ('IT_FISCAL_CODE', cf()), ', %s a ' % nato,
            L(ch(IT_CITIES)), ' il ', D(d_it('dob')), '.']


@tpl(3)
def t_it_assunto():
    return [P(person('italian')), ' (codice fiscale ', ('IT_FISCAL_CODE', cf()), ') lavora nella sede di ',
            L(ch(IT_CITIES)), ' dal ', D(d_it()), '.']


# ---- S/AT. Korea
@tpl(6)
def t_kr_relocation():
    return ['Relocation to the ', L(ch(KR_CITIES)), ' plant: ', P(person('korean')), ', RRN ', ('KR_RRN', rrn()),
            ', phone ', PH(phone('kr')), '.']


@tpl(1)
def t_kr_hangul():
    return [P(person('korean')), ' (주민등록번호 ', ('KR_RRN', rrn()), ') — 연락처 ', PH(phone('kr')), '.']


@tpl(6)
def t_kr_dispute():
    return ['Dispute from ', P(person('korean')), ' (resident reg. no. ', ('KR_RRN', rrn()),
            '): two identical charges on ', ('CREDIT_CARD', card()), '.']


@tpl(1)
def t_kr_branch():
    return ['Transfer ', P(person('korean')), ' to the ', L(ch(KR_CITIES)), ' branch; RRN on file ',
            ('KR_RRN', rrn()), '.']


# ---- U/V. Singapore
@tpl(4)
def t_sg_hr():
    return ['HR system: add ', P(person('sg')), ' (NRIC ', ('SG_NRIC_FIN', nric()), ') effective ', D(d_en()), '.']


@tpl(2)
def t_sg_contract():
    n = person('sg')
    return [P(n), '\'s NRIC is ', ('SG_NRIC_FIN', nric()), ' and the contract starts ', D(d_en()), '.']


@tpl(4)
def t_sg_acra():
    return ['Registry update — appoint ', P(person('sg')), ', FIN ', ('SG_NRIC_FIN', nric()),
            ', as director; office in ', L(ch(SG_AREAS)), '.']


@tpl(2)
def t_sg_moved():
    return ['Registered address moved to ', L(ch(SG_AREAS)), '. Director ', P(person('sg')), ' (NRIC ',
            ('SG_NRIC_FIN', nric()), ') has signed.']


# ---- W/X. South Africa
@tpl(4)
def t_za_tenant():
    return ['Tenant screening: ', P(person(ch(ZA_MIX))), ', SA ID ', ('ZA_ID_NUMBER', zaid()), ', moving from ',
            L(ch(ZA_TOWNS)), '.']


@tpl(3)
def t_za_vacancy():
    return [P(person(ch(ZA_MIX))), ' applied for the ', L(ch(ZA_TOWNS)), ' vacancy with ID number ',
            ('ZA_ID_NUMBER', zaid()), '.']


@tpl(4)
def t_za_cell():
    return ['ID ', ('ZA_ID_NUMBER', zaid()), ' belongs to ', P(person(ch(ZA_MIX))), '; cell ', PH(phone('za')), '.']


@tpl(2)
def t_za_fica():
    return ['FICA docs for ', P(person(ch(ZA_MIX))), ': green ID book ', ('ZA_ID_NUMBER', zaid()),
            ', contact number ', PH(phone('za')), '.']


# ---- Y/Z/AA. Spain
@tpl(3)
def t_es_traduce():
    return ['Tradúceme al inglés: ', P(person('spanish')), ', con NIE ', ('ES_NIE', nie()),
            ', se incorporó a la oficina de ', L(ch(ES_CITIES)), ' el ', D(d_es()), '.']


@tpl(3)
def t_es_nominas():
    return ['Para nóminas: ', P(person('spanish')), ' (NIE ', ('ES_NIE', nie()), ') empieza en ', L(ch(ES_CITIES)),
            ' el ', D(d_es()), '.']


@tpl(4)
def t_es_titular():
    return ['El titular ', P(person('spanish')), ' aporta NIE ', ('ES_NIE', nie()), ' y NIF ', ('ES_NIF', nif()),
            '; móvil ', PH(phone('es')), '.']


@tpl(4)
def t_es_pipes():
    return ['NIF ', ('ES_NIF', nif()), ' | NIE ', ('ES_NIE', nie()), ' | ', P(person('spanish')), ' | tel. ',
            PH(phone('es'))]


@tpl(5)
def t_es_alquiler():
    return ['Contrato de alquiler: arrendatario ', P(person('spanish')), ', NIF ', ('ES_NIF', nif()),
            ', vivienda en ', L('%s %d' % (ch(ES_STREETS), R.randint(1, 160))), ', ', L(ch(ES_CITIES)), '.']


@tpl(2)
def t_es_padron():
    return ['Empadronamiento de ', P(person('spanish')), ' (NIF ', ('ES_NIF', nif()), ') en ',
            L('%s %d' % (ch(ES_STREETS), R.randint(1, 160))), ', ', L(ch(ES_CITIES)), '.']


# ---- AB. pharmacy
@tpl(4)
def t_rx_refill():
    return ['Refill request — prescriber NPI ', ('US_NPI', npi()), '; patient contact ', EM(email()),
            '; next fill ', D(d_en()), '.']


@tpl(2)
def t_rx_note():
    return ['Pharmacist note: NPI ', ('US_NPI', npi()), ' on the script, refill on ', D(d_en()), ', notify ',
            EM(email()), ' when ready.']


# ---- AC/AK/BR. NRP
@tpl(5)
def t_nrp_translate():
    g = nrp_any()
    return ['Translate into French: ', P(person()), ', ', an(g), NRP(g), ' engineer from ', L(ch(WORLD_CITIES)),
            ', now works at ', O(ch(FIRMS)), '.']


@tpl(2)
def t_nrp_german():
    return ['Put this into German: ', P(person()), ' is ', NRP(ch(NRPS)), ', lives in ', L(ch(WORLD_CITIES)),
            ' and is employed by ', O(ch(FIRMS + VENDORS)), '.']


@tpl(1)
def t_nrp_promo():
    return ['Draft a promotion note: ', P(person()), ', ', NRP(ch(NRPS)), ', working remotely from ',
            L(ch(WORLD_CITIES)), ', top performer at ', O(ch(FIRMS)), ' this year.']


@tpl(1)
def t_nrp_feedback():
    return ['Summarise the feedback for ', P(person()), ' (', NRP(ch(NRPS + FAITHS)), '; ', L(ch(WORLD_CITIES)),
            ' hub), who led the ', O(ch(VENDORS)), ' migration.']


@tpl(3)
def t_nrp_handover():
    return ['Handover: ', P(person(mid=0.2)), ', %d, ' % R.randint(19, 91), NRP(ch(NRPS)), ', admitted to ',
            O(ch(HOSPITALS)), ' on ', D(d_en()), ' with a fractured wrist. Next of kin: ', PH(phone_any()), '.']


@tpl(1)
def t_nrp_ward():
    return ['Ward round: ', P(person()), ' (', NRP(ch(FAITHS + NRPS)), ') came into ', O(ch(HOSPITALS)), ' ',
            D(d_en()), '; son reachable on ', PH(phone_any()), '.']


@tpl(4)
def t_nrp_residence():
    g = ch(FAITHS)
    return ['Residence check for ', P(person()), ': ', L(us_addr()), ', ', L(ch([c for c, _ in US_PLACES])), ', ',
            L(ch(COUNTRIES)), '. Asked for ', an(g), NRP(g), ' chaplain.']


@tpl(1)
def t_nrp_hostel():
    return ['Hostel registration — ', P(person()), ', ', NRP(ch(NRPS)), ', home address ', L(uk_addr()), ', ',
            L(ch(UK_TOWNS)), ', ', L(ch(COUNTRIES)), '.']


# ---- AD/AE. UK NINO
@tpl(5)
def t_nino_starter():
    return ['Starter form: ', P(person(ch(UK_MIX), mid=0.15)), ', NI no. ', ('UK_NINO', nino()), ', start date ',
            D(d_en()), '.']


@tpl(2)
def t_nino_needs():
    return ['Payroll needs the NINO for ', P(person(ch(UK_MIX))), ': ', ('UK_NINO', nino()), '. They begin on ',
            D(d_en()), '.']


@tpl(4)
def t_nino_taxcode():
    return [P(person(ch(UK_MIX), mid=0.2)), ' (NINO ', ('UK_NINO', nino()), ') says the tax code on payslip ',
            order_no(), ' is wrong.']


# ---- AF/AG. Canada SIN
@tpl(4)
def t_sin_noemail():
    n = person(ch(CA_MIX))
    return ['Do not put ', P(n), '\'s social insurance number (', ('CA_SIN', sin()), ') in e-mail; send them to ',
            U(url()), ' instead.']


@tpl(4)
def t_sin_chat():
    return [P(person(ch(CA_MIX))), ' pasted SIN ', ('CA_SIN', sin()), ' into the chat. Tell them to use ', U(url()),
            '.']


@tpl(4)
def t_sin_welcome():
    return ['Welcome aboard, ', P(person(ch(CA_MIX))), '! HR has your SIN as ', ('CA_SIN', sin()),
            ' and you\'ll sit in the ', L(ch(CA_TOWNS)), ' branch.']


# ---- AH/AI/AJ. DEA
@tpl(4)
def t_dea_validate():
    c, s = ch(US_PLACES)
    return ['Validate DEA registration ', ('MEDICAL_LICENSE', dea()), ' — the prescriber says they practise in ',
            L(s), '.']


@tpl(3)
def t_dea_profile():
    n = person(ch(US_MIX))
    s = surname_of(n)
    return ['Add DEA number ', ('MEDICAL_LICENSE', dea(s)), ' to Dr. ', P(s), '\'s e-prescribing profile.']


@tpl(5)
def t_dea_full():
    n = person(ch(US_MIX))
    return ['Dr. ', P(n), ' asked us to store DEA ', ('MEDICAL_LICENSE', dea(surname_of(n))), ' on file.']


@tpl(3)
def t_dea_script():
    n = person(ch(US_MIX))
    return ['Prescription written by Dr. ', P(n), ' (DEA ', ('MEDICAL_LICENSE', dea(surname_of(n))), ') for ',
            P(person()), '; call ', PH(phone('us')), ' when it\'s ready.']


# ---- AL/AM. Sweden
@tpl(5)
def t_se_epost():
    n = person('swedish')
    return ['Ändra e-post för ', P(n), ' (personnummer ', ('SE_PERSONNUMMER', pnr()), ') till ',
            EM(email(n, ch([LOCALMAIL['se']] + FREEMAIL))), '.']


@tpl(3)
def t_se_compact():
    n = person('swedish')
    return ['Personnr ', ('SE_PERSONNUMMER', pnr()), ': ', P(n), ', ', EM(email(n, LOCALMAIL['se']))]


@tpl(3)
def t_se_applicant():
    return ['Applicant ', P(person('swedish')), ', Swedish ID ', ('SE_PERSONNUMMER', pnr()), ', based in ',
            L(ch(SE_TOWNS)), '.']


@tpl(3)
def t_se_flytt():
    return [P(person('swedish')), ' (', ('SE_PERSONNUMMER', pnr()), ') har flyttat till ', L(ch(SE_TOWNS)), '.']


# ---- AN. firewall
@tpl(1)
def t_fw_rule():
    return ['Firewall question: block ', IP(ip6()), ' but allow ', IP(ip4()), '? Current rules attached (iptables ',
            ver(), ').']


@tpl(1)
def t_fw_geo():
    return ['Why does the WAF let ', IP(ip4(False)), ' through while ', IP(ip6()), ' gets a 403?']


# ---- AO/AP. Finland
@tpl(4)
def t_fi_verokortti():
    return ['Verokortin tiedot: ', P(person('finnish')), ', hetu ', ('FI_PERSONAL_IDENTITY_CODE', hetu()),
            ', kotikunta ', L(ch(FI_TOWNS)), '.']


@tpl(3)
def t_fi_muutti():
    return [P(person('finnish')), ' (', ('FI_PERSONAL_IDENTITY_CODE', hetu()), ') muutti paikkakunnalle ',
            L(ch(FI_TOWNS)), '.']


@tpl(3)
def t_fi_uusi():
    return ['Uusi työntekijä ', P(person('finnish')), ', henkilötunnus ', ('FI_PERSONAL_IDENTITY_CODE', hetu()),
            ', työsuhde alkaa ', D(d_fi()), '.']


@tpl(2)
def t_fi_palkka():
    return ['Palkanlaskenta: ', P(person('finnish')), ' / ', ('FI_PERSONAL_IDENTITY_CODE', hetu()),
            ' / aloituspäivä ', D(d_fi())]


# ---- AQ. config files
@tpl(2)
def t_cfg_yaml():
    return ['Config won\'t load:\n```yaml\nmail:\n  from: ', EM(email(dom=ch(CORPMAIL))), '\n  relay: ', IP(ip4()),
            '\nhomepage: ', U(url(path=pct(0.5))), '\n```']


@tpl(1)
def t_cfg_env():
    return ['.env for staging:\nSMTP_USER=', EM(email(dom=ch(CORPMAIL))), '\nSMTP_HOST=', IP(ip4(True)),
            '\nAPP_URL=', U(url()), '\nwhat\'s wrong with it?']


@tpl(1)
def t_cfg_toml():
    return ['[notify]\nowner = "', EM(email()), '"\nbind = "', IP(ch([ip4(True), ip6()])), '"\n\nThe parser says',
            ' line 3 is invalid.']


# ---- AR/BK. MBI and claims
@tpl(3)
def t_mbi_inactive():
    return ['Medicare MBI ', ('US_MBI', mbi()), ' comes back inactive for ', P(person(ch(US_MIX), mid=0.15)),
            '. Member services: ', PH(phone('us')), '.']


@tpl(4)
def t_mbi_elig():
    n = person(ch(US_MIX))
    return [P(n), '\'s MBI (', ('US_MBI', mbi()), ') failed eligibility; they asked us to ring ', PH(phone('us')),
            '.']


@tpl(3)
def t_claim_1500():
    return ['CMS-1500: patient ', P(person(ch(US_MIX))), ', MBI ', ('US_MBI', mbi()), ', billing NPI ',
            ('US_NPI', npi()), ', DOS ', D(d_en()), '.']


@tpl(2)
def t_claim_denied():
    return ['Claim denied for ', P(person(ch(US_MIX))), ' — MBI ', ('US_MBI', mbi()), ', provider ',
            ('US_NPI', npi()), ', service date ', D(d_en()), '.']


# ---- AS/BM. ITIN
@tpl(4)
def t_itin_moved():
    c, s = ch(US_PLACES)
    return [P(person(ch(US_MIX))), ' (ITIN ', ('US_ITIN', itin()), ') moved; new mailing address is ', L(us_addr()),
            ', ', L(c), '.']


@tpl(2)
def t_itin_w7():
    c, s = ch(US_PLACES)
    n = person(ch(US_MIX))
    return ['Mail the W-7 packet for ', P(n), '\'s dependent to ', L(us_addr()), ', ', L(c),
            '; the primary filer\'s ITIN is ', ('US_ITIN', itin()), '.']


@tpl(5)
def t_itin_joint():
    return ['Joint return: ', P(person(ch(US_MIX))), ' files with ITIN ', ('US_ITIN', itin()),
            ', the spouse with SSN ', ('US_SSN', ssn()), '.']


@tpl(3)
def t_itin_table():
    return ['| filer | id |\n|---|---|\n| ', P(person(ch(US_MIX))), ' | ITIN ', ('US_ITIN', itin()),
            ' |\n| spouse | SSN ', ('US_SSN', ssn()), ' |\nIs married-filing-jointly allowed here?']


# ---- AU. Medicare / tax / contractors
@tpl(3)
def t_au_booking():
    return ['Booking at ', O(ch(AU_HOSPITALS)), ' for ', P(person(ch(AU_MIX))), ' on ', D(d_en()), ', Medicare ',
            ('AU_MEDICARE', medicare()), '.']


@tpl(3)
def t_au_presented():
    return [P(person(ch(AU_MIX))), ' presented Medicare card ', ('AU_MEDICARE', medicare()), ' at ',
            O(ch(AU_HOSPITALS)), '; follow-up ', D(d_en()), '.']


@tpl(5)
def t_au_bas():
    return ['BAS lodgement: ', O(ch(AU_FIRMS)), ' (ABN ', ('AU_ABN', abn()), '); director ', P(person(ch(AU_MIX))),
            ', TFN ', ('AU_TFN', tfn()), '.']


@tpl(2)
def t_au_tfn_abn():
    n = person(ch(AU_MIX))
    return [P(n), '\'s TFN is ', ('AU_TFN', tfn()), ' and the business, ', O(ch(AU_FIRMS)), ', has ABN ',
            ('AU_ABN', abn()), '.']


@tpl(5)
def t_au_starter():
    return ['New starter pack — ', P(person(ch(AU_MIX))), ', tax file number ', ('AU_TFN', tfn()),
            ', residential address ', L(au_addr()), ', ', L(ch(AU_TOWNS)), '.']


@tpl(3)
def t_au_super():
    return ['Super fund rollover for ', P(person(ch(AU_MIX))), ': TFN ', ('AU_TFN', tfn()), ', lives in ',
            L(ch(AU_TOWNS)), '.']


@tpl(4)
def t_au_acn_medicare():
    return [O(ch(AU_HOSPITALS)), ' (ACN ', ('AU_ACN', acn()), ') billed Medicare number ', ('AU_MEDICARE', medicare()),
            '. Is that allowed?']


@tpl(4)
def t_au_clinic_check():
    return ['Check Medicare ', ('AU_MEDICARE', medicare()), ' against ACN ', ('AU_ACN', acn()), ' (',
            O(ch(AU_HOSPITALS)), ').']


@tpl(4)
def t_au_subbie():
    return ['Subcontractor ', P(person(ch(AU_MIX), mid=0.2)), ' trades as ', O(ch(AU_FIRMS)), ' — ABN ',
            ('AU_ABN', abn()), ', ACN ', ('AU_ACN', acn()), '.']


@tpl(3)
def t_au_invoice():
    return [O(ch(AU_FIRMS)), ' invoice: ACN ', ('AU_ACN', acn()), '; ABN ', ('AU_ABN', abn()), '; contact ',
            P(person(ch(AU_MIX))), '.']


# ---- AZ. reply drafts
@tpl(2)
def t_reply_dispute():
    return ['Help me answer ', P(person()), ' from ', L(ch(WORLD_CITIES + UK_TOWNS + [c for c, _ in US_PLACES])),
            ' — they are disputing a charge on ', ('CREDIT_CARD', card()), '.']


@tpl(1)
def t_reply_kind():
    return ['write a kind response to ', P(person()), ' (', L(ch(WORLD_CITIES + COUNTRIES)), '), card on file ',
            ('CREDIT_CARD', card()), '.']


# ---- BA. customer records
@tpl(3)
def t_cust_json():
    n = person()
    return ['{"buyer": {"fullName": "', P(n), '", "mail": "', EM(email(n)), '", "tel": "', PH(phone_any()),
            '", "cc_number": "', ('CREDIT_CARD', card()), '"}, "dispute_id": "DSP-', digits(6), '"}']


@tpl(1)
def t_cust_csv():
    n = person()
    return ['name,email,phone,card\n', P(n), ',', EM(email(n)), ',', PH(phone_any()), ',', ('CREDIT_CARD', card()),
            '\nimport this row into the CRM']


# ---- BB/BC. driver licences
@tpl(5)
def t_dl_kyc():
    c, s = ch(US_PLACES)
    n = person(ch(US_MIX))
    return ['KYC: driver licence ', ('US_DRIVER_LICENSE', us_dl(surname_of(n))), ' — ', P(n), ' — ', L(us_addr()),
            ', ', L(c), ', ', L(s), '.']


@tpl(3)
def t_dl_lives():
    c, s = ch(US_PLACES)
    n = person(ch(US_MIX))
    return [P(n), ' lives at ', L(us_addr()), ', ', L(c), ', ', L(s), '; DL number ',
            ('US_DRIVER_LICENSE', us_dl(surname_of(n))), '.']


@tpl(6)
def t_dl_counter():
    c, s = ch(US_PLACES)
    return ['Rental counter: licence ', ('US_DRIVER_LICENSE', us_dl()), ', state of issue ', L(s),
            '. Can you pre-fill the form?']


# ---- BD/BE. IBAN transfers and lists
@tpl(3)
def t_wire_returned():
    return ['SEPA payment to ', P(person()), ' came back — IBAN ', ('IBAN_CODE', iban()), '. Any idea why?']


@tpl(4)
def t_wire_slashes():
    return ['Beneficiary ', P(person()), ' / IBAN ', ('IBAN_CODE', iban()), ' / ref ', order_no(),
            ': the bank rejected it.']


@tpl(4)
def t_iban_yaml():
    return ['accounts:\n  - iban: ', ('IBAN_CODE', iban()), '\n    owner: ', P(person()), '\n    bank: ', O(ch(BANKS)),
            '\n  - iban: ', ('IBAN_CODE', iban()), '\n    owner: ', P(person()), '\nmerge duplicates please']


@tpl(2)
def t_iban_csv():
    return ['iban;holder;bank\n', ('IBAN_CODE', iban()), ';', P(person()), ';', O(ch(BANKS)), '\n',
            ('IBAN_CODE', iban()), ';', P(person()), ';', '\nWhy is the second bank blank?']


# ---- BG/BH. Turkey
@tpl(4)
def t_tr_randevu():
    return [P(person('turkish')), ' (TC kimlik no: ', ('TR_NATIONAL_ID', tc()), ') için ', D(d_tr()),
            ' tarihinde randevu oluşturun.']


@tpl(3)
def t_tr_hasta():
    return ['Hasta: ', P(person('turkish')), ', T.C. ', ('TR_NATIONAL_ID', tc()), ', kontrol tarihi ', D(d_tr()), '.']


@tpl(3)
def t_tr_invite():
    return ['Invitation letter for ', P(person('turkish')), ' — Turkish ID ', ('TR_NATIONAL_ID', tc()),
            ', departing from ', L(ch(TR_CITIES)), '.']


@tpl(3)
def t_tr_ikamet():
    return [P(person('turkish')), ' adlı çalışanın kimlik numarası ', ('TR_NATIONAL_ID', tc()), ', ikamet: ',
            L(ch(TR_CITIES)), '.']


# ---- BL. HR notes with SSN + bank
@tpl(3)
def t_hr_join():
    c, s = ch(US_PLACES)
    return ['Onboarding: ', P(person(ch(US_MIX))), ' joins the ', L(c), ' team on ', D(d_en()), '; SSN ',
            ('US_SSN', ssn()), '; payroll account ', ('US_BANK_NUMBER', bank_acct()), '.']


@tpl(4)
def t_hr_dashes():
    c, s = ch(US_PLACES)
    return [P(person(ch(US_MIX))), ' — SSN ', ('US_SSN', ssn()), ' — first day ', D(d_en()), ' (', L(c),
            ') — deposit to acct ', ('US_BANK_NUMBER', bank_acct())]


# ---- BN. user records
@tpl(3)
def t_user_json():
    return ['{"id": %d, "person": {"name": "' % R.randint(1000, 99999), P(person(ch(US_MIX))), '", "birthdate": "',
            D(date_obj(1941, 2004).isoformat()), '", "ssn": "', ('US_SSN', ssn()), '"}, "location": {"city": "',
            L(ch([c for c, _ in US_PLACES])), '"}}']


@tpl(2)
def t_user_xml():
    return ['<user><name>', P(person(ch(US_MIX))), '</name><dob>', D(date_obj(1941, 2004).isoformat()),
            '</dob><ssn>', ('US_SSN', ssn()), '</ssn><city>', L(ch([c for c, _ in US_PLACES])),
            '</city></user>\nconvert to JSON']


# ---- BO. bank debits
@tpl(5)
def t_ach_fail():
    n = person()
    return [P(n), ' <', EM(email(n)), '> says the ACH pull from account ', ('US_BANK_NUMBER', bank_acct()),
            ' failed.']


@tpl(3)
def t_ach_r01():
    n = person()
    return ['Returned debit (R01) on account ', ('US_BANK_NUMBER', bank_acct()), ' — customer ', P(n), ', email ',
            EM(email(n)), '.']


# ---- BS. CRM
@tpl(3)
def t_crm_lead():
    n = person(mid=0.1)
    return ['New lead — ', P(n), ', ', EM(email(n)), ', ', PH(phone_any()), ', ', U(profile_url(n)), '.']


@tpl(1)
def t_crm_update():
    n = person()
    return ['Update contact ', P(n), ': mail ', EM(email(n)), ' / mobile ', PH(phone_any()), ' / site ',
            U(profile_url(n))]


@tpl(1)
def t_crm_vcard():
    n = person()
    return ['BEGIN:VCARD\nFN:', P(n), '\nORG:', O(ch(FIRMS)), '\nTEL:', PH(phone_any()), '\nEMAIL:',
            EM(email(n, ch(CORPMAIL))), '\nEND:VCARD\nadd to the address book']


# ---- BT/BU/BV/CA. logs, code, samples
@tpl(1)
def t_auth_log():
    return ['auth log:\n%s sshd[%d]: Failed password for ' % (ch(['Mar', 'Jun', 'Oct']) + ' %02d %02d:%02d:%02d' % (
        R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(300, 9000)),
            EM(email()), ' from ', IP(ch([ip4(False), ip6()])), ' port %d ssh2\nwho is this?' % R.randint(30000, 65000)]


@tpl(1)
def t_app_log():
    return ['%sT%02d:%02d:%02d.%03dZ level=warn msg="login throttled" user=' % (
        date_obj(2023, 2026).isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
            EM(email()), ' remote=', IP(ip4()), '\nIs this brute force?']


@tpl(1)
def t_code_js():
    return ['```js\nconst NOTIFY = \'', EM(email(dom=ch(CORPMAIL))), '\';\nconst REDIS = \'', IP(ip4(True)),
            '\';\n```\nwhy won\'t it connect? It\'s in ', ch(FILES), '.']


@tpl(1)
def t_code_go():
    return ['```go\nvar admin = "', EM(email(dom=ch(CORPMAIL))), '"\nconn, err := net.Dial("tcp", "', IP(ip4()),
            ':5432")\n```\nerr is "connection refused".']


@tpl(1)
def t_remember():
    return ['save these for me: ', EM(email()), ', ', PH(phone_any()), ', home IP ', IP(ch([ip4(False), ip6()]))]


@tpl(1)
def t_testcases():
    return ['Add test cases for the validator: ', EM(email()), ', ', PH(phone_any()), ', ', IP(ip6()), '.']


# ---- BW/BX/BY. short messages
@tpl(1)
def t_call_me():
    return [P(given_of(person())), ' here — call me on ', PH(phone_any()), ' when you\'re free.']


@tpl(1)
def t_message_from():
    n = person()
    return ['Message from ', P(n), ' (', EM(email(n)), '): ring ', PH(phone_any()), ' at ', D(clock()), '.']


@tpl(1)
def t_signed_off():
    n = person()
    return ['Who committed this? `Signed-off-by: ', P(n), ' <', EM(email(n, ch(CORPMAIL))), '>`']


@tpl(1)
def t_blame():
    n = person()
    return ['git blame says ', P(n), ' (', EM(email(n, ch(CORPMAIL))), ') touched ', ch(FILES),
            ' last. Should I ping them?']


# ---- BZ. vendor allow-lists
@tpl(1)
def t_allowlist():
    return [O(ch(VENDORS + FIRMS)), ' needs ', IP(ip4(False)), ' and ', IP(ip4(False)),
            ' allowed through the firewall by ', D(d_en()), '.']


# ---- CB. rewrite formally
@tpl(1)
def t_formal():
    return ['Make this sound professional: hey ', P(given_of(person())), ', the ', O(ch(FIRMS)), ' folks in ',
            L(ch(WORLD_CITIES + UK_TOWNS)), ' need the report by ', D(d_en())]


@tpl(1)
def t_formal2():
    return ['Polish this: "', P(given_of(person())), ' — ', O(ch(FIRMS + VENDORS)),
            ' moved the kickoff to ', D(d_en()), ', venue still ', L(ch(WORLD_CITIES)), '"']


# ---- CC. subscriptions
@tpl(2)
def t_cancel():
    return ['Stop the recurring charge on ', ('CREDIT_CARD', card()), ' and refund ', amount(), '. Order ',
            order_no(), '.']


@tpl(1)
def t_cancel2():
    return ['unsubscribe me and remove card ', ('CREDIT_CARD', card()), ' from my account, reference ', order_no(),
            '.']


# ---- extra shapes in the same settings
@tpl(1)
def t_escalate_note():
    n = person(ch(US_MIX))
    return ['Escalating to tier 2: ', P(n), ' disputes ', amount(), ' on ', ('CREDIT_CARD', card()), ', call back ',
            PH(phone('us')), ' after ', D(clock()), '.']


@tpl(1)
def t_meeting():
    return ['Set up a call with ', P(person()), ' from ', O(ch(FIRMS + VENDORS)), ' on ', D(d_en()), ' — they\'re in ',
            L(ch(WORLD_CITIES + UK_TOWNS)), '.']


@tpl(1)
def t_signature():
    n = person()
    return ['Clean up this signature:\n', P(n), '\nHead of Ops, ', O(ch(FIRMS)), '\n', PH(phone_any()), ' | ',
            EM(email(n, ch(CORPMAIL)))]


@tpl(1)
def t_travel_visa():
    return ['Does ', P(person()), ' need a visa to attend the ', O(ch(FIRMS)), ' offsite in ', L(ch(WORLD_CITIES)),
            ' on ', D(d_en()), '?']


@tpl(1)
def t_tenancy_uk():
    return ['Tenancy reference for ', P(person(ch(UK_MIX))), ', currently at ', L(uk_addr()), ', ',
            L(ch(UK_TOWNS)), '; employer ', O(ch(FIRMS)), '.']


@tpl(1)
def t_contact_intro():
    return ['Introduce ', P(person()), ' to ', P(person()), ' — both work with ', O(ch(FIRMS)), ' in ',
            L(ch(WORLD_CITIES)), '.']


@tpl(1)
def t_bank_letter():
    return ['Draft a letter to ', O(ch(BANKS)), ' asking why ', P(person()), '\'s account ',
            ('IBAN_CODE', iban()), ' was frozen.']


@tpl(2)
def t_ssn_form():
    return ['W-4 check: name ', P(person(ch(US_MIX), mid=0.3)), ', SSN ', ('US_SSN', ssn()), ', home ',
            L(ch([c for c, _ in US_PLACES])), '.']


@tpl(3)
def t_npi_lookup():
    return ['Look up NPI ', ('US_NPI', npi()), ' — is it ', P(person(ch(US_MIX))), ' in ',
            L(ch([s for _, s in US_PLACES])), '?']


@tpl(2)
def t_passport_lost():
    return ['Lost passport report: ', P(person(ch(US_MIX))), ', passport ', ('US_PASSPORT', us_passport()),
            ', last seen in ', L(ch(WORLD_CITIES)), ' on ', D(d_en()), '.']


@tpl(1)
def t_nhs_pharmacy():
    return ['Repeat prescription for ', P(person(ch(UK_MIX))), ', NHS ', ('UK_NHS', nhs()), ', collect from ',
            O(ch(HOSPITALS)), ' on ', D(d_en()), '.']


@tpl(1)
def t_kr_visa():
    n = person('korean')
    return ['Visa form: ', P(n), ', 주민등록번호 ', ('KR_RRN', rrn()), ', born in ', L(ch(KR_CITIES)), '.']


@tpl(3)
def t_sg_leave():
    return ['Leave request from ', P(person('sg')), ' (', ('SG_NRIC_FIN', nric()), ') for ', D(d_en()),
            '; mobile ', PH(phone('sg')), '.']


@tpl(2)
def t_mbi_address():
    c, s = ch(US_PLACES)
    return ['Update Medicare address for MBI ', ('US_MBI', mbi()), ': ', L(us_addr()), ', ', L(c), ', ', L(s), '.']


@tpl(1)
def t_za_bank():
    return [P(person(ch(ZA_MIX))), ' (ID ', ('ZA_ID_NUMBER', zaid()), ') wants refunds paid to ', O(ch(BANKS)),
            '.']


@tpl(2)
def t_pl_umowa():
    c = ch(['polish_m', 'polish_f'])
    return ['Umowa najmu: najemca ', P(person(c)), ', PESEL ', ('PL_PESEL', pesel()), ', początek ', D(d_pl('event')),
            '.']


@tpl(3)
def t_fi_email():
    n = person('finnish')
    return ['Päivitä ', P(n), ' (', ('FI_PERSONAL_IDENTITY_CODE', hetu()), ') sähköposti: ',
            EM(email(n, LOCALMAIL['fi'])), '.']


@tpl(1)
def t_tr_eposta():
    n = person('turkish')
    return ['Müşteri ', P(n), ', kimlik no ', ('TR_NATIONAL_ID', tc()), ', e-posta ', EM(email(n, LOCALMAIL['tr'])),
            '.']


@tpl(1)
def t_it_pec():
    n = person('italian')
    return ['La PEC di ', O(ch(IT_FIRMS)), ' è cambiata: scrivere a ', EM(email(n, ch(['valdorcia-tessile.it',
            'brenta-officine.it']))), ', att.ne ', P(n), '.']


@tpl(1)
def t_es_correo():
    n = person('spanish')
    return ['Reenvía la factura a ', P(n), ' (', EM(email(n, LOCALMAIL['es'])), ', ', PH(phone('es')), ').']


@tpl(1)
def t_au_abn_lookup():
    return ['ABN lookup: ', ('AU_ABN', abn()), ' — is that ', O(ch(AU_FIRMS)), '?']


@tpl(3)
def t_ca_sin_t4():
    return ['T4 slip for ', P(person(ch(CA_MIX))), ' shows SIN ', ('CA_SIN', sin()), ' — employer in ',
            L(ch(CA_TOWNS)), '.']


@tpl(3)
def t_nino_letter():
    return ['Tax office letter for ', P(person(ch(UK_MIX))), ', National Insurance ', ('UK_NINO', nino()),
            ', dated ', D(d_en()), '.']


@tpl(1)
def t_se_bank():
    return [P(person('swedish')), ', personnummer ', ('SE_PERSONNUMMER', pnr()), ', har konto hos ',
            O(ch(['Fjällnäs Sparbank', 'Emberlea Bank'])), '.']


@tpl(1)
def t_iban_salary():
    return ['Salary for ', P(person()), ' should go to ', ('IBAN_CODE', iban()), ' at ', O(ch(BANKS)),
            ' from next month.']


@tpl(3)
def t_crypto_exchange():
    return ['The exchange froze withdrawals to ', ('CRYPTO', crypto()), '. Who do I contact?']


@tpl(3)
def t_mac_block():
    return ['Block ', ('MAC_ADDRESS', mac()), ' on the office Wi-Fi; it keeps grabbing ', IP(ip4(True)), '.']


@tpl(1)
def t_url_safe():
    return ['Is ', U(url()), ' safe? ', P(person()), ' from ', O(ch(FIRMS)), ' sent it.']


@tpl(1)
def t_email_bounce():
    n = person()
    return ['Mail to ', EM(email(n)), ' bounced twice. Does ', P(n), ' have another address?']


@tpl(1)
def t_phone_port():
    return ['Port number ', PH(phone_any()), ' from the old carrier to our plan for ', P(person()), '.']


# ---------------------------------------------------------------- PII-free look-alikes
@tpl(3, neg=True)
def n_invoice():
    return ['Reminder: bill %s (%s) is 30 days late, purchase order %s.' % (
        ch(['INV-', 'BILL/', 'FAC-']) + digits(ch([5, 6])), amount(), order_no())]


@tpl(3, neg=True)
def n_statement():
    return ['Statement %s shows %s outstanding against PO %s.' % ('ST' + digits(7), amount(), digits(10))]


@tpl(3, neg=True)
def n_upgrade():
    return ['After bumping %s from %s to %s the segfault in %s went away.' % (
        ch(['libxml2', 'openssl', 'grpc', 'numpy', 'serde', 'react']), ver(), ver(), ch(FILES))]


@tpl(3, neg=True)
def n_pin():
    return ['Pinning %s instead of %s fixed the flaky test in %s.' % (ver(), ver(), ch(FILES))]


@tpl(3, neg=True)
def n_bad_iban():
    return ['This IBAN fails validation: %s — typo somewhere?' % bad_iban()]


@tpl(3, neg=True)
def n_bad_iban2():
    return ['Our ERP rejects %s as malformed. What\'s the rule?' % bad_iban()]


@tpl(3, neg=True)
def n_sku_phone():
    return ['Replace item %s with %s in the bill of materials.' % (sku_phone(), 'MDL-%s' % digits(5))]


@tpl(3, neg=True)
def n_spare():
    return ['Spare part %s is back-ordered; substitute %s.' % (sku_phone(), 'PN %s-%s' % (digits(3), digits(4)))]


@tpl(3, neg=True)
def n_voucher():
    return ['Voucher %s says invalid — can you reissue it?' % bad_b58()]


@tpl(3, neg=True)
def n_giftcode():
    return ['The gift code %s won\'t redeem at checkout.' % bad_b58()]


@tpl(3, neg=True)
def n_sql():
    return ['What does `UPDATE invoices SET paid = 1 WHERE invoice_id = %d;` do?' % R.randint(1000, 99999)]


@tpl(3, neg=True)
def n_sql2():
    return ['Optimise: SELECT count(*) FROM events WHERE kind = \'click\' AND ts > %d' % R.randint(10 ** 9, 2 * 10 ** 9)]


@tpl(3, neg=True)
def n_ts_error():
    return ['Build failed: error TS%d at line %d of %s.' % (R.randint(2000, 2999), R.randint(1, 900), ch(FILES))]


@tpl(3, neg=True)
def n_exception():
    return ['Exception E%d raised at %s:%d.' % (R.randint(1000, 9999), ch(FILES), R.randint(1, 700))]


@tpl(3, neg=True)
def n_tarball():
    return ['Release tarball sha256 %s; tagged at commit %s.' % (hexs(64), hexs(40))]


@tpl(3, neg=True)
def n_bisect():
    return ['Compare %s with %s — which one introduced the regression?' % (hexs(40), hexs(12))]


@tpl(3, neg=True)
def n_parcel():
    return ['Parcel %s is in transit (tracking %s); paid %s.' % (order_no(), tracking(), amount())]


@tpl(3, neg=True)
def n_pod():
    return ['Pod %s is crash-looping: OOMKilled %d times, exit 137.' % (uuid(), R.randint(3, 900))]


@tpl(3, neg=True)
def n_logs():
    d = date_obj(2023, 2026)
    return ['%s %02d:%02d:%02d,%03d WARN queue depth %d\n%sT%02d:%02d:%02dZ INFO flushed %d records' % (
        d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(10, 9999),
        d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 999))]


@tpl(3, neg=True)
def n_access_log():
    return ['[%02d/%s/%d:%02d:%02d:%02d +0000] "GET /healthz" 200 %dms\nupstream timed out after %ds' % (
        R.randint(1, 28), ch(['Jan', 'Apr', 'Sep', 'Nov']), R.randint(2023, 2026), R.randint(0, 23),
        R.randint(0, 59), R.randint(0, 59), R.randint(1, 90), R.randint(5, 60))]


@tpl(3, neg=True)
def n_ref_luhn():
    return ['Reference %s was opened twice; close the older one, %s.' % (K.group(bad_luhn(), 4, ch([' ', '-', ''])),
                                                                           order_no())]


@tpl(3, neg=True)
def n_lots():
    return ['Lots %s and %s were quarantined after inspection.' % (bad_serial(10), bad_serial(12))]


@tpl(3, neg=True)
def n_case():
    return ['File #%s-%s closed as a duplicate.' % (digits(5), digits(4))]


@tpl(3, neg=True)
def n_colour():
    return ['Swap the accent to #%s and make headings 1.25rem.' % hexs(6)]


@tpl(3, neg=True)
def n_paper():
    return [ch(['Export the poster as A3 and the handout as A5.', 'Put the H2 above the H1 in the layout.',
                'X11 forwarding broke after the upgrade to OpenSSH 9.6p1.', 'Order two boxes of C5 envelopes.'])]


@tpl(3, neg=True)
def n_llm_params():
    return ['Use top_p 0.9 and max_new_tokens %d in %s, then rerun the benchmark.' % (ch([256, 512, 1024]), ch(FILES))]


@tpl(3, neg=True)
def n_generic():
    return [ch(['Give me three talking points for the quarterly all-hands.',
                'Turn these notes into a checklist with five items.',
                'What is a good way to structure a postmortem?',
                'Explain the difference between a mutex and a semaphore.'])]


@tpl(3, neg=True)
def n_opinion():
    return [ch(['Do you think the referendum will pass? I doubt it.', 'Is remote work here to stay, honestly?',
                'Which is better for a beginner, chess or go?'])]


@tpl(3, neg=True)
def n_firmware():
    return ['Rolled out firmware %s (build %s) to the lab switches.' % (ver(), hexs(7))]


@tpl(3, neg=True)
def n_split_files():
    a, b, c = R.sample(FILES, 3)
    return ['Split %s into %s and %s before cutting %s.' % (a, b, c, ver())]


@tpl(3, neg=True)
def n_soak():
    return ['Unit %s passed soak testing; unit %s did not.' % (bad_serial(9), bad_serial(9))]


@tpl(3, neg=True)
def n_backorder():
    return ['Item SKU-%s-%s arrives within 2 weeks; discount code %s applies.' % (
        digits(4), digits(3), ch(['AUTUMN', 'WELCOME', 'LOYAL']) + str(R.randint(5, 40)))]


@tpl(3, neg=True)
def n_gateway():
    return ['Call %s hit the 30 s gateway timeout on port %d.' % (uuid(), ch([443, 8443, 9090, 6443]))]


@tpl(3, neg=True)
def n_account_ref():
    return ['Account ref %s doesn\'t match our records; NHS-style serial %s neither.' % (bad_serial(9), bad_serial(10))]


@tpl(3, neg=True)
def n_budget():
    return ['Move %s from the travel budget to marketing for Q%d.' % (amount(), R.randint(1, 4))]


@tpl(3, neg=True)
def n_room():
    return ['Book room %d%s for the design review and order %d coffees.' % (R.randint(1, 9), ch('ABCD'),
                                                                             R.randint(4, 20))]


# ---------------------------------------------------------------- assembly
PREFIXES = ['Have a look at this and tell me what\'s missing:\n\n', 'Condense the message below.\n\n',
            'Forwarded from the shared inbox —\n', 'Pull the main points out of this:\n', 'For context:\n\n',
            'Can you help me deal with this?\n\n']
SUFFIXES = ['\n\nAnswer in bullet points.', '\n\nTwo sentences max.', '\n\nOutput YAML only.', '\n\nMuch appreciated!']
TAILS = [' please', ' ty', ' cheers', '!', ' (urgent)']
LOWERABLE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def finish(parts, neg):
    parts = list(parts)
    lower = pct(0.10 if not neg else 0.09)
    if lower:
        parts = [(p[0], p[1].lower()) if isinstance(p, tuple) and p[0] in LOWERABLE else
                 (p.lower() if isinstance(p, str) else p) for p in parts]
    elif pct(0.055):
        idx = [i for i, p in enumerate(parts) if isinstance(p, tuple) and p[0] == 'PERSON']
        if idx:
            i = ch(idx)
            parts[i] = ('PERSON', parts[i][1].upper())
    last = parts[-1]
    r = R.random()
    if isinstance(last, str) and last.endswith('.') and not last.endswith('..'):
        if r < 0.2:
            parts[-1] = last[:-1]
        elif r < 0.29:
            parts[-1] = last[:-1] + ch(TAILS)
    elif isinstance(last, tuple) and r < 0.06:
        parts.append(ch(TAILS))
    if pct(0.23):
        parts.insert(0, ch(PREFIXES))
    if pct(0.13):
        parts.append(ch(SUFFIXES))
    return parts


def build():
    recs = []
    for f, n, neg in TEMPLATES:
        for _ in range(n):
            parts = finish(f(), neg)
            text, ents = K.fill(parts)
            intended = [p for p in parts if isinstance(p, tuple)]
            assert len(intended) == len(ents)
            for e, (ty, v) in zip(ents, intended):
                assert text[e['start']:e['end']] == v and e['entity_type'] == ty, (f.__name__, v)
                assert v == v.strip() and v, (f.__name__, v)
            sp = sorted((e['start'], e['end']) for e in ents)
            for a, b in zip(sp, sp[1:]):
                assert a[1] <= b[0], (f.__name__, text)
            assert bool(ents) != neg, f.__name__
            recs.append({'text': text, 'entities': ents, '_tpl': f.__name__})
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        out.append({'id': 'p32-%04d' % i, 'text': r['text'], 'entities': r['entities']})
    return out, recs


if __name__ == '__main__':
    K.write(build()[0])
