"""Probe 19: a blind measure of generalisation.

About 600 chat prompts (roughly 108 of them free of PII, holding only
look-alikes) in the corpus's JSONL format, labelled by the corpus's
conventions. Written from the corpus description and dev alone, without
looking at the engine. Sentence templates are new, and people, places,
organisations, e-mail domains and file names come from vocabularies that do
not occur in dev or in the other probes: names are mostly Arabic, Persian, South Asian, West and East
African, South-East and East Asian, Latin American and Central/Eastern
European, in Latin script. Every identifier with a check digit is valid;
the checksum look-alikes in the negatives are built to fail.

    python3 tools/probes/probe19.py > probe19.jsonl
"""
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402

R = random.Random(190319)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def upper_letters(n, pool=string.ascii_uppercase):
    return ''.join(R.choice(pool) for _ in range(n))


def words(s):
    """A vocabulary string: space-separated items, '_' joins multi-word items."""
    return [w.replace('_', ' ') for w in s.split()]


# ---- labelled parts ---------------------------------------------------------
# A template returns a list of parts: plain strings, or (type, value) pairs.

def P(v): return ('PERSON', v)
def L(v): return ('LOCATION', v)
def O(v): return ('ORGANIZATION', v)
def D(v): return ('DATE_TIME', v)
def E(v): return ('EMAIL_ADDRESS', v)
def PH(v): return ('PHONE_NUMBER', v)
def U(v): return ('URL', v)
def IP(v): return ('IP_ADDRESS', v)
def N(v): return ('NRP', v)
def X(ty, v): return (ty, v)


# values whose validity depends on letter case are never re-cased
KEEP_CASE = {'CRYPTO', 'IBAN_CODE', 'IT_FISCAL_CODE', 'IN_PAN', 'IN_VOTER', 'IN_PASSPORT',
             'UK_NINO', 'US_MBI', 'MEDICAL_LICENSE', 'SG_NRIC_FIN', 'ES_NIE', 'ES_NIF',
             'FI_PERSONAL_IDENTITY_CODE', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'MAC_ADDRESS',
             'IP_ADDRESS'}


def recase(part, case):
    """A part in lower case, or with upper-case names, as some users type."""
    if isinstance(part, tuple):
        ty, v = part
        if case == 'lower' and ty not in KEEP_CASE:
            return (ty, v.lower())
        if case == 'upper_names' and ty == 'PERSON':
            return (ty, v.upper())
        return part
    return part.lower() if case == 'lower' else part


class Text:
    """A record built left to right; spans are recorded as parts are appended."""

    def __init__(self):
        self.s = ''
        self.ents = []

    def add(self, part):
        if isinstance(part, tuple):
            ty, v = part
            start = len(self.s)
            self.s += v
            self.ents.append({'entity_type': ty, 'start': start, 'end': len(self.s)})
        else:
            if part.startswith('.') and self.s.endswith('.'):
                part = part[1:]  # 'S.A.' closing a sentence takes no second full stop
            self.s += part
        return self

    def extend(self, parts):
        for p in parts:
            self.add(p)
        return self


# ---- wrappers around a prompt -------------------------------------------------

PREFIXES = [
    'Redact the personal data in this message:\n',
    'Classify the intent of the message below.\n\n',
    'Write a courteous answer to this:\n> ',
    'Rewrite this more formally:\n"',
    'Here is what the customer wrote:\n"""\n',
    'Turn this into a CRM note:\n\n',
    'TL;DR please:\n',
    'Can you check this for mistakes?\n\n',
    'Forwarded message:\n-----\n',
    'Pull out the action items from:\n',
]
CLOSERS = {'Rewrite this more formally:\n"': '"', 'Here is what the customer wrote:\n"""\n': '\n"""'}
SUFFIXES = [
    '\n\nUse bullet points.',
    '\n\nAnswer in one sentence.',
    '\n\nReply in English, please.',
    '\n\nNo more than 50 words.',
    '\n\nFormat the answer as a table.',
    '\n\n(sent from my phone)',
    '\n\nThank you in advance.',
]
TAILS = [' plz', ' ty', ' asap!', '??', ' - urgent', ' :)', ' cheers']


def wrap(parts, style):
    """Wrap a template's parts in an instruction prefix and/or suffix."""
    pre = post = ''
    if style.get('prefix'):
        pre = pick(PREFIXES)
        post = CLOSERS.get(pre, '')
    if style.get('suffix'):
        post += pick(SUFFIXES)
    out = ([pre] if pre else []) + list(parts)
    if style.get('tail') and isinstance(out[-1], str) and out[-1].endswith('.'):
        out[-1] = out[-1][:-1] + pick(TAILS)
    if post:
        out.append(post)
    return out


# ---- template registry ---------------------------------------------------------

TEMPLATES = []  # (name, count, function, options)


def tpl(n, neg=False, lower=0.08, upper=0.04, wrapp=0.25):
    """Register a template to be used n times."""
    def deco(f):
        TEMPLATES.append((f.__name__, n, f, {'neg': neg, 'lower': lower, 'upper': upper, 'wrap': wrapp}))
        return f
    return deco


def build():
    recs = []
    for name, n, f, opt in TEMPLATES:
        for _ in range(n):
            parts = f()
            case = None
            r = R.random()
            if r < opt['lower']:
                case = 'lower'
            elif r < opt['lower'] + opt['upper']:
                case = 'upper_names'
            style = {}
            if chance(opt['wrap']):
                style['prefix'] = chance(0.6)
                style['suffix'] = not style['prefix'] or chance(0.3)
            style['tail'] = chance(0.08)
            parts = [recase(x, case) for x in parts]
            t = Text().extend(wrap(parts, style))
            recs.append({'tpl': name, 'text': t.s, 'entities': t.ents})
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({'id': 'p19-%04d' % i, 'text': r['text'], 'entities': r['entities']})
    return out


# ---- vocabulary data: begin (generated; every item checked absent from dev and the other probes)

