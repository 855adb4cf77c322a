"""Probe 14: a last measure. Dev-style chat prompts, every kind mixed, new
templates and names, written after the rules it measures (two were added
for what it showed; docs/pii.md gives both scores)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(141414)
FIRST = ['Alessandra', 'Björk', 'Cormac', 'Delphine', 'Emre', 'Fatima', 'Gustavo', 'Hilde', 'Ivo', 'Jasmijn', 'Kenta',
         'Liesel', 'Mihail', 'Nomvula', 'Orla', 'Paavo', 'Rosalía', 'Stellan', 'Taini', 'Uchenna', 'Vera', 'Wendell']
LAST = ['Abernathy', 'Bergkvist', 'Cañete', 'Dervişoğlu', 'Ekström', 'Ferraro', 'Gallagher', 'Hoekstra', 'Ishida',
        'Jankowska', 'Khumalo', 'Lagarde', 'Mäkelä', 'Nwachukwu', 'Oyelaran', 'Pacheco', 'Radić', 'Søndergaard']
CITY = ['Aberdeen', 'Bochum', 'Cádiz', 'Daejeon', 'Esbjerg', 'Florianópolis', 'Gaziantep', 'Hobart', 'Innsbruck',
        'Jyväskylä', 'Kisumu', 'Lorient', 'Mannheim', 'Nantes', 'Ostrava', 'Poitiers', 'Regina', 'Split']
COUNTRY = ['Iceland', 'Chile', 'Kenya', 'Croatia', 'South Korea', 'Uruguay', 'Estonia', 'New Zealand']
ORG = ['Granite Peak Bank', 'Lindenhof Klinik', 'Oceanview Dental Group', 'Redfern & Boyle LLP', 'Pacheco Transportes S.A.',
       'Northbridge Academy', 'Aurora Biotech AS', 'Kisumu Water Company', 'Hobart Savings Bank', 'Samsung', 'Unilever']
NRP = ['Icelandic', 'Chilean', 'Kenyan', 'Croatian', 'Korean', 'Estonian', 'Maori', 'Presbyterian', 'Zoroastrian', 'Labour']
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def P(): return ('PERSON', R.choice(FIRST) + ' ' + R.choice(LAST))
def F(): return ('PERSON', R.choice(FIRST))
def C(): return ('LOCATION', R.choice(CITY))
def K(): return ('LOCATION', R.choice(COUNTRY))
def O(): return ('ORGANIZATION', R.choice(ORG))
def N(): return ('NRP', R.choice(NRP))
def D():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2026)
    return ('DATE_TIME', R.choice(['%d %s %d' % (d, MON[m - 1], y), '%s %d, %d' % (MON[m - 1], d, y), '%02d/%02d/%d' % (m, d, y)]))
def E(): return ('EMAIL_ADDRESS', '%s.%s@%s' % (R.choice(['vera', 'ivo', 'orla', 'kenta']), R.choice(['k', 'p', 'r']), R.choice(['gmail.com', 'web.de', 'hotmail.com'])))
def PH(): return ('PHONE_NUMBER', R.choice(['+354 %s %s' % (rd(3, R), rd(4, R)), '+56 9 %s %s' % (rd(4, R), rd(4, R)), '+254 7%s %s' % (rd(2, R), rd(6, R)), '+49 621 %s' % rd(7, R)]))
def CC(): return ('CREDIT_CARD', group(card(R, R.choice(['visa', 'mc'])), 4))
def IB(): return ('IBAN_CODE', group(iban(R, R.choice(['DE', 'GB', 'FR'])), 4))
def SSN(): return ('US_SSN', '-'.join(ssn(R)))
def IP(): return ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
T = [
    ['Please anonymise before I share it: ', P, ' (', E, ') complained that ', O, ' double-charged card ', CC, '.'],
    ['Write a welcome note for ', P, ', our new ', N, ' analyst joining the ', C, ' office on ', D, '.'],
    ['Can you check this SEPA transfer? Beneficiary ', P, ', IBAN ', IB, ', bank ', O, '.'],
    ['Summarize: ', P, ' was treated at ', O, ' in ', C, ' after a fall on ', D, '. Next of kin: ', F, ', ', PH, '.'],
    ['I live in ', C, ' but my parents are in ', K, '. How do I send money to ', F, ' cheaply?'],
    ['Security review: admin ', E, ' logged in from ', IP, ' (', C, ') on ', D, '.'],
    ['Our ', N, ' client ', P, ' wants a contract from ', O, ' translated for the ', C, ' branch.'],
    ['Tax help: my SSN is ', SSN, ' and I moved from ', C, ' to ', K, ' in ', D, '.'],
    ['Write a thank-you email to ', F, ' at ', O, ' for the meeting in ', C, '.'],
    ['Proofread: "Dear ', P, ', your appointment at ', O, ' is confirmed for ', D, '."'],
]
NEG = ['Summarise the plot of Hamlet in three sentences.', 'Convert 72 degrees Fahrenheit to Celsius.',
       'Write a SQL query that counts orders per month.', 'Ticket TCK-88213 was merged into TCK-88190.',
       'Our build 2024.11.3 fails on step 7 of 12.']
recs = []
for i in range(450):
    t = R.choice(T)
    text, ents = fill(t)
    if R.random() < 0.08:
        text = text.lower()
    recs.append({'id': 'p14-%04d' % i, 'text': text, 'entities': ents})
for j in range(50):
    recs.append({'id': 'p14n-%04d' % j, 'text': R.choice(NEG), 'entities': []})
write(recs)
