"""Probe 37: a blind, dev-style measure of generalisation.

600 chat prompts in the dev corpus's format over all 43 entity types, each
type within a fifth of dev's count (most within a tenth), drawn from 360
templates worded for this probe: 303 with PII (support requests, HR, KYC,
clinical, travel, finance, logs, code, records in JSON/YAML/CSV/XML/vCard,
prompts in Spanish, Italian, Polish, Swedish, Finnish, Turkish, Korean,
Portuguese, French, German, Indonesian, and Filipino, Nigerian, Kenyan, South
African, Singaporean, Indian and Australian English) and 57 PII-free
look-alikes (versions, hashes, SKUs, serials and references that fail their
check digits, product names, log timestamps), which make 90 of the prompts.
People come from 72 cultures.  Full names, first names given alone, towns,
streets, regions, firms and e-mail domains are ones that neither dev nor an
earlier probe uses (US state names excepted: every one is already used).
Every identifier with a check digit passes it; the look-alikes fail theirs.
Lower-case prompts, upper-case names and instruction wrappers (new wording)
come at about dev's rates.  Offsets are code points, computed while each text
is built.  Fixed seed: the output is the same on every run.

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
    'cn': (_w('Lingfeng|Zhiwei|Jianguo'), _w('Shuyao|Xinyue|Ziyi|Yanan|Siyu'), _w('Zhou|Xu|Huang|Guo|Deng|Feng')),
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
# given names that neither dev nor an earlier probe uses (for first-name-only mentions)
NEW_GIVEN = set(_w('Edwy|Ethelred|Ambrosine|Peregrina|Mildred|Eglantine|Hyacinth|Honoria|Proinsias|Jubal|Temperance|Oralee|Maryse|'
                   'Ginette|Coen|Bindi|Segismundo|Dámaso|Florentino|Críspulo|Arnau|Montse|Mireia|Laia|Yatzil|Yeferson|Estiven|Jhon|'
                   'Marbelly|Gracinha|Bogumił|Ctibor|Ileana|Crina|Bojan|Nurhan|Sevgül|Feyza|Hazal|Pelin|Rêbaz|Şivan|Azad|Berfîn|Rojda|'
                   'Nazdar|Yevdokiya|Rein|Triinu|Piret|Niilo|Maija|Joar|Lage|Hjördis|Frideborg|Maud|Inez|Masaru|Chiharu|Lingfeng|'
                   'Shuyao|Xinyue|Ziyi|Yanan|Siyu|Azri|Izzat|Syazwani|Noraini|Sharifah|Nurhaliza|Jhunrey|Chona|Ellaine|Gerlie|Lyka|'
                   'Sheryl|Kamon|Achara|Paweena|Tida|Gấm|Dara|Chenda|Sreymom|Bopha|Thilini|Vedant|Keshav|Bhargav|Lokesh|Kalyani|'
                   'Mithila|Trisha|Urmila|Amit|Abdiwali|Ifrah|Sagal|Oluwakemi|Sbu|Tapiwa|Farai|Fara|Lalao|Malia|Arman|Nursultan|Dana|'
                   'Dilshod|Sherzod|Malika|Seo-ah|So-yul|Jun-woo'))
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
    'ca': _w('Mont-Laurier|Carleton-sur-Mer|Percé|Baie-Saint-Paul|Pohénégamook|Témiscaming|Senneterre|Lebel-sur-Quévillon|Havre-Saint-Pierre|Natashquan|Dolbeau'),
    'au': _w('Murrurundi|Cooktown|Proserpine|Sarina|Gayndah|Maleny|Camperdown|Leongatha|Port Pirie'),
    'nz': _w('Motueka|Kerikeri|Kaitaia|Dargaville|Matamata|Ōtorohanga|Taumarunui|Ōhakune|Waipukurau|Dannevirke|Martinborough|Featherston|Balclutha|Geraldine|Waimate'),
    'es': _w('Nájera|Alsasua|Zumaia|Navia|Baiona|Ponteareas|Noia|Muros'),
    'ct': _w('Solsona|Tàrrega|Cervera|Balaguer|Montblanc|Falset|Gandesa'),
    'mx': _w('Tulancingo|Zitácuaro|Juchitán|Parral|Matehuala|Fresnillo|Tepatitlán'),
    'ar': _w('Villa Mercedes|Chivilcoy|Nueve de Julio|Tres Arroyos|Bragado'), 'co': _w('Cartago'), 'cl': _w('Puerto Varas'),
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
    'ua': _w('Bila Tserkva|Pryluky|Konotop|Okhtyrka'),
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
    'ng': _w('Iseyin|Ikire|Ikare|Ikere|Ilaro|Idah|Ankpa|Otukpo|Gboko|Wukari|Mubi|Numan|Nguru|Gashua|Hadejia|Kazaure|Funtua|Akwanga|Kontagora|Omu-Aran|Ihiala|Ekwulobia|Agbor|Okrika|Degema|Ahoada|Ikot Ekpene|Obudu'),
    'gh': _w('Saltpond|Dormaa Ahenkro'),
    'za': _w('Thabazimbi|Koster|Postmasburg|Kathu|Prieska|Velddrif|Kirkwood|Barkly East|Lady Grey'),
    'zw': _w('Chegutu|Kadoma|Marondera|Rusape|Chipinge|Chiredzi|Zvishavane|Hwange|Kariba|Bindura|Beitbridge'),
    'mg': _w('Fianarantsoa|Mahajanga|Toliara'), 'ws': _w('Salelologa'),
    'mn': _w('Khovd|Mörön'), 'kz': _w('Pavlodar|Aktobe|Semey|Kostanay|Taraz'), 'uz': _w('Namangan|Andijan|Fergana|Nukus'),
}
REGIONS = _w('Norrbotten|Savo|Mazury|Navarra|Piemonte|Coorg|Namaqualand|Overberg|Boland|Barossa|Fleurieu|Grampians|Luzon|Negeri Sembilan|Lombok|Sulawesi|Laikipia|Puntland|Bekaa|Negev|Khuzestan|Gilan|Mazandaran|Souss|Tafilalet|Lappi|Troms|Nordland|Funen|Bornholm|Wallachia|Bukovina|Dobruja|Bohemia|Volhynia|Podolia|Polesia|Svaneti|Adjara|Syunik|Tavush')
# US states: every one is already used by an earlier probe, so they stay rare.
# Countries: the only ones no earlier probe names.
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
    'rest': _w('Trattoria Gelsomino|Café Whinfell|Ikenga Grill House|Momiji Izakaya|The Dovecote Bistro|Casa Retama'),
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
MAIL_GENERIC = _w('kumo-mail.jp|nyota.co.ke|momiji.ne.jp|ajisai.jp|sumire.ne.jp|pitanga.com.br|cajueiro.pt|lumikki.fi|strandvall.se|lonnskog.se|kardelen.net.tr|lipowiec.pl|cipresso.it|encina.es|ulivo.net|brezo.net|amberlane.me|whinfell.net|yewbarrow.org|quaileigh.uk|upperwold.io|mallowbank.net|bahari.africa')
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

REGION_OF = {'en': 'uk', 'sc': 'uk', 'cy': 'uk', 'ie': 'ie', 'us': 'us', 'au': 'au', 'nz': 'nz', 'ca': 'ca', 'in': 'in', 'sg': 'sg',
             'my': 'my', 'za': 'za', 'es': 'es', 'ct': 'es', 'it': 'it', 'pl': 'pl', 'se': 'se', 'fi': 'fi', 'tr': 'tr', 'ku': 'tr',
             'kr': 'kr', 'ko': 'kr', 'ng': 'ng', 'ke': 'ke', 'ph': 'ph', 'jp': 'jp'}


class Ctx:
    """What one prompt has drawn so far: its generator, setting and people."""

    def __init__(self, r, cult, lang='en', region=None):
        self.r, self.cult, self.lang = r, cult, lang
        self.region = region or REGION_OF.get(cult, cult)
        self.cur = None
        self.cults = None
        self.org = self.org_dom = self.dl_state = None


def rd(n, r):
    return ''.join(r.choice(string.digits) for _ in range(n))


# ---- people ---------------------------------------------------------------
def make_person(ctx, cult=None, gender=None, surname_of=None, middle=None, only=None):
    r = ctx.r
    cult = cult or ctx.cult
    males, females, surnames = POOLS[cult]
    g = gender or r.choice('mf')
    if only is not None:
        g = r.choice([x for x in 'mf' if [y for y in (males if x == 'm' else females) if y in only]])
        first = r.choice([y for y in (males if g == 'm' else females) if y in only])
    else:
        first = r.choice(males if g == 'm' else females)
    if surname_of is not None and surname_of['cult'] == cult:
        sidx = surname_of['sidx']
        if first == surname_of['first']:
            first = [x for x in (males if g == 'm' else females) if x != first][0]
    else:
        sidx = r.randrange(len(surnames))
    s = surnames[sidx]
    last = s if isinstance(s, str) else s[0 if g == 'm' else 1]
    if cult in ('es', 'ct', 'mx', 'co', 'ar', 'cl') and r.random() < 0.45 and surname_of is None:
        other = [x for x in surnames if x != s]
        last = last + ' ' + r.choice(other)
    if cult == 'ko':
        full = last + first
    elif cult == 'vn':
        mid = r.choice(['Văn', 'Minh', 'Quang'] if g == 'm' else ['Thị', 'Ngọc', 'Thanh'])
        full = '%s %s %s' % (last, mid, first)
    elif cult in SURNAME_FIRST or r.random() < SOMETIMES_SF.get(cult, 0):
        full = last + ' ' + first
    else:
        mid = ''
        if middle or (middle is None and cult in ('us', 'en', 'au', 'ca', 'nz', 'ie') and r.random() < 0.12):
            mid = ' ' + r.choice('ABCDEFGHJKLMNPRSTW') + '.'
        full = first + mid + ' ' + last
    p = {'first': first, 'last': last, 'full': full, 'g': g, 'cult': cult, 'sidx': sidx}
    ctx.cur = p
    return p


def pick_cult(ctx, arg):
    if not arg:
        return ctx.cult
    if arg == 'any':
        return ctx.r.choice(ALL_CULTS)
    if arg in GROUPS:
        return ctx.r.choice(GROUPS[arg])
    return arg


def g_name(ctx, a):
    cult = pick_cult(ctx, a[0] if a and a[0] != 'mid' else None)
    return ('PERSON', make_person(ctx, cult, middle=True if 'mid' in a else None)['full'])


def g_spouse(ctx, a):
    base = ctx.cur or make_person(ctx)
    p = make_person(ctx, base['cult'], gender='f' if base['g'] == 'm' else 'm', surname_of=base)
    ctx.cur = base
    return ('PERSON', p['full'])


def g_first(ctx, a):
    p = ctx.cur or make_person(ctx)
    return ('PERSON', p['first'])


def g_given(ctx, a):
    # a first name on its own: one that dev and the earlier probes do not use
    cult = pick_cult(ctx, a[0] if a else None)
    if not [x for x in POOLS[cult][0] + POOLS[cult][1] if x in NEW_GIVEN]:
        cult = ctx.r.choice([c for c in (ctx.cults or ALL_CULTS) if [x for x in POOLS[c][0] + POOLS[c][1] if x in NEW_GIVEN]] or
                            [c for c in ALL_CULTS if [x for x in POOLS[c][0] + POOLS[c][1] if x in NEW_GIVEN]])
    return ('PERSON', make_person(ctx, cult, only=NEW_GIVEN)['first'])


def g_last(ctx, a):
    p = ctx.cur if (ctx.cur and not a) else make_person(ctx, pick_cult(ctx, a[0] if a else None))
    if p['cult'] in ('my', 'ko', 'vn'):
        return ('PERSON', p['first'] if p['cult'] != 'ko' else p['full'])
    return ('PERSON', p['last'])


def g_nato(ctx, a):   # Italian past participle agreeing with the current person
    return 'nata' if ctx.cur and ctx.cur['g'] == 'f' else 'nato'


def handle(ctx, p):
    r = ctx.r
    fn = re.sub(r'[^a-z]', '', fold(p['first']).lower())
    ln = fold(p['last']).lower()
    ln = re.sub(r'^(bin|binti) ', '', ln)
    ln = re.sub(r'[^a-z]', '', ln)
    if not fn or not ln:
        return 'user' + rd(5, r)
    k = r.randrange(8)
    if k == 0: return '%s.%s' % (fn, ln)
    if k == 1: return fn[0] + ln
    if k == 2: return '%s_%s%d' % (fn, ln, r.randint(2, 99))
    if k == 3: return '%s.%s' % (ln, fn)
    if k == 4: return fn + ln[0]
    if k == 5: return '%s.%s+%s' % (fn, ln, r.choice(['billing', 'work', 'news', 'hr']))
    if k == 6: return '%s%d' % (ln, r.randint(10, 9999))
    return '%s-%s' % (fn, ln)


def g_email(ctx, a):
    r = ctx.r
    if a and a[0] == 'org':
        if not ctx.org_dom:
            g_org(ctx, [])
        p = ctx.cur or make_person(ctx)
        return ('EMAIL_ADDRESS', handle(ctx, p).split('+')[0] + '@' + ctx.org_dom)
    if a and a[0] == 'role':
        if not ctx.org_dom:
            g_org(ctx, [])
        return ('EMAIL_ADDRESS', r.choice(['accounts', 'billing', 'payroll', 'admin', 'info', 'support']) + '@' + ctx.org_dom)
    if a and a[0] == 'any':
        p = make_person(ctx, r.choice(ALL_CULTS))
        ctx.cur = None
    else:
        p = ctx.cur or make_person(ctx)
    doms = MAIL_LOCAL.get(p['cult'], []) + MAIL_GENERIC
    return ('EMAIL_ADDRESS', handle(ctx, p) + '@' + r.choice(doms))


# ---- places and organisations --------------------------------------------
def g_city(ctx, a):
    cult = pick_cult(ctx, a[0] if a else None)
    if cult not in CITIES:
        cult = ctx.r.choice(ALL_CULTS)
    return ('LOCATION', ctx.r.choice(CITIES[cult]))


def g_region(ctx, a):
    return ('LOCATION', ctx.r.choice(REGIONS))


def g_state(ctx, a):
    return ('LOCATION', ctx.r.choice(US_STATES))


def g_country(ctx, a):
    return ('LOCATION', ctx.r.choice(COUNTRIES))


def g_street(ctx, a):
    r = ctx.r
    reg = a[0] if a else ctx.region
    n = r.randint(2, 1899)
    if reg in ('uk', 'ie', 'nz', 'sc'):
        s = '%d %s %s' % (r.randint(2, 240), r.choice(STREET_STEMS['uk']), r.choice(['Road', 'Lane', 'Close', 'Crescent', 'Terrace', 'Mews', 'Gardens', 'Street']))
        if r.random() < 0.25:
            s = 'Flat %d, %s' % (r.randint(1, 40), s)
    elif reg in ('us', 'ca'):
        s = '%d %s %s' % (n, r.choice(STREET_STEMS['us']), r.choice(['Road', 'Drive', 'Avenue', 'Street', 'Lane', 'Court', 'Parkway']))
        if r.random() < 0.3:
            s = r.choice(['Apt %d, ', 'Suite %d, ', 'Unit %d, ']) % r.randint(2, 480) + s
    elif reg == 'au':
        s = '%d %s %s' % (r.randint(2, 400), r.choice(STREET_STEMS['au']), r.choice(['Street', 'Road', 'Parade', 'Crescent', 'Close', 'Way']))
        if r.random() < 0.3:
            s = 'Unit %d, %s' % (r.randint(1, 60), s)
    elif reg == 'es':
        s = '%s %s %d' % (r.choice(['Calle', 'Avenida', 'Paseo', 'Plaza']), r.choice(STREET_STEMS['es']), r.randint(1, 180))
    elif reg == 'it':
        s = '%s %s %d' % (r.choice(['Via', 'Viale', 'Piazza', 'Vicolo']), r.choice(STREET_STEMS['it']), r.randint(1, 160))
    elif reg == 'pl':
        s = 'ul. %s %d' % (r.choice(STREET_STEMS['pl']), r.randint(1, 90)) + ('/%d' % r.randint(1, 40) if r.random() < 0.5 else '')
    elif reg == 'tr':
        s = '%s %s No: %d' % (r.choice(STREET_STEMS['tr']), r.choice(['Sokak', 'Caddesi', 'Sokağı']), r.randint(1, 120))
    elif reg == 'fi':
        s = '%s%s %d' % (r.choice(STREET_STEMS['fi']), r.choice(['katu', 'tie', 'polku', 'kuja']), r.randint(1, 60)) + (' B %d' % r.randint(1, 30) if r.random() < 0.4 else '')
    elif reg == 'se':
        s = '%s%s %d' % (r.choice(STREET_STEMS['se']), r.choice(['vägen', 'gatan', 'stigen']), r.randint(1, 90))
    elif reg == 'kr':
        s = '%s-ro %d-gil %d' % (r.choice(STREET_STEMS['kr']), r.randint(1, 40), r.randint(1, 99))
    elif reg == 'sg':
        s = r.choice(['Blk %d Frankel Avenue', '%d Dunearn Road', 'Blk %d Lorong Chencharu', '%d Opera Estate Road']) % r.randint(2, 480)
    elif reg == 'za':
        s = '%d %s %s' % (r.randint(2, 300), r.choice(STREET_STEMS['za']), r.choice(['Street', 'Avenue', 'Road', 'Crescent']))
    elif reg == 'ng':
        s = '%d %s %s' % (r.randint(2, 90), r.choice(STREET_STEMS['ng']), r.choice(['Street', 'Close', 'Crescent', 'Avenue']))
    elif reg == 'ke':
        s = '%s %s' % (r.choice(STREET_STEMS['ke']), r.choice(['Road', 'Lane', 'Avenue']))
    elif reg == 'in':
        s = '%d %s %s' % (r.randint(2, 400), r.choice(STREET_STEMS['in']), r.choice(['Marg', 'Road', 'Cross Road', 'Lane']))
    elif reg == 'br':
        s = '%s %s %d' % (r.choice(['Rua', 'Avenida', 'Travessa']), r.choice(STREET_STEMS['br']), r.randint(10, 2400))
    elif reg == 'jp':
        s = '%d-%d-%d %s-chō' % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 20), r.choice(STREET_STEMS['jp']))
    else:
        s = '%d %s Street' % (r.randint(2, 300), r.choice(STREET_STEMS['uk']))
    return ('LOCATION', s)


ORG_STOP = {'Studio', 'Hotel', 'The', 'Banca', 'Banco', 'Clínica', 'Szpital', 'Casa', 'Ospedale', 'Hospital', 'Legale', 'Cura',
            'Terveysasema', 'Vårdcentralen', 'Construcciones', 'Przychodnia', 'Tuulivoima', 'Café', 'Trattoria', 'Grill'}


def g_org(ctx, a):
    r = ctx.r
    kind = a[0] if a else 'firm'
    reg = a[1] if len(a) > 1 else ctx.region
    if kind == 'hosp':
        name = r.choice(HOSP_LOCAL.get(reg, ORGS['hosp']))
    elif kind == 'local':
        name = r.choice(ORGS.get(reg, ORGS['firm']))
    else:
        name = r.choice(ORGS[kind])
    ctx.org = name
    words = [w for w in re.findall(r'[^\W\d_]+', name) if len(w) >= 4 and w not in ORG_STOP]
    stem = re.sub(r'[^a-z]', '', fold(words[0] if words else name).lower())
    ctx.org_dom = stem + ORG_DOMAIN_TLD.get(reg, r.choice(['.com', '.io', '.net', '.co']))
    return ('ORGANIZATION', name)


def g_nrp(ctx, a):
    pool = {'rel': NRP_REL, 'pol': NRP_POL}.get(a[0] if a else '', NRP_NAT)
    return ('NRP', ctx.r.choice(pool))


# ---- dates ----------------------------------------------------------------
MONTHS = {
    'en': _w('January|February|March|April|May|June|July|August|September|October|November|December'),
    'es': _w('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
    'it': _w('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
    'pl': _w('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
    'fi': _w('tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta'),
    'sv': _w('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
    'tr': _w('Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık'),
    'pt': _w('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
    'fr': _w('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
    'de': _w('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
    'id': _w('Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember'),
}
WEEKDAYS = _w('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')


def ordsfx(d):
    return 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')


def clock(r, style):
    h, m = r.randint(7, 19), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if style == 12:
        return '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')
    if style == 'p':
        return '%d%s' % ((h - 1) % 12 + 1, 'am' if h < 12 else 'pm') if m == 0 else '%d:%02d%s' % ((h - 1) % 12 + 1, m, 'am' if h < 12 else 'pm')
    if style == 'fi':
        return '%d.%02d' % (h, m)
    return '%02d:%02d' % (h, m)


def fmt_date(ctx, kind):
    r, lang, reg = ctx.r, ctx.lang, ctx.region
    y0, y1 = (1944, 2005) if kind == 'dob' else (2019, 2026)
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    D, M, Y = d.day, d.month, d.year
    if kind == 'time':
        return clock(r, r.choice([12, 24, 'p'] if lang == 'en' else [24]))
    if lang == 'en':
        mon = MONTHS['en'][M - 1]
        ab = mon[:3]
        us = reg in ('us', 'ph')
        if kind == 'dt':
            k = r.randrange(5)
            if k == 0: return '%s %d at %s' % (mon, D, clock(r, 12))
            if k == 1: return '%d %s %d, %s' % (D, mon, Y, clock(r, 24))
            if k == 2: return '%d-%02d-%02d %s' % (Y, M, D, clock(r, 24))
            if k == 3: return '%s %d %s at %s' % (WEEKDAYS[d.weekday()], D, ab, clock(r, 'p'))
            return '%s %d, %d, %s' % (ab, D, Y, clock(r, 12))
        opts = ['%s %d, %d' % (mon, D, Y), '%d %s %d' % (D, mon, Y), '%s %d, %d' % (ab, D, Y), '%d %s %d' % (D, ab, Y),
                '%d-%02d-%02d' % (Y, M, D), ('%02d/%02d/%d' % (M, D, Y)) if us else ('%02d/%02d/%d' % (D, M, Y)),
                '%d%s %s %d' % (D, ordsfx(D), mon, Y), '%02d-%s-%d' % (D, ab.upper(), Y)]
        if kind != 'dob':
            opts += ['%s, %s %d' % (WEEKDAYS[d.weekday()], mon, D), '%s %d%s' % (mon, D, ordsfx(D))]
        return r.choice(opts)
    mon = MONTHS.get(lang, MONTHS['en'])[M - 1]
    if lang == 'es':
        if kind == 'dt': return '%d de %s a las %s' % (D, mon, clock(r, 24))
        return r.choice(['%d de %s de %d' % (D, mon, Y), '%02d/%02d/%d' % (D, M, Y)])
    if lang == 'pt':
        if kind == 'dt': return '%d de %s às %s' % (D, mon, clock(r, 24))
        return r.choice(['%d de %s de %d' % (D, mon, Y), '%02d/%02d/%d' % (D, M, Y)])
    if lang == 'it':
        if kind == 'dt': return '%d %s alle %s' % (D, mon, clock(r, 24))
        return r.choice(['%d %s %d' % (D, mon, Y), '%02d/%02d/%d' % (D, M, Y)])
    if lang == 'pl':
        if kind == 'dt': return '%02d.%02d.%d, %s' % (D, M, Y, clock(r, 24))
        return r.choice(['%d %s %d' % (D, mon, Y), '%02d.%02d.%d' % (D, M, Y)])
    if lang == 'fi':
        if kind == 'dt': return '%d.%d.%d klo %s' % (D, M, Y, clock(r, 'fi'))
        return r.choice(['%d.%d.%d' % (D, M, Y), '%d. %s %d' % (D, mon, Y)])
    if lang == 'sv':
        if kind == 'dt': return '%d %s kl. %s' % (D, mon, clock(r, 24))
        return r.choice(['%d %s %d' % (D, mon, Y), '%d-%02d-%02d' % (Y, M, D)])
    if lang == 'tr':
        if kind == 'dt': return '%d %s %d saat %s' % (D, mon, Y, clock(r, 24))
        return r.choice(['%02d.%02d.%d' % (D, M, Y), '%d %s %d' % (D, mon, Y)])
    if lang == 'ko':
        if kind == 'dt': return '%d년 %d월 %d일 %s' % (Y, M, D, clock(r, 24))
        return r.choice(['%d년 %d월 %d일' % (Y, M, D), '%d.%02d.%02d' % (Y, M, D)])
    if lang == 'de':
        if kind == 'dt': return '%d. %s um %s' % (D, mon, clock(r, 24))
        return r.choice(['%d. %s %d' % (D, mon, Y), '%02d.%02d.%d' % (D, M, Y)])
    if lang == 'fr':
        if kind == 'dt': return '%d %s à %s' % (D, mon, clock(r, 24).replace(':', 'h'))
        return '%d %s %d' % (D, mon, Y)
    if lang == 'id':
        if kind == 'dt': return '%d %s %d pukul %s' % (D, mon, Y, clock(r, 24).replace(':', '.'))
        return '%d %s %d' % (D, mon, Y)
    return '%d %s %d' % (D, mon, Y)


def g_date(ctx, a):
    return ('DATE_TIME', fmt_date(ctx, a[0] if a else 'ev'))


# ---- phones ---------------------------------------------------------------
def phone(r, cc):
    d = lambda n: rd(n, r)
    nz = lambda: str(r.randint(2, 9))
    if cc in ('us', 'ca'):
        a = nz() + str(r.randint(0, 8)) + d(1); b = nz() + d(2); c = d(4)
        return r.choice(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '%s.%s.%s', '+1 (%s) %s-%s', '+1-%s-%s-%s']) % (a, b, c)
    table = {
        'uk': ['07%s %s' % (d(3), d(6)), '+44 7%s %s' % (d(3), d(6)), '+44 1%s %s' % (d(3), d(6)), '01%s %s %s' % (d(3), d(3), d(3))],
        'ie': ['+353 8%s %s %s' % (r.choice('3579'), d(3), d(4)), '08%s %s %s' % (r.choice('3579'), d(3), d(4))],
        'au': ['+61 4%s %s %s' % (d(2), d(3), d(3)), '04%s %s %s' % (d(2), d(3), d(3)), '(0%s) %s %s' % (r.choice('2378'), d(4), d(4))],
        'nz': ['+64 2%s %s %s' % (r.choice('127'), d(3), d(4)), '02%s %s %s' % (r.choice('127'), d(3), d(4))],
        'es': ['+34 6%s %s %s %s' % (d(2), d(2), d(2), d(2)), '+34 9%s %s %s' % (d(2), d(3), d(3)), '6%s %s %s' % (d(2), d(3), d(3))],
        'mx': ['+52 1 %s %s %s' % (r.choice(['55', '33', '81']), d(4), d(4)), '+52 %s %s %s' % (d(3), d(3), d(4))],
        'ar': ['+54 9 11 %s-%s' % (d(4), d(4))], 'co': ['+57 3%s %s %s' % (d(2), d(3), d(4))], 'cl': ['+56 9 %s %s' % (d(4), d(4))],
        'br': ['+55 %s 9%s-%s' % (r.choice(['11', '21', '31', '92']), d(4), d(4)), '(%s) 9%s-%s' % (r.choice(['11', '71', '35']), d(4), d(4))],
        'pt': ['+351 9%s %s %s' % (r.choice('1236'), d(3), d(3))],
        'it': ['+39 3%s %s %s' % (d(2), d(3), d(4)), '3%s %s %s' % (d(2), d(3), d(4)), '+39 %s %s %s' % (r.choice(['02', '06', '011', '055', '081', '051']), d(4), d(4))],
        'fr': ['+33 6 %s %s %s %s' % (d(2), d(2), d(2), d(2)), '07 %s %s %s %s' % (d(2), d(2), d(2), d(2))],
        'nl': ['+31 6 %s' % d(8), '06-%s' % d(8)], 'de': ['+49 15%s %s' % (d(1), d(8)), '0172 %s' % d(7)], 'at': ['+43 664 %s' % d(7)],
        'pl': ['+48 %s %s %s' % (r.choice('5678') + d(2), d(3), d(3)), '%s-%s-%s' % (r.choice('5678') + d(2), d(3), d(3))],
        'cz': ['+420 %s %s %s' % (r.choice('67') + d(2), d(3), d(3))], 'hu': ['+36 %s %s %s' % (r.choice(['20', '30', '70']), d(3), d(4))],
        'ro': ['+40 7%s %s %s' % (d(2), d(3), d(3))], 'rs': ['+381 6%s %s %s' % (d(1), d(3), d(4))], 'hr': ['+385 9%s %s %s' % (d(1), d(3), d(4))],
        'gr': ['+30 69%s %s %s' % (d(1), d(3), d(4))], 'tr': ['+90 5%s %s %s %s' % (d(2), d(3), d(2), d(2)), '05%s %s %s %s' % (d(2), d(3), d(2), d(2))],
        'am': ['+374 9%s %s' % (d(1), d(6))], 'ge': ['+995 5%s %s %s %s' % (d(2), d(2), d(2), d(2))], 'ua': ['+380 6%s %s %s' % (d(1), d(3), d(4))],
        'ru': ['+7 9%s %s-%s-%s' % (d(2), d(3), d(2), d(2))], 'lt': ['+370 6%s %s' % (d(2), d(5))], 'lv': ['+371 2%s %s' % (d(3), d(4))],
        'ee': ['+372 5%s %s' % (d(3), d(4))], 'fi': ['+358 4%s %s %s' % (r.choice('05'), d(3), d(4)), '04%s %s %s' % (r.choice('05'), d(3), d(4)), '050-%s %s' % (d(3), d(4))],
        'se': ['+46 7%s %s %s %s' % (r.choice('0236'), d(3), d(2), d(2)), '07%s-%s %s %s' % (r.choice('0236'), d(3), d(2), d(2))],
        'no': ['+47 %s %s %s' % (r.choice('49') + d(2), d(2), d(3))], 'dk': ['+45 %s %s %s %s' % (d(2), d(2), d(2), d(2))], 'is': ['+354 %s %s' % (r.choice('678') + d(2), d(4))],
        'kr': ['+82 10-%s-%s' % (d(4), d(4)), '010-%s-%s' % (d(4), d(4)), '02-%s-%s' % (d(3), d(4))], 'jp': ['+81 90-%s-%s' % (d(4), d(4)), '080-%s-%s' % (d(4), d(4))],
        'sg': ['+65 %s %s' % (r.choice('89') + d(3), d(4)), '%s %s' % (r.choice('689') + d(3), d(4))], 'cn': ['+86 13%s %s %s' % (d(1), d(4), d(4))],
        'my': ['+60 1%s-%s %s' % (d(1), d(3), d(4)), '01%s-%s %s' % (d(1), d(3), d(4))], 'id': ['+62 81%s-%s-%s' % (d(1), d(4), d(4))],
        'ph': ['+63 9%s %s %s' % (d(2), d(3), d(4)), '09%s %s %s' % (d(2), d(3), d(4))], 'th': ['+66 8%s %s %s' % (d(1), d(3), d(4)), '08%s %s %s' % (d(1), d(3), d(4))],
        'vn': ['+84 9%s %s %s %s' % (d(1), d(3), d(2), d(2))], 'kh': ['+855 1%s %s %s' % (d(1), d(3), d(3))], 'np': ['+977 98%s %s' % (d(2), d(6))],
        'lk': ['+94 7%s %s %s' % (d(1), d(3), d(4))], 'in': ['+91 %s %s' % (r.choice('6789') + d(4), d(5)), '0%s %s' % (r.choice('6789') + d(4), d(5)), '%s-%s' % (r.choice('6789') + d(4), d(5))],
        'pk': ['+92 3%s %s' % (d(2), d(7)), '03%s-%s' % (d(2), d(7))], 'ir': ['+98 9%s %s %s' % (d(2), d(3), d(4))], 'eg': ['+20 1%s %s %s' % (r.choice('0125'), d(4), d(4))],
        'lb': ['+961 %s %s %s' % (r.choice('37'), d(3), d(3))], 'il': ['+972 5%s-%s-%s' % (d(1), d(3), d(4))], 'et': ['+251 9%s %s %s' % (d(1), d(3), d(4))],
        'so': ['+252 6%s %s %s' % (d(1), d(3), d(4))], 'ke': ['+254 7%s %s %s' % (d(2), d(3), d(3)), '07%s %s' % (d(2), d(6))],
        'ng': ['+234 80%s %s %s' % (d(1), d(3), d(4)), '080%s %s %s' % (d(1), d(3), d(4))], 'gh': ['+233 2%s %s %s' % (d(1), d(3), d(4))],
        'za': ['+27 8%s %s %s' % (d(1), d(3), d(4)), '08%s %s %s' % (d(1), d(3), d(4)), '(021) %s %s' % (d(3), d(4))],
        'zw': ['+263 7%s %s %s' % (d(1), d(3), d(4))], 'mg': ['+261 3%s %s %s %s' % (d(1), d(2), d(3), d(2))], 'ws': ['+685 7%s %s' % (d(1), d(5))],
        'mn': ['+976 9%s %s' % (d(3), d(4))], 'kz': ['+7 70%s %s %s' % (d(1), d(3), d(4))], 'uz': ['+998 9%s %s %s %s' % (d(1), d(3), d(2), d(2))],
    }
    alias = {'en': 'uk', 'sc': 'uk', 'cy': 'uk', 'ct': 'es', 'ku': 'tr', 'ko': 'kr'}
    return r.choice(table.get(alias.get(cc, cc), table['uk']))


def g_phone(ctx, a):
    cc = a[0] if a else (ctx.region or ctx.cult)
    return ('PHONE_NUMBER', phone(ctx.r, cc))


# ---- identifiers (each passes its published check) ---------------------------
def fmt_grouped(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


def g_cc(ctx, a):
    r = ctx.r
    kind = a[0] if a else r.choice(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'unionpay', 'rupay', 'mir'])
    if kind == 'unionpay':
        n = K.luhn_complete('62' + rd(13, r))
    elif kind == 'rupay':
        n = K.luhn_complete(r.choice(['6521', '6522', '6081']) + rd(11, r))
    elif kind == 'mir':
        n = K.luhn_complete('220' + str(r.randint(0, 4)) + rd(11, r))
    else:
        n = K.card(r, kind)
    if len(n) == 15:
        return ('CREDIT_CARD', r.choice([n, fmt_grouped(n, (4, 6, 5), ' '), fmt_grouped(n, (4, 6, 5), '-')]))
    if len(n) == 14:
        return ('CREDIT_CARD', r.choice([n, fmt_grouped(n, (4, 6, 4), ' ')]))
    return ('CREDIT_CARD', r.choice([n, K.group(n, 4), K.group(n, 4), K.group(n, 4, '-')]))


IBAN_MORE = {'LT': 'n16', 'RO': 'a4n16', 'HU': 'n24', 'GR': 'n23', 'CZ': 'n20', 'SK': 'n20', 'HR': 'n17', 'SI': 'n15',
             'LU': 'n16', 'EE': 'n16', 'LV': 'a4n13', 'BG': 'a4n14', 'MT': 'a4n23', 'QA': 'a4n21', 'KW': 'a4n22', 'IL': 'n19',
             'JO': 'a4n22', 'PK': 'a4n16', 'BR': 'n23a1n1', 'UA': 'n25', 'KZ': 'n16', 'EG': 'n25', 'IS': 'n22', 'GE': 'a2n16',
             'AZ': 'a4n20', 'CY': 'n24', 'MU': 'a4n19', 'LB': 'n24', 'MC': 'n23', 'SM': 'a1n22', 'AD': 'n20', 'LI': 'n17'}
IBAN_OF = {'es': 'ES', 'ct': 'ES', 'it': 'IT', 'pl': 'PL', 'se': 'SE', 'fi': 'FI', 'tr': 'TR', 'ku': 'TR', 'de': 'DE', 'at': 'AT',
           'fr': 'FR', 'nl': 'NL', 'pt': 'PT', 'ie': 'IE', 'en': 'GB', 'sc': 'GB', 'cy': 'GB', 'no': 'NO', 'dk': 'DK', 'lt': 'LT',
           'ro': 'RO', 'hu': 'HU', 'gr': 'GR', 'cz': 'CZ', 'hr': 'HR', 'ee': 'EE', 'lv': 'LV', 'is': 'IS', 'ua': 'UA', 'kz': 'KZ',
           'eg': 'EG', 'il': 'IL', 'ge': 'GE', 'br': 'BR', 'lb': 'LB', 'pk': 'PK', 'rs': 'RS'}
IBAN_MORE['RS'] = 'n18'


def iban_value(r, cc):
    if cc in K.IBAN_FMT:
        return K.iban(r, cc)
    b = ''
    for kind, k in re.findall(r'([an])(\d+)', IBAN_MORE[cc]):
        for _ in range(int(k)):
            b += r.choice(string.ascii_uppercase if kind == 'a' else string.digits)
    if cc == 'MU':
        b += 'MUR'
    return cc + K.iban_check(cc, b) + b


def iban_ok(s):
    s = s.replace(' ', '')
    t = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in t)) % 97 == 1


def g_iban(ctx, a):
    r = ctx.r
    cc = a[0] if a else IBAN_OF.get(ctx.cult, r.choice(sorted(set(K.IBAN_FMT) | set(IBAN_MORE))))
    v = iban_value(r, cc)
    assert iban_ok(v)
    return ('IBAN_CODE', K.group(v, 4) if r.random() < 0.55 else v)


def g_btc(ctx, a):
    r = ctx.r
    return ('CRYPTO', K.btc(r, a[0] if a else r.choice(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))


def ip4(r, private=None):
    if private is None:
        private = r.random() < 0.4
    if private:
        return r.choice(['10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         '192.168.%d.%d' % (r.randint(0, 255), r.randint(1, 254)),
                         '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    first = r.choice([x for x in range(11, 224) if x not in (10, 100, 127, 169, 172, 192)])
    return '%d.%d.%d.%d' % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ip6(r):
    h = lambda: '%x' % r.randint(0, 0xffff)
    k = r.randrange(5)
    if k == 0: return ':'.join('%04x' % r.randint(0, 0xffff) for _ in range(8))
    if k == 1: return '2001:db8:%s:%s::%s' % (h(), h(), h())
    if k == 2: return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())
    if k == 3: return '::ffff:' + ip4(r, False)
    return '2a0%d:%s:%s::%s' % (r.randint(0, 9), h(), h(), h())


def g_ip(ctx, a):
    r = ctx.r
    k = a[0] if a else ('6' if r.random() < 0.3 else '4')
    if k == '6':
        return ('IP_ADDRESS', ip6(r))
    return ('IP_ADDRESS', ip4(r, True if k == 'p' else (False if k == 'pub' else None)))


def g_mac(ctx, a):
    r = ctx.r
    b = [r.randint(0, 255) for _ in range(6)]
    k = r.randrange(5)
    if k == 0: return ('MAC_ADDRESS', ':'.join('%02X' % x for x in b))
    if k == 1: return ('MAC_ADDRESS', ':'.join('%02x' % x for x in b))
    if k == 2: return ('MAC_ADDRESS', '-'.join('%02X' % x for x in b))
    if k == 3: return ('MAC_ADDRESS', '.'.join('%02x%02x' % (b[i], b[i + 1]) for i in (0, 2, 4)))
    return ('MAC_ADDRESS', '-'.join('%02x' % x for x in b))


URL_HOSTS = _w('mistlethwaite.co.uk|lochbrae-energy.com|quayhaven.io|plovercrest.media|cloudberry.dev|eiderholm.no|upperwold-logistics.com|vetchfield.systems|gannetbay.com.au|ginestra.it|retama.es|havsorn.se|kaarnalehto.fi|jarzebina.pl|zeytinlik.com.tr|saebyeok.co.kr|frankel.com.sg|vengurla.in|ilanga.co.za|pamoja.co.ke|sagada.ph|duskwood.games|wickerby.studio|sorrelmoor-estates.com')


def g_url(ctx, a):
    r = ctx.r
    kind = a[0] if a else r.choice(['plain', 'path', 'query', 'bare'])
    host = ctx.org_dom if (kind == 'org' and ctx.org_dom) else r.choice(URL_HOSTS)
    tok = ''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(10))
    if kind == 'profile':
        p = ctx.cur or make_person(ctx)
        hd = re.sub(r'[^a-z]', '', fold(p['first'] + p['last']).lower()) or 'member' + rd(4, r)
        return ('URL', r.choice(['https://people.%s/%s' % (r.choice(URL_HOSTS), hd), 'https://www.%s/team/%s' % (r.choice(URL_HOSTS), hd)]))
    if kind == 'reset':
        return ('URL', 'https://%s/account/reset?token=%s' % (host, tok))
    if kind == 'org':
        return ('URL', r.choice(['https://www.%s', 'https://status.%s', 'https://%s/careers', 'www.%s/contact']) % host)
    if kind == 'bare':
        return ('URL', r.choice(['%s/%s', 'www.%s/%s']) % (host, r.choice(['login', 'help', 'track', 'pay', 'verify'])))
    if kind == 'query':
        return ('URL', 'https://%s/%s?id=%s&ref=%s' % (host, r.choice(['parcel', 'invoice', 'verify', 'claim']), rd(6, r), tok[:6]))
    if kind == 'path':
        return ('URL', 'https://%s/%s/%s' % (host, r.choice(['docs', 'blog', 'support/article', 'news']), r.choice(['pricing-2025', 'release-notes', 'refund-policy', 'how-we-work'])))
    return ('URL', r.choice(['https://', 'http://', 'https://www.']) + host)


def g_ssn(ctx, a):
    r = ctx.r
    x = K.ssn(r)
    return ('US_SSN', r.choice(['-', '-', '-', ' ', '']).join(x))


def g_itin(ctx, a):
    r = ctx.r
    x = K.itin(r)
    return ('US_ITIN', r.choice(['-', '-', ' ', '']).join(x))


def g_uspass(ctx, a):
    r = ctx.r
    return ('US_PASSPORT', r.choice([str(r.randint(1, 9)) + rd(8, r), r.choice('ACEFGHJKLMNPRSTVWXZ') + rd(8, r)]))


DL_LAYOUTS = [
    ('California', lambda r: r.choice(string.ascii_uppercase) + rd(7, r)),
    ('Florida', lambda r: '%s%s-%s-%s-%s-%s' % (r.choice(string.ascii_uppercase), rd(3, r), rd(3, r), rd(2, r), rd(3, r), rd(1, r))),
    ('Illinois', lambda r: '%s%s-%s-%s' % (r.choice(string.ascii_uppercase), rd(3, r), rd(4, r), rd(4, r))),
    ('New York', lambda r: '%s %s %s' % (rd(3, r), rd(3, r), rd(3, r))),
    ('Texas', lambda r: rd(8, r)),
    ('Pennsylvania', lambda r: '%s %s %s' % (rd(2, r), rd(3, r), rd(3, r))),
    ('Michigan', lambda r: '%s %s %s %s %s' % (r.choice(string.ascii_uppercase), rd(3, r), rd(3, r), rd(3, r), rd(3, r))),
    ('Wisconsin', lambda r: '%s%s-%s-%s-%s' % (r.choice(string.ascii_uppercase), rd(3, r), rd(4, r), rd(4, r), rd(2, r))),
    ('New Jersey', lambda r: '%s%s %s %s' % (r.choice(string.ascii_uppercase), rd(4, r), rd(5, r), rd(5, r))),
    ('Ohio', lambda r: ''.join(r.choice(string.ascii_uppercase) for _ in range(2)) + rd(6, r)),
    ('Colorado', lambda r: '%s-%s-%s' % (rd(2, r), rd(3, r), rd(4, r))),
    ('Iowa', lambda r: rd(3, r) + ''.join(r.choice(string.ascii_uppercase) for _ in range(2)) + rd(4, r)),
    ('Maryland', lambda r: '%s-%s-%s-%s-%s' % (r.choice(string.ascii_uppercase), rd(3, r), rd(3, r), rd(3, r), rd(3, r))),
    ('Washington', lambda r: 'WDL' + ''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))),
    ('Arizona', lambda r: r.choice('ABDY') + rd(8, r)),
    ('Virginia', lambda r: r.choice(string.ascii_uppercase) + rd(8, r)),
    ('Minnesota', lambda r: r.choice(string.ascii_uppercase) + rd(12, r)),
    ('New Hampshire', lambda r: rd(2, r) + ''.join(r.choice(string.ascii_uppercase) for _ in range(3)) + rd(5, r)),
]


def g_dl(ctx, a):
    r = ctx.r
    st, f = r.choice(DL_LAYOUTS)
    ctx.dl_state = st
    return ('US_DRIVER_LICENSE', f(r))


def g_dlstate(ctx, a):
    return ('LOCATION', ctx.dl_state or ctx.r.choice(US_STATES))


def g_bankacct(ctx, a):
    r = ctx.r
    return ('US_BANK_NUMBER', str(r.randint(1, 9)) + rd(r.randint(7, 16), r))


def g_mbi(ctx, a):
    r = ctx.r
    return ('US_MBI', K.mbi(r, dash=r.random() < 0.5))


def g_npi(ctx, a):
    return ('US_NPI', K.npi(ctx.r))


def g_dea(ctx, a):
    r = ctx.r
    p = ctx.cur
    init = (fold(p['last'] if p['cult'] not in ('my', 'ko', 'vn') else p['first'])[:1].upper() if p else '') or r.choice(string.ascii_uppercase)
    d = rd(6, r)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return ('MEDICAL_LICENSE', r.choice('ABFGM') + init + d + str(s % 10))


def g_nhs(ctx, a):
    r = ctx.r
    n = K.nhs(r)
    return ('UK_NHS', r.choice([n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:])]))


NINO_BAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def g_nino(ctx, a):
    r = ctx.r
    while True:
        p = r.choice('ABCEGHJKLMNOPRSTWXYZ') + r.choice('ABCEGHJKLMNPRSTWXYZ')
        if p not in NINO_BAD:
            break
    d = rd(6, r)
    s = r.choice('ABCD')
    return ('UK_NINO', r.choice(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), p + d + s, '%s%s%s' % (p, d, s), '%s %s %s' % (p, d, s)]))


def g_tfn(ctx, a):
    r = ctx.r
    n = K.tfn(r)
    return ('AU_TFN', r.choice([n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:])]))


def g_abn(ctx, a):
    r = ctx.r
    n = K.abn(r)
    return ('AU_ABN', r.choice([n, '%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:]), '%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:])]))


def g_acn(ctx, a):
    r = ctx.r
    n = K.acn(r)
    return ('AU_ACN', r.choice([n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s %s %s' % (n[:3], n[3:6], n[6:])]))


def g_medicare(ctx, a):
    r = ctx.r
    n = K.medicare(r)
    return ('AU_MEDICARE', r.choice([n, '%s %s %s' % (n[:4], n[4:9], n[9:]), '%s %s %s' % (n[:4], n[4:9], n[9:]), '%s-%s-%s' % (n[:4], n[4:9], n[9:])]))


def g_sin(ctx, a):
    r = ctx.r
    n = K.sin(r)
    return ('CA_SIN', r.choice([n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:])]))


def g_nif(ctx, a):
    r = ctx.r
    n = K.nif(r)
    return ('ES_NIF', r.choice([n, n, n[:8] + '-' + n[8:]]))


def g_nie(ctx, a):
    r = ctx.r
    n = K.nie(r)
    return ('ES_NIE', r.choice([n, n, n[:8] + '-' + n[8:], n[0] + '-' + n[1:8] + '-' + n[8:]]))


CF_MONTH = 'ABCDEHLMPRST'
CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
COMUNI = _w('G478|E506|L736|A662|H703|F205|L219|D612|C351|B157|E783|H282|I726|L424|C710|G337')


def cf_part(word, is_name):
    w = re.sub(r'[^A-Z]', '', fold(word).upper())
    cons = [c for c in w if c not in 'AEIOU']
    vows = [c for c in w if c in 'AEIOU']
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return (''.join(cons + vows) + 'XXX')[:3]


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        idx = int(ch) if ch.isdigit() else ord(ch) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return chr(65 + t % 26)


def g_cf(ctx, a):
    """Codice fiscale built from the current person's name, birth and sex."""
    r = ctx.r
    p = ctx.cur or make_person(ctx, 'it')
    y = r.randint(1948, 2003)
    day = r.randint(1, 28) + (40 if p['g'] == 'f' else 0)
    s = cf_part(p['last'].split(' ')[0] if p['cult'] != 'it' else p['last'], False) + cf_part(p['first'], True)
    s += '%02d%s%02d%s' % (y % 100, r.choice(CF_MONTH), day, r.choice(COMUNI))
    return ('IT_FISCAL_CODE', s + cf_check(s))