NAMES_RAW = {
    'levant': ("Bassam Nizar Ghassan Marwan Wassim Fadi Ziad Hisham Tamer Anas Dima Hiba Rasha Layal "
        "Maysa Ghada Joumana Nadine Raed Shadi Wael Yara Lama Jihane Rouba Nisrine Carine "
        "Charbel Issam Mazen Mounir Nabih Samer Talal Walid Fouad Ghaleb Jad Majd Nayef Qusai "
        "Rakan Suhail Taim Aseel Bayan Dalal Haneen Lujain Manar Rima Sawsan Tala Wafa "
        "Yasmeen",
        "Nassar Azar Sabbagh Tannous Bitar Karam Hajjar Barakat Shalhoub Zahran Obeidat "
        "Majali Haddadin Bishara Atallah Daher Frangieh Sayegh Abboud Aoun Chamoun Fakhoury "
        "Ghanem Hobeika Jabbour Kanaan Maalouf Moussallem Nahas Rizk Saade Salameh Sfeir "
        "Skaff Tabet Yammine Zoghbi Khasawneh Rawashdeh Tarawneh Zoubi Batayneh Dajani "
        "Husseini Nusseibeh Shaheen Qudah", 'w'),
    'maghreb': ("Meriem Younes Idriss Anouar Abdelkader Mourad Lotfi Houda Siham Widad Nawal Rachid "
        "Ilyas Sanae Ghizlane Hafsa Achraf Adil Aymane Brahim Chakib Driss Hicham Jamal "
        "Lahcen Mustapha Othmane Redouane Tarik Zakaria Asmae Btissam Fatiha Hanane Kawtar "
        "Loubna Naima Ouafae Salima Souad Yousra Zohra Wiam",
        "Tahiri Boukhari Ouazzani Belkacem Mejri Trabelsi Jaziri Dridi Bouzid Aouad Bakkali "
        "Benkirane Bouhlal Cherkaoui Daoudi Fassi-Fihri Guessous Hajji Jebli Kabbaj Lamrani "
        "Mernissi Naciri Ouahbi Raji Sebti Slaoui Tounsi Zniber Ghannem Ayari Khemiri Jlassi "
        "Hammami Sfaxi Zouari Chaabane Baccouche", 'w'),
    'persian': ("Farhad Siavash Babak Mehrdad Golnaz Roya Yasaman Ladan Bahar Kaveh Omid Ramin Afshin "
        "Bijan Ehsan Faramarz Hooman Jamshid Keyvan Mani Nima Payam Pouya Saman Shahab Sohrab "
        "Vahid Arezoo Azadeh Behnaz Donya Elaheh Farnaz Forough Haleh Mahtab Mojgan Parastoo "
        "Sepideh Shabnam Taraneh Ziba",
        "Ahmadzadeh Sadeghi Kazemi Shirazi Esfandiari Ghorbani Bahrami Parvizi Nikpour "
        "Sharifi Golshiri Abedini Bagheri Dehghan Eslami Farzaneh Ghaffari Haghighi Jalali "
        "Kamali Khosravi Mahmoudi Nadimi Najafi Pakzad Rafiei Rezaei Safavi Salehi Tabatabaei "
        "Vaziri Yazdani Zamani Zarei Asgari Firouzabadi", 'w'),
    'in_north': ("Anirudh Devansh Sanjay Sakshi Mansi Aakash Ankur Chirag Dhruv Gaurang Hemant Jatin "
        "Lalit Mohit Naveen Parth Ravindra Tarun Uday Vaibhav Yogesh Aastha Chhavi Garima "
        "Jyoti Komal Megha Nidhi Payal Rachna Shalini Tripti Vandana",
        "Srivastava Chaturvedi Tiwari Mishra Bhatnagar Khanna Mehra Dubey Rastogi Bansal "
        "Goyal Mittal Rathore Awasthi Bajpai Dwivedi Garg Jindal Kashyap Mathur Nigam Ojha "
        "Purohit Sahni Singhal Tandon Upadhyay Vashisht Bhardwaj Dixit Khurana Sethi Tyagi "
        "Wadhwa Ahuja Kohli", 'w'),
    'in_south': ("Srinivas Ramesh Meenakshi Padmini Karthika Harish Murali Balaji Senthil Vignesh "
        "Sowmya Revathi Prakash Gayathri Raghu Aravind Dinesh Ganesh Jayakumar Kannan "
        "Madhavan Pradeep Raghavendra Sathish Thirumalai Vasanth Yuvaraj Anitha Bhuvana Deepa "
        "Hemalatha Indira Janaki Kalpana Malathi Pavithra Ranjani Shanthi Uma Vani",
        "Iyengar Venkataraman Ramaswamy Nambiar Kurup Gowda Chettiar Balasubramaniam Sundaram "
        "Natarajan Annamalai Chandrasekaran Gopalakrishnan Jayaraman Kandasamy Krishnamurthy "
        "Muthusamy Narayanan Palaniswamy Rangarajan Seshadri Thangavel Velayudhan "
        "Vaidyanathan Panicker Shenoy Pai Acharya Murthy Prabhu Nayak", 'w'),
    'pak': ("Fawad Asad Shahid Junaid Sana Mahnoor Saima Waqas Kashif Amna Adeel Sidra Atif "
        "Ehtisham Faraz Ghulam Haris Irfan Jawad Mubashir Nauman Rizwan Salman Tahir Yasir "
        "Zeeshan Aqsa Bushra Fiza Iqra Javeria Kiran Nimra Rimsha Samina Tahira Uzma",
        "Butt Gondal Jutt Mirza Cheema Warraich Khokhar Afridi Bajwa Chattha Dogar Ghuman "
        "Hashmi Janjua Kiyani Leghari Mazari Paracha Qadri Tarar Virk Zaidi Bokhari Gilani "
        "Khattak Marwat Orakzai Wattoo", 'w'),
    'bd': ("Shafiq Sabina Anisur Habibur Tasnim Rubina Mehedi Arifa Sumaiya Touhid Asif Belal "
        "Delwar Emon Fahim Golam Jahid Kamrul Litu Mamun Nazmul Rakib Sajib Shamim Tariqul "
        "Ziaur Afsana Dilruba Fahmida Jannatul Lipi Moushumi Popy Rehana Shahnaz Sultana "
        "Taslima",
        "Uddin Sarkar Mridha Khandaker Miah Haque Sikder Akand Biswas Bepari Howlader Mollah "
        "Munshi Patwary Pramanik Shikder Siddique Dewan Bhuyan Mazumder Laskar Hawlader", 'w'),
    'yoruba': ("Ayodele Yetunde Damilola Kehinde Taiwo Funmilayo Abiodun Segun Tolulope Morenike "
        "Akintunde Ayokunle Babatunde Bolaji Dapo Gbenga Ibukun Jide Kayode Lanre Niyi "
        "Olusegun Rotimi Seun Tunji Wale Yemi Adunni Bisola Dupe Eniola Ifeoluwa Jumoke "
        "Modupe Omolara Remi Simisola Titilayo Wuraola",
        "Olawale Adeleke Akinola Ogundipe Adebisi Oladipo Akinwande Ogunbiyi Adewale Adegoke "
        "Adekunle Adesanya Adetola Ajayi Akande Akinyemi Alabi Fagbemi Fakorede Ilori "
        "Kolawole Ogunlesi Ojo Okunola Oladele Olaniyan Olatunji Onabanjo Oyebanji Oyinlola "
        "Popoola Sowemimo", 'w'),
    'igbo': ("Chukwuemeka Ifeoma Ebuka Somtochukwu Chinonso Amarachi Chibuike Chigozie Chimaobi "
        "Dubem Ekene Izuchukwu Kosisochukwu Nkem Obiageli Onyinye Oluchi Ozioma Ugochi Uju "
        "Chinwe Nneka Ogechi Adanna Akunna Ebere",
        "Igwe Onwuka Ezeani Uzoma Agbo Akubueze Anozie Chikwe Ekwueme Ezenwa Iheanacho "
        "Iwuchukwu Mbah Nnadi Nwafor Nwoye Obasi Odoh Ofoegbu Okpara Onyeama Udeh Ugochukwu "
        "Umeh Uwakwe Ndukwe Nwaneri", 'w'),
    'hausa': ("Sani Halima Musa Hauwa Nafisa Umar Adamu Auwal Habibu Jamilu Mahmud Nasiru Rabiu "
        "Salisu Tijjani Zubairu Bilkisu Hafsat Jamila Rakiya Sadiya Ummi Zulaihat",
        "Abdullahi Shehu Dikko Gwarzo Tukur Maitama Sule Kabiru Bala Baffa Danladi Gambo "
        "Gumel Inuwa Jibrin Kurfi Lamido Nuhu Rimi Sambo Tanko Umaru Wali Zango Dambatta "
        "Doguwa", 'w'),
    'kenya': ("Atieno Jepkosgei Kibet Adhiambo Awino Cherono Chepkoech Gathoni Jelagat Kagwiria "
        "Kerubo Moraa Muthoni Nafula Nekesa Wangui Cheruiyot Gitau Kiprop Langat Maina Mugo "
        "Munene Ngugi Njenga Nyaga Odera Ouma Wanyama",
        "Ochieng Kiplagat Mutiso Koech Rotich Kimani Macharia Chelimo Gachanja Gathogo Kagwe "
        "Kamotho Kinyua Kiprotich Kirui Mbugua Muchiri Mwaura Ndegwa Njuguna Nyamweya Obuya "
        "Ogola Okoth Oloo Ongeri Owino Wachira Waweru", 'w'),
    'ghana': ("Afua Yaa Akua Efia Kukua Maame Akwasi Ekow Kobby Kwaku Kwadwo Nii Yao Selasi Elikem "
        "Dzifa Edem Mawuli Senyo Korkor Naa",
        "Osei Amponsah Addo Tetteh Quaye Frimpong Antwi Adjei Agyei Ansah Badu Bonsu Danquah "
        "Gyamfi Kuffour Lamptey Nkansah Nyarko Obeng Opoku Oppong Sarpong Twumasi Yeboah "
        "Ampofo Baidoo Dankwa Kyei Larbi Nortey Sackey Okine", 'w'),
    'ethiopia': ("Mekdes Yohannes Liya Kidist Henok Birtukan Abel Amanuel Bereket Biniam Ephrem Eyob "
        "Fitsum Getachew Kaleb Mulugeta Natnael Robel Yared Abeba Almaz Eden Feven Genet Hana "
        "Rahel Saba Senait Tsion Yerusalem Zewditu",
        "Tadesse Gebremedhin Woldemariam Mengistu Asfaw Tsegaye Desta Gebreyes Abera Assefa "
        "Ayele Berhane Demissie Eshetu Fikre Gebru Hailu Lemma Mekonnen Negash Shiferaw Tekle "
        "Teshome Wondimu Worku Yilma Zewde Tafesse Getahun Amare Belay", 'w'),
    'filipino': ("Mariel Rhea Jomar Rogelio Liza Jhoanna Ronaldo Marites Analyn Jaypee Jojo Lito Nonoy "
        "Wilfredo Ariel Jesusa Maricar Perla Rosalinda Ligaya Luzviminda Leonila Divina "
        "Kristine Jaymee Rommel Efren Arnulfo Dante Teodoro",
        "Dimaculangan Sison Tolentino Manalo Lacson Dizon Navarrete Evangelista Agbayani "
        "Alcantara Baluyot Buenaventura Catacutan Dagohoy Espiritu Galang Gatchalian Ilagan "
        "Labrador Lumbao Macapagal Malonzo Mangubat Ocampo Panganiban Quiambao Sumulong "
        "Tanjuatco Villareal", 'w'),
    'indonesia': ("Eko Fitri Ratna Indah Hendra Yudhi Joko Sinta Adi Arief Bayu Dimas Fajar Galih Hadi "
        "Irwan Lukman Made Nyoman Ketut Wayan Taufik Teguh Yanti Anggun Citra Dian Endah "
        "Lestari Mega Novi Rini Sekar Tuti",
        "Saputra Nugroho Siregar Simanjuntak Lubis Hutapea Purnomo Wibowo Sitompul Harahap "
        "Nasution Pardede Panjaitan Sembiring Ginting Tarigan Manurung Situmorang Hasibuan "
        "Sulistyo Susanto Prasetyo Kurniawati Rahayu Suryadi Wirawan Halim Tanoto Widjaja "
        "Sugiharto", 'w'),
    'viet': ("Tâm Sơn Vy Bình Cường Dũng Giang Hiếu Kiên Lộc Nga Nhân Quân Tín Trinh Uyên Hằng Lực "
        "Thịnh Tuyết",
        "Trương Đinh Lương Tạ Lâm Diệp Doãn Hà Hồ Kiều Lại Mạc Quách Tôn Thái Triệu Vương Ông "
        "Âu Khúc Tống Nghiêm Phùng Thân", 'vn'),
    'thai': ("Niran Kanya Prasert Wichai Supaporn Nattapong Wanida Apichart Boonsong Chalerm "
        "Chanchai Ekkachai Jirayu Kamol Manop Panya Rungroj Wattana Anchalee Busaba Chanida "
        "Duangjai Jintana Lamai Malee Napat Orathai Patcharee Ratana Sunisa Tippawan Yupin",
        "Suwannarat Phromphan Saelim Chantarasiri Kaewkamol Thongdee Sangthong Boonyaratana "
        "Charoenkul Intharasuk Jaidee Khamwong Limsakul Meechai Nakprasit Pattanapong "
        "Ratanaporn Sirichai Sombat Srisawat Tangsiri Thammasak Udomsak Wattanakul Yodkham "
        "Panyawong", 'w'),
    'chinese': ("Jiahui Shufen Guoqiang Jianhua Lihua Chunyan Wenjie Haoyu Yutong Kaixin Jingyi "
        "Tianyu Chenxi Dongmei Fangfang Guilan Hongmei Huiying Jialin Junjie Lanying Meiling "
        "Qiang Ruolan Shiyu Siyuan Wenbo Xiaodong Xiuying Yanhong Yifan Yongmei Yunfei Zetian "
        "Zhenyu Zhiqiang Zixuan Mingzhe Shuang",
        "Gao Zheng Xie Xiao Yuan Dai Fan Meng Qin Shen Yin Zeng Cai Kong Lei Qiu Tao Xue Hou "
        "Duan Bai Fu Gu", 's'),
    'sg_chinese': ("",
        "", 's'),
    'korean': ("Ji-woo Tae-hyun Seung-woo Hye-won Jun-seo Yeong-su Chae-won Da-eun Hae-in In-ho "
        "Jae-hyuk Ji-an Mi-rae Na-yeon Seol-hee Si-woo Won-bin Yu-na Dae-ho Hyun-jin "
        "Jin-young Kwang-min Soo-ah",
        "Chun Ku Kwak Seol Suh Tak Yook Bang Jegal Namgung Seonwoo Dokgo Hwangbo Sagong Bong "
        "Cheon Yeom Myung Ban Seok Ki Mun Pyeon Ham", 's'),
    'japanese': ("Sora Yuto Takeshi Naoko Emi Akane Chihiro Hikari Itsuki Junpei Kazuki Kotone Masaki "
        "Minato Nozomi Reina Sayaka Shiori Souta Tomoya Wakana Yosuke Yuzuki Hayato Kanon",
        "Kato Ikeda Hashimoto Ogawa Okada Aoki Endo Fujiwara Goto Hasegawa Ishii Iwasaki "
        "Kondo Maeda Maruyama Miura Murakami Nishimura Nomura Ota Sakai Sakamoto Sugiyama "
        "Takagi Takeuchi Ueda Yamaguchi Yamazaki Yokoyama Kikuchi Kudo Nagai Noguchi Otsuka "
        "Shibata", 'w'),
    'mexican': ("Jesús Valeria Leonardo Héctor Ulises Rogelio Abigail Alondra Brenda Yolanda Dulce "
        "Itzayana Yaretzi Xóchitl Nayeli Guillermo Efraín Gerardo Moisés Rigoberto Saúl Tadeo "
        "Aurelio Baltazar Eréndira",
        "González Ramírez Morales Jiménez Olvera Cuevas Bañuelos Sandoval Alvarado Barragán "
        "Esquivel Galindo Juárez Macías Nava Orozco Padilla Rangel Tovar Valdez Zavala "
        "Arreola Huerta Trejo Vega Yáñez", 'w'),
    'colombian': ("Camilo Natalia Sebastián Daniela Mauricio Yesenia Wilson Jhon_Jairo Alirio Bairon "
        "Duván Esneider Fabián Hernán Jhonatan Yeison Libardo Wilmar Yurani Leidy Paola "
        "Viviana Yuliana Dayana Nataly Johana",
        "Ospina Restrepo Arango Cardona Londoño Zapata Gaviria Betancur Jaramillo Giraldo "
        "Agudelo Bedoya Cadavid Duque Henao Isaza Mejía Osorio Pineda Rendón Tobón Vélez "
        "Zuluaga Alzate Castaño Muñetón Patiño Tamayo", 'w'),
    'chilean': ("Francisca Constanza Javiera Cristóbal Antonia Bastián Trinidad Amparo Renato "
        "Maximiliano Alonso Ignacia Pía Macarena Clemente Gaspar",
        "Tapia Alarcón Bravo Cifuentes Donoso Errázuriz Fuenzalida Guajardo Jara Maturana "
        "Orellana Pizarro Quiroga Riquelme Saavedra Toro Ulloa Valdés Zamorano Aravena Bustos "
        "Campos Faúndez Leiva Montecinos Poblete Sanhueza Vergara", 'w'),
    'argentine': ("Agustina Lautaro Nicolás Micaela Julieta Benicio Ciro Fausto Gael Lisandro Luciano "
        "Santino Valentino Candela Delfina Jazmín Morena",
        "Fernández Sosa Acosta Suárez Giménez Pereyra Ledesma Ferreyra Aráoz Bustamante "
        "Escudero Funes Godoy Luna Ojeda Vallejos Zárate Coronel Bazán", 'w'),
    'brazilian': ("Luana Guilherme Bruna Anderson Diogo Everton Felipe Fabrício Jefferson Kleber "
        "Marcelo Murilo Renan Daiane Eduarda Fabiana Jéssica Kátia Luciana Mariana Priscila "
        "Raquel Simone Vanessa",
        "Lima Andrade Batista Bezerra Dias Farias Freitas Gomes Machado Medeiros Peixoto "
        "Ramos Sales Siqueira Vieira", 'w'),
    'czech': ("Petr Zdeněk Aleš Bohumil Čeněk Dalibor Jaromír Jaroslav Kamil Libor Luboš Miloslav "
        "Přemysl Radim Stanislav Vítězslav Blanka Dagmar Ivana Jarmila Kristýna Ludmila "
        "Michaela Radka Šárka Věra Alžběta Bohdana",
        "Horák Němec Pokorný Pospíšil Hájek Jelínek Růžička Beneš Bláha Doležal Fiala Holub "
        "Kolář Kratochvíl Kříž Mareš Matoušek Musil Navrátil Polák Říha Sedláček Šimek Skála "
        "Šťastný Urban Vacek Vlček Zeman Štěpánek Kopecký Bartoš Čermák Hruška", 'w'),
    'romanian': ("Cristina Răzvan Adriana Cătălina Vlad Anca Camelia Dorina Lavinia Mădălina Roxana "
        "Simona Aurel Cezar Costin Dorin Emil Horia Liviu Marian Nicușor Ovidiu Petru Silviu "
        "Traian Viorel Marius",
        "Gheorghiu Lupu Tănase Bălan Ardeleanu Avram Barbu Cojocaru Crăciun Diaconu Dragomir "
        "Enache Florea Georgescu Iordache Manole Mihăilescu Neagu Nistor Oprea Pavel Preda "
        "Sârbu Tudose Ursu Voicu Zamfir Grigore Matei", 'w'),
    'hungarian': ("Gábor Eszter Balázs Katalin Tamás Dóra Ádám Zoltán Anikó Csilla Emese Enikő Gyöngyi "
        "Judit Krisztina Noémi Orsolya Piroska Szilvia Tünde Viktória Attila Barnabás Dániel "
        "Ferenc Gergely Imre Károly Lajos Miklós Sándor Tibor Zsolt",
        "Horváth Varga Kiss Molnár Németh Takács Juhász Lakatos Mészáros Bakó Bíró Csizmadia "
        "Deák Fehér Fekete Gulyás Hegedűs Jakab Kelemen Kocsis Lengyel Magyar Pásztor Rácz "
        "Sipos Somogyi Szűcs Török Vadász Vincze Zsigmond Halász Kardos", 'w'),
    'ukrainian': ("Oleksandr Kateryna Yuliia Dmytro Andrii Vasyl Nataliia Anastasiia Daryna Khrystyna "
        "Liudmyla Mariana Olha Oleksandra Solomiia Sofiia Svitlana Tetiana Viktoriia Zoriana "
        "Artem Denys Ihor Maksym Mykhailo Oleh Petro Serhii Stepan Volodymyr Yurii",
        "Kravchenko Oliinyk Shevchuk Boyko Kovalchuk Marchenko Rudenko Moroz Bilyk Danylyuk "
        "Fedorchuk Honcharenko Ivanchenko Karpenko Klymenko Kuzmenko Lytvynenko Nazarenko "
        "Ostapenko Pavlenko Romanyuk Semenko Sydorenko Tymoshchuk Vasylenko Yakovenko "
        "Zinchenko Levchenko Hnatyuk Prokopenko", 'w'),
    'greek': ("Konstantinos Katerina Yannis Vasiliki Christos Athina Chrysa Dimitra Evangelia "
        "Fotini Kalliopi Lambrini Magdalini Paraskevi Theodora Zoe Apostolos Charalampos "
        "Evangelos Filippos Ilias Kyriakos Leonidas Michalis Panos Spyros Thanasis Vangelis "
        "Sotiris",
        "Oikonomou Papanikolaou Dimitriou Antoniou Makris Konstantinidis Stavrou Anagnostou "
        "Angelopoulos Athanasiou Chatzidakis Daskalakis Economides Fragkiadakis Galanis "
        "Kalogeropoulos Kontos Kyriakidis Lambrou Michailidis Panagiotopoulos Pappas Raptis "
        "Sarantopoulos Theodorou Triantafyllou Tsakiris Vasilakis Zervas Zografos", 'w'),
    'turkish': ("Cem Aslı Çağla Alper Batuhan Bora Cenk Egemen Ferhat Gürkan İlker Koray Onur Sarp "
        "Ufuk Yiğit Ayşegül Berrak Dilara Hande Şebnem",
        "Altıntaş Başaran Durmaz Eker Gündoğdu Karakuş Mutlu Oral Yüksel Zengin Bayram Gürbüz "
        "Kahraman Sezer Tuncer Yalçın", 'w'),
    'zulu': ("Bheki Dumisani Jabulani Khanyisile Phindile Senzo Vusi Zodwa Gugu Masego Naledi "
        "Thato Dineo",
        "Buthelezi Masondo Zungu Gumede Hadebe Langa Madlala Majola Mbatha Mchunu Msimang "
        "Myeni Ndaba Nhlapo Shezi Zwane Mofokeng Motaung Nkoana Phiri Sekgobela Letsoalo "
        "Moloi", 'w'),
    'malay': ("Siti_Aminah Syafiqah Danial Fakhrul Iskandar Khairul Luqman Nazri Rashidi Syahmi "
        "Balqis Fatin Hani Izzati Nadhirah Nur_Hidayah Rosnah Puteri Salmiah Norhayati",
        "Hashim Kassim Salleh Ariffin Baharuddin Jaafar Kamaruddin Mokhtar Rosli Shamsudin "
        "Sulaiman Talib Yaacob Zainal Hussin Ramli Ghazali Harun Latif", 'w'),
    'spanish': ("Iñaki Jordi Núria Pau Roser Sergi Xoán Uxía Iria Brais Anxo Maialen",
        "Aguirrezabala Zubizarreta Olabarria Vilanova Casals Roig Sala Camps Riera Llopis "
        "Castells Otero Piñeiro Carballo Varela Souto Rial Seoane", 'w'),
    'italian': ("Tancredi Ippolita Filiberto Santino Concetta Gaetano Calogero Carmela Nunzia "
        "Annunziata Donatella Ercole Fiorella Gualtiero Livia Pasquale Sabatino Teodoro",
        "Abbate Amodio Bonanno Cacciatore Calabrese Capuano D'Agostino Impellizzeri Minervini "
        "Nicosia Parisi Quattrocchi Randazzo Sanfilippo Scuderi Tedesco Zappalà Spadaro "
        "Licata Cusumano Giordano", 'w'),
    'swedish': ("Hjalmar",
        "Granqvist Åberg Sundberg Norling", 'w'),
    'finnish': ("Eelis Ilmari Sulo Lumi Oona Senja Tyyne",
        "Heikkilä Lahtinen Tuominen", 'w'),
}
FEMALE_RAW = ("Blanka Dagmar Ivana Jarmila Kristýna Ludmila Michaela Radka Šárka Věra Alžběta "
              "Bohdana Chrysa Dimitra Evangelia Fotini Kalliopi Lambrini Magdalini Paraskevi "
              "Theodora Zoe Katerina Vasiliki Athina Siti_Aminah Syafiqah Balqis Fatin Hani "
              "Izzati Nadhirah Nur_Hidayah Rosnah Puteri Salmiah Norhayati")
