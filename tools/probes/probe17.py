"""Probe 17: dev-style chat prompts (support tickets, HR and health records,
payments, code and config snippets, six non-English languages, about 18%
PII-free look-alikes) built from new templates and from names, places and
firms that appear neither in dev nor in the earlier probes. Written from dev
alone, without looking at the engine."""
import os, random, sys, string, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *

R = random.Random(171717)

# ---- vocabulary -------------------------------------------------------------
# Each setting: given names, surnames (the order of a full name is chosen in Who).
NAMES = {
    'kr': (['Ye-jin', 'Dong-gyu', 'Tae-yang', 'Seung-gi', 'Yoon-ah', 'Joon-young', 'Chae-rin', 'Ha-rin', 'Eun-seo',
            'Seo-hee', 'Sang-chul', 'Ye-seul', 'Tae-kyung', 'Bo-ra', 'Hee-sook', 'So-yeon', 'Bo-young', 'Kyung-mi', 'Gun-hee'],
           ['Song', 'Jeon', 'Gwak', 'Bae', 'Cha', 'Heo', 'Byun', 'Ahn', 'Yoo', 'Noh', 'Pyo', 'Eom', 'Kang', 'Seong', 'Hong']),
    'sg': (['Jia Qi', 'Kai Wen', 'Zhi Rong', 'Rui Xuan', 'Qing Yan', 'Jia Ying', 'Zi Tian', 'Shu Ting', 'Zhen Yu',
            'Hong Ting', 'Mei Qi', 'Xiu Lan'],
           ['Heng', 'Phua', 'Seah', 'Chia', 'Kwek', 'Loke', 'Neo', 'Pang', 'Soh', 'Teh', 'Wee', 'Yap']),
    'cn': (['Xiaoling', 'Jianguo', 'Yuting', 'Zihan', 'Yuxuan', 'Mingyu', 'Jiayi', 'Zhiwei', 'Xinyu', 'Ruoxi'],
           ['Zhang', 'Liu', 'Wang', 'Zhao', 'Guo', 'Deng', 'Tang', 'Feng', 'Cao', 'Peng', 'Jiang']),
    'th': (['Somchai', 'Nattaya', 'Kittisak', 'Ploy', 'Anong', 'Chaiwat', 'Siriporn', 'Thanawat', 'Pimchanok', 'Sakda',
            'Kanokwan', 'Jiraporn', 'Supachai', 'Thongchai'],
           ['Wongsakul', 'Srisuk', 'Chaiyaporn', 'Rattanakorn', 'Boonmee', 'Saetang', 'Charoensuk', 'Phromma', 'Sukprasert']),
    'my': (['Aiman', 'Hafiz', 'Aisyah', 'Syafiq', 'Farhana', 'Azlan', 'Haziq', 'Amirul', 'Nurul Izzah'],
           ['Rahim', 'Hamzah', 'Zulkifli', 'Yusof', 'Ismail', 'Razak', 'Othman']),
    'pk': (['Usman', 'Hira', 'Faisal', 'Mehwish', 'Shahzad', 'Rabia', 'Kamran', 'Zubair', 'Maryam'],
           ['Malik', 'Baig', 'Abbasi', 'Qazi', 'Niazi', 'Gillani', 'Bhatti', 'Durrani', 'Awan']),
    'bd': (['Nusrat', 'Sabbir', 'Farzana', 'Rafiq', 'Tahmina', 'Mahbub', 'Sharmin', 'Rezaul'],
           ['Hossain', 'Chowdhury', 'Talukder', 'Sarker', 'Bhuiyan', 'Mondal', 'Akter', 'Majumder']),
    'ke': (['Achieng', 'Njeri', 'Wambui', 'Akinyi', 'Nyambura', 'Wairimu', 'Omondi'],
           ['Kipchoge', 'Mutua', 'Odhiambo', 'Kiprono', 'Njoroge', 'Onyango', 'Wekesa', 'Chebet', 'Wafula', 'Muriuki']),
    'ng': (['Adaeze', 'Aminu', 'Hadiza', 'Chidinma', 'Ifeanyi', 'Obiora', 'Uchechi', 'Ikenna'],
           ['Nwankwo', 'Abubakar', 'Danjuma', 'Ugwu', 'Anyanwu', 'Garba', 'Lawal', 'Yakubu', 'Aliyu', 'Okeke', 'Onuoha']),
    'ma': (['Yassine', 'Mehdi', 'Salma', 'Imane', 'Ayoub', 'Zineb', 'Soufiane', 'Meryem'],
           ['El Amrani', 'Benali', 'Bennani', 'Alaoui', 'Tazi', 'Berrada', 'El Idrissi', 'Chraibi', 'Benjelloun', 'Lahlou']),
    'gr': (['Dimitris', 'Vasilis', 'Ioanna', 'Stavros', 'Despina', 'Thanos', 'Eirini', 'Panagiotis', 'Athanasia'],
           ['Georgiou', 'Konstantinou', 'Nikolaidis', 'Vlachos', 'Karagiannis', 'Christodoulou', 'Economou', 'Antoniadis',
            'Papageorgiou', 'Mavridis', 'Alexiou']),
    'ro': (['Andreea', 'Mihai', 'Ioana', 'Alexandru', 'Raluca', 'Cristian', 'Ionuț', 'Oana', 'Florin', 'Irina', 'Sorin'],
           ['Dumitrescu', 'Stanciu', 'Munteanu', 'Constantinescu', 'Marinescu', 'Vasilescu', 'Dobre', 'Stoica', 'Lungu']),
    'bg': (['Stoyan', 'Desislava', 'Kaloyan', 'Radostina', 'Todor', 'Tsvetelina', 'Boyan', 'Nikolay', 'Yordanka', 'Plamen'],
           ['Dimitrova', 'Georgiev', 'Stoyanova', 'Kolev', 'Hristov', 'Angelov', 'Todorova', 'Vasileva', 'Marinov']),
    'pt': (['Tiago', 'Leonor', 'Gonçalo', 'Mafalda', 'Afonso', 'Carolina', 'Nuno', 'Catarina', 'Vasco'],
           ['Sousa', 'Antunes', 'Lopes', 'Pinto', 'Mendes', 'Correia', 'Moreira', 'Barros', 'Fonseca', 'Amaral', 'Queirós']),
    'cl': (['Catalina', 'Matías', 'Benjamín', 'Florencia', 'Agustín', 'Josefa', 'Nahuel'],
           ['Contreras', 'Huamán', 'Mamani', 'Sepúlveda', 'Araya', 'Muñoz', 'Rojas', 'Espinoza', 'Chávez', 'Paredes',
            'Cárdenas', 'Ticona', 'Condori']),
    'mi': (['Manaia', 'Wiremu', 'Hemi', 'Anahera', 'Rawiri', 'Ngaio', 'Tamati', 'Mere', 'Nikau', 'Marama', 'Tipene'],
           ['Tawhiri', 'Horomona', 'Te Rangi', 'Waititi', 'Rewiti', 'Paewai', 'Ngarimu', 'Hohaia', 'Tomoana']),
    'cy': (['Rhys', 'Cerys', 'Gethin', 'Angharad', 'Dafydd', 'Eleri', 'Iwan'],
           ['Pritchard', 'Llewellyn', 'Bowen', 'Vaughan', 'Prosser']),
    'nl': (['Sander', 'Marloes', 'Thijs'], ['de Groot', 'Mulder', 'Vermeulen']),
    'dk': (['Mads', 'Freja', 'Mette'], ['Kjær', 'Madsen', 'Thygesen']),
    'ch': (['Reto', 'Corinne', 'Seraina'], ['Brunner', 'Egli', 'Zürcher', 'Ammann', 'Gerber']),
    'us': (['Colby', 'Whitney', 'Dustin', 'Courtney', 'Tanner', 'Peyton', 'Brooke', 'Dalton', 'Kendra', 'Garrett',
            'Travis', 'Brody', 'Skyler', 'Cody', 'Kelsey', 'Darnell', 'Latoya', 'Jolene', 'Braxton', 'Harlan', 'Delaney'],
           ['Whitaker', 'Ellsworth', 'Pruitt', 'Buckley', 'Tillman', 'Rutledge', 'McAllister', 'Hawthorne', 'Ridgeway',
            'Alderman', 'Blackwood', 'Carver', 'Hargrove', 'Kingsley', 'Dempsey', 'Fairweather', 'Langford',
            'Merriweather', 'Stanhope', 'Pennington', 'Yardley', 'Bickford']),
    'au': (['Lachlan', 'Kirra', 'Bronte', 'Harrison', 'Brody', 'Kelsey', 'Tanner'],
           ['McPherson', 'Cartwright', 'Prendergast', 'Thistlewood', 'Ashcombe', 'Rowntree', 'Fairweather', 'Langford']),
    'ca': (['Émilie', 'Jacinthe', 'Brody', 'Whitney', 'Garrett', 'Delaney'],
           ['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Pelletier', 'Leblanc', 'McAllister', 'Ellsworth']),
    'in': (['Aditi', 'Tanvi', 'Varun', 'Pooja', 'Shreya', 'Aniket', 'Diya', 'Kabir', 'Pranav', 'Ritika', 'Sameer',
            'Gauri', 'Yash', 'Nandini', 'Akshay', 'Tejas'],
           ['Trivedi', 'Saxena', 'Agarwal', 'Venkatesan', 'Ghosh', 'Mehta', 'Bhattacharya', 'Chandrasekhar', 'Naidu',
            'Hegde', 'Kapoor', 'Malhotra', 'Sinha', 'Dutta', 'Pandey', 'Shetty']),
    'se': (['Majken', 'Tove', 'Elof', 'Algot', 'Hampus', 'Ture', 'Svea', 'Edvin', 'Märta', 'Alva', 'Vilgot', 'Sixten',
            'Ebbe', 'Gunnel', 'Stina', 'Torsten', 'Ragnar', 'Folke', 'Ylva'],
           ['Söderberg', 'Nordin', 'Westerlund', 'Fransson', 'Hellström', 'Dahlgren', 'Blomqvist', 'Wikström',
            'Holmberg', 'Ljungberg', 'Bäckström', 'Östlund', 'Hägglund', 'Rydberg', 'Wahlberg', 'Grönlund']),
    'fi': (['Onni', 'Veera', 'Pihla', 'Vilja', 'Aatu', 'Iida', 'Joonas', 'Aada', 'Eino', 'Vilho', 'Kaapo', 'Hilla',
            'Sisko', 'Raili', 'Tapio', 'Jorma'],
           ['Kettunen', 'Turunen', 'Kärkkäinen', 'Lindroos', 'Peltonen', 'Karjalainen', 'Hyvönen', 'Räsänen',
            'Jääskeläinen', 'Huttunen', 'Kinnunen', 'Pesonen', 'Saarinen', 'Ahonen', 'Manninen', 'Ojala']),
    'tr': (['Cemre', 'Doruk', 'Ilgaz', 'Defne', 'Ozan', 'Irmak', 'Tuna', 'Berk', 'Alp', 'Baran', 'Yağmur', 'Tolga',
            'Sevgi', 'Umut', 'Nazlı', 'Serkan', 'Pınar'],
           ['Tekin', 'Avcı', 'Bozkurt', 'Yavuz', 'Kurt', 'Kılıç', 'Ünal', 'Özcan', 'Işık', 'Turan', 'Taş', 'Uysal',
            'Sarı', 'Akgül', 'Coşkun', 'Ekinci']),
    'it': (['Ludovica', 'Ginevra', 'Pietro', 'Arianna', 'Filippo', 'Martina', 'Caterina', 'Jacopo', 'Gianluca', 'Serena',
            'Cosimo', 'Vittoria'],
           ['Santoro', 'Cattaneo', 'Monti', 'Vitale', 'Caruso', 'Morelli', 'Fabbri', 'Sartori', 'Guerra', 'Testa',
            'Orlando', 'Farina', 'Gentile', 'Palumbo', 'Donati', 'Silvestri']),
    'es': (['Ainhoa', 'Íñigo', 'Marta', 'Aitana', 'Carmen', 'Adrián', 'Irene', 'Eneko', 'Araceli', 'Fermín', 'Maite',
            'Nuria', 'Jaime'],
           ['Cortés', 'Pascual', 'Soler', 'Martínez', 'Sánchez', 'Herrero', 'Gallardo', 'Crespo', 'Calvo', 'Montero',
            'Marín', 'Rubio', 'Moya', 'Garrido', 'Esteban']),
    'pl': (['Oliwia', 'Wiktor', 'Szymon', 'Igor', 'Jadwiga', 'Mirosław', 'Halina', 'Marzena', 'Radosław', 'Wiesława'],
           ['Grabowski', 'Pietrzak', 'Wróbel', 'Głowacka', 'Czarnecki', 'Lewandowski', 'Szymański', 'Dąbrowska',
            'Jabłoński', 'Król', 'Wieczorek', 'Wawrzyniak', 'Michalska', 'Ostrowski', 'Tomaszewska', 'Jasiński', 'Stępień']),
    'za': (['Sizwe', 'Ayanda', 'Palesa', 'Elize', 'Themba', 'Nandi', 'Anrie', 'Thulani', 'Nokuthula', 'Busisiwe', 'Mpho',
            'Tshepo', 'Lindiwe', 'Karabo', 'Wandile', 'Francois', 'Marthinus', 'Annelie'],
           ['Mabaso', 'Ntuli', 'Cele', 'Shabalala', 'Sithole', 'Pillay', 'Coetzee', 'Fourie', 'Steyn', 'Radebe', 'Nxumalo',
            'Mkhize', 'Magagula', 'Masilela', 'Joubert', 'Du Plessis', 'Swanepoel', 'Erasmus']),
}
IT_FEMALE = {'Ludovica', 'Ginevra', 'Arianna', 'Martina', 'Caterina', 'Serena', 'Vittoria'}
GENERAL = ['us', 'us', 'us', 'au', 'ca', 'cy', 'kr', 'cn', 'th', 'my', 'pk', 'bd', 'ke', 'ng', 'ma', 'gr', 'ro', 'bg',
           'pt', 'cl', 'mi', 'nl', 'dk', 'ch', 'in', 'sg', 'za', 'se', 'fi', 'tr', 'it', 'es', 'pl']
