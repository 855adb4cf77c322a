"""Probe 37: a blind, dev-style measure of generalisation.

600 chat prompts in the dev corpus's format over all 43 entity types, each
type at about dev's per-type count, drawn from 265 templates worded for
this probe (support requests, HR, KYC, clinical, travel, finance, logs,
code, records in JSON/YAML/CSV/vCard, and prompts in Spanish, Italian,
Polish, Swedish, Finnish, Turkish, Korean and other settings), 90 of the
prompts PII-free look-alikes (versions, hashes, SKUs, serials and
references that fail their check digits, product names, log timestamps).
People come from 67 cultures; their full names, the towns, streets, firms
and e-mail domains are not used by dev or by the earlier probes.  Every
identifier with a check digit passes it; the look-alikes fail theirs.
Lower-case prompts, upper-case names and instruction wrappers (new
wording) come at dev's rates.  Offsets are code points, computed while each
text is built.  Fixed seed: the output is the same on every run.

    python3 tools/probes/probe37.py > /tmp/p37.jsonl
"""
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K  # noqa: E402

SEED = 373737
N_TOTAL, N_NEG = 600, 90

# dev's per-type counts (600 records): the targets for the 510 positive prompts
TARGET = {
    'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75,
    'PHONE_NUMBER': 69, 'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31, 'US_SSN': 26,
    'CRYPTO': 24, 'NRP': 19, 'AU_TFN': 16, 'IN_PAN': 15, 'IN_AADHAAR': 15, 'MAC_ADDRESS': 15,
    'PL_PESEL': 15, 'IT_VAT_CODE': 15, 'KR_RRN': 15, 'IT_FISCAL_CODE': 15, 'SG_NRIC_FIN': 15,
    'IN_VOTER': 15, 'IN_PASSPORT': 15, 'ES_NIE': 15, 'CA_SIN': 15, 'MEDICAL_LICENSE': 15,
    'SE_PERSONNUMMER': 15, 'FI_PERSONAL_IDENTITY_CODE': 15, 'TR_NATIONAL_ID': 15, 'AU_ABN': 15,
    'AU_MEDICARE': 15, 'AU_ACN': 15, 'US_BANK_NUMBER': 15, 'ES_NIF': 15, 'UK_NHS': 14,
    'US_PASSPORT': 14, 'ZA_ID_NUMBER': 14, 'US_NPI': 14, 'UK_NINO': 14, 'US_MBI': 14, 'US_ITIN': 14,
    'US_DRIVER_LICENSE': 14,
}

# ---- people ---------------------------------------------------------------
# culture: (male given names, female given names, surnames); a surname is a
# string, or a (male form, female form) pair where the language inflects it.
def _w(s):
    return s.split('|')

