#!/usr/bin/env python3
"""Probe 20: a blind measure of generalisation.

About 600 chat prompts of the kind people send to an LLM assistant behind a
company gateway: reply drafts, pasted e-mail threads with headers, meeting
notes and chat transcripts, customer records in JSON, YAML, CSV and XML,
stack traces and log lines, bank statements, travel itineraries, intake,
tenancy, enrolment and claim forms, shipping labels, CRM notes and commit
messages. Mostly English, with Spanish, Italian, Polish, Swedish, Finnish,
Turkish, French, German, Portuguese and Dutch prompts, and lower- and
upper-case variants. About 108 prompts hold no PII, only look-alikes: order,
invoice and ticket numbers, numbers that fail their check digits, versions,
git hashes, UUIDs, SKUs, amounts, log timestamps, file names, product names
and headings.

The templates and the people, places, organisations, e-mail domains, web
domains and file names are new; the entity-type mix and the labelling
conventions follow the dev split. Every identifier with a check digit is
valid. Offsets are code-point indices, recorded while each text is built.

Written from the corpus description and dev alone, without looking at the
engine.

    python3 tools/probes/probe20.py > probe.jsonl
"""
import datetime
import hashlib
import os
import random
import string
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(20020)

# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------
# People, places, organisations, e-mail and web domains and file names that
# neither the dev split nor the earlier probes use.

NAMES = {
    'us': dict(first=['Maddox', 'Tatum', 'Landry', 'Shiloh', 'Easton', 'Hadley', 'Raylan', 'Cassidy', 'Leland',
                      'Thaddeus', 'Ezekiel', 'Tyrese', 'Keisha', 'Lashonda', 'Dorian', 'Augustus', 'Briggs',
                      'Emmett', 'Odessa', 'Clarence', 'Gideon', 'Marjorie', 'Vernon', 'Tamika', 'Shanice', 'Deonte',
                      'Maverick', 'Journee', 'Kennedy', 'Nevaeh', 'Aubree', 'Waylon', 'Beckett'],
               last=['Honeycutt', 'Blankenship', 'Strickland', 'Ledbetter', 'Bumgarner', 'Kilgore', 'Satterfield',
                     'Womack', 'McCutcheon', 'Ainsworth', 'Fairchild', 'Coddington', 'Birdsong', 'Stubblefield',
                     'Pettigrew', 'Lovelace', 'Hatfield', 'Rountree', 'Blalock', 'Faircloth', 'Gentry', 'Haywood',
                     'Middlebrook', 'Winterbottom', 'Applewhite', 'Boatwright', 'Cheatham', 'Fortenberry',
                     'Spurlock', 'Yarbrough', 'Quattlebaum', 'Beauchamp', 'Dabney', 'Eversole', 'Vanmeter',
                     'Throckmorton', 'Huckabee', 'Overstreet']),
    'uk': dict(first=['Peregrine', 'Jemima', 'Araminta', 'Tarquin', 'Morwenna', 'Seren', 'Iestyn', 'Eoghan', 'Ailsa',
                      'Murdo', 'Alasdair', 'Bronwen', 'Elspeth', 'Inigo', 'Jago', 'Rufus', 'Wilf', 'Ffinlo',
                      'Rhiannon', 'Gwilym', 'Catrin', 'Lowri'],
               last=['Higginbottom', 'Ollerenshaw', 'Sidebottom', 'Gwilliam', 'Prothero', 'Farquharson',
                     'McGillivray', 'Lamont', 'Tulloch', 'Quayle', 'Kermode', 'Treharne', 'Penrose', 'Pendleton',
                     'Tolhurst', 'Thistlethwaite', 'Ackroyd', 'Nettleton', 'Scrivener', 'Mottram', 'Gorringe',
                     'Hebblethwaite', 'Spendlove', 'Trelawney', 'MacGowan', 'Ní Bhriain']),
    'au': dict(first=['Kobi', 'Jedda', 'Alinta', 'Marlee', 'Saxon', 'Koby', 'Tui', 'Ngaire', 'Mereana', 'Kahurangi',
                      'Atawhai', 'Tallulah', 'Ashton', 'Bailey', 'Mackenna', 'Jett', 'Kody', 'Shae', 'Tanika',
                      'Rhett'],
               last=['Tupaia', 'Whaanga', 'Pomare', 'Dunstan', 'Cudmore', 'Pengelly', 'Treweek', 'Bascombe',
                     'Holdsworth', 'Heffernan', 'Lorimer', 'Tawhai', 'Karaitiana', 'Ruatapu', 'Murchison',
                     'Cavanagh', 'McGuigan', 'Strachan', 'Ferrier']),
    'ca': dict(first=['Anne-Sophie', 'Marc-André', 'Jean-Philippe', 'Marie-Ève', 'Louis-Philippe', 'Évangéline',
                      'Ghislain', 'Réjean', 'Josée', 'Mireille', 'Lysanne', 'Frédérique', 'Gaétan', 'Ariane',
                      'Maëlle', 'Raphaëlle', 'Normand'],
               last=['Beauregard', 'Desrosiers', 'Archambault', 'Charbonneau', 'Lafrenière', 'Thibodeau', 'Beaulieu',
                     'Villeneuve', 'Robichaud', 'Arsenault', 'Cormier', 'Doucet', 'Poirier', 'Gauvreau', 'Lapointe',
                     'Turcotte', 'Brassard']),
    'fr': dict(first=['Maïwenn', 'Enguerrand', 'Tanguy', 'Soizic', 'Ghislaine', 'Honorine', 'Léandre', 'Firmin',
                      'Eulalie', 'Perrine', 'Blandine', 'Sidonie', 'Cyprien', 'Ambroise'],
               last=['Kerguelen', 'Le Goff', 'Le Gall', 'Quéméner', 'Fauconnier', 'Chauvin', 'Ménard', 'Pasquier',
                     'Auclair', 'Lemoine', 'Courtois', 'Brochard', 'Delaunay', 'Valette', 'Sauvageot', 'Gosselin',
                     'Hervouët', 'Marchal']),
    'de': dict(first=['Gerlinde', 'Hiltrud', 'Siegfried', 'Waltraud', 'Gunther', 'Dörte', 'Heiko', 'Silke', 'Jutta',
                      'Xaver', 'Lioba', 'Vroni', 'Gottfried'],
               last=['Kästner', 'Dreßler', 'Oberhuber', 'Moosbrugger', 'Niederhauser', 'Tschudin', 'Reisinger',
                     'Waldner', 'Auer', 'Eberhardt', 'Scholz', 'Körber', 'Windisch', 'Rößler', 'Mühlbauer',
                     'Sauerbrey', 'Stöckl', 'Haberkorn', 'Fröhlich', 'Kessler', 'Brunnhuber']),
    'nl': dict(first=['Hendrika', 'Wietske', 'Sjoerd', 'Tjitske', 'Douwe', 'Geertje', 'Hidde', 'Ymke', 'Roel',
                      'Pieternel', 'Berber', 'Stijn', 'Elke', 'Wannes', 'Rutger', 'Fenna'],
               last=['Postma', 'Terpstra', 'Zijlstra', 'Brouwer', 'van der Meulen', 'Schouten', 'Claes', 'Maes',
                     'Wouters', 'Goossens', 'De Smet', 'Vandenbroucke', 'Pauwels', 'Dierickx', 'Vliegen', 'Bosman']),
    'it': dict(first=['Fiammetta', 'Ersilia', 'Leopoldo', 'Filomena', 'Carmine', 'Assunta', 'Orsola', 'Gaspare',
                      'Saverio', 'Bartolomeo', 'Domenico', 'Egidio', 'Fiorenzo', 'Gennaro', 'Ignazio', 'Lucio',
                      'Orazio', 'Primo', 'Raffaele', 'Ubaldo', 'Venanzio', 'Adelina', 'Brunella', 'Graziella',
                      'Immacolata', 'Mariangela', 'Pierangela', 'Rosaria'],
               last=['Scognamiglio', 'Abbruzzese', 'Pugliese', 'Cianciulli', 'Bortolotti', 'Pagnotta', 'Esposti',
                     'Capuozzo', 'Crivelli', 'Malvezzi', 'Sciarra', 'Orsenigo', 'Bonfanti']),
    'es': dict(first=['Xabier', 'Almudena', 'Meritxell', 'Arantxa', 'Ander', 'Lourdes', 'Sagrario', 'Cayetana',
                      'Urko', 'Garazi', 'Oihane', 'Ibai', 'Alazne'],
               last=['Garmendia', 'Sabaté', 'Barrientos', 'Palacios', 'Urquijo', 'Torrijos', 'Aldecoa', 'Basterra',
                     'Elorza', 'Ibarguren', 'Madariaga', 'Ormaetxea', 'Ugalde', 'Zabaleta', 'Azcona', 'Berasategui',
                     'Cuadrado', 'Escobedo', 'Hurtado', 'Jurado', 'Maldonado', 'Naranjo', 'Oliveros', 'Quesada',
                     'Robles', 'Toledano', 'Valverde']),
    'pt': dict(first=['Conceição', 'Graça', 'Joaquim', 'Kauã', 'Raíssa', 'Thalita', 'Ygor', 'Adriano', 'Edvaldo',
                      'Iara', 'Jandira', 'Moacir', 'Sebastião', 'Glória', 'Benedito'],
               last=['Vasconcelos', 'Quintela', 'Gusmão', 'Meireles', 'Sardinha', 'Valadares', 'Brandão', 'Rebelo',
                     'Loureiro', 'Portela', 'Bettencourt', 'Damasceno', 'Bragança']),
    'pl': dict(first=['Zdzisław', 'Władysław', 'Bogumiła', 'Kazimierz', 'Ignacy', 'Witold', 'Bronisław', 'Lucyna',
                      'Leszek', 'Czesław', 'Tadeusz', 'Janina', 'Genowefa', 'Krystyna', 'Elżbieta', 'Beata', 'Aneta',
                      'Sylwia', 'Mariusz', 'Sławomir', 'Zenon', 'Wacław', 'Edmund', 'Konstanty'],
               last=['Kruk', 'Kasprzak', 'Szulc', 'Chmiel', 'Sowa', 'Bąk', 'Kurek', 'Wilk', 'Czerwiec', 'Kozioł',
                     'Bednarek', 'Frąckowiak', 'Grzelak', 'Ptak', 'Żak', 'Gołąb', 'Kmieć']),
    'se': dict(first=['Ulf', 'Sigvard', 'Holger', 'Stig', 'Maj-Britt', 'Sten', 'Gunborg', 'Gunvor', 'Ingvar',
                      'Bertil', 'Sune', 'Valdemar', 'Rut', 'Elvira', 'Edla', 'Signhild', 'Åsa', 'Disa', 'Tyra',
                      'Vide', 'Halvar'],
               last=['Forsgren', 'Backlund', 'Ekholm', 'Strömqvist', 'Nyqvist', 'Fägerström', 'Lövgren', 'Hallberg',
                     'Edvardsson', 'Fridén', 'Gullberg', 'Hammarström', 'Ivarsson', 'Kjellberg', 'Lilja',
                     'Malmström', 'Palmqvist', 'Rosenqvist', 'Stålberg', 'Thorén', 'Ulfsson', 'Wennberg', 'Ågren',
                     'Öhman']),
    'fi': dict(first=['Tuulikki', 'Hilkka', 'Seppo', 'Irmeli', 'Kyösti', 'Ritva', 'Auli', 'Urho', 'Oiva', 'Jaakko',
                      'Kalle', 'Mikko', 'Olli', 'Pekka', 'Risto', 'Tapani', 'Veikko', 'Anneli', 'Eeva', 'Heli',
                      'Kirsi', 'Leena', 'Outi', 'Päivi', 'Satu', 'Terhi', 'Tiina'],
               last=['Kokkonen', 'Mustonen', 'Pulkkinen', 'Ikonen', 'Laitinen', 'Haapala', 'Väänänen', 'Lappalainen',
                     'Ruotsalainen', 'Tiainen', 'Leppänen', 'Hirvonen', 'Rautiainen', 'Markkanen', 'Aaltonen',
                     'Eskola']),
    'tr': dict(first=['Kübra', 'Emine', 'Hatice', 'Kadir', 'Özlem', 'Berkay', 'Ecem', 'İlkay', 'Uğur', 'Sinan',
                      'Burcu', 'Derya', 'Fatih', 'İbrahim', 'Lale', 'Melike', 'Okan', 'Şule', 'Tülin', 'Ümit',
                      'Zerrin'],
               last=['Koçak', 'Ateş', 'Türkmen', 'Kara', 'Demirci', 'Ergün', 'Kalkan', 'Soylu', 'Tunç', 'Yurt',
                     'Babacan', 'Cömert', 'Dinçer', 'Eren', 'Gedik', 'Karakaya', 'Toprak']),
    'eu': dict(pairs=[('Tomislav', 'Kovačević'), ('Jelena', 'Marković'), ('Liis', 'Mägi'), ('Žydrūnas', 'Vaitkus'),
                      ('Rūta', 'Balčiūnaitė'), ('Guðrún', 'Sigurðardóttir'), ('Steinunn', 'Ólafsdóttir'),
                      ('Urška', 'Kranjc'), ('Matej', 'Hudák'), ('Arben', 'Hoxha'), ('Aivars', 'Bērziņš'),
                      ('Ilze', 'Kalniņa')]),
    'latam': dict(first=['Yessenia', 'Brayan', 'Candelaria', 'Yamileth', 'Anselmo', 'Marisela', 'Rosaura', 'Wilmer',
                         'Ezequiel', 'Yasmín', 'Ayelén', 'Mailén', 'Romina', 'Leonela', 'Uriel', 'Emilio', 'Hilario',
                         'Anacleto', 'Crisanto', 'Eliseo', 'Fabiola', 'Griselda', 'Idalia', 'Jovita', 'Nidia',
                         'Ofelia', 'Soledad', 'Violeta', 'Zoila'],
                  last=['Yupanqui', 'Arboleda', 'Irarrázaval', 'Urquiza', 'Etchegaray', 'Gatica', 'Moyano', 'Ugarte',
                        'Escalante', 'Galeano', 'Hinojosa', 'Lugones', 'Marroquín', 'Nieves', 'Uribe', 'Bracamonte',
                        'Carrizo', 'Villegas', 'Acuña', 'Ccori', 'Apaza', 'Quisbert', 'Choque']),
    'ng': dict(first=['Abimbola', 'Chibuzo', 'Olamide', 'Oluwatobi', 'Ifunanya', 'Tochukwu', 'Oyinkansola',
                      'Adebola', 'Ademola', 'Femi', 'Sola', 'Bisi', 'Dayo', 'Chisom', 'Ijeoma'],
               last=['Ikwuemesi', 'Ogbonna', 'Ubah', 'Fashola', 'Chukwuma', 'Ezeala', 'Eboh', 'Amadi', 'Agbaje',
                     'Aluko', 'Bankole', 'Coker', 'Dosunmu', 'Gbadamosi', 'Idowu', 'Makinde', 'Odunsi', 'Olagunju',
                     'Oni', 'Sanni', 'Shittu', 'Lawan']),
    'af': dict(pairs=[('Mumbua', 'Musyoka'), ('Ousmane', 'Sarr'), ('Awa', 'Gueye'), ('Mamadou', 'Cissé'),
                      ('Rutendo', 'Chikwanha'), ('Chipo', 'Mutasa'), ('Nsimba', 'Lukusa'),
                      ('Jean-Baptiste', 'Habimana'), ('Aline', 'Uwase'), ('Thabiso', 'Mokhele'),
                      ('Baraka', 'Mollel'), ('Nakato', 'Ssempijja'), ('Chisomo', 'Banda'), ('Mulenga', 'Chanda')]),
    'za': dict(first=['Wian', 'Marelize', 'Hennie', 'Chantelle', 'Ruan', 'Sbusiso', 'Lungile', 'Mbali', 'Sanele',
                      'Thando', 'Bonginkosi', 'Sihle', 'Anele', 'Asanda', 'Lindokuhle', 'Minenhle', 'Pule', 'Tebogo',
                      'Kgomotso', 'Onalenna', 'Keabetswe', 'Tshegofatso', 'Gerhard', 'Louwrens', 'Jacques',
                      'Elmarie'],
               last=['Nkuna', 'Mathebula', 'Chauke', 'van Wyk', 'Oosthuizen', 'Moodley', 'Mdlalose', 'Tau', 'Lekota',
                     'Sebola', 'Modise', 'Kekana', 'Snyman', 'Potgieter', 'Louw', 'Vermaak', 'Brits']),
    'in': dict(first=['Karan', 'Manoj', 'Arvind', 'Ritu', 'Rashmi', 'Suresh', 'Girish', 'Harini', 'Keerthana',
                      'Lavanya', 'Madhavi', 'Nithya', 'Radhika', 'Vidya', 'Yamini', 'Chetan', 'Jagdish', 'Mahesh',
                      'Sachin', 'Umesh', 'Vinod'],
               last=['Gokhale', 'Apte', 'Naik', 'Gopalan', 'Balakrishnan', 'Parthasarathy', 'Vaidya', 'Shinde',
                     'Pawar', 'Kale', 'Sawant', 'Goel', 'Arora', 'Bajaj', 'Grover', 'Dhillon', 'Grewal', 'Sidhu']),
    'sa': dict(pairs=[('Sadia', 'Anwar'), ('Zoya', 'Rizvi'), ('Mahmudul', 'Hasan'), ('Chaminda', 'Wickramasinghe'),
                      ('Tharindu', 'Gunasekara'), ('Pasang', 'Sherpa'), ('Roshan', 'Gurung'), ('Rafiqul', 'Islam'),
                      ('Nilanthi', 'Rajapaksa')]),
    'cn': dict(first=['Xinyi', 'Mengyao', 'Junhao', 'Siqi', 'Kexin', 'Shengli', 'Wenjun', 'Chunhua'],
               last=['Cheng', 'Ding', 'Xia', 'Mao', 'Shi', 'Ouyang', 'Sima', 'Zhuge', 'Situ'], order='e'),
    'jp': dict(first=['Haruki', 'Akari', 'Tsubasa', 'Hiroto', 'Koharu', 'Yamato', 'Asahi', 'Ayane', 'Riko', 'Shun',
                      'Naoki', 'Masato', 'Yusuke', 'Akiko', 'Naomi', 'Sachiko', 'Yoko', 'Mayu', 'Natsuki', 'Honoka',
                      'Miyu', 'Rena', 'Saki', 'Yuka'],
               last=['Yamada', 'Nakajima', 'Fujii', 'Okamoto', 'Harada', 'Tamura', 'Kaneko', 'Wada', 'Nakano',
                     'Uchida', 'Ando', 'Taniguchi', 'Imai', 'Murata', 'Kojima']),
    'kr': dict(first=['Seung-hyun', 'Do-hyun', 'Hyun-soo', 'Joon-ho', 'Min-jae', 'Woo-jin', 'Seo-hyun', 'Hae-won',
                      'Sun-hee'],
               last=['Gil', 'Kye', 'Geum', 'Joo', 'Hahm', 'Pyun', 'Ryoo', 'Sohn', 'Seomun', 'Dongbang'], order='e'),
    'kr_h': dict(first=['승현', '혜진', '지우', '채원', '도현', '현수', '은서', '준호', '민재', '가은'],
                 last=['전', '남', '유', '안', '배', '차', '홍', '조', '노', '하'], order='e', sep=''),
    'vn': dict(first=['Hoài An', 'Phương Thảo', 'Tuấn Kiệt', 'Ngọc Hân', 'Hải Yến', 'Mạnh Hùng', 'Thùy Dung',
                      'Kim Oanh', 'Văn Toàn', 'Bích Ngân', 'Thanh Tùng', 'Quang Vinh', 'Hồng Nhung', 'Diễm My',
                      'Trọng Nghĩa', 'Xuân Mai', 'Bảo Châu', 'Đình Phong', 'Lệ Quyên', 'Hữu Phước'],
               last=['Đoàn', 'Trịnh', 'Lưu', 'Tô', 'Tăng', 'Lã', 'Lục', 'Ninh', 'Cù', 'Tiêu', 'Đàm', 'Hứa', 'Lạc',
                     'Nông', 'Thạch', 'Từ', 'Vi', 'Viên'], order='e'),
    'sea': dict(pairs=[('Liezel', 'Catapang'), ('Jhun', 'Salonga'), ('Sokha', 'Chhim'), ('Bounmy', 'Phommachanh'),
                       ('Thiri', 'Aung'), ('Lwin', 'Maung'), ('Leonora', 'Tumbaga'), ('Kyaw Zin', 'Htet'),
                       ('Mya', 'Thandar'), ('Sopheap', 'Keo'), ('Vannak', 'Sok'), ('Noi', 'Sayavong')]),
    'sg': dict(first=['Xuan Ying', 'Jia Wen', 'Hui Xin', 'Shi Min', 'Yong Jie', 'Zi Xuan', 'Li Ting', 'Yi Xuan',
                      'Hong Wei', 'Mei Ling', 'Si Hui', 'Jun Wei', 'Qian Hui', 'Xin Hui', 'Yi Ling', 'Wei Xiang',
                      'Jun Kai', 'Ming Jie', 'Hui Qi', 'Xiu Ling', 'Pei Ying', 'Swee Lian', 'Ah Hock', 'Chee Keong',
                      'Siew Mei', 'Geok Lan', 'Soo Hwa'],
               last=['Lek', 'Tham', 'Lum', 'Ooi', 'Chew', 'Gan', 'Aw', 'Yeoh', 'Chong', 'Png', 'Teng', 'Yip', 'Mok',
                     'Cheong', 'Liau', 'Soon'], order='e'),
}

# regions a "generic" prompt draws its people from, with weights
ANY_PEOPLE = (['us'] * 5 + ['uk'] * 4 + ['au', 'ca', 'fr', 'de', 'nl', 'it', 'es', 'pt', 'pl', 'se', 'fi', 'tr', 'eu',
              'latam', 'ng', 'af', 'za', 'in', 'sa', 'cn', 'jp', 'kr', 'vn', 'sea', 'sg'] +
              ['latam', 'in', 'af', 'de', 'fr'])

