#!/usr/bin/env python3
"""Probe 34: a blind measure of generalisation. 600 prompts in the settings of the dev corpus, each family
rewritten in other words, sentence shapes and field orders: billing disputes, HR and payroll notes, KYC checks,
clinical and pharmacy notes, bookings, CRM entries, logs, code, JSON/YAML/CSV records, and the Spanish, Italian,
Polish, Swedish, Finnish, Turkish and Korean settings. Over 180 templates; wrappers, lower-case prompts, upper-case
names and PII-free look-alikes at dev's rates; people of over thirty cultures, places, firms and e-mail domains
not used before; every check-digit value is valid.  python3 -B tools/probes/probe34.py > /tmp/p34.jsonl
"""
import os
import re
import sys
import random
import hashlib
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K  # noqa: E402

R = random.Random(340034)
ch = R.choice

# ---- people ------------------------------------------------------------------
def W(s):
    return [x.replace('\u00a0', ' ') for x in s.split()]

CUL = {
    'en': (W('Zinnia Eudora Florimel Zenobia Peony Marigold Ottoline Petronella Wilhelmina Leocadia Jessamine Morwenna '
             'Perdita Rosamund Isadora Theodora Sabina Ursula Tamsin Araminta Cadogan Ishmael Nathaniel Octavius Valentine '
             'Benedict Casimir Alaric Barnabas Dashiell Ellery Fitzroy Gideon Jethro Lucian Magnus Piers Tristram Wilfred '
             'Oswin Aldous Dorian Emrys Zebedee Crispin Peregrine Ambrose Lysander Horatio Cuthbert'),
           W('Hawksworth Scrimgeour Wetherell Tregarthen Staveley Birtwhistle Wainscott Kittredge Ashbury Brightwell '
             'Goodenough Ironside Thorncastle Pennefather Sleightholme Snodgrass Tiddeman Fenchurch Gummidge Noakes '
             'Heppenstall Ackerley Dorrington Farrimond Micklethwaite Rushworth Whiteley Yeadon Gribble Rosewarne '
             'Vosper Kitto Pascoe Opie Rodda Bosanko Quillfeather Brackenbury Ollerenshaw Wigglesworth Oakenshaw')),
    'es': (W('Ginés Ceferino Eladio Herminio Nicanor Baltasar Anselmo Leandro Begoña Covadonga Remedios Amparo '
             'Milagros Consuelo Itziar Nerea Maite Araceli'),
           W('Echegaray Etxeberria Zubizarreta Olabarrieta Goikoetxea Valdivieso Barrionuevo Sotomayor Larrañaga '
             'Urquijo Peñalver Arrizabalaga Cifuentes Quintanilla Mendizábal Sepúlveda Almagro')),
    'it': (W('Guido Livio Rodolfo Sandro Ottavio Tancredi Corrado Saverio Ginevra Costanza Ottavia Annunziata '
             'Filomena Letizia Rosalba Mariangela'),
           W('Lombardini Vaccarella Zambelli Giordanelli Tagliaferri Quattrocchi Scarpellini Fabbrocini Mastrangelo '
             'Squillace Bellandi Pellegrino')),
    'pl': (W('Dobrawa Bożena Grażyna Jadwiga Wiesława Urszula Zbigniew Wiesław Przemysław Jarosław Radosław Bolesław '
             'Czesław Zdzisław Witold Ryszard'),
           W('Dudziak Lisowska Szczepańska Wróblewski Grabowska Jabłoński Pietrzak Sobczak Kaczmarczyk Kołodziej '
             'Wieczorek Borkowski')),
    'fi': (W('Iines Olavi Pertti Tuulikki Hilkka Annikki Orvokki Sointu Kyllikki Väinö Toivo Urho Kalevi Aapo'),
           W('Räsänen Kettunen Hyvönen Savolainen Karjalainen Väisänen Pitkänen Heikkilä Turunen Nurmi')),
    'se': (W('Ylva Solveig Gunnel Agneta Märta Sigrid Torbjörn Ragnar Sixten Holger Ingemar Arvid Valdemar Sture'),
           W('Lindqvist Bergström Sundberg Åkesson Hedlund Lundgren Wikström Sjöberg Blomqvist Engström')),
    'tr': (W('Gülşen Şebnem Nilüfer Özlem Sevgi Hülya Tülay Oğuz Tarık Selçuk Kadir Levent Serkan Ufuk Volkan Yiğit'),
           W('Karakaya Öztürk Kılıç Erdoğan Bayraktar Güneş Aksoy Korkmaz Şahin Tekin')),
    'kr': (W('Seo-yeon Ha-eun Ye-jin Su-bin Da-eun Eun-ji Jae-sung Tae-yang Woo-jin Seung-ho Dong-hyun Jun-seo'),
           W('Yoon Baek Shin Hwang Seo Moon Kwon Ahn Ryu Oh')),
    'sg': (['Jia Hui', 'Kai Wen', 'Shu Ting', 'Zhi Hao', 'Li Ting', 'Jun Jie', 'Pei Shan', 'Wen Jun', 'Yi Xuan', 'Jia Le'],
           W('Lim Koh Chua Wong Seah Quek Toh Yeo Heng Lau')),
    'in': (W('Ishita Meenakshi Lakshmi Anjali Kavya Pooja Sneha Shreya Siddharth Pranav Aditya Ishaan Kunal Varun Nikhil Yash'),
           W('Iyer Chatterjee Banerjee Reddy Kulkarni Joshi Bhattacharya Mukherjee Pillai Agarwal')),
    'za': (W('Lwazi Bongani Sifiso Themba Lungile Vusi Kagiso Tshepo Lerato Zanele'),
           W('Dlamini Mthembu Sithole Ngcobo Buthelezi Botha Pretorius Naidoo Radebe')),
    'vn': (W('Thảo Phương Huyền Trung Dũng Khánh Hương Tùng'), W('Trần Phạm Vũ Bùi Huỳnh Dương Trịnh Võ')),
    'jp': (W('Hina Yui Akari Riku Daiki Shota Misaki Naoko'), W('Nakamura Kobayashi Watanabe Fujimoto Matsumoto Inoue Kimura Shimizu')),
    'ar': (W('Nour Layla Tariq Samir Ziad Rania Fadi Bilal'), W('Haddad Khoury Bitar Darwish Farouk Hamdan Sabbagh Tannous')),
    'ng': (W('Adaeze Chiamaka Obinna Emeka Ngozi Folake Kelechi Yetunde'), W('Adeyemi Okonkwo Nnamdi Balogun Adebayo Okoro Ogunleye Chukwu')),
    'br': (W('Thaís Larissa Rafaela Matheus Vinícius Caio Otávio Luana'), W('Bittencourt Figueiredo Nogueira Magalhães Siqueira Quintela Valadares')),
    'fr': (W('Théophile Solène Clémence Anouk Maëlle Apolline Gaspard Aurélien'), W('Bonnaire Lefebvre Rousseau Chevalier Delacroix Duplessis Beaumont')),
    'de': (W('Sönke Friederike Henrike Lennart Malte Wiebke Detlef Ulrike'), W('Brandstätter Vogelsang Hoffmeister Lindemann Oberholzer Wendland Eichhorn')),
    'ru': (W('Oleg Yuri Boris Natalya Svetlana Arkady'), W('Zhukov Gromova Tarasov Belyaev Orlov Sokolova')),
    'gr': (W('Georgios Eleni Stavros Ioanna Despina Panagiotis'), W('Alexopoulos Theodoridis Papadakis Konstantinidis Mavridis Stavrou')),
    'hu': (W('Zsófia Bence Levente Réka Ákos Boglárka'), W('Horváth Tóth Farkas Balogh Takács Juhász')),
    'cz': (W('Jiří Zdeněk Vojtěch Lenka Kateřina Šárka'), W('Dvořák Novotný Procházka Kučera Pokorný Růžička')),
    'nl': (W('Joost Sander Maarten Femke Sanne Lieke'), W('Vermeulen Visser Dekker Brouwer Kuipers Verhoeven')),
    'ie': (W('Siobhán Niamh Aoife Saoirse Ciarán Oisín Pádraig Caoimhe'), W('Breathnach Mac\u00a0Cárthaigh Ó\u00a0Ceallaigh Ó\u00a0Conaill')),
    'no': (W('Vebjørn Ådne Kjersti Torunn Ragnhild Øystein'), W('Moen Lien Kristiansen Fjeld Haugen Solberg')),
    'ua': (W('Taras Bohdan Oksana Mykola Yaroslava Ostap'), W('Shevchenko Bondarenko Tkachenko Kravchenko Oliynyk Rudenko')),
    'ro': (W('Bogdana Sorina Ioana Andreea Cosmin Dorin'), W('Dumitrescu Stanciu Georgescu Munteanu Constantinescu Vasilescu')),
    'ir': (W('Darius Shirin Parisa Kourosh Niloufar Arash'), W('Tehrani Moradi Hosseini Rahimi Sadeghi Rostami')),
    'th': (W('Anucha Pranee Somchai Siriporn Kittisak Wanida'), W('Srisuk Chaiyaporn Wongsakul Rattanakorn Boonmee Kaewkla')),
    'ph': (W('Maricel Rodel Jericho Marites Arnel Dindo'), W('Dimaculangan Macaraeg Pangilinan Manalastas Tolentino Evangelista')),
    'id': (W('Budi Agus Dewi Wahyu Ratna Bambang'), W('Santoso Wijaya Hartono Nugroho Setiawan Gunawan')),
    'ke': (W('Wanjiru Achieng Njeri Wambui Akinyi Otieno'), W('Kariuki Odhiambo Mutua Kimani Wekesa Njoroge')),
    'et': (W('Abebe Tigist Dawit Selamawit Hirut Getachew'), W('Tesfaye Gebremariam Alemu Kebede Tadesse Mengistu')),
    'gh': (W('Kwame Akosua Kofi Yaw Abena Kwabena'), W('Mensah Asante Boateng Owusu Appiah Acheampong')),
    'il': (W('Maya Yael Eitan Tamar Shira Itai'), W('Katzir Mizrahi Peretz Biton Dahan Golan')),
    'mx': (W('Ximena Itzel Citlali Emiliano Joaquín Valeria'), W('Cervantes Zavala Ocampo Arellano Benítez Ibarra')),
    'cn': (W('Jiahao Xiaoling Haoran Yutong Zihan Ruoxi'), W('Zhang Zhao Huang Zhou Xu Sun')),
    'bd': (W('Shamima Farhana Tanvir Nusrat Rafiq Sadia'), W('Chowdhury Hossain Talukder Bhuiyan Mondal Khandaker')),
    'pk': (W('Zainab Hamza Ayesha Usman Mehwish Faisal'), W('Raza Siddiqui Chaudhry Mirza Abbasi Hashmi')),
    'is': (W('Kristján Guðrún Sigurður Þórdís Ólafur Hildur'), W('Guðmundsdóttir Sigurðsson Ólafsdóttir Einarsson Magnússon Þorsteinsson')),
    'mi': (W('Aroha Wiremu Anahera Rawiri Hine Tipene'), W('Ngata Parata Tawhiri Waaka Horomona Tamihana')),
    'pt': (W('Inês Leonor Duarte Gonçalo Afonso Mafalda'), W('Gonçalves Fonseca Teixeira Correia Antunes Marques')),
}
# a dev-like mix: many English names, then the countries of dev's settings, then a long tail
MIX = ([('en', 30), ('es', 5), ('in', 6), ('kr', 3), ('sg', 3), ('pl', 3), ('fi', 2), ('se', 2), ('tr', 4), ('it', 4),
        ('za', 4), ('vn', 2), ('jp', 2), ('ar', 3), ('ng', 2), ('br', 2), ('fr', 2), ('de', 2), ('ru', 1)]
       + [(c, 1.2) for c in 'gr hu cz nl ie no ua ro ir th ph id ke et gh il mx cn bd pk is mi pt'.split()])