def g_piva(ctx, a):
    return ('IT_VAT_CODE', K.piva(ctx.r))


def g_pesel(ctx, a):
    return ('PL_PESEL', K.pesel(ctx.r))


def g_pnr(ctx, a):
    r = ctx.r
    k = r.randrange(4)
    if k == 0: return ('SE_PERSONNUMMER', K.se_pnr(r, long=True, sep='-'))
    if k == 1: return ('SE_PERSONNUMMER', K.se_pnr(r, long=False, sep='-'))
    if k == 2: return ('SE_PERSONNUMMER', K.se_pnr(r, long=True, sep=''))
    return ('SE_PERSONNUMMER', K.se_pnr(r, long=False, sep=r.choice(['-', ''])))


def g_hetu(ctx, a):
    """Finnish identity code, with the century signs in use since 2023."""
    r = ctx.r
    y = r.randint(1940, 2012)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    sep = r.choice('-YXWVU') if y < 2000 else r.choice('ABCDEF')
    n = '%03d' % r.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + sep + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])


def g_tckn(ctx, a):
    return ('TR_NATIONAL_ID', K.tr_id(ctx.r))


def g_rrn(ctx, a):
    r = ctx.r
    n = K.kr_rrn(r)
    return ('KR_RRN', n[:6] + '-' + n[6:] if r.random() < 0.8 else n)


