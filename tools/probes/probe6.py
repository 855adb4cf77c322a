"""Probe 6: NER forms in chat prompts: name shapes, places with states and
addresses, firms and institutions, parties and faiths. Written before any
change was tried against it."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import write
R = random.Random(6060)
NAMES = ["Sean O'Neill", 'Mary-Kate Olsen', 'Pieter van der Berg', 'Ana María López García', 'Abdullah al-Farsi',
         'Nguyen Thi Lan', 'Li Wei', 'J. Robert Hayes', 'Emily R. Carter', 'Dr. Hannah Weiss', 'Prof. Kenji Mori',
         'Olumide Bakare', 'Siddharth Rao', 'Ekaterina Smirnova', 'Jean-Luc Moreau', 'Björn Åkesson', 'Zainab Bello',
         'Marco De Luca', 'Grace Kim', 'Tomás Ó Briain', 'Fiona MacLeod', 'Hiroshi Tanaka', 'Aisha Rahman', 'Lukas Novak']
FIRST = ['Sean', 'Emily', 'Olumide', 'Grace', 'Hiroshi', 'Aisha', 'Lukas', 'Zainab', 'Marco', 'Fiona']
PLACES = ['Austin, TX', 'Springfield, Illinois', 'Manchester', 'São Paulo', 'Lagos', 'Kyoto', 'Vancouver, BC',
          'Rotterdam', 'Nairobi', 'Krakow', 'Adelaide', 'Cork', 'Marseille', 'Bogotá', 'Hanoi', 'Tel Aviv']
ADDR = ['221B Baker Street', '12 Rue de Rivoli', '1600 Pennsylvania Avenue', '45 Queen Street West', '7 Calle Mayor',
        'Flat 3, 18 Church Road', '350 Fifth Avenue']
ORGS = ['University of Toronto', "St. Mary's Hospital", 'Baker & Sons Ltd', 'Nordic Fintech AB', 'Acme Corp.',
        'Greenfield Primary School', 'Royal Bank of Canada', 'Lagos State University', 'Kaiser Permanente',
        'Red Cross', 'Harbor Freight Tools', 'Maple Leaf Foods Inc.', 'Stanford University', 'Unicef']
NRP = ['Democrat', 'Republican', 'Labour', 'Muslim', 'Catholic', 'Hindu', 'Jewish', 'Buddhist', 'Nigerian', 'Vietnamese',
       'Brazilian', 'Korean', 'Mexican', 'Scottish']
T = [
    ['Write a LinkedIn recommendation for ', 'N', ', who led the data team at ', 'O', ' in ', 'L', '.'],
    ['Can you proofread this? "Dear ', 'F', ', thank you for visiting us in ', 'L', ' last week."'],
    ['Convert this address to a mailing label: ', 'N', ', ', 'A', ', ', 'L'],
    ['My neighbour ', 'N', ' is a ', 'Q', ' and wants to volunteer at ', 'O', '.'],
    ['Which visa does a ', 'Q', ' student need to study at ', 'O', '?'],
    ['Plan a 3-day itinerary in ', 'L', ' for ', 'N', ' and ', 'N', '.'],
    ['Summarize the complaint: ', 'N', ' says ', 'O', ' overcharged her at the ', 'L', ' branch.'],
    ['Is it rude to call my boss ', 'F', ' by first name? He is ', 'Q', '.'],
    ['Draft an apology email to ', 'N', ' from the billing team of ', 'O', '.'],
    ['The package for ', 'N', ' is stuck in ', 'L', '; it was sent to ', 'A', '.'],
    ['Translate: "Mi nombre es ', 'N', ' y vivo en ', 'L', '."'],
    ['Create a contact card: name ', 'N', ', company ', 'O', ', city ', 'L', '.'],
    ['Who should I contact at ', 'O', ' about the internship? My professor, ', 'N', ', suggested it.'],
    ['Write a toast for ', 'F', "'s wedding in ", 'L', '.'],
    ['Our donor ', 'N', ' (', 'Q', ') pledged $5,000 to ', 'O', '.'],
    ['Remind me to call ', 'F', ' about the lease at ', 'A', '.'],
    ['Explain why ', 'N', ' voted ', 'Q', ' in the last election.'],
    ['Reschedule the interview with ', 'N', ' from ', 'O', ' to next Tuesday.'],
    ['Book a taxi from ', 'A', ' to the airport for ', 'N', '.'],
    ['Compare living costs in ', 'L', ' and ', 'L', ' for a family of four.'],
]
recs = []
for i in range(400):
    t = R.choice(T); text, ents = '', []
    low = R.random() < 0.1
    for p in t:
        if p in ('N', 'F', 'L', 'A', 'O', 'Q'):
            v = {'N': lambda: R.choice(NAMES), 'F': lambda: R.choice(FIRST), 'L': lambda: R.choice(PLACES),
                 'A': lambda: R.choice(ADDR), 'O': lambda: R.choice(ORGS), 'Q': lambda: R.choice(NRP)}[p]()
            ty = {'N': 'PERSON', 'F': 'PERSON', 'L': 'LOCATION', 'A': 'LOCATION', 'O': 'ORGANIZATION', 'Q': 'NRP'}[p]
            if p == 'L' and ', ' in v:
                a, b = v.split(', ')
                ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(a)})
                ents.append({'entity_type': ty, 'start': len(text) + len(a) + 2, 'end': len(text) + len(v)})
            elif p == 'N' and v.split()[0] in ('Dr.', 'Prof.'):
                k = len(v.split()[0]) + 1
                ents.append({'entity_type': ty, 'start': len(text) + k, 'end': len(text) + len(v)})
            else:
                ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
            text += v
        else:
            text += p
    if low:
        text = text.lower()
    recs.append({'id': 'p6-%04d' % i, 'text': text, 'entities': ents})
write(recs)