SINGLE_FIRST = W('Zinnia Eudora Florimel Zenobia Ishmael Octavius Casimir Théophile Sönke Iines Olavi Ginés Eladio '
                 'Herminio Guido Livio Nour Kjersti Vebjørn Ådne Hina Dobrawa Pertti Sorina Bogdana Anucha Pranee Jiahao Shamima Kristján')
SINGLE_SUR = W('Hawksworth Scrimgeour Wetherell Tregarthen Staveley Birtwhistle Wainscott Kittredge Ashbury Brightwell '
               'Goodenough Ironside Thorncastle Pennefather Sleightholme Snodgrass Tiddeman Fenchurch Noakes Heppenstall')


def culture(c):
    if c in (None, 'any'):
        cs, ws = zip(*MIX)
        return R.choices(cs, ws)[0]
    if c == 'au' or c == 'uk' or c == 'us':
        return R.choices(['en', 'any'], [7, 3])[0] if True else c
    return c


def person(c, ctx):
    c = culture(c)
    if c == 'any':
        c = culture(None)
    g, s = CUL[c]
    first, last = ch(g), ch(s)
    if c == 'en':
        u = R.random()
        if u < 0.10:
            nm = '%s %s. %s' % (first, ch('ABCDEFGHJKLMNPRSTW'), last)
        elif u < 0.15:
            nm = '%s %s %s' % (first, ch(g), last)
        else:
            nm = first + ' ' + last
    elif c == 'es' and R.random() < 0.35:
        nm = '%s %s %s' % (first, last, ch([x for x in s if x != last]))
    elif c == 'kr':
        nm = ('%s %s' % (last, first)) if R.random() < 0.5 else ('%s %s' % (first, last))
    elif c == 'sg':
        nm = '%s %s' % (last, first)
    elif c == 'cn' and R.random() < 0.5:
        nm = '%s %s' % (last, first)
    elif c == 'za' and R.random() < 0.2:
        nm = '%s van %s' % (first, ch(['Wyk', 'Rensburg', 'Heerden', 'Niekerk']))
    else:
        nm = first + ' ' + last
    ctx['person'] = (first, last)
    ctx['people'].append(nm)
    return nm


# ---- places ------------------------------------------------------------------
CITIES = {
    'us': W('Tucson Boise Spokane Tulsa Wichita Fresno Lubbock Knoxville Savannah Chattanooga Duluth Missoula Bozeman '
            'Burlington Provo Reno Dayton Akron Toledo Lansing Peoria Macon Biloxi'),
    'states': ['Idaho', 'Montana', 'Kansas', 'Nebraska', 'Vermont', 'Utah', 'Nevada', 'Iowa', 'Kentucky', 'Arkansas',
               'Wisconsin', 'Minnesota', 'Maine', 'New Mexico', 'Delaware', 'Rhode Island', 'Alabama', 'Wyoming'],
    'uk': W('Norwich Exeter Swansea Carlisle Lancaster Harrogate Ipswich Truro Dundee Inverness Derby Lincoln Bangor Stirling'),
    'es': ['Zaragoza', 'Oviedo', 'Cádiz', 'Salamanca', 'Logroño', 'Pamplona', 'Córdoba', 'Santander', 'Gijón', 'Huesca', 'Cáceres', 'Tarragona'],
    'it': W('Bergamo Lecce Trieste Modena Ancona Ravenna Pescara Cagliari Trento Udine Siena Bolzano'),
    'pl': W('Lublin Rzeszów Olsztyn Opole Kielce Gdańsk Szczecin Bydgoszcz Zielona\u00a0Góra Tarnów'),
    'fi': W('Jyväskylä Lahti Vaasa Joensuu Seinäjoki Kajaani Lappeenranta Hämeenlinna Kokkola Savonlinna'),
    'se': W('Västerås Linköping Luleå Jönköping Norrköping Sundsvall Karlstad Växjö Gävle Östersund'),
    'tr': W('Bursa Trabzon Kayseri Samsun Mersin Diyarbakır Erzurum Malatya Denizli Çanakkale'),
    'kr': W('Busan Daegu Incheon Gwangju Daejeon Ulsan Suwon Jeonju'),
    'sg': ['Tampines', 'Bedok', 'Woodlands', 'Jurong West', 'Serangoon', 'Bukit Batok', 'Pasir Ris', 'Toa Payoh', 'Sengkang'],
    'in': W('Nagpur Indore Coimbatore Bhopal Surat Vadodara Mysuru Kochi Visakhapatnam Dehradun Ranchi Guwahati'),
    'za': W('Bloemfontein Kimberley Gqeberha Pietermaritzburg Rustenburg Upington Mahikeng Soweto George'),
    'au': W('Hobart Darwin Ballarat Toowoomba Bendigo Launceston Townsville Mackay Bunbury Dubbo Wagga\u00a0Wagga'),
    'ca': W('Regina Saskatoon Moncton Winnipeg Fredericton Kamloops Sudbury Lethbridge Victoria'),
    'world': ['Marrakesh', 'Tbilisi', 'Cusco', 'Hanoi', 'Porto', 'Bergen', 'Ljubljana', 'Tallinn', 'Zanzibar',
              'Montevideo', 'Kraków', 'Salzburg', 'Santiago', 'Nairobi', 'Kyoto', 'Penang', 'Cebu', 'Dubrovnik'],
    'country': ['Chile', 'Latvia', 'Uruguay', 'Estonia', 'Slovenia', 'Ghana', 'Kenya', 'Vietnam', 'Morocco', 'Georgia',
                'Jordan', 'Bolivia', 'Tunisia', 'Paraguay', 'Cyprus', 'Malta', 'Nepal', 'Mongolia'],
}
STREETS_EN = ['Juniper Hollow Lane', 'Quarry Bend Road', 'Thistledown Court', 'Larchmont Terrace', 'Foxglove Way',
              'Heronsbridge Drive', 'Old Mill Crescent', 'Sandpiper Row', 'Wickham Parade', 'Bramblegate Avenue',
              'Cobbler Street', 'Tamarind Circle']