def g_nric(ctx, a):
    return ('SG_NRIC_FIN', K.nric(ctx.r))


def g_aadhaar(ctx, a):
    r = ctx.r
    n = K.aadhaar(r)
    return ('IN_AADHAAR', r.choice([K.group(n, 4), K.group(n, 4), n, K.group(n, 4, '-')]))


def g_pan(ctx, a):
    r = ctx.r
    p = ctx.cur
    U = string.ascii_uppercase
    if a and a[0] == 'firm':
        kind, init = 'C', (fold(ctx.org or 'X')[:1].upper() or 'X')
    else:
        kind, init = 'P', ((fold(p['last'])[:1].upper() if p else '') or r.choice(U))
    return ('IN_PAN', ''.join(r.choice(U) for _ in range(3)) + kind + init + rd(4, r) + r.choice(U))


def g_voter(ctx, a):
    r = ctx.r
    return ('IN_VOTER', ''.join(r.choice(string.ascii_uppercase) for _ in range(3)) + rd(7, r))


def g_inpass(ctx, a):
    r = ctx.r
    return ('IN_PASSPORT', r.choice('ABCDEFGHJKLMNPRSTUVWZ') + str(r.randint(1, 9)) + rd(5, r) + str(r.randint(1, 9)))


def g_zaid(ctx, a):
    return ('ZA_ID_NUMBER', K.za_id(ctx.r))