PLACES = {
    'us': dict(c=['Bismarck', 'Rapid City', 'Casper', 'Biloxi', 'Poughkeepsie', 'Joplin', 'Terre Haute',
                  'Eau Claire', 'Medford', 'Redding', 'Visalia', 'Gallup'],
               r=['Tompkins County', 'Coconino County', 'Chautauqua County'],
               n=['United States of America'],
               s=['{n} Persimmon Ct', '{n} Pecan Hollow Rd', '{n} Mesquite Ln', '{n} Buckeye St',
                  '{n} Hickory Ridge Rd', '{n} Sassafras Ln', '{n} Catalpa Ave', '{n} Sweetgum Ct',
                  '{n} Palmetto Blvd', '{n} Yucca Way']),
    'uk': dict(c=['Kidderminster', 'Barnstaple', 'Kendal', 'Scarborough', 'Hexham', 'Lerwick', 'Kirkwall',
                  'Stornoway', 'Penzance', 'Falmouth', 'Bideford', 'Yeovil', 'Cirencester', 'Ludlow', 'Banbury',
                  'Bicester', 'Aylesbury', 'Huntingdon', "King's Lynn", 'Lowestoft', 'Skegness', 'Grimsby', 'Ripon',
                  'Thirsk', 'Hartlepool', 'Morpeth', 'Alnwick', 'Peebles', 'Galashiels', 'Dumfries', 'Kilmarnock',
                  'Greenock', 'Arbroath', 'Montrose', 'Nairn', 'Portree', 'Llanelli', 'Haverfordwest', 'Brecon',
                  'Enniskillen', 'Omagh', 'Coleraine', 'Newry'],
               r=['Shropshire', 'Herefordshire', 'Northumberland', 'Wiltshire', 'Lincolnshire', 'Powys',
                  'Pembrokeshire', 'Argyll', 'Shetland'],
               n=['Great Britain'],
               s=['{n} Tithe Barn Lane', '{n} Cobblers Walk', '{n} Coopers Yard', '{n} Lamplighters Close',
                  '{n} Haymarket Row', '{n} Nightingale Rise', '{n} Badgers Holt', '{n} Chandlers Wharf',
                  '{n} Saddlers Way']),
    'ie': dict(c=['Carlow', 'Navan', 'Naas', 'Portlaoise', 'Longford', 'Roscommon', 'Ballina', 'Westport', 'Clifden',
                  'Bantry', 'Kinsale', 'Youghal', 'Dungarvan', 'Nenagh', 'Thurles', 'Cavan', 'Monaghan', 'Bundoran',
                  'Buncrana', 'Arklow', 'Gorey', 'Bray', 'Greystones', 'Skibbereen'],
               r=['Connemara'],
               n=['Éire'],
               s=['{n} Bóthar na Trá', '{n} Pearse Street', '{n} Bridge Street Upper']),
    'au': dict(c=['Mount Gambier', 'Grafton', 'Byron Bay', 'Bowral', 'Ulladulla', 'Horsham', 'Bairnsdale', 'Renmark',
                  'Esperance', 'Busselton', 'Margaret River', 'Karratha', 'Port Hedland', 'Exmouth', 'Carnarvon',
                  'Mount Isa', 'Longreach', 'Charleville', 'Caloundra', 'Stanthorpe', 'Strahan'],
               r=['Victoria'],
               n=[],
               s=['{n} Waratah Ave', '{n} Galah Place', '{n} Boronia St', '{n} Kurrajong Way', '{n} Yarran Close',
                  '{u}/{n} Wombat Parade']),
    'nz': dict(c=['Blenheim', 'Timaru', 'Oamaru', 'Whangārei', 'Masterton', 'Greymouth', 'Hokitika', 'Kaikōura',
                  'Taupō', 'Te Awamutu'],
               r=['Northland', "Hawke's Bay", 'Southland', 'Marlborough'],
               n=['Aotearoa'],
               s=['{n} Rimu Road', '{n} Tōtara Street', '{n} Kauri Crescent', '{n} Matai Lane']),
    'ca': dict(c=['Chicoutimi', 'Drummondville', 'Saint-Jérôme', 'Corner Brook', 'Kenora', 'Flin Flon', 'Estevan',
                  'Kitimat', 'Squamish', 'Courtenay', 'Campbell River', 'Rouyn-Noranda', "Val-d'Or", 'Sept-Îles',
                  'Baie-Comeau', 'Gaspé', 'Matane', 'Rivière-du-Loup', 'Magog', 'Granby', 'Victoriaville',
                  'Shawinigan', 'Joliette', 'Edmundston', 'Antigonish', 'Yarmouth', 'Summerside'],
               r=['Okanagan', 'Gaspésie', 'Abitibi', 'Nunavik', 'Kootenays'],
               n=[],
               s=['{n} rue des Érables', '{n} chemin du Lac', '{n} Spruce Hollow Rd', '{n} Muskoka Trail']),
    'fr': dict(c=['Vannes', 'Saint-Brieuc', 'Morlaix', 'Carcassonne', 'Albi', 'Rodez', 'Aurillac', 'Périgueux',
                  'Bergerac', 'Agen', 'Tarbes', 'Bayonne', 'Biarritz', 'Niort', 'Angoulême', 'Châteauroux',
                  'Bourges', 'Nevers', 'Auxerre', 'Troyes', 'Épinal', 'Mulhouse', 'Belfort', 'Chambéry', 'Valence',
                  'Menton', 'Sète', 'Arles'],
               r=['Finistère', 'Morbihan', 'Dordogne', 'Ardèche', 'Savoie', 'Corrèze'],
               n=['Hexagone'],
               s=['{n} rue des Cordeliers', '{n} allée des Tilleuls', '{n} chemin des Vignes',
                  '{n} quai des Brasseurs', '{n} rue de la Poissonnerie']),
    'de': dict(c=['Ingolstadt', 'Landshut', 'Rosenheim', 'Kempten', 'Ulm', 'Tübingen', 'Konstanz', 'Ravensburg',
                  'Pforzheim', 'Heilbronn', 'Lüneburg', 'Celle', 'Emden', 'Flensburg', 'Stralsund', 'Greifswald',
                  'Schwerin', 'Cottbus', 'Görlitz', 'Zwickau', 'Plauen', 'Jena', 'Weimar', 'Gotha', 'Fulda',
                  'Marburg', 'Gießen', 'Siegen', 'Detmold'],
               r=['Thüringen', 'Schleswig-Holstein', 'Allgäu', 'Eifel', 'Schwarzwald'],
               n=['Bundesrepublik Deutschland'],
               s=['Holunderweg {n}', 'Am Kreuzacker {n}', 'Eichendorffstraße {n}', 'Brunnengasse {n}',
                  'Hinter der Mauer {n}', 'Ahornring {n}']),
    'at': dict(c=['Feldkirch', 'Wiener Neustadt', 'Bad Ischl', 'Mödling', 'Tulln', 'Zwettl', 'Gmunden',
                  'Braunau am Inn', 'Ried im Innkreis', 'Hallein', 'Zell am See', 'Bischofshofen', 'Schwaz', 'Lienz',
                  'Landeck', 'Bludenz', 'Wolfsberg', 'Kapfenberg', 'Judenburg', 'Hartberg', 'Eisenstadt', 'Oberwart'],
               r=['Kärnten', 'Burgenland'],
               n=['Republik Österreich'],
               s=['Lerchengasse {n}', 'Hauptplatz {n}']),
    'ch': dict(c=['Thun', 'Chur', 'Sion', 'Schaffhausen', 'Aarau', 'Zug', 'Bellinzona'],
               r=['Graubünden', 'Ticino', 'Valais'],
               n=['Schweiz', 'Suisse'],
               s=['Rosenweg {n}', 'Chemin des Pâquerettes {n}']),
    'nl': dict(c=['Assen', 'Emmen', 'Deventer', 'Apeldoorn', 'Hengelo', 'Enschede', 'Almelo', 'Venlo', 'Roermond',
                  'Heerlen', 'Sittard', 'Tilburg', 'Dordrecht', 'Gouda', 'Alkmaar', 'Hoorn', 'Den Helder',
                  'Middelburg', 'Vlissingen'],
               r=['Drenthe', 'Overijssel', 'Zeeland', 'Flevoland'],
               n=['Holland'],
               s=['Zuiderdiep {n}', 'Vismarkt {n}', 'Achter de Hoven {n}', 'Kortstraat {n}']),
    'be': dict(c=['Kortrijk', 'Ostend', 'Hasselt', 'Genk', 'Aalst', 'Sint-Niklaas', 'Mons', 'Tournai', 'Charleroi',
                  'Arlon'],
               r=['Wallonia'],
               n=['België', 'Belgique'],
               s=['Kapucijnenvoer {n}', 'Rue des Carmes {n}']),
    'it': dict(c=["L'Aquila", 'La Spezia', 'Aosta', 'Sondrio', 'Lecco', 'Gorizia', 'Pesaro', 'Vercelli', 'Verbania',
                  'Crema', 'Vigevano', 'Chiavari', 'Sanremo', 'Ventimiglia', 'Carrara', 'Viareggio', 'Empoli',
                  'Volterra', 'Montepulciano', 'Orvieto', 'Spoleto', 'Foligno', 'Assisi', 'Gubbio', 'Urbino', 'Fano',
                  'Senigallia', 'Jesi', 'Fabriano', 'Ascoli Piceno', 'Lanciano', 'Vasto', 'Sulmona', 'Avezzano',
                  'Termoli', 'Isernia', 'Nola', 'Sorrento', 'Amalfi', 'Positano', 'Eboli', 'Battipaglia', 'Andria',
                  'Barletta', 'Trani', 'Molfetta', 'Altamura', 'Monopoli', 'Ostuni', 'Gallipoli', 'Otranto',
                  'Crotone', 'Vibo Valentia', 'Tropea', 'Lamezia Terme', 'Marsala', 'Mazara del Vallo', 'Sciacca',
                  'Caltanissetta', 'Enna', 'Modica', 'Noto', 'Acireale', 'Taormina', 'Cefalù', 'Alghero', 'Oristano',
                  'Carbonia'],
               r=['Basilicata', 'Molise', 'Marche', 'Trentino'],
               n=['Repubblica Italiana'],
               s=['Vico San Domenico {n}', 'Borgo Pinti {n}', 'Salita della Rocca {n}', 'Contrada Pantanelli {n}',
                  'Via del Fossato {n}']),
    'es': dict(c=['Linares', 'Ronda', 'Talavera', 'Denia', 'Cieza', 'Yecla', 'Antequera', 'Estepona', 'Fuengirola',
                  'Nerja', 'Baeza', 'Andújar', 'Osuna', 'Utrera', 'Astorga', 'Benavente', 'Aranda de Duero',
                  'Tudela', 'Estella', 'Calahorra', 'Jaca', 'Barbastro', 'Alcañiz', 'Calatayud', 'Tortosa',
                  'Manresa', 'Olot', 'Figueres', 'Igualada', 'Getxo', 'Barakaldo', 'Irun', 'Eibar', 'Mieres',
                  'Ribadeo', 'Viveiro', 'Vilagarcía'],
               r=['La Rioja', 'Castilla-La Mancha', 'Baleares', 'Euskadi'],
               n=['Reino de España'],
               s=['Calle de la Amargura {n}', 'Rúa do Vilar {n}', 'Carrer del Pi {n}', 'Calle Zapatería {n}',
                  'Travesía del Horno {n}']),
    'pt': dict(c=['Viana do Castelo', 'Guarda', 'Covilhã', 'Castelo Branco', 'Leiria', 'Tomar', 'Santarém', 'Beja',
                  'Portimão', 'Tavira', 'Ponta Delgada'],
               r=['Alentejo', 'Trás-os-Montes', 'Madeira', 'Açores'],
               n=['República Portuguesa'],
               s=['Largo do Chafariz {n}', 'Rua dos Fanqueiros {n}', 'Beco das Cruzes {n}']),
    'br': dict(c=['Juiz de Fora', 'Ribeirão Preto', 'São Luís', 'Feira de Santana', 'Caxias do Sul', 'Mossoró',
                  'Imperatriz', 'Marabá', 'Itabuna', 'Juazeiro do Norte', 'Sobral', 'Parnaíba', 'Arapiraca',
                  'Itajaí', 'Chapecó', 'Criciúma', 'Lages', 'Passo Fundo', 'Uruguaiana', 'Foz do Iguaçu', 'Cascavel',
                  'Ponta Grossa', 'Guarapuava', 'Dourados', 'Rondonópolis', 'Montes Claros', 'Ipatinga',
                  'Governador Valadares', 'Uberaba', 'Divinópolis', 'Bauru', 'Marília', 'Presidente Prudente',
                  'Araraquara', 'Piracicaba', 'Jundiaí', 'Taubaté'],
               r=['Mato Grosso', 'Piauí', 'Espírito Santo', 'Rondônia'],
               n=['República Federativa do Brasil'],
               s=['Rua Marechal Deodoro {n}', 'Rua Barão do Rio Branco {n}', 'Travessa dos Ipês {n}']),
    'pl': dict(c=['Zakopane', 'Inowrocław', 'Bytom', 'Zabrze', 'Ełk', 'Giżycko', 'Mrągowo', 'Kętrzyn', 'Bartoszyce',
                  'Iława', 'Ostróda', 'Malbork', 'Kościerzyna', 'Bytów', 'Lębork', 'Wejherowo', 'Świnoujście',
                  'Międzyzdroje', 'Szczecinek', 'Wałcz', 'Krotoszyn', 'Głogów', 'Bolesławiec', 'Kłodzko', 'Nysa',
                  'Racibórz', 'Cieszyn', 'Wadowice', 'Oświęcim', 'Bochnia', 'Jasło', 'Stalowa Wola', 'Hajnówka',
                  'Augustów'],
               r=['Warmia', 'Kaszuby', 'Podkarpacie', 'Śląsk', 'Kujawy', 'Lubuskie'],
               n=['Rzeczpospolita Polska'],
               s=['ul. Zacisze {n}', 'os. Słoneczne {n}', 'ul. Leśna {n}']),
    'se': dict(c=['Västervik', 'Oskarshamn', 'Haparanda', 'Ludvika', 'Avesta', 'Hudiksvall', 'Söderhamn', 'Bollnäs',
                  'Sollefteå', 'Kramfors', 'Lycksele', 'Arvidsjaur', 'Boden', 'Kalix', 'Strömstad', 'Lysekil',
                  'Lerum', 'Kungälv', 'Ulricehamn', 'Falköping', 'Mariestad', 'Karlskoga', 'Kristinehamn',
                  'Filipstad', 'Hagfors', 'Köping', 'Nynäshamn', 'Vimmerby', 'Eksjö', 'Nässjö', 'Värnamo', 'Ljungby',
                  'Älmhult', 'Höganäs', 'Simrishamn', 'Sölvesborg'],
               r=['Jämtland', 'Västerbotten', 'Halland', 'Blekinge', 'Östergötland'],
               n=['Konungariket Sverige'],
               s=['Prästgatan {n}', 'Kvarngatan {n}', 'Ekbacken {n}', 'Lingonstigen {n}', 'Smedjegatan {n}']),
    'fi': dict(c=['Ylivieska', 'Parainen', 'Loimaa', 'Huittinen', 'Kankaanpää', 'Ikaalinen', 'Mänttä', 'Orivesi',
                  'Jämsä', 'Äänekoski', 'Saarijärvi', 'Viitasaari', 'Pieksämäki', 'Suonenjoki', 'Kitee', 'Nurmes',
                  'Lieksa', 'Sotkamo', 'Suomussalmi', 'Pudasjärvi', 'Kemijärvi', 'Sodankylä', 'Inari', 'Kittilä',
                  'Muonio', 'Alavus', 'Lapua', 'Kauhava', 'Kristiinankaupunki', 'Närpiö', 'Tammisaari', 'Heinola',
                  'Hamina', 'Lieto'],
               r=['Kainuu', 'Karjala', 'Pohjanmaa', 'Satakunta', 'Kymenlaakso'],
               n=['Suomen tasavalta'],
               s=['Pihlajatie {n}', 'Harjukatu {n}', 'Sammonkatu {n}', 'Mäntytie {n}']),
    'tr': dict(c=['Bartın', 'Bilecik', 'Karabük', 'Çankırı', 'Kırıkkale', 'Hakkari', 'Şırnak', 'Bayburt',
                  'Gümüşhane', 'Ardahan', 'Yalova', 'Kuşadası', 'Didim', 'Marmaris', 'Safranbolu', 'Amasra',
                  'Ayvalık', 'Bozcaada', 'Ürgüp', 'Göreme', 'Beypazarı', 'Ünye', 'Fatsa', 'Hopa'],
               r=['Ege', 'Marmara', 'Akdeniz', 'Trakya'],
               n=['Türkiye Cumhuriyeti'],
               s=['Papatya Sokak No. {n}', 'Menekşe Sokak No. {n}', 'Zübeyde Hanım Caddesi No. {n}',
                  'Kordon Boyu No. {n}', 'Lale Sokak {n}']),
    'mx': dict(c=['San Luis Potosí', 'Manzanillo', 'Tehuacán', 'Orizaba', 'Coatzacoalcos', 'Minatitlán', 'Comitán',
                  'Progreso', 'Tulum', 'Cozumel', 'Los Mochis', 'Guaymas', 'Nogales', 'Ciudad Obregón', 'Navojoa',
                  'Delicias', 'Torreón', 'Gómez Palacio', 'Monclova', 'Piedras Negras', 'Reynosa', 'Matamoros',
                  'Tampico', 'Ciudad Victoria', 'Zihuatanejo', 'Taxco', 'Iguala', 'Pátzcuaro'],
               r=['Nayarit', 'Guanajuato'],
               n=['Estados Unidos Mexicanos'],
               s=['Privada de los Pinos {n}']),
    'co': dict(c=['Cúcuta', 'Duitama', 'Facatativá', 'Fusagasugá', 'Buga', 'Apartadó', 'Sabaneta', 'Barrancabermeja',
                  'Ocaña', 'Mocoa', 'Leticia', 'Ipiales', 'Tumaco'],
               r=['Cauca', 'Caquetá', 'Putumayo', 'Casanare', 'La Guajira'],
               n=[],
               s=[]),
    'ar': dict(c=['Bahía Blanca', 'San Juan', 'Río Gallegos', 'Comodoro Rivadavia', 'Río Cuarto', 'Pergamino',
                  'Venado Tuerto', 'Concordia', 'Gualeguaychú', 'Goya', 'Oberá', 'Villa Carlos Paz', 'El Calafate',
                  'Esquel', 'Viedma', 'Rawson', 'Zapala', 'Cafayate', 'Tilcara', 'Humahuaca'],
               r=['La Pampa', 'Río Negro', 'Tierra del Fuego'],
               n=[],
               s=['Av. Rivadavia {n}', 'Pasaje Belgrano {n}']),
    'cl': dict(c=['Punta Arenas', 'Vallenar', 'Angol', 'Villarrica', 'Pucón', 'Castro', 'Ancud', 'Frutillar',
                  'Tocopilla'],
               r=['Los Ríos', 'Aysén', 'Tarapacá'],
               n=[],
               s=['Pasaje Los Aromos {n}']),
    'pe': dict(c=['Cajamarca', 'Puno', 'Tacna', 'Iquitos', 'Pucallpa', 'Huaraz', 'Ica'],
               r=['Loreto', 'Junín', 'Áncash'],
               n=['República del Perú'],
               s=[]),
    'bo': dict(c=['Tarija', 'Oruro', 'Potosí', 'Paysandú', 'Tacuarembó', 'Loja', 'Ambato', 'Riobamba', 'Esmeraldas'],
               r=[],
               n=[],
               s=[]),
    'cam': dict(c=['Quetzaltenango', 'Tegucigalpa', 'Liberia', 'Colón', 'Santa Ana', 'Matagalpa'],
                r=[],
                n=['Panamá'],
                s=[]),
    'ng': dict(c=['Yola', 'Ife', 'Iwo', 'Ede', 'Owo', 'Okene', 'Offa', 'Suleja', 'Keffi', 'Potiskum', 'Azare',
                  'Daura', 'Birnin Kebbi', 'Nsukka', 'Abakaliki', 'Afikpo', 'Okigwe', 'Orlu', 'Ogoja', 'Ikom',
                  'Eket', 'Oron', 'Yenagoa', 'Ughelli'],
               r=[],
               n=[],
               s=['{n} Ozumba Mbadiwe Avenue', '{n} Allen Avenue', '{n} Bode Thomas Street', '{n} Opebi Road']),
    'ke': dict(c=['Homa Bay', 'Nyamira', 'Bomet', 'Marsabit', 'Lodwar', 'Maralal', 'Nyahururu', "Murang'a", 'Limuru',
                  'Watamu', 'Wajir', 'Mandera', 'Kitui', 'Mwingi', 'Chuka', 'Kerugoya'],
               r=['Nyanza'],
               n=[],
               s=['{n} Kimathi Street', '{n} Argwings Kodhek Road', '{n} Lenana Road']),
    'gh': dict(c=['Kintampo', 'Yendi', 'Salaga', 'Navrongo', 'Bawku', 'Ada Foah', 'Akosombo', 'Kpando',
                  'Agona Swedru', 'Elmina', 'Axim', 'Prestea', 'Bibiani', 'Goaso', 'Berekum', 'Wenchi', 'Ejura',
                  'Mampong', 'Konongo', 'Nkoranza'],
               r=[],
               n=[],
               s=['{n} Spintex Road']),
    'ea': dict(c=['Moshi', 'Mwanza', 'Dodoma', 'Zanzibar', 'Tanga', 'Mbeya', 'Morogoro', 'Entebbe', 'Jinja', 'Gulu',
                  'Mbarara', 'Huye', 'Musanze'],
               r=[],
               n=[],
               s=[]),
    'saf': dict(c=['Ndola', 'Livingstone', 'Blantyre', 'Lilongwe', 'Zomba', 'Mzuzu', 'Harare', 'Mutare', 'Gweru',
                   'Gaborone', 'Francistown', 'Maun', 'Windhoek', 'Swakopmund', 'Walvis Bay', 'Maputo', 'Beira',
                   'Nampula'],
                r=[],
                n=[],
                s=[]),
    'waf': dict(c=['Douala', 'Yaoundé', 'Bamenda', 'Abidjan', 'Bouaké', 'Yamoussoukro', 'Cotonou', 'Porto-Novo',
                   'Lomé', 'Bamako', 'Ouagadougou', 'Kaolack', 'Tambacounda', 'Touba', 'Mbour'],
                r=[],
                n=["Côte d'Ivoire", 'Burkina Faso'],
                s=[]),
    'naf': dict(c=['Tétouan', 'Ouarzazate', 'Kenitra', 'El Jadida', 'Chefchaouen', 'Mansoura', 'Tanta', 'Zagazig',
                   'Ismailia', 'Hurghada', 'Asyut', 'Sousse', 'Monastir', 'Oran', 'Annaba', 'Mekelle', 'Dire Dawa'],
                r=[],
                n=['Mauritania'],
                s=[]),
    'za': dict(c=['Mossel Bay', 'Harrismith', 'Graaff-Reinet', 'Phalaborwa', 'Randburg', 'Roodepoort',
                  'Port Shepstone', 'Scottburgh', 'Estcourt', 'Greytown', 'Eshowe', 'Ulundi', 'Mtubatuba',
                  'Hluhluwe', 'Lydenburg', 'Sabie', 'Hazyview', 'Barberton', 'Komatipoort', 'Louis Trichardt',
                  'Bela-Bela', 'Modimolle', 'Mokopane', 'Lephalale', 'Zeerust', 'Lichtenburg', 'Vryburg', 'Kuruman',
                  'Calvinia', 'Colesberg', 'De Aar', 'Beaufort West', 'Swellendam', 'Montagu', 'Ceres', 'Tulbagh',
                  'Piketberg', 'Clanwilliam', 'Vredendal', 'Saldanha', 'Langebaan', 'Malmesbury', 'Franschhoek',
                  "Gordon's Bay", 'Grabouw', 'Caledon', 'Bredasdorp', 'Plettenberg Bay', 'Jeffreys Bay',
                  'Humansdorp', 'Cradock', 'Aliwal North', 'Butterworth', 'Port St Johns', 'Lusikisiki'],
               r=['North West'],
               n=['RSA', 'Mzansi'],
               s=['{n} Main Reef Road', '{n} Rivonia Road', '{n} Dorp Street']),
    'in': dict(c=['Kota', 'Prayagraj', 'Agra', 'Haridwar', 'Rishikesh', 'Dharamshala', 'Jammu', 'Srinagar',
                  'Darjeeling', 'Rourkela', 'Tiruchirappalli', 'Puducherry', 'Aurangabad', 'Rajkot', 'Gandhinagar',
                  'Margao'],
               r=['Ladakh', 'Lakshadweep', 'Jammu and Kashmir', 'Andaman and Nicobar Islands', 'Konkan', 'Kutch',
                  'Vidarbha', 'Marathwada', 'Saurashtra', 'Bundelkhand', 'Kodagu'],
               n=['Bharat'],
               s=['{n} Brigade Road', '{n} Ashram Road', '{n} Nehru Nagar Main Road', '{n} Bannerghatta Road',
                  '{n} Mall Road', '{n} Hill Cart Road']),
    'pk': dict(c=['Barisal', "Cox's Bazar", 'Matara', 'Kurunegala', 'Anuradhapura', 'Batticaloa', 'Trincomalee',
                  'Negombo', 'Nuwara Eliya', 'Biratnagar', 'Butwal', 'Dharan', 'Janakpur', 'Bhaktapur'],
               r=[],
               n=[],
               s=[]),
    'sg': dict(c=['Holland Village', 'Katong', 'Tanjong Pagar', 'Kovan', 'Lorong Chuan', 'Bendemeer', 'Kent Ridge',
                  'Tuas', 'Kranji', 'Admiralty', 'Mountbatten', 'Loyang', 'Rochor', 'Dhoby Ghaut', 'Whampoa',
                  'Braddell', 'Marymount', 'Caldecott', 'Hillview'],
               r=[],
               n=[],
               s=['{n} Joo Chiat Road', '{n} Holland Avenue', '{n} Tanjong Katong Road', '{n} Jalan Besar']),
    'kr': dict(c=['Uijeongbu', 'Hanam', 'Icheon', 'Yangju', 'Chungju', 'Jecheon', 'Boryeong', 'Seosan', 'Dangjin',
                  'Nonsan', 'Gongju', 'Jeongeup', 'Namwon', 'Naju', 'Gwangyang', 'Yeongju', 'Sangju', 'Mungyeong',
                  'Gimcheon', 'Miryang', 'Yangsan', 'Sacheon', 'Seogwipo'],
               r=['Jeolla', 'Gyeongsang', 'Chungcheong'],
               n=['ROK'],
               s=['{n} Hakdong-ro', '{n} Bongeunsa-ro', '{n} Apgujeong-ro', '{n} Yulgok-ro', '{n} Samil-daero',
                  '{n} Jahamun-ro']),
    'jp': dict(c=['Matsue', 'Tottori', 'Nagano', 'Kofu', 'Otsu', 'Kamakura', 'Nikko', 'Takasaki', 'Sasebo', 'Beppu',
                  'Miyakonojo', 'Kurume', 'Karatsu', 'Imari', 'Shimonoseki', 'Ube', 'Hagi', 'Iwakuni', 'Fukuyama',
                  'Onomichi', 'Kure', 'Mihara', 'Tsuyama', 'Kurayoshi', 'Yonago', 'Izumo', 'Hamada', 'Imabari',
                  'Niihama', 'Uwajima', 'Naruto', 'Marugame', 'Sakaide', 'Shimanto', 'Yokkaichi', 'Suzuka',
                  'Matsusaka', 'Hikone', 'Nagahama', 'Maizuru', 'Fukuchiyama', 'Uji', 'Kashihara', 'Tenri', 'Shingu',
                  'Kishiwada', 'Toyonaka', 'Suita', 'Hirakata', 'Takatsuki', 'Nishinomiya', 'Akashi', 'Kakogawa',
                  'Toyohashi', 'Okazaki', 'Kasugai', 'Ichinomiya', 'Ogaki', 'Takayama', 'Suwa', 'Joetsu', 'Nagaoka',
                  'Sanjo', 'Sado', 'Tsuruoka', 'Sakata', 'Yonezawa', 'Aizuwakamatsu', 'Koriyama', 'Iwaki',
                  'Hachinohe', 'Hirosaki', 'Noshiro', 'Ichinoseki', 'Hanamaki', 'Kesennuma', 'Ishinomaki',
                  'Tomakomai', 'Muroran', 'Kitami', 'Abashiri', 'Wakkanai', 'Nemuro'],
               r=['Kansai', 'Chubu', 'Kanto', 'Chugoku', 'Okinawa'],
               n=['Nippon'],
               s=['{n}-5-3 Tenjin']),
    'cn': dict(c=['Lhasa', 'Quanzhou', 'Shaoxing', 'Zibo', 'Weifang', 'Linyi', 'Jining', 'Rizhao', 'Baoding',
                  'Tangshan', 'Qinhuangdao', 'Handan', 'Xingtai', 'Cangzhou', 'Langfang', 'Anshan', 'Fushun',
                  'Daqing', 'Qiqihar', 'Mudanjiang', 'Jiamusi', 'Ordos', 'Baoji', 'Xianyang', 'Hanzhong', 'Tianshui',
                  'Jiuquan', 'Dunhuang', 'Zhangye', 'Kashgar', 'Turpan', 'Hami', 'Korla', 'Shigatse', 'Zunyi',
                  'Anshun', 'Dali', 'Lijiang', 'Qujing', 'Zhanjiang', 'Jiangmen', 'Zhaoqing', 'Huizhou', 'Meizhou',
                  'Chaozhou', 'Putian', 'Zhangzhou', 'Longyan', 'Jinhua', 'Huzhou', 'Jiaxing', 'Lishui', 'Quzhou',
                  'Zhoushan', 'Yangzhou', 'Zhenjiang', 'Nantong', 'Yancheng', 'Lianyungang', 'Wuhu', 'Anqing',
                  'Bengbu', 'Jiujiang', 'Ganzhou', 'Jingdezhen', 'Shangrao', 'Yichang', 'Xiangyang', 'Jingzhou',
                  'Shiyan', 'Yueyang', 'Changde', 'Hengyang', 'Zhuzhou', 'Xiangtan', 'Zhangjiajie', 'Liuzhou',
                  'Beihai'],
               r=[],
               n=['PRC'],
               s=['No. {n} Zhongshan Road', 'No. {n} Jiefang Avenue', 'No. {n} Renmin Road', '{n} Huaihai Road']),
    'sea': dict(c=['Vinh', 'Quy Nhon', 'Da Lat', 'Vung Tau', 'Bien Hoa', 'Buon Ma Thuot', 'Nam Dinh', 'Hoi An',
                   'Phan Thiet', 'Ubon Ratchathani', 'Pattaya', 'Hua Hin', 'Cagayan de Oro', 'Kota Bharu',
                   'Alor Setar', 'Petaling Jaya', 'Phnom Penh', 'Siem Reap', 'Battambang', 'Vientiane',
                   'Luang Prabang', 'Yangon', 'Mandalay', 'Bandar Seri Begawan', 'Dili'],
                r=[],
                n=['Timor-Leste'],
                s=['{n} Thanon Nimmanhaemin', 'Soi Ari {n}', '{n} Rizal Avenue', '{n} Mabini Street',
                   'Lorong Kulit {n}']),
    'me': dict(c=['Aqaba', 'Salalah', 'Sohar', 'Nizwa', 'Al Khor', 'Al Wakrah', 'Ajman', 'Ras Al Khaimah',
                  'Fujairah', 'Al Ain', 'Byblos', 'Zahle', 'Dammam', 'Erbil', 'Sulaymaniyah', 'Basra'],
               r=[],
               n=['Saudi Arabia', 'Israel', 'Palestine'],
               s=[]),
    'eu': dict(c=['Hradec Králové', 'Bratislava', 'Košice', 'Žilina', 'Banská Bystrica', 'Nitra', 'Prešov',
                  'Veliko Tarnovo', 'Pleven', 'Osijek', 'Dubrovnik', 'Pula', 'Šibenik', 'Niš', 'Kragujevac',
                  'Subotica', 'Sarajevo', 'Mostar', 'Banja Luka', 'Tuzla', 'Skopje', 'Ohrid', 'Bitola', 'Tirana',
                  'Durrës', 'Shkodër', 'Vlorë', 'Podgorica', 'Kotor', 'Budva', 'Koper', 'Celje', 'Kranj', 'Bled',
                  'Pärnu', 'Narva', 'Haapsalu', 'Viljandi', 'Klaipėda', 'Šiauliai', 'Panevėžys', 'Liepāja',
                  'Jelgava', 'Ventspils', 'Daugavpils', 'Corfu', 'Roskilde', 'Svendborg', 'Kristiansand',
                  'Fredrikstad', 'Harstad', 'Kirkenes', 'Reykjanesbær', 'Ísafjörður', 'Selfoss', 'Egilsstaðir',
                  'Sliema', 'Mdina', 'Limassol', 'Larnaca', 'Paphos', 'Esch-sur-Alzette', 'Vaduz'],
               r=[],
               n=['Bosnia and Herzegovina'],
               s=[]),
}

