"""Probe 11: records of HR, finance, health and travel in the dev style, with
lower- and upper-case variants. Written before any change was tried on it."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(111111)
FIRST = ['Annika', 'Bogdan', 'Chloé', 'Darius', 'Efua', 'Folasade', 'Gunnar', 'Hiroko', 'Isidro', 'Jovana', 'Kieran',
         'Lorena', 'Mattias', 'Nadira', 'Olek', 'Pilar', 'Rohan', 'Svetlana', 'Tariq', 'Ulrike', 'Vikram', 'Wanjiru']
LAST = ['Achterberg', 'Bianchi', 'Cisneros', 'Dimitrov', 'Egwu', 'Forsberg', 'Gallo', 'Horvath', 'Iyer', 'Jablonski',
        'Kamau', 'Laurent', 'Moreau', 'Nakamura', 'Okoro', 'Petrovic', 'Quinlan', 'Rasmussen', 'Sato', 'Toivonen']
CITY = ['Aalborg', 'Brno', 'Cluj-Napoca', 'Dundee', 'Eindhoven', 'Fes', 'Gdańsk', 'Heidelberg', 'Ipoh', 'Jaipur',
        'Kaunas', 'León', 'Maribor', 'Nakuru', 'Odense', 'Parma', 'Rijeka', 'Savannah', 'Tartu', 'Uppsala']
ORG = ['Nordlys Energi AS', 'Harbourside Dental Care', 'Kestrel Pharma Ltd', 'Banca Emiliana', 'Tatra Logistics s.r.o.',
       'Savannah Regional Hospital', 'Bluefin Insurance', 'Jaipur Gems Pvt Ltd', 'Mandarin Textiles', 'Odense Universitet']
NRP = ['Danish', 'Czech', 'Romanian', 'Scottish', 'Moroccan', 'Malaysian', 'Indian', 'Lithuanian', 'Slovenian', 'Kenyan',
       'Evangelical', 'Shia', 'Quaker', 'Sikh']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
def P(): return ('PERSON', R.choice(FIRST) + ' ' + R.choice(LAST))
def C(): return ('LOCATION', R.choice(CITY))
def O(): return ('ORGANIZATION', R.choice(ORG))
def N(): return ('NRP', R.choice(NRP))
def D():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2026)
    return ('DATE_TIME', R.choice(['%s %d, %d' % (MON[m - 1], d, y), '%d/%d/%d' % (m, d, y), '%d %s %d' % (d, MON[m - 1], y)]))
def E(): return ('EMAIL_ADDRESS', '%s%s@%s' % (R.choice(['a.', 'b.', 'k.', '']), R.choice(LAST).lower(), R.choice(['firma.cz', 'post.dk', 'gmail.com', 'uni.lt'])))
def PH(): return ('PHONE_NUMBER', R.choice(['+45 %s %s %s %s' % (rd(2, R), rd(2, R), rd(2, R), rd(2, R)), '+420 %s %s %s' % (rd(3, R), rd(3, R), rd(3, R)), '+44 1382 %s' % rd(6, R), '+91 98%s %s' % (rd(3, R), rd(5, R))]))
def SSN(): return ('US_SSN', '-'.join(ssn(R)))
def CC(): return ('CREDIT_CARD', group(card(R, 'visa'), 4))
def IB(): return ('IBAN_CODE', group(iban(R, R.choice(['DK', 'CZ' if False else 'DE', 'IT', 'GB'])), 4))
def PAN(): return ('IN_PAN', pan(R))
T = [
    ['Employee record: ', P, ', hired ', D, ', office ', C, ', email ', E, '.'],
    ['Payroll correction for ', P, ': SSN ', SSN, ' was typed wrong on the ', D, ' run.'],
    ['Insurance: ', P, ' (', N, ') claims dental costs from ', O, ' in ', C, '.'],
    ['Refund request: ', P, ' paid with card ', CC, ' at ', O, ' on ', D, '.'],
    ['Travel: ', P, ' flies ', C, ' to ', C, ' on ', D, '; call ', PH, ' if delayed.'],
    ['Vendor onboarding: ', O, ', contact ', P, ', IBAN ', IB, '.'],
    ['Tax: ', P, ' from ', C, ' gave PAN ', PAN, ' for the invoice from ', O, '.'],
    ['Medical: ', P, ', ', N, ', referred to ', O, ' by Dr. ', lambda: ('PERSON', R.choice(LAST)), '.'],
    ['Please update the address of ', P, ' to ', lambda: ('LOCATION', '%d %s Street' % (R.randint(2, 900), R.choice(['King', 'Mill', 'Station', 'Church']))), ', ', C, '.'],
    ['Reference check: ', P, ' worked at ', O, ' from ', D, ' to ', D, '.'],
]
recs = []
for i in range(450):
    t = R.choice(T)
    text, ents = fill(t)
    x = R.random()
    if x < 0.1:
        # lower-case words, identifiers kept (the dev corpus's way)
        out = ''; keep = [(e['start'], e['end']) for e in ents if e['entity_type'] in ('IN_PAN', 'IBAN_CODE')]
        for k, ch in enumerate(text):
            out += ch if any(a <= k < b for a, b in keep) else ch.lower()
        text = out
    elif x < 0.15:
        text = text.upper() if len(text.upper()) == len(text) else text
    recs.append({'id': 'p11-%04d' % i, 'text': text, 'entities': ents})
write(recs)