STREETS_AU = ['Wirraway Parade', 'Kookaburra Crescent', 'Grevillea Street', 'Jacaranda Avenue', 'Waratah Close',
              'Currawong Road', 'Ironbark Way', 'Lilly Pilly Court']
STREETS_ES = ['Calle de la Almendra', 'Avenida de los Tilos', 'Calle del Olivo', 'Paseo de la Ribera', 'Calle Zurbano',
              'Calle de las Huertas', 'Plaza del Carmen']


def loc(kind):
    return ch(CITIES[kind])


def street(kind):
    if kind == 'au':
        s = '%d %s' % (R.randint(3, 2400), ch(STREETS_AU))
    elif kind == 'es':
        return '%s %d' % (ch(STREETS_ES), R.randint(1, 199))
    else:
        s = '%d %s' % (R.randint(3, 2400), ch(STREETS_EN))
    if R.random() < 0.25:
        s = '%s %d, %s' % (ch(['Apt', 'Unit', 'Suite']), R.randint(1, 60), s)
    return s


# ---- organisations -----------------------------------------------------------
ORGS = {
    'firm': ['Thornquist Logistics', 'Pellucid Analytics', 'Ashgrove Freight Co.', 'Saltmarsh Biologics', 'Oxbow Telecom',
             'Vintners Cove Imports', 'Quayside Energy', 'Basaltworks GmbH', 'Cinderpath Software', 'Plumbago Labs',
             'Nordkap Data AB', 'Cedrus Pharma', 'Tallyho Events', 'Merlion Ledger Pte Ltd', 'Hanok Soft',
             'Deccan Weave Textiles', 'Karoo Bloom Nurseries', 'Halvorsen Eiendom', 'Galleta Norte', 'Mirador Seguros',
             'quillstack', 'brightforge'],
    'hosp_uk': ['Marrowfield General Hospital', "St. Aldhelm's Infirmary", 'Quenby Vale Clinic', 'Harrowgate Lane Surgery',
                'Wyvern Park Medical Practice'],
    'hosp_us': ['Larkspur Valley Medical Center', "St. Ansgar's Hospital", 'Pinecastle Health', 'Bluewater Pediatrics'],
    'hosp_au': ['Yarrabee Private Hospital', 'Wattlebrook Medical Group', 'Coolabah Family Practice', 'Mulga Creek Day Surgery'],
    'bank': ['Fenrow Cooperative Bank', 'Banca Ardesia', 'Kestrelholm Sparbank', 'Caja Albahaca', 'Crédit Mistral',
             'Handelshaus Bank Lindau', 'Zuidkust Bank'],
    'pty': ['Kurrajong Glass Pty Ltd', 'Brindabella Tiling Pty Ltd', 'Mallee Sun Electrical Pty Ltd', 'Boab Freight Pty Ltd',
            'Billabong Ridge Joinery Pty Ltd'],
    'srl': ['Tipografia Morandi S.r.l.', 'Oleificio Sangiorgi S.r.l.', 'Ceramiche Valbruna S.r.l.', 'Studio Legale Fornasari',
            'Cantina Pietrabianca S.r.l.'],
}
DOMAINS_MAIL = ['postkite.net', 'mailorchard.com', 'letterloom.io', 'inkwharf.net', 'quillbox.eu', 'parcelwren.com',
                'hushnote.org', 'skylarkpost.com', 'tinmail.co', 'murmurbox.net', 'pigeonhole.email', 'pebblemail.net',
                'lanternbox.io', 'moorhenmail.com', 'thimblepost.net', 'ferrymail.eu', 'sorrelpost.com']
DOMAINS_WEB = ['thornquist-logistics.com', 'pellucid-analytics.com', 'ashgrovefreight.co', 'saltmarsh-bio.com',
               'oxbowtelecom.net', 'vintnerscove.com', 'quayside-energy.co.uk', 'cinderpath.dev', 'plumbago.io',
               'tallyho-events.com', 'kurrajongglass.com.au', 'tipografiamorandi.it', 'larkspur-dental.ca',
               'nordkap-data.se', 'deccanweave.in', 'karoo-bloom.co.za', 'mirador-seguros.es', 'cedrus-pharma.com']
NRPS = ['Greek', 'Kenyan', 'Sikh', 'Buddhist', 'Muslim', 'Methodist', 'Baptist', 'Orthodox', 'Vietnamese', 'Chilean',
        'Republican', 'Hungarian', 'Ghanaian', 'Mormon', 'Quaker', 'Anglican', 'Moroccan', 'Nigerian', 'Ukrainian',
        'Mexican', 'Socialist', 'Filipino', 'Presbyterian', 'Shia']

# ---- dates -------------------------------------------------------------------
MON = W('January February March April May June July August September October November December')
WD = W('Monday Tuesday Wednesday Thursday Friday Saturday Sunday')
ES_M = W('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre')
IT_M = W('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre')


def ymd(birth=False):
    y = R.randint(1941, 2004) if birth else R.randint(2019, 2026)
    return y, R.randint(1, 12), R.randint(1, 28)