ANY_PLACE = ['us'] * 4 + ['uk'] * 3 + [k for k, v in PLACES.items() if v['c']]
STREET_PLACE = [k for k, v in PLACES.items() if v['s'] and v['c']]

ORGS = {
    'bank': ['Wyvernmoor Savings', 'Halberd Trust Bank', 'Otterburn Bank', 'Quarrymead Building Society',
             'Stagsden Bank', 'Cordovan Federal Credit Union', 'Tamarisk Bank', 'Nykredit', 'Jyske Bank', 'Belfius',
             'Triodos Bank', 'ASN Bank', 'Bunq', 'Bankinter', 'Kutxabank', 'Ibercaja', 'Abanca', 'Banque Populaire',
             'La Banque Postale', 'GTBank', 'CRDB Bank', 'Axis Bank', 'UOB', 'Woori Bank', 'Resona Bank', 'ASB Bank',
             'Tangerine', 'Chime', 'Ally Bank', 'Navy Federal Credit Union', 'Truist', 'Huntington Bank',
             'Yapı Kredi'],
    'hospital': ['Wexcombe General Hospital', "Saint Oswin's Hospital", 'Pellingham Royal Hospital',
                 "Harcastle Children's Hospital", 'Lowmoor Community Hospital', 'Ardmuir Infirmary',
                 'Tollbridge District Hospital', 'Johns Hopkins Hospital', 'Cedars-Sinai', "Addenbrooke's Hospital",
                 'Great Ormond Street Hospital', 'Hôpital Necker', 'Pitié-Salpêtrière', 'Policlinico Gemelli',
                 'Hospital Clínic de Barcelona', 'Tygerberg Hospital', 'Raffles Hospital', 'Severance Hospital',
                 'Toranomon Hospital', 'Royal Melbourne Hospital', 'Princess Alexandra Hospital',
                 "Starship Children's Hospital", 'Oslo University Hospital', 'Skåne University Hospital',
                 'Hacettepe University Hospital'],
    'clinic': ['Thistledown Family Practice', 'Quayside Dental Studio', 'Brambleford Surgery',
               'Pennywell Health Centre', 'Kestle Physiotherapy', "Marigold Women's Clinic", 'Elmstead Eye Centre',
               'Solhaga Vårdcentral', 'Terveysasema Kalliola', 'Praxis am Lindenplatz',
               'Centro de Salud Las Acacias', 'Clinique des Glycines', 'Huisartsenpraktijk De Linde',
               'Çınar Aile Sağlığı Merkezi', 'Sunnyvale Urgent Care', 'Lilybank Veterinary Clinic',
               'Hedgerow Animal Hospital'],
    'pharmacy': ['Superdrug', 'Pharmaprix', 'Apoteket', 'Kronans Apotek', 'Yliopiston Apteekki', 'DocMorris',
                 'Farmacias Similares', 'Drogasil', 'Droga Raia', 'Clicks', 'MedPlus', 'Netmeds',
                 'Priceline Pharmacy', 'Unichem'],
    'company': ['Thornquist Analytics', 'Galebrook Systems', 'Orrery Labs', 'Vellichor Books', 'Fernweh Travel',
                'Pyrite Dynamics', 'Ostrander Freight', 'Quenby Instruments', 'Sablewood Studios',
                'Zephyrine Apparel', 'Heliograph Media', 'Tessellate Design', 'Brackwater Fisheries',
                'Windlass Robotics', 'Amberlith Materials', 'Mossgiel Distillery', 'Nettlebed Organics',
                'Cinderford Ceramics', 'Gorsefield Solar', 'Ravelin Cyber', 'Driftmark Logistics', 'Isobar Climate',
                'Lanternfish Games', 'Quarto Legal Tech', 'Wärtsilä', 'Scania', 'ASML', 'Henkel', 'Beiersdorf',
                'Adidas', 'Luxottica', 'Barilla', 'Inditex', 'Repsol', 'Ambev', 'FEMSA', 'Cencosud', 'Globant',
                'Naspers', 'Sasol', 'Andela', 'HCLTech', 'Razorpay', 'Paytm', 'Gojek', 'Traveloka', 'SK Hynix',
                'Uniqlo', 'Nintendo', 'Denso', 'Tencent', 'Alibaba', 'Xiaomi', 'BYD', 'Lenovo', 'Haier', 'Afterpay',
                'Fisher & Paykel'],
    'law': ['Quillon & Baird LLP', 'Hathersage Legal', 'Pemberdale Solicitors', 'Dunmore Kask Advokatbyrå',
            'Vasquez Torrijos Abogados', 'Studio Legale Orsenigo', 'Kancelaria Nowacki-Bryła',
            'Advocatenkantoor Vliegen', 'Rechtsanwälte Kessler Brunnhuber', 'Sherwood Adebanjo Partners',
            'Cheng Mok & Partners'],
    'uni': ['University of St Andrews', 'Durham University', 'Eötvös Loránd University', 'UNAM', 'Cairo University',
            'University of Tokyo', 'KAIST', 'Yonsei University', 'Tsinghua University', 'Fudan University',
            'Nanyang Technological University', 'LUMS', 'Tribhuvan University', 'University of Waterloo',
            'Dalhousie University', 'Leiden University', 'University of Helsinki', 'Warsaw University of Technology',
            'Sorbonne University', 'ETH Zurich', 'EPFL'],
    'airline': ['Icelandair', 'easyJet', 'Eurowings', 'Brussels Airlines', 'Pegasus Airlines', 'SunExpress',
                'Air Arabia', 'Flydubai', 'Saudia', 'EgyptAir', 'RwandAir', 'Air Peace', 'Airlink', 'FlySafair',
                'SpiceJet', 'Vistara', 'Akasa Air', 'SriLankan Airlines', 'VietJet', 'Philippine Airlines',
                'AirAsia', 'Scoot', 'EVA Air', 'Asiana', 'Peach Aviation', 'Jetstar', 'Rex Airlines',
                'Porter Airlines', 'Air Transat', 'Flair Airlines', 'JetBlue', 'Southwest Airlines',
                'Spirit Airlines', 'Aeroméxico', 'Volaris', 'JetSMART', 'Aerolíneas Argentinas', 'Azul', 'GOL'],
    'retail': ['Edeka', 'Rewe', 'Rossmann', 'Kaufland', 'Auchan', 'Monoprix', 'Darty', 'Boulanger', 'Mercadona',
               'Eroski', 'Continente', 'Pingo Doce', 'Conad', 'Albert Heijn', 'Kruidvat', 'Blokker', 'Clas Ohlson',
               'Jula', 'Żabka', 'Pepco', 'A101', 'LC Waikiki', 'Kroger', 'Publix', 'Wegmans', 'Best Buy',
               "Sainsbury's", 'Asda', 'Morrisons', 'Waitrose', 'Argos', 'Currys', 'John Lewis', 'Primark',
               'Dunnes Stores', 'Coles', 'Bunnings', 'JB Hi-Fi', 'Countdown', 'Loblaws', 'Checkers', 'Makro',
               'DMart', 'Nykaa', 'Myntra', 'Meesho', 'FairPrice', 'E-Mart', 'Daiso', 'Muji', 'Nitori',
               'Yodobashi Camera', 'Oxxo', 'Soriana', 'Éxito', 'Ripley', 'Renner', 'Americanas'],
    'saas': ['Trello', 'Miro', 'Loom', 'Zapier', 'Webflow', 'Squarespace', 'Wix', 'Bitbucket', 'GitLab',
             'Confluence', 'ClickUp', 'Basecamp', 'Todoist', 'Evernote', 'Egnyte', 'Smartsheet', 'Wrike', 'Gusto',
             'Rippling', 'Deel', 'BambooHR', 'Workable', 'Greenhouse', 'Gorgias', 'Kustomer', 'Gainsight',
             'Amplitude', 'Mixpanel', 'PostHog', 'Hotjar', 'Algolia', 'Contentful', 'Storyblok', 'Vercel', 'Netlify',
             'Heroku', 'DigitalOcean', 'Linode', 'Hetzner', 'OVHcloud', 'Scaleway', 'Cloudflare', 'Fastly', 'Auth0',
             'OneLogin', '1Password', 'Bitwarden', 'LastPass', 'PagerDuty', 'Opsgenie', 'New Relic', 'Snyk', 'JFrog',
             'CircleCI', 'Buildkite', 'Postman', 'SendGrid', 'Mailgun', 'Postmark', 'Brevo', 'Klaviyo', 'Braze',
             'OneSignal', 'Vonage', 'MessageBird', 'Plivo', 'Sinch', 'Paddle', 'Chargebee', 'Recurly', 'Adyen',
             'Mollie', 'GoCardless', 'Pleo', 'Spendesk', 'Brex', 'Payhawk', 'Tipalti', 'FreshBooks', 'QuickBooks',
             'Fortnox', 'Visma', 'Holded', 'Pennylane'],
    'hotel': ['Hotel Albatros Marina', 'Pension Edelweiss', 'Hostal La Higuera', 'Hôtel des Voyageurs',
              'Ryokan Kinsenkaku', 'Hotelli Aurinkoranta', 'Otel Begonvil', 'Posada del Colibrí', 'Lodge Kilima'],
    'telco': ['Proximus', 'Swisscom', 'Tele2', 'T-Mobile', 'Telus', 'Freedom Mobile', 'Telkomsel', 'SK Telecom',
              'NTT Docomo', 'SoftBank', 'Etisalat', 'Zain', 'Ooredoo', 'Econet', 'Claro', 'Tigo', 'Entel', 'Digicel'],
    'insurer': ['Admiral', 'Hiscox', 'Legal & General', 'HUK-Coburg', 'Groupama', 'MAIF', 'UnipolSai', 'Fidelidade',
                'Achmea', 'Nationale-Nederlanden', 'Folksam', 'Länsförsäkringar', 'LocalTapiola', 'Fennia',
                'Allstate', 'State Farm', 'Liberty Mutual', 'Manulife', 'Intact', 'NRMA', 'Hollard', 'Santam',
                'Jubilee Insurance', 'Star Health', 'Tokio Marine', 'Ping An', 'SulAmérica', 'Rímac'],
    'utility': ['E.ON', 'EDF', 'Engie', 'Naturgy', 'EDP', 'Eneco', 'Ørsted', 'Hafslund', 'Tauron', 'RWE',
                'Wien Energie', 'Acea', 'Ausgrid', 'AGL', 'EnergyAustralia', 'Genesis Energy', 'BC Hydro', 'ConEd',
                'PG&E', 'Duke Energy', 'Dominion Energy', 'Xcel Energy', 'SP Group', 'Tenaga Nasional', 'Meralco',
                'KEPCO', 'TEPCO', 'Sabesp', 'Edenor', 'ESB', 'Bord Gáis Energy', 'Anglian Water'],
    'gym': ["Gold's Gym", '24 Hour Fitness', 'Snap Fitness', 'F45 Training', 'Jetts', 'The Gym Group', 'McFit',
            'Holmes Place', 'Elixia', 'Fitness24Seven', 'Sportlife', 'Cult.fit', 'Bodytech'],
    'courier': ['Evri', 'DPD', 'GLS', 'USPS', 'Purolator', 'Chronopost', 'Colissimo', 'Mondial Relay', 'SEUR', 'MRW',
                'CTT', 'BRT', 'Budbee', 'Instabox', 'Matkahuolto', 'Packeta', 'Speedy', 'Econt', 'Aras Kargo',
                'MNG Kargo', 'Delhivery', 'Ecom Express', 'Ninja Van', 'J&T Express', 'LBC Express', 'SingPost',
                'CJ Logistics', 'Sagawa', 'SF Express', 'StarTrack', 'CourierPost', 'The Courier Guy', 'Fastway',
                'Servientrega', 'Coordinadora', 'Estafeta', 'Andreani', 'Chilexpress', 'Olva Courier', 'Jadlog',
                'Loggi'],
    'restaurant': ['Osteria del Pettirosso', 'The Lamb and Lantern', 'Café Pimpinela', 'Taquería El Nopal',
                   'Bistro Tilleul', 'Sushi Kōbō', 'Churrascaria Fogo Alto', 'Pho Lotus Kitchen',
                   'Gasthaus Zum Hirschen', 'Ravintola Kuikka', 'Krog Ekbacken', 'Lokanta Çınaraltı',
                   'Restaurante O Lagar'],
    'it': ['Lavanderia Sgargiante Snc', 'Falegnameria Ruggeri Srl', 'Torrefazione Aurelia Srl'],
    'au': ['Magpie Ridge Vineyards Pty Ltd', 'Spinifex Surveying Pty Ltd', 'Corella Bay Cabinets Pty Ltd',
           'Mulga Hill Earthworks Pty Ltd', 'Goanna Gully Transport Pty Ltd'],
    'de': ['Feinkost Wendelin GmbH', 'Uhrmacherei Tannhäuser', 'Schreinerei Birkenhof GmbH',
           'Druckhaus Elbufer GmbH'],
    'fr': ['Fromagerie des Alpages SARL', 'Ébénisterie Vermillon SAS', 'Menuiserie Tournesol SARL',
           'Cidrerie du Bocage'],
    'es': ['Quesería Picos Blancos SL', 'Talleres Hermanos Urquijo SL'],
    'pl': ['Stolarnia Dębowy Liść', 'Pracownia Ceramiki Glinianka', 'Wędzarnia Pod Jodłą',
           'Biuro Rachunkowe Kajzerka'],
    'se': ['Snickeri Granbacken AB', 'Fiskrökeriet Tångudden AB', 'Kaffebrenneriet Myrstacken AB',
           'Bokföringsbyrån Lodjuret AB'],
    'fi': ['Puusepänliike Haapala Oy', 'Kahvipaahtimo Kuukkeli Oy', 'Tilitoimisto Ilves Oy', 'Leipomo Ruislinna Oy'],
    'tr': ['Ege Zeytinyağı Ltd. Şti', 'Kaçkar Çay Ltd. Şti', 'Toros Mermer', 'Safranbolu Lokumcusu'],
    'nl': ['Bakkerij Het Korenaartje BV', 'Scheepswerf De Zeemeeuw BV', 'Kaasboerderij Weidezicht BV'],
    'br': ['Marcenaria Ipê Roxo Ltda', 'Cervejaria Serra Azul Ltda'],
    'za': ['Fynbos Naturals (Pty) Ltd', 'Bushveld Engineering (Pty) Ltd', 'Springbok Couriers'],
    'in': ['Kaveri Spices Pvt Ltd', 'Malabar Coir Works', 'Aravalli Infra Pvt Ltd', 'Konkan Cashew Exports'],
    'sg': ['Kampong Glam Trading Pte Ltd', 'Peranakan Kitchen Pte Ltd'],
    'ca': ['Muskoka Timberworks Inc', 'Érablière Saint-Anselme Inc', 'Caribou Lake Outfitters Inc'],
    'latam': ['Café Tayrona SAS', 'Textiles Quipu SAC', 'Artesanías Huichol SA de CV'],
    'kr': ['Hangang Precision', 'Namsan Foods', 'Bukhan Mobility'],
}

