#!/usr/bin/env python3
"""Probe 38: a blind measure of generalisation. 600 prompts in the settings of the dev corpus, every dev family
rewritten by another hand: card and payment disputes, phishing, KYC, payroll and HR records, clinical, pharmacy and
claim notes, bookings and licences, Australian, Canadian, Indian, Korean, Singaporean, South African, Polish,
Finnish, Swedish, Turkish, Italian and Spanish settings, code, logs and configs, with other wording, sentence
shapes, field orders and layouts (forms, key: value lists, JSON, YAML, CSV, INI, Markdown tables, e-mails with
headers and signatures, chat transcripts, log lines, code snippets).  Over 200 templates in over 80 families,
PII-free look-alikes, wrappers, lower-case prompts and upper-case names at dev's rates, each entity type near dev's
per-type count; people of over forty cultures, places, firms and e-mail domains that no earlier probe or dev uses;
every check-digit value is valid and every offset is computed while the text is built.
    python3 -B tools/probes/probe38.py > /tmp/p38.jsonl
"""
import os
import sys
import json
import random
import string
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as K  # noqa: E402

R = random.Random(383838)
N_RECORDS = 600


def ch(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def coin(p):
    return R.random() < p


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def _sp(s):
    return [x.strip() for x in s.split(',') if x.strip()]


# ---- people -------------------------------------------------------------------
# culture: (given names, surnames, order)   order: w = given first, e = surname first, k = Korean (both)
CULT = {
    'us': ("Darla, Corbin, Tinsley, Oaklynn, Haisley, Kolt, Everleigh, Jessup, Odell, Verlin",
           "Wofford, Muncy, McKinnon, Gallimore, Honaker, Shifflett, Cloninger, Swicegood, Tuggle, Stuckey, Trivette, Absher, Rominger", 'w'),
    'en': ("Marmaduke, Evadne, Ermintrude, Gervase, Roderick, Demelza, Kenelm",
           "Fanshawe, Sowerbutts, Gedge, Catterall, Heptonstall, Isherwood, Sugden, Lumb, Sutcliffe", 'w'),
    'scot': ("Marsali, Beathag, Tormod", "MacIver, Buchan, Guthrie, Auchterlonie", 'w'),
    'welsh': ("Aneirin, Caradog, Bleddyn, Taliesin, Myfanwy, Meilyr, Gwion", "Jenkin, Lloyd, Guthrie", 'w'),
    'irish': ("Feidhlim, Fionntán, Tuathal, Laoise, Nollaig, Cathaoir, Damhnait, Caoilfhionn, Fearghal, Ruadhán, Clíona",
              "Ó Dálaigh, Nic Amhlaoibh, Cunnane, Dolan, Foley", 'w'),
    'fr': ("Aliénor, Césaire, Aleth, Pacôme, Sibylle, Briac, Séverin, Léopoldine, Isabeau, Clémentine, Iseult, Anicet, Maylis, Armelle, Erwan, Ludivine",
           "Besnard, Kerjean, Leprince, Le Bihan, Le Floch, Gicquel, Morvan, Rouxel, Guillou, Cadiou, Jézéquel, Kervella, Salaün", 'w'),
    'de': ("Lutz, Jost, Almut, Thore, Lewin, Janek, Thilo, Caspar, Marlena, Jarne, Josua, Tizian, Finia",
           "Rübsamen, Eisenhut, Hülsmann, Pfisterer, Gröning, Lobinger, Kuprion, Behrenbruch, Jungton, Zeyhle, Wessinghage, Terheiden, Neurohr, Oschkenat, Siener, Ophey", 'w'),
    'nl': ("Huub, Sietse, Marrit, Jorrit, Baukje, Aukje, Rinse, Ytsje, Folkert", "Blokland, Dijkhuizen, Rietveld, Hofstede, Brinkman", 'w'),
    'flemish': ("Lieselot, Brecht, Fien, Korneel", "Vandenbroeck, Decoster, Dewilde, Decock, Verhaeghe, Gielen, Vandamme, Deprez, Vanhaecke, Dewaele", 'w'),
    'da': ("Vagn, Hedvig, Gry, Svend, Malthe, Poul, Betina, Dorit, Troels, Regitze, Alberte",
           "Justesen, Hjort, Davidsen, Foged, Hald, Bonde, Haugaard, Pallesen, Brix, Bisgaard", 'w'),
    'is': ("Þórir, Kjartan, Bryndís, Eyrún, Hörður", "Hallgrímsson, Sveinsdóttir, Ólafsson, Bjarnadóttir", 'w'),
    'cz': ("Oldřiška, Zlatomíra, Drahoš, Ratmír, Lutibor, Věnek, Dobroslava, Ludvíka, Lubomír, Drahomír, Soběslav, Zbyněk",
           "Chudoba, Zouhar, Přibyl, Lebeda, Kvasnička, Hladký, Hlaváč, Hrůza, Zahrádka, Průša, Mrkvička", 'w'),
    'sk': ("Blahoslav, Mikuláš, Bohuslav, Kazimír, Ľudomil, Uršuľa, Bystrík, Dionýz, Ľubor, Slávka",
           "Šoltés, Kmeť, Vydarený, Mydlo, Dubovský, Habšuda, Rybárik, Hraško, Švehla, Obšut", 'w'),
    'hu': ("Zselyke, Bertalan, Vilmos, Boróka, Bíborka, Vendel, Kolos, Lujza, Zalán, Kende, Boldizsár, Hanga",
           "Szilágyi, Szekeres, Kozma, Soós, Dudás, Fábián, Szőke, Pataki, Faragó, Orsós, Váradi", 'h'),
    'ro': ("Codrin, Simina, Arsenie, Cerasela, Laurențiu, Vlaicu, Florentin, Octaviana, Sidonia",
           "Irimia, Pirvu, Pasca, Mihaila, Sabau, Pintea, Paduraru, Barbulescu, Mateescu, Musat, Manolache, Marginean", 'w'),
    'md': ("Virgiliu, Iraida, Chiril, Minodora, Veceaslav, Veniamin, Ianina",
           "Botnaru, Esanu, Bejenaru, Secrieru, Ciubotaru, Prepelita, Gangan, Dabija, Plamadeala, Cojocari", 'w'),
    'rs': ("Vidak, Borivoje, Gojko, Vujadin, Radojka, Zvezdana, Gligorije, Svetomir, Jezdimir, Milomir, Draginja, Obrad",
           "Ubavić, Ugrčić, Kozlovački, Labalo, Dimčić, Udicki, Šukalović, Mandrapa, Dedijer, Bjelogrlić, Kragulj, Rafailović", 'w'),
    'hr': ("Časlav, Grozdana, Gvozden, Zrinislav, Belimir, Ivna, Zlatica, Vijeko, Nedjeljka, Tonka",
           "Madžić, Kolesarić, Pazmanj, Banjari, Mamula, Polančec, Radijevac, Maračić, Sabolski, Paravinja, Levanić, Čaleta", 'w'),
    'si': ("Andraž, Matjaž, Ajda, Borut, Vasja, Domen, Teja, Jožica, Gabrijela, Sebastjan",
           "Hrvatin, Koprivec, Brečko, Močnik, Prebil, Colarič, Fajdiga, Štrukelj, Jeseničnik, Gradišar, Merlak, Dolničar", 'w'),
    'lv': ("Ervīns, Pārsla, Elmārs, Lāsma, Ģirts, Ilmārs, Jūsma, Klāvs, Jēkabs, Miķelis, Voldemārs, Ojārs",
           "Mucenieks, Tālbergs, Pridāne, Ziemele, Krancis, Dzenis, Kulmanis, Āboltiņš, Cīrulis, Strautiņš, Vecumniece", 'w'),
    'lt': ("Gintaras, Šarūnas, Kęstutis, Jurgita", "Žemaitis, Ramanauskas, Jonaitis, Kavaliauskas, Mockus, Sakalauskas, Gudaitis, Lukoševičius, Dambrauskas, Mažeika, Kairys", 'w'),
    'ee': ("Maarika, Jaak, Helve", "Kivi, Mänd, Kõiv, Raudsepp, Lill, Ots, Tõnisson, Kruus, Pihlak, Kangur, Luik, Vahtra", 'w'),
    'fi': ("Aatos, Esa, Heimo, Ilpo, Uolevi, Valto, Yrjö, Aira, Elviira, Hellevi, Vuokko, Ansa, Kielo, Taimi, Sulevi",
           "Heino, Luukkonen, Harju, Tirkkonen, Äijälä, Kanerva, Kekäläinen, Pakarinen", 'w'),
    'se': ("Tilda, Britta, Gullan, Nanna, Elsa-Britt, Knut, Mauritz, Ossian, Palle, Verner, Yngvar, Assar",
           "Ljungqvist, Granlund, Kronqvist, Björling, Carlberg, Fagerström, Jernberg, Källström", 'w'),
    'pl': ("Szczepan, Gedeon, Klemens, Maurycy, Onufry, Błażej, Seweryn, Fryderyk, Judyta, Elwira, Tymoteusz, Andżelika",
           "Czaja, Drabik, Stolarczyk, Karczewski, Wąsik, Kopczyński, Żmuda, Kuciński, Strzelczyk, Mielczarek, Szyszka, Warchoł, Popławski, Świerczyński, Kaszuba, Niedzielski, Kaniewski, Gruszczyński, Banaś", 'w'),
    'tr': ("Erman, Hicabi, Haşim, Erten, Mısra, Fulya, Süheyl, Gürhan, Bedir, Hanefi, Kıvılcım, Feridun, Hulki, Hulusi, Atılgan, Şelale, Giray, Cansel, Rengin, Sunay, Zeynel, Tevfik",
           "Boratav, Kasapoğlu, Saygıner, Akdemir, Alnıaçık, Basmacı, Kumcuoğlu, Biçer, Dizdar, Alyanak, Boduroğlu, Nalbantoğlu, Abalıoğlu, Çapanoğlu, Akkoyunlu, Bakırcıoğlu, Toraman, Keseroğlu, Topçuoğlu, Bolatlı, Tokatlıoğlu, Çatalbaş, Ozansoy, Bildik", 'w'),
    'it': ("Prudenzio, Giosuè, Egeo, Polidoro, Sansone, Stanislao, Iginio, Ambrogio, Cosma, Adelchi, Sostene, Liberato, Porfirio, Gerlando, Apollonia, Agostina, Deodata, Serafina",
           "Bertini, Congiu, Marongiu, Taddei, Mascolo, Palladino, Sannino, Santamaria, Moretto, Ferrarini, Acquaviva, Baraldi, Pecoraro, Mazzone, Lugli, Davoli, Tofani, Asaro, Paolucci, Atzeni, Rigoni, Michelucci, Delogu, Indelicato, Moccia, Pirrone, Lo Iacono", 'w'),
    'es': ("Jerónimo, Maricarmen, Caridad, Sancho, Ariadna, Mayte, Timoteo, Guillermina, Homero, Adán",
           "Alicea, Zarate, Montemayor, Cepeda, Godínez, Guillén, Carrero, Saiz, Llamas, Tejeda, Villagómez, Palomo, Armijo, Olivera, Samaniego, Merino, Calvillo, Rentería, Aranburu, Gabilondo", 's'),
    'cat': ("Quim, Bernat, Queralt, Ferran, Eudald, Roc, Txell", "Roca, Pujol, Balcells, Rovira", 's'),
    'gal': ("Antía, Iago, Sabela, Breixo", "Outeiro, Castiñeira, Rivadulla, Fandiño, Barreiro, Pazos", 's'),
    'pt': ("Micael, Carminho, Luena, Caetana, Benjamim, Vânia, Dinis, Valentim, Soraia, Safira, Romeu, Amélia",
           "Raposo, Mesquita, Mariz, Nobre, Carneiro, Guerreiro, Fidélis, Paiva, Lourinho, Pinho, Amorim, Veiga, Furtado, Abreu, Vaz, Amado", 'w'),
    'br': ("Yago, Meire, Breno, Dalila, Sirineu, Janaína, Mércia, Deneval, Tertuliano, Gúbio, Calebe, Suélen, Warley, Cauê",
           "Saraiva, Marinho, Aragão, Mesquita, Guerreiro, Amorim", 'w'),
    'mx': ("Jimena, Lizbeth, Estefanía, Elías, Ivanna",
           "Miramontes, Carranza, Mayorga, Nazario, Monroy, Irizarry, Gaitán, Barela, Perales, Delgadillo, Rascón, Dueñas, Almaraz, Vanegas, Olivas, Quiroz, Chacón, Pichardo, Polanco, Colunga, Botello, Muñiz", 's'),
    'pe': ("Killari, Ñusta, Wayra, Sumaq, Gianella, Percy", "Chambi, Huallpa, Palomo", 's'),
    'zulu': ("Mbalienhle, Zenzele, Khulekani, Zobuhle, Ntombizodwa, Thulisile, Lukhona, Samukelisiwe, Msizi, Velaphi, Thamsanqa, Sfiso, Nozipho, Fanyana, Khethiwe, Jabulile, Nkosinhle, Mpumelelo, Sithembiso, Nkanyezi",
             "Gabhezi, Nondlela, Mashinini, Mkhatshwa, Nhleko, Mabizela, Ncusi, Dhlomo, Khawula, Sothole, Hlongwa, Mbende, Mtolo, Vezi, Zubane, Ngcolosi, Lembede, Mfeka, Gwala, Lamula, Ntanzi, Yengwa, Bhembe", 'w'),
    'xhosa': ("Sinovuyo, Olwethu, Athenkosi, Mihlali", "Matyila, Ngxola, Mabandla, Dyantyi, Mtirara, Makwetu, Tshangana", 'w'),
    'sotho': ("Tshepiso, Refiloe", "Makhetha, Nthite, Ramokgopa, Phalatse, Mosia, Tlali", 'w'),
    'afrikaans': ("Theuns, Rigard, Duanne, Charl, Renette, Mathuys, Henrie, Katryn, Morne, Nicoleen, Marnus, Lizelle, Tiaan",
                  "Wentzel, Immelman, Mellett, Dippenaar, Jantjies, Bredenkamp, Vosloo, Langeveldt, Hougaard, Luyt, Boshoff, Viviers, Scholtz, Claasen, Hertzog, Eksteen, Stegmann, Wolmerans, Krige, Theunissen, Naude, Versfeld, Truter, Meintjies, Hanekom, Lochner, Hattingh, Duminy", 'w'),
    'yoruba': ("Babawale, Adenike, Lere, Ronke, Alaba, Busayo, Tade, Seye, Durodola, Adesua, Oladare, Olutomiwa, Similoluwa, Damola, Babatunji, Mosunmola, Faderera, Adesewa, Iremide, Mofifoluwa, Adebukola, Adesoji, Morayo, Olasunmbo, Omodunni, Korede",
               "Olukotun, Ajao, Oyaifo, Iyanda, Oloyede, Salako, Oyetoro, Omotoso, Ogulana, Ninalowo, Oyadiran, Falabi, Owoyemi, Owokoniran, Afonja, Olaiya, Aloba, Omojola, Oluwagbemi, Bamiloye, Jaiyeola, Fagunwa, Fasasi, Oginni, Sobowale, Kosoko, Ayandokun, Ogunwobi, Akinrinola, Osuntokun", 'w'),
    'igbo': ("Buchi, Cherechi, Ifeanyichukwu, Isioma, Uzodimma, Azubuike, Chinyere, Obianuju, Onyinyechukwu",
             "Nwogu, Ehigiator, Aligbe, Ezeilo, Nnadozie, Ikejiani", 'w'),
    'hausa': ("Kubra, Aminat, Habiba, Sumayyah, Ladidi", "Yussuf, Jamiu, Mukaram, Wasiu, Tambuwal, Madugu", 'w'),
    'akan': ("Baaba, Nimakoah, Lawrencia, Salomey, Akofa, Joojo, Mawuena, Eyram, Akos, Akwesi, Gifty, Akumaa, Akorfa, Abeiku, Mawusi",
             "Djokoto, Opuku, Okyere, Tawia, Ankra, Asiama, Otiwa, Akoto, Ntiamoa, Koomson, Dwamena, Adutwum, Nyaako, Yawson, Boadu, Afirifa, Afoakwa, Darteh, Nyantakyi, Wiafe, Asenso, Adomako, Tweneboa, Takyi, Prempeh, Ampadu, Fofie, Andorful, Adadevoh, Anokye", 'w'),
    'wolof': ("Mamour, Khoudia, Aliou, Ibou, Arona, Meïssa, Marème, Haby, Mbaye, Arame, Cheikhou, Massamba, Khady, Kalidou, Rokhaya, Sidy, Ameth, Penda, Lassana, Hamidou, Sokhna, Babacar",
              "Ndong, Nguèr, Ndao, Gadiaga, Seck, Loum, Gaye, Diao, Wane, Ndir, Thiaw, Souare, Diamanka, Dabo, Dieye, Sagna, Diome, Kandé, Beye, Bodian, Leye, Gassama, Ndour, Badji, Ndaw, Mballo, Yade", 'w'),
    'kenya': ("Wacera, Kinyanjui, Jelimo, Wangila, Kalekye, Mbithe, Nduku, Kioko",
              "Wahome, Mathenge, Kiragu, Gakuru, Okello, Oduor, Kiplimo, Nabwire, Mutinda, Kyalo, Musau, Korir", 'w'),
    'ethiopia': ("Kalkidan, Netsanet, Eskinder, Haileab, Nahom", "Zewdie, Gebrehiwot, Mamo, Ashenafi, Dagne, Tessema", 'w'),
    'somali': ("Faadumo, Sahra, Abdiqani, Hamse, Deeqa, Hibaaq, Ilhaan", "Duale, Elmi, Guleid, Dirie", 'w'),
    'japan': ("Kazuhiko, Sayuri, Kenshiro, Hinako, Nobuyuki, Shinnosuke, Gentaro, Rinko, Hideaki",
              "Kuwahara, Ishiguro, Hanazawa, Shirai, Furukawa, Amano", 'w'),
    'china': ("Yuxin, Guofeng, Weiguo, Shuhua, Jianping, Yanmei, Dehua, Liqin, Baozhu, Hongwei, Xuelian", "Zou, Zhong, Xiong", 'e'),
    'hk': ("Ka Yan, Wing Sze, Chun Kit, Siu Ming, Hoi Yan, Ka Lok, Mei Kuen, Wai Keung, Sze Wing, Man Ho, Pui Yee, Kwok Wai",
           "Fok, Tsui, Shiu, Yung, Luk, Keung, Kwong, Tsoi, Pun, Cheuk, Chui, Choy, Suen", 'e'),
    'taiwan': ("Yu-ting, Chia-hao, Pei-yu, Chih-wei, Hsin-yi, Tsung-han, Ya-chu, Cheng-en, Shu-fen, Kuan-lin, I-ling, Po-wen", "Hung, Yeh, Kao", 'k'),
    'viet': ("Thảo Vy, Đăng Khoa, Bảo Long, Mỹ Duyên, Quốc Bảo, Thùy Trang, Minh Triết, Nhật Nam, Bích Ngọc", "Phí, Sầm, Hầu", 'e'),
    'thai': ("Wannisa, Pornthip, Somsak, Naruemon, Saowalak, Weerapong, Sukanya, Pichit",
             "Thongsuk, Intharasombat, Pongpanich, Sirisombat, Yodpetch, Rungruang", 'w'),
    'filipino': ("Jolina, Cherrie, Juvy, Marlon-Jay", "Bautista-Cruz, Gatdula, Lagman, Capistrano, Quimpo, Dela Paz, Lualhati, Batungbakal", 'w'),
    'indonesia': ("Prayitna, Harja, Martani, Akarsana, Caraka, Zalindra, Mustika, Harsana, Lintang, Galiono, Darmanto, Bagas, Legawa, Marsudi, Warsa, Jumari, Daniswara, Ratih",
                  "Adhitama, Prasasta, Kuswoyo, Yuniar, Anandya, Padmasari, Prastuti, Pangestu, Nurlaela, Kusumo, Waluyo, Agustian, Mahestri, Purwadi, Wijayanti, Sitorus, Syahreza, Ningrum, Budiyanto, Hutagalung, Suartini, Pudjiastuti, Supriyanto, Hidayanto, Wahyudin, Kuswandari, Hardiansyah, Gunarto, Wasita", 'w'),
    'uzbek': ("Abdulhafiz, Arslon, Hosiyat, Murod, Sulton, Lobar, Bobur, Shamsiddin, Moxinur, Imron, Saodat, Umida, Bilol, Orzu, Akmal, Otabek, Mavluda, Noila, Sayyora, Komil, Sirojiddin, Najmiddin, Dilfuza, Oybek",
              "Muhsinov, Ikromova, Ibrohimov, Behruzova, Lazizova, Diyorova, Abdulhakimov, Fayzbekova, Odilyeva, Zafarova, Ozodov, Jalolov, Abbosov, Jamolov, Elbekova, Obidov, Rustamova, Mavlonova, Akramova, Ravshanov, Zohidova, Yuldasheva, Nazarova, Xolmatov", 'w'),
    'kazakh': ("Aizhan, Askar, Zhanna, Yerbol, Ainur, Serik", "Nurpeisov, Zhaksylykov, Kenzhebekov, Beisenov, Mukhametkali, Zhumabayeva, Serikbayev", 'w'),
    'azeri': ("Nuray, Nurgün, Ofelya, Aydan, Zaur, Ellada, Ceyla, Aqil, Natiq, Selcan, Humay, Afaq, Gülsüm, Tunar, Şaiq, Mehriban, Nihad, Röya, Elnur, Ulduz, Faiq, Esmira, İlqar",
              "Seyidova, Soltanova, Soltanov, Quliyev, Abdullayeva, Tahirova, Qasımova, Məmmədov, Hüseynova, Rzayev, Babayeva, Nəsibov, Cəfərova, Əhmədli, Kərimov", 'w'),
    'georgian': ("Tinatin, Khatia", "Chikovani, Jorbenadze, Dvalishvili, Shengelia, Mamulashvili", 'w'),
    'armenian': ("Nune, Shushan, Ashot, Levon, Satenik", "Aghajanyan, Movsisyan", 'w'),
    'kurdish': ("Berîvan, Nawroz, Azîme, Koçer, Welat, Beşar, Bêrîtan, Dilovan, Hozan, Rûken, Nûdem, Arîn, Berçem, Awaz, Reşîd, Yekta, Berdan, Mizgîn, Dîcle, Delal, Hêvî",
                "Ülker, Dildar, Candan, Reşo, Xelîl, Şervan, Berxwedan, Heval, Ciwan, Zaxoyî, Amedî, Barzinjî, Baban", 'w'),
    'persian': ("Bita, Khosrow, Turaj, Houshang, Manijeh, Anahita, Ardeshir, Parviz, Kimia, Shahin",
                "Rahimzadeh, Hosseinpour, Jafarian, Abbasian, Behzadi, Pourmand", 'w'),
    'levant': ("Ruba, Bassel, Suha, Sanad, Mais, Laith, Muath, Nadeen, Joud, Ghaith, Firas", "Zoabi, Sarraf, Khalidi", 'w'),
    'egypt': ("Hend, Nermine, Heba, Ehab, Noha, Essam, Yasmine", "Abdel-Fattah, Shehata, Salama, Sabry, El-Masry, Elshafei", 'w'),
    'morocco': ("Anass, Kenza, Ilyass, Badr, Hajar, Reda", "Bensouda, Boutaleb", 'w'),
    'hebrew': ("Noam, Hila, Ronen, Liat, Yuval, Nadav, Tali, Efrat", "Har-Even, Vaknin, Hadad", 'w'),
    'greek': ("Theodoros, Dimosthenis, Despoina, Ioannis, Triantafyllia, Thrasyvoulos",
              "Stavropoulou, Katsaros, Lambropoulos, Giannakopoulou, Panagopoulos", 'w'),
    'albanian': ("Ilir, Jehona, Gentian, Valbona, Fatos, Ardit, Teuta, Agron, Shpend, Edon, Fjolla, Kujtim, Arjeta",
                 "Lleshi, Bajrami, Hysa, Leka, Marku, Prifti, Çela, Bytyqi, Zeqiri, Mehmeti, Qosja", 'w'),
    'russian': ("Rostislav, Anfisa, Vasilisa, Ulyana", "Voronin, Kiseleva, Nikitina, Tarasova, Kovalyova, Yakovleva, Sorokin", 'w'),
    'ukrainian': ("Orest, Danylo, Vira", "Melnychuk, Polishchuk, Kozak, Pavlyuk", 'w'),
    'nepali': ("Bibek, Sumeet, Niraj, Nischal, Bikash, Padam, Bijay, Khem, Prabin, Asmita, Subash, Rajina, Shristi, Ashmi, Gagan, Ajita, Shirisha, Purna, Sabitri, Dambar, Kopila",
               "Devkota, Basynat, Bastola, Aryal, Hamal, Raut, Kafle, Ghale, Maharjan, Baral, Shakya, Basnet, Niroula, Dongol, Gyawali, Chettri, Dhakal, Subedi, Limbu, Thapaliya, Rijal", 'w'),
    'sinhala': ("Nirosha, Dilhani, Iresha, Chathurika, Ruwan, Sewwandi, Dimuth, Anoma, Hasini, Upul, Nadeesha, Isuru",
                "Kumarasinghe, Amarasekara, Weerasinghe, Ekanayake, Samarakoon, Ratnayake", 'w'),
    'pakistani': ("Nida, Shoaib, Farrukh, Ammar, Rameez, Daniyal, Sumbul, Ayeza, Fariha, Huma, Noman, Raheel, Sarmad, Tayyab",
                  "Shinwari, Jafri, Bangash, Mughal, Gujjar", 'w'),
    'afghan': ("Freshta, Habibullah, Mursal, Najibullah, Parwana, Shukria, Wahidullah, Mirwais, Nazanin, Hamidullah, Sadaf",
               "Barakzai, Noorzai, Achakzai, Ahmadzai, Mohmand, Safi, Stanekzai, Hotak, Sultani", 'w'),
    'maori': ("Mikaere, Kiri, Ruiha", "Te Whata, Mahuika, Wihongi, Turei, Herewini, Tipoki", 'w'),
    'samoan': ("Faamaoni, Siaosi, Talia, Peni, Masina, Tuala, Alofa, Mikaele",
               "Fa'alogo, Pouono, Aumua, Lemalu, Toleafoa, Seiuli, Mulitalo, Amituanai", 'w'),
    'mongol': ("Tsetsegmaa, Byambadorj", "Batsukh, Tsogt, Enkhbayar, Lkhagva, Otgonbayar, Nyamdorj, Chuluun", 'w'),
    'quebec': ("Lyne, Francine, Chantale, Raynald", "Daigle, Bélanger, Savard, Larouche, Boivin, Séguin", 'w'),
    'aus': ("Tahnee, Dusty, Tayla, Lachlan-James", "Threlkeld, Pybus, Kerslake, Bugg, Lenehan, Mulvihill, Doolan, Kilmartin, Munday, Penberthy, Corfield, Mortlock, Quinlivan, Whiteoak", 'w'),
    'hindi': ("Shailendra, Kamlesh, Pushpa, Manorama, Hemlata, Omprakash, Rajkumari", "Shrivastava, Agnihotri", 'w'),
    'tamil': ("Kalaiselvi, Vetrivel, Poongodi, Elangovan, Arulmozhi, Sivasankari, Manikandan, Kayalvizhi, Tamilarasi, Ponnambalam, Sembiyan, Ezhilarasi, Muthulakshmi, Ilavarasi",
              "Palanisamy, Sundaralingam, Ponnusamy, Nallathambi", 'w'),
    'bengali': ("Sudeshna, Sayantan, Sandipan, Mrinmoy, Soumitra", "Chattopadhyay, Bhattacharjee, Gangopadhyay, Bagchi, Lahiri, Sanyal", 'w'),
    'marathi': ("Pranjali, Amruta, Chinmay, Shirish", "Bhide, Paranjape", 'w'),
    'malayali': ("Anoop, Sreeja, Vineeth, Lekshmi, Sreekanth, Aswathy, Midhun, Jithin, Nimisha", "Namboodiri, Thampi, Kunjumon, Chacko, Kuriakose, Ittyerah", 'w'),
    'gujarati': ("Hetal, Jignesh, Bhavik, Nirali, Dhaval, Rupal, Parul", "Pandya, Raval", 'w'),
    'punjabi': ("Gurpreet, Harjit, Manjeet, Jaspreet, Simranjit, Navdeep, Kuldeep, Baljinder, Sukhwinder", "Bains, Brar, Randhawa, Aulakh, Sekhon", 'w'),
    'kannada': ("Sumanth, Shwetha, Poornima, Manjunath, Srinidhi, Shreyas", "Udupa, Karanth, Aithal, Holla, Kedilaya, Hebbar", 'w'),
    'korean': ("Ha-yoon, Do-hyeon, Ye-seo, Gyeong-hun, Jeong-min, Seon-woo, Ju-won, Beom-seok, Ok-sun, Han-byul, Eun-chae, Ji-hu, Mun-hee, Sun-ja, Myung-hee, Kwang-soo, Jong-dae, Young-ae, Soon-bok, Hee-chul, Rae-won",
               "Nah, Keum, Kil, Goo, Sohng, Kahng, Jee", 'k'),
    'sgchinese': ("Mui Hoon, Soo Fen, Eng Huat, Lay Kuan, Bee Choo, Hock Chye, Kian Boon, Yee Ling, Jin Rong, Cheng Yi, En Qi, Ying Xuan, Choon Hiong, Peck Hoon",
                  "Kow, Khong, Kuek, Toe, Siah, Keh, Tjoa, Koay, Loy, Puah", 'e'),
    'sgmalay': ("Nurul Ain, Muhammad Haikal, Siti Rohani, Nur Izzati, Shahrul, Zulfadli, Rosmah, Norazlin, Suhaimi, Hasnah, Fadzilah, Ruzaini",
                "Jumaat, Sapari, Marican, Selamat, Sanusi, Haron, Bakar, Buang, Jasni", 'm'),
}
CULT = {k: (_sp(g), _sp(s), o) for k, (g, s, o) in CULT.items()}
FEMALE = set(_sp("Darla, Tinsley, Oaklynn, Haisley, Everleigh, Evadne, Ermintrude, Hyacinth, Honoria, Demelza, Marsali, Beathag, "
                 "Myfanwy, Laoise, Damhnait, Caoilfhionn, Clíona, Aliénor, Aleth, Sibylle, Léopoldine, Isabeau, Clémentine, Iseult, "
                 "Maylis, Armelle, Ludivine, Almut, Marlena, Finia, Marrit, Baukje, Aukje, Ytsje, Lieselot, Fien, Hedvig, Gry, Betina, "
                 "Dorit, Regitze, Alberte, Bryndís, Eyrún, Oldřiška, Zlatomíra, Dobroslava, Ludvíka, Uršuľa, Slávka, Zselyke, Boróka, "
                 "Bíborka, Lujza, Hanga, Simina, Cerasela, Crina, Octaviana, Sidonia, Iraida, Minodora, Ianina, Radojka, Zvezdana, "
                 "Draginja, Grozdana, Ivna, Zlatica, Nedjeljka, Tonka, Ajda, Teja, Jožica, Gabrijela, Pārsla, Lāsma, Jūsma, Jurgita, "
                 "Maarika, Helve, Aira, Elviira, Hellevi, Vuokko, Ansa, Kielo, Taimi, Tilda, Britta, Gullan, Nanna, Elsa-Britt, Judyta, "
                 "Elwira, Andżelika, Pelin, Mısra, Fulya, Kıvılcım, Şelale, Cansel, Rengin, Apollonia, Agostina, Deodata, Serafina, "
                 "Maricarmen, Caridad, Ariadna, Mayte, Guillermina, Laia, Antía, Sabela, Carminho, Luena, Caetana, Vânia, Soraia, "
                 "Safira, Amélia, Meire, Dalila, Janaína, Mércia, Suélen, Jimena, Lizbeth, Estefanía, Ivanna, Killari, Ñusta, Sumaq, "
                 "Gianella"))


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace('ø', 'o') \
        .replace('æ', 'ae').replace('ð', 'd').replace('þ', 'th').replace('Þ', 'Th').replace('ə', 'e').replace('Ə', 'E').replace('ß', 'ss')


class Who:
    """A drawn person: the full name as written plus its parts (for e-mails, DEA letters, fiscal codes)."""
    def __init__(self, given, sur, full, cult):
        self.given, self.sur, self.full, self.cult = given, sur, full, cult
        self.female = given in FEMALE or (cult in ('zulu', 'yoruba') and coin(0.5))


UPPER_P = 0.062


def who(cult=None, form=None, upper=None):
    if cult is None:
        cult = ch(list(CULT))
    gs, ss, order = CULT[cult]
    g, s = ch(gs), ch(ss)
    if form is None:
        form = ch(['plain'] * 7 + ['mid', 'init'])
    if order == 'w' or order == 'h' and coin(0.5) or order == 'k' and coin(0.45):
        if form == 'mid' and len(gs) > 2:
            g2 = ch([x for x in gs if x != g])
            full = g + ' ' + g2 + ' ' + s
        elif form == 'init':
            full = g + ' ' + ch('ABCDEFGHJKLMNPRSTVW') + '. ' + s
        else:
            full = g + ' ' + s
    elif order == 's':
        if coin(0.45):
            s2 = ch([x for x in ss if x != s])
            full = g + ' ' + s + ' ' + s2
        else:
            full = g + ' ' + s
    elif order == 'm':
        full = g + (' binte ' if g in ('Siti Rohani', 'Nur Izzati', 'Rosmah', 'Norazlin', 'Hasnah', 'Fadzilah', 'Nurul Ain') else ' bin ') + s
    else:  # e, h, k: surname first
        full = s + ' ' + g
    if upper is None:
        upper = coin(UPPER_P)
    if upper:
        full = full.upper()
    return Who(g, s, full, cult)


def pname(cult=None, **kw):
    return who(cult, **kw).full


# ---- places --------------------------------------------------------------------
CITY = {
    'us': _sp("Alpharetta, Altamonte Springs, Ankeny, Apopka, Appleton, Arvada, Atascocita, Attleboro, Beavercreek, Beaverton, "
              "Bentonville, Bolingbrook, Bossier City, Bothell, Bountiful, Boynton Beach, Bradenton, Broken Arrow, Buffalo Grove, "
              "Burleson, Greenville, Baldwin Park, Battle Creek, Blue Springs, Bonita Springs, Brooklyn Park"),
    'uk': _sp("Bourton-on-the-Water, Moreton-in-Marsh, Lacock, Pewsey, Newbury, Thatcham, Didcot, Abingdon, Witney, Kidlington, "
              "Brackley, Kenilworth, Upton-upon-Severn, Lydney, Coleford, Newent, Winchcombe, Chipping Campden, Wellesbourne, "
              "Stratford-upon-Avon, Henley-in-Arden, Redditch, Cleobury Mortimer, Shifnal, Ellesmere, Sandbach, Alsager, Poynton, "
              "Bollington, Glossop, Hayfield, Belper, Rugeley, Atherstone, Kibworth, Saltaire, Market Rasen, Burford, Minchinhampton, "
              "Comrie, Banbridge, Cookstown, Strabane"),
    'au': _sp("Toowong, Paddington, Fortitude Valley, Woolloongabba, Indooroopilly, Chermside, Carindale, Blacktown, Chatswood, "
              "Hornsby, Cronulla, Marrickville, Leichhardt, Bankstown, Campbelltown, Joondalup, Rockingham, Glenelg, Modbury, "
              "Frankston, Dandenong, Box Hill, Footscray, Werribee, Sunbury, Belconnen, Tuggeranong, Woden, Gungahlin, Sandy Bay, Glenorchy, Maitland"),
    'ca': _sp("Argentia, Bancroft, Beloeil, Bonavista, Caraquet, Chambly, Châteauguay, Dorval, Esquimalt, Glace Bay, Harbour Grace, "
              "Hay River, Kuujjuaq, Labrador City, Langley, Moosonee, Pictou, Niagara Falls, North Vancouver, Fort Frances, "
              "Iroquois Falls, Port Colborne, Powell River, Rossland, Saint Albert"),
    'za': _sp("Soshanguve, Mitchells Plain, Umlazi, KwaMashu, Mdantsane, Botshabelo, Seshego, Sandton, Kempton Park, Alberton, "
              "Durbanville, Bellville, Somerset West, Muizenberg, Fish Hoek, Hout Bay, Harding"),
    'in': _sp("Adilabad, Adoni, Amalapuram, Amreli, Amroha, Anakapalle, Ankleshwar, Bahraich, Balurghat, Bapatla, Barnala, Batala, "
              "Bettiah, Bhadrachalam, Bhiwandi, Bobbili, Bokaro Steel City, Buxar, Chaibasa, Alirajpur, Amalner, Baripada"),
    'kr': _sp("Gangseo-gu, Dobong-gu, Eunpyeong-gu, Seodaemun-gu, Jungnang-gu, Gwanak-gu, Suyeong-gu, Seongnam"),
    'sg': _sp("Teck Whye, West Coast, Nee Soon, Jurong East"),
    'pl': _sp("Aleksandrów Kujawski, Alwernia, Andrychów, Barcin, Barlinek, Bełżyce, Będzin, Białogard, Bielawa, Bieruń, Biskupiec, "
              "Bobolice, Bogatynia, Bolków, Brwinów, Brzeg Dolny, Chełmża, Chorzów, Choszczno"),
    'it': _sp("Agliè, Caluso, Carmagnola, Giaveno, Grugliasco, Nichelino, Vinovo, Galliate, Santena, Volvera, Cumiana, Invorio, Barge, Demonte, Oulx, Locana"),
    'es': _sp("Parla, Telde, Baracaldo, Coslada, Mijas, Majadahonda, Viladecans, Torremolinos, Paterna, Granollers, Arrecife, "
              "Valdemoro, Benalmádena, Móstoles, Leganés, Alcobendas, Fuenlabrada, Dos Hermanas"),
    'de': _sp("Aachen, Aalen, Arnsberg, Bayreuth, Bocholt, Bonn, Bottrop, Chemnitz, Darmstadt, Erlangen, Fürth, Hameln, Berlin"),
    'fr': _sp("Ajaccio, Antibes, Béziers, Brest, Calais, Cholet, Dunkerque, La Rochelle, Le Havre, Le Mans, Paris, Roubaix, Toulon, Versailles"),
    'pt': _sp("Águeda, Albufeira, Alcobaça, Amarante, Barcelos, Caldas da Rainha, Chaves, Espinho, Esposende, Fafe, Gondomar, Matosinhos, Peniche, Pombal"),
    'cz': _sp("Adamov, Bechyně, Beroun, Blansko, Boskovice, Broumov, Chotěboř, Čáslav"),
    'world': _sp("Berlin, Paris, Rome, Algiers, Riyadh, Dubai, Tehran, Baghdad, Kabul, Bangalore, Beijing, Shanghai, Istanbul, Moscow, "
                 "Minsk, Geneva, Milan, Naples, Seville, Havana, Miami"),
}
CITY['fi'] = _sp("Tyrnävä, Valtimo, Heinävesi, Pukkila, Askola, Mäntsälä, Pornainen, Hausjärvi, Loppi, Hattula, Tammela, Jokioinen, Ypäjä, Humppila, Akaa, Pälkäne, Lehtimäki, Laihia")
CITY['se'] = _sp("Åsele, Malå, Norsjö, Bjurholm, Vindeln, Robertsfors, Nordmaling, Vännäs, Ragunda, Krokom, Nordanstig, Ovanåker, Gagnef, Skinnskatteberg, Habo, Sotenäs, Stenungsund, Lilla Edet, Härryda, Essunga, Skara")
CITY['tr'] = _sp("İznik, Eğirdir, Alaçatı, Köyceğiz, Dalyan, Elbistan, Göksun, Silopi, Yüksekova, Posof, Çamlıhemşin, Havza, Suluova, Abana, Alaplı, Karamürsel, Orhangazi, Karacabey, Gönen, Biga, Ezine, Ayvacık, Havran, Dursunbey, Simav, Gediz, Tavşanlı, Emet, Hisarcık")
REGION = {
    'us': _sp("District of Columbia, American Samoa, Northern Mariana Islands, U.S. Virgin Islands"),
    'de': _sp("Lower Saxony, Saxony-Anhalt, Mecklenburg-Vorpommern, Rhineland-Palatinate, Baden-Württemberg, North Rhine-Westphalia"),
    'fr': _sp("Occitanie, Picardy, Nouvelle-Aquitaine, Hauts-de-France, Grand Est, Centre-Val de Loire, Pays de la Loire, Bourgogne-Franche-Comté"),
    'in': _sp("Himachal Pradesh, Arunachal Pradesh, Andhra Pradesh, Tamil Nadu, West Bengal"),
    'za': _sp("Free State, Northern Cape, Eastern Cape, Western Cape"),
    'pl': _sp("Greater Poland, Lesser Poland, Lower Silesia, West Pomerania, Warmia-Masuria, Subcarpathia"),
    'kr': _sp("Chungcheongbuk-do, Jeollabuk-do, Gyeongsangnam-do"),
    'ca': _sp("Newfoundland and Labrador, Northwest Territories"),
    'other': _sp("Gelderland, Khyber Pakhtunkhwa, Castilla y León, Trentino-Alto Adige, Valle d'Aosta, Västra Götaland, Kronoberg, "
                 "Australian Capital Territory, São Tomé and Príncipe, United Arab Emirates"),
}
COUNTRY_FAR = _sp("São Tomé and Príncipe, United Arab Emirates")
STREET_EN = _sp("Briarwood, Snowberry, Switchgrass, Anise, Chervil, Lupin, Toadflax, Agrimony, Dittany, Eyebright, Gromwell, Ragwort, "
                "Saxifrage, Tormentil, Woad, Hawthorne Ridge, Dogwood Bend, Mallow, Henbit, Betony")
SUFFIX = {'us': _sp("Street, Avenue, Lane, Court, Way, Terrace, Parkway, Drive, Trail"),
          'uk': _sp("Road, Lane, Close, Crescent, Gardens, Mews, Row, Walk"),
          'au': _sp("Street, Parade, Esplanade, Crescent, Close, Avenue, Grove"),
          'ca': _sp("Street, Avenue, Road, Crescent, Boulevard"),
          'za': _sp("Street, Avenue, Road, Close")}


def street(cc):
    n = str(rint(2, 2899))
    if cc in SUFFIX:
        base = ch(STREET_EN) + ' ' + ch(SUFFIX[cc])
        if cc == 'us' and coin(0.3):
            return ch(['Apt ', 'Unit ', 'Suite ']) + str(rint(1, 42)) + ', ' + n + ' ' + base
        if cc == 'au' and coin(0.3):
            return 'Unit ' + str(rint(1, 30)) + '/' + n + ' ' + base
        if cc == 'uk' and coin(0.25):
            return 'Flat ' + str(rint(1, 12)) + ', ' + n + ' ' + base
        return n + ' ' + base
    if cc == 'es':
        return ch(['Calle de Zurbarán', 'Avenida del Cernícalo', 'Calle del Alcaraván', 'Paseo de las Acacias Negras', 'Calle Traviesa del Olmo']) + ' ' + str(rint(1, 180))
    if cc == 'it':
        return ch(['Via dei Tintori', 'Corso Cavour Vecchio', 'Via dei Cardatori', 'Piazza dei Cordai', 'Vicolo dei Fabbri']) + ' ' + str(rint(1, 120))
    if cc == 'pl':
        return 'ul. ' + ch(['Żurawia', 'Tkacka', 'Bednarska', 'Kowalska', 'Kminkowa']) + ' ' + str(rint(1, 90))
    if cc == 'fi':
        return ch(['Pajulahdentie', 'Kaarnatie', 'Ruokokatu', 'Kuusikonkuja', 'Tervahovintie']) + ' ' + str(rint(1, 60))
    if cc == 'se':
        return ch(['Tvättstugegatan', 'Repslagarvägen', 'Garvaregatan', 'Sadelmakarvägen', 'Lindvägen']) + ' ' + str(rint(1, 70))
    if cc == 'tr':
        return ch(['Kumru Sokak', 'Gülbahar Caddesi', 'Ihlamur Sokak', 'Zerdali Sokak']) + ' No: ' + str(rint(1, 90))
    if cc == 'in':
        return str(rint(1, 450)) + ' ' + ch(['Kachnar', 'Ashoka Vatika', 'Neem Chowk', 'Champa Gali']) + ' ' + ch(['Road', 'Marg', 'Lane'])
    if cc == 'kr':
        return ch(['Dongil-ro', 'Saemal-ro', 'Gamnamu-gil', 'Haetsal-ro']) + ' ' + str(rint(1, 300))
    if cc == 'sg':
        return 'Blk ' + str(rint(100, 899)) + ' ' + ch(['Teck Whye Lane', 'Jurong East Street 21', 'West Coast Drive', 'Nee Soon Link'])
    if cc == 'de':
        return ch(['Lindenhofstraße', 'Am Kornspeicher', 'Gerbergasse', 'Hopfengartenweg']) + ' ' + str(rint(1, 140))
    if cc == 'fr':
        return str(rint(1, 90)) + ' ' + ch(['rue des Chaudronniers', 'allée des Cerisiers', 'impasse du Moulin Rouge', 'rue des Cordiers'])
    return n + ' ' + ch(STREET_EN) + ' Street'


def city(cc):
    return ch(CITY[cc])


# ---- organisations ---------------------------------------------------------------
ORG = {
    'us': _sp("Ironweed Freight Inc., Chicory Labs, Pokeberry Studios LLC, Caraway Analytics, Galloglass Security, Orrery Software, "
              "Bellwether Surveys, Kittiwake Airways, Umbel Genomics, Lodestar Haulage"),
    'uk': _sp("Lovage Health, Speedwell Couriers Ltd, Fenwright Legal LLP, Nettlefold Engineering, Rushlight Media, Vellacott Marine, "
              "Wherry Boats Ltd, Samphire Kitchens, Pargeter Builders"),
    'au': _sp("Gromwell Mining Pty Ltd, Kelpie Pet Insurance, Marram Coastal Pty Ltd, Escarpment Wines, Fiddleback Guitars Pty Ltd, "
              "Tessellate Tiles Pty Ltd, Yardarm Shipping, Quoin Architects Pty Ltd"),
    'hosp_uk': _sp("Celandine Hospital, Yewtree Hospice, St Aldric's Infirmary, Comfrey Care Centre"),
    'hosp_us': _sp("Feverfew Medical Center, Verbena Clinic, Valerian Labs"),
    'hosp_au': _sp("Betony Dental, Bergamot Pharma, St Ninian's Private Hospital"),
    'bank': _sp("Lupin Bank, Cordwainer Bank, Ragwort Capital, Agrimony Insurance, Saxifrage Partners"),
    'it': _sp("Tessiture Marongiu S.r.l., Conserve Pirrone S.p.A., Officina Baraldi & Figli, Studio Tecnico Lugli"),
    'es': _sp("Talleres Olivera S.L., Conservas del Alcaraván S.A."),
    'de': _sp("Hülsmann Feinmechanik GmbH, Brauerei Eisenhut"),
    'in': _sp("Ashoka Vatika Textiles Pvt Ltd, Neemtree Infosolutions"),
    'sg': _sp("Tjoa Precision Pte Ltd, Koay Brothers Trading"),
    'za': _sp("Vosloo Agri (Pty) Ltd, Dippenaar Transport"),
    'se': _sp("Björling Verktyg AB"),
    'fi': _sp("Kekäläinen Puutarha Oy"),
    'tr': _sp("Kasapoğlu Tekstil A.Ş."),
    'kr': ['Haetsal Robotics Co., Ltd.'],
    'misc': _sp("Tormentil Logistics, Woad Digital, Quarrendon Holdings, Ostrander Paper, Brisco Tiles, Tarrant Biolabs, Nerissa Foods, "
                "Inglenook Homes, Jessamine Florals, Mazarine Textiles, Palisander Furniture, Sallow Creek Winery, Vetiver Cosmetics, "
                "Wainscot Interiors, Xylem Waterworks, Zephyrine Travel, Amberjack Seafoods, Cinnabar Mining, Damask Hotels, "
                "Gannet Logistics, Hartshorn Chemicals, Isinglass Films, Jacquard Looms, Lanyard Events, Nacre Jewellers, "
                "Ormolu Antiques, Quillwort Botanicals, Rennet Dairy, Ullage Spirits, Vellum Press, Eyebright Optics, Henbit Textiles, "
                "Dittany Systems, Toadflax Robotics, Mallow & Pike"),
}


def org(kind=None):
    if kind is None:
        kind = ch(['us', 'uk', 'misc', 'misc', 'bank', 'au'])
    return ch(ORG[kind])


def slug(s):
    s = fold(s).lower()
    return ''.join(c for c in s if c.isalnum())


MAILHOST = _sp("plovermail.net, lumenpost.eu, quokkamail.com.au, tidemark.email, fernpost.co.nz, karstmail.org, "
               "hotmail.co.uk, nibpost.net, grebe.io, mailbarque.fr, pelikanpost.de, haetsalmail.kr")
FIRMHOST = _sp("ironweedfreight.com, chicorylabs.io, pokeberry.studio, caraway-analytics.com, lovagehealth.org, speedwellcouriers.co.uk, "
               "fenwright-legal.co.uk, gromwellmining.com.au, kelpie-insure.com.au, lupinbank.eu, cordwainerbank.com, "
               "tormentil-logistics.net, woad.digital, quarrendon.com, tarrantbiolabs.org, dittany.systems, "
               "marongiu-tessiture.it, olivera-talleres.es, huelsmann-gmbh.de, tjoaprecision.sg, vosloo-agri.co.za, "
               "bjorlingverktyg.se, kekalainen.fi, kasapoglu-tekstil.com.tr, haetsal-robotics.co.kr, neemtree.in")


def email(p=None, host=None):
    if p is None:
        p = who(upper=False)
    g = slug(p.given.split()[0] if ' ' in p.given and p.cult not in ('sgchinese', 'hk', 'viet') else p.given)
    s = slug(p.sur.split()[-1])
    form = rint(0, 6)
    if form == 0:
        lp = g + '.' + s
    elif form == 1:
        lp = g[0] + s
    elif form == 2:
        lp = g + '_' + s + str(rint(10, 99))
    elif form == 3:
        lp = s + '.' + g
    elif form == 4:
        lp = g + s[0]
    elif form == 5:
        lp = g + '.' + s + '+' + ch(['billing', 'hr', 'work', 'alerts'])
    else:
        lp = s + str(rint(100, 9999))
    return lp + '@' + (host or ch(MAILHOST + FIRMHOST))


URLHOST = FIRMHOST + _sp("status.lovagehealth.org, portal.lupinbank.eu, help.kelpie-insure.com.au, tracking.speedwellcouriers.co.uk, "
                         "app.woad.digital, careers.gromwellmining.com.au")


def url(scheme=None):
    h = ch(URLHOST)
    path = ch(['', '/login', '/account/verify', '/billing/statement/' + digits(5), '/u/' + ''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(8)),
               '/reset?token=' + ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(12)),
               '/careers/apply', '/docs/api/v2', '/track/' + digits(8), '/support/case/' + digits(6)])
    if scheme is None:
        scheme = ch(['https://', 'https://', 'https://', 'http://', 'www.', ''])
    if scheme == 'www.' and not h.startswith('www.'):
        return 'www.' + h + path
    if scheme == '' and path == '':
        path = '/home'
    return scheme + h + path