# ---- look-alikes (never labelled; each fails the check its shape suggests) --
def tfn_ok(d):
    return len(d) == 9 and sum(int(x) * w for x, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_ok(d):
    if len(d) != 10:
        return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if c == 11 else c) == int(d[9])


def acn_ok(d):
    s = sum(int(x) * w for x, w in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1]))
    return len(d) == 9 and (10 - s % 10) % 10 == int(d[8])


def abn_ok(d):
    if len(d) != 11:
        return False
    ds = [int(x) for x in d]; ds[0] -= 1
    return sum(a * b for a, b in zip(ds, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0


def pesel_ok(d):
    return len(d) == 11 and (10 - sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(d[10])


def tr_ok(d):
    if len(d) != 11 or d[0] == '0':
        return False
    x = [int(c) for c in d]
    return ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]


def piva_ok(d):
    return len(d) == 11 and K.luhn_ok(d)  # the partita IVA check is Luhn's


def npi_ok(d):
    return len(d) == 10 and K.luhn_ok('80840' + d)


def medicare_ok(d):
    return len(d) in (10, 11) and d[0] in '23456' and sum(int(a) * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8])


def any_check_passes(d):
    return (K.luhn_ok(d) or tfn_ok(d) or nhs_ok(d) or acn_ok(d) or abn_ok(d) or pesel_ok(d) or tr_ok(d)
            or npi_ok(d) or medicare_ok(d) or (len(d) == 12 and K.verhoeff_ok(d)))


def failing_digits(r, n, first='123456789'):
    while True:
        d = r.choice(first) + rd(n - 1, r)
        if not any_check_passes(d):
            return d


def b58_ok(s):
    try:
        n = 0
        for ch in s:
            n = n * 58 + K.B58.index(ch)
    except ValueError:
        return False
    raw = n.to_bytes(25, 'big') if n.bit_length() <= 200 else None
    if raw is None:
        return False
    import hashlib
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def L_badcard(ctx, a):
    r = ctx.r
    d = failing_digits(r, 16, '456')
    return K.group(d, 4, r.choice([' ', '-']))


def L_badiban(ctx, a):
    r = ctx.r
    cc = r.choice(['DE', 'FR', 'ES', 'NL', 'GB', 'IT', 'BE', 'PL', 'SE', 'AT', 'PT', 'HU', 'LT'])
    v = iban_value(r, cc)
    w = v[:2] + '%02d' % r.choice([x for x in range(2, 99) if x != int(v[2:4])]) + v[4:]
    assert not iban_ok(w)
    return K.group(w, 4) if r.random() < 0.6 else w


def L_badb58(ctx, a):
    r = ctx.r
    while True:
        v = K.btc(r, r.choice(['p2pkh', 'p2sh']))
        i = r.randrange(5, len(v) - 1)
        w = v[:i] + r.choice([c for c in K.B58 if c != v[i]]) + v[i + 1:]
        if not b58_ok(w):
            return w


def L_digits(ctx, a):
    return failing_digits(ctx.r, int(a[0]))


def L_uuid(ctx, a):
    r = ctx.r
    h = ''.join(r.choice('0123456789abcdef') for _ in range(32))
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])