FREEMAIL = {
    'uk': ['btopenworld.com', 'ntlworld.com', 'blueyonder.co.uk'],
    'de': ['freenet.de'],
    'fr': ['numericable.fr', 'neuf.fr', 'club-internet.fr'],
    'it': ['fastwebnet.it', 'tin.it', 'inwind.it'],
    'pt': ['netcabo.pt', 'clix.pt', 'oi.com.br', 'r7.com'],
    'pl': ['gazeta.pl', 'tlen.pl', 'poczta.fm'],
    'se': ['passagen.se', 'glocalnet.net'],
    'fi': ['netti.fi'],
    'tr': ['ttmail.com'],
    'nl': ['hetnet.nl', 'casema.nl', 'skynet.be'],
    'au': ['internode.on.net', 'dodo.com.au', 'clear.net.nz', 'slingshot.co.nz'],
    'ca': ['telus.net', 'cogeco.ca'],
    'za': ['absamail.co.za'],
    'in': ['vsnl.net'],
    'jp': ['nifty.com', 'biglobe.ne.jp', 'so-net.ne.jp'],
    'eu': ['abv.bg', 'azet.sk', 'hot.ee'],
    'us': ['earthlink.net', 'bellsouth.net', 'cox.net', 'charter.net', 'sbcglobal.net', 'juno.com', 'netzero.net'],
    'any': ['runbox.com'],
}

MAIL_REGION = {'us': 'us', 'uk': 'uk', 'au': 'au', 'ca': 'ca', 'fr': 'fr', 'de': 'de', 'nl': 'nl', 'it': 'it',
               'pt': 'pt', 'pl': 'pl', 'se': 'se', 'fi': 'fi', 'tr': 'tr', 'za': 'za', 'in': 'in', 'jp': 'jp',
               'eu': 'eu'}

# company domains, for work addresses and web links
CORP = ['thornquist-analytics.com', 'galebrook.io', 'orrerylabs.dev', 'kittiwake-marine.co.uk', 'fernweh.travel',
        'ostranderfreight.com', 'larchmontbio.com', 'quenby-instruments.de', 'sablewood.studio', 'heliograph.media',
        'marrowgate.capital', 'tessellate.design', 'windlass-robotics.com', 'amberlith.eu', 'gorsefield-solar.co.uk',
        'ravelin-cyber.io', 'driftmark.co', 'lanternfish.games', 'brackwater.no', 'nettlebed-organics.co.uk',
        'cinderford.pottery', 'zephyrine.fashion', 'pyrite-dynamics.com']

PHISH = ['verify-parcel-status.info', 'secure-account-check.co', 'refund-claims-online.help',
         'wallet-unlock-support.net', 'bank-login-confirm.com']

FILES = ['ingest_worker.py', 'LedgerService.kt', 'appsettings.Staging.json', 'compose.prod.yml', 'budget_fy26.xlsx',
         'offer_letter.docx', '0017_add_index.sql', 'reconcile.rs', 'vite.config.ts', 'Pipfile.lock',
         'settings.gradle.kts', 'theme.less', 'timesheet_march.csv', 'handbook_v2.pdf', 'rollout.ps1',
         'jest.config.cjs', 'api.proto', 'flake.nix', 'mix.exs', 'RELEASE_NOTES.txt', 'constraints.txt',
         'haproxy.cfg', 'nda_signed_scan.pdf', 'BUILD.bazel']

NATIONALITY = ['Bhutanese', 'Malagasy', 'Paraguayan', 'Honduran', 'Guatemalan', 'Namibian', 'Rwandan', 'Ugandan',
               'Malawian', 'Mauritian', 'Kazakh', 'Kyrgyz', 'Azerbaijani', 'Montenegrin', 'Macedonian',
               'Luxembourgish', 'Omani', 'Qatari', 'Emirati', 'Kuwaiti', 'Bahraini', 'Yemeni', 'Sudanese',
               'Cameroonian', 'Ivorian', 'Togolese', 'Malian', 'Burkinabé', 'Gabonese', 'Congolese', 'Angolan',
               'Mozambican', 'Barbadian', 'Belizean', 'Nicaraguan', 'Costa Rican', 'Panamanian', 'Guyanese',
               'Surinamese']

RELIGION = ['Seventh-day Adventist', 'Coptic Christian', 'Shintoist', "Jehovah's Witness", 'Latter-day Saint',
            'Congregationalist']

POLITICAL = ['Sandinista', 'Chavista', 'Labourite', 'Eurosceptic']

PRODUCTS = ['FlowMax 3 kettle', 'Orbit S2 earbuds', 'Pulse 9 monitor', 'Nimbus T4 tablet', 'Sierra 5 webcam',
            'Ember 8 heater']

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def rd(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def nz(n):
    """n digits, the first not zero."""
    return str(R.randint(1, 9)) + rd(n - 1)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def amount(sym='$', lo=12, hi=9000):
    v = R.randint(lo * 100, hi * 100) / 100
    if sym in ('€ ', 'EUR '):
        return sym + ('%.2f' % v).replace('.', ',')
    return sym + '{:,.2f}'.format(v)


FOLD = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'ı': 'i', 'İ': 'I'}


def fold(s):
    s = ''.join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


def initial(s):
    return (fold(s)[:1] or 'x').upper()


# ---------------------------------------------------------------------------
# People, places, organisations
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, reg):
        spec = NAMES[reg]
        self.reg = reg
        if 'pairs' in spec:
            self.first, self.last = pick(spec['pairs'])
        else:
            self.first, self.last = pick(spec['first']), pick(spec['last'])
        order = spec.get('order', 'w')
        if reg == 'kr' and chance(0.4):
            order = 'w'
        if order == 'w':
            mid = ' %s.' % pick('ABCDEGHJKLMNPRST') if reg in ('us', 'ca', 'au') and chance(0.12) else ''
            self.full = self.first + mid + ' ' + self.last
        else:
            self.full = self.last + spec.get('sep', ' ') + self.first
        self.call = self.first.split()[-1] if reg == 'vn' else self.first
        if reg == 'kr_h':
            self.roman = (pick(NAMES['kr']['first']), pick(NAMES['kr']['last']))
        else:
            self.roman = (self.first, self.last)

    def name(self, form='full'):
        return ('PERSON', {'full': self.full, 'first': self.call, 'last': self.last}[form])

    def local(self):
        f, l_ = fold(self.roman[0]), fold(self.roman[1])
        k = R.randint(0, 7)
        if k == 0:
            return f + '.' + l_
        if k == 1:
            return f[0] + l_
        if k == 2:
            return '%s_%s%d' % (f, l_, R.randint(1, 99))
        if k == 3:
            return f + str(R.randint(70, 2009))
        if k == 4:
            return l_ + '.' + f
        if k == 5:
            return f + '.' + l_ + '+' + pick(['billing', 'work', 'news', 'shop'])
        if k == 6:
            return f + l_[0]
        return f + '.' + l_

    def mail(self, dom=None):
        if dom is None:
            dom = pick(FREEMAIL[MAIL_REGION.get(self.reg, 'any')] + FREEMAIL['any']) if chance(0.6) else pick(CORP)
        return ('EMAIL_ADDRESS', self.local() + '@' + dom)


NAME_ALIAS = {'ie': 'uk', 'nz': 'au', 'at': 'de', 'ch': 'de', 'be': 'nl', 'br': 'pt'}


def person(reg=None):
    if reg is None:
        reg = pick(ANY_PEOPLE)
    elif isinstance(reg, (list, tuple)):
        reg = pick(reg)
    return Person(NAME_ALIAS.get(reg, reg))


def _reg(reg, pool):
    if reg is None:
        return pick(pool)
    if isinstance(reg, (list, tuple)):
        return pick(reg)
    return reg


def CITY(reg=None):
    return ('LOCATION', pick(PLACES[_reg(reg, ANY_PLACE)]['c']))


def REGION(reg):
    return ('LOCATION', pick(PLACES[reg]['r']))


def COUNTRY(reg=None):
    reg = _reg(reg, [k for k, v in PLACES.items() if v['n']])
    return ('LOCATION', pick(PLACES[reg]['n']))


def STREET(reg=None):
    reg = _reg(reg, STREET_PLACE)
    f = pick(PLACES[reg]['s'])
    return ('LOCATION', f.format(n=R.randint(2, 480), u=R.randint(1, 40)))


def ADDR(reg=None, country=False, region=False):
    """Street, city (and region or country), one span per comma part."""
    reg = _reg(reg, STREET_PLACE)
    out = [STREET(reg), ', ', CITY(reg)]
    if region and PLACES[reg]['r']:
        out += [', ', REGION(reg)]
    if country and PLACES[reg]['n']:
        out += [', ', COUNTRY(reg)]
    return out


def ORG(kind='company'):
    if isinstance(kind, (list, tuple)):
        kind = pick(kind)
    return ('ORGANIZATION', pick(ORGS[kind]))


def NRP(kind=None):
    kind = kind or pick(['nat', 'nat', 'rel', 'pol'])
    return ('NRP', pick({'nat': NATIONALITY, 'rel': RELIGION, 'pol': POLITICAL}[kind]))


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------

MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta '
          'lokakuuta marraskuuta joulukuuta',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
    'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
}


def _day(kind):
    y = {'dob': (1941, 2009), 'past': (2016, 2025), 'near': (2024, 2027)}[kind]
    return datetime.date(R.randint(*y), R.randint(1, 12), R.randint(1, 28))


def _ord(d):
    return str(d) + ('th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def _date_str(lang, dt, kind):
    d, m, y = dt.day, dt.month, dt.year
    M = MONTHS.get(lang, MONTHS['en'])[m - 1]
    if lang == 'en':
        fs = ['%s %d, %d' % (M, d, y), '%d %s %d' % (d, M, y), '%02d/%02d/%d' % (m, d, y),
              '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%s %d, %d' % (M[:3], d, y),
              '%d %s %d' % (d, M[:3], y), '%s %s %d' % (_ord(d), M, y)]
        if kind != 'dob':
            wd = WEEKDAYS['en'][dt.weekday()]
            fs += ['%s, %s %d' % (wd, M, d), '%s %d %s' % (wd, d, M), '%s %s' % (M, _ord(d))]
        return pick(fs)
    if lang == 'es':
        return pick(['%d de %s de %d' % (d, M, y), '%02d/%02d/%d' % (d, m, y)] +
                    (['%s %d de %s' % (WEEKDAYS['es'][dt.weekday()], d, M)] if kind != 'dob' else []))
    if lang == 'it':
        return pick(['%d %s %d' % (d, M, y), '%02d/%02d/%d' % (d, m, y)])
    if lang == 'pl':
        return pick(['%d %s %d' % (d, M, y), '%02d.%02d.%d' % (d, m, y)])
    if lang == 'sv':
        return pick(['%d %s %d' % (d, M, y), '%d-%02d-%02d' % (y, m, d)])
    if lang == 'fi':
        return pick(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, M, y)])
    if lang == 'tr':
        return pick(['%d %s %d' % (d, M, y), '%02d.%02d.%d' % (d, m, y)])
    if lang == 'fr':
        return pick(['%d %s %d' % (d, M, y), '%02d/%02d/%d' % (d, m, y)] +
                    (['%s %d %s' % (WEEKDAYS['fr'][dt.weekday()], d, M)] if kind != 'dob' else []))
    if lang == 'de':
        return pick(['%d. %s %d' % (d, M, y), '%02d.%02d.%d' % (d, m, y)] +
                    (['%s, %d. %s' % (WEEKDAYS['de'][dt.weekday()], d, M)] if kind != 'dob' else []))
    if lang == 'pt':
        return pick(['%d de %s de %d' % (d, M, y), '%02d/%02d/%d' % (d, m, y)])
    if lang == 'nl':
        return pick(['%d %s %d' % (d, M, y), '%02d-%02d-%d' % (d, m, y)])
    raise ValueError(lang)