# ---- dates and times ------------------------------------------------------------------
import datetime  # noqa: E402

MON = _sp("January, February, March, April, May, June, July, August, September, October, November, December")
WD = _sp("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
MON_L = {
    'es': _sp("enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre"),
    'it': _sp("gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre"),
    'pl': _sp("stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia"),
    'tr': _sp("Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık"),
    'fi': _sp("tammikuuta, helmikuuta, maaliskuuta, huhtikuuta, toukokuuta, kesäkuuta, heinäkuuta, elokuuta, syyskuuta, lokakuuta, marraskuuta, joulukuuta"),
    'sv': _sp("januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december"),
}


def ymd(lo, hi):
    return rint(lo, hi), rint(1, 12), rint(1, 28)


def dob():
    return ymd(1941, 2006)


def soon():
    return ymd(2019, 2027)


def clock():
    if coin(0.5):
        return '%d:%02d %s' % (rint(1, 12), ch([0, 10, 15, 20, 30, 40, 45, 50]), ch(['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.']))
    return '%02d:%02d' % (rint(7, 19), ch([0, 5, 15, 20, 30, 45, 55]))


def fdate(y, m, d, lang='en', style=None, with_time=False):
    if lang != 'en':
        if lang in ('es',):
            s = ch(['%d de %s de %d' % (d, MON_L['es'][m - 1], y), '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d)])
        elif lang == 'it':
            s = ch(['%d %s %d' % (d, MON_L['it'][m - 1], y), '%02d/%02d/%d' % (d, m, y), '%d/%d/%d' % (d, m, y)])
        elif lang == 'pl':
            s = ch(['%d %s %d' % (d, MON_L['pl'][m - 1], y), '%02d.%02d.%d' % (d, m, y), '%d %s %d r.' % (d, MON_L['pl'][m - 1], y)])
        elif lang == 'tr':
            s = ch(['%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, MON_L['tr'][m - 1], y), '%02d/%02d/%d' % (d, m, y)])
        elif lang == 'fi':
            s = ch(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, MON_L['fi'][m - 1], y), '%02d.%02d.%d' % (d, m, y)])
        else:  # sv
            s = ch(['%d %s %d' % (d, MON_L['sv'][m - 1], y), '%d-%02d-%02d' % (y, m, d)])
        if with_time:
            s += ch([' klo ' if lang == 'fi' else ' ', ' ']) + '%02d:%02d' % (rint(8, 18), ch([0, 15, 30, 45]))
        return s
    if style is None:
        style = ch(['dmy', 'mdy', 'iso', 'dmy/', 'mdy/', 'mdy/', 'dot', 'mon3', 'ora', 'wd', 'dmy', 'mdy', 'ord', 'mdy/np'])
    wdn = WD[datetime.date(y, m, d).weekday()]
    if style == 'dmy':
        s = '%d %s %d' % (d, MON[m - 1], y)
    elif style == 'mdy':
        s = '%s %d, %d' % (MON[m - 1], d, y)
    elif style == 'iso':
        s = '%d-%02d-%02d' % (y, m, d)
    elif style == 'dmy/':
        s = '%02d/%02d/%d' % (d, m, y)
    elif style == 'mdy/':
        s = '%02d/%02d/%d' % (m, d, y)
    elif style == 'mdy/np':
        s = '%d/%d/%d' % (m, d, y)
    elif style == 'dot':
        s = '%02d.%02d.%d' % (d, m, y)
    elif style == 'mon3':
        s = '%s %d, %d' % (MON[m - 1][:3], d, y)
    elif style == 'ora':
        s = '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y)
    elif style == 'ord':
        s = '%d%s %s %d' % (d, 'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'), MON[m - 1], y)
    else:  # weekday, no year
        s = '%s, %s %d' % (wdn, MON[m - 1], d)
    if with_time:
        s += ch([' at ', ', ', ' ']) + clock()
    return s


def adate(lang='en', style=None, with_time=False, past=False):
    y, m, d = ymd(1990, 2018) if past else soon()
    return fdate(y, m, d, lang, style, with_time)


# ---- phone numbers ------------------------------------------------------------------------
def phone(cc='us'):
    if cc in ('us', 'ca'):
        a, b, c = str(rint(2, 9)) + digits(2), str(rint(2, 9)) + digits(2), digits(4)
        return ch(['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '+1-%s-%s-%s', '+1 (%s) %s-%s', '1-%s-%s-%s']) % (a, b, c)
    if cc == 'uk':
        return ch(['+44 7%s %s' % (digits(3), digits(6)), '07%s %s' % (digits(3), digits(6)), '+44 20 %s %s' % (digits(4), digits(4)),
                   '020 %s %s' % (digits(4), digits(4)), '+44 (0)1%s %s' % (digits(3), digits(6)), '01%s %s' % (digits(3), digits(6))])
    if cc == 'au':
        return ch(['+61 4%s %s %s' % (digits(2), digits(3), digits(3)), '04%s %s %s' % (digits(2), digits(3), digits(3)),
                   '(0%d) %s %s' % (ch([2, 3, 7, 8]), digits(4), digits(4)), '+61 %d %s %s' % (ch([2, 3, 7, 8]), digits(4), digits(4))])
    if cc == 'za':
        return ch(['+27 %d%d %s %s' % (ch([6, 7, 8]), rint(1, 9), digits(3), digits(4)), '0%d%d %s %s' % (ch([6, 7, 8]), rint(1, 9), digits(3), digits(4)),
                   '+27 (0)%d %s %s' % (ch([11, 21, 31, 12]), digits(3), digits(4))])
    if cc == 'in':
        return ch(['+91 9%s %s' % (digits(4), digits(5)), '+91-8%s%s' % (digits(4), digits(5)), '09%s %s' % (digits(4), digits(5)), '+91 7%s %s' % (digits(4), digits(5))])
    if cc == 'kr':
        return ch(['+82 10-%s-%s' % (digits(4), digits(4)), '010-%s-%s' % (digits(4), digits(4)), '+82 2-%s-%s' % (digits(4), digits(4)), '031-%s-%s' % (digits(3), digits(4))])
    if cc == 'sg':
        return ch(['+65 %d%s %s' % (ch([8, 9]), digits(3), digits(4)), '%d%s %s' % (ch([8, 9]), digits(3), digits(4)), '+65 6%s %s' % (digits(3), digits(4))])
    if cc == 'pl':
        return ch(['+48 %d%s %s %s' % (ch([5, 6, 7, 8]), digits(2), digits(3), digits(3)), '+48 %d %s %s %s' % (ch([12, 58, 61, 71]), digits(3), digits(2), digits(2)),
                   '%d%s-%s-%s' % (ch([5, 6, 7]), digits(2), digits(3), digits(3))])
    if cc == 'fi':
        return ch(['+358 40 %s %s' % (digits(3), digits(4)), '050 %s %s' % (digits(3), digits(4)), '+358 9 %s %s' % (digits(3), digits(4))])
    if cc == 'se':
        return ch(['+46 70 %s %s %s' % (digits(3), digits(2), digits(2)), '073-%s %s %s' % (digits(3), digits(2), digits(2)), '+46 8 %s %s %s' % (digits(3), digits(2), digits(2))])
    if cc == 'tr':
        return ch(['+90 5%s %s %s %s' % (digits(2), digits(3), digits(2), digits(2)), '0 (5%s) %s %s %s' % (digits(2), digits(3), digits(2), digits(2)),
                   '0532 %s %s %s' % (digits(3), digits(2), digits(2))])
    if cc == 'it':
        return ch(['+39 3%s %s %s' % (digits(2), digits(3), digits(4)), '+39 06 %s %s' % (digits(4), digits(4)), '3%s %s %s' % (digits(2), digits(3), digits(4))])
    if cc == 'es':
        return ch(['+34 6%s %s %s %s' % (digits(2), digits(2), digits(2), digits(2)), '+34 93 %s %s %s' % (digits(3), digits(2), digits(2)), '6%s %s %s' % (digits(2), digits(3), digits(3))])
    if cc == 'de':
        return ch(['+49 15%s %s' % (digits(1), digits(7)), '+49 (0)30 %s' % digits(8), '0170 %s' % digits(7)])
    if cc == 'fr':
        return ch(['+33 6 %s %s %s %s' % (digits(2), digits(2), digits(2), digits(2)), '07 %s %s %s %s' % (digits(2), digits(2), digits(2), digits(2))])
    if cc == 'nl':
        return '+31 6 %s %s' % (digits(4), digits(4))
    if cc == 'br':
        return '+55 %d 9%s-%s' % (ch([11, 21, 31, 71]), digits(4), digits(4))
    if cc == 'mx':
        return '+52 %d %s %s' % (ch([33, 55, 81]), digits(4), digits(4))
    if cc == 'ng':
        return ch(['+234 80%d %s %s' % (rint(2, 9), digits(3), digits(4)), '080%d %s %s' % (rint(2, 9), digits(3), digits(4))])
    if cc == 'ie':
        return '+353 8%d %s %s' % (ch([3, 5, 6, 7]), digits(3), digits(4))
    if cc == 'nz':
        return '+64 2%d %s %s' % (ch([1, 2, 7]), digits(3), digits(4))
    if cc == 'ae':
        return '+971 5%d %s %s' % (ch([0, 2, 5, 6]), digits(3), digits(4))
    if cc == 'jp':
        return '+81 90-%s-%s' % (digits(4), digits(4))
    if cc == 'ph':
        return '+63 9%s %s %s' % (digits(2), digits(3), digits(4))
    if cc == 'gh':
        return '+233 24 %s %s' % (digits(3), digits(4))
    return phone('us')


CC_OF = {'us': 'us', 'en': 'uk', 'scot': 'uk', 'welsh': 'uk', 'irish': 'ie', 'fr': 'fr', 'de': 'de', 'nl': 'nl', 'aus': 'au', 'quebec': 'ca',
         'korean': 'kr', 'sgchinese': 'sg', 'sgmalay': 'sg', 'pl': 'pl', 'fi': 'fi', 'se': 'se', 'tr': 'tr', 'it': 'it', 'es': 'es',
         'br': 'br', 'mx': 'mx', 'yoruba': 'ng', 'igbo': 'ng', 'hausa': 'ng', 'akan': 'gh', 'japan': 'jp', 'filipino': 'ph', 'maori': 'nz',
         'zulu': 'za', 'xhosa': 'za', 'sotho': 'za', 'afrikaans': 'za', 'hindi': 'in', 'tamil': 'in', 'bengali': 'in', 'marathi': 'in',
         'malayali': 'in', 'gujarati': 'in', 'punjabi': 'in', 'kannada': 'in'}


def phone_for(p):
    return phone(CC_OF.get(p.cult, ch(['us', 'uk', 'ae', 'de', 'au'])))


# ---- identifiers (valid by their specifications) ------------------------------------------------
def sep3(parts, seps=('-', ' ', '')):
    return ch(seps).join(parts)


def ssn():
    return sep3(K.ssn(R), ('-', '-', '-', ' ', ''))


def itin():
    return sep3(K.itin(R), ('-', '-', ' ', ''))


def us_passport():
    return ch([str(rint(1, 9)) + digits(8), ch('ACEFGHJKLMNPRSX') + digits(8)])


def us_dl():
    return ch([ch(string.ascii_uppercase) + digits(7), ch(string.ascii_uppercase) + digits(12), digits(9), digits(8),
               ch(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4),
               ch(string.ascii_uppercase) + digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(3) + '-' + digits(1),
               ch(string.ascii_uppercase) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3),
               'WDL' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
               digits(3) + ' ' + digits(3) + ' ' + digits(3)])


def bank_acct():
    return digits(rint(8, 17))


def mbi():
    return K.mbi(R, dash=coin(0.4))


def npi():
    return K.npi(R)


def dea(surname=None):
    d = K.dea(R)
    if surname:
        f = fold(surname.split()[-1] if not surname.startswith(('Le ', 'Lo ', 'Mac', 'Ó ', 'Nic ')) else surname)[0].upper()
        if f.isalpha():
            d = d[0] + f + d[2:]
    return d


def nhs():
    n = K.nhs(R)
    return ch([n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:], n])


NINO_BAD1, NINO_BAD2 = set('DFIQUV'), set('DFIQUVO')
NINO_BADP = {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}


def nino():
    while True:
        a, b = ch(string.ascii_uppercase), ch(string.ascii_uppercase)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in NINO_BADP:
            continue
        break
    d = digits(6)
    s = ch('ABCD')
    if coin(0.55):
        return '%s%s %s %s %s %s' % (a, b, d[:2], d[2:4], d[4:], s)
    return a + b + d + s


def ca_sin():
    s = K.sin(R)
    return ch([s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:], s])


def tfn():
    s = K.tfn(R)
    return ch([s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + ' ' + s[3:6] + ' ' + s[6:], s])


def abn():
    s = K.abn(R)
    return ch([s[:2] + ' ' + s[2:5] + ' ' + s[5:8] + ' ' + s[8:], s[:2] + ' ' + s[2:5] + ' ' + s[5:8] + ' ' + s[8:], s])


def acn():
    s = K.acn(R)
    return ch([s[:3] + ' ' + s[3:6] + ' ' + s[6:], s])


def medicare():
    s = K.medicare(R)
    return ch([s[:4] + ' ' + s[4:9] + ' ' + s[9:], s[:4] + ' ' + s[4:9] + ' ' + s[9:], s])


def za_id(y, m, d):
    s = '%02d%02d%02d' % (y % 100, m, d) + digits(4) + ch('01') + '8'
    return K.luhn_complete(s)


def pan(surname):
    U = string.ascii_uppercase
    f = fold(surname)[0].upper()
    return ''.join(ch(U) for _ in range(3)) + 'P' + (f if f in U else ch(U)) + digits(4) + ch(U)


def aadhaar():
    s = K.aadhaar(R)
    return ch([s[:4] + ' ' + s[4:8] + ' ' + s[8:], s[:4] + ' ' + s[4:8] + ' ' + s[8:], s, s[:4] + '-' + s[4:8] + '-' + s[8:]])


def voter_id():
    return ''.join(ch(string.ascii_uppercase) for _ in range(3)) + digits(7)


def in_passport():
    return ch('ABCDEFGHJKLMNPRSTUVWY') + str(rint(1, 9)) + digits(6)


def nif():
    s = K.nif(R)
    return s if coin(0.7) else s[:8] + '-' + s[8]


def nie():
    s = K.nie(R)
    return s if coin(0.7) else s[:8] + '-' + s[8]


CF_MONTH = 'ABCDEHLMPRST'
BELFIORE = _sp("F205, L219, F839, C351, L736, B157, E506, A662, L424, H294, D612, G478, I452, L049, H224, A271, E463, B354, L378")
CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_part(name, given):
    n = fold(name).upper()
    cons = [c for c in n if c.isalpha() and c not in 'AEIOU']
    vow = [c for c in n if c in 'AEIOU']
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return (''.join(cons + vow) + 'XXX')[:3]


def fiscal_code(p, y, m, d):
    s = _cf_part(p.sur, False) + _cf_part(p.given.split()[0], True)
    s += '%02d' % (y % 100) + CF_MONTH[m - 1] + '%02d' % (d + (40 if p.female else 0)) + ch(BELFIORE)
    t = 0
    for i, c in enumerate(s):
        idx = int(c) if c.isdigit() else ord(c) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return s + chr(65 + t % 26)


def piva():
    return K.piva(R)


def pesel(y, m, d, female=None):
    mm = m + (20 if y >= 2000 else 0)
    g = rint(0, 4) * 2 + (0 if female else 1) if female is not None else rint(0, 9)
    s = '%02d%02d%02d' % (y % 100, mm, d) + digits(3) + str(g)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def hetu(y, m, d):
    c = ch('-YXWVU') if y < 2000 else ch('ABCDEF')
    n = '%03d' % rint(2, 899)
    base = '%02d%02d%02d' % (d, m, y % 100)
    return base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def personnummer(y, m, d, long=None):
    s = K.luhn_complete('%02d%02d%02d' % (y % 100, m, d) + digits(3))
    if long is None:
        long = coin(0.45)
    if long:
        return '%d' % y + s[2:6] + ch(['-', '-', '']) + s[6:]
    return s[:6] + ('+' if y < 1925 else '-') + s[6:]


def tr_id():
    return K.tr_id(R)


def kr_rrn(y, m, d, female=False):
    g = (2 if female else 1) + (2 if y >= 2000 else 0)
    s = '%02d%02d%02d%d' % (y % 100, m, d, g) + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s += str((11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10)
    return s[:6] + '-' + s[6:] if coin(0.8) else s


def nric(y=None):
    while True:
        v = K.nric(R)
        if y is None or (v[0] in 'FG') or (v[0] == 'S') == (y < 2000):
            return v


IBAN_EXTRA = {'LT': 'n16', 'EE': 'n16', 'HR': 'n17', 'SI': 'n15', 'SK': 'n20', 'CZ': 'n20', 'HU': 'n24', 'RO': 'a4c16', 'GR': 'n7c16',
              'LU': 'n3c13', 'IS': 'n22', 'IL': 'n19', 'BG': 'a4n6c8', 'QA': 'a4c21', 'PK': 'a4c16', 'MU': 'a4n19a3', 'CY': 'n8c16',
              'MT': 'a4n5c18', 'LI': 'n5c12', 'GE': 'a2n16', 'KZ': 'n3c13', 'LV': 'a4c13', 'JO': 'a4n4c18'}


def iban(cc=None, grouped=None):
    import re
    if cc is None:
        cc = ch(list(K.IBAN_FMT) + list(IBAN_EXTRA))
    fmt = K.IBAN_FMT.get(cc) or IBAN_EXTRA[cc]
    b = ''
    for kind, k in re.findall(r'([anc])(\d+)', fmt):
        for _ in range(int(k)):
            b += ch(string.ascii_uppercase if kind == 'a' else string.digits if kind == 'n' else string.ascii_uppercase + string.digits)
    v = cc + K.iban_check(cc, b) + b
    if grouped is None:
        grouped = coin(0.55)
    return K.group(v, 4) if grouped else v


def card(kind=None, fmt=None):
    if kind is None:
        kind = ch(['visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'diners', 'jcb'])
    n = K.card(R, kind)
    if fmt is None:
        fmt = ch(['space', 'space', 'dash', 'plain'])
    if fmt == 'plain':
        return n
    sep = ' ' if fmt == 'space' else '-'
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    if len(n) == 14:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return K.group(n, 4, sep)


def btc(kind=None):
    return K.btc(R, kind or ch(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))


def mac():
    b = [R.randrange(256) for _ in range(6)]
    b[0] = b[0] & 0xFE
    st = rint(0, 4)
    if st == 0:
        return ':'.join('%02X' % x for x in b)
    if st == 1:
        return ':'.join('%02x' % x for x in b)
    if st == 2:
        return '-'.join('%02X' % x for x in b)
    if st == 3:
        h = ''.join('%02x' % x for x in b)
        return h[:4] + '.' + h[4:8] + '.' + h[8:]
    return '-'.join('%02x' % x for x in b)


def ipv4(private=None):
    if private is None:
        private = coin(0.4)
    if private:
        return ch(['10.%d.%d.%d' % (rint(0, 255), rint(0, 255), rint(1, 254)), '192.168.%d.%d' % (rint(0, 255), rint(1, 254)),
                   '172.%d.%d.%d' % (rint(16, 31), rint(0, 255), rint(1, 254))])
    a = ch([x for x in range(11, 224) if x not in (127, 169, 172, 192, 100)])
    return '%d.%d.%d.%d' % (a, rint(0, 255), rint(0, 255), rint(1, 254))


def ipv6():
    g = ['%x' % R.randrange(0x10000) for _ in range(8)]
    st = rint(0, 4)
    if st == 0:
        return ':'.join(g)
    if st == 1:
        return ':'.join(['2a0%x' % rint(0, 15)] + g[1:4]) + '::' + g[7]
    if st == 2:
        return 'fe80::' + ':'.join(g[4:])
    if st == 3:
        return '::ffff:' + ipv4(False)
    return '2001:db8:' + g[2] + '::' + g[6]


def ip():
    return ipv6() if coin(0.25) else ipv4()


# ---- look-alikes that fail their checks ------------------------------------------------------
def bad_luhn(n):
    last = int(n[-1])
    return n[:-1] + str((last + rint(1, 9)) % 10)


def fake_card():
    n = bad_luhn(K.card(R, ch(['visa', 'mc', 'disc'])))
    return ch([K.group(n, 4), n, K.group(n, 4, '-')])


def fake_iban():
    v = iban(grouped=False)
    good = int(v[2:4])
    bad = ch([x for x in range(2, 99) if x != good])
    v = v[:2] + '%02d' % bad + v[4:]
    return K.group(v, 4) if coin(0.6) else v


def fake_b58():
    a = btc(ch(['p2pkh', 'p2sh']))
    i = rint(5, len(a) - 3)
    c = ch([x for x in K.B58 if x != a[i]])
    return a[:i] + c + a[i + 1:]


def fail9():
    while True:
        d = str(rint(1, 9)) + digits(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        s = sum(int(a) * b for a, b in zip(d, w))
        if s % 11 and not K.luhn_ok(d):
            return d


def fail10():
    while True:
        d = str(rint(1, 9)) + digits(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        if (c % 11) % 10 != int(d[9]) or c == 10:
            return d


def fail12():
    while True:
        d = str(rint(2, 9)) + digits(11)
        if not K.verhoeff_ok(d):
            return d


def version():
    return ch(['v', '', '']) + '%d.%d.%d' % (rint(0, 14), rint(0, 30), rint(0, 40)) + ch(['', '', '', '-rc%d' % rint(1, 5), '-beta.%d' % rint(1, 9)])


def sha(n=40):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    h = sha(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:])


def money():
    return ch(['$%d,%03d.%02d' % (rint(1, 90), rint(0, 999), rint(0, 99)), '€%d.%03d,%02d' % (rint(1, 9), rint(0, 999), rint(0, 99)),
               '£%d.%02d' % (rint(10, 999), rint(0, 99)), '₹%d,%03d' % (rint(1, 99), rint(0, 999)), 'CHF %d.%02d' % (rint(10, 9999), rint(0, 99)),
               'R%d %03d,%02d' % (rint(1, 99), rint(0, 999), rint(0, 99)), 'A$%d.%02d' % (rint(10, 9999), rint(0, 99))])


def order_id():
    return ch(['PO-%s' % digits(7), 'ORD/%s/%s' % (digits(4), digits(5)), 'SR-%s-%s' % (''.join(ch(string.ascii_uppercase) for _ in range(3)), digits(5)),
               '#%s' % digits(9), 'WO%s' % digits(8), 'RMA-%s' % digits(6), 'TKT-%s' % digits(7)])


def logts():
    y, m, d = soon()
    hh, mi, ss = rint(0, 23), rint(0, 59), rint(0, 59)
    return ch(['%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, m, d, hh, mi, ss, rint(0, 999)),
               '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, m, d, hh, mi, ss, rint(0, 999)),
               '[%02d/%s/%d:%02d:%02d:%02d +0000]' % (d, MON[m - 1][:3], y, hh, mi, ss),
               '%s %2d %02d:%02d:%02d' % (MON[m - 1][:3], d, hh, mi, ss),
               '%d%02d%02d-%02d%02d%02d' % (y, m, d, hh, mi, ss if not K.luhn_ok('%d%02d%02d%02d%02d%02d' % (y, m, d, hh, mi, ss)) else (ss + 1) % 60)])


# ---- templates ---------------------------------------------------------------------------------
# A template returns its parts in order: plain strings, and (entity_type, value) pairs for labelled values.
FAM = []


def T(family, neg=False):
    def deco(fn):
        FAM.append((family, fn.__name__, fn, neg))
        return fn
    return deco


def P(v):
    return ('PERSON', v.full if isinstance(v, Who) else v)


def LOC(v):
    return ('LOCATION', v)


def ORGN(v):
    return ('ORGANIZATION', v)


def DT(v):
    return ('DATE_TIME', v)


def EM(v):
    return ('EMAIL_ADDRESS', v)


def PH(v):
    return ('PHONE_NUMBER', v)


def URL(v):
    return ('URL', v)


def IPA(v):
    return ('IP_ADDRESS', v)


def X(t, v):
    return (t, v)


US_MIX = ['us', 'us', 'mx', 'filipino', 'viet', 'yoruba', 'igbo', 'akan', 'somali', 'ethiopia', 'persian', 'levant', 'egypt',
          'hebrew', 'greek', 'albanian', 'russian', 'ukrainian', 'pakistani', 'afghan', 'punjabi', 'bengali', 'korean', 'japan',
          'china', 'taiwan', 'hk', 'samoan', 'armenian', 'georgian', 'kurdish', 'pl', 'it', 'irish', 'de', 'br', 'pe', 'wolof',
          'kenya', 'thai', 'indonesia', 'mongol', 'morocco', 'hausa']
UK_MIX = ['en', 'en', 'scot', 'welsh', 'irish', 'pakistani', 'bengali', 'gujarati', 'yoruba', 'akan', 'somali', 'pl', 'lt', 'ro',
          'sinhala', 'nepali', 'greek', 'hk', 'tamil', 'albanian', 'lv', 'kurdish']
AU_MIX = ['aus', 'aus', 'en', 'irish', 'greek', 'it', 'viet', 'china', 'hk', 'samoan', 'maori', 'tamil', 'sinhala', 'levant', 'filipino', 'nepali']
CA_MIX = ['quebec', 'quebec', 'us', 'scot', 'punjabi', 'filipino', 'ukrainian', 'china', 'hk', 'somali', 'ethiopia', 'persian', 'fr']
EU_MIX = ['fr', 'de', 'nl', 'flemish', 'da', 'is', 'cz', 'sk', 'hu', 'ro', 'md', 'rs', 'hr', 'si', 'lv', 'lt', 'ee', 'pt', 'cat', 'gal', 'greek', 'albanian']
IN_MIX = ['hindi', 'tamil', 'bengali', 'marathi', 'malayali', 'gujarati', 'punjabi', 'kannada']
ZA_MIX = ['zulu', 'zulu', 'xhosa', 'sotho', 'afrikaans', 'afrikaans']
SG_MIX = ['sgchinese', 'sgchinese', 'sgmalay', 'tamil']
ANY = list(CULT)


def w_us():
    return who(ch(US_MIX))


def w_uk():
    return who(ch(UK_MIX))


def w_any():
    return who(ch(ANY))


def nrp_nat():
    return ch(_sp("Botswanan, Libyan, Icelandic, Uruguayan, Estonian, Maltese, Chilean, Ghanaian, Nepali, Bolivian, Fijian, Mongolian, "
                  "Kazakh, Georgian, Sinhalese, Laotian, Eritrean, Malawian, Namibian, Senegalese, Cameroonian, Jordanian, Omani, "
                  "Cypriot, Montenegrin, Slovenian, Paraguayan, Honduran, Tongan, Bhutanese"))


def nrp_rel():
    return ch(_sp("Zoroastrian, Quaker, Mennonite, Sunni, Shia, Druze, Sikh, Buddhist, Taoist, Greek Orthodox, Presbyterian, "
                  "Pentecostal, Seventh-day Adventist, Coptic, Maronite, Anglican, Methodist, Baptist, Alevi, Ismaili, Parsi, Bahá'í"))


def nrp_pol():
    return ch(_sp("Republican, Libertarian, Tory, Social Democrat, Green Party, Labour, Liberal Democrat, Christian Democrat"))


# -- F1 SSN escalation --------------------------------------------------------------------------
@T('ssn_escalation')
def t_ssn_esc_a():
    p = w_us()
    return ['Flagging a call for review: the person on the line quoted Social Security number ', X('US_SSN', ssn()),
            ' and a birth date of ', DT(fdate(*dob())), ', yet our records list the account holder as ', P(p),
            '. Do we release anything?']


@T('ssn_escalation')
def t_ssn_esc_b():
    p = w_us()
    return ['CALLER VERIFICATION - MISMATCH\nAccount holder: ', P(p), '\nSSN quoted: ', X('US_SSN', ssn()),
            '\nDOB quoted: ', DT(fdate(*dob())), '\nOutcome: caller hung up before KBA\n\nWrite the incident summary.']


@T('ssn_escalation')
def t_ssn_esc_c():
    p = w_us()
    return ['agent_', str(rint(10, 99)), ': caller claims to be ', P(p), '\nagent_', str(rint(10, 99)), ': gave ssn ', X('US_SSN', ssn()),
            ' and dob ', DT(fdate(*dob(), style=ch(['mdy/', 'iso', 'mdy']))), '\nsupervisor: KBA failed twice, lock it?\n\nwhat should the agent say next']


# -- F2 card charged twice ----------------------------------------------------------------------------
@T('card_twice')
def t_card_twice_a():
    p = w_any()
    return ['Hello, this is ', P(p), '. Your system billed my card ', X('CREDIT_CARD', card()), ' two times on ',
            DT(adate(with_time=coin(0.4))), '. Please ring me back on ', PH(phone_for(p)), '.']


@T('card_twice')
def t_card_twice_b():
    p = w_any()
    return ['Complaint form\n- Customer: ', P(p), '\n- Card used: ', X('CREDIT_CARD', card()), '\n- Date of the duplicate charge: ',
            DT(adate()), '\n- Best number: ', PH(phone_for(p)), '\n- Resolution wanted: reverse one of the two charges']


@T('card_twice')
def t_card_twice_c():
    p = w_any()
    e = email(p)
    return ['From: ', P(p), ' <', EM(e), '>\nSubject: charged twice\n\nHi team, the ', money(), ' order went through twice on ', DT(adate()),
            ' against card ending ', str(rint(1000, 9999)), ' (full number ', X('CREDIT_CARD', card()), '). You can reach me on ',
            PH(phone_for(p)), '.\n\nThanks,\n', P(p.given)]


# -- F3 phishing ----------------------------------------------------------------------------------
@T('phishing')
def t_phish_a():
    return ['Got a text pointing me to ', URL(url()), ' that wants me to "re-confirm" card ', X('CREDIT_CARD', card()),
            ' and the e-mail ', EM(email()), '. Scam or legit?']


@T('phishing')
def t_phish_b():
    return ['Is this real or a fake login page? ', URL(url(ch(['https://', 'http://']))), '\nIt asked for my e-mail (', EM(email()),
            ') and the long number on my card, ', X('CREDIT_CARD', card()), ', then froze.']


# -- F4 NHS referral -------------------------------------------------------------------------------
@T('nhs_referral')
def t_nhs_ref_a():
    p = w_uk()
    return ['Draft a priority referral to ', ORGN(org('hosp_uk')), ' for ', P(p), ', NHS number ', X('UK_NHS', nhs()),
            '. Keep it to one paragraph.']


@T('nhs_referral')
def t_nhs_ref_b():
    p = w_uk()
    return ['To: Outpatient bookings, ', ORGN(org('hosp_uk')), '\nRe: ', P(p), ' (NHS No: ', X('UK_NHS', nhs()),
            ')\n\nPlease see within two weeks - suspected cancer pathway.']


# -- F5 Indian payroll ----------------------------------------------------------------------------------
@T('in_payroll')
def t_in_pay_a():
    p = who(ch(IN_MIX))
    return ['Payroll onboarding for the ', LOC(city('in')), ' branch: ', P(p), ', PAN ', X('IN_PAN', pan(p.sur)), ', Aadhaar ',
            X('IN_AADHAAR', aadhaar()), '. Check the formats please.']


@T('in_payroll')
def t_in_pay_b():
    p = who(ch(IN_MIX), upper=False)
    return ['emp_name,pan_no,aadhaar_no,work_location\n', P(p), ',', X('IN_PAN', pan(p.sur)), ',', X('IN_AADHAAR', aadhaar()), ',',
            LOC(city('in')), '\n\nWhich column fails validation?']


# -- F6 patient intake ---------------------------------------------------------------------------------
@T('patient_intake')
def t_intake_a():
    p = w_uk()
    return ['New registration at our surgery in ', LOC(city('uk')), ': ', P(p), ', born ', DT(fdate(*dob(), style=ch(['dmy', 'dmy/', 'ord', 'dot']))),
            ', NHS number ', X('UK_NHS', nhs()), '.']


@T('patient_intake')
def t_intake_b():
    p = w_uk()
    return ['patient:\n  name: "', P(p), '"\n  dob: ', DT(fdate(*dob(), style='iso')), '\n  nhs_no: "', X('UK_NHS', nhs()),
            '"\n  gp_town: ', LOC(city('uk')), '\n\nConvert this YAML to a FHIR Patient resource.']


# -- F7 BTC refund address ---------------------------------------------------------------------------
@T('btc_refund')
def t_btc_ref_a():
    return ['Refund me at ', X('CRYPTO', btc()), ' - that is my new wallet, the previous one was closed.']


@T('btc_refund')
def t_btc_ref_b():
    return ['payout_method: bitcoin\npayout_address: ', X('CRYPTO', btc()), '\nreason: refund for ', order_id(), '\n\nis this address format ok?']


# -- F8 device record -----------------------------------------------------------------------------------
@T('device_record')
def t_dev_a():
    return ['{"asset": "LT-', digits(5), '", "hw_addr": "', X('MAC_ADDRESS', mac()), '", "last_seen_ip": "', IPA(ip()),
            '", "assigned_to": "', EM(email()), '", "os": "', ch(['Ubuntu 22.04', 'Windows 11 23H2', 'macOS 14.4']), '"}']


@T('device_record')
def t_dev_b():
    return ['[device]\nname = kiosk-', digits(2), '\nmac = ', X('MAC_ADDRESS', mac()), '\naddress = ', IPA(ip()),
            '\ncontact = ', EM(email()), '\nfirmware = ', version(), '\n\nWhy would this INI fail to parse?']


# -- F9 webhook ---------------------------------------------------------------------------------------
@T('webhook')
def t_hook_a():
    return ['Since commit ', sha(ch([7, 40])), ' our callback to ', URL(url('https://')), ' returns 500; the request carries X-Account: ',
            EM(email()), '. Ideas?']


@T('webhook')
def t_hook_b():
    return ['webhook delivery failed\n  POST ', URL(url('https://')), '\n  header X-Customer-Email=', EM(email()),
            '\n  status=502 attempt=', str(rint(2, 9)), '/10\nExplain the retry policy I should use.']


# -- F10 IBAN payment with card fallback ----------------------------------------------------------------
@T('iban_payment')
def t_ibpay_a():
    return ['The transfer from ', ORGN(org()), ' to IBAN ', X('IBAN_CODE', iban()), ' bounced, so charge card ',
            X('CREDIT_CARD', card()), ' as the fallback.']


@T('iban_payment')
def t_ibpay_b():
    return ['| field | value |\n|---|---|\n| payer | ', ORGN(org()), ' |\n| beneficiary IBAN | ', X('IBAN_CODE', iban()),
            ' |\n| fallback card | ', X('CREDIT_CARD', card()), ' |\n| status | rejected (AC01) |\n\nWhat does AC01 mean?']


# -- F11 Polish candidate ------------------------------------------------------------------------------------
@T('pl_candidate')
def t_pl_cand_a():
    p = who('pl')
    return ['Zgłoszenie kandydata: ', P(p), ', nr PESEL ', X('PL_PESEL', pesel(*dob(), female=p.female)), ', telefon ', PH(phone('pl')),
            '. Czy dane są kompletne?']


@T('pl_candidate')
def t_pl_cand_b():
    p = who('pl')
    return ['Imię i nazwisko: ', P(p), '\nPESEL: ', X('PL_PESEL', pesel(*dob(), female=p.female)), '\nKontakt: ', PH(phone('pl')),
            '\n\nPrzetłumacz ten formularz na angielski.']


# -- F12 booking with US passport ------------------------------------------------------------------------------
@T('booking')
def t_book_a():
    p = w_us()
    return ['Please book ', P(p), ' to ', LOC(city(ch(['world', 'fr', 'de', 'pt', 'au']))), ' on ', DT(adate()), '; passport no. ',
            X('US_PASSPORT', us_passport()), '.']


@T('booking')
def t_book_b():
    p = w_us()
    return ['| traveller | passport | destination | departs |\n|---|---|---|---|\n| ', P(p), ' | ', X('US_PASSPORT', us_passport()), ' | ',
            LOC(city(ch(['world', 'fr', 'es', 'it']))), ' | ', DT(adate(with_time=coin(0.5))), ' |\n\nTurn this into a confirmation e-mail.']


# -- F13 Italian supplier --------------------------------------------------------------------------------------------
@T('it_supplier')
def t_it_sup_a():
    p = who('it')
    return ['Anagrafica fornitore: ', ORGN(org('it')), ' - partita IVA ', X('IT_VAT_CODE', piva()), ' - referente ', P(p), ', ',
            EM(email(p)), '. Manca qualcosa?']


@T('it_supplier')
def t_it_sup_b():
    p = who('it')
    return ['New vendor request\nCompany: ', ORGN(org('it')), '\nPartita IVA: ', X('IT_VAT_CODE', piva()), '\nContact person: ', P(p),
            '\nContact e-mail: ', EM(email(p)), '\n\nWhat else do we need for e-invoicing?']


# -- F14 Korean transfer ---------------------------------------------------------------------------------------------
@T('kr_transfer')
def t_kr_tr_a():
    p = who('korean')
    y, m, d = dob()
    return ['Relocation file for ', P(p), ': resident registration no. ', X('KR_RRN', kr_rrn(y, m, d, p.female)), ', mobile ',
            PH(phone('kr')), '. Transfer approved, start the paperwork.']


@T('kr_transfer')
def t_kr_tr_b():
    p = who('korean')
    y, m, d = dob()
    return ['INTERNAL TRANSFER\n  employee   : ', P(p), '\n  RRN        : ', X('KR_RRN', kr_rrn(y, m, d, p.female)),
            '\n  mobile     : ', PH(phone('kr')), '\n  status     : approved\n\nList the documents still missing.']


# -- F15 codice fiscale + partita IVA ------------------------------------------------------------------------------------
@T('it_cf_piva')
def t_cf_piva_a():
    p = who('it', upper=False)
    return ['Mi confermi che il codice fiscale ', X('IT_FISCAL_CODE', fiscal_code(p, *dob())), ' e la partita IVA ', X('IT_VAT_CODE', piva()),
            ' sono formalmente validi?']


@T('it_cf_piva')
def t_cf_piva_b():
    p = who('it', upper=False)
    return ['Per la fattura elettronica mi servono due controlli:\n1. CF ', X('IT_FISCAL_CODE', fiscal_code(p, *dob())), '\n2. P.IVA ',
            X('IT_VAT_CODE', piva()), '\nSpiega come si calcola il carattere di controllo.']


# -- F16 Singapore payroll ------------------------------------------------------------------------------------------------
@T('sg_payroll')
def t_sg_pay_a():
    p = who(ch(SG_MIX))
    y = rint(1960, 2004)
    return ['Add to payroll: ', P(p), ' (NRIC ', X('SG_NRIC_FIN', nric(y)), '), start date ', DT(adate()), '.']


@T('sg_payroll')
def t_sg_pay_b():
    p = who(ch(SG_MIX), upper=False)
    return ['name,nric,commencement\n"', P(p), '",', X('SG_NRIC_FIN', nric()), ',', DT(adate(style=ch(['iso', 'dmy/']))),
            '\n\nGenerate the pension contribution note for this hire.']


# -- F17 Indian KYC record ---------------------------------------------------------------------------------------------------
@T('in_kyc')
def t_kyc_a():
    p = who(ch(IN_MIX), upper=False)
    return ['applicant:\n  full_name: ', P(p), '\n  pan: ', X('IN_PAN', pan(p.sur)), '\n  aadhaar: "', X('IN_AADHAAR', aadhaar()),
            '"\n  epic_no: ', X('IN_VOTER', voter_id()), '\n  passport_no: ', X('IN_PASSPORT', in_passport()), '\nstatus: pending_video_kyc']


@T('in_kyc')
def t_kyc_b():
    p = who(ch(IN_MIX), upper=False)
    return ['{"docs": [{"type": "PAN", "id": "', X('IN_PAN', pan(p.sur)), '"}, {"type": "AADHAAR", "id": "', X('IN_AADHAAR', aadhaar()),
            '"}, {"type": "VOTER", "id": "', X('IN_VOTER', voter_id()), '"}, {"type": "PASSPORT", "id": "', X('IN_PASSPORT', in_passport()),
            '"}], "holder": "', P(p), '"}']


# -- F18 ZA applicant ---------------------------------------------------------------------------------------------------------
@T('za_applicant')
def t_za_app_a():
    p = who(ch(ZA_MIX))
    return ['Shortlisted: ', P(p), ', SA ID ', X('ZA_ID_NUMBER', za_id(*dob())), ', lives in ', LOC(city('za')), '. Draft the interview invite.']


@T('za_applicant')
def t_za_app_b():
    p = who(ch(ZA_MIX))
    y, m, d = dob()
    return ['Applicant: ', P(p), '\nID no.: ', X('ZA_ID_NUMBER', za_id(y, m, d)), '\nDate of birth: ', DT(fdate(y, m, d, style=ch(['iso', 'dmy']))),
            '\nResidential area: ', LOC(city('za')), '\n\nDoes the ID agree with the birth date?']


# -- F19 Spanish HR note ---------------------------------------------------------------------------------------------------------
@T('es_rrhh')
def t_es_rrhh_a():
    p = who(ch(['es', 'cat', 'gal', 'mx', 'pe']))
    return ['Nota para Recursos Humanos: ', P(p), ', con NIE ', X('ES_NIE', nie()), ', se incorpora a la oficina de ', LOC(city('es')),
            ' el ', DT(adate('es')), '. ¿Puedes redactar la bienvenida?']


@T('es_rrhh')
def t_es_rrhh_b():
    p = who(ch(['es', 'cat', 'gal', 'mx', 'pe']))
    return ['Alta de trabajador\nNombre: ', P(p), '\nNIE: ', X('ES_NIE', nie()), '\nCentro de trabajo: ', LOC(city('es')),
            '\nFecha de alta: ', DT(adate('es')), '\n\nTranslate to English for the payroll vendor.']


# -- F20 pharmacy intake ----------------------------------------------------------------------------------------------------------
@T('pharmacy')
def t_pharm_a():
    return ['Refill request: prescriber NPI ', X('US_NPI', npi()), ', patient reachable at ', EM(email()), ', next fill on ',
            DT(adate(style=ch(['mdy/', 'mdy', 'iso', 'mon3']))), '.']


@T('pharmacy')
def t_pharm_b():
    return ['RX INTAKE\nPrescriber NPI ....... ', X('US_NPI', npi()), '\nPatient e-mail ....... ', EM(email()), '\nRefill due ........... ',
            DT(adate(style=ch(['mdy/', 'mdy/np', 'iso']))), '\nInsurance ............ pending\n\nFlag anything unusual.']


# -- F21 translate with NRP ---------------------------------------------------------------------------------------------------------
@T('translate_nrp')
def t_tr_nrp_a():
    p = w_any()
    kind = rint(0, 2)
    nrp = [X('NRP', nrp_rel())] if kind == 0 else [X('NRP', nrp_nat()), ' engineer'] if kind == 1 else [X('NRP', nrp_pol()), ' activist']
    return ['Translate into ', ch(['German', 'Portuguese', 'Japanese', 'Dutch']), ': "', P(p), ', a '] + nrp + [
            ' who settled in ', LOC(city(ch(['world', 'de', 'fr', 'it']))), ', now works at ', ORGN(org()), '."']


@T('translate_nrp')
def t_tr_nrp_b():
    p = w_any()
    return ['Short bio for the conference site: ', P(p), ' is ', X('NRP', nrp_nat()), ', based in ', LOC(city(ch(['world', 'pt', 'cz']))),
            ', and leads research at ', ORGN(org()), '. Make it sound less stiff.']


# -- F22 UK new hire ---------------------------------------------------------------------------------------------------------------
@T('uk_newhire')
def t_uk_nh_a():
    p = w_uk()
    return ['Starter checklist: ', P(p), ', National Insurance no. ', X('UK_NINO', nino()), ', first working day ',
            DT(adate(style=ch(['dmy', 'dmy/', 'wd', 'ord']))), '.']


@T('uk_newhire')
def t_uk_nh_b():
    p = w_uk()
    return ['Subject: new starter - ', P(p), '\n\nHi payroll,\n', P(p.given), ' joins us on ', DT(adate(style=ch(['dmy', 'wd']), with_time=coin(0.3))),
            '. NINO is ', X('UK_NINO', nino()), '. P45 to follow.\n\nRegards,\nHR']


# -- F23 SG company filing ----------------------------------------------------------------------------------------------------
@T('sg_company')
def t_sg_co_a():
    p = who(ch(SG_MIX))
    return ['Registry update: appoint ', P(p), ' (NRIC/FIN ', X('SG_NRIC_FIN', nric()), ') as director; registered address moves to ',
            LOC(city('sg')), '.']


@T('sg_company')
def t_sg_co_b():
    p = who(ch(SG_MIX))
    return ['Director particulars\n  Name ........ ', P(p), '\n  ID .......... ', X('SG_NRIC_FIN', nric()), '\n  Residential . ',
            LOC(street('sg')), ', ', LOC(city('sg')), '\nDoes this meet the local-director rule?']


# -- F24 polite reply to customer ------------------------------------------------------------------------------------------------
@T('polite_reply')
def t_reply_a():
    p = w_any()
    return ['Help me answer ', P(p), ' kindly - the ticket quotes card ', X('CREDIT_CARD', card()), ' and says they are in ',
            LOC(city(ch(['us', 'uk', 'au', 'ca', 'world']))), ', so mind the time zone.']


@T('polite_reply')
def t_reply_b():
    p = w_any()
    return ['Ticket #', digits(6), ' | customer: ', P(p), ' | location: ', LOC(city(ch(['us', 'ca', 'de', 'fr']))), ' | card on file: ',
            X('CREDIT_CARD', card()), ' | mood: angry\n\nWrite a calm first reply.']


# -- F25 SIN reminder -----------------------------------------------------------------------------------------------------------
@T('sin_reminder')
def t_sin_rem_a():
    p = who(ch(CA_MIX))
    return ['Heads-up: never e-mail ', P(p), "'s social insurance number (", X('CA_SIN', ca_sin()), '). Upload it through ',
            URL(url('https://')), ' instead.']


@T('sin_reminder')
def t_sin_rem_b():
    p = who(ch(CA_MIX))
    return ['@channel reminder - the SIN for ', P(p), ' (', X('CA_SIN', ca_sin()), ') went out in plain text yesterday. Secure portal is ',
            URL(url()), ' - please use it.']


# -- F26 DEA lookup ---------------------------------------------------------------------------------------------------------------
@T('dea_lookup')
def t_dea_lk_a():
    return ['Can you tell me whether DEA registration ', X('MEDICAL_LICENSE', dea()), ' is valid for a prescriber practising in ',
            LOC(ch(REGION['us'] + CITY['us'])), '?']


@T('dea_lookup')
def t_dea_lk_b():
    return ['verify_prescriber:\n  dea: ', X('MEDICAL_LICENSE', dea()), '\n  practice_location: ', LOC(city('us')), '\n  schedule: II-V\n\nexplain the DEA check digit']


# -- F27 payslip query ---------------------------------------------------------------------------------------------------------------
@T('payslip')
def t_payslip_a():
    p = w_uk()
    return ['Payslip question from ', P(p), ' (NI no. ', X('UK_NINO', nino()), ', staff ref ', ch(['EMP', 'HR', 'ST']), digits(6),
            '): why did the tax code change?']


@T('payslip')
def t_payslip_b():
    p = w_uk()
    return ['Hi, ', P(p.given), ' here - my NI number is ', X('UK_NINO', nino()), ' and the last payslip shows emergency tax. Full name on the account: ',
            P(p), '. Can someone look?']


# -- F28 performance review with NRP -----------------------------------------------------------------------------------------
@T('perf_review')
def t_perf_a():
    p = w_any()
    return ['Tighten this review: ', P(p), ', our ', X('NRP', nrp_nat()), ' analyst in ', LOC(city(ch(['world', 'de', 'fr', 'uk']))),
            ', beat every quarterly goal at ', ORGN(org()), '.']


@T('perf_review')
def t_perf_b():
    p = w_any()
    return ['## Review - ', P(p), '\n* Team: ', ORGN(org()), ', ', LOC(city(ch(['world', 'pt', 'es', 'us']))), ' office\n* Background: ',
            X('NRP', ch([nrp_nat, nrp_rel])()), ', joined ', str(rint(2012, 2023)), '\n* Rating: exceeds\n\nRewrite as two sentences.']


# -- F29 Swedish personnummer + e-mail ---------------------------------------------------------------------------------------
@T('se_pnr_email')
def t_se_pe_a():
    p = who('se')
    return ['Kunden ', P(p), ' har personnummer ', X('SE_PERSONNUMMER', personnummer(*dob())), ' och nås på ', EM(email(p)),
            '. Kan du skriva ett svar på svenska?']


@T('se_pnr_email')
def t_se_pe_b():
    p = who('se')
    return ['Namn: ', P(p), '\nPersonnr: ', X('SE_PERSONNUMMER', personnummer(*dob())), '\nE-post: ', EM(email(p)),
            '\n\nKontrollera att personnumret har rätt kontrollsiffra.']


# -- F30 nginx / firewall IPs -------------------------------------------------------------------------------------------------
@T('firewall_ips')
def t_fw_a():
    return ['location /admin {\n    allow ', IPA(ipv4()), ';\n    allow ', IPA(ipv6()), ';\n    deny  all;\n}\nRequests from the second address still get 403 - why?']


@T('firewall_ips')
def t_fw_b():
    return ['ufw status shows ALLOW from ', IPA(ipv4()), ' but traffic from ', IPA(ip()), ' is dropped on port ', str(ch([22, 443, 5432, 8443])),
            '. ufw ', version(), '.']


# -- F31 ZA ID document with phone ------------------------------------------------------------------------------------------------
@T('za_iddoc')
def t_za_doc_a():
    p = who(ch(ZA_MIX))
    return ['Certified copy received: ID ', X('ZA_ID_NUMBER', za_id(*dob())), ' belonging to ', P(p), '; cell ', PH(phone('za')), '.']


@T('za_iddoc')
def t_za_doc_b():
    p = who(ch(ZA_MIX))
    return ['KYC docs\n  holder: ', P(p), '\n  RSA ID: ', X('ZA_ID_NUMBER', za_id(*dob())), '\n  contact: ', PH(phone('za')), '\nstill missing: proof of residence']


# -- F32 Finnish tax card -------------------------------------------------------------------------------------------------------------
@T('fi_verokortti')
def t_fi_vero_a():
    p = who('fi')
    return ['Verokortin tiedot: ', P(p), ', henkilötunnus ', X('FI_PERSONAL_IDENTITY_CODE', hetu(*dob())), ', kotikunta ', LOC(city('fi')),
            '. Onko tunnus oikeassa muodossa?']


@T('fi_verokortti')
def t_fi_vero_b():
    p = who('fi')
    return ['Nimi: ', P(p), '\nHetu: ', X('FI_PERSONAL_IDENTITY_CODE', hetu(*dob())), '\nAsuinpaikka: ', LOC(city('fi')),
            '\n\nKäännä englanniksi palkanlaskentaa varten.']


# -- F33 SMTP config --------------------------------------------------------------------------------------------------------------------
@T('smtp_config')
def t_smtp_a():
    return ['Is this YAML valid?\nmailer:\n  from: ', EM(email()), '\n  relay: ', IPA(ipv4()), '\n  port: ', str(ch([25, 465, 587, 2525])),
            '\n  homepage: ', URL(url()), '\n  tls: true']


@T('smtp_config')
def t_smtp_b():
    return ['# .env\nSMTP_USER=', EM(email()), '\nSMTP_HOST=', IPA(ipv4()), '\nSMTP_PORT=587\nPUBLIC_URL=', URL(url('https://')),
            '\nLOG_LEVEL=debug\n\nwhy does nodemailer time out with this?']


# -- F34 MBI inactive ------------------------------------------------------------------------------------------------------------------
@T('mbi_inactive')
def t_mbi_a():
    p = w_us()
    return ['Eligibility check came back inactive for ', P(p), ' (Medicare MBI ', X('US_MBI', mbi()), '). The plan wants us to phone ',
            PH(phone('us')), '.']


@T('mbi_inactive')
def t_mbi_b():
    p = w_us()
    return ['Call note - ', P(p), '\nMBI: ', X('US_MBI', mbi()), '\nStatus: coverage not found\nCallback: ', PH(phone('us')),
            '\n\nSummarise for the billing team.']


# -- F35 ITIN question --------------------------------------------------------------------------------------------------------------------
@T('itin_question')
def t_itin_q_a():
    p = w_us()
    return [P(p), ' already holds ITIN ', X('US_ITIN', itin()), ' and wants one for a dependent. Where should the W-7 go? Mailing address is ',
            LOC(street('us')), ', ', LOC(city('us')), '.']


@T('itin_question')
def t_itin_q_b():
    p = w_us()
    return ['Form W-7 prep\n  applicant: ', P(p), '\n  existing ITIN: ', X('US_ITIN', itin()), '\n  street: ', LOC(street('us')),
            '\n  city: ', LOC(city('us')), '\nWhat supporting documents are needed for the spouse?']


# -- F36 hospital admission with NRP ---------------------------------------------------------------------------------------------------
@T('admission')
def t_adm_a():
    p = w_any()
    return ['Summarise: ', P(p), ', ', str(rint(24, 88)), ', ', X('NRP', ch([nrp_nat, nrp_rel])()), ', was admitted to ', ORGN(org(ch(['hosp_uk', 'hosp_us', 'hosp_au']))),
            ' on ', DT(adate(with_time=coin(0.3))), ' with shortness of breath. Next of kin: ', PH(phone(ch(['us', 'uk', 'au', 'ie']))), '.']


@T('admission')
def t_adm_b():
    p = w_any()
    return ['ADMISSION NOTE\nPt: ', P(p), ' | Age ', str(rint(19, 91)), ' | Religion: ', X('NRP', nrp_rel()), '\nWard: ', ORGN(org(ch(['hosp_uk', 'hosp_au']))),
            ', admitted ', DT(adate(style=ch(['dmy/', 'iso', 'dmy']), with_time=True)), '\nNOK phone: ', PH(phone(ch(['uk', 'au']))),
            '\n\nTurn into a handover paragraph.']


# -- F37 Turkish visa letter -------------------------------------------------------------------------------------------------------
@T('tr_visa')
def t_trv_a():
    p = who('tr')
    return ['Draft a visa invitation for ', P(p), ' (TC kimlik no ', X('TR_NATIONAL_ID', tr_id()), '), who will travel from ', LOC(city('tr')),
            ' for the trade fair.']


@T('tr_visa')
def t_trv_b():
    p = who('tr')
    return ['Davet mektubu için bilgiler: ', P(p), ', T.C. Kimlik No: ', X('TR_NATIONAL_ID', tr_id()), ', ikamet: ', LOC(city('tr')),
            '. Mektubu İngilizce yaz.']


# -- F38 Korean customer with card ----------------------------------------------------------------------------------------------------
@T('kr_card')
def t_krc_a():
    p = who('korean')
    y, m, d = dob()
    return ['Customer ', P(p), ' (RRN ', X('KR_RRN', kr_rrn(y, m, d, p.female)), ') says card ', X('CREDIT_CARD', card()),
            ' was billed for a cancelled order. What do we refund?']


@T('kr_card')
def t_krc_b():
    p = who('korean')
    y, m, d = dob()
    return ['CRM note: ', P(p), ' / RRN ', X('KR_RRN', kr_rrn(y, m, d, p.female)), ' / card ', X('CREDIT_CARD', card()),
            ' / issue: double charge on ', order_id(), '\nDraft a Korean-language apology.']


# -- F39 DEA on prescription pad ---------------------------------------------------------------------------------------------------
@T('dea_pad')
def t_pad_a():
    p = w_us()
    return ['Dr. ', P(p.sur), ' needs the DEA number ', X('MEDICAL_LICENSE', dea(p.sur)), ' added to the printed script template.']


@T('dea_pad')
def t_pad_b():
    p = w_us()
    return ['Prescriber block:\n  ', P(p), ', MD\n  DEA # ', X('MEDICAL_LICENSE', dea(p.sur)), '\n  Clinic fax on file\nCan the DEA number sit in the footer?']


# -- F40 AU tax return --------------------------------------------------------------------------------------------------------------
@T('au_tax')
def t_autax_a():
    p = who(ch(AU_MIX))
    return [P(p), ' is a sole trader with TFN ', X('AU_TFN', tfn()), '; the company ', ORGN(org('au')), ' holds ABN ', X('AU_ABN', abn()),
            '. Which one goes on the BAS?']


@T('au_tax')
def t_autax_b():
    p = who(ch(AU_MIX))
    return ['| entity | identifier |\n|---|---|\n| ', ORGN(org('au')), ' | ABN ', X('AU_ABN', abn()), ' |\n| ', P(p), ' (sole trader) | TFN ',
            X('AU_TFN', tfn()), ' |\n\nExplain the difference for a new bookkeeper.']


# -- F41 Swedish candidate ---------------------------------------------------------------------------------------------------------
@T('se_candidate')
def t_secand_a():
    p = who('se')
    return ['Applicant ', P(p), ' listed personnummer ', X('SE_PERSONNUMMER', personnummer(*dob())), ' and a home address in ', LOC(city('se')),
            '. Is the number plausible?']


@T('se_candidate')
def t_secand_b():
    p = who('se')
    return ['Sökande: ', P(p), ' (', X('SE_PERSONNUMMER', personnummer(*dob())), '), bor i ', LOC(city('se')), '. Skriv en kallelse till intervju.']


# -- F42 AU Medicare + ACN ---------------------------------------------------------------------------------------------------------
@T('au_medicare_acn')
def t_auma_a():
    return ['Check two numbers for ', ORGN(org('hosp_au')), ': Medicare card ', X('AU_MEDICARE', medicare()), ' and company ACN ',
            X('AU_ACN', acn()), '.']


@T('au_medicare_acn')
def t_auma_b():
    return ['Onboarding checklist - ', ORGN(org('hosp_au')), '\n[ ] ACN ', X('AU_ACN', acn()), ' matches the company register\n[ ] test patient Medicare no. ',
            X('AU_MEDICARE', medicare()), ' passes the check digit\n[ ] HPI-O linked']


# -- F43 AU Medicare appointment -------------------------------------------------------------------------------------------------------
@T('au_medicare_appt')
def t_auap_a():
    p = who(ch(AU_MIX))
    return ['Medicare card ', X('AU_MEDICARE', medicare()), ' is in the name of ', P(p), '; the specialist slot is ',
            DT(adate(style=ch(['dmy', 'wd', 'dmy/']), with_time=coin(0.6))), ' at ', ORGN(org('hosp_au')), '.']


@T('au_medicare_appt')
def t_auap_b():
    p = who(ch(AU_MIX))
    return ['SMS draft: Hi ', P(p.given), ', reminder of your appointment at ', ORGN(org('hosp_au')), ' on ', DT(adate(style='wd', with_time=True)),
            '. Bring Medicare card ', X('AU_MEDICARE', medicare()), '. Reply Y to confirm.\n\nShorten it to 140 characters.']


# -- F44 AU onboarding ---------------------------------------------------------------------------------------------------------------
@T('au_onboard')
def t_auon_a():
    p = who(ch(AU_MIX))
    return ['New starter ', P(p), ' - TFN ', X('AU_TFN', tfn()), ', super fund form outstanding, lives at ', LOC(street('au')), ', ',
            LOC(city('au')), '.']


@T('au_onboard')
def t_auon_b():
    p = who(ch(AU_MIX), upper=False)
    return ['employee:\n  name: ', P(p), '\n  tfn: "', X('AU_TFN', tfn()), '"\n  address:\n    line1: ', LOC(street('au')),
            '\n    suburb: ', LOC(city('au')), '\n  super_choice: default\n\nGenerate the welcome letter.']


# -- F45 BTC sent, nothing arrived ------------------------------------------------------------------------------------------------
@T('btc_sent')
def t_btcs_a():
    return ['Sent ', '%.4f' % (R.random() / 5 + 0.001), ' BTC to ', X('CRYPTO', btc()), ' an hour ago, still unconfirmed. Txid ', sha(64),
            '. Should I bump the fee?']


@T('btc_sent')
def t_btcs_b():
    return ['support chat\n> user: deposit not showing\n> user: sent to ', X('CRYPTO', btc()), '\n> agent: txid please?\n> user: ', sha(64),
            '\n\nwhat should the agent check first']


# -- F46 bounty to two wallets -------------------------------------------------------------------------------------------------------
@T('bounty')
def t_bounty_a():
    return ['Bug bounty payout (', money(), '): use ', X('CRYPTO', btc()), ' or, if that fails, ', X('CRYPTO', btc()), '.']


@T('bounty')
def t_bounty_b():
    return ['Payout options\n1) ', X('CRYPTO', btc()), '\n2) ', X('CRYPTO', btc()), '\nWhich of these is SegWit?']


# -- F47 direct debit bounced ----------------------------------------------------------------------------------------------------------
@T('direct_debit')
def t_dd_a():
    p = w_us()
    return [P(p), ' (', EM(email(p)), ') reports that the direct debit from checking account ', X('US_BANK_NUMBER', bank_acct()),
            ' was returned R01. What now?']


@T('direct_debit')
def t_dd_b():
    p = w_us()
    e = email(p)
    return ['From: ', EM(e), '\nTo: ', EM('billing@' + ch(FIRMHOST)), '\n\nMy autopay failed again. Account no. ', X('US_BANK_NUMBER', bank_acct()),
            ', routing on file. - ', P(p)]


# -- F48 ID verification with licence and address ----------------------------------------------------------------------------------
@T('verify_dl')
def t_vdl_a():
    p = w_us()
    return ['KYC check: driver licence ', X('US_DRIVER_LICENSE', us_dl()), ', holder ', P(p), ', residing at ', LOC(street('us')), ', ',
            LOC(city('us')), '. Any red flags?']


@T('verify_dl')
def t_vdl_b():
    p = w_us()
    return ['ID VERIFICATION\nName: ', P(p), '\nDL#: ', X('US_DRIVER_LICENSE', us_dl()), '\nAddress: ', LOC(street('us')), ', ', LOC(city('us')), ', ',
            LOC(ch(REGION['us'])), '\nExpiry: ', str(rint(2026, 2031)), '\n\nDoes the address block look complete?']


# -- F49 rental form with licence --------------------------------------------------------------------------------------------------
@T('dl_rental')
def t_dlr_a():
    return ['For the car hire form: my licence number is ', X('US_DRIVER_LICENSE', us_dl()), ', issued in ', LOC(ch(REGION['us'])),
            '. Which box does it go in?']


@T('dl_rental')
def t_dlr_b():
    return ['rental counter says my license ', X('US_DRIVER_LICENSE', us_dl()), ' from ', LOC(ch(REGION['us'] + CITY['us'])),
            " won't scan. what can i show instead?"]


# -- F50 passport renewal --------------------------------------------------------------------------------------------------------
@T('passport_renew')
def t_pass_a():
    p = w_us()
    return ['Renewal packet for ', P(p), ': current passport ', X('US_PASSPORT', us_passport()), ', date of birth ', DT(fdate(*dob())),
            '. Fill in the DS-82 summary.']


@T('passport_renew')
def t_pass_b():
    p = w_us()
    return ['Passport renewal\n- Applicant: ', P(p), '\n- Old book no.: ', X('US_PASSPORT', us_passport()), '\n- DOB: ',
            DT(fdate(*dob(), style=ch(['mdy/', 'ora', 'mon3']))), '\n- Photo: attached\nWhat is still missing?']


# -- F51 Indian passport + voter ID ---------------------------------------------------------------------------------------------
@T('in_passport_voter')
def t_inpv_a():
    p = who(ch(IN_MIX))
    return ['Cross-check for ', P(p), ': Indian passport ', X('IN_PASSPORT', in_passport()), ' and EPIC ', X('IN_VOTER', voter_id()),
            '. Do the formats look right?']


@T('in_passport_voter')
def t_inpv_b():
    p = who(ch(IN_MIX))
    return ['| document | number |\n|---|---|\n| passport | ', X('IN_PASSPORT', in_passport()), ' |\n| voter ID | ', X('IN_VOTER', voter_id()),
            ' |\nholder: ', P(p), '\n\nWhich issuing office prefix is the passport from?']


# -- F52 claim form ------------------------------------------------------------------------------------------------------------------
@T('claim_form')
def t_claim_a():
    p = w_us()
    return ['Claim for ', P(p), ' - MBI ', X('US_MBI', mbi()), ', billing NPI ', X('US_NPI', npi()), ', service date ',
            DT(adate(style=ch(['mdy/', 'iso', 'mdy', 'wd']))), '. Why was it denied with CO-16?']


@T('claim_form')
def t_claim_b():
    p = w_us()
    return ['CLM*', digits(8), '\nNM1*IL*1*', P(p), '\nMBI: ', X('US_MBI', mbi()), '\nNM1*82 NPI: ', X('US_NPI', npi()), '\nDOS: ',
            DT(adate(style=ch(['iso', 'mdy/']))), '\n\nExplain these segments in plain words.']


# -- F53 tax prep ITIN + SSN -----------------------------------------------------------------------------------------------------------
@T('tax_prep')
def t_taxp_a():
    p = w_us()
    return ['Joint return: ', P(p), ' files with ITIN ', X('US_ITIN', itin()), '; the spouse uses SSN ', X('US_SSN', ssn()),
            '. Can they still file jointly?']


@T('tax_prep')
def t_taxp_b():
    p = w_us()
    return ['Tax organizer\n* Taxpayer: ', P(p), '\n* ITIN: ', X('US_ITIN', itin()), '\n* Spouse SSN: ', X('US_SSN', ssn()),
            '\n* Filing status: MFJ\n\nList the credits they might qualify for.']


# -- F54 HR note US ------------------------------------------------------------------------------------------------------------------
@T('hr_note')
def t_hr_a():
    p = w_us()
    return [P(p), ' starts ', DT(adate(with_time=coin(0.3))), ' at the ', LOC(city('us')), ' site. SSN ', X('US_SSN', ssn()),
            '; pay goes to account ', X('US_BANK_NUMBER', bank_acct()), '.']


@T('hr_note')
def t_hr_b():
    p = w_us()
    return ['{"hire": {"name": "', P(p), '", "start": "', DT(adate(style='iso')), '", "site": "', LOC(city('us')), '", "ssn": "',
            X('US_SSN', ssn()), '", "deposit_acct": "', X('US_BANK_NUMBER', bank_acct()), '"}}\n\nWrite the offer-letter intro.']


# -- F55 customer record --------------------------------------------------------------------------------------------------------------
@T('customer_record')
def t_cust_a():
    p = w_any()
    return ['{"ticket": ', str(rint(10000, 99999)), ', "requester": {"full_name": "', P(p), '", "mail": "', EM(email(p)), '", "tel": "',
            PH(phone_for(p)), '"}, "payment": {"pan": "', X('CREDIT_CARD', card()), '"}, "state": "chargeback"}']


@T('customer_record')
def t_cust_b():
    p = w_any()
    return ['customer,email,phone,card\n"', P(p), '",', EM(email(p)), ',"', PH(phone_for(p)), '",', X('CREDIT_CARD', card(fmt=ch(['plain', 'dash']))),
            '\n\nMask everything except the last four digits.']


# -- F56 IBAN holders list -------------------------------------------------------------------------------------------------------------
@T('iban_holders')
def t_ibh_a():
    return ['[{"iban": "', X('IBAN_CODE', iban()), '", "owner": "', P(w_any()), '", "institution": "', ORGN(org('bank')), '"}, {"iban": "',
            X('IBAN_CODE', iban()), '", "owner": "', P(w_any()), '"}]\n\nDedupe this list.']


@T('iban_holders')
def t_ibh_b():
    return ['| account holder | IBAN | bank |\n|---|---|---|\n| ', P(w_any()), ' | ', X('IBAN_CODE', iban()), ' | ', ORGN(org('bank')),
            ' |\n| ', P(w_any()), ' | ', X('IBAN_CODE', iban()), ' | - |\n\nWhich rows need a BIC?']


# -- F57 wire failed ----------------------------------------------------------------------------------------------------------------
@T('wire_failed')
def t_wire_a():
    return ['The SEPA transfer to ', P(w_any()), ' (IBAN ', X('IBAN_CODE', iban()), ', ref ', order_id(), ') came back. What could cause that?']


@T('wire_failed')
def t_wire_b():
    p = w_any()
    return ['Subject: Returned payment\n\nDear ', P(p), ',\nour payment of ', money(), ' to ', X('IBAN_CODE', iban()),
            ' was returned by your bank. Please confirm the account details.\n\nPolish the wording of this e-mail.']


# -- F58 Spanish NIE + NIF --------------------------------------------------------------------------------------------------------
@T('es_nie_nif')
def t_esnn_a():
    p = who(ch(['es', 'cat', 'gal']))
    return ['El titular ', P(p), ' aporta NIE ', X('ES_NIE', nie()), ' y NIF ', X('ES_NIF', nif()), '; móvil ', PH(phone('es')),
            '. ¿Cuál debe figurar en el contrato?']


@T('es_nie_nif')
def t_esnn_b():
    p = who(ch(['es', 'cat', 'gal', 'mx']))
    return ['Ficha cliente\n  Nombre: ', P(p), '\n  NIE: ', X('ES_NIE', nie()), '\n  NIF: ', X('ES_NIF', nif()), '\n  Teléfono: ', PH(phone('es')),
            '\nComprueba las letras de control.']


# -- F59 Spanish document with address ----------------------------------------------------------------------------------------------
@T('es_documento')
def t_esdoc_a():
    p = who(ch(['es', 'cat', 'gal']))
    return ['Certificado a nombre de ', P(p), ', NIF ', X('ES_NIF', nif()), ', con domicilio en ', LOC(street('es')), ', ', LOC(city('es')),
            '. Redacta el encabezado.']


@T('es_documento')
def t_esdoc_b():
    p = who(ch(['es', 'cat', 'gal', 'pe']))
    return ['Tenant file: ', P(p), ' / DNI-NIF ', X('ES_NIF', nif()), ' / address ', LOC(street('es')), ', ', LOC(city('es')),
            '\nWhat does the letter at the end of the NIF mean?']


# -- F60 Italian employee data ------------------------------------------------------------------------------------------------------
@T('it_dipendente')
def t_itd_a():
    p = who('it')
    y, m, d = dob()
    return ['Scheda dipendente: ', P(p), ', codice fiscale ', X('IT_FISCAL_CODE', fiscal_code(p, y, m, d)), ', ', 'nata' if p.female else 'nato',
            ' a ', LOC(city('it')), ' il ', DT(fdate(y, m, d, 'it')), '.']


@T('it_dipendente')
def t_itd_b():
    p = who('it')
    y, m, d = dob()
    return ['Cognome e nome: ', P(p), '\nLuogo di nascita: ', LOC(city('it')), '\nData di nascita: ', DT(fdate(y, m, d, 'it')),
            '\nC.F.: ', X('IT_FISCAL_CODE', fiscal_code(p, y, m, d)), '\n\nIl codice fiscale è coerente con la data?']


# -- F61 PESEL with address -----------------------------------------------------------------------------------------------------------
@T('pl_pesel_addr')
def t_plad_a():
    p = who('pl')
    return ['Numer PESEL ', X('PL_PESEL', pesel(*dob(), female=p.female)), ' przypisano osobie: ', P(p), ', zamieszkałej w miejscowości ',
            LOC(city('pl')), '. Sprawdź sumę kontrolną.']


@T('pl_pesel_addr')
def t_plad_b():
    p = who('pl')
    return ['Dane do umowy\nNazwisko i imię: ', P(p), '\nPESEL: ', X('PL_PESEL', pesel(*dob(), female=p.female)), '\nAdres: ', LOC(street('pl')),
            ', ', LOC(city('pl')), '\n\nTranslate the labels into English.']


# -- F62 Finnish new employee ---------------------------------------------------------------------------------------------------------
@T('fi_employee')
def t_fie_a():
    p = who('fi')
    return ['Uusi työntekijä ', P(p), ' (hetu ', X('FI_PERSONAL_IDENTITY_CODE', hetu(*dob())), ') aloittaa ', DT(adate('fi')), '. Laadi perehdytyslista.']


@T('fi_employee')
def t_fie_b():
    p = who('fi')
    return ['New starter: ', P(p), ', henkilötunnus ', X('FI_PERSONAL_IDENTITY_CODE', hetu(*dob())), ', first day ',
            DT(adate(style=ch(['dmy', 'iso', 'dot']))), '. Which payroll fields need it?']


# -- F63 Turkish appointment -------------------------------------------------------------------------------------------------------------
@T('tr_randevu')
def t_trr_a():
    p = who('tr')
    return [P(p), ' adına, T.C. kimlik numarası ', X('TR_NATIONAL_ID', tr_id()), ', ', DT(adate('tr', with_time=coin(0.4))),
            ' tarihli randevu oluşturuldu. Hatırlatma mesajı yaz.']


@T('tr_randevu')
def t_trr_b():
    p = who('tr')
    return ['Hasta: ', P(p), '\nTCKN: ', X('TR_NATIONAL_ID', tr_id()), '\nRandevu: ', DT(adate('tr')), '\nBölüm: Kardiyoloji\n\nBunu İngilizceye çevir.']


# -- F64 AU contractor ---------------------------------------------------------------------------------------------------------------
@T('au_contractor')
def t_auc_a():
    p = who(ch(AU_MIX))
    return ['Contractor ', P(p), ' bills us via ', ORGN(org('au')), ' (ABN ', X('AU_ABN', abn()), ', ACN ', X('AU_ACN', acn()),
            '). Is GST registration implied?']


@T('au_contractor')
def t_auc_b():
    p = who(ch(AU_MIX))
    return ['TAX INVOICE\n', ORGN(org('au')), '\nABN ', X('AU_ABN', abn()), ' | ACN ', X('AU_ACN', acn()), '\nContact: ', P(p), '\nInvoice ',
            order_id(), ' - consulting, ', money(), '\n\nIs anything legally required missing?']


# -- F65 Canadian new joiner ---------------------------------------------------------------------------------------------------------
@T('ca_newjoiner')
def t_can_a():
    p = who(ch(CA_MIX))
    return [P(p), ' handed in SIN ', X('CA_SIN', ca_sin()), ' on day one at our ', LOC(city('ca')), ' branch. Where should HR file it?']


@T('ca_newjoiner')
def t_can_b():
    p = who(ch(CA_MIX))
    return ['Bonjour RH,\nnouvel(le) employé(e) / new hire: ', P(p), '\nNAS/SIN: ', X('CA_SIN', ca_sin()), '\nBureau: ', LOC(city('ca')),
            '\nMerci!\n\nMake this bilingual note consistent.']


# -- F66 Rx note ---------------------------------------------------------------------------------------------------------------------
@T('rx_note')
def t_rx_a():
    d, p = w_us(), w_any()
    return ['Prescription signed by Dr. ', P(d), ' (DEA ', X('MEDICAL_LICENSE', dea(d.sur)), ') for ', P(p), ', callback ', PH(phone_for(p)),
            '. Is a Schedule II refill allowed?']


@T('rx_note')
def t_rx_b():
    d, p = w_us(), w_any()
    return ['Rx\nPatient: ', P(p), '  Tel: ', PH(phone_for(p)), '\nDrug: oxycodone 5 mg, #20\nPrescriber: Dr ', P(d), '  DEA: ',
            X('MEDICAL_LICENSE', dea(d.sur)), '\n\nCheck the prescriber block for errors.']


# -- F67 proof of address with NRP -----------------------------------------------------------------------------------------------------
@T('proof_address')
def t_poa_a():
    p = w_any()
    cc = ch(['au', 'us', 'ca'])
    reg = {'au': ['Australian Capital Territory'], 'us': REGION['us'], 'ca': REGION['ca']}[cc]
    return ['Address evidence for ', P(p), ': ', LOC(street(cc)), ', ', LOC(city(cc)), ', ', LOC(ch(reg)),
            '. The catering form lists the guest as ', X('NRP', nrp_rel()), '.']


@T('proof_address')
def t_poa_b():
    p = w_any()
    cc = ch(['de', 'fr', 'za', 'in'])
    return ['Guest: ', P(p), '\nAddress: ', LOC(street(cc)), ', ', LOC(city(cc)), ', ', LOC(ch(REGION[cc] if cc in REGION else REGION['other'])),
            '\nDietary: ', X('NRP', ch(['Jain', 'Hindu', 'Muslim', 'Jewish', 'Sikh', 'Buddhist', 'Seventh-day Adventist'])), ' (meals as per faith)\n\nMake the badge text.']


# -- F68 user record with SSN ------------------------------------------------------------------------------------------------------------
@T('user_ssn')
def t_ussn_a():
    p = w_us()
    return ['{"id": ', str(rint(1000, 99999)), ', "legal_name": "', P(p), '", "birth_date": "', DT(fdate(*dob(), style='iso')), '", "tax_id": "',
            X('US_SSN', ssn()), '", "home": {"city": "', LOC(city('us')), '"}}']


@T('user_ssn')
def t_ussn_b():
    p = w_us()
    return ["INSERT INTO members (name, dob, ssn, city) VALUES ('", P(p), "', '", DT(fdate(*dob(), style='iso')), "', '", X('US_SSN', ssn()),
            "', '", LOC(city('us')), "');\n-- why does this violate the unique index?"]


# -- F69 login failure logs -------------------------------------------------------------------------------------------------------------
@T('log_login')
def t_logl_a():
    return ['Logs:\n', logts(), ' WARN auth: invalid password for ', EM(email()), ' from ', IPA(ip()), '\n', logts(),
            ' INFO rate limiter engaged (', str(rint(3, 20)), ' attempts)\nIs this brute force?']


@T('log_login')
def t_logl_b():
    return [logts(), ' sshd[', str(rint(1000, 60000)), ']: Failed password for invalid user deploy from ', IPA(ip()), ' port ', str(rint(30000, 65000)),
            ' ssh2\n', logts(), ' app: lockout user=', EM(email()), '\nsummarise']


# -- F70 curl / HTTP client --------------------------------------------------------------------------------------------------------------
@T('curl_call')
def t_curl_a():
    return ["curl -s -X PUT ", URL(url('https://')), " -H 'Content-Type: application/json' -d '{\"user\": \"", EM(email()), "\", \"client_ip\": \"",
            IPA(ip()), "\"}'\ngives 409 Conflict, request ", uuid(), '. Why?']


@T('curl_call')
def t_curl_b():
    return ['requests.post("', URL(url('https://')), '", json={"contact": "', EM(email()), '", "origin": "', IPA(ipv4()),
            '"}, timeout=', str(rint(3, 30)), ')\nraises SSLError - how do I debug it?']


# -- F71 code with e-mail and host ---------------------------------------------------------------------------------------------------------
@T('code_secrets')
def t_code_a():
    return ['This cron job never sends anything:\n```python\nALERT_TO = "', EM(email()), '"\nREDIS_HOST = "', IPA(ipv4()),
            '"\n\ndef main():\n    notify(ALERT_TO, host=REDIS_HOST)\n```\nFile: jobs/nightly.py']


@T('code_secrets')
def t_code_b():
    return ['```js\nconst cfg = {\n  owner: "', EM(email()), '",\n  dbHost: "', IPA(ip()), '",\n  retries: ', str(rint(2, 6)),
            ',\n};\nmodule.exports = cfg;\n```\nHow do I load these from env vars instead?']


# -- F72 remember my details ----------------------------------------------------------------------------------------------------------
@T('remember_details')
def t_rem_a():
    return ['save these for later please: mail ', EM(email()), ', mobile ', PH(phone(ch(['us', 'uk', 'au', 'de', 'in']))), ', home IP ', IPA(ip())]


@T('remember_details')
def t_rem_b():
    return ['My contact details (keep them handy):\n- ', EM(email()), '\n- ', PH(phone(ch(['nz', 'ie', 'ae', 'ph', 'jp']))), '\n- VPN exit ',
            IPA(ipv4()), '\nNow, about that VPN issue...']


# -- F73 CRM contact -----------------------------------------------------------------------------------------------------------------
@T('crm_add')
def t_crm_a():
    p = w_any()
    return ['Create a CRM contact for ', P(p), ' - e-mail ', EM(email(p)), ', phone ', PH(phone_for(p)), ', profile ',
            URL('https://' + ch(['www.linkedin.com/in/', 'github.com/', 'about.me/', 'mastodon.social/@']) + slug(p.given) + '-' + slug(p.sur)), '.']


@T('crm_add')
def t_crm_b():
    p = w_any()
    return ['BEGIN:VCARD\nVERSION:4.0\nFN:', P(p), '\nEMAIL:', EM(email(p)), '\nTEL:', PH(phone_for(p)), '\nURL:', URL(url('https://')),
            '\nEND:VCARD\n\nImport this into the CRM as a lead.']


# -- F74 MAC / DHCP ----------------------------------------------------------------------------------------------------------------
@T('mac_dhcp')
def t_macd_a():
    return ['Printer ', X('MAC_ADDRESS', mac()), ' keeps pulling ', IPA(ipv4(True)), ' instead of its reservation. Firmware ', version(), '.']


@T('mac_dhcp')
def t_macd_b():
    return ['host cam-', digits(2), ' {\n  hardware ethernet ', X('MAC_ADDRESS', mac()), ';\n  fixed-address ', IPA(ipv4(True)),
            ';\n}\nisc-dhcp ignores this block - why?']


# -- F75 cancel subscription -----------------------------------------------------------------------------------------------------------
@T('cancel_sub')
def t_cancel_a():
    return ['Stop the monthly plan on card ', X('CREDIT_CARD', card()), ' and credit ', money(), ' back to it. Ref ', order_id(), '.']


@T('cancel_sub')
def t_cancel_b():
    return ['Subject: cancel\n\nPlease end my membership and refund the last charge (', money(), ') to card ', X('CREDIT_CARD', card()),
            '.\n\nWrite the agent reply.']


# -- F76 git author -------------------------------------------------------------------------------------------------------------------
@T('git_author')
def t_git_a():
    p = w_any()
    return ['commit ', sha(40), '\nAuthor: ', P(p), ' <', EM(email(p)), '>\n\n    fix flaky test\n\nWho should review this?']


@T('git_author')
def t_git_b():
    p = w_any()
    return ['git blame says line 88 of parser.c came from ', P(p), ' (', EM(email(p)), ') in ', sha(7), '. Draft a polite question to them.']


# -- F77 forwarded message ----------------------------------------------------------------------------------------------------------
@T('forwarded')
def t_fwd_a():
    p = w_any()
    return ['---------- Forwarded message ---------\nFrom: ', P(p), ' <', EM(email(p)), '>\n\n"Ring me on ', PH(phone_for(p)), ' any time after ',
            DT(clock()), '."\n\nWho should call back?']


@T('forwarded')
def t_fwd_b():
    p = w_any()
    return ['Voicemail transcript: "Hi, it\'s ', P(p), ', my e-mail is ', EM(email(p)), ', call me back at ', PH(phone_for(p)), ' before ',
            DT(adate(style='wd', with_time=True)), '." Summarise it.']


# -- F78 text me ---------------------------------------------------------------------------------------------------------------------
@T('text_me')
def t_txt_a():
    p = w_any()
    return ['its ', P(p.given), ' - msg me on ', PH(phone_for(p)), ' once you land']


@T('text_me')
def t_txt_b():
    p = w_any()
    return ['[WhatsApp] ', P(p), ': new number is ', PH(phone_for(p)), ', old one is dead\n\nReply as a friend.']


# -- F79 vendor IP whitelist -------------------------------------------------------------------------------------------------------
@T('vendor_whitelist')
def t_vw_a():
    return [ORGN(org()), ' need ', IPA(ipv4()), ' and ', IPA(ipv4()), ' allow-listed by ', DT(adate(style=ch(['dmy', 'mdy/', 'iso']))), '.']


@T('vendor_whitelist')
def t_vw_b():
    return ['CHANGE REQUEST\nRequester: ', ORGN(org()), '\nSource IPs: ', IPA(ipv4()), ', ', IPA(ip()), '\nWindow: ',
            DT(adate(style='dmy', with_time=True)), '\nRisk: low\n\nWrite the CAB summary.']


# -- F80 rewrite formally --------------------------------------------------------------------------------------------------------------
@T('rewrite_formal')
def t_rwf_a():
    p = w_any()
    return ['Make this professional: "hey ', P(p.given), ', the ', ORGN(org()), ' crowd in ', LOC(city(ch(['world', 'us', 'uk', 'de']))),
            ' want the slides by ', DT(adate(style=ch(['mdy', 'wd', 'dmy']))), ' lol"']


@T('rewrite_formal')
def t_rwf_b():
    p = w_any()
    return ['slack msg to clean up: @here ', ORGN(org()), ' moved the ', LOC(city(ch(['world', 'fr', 'au']))), ' workshop to ',
            DT(adate(with_time=True)), ', can u tell ', P(p), '?']


# -- F81 unit-test samples -------------------------------------------------------------------------------------------------------------
@T('unit_test')
def t_ut_a():
    return ['Write a validator test using these inputs: ', EM(email()), ', ', PH(phone(ch(['us', 'uk', 'fr', 'br']))), ', ', IPA(ip()), '.']


@T('unit_test')
def t_ut_b():
    return ['@pytest.mark.parametrize("value", [\n    "', EM(email()), '",\n    "', PH(phone(ch(['mx', 'de', 'au']))), '",\n    "', IPA(ipv6()),
            '",\n])\ndef test_detect(value): ...\n\nAdd negative cases too.']



# ---- third variants: one or two values, question-style ------------------------------------------------------------------------
@T('phishing')
def t_phish_c():
    return ['Staff keep getting mails that link to ', URL(url(ch(['http://', 'https://', 'www.']))), ' - should we block the whole domain?']


@T('payslip')
def t_payslip_c():
    return ['Is ', X('UK_NINO', nino()), ' a well-formed National Insurance number, or is that prefix never issued?']


@T('wire_failed')
def t_wire_c():
    return ['Which country and bank code are in IBAN ', X('IBAN_CODE', iban()), '?']


@T('git_author')
def t_git_c():
    return ['Who is ', EM(email()), '? That address keeps force-pushing to main.']


@T('text_me')
def t_txt_c():
    return ['call me on ', PH(phone(ch(['us', 'uk', 'au', 'za', 'ng', 'in']))), ' when the delivery is outside']


@T('dea_lookup')
def t_dea_lk_c():
    return ['Walk me through the check-digit maths for DEA number ', X('MEDICAL_LICENSE', dea()), '.']


@T('nhs_referral')
def t_nhs_ref_c():
    return ['Validate NHS number ', X('UK_NHS', nhs()), ' with the modulus 11 rule and show the working.']


@T('sin_reminder')
def t_sin_rem_c():
    return ['Does ', X('CA_SIN', ca_sin()), ' pass the Luhn test for a social insurance number? A first digit of 9 would mean a temporary resident, right?']


@T('tr_visa')
def t_trv_c():
    return ['TC kimlik numarası ', X('TR_NATIONAL_ID', tr_id()), ' geçerli mi? Son iki haneyi nasıl hesaplarım?']


@T('za_iddoc')
def t_za_doc_c():
    return ['What birth date and gender are encoded in SA ID number ', X('ZA_ID_NUMBER', za_id(*dob())), '?']


@T('kr_transfer')
def t_kr_tr_c():
    y, m, d = dob()
    return ['In RRN ', X('KR_RRN', kr_rrn(y, m, d, coin(0.5))), ', what does the seventh digit tell me?']


@T('sg_company')
def t_sg_co_c():
    return ['Is ', X('SG_NRIC_FIN', nric()), ' a citizen NRIC or a FIN? Explain the prefix letter.']


@T('se_candidate')
def t_secand_c():
    return ['Räkna ut kontrollsiffran för personnummer ', X('SE_PERSONNUMMER', personnummer(*dob())), ' steg för steg.']


@T('fi_verokortti')
def t_fi_vero_c():
    return ['Mitä välimerkki tarkoittaa henkilötunnuksessa ', X('FI_PERSONAL_IDENTITY_CODE', hetu(*dob())), '?']


@T('pl_candidate')
def t_pl_cand_c():
    return ['Jaka data urodzenia wynika z numeru PESEL ', X('PL_PESEL', pesel(*dob())), '?']


@T('it_cf_piva')
def t_cf_piva_c():
    p = who('it', upper=False)
    return ['Quale data di nascita è codificata nel codice fiscale ', X('IT_FISCAL_CODE', fiscal_code(p, *dob())), '?']


@T('es_nie_nif')
def t_esnn_c():
    return ['¿Es correcta la letra de control del ', ch(['NIE ', 'NIE ']), X('ES_NIE', nie()), '?']


@T('es_documento')
def t_esdoc_c():
    return ['Calcula la letra del NIF ', X('ES_NIF', nif()), ' y dime si coincide.']


@T('au_tax')
def t_autax_c():
    return ['Does TFN ', X('AU_TFN', tfn()), ' pass the weighted check, and is ABN ', X('AU_ABN', abn()), ' active?']


@T('in_kyc')
def t_kyc_c():
    return ['The fourth letter of PAN ', X('IN_PAN', pan(ch(string.ascii_uppercase))), ' is P - does that mean an individual holder?']


@T('mac_dhcp')
def t_macd_c():
    return ['Which vendor owns the OUI of ', X('MAC_ADDRESS', mac()), '?']


@T('mbi_inactive')
def t_mbi_c():
    return ['Format question: is ', X('US_MBI', mbi()), ' a valid Medicare Beneficiary Identifier?']


@T('pharmacy')
def t_pharm_c():
    return ['NPI ', X('US_NPI', npi()), ' - does the Luhn check with the 80840 prefix pass?']


@T('direct_debit')
def t_dd_c():
    return ['ACH return R03 on checking account ', X('US_BANK_NUMBER', bank_acct()), ' - what does R03 mean and who fixes it?']


@T('passport_renew')
def t_pass_c():
    return ['My passport ', X('US_PASSPORT', us_passport()), ' expires in five months. Can I still fly on it?']


@T('in_passport_voter')
def t_inpv_c():
    return ['Voter ID ', X('IN_VOTER', voter_id()), ' and Aadhaar ', X('IN_AADHAAR', aadhaar()), ' - can both be linked online?']


@T('au_medicare_acn')
def t_auma_c():
    return ['Is ', X('AU_ACN', acn()), ' a valid ACN, and does Medicare number ', X('AU_MEDICARE', medicare()), ' pass its check digit?']


# ---- PII-free look-alikes ---------------------------------------------------------------------------------------------------
@T('neg_invoice', True)
def n_inv_a():
    return ['Bill ', ch(['INV', 'BIL', 'FAC']), '-', digits(4), '-', digits(3), ' (', money(), ') is ', str(rint(15, 90)),
            ' days past due; purchase order ', order_id(), '. Draft a reminder.']


@T('neg_invoice', True)
def n_inv_b():
    return ['Overdue report\n  invoice   ', 'INV/', ''.join(ch(string.ascii_uppercase) for _ in range(2)), '/', digits(6), '\n  amount    ', money(),
            '\n  PO        ', order_id(), '\n  terms     net ', str(ch([30, 45, 60])), '\nWhat late fee applies?']


@T('neg_upgrade', True)
def n_upg_a():
    return ['After moving from ', version(), ' to ', version(), ' the worker stopped leaking file handles in ', ch(['scheduler.go', 'pool.rs', 'worker.ts', 'Makefile']), '.']


@T('neg_upgrade', True)
def n_upg_b():
    return ['Changelog question: ', ch(['libfoo', 'Grafana', 'Postgres', 'Envoy']), ' ', version(), ' vs ', version(),
            ' - which one fixed the TLS session resumption bug?']


@T('neg_iban_invalid', True)
def n_ibx_a():
    return ['Our form rejects ', fake_iban(), ' as an IBAN. The customer swears it is right - is the checksum off?']


@T('neg_iban_invalid', True)
def n_ibx_b():
    return ['Test fixture (should FAIL validation): iban="', fake_iban(), '". Write the assertion.']


@T('neg_part_number', True)
def n_part_a():
    return ['Replace bracket ', digits(3), '-', digits(3), '-', digits(4), '-', ch(['EU', 'UK', 'XL', 'BK']), ' with ', 'PN-', digits(4),
            '-', digits(2), ' on the ', ch(['R7', 'MK2', 'X9', 'T4']), ' chassis.']


@T('neg_part_number', True)
def n_part_b():
    return ['BOM line ', str(rint(10, 90)), ': qty ', str(rint(1, 12)), ' x ', ch(['M3x8', 'M4x12', 'M5x20']), ' screw, supplier code ',
            digits(3), '.', digits(3), '.', digits(4), '. Is this a phone number?']


@T('neg_coupon', True)
def n_coup_a():
    return ['Voucher ', fake_b58(), ' says "invalid". Can you issue a fresh one?']


@T('neg_coupon', True)
def n_coup_b():
    return ['gift card code ', fake_b58(), ' not accepted at checkout, tried twice']


@T('neg_config', True)
def n_cfg_a():
    return ['Set top_p to 0.', str(rint(1, 9)), ', max_new_tokens to ', str(ch([512, 1024, 2048, 8192])), ' and seed to ', digits(5),
            ' in ', ch(['config.toml', 'params.json', 'hparams.yaml']), ', then retrain.']


@T('neg_config', True)
def n_cfg_b():
    return ['[trainer]\nbatch_size = ', str(ch([16, 32, 64])), '\nlr = 3e-', str(rint(3, 6)), '\nwarmup_steps = ', str(rint(100, 4000)),
            '\n\nIs this learning rate too high for a 7B model?']


@T('neg_sql', True)
def n_sql_a():
    return ['What does `UPDATE invoices SET status = \'void\' WHERE id IN (', digits(5), ', ', digits(5), ')` do if the rows are locked?']


@T('neg_sql', True)
def n_sql_b():
    return ['Optimise: SELECT sku, SUM(qty) FROM order_lines WHERE warehouse_id = ', str(rint(1, 40)), ' GROUP BY sku HAVING SUM(qty) > ',
            str(rint(10, 500)), ';']


@T('neg_error', True)
def n_err_a():
    return ['Build fails with error C', digits(4), ' at line ', str(rint(10, 4000)), ' of ', ch(['render.cpp', 'main.c', 'app.module.ts']), '.']


@T('neg_error', True)
def n_err_b():
    return ['Traceback (most recent call last):\n  File "etl/load.py", line ', str(rint(10, 900)),
            ', in <module>\nValueError: invalid literal for int() with base 10: \'', digits(3), '-', digits(2), '\'\nfix?']


@T('neg_checksum', True)
def n_chk_a():
    return ['sha256 of the release tarball: ', sha(64), '; tag points at ', sha(40), '. Do they match the notes?']


@T('neg_checksum', True)
def n_chk_b():
    return ['Docker image digest sha256:', sha(64), ' was built from ', sha(7), '. How do I pin it in compose?']


@T('neg_container', True)
def n_cont_a():
    return ['Pod ', ch(['api', 'worker', 'ingest']), '-', sha(10), '-', sha(5), ' is in CrashLoopBackOff (', str(rint(20, 900)), ' restarts, OOMKilled).']


@T('neg_container', True)
def n_cont_b():
    return ['Job ', uuid(), ' exited with code ', str(ch([1, 137, 139, 143])), ' after ', str(rint(2, 59)), ' minutes. What signal is that?']


@T('neg_logs', True)
def n_log_a():
    return [logts(), ' INFO scheduler picked job ', order_id(), ' (', str(rint(2, 90)), ' ms)\n', logts(), ' WARN queue depth ',
            str(rint(100, 9000)), ' above threshold\n\nWhat does the warning mean?']


@T('neg_logs', True)
def n_log_b():
    return [logts(), ' DEBUG gc pause ', str(rint(2, 400)), 'ms heap=', str(rint(200, 4000)), 'MB\n', logts(), ' ERROR upstream timed out after ',
            str(rint(5, 60)), 's\nsummarise these lines']


@T('neg_ticket_cardlike', True)
def n_tkc_a():
    return ['Case ', fake_card(), ' duplicates case ', order_id(), ' - please merge.']


@T('neg_ticket_cardlike', True)
def n_tkc_b():
    return ['Loyalty number ', fake_card(), ' shows zero points. Is it the right length?']


@T('neg_shipping', True)
def n_ship_a():
    return ['Parcel ', order_id(), ' left the hub with tracking ', ch(['1Z', 'JD', 'LX']), digits(16), '. Paid: ', money(), '.']


@T('neg_shipping', True)
def n_ship_b():
    return ['Shipment summary\n  consignment: ', K.group(fail12(), 4), '\n  weight: ', str(rint(1, 40)), '.', str(rint(0, 9)),
            ' kg\n  charge: ', money(), '\nWhy is the charge so high?']


@T('neg_theme', True)
def n_theme_a():
    return ['Swap the accent colour to #', sha(6), ' and the border to #', sha(3), '; keep the font at ', str(rint(12, 18)), 'px.']


@T('neg_theme', True)
def n_theme_b():
    return [':root {\n  --brand: #', sha(6), ';\n  --muted: rgb(', str(rint(0, 255)), ', ', str(rint(0, 255)), ', ', str(rint(0, 255)),
            ');\n}\nMake the contrast WCAG AA.']


@T('neg_print', True)
def n_print_a():
    return ['Print the handouts double-sided on ', ch(['A3', 'A5', 'B5', 'Letter']), ' and bind them on the short edge.']


@T('neg_print', True)
def n_print_b():
    return ['Which is bigger, ', ch(['A4', 'B4', 'C5']), ' or ', ch(['Legal', 'Tabloid', 'A3']), '? I need it for the ', ch(['ISO 9001', 'SOC 2', 'PCI DSS']), ' binder.']


@T('neg_politics', True)
def n_pol_a():
    return ['Will the ', ch(['budget bill', 'housing bill', 'pension reform', 'transport levy']), ' get through parliament ', ch(['this week', 'before recess', 'by summer']),
            '? Guess, no sources needed.']


@T('neg_politics', True)
def n_pol_b():
    return ['Explain how ', ch(['a filibuster', 'a confidence vote', 'a by-election', 'proportional representation', 'a hung parliament']), ' works in ',
            ch(['two sentences', 'plain words', 'under 60 words']), '.']


@T('neg_timeout', True)
def n_to_a():
    return ['Call ', uuid(), ' hung for ', str(rint(2, 90)), ' s on port ', str(ch([6443, 9092, 11211, 8080])), ', then reset.']


@T('neg_timeout', True)
def n_to_b():
    return ['trace_id=', sha(32), ' span=', sha(16), ' latency_ms=', str(rint(300, 30000)), ' status=DEADLINE_EXCEEDED\nwhere do I start?']


@T('neg_batch', True)
def n_batch_a():
    return ['Lots ', fail10(), ' and ', fail12(), ' both failed the humidity test.']


@T('neg_batch', True)
def n_batch_b():
    return ['Run IDs ', fail9(), ', ', fail9(), ' and ', fail10(), ' need re-running on the ', ch(['Falcon', 'Heron', 'Osprey']), ' rig.']


@T('neg_serial', True)
def n_ser_a():
    return ['Unit with serial ', fail9(), ' passed burn-in, serial ', fail9(), ' did not.']


@T('neg_serial', True)
def n_ser_b():
    return ['Warranty lookup for S/N ', fail10(), ' returns nothing. Is that the right field?']


@T('neg_case', True)
def n_case_a():
    return ['Matter ', digits(5), '-', digits(4), ' was dismissed with no further action.']


@T('neg_case', True)
def n_case_b():
    return ['Docket No. ', digits(2), '-cv-', digits(5), ' - what does the "cv" mean?']


@T('neg_firmware', True)
def n_fw_a():
    return ['Firmware ', version(), ' (build ', sha(7), ') rolled out to every gateway overnight.']


@T('neg_firmware', True)
def n_fw_b():
    return ['BIOS ', ch(['F', 'R', 'V']), str(rint(10, 99)), ' vs ', version(), ' - which one should the fleet run?']


@T('neg_refactor', True)
def n_ref_a():
    return ['Split ', ch(['handlers.py', 'utils.ts', 'lib.rs', 'Main.java']), ' and ', ch(['models.py', 'index.js', 'mod.rs', 'App.kt']),
            ' into smaller modules before cutting ', version(), '.']


@T('neg_refactor', True)
def n_ref_b():
    return ['Rename the ', ch(['Orion', 'Juniper', 'Sparrow', 'Tundra']), ' package to ', ch(['Nimbus', 'Quartz', 'Ember', 'Cobalt']),
            ' without breaking imports in README.md.']


@T('neg_sku', True)
def n_sku_a():
    return ['Item ', ''.join(ch(string.ascii_uppercase) for _ in range(3)), '-', digits(4), '-', digits(2), ' ships in ', str(rint(2, 9)),
            ' working days; promo ', ch(['WINTER', 'FLASH', 'BOGO', 'HELLO']), str(rint(10, 60)), ' still applies.']


@T('neg_sku', True)
def n_sku_b():
    return ['Why does SKU ', digits(3), '-', digits(3), '-', digits(4), '-', ch(['RD', 'BL', 'GR']), ' show as out of stock when the warehouse has ',
            str(rint(2, 400)), '?']


@T('neg_summary', True)
def n_sum_a():
    return ['Give me three risks of migrating to ', ch(['Kubernetes', 'a monorepo', 'serverless', 'event sourcing']), ', max ', str(rint(40, 120)), ' words.']


@T('neg_summary', True)
def n_sum_b():
    return ['Summarise the pros and cons of ', ch(['trunk-based development', 'feature flags', 'blue-green deploys', 'pair programming']), ' in a table.']


@T('neg_product_names', True)
def n_prod_a():
    return ['Compare the ', ch(['Aurora', 'Summit', 'Harbor', 'Meridian']), ' Pro and the ', ch(['Nova', 'Crest', 'Vista', 'Atlas']),
            ' Lite plans for a team of ', str(rint(5, 80)), '.']


@T('neg_product_names', True)
def n_prod_b():
    return ['Project ', ch(['Bluebird', 'Lantern', 'Keystone', 'Wildflower']), ' milestone ', str(rint(2, 9)), ' slipped; the ',
            ch(['Red', 'Green', 'Amber']), ' Team owns the fix. Write the status update.']


@T('neg_meeting', True)
def n_meet_a():
    return ['Turn these notes into action items: budget approved, hiring freeze lifted, the ', ch(['Finance Committee', 'Steering Group', 'Audit Panel', 'Works Council']),
            ' wants the Q', str(rint(1, 4)), ' forecast revised.']


@T('neg_meeting', True)
def n_meet_b():
    return ['Minutes: Board agreed the ', ch(['Capital Plan', 'Risk Register', 'Travel Policy']), '; Legal to review the ', ch(['Master Services Agreement', 'Data Processing Addendum', 'Supplier Code']),
            '; next review after the ', ch(['Annual General Meeting', 'Quarterly Business Review', 'Spring Offsite']), '.']


@T('neg_math', True)
def n_math_a():
    return ['Convert ', str(rint(20, 900)), ' psi to bar and ', str(rint(2, 90)), ' miles to km.']


@T('neg_math', True)
def n_math_b():
    return ['If ', str(rint(3, 30)), ' workers finish a job in ', str(rint(4, 40)), ' hours, how long do ', str(rint(2, 20)), ' workers take?']


@T('neg_language', True)
def n_lang_a():
    return ['Translate "', ch(['the meeting is cancelled', 'please restart the router', 'your parcel is on its way']), '" into ',
            ch(['Swedish', 'Turkish', 'Korean', 'Polish', 'Finnish', 'Italian']), '.']


@T('neg_language', True)
def n_lang_b():
    return ['Which is harder for English speakers to learn, ', ch(['Hungarian', 'Icelandic', 'Georgian']), ' or ', ch(['Finnish', 'Basque', 'Estonian']), '?']


@T('neg_hashids', True)
def n_hash_a():
    return ['Session ', uuid(), ' and API key prefix sk_test_', sha(8), ' - which one should never be logged?']


@T('neg_hashids', True)
def n_hash_b():
    return ['Explain why UUID ', uuid(), ' is version 4.']


# ---- assembly ---------------------------------------------------------------------------------------------------------------
# dev's per-type counts (600 records) and its rates of PII-free prompts, wrappers and lower-case prompts
TARGET = {'PERSON': 395, 'LOCATION': 209, 'DATE_TIME': 117, 'ORGANIZATION': 76, 'EMAIL_ADDRESS': 75, 'PHONE_NUMBER': 69,
          'CREDIT_CARD': 43, 'IP_ADDRESS': 37, 'URL': 32, 'IBAN_CODE': 31, 'US_SSN': 26, 'CRYPTO': 24, 'NRP': 19, 'AU_TFN': 16,
          'IN_PAN': 15, 'IN_AADHAAR': 15, 'MAC_ADDRESS': 15, 'PL_PESEL': 15, 'IT_VAT_CODE': 15, 'KR_RRN': 15, 'IT_FISCAL_CODE': 15,
          'SG_NRIC_FIN': 15, 'IN_VOTER': 15, 'IN_PASSPORT': 15, 'ES_NIE': 15, 'CA_SIN': 15, 'MEDICAL_LICENSE': 15,
          'SE_PERSONNUMMER': 15, 'FI_PERSONAL_IDENTITY_CODE': 15, 'TR_NATIONAL_ID': 15, 'AU_ABN': 15, 'AU_MEDICARE': 15,
          'AU_ACN': 15, 'US_BANK_NUMBER': 15, 'ES_NIF': 15, 'UK_NHS': 14, 'US_PASSPORT': 14, 'ZA_ID_NUMBER': 14, 'US_NPI': 14,
          'UK_NINO': 14, 'US_MBI': 14, 'US_ITIN': 14, 'US_DRIVER_LICENSE': 14}
N_NEG, N_PREFIX, N_SUFFIX, N_TAIL, N_LOWER = 108, 138, 80, 50, 58

PREFIXES = ["Here is the text:\n\n", "Can you help with this?\n", "Background for the task below.\n---\n", "Input:\n",
            "From the queue:\n\n", "Read this and answer briefly.\n\n", "Quick one -\n", "Forwarded for review:\n"]
SUFFIXES = ["\n\nAnswer in bullet points.", "\n\nPlain English, please.", "\n\nTwo sentences max.", "\n\nFormat the answer as a table.",
            "\n\nMuch appreciated."]
TAILS = [" ty", " plz", " cheers", " :)", "!!!", " urgent"]
LOWER_TYPES = {'PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'URL'}


def types_of(parts):
    return Counter(p[0] for p in parts if isinstance(p, tuple))


def signature(fn, key):
    """Mean entity counts of a template, drawn from a scratch stream so that the corpus stream is untouched."""
    global R
    saved, acc = R, Counter()
    R = random.Random(key)
    for _ in range(8):
        acc.update(types_of(fn()))
    R = saved
    return {k: v / 8.0 for k, v in acc.items()}


def plan_records():
    pos = [x for x in FAM if not x[3]]
    neg = [x for x in FAM if x[3]]
    sig = {name: signature(fn, 'sig-' + name) for _, name, fn, _ in pos}
    counts, uses, recs = Counter(), Counter(), []

    def take(entry):
        fam, name, fn, isneg = entry
        parts = fn()
        counts.update(types_of(parts))
        uses[name] += 1
        recs.append((fam, name, parts))

    for e in pos:
        take(e)
    n_pos = N_RECORDS - N_NEG
    while len(recs) < n_pos:
        def score(e):
            d = 0.0
            for k, v in sig[e[1]].items():
                t = TARGET.get(k, 1)
                d += ((counts[k] + v - t) ** 2 - (counts[k] - t) ** 2) / t
            return -d - 0.05 * uses[e[1]] + 0.05 * R.random()
        take(max(pos, key=score))
    for e in neg:
        take(e)
    fam_uses = Counter()
    for e in neg:
        fam_uses[e[0]] += 1
    while len(recs) < N_RECORDS:
        low = min(fam_uses[f] for f in fam_uses)
        fam = ch(sorted(f for f in fam_uses if fam_uses[f] == low))
        e = ch([x for x in neg if x[0] == fam])
        fam_uses[fam] += 1
        take(e)
    return recs


def render(parts, lower=False, prefix=None, suffix=None, tail=None):
    parts = list(parts)
    if tail:
        last = parts[-1]
        if isinstance(last, str) and last.endswith('.') and not last.endswith('..'):
            parts[-1] = last[:-1]
        parts.append(tail)
    if lower:
        parts = [(p[0], p[1].lower()) if isinstance(p, tuple) and p[0] in LOWER_TYPES else p if isinstance(p, tuple) else p.lower()
                 for p in parts]
    if prefix:
        parts.insert(0, prefix)
    if suffix:
        parts.append(suffix)
    return K.fill(parts)


def main():
    recs = plan_records()
    R.shuffle(recs)
    idx = list(range(N_RECORDS))
    pre = set(R.sample(idx, N_PREFIX))
    suf = set(R.sample(idx, N_SUFFIX))
    tai = set(R.sample(idx, N_TAIL))
    low = set(R.sample(idx, N_LOWER))
    out = []
    for i, (fam, name, parts) in enumerate(recs):
        text, ents = render(parts, lower=i in low, prefix=ch(PREFIXES) if i in pre else None,
                            suffix=ch(SUFFIXES) if i in suf else None, tail=ch(TAILS) if i in tai else None)
        for e in ents:
            assert text[e['start']:e['end']].strip() == text[e['start']:e['end']] and e['end'] > e['start'], (name, text)
        out.append({'id': 'probe38-%04d' % i, 'text': text, 'entities': ents})
    K.write(out)


if __name__ == '__main__':
    main()
