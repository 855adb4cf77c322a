"""Probe 7: multilingual and structured prompts (JSON, CSV, tables, key=value),
new names. Written before any change was tried against it."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import write
R = random.Random(777)
P = {'en': ['Harriet Lowe', 'Desmond Achebe', 'Priyanka Nair', 'Callum Reid', 'Yasmin Haddad'],
     'es': ['Itziar Etxeberria', 'Rodrigo Villalobos', 'Montserrat Puig', 'Gonzalo Ibáñez'],
     'it': ['Federica Colombo', 'Alessio Marchetti', 'Ilaria Greco', 'Tommaso Rinaldi'],
     'de': ['Friederike Baumann', 'Jörg Hoffmann', 'Anke Schröder', 'Dirk Wagner'],
     'fr': ['Aurélie Lefèvre', 'Mathieu Rousseau', 'Céline Mercier', 'Yannick Fontaine'],
     'pl': ['Agnieszka Zielińska', 'Tomasz Kamiński', 'Magdalena Wójcik'],
     'fi': ['Riikka Laaksonen', 'Ville Heinonen', 'Sanna Koskinen'],
     'sv': ['Ebba Lundqvist', 'Gustav Bergström', 'Maja Sjöberg'],
     'tr': ['Elif Yıldız', 'Burak Öztürk', 'Selin Arslan'],
     'nl': ['Femke de Boer', 'Joris van Dijk', 'Lotte Visser'],
     'pt': ['Inês Carvalho', 'Rafael Monteiro', 'Beatriz Rocha']}
C = {'en': ['Leicester', 'Boise', 'Hamilton', 'Darwin'], 'es': ['Pamplona', 'Valladolid', 'Córdoba'],
     'it': ['Bergamo', 'Perugia', 'Lecce'], 'de': ['Freiburg', 'Kassel', 'Rostock'], 'fr': ['Nantes', 'Rennes', 'Dijon'],
     'pl': ['Lublin', 'Toruń', 'Rzeszów'], 'fi': ['Jyväskylä', 'Oulu', 'Kuopio'], 'sv': ['Linköping', 'Umeå', 'Örebro'],
     'tr': ['Eskişehir', 'Trabzon', 'Konya'], 'nl': ['Utrecht', 'Groningen', 'Maastricht'], 'pt': ['Braga', 'Aveiro', 'Faro']}
O = ['Kestrelworks BV', 'Banco Meridional', 'Ferrovie Nord SpA', 'Stadtwerke Kassel GmbH', 'Crédit Mutuel',
     'PKO Bank Polski', 'Nordea', 'Türk Telekom', 'Caixa Geral de Depósitos', 'Hollis & Grant LLP', 'Aalto University']
TPL = {
    'en': ['Please anonymise: {P} from {C} works at {O}.', 'Customer {P} ({C}) wants to cancel the {O} contract.'],
    'es': ['El cliente {P}, de {C}, trabaja en {O}.', 'Por favor llama a {P} en {C} mañana.'],
    'it': ['La signora {P} di {C} lavora presso {O}.', 'Ho parlato con {P} a {C} ieri.'],
    'de': ['Frau {P} aus {C} arbeitet bei {O}.', 'Bitte rufen Sie {P} in {C} zurück.'],
    'fr': ['Madame {P}, de {C}, travaille chez {O}.', 'Merci de contacter {P} à {C}.'],
    'pl': ['Pani {P} z {C} pracuje w {O}.', 'Proszę zadzwonić do {P} w {C}.'],
    'fi': ['Asiakas {P} ({C}) työskentelee yrityksessä {O}.', 'Soita {P} huomenna, hän asuu kaupungissa {C}.'],
    'sv': ['Kunden {P} i {C} arbetar på {O}.', 'Ring {P} i {C} i morgon.'],
    'tr': ['Müşteri {P}, {C} şehrinde {O} şirketinde çalışıyor.', 'Lütfen {P} ile {C} ofisinde görüşün.'],
    'nl': ['Klant {P} uit {C} werkt bij {O}.', 'Bel {P} in {C} morgen terug.'],
    'pt': ['A cliente {P}, de {C}, trabalha na {O}.', 'Ligue para {P} em {C} amanhã.'],
}
STRUCT = [
    lambda p, c, o: ('{"customer": "%s", "city": "%s", "employer": "%s"}', [('PERSON', p), ('LOCATION', c), ('ORGANIZATION', o)]),
    lambda p, c, o: ('name,city,company\n%s,%s,%s', [('PERSON', p), ('LOCATION', c), ('ORGANIZATION', o)]),
    lambda p, c, o: ('| Name | City | Employer |\n|---|---|---|\n| %s | %s | %s |', [('PERSON', p), ('LOCATION', c), ('ORGANIZATION', o)]),
    lambda p, c, o: ('user=%s location=%s org=%s status=active', [('PERSON', p), ('LOCATION', c), ('ORGANIZATION', o)]),
    lambda p, c, o: ('- Name: %s\n- City: %s\n- Company: %s', [('PERSON', p), ('LOCATION', c), ('ORGANIZATION', o)]),
]
recs = []
for i in range(450):
    lang = R.choice(list(TPL))
    p, c, o = R.choice(P[lang]), R.choice(C[lang]), R.choice(O)
    if R.random() < 0.3:
        fmt, ents_v = R.choice(STRUCT)(p, c, o)
        text = fmt % tuple(v for _, v in ents_v)
        ents = []; pos = 0
        for ty, v in ents_v:
            k = text.index(v, pos); ents.append({'entity_type': ty, 'start': k, 'end': k + len(v)}); pos = k + len(v)
    else:
        t = R.choice(TPL[lang]); text = ''; ents = []; j = 0
        import re
        for m in re.finditer(r'\{(P|C|O)\}', t):
            text += t[j:m.start()]; v = {'P': p, 'C': c, 'O': o}[m.group(1)]
            ents.append({'entity_type': {'P': 'PERSON', 'C': 'LOCATION', 'O': 'ORGANIZATION'}[m.group(1)], 'start': len(text), 'end': len(text) + len(v)})
            text += v; j = m.end()
        text += t[j:]
    recs.append({'id': 'p7-%04d' % i, 'text': text, 'entities': ents})
write(recs)
