#!/usr/bin/env python3
"""Probe 36: a blind measure of generalisation. 600 prompts in the settings of the dev corpus, each family
rewritten as a second writer would: payment and card disputes, HR, payroll and KYC records, clinical, pharmacy and
claim notes, bookings, CRM and JSON/YAML records, logs and code, and the Spanish, Italian, Polish, Swedish, Finnish,
Turkish and Korean settings, with other wording, sentence shapes and field orders. Over 180 templates; wrappers,
lower-case prompts, upper-case names and PII-free look-alikes at dev's rates; people of over thirty cultures, places,
firms and e-mail domains not used before; every check-digit value is valid.  python3 -B tools/probes/probe36.py > /tmp/p36.jsonl
"""
import os
import re
import sys
import json
import random
import string

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K  # noqa: E402

R = random.Random(363636)

# ---- people ------------------------------------------------------------------
def _sp(s):
    return s.split('|') if '|' in s else s.split()

CULT = {
    'us': ("Brayden Kinsley Colton Harper Jaxon Delaney Raylan Maddox Brinley Sawyer Tucker Emerson Kendall Paisley Waylon Hollis",
           "Crutchfield Gilliland Mattingly Overholt Quisenberry Stalnaker Tillotson Cutshall Easterling Pettigrew Honeycutt Lockhart"),
    'uk': ("Alfie Imogen Rupert Tamsin Barnaby Phoebe Hugo Clemency Ottilie Jolyon Gwendolen Piers Crispin Romilly",
           "Throssell Middlemiss Oldroyd Featherstone Aldridge Ingleby Fairclough Loxley Threlfall Gathercole"),
    'irish': ("Caoimhe Oisín Saoirse Cathal Aoife Donnacha Niamh Ruairí Clodagh Fionnuala Tadhg Dervla",
              "Cusack Rafferty Brosnan Lenihan Mulcahy Geraghty Kinsella Dunphy"),
    'scottish': ("Ailsa Hamish Catriona Fergus Morag Lachlan Isla Kirsty Euan Mhairi Struan",
                 "Kinnear McCrindle Gillanders Cruickshank Urquhart Strachan Lumsden"),
    'welsh': ("Rhodri Eluned Gethin Angharad Iolo Ffion Dafydd Bronwen Emrys Seren Nerys",
              "Cadwaladr Llewellyn Gruffydd Prosser Bevan Pritchard"),
    'korean': ("Ye-jin Seo-yeon Ha-eun Jae-won Tae-hyun Eun-ji Dong-hyuk Yu-na Seung-ho Min-seo Ga-eun Kyung-soo Hye-rin Jun-young Bo-ra Sang-woo",
               "Maeng Seol Tak Eom Gong Byeon Pyo Seok Yeom Noh Baek Heo Cheon Bong"),
    'sgchinese': ("Jia Hui|Zhi Wei|Kai Xuan|Shu Ting|Wen Jie|Li Ting|Jun Hao|Pei Shan|Yong Xiang|Hui Ling|Zhen Yu|Mei Qi",
                  "Quek Phua Seah Kwek Heng Chew Lek Sng Khoo Toh"),
    'tamil': ("Kavitha Senthil Nandhini Balaji Thenmozhi Murugan Anbarasi Karthikeyan Selvi Ilango Vaishnavi Prabhu",
              "Veerappan Thangavelu Sivakumar Annamalai Palaniappan Chidambaram Kandasamy"),
    'nindian': ("Ishaan Ananya Reyansh Saanvi Kabir Tanvi Devansh Myra Shaurya Aadhya Yuvraj Navya Parth Riddhi",
                "Goenka Khandelwal Bhatnagar Chaturvedi Rastogi Tandon Dwivedi Khurana Bhardwaj Oberoi"),
    'sindian': ("Adithya Lakshmi Sreejith Divya Harikrishnan Meenakshi Nikhil Anjali Vignesh Keerthana",
                "Varghese Kurup Hegde Kamath Panicker Nambiar Gowda"),
    'bengali': ("Arnab Debjani Souvik Moumita Sayan Rituparna Anirban Paromita Subhajit Tanushree",
                "Chakraborty Bhattacharya Ganguly Sengupta Dasgupta Majumdar"),
    'spanish': ("Íñigo Nerea Aitor Begoña Unai Maite Borja Rocío Gonzalo Ainhoa Ximena Iker Leire Fermín Txema",
                "Landa Sagasta Cienfuegos Arrabal Etxeberria Urrutia Goikoetxea Aldecoa Olaizola Montalbán Peñalver"),
    'mexican': ("Guadalupe Itzel Emiliano Xóchitl Rodrigo Citlali Joaquín Yareli Santiago Marisol",
                "Zavala Villaseñor Barragán Arreola Tovar Ocampo"),
    'argentine': ("Agustina Facundo Florencia Bautista Milagros Luciana Nahuel Valentina",
                  "Lescano Ferreyra Quintana Ojeda Benítez"),
    'italian': ("Ludovica Gianmarco Benedetta Edoardo Ginevra Tommaso Arianna Lorenzo Beatrice Filippo Caterina Vittoria Pietro Carlotta",
                "Ghezzi Mancuso Brambilla Fumagalli Tedeschi Zanetti Bonfanti Cattaneo Sartori Valentini"),
    'polish': ("Zuzanna Jakub Wiktoria Szymon Zofia Filip Maja Kacper Oliwia Bartosz Mikołaj Natalia Wojciech Agnieszka Przemysław",
               "Duda Wróblewski Jabłońska Pawlak Sikora Szewczyk Ostrowska Pietrzak Zalewski Wieczorek Malinowski"),
    'finnish': ("Eino Aada Väinö Lotta Onni Ilona Toivo Pihla Aatu Ronja Leevi Iida Helmi",
                "Hämäläinen Heikkinen Kinnunen Pulkkinen Väisänen Rantanen Karjalainen Hyvönen"),
    'swedish': ("Linnea Viggo Ebba Hampus Saga Alvar Tilde Melker Ellinor Sixten Majken Algot",
                "Sjöberg Lindqvist Wallin Holmgren Åkesson Björklund Hedlund Fransson"),
    'norwegian': ("Sondre Ingrid Håkon Solveig Eirik Tuva Torstein Maren Vetle Sigrid",
                  "Haugland Lie Kvam Myklebust Brekke"),
    'danish': ("Rasmus Freja Mads Ida Søren Karoline Signe Asger Mette",
               "Højgaard Vestergaard Dalsgaard Bundgaard Overgaard Thygesen"),
    'turkish': ("Elif Yusuf Zeynep Berk Ecem Onur Deniz Barış Ceren Tolga Gizem Umut Ebru Serkan",
                "Karakaya Aksoy Kurtuluş Bayraktar Erdem Güneş Kılıç Çakır Tekin Akgül"),
    'zulu': ("Thandeka Sibusiso Nomvula Themba Zanele Bongani Lindiwe Mthunzi Ayanda Nhlanhla",
             "Mkhize Zungu Ngcobo Shabalala Mthembu Cele Gumede Ntuli"),
    'xhosa': ("Lwazi Siyabonga Noluthando Akhona Lungile Andile Vuyo",
              "Sisulu Mqhayi Ngcukana Nqakula Qwabe"),
    'afrikaans': ("Riaan Marelize Wian Annelie Hennie Elna Carike Lize",
                  "Rossouw Bezuidenhout Oosthuizen Swanepoel Vermaak Steenkamp"),
    'vietnamese': ("Thảo|Quân|Linh|Tuấn|Phương|Đức|Hằng|Khoa|Yến|Bảo",
                   "Trịnh Lưu Đinh Võ Bùi Đỗ"),
    'french': ("Aurélien Solène Baptiste Maëlle Gaspard Clémence Théophile Anaïs Quentin Ophélie Margot",
               "Delorme Vasseur Bonnaire Lemoine Carpentier Delacroix"),
    'brazilian': ("Thiago Larissa Gabriel Fernanda Rafael Juliana Caio Bianca Matheus Letícia",
                  "Cavalcanti Bittencourt Damasceno Siqueira Magalhães Figueiredo"),
    'portuguese': ("Duarte Inês Tiago Beatriz Gonçalo Mariana Rui Leonor Nuno Matilde",
                   "Sequeira Meireles Quaresma Gouveia Antunes"),
    'german': ("Jannik Leonie Moritz Annika Lennart Franziska Ricarda Wiebke Malte Henrike",
               "Schwarzkopf Hartung Brandstätter Hoffmeister Vogelsang Oberhuber"),
    'dutch': ("Joost Femke Bram Sanne Thijs Lieke Sjoerd Maartje Floor",
              "Verhoeven|Kuipers|Hoekstra|van der Linden|Brouwer"),
    'japanese': ("Haruto Yui Sota Riko Yuto Aoi Kaito Mei Hinata",
                 "Fujiwara Hasegawa Nishimura Takeda Shimizu"),
    'egyptian': ("Mariam Mostafa Nour Karim Yasmin Tarek Salma Amr Dina Hossam",
                 "Ghoneim Soliman Fahmy Shalaby Hegazy"),
    'levantine': ("Rami Layal Ziad Rana Fadi Wissam Hala Jad Nadine",
                  "Bou Saab|Abi Nader|Fakhoury|Sleiman|Daher"),
    'persian': ("Arash Shirin Dariush Parisa Kourosh Niloufar Babak Roya Kaveh Mahsa",
                "Mousavi Farahani Ghorbani Kazemi Sadeghi"),
    'yoruba': ("Oluwaseun Adebola Temitope Babatunde Funmilayo Olumide Yetunde Ayodele Damilola",
               "Adeyinka Oyelaran Akinwale Ogundipe Olatunji"),
    'igbo': ("Chukwuemeka Ngozi Obinna Chiamaka Ifeanyi Adaeze Kelechi Nneka Uchenna",
             "Ihejirika Nwachukwu Anyanwu Onyekachi Okeke"),
    'kenyan': ("Wanjiru Achieng Njeri Kiprono Wambui Akinyi Kiptoo",
               "Kariuki Njoroge Wafula Chebet Kipchumba Karanja"),
    'russian': ("Anastasia Yaroslav Ekaterina Svyatoslav Polina Timofey Ksenia Artyom Varvara Gleb",
                "Belousov Korolev Tikhonova Gusev Vinogradov"),
    'ukrainian': ("Oksana Taras Solomiya Bohdan Yaryna Ostap Halyna Mykola Zoryana",
                  "Hrytsenko Kravchuk Lysenko Savchuk Marchenko"),
    'greek': ("Eleni Konstantinos Despina Giorgos Athina Stavros Katerina Vasiliki Panagiotis",
              "Karagiannis Oikonomou Christodoulou Athanasiou Kyriakou"),
    'chinese': ("Xiaoyu|Haoran|Yutong|Zihan|Jiayi|Bowen|Ruoxi|Yichen|Shuyan|Mingze",
                "Zhou Xu Zhao Gao Luo"),
    'filipino': ("Maricel Jericho Rowena Angelito Divina Rogelio Lorna Joselito Marites Reynaldo",
                 "Dimaculangan|Macaraeg|Pangilinan|Dela Cruz|Tolentino"),
    'thai': ("Somchai Kanokwan Anurak Pimchanok Thanakorn Siriporn Nattapong Waraporn",
             "Ratanakorn Chaiyaporn Wongsawat Sukprasert"),
    'indonesian': ("Putu Wulan Bagus Sekar Dimas Ayu Rizky Indah Fajar Rani",
                   "Hartono Setiawan Nugroho Gunawan"),
    'hungarian': ("Bence Réka Levente Zsófia Csaba Eszter Máté Boglárka", "Mészáros Lakatos Balogh Farkas"),
    'czech': ("Vojtěch Tereza Jiří Kateřina Ondřej Markéta Lukáš Barbora", "Pokorná Kučera Veselý Procházka"),
    'romanian': ("Ioana Mihai Radu Sorin Oana Andrei", "Munteanu Gheorghiu Vasilescu Stanciu"),
    'maori': ("Aroha Tama Mere Wiremu Ngaio Rangi Hine Manaia", "Tipene Horomona Rewiti Tamihana Paewai"),
}
CULT = {k: (_sp(a), _sp(b)) for k, (a, b) in CULT.items()}
MALAY = ["Nurul Aisyah binti Rahmat", "Muhammad Haziq bin Zulkifli", "Siti Khadijah binti Kamarudin",
         "Ahmad Firdaus bin Jamaluddin", "Nur Syafiqah binti Othman", "Mohd Irfan bin Sulaiman",
         "Farah Nabila binti Hashim", "Amirul Hakim bin Mokhtar", "Putri Balqis binti Yusof", "Hafiz bin Ismail"]