SURNAME_FIRST = {'sg': 1.0, 'kr': 0.5, 'cn': 0.6}

CITY = {
    'kr': ['Cheongju', 'Pohang', 'Gimhae', 'Gumi', 'Andong', 'Mokpo', 'Yeosu', 'Gangneung', 'Chuncheon', 'Jinju', 'Sokcho'],
    'sg': ['Jurong West', 'Serangoon', 'Bukit Batok', 'Sembawang', 'Bukit Panjang', 'Queenstown', 'Geylang',
           'Marine Parade', 'Choa Chu Kang', 'Bukit Merah', 'Kallang'],
    'in': ['Vadodara', 'Thiruvananthapuram', 'Madurai', 'Ranchi', 'Dehradun', 'Raipur', 'Jodhpur', 'Udaipur', 'Amritsar',
           'Nashik', 'Mangaluru', 'Vijayawada', 'Bhubaneswar', 'Patna', 'Kanpur', 'Varanasi', 'Shillong'],
    'se': ['Borås', 'Eskilstuna', 'Södertälje', 'Halmstad', 'Trollhättan', 'Kalmar', 'Kristianstad', 'Falun',
           'Skellefteå', 'Visby', 'Nyköping'],
    'fi': ['Kajaani', 'Rauma', 'Kokkola', 'Savonlinna', 'Imatra', 'Hyvinkää', 'Kouvola', 'Raahe', 'Iisalmi', 'Kemi'],
    'tr': ['Denizli', 'Sakarya', 'Manisa', 'Isparta', 'Sivas', 'Hatay', 'Ordu', 'Giresun', 'Rize', 'Tokat', 'Kütahya',
           'Muğla', 'Nevşehir'],
    'it': ['Treviso', 'Vicenza', 'Rimini', 'Foggia', 'Siracusa', 'Udine', 'Lucca', 'Pisa', 'Arezzo', 'Taranto', 'Novara',
           'Cremona', 'Mantova', 'Ferrara', 'Salerno'],
    'es': ['Huesca', 'Teruel', 'Albacete', 'Almería', 'Jaén', 'Lugo', 'Ourense', 'Segovia', 'Lleida', 'Castellón',
           'Burgos', 'Cartagena', 'Elche'],
    'pl': ['Tarnów', 'Radom', 'Elbląg', 'Koszalin', 'Zamość', 'Legnica', 'Słupsk', 'Kalisz', 'Gniezno', 'Siedlce',
           'Suwałki', 'Przemyśl'],
    'za': ['Kimberley', 'East London', 'Soweto', 'Mthatha', 'Vereeniging', 'Welkom', 'Paarl', 'Knysna', 'Mahikeng',
           'Richards Bay', 'Benoni'],
    'au': ['Bunbury', 'Wagga Wagga', 'Bundaberg', 'Mildura', 'Shepparton', 'Dubbo', 'Tamworth', 'Albury', 'Kalgoorlie',
           'Geraldton', 'Hervey Bay', 'Port Macquarie', 'Warrnambool', 'Lismore', 'Alice Springs'],
    'ca': ['Sherbrooke', 'Red Deer', 'Saguenay', 'Trois-Rivières', 'Guelph', 'Prince George', 'Medicine Hat', 'Timmins',
           'Chilliwack', 'Rimouski', 'Charlottetown', 'Yellowknife', 'Whitehorse', 'Barrie'],
    'us': ['Lubbock', 'Amarillo', 'Billings', 'Sioux Falls', 'Duluth', 'Pueblo', 'Yakima', 'Macon', 'Shreveport',
           'Topeka', 'Cheyenne', 'Missoula', 'Tallahassee', 'Gainesville', 'Asheville', 'Scranton', 'Dayton',
           'Evansville', 'Peoria', 'Rockford', 'Waco', 'Laredo'],
    'uk': ['Bangor', 'Carlisle', 'Lancaster', 'Gloucester', 'Worcester', 'Hereford', 'Llandudno', 'Carmarthen',
           'Wolverhampton'],
    'world': ['Patras', 'Heraklion', 'Iași', 'Timișoara', 'Varna', 'Burgas', 'Temuco', 'Antofagasta', 'Whanganui',
              'Gisborne', 'Lucerne', 'Winterthur', 'Khon Kaen', 'Hat Yai', 'Johor Bahru', 'Lahore', 'Faisalabad',
              'Multan', 'Sylhet', 'Chittagong', 'Khulna', 'Eldoret', 'Kisii', 'Kano', 'Onitsha', 'Fez', 'Tangier',
              'Agadir', 'Shenzhen', 'Chengdu', 'Hangzhou', 'Kunming', 'Funchal', 'Volos', 'Ioannina', 'Constanța',
              'Brașov', 'Sibiu', 'Oradea', 'Ruse', 'Stara Zagora', 'Rancagua', 'Talca', 'Piura',
              'Huancayo', 'Ayacucho', 'Napier', 'Invercargill', 'Palmerston North', 'Zwolle', 'Leeuwarden', 'Vejle',
              'Kolding', 'Randers', 'Fribourg', 'Neuchâtel', 'Lugano', 'St. Gallen', 'Nakhon Ratchasima', 'Udon Thani',
              'Kuantan', 'Seremban', 'Melaka', 'Peshawar', 'Quetta', 'Sialkot', 'Rajshahi', 'Comilla', 'Kakamega',
              'Machakos', 'Nyeri', 'Owerri', 'Awka', 'Zaria', 'Kaduna', 'Meknes', 'Oujda', 'Essaouira', 'Xiamen',
              'Qingdao', 'Nanjing', 'Suzhou'],
}
COUNTRY = ['Romania', 'Bulgaria', 'Denmark', 'Switzerland', 'the Netherlands', 'Pakistan', 'China', 'Serbia',
           'North Macedonia', 'Azerbaijan', 'Samoa', 'Tonga', 'Zambia', 'Zimbabwe', 'Botswana', 'Mozambique', 'Kuwait',
           'Liechtenstein', 'Andorra', 'Greenland', 'Northern Ireland', 'Catalonia', 'Flanders', 'Transylvania', 'Otago',
           'Waikato', 'Taranaki']
US_STATE = ['Maine', 'Wyoming', 'Alabama', 'New Mexico', 'South Dakota', 'Rhode Island', 'Connecticut', 'North Dakota',
            'West Virginia', 'Mississippi', 'New Hampshire', 'Hawaii', 'Massachusetts', 'North Carolina', 'South Carolina']
CA_PROV = ['Prince Edward Island', 'New Brunswick', 'Newfoundland', 'Yukon', 'Nunavut', 'Alberta']
AU_STATE = ['Northern Territory', 'South Australia', 'New South Wales']
NRP_NAT = ['Bangladeshi', 'Swiss', 'Taiwanese', 'Uruguayan', 'Bolivian', 'Ecuadorian', 'Serbian', 'Albanian', 'Burmese',
           'Samoan', 'Tongan', 'Tanzanian', 'Zimbabwean', 'Cypriot', 'Catalan', 'Flemish', 'Hausa', 'Yoruba', 'Kikuyu',
           'Malay']
NRP_REL = ['Greek Orthodox', 'Theravada Buddhist', 'Orthodox Jewish', 'Sufi', 'Moravian']
NRP_POL = ['Social Democrat', 'Liberal Democrat', 'Christian Democrat']

ORG_CLINIC = ['Harbourlight Medical Centre', 'Wyndcliff Hospital', 'Larchmont Clinic', 'Kowhai Health',
              'Tidewater Orthodontics', "St. Kilian's Hospital", 'Bramblewood Medical Centre', 'Sunhaven Pharmacy',
              'Glenbrook Aged Care', 'Brolga Dental']
