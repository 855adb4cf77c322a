"""Probe 18: a blind measure of generalisation. About 600 chat prompts to an
assistant in the style of the dev corpus (support tickets, HR and payroll
notes, KYC and medical records, logs, config snippets, records in JSON, CSV
and key-value form, prompts in Spanish, Italian, Polish, Swedish, Finnish and
Turkish, lower-case variants, wrappers with appended instructions, and
PII-free look-alikes), with dev's entity mix and value formats but new
templates and new people, places, organisations and e-mail domains. Written
from the corpus description and dev alone, without looking at the engine."""
import datetime, os, random, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(181818)


def pick(xs):
    return R.choice(xs)


# ---- vocabularies (none of these names occurs in dev or in earlier probes) --

FIRST = {
    'ie': 'Ciarán Caoimhe Donal Padraig Sinéad Fionnuala Deirdre Grainne Orlaith Colm Ailbhe Muireann Fiachra Eimear '
          'Odhrán Diarmuid Nuala Lorcan Aisling Senan Mairéad Peadar Cillian Darragh Treasa Conall',
    'en': 'Rupert Imogen Barnaby Felicity Jasper Penelope Alastair Georgina Percival Humphrey Tabitha Crispin Ambrose '
          'Cressida Giles Verity Horatio Wilfred Clementine Archibald Octavia Rosamund Piers',
    'us': 'Brayden Kaylee Bryce Kendall Wyatt Paisley Colton Raelynn Brantley Jaxon Kinsley Ryker Everly Bentley '
          'Addison Tucker Sawyer Kaden Jaylen Brynlee Lyle Marla Delbert Earlene',
    'it': 'Niccolò Dario Gaia Fabrizio Rebecca Bianca Ludovico Veronica Gianmarco Ornella Tiziana Pierluigi Raffaella '
          'Massimiliano Loredana Gianpaolo Annalisa Elisabetta Nunzio Rosalba Amedeo Mirella',
    'es': 'Iñigo Begoña Andrés Remedios Inmaculada Leire Aitor Covadonga Baltasar Encarnación Nicanor Telmo Edurne '
          'Abelardo Consuelo Eusebio Herminia Jacinto Marcelino Teodora Ainara Josune',
    'fr': 'Mathis Clémence Anaïs Océane Maxence Pauline Margot Rémi Capucine Aurélien Bérénice Corentin Lucien Ophélie '
          'Gwenaëlle Timothée Maëlys Apolline Bastien Ségolène Anatole Thibault',
    'de': 'Moritz Leonie Franziska Johanna Benedikt Greta Dominik Konstantin Svenja Jannis Wolfgang Gisela Reinhold '
          'Ansgar Frauke Detlef Rüdiger Volker Sieglinde Irmgard Hartmut',
    'at': 'Valentin Theresia Ferdinand Rosalie Korbinian Vinzenz Engelbert Walburga Leopold',
    'pl': 'Przemek Małgorzata Krystian Joanna Mateusz Weronika Ewelina Piotr Iwona Ryszard Grażyna Jarosław Danuta '
          'Stanisława Bronisława',
    'se': 'Axel Anton Ludvig Olof Torbjörn Birgitta Gösta Yngve Ulla Agneta Leif Evert Gunilla Kerstin Lennart Barbro',
    'fi': 'Juho Emilia Lotta Sampo Aune Jouni Marjatta Sirkka Kalevi Tuula Reijo Annikki Pentti Arvo Hannele Väinö',
    'tr': 'Ahmet Büşra Hakan Şeyma Ayşe Gizem Damla Merve Cengiz Nurcan Sibel Tülay Levent Gülşen Korkut Yasemin Selçuk',
    'in': 'Rahul Sneha Harsh Abhishek Raghav Shruti Ishita Kunal Aparna Swati Gaurav Bhavna Rohit Anjali Manish '
          'Deepika Chaitanya Pallavi',
    'za': 'Siyabonga Nkosinathi Phumzile Lesedi Ofentse Boitumelo Tumelo Mandisa Xolani Andile Gerrit Jaco Wynand '
          'Annemarie Zinhle Nolwazi Willem Marike',
    'au': 'Angus Fletcher Matilda Jarrah Tahlia Darcy Shaun Kylie Mitchell Tegan Narelle Bevan',
    'br': 'Lucas Fernanda Matheus Juliana Letícia Enzo Gabriela Otávio Raimundo Jussara Rosângela Cleiton Josué Tainá',
    'kr': 'Ye-rin Eun-bi Ha-neul Bo-ram Hye-rim Gyu-ri Ye-eun Chan-young Kyu-bin Ga-eun Tae-rim',
    'sg': 'Pei Qi|Zi Qing|Wan Ting|Guo Liang|Swee Hock|Kai Xuan|Si Ting|Yu Xuan|Jing Wen|Qian Ru|Boon Keng|Siew Lan|Mei Fang|Kah Wai|Soo Kiat',
}
LAST = {
    'ie': 'Mulcahy McNamara Tierney Hegarty Costigan Moriarty Keating Devlin Flanagan Geraghty Breathnach Scanlon '
          'Garvey Coughlan Fogarty Lenihan Naughton Shanahan Tuohy',
    'en': 'Ashworth Hargreaves Wetherby Radcliffe Bramwell Pickering Kendrick Featherstone Fothergill Ingleby '
          'Postlethwaite Sowerby Tattersall Whitworth Braithwaite Cresswell',
    'us': 'Kowalski Hendricks Barlow Prescott Haskins Bergstrom Rutherford Callahan Mercer Stroud Yancey Holcomb '
          'Driscoll Kincaid Boudreaux',
    'it': 'Bellandi Carbone Cocco Bernardi Zanetti Pagano Tagliaferri Guerrieri Lanzillotta Mastrangelo Quaranta '
          'Bonfiglio Scarpelli Venturini',
    'es': 'Olmedo Quintana Arroyo Bermúdez Zabala Aguirre Montoya Carrasco Arrieta Goikoetxea Camacho Urrutia '
          'Peñalver Barrios Mendizábal Ibarra Larrañaga Santamaría Zurita Núñez',
    'fr': 'Boucher Lacroix Perrin Faure Lemaire Renaud Barbier Vasseur Leclerc Delacroix Fournier Poulain Charpentier '
          'Deschamps Tessier Bouvier Guillot',
    'de': 'Zimmermann Hartmann Lehmann Köhler Wolff Seidel Haas Dietrich Engelhardt Kirchner Lindemann Pohl Reichert '
          'Schuster Ziegler Brückner Oberhauser',
    'at': 'Gruber Huber Pichler Steiner Moser Hofer Leitner Egger Reiter Wimmer Aigner Haider Eder',
    'pl': 'Wiśniewski Jankowski Piotrowska Błaszczyk Czarnecka Malinowski Szczepański Urbańska Nowicki Sadowska '
          'Jaworski Adamczyk Górecki Kalinowska Laskowski Cieślak',
    'se': 'Lindholm Sundström Ahlgren Fredriksson Nordqvist Dahlberg Sundqvist Lundin Björklund Forsman Gustafsson '
          'Carlsson Isaksson Ekberg',
    'fi': 'Järvinen Hakkarainen Tikkanen Partanen Savolainen Miettinen Koivisto Oksanen Honkanen Vainio Seppälä Kallio',
    'tr': 'Kaplan Erdoğan Aslan Uçar Duman Keskin Bulut Özkan Aydoğan Çetin Kocabaş Güler Altun Çakır Sönmez',
    'in': 'Bhatt Chauhan Verma Kamath Desai Srinivasan Sengupta Chopra Bose Kaur Sandhu Patil Deshmukh Bhosale Jadhav '
          'Venkatesh',
    'za': 'Baloyi Maseko Ngcobo Khoza Mabuza Mthethwa Mokgosi Hlongwane Kubheka Marais Bezuidenhout Grobler Viljoen',
    'au': 'McKenzie Blackburn Tremayne Kingsford Sheehan Whitlam Galbraith Treloar Hoddle Cheeseman',
    'br': 'Souza Almeida Ribeiro Nascimento Moura Araújo Gonçalves Rezende Bittencourt Queiroz',
    'kr': 'Lee Choi Ko Jeong Maeng Gong',
    'sg': 'Tay Loh Sng Kwa Poh Tng Khoo Liew Lai Oei Boey',
}
FIRST = {k: (v.split('|') if '|' in v else v.split()) for k, v in FIRST.items()}
LAST = {k: v.split() for k, v in LAST.items()}
WEST = ['ie', 'en', 'us', 'it', 'es', 'fr', 'de', 'at', 'pl', 'se', 'fi', 'tr', 'in', 'za', 'au', 'br']
MIX_W = [8, 8, 12, 6, 6, 5, 5, 3, 4, 3, 3, 4, 6, 4, 5, 4]

