"""Probe 3: dev-style chat prompts with new templates and new names, all
entity kinds mixed. Written before any change was tried against it."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(31337)
FIRST = ['Maren', 'Tobias', 'Ilse', 'Rafael', 'Yuki', 'Amara', 'Kofi', 'Sunita', 'Dmitri', 'Leila', 'Håkon', 'Beatriz',
         'Ngozi', 'Chidi', 'Farah', 'Oren', 'Mirela', 'Teodor', 'Ayumi', 'Quentin', 'Ingrid', 'Matteo', 'Zofia', 'Rustam',
         'Priya', 'Eamon', 'Solveig', 'Thiago', 'Nadia', 'Wojciech', 'Keiko', 'Bashir', 'Lucie', 'Anders', 'Imani', 'Esra']
LAST = ['Halvorsen', 'Okonkwo', 'Brandt', 'Castellanos', 'Morimoto', 'Adeyemi', 'Mensah', 'Raghavan', 'Volkov', 'Haddad',
        'Lindqvist', 'Carvalho', 'Eze', 'Nwosu', 'Qureshi', 'Ben-David', 'Popescu', 'Ionescu', 'Takeda', 'Lefebvre',
        'Sørensen', 'Russo', 'Zielińska', 'Karimov', 'Subramanian', 'Gallagher', 'Eriksen', 'Barbosa', 'Mansour',
        'Kowalczyk', 'Fujita', 'Rahimi', 'Dubois', 'Nyberg', 'Otieno', 'Demir']
CITY = ['Trondheim', 'Enugu', 'Salvador', 'Nagoya', 'Kumasi', 'Coimbra', 'Tampere', 'Graz', 'Lyon', 'Bilbao', 'Kraków',
        'Izmir', 'Pune', 'Wellington', 'Halifax', 'Tucson', 'Leeds', 'Bergen', 'Bologna', 'Valparaíso', 'Daegu', 'Cebu']
COUNTRY = ['Norway', 'Nigeria', 'Brazil', 'Japan', 'Ghana', 'Portugal', 'Finland', 'Austria', 'Kenya', 'Chile', 'Canada']
ORG = ['Northwind Traders', 'Bluestone Analytics Ltd', 'Helios Energy GmbH', 'Kestrel Insurance', 'Mapleleaf Credit Union',
       'St. Olav Hospital', 'Ridgeview Medical Group', 'Accenture', 'Siemens', 'Deutsche Bank', 'Tata Consultancy Services',
       'Ferro Costruzioni S.p.A.', 'Larkhill Academy', 'Pinecrest Dental Clinic']
NAT = ['Norwegian', 'Nigerian', 'Brazilian', 'Japanese', 'Ghanaian', 'Portuguese', 'Finnish', 'Kenyan', 'Chilean']
REL = ['Buddhist', 'Muslim', 'Catholic', 'Sikh', 'Orthodox', 'Hindu', 'Jewish', 'Protestant']
STREET = ['Birch Lane', 'Harbour Road', 'Kingsway', 'Elm Court', 'Station Street', 'Mill Road', 'Oak Terrace']
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
recs = []

def person(case=None):
    f, l = R.choice(FIRST), R.choice(LAST)
    return ('PERSON', R.choice([f + ' ' + l, f + ' ' + l, l + ' ' + f if R.random() < 0.1 else f + ' ' + l]))
def first(): return ('PERSON', R.choice(FIRST))
def city(): return ('LOCATION', R.choice(CITY))
def country(): return ('LOCATION', R.choice(COUNTRY))
def org(): return ('ORGANIZATION', R.choice(ORG))
def nat(): return ('NRP', R.choice(NAT))
def rel(): return ('NRP', R.choice(REL))
def street(): return ('LOCATION', '%d %s' % (R.randint(2, 2999), R.choice(STREET)))
def email():
    f, l = R.choice(FIRST).lower(), R.choice(LAST).lower()
    f = f.encode('ascii', 'ignore').decode(); l = l.encode('ascii', 'ignore').decode()
    return ('EMAIL_ADDRESS', '%s.%s@%s' % (f, l, R.choice(['gmail.com', 'outlook.com', 'proton.me', 'firma.de', 'mail.co.uk'])))
def phone():
    return ('PHONE_NUMBER', R.choice(['+47 %s %s %s' % (rd(3, R), rd(2, R), rd(3, R)), '(%s) %s-%s' % (R.choice(['212', '415', '617', '303']), rd(3, R), rd(4, R)),
                                      '+44 7%s %s' % (rd(3, R), rd(6, R)), '+234 80%s %s %s' % (rd(1, R), rd(3, R), rd(4, R)), '+81 3-%s-%s' % (rd(4, R), rd(4, R))]))
def date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2026)
    return ('DATE_TIME', R.choice(['%d %s %d' % (d, MON[m - 1], y), '%s %d, %d' % (MON[m - 1], d, y), '%04d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (d, m, y)]))
def ccard(): return ('CREDIT_CARD', group(card(R, R.choice(['visa', 'mc'])), 4))
def ibanv(): return ('IBAN_CODE', group(iban(R, R.choice(['DE', 'GB', 'FR', 'NO', 'ES'])), 4))
def ssnv(): return ('US_SSN', '-'.join(ssn(R)))
def ip(): return ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))

T = [
    ['Hey, could you help me write a complaint? I am ', person, ' and the courier lost my parcel sent to ', street, ', ', city, ' on ', date, '.'],
    ['Summarise this email thread for me:\nFrom: ', person, ' <', email, '>\nSubject: contract renewal with ', org, '\nWe should sign before ', date, '.'],
    ['My colleague ', first, ' moved from ', city, ' to ', country, ' last spring and still gets mail from ', org, '.'],
    ['Rewrite politely: ', person, ' never paid the invoice. Her number is ', phone, ' if you need it.'],
    ['Draft a reference letter for ', person, ', a ', nat, ' nurse who worked at ', org, ' in ', city, ' until ', date, '.'],
    ['Patient note: ', person, ', ', rel, ', DOB ', date, ', allergic to penicillin. Next of kin: ', person, ', ', phone, '.'],
    ['Why was my card ', ccard, ' declined at ', org, ' yesterday? The bank in ', city, ' says all is fine.'],
    ['Please set up the transfer to ', ibanv, ' for ', person, ' (', email, ').'],
    ['Tax form question: my SSN is ', ssnv, ' and my employer ', org, ' moved to ', city, '.'],
    ['Write a short bio: ', person, ' grew up in ', city, ', studied in ', country, ' and now leads research at ', org, '.'],
    ['Is this login suspicious? User ', person, ' signed in from ', ip, ' (', city, ') at 03:12.'],
    ['I need to cancel the booking for ', person, ' and ', person, ' at the hotel in ', city, ' for ', date, '.'],
    ['Translate into Spanish: "', person, ' will meet you at the ', city, ' office on ', date, '."'],
    ['Our new supplier is ', org, '; the account manager is ', person, ', reachable at ', email, ' or ', phone, '.'],
    ['Can you check the grammar? "Yesterday ', first, ' and me went to ', city, ' to visit ', person, '."'],
    ['The claimant, ', person, ' (', nat, '), alleges that ', org, ' failed to pay wages since ', date, '.'],
    ['Make a packing list for my trip to ', country, '. I fly with my friend ', first, ' on ', date, '.'],
    ['Format this as a table: ', person, ', ', city, ', ', email, '; ', person, ', ', city, ', ', email],
    ['Meeting notes - attendees: ', person, ' (', org, '), ', person, ' (', org, '). Action: send the deck to ', first, '.'],
    ['Write a birthday message for my aunt ', person, ' who turns 70 on ', date, ' in ', city, '.'],
    ['What documents does a ', nat, ' citizen need to work in ', country, '? Asking for ', person, '.'],
    ['Explain this bank statement line: DEBIT ', ccard, ' ', org, ' ', city, '.'],
    ['Please remove personal data from: "', person, ', born ', date, ', lives at ', street, ', ', city, ', phone ', phone, '."'],
    ['Congregation update: ', person, ' joined the ', rel, ' community in ', city, ' and will volunteer at ', org, '.'],
    ['Support chat transcript\n', first, ': my refund never arrived\nAgent: sorry, what is your email?\n', first, ': ', email],
    ['Generate a SQL insert for customer ', person, ' with email ', email, ' and city ', city, '.'],
    ['How do I tell ', first, ' that the ', org, ' offer in ', city, ' was withdrawn?'],
    ['Invoice #4471 for ', org, ', billed to ', person, ', ', street, ', ', city, ', due ', date, '.'],
    ['Compare the health systems of ', country, ' and ', country, ' for a report by ', person, '.'],
    ['Background: ', person, ' is a ', rel, ' ', nat, ' entrepreneur; he founded ', org, ' in ', city, '.'],
]
NEG = [
    'Write a haiku about autumn leaves and quiet rivers.',
    'Explain the difference between TCP and UDP in two paragraphs.',
    'Sort these numbers: 42, 7, 19, 3, 88.',
    'What is the capital gains tax rate on long-term holdings? Keep it general.',
    'Refactor this function to use a dictionary instead of a chain of if statements.',
    'Our Q3 Roadmap includes Dark Mode, Offline Sync and Faster Search.',
    'Turn on Do Not Disturb and Night Shift before the Keynote.',
    'The Summer Collection features Linen Shirts and Canvas Shoes.',
]
for i in range(500):
    t = R.choice(T)
    text, ents = fill(t)
    if R.random() < 0.12:
        text, ents = text.lower(), ents
    recs.append({'id': 'p3-%04d' % i, 'text': text, 'entities': ents})
for j, t in enumerate(NEG * 6):
    recs.append({'id': 'p3n-%04d' % j, 'text': t, 'entities': []})
write(recs)
