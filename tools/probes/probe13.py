"""Probe 13: national identifiers in their own languages, with names and
towns, new sentence shapes. Written before any change was tried on it."""
import os, random, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import *
R = random.Random(131313)
def pick(l): return R.choice(l)
FI = (['Eetu Salminen', 'Kaisa Nurmi', 'Lauri Mäkinen', 'Tuuli Hakala'], ['Lahti', 'Vaasa', 'Joensuu', 'Kotka'])
SE = (['Astrid Holm', 'Linus Ek', 'Saga Nyström', 'Viktor Lindqvist'], ['Västerås', 'Gävle', 'Karlstad', 'Luleå'])
ES = (['Nerea Ortiz Vidal', 'Iker Lozano', 'Rocío Medina', 'Unai Prieto'], ['Logroño', 'Cáceres', 'Gijón', 'Huelva'])
IT = (['Giorgia Ferri', 'Matteo Galli', 'Sara Benedetti', 'Davide Longo'], ['Trento', 'Pescara', 'Modena', 'Sassari'])
PL = (['Zuzanna Kaczmarek', 'Kacper Mazur', 'Julia Krawczyk', 'Filip Zając'], ['Opole', 'Kielce', 'Olsztyn', 'Płock'])
TR = (['Deniz Aksoy', 'Ece Korkmaz', 'Kaan Özdemir', 'Melis Acar'], ['Samsun', 'Kayseri', 'Mersin', 'Malatya'])
T = [
    lambda: ('FI', ['Hei, olen ', ('PERSON', pick(FI[0])), ' ja henkilötunnukseni on ', ('FI_PERSONAL_IDENTITY_CODE', hetu(R)), '. Asun ', ('LOCATION', pick(FI[1])), 'ssa.']),
    lambda: ('SE', ['Hej! ', ('PERSON', pick(SE[0])), ' här, mitt personnummer är ', ('SE_PERSONNUMMER', se_pnr(R)), ' och jag bor i ', ('LOCATION', pick(SE[1])), '.']),
    lambda: ('ES', ['Buenos días, soy ', ('PERSON', pick(ES[0])), ', mi NIE es ', ('ES_NIE', nie(R)), ' y vivo en ', ('LOCATION', pick(ES[1])), '.']),
    lambda: ('IT', ['Buongiorno, sono ', ('PERSON', pick(IT[0])), ' di ', ('LOCATION', pick(IT[1])), ', il mio codice fiscale è ', ('IT_FISCAL_CODE', cf(R)), '.']),
    lambda: ('PL', ['Dzień dobry, nazywam się ', ('PERSON', pick(PL[0])), ', mój numer PESEL to ', ('PL_PESEL', pesel(R)), ', mieszkam w ', ('LOCATION', pick(PL[1])), '.']),
    lambda: ('TR', ['Merhaba, ben ', ('PERSON', pick(TR[0])), '. T.C. kimlik numaram ', ('TR_NATIONAL_ID', tr_id(R)), ', ', ('LOCATION', pick(TR[1])), "'da oturuyorum."]),
    lambda: ('EN', ['Translate for HR: ', ('PERSON', pick(FI[0])), ' (henkilötunnus ', ('FI_PERSONAL_IDENTITY_CODE', hetu(R)), ') starts in ', ('LOCATION', pick(FI[1])), ' on ', ('DATE_TIME', '%d.%d.%d' % (R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2027))), '.']),
    lambda: ('EN', ['Is this Swedish ID valid? ', ('SE_PERSONNUMMER', se_pnr(R, long=True)), ' belongs to ', ('PERSON', pick(SE[0])), '.']),
    lambda: ('EN', ['The Spanish tax ID of ', ('PERSON', pick(ES[0])), ' is ', ('ES_NIF', nif(R)), '; she moved to ', ('LOCATION', pick(ES[1])), '.']),
    lambda: ('EN', ['Italian VAT number ', ('IT_VAT_CODE', piva(R)), ' belongs to the supplier in ', ('LOCATION', pick(IT[1])), '; contact ', ('PERSON', pick(IT[0])), '.']),
]
recs = []
for i in range(450):
    lang, parts = R.choice(T)()
    text, ents = fill(parts)
    recs.append({'id': 'p13-%04d' % i, 'text': text, 'entities': ents})
write(recs)