def date(style, birth=False):
    y, m, d = ymd(birth)
    if style == 'en':
        style = ch(['dmy', 'iso', 'long', 'mdy', 'wd', 'abbr', 'mdys', 'dots', 'upper', 'mdat'] if not birth else
                   ['dmy', 'iso', 'long', 'mdy', 'abbr', 'mdys', 'upper'])
    if style == 'us':
        style = ch(['mdy', 'mdys', 'iso', 'abbr', 'wd', 'mdat'] if not birth else ['mdy', 'mdys', 'iso', 'abbr'])
    if style == 'uk':
        style = ch(['dmy', 'long', 'iso', 'upper'])
    h, mi = R.randint(7, 18), ch([0, 10, 15, 20, 30, 40, 45, 50])
    return {
        'dmy': lambda: '%02d/%02d/%d' % (d, m, y),
        'iso': lambda: '%d-%02d-%02d' % (y, m, d),
        'long': lambda: '%d %s %d' % (d, MON[m - 1], y),
        'mdy': lambda: '%s %d, %d' % (MON[m - 1], d, y),
        'wd': lambda: '%s, %s %d' % (ch(WD), MON[m - 1], d),
        'abbr': lambda: '%s %d, %d' % (MON[m - 1][:3], d, y),
        'mdys': lambda: ('%02d/%02d/%d' if R.random() < 0.7 else '%d/%d/%d') % (m, d, y),
        'dots': lambda: '%02d.%02d.%d' % (d, m, y),
        'dot1': lambda: ('%d.%d.%d' if R.random() < 0.5 else '%02d.%02d.%d') % (d, m, y),
        'upper': lambda: '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y),
        'mdat': lambda: '%s %d at %d:%02d %s' % (MON[m - 1], d, (h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM'),
        'isot': lambda: '%d-%02d-%02d %02d:%02d' % (y, m, d, h, mi),
        'time': lambda: '%02d:%02d' % (h, mi),
        'es': lambda: '%d de %s de %d' % (d, ES_M[m - 1], y),
        'it': lambda: '%d %s %d' % (d, IT_M[m - 1], y),
    }[style]()


# ---- contact values ------------------------------------------------------------
def asc(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd').replace('ð', 'd')
    s = s.replace('þ', 'th').replace('Þ', 'Th').replace('æ', 'ae').replace('ß', 'ss').replace('\u00a0', '')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().replace("'", '').replace(' ', '').replace('-', '')


def email(ctx, dom=None):
    dom = dom or ch(DOMAINS_MAIL + DOMAINS_WEB)
    if ctx.get('person') and R.random() < 0.65:
        f, l = map(asc, ctx['person'])
    else:
        f, l = asc(ch(CUL[culture(None)][0])), asc(ch(CUL[culture(None)][1]))
    u = R.random()
    if u < 0.4:
        h = f + '.' + l
    elif u < 0.6:
        h = f[0] + l
    elif u < 0.75:
        h = '%s_%s%d' % (f, l, R.randint(10, 99))
    elif u < 0.85:
        h = '%s%d' % (l, R.randint(100, 9999))
    else:
        h = '%s.%s+%s' % (f, l, ch(['invoices', 'hr', 'travel']))
    return h + '@' + dom


def url(ctx=None):
    d = ch(DOMAINS_WEB)
    tok = ''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10))
    path = ch(['/account/security', '/help', '/claims/%d' % R.randint(10000, 99999), '/recover?key=' + tok,
               '/jobs', '/shipments/%d/status' % R.randint(100000, 999999), '/p/' + tok[:7], '', '/signin',
               '/billing/statements/%d' % R.randint(1000, 99999)])
    sub = ch(['', 'www.', 'portal.', 'my.', 'help.'])
    sch = ch(['https://', 'https://', 'https://', 'http://', ''])
    if sch == '' and not path:
        path = '/signin'
    return sch + sub + d + path


def d_(n):
    return K.rd(n, R)


def phone(cc):
    if cc == 'any':
        cc = ch(['us', 'us', 'us', 'uk', 'de', 'it', 'in', 'au', 'sg', 'tr', 'se', 'fi', 'br', 'ng', 'mx', 'fr', 'jp', 'za', 'kr', 'es', 'pl'])
    a = str(R.randint(201, 989))
    f = {
        'us': lambda: ch(['%s-%s-%s', '(%s) %s-%s', '+1 (%s) %s-%s', '+1-%s-%s-%s', '+1 %s %s %s', '%s.%s.%s', '%s %s %s']) % (a, str(R.randint(201, 989)), d_(4)),
        'uk': lambda: ch(['+44 7%s %s' % (d_(3), d_(6)), '07%s %s' % (d_(3), d_(6)), '+44 (0)20 %s %s' % (d_(4), d_(4))]),
        'de': lambda: '+49 %s %s' % (ch(['30', '89', '40', '151']), d_(8)),
        'it': lambda: '+39 3%s %s %s' % (d_(2), d_(3), d_(4)),
        'in': lambda: '+91 %s %s' % (ch('6789') + d_(4), d_(5)),
        'au': lambda: ch(['+61 4%s %s %s' % (d_(2), d_(3), d_(3)), '04%s %s %s' % (d_(2), d_(3), d_(3)), '(0%s) %s %s' % (ch('2378'), d_(4), d_(4))]),
        'sg': lambda: '+65 %s %s' % (ch('89') + d_(3), d_(4)),
        'tr': lambda: '+90 5%s %s %s %s' % (d_(2), d_(3), d_(2), d_(2)),
        'se': lambda: '+46 7%s-%s %s %s' % (ch('0236'), d_(3), d_(2), d_(2)),
        'fi': lambda: '+358 4%s %s %s' % (d_(1), d_(3), d_(4)),
        'br': lambda: '+55 11 9%s-%s' % (d_(4), d_(4)),
        'ng': lambda: '+234 80%s %s %s' % (d_(1), d_(3), d_(4)),
        'mx': lambda: '+52 33 %s %s' % (d_(4), d_(4)),
        'fr': lambda: '+33 %s %s %s %s %s' % (ch('1234567'), d_(2), d_(2), d_(2), d_(2)),
        'jp': lambda: '+81 80-%s-%s' % (d_(4), d_(4)),
        'za': lambda: ch(['0%s %s %s' % (ch(['72', '83', '61', '79']), d_(3), d_(4)), '+27 %s %s %s' % (ch(['11', '31', '12']), d_(3), d_(4))]),
        'kr': lambda: ch(['+82 10-%s-%s' % (d_(4), d_(4)), '010-%s-%s' % (d_(4), d_(4)), '+82 51-%s-%s' % (d_(3), d_(4))]),
        'es': lambda: ch(['+34 6%s %s %s' % (d_(2), d_(3), d_(3)), '+34 93 %s %s %s' % (d_(3), d_(2), d_(2)), '6%s %s %s' % (d_(2), d_(3), d_(3))]),
        'pl': lambda: ch(['+48 5%s-%s-%s' % (d_(2), d_(3), d_(3)), '+48 12 %s %s %s' % (d_(3), d_(2), d_(2)), '+48 7%s %s %s' % (d_(2), d_(3), d_(3))]),
    }[cc]
    return f()


def ip(kind='any'):
    if kind == 'any':
        kind = R.choices(['pub', 'priv', 'v6', 'v6c', 'map', 'll'], [10, 6, 2, 2, 1, 1])[0]
    if kind == 'pub':
        return '%d.%d.%d.%d' % (ch([R.randint(11, 99), R.randint(100, 223)]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == 'priv':
        return ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                   '192.168.%d.%d' % (R.randint(0, 255), R.randint(2, 254)),
                   '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    h = lambda: '%x' % R.randint(1, 0xffff)
    if kind == 'v6':
        return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if kind == 'v6c':
        return '%s:%s:%s::%s' % (ch(['2a01', '2600', '2406', '2001:db8']), h(), h(), h())
    if kind == 'map':
        return '::ffff:' + ip('pub')
    return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())


def mac():
    b = ['%02x' % R.randint(0, 255) for _ in range(6)]
    k = R.random()
    if k < 0.35:
        return ':'.join(b).upper()
    if k < 0.6:
        return ':'.join(b)
    if k < 0.9:
        return '-'.join(b).upper()
    s = ''.join(b)
    return '%s.%s.%s' % (s[:4], s[4:8], s[8:])


def card():
    kind = R.choices(['visa', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'], [8, 6, 1, 2, 2, 1, 1])[0]
    n = K.card(R, kind)
    k = R.random()
    if len(n) == 15:
        return n[:4] + ' ' + n[4:10] + ' ' + n[10:] if k < 0.7 else n
    if len(n) == 14:
        return n
    if k < 0.5:
        return K.group(n, 4)
    if k < 0.7:
        return K.group(n, 4, '-')
    return n


def iban(ccs=None):
    cc = ch(ccs or ['DE', 'DE', 'FR', 'ES', 'BE', 'GB', 'NL', 'PL', 'IT', 'AT', 'PT'])
    v = K.iban(R, cc)
    return K.group(v, 4) if R.random() < 0.5 else v


def crypto():
    return K.btc(R, R.choices(['p2pkh', 'p2sh', 'wpkh', 'tr'], [4, 2, 5, 2])[0])


def sep3(a, b, c, seps=('-', '-', '-', ' ', '')):
    s = ch(seps)
    return a + s + b + s + c


def ssn():
    return sep3(*K.ssn(R), seps=('-', '-', '-', '-', ' ', ''))


def itin():
    return sep3(*K.itin(R), seps=('-', '-', '-', ' ', ''))


def usbank():
    return d_(R.choice([8, 9, 10, 11, 12, 13, 14, 17]))


def usdl():
    k = R.randint(0, 5)
    U = 'ABCDEFGHJKLMNPRSTWY'
    if k == 0:
        return ch(U) + d_(7)
    if k == 1:
        return ch(U) + d_(12)
    if k == 2:
        return d_(9)
    if k == 3:
        return '%s%s-%s-%s' % (ch(U), d_(3), d_(4), d_(4))
    if k == 4:
        last = asc(ch(CUL['en'][1])).upper()[:5].ljust(5, '*')
        return last + ch(U) + ch(U) + d_(3) + ch(U) + ch(U)
    return d_(8)


def uspass():
    return d_(9) if R.random() < 0.6 else ch('ACEHKMNPRWXZ') + d_(8)


def nhs():
    v = K.nhs(R)
    k = R.random()
    return '%s %s %s' % (v[:3], v[3:6], v[6:]) if k < 0.6 else (v if k < 0.85 else '%s-%s-%s' % (v[:3], v[3:6], v[6:]))


def nino():
    A = 'ABCEGHJKLMNPRSTWXYZ'
    B = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = ch(A) + ch(B)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ') and p[1] != 'O':
            break
    d = d_(6)
    s = ch('ABCD')
    return '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s) if R.random() < 0.55 else p + d + s


def g3(v, p=0.7):
    return K.group(v, 3) if R.random() < p else v


def abn():
    v = K.abn(R)
    return '%s %s %s %s' % (v[:2], v[2:5], v[5:8], v[8:]) if R.random() < 0.7 else v


def medicare():
    v = K.medicare(R)
    return '%s %s %s' % (v[:4], v[4:9], v[9]) if R.random() < 0.8 else v


def sin():
    v = K.sin(R)
    return sep3(v[:3], v[3:6], v[6:], seps=(' ', ' ', '-', ''))


def nif():
    v = K.nif(R)
    return v[:8] + '-' + v[8] if R.random() < 0.25 else v


def nie():
    v = K.nie(R)
    return v[:8] + '-' + v[8] if R.random() < 0.25 else v


def aadhaar():
    v = K.aadhaar(R)
    k = R.random()
    return K.group(v, 4) if k < 0.65 else (v if k < 0.9 else K.group(v, 4, '-'))


def voter():
    U = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    return ch(U) + ch(U) + ch(U) + d_(7)


def inpass():
    return ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + d_(6)


def rrn():
    v = K.kr_rrn(R)
    return v[:6] + '-' + v[6:] if R.random() < 0.85 else v


def pnr():
    return K.se_pnr(R, long=R.random() < 0.35, sep='-')


def mbi():
    return K.mbi(R, dash=R.random() < 0.6)


def tfn():
    return g3(K.tfn(R), 0.8)


def acn():
    return g3(K.acn(R), 0.7)


GEN = {
    'name': lambda a, c: ('PERSON', person(a or 'any', c)),
    'first': lambda a, c: ('PERSON', ch(SINGLE_FIRST)),
    'sur': lambda a, c: ('PERSON', ch(SINGLE_SUR)),
    'loc': lambda a, c: ('LOCATION', loc(a)),
    'street': lambda a, c: ('LOCATION', street(a)),
    'org': lambda a, c: ('ORGANIZATION', ch(ORGS[a])),
    'nrp': lambda a, c: ('NRP', ch(NRPS)),
    'date': lambda a, c: ('DATE_TIME', date(a or 'en')),
    'dob': lambda a, c: ('DATE_TIME', date(a or 'en', birth=True)),
    'email': lambda a, c: ('EMAIL_ADDRESS', email(c)),
    'phone': lambda a, c: ('PHONE_NUMBER', phone(a or 'any')),
    'url': lambda a, c: ('URL', url()),
    'ip': lambda a, c: ('IP_ADDRESS', ip(a or 'any')),
    'mac': lambda a, c: ('MAC_ADDRESS', mac()),
    'card': lambda a, c: ('CREDIT_CARD', card()),
    'iban': lambda a, c: ('IBAN_CODE', iban()),
    'crypto': lambda a, c: ('CRYPTO', crypto()),
    'ssn': lambda a, c: ('US_SSN', ssn()),
    'itin': lambda a, c: ('US_ITIN', itin()),
    'bank': lambda a, c: ('US_BANK_NUMBER', usbank()),
    'usdl': lambda a, c: ('US_DRIVER_LICENSE', usdl()),
    'mbi': lambda a, c: ('US_MBI', mbi()),
    'npi': lambda a, c: ('US_NPI', K.npi(R)),
    'uspass': lambda a, c: ('US_PASSPORT', uspass()),
    'dea': lambda a, c: ('MEDICAL_LICENSE', K.dea(R)),
    'nhs': lambda a, c: ('UK_NHS', nhs()),
    'nino': lambda a, c: ('UK_NINO', nino()),
    'tfn': lambda a, c: ('AU_TFN', tfn()),
    'abn': lambda a, c: ('AU_ABN', abn()),
    'acn': lambda a, c: ('AU_ACN', acn()),
    'medicare': lambda a, c: ('AU_MEDICARE', medicare()),
    'sin': lambda a, c: ('CA_SIN', sin()),
    'nie': lambda a, c: ('ES_NIE', nie()),
    'nif': lambda a, c: ('ES_NIF', nif()),
    'hetu': lambda a, c: ('FI_PERSONAL_IDENTITY_CODE', K.hetu(R)),
    'aadhaar': lambda a, c: ('IN_AADHAAR', aadhaar()),
    'pan': lambda a, c: ('IN_PAN', K.pan(R)),
    'inpass': lambda a, c: ('IN_PASSPORT', inpass()),
    'voter': lambda a, c: ('IN_VOTER', voter()),
    'cf': lambda a, c: ('IT_FISCAL_CODE', K.cf(R)),
    'piva': lambda a, c: ('IT_VAT_CODE', K.piva(R)),
    'rrn': lambda a, c: ('KR_RRN', rrn()),
    'pesel': lambda a, c: ('PL_PESEL', K.pesel(R)),
    'pnr': lambda a, c: ('SE_PERSONNUMMER', pnr()),
    'nric': lambda a, c: ('SG_NRIC_FIN', K.nric(R)),
    'trid': lambda a, c: ('TR_NATIONAL_ID', K.tr_id(R)),
    'zaid': lambda a, c: ('ZA_ID_NUMBER', K.za_id(R)),
}


# ---- look-alikes (never labelled) -------------------------------------------------
def bad_card():
    v = K.card(R, ch(['visa', 'mc', 'disc']))
    v = v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
    assert not K.luhn_ok(v)
    return K.group(v, 4) if R.random() < 0.6 else v


def bad_iban():
    cc = ch(['DE', 'FR', 'GB', 'ES', 'NL', 'BE', 'IT'])
    v = K.iban(R, cc)
    v = v[:2] + '%02d' % ((int(v[2:4]) + R.randint(1, 40)) % 97 + 2) + v[4:]
    s = v[4:] + v[:4]
    assert int(''.join(str(int(c, 36)) for c in s)) % 97 != 1
    return K.group(v, 4) if R.random() < 0.6 else v


def tfn_ok(d):
    return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def acn_ok(d):
    s = sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1]))
    return (10 - s % 10) % 10 == int(d[8])


def nhs_ok(d):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def bad_serial(n):
    while True:
        v = str(R.randint(1, 9)) + d_(n - 1)
        if n == 9 and (tfn_ok(v) or acn_ok(v) or K.luhn_ok(v)):
            continue
        if n == 10 and (nhs_ok(v) or K.luhn_ok(v)):
            continue
        if n == 12 and K.verhoeff_ok(v):
            continue
        if n in (11, 13, 14, 15, 16) and K.luhn_ok(v):
            continue
        return v


def bad_b58():
    while True:
        v = K.btc(R, ch(['p2pkh', 'p2sh']))
        i = R.randint(5, len(v) - 3)
        c = ch([x for x in K.B58 if x != v[i]])
        w = v[:i] + c + v[i + 1:]
        n = 0
        for x in w:
            n = n * 58 + K.B58.index(x)
        raw = n.to_bytes(25, 'big')
        if hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] != raw[21:]:
            return w