VN_MIDDLE_RAW = ("Quốc Gia")
CITIES_RAW = {
    'IN': "Tirunelveli Thanjavur Kozhikode Palakkad Hubballi Belagavi Davanagere Shivamogga "
          "Udupi Nellore Guntur Kurnool Rajahmundry Kakinada Jalandhar Bathinda Patiala "
          "Moradabad Bareilly Aligarh Gorakhpur Jhansi Ujjain Bilaspur Sambalpur Asansol "
          "Durgapur Dhanbad Bokaro Bhagalpur Muzaffarpur Darbhanga Jorhat Dibrugarh Silchar "
          "Aizawl Imphal Kohima Agartala Haldwani Roorkee Solan Anantnag Bhilwara Jamnagar "
          "Bhavnagar Junagadh Navsari Vapi Sangli Satara Solapur Latur Nanded Akola Amravati "
          "Jalgaon Ratnagiri Erode Tiruppur Vellore Karur Nagercoil Kannur Kollam Alappuzha "
          "Kottayam",
    'PK': "Karachi Gujranwala Islamabad Bahawalpur Sargodha Sukkur Larkana Mardan Abbottabad "
          "Mirpur_Khas Sahiwal Okara Jhelum Chiniot Dera_Ghazi_Khan Nawabshah Muzaffargarh "
          "Kasur Swabi Mingora Gilgit Skardu Turbat Gwadar",
    'BD': "Dhaka Chattogram Barishal Rangpur Mymensingh Bogura Cumilla Jashore Narayanganj "
          "Gazipur Tangail Pabna Dinajpur Noakhali Feni Kushtia Faridpur Jamalpur Sirajganj "
          "Brahmanbaria Habiganj Moulvibazar Sunamganj Patuakhali",
    'NG': "Abeokuta Ikeja Ilorin Akure Ado-Ekiti Osogbo Ogbomosho Ilesa Ijebu-Ode Sagamu "
          "Nnewi Umuahia Asaba Warri Sapele Uyo Makurdi Lafia Lokoja Minna Bida Katsina Gusau "
          "Sokoto Birnin_Kebbi Bauchi Gombe Jalingo Maiduguri Damaturu Dutse Kafanchan Oshodi "
          "Ikorodu Badagry Epe Mushin Ajah",
    'KE': "Thika Kericho Kitale Malindi Naivasha Nanyuki Embu Meru Garissa Bungoma Busia "
          "Homa_Bay Migori Voi Lamu Kiambu Ruiru Kitengela Kilifi Narok Isiolo Kapsabet Iten",
    'GH': "Tema Sunyani Koforidua Obuasi Techiman Bolgatanga Nkawkaw Winneba Sekondi Tarkwa "
          "Ejisu Kasoa Aflao Keta Hohoe Dambai Nsawam Madina Dansoman Achimota Adenta Teshie "
          "Kpone",
    'ET': "Adama Jimma Dessie Debre_Markos Debre_Birhan Arba_Minch Dilla Nekemte Shashamane "
          "Harar Jijiga Axum Bishoftu Sodo Asella Woldia Gambela Semera Hosaena Ambo",
    'PH': "Makati Baguio Pasig Taguig Antipolo Caloocan Las_Piñas Marikina Parañaque "
          "Valenzuela Lapu-Lapu Mandaue Tacloban Zamboanga Iligan Butuan Dumaguete Tagbilaran "
          "Legazpi Lucena Dagupan Vigan Laoag Tuguegarao Ormoc",
    'ID': "Denpasar Malang Bogor Palembang Pekanbaru Padang Jambi Bengkulu Pontianak "
          "Banjarmasin Balikpapan Samarinda Manado Kupang Mataram Ambon Jayapura Sorong "
          "Cirebon Tasikmalaya Salatiga Magelang Kediri Jember Banyuwangi Probolinggo Tegal "
          "Purwokerto Depok Bekasi Tangerang Cimahi",
    'MY': "Kuala_Lumpur Shah_Alam Kuala_Terengganu Sungai_Petani Taiping Miri Sibu Bintulu "
          "Sandakan Tawau Klang Kajang Puchong Cyberjaya Putrajaya Batu_Pahat Muar Kluang "
          "Segamat Kulim Kangar Teluk_Intan Bentong Raub",
    'VN': "Hà_Nội Biên_Hòa Thái_Nguyên Rạch_Giá Mỹ_Tho Pleiku Tuy_Hòa Quảng_Ngãi Thủ_Dầu_Một "
          "Cà_Mau Sóc_Trăng",
    'TH': "Bangkok Chon_Buri Phitsanulok Lampang Songkhla Rayong Ayutthaya Kanchanaburi "
          "Nong_Khai Buriram Surin Mae_Sot Krabi Chumphon Lopburi Saraburi Pattani",
    'CN': "Chongqing Harbin Zhengzhou Changsha Hefei Fuzhou Nanchang Jinan Taiyuan "
          "Shijiazhuang Lanzhou Xining Yinchuan Urumqi Hohhot Nanning Guiyang Haikou Sanya "
          "Dalian Shenyang Changchun Ningbo Wenzhou Wuxi Changzhou Xuzhou Yantai Weihai "
          "Zhuhai Dongguan Foshan Shantou Guilin Luoyang Kaifeng Datong Baotou",
    'KR': "Suncheon Iksan Gunsan Hwaseong Yongin Goyang Bucheon Ansan Anyang Pyeongtaek Paju "
          "Namyangju Gimpo Siheung Gwangmyeong Geoje Tongyeong Gangnam-gu Mapo-gu Seocho-gu "
          "Jongno-gu Haeundae-gu Suseong-gu Yuseong-gu Bundang-gu",
    'JP': "Kagoshima Okayama Takamatsu Tokushima Nagasaki Oita Miyazaki Niigata Toyama Fukui "
          "Gifu Shizuoka Hamamatsu Utsunomiya Maebashi Mito Kawasaki Chiba Saitama Hachioji "
          "Nara Wakayama Himeji Kurashiki Aomori Akita Morioka Yamagata Hakodate Asahikawa "
          "Kushiro Obihiro Otaru Kitakyushu",
    'MX': "Tijuana Toluca Morelia Aguascalientes Saltillo Chihuahua Culiacán Mazatlán Durango "
          "Zacatecas Celaya Irapuato Pachuca Cuernavaca Tlaxcala Xalapa Villahermosa Campeche "
          "Chetumal Tapachula Acapulco Ensenada Mexicali Colima Tepic Uruapan Zapopan "
          "Tlaquepaque Ecatepec Naucalpan Coyoacán Iztapalapa",
    'CO': "Ibagué Villavicencio Pasto Montería Neiva Popayán Valledupar Sincelejo Tunja "
          "Riohacha Quibdó Yopal Envigado Itagüí Soacha Palmira Buenaventura Tuluá Sogamoso "
          "Rionegro Zipaquirá Chía",
    'CL': "Arica Calama Copiapó Coquimbo Ovalle Quillota Chillán Osorno Coyhaique Curicó "
          "Melipilla Talcahuano Maipú Ñuñoa Las_Condes Vitacura Quilpué",
    'AR': "Tucumán Neuquén Posadas Resistencia Formosa Catamarca Jujuy Tandil Olavarría "
          "Necochea Trelew Ushuaia Bariloche Quilmes Lanús Morón Avellaneda Tigre Luján "
          "Campana",
    'BR': "Aracaju Teresina Macapá Palmas Cuiabá Vitória Maringá Blumenau Pelotas Sorocaba "
          "Petrópolis Caruaru Petrolina Ilhéus Anápolis",
    'CZ': "Praha Jihlava Kladno Opava Frýdek-Místek Karviná Teplice Děčín Chomutov Přerov "
          "Prostějov Třebíč Kolín Písek Tábor Znojmo Kroměříž Vsetín Trutnov Cheb "
          "Karlovy_Vary Mladá_Boleslav Pardubice Ústí_nad_Labem",
    'RO': "București Craiova Galați Ploiești Brăila Arad Pitești Bacău Târgu_Mureș Baia_Mare "
          "Buzău Botoșani Râmnicu_Vâlcea Suceava Piatra_Neamț Focșani Târgu_Jiu Tulcea Reșița "
          "Bistrița Alba_Iulia Deva Hunedoara Mediaș Sighișoara Slatina Zalău Vaslui Slobozia "
          "Giurgiu Călărași",
    'HU': "Miskolc Székesfehérvár Nyíregyháza Szombathely Szolnok Tatabánya Kaposvár Érd "
          "Veszprém Békéscsaba Zalaegerszeg Sopron Eger Nagykanizsa Dunaújváros "
          "Hódmezővásárhely Cegléd Salgótarján Ózd Vác Gödöllő Esztergom Szekszárd Pápa Gyula",
    'UA': "Kyiv Vinnytsia Poltava Ivano-Frankivsk Zhytomyr Rivne Lutsk Ternopil Khmelnytskyi "
          "Cherkasy Chernihiv Sumy Kropyvnytskyi Mykolaiv Kherson Uzhhorod Mukachevo "
          "Kamianets-Podilskyi Kremenchuk Kryvyi_Rih Bila_Tserkva Brovary Irpin Drohobych "
          "Truskavets Kolomyia Berdychiv Uman Izmail Nizhyn Kovel",
    'GR': "Athens Chania Kalamata Rhodes Kavala Serres Xanthi Komotini Alexandroupoli Veria "
          "Katerini Trikala Karditsa Lamia Chalkida Tripoli Sparti Nafplio Pyrgos Agrinio "
          "Preveza Kozani Florina Kastoria Edessa Rethymno Mytilene Chios Hermoupolis Glyfada "
          "Marousi Kifisia Peristeri",
    'PL': "Gorzów_Wielkopolski Ostrołęka Sandomierz Mielec Krosno Sanok Tczew Puławy",
    'SE': "Borlänge Norrtälje Enköping Katrineholm Mjölby Alingsås Trelleborg Landskrona "
          "Hässleholm Gällivare Härnösand Sandviken Arvika",
    'FI': "Vantaa Riihimäki Ylöjärvi Kangasala Lempäälä Kirkkonummi Nurmijärvi Tuusula Sipoo "
          "Uusikaupunki Pietarsaari",
    'TR': "Kırklareli Zonguldak Çorum Erzincan Tunceli Bingöl Muş Bitlis Ağrı Iğdır Batman "
          "Siirt Osmaniye Kahramanmaraş Adıyaman Niğde Kırşehir Karaman Burdur Uşak "
          "Afyonkarahisar Bodrum",
    'ES': "Avilés Torrelavega Vitoria-Gasteiz Donostia Alcoy Orihuela Úbeda Motril Écija "
          "Plasencia Benidorm Torrevieja Gandía Sagunto",
    'IT': "Brindisi Potenza Catanzaro Ragusa Agrigento Olbia Nuoro Chieti Teramo Campobasso "
          "Benevento Avellino Latina Frosinone Rieti Terni Grosseto Pistoia Forlì Lodi Como "
          "Varese Biella Asti Imperia Bolzano Pordenone Rovigo Belluno",
    'AU': "Parramatta Bathurst Maryborough Katherine Burnie Ulverstone",
    'SG': "Tanglin Changi",
    'ZA': "Johannesburg Vanderbijlpark Boksburg Germiston Krugersdorp Tembisa Thohoyandou "
          "Musina eMalahleni Secunda Ermelo Sasolburg Khayelitsha Mamelodi Umhlanga Pinetown "
          "Chatsworth",
    'CA': "Surrey Brampton Mississauga Markham Burnaby Coquitlam Oakville Oshawa Laval "
          "Longueuil Iqaluit",
    'US': "Houston Dearborn Minneapolis Queens Paterson Stockton Anaheim Hialeah Brownsville "
          "McAllen Harlingen Pharr Abilene Killeen Yuma Mesa Chandler Tempe Greeley Ogden "
          "Nampa Cicero Skokie Schaumburg Elgin Joliet Hammond Hamtramck Lansing Flint Lowell "
          "Brockton Woonsocket Pawtucket Passaic Edison Yonkers Hempstead Flushing Kissimmee "
          "Lakeland Ocala Huntsville Greensboro Marietta",
    'GB': "Bradford Luton Slough Birmingham Oldham Croydon Wembley Ilford Southall Rochdale "
          "Bolton Wigan Preston Burnley Dewsbury Batley Keighley Rotherham Barnsley Walsall "
          "Dudley Smethwick Coventry Northampton Bedford Watford Harrow Hounslow Barking "
          "Ealing Tottenham Walthamstow Lewisham Stockport Gillingham Crawley",
}
REGIONS_RAW = {
    'IN': "Jharkhand Bihar Meghalaya Mizoram Nagaland Manipur Tripura Sikkim Chhattisgarh",
    'MX': "Jalisco Chiapas Sonora Sinaloa Michoacán Guerrero Tabasco Coahuila Tamaulipas "
          "Hidalgo",
    'BR': "Ceará Goiás Amazonas Pará Maranhão",
    'PH': "Pampanga Batangas Cavite Laguna Bulacan Pangasinan Negros_Occidental Leyte Bohol "
          "Palawan",
    'NG': "Oyo Ogun Osun Ondo Ekiti Kwara Anambra Imo Abia Edo Plateau Borno",
    'ID': "Jawa_Barat Jawa_Tengah Jawa_Timur Sumatera_Utara Sulawesi_Selatan Kalimantan_Timur",
    'MY': "Selangor Penang Perak Sabah Sarawak Kedah Kelantan Terengganu Pahang "
          "Negeri_Sembilan",
    'CN': "Sichuan Zhejiang Guangdong Hubei Hunan Fujian Jiangsu Shandong Henan Yunnan "
          "Guizhou Shaanxi Anhui Jiangxi Hebei Gansu Heilongjiang Jilin Liaoning Hainan "
          "Guangxi",
    'KR': "Gyeonggi-do Gangwon-do Jeollanam-do Gyeongsangbuk-do Chungcheongnam-do Jeju-do",
    'CO': "Cundinamarca Atlántico Caldas Risaralda Quindío Nariño Huila Tolima Meta Boyacá "
          "Cesar Sucre Chocó",
    'CL': "Biobío Araucanía Maule Ñuble Atacama Magallanes",
    'AR': "Misiones Chaco Corrientes Chubut",
    'GR': "Crete Attica Thessaly Epirus Peloponnese Cyclades",
    'RO': "Banat Maramureș Dobrogea Oltenia Bucovina",
    'PK': "Sindh Khyber_Pakhtunkhwa Balochistan",
    'ET': "Oromia Amhara Tigray Sidama",
    'KE': "Kilifi Turkana Kajiado",
}
STREETS_RAW = {
    'IN': "Gandhi_Bazaar Lajpat_Marg Avinashi_Road Sarjapur_Road Thiruvalluvar_Salai "
          "Kamarajar_Salai Tilak_Road Laxmi_Road Senapati_Bapat_Marg Rajpur_Road "
          "Rashbehari_Avenue Gariahat_Road",
    'PK': "Jinnah_Avenue Shahrah-e-Faisal Jail_Road Ferozepur_Road Zamzama_Boulevard "
          "Khayaban-e-Ittehad Murree_Road Saddar_Road",
    'BD': "Satmasjid_Road Gulshan_Avenue Elephant_Road Zindabazar_Road",
    'NG': "Ogui_Road Aba_Road Toyin_Street Obafemi_Awolowo_Way Zik_Avenue Okpara_Avenue "
          "Murtala_Mohammed_Way Ikot_Ekpene_Road",
    'KE': "Kenyatta_Avenue Waiyaki_Way Oginga_Odinga_Street Tom_Mboya_Street "
          "Muindi_Mbingu_Street Kaunda_Street Digo_Road Nyerere_Avenue",
    'GH': "Nkrumah_Avenue Independence_Avenue Labadi_Road Akasanoma_Road Boundary_Road "
          "Harper_Road",
    'ET': "Haile_Gebrselassie_Road",
    'PH': "Ayala_Avenue Katipunan_Avenue Osmeña_Boulevard J.P._Laurel_Avenue "
          "Aguinaldo_Highway Paseo_de_Roxas Ortigas_Avenue Timog_Avenue Gorordo_Avenue "
          "Jones_Avenue Lacson_Street Quirino_Highway",
    'ID': "Jl._Diponegoro Jl._Sudirman Jl._Pemuda Jl._Asia_Afrika Jl._Thamrin Jl._Pahlawan "
          "Jl._Veteran Jl._Merdeka Jl._Ahmad_Yani Jl._Slamet_Riyadi Jl._Dago Jl._Kaliurang "
          "Jl._Raya_Kuta Jl._Teuku_Umar",
    'MY': "Jalan_Ampang Jalan_Gasing Jalan_Dato_Keramat Persiaran_Gurney "
          "Jalan_Sultan_Yahya_Petra Jalan_Tun_Sambanthan Jalan_Bangsar",
    'VN': "Điện_Biên_Phủ Cách_Mạng_Tháng_Tám Pasteur Đồng_Khởi",
    'TH': "Rama_IV_Road Ratchadaphisek_Road Phahon_Yothin_Road Silom_Road Charoen_Krung_Road "
          "Mittraphap_Road Tha_Phae_Road Sathorn_Road",
    'CN': "Heping_Avenue Changjiang_Road Xinhua_Street Dongfeng_Road Chunxi_Road "
          "Binjiang_Avenue",
    'KR': "Teheran-ro Jungang-daero Gwangbok-ro Dongseong-ro Gongpyeong-ro Toegye-ro",
    'JP': "Minami-Aoyama Higashi-Ikebukuro Kita-Horie Umeda Nishiki Kitahama Sannomiya "
          "Jingumae Kichijoji-Honcho",
    'MX': "Av._Chapultepec Calle_Morelos Av._Vallarta Calzada_de_Tlalpan Av._Revolución "
          "Calle_Madero Av._Constituyentes Blvd._Kukulcán Av._Patria Calle_Allende "
          "Calzada_Independencia",
    'CO': "Carrera_43A Calle_10 Carrera_7 Calle_72 Carrera_15 Calle_85 Avenida_Boyacá "
          "Avenida_Caracas Calle_53 Transversal_39 Diagonal_75 Avenida_Nutibara Carrera_70",
    'CL': "Av._Libertador_Bernardo_O'Higgins Calle_Bandera Av._Apoquindo Av._Grecia Av._Matta "
          "Calle_Huérfanos Calle_Merced Av._Alemania Calle_Prat Av._Los_Leones",
    'AR': "Bv._Oroño Av._Cabildo Av._Callao Calle_Lavalle Calle_Defensa Av._Pueyrredón "
          "Av._Hipólito_Yrigoyen",
    'BR': "Rua_Oscar_Freire Rua_da_Consolação Av._Brigadeiro_Faria_Lima Rua_Haddock_Lobo "
          "Av._Beira-Mar Av._Ipiranga Rua_Voluntários_da_Pátria",
    'CZ': "Masarykova Nádražní Husova Palackého Nerudova Vodičkova Národní_třída Sokolovská "
          "Dukelská Komenského Žižkova Jungmannova Bělehradská Korunní",
    'RO': "Strada_Memorandumului Bulevardul_Eroilor Strada_Lipscani Calea_Victoriei "
          "Strada_Horea Bulevardul_Unirii Strada_Republicii Calea_Dorobanților "
          "Strada_Avram_Iancu Bulevardul_Decebal Șoseaua_Kiseleff Strada_Doamnei "
          "Splaiul_Independenței",
    'HU': "Andrássy_út Váci_utca Rákóczi_út Kossuth_Lajos_utca Petőfi_Sándor_utca "
          "Bartók_Béla_út Üllői_út Dózsa_György_út Baross_utca Király_utca Thököly_út",
    'UA': "vul._Khreshchatyk vul._Sumska prosp._Shevchenka vul._Deribasivska "
          "vul._Velyka_Vasylkivska prosp._Svobody vul._Sahaidachnoho prosp._Peremohy "
          "vul._Kyrylivska",
    'GR': "Ermou Tsimiski Egnatia Akadimias Venizelou Panepistimiou Stadiou Patision "
          "Vasilissis_Sofias Kifisias Mitropoleos Aristotelous Agias_Sofias Dimokratias "
          "Filellinon",
    'ES': "Paseo_de_Gracia Calle_Preciados Rambla_de_Catalunya Calle_Uría Avenida_de_América "
          "Calle_Zurbano Calle_Princesa Paseo_de_la_Castellana Calle_Velázquez Rúa_do_Franco "
          "Avinguda_Diagonal",
    'IT': "Via_Sparano Via_Etnea Via_Dante Corso_Umberto_I Via_dei_Mille Viale_Europa "
          "Via_Nazionale Via_Indipendenza Via_Manzoni",
    'AU': "Lilly_Pilly_Court Casuarina_Drive Melaleuca_Crescent Acacia_Place Paperbark_Close "
          "Echidna_Court Coolabah_Street",
    'US': "Bellaire_Boulevard Alameda_Street Warren_Avenue Telegraph_Road Fannin_Street "
          "Mission_Boulevard Harwin_Drive Lawrence_Avenue Roosevelt_Avenue Kedzie_Avenue "
          "Pulaski_Road Cermak_Road Buford_Highway Bergenline_Avenue Flatbush_Avenue",
    'GB': "Soho_Road Belgrave_Road Dudley_Road Whitechapel_Road Brick_Lane Stratford_Road "
          "Ladypool_Road Wilmslow_Road Roundhay_Road Manningham_Lane Melton_Road "
          "Narborough_Road Dunstable_Road Uxbridge_Road Ilford_Lane Romford_Road "
          "Kingsbury_Road Coventry_Road",
    'ZA': "Vilakazi_Street Voortrekker_Road Beyers_Naudé_Drive Commissioner_Street "
          "Helen_Joseph_Street Lilian_Ngoyi_Street",
    'CA': "Portage_Avenue Yonge_Street Whyte_Avenue Robson_Street Commercial_Drive "
          "Dundas_Street Bloor_Street Spadina_Avenue Granville_Street Boulevard_Saint-Laurent "
          "Corydon_Avenue Barrington_Street",
    'SG': "Upper_Thomson_Road",
    'TR': "Bağdat_Caddesi Barbaros_Bulvarı Kordonboyu Cinnah_Caddesi Tunalı_Hilmi_Caddesi "
          "Fevzi_Çakmak_Caddesi İnönü_Bulvarı Halaskargazi_Caddesi Abdi_İpekçi_Caddesi",
    'SE': "Kungsgatan Västra_Hamngatan Fjällgatan Nygatan Ringvägen Tegnérgatan Vasagatan "
          "Linnégatan Järnvägsgatan Rådmansgatan",
    'FI': "Kirkkokatu Puistokatu Rautatienkatu Pohjoisesplanadi Mannerheimintie Isokatu "
          "Rantakatu Torikatu Asemakatu Kalevankatu",
    'PL': "ul._Piłsudskiego ul._Sienkiewicza ul._Kościuszki ul._Grunwaldzka ul._Słowackiego "
          "ul._Żeromskiego ul._Kopernika ul._Jagiellońska ul._Narutowicza ul._Kilińskiego "
          "ul._Reymonta",
}
BANKS_RAW = {
    'NG': "Stanbic IBTC | Wema Bank | Polaris Bank | Providus Bank",
    'KE': "KCB Bank | NCBA | I&M Bank",
    'GH': "CalBank",
    'IN': "Canara Bank | Federal Bank | IndusInd Bank | Karur Vysya Bank | Bandhan Bank",
    'PK': "Meezan Bank | Bank Alfalah | Habib Bank | Faysal Bank",
    'BD': "Dutch-Bangla Bank | Eastern Bank PLC",
    'ID': "BRI | Bank Danamon",
    'MY': "RHB Bank",
    'PH': "Metrobank | UnionBank | Landbank",
    'VN': "Techcombank | VPBank | Sacombank",
    'TH': "Krungthai Bank | Bangkok Bank",
    'MX': "Banorte | Banregio",
    'CO': "Davivienda | Bancoomeva",
    'CL': "BancoEstado | Banco BICE",
    'AR': "Banco Galicia | Banco Macro",
    'BR': "Bradesco | Banco Inter | Sicoob",
    'CZ': "Komerční banka | Fio banka",
    'RO': "BRD Groupe Société Générale | CEC Bank",
    'HU': "MBH Bank | Gránit Bank",
    'UA': "Monobank | Oschadbank | Ukrgasbank",
    'GR': "Eurobank",
    'TR': "Ziraat Bankası | Halkbank | VakıfBank",
    'JO': "Arab Bank | Housing Bank for Trade and Finance",
    'AE': "Mashreq | ADCB",
}
COUNTRIES_RAW = ("Sudan Somalia Eritrea Libya Jordan Syria Iraq Yemen Afghanistan Myanmar "
                 "Kyrgyzstan Tajikistan")