CITY = {
    'ie': ['Athlone', 'Waterford', 'Drogheda', 'Dundalk', 'Letterkenny', 'Mullingar', 'Clonmel', 'Wexford', 'Castlebar', 'Tullamore'],
    'en': ['Swindon', 'Shrewsbury', 'Harrogate', 'Peterborough', 'Chelmsford', 'Stevenage', 'Basingstoke', 'Maidstone',
           'Kettering', 'Loughborough', 'Darlington', 'Taunton', 'Guildford', 'Huddersfield', 'Wakefield', 'Doncaster'],
    'us': ['Ithaca', 'Muncie', 'Paducah', 'Galveston', 'Kalamazoo', 'Laramie', 'Boulder', 'Bellingham', 'Hattiesburg',
           'Stillwater', 'Bloomington', 'Morgantown', 'Roanoke', 'Annapolis', 'Hartford', 'Dubuque', 'Syracuse',
           'Allentown', 'Toledo', 'Tuscaloosa', 'Sarasota', 'Spartanburg', 'Murfreesboro', 'Little Rock', 'Las Cruces',
           'Bakersfield', 'Modesto', 'Temecula', 'Corvallis', 'Provo', 'Pensacola'],
    'it': ['Catania', 'Piacenza', 'Livorno', 'Imola', 'Cesena', 'Pavia', 'Cuneo', 'Savona', 'Prato', 'Siena',
           'Viterbo', 'Macerata', 'Caserta', 'Matera', 'Cosenza', 'Trapani', 'Merano'],
    'es': ['Pontevedra', 'Ferrol', 'Ponferrada', 'Palencia', 'Soria', 'Ávila', 'Reus', 'Lorca', 'Jerez', 'Algeciras',
           'Marbella', 'Toledo', 'Getafe', 'Terrassa', 'Badalona', 'Mataró'],
    'fr': ['Reims', 'Besançon', 'Perpignan', 'Amiens', 'Metz', 'Rouen', 'Nîmes', 'Orléans', 'Caen', 'Colmar', 'Annecy', 'Avignon'],
    'de': ['Augsburg', 'Bielefeld', 'Regensburg', 'Göttingen', 'Erfurt', 'Osnabrück', 'Kiel', 'Lübeck', 'Paderborn',
           'Hildesheim', 'Oldenburg', 'Koblenz', 'Trier', 'Passau', 'Bamberg'],
    'at': ['Klagenfurt', 'Villach', 'Bregenz', 'Wels', 'Steyr', 'Leoben', 'Dornbirn', 'Krems', 'Amstetten', 'Kufstein'],
    'pl': ['Grudziądz', 'Włocławek', 'Konin', 'Leszno', 'Wałbrzych', 'Nowy Sącz', 'Chełm', 'Łomża', 'Piła', 'Sopot',
           'Bielsko-Biała', 'Tychy', 'Rybnik', 'Sosnowiec', 'Kołobrzeg'],
    'se': ['Ystad', 'Kiruna', 'Uddevalla', 'Lidköping', 'Motala', 'Karlskrona', 'Varberg', 'Kungsbacka', 'Skövde', 'Piteå', 'Örnsköldsvik'],
    'fi': ['Kuusamo', 'Varkaus', 'Forssa', 'Kerava', 'Järvenpää', 'Lohja', 'Tornio', 'Loviisa', 'Hanko', 'Naantali', 'Valkeakoski'],
    'tr': ['Amasya', 'Artvin', 'Kars', 'Mardin', 'Şanlıurfa', 'Elazığ', 'Yozgat', 'Aksaray', 'Balıkesir', 'Tekirdağ',
           'Bolu', 'Düzce', 'Kastamonu', 'Sinop', 'Alanya', 'Fethiye'],
    'in': ['Chandigarh', 'Ajmer', 'Bikaner', 'Gwalior', 'Jabalpur', 'Cuttack', 'Siliguri', 'Jamshedpur', 'Meerut',
           'Shimla', 'Kolhapur', 'Tirupati', 'Warangal', 'Thrissur', 'Panaji'],
    'sg': ['Yew Tee', 'Simei', 'Kembangan', 'Eunos', 'Paya Lebar', 'Aljunied', 'Novena', 'Buona Vista',
           'Seletar', 'Telok Blangah', 'Tai Seng'],
    'za': ['Vryheid', 'Ladysmith', 'Empangeni', 'Kokstad', 'Ballito', 'Oudtshoorn', 'Hermanus', 'Klerksdorp',
           'Kroonstad', 'Centurion', 'Midrand', 'Tzaneen', 'Witbank', 'Makhanda'],
    'au': ['Fremantle', 'Armidale', 'Nowra', 'Goulburn', 'Queanbeyan', 'Traralgon', 'Wodonga', 'Echuca', 'Gladstone',
           'Gympie', 'Noosa', 'Broome', 'Mandurah', 'Whyalla', 'Devonport'],
    'br': ['Goiânia', 'Campinas', 'Natal', 'Maceió', 'Londrina', 'Joinville', 'Uberlândia', 'Niterói'],
    'ca': ['Moose Jaw', 'Yorkton', 'Grande Prairie', 'Lloydminster', 'Penticton', 'Cranbrook', 'Abbotsford',
           'Belleville', 'Orillia', 'Kitchener', 'Brantford', 'Sarnia', 'Gatineau', 'Miramichi', 'Gander'],
    'kr': ['Seoul', 'Jeju', 'Sejong', 'Gyeongju', 'Wonju', 'Cheonan'],
}
REGION = {
    'ie': ['Kerry', 'Donegal', 'Munster', 'Leinster', 'Tipperary', 'Wicklow'],
    'en': ['Yorkshire', 'Cornwall', 'Devon', 'Dorset', 'Norfolk', 'Suffolk', 'Somerset'],
    'us': ['California', 'New York', 'Puerto Rico', 'Guam'],
    'it': ['Lombardy', 'Piedmont', 'Veneto', 'Apulia', 'Emilia-Romagna', 'Umbria', 'Liguria', 'Calabria', 'Abruzzo'],
    'es': ['Asturias', 'Aragon', 'Extremadura', 'Cantabria', 'Navarre'],
    'fr': ['Provence', 'Normandy', 'Alsace', 'Lorraine', 'Auvergne'],
    'de': ['Saxony', 'Hesse', 'Thuringia', 'Brandenburg', 'Saarland', 'Franconia'],
    'at': ['Tyrol', 'Styria', 'Carinthia', 'Vorarlberg'],
    'pl': ['Silesia', 'Masovia', 'Pomerania'],
    'se': ['Dalarna', 'Värmland', 'Småland', 'Gotland'],
    'fi': ['Karelia', 'Ostrobothnia', 'Uusimaa'],
    'tr': ['Cappadocia', 'Thrace'],
    'in': ['Punjab', 'Rajasthan', 'Maharashtra', 'Goa', 'Bengal', 'Telangana', 'Haryana', 'Uttarakhand'],
    'za': ['Gauteng', 'KwaZulu-Natal', 'Limpopo', 'Mpumalanga', 'Zululand'],
    'au': ['Gippsland', 'Pilbara', 'Riverina'],
    'br': ['Bahia', 'Paraná', 'Pernambuco'],
}
COUNTRY = ['Lithuania', 'France', 'Germany', 'England', 'Venezuela', 'Cuba', 'Belarus', 'Algeria', 'Cameroon', 'Gabon',
           'Angola', 'Madagascar', 'Nicaragua', 'Belize', 'Haiti', 'the Dominican Republic', 'Barbados', 'Monaco',
           'Kosovo', 'Russia', 'Taiwan', 'Macau', 'the Maldives', 'the United Kingdom', 'Mali', 'Burundi']
COUNTRY_OF = {'ie': 'the United Kingdom', 'en': 'England', 'fr': 'France', 'de': 'Germany'}
STREET = {
    'en': ['Lark Rise', 'Meadowbank Drive', 'Quarrybank Road', 'Wisteria Gardens', 'Hollyhock Lane', 'Tern Crescent',
           'Gannet Way', 'Plover Street', 'Corncrake Road', 'Dunlin Drive', 'Kittiwake Close', 'Woodlark Terrace',
           'Yellowhammer Lane', 'Nightjar Street', 'Whinchat Road', 'Redbud Court', 'Sumac Lane', 'Bluebell Walk'],
    'au': ['Bottlebrush Avenue', 'Jacana Street', 'Lyrebird Lane', 'Musgrave Road', 'Kittiwake Close', 'Tern Crescent'],
    'za': ['Kloof Street', 'Bree Street', 'Shortmarket Street'],
    'es': ['Calle del Olmo', 'Calle Arrieta', 'Calle de las Huertas', 'Calle del Cid'],
    'it': ['Via Bonfiglio', 'Via delle Querce', 'Via Appia Nuova', 'Via dei Tigli'],
    'pl': ['ulica Jaśminowa', 'ulica Słoneczna', 'ulica Wrzosowa'],
    'se': ['Sveavägen', 'Tallvägen', 'Björkgatan'],
    'fi': ['Satamakatu', 'Pajakatu', 'Rantatie', 'Myllytie'],
    'sg': ['Simei Street 4', 'Kembangan Road', 'Novena Rise', 'Eunos Crescent'],
    'in': ['Linking Road', 'Anna Salai'],
}
ORG = {
    'firm': ['Quennell Analytics Ltd', 'Wrenfield Logistics plc', 'Cobaltline Systems Inc.', 'Saffronhill Media LLC',
             'Fairlop & Pike Solicitors', 'Heronsgate Consulting Group', 'Ravensworth Engineering Ltd', 'Glenmoor Foods',
             'Duncairn Print Works', 'Ballyroan Dairies', 'Drumlin Data Ltd', 'Larkmoor Software'],
    'it': ['Tagliaferri Costruzioni S.p.A.', 'Oleificio Quaranta S.r.l.', 'Cantina Venturini', 'Fratelli Bonfiglio S.n.c.'],
    'es': ['Transportes Olmedo S.L.', 'Construcciones Urrutia S.A.', 'Bodegas Zurita'],
    'fr': ['Maison Vasseur SARL', 'Boulangerie Poulain'],
    'de': ['Oberhauser Maschinenbau GmbH', 'Zieglerwerk KG'],
    'at': ['Alpenland Volksbank', 'Swarovski', 'voestalpine'],
    'pl': ['Nowicki Logistyka Sp. z o.o.', 'Orlen', 'CD Projekt'],
    'se': ['Lindholm Bygg AB'],
    'fi': ['Vainio Consulting Oy', 'Kone', 'Finnair'],
    'tr': ['Kocabaş Gıda A.Ş.', 'Turkcell', 'Arçelik'],
    'in': ['Venkatesh Textiles Pvt Ltd', 'Deshmukh Agro Pvt Ltd', 'Mahindra', 'HDFC Bank'],
    'sg': ['Khoo & Liew Engineering Pte Ltd'],
    'za': ['Mokgosi Freight (Pty) Ltd', 'Sanlam'],
    'au': ['Treloar Earthmoving Pty Ltd', 'Hoddle Joinery Pty Ltd', 'Kingsford Solar Pty Ltd', 'Telstra', 'Woolworths'],
    'br': ['Bittencourt Alimentos Ltda.', 'Natura'],
    'real': ['Ferrero', 'Pirelli', 'Telefónica', 'Iberdrola', 'Tesco', 'Greggs', 'Walmart', 'Costco', 'Moderna',
             'Starbucks', 'Rolls-Royce', 'Optus'],
    'med': ['Wrenfield Medical Centre', 'Heronsgate Hospital', "St. Aldhelm's Hospital", 'Elderbrook Family Dental',
            'Glenmoor Clinic', 'Saffronhill Dental Practice', 'Ravensworth Eye Clinic', 'Tamsworth Physiotherapy',
            'Apollo Hospitals', 'Fortis Healthcare'],
    'med_it': ['Poliambulatorio Bonfiglio', 'Clinica Santa Rosalba'],
    'med_es': ['Clínica Dental Zurita'],
    'med_fi': ['Lääkäriasema Koivisto'],
    'med_tr': ['Özel Güler Hastanesi'],
    'med_se': ['Tandläkarhuset Ängelholm'],
    'med_sg': ['Tay & Poh Family Clinic'],
    'med_za': ['Mabuza Medical Centre'],
    'bank': ['Oxleigh Building Society', 'Penhallow Mutual', 'Cranleigh Savings Bank', 'Drumlin Credit Union',
             'Alpenland Volksbank', 'HDFC Bank'],
    'ins': ['Gorsebrook Insurance', 'Castellane Insurance', 'Allianz', 'AXA', 'Generali', 'Aviva', 'Mapfre',
            'Prudential', 'Medibank', 'Bupa', 'Geico', 'Suncorp'],
    'super': ['Cbus', 'Penhallow Mutual'],
}
NRP = ['German', 'French', 'Singaporean', 'Australian', 'Canadian', 'American', 'Belgian', 'Russian', 'Chinese',
       'Argentine', 'Bosnian', 'Afrikaner', 'Xhosa', 'Sami', 'Walloon', 'Parsi', 'Sephardic', 'Ashkenazi', 'Confucian',
       'Wiccan', 'atheist', 'agnostic', 'Federalist', 'Progressive']
FREEMAIL = ['gmx.de', 'interia.pl', 'live.co.uk', 'virginmedia.com', 'yahoo.co.in', 'luukku.com', 'kolumbus.fi',
            'hotmail.com.tr', 'telkomsa.net', 'tiscali.it', 'alice.it', 'telefonica.net', 'example.com', 'example.net',
            'yahoo.es', 'hotmail.es', 'pm.me', 'msn.com', 'comcast.net', 'verizon.net', 'att.net', 'rogers.com',
            'sympatico.ca', 'chello.at', 'aon.at', 'iol.pt', 'bredband.net', 'spray.se', 'elisanet.fi',
            'saunalahti.fi', 'superonline.com', 'vodamail.co.za', 'iinet.net.au', 'tpg.com.au', 'starhub.net.sg',
            'pacific.net.sg', 'sify.com', 'globo.com']
