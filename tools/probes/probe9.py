"""Probe 9: narrative requests to an assistant with personal data woven in.
Written after the rules it measures, before any change was tried on it."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(9099)
FIRST = ['Tomás', 'Ingrid', 'Kenji', 'Amaka', 'Wiktoria', 'Rashid', 'Colette', 'Björn', 'Leilani', 'Dev', 'Maribel', 'Otto',
         'Saoirse', 'Yusuf', 'Hanna', 'Giorgos']
LAST = ['Ferreira', 'Lindahl', 'Watanabe', 'Eze', 'Nowicka', 'Hakimi', 'Dufresne', 'Nilsson', 'Kahale', 'Patel',
        'Quintero', 'Brandt', 'Kavanagh', 'Demir', 'Virtanen', 'Papadopoulos']
CITY = ['Lisbon', 'Gothenburg', 'Osaka', 'Enugu', 'Poznań', 'Casablanca', 'Montreal', 'Malmö', 'Honolulu', 'Ahmedabad',
        'Medellín', 'Hamburg', 'Limerick', 'Izmir', 'Tampere', 'Thessaloniki']
COUNTRY = ['Portugal', 'Sweden', 'Japan', 'Nigeria', 'Poland', 'Morocco', 'Canada', 'Greece', 'Ireland', 'Turkey']
ORG = ['La Terrazza', 'Volvo Cars', 'Panasonic', 'Zenith Bank', 'Allegro', 'Royal Air Maroc', 'McGill University',
       'IKEA', 'Hawaiian Airlines', 'Adani Group', 'Bancolombia', 'Airbus', 'University of Limerick', 'Garanti BBVA',
       'Nokia', 'Piraeus Bank']
NRP = ['Portuguese', 'Swedish', 'Japanese', 'Igbo', 'Polish', 'Moroccan', 'Québécois', 'Hawaiian', 'Gujarati', 'Colombian',
       'Catholic', 'Muslim', 'Orthodox', 'Hindu', 'Lutheran', 'Buddhist']
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def P(): return ('PERSON', R.choice(FIRST) + ' ' + R.choice(LAST))
def F(): return ('PERSON', R.choice(FIRST))
def C(): return ('LOCATION', R.choice(CITY))
def K(): return ('LOCATION', R.choice(COUNTRY))
def O(): return ('ORGANIZATION', R.choice(ORG))
def N(): return ('NRP', R.choice(NRP))
def D(): return ('DATE_TIME', R.choice(['%s %d' % (R.choice(MON), R.randint(1, 28)), '%d %s %d' % (R.randint(1, 28), R.choice(MON), R.randint(2020, 2027)), 'next %s' % R.choice(['Monday', 'Friday', 'Saturday'])]))
def E(): return ('EMAIL_ADDRESS', '%s.%s@%s' % (R.choice(['tomas', 'ingrid', 'kenji', 'amaka']), R.choice(['f', 'l', 'w']), R.choice(['gmail.com', 'outlook.de', 'icloud.com'])))
def PH(): return ('PHONE_NUMBER', R.choice(['+351 912 %s %s' % (rd(3, R), rd(3, R)), '+46 70 %s %s %s' % (rd(3, R), rd(2, R), rd(2, R)), '+1 514 %s %s' % (rd(3, R), rd(4, R)), '+81 90 %s %s' % (rd(4, R), rd(4, R))]))
def CC(): return ('CREDIT_CARD', group(card(R, R.choice(['visa', 'mc'])), 4))
def IB(): return ('IBAN_CODE', group(iban(R, R.choice(['PT', 'SE', 'DE', 'IE'])), 4))
T = [
    ["I'm planning a surprise party for my husband ", F, " at ", O, " in ", C, " on ", D, ". Can you draft the invitation?"],
    ["My sister ", P, " just moved to ", C, " for a job at ", O, ". What should I send her as a housewarming gift?"],
    ["Help me write a complaint: ", O, " charged my card ", CC, " twice. I'm ", P, ", reachable at ", E, "."],
    ["Our ", N, " exchange student ", F, " arrives ", D, ". Suggest a weekend plan in ", C, "."],
    ["Translate for my grandmother ", P, ", who only reads ", N, ": 'the flight to ", C, " leaves at noon'."],
    ["I owe ", P, " 200 euros; her IBAN is ", IB, ". Write a short note to go with the transfer."],
    ["Write a cover letter for ", P, " applying to ", O, " in ", K, ". She can be reached on ", PH, "."],
    ["My landlord ", P, " keeps entering the flat in ", C, " without notice. Is that legal in ", K, "?"],
    ["Can you check if ", O, " is hiring in ", C, "? My cousin ", F, " has an interview ", D, "."],
    ["Rewrite this more kindly: '", F, ", stop forwarding my emails to ", E, ".'"],
    ["We are a ", N, " family from ", C, " moving to ", K, "; what documents do we need?"],
    ["Recommend a book for ", F, ", a ", N, " nurse at ", O, " who loves crime novels."],
    ["Summarise: ", P, " (", PH, ") says the ", O, " store in ", C, " refused her refund."],
    ["Plan a route from ", C, " to ", C, " for ", P, " and ", P, ", leaving ", D, "."],
    ["Draft a reminder to ", P, " that the ", O, " invoice is due ", D, "."],
]
recs = []
for i in range(450):
    t = R.choice(T)
    text, ents = fill(t)
    if R.random() < 0.1:
        text = text.lower()
    recs.append({'id': 'p9-%04d' % i, 'text': text, 'entities': ents})
write(recs)
