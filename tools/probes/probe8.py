"""Probe 8: e-mails with signatures, support transcripts, clinical and legal
notes, addresses of several countries, upper-case headers. Written before
any change was tried against it."""
import os, random, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import write
R = random.Random(8888)
NAMES = ['Rosalind Okafor', 'Bartholomew Finch', 'Ingeborg Solberg', 'Kwame Asante', 'Valentina Ricci', 'Hamid Karimi',
         'Noémie Garnier', 'Stanisław Lis', 'Tuğba Kaya', 'Declan Murphy', 'Ayaka Fujimoto', 'Esther Mbeki',
         'Lars-Erik Holm', 'Paulina Szymańska', 'Ravi Shankar Iyer', 'Marguerite Blanc']
FIRST = ['Rosalind', 'Kwame', 'Valentina', 'Declan', 'Ayaka', 'Esther', 'Hamid', 'Noémie']
CITY = ['Inverness', 'Bordeaux', 'Stavanger', 'Kumasi', 'Padua', 'Shiraz', 'Gdynia', 'Antalya', 'Galway', 'Sendai',
        'Pretoria', 'Lund', 'Wrocław', 'Chennai', 'Lyon', 'Bristol']
ADDR = ['14 Thistle Crescent, Inverness IV2 4AB', 'Rue Sainte-Catherine 112, 33000 Bordeaux', 'Kongsgårdbakken 3, 4005 Stavanger',
        'Via Roma 27, 35122 Padova', 'ul. Świętojańska 45, 81-391 Gdynia', '9 Eyre Square, Galway H91 X2T3']
ORG = ['Thistle Energy Ltd', 'Vinexpo Bordeaux SAS', 'Equinor', 'Kumasi Technical University', 'Ospedale di Padova',
       'Grupa Lotos', 'Galway Clinic', 'Tohoku University', 'Standard Bank', 'Lund University', 'Infosys', 'Bristol Water plc']
NRP = ['Ghanaian', 'Iranian', 'Norwegian', 'Irish', 'Japanese', 'South African', 'Catholic', 'Muslim', 'Lutheran', 'Sikh']
T = [
    'Hi {F},\n\nThanks for the call today. I will send the contract to {O} by Friday.\n\nBest regards,\n{P}\n{O}',
    'From: {P}\nTo: {P2}\nSubject: Relocation to {C}\n\nPlease find my new address below:\n{A}',
    'Agent: Thank you for contacting {O}. May I have your name?\nCustomer: {P}.\nAgent: And your city?\nCustomer: {C}.',
    'CLINICAL NOTE\nPatient: {P}\nAge: 67\nReferred by: Dr. {L}\nHistory: {N}, lives alone in {C}.',
    'Witness {P} stated that she saw {P2} leave the premises of {O} in {C} at 9 pm.',
    'Summarise this thread: {F} asked {F2} whether {O} still has an office in {C}.',
    'MEMO TO ALL STAFF: {PU} WILL JOIN {OU} IN {CU} ON MONDAY.',
    'Tenancy agreement between {P} (landlord) and {P2} (tenant) for the flat at {A}.',
    'My grandmother {P} was born in {C} and is {N}. Write a short poem about her life.',
    'Check the tone: "{F}, you promised the {O} report yesterday. — {F2}"',
    'Please fill: applicant {P}; nationality {N}; employer {O}; place of birth {C}.',
    'Cc: {P}, {P2}\nRe: {O} audit in {C}',
]
LAST = [n.split()[-1] for n in NAMES]
recs = []
for i in range(420):
    t = R.choice(T); text = ''; ents = []; j = 0
    pp = R.sample(NAMES, 2); ff = R.sample(FIRST, 2)
    for m in re.finditer(r'\{(P2|P|F2|F|C|A|O|N|L|PU|OU|CU)\}', t):
        text += t[j:m.start()]; k = m.group(1)
        v, ty = {'P': (pp[0], 'PERSON'), 'P2': (pp[1], 'PERSON'), 'F': (ff[0], 'PERSON'), 'F2': (ff[1], 'PERSON'),
                 'C': (R.choice(CITY), 'LOCATION'), 'A': (R.choice(ADDR), 'LOCATION'), 'O': (R.choice(ORG), 'ORGANIZATION'),
                 'N': (R.choice(NRP), 'NRP'), 'L': (R.choice(LAST), 'PERSON'),
                 'PU': (pp[0].upper(), 'PERSON'), 'OU': (R.choice(ORG).upper(), 'ORGANIZATION'), 'CU': (R.choice(CITY).upper(), 'LOCATION')}[k]
        if k == 'A':
            # street and town apart, postcode left out (the corpus's convention: street, town)
            parts = v.split(', ')
            st = parts[0]; rest = parts[1]
            ents.append({'entity_type': 'LOCATION', 'start': len(text), 'end': len(text) + len(st)})
            text += st + ', '
            town = re.sub(r'^[0-9-]+ |\s+[A-Z0-9]{2,4} ?[A-Z0-9]{3}$|\s+IV2 4AB$', '', rest)
            k0 = rest.index(town)
            ents.append({'entity_type': 'LOCATION', 'start': len(text) + k0, 'end': len(text) + k0 + len(town)})
            text += rest
        else:
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)}); text += v
        j = m.end()
    text += t[j:]
    recs.append({'id': 'p8-%04d' % i, 'text': text, 'entities': ents})
write(recs)