SURONLY = _sp('Abi Nader|Adeyinka|Arrabal|Belousov|Bou Saab|Brosnan|Bundgaard|Cadwaladr|Cienfuegos|Cruickshank|Crutchfield|Cusack|Cutshall|Dalsgaard|Delorme|Duda|Easterling|Ghezzi|Ghoneim|Gillanders|Gilliland|Goenka|Gusev|Hartung|Haugland|Højgaard|Ihejirika|Kinnear|Korolev|Kvam|Landa|Lescano|Lie|Mancuso|Mattingly|McCrindle|Middlemiss|Mousavi|Mqhayi|Ngcukana|Oldroyd|Overgaard|Overholt|Pokorná|Quisenberry|Rafferty|Ratanakorn|Rossouw|Sagasta|Schwarzkopf|Sisulu|Sivakumar|Soliman|Stalnaker|Thangavelu|Throssell|Tikhonova|Tillotson|Varghese|Veerappan|Vestergaard|van der Linden')
BLOCK = set(['aatu väisänen', 'alvar wallin', 'anirban majumdar', 'boglárka balogh', 'carlotta brambilla', 'halyna kravchuk', 'iida karjalainen', 'jericho macaraeg', 'manaia horomona', 'maricel tolentino', 'mostafa hegazy', 'onni hyvönen', 'onni väisänen', 'rodrigo ocampo', 'ronja väisänen', 'szymon pietrzak', 'taras kravchuk', 'toivo karjalainen'])
SURFIRST = {'korean', 'sgchinese', 'chinese', 'vietnamese'}

POOL = {
    'mix': {'us': 14, 'uk': 9, 'irish': 5, 'scottish': 4, 'welsh': 3, 'french': 4, 'german': 4, 'dutch': 3,
            'italian': 3, 'spanish': 3, 'mexican': 3, 'argentine': 2, 'brazilian': 3, 'portuguese': 2, 'polish': 2,
            'russian': 2, 'ukrainian': 2, 'greek': 2, 'hungarian': 1, 'czech': 1, 'romanian': 1, 'turkish': 2,
            'egyptian': 2, 'levantine': 2, 'persian': 2, 'yoruba': 2, 'igbo': 2, 'kenyan': 2, 'zulu': 1,
            'afrikaans': 1, 'nindian': 3, 'sindian': 2, 'bengali': 1, 'tamil': 1, 'chinese': 2, 'japanese': 2,
            'korean': 2, 'vietnamese': 2, 'filipino': 2, 'thai': 1, 'indonesian': 1, 'maori': 1,
            'norwegian': 1, 'danish': 1, 'swedish': 1, 'finnish': 1},
    'us': {'us': 12, 'irish': 2, 'mexican': 3, 'nindian': 2, 'chinese': 1, 'german': 1, 'filipino': 2,
           'yoruba': 1, 'igbo': 1, 'vietnamese': 1, 'korean': 1, 'levantine': 1, 'polish': 1},
    'uk': {'uk': 10, 'scottish': 3, 'welsh': 3, 'irish': 3, 'nindian': 2, 'bengali': 1, 'yoruba': 1,
           'igbo': 1, 'polish': 1, 'greek': 1, 'kenyan': 1},
    'au': {'uk': 4, 'us': 3, 'irish': 2, 'scottish': 2, 'greek': 2, 'italian': 1, 'chinese': 2,
           'vietnamese': 2, 'maori': 2, 'filipino': 1, 'sindian': 1},
    'ca': {'us': 4, 'french': 4, 'scottish': 2, 'chinese': 2, 'sindian': 1, 'ukrainian': 2, 'persian': 1,
           'filipino': 1, 'nindian': 1},
    'kr': {'korean': 1}, 'it': {'italian': 1}, 'pl': {'polish': 1}, 'fi': {'finnish': 1}, 'tr': {'turkish': 1},
    'se': {'swedish': 6, 'norwegian': 1, 'danish': 1, 'persian': 1},
    'sg': {'sgchinese': 6, 'malay': 2, 'tamil': 2},
    'in': {'nindian': 4, 'sindian': 3, 'bengali': 2, 'tamil': 1},
    'es': {'spanish': 6, 'mexican': 2, 'argentine': 2},
    'nie': {'argentine': 2, 'mexican': 1, 'romanian': 2, 'brazilian': 2, 'french': 1, 'german': 1,
            'egyptian': 1, 'filipino': 1, 'ukrainian': 1},
    'za': {'zulu': 4, 'xhosa': 3, 'afrikaans': 3, 'uk': 1, 'tamil': 1},
}


def wpick(d):
    ks = list(d)
    return R.choices(ks, weights=[d[k] for k in ks])[0]


def make_name(cult, middle=True):
    if cult == 'malay':
        n = R.choice(MALAY)
        return n, n.split()[0], n.split()[-1]
    fs, ls = CULT[cult]
    f, l = R.choice(fs), R.choice(ls)
    if cult == 'spanish' and R.random() < 0.35:
        l2 = R.choice(ls)
        if l2 != l:
            l = l + ' ' + l2
    if cult in SURFIRST and R.random() < 0.6:
        return l + ' ' + f, f, l
    if middle and cult in ('us', 'uk', 'irish', 'scottish', 'welsh') and R.random() < 0.12:
        if R.random() < 0.6:
            return '%s %s. %s' % (f, R.choice('ABCDEGHJKLMPRSTW'), l), f, l
        g = R.choice(fs)
        if g != f:
            return '%s %s %s' % (f, g, l), f, l
    return f + ' ' + l, f, l