def hexs(n):
    return ''.join(ch('0123456789abcdef') for _ in range(n))


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:])


def ver():
    k = R.random()
    if k < 0.3:
        return 'v%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))
    if k < 0.5:
        return '%d.%d.%d-rc%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40), R.randint(1, 5))
    if k < 0.7:
        return '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 40), R.randint(10, 9999))
    return '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40))


def order():
    return ch(['ORD-%s' % d_(8), 'SO%s' % d_(7), '#%s' % d_(10), 'PO-%s-%s' % (d_(4), d_(3)), 'A-%s' % d_(6)])


def invoice():
    return ch(['INV-%s' % d_(5), 'INV/%s/%s' % (ch(['KQ', 'RT', 'MX', 'ZB']), d_(6)), 'FAC-%s-%s' % (d_(4), d_(4)), 'BILL-%s' % d_(6)])


def amount():
    return ch(['$%s,%s.%s' % (R.randint(1, 99), d_(3), d_(2)), '€%d.%s,%s' % (R.randint(1, 9), d_(3), d_(2)),
               '£%d.%s' % (R.randint(10, 999), d_(2)), '₹%d,%s' % (R.randint(1, 99), d_(3)), 'CHF %d.%s' % (R.randint(10, 9999), d_(2)),
               'USD %d.%s' % (R.randint(10, 9999), d_(2))])


def logts():
    y, m, d = ymd()
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, h, mi, s, R.randint(0, 999)),
               '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, h, mi, s, R.randint(0, 999)),
               '%s %2d %02d:%02d:%02d' % (MON[m - 1][:3], d, h, mi, s),
               '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d, MON[m - 1][:3], y, h, mi, s)])


def sku():
    return ch(['%s-%s-%s-%s' % (str(R.randint(201, 989)), d_(3), d_(4), ch(['BK', 'WH', 'XL', 'GR', 'RD'])),
               'SKU-%s-%s-%s' % (d_(4), d_(4), d_(2)), 'P/N %s-%s-%s' % (d_(3), d_(4), d_(2)), 'MDL %s%s' % (ch(['QX', 'TR', 'HB']), d_(4))])


FILES = W('handlers.go app.py settings.toml Makefile main.c schema.sql package.json worker.ts conftest.py Cargo.toml '
          'pipeline.yml notebook.ipynb loader.rs Gemfile CHANGELOG.md setup.cfg')