POOLS = {
    'en': (_w('Edwy|Ethelred|Cuthbert|Jocelyn|Barnabas|Percival'), _w('Ambrosine|Peregrina|Mildred|Eglantine|Hyacinth|Honoria|Lettice'),
           _w('Ditchburn|Tuckwell|Smallbone|Gadsby|Hobday|Chadderton|Eckersley|Lightowler|Pilling|Unsworth|Cheesewright|Goodbody|Wycombe|Pennyfeather|Hetherington|Buckminster')),
    'ie': (_w('Proinsias|Fiachra|Oisín|Diarmuid'), _w('Gráinne|Caoimhe|Síofra|Ailbhe'),
           _w('Scanlan|Twomey|Cronin|Hurley|Kiely|Ahern|Dwane|Fennessy|Hanrahan|Mac Conmara')),
    'sc': (_w('Torquil|Struan|Ruaridh'), _w('Eilidh|Mhairi|Catriona'),
           _w('Mowat|Imrie|Halcrow|Inkster|Nicolson|Rennie|Pirie|Laidlaw|Dalgleish|Carmichael')),
    'cy': (_w('Iolo|Emrys|Gethin|Dafydd'), _w('Gwenllian|Angharad|Eluned|Rhiannon'), _w('Gough|Mostyn|Pugh|Prosser|Gruffudd')),
    'us': (_w('Jubal|Dashiell|Beauregard|Ezekiel|Cletus'), _w('Temperance|Oralee|Tallulah|Magnolia|Kinsley'),
           _w('Whitmire|Bloodworth|Gatlin|Cogburn|Yarborough|Trammell|Fordyce|Stapleton|Lumpkin|Ashcraft|Easley|Nettles|Sewell')),
    'ca': (_w('Réjean|Ghislain|Normand|Benoît'), _w('Maryse|Ginette|Solange|Gisèle'),
           _w('Duchesneau|Lachance|Marcoux|Rivard|Sauvageau|Gendron')),
    'au': (_w('Coen|Jarrah|Tully|Lachlan'), _w('Bindi|Kirra|Darcy|Mackenzie'),
           _w('Fitzsimmons|Cosgrove|Blackall|Tregenza|Pembleton|Mulqueen|Hartigan|Lanigan|Nankervis|Tapsell|Woolcott|Yeoman')),
    'nz': (_w('Wiremu|Tamati|Rawiri|Hemi'), _w('Aroha|Hinemoa|Ngaire|Mere'), _w('Pōmare|Rikihana|Tāwhai|Hētaraka|Pōtae|Pōhatu|Mānihera')),
    'es': (_w('Segismundo|Dámaso|Florentino|Críspulo|Anselmo'), _w('Almudena|Covadonga|Remedios|Eulalia|Amparo'),
           _w('Goicoechea|Echenique|Zubiaurre|Baztán|Landaluce|Orbegozo|Uriarte|Arregui|Ezquerra|Abellán|Berenguer|Cabezas')),
    'ct': (_w('Arnau|Oriol|Pau'), _w('Montse|Mireia|Laia'), _w('Masdeu|Cabré|Parera|Sunyer|Camprubí|Fàbregas|Vallverdú|Bofill|Oliveras')),
    'mx': (_w('Tonatiuh|Uriel|Cuauhtémoc'), _w('Yatzil|Nayeli|Eréndira|Maricruz'), _w('Tzompantzi|Ahuatzi|Cuautle|Tecuapetla|Huitrón|Quezada')),
    'ar': (_w('Facundo|Nahuel|Bautista'), _w('Agustina|Ayelén|Milagros'), _w('Achával|Cafiero|Etcheverry')),
    'co': (_w('Yeferson|Estiven|Jhon'), _w('Marbelly|Leidy|Yuliana'), _w('Mosquera|Quintero|Palacios')),
    'cl': (_w('Vicente|Benjamín'), _w('Javiera|Trinidad'), _w('Larraín|Undurraga')),
    'br': (_w('Edivaldo|Cleiton|Juscelino'), _w('Gracinha|Iracema|Jurema'), _w('Camargo|Bittencourt|Damasceno')),
    'pt': (_w('Gonçalo|Tomé|Duarte'), _w('Matilde|Benedita|Leonor'), _w('Albergaria|Barreiros|Carrilho|Fragoso|Pestana|Lencastre|Simões')),
    'it': (_w('Gualtiero|Tancredi|Ignazio|Ettore|Ludovico'), _w('Rosalba|Brunella|Ornella|Fiorella|Loredana'),
           _w('Cappelletti|Giacometti|Maccari|Orsolini|Passalacqua|Quarantotto|Tortorella|Ubaldini|Varrone|Zoccoli|Bellomo|Castagnoli|Ferraresi|Guarneri|Santangelo|Vannucci')),
    'fr': (_w('Aurèle|Gaspard|Eudes|Honoré'), _w('Bérénice|Capucine|Ségolène|Philippine'),
           _w('Boisvert|Hautecoeur|Marivaux|Raspail|Sabatier|Toussaint|Beaumanoir|Larochelle|Malvaux')),
    'nl': (_w('Sjoerd|Gijs|Joost|Maarten'), _w('Wietske|Femke|Anouk|Marieke'),
           _w('Dijkgraaf|Groenewegen|Meijerink|Oosterhout|Ruijsenaars|Zuidema|Brinkhorst')),
    'de': (_w('Wolfram|Eberhard|Siegfried|Volker'), _w('Hannelore|Gudrun|Irmgard|Liesel'),
           _w('Bachmeier|Glöckner|Hollerbach|Jungblut|Kettler|Mühlberger|Niederhausen|Rosenbusch|Uhlenbrock|Mittelstädt')),
    'at': (_w('Korbinian|Florian|Valentin'), _w('Notburga|Walburga|Theresia'), _w('Steinbauer|Lechner|Mayrhofer|Zechner|Hinteregger|Leitgeb|Wallner')),
    'pl': (_w('Bogumił|Kazimierz|Radosław|Sławomir|Zbigniew'), _w('Jadwiga|Urszula|Bożena|Halina|Grażyna'),
           [('Bączkowski', 'Bączkowska'), ('Fijałkowski', 'Fijałkowska'), ('Hałas', 'Hałas'), ('Lewandowicz', 'Lewandowicz'),
            ('Mazurkiewicz', 'Mazurkiewicz'), ('Olejniczak', 'Olejniczak'), ('Rogalski', 'Rogalska'), ('Śliwiński', 'Śliwińska'),
            ('Urbańczyk', 'Urbańczyk'), ('Gwiazdowski', 'Gwiazdowska'), ('Ratajczak', 'Ratajczak'), ('Rybicki', 'Rybicka'),
            ('Wojciechowski', 'Wojciechowska')]),
    'cz': (_w('Ctibor|Vojtěch|Bohumil'), _w('Jarmila|Radka|Ludmila'),
           [('Blažek', 'Blažková'), ('Černohorský', 'Černohorská'), ('Tichý', 'Tichá'), ('Ptáček', 'Ptáčková'), ('Vondra', 'Vondrová'), ('Kubíček', 'Kubíčková')]),
    'hu': (_w('Bence|Botond|Levente'), _w('Réka|Csilla|Enikő'), _w('Dobos|Kerekes|Nyitrai|Vida|Bozsó|Dankó|Gombos|Jenei|Kondor|Madarász')),
    'ro': (_w('Dorin|Sorin|Ovidiu'), _w('Ileana|Crina|Mirela'),
           _w('Alexandrescu|Bălănescu|Dobrescu|Filipescu|Hagiu|Iliescu|Manolescu|Negulescu|Pârvulescu|Stănescu|Teodorescu|Mureșan')),
    'rs': (_w('Bojan|Nemanja|Dragan'), _w('Milica|Jelena|Vesna'), _w('Stanković|Milosavljević|Radulović')),
    'hr': (_w('Krešimir|Zvonimir|Tomislav'), _w('Snježana|Mirjana|Ivana'), _w('Perković|Matić|Šimunović|Brkić|Lovrić|Pavletić|Žužul')),
    'gr': (_w('Spyridon|Charalambos|Evangelos'), _w('Kalliopi|Despina|Panagiota'),
           [('Dimitrakopoulos', 'Dimitrakopoulou'), ('Hatzidakis', 'Hatzidaki'), ('Iliopoulos', 'Iliopoulou'), ('Rallis', 'Ralli'),
            ('Nikolaidis', 'Nikolaidou'), ('Stathopoulos', 'Stathopoulou'), ('Vlachos', 'Vlachou'), ('Zervos', 'Zervou')]),
    'tr': (_w('Tuncay|Oğuzhan|Kaan|Erdem|Ufuk'), _w('Nurhan|Sevgül|Feyza|Hazal|Pelin'),
           _w('Akgündüz|Çakmak|Dalkılıç|Işıklar|Müftüoğlu|Oflaz|Uzunoğlu|Baysal|Gündüz')),
    'ku': (_w('Rêbaz|Şivan|Azad'), _w('Berfîn|Rojda|Nazdar'), _w('Berzincî|Zebarî|Hewramî')),
    'am': (_w('Hovhannes|Tigran|Armen'), _w('Anahit|Lusine|Siranush'), _w('Gasparyan|Tadevosyan|Hakobyan')),
    'ge': (_w('Levan|Giorgi|Davit'), _w('Ketevan|Tamar|Nino'), _w('Bakradze|Nadiradze|Papuashvili|Sharashidze|Margvelashvili')),
    'ua': (_w('Bohdan|Ostap|Taras'), _w('Solomiya|Zoryana|Halyna'),
           _w('Andrusyshyn|Harasymiv|Ivasyuk|Khomenko|Nechyporuk|Pavlyshyn|Voloshyn|Yaremchuk|Zhuravel')),
    'ru': (_w('Vsevolod|Arkady|Gennady'), _w('Yevdokiya|Zinaida|Lyudmila'),
           [('Arkhipov', 'Arkhipova'), ('Chernyshev', 'Chernysheva'), ('Filatov', 'Filatova'), ('Maslov', 'Maslova'), ('Rybakov', 'Rybakova'),
            ('Bogdanov', 'Bogdanova'), ('Gorbunov', 'Gorbunova'), ('Lavrov', 'Lavrova'), ('Nekrasov', 'Nekrasova'), ('Sazonov', 'Sazonova')]),
    'lt': (_w('Vytautas|Mindaugas|Darius'), _w('Rūta|Aušra|Giedrė'),
           [('Adomaitis', 'Adomaitienė'), ('Grigonis', 'Grigonienė'), ('Janulaitis', 'Janulaitienė'), ('Rimkus', 'Rimkutė'), ('Daukantas', 'Daukantienė')]),
    'lv': (_w('Kārlis|Jānis|Raimonds'), _w('Ilze|Baiba|Dace'),
           [('Eglītis', 'Eglīte'), ('Lācis', 'Lāce'), ('Mednis', 'Medne'), ('Birznieks', 'Birzniece'), ('Jaunzems', 'Jaunzeme')]),
    'ee': (_w('Rein|Tõnu|Margus'), _w('Triinu|Piret|Kadri'), _w('Aavik|Jõgi|Laur|Põder|Raud|Sild|Uibo|Vaher')),
    'fi': (_w('Niilo|Eino|Vilho|Ilmari|Onni|Aukusti'), _w('Maija|Tuulikki|Helmi|Senja|Pihla|Iida'),
           _w('Huovinen|Kolehmainen|Kuusisto|Marttila|Ruohonen|Takala|Valtonen|Kilpeläinen|Nousiainen|Raatikainen|Rönkkö|Suutari|Vatanen')),
    'se': (_w('Joar|Lage|Sixten|Torsten|Alvar'), _w('Hjördis|Frideborg|Maud|Inez|Ebba|Märta'),
           _w('Cederholm|Grahn|Jonasson|Malmqvist|Thorsell|Wennerberg|Zetterlund|Hultgren|Sandgren|Adolfsson|Karlberg|Lindell|Olofsson|Strandberg|Viklund|Lundmark')),
    'no': (_w('Sindre|Håkon|Eirik'), _w('Solveig|Sigrid|Ingrid'), _w('Bjørnstad|Dahle|Grønlie|Hovland|Jevne|Kleppe|Opsahl|Skaug|Ulvestad')),
    'dk': (_w('Mads|Søren|Rasmus'), _w('Freja|Mette|Ida'), _w('Abildgaard|Gregersen|Holmgaard|Juhl|Kragh|Mogensen|Skovgaard|Lauritsen')),
    'is': (_w('Hallgrímur|Sigurður|Ragnar'), _w('Guðrún|Þórdís|Steinunn'),
           [('Guðmundsson', 'Guðmundsdóttir'), ('Ingólfsson', 'Ingólfsdóttir'), ('Stefánsson', 'Stefánsdóttir'), ('Friðriksson', 'Friðriksdóttir'), ('Halldórsson', 'Halldórsdóttir')]),
    'kr': (_w('Do-hyun|Eun-woo|Ha-joon|Jun-woo|Seo-jun|Jun-seo|Si-woo|Hyun-jun|Geon-woo'),
           _w('Ha-rin|Seo-ah|Ji-an|Yu-na|So-yul|Si-eun|Ye-rin|Yoon-seo|Ga-eun|Hye-won|Chae-won|Ye-eun|Da-in'),
           _w('Bae|Jeon|Oh|Heo|Kwon|Noh|Yang|Ahn|Pyo|Seok')),
    'ko': (_w('하준|준우|서준|은우'), _w('하린|서아|지안|유나|소율|시은|예린|윤서'), _w('배|전|오|허|권|노|양|안|표|석')),
    'jp': (_w('Masaru|Haruki|Ryota|Kenta|Daichi'), _w('Chiharu|Mitsuki|Asuka|Misaki'), _w('Ebihara|Kawamoto|Nagase|Wakabayashi|Enomoto|Matsumura')),
    'sg': (_w('Wei Jie|Kang Wei|Jun Hao|Kai Wen'), _w('Jia Hui|Hui Ling|Zi Xuan|Xin Hui|Rui En'), _w('Woon|Heng|Tay|Neo|Seah|Pang|Foo|Loh')),
    'cn': (_w('Jianguo|Zhiwei|Haoran'), _w('Xiuying|Meiling|Yuxuan'), _w('Zhou|Xu|Huang|Guo|Deng|Feng')),
    'my': (_w('Azri|Izzat|Khairul|Shafiq'), _w('Syazwani|Noraini|Sharifah|Nurhaliza'), [('bin Yaakob', 'binti Yaakob'), ('bin Daud', 'binti Daud'), ('bin Osman', 'binti Osman')]),
    'id': (_w('Bambang|Gede|Agus|Wahyu'), _w('Ratna|Dewi|Sri'), _w('Adiputra|Budiman|Cahyono|Darmawan|Effendi|Handoko|Mulyadi|Rahardjo|Utomo')),
    'ph': (_w('Jhunrey|Rodel|Jomar|Arnel'), _w('Chona|Ellaine|Gerlie|Lyka|Sheryl'), _w('Abalos|Ebarle|Jimeno|Quisumbing|Tuazon|Yabut')),
    'th': (_w('Kamon|Kittisak|Anurak|Thanawat'), _w('Achara|Paweena|Tida|Siriporn'),
           _w('Anantachai|Kasemsri|Lertsiri|Mahasiri|Rungrueang|Wattanasin|Yodprasit|Chotiwat|Khemthong|Phrommas')),
    'vn': (_w('Phúc|Khánh|Duy'), _w('Thảo|Hằng|Ngọc|Gấm'), _w('Trương|Huỳnh|Phạm|Võ|Bùi|Dương|Tạ|Lạc')),
    'kh': (_w('Vannak|Dara|Sokha'), _w('Chenda|Sreymom|Bopha'), _w('Chea|Meas|Pich')),
    'np': (_w('Bishnu|Prakash|Nabin'), _w('Sarita|Sabina|Anjali'), _w('Shrestha|Gurung|Tamang|Adhikari|Bhattarai|Magar')),
    'lk': (_w('Chaminda|Nuwan|Kasun'), _w('Thilini|Dilani|Ishara'), _w('Perera|Jayasuriya|Wickramasinghe|Bandara')),
    'in': (_w('Vedant|Keshav|Bhargav|Lokesh|Parth|Tanmay|Omkar'), _w('Kalyani|Mithila|Trisha|Urmila|Ishita|Revathi|Madhuri'),
           _w('Inamdar|Rangnekar|Sahasrabudhe|Dandekar|Garud|Marathe|Rege|Thatte|Vaze|Kini|Baliga|Bhave|Rajput')),
    'pk': (_w('Usman|Bilal|Faisal'), _w('Zainab|Mehwish|Sana'), _w('Akhtar|Ansari|Bukhari|Jamali|Memon|Naqvi|Alvi|Chishti|Farooqi|Junejo|Talpur|Tiwana')),
    'ir': (_w('Dariush|Kourosh|Babak'), _w('Shirin|Parisa|Laleh'), _w('Jahanbakhsh|Vahidi|Tabrizi')),
    'eg': (_w('Mostafa|Tarek|Hossam'), _w('Nourhan|Yasmin|Salma'), _w('Abaza|Badawi|Fawzy|Hamdy|Kandil|Lotfy|Mansy|Ragab|Shafik|Tawfik')),
    'lb': (_w('Ziad|Karim|Rami'), _w('Nadine|Rania|Maya'), _w('Boutros|Harb|Kassab|Makhlouf|Rahbani|Salibi|Tueni|Zogby')),
    'il': (_w('Eitan|Yonatan|Amit'), _w('Noa|Shira|Tamar'), _w('Abergel|Hazan|Navon|Segal|Zur')),
    'et': (_w('Abebe|Dawit|Yonas'), _w('Tigist|Meseret|Hirut'), _w('Endale|Fantahun|Habte|Nigussie|Demeke|Eshete|Gebeyehu|Kifle|Taddese|Yirga')),
    'so': (_w('Abdiwali|Mahad|Abdirahman'), _w('Ifrah|Sagal|Hodan'), _w('Osman|Hirsi|Abdi')),
    'ke': (_w('Otieno|Kiprono|Mwangi'), _w('Wanjiru|Njeri|Achieng'), _w('Masinde|Momanyi|Mutai|Sigei|Kosgei|Ombati|Jeptoo')),
    'ng': (_w('Olumide|Babatunde|Emeka|Obinna|Adebayo'), _w('Oluwakemi|Ngozi|Chiamaka|Funmilayo|Yetunde'),
           _w('Dike|Jegede|Kalu|Nnaji|Aniebonam|Ebo|Owolabi|Iwu')),
    'gh': (_w('Kwabena|Kofi|Yaw'), _w('Akosua|Efua|Ama'), _w('Owusu-Ansah|Sarfo|Twum|Wiredu|Nketia|Oduro|Poku|Ocran')),
    'za': (_w('Sbu|Themba|Bongani|Riaan|Lwazi'), _w('Nomvula|Ayanda|Zanele|Annelie|Lerato'),
           _w('Gcabashe|Jali|Thusi|Cronje|Seakamela|Nieuwoudt|Mazibuko|Ngubane')),
    'zw': (_w('Tapiwa|Farai|Tendai'), _w('Rutendo|Chipo|Nyasha'), _w('Moyo|Chiweshe|Ncube|Sibanda')),
    'mg': (_w('Hery|Rivo|Fara'), _w('Lalao|Voahangy|Tiana'), _w('Andrianarivo|Randriamampionona|Rakotoarisoa')),
    'ws': (_w('Tavita|Sione|Ioane'), _w('Malia|Lupe'), _w('Leaupepe|Tuiasosopo|Mauga|Vaifale')),
    'mn': (_w('Batbayar|Ganbold|Temuulen'), _w('Oyunchimeg|Sarangerel|Enkhjargal'), _w('Dorj|Bold')),
    'kz': (_w('Arman|Nursultan|Yerlan'), _w('Dana|Aigerim|Saule'), [('Ospanov', 'Ospanova'), ('Tokayev', 'Tokayeva'), ('Sarsenbayev', 'Sarsenbayeva')]),
    'uz': (_w('Dilshod|Sherzod|Jasur'), _w('Malika|Gulnora|Nodira'), [('Rakhimov', 'Rakhimova'), ('Yusupov', 'Yusupova'), ('Tursunov', 'Tursunova')]),
}
SURNAME_FIRST = {'sg', 'kh', 'vn', 'ko'}          # always written surname first
SOMETIMES_SF = {'kr': 0.35, 'cn': 0.5, 'hu': 0.3}   # sometimes surname first
ALL_CULTS = sorted(c for c in POOLS if c != 'ko')
# the people a prompt of one country's setting talks about
GROUPS = {
    'US': 'us us us mx in kr vn ph ng et pl it ie cn jp lb pk so gh ir am ua',
    'UK': 'en en en sc cy ie in pk ng gh pl lk ro',
    'AU': 'au au au en gr it vn cn in nz lb ph',
    'CA': 'ca ca ca en ua pk ph cn in ir so',
    'ESX': 'ar co mx br ro cl ua ph pt it',    # foreigners resident in Spain (NIE)
    'ES': 'es es es ct',
    'SG': 'sg sg sg my in',
    'ZA': 'za',
    'EU': 'fr nl de at cz hu ro rs hr gr lt lv ee no dk is pt',
    'AFR': 'ng gh ke et so zw za mg',
    'ASIA': 'jp kr cn id th ph vn kh np lk mn kz uz my sg',
}
for _k, _v in list(GROUPS.items()):
    GROUPS[_k] = _v.split()

