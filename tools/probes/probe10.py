"""Probe 10: dev style, every kind mixed, new templates and names, 40
prompts without PII. Written after the rules it measures."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(101010)
FIRST = ['Anouk', 'Bartosz', 'Chiamaka', 'Dagny', 'Emeka', 'Fumiko', 'Gaspard', 'Hye-jin', 'Ignacio', 'Jolanda', 'Kasimir',
         'Lucinda', 'Mehmet', 'Nkechi', 'Oisín', 'Pernille', 'Quirin', 'Rasmus', 'Sunniva', 'Thandiwe', 'Ugo', 'Vesna',
         'Wilhelmina', 'Ximena', 'Yannick', 'Zeynep']
LAST = ['Aalders', 'Brzeziński', 'Chukwu', 'Dahl', 'Eriksdottir', 'Fukuda', 'Garnier', 'Han', 'Iturbide', 'Jansen',
        'Kowalik', 'Lindgren', 'Mahlaba', 'Nakagawa', 'Ó Súilleabháin', 'Pedersen', 'Quaresma', 'Rautio', 'Sørlie',
        'Tshabalala', 'Urbano', 'Vukovic', 'Wainwright', 'Xavier', 'Yilmaz', 'Zamora']
CITY = ['Arnhem', 'Bydgoszcz', 'Calabar', 'Drammen', 'Erzurum', 'Fukuoka', 'Grenoble', 'Hamar', 'Iquique', 'Jönköping',
        'Kitwe', 'Linz', 'Mombasa', 'Nijmegen', 'Oviedo', 'Pietermaritzburg', 'Quimper', 'Rovaniemi', 'Salamanca', 'Tromsø']
ORG = ['Fjordline Shipping AS', 'Mercator Bank', 'Sankofa Health Clinic', 'Brightlane Logistics Ltd', 'Orchard & Vale LLP',
       'Kiwa Telecom', 'Université Grenoble Alpes', 'Nakagawa Seiki K.K.', 'Salamanca Motors S.L.', 'Zephyr Analytics GmbH']
NRP = ['Dutch', 'Nigerian', 'Norwegian', 'Turkish', 'Japanese', 'Chilean', 'Zambian', 'Austrian', 'Kenyan', 'Spanish',
       'Methodist', 'Sunni', 'Anglican', 'Jain', 'Green Party']
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def P(): return ('PERSON', R.choice(FIRST) + ' ' + R.choice(LAST))
def F(): return ('PERSON', R.choice(FIRST))
def C(): return ('LOCATION', R.choice(CITY))
def O(): return ('ORGANIZATION', R.choice(ORG))
def N(): return ('NRP', R.choice(NRP))
def D():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2026)
    return ('DATE_TIME', R.choice(['%d %s %d' % (d, MON[m - 1], y), '%s %d, %d' % (MON[m - 1], d, y), '%02d.%02d.%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d)]))
def E(): return ('EMAIL_ADDRESS', '%s_%s%d@%s' % (R.choice(['anouk', 'bart', 'emeka', 'fumi']), R.choice(['dahl', 'han', 'zamora']), R.randint(1, 99), R.choice(['mail.com', 'posteo.de', 'yahoo.co.uk'])))
def PH(): return ('PHONE_NUMBER', R.choice(['+31 6 %s %s' % (rd(4, R), rd(4, R)), '+47 %s %s %s' % (rd(3, R), rd(2, R), rd(3, R)), '+234 803 %s %s' % (rd(3, R), rd(4, R)), '(020) 7%s %s' % (rd(3, R), rd(4, R))]))
def CC(): return ('CREDIT_CARD', group(card(R, R.choice(['visa', 'mc', 'amex'])), 4))
def IB(): return ('IBAN_CODE', group(iban(R, R.choice(['NL', 'NO', 'DE', 'ES', 'GB'])), 4))
def SSN(): return ('US_SSN', '-'.join(ssn(R)))
def NHS(): x = nhs(R); return ('UK_NHS', x[:3] + ' ' + x[3:6] + ' ' + x[6:])
def IP(): return ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
T = [
    ['Can you help me reply to ', P, '? She wrote from ', E, ' asking whether ', O, ' can refund her card ', CC, '.'],
    ['Patient ', P, ' (NHS ', NHS, ') was discharged from ', O, ' on ', D, '.'],
    ['Please verify the transfer of 420 EUR from ', P, ' to IBAN ', IB, ' before ', D, '.'],
    ['Our ', N, ' colleague ', F, ' needs a visa letter for the conference in ', C, '.'],
    ['The tenant ', P, ' (SSN ', SSN, ') has lived in ', C, ' since ', D, '.'],
    ['Log line: login failed for user ', E, ' from ', IP, ' at ', O, '.'],
    ['Draft a toast: ', F, ' and ', F, ' met in ', C, ' while working at ', O, '.'],
    ['Quick question: is ', P, ' still the contact at ', O, '? Her number was ', PH, '.'],
    ['Summarise: ', P, ', a ', N, ' engineer born ', D, ', relocated from ', C, ' to ', C, '.'],
    ['Mask the personal data: "', P, ', ', PH, ', ', E, '"'],
    ['Our client ', O, ' in ', C, ' asked for an invoice in ', N, '.'],
    ['Wedding RSVP: ', P, ' plus one; dietary needs: ', N, ' vegetarian.'],
    ['I need a formal complaint to ', O, ' about my neighbour ', F, ' in ', C, '.'],
]
NEG = ['Rewrite the release notes for version 3.14.2 in plain English.', 'How many 500 ml bottles make 12 litres?',
       'Explain what a 502 Bad Gateway error means for a beginner.', 'Order #A-7731-B is ready for pickup at counter 4.']
recs = []
for i in range(420):
    t = R.choice(T)
    text, ents = fill(t)
    recs.append({'id': 'p10-%04d' % i, 'text': text, 'entities': ents})
for j in range(40):
    recs.append({'id': 'p10n-%04d' % j, 'text': R.choice(NEG), 'entities': []})
write(recs)