ASCII = str.maketrans({'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'é': 'e', 'è': 'e', 'ê': 'e',
                       'ë': 'e', 'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ı': 'i', 'ó': 'o', 'ò': 'o', 'ô': 'o',
                       'ö': 'o', 'õ': 'o', 'ø': 'o', 'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c',
                       'ş': 's', 'ğ': 'g', 'ł': 'l', 'ń': 'n', 'ś': 's', 'ż': 'z', 'ź': 'z', 'ć': 'c', 'ę': 'e',
                       'ą': 'a', 'ě': 'e', 'ř': 'r', 'š': 's', 'č': 'c', 'ž': 'z', 'ý': 'y', 'ů': 'u', 'đ': 'd',
                       'ả': 'a', 'ư': 'u', 'ơ': 'o', 'ị': 'i', 'ấ': 'a', 'ằ': 'a', 'ế': 'e', 'ạ': 'a', 'ứ': 'u',
                       'æ': 'ae', 'ß': 'ss', "'": '', '-': ''})


def asc(s):
    s = s.lower().translate(ASCII)
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isalnum() or c == ' ')

# ---- places, firms, domains --------------------------------------------------
def _bar(s):
    return [x.strip() for x in s.split('|')]

CITY = {
    'us': _bar("Boise|Spokane|Fargo|Savannah|Tacoma|Chattanooga|Lubbock|Ann Arbor|Des Moines|Provo|Pensacola|Duluth|Missoula|Asheville|Bozeman"),
    'usstate': _bar("Montana|Vermont|Idaho|Nebraska|Kentucky|Arkansas|Delaware|Wyoming|South Dakota|Maine"),
    'uk': _bar("Carlisle|Shrewsbury|Lancaster|Truro|Dundee|Swansea|Inverness|Hereford|Stirling|Wrexham|Harrogate|Kendal"),
    'es': _bar("Logroño|Cáceres|Albacete|Teruel|Lleida|Ourense|Badajoz|Huesca|Jaén|Segovia|Cuenca|Soria"),
    'it': _bar("Treviso|Lecce|Bergamo|Ravenna|Ancona|Cagliari|Udine|Matera|Trento|Pavia|Viterbo|Cremona"),
    'pl': _bar("Rzeszów|Olsztyn|Lublin|Gdynia|Opole|Kielce|Zielona Góra|Płock|Elbląg|Tarnów"),
    'fi': _bar("Jyväskylä|Lahti|Joensuu|Vaasa|Seinäjoki|Kajaani|Hämeenlinna|Mikkeli|Kokkola|Savonlinna"),
    'se': _bar("Västerås|Örebro|Linköping|Jönköping|Sundsvall|Luleå|Karlstad|Växjö|Östersund|Kalmar"),
    'tr': _bar("Eskişehir|Kayseri|Trabzon|Samsun|Mersin|Denizli|Malatya|Edirne|Sivas|Çanakkale"),
    'kr': _bar("Daegu|Gwangju|Ulsan|Suwon|Jeonju|Changwon|Cheongju|Pohang"),
    'sg': _bar("Tampines|Bukit Merah|Jurong West|Sengkang|Bishan|Toa Payoh|Pasir Ris|Woodlands|Bedok|Serangoon"),
    'in': _bar("Indore|Coimbatore|Nagpur|Bhopal|Vadodara|Mysuru|Kochi|Visakhapatnam|Guwahati|Dehradun"),
    'au': _bar("Hobart|Townsville|Ballarat|Bendigo|Toowoomba|Launceston|Cairns|Darwin|Mildura|Bunbury"),
    'za': _bar("Bloemfontein|Pietermaritzburg|Kimberley|Gqeberha|East London|Rustenburg|George|Upington|Mthatha"),
    'ca': _bar("Saskatoon|Moncton|Kamloops|Lethbridge|Thunder Bay|Sherbrooke|Fredericton|Nanaimo"),
    'country': _bar("Chile|Portugal|Ghana|Vietnam|Uruguay|Estonia|Morocco|Slovenia|Kenya|Latvia|Tunisia|Paraguay"),
}
CITY['intl'] = CITY['uk'][:4] + CITY['us'][:4] + CITY['it'][:3] + CITY['es'][:3] + CITY['ca'][:3]
STREETN = {
    'us': _bar("Juniper Hollow|Sassafras|Larkspur|Tamarack|Buckeye|Chinquapin|Bluestem|Sweetgum|Persimmon|Cottonwood Bend"),
    'us_k': _bar("Lane|Court|Parkway|Terrace|Way|Trail|Boulevard|Road"),
    'au': _bar("Wattle Grove|Jacaranda Crescent|Grevillea Close|Lilly Pilly Court|Bottlebrush Parade|Ironbark Way|Coolabah Street"),
    'uk': _bar("Foxglove Close|Hawthorn Rise|Bramley Mews|Tanners Lane|Quarry Bank|Abbeyfield Road"),
    'es': _bar("Calle de la Almendra|Avenida de Asturias|Paseo de la Ribera|Calle Tintoreros|Ronda de Poniente"),
    'pl': _bar("ul. Lipowa|ul. Kasztanowa|ul. Grunwaldzka|ul. Słoneczna|al. Jerozolimska"),
}


def street(reg):
    if reg in ('es', 'pl'):
        return '%s %d' % (R.choice(STREETN[reg]), R.randint(2, 190))
    if reg == 'au':
        s = '%d %s' % (R.randint(2, 420), R.choice(STREETN['au']))
        return ('Unit %d, ' % R.randint(1, 40) + s) if R.random() < 0.3 else s
    if reg == 'uk':
        return '%d %s' % (R.randint(2, 160), R.choice(STREETN['uk']))
    s = '%d %s %s' % (R.randint(10, 2999), R.choice(STREETN['us']), R.choice(STREETN['us_k']))
    return ('Apt %d, ' % R.randint(1, 60) + s) if R.random() < 0.3 else s


ORG = {
    'hosp_uk': _bar("Wrenfield General Hospital|Ashby Vale Medical Practice|Kestrel Moor Health Centre|Holmcroft Infirmary|Saltmarsh Lane Surgery"),
    'hosp_us': _bar("Bluebonnet Regional Medical Center|Cedar Hollow Clinic|Prairie Lantern Health|Mesquite Valley Hospital|Saint Auberon Medical Center"),
    'hosp_au': _bar("Wattlebrook Medical Clinic|Mallee Creek Physio|Gidgee Flats Hospital|Tarraleah Dental Care|Koala Point Family Practice"),
    'bank': _bar("Fjordline Sparebank|Banca Valdarno|Caja Rural del Tormes|Ostsee Volksbank|Harrowgate Building Society|Kestrelgate Savings Bank|Banco Atalaia"),
    'firm': _bar("Pinecrest Robotics|Quillmark Analytics|Tidewater Ceramics|Larchmont Ventures|Brightloom|Kelpwire|Nimbrella Systems|Copperfinch Media|Saltbox Studios|Glasswing Freight"),
    'it': _bar("Tessitura Brenta S.r.l.|Oleificio Sangro S.p.A.|Cantine Valpolcevera S.r.l.|Studio Legale Morandini & Soci|Fonderia Adige S.r.l."),
    'au': _bar("Gumleaf Joinery Pty Ltd|Red Gully Haulage Pty Ltd|Saltbush Electrical Pty Ltd|Quokka Labs Pty Ltd|Mulga Ridge Farms Pty Ltd"),
    'sg': _bar("Merlion Cove Logistics Pte Ltd|Kopi Lane Foods Pte Ltd|Straits Lantern Capital Pte Ltd"),
}
DOMAIN = _bar("kelpwire.io|brightloom.co|mailgrove.net|hazelpost.me|quillmark.dev|tidewater-ceramics.com|finchmail.org|"
              "glasswingfreight.com|copperfinch.media|inboxharbor.net|postkestrel.org|nimbrella.app|saltboxstudios.co.uk|"
              "pinecrest-robotics.com|letterwren.com")
WEBDOM = _bar("kelpwire.io|brightloom.co|quillmark.dev|tidewater-ceramics.com|glasswingfreight.com|copperfinch.media|"
              "nimbrella.app|pinecrest-robotics.com|gumleafjoinery.com.au|gullspring.co|tessiturabrenta.it")
PROFILE = _bar("people.nettlebyte.app/in/|www.hollowpine.net/@|meet.marlowquay.io/|www.heronvale.org/u/")
NRP = _bar("Chilean|Ghanaian|Estonian|Maltese|Sikh|Buddhist|Muslim|Methodist|Republican|Labour|Orthodox|Quaker|"
           "Kenyan|Mexican|Vietnamese|Baptist|Anglican|Moroccan")

# ---- values -------------------------------------------------------------------
MON = "January February March April May June July August September October November December".split()
DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
AY = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()