def _time_str(lang):
    h, mi = R.randint(7, 19), pick([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if lang == 'en':
        h12 = h % 12 or 12
        ap = 'AM' if h < 12 else 'PM'
        return pick(['%d:%02d %s' % (h12, mi, ap), '%02d:%02d' % (h, mi), '%d:%02d%s' % (h12, mi, ap.lower()),
                     ('%d%s' % (h12, ap.lower())) if mi == 0 else '%d:%02d %s' % (h12, mi, ap)])
    if lang in ('fr', 'pt'):
        return '%dh%02d' % (h, mi)
    if lang == 'fi':
        return '%d.%02d' % (h, mi)
    return '%d:%02d' % (h, mi)


TIME_JOIN = {'en': [' at ', ', ', ' '], 'es': [' a las '], 'it': [' alle ', ' ore '], 'pl': [' o ', ', godz. '],
             'sv': [' kl. '], 'fi': [' klo '], 'tr': [' saat '], 'fr': [' à '], 'de': [' um '], 'pt': [' às '],
             'nl': [' om ']}


def DATE(lang='en', kind='near', time=False):
    s = _date_str(lang, _day(kind), kind)
    if time:
        t = _time_str(lang)
        if lang == 'de' and chance(0.5):
            t += ' Uhr'
        s += pick(TIME_JOIN[lang]) + t
    return ('DATE_TIME', s)


def TIME(lang='en'):
    return ('DATE_TIME', _time_str(lang))


def STMT_DATE():
    dt = _day('past')
    return ('DATE_TIME', pick(['%02d/%02d/%d' % (dt.day, dt.month, dt.year), '%02d %s %d' % (
        dt.day, MONTHS['en'][dt.month - 1][:3], dt.year)]))


# ---------------------------------------------------------------------------
# Contact values
# ---------------------------------------------------------------------------

PHONE_FMT = {
    'us': ['+1 (NXX) NXX-XXXX', 'NXX-NXX-XXXX', '(NXX) NXX-XXXX', 'NXX.NXX.XXXX', '+1 NXX NXX XXXX',
           '+1-NXX-NXX-XXXX'],
    'uk': ['+44 7XXX XXXXXX', '07XXX XXXXXX', '+44 (0)20 7XXX XXXX', '020 8XXX XXXX', '+44 131 XXX XXXX',
           '01NXX XXXXXX'],
    'ie': ['+353 8X XXX XXXX', '08X XXX XXXX'],
    'de': ['+49 30 XXXXXXXX', '+49 (0)151 XXXX XXXX', '0176 XXXXXXXX', '089 XXXXXXX'],
    'at': ['+43 660 XXX XXXX', '+43 1 XXX XX XX'],
    'ch': ['+41 79 XXX XX XX', '044 XXX XX XX'],
    'fr': ['+33 6 XX XX XX XX', '06 XX XX XX XX', '+33 (0)1 XX XX XX XX', '07 XX XX XX XX'],
    'nl': ['+31 6 XXXXXXXX', '06-XXXXXXXX', '+31 20 XXX XXXX', '020-XXX XXXX'],
    'be': ['+32 4XX XX XX XX'],
    'it': ['+39 3XX XXX XXXX', '3XX XXX XXXX', '+39 02 XXXX XXXX', '06 XXXX XXXX'],
    'es': ['+34 6XX XXX XXX', '6XX XX XX XX', '+34 91X XX XX XX'],
    'pt': ['+351 9XX XXX XXX', '21X XXX XXX'],
    'pl': ['+48 5XX XXX XXX', '+48 22 XXX XX XX', '6XX XXX XXX', '+48 (12) XXX XX XX'],
    'se': ['+46 70 XXX XX XX', '070-XXX XX XX', '08-XXX XXX XX', '+46 (0)8 XXX XXX XX'],
    'fi': ['+358 40 XXX XXXX', '040 XXX XXXX', '+358 9 XXXX XXXX', '050-XXX XXXX'],
    'tr': ['+90 5XX XXX XX XX', '0 5XX XXX XX XX', '0(5XX) XXX XX XX', '+90 212 XXX XX XX'],
    'br': ['+55 11 9XXXX-XXXX', '(21) 9XXXX-XXXX', '+55 (31) 9XXXX-XXXX'],
    'mx': ['+52 55 XXXX XXXX', '+52 1 33 XXXX XXXX', '(81) XXXX-XXXX'],
    'ar': ['+54 9 11 XXXX-XXXX', '011 XXXX-XXXX'],
    'co': ['+57 3XX XXX XXXX'],
    'cl': ['+56 9 XXXX XXXX'],
    'in': ['+91 9XXXX XXXXX', '+91-9XXXXXXXXX', '+91 80 XXXX XXXX', '98XXX XXXXX'],
    'pk': ['+92 3XX XXXXXXX'],
    'jp': ['+81 3-XXXX-XXXX', '090-XXXX-XXXX', '+81 80 XXXX XXXX', '06-XXXX-XXXX'],
    'kr': ['+82 10-XXXX-XXXX', '010-XXXX-XXXX', '02-XXXX-XXXX', '+82 2 XXXX XXXX'],
    'cn': ['+86 138 XXXX XXXX', '+86 10 XXXX XXXX'],
    'sg': ['+65 9XXX XXXX', '+65 8XXX XXXX', '6XXX XXXX'],
    'my': ['+60 12-XXX XXXX'],
    'ph': ['+63 917 XXX XXXX', '0917 XXX XXXX'],
    'au': ['+61 4XX XXX XXX', '04XX XXX XXX', '(02) 9XXX XXXX', '+61 3 9XXX XXXX', '(08) 8XXX XXXX'],
    'nz': ['+64 21 XXX XXXX', '021 XXX XXXX', '+64 9 XXX XXXX'],
    'ca': ['+1 (604) NXX-XXXX', '(514) NXX-XXXX', '+1 416 NXX XXXX', '403-NXX-XXXX'],
    'za': ['+27 82 XXX XXXX', '072 XXX XXXX', '+27 (0)11 XXX XXXX', '021 XXX XXXX'],
    'ng': ['+234 803 XXX XXXX', '0803 XXX XXXX', '+234 80X XXX XXXX'],
    'ke': ['+254 7XX XXX XXX', '07XX XXXXXX'],
    'gh': ['+233 24 XXX XXXX'],
    'ma': ['+212 6XX-XXXXXX'],
    'ae': ['+971 50 XXX XXXX'],
}
PHONE_OF = {'us': 'us', 'uk': 'uk', 'au': 'au', 'ca': 'ca', 'fr': 'fr', 'de': 'de', 'nl': 'nl', 'it': 'it',
            'es': 'es', 'pt': 'pt', 'pl': 'pl', 'se': 'se', 'fi': 'fi', 'tr': 'tr', 'eu': 'at', 'latam': 'mx',
            'ng': 'ng', 'af': 'ke', 'za': 'za', 'in': 'in', 'sa': 'pk', 'cn': 'cn', 'jp': 'jp', 'kr': 'kr',
            'kr_h': 'kr', 'vn': 'sg', 'sea': 'ph', 'sg': 'sg'}


def PHONE(cc=None):
    if cc is None:
        cc = pick(list(PHONE_FMT) + ['us', 'us', 'uk', 'uk'])
    cc = PHONE_OF.get(cc, cc) if cc not in PHONE_FMT else cc
    f = pick(PHONE_FMT[cc])
    out = ''.join(str(R.randint(2, 9)) if ch == 'N' else (R.choice(string.digits) if ch == 'X' else ch) for ch in f)
    return ('PHONE_NUMBER', out)


def IP4(private=None):
    if private is None:
        private = chance(0.35)
    if private:
        k = R.randint(0, 2)
        if k == 0:
            v = '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        elif k == 1:
            v = '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
        else:
            v = '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    else:
        a = pick([x for x in range(1, 224) if x not in (10, 127, 169, 172, 192)])
        v = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def IP6(kind=None):
    kind = kind or pick(['full', 'comp', 'comp', 'll', 'mapped'])
    up = chance(0.2)
    g = lambda: hexs(R.randint(1, 4)).lstrip('0') or '0'  # noqa: E731
    if kind == 'full':
        v = ':'.join(hexs(4) for _ in range(8))
    elif kind == 'comp':
        v = pick(['2a0%d' % R.randint(1, 9), '2001:db8', '2600:%s' % hexs(4), '2c0f:%s' % hexs(3)]) + ':' + \
            ':'.join(g() for _ in range(R.randint(1, 2))) + '::' + ':'.join(g() for _ in range(R.randint(1, 2)))
    elif kind == 'll':
        v = 'fe80::' + ':'.join(hexs(4).lstrip('0') or '0' for _ in range(4))
    else:
        v = '::ffff:' + IP4(False)[1]
    return ('IP_ADDRESS', v.upper() if up and kind != 'mapped' else v)


def IP(private=None):
    return IP6() if chance(0.25) else IP4(private)


def MAC():
    b = [R.randint(0, 255) for _ in range(6)]
    k = R.randint(0, 4)
    if k == 0:
        v = ':'.join('%02X' % x for x in b)
    elif k == 1:
        v = ':'.join('%02x' % x for x in b)
    elif k == 2:
        v = '-'.join('%02X' % x for x in b)
    elif k == 3:
        v = '-'.join('%02x' % x for x in b)
    else:
        h = ''.join('%02x' % x for x in b)
        v = '.'.join(h[i:i + 4] for i in (0, 4, 8))
    return ('MAC_ADDRESS', v)


PATHS = ['/account/billing', '/careers/apply?id={d}', '/docs/onboarding', '/s/{a}', '/verify?session={a}',
         '/forms/intake/{d}', '/help/articles/{d}-reset-mfa', '/u/{a}', '/shared/{a}/view', '/orders/{d}/status',
         '/login?next=%2Fdashboard', '/events/{d}/rsvp', '']


def URL(dom=None, scheme=None):
    dom = dom or pick(CORP)
    if scheme is None:
        scheme = pick(['https://'] * 6 + ['http://', '', ''])
    host = dom
    if chance(0.45):
        host = pick(['portal.', 'help.', 'my.', 'careers.', 'docs.', 'app.', 'www.']) + dom
    elif scheme == '':
        host = 'www.' + dom
    path = pick(PATHS).format(d=R.randint(100, 99999), a=''.join(R.choice(string.ascii_letters + string.digits)
                                                                for _ in range(R.randint(6, 12))))
    return ('URL', scheme + host + path)


# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------

def CARD(kind=None, fmt=None):
    kind = kind or pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    n = C.card(R, kind)
    fmt = fmt or pick(['sp', 'sp', 'sp', 'dash', 'none'])
    if fmt == 'none':
        return ('CREDIT_CARD', n)
    sep = ' ' if fmt == 'sp' else '-'
    if len(n) == 15:
        return ('CREDIT_CARD', sep.join([n[:4], n[4:10], n[10:]]))
    if len(n) == 14:
        return ('CREDIT_CARD', sep.join([n[:4], n[4:10], n[10:]]))
    return ('CREDIT_CARD', C.group(n, 4, sep))


def IBAN(cc=None, grouped=None):
    cc = cc or pick(['IT', 'CH', 'AT', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR', 'GB', 'NL', 'DE',
                     'FR', 'ES', 'PL', 'BE'])
    v = C.iban(R, cc)
    if grouped is None:
        grouped = chance(0.55)
    return ('IBAN_CODE', C.group(v, 4) if grouped else v)


def _sep3(parts, seps=('-', '-', '-', ' ', '')):
    return pick(seps).join(parts)


def SSN():
    return ('US_SSN', _sep3(C.ssn(R)))


def ITIN():
    return ('US_ITIN', _sep3(C.itin(R)))


def NHS():
    v = C.nhs(R)
    return ('UK_NHS', pick([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v, v[:3] + '-' + v[3:6] + '-' + v[6:]]))


def NINO():
    while True:
        a, b = R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase)
        if a in 'DFIQUV' or b in 'DFIQUVO' or a + b in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            continue
        break
    d, s = rd(6), R.choice('ABCD')
    return ('UK_NINO', pick(['%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s), a + b + d + s]))


def SIN():
    v = C.sin(R)
    return ('CA_SIN', pick([C.group(v, 3), C.group(v, 3, '-'), v]))


def TFN():
    v = C.tfn(R)
    return ('AU_TFN', pick([C.group(v, 3), C.group(v, 3), v]))


def ABN():
    v = C.abn(R)
    return ('AU_ABN', pick([v[:2] + ' ' + C.group(v[2:], 3), v]))


def ACN():
    v = C.acn(R)
    return ('AU_ACN', pick([C.group(v, 3), C.group(v, 3), v]))


def MEDICARE():
    v = C.medicare(R)
    return ('AU_MEDICARE', pick([v[:4] + ' ' + v[4:9] + ' ' + v[9], v, v[:4] + ' ' + v[4:9] + ' ' + v[9]]))


def NIF():
    v = C.nif(R)
    return ('ES_NIF', pick([v, v, v[:8] + '-' + v[8]]))


def NIE():
    v = C.nie(R)
    return ('ES_NIE', pick([v, v, v[:8] + '-' + v[8], v[0] + '-' + v[1:8] + '-' + v[8]]))


def CF():
    return ('IT_FISCAL_CODE', C.cf(R))


def PIVA():
    return ('IT_VAT_CODE', C.piva(R))


def PESEL():
    return ('PL_PESEL', C.pesel(R))


def PNR():
    k = R.randint(0, 3)
    if k == 0:
        return ('SE_PERSONNUMMER', C.se_pnr(R))
    if k == 1:
        return ('SE_PERSONNUMMER', C.se_pnr(R, long=True))
    if k == 2:
        return ('SE_PERSONNUMMER', C.se_pnr(R, long=True, sep=''))
    return ('SE_PERSONNUMMER', C.se_pnr(R))


def HETU():
    v = C.hetu(R)
    c = v[6]
    c = pick('-YXWVU') if c == '-' else pick('ABCDEF')
    return ('FI_PERSONAL_IDENTITY_CODE', v[:6] + c + v[7:])


def TCKN():
    return ('TR_NATIONAL_ID', C.tr_id(R))


def RRN():
    v = C.kr_rrn(R)
    return ('KR_RRN', v[:6] + '-' + v[6:] if chance(0.8) else v)


def NRIC(prefix=None):
    while True:
        v = C.nric(R)
        if prefix is None or v[0] in prefix:
            return ('SG_NRIC_FIN', v)


def PAN(p=None, kind='P'):
    U = string.ascii_uppercase
    fifth = initial(p.last) if p is not None else R.choice(U)
    return ('IN_PAN', ''.join(R.choice(U) for _ in range(3)) + kind + fifth + rd(4) + R.choice(U))


def AADHAAR():
    v = C.aadhaar(R)
    return ('IN_AADHAAR', pick([C.group(v, 4), C.group(v, 4), v, C.group(v, 4, '-')]))


def VOTER():
    return ('IN_VOTER', ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + rd(7))


def INPASS():
    return ('IN_PASSPORT', R.choice('ABCDEFGHJKLMNPRSTUVW') + str(R.randint(1, 9)) + rd(6))


def ZAID():
    v = C.za_id(R)
    return ('ZA_ID_NUMBER', v if chance(0.8) else v[:6] + ' ' + v[6:10] + ' ' + v[10:])


def NPI():
    return ('US_NPI', C.npi(R))


def DEA(p=None):
    v = C.dea(R)
    if p is not None:
        v = v[0] + initial(p.last) + v[2:]
    return ('MEDICAL_LICENSE', v)


def MBI():
    return ('US_MBI', C.mbi(R, dash=chance(0.4)))


def USPASS():
    return ('US_PASSPORT', nz(9) if chance(0.5) else R.choice('ACEFGHKMNPRWXZ') + rd(8))


def _L():
    return R.choice(string.ascii_uppercase)


# licence number shapes of several states (letter + 7 digits, 4-3-2-3-1 with dashes, 9 digits in threes,
# WDL + 9 characters, letter + 12 digits, ...)
DL_FMT = [
    lambda: _L() + rd(7),
    lambda: '%s%s-%s-%s-%s-%s' % (_L(), rd(3), rd(3), rd(2), rd(3), rd(1)),
    lambda: '%s%s-%s-%s' % (_L(), rd(3), rd(4), rd(4)),
    lambda: '%s %s %s' % (nz(3), rd(3), rd(3)),
    lambda: nz(8),
    lambda: '%s %s %s' % (rd(2), rd(3), rd(3)),
    lambda: 'WDL' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
    lambda: '%s %s %s %s %s' % (_L(), rd(3), rd(3), rd(3), rd(3)),
    lambda: '%s%s-%s-%s-%s' % (_L(), rd(3), rd(4), rd(4), rd(2)),
    lambda: _L() + rd(12),
    lambda: '%s-%s-%s-%s-%s' % (_L(), rd(3), rd(3), rd(3), rd(3)),
    lambda: 'H' + rd(8),
    lambda: '%s%s%s' % (rd(3), ''.join(R.choice(string.ascii_uppercase) for _ in range(2)), rd(4)),
]


def USDL():
    return ('US_DRIVER_LICENSE', pick(DL_FMT)())


def BANK():
    return ('US_BANK_NUMBER', nz(R.randint(8, 17)))


def BTC(kind=None):
    kind = kind or pick(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr'])
    return ('CRYPTO', C.btc(R, kind))


# ---------------------------------------------------------------------------
# Look-alikes (never labelled)
# ---------------------------------------------------------------------------

def bad_luhn(n=16):
    while True:
        v = nz(n)
        if not C.luhn_ok(v):
            return v


def bad_iban(cc=None):
    cc = cc or pick(['DE', 'FR', 'IT', 'NL', 'GB', 'ES', 'SE', 'CH'])
    v = C.iban(R, cc)
    ck = int(v[2:4])
    v = v[:2] + '%02d' % ((ck + R.randint(1, 80)) % 97 + 2) + v[4:]
    num = ''.join(str(int(ch, 36)) for ch in v[4:] + v[:4])
    if int(num) % 97 == 1:
        return bad_iban(cc)
    return C.group(v, 4) if chance(0.5) else v


def bad_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = nz(9)
        if sum(int(a) * b for a, b in zip(d, w)) % 11:
            return d


def bad_nhs():
    while True:
        d = nz(10)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        if (0 if c == 11 else c) != int(d[9]):
            return d


def bad_aadhaar():
    while True:
        d = str(R.randint(2, 9)) + rd(11)
        if not C.verhoeff_ok(d):
            return d


def bad_b58():
    while True:
        v = C.btc(R, pick(['p2pkh', 'p2sh']))
        i = R.randint(5, len(v) - 2)
        ch = pick([c for c in C.B58 if c != v[i]])
        w = v[:i] + ch + v[i + 1:]
        n = 0
        for c in w:
            n = n * 58 + C.B58.index(c)
        raw = n.to_bytes(25, 'big')
        if hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] != raw[21:]:
            return w


def bad_pesel():
    v = C.pesel(R)
    return v[:10] + str((int(v[10]) + R.randint(1, 9)) % 10)


def bad_nif():
    v = C.nif(R)
    return v[:8] + pick([c for c in C.NIF_L if c != v[8]])


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:])


def version():
    return '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 60)) + pick(['', '', '-rc.1', '-beta.2'])


def sku():
    return '%s-%s-%s-%s' % (nz(3), rd(3), rd(4), pick(['BK', 'WH', 'XL', 'GR', 'A', 'RD']))


def order_no():
    return pick(['#' + nz(8), 'ORD-' + nz(7), 'PO-' + rd(6), 'SO-' + nz(6), nz(10)])


def inv_no():
    return pick(['INV-%d-%s' % (R.randint(2019, 2026), rd(5)), 'FAC/%s/%s' % (rd(3), rd(4)), 'RE-' + nz(7),
                 'INV' + nz(6)])


# ---------------------------------------------------------------------------
# Templates with PII. Each returns the record's parts: plain strings, and
# (type, value) pairs for labelled values.
# ---------------------------------------------------------------------------

T = []   # templates with PII
N = []   # templates without PII


def tpl(f):
    T.append(f)
    return f


def neg(f):
    N.append(f)
    return f


def SUBJ():
    return pick(['vendor review', 'contract renewal', 'invoice query', 'site visit', 'handover',
                 'budget sign-off', 'laptop return', 'onboarding docs', 'parking permits', 'warehouse audit'])


# --- e-mail and messaging ----------------------------------------------------

@tpl
def t_reply_refund():
    p = person()
    return ['Draft a reply to ', p.name(), ' (', p.mail(), ') saying the refund for order ', order_no(),
            ' will be processed on ', DATE(), '. Keep it friendly and short.']


@tpl
def t_thread_headers():
    a, b = person(), person()
    return ['Summarise this thread in two bullets:\n\nFrom: ', a.name(), ' <', a.mail(), '>\nTo: ', b.name(), ' <',
            b.mail(), '>\nDate: ', DATE(time=True), '\nSubject: Re: ', SUBJ(), '\n\nHi ', b.name('first'),
            ',\nI checked with the team in ', CITY(), ' and we can move ahead once legal signs off.\n\nBest,\n',
            a.name('first')]


@tpl
def t_polish_email():
    p, q = person(), person()
    return ['Make this sound more professional: "hey ', p.name('first'), ', can u send the signed lease to ',
            q.mail(), ' before ', DATE(), '? thx"']


@tpl
def t_decline_invite():
    p = person()
    return ['Write a short note declining ', p.name(), "'s invitation to the partner dinner at ", ORG('restaurant'),
            ' on ', DATE(time=True), ". I'll be in ", CITY(), ' that week.']


@tpl
def t_intro_email():
    a, b = person(), person()
    return ['Write an intro email connecting ', a.name(), ' (head of operations at ', ORG(), ') with ', b.name(),
            ', who runs procurement. ', a.name('first'), "'s direct line is ", PHONE(a.reg), '.']


@tpl
def t_cc_list():
    ps = [person() for _ in range(3)]
    return ['Who should I drop from this distribution list?\nTo: ', ps[0].mail(), '\nCc: ', ps[1].mail(), ', ',
            ps[2].mail(), '\nSubject: ', SUBJ()]


@tpl
def t_ooo():
    p = person()
    return ["Write an out-of-office message: I'm away until ", DATE(), '. For anything urgent contact ', p.name(),
            ' on ', PHONE(p.reg), ' or at ', p.mail(), '.']


@tpl
def t_parcel_apology():
    p = person(['us', 'uk', 'au', 'ca'])
    reg = {'us': 'us', 'uk': 'uk', 'au': 'au', 'ca': 'ca'}[p.reg]
    return ['Customer ', p.name(), ' says her parcel never arrived at '] + ADDR(reg) + \
           ['. Draft an apology and offer a reshipment.']


@tpl
def t_translate_es():
    p = person()
    return ['Translate to Spanish: "Hi ', p.name('first'), ', your booking at ', ORG('hotel'), ' in ', CITY(),
            ' is confirmed for ', DATE(), '. See you soon!"']


@tpl
def t_translate_fr():
    p, d = person('fr'), person('fr')
    return ['Traduis en anglais : « Bonjour ', p.name(), ', votre rendez-vous avec le Dr ', d.name('last'),
            ' est fixé au ', DATE('fr', time=True), ', ', STREET('fr'), ', ', CITY('fr'), '. »']


@tpl
def t_translate_de():
    p = person('de')
    return ['Übersetze ins Englische: Sehr geehrte Frau ', p.name('last'), ', Ihre Bestellung ', order_no(),
            ' wird am ', DATE('de'), ' an '] + ADDR('de') + [' geliefert.']


@tpl
def t_translate_pt():
    p = person('pt')
    return ['Traduz para inglês: Olá ', p.name(), ', o seu pagamento de 120 € para o IBAN ', IBAN('PT'),
            ' foi recebido em ', DATE('pt'), '.']


@tpl
def t_translate_nl():
    p = person('nl')
    return ['Vertaal naar het Engels: Beste ', p.name(), ', uw afspraak bij ', ORG(['clinic', 'nl']), ' op ',
            DATE('nl', time=True), ' is bevestigd. Bel ', PHONE('nl'), ' als u verhinderd bent.']


@tpl
def t_translate_it():
    p = person('it')
    return ['Traduci in inglese: Gentile ', p.name(), ', la fattura di ', ORG('it'), ' (P.IVA ', PIVA(),
            ') scade il ', DATE('it'), '.']


@tpl
def t_translate_pl():
    p = person('pl')
    return ['Przetłumacz na angielski: Pan ', p.name(), ' (PESEL ', PESEL(), '), adres: '] + ADDR('pl') + \
           [', prosi o kontakt pod numerem ', PHONE('pl'), '.']


@tpl
def t_translate_sv():
    p = person('se')
    return ['Översätt till engelska: Hej ', p.name('first'), '! Din ansökan med personnummer ', PNR(),
            ' har kommit in. Vi ringer dig på ', PHONE('se'), ' den ', DATE('sv'), '.']


@tpl
def t_translate_fi():
    p = person('fi')
    return ['Käännä englanniksi: Hei ', p.name(), ', henkilötunnuksesi ', HETU(), ' on tallennettu. Tapaaminen ',
            DATE('fi', time=True), ' osoitteessa '] + ADDR('fi') + ['.']


@tpl
def t_translate_tr():
    p = person('tr')
    return ['İngilizceye çevir: Sayın ', p.name(), ', ', DATE('tr', time=True), ' tarihli randevunuz ',
            ORG('hospital'), ' için onaylandı. T.C. kimlik no: ', TCKN(), '.']


@tpl
def t_sms_shorten():
    a, b = person(), person()
    return ['Shorten this SMS to 160 chars: "Hi ', a.name('first'), ", it's ", b.name('first'), ' from ',
            ORG(['courier', 'retail']), '. Your delivery is booked for ', DATE(), '. Reply to ', PHONE(a.reg),
            ' to change it."']


@tpl
def t_tone_check():
    p = person()
    return ['Is this too blunt? "', p.name('first'), ', I still have not received the deposit. Pay it into ',
            IBAN(), ' by ', DATE(), ' or I will cancel the booking."']


# --- meetings, chats, transcripts ------------------------------------------

@tpl
def t_meeting_notes():
    a, b, c = person(), person(), person()
    return ['Turn these notes into action items:\nMeeting: ', SUBJ(), ' (', DATE(), ')\nAttendees: ', a.name(), ', ',
            b.name(), ', ', c.name(), '\n- ', a.name('first'), ' to chase ', ORG(['company', 'courier', 'saas']),
            ' about the SLA\n- ', b.name('first'), ' sends updated figures\n- next sync: TBC']


@tpl
def t_chat_summary():
    a, b = person(), person()
    return ['Summarise this chat:\n', a.name('first'), ': did the invoice from ', ORG(), ' come through?\n',
            b.name('first'), ': yes, paid it on ', DATE(), '\n', a.name('first'), ': great, forward the receipt to ',
            a.mail(), ' pls\n', b.name('first'), ': done']


@tpl
def t_call_transcript():
    p = person(['us', 'uk', 'au', 'ca', 'in', 'za'])
    return ['Rate the agent in this call:\nAgent: Thanks for calling ', ORG(['bank', 'telco', 'insurer']),
            ', who am I speaking with?\nCaller: ', p.name(), '.\nAgent: Can you confirm your date of birth?\nCaller: ',
            DATE(kind='dob'), '.\nAgent: And the last four digits of your card?\nCaller: ', rd(4),
            '.\nAgent: Thanks, you are verified.']


@tpl
def t_standup():
    a, b, c = person(), person(), person()
    return ['Write up this standup: ', a.name(), ' fixed the login bug reported by ', c.mail(), '; today ',
            a.name('first'), ' pairs with ', b.name('first'), ' on the allow-list for ', IP4(), '.']


@tpl
def t_interview_feedback():
    a, b, c = person(), person(), person()
    return ['Summarise interview feedback: candidate ', a.name(), ' (', NRP('nat'), ', based in ', CITY(),
            ') was interviewed on ', DATE(), ' by ', b.name(), ' and ', c.name(), '. Both recommend a second round.']


@tpl
def t_leave_request():
    p = person(['in', 'uk', 'us', 'sa', 'ca'])
    return ['Reply to this leave request kindly: ', p.name(), ', who is ', NRP('rel'), ', asked for ', DATE(),
            ' off for a religious holiday.']


@tpl
def t_review_rewrite():
    p = person()
    return ['Rewrite this review in a kinder tone: "', p.name(), ' has missed three deadlines at ', ORG(),
            ' since ', DATE('en', 'past'), ' and does not answer calls."']


@tpl
def t_support_chat():
    agent, u = person(), person()
    return ['Transcript from our helpdesk, what went wrong?\nUser: my account ', u.mail(),
            ' got locked after a login from ', IP(), '\nAgent (', agent.name('first'),
            '): I can see that, the sign-in came from ', CITY(), '.\nUser: never been there!']


@tpl
def t_whatsapp_group():
    a, b, c = person(), person(), person()
    return ['Summarise our family group chat:\n', a.name('first'), ': flight lands ', DATE(time=True), '\n',
            b.name('first'), ': I will pick you up, send me the terminal\n', c.name('first'), ': call me on ',
            PHONE(c.reg), ' when you land']


@tpl
def t_seating():
    ps = [person() for _ in range(4)]
    return ['Sanity-check this seating plan: ', ps[0].name(), ' and ', ps[1].name(), ' at table 4; ', ps[2].name(),
            ' next to ', ps[3].name(), ', away from the speakers.']


# --- code, data, logs --------------------------------------------------------

@tpl
def t_sql_insert():
    p = person(['uk', 'it', 'ie', 'us'])
    return ["Fix this SQL insert, it breaks on the apostrophe:\nINSERT INTO customers (full_name, email, phone, city) "
            "VALUES ('", p.name(), "', '", p.mail(), "', '", PHONE(p.reg), "', '", CITY(), "');"]


@tpl
def t_sql_update():
    p = person()
    return ["Why does this UPDATE touch 0 rows?\nUPDATE accounts SET iban = '", IBAN(grouped=False),
            "' WHERE email = '", p.mail(), "';"]


@tpl
def t_json_customer():
    p = person()
    reg = pick(STREET_PLACE)
    return ['Validate this JSON and fix any errors:\n{\n  "customer": "', p.name(), '",\n  "contact": {"email": "',
            p.mail(), '", "tel": "', PHONE(p.reg), '"},\n  "address": ["', STREET(reg), '", "', CITY(reg), '"]\n}']


@tpl
def t_yaml_employee():
    p, m = person('us'), person()
    return ['Convert this YAML to JSON:\nemployee:\n  name: ', p.name(), '\n  start_date: ', DATE(), '\n  office: ',
            CITY('us'), '\n  ssn: "', SSN(), '"\n  manager: ', m.name()]


@tpl
def t_csv_dedupe():
    a, b = person(), person()
    e1 = a.mail()
    return ['Dedupe these rows and keep the newest:\nname,email,phone,city\n', a.name(), ',', e1, ',', PHONE(a.reg),
            ',', CITY(), '\n', b.name(), ',', b.mail(), ',', PHONE(b.reg), ',', CITY(), '\n', a.name(), ',', e1,
            ',,']


@tpl
def t_xml_patient():
    p = person('uk')
    return ['Parse this XML and list the fields:\n<patient><name>', p.name(), '</name><dob>', DATE('en', 'dob'),
            '</dob><nhs>', NHS(), '</nhs><gp>', ORG('clinic'), '</gp></patient>']


@tpl
def t_py_trace():
    p = person()
    return ['What is causing this?\nTraceback (most recent call last):\n  File "app/ingest_worker.py"'
            ', line 88, in capture\n    gateway.capture(card)\nbilling.errors.CardDeclined: card ', CARD(fmt='none'),
            ' declined for ', p.mail(), ' (ip ', IP4(), ')']


@tpl
def t_java_trace():
    p = person()
    return ['Explain this exception:\nException in thread "sync-7" net.plinth.sync.UserSyncException: duplicate key '
            "for user '", p.mail(), "' (id=", nz(5), ')\n\tat net.plinth.sync.UserRepo.save(UserRepo.java:214)\n'
            '\tat net.plinth.sync.Job.run(Job.java:61)']


@tpl
def t_auth_log():
    p = person()
    e = p.mail()
    return ['Why are these logins failing?\n2025-03-04T09:12:44Z WARN auth failed user=', e, ' src=', IP4(False),
            '\n2025-03-04T09:12:51Z WARN auth failed user=', e, ' src=', IP6(),
            '\n2025-03-04T09:13:02Z INFO lockout applied']


@tpl
def t_access_log():
    return ['Is this a bot?\n', IP4(False), ' - - [04/Mar/2025:10:12:01 +0000] "GET /account/settings HTTP/1.1" 200 '
            '5123 "-" "python-requests/2.31"\n', IP4(False),
            ' - - [04/Mar/2025:10:12:02 +0000] "GET /account/export HTTP/1.1" 403 312 "-" "python-requests/2.31"']


@tpl
def t_git_log():
    a, b = person(), person()
    return ['Write release notes from these commits:\ncommit ', hexs(40), '\nAuthor: ', a.name(), ' <', a.mail(),
            '>\n\n    Fix rounding in invoice totals\n\ncommit ', hexs(40), '\nAuthor: ', b.name(), ' <', b.mail(),
            '>\n\n    Add IBAN validation to checkout']


@tpl
def t_commit_msg():
    a, b = person(), person()
    return ['Improve this commit message: "fixed the bug ', a.name('first'), ' found, thx ', b.name(), '"']


@tpl
def t_code_review():
    p, q = person(), person()
    return ["Review this: `if user.email == '", p.mail(), "': grant_admin()` - ", q.name(),
            ' says it is only temporary.']


@tpl
def t_env_file():
    p = person()
    return ['Is it safe to commit this .env?\nSMTP_USER=', p.mail(), '\nSMTP_HOST=', IP4(True), '\nONCALL_PHONE=',
            PHONE(p.reg), '\nSTATUS_PAGE=', URL(scheme='https://')]


@tpl
def t_curl():
    p = person()
    return ['Why do I get 403?\ncurl -X POST ', URL(scheme='https://'), " -H 'X-Forwarded-For: ", IP4(False),
            "' -d '{\"email\": \"", p.mail(), "\"}'"]


@tpl
def t_dhcp_table():
    return ['Which device is rogue?\nMAC                 IP              lease\n', MAC(), '   ', IP4(True),
            '   7h\n', MAC(), '   ', IP4(True), '   2m\n', MAC(), '   ', IP4(True), '   7h']


@tpl
def t_iface_config():
    return ['Explain this config:\nauto eth0\niface eth0 inet static\n  hwaddress ether ', MAC(), '\n  address ',
            IP4(True), '\n  gateway ', IP4(True)]


@tpl
def t_ipv6_q():
    return ['Is ', IP6(), ' a valid address? It sits next to ', IP6(), ' in our allow-list.']


@tpl
def t_excel_split():
    p = person()
    return ["Excel: column A has names like '", p.name(), "' and B has numbers like ", PHONE(p.reg),
            '. How do I split first and last name into two columns?']


@tpl
def t_pandas():
    p = person()
    return ["df.loc[df.email == '", p.mail(), "', 'city'] = '", CITY(), "' raises SettingWithCopyWarning, why?"]


@tpl
def t_users_json():
    a, b = person(), person()
    return ['Group these by subnet:\n[{"name": "', a.name(), '", "ip": "', IP4(), '"}, {"name": "', b.name(),
            '", "ip": "', IP4(), '"}]']


@tpl
def t_card_payload():
    p = person()
    return ['This payload fails validation, why?\n{"card": {"number": "', CARD(), '", "holder": "', p.name(),
            '", "exp": "09/28"}, "billing_email": "', p.mail(), '"}']


@tpl
def t_regex_test():
    a, b = person(), person()
    return ['My regex ^[\\w.+-]+@\\w+\\.\\w+$ rejects ', a.mail(), ' but accepts ', b.mail(), '. Why?']


@tpl
def t_mac_arp():
    return ['Why does ', MAC(), ' show up twice in the ARP table, once at ', IP4(True), ' and once at ', IP4(True),
            '?']


@tpl
def t_wol():
    return ['wake-on-lan to ', MAC(), ' does nothing from ', IP4(True), ', what am I missing?']


@tpl
def t_firewall():
    return ['Translate these iptables rules to nftables:\niptables -A INPUT -s ', IP4(False),
            ' -j DROP\niptables -A INPUT -s ', IP4(False), ' -p tcp --dport 22 -j ACCEPT']


@tpl
def t_webhook_log():
    p = person()
    return ['Why did this webhook retry?\n[retry 3/5] POST ', URL(scheme='https://'), ' payload={"user":"', p.mail(),
            '","amount":"', amount('$', 5, 800), '"} -> 502']


# --- forms and records -------------------------------------------------------

@tpl
def t_intake_uk():
    p, k = person('uk'), person('uk')
    return ['Tidy up this intake form:\nPatient: ', p.name(), '\nDOB: ', DATE('en', 'dob'), '\nNHS No: ', NHS(),
            '\nGP: ', ORG('clinic'), '\nAddress: '] + ADDR('uk') + ['\nNext of kin: ', k.name(), ' (', PHONE('uk'),
                                                                   ')']


@tpl
def t_intake_us():
    p = person('us')
    return ['Fill the gaps in this intake:\nName: ', p.name(), '\nDOB: ', DATE('en', 'dob'), '\nSSN: ', SSN(),
            '\nMedicare MBI: ', MBI(), '\nPCP NPI: ', NPI(), '\nPharmacy: ', ORG('pharmacy'), '\nAllergies: ?']


@tpl
def t_rx_header():
    d = person('us')
    return ['Check this prescription header: Dr. ', d.name(), ', DEA ', DEA(d), ', NPI ', NPI(), ', ',
            ORG(['clinic', 'hospital']), ', ', CITY('us'), ', ', REGION('us')]


@tpl
def t_tenancy():
    p, ref = person(['uk', 'ie', 'au', 'nz', 'in', 'pl', 'ng']), person()
    reg = pick(['uk', 'ie'])
    return ['Score this tenancy application out of 10:\nApplicant: ', p.name(), '\nCurrent address: '] + ADDR(reg) + \
           ['\nEmployer: ', ORG(['company', 'hospital', 'uni']), '\nMonthly income: £3,400\nPhone: ', PHONE(reg),
            '\nEmail: ', p.mail(), '\nPrevious landlord: ', ref.name()]


@tpl
def t_enrolment():
    kid, par = person(), person()
    par.last = kid.last
    return ['Check this enrolment form for missing fields:\nPupil: ', kid.name(), '\nDate of birth: ',
            DATE('en', 'dob'), '\nNationality: ', NRP('nat'), '\nParent/guardian: ', par.name(), '\nHome phone: ',
            PHONE(kid.reg), '\nAddress: '] + ADDR()


@tpl
def t_claim():
    p = person(['uk', 'de', 'nl', 'ie', 'fr', 'it', 'es'])
    return ['Is this claim complete?\nClaimant: ', p.name(), '\nPolicy: HX-', nz(7), '\nIncident date: ',
            DATE('en', 'past'), '\nLocation: '] + ADDR() + ['\nPayout IBAN: ', IBAN()]


@tpl
def t_shipping_label():
    p = person()
    reg = pick(STREET_PLACE)
    st, ci = STREET(reg), CITY(reg)
    last = COUNTRY(reg) if PLACES[reg]['n'] else (REGION(reg) if PLACES[reg]['r'] else None)
    tail = [', ', ('LOCATION', last[1].upper())] if last else []
    return ['Reformat this label for the courier API:\nSHIP TO:\n', ('PERSON', p.full.upper()), '\n',
            ('LOCATION', st[1].upper()), '\n', ('LOCATION', ci[1].upper())] + tail + \
        ['\nTEL ', PHONE(reg if reg in PHONE_FMT else None)]


@tpl
def t_crm_note():
    p = person()
    return ['Clean up this CRM note: spoke w/ ', p.name(), ' (', ORG(), ') - moved to ', CITY(), ', new mobile ',
            PHONE(p.reg), ', wants a demo ', DATE(time=True), '.']


@tpl
def t_bank_statement():
    p = person()
    return ['Categorise these transactions:\n', STMT_DATE(), '  CARD PAYMENT ', ORG(['retail', 'restaurant']),
            '  -42.10\n', STMT_DATE(), '  TRANSFER TO ', ('PERSON', p.full.upper()), '  -300.00\n', STMT_DATE(),
            '  SALARY ', ('ORGANIZATION', pick(ORGS['company']).upper()), '  +2,850.00\nAccount: ', IBAN()]


@tpl
def t_itinerary():
    p = person(['us', 'in'])
    pp = USPASS() if p.reg == 'us' else INPASS()
    return ['Make a day-by-day plan from this itinerary:\nPassenger: ', p.name(), '\nPassport: ', pp, '\n',
            DATE(time=True), '  ', ORG('airline'), '  ', CITY(), ' -> ', CITY(), '\nHotel: ', ORG('hotel'),
            '\nReturn flight: open']


@tpl
def t_invoice_au():
    return ['Is this invoice correct?\nFrom: ', ORG('au'), ' (ABN ', ABN(), ')\nTo: ', ORG('company'), '\nDate: ',
            DATE('en', 'past'), '\n3 x consulting days @ $1,200 = $3,600\nGST: $360\nTotal: $3,690']


@tpl
def t_loan():
    p = person('us')
    return ['Summarise for underwriting: ', p.name(), ', SSN ', SSN(), ', employer ', ORG(), ', income $84,000, '
            'wants $25,000 paid into account ', BANK(), '.']


@tpl
def t_payroll_itin():
    p = person(['latam', 'in', 'cn', 'us'])
    return ['Add a payroll row for ', p.name(), ': ITIN ', ITIN(), ', direct deposit account ', BANK(), ', start ',
            DATE(), '.']


@tpl
def t_w9():
    p = person('us')
    return ['Fill a W-9 draft: name ', p.name(), ', SSN ', SSN(), ', address '] + ADDR('us', region=True) + ['.']


@tpl
def t_dl_format():
    p = person('us')
    return ['Does ', USDL(), ' look like a valid driver licence number? It belongs to ', p.name(), ', DOB ',
            DATE('en', 'dob'), ', who lives in ', CITY('us'), '.']


@tpl
def t_ds82():
    p = person('us')
    return ['Help me fill the DS-82: name ', p.name(), ', passport number ', USPASS(), ', issued ',
            DATE('en', 'past'), ', mailing address '] + ADDR('us', region=True)


@tpl
def t_kyc_in():
    p = person('in')
    return ['Extract the fields as JSON:\nName: ', p.name(), '\nPAN: ', PAN(p), '\nAadhaar: ', AADHAAR(),
            '\nVoter ID (EPIC): ', VOTER(), '\nPassport: ', INPASS(), '\nCity: ', CITY('in')]


@tpl
def t_in_joining():
    p = person('in')
    return [p.name(), ' joined ', ORG('in'), ' in ', CITY('in'), '; PAN ', PAN(p), ', UAN ', '10' + rd(10),
            '. Which of these does HR actually need?']


@tpl
def t_in_visa():
    p = person('in')
    return ['Draft an appointment request for ', p.name(), ' (passport ', INPASS(), ') at the consulate in ',
            CITY(), ' on ', DATE(), '.']


@tpl
def t_in_voter():
    p = person('in')
    return ['Is EPIC number ', VOTER(), ' linked to ', p.name(), ' of ', CITY('in'), ', ', REGION('in'),
            '? Write the query to the election office.']


@tpl
def t_in_aadhaar_mask():
    p = person('in')
    return ["Mask the Aadhaar in this message: 'Dear ", p.name(), ', Aadhaar ', AADHAAR(), ' is now linked to mobile ',
            PHONE('in'), ".'"]


@tpl
def t_in_gst():
    p = person('in')
    return ['Invoice from ', ORG('in'), ' to ', p.name(), ', PAN ', PAN(p), ', place of supply ', REGION('in'),
            '. Is the IGST applied correctly?']


@tpl
def t_sg_nric():
    p = person('sg')
    return ['HR portal update: ', p.name(), ' (NRIC ', NRIC('ST'), ') changed address to ', STREET('sg'), ', ',
            CITY('sg'), '.']


@tpl
def t_sg_fin():
    p = person(['in', 'sea', 'cn', 'uk'])
    return ['Work pass renewal for ', p.name(), ': FIN ', NRIC('FG'), ', employer ', ORG('sg'), ', expiry ', DATE(),
            '.']


@tpl
def t_sg_reset():
    p = person('sg')
    return ['Reset the portal password for ', p.name(), ' (NRIC ', NRIC(), ', ', p.mail(), ').']


@tpl
def t_kr_form():
    p = person('kr_h')
    return ['Explain the fields on this form in English: 성명 ', p.name(), ', 주민등록번호 ', RRN(), ', 연락처 ',
            PHONE('kr')]


@tpl
def t_kr_refund():
    p = person('kr')
    return ['Refund request from ', p.name(), ' (RRN ', RRN(), '): card ending 4431, phone ', PHONE('kr'),
            '. Draft the reply.']


@tpl
def t_kr_move():
    p = person('kr')
    return ['Relocation memo: ', p.name(), ', resident registration no. ', RRN(), ', moves from ', CITY('kr'),
            ' to ', CITY('jp'), ' on ', DATE(), '.']


@tpl
def t_au_tfn():
    p = person('au')
    return ['My new employer wants my TFN. Is ', TFN(), ' the right format? I am ', p.name(), ' in ', CITY('au'),
            '.']


@tpl
def t_au_abn_acn():
    return ['Check the ABN ', ABN(), ' and ACN ', ACN(), ' for ', ORG('au'), ' before we sign the lease.']


@tpl
def t_au_medicare():
    p = person('au')
    return ['Claim rejected for ', p.name(), ', Medicare ', MEDICARE(), ', appointment ', DATE(), ' at ',
            ORG('clinic'), ', ', CITY('au'), '. What do I resubmit?']


@tpl
def t_au_soletrader():
    p = person('au')
    return ['Sole trader setup checklist: ', p.name(), ', ABN ', ABN(), ', TFN ', TFN(), ', trading as ', ORG('au'),
            ', '] + ADDR('au', region=True)


@tpl
def t_au_super():
    p = person('au')
    return ['Super fund choice form for ', p.name(), ': TFN ', TFN(), ', DOB ', DATE('en', 'dob'), ', fund ',
            ORG('insurer'), '.']


@tpl
def t_au_company():
    p = person('au')
    return ['Company extract: ', ORG('au'), ', ACN ', ACN(), ', director ', p.name(), ', registered office in ',
            CITY('au'), '.']


@tpl
def t_au_baby():
    p = person('au')
    return ['Add newborn ', p.name('first'), ' to Medicare card ', MEDICARE(), ' held by ', person('au').name(),
            '. Which form?']


@tpl
def t_uk_nino():
    p = person('uk')
    return ['Payroll: ', p.name(), ' started ', DATE(), ', NI number ', NINO(), ', tax code 1257L. Anything missing?']


@tpl
def t_uk_discharge():
    p = person('uk')
    return ['Write a discharge summary for ', p.name(), ', NHS number ', NHS(), ', admitted to ', ORG('hospital'),
            ' on ', DATE('en', 'past'), '.']


@tpl
def t_uk_hmrc():
    p = person('uk')
    return ['Draft a letter to the tax office for ', p.name(), ': National Insurance ', NINO(), ', address '] + \
           ADDR('uk') + ['.']


@tpl
def t_uk_vaccine_sms():
    p = person('uk')
    return ['Proofread: "Hi ', p.name('first'), ', your NHS number is ', NHS(), '. Your vaccine is booked for ',
            DATE(time=True), ' at ', ORG('pharmacy'), '."']


@tpl
def t_uk_nino_lower():
    p = person('uk')
    return ['my ni number is ', NINO(), ' and i just left ', ORG(), ', do i need a new p45? - ',
            p.name('first')]


@tpl
def t_ca_sin():
    p = person('ca')
    return ['T4 question: ', p.name(), ' (SIN ', SIN(), ') worked at ', ORG(['company', 'ca']), ' in ', CITY('ca'),
            ', ', REGION('ca'), ' until ', DATE('en', 'past'), '.']


@tpl
def t_ca_nas():
    p = person('ca')
    return ['Traduis en anglais : ', p.name(), ' a fourni son NAS ', SIN(), ' et son adresse ', STREET('ca'), ', ',
            CITY('ca'), '.']


@tpl
def t_ca_move():
    p = person('ca')
    return ['My SIN is ', SIN(), ' and I moved from ', CITY('ca'), ' to ', CITY('ca'),
            '. Do I need to update anything? - ', p.name()]


@tpl
def t_za_verify():
    p = person('za')
    return ['Verify before onboarding: ', p.name(), ', ID ', ZAID(), ', cell ', PHONE('za'), ', lives in ',
            CITY('za'), '.']


@tpl
def t_za_payslip():
    p = person('za')
    return ['Payslip for ', p.name(), ', identity number ', ZAID(), ', employer ', ORG('za'), ', ', REGION('za'),
            '. Check the UIF deduction.']


@tpl
def t_za_transcribe():
    p = person('za')
    dob = _date_str('en', _day('dob'), 'dob').upper()
    return ['Transcribe this ID card into a form:\nID NO ', ZAID(), '\nSURNAME ', ('PERSON', p.last.upper()),
            '\nNAMES ', ('PERSON', p.first.upper()), '\nDATE OF BIRTH ', ('DATE_TIME', dob)]


@tpl
def t_es_factura():
    p = person('es')
    return ['Rellena la factura: cliente ', p.name(), ', NIF ', NIF(), ', dirección '] + ADDR('es') + ['.']


@tpl
def t_es_nie():
    p = person(['latam', 'it', 'uk', 'ng'])
    return ['¿Es válido este NIE ', NIE(), '? Es de mi compañero ', p.name(), ', que vive en ', CITY('es'),
            ' desde el ', DATE('es', 'past'), '.']


@tpl
def t_es_mail():
    p = person('es')
    return ['Resume este correo:\nDe: ', p.mail(), '\nAsunto: alta de ', p.name(), '\nNIE ', NIE(), ', teléfono ',
            PHONE('es'), ', empieza el ', DATE('es'), '.']


@tpl
def t_es_certificado():
    p = person('es')
    return ['Mi NIF es ', NIF(), ', ¿cómo pido el certificado digital? Vivo en ', CITY('es'), '. ', p.name()]


@tpl
def t_latam_msg():
    p = person('latam')
    reg = pick(['mx', 'co', 'ar', 'cl', 'pe'])
    return ['Redacta un mensaje para ', p.name(), ' de ', ORG('latam'), ' en ', CITY(reg), ', ', REGION(reg),
            ': su cita es el ', DATE('es', time=True), '.']


@tpl
def t_it_cf():
    p = person('it')
    return ['Controlla questo modulo: ', p.name(), ', nato a ', CITY('it'), ' il ', DATE('it', 'dob'),
            ', codice fiscale ', CF(), ', residente in '] + ADDR('it') + ['.']


@tpl
def t_it_piva():
    p = person('it')
    return ['Prepara una fattura per ', ORG('it'), ' (P.IVA ', PIVA(), '), sede in '] + ADDR('it') + \
           ['; referente ', p.name(), ', ', p.mail(), '.']


@tpl
def t_it_iban():
    p = person('it')
    return ['Aggiorna IBAN per ', p.name(), ': codice fiscale ', CF(), ', nuovo IBAN ', IBAN('IT'), '.']


@tpl
def t_it_medico():
    p = person('it')
    return ['Il medico ', p.name(), ' chiede il codice fiscale della paziente: ', CF(),
            '. È coerente con una donna nata il ', DATE('it', 'dob'), '?']


@tpl
def t_pl_wniosek():
    p = person('pl')
    return ['Sprawdź wniosek: ', p.name(), ', PESEL ', PESEL(), ', adres: '] + ADDR('pl') + \
           [', tel. ', PHONE('pl'), '.']


@tpl
def t_pl_pesel_dob():
    p = person('pl')
    return ['Czy PESEL ', PESEL(), ' pasuje do daty urodzenia ', DATE('pl', 'dob'), '? Chodzi o ', p.name(), '.']


@tpl
def t_pl_en():
    p = person('pl')
    return ['Polish hire ', p.name(), ', PESEL ', PESEL(), ', joins the ', CITY('pl'), ' office on ', DATE(), '.']


@tpl
def t_se_mail():
    p = person('se')
    return ['Hjälp mig skriva ett mejl om adressändring: jag heter ', p.name(), ', personnummer ', PNR(),
            ', och flyttade till '] + ADDR('se') + [' den ', DATE('sv', 'past'), '.']


@tpl
def t_se_export():
    p, m = person('se'), person()
    return ['HR export row, what is wrong with it? ', p.name(), ';', PNR(), ';', CITY('se'), ';', m.name()]


@tpl
def t_se_check():
    p = person('se')
    return ['Kolla om personnumret stämmer: ', PNR(), ' (', p.name(), ', ', CITY('se'), ').']


@tpl
def t_fi_check():
    p = person('fi')
    return ['Tarkista tiedot: ', p.name(), ', henkilötunnus ', HETU(), ', syntynyt ', DATE('fi', 'dob'),
            ', osoite '] + ADDR('fi') + ['.']


@tpl
def t_fi_payroll():
    p = person('fi')
    return ['Our Finnish contractor ', p.name(), ' sent henkilötunnus ', HETU(), ' and IBAN ', IBAN('FI'),
            '. Is that enough for payroll?']


@tpl
def t_fi_letter():
    p = person('fi')
    return ["Translate this letter header: 'Henkilötunnus ", HETU(), ', ', p.name(), ', '] + ADDR('fi') + ["'"]


@tpl
def t_tr_form():
    p = person('tr')
    return ['Bu formu özetle:\nAd Soyad: ', p.name(), '\nT.C. Kimlik No: ', TCKN(), '\nDoğum Tarihi: ',
            DATE('tr', 'dob'), '\nAdres: '] + ADDR('tr') + ['\nTelefon: ', PHONE('tr')]


@tpl
def t_tr_checkin():
    a, b = person('tr'), person('tr')
    return ['Hotel check-in list, format as a table: ', a.name(), ', TC ', TCKN(), '; ', b.name(), ', TC ', TCKN(),
            '.']


@tpl
def t_tr_kargo():
    p = person('tr')
    return ['TC kimlik numaram ', TCKN(), ', adım ', p.name(), '. Kargom ', CITY('tr'),
            ' şubesinde bekliyor, ne yapmalıyım?']


@tpl
def t_npi_cred():
    p = person('us')
    return ['Credentialing: is NPI ', NPI(), ' active for Dr. ', p.name(), ' at ', ORG('hospital'), ', ',
            REGION('us'), '?']


@tpl
def t_dea_check():
    p = person('us')
    return ['Pharmacist question: a script for oxycodone is signed by Dr. ', p.name('last'), ', DEA ', DEA(p),
            '. Does the check digit work out?']


@tpl
def t_dea_table():
    a, b = person(), person()
    return ['Format as a table: Dr. ', a.name(), ' - DEA ', DEA(a), '; Dr. ', b.name(), ' - DEA ', DEA(b), '.']


@tpl
def t_mbi_enrol():
    p = person('us')
    return ['Medicare Advantage enrollment for ', p.name(), ', MBI ', MBI(), ', effective ', DATE(), ', phone ',
            PHONE('us'), '.']


@tpl
def t_cms1500():
    p = person('us')
    return ['CMS-1500 draft: patient ', p.name(), ', MBI ', MBI(), ', referring provider NPI ', NPI(),
            ', service date ', DATE('en', 'past'), '.']


@tpl
def t_ssn_verify():
    p = person('us')
    return ['Caller verification log: ', p.name(), ' read out SSN ', SSN(), ' and DOB ', DATE('en', 'dob'),
            '. Did the agent follow policy?']


@tpl
def t_itin_joint():
    a, b = person(['latam', 'cn', 'in']), person('us')
    return ['Can ', a.name(), ' file jointly using ITIN ', ITIN(), '? Spouse ', b.name(), ' has SSN ', SSN(), '.']


@tpl
def t_ach_return():
    p = person('us')
    return ['ACH return R03 on account ', BANK(), ' for ', p.name(), ' (', p.mail(), '). What does R03 mean?']


@tpl
def t_billpay():
    p = person('us')
    return ['Set up bill pay from checking account ', BANK(), ' to ', ORG(['utility', 'telco', 'insurer']), ' for ',
            p.name(), '.']


@tpl
def t_chargeback():
    p = person()
    return ['Draft a chargeback letter: cardholder ', p.name(), ', card ', CARD(), ', merchant ',
            ORG(['retail', 'airline', 'hotel']), ', transaction on ', DATE('en', 'past'), '.']


@tpl
def t_card_update():
    p = person()
    return ['update billing: old card ', CARD(), ' expired, new card ', CARD(), ', name on card ',
            ('PERSON', p.full.upper()), '.']


@tpl
def t_card_sms_scam():
    return ['Got this SMS: "Your ', ORG('bank'), ' card ', CARD(), ' is locked, verify at ', URL(pick(PHISH)),
            '". Scam?']


@tpl
def t_wire_check():
    p = person()
    return ['Is this wire safe to send? Beneficiary ', p.name(), ', IBAN ', IBAN(), ', bank ', ORG('bank'),
            ', reference ', inv_no(), '.']


@tpl
def t_iban_which():
    return ['Which of these IBANs is wrong?\n', IBAN(), '\n', bad_iban(), '\n', IBAN()]


@tpl
def t_crypto_payout():
    a, b = person(), person()
    return ['Pay the bounty contributors:\n- ', a.name(), ': ', BTC(), '\n- ', b.name(), ': ', BTC()]


@tpl
def t_crypto_scam():
    return ['Someone in a chat app asked me to send 0.3 BTC to ', BTC(), ' to unlock my account. Legit?']


@tpl
def t_crypto_readme():
    return ['Add a "Donate" section to our README with this address: ', BTC(), '. Keep it short.']


@tpl
def t_crypto_tax():
    p = person()
    return ['Tax help: ', p.name(), ' received 0.12 BTC at ', BTC(), ' on ', DATE('en', 'past'),
            '. Is that income or a gift?']


@tpl
def t_url_phish():
    return ['Is ', URL(pick(PHISH)), ' legit? It says it is from ', ORG(['bank', 'courier']),
            ' and asks for my password.']


@tpl
def t_url_summary():
    p = person()
    return ['Summarise the doc at ', URL(), ' for ', p.name(), "'s onboarding."]


@tpl
def t_url_list():
    return ['Check these links for broken redirects:\n', URL(), '\n', URL(), '\n', URL()]


@tpl
def t_bio():
    p = person()
    return ['Write a short bio for ', p.name(), ', a nurse at ', ORG('hospital'), ' in ', CITY(),
            ', originally from ', COUNTRY(), '.']


@tpl
def t_catering():
    a, b, c = person(), person(), person()
    return ['Catering list: ', a.name(), ' (vegetarian), ', b.name(), ' (no nuts), ', c.name(), ' is ', NRP('rel'),
            ', so check the menu with her.']


@tpl
def t_neutral_rewrite():
    p = person()
    return ['Rewrite neutrally: ', p.name(), ', a lifelong ', NRP('pol'), ' from ', CITY(),
            ', tore into the council again.']


@tpl
def t_cover_letter():
    p = person(['ng', 'af', 'sea', 'latam', 'eu', 'sa'])
    return ['Polish my cover letter opening: "I am ', p.name(), ', a ', NRP('nat'), ' citizen living in ', CITY(),
            ', applying for the data analyst role at ', ORG(), '."']


@tpl
def t_eulogy():
    p = person()
    return ['Help me write a eulogy for my grandmother ', p.name(), ', born in ', CITY(), ' on ', DATE('en', 'dob'),
            ', a devout ', NRP('rel'), ' who loved gardening.']


@tpl
def t_reference():
    p = person()
    return ['Write a reference letter for ', p.name(), ', who worked at ', ORG(), ' from ', DATE('en', 'past'),
            ' to ', DATE('en', 'past'), '.']


@tpl
def t_job_reply():
    p = person()
    reg = pick(STREET_PLACE)
    return ['Reply to ', p.name(), ' who applied for the barista job in ', CITY(reg), '; interview ',
            DATE(time=True), ' at ', STREET(reg), '.']


@tpl
def t_flats():
    r1, r2 = pick(STREET_PLACE), pick(STREET_PLACE)
    return ['Compare these two flats for a commuter: '] + ADDR(r1) + [' vs '] + ADDR(r2) + \
           ['. Budget is 1,400 a month.']


@tpl
def t_train():
    reg = pick(['de', 'it', 'fr', 'es', 'se', 'nl', 'pl', 'uk'])
    return ['Best way from ', CITY(reg), ' to ', CITY(reg), ' by train? Then on to ', CITY(), ', ', COUNTRY(), '.']


@tpl
def t_invitation():
    a, b = person(), person()
    reg = pick(STREET_PLACE)
    return ['Draft an invitation letter: I, ', a.name(), ', invite my cousin ', b.name(), ' from ', COUNTRY(),
            ' to stay at ', STREET(reg), ', ', CITY(reg), ' for two weeks from ', DATE(), '.']


@tpl
def t_vet():
    p = person()
    return ['Vet reminder for ', p.name(), ': the dog needs its booster at ', ORG(['clinic']), ' on ',
            DATE(time=True), '; call ', PHONE(p.reg), ' to move it.']


@tpl
def t_gym_cancel():
    p = person()
    return ['Cancel my membership at ', ORG('gym'), ': name ', p.name(), ', member email ', p.mail(),
            ', card on file ending 0921.']


@tpl
def t_utility():
    p = person()
    return ['Write to ', ORG('utility'), ': account holder ', p.name(), ', supply address '] + ADDR() + \
           ['; meter read 04512 taken on ', DATE('en', 'past'), '.']


@tpl
def t_school_absence():
    t, k = person(), person()
    tail = [' for a dentist appointment at ', TIME(), '.'] if chance(0.3) else [' for a dentist appointment.']
    return ['Email the teacher ', t.name(), ' that my son ', k.name('first'), ' will miss school on ', DATE()] + tail


@tpl
def t_de_form():
    p = person('de')
    return ['Bitte prüfe: Name: ', p.name(), ', Geburtsdatum: ', DATE('de', 'dob'), ', Anschrift: '] + ADDR('de') + \
           [', IBAN: ', IBAN(pick(['DE', 'AT', 'CH'])), ', Telefon: ', PHONE('de')]


@tpl
def t_fr_form():
    p = person('fr')
    return ['Corrige ce formulaire : Nom : ', p.name(), ', né le ', DATE('fr', 'dob'), ', adresse : '] + ADDR('fr') + \
           [', courriel : ', p.mail(), ', tél. : ', PHONE('fr')]


@tpl
def t_nl_form():
    p = person('nl')
    return ['Controleer deze gegevens: ', p.name(), ', geboren ', DATE('nl', 'dob'), ', '] + ADDR('nl') + \
           [', IBAN ', IBAN('NL'), ', e-mail ', p.mail(), '.']


@tpl
def t_pt_form():
    p = person('pt')
    return ['Revê este pedido: ', p.name(), ', nascido em ', DATE('pt', 'dob'), ', morada '] + ADDR('pt') + \
           [', telemóvel ', PHONE('pt'), '.']


@tpl
def t_br_cadastro():
    p = person('pt')
    return ['Resuma o cadastro: ', p.name(), ', ', p.mail(), ', celular ', PHONE('br'), ', '] + ADDR('br') + ['.']


@tpl
def t_calendar():
    p = person()
    reg = pick(STREET_PLACE)
    return ['Turn this into a calendar invite: lunch with ', p.name(), ' at ', ORG('restaurant'), ', ', STREET(reg),
            ', ', CITY(reg), ', ', DATE(time=True), '.']


@tpl
def t_address_change():
    p = person()
    return ['Update the address for ', p.mail(), ' from '] + ADDR() + [' to '] + ADDR() + ['.']


@tpl
def t_referral():
    p = person()
    return ['Write a referral from ', ORG('clinic'), ' to ', ORG('hospital'), ' for ', p.name(), ', DOB ',
            DATE('en', 'dob'), ', phone ', PHONE(p.reg), '.']


@tpl
def t_labs():
    p = person()
    return ['Explain these lab results for ', p.name(), ' (collected ', DATE('en', 'past', time=True), ' at ',
            ORG(['clinic', 'hospital']), '): HbA1c 6.1%, LDL 3.2 mmol/L.']


@tpl
def t_de_schaden():
    p = person('de')
    return ['Schaden melden: Versicherungsnehmer ', p.name(), ', Schadentag ', DATE('de', 'past'), ', Ort: ',
            CITY(pick(['de', 'at'])), ', Bankverbindung ', IBAN(pick(['DE', 'AT'])), '.']


@tpl
def t_gdpr():
    p = person(['de', 'fr', 'nl', 'it', 'es', 'pl', 'se', 'fi', 'uk', 'pt'])
    return ['Draft a GDPR access request to ', ORG(['retail', 'saas', 'telco']), ' from ', p.name(), ', ', p.mail(),
            ', '] + ADDR(country=True) + ['.']


@tpl
def t_vip_escalation():
    p = person()
    return ['P1 escalation: VIP ', p.name(), ' (', p.mail(), ', ', PHONE(p.reg), ") can't log in since ",
            DATE(time=True), '; last IP ', IP(), '.']


@tpl
def t_students_csv():
    ps = [person() for _ in range(2)]
    return ['Sort by surname:\nstudent,dob,email\n', ps[0].name(), ',', DATE('en', 'dob'), ',', ps[0].mail(), '\n',
            ps[1].name(), ',', DATE('en', 'dob'), ',', ps[1].mail()]


@tpl
def t_us_passport_trip():
    p = person('us')
    return ['Passport ', USPASS(), ' for ', p.name(), ' expires ', DATE(), '; the flight from ', CITY('us'), ' to ',
            CITY(), ' is on ', DATE(), '. Is six months of validity a problem?']


@tpl
def t_car_rental():
    p = person('us')
    return ['Car rental form: driver ', p.name(), ', licence ', USDL(), ', DOB ', DATE('en', 'dob'), ', card ', CARD(),
            '.']


@tpl
def t_us_json_ids():
    p = person('us')
    return ['Which keys in this record should be encrypted?\n{"name": "', p.name(), '", "ssn": "', SSN(),
            '", "passport": "', USPASS(), '", "bank_acct": "', BANK(), '", "state": "', REGION('us'), '"}']


@tpl
def t_meeting_room():
    a, b = person(), person()
    return ['Book a room for ', a.name(), ' and ', b.name(), ' on ', DATE(time=True), ' at our ', CITY(),
            ' office.']


@tpl
def t_linkedin_msg():
    p = person()
    return ['Write a LinkedIn message to ', p.name(), ', a recruiter at ', ORG(['company', 'saas']),
            ', saying I am moving to ', CITY(), ' on ', DATE(), '.']


@tpl
def t_uni_application():
    p = person()
    return ['Proofread my statement: "My name is ', p.name(), ' and I graduated from ', ORG('uni'), ' on ',
            DATE('en', 'past'), '. I now live in ', CITY(), '."']


@tpl
def t_law_firm():
    p = person()
    return ['Summarise the letter from ', ORG('law'), ' to our client ', p.name(), ' dated ', DATE('en', 'past'),
            ' about the lease at '] + ADDR() + ['.']


@tpl
def t_expense():
    p = person()
    return ['Is this expense claim within policy? ', p.name(), ': taxi ', CITY(), ' airport to hotel, 64.00, ',
            DATE('en', 'past'), '; dinner at ', ORG('restaurant'), ', 88.50.']


@tpl
def t_sepa_xml():
    p = person(['de', 'nl', 'fr', 'it', 'es', 'fi', 'at'])
    return ['Fix this SEPA snippet:\n<Cdtr><Nm>', p.name(), '</Nm></Cdtr>\n<CdtrAcct><Id><IBAN>', IBAN(grouped=False),
            '</IBAN></Id></CdtrAcct>']


@tpl
def t_ssn_lower():
    p = person('us')
    return ['pls check if this ssn ', SSN(), ' matches what ', p.name(), ' gave us last week, dob ',
            DATE('en', 'dob')]


@tpl
def t_visa_nrp():
    p = person()
    return ['Fill in the visa form for ', p.name(), ': nationality ', NRP('nat'), ', passport issued in ', CITY(),
            ', travel date ', DATE(), '.']


@tpl
def t_dietary_note():
    p = person()
    return ['Add a note to the booking: ', p.name(), ' is ', NRP('rel'), ' and would like a meal without pork.']


@tpl
def t_profile_nrp():
    p = person(['af', 'latam', 'eu', 'sea', 'sa'])
    return ['Shorten this speaker bio: "', p.name(), ' is a ', NRP('nat'), ' agronomist who has advised ',
            ORG('company'), ' on irrigation since ', DATE('en', 'past'), '."']


# --- short questions about one identifier -----------------------------------

@tpl
def t_tfn_decl():
    return ['Does the tax office accept a TFN written as ', TFN(), ' on the declaration, or only without spaces?']


@tpl
def t_tfn_json():
    return ['Which fields here are sensitive?\n{"employee_id": ', nz(4), ', "tfn": "', TFN(),
            '", "tax_free_threshold": true, "help_debt": false}']


@tpl
def t_abn_tradie():
    p = person('au')
    return ['Who is behind ABN ', ABN(), '? The quote came from a tradie called ', p.name('first'), '.']


@tpl
def t_abn_supplier():
    return ['Add ABN ', ABN(), ' to the supplier record and mark them as registered for GST.']


@tpl
def t_acn_convert():
    return ['Can I derive the ABN from ACN ', ACN(), ', or are they unrelated numbers?']


@tpl
def t_acn_form():
    return ['The company form asks for the ACN. Is ', ACN(), ' nine digits with a valid check digit?']


@tpl
def t_medicare_irn():
    return ['Medicare number ', MEDICARE(), ', IRN 2 - where does the IRN go on the claim form?']


@tpl
def t_medicare_json():
    p = person('au')
    return ['Map this to our patient schema: {"patient": "', p.name(), '", "medicare": "', MEDICARE(),
            '", "concession": false}']


@tpl
def t_medicare_lower():
    return ['my medicare card ', MEDICARE(), ' has expired, can i still see the gp this week?']


@tpl
def t_sin_json():
    p = person('ca')
    return ['Redact this before I share it: {"employee": "', p.name(), '", "sin": "', SIN(), '", "province": "',
            REGION('ca'), '"}']


@tpl
def t_sin_phone():
    return ['A client read out SIN ', SIN(), ' over the phone. Am I allowed to write it in the ticket?']


@tpl
def t_nie_cuenta():
    return ['Documento de extranjero: NIE ', NIE(), '. ¿Me sirve para abrir una cuenta bancaria?']


@tpl
def t_nif_list():
    return ['Valida estos NIF y dime cuál falla: ', NIF(), ', ', NIF(), '.']


@tpl
def t_nie_nif():
    return ['Alta de autónomo: mi NIE es ', NIE(), ' y el NIF de mi cónyuge es ', NIF(), '. ¿Qué modelo presento?']


@tpl
def t_hetu_century():
    return ['Mikä vuosisata on henkilötunnuksessa ', HETU(), '? Selitä välimerkki.']


@tpl
def t_hetu_en():
    return ['Explain the century sign in the Finnish identity code ', HETU(), '.']


@tpl
def t_aadhaar_ekyc():
    return ['eKYC failed for Aadhaar ', AADHAAR(), ' with "OTP not received". What are my options?']


@tpl
def t_pan_aadhaar_link():
    return ['How do I link PAN ', PAN(), ' with Aadhaar ', AADHAAR(), '? The portal keeps timing out.']


@tpl
def t_pan_26as():
    return ['Form 26AS for PAN ', PAN(), ' shows TDS of ₹12,400 that I do not recognise. What should I do?']


@tpl
def t_in_passport_renew():
    return ['My passport ', INPASS(), ' expires soon. Give me a tatkal renewal checklist.']


@tpl
def t_in_passport_json():
    p = person('in')
    return ['Validate: {"traveller": "', p.name(), '", "passport_no": "', INPASS(), '", "visa_type": "B1"}']


@tpl
def t_voter_constituency():
    return ['EPIC ', VOTER(), ' shows the wrong constituency. How do I get it corrected?']


@tpl
def t_voter_merge():
    return ['Voter IDs ', VOTER(), ' and ', VOTER(), ' are for the same person. Which form merges them?']


@tpl
def t_piva_cessata():
    return ['La partita IVA ', PIVA(), ' risulta cessata: come lo verifico prima di pagare?']


@tpl
def t_piva_list():
    return ['Fornitori da controllare: ', PIVA(), ' e ', PIVA(), '. Scrivi una mail per chiedere la visura.']


@tpl
def t_cf_json():
    p = person('it')
    return ['Correggi il JSON: {"nome": "', p.name(), '", "codice_fiscale": "', CF(), '", "privacy": si}']


@tpl
def t_rrn_mask():
    return ['Mask everything except the birth date in ', RRN(), ' and explain the gender digit.']


@tpl
def t_mac_vendor():
    return ['Which vendor does MAC ', MAC(), ' belong to? It keeps joining the guest Wi-Fi.']


@tpl
def t_mac_sticky():
    return ['switchport port-security mac-address sticky ', MAC(), ' - why does the port still err-disable?']


@tpl
def t_dea_midlevel():
    v = DEA()
    return ['Is ', ('MEDICAL_LICENSE', 'M' + v[1][1:]), ' a mid-level practitioner registration? What does the M mean?']


@tpl
def t_dea_lower():
    return ['dea number ', DEA(), ' on the script looks off, what is the checksum rule again?']


@tpl
def t_pesel_plec():
    return ['Jak z numeru PESEL ', PESEL(), ' odczytać płeć i datę urodzenia?']


@tpl
def t_pnr_check():
    return ['Hur räknar man kontrollsiffran i ', PNR(), '? Visa stegen.']


@tpl
def t_nric_check():
    return ['Walk me through the checksum for NRIC ', NRIC(), ' step by step.']


@tpl
def t_nhs_mod11():
    return ['Show me how the modulus 11 check works on NHS number ', NHS(), '.']


@tpl
def t_nino_format():
    return ['Is ', NINO(), ' a valid National Insurance number format? Payroll rejected it.']


@tpl
def t_dl_ocr():
    return ['OCR pulled this from a licence: DL ', USDL(), ' CLASS D RESTR NONE. Which state uses that format?']


@tpl
def t_dl_json():
    p = person('us')
    return ['Flatten this: {"driver": {"name": "', p.name(), '", "license": "', USDL(), '", "county": "',
            REGION('us'), '"}}']


@tpl
def t_itin_expired():
    return ['Has ITIN ', ITIN(), ' expired if it was not used on a return for three years?']


@tpl
def t_itin_w7():
    p = person(['latam', 'cn', 'in', 'af'])
    return ['W-7 renewal for ITIN ', ITIN(), ', applicant ', p.name(), '. Which documents are accepted?']


@tpl
def t_mbi_format():
    return ['Is ', MBI(), ' a valid MBI? The old HICN ended with a letter.']


@tpl
def t_npi_luhn():
    return ['Run the Luhn check on NPI ', NPI(), ' with the 80840 prefix and show the sum.']


@tpl
def t_us_passport_lost():
    return ['I lost passport ', USPASS(), ' on a trip. What do I file first?']


@tpl
def t_us_passport_card():
    p = person('us')
    return ['Passport card or book for land crossings? My book is ', USPASS(), '. - ', p.name('first')]


@tpl
def t_za_decode():
    return ['Decode the date of birth and gender from ID number ', ZAID(), '.']


@tpl
def t_card_pump():
    return ['Why would card ', CARD(), ' be declined at a petrol pump but work online?']


@tpl
def t_card_network():
    return ['Which card network issued ', CARD(), '? The first digits should tell.']


@tpl
def t_card_csv():
    return ['Mask the card column:\norder,card,total\n', order_no(), ',', CARD(), ',', amount('$', 5, 900), '\n',
            order_no(), ',', CARD(), ',', amount('$', 5, 900)]


@tpl
def t_card_lower():
    return ['someone used my card ', CARD(), ' abroad last night, what do i do first']


@tpl
def t_btc_segwit():
    return ['Is ', BTC(), ' a SegWit address or a legacy one?']


@tpl
def t_btc_two():
    return ['Hot wallet ', BTC(), ', cold wallet ', BTC(), '. Which one should receive the monthly payout?']


@tpl
def t_url_unshorten():
    return ['Where does ', URL(), ' actually lead? I do not want to click it.']


@tpl
def t_url_rewrite():
    return ['Write an nginx rule so that ', URL(scheme='https://'), ' redirects to ', URL(scheme='https://'), '.']


@tpl
def t_email_bounce():
    return ['Why does mail to ', person().mail(), ' bounce with "550 5.1.1 user unknown"?']


@tpl
def t_phone_e164():
    return ['Format ', PHONE(), ' in E.164 for our SMS provider.']


@tpl
def t_phone_country():
    return ['Which country is ', PHONE(), ' from? It called me twice.']


@tpl
def t_ssn_reject():
    return ['Why does the form reject SSN ', SSN(), '? It is the one on my card.']


@tpl
def t_ip_whois():
    return ['Run me through a whois on ', IP4(False), '; it hit our login page 400 times.']


@tpl
def t_iban_country():
    return ['Which country and bank does ', IBAN(), ' belong to?']



# ---------------------------------------------------------------------------
# Templates without PII (look-alikes only)
# ---------------------------------------------------------------------------

@neg
def n_order_stuck():
    return ['Order ', order_no(), ' for ', str(R.randint(2, 40)), ' x ', pick(PRODUCTS),
            " has been stuck in 'processing' since the last deploy. What should I check first?"]


@neg
def n_invoice_mismatch():
    return ['Invoice ', inv_no(), ' says ', amount('€ '), ' but PO ', order_no(), ' says ', amount('€ '),
            '. Which one should accounts pay?']


@neg
def n_ticket_dupe():
    k = R.randint(1000, 9999)
    p = pick(['OPS', 'BILL', 'HR', 'DATA', 'WEB'])
    return ['Ticket %s-%d duplicates %s-%d; write a one-line comment closing the older one.' % (p, k, p, k + 3)]


@neg
def n_bad_card():
    return ['The test card ', C.group(bad_luhn(), 4), ' keeps getting rejected in staging with "invalid number". '
            'Is it malformed?']


@neg
def n_bad_iban():
    return ['Our bank says the reference ', bad_iban(), ' is not a valid account. Explain the mod-97 check to me.']


@neg
def n_bad_serials():
    return ['These serials came back from the RMA batch: ', bad_tfn(), ', ', bad_nhs(), ' and ',
            C.group(bad_aadhaar(), 4), '. Sort them ascending.']


@neg
def n_version_bump():
    return ['After bumping the SDK from ', version(), ' to ', version(), ' the build fails with error TS2345 in ',
            pick(FILES), '. Ideas?']


@neg
def n_cherry_pick():
    return ['How do I cherry-pick ', hexs(7), ' and ', hexs(40), ' onto release/', version(), ' without conflicts?']


@neg
def n_uuid_jobs():
    return ['Job ', uuid(), ' has been pending for 47 minutes while job ', uuid(),
            ' finished in 12 s. Where do I look?']


@neg
def n_sku_stock():
    return ['SKU ', sku(), ' is out of stock. Suggest an alternative to ', sku(), ' with the same dimensions.']


@neg
def n_split_amount():
    return ['Split ', amount('$', 500, 9000), ' across three cost centres 40/35/25 and round to cents.']


@neg
def n_pool_log():
    return ['What does this mean?\n2025-01-14 08:22:17,441 ERROR pool exhausted (active=50, idle=0)\n'
            '2025-01-14 08:22:18,002 WARN retrying in 500ms\n2025-01-14 08:22:19,310 INFO pool recovered']


@neg
def n_files_merge():
    a, b, c = R.sample(FILES, 3)
    return ['Merge ', a, ' into ', b, ' and delete ', c, '; write the git commands.']


@neg
def n_product_compare():
    a, b = R.sample(PRODUCTS, 2)
    return ['Compare the ', a, ' and the ', b, ' for a small office in a short table.']


@neg
def n_headings():
    return ['Summary\nRisks\nNext steps\n\nFill in these headings for a project update on the warehouse migration.']


@neg
def n_driver_version():
    return ['Graphics driver %d.0.101.%d crashes on wake. Should I roll back to %d.0.101.%d?' % (
        R.randint(27, 32), R.randint(4000, 5999), R.randint(27, 32), R.randint(4000, 5999))]


@neg
def n_hex_colours():
    return ['Swap #%s for a darker blue and make #%s the warning colour in %s.' % (hexs(6), hexs(6), 'styles.scss')]


@neg
def n_paper_codes():
    return ['Use an H2 for the title, print the poster on A3, and forward X11 over ssh. Anything else for the '
            'workshop kit?']


@neg
def n_bad_b58():
    return ['This wallet string fails to decode: ', bad_b58(), '. What does a base58 checksum error mean?']


@neg
def n_math():
    a, b = R.randint(2, 9), R.randint(1, 30)
    return ['Solve %dx + %d = %d and explain each step.' % (a, b, a * R.randint(2, 12) + b)]


@neg
def n_haiku():
    return [pick(['Write a haiku about autumn rain on a tin roof.', 'Give me five names for a sourdough starter.',
                  'Explain recursion to a ten-year-old in three sentences.',
                  'What is the difference between a mutex and a semaphore?'])]


@neg
def n_sql_opt():
    return ["Optimise: SELECT sku, SUM(qty) FROM order_lines WHERE created_at > NOW() - INTERVAL '30 days' "
            "GROUP BY sku ORDER BY 2 DESC LIMIT ", str(R.randint(10, 100)), ';']


@neg
def n_npe_trace():
    return ['Fix this:\njava.lang.NullPointerException: Cannot invoke "Cart.total()" because "cart" is null\n'
            '\tat shop.checkout.Pricing.apply(Pricing.java:', str(R.randint(20, 400)), ')\n'
            '\tat shop.checkout.Flow.next(Flow.java:', str(R.randint(20, 400)), ')']


@neg
def n_products_csv():
    rows = ['%s-%s,%s,%d' % (pick(['TB', 'KX', 'LM', 'QP']), rd(4), amount('', 3, 300), R.randint(0, 90))
            for _ in range(3)]
    return ['Which items need restocking (qty < 10)?\nsku,price,qty\n' + '\n'.join(rows)]


@neg
def n_json_config():
    return ['Explain each key:\n{"retries": %d, "timeout_ms": %d, "region": "eu-west-1", "build": "%s"}' % (
        R.randint(1, 9), R.randint(500, 9000), version())]


@neg
def n_tracking():
    return ['Tracking 1Z%s%s and %s both show "label created" only. Normal?' % (
        ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)), rd(10),
        C.group(nz(22), 4))]