ORG_FIRM = ['Fenwick & Marsh LLP', 'Vela Telecom', 'Nordhavn Shipping A/S', 'Alpenrose Treuhand AG',
            'Tulpenveld Bouw B.V.', 'Oficina Lusitana Lda.', 'Pacífico Austral S.A.C.', 'Kopi Tiam Holdings Pte Ltd',
            'Siam Orchid Travel Co., Ltd.', 'Rift Valley Dairies Ltd', 'Atlas Riad Tours SARL', 'Pelagos Marine S.A.',
            'Carpathia Soft SRL', 'Rila Foods EOOD', 'Marrowbone Bakery Ltd', 'Quillfeather Analytics',
            'Driftwood Capital Partners', 'Currawong Joinery Pty Ltd', 'Mallee Solar Pty Ltd',
            'Yarrabee Plumbing Pty Ltd', 'Mopane Mining (Pty) Ltd', 'Kirkkopuisto Oy', 'Anadolu Tekstil A.Ş.',
            'Construcciones Ebro S.L.', 'Hurtownia Wisła Sp. z o.o.', 'Tipografia Santoro S.r.l.',
            'Studio Legale Cattaneo & Monti']
ORG_AU = ['Currawong Joinery Pty Ltd', 'Mallee Solar Pty Ltd', 'Yarrabee Plumbing Pty Ltd', 'Brolga Dental',
          'Bramblewood Medical Centre', 'Glenbrook Aged Care']
ORG_IT = ['Tipografia Santoro S.r.l.', 'Studio Legale Cattaneo & Monti', 'Vetreria Donati S.p.A.',
          'Caseificio Sartori S.r.l.']
ORG_BANK = ['Maybank', 'Westpac', 'ANZ', 'Danske Bank', 'UBS', 'PostFinance', 'Millennium bcp', 'Banca Transilvania',
            'Alpha Bank', 'Banca Comercială Română', 'Handelsbanken', 'Bank Pekao', 'mBank', 'Erste Bank', 'Equity Bank', 'CIMB',
            'Kasikornbank', 'Akbank', 'CaixaBank', 'Swedbank', 'Nedbank', 'Capitec', 'Scotiabank', 'Desjardins',
            'Kiwibank', 'Commonwealth Bank', 'ICICI Bank', 'Shinhan Bank', 'Standard Chartered', 'BRAC Bank']
ORG_REAL = ['Safaricom', 'Airtel', 'Huawei', 'Canva', 'Ernst & Young', 'Fonterra', 'Novo Nordisk', 'Petronas', 'Kakao',
            'Coupang', 'Hyundai', 'Scotiabank']
STREET_US = ['Willow Creek Road', 'Sycamore Court', 'Lakeview Terrace', 'Old Mill Road', 'Chestnut Avenue',
             'Birchwood Drive', 'Quarry Lane', 'Meadowbrook Drive', 'Foxglove Close', 'Heron Way', 'Ashgrove Road',
             'Riverbend Road', 'Hawthorn Crescent', 'Orchard Street', 'Tamarack Trail', 'Magnolia Court',
             'Cottonwood Drive', 'Dogwood Lane']
STREET_AU = ['Wattle Street', 'Grevillea Way', 'Currawong Place', 'Lorikeet Lane']
STREET_ES = ['Calle Larios', 'Calle San Fernando', 'Calle Real', 'Avenida de la Constitución', 'Calle del Carmen']
STREET_PL = ['ul. Ogrodowa', 'ul. Długa', 'ul. Lipowa', 'ul. Polna']
STREET_IT = ['Via Garibaldi', 'Via Mazzini', 'Via Cavour']
MAIL_PUBLIC = ['outlook.com', 'proton.me', 'gmx.ch', 'zoho.com', 'mailbox.org', 'hanmail.net', 'qq.com', 'sapo.pt',
               'yahoo.com.sg', 'bigpond.com', 'xtra.co.nz', 'tutanota.com', 'rediffmail.com', 'seznam.cz',
               'btinternet.com', 'telia.com', 'wp.pl', 'live.ca', 'daum.net', 'me.com', 'aol.com']
MAIL_CORP = ['vela-telecom.net', 'larchmontclinic.org', 'fenwickmarsh.co.uk', 'nordhavn-shipping.dk', 'alpenrose.ch',
             'quillfeather.io', 'marrowbone-bakery.co.uk', 'driftwoodcap.com', 'glenbrookcare.com.au',
             'sunhaven.pharmacy', 'kowhaihealth.co.nz', 'tidewater-ortho.com', 'carpathiasoft.ro', 'pelagos-marine.gr',
             'atlasriad.ma', 'siamorchid.co.th', 'riftvalleydairies.co.ke', 'kopitiam-holdings.sg']

# ---- small helpers -------------------------------------------------------------

def ch(xs): return R.choice(xs)
def pct(p): return R.random() < p
def rdn(n): return rd(n, R)

FOLD = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'ı': 'i', 'đ': 'd', 'ß': 'ss'})
def ascii_fold(s):
    s = s.translate(FOLD)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)

def slug(s): return ''.join(c for c in ascii_fold(s).lower() if c.isalnum())

class Who:
    """A person: given name, surname, setting, and the way the name is written."""
    def __init__(self, st=None):
        self.st = st or ch(GENERAL)
        fs, ls = NAMES[self.st]
        self.first, self.last = ch(fs), ch(ls)
        if self.st == 'es' and pct(0.4):
            self.last = self.last + ' ' + ch([x for x in ls if x != self.last])
        self.sfirst = pct(SURNAME_FIRST.get(self.st, 0.0))
        mid = ''
        if self.st in ('us', 'au', 'ca', 'cy') and pct(0.14):
            mid = ch(string.ascii_uppercase.replace('X', '')) + '. ' if pct(0.6) else ch(NAMES['us'][0]) + ' '
        self.full = (self.last + ' ' + self.first) if self.sfirst else (self.first + ' ' + mid + self.last)
        if pct(0.04): self.full = self.full.upper()
    def P(self): return ('PERSON', self.full)
    def F(self): return ('PERSON', self.first)
    def L(self): return ('PERSON', self.last)
    def email(self, corp=None):
        f, l = slug(self.first), slug(self.last)
        d = ch(MAIL_CORP) if (corp if corp is not None else pct(0.4)) else ch(MAIL_PUBLIC)
        form = R.randrange(7)
        loc = [f + '.' + l, f + l, f[0] + l, '%s_%s%02d' % (f, l, R.randint(1, 99)), '%s%d' % (l, R.randint(10, 2999)),
               f + '.' + l + '+' + ch(['billing', 'work', 'news', 'jobs']), f + l[0]][form]
        return ('EMAIL_ADDRESS', loc + '@' + d)

def P(st=None): return Who(st).P()

def city(k='world'): return ('LOCATION', ch(CITY[k]))
def anycity(): return ('LOCATION', ch(CITY[ch(['world', 'world', 'us', 'uk', 'au', 'ca', 'kr', 'in', 'za'])]))
def country(): return ('LOCATION', ch(COUNTRY))
def state(): return ('LOCATION', ch(US_STATE))
def street(kind='us'):
    if kind == 'es': return ('LOCATION', '%s %d' % (ch(STREET_ES), R.randint(2, 180)))
    if kind == 'pl': return ('LOCATION', '%s %d' % (ch(STREET_PL), R.randint(1, 120)) + ('/%d' % R.randint(1, 40) if pct(0.4) else ''))
    if kind == 'it': return ('LOCATION', '%s %d' % (ch(STREET_IT), R.randint(1, 150)))
    names = STREET_AU if kind == 'au' else STREET_US
    s = '%d %s' % (R.randint(3, 2400), ch(names))
    if pct(0.3): s = ch(['Apt', 'Unit', 'Suite']) + ' %d, ' % R.randint(1, 60) + s
    return ('LOCATION', s)
def org(kind=None):
    pool = {'clinic': ORG_CLINIC, 'firm': ORG_FIRM, 'bank': ORG_BANK, 'au': ORG_AU, 'it': ORG_IT, 'real': ORG_REAL}
    if kind is None: kind = ch(['firm', 'firm', 'real', 'clinic', 'bank'])
    return ('ORGANIZATION', ch(pool[kind]))
def nrp(kind='nat'): return ('NRP', ch({'nat': NRP_NAT, 'rel': NRP_REL, 'pol': NRP_POL}[kind]))

# ---- dates ----------------------------------------------------------------------
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MON_L = {
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
}

def clock():
    h, m = R.randint(1, 12), ch([0, 15, 30, 45, 10, 20, 40, 50])
    return '%d:%02d %s' % (h, m, ch(['AM', 'PM']))