def date(lang='en', dob=False):
    y = R.randint(1942, 2004) if dob else R.randint(2019, 2026)
    m, d = R.randint(1, 12), R.randint(1, 28)
    if lang == 'es':
        return '%d de %s de %d' % (d, MES[m - 1], y)
    if lang == 'it':
        return '%d %s %d' % (d, MESI[m - 1], y) if R.random() < 0.6 else '%02d/%02d/%d' % (d, m, y)
    if lang == 'tr':
        return R.choice(['%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, AY[m - 1], y)])
    if lang in ('fi', 'pl', 'se'):
        return R.choice(['%d.%d.%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d)])
    k = R.randrange(9 if not dob else 7)
    if k == 0: return '%s %d, %d' % (MON[m - 1], d, y)
    if k == 1: return '%d %s %d' % (d, MON[m - 1], y)
    if k == 2: return '%d-%02d-%02d' % (y, m, d)
    if k == 3: return '%02d/%02d/%d' % (m, d, y)
    if k == 4: return '%02d/%02d/%d' % (d, m, y)
    if k == 5: return '%s %d, %d' % (MON[m - 1][:3], d, y)
    if k == 6: return '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y)
    if k == 7: return '%s, %s %d' % (R.choice(DAY), MON[m - 1], d)
    return '%s %d at %d:%02d %s' % (MON[m - 1], d, R.randint(1, 12), R.choice([0, 15, 30, 45]), R.choice(['AM', 'PM']))


def dn(n): return ''.join(R.choice(string.digits) for _ in range(n))
def d1(n): return str(R.randint(1, 9)) + dn(n - 1)


def phone(reg):
    if reg == 'us' or reg == 'ca':
        a, b, c = R.randint(201, 989), R.randint(200, 989), dn(4)
        return R.choice(['%d-%d-%s', '(%d) %d-%s', '+1 (%d) %d-%s', '+1-%d-%d-%s', '%d.%d.%s', '+1 %d %d %s'][R.randrange(6):][:1]) % (a, b, c)
    if reg == 'uk':
        return R.choice(['+44 7%s %s' % (dn(3), dn(6)), '07%s %s' % (dn(3), dn(6)), '+44 (0)20 %s %s' % (dn(4), dn(4))])
    if reg == 'pl':
        return R.choice(['+48 %s-%s-%s' % (d1(3), dn(3), dn(3)), '+48 %s %s %s' % (d1(3), dn(3), dn(3)), '+48 %d %s %s %s' % (R.randint(12, 89), dn(3), dn(2), dn(2))])
    if reg == 'kr':
        return R.choice(['+82 10-%s-%s' % (dn(4), dn(4)), '010-%s-%s' % (dn(4), dn(4)), '+82 2-%s-%s' % (dn(3), dn(4))])
    if reg == 'es':
        return R.choice(['+34 6%s %s %s' % (dn(2), dn(3), dn(3)), '+34 9%d %s %s %s' % (R.randint(1, 8), dn(3), dn(2), dn(2)), '6%s %s %s' % (dn(2), dn(3), dn(3))])
    if reg == 'za':
        return R.choice(['0%d %s %s' % (R.choice([71, 72, 76, 83, 84]), dn(3), dn(4)), '+27 %d %s %s' % (R.choice([11, 31, 41, 51]), dn(3), dn(4))])
    if reg == 'au':
        return R.choice(['+61 4%s %s %s' % (dn(2), dn(3), dn(3)), '04%s %s %s' % (dn(2), dn(3), dn(3)), '(0%d) %s %s' % (R.choice([2, 3, 7, 8]), dn(4), dn(4))])
    if reg == 'in':
        return R.choice(['+91 9%s %s' % (dn(4), dn(5)), '+91-8%s-%s' % (dn(4), dn(5))])
    if reg == 'sg':
        return '+65 %s %s' % (R.choice('689') + dn(3), dn(4))
    if reg == 'se':
        return R.choice(['+46 7%d %s %s %s' % (R.randint(0, 9), dn(3), dn(2), dn(2)), '07%d-%s %s %s' % (R.randint(0, 9), dn(3), dn(2), dn(2))])
    if reg == 'fi':
        return R.choice(['+358 4%d %s %s' % (R.randint(0, 9), dn(3), dn(4)), '04%d %s %s' % (R.randint(0, 9), dn(3), dn(4))])
    if reg == 'tr':
        return R.choice(['05%d %s %s %s' % (R.randint(30, 59), dn(3), dn(2), dn(2)), '+90 5%d %s %s %s' % (R.randint(30, 59), dn(3), dn(2), dn(2))])
    if reg == 'it':
        return '+39 3%s %s %s' % (dn(2), dn(3), dn(4))
    return phone(R.choice(['us', 'uk', 'es', 'za', 'au', 'in', 'de', 'fr', 'mx', 'ng', 'jp']) if reg != 'x' else 'us') if reg == 'intl' else \
        {'de': lambda: '+49 (0)%d %s' % (R.randint(30, 89), dn(7)), 'fr': lambda: '+33 %d %s %s %s %s' % (R.randint(1, 7), dn(2), dn(2), dn(2), dn(2)),
         'mx': lambda: '+52 %d %s %s' % (R.choice([33, 55, 81]), dn(4), dn(4)), 'ng': lambda: '+234 80%d %s %s' % (R.randint(1, 9), dn(3), dn(4)),
         'jp': lambda: '+81 90-%s-%s' % (dn(4), dn(4))}.get(reg, lambda: phone('us'))()


def card():
    k = R.choice(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    c = K.card(R, k)
    if k == 'amex':
        return R.choice([c, c[:4] + ' ' + c[4:10] + ' ' + c[10:], c[:4] + '-' + c[4:10] + '-' + c[10:]])
    if len(c) != 16:
        return c
    return R.choice([c, K.group(c, 4), K.group(c, 4), K.group(c, 4, '-')])


def iban(cc=None):
    s = K.iban(R, cc or R.choice(['DE', 'FR', 'ES', 'NL', 'BE', 'GB', 'IT', 'PL', 'AT', 'PT', 'IE']))
    return K.group(s, 4) if R.random() < 0.5 else s


def ipv4():
    k = R.randrange(4)
    if k == 0: return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1: return '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    if k == 2: return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip():
    if R.random() < 0.78:
        return ipv4()
    h = lambda: '%x' % R.randint(1, 0xffff)
    k = R.randrange(4)
    if k == 0: return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if k == 1: return '2001:db8:%s::%s' % (h(), h())
    if k == 2: return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())
    return '::ffff:' + ipv4()


def mac():
    b = ['%02X' % R.randint(0, 255) for _ in range(6)]
    k = R.randrange(5)
    if k == 0: return ':'.join(b)
    if k == 1: return ':'.join(b).lower()
    if k == 2: return '-'.join(b)
    if k == 3: return '-'.join(b).lower()
    s = ''.join(b).lower()
    return '.'.join(s[i:i + 4] for i in (0, 4, 8))


def dash3(a, b, c, seps=('-', '-', '-', ' ', '')):
    s = R.choice(seps)
    return a + s + b + s + c


def nino():
    bad1, bad2 = 'DFIQUV', 'DFIOQUV'
    while True:
        p = R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)
        if p[0] in bad1 or p[1] in bad2 or p in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            continue
        break
    d = dn(6); s = R.choice('ABCD')
    return R.choice(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), p + d + s])


def hetu():
    y = R.randint(1945, 2012); m = R.randint(1, 12); d = R.randint(1, 28)
    c = R.choice('-YXWVU' if y < 2000 else 'ABCDEF') if R.random() < 0.4 else ('-' if y < 2000 else 'A')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (d, m, y % 100)
    return base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def usdl(sur='SMITH'):
    k = R.randrange(6)
    if k == 0: return R.choice(string.ascii_uppercase) + dn(7)
    if k == 1: return R.choice(string.ascii_uppercase) + dn(12)
    if k == 2: return d1(9)
    if k == 3: return d1(8)
    if k == 4: return R.choice(string.ascii_uppercase) + dn(3) + '-' + dn(4) + '-' + dn(4)
    s = (re.sub('[^A-Z]', '', asc(sur).upper()) + 'XXXXX')[:5]
    return s + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + dn(3) + R.choice(string.ascii_uppercase) + R.choice('JKLNPRS')


def dea(sur=None):
    v = K.dea(R)
    if sur:
        ini = asc(sur).upper()[:1]
        if ini.isalpha():
            v = v[0] + ini + v[2:]
    return v


# ---- look-alikes (all fail their checks) ---------------------------------------
def bad_luhn(n=16):
    while True:
        s = R.choice('3456') + dn(n - 1)
        if not K.luhn_ok(s):
            return s


def bad_iban(cc):
    good = K.iban(R, cc)
    ck = int(good[2:4]); ck2 = (ck + R.randint(1, 9)) % 100
    return K.group(good[:2] + '%02d' % ck2 + good[4:], 4)


def _tfn_ok(d): return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0
def _acn_ok(d):
    s = sum(int(a) * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2, 1])); return (10 - s % 10) % 10 == int(d[8])
def _nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def bad9():
    while True:
        d = d1(9)
        if not (_tfn_ok(d) or _acn_ok(d) or K.luhn_ok(d)):
            return d


def bad10():
    while True:
        d = d1(10)
        if not (_nhs_ok(d) or K.luhn_ok(d)):
            return d


def bad12():
    while True:
        d = d1(12)
        if not K.verhoeff_ok(d) and not K.luhn_ok(d):
            return d


def bad_b58():
    a = K.btc(R, R.choice(['p2pkh', 'p2sh']))
    i = R.randrange(5, len(a) - 2)
    c = R.choice([x for x in K.B58 if x != a[i]])
    return a[:i] + c + a[i + 1:]