@neg
def n_part_numbers():
    return ['Part ', sku(), ' fits models 300-%s and 300-%s. Does it also fit the older 200 series?' % (rd(4), rd(4))]


@neg
def n_case_numbers():
    return ['Case no. %s-%s was closed without action and case %s was merged into it. Draft a status note.' % (
        nz(5), rd(4), nz(6))]


@neg
def n_conversion_stats():
    return ['Conversion dropped from 3.4% to 2.9% after the checkout redesign. Is that significant with n=18,400?']


@neg
def n_recipe():
    return ['Scale this recipe to 6 servings: 200 g flour, 2 eggs, 150 ml milk, a pinch of salt.']


@neg
def n_es():
    return ['Traduce al inglés: "El pedido ', order_no(), ' llegará en tres días hábiles."']


@neg
def n_pl():
    return ['Przetłumacz: "Faktura nr FV/%s/%s została opłacona."' % (rd(3), rd(4))]


@neg
def n_sv():
    return ['Sammanfatta: Leveransen av order ', nz(6), ' är försenad på grund av snöoväder.']


@neg
def n_fi():
    return ['Korjaa kielioppi: Tilaus numero ', nz(6), ' on lähetetty ja lasku tulee erikseen.']


@neg
def n_tr():
    return ['Düzelt: Sipariş numarası ', nz(5), ' kargoya verildi, takip kodu ', nz(12), '.']