def L_hex(ctx, a):
    return ''.join(ctx.r.choice('0123456789abcdef') for _ in range(int(a[0]) if a else 40))


def L_ver(ctx, a):
    r = ctx.r
    v = '%d.%d.%d' % (r.randint(0, 14), r.randint(0, 30), r.randint(0, 40))
    return r.choice(['v' + v, v, v + '-rc.%d' % r.randint(1, 4), v + '-beta', 'v' + v])


def L_amt(ctx, a):
    r = ctx.r
    x = r.randint(5, 98000) + r.randint(0, 99) / 100
    return r.choice(['$%s' % format(x, ',.2f'), '€%s' % format(x, ',.2f').replace(',', 'X').replace('.', ',').replace('X', '.'),
                     '£%.2f' % x, '₹%s' % format(int(x), ','), 'AUD %.2f' % x, 'R %.2f' % x, '₩%s' % format(int(x) * 100, ',')])


def L_ord(ctx, a):
    r = ctx.r
    U = string.ascii_uppercase
    return r.choice(['ORD-%s' % rd(7, r), 'SO-%s' % rd(6, r), '#%s%s' % (r.choice(U), rd(7, r)), '%s%s-%s' % (r.choice(U), r.choice(U), rd(6, r)),
                     'PO-%s/%s' % (rd(4, r), rd(3, r)), 'WO%s' % rd(8, r)])


def L_int(ctx, a):
    lo, hi = (int(a[0]), int(a[1])) if len(a) == 2 else (100, 99999)
    return str(ctx.r.randint(lo, hi))


def L_logts(ctx, a):
    r = ctx.r
    y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    ab = MONTHS['en'][mo - 1][:3]
    return r.choice(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, mo, d, h, mi, s, r.randint(0, 999)),
                     '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, mo, d, h, mi, s, r.randint(0, 999)),
                     '%s %2d %02d:%02d:%02d' % (ab, d, h, mi, s), '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d, ab, y, h, mi, s)])


def L_colour(ctx, a):
    return '#' + ''.join(ctx.r.choice('0123456789abcdef') for _ in range(6))


def L_sku(ctx, a):
    r = ctx.r
    d = lambda n: rd(n, r)
    return r.choice(['%s-%s-%s-%s' % (d(3), d(3), d(4), r.choice(['XL', 'BK', 'WH', 'RD'])), 'SKU-%s-%s' % (d(4), d(4)),
                     '%s-%s-%s-%s' % (r.choice(string.ascii_uppercase) + d(2), d(3), d(3), d(4))])


GEN = {
    'name': g_name, 'spouse': g_spouse, 'first': g_first, 'given': g_given, 'last': g_last, 'nato': g_nato,
    'email': g_email, 'city': g_city, 'region': g_region, 'state': g_state, 'country': g_country, 'street': g_street,
    'org': g_org, 'nrp': g_nrp, 'date': g_date, 'phone': g_phone, 'cc': g_cc, 'iban': g_iban, 'btc': g_btc, 'ip': g_ip,
    'mac': g_mac, 'url': g_url, 'ssn': g_ssn, 'itin': g_itin, 'uspass': g_uspass, 'dl': g_dl, 'dlstate': g_dlstate,
    'bankacct': g_bankacct, 'mbi': g_mbi, 'npi': g_npi, 'dea': g_dea, 'nhs': g_nhs, 'nino': g_nino, 'tfn': g_tfn,
    'abn': g_abn, 'acn': g_acn, 'medicare': g_medicare, 'sin': g_sin, 'nif': g_nif, 'nie': g_nie, 'cf': g_cf,
    'piva': g_piva, 'pesel': g_pesel, 'pnr': g_pnr, 'hetu': g_hetu, 'tckn': g_tckn, 'rrn': g_rrn, 'nric': g_nric,
    'aadhaar': g_aadhaar, 'pan': g_pan, 'voter': g_voter, 'inpass': g_inpass, 'zaid': g_zaid,
    # look-alikes
    'badcard': L_badcard, 'badiban': L_badiban, 'badb58': L_badb58, 'digits': L_digits, 'uuid': L_uuid, 'hex': L_hex,
    'ver': L_ver, 'amt': L_amt, 'ord': L_ord, 'int': L_int, 'logts': L_logts, 'colour': L_colour, 'sku': L_sku,
}


# ---- templates --------------------------------------------------------------
# T(who, text, lang, region): «key» or «key:arg:arg» is a generated value; who is
# a culture, a group of cultures (GROUPS) or ANY.
POS, NEG = [], []
GROUP_REGION = {'US': 'us', 'UK': 'uk', 'AU': 'au', 'CA': 'ca', 'ES': 'es', 'ESX': 'es', 'SG': 'sg', 'ZA': 'za'}


def T(who, text, lang='en', region=None):
    POS.append((who, text, lang, region))


def N(text, lang='en'):
    NEG.append(('ANY', text, lang, None))