def hexs(n): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def uuid(): return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), R.choice('89ab'), hexs(3), hexs(12))
def ver(): return R.choice(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40)) + R.choice(['', '', '-rc%d' % R.randint(1, 5), '-beta'])
def amt(): return R.choice(['$%s.%02d' % ('{:,}'.format(R.randint(5, 90000)), R.randint(0, 99)), '€%s,%02d' % ('{:,}'.format(R.randint(5, 9000)).replace(',', '.'), R.randint(0, 99)), '£%d.%02d' % (R.randint(5, 900), R.randint(0, 99)), '₹%s' % '{:,}'.format(R.randint(100, 99999)), 'CHF %d.%02d' % (R.randint(10, 5000), R.randint(0, 99))])
def orderno(): return R.choice(['#' + d1(10), 'SO' + dn(7), 'ORD-' + dn(8), 'A-' + dn(6), 'PO-%s-%s' % (dn(4), dn(3))])
def invno(): return R.choice(['INV-' + dn(5), 'INV/%s/%s' % (''.join(R.choice(string.ascii_uppercase) for _ in range(2)), dn(6)), 'BILL-%s-%s' % (''.join(R.choice(string.ascii_uppercase) for _ in range(3)), dn(4)), 'FV/%s/%d' % (dn(4), R.randint(2020, 2026))])
FILES = _bar("ledger.py|worker.go|handlers.ts|CHANGELOG.md|Makefile|settings.toml|main.rs|conftest.py|app.vue|schema.sql|deploy.sh|Gemfile")
def logts():
    y, m, d = R.randint(2021, 2026), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return R.choice(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, hh, mm, ss, R.randint(0, 999)),
                     '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, hh, mm, ss, R.randint(0, 999)),
                     '%s %2d %02d:%02d:%02d' % (MON[m - 1][:3], d, hh, mm, ss),
                     '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d, MON[m - 1][:3], y, hh, mm, ss)])

# ---- template engine -------------------------------------------------------------
KEEP_CASE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL', 'PHONE_NUMBER'}


class Ctx:
    def __init__(self, reg, pool, lang):
        self.reg, self.pool, self.lang, self.last = reg, pool, lang, None


def email_for(full, f, l):
    f, l = asc(f).replace(' ', ''), asc(l).replace(' ', '')
    dom = R.choice(DOMAIN)
    k = R.randrange(6)
    loc = [f + '.' + l, f[0] + l, '%s_%s%02d' % (f, l, R.randint(10, 99)), '%s%d' % (l, R.randint(100, 9999)),
           f + '.' + l + '+' + R.choice(['billing', 'work', 'hr', 'news']), f + l[0]][k]
    return loc + '@' + dom


def url(kind=None):
    if kind == 'profile':
        return 'https://' + R.choice(PROFILE) + R.choice(['', '']) + hexs(0) + asc(R.choice(CULT['us'][0] + CULT['french'][0])).replace(' ', '') + R.choice(['', '-' + dn(2)])
    d = R.choice(WEBDOM)
    path = R.choice(['/login', '/account/security', '/reset?key=' + ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(12)),
                     '/shipments/%s/status' % dn(6), '/help/case/%s' % dn(5), '/jobs', '/p/' + hexs(8), '', '/billing/statements/%s' % dn(5)])
    pre = R.choice(['https://', 'https://', 'https://www.', 'http://', 'www.', ''])
    if pre == '' and path == '':
        path = '/login'
    return pre + d + path


def gen(ctx, key, arg):
    reg, lang = ctx.reg, ctx.lang
    if key in ('P', 'F', 'S'):
        pool = POOL[arg or ctx.pool]
        full, f, l = make_name(wpick(pool))
        while full.lower() in BLOCK:
            full, f, l = make_name(wpick(pool))
        if key == 'S':
            l = R.choice(SURONLY)
        ctx.last = (full, f, l)
        return ('PERSON', {'P': full, 'F': f, 'S': l}[key])
    if key == 'E':
        if ctx.last is None or arg == 'new':
            ctx.last = make_name(wpick(POOL[ctx.pool]))
        return ('EMAIL_ADDRESS', email_for(*ctx.last))
    if key == 'D': return ('DATE_TIME', date(arg or lang))
    if key == 'DOB': return ('DATE_TIME', date(arg or lang, dob=True))
    if key == 'T': return ('DATE_TIME', '%d:%02d' % (R.randint(7, 20), R.choice([0, 10, 15, 20, 30, 40, 45])))
    if key == 'L': return ('LOCATION', R.choice(CITY[arg or (reg if reg in CITY else 'intl')]))
    if key == 'ST': return ('LOCATION', street(arg or reg))
    if key == 'SS': return ('LOCATION', R.choice(CITY['usstate']))
    if key == 'CTRY': return ('LOCATION', R.choice(CITY['country']))
    if key == 'O': return ('ORGANIZATION', R.choice(ORG[arg or 'firm']))
    if key == 'PH': return ('PHONE_NUMBER', phone(arg or reg))
    if key == 'CC': return ('CREDIT_CARD', card())
    if key == 'IBAN': return ('IBAN_CODE', iban(arg))
    if key == 'IP': return ('IP_ADDRESS', ip() if arg != '4' else ipv4())
    if key == 'MAC': return ('MAC_ADDRESS', mac())
    if key == 'BTC': return ('CRYPTO', K.btc(R, R.choice(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))
    if key == 'URL': return ('URL', url(arg))
    if key == 'NRP': return ('NRP', R.choice(NRP))
    if key == 'SSN': return ('US_SSN', dash3(*K.ssn(R)))
    if key == 'ITIN': return ('US_ITIN', dash3(*K.itin(R)))
    if key == 'USPP': return ('US_PASSPORT', R.choice([d1(9), R.choice('ACEKMNPWX') + dn(8)]))
    if key == 'USDL': return ('US_DRIVER_LICENSE', usdl(ctx.last[2] if ctx.last else 'MORGAN'))
    if key == 'BANK': return ('US_BANK_NUMBER', d1(R.randint(8, 17)))
    if key == 'NPI': return ('US_NPI', K.npi(R))
    if key == 'DEA': return ('MEDICAL_LICENSE', dea(ctx.last[2] if (arg == 'dr' and ctx.last) else None))
    if key == 'MBI': return ('US_MBI', K.mbi(R, R.random() < 0.5))
    if key == 'NHS':
        v = K.nhs(R)
        return ('UK_NHS', R.choice([v[:3] + ' ' + v[3:6] + ' ' + v[6:], v[:3] + ' ' + v[3:6] + ' ' + v[6:], v, v[:3] + '-' + v[3:6] + '-' + v[6:]]))
    if key == 'NINO': return ('UK_NINO', nino())
    if key == 'SIN':
        v = K.sin(R); return ('CA_SIN', dash3(v[:3], v[3:6], v[6:], ('-', ' ', ' ', '')))
    if key == 'NIF':
        v = K.nif(R); return ('ES_NIF', v if R.random() < 0.75 else v[:-1] + '-' + v[-1])
    if key == 'NIE':
        v = K.nie(R); return ('ES_NIE', v if R.random() < 0.75 else v[:-1] + '-' + v[-1])
    if key == 'CF': return ('IT_FISCAL_CODE', K.cf(R))
    if key == 'PIVA': return ('IT_VAT_CODE', K.piva(R))
    if key == 'PESEL': return ('PL_PESEL', K.pesel(R))
    if key == 'NRIC': return ('SG_NRIC_FIN', K.nric(R))
    if key == 'TFN':
        v = K.tfn(R); return ('AU_TFN', R.choice([K.group(v, 3), K.group(v, 3), v]))
    if key == 'ABN':
        v = K.abn(R); return ('AU_ABN', R.choice([v[:2] + ' ' + K.group(v[2:], 3), v[:2] + ' ' + K.group(v[2:], 3), v]))
    if key == 'ACN':
        v = K.acn(R); return ('AU_ACN', R.choice([K.group(v, 3), K.group(v, 3), v]))
    if key == 'MEDI':
        v = K.medicare(R); return ('AU_MEDICARE', R.choice([v[:4] + ' ' + v[4:9] + ' ' + v[9], v[:4] + ' ' + v[4:9] + ' ' + v[9], v]))
    if key == 'AADH':
        v = K.aadhaar(R); return ('IN_AADHAAR', R.choice([K.group(v, 4), K.group(v, 4), v, K.group(v, 4, '-')]))
    if key == 'PAN': return ('IN_PAN', K.pan(R))
    if key == 'VOTER': return ('IN_VOTER', ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + dn(7))
    if key == 'INPP': return ('IN_PASSPORT', R.choice('ABCDEFGHJKLMNPRSTUVWZ') + d1(7))
    if key == 'HETU': return ('FI_PERSONAL_IDENTITY_CODE', hetu())
    if key == 'RRN':
        v = K.kr_rrn(R); return ('KR_RRN', v[:6] + '-' + v[6:] if R.random() < 0.85 else v)
    if key == 'PNR': return ('SE_PERSONNUMMER', K.se_pnr(R, R.random() < 0.35))
    if key == 'TCKN': return ('TR_NATIONAL_ID', K.tr_id(R))
    if key == 'ZAID': return ('ZA_ID_NUMBER', K.za_id(R))
    # unlabelled look-alikes and fillers
    if key == 'ORD': return orderno()
    if key == 'INV': return invno()
    if key == 'AMT': return amt()
    if key == 'VER': return ver()
    if key == 'SHA40': return hexs(40)
    if key == 'SHA64': return hexs(64)
    if key == 'SHA7': return hexs(7)
    if key == 'UUID': return uuid()
    if key == 'BADCC': return R.choice([lambda v: K.group(v, 4), lambda v: v, lambda v: K.group(v, 4, '-')])(bad_luhn())
    if key == 'BADIBAN': return bad_iban(arg or R.choice(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'AT']))
    if key == 'BADB58': return bad_b58()
    if key == 'BAD9': return bad9()
    if key == 'BAD10': return bad10()
    if key == 'BAD12': return R.choice([lambda v: v, lambda v: K.group(v, 4)])(bad12())
    if key == 'FILE': return R.choice(FILES)
    if key == 'N': return str(R.randint(2, int(arg or 999)))
    if key == 'TS': return logts()
    if key == 'HEXC': return '#' + hexs(6)
    if key == 'SKU': return R.choice(['%s-%s-%s-%s' % (d1(3), dn(3), dn(4), R.choice(['BK', 'WH', 'XL', 'RD'])), 'SKU-%s-%s-%s' % (dn(4), dn(4), dn(2)), 'P/N %s-%s-%s' % (dn(3), dn(4), dn(2)), 'MDL %s%s' % (''.join(R.choice(string.ascii_uppercase) for _ in range(2)), dn(4))])
    if key == 'CODE': return R.choice(['A3', 'B5', 'H2', 'X11', 'A5', 'Letter', 'B4'])
    if key == 'PORT': return str(R.choice([22, 80, 443, 3306, 5432, 6379, 8080, 9092, 27017]))
    raise KeyError(key)