@neg
def n_de():
    return ['Formuliere höflicher: Die Rechnung ', inv_no(), ' über ', amount('€ '), ' ist seit zwei Wochen '
            'überfällig.']


@neg
def n_fr():
    return ['Reformule : le ticket INC00', nz(5), ' est toujours ouvert et la version ', version(), ' ne corrige rien.']


@neg
def n_it():
    return ["Riassumi: l'ordine n. ", nz(5), ' è in consegna, importo ', amount('€ '), '.']


@neg
def n_nl():
    return ['Vertaal: bestelling ', nz(5), ' is verzonden, het pakket weegt 2,4 kg.']


@neg
def n_pt():
    return ['Resume: o pedido ', nz(5), ' foi cancelado pelo sistema e o reembolso de ', amount('€ '),
            ' está pendente.']


@neg
def n_kubectl():
    return ['kubectl rollout restart deploy/payouts-worker -n prod hangs at 2/3 pods. Image tag ', version(),
            ', digest sha256:', hexs(64)]


@neg
def n_env_clean():
    return ['Are these sane defaults?\nLOG_LEVEL=debug\nMAX_WORKERS=%d\nCACHE_TTL=%d\n'
            'FEATURE_FLAGS=beta_search,dark_mode' % (R.randint(2, 32), R.randint(60, 3600))]