# ---- places ---------------------------------------------------------------
CITIES = {
    'en': _w('Shepton Mallet|Midsomer Norton|Wotton-under-Edge|Pateley Bridge|Garstang|Ormskirk|Eccleshall|Tenbury Wells|Alcester|Shipston-on-Stour|Southam|Wallingford|Beaminster|Whitstable|Market Harborough'),
    'sc': _w('Tomintoul|Killin|Langholm|Eyemouth|Linlithgow|Kinross|Alyth|Turriff|Ellon|Inverurie|Braemar|Newtonmore|Golspie|Helmsdale'),
    'cy': _w('Rhayader|Llanfyllin|Corwen|Llanrwst|Beddgelert|Harlech|Barmouth|Tywyn|Laugharne'),
    'ie': _w('Ballinasloe|Ennistymon|Kilkee|Listowel|Tuam'),
    'us': _w('Tillamook|Rexburg|Escanaba|Alpena|Findlay|Beckley|Blacksburg|Bennington|Laconia|Waterville|Opelika|Lufkin|Ashland'),
    'ca': _w('Baie-Comeau|Sept-Îles|Val-d\'Or|Dolbeau|Saint-Hyacinthe|Rivière-du-Loup|Trois-Rivières|Rouyn-Noranda'),
    'au': _w('Murrurundi|Cooktown|Proserpine|Sarina|Gayndah|Maleny|Camperdown|Leongatha|Port Pirie'),
    'nz': _w('Motueka|Kerikeri|Kaitaia|Dargaville|Matamata|Ōtorohanga|Taumarunui|Ōhakune|Waipukurau|Dannevirke|Martinborough|Featherston|Balclutha|Geraldine|Waimate'),
    'es': _w('Nájera|Alsasua|Zumaia|Navia|Baiona|Ponteareas|Noia|Muros'),
    'ct': _w('Solsona|Tàrrega|Cervera|Balaguer|Montblanc|Falset|Gandesa'),
    'mx': _w('Tulancingo|Zitácuaro|Juchitán|Parral|Matehuala|Fresnillo|Tepatitlán'),
    'ar': _w('Venado Tuerto|Villa Mercedes'), 'co': _w('Cartago'), 'cl': _w('Puerto Varas'),
    'br': _w('Parintins|Vitória da Conquista|Poços de Caldas|Varginha'),
    'pt': _w('Mirandela|Ponte de Lima|Arcos de Valdevez|Melgaço|Lousã|Tondela|Fundão|Elvas|Estremoz|Mértola|Odemira'),
    'it': _w('Norcia|Camerino|Recanati|Agnone|Larino|Venosa|Lagonegro|Macomer|Alassio|Varallo|Oderzo|Portogruaro|Gemona del Friuli|Spilimbergo'),
    'fr': _w('Millau|Cahors|Auch|Dole|Vesoul|Saumur|Guéret'),
    'nl': _w('Zutphen|Harderwijk|Kampen|Steenwijk|Hardenberg|Coevorden|Winschoten|Dokkum|Franeker|Culemborg|Zaltbommel|Oisterwijk|Boxtel|Veghel'),
    'de': _w('Goslar|Wernigerode|Eisenach|Meiningen|Rudolstadt|Bautzen|Zittau|Pirna|Torgau|Bernburg|Stendal|Salzwedel|Uelzen|Eutin|Ratzeburg|Mölln|Neustrelitz|Güstrow|Parchim'),
    'at': _w('Hollabrunn|Mistelbach|Melk|Neunkirchen|Mürzzuschlag|Murau|Liezen|Schladming|Vöcklabruck|Schärding|Freistadt|Hermagor'),
    'pl': _w('Kolbuszowa|Przasnysz|Węgrów|Sokołów Podlaski|Grajewo|Kolno|Sokółka|Mońki'),
    'cz': _w('Kopřivnice|Šumperk|Jeseník|Bruntál|Krnov|Vyškov|Hodonín|Břeclav|Pelhřimov|Humpolec|Chrudim|Litomyšl|Polička|Náchod|Jičín'),
    'hu': _w('Keszthely|Tapolca|Siófok|Paks|Kalocsa|Kiskunhalas|Makó|Orosháza|Szarvas|Karcag|Jászberény|Gyöngyös|Sárospatak|Mátészalka|Kisvárda'),
    'ro': _w('Piatra Neamț|Alba Iulia|Târgu Mureș'),
    'rs': _w('Čačak|Kraljevo|Zrenjanin|Šabac'),
    'hr': _w('Čakovec|Koprivnica|Bjelovar|Virovitica|Požega|Vinkovci|Đakovo|Karlovac|Gospić|Makarska|Poreč|Pazin'),
    'gr': _w('Grevena|Naousa|Kilkis|Amfissa|Livadeia|Igoumenitsa|Lefkada|Argostoli'),
    'tr': _w('Devrek|Çaycuma|Kandıra|Geyve|Taraklı|Nallıhan|Polatlı|Haymana|Ulukışla|Nizip|Pertek|Şarkışla|Gemerek|Yerköy|Sorgun|Turhal|Erbaa|Reşadiye|Perşembe|Görele|Akçaabat|Vakfıkebir|Çayeli|Ardeşen|Fındıklı|Borçka|Arhavi|Yusufeli|Şavşat|Ardanuç'),
    'ku': _w('Nizip|Pertek'), 'am': _w('Goris|Sevan|Ijevan'), 'ge': _w('Zugdidi|Rustavi|Poti|Mestia'),
    'ua': _w('Kamianets-Podilskyi|Bila Tserkva|Pryluky|Konotop|Okhtyrka'),
    'ru': _w('Yaroslavl|Vologda|Kostroma|Pskov|Kaluga|Ryazan|Penza|Tambov|Kursk|Suzdal'),
    'lt': _w('Alytus|Marijampolė|Utena|Druskininkai'), 'lv': _w('Valmiera|Kuldīga'), 'ee': _w('Rakvere|Võru'),
    'fi': _w('Kuhmoinen|Luhanka|Kannonkoski|Pertunmaa|Hirvensalmi|Rautjärvi|Ruokolahti|Taipalsaari|Savitaipale|Luumäki|Miehikkälä|Virolahti|Pyhtää|Lapinjärvi|Myrskylä|Inkoo|Siuntio|Kemiönsaari|Sauvo|Masku|Mynämäki|Säkylä|Kokemäki|Harjavalta|Nakkila|Ulvila|Merikarvia|Karvia|Juupajoki|Muurame'),
    'se': _w('Överkalix|Bräcke|Timrå|Hofors|Älvdalen|Smedjebacken|Munkfors|Forshaga|Sunne|Årjäng|Bengtsfors|Färgelanda|Mellerud|Tjörn|Orust|Munkedal|Tanum|Vellinge|Torekov|Mölle|Kivik|Brösarp|Mönsterås|Byxelkrok'),
    'no': _w('Molde|Gjøvik|Tønsberg|Arendal|Narvik'), 'dk': _w('Horsens|Herning|Silkeborg|Viborg|Holstebro|Sønderborg'),
    'is': _w('Stykkishólmur|Siglufjörður|Dalvík|Höfn|Hveragerði|Grindavík'),
    'kr': _w('Yeonggwang|Hampyeong|Yeonhui-dong|Mangwon-dong|Seongsu-dong|Hannam-dong|Ikseon-dong|Yeonnam-dong|Sangam-dong|Jamsil|Mokdong|Nowon|Dobong|Eunpyeong|Gwanak|Dongjak|Seodaemun|Yongsan|Dongnae|Seomyeon|Songdo|Bupyeong|Ilsan|Pangyo|Dongtan'),
    'ko': _w('영광|함평|연희동|망원동|성수동'),
    'jp': _w('Kitakata|Kiryu|Ashikaga|Chichibu|Kawagoe|Tateyama|Odawara|Atami|Shimoda|Numazu|Fujinomiya|Tajimi|Gujo|Toyooka|Tsuwano|Shimabara|Hitoyoshi|Kanoya|Ibusuki'),
    'sg': _w('Frankel Estate|Opera Estate|Pulau Ubin|Lorong Chencharu'),
    'cn': _w('Taizhou|Sanming|Nanping|Kaili'),
    'my': _w('Kuala Kangsar|Teluk Intan|Batu Pahat|Mersing|Kemaman|Dungun|Marang|Jerantut|Temerloh|Sungai Petani|Langkawi|Lumut|Sitiawan|Lahad Datu|Keningau|Limbang'),
    'id': _w('Pekalongan|Kudus|Jepara|Klaten|Madiun|Blitar|Pasuruan|Garut|Sukabumi|Cilegon|Payakumbuh|Sibolga|Pematangsiantar|Tarakan|Singkawang|Maumere|Bitung|Tomohon|Ternate'),
    'ph': _w('Batac|Candon|Cauayan|Bayombong|Bontoc|Tabuk|Sagada|Banaue|Lingayen|Alaminos|Urdaneta|Balanga|Malolos|Cabanatuan|Calapan|Romblon|Masbate|Catarman|Borongan|Maasin|Bislig|Tandag|Dipolog|Pagadian|Ozamiz|Koronadal|Kidapawan|Digos|Tagum|Malaybalay|Gingoog'),
    'th': _w('Phayao|Uttaradit|Sukhothai|Kamphaeng Phet|Mae Sot|Phetchabun|Loei|Nong Khai|Sakon Nakhon|Mukdahan|Yasothon|Kalasin|Chaiyaphum|Sisaket|Chanthaburi|Trat|Sattahip|Ranong|Satun|Narathiwat'),
    'vn': _w('Đà Lạt|Quy Nhơn|Hải Phòng|Buôn Ma Thuột|Rạch Giá'),
    'kh': _w('Kep|Kratie|Sihanoukville'),
    'np': _w('Hetauda|Birgunj|Nepalgunj|Dhangadhi|Tansen|Gorkha|Bandipur|Ilam|Damak|Itahari'),
    'lk': _w('Badulla|Ratnapura|Kegalle|Hambantota|Vavuniya|Puttalam|Chilaw|Kalutara|Ambalangoda'),
    'in': _w('Chiplun|Kudal|Malvan|Vengurla|Karjat|Khopoli|Talegaon|Chakan|Phaltan|Mahabaleshwar|Islampur|Gadhinglaj|Nipani|Chikodi|Gokak|Athani|Bagalkot|Gadag|Haveri|Ranebennur|Sakleshpur|Virajpet|Kundapura|Karkala|Sullia|Payyanur|Thalassery|Vadakara|Koyilandy|Tirur|Ponnani|Ottapalam|Shoranur|Guruvayur|Kodungallur|Chalakudy|Angamaly|Aluva|Perumbavoor|Muvattupuzha|Thodupuzha|Changanassery|Thiruvalla|Adoor|Punalur|Varkala|Attingal|Tenkasi|Rajapalayam|Virudhunagar|Sivaganga|Paramakudi|Pudukkottai|Mayiladuthurai|Tindivanam|Arakkonam|Vaniyambadi|Ambur'),
    'pk': _w('Chakwal|Attock|Mianwali|Bhakkar|Layyah|Vehari|Khanewal|Jhang|Khushab|Mandi Bahauddin|Hafizabad|Narowal|Sheikhupura|Nowshera|Charsadda|Kohat|Bannu|Chitral|Hunza|Mirpurkhas|Thatta'),
    'ir': _w('Kashan|Qazvin|Zanjan|Ardabil|Urmia|Sanandaj|Kermanshah|Khorramabad|Yasuj|Bushehr|Bandar Abbas|Zahedan|Birjand|Semnan|Gorgan'),
    'eg': _w('Beni Suef|Faiyum|Sohag|Qena|Edfu|Kom Ombo|Marsa Alam|Dahab|Siwa|Kharga|Mersa Matruh|Arish|Banha|Damanhur|Rosetta'),
    'lb': _w('Batroun|Zgharta|Bcharre|Jezzine|Nabatieh|Marjayoun|Aley'),
    'il': _w('Beersheba|Netanya|Ashdod|Tiberias|Herzliya'),
    'et': _w('Debre Markos|Debre Birhan|Lalibela|Arba Minch|Shashemene|Ziway'),
    'so': _w('Hargeisa|Kismayo|Baidoa|Berbera|Garowe'),
    'ke': _w('Kapenguria|Kabarnet|Eldama Ravine|Molo|Njoro|Namanga|Loitokitok|Wundanyi|Taveta|Makueni|Maua|Karatina|Othaya|Sotik|Rongo|Siaya|Bondo|Webuye|Mumias|Vihiga|Butere'),
    'ng': _w('Iseyin|Ikire|Ikare|Ado-Ekiti|Ikere|Ijebu-Ode|Ilaro|Idah|Ankpa|Otukpo|Gboko|Wukari|Mubi|Numan|Nguru|Gashua|Hadejia|Kazaure|Funtua|Akwanga|Kontagora|Omu-Aran|Ihiala|Ekwulobia|Agbor|Okrika|Degema|Ahoada|Ikot Ekpene|Obudu'),
    'gh': _w('Saltpond|Dormaa Ahenkro'),
    'za': _w('Graaff-Reinet|Bela-Bela|Thabazimbi|Koster|Postmasburg|Kathu|Prieska|Velddrif|Kirkwood|Barkly East|Lady Grey'),
    'zw': _w('Chegutu|Kadoma|Marondera|Rusape|Chipinge|Chiredzi|Zvishavane|Hwange|Kariba|Bindura|Beitbridge'),
    'mg': _w('Fianarantsoa|Mahajanga|Toliara'), 'ws': _w('Salelologa'),
    'mn': _w('Khovd|Mörön'), 'kz': _w('Pavlodar|Aktobe|Semey|Kostanay|Taraz'), 'uz': _w('Namangan|Andijan|Fergana|Nukus'),
}
REGIONS = _w('Norrbotten|Savo|Mazury|Navarra|Piemonte|Coorg|Namaqualand|Overberg|Boland|Barossa|Fleurieu|Grampians|Luzon|Negeri Sembilan|Lombok|Sulawesi|Laikipia|Puntland|Bekaa|Negev|Khuzestan|Gilan|Mazandaran|Souss|Tafilalet|Lappi|Troms|Nordland|Funen|Bornholm|Wallachia|Bukovina|Dobruja|Bohemia|Volhynia|Podolia|Polesia|Svaneti|Adjara|Syunik|Tavush')
# US states and countries: every one of them is already used by an earlier probe; kept rare
US_STATES = _w('Idaho|Michigan|West Virginia|Virginia|Vermont|New Hampshire|Maine|Alabama|Texas|Oregon|Wisconsin|Minnesota|New Jersey|Illinois|Florida|California|New York|Pennsylvania|Ohio|Colorado|Iowa|Kansas|Maryland|Washington|Arizona')
COUNTRIES = _w('Curaçao|Gibraltar|Congo')