PH_RE = re.compile(r'\{([A-Z0-9]+)(?::([\w]+))?\}')


def render(tpl, ctx):
    parts, p = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > p:
            parts.append(tpl[p:m.start()])
        parts.append(gen(ctx, m.group(1), m.group(2)))
        p = m.end()
    parts.append(tpl[p:])
    return [x for x in parts if x != '']

# ---- families: (prompts, region, name pool, date language, templates) -------------
FAM = []
def F(n, reg, pool, lang, *tpls):
    FAM.append((n, reg, pool, lang, list(tpls)))

# payments and cards
F(8, 'intl', 'mix', 'en',
  "{O:firm} tried to pay us into {IBAN} and the bank rejected it. Can we just charge their other card, {CC}?",
  "The transfer to {IBAN} bounced for {O:bank}; fall back to card {CC} on file.",
  "Bounce notice: beneficiary account {IBAN} refused the payment sent by {O:firm}. Alternate card: {CC}.")
F(7, 'intl', 'mix', 'en',
  "The SEPA payment didn't go through. Payee {P}, account {IBAN}, our ref {INV}. What could be the reason?",
  "Why would a transfer to {IBAN} (account holder {P}) be returned? Reference was {INV}.")
F(8, 'intl', 'mix', 'en',
  '{"accounts": [{"iban": "{IBAN}", "owner": "{P}", "institution": "{O:bank}"}, {"iban": "{IBAN}", "owner": "{P}"}]}',
  "owner,iban,bank\n{P},{IBAN},{O:bank}\n{P},{IBAN},")
F(6, 'us', 'mix', 'en',
  "This is {P}. Card {CC} shows two identical charges from {D}. Call me back on {PH}.",
  "I'm {P}; I was billed twice on {D} on my card {CC}. Best number is {PH}.")
F(6, 'intl', 'mix', 'en',
  "Write a short apology to {P}. Their complaint is about card {CC}, and their address is in {L}.",
  "Help me answer {P} from {L}, who says card {CC} was declined at checkout.")
F(6, 'us', 'mix', 'en',
  '{"client": {"full_name": "{P}", "mail": "{E}", "tel": "{PH}", "pan": "{CC}"}, "ticket": "{ORD}", "state": "chargeback"}',
  'client:\n  full_name: {P}\n  mail: {E}\n  tel: "{PH}"\n  card_number: "{CC}"\nticket: {ORD}')
F(6, 'us', 'mix', 'en',
  "Stop the monthly plan billed to {CC} and return {AMT} to that card, reference {ORD}.",
  "Please end my membership. It's charged to {CC}; I expect {AMT} back. Order {ORD}.")
F(5, 'intl', 'mix', 'en',
  "Got a text linking to {URL} that wants my card number {CC} and my email {E}. Legit or scam?",
  "Someone sent me {URL} asking me to confirm card {CC} and {E}. Should I worry?")
F(8, 'us', 'mix', 'en',
  "{P} (email {E}) reports that the ACH pull from checking account {BANK} was returned.",
  "Returned debit: account {BANK} held by {P}, contact {E}. Please draft a response.")

# crypto
F(6, 'intl', 'mix', 'en',
  "Please refund me to this wallet: {BTC}. Not the previous address.",
  "New payout address is {BTC}, replace the one on my profile.")
F(6, 'intl', 'mix', 'en',
  "Transferred 0.{N:90} BTC to {BTC} three hours ago, nothing has arrived. Transaction id {SHA64}.",
  "My withdrawal to {BTC} is stuck; txid {SHA64}. Any idea?")
F(6, 'intl', 'mix', 'en',
  "Pay the {AMT} reward to either {BTC} or {BTC}.",
  "Split the {AMT} grant between {BTC} and {BTC}, please.")

# US identity, tax, health
F(6, 'us', 'us', 'en',
  "Caller verified with social {SSN} and birth date {DOB}, yet our record says the account holder is {P}.",
  "Mismatch: {P} on file, but the person on the phone quoted SSN {SSN} and DOB {DOB}.")
F(6, 'us', 'us', 'en',
  '{"id": {N:99999}, "name": "{P}", "birth_date": "{DOB}", "social": "{SSN}", "home": {"town": "{L}"}}',
  "name: {P}\nbirth_date: {DOB}\nsocial: {SSN}\nhome_town: {L}")
F(7, 'us', 'us', 'en',
  "Onboarding {P}: start date {D}, based in {L}. Social {SSN}; payroll deposits go to account {BANK}.",
  "{P} joins the {L} team on {D}. Payroll needs SSN {SSN} and checking account {BANK}.")
F(7, 'us', 'us', 'en',
  "Prep the 1040 for {P}: ITIN {ITIN}; the spouse files under SSN {SSN}.",
  "{P} uses ITIN {ITIN} and their partner has SSN {SSN}. Joint return?")
F(7, 'us', 'us', 'en',
  "{P} holds ITIN {ITIN} and wants one for a dependent too. Send letters to {ST}, {L}.",
  "Dependent ITIN: primary filer {P} ({ITIN}), mailing address {ST}, {L}.")
F(7, 'us', 'us', 'en',
  "Reservation for {P}: passport {USPP}, departing to {L} on {D}.",
  "Traveller {P} (passport {USPP}) lands in {L} {D}.")
F(7, 'us', 'us', 'en',
  "Passport renewal: {USPP}, holder {P}, date of birth {DOB}.",
  "{P}, born {DOB}, needs to renew US passport {USPP}.")
F(7, 'us', 'us', 'en',
  "Check this licence: {P}, number {USDL}, living at {ST}, {L}, {SS}.",
  "Identity check for {P}. DL {USDL}. Address: {ST}, {L}, {SS}.")
F(7, 'us', 'us', 'en',
  "Fill out the car hire form with my licence {USDL}; it was issued in {SS}.",
  "Driver licence {USDL} from {SS}, can you put it into the rental paperwork?")
F(7, 'us', 'us', 'en',
  "Refill request: NPI of prescriber {NPI}, patient reachable at {E}, next fill {D}.",
  "Prescriber NPI {NPI}; send the refill reminder for {D} to {E}.")
F(7, 'us', 'us', 'en',
  "Medicare ID {MBI} comes back inactive for {P}. The insurer's line is {PH}.",
  "{P}'s MBI {MBI} fails eligibility; plan helpdesk {PH}.")
F(7, 'us', 'us', 'en',
  "CMS-1500 draft: patient {P}, MBI {MBI}, billing NPI {NPI}, service date {D}.",
  "Claim for {P} (MBI {MBI}) seen on {D} by provider NPI {NPI}.")
F(5, 'us', 'us', 'en',
  "Is DEA registration {DEA} valid for prescribing in {SS}?",
  "Confirm whether {DEA} is an active DEA number in {L}.")
F(5, 'us', 'us', 'en',
  "Dr. {S} asked for DEA {DEA:dr} on the new script pads.",
  "Add DEA number {DEA:dr} under Dr. {S}'s signature line.")
F(5, 'us', 'us', 'en',
  "Prescription from Dr. {S} (DEA {DEA:dr}) for {P}, phone {PH}.",
  "Dr. {S}, DEA {DEA:dr}, prescribed it to {P}; the patient's number is {PH}.")
F(4, 'us', 'mix', 'en',
  "Condense: {P}, {NRP}, {N:90}, brought to {O:hosp_us} on {D} with shortness of breath. Next of kin on {PH}.",
  "{P} ({NRP}, age {N:90}) was admitted to {O:hosp_us} {D}. Son can be reached at {PH}.")

# UK
F(7, 'uk', 'uk', 'en',
  "Please refer {P}, NHS {NHS}, to {O:hosp_uk} as a priority.",
  "Urgent referral to {O:hosp_uk}: {P}, NHS number {NHS}.")
F(7, 'uk', 'uk', 'en',
  "New patient {P}, born {DOB}, NHS {NHS}, registered with a surgery in {L}.",
  "Registration form: NHS no. {NHS}; name {P}; DOB {DOB}; town {L}.")