CORPDOM = ['wrenfield-logistics.co.uk', 'cobaltline.dev', 'saffronhill.media', 'heronsgate.health', 'ravensworth-eng.co.uk',
           'glenmoorfoods.ie', 'drumlindata.com', 'larkmoor.app', 'tagliaferri.it', 'olmedo-transportes.es',
           'maisonvasseur.fr', 'oberhauser-mb.de', 'nowicki-logistyka.pl', 'lindholmbygg.se', 'vainio.fi',
           'kocabasgida.com.tr', 'venkateshtextiles.in', 'khooliew.com.sg', 'mokgosifreight.co.za', 'treloar.com.au',
           'bittencourt.com.br', 'oxleighbs.co.uk', 'gorsebrook-ins.com', 'elderbrookdental.ie']
WEBDOM = ['wrenfield-logistics.co.uk', 'cobaltline.dev', 'saffronhill.media', 'heronsgate.health', 'larkmoor.app',
          'parcel-redelivery.info', 'secure-verify-account.net', 'glenmoorfoods.ie', 'drumlindata.com',
          'treloar.com.au', 'khooliew.com.sg', 'oxleighbs.co.uk', 'portal.gorsebrook-ins.com', 'shop.larkmoor.app',
          'status.cobaltline.dev', 'api.drumlindata.com']
FILES = ['main.go', 'app.js', 'settings.toml', 'schema.sql', 'Makefile', 'handler.ts', 'pom.xml', 'build.gradle',
         'Cargo.toml', 'package.json', 'docker-compose.yml', 'analysis.ipynb', 'main.c', 'CHANGELOG.md', 'setup.cfg']

MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
MON_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']
MON_FI = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta',
          'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta']
MON_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']
MON_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ---- people, places, organisations ------------------------------------------

NAMEINFO = {}


def _culture(c):
    if isinstance(c, (list, tuple)):
        c = pick(c)
    if c is None:
        return R.choices(WEST, MIX_W)[0]
    return c


def name_str(c=None, style=None):
    c = _culture(c)
    f, l = pick(FIRST[c]), pick(LAST[c])
    if style is None:
        x = R.random()
        style = 'full' if x < 0.80 else ('mid' if x < 0.90 else 'two')
    if c == 'kr':
        s = '%s %s' % (l, f) if R.random() < 0.5 else '%s %s' % (f, l)
    elif c == 'sg':
        s = '%s %s' % (l, f)
    elif c == 'es' and R.random() < 0.4:
        s = '%s %s %s' % (f, l, pick([x for x in LAST['es'] if x != l]))
    elif style == 'mid':
        s = '%s %s. %s' % (f, pick('ABCDEFGHJKLMNPRSTW'), l)
    elif style == 'two':
        s = '%s %s %s' % (f, pick([x for x in FIRST[c] if x != f]), l)
    else:
        s = '%s %s' % (f, l)
    if R.random() < 0.04:
        s = s.upper()
    NAMEINFO[s] = (f, l, c)
    return s


def P(c=None, style=None):
    return ('PERSON', name_str(c, style))


def F(c=None):
    c = _culture(c)
    f = pick(FIRST[c])
    NAMEINFO[f] = (f, pick(LAST[c]), c)
    return ('PERSON', f)


def SN(c=None):
    c = _culture(c)
    l = pick(LAST[c])
    NAMEINFO[l] = (pick(FIRST[c]), l, c)
    return ('PERSON', l)


def C(c=None):
    if c is None:
        c = R.choices(list(CITY), [5, 6, 9, 3, 3, 2, 3, 2, 2, 2, 2, 2, 3, 1, 2, 3, 1, 2, 1])[0]
    return ('LOCATION', pick(CITY[_culture(c)]))


def RG(c):
    return ('LOCATION', pick(REGION[_culture(c)]))


def K():
    return ('LOCATION', pick(COUNTRY))


def AD(c='en'):
    c = _culture(c)
    st = pick(STREET.get(c, STREET['en']))
    if c in ('es', 'it', 'pl', 'se', 'fi'):
        s = '%s %d' % (st, R.randint(1, 160))
        if c == 'es' and R.random() < 0.3:
            s += ', %d.º %s' % (R.randint(1, 8), pick('ABCD'))
    elif c == 'sg':
        s = 'Blk %d %s' % (R.randint(101, 899), st)
        if R.random() < 0.5:
            s += ', #%02d-%02d' % (R.randint(2, 20), R.randint(1, 150))
    elif c == 'in':
        s = '%d, %s' % (R.randint(4, 220), st)
    else:
        s = '%d %s' % (R.randint(2, 2400), st)
        if R.random() < 0.25:
            s = '%s %d, %s' % (pick(['Apt', 'Unit', 'Flat']), R.randint(1, 40), s)
    return ('LOCATION', s)


def O(kind='firm'):
    if isinstance(kind, (list, tuple)):
        kind = pick(kind)
    return ('ORGANIZATION', pick(ORG[kind]))


def N():
    return ('NRP', pick(NRP))


def an(word):
    return 'an' if word[:1].lower() in 'aeiou' else 'a'


def _ascii(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch)).replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')


def E(p=None, corp=None):
    if p is None:
        f, l = pick(FIRST[_culture(None)]), pick(LAST[_culture(None)])
    else:
        f, l, _ = NAMEINFO.get(p[1], (p[1].split()[0], p[1].split()[-1], None))
    f = _ascii(f).lower().replace(' ', '').replace('-', '').replace("'", '')
    l = _ascii(l).lower().replace(' ', '').replace('-', '').replace("'", '')
    dom = pick(CORPDOM) if (corp or (corp is None and R.random() < 0.35)) else pick(FREEMAIL)
    x = R.random()
    if x < 0.38:
        lp = '%s.%s' % (f, l)
    elif x < 0.55:
        lp = '%s_%s%d' % (f, l, R.randint(10, 99))
    elif x < 0.68:
        lp = f[0] + l
    elif x < 0.77:
        lp = '%s%d' % (l, R.randint(100, 9999))
    elif x < 0.86:
        lp = '%s.%s+%s' % (f, l, pick(['billing', 'work', 'news', 'shop', 'tax']))
    elif x < 0.93:
        lp = f + l[0]
    else:
        lp = f
    return ('EMAIL_ADDRESS', lp + '@' + dom)


def tok(n):
    return ''.join(R.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(n))


def U(kind=None, p=None):
    kind = kind or pick(['site', 'site', 'site', 'social'])
    if kind == 'social':
        if p is not None:
            f, l, _ = NAMEINFO.get(p[1], ('x', 'y', None))
            h = _ascii(f + pick(['', '-', '.']) + l).lower().replace(' ', '').replace("'", '')
        else:
            h = tok(9)
        base = pick(['github.com/%s', 'www.facebook.com/%s', 'medium.com/@%s', 'www.youtube.com/@%s', 'about.me/%s',
                     'www.tiktok.com/@%s', 'x.com/%s'])
        return ('URL', 'https://' + base % h.replace('.', '') if '@' in base else 'https://' + base % h)
    d = pick(WEBDOM)
    path = pick(['', '/login', '/account/verify?id=' + tok(10), '/track/' + str(R.randint(10000, 999999)),
                 '/pay?ref=' + tok(8), '/docs/getting-started', '/careers/%d' % R.randint(100, 999), '/s/' + tok(6),
                 '/api/v2/users/%d' % R.randint(1000, 99999), '/invoices/%d.pdf' % R.randint(1000, 99999)])
    sch = R.choices(['https://', 'http://', 'https://www.', 'www.', ''], [55, 8, 15, 10, 12])[0]
    if sch in ('', 'www.') and not path:
        path = '/help'
    if 'www.' in sch and d.count('.') > 1 and d.split('.')[0] in ('portal', 'shop', 'status', 'api'):
        sch = 'https://'
    return ('URL', sch + d + path)


# ---- dates and times ---------------------------------------------------------

def _rdate(kind):
    if kind == 'dob':
        y = R.randint(1942, 2006)
    elif kind == 'past':
        y = R.randint(2012, 2025)
    else:
        y = R.randint(2019, 2026)
    return datetime.date(y, R.randint(1, 12), R.randint(1, 28))


def _time():
    if R.random() < 0.5:
        return '%d:%02d %s' % (R.randint(1, 12), pick([0, 15, 30, 45, 10, 20, 40]), pick(['AM', 'PM']))
    return '%02d:%02d' % (R.randint(7, 20), pick([0, 15, 30, 45, 5, 50]))