COUNTRY_OF = {}
HOSPITALS_RAW = ("Bumrungrad International | Evercare Hospital Dhaka | "
                 "Kenyatta National Hospital | Siriraj Hospital | "
                 "Shaukat Khanum Memorial Hospital | Kameda Medical Center | "
                 "Evangelismos Hospital | Gleneagles Kuala Lumpur | Makati Medical Center | "
                 "Hospital Sírio-Libanês | Manipal Hospital | Clínica Alemana | "
                 "Aga Khan University Hospital | Narayana Health | Ziauddin Hospital | "
                 "Reddington Hospital | Sunway Medical Centre | Bệnh viện Chợ Rẫy | "
                 "Ramathibodi Hospital | Fundación Valle del Lili | Hospital Moinhos de Vento | "
                 "Spitalul Colentina | Szent János Kórház | Okhmatdyt Children's Hospital | "
                 "Hygeia Hospital | Acıbadem Maslak | Memorial Şişli | "
                 "Chris Hani Baragwanath Hospital | Netcare Milpark")
COMPANIES_RAW = ("Baobab Payments Ltd | Sahel Textiles Ltd | Volta Cocoa Traders | "
                 "Cerrado Grãos Ltda. | Tequila Altamira S.A. de C.V. | Aegean Ferries S.A. | "
                 "Cafetal Quindío S.A.S. | Mekong Agritech JSC | Zagros Carpets | "
                 "Indus Cargo (Pvt) Ltd | Borobudur Digital | Duna Systems Kft. | "
                 "Zhujiang Electronics Co. | Chao Phraya Foods Co., Ltd. | "
                 "Visayas Call Solutions Inc. | Padma Garments Ltd | Kilimanjaro Couriers | "
                 "Nilgiri Tea Estates Pvt Ltd | Deccan Cloudworks | Kalahari Freightlines | "
                 "Okavango Insurance | Sundarbans Shrimp Co. | Annapurna Robotics | "
                 "Sumatra Rubber Works | Irrawaddy Timber | Tonle Sap Fisheries | "
                 "Llanos Petróleo S.A.S. | Atacama Litio SpA | Pantanal Couros Ltda. | "
                 "Šumava Glassworks s.r.o. | Banat Cereale SRL | Tisza Pharma Zrt. | "
                 "Karpaty Timber LLC | Thessaly Cotton S.A. | Zambezi Solar Ltd | "
                 "Serengeti Data Ltd | Cordillera Brew Co. | Kinabalu Agro Sdn Bhd")
AU_COMPANIES_RAW = ("Gidgee Mining Services Pty Ltd | Bilby Software Pty Ltd | "
                    "Quokka Cleaning Pty Ltd | Numbat Freight Pty Ltd | "
                    "Wollemi Architects Pty Ltd | Yabby Pond Aquaculture Pty Ltd | "
                    "Brigalow Pastoral Co Pty Ltd")
IT_COMPANIES_RAW = ("Ceramiche Torrisi S.r.l. | Trasporti Vescovi S.p.A. | "
                    "Frantoio Castelvetere S.r.l. | Salumificio Montegrappa S.r.l.")
ES_COMPANIES_RAW = ("Conservas Arousa S.A. | Frutas Guadalhorce S.L. | Cerámicas Manises S.A.")
VENDORS_RAW = ("Kuda | Paystack | Flutterwave | M-Pesa | Daraz | bKash | GCash | Kaspi | "
               "Alza.cz | eMAG | Rozetka | Skroutz | Hepsiburada | Swiggy | Zomato | Zalora | "
               "Rappi | iFood | Jumia | Trendyol | Bukalapak | Lazada | Tiki.vn | Magalu | "
               "Chaldal | Jiji | Glovo | Bolt | Careem | Talabat")
EMPLOYERS_RAW = ("Globe Telecom | Infinix | Dacia | Vinamilk | Ethio Telecom | Dangote Cement | "
                 "Cosmote | Kyivstar | Codelco | Arcor | Avast | Bitdefender | Nokian | "
                 "MOL Group | Ajinomoto | Indofood | Axiata | Viettel | FPT Software | "
                 "Freshworks | Mphasis | Systems Ltd | Walton Group | Beximco | Olam Agri")
UNIVERSITIES_RAW = ("Chulalongkorn University | Universiti Malaya | Univerzita Karlova | "
                    "Universidad de Antioquia | Makerere University | Babeș-Bolyai University | "
                    "Jadavpur University")
FREEMAIL_RAW = ("mail.ee prodigy.net.mx sina.com vivaldi.net i.ua ymail.com rocketmail.com "
                "email.cz post.cz meta.ua nate.com ezweb.ne.jp 126.com 163.com yeah.net "
                "sohu.com uol.com.ar live.cl mail.ru gmx.co.uk tuta.io disroot.org")
CORP_DOMAINS_RAW = ("lalibelacoffee.et aegeanferries.gr andescobre.cl padmagarments.com.bd "
                    "visayascalls.ph pampasoft.com.ar savannahsolar.co.ke altamira.mx "
                    "atlasargan.ma borobudur.id nilebluetel.com cerradograos.com.br "
                    "zhujiang-elec.cn cedarsfintech.lb voltacocoa.com.gh dunasys.hu "
                    "kilicouriers.co.tz induscargo.pk baobabpay.ng tanjunglogistik.my "
                    "mekongagri.vn deccancloud.in nilgiritea.in cafetalquindio.co "
                    "okavango-ins.bw mindanaopalm.ph sumatrarubber.co.id atacamalitio.cl "
                    "pantanalcouros.com.br sumava-glass.cz banatcereale.ro tiszapharma.hu "
                    "karpatytimber.ua thessalycotton.gr cappadociaseramik.com.tr "
                    "zambezisolar.co.zm serengetidata.co.tz omovalleyspices.et "
                    "cordillerabrew.ph numbatfreight.com.au wollemi-arch.com.au")
SUBDOMAIN_RAW = 'portal help app status shop billing id secure my account'
FILES_RAW = ("app.kt ingest.scala worker.ex migrate.php pipeline.groovy Makefile.am "
             "report.tex helm-values.yaml loader.cpp reconcile.R ledger.hs Procfile "
             "Vagrantfile Jenkinsfile CMakeLists.txt requirements-dev.txt alembic.ini "
             "nginx.conf serializers.py tasks.py consumer.go router.dart MainActivity.java "
             "AppDelegate.swift terraform.tfvars variables.tf ansible.cfg playbook.yml "
             "init.lua billing_test.go fixtures.json seed.rb schema.prisma values-prod.yaml "
             "kustomization.yaml queries.graphql sitemap.xml store.js checkout.vue "
             "invoice_pdf.rb payroll.xlsx roster_q3.csv export_2024.parquet")

# ---- vocabulary data: end


# ---- vocabulary: people ----------------------------------------------------------
# culture: (given names, family names, order) -- order 'w' given-first, 's' family-first,
# 'vn' family, middle, given

NAMES = {k: (words(g), words(f), o) for k, (g, f, o) in NAMES_RAW.items()}
FEMALE = set(words(FEMALE_RAW))
VN_MIDDLE = words(VN_MIDDLE_RAW)
LOCALE_ONLY = ('turkish', 'zulu', 'malay', 'spanish', 'italian', 'swedish', 'finnish', 'sg_chinese')
BROAD = [k for k in NAMES if k not in LOCALE_ONLY and len(NAMES[k][0]) >= 3 and len(NAMES[k][1]) >= 3]


def feminine(culture, fam):
    """Czech and Greek family names take a feminine form."""
    if culture == 'czech':
        if fam.endswith('ý'):
            return fam[:-1] + 'á'
        if fam.endswith('a'):
            return fam[:-1] + 'ová'
        if fam.endswith('ek'):
            return fam[:-2] + 'ková'
        if fam.endswith('ec'):
            return fam[:-2] + 'cová'
        return fam + 'ová'
    if culture == 'greek':
        if fam.endswith('iannis'):
            return fam[:-1]
        if fam.endswith('os') or fam.endswith('is'):
            return fam[:-2] + 'ou'
    return fam


def person(culture=None, middle=0.0):
    """A full name as it would be written, its family name and its given name."""
    c = culture or pick(BROAD)
    g, f, order = NAMES[c]
    given, fam = pick(g), pick(f)
    if given in FEMALE:
        fam = feminine(c, fam)
    if c == 'malay':
        return given + (' binti ' if given in FEMALE else ' bin ') + fam, fam, given
    if order == 's' or (c == 'hungarian' and chance(0.3)):
        return fam + ' ' + given, fam, given
    if order == 'vn':
        mid = pick(VN_MIDDLE or [x for x in g if x != given])
        return fam + ' ' + mid + ' ' + given, fam, given
    if c in ('mexican', 'colombian', 'chilean') and chance(0.4):
        fam2 = pick(f)
        if fam2 != fam:
            return given + ' ' + fam + ' ' + fam2, fam, given
    if middle and chance(middle):
        return given + ' ' + pick('ABCDEFGHJKLMNOPRSTW') + '. ' + fam, fam, given
    return given + ' ' + fam, fam, given


def name(culture=None, middle=0.0):
    return person(culture, middle)[0]


def given_name(culture=None):
    return pick(NAMES[culture or pick(BROAD)][0])


# ---- vocabulary: places ----------------------------------------------------------

CITIES = {cc: words(v) for cc, v in CITIES_RAW.items()}
REGIONS = {cc: words(v) for cc, v in REGIONS_RAW.items()}
STREETS = {cc: words(v) for cc, v in STREETS_RAW.items()}
COUNTRIES = words(COUNTRIES_RAW)
CULTURE_OF = {'IN': ['in_north', 'in_south'], 'PK': ['pak'], 'BD': ['bd'], 'NG': ['yoruba', 'igbo', 'hausa'],
              'KE': ['kenya'], 'GH': ['ghana'], 'ET': ['ethiopia'], 'PH': ['filipino'], 'ID': ['indonesia'],
              'MY': ['malay'], 'VN': ['viet'], 'TH': ['thai'], 'CN': ['chinese'], 'KR': ['korean'],
              'JP': ['japanese'], 'MX': ['mexican'], 'CO': ['colombian'], 'CL': ['chilean'],
              'AR': ['argentine'], 'BR': ['brazilian'], 'CZ': ['czech'], 'RO': ['romanian'],
              'HU': ['hungarian'], 'UA': ['ukrainian'], 'GR': ['greek']}
ABROAD = [cc for cc in CULTURE_OF if len(CITIES.get(cc, [])) >= 3 and len(STREETS.get(cc, [])) >= 2]


def city(cc=None):
    return pick(CITIES[cc or pick(ABROAD)])


def region(cc):
    return pick(REGIONS[cc])


def local(cc):
    """A person whose name fits a country, when the country has a name pool."""
    return person(pick(CULTURE_OF[cc])) if cc in CULTURE_OF else person()


def street(cc):
    """One street-address line in local style (number before or after the name)."""
    s = pick(STREETS[cc])
    n = str(R.randint(2, 240))
    if cc in ('US', 'GB', 'AU', 'ZA', 'CA', 'NG', 'KE', 'GH', 'IN', 'PK', 'PH'):
        if cc in ('US', 'CA'):
            n = str(R.randint(100, 9899))
        return n + ' ' + s
    if cc == 'ID':
        return s + ' No. ' + n
    if cc == 'MY':
        return 'No. ' + n + ' ' + s
    if cc == 'SG':
        return 'Blk ' + n + ' ' + s
    if cc == 'AR' or cc == 'CL' or cc == 'MX' or cc == 'BR':
        return s + ' ' + str(R.randint(100, 3999))
    if cc == 'CO':
        return s + ' # ' + str(R.randint(10, 99)) + '-' + str(R.randint(10, 99))
    return s + ' ' + n


def address(cc, with_region=False, with_country=False):
    """Labelled parts of an address, one LOCATION span per comma-separated part."""
    parts = [L(street(cc)), ', ', L(city(cc))]
    if with_region and cc == 'US':
        parts += [', ', L(pick(US_STATES))]
    elif with_region and cc == 'AU':
        parts += [', ', L(pick(AU_STATES))]
    elif with_region and cc == 'CA':
        parts += [', ', L(pick(CA_PROV))]
    if with_country and cc in COUNTRY:
        parts += [', ', L(COUNTRY[cc].replace('the ', ''))]
    return parts


def address(cc, with_region=False, with_country=False):
    """Labelled parts of an address, one LOCATION span per comma-separated part."""
    parts = [L(street(cc)), ', ', L(city(cc))]
    if with_region and REGIONS.get(cc):
        parts += [', ', L(region(cc))]
    if with_country and cc in COUNTRY_OF:
        parts += [', ', L(COUNTRY_OF[cc])]
    return parts


# ---- vocabulary: organisations, domains, files, groups ---------------------------

def items(s):
    return [x.strip() for x in s.split('|') if x.strip()]


BANKS = {cc: items(v) for cc, v in BANKS_RAW.items()}
HOSPITALS = items(HOSPITALS_RAW)
COMPANIES = items(COMPANIES_RAW)
AU_COMPANIES = items(AU_COMPANIES_RAW)
IT_COMPANIES = items(IT_COMPANIES_RAW)
ES_COMPANIES = items(ES_COMPANIES_RAW)
VENDORS = items(VENDORS_RAW)
EMPLOYERS = COMPANIES + items(EMPLOYERS_RAW)
UNIVERSITIES = items(UNIVERSITIES_RAW)
FREEMAIL = words(FREEMAIL_RAW)
CORP_DOMAINS = words(CORP_DOMAINS_RAW)
WEB_DOMAINS = CORP_DOMAINS + [sub + '.' + d for sub, d in zip(words(SUBDOMAIN_RAW), CORP_DOMAINS[::3])]
FILES = FILES_RAW.split()


def bank(cc=None):
    return pick(BANKS[cc or pick(list(BANKS))])


PATHS = ['/login', '/account/security', '/invoices/{n}', '/track/{n}', '/careers/apply', '/verify?code={t}',
         '/support/case/{n}', '/u/{t}', '/files/{n}/download', '/onboarding/step-2', '/pay?ref={t}']


def token(n=10):
    return ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def url(domain=None, scheme=None, path=True):
    d = domain or pick(WEB_DOMAINS)
    if scheme is None:
        scheme = pick(['https://', 'https://', 'https://', 'http://', '', 'https://www.'])
    if scheme == '' and not d.startswith('www.') and d.count('.') == 1 and chance(0.5):
        d = 'www.' + d
    p = pick(PATHS).format(n=R.randint(1000, 999999), t=token(R.randint(6, 12))) if path else ''
    return scheme + d + p