@neg
def n_sha256():
    return ['sha256sum of release-', version(), '.tar.gz is ', hexs(64), '. Does that match the published one?']


@neg
def n_hex_error():
    return ['Windows update fails with 0x%s and then 0x%s. What are these codes?' % (hexs(8).upper(), hexs(8).upper())]


@neg
def n_oid():
    return ['SNMP OID 1.3.6.1.4.1.2021.10.1.3.%d returns the load average, right? And what is 1.3.6.1.2.1.1.3.0?'
            % R.randint(1, 3)]


@neg
def n_upper_report():
    return ['QUARTERLY REPORT - DRAFT\nREVENUE\nCOSTS\nOUTLOOK\n\nWrite two sentences under each heading for a '
            'small bakery.']


@neg
def n_printer():
    return [pick(['Printer on floor 3 jams on every duplex job; Facilities says it is the toner. Who is right?',
                  'Kitchen dishwasher leaks again. Draft a note for the office channel.',
                  'Marketing wants the banner bigger. Security wants fewer pop-ups. Suggest a compromise.'])]


def isbn13():
    while True:
        d = '978' + rd(9)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
        v = d + str(c)
        if not C.luhn_ok(v):
            return '%s-%s-%s-%s-%s' % (v[:3], v[3], v[4:7], v[7:12], v[12])


@neg
def n_isbn():
    return ['Is ISBN ', isbn13(), ' the paperback or the hardback edition? The shop lists both.']


@neg
def n_bad_ids():
    return ['Validation failed for reference ', bad_nif(), ' and for ', bad_pesel(),
            '. Are these typos or wrong formats?']


@neg
def n_excel_formula():
    return ['Excel: =VLOOKUP(A2,Sheet2!$A$2:$D$', str(R.randint(100, 5000)),
            ',4,FALSE) returns #N/A for every row. Why?']


@neg
def n_units():
    return ['Convert ', str(R.randint(3, 90)), ' psi to bar and ', str(R.randint(10, 400)),
            ' lb-ft to newton-metres.']


@neg
def n_gitignore():
    return ['Write a .gitignore for a project with ', pick(FILES), ', ', pick(FILES),
            ' and a node_modules folder.']


@neg
def n_build_fw():
    return ['Firmware ', version(), ' (build ', hexs(7), ') bricked two test units; firmware ', version(),
            ' is fine. Roll back?']


@neg
def n_coupon():
    return ['Promo code SPRING', rd(2), ' gives 15% off but the cart shows ', amount('$', 20, 400),
            ' before and after. Bug?']


@neg
def n_dimensions():
    return ['Will a ', str(R.randint(120, 220)), ' x ', str(R.randint(60, 100)), ' cm desk fit through an 80 cm door '
            'if I tilt it?']


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

PREFIX = ['hey, quick one:\n', 'Can you help with this?\n\n', 'From a colleague:\n', 'Task: ', '[pasted]\n',
          'Quick question. ', 'Need this in 5 min pls.\n', 'Context:\n']
SUFFIX = ['\n\nThanks in advance', ' ty', '\n\nUse bullet points.', '\n\nAnswer in one paragraph.',
          '\n\nNo more than 100 words.', ' cheers', '\n\nFormat the answer as a table.', ' :)']
CASED = ('PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME')


def _case(s, mode):
    if mode == 'lower':
        return s.replace('İ', 'I').lower()
    return s.upper()


def build(parts, mode=None):
    """Text and gold spans from parts; a case mode applies to the plain text
    and to names, places, organisations, groups and dates."""
    text, ents = '', []
    for p in parts:
        if isinstance(p, tuple):
            ty, v = p
            if mode in ('lower', 'upper') and ty in CASED or mode == 'upper_names' and ty == 'PERSON':
                v = _case(v, 'upper' if mode == 'upper_names' else mode)
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
            text += v
        else:
            text += _case(p, mode) if mode in ('lower', 'upper') else p
    return text, ents


def make(f):
    parts = list(f())
    if chance(0.2):
        parts = [pick(PREFIX)] + parts
    if chance(0.2):
        parts = parts + [pick(SUFFIX)]
    mode = None
    x = R.random()
    if x < 0.08:
        mode = 'lower'
    elif x < 0.12 and any(isinstance(p, tuple) and p[0] == 'PERSON' for p in parts):
        mode = 'upper_names'
    elif x < 0.135 and sum(len(p) if isinstance(p, str) else len(p[1]) for p in parts) < 160:
        mode = 'upper'
    text, ents = build(parts, mode)
    return {'text': text, 'entities': ents}


TARGET = {'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75,
          'PHONE_NUMBER': 69, 'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31, 'US_SSN': 26,
          'CRYPTO': 24, 'NRP': 19}
for _t in ['AU_TFN', 'AU_ABN', 'AU_ACN', 'AU_MEDICARE', 'CA_SIN', 'ES_NIE', 'ES_NIF', 'FI_PERSONAL_IDENTITY_CODE',
           'IN_AADHAAR', 'IN_PAN', 'IN_PASSPORT', 'IN_VOTER', 'IT_FISCAL_CODE', 'IT_VAT_CODE', 'KR_RRN',
           'MAC_ADDRESS', 'MEDICAL_LICENSE', 'PL_PESEL', 'SE_PERSONNUMMER', 'SG_NRIC_FIN', 'TR_NATIONAL_ID',
           'US_BANK_NUMBER', 'UK_NHS', 'UK_NINO', 'US_DRIVER_LICENSE', 'US_ITIN', 'US_MBI', 'US_NPI',
           'US_PASSPORT', 'ZA_ID_NUMBER']:
    TARGET[_t] = 15
N_RECORDS, N_CLEAN = 600, 108


def _loss(cnt):
    return sum((cnt.get(k, 0) - v) ** 2 / v for k, v in TARGET.items())


def corpus():
    """PII records: every template once, then the template whose record
    brings the type counts closest to the targets, out of a few drawn at
    random (each used at most six times). Then the PII-free records."""
    recs, cnt, used = [], Counter(), Counter()
    order = T[:]
    R.shuffle(order)
    for f in order:
        r = make(f)
        recs.append(r)
        used[f] += 1
        cnt.update(e['entity_type'] for e in r['entities'])
    while len(recs) < N_RECORDS - N_CLEAN:
        pool = [f for f in T if used[f] < 6]
        best = None
        for f in R.sample(pool, min(30, len(pool))):
            r = make(f)
            c2 = cnt + Counter(e['entity_type'] for e in r['entities'])
            score = _loss(c2)
            if best is None or score < best[0]:
                best = (score, f, r)
        _, f, r = best
        recs.append(r)
        used[f] += 1
        cnt.update(e['entity_type'] for e in r['entities'])
    clean = []
    while len(clean) < N_CLEAN:
        order = N[:]
        R.shuffle(order)
        for f in order[:N_CLEAN - len(clean)]:
            clean.append(make(f))
    out = recs + clean
    R.shuffle(out)
    return [{'id': 'p20-%04d' % i, 'text': r['text'], 'entities': r['entities']} for i, r in enumerate(out)]


if __name__ == '__main__':
    C.write(corpus())