def _ord(d):
    return str(d) + ('th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def D(lang='en', kind='any'):
    d = _rdate(kind)
    dd, mm, y = d.day, d.month, d.year
    if lang == 'es':
        s = pick(['%d de %s de %d' % (dd, MON_ES[mm - 1], y), '%02d/%02d/%d' % (dd, mm, y), '%d de %s' % (dd, MON_ES[mm - 1])])
    elif lang == 'it':
        s = pick(['%d %s %d' % (dd, MON_IT[mm - 1], y), '%02d/%02d/%d' % (dd, mm, y), '%d/%d/%d' % (dd, mm, y)])
    elif lang == 'pl':
        s = pick(['%02d.%02d.%d' % (dd, mm, y), '%d %s %d' % (dd, MON_PL[mm - 1], y), '%02d.%02d.%d r.' % (dd, mm, y)])
        if s.endswith(' r.'):
            s = s[:-3]
    elif lang == 'fi':
        s = pick(['%d.%d.%d' % (dd, mm, y), '%02d.%02d.%d' % (dd, mm, y), '%d. %s %d' % (dd, MON_FI[mm - 1], y)])
    elif lang == 'tr':
        s = pick(['%02d.%02d.%d' % (dd, mm, y), '%d %s %d' % (dd, MON_TR[mm - 1], y), '%02d/%02d/%d' % (dd, mm, y)])
    elif lang == 'sv':
        s = pick(['%d-%02d-%02d' % (y, mm, dd), '%d %s %d' % (dd, MON_SV[mm - 1], y), '%d %s' % (dd, MON_SV[mm - 1])])
    elif lang == 'iso':
        s = '%d-%02d-%02d' % (y, mm, dd)
    else:
        forms = ['%d %s %d' % (dd, MON[mm - 1], y), '%s %d, %d' % (MON[mm - 1], dd, y), '%s %d, %d' % (MON[mm - 1][:3], dd, y),
                 '%02d/%02d/%d' % (dd, mm, y), '%02d/%02d/%d' % (mm, dd, y), '%d/%d/%d' % (mm, dd, y),
                 '%d-%02d-%02d' % (y, mm, dd), '%02d.%02d.%d' % (dd, mm, y), '%02d-%s-%d' % (dd, MON[mm - 1][:3].upper(), y),
                 '%d %s %d' % (dd, MON[mm - 1][:3], y), '%s %s, %d' % (MON[mm - 1], _ord(dd), y)]
        w = [14, 16, 5, 7, 7, 3, 8, 3, 2, 3, 2]
        if kind in ('appt', 'any', 'future'):
            forms += ['%s, %s %d' % (DAYS[d.weekday()], MON[mm - 1], dd), '%s %d at %s' % (MON[mm - 1], dd, _time()),
                      '%d-%02d-%02d %02d:%02d' % (y, mm, dd, R.randint(7, 20), pick([0, 15, 30, 45, 10])), '%s %d %s' % (DAYS[d.weekday()], dd, MON[mm - 1]),
                      '%s, %s %d at %s' % (DAYS[d.weekday()][:3], MON[mm - 1][:3], dd, _time())]
            w += [5, 5, 3, 2, 2]
        s = R.choices(forms, w)[0]
    return ('DATE_TIME', s)


def TM():
    return ('DATE_TIME', _time())


# ---- identifiers in dev's surface forms ------------------------------------

def SSN():
    a, b, c = ssn(R)
    return ('US_SSN', R.choices(['-', ' ', ''], [80, 8, 12])[0].join([a, b, c]))


def ITIN():
    a, b, c = itin(R)
    return ('US_ITIN', R.choices(['-', ' ', ''], [65, 10, 25])[0].join([a, b, c]))


def CC():
    k = R.choices(['visa', 'mc', 'mc2', 'amex', 'disc', 'disc65', 'diners', 'jcb', 'maestro', 'visa19'],
                  [34, 24, 6, 10, 6, 3, 4, 6, 4, 1])[0]
    if k == 'disc65':
        n = luhn_complete('65' + rd(13, R))
    elif k == 'maestro':
        n = luhn_complete(pick(['6759', '6761', '5018', '5020']) + rd(11, R))
    elif k == 'visa19':
        n = luhn_complete('4' + rd(17, R))
    else:
        n = card(R, k)
    sep = R.choices([' ', '', '-'], [55, 30, 15])[0]
    if len(n) == 15:
        v = sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    elif len(n) == 14:
        v = sep.join([n[:4], n[4:10], n[10:]]) if sep and R.random() < 0.5 else n
    elif len(n) == 19:
        v = sep.join([n[:4], n[4:8], n[8:12], n[12:16], n[16:]]) if sep else n
    else:
        v = group(n, 4, sep) if sep else n
    return ('CREDIT_CARD', v)


def IBAN(cc=None):
    cc = cc or R.choices(['DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'PL', 'IT', 'IE', 'AT', 'CH', 'PT', 'SE', 'FI', 'TR', 'DK', 'NO'],
                         [14, 10, 10, 10, 6, 5, 6, 8, 6, 5, 3, 3, 3, 3, 3, 2, 2])[0]
    v = iban(R, cc)
    return ('IBAN_CODE', group(v, 4) if R.random() < 0.55 else v)


def BTC():
    return ('CRYPTO', btc(R, R.choices(['p2pkh', 'p2sh', 'wpkh', 'tr', 'wsh'], [30, 20, 32, 12, 6])[0]))


def MAC():
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    h = ''.join('%02x' % x for x in b)
    st = R.choices(['uc', 'lc', 'ud', 'ld', 'cisco'], [35, 25, 25, 5, 10])[0]
    if st == 'uc':
        v = ':'.join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    elif st == 'lc':
        v = ':'.join(h[i:i + 2] for i in range(0, 12, 2))
    elif st == 'ud':
        v = '-'.join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    elif st == 'ld':
        v = '-'.join(h[i:i + 2] for i in range(0, 12, 2))
    else:
        v = '.'.join(h[i:i + 4] for i in range(0, 12, 4))
    return ('MAC_ADDRESS', v)


def IP4(kind=None):
    kind = kind or R.choices(['pub', 'priv'], [60, 40])[0]
    if kind == 'priv':
        v = pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                  '192.168.%d.%d' % (R.randint(0, 255), R.randint(2, 254)),
                  '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    else:
        a = pick([x for x in range(11, 224) if x not in (10, 127, 172, 192)])
        v = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)


def IP6():
    def hx():
        return '%x' % R.randrange(1, 65536)
    k = R.choices(['full', 'comp', 'll', 'mapped', 'doc'], [25, 35, 15, 15, 10])[0]
    if k == 'full':
        v = ':'.join('%04x' % R.randrange(65536) for _ in range(8))
    elif k == 'comp':
        v = '%s:%s:%s::%s' % (pick(['2a01', '2a02', '2600', '2607', '2804', '2c0f', '240e']), hx(), hx(), hx())
    elif k == 'll':
        v = 'fe80::%s:%s:%s:%s' % (hx(), hx(), hx(), hx())
    elif k == 'mapped':
        v = '::ffff:' + IP4('pub')[1]
    else:
        v = '2001:db8:%s::%s' % (hx(), hx())
    return ('IP_ADDRESS', v)


def IP():
    return IP6() if R.random() < 0.25 else IP4()


def PH(c='us'):
    c = _culture(c)
    d = lambda n: rd(n, R)
    nz = lambda: str(R.randint(2, 9))
    if c in ('us', 'ca'):
        a = nz() + d(2)
        while a[1:] == '11':
            a = nz() + d(2)
        e, n = nz() + d(2), d(4)
        f = R.choices(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1 (%s) %s-%s', '%s.%s.%s', '+1-%s-%s-%s', '%s %s %s'],
                      [22, 30, 12, 12, 6, 10, 8])[0]
        return ('PHONE_NUMBER', f % (a, e, n))
    if c == 'en':
        return ('PHONE_NUMBER', pick(['+44 7%s %s' % (d(3), d(6)), '07%s %s' % (d(3), d(6)), '+44 (0)20 %s %s' % (d(4), d(4)),
                                      '020 %s %s' % (d(4), d(4)), '+44 161 %s %s' % (d(3), d(4)), '0113 %s %s' % (d(3), d(4))]))
    if c == 'ie':
        m = pick('35679')
        return ('PHONE_NUMBER', pick(['+353 8%s %s %s' % (m, d(3), d(4)), '08%s %s %s' % (m, d(3), d(4)),
                                      '+353 1 %s %s' % (d(3), d(4)), '(01) %s %s' % (d(3), d(4))]))
    if c == 'it':
        return ('PHONE_NUMBER', pick(['+39 3%s %s %s' % (d(2), d(3), d(4)), '3%s %s' % (d(2), d(7)),
                                      '+39 06 %s %s' % (d(4), d(4)), '02 %s %s' % (d(4), d(4))]))
    if c == 'es':
        return ('PHONE_NUMBER', pick(['+34 6%s %s %s' % (d(2), d(3), d(3)), '6%s %s %s' % (d(2), d(3), d(3)),
                                      '+34 9%s %s %s %s' % (d(1), d(3), d(2), d(2)), '+34 7%s %s %s' % (d(2), d(3), d(3))]))
    if c == 'fr':
        return ('PHONE_NUMBER', pick(['+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)), '06 %s %s %s %s' % (d(2), d(2), d(2), d(2)),
                                      '+33 (0)1 %s %s %s %s' % (d(2), d(2), d(2), d(2)), '07 %s %s %s %s' % (d(2), d(2), d(2), d(2))]))
    if c == 'de':
        return ('PHONE_NUMBER', pick(['+49 15%s %s' % (pick('12579'), d(8)), '+49 (0)30 %s' % d(8), '0151 %s' % d(8),
                                      '+49 89 %s' % d(7), '0176 %s %s' % (d(3), d(5))]))
    if c == 'at':
        return ('PHONE_NUMBER', pick(['+43 664 %s' % d(7), '+43 1 %s' % d(7), '0660 %s' % d(7), '+43 676 %s %s' % (d(3), d(4))]))
    if c == 'pl':
        return ('PHONE_NUMBER', pick(['+48 %s %s %s' % (nz() + d(2), d(3), d(3)), '+48 %s-%s-%s' % (nz() + d(2), d(3), d(3)),
                                      '%s %s %s' % (nz() + d(2), d(3), d(3)), '+48 22 %s %s %s' % (d(3), d(2), d(2))]))
    if c == 'se':
        return ('PHONE_NUMBER', pick(['+46 7%s %s %s %s' % (pick('0236'), d(3), d(2), d(2)), '07%s-%s %s %s' % (pick('0236'), d(3), d(2), d(2)),
                                      '+46 8 %s %s %s' % (d(3), d(3), d(2))]))
    if c == 'fi':
        return ('PHONE_NUMBER', pick(['+358 4%s %s %s' % (pick('0145'), d(3), d(4)), '04%s %s %s' % (pick('0145'), d(3), d(4)),
                                      '+358 9 %s %s' % (d(4), d(3)), '050 %s %s' % (d(3), d(4))]))
    if c == 'tr':
        return ('PHONE_NUMBER', pick(['+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2)), '05%s %s %s %s' % (d(2), d(3), d(2), d(2)),
                                      '0 (5%s) %s %s %s' % (d(2), d(3), d(2), d(2)), '+90 212 %s %s %s' % (d(3), d(2), d(2))]))
    if c == 'in':
        return ('PHONE_NUMBER', pick(['+91 9%s %s' % (d(4), d(5)), '+91-9%s%s' % (d(4), d(5)), '09%s %s' % (d(4), d(5)),
                                      '+91 22 %s %s' % (d(4), d(4)), '+91 7%s %s' % (d(4), d(5))]))
    if c == 'sg':
        return ('PHONE_NUMBER', pick(['+65 9%s %s' % (d(3), d(4)), '+65 8%s %s' % (d(3), d(4)), '6%s %s' % (d(3), d(4)),
                                      '9%s %s' % (d(3), d(4))]))
    if c == 'za':
        return ('PHONE_NUMBER', pick(['0%s %s %s' % (pick(['72', '73', '82', '83', '84', '71', '61']), d(3), d(4)),
                                      '+27 %s %s %s' % (pick(['11', '21', '31', '82', '83', '72']), d(3), d(4)),
                                      '+27 (0)%s %s %s' % (pick(['12', '41', '51']), d(3), d(4))]))
    if c == 'au':
        return ('PHONE_NUMBER', pick(['+61 4%s %s %s' % (d(2), d(3), d(3)), '04%s %s %s' % (d(2), d(3), d(3)),
                                      '(0%s) %s %s' % (pick('2378'), d(4), d(4)), '+61 %s %s %s' % (pick('2378'), d(4), d(4))]))
    if c == 'br':
        a = pick(['11', '21', '31', '41', '51', '61', '62', '81', '85'])
        return ('PHONE_NUMBER', pick(['+55 %s 9%s-%s' % (a, d(4), d(4)), '(%s) 9%s-%s' % (a, d(4), d(4)),
                                      '+55 %s 9%s %s' % (a, d(4), d(4))]))
    if c == 'kr':
        return ('PHONE_NUMBER', pick(['+82 10-%s-%s' % (d(4), d(4)), '010-%s-%s' % (d(4), d(4)), '+82 2-%s-%s' % (d(3), d(4)),
                                      '02-%s-%s' % (d(3), d(4)), '010 %s %s' % (d(4), d(4))]))
    return PH('us')


def NHS():
    n = nhs(R)
    return ('UK_NHS', R.choices(['%s %s %s' % (n[:3], n[3:6], n[6:]), n, '%s-%s-%s' % (n[:3], n[3:6], n[6:])], [55, 30, 15])[0])


def NINO():
    bad1, bad2 = set('DFIQUV'), set('DFIOQUV')
    while True:
        a, b = pick(string.ascii_uppercase), pick(string.ascii_uppercase)
        if a not in bad1 and b not in bad2 and a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    dg, s = rd(6, R), pick('ABCD')
    return ('UK_NINO', pick(['%s%s %s %s %s %s' % (a, b, dg[:2], dg[2:4], dg[4:], s), '%s%s%s%s' % (a, b, dg, s),
                             '%s%s %s %s' % (a, b, dg, s)]))


def TFN():
    t = tfn(R)
    return ('AU_TFN', '%s %s %s' % (t[:3], t[3:6], t[6:]) if R.random() < 0.7 else t)


def ABN():
    t = abn(R)
    return ('AU_ABN', '%s %s %s %s' % (t[:2], t[2:5], t[5:8], t[8:]) if R.random() < 0.65 else t)


def ACN():
    t = acn(R)
    return ('AU_ACN', '%s %s %s' % (t[:3], t[3:6], t[6:]) if R.random() < 0.65 else t)


def MEDI():
    t = medicare(R)
    return ('AU_MEDICARE', '%s %s %s' % (t[:4], t[4:9], t[9]) if R.random() < 0.7 else t)


def SIN():
    t = sin(R)
    return ('CA_SIN', R.choices(['%s %s %s', '%s-%s-%s', '%s%s%s'], [45, 30, 25])[0] % (t[:3], t[3:6], t[6:]))


def NIF():
    t = nif(R)
    return ('ES_NIF', t if R.random() < 0.75 else t[:8] + '-' + t[8])


def NIE():
    t = nie(R)
    return ('ES_NIE', t if R.random() < 0.75 else t[:8] + '-' + t[8])


BELFIORE = ['F205', 'L219', 'F839', 'L736', 'D612', 'E506', 'B354', 'L424', 'A662', 'C351', 'G337', 'F257', 'L781', 'C933', 'B157']
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_part(s, is_name):
    s = ''.join(ch for ch in _ascii(s).upper() if ch.isalpha())
    cons = [ch for ch in s if ch not in 'AEIOU']
    vows = [ch for ch in s if ch in 'AEIOU']
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return (''.join(cons + vows) + 'XXX')[:3]


def CF(person=None, dob=None):
    """Codice fiscale built from the person's name and date of birth."""
    if person is not None and person[1] in NAMEINFO:
        f, l, _ = NAMEINFO[person[1]]
    else:
        f, l = pick(FIRST['it']), pick(LAST['it'])
    dob = dob or _rdate('dob')
    female = f.endswith('a') or f in ('Gaia',)
    s = _cf_part(l, False) + _cf_part(f, True) + '%02d' % (dob.year % 100) + 'ABCDEHLMPRST'[dob.month - 1]
    s += '%02d' % (dob.day + (40 if female else 0)) + pick(BELFIORE)
    t = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 55
        t += _ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return ('IT_FISCAL_CODE', s + chr(65 + t % 26))


def VAT():
    return ('IT_VAT_CODE', piva(R))


def PESEL(dob=None):
    dob = dob or _rdate('dob')
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    s = '%02d%02d%02d' % (dob.year % 100, mm, dob.day) + rd(4, R)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return ('PL_PESEL', s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10))