def fold(s):
    """ASCII local-part from a name."""
    import unicodedata
    s = s.translate(str.maketrans({'ı': 'i', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ø': 'o'}))
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if ch.isascii()).lower()


def email(full=None, fam=None, given=None, domain=None):
    """An address derived from a person's name, in one of several shapes."""
    if full is None:
        full, fam, given = person()
    g = fold(given).replace(' ', '').replace("'", '')
    f = fold(fam).replace(' ', '').replace("'", '').replace('-', '')
    d = domain or pick(FREEMAIL + CORP_DOMAINS)
    shape = R.randint(0, 6)
    if shape == 0:
        lp = g + '.' + f
    elif shape == 1:
        lp = g[0] + f
    elif shape == 2:
        lp = g + '_' + f + str(R.randint(10, 99))
    elif shape == 3:
        lp = f + '.' + g[0]
    elif shape == 4:
        lp = g + '.' + f + '+' + pick(['hr', 'bank', 'kyc', 'shop', 'travel'])
    elif shape == 5:
        lp = f + str(R.randint(1970, 2004))
    else:
        lp = g.replace('-', '') + f[:3]
    return lp + '@' + d


NATIONALITIES = words('Nigerian Ghanaian Kenyan Ethiopian Filipino Vietnamese Thai Indonesian Malaysian '
                      'Mexican Colombian Chilean Argentine Czech Romanian Hungarian Ukrainian Greek '
                      'Moroccan Lebanese Iranian Bangladeshi Jordanian Tunisian')
RELIGIONS = words('Muslim Sikh Buddhist Coptic Baha\'i Shia Sunni Evangelical Anglican Methodist '
                  'Zoroastrian Greek_Orthodox Pentecostal Taoist')
POLITICS = words('Republican Labour_Party Social_Democrat Green_Party Liberal_Democrat conservative socialist')


# ---- identifiers -----------------------------------------------------------------

def grp(s, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def card_value(kind=None, sep=None):
    """A Luhn-valid card number in a brand's usual grouping."""
    kind = kind or pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners',
                         'unionpay', 'rupay', 'mir', 'unionpay19'])
    if kind == 'unionpay':
        d = C.luhn_complete('62' + str(R.randint(12, 88)) + digits(11))
    elif kind == 'unionpay19':
        d = C.luhn_complete('62' + str(R.randint(12, 88)) + digits(14))
    elif kind == 'rupay':
        d = C.luhn_complete(pick(['60', '65', '81', '82']) + digits(13))
    elif kind == 'mir':
        d = C.luhn_complete('220' + str(R.randint(0, 4)) + digits(11))
    else:
        d = C.card(R, kind)
    sep = pick([' ', ' ', '-', '']) if sep is None else sep
    if len(d) == 15:
        return grp(d, [4, 6, 5], sep)
    if len(d) == 14:
        return grp(d, [4, 6, 4], sep)
    if len(d) == 19:
        return grp(d, [4, 4, 4, 4, 3], sep) if sep else d
    return grp(d, [4, 4, 4, 4], sep)


def fail_luhn(n=16):
    while True:
        d = pick('3456') + digits(n - 1)
        if not C.luhn_ok(d):
            return d


IBAN_MORE = {'RO': 'a4c16', 'HU': 'n24', 'CZ': 'n20', 'GR': 'n23', 'UA': 'n6c19', 'BR': 'n23a1c1',
             'PK': 'a4c16', 'JO': 'a4n4c18', 'LB': 'n4c20', 'TN': 'n20', 'EG': 'n25', 'IL': 'n19',
             'QA': 'a4c21', 'KW': 'a4c22', 'BG': 'a4n6c8', 'HR': 'n17', 'RS': 'n18', 'SK': 'n20',
             'LT': 'n16', 'AZ': 'a4c20', 'KZ': 'n3c13', 'CR': 'n18', 'DO': 'a4n20', 'MU': 'a4n19a3'}


def iban_value(cc=None, spaced=None):
    cc = cc or pick(list(IBAN_MORE) + ['IT', 'CH', 'AT', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'SA', 'TR'])
    if cc in C.IBAN_FMT:
        v = C.iban(R, cc)
    else:
        b = ''
        for kind, k in re.findall(r'([anc])(\d+)', IBAN_MORE[cc]):
            pool = {'a': string.ascii_uppercase, 'n': string.digits,
                    'c': string.digits * 12 + string.ascii_uppercase}[kind]
            b += ''.join(R.choice(pool) for _ in range(int(k)))
        v = cc + C.iban_check(cc, b) + b
    if spaced is None:
        spaced = chance(0.6)
    return C.group(v, 4) if spaced else v


def fail_iban(cc='DE'):
    v = iban_value(cc, spaced=False)
    bad = v[:2] + '%02d' % ((int(v[2:4]) + R.randint(1, 9)) % 97 or 1) + v[4:]
    if bad == v:
        bad = v[:2] + '%02d' % ((int(v[2:4]) + 13) % 97) + v[4:]
    return C.group(bad, 4)


def btc_value():
    return C.btc(R, pick(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'wsh', 'tr']))


def broken_b58():
    good = C.b58check(0, bytes(R.randrange(256) for _ in range(20)))
    i = R.randint(5, len(good) - 3)
    ch = pick([c for c in C.B58 if c != good[i]])
    return good[:i] + ch + good[i + 1:]


def ssn_value(fmt=None):
    a, b, c = C.ssn(R)
    fmt = fmt or pick(['-', '-', '-', ' ', ''])
    return fmt.join([a, b, c])


def itin_value():
    a, b, c = C.itin(R)
    return pick(['-', '-', ' ', '']).join([a, b, c])


NINO_BAD_PAIRS = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def nino_value():
    while True:
        a = pick('ABCEGHJKLMNOPRSTWXYZ')
        b = pick('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in NINO_BAD_PAIRS:
            break
    d = digits(6)
    suf = pick('ABCD')
    return pick([a + b + d + suf, a + b + ' ' + grp(d, [2, 2, 2]) + ' ' + suf])


def nhs_value():
    d = C.nhs(R)
    return pick([grp(d, [3, 3, 4]), grp(d, [3, 3, 4]), grp(d, [3, 3, 4], '-'), d])


def fail_mod11_10():
    """Ten digits that fail the NHS check."""
    while True:
        d = digits(10)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        c = 0 if c == 11 else c
        if (c == 10 or c != int(d[9])) and not C.luhn_ok('80840' + d):
            return d


def fail_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = str(R.randint(1, 9)) + digits(8)
        acn_ok = (10 - sum(int(a) * b for a, b in zip(d[:8], [8, 7, 6, 5, 4, 3, 2, 1])) % 10) % 10 == int(d[8])
        if sum(int(a) * b for a, b in zip(d, w)) % 11 and not C.luhn_ok(d) and not acn_ok:
            return d


def fail_aadhaar():
    while True:
        d = str(R.randint(2, 9)) + digits(11)
        if not C.verhoeff_ok(d):
            return d


def hetu_value():
    """Finnish HETU with the century signs in force since 2023 as well as '-' and 'A'."""
    y = R.randint(1940, 2019)
    sign = pick('-YXWVU' if y < 2000 else 'ABCDEF') if chance(0.35) else ('-' if y < 2000 else 'A')
    m, dd = R.randint(1, 12), R.randint(1, 28)
    n = '%03d' % R.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    return base + sign + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]


def dea_value(fam):
    """DEA registration: registrant type, first letter of the surname, six digits and a check digit."""
    d = digits(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    init = fold(fam)[:1].upper()
    if not init.isalpha():
        init = 'X'
    return pick('ABFGM') + init + d + str(s % 10)


def pan_value(fam=None, kind='P'):
    init = (fold(fam)[:1].upper() if fam else '') or pick(string.ascii_uppercase)
    return upper_letters(3) + kind + init + digits(4) + upper_letters(1)


def in_passport():
    return pick('ABCDEFGHJKLMNPRSTUVWYZ') + str(R.randint(1, 9)) + digits(5) + str(R.randint(1, 9))


def in_voter():
    return upper_letters(3) + digits(7)


def aadhaar_value():
    d = C.aadhaar(R)
    return pick([grp(d, [4, 4, 4]), grp(d, [4, 4, 4]), grp(d, [4, 4, 4], '-'), d])


def us_passport():
    return pick([digits(9), pick('ACEFGHJKLMNPRSTWXZ') + digits(8)])


US_DL = {
    'California': lambda: pick(string.ascii_uppercase) + digits(7),
    'Florida': lambda: pick(string.ascii_uppercase) + digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(3) + '-' + digits(1),
    'Illinois': lambda: pick(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4),
    'Wisconsin': lambda: pick(string.ascii_uppercase) + digits(3) + '-' + digits(4) + '-' + digits(4) + '-' + digits(2),
    'Michigan': lambda: pick(string.ascii_uppercase) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3),
    'Texas': lambda: digits(8),
    'Pennsylvania': lambda: digits(2) + ' ' + digits(3) + ' ' + digits(3),
    'New York': lambda: digits(3) + ' ' + digits(3) + ' ' + digits(3),
    'Arizona': lambda: pick('ABDY') + digits(8),
    'Maryland': lambda: pick(string.ascii_uppercase) + '-' + digits(3) + '-' + digits(3) + '-' + digits(3) + '-' + digits(3),
    'Minnesota': lambda: pick(string.ascii_uppercase) + digits(12),
    'Iowa': lambda: digits(3) + pick(string.ascii_uppercase) + pick(string.ascii_uppercase) + digits(4),
}


def kr_rrn_value():
    v = C.kr_rrn(R)
    return v[:6] + '-' + v[6:] if chance(0.75) else v


def se_value():
    return pick([C.se_pnr(R), C.se_pnr(R), C.se_pnr(R, long=True), C.se_pnr(R, long=True, sep=''),
                 C.se_pnr(R, sep='')])


def nif_value():
    v = C.nif(R)
    return pick([v, v, v[:8] + '-' + v[8]])


def nie_value():
    v = C.nie(R)
    return pick([v, v, v[0] + '-' + v[1:8] + '-' + v[8], v[:8] + '-' + v[8]])


def abn_value():
    v = C.abn(R)
    return pick([grp(v, [2, 3, 3, 3]), grp(v, [2, 3, 3, 3]), v])


def acn_value():
    v = C.acn(R)
    return pick([grp(v, [3, 3, 3]), grp(v, [3, 3, 3]), v])


def tfn_value():
    v = C.tfn(R)
    return pick([grp(v, [3, 3, 3]), grp(v, [3, 3, 3]), v])


def medicare_value():
    v = C.medicare(R)
    return pick([grp(v, [4, 5, 1]), grp(v, [4, 5, 1]), v, grp(v, [4, 5, 1], '-')])


def sin_value():
    v = C.sin(R)
    return pick([grp(v, [3, 3, 3]), grp(v, [3, 3, 3], '-'), v])


def mbi_value():
    return C.mbi(R, dash=chance(0.4))


def npi_value():
    return C.npi(R)


def bank_account():
    return digits(R.choice([8, 9, 10, 10, 11, 12, 12, 14, 16, 17]))


def mac_value():
    b = [R.randrange(256) for _ in range(6)]
    style = R.randint(0, 3)
    if style == 0:
        return ':'.join('%02x' % x for x in b)
    if style == 1:
        return ':'.join('%02X' % x for x in b)
    if style == 2:
        return '-'.join('%02X' % x for x in b)
    h = ''.join('%02x' % x for x in b)
    return h[:4] + '.' + h[4:8] + '.' + h[8:]


# ---- phones, dates, network values --------------------------------------------------

def _d(n):
    return str(R.randint(2, 9)) + digits(n - 1)


PHONES = {
    'US': lambda: pick(['(%s) %s-%s', '%s-%s-%s', '+1 %s %s %s', '+1-%s-%s-%s', '%s.%s.%s', '1 (%s) %s-%s'])
    % (_d(3), _d(3), digits(4)),
    'IN': lambda: pick(['+91 %s %s', '+91-%s-%s', '0%s %s', '+91 %s%s']) % ('9' + digits(4), digits(5)),
    'PK': lambda: pick(['+92 3%s %s', '03%s-%s', '+92-3%s-%s']) % (digits(2), digits(7)),
    'BD': lambda: pick(['+880 1%s-%s', '01%s-%s', '+8801%s%s']) % (pick('3456789') + digits(2), digits(6)),
    'NG': lambda: pick(['+234 %s %s %s', '0%s %s %s', '+234-%s-%s-%s']) % (pick(['803', '805', '806', '813', '703', '908']), digits(3), digits(4)),
    'KE': lambda: pick(['+254 7%s %s %s', '07%s %s %s', '+254-7%s-%s%s']) % (digits(2), digits(3), digits(3)),
    'GH': lambda: pick(['+233 %s %s %s', '0%s %s %s']) % (pick(['24', '54', '20', '55']), digits(3), digits(4)),
    'ET': lambda: '+251 9%s %s %s' % (digits(1), digits(3), digits(4)),
    'PH': lambda: pick(['+63 9%s %s %s', '09%s %s %s', '+63-9%s-%s-%s']) % (digits(2), digits(3), digits(4)),
    'ID': lambda: pick(['+62 8%s-%s-%s', '08%s-%s-%s', '+62 8%s %s %s']) % (digits(2), digits(4), digits(4)),
    'MY': lambda: pick(['+60 1%s-%s %s', '01%s-%s %s']) % (pick('2345679'), digits(3), digits(4)),
    'VN': lambda: pick(['+84 9%s %s %s', '09%s %s %s']) % (digits(1), digits(3), digits(4)),
    'TH': lambda: pick(['+66 8%s %s %s', '08%s-%s-%s']) % (digits(1), digits(3), digits(4)),
    'CN': lambda: pick(['+86 1%s %s %s', '+86-1%s-%s-%s', '1%s %s %s']) % (pick(['38', '39', '58', '86', '77']), digits(4), digits(4)),
    'KR': lambda: pick(['+82 10-%s-%s', '010-%s-%s', '+82 2-%s-%s']) % (digits(4), digits(4)),
    'JP': lambda: pick(['+81 90-%s-%s', '090-%s-%s', '+81 3-%s-%s', '080-%s-%s']) % (digits(4), digits(4)),
    'MX': lambda: pick(['+52 55 %s %s', '+52 1 81 %s %s', '(33) %s %s', '+52 (222) %s-%s']) % (digits(4), digits(4)),
    'CO': lambda: pick(['+57 3%s %s %s', '+57 (601) %s %s', '3%s %s %s']) % (digits(2), digits(3), digits(4)) if chance(0.7) else '+57 (601) %s %s' % (digits(3), digits(4)),
    'CL': lambda: pick(['+56 9 %s %s', '+56 2 %s %s', '9 %s %s']) % (digits(4), digits(4)),
    'AR': lambda: pick(['+54 9 11 %s-%s', '+54 9 351 %s-%s', '011 %s-%s', '(0341) 15-%s-%s']) % (digits(4), digits(4)) if chance(0.7) else '+54 9 11 %s-%s' % (digits(4), digits(4)),
    'BR': lambda: pick(['+55 11 9%s-%s', '(21) 9%s-%s', '+55 (31) 9%s-%s', '+55 81 9%s %s']) % (digits(4), digits(4)),
    'CZ': lambda: pick(['+420 %s %s %s', '%s %s %s']) % ('6' + digits(2), digits(3), digits(3)),
    'RO': lambda: pick(['+40 7%s %s %s', '07%s %s %s', '+40 21 %s %s']) % (digits(2), digits(3), digits(3)) if chance(0.8) else '+40 21 %s %s' % (digits(3), digits(4)),
    'HU': lambda: pick(['+36 %s %s %s', '06 %s %s %s', '+36-%s-%s-%s']) % (pick(['20', '30', '70', '1']), digits(3), digits(4)),
    'UA': lambda: pick(['+380 %s %s %s %s', '0%s %s %s %s']) % (pick(['67', '50', '93', '97', '44']), digits(3), digits(2), digits(2)),
    'GR': lambda: pick(['+30 69%s %s %s', '69%s %s %s', '+30 21%s %s %s']) % (digits(1), digits(3), digits(4)),
    'TR': lambda: pick(['+90 5%s %s %s %s', '05%s %s %s %s', '0 (5%s) %s %s %s']) % (digits(2), digits(3), digits(2), digits(2)),
    'PL': lambda: pick(['+48 %s %s %s', '%s-%s-%s', '+48 %s-%s-%s']) % (pick('5678') + digits(2), digits(3), digits(3)),
    'SE': lambda: pick(['+46 7%s-%s %s %s', '07%s-%s %s %s', '+46 (0)7%s %s %s %s']) % (pick('0236'), digits(3), digits(2), digits(2)),
    'FI': lambda: pick(['+358 4%s %s %s', '04%s %s %s', '+358 (0)4%s %s %s']) % (pick('0145'), digits(3), digits(4)),
    'ES': lambda: pick(['+34 6%s %s %s', '6%s %s %s', '+34 9%s %s %s']) % (digits(2), digits(3), digits(3)),
    'IT': lambda: pick(['+39 3%s %s %s', '3%s %s %s', '+39 0%s %s %s']) % (digits(2), digits(3), digits(4)),
    'AU': lambda: pick(['+61 4%s %s %s', '04%s %s %s', '+61 (0)4%s %s %s']) % (digits(2), digits(3), digits(3)) if chance(0.75) else '(0%s) %s %s' % (pick('2378'), digits(4), digits(4)),
    'SG': lambda: pick(['+65 %s %s', '%s %s', '+65-%s-%s']) % (pick('89') + digits(3), digits(4)),
    'ZA': lambda: pick(['+27 %s %s %s', '0%s %s %s', '+27 (0)%s %s %s']) % (pick(['82', '83', '72', '11', '21', '31']), digits(3), digits(4)),
    'CA': lambda: pick(['(%s) %s-%s', '+1 %s-%s-%s', '%s %s %s']) % (pick(['204', '306', '403', '587', '604', '613', '902', '506']), _d(3), digits(4)),
    'GB': lambda: pick(['+44 7%s %s', '07%s %s', '+44 (0)7%s %s', '0%s %s']) % (digits(3), digits(6)) if chance(0.7) else pick(['0121 %s %s', '020 %s %s', '0113 %s %s']) % (digits(3) if chance(0.5) else digits(4), digits(4)),
}


def phone(cc=None):
    return PHONES[cc or pick(list(PHONES))]()


MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