UNL = {
    'ver': ver, 'order': order, 'invoice': invoice, 'amount': amount, 'uuid': uuid, 'sha': lambda: hexs(40),
    'sha256': lambda: hexs(64), 'short': lambda: hexs(7), 'logts': logts, 'sku': sku,
    'badcard': bad_card, 'badiban': bad_iban, 'b58': bad_b58, 'file': lambda: ch(FILES),
    's9': lambda: bad_serial(9), 's10': lambda: bad_serial(10), 's12': lambda: bad_serial(12),
    'n': lambda: str(R.randint(2, 999)), 'port': lambda: ch(['22', '443', '5432', '6379', '8080', '9092', '27017']),
    'hex': lambda: '#' + hexs(6), 'case': lambda: '%s-%s' % (d_(5), d_(4)), 'code': lambda: ch(['A3', 'B5', 'H2', 'X11', 'C6', 'Q9']),
    'err': lambda: 'E%s' % d_(5), 'pct': lambda: '%d.%d%%' % (R.randint(1, 99), R.randint(0, 9)),
    'ref': lambda: ch(['EMP-%s' % d_(5), 'HR%s' % d_(6), 'PAY/%s' % d_(5)]),
    'promo': lambda: ch(['AUTUMN', 'WELCOME', 'FLASH', 'CYBER']) + d_(2), 'track': lambda: '1Z%s%s%s' % (ch('ABCDEFGHJK'), ch('ABCDEFGHJK'), d_(14)),
}

# ---- template families ---------------------------------------------------------
# Each entry: (number of prompts, [templates]); «gen:arg» slots are labelled values, «=gen» look-alikes.
F = []


def fam(n, *ts):
    F.append((n, list(ts)))


# billing, payments, cards
fam(8, "The transfer into «iban» for «org:firm» bounced at validation, so please charge the fallback card «card» instead.",
    "«org:firm» says «iban» was rejected as malformed. Could you switch the payment over to card «card»?",
    "Payment run: beneficiary «org:firm», account «iban» failed the bank check; retry on card «card».")
fam(7, "Outgoing SEPA payment bounced. Payee: «name», account «iban», our ref «=invoice». What's the likely cause?",
    "Why would a transfer to «iban» (account holder «name») come back unpaid? Reference «=invoice».")
fam(6, "Hello, «name» here. You billed my card «card» two times on «date:isot». Call me back on «phone:us».",
    "This is «name»: card ending in the number «card» shows a duplicate charge dated «date:en». My number is «phone:any».")
fam(6, "Help me answer «name» kindly. They wrote from «loc:us» and quoted card «card» in the complaint.",
    "write a friendly response to «name» in «loc:us», who says card «card» was declined twice")
fam(5, "Stop the recurring plan billed to «card» and send the «=amount» back to that card. Order ref «=order».",
    "please refund «=amount» to card «card» and cancel the membership; order «=order»")
fam(7, "A client, «name» (RRN «rrn»), disputes two identical charges on card «card».",
    "Double billing complaint: resident registration no. «rrn», cardholder «name», card «card».")
fam(6, '{"order": "«=order»", "state": "chargeback", "buyer": {"phone": "«phone:any»", "card_number": "«card»", "full_name": "«name»", "mail": "«email»"}}',
    'dispute:\n  id: «=order»\n  customer: «name»\n  contact_email: «email»\n  tel: «phone:any»\n  pan: «card»')
fam(8, "Bounced direct debit on checking account «bank» — customer «name», reachable at «email».",
    "«name» («email») reports that the DD from account no. «bank» was returned again.",
    "Account «bank» held by «name» failed its direct debit; reply to «email».")
fam(8, 'iban,holder,bank\n«iban»,«name»,«org:bank»\n«iban»,«name»,',
    '{"payees": [{"owner": "«name»", "institution": "«org:bank»", "iban": "«iban»"}, {"owner": "«name»", "iban": "«iban»"}]}')
# crypto
fam(6, "Please refund me to «crypto» and not to the wallet I used before.",
    "For the refund, use my BTC wallet «crypto». The previous one is closed.")
fam(6, "0.12 BTC went out to «crypto» an hour ago and still isn't showing up. Transaction id «=sha256».",
    "My withdrawal to «crypto» is stuck; txid «=sha256». Any idea?")
fam(6, "Pay the «=amount» reward to either «crypto» or «crypto».",
    "Bug bounty payout («=amount»): send it to «crypto», or to «crypto» if that fails.")
fam(5, "Is «url» legit? The page wanted my card «card» plus my e-mail «email».",
    "Got a text linking to «url} asking for card «card» and email «email» — scam?".replace('}', '»'))
# HR / payroll
fam(7, "Personnel memo: «name» begins «date:us» in the «loc:us» office. SSN «ssn», payroll account «bank».",
    "Set up «name» (SSN «ssn») — start date «date:us», base «loc:us», salary paid into account «bank».")
fam(7, "Payroll: «name» shared NI number «nino»; staff ref «=ref».",
    "Why is the payslip wrong for «name»? NINO «nino», internal id «=ref».")
fam(7, "Starter form for «name» — NI no. «nino», start date «date:uk».",
    "«name» joins us on «date:uk»; National Insurance «nino».")
fam(7, "HR Singapore: «name:sg» (NRIC «nric») commenced employment «date:en».",
    "Add «name:sg» to payroll, NRIC «nric», effective «date:en».")
fam(8, "New starter «name:au» — TFN «tfn», postal address «street:au», «loc:au». Super fund TBC.",
    "Please set up «name:au» in payroll: lives at «street:au», «loc:au»; tax file number «tfn».")
fam(7, "We have a new hire, «name», in «loc:ca». SIN «sin».",
    "Onboarding for the «loc:ca» team: «name», social insurance no. «sin».")
fam(8, "Note to support: «name»'s social insurance number «sin» must not go out by email; point them to «url».",
    "«name» keeps asking if SIN «sin} is safe to share; link them to «url» instead.".replace('}', '»'))
fam(7, "Escalated call: the person quoted SSN «ssn» and birth date «dob:us», yet our record says «name».",
    "Identity mismatch — account holder «name», but the caller gave DOB «dob:us» and SSN «ssn».")
fam(7, "Filing question: ITIN «itin» for «name»; the spouse's SSN is «ssn».",
    "«name» files with ITIN «itin} and their spouse uses SSN «ssn».".replace('}', '»'))
fam(7, "«name» has an ITIN («itin») and now the spouse needs one. Correspondence address: «street:us», «loc:us».",
    "ITIN renewal for «name», number «itin}; send letters to «street:us», «loc:us».".replace('}', '»'))
fam(6, '{"id": «=n», "person": {"name": "«name»", "birth_date": "«dob:iso»", "ssn": "«ssn»"}, "home_city": "«loc:us»"}',
    'employee:\n  display_name: «name»\n  ssn: "«ssn»"\n  dob: «dob:iso»\n  city: «loc:us»')
fam(5, "Review summary: «name» («nrp», working from «loc:world») beat all goals at «org:firm» this year.",
    "Draft feedback for «name», a «nrp} engineer in «loc:world}, for the «org:firm» annual review.".replace('}', '»'))
fam(5, "Translate into French: «name» is «nrp», lives in «loc:world» and is employed by «org:firm».",
    "please translate to german: «name», a «nrp» resident of «loc:world», works at «org:firm».")
# AU
fam(8, "BAS lodgement: «org:pty» (ABN «abn») and its sole director «name:au», TFN «tfn».",
    "Accountant note — TFN «tfn» belongs to «name:au»; the trading entity «org:pty» has ABN «abn».")
fam(7, "«name:au» bills us via «org:pty}: ABN «abn», ACN «acn».".replace('}', '»'),
    "Supplier setup: «org:pty», ACN «acn», ABN «abn», contact «name:au».")
fam(8, "Check that Medicare no. «medicare» and the clinic's ACN «acn» match the records held by «org:hosp_au».",
    "«org:hosp_au» sent over Medicare «medicare» with company number (ACN) «acn» — please validate.")
fam(7, "«name:au» (Medicare «medicare») is booked at «org:hosp_au» on «date:en».",
    "Booking at «org:hosp_au}: «date:en} for Medicare card holder «name:au}, card «medicare».".replace('}', '»'))
# UK clinical
fam(7, "Urgent referral: «name:uk», NHS «nhs», please book with «org:hosp_uk».",
    "«org:hosp_uk» needs the referral for NHS number «nhs» («name:uk») today.")
fam(7, "New registration at the «loc:uk» surgery: «name:uk», born «dob:uk», NHS «nhs».",
    "GP registration form — name «name:uk»; date of birth «dob:uk»; NHS no «nhs»; town «loc:uk».")
fam(4, "Write a short handover: «name», «nrp», 61, brought into «org:hosp_us» on «date:en» with breathlessness. Son's phone «phone:any».",
    "Discharge note for «name» («nrp») from «org:hosp_us}, admitted «date:en}; next of kin on «phone:any».".replace('}', '»'))