def PNR(dob=None):
    k = R.choices(['short', 'long', 'longnosep', 'plus'], [55, 35, 6, 4])[0]
    dob = dob or (datetime.date(R.randint(1916, 1925), R.randint(1, 12), R.randint(1, 28)) if k == 'plus' else _rdate('dob'))
    s = luhn_complete('%02d%02d%02d' % (dob.year % 100, dob.month, dob.day) + rd(3, R))
    if k == 'short':
        return ('SE_PERSONNUMMER', s[:6] + '-' + s[6:])
    if k == 'long':
        return ('SE_PERSONNUMMER', str(dob.year)[:2] + s[:6] + '-' + s[6:])
    if k == 'longnosep':
        return ('SE_PERSONNUMMER', str(dob.year)[:2] + s)
    return ('SE_PERSONNUMMER', s[:6] + '+' + s[6:])


def HETU(dob=None):
    dob = dob or _rdate('dob')
    sep = pick('-YXWVU') if dob.year < 2000 else pick('ABCDEF')
    if R.random() < 0.6:
        sep = '-' if dob.year < 2000 else 'A'
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dob.day, dob.month, dob.year % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + sep + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def TCK():
    return ('TR_NATIONAL_ID', tr_id(R))


def RRN():
    t = kr_rrn(R)
    return ('KR_RRN', t[:6] + '-' + t[6:] if R.random() < 0.8 else t)


def NRIC(prefix=None):
    while True:
        t = nric(R)
        if prefix is None or t[0] in prefix:
            return ('SG_NRIC_FIN', t)


def ZA():
    return ('ZA_ID_NUMBER', za_id(R))


def PAN(person=None):
    t = pan(R)
    if person is not None and person[1] in NAMEINFO and R.random() < 0.85:
        l = _ascii(NAMEINFO[person[1]][1]).upper()
        t = t[:3] + 'P' + l[0] + t[5:]
    return ('IN_PAN', t)


def AAD():
    t = aadhaar(R)
    return ('IN_AADHAAR', R.choices(['%s %s %s', '%s%s%s', '%s-%s-%s'], [60, 28, 12])[0] % (t[:4], t[4:8], t[8:]))


def VOTER():
    return ('IN_VOTER', ''.join(pick(string.ascii_uppercase) for _ in range(3)) + rd(7, R))


def INPASS():
    return ('IN_PASSPORT', pick(string.ascii_uppercase) + str(R.randint(1, 9)) + rd(6, R))


def USPASS():
    if R.random() < 0.55:
        return ('US_PASSPORT', str(R.randint(1, 9)) + rd(8, R))
    return ('US_PASSPORT', pick('ACEFHJKLMNPRSWXZ') + rd(8, R))


def DL(person=None):
    k = R.choices(['l7', 'l12', 'd9', 'd8', 'dash', 'wa', 'fl', 'l8'], [24, 14, 16, 10, 8, 8, 10, 10])[0]
    L = pick(string.ascii_uppercase)
    if k == 'l7':
        v = L + rd(7, R)
    elif k == 'l12':
        v = L + rd(12, R)
    elif k == 'd9':
        v = str(R.randint(1, 9)) + rd(8, R)
    elif k == 'd8':
        v = str(R.randint(1, 9)) + rd(7, R)
    elif k == 'dash':
        v = L + rd(3, R) + '-' + rd(4, R) + '-' + rd(4, R)
    elif k == 'fl':
        v = L + rd(3, R) + '-' + rd(3, R) + '-' + rd(2, R) + '-' + rd(3, R)
    elif k == 'l8':
        v = L + rd(8, R)
    else:
        if person is not None and person[1] in NAMEINFO:
            f, l, _ = NAMEINFO[person[1]]
        else:
            f, l = pick(FIRST['us']), pick(LAST['us'])
        l = ''.join(ch for ch in _ascii(l).upper() if ch.isalpha())
        v = (l + '*****')[:5] + _ascii(f)[0].upper() + pick(string.ascii_uppercase) + rd(3, R) + pick(string.ascii_uppercase) + pick(string.ascii_uppercase)
    return ('US_DRIVER_LICENSE', v)


def MBI():
    return ('US_MBI', mbi(R, dash=R.random() < 0.5))


def NPI():
    return ('US_NPI', npi(R))


def DEA(person=None):
    d = rd(6, R)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    init = pick(string.ascii_uppercase)
    if person is not None and person[1] in NAMEINFO:
        init = _ascii(NAMEINFO[person[1]][1])[0].upper()
    return ('MEDICAL_LICENSE', pick('ABFGM') + init + d + str(s % 10))


def BANK():
    return ('US_BANK_NUMBER', str(R.randint(1, 9)) + rd(R.randint(7, 16), R))


def US_STATE():
    return ('LOCATION', pick(['California', 'New York']))


# ---- look-alikes for the negatives ----------------------------------------

def bad_card():
    while True:
        n = card(R, pick(['visa', 'mc', 'disc']))
        n = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
        if not luhn_ok(n):
            return group(n, 4, pick([' ', '', '-']))


def bad_iban():
    v = iban(R, pick(['DE', 'GB', 'FR', 'NL', 'IT', 'ES']))
    c = int(v[2:4])
    v = v[:2] + '%02d' % ((c + R.randint(1, 40)) % 97 + 2) + v[4:]
    return group(v, 4) if R.random() < 0.6 else v


def tr_id_like(s):
    """s itself when it passes the TC kimlik checks, else ''."""
    x = [int(c) for c in s]
    ok = ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]
    return s if ok else ''


def bad_serial(n):
    while True:
        s = str(R.randint(1, 9)) + rd(n - 1, R)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        if n == 9 and (sum(int(a) * b for a, b in zip(s, w)) % 11 == 0 or luhn_ok(s) or
                       (10 - sum(int(a) * b for a, b in zip(s[:8], [8, 7, 6, 5, 4, 3, 2, 1])) % 10) % 10 == int(s[8])):
            continue
        if n == 10 and (luhn_ok(s) or luhn_ok('80840' + s) or (11 - sum(int(x) * (10 - i) for i, x in enumerate(s[:9])) % 11) % 11 == int(s[9])):
            continue
        if n == 12 and verhoeff_ok(s):
            continue
        if n == 11 and (luhn_ok(s) or s == tr_id_like(s) or (10 - sum(int(a) * b for a, b in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(s[10])):
            continue
        return s


def bad_b58():
    a = btc(R, 'p2pkh')
    i = R.randint(5, len(a) - 3)
    ch = pick([c for c in B58 if c != a[i]])
    return a[:i] + ch + a[i + 1:]


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:])