def D(kind='event', lang='en'):
    """A DATE_TIME value. kind: 'dob' (past years) or 'event' (recent)."""
    y = R.randint(1946, 2006) if kind == 'dob' else R.randint(2019, 2026)
    m, d = R.randint(1, 12), R.randint(1, 28)
    if lang == 'es': v = '%d de %s de %d' % (d, MON_L['es'][m - 1], y)
    elif lang == 'it': v = '%d %s %d' % (d, MON_L['it'][m - 1], y)
    elif lang == 'pl': v = ch(['%d %s %d' % (d, MON_L['pl'][m - 1], y), '%02d.%02d.%d' % (d, m, y)])
    elif lang == 'fi': v = ch(['%d.%d.%d' % (d, m, y), '%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, MON_L['fi'][m - 1], y)])
    elif lang == 'tr': v = ch(['%02d.%02d.%d' % (d, m, y), '%02d.%02d.%d' % (d, m, y), '%d %s %d' % (d, MON_L['tr'][m - 1], y)])
    elif lang == 'sv': v = ch(['%d-%02d-%02d' % (y, m, d), '%d %s %d' % (d, MON_L['sv'][m - 1], y)])
    else:
        k = R.randrange(100)
        if k < 14: v = '%s %d, %d' % (MON[m - 1], d, y)
        elif k < 26: v = '%d %s %d' % (d, MON[m - 1], y)
        elif k < 36: v = '%d-%02d-%02d' % (y, m, d)
        elif k < 45: v = '%02d/%02d/%d' % (m, d, y)
        elif k < 52: v = '%02d/%02d/%d' % (d, m, y) if d > 12 else '%d/%d/%d' % (m, d, y)
        elif k < 58: v = '%02d.%02d.%d' % (d, m, y)
        elif k < 64: v = '%s %d, %d' % (MON[m - 1][:3], d, y)
        elif k < 69: v = '%02d-%s-%d' % (d, MON[m - 1][:3].upper(), y)
        elif k < 74: v = '%d %s %d' % (d, MON[m - 1][:3], y)
        elif kind == 'dob': v = '%s %d, %d' % (MON[m - 1], d, y)
        elif k < 82: v = '%s, %s %d' % (ch(DAY), MON[m - 1], d)
        elif k < 89: v = '%s %d at %s' % (MON[m - 1], d, clock())
        elif k < 93: v = '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(7, 20), ch([0, 15, 30, 45]))
        elif k < 97: v = '%s %d %s %d' % (ch(DAY), d, MON[m - 1], y)
        else: v = '%s %d, %d, %s' % (MON[m - 1], d, y, clock())
    return ('DATE_TIME', v)

def T(): return ('DATE_TIME', ch(['%d:%02d' % (R.randint(7, 21), ch([0, 15, 30, 45])), clock()]))

# ---- phones ---------------------------------------------------------------------
def _nxx(): return str(R.randint(2, 9)) + rdn(2)
PHONE_FMT = {
    'pt': ['+351 9{2} {3} {3}'], 'gr': ['+30 69{1} {3} {4}'], 'ro': ['+40 7{2} {3} {3}', '07{2} {3} {3}'],
    'bg': ['+359 88 {3} {4}'], 'cl': ['+56 9 {4} {4}', '+51 9{2} {3} {3}'], 'ke': ['+254 7{2} {3} {3}', '07{2} {6}'],
    'ng': ['+234 80{1} {3} {4}', '0803 {3} {4}'], 'ma': ['+212 6{2}-{6}', '+212 6 {2} {2} {2} {2}'],
    'th': ['+66 8{1} {3} {4}', '08{1}-{3}-{4}'], 'my': ['+60 1{1}-{3} {4}'], 'pk': ['+92 3{2} {7}', '03{2}-{7}'],
    'bd': ['+880 1{3}-{6}'], 'dk': ['+45 {2} {2} {2} {2}'], 'ch': ['+41 7{1} {3} {2} {2}', '+41 44 {3} {2} {2}'],
    'nl': ['+31 6 {8}', '+31 (0)6 {8}', '06-{8}'], 'cn': ['+86 13{1} {4} {4}'], 'mi': ['+64 21 {3} {4}', '021 {3} {4}'],
    'cy': ['+44 7{3} {6}', '07{3} {6}', '+44 (0)29 2{3} {4}'], 'uk': ['+44 7{3} {6}', '07{3} {6}', '+44 (0)20 7{3} {4}'],
    'au': ['+61 4{2} {3} {3}', '04{2} {3} {3}', '(02) {4} {4}'], 'kr': ['+82 10-{4}-{4}', '010-{4}-{4}', '+82 2-{3}-{4}'],
    'sg': ['+65 6{3} {4}', '+65 8{3} {4}', '+65 9{3} {4}'], 'in': ['+91 9{4} {5}', '+91 7{4} {5}', '09{3}{6}'],
    'es': ['+34 6{2} {3} {3}', '+34 91 {3} {2} {2}', '6{2} {3} {3}'], 'it': ['+39 3{2} {3} {4}', '+39 06 {4} {4}'],
    'pl': ['+48 5{2}-{3}-{3}', '+48 6{2} {3} {3}', '+48 22 {3} {2} {2}'], 'se': ['+46 7{1}-{3} {2} {2}', '07{1}-{3} {2} {2}'],
    'fi': ['+358 40 {3} {4}', '040 {3} {4}', '+358 9 {4} {3}'], 'tr': ['+90 5{2} {3} {2} {2}', '05{2} {3} {2} {2}'],
    'za': ['08{1} {3} {4}', '07{1} {3} {4}', '+27 8{1} {3} {4}', '+27 21 {3} {4}'], 'fr': ['+33 6 {2} {2} {2} {2}'], 'mx': ['+52 55 {4} {4}'],
}
def PH(cc=None):
    if cc is None: cc = ch(['us'] * 9 + ['ca'] + list(PHONE_FMT))
    if cc in ('us', 'ca'):
        a, b, c = _nxx(), _nxx(), rdn(4)
        v = ch(['%s-%s-%s', '(%s) %s-%s', '+1 (%s) %s-%s', '+1-%s-%s-%s', '+1 %s %s %s', '%s.%s.%s', '%s %s %s']) % (a, b, c)
        return ('PHONE_NUMBER', v)
    f = ch(PHONE_FMT[cc])
    out, i = '', 0
    while i < len(f):
        if f[i] == '{':
            j = f.index('}', i); out += rdn(int(f[i + 1:j])); i = j + 1
        else:
            out += f[i]; i += 1
    return ('PHONE_NUMBER', out)

def phone_for(w):
    return PH({'us': 'us', 'ca': 'ca', 'au': 'au', 'cy': 'cy'}.get(w.st, w.st if w.st in PHONE_FMT else 'us'))

# ---- identifiers (formats as dev writes them) -----------------------------------
def SSN():
    a, g, s = ssn(R)
    return ('US_SSN', ch(['%s-%s-%s'] * 7 + ['%s %s %s'] + ['%s%s%s'] * 2) % (a, g, s))
def ITIN():
    a, g, s = itin(R)
    return ('US_ITIN', ch(['%s-%s-%s'] * 6 + ['%s %s %s'] + ['%s%s%s'] * 3) % (a, g, s))
def USPP(): return ('US_PASSPORT', ch([rdn(9), rdn(9), ch('ACEFHMNWX') + rdn(8)]))
def DL(w=None):
    k = R.randrange(8)
    L = ch(string.ascii_uppercase)
    if k in (0, 1): v = L + rdn(7)
    elif k in (2, 3): v = L + rdn(12)
    elif k == 4: v = L + rdn(3) + '-' + rdn(4) + '-' + rdn(4)
    elif k == 5: v = rdn(ch([8, 9]))
    elif k == 6 and w is not None and len(slug(w.last)) >= 5:
        v = slug(w.last)[:5].upper() + slug(w.first)[0].upper() + ch(string.ascii_uppercase) + rdn(3) + ''.join(ch(string.ascii_uppercase + string.digits) for _ in range(2))
    else: v = L + rdn(3) + '-' + rdn(3) + '-' + rdn(2) + '-' + rdn(3) + '-' + rdn(1)
    return ('US_DRIVER_LICENSE', v)
def MBI(): return ('US_MBI', mbi(R, dash=pct(0.5)))
def NPI(): return ('US_NPI', npi(R))
def DEA(w):
    d = rdn(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    ini = slug(w.last)[0].upper()
    return ('MEDICAL_LICENSE', ch('ABFGM') + ini + d + str(s % 10))
def BANK(): return ('US_BANK_NUMBER', rdn(R.randint(8, 17)))
def NHS():
    n = nhs(R)
    return ('UK_NHS', ch(['%s %s %s', '%s %s %s', '%s%s%s', '%s-%s-%s']) % (n[:3], n[3:6], n[6:]))
def NINO():
    A = 'ABCEGHJKLMNPRSTWXYZ'; B = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = ch(A) + ch(B)
        if p not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ') and p[1] != 'O': break
    d = rdn(6); s = ch('ABCD')
    return ('UK_NINO', ch(['%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], s), p + d + s]))
def SIN():
    n = sin(R)
    return ('CA_SIN', ch(['%s-%s-%s', '%s %s %s', '%s %s %s', '%s%s%s']) % (n[:3], n[3:6], n[6:]))
def TFN():
    n = tfn(R)
    return ('AU_TFN', ch(['%s %s %s'] * 5 + ['%s%s%s']) % (n[:3], n[3:6], n[6:]))
def ABN():
    n = abn(R)
    return ('AU_ABN', ch(['%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:])] * 2 + [n]))
def ACN():
    n = acn(R)
    return ('AU_ACN', ch(['%s %s %s' % (n[:3], n[3:6], n[6:])] * 2 + [n]))
def MEDI():
    n = medicare(R)
    return ('AU_MEDICARE', ch(['%s %s %s' % (n[:4], n[4:9], n[9:])] * 3 + [n]))
def PAN(w):
    U = string.ascii_uppercase
    return ('IN_PAN', ''.join(ch(U) for _ in range(3)) + 'P' + slug(w.last)[0].upper() + rdn(4) + ch(U))
def AADH():
    n = aadhaar(R)
    return ('IN_AADHAAR', ch(['%s %s %s'] * 6 + ['%s%s%s'] * 3 + ['%s-%s-%s']) % (n[:4], n[4:8], n[8:]))
def VOTER(): return ('IN_VOTER', ''.join(ch(string.ascii_uppercase) for _ in range(3)) + rdn(7))
def INPP(): return ('IN_PASSPORT', ch('ABCDEFGHJKLMNPRSTUVWZ') + str(R.randint(1, 9)) + rdn(6))
def RRN():
    n = kr_rrn(R)
    return ('KR_RRN', ch([n[:6] + '-' + n[6:]] * 5 + [n]))
def NRIC(): return ('SG_NRIC_FIN', nric(R))
def ZAID(): return ('ZA_ID_NUMBER', za_id(R))
def NIE():
    n = nie(R)
    return ('ES_NIE', ch([n] * 3 + [n[:-1] + '-' + n[-1]]))
def NIF():
    n = nif(R)
    return ('ES_NIF', ch([n] * 3 + [n[:-1] + '-' + n[-1]]))
def PIVA(): return ('IT_VAT_CODE', piva(R))
def PESEL(): return ('PL_PESEL', pesel(R))
def PNR(): return ('SE_PERSONNUMMER', se_pnr(R, long=pct(0.35)))
def TCKN(): return ('TR_NATIONAL_ID', tr_id(R))
def HETU():
    y = R.randint(1945, 2012); m = R.randint(1, 12); dd = R.randint(1, 28)
    c = ch('-' * 4 + 'YXWVU') if y < 2000 else ch('A' * 3 + 'BCDEF')
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return ('FI_PERSONAL_IDENTITY_CODE', base + c + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31])

CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
COMUNI = ['L407', 'L840', 'H294', 'D643', 'I754', 'L483', 'E715', 'G702', 'A390', 'L049', 'F952', 'D150', 'E897', 'D548', 'H703']
def CF(w, dob=None):
    def cons(s): return [c for c in s if c not in 'AEIOU']
    def vow(s): return [c for c in s if c in 'AEIOU']
    sn = ''.join(c for c in ascii_fold(w.last).upper() if c.isalpha())
    fn = ''.join(c for c in ascii_fold(w.first).upper() if c.isalpha())
    a = (cons(sn) + vow(sn) + ['X'] * 3)[:3]
    c = cons(fn)
    b = [c[0], c[2], c[3]] if len(c) >= 4 else (c + vow(fn) + ['X'] * 3)[:3]
    y, m, d = dob if dob else (R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))
    if w.first in IT_FEMALE: d += 40
    s = ''.join(a + b) + '%02d' % (y % 100) + 'ABCDEHLMPRST'[m - 1] + '%02d' % d + ch(COMUNI)
    t = 0
    for i, x in enumerate(s):
        idx = int(x) if x.isdigit() else ord(x) - 55
        t += CF_ODD[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return ('IT_FISCAL_CODE', s + chr(65 + t % 26))

def CC():
    kind = ch(['visa'] * 5 + ['mc'] * 3 + ['mc2', 'amex', 'amex', 'disc', 'diners', 'jcb'])
    n = card(R, kind)
    f = R.randrange(10)
    if kind == 'amex':
        v = [n[:4] + ' ' + n[4:10] + ' ' + n[10:], n[:4] + '-' + n[4:10] + '-' + n[10:], n][f % 3]
    elif kind == 'diners':
        v = n if f < 6 else n[:4] + ' ' + n[4:10] + ' ' + n[10:]
    else:
        v = group(n, 4) if f < 5 else (n if f < 8 else group(n, 4, '-'))
    return ('CREDIT_CARD', v)

IBAN_EXTRA = {'RO': 'a4c16', 'BG': 'a4n6c8', 'GR': 'n7c16', 'LU': 'n3c13', 'HR': 'n17', 'CZ': 'n20', 'HU': 'n24'}
def IBAN(cc=None):
    import re
    if cc is None:
        cc = ch(['DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'PL', 'DE', 'FR', 'ES', 'PT', 'CH', 'DK', 'IT', 'AT', 'SE', 'FI', 'IE', 'RO', 'BG', 'GR'])
    if cc in IBAN_EXTRA:
        b = ''
        for kind, k in re.findall(r'([anc])(\d+)', IBAN_EXTRA[cc]):
            for _ in range(int(k)):
                b += ch(string.ascii_uppercase if kind == 'a' else string.digits if kind == 'n' else string.ascii_uppercase + string.digits)
        v = cc + iban_check(cc, b) + b
    else:
        v = iban(R, cc)
    return ('IBAN_CODE', group(v, 4) if pct(0.55) else v)

def BTC(): return ('CRYPTO', btc(R, ch(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr', 'wsh'])))

def MAC():
    b = [R.randrange(256) for _ in range(6)]
    k = R.randrange(8)
    if k < 3: v = ':'.join('%02X' % x for x in b)
    elif k < 5: v = ':'.join('%02x' % x for x in b)
    elif k < 7: v = '-'.join('%02X' % x for x in b)
    else: v = '.'.join('%02x%02x' % (b[i], b[i + 1]) for i in (0, 2, 4))
    return ('MAC_ADDRESS', v)

def IP4(private=None):
    if private is None: private = pct(0.35)
    if private:
        v = ch(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    else:
        v = '%d.%d.%d.%d' % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ('IP_ADDRESS', v)
def IP6():
    g = ['%x' % R.randrange(1, 65536) for _ in range(8)]
    k = R.randrange(5)
    if k == 0: v = ':'.join('%04x' % int(x, 16) for x in g)
    elif k == 1: v = ':'.join(g[:4]) + '::' + g[7]
    elif k == 2: v = 'fe80::' + ':'.join(g[4:])
    elif k == 3: v = '::ffff:' + IP4(False)[1]
    else: v = '2001:db8:' + g[2] + '::' + g[6]
    return ('IP_ADDRESS', v)
def IP(): return IP6() if pct(0.25) else IP4()

def tok(n=12): return ''.join(ch(string.ascii_lowercase + string.digits) for _ in range(n))
def URL(w=None, kind=None):
    d = ch(MAIL_CORP)
    if kind is None: kind = ch(['corp'] * 3 + ['social'] + ['phish'])
    if kind == 'social':
        s = slug(w.first) + ch(['', '-', '.', '_']) + slug(w.last) if w else tok(8)
        s = s.replace('.', '-') if 'facebook' not in s else s
        v = ch(['https://github.com/%s', 'https://www.facebook.com/%s', 'https://mastodon.social/@%s',
                'https://www.behance.net/%s', 'https://t.me/%s', 'https://cal.com/%s']) % s
    elif kind == 'phish':
        v = ch(['https://parcel-hold-%s.com/pay?id=%s' % (tok(4), tok(8)), 'http://secure-%s-verify.net/login' % tok(5),
                'www.%s-refunds.info/claim/%s' % (tok(6), tok(6)), 'https://account-check.%s.xyz/session/%s' % (tok(5), tok(10))])
    else:
        v = ch(['https://%s/account/verify?session=%s' % (d, tok()), 'https://portal.%s/invoices/%d' % (d, R.randint(1000, 99999)),
                'https://%s/team/%s' % (d, tok(7)), 'http://%s/unsubscribe?u=%s' % (d, tok(10)), 'www.%s/apply' % d,
                '%s/help/article/%d' % (d, R.randint(100, 9999)), 'https://status.%s' % d,
                'https://%s/track/%s' % (d, 'SH' + rdn(8)), 'https://www.%s/contact' % d])
    return ('URL', v)

# look-alike noise (never labelled); Keep marks generated text that a
# lower-cased prompt leaves as it is (dev lowers the wording, not the codes)
class Keep(str): pass
def ordno(): return Keep(ch(['ORD-%s' % rdn(8), '#%s' % rdn(10), 'SO-%s' % rdn(7), 'PO%s' % rdn(9), 'A-%s' % rdn(6)]))
def invno(): return Keep(ch(['INV-%d-%05d' % (R.randint(2019, 2026), R.randint(1, 99999)), 'BILL/%s/%s' % (''.join(ch(string.ascii_uppercase) for _ in range(2)), rdn(6)), 'F%s' % rdn(8)]))
def sha(n=40): return Keep(''.join(ch('0123456789abcdef') for _ in range(n)))
def uuid(): return Keep('-'.join(sha(k) for k in (8, 4, 4, 4, 12)))
def ver(): return Keep(ch(['v', '']) + '%d.%d.%d' % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 40)) + ch(['', '', '', '-rc%d' % R.randint(1, 5), '.%d' % R.randint(1, 9999)]))
def amount(): return Keep(ch(['$%s.%02d' % (format(R.randint(10, 90000), ','), R.randint(0, 99)), '€%s,%02d' % (format(R.randint(10, 9000), ',').replace(',', '.'), R.randint(0, 99)),
                         '£%d.%02d' % (R.randint(5, 3000), R.randint(0, 99)), '₹%s' % format(R.randint(100, 99000), ','), 'CHF %d.%02d' % (R.randint(10, 5000), R.randint(0, 99))]))
def track(): return Keep(ch(['1Z%s%s' % (''.join(ch(string.ascii_uppercase) for _ in range(2)), rdn(14)), 'JD%s' % rdn(18), rdn(4) + ' ' + rdn(4) + ' ' + rdn(4)]))
def bad_luhn(n=16):
    while True:
        s = ch('3456') + rdn(n - 1)
        if not luhn_ok(s): return s
def bad_iban():
    while True:
        v = IBAN()[1].replace(' ', '')
        d = list(v); i = R.randrange(4, len(d))
        if d[i].isdigit():
            d[i] = str((int(d[i]) + R.randint(1, 9)) % 10)
            w = ''.join(d)
            tail = ''.join(c for c in w[4:] if c.isdigit())
            if iban_check(w[:2], w[4:]) != w[2:4] and not (13 <= len(tail) <= 19 and luhn_ok(tail)):
                return Keep(group(w, 4) if pct(0.6) else w)
def bad_tfn():
    """9 digits failing the TFN, ACN and Luhn (SIN) checks."""
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rdn(9)
        if d[0] != '0' and sum(int(a) * b for a, b in zip(d, w)) % 11 != 0 and acn_ok(d) is False and not luhn_ok(d): return d
def acn_ok(d): return (10 - sum(int(a) * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2, 1])) % 10) % 10 == int(d[8])
def bad_nhs():
    """10 digits failing the NHS, Luhn (NPI) and Medicare checks."""
    while True:
        d = str(R.randint(1, 9)) + rdn(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        med = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8])
        if ((c % 11) != int(d[9]) or c == 10) and not luhn_ok('80840' + d) and not med: return d
def bad_aadhaar():
    while True:
        d = str(R.randint(2, 9)) + rdn(11)
        if not verhoeff_ok(d): return d
def bad_b58():
    v = btc(R, ch(['p2pkh', 'p2sh']))
    i = R.randrange(5, len(v) - 1)
    return Keep(v[:i] + ch([c for c in B58 if c != v[i]]) + v[i + 1:])
def sku_phone(): return Keep('%s-%s-%s-%s' % (_nxx(), _nxx(), rdn(4), ch(['BK', 'WH', 'GR', 'XL', 'RD', 'S'])))


# ---- positive templates -------------------------------------------------------------
TPL = []
def tpl(n):
    def deco(f):
        TPL.append((n, f)); return f
    return deco

# US: SSN, ITIN, passport, licence, Medicare (MBI), NPI, DEA, bank account
@tpl(5)
def t_fraud_call():
    w = Who(ch(['us', 'us', None]))
    return ['Fraud desk note: the caller gave the name ', w.P(), ', read out SSN ', SSN(), ' and gave ', D('dob'),
            ' as the date of birth. Does this look like account takeover?']
@tpl(4)
def t_w4_kv():
    w = Who('us')
    return ['Is anything missing before I submit the W-4?\n\nname: ', w.P(), '\nssn: ', SSN(), '\ndob: ', D('dob'),
            '\nstate: ', state(), '\nfiling: single']
@tpl(6)
def t_direct_deposit():
    w = Who()
    return ['Direct deposit form for ', w.P(), ': checking account ', BANK(), ', SSN ', SSN(),
            '. Can payroll start this cycle?']
@tpl(5)
def t_itin_joint():
    a = Who()
    return ['My wife ', a.P(), ' files with ITIN ', ITIN(), ' and I use SSN ', SSN(),
            '. Can we file jointly from ', state(), '?']
@tpl(5)
def t_itin_csv():
    w = Who()
    return ['Check this CSV row before I upload it to the tax portal:\nname,itin,street,city\n', w.P(), ',', ITIN(),
            ',', street(), ',', city('us')]
@tpl(4)
def t_itin_letter():
    return ['The IRS letter dated ', D(), ' lists my spouse\'s ITIN as ', ITIN(), '. Is it still valid or does it need renewing?']
@tpl(4)
def t_payroll_yaml():
    w = Who()
    return ['Why does the importer reject this record?\n```yaml\nemployee:\n  name: ', w.P(), '\n  ssn: "', SSN(), '"\n  dept: logistics\n```']
@tpl(3)
def t_social_typo():
    return ['ugh, i typed my social (', SSN(), ') into the wrong form at ', URL(kind='phish'), '. what do i do now?']
@tpl(5)
def t_travel_desk():
    w = Who()
    return ['Travel desk: ', w.P(), ' (US passport ', USPP(), ') needs a hotel in ', anycity(), ' from ', D(),
            '. Send options to ', w.email(True), '.']
@tpl(5)
def t_pp_renew():
    w = Who()
    return ['Passport renewal for ', w.P(), ': the old passport number is ', USPP(), ', issued ', D('dob'),
            '. Which form do I need, DS-82 or DS-11?']
@tpl(4)
def t_seat():
    w = Who()
    return ['Seat request for passenger ', w.P(), ', passport ', USPP(), ', on the flight to ', country(),
            '. Aisle if possible.']
@tpl(5)
def t_licence_typo():
    w = Who('us')
    return ['Got a ticket in ', state(), ' and the officer wrote my licence number as ', DL(w),
            '. It is wrong on the citation. How do I get it corrected?']
@tpl(5)
def t_rental_form():
    w = Who()
    return ['Car rental form\nDriver: ', w.P(), '\nLicence no.: ', DL(w), '\nIssuing state: ', state(), '\nPickup: ', D(),
            '\nPlease check it is complete.']
@tpl(4)
def t_insurance_quote():
    w = Who('us')
    return ['Insurance quote for ', w.P(), ' at ', street(), ', ', city('us'), ', ', state(), '; driver licence ',
            DL(w), '. Two cars, no claims.']
@tpl(5)
def t_mbi_elig():
    w = Who()
    return ['Medicare eligibility check: member ', w.P(), ', MBI ', MBI(), ', DOB ', D('dob'), '. Billing provider NPI ',
            NPI(), '.']
@tpl(5)
def t_mbi_mom():
    w = Who()
    return ["My mom ", w.P(), "'s red-white-and-blue card says ", MBI(), ". Her doctor's office (", PH('us'),
            ") says the number is not on file. Why would that be?"]
@tpl(4)
def t_billing_export():
    w = Who()
    return ['Explain each field of this billing export:\nprovider_npi=', NPI(), '\npatient=', w.P(), '\npatient_email=',
            w.email(False), '\nmbi=', MBI(), '\nservice_date=', D()]
@tpl(5)
def t_credential():
    w = Who()
    return ['Credentialing update: Dr. ', w.P(), ' (NPI ', NPI(), ', DEA ', DEA(w), ') joins the practice on ', D(), '.']
@tpl(5)
def t_dea_valid():
    return ['Is DEA registration ', DEA(Who()), ' valid for a prescriber in ', state(), '? The pharmacy rejected the script.']
@tpl(5)
def t_dea_script():
    doc, pat = Who(), Who()
    return ['Prescription from Dr. ', doc.L(), ', DEA ', DEA(doc), ', for ', pat.P(),
            ': oxycodone 5 mg, 20 tablets. Is the DEA number formatted correctly?']
@tpl(5)
def t_ach_return():
    w = Who()
    return ['ACH return R03 came back for account ', BANK(), ' belonging to ', w.P(), ' (', w.email(), '). What does R03 mean?']
@tpl(4)
def t_payout_json():
    return ['Validate this payout object:\n{"payee_ref": "C-', rdn(6), '", "account_number": "', BANK(), '", "currency": "USD", "memo": "',
            invno(), '"}']

# UK
@tpl(5)
def t_gp_letter():
    w = Who(ch(['cy', 'us', None]))
    return ['GP letter: ', w.P(), ', NHS number ', NHS(), ', has been referred to ', org('clinic'),
            ' for a follow-up. Please tidy the wording.']
@tpl(5)
def t_gp_register():
    w = Who()
    return ['Can I register ', w.P(), ' with a surgery in ', city('uk'), '? The NHS number is ', NHS(), '.']
@tpl(4)
def t_uk_move():
    w = Who()
    return ['UK move checklist for ', w.P(), ':\n- NI number: ', NINO(), '\n- NHS number: ', NHS(), '\n- new address: ',
            street(), ', ', city('uk'), '\nWhat else should we update?']
@tpl(5)
def t_p60():
    w = Who()
    return ['P60 mismatch: ', w.P(), "'s national insurance no. shows as ", NINO(), ' on last year\'s payslip. Who should fix it?']
@tpl(5)
def t_starter():
    w = Who(ch(['cy', 'us', 'au', None]))
    return ['Starter form\nSurname: ', w.L(), '\nForenames: ', w.F(), '\nNINO: ', NINO(), '\nStart date: ', D(),
            '\nTurn this into a welcome email.']

# Canada
@tpl(5)
def t_sin_onboard():
    w = Who(ch(['ca', 'ca', None]))
    return ['Onboarding ', w.P(), ' at our ', city('ca'), ' branch: SIN ', SIN(), ', first shift ', D(), '.']
@tpl(5)
def t_sin_cra():
    w = Who(ch(['ca', None]))
    return ['CRA says ', w.P(), "'s social insurance number ", SIN(), " doesn't match their records and points us to ",
            URL(kind='corp'), '. They live in ', ('LOCATION', ch(CA_PROV)), '.']
@tpl(5)
def t_t4():
    w = Who()
    return ['Parse this T4 line: employee=', w.P(), '; SIN=', SIN(), '; box14=48210.55; box22=9120.40']

# Australia
@tpl(6)
def t_tfn_starter():
    w = Who(ch(['au', 'au', 'mi', None]))
    return ['New starter ', w.P(), ' gave tax file number ', TFN(), '; the home address is ', street('au'), ', ',
            city('au'), '.']
@tpl(5)
def t_sole_trader():
    w = Who(ch(['au', None]))
    return ["I'm a sole trader (", w.P(), '). My ABN is ', ABN(), ' and my TFN is ', TFN(),
            '. Do I put both on invoices?']
@tpl(5)
def t_ato_letter():
    w = Who(ch(['au', 'mi', None]))
    return ['ATO letter addressed to ', w.P(), ', ', city('au'), ' ', ('LOCATION', ch(AU_STATE)),
            ', quoting TFN ', TFN(), '. Is it genuine?']
@tpl(6)
def t_supplier_check():
    return ['Supplier check before we pay: ', org('au'), ', ABN ', ABN(), ', ACN ', ACN(), '. Do the numbers belong together?']
@tpl(5)
def t_asic():
    w = Who()
    return ['The ASIC extract at ', URL(kind='corp'), ' for ACN ', ACN(), ' lists ', w.P(), ' as company secretary.']
@tpl(4)
def t_bulkbill():
    return ['The clinic ', org('au'), ' (ACN ', ACN(), ') bulk-billed Medicare card ', MEDI(), '. Why was the claim rejected?']
@tpl(6)
def t_medicare_booking():
    w = Who(ch(['au', 'mi', None]))
    return [w.P(), "'s Medicare number is ", MEDI(), '; the booking is at ', org('clinic'), ' on ', D(), '.']
@tpl(5)
def t_medicare_replace():
    return ["My son's Medicare card (", MEDI(), ') has expired and we are now living in ', city('au'),
            '. How do we get a replacement?']
@tpl(4)
def t_abn_invoice():
    return ['Invoice from ', org('au'), ', ABN ', ABN(), ', for the kitchen job. GST is not shown separately — is that allowed?']

# India
@tpl(5)
def t_kyc_link():
    w = Who('in')
    return ['KYC failed for ', w.P(), ': PAN ', PAN(w), ' and Aadhaar ', AADH(), ' are not linked. What should the branch do?']
@tpl(7)
def t_kyc_json():
    w = Who('in')
    return ['{"applicant": {"full_name": "', w.P(), '", "pan_no": "', PAN(w), '", "uid": "', AADH(), '", "epic": "',
            VOTER(), '", "passport_no": "', INPP(), '"}}']
@tpl(4)
def t_addr_proof_in():
    w = Who('in')
    return ['Address proof for ', w.P(), ': voter ID card ', VOTER(), ' and passport ', INPP(), ', residing in ',
            city('in'), '. Which one is better for the bank?']
@tpl(4)
def t_epic():
    a = Who('in')
    return ['Election office query: EPIC number ', VOTER(), ' belongs to ', a.P(), ' of ', city('in'),
            ', but the roll shows another name. Please correct it.']
@tpl(4)
def t_tatkal():
    w = Who('in')
    return ['Tatkal renewal for ', w.P(), ': passport ', INPP(), ' expires on ', D(), '. What documents are needed?']
@tpl(3)
def t_form16():
    return ['Form 16 from ', org(ch(['real', 'firm'])), ' shows PAN ', PAN(Who('in')), ' but my PAN is different!']
@tpl(3)
def t_aadhaar_mobile():
    return ['Aadhaar ', AADH(), ' is linked to mobile ', PH('in'), ' but that number is no longer in use. How to update?']

# Korea
@tpl(5)
def t_kr_enrol():
    w = Who('kr')
    return ['HR Korea: please enrol ', w.P(), ', RRN ', RRN(), ', mobile ', PH('kr'), '.']
@tpl(5)
def t_kr_invite():
    w = Who('kr')
    return ['Visa invitation letter for ', w.P(), ' (resident registration no. ', RRN(), '), contact ', w.email(), '.']
@tpl(5)
def t_kr_refund():
    w = Who('kr')
    return ['Refund request from ', w.P(), ', RRN ', RRN(), ', paid with card ', CC(), '. Approve?']

# Singapore
@tpl(5)
def t_sg_cpf():
    w = Who('sg')
    return ['CPF nomination form: ', w.P(), ', NRIC ', NRIC(), ', lives in ', city('sg'), '. Is the form complete?']
@tpl(5)
def t_sg_pass():
    w = Who(ch(['sg', 'my', 'cn', None]))
    return ['Work pass holder ', w.P(), ' (FIN ', NRIC(), ') starts at ', ('ORGANIZATION', 'Kopi Tiam Holdings Pte Ltd'),
            ' next week. Which forms are missing?']
@tpl(5)
def t_sg_clinic():
    w = Who('sg')
    return ['Clinic registration: ', w.P(), ' / ', NRIC(), ' / ', PH('sg'), ' / ', w.email(False),
            '. Put this into a table.']

# South Africa
@tpl(5)
def t_za_loan():
    w = Who('za')
    return ['Loan application: ', w.P(), ', SA ID ', ZAID(), ', cell ', PH('za'), '. Summarise the risk.']
@tpl(5)
def t_za_account():
    w = Who('za')
    return [w.P(), ' wants to open an account. ID no. ', ZAID(), ', cell ', PH('za'), '.']
@tpl(4)
def t_za_lease():
    w = Who('za')
    return ['Lease agreement: tenant ', w.P(), ' (identity number ', ZAID(), ') at ', street(), ', ', city('za'), '.']

# Spain
@tpl(4)
def t_es_cuenta():
    w = Who('es')
    return ['Hola, necesito ayuda: ', w.P(), ' con NIE ', NIE(), ' quiere abrir una cuenta en ',
            city('es'), '. ¿Qué documentos pide el banco?']
@tpl(4)
def t_es_alquiler():
    w = Who('es')
    return ['Contrato de alquiler — arrendatario: ', w.P(), ', NIF ', NIF(), ', domicilio ', street('es'), ', ',
            city('es'), '.']
@tpl(7)
def t_es_pareja():
    a, b = Who('es'), Who()
    return [a.P(), ' (NIF ', NIF(), ') y su pareja ', b.P(), ' (NIE ', NIE(), ') firman la hipoteca el ', D('event', 'es'), '.']
@tpl(4)
def t_es_payroll():
    w = Who(ch(['es', None]))
    return ['Payroll Spain: ', w.P(), ', NIE ', NIE(), ', móvil ', PH('es'), ', cuenta ', IBAN('ES'), ', alta el ',
            D('event', 'es'), '.']
@tpl(4)
def t_es_factura():
    return ['Revisa esta factura: NIF del cliente ', NIF(), ', importe ', amount(), ', vencimiento a 30 días.']

# Italy
@tpl(4)
def t_it_cf():
    w = Who('it')
    y, m, d = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    g = 'nata' if w.first in IT_FEMALE else 'nato'
    return ['Buongiorno, il codice fiscale di ', w.P(), ' è ', CF(w, (y, m, d)), '; ', g, ' a ', city('it'), ' il ',
            ('DATE_TIME', '%d %s %d' % (d, MON_L['it'][m - 1], y)), '. È corretto?']
@tpl(4)
def t_it_preventivo():
    w = Who('it')
    return ['Preventivo ricevuto da ', org('it'), ' (P.IVA ', PIVA(), '), referente ', w.P(), ', tel. ', PH('it'),
            ', email ', w.email(True), '. Puoi riassumerlo?']
@tpl(7)
def t_it_fattura():
    w = Who('it')
    return ['Fattura elettronica: cedente ', org('it'), ', partita IVA ', PIVA(), '; cessionario ', w.P(),
            ', codice fiscale ', CF(w), '.']
@tpl(4)
def t_it_clinic():
    w = Who('it')
    return ['Registering ', w.P(), ' with the clinic: codice fiscale ', CF(w), ', email ', w.email(), '.']
@tpl(4)
def t_it_vendor():
    return ['Vendor onboarding: ', org('it'), ', P.IVA ', PIVA(), ', sede legale a ', city('it'), '.']

# Poland
@tpl(5)
def t_pl_zasw():
    w = Who('pl')
    return ['Dzień dobry, ', w.P(), ' (PESEL ', PESEL(), ') prosi o zaświadczenie o zatrudnieniu. Kontakt: ', PH('pl'), '.']
@tpl(5)
def t_pl_najem():
    w = Who('pl')
    return ['Umowa najmu: najemca ', w.P(), ', PESEL ', PESEL(), ', adres ', street('pl'), ', ', city('pl'), '.']
@tpl(5)
def t_pl_payroll():
    w = Who('pl')
    return ['Polish payroll: ', w.P(), ', PESEL ', PESEL(), ', konto ', IBAN('PL'), ', umowa od ', D('event', 'pl'),
            '. What forms do we file?']

# Sweden
@tpl(5)
def t_se_intyg():
    w = Who('se')
    return ['Hej! ', w.P(), ' har personnummer ', PNR(), ' och bor i ', city('se'), '. Kan du skriva ett intyg?']
@tpl(5)
def t_se_fk():
    w = Who('se')
    return ['Ärende hos Försäkringskassan: ', w.P(), ', personnr ', PNR(), ', sjukskriven från ', D('event', 'sv'), '.']
@tpl(5)
def t_se_payroll():
    w = Who('se')
    return ["Swedish payroll needs ", w.P(), "'s personnummer (", PNR(), ') and work email ', w.email(True), '.']

# Finland
@tpl(5)
def t_fi_hakemus():
    w = Who('fi')
    return ['Hakemus: ', w.P(), ', henkilötunnus ', HETU(), ', kotikunta ', city('fi'), '.']
@tpl(5)
def t_fi_start():
    w = Who('fi')
    return ['Uusi työntekijä ', w.P(), ' (', HETU(), ') aloittaa ', D('event', 'fi'), '. Kirjoita tervetuloviesti.']
@tpl(5)
def t_fi_tenant():
    w = Who('fi')
    return ['Finnish tenant ', w.P(), ', personal identity code ', HETU(), ', moves into the ', city('fi'), ' flat next month.']

# Turkey
@tpl(5)
def t_tr_randevu():
    w = Who('tr')
    return ['Merhaba, ', w.P(), ' adına ', TCKN(), ' T.C. kimlik numarasıyla ', D('event', 'tr'),
            ' için randevu almak istiyorum.']
@tpl(5)
def t_tr_kargo():
    w = Who('tr')
    return ['Kargo alıcısı: ', w.P(), ', TCKN ', TCKN(), ', telefon ', PH('tr'), '.']
@tpl(5)
def t_tr_hotel():
    w = Who('tr')
    return ['The hotel in ', city('tr'), " wants ", w.P(), "'s Turkish ID number ", TCKN(), ' and a card (', CC(),
            ') at check-in. Is that normal?']

# cards, IBANs, crypto
@tpl(5)
def t_chargeback():
    w = Who()
    return ['Chargeback dispute: ', w.P(), ' says card ', CC(), ' was billed ', amount(), ' on ', D(),
            ' without consent. Call back on ', phone_for(w), '.']
@tpl(4)
def t_save_card():
    w = Who()
    return ['Please save my card ', CC(), ' (name on card ', ('PERSON', w.full.upper()), ') for the ', org('real'),
            ' subscription.']
@tpl(5)
def t_parcel_scam():
    w = Who()
    return ['Got a text saying my parcel is held at ', URL(kind='phish'), '; it wanted card ', CC(), ' and my login ',
            w.email(False), '. Scam?']
@tpl(5)
def t_order_json():
    w = Who()
    return ['{"order": "', ordno(), '", "buyer": {"name": "', w.P(), '", "mail": "', w.email(), '", "tel": "', phone_for(w),
            '"}, "payment": {"pan": "', CC(), '"}, "state": "chargeback"}']
@tpl(4)
def t_cancel_sub():
    return ['Cancel the yearly plan on card ', CC(), ' and refund ', amount(), ' to the same card. Order ', ordno(), '.']
@tpl(4)
def t_card_reply():
    w = Who()
    return ['Write a short apology to ', w.P(), ': their card ', CC(), ' was declined twice and they live in ', anycity(),
            ', so the courier could not wait.']
@tpl(6)
def t_deposit_iban():
    w = Who()
    return ['Please pay the deposit to ', IBAN(), ' (account holder ', w.P(), ') this week.']
@tpl(4)
def t_payee_csv():
    a, b = Who(), Who()
    return ['Which rows fail validation?\npayee,iban,bank\n', a.P(), ',', IBAN(), ',', org('bank'), '\n', b.P(), ',',
            IBAN(), ',']
@tpl(5)
def t_refund_iban():
    return ['Refund to IBAN ', IBAN(), ', not to card ', CC(), ' — the customer asked twice.']
@tpl(4)
def t_sepa_fail():
    w = Who()
    return ['sepa transfer to ', w.P(), ' bounced. iban ', IBAN(), ', our ref ', invno(), '. what does AC01 mean?']
@tpl(5)
def t_btc_contractor():
    return ['Paid the contractor in BTC to ', BTC(), '. The transaction id was ', sha(64), '. How many confirmations until it is final?']
@tpl(5)
def t_btc_which():
    return ['Which of these is a taproot address: ', BTC(), ' or ', BTC(), '?']
@tpl(5)
def t_btc_donate():
    w = Who()
    return ['Add this to the donations page: BTC ', BTC(), ', questions to ', w.email(), '.']
@tpl(4)
def t_btc_json():
    return ['Why does my wallet import fail?\n{"label": "cold storage", "address": "', BTC(), '", "created": 1712345678}']

# network
@tpl(4)
def t_switch_port():
    return ['Switch port 12 sees MAC ', MAC(), ' with IP ', IP4(), '; it has been blocked since firmware ', ver(), '. Why?']
@tpl(3)
def t_arp():
    return ['arp -a output:\n? (', IP4(True), ') at ', MAC(), ' on en0 ifscope [ethernet]\n? (', IP4(True), ') at ',
            MAC(), ' on en0 ifscope [ethernet]\nWhich one is the printer?']
@tpl(5)
def t_asset():
    return ['Asset inventory: laptop LT-', rdn(4), ', Wi-Fi MAC ', MAC(), ', asset tag AT-', rdn(5), '. Add it to the sheet.']
@tpl(3)
def t_fw_rule():
    return ['The firewall blocks ', IP6(), ' but allows ', IP4(), '. Rule set copied from ', URL(kind='corp'), '. What is wrong?']
@tpl(3)
def t_audit_log():
    w = Who()
    e = w.email()
    return ['Audit trail:\n2025-03-0%d 08:14:55Z login ok user=' % R.randint(1, 9), e, ' src=', IP(),
            '\n2025-03-0%d 08:15:10Z password change user=' % R.randint(1, 9), e, ' src=', IP4(False),
            '\nIs this suspicious?']
@tpl(2)
def t_save_details():
    w = Who()
    return ['save my contact details for next time: ', w.email(False), ', ', phone_for(w), ', home ip ', IP4(False), '.']
@tpl(2)
def t_dotenv():
    return ["My .env isn't being read:\nDB_HOST=", IP4(True), '\nADMIN_EMAIL=', Who().email(True), '\nSITE_URL=',
            URL(kind='corp'), '\nPORT=8080\nWhat is wrong?']
@tpl(2)
def t_py_snippet():
    w = Who()
    return ['This raises a timeout, why?\n```python\nclient = Mailer(host="', IP4(), '", sender="', w.email(True),
            '")\nclient.send(to=ALERTS, retries=3)\n```']
@tpl(2)
def t_curl():
    return ["curl -s -X PUT ", URL(kind='corp'), " -d '{\"owner\": \"", Who().email(), "\", \"src\": \"", IP(),
            "\"}' hangs for 30 s and then returns 502. Any idea?"]
@tpl(2)
def t_fixtures():
    w = Who()
    return ['Generate pytest cases for these inputs: ', w.email(), ', ', PH(), ', ', IP6(), '.']
@tpl(2)
def t_allowlist():
    return [org(), ' needs ', IP4(False), ' and ', IP4(False), ' allowlisted before ', D(), '.']

# people, places, firms, beliefs
@tpl(5)
def t_bio():
    w = Who()
    return ['Write a short speaker bio: ', w.P(), ' is a ', nrp(), ' engineer at ', org(), ' who grew up in ', anycity(), '.']
@tpl(3)
def t_seating():
    a, b = Who(), Who()
    return ['Wedding seating: ', a.P(), ' and ', b.P(), ' are ', nrp('rel'), ', so keep table 4 meat-free. They fly in from ',
            anycity(), '.']
@tpl(3)
def t_uncle():
    w = Who()
    return ['My uncle ', w.F(), ' is a lifelong ', nrp('pol'), ' and lives in ', anycity(),
            '. How do I keep politics out of the family dinner?']
@tpl(4)
def t_discharge():
    a, b = Who(), Who()
    return ['Discharge summary: ', a.P(), ', ', str(R.randint(19, 88)), ', ', nrp(), ', admitted to ', org('clinic'), ' on ',
            D(), ' with a fractured wrist.']
@tpl(4)
def t_profile():
    w = Who()
    return ['Update my profile: ', w.P(), ', ', street(), ', ', anycity(), ', ', country(), '. Religion: ', nrp('rel'), '.']
@tpl(2)
def t_reply_decline():
    w = Who()
    return ['Draft a reply to ', w.P(), ' <', w.email(), '> politely declining the offer from ', org(), '.']
@tpl(2)
def t_vcard():
    w = Who()
    return ['BEGIN:VCARD\nFN:', w.P(), '\nTEL:', phone_for(w), '\nEMAIL:', w.email(), '\nURL:', URL(w, 'social'),
            '\nEND:VCARD\nConvert this to a CSV line.']
@tpl(2)
def t_speaker_links():
    w = Who()
    return ["Add ", w.P(), "'s portfolio ", URL(w, 'social'), ' and company page ', URL(w, 'corp'), ' to the speaker list.']
@tpl(2)
def t_fetch():
    w = Who()
    return ["fetch('", URL(kind='corp'), "', { headers: { 'X-Contact': '", w.email(True),
            "' } }) fails with a CORS error. Why?"]
@tpl(1)
def t_git_blame():
    w = Who()
    return ['git blame says line 42 was written by ', w.P(), ' <', w.email(True), '> in commit ', sha(7),
            '. Should I ask them before refactoring?']
@tpl(2)
def t_call_me():
    w = Who()
    return ["it's ", w.F(), ', call me on ', phone_for(w), " when you're outside"]
@tpl(2)
def t_make_formal():
    w = Who()
    return ['make this sound professional: hey ', w.F(), ', the ', org(), ' guys in ', anycity(), ' need the numbers by ',
            D(), ' ok']
@tpl(2)
def t_schedule():
    w = Who()
    return ['Schedule a call with ', w.P(), ' from ', org(), ' on ', D(), ' — their number is ', phone_for(w), '.']
@tpl(1)
def t_signature():
    w = Who()
    return ['Shorten this signature block:\n', w.P(), '\nSenior Buyer, ', org('firm'), '\n', street(), ', ', anycity(),
            '\nT: ', phone_for(w), '\nE: ', w.email(True)]
@tpl(1)
def t_dentist():
    w = Who()
    return ['Remind ', w.P(), ' about the appointment at ', org('clinic'), ' on ', D(), '; the earlier slot at ', T(),
            ' was cancelled.']
@tpl(1)
def t_kr_contact():
    w = Who('kr')
    return ['Contact sheet: ', w.P(), ', ', PH('kr'), ', ', w.email(), '. Format it as a table.']
@tpl(1)
def t_ship_address():
    w = Who()
    return ['Please change the shipping address on order ', ordno(), ' to ', street(), ', ', anycity(), ', ', country(),
            '. The parcel is for ', w.P(), '.']
@tpl(1)
def t_forward_time():
    w = Who()
    return ['Forwarded from ', w.P(), ' <', w.email(), '>: "ring me on ', phone_for(w), ' after ', T(), ', not before"']

# ---- PII-free look-alikes ---------------------------------------------------------------
NEG = []
def neg(n):
    def deco(f):
        NEG.append((n, f)); return f
    return deco

@neg(5)
def n_invoice():
    return ['Can you reconcile invoice ', invno(), ' (', amount(), ') against purchase order ', ordno(), '? Finance says it is still open.']
@neg(5)
def n_upgrade():
    return ['Our CI fails after bumping the parser from ', ver(), ' to ', ver(), '; the error points at ',
            ch(['package.json', 'pyproject.toml', 'Cargo.lock', 'main.go', 'app.module.ts']), '.']
@neg(4)
def n_bom():
    return ['Replace part ', sku_phone(), ' with ', ch(['MX-', 'PN ', 'REF ']), rdn(6), ' in the bill of materials for the ',
            ch(['X11', 'H1', 'A4', 'B7']), ' board.']
@neg(4)
def n_voucher():
    return ['Voucher ', bad_b58(), ' shows "invalid" at checkout — can you issue a fresh one?']
@neg(5)
def n_bad_iban():
    return ['The bank says reference ', bad_iban(), ' fails validation. Is it a typo or a different format?']
@neg(4)
def n_sql():
    return ['Rewrite this to use a JOIN: SELECT total FROM invoices WHERE customer_id = ', rdn(5), " AND status = 'paid';"]
@neg(4)
def n_compile():
    return ['Build failed: error C2065 on line ', str(R.randint(100, 4000)), ' of ', ch(['parser.cpp', 'lexer.c', 'io.rs']),
            ' (toolchain ', '%d.%d.%d.%d' % (R.randint(1, 20), R.randint(0, 40), R.randint(0, 99), R.randint(0, 9999)), ').']
@neg(4)
def n_config():
    return ['What do top_p=0.9 and presence_penalty=', str(R.randint(0, 9) / 10), ' do in ',
            ch(['config.toml', 'settings.json', 'params.yaml']), '?']
@neg(5)
def n_hashes():
    return ['The deployed image digest sha256:', sha(64), ' does not match tag ', ver(), ' (commit ', sha(40), '). Which is in prod?']
@neg(5)
def n_shipment():
    return ['Shipment ', ordno(), ' left the warehouse; carrier tracking ', track(), ', weight ', str(R.randint(1, 40)),
            '.', str(R.randint(0, 9)), ' kg, charged ', amount(), '.']
@neg(5)
def n_logs():
    y, mo = R.randint(2023, 2026), R.randint(1, 12)
    return ['What does this mean?\n', Keep('%d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (y, mo, R.randint(1, 28), R.randint(0, 23),
            R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))), ' WARN queue depth %d above threshold\n' % R.randint(1000, 90000),
            Keep('[%02d/%s/%d:%02d:%02d:%02d +0000]' % (R.randint(1, 28), MON[mo - 1][:3], y, R.randint(0, 23), R.randint(0, 59),
            R.randint(0, 59))), ' "GET /healthz HTTP/1.1" 503 %d' % R.randint(10, 999)]
@neg(4)
def n_ticket_card():
    return ['Ticket ', group(bad_luhn(), 4), ' was reopened; link it to case ', ordno(), ' please.']
@neg(4)
def n_lots():
    return ['Lots ', bad_nhs(), ' and ', bad_aadhaar(), ' need re-inspection before the next shipment.']
@neg(3)
def n_print():
    return ['Print the brochure on A3 and the flyers on A5, double-sided, ', str(R.randint(50, 500)), ' copies each.']
@neg(3)
def n_release():
    return ['Release notes for ', '%d.%d.%d.%d' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99), R.randint(0, 999)),
            ': fixed the H1 heading regression and the X11 clipboard bug.']
@neg(3)
def n_colour():
    return ['Set the accent colour to #', sha(6), ' and the border to #', sha(3), ' in theme.css.']
@neg(4)
def n_timeout():
    return ['Request ', uuid(), ' returned 504 after ', str(R.randint(2, 90)), ' s against port ', ch(['8443', '3306', '5672', '11211']), '.']
@neg(4)
def n_meters():
    return ['Meter serial ', bad_tfn(), ' reported a fault; meter ', bad_tfn(), ' is fine. Schedule a technician.']
@neg(3)
def n_products():
    return ['Compare the ', ch(['ThinkPad X1 Carbon Gen 11', 'Raspberry Pi 5', 'Galaxy Tab S9', 'Kindle Paperwhite']),
            ' with the ', ch(['MacBook Air M3', 'Pixel 8 Pro', 'Surface Pro 10', 'Steam Deck OLED']), ' for travel.']
@neg(3)
def n_names_words():
    return [ch(['Mark the Bill of Materials as final and grant read access to the Page template.',
                'Will the Summer release include the Rose theme, or is that Grant-funded work?',
                'Can Faith-based charities claim the Gift Aid rebate on Major donations?'])]
@neg(3)
def n_raid():
    return ['Explain the difference between RAID 5 and RAID 10 for a 4-disk NAS, in ', str(R.randint(3, 6)), ' bullets.']
@neg(3)
def n_translate():
    return ['Rewrite "the meeting has been moved to the small room" in ', ch(['the passive voice', 'plain words', 'a friendlier tone', 'fewer words']), '.']
@neg(2)
def n_haiku():
    return ['Write a haiku about ', ch(['autumn rain', 'a broken build', 'commuter trains', 'cold coffee']), '.']
@neg(3)
def n_code():
    return ['Why does this overflow?\n```c\nuint8_t checksum(const uint8_t *p, size_t n) {\n  uint8_t s = 0;\n  for (size_t i = 0; i < n; i++) s += p[i];\n  return s %% %d;\n}\n```' % R.choice([255, 256, 97])]
@neg(3)
def n_amount():
    return ['Amount due: ', amount(), ' on PO ', rdn(10), '; tax code V', str(R.randint(1, 9)), '. Is VAT included?']
@neg(3)
def n_rate_limit():
    return ['We get HTTP 429 from /v2/orders?page=', str(R.randint(2, 40)), ' after ', str(R.randint(50, 900)),
            ' requests. How should I back off?']
@neg(3)
def n_case():
    return ['Case ', '%d-CR-%05d' % (R.randint(2019, 2026), R.randint(1, 99999)), ' was closed without further action.']
@neg(3)
def n_cherry():
    return ['Cherry-pick ', sha(7), ' onto release/', '%d.%d' % (R.randint(1, 9), R.randint(0, 20)), ' and rerun pipeline #',
            rdn(5), '.']
@neg(2)
def n_summary():
    return ['Summarise the trade-offs of event sourcing versus CRUD in under ', str(R.randint(80, 200)), ' words.']


# ---- wrappers and assembly --------------------------------------------------------------------
PREFIX = ['Here is the message:\n\n', 'Quick question about this:\n', 'Read the note below and list any action items.\n---\n',
          'From our shared inbox:\n', 'Please review:\n\n', 'Pasted from the CRM:\n']
SUFFIX = ['\n\nAnswer as JSON.', '\n\nBe brief.', '\n\nThank you!', '\n\nUse bullet points.', '\n\nReply in plain text.']
TAIL = [' ty', ' please', ' urgent', '??', ' cheers']

def decorate(parts):
    parts = list(parts)
    if pct(0.22): parts.insert(0, ch(PREFIX))
    last = parts[-1]
    if isinstance(last, str) and last.endswith('.') and pct(0.12):
        parts[-1] = last[:-1]
    if pct(0.08):
        if isinstance(parts[-1], str) and parts[-1].endswith('.'):
            parts[-1] = parts[-1][:-1]
        parts.append(ch(TAIL))
    if pct(0.13):
        parts.append(ch(SUFFIX))
    return parts

LOWERED = {'PERSON', 'LOCATION', 'ORGANIZATION', 'DATE_TIME', 'NRP', 'EMAIL_ADDRESS', 'URL'}
def lower(parts):
    """An all-lower-case prompt as dev writes one: wording, names, places and
    dates lowered; identifiers and generated codes left as they are."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            if p[0] in LOWERED and len(p[1].lower()) == len(p[1]): p = (p[0], p[1].lower())
        elif not isinstance(p, Keep) and len(p.lower()) == len(p):
            p = p.lower()
        out.append(p)
    return out

def build():
    jobs = [f for n, f in TPL for _ in range(n)] + [f for n, f in NEG for _ in range(n)]
    R.shuffle(jobs)
    recs = []
    for i, f in enumerate(jobs):
        parts = f()
        if pct(0.10): parts = lower(parts)
        text, ents = fill(decorate(parts))
        recs.append({'id': 'p17-%04d' % i, 'text': text, 'entities': ents})
    return recs

if __name__ == '__main__':
    write(build())