STREET_STEMS = {
    'uk': _w('Whinfell|Thrushcross|Mallowbank|Quaileigh|Vetchfield|Dovecote|Jaywick|Underbrae|Amberlane|Corrievale|Ospreycliff|Nutwood|Upperwold|Cloudberry|Fellgate|Yewbarrow|Orchardleigh|Plovercrest|Lochbrae|Puffinhall'),
    'us': _w('Cogburn Hollow|Whitmire Ridge|Tollgate|Sedgewick|Wickerby|Brindlefield|Sorrelmoor|Chalkhill|Moorcroft|Duskwood|Edgewater|Marlpit'),
    'au': _w('Yarrabend|Wagtail|Gannetbay|Yarrowdale|Mistlethwaite|Eiderholm|Cobaltine|Emberfield'),
    'es': _w('del Almez|de la Retama|del Brezo|de la Encina|del Sauce'),
    'it': _w('dei Cipressi|dei Gelsomini|dei Girasoli|degli Ulivi|delle Nocciole'),
    'pl': _w('Jarzębinowa|Kalinowa|Orzechowa'),
    'tr': _w('Zeytinlik|Kardelen|Ihlamur'),
    'fi': _w('Kuusikko|Lumikki|Saarnipuu|Vaskikello|Hopealuoto'),
    'se': _w('Granhult|Ekmossa|Björkvik|Lönnskog|Ängsviol|Havsörn|Strandvall|Tallbacka'),
    'kr': _w('Saebyeok|Mirae|Dasom|Gaon|Areum|Bomnal|Garam'),
    'za': _w('Msasa|Umdoni|Kiaat|Ilanga|Inkanyezi|Amandla'),
    'ng': _w('Ikenga|Ayoola|Adire|Nkwo|Ogbe'),
    'ke': _w('Pamoja|Tembo|Bahari|Kesho|Nyota|Mwanga'),
    'gh': _w('Kente|Adinkra'),
    'br': _w('das Pitangas|do Maracujá|do Cajueiro|dos Jacarandás'),
    'jp': _w('Momiji|Tsubaki|Hinoki|Ajisai|Sumire|Hanabi|Kumo'),
    'in': _w('Sahasrabudhe|Rangnekar|Thatte|Dandekar|Inamdar'),
}