# United States: SSN, ITIN, passports, licences, bank accounts, Medicare, prescribers
T('US', "Onboarding packet for «name»: SSN «ssn», first shift «date», badge pickup at our «city» warehouse.")
T('US', "I'm doing the W-4 for a new hire, «name». Do I type the SSN as «ssn» or without the dashes?")
T('US', "Background screening request\nSubject: «name»\nDOB: «date:dob»\nSSN: «ssn»\nLast address: «street», «city», «state»")
T('US', "My mother «name» got a letter saying her Social Security number «ssn» was used to open a card at «org:bank». What should she do first?")
T('US', "employee_id,full_name,ssn,deposit_account\nE-«int:1000:9999»,«name»,«ssn»,«bankacct»")
T('US', "Benefits enrollment: employee «name» (SSN «ssn») wants to add spouse «spouse» effective «date».")
T('US', "Tax clinic intake: «name» can't get an SSN and files with ITIN «itin». Preparer: «org», «phone».")
T('US', "Does an ITIN like «itin» expire if it hasn't been used? Asking for my client «name».")
T('US', "W-7 renewal for «name». Old ITIN «itin»; mail the letter to «street», «city», «state».")
T('US', "Joint return question: «name» has SSN «ssn» and spouse «spouse» has ITIN «itin». Can they file jointly?")
T('US', '{"taxpayer": "«name»", "tin_type": "ITIN", "tin": "«itin»", "filing_status": "head_of_household"}')
T('US', "Traveler profile for «name»: US passport «uspass», aisle seat, home airport near «city».")
T('US', "Change my return flight to «date», please. Passport on the booking is «uspass», name «name».")
T('US', "Visa checklist for «name»: passport no. «uspass», arrival «date», staying at «org:hotel» in «city:any».")
T('US', "Lost-passport statement: I, «name», lost US passport «uspass» at the «city:any» airport on «date».")
T('US', "«name»'s passport «uspass» got soaked in the flood; the agency appointment is «date:dt».")
T('US', "Rental counter: driver «name», license «dl» («dlstate»), pick-up «date:dt».")
T('US', "Can you check whether «dl» looks like a real «dlstate» driver's license number? It's my tenant «name»'s.")
T('US', "Insurance quote needs: license «dl», state «dlstate», holder «name», born «date:dob».")
T('US', "KYC (US)\nname: «name»\nid_type: driver_license\nid_number: «dl»\nissuing_state: «dlstate»\naddress: «street», «city»")
T('US', "Verify ID: «name», DL «dl» issued in «dlstate», DOB «date:dob», lives at «street», «city».")
T('US', "Please switch «name»'s direct deposit to checking account «bankacct» at «org:bank».")
T('US', "ACH return R03 on account «bankacct»; the customer «name» insists the number is right. Ideas?")
T('US', "Vendor remittance update from «org»: pay to account «bankacct», questions to «email:role».")
T('US', "hey it's «given», my paycheck never hit account «bankacct» — can payroll look into it?")
T('US', "Medicare eligibility check for «name», MBI «mbi», born «date:dob».")
T('US', "Claim rejected: beneficiary «name», MBI «mbi» not on file. Billing NPI «npi».")
T('US', "Fix this claim row: subscriber=«name»; member_id=«mbi»; rendering_npi=«npi»; dos=«date»")
T('US', "My dad «name» got a new Medicare card, number «mbi». Should I tell his pharmacy in «city»?")
T('US', "Credentialing update: Dr. «name» (NPI «npi») joins «org:hosp:us» on «date».")
T('US', "Is NPI «npi» an individual or an organisation number? It's on a claim from «name».")
T('US', "Referral from PCP «name», NPI «npi», fax «phone» — patient seen «date».")
T('US', "Prior auth request: ordering NPI «npi», patient «name», MBI «mbi», facility «org:hosp:us».")
T('US', "patients.csv\nname,dob,mbi,phone\n«name»,«date:dob»,«mbi»,«phone»")
T('US', "Controlled-substance order signed by Dr. «last:us» (DEA «dea»), ship to «org:hosp:us» in «city».")
T('US', "Before we fill the script, verify that «name» holds DEA registration «dea».")
T('US', "Prescriber block: «name», MD | DEA «dea» | NPI «npi» | clinic «phone»")
T('US', "dr «last:us» gave me DEA «dea» — is the checksum right?")
T('US', "pharmacy log — prescriber DEA «dea», patient «name», picked up «date:dt».")
T('US', "Customer «name» (card «cc», billing address mismatch) called from «phone».")
T('US', "SSN «ssn» or ITIN «itin»: which one goes on the 1099 for a contractor who isn't a resident?")
T('US', "Driver's license «dl» («dlstate») and passport «uspass» both failed the KYC check. Why?")
T('US', "Is the new Medicare number «mbi» written with or without dashes on the claim form?")
T('US', "DEA «dea» and NPI «npi» are on the same script — do they belong to one prescriber?")
T('US', "Account «bankacct» bounced an ACH debit; the SSN on file is «ssn».")
T('US', "direct deposit form: routing is fine but is account «bankacct» too long for ACH?")
# United Kingdom: NHS and National Insurance numbers
T('UK', "Discharge summary: «name», NHS number «nhs», discharged from «org:hosp:uk» on «date».")
T('UK', "Could you check that «nhs» is a valid NHS number? The patient, «name», is registered at a surgery in «city:en».")
T('UK', "GP letter re: «name» (DOB «date:dob», NHS no. «nhs») — referred to physiotherapy at «org:hosp:uk».")
T('UK', "Flu jab record: «name», NHS «nhs», given «date» at the pharmacy on «street».")
T('UK', "Translate for the family: «name»'s NHS number is «nhs» and the appointment is «date:dt».")
T('UK', "Starter checklist: «name», National Insurance no. «nino», first payday «date».")
T('UK', "HMRC wrote about NI number «nino» but it isn't mine. I'm «name» and I live in «city:en».")
T('UK', "Pension transfer for «name», NINO «nino», contact «email».")
T('UK', "P45 — employee «name», NI no «nino», leaving date «date», employer «org:uk».")
T('UK', "Universal Credit form: «name», «nino», mobile «phone», address «street», «city:en».")
T('UK', "yaml:\nemployee:\n  name: «name»\n  ni_number: «nino»\n  start: «date»\n  office: «city:sc»")
T('UK', "Census-style question: «name», religion «nrp:rel», nationality «nrp», home town «city:cy».")
# Australia
T('AU', "New starter «name» gave TFN «tfn» and wants super paid into «org:au».")
T('AU', "Is «tfn» a valid tax file number? It's my nephew «name»'s, he's in «city:au».")
T('AU', "Sole trader «name» — TFN «tfn», ABN «abn» — invoices us every month from «city:au».")
T('AU', "Company lookup: «org:au», ACN «acn», ABN «abn», registered office «street», «city:au».")
T('AU', "Add supplier «org:au» (ABN «abn»), accounts email «email:role».")
T('AU', "ASIC change: «org:au» (ACN «acn») appointed «name» as director on «date».")
T('AU', "Is ACN «acn» still registered? We're about to sign a lease with them.")
T('AU', "Who is the director behind ACN «acn»? The invoice says «org:au».")
T('AU', "Contractor «name» bills through «org:au», ABN «abn», ACN «acn».")
T('AU', "ABN «abn» — does that really belong to «org:au»? The invoice looks off.")
T('AU', "Bulk-bill claim: «name», Medicare «medicare», consult on «date» at «org:hosp:au».")
T('AU', "my medicare number is «medicare» — can you help me claim «given»'s physio?")
T('AU', "Clinic intake (AU): «name», DOB «date:dob», Medicare «medicare», mobile «phone».")
T('AU', "medicare.csv\nname,medicare_no,dob\n«name»,«medicare»,«date:dob»")
T('AU', "Please update «name»'s Medicare number to «medicare» and email the confirmation to «email».")
T('AU', "Payroll setup for «name»: TFN «tfn», start «date», home «street», «city:au».")
T('AU', "INSERT INTO staff (name, tfn, suburb) VALUES ('«name»', '«tfn»', '«city:au»');")
T('AU', "G'day, «name» here — the tradie from «org:au» was meant to come to «street», «city:au» on «date». No-show.")
# Canada
T('CA', "New hire «name» at our «city:ca» site provided SIN «sin» for payroll.")
T('CA', "Is it okay to email my SIN «sin» to my landlord «name»?")
T('CA', "T4 correction for «name», SIN «sin», employer «org».")
T('CA', "Service Canada form — applicant «name», SIN «sin», born «date:dob».")
T('CA', "EI claim: «name» (SIN «sin»), last day worked «date», phone «phone».")
# Spain
T('ES', "Alta de cliente: «name», NIF «nif», domicilio en «street», «city».", 'es')
T('ESX', "Mi NIE es «nie» y tengo que renovar la tarjeta antes del «date». ¿Qué papeles necesito?", 'es')
T('ES', "Contrato de alquiler entre «name» (NIF «nif») y «name:ESX» (NIE «nie»), firmado en «city» el «date».", 'es')
T('ES', "Please check this Spanish tax ID: «nif». It belongs to our freelancer «name» in «city».")
T('ESX', "Empadronamiento: «name», NIE «nie», teléfono «phone», correo «email».", 'es')
T('ES', "Nómina de «name» — NIF «nif», fecha de alta «date», IBAN «iban:ES».", 'es')
T('ESX', "The NIE «nie» on «name»'s residence card doesn't match our CRM. Which one is right?")
T('ES', "¿Puedes redactar un correo a «name» («email») pidiéndole el NIF? Creo que es «nif».", 'es')
T('ESX', "NIE «nie»: ¿es válido? Es de «name», que vive en «city:es».", 'es')
T('ES', "Transferencia a «iban:ES» a nombre de «name», concepto: fianza del piso de «street».", 'es')
T('ES', "Hola, soy «name». Mi pedido a «org:es» no ha llegado a «street», «city». Mi móvil es «phone».", 'es')
T('mx', "Buenas tardes, le escribe «name» desde «city». ¿Me pueden llamar al «phone» mañana?", 'es')
# Italy
T('it', "Anagrafica paziente: «name», codice fiscale «cf», «nato» a «city» il «date:dob».", 'it')
T('it', "Fattura elettronica: fornitore «org:it», P.IVA «piva», referente «name» («email:org»).", 'it')
T('it', "«name» from «city» gave me the codice fiscale «cf». Can you check it?")
T('it', "Contratto di lavoro — dipendente «name», CF «cf», sede di «city», decorrenza «date».", 'it')
T('it', "Registrazione fornitore: ragione sociale «org:it», partita IVA «piva», PEC «email:role».", 'it')
T('it', "Il commercialista mi chiede la P.IVA «piva» e il codice fiscale del titolare, «name»: «cf».", 'it')
T('it', "VAT check for our Italian client «org:it»: partita IVA «piva». Does the checksum pass?")
T('it', "Prenotazione visita per «name» (CF «cf»), tel. «phone», il «date:dt» presso «org:hosp:it».", 'it')
T('it', "Ordine «ord» da «org:it» (P.IVA «piva»), consegna prevista il «date».", 'it')
T('it', "Bonifico sull'IBAN «iban:IT» intestato a «name», causale acconto.", 'it')
T('it', "Ciao, sono «name» di «org:it». Ci vediamo a «city» il «date»? Scrivimi a «email:org».", 'it')
# Poland
T('pl', "Zgłoszenie szkody: «name», PESEL «pesel», adres «street», «city».", 'pl')
T('pl', "Pacjent «name» (PESEL «pesel») zapisany na wizytę «date:dt».", 'pl')
T('pl', "HR (Poland): new starter «name», PESEL «pesel», phone «phone».")
T('pl', "Czy PESEL «pesel» jest poprawny? Dane: «name», «email».", 'pl')
T('pl', "umowa najmu: najemca «name», pesel «pesel», przelew na «iban:PL»", 'pl')
T('pl', "Proszę o przelew na konto «iban:PL», odbiorca «name», tytuł: kaucja.", 'pl')
T('pl', "Dzień dobry, nazywam się «name». Miejscowość: «city». Proszę o kontakt pod numerem «phone».", 'pl')
# Sweden
T('se', "Ny medlem: «name», personnummer «pnr», bor i «city».", 'sv')
T('se', "Kan du kontrollera personnumret «pnr»? Det tillhör «name».", 'sv')
T('se', "Swedish payroll: «name» («pnr») starts «date» at «org:se».")
T('se', "Journalanteckning: «name», pnr «pnr», telefon «phone».", 'sv')
T('se', "Hyresavtal för «name», personnr «pnr», e-post «email», tillträde «date».", 'sv')
T('se', "Hej! Det är «name» från «org:se». Ring mig på «phone» innan «date:time».", 'sv')
# Finland
T('fi', "Asiakas «name», henkilötunnus «hetu», osoite «street», «city».", 'fi')
T('fi', "Voitko tarkistaa henkilötunnuksen «hetu»? Se kuuluu henkilölle «name».", 'fi')
T('fi', "Finnish HR: «name», HETU «hetu», employment starts «date».")
T('fi', "Ajanvaraus: «name» («hetu»), aika «date:dt», «org:hosp:fi».", 'fi')
T('fi', "Vuokrasopimus: vuokralainen «name», hetu «hetu», puhelin «phone».", 'fi')
T('fi', "Hei, olen «name» (kotikunta: «city»). Soita numeroon «phone».", 'fi')
# Turkey
T('tr', "Müşteri «name», T.C. kimlik numarası «tckn», telefon «phone».", 'tr')
T('tr', "Hasta kaydı: «name», TC no «tckn», doğum tarihi «date:dob».", 'tr')
T('tr', "Can you check whether «tckn» is a valid Turkish ID number? It's for «name» from «city».")
T('tr', "Kira sözleşmesi: kiracı «name» (TCKN «tckn»), adres «street», «city».", 'tr')
T('tr', "İşe giriş bildirimi: «name», kimlik no «tckn», başlama tarihi «date», IBAN «iban:TR».", 'tr')
T('tr', "Merhaba, ben «name». «org:tr» siparişim gelmedi; teslimat ili «city». Telefonum: «phone».", 'tr')
# Korea
T('ko', "신규 회원 «name», 주민등록번호 «rrn», 연락처 «phone».", 'ko')
T('kr', "Customer «name» (resident registration no. «rrn») asked to close their account at «org:kr».")
T('kr', "Visa sponsorship file: «name», RRN «rrn», address «street», «city».")
T('ko', "«name» 님의 주민번호 «rrn» 확인 부탁드립니다. 예약일은 «date»입니다.", 'ko')
T('kr', "Is «rrn» formatted correctly for a Korean RRN? I need it for «name»'s insurance at «org:kr».")
T('kr', "Customer «name» (RRN «rrn») says card «cc» was charged twice for one order.")
T('ko', "안녕하세요, «name»입니다. «date»에 «city»에서 만나요. 제 번호는 «phone»이에요.", 'ko')
# Singapore
T('SG', "Tenancy agreement: tenant «name», NRIC «nric», unit at «street».")
T('SG', "Clinic registration (SG): «name», NRIC/FIN «nric», mobile «phone».")
T('SG', "Work pass holder «name» (FIN «nric») joins «org:sg» on «date».")
T('SG', "Can you mask the NRIC «nric» in this message from «name»? It went to the whole group.")
T('SG', "CPF contribution query for «name», NRIC «nric», employer «org:sg», email «email».")
T('SG', "Hi, «name» here. The «org:sg» delivery to «street» never came leh. Can call me at «phone»?")
# India
T('in', "KYC for «name»: PAN «pan», Aadhaar «aadhaar», mobile «phone».")
T('in', "Please link PAN «pan» with Aadhaar «aadhaar» for «name» — the portal keeps timing out.")
T('in', "Voter ID «voter» belongs to «name», constituency «city».")
T('in', "Passport renewal: «name», old passport «inpass», new address «street», «city».")
T('in', "Account opening — «name», PAN «pan», voter ID «voter», passport «inpass».")
T('in', "is it safe to share my aadhaar «aadhaar» with «org:in» for a gas connection?")
T('in', '{"applicant": "«name»", "pan": "«pan»", "epic": "«voter»", "aadhaar": "«aadhaar»"}')
T('in', "Tenant verification form: «name», Aadhaar «aadhaar», native place «city».")
T('in', "«name» renewed the passport; new number «inpass», issued at «city» on «date».")
T('in', "My PAN card «pan» shows the wrong spelling — it should read «name».")
T('in', "Election duty roster: «name», EPIC no. «voter», booth at «city», report by «date:time».")
T('in', "Company PAN for «org:in» is «pan:firm»; director «name», DIN pending.")
T('in', "EPIC card «voter» lists «name» at «street», «city» — can you fix the address?")
T('in', "Indian passport «inpass» for «name» expires soon; appointment «date:dt» at «city».")
T('in', "kyc:\n  name: «name»\n  pan: «pan»\n  aadhaar: «aadhaar»\n  passport: «inpass»")
T('in', "Dear sir, I am «name» from «city». My refund from «org:in» is pending since «date». Contact: «phone».")
# South Africa
T('za', "FICA documents: «name», ID number «zaid», proof of address «street», «city».")
T('za', "Can you check if «zaid» is a valid South African ID? It's «name»'s.")
T('za', "Payslip for «name» (ID «zaid») from «org:za», period ending «date».")
T('za', "Clinic card: «name», SA ID «zaid», cell «phone».")
T('za', "Lease application — «name», ID no. «zaid», employer «org:za», email «email».")
T('za', "Howzit, «name» here from «city». The «org:za» guy never pitched on «date». Call me on «phone».")
# networks and devices
T('ANY', "DHCP reservation request: MAC «mac» → «ip:p», hostname lab-printer-3.")
T('ANY', "Which vendor made the NIC with MAC «mac»? It keeps joining the guest Wi-Fi.")
T('ANY', "Please block device «mac» on the office network; it's «name»'s old laptop.")
T('ANY', "devices:\n  - owner: «email:any»\n    mac: «mac»\n    ip: «ip»\n  - owner: «email:any»\n    mac: «mac»")
T('ANY', "arp -a shows «ip:p» at «mac» but the switch has it on another port. Spoofing?")
T('ANY', "Our WAF blocked «ip:pub» overnight; «name» says that's the office IP in «city».")
T('ANY', "Whitelist «ip:pub» and «ip:6» for the partner's SFTP account, please.")
T('ANY', "«logts» WARN auth failed for «email:any» from «ip»\n«logts» INFO lockout cleared after 15m")
T('ANY', "ssh deploy@«ip:p» -p 2222 hangs at 'Connecting'. The bastion is «ip:pub».")
T('ANY', "Add a rule that only allows «ip:6» to reach the admin API.")
T('ANY', "traceroute dies at «ip:pub» — is that my ISP or the datacenter?")
T('ANY', "nginx.conf:\nset_real_ip_from «ip:p»;\nallow «ip:pub»;\ndeny all;")
T('ANY', "Someone logged into «name»'s account from «ip:pub» at «date:time». Where is that?")
T('ANY', "const ADMIN = '«email:any»';\nconst DB_HOST = '«ip:p»';  // why does the connection time out?")
T('ANY', 'curl -H "X-Forwarded-For: «ip:pub»" «url» returns 502. Any idea?')
T('ANY', "Write a unit test with fixtures: email «email:any», ipv6 «ip:6», card «cc».")
# web, mail, phone
T('ANY', "Is «url:query» legit? A text said my parcel is held until I pay «amt».")
T('ANY', "Add «name» to the speaker page: bio «url:profile», contact «email».")
T('ANY', "The reset link «url:reset» expired before «given» could use it. Can you resend?")
T('ANY', "«org»'s status page «url:org» says all green, but users in «city» can't log in.")
T('ANY', "Summarise the article at «url:path» in three bullets.")
T('ANY', "Set up a 301 from «url:bare» to «url».")
T('ANY', "Add «name» to the CRM: «email», «phone», profile «url:profile».")
T('ANY', "Our careers page «url» still links to the old form; fix it before «date».")
T('ANY', "Save this contact: «name», «email», «phone».")
T('ANY', "Reply-To: «name» <«email»>\nSubject: refund for «ord»\n\nHi, the refund still hasn't arrived.")
T('ANY', "Who is behind «email:any»? They keep writing to us about a partnership with «org».")
T('ANY', "Unsubscribe «email» from every list, please.")
T('ANY', "Text «given» on «phone» when the courier gets to «street».")
T('ANY', "Call-back request: «name», «phone», about the boiler at «street», «city».")
T('ANY', "BEGIN:VCARD\nVERSION:3.0\nFN:«name»\nORG:«org»\nTEL;TYPE=cell:«phone»\nEMAIL:«email»\nEND:VCARD")
T('ANY', "Meeting moved to «date:dt». Dial-in «phone»; «name» will host.")
T('ANY', "From: «email»\nTo: «email:any»\nSubject: locked out\n\nI can't get into my account since the update.")
T('ANY', "git blame points at «name» <«email»> for the broken migration. Should I ping them?")
T('ANY', "Why does this regex miss the address in: 'contact «email» or call «phone»'?")
T('ANY', 'Fix this JSON: {"customer": "«name»", "email": "«email»", "phone": "«phone»", "city": "«city»",}')
T('ANY', "<customer>\n  <name>«name»</name>\n  <iban>«iban»</iban>\n  <email>«email»</email>\n</customer>")
T('ANY', "who is «name»? they emailed me from «email» asking about the job at «org».")
# cards, IBANs, crypto
T('ANY', "My card «cc» was declined at «org:shop» even though the balance is fine.")
T('ANY', "Please refund card «cc» for order «ord»; the cardholder is «name».")
T('ANY', "Does «cc» pass the Luhn check? A customer typed it into the form.")
T('ANY', "Hotel hold for «name» at «org:hotel», «city:any», «date» to «date»; guarantee card «cc».")
T('ANY', "Fraud alert: card «cc» used in «city:any» at «date:time» while «name» was at home in «city».")
T('ANY', "Cancel the subscription on card «cc» and refund the last two months to it.")
T('ANY', '{"order": "«ord»", "card": "«cc»", "billing_name": "«name»", "billing_city": "«city»"}')
T('ANY', "i paid with «cc» at the supermarket and got charged twice on «date», can u help")
T('vn', "Customer «name» from «city» paid by card «cc» on «date»; please issue the VAT invoice.")
T('ANY', "Deposit goes to IBAN «iban», account holder «name».")
T('ANY', "SEPA mandate — debtor «name», IBAN «iban», creditor «org».")
T('ANY', "Salary account changed: «name» → «iban».")
T('ANY', "Is «iban» a valid IBAN? «name» read it to me over the phone.")
T('lb', "«name» from «city» wants to wire the deposit from IBAN «iban:LB». Is that country supported?")
T('ANY', "Send the «amt» refund in BTC to «btc» — that's «given»'s wallet.")
T('ANY', "What kind of address is «btc»? Legacy, SegWit or Taproot?")
T('ANY', "Donations welcome: «btc» (BTC). Questions go to «email:any».")
T('ANY', "A scammer told «name» to pay the fine into «btc». Can it be traced?")
T('ANY', "Payout failed for wallet «btc»; account «email:any», ticket «ord».")
T('ANY', "Log excerpt:\n«logts» INFO payout to «btc» queued\n«logts» ERROR payout to «btc» failed: fee too low")
# people, groups, organisations, places, dates
T('ANY', "Diversity survey answer: «name» describes themselves as «nrp:rel» and lives in «city».")
T('ANY', "Write a short bio: «name» is a «nrp» architect based in «city:any» who co-founded «org».")
T('ANY', "Seating note: «name» («nrp:rel») needs a vegetarian meal at the gala dinner.")
T('ANY', "Draft a press release: the «nrp:pol» councillor «name» opens the new library in «city» on «date».")
T('ANY', "Interview notes — «name», «nrp», moved to «region» to work for «org».")
T('ANY', "Obituary draft: «name», a proud «nrp» and devout «nrp:rel», died peacefully in «city» on «date».")
T('ANY', "Campaign volunteer form: «name», party affiliation «nrp:pol», ward «city».")
T('ANY', "Thank-you note to «name» at «org» for hosting our team in «city» on «date».")
T('ANY', "Minutes: «name» and «name:any» from «org» agreed to ship the pilot by «date».")
T('ANY', "Book a table for six at «org:rest» in «city» on «date:dt» under «name».")
T('ANY', "Write a LinkedIn recommendation for «name», who ran the «city» office of «org».")
T('ANY', "Remind me to call «given» about the insurance renewal at «date:time».")
T('ANY', "Ship to: «name», «street», «city», phone «phone».")
T('ANY', "Rewrite politely: hey «given», the «org» people in «city» want the signed NDA by «date».")
T('ANY', "Translate to plain English: «name» and «spouse» land in «city:any» on «date» and need a car.")
T('ANY', "Make a packing list for «name»'s trip to «region» from «date» to «date».")
T('ANY', "Log a complaint: «name» says the «org:shop» branch in «city» overcharged them on «date».")
T('ANY', "Schedule: «name» on «date», «name:any» on «date», and «name:any» the week after.")
T('ANY', "Summarise this thread: «given» asked «given:any» to move the launch to «date» because the vendor is late.")
T('br', "Olá, aqui é «name», de «city». Meu e-mail é «email» e o celular «phone».", 'pt')
T('fr', "Bonjour, je suis «name» et j'habite à «city». Rendez-vous le «date:dt» ?", 'fr')
T('de', "Hallo, hier ist «name» aus «city». Bitte ruf mich unter «phone» zurück.", 'de')
T('ph', "Hi po, si «name» ito from «city». Paki-text po ako sa «phone» para sa delivery.")
T('ng', "Good morning sir, my name is «name» from «city». Kindly call me on «phone», my account with «org:local» was debited twice.")
T('ke', "Habari, this is «name». I sent KES 4,500 via M-Pesa but «org:local» hasn't confirmed. My line is «phone».")
T('th', "Hello, I'm «name» from «city». Please confirm my «org» booking on «date» to «email».")
T('id', "Halo, saya «name» dari «city». Mohon hubungi saya di «phone» sebelum «date».", 'id')
T('jp', "Please translate for «name» of «org:jp»: we will visit «city» on «date».")
T('ie', "Hi, «name» here from «city». The delivery from «org» is three days late; ring me on «phone».")
T('sc', "Booking for «name», 2 nights at «org:hotel» near «city», arriving «date».")
T('cy', "Reference for «name», who volunteered with «org» in «city» until «date».")
T('EU', "Conference badge list for the «org» summit: «name», «name:EU», «name:EU».")
T('eg', "Visa invitation letter for «name» of «city», arriving «date», host «org».")
T('ir', "Please format this reference: «name», born «date:dob» in «city», now at «org».")
T('il', "Interview slot for «name» on «date:dt»; phone «phone», CV mentions «org».")
T('et', "Scholarship shortlist: «name» («city»), «name» («city»), «name» («city»).")
T('gh', "Momo transfer to «name», «phone», for the «city» workshop on «date».")
T('nz', "Whānau contact for «name»: «spouse», «phone», «street», «city».")
T('ASIA', "Travel roster: «name» flies from «city» to «city:any» on «date».")
T('np', "Trekking permit holder «name», emergency contact «phone», base at «city».")
T('lk', "Remittance from «name» in «city» to «name:lk»; reference «ord».")
T('zw', "«name» from «city» applied for the bursary at «org»; email «email».")
T('mg', "Volunteer «name» arrives in «city» on «date». Host family: «spouse».")
T('ua', "Translate the certificate: «name», born «date:dob», «city».")
T('ru', "Relocation file: «name», currently in «city», starts at «org» on «date».")
T('lt', "Invoice contact: «name», «email», «phone», «city».")
T('EU', "Hotel guest list: «name», «name:EU» and «name:EU», checking in «date».")
T('AFR', "Alumni update: «name» now leads «org» in «city»; reach them at «email».")
T('ASIA', "Intro email: meet «name» from «org», who is visiting «city» on «date».")
T('ws', "Church newsletter: congratulations to «name» and «spouse», married in «city» on «date».")
T('kz', "Translate the reference letter for «name», engineer at «org», «city».")
T('cn', "Supplier contact: «name», «org», «phone», «email».")
T('my', "Hi, «name» here from «city». My parcel from «org» hasn't arrived, call «phone».")
T('kh', "Guest «name» from «city» checked in to «org:hotel» on «date».")
T('ANY', "«name» is relocating from «city» to «country»; forward the post to «email».")
T('ANY', "Shipping quote: three boxes from «city» to «country» for «name», pickup «date».")