# US medical
fam(7, "Refill request: NPI «npi» for the prescriber, patient contact «email», next fill «date:us».",
    "Prescriber «npi} (NPI); patient reachable at «email}; refill on «date:us}.".replace('}', '»'))
fam(7, "Member «name» has MBI «mbi» flagged inactive; plan hotline «phone:us».",
    "Why does Medicare ID «mbi» show terminated for «name»? They were told to ring «phone:us».")
fam(7, "Claim: patient «name», MBI «mbi», billing NPI «npi», service date «date:en».",
    "Service on «date:en» for «name} (MBI «mbi}); provider NPI «npi}.".replace('}', '»'))
fam(5, "Is DEA «dea» valid for a prescriber in «loc:states»?",
    "check dea number «dea}, prescriber based in «loc:states}".replace('}', '»'))
fam(5, "Dr. «sur» asked that DEA «dea» appear on every script.",
    "Please add DEA «dea» under Dr. «sur}'s signature.".replace('}', '»'))
fam(5, "Prescription from Dr. «name» (DEA «dea») for «name», phone «phone:us».",
    "Patient «name}, tel «phone:us}; prescriber Dr. «name}, DEA «dea}.".replace('}', '»'))
# US ID / travel
fam(7, "Reserve a seat for «name» (passport «uspass») on the «date:en» flight to «loc:world».",
    "Travel desk: «name» flies to «loc:world» on «date:en», US passport «uspass».")
fam(7, "Passport «uspass» for «name» is up for renewal; DOB «dob:en».",
    "«name} (born «dob:en}) needs a new passport, current no. «uspass}.".replace('}', '»'))
fam(7, "Verify this licence: «usdl», holder «name», address «street:us», «loc:us», «loc:states».",
    "ID check — «name}, «street:us}, «loc:us}, «loc:states}; driver licence «usdl}.".replace('}', '»'))
fam(7, "Fill the car hire form with my licence «usdl», issued by «loc:states».",
    "I hold a «loc:states» driving licence, number «usdl». Please complete the rental booking.")
fam(5, "Address check for «name»: «street:us», «loc:us», «loc:country». Meal preference: «nrp».",
    "residence proof — «name», «street:us», «loc:us», «loc:country»; diet card says «nrp»")
# IN
fam(8, 'kyc_record:\n  holder: «name:in»\n  pan_no: «pan»\n  uid: «aadhaar»\n  epic: «voter»\n  passport_no: «inpass»',
    '{"applicant": {"passport": "«inpass»", "epic_no": "«voter»", "full_name": "«name:in»", "pan": "«pan»", "aadhaar_no": "«aadhaar»"}}')
fam(7, "Payroll onboarding — «name:in» gave PAN «pan» and Aadhaar «aadhaar», posting: «loc:in».",
    "«name:in» from our «loc:in» branch uploaded aadhaar «aadhaar» with PAN «pan».")
fam(7, "Confirm passport «inpass» and EPIC «voter» for «name:in».",
    "«name:in} submitted voter ID «voter} and Indian passport «inpass}.".replace('}', '»'))
# ZA
fam(7, "Candidate «name:za», SA ID «zaid», lives in «loc:za».",
    "«name:za» (ID no. «zaid») is based in «loc:za» for now.")
fam(7, "SA identity number «zaid» belongs to «name:za}; cell «phone:za}.".replace('}', '»'),
    "Contact «name:za» on «phone:za»; ID number «zaid».")
# SG
fam(8, "ACRA update: «name:sg», FIN «nric», is now a director; the registered address is in «loc:sg».",
    "Board minutes list «name:sg» (NRIC «nric») as director, office at «loc:sg».")
# KR
fam(8, "Relocation form for «name:kr» to the Seoul office: RRN «rrn», cell «phone:kr».",
    "«name:kr» 님 전출 신청 — 주민등록번호 «rrn», 연락처 «phone:kr».")
# ES
fam(8, "A nombre de «name:es}: NIE «nie}, NIF «nif}, móvil «phone:es}.".replace('}', '»'),
    "Contacto «name:es» (tel. «phone:es») aporta NIF «nif» y NIE «nie».")
fam(7, "Para nóminas: «name:es», con NIE «nie», empezó en «loc:es» el «date:es».",
    "Alta laboral de «name:es» en la oficina de «loc:es» desde el «date:es»; NIE «nie}.".replace('}', '»'))
fam(7, "Titular: «name:es», NIF «nif», con domicilio en «street:es», «loc:es».",
    "Empadronamiento de «name:es}: «street:es}, «loc:es}; NIF «nif}.".replace('}', '»'))
# IT
fam(8, "Verifica per favore il codice fiscale «cf» e la partita IVA «piva» prima della fattura.",
    "Nel modulo ci sono CF «cf» e P. IVA «piva»: sono validi?")
fam(7, "Nuovo fornitore: «org:srl», P.IVA «piva», contatto «name:it», e-mail «email».",
    "Anagrafica: referente «name:it» («email») per «org:srl», partita IVA «piva».")
fam(7, "Scheda personale di «name:it}: codice fiscale «cf}, nata a «loc:it} il «date:it}.".replace('}', '»'),
    "Assunzione — «name:it», nato il «date:it» a «loc:it», CF «cf».")
# PL
fam(8, "Zgłoszenie kandydata «name:pl», numer PESEL «pesel», kontakt «phone:pl». Proszę sprawdzić dane.",
    "Rekrutacja: «name:pl} (PESEL «pesel}) prosi o telefon pod numer «phone:pl}.".replace('}', '»'))
fam(7, "Dane klienta — «name:pl», PESEL «pesel», miasto: «loc:pl».",
    "Właściciel numeru PESEL «pesel» to «name:pl», zamieszkały w «loc:pl».")
# FI
fam(8, "Verotoimisto: «name:fi», henkilötunnus «hetu», kotikunta «loc:fi».",
    "Asiakas «name:fi» («hetu») muutti paikkakunnalle «loc:fi».")
fam(7, "Uusi työntekijä «name:fi} («hetu}) aloittaa «date:dot1}.".replace('}', '»'),
    "Työsopimus: «name:fi», hetu «hetu», alkaen «date:dot1».")
# SE
fam(8, "Sökande «name:se», personnummer «pnr», bosatt i «loc:se».",
    "Applicant «name:se» (personnummer «pnr») is relocating from «loc:se».")
fam(7, "Kontakt: «name:se», e-postadress «email», personnr «pnr».",
    "Personnumret «pnr» hör till «name:se}; mejl «email}.".replace('}', '»'))
# TR
fam(8, "«name:tr» adlı hastanın T.C. kimlik numarası «trid», muayene tarihi «date:dots».",
    "Randevu talebi: «name:tr», TCKN «trid», tarih «date:dots».")
fam(7, "Davet mektubu: «name:tr}, kimlik no «trid}, «loc:tr} çıkışlı seyahat.".replace('}', '»'),
    "Invitation letter for «name:tr» (TC kimlik «trid»), departing «loc:tr».")
# devices, code, logs
fam(8, "DHCP server logs show «mac» grabbing «ip» repeatedly; firmware is «=ver».",
    "Why is «mac» assigned «ip» after every reboot? Running build «=ver».")
fam(7, 'asset:\n  hw_addr: «mac»\n  last_ip: «ip»\n  assigned_to: «email»\n  fw: «=ver»',
    '{"node": {"owner_email": "«email»", "ipv4": "«ip»", "hwaddr": "«mac»"}, "fw": "«=ver»"}')
fam(5, "The callback hits «url» sending X-Account: «email»; it broke after commit «=sha».",
    "Since «=short} our hook to «url} fails. Header user=«email}.".replace('}', '»'))
fam(5, "Correct this config:\nmail:\n  login: «email»\n  server: «ip»\n  port: «=port»\nhomepage: «url»",
    "What's wrong here?\n[smtp]\nsender = «email»\naddr = «ip»\n[web]\nbase = «url»")
fam(4, 'Why 401? curl «url» -H \'Content-Type: application/json\' -d \'{"user":"«email»","client_ip":"«ip»"}\' (trace «=uuid»)',
    "http POST «url» email=«email» src=«ip» -> 403, trace «=uuid»")
fam(2, "nginx denies «ip» even though I have `allow «ip»;` before `deny all;`. Version «=ver».",
    "iptables drops «ip}; rule says ACCEPT from «ip}.".replace('}', '»'))
fam(2, 'This crashes:\n```js\nconst OWNER = "«email»";\nconst REDIS = "«ip»";\nnotify(OWNER);\n```\nin «=file».',
    'Debug this:\n```go\nadmin := "«email»"\nhost := "«ip»"\nmail.Send(admin)\n```')
