#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the held-out evaluation set "heldout3" (see README.md).

Deterministic: fixed seed, one integer-seeded random.Random per customer,
no hash()/set iteration that could influence the output.  Python 3 stdlib only.

Writes next to this file:
  histories.jsonl     one customer per line
  labels.jsonl        same ids, same order: the findings the product should report
  confounders.jsonl   same ids: planted look-alikes that are NOT findings (for analysis)
  gen_stats.json      counts of everything planted

Optional argument: number of customers (default 3000); customer k's data does
not depend on it.
"""
import json
import math
import os
import random
import sys
import time
import traceback
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 31270118
N_CUST = 3000
TODAY = date(2027, 1, 18)


def D(n):
    return timedelta(days=n)


ONE = D(1)
PR_WIN_FROM = TODAY - D(34)     # 2026-12-15: first higher charge booked on/after (35 days incl. today)
UD_WIN_FROM = TODAY - D(29)     # 2026-12-20: 30 days incl. today
PLANT_PR_FROM = TODAY - D(31)   # planted price rises: first higher charge 2026-12-18 .. today
PLANT_FROM = TODAY - D(27)      # planted unusual/duplicate: 2026-12-22 .. today
AUDIT_PR_FROM = TODAY - D(41)   # band checked for accidental price rises (wider than the window)
AUDIT_UD_FROM = TODAY - D(33)   # band checked for accidental unusual debits / duplicates
OLD_MAX = TODAY - D(42)         # "too old" confounders happen on/before 2026-12-07
DT0 = datetime(2000, 1, 1)

# ---------------------------------------------------------------- calendar
HOLI = {date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 14),
        date(2026, 5, 25), date(2026, 10, 3), date(2026, 12, 25), date(2026, 12, 26),
        date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29)}
CAL0 = date(2026, 3, 2)
CAL_N = 460
_DATES = [CAL0 + D(i) for i in range(CAL_N)]
_ISB = [(d.weekday() < 5 and d not in HOLI) for d in _DATES]
_NEXT = [0] * CAL_N
_PREV = [0] * CAL_N
_k = CAL_N - 1
for _i in range(CAL_N - 1, -1, -1):
    if _ISB[_i]:
        _k = _i
    _NEXT[_i] = _k
_k = 0
for _i in range(CAL_N):
    if _ISB[_i]:
        _k = _i
    _PREV[_i] = _k


def next_bday(d):
    return _DATES[_NEXT[(d - CAL0).days]]


def prev_bday(d):
    return _DATES[_PREV[(d - CAL0).days]]


MONTHS = [(2026, m) for m in range(4, 13)] + [(2027, 1), (2027, 2), (2027, 3)]
MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
          'September', 'Oktober', 'November', 'Dezember']


def month_end(y, m):
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - ONE


def dom(y, m, day):
    e = month_end(y, m)
    return date(y, m, day if day <= e.day else e.day)


def last_bday(y, m):
    return prev_bday(month_end(y, m))


def first_bday(y, m):
    return next_bday(date(y, m, 1))


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def mfields(d):
    y, m = d.year, d.month
    ny, nm = add_months(y, m, 1)
    return {'MM': '%02d' % m, 'YYYY': str(y), 'YY': '%02d' % (y % 100), 'MON': MON_DE[m - 1],
            'DD': '%02d' % d.day, 'NMM': '%02d' % nm, 'NYYYY': str(ny), 'NMON': MON_DE[nm - 1],
            'Q': str((m - 1) // 3 + 1)}


def pay_date(rule, y, m):
    k = rule[0]
    if k == 'last':
        return last_bday(y, m)
    if k == 'first':
        return first_bday(y, m)
    if k == 'dom':
        return prev_bday(dom(y, m, rule[1]))
    return next_bday(dom(y, m, rule[1]))   # 'domn'


# ---------------------------------------------------------------- small helpers
ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'


def money(c):
    s = '-' if c < 0 else ''
    c = -c if c < 0 else c
    return '%s%d.%02d' % (s, c // 100, c % 100)


def de_num(x):
    return ('%.2f' % x).replace('.', ',')


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, items):
    tot = 0.0
    for _, w in items:
        tot += w
    r = rng.random() * tot
    for it, w in items:
        r -= w
        if r < 0:
            return it
    return items[-1][0]


def logn(rng, med, sig, lo, hi):
    v = med * math.exp(rng.gauss(0.0, sig))
    return lo if v < lo else (hi if v > hi else v)


def ce(x):
    return int(round(x * 100))


def code(rng, n):
    return ''.join(ALNUM[rng.randrange(34)] for _ in range(n))


def auth_code(rng):
    if rng.random() < 0.7:
        return '%06d' % rng.randrange(1000000)
    return code(rng, 6)


def asc(s):
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'AE'), ('Ö', 'OE'), ('Ü', 'UE'), ('ß', 'ss'),
                 ('ş', 's'), ('ç', 'c'), ('ğ', 'g')):
        s = s.replace(a, b)
    return s


def rand_day(rng, a, b):
    return a + D(rng.randint(0, (b - a).days))


def rand_bday(rng, a, b):
    for _ in range(20):
        d = next_bday(rand_day(rng, a, b))
        if a <= d <= b:
            return d
    d = prev_bday(b)
    return d if d >= a else None


def at_on(rng, d, h0, h1):
    return datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.randrange(60), rng.randrange(60))


def card_bday(rng, ad):
    r = rng.random()
    lag = 1 if r < 0.7 else (0 if r < 0.9 else 2)
    bd = next_bday(ad + D(lag))
    if (bd - ad).days > 3:
        bd = next_bday(ad)
    return bd


def mk(d, a, cp, cat, ref=None, at=None, ar=None, tag='', key=None, sid=None):
    return {'d': d, 'a': a, 'cp': cp, 'cat': cat, 'ref': ref, 'at': at, 'ar': ar, 'tag': tag,
            'key': cp if key is None else key, 'sid': sid}


def inc(st, k, n=1):
    st[k] = st.get(k, 0) + n


class Retry(Exception):
    pass


class Cx(object):
    pass


# ---------------------------------------------------------------- name pools
CITIES = [('Berlin', 'BERLIN'), ('Hamburg', 'HAMBURG'), ('München', 'MUENCHEN'), ('Köln', 'KOELN'),
          ('Frankfurt am Main', 'FRANKFURT'), ('Stuttgart', 'STUTTGART'), ('Düsseldorf', 'DUESSELDORF'),
          ('Leipzig', 'LEIPZIG'), ('Dortmund', 'DORTMUND'), ('Essen', 'ESSEN'), ('Bremen', 'BREMEN'),
          ('Dresden', 'DRESDEN'), ('Hannover', 'HANNOVER'), ('Nürnberg', 'NUERNBERG'), ('Duisburg', 'DUISBURG'),
          ('Bochum', 'BOCHUM'), ('Wuppertal', 'WUPPERTAL'), ('Bielefeld', 'BIELEFELD'), ('Bonn', 'BONN'),
          ('Münster', 'MUENSTER'), ('Mannheim', 'MANNHEIM'), ('Karlsruhe', 'KARLSRUHE'), ('Augsburg', 'AUGSBURG'),
          ('Wiesbaden', 'WIESBADEN'), ('Kiel', 'KIEL'), ('Freiburg', 'FREIBURG'), ('Rostock', 'ROSTOCK'),
          ('Erfurt', 'ERFURT'), ('Mainz', 'MAINZ'), ('Kassel', 'KASSEL'), ('Magdeburg', 'MAGDEBURG'),
          ('Potsdam', 'POTSDAM'), ('Regensburg', 'REGENSBURG'), ('Osnabrück', 'OSNABRUECK'),
          ('Oldenburg', 'OLDENBURG'), ('Heidelberg', 'HEIDELBERG'), ('Göttingen', 'GOETTINGEN'),
          ('Würzburg', 'WUERZBURG'), ('Ulm', 'ULM'), ('Paderborn', 'PADERBORN'), ('Lübeck', 'LUEBECK'),
          ('Chemnitz', 'CHEMNITZ'), ('Aachen', 'AACHEN'), ('Halle (Saale)', 'HALLE')]
SURN = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
        'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
        'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
        'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
        'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Yilmaz',
        'Kaya', 'Nowak', 'Kowalski', 'Demir', 'Popescu', 'Rossi', 'Vogel', 'Friedrich', 'Keller', 'Günther',
        'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Ludwig']
FIRST = ['Anna', 'Lukas', 'Lea', 'Jonas', 'Marie', 'Leon', 'Sophie', 'Felix', 'Laura', 'Paul', 'Julia', 'Tim',
         'Sarah', 'Jan', 'Lisa', 'Niklas', 'Katharina', 'David', 'Hannah', 'Tobias', 'Mehmet', 'Elif', 'Piotr',
         'Olga', 'Ahmet', 'Ayse', 'Jens', 'Sabine', 'Thomas', 'Petra', 'Michael', 'Andrea', 'Stefan', 'Claudia',
         'Maximilian', 'Emma', 'Ben', 'Mia', 'Finn', 'Lena', 'Ute', 'Klaus', 'Monika', 'Dieter', 'Gabi']

EMPLOYERS = ['{S} Logistik GmbH', 'Stadtwerke {CP} GmbH', 'Klinikum {CP} gGmbH', '{S} & {S2} Steuerberatung PartG',
             'Autohaus {S} GmbH', 'Universitätsklinikum {CP}', 'Stadt {CP}', 'DHL Hub Leipzig GmbH', 'DB Cargo AG',
             'REWE Markt GmbH', 'Kaufland Dienstleistung GmbH & Co. KG', 'Siemens Healthineers AG',
             'Robert Bosch GmbH', 'Bäckerei {S} GmbH', 'Pflegedienst {S} GmbH', 'Amazon Logistik {CP} GmbH',
             'IT-Systemhaus {S} GmbH', 'Ingenieurbüro {S} GmbH', 'Caritasverband {CP} e.V.', 'Diakonie {CP} gGmbH',
             'Zahnarztpraxis Dr. {S}', '{S} Maschinenbau GmbH', 'Hotel am Markt {CP} GmbH',
             'Gebäudereinigung {S} GmbH', 'Sparkasse {CP}', 'Allianz Deutschland AG',
             'Lidl Dienstleistung GmbH & Co. KG', 'Fraunhofer-Gesellschaft e.V.', 'Techniker Krankenkasse',
             'Stadtverwaltung {CP}', '{S} Elektrotechnik GmbH', 'SAP SE', 'Deutsche Telekom AG', 'BASF SE',
             'Kita-Eigenbetrieb {CP}', 'Spedition {S} GmbH & Co. KG', 'Apotheke am Markt {S} e.K.',
             'Mercedes-Benz Group AG', 'Helios Kliniken GmbH', 'Edeka Handelsgesellschaft Nord mbH']
SAL_REFS = ['LOHN / GEHALT {MM}/{YY}', 'Gehalt {MON} {YYYY}', 'Entgelt {MM}.{YYYY} PNR {P}',
            'Lohn {MM}/{YYYY} Personalnr. {P}', 'GEHALT {MON} {YYYY} {P}', 'Abrechnung {MM}/{YYYY} Netto',
            'Gehaltszahlung {MM}/{YYYY}', 'Entgeltabrechnung {MON} {YYYY} Pers.-Nr. {P}']

RENT_CO = ['Vonovia SE', 'LEG Wohnen NRW GmbH', 'Deutsche Wohnen SE', 'SAGA Unternehmensgruppe',
           'GEWOBAG Wohnungsbau-AG Berlin', 'Wohnungsbaugenossenschaft {CP} eG', 'Vivawest Wohnen GmbH',
           'Hausverwaltung {S} GmbH', 'Immobilienverwaltung {S} & Partner', 'GWG Städtische Wohnungsgesellschaft {CP}',
           'Grand City Property Ltd.', 'Adler Wohnen Service GmbH', 'Heimstaden Germany GmbH',
           'Spar- und Bauverein {CP} eG', 'TAG Wohnen & Service GmbH', 'Hausverwaltung {S} & Söhne']
ENERGY = ['E.ON Energie Deutschland GmbH', 'Vattenfall Europe Sales GmbH', 'EnBW Energie Baden-Württemberg AG',
          'Stadtwerke {CP} GmbH', 'Octopus Energy Germany GmbH', 'RheinEnergie AG', 'Yello Strom GmbH',
          'E WIE EINFACH GmbH', 'ENTEGA Plus GmbH', 'SWM Versorgungs GmbH', 'naturstrom AG', 'Polarstern GmbH',
          'LichtBlick SE', 'EWE VERTRIEB GmbH', 'enviaM', 'Stadtwerke {CP} Energie GmbH', 'MAINOVA AG',
          'eprimo GmbH']
TELCO_M = ['Telekom Deutschland GmbH', 'Vodafone GmbH', 'Telefonica Germany GmbH & Co. OHG', '1&1 Telecom GmbH',
           'congstar GmbH', 'freenet DLS GmbH', 'Drillisch Online GmbH', 'Lebara Germany Limited']
TELCO_N = ['Telekom Deutschland GmbH', 'Vodafone Deutschland GmbH', '1&1 Versatel Deutschland GmbH',
           'NetCologne GmbH', 'M-net Telekommunikations GmbH', 'Telefonica Germany GmbH & Co. OHG',
           'Deutsche Glasfaser Wholesale GmbH', 'EWE TEL GmbH', 'PŸUR Tele Columbus AG']
INSURERS = ['HUK-COBURG', 'HUK-COBURG Allgemeine Versicherung AG', 'Allianz Versicherungs-AG', 'AXA Versicherung AG',
            'DEVK Allgemeine Versicherungs-AG', 'ERGO Versicherung AG', 'Debeka Allgemeine Versicherung AG',
            'HanseMerkur Versicherung AG', 'R+V Allgemeine Versicherung AG', 'Generali Deutschland Versicherung AG',
            'LVM Versicherung', 'Gothaer Allgemeine Versicherung AG', 'WGV Versicherung AG',
            'VHV Allgemeine Versicherung AG', 'Continentale Sachversicherung AG', 'SIGNAL IDUNA Allgemeine',
            'Barmenia Allgemeine Versicherungs-AG', 'CosmosDirekt', 'Provinzial Versicherung AG',
            'Württembergische Versicherung AG']
INS_PROD = [('Privathaftpflicht', 4.2, 9.9), ('Hausrat', 4.5, 19.0), ('Berufsunfähigkeit', 35.0, 125.0),
            ('Zahnzusatz', 9.0, 42.0), ('Rechtsschutz', 17.0, 39.0), ('Unfallversicherung', 8.0, 26.0),
            ('Risikoleben', 9.0, 39.0), ('Pflegezusatz', 14.0, 46.0)]
PKV = ['Debeka Krankenversicherungsverein a.G.', 'DKV Deutsche Krankenversicherung AG',
       'Allianz Private Krankenversicherungs-AG', 'AXA Krankenversicherung AG', 'SIGNAL IDUNA Krankenversicherung a.G.',
       'HUK-COBURG-Krankenversicherung AG', 'Barmenia Krankenversicherung AG', 'Continentale Krankenversicherung a.G.']
GKV = ['Techniker Krankenkasse', 'AOK Nordost', 'BARMER', 'DAK-Gesundheit', 'AOK Bayern', 'IKK classic',
       'KKH Kaufmännische Krankenkasse']
GYMS = ['McFIT GmbH', 'RSG Group GmbH', 'FitX Deutschland GmbH', 'clever fit {CP}', 'John Reed Fitness {CP}',
        'Fitness First Germany GmbH', 'Urban Sports GmbH', 'Kieser Training {CP}', 'Holmes Place Lifestyle Clubs',
        'FitnessLOFT {CP}', 'EASYFITNESS {CP}', 'Injoy {CP}']
DTICKET = ['DB Vertrieb GmbH', 'BVG Berliner Verkehrsbetriebe', 'Hamburger Hochbahn AG',
           'Münchner Verkehrsgesellschaft mbH', 'Kölner Verkehrs-Betriebe AG', 'Rheinbahn AG',
           'Stuttgarter Straßenbahnen AG', 'Leipziger Verkehrsbetriebe GmbH', 'Dresdner Verkehrsbetriebe AG',
           'üstra Hannoversche Verkehrsbetriebe AG', 'VAG Verkehrs-Aktiengesellschaft Nürnberg']
LOANS = ['Santander Consumer Bank AG', 'TARGOBANK AG', 'Consors Finanz BNP Paribas', 'auxmoney GmbH',
         'Creditplus Bank AG', 'Volkswagen Bank GmbH', 'BMW Bank GmbH', 'Mercedes-Benz Bank AG', 'SKG BANK',
         'Bank11 für Privatkunden und Handel GmbH']
MORTG = ['Sparkasse {CP}', 'Volksbank {CP} eG', 'ING-DiBa AG', 'Commerzbank AG', 'BHW Bausparkasse AG',
         'Wüstenrot Bausparkasse AG', 'DKB Deutsche Kreditbank AG', 'Deutsche Bank AG', 'PSD Bank {CP} eG']
DONATE = ['Deutsches Rotes Kreuz e.V.', 'UNICEF Deutschland', 'Ärzte ohne Grenzen e.V.', 'WWF Deutschland',
          'SOS-Kinderdörfer weltweit', 'Greenpeace e.V.', 'Deutsche Welthungerhilfe e.V.', 'NABU e.V.',
          'Brot für die Welt', 'Deutsche Krebshilfe', 'Aktion Mensch e.V.', 'Tierschutzverein {CP} e.V.']
OWN_CP = ['Tagesgeld {N4}', 'Sparkonto {N4}', 'Extra-Konto {N4} (eigenes Konto)', 'Tagesgeldkonto DKB {N4}',
          'Trade Republic Bank GmbH', 'Scalable Capital GmbH', 'Depot-Verrechnungskonto {N4}',
          'C24 Bank Pocket {N4}', 'Sparbuch {N4}', 'Renditekonto {N4}', 'Unterkonto Rücklagen {N4}']
OWN_REFS = ['Umbuchung', 'Übertrag auf Tagesgeld', 'Sparen', 'Rücklage', 'Umbuchung Sparkonto', 'Notgroschen',
            'Übertrag', 'Sparen {MON}']
TOPUP_REFS = ['Übertrag vom Tagesgeld', 'Umbuchung', 'Auffüllen Giro', 'Rückbuchung Sparkonto', 'Übertrag']

SUBS = [
    # key, card descriptors, paypal merchant, direct-debit creditor, prices (cents), rise table
    ('netflix', ['NETFLIX.COM', 'Netflix.com Amsterdam', 'NETFLIX INTERNATIONAL B.V.'], 'Netflix International B.V.',
     None, [499, 1399, 1999], {499: [599, 699], 1399: [1499, 1599, 1799], 1999: [2199, 2299]}),
    ('spotify', ['Spotify AB', 'SPOTIFY P2F8A1C3E', 'Spotify Stockholm'], 'Spotify AB', None,
     [1099, 1499, 1799, 599], {1099: [1199, 1299], 1499: [1699, 1799], 1799: [1999, 2199], 599: [699]}),
    ('disney', ['DISNEY PLUS', 'Disney+ 888-905-7888', 'disneyplus.com'], 'Disney Plus', None,
     [599, 999, 1399], {599: [699], 999: [1099, 1199], 1399: [1599]}),
    ('dazn', ['DAZN Limited', 'DAZN.COM'], 'DAZN Limited', 'DAZN Limited', [3499, 4499], {3499: [3999], 4499: [4999]}),
    ('prime', ['Amazon Prime*{X}', 'AMAZON PRIME DE'], None, None, [899], {899: [999, 1099]}),
    ('youtube', ['Google YouTube Premium', 'GOOGLE *YouTubePremium'], 'Google Commerce Limited', None,
     [1299, 2399], {1299: [1399, 1499], 2399: [2599]}),
    ('audible', ['Audible GmbH', 'AUDIBLE.DE'], 'Audible GmbH', 'Audible GmbH', [995], {995: [1095]}),
    ('rtlplus', ['RTL+ RTL interactive', 'RTL interactive GmbH'], 'RTL interactive GmbH', None, [699, 1299],
     {699: [799], 1299: [1399]}),
    ('sky', None, None, 'Sky Deutschland Fernsehen GmbH & Co. KG', [2500, 3000, 3500, 4050], None),
    ('waipu', ['waipu.tv', 'EXARING AG WAIPU.TV'], 'Exaring AG', 'Exaring AG', [749, 1299], {749: [849], 1299: [1399]}),
    ('xbox', ['Microsoft*Xbox Game Pass', 'MICROSOFT*XBOX'], 'Microsoft Ireland Operations Ltd', None,
     [1499, 1799], {1499: [1699], 1799: [1999]}),
    ('psplus', ['PlayStation Network', 'SONY INTERACTIVE EU'], 'Sony Interactive Entertainment Europe', None,
     [899, 1399], {899: [999], 1399: [1599]}),
    ('icloud', ['APPLE.COM/BILL'], None, None, [299, 999], {299: [399], 999: [1299]}),
    ('applemusic', ['APPLE.COM/BILL'], None, None, [1099], {1099: [1199]}),
    ('googleone', ['Google One', 'GOOGLE *Google One'], 'Google Commerce Limited', None, [199, 999], {999: [1099]}),
    ('chatgpt', ['OPENAI *CHATGPT SUBSCR', 'OpenAI ChatGPT'], None, None, [1860], None),
    ('m365', ['Microsoft*Microsoft 365', 'MSFT * Microsoft 365'], 'Microsoft Ireland Operations Ltd', None,
     [700, 1000], {700: [800], 1000: [1100, 1300]}),
    ('zeit', None, None, 'Zeitverlag Gerd Bucerius GmbH & Co. KG', [2290, 3490], None),
    ('sz', None, None, 'Süddeutsche Zeitung GmbH', [1499, 4390], None),
    ('lokal', None, None, 'Zeitungsverlag {CP} GmbH & Co. KG', [3990, 4690, 5290], None),
    ('spiegel', ['SPIEGEL+ DIGITAL'], 'SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG',
     'SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG', [1999], {1999: [2199]}),
    ('parship', ['PARSHIP.DE'], 'PE Digital GmbH', None, [3990], None),
]
SUB_BY_KEY = dict((s[0], s) for s in SUBS)

GROC = [('rewe', ['REWE Markt GmbH', 'REWE SAGT DANKE. {N4}', 'REWE {C}', 'REWE Markt GmbH-Zweigniederlassung']),
        ('edeka', ['EDEKA {SA}', 'EDEKA CENTER {C}', 'E-CENTER {N4}', 'EDEKA {SA} {C}']),
        ('aldis', ['ALDI SUED', 'ALDI SUED SAGT DANKE', 'ALDI SE u. Co. KG {N3}']),
        ('aldin', ['ALDI GmbH & Co. KG', 'ALDI NORD {N3} {C}']),
        ('lidl', ['LIDL DIENSTL. SAGT DANKE', 'Lidl Vertriebs GmbH & Co. KG', 'LIDL {N4}']),
        ('kaufland', ['Kaufland {C}', 'KAUFLAND {N4}']),
        ('netto', ['NETTO MARKEN-DISCOUNT', 'Netto Marken-Discount {N4}']),
        ('penny', ['PENNY {N4}', 'PENNY Markt GmbH']),
        ('denns', ["denn's Biomarkt {C}", 'DENNS BIOMARKT']),
        ('alnatura', ['Alnatura {C}']), ('globus', ['GLOBUS SB-Warenhaus {C}']),
        ('tegut', ['tegut... {C}']), ('ethnic', ['{T} Market {C}', '{T} Supermarkt'])]
ETHNIC = ['Bolu', 'Istanbul', 'Mix', 'Asia', 'Polski Sklep', 'Akdeniz', 'Golden Lotus']
DRUG = [('dm', ['dm-drogerie markt', 'DM FIL.{N4} {C}', 'dm fil. {N4}']),
        ('rossmann', ['ROSSMANN {N4}', 'Dirk Rossmann GmbH']),
        ('mueller', ['Müller Drogerie {C}', 'MUELLER HANDELS GMBH']), ('budni', ['BUDNIKOWSKY {N3}'])]
COFFEE = [('BACKWERK {C}', False), ('Kamps Backstube {N3}', False), ('Baeckerei {SA}', True),
          ('Starbucks {C}', False), ('Coffee Fellows {C}', False), ('Balzac Coffee', False),
          ('Ditsch {C} Hbf', False), ('Lila Baecker {N3}', True), ('Back-Factory {N4}', False), ('Cafe {SA}', True),
          ('Baeckerei Junge', False), ('Konditorei {SA}', True), ('Kiosk am Markt', True), ('Tchibo Filiale {N4}', False)]
COFFEE_PRICES = [120, 145, 190, 240, 260, 290, 320, 340, 390, 430, 490]
DINING = ['Ristorante Da {IT}', 'Pizzeria {IT}', 'Sushi {AS}', 'Asia Imbiss {AS}', 'Doener Kebap {TK}',
          'Vapiano {C}', "L'Osteria {C}", 'Block House {C}', 'Hans im Glück {C}', 'McDonalds {N4}',
          'Burger King {N4}', 'KFC {C}', 'Subway {N4}', 'Gasthaus {SA}', 'Brauhaus {SA}', 'Thai Restaurant {AS}',
          'Cafe del Sol {C}', 'Nordsee {C}', 'Peter Pane {C}', 'Restaurant Akropolis', 'Curry Station {C}']
IT_W = ['Mario', 'Luigi', 'Roma', 'Napoli', 'Bella Italia', 'Toscana', 'Venezia', 'Sole Mio', 'Sicilia']
AS_W = ['Sakura', 'Mekong', 'Bambus', 'Lotus', 'Saigon', 'Golden Dragon', 'Tokyo', 'Bangkok', 'Hanoi']
TK_W = ['Antalya', 'Bosporus', 'Anadolu', 'Ali Baba', 'Sultan', 'Efes']
DELIV = [('Lieferando.de', 'card'), ('LIEFERANDO.DE', 'card'), ('Wolt', 'card'), ('UBER *EATS', 'card'),
         ('Lieferando.de', 'paypal')]
TRANSIT = {'BERLIN': 'BVG Ticket', 'HAMBURG': 'HVV Fahrkarte', 'MUENCHEN': 'MVG Automat', 'KOELN': 'KVB Ticket',
           'FRANKFURT': 'RMV Ticket', 'STUTTGART': 'SSB Ticket', 'DUESSELDORF': 'Rheinbahn Ticket',
           'LEIPZIG': 'LVB Fahrkarte', 'DRESDEN': 'DVB Ticket', 'HANNOVER': 'GVH Ticket',
           'NUERNBERG': 'VAG Ticket'}
TRANSIT_PRICES = [270, 290, 300, 320, 330, 350, 380, 410]
PARKING = [('Parkautomat {C}', True), ('APCOA PARKING {C}', False), ('CONTIPARK {N3}', False), ('Q-Park {C}', False),
           ('Parkhaus am {Z}', True)]
PARK_PRICES = [100, 150, 200, 250, 300, 450, 600]
FUEL = ['ARAL Station {N4}', 'Shell {C}', 'ESSO Station {N4}', 'JET Tankstelle {C}', 'TotalEnergies {N4}',
        'Star Tankstelle {N4}', 'AVIA {C}', 'HEM Tankstelle {N3}', 'Raiffeisen Tankstelle']
ATMS = ['GA Sparkasse {C}', 'Geldautomat Volksbank {C}', 'GA Commerzbank {C}', 'Deutsche Bank GA {C}',
        'Cash Group Postbank {C}', 'GA HypoVereinsbank {C}', 'Geldautomat PSD Bank', 'Euronet ATM {C}']
CASH_STYLES = [[2000, 4000, 5000, 6000], [5000, 10000, 10000, 15000], [10000, 20000, 20000, 30000],
               [2000, 3000, 5000], [5000, 5000, 10000]]
ONLINE = [('zalando', 'Zalando SE', True), ('otto', 'OTTO (GmbH & Co KG)', True), ('ebay', 'eBay Marketplaces', False),
          ('temu', 'Temu.com', False), ('shein', 'SHEIN', True), ('aboutyou', 'ABOUT YOU SE & Co. KG', True),
          ('thomann', 'Musikhaus Thomann', False), ('tchibo', 'Tchibo GmbH', True), ('douglas', 'Douglas.de', True),
          ('mediamarkt', 'MediaMarkt E-Business GmbH', False), ('etsy', 'Etsy Ireland UC', False),
          ('vinted', 'Vinted UAB', False), ('kleinanzeigen', 'Kleinanzeigen', False),
          ('bonprix', 'bonprix Handelsgesellschaft mbH', True), ('hm', 'H&M Online', True)]
CLOTH = ['H&M {N3}', 'C&A {C}', 'PRIMARK {C}', 'DEICHMANN {N4}', 'TK Maxx {C}', 'ZARA {C}',
         'Peek & Cloppenburg {C}', 'Decathlon {C}', 'Intersport {SA}', 'Snipes {C}', 'Kik Textilien {N4}',
         'Takko Fashion {N4}', 'Galeria {C}']
HOUSE = ['IKEA {C}', 'OBI Markt {C}', 'BAUHAUS {C}', 'HORNBACH {C}', 'toom Baumarkt {C}', 'ACTION {N4}',
         'TEDi {N4}', 'Depot {C}', 'JYSK {C}', 'Woolworth {N4}', 'Hammer Fachmarkt', 'Kodi {N3}']
HEALTH = ['{A}-Apotheke {C}', 'Apotheke am {Z}', 'DocMorris', 'Shop Apotheke', '{A}-Apotheke im Center',
          'Apotheke {SA}']
APO_A = ['Adler', 'Löwen', 'Rats', 'Stern', 'Sonnen', 'Linden', 'Hirsch', 'Park']
Z_W = ['Markt', 'Bahnhof', 'Rathaus', 'Dom', 'Park', 'Stadttor', 'Ring']
LEISURE = ['CinemaxX {C}', 'UCI Kinowelt {C}', 'CineStar {C}', 'EVENTIM', 'Steam Purchase', 'PlayStation Store',
           'Nintendo eShop', 'Zoo {C}', 'Stadtbad {C}', 'Bowling Center {C}', 'Museum {C}', 'Thalia {C}',
           'Kletterhalle {C}', 'Hugendubel {C}', 'Minigolf {C}', 'Theater {C}']
GIFTS = ['Smyths Toys {C}', 'Thalia {C}', 'Douglas {C}', 'Rofu Kinderland', 'Spielwaren {SA}', 'Hugendubel {C}',
         'MediaMarkt {C}', 'Depot {C}', 'TK Maxx {C}', 'Lego Store {C}', 'Weltbild.de', 'Christkindlmarkt {C}',
         'Weihnachtsmarkt {C}', 'CHRIST Juweliere {C}', 'Pandora {C}']
BIG = [('IKEA {C}', 'household'), ('MediaMarkt {C}', 'electronics'), ('Saturn {C}', 'electronics'),
       ('XXXLutz {C}', 'household'), ('POCO Einrichtungsmarkt', 'household'), ('Cyberport', 'electronics'),
       ('ATU Auto-Teile-Unger', 'car'), ('Fahrradhaus {SA}', 'leisure'), ('Höffner {C}', 'household'),
       ('notebooksbilliger.de', 'electronics'), ('Autowerkstatt {SA}', 'car'), ('Expert {C}', 'electronics'),
       ('CHRIST Juweliere {C}', 'shopping'), ('Wempe Juweliere {C}', 'shopping'), ('Bucherer {C}', 'shopping'),
       ('Louis Vuitton {C}', 'shopping'), ('Apple Store {C}', 'electronics')]
PAY_REFS = ['Pizza gestern', 'Geschenk', 'Konzertkarten', 'Danke!', 'Tankgeld', 'Kino', 'Essen', 'Urlaub Anteil',
            'Geburtstagsgeschenk', 'Auslage', 'Fussball Tippspiel', 'WG Einkauf', 'Kleinanzeigen Kauf', 'Getränke',
            'Zugticket', 'Hochzeitsgeschenk', 'Strom Anteil', 'Babysitten', 'Tickets', None]
DEST = [
    ('ES', 'EUR', 1.0, ['PALMA', 'BARCELONA', 'MALAGA', 'VALENCIA'],
     ['RESTAURANTE {X} {CITY}', 'MERCADONA {CITY}', 'CAFETERIA {X}', 'TAXI {CITY}', 'FARMACIA {X}', 'BAR {X} {CITY}']),
    ('IT', 'EUR', 1.0, ['ROMA', 'MILANO', 'RIVA DEL GARDA', 'NAPOLI'],
     ['TRATTORIA {X}', 'CONAD {CITY}', 'BAR {X}', 'GELATERIA {X}', 'AUTOGRILL {CITY}']),
    ('AT', 'EUR', 1.0, ['WIEN', 'INNSBRUCK', 'SALZBURG', 'MAYRHOFEN'],
     ['SPAR {CITY}', 'GASTHOF {X}', 'BILLA {CITY}', 'BERGBAHNEN {CITY}', 'HUETTE {X}']),
    ('FR', 'EUR', 1.0, ['PARIS', 'NICE', 'LYON'], ['CARREFOUR {CITY}', 'BRASSERIE {X}', 'BOULANGERIE {X}', 'RATP {CITY}']),
    ('NL', 'EUR', 1.0, ['AMSTERDAM', 'ZANDVOORT', 'UTRECHT'], ['ALBERT HEIJN {CITY}', 'CAFE {X}', 'NS {CITY}']),
    ('HR', 'EUR', 1.0, ['SPLIT', 'ZADAR', 'DUBROVNIK'], ['KONZUM {CITY}', 'KONOBA {X}', 'CAFFE BAR {X}']),
    ('PT', 'EUR', 1.0, ['LISBOA', 'PORTO', 'FARO'], ['PINGO DOCE {CITY}', 'RESTAURANTE {X}', 'PASTELARIA {X}']),
    ('GR', 'EUR', 1.0, ['ATHINA', 'CHANIA', 'RHODOS'], ['TAVERNA {X}', 'SKLAVENITIS {CITY}', 'KAFENEIO {X}']),
    ('GB', 'GBP', 0.86, ['LONDON', 'EDINBURGH'], ['TESCO STORES {CITY}', 'PRET A MANGER', 'TFL TRAVEL CH', '{X} PUB {CITY}']),
    ('CH', 'CHF', 0.94, ['ZUERICH', 'LUZERN', 'ZERMATT'], ['COOP {CITY}', 'MIGROS {CITY}', 'RESTAURANT {X}', 'SBB {CITY}']),
    ('DK', 'DKK', 7.46, ['KOBENHAVN', 'AARHUS'], ['NETTO {CITY}', '7-ELEVEN {CITY}', 'CAFE {X}']),
    ('US', 'USD', 1.08, ['NEW YORK', 'MIAMI', 'SAN FRANCISCO'], ['WALGREENS {CITY}', 'STARBUCKS {CITY}', 'UBER TRIP', '{X} DINER']),
    ('TR', 'TRY', 36.5, ['ANTALYA', 'ISTANBUL'], ['MIGROS {CITY}', '{X} RESTAURANT', 'BIM {CITY}']),
    ('PL', 'PLN', 4.3, ['KRAKOW', 'GDANSK', 'WROCLAW'], ['BIEDRONKA {CITY}', 'ZABKA {CITY}', 'RESTAURACJA {X}']),
    ('CZ', 'CZK', 25.2, ['PRAHA', 'BRNO'], ['ALBERT {CITY}', 'RESTAURACE {X}', 'KAVARNA {X}'])]
WINTER_DEST = ['AT', 'IT', 'CH', 'ES', 'PT', 'NL', 'CZ', 'FR']
X_W = ['SOL', 'MAR', 'LUNA', 'CENTRAL', 'ROSSO', 'OLIVA', 'PORTO', 'BELLA', 'NOVA', 'VERDE', 'ALPINA', 'AURORA']
AIRLINES = ['LUFTHANSA', 'EUROWINGS', 'RYANAIR', 'CONDOR FLUGDIENST', 'EASYJET', 'TUIFLY', 'DISCOVER AIRLINES']
LODGING = ['BOOKING.COM', 'AIRBNB * {X}', 'EXPEDIA', 'HRS.COM', 'CHECK24 Reise']

# planted "unusual" pools (never used for ordinary spending)
UD_CNP = [('BINANCE.COM', 'crypto', 'MT', 'EUR'), ('COINBASE UK LTD', 'crypto', 'GB', 'GBP'),
          ('CRYPTO.COM', 'crypto', 'MT', 'EUR'), ('KRAKEN.COM PAYWARD', 'crypto', 'US', 'USD'),
          ('TIPICO CO LTD MALTA', 'gambling', 'MT', 'EUR'), ('BWIN.COM GIBRALTAR', 'gambling', 'GI', 'GBP'),
          ('LOTTOLAND GIBRALTAR', 'gambling', 'GI', 'GBP'), ('SP * TRENDGADGETS LTD', 'shopping', 'GB', 'GBP'),
          ('WWW.LUXWATCH-OUTLET.COM', 'shopping', 'HK', 'USD'), ('TECHDEALS24 LONDON GB', 'electronics', 'GB', 'GBP'),
          ('PAYSAFECARD.COM WIEN', 'shopping', 'AT', 'EUR'), ('SKRILL LTD LONDON', 'online', 'GB', 'GBP'),
          ('NEOSURF PREPAID PARIS', 'shopping', 'FR', 'EUR'), ('GIFTCARDMALL ONLINE US', 'shopping', 'US', 'USD'),
          ('SHOPIFY* NORDICDEALS', 'shopping', 'LT', 'EUR'), ('ALIPAY*GLOBALTRADE HK', 'shopping', 'HK', 'USD'),
          ('STAKE.COM CURACAO', 'gambling', 'CW', 'USD'), ('VIP-TICKETS-EUROPE.COM', 'leisure', 'CY', 'EUR')]
UD_RETAIL = ['Apple Store {C}', 'MediaMarkt {C}', 'CHRIST Juweliere {C}', 'Louis Vuitton {C}', 'Cyberport.de',
             'notebooksbilliger.de', 'Bucherer {C}', 'Wempe Juweliere {C}', 'Saturn {C}', 'Apple Store Online']
UD_DD = ['Winfinder Gewinnservice Ltd', 'Media Premium Services Ltd', 'Lotto-Tippgemeinschaft Nord Ltd',
         'Elite Partner Premium Europe SL', 'Sofort-Abo Vertriebs GmbH', 'Global Prize Club Ltd', 'Horoskop24 Media AG',
         'Datingclub Europa Ltd', 'Streamline Media LLC', 'Gewinnzentrale Direkt GmbH', 'VIP Benefits Club Ltd',
         'Kredit-Vorab-Service GmbH', 'Smart Deals Abo GmbH', 'EuroLotto Club SL']
UD_DD_TXT = ['Jahresbeitrag Premium', 'Mitgliedschaft Gold 12 Monate', 'Teilnahmegebühr Gewinnspiel',
             'Servicepauschale', 'Abo-Verlängerung 12 Monate', 'Vermittlungsgebühr', 'Aktivierungsgebühr Premium']
UD_ATM = [('ATM BANCA TRANSILVANIA CLUJ', 'RO', 'RON', 4.97), ('ATM UNICREDIT BULBANK SOFIA', 'BG', 'BGN', 1.956),
          ('ATM PRIVATBANK KYIV', 'UA', 'UAH', 45.0), ('ATM ATTIJARIWAFA CASABLANCA', 'MA', 'MAD', 10.8),
          ('ATM KASIKORNBANK BANGKOK', 'TH', 'THB', 37.5), ('ATM BANCO DO BRASIL SAO PAULO', 'BR', 'BRL', 6.1),
          ('ATM TBC BANK TBILISI', 'GE', 'GEL', 2.9), ('ATM RAIFFEISEN BEOGRAD', 'RS', 'RSD', 117.0),
          ('ATM BKT TIRANA', 'AL', 'ALL', 100.0), ('ATM CIB BANK CAIRO', 'EG', 'EGP', 53.0)]
UD_P2P = [('J. Williams', 'GB'), ('ABC Global Trading Ltd', 'HK'), ('Kowalczyk Marek', 'PL'),
          ('Investment Solutions OU', 'EE'), ('Wallet Service SRL', 'RO'), ('M. Okafor', 'NG'),
          ('Prime Capital Markets Ltd', 'CY'), ('Paket Express Zoll Service', 'LT'), ('D. Petrov', 'BG'),
          ('Rental Deposit Services SL', 'ES'), ('Tech Support Online LLC', 'US')]
UD_P2P_REF = ['Rechnung 2231', 'Invest first deposit', 'Kaution Wohnung', 'Zollgebühr Paket', 'Payment invoice 0427',
              'Auszahlungsgebühr', 'Sicherheitskonto', 'Anzahlung']

EVERYDAY = {'groc', 'drug', 'coffee', 'dining', 'deliv', 'transit', 'park', 'fuel', 'cash', 'online', 'cloth',
            'house', 'health', 'leisure', 'pay', 'gift', 'gamble'}
UD_EXEMPT = {'fix', 'own', 'bill', 'fee', 'tax', 'inc', 'inc_main', 'inc_bonus'}
DUPABLE = {'groc', 'dining', 'fuel', 'online', 'cloth', 'house', 'drug', 'leisure', 'deliv', 'health', 'gift'}

# everyday categories: tag -> (category word, base share, median range EUR, sigma, lo, hi, hours, max events/day)
EV = {
    'groc': ('groceries', 0.40, (20, 48), 0.6, 1.5, 260, (8, 20), 0.42),
    'drug': ('drugstore', 0.06, (8, 20), 0.55, 0.95, 90, (9, 19), 0.10),
    'coffee': ('cafe', 0.03, None, 0, 0, 0, (6, 16), 0.30),
    'dining': ('dining', 0.09, (12, 32), 0.5, 3.5, 160, (11, 21), 0.20),
    'deliv': ('dining', 0.04, (19, 34), 0.35, 8, 90, (17, 21), 0.08),
    'transit': ('transport', 0.03, None, 0, 0, 0, (6, 20), 0.25),
    'fuel': ('fuel', 0.10, (42, 70), 0.3, 12, 130, (6, 21), 0.10),
    'park': ('parking', 0.01, None, 0, 0, 0, (8, 18), 0.08),
    'cash': ('cash', 0.08, None, 0, 0, 0, (8, 21), 0.10),
    'online': ('online', 0.07, (14, 45), 0.75, 2.5, 320, (7, 23), 0.12),
    'cloth': ('clothing', 0.04, (25, 60), 0.55, 5, 260, (10, 19), 0.05),
    'house': ('household', 0.03, (15, 50), 0.65, 2, 300, (9, 19), 0.05),
    'health': ('health', 0.02, (7, 22), 0.55, 2, 110, (8, 18), 0.05),
    'leisure': ('leisure', 0.03, (10, 30), 0.55, 3, 150, (10, 21), 0.06),
    'pay': ('payment', 0.03, None, 0, 0, 0, (9, 22), 0.05),
    'gamble': ('gambling', 0.02, (5, 20), 0.5, 2, 60, (12, 22), 0.10),
}
PAY_AMTS = [(1000, 8), (1500, 6), (2000, 10), (2500, 5), (3000, 6), (4000, 4), (5000, 5), (1250, 3), (1780, 2),
            (6000, 2), (8000, 1), (10000, 2), (930, 2)]
STORE_CLOSED_TAGS = {'groc', 'drug', 'cloth', 'house', 'gift', 'health'}
SHOP_CLOSED = {date(2026, 5, 25), date(2026, 10, 3), date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1),
               date(2026, 5, 14), date(2026, 6, 4)}
FMAX = {'groc': 1.4 * 1.35, 'dining': 1.3 * 1.25, 'gift': 1.0, 'online': 1.7, 'cloth': 1.7, 'house': 1.7,
        'leisure': 1.25}


def season(tag, d):
    wd = d.weekday()
    closed = wd == 6 or d in SHOP_CLOSED
    m = d.month
    md = d.day
    if tag in STORE_CLOSED_TAGS and closed:
        return 0.0
    f = 1.0
    if tag == 'groc':
        if wd == 5:
            f = 1.4
        if m == 12 and (19 <= md <= 23 or 28 <= md <= 31):
            f *= 1.35
    elif tag == 'coffee':
        f = 0.5 if closed else 1.0
    elif tag == 'dining':
        if wd in (4, 5):
            f = 1.3
        if m == 12:
            f *= 1.25
    elif tag in ('online', 'cloth', 'house'):
        if m == 12 and md <= 23:
            f = 1.7
        elif m == 1:
            f = 0.8
    elif tag == 'gift':
        f = 1.0 if ((m == 11 and md >= 20) or (m == 12 and md <= 23)) else 0.0
    elif tag == 'leisure':
        if m == 12 and md >= 26 or m == 1 and md <= 6:
            f = 1.25
    if m == 1 and 2 <= md and tag in ('dining', 'deliv', 'leisure', 'cloth'):
        f *= 0.85
    return f


# ---------------------------------------------------------------- customer building blocks
def fill(cx, tpl):
    rng = cx.rng
    return tpl.format(C=cx.cdesc, CP=cx.city, S=pick(rng, SURN), SA=asc(pick(rng, SURN)).upper(),
                      S2=pick(rng, SURN), N4='%04d' % rng.randrange(10000), N3='%03d' % rng.randrange(1000),
                      T=pick(rng, ETHNIC), IT=pick(rng, IT_W), AS=pick(rng, AS_W), TK=pick(rng, TK_W),
                      A=pick(rng, APO_A), Z=pick(rng, Z_W), X=code(rng, 6))


def person_name(rng):
    f, s = pick(rng, FIRST), pick(rng, SURN)
    st = rng.random()
    if st < 0.45:
        return '%s %s' % (f, s)
    if st < 0.75:
        return '%s. %s' % (f[0], s)
    return asc('%s, %s' % (s, f)).upper()


def mref_code(rng):
    r = rng.random()
    if r < 0.3:
        return '%s%09d' % (pick(rng, ['V', 'M', 'K', 'VK', 'KD', 'ML']), rng.randrange(10 ** 9))
    if r < 0.55:
        return '%d-%03d' % (rng.randrange(10 ** 9, 10 ** 10), rng.randrange(1, 20))
    if r < 0.8:
        return code(rng, rng.randint(10, 16))
    return 'MND%07d%04d' % (rng.randrange(10 ** 7), rng.randrange(10 ** 4))


def add_income(cx, cp, cat, base, rule, ref_tpl, regular=True, main=True, cv=0.0, dec_date=None, bonus=None,
               raise_from=None, raise_f=1.0, advance=0, july=None, start_ym=None):
    rng = cx.rng
    for (y, m) in MONTHS:
        if start_ym and (y, m) < start_ym:
            continue
        pd = pay_date(rule, y, m)
        if dec_date is not None and (y, m) == (2026, 12):
            pd = dec_date
        amt = base
        if cv:
            amt = int(round(amt * (1.0 + max(-0.25, min(0.25, rng.gauss(0.0, cv))))))
        if july and (y, m) >= (2026, 7):
            amt = int(round(amt * july))
        if raise_from and pd >= raise_from:
            amt = int(round(amt * raise_f))
        ry, rm = add_months(y, m, advance)
        ref = ref_tpl.format(**mfields(date(ry, rm, 1)))
        if pd > TODAY:
            cx.inc_future.append((pd, amt, regular))
            continue
        if pd < cx.S:
            continue
        tot = amt
        if bonus and (y, m) in bonus:
            bamt, separate, bref = bonus[(y, m)]
            if separate:
                cx.bks.append(mk(pd, bamt, cp, cat, bref, tag='inc_bonus'))
            else:
                tot += bamt
                ref = ref + ' inkl. Sonderzahlung'
        cx.bks.append(mk(pd, tot, cp, cat, ref, tag='inc_main' if main else 'inc'))
    if regular:
        cx.I_reg += base


def salary_rule(rng, kids):
    opts = [(('last',), 44), (('dom', 25), 10), (('dom', 27), 9), (('dom', 28), 5), (('dom', 30), 5),
            (('first',), 8), (('dom', 20), 5)]
    if not kids:
        opts += [(('dom', 15), 10), (('dom', 10), 4)]
    return wpick(rng, opts)


def add_salary(cx, base, kids, cv=0.0, allow_bonus=True):
    rng = cx.rng
    rule = salary_rule(rng, kids)
    emp = fill(cx, pick(rng, EMPLOYERS))
    ref = pick(rng, SAL_REFS).replace('{P}', '%05d' % rng.randrange(100000))
    dec_date = None
    if rule[0] in ('last', 'dom') and rule[1:] and rule[1] >= 25 or rule[0] == 'last':
        if rng.random() < 0.25:
            dec_date = prev_bday(date(2026, 12, pick(rng, [18, 21, 22, 23])))
    bonus = None
    if allow_bonus and rng.random() < 0.35:
        bm = (2026, 11) if rng.random() < 0.4 else (2026, 12)
        bamt = int(base * rng.uniform(0.3, 1.0))
        bonus = {bm: (bamt, rng.random() < 0.5, pick(rng, ['Weihnachtsgeld 2026', 'Sonderzahlung 2026',
                                                             'Jahressonderzahlung 11/2026', 'Bonus 2026']))}
        inc(cx.st, 'conf.income_december_bonus')
    raise_from = None
    raise_f = 1.0
    if rng.random() < 0.15:
        raise_from = date(2027, 1, 1)
        raise_f = rng.uniform(1.02, 1.06)
        if rule[0] == 'first' or (rule[0] == 'dom' and rule[1] <= 15):
            inc(cx.st, 'conf.income_rise_january')
    add_income(cx, emp, 'salary', base, rule, ref, cv=cv, dec_date=dec_date, bonus=bonus,
               raise_from=raise_from, raise_f=raise_f)
    if dec_date is not None:
        inc(cx.st, 'conf.salary_early_december')
    return rule


def setup_incomes(cx):
    rng = cx.rng
    a = cx.arch
    if a == 'employee':
        cx.rules.append(add_salary(cx, ce(logn(rng, 2500, 0.32, 1350, 6800)), cx.kids,
                                   cv=0.05 if rng.random() < 0.25 else 0.0))
        if cx.rules[-1][0] == 'last' or (cx.rules[-1][0] == 'dom' and cx.rules[-1][1] >= 25):
            if rng.random() < 0.08:
                add_income(cx, fill(cx, pick(rng, ['Gastronomie {SA} GmbH', 'Kino {CP} Betriebs GmbH',
                                                      'Fahrschule {SA}', 'Nachhilfe-Institut {CP}'])), 'salary',
                           ce(rng.uniform(150, 520)), ('dom', pick(rng, [10, 12, 15])), 'Minijob {MM}/{YYYY}',
                           main=False, cv=0.12)
    elif a == 'couple':
        cx.rules.append(add_salary(cx, ce(logn(rng, 2600, 0.3, 1500, 6800)), cx.kids))
        b = ce(logn(rng, 2100, 0.35, 1500, 4500)) if rng.random() < 0.6 else ce(rng.uniform(700, 1600))
        cx.rules.append(add_salary(cx, b, cx.kids, cv=0.04 if rng.random() < 0.3 else 0.0))
    elif a == 'pensioner':
        cp = pick(rng, ['Deutsche Rentenversicherung Bund', 'DEUTSCHE RENTENVERSICHERUNG',
                        'Renten Service der Deutschen Post AG', 'DRV Knappschaft-Bahn-See',
                        'Deutsche Rentenversicherung Westfalen', 'Deutsche Rentenversicherung Rheinland'])
        rv = '%02d %06d %s %03d' % (rng.randrange(10, 99), rng.randrange(10 ** 6), pick(rng, 'ABCDEFGHKMNPRSTW'),
                                    rng.randrange(1000))
        adv = 1 if rng.random() < 0.3 else 0
        add_income(cx, cp, 'pension', ce(logn(rng, 1350, 0.3, 700, 2800)), ('last',),
                   'RV-Nr. ' + rv + ' RENTE {MM}/{YYYY}', advance=adv, july=1.0366)
        cx.rules.append(('last',))
        inc(cx.st, 'conf.pension_july_rise')
        if rng.random() < 0.25:
            add_income(cx, fill(cx, pick(rng, ['Versorgungswerk {CP}', 'Betriebsrente {S} GmbH', 'VBL Karlsruhe',
                                                  'Allianz Pensionskasse AG', 'Siemens Pensionsfonds'])),
                       'pension', ce(rng.uniform(120, 650)), pick(rng, [('last',), ('first',)]),
                       'Betriebsrente {MM}/{YYYY}', main=False)
        if rng.random() < 0.15:
            add_income(cx, cp, 'pension', ce(rng.uniform(250, 900)), ('last',),
                       'RV-Nr. ' + rv[:-3] + '%03d' % rng.randrange(1000) + ' WITWENRENTE {MM}/{YYYY}', main=False,
                       july=1.0366)
    elif a == 'student':
        has_bafoeg = rng.random() < 0.5
        has_par = rng.random() < 0.6 or not has_bafoeg
        if has_bafoeg:
            add_income(cx, fill(cx, pick(rng, ['Studierendenwerk {CP} Amt für Ausbildungsförderung',
                                                  'Bundeskasse Trier', 'Studentenwerk {CP} BAföG-Amt'])),
                       'benefits', ce(rng.uniform(420, 992)), ('last',),
                       'BAföG {MM}/{YYYY} Förd.-Nr. %08d' % rng.randrange(10 ** 8), advance=1)
            cx.rules.append(('last',))
        if has_par:
            p = person_name(rng)
            add_income(cx, p, 'family', ce(rng.choice([200, 250, 300, 350, 400, 450, 500, 600, 700, 800])),
                       ('domn', 1), pick(rng, ['Unterhalt {MON}', 'Taschengeld {MON} {YYYY}', 'Miete + Essen',
                                               'Kindergeld + Unterhalt {MM}/{YYYY}', 'Für {MON}']))
            cx.rules.append(('domn', 1))
        if rng.random() < 0.5:
            add_income(cx, fill(cx, pick(rng, ['Universität {CP}', 'Gastronomie {SA} GmbH', 'Kino {CP} Betriebs GmbH',
                                                  'Nachhilfe-Institut {CP}', 'Zeitarbeit {SA} GmbH',
                                                  'Logistikzentrum {CP} GmbH'])), 'salary',
                       ce(rng.uniform(200, 556)), pick(rng, [('dom', 10), ('dom', 15), ('last',)]),
                       pick(rng, ['Lohn {MM}/{YYYY} Minijob', 'Vergütung SHK {MM}/{YYYY}', 'Entgelt {MM}/{YYYY}']),
                       main=False, cv=0.15)
    elif a == 'benefits':
        if rng.random() < 0.6:
            add_income(cx, fill(cx, pick(rng, ['Bundesagentur für Arbeit - Jobcenter {CP}', 'Jobcenter {CP}',
                                                  'Jobcenter {CP} Leistungen'])), 'benefits',
                       ce(rng.uniform(520, 1250)), ('last',),
                       'BG-Nr. %03d%s%07d Leistungen {MM}/{YYYY}' % (rng.randrange(1000), pick(rng, 'ABCD'),
                                                                     rng.randrange(10 ** 7)), advance=1)
        else:
            add_income(cx, 'Bundesagentur für Arbeit', 'benefits', ce(rng.uniform(850, 1750)), ('last',),
                       'Kd-Nr. %03d%s%06d Arbeitslosengeld {MM}/{YYYY}' % (rng.randrange(1000), pick(rng, 'ABCD'),
                                                                           rng.randrange(10 ** 6)))
        cx.rules.append(('last',))
    elif a == 'parent':
        cx.rules.append(add_salary(cx, ce(rng.uniform(950, 2200)), True, cv=0.06 if rng.random() < 0.4 else 0.0))
        if rng.random() < 0.55:
            add_income(cx, person_name(rng), 'family', ce(rng.uniform(250, 650)), ('domn', 1),
                       pick(rng, ['Unterhalt {MON} {YYYY}', 'Unterhalt Kinder {MM}/{YYYY}', 'KU {MM}/{YY}']))
        else:
            add_income(cx, fill(cx, pick(rng, ['Landkreis {CP} Unterhaltsvorschusskasse', 'Stadt {CP} UVG-Stelle'])),
                       'benefits', ce(rng.choice([227, 299, 338, 454, 598])), ('domn', 1),
                       'Unterhaltsvorschuss {MM}/{YYYY} Az. %05d' % rng.randrange(10 ** 5))
    elif a == 'beamter':
        cp = pick(rng, ['Landesamt für Besoldung und Versorgung NRW', 'Landesamt für Besoldung und Versorgung BW',
                        'Landesamt für Finanzen Bayern', 'Bundesverwaltungsamt', 'Niedersächsisches Landesamt für Bezüge und Versorgung',
                        'Landeshauptkasse Schleswig-Holstein', 'Zentrale Besoldungsstelle Hessen', 'Landesamt für Steuern und Finanzen Sachsen'])
        base = ce(logn(rng, 3500, 0.22, 2400, 6200))
        rf = None
        if rng.random() < 0.3:
            rf = date(2027, 1, 1)
            inc(cx.st, 'conf.income_rise_january')
        bonus = None
        if rng.random() < 0.3:
            bonus = {(2026, 12): (int(base * rng.uniform(0.3, 0.7)), False, '')}
        add_income(cx, cp, 'salary', base, ('first',), 'Bezüge {MM}/{YYYY} Pers.-Nr. %07d' % rng.randrange(10 ** 7),
                   raise_from=rf, raise_f=rng.uniform(1.02, 1.055), bonus=bonus)
        cx.rules.append(('first',))
        # Beihilfe reimbursements (irregular)
        for _ in range(rng.randint(1, 4)):
            d = rand_bday(rng, cx.S + D(10), TODAY - D(3))
            if d:
                cx.bks.append(mk(d, ce(rng.uniform(40, 900)), cp.split(' für')[0] + ' Beihilfestelle', 'health',
                                 'Beihilfe Bescheid vom %s' % (d - D(9)).strftime('%d.%m.%Y'), tag='inc'))
    elif a == 'selfemployed':
        cx.revenue = ce(logn(rng, 4800, 0.45, 1800, 14000))
        clients = [fill(cx, pick(rng, ['{S} Consulting GmbH', 'Agentur {S} & {S2}', 'Verlag {S} GmbH',
                                        'Praxis Dr. {S}', '{S} Immobilien GmbH', 'Stadt {CP} Kulturamt',
                                        '{S} Medien GmbH', 'Architekturbüro {S}', 'Software {S} GmbH',
                                        'Hotel {S} GmbH', 'Elektro {S} e.K.', 'Marketing {S} UG']))
                   for _ in range(rng.randint(3, 8))]
        d = cx.S - D(5)
        inv = rng.randint(100, 800)
        while d <= TODAY:
            d += D(int(rng.expovariate(1.0 / rng.uniform(5, 12))) + 1)
            if d > TODAY:
                break
            bd = next_bday(d)
            if bd > TODAY or bd < cx.S:
                continue
            amt = int(cx.revenue * rng.uniform(0.15, 0.6) * logn(rng, 1.0, 0.4, 0.3, 3.0))
            inv += 1
            cx.bks.append(mk(bd, amt, pick(rng, clients), 'income',
                             pick(rng, ['RE-2026-%04d', 'Rechnung %d', 'Rg.-Nr. %d', 'Honorar RE %d']) % inv, tag='inc'))
        cx.I_reg = cx.revenue
    if cx.kids and a in ('employee', 'couple', 'benefits', 'parent', 'selfemployed', 'beamter'):
        nk = 1 if a == 'employee' else wpick(rng, [(1, 45), (2, 40), (3, 15)])
        add_income(cx, pick(rng, ['Bundesagentur für Arbeit - Familienkasse', 'Familienkasse Nordrhein-Westfalen',
                                  'BA Familienkasse', 'Familienkasse Bayern Süd', 'Familienkasse Sachsen']),
                   'benefits', 25900 * nk, ('dom', rng.randint(5, 14)),
                   'KG-Nr. %03dFK%06d Kindergeld {MM}/{YY}' % (rng.randrange(1000), rng.randrange(10 ** 6)), main=False)
    if a in ('employee', 'couple', 'beamter', 'parent') and rng.random() < 0.2:
        d = rand_bday(rng, max(cx.S, date(2026, 6, 1)), date(2026, 11, 20))
        if d:
            cx.bks.append(mk(d, ce(rng.uniform(120, 1600)), fill(cx, pick(rng, ['Finanzamt {CP}', 'Finanzamt {CP}-Süd',
                                                                               'Finanzamt {CP}-Mitte'])), 'tax',
                             'EST-VERANLAGUNG 2025 STNR %03d/%04d/%04d ERSTATTUNG' % (rng.randrange(1000), rng.randrange(10 ** 4),
                                                                                   rng.randrange(10 ** 4)), tag='inc'))


def new_series(cx, key, cp, cat, chan, amt, day, cad='m', months=None, rt=None, var=0.0, own=False, pr_ok=True,
               start=None, end=None, ppm=None, hh=None, tag=None, twin=False):
    rng = cx.rng
    s = {'sid': len(cx.series), 'key': key, 'cp': cp, 'cat': cat, 'chan': chan, 'amt': amt, 'day': day,
         'cad': cad, 'months': months or [], 'rt': rt, 'var': var, 'own': own,
         'pr_ok': pr_ok and not own and not var and not twin, 'start': start or date(2026, 1, 1), 'end': end,
         'changes': [], 'planted': False, 'occ': [], 'bks': [], 'mref': mref_code(rng) if chan == 'dd' else None,
         'hh': hh if hh is not None else rng.randint(0, 9), 'pplag': rng.randint(1, 3), 'ppm': ppm,
         'inv0': rng.randrange(10 ** 8, 10 ** 9), 'tag': tag or ('own' if own else 'fix'), 'twin': twin,
         'noref': False, 'dup': False}
    cx.series.append(s)
    return s


def series_ref(cx, s, cd, k):
    if s['chan'] == 'paypal':
        m = s['ppm']
        return 'MREF %s %013d PP.%s.PP . %s, Ihr Einkauf bei %s' % (cx.pp_mref, cx.rng.randrange(10 ** 12, 10 ** 13),
                                                                   cx.pp4, m, m)
    text = None
    if s['rt']:
        text = s['rt'].format(INV=s['inv0'] + k, N=k + 1, **mfields(cd))
    if s['chan'] == 'dd':
        return 'MREF ' + s['mref'] + (' ' + text if text else '')
    return text


def build_occ(cx, s):
    rng = cx.rng
    occ = []
    for (y, m) in MONTHS:
        if s['cad'] != 'm' and m not in s['months']:
            continue
        base = dom(y, m, s['day'])
        ch = s['chan']
        if ch == 'card':
            at = datetime(y, m, base.day, s['hh'], rng.randrange(60), rng.randrange(60))
            bd = next_bday(base + ONE)
            if (bd - base).days > 3:
                bd = next_bday(base)
            cd = base
        elif ch == 'paypal':
            cd, at = base, None
            bd = next_bday(base + D(s['pplag']))
        else:
            cd = next_bday(base)
            bd, at = cd, None
        if cd < s['start'] or (s['end'] is not None and cd > s['end']):
            continue
        if bd > TODAY + D(75):
            continue
        occ.append((cd, bd, at))
    s['occ'] = occ


def visible_occ(cx, s):
    return [o for o in s['occ'] if cx.S <= o[1] <= TODAY]


def rise_amount(rng, s):
    a = s['amt']
    k = s['key']
    if k.startswith('sub:'):
        tab = SUB_BY_KEY[k[4:]][5]
        if tab and a in tab:
            return pick(rng, tab[a])
        return ce(round(a / 100.0 * rng.uniform(1.07, 1.18), 1)) - 1
    if k.startswith('energy'):
        return max(a + 300, ce(round(a / 100.0 * rng.uniform(1.08, 1.45))))
    if k.startswith('rent'):
        return max(a + 1500, ce(round(a / 100.0 * rng.uniform(1.025, 1.08))))
    if k.startswith('tel'):
        return a + pick(rng, [200, 300, 400, 500, 600])
    if k.startswith('gym'):
        return a + pick(rng, [200, 300, 400, 500])
    if k.startswith('kv'):
        return int(a * rng.uniform(1.05, 1.18))
    if k.startswith('news') or k.startswith('sky'):
        return a + pick(rng, [200, 300, 400, 500])
    return max(a + 100, int(a * rng.uniform(1.04, 1.15)))   # insurance etc.


def fall_amount(rng, s):
    a = s['amt']
    if s['key'].startswith('energy'):
        return max(1500, ce(round(a / 100.0 * rng.uniform(0.7, 0.93))))
    return max(100, int(a * rng.uniform(0.7, 0.95)))


def setup_series(cx):
    rng = cx.rng
    a = cx.arch
    C = cx.cdesc
    I = cx.I_reg
    # ---- housing
    renter_p = {'employee': 0.75, 'couple': 0.65, 'pensioner': 0.55, 'student': 0.6, 'benefits': 0.5,
                'parent': 0.85, 'selfemployed': 0.6, 'beamter': 0.55}[a]
    cx.owner = False
    if rng.random() < renter_p:
        if a == 'student' and rng.random() < 0.45:
            if rng.random() < 0.5:
                new_series(cx, 'rent:dorm', fill(cx, 'Studierendenwerk {CP}'), 'rent', 'dd',
                           ce(rng.uniform(250, 430)), 1, rt='Miete {MM}/{YYYY} Wohnheim Zi. %d' % rng.randrange(100, 900))
            else:
                new_series(cx, 'rent:wg', person_name(rng), 'rent', 'so', ce(round(rng.uniform(280, 650))), 1,
                           rt='WG Miete {MON}', pr_ok=False)
        else:
            rent = int(min(max(I * rng.uniform(0.22, 0.38), 30000), 190000)) // 100 * 100
            rent += pick(rng, [0, 0, 0, 0, 50, 2750, 1990])
            rent = max(rent, 25000)
            company = rng.random() < 0.65
            day = wpick(rng, [(1, 70), (3, 15), (2, 8), (5, 7)])
            if company:
                cp = fill(cx, pick(rng, RENT_CO))
                if rng.random() < 0.25:
                    new_series(cx, 'rent:co', cp, 'rent', 'dd', rent, day,
                               rt='Miete {MM}/{YYYY} Mietkonto %d-%03d' % (rng.randrange(10 ** 5), rng.randrange(1000)))
                else:
                    new_series(cx, 'rent:co', cp, 'rent', 'so', rent, day,
                               rt=pick(rng, ['Miete {MON} {YYYY} Whg. %d' % rng.randrange(1, 80),
                                             'Miete {MM}/{YYYY} Mietnr. %06d' % rng.randrange(10 ** 6),
                                             'MIETE {MON} {YYYY}']))
            else:
                new_series(cx, 'rent:person', person_name(rng), 'rent', 'so', rent, day,
                           rt=pick(rng, ['Miete {MON} {YYYY}', 'Miete {MM}/{YY} inkl. NK', 'Miete + Nebenkosten']),
                           pr_ok=False)
    elif a not in ('student', 'benefits'):
        cx.owner = True
        if rng.random() < (0.3 if a == 'pensioner' else 0.8):
            new_series(cx, 'loan:mortgage', fill(cx, pick(rng, MORTG)), 'loan', 'dd', ce(rng.uniform(550, 1900)),
                       pick(rng, [1, 15, 30]), rt='Darlehen %010d Rate {MM}/{YYYY}' % rng.randrange(10 ** 10),
                       pr_ok=False)
        new_series(cx, 'tax:grundsteuer', fill(cx, pick(rng, ['Stadtkasse {CP}', 'Stadt {CP} Steueramt',
                                                                 'Gemeindekasse {CP}'])), 'tax', 'dd',
                   ce(rng.uniform(45, 190)), 15, cad='q', months=[2, 5, 8, 11],
                   rt='Grundsteuer {Q}. Quartal {YYYY} Kassenzeichen %09d' % rng.randrange(10 ** 9), pr_ok=False,
                   tag='tax')
        if rng.random() < 0.5:
            new_series(cx, 'hausgeld', fill(cx, 'WEG c/o Hausverwaltung {S} GmbH'), 'housing', 'dd',
                       ce(rng.uniform(180, 480)), 1, rt='Hausgeld {MM}/{YYYY} WE %d' % rng.randrange(1, 60),
                       pr_ok=False)
    # ---- energy
    has_energy = a != 'student' or rng.random() < 0.3
    if has_energy and rng.random() < 0.05:
        new_series(cx, 'dyn:tibber', 'Tibber Deutschland GmbH', 'utilities', 'dd', ce(rng.uniform(40, 80)), 8,
                   rt='Stromrechnung {MM}/{YYYY}', var=0.18, pr_ok=False)
        inc(cx.st, 'conf.pr_variable_bill')
    elif has_energy:
        cp = fill(cx, pick(rng, ENERGY))
        size = 1.6 if a in ('couple', 'parent') else 1.0
        vk = '%d' % rng.randrange(10 ** 9, 10 ** 10)
        new_series(cx, 'energy:strom', cp, 'utilities', 'dd', ce(round(rng.uniform(35, 95) * size)),
                   pick(rng, [1, 5, 10, 15, 20, 25, 28]),
                   rt=pick(rng, ['Abschlag Strom {MM}/{YYYY} Vertragskonto ' + vk, 'Abschlag {MON} {YYYY} VK ' + vk,
                                 'ABSCHLAG STROM {MM}.{YYYY} KD ' + vk]))
        if rng.random() < 0.35 and a not in ('benefits',):
            new_series(cx, 'energy:gas', cp if rng.random() < 0.5 else fill(cx, pick(rng, ENERGY)), 'utilities', 'dd',
                       ce(round(rng.uniform(40, 170) * size)), pick(rng, [1, 15, 28]),
                       rt='Abschlag Gas {MM}/{YYYY} Vertragskonto %d' % rng.randrange(10 ** 9, 10 ** 10))
    # ---- telecom
    if rng.random() < 0.92:
        cp = pick(rng, TELCO_M)
        kn = '%d' % rng.randrange(10 ** 8, 10 ** 9)
        amt = pick(rng, [799, 999, 1299, 1499, 1799, 1999, 2499, 2995, 3495, 3995, 4495, 4995])
        var = 0.2 if rng.random() < 0.25 else 0.0
        day = rng.randint(3, 27)
        if a == 'couple' and rng.random() < 0.3:
            for _ in range(2):
                new_series(cx, 'tel:mob', cp, 'telecom', 'dd', amt, day, rt='Rechnung {INV} Kd-Nr. %d' % rng.randrange(10 ** 8, 10 ** 9),
                           twin=True)
            inc(cx.st, 'conf.dc_twin_contracts')
            cx.conf.append({'type': 'dc_twin_contracts', 'merchant': cp})
        else:
            new_series(cx, 'tel:mob', cp, 'telecom', 'dd', amt, day, rt='Rechnung {INV} Kd-Nr. ' + kn, var=var)
            if var:
                inc(cx.st, 'conf.pr_variable_bill')
    if a not in ('student',) and rng.random() < 0.72:
        new_series(cx, 'tel:net', pick(rng, TELCO_N), 'telecom', 'dd',
                   pick(rng, [2999, 3495, 3995, 4495, 4995, 5495, 3999, 2495]), rng.randint(2, 26),
                   rt='Rechnung {INV} vom {DD}.{MM}.{YYYY} Kundennr. %d' % rng.randrange(10 ** 8, 10 ** 9))
    # ---- Rundfunkbeitrag
    if a not in ('benefits',) and not (a == 'student' and rng.random() < 0.7):
        bn = '%03d %03d %03d' % (rng.randrange(1000), rng.randrange(1000), rng.randrange(1000))
        if rng.random() < 0.09:
            new_series(cx, 'rundfunk', 'Rundfunk ARD, ZDF, DRadio', 'fees', 'dd', 22032, 15, cad='a', months=[1],
                       rt='Rundfunkbeitrag 01.{YYYY}-12.{YYYY} Beitragsnr. ' + bn, pr_ok=False, tag='bill')
            inc(cx.st, 'conf.ud_annual_bill')
            cx.conf.append({'type': 'ud_annual_bill', 'merchant': 'Rundfunk ARD, ZDF, DRadio', 'day': '2027-01-15'})
        else:
            new_series(cx, 'rundfunk', 'Rundfunk ARD, ZDF, DRadio', 'fees', 'dd', 5508, 15, cad='q',
                       months=[2, 5, 8, 11], rt='Rundfunkbeitrag Quartal {Q}/{YYYY} Beitragsnr. ' + bn, pr_ok=False)
    # ---- insurance
    n_ins = {'employee': (1, 4), 'couple': (2, 5), 'pensioner': (1, 3), 'student': (0, 1), 'benefits': (0, 1),
             'parent': (1, 3), 'selfemployed': (2, 4), 'beamter': (1, 4)}[a]
    insurer_main = pick(rng, INSURERS)
    prods = list(INS_PROD)
    rng.shuffle(prods)
    cx.ins_cps = []
    for p, lo, hi in prods[:rng.randint(*n_ins)]:
        cp = insurer_main if rng.random() < 0.5 else pick(rng, INSURERS)
        vnr = '%d-%d' % (rng.randrange(10, 99), rng.randrange(10 ** 6, 10 ** 7))
        if rng.random() < 0.16:
            new_series(cx, 'ins:' + p, cp, 'insurance', 'dd', ce(rng.uniform(lo, hi) * 3), 1, cad='q',
                       months=[1, 4, 7, 10], rt='Beitrag ' + p + ' {Q}/{YYYY} Vers.-Nr. ' + vnr)
        else:
            new_series(cx, 'ins:' + p, cp, 'insurance', 'dd', ce(rng.uniform(lo, hi)), pick(rng, [1, 1, 1, 15]),
                       rt=pick(rng, ['Beitrag ' + p + ' {MM}/{YYYY} Vers.-Nr. ' + vnr,
                                     'VS-NR. ' + vnr + ' BEITRAG {MM}.{YYYY}', p + ' ' + vnr + ' {MON} {YYYY}']))
        cx.ins_cps.append(cp)
    # car insurance
    if cx.car:
        cp = insurer_main if (rng.random() < 0.6) else pick(rng, INSURERS)
        vnr = 'KR-%d' % rng.randrange(10 ** 7, 10 ** 8)
        plate = '%s-%s %d' % (C[:rng.randint(1, 2)], code(rng, 2), rng.randrange(10, 9999))
        mode = wpick(rng, [('m', 55), ('q', 15), ('a', 30)])
        if mode == 'm':
            new_series(cx, 'ins:kfz', cp, 'insurance', 'dd', ce(rng.uniform(28, 110)), 1,
                       rt='Kfz-Versicherung {MM}/{YYYY} ' + vnr + ' ' + plate)
        elif mode == 'q':
            new_series(cx, 'ins:kfz', cp, 'insurance', 'dd', ce(rng.uniform(80, 300)), 1, cad='q',
                       months=[1, 4, 7, 10], rt='Kfz-Versicherung {Q}. Quartal {YYYY} ' + vnr + ' ' + plate)
        else:
            new_series(cx, 'ins:kfz', cp, 'insurance', 'dd', ce(rng.uniform(280, 950)), 1, cad='a', months=[1],
                       rt='Kfz-Versicherung Jahresbeitrag 01.01.{YYYY}-31.12.{YYYY} ' + vnr + ' ' + plate,
                       pr_ok=False, tag='bill')
            known = cp in cx.ins_cps
            inc(cx.st, 'conf.ud_annual_bill')
            cx.conf.append({'type': 'ud_annual_bill' + ('' if known else '_new_creditor'), 'merchant': cp,
                            'day': next_bday(date(2027, 1, 1)).isoformat()})
        new_series(cx, 'tax:kfz', pick(rng, ['Bundeskasse Halle (Saale)', 'Bundeskasse Trier', 'Hauptzollamt Bundeskasse']),
                   'tax', 'dd', ce(rng.uniform(40, 330)), rng.randint(1, 28), cad='a', months=[rng.randint(6, 11)],
                   rt='Kfz-Steuer ' + plate + ' {YYYY}', pr_ok=False, tag='tax')
        if rng.random() < 0.2:
            d = rand_bday(rng, TODAY - D(15), TODAY) if rng.random() < 0.5 else rand_bday(rng, cx.S + D(5), OLD_MAX)
            if d:
                cx.bks.append(mk(d, -pick(rng, [5400, 9400, 13900]), 'ADAC e.V.', 'insurance',
                                 'MREF %s Mitgliedsbeitrag %d' % (mref_code(rng), d.year), tag='bill'))
                if d >= AUDIT_UD_FROM:
                    inc(cx.st, 'conf.ud_annual_bill')
                    cx.conf.append({'type': 'ud_annual_bill', 'merchant': 'ADAC e.V.', 'day': d.isoformat()})
    # health insurance for self-employed / Beamte
    if a in ('selfemployed', 'beamter'):
        if a == 'beamter' or rng.random() < 0.45:
            new_series(cx, 'kv:pkv', pick(rng, PKV), 'insurance', 'dd',
                       ce(rng.uniform(180, 480) if a == 'beamter' else rng.uniform(380, 880)), 1,
                       rt='Beitrag KV/PV {MM}/{YYYY} Vers.-Nr. %d' % rng.randrange(10 ** 7, 10 ** 8))
        else:
            new_series(cx, 'kv:gkv', pick(rng, GKV), 'insurance', 'dd', ce(rng.uniform(260, 960)), 15,
                       rt='Beitrag freiwillige Versicherung {MM}/{YYYY} KV-Nr. %s%09d' % (pick(rng, 'ABCDEFGHKLMNPRSTW'),
                                                                                        rng.randrange(10 ** 9)))
    if a == 'selfemployed':
        fa = fill(cx, pick(rng, ['Finanzamt {CP}', 'Finanzamt {CP}-Mitte', 'Finanzamt {CP}-Nord']))
        stnr = '%03d/%03d/%05d' % (rng.randrange(1000), rng.randrange(1000), rng.randrange(10 ** 5))
        new_series(cx, 'tax:ust', fa, 'tax', 'dd', int(cx.revenue * 0.14), 10,
                   rt='USt-VA {MM}/{YYYY} StNr ' + stnr, var=0.25, pr_ok=False, tag='tax')
        new_series(cx, 'tax:est', fa, 'tax', 'dd', int(cx.revenue * rng.uniform(0.25, 0.5)), 10, cad='q',
                   months=[3, 6, 9, 12], rt='ESt-VZ {Q}/{YYYY} StNr ' + stnr, pr_ok=False, tag='tax')
        for k, cp, amts in [('adobe', 'Adobe Systems Software Ireland', [2379, 6645]),
                            ('sevdesk', 'sevDesk GmbH', [1790, 3490]),
                            ('gws', 'Google Workspace', [690, 1380]),
                            ('hetzner', 'Hetzner Online GmbH', [451, 1547])]:
            if rng.random() < 0.45:
                new_series(cx, 'biz:' + k, cp, 'business', 'card', pick(rng, amts), rng.randint(1, 28),
                           var=0.06 if k == 'hetzner' else 0.0, pr_ok=(k != 'hetzner'))
        if rng.random() < 0.4:
            new_series(cx, 'pension:ruerup', pick(rng, ['Alte Leipziger Lebensversicherung a.G.', 'Allianz Lebensversicherungs-AG',
                                                       'Canada Life Assurance Europe plc']), 'insurance', 'dd',
                       ce(rng.uniform(100, 500)), 1, rt='Basisrente Beitrag {MM}/{YYYY}', pr_ok=False)
    # ---- subscriptions
    nsub = {'employee': (1, 4), 'couple': (2, 5), 'pensioner': (0, 2), 'student': (1, 4), 'benefits': (0, 2),
            'parent': (1, 3), 'selfemployed': (1, 4), 'beamter': (1, 3)}[a]
    keys = [s[0] for s in SUBS]
    rng.shuffle(keys)
    chosen = keys[:rng.randint(*nsub)]
    if 'icloud' in chosen and 'applemusic' in chosen:
        inc(cx.st, 'conf.pr_two_subs_same_merchant')
        cx.conf.append({'type': 'pr_two_subs_same_merchant', 'merchant': 'APPLE.COM/BILL'})
    npp = 0
    for k in chosen:
        _, cards, ppm, ddcp, prices, _t = SUB_BY_KEY[k]
        price = pick(rng, prices)
        day = rng.randint(1, 28)
        chans = []
        if cards:
            chans.append(('card', 60))
        if ppm:
            chans.append(('paypal', 25))
        if ddcp:
            chans.append(('dd', 40))
        ch = wpick(rng, chans)
        start = None
        if rng.random() < 0.1:
            start = rand_day(rng, date(2026, 8, 1), date(2026, 11, 20))
        if ch == 'card':
            cp = pick(rng, cards).replace('{X}', cx.prime_code)
            s = new_series(cx, 'sub:' + k, cp, 'subscription', 'card', price, day, var=0.012 if k == 'chatgpt' else 0.0,
                           start=start)
            if k == 'chatgpt':
                s['pr_ok'] = False
                inc(cx.st, 'conf.pr_fx_subscription')
        elif ch == 'paypal':
            new_series(cx, 'sub:' + k, cx.pp_cp, 'subscription', 'paypal', price, day, ppm=ppm, start=start)
            npp += 1
        else:
            new_series(cx, 'sub:' + k, fill(cx, ddcp), 'subscription', 'dd', price, day,
                       rt=pick(rng, ['Abo {MM}/{YYYY} Kd-Nr %d' % rng.randrange(10 ** 6, 10 ** 7),
                                     'Abonnement {MON} {YYYY} Abo-Nr. %d' % rng.randrange(10 ** 6, 10 ** 7)]),
                       start=start)
    if npp >= 2:
        inc(cx.st, 'conf.pr_several_subs_via_paypal')
    # ---- gym / sports club
    gym_p = {'employee': 0.32, 'couple': 0.3, 'pensioner': 0.08, 'student': 0.35, 'benefits': 0.05, 'parent': 0.15,
             'selfemployed': 0.3, 'beamter': 0.3}[a]
    if rng.random() < gym_p:
        cp = fill(cx, pick(rng, GYMS))
        new_series(cx, 'gym', cp, 'fitness', 'dd', pick(rng, [1990, 2490, 2990, 3490, 3990, 4490, 4990, 5990]),
                   pick(rng, [1, 1, 15, rng.randint(1, 28)]),
                   rt='Mitgliedsbeitrag {MON} {YYYY} Mitgl.-Nr. %d' % rng.randrange(10 ** 5, 10 ** 7))
    # ---- Deutschlandticket
    dt_p = {'employee': 0.35, 'couple': 0.35, 'pensioner': 0.15, 'student': 0.0, 'benefits': 0.2, 'parent': 0.25,
            'selfemployed': 0.2, 'beamter': 0.35}[a]
    cx.dticket = False
    if rng.random() < dt_p:
        cx.dticket = True
        cp = pick(rng, DTICKET)
        day = pick(rng, [1, 2, 3])
        if a == 'couple' and rng.random() < 0.5:
            for _ in range(2):
                new_series(cx, 'dticket', cp, 'transport', 'dd', 6300, day,
                           rt='Deutschlandticket {MM}/{YYYY} Abo-Nr. %d' % rng.randrange(10 ** 6, 10 ** 7), twin=True)
            inc(cx.st, 'conf.dc_twin_contracts')
            cx.conf.append({'type': 'dc_twin_contracts', 'merchant': cp})
        else:
            new_series(cx, 'dticket', cp, 'transport', 'dd', 6300, day,
                       rt='Deutschlandticket {MM}/{YYYY} Abo-Nr. %d' % rng.randrange(10 ** 6, 10 ** 7), pr_ok=False)
        cx.dticket_cp = cp
    # ---- donations, loans, kids
    if rng.random() < (0.35 if a == 'pensioner' else 0.1):
        new_series(cx, 'donation', fill(cx, pick(rng, DONATE)), 'donation', 'dd', pick(rng, [500, 1000, 1500, 2000, 2500, 3000]),
                   pick(rng, [1, 5, 15]), rt='Spende {MON} {YYYY} Spender-Nr. %d Danke!' % rng.randrange(10 ** 6, 10 ** 7),
                   pr_ok=False)
    if rng.random() < (0.22 if cx.car else 0.1) and a not in ('student',):
        new_series(cx, 'loan:consumer', pick(rng, LOANS), 'loan', 'dd', ce(rng.uniform(79, 520)), pick(rng, [1, 15, 28]),
                   rt='Rate {N} Vertrag %d' % rng.randrange(10 ** 7, 10 ** 8), pr_ok=False)
    if cx.kids:
        if rng.random() < 0.5:
            new_series(cx, 'kita', fill(cx, pick(rng, ['Stadt {CP} Elternbeiträge', 'Kita {S} e.V.', 'Kita-Eigenbetrieb {CP}'])),
                       'childcare', 'dd', ce(rng.uniform(60, 420)), 1,
                       rt='Elternbeitrag {MM}/{YYYY} Kind %d' % rng.randrange(10 ** 4, 10 ** 5), pr_ok=False)
        if rng.random() < 0.2:
            new_series(cx, 'music', fill(cx, 'Musikschule {CP}'), 'education', 'dd', ce(rng.uniform(35, 95)), 1,
                       rt='Unterrichtsgebühr {MM}/{YYYY}')
        if rng.random() < 0.3:
            s = new_series(cx, 'pocket', fill(cx, 'Jugendkonto ' + pick(rng, FIRST)), 'family', 'so',
                           pick(rng, [1500, 2000, 2500, 3000, 4000, 5000]), pick(rng, [1, 15]), rt='Taschengeld',
                           pr_ok=False)
            if rng.random() < 0.25:
                s['changes'].append((date(2027, 1, 1), s['amt'] + pick(rng, [500, 1000])))
                inc(cx.st, 'conf.pr_person_standing_order_rise')
                cx.conf.append({'type': 'pr_person_standing_order_rise', 'merchant': s['cp']})
    if a in ('employee', 'couple', 'selfemployed') and rng.random() < 0.05:
        s = new_series(cx, 'alimony', person_name(rng), 'family', 'so', ce(rng.uniform(300, 750)), 1,
                       rt='Unterhalt {MON} {YYYY}', pr_ok=False)
        if rng.random() < 0.5:
            s['changes'].append((date(2027, 1, 1), s['amt'] + ce(rng.uniform(10, 40))))
            inc(cx.st, 'conf.pr_person_standing_order_rise')
            cx.conf.append({'type': 'pr_person_standing_order_rise', 'merchant': s['cp']})
    # ---- crypto savings plan (makes crypto habitual)
    if cx.crypto:
        ccp = pick(rng, ['Bitpanda GmbH', 'Coinbase Europe Ltd', 'BISON Boerse Stuttgart', 'BINANCE.COM', 'CRYPTO.COM'])
        new_series(cx, 'crypto:plan', ccp, 'crypto', 'card' if ccp.isupper() else 'dd',
                   pick(rng, [2500, 5000, 10000, 15000, 20000]), pick(rng, [1, 15]),
                   rt=None if ccp.isupper() else 'Sparplan {MM}/{YYYY}', pr_ok=False)
    # ---- savings standing order (own account)
    if cx.saver and rng.random() < 0.6:
        amt = pick(rng, [2500, 5000, 7500, 10000, 15000, 20000, 25000, 30000, 50000])
        if amt * 4 < cx.I_reg:
            s = new_series(cx, 'own:plan', cx.own_cp, 'transfer', 'so', amt, pick(rng, [1, 2, 3, 28, 30]),
                           rt=pick(rng, ['Sparplan', 'Dauerauftrag Sparen', 'Sparrate {MON}', 'ETF Sparplan']), own=True)
            if rng.random() < 0.2:
                s['changes'].append((date(2026, 12, 27), amt + pick(rng, [2500, 5000, 10000])))
                inc(cx.st, 'conf.pr_own_savings_rise')
                cx.conf.append({'type': 'pr_own_savings_rise', 'merchant': s['cp']})
    # ---- account fee
    if rng.random() < 0.55:
        fee = pick(rng, [395, 490, 590, 695, 790, 990])
        new_series(cx, 'fee', 'Kontoführungsentgelt', 'fees', 'so', fee, 31, rt='Entgelt Kontomodell {MM}/{YYYY}',
                   pr_ok=False, tag='fee')
        cx.series[-1]['day'] = 31
    # ---- new subscription / membership started inside the window (confounder)
    if rng.random() < 0.1:
        d0 = rand_day(rng, TODAY - D(26), TODAY - D(2))
        k = pick(rng, ['gym', 'sub'])
        have_cps = [x['cp'] for x in cx.series]
        have_keys = [x['key'] for x in cx.series]
        if k == 'gym' and 'gym' in have_keys:
            k = 'sub'
        s = None
        if k == 'gym':
            cp = fill(cx, pick(rng, GYMS))
            s = new_series(cx, 'gym:new', cp, 'fitness', 'dd', pick(rng, [1990, 2490, 2990, 3490]), d0.day,
                           rt='Mitgliedsbeitrag {MON} {YYYY} Mitgl.-Nr. %d' % rng.randrange(10 ** 5, 10 ** 7),
                           start=d0, pr_ok=False)
        else:
            kk = pick(rng, ['netflix', 'disney', 'spotify', 'dazn', 'rtlplus', 'waipu'])
            cards = SUB_BY_KEY[kk][1]
            cp = pick(rng, cards)
            if 'sub:' + kk not in have_keys and cp not in have_cps:
                s = new_series(cx, 'sub:new', cp, 'subscription', 'card', pick(rng, SUB_BY_KEY[kk][4]),
                               d0.day, start=d0, pr_ok=False)
        if s is not None:
            s['newconf'] = True
    # ---- Klarna instalments (legitimate equal repeats)
    if rng.random() < 0.08:
        m = pick(rng, ['MediaMarkt', 'IKEA', 'OTTO', 'Zalando', 'Apple', 'XXXLutz'])
        n = pick(rng, [3, 6])
        st = rand_day(rng, TODAY - D(30 * n - 20), TODAY - D(25))
        s = new_series(cx, 'klarna:rate', 'Klarna Bank AB (publ)', 'shopping', 'dd', ce(rng.uniform(40, 220)), st.day,
                       rt='Ratenkauf ' + m + ' Best.-Nr. %d Rate {N}' % rng.randrange(10 ** 7, 10 ** 8),
                       start=st, end=st + D(30 * n - 5), pr_ok=False)
        s['rt'] = s['rt'] + '/%d' % n
        inc(cx.st, 'conf.dc_instalments')
        cx.conf.append({'type': 'dc_instalments', 'merchant': 'Klarna Bank AB (publ)'})


PR_WEIGHT = {'sub': 3.0, 'energy': 2.5, 'tel': 1.5, 'ins': 0.7, 'kv': 2.0, 'rent': 1.5, 'gym': 1.5, 'music': 0.6,
             'biz': 1.0}


def plan_changes(cx):
    rng = cx.rng
    elig = [s for s in cx.series if s['pr_ok'] and s['cad'] in ('m', 'q') and s['amt'] >= 200 and not s['changes']]
    cx.pr_planted = []
    if cx.want_pr:
        n_target = 2 if rng.random() < 0.08 else 1
        for _ in range(n_target):
            cands = []
            for s in elig:
                if s['planted'] or s['changes']:
                    continue
                vis = visible_occ(cx, s)
                need = 4 if s['cad'] == 'm' else 2
                occs = [o for j, o in enumerate(vis) if PLANT_PR_FROM <= o[1] <= TODAY and j >= need]
                if occs:
                    w = PR_WEIGHT.get(s['key'].split(':')[0], 1.0)
                    cands.append(((s, occs), w))
            if not cands:
                break
            s, occs = wpick(rng, cands)
            o = pick(rng, occs)
            new = rise_amount(rng, s)
            if new <= s['amt']:
                new = s['amt'] + 100
            s['changes'].append((o[0], new))
            s['planted'] = True
            s['pr_day'] = o[1]
            cx.pr_planted.append(s)
    # confounders: old rises and decreases
    for s in elig:
        if s['planted'] or s['changes']:
            continue
        r = rng.random()
        if r < 0.06:
            vis = visible_occ(cx, s)
            c = [o for j, o in enumerate(vis) if j >= 3 and o[1] <= OLD_MAX - D(3)]
            if c:
                o = pick(rng, c)
                s['changes'].append((o[0], rise_amount(rng, s)))
                inc(cx.st, 'conf.pr_old_rise')
                cx.conf.append({'type': 'pr_old_rise', 'merchant': s['cp'], 'day': o[1].isoformat()})
        elif r < 0.10:
            vis = visible_occ(cx, s)
            c = [o for j, o in enumerate(vis) if j >= 2]
            if c:
                o = pick(rng, c)
                s['changes'].append((o[0], fall_amount(rng, s)))
                inc(cx.st, 'conf.pr_decrease')
                cx.conf.append({'type': 'pr_decrease', 'merchant': s['cp'], 'day': o[1].isoformat()})
    # energy annual settlement (Nachzahlung / Guthaben)
    for s in cx.series:
        if not s['key'].startswith('energy') or rng.random() > 0.3:
            continue
        if s['planted']:
            hi = s['pr_day'] - D(3)
            lo = hi - D(30)
        else:
            lo, hi = date(2026, 12, 1), date(2027, 1, 12)
            if s['changes'] and s['changes'][0][0] > lo:
                continue
        d = rand_bday(rng, max(lo, cx.S), min(hi, TODAY))
        if not d:
            continue
        if rng.random() < 0.6:
            amt = min(45000, int(s['amt'] * rng.uniform(0.8, 3.2)))
            cx.bks.append(mk(d, -amt, s['cp'], 'utilities', 'MREF %s Jahresabrechnung 2026 Nachzahlung Rg. %d' %
                             (s['mref'], rng.randrange(10 ** 8, 10 ** 9)), tag='bill', key=s['key']))
            if d >= AUDIT_UD_FROM:
                inc(cx.st, 'conf.ud_energy_settlement')
                cx.conf.append({'type': 'ud_energy_settlement', 'merchant': s['cp'], 'day': d.isoformat()})
        else:
            amt = int(s['amt'] * rng.uniform(0.3, 2.0))
            cx.bks.append(mk(d, amt, s['cp'], 'utilities', 'Guthaben Jahresabrechnung 2026 Rg. %d' %
                             rng.randrange(10 ** 8, 10 ** 9), tag='inc'))


def emit_series(cx, s):
    rng = cx.rng
    chg = sorted(s['changes'])
    maxprev = 0
    for k, (cd, bd, at) in enumerate(s['occ']):
        a = s['amt']
        for eff, new in chg:
            if cd >= eff:
                a = new
        if s['var']:
            a = int(round(a * (1.0 + max(-0.3, min(0.3, rng.gauss(0.0, s['var']))))))
            if bd >= AUDIT_PR_FROM and maxprev and a > maxprev:
                a = maxprev - rng.randint(0, max(1, maxprev // 12))
        if a <= 0:
            a = 1
        if bd > TODAY:
            cx.future.append((bd, -a, s['own']))
            continue
        if bd < cx.S:
            continue
        if a > maxprev:
            maxprev = a
        ref = series_ref(cx, s, cd, k)
        if s['chan'] == 'card':
            b = mk(bd, -a, s['cp'], s['cat'], ref, at, None if s['noref'] else auth_code(rng), s['tag'], s['key'], s['sid'])
        else:
            b = mk(bd, -a, s['cp'], s['cat'], ref, None, None, s['tag'], s['key'], s['sid'])
        cx.bks.append(b)
        s['bks'].append(b)
        if s.get('newconf') and len(s['bks']) == 1:
            inc(cx.st, 'conf.ud_new_subscription')
            cx.conf.append({'type': 'ud_new_subscription', 'merchant': s['cp'], 'day': bd.isoformat()})


# ---------------------------------------------------------------- everyday spending
def store_list(cx, tag):
    rng = cx.rng
    out = []   # (cp, key, noref, chan, merchant, weight)
    if tag == 'groc':
        chains = list(GROC)
        rng.shuffle(chains)
        for ck, variants in chains[:wpick(rng, [(1, 3), (2, 5), (3, 2)])]:
            for v in rng.sample(variants, min(len(variants), rng.randint(1, 2))):
                out.append((fill(cx, v), 'g:' + ck, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'drug':
        ch = list(DRUG)
        rng.shuffle(ch)
        for ck, variants in ch[:rng.randint(1, 2)]:
            out.append((fill(cx, pick(rng, variants)), 'd:' + ck, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'coffee':
        for v, noref in rng.sample(COFFEE, rng.randint(1, 3)):
            out.append((fill(cx, v), None, noref, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'dining':
        for v in rng.sample(DINING, rng.randint(3, 8)):
            out.append((fill(cx, v), None, rng.random() < 0.08, 'card', None, rng.uniform(0.2, 1.0)))
    elif tag == 'deliv':
        v, ch = pick(rng, DELIV)
        out.append((v if ch == 'card' else cx.pp_cp, 'deliv:' + v, False, ch, v, 1.0))
    elif tag == 'transit':
        v = TRANSIT.get(cx.cdesc, pick(rng, ['DB Automat', 'Nahverkehr {C} Ticket', 'VRR Ticket', 'RMV Ticket']))
        out.append((fill(cx, v), None, False, 'card', None, 1.0))
    elif tag == 'fuel':
        for v in rng.sample(FUEL, rng.randint(1, 3)):
            out.append((fill(cx, v), None, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'park':
        for v, noref in rng.sample(PARKING, rng.randint(1, 2)):
            out.append((fill(cx, v), None, noref, 'card', None, 1.0))
    elif tag == 'cash':
        for v in rng.sample(ATMS, rng.randint(1, 2)):
            out.append((fill(cx, v), 'atm', False, 'card', None, 1.0))
    elif tag == 'online':
        st = cx.amz_style
        if st == 'code':
            out.append(('*AMZ', 'amazon', False, 'card', None, 1.2))
        elif st == 'plain':
            out.append((pick(rng, ['Amazon.de', 'AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND', 'Amazon Marketplace']),
                        'amazon', False, 'card', None, 1.2))
        elif st == 'dd':
            out.append(('AMAZON PAYMENTS EUROPE S.C.A.', 'amazon', False, 'amzdd', None, 1.2))
        for k, cp, ret in rng.sample(ONLINE, rng.randint(1, 4)):
            ch = wpick(rng, [('card', 40), ('paypal', 45), ('klarna', 15)])
            if ch == 'card':
                out.append((cp, 'o:' + k, False, 'card', cp, rng.uniform(0.2, 0.8)))
            elif ch == 'paypal':
                out.append((cx.pp_cp, 'pp:' + k, False, 'paypal', cp, rng.uniform(0.2, 0.8)))
            else:
                out.append(('Klarna Bank AB (publ)', 'kl:' + k, False, 'klarna', cp, rng.uniform(0.2, 0.6)))
    elif tag == 'cloth':
        for v in rng.sample(CLOTH, rng.randint(2, 4)):
            out.append((fill(cx, v), None, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'house':
        for v in rng.sample(HOUSE, rng.randint(2, 4)):
            out.append((fill(cx, v), None, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'health':
        for v in rng.sample(HEALTH, rng.randint(1, 3)):
            out.append((fill(cx, v), None, rng.random() < 0.1, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'leisure':
        for v in rng.sample(LEISURE, rng.randint(2, 5)):
            out.append((fill(cx, v), None, False, 'card', None, rng.uniform(0.3, 1.0)))
    elif tag == 'pay':
        for _ in range(rng.randint(2, 7)):
            p = person_name(rng)
            out.append((p, p, False, 'transfer', None, rng.uniform(0.2, 1.0)))
    elif tag == 'gamble':
        out.append((pick(rng, ['Tipico Sportwetten', 'Lotto24 AG', 'LOTTO Hessen', 'Westlotto', 'ODDSET',
                               'TIPICO CO LTD MALTA', 'LOTTOLAND GIBRALTAR']), 'gamble',
                    False, 'card', None, 1.0))
    elif tag == 'gift':
        for v in rng.sample(GIFTS, rng.randint(3, 6)):
            out.append((fill(cx, v), None, False, 'card', None, rng.uniform(0.3, 1.0)))
    res = []
    for cp, key, noref, ch, merch, w in out:
        res.append((cp, key if key else cp, noref, ch, merch, w))
    return res


def setup_spending(cx, fixed_month, own_month):
    rng = cx.rng
    a = cx.arch
    avail = cx.I_reg - fixed_month - own_month
    if cx.lbf_intent == 'pos':
        u = rng.uniform(0.93, 1.03)
    elif cx.saver:
        u = rng.uniform(0.5, 0.85)
    else:
        u = rng.uniform(0.65, 0.97)
    EB = max(ce(170), int(avail * u))
    if a in ('student', 'benefits'):
        EB = max(ce(150), min(EB, ce(900)))
    cx.EB = EB
    pres = {'groc': 1.0, 'drug': 0.9, 'coffee': 0.45 if a in ('employee', 'student', 'beamter', 'couple') else 0.2,
            'dining': 0.5 if a in ('pensioner', 'benefits') else 0.85,
            'deliv': 0.05 if a == 'pensioner' else 0.35, 'transit': 0.0 if cx.dticket else (0.75 if not cx.car else 0.3),
            'fuel': 1.0 if cx.car else 0.0, 'park': 0.6 if cx.car else 0.0, 'cash': 0.9,
            'online': 0.4 if a == 'pensioner' else 0.88, 'cloth': 0.7, 'house': 0.6,
            'health': 0.9 if a == 'pensioner' else 0.6, 'leisure': 0.6, 'pay': 0.8 if a == 'student' else 0.55,
            'gamble': 1.0 if cx.gambler else 0.0}
    tags = [t for t in EV if rng.random() < pres[t]]
    if 'groc' not in tags:
        tags.insert(0, 'groc')
    shares = {}
    for t in tags:
        shares[t] = EV[t][1] * rng.uniform(0.6, 1.5)
    if a in ('pensioner', 'benefits') and 'cash' in shares:
        shares['cash'] *= 2.2
    tot = sum(shares[t] for t in tags)
    cx.cats = []
    E = 0.0
    for t in tags:
        word, _, mr, sig, lo, hi, hours, cap = EV[t]
        monthly = EB * shares[t] / tot
        c = {'tag': t, 'cat': word, 'hours': hours, 'stores': store_list(cx, t)}
        if t == 'coffee':
            c['menu'] = rng.sample(COFFEE_PRICES, rng.randint(2, 4))
        elif t == 'transit':
            c['menu'] = rng.sample(TRANSIT_PRICES, 1) + ([pick(rng, [860, 990])] if rng.random() < 0.3 else [])
        elif t == 'park':
            c['menu'] = rng.sample(PARK_PRICES, rng.randint(2, 3))
        elif t == 'cash':
            c['menu'] = list(pick(rng, CASH_STYLES))
        elif t == 'pay':
            c['menu'] = None
        if t in ('coffee', 'transit', 'park', 'cash'):
            mean = sum(c['menu']) / float(len(c['menu']))
            c['amt'] = None
        elif t == 'pay':
            mean = 2800.0
            c['amt'] = None
        else:
            med = rng.uniform(mr[0], mr[1])
            mean = ce(med) * math.exp(sig * sig / 2.0)
            c['amt'] = (med, sig, lo, hi)
        f = monthly / mean / 30.4
        if f > cap:
            if c['amt'] is not None:
                f = cap
                med = monthly / (cap * 30.4) / math.exp(sig * sig / 2.0) / 100.0
                med = min(max(med, mr[0] * 0.7), mr[1] * 2.2)
                c['amt'] = (med, sig, lo, hi)
                mean = ce(med) * math.exp(sig * sig / 2.0)
            else:
                f = cap
        if f < 0.004:
            continue
        c['lam'] = f
        E += f * mean
        cx.cats.append(c)
    cx.E_param = E
    # Christmas gifts (seasonal, not part of the "usual" rate)
    gp = 0.8 if (cx.kids or a == 'couple') else 0.45
    if rng.random() < gp:
        cx.cats.append({'tag': 'gift', 'cat': 'shopping', 'hours': (10, 19), 'stores': store_list(cx, 'gift'),
                        'amt': (rng.uniform(15, 40), 0.6, 4, 140), 'lam': rng.uniform(0.05, 0.3) * (1.5 if cx.kids else 1.0)})


def purchase(cx, c, d):
    rng = cx.rng
    ws = c['stores']
    if len(ws) == 1:
        st = ws[0]
    else:
        st = wpick(rng, [(s, s[5]) for s in ws])
    cp, key, noref, ch, merch, _w = st
    t = c['tag']
    if c['amt'] is not None:
        med, sig, lo, hi = c['amt']
        amt = ce(logn(rng, med, sig, lo, hi))
    elif t == 'pay':
        amt = wpick(rng, PAY_AMTS)
    else:
        amt = pick(rng, c['menu'])
    h0, h1 = c['hours']
    if t == 'online' and rng.random() < 0.1:
        h0, h1 = 0, 23
    at = at_on(rng, d, h0, h1)
    if ch == 'card':
        if cp == '*AMZ':
            cp = 'AMZN Mktp DE*' + code(rng, 9)
        bd = card_bday(rng, d)
        if bd > TODAY or bd < cx.S:
            return None
        b = mk(bd, -amt, cp, c['cat'], None, at, None if noref else auth_code(rng), t, key)
        cx.bks.append(b)
        if t == 'coffee' and rng.random() < 0.1 and at.hour <= 14:
            at2 = at + timedelta(seconds=rng.randint(9000, 21000))
            if at2.date() == d:
                b2 = mk(bd, -amt, cp, c['cat'], None, at2, None if noref else auth_code(rng), t, key)
                cx.bks.append(b2)
                if bd >= UD_WIN_FROM:
                    inc(cx.st, 'conf.dc_same_day_fixed_price')
                    cx.conf.append({'type': 'dc_same_day_fixed_price', 'merchant': cp, 'day': bd.isoformat()})
        elif t == 'transit' and rng.random() < 0.45 and at.hour <= 16:
            at2 = at + timedelta(seconds=rng.randint(10800, 30000))
            if at2.date() == d:
                b2 = mk(bd, -amt, cp, c['cat'], None, at2, None if noref else auth_code(rng), t, key)
                cx.bks.append(b2)
                if bd >= UD_WIN_FROM:
                    inc(cx.st, 'conf.dc_same_day_fixed_price')
                    cx.conf.append({'type': 'dc_same_day_fixed_price', 'merchant': cp, 'day': bd.isoformat()})
        elif t == 'park' and rng.random() < 0.12 and at.hour <= 14:
            at2 = at + timedelta(seconds=rng.randint(10800, 20000))
            if at2.date() == d:
                cx.bks.append(mk(bd, -amt, cp, c['cat'], None, at2, None if noref else auth_code(rng), t, key))
        if t == 'online' and merch is not None and rng.random() < 0.3:
            refund(cx, b, amt, bd)
        return b
    if ch == 'paypal':
        bd = next_bday(d + D(rng.randint(0, 2)))
        if bd > TODAY or bd < cx.S:
            return None
        ref = 'MREF %s %013d PP.%s.PP . %s, Ihr Einkauf bei %s' % (cx.pp_mref, rng.randrange(10 ** 12, 10 ** 13),
                                                                  cx.pp4, merch, merch)
        b = mk(bd, -amt, cp, c['cat'], ref, None, None, t, key)
        cx.bks.append(b)
        if t == 'online' and rng.random() < 0.3:
            rb = next_bday(bd + D(rng.randint(6, 20)))
            if rb <= TODAY:
                part = amt if rng.random() < 0.6 else int(amt * rng.uniform(0.3, 0.8))
                cx.bks.append(mk(rb, part, cp, 'refund', 'Rückzahlung von %s %013d' % (merch, rng.randrange(10 ** 12, 10 ** 13)),
                                 tag='inc'))
        return b
    if ch == 'klarna':
        bd = next_bday(d + D(rng.randint(14, 30)))
        if bd > TODAY or bd < cx.S:
            return None
        b = mk(bd, -amt, cp, c['cat'], 'MREF %s Bestellung %d %s Rechnung' % (cx.kl_mref, rng.randrange(10 ** 9, 10 ** 10), merch),
               None, None, t, key)
        cx.bks.append(b)
        return b
    if ch == 'amzdd':
        bd = next_bday(d + D(rng.randint(1, 2)))
        if bd > TODAY or bd < cx.S:
            return None
        ref = 'MREF %s %03d-%07d-%07d AMZN Mktp DE' % (cx.amz_mref, rng.randrange(1000), rng.randrange(10 ** 7),
                                                       rng.randrange(10 ** 7))
        b = mk(bd, -amt, cp, c['cat'], ref, None, None, t, key)
        cx.bks.append(b)
        if rng.random() < 0.2:
            rb = next_bday(bd + D(rng.randint(6, 20)))
            if rb <= TODAY:
                cx.bks.append(mk(rb, amt, cp, 'refund', 'Erstattung ' + ref[5 + len(cx.amz_mref) + 1:], tag='inc'))
        return b
    # transfer to a person
    bd = next_bday(d)
    if bd > TODAY or bd < cx.S:
        return None
    b = mk(bd, -amt, cp, 'payment', pick(rng, PAY_REFS), None, None, 'pay', key)
    cx.bks.append(b)
    return b


def refund(cx, b, amt, bd):
    rng = cx.rng
    rb = next_bday(bd + D(rng.randint(5, 18)))
    if rb > TODAY:
        return
    part = amt if rng.random() < 0.6 else int(amt * rng.uniform(0.3, 0.8))
    cx.bks.append(mk(rb, part, b['cp'], 'refund', 'Gutschrift', tag='inc'))


def gen_everyday(cx):
    rng = cx.rng
    start = cx.S - D(2)
    ndays = (TODAY - start).days + 1
    for c in cx.cats:
        fmax = FMAX.get(c['tag'], 1.0)
        rate = c['lam'] * fmax
        t = 0.0
        while True:
            t += rng.expovariate(rate)
            if t >= ndays:
                break
            d = start + D(int(t))
            f = season(c['tag'], d)
            if f < fmax and rng.random() * fmax >= f:
                continue
            purchase(cx, c, d)


# ---------------------------------------------------------------- special events
def foreign_ref(rng, eur_cents, cur, rate):
    if cur == 'EUR':
        return None
    return 'Fremdwährung %s %s Kurs %s' % (de_num(eur_cents / 100.0 * rate), cur, ('%.4f' % rate).replace('.', ','))


def gen_trip(cx, d0, days, dest, window_trip):
    rng = cx.rng
    cc, cur, rate, cities, tmpls = dest
    city = pick(rng, cities)
    n_pers = 2 if cx.arch in ('couple',) or cx.kids else 1
    made = []
    # flight / transport booked in advance
    bdate = d0 - D(rng.randint(20, 80))
    if rng.random() < 0.75 and bdate >= cx.S:
        at = at_on(rng, bdate, 8, 22)
        amt = ce(rng.uniform(90, 420) * n_pers)
        b = card_ev(cx, at, amt, pick(rng, AIRLINES), 'travel', 'travel')
        if b:
            made.append(b)
    if rng.random() < 0.5:
        bdate2 = d0 - D(rng.randint(10, 60))
        if bdate2 >= cx.S:
            at = at_on(rng, bdate2, 8, 23)
            b = card_ev(cx, at, ce(rng.uniform(55, 150) * days), fill(cx, pick(rng, LODGING)), 'travel', 'travel')
            if b:
                made.append(b)
    merchants = [fill(cx, tp.replace('{CITY}', city).replace('{X}', pick(rng, X_W))) + ' ' + cc
                 for tp in rng.sample(tmpls, min(len(tmpls), 4))]
    for k in range(days):
        d = d0 + D(k)
        if d > TODAY:
            break
        for _ in range(rng.randint(1, 3)):
            at = at_on(rng, d, 8, 22)
            amt = ce(logn(rng, 22, 0.7, 2, 140))
            m = pick(rng, merchants)
            b = card_ev(cx, at, amt, m, 'travel', 'travel', ref=foreign_ref(rng, amt, cur, rate))
            if b:
                made.append(b)
        if k == 1 and rng.random() < 0.35:
            at = at_on(rng, d, 9, 20)
            amt = pick(rng, [5000, 10000, 15000, 20000])
            if cur != 'EUR':
                amt = int(amt * rng.uniform(0.97, 1.03))
            b = card_ev(cx, at, amt, 'ATM ' + pick(rng, ['BANCO', 'BANK', 'CAIXA', 'CREDIT']) + ' ' + city + ' ' + cc,
                        'cash', 'travel', ref=foreign_ref(rng, amt, cur, rate))
            if b:
                made.append(b)
    if rng.random() < 0.4 and d0 + D(days) <= TODAY:
        d = d0 + D(days - 1)
        b = card_ev(cx, at_on(rng, d, 7, 11), ce(rng.uniform(60, 140) * days), 'HOTEL ' + pick(rng, X_W) + ' ' + city + ' ' + cc,
                    'travel', 'travel', ref=foreign_ref(rng, 1, cur, rate) and None)
        if b:
            made.append(b)
    cx.countries.append(cc)
    return made


def card_ev(cx, at, amt, cp, cat, tag, key=None, noref=False, ref=None):
    rng = cx.rng
    bd = card_bday(rng, at.date())
    if bd > TODAY or bd < cx.S:
        return None
    b = mk(bd, -amt, cp, cat, ref, at, None if noref else auth_code(rng), tag, key)
    cx.bks.append(b)
    return b


def gen_specials(cx):
    rng = cx.rng
    a = cx.arch
    # travel
    if cx.traveller:
        n = rng.randint(1, 2)
        for _ in range(n):
            d0 = rand_day(rng, max(cx.S + D(25), date(2026, 6, 20)), date(2026, 10, 31))
            gen_trip(cx, d0, rng.randint(4, 12), pick(rng, DEST), False)
        if rng.random() < 0.35:
            wd = pick(rng, WINTER_DEST)
            dest = [x for x in DEST if x[0] == wd][0]
            d0 = rand_day(rng, date(2026, 12, 20), date(2027, 1, 8))
            gen_trip(cx, d0, rng.randint(3, 8), dest, True)
            inc(cx.st, 'conf.ud_trip_in_window_with_travel_history')
            cx.conf.append({'type': 'ud_trip_in_window_with_travel_history', 'day': d0.isoformat()})
    # big purchases in history, and maybe one in the window with precedent
    nb = wpick(rng, [(0, 35), (1, 35), (2, 20), (3, 10)])
    bigs = []
    for _ in range(nb):
        d = rand_day(rng, cx.S + D(5), OLD_MAX - D(10))
        cp, cat = pick(rng, BIG)
        amt = ce(logn(rng, max(150.0, cx.I_reg / 100.0 * 0.15), 0.5, 120, 2400))
        b = card_ev(cx, at_on(rng, d, 10, 19), amt, fill(cx, cp), cat, 'big')
        if b:
            bigs.append(b)
    if bigs and rng.random() < 0.3:
        ref_b = max(bigs, key=lambda b: -b['a'])
        d = rand_day(rng, TODAY - D(24), TODAY - D(2))
        amt = int(-ref_b['a'] * rng.uniform(0.4, 0.9))
        cp = ref_b['cp'] if rng.random() < 0.5 else fill(cx, pick(rng, BIG)[0])
        b = card_ev(cx, at_on(rng, d, 10, 19), amt, cp, ref_b['cat'], 'big')
        if b and b['d'] >= AUDIT_UD_FROM:
            inc(cx.st, 'conf.ud_big_purchase_with_precedent')
            cx.conf.append({'type': 'ud_big_purchase_with_precedent', 'merchant': b['cp'], 'day': b['d'].isoformat()})
    # Christmas money between family members
    if rng.random() < 0.3:
        d = rand_bday(rng, date(2026, 12, 8), date(2026, 12, 23))
        if d:
            cx.bks.append(mk(d, ce(pick(rng, [50, 100, 150, 200, 300])), person_name(rng), 'payment',
                             pick(rng, ['Frohe Weihnachten!', 'Weihnachtsgeld von Oma', 'Für Geschenke', 'Weihnachten']),
                             tag='inc'))
    if rng.random() < 0.25:
        d = rand_bday(rng, date(2026, 12, 1), date(2026, 12, 18))
        if d:
            cx.bks.append(mk(d, -ce(pick(rng, [30, 50, 50, 100])), person_name(rng), 'payment',
                             pick(rng, ['Weihnachtsgeschenk', 'Frohe Weihnachten', 'Geschenk Nichte']), tag='pay'))
    # New Year's Eve fireworks / party shopping at a known grocery chain
    groc = [c for c in cx.cats if c['tag'] == 'groc']
    if groc and rng.random() < 0.3:
        st = groc[0]['stores'][0]
        d = rand_day(rng, date(2026, 12, 29), date(2026, 12, 31))
        card_ev(cx, at_on(rng, d, 9, 18), ce(rng.uniform(15, 75)), st[0], 'groceries', 'groc', key=st[1])
    # annual bills with an explicit reference
    if rng.random() < 0.12:
        cp = pick(rng, cx.ins_cps) if cx.ins_cps else pick(rng, INSURERS)
        d = next_bday(date(2027, 1, pick(rng, [1, 1, 2, 5])))
        cx.bks.append(mk(d, -ce(rng.uniform(45, 135)), cp, 'insurance',
                         'MREF %s Jahresbeitrag Privathaftpflicht 2027 Vers.-Nr. %d' % (mref_code(rng), rng.randrange(10 ** 7)),
                         tag='bill'))
        inc(cx.st, 'conf.ud_annual_bill')
        cx.conf.append({'type': 'ud_annual_bill', 'merchant': cp, 'day': d.isoformat()})
    if rng.random() < 0.08:
        cp = fill(cx, pick(rng, ['TSV {CP} 1860 e.V.', 'SV {CP} e.V.', 'Turnverein {CP} e.V.', 'Tennisclub {CP} e.V.']))
        d = next_bday(date(2027, 1, pick(rng, [2, 5, 15])))
        cx.bks.append(mk(d, -ce(pick(rng, [60, 96, 120, 150, 180, 240])), cp, 'leisure',
                         'MREF %s Mitgliedsbeitrag 2027' % mref_code(rng), tag='bill'))
        inc(cx.st, 'conf.ud_annual_bill')
        cx.conf.append({'type': 'ud_annual_bill', 'merchant': cp, 'day': d.isoformat()})
    if rng.random() < 0.07 and not any(s['key'] == 'sub:prime' for s in cx.series):
        d = rand_day(rng, cx.S + D(10), TODAY - D(2))
        b = card_ev(cx, at_on(rng, d, 0, 23), 8990, 'AMAZON PRIME DE', 'subscription', 'bill')
        if b and b['d'] >= AUDIT_UD_FROM:
            inc(cx.st, 'conf.ud_annual_bill')
            cx.conf.append({'type': 'ud_annual_bill', 'merchant': b['cp'], 'day': b['d'].isoformat()})
    if cx.dticket and cx.dticket_cp == 'DB Vertrieb GmbH' and rng.random() < 0.35:
        for _ in range(rng.randint(1, 3)):
            d = rand_day(rng, cx.S + D(5), TODAY - D(2))
            card_ev(cx, at_on(rng, d, 6, 22), ce(rng.uniform(17.9, 139.9)), 'DB Vertrieb GmbH', 'transport', 'travel')
        inc(cx.st, 'conf.pr_same_creditor_other_purchases')
    # students: semester fee
    if a == 'student' and rng.random() < 0.8:
        uni = fill(cx, pick(rng, ['Universität {CP}', 'Hochschule {CP}', 'Studierendenwerk {CP}', 'Technische Universität {CP}']))
        base = ce(rng.uniform(180, 390))
        mat = rng.randrange(10 ** 6, 10 ** 7)
        d1 = rand_bday(rng, date(2026, 7, 10), date(2026, 8, 31))
        if d1 and d1 >= cx.S:
            cx.bks.append(mk(d1, -base, uni, 'education', 'Semesterbeitrag WiSe 2026/27 Matr.-Nr. %d' % mat, tag='bill'))
        d2 = rand_bday(rng, date(2027, 1, 5), TODAY - D(1))
        if d2:
            cx.bks.append(mk(d2, -(base + ce(rng.uniform(0, 12))), uni, 'education',
                             'Semesterbeitrag SoSe 2027 Matr.-Nr. %d' % mat, tag='bill'))
            inc(cx.st, 'conf.ud_annual_bill')
            cx.conf.append({'type': 'ud_semester_fee', 'merchant': uni, 'day': d2.isoformat()})
    # large own transfer in the window
    if rng.random() < 0.12:
        d = rand_bday(rng, TODAY - D(26), TODAY - D(1))
        if d:
            amt = ce(pick(rng, [1000, 1500, 2000, 3000, 5000, 8000, 10000]))
            cx.bks.append(mk(d, -amt, cx.own_cp, 'transfer', pick(rng, ['Festgeld Anlage', 'Umbuchung Tagesgeld',
                                                                       'Rücklage Steuer', 'Sparen Bonus']), tag='own',
                             key='own'))
            inc(cx.st, 'conf.ud_large_own_transfer')
            cx.conf.append({'type': 'ud_large_own_transfer', 'merchant': cx.own_cp, 'day': d.isoformat()})
    # charge - refund - charge again (not a duplicate)
    onl = [c for c in cx.cats if c['tag'] in ('online', 'cloth')]
    if onl and rng.random() < 0.08:
        c = onl[0]
        st = [s for s in c['stores'] if s[3] == 'card' and s[0] != '*AMZ']
        if st:
            cp = st[0][0]
            d = rand_day(rng, PLANT_FROM, TODAY - D(7))
            amt = ce(rng.uniform(25, 120))
            b1 = card_ev(cx, at_on(rng, d, 9, 21), amt, cp, c['cat'], c['tag'], key=st[0][1])
            if b1:
                rb = next_bday(b1['d'] + D(1))
                cx.bks.append(mk(rb, amt, cp, 'refund', 'Gutschrift Storno', tag='inc'))
                d2 = rb + D(rng.randint(0, 2))
                b2 = card_ev(cx, at_on(rng, d2, 9, 21), amt, cp, c['cat'], c['tag'], key=st[0][1])
                if b2:
                    b1['nodup'] = b2['nodup'] = True
                    b1['pl'] = b2['pl'] = 'conf'
                    inc(cx.st, 'conf.dc_charge_refund_recharge')
                    cx.conf.append({'type': 'dc_charge_refund_recharge', 'merchant': cp, 'day': b2['d'].isoformat()})


# ---------------------------------------------------------------- audits and plants
def hist_stats(cx):
    amts = []
    keys = set()
    cps = set()
    cash_max = 0
    pers_max = 0
    travel_max = 0
    cats = set()
    for b in cx.bks:
        if b['a'] >= 0:
            continue
        keys.add(b['key'])
        cps.add(b['cp'])
        if b['d'] < AUDIT_UD_FROM:
            cats.add(b['cat'])
        if b['d'] >= AUDIT_UD_FROM or b['tag'] in UD_EXEMPT:
            continue
        x = -b['a']
        amts.append(x)
        if b['cat'] == 'cash':
            cash_max = max(cash_max, x)
        if b['tag'] == 'pay':
            pers_max = max(pers_max, x)
        if b['tag'] == 'travel':
            travel_max = max(travel_max, x)
    amts.sort()
    hs = Cx()
    hs.n = len(amts)
    hs.max_all = amts[-1] if amts else 5000
    hs.p90 = amts[int(0.9 * (len(amts) - 1))] if amts else 3000
    hs.med = amts[len(amts) // 2] if amts else 1500
    hs.keys = keys
    hs.cps = cps
    hs.cash_max = cash_max
    hs.pers_max = pers_max
    hs.travel_max = travel_max
    hs.cats = cats
    # keys seen before the audit band only
    old = set()
    for b in cx.bks:
        if b['a'] < 0 and b['d'] < AUDIT_UD_FROM:
            old.add(b['key'])
    hs.old_keys = old
    return hs


def normality_audit(cx, hs):
    rng = cx.rng
    for b in cx.bks:
        if b['a'] >= 0 or b['d'] < AUDIT_UD_FROM or b['tag'] in UD_EXEMPT or b.get('pl'):
            continue
        x = -b['a']
        lim = hs.max_all
        t = b['tag']
        if b['cat'] == 'cash':
            lim = min(lim, hs.cash_max if hs.cash_max else 5000)
        if t == 'pay':
            lim = min(lim, max(hs.pers_max, 5000) if b['key'] in hs.old_keys else max(min(hs.pers_max, 15000), 3000))
        if t == 'travel':
            lim = min(lim, int(hs.travel_max * 1.1) if hs.travel_max else 3000)
        elif b['key'] not in hs.old_keys and t != 'pay':
            lim = min(lim, max(int(2.5 * hs.p90), 12000))
        if x > lim:
            if b['cat'] == 'cash':
                na = max(1000, int(lim * rng.uniform(0.5, 1.0)) // 1000 * 1000)
            else:
                na = max(100, int(lim * rng.uniform(0.45, 0.95)))
            b['a'] = -na
            inc(cx.st, 'audit.ud_scaled_down')


def ud_dd_cat(cp):
    if 'Lotto' in cp or 'Prize' in cp or 'Gewinn' in cp:
        return 'gambling'
    if 'ating' in cp or 'Partner' in cp:
        return 'leisure'
    return 'subscription'


def plant_ud(cx, hs):
    rng = cx.rng
    used_keys = hs.keys
    types = [('cnp', 33), ('amount', 20), ('dd', 15), ('atm', 12), ('p2p', 20)]
    n = 2 if rng.random() < 0.06 else 1
    done = []
    for _ in range(n):
        for _try in range(6):
            t = wpick(rng, types)
            if t in [x[0] for x in done]:
                continue
            b = None
            if t == 'cnp':
                pool = [x for x in UD_CNP if x[0] not in used_keys and x[0] not in hs.cps and x[1] not in hs.cats]
                if not pool:
                    continue
                cp, cat, cc, cur = pick(rng, pool)
                amt = int(max(3 * hs.p90, 25000) * rng.uniform(1.0, 2.2))
                amt = min(amt, 300000)
                if rng.random() < 0.5:
                    amt = amt // 100 * 100 - pick(rng, [0, 1, 0])
                d = rand_day(rng, PLANT_FROM, TODAY - D(1))
                at = at_on(rng, d, 0, 5) if rng.random() < 0.4 else at_on(rng, d, 6, 23)
                rate = {'EUR': 1.0, 'GBP': 0.86, 'USD': 1.08}[cur]
                b = card_ev(cx, at, amt, cp, cat, 'ud', key=cp, ref=foreign_ref(rng, amt, cur, rate))
            elif t == 'amount':
                amt = int(max(3 * hs.max_all, 40000) * rng.uniform(1.0, 1.5))
                if amt > 999900:
                    continue
                amt = amt // 100 * 100 - pick(rng, [0, 1, 0, 1000 // 1000])
                cp = fill(cx, pick(rng, UD_RETAIL))
                d = rand_day(rng, PLANT_FROM, TODAY - D(1))
                b = card_ev(cx, at_on(rng, d, 9, 21) if rng.random() < 0.7 else at_on(rng, d, 0, 5), amt, cp,
                            'electronics' if 'Apple' in cp or 'Media' in cp or 'Saturn' in cp or 'book' in cp or 'Cyber' in cp else 'shopping',
                            'ud', key=cp)
            elif t == 'dd':
                pool = [x for x in UD_DD if x not in used_keys and x not in hs.cps
                        and not (ud_dd_cat(x) == 'gambling' and 'gambling' in hs.cats)]
                if not pool:
                    continue
                cp = pick(rng, pool)
                amt = pick(rng, [7990, 8900, 9900, 11988, 14900, 17940, 23988, 29900, 8490, 12900])
                d = rand_bday(rng, PLANT_FROM, TODAY)
                if d is None:
                    continue
                b = mk(d, -amt, cp, ud_dd_cat(cp), 'MREF %s %s' % (mref_code(rng), pick(rng, UD_DD_TXT)), tag='ud', key=cp)
                cx.bks.append(b)
            elif t == 'atm':
                pool = [x for x in UD_ATM if x[1] not in cx.countries]
                nm, cc, cur, rate = pick(rng, pool)
                amt = int(max(2 * max(hs.cash_max, 10000), 30000) * rng.uniform(1.0, 1.8))
                loc = int(round(amt / 100.0 * rate / 50.0)) * 50
                amt = int(round(loc / rate * 100)) + rng.randint(0, 600)
                d = rand_day(rng, PLANT_FROM, TODAY - D(1))
                at = at_on(rng, d, 0, 5) if rng.random() < 0.5 else at_on(rng, d, 6, 23)
                b = card_ev(cx, at, amt, nm + ' ' + cc, 'cash', 'ud', key=nm,
                            ref='Fremdwährung %s %s Kurs %s' % (de_num(loc), cur, ('%.4f' % rate).replace('.', ',')))
            else:
                pool = [x for x in UD_P2P if x[0] not in used_keys]
                cp, cc = pick(rng, pool)
                amt = int(max(3 * hs.pers_max, 80000) * rng.uniform(1.0, 3.0))
                amt = min(amt, 650000) // 1000 * 1000
                d = rand_bday(rng, PLANT_FROM, TODAY)
                if d is None:
                    continue
                b = mk(d, -amt, cp, 'payment', pick(rng, UD_P2P_REF), tag='ud', key=cp)
                cx.bks.append(b)
            if b is None or b['d'] < PLANT_FROM or b['d'] > TODAY:
                if b is not None and b in cx.bks:
                    cx.bks.remove(b)
                continue
            b['pl'] = 'ud'
            done.append((t, b))
            break
    for t, b in done:
        cx.labels.append({'kind': 'UNUSUAL_DEBIT', 'merchant': b['cp'], 'day': b['d'].isoformat()})
        inc(cx.st, 'plant.UNUSUAL_DEBIT.' + t)
    return len(done)


def dup_candidates(cx, lo, hi):
    cards, dds, onl = [], [], []
    for b in cx.bks:
        if b['a'] >= 0 or b.get('pl') or b.get('nodup') or not (lo <= b['d'] <= hi):
            continue
        if b['at'] is not None and b['tag'] in DUPABLE and -b['a'] >= 300:
            cards.append(b)
        elif b['tag'] == 'fix' and b['sid'] is not None:
            s = cx.series[b['sid']]
            if s['chan'] == 'dd' and not s['planted'] and not s['twin'] and s['cad'] == 'm':
                dds.append(b)
        elif b['tag'] in ('online', 'deliv') and b['at'] is None and b['ref']:
            onl.append(b)
    return cards, dds, onl


def make_dup(cx, kind, b):
    """returns the second booking or None"""
    rng = cx.rng
    b2 = dict(b)
    if kind == 'presented_twice':
        ad = b['at'].date()
        opts = [d for d in (b['d'], next_bday(b['d'] + ONE), next_bday(next_bday(b['d'] + ONE) + ONE))
                if d <= TODAY and (d - ad).days <= 3]
        b2['d'] = opts[0] if rng.random() < 0.5 else pick(rng, opts)
    elif kind == 'terminal_retry':
        b2['at'] = b['at'] + timedelta(seconds=rng.randint(4, 240))
        if b2['at'].date() != b['at'].date():
            b2['at'] = datetime(b['at'].year, b['at'].month, b['at'].day, 23, 59, 59)
        b2['ar'] = None if b['ar'] is None else auth_code(rng)
        bd = card_bday(rng, b2['at'].date())
        if bd > TODAY or (bd - b2['at'].date()).days > 3 or bd < b['d']:
            bd = b['d']
        b2['d'] = bd
    else:  # debit_twice / online_twice
        d2 = next_bday(b['d'] + D(rng.randint(0, 4))) if rng.random() < 0.7 else b['d']
        if d2 > TODAY:
            d2 = b['d']
        b2['d'] = d2
    b2['nodup'] = True
    return b2


def plant_dc(cx):
    rng = cx.rng
    cards, dds, onl = dup_candidates(cx, PLANT_FROM, TODAY)
    kinds = [('presented_twice', 35), ('terminal_retry', 25), ('debit_twice', 20), ('online_twice', 20)]
    for _ in range(6):
        k = wpick(rng, kinds)
        pool = cards if k in ('presented_twice', 'terminal_retry') else (dds if k == 'debit_twice' else onl)
        if not pool:
            continue
        b = pick(rng, pool)
        b2 = make_dup(cx, k, b)
        if b2['d'] < PLANT_FROM:
            continue
        cx.dg += 1
        b['pl'] = 'dc'
        b2['pl'] = 'dc'
        b['dg'] = b2['dg'] = cx.dg
        cx.bks.append(b2)
        cx.labels.append({'kind': 'DUPLICATE_CHARGE', 'merchant': b['cp'], 'day': max(b['d'], b2['d']).isoformat()})
        inc(cx.st, 'plant.DUPLICATE_CHARGE.' + k)
        return 1
    return 0


def old_duplicate(cx):
    rng = cx.rng
    cards, dds, onl = dup_candidates(cx, TODAY - D(150), OLD_MAX - D(4))
    pool = cards + dds
    if not pool:
        return
    b = pick(rng, pool)
    k = 'presented_twice' if b['at'] is not None else 'debit_twice'
    b2 = make_dup(cx, k, b)
    if b2['d'] > OLD_MAX:
        return
    cx.dg += 1
    b['pl'] = b2['pl'] = 'old'
    b['dg'] = b2['dg'] = cx.dg
    cx.bks.append(b2)
    inc(cx.st, 'conf.dc_old_duplicate_outside_window')
    cx.conf.append({'type': 'dc_old_duplicate_outside_window', 'merchant': b['cp'], 'day': b2['d'].isoformat()})


def dup_audit(cx):
    groups = {}
    for b in cx.bks:
        if b['a'] < 0 and b['d'] >= TODAY - D(50):
            groups.setdefault((b['cp'], b['a']), []).append(b)
    remove = []
    for key in groups:
        lst = groups[key]
        if len(lst) < 2:
            continue
        lst.sort(key=lambda b: (b['d'], b['at'] or DT0))
        for j in range(1, len(lst)):
            bj = lst[j]
            if bj['d'] < AUDIT_UD_FROM or bj.get('rm'):
                continue
            for i in range(j):
                bi = lst[i]
                if bi.get('rm'):
                    continue
                if (bj['d'] - bi['d']).days > 10:
                    continue
                if bi.get('dg') is not None and bi.get('dg') == bj.get('dg'):
                    continue
                susp = False
                if bi['at'] is not None and bj['at'] is not None:
                    if abs((bj['at'] - bi['at']).total_seconds()) < 7200 or (bi['ar'] is not None and bi['ar'] == bj['ar']):
                        susp = True
                elif bi['at'] is None and bj['at'] is None:
                    if bi['ref'] is not None and bi['ref'] == bj['ref']:
                        susp = True
                    elif (bi['ref'] is None or bj['ref'] is None) and (bj['d'] - bi['d']).days <= 3:
                        susp = True
                    elif bi['tag'] == 'pay' and bj['tag'] == 'pay' and (bj['d'] - bi['d']).days <= 3:
                        susp = True
                if not susp:
                    continue
                victim = bj if not bj.get('pl') else bi
                if victim.get('pl') or victim['tag'] in ('fix', 'own', 'fee', 'tax'):
                    raise Retry('dup_audit_unresolvable')
                victim['rm'] = True
                remove.append(victim)
                inc(cx.st, 'audit.dc_accidental_removed')
                if victim is bj:
                    break
    if remove:
        cx.bks = [b for b in cx.bks if not b.get('rm')]


def pr_audit(cx):
    for s in cx.series:
        if not s['pr_ok'] and not s['var'] and not s['planted']:
            continue     # person / own-account / fixed-price series: a rise there is not a PRICE_RISE
        vis = [b for b in s['bks']]
        prev = None
        first_high = None
        for b in vis:
            x = -b['a']
            if prev is not None and x > prev and b['d'] >= AUDIT_PR_FROM:
                if s['var']:
                    mx = max(-bb['a'] for bb in vis if bb['d'] < b['d'])
                    if x > mx:
                        raise Retry('pr_audit_var')
                elif not s['planted']:
                    raise Retry('pr_audit_unplanned')
                elif first_high is None:
                    first_high = b
            prev = x
        if s['planted']:
            if first_high is None or first_high['d'] != s['pr_day'] or first_high['d'] < PLANT_PR_FROM:
                raise Retry('pr_audit_planted')
            cx.labels.append({'kind': 'PRICE_RISE', 'merchant': s['cp'], 'day': s['pr_day'].isoformat()})
            inc(cx.st, 'plant.PRICE_RISE.' + s['key'].split(':')[0] + '.' + s['chan'])
            if s['cad'] == 'q':
                inc(cx.st, 'plant.PRICE_RISE.quarterly')


# ---------------------------------------------------------------- balance and LOW_BALANCE_FORECAST
def sort_bks(bks):
    bks.sort(key=lambda b: (b['d'], 0 if b['a'] > 0 else (1 if b['at'] is None else 2), b['at'] or DT0))


def run_bal(bks, O):
    bal = O
    mn = O
    for b in bks:
        bal += b['a']
        if bal < mn:
            mn = bal
    return bal, mn


def savings_pass(cx, bks, O):
    rng = cx.rng
    out = []
    bal = O
    for b in bks:
        out.append(b)
        bal += b['a']
        if b['tag'] == 'inc_main' and cx.saver and bal > cx.cap:
            amt = (bal - cx.cap) // 5000 * 5000
            if amt >= 10000:
                out.append(mk(b['d'], -amt, cx.own_cp, 'transfer', pick(rng, OWN_REFS).format(**mfields(b['d'])),
                              tag='own', key='own'))
                bal -= amt
        elif cx.topup and b['a'] < 0 and bal < cx.floor:
            need = cx.floor - bal + rng.randint(200, 800) * 100
            amt = -(-need // 10000) * 10000
            out.append(mk(b['d'], amt, cx.own_cp, 'transfer', pick(rng, TOPUP_REFS), tag='own', key='own'))
            bal += amt
    return out


def lbf_quant(cx, bks):
    frm = TODAY - D(89)
    e = 0
    for b in bks:
        if b['a'] < 0 and b['d'] >= frm and b['tag'] in EVERYDAY:
            e -= b['a']
    e_meas = e / 90.0
    e_low = min(e_meas, cx.E_param)
    e_high = max(e_meas, cx.E_param)
    q = {'e_meas': e_meas, 'e_low': e_low, 'e_high': e_high}
    if cx.N_any is None:
        f30 = sum(-a for (d, a, own) in cx.future if d <= TODAY + D(30))
        q['A'] = None
        q['Bq'] = f30 + 1.5 * e_high * 30
        q['d_any'] = None
        return q
    d_any = (cx.N_any - TODAY).days
    fmin = sum(-a for (d, a, own) in cx.future if d < cx.N_any and not own)
    hz = cx.N_main + D(3)
    fmax = sum(-a for (d, a, own) in cx.future if d <= hz)
    q['A'] = fmin + 0.6 * e_low * max(d_any - 1, 0)
    q['Bq'] = fmax + 1.5 * e_high * (hz - TODAY).days
    q['d_any'] = d_any
    q['fmin'] = fmin
    q['fmax'] = fmax
    return q


QUARTERS = [(date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 9, 30)),
            (date(2026, 10, 1), date(2026, 12, 31))]


def interest_bookings(cx, bks, O):
    eod = {}
    bal = O
    j = 0
    n = len(bks)
    d = cx.S
    res = []
    while d <= TODAY:
        while j < n and bks[j]['d'] <= d:
            bal += bks[j]['a']
            j += 1
        eod[d] = bal
        d += ONE
    for qs, qe in QUARTERS:
        if qe < cx.S:
            continue
        tot = 0.0
        d = max(qs, cx.S)
        while d <= qe:
            v = eod[d]
            if v < 0:
                tot += -v * 0.119 / 365.0
            d += ONE
        c = int(round(tot))
        if c >= 1:
            res.append(mk(prev_bday(qe), -c, 'Rechnungsabschluss', 'fees',
                          'Sollzinsen 11,90 %% p.a. %s - %s' % (max(qs, cx.S).strftime('%d.%m.%Y'), qe.strftime('%d.%m.%Y')),
                          tag='fee', key='fee:interest'))
    return res


def balance_and_lbf(cx):
    rng = cx.rng
    bks = cx.bks
    sort_bks(bks)
    O = cx.O0
    bks = savings_pass(cx, bks, O)
    sort_bks(bks)
    T, mn = run_bal(bks, O)
    if mn < -cx.dispo:
        sh = -cx.dispo - mn + rng.randint(0, 400) * 100
        O += sh
        T += sh
        mn += sh
    q = lbf_quant(cx, bks)
    method = 'natural'
    if cx.lbf_intent == 'pos':
        hi = int(q['A']) - 6000 - 1000
        lo = 1500
        if hi < lo + 1000:
            cx.lbf_intent = 'neg'
            inc(cx.st, 'lbf.intent_pos_infeasible')
        else:
            tgt = int(lo + (hi - lo) * (rng.random() ** 1.3))
            if T < lo or T > hi:
                R = T - tgt
                if R < 0:
                    O -= R
                    method = 'shift_up'
                elif mn - R >= -cx.dispo:
                    O -= R
                    method = 'shift_down'
                else:
                    last = None
                    for b in bks:
                        if b['tag'] == 'inc_main':
                            last = b
                    if last is None:
                        raise Retry('lbf_no_income')
                    amt = -(-R // 1000) * 1000
                    bks.append(mk(last['d'], -amt, cx.own_cp, 'transfer', pick(rng, OWN_REFS).format(**mfields(last['d'])),
                                  tag='own', key='own'))
                    sort_bks(bks)
                    method = 'sweep_after_income'
                T, mn = run_bal(bks, O)
    if cx.lbf_intent == 'neg':
        need = int(q['Bq']) + 10000
        if cx.lbf_tight:
            tgt = need + rng.randint(0, 250) * 100
            R = T - tgt
            if R > 0 and mn - R >= -cx.dispo:
                O -= R
                method = 'tight_shift_down'
            elif R > 0:
                last = None
                for b in bks:
                    if b['tag'] == 'inc_main':
                        last = b
                amt = R // 1000 * 1000
                if last is not None and amt >= 1000:
                    sw = mk(last['d'], -amt, cx.own_cp, 'transfer', pick(rng, OWN_REFS).format(**mfields(last['d'])),
                            tag='own', key='own')
                    bks.append(sw)
                    sort_bks(bks)
                    T2, mn2 = run_bal(bks, O)
                    if mn2 < -cx.dispo - 50000:
                        bks.remove(sw)
                    else:
                        method = 'tight_sweep_after_income'
            elif R < 0:
                O -= R
                method = 'tight_shift_up'
        else:
            if T < need:
                O += need - T + rng.randint(0, 1500) * 100
                method = 'shift_up'
        T, mn = run_bal(bks, O)
    # overdraft interest, then final classification (iterate a few times)
    base = [b for b in bks if b.get('key') != 'fee:interest']
    for _ in range(6):
        ib = interest_bookings(cx, base, O)
        bks = base + ib
        sort_bks(bks)
        T, mn = run_bal(bks, O)
        if cx.lbf_intent == 'pos':
            if T < 300:
                O += 1500 - T
                continue
        else:
            if T < q['Bq'] + 10000:
                O += int(q['Bq'] + 10000 - T) + 5000
                continue
        break
    pos = q['A'] is not None and 0 <= T <= q['A'] - 6000
    neg = T >= q['Bq'] + 10000
    if not pos and not neg:
        raise Retry('lbf_ambiguous')
    cx.bks = bks
    cx.T = T
    inc(cx.st, 'lbf.method.' + method)
    if pos:
        cx.labels.append({'kind': 'LOW_BALANCE_FORECAST'})
        inc(cx.st, 'plant.LOW_BALANCE_FORECAST.days_to_income.%02d' % q['d_any'])
        cx.lbf_info = {'class': 'pos', 'balance': T, 'margin_eur': round((q['A'] - 6000 - T) / 100.0, 2)}
    else:
        cx.lbf_info = {'class': 'neg', 'balance': T, 'margin_eur': round((T - q['Bq'] - 10000) / 100.0, 2)}
        if cx.lbf_tight and T - q['Bq'] - 10000 < 30000:
            inc(cx.st, 'conf.lbf_low_balance_income_soon')
            cx.conf.append({'type': 'lbf_low_balance_income_soon', 'day': cx.N_main.isoformat()})
    # past overdraft usage although fine now
    if neg and mn < 0:
        inc(cx.st, 'conf.lbf_past_overdraft_now_fine')
    return O


# ---------------------------------------------------------------- one customer
ARCHS = [('employee', 34), ('couple', 15), ('pensioner', 15), ('student', 8), ('benefits', 7), ('parent', 7),
         ('selfemployed', 7), ('beamter', 7)]


def gen_customer(idx, attempt):
    rng = random.Random((SEED * 7919 + idx) * 31 + attempt)
    cx = Cx()
    cx.rng = rng
    cx.st = {}
    cx.bks = []
    cx.series = []
    cx.future = []
    cx.inc_future = []
    cx.labels = []
    cx.conf = []
    cx.rules = []
    cx.countries = []
    cx.I_reg = 0
    cx.dg = 0
    a = wpick(rng, ARCHS)
    cx.arch = a
    cx.S = TODAY - D(rng.randint(190, 245))
    cx.city, cx.cdesc = pick(rng, CITIES)
    cx.kids = rng.random() < {'employee': 0.1, 'couple': 0.5, 'pensioner': 0.0, 'student': 0.0, 'benefits': 0.4,
                              'parent': 1.0, 'selfemployed': 0.25, 'beamter': 0.35}[a]
    cx.car = rng.random() < {'employee': 0.6, 'couple': 0.8, 'pensioner': 0.5, 'student': 0.15, 'benefits': 0.15,
                             'parent': 0.5, 'selfemployed': 0.7, 'beamter': 0.65}[a]
    cx.traveller = rng.random() < {'employee': 0.5, 'couple': 0.55, 'pensioner': 0.35, 'student': 0.4,
                                   'benefits': 0.05, 'parent': 0.25, 'selfemployed': 0.55, 'beamter': 0.5}[a]
    cx.crypto = rng.random() < 0.04 and a not in ('pensioner', 'benefits')
    cx.gambler = rng.random() < 0.03
    if cx.crypto:
        inc(cx.st, 'conf.ud_habitual_crypto')
    if cx.gambler:
        inc(cx.st, 'conf.ud_habitual_gambling')
    cx.dispo = wpick(rng, [(0, 35), (50000, 15), (100000, 20), (150000, 8), (200000, 10), (300000, 7), (500000, 5)])
    if a in ('student', 'benefits'):
        cx.dispo = pick(rng, [0, 0, 0, 20000, 50000])
    cx.prime_code = code(rng, 6)
    cx.pp_cp = pick(rng, ['PayPal Europe S.a.r.l. et Cie S.C.A', 'PayPal (Europe) S.a.r.l. et Cie., S.C.A.',
                          'PAYPAL EUROPE S.A.R.L. ET CIE S.C.A'])
    cx.pp_mref = code(rng, 13)
    cx.pp4 = '%04d' % rng.randrange(10000)
    cx.kl_mref = code(rng, 12)
    cx.amz_mref = code(rng, 12)
    cx.amz_style = wpick(rng, [('code', 40), ('plain', 30), ('dd', 20), ('none', 10)])
    cx.own_cp = OWN_CP[rng.randrange(len(OWN_CP))].replace('{N4}', '%04d' % rng.randrange(10000))
    cx.want_pr = rng.random() < 0.27
    cx.want_ud = rng.random() < 0.25
    cx.want_dc = rng.random() < 0.25
    cx.saver = rng.random() < 0.45
    # incomes
    setup_incomes(cx)
    if a == 'selfemployed':
        cx.N_any = cx.N_main = None
    else:
        fut = sorted((pd, amt) for (pd, amt, reg) in cx.inc_future if reg and amt >= 10000)
        if not fut:
            raise Retry('no_future_income')
        cx.N_any = fut[0][0]
        mains = [pd for pd, amt in fut if amt >= 0.35 * cx.I_reg]
        cx.N_main = mains[0] if mains else cx.N_any
        if cx.N_main < cx.N_any:
            cx.N_main = cx.N_any
    d_any = (cx.N_any - TODAY).days if cx.N_any else None
    if d_any is not None and d_any >= 6 and rng.random() < 0.33:
        cx.lbf_intent = 'pos'
        cx.saver = True
    else:
        cx.lbf_intent = 'neg'
    cx.lbf_tight = (cx.lbf_intent == 'neg' and cx.N_main is not None and (cx.N_main - TODAY).days <= 9
                    and rng.random() < 0.35)
    cx.topup = cx.lbf_intent == 'neg' and (cx.saver or rng.random() < 0.3)
    # fixed payments
    setup_series(cx)
    for s in cx.series:
        build_occ(cx, s)
    plan_changes(cx)
    for s in cx.series:
        emit_series(cx, s)
    fixed_month = 0
    own_month = 0
    for s in cx.series:
        per = s['amt'] if s['cad'] == 'm' else (s['amt'] / 3.0 if s['cad'] == 'q' else s['amt'] / 12.0)
        if s['own']:
            own_month += per
        else:
            fixed_month += per
    if cx.arch == 'selfemployed':
        cx.I_reg = cx.revenue
    # everyday spending
    setup_spending(cx, fixed_month, own_month)
    gen_everyday(cx)
    gen_specials(cx)
    # savings policy parameters
    outflow = fixed_month + cx.EB
    if cx.lbf_intent == 'pos':
        cx.cap = int(outflow * rng.uniform(0.3, 0.8)) + 20000
    else:
        cx.cap = int(outflow * rng.uniform(0.6, 1.8)) + 30000
    cx.floor = -int(cx.dispo * 0.7) if cx.dispo else 2000
    cx.O0 = int(cx.I_reg * rng.uniform(0.2, 1.5)) + (int(cx.I_reg * rng.uniform(1, 4)) if a == 'selfemployed' else 0)
    # audits + plants
    hs = hist_stats(cx)
    normality_audit(cx, hs)
    if rng.random() < 0.06:
        old_duplicate(cx)
    if cx.want_dc:
        if not plant_dc(cx):
            inc(cx.st, 'plant_failed.DUPLICATE_CHARGE')
    hs = hist_stats(cx)
    if cx.want_ud:
        if not plant_ud(cx, hs):
            inc(cx.st, 'plant_failed.UNUSUAL_DEBIT')
    dup_audit(cx)
    pr_audit(cx)
    if cx.want_pr and not cx.pr_planted:
        inc(cx.st, 'plant_failed.PRICE_RISE')
    # balance, LOW_BALANCE_FORECAST
    balance_and_lbf(cx)
    # final checks
    bks = cx.bks
    for b in bks:
        if b['d'] > TODAY or b['d'] < cx.S:
            raise Retry('date_range')
        if b['a'] == 0:
            raise Retry('zero_amount')
        if b['at'] is not None:
            g = (b['d'] - b['at'].date()).days
            if g < 0 or g > 3:
                raise Retry('auth_gap')
    # labels: dedupe, order
    seen = set()
    labels = []
    order = {'PRICE_RISE': 0, 'UNUSUAL_DEBIT': 1, 'DUPLICATE_CHARGE': 2, 'LOW_BALANCE_FORECAST': 3}
    for l in sorted(cx.labels, key=lambda l: (order[l['kind']], l.get('day', ''), l.get('merchant', ''))):
        k = (l['kind'], l.get('merchant'), l.get('day'))
        if k in seen:
            continue
        seen.add(k)
        labels.append(l)
    for l in labels:
        inc(cx.st, 'findings.' + l['kind'])
    for k in sorted(set(l['kind'] for l in labels)):
        inc(cx.st, 'customers_with.' + k)
    if not labels:
        inc(cx.st, 'findings.none')
    inc(cx.st, 'arch.' + a)
    inc(cx.st, 'bookings', len(bks))
    rec_b = []
    for b in bks:
        rec_b.append({'booked_on': b['d'].isoformat(), 'amount': money(b['a']), 'counterparty': b['cp'],
                      'category': b['cat'], 'reference': b['ref'],
                      'authorised_at': b['at'].isoformat() if b['at'] is not None else None,
                      'authorisation_ref': b['ar']})
    cid = 'k-%05d' % idx
    rec = {'id': cid, 'today': TODAY.isoformat(), 'account_last4': '%04d' % rng.randrange(10000), 'currency': 'EUR',
           'balance': money(cx.T), 'bookings': rec_b}
    conf = {'id': cid, 'archetype': a, 'next_income': cx.N_any.isoformat() if cx.N_any else None,
            'lbf': cx.lbf_info, 'confounders': cx.conf}
    return rec, {'id': cid, 'findings': labels}, conf, cx.st


def merge(dst, src):
    for k, v in src.items():
        dst[k] = dst.get(k, 0) + v


def nest(flat):
    out = {}
    for k in sorted(flat):
        parts = k.split('.')
        cur = out
        for p in parts[:-1]:
            if not isinstance(cur.get(p), dict):
                cur[p] = {} if p not in cur else {'_total': cur[p]}
            cur = cur[p]
        if isinstance(cur.get(parts[-1]), dict):
            cur[parts[-1]]['_total'] = flat[k]
        else:
            cur[parts[-1]] = flat[k]
    return out


def main():
    t0 = time.process_time()
    n = int(sys.argv[1]) if len(sys.argv) > 1 else N_CUST
    stats = {}
    errors = []
    fh = open(os.path.join(HERE, 'histories.jsonl'), 'w', encoding='utf-8', newline='\n')
    fl = open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n')
    fc = open(os.path.join(HERE, 'confounders.jsonl'), 'w', encoding='utf-8', newline='\n')
    for i in range(1, n + 1):
        res = None
        for attempt in range(8):
            try:
                res = gen_customer(i, attempt)
                break
            except Retry as e:
                inc(stats, 'rejected_attempts.' + str(e))
            except Exception:
                inc(stats, 'rejected_attempts.exception')
                if len(errors) < 5:
                    errors.append(traceback.format_exc())
        if res is None:
            raise RuntimeError('customer %d could not be generated\n%s' % (i, '\n'.join(errors[-2:])))
        rec, lab, conf, st = res
        merge(stats, st)
        inc(stats, 'customers')
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
        fl.write(json.dumps(lab, ensure_ascii=False) + '\n')
        fc.write(json.dumps(conf, ensure_ascii=False) + '\n')
    fh.close()
    fl.close()
    fc.close()
    out = nest(stats)
    out['definitions'] = {'today': TODAY.isoformat(), 'price_rise_window_from': PR_WIN_FROM.isoformat(),
                          'unusual_duplicate_window_from': UD_WIN_FROM.isoformat(),
                          'planted_price_rise_first_higher_charge_from': PLANT_PR_FROM.isoformat(),
                          'planted_unusual_duplicate_from': PLANT_FROM.isoformat(), 'seed': SEED}
    with open(os.path.join(HERE, 'gen_stats.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    for e in errors:
        sys.stderr.write(e + '\n')
    sys.stderr.write('customers=%d bookings=%d cpu=%.1fs errors=%d\n' % (n, stats.get('bookings', 0),
                                                                        time.process_time() - t0, len(errors)))


if __name__ == '__main__':
    main()