def ymd(lo=2019, hi=2026):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def date(lang='en', lo=2019, hi=2026, style=None):
    """A calendar date written the way a person in that language would type it."""
    y, m, d = ymd(lo, hi)
    mn = MONTHS[lang][m - 1]
    if lang == 'en':
        style = style if style is not None else R.randint(0, 9)
        return [
            '%s %d, %d' % (mn, d, y), '%d %s %d' % (d, mn, y), '%02d/%02d/%d' % (m, d, y),
            '%02d/%02d/%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%s %d, %d' % (mn[:3], d, y),
            '%d %s %d' % (d, mn[:3], y), '%s, %s %d' % (pick(WEEKDAYS), mn, d),
            '%d%s of %s' % (d, 'th' if 10 < d < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'), mn),
            '%d.%d.%d' % (d, m, y)][style]
    if lang == 'es':
        return pick(['%d de %s de %d' % (d, mn, y), '%02d/%02d/%d' % (d, m, y), '%d de %s' % (d, mn)])
    if lang == 'it':
        return pick(['%d %s %d' % (d, mn, y), '%02d/%02d/%d' % (d, m, y), '%d %s' % (d, mn)])
    if lang == 'pl':
        return pick(['%d %s %d' % (d, mn, y), '%d %s' % (d, mn), '%02d.%02d.%d' % (d, m, y)])
    if lang == 'fi':
        return pick(['%d.%d.%d' % (d, m, y), '%d. %s %d' % (d, mn, y), '%02d.%02d.%d' % (d, m, y)])
    if lang == 'tr':
        return pick(['%d %s %d' % (d, mn, y), '%02d.%02d.%d' % (d, m, y), '%02d/%02d/%d' % (d, m, y)])
    if lang == 'sv':
        return pick(['%d %s %d' % (d, mn, y), '%d-%02d-%02d' % (y, m, d)])


def dob(lang='en', style=None):
    return date(lang, 1948, 2004, style)


def clock(lang='en'):
    h, mi = R.randint(7, 19), pick([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if lang == 'en' and chance(0.6):
        ap = pick(['AM', 'am']) if h < 12 else pick(['PM', 'pm'])
        return '%d:%02d %s' % ((h - 1) % 12 + 1, mi, ap)
    return pick(['%d:%02d', '%02d:%02d', '%d.%02d']) % (h, mi) if lang != 'en' else '%02d:%02d' % (h, mi)


def when(lang='en'):
    """Date and time as one span."""
    y, m, d = ymd(2023, 2026)
    mn = MONTHS['en'][m - 1]
    return pick(['%s %d at %s' % (mn, d, clock()), '%d %s %d, %s' % (d, mn, y, clock()),
                 '%d-%02d-%02d %02d:%02d' % (y, m, d, R.randint(7, 19), pick([0, 15, 30, 45])), '%s, %s %d at %s' % (pick(WEEKDAYS), mn[:3], d, clock())])


def ipv4(private=None):
    if private is None:
        private = chance(0.4)
    if private:
        return pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                     '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return '%d.%d.%d.%d' % (pick([r for r in range(11, 224) if r not in (127, 169, 172, 192)]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    h = lambda: '%x' % R.randint(1, 0xffff)
    style = R.randint(0, 4)
    if style == 0:
        return ':'.join('%04x' % R.randint(0, 0xffff) for _ in range(8))
    if style == 1:
        return '2001:db8:%s:%s::%s' % (h(), h(), h())
    if style == 2:
        return 'fe80::%s:%s:%s:%s' % (h(), h(), h(), h())
    if style == 3:
        return '::ffff:' + ipv4(False)
    return '%s:%s:%s::%s' % (pick(['2a01', '2405', '2c0f', '2800', '2402', '2a02']), h(), h(), h())


def ip(v6=0.3):
    return ipv6() if chance(v6) else ipv4()


# ---- templates: Australia, Canada, UK, South Africa, Singapore ------------------------

def maybe(p, *parts):
    """The parts with probability p, else nothing."""
    return list(parts) if chance(p) else []


def place(cc, p_full=0.5):
    """A full address with probability p_full, else only the town."""
    return address(cc) if chance(p_full) else [L(city(cc))]


def someone(p, alt, culture=None):
    """A named person with probability p, else an unnamed reference."""
    return P(name(culture)) if chance(p) else alt


def abn_from_acn(acn):
    for p in range(10, 100):
        v = '%02d' % p + acn
        ds = [int(x) for x in v]
        ds[0] -= 1
        if sum(a * b for a, b in zip(ds, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0:
            return v


def fin_value():
    while True:
        v = C.nric(R)
        if v[0] in 'FG':
            return v


@tpl(4)
def au_tfn_move():
    full = name()
    return ['Hi, bookkeeper here. ', *pick([[P(full)], ['My client']]), "'s tax file number is ",
            X('AU_TFN', tfn_value()), '; the client moved to ', *place('AU'),
            *maybe(0.4, ' on ', D(date('en', 2024, 2025, style=pick([0, 1, 5])))), '. Can you update the return?']


@tpl(3)
def au_tfn_csv():
    rows = ['emp_id,full_name,tfn,start_date\n']
    for _ in range(R.randint(1, 2)):
        rows += ['E%05d,' % R.randint(1, 99999), P(name()), ',', X('AU_TFN', tfn_value()), ',',
                 D(date('en', 2020, 2025, style=4)), '\n']
    return ['Import these casual staff into the payroll system:\n'] + rows[:-1]


@tpl(3)
def au_tfn_check():
    g = given_name()
    return ['quick q - is ', X('AU_TFN', tfn_value()), ' a valid TFN? its for ', P(g),
            "'s weekend job at ", O(pick(AU_COMPANIES)), '.']


@tpl(2)
def au_abn_supplier():
    full, fam, g = person()
    return ['New supplier: ', O(pick(AU_COMPANIES)), ' (ABN ', X('AU_ABN', abn_value()),
            '). Accounts contact is ', P(full), ', ', E(email(full, fam, g)), ', website ',
            U(url(pick(['www.', '']) + pick(CORP_DOMAINS), scheme='', path=False)), '. Please set them up in the AP system.']


@tpl(6)
def au_acn_extract():
    return ['Company extract\nName: ', O(pick(AU_COMPANIES)), '\nACN: ', X('AU_ACN', acn_value()),
            '\nRegistered office: ', *place('AU', 0.6), '\nDirector: ', P(name(middle=0.3))]


@tpl(5)
def au_abn_acn_tender():
    acn = C.acn(R)
    abn = abn_from_acn(acn)
    sp = chance(0.6)
    return ['Tender form - Business name: ', O(pick(AU_COMPANIES)), ' | ABN: ',
            X('AU_ABN', grp(abn, [2, 3, 3, 3]) if sp else abn), ' | ACN: ',
            X('AU_ACN', grp(acn, [3, 3, 3]) if sp else acn), ' | Phone: ', PH(phone('AU'))]


@tpl(4)
def au_abn_acn_why():
    acn = C.acn(R)
    abn = abn_from_acn(acn)
    return ['Why do the ACN ', X('AU_ACN', grp(acn, [3, 3, 3])), ' and the ABN ', X('AU_ABN', grp(abn, [2, 3, 3, 3])),
            ' of ', O(pick(AU_COMPANIES)), ' end in the same nine digits? Is that a coincidence?']


@tpl(5)
def au_medicare_gp():
    return ['Booking a GP visit for ', someone(0.6, 'my partner'), *maybe(0.5, ' on ', D(date('en', 2025, 2026, style=pick([0, 1, 7]))),
            ' at ', D(clock())), '. Medicare card ', X('AU_MEDICARE', medicare_value()), ', position 2 on the card.']


@tpl(5)
def au_medicare_intake():
    return ['Patient intake (bulk-billed)\nName=', P(name()), '; Medicare=', X('AU_MEDICARE', medicare_value()),
            *maybe(0.5, '; DOB=', D(dob('en', style=pick([2, 3, 4])))), '; Suburb=', L(city('AU'))]


@tpl(5, lower=0.3)
def au_medicare_mismatch():
    full, fam, g = person()
    return ['my medicare number is ', X('AU_MEDICARE', medicare_value()), ' and the clinic', *maybe(0.5, ' in ', L(city('AU'))),
            " keeps saying it doesn't match. the name on it is ", P(full), ', what do I do']


@tpl(5)
def ca_sin_onboard():
    return ['Onboarding ', P(name()), ' at the ', *pick([[L(city('CA')), ' depot'], ['east depot']]), ' next week. SIN: ', X('CA_SIN', sin_value()),
            '.', *maybe(0.3, ' Start date ', D(date('en', 2025, 2026, style=pick([0, 1]))), '.')]


@tpl(5)
def ca_sin_t4():
    return ["The T4 slip shows SIN ", X('CA_SIN', sin_value()), " but ", someone(0.5, 'the employee'),
            "'s HR file has a different one. Which should payroll trust, and who do I ask?"]


@tpl(5)
def ca_sin_record():
    full, fam, g = person()
    return [P(full), ' | ', E(email(full, fam, g)), ' | SIN ', X('CA_SIN', sin_value()), ' | ', L(city('CA'))]


@tpl(4)
def uk_nhs_discharge():
    return ['Discharge summary: ', P(name()), ', NHS number ', X('UK_NHS', nhs_value()), ', seen in the ',
            *maybe(0.5, L(city('GB')), ' '), 'urgent treatment centre', *maybe(0.4, ' on ', D(date('en', 2024, 2026, style=pick([1, 3, 6])))),
            '. Follow-up with the GP in two weeks.']


@tpl(3)
def uk_nhs_gp_reg():
    return ['GP registration form\n- patient: ', P(name()), '\n- DOB: ', D(dob('en', style=pick([1, 3]))),
            '\n- NHS No: ', X('UK_NHS', nhs_value()), '\n- mobile: ', PH(phone('GB'))]


@tpl(2)
def uk_nhs_real():
    return ['Does ', X('UK_NHS', nhs_value()), ' look like a genuine NHS number? It belongs to my mum, ',
            P(given_name()), ', and the pharmacy rejected it.']


@tpl(4)
def uk_nino_p45():
    return ['P45 details for ', P(name()), ': NI ', X('UK_NINO', nino_value()),
            *maybe(0.4, ', leaving date ', D(date('en', 2024, 2025, style=pick([1, 3])))),
            ', final salary to ', X('IBAN_CODE', iban_value('GB')), '.']


@tpl(3)
def uk_nino_payroll():
    return ['National Insurance: ', X('UK_NINO', nino_value()), *maybe(0.5, '\nEmployer: ', O(pick(EMPLOYERS))),
            '\nEmployee: ', someone(0.5, 'TBC'), '\nPlease create the payroll record.']


@tpl(2, lower=0.25)
def uk_nino_lost():
    return ['I lost my NI card, I think the number was ', X('UK_NINO', nino_value()),
            '. Is that the right format? Thanks, ', P(given_name())]


@tpl(5)
def za_fica():
    return ['FICA pack for ', P(name('zulu')), ': ID number ', X('ZA_ID_NUMBER', C.za_id(R)), ', proof of residence ',
            *address('ZA'), '.']


@tpl(5)
def za_learner():
    return ['Learner enrolment - ID no. ', X('ZA_ID_NUMBER', C.za_id(R)), ' - guardian ', someone(0.5, 'on file', 'zulu'),
            ', cell ', PH(phone('ZA')), '.']


@tpl(4)
def za_debit():
    return ['Sawubona, my ID number is ', X('ZA_ID_NUMBER', C.za_id(R)), '. Please reverse the debit order from ',
            O(pick(EMPLOYERS)), '. ', P(name('zulu'))]


@tpl(5)
def sg_tenancy():
    who = name(pick(['malay', 'chinese', 'in_south']))
    return ['Tenancy agreement: tenant ', P(who), ', NRIC ', X('SG_NRIC_FIN', C.nric(R)), ', moving in',
            *maybe(0.4, ' on ', D(date('en', 2025, 2026, style=1))), ' to a flat in ', L(city('SG')), '.']


@tpl(5)
def sg_fin_mask():
    return ['Mask this before it goes to the vendor:\nName ', P(name(pick(['filipino', 'in_south', 'bd', 'chinese']))),
            ' | FIN ', X('SG_NRIC_FIN', fin_value()),
            ' | work pass expiry ', D(date('en', 2026, 2028, style=pick([1, 4]))), *maybe(0.4, ' | email ', E(email()))]


@tpl(5)
def sg_cpf():
    return ['CPF contribution mismatch for ', someone(0.5, 'a cleaner', pick(['malay', 'chinese', 'in_south'])),
            ' (NRIC ', X('SG_NRIC_FIN', C.nric(R)), ')', *maybe(0.5, '; employer is ', O(pick(EMPLOYERS))),
            '. Amount short: S$412.60.']


# ---- templates: Spain, Italy, Poland, Sweden, Finland, Turkey, Korea ----------------

CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_value(fam, given, female=False):
    """Codice fiscale built from the name and a birth date, with its check character."""
    def part(s, is_name):
        s = re.sub('[^A-Z]', '', fold(s).upper())
        cons = [c for c in s if c not in 'AEIOU']
        vow = [c for c in s if c in 'AEIOU']
        if is_name and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return (''.join(cons + vow) + 'XXX')[:3]
    y, m, d = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    s = part(fam, False) + part(given, True) + '%02d' % (y % 100) + 'ABCDEHLMPRST'[m - 1]
    s += '%02d' % (d + 40 if female else d) + pick('ABCDEFGHLMZ') + '%03d' % R.randint(1, 999)
    t = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        t += (CF_ODD[idx] if not ch.isdigit() else [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][idx]) if i % 2 == 0 else idx
    return s + chr(65 + t % 26)


def it_person():
    full, fam, g = person(pick(['italian', 'italian', 'romanian', 'maghreb', 'filipino', 'ukrainian']))
    return full, cf_value(fam, g.split()[0], g in FEMALE or g.endswith('a'))


@tpl(5)
def es_nie_alta():
    return ['Alta en la Seguridad Social: ', P(name(pick(['colombian', 'maghreb', 'romanian', 'chinese', 'argentine']))),
            ', NIE ', X('ES_NIE', nie_value()), ', domicilio en ', *place('ES'), '.',
            *maybe(0.5, ' Fecha de inicio: ', D(date('es', 2024, 2026)), '.')]


@tpl(5)
def es_nif_factura():
    full, fam, g = person('spanish')
    return ['Hola, necesito la factura a nombre de ', P(full), ', NIF ', X('ES_NIF', nif_value()),
            '. Enviadla a ', E(email(full, fam, g)), ', por favor.']


@tpl(4, lower=0.2)
def es_nie_cita():
    return ['¿Me ayudas a escribir un correo? Necesito cita para renovar la tarjeta. Mi NIE es ', X('ES_NIE', nie_value()),
            ', vivo en ', L(city('ES')), ' y mi móvil es el ', PH(phone('ES')), '.',
            *maybe(0.5, ' También podéis escribirme a ', E(email()), '.')]


@tpl(6)
def es_contrato():
    return ['Contrato de arrendamiento entre ', P(name('spanish')), ' (NIF ', X('ES_NIF', nif_value()), ') y ',
            P(name(pick(['mexican', 'ukrainian', 'persian', 'brazilian']))), ' (NIE ', X('ES_NIE', nie_value()),
            '). Inmueble: ', *place('ES', 0.6), '.']


@tpl(4)
def es_dni_en():
    return ['My landlord in ', L(city('ES')), ' wants a copy of my DNI, number ', X('ES_NIF', nif_value()),
            '. Is it safe to send it by chat?', *maybe(0.4, ' - ', P(name('spanish')))]


@tpl(4)
def it_cf_assunzione():
    full, cf = it_person()
    return ['Comunicazione di assunzione - lavoratore: ', P(full), ', codice fiscale ', X('IT_FISCAL_CODE', cf),
            ', luogo di nascita ', L(city('IT')), ', data di nascita ', D(dob('it')), '.']


@tpl(4)
def it_piva_fornitore():
    return ['Nuovo fornitore: ', O(pick(IT_COMPANIES)), ', P.IVA ', X('IT_VAT_CODE', C.piva(R)), ', sede in ',
            *place('IT'), '. Referente', *maybe(0.4, ' ', P(name('italian'))), ', tel. ', PH(phone('IT')), '.']


@tpl(3)
def it_cf_explain():
    full, cf = it_person()
    return ['What does each block of the codice fiscale ', X('IT_FISCAL_CODE', cf), ' mean? It belongs to ', *pick([[P(full)], ['my flatmate']]),
            ', an exchange student', *maybe(0.5, ' in ', L(city('IT'))), '.']


@tpl(6)
def it_cf_piva_fattura():
    full, cf = it_person()
    return ['Fattura elettronica: cliente ', P(full), ', C.F. ', X('IT_FISCAL_CODE', cf), '; fornitore ',
            O(pick(IT_COMPANIES)), ' (P. IVA ', X('IT_VAT_CODE', C.piva(R)), ').']


@tpl(2)
def it_piva_prefix():
    return ['On the invoice the VAT ID is printed as IT ', X('IT_VAT_CODE', C.piva(R)),
            '. Do I type the IT prefix into the portal or only the 11 digits?']


@tpl(3)
def it_vat_overdue():
    return ['Our distributor ', O(pick(IT_COMPANIES)), ' (VAT no. ', X('IT_VAT_CODE', C.piva(R)),
            ') still owes EUR 18,400. Draft a firm reminder', *maybe(0.5, ' to ', P(name('italian'))), '.']


@tpl(2)
def it_cf_json():
    full, cf = it_person()
    return ['{"paziente": "', P(full), '", "cf": "', X('IT_FISCAL_CODE', cf), '", "comune": "', L(city('IT')),
            '", "prenotazione": "', D(date('it', 2025, 2026)), '"}']


@tpl(5)
def pl_umowa():
    return ['Umowa zlecenie: ', P(name('ukrainian')), ', PESEL ', X('PL_PESEL', C.pesel(R)), ', adres: ',
            *place('PL'), *maybe(0.6, ', nr konta ', X('IBAN_CODE', iban_value('PL'))), '.', *maybe(0.4, ' Data rozpoczęcia: ', D(date('pl', 2024, 2026)), '.')]


@tpl(5, lower=0.2)
def pl_przychodnia():
    return ['Dzień dobry, chcę zapisać dziecko do przychodni', *maybe(0.5, ' w ', L(city('PL'))), '. PESEL dziecka: ',
            X('PL_PESEL', C.pesel(R)), ', mój telefon ', PH(phone('PL')), '. Pozdrawiam, ', P(name('ukrainian'))]


@tpl(5)
def pl_visa_en():
    full, fam, g = person(pick(['ukrainian', 'ukrainian', 'bd', 'filipino']))
    return ['Our warehouse worker ', P(full), ' needs PESEL ', X('PL_PESEL', C.pesel(R)),
            ' entered on the residence form', *maybe(0.4, ' before ', D(date('en', 2025, 2026, style=pick([0, 1])))),
            '. Reply to ', E(email(full, fam, g)), ' when done.']


@tpl(5)
def se_flytt():
    return ['Hej! Jag heter ', P(name(pick(['persian', 'ethiopia', 'levant', 'swedish']))),
            ' och mitt personnummer är ', X('SE_PERSONNUMMER', se_value()), '. Jag har flyttat till ',
            *address('SE'), '. Kan ni uppdatera adressen?']


@tpl(5)
def se_lon():
    return ['Lönespecifikation - anställd: ', P(name(pick(['persian', 'thai', 'chilean', 'swedish']))),
            ', personnummer ', X('SE_PERSONNUMMER', se_value()), ', utbetalning ', D(date('sv', 2025, 2026)),
            ', konto ', X('IBAN_CODE', iban_value('SE')), '.']


@tpl(5)
def se_en():
    return ['Our ', L(city('SE')), ' office hired ', someone(0.5, 'a new engineer'), ' (personnummer ', X('SE_PERSONNUMMER', se_value()),
            ')', *maybe(0.4, ', starting ', D(date('en', 2025, 2026, style=pick([0, 1, 6])))), '. Set up the laptop please.']


@tpl(5)
def fi_vuokra():
    return ['Vuokrasopimus: vuokralainen ', P(name(pick(['finnish', 'viet', 'ukrainian', 'kenya']))),
            ', henkilötunnus ', X('FI_PERSONAL_IDENTITY_CODE', hetu_value()), ', osoite ', *address('FI'), '.', *maybe(0.4, ' Vuokra tilille ', X('IBAN_CODE', iban_value('FI')), '.'),
            *maybe(0.4, ' Sopimus alkaa ', D(date('fi', 2025, 2026)), '.')]


@tpl(5)
def fi_aika():
    return ['Hei, lapseni ', P(given_name(pick(['finnish', 'viet', 'thai']))), ' henkilötunnus on ',
            X('FI_PERSONAL_IDENTITY_CODE', hetu_value()), '. Voinko varata ajan ', D(date('fi', 2025, 2026)),
            ' klo ', D(clock('fi')), '?']


@tpl(5)
def fi_en():
    return ['The Finnish ID ', X('FI_PERSONAL_IDENTITY_CODE', hetu_value()), ' belongs to ', someone(0.4, 'a relative'),
            *maybe(0.5, ', who lives in ', L(city('FI'))), '. What does the character in the middle tell me?']


@tpl(5)
def tr_kayit():
    return ['Merhaba, ', P(name('turkish')), ' adına kayıt yaptırmak istiyorum. TC kimlik no: ',
            X('TR_NATIONAL_ID', C.tr_id(R)), ', doğum tarihi ', D(dob('tr')), ', telefon ', PH(phone('TR')), *maybe(0.5, ', e-posta ', E(email())), '.']


@tpl(5)
def tr_fatura():
    return ['Fatura bilgileri\nAd Soyad: ', P(name('turkish')), '\nT.C. Kimlik No: ', X('TR_NATIONAL_ID', C.tr_id(R)),
            '\nAdres: ', *address('TR'), *maybe(0.6, '\nIBAN: ', X('IBAN_CODE', iban_value('TR')))]


@tpl(5)
def tr_en():
    return ['Can you check the Turkish ID ', X('TR_NATIONAL_ID', C.tr_id(R)), ' for ', someone(0.4, 'a customer', 'turkish'),
            ' in ', L(city('TR')), '? ', *pick([[O(pick(BANKS['TR']))], ['The bank']]), ' rejected the transfer.']


@tpl(5)
def kr_branch():
    return ['Transfer to the ', L(city('KR')), ' branch: ', P(name('korean')), ', resident registration number ',
            X('KR_RRN', kr_rrn_value()), *maybe(0.4, ', available from ', D(date('en', 2025, 2026, style=pick([0, 1])))), '.']


@tpl(5)
def kr_json():
    return ['{"name": "', P(name('korean')), '", "rrn": "', X('KR_RRN', kr_rrn_value()), '", "mobile": "',
            PH(phone('KR')), '"', *maybe(0.5, ', "card": "', X('CREDIT_CARD', card_value()), '"'), ', "plan": "premium"}']


@tpl(5)
def kr_hangul():
    return ['보험 청구 / insurance claim: ', someone(0.5, 'the insured', 'korean'), ' (주민등록번호 ',
            X('KR_RRN', kr_rrn_value()), '), treated', *maybe(0.5, ' at ', O(pick(HOSPITALS))), *maybe(0.4, ' on ', D(date('en', 2025, 2026, style=4))), '.']


# ---- templates: India, United States ---------------------------------------------

def in_person():
    return person(pick(['in_north', 'in_south']))


@tpl(3)
def in_kyc_form():
    full, fam, g = in_person()
    return ['KYC form\nName: ', P(full), '\nPAN: ', X('IN_PAN', pan_value(fam)), '\nAadhaar: ',
            X('IN_AADHAAR', aadhaar_value()), '\nAddress: ', *address('IN', with_region=chance(0.4))]


@tpl(4)
def in_voter_passport():
    return [P(name(pick(['in_north', 'in_south']))), ' has voter ID ', X('IN_VOTER', in_voter()), ' and passport ',
            X('IN_PASSPORT', in_passport()), ', and both show the date of birth as ', D(dob('en', style=pick([1, 3, 9]))),
            '. Which one should the branch accept as proof?']


@tpl(3)
def in_pan_itr():
    full, fam, g = in_person()
    return ['ITR filing for ', P(full), ': PAN ', X('IN_PAN', pan_value(fam)),
            ', refund to be credited at ', O(pick(BANKS['IN'])), '.']


@tpl(3, lower=0.5)
def in_aadhaar_otp():
    return ['aadhaar ', X('IN_AADHAAR', aadhaar_value()), ' is linked to ', PH(phone('IN')),
            ' but the OTP never comes. pls help - ', P(given_name(pick(['in_north', 'in_south'])))]


@tpl(3)
def in_passport_visa():
    return ['Visa appointment\napplicant: ', P(name(pick(['in_north', 'in_south']))), '\npassport no.: ',
            X('IN_PASSPORT', in_passport()), '\nplace of issue: ', L(city('IN')), '\nexpiry: ',
            D(date('en', 2027, 2034, style=pick([1, 6])))]


@tpl(3)
def in_voter_json():
    return ['{"epic_no": "', X('IN_VOTER', in_voter()), '", "elector": "', P(name(pick(['in_north', 'in_south']))),
            '", "part_no": ', str(R.randint(10, 299)), ', "town": "', L(city('IN')), '"}']


@tpl(4, lower=0.6)
def in_voter_hinglish():
    return ['mera voter id ', X('IN_VOTER', in_voter()), ' hai, usme address galat print hua hai. naam ',
            P(name(pick(['in_north', 'in_south']))), *maybe(0.5, ', ', L(city('IN'))), '. kya karna hoga?']


@tpl(4)
def in_pan_aadhaar_link():
    full, fam, g = in_person()
    return ['Reminder to ', P(full), ' (', E(email(full, fam, g)), '): PAN ', X('IN_PAN', pan_value(fam)),
            ' and Aadhaar ', X('IN_AADHAAR', aadhaar_value()), ' must be linked',
            *maybe(0.4, ' before ', D(date('en', 2025, 2026, style=pick([0, 1])))), '.']


@tpl(3)
def in_passport_pcc():
    return ['Police clearance request for ', P(name(pick(['in_north', 'in_south', 'bd']))), ', passport ',
            X('IN_PASSPORT', in_passport()), ', residing at ', *place('IN'), '.']


@tpl(1)
def in_pan_company():
    return ['Company PAN ', X('IN_PAN', pan_value(pick(COMPANIES), 'C')), ' belongs to ', O(pick(COMPANIES)),
            '; TDS certificate pending.']


@tpl(4)
def us_ssn_w2():
    return ['My W-2 shows SSN ', X('US_SSN', ssn_value()), ' but my name is spelled ', P(name()),
            ' there.', *maybe(0.5, ' The employer is ', O(pick(EMPLOYERS)), '.'), ' How do I get it corrected?']


@tpl(4)
def us_ssn_credit():
    return ['Credit freeze request\nName: ', P(name(middle=0.4)), '\nSSN: ', X('US_SSN', ssn_value()),
            '\nDOB: ', D(dob('en', style=pick([0, 2, 5]))), '\nCurrent address: ', *place('US', 0.6)]


@tpl(4)
def us_ssn_kv():
    full, fam, g = person()
    return ['applicant_name=', P(full), ' ssn=', X('US_SSN', ssn_value('-')), ' email=', E(email(full, fam, g)),
            ' status=pending_review']


@tpl(5)
def us_ssn_itin_spouse():
    return ['Joint return: ', P(name('mexican')), ' files with SSN ', X('US_SSN', ssn_value()), '; spouse ',
            P(name('mexican')), ' uses ITIN ', X('US_ITIN', itin_value()), '. Can we claim the child credit?']


@tpl(3, lower=0.6)
def us_ssn_lower():
    return ['ssn is ', X('US_SSN', ssn_value()), ' and dob ', D(dob('en', style=2)),
            ', name ', P(name()), '. why does the portal say no match?']


@tpl(5)
def us_itin_tax():
    return ['Renewing ITIN ', X('US_ITIN', itin_value()), ' for ', P(name(pick(['chinese', 'viet', 'levant', 'persian']))),
            ' - it has expired', *maybe(0.4, ' on ', D(date('en', 2023, 2025, style=pick([0, 2])))), '. Which documents go with the W-7?']


@tpl(4)
def us_itin_json():
    return ['{"taxpayer": "', P(name()), '", "itin": "', X('US_ITIN', itin_value()), '", "city": "', L(city('US')),
            '", "year": 2024}']


@tpl(4)
def us_dl_rental():
    st = pick(list(US_DL))
    return ["Rental counter needs my driver's licence number: ", X('US_DRIVER_LICENSE', US_DL[st]()),
            '. Pick-up in ', L(city('US')), ' on ', D(when()), '. Name on booking: ', P(name()), '.']


@tpl(4)
def us_dl_kv():
    st = pick(list(US_DL))
    return ['driver:\n  name: ', P(name()), '\n  license_no: "', X('US_DRIVER_LICENSE', US_DL[st]()),
            '"\n  phone: "', PH(phone('US')), '"']


@tpl(4)
def us_pp_booking():
    return ['Booking ref 7QK2LM: passenger ', P(name()), ', passport ', X('US_PASSPORT', us_passport()),
            ', departing ', L(city('US')), *maybe(0.4, ' on ', D(date('en', 2025, 2026, style=pick([0, 5])))), '.']


@tpl(4)
def us_pp_renew():
    return ['I need to renew passport ', X('US_PASSPORT', us_passport()), ' for my kid ', P(given_name()),
            '. It expires ', D(date('en', 2025, 2027, style=pick([0, 2]))), ' - can I mail it in?', *maybe(0.5, ' Reply to ', E(email()), '.')]


@tpl(5)
def mbi_npi_claim():
    return ['Claim denied: beneficiary ', P(name()), ' (MBI ', X('US_MBI', mbi_value()), '), billing provider NPI ',
            X('US_NPI', npi_value()), *maybe(0.5, ', service date ', D(date('en', 2025, 2026, style=2))), '. Reason code CO-16.']


@tpl(5)
def mbi_card():
    return ['The new Medicare card for ', someone(0.5, 'my father'), ' arrived; the number is ',
            X('US_MBI', mbi_value()), '. Please update the pharmacy profile', *maybe(0.5, ' at ', O(pick(VENDORS))), '.']


@tpl(4, lower=0.5)
def mbi_lower():
    return ['my mbi is ', X('US_MBI', mbi_value()), ' and my phone is ', PH(phone('US')),
            ', please call me back about the wheelchair claim. ', P(name())]


@tpl(3)
def npi_lookup():
    return ['Look up NPI ', X('US_NPI', npi_value()), ' - is that ', P(name()), ', the physiotherapist in ',
            L(city('US')), '?']


@tpl(2)
def npi_referral():
    return ['Referral: from Dr. ', P(name()), ' (NPI ', X('US_NPI', npi_value()), ') to Dr. ', P(name()),
            ', appointment ', D(when()), '.']


@tpl(4)
def dea_rx():
    full, fam, g = person()
    return ['Controlled-substance script from Dr. ', P(full), ', DEA ', X('MEDICAL_LICENSE', dea_value(fam)),
            ', for patient ', someone(0.5, 'in room 4'), '.']


@tpl(4)
def dea_verify():
    full, fam, g = person()
    return ['Please verify DEA registration ', X('MEDICAL_LICENSE', dea_value(fam)), ' for ', P(full),
            ' at ', O(pick(HOSPITALS)), ' before we ship the order.']


@tpl(3)
def dea_pharmacy():
    full, fam, g = person()
    return ['Pharmacy note: prescriber ', P(full), ' | DEA# ', X('MEDICAL_LICENSE', dea_value(fam)), ' | clinic phone ',
            PH(phone('US'))]


@tpl(3)
def bank_ach():
    return ['Set up ACH for ', P(name()), ': checking account ', X('US_BANK_NUMBER', bank_account()),
            *maybe(0.4, ', first debit on ', D(date('en', 2025, 2026, style=pick([0, 2])))), '.']


@tpl(3)
def bank_wire():
    return ['Wire request from ', O(pick(COMPANIES)), ' - beneficiary ', P(name()), ', account no. ',
            X('US_BANK_NUMBER', bank_account()), ', amount USD 7,250.00.']


@tpl(3)
def bank_dd():
    return ['Direct deposit form: employee ', P(name()), ', account ', X('US_BANK_NUMBER', bank_account()),
            ' (savings). Starts with the next pay period.']


# ---- templates: identifiers that travel together ----------------------------------

@tpl(6)
def us_id_combo():
    st = pick(list(US_DL))
    return ['ID check for ', someone(0.7, 'the new tenant'), ': driver license ', X('US_DRIVER_LICENSE', US_DL[st]()),
            ' and passport ', X('US_PASSPORT', us_passport()), '. The two birth dates differ by a day - flag it?']


@tpl(4)
def npi_dea():
    full, fam, g = person()
    return ['Credentialing packet - ', P(full), ', NPI ', X('US_NPI', npi_value()), ', DEA ',
            X('MEDICAL_LICENSE', dea_value(fam)), ', joining ', *pick([[O(pick(HOSPITALS))], ['the night clinic']]), '.']


@tpl(6)
def ssn_bank():
    return ['HR note: ', P(name()), ' joins the', *maybe(0.5, ' ', L(city('US'))), ' team. SSN ', X('US_SSN', ssn_value()),
            '; payroll goes to account ', X('US_BANK_NUMBER', bank_account()), '.']


@tpl(5)
def uk_nhs_nino():
    return ['New starter occupational-health form: NI number ', X('UK_NINO', nino_value()), ', NHS number ',
            X('UK_NHS', nhs_value()), '. Name withheld until the offer is signed.']


@tpl(4)
def au_sole_trader():
    return ['Sole trader ', P(name()), ' quotes ABN ', X('AU_ABN', abn_value()), ' on invoices and gave us TFN ',
            X('AU_TFN', tfn_value()), ' for withholding. Do we still need both?']


@tpl(4)
def in_kyc_csv():
    full, fam, g = in_person()
    return ['name,pan,aadhaar,epic,passport\n', P(full), ',', X('IN_PAN', pan_value(fam)), ',',
            X('IN_AADHAAR', aadhaar_value()), ',', X('IN_VOTER', in_voter()), ',', X('IN_PASSPORT', in_passport()),
            '\nWhich columns must be masked before export?']


# ---- templates: payments -------------------------------------------------------------

@tpl(5)
def card_chargeback():
    return ['I was charged twice by ', O(pick(VENDORS)), ' on my card ', X('CREDIT_CARD', card_value()),
            *maybe(0.6, ' on ', D(date('en', 2025, 2026, style=pick([0, 2, 5])))), '. Please open a chargeback.',
            *maybe(0.5, ' - ', P(name()))]


@tpl(4)
def card_hotel():
    return ['Please guarantee the late arrival with card ', X('CREDIT_CARD', card_value()), ', name on card ',
            P(name(middle=0.3).upper() if chance(0.4) else name()), '. We land after midnight.']


@tpl(4)
def card_swap():
    return ['Swap the card on my ', *pick([[O(pick(VENDORS))], ['streaming']]), ' subscription from ', X('CREDIT_CARD', card_value()), ' to ',
            X('CREDIT_CARD', card_value()), '; the old one was cancelled.']


@tpl(4)
def card_phish():
    return ['A text message sent me to ', U(url(scheme=pick(['http://', '', 'https://']))), ', where I entered card number ',
            X('CREDIT_CARD', card_value()), ' plus the e-mail ', E(email()), ' before noticing the odd domain. What now?']


@tpl(4)
def card_order_json():
    full, fam, g = person()
    return ['{"order_ref": "SO-', digits(6), '", "buyer": {"name": "', P(full), '", "email": "', E(email(full, fam, g)),
            '"}, "payment": {"pan": "', X('CREDIT_CARD', card_value(sep='')), '", "brand": "auto"}}']


@tpl(3, lower=1.0)
def card_remove():
    return ['pls delete card ', X('CREDIT_CARD', card_value()), ' from the account under ', E(email()), ', thx']


@tpl(3)
def card_declined():
    return ['Customer ', P(name()), ' says card ', X('CREDIT_CARD', card_value()), ' was declined at our ',
            L(city()), ' store although the bank approved it.']


@tpl(3)
def card_gateway_log():
    return ['2025-11-0', str(R.randint(1, 9)), 'T0', str(R.randint(1, 9)), ':14:22Z ERROR charge_failed card=',
            X('CREDIT_CARD', card_value(sep='')), ' ip=', IP(ipv4(False)), ' customer=', E(email()), ' code=05']


@tpl(3)
def card_deposit():
    return ['Pay the ₦250,000 deposit with card ', X('CREDIT_CARD', card_value()), ' and text the receipt to ',
            PH(phone('NG')), '.']


@tpl(2)
def card_es():
    return ['Hola, me cobraron dos veces en la tarjeta ', X('CREDIT_CARD', card_value()), '. Mi nombre es ',
            P(name(pick(['colombian', 'mexican', 'chilean']))), ' y mi celular ', PH(phone(pick(['CO', 'MX', 'CL']))), '.']


@tpl(4)
def iban_refund():
    return ['Refund the security deposit to ', X('IBAN_CODE', iban_value()), ' (account holder ', P(name()), ').',
            *maybe(0.5, ' Questions: ', PH(phone())), '']


@tpl(4)
def iban_supplier():
    return [O(pick(COMPANIES)), ' emailed new bank details: IBAN ', X('IBAN_CODE', iban_value()),
            *maybe(0.4, ' at ', O(bank())), *maybe(0.5, ', with a confirmation link to ', U(url())),
            '. Is this a payment-diversion scam?']


@tpl(3)
def iban_csv():
    rows = ['holder;iban;amount_eur\n']
    for i in range(2):
        rows += [P(name()), ';', X('IBAN_CODE', iban_value(spaced=False)), ';', '%d.%02d' % (R.randint(80, 3000), R.randint(0, 99))]
        rows += ['\n'] if i == 0 else []
    return ['Check this SEPA batch before upload:\n'] + rows


@tpl(5)
def crypto_refund():
    return ['Please refund me in BTC to ', X('CRYPTO', btc_value()), ' instead of the card.', *maybe(0.5, ' Thanks, ', P(given_name()))]


@tpl(4)
def crypto_two():
    return ['Cold wallet: ', X('CRYPTO', btc_value()), '\nHot wallet: ', X('CRYPTO', btc_value()),
            '\nWhich of these is a SegWit address, and which is legacy?']


@tpl(4)
def crypto_scam():
    return ['Someone who called from ', PH(phone()), ' told me to send 0.2 BTC to ', X('CRYPTO', btc_value()),
            ' to unlock my exchange account. Is this a scam?']


@tpl(4)
def crypto_kv():
    return ['payout:\n  address: ', X('CRYPTO', btc_value()), '\n  notify: ', E(email()), '\n  min_confirmations: 3']


@tpl(3)
def crypto_invoice():
    return ['Invoice #', digits(4), ' for ', P(name()), ': pay 0.0045 BTC to ', X('CRYPTO', btc_value()), ' by ',
            D(date('en', 2025, 2026, style=pick([0, 1]))), '.']


# ---- templates: logs, configs, network, contacts, groups ---------------------------

def logstamp():
    return '2025-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


@tpl(3)
def nginx_log():
    return ['Why is this request slow?\n', IP(ip(0.2)), ' - - [', '%02d/Oct/2025:%02d:%02d:%02d +0000' % (
        R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), '] "GET /api/v2/profile?email=',
        E(email()), ' HTTP/1.1" 200 5123 "-" "okhttp/4.12.0" rt=4.812']


@tpl(3)
def ssh_fail():
    out = ['auth.log keeps showing this:\n']
    for i in range(2):
        out += ['Nov %2d %02d:%02d:%02d bastion sshd[%d]: Failed password for invalid user admin from ' % (
            R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1000, 99999)),
            IP(ip(0.4)), ' port %d ssh2' % R.randint(30000, 65000)]
        out += ['\n'] if i == 0 else ['\nShould I ban the source?']
    return out


@tpl(3)
def env_file():
    return ['My .env looks like this, why does the mailer crash?\nMAIL_FROM=', E(email(domain=pick(CORP_DOMAINS))),
            '\nCACHE_HOST=', IP(ipv4(True)), '\nPUBLIC_URL=', U(url(scheme='https://', path=False)), '\nDEBUG=false']


@tpl(3)
def dhcp_lease():
    return ['lease ', IP(ipv4(True)), ' {\n  starts 3 2025/06/11 09:12:44;\n  hardware ethernet ', X('MAC_ADDRESS', mac_value()),
            ';\n  client-hostname "pos-terminal-', str(R.randint(1, 9)), '";\n}\nWhy does this lease never expire?']


@tpl(2)
def arp_table():
    return ['arp -a output:\n? (', IP(ipv4(True)), ') at ', X('MAC_ADDRESS', mac_value()), ' on en0 ifscope [ethernet]\n? (',
            IP(ipv4(True)), ') at ', X('MAC_ADDRESS', mac_value()), ' on en0 ifscope [ethernet]\nWhich one is the printer?']


@tpl(3)
def mac_allow():
    return ['Add ', X('MAC_ADDRESS', mac_value()), " to the guest Wi-Fi allow-list; it's ", P(name()), "'s laptop.",
            *maybe(0.6, ' Remove it again after ', D(date('en', 2025, 2026, style=pick([0, 1, 7]))), '.')]


@tpl(2)
def mac_vlan():
    return ['Device ', X('MAC_ADDRESS', mac_value()), ' keeps pulling ', IP(ipv4(True)), ' from the wrong VLAN after reboot.']


@tpl(2)
def mac_inventory():
    return ['asset,mac,assigned_to\nLT-', digits(4), ',', X('MAC_ADDRESS', mac_value()), ',', P(name()), '\nLT-', digits(4),
            ',', X('MAC_ADDRESS', mac_value()), ',', P(name())]


@tpl(3)
def url_reset():
    return ['The password reset link ', U(url(path=True).split('?')[0] + '/reset?token=' + token(16)),
            ' that went to ', E(email()), ' says it has expired. Can you resend?']


@tpl(4)
def crm_add():
    full, fam, g = person()
    return ['Add to the CRM: ', P(full), ', ', E(email(full, fam, g)), ', ', PH(phone()), ', portfolio ',
            U(url(path=False) + '/' + fold(g).replace(' ', '-') + '-' + fold(fam).replace(' ', '-')), ', based in ', L(city()),
            *maybe(0.5, ', works at ', O(pick(EMPLOYERS))), '.', *maybe(0.4, ' Met at the expo on ', D(date('en', 2025, 2025, style=pick([0, 1]))), '.')]


@tpl(3)
def webhook_500():
    return ['Our webhook to ', U(url(scheme='https://')), ' returns 500 for user ', E(email()), ' coming from ',
            IP(ip(0.3)), '. Trace id ', token(12), '.']


@tpl(3)
def url_legit():
    return ['Is ', U(url()), ' legit? The message came from ', E(email()), ' and mentions my parcel.']


@tpl(3)
def ip_block():
    return ['Please block ', IP(ipv4(False)), ' and ', IP(ipv6()), ' at the firewall; they hammered ',
            U(url(scheme=pick(['https://', '']), path=False) + '/login'), ' all night.']


@tpl(3)
def replica_yaml():
    return ['replica:\n  primary: ', IP(ipv4(True)), '\n  port: 5433\n  admin_email: ', E(email()),
            '\n  ssl: require\nThe replica never catches up. Ideas?']


@tpl(2)
def vpn_ticket():
    return ['Since the update the VPN hands me ', IP(ipv6()), ' instead of ', IP(ipv4(True)), ' and the intranet is unreachable.']


@tpl(3)
def share_link():
    return ["Here's the folder: ", U(url(scheme='https://') if chance(0.5) else 'https://' + pick(CORP_DOMAINS) + '/share/' + token(10)),
            ' - I also shared it with ', E(email()), '.']


def nrp_any():
    return pick([pick(NATIONALITIES), pick(RELIGIONS)])


@tpl(4)
def nrp_survey():
    return ['Diversity survey row: ', P(name()), ' | nationality: ', N(pick(NATIONALITIES)), ' | religion: ',
            N(pick(RELIGIONS)), ' | consent: yes']


@tpl(5)
def nrp_bio():
    return ['Write a short speaker bio: ', P(name()), ' is a ', N(pick(NATIONALITIES)), ' ',
            pick(['architect', 'data engineer', 'midwife', 'economist', 'chef']), ' based in ', L(city()), '.',
            *maybe(0.4, ' Website: ', U(url(path=False)))]


@tpl(3)
def nrp_meal():
    return [P(name()), ' is ', N(pick(RELIGIONS)), ' and needs suitable meals at the offsite', *maybe(0.5, ' in ', L(city())), ' on ',
            D(date('en', 2025, 2026, style=pick([0, 1, 7]))), '.']


@tpl(3)
def nrp_council():
    return ['Summarise the interview with ', P(name()), ', a ', N(pick(POLITICS)), ' councillor from ', L(city()), '.']


# ---- templates: no PII, only look-alikes ----------------------------------------------

def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), pick('89ab'), hexs(3), hexs(12))


def ean13():
    while True:
        d = pick('4567') + digits(11)
        c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10) % 10
        if not C.luhn_ok(d + str(c)):
            return d + str(c)


def neg(n):
    return tpl(n, neg=True, lower=0.06, upper=0.0)


@neg(3)
def neg_awb():
    return ['Air waybill 176-', digits(8), ' has been stuck at the hub for four days; shipment ref SHP-', digits(6), '.']


@neg(4)
def neg_gift_card():
    return ['Gift card ', grp(fail_luhn(16), [4, 4, 4, 4]), ' shows a zero balance after a single use. Can it be reissued?']


@neg(4)
def neg_iban_fail():
    return ['Payment rejected: the reference ', fail_iban(pick(['DE', 'FR', 'IT', 'NL', 'ES', 'PL'])),
            ' did not pass validation. What is usually wrong in such cases?']


@neg(3)
def neg_serial9():
    return ['Replace meters ', fail_tfn(), ' and ', fail_tfn(), '; both report error E7 after the storm.']


@neg(3)
def neg_batch10():
    return ['Lot ', fail_mod11_10(), ' of the reagent expired, re-order through form 77-B.']


@neg(3)
def neg_seal12():
    return ['Container seal ', grp(fail_aadhaar(), [4, 4, 4]), ' was broken on arrival; raise a damage claim.']


@neg(3)
def neg_b58():
    return ['The referral code ', broken_b58(), ' is rejected by the app. Is it case-sensitive?']


@neg(4)
def neg_semver():
    return ['Bump the parser from ', '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)), ' to ',
            '%d.%d.0-rc.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(1, 4)), ' in ', pick(FILES),
            ' and rerun the snapshot tests.']


@neg(4)
def neg_version4():
    return ['Client build ', '.'.join(str(R.randint(1, 30)) for _ in range(4)), ' crashes on resume, while build ',
            '.'.join(str(R.randint(1, 30)) for _ in range(4)), ' is fine. Roll back?']


@neg(3)
def neg_digest():
    return ['Pin the image to sha256:', hexs(64), ' instead of latest in ', pick(FILES), '.']


@neg(3)
def neg_git():
    return ['Revert ', hexs(40), ' and cherry-pick ', hexs(7), ' onto the release branch.']


@neg(4)
def neg_uuid():
    return ['Job ', uuid(), ' has been QUEUED for three hours; worker pool size is ', str(R.randint(4, 64)), '.']


@neg(4)
def neg_sku():
    return ['SKU ', '%s-%s-%s-%s' % (_d(3), _d(3), digits(4), pick(['RD', 'BL', 'XL', 'GR', 'M'])),
            ' is out of stock; the replacement is SKU ', '%s-%s-%s-%s' % (_d(3), _d(3), digits(4), pick(['RD', 'BL', 'XL'])), '.']


@neg(3)
def neg_amounts():
    return ['Split these between four people: ₦48,500, KSh 3,250, R$ 1.299,90 and ₫', '%d' % R.randint(100, 999),
            '.000. Show the working.']


@neg(3)
def neg_colors():
    return ['Set the palette to #', hexs(6), ', #', hexs(6), ' and #', hexs(3), ' and make the buttons 44px high.']


@neg(4)
def neg_logs():
    return ['Explain these lines:\n', logstamp(), ' WARN pool exhausted (active=50, idle=0)\n', logstamp().replace('T', ' ')[:-1],
            ' INFO retry 3/5 in ', str(R.randint(2, 40)), 's\n', logstamp(), ' ERROR upstream timeout after 30000 ms']


@neg(3)
def neg_isbn():
    while True:
        d = '978' + pick('01') + digits(8)
        c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10) % 10
        if not C.luhn_ok(d + str(c)):
            break
    return ['ISBN ', d[:3], '-', d[3], '-', d[4:8], '-', d[8:], '-', str(c), ' is out of print; suggest another edition.']