def ver():
    return pick(['', 'v']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


def log_ts():
    d = _rdate('past')
    t = '%02d:%02d:%02d' % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return pick(['%d-%02d-%02dT%s.%03dZ' % (d.year, d.month, d.day, t, R.randint(0, 999)),
                 '%d-%02d-%02d %s,%03d' % (d.year, d.month, d.day, t, R.randint(0, 999)),
                 '%s %2d %s' % (MON[d.month - 1][:3], d.day, t),
                 '[%02d/%s/%d:%s +0000]' % (d.day, MON[d.month - 1][:3], d.year, t),
                 '%d/%02d/%02d %s' % (d.year, d.month, d.day, t)])


def money():
    return pick(['€%d,%02d' % (R.randint(10, 9999), R.randint(0, 99)), '$%d.%02d' % (R.randint(10, 99999), R.randint(0, 99)),
                 '£%d.%02d' % (R.randint(5, 9999), R.randint(0, 99)), 'CHF %d.-' % R.randint(50, 5000),
                 '₹%d,%03d' % (R.randint(1, 99), R.randint(0, 999)), 'AUD %d.%02d' % (R.randint(10, 9999), R.randint(0, 99))])


# ---- templates -------------------------------------------------------------

TEMPLATES = []


def opt(prob, *parts):
    """The parts with probability prob, else nothing (for optional clauses)."""
    return list(parts) if R.random() < prob else []


def T(n):
    def reg(fn):
        TEMPLATES.append((fn, n))
        return fn
    return reg


# payments, cards, banks, crypto

@T(7)
def t_card_abroad():
    return ['Hello, this is ', P(), '. Someone used my card ', CC(), ' at a petrol station in ', C(), *opt(0.5, ' on ', D()),
            ' and I was at home all day.', *opt(0.6, ' Please call me back on ', PH(), '.')]


@T(6)
def t_card_dispute():
    return ['Draft a dispute letter', *opt(0.5, ' to ', O(['bank', 'ins'])), ': the charge of ', money(), ' on card ', CC(),
            ' was not authorised by me', *opt(0.5, ', ', P()), '.']


@T(5)
def t_card_chat():
    p = P()
    return ['Chat transcript:\nAgent: Could you confirm the card number?\nCustomer: sure, it is ', CC(),
            '\nAgent: And the e-mail on the account?\nCustomer: ', E(p), '\nAgent: Thanks ', ('PERSON', NAMEINFO[p[1]][0]),
            ', one moment.\n\nSummarise what the customer wants.']


@T(5)
def t_card_json():
    p = P()
    return ['{"order": {"buyer": "', p, '", "contact": {"mail": "', E(p), '", "tel": "', PH(None), '"}, "payment": {"pan": "', CC(),
            '"}, "sku": "KX-%d"}}' % R.randint(1000, 9999)]


@T(4)
def t_card_billing():
    return ['Why was my payment declined? I typed the card ', CC(), ' and the billing address ', AD(), *opt(0.5, ', ', C()), ' exactly as on my statement.']


@T(4)
def t_card_refund():
    return ['Refund request: order KX-%d was paid twice with ' % R.randint(10000, 99999), CC(),
            '. Please reverse one charge and confirm to ', E(), '.', *opt(0.5, ' Order page: ', U('site'))]


@T(6)
def t_iban_standing():
    return ['Set up a standing order of ', money(), ' to ', P(), ', IBAN ', IBAN(), *opt(0.4, ', held at ', O('bank')),
            *opt(0.6, ', first payment on ', D(kind='future')), '.']


@T(3)
def t_iban_csv():
    return ['Turn this CSV into a table:\nname,iban,city\n', P(), ',', IBAN(), ',', C(), '\n', P(), ',', IBAN(), ',', C()]


@T(6)
def t_iban_card():
    return ['The SEPA transfer to ', IBAN(), *opt(0.6, ' for ', O(['firm', 'real', 'it', 'es', 'de', 'fr'])), ' was rejected. Can I just pay with card ', CC(), ' instead?']


@T(6)
def t_iban_landlord():
    return ['My landlord ', P(), ' wants the deposit sent to ', IBAN(), ' before I get the keys to the flat', *opt(0.6, ' at ', AD()), *opt(0.3, ' in ', C()),
            '. Is that normal?']


@T(6)
def t_iban_fraud():
    return ['Our supplier ', O(['firm', 'de', 'fr', 'it', 'es']), ' e-mailed from ', E(corp=True), ' asking us to pay future invoices to ', IBAN(),
            ' instead.', *opt(0.6, ' The mail also links to ', U('site'), '.'), ' Could this be invoice fraud?']


@T(8)
def t_btc_withdraw():
    return ['Withdrawal stuck: I asked the exchange to send 0.%02d BTC to ' % R.randint(1, 99), BTC(),
            ' three hours ago and it still says pending. Txid so far: ', hexs(64), '.']


@T(5)
def t_btc_donate():
    return ['Our donation page lists two wallets, ', BTC(), ' and ', BTC(), '. Which one should we keep?']


@T(6)
def t_btc_kyc():
    return ['KYC note: ', P(), *opt(0.5, ' from ', C()), ' funded the account from wallet ', BTC(), '; screen it against the sanctions list.']


# US identifiers

@T(5)
def t_ssn_background():
    return ['Write a background-check authorisation for ', P('us'), ', SSN ', SSN(), *opt(0.6, ', who used to live in ', C('us')), '.']


@T(5)
def t_ssn_json():
    p = P(['us', 'us', None])
    return ['{"employee": "', p, '", "ssn": "', SSN(), '", "hire_date": "', D('iso'), '"', *opt(0.5, ', "office": "', C('us'), '"'), '}']


@T(4)
def t_ssn_theft():
    return ['Someone opened a credit line with my SSN ', SSN(), '. I am ', P(), ', born ', D(kind='dob'),
            '. What should I do first?']


@T(8)
def t_itin_renew():
    return ['Does ITIN ', ITIN(), ' for ', P(), ' need renewing? It has not been used on a return for three years.']


@T(6)
def t_itin_csv():
    return ['Preparer notes, please check the columns:\nclient,itin,dependant_ssn\n', P(), ',', ITIN(), ',', SSN()]


@T(6)
def t_dl_rental():
    p = P(['us', None])
    return ['Rental desk check: driver ', p, ', licence no. ', DL(p), ', passport ', USPASS(), ', address ', *opt(0.5, AD('en'), ', '), C('us'),
            *opt(0.3, ', ', US_STATE()), '.']


@T(8)
def t_dl_ticket():
    return ['I got pulled over in ', C('us'), ' and the officer wrote my driver license number as ', DL(),
            '. Help me write a short note to contest the ticket.']


@T(3)
def t_uspass_group():
    return ['Group booking: ', P(), ' (passport ', USPASS(), ') and ', P(), ' (passport ', USPASS(), ') fly to ', K(),
            ' on ', D(kind='future'), '.']


@T(2)
def t_uspass_lost():
    return ['Lost passport report: the number was ', USPASS(), ', issued ', D(kind='past'), '. I am ', P(), ' and I am staying in ', C(), ' until ', D(kind='future'), '.']


@T(9)
def t_mbi_active():
    return ['Medicare question: my MBI is ', MBI(), ' and the clinic front desk says it is not active. Name on the card: ', P('us'), '.']


@T(5)
def t_mbi_eob():
    return ['Explain this EOB in plain words: beneficiary ', P(), ', Medicare ID ', MBI(), ', service date ', D(kind='past'),
            ', billing NPI ', NPI(), '.']


@T(2)
def t_npi_directory():
    return ['Update the provider directory: Dr. ', P(), ', NPI ', NPI(), ', ', O('med'), ', ', C('us'), '. Office line ', PH('us'), '.']


@T(7)
def t_dea_script():
    p = P()
    return ['Does this prescription look genuine? It is signed by Dr. ', p, ', DEA ', DEA(p), ' and NPI ', NPI(), '.']


@T(7)
def t_dea_log():
    return ['Pharmacy log line to explain: DEA registrant ', DEA(), ' (', O('med'), *opt(0.4, ', ', C('us')), ') dispensed 30 tablets of a schedule II drug.']


@T(6)
def t_bank_deposit():
    return ['Direct deposit form for ', P(), ': account number ', BANK(), ', SSN ', SSN(),
            ' for withholding, starting with the next paycheck.']


@T(6)
def t_bank_bounce():
    p = P()
    return ['A refund of ', money(), ' to account ', BANK(), ' bounced. The customer, ', p, ' (', E(p), '), wants it sent again.']


# UK

@T(7)
def t_nhs_discharge():
    return ['Simplify this discharge summary for the family: ', P(), ', NHS number ', NHS(), ', discharged',
            *opt(0.5, ' from ', O('med')), ' on ', D(kind='past'), ' after a hip replacement.']


@T(7)
def t_nhs_gp():
    return ["I'm ", F(['en', 'ie', None]), ' and my NHS no is ', NHS(), '. Help me write to my GP', *opt(0.5, ' in ', C('en')),
            ' asking for a repeat prescription.']


@T(6)
def t_nino_p45():
    return ['P45 question: ', P(['en', 'ie', None]), ', NI number ', NINO(), ', left ', *opt(0.5, O(['firm', 'real']), ' on '), D(kind='past'),
            '. Which tax code applies now?']


@T(5)
def t_nino_pension():
    return ['Pension transfer form: member ', P(['en', 'ie']), ', National Insurance no. ', NINO(), ', address ', AD('en'), *opt(0.5, ', ', C('en')), '.']


# Australia

@T(1)
def t_tfn_super():
    return ['Super rollover for ', P('au'), ': TFN ', TFN(), ', moving the whole balance into ', O('super'), '.']


@T(7)
def t_tfn_starter():
    return ['New starter declaration: ', P(['au', None]), ', TFN ', TFN(), ', Medicare ', MEDI(), *opt(0.5, ', lives in ', C('au')), '.']


@T(7)
def t_abn_extract():
    return ['Company extract: ', ('ORGANIZATION', pick(ORG['au'][:3])), ', ACN ', ACN(), ', ABN ', ABN(), *opt(0.5, ', sole director ', P('au')), '.']


@T(8)
def t_abn_quote():
    return ['Quote for a new deck', *opt(0.5, ' in ', C('au')), ' from sole trader ', P('au'), ', ABN ', ABN(), ', TFN ', TFN(),
            ' printed on the invoice. Is the GST line right, and should the TFN be there?']


@T(1)
def t_acn_dereg():
    p = P()
    return ['The register says ACN ', ACN(), ' was deregistered, yet ', p, ' still sends invoices from ', E(p), '.']


@T(7)
def t_medicare_claim():
    return ['Bulk-bill claim: Medicare card ', MEDI(), ' for ', P(['au', None]), ', seen at the practice with ACN ', ACN(), '.']


@T(1)
def t_medicare_camp():
    return ['My kid ', F('au'), "'s Medicare number is ", MEDI(), '. Fill in the school camp health form and leave allergies blank.']


# Canada

@T(5)
def t_sin_t4():
    return ['The T4 for ', P(), ' shows the wrong SIN. It should read ', SIN(), '.', *opt(0.5, ' Payroll is run from ', C('ca'), '.')]


@T(5)
def t_sin_roe():
    return ['Record of Employment: ', P(), ', social insurance number ', SIN(), ', last day worked ', D(kind='past'), ', phone ', PH('ca'), '.']


@T(5)
def t_sin_landlord():
    return ['is it safe to give my SIN ', SIN(), ' to a landlord', *opt(0.5, ' in ', C('ca')), '? he says it is for a credit check']


# Spain

@T(8)
def t_es_alta():
    return ['Alta en la Seguridad Social: ', P('es'), ', NIF ', NIF(), ', domicilio en ', AD('es'), *opt(0.3, ', ', C('es')), '.']


@T(4)
def t_es_inquilino():
    return ['El inquilino ', P('es'), ' (NIE ', NIE(), ') deja el piso de ', C('es'), ' el ', D('es'),
            '. Redacta un acuse de recibo breve.']


@T(7)
def t_es_contract():
    return ['Check this sale contract: seller ', P('es'), ', NIF ', NIF(), '; buyer', *opt(0.5, ' ', P()), ', NIE ', NIE(), *opt(0.5, '; property in ', C('es')), '.']


@T(4)
def t_es_mail():
    return ["¿Puedes revisar este correo? 'Hola ", F('es'), ', tu tarjeta con NIE ', NIE(), ' ya está lista; recógela en nuestra oficina',
            *opt(0.5, ' de ', C('es')), ' el ', D('es'), '. Dudas al ', PH('es'), ".'"]


# Italy

@T(8)
def t_it_fattura():
    p = P('it')
    return ['Fattura n. %d/%d emessa da ' % (R.randint(2020, 2025), R.randint(10, 999)), O('it'), ', P.IVA ', VAT(), *opt(0.5, ', sede a ', C('it')),
            '. Referente: ', p, *opt(0.5, ', ', E(p)), '.']


@T(8)
def t_it_visita():
    p = P('it')
    return ['Prenotazione: paziente ', p, ', codice fiscale ', CF(p), ', visita', *opt(0.5, ' presso ', O('med_it')), ' il ', D('it'), '.']


@T(7)
def t_it_onboard():
    p = P('it')
    dob = _rdate('dob')
    return ['Check this onboarding record: ', p, ', CF ', CF(p, dob), ', born in ', C('it'), ' on ',
            ('DATE_TIME', '%d %s %d' % (dob.day, MON[dob.month - 1], dob.year)), ', employer VAT number ', VAT(), '.']


# Poland

@T(5)
def t_pl_skierowanie():
    dob = _rdate('dob')
    return ['Skierowanie: pacjent ', P('pl'), ', PESEL ', PESEL(dob), ', data urodzenia ',
            ('DATE_TIME', '%02d.%02d.%d' % (dob.day, dob.month, dob.year)), ', tel. ', PH('pl'), '.']


@T(5)
def t_pl_najem():
    return ['Umowa najmu: najemca ', P('pl'), ', PESEL ', PESEL(), ', adres ', AD('pl'), *opt(0.5, ', ', C('pl')), '. Sprawdź, czy dane są kompletne.']


@T(5)
def t_pl_reply():
    p = P('pl')
    return ['Reply to this for me: "Dzień dobry, nazywam się ', p, ', mój PESEL to ', PESEL(), ', proszę o kontakt na ', E(p), '."']


# Sweden

@T(5)
def t_se_tandlakare():
    return ['Hej! Jag heter ', P('se'), ', personnummer ', PNR(), ', och vill flytta min tid', *opt(0.5, ' hos ', O('med_se')), ' till ', D('sv'), '.']


@T(3)
def t_se_csv():
    return ['Clean up this export:\nnamn;personnummer;ort\n', P('se'), ';', PNR(), ';', C('se'), '\n', P('se'), ';', PNR(), ';', C('se')]


@T(4)
def t_se_letter():
    return ['A letter from the tax agency for ', P('se'), ' (', PNR(), ') arrived at ', AD('se'), *opt(0.5, ', ', C('se')), '. What does it ask for?']


# Finland

@T(5)
def t_fi_asiakas():
    return ['Asiakas ', P('fi'), ', henkilötunnus ', HETU(), ', puhelin ', PH('fi'), *opt(0.5, ', osoite ', AD('fi'), ', ', C('fi')), '.']


@T(5)
def t_fi_lahete():
    return ['Lähete: potilas ', P('fi'), ' (', HETU(), '), vastaanotto ', D('fi'), *opt(0.5, ', ', O('med_fi')), '.']


@T(5)
def t_fi_payroll():
    return ['Payroll import failed for employee ', P('fi'), ', personal identity code ', HETU(), *opt(0.5, ', home town ', C('fi')), '. Which field is wrong?']


# Turkey

@T(5)
def t_tr_basvuru():
    return ['Sayın ', P('tr'), ', T.C. Kimlik No ', TCK(), ' ile yaptığınız başvuru ', D('tr'), ' tarihinde alınmıştır. Bilgi için ', PH('tr'), '.']


@T(5)
def t_tr_hasta():
    return ['Hasta kaydı: ', P('tr'), ', TCKN ', TCK(), *opt(0.5, ', ', C('tr')), ', sigorta durumu kontrol edilecek.']


@T(5)
def t_tr_loyalty():
    return ['Customer ', P('tr'), ' gave identity number ', TCK(), ' when signing up for the', *opt(0.5, ' ', O('tr')), ' loyalty card. Do we need to store it?']


# Korea

@T(8)
def t_kr_insurance():
    return ['Insurance enrolment for ', P('kr'), ': resident registration number ', RRN(), *opt(0.5, ', mobile ', PH('kr')), *opt(0.5, ', branch in ', C('kr')), '.']


@T(6)
def t_kr_tax():
    return ['Expat tax memo: ', P('kr'), ' (RRN ', RRN(), ') moved to ', C(), ' on ', D(kind='past'), '.']


# Singapore

@T(5)
def t_sg_tenancy():
    return ['Tenancy agreement: tenant ', P('sg'), ', NRIC ', NRIC('ST'), ', unit at ', AD('sg'), *opt(0.5, ', ', C('sg')), '.']


@T(5)
def t_sg_workpass():
    return ['Work pass renewal: ', P(['in', 'kr', 'br', None]), ' (FIN ', NRIC('FG'), ')', *opt(0.5, ', employer ', O(['sg', 'firm'])), ', contact ', PH('sg'), '.']


@T(5)
def t_sg_clinic():
    return ['Clinic registration: ', P('sg'), ', NRIC ', NRIC(), ', DOB ', D(kind='dob'), *opt(0.5, ', seen at ', O('med_sg')), '.']


# South Africa

@T(7)
def t_za_fica():
    return ['FICA documents for ', P('za'), ': SA ID ', ZA(), ', proof of residence', *opt(0.7, ' in ', C('za')), *opt(0.3, ', ', RG('za')), '.']


@T(7)
def t_za_claim():
    return ['Claim lodged by ', P('za'), ', identity number ', ZA(), ', cell ', PH('za'), *opt(0.5, ', insurer ', O(['za', 'ins'])), '.']


# India

@T(5)
def t_in_kyc():
    p = P('in')
    return ['KYC pending for ', p, ': PAN ', PAN(p), ', Aadhaar ', AAD(), ', voter ID ', VOTER(), ', address ', C('in'), *opt(0.3, ', ', RG('in')), '.']


@T(6)
def t_in_json():
    p = P('in')
    return ['{"applicant": "', p, '", "ids": {"pan": "', PAN(p), '", "aadhaar": "', AAD(), '", "voter": "', VOTER(), '", "passport": "',
            INPASS(), '"}', *opt(0.5, ', "branch": "', C('in'), '"'), '}']


@T(4)
def t_in_voter():
    return ['Election helpline: voter ID ', VOTER(), ' for ', P('in'), ' shows the wrong polling booth in ', C('in'),
            '. The passport number ', INPASS(), ' was given as proof of address.']


@T(4)
def t_in_passport():
    p = P('in')
    return ['Passport ', INPASS(), ' of ', p, ' expires on ', D(kind='future'), '; the Aadhaar on file is ', AAD(), ' and the PAN is ', PAN(p),
            '. Which documents does the renewal need?']


# networks and code

@T(4)
def t_dhcp():
    return ['Add a DHCP reservation: hostname lab-printer-%d, MAC ' % R.randint(1, 9), MAC(), ', address ', IP4('priv'), '.']


@T(4)
def t_arp():
    return ['arp -a shows ', IP4('priv'), ' at ', MAC(), " on my home network and I don't recognise it. How do I block it?"]


@T(2)
def t_sshlog():
    return ['What is going on here?\n%s sshd[%d]: Failed password for invalid user admin from ' % (log_ts(), R.randint(1000, 9999)),
            IP(), ' port %d ssh2\n%s sshd[%d]: Accepted publickey for deploy from ' % (R.randint(30000, 65000), log_ts(), R.randint(1000, 9999)),
            IP4(), ' port %d' % R.randint(30000, 65000)]


@T(2)
def t_allowlist():
    return ['Please allowlist ', IP4('pub'), ' and ', IP6(), ' on the office VPN.']


@T(4)
def t_env():
    return ['Review my .env before I commit it:\nDB_HOST=', IP4('priv'), '\nADMIN_EMAIL=', E(), '\nLOG_LEVEL=debug\nAPP_URL=', U('site'),
            '\nWORKERS=%d' % R.randint(2, 16)]


@T(2)
def t_traceroute():
    return ['Traceroute stops at ', IP4('pub'), ' and my public address is ', IP(), '. Is my ISP blocking ICMP?']


@T(7)
def t_asset_json():
    return ['{"asset_tag": "LT-%04d", "mac": "' % R.randint(1, 9999), MAC(), '", "last_ip": "', IP(), '", "assigned_to": "', E(corp=True), '"}']


@T(1)
def t_py_snippet():
    return ['This test is flaky, why?\n```python\ndef test_notify():\n    user = {"email": "', E(), '", "ip": "', IP(),
            '"}\n    assert notify(user) is True\n```\nThe file is test_notify.py.']


# contacts, web, phone

@T(4)
def t_sms_scam():
    return ['Got a text from ', PH(None), ' saying my parcel is held and I should pay the fee at ', U('site'), '. Scam or not?']


@T(4)
def t_signature():
    p = P()
    return ['Update my e-mail signature: ', p, ' | Operations Lead | ', O(['firm', 'real']), ' | ', PH(None), ' | ', U()]


@T(3)
def t_contact():
    p = P()
    return ['Add to my contacts: ', p, ', ', E(p), ', mobile ', PH(None), *opt(0.5, ', works at ', O(['firm', 'real', 'it', 'de', 'fr'])), *opt(0.5, ' in ', C()), *opt(0.5, ', profile ', U('social', p)), '.']


@T(2)
def t_forward():
    p = P()
    return ['Forwarded from ', p, ' <', E(p), '>:\n> Running late, landing at ', TM(), ', can we meet at the station in ', C(), '?\nHow should I reply?']


@T(1)
def t_validator():
    return ['Write a unit test asserting that the validator accepts ', E(), ', ', PH(None), ' and ', U(), '.']


@T(2)
def t_gitblame():
    p = P()
    return ['git blame says line %d was written by ' % R.randint(10, 400), p, ' <', E(p, corp=True),
            '> in commit %s. Draft a polite question about it.' % hexs(7)]


@T(3)
def t_curl():
    return ["curl -s -H 'Authorization: Bearer <redacted>' ", U('site'), ' returns 401 for user ', E(), ' coming from ', IP(), '.']


@T(2)
def t_profile():
    return ['Save my profile for next time: ', E(), ', ', PH(None), *opt(0.5, ', home city ', C()), '.']


@T(4)
def t_phish():
    return ['Is ', U('site'), ' really the login page of ', O(['bank', 'ins']), '? It asked for ', E(), ' and my password.']


@T(1)
def t_socials():
    p = P()
    return ['Proofread my speaker bio: ', p, ' writes about data engineering at ', U('social', p), ' and answers mail at ', E(p), '.']


# people, places, organisations, dates

@T(5)
def t_bio():
    n = N()
    return ['Write a two-line bio: ', P(), ' is ', an(n[1]), ' ', n, ' ', pick(['architect', 'nurse', 'data scientist', 'violinist', 'civil engineer', 'chef']),
            ' based in ', C(), *opt(0.5, ', currently at ', O(['firm', 'real', 'med'])), '.', *opt(0.4, ' Portfolio: ', U(), '.')]


@T(1)
def t_reference():
    return ['Reference letter for ', P(), ', who worked for me at ', O(['firm', 'real', 'it', 'de', 'au']), ' in ', C(), ' from ', D(kind='past'),
            ' until ', D(kind='past'), '.']


@T(1)
def t_trip():
    return ['Plan three days in ', C(), ' for me and ', F(), '; we arrive ', D(kind='future'), '.']


@T(1)
def t_minutes():
    return ['Meeting notes (', D(kind='past'), '):\n- ', P(), ' (', O(['firm', 'real']), ') agreed to the pilot\n- ', F(),
            ' sends the contract\n- next call ', D(kind='future'), '\nTurn these into a short e-mail.']


@T(1)
def t_formal():
    return ['Make this sound professional: hey ', F(), ', the people at ', O(['firm', 'real']), ' in ', C(), ' moved the demo to ',
            D(kind='future'), ', can u still make it']


@T(3)
def t_visitor():
    return ['Visitor log entry: ', P(), ', ', N(), ', visiting from ', K(), ', host ', P(), '. Format it as a table row.']


@T(3)
def t_complaint():
    return ['Summarise this complaint: ', P(), ' says the ', O(['bank', 'real']), ' branch in ', C(), ' turned him away because he is ', N(), '.']


@T(1)
def t_condolence():
    return ['Help me write a condolence card for ', F(), ', whose father ', P(), ' died in ', C(), ' on ', D(kind='past'), '.']


@T(1)
def t_table():
    return ['Book a table for four under ', P(), ' for ', D(kind='appt'), ', and text the confirmation to ', PH(None), '.']


@T(1)
def t_visit():
    return ['Rewrite politely: ', P(), ' will visit our ', C(), ' office on ', D(kind='future'), ' to meet ', P(), ' from ', O(['firm', 'real']), '.']


@T(2)
def t_cover():
    return ["Tighten this cover letter opening: I'm ", P(), ', ', *(lambda n: [an(n[1]), ' ', n])(N()), ' nurse from ', C(), ', ', K(), ', applying for the ward role at ', O('med'), '.']


@T(1)
def t_interviews():
    return ['Schedule the interviews: ', P(), ' on ', D(kind='appt'), ' and ', P(), ' on ', D(kind='appt'), '. Send the invites from ', E(corp=True), '.']


@T(1)
def t_kv():
    c = pick(['en', 'ie', 'au'])
    return ['Parse this into JSON:\nName: ', P(c), '\nDOB: ', D(kind='dob'), '\nPhone: ', PH(c), '\nAddress: ', AD(c), ', ', C(c),
            '\nEmployer: ', O(['firm', 'real']), *opt(0.5, '\nWebsite: ', U())]


@T(1)
def t_claim():
    return ['Insurance claim: policyholder ', P(), ', insurer ', O('ins'), ', rear-ended on ', D(kind='past'), ' near ', C(), '.']


@T(1)
def t_mum():
    return ['my mum ', F(), ' is moving from ', C(), ' to ', C(), ' next month, what paperwork does she need']


@T(3)
def t_seating():
    return ['Seating plan: ', P(), ' is ', N(), ' and does not drink, ', P(), ' needs a seat near the exit. Any clashes?']


@T(3)
def t_admission():
    return ['Summarise for handover: ', P(), ', 71, ', N(), ', brought to ', O('med'), ' on ', D(kind='past'), ' after a fall. Son on ', PH(None), '.']


@T(1)
def t_thread():
    p, q = P(), P()
    return ['Summarise this thread:\nFrom: ', p, ' <', E(p), '>\nTo: ', E(q), '\nSubject: site visit\n\nHi ', ('PERSON', NAMEINFO[q[1]][0]),
            ', can we move the ', C(), ' visit to ', D(kind='future'), '? Call me on ', PH(None), '.']


@T(3)
def t_hr_mixed():
    p = P('us')
    return ['HR ticket: ', p, ' relocates to ', C('en'), ' on ', D(kind='future'), '. Old SSN ', SSN(),
            ', new NI number ', NINO(), ', payroll account ', BANK(), '.']


@T(3)
def t_tenant_check():
    p = P()
    return ['Tenant screening summary:\n* applicant: ', p, '\n* e-mail: ', E(p), '\n* card on file: ', CC(), '\n* previous address: ',
            AD(), ', ', C(), '\n* listing: ', U('site'), '\nIs anything missing?']


# ---- PII-free look-alikes ---------------------------------------------------

NEG = [
    lambda: 'Invoice INV-%d-%s for %s was booked against the wrong PO (PO-%d). How do I reverse it?' % (R.randint(2020, 2025), rd(5, R), money(), R.randint(10000, 99999)),
    lambda: 'Bump the version from %s to %s in %s and regenerate the lockfile.' % (ver(), ver(), pick(FILES)),
    lambda: 'Gift card %s shows a zero balance even though I loaded %s. Is it expired?' % (bad_card(), money()),
    lambda: 'The reference %s fails the checksum on import. Which digit is probably mistyped?' % bad_iban(),
    lambda: 'Serial %s and lot %s failed incoming inspection; serial %s passed.' % (bad_serial(9), bad_serial(10), bad_serial(9)),
    lambda: 'Tracking 1Z%s%s says delivered but nothing arrived. Order SO-%s.' % (''.join(pick(string.ascii_uppercase) for _ in range(2)), rd(14, R), rd(7, R)),
    lambda: 'Pulling image sha256:%s fails with "manifest unknown". Tag %s.' % (hexs(64), ver()),
    lambda: 'Trace %s took %d ms; the p99 budget is %d ms.' % (uuid(), R.randint(900, 9000), R.randint(200, 800)),
    lambda: '%s ERROR payment-svc timeout after 30000ms (attempt 3/5)\n%s WARN queue depth %d' % (log_ts(), log_ts(), R.randint(100, 99999)),
    lambda: 'Set the background to #%s and the accent to #%s in theme.css.' % (hexs(6), hexs(6)),
    lambda: 'Which is bigger, A3 or B4 paper? And where does %s fit?' % pick(['C5', 'A5', 'B5', 'DL']),
    lambda: 'Explain the difference between HTTP 401 and 403 with one example each.',
    lambda: 'Write a regex that matches codes like ABC-%s-XY but not ABC-%s.' % (rd(4, R), rd(3, R)),
    lambda: 'Convert 5 ft 11 in to centimetres and %d lb to kilograms.' % R.randint(100, 260),
    lambda: 'SKU %s-%s-%s-%s is out of stock; suggest something similar.' % (rd(3, R), rd(3, R), rd(4, R), pick(['WH', 'BK', 'RD', 'XL', 'GR'])),
    lambda: 'Case #%s-%s was reopened by the customer; what is the usual SLA?' % (rd(5, R), rd(4, R)),
    lambda: 'Outline a heist film: four strangers rob a museum during a blackout, nobody gets hurt.',
    lambda: 'Is %d.%d.%d.%d a valid semantic version, or only a build number?' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 40), R.randint(100, 9999)),
    lambda: 'Commit %s reverted %s; cherry-pick the fix onto release/%d.%d.' % (hexs(7), hexs(7), R.randint(1, 9), R.randint(0, 20)),
    lambda: 'Voucher %s was rejected at checkout. Can you generate a fresh one?' % bad_b58(),
    lambda: 'Estimate the total: %d pallets at %s each plus 21%% VAT.' % (R.randint(3, 40), money()),
    lambda: 'Rewrite this so users understand it: ERR_QUOTA_EXCEEDED (code 429) on bucket logs-eu-%d.' % R.randint(1, 4),
    lambda: 'Batch %s and batch %s were scrapped after the humidity alarm.' % (bad_serial(12), bad_serial(11)),
    lambda: "Why does int('0x1F', 16) work but int('0x1F') raise a ValueError?",
    lambda: 'How many grams of flour are in %s cups?' % pick(['2.5', '1.75', '3', '0.5']),
    lambda: 'Rusty hinges on the garden gate keep squeaking. What actually fixes it?',
    lambda: 'Frank advice please: should I learn Rust or Go first for backend work?',
    lambda: 'Format this as a markdown table:\nregion,q1,q2\nnorth,%d,%d\nsouth,%d,%d' % tuple(R.randint(50, 400) for _ in range(4)),
    lambda: '```js\nconst total = items.reduce((a, b) => a + b.price, 0);\n```\nWhy is total NaN when one price is "%d"?' % R.randint(1, 99),
    lambda: 'Our API keys start with sk_live_%s; how do we mask them in %s logs?' % (tok(4), pick(['nginx', 'app', 'access'])),
    lambda: 'Rename %s to %s and update the import in %s.' % (pick(FILES), pick(FILES), pick(FILES)),
    lambda: 'Ticket INC%s was merged into INC%s; close the duplicate.' % (rd(7, R), rd(7, R)),
    lambda: 'Grace periods on loans: explain them to a teenager in three sentences.',
    lambda: 'The X11 forwarding over ssh is slow and the H1 header looks wrong in the PDF export. Two separate issues?',
    lambda: 'Compare %s and %s: which ships the smaller bundle?' % (ver(), ver()),
]
NEG_N = [4, 3, 4, 4, 4, 3, 3, 3, 4, 3, 3, 3, 3, 3, 4, 3, 3, 4, 3, 4, 3, 3, 4, 2, 3, 2, 2, 2, 3, 3, 3, 3, 2, 3, 2]