fam(2, "save these for later: mail «email», mobile «phone:any», ip «ip»",
    "Keep my profile: «email} / «phone:any} / «ip}".replace('}', '»'))
fam(2, "Here are the logs:\n«=logts» ERROR auth rejected user=«email» src=«ip»\n«=logts» INFO backoff 30s",
    "«=logts» WARN bad password for «email» ip=«ip»\n«=logts» DEBUG session pool «=pct»")
fam(2, "Generate pytest cases from: «email», «phone:any», «ip».",
    "fixtures for the validator: «ip}; «email}; «phone:any}".replace('}', '»'))
fam(2, "«org:firm» wants «ip» and «ip» allow-listed by «date:en».",
    "Firewall ticket: open «ip} and «ip} for «org:firm} before «date:en}.".replace('}', '»'))
fam(2, "Who committed as «name» <«email»> in «=short»?",
    "git blame says «name» <«email»> wrote this line (commit «=short»).")
# CRM / chat
fam(5, "New CRM contact «name}: «email}, «phone:any}, site «url}.".replace('}', '»'),
    "Create a lead: «name», phone «phone:any», mail «email», page «url».")
fam(2, "it's «first» — ping me on «phone:any» once you've landed",
    "«first» here, message «phone:any» when you're free")
fam(2, "Fwd from «name» <«email»>: 'ring «phone:any» after «date:time»'",
    "Message relayed by «name» («email»): call «phone:any» at «date:time».")
fam(2, "Make this polite: hey «first», «org:firm} folks in «loc:world} need the slides by «date:en}".replace('}', '»'),
    "rephrase professionally: «first», «org:firm» in «loc:world» want the report before «date:en»")

# PII-free look-alikes
NEG = [
    (4, ["Invoice «=invoice» («=amount») is past due; purchase order «=order».", "Reminder: «=invoice» for «=amount} is 30 days late, PO «=order}.".replace('}', '»')]),
    (4, ["After moving from «=ver» to «=ver» the leak in «=file» went away.", "Bumping «=ver» -> «=ver» fixed the crash in «=file»."]),
    (4, ["IBAN «=badiban» fails the checksum, can you re-check the digits?", "Our bank rejects «=badiban» as invalid. Typo?"]),
    (4, ["«=sku» supersedes «=sku» on the «=code» board.", "Replace part «=sku» with «=sku» in kit «=code»."]),
    (4, ["Voucher «=b58» no longer works — please issue another.", "Gift code «=b58» shows as expired."]),
    (4, ["What does `UPDATE invoices SET paid = 1 WHERE id = «=n»` do?", "explain `DELETE FROM sessions WHERE age > «=n»`"]),
    (4, ["Error «=err» thrown at line «=n» in «=file».", "«=file» fails with «=err» on line «=n»."]),
    (4, ["Release digest «=sha256», built from commit «=sha».", "Image hash «=sha256}, source rev «=sha}.".replace('}', '»')]),
    (4, ["Shipment «=order» left the depot, tracking «=track}. Charged «=amount}.".replace('}', '»'), "Parcel for order «=order» (tracking «=track») billed at «=amount»."]),
    (4, ["Pod «=uuid» crash-looped «=n» times, exit 137.", "Job «=uuid» was OOM-killed after «=n» restarts."]),
    (4, ["«=logts» INFO worker-7 flushed queue «=order» in «=n»ms\n«=logts» DEBUG hit ratio «=pct»", "«=logts» WARN retrying batch «=order»\n«=logts» INFO done"]),
    (4, ["Call «=uuid» timed out after «=n} ms on port «=port}.".replace('}', '»'), "trace «=uuid» exceeded deadline on :«=port»"]),
    (3, ["Change top_p to 0.9 and max_new_tokens to 2048 in «=file}, then re-run.".replace('}', '»'), "set the learning rate to 3e-4 in «=file»"]),
    (4, ["Clean up «=file» and «=file» before we cut «=ver».", "Lint «=file» ahead of the «=ver» tag."]),
    (4, ["Firmware «=ver} (build «=short}) rolled out to every gateway.".replace('}', '»'), "Edge nodes now run «=ver», build «=short»."]),
    (4, ["Lot «=s10» and lot «=s12» both failed inspection.", "Batches «=s9» and «=s12» were quarantined."]),
    (4, ["Unit «=s9» failed soak testing; unit «=s9» passed.", "Device serial «=s10» is out of warranty."]),
    (4, ["Ticket «=badcard» duplicates ticket «=order}; merge please.".replace('}', '»'), "Loyalty number «=badcard» isn't accepted at checkout."]),
    (3, ["Case «=case» closed, no further action.", "Matter ref «=case» has been archived"]),
    (3, ["Print the handouts on «=code» stock, double-sided.", "Export the poster at «=code» size."]),
    (4, ["Set the accent colour to «=hex» and increase padding by 4px.", "Use «=hex} for the button hover state.".replace('}', '»')]),
    (4, ["Do you think the referendum will pass? I doubt it.", "Which team will win the league this year?"]),
    (4, ["Give me three bullet points on the main risks, under 60 words.", "Summarise the trade-offs of microservices in two sentences."]),
    (3, ["«=sku» usually ships within a week; discount code «=promo}.".replace('}', '»'), "Item «=sku» is back in stock, promo «=promo»."]),
    (4, ["Port «=port» is open on the staging host; close it before «=ver».", "Renew the TLS certificate for version «=ver»."]),
    (4, ["The quarterly total came to «=amount} across «=n} orders.".replace('}', '»'), "Refunds this week: «=amount» over «=n» tickets."]),
    (4, ["Reference «=order» and «=invoice» belong to the same shipment.", "Can you reconcile «=invoice» against «=order»?"]),
    (4, ["Order «=s10» shipped yesterday; the box weighed «=n» g.", "Pallet label code «=s12» is smudged, reprint it."]),
]

PRE = ['Here is the text:\n\n', 'Read this and tell me what to do:\n', 'Ticket body follows.\n---\n',
       'Pull out the main points:\n', 'Condense this:\n\n', 'From the helpdesk queue:\n', 'Forwarded message:\n> ']
SUF = ['\n\nAnswer as JSON.', '\n\nBe brief.', '\n\nCheers!', ' ty', ' plz', ' urgently', '\n\nOne paragraph max.']

ID_TYPES = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}
SLOT = re.compile('«(=?)([a-z0-9_]+)(?::([a-z0-9_]+))?»')


def render(tpl, lower):
    ctx = {'people': []}
    parts = []
    pos = 0
    for m in SLOT.finditer(tpl):
        parts.append((None, tpl[pos:m.start()]))
        if m.group(1):
            parts.append(('~', UNL[m.group(2)]()))
        else:
            ty, v = GEN[m.group(2)](m.group(3), ctx)
            parts.append((ty, v))
        pos = m.end()
    parts.append((None, tpl[pos:]))
    out = []
    for ty, v in parts:
        if ty == 'PERSON' and R.random() < 0.05 and not lower:
            v = v.upper()
        if lower and (ty is None or ty in ID_TYPES):
            v = v.lower()
        out.append((ty, v))
    return out


def assemble(parts):
    text, ents = '', []
    for ty, v in parts:
        if ty and ty != '~':
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
        text += v
    return text, ents


def make(tpl):
    lower = R.random() < 0.08
    parts = render(tpl, lower)
    u = R.random()
    if u < 0.22:
        parts.insert(0, (None, ch(PRE)))
    u = R.random()
    if u < 0.2:
        s = ch(SUF)
        if s[0] == ' ' and parts[-1][0] is None and parts[-1][1].endswith('.'):
            parts[-1] = (None, parts[-1][1][:-1])
        parts.append((None, s))
    elif u < 0.28 and parts[-1][0] is None and parts[-1][1].endswith('.'):
        parts[-1] = (None, parts[-1][1][:-1])
    intended = [(ty, v) for ty, v in parts if ty and ty != '~']
    text, ents = assemble(parts)
    for e, (ty, v) in zip(ents, intended):
        assert text[e['start']:e['end']] == v and e['entity_type'] == ty, (text, e, v)
        assert v == v.strip() and v, (text, v)
    for a, b in zip(ents, ents[1:]):
        assert a['end'] <= b['start'], text
    assert '«' not in text and '»' not in text, text
    return text, ents


def main():
    jobs = []
    for n, ts in F + NEG:
        for i in range(n):
            jobs.append(ts[i % len(ts)])
    R.shuffle(jobs)
    recs = []
    for i, t in enumerate(jobs):
        text, ents = make(t)
        recs.append({'id': 'p34-%04d' % i, 'text': text, 'entities': ents})
    K.write(recs)


if __name__ == '__main__':
    main()
