"""Probe 12: chat-style requests with informal writing: no capitals at the
start, names mid-sentence, abbreviations, typos-free but casual; plus
structured snippets (YAML, XML, log lines). Written before any change."""
import os, random, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(121212)
FIRST = ['Maeve', 'Idris', 'Solène', 'Bjarne', 'Nia', 'Caspian', 'Lwazi', 'Thea', 'Renzo', 'Aiko', 'Hamza', 'Ottilie',
         'Zoltan', 'Kamala', 'Fennimore', 'Beatrix', 'Eero', 'Dalia']
LAST = ['Donoghue', 'Rahimi', 'Marchand', 'Lund', 'Adeyemi', 'Whitcombe', 'Zulu', 'Holmgren', 'Costa', 'Morita',
        'Siddiqui', 'Fischer', 'Kovács', 'Harris', 'Ellery', 'Novotná', 'Salo', 'Haddad']
CITY = ['Galway', 'Tabriz', 'Nancy', 'Odense', 'Port Harcourt', 'Brighton', 'Bulawayo', 'Tromsø', 'Cagliari', 'Sapporo',
        'Rawalpindi', 'Dresden', 'Debrecen', 'Halifax', 'Whitby', 'Olomouc', 'Espoo', 'Sidon']
ORG = ['Corrib Credit Union', 'Persepolis Travel', 'Librairie Marchand', 'Vestas', 'Lagos Fintech Hub', 'Brighton & Hove Albion',
       'Matabele Mining Co.', 'Hurtigruten', 'Sardinia Ferries', 'Hokkaido Dairy Co-op', 'Debrecen University', 'Espoo City Library']
T = [
    ['hey can u remind ', 'F', ' that the meetup in ', 'C', ' moved to thursday', ''],
    ['so ', 'P', ' from ', 'O', ' called again about the invoice, what do i say?', ''],
    ['pls summarise the email from ', 'P', ' <', 'E', '> about the ', 'C', ' trip', ''],
    ['my boss ', 'F', ' wants the ', 'O', ' report by tmrw, help', ''],
    ['customer:\n  name: ', 'P', '\n  city: ', 'C', '\n  employer: ', 'O', ''],
    ['<customer><name>', 'P', '</name><city>', 'C', '</city></customer>', ''],
    ['2024-05-01 12:00:03 INFO user=', 'E', ' action=login city=', 'C', ''],
    ['need a cover letter for ', 'O', ' in ', 'C', ', my name is ', 'P', ''],
    ['what time is it in ', 'C', ' right now? want to call ', 'F', '', ''],
    ['draft a msg to ', 'P', ' saying thanks for the ', 'O', ' tickets', ''],
]
recs = []
for i in range(400):
    t = R.choice(T); text = ''; ents = []
    for p in t:
        if p in ('P', 'F', 'C', 'O', 'E'):
            if p == 'E':
                v = '%s.%s@%s' % (R.choice(FIRST).lower(), R.choice(LAST).lower(), R.choice(['gmail.com', 'outlook.ie', 'web.de']))
                v = v.encode('ascii', 'ignore').decode(); ty = 'EMAIL_ADDRESS'
            else:
                v = {'P': lambda: R.choice(FIRST) + ' ' + R.choice(LAST), 'F': lambda: R.choice(FIRST), 'C': lambda: R.choice(CITY), 'O': lambda: R.choice(ORG)}[p]()
                ty = {'P': 'PERSON', 'F': 'PERSON', 'C': 'LOCATION', 'O': 'ORGANIZATION'}[p]
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)}); text += v
        else:
            text += p
    recs.append({'id': 'p12-%04d' % i, 'text': text, 'entities': ents})
write(recs)