PREFIX = ['Here is the text:\n\n', 'Input below.\n===\n', 'Please review this:\n', 'From the customer chat:\n',
          'Rewrite the following for clarity:\n\n', 'Quick one -\n']
SUFFIX = ['\n\nUse bullet points.', '\n\nAnswer in one sentence.', '\n\nThank you.', '\n\nReply as a table.', '\n\nBe brief.']
TAILS = [' pls', ' thanks', ' asap', '!!', ' ty', ' please']
LOWER_T = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'URL', 'EMAIL_ADDRESS'}


def finish(parts, neg=False):
    parts = [p() if callable(p) else p for p in parts]
    for i in range(1, len(parts)):
        if isinstance(parts[i], str) and parts[i].startswith('.') and isinstance(parts[i - 1], tuple) and parts[i - 1][1].endswith('.'):
            parts[i] = parts[i][1:]
    if R.random() < 0.08:
        parts = [p.lower() if isinstance(p, str) else ((p[0], p[1].lower()) if p[0] in LOWER_T else p) for p in parts]
    last = parts[-1]
    if isinstance(last, str):
        x = R.random()
        if last.endswith('.') and not last.endswith('..'):
            if x < 0.09:
                parts[-1] = last[:-1] + pick(TAILS)
            elif x < 0.22:
                parts[-1] = last[:-1]
        elif last[-1:] in '?]}`' and x < 0.07:
            parts[-1] = last + pick([' thanks', ' pls', ' ty'])
    if R.random() < 0.22:
        parts = [pick(PREFIX)] + parts
    if R.random() < 0.13:
        parts = parts + [pick(SUFFIX)]
    return fill(parts)


def main():
    jobs = [(fn, False) for fn, n in TEMPLATES for _ in range(n)]
    assert len(NEG) == len(NEG_N)
    jobs += [(fn, True) for fn, n in zip(NEG, NEG_N) for _ in range(n)]
    R.shuffle(jobs)
    recs = []
    for i, (fn, neg) in enumerate(jobs):
        text, ents = finish([fn()] if neg else fn(), neg)
        recs.append({'id': 'p18-%04d' % i, 'text': text, 'entities': ents})
    write(recs)


if __name__ == '__main__':
    main()