F(7, 'uk', 'uk', 'en',
  "Starter form: {P}, NI no. {NINO}, start date {D}.",
  "{P} begins on {D}; National Insurance {NINO}.")
F(7, 'uk', 'uk', 'en',
  "{P} (NINO {NINO}) has a question about the last payslip, staff no. {ORD}.",
  "Payroll ticket {ORD}: {P} says the tax code is wrong, NI number {NINO}.")

# Canada
F(8, 'ca', 'ca', 'en',
  "Do not send {P}'s social insurance number {SIN} by email; direct them to {URL}.",
  "Note to team: {P}'s SIN is {SIN}. Upload only through {URL}.")
F(7, 'ca', 'ca', 'en',
  "{P} gave SIN {SIN} for onboarding at the {L} branch.",
  "Starting at our {L} office, {P} shared SIN {SIN}.")

# Australia
F(8, 'au', 'au', 'en',
  "Lodging for {O:au} (ABN {ABN}) and for the sole trader {P}, whose TFN is {TFN}.",
  "{P} trades alone under TFN {TFN}; the company {O:au} has ABN {ABN}.")
F(8, 'au', 'au', 'en',
  "Check Medicare {MEDI} and company ACN {ACN} for {O:au}.",
  "Can you validate ACN {ACN} ({O:au}) and Medicare card {MEDI}?")
F(8, 'au', 'au', 'en',
  "New starter {P}: TFN {TFN}, super fund to follow, lives at {ST:au}, {L}.",
  "TFN declaration for {P} ({TFN}); residential address {ST:au}, {L}.")
F(7, 'au', 'au', 'en',
  "{P} is booked at {O:hosp_au} on {D}; Medicare {MEDI}.",
  "Appointment {D} at {O:hosp_au} for {P}, Medicare number {MEDI}.")
F(7, 'au', 'au', 'en',
  "Subcontractor {P} bills via {O:au}: ACN {ACN}, ABN {ABN}.",
  "{O:au} (ABN {ABN}, ACN {ACN}) invoices for {P}'s hours.")

# India
F(8, 'in', 'in', 'en',
  '{"customer": "{P}", "docs": {"pan": "{PAN}", "uid": "{AADH}", "epic": "{VOTER}", "passport_no": "{INPP}"}}',
  'kyc:\n  holder: {P}\n  pan: {PAN}\n  aadhaar: "{AADH}"\n  voter: {VOTER}\n  passport: {INPP}')
F(7, 'in', 'in', 'en',
  "Payroll in {L}: {P} uploaded Aadhaar {AADH} and PAN {PAN}.",
  "{P} from our {L} office shared PAN {PAN} plus Aadhaar {AADH}.")
F(7, 'in', 'in', 'en',
  "Can both be checked? {P}: passport {INPP}, voter ID {VOTER}.",
  "Voter card {VOTER} and passport {INPP} belong to {P}. Verify.")

# Singapore
F(8, 'sg', 'sg', 'en',
  "ACRA update: {P} appointed director, FIN {NRIC}, office in {L}.",
  "Director {P} (NRIC {NRIC}) lists the registered address as {L}.")
F(7, 'sg', 'sg', 'en',
  "{P} joined us on {D}; NRIC {NRIC}. Add to CPF.",
  "HR: NRIC {NRIC} for new employee {P}, commencement {D}.")

# Korea
F(8, 'kr', 'kr', 'en',
  "Remittance form for {P}: RRN {RRN}, contact {PH}.",
  "{P} (resident no. {RRN}) wants to wire funds abroad; phone {PH}.")
F(7, 'kr', 'kr', 'en',
  "{P}, RRN {RRN}, says card {CC} was charged twice.",
  "Duplicate charge on {CC} reported by {P} (resident registration {RRN}).")

# South Africa
F(7, 'za', 'za', 'en',
  "Candidate {P} lives in {L}; SA ID {ZAID}.",
  "ID {ZAID} belongs to applicant {P} from {L}.")
F(7, 'za', 'za', 'en',
  "{P}'s ID number is {ZAID}, cellphone {PH}.",
  "Verify ID {ZAID} for {P}; call {PH} if it fails.")

# Spain
F(7, 'es', 'nie', 'es',
  "Para nóminas: {P}, con NIE {NIE}, empezó en {L} el {D}.",
  "Alta de {P} (NIE {NIE}) en la oficina de {L} desde el {D}.")
F(8, 'es', 'es', 'es',
  "{P} tiene NIF {NIF} y NIE {NIE}; su móvil es {PH}.",
  "Datos de {P}: móvil {PH}, NIF {NIF}, NIE {NIE}.")
F(7, 'es', 'es', 'es',
  "Titular {P}, NIF {NIF}, dirección {ST:es}, {L}.",
  "El NIF {NIF} corresponde a {P}, que vive en {ST:es}, {L}.")

# Italy
F(8, 'it', 'it', 'it',
  "Verifica il codice fiscale {CF} e la partita IVA {PIVA}, per favore.",
  "Sono validi CF {CF} e P. IVA {PIVA}?")
F(7, 'it', 'it', 'it',
  "Fornitore: {O:it} (P.IVA {PIVA}). Contatto {P}, {E}.",
  "Il contatto di {O:it} è {P} ({E}); partita IVA {PIVA}.")
F(7, 'it', 'it', 'it',
  "Scheda personale: {P}, nata/o a {L} il {DOB}, CF {CF}.",
  "{P}, codice fiscale {CF}, luogo di nascita {L}, data {DOB}.")

# Poland
F(8, 'pl', 'pl', 'pl',
  "Zgłoszenie: {P}, PESEL {PESEL}, telefon {PH}. Proszę sprawdzić dane.",
  "Dane kandydata {P} - PESEL {PESEL}, kontakt {PH}.")
F(7, 'pl', 'pl', 'pl',
  "Adres {P}: {ST:pl}, {L}. PESEL {PESEL}.",
  "Numer PESEL {PESEL}, właściciel {P}, zamieszkały w {L}.")

# Finland
F(8, 'fi', 'fi', 'fi',
  "Henkilö {P}, hetu {HETU}, kotikunta {L}.",
  "Verokorttia varten: {P}, asuinpaikka {L}, tunnus {HETU}.")
F(7, 'fi', 'fi', 'fi',
  "Uusi työntekijä {P} aloittaa {D}, henkilötunnus {HETU}.",
  "Työsopimus: {P}, {HETU}, alkaen {D}.")

# Sweden
F(8, 'se', 'se', 'se',
  "Sökande {P} med personnummer {PNR} bor i {L}.",
  "{P}, personnr {PNR}, folkbokförd i {L}.")
F(7, 'se', 'se', 'se',
  "{P} har personnummer {PNR} och mejl {E}.",
  "Kontakt: {E}. Personnummer {PNR} ({P}).")

# Turkey
F(8, 'tr', 'tr', 'tr',
  "{P} adına {D} tarihli randevu, TC kimlik no {TCKN}.",
  "Randevu: {D}. Hasta {P}, T.C. kimlik {TCKN}.")
F(7, 'tr', 'tr', 'en',
  "Invitation letter for {P} (Turkish ID {TCKN}) departing from {L}.",
  "{P}, TC no {TCKN}, travels from {L} for the conference.")

# devices, network, code
F(7, 'intl', 'mix', 'en',
  '{"host": {"hw_addr": "{MAC}", "addr": "{IP}", "admin": "{E}"}, "fw": "{VER}"}',
  "hw_addr={MAC} addr={IP} admin={E} fw={VER}")
F(8, 'intl', 'mix', 'en',
  "DHCP keeps handing {IP:4} to the box with MAC {MAC}. Running firmware {VER}.",
  "Why does {MAC} always get the lease {IP:4}? Router firmware {VER}.")
F(5, 'intl', 'mix', 'en',
  "The callback hits {URL} and sends X-Account: {E}. It broke after commit {SHA40}.",
  "Since {SHA7} our hook to {URL} fails; the payload user is {E}.")
F(5, 'intl', 'mix', 'en',
  "What's wrong with this config?\nmailer:\n  login: {E}\n  server: {IP}\n  port: {PORT}\nhomepage: {URL}",
  "mailer.login = {E}\nmailer.server = {IP}\nhomepage = {URL}\n\nwhy won't it parse?")
F(4, 'intl', 'mix', 'en',
  "Running curl -s {URL} --data '{\"user\":\"{E}\",\"addr\":\"{IP}\"}' gives 401. Trace {UUID}.",
  "POST {URL} with body {\"user\": \"{E}\", \"from\": \"{IP}\"} returns 500.")
F(2, 'intl', 'mix', 'en',
  "Apache denies {IP}. Config: Require ip {IP} (apache {VER})",
  "iptables drops traffic from {IP} even though I added -s {IP} -j ACCEPT.")
F(2, 'intl', 'mix', 'en',
  "This throws a KeyError:\n```python\nOWNER = \"{E}\"\nREDIS = \"{IP}\"\nnotify(OWNER)\n```\nin {FILE}",
  "```js\nconst SUPPORT = '{E}';\nconst API_IP = '{IP}';\n```\nWhy is SUPPORT undefined?")
