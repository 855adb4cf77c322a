"""Probe 4: dev-style prompts, new templates and names, national IDs and
financial values among names, places and firms. Written before any change
was tried against it."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(4242)
FIRST = ['Gwen', 'Henrik', 'Paloma', 'Dariusz', 'Mei', 'Obinna', 'Rania', 'Lorenzo', 'Siobhan', 'Kaito', 'Elif', 'Viktor',
         'Anneke', 'Joaquín', 'Tamar', 'Bongani', 'Signe', 'Arjun', 'Camille', 'Mateus', 'Hyun-woo', 'Fatou', 'Linnea', 'Rory']
LAST = ['Whitlock', 'Ström', 'Echeverría', 'Wróblewski', 'Tanaka', 'Obi', 'Khalil', 'Moretti', 'Doyle', 'Ishikawa', 'Aydın',
        'Novák', 'de Vries', 'Salazar', 'Peretz', 'Dlamini', 'Holm', 'Menon', 'Girard', 'Ferreira', 'Jang', 'Diallo', 'Ek', 'Quinn']
CITY = ['Aarhus', 'Gdańsk', 'Málaga', 'Sapporo', 'Ibadan', 'Haifa', 'Durban', 'Uppsala', 'Mysuru', 'Perth', 'Cork', 'Porto',
        'Turku', 'Verona', 'Ankara', 'Busan', 'Geelong', 'Quebec City', 'Sheffield', 'Eindhoven']
ORG = ['Harbourview Credit Union', 'Lindqvist & Berg AB', 'Sunrise Pediatrics', 'Copperleaf Mining Ltd', 'Orion Freight GmbH',
       'Tallwood Capital', 'Banco Andino', 'Mercy General Hospital', 'Vantage Telecom', 'Westfield Pharmacy']
NAT = ['Danish', 'Polish', 'Spanish', 'Japanese', 'Israeli', 'South African', 'Swedish', 'Indian', 'Irish', 'Turkish']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
recs = []
def P(): return ('PERSON', R.choice(FIRST) + ' ' + R.choice(LAST))
def C(): return ('LOCATION', R.choice(CITY))
def O(): return ('ORGANIZATION', R.choice(ORG))
def N(): return ('NRP', R.choice(NAT))
def D():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2025)
    return ('DATE_TIME', R.choice(['%s %d, %d' % (MON[m - 1], d, y), '%d.%d.%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d)]))
def E():
    return ('EMAIL_ADDRESS', '%s%d@%s' % (R.choice(['gwen', 'h.strom', 'pal', 'dw', 'mei.t', 'obinna']), R.randint(1, 99), R.choice(['example.org', 'mailbox.eu', 'yahoo.com'])))
def PH(): return ('PHONE_NUMBER', R.choice(['+45 %s %s %s %s' % (rd(2, R), rd(2, R), rd(2, R), rd(2, R)), '+61 4%s %s %s' % (rd(2, R), rd(3, R), rd(3, R)), '+91 9%s %s' % (rd(4, R), rd(5, R)), '(503) 5%s-%s' % (rd(2, R), rd(4, R))]))
def SSN(): return ('US_SSN', '-'.join(ssn(R)))
def ITIN(): return ('US_ITIN', '-'.join(itin(R)))
def NHS(): x = nhs(R); return ('UK_NHS', x[:3] + ' ' + x[3:6] + ' ' + x[6:])
def SIN(): x = sin(R); return ('CA_SIN', x[:3] + ' ' + x[3:6] + ' ' + x[6:])
def TFN(): x = tfn(R); return ('AU_TFN', x[:3] + ' ' + x[3:6] + ' ' + x[6:])
def ABN(): x = abn(R); return ('AU_ABN', x[:2] + ' ' + x[2:5] + ' ' + x[5:8] + ' ' + x[8:])
def AAD(): x = aadhaar(R); return ('IN_AADHAAR', x[:4] + ' ' + x[4:8] + ' ' + x[8:])
def PAN(): return ('IN_PAN', pan(R))
def NRIC(): return ('SG_NRIC_FIN', nric(R))
def NIE(): return ('ES_NIE', nie(R))
def CF(): return ('IT_FISCAL_CODE', cf(R))
def PESEL(): return ('PL_PESEL', pesel(R))
def PNR(): return ('SE_PERSONNUMMER', se_pnr(R))
def HETU(): return ('FI_PERSONAL_IDENTITY_CODE', hetu(R))
def RRN(): return ('KR_RRN', kr_rrn(R))
def TR(): return ('TR_NATIONAL_ID', tr_id(R))
def ZA(): return ('ZA_ID_NUMBER', za_id(R))
def NPI(): return ('US_NPI', npi(R))
def CARD(): return ('CREDIT_CARD', group(card(R, R.choice(['visa', 'mc', 'amex'])), 4))
def IBAN(): return ('IBAN_CODE', group(iban(R, R.choice(['DE', 'NL', 'IT', 'PL'])), 4))
def BTC(): return ('CRYPTO', btc(R, R.choice(['p2pkh', 'wpkh', 'tr'])))
def IP(): return ('IP_ADDRESS', '%d.%d.%d.%d' % (R.randint(11, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
def URL(): return ('URL', 'https://%s/%s' % (R.choice(['portal.vantage-telecom.com', 'my.tallwood.capital', 'orionfreight.de']), R.choice(['account', 'claims/8812', 'login?next=%2Fhome'])))

T = [
    ['Can you fill the W-7 draft for ', P, '? Her ITIN is ', ITIN, ' and she lives in ', C, '.'],
    ['Redact this before I paste it in Slack: ', P, ', social security number ', SSN, ', DOB ', D, '.'],
    ['GP referral for ', P, ' (NHS ', NHS, ') to ', O, ' in ', C, '.'],
    ['Onboarding in ', lambda: ('LOCATION', 'Canada'), ': ', P, ' gave SIN ', SIN, ' and email ', E, '.'],
    ['Payroll AU: contractor ', P, ', tax file number ', TFN, ', invoices via ', O, ', ABN ', ABN, '.'],
    ['KYC check failed for ', P, ': Aadhaar ', AAD, ', PAN ', PAN, ', city ', C, '.'],
    [lambda: ('LOCATION', 'Singapore'), ' visa form: ', P, ', NRIC ', NRIC, ', phone ', PH, '.'],
    ['Contrato de alquiler: ', P, ', NIE ', NIE, ', con domicilio en ', C, '.'],
    ['Scheda paziente: ', P, ', codice fiscale ', CF, ', nato il ', D, '.'],
    ['Wniosek: ', P, ', numer PESEL ', PESEL, ', zamieszkały w ', C, '.'],
    ['Ansökan från ', P, ' med personnummer ', PNR, ' skickades ', D, '.'],
    ['Hakemus: ', P, ', henkilötunnus ', HETU, ', puhelin ', PH, '.'],
    ['Patient registration: ', P, ', RRN ', RRN, ', clinic in ', C, '.'],
    ['Müşteri ', P, ', TC kimlik numarası ', TR, ', şehir ', C, '.'],
    [lambda: ('NRP', 'South African'), ' applicant ', P, ', ID number ', ZA, ', employer ', O, '.'],
    ['Prescriber ', P, ', NPI ', NPI, ', practising at ', O, '.'],
    ['My card ', CARD, ' was charged twice by ', O, ' on ', D, '; I am ', P, '.'],
    ['Wire ', IBAN, ' bounced; the account holder ', P, ' is in ', C, ' until ', D, '.'],
    ['Did my transfer to ', BTC, ' go through? ', P, ' says it did not.'],
    ['Security alert: ', P, ' logged in from ', IP, ' near ', C, ' and opened ', URL, '.'],
    ['Translate for the ', N, ' client ', P, ': the meeting in ', C, ' is moved to ', D, '.'],
    ['Summarise: ', P, ' (', E, ', ', PH, ') complained that ', O, ' lost her luggage in ', C, '.'],
    ['Fix this CSV row: ', P, ';', E, ';', C, ';', D],
    ['Hi, ', P, ' here from ', O, '. Please call me back on ', PH, '.'],
    ['Background for the grant: ', P, ' is a ', N, ' researcher based in ', C, '.'],
]
for i in range(500):
    text, ents = fill(R.choice(T))
    recs.append({'id': 'p4-%04d' % i, 'text': text, 'entities': ents})
write(recs)