@neg(3)
def neg_container():
    return ['Container ', pick(['TGHU', 'CSQU', 'MSCU', 'TCNU']), ' ', digits(6), ' ', str(R.randint(0, 9)),
            ' reaches berth ', str(R.randint(2, 14)), ' after the next tide.']


@neg(2)
def neg_math():
    return ['Solve ', str(R.randint(2, 9)), 'x^2 - ', str(R.randint(10, 40)), 'x + ', str(R.randint(1, 20)),
            ' = 0 and explain every step.']


def draw(key, pool):
    """Items of a pool without repetition until it runs out."""
    left = DRAWN.setdefault(key, [])
    if not left:
        left.extend(R.sample(pool, len(pool)))
    return left.pop()


DRAWN = {}


@neg(3)
def neg_regex():
    return [draw('regex', ['Write a regex that matches postcodes shaped like AB1 2CD but not placeholders like XX1 1XX.',
                  'Write a regex for 10-digit order numbers that never start with 0.',
                  'Give me a regex that validates hex colours with 3 or 6 digits.',
                  'Write a regex that accepts semantic versions like 1.4.0-rc.2 and rejects 1.4.'])]


@neg(3)
def neg_placeholder():
    return [draw('ph', ['Draft a template letter with the placeholders {FULL_NAME}, {START_DATE} and {ACCOUNT_NO} left blank.',
                        'Make a mail-merge form with fields <<Name>>, <<Policy No>> and <<Renewal Date>>, nothing filled in.',
                        'Create a fake-data schema: first_name, last_name, iban, card_number - column names only.'])]