# identifiers asked about on their own, or two at a time
T('UK', "NHS number «nhs» appears twice in the register, once with NI number «nino» and once with «nino».")
T('UK', "Is «nhs» a valid NHS number, or did the clinic mistype it?")
T('AU', "Verify Medicare «medicare» and TFN «tfn» on the intake form before we lodge it.")
T('AU', "ABN «abn» and ACN «acn» — same company or not?")
T('AU', "My TFN is «tfn» and my Medicare card is «medicare». Which form needs which?")
T('CA', "What does the first digit of SIN «sin» tell you about the holder?")
T('ES', "NIE «nie» y NIF «nif»: ¿cuál va en el modelo 030?", 'es')
T('ES', "El NIF «nif» no pasa la validación de la letra. ¿Lo revisas?", 'es')
T('it', "Codice fiscale «cf» e partita IVA «piva»: sono validi entrambi?", 'it')
T('it', "P.IVA «piva» di «org:it»: il controllo formale dice KO, puoi verificare?", 'it')
T('pl', "PESEL «pesel» i numer konta «iban:PL» z formularza — sprawdź proszę poprawność.", 'pl')
T('se', "Personnummer «pnr» — är det giltigt? Kontrollsiffran ser konstig ut.", 'sv')
T('fi', "Henkilötunnus «hetu» ei mene läpi lomakkeessa. Onko tarkiste oikein?", 'fi')
T('tr', "TC kimlik no «tckn» sistemde geçersiz görünüyor, kontrol eder misiniz?", 'tr')
T('ko', "주민등록번호 «rrn»가 맞는지 확인해 주세요.", 'ko')
T('SG', "NRIC «nric» or FIN «nric» — which one should go on the CPF form?")
T('in', "Aadhaar «aadhaar» and PAN «pan» give a name-mismatch error on the ITR portal.")
T('in', "Voter ID «voter» or passport «inpass» — which works better as address proof?")
T('za', "SA ID «zaid»: what do the digits say about date of birth and citizenship?")
T('ANY', "Is «cc» a Visa, a Mastercard or something else?")
T('ANY', "Two IBANs on file, «iban» and «iban». Which one is current?")
T('ANY', "BTC addresses «btc» and «btc» — which one is SegWit?")
T('ANY', "MAC «mac» and MAC «mac» both claim «ip:p». ARP conflict?")
T('ANY', "Block «ip:pub», «ip:pub» and «ip:6» at the edge firewall.")
T('ANY', "Refund went to card «cc» instead of «cc». How do we reverse it?")