def fold(s):
    """ASCII letters of a name, for e-mail handles and derived identifiers."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ð', 'd').replace('Ð', 'D')
    s = s.replace('þ', 'th').replace('Þ', 'Th').replace('æ', 'ae').replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace('ß', 'ss')
    return ''.join(ch for ch in s if ch.isascii())


# ---- organisations --------------------------------------------------------
ORGS = {
    'firm': _w('Mistlethwaite Analytics|Lochbrae Energy|Quayhaven Shipping|Thrushcross Consulting|Orchardleigh Foods|Ospreycliff Robotics|Plovercrest Media|Upperwold Logistics|Vetchfield Systems|Whinfell Labs|Ashcoombe & Partners|Cloudberry Software|Eiderholm Freight|Mallowbank Interiors|Dunlinmoor Holdings|Fellgate Engineering|Cobaltine Materials|Marlpit Brewing Co.|Sedgewick & Marr LLP|Wickerby Studios|Brindlefield Capital|Sorrelmoor Estates|Chalkhill Dynamics|Emberfield Solar|Duskwood Games|Glimmerhaven Apparel|Pennywhistle Toys|Moorcroft Analytics|Vaisala|Marimekko|Iittala|InPost|Agoda|Telkom'),
    'hosp': _w('Underbrae General Hospital|Amberlane Medical Centre|Quaileigh Children\'s Hospital|Bluewhin Clinic|Hawkshead Community Hospital|Jaywick Health Centre|Corrievale Infirmary|Inchcape Memorial Hospital'),
    'bank': _w('Harbourline Bank|Halvard Sparbank|Zenvia Bank|Banca Ginestra|Banco Encina|Kardelen Katılım Bankası|Ikenga Microfinance Bank|Nyota Commercial Bank'),
    'shop': _w('Puffinhall Outdoors|Gannetbay Seafoods|Nutwood Print|Yewbarrow Home|Edgewater Electronics|Wagtail Pet Supplies|Jaywick Books'),
    'hotel': _w('Hotel Ospreycliff|The Whinfell Lodge|Thrushcross Inn|Corrievale Suites'),
    'au': _w('Yarrabend Plumbing Pty Ltd|Dovecote Joinery Pty Ltd|Yarrowdale Solar Pty Ltd|Nutwood Electrical Pty Ltd|Gannetbay Fisheries Pty Ltd|Wagtail Dental Pty Ltd|Cobaltine Mining Pty Ltd'),
    'it': _w('Cipresso Costruzioni S.p.A.|Gelsomino Viaggi S.r.l.|Nocciola Dolciaria S.r.l.|Castagneto Vini S.r.l.|Studio Legale Ulivo|Girasole Arredi S.r.l.|Lavanda Cosmetici S.n.c.'),
    'es': _w('Construcciones Encina S.L.|Retama Logística S.A.|Brezo Consultores S.L.|Almez Seguros|Clínica Sauce'),
    'se': _w('Havsörn Bygg AB|Granhult Trä AB|Björkvik Data AB|Ängsviol Omsorg AB|Strandvall Fastigheter AB'),
    'fi': _w('Kaarnalehto Oy|Revontuli Energia Oy|Vaskikello Oy|Hopealuoto Oy|Tuulivoima Järvikivi Oy'),
    'pl': _w('Jarzębina sp. z o.o.|Modrzew Transport|Wrzosowisko S.A.|Lipowiec Meble sp. z o.o.'),
    'tr': _w('Zeytinlik Gıda A.Ş.|Kardelen Lojistik|Ihlamur Yazılım A.Ş.'),
    'kr': _w('Saebyeok Logistics|Dasom Foods|Garam Securities|Bomnal Pharma|Sinbi Games'),
    'sg': _w('Frankel Holdings Pte Ltd|Chencharu Engineering Pte Ltd|Dunearn Capital Pte Ltd'),
    'in': _w('Rangnekar Textiles Pvt Ltd|Thatte & Sons|Vengurla Cashews Pvt Ltd|Malvan Fisheries|Inamdar Infra Pvt Ltd'),
    'za': _w('Umdoni Security (Pty) Ltd|Kiaat Timber|Ilanga Energy|Inkanyezi Insurance|Msasa Logistics'),
    'ng': _w('Adire Fabrics Ltd|Ogbe Foods|Nkwo Logistics|Opay'),
    'ke': _w('Pamoja Logistics|Tembo Insurance|Bahari Freight|Kesho Credit'),
    'ph': _w('Ayala|PLDT|Batac Rice Mills|Sagada Coffee Co.'),
    'jp': _w('Tsubaki Trading|Hinoki Kogyo|Kumo Systems|Momiji Foods'),
    'uk': _w('Mistlethwaite Analytics|Sedgewick & Marr LLP|Corrievale Infirmary|Lochbrae Energy|Plovercrest Media'),
}
HOSP_LOCAL = {
    'uk': _w('Underbrae General Hospital|Corrievale Infirmary|Inchcape Memorial Hospital|Hawkshead Community Hospital'),
    'us': _w('Amberlane Medical Center|Quaileigh Children\'s Hospital|Tollgate Regional Medical Center|Sorrelmoor Family Clinic'),
    'au': _w('Wagtail Medical Centre|Yarrabend Family Practice|Gannetbay Hospital'),
    'it': _w('Ospedale San Bassiano|Casa di Cura Ginestra'),
    'es': _w('Clínica Sauce|Hospital de la Retama'),
    'pl': _w('Szpital Jarzębina|Przychodnia Lipowiec'),
    'se': _w('Vårdcentralen Björkvik'),
    'fi': _w('Terveysasema Kuusikko'),
    'tr': _w('Ihlamur Hastanesi'),
    'sg': _w('Frankel Medical Clinic'),
    'za': _w('Umdoni Private Hospital'),
    'in': _w('Thatte Memorial Hospital'),
}
# e-mail domains: none used by dev or an earlier probe
MAIL_GENERIC = _w('kumo-mail.jp|nyota.co.ke|momiji.ne.jp|ajisai.jp|sumire.ne.jp|pitanga.com.br|cajueiro.pt|lumikki.fi|strandvall.se|lonnskog.se|kardelen.net.tr|lipowiec.pl|cipresso.it|encina.es|ulivo.net|brezo.net|amberlane.me|whinfell.net|yewbarrow.org|quaileigh.uk|upperwold.io|velvetleaf.mail|bahari.africa')
MAIL_LOCAL = {
    'en': _w('quaileigh.uk|whinfell.net|amberlane.me'), 'sc': _w('lochbrae.scot'), 'cy': _w('whinfell.net'), 'ie': _w('amberlane.me'),
    'us': _w('yewbarrow.org|upperwold.io|edgewater-mail.com'), 'ca': _w('vetchfield.ca'), 'au': _w('gannetbay.com.au|dovecote.net.au'),
    'nz': _w('matamata-mail.nz'), 'es': _w('encina.es|brezo.net'), 'ct': _w('encina.es'), 'it': _w('cipresso.it|ulivo.net'),
    'pl': _w('lipowiec.pl|jarzebina.pl'), 'se': _w('strandvall.se|lonnskog.se'), 'fi': _w('lumikki.fi|kaarnalehto.fi'),
    'tr': _w('kardelen.net.tr|zeytinlik.com.tr'), 'kr': _w('saebyeok.co.kr|dasom.kr'), 'ko': _w('saebyeok.co.kr'), 'jp': _w('momiji.ne.jp|sumire.ne.jp'),
    'sg': _w('frankel.com.sg'), 'my': _w('langkawi-mail.my'), 'in': _w('vengurla.in|thatte.co.in'), 'za': _w('ilanga.co.za|msasa.co.za'),
    'ng': _w('ikenga.ng|adire.com.ng'), 'ke': _w('nyota.co.ke|pamoja.co.ke'), 'gh': _w('adinkra.com.gh'), 'ph': _w('sagada.ph'),
    'th': _w('lanna-silk.co.th'), 'br': _w('pitanga.com.br'), 'pt': _w('cajueiro.pt'),
}
ORG_DOMAIN_TLD = {'uk': '.co.uk', 'au': '.com.au', 'it': '.it', 'es': '.es', 'se': '.se', 'fi': '.fi', 'pl': '.pl', 'tr': '.com.tr',
                  'kr': '.co.kr', 'sg': '.com.sg', 'in': '.in', 'za': '.co.za', 'ng': '.com.ng', 'ke': '.co.ke', 'ph': '.ph', 'jp': '.co.jp'}

NRP_NAT = _w('Moldovan|Eritrean|Fijian|Mongolian|Bhutanese|Latvian|Estonian|Malagasy|Samoan|Kazakh|Uzbek|Armenian|Georgian|Icelandic|Cambodian|Zimbabwean|Sri Lankan|Nepali|Ghanaian|Kenyan|Ethiopian|Somali|Lithuanian|Slovenian|Tongan|Chilean|Uruguayan|Malawian|Bolivian|Luxembourgish')
NRP_REL = _w('Methodist|Sikh|Buddhist|Zoroastrian|Quaker|Mennonite|Orthodox Christian|Anglican|Shia Muslim|Sunni Muslim|Baptist|Presbyterian|Taoist|Shinto|Baháʼí|Coptic|Jain|Pentecostal')
NRP_POL = _w('Social Democrat|Green Party|Republican|Libertarian|Liberal Democrat|Labour|Christian Democrat|Conservative')