F(2, 'intl', 'mix', 'en',
  "Keep these for later: mail {E}, mobile {PH:intl}, IP {IP}.",
  "save my info: {E} / {PH:intl} / {IP}")
F(2, 'intl', 'mix', 'en',
  "Auth log:\n{TS} ERROR bad password for {E} from {IP}\n{TS} INFO backoff {N:60}s",
  "Here's the log:\n{TS} WARN token rejected user={E} src={IP}")
F(1, 'intl', 'mix', 'en', "Generate pytest fixtures with {E}, {PH:intl} and {IP} as sample inputs.")
F(1, 'intl', 'mix', 'en', "Who committed {SHA7}? git blame says {P} <{E}>.")
F(1, 'intl', 'mix', 'en', "{O:firm} wants {IP} and {IP} allow-listed by {D}.")

# people, CRM, misc
F(5, 'intl', 'mix', 'en',
  "Translate to French: {P}, a {NRP} national, lives in {L} and is employed by {O:firm}.",
  "Put this in German: {P} is {NRP}, resides in {L}, works at {O:firm}.")
F(5, 'intl', 'mix', 'en',
  "Appraisal summary: {P} ({NRP}, {L} office) beat all targets at {O:firm}.",
  "Write up {P}'s review: {NRP}, works out of {L}, top performer at {O:firm}.")
F(5, 'intl', 'mix', 'en',
  "Address check for {P}: {ST}, {L}, {SS}. Meal preference noted as {NRP}.",
  "{P} lives at {ST}, {L}, {SS}; diet card says {NRP}.")
F(5, 'intl', 'mix', 'en',
  "New CRM contact {P}: {E}, {PH:intl}, {URL:profile}.",
  "Create a lead for {P} ({E}, {PH:intl}); profile {URL:profile}.")
F(1, 'intl', 'mix', 'en', "it's {F} here, ping me on {PH:intl} once you're through customs")
F(1, 'intl', 'mix', 'en', "Fwd from {P} <{E}>: \"ring me on {PH:intl} after {T}\"")
F(1, 'intl', 'mix', 'en', "Make this sound professional: hey {F}, the {O:firm} crew in {L} need the slides by {D}")

# look-alikes only (no PII)
F(5, 'x', 'mix', 'en',
  "Build digest {SHA64}, produced from revision {SHA40}.",
  "Release artefact sha256 {SHA64}; git rev {SHA7}.")
F(4, 'x', 'mix', 'en',
  "What does `UPDATE invoices SET paid = 1 WHERE invoice_id = {N:99999}` change?",
  "explain `select count(*) from shipments where status = 'late' and id > {N:99999}`")
F(4, 'x', 'mix', 'en',
  "Do you think the referendum will pass? My bet is no.",
  "Who usually wins a vote like this one, the incumbent or the challenger?")
F(4, 'x', 'mix', 'en',
  "Give me five bullet points on the main risks, max 60 words.",
  "Turn the notes above into a two-sentence summary.")
F(4, 'x', 'mix', 'en',
  "Switch the button colour to {HEXC} and increase padding by 4px.",
  "Replace {HEXC} with {HEXC} across the stylesheet.")
F(4, 'x', 'mix', 'en',
  "Claim ref {N:99999}-{N:9999} was rejected automatically.",
  "Complaint no. {N:99999}/{N:99} is still open after two weeks.")
F(4, 'x', 'mix', 'en',
  "Unit {BAD9} passed stress testing but unit {BAD9} did not.",
  "Board serials {BAD9} and {BAD9} came back from repair.")
F(6, 'x', 'mix', 'en',
  "Case {BADCC} duplicates case {ORD}; close one of them.",
  "Reference {BADCC} on the pallet label doesn't match our records.")
F(5, 'x', 'mix', 'en',
  "Bill {INV} for {AMT} is {N:90} days late; purchase order {ORD}.",
  "{INV} ({AMT}) remains unpaid, PO {ORD}.")
F(5, 'x', 'mix', 'en',
  "After moving from {VER} to {VER} the leak in {FILE} disappeared.",
  "Downgrading to {VER} fixed the crash in {FILE}.")
F(5, 'x', 'mix', 'en',
  "Swap {SKU} for {SKU} in the {CODE} kit.",
  "{SKU} is superseded by {SKU}.")
F(4, 'x', 'mix', 'en',
  "Voucher {BADB58} no longer works, can I get another?",
  "The gift code {BADB58} was rejected at checkout.")
F(5, 'x', 'mix', 'en',
  "Change temperature to 0.{N:9} and top_p to 0.9 in {FILE}, then retrain.",
  "Bump max_new_tokens to 2048 in {FILE} and rerun the benchmark.")
F(4, 'x', 'mix', 'en',
  "Exception W{N:99999}: index out of bounds at line {N:3000} in {FILE}.",
  "Lint error E{N:999} on line {N:500} of {FILE}.")
F(5, 'x', 'mix', 'en',
  "Parcel {ORD} left the warehouse, tracking 1Z{N:999}{N:999}{N:999}{N:999}; total {AMT}.",
  "Your order {ORD} is on its way (tracking {BAD12}). Charged {AMT}.")
F(4, 'x', 'mix', 'en',
  "Pod {UUID} crash-looped {N:90000} times, exit code 139.",
  "Job {UUID} was OOM-killed after {N:900} retries.")
F(5, 'x', 'mix', 'en',
  "{TS} INFO scheduler ran job {ORD} in {N:90}s\n{TS} DEBUG queue depth {N:400}",
  "Logs:\n{TS} WARN slow query {N:9000}ms\n{TS} INFO done")
F(4, 'x', 'mix', 'en',
  "Print the handout on {CODE} and fold it in half.",
  "Is {CODE} bigger than A4?")
F(4, 'x', 'mix', 'en',
  "Firmware {VER} (build {SHA7}) rolled out to every gateway.",
  "We shipped build {SHA7} as version {VER} last night.")
F(5, 'x', 'mix', 'en',
  "Call {UUID} hit a timeout after {N:900} ms on port {PORT}.",
  "trace {UUID} stalled for {N:60}s against port {PORT}.")
F(4, 'x', 'mix', 'en',
  "This IBAN {BADIBAN} fails validation, can you spot the typo?",
  "Bank says {BADIBAN} is not a valid account, why?")
F(5, 'x', 'mix', 'en',
  "Lots {BAD10} and {BAD12} both failed inspection.",
  "Batch {BAD10} was rejected; rerun batch {BAD12}.")
F(4, 'x', 'mix', 'en',
  "{SKU} dispatches within 48 hours; apply voucher WINTER{N:50}.",
  "Is {SKU} in stock? Promo code FLASH{N:90} didn't work.")
F(4, 'x', 'mix', 'en',
  "Clean up {FILE} and {FILE} before we cut {VER}.",
  "Rename {FILE} to {FILE} ahead of release {VER}.")

# ---- wrappers and output ---------------------------------------------------------
PRE = ["Here is the context:\n===\n", "Give me a summary of this:\n\n", "Pull out the main points:\n",
       "Can you handle this helpdesk ticket?\n", "Background info follows.\n\n"]
SUF_BLOCK = ["\n\nAnswer in JSON.", "\n\nBe brief.", "\n\nCheers!", "\n\nUse bullet points."]
SUF_TAG = [" plz", " ty", " urgently", "!!!"]


def build(tpl, reg, pool, lang):
    ctx = Ctx(reg if reg != 'x' else 'intl', pool, lang)
    parts = render(tpl, ctx)
    if R.random() < 0.07:
        parts = [p.lower() if isinstance(p, str) else (p[0], p[1].lower() if p[0] in KEEP_CASE else p[1]) for p in parts]
    else:
        parts = [(p[0], p[1].upper()) if (isinstance(p, tuple) and p[0] == 'PERSON' and R.random() < 0.05) else p for p in parts]
    x = R.random()
    if x < 0.09 and isinstance(parts[-1], str) and parts[-1].endswith('.'):
        parts[-1] = parts[-1][:-1] + R.choice(SUF_TAG)
    elif x < 0.19 and isinstance(parts[-1], str) and parts[-1].endswith('.'):
        parts[-1] = parts[-1][:-1]
    if R.random() < 0.14:
        parts.append(R.choice(SUF_BLOCK))
    if R.random() < 0.23:
        parts.insert(0, R.choice(PRE))
    text, ents = '', []
    for p in parts:
        if isinstance(p, tuple):
            ents.append({'entity_type': p[0], 'start': len(text), 'end': len(text) + len(p[1])})
            text += p[1]
            assert text[ents[-1]['start']:ents[-1]['end']] == p[1]
        else:
            text += p
    for a, b in zip(ents, ents[1:]):
        assert a['end'] <= b['start'], (text, a, b)
    for e, p in zip(ents, [q for q in parts if isinstance(q, tuple)]):
        assert text[e['start']:e['end']] == p[1] and p[1] and p[1] == p[1].strip()
    return text, ents


def main():
    jobs = []
    for n, reg, pool, lang, tpls in FAM:
        for i in range(n):
            jobs.append((tpls[i % len(tpls)], reg, pool, lang))
    R.shuffle(jobs)
    out = []
    for i, (tpl, reg, pool, lang) in enumerate(jobs):
        text, ents = build(tpl, reg, pool, lang)
        out.append({'id': 'p36-%04d' % i, 'text': text, 'entities': ents})
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