# PII-free look-alikes
N("Bump lodash from «ver» to «ver» in package.json and rerun the CI pipeline.")
N("Pod api-7f9c6d5b8-xk2lp is in CrashLoopBackOff since the «ver» rollout. Exit code 137.")
N("Tracking number «badcard» has said 'label created' for five days. Is that normal?")
N("Reference «badiban» was rejected by the gateway with a checksum error — typo somewhere?")
N("Serials «digits:10» and «digits:10» from line B failed the pressure test; «digits:10» passed.")
N("Build artefact sha256 «hex:64» doesn't match the release notes (commit «hex:7»).")
N("Set the accent colour to «colour» and the hover state to «colour»; keep the border at 1px.")
N("Invoice «ord» totals «amt» incl. VAT at 22%. Can you split it into two payments?")
N("What's the difference between HTTP 502 and 504, and which one does a dead upstream return?")
N("Convert 72 °F to Celsius and 15 miles to kilometres.")
N("Write a regex for ISO 8601 durations such as P3Y6M4DT12H30M5S.")
N("Order «ord» was split into two parcels; parcel 2 weighs 3.4 kg and ships from warehouse W-12.")
N("Explain the Big-O of quicksort versus mergesort for n = 10^6 elements.")
N("Rename the column acct_no to account_ref in migrations/0042_accounts.py and update the ORM model.")
N("Replace cartridge «sku» with the newer «sku»; the old one leaks.")
N("«logts» WARN queue depth 1893 exceeds threshold 1500\n«logts» INFO autoscaler added 2 workers")
N("Set TTL to 86400 and max-age to 31536000 on the CDN, then purge /static/*.")
N("Row «uuid» collides with an existing primary key after the import. How do I dedupe?")
N("Version matrix for the upgrade: Python 3.12.3, Django «ver», Celery 5.4.0, Redis 7.2.4.")
N("Print the handouts on A3, landscape, two copies, tray 2.")
N("Train for 1.2M steps with lr 3e-4, batch 256 and warmup 2000 — is that sane for a 7B model?")
N("Case «ord» was escalated to Tier 2 and then closed as a duplicate.")
N("Coupon «badb58» says invalid at checkout. Can you issue another one?")
N("Chemistry homework: balance C6H12O6 + O2 → CO2 + H2O.")
N("Which hashes faster on an M2 chip, SHA-256 or BLAKE3?")
N("Pallet «sku» is at dock 7; dock 4 has the NVMe drives (SKU-2291-4471).")
N("주문번호 «ord» 배송이 3일째 지연되고 있어요. 확인 부탁드려요.", 'ko')
N("El pedido «ord» llegará en 3 a 5 días hábiles; el importe es «amt».", 'es')
N("La fattura n. «int:100:9999»/B di «amt» risulta ancora aperta nel gestionale.", 'it')
N("Zamówienie nr «digits:8» zostało wysłane do paczkomatu, kod odbioru 418 227.", 'pl')
N("Sipariş no «ord» kargoya verildi, takip kodu «sku».", 'tr')
N("Tilausnumero «ord» on toimitettu noutopisteeseen, hyllypaikka C-14.", 'fi')
N("Ärendenummer «ord» är stängt; fakturan på «amt» är betald.", 'sv')
N("Firmware build 10.4.3.«int:1000:9999» bricked two test boards; rolling back to 10.4.2.«int:1000:9999».")
N("Error 0x80070005 when installing update KB«int:5000000:5099999». Admin rights are on.")
N("Our Q3 OKR: cut p95 latency from 840 ms to 300 ms on the Checkout API.")
N("Serial «digits:9» failed burn-in; serial «digits:9» passed. Same batch?")
N("Aadhaar-style test number «digits:12» fails Verhoeff in our validator — expected, right?")
N("Card-shaped string «badcard» keeps appearing in our logs; it fails Luhn, so what is it?")
N("Compare Kubernetes HPA and KEDA for scaling on queue length.")
N("Summarise the key points of the Project Bluefin design doc in five bullets.")
N("Make this sound formal: Quarterly Review Board approved the Atlas migration, rollout in Phase 2.")
N("Raspberry Pi 5 with 8GB RAM or Jetson Orin Nano for local inference?")
N("Please check reference «digits:11» — our PESEL validator rejects it and I think it's a loan number.")
N("My PostgreSQL 16 query with 3 JOINs takes 4.2 s; EXPLAIN shows a Seq Scan on orders.")
N("Order «ord» was refunded «amt» and the restocking fee was 15%.")
N("Lot 7C-«int:1000:9999» passed QC, lot 7D-«int:1000:9999» is on hold pending retest.")
N("Docker image app:«ver» is 1.8 GB; how do I get it under 500 MB with a multi-stage build?")
N("Set the log level to DEBUG for module billing.ledger and WARN for everything else.")
N("What does exit code 143 mean for a container, compared with 137?")
N("The formula =XLOOKUP(A2, Sheet2!B:B, Sheet2!D:D) returns #N/A for 312 rows.")
N("Room B-214 has the 65-inch display and seats 12; room C-108 seats 6.")
N("Parcel «digits:13» is stuck in customs; is a 13-digit number like that a tracking code?")
N("Use the Mercator projection at zoom 14 and 512 px tiles for the Atlas map layer.")
N("Ticket «digits:16» was merged into «ord»; please close both.")
N("Part P/N «sku» replaces P/N «sku» on the X11 board revision C.")
N("Our SLA is 99.95% monthly; last month we hit 99.91% because of the «ver» incident.")


# ---- building the records ----------------------------------------------------
PREFIXES = ["Here's what came in:\n", "Please tidy this up:\n\n", "Forwarded from the front desk:\n---\n",
            "Anonymise this before I file it:\n", "From the shared inbox:\n", "Read this and tell me what to do:\n\n",
            "Can you pull out the action items?\n", "Check this for mistakes:\n", "Turn this into a short summary:\n\n",
            "Message below.\n===\n"]
SUFFIXES = ["\n\nAnswer in bullet points.", "\n\nOne paragraph max.", "\n\nCheers.", "\n\nNo markdown, please.",
            "\n\nFormat the answer as a table.", "\n\nMuch appreciated!"]
TAILS = [' ty', ' cheers', '??', ' urgent', ' tia']
P_PREFIX, P_SUFFIX, P_TAIL, P_LOWER, P_UPNAME = 0.225, 0.13, 0.083, 0.11, 0.045
LOWERABLE = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}
SPLIT = re.compile(r'«([^»]+)»')


def render(tpl, r):
    """The template's parts: literal strings and (entity type, value) pairs."""
    who, text, lang, region = tpl
    if who == 'ANY':
        cult = r.choice(ALL_CULTS)
    elif who in GROUPS:
        cult = r.choice(GROUPS[who])
    else:
        cult = who
    ctx = Ctx(r, cult, lang, region or GROUP_REGION.get(who))
    ctx.cults = GROUPS.get(who)
    parts = []
    for i, piece in enumerate(SPLIT.split(text)):
        if i % 2 == 0:
            if piece:
                parts.append(piece)
            continue
        key, *args = piece.split(':')
        parts.append(GEN[key](ctx, args))
    return parts


def finish(parts, r):
    """Case variants and wrappers; then the text and its code-point offsets."""
    lower = r.random() < P_LOWER
    upname = not lower and r.random() < P_UPNAME
    out = []
    for p in parts:
        if isinstance(p, tuple):
            t, v = p
            if lower and t in LOWERABLE:
                v = v.replace('İ', 'i').lower()
            elif upname and t == 'PERSON':
                v = v.upper()
            out.append((t, v))
        else:
            out.append(p.replace('İ', 'i').lower() if lower else p)
    if r.random() < P_TAIL:
        tail = r.choice(TAILS)
        if isinstance(out[-1], str) and out[-1].endswith('.') and (tail == '??' or r.random() < 0.6):
            out[-1] = out[-1][:-1]
        out.append(tail)
    if r.random() < P_PREFIX:
        out.insert(0, r.choice(PREFIXES))
    if r.random() < P_SUFFIX:
        out.append(r.choice(SUFFIXES))
    text, ents = '', []
    for p in out:
        if isinstance(p, tuple):
            t, v = p
            ents.append({'entity_type': t, 'start': len(text), 'end': len(text) + len(v)})
            text += v
        else:
            text += p
    return text, ents


def signature(tpl, i):
    """Entity types one rendering of a template yields (the same for every rendering)."""
    sig = {}
    for p in render(tpl, random.Random(1000 + i)):
        if isinstance(p, tuple):
            sig[p[0]] = sig.get(p[0], 0) + 1
    return sig


def plan_positive(R, n):
    """Every template once, then the template that best fills dev's per-type counts."""
    sigs = [signature(t, i) for i, t in enumerate(POS)]
    cur = dict.fromkeys(TARGET, 0)
    uses = [0] * len(POS)
    order = list(range(len(POS)))
    R.shuffle(order)
    plan = []
    for i in order[:n]:
        plan.append(i)
        uses[i] += 1
        for t, k in sigs[i].items():
            cur[t] += k
    while len(plan) < n:
        best, best_score = None, None
        for i, sig in enumerate(sigs):
            if uses[i] >= 5:
                continue
            score = sum(((cur[t] - TARGET[t]) ** 2 - (cur[t] + k - TARGET[t]) ** 2) / TARGET[t] ** 2 for t, k in sig.items()) - 0.002 * uses[i] + 0.001 * R.random()
            if best_score is None or score > best_score:
                best, best_score = i, score
        plan.append(best)
        uses[best] += 1
        for t, k in sigs[best].items():
            cur[t] += k
    return plan


def main():
    R = random.Random(SEED)
    n_pos = N_TOTAL - N_NEG
    items = [POS[i] for i in plan_positive(R, n_pos)]
    neg = list(range(len(NEG)))
    R.shuffle(neg)
    neg += [R.randrange(len(NEG)) for _ in range(N_NEG - len(neg))]
    items += [NEG[i] for i in neg[:N_NEG]]
    R.shuffle(items)
    for k, tpl in enumerate(items):
        text, ents = finish(render(tpl, R), R)
        print(json.dumps({'id': 'p37-%04d' % k, 'text': text, 'entities': ents}, ensure_ascii=False))


if __name__ == '__main__':
    main()