@neg(2)
def neg_chess():
    return [draw('chess', ['After 1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6, what is the main idea for White?',
                           'In the line 1.d4 Nf6 2.c4 e6 3.Nc3 Bb4, why does Black give up the bishop pair?'])]


@neg(3)
def neg_http():
    return ['Why does our client get HTTP 429 after ', str(R.randint(50, 120)), ' requests per minute, and how should the backoff work?']


@neg(3)
def neg_invoice():
    return ['Invoice INV-2025-', digits(6), ' and credit note CN-', digits(5), ' should net to zero, but the ledger shows ',
            '%d.%02d' % (R.randint(1, 999), R.randint(0, 99)), ' outstanding.']


@neg(3)
def neg_ticket():
    return ['Ticket #', digits(5), ' was merged into #', digits(5), '; please close the duplicate and keep the SLA clock.']


@neg(3)
def neg_ports():
    return ['Only ports 22, 443 and ', str(R.randint(8000, 9999)), ' should be open; close 3306 and ', str(R.randint(5000, 7000)), '.']


@neg(3)
def neg_hparams():
    return ['Fine-tune with lr ', pick(['3e-5', '1e-4', '5e-6']), ', batch ', pick(['16', '32', '64']),
            ', warmup ', str(R.randint(1, 9) * 100), ' steps and ', str(R.randint(2, 5)), ' epochs; the config lives in ', pick(FILES), '.']


@neg(2)
def neg_bmi():
    return ['Convert ', str(R.randint(50, 110)), ' kg and 1.', str(R.randint(55, 95)), ' m into a BMI and say which band it falls in.']


@neg(3)
def neg_order_dash():
    return ['Orders ', '%d-%03d-%04d' % (R.randint(2023, 2025), R.randint(100, 999), R.randint(0, 9999)), ' and ',
            '%d-%03d-%04d' % (R.randint(2023, 2025), R.randint(100, 999), R.randint(0, 9999)), ' were shipped in one box.']


@neg(3)
def neg_test_card():
    return ['The test card ', grp(fail_luhn(16), [4, 4, 4, 4], '-'), ' should fail the Luhn check in our unit test, and it does.']


@neg(3)
def neg_ean():
    return ['Barcode ', ean13(), ' scans as a different product at the till.']


@neg(3)
def neg_question():
    return [draw('q', ['What is the difference between a routing number and an account number?',
                  'How does a SWIFT code differ from an IBAN, in general terms?',
                  'Which fields of a passport are machine-readable, broadly speaking?',
                  'How do national ID numbers usually encode a date of birth?',
                  'What makes a Bitcoin address valid, at a high level?'])]


@neg(3)
def neg_policy():
    return ['Summarise our retention rules: logs ', str(R.randint(14, 90)), ' days, backups ', str(R.randint(30, 365)),
            ' days, invoices 7 years, CCTV 31 days.']


@neg(2)
def neg_vat():
    return ['If VAT is ', str(R.randint(5, 25)), '% and the net amount is ', '{:,}'.format(R.randint(1000, 99999)),
            ', what is the gross, rounded to two decimals?']


@neg(3)
def neg_build_log():
    return ['[', str(R.randint(1, 9)), '/12] Compiling ', pick(FILES), ' (', str(R.randint(100, 9999)), ' ms)\n[',
            str(R.randint(10, 12)), '/12] Linking target ', hexs(8), '.so\nBuild finished in ', str(R.randint(20, 300)), 's']


# ---- output ----

def main():
    C.write(build())


if __name__ == '__main__':
    main()
