#!/usr/bin/env python3
"""heldout4 - held-out evaluation set for the current-account insights product.

Deterministic (fixed seed, string-seeded per-customer RNGs, no set/dict-hash
iteration), Python 3 standard library only.  Writes histories.jsonl,
labels.jsonl and gen_stats.json next to this file.
"""
import json
import math
import os
import random
from datetime import date, datetime, timedelta

SEED = 420260930
N_CUST = 3000
TODAY = date(2026, 9, 30)
PR_FROM = TODAY - timedelta(days=34)   # 2026-08-27: 35 days incl. today
W30 = TODAY - timedelta(days=29)       # 2026-09-01: 30 days incl. today
HORIZON = date(2026, 11, 30)
D1 = timedelta(days=1)
OUT = os.path.dirname(os.path.abspath(__file__))

# TARGET2 closing days (no SEPA settlement) + weekends
HOL = {date(2025, 12, 25), date(2025, 12, 26), date(2026, 1, 1), date(2026, 4, 3),
       date(2026, 4, 6), date(2026, 5, 1), date(2026, 12, 25), date(2026, 12, 26)}


def is_bd(d):
    return d.weekday() < 5 and d not in HOL


def next_bd(d):
    while not is_bd(d):
        d += D1
    return d


def prev_bd(d):
    while not is_bd(d):
        d -= D1
    return d


def add_bd(d, k):
    for _ in range(k):
        d = next_bd(d + D1)
    return d


def mlen(y, m):
    return ((date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - D1).day


def months(a, b):
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return out


def eur(c):
    s = '-' if c < 0 else ''
    c = abs(c)
    return '%s%d.%02d' % (s, c // 100, c % 100)


def cents(x):
    return int(round(x * 100))


def pick_w(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def rdig(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def raln(r, n):
    return ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(n))


def poisson(r, lam):
    L = math.exp(-lam)
    k, p = 0, r.random()
    while p > L:
        k += 1
        p *= r.random()
    return k


MONTHS_DE = ['Januar', 'Februar', 'Maerz', 'April', 'Mai', 'Juni', 'Juli', 'August',
             'September', 'Oktober', 'November', 'Dezember']

# ---------------------------------------------------------------- merchants
# (median EUR, sigma, min, max) of a single purchase before the customer level
CATDIST = {
    'groceries': (27, 0.55, 3, 160), 'drugstore': (14, 0.5, 2, 60), 'bakery': (5, 0.45, 1.5, 18),
    'restaurant': (28, 0.5, 6, 140), 'fuel': (58, 0.25, 20, 105), 'clothing': (45, 0.6, 8, 230),
    'online': (32, 0.75, 5, 240), 'pharmacy': (14, 0.5, 3, 70), 'home': (35, 0.7, 5, 260),
    'transport': (10, 0.7, 2.5, 90), 'leisure': (20, 0.6, 5, 120),
}
POOLS = {
    'groceries': [["REWE Markt GmbH", "REWE SAGT DANKE", "REWE 4471 KOELN"], ["EDEKA CENTER", "EDEKA Nord Handelsges."],
                  ["ALDI SUED", "ALDI SUED SAGT DANKE"], ["ALDI GmbH & Co. KG", "ALDI NORD 012"],
                  ["LIDL DIENSTL GMBH & CO KG", "Lidl sagt Danke"], ["Kaufland", "KAUFLAND DANKT"],
                  ["NETTO Marken-Discount", "Netto Filiale 4432"], ["PENNY Markt GmbH", "PENNY.Markt"],
                  ["Alnatura", "ALNATURA PRODUKTIONS"], ["Denns BioMarkt"], ["Globus SB-Warenhaus"]],
    'drugstore': [["dm-drogerie markt", "DM Drogeriemarkt", "DM FIL.1523"], ["ROSSMANN", "Dirk Rossmann GmbH"],
                  ["Mueller Drogerie"]],
    'bakery': [["Backwerk", "BACKWERK 0231"], ["Baeckerei Kamps", "Kamps Backstube"], ["Starbucks Coffee", "STARBUCKS 12345"],
               ["Cafe Extrablatt"], ["Baeckerei Schneider"], ["Tchibo Filiale"], ["Ditsch Brezel"]],
    'restaurant': [["McDonalds 1234", "MCDONALDS RESTAURANT"], ["Burger King 2211"], ["Vapiano"], ["Restaurant Da Mario"],
                   ["L'Osteria"], ["Lieferando.de", "LIEFERANDO*Pizza Roma"], ["Wolt"], ["Asia Imbiss Hung"],
                   ["Gasthaus zur Linde"]],
    'fuel': [["ARAL Station 2891", "ARAL AG"], ["Shell 1044", "SHELL Deutschland"], ["ESSO Station", "Esso Tankstelle"],
             ["TotalEnergies Station"], ["JET Tankstelle"], ["AVIA Tankstelle"]],
    'clothing': [["H&M", "H & M Hennes & Mauritz"], ["C&A Mode"], ["Primark"], ["Deichmann", "DEICHMANN SCHUHE"],
                 ["TK Maxx"], ["Zara Deutschland"], ["Peek & Cloppenburg"], ["Decathlon"]],
    'online': [["AMZN Mktp DE", "AMAZON.DE", "Amazon.de*RT5Y2"], ["Zalando SE", "ZALANDO.DE"], ["OTTO GmbH & Co KG"],
               ["eBay", "EBAY O*12-09876"], ["Temu.com"], ["bonprix"], ["MediaMarkt Online"]],
    'pharmacy': [["Apotheke am Markt"], ["Linden-Apotheke"], ["DocMorris"], ["Shop Apotheke"]],
    'home': [["IKEA Deutschland", "IKEA Kaarst"], ["OBI Markt"], ["Hornbach Baumarkt"], ["BAUHAUS"],
             ["Dehner Gartencenter"], ["Action"], ["JYSK"]],
    'transport': [["DB Vertrieb GmbH", "DB BAHN A-NR 7X2K"], ["FlixBus"], ["Uber BV"], ["FREE NOW"],
                  ["Parkhaus Zentrum", "APCOA Parking"]],
    'leisure': [["CinemaxX"], ["UCI Kinowelt"], ["Thalia", "Thalia Buecher"], ["Hugendubel"], ["Fressnapf"],
                ["Spielwaren Kaiser"], ["Eventim"]],
}
PP_SHOPS = ["Zalando SE", "Otto", "Etsy", "Vinted", "Kleinanzeigen", "Thomann", "About You", "Douglas", "Steam",
            "Tchibo", "Bergfreunde", "Galeria", "Lidl Online", "Fahrrad.de"]
PAYPAL_CP = ["PayPal Europe S.a.r.l. et Cie S.C.A", "PayPal (Europe) S.a r.l. et Cie, S.C.A.", "PAYPAL EUROPE"]
ATMS = ["Bargeldauszahlung GA Sparkasse", "GA 45012 Volksbank", "Cash Group Commerzbank", "Geldautomat Deutsche Bank",
        "GA Postbank Filiale", "Sparkasse GA 1207"]
SCHOOL = [["McPaper", "MCPAPER FILIALE 22"], ["Staples Deutschland"], ["Thalia"], ["Deichmann"], ["Schreibwaren Koenig"]]
BIG = [["MediaMarkt", "MEDIA MARKT 1122"], ["Saturn"], ["IKEA Deutschland"], ["Apple Store Rosenstrasse"],
       ["Otto GmbH & Co KG"], ["Breuninger"], ["XXXLutz"], ["Fahrrad XXL"], ["Lufthansa"], ["TUI Deutschland GmbH"]]
TRIPS = {
    'ES': (['MERCADONA PALMA', 'CARREFOUR EXPRESS MALAGA', 'REST. EL PUERTO MARBELLA', 'FARMACIA CENTRAL BARCELONA'], 'ATM CAIXABANK PALMA', None),
    'IT': (['ESSELUNGA MILANO', 'COOP ITALIA RIMINI', 'RISTORANTE DA LUIGI ROMA', 'AUTOGRILL A1'], 'ATM INTESA SANPAOLO ROMA', None),
    'FR': (['CARREFOUR NICE', 'LECLERC BIARRITZ', 'BRASSERIE DU PORT MARSEILLE', 'TOTAL ACCESS LYON'], 'DAB BNP PARIBAS NICE', None),
    'AT': (['SPAR WIEN', 'BILLA INNSBRUCK', 'GASTHOF ALPENBLICK', 'OMV TANKSTELLE'], 'BANKOMAT ERSTE BANK WIEN', None),
    'HR': (['KONZUM SPLIT', 'TOMMY ZADAR', 'KONOBA MARE DUBROVNIK', 'INA BENZINSKA'], 'ATM ZAGREBACKA BANKA SPLIT', None),
    'GR': (['SKLAVENITIS KOS', 'AB VASSILOPOULOS ATHENS', 'TAVERNA NIKOS RHODOS'], 'ATM PIRAEUS BANK RHODOS', None),
    'NL': (['ALBERT HEIJN AMSTERDAM', 'JUMBO ZANDVOORT', 'HEMA UTRECHT'], 'ING ATM AMSTERDAM', None),
    'DK': (['NETTO DK ROMO', 'FOTEX ESBJERG', 'RESTAURANT HAVNEN'], 'DANSKE BANK ATM ESBJERG', ('DKK', 7.46)),
    'TR': (['MIGROS ANTALYA', 'CARREFOURSA ALANYA', 'RESTAURANT DENIZ KEMER'], 'ZIRAAT BANKASI ATM ANTALYA', ('TRY', 45.3)),
    'CH': (['COOP CH ZERMATT', 'MIGROS LUZERN', 'RESTAURANT SEEBLICK'], 'UBS ATM LUZERN', ('CHF', 0.94)),
    'PT': (['PINGO DOCE LISBOA', 'CONTINENTE FARO', 'RESTAURANTE O PESCADOR'], 'MULTIBANCO ATM FARO', None),
}
TRIP_KEYS = list(TRIPS.keys())
FLIGHTS = ['RYANAIR', 'EUROWINGS GMBH', 'CONDOR FLUGDIENST', 'LUFTHANSA', 'TUIFLY', 'EASYJET']
HOTELS = ['Booking.com', 'Expedia', 'AIRBNB * HMXYZ', 'TUI Deutschland GmbH', 'HRS Hotel']
EMPLOYERS = ["Mueller Logistik GmbH", "Stadt Koeln", "Siemens AG", "Klinikum Nord gGmbH", "EDEKA Zentrale AG & Co. KG",
             "Robert Bosch GmbH", "Land Nordrhein-Westfalen LBV", "Deutsche Post AG", "Schreinerei Haas", "Allianz SE",
             "Zahnarztpraxis Dr. Berg", "IT-Consult Rhein GmbH", "Kaufland Dienstleistung", "Landesamt fuer Besoldung",
             "BASF SE", "Pflegedienst Sonnenschein", "Autohaus Weber GmbH", "Universitaet Hamburg", "DHL Hub Leipzig GmbH",
             "Helios Kliniken GmbH"]
SAL_REF = ["LOHN/GEHALT {mm}/{yyyy}", "Gehalt {mon} {yyyy}", "Bezuege {mm}.{yyyy} PersNr {pn}", "Entgelt {mm}/{yy}",
           "Lohn {mon} {yyyy} Abrechnung {pn}"]
PERSONS = ["Herbert Schulz", "Renate Vogel", "Thomas Krause", "Familie Yilmaz", "Peter Brandt", "Ingrid Hoffmann",
           "Stefan Neumann", "Anja Lorenz", "Michael Franke", "Sabine Kaiser"]
FRIENDS = ["Paul Weber", "Lena Fischer", "Jonas Becker", "Marie Schmitt", "Tim Wolf", "Sophie Richter", "Lukas Braun",
           "Hannah Zimmermann", "Felix Hartmann", "Laura Krueger"]
LANDLORDS = ["Vonovia SE", "LEG Wohnen NRW GmbH", "Wohnungsbaugenossenschaft Freie Scholle eG", "Hausverwaltung Krueger GmbH",
             "GEWOBAG Wohnungsbau-AG Berlin", "SAGA Unternehmensgruppe", "Deutsche Wohnen SE", "Immobilien Schaefer & Co KG"]
ENERGY = ["Stadtwerke Muenchen GmbH", "Vattenfall Europe Sales GmbH", "E.ON Energie Deutschland GmbH", "EnBW Energie Baden-Wuerttemberg AG",
          "Yello Strom GmbH", "Octopus Energy Germany GmbH", "RheinEnergie AG", "Stadtwerke Leipzig GmbH", "EWE VERTRIEB GmbH"]
INTERNET = ["Telekom Deutschland GmbH", "Vodafone GmbH", "1&1 Telecom GmbH", "Telefonica Germany GmbH & Co. OHG", "PYUR Tele Columbus"]
MOBILE = ["Telekom Deutschland GmbH", "Vodafone GmbH", "Telefonica Germany GmbH & Co. OHG", "congstar GmbH", "freenet DLS GmbH",
          "1&1 Telecom GmbH"]
INSURERS = ["HUK-COBURG", "Allianz Versicherungs-AG", "ERGO Versicherung AG", "DEVK Versicherungen", "AXA Versicherung AG",
            "Generali Deutschland AG", "R+V Allgemeine Versicherung AG", "Debeka Krankenversicherungsverein a.G.",
            "Barmenia Versicherungen", "WGV Versicherung AG"]
GYMS = [("McFit GmbH", 29.90), ("FitX Deutschland GmbH", 24.99), ("Urban Sports Club GmbH", 59.00), ("clever fit GmbH", 29.90),
        ("John Reed Fitness", 39.90), ("Kieser Training AG", 55.00)]
BANKS = ["Sparkasse KoelnBonn", "Volksbank Mittelhessen eG", "Berliner Sparkasse", "Commerzbank AG", "Postbank Filialvertrieb"]
# streaming / digital: (cp, alt spelling or None, price, kind)
SUBS = [("NETFLIX.COM", "Netflix International B.V.", 13.99, 'card'), ("Spotify AB", None, 11.99, 'dd'),
        ("DISNEY PLUS", "Disney+ DisneyPlus.com", 9.99, 'card'), ("Amazon Prime*", "AMAZON PRIME MEMBERSHIP", 8.99, 'card'),
        ("GOOGLE *YouTubePremium", None, 12.99, 'card'), ("DAZN Limited", None, 34.99, 'dd'),
        ("Sky Deutschland Fernsehen GmbH", None, 25.00, 'dd'), ("Audible GmbH", None, 9.95, 'dd'),
        ("Sueddeutsche Zeitung GmbH", None, 19.99, 'dd'), ("SPIEGEL-Verlag Rudolf Augstein", None, 14.99, 'dd'),
        ("Microsoft*Xbox Game Pass", None, 14.99, 'card'), ("RTL+ RTL interactive", None, 6.99, 'card'),
        ("WAIPU.TV exaring AG", None, 12.99, 'dd'), ("ADAC Plus-Mitgliedschaft", None, 8.25, 'dd')]
NEW_SUBS = [("Paramount+", None, 7.99, 'card'), ("Apple TV+ APPLE.COM/BILL", None, 9.99, 'card'),
            ("Crunchyroll", None, 6.99, 'card'), ("Joyn PLUS+", None, 6.99, 'card'), ("WOW Sky Ticket", None, 14.99, 'card'),
            ("Babbel GmbH", None, 12.99, 'card'), ("Storytel Deutschland", None, 13.99, 'dd'), ("Tidal Music AS", None, 10.99, 'card')]
ANNUAL = [("AMAZON PRIME JAHRESABO", 89.90), ("Microsoft 365 MSBILL.INFO", 99.00), ("ADAC e.V. Mitgliedsbeitrag", 54.00),
          ("PlayStation Plus Jahresabo", 71.99), ("Hausrat Jahresbeitrag Allianz", 96.40), ("Privathaftpflicht WGV", 58.32)]
VARIABLE = [("Telekom Mobilfunk Rechnung", 42.0, 0.14, 'dd'), ("MIDJOURNEY INC.", 9.3, 0.04, 'card'),
            ("OPENAI *CHATGPT SUBSCR", 21.6, 0.03, 'card'), ("Vodafone Kabel Deutschland", 38.0, 0.10, 'dd'),
            ("Patreon* Membership", 5.4, 0.05, 'card'), ("Stadtwerke Wasser/Abwasser", 31.0, 0.12, 'dd')]

# planted-unusual merchant pools
U_BIG = ["JUWELIER KRAEMER", "CYBERPORT GMBH", "NOTEBOOKSBILLIGER.DE", "Louis Vuitton Muenchen", "ALTERNATE GmbH",
         "Galaxus Deutschland", "Mytheresa.com", "Wempe Juweliere", "Rolex Boutique Frankfurt", "Bang & Olufsen Store"]
U_FOREIGN = ["BINANCE.COM", "CRYPTO.COM LIMITED", "WWW.ELITE-DEALS.SHOP LONDON", "ALIPAY*SHENZHEN TECH", "PAYSAFECARD.COM",
             "SKRILL.COM LTD", "COINBASE IRELAND", "G2A.COM HONG KONG", "TOPUP-GAMES LIMASSOL", "LUXOUTLET-STORE.CN"]
U_SCAM = [("Global Trade Invest Ltd", "Investment Einzahlung"), ("Kevin Brandt", "Darlehen wie besprochen"),
          ("Anlage-Service SRO", "Depot Aufstockung"), ("Zollamt Paketservice UG", "Zollgebuehr Paket 7731"),
          ("L. Novak", "Rechnung 2026-0912"), ("Marco Ricci", "Notfall Krankenhaus"), ("Support Secure Account Ltd", "Sicherheitskonto")]
U_ATM = ["ATM EUROBANK ATHENS", "ATM BANCA TRANSILVANIA BUCURESTI", "ATM PKO BP WARSZAWA", "ATM CAIXABANK MADRID",
         "ATM BANK OF CYPRUS LIMASSOL", "ATM OTP BANK BUDAPEST"]
U_ABO = ["Gewinnspiel-Zentrale GmbH", "Premium Dating Club Ltd", "WinSMS Services", "Mega-Lotto24 Service",
         "Online Abo Service GmbH", "Routenplaner-Online Ltd"]
U_GAMB = ["TIPICO CO LTD MALTA", "LOTTOLAND LTD GIBRALTAR", "BWIN.COM", "POKERSTARS ISLE OF MAN", "STAKE.COM CURACAO"]
NEW_SMALL = [["Baeckerei Mueller am Bahnhof"], ["Eiscafe Venezia"], ["Kiosk am Park"], ["Buchhandlung Lesezeichen"],
             ["Blumen Rosenrot"], ["Schuhmacher Express"], ["Pizzeria Bella Napoli"], ["Copyshop Campus"]]


class Cust:
    def __init__(self, idx):
        self.idx = idx
        self.id = 's-%05d' % idx
        r = self.r = random.Random('heldout4|%d|%d' % (SEED, idx))
        self.start = TODAY - timedelta(days=r.randint(184, 243))
        self.bk = []
        self.series = []
        self.incomes = []
        self.labels = []
        self.conf = []
        self.plants = []
        self.future = []
        self.card_style = r.randrange(4)
        self.card4 = rdig(r, 4)
        self.has_ref = {}
        self.pp_cp = r.choice(PAYPAL_CP)
        self.pp_mandate = raln(r, 13)
        self.used = set()
        self.multi = r.random() < 0.35
        self.travelled = None
        self.last4 = rdig(r, 4)

    # ------------------------------------------------------------ bookings
    def add(self, d, c, cp, cat, ref=None, aa=None, ar=None, tag='misc', o=None):
        if d > TODAY or d < self.start:
            return None
        b = {'d': d, 'c': c, 'cp': cp, 'cat': cat, 'ref': ref, 'aa': aa, 'ar': ar, 'tag': tag,
             'o': self.r.random() if o is None else o}
        self.bk.append(b)
        self.used.add(cp.lower())
        return b

    def card_dates(self, d):
        lag = self.r.choice((0, 1, 1, 1, 2))
        b = next_bd(d + timedelta(days=lag))
        if (b - d).days > 3:
            b = next_bd(d)
            if (b - d).days > 3:
                d = b - timedelta(days=3)
        return d, b

    def auth_ref(self, cp):
        if cp not in self.has_ref:
            self.has_ref[cp] = self.r.random() < 0.93
        if not self.has_ref[cp]:
            return None
        return rdig(self.r, 6) if self.r.random() < 0.6 else raln(self.r, 6)

    def card_ref(self, cp, aa):
        st = self.card_style
        if st == 0:
            return None
        if st == 1:
            return 'Kartenzahlung girocard'
        if st == 2:
            return 'VISA Debit %s %s' % (self.card4, aa.strftime('%d.%m'))
        return '%s//%s' % (cp[:18].upper(), aa.strftime('%Y-%m-%dT%H:%M'))

    def card(self, d, hms, c, cp, cat, tag='everyday', ar='auto', ref='auto'):
        d, b = self.card_dates(d)
        aa = datetime(d.year, d.month, d.day, *hms)
        if ar == 'auto':
            ar = self.auth_ref(cp)
        if ref == 'auto':
            ref = self.card_ref(cp, aa)
        return self.add(b, c, cp, cat, ref, aa, ar, tag)

    def tod(self, lo=7, hi=21):
        r = self.r
        return (r.randint(lo, hi), r.randint(0, 59), r.randint(0, 59))

    def spell(self, sp):
        return self.r.choice(sp) if (self.multi and len(sp) > 1) else sp[0]

    def mandate(self):
        r = self.r
        f = r.randrange(4)
        if f == 0:
            return raln(r, 3) + rdig(r, 9)
        if f == 1:
            return 'MV' + rdig(r, 10)
        if f == 2:
            return rdig(r, 6) + '-' + rdig(r, 4)
        return 'KD' + raln(r, 6) + rdig(r, 5)

    # ------------------------------------------------------------ series
    def new_series(self, cp, amt, kind, cat, day, freq=1, phase=0, text='', company=True, pr_ok=True,
                   first=None, end=None, var=0.0, cp_alt=None, own=False, hour=None, ptype='ins', role=''):
        r = self.r
        s = dict(cp=cp, cp_alt=cp_alt, base=-cents(amt), kind=kind, cat=cat, day=day, freq=freq, phase=phase,
                 text=text, company=company, pr_ok=bool(pr_ok and company and not var and not own and freq in (1, 3)),
                 own=own, first=first, end=end, var=var, changes=[], mandate=self.mandate(),
                 hour=hour if hour is not None else r.randint(0, 23), ptype=ptype, role=role)
        occ = []
        for (y, m) in months(self.start - timedelta(days=10), HORIZON):
            if freq > 1 and (m - phase) % freq:
                continue
            due = date(y, m, min(day, mlen(y, m)))
            if (first and due < first) or (end and due > end):
                continue
            aa = None
            if kind == 'card':
                ad, bd = self.card_dates(due)
                aa = datetime(ad.year, ad.month, ad.day, s['hour'], r.randint(0, 59), r.randint(0, 59))
            elif kind == 'fee':
                bd = prev_bd(date(y, m, mlen(y, m)))
            else:
                bd = next_bd(due)
            vf = (1 + r.uniform(-var, var)) if var else 1.0
            occ.append(dict(due=due, bd=bd, aa=aa, vf=vf, rn=rdig(r, 8)))
        s['occ'] = occ
        self.series.append(s)
        return s

    def visible_before(self, s, d):
        return [o for o in s['occ'] if self.start <= o['bd'] < d]

    def series_ref(self, s, o):
        due = o['due']
        t = s['text'].format(mm='%02d' % due.month, yyyy=due.year, yy='%02d' % (due.year % 100),
                             mon=MONTHS_DE[due.month - 1], rn=o['rn'])
        if s['kind'] == 'dd':
            return ('MREF %s %s' % (s['mandate'], t)).strip()
        if s['kind'] == 'card':
            return self.card_ref(s['cp'], o['aa'])
        return t or None

    def materialize(self):
        r = self.r
        for s in self.series:
            amts = []
            for i, o in enumerate(s['occ']):
                a = s['base']
                for ci, ca in s['changes']:
                    if i >= ci:
                        a = ca
                if s['var']:
                    a = int(round(a * o['vf']))
                amts.append(a)
            if s['var']:
                prior = sorted(-a for a, o in zip(amts, s['occ']) if self.start <= o['bd'] < PR_FROM)
                if prior:
                    med = prior[len(prior) // 2]
                    for i, o in enumerate(s['occ']):
                        if o['bd'] >= PR_FROM and -amts[i] > med:
                            amts[i] = -int(med * r.uniform(0.93, 1.0))
            for a, o in zip(amts, s['occ']):
                o['amt'] = a
                cp = s['cp'] if (not s['cp_alt'] or r.random() < 0.5) else s['cp_alt']
                o['cp'] = cp
                o['b'] = None
                if o['bd'] > TODAY:
                    self.future.append((o['bd'], a, s['own']))
                    continue
                ref = self.series_ref(s, o)
                ar = self.auth_ref(cp) if s['kind'] == 'card' else None
                o['b'] = self.add(o['bd'], a, cp, s['cat'], ref, o['aa'], ar, tag='rec_own' if s['own'] else 'rec')

    # ------------------------------------------------------------ income
    def new_income(self, payer, amt, rule, ref, cat, main=False, raise_from=None, raise_pct=0.0, var=0.0,
                   so=False):
        r = self.r
        pn = rdig(r, 6)
        occ = []
        for (y, m) in months(self.start - timedelta(days=10), HORIZON):
            if rule[0] == 'eom':
                d = prev_bd(date(y, m, mlen(y, m)))
            else:
                base = date(y, m, min(rule[1], mlen(y, m)))
                d = next_bd(base) if so else prev_bd(base)
            a = amt * (1 + raise_pct) if (raise_from and d >= raise_from) else amt
            if var:
                a *= 1 + r.uniform(-var, var)
            occ.append((d, cents(a)))
            if d <= TODAY:
                t = ref.format(mm='%02d' % m, yyyy=y, yy='%02d' % (y % 100), mon=MONTHS_DE[m - 1], pn=pn)
                self.add(d, cents(a), payer, cat, t, tag='income')
        nxt = min(d for d, _ in occ if d > TODAY)
        inc = dict(payer=payer, amt=amt, main=main, next=nxt, occ=occ)
        self.incomes.append(inc)
        return inc

    # ------------------------------------------------------------ everyday
    def amount(self, cat, lvl):
        med, sig, lo, hi = CATDIST[cat]
        x = med * lvl * math.exp(self.r.gauss(0, sig))
        x = max(lo, min(hi * max(1.0, lvl), x))
        return cents(x)

    def paypal(self, d, c, shop, tag='everyday', txn=None):
        r = self.r
        bd = add_bd(next_bd(d), r.choice((1, 1, 2, 3)))
        txn = txn or rdig(r, 13)
        ref = 'MREF %s PP.%s.PP . %s, Ihr Einkauf bei %s' % (self.pp_mandate, rdig(r, 4), txn, shop)
        return self.add(bd, c, self.pp_cp, 'online', ref, tag=tag)

    def gen_everyday(self, lam, weights, lvl):
        r = self.r
        cats = [(k, w) for k, w in weights if w > 0]
        d = self.start - timedelta(days=3)
        while d <= TODAY:
            wd = d.weekday()
            f = 1.25 if wd == 5 else (0.3 if wd == 6 else 1.0)
            for _ in range(poisson(r, lam * f)):
                cat = pick_w(r, cats)
                if cat == 'cash':
                    c = -int(r.choice((20, 50, 50, 100, 100, 150, 200, 250)) * (1 if lvl < 1.3 else 2)) * 100
                    self.card(d, self.tod(8, 22), c, self.atm, 'cash')
                elif cat == 'paypal':
                    self.paypal(d, -self.amount('online', lvl), r.choice(PP_SHOPS))
                else:
                    cp = self.spell(r.choice(self.pools[cat]))
                    hi = 23 if cat in ('restaurant', 'online', 'fuel', 'transport') else 20
                    self.card(d, self.tod(7, hi), -self.amount(cat, lvl), cp, cat)
            d += D1


# ======================================================================
def build(idx, stats):
    c = Cust(idx)
    r = c.r
    arch = pick_w(r, [('employee', 34), ('family', 17), ('pensioner', 16), ('student', 9), ('trainee', 5),
                      ('benefits', 6), ('selfemployed', 7), ('single_parent', 6)])
    stats['archetype'][arch] = stats['archetype'].get(arch, 0) + 1
    want_pr = r.random() < 0.26
    want_ud = r.random() < 0.25
    want_dc = r.random() < 0.25
    pay_rules = [(('eom',), 30), (('day', 25), 8), (('day', 27), 7), (('day', 28), 5), (('day', 15), 24),
                 (('day', 1), 10), (('day', 10), 8), (('day', 20), 8)]
    irregular = False
    kids = 0
    car = False
    renter = True
    wealthy = False
    net = 0.0

    def salary(amt, main, rule=None):
        rule = rule or pick_w(r, pay_rules)
        emp = r.choice(EMPLOYERS)
        rf = r.choice(SAL_REF)
        raise_from = date(2026, r.choice((4, 5, 7)), 1) if r.random() < 0.2 else None
        return c.new_income(emp, amt, rule, rf, 'salary', main=main, raise_from=raise_from,
                            raise_pct=r.uniform(0.02, 0.06), var=0.03 if r.random() < 0.3 else 0.0)

    if arch == 'employee':
        net = min(6500, max(1500, 2400 * math.exp(r.gauss(0, 0.3))))
        salary(net, True)
        renter = r.random() < 0.85
        car = r.random() < 0.6
        wealthy = net > 3800 and r.random() < 0.5
    elif arch == 'family':
        n1 = min(6000, max(2000, 3000 * math.exp(r.gauss(0, 0.25))))
        n2 = r.uniform(900, 2600)
        salary(n1, True)
        salary(n2, False)
        kids = r.randint(1, 3)
        c.new_income('Bundesagentur fuer Arbeit - Familienkasse', 259.0 * kids, ('day', r.randint(5, 20)),
                     'KG{pn} Kindergeld {mm}/{yyyy}', 'benefit')
        net = n1 + n2 + 259 * kids
        renter = r.random() < 0.65
        car = r.random() < 0.85
        wealthy = net > 6500 and r.random() < 0.4
    elif arch == 'pensioner':
        p = r.uniform(900, 2300)
        payer = r.choice(["Deutsche Rentenversicherung Bund", "DRV Knappschaft-Bahn-See", "Deutsche Rentenversicherung Westfalen"])
        c.new_income(payer, p, ('eom',), 'RV-Rente {mm}/{yy} {pn} M 012', 'pension', main=True,
                     raise_from=date(2026, 7, 1), raise_pct=0.037)
        net = p
        if r.random() < 0.3:
            bp = r.uniform(120, 600)
            c.new_income(r.choice(["VBL Versorgungsanstalt", "Siemens Pensionsfonds", "Bosch Hilfe e.V. Betriebsrente"]),
                         bp, ('day', r.choice((1, 15))), 'Betriebsrente {mm}/{yyyy}', 'pension')
            net += bp
        renter = r.random() < 0.55
        car = r.random() < 0.45
        wealthy = net > 2100 and r.random() < 0.3
    elif arch == 'student':
        net = 0
        main_set = False
        if r.random() < 0.45:
            b = r.uniform(400, 934)
            c.new_income('Studierendenwerk BAfoeG-Amt', b, ('eom',), 'BAfoeG {mm}/{yyyy} Foerderungsnr {pn}', 'benefit', main=True)
            net += b
            main_set = True
        if r.random() < 0.75 or not main_set:
            p = r.uniform(150, 600)
            c.new_income(r.choice(PERSONS), p, ('day', r.choice((1, 28))), 'Unterhalt {mon}', 'income',
                         main=not main_set, so=True)
            net += p
            main_set = True
        if r.random() < 0.5:
            mj = r.uniform(250, 603)
            c.new_income(r.choice(["Minijob Gastro Service GmbH", "Campus Cafe GmbH", "Nachhilfe Plus UG"]), mj,
                         r.choice((('day', 15), ('eom',))), 'Lohn {mm}/{yyyy}', 'salary')
            net += mj
        car = r.random() < 0.1
    elif arch == 'trainee':
        net = r.uniform(850, 1350)
        c.new_income(r.choice(EMPLOYERS), net, ('eom',), 'Ausbildungsverguetung {mm}/{yyyy}', 'salary', main=True)
        renter = r.random() < 0.45
        car = r.random() < 0.3
    elif arch == 'benefits':
        net = r.uniform(563, 1350)
        c.new_income('Bundesagentur fuer Arbeit - Jobcenter', net, ('eom',), 'Buergergeld BG-Nr {pn} Zeitraum {mm}/{yyyy}',
                     'benefit', main=True)
        renter = r.random() < 0.6
        car = r.random() < 0.1
    elif arch == 'selfemployed':
        irregular = True
        net = r.uniform(3000, 9000)
        clients = ["Meyer & Partner GbR", "Agentur Blau GmbH", "Praxis Dr. Lange", "Stadtmarketing GmbH",
                   "Kanzlei Roth", "Bauunternehmung Haas KG", "Verlag Nordlicht", "Event Service Sued GmbH"]
        d = c.start
        while d <= TODAY:
            if r.random() < (net / 1600.0) / 21.0 and is_bd(d):
                amt = net / 4.0 * math.exp(r.gauss(0, 0.5))
                c.add(d, cents(amt), r.choice(clients), 'income', 'Rechnung RE-2026-%s' % rdig(r, 3), tag='income_irr')
            d += D1
        renter = r.random() < 0.7
        car = r.random() < 0.75
        wealthy = r.random() < 0.3
        c.new_series(r.choice(["Techniker Krankenkasse", "BARMER", "AOK Nordost", "DAK-Gesundheit"]), r.uniform(450, 950),
                     'dd', 'insurance', 15, text='Beitrag {mm}/{yyyy} freiw. Versicherung', pr_ok=False)
        fa = r.uniform(600, 3500)
        c.new_series('Finanzamt %s' % r.choice(["Koeln-Mitte", "Muenchen", "Hamburg-Nord", "Leipzig I"]), fa, 'dd', 'tax', 10,
                     freq=3, phase=3, text='ESt-Vorauszahlung {mm}/{yyyy} StNr 21{rn}', pr_ok=False, role='tax')
        c.conf.append('ud_tax_prepayment')
    elif arch == 'single_parent':
        net = r.uniform(1100, 2200)
        salary(net, True)
        kids = r.randint(1, 2)
        c.new_income('Bundesagentur fuer Arbeit - Familienkasse', 259.0 * kids, ('day', r.randint(5, 20)),
                     'KG{pn} Kindergeld {mm}/{yyyy}', 'benefit')
        u = r.uniform(200, 500)
        c.new_income(r.choice(PERSONS), u, ('day', r.randint(1, 5)), 'Unterhalt {mon} {yyyy}', 'income', so=True)
        net += 259 * kids + u
        renter = True
        car = r.random() < 0.5

    # ---------------------------------------------------------- fixed costs
    fixed = 0.0

    def ser(*a, **k):
        nonlocal fixed
        s = c.new_series(*a, **k)
        fixed += -s['base'] / 100.0 / s['freq']
        return s

    if arch == 'student':
        if r.random() < 0.5:
            ser('Studierendenwerk Wohnheimverwaltung', r.uniform(280, 480), 'dd', 'rent', 1, text='Miete Zimmer {mm}/{yyyy}',
                ptype='rent')
        else:
            ser(r.choice(FRIENDS), r.uniform(320, 650), 'so', 'rent', 1, text='Miete WG {mon}', company=False)
    elif renter and not (arch == 'benefits' and r.random() < 0.4):
        rent = min(1900, max(420, net * r.uniform(0.25, 0.4)))
        if r.random() < 0.6:
            kind = 'dd' if r.random() < 0.25 else 'so'
            ser(r.choice(LANDLORDS), round(rent), kind, 'rent', r.choice((1, 1, 3)),
                text='Miete {mm}/{yyyy} Whg-Nr %s' % rdig(r, 5), ptype='rent')
        else:
            ser(r.choice(PERSONS), round(rent), 'so', 'rent', r.choice((1, 1, 3)), text='Miete {mon} {yyyy}', company=False)
    elif not renter and arch in ('employee', 'family', 'selfemployed', 'pensioner'):
        if arch != 'pensioner' or r.random() < 0.2:
            ser(r.choice(["Sparkasse Baufinanzierung", "ING-DiBa AG Baufinanzierung", "Interhyp Darlehen", "LBS Bausparkasse"]),
                r.uniform(700, 1800), 'dd', 'mortgage', r.choice((1, 30)), text='Darlehen %s Rate {mm}/{yyyy}' % rdig(r, 8),
                pr_ok=False)
        ser('Stadtkasse Grundbesitzabgaben', r.uniform(60, 240), 'dd', 'tax', 15, freq=3, phase=2,
            text='Grundsteuer {yyyy} Kassenz. %s' % rdig(r, 7), pr_ok=False)
    if not (arch == 'student' and r.random() < 0.6):
        ser(r.choice(ENERGY), round(r.uniform(45, 180) * (1.3 if kids else 1.0)), 'dd', 'utilities', r.choice((1, 5, 10, 15, 20, 28)),
            text='Abschlag Strom {mm}.{yyyy} Vertragskonto %s' % rdig(r, 10), ptype='round')
    if r.random() < 0.7:
        ser(r.choice(INTERNET), r.choice((29.99, 34.95, 39.95, 44.99, 49.99, 27.50)), 'dd', 'telecom', r.choice((3, 8, 12, 20)),
            text='Rechnung {rn} Kundennr %s' % rdig(r, 9))
    if r.random() < 0.85:
        ser(r.choice(MOBILE), r.choice((7.99, 9.99, 12.99, 17.99, 24.99, 34.99, 44.95)), 'dd', 'telecom',
            r.choice((2, 7, 14, 22, 26)), text='Mobilfunk Rechnung {rn} {mm}/{yyyy}')
    if arch not in ('benefits',) and not (arch == 'student' and r.random() < 0.6) and r.random() < 0.85:
        ser('Rundfunk ARD, ZDF, DRadio', 55.08, 'dd', 'fees', 15, freq=3, phase=2,
            text='Beitragsnummer %s %s Quartal' % (rdig(r, 3), rdig(r, 6)), pr_ok=False)
    if car:
        ins = r.choice(INSURERS)
        if r.random() < 0.6:
            ser(ins, r.uniform(35, 110), 'dd', 'insurance', 1, text='Kfz-Versicherung Vers-Nr %s' % rdig(r, 9))
        else:
            ser(ins, r.uniform(100, 300), 'dd', 'insurance', 1, freq=3, phase=r.randint(0, 2),
                text='Kfz-Versicherung Vers-Nr %s Beitrag {mm}/{yyyy}' % rdig(r, 9))
    if arch in ('employee', 'family', 'single_parent', 'selfemployed') and r.random() < 0.3:
        ser(r.choice(INSURERS), r.uniform(35, 110), 'dd', 'insurance', 1, text='Berufsunfaehigkeit %s' % rdig(r, 8))
    if r.random() < 0.25:
        ser(r.choice(INSURERS), r.uniform(12, 35), 'dd', 'insurance', r.choice((1, 15)), text='Zahnzusatz %s {mm}/{yyyy}' % rdig(r, 7))
    if r.random() < 0.2:
        ser(r.choice(INSURERS), r.uniform(30, 80), 'dd', 'insurance', 1, freq=3, phase=r.randint(0, 2),
            text='Hausrat/Haftpflicht %s' % rdig(r, 8))
    nsubs = {'student': 2, 'pensioner': 1, 'benefits': 1}.get(arch, 3)
    chosen = r.sample(range(len(SUBS)), min(len(SUBS), max(0, nsubs + r.randint(-1, 2))))
    for k in chosen:
        cp, alt, price, kind = SUBS[k]
        if cp.startswith('Amazon Prime*'):
            cp = cp + raln(r, 5)
        ser(cp, price, kind, 'subscription', r.randint(1, 28), cp_alt=alt if r.random() < 0.5 else None,
            text='Abo {mm}/{yyyy} Kd %s' % rdig(r, 8), ptype='sub', hour=r.randint(0, 23))
    if r.random() < 0.25 and arch not in ('benefits',):
        g, p = r.choice(GYMS)
        ser(g, p, 'dd', 'leisure', r.choice((1, 15)), text='Mitgliedsbeitrag {mm}/{yyyy} Mitgl %s' % rdig(r, 7), ptype='sub')
    if r.random() < 0.3:
        ser(r.choice(["DB Vertrieb GmbH", "MVG Muenchner Verkehrsgesellschaft", "BVG Abo", "Rheinbahn AG", "HVV Deutschlandticket"]),
            63.00, 'dd', 'transport', 1, text='Deutschlandticket {mon} {yyyy} Abo %s' % rdig(r, 8), pr_ok=False)
    if r.random() < 0.15:
        ser(r.choice(["Santander Consumer Bank AG", "TARGOBANK AG", "Consorsfinanz BNP Paribas", "Creditplus Bank AG"]),
            r.uniform(120, 450), 'dd', 'loan', r.choice((1, 15, 28)), text='Ratenkredit %s Rate {mm}/{yyyy}' % rdig(r, 9), pr_ok=False)
    if r.random() < 0.12:
        ser(r.choice(["Aerzte ohne Grenzen e.V.", "UNICEF Deutschland", "SOS-Kinderdorf e.V.", "NABU e.V."]),
            r.choice((10, 15, 20, 25, 30)), 'dd', 'donation', 1, text='Spende {mm}/{yyyy} Foerdernr %s' % rdig(r, 7), pr_ok=False)
    if kids:
        if r.random() < 0.5:
            ser('Stadt %s Kita-Beitrag' % r.choice(["Leipzig", "Koeln", "Hannover", "Dortmund"]), r.uniform(80, 350), 'dd', 'childcare',
                r.choice((1, 15)), text='Elternbeitrag {mm}/{yyyy} Kind %s' % rdig(r, 5), pr_ok=False)
        if r.random() < 0.5:
            ser('Taschengeld %s' % r.choice(["Lena", "Ben", "Mia", "Noah"]), r.choice((15, 20, 25, 40)), 'so', 'family', 1,
                text='Taschengeld', company=False)
        if r.random() < 0.4:
            ser('Musikschule %s e.V.' % r.choice(["Nord", "am Dom", "Harmonie"]), r.choice((45.0, 58.0, 72.0)), 'dd', 'education',
                5, text='Unterrichtsgebuehr {mm}/{yyyy}', ptype='ins')
    if r.random() < 0.35 and arch != 'benefits':
        ser(r.choice(["Tagesgeldkonto %s" % c.last4[::-1], "Trade Republic Bank GmbH", "Eigenes Sparkonto", "DKB Depot Sparplan"]),
            r.choice((25, 50, 100, 150, 200, 300, 500)) * (2 if wealthy else 1), 'so', 'transfer', r.choice((1, 2, 15, 28)),
            text='Sparplan Uebertrag eigenes Konto', own=True, company=False)
    if r.random() < 0.4:
        ser(r.choice(BANKS), r.choice((11.85, 14.85, 17.85, 20.85)), 'fee', 'fees', 30, freq=3, phase=0,
            text='Entgelt Kontofuehrung Quartal {mm}/{yyyy}', pr_ok=False)

    # ---------------------------------------------------------- PR confounders (series level)
    def add_sub_from(lst, first=None, end=None, pr_ok=True):
        cp, alt, price, kind = r.choice(lst)
        if cp.lower() in [s['cp'].lower() for s in c.series]:
            return None
        return ser(cp, price, kind, 'subscription', first.day if first else r.randint(1, 28), first=first, end=end, cp_alt=alt,
                   text='Abo {mm}/{yyyy} Kd %s' % rdig(r, 8), ptype='sub', pr_ok=pr_ok)

    if r.random() < 0.25:
        cp, base, v, kind = r.choice(VARIABLE)
        ser(cp, base, kind, 'telecom' if kind == 'dd' else 'subscription', r.randint(3, 26), var=v,
            text='Rechnung {rn} {mm}/{yyyy}')
        c.conf.append('pr_variable_amount')
    if r.random() < 0.12:
        ser('APPLE.COM/BILL', r.choice((0.99, 2.99, 9.99)), 'card', 'subscription', r.randint(1, 12), pr_ok=False)
        ser('APPLE.COM/BILL', r.choice((10.99, 16.99)), 'card', 'subscription', r.randint(14, 27), pr_ok=False)
        c.conf.append('pr_two_series_same_merchant')
    if r.random() < 0.18:
        fd = PR_FROM + timedelta(days=r.randint(2, 25))
        if add_sub_from(NEW_SUBS, first=fd, pr_ok=False):
            c.conf.append('pr_new_subscription_in_window')
    if r.random() < 0.06:
        e = date(2026, r.choice((6, 7)), 28)
        old = add_sub_from(SUBS, end=e, pr_ok=False)
        new = add_sub_from(NEW_SUBS + [("DAZN Limited", None, 34.99, 'dd')], first=e + timedelta(days=r.randint(10, 60)), pr_ok=False)
        if old and new:
            c.conf.append('pr_switched_provider')
    if r.random() < 0.08:
        cp, p = r.choice(ANNUAL)
        dd = W30 + timedelta(days=r.randint(0, 26))
        ser(cp, p, 'dd', 'subscription', dd.day, freq=12, phase=dd.month, text='Jahresbeitrag {yyyy} Mitgl %s' % rdig(r, 7),
            pr_ok=False)
        c.conf.append('pr_annual_charge_in_window')
    if r.random() < 0.07:
        # two mobile lines, same creditor, same price, different mandates (family lines)
        mob = r.choice(MOBILE)
        p = r.choice((9.99, 14.99, 19.99))
        dday = r.choice((4, 11, 18))
        ser(mob, p, 'dd', 'telecom', dday, text='Rechnung Kundennr %s {mm}/{yyyy}' % rdig(r, 9), pr_ok=False, role='family_line')
        ser(mob, p, 'dd', 'telecom', dday, text='Rechnung Kundennr %s {mm}/{yyyy}' % rdig(r, 9), pr_ok=False, role='family_line')
        c.conf.append('dc_family_lines_same_amount')

    def elig(s, lo, hi, min_prior=2):
        if not s['pr_ok'] or s['changes']:
            return None
        for i, o in enumerate(s['occ']):
            if lo <= o['bd'] <= hi and len([p for p in s['occ'][:i] if p['bd'] >= c.start]) >= min_prior:
                return i
        return None

    def new_price(s):
        b = -s['base']
        t = s['ptype']
        if t == 'sub':
            n = int(math.ceil(b * r.uniform(1.08, 1.3) / 100.0)) * 100 - 1
            n = max(n, b + 100)
        elif t == 'round':
            n = int(round(b * r.uniform(1.08, 1.45) / 100.0)) * 100
            n = max(n, b + 500)
        elif t == 'rent':
            n = int(round(b * r.uniform(1.03, 1.09) / 100.0)) * 100
            n = max(n, b + 2000)
        else:
            n = int(b * r.uniform(1.05, 1.25))
            n = max(n, b + 150)
        return -n

    if want_pr:
        cands = [(s, elig(s, PR_FROM, TODAY)) for s in c.series]
        cands = [(s, i) for s, i in cands if i is not None]
        if not cands:
            cp, alt, price, kind = r.choice(SUBS[:5])
            if cp.startswith('Amazon Prime*'):
                cp = cp + raln(r, 5)
            if cp.lower() not in [s['cp'].lower() for s in c.series]:
                s = ser(cp, price, kind, 'subscription', r.randint(1, 28), cp_alt=alt, text='Abo {mm}/{yyyy} Kd %s' % rdig(r, 8),
                        ptype='sub')
                i = elig(s, PR_FROM, TODAY)
                if i is not None:
                    cands = [(s, i)]
        r.shuffle(cands)
        # prefer the realistic autumn movers (energy/streaming/insurance/rent), any is fine
        for s, i in cands[:2 if r.random() < 0.1 else 1]:
            s['changes'].append((i, new_price(s)))
            s['pr_planted'] = i
    if r.random() < 0.22:
        hi = PR_FROM - D1
        lo = hi - timedelta(days=6) if r.random() < 0.3 else c.start + timedelta(days=45)
        cands = [(s, elig(s, lo, hi)) for s in c.series]
        cands = [(s, i) for s, i in cands if i is not None]
        if cands:
            s, i = r.choice(cands)
            s['changes'].append((i, new_price(s)))
            c.conf.append('pr_old_rise_before_35d')
    if r.random() < 0.08:
        cands = [(s, elig(s, PR_FROM, TODAY)) for s in c.series]
        cands = [(s, i) for s, i in cands if i is not None]
        if cands:
            s, i = r.choice(cands)
            s['changes'].append((i, -int(-s['base'] * r.uniform(0.7, 0.92))))
            c.conf.append('pr_price_decrease')
    if r.random() < 0.10:
        en = [s for s in c.series if s['ptype'] == 'round' and not s['changes']]
        if en:
            s = en[0]
            i = elig(s, c.start + timedelta(days=40), date(2026, 7, 31))
            if i is not None:
                s['changes'].append((i, new_price(s)))
                o = s['occ'][i - 1]
                nd = next_bd(o['due'] + timedelta(days=r.randint(8, 18)))
                if nd < PR_FROM:
                    c.add(nd, -cents(r.uniform(90, 420)), s['cp'], 'utilities',
                          'MREF %s Jahresabrechnung %d Nachzahlung' % (s['mandate'], 2025), tag='rec_oneoff')
                c.conf.append('pr_annual_statement_old_rise')
    c.materialize()
    for s in c.series:
        if 'pr_planted' in s:
            o = s['occ'][s['pr_planted']]
            c.labels.append({'kind': 'PRICE_RISE', 'merchant': o['cp'], 'day': o['bd'].isoformat()})
            c.plants.append('PRICE_RISE:' + s['ptype'])

    # ---------------------------------------------------------- everyday spending
    lvl = max(0.45, min(2.2, (net / 2400.0) ** 0.7 * r.uniform(0.8, 1.2)))
    c.pools = {}
    nsel = {'groceries': (2, 4), 'drugstore': (1, 2), 'bakery': (1, 3), 'restaurant': (1, 4), 'fuel': (1, 2),
            'clothing': (1, 3), 'online': (1, 3), 'pharmacy': (1, 1), 'home': (1, 2), 'transport': (1, 3), 'leisure': (1, 3)}
    for k, (a, b) in nsel.items():
        c.pools[k] = r.sample(POOLS[k], min(len(POOLS[k]), r.randint(a, b)))
    c.atm = r.choice(ATMS)
    w = {'groceries': 30, 'drugstore': 8, 'bakery': 14, 'restaurant': 9, 'fuel': 6 if car else 0, 'clothing': 4,
         'online': 6, 'paypal': 4, 'pharmacy': 3, 'home': 3, 'transport': 5, 'leisure': 4, 'cash': 4}
    if arch == 'pensioner':
        w.update(cash=10, online=2, paypal=1, bakery=10, restaurant=5, transport=2)
    elif arch == 'student':
        w.update(bakery=20, restaurant=14, online=8, paypal=6, groceries=22, home=1)
    elif arch in ('family', 'single_parent'):
        w.update(groceries=38, drugstore=11, leisure=6)
    wl = [(k, v) for k, v in w.items()]
    tot = sum(v for _, v in wl)
    avg = 0.0
    for k, v in wl:
        if k == 'cash':
            avg += v / tot * 115 * (1 if lvl < 1.3 else 2)
        else:
            med, sig = CATDIST['online' if k == 'paypal' else k][:2]
            avg += v / tot * med * lvl * math.exp(sig * sig / 2)
    income_m = net if not irregular else net * 0.8
    ratio = r.uniform(0.7, 0.98)
    budget = max(220.0, (income_m - fixed) * ratio)
    lam = max(0.3, min(1.8, budget / 30.4 / avg))
    c.gen_everyday(lam, wl, lvl)

    # travel
    if r.random() < 0.45 and arch != 'benefits':
        ctry = r.choice(TRIP_KEYS)
        c.travelled = ctry
        mer, atm, fx = TRIPS[ctry]
        t0 = date(2026, 7, 1) + timedelta(days=r.randint(0, 50))
        ln = r.randint(5, 14)
        pre = t0 - timedelta(days=r.randint(14, 70))
        if pre >= c.start:
            c.card(pre, c.tod(9, 23), -cents(r.uniform(120, 700) * lvl), r.choice(FLIGHTS), 'travel', tag='travel')
            c.card(pre + timedelta(days=r.randint(0, 5)), c.tod(9, 23), -cents(r.uniform(250, 1400) * lvl), r.choice(HOTELS),
                   'travel', tag='travel')

        def trip(t0, ln):
            for k in range(ln):
                d = t0 + timedelta(days=k)
                for _ in range(r.randint(1, 4)):
                    a = cents(r.uniform(6, 90) * lvl)
                    ref = None
                    if fx:
                        ref = 'Fremdwaehrung %.2f %s Kurs %.4f' % (a / 100 * fx[1], fx[0], fx[1])
                    c.card(d, c.tod(9, 23), -a, r.choice(mer), 'travel', tag='travel', ref=ref)
                if k == 1:
                    c.card(d, c.tod(10, 20), -r.choice((100, 150, 200)) * 100, atm, 'cash', tag='travel')
        trip(t0, ln)
        if r.random() < 0.25:
            trip(W30 + timedelta(days=r.randint(3, 20)), r.randint(3, 7))
            c.conf.append('ud_travel_in_window_known_country')
    # back to school
    if kids:
        for _ in range(r.randint(2, 5)):
            d = date(2026, 8, 17) + timedelta(days=r.randint(0, 28))
            c.card(d, c.tod(9, 19), -cents(r.uniform(12, 95)), c.spell(r.choice(SCHOOL)), 'school')
        c.conf.append('ud_back_to_school')
    # big spender: occasional large legit purchases throughout
    if wealthy:
        d = c.start + timedelta(days=r.randint(5, 30))
        while d <= TODAY:
            c.card(d, c.tod(10, 20), -cents(r.uniform(300, 2200) * lvl), c.spell(r.choice(BIG)), 'shopping', tag='big')
            d += timedelta(days=r.randint(20, 50))
        c.conf.append('ud_high_spender_regular_big_purchases')
    # small legit transfers to friends, refunds, Kleinanzeigen sales
    for _ in range(r.randint(0, 6)):
        d = c.start + timedelta(days=r.randint(0, (TODAY - c.start).days))
        c.add(next_bd(d), -cents(r.uniform(10, 150)), r.choice(FRIENDS), 'remittance',
              r.choice(["Konzertkarten", "Geschenk Anteil", "Danke!", "Urlaub Anteil", "Pizza"]), tag='everyday')
    for _ in range(r.randint(0, 4)):
        d = c.start + timedelta(days=r.randint(0, (TODAY - c.start).days))
        cp = c.spell(r.choice(c.pools['online']))
        c.add(next_bd(d), cents(r.uniform(10, 120)), cp, 'refund', 'Erstattung Retoure %s' % rdig(r, 9), tag='refund')
    if r.random() < 0.2:
        d = date(2026, r.randint(5, 9), r.randint(1, 28))
        c.add(next_bd(d), cents(r.uniform(150, 1600)), 'Finanzamt %s' % r.choice(["Koeln-Mitte", "Dresden-Sued", "Bonn"]), 'tax',
              'Erstattung ESt 2025 StNr %s' % rdig(r, 10), tag='refund')
    # own transfers (one-off, both directions)
    if arch != 'benefits':
        for _ in range(r.randint(0, 3)):
            d = c.start + timedelta(days=r.randint(0, (TODAY - c.start).days))
            amt = cents(r.uniform(100, 1500) * lvl)
            sign = -1 if r.random() < 0.6 else 1
            c.add(next_bd(d), sign * amt, r.choice(["Tagesgeldkonto %s" % c.last4[::-1], "Eigenes Sparkonto", "Gemeinschaftskonto"]),
                  'transfer', 'Umbuchung' if sign < 0 else 'Umbuchung vom Tagesgeld', tag='own')
    if r.random() < 0.25 and arch != 'benefits':
        d = W30 + timedelta(days=r.randint(0, 29))
        amt = cents(r.uniform(1000, 10000) * (2 if wealthy else 1))
        c.add(next_bd(d) if next_bd(d) <= TODAY else prev_bd(d), -amt,
              r.choice(["Tagesgeldkonto %s" % c.last4[::-1], "Trade Republic Bank GmbH", "Eigenes Depotkonto"]),
              'transfer', r.choice(["Umbuchung Festgeld", "Uebertrag Depot", "Sparen"]), tag='own')
        c.conf.append('ud_large_own_transfer_in_window')

    # ---------------------------------------------------------- window clipping of everyday spending
    evcats = ('everyday', 'travel', 'big')
    prior_ev = [-b['c'] for b in c.bk if b['tag'] in evcats and b['c'] < 0 and b['d'] < W30]
    pmax = max(prior_ev) if prior_ev else 5000
    for b in c.bk:
        if b['tag'] in evcats and b['d'] >= W30 and -b['c'] > pmax:
            b['c'] = -int(pmax * r.uniform(0.3, 0.9))

    # repeat-big confounder: a large purchase at a known merchant, repeated in window at similar amount
    if r.random() < 0.12:
        cp = c.spell(r.choice(POOLS['home'][:4] + BIG[:2]))
        a = cents(r.uniform(250, 700) * lvl)
        d0 = c.start + timedelta(days=r.randint(10, max(11, (W30 - c.start).days - 20)))
        if c.card(d0, c.tod(10, 19), -a, cp, 'home', tag='big'):
            c.card(W30 + timedelta(days=r.randint(0, 25)), c.tod(10, 19), -int(a * r.uniform(0.6, 1.0)), cp, 'home', tag='big')
            c.conf.append('ud_repeat_large_purchase_known_merchant')
    if r.random() < 0.25:
        cp = r.choice(NEW_SMALL)[0]
        if cp.lower() not in c.used:
            c.card(W30 + timedelta(days=r.randint(0, 27)), c.tod(8, 20), -cents(r.uniform(2.5, 18)), cp, 'misc')
            c.conf.append('ud_new_merchant_small_amount')

    # ---------------------------------------------------------- duplicates
    evs = [b for b in c.bk if b['tag'] == 'everyday' and b['aa'] is not None and b['cat'] != 'cash']

    def dup_card(typ, lo, hi, label):
        for _ in range(30):
            cat = r.choice(('groceries', 'restaurant', 'fuel' if car else 'groceries', 'online', 'clothing', 'drugstore', 'home'))
            cp = c.spell(r.choice(c.pools[cat]))
            a = -min(c.amount(cat, lvl), int(pmax * 0.9))
            d = lo - timedelta(days=r.randint(0, 3)) + timedelta(days=r.randint(0, max(0, (hi - lo).days)))
            d, bd1 = c.card_dates(d)
            hms = c.tod(8, 21)
            aa = datetime(d.year, d.month, d.day, *hms)
            ar1 = None if typ == 'old_terminal' else (rdig(r, 6) if r.random() < 0.6 else raln(r, 6))
            if typ == 'terminal_retry':
                aa2 = aa + timedelta(seconds=r.randint(15, 180))
                ar2 = rdig(r, 6)
                bd2 = bd1 if r.random() < 0.7 else add_bd(bd1, 1)
            elif typ == 'old_terminal':
                aa2 = aa if r.random() < 0.6 else aa + timedelta(seconds=r.randint(20, 120))
                ar2 = None
                bd2 = bd1 if r.random() < 0.5 else add_bd(bd1, 1)
            else:
                aa2, ar2 = aa, ar1
                bd2 = bd1 if r.random() < 0.2 else add_bd(bd1, r.randint(1, 3))
            if not (lo <= bd2 <= hi) or bd1 < c.start or (bd2 - aa2.date()).days > 3:
                continue
            ref = c.card_ref(cp, aa)
            o1 = r.random() * 0.5
            b1 = c.add(bd1, a, cp, cat, ref, aa, ar1, tag='dup1')
            b2 = c.add(bd2, a, cp, cat, c.card_ref(cp, aa2), aa2, ar2, tag='dup2', o=o1 + 0.5 if bd1 == bd2 else None)
            if bd1 == bd2:
                b1['o'] = o1
            return b2
        return None

    def dup_dd(lo, hi):
        cands = []
        for s in c.series:
            if s['kind'] != 'dd' or s['var'] or s['role'] or 'pr_planted' in s or s['own']:
                continue
            for o in s['occ']:
                if o.get('b') and lo - timedelta(days=3) <= o['bd'] <= hi:
                    cands.append((s, o))
        r.shuffle(cands)
        for s, o in cands:
            b1 = o['b']
            bd2 = b1['d'] if r.random() < 0.3 else add_bd(b1['d'], r.randint(1, 3))
            if lo <= bd2 <= hi:
                b2 = c.add(bd2, b1['c'], b1['cp'], b1['cat'], b1['ref'], tag='dup2',
                           o=(b1['o'] + 1) / 2 if bd2 == b1['d'] else None)
                return b2
        return None

    def dup_pp(lo, hi):
        for _ in range(20):
            d = lo - timedelta(days=3) + timedelta(days=r.randint(0, max(0, (hi - lo).days)))
            a = -min(c.amount('online', lvl), int(pmax * 0.9))
            txn = rdig(r, 13)
            shop = r.choice(PP_SHOPS)
            b1 = c.paypal(d, a, shop, tag='dup1', txn=txn)
            if not b1:
                continue
            bd2 = b1['d'] if r.random() < 0.4 else add_bd(b1['d'], 1)
            if not (lo <= bd2 <= hi):
                c.bk.remove(b1)
                continue
            return c.add(bd2, a, b1['cp'], 'online', b1['ref'], tag='dup2', o=(b1['o'] + 1) / 2 if bd2 == b1['d'] else None)
        return None

    def plant_dup(lo, hi, label):
        typ = pick_w(r, [('double_presentment', 30), ('terminal_retry', 25), ('dd_double', 20), ('old_terminal', 10),
                         ('paypal_double', 15)])
        if typ == 'dd_double':
            b2 = dup_dd(lo, hi)
            if b2 is None:
                typ = 'paypal_double'
        if typ == 'paypal_double':
            b2 = dup_pp(lo, hi)
        elif typ != 'dd_double':
            b2 = dup_card(typ, lo, hi, label)
        if b2 is not None and label:
            c.labels.append({'kind': 'DUPLICATE_CHARGE', 'merchant': b2['cp'], 'day': b2['d'].isoformat()})
            c.plants.append('DUPLICATE_CHARGE:' + typ)
        return b2

    if want_dc:
        for _ in range(2 if r.random() < 0.08 else 1):
            plant_dup(W30, TODAY, True)
    if r.random() < 0.06:
        if plant_dup(date(2026, 8, 14), W30 - D1, False):
            c.conf.append('dc_duplicate_older_than_30d')
    if r.random() < 0.3:
        sp = r.choice(c.pools['bakery'] + [["Parkhaus Zentrum"], ["Selecta Automat"]])
        cp = sp[0]
        a = -r.choice((180, 250, 320, 390, 450))
        d = W30 + timedelta(days=r.randint(0, 26))
        h1 = r.randint(7, 11)
        kat = 'bakery' if sp in c.pools['bakery'] else 'misc'
        c.card(d, (h1, r.randint(0, 59), 0), a, cp, kat)
        c.card(d, (h1 + r.randint(3, 8), r.randint(0, 59), 0), a, cp, kat)
        c.conf.append('dc_same_amount_same_day_hours_apart')
    if r.random() < 0.08:
        cp = c.spell(r.choice(c.pools['online']))
        a = -min(c.amount('online', lvl), int(pmax * 0.9))
        d = W30 + timedelta(days=r.randint(0, 12))
        b1 = c.card(d, c.tod(18, 22), a, cp, 'online')
        if b1:
            c.add(add_bd(b1['d'], r.randint(3, 5)), -a, cp, 'refund', 'Erstattung Retoure %s' % rdig(r, 9), tag='refund')
            c.card(d + timedelta(days=r.randint(8, 14)), c.tod(18, 22), a, cp, 'online')
            c.conf.append('dc_refund_then_rebuy')
    if r.random() < 0.10:
        a = -cents(r.uniform(4, 60))
        d1 = c.start + timedelta(days=r.randint(0, 30))
        c.paypal(d1, a, r.choice(PP_SHOPS))
        d2 = W30 + timedelta(days=r.randint(0, 25))
        c.paypal(d2, a, PP_SHOPS[0])
        c.paypal(d2, a, PP_SHOPS[5])
        c.conf.append('dc_paypal_same_amount_different_purchases')
    if r.random() < 0.10:
        cp = r.choice(["Schwimmschule Delfin", "Parkhaus Zentrum", "Reitstall Sonnenhof", "Kantine Betriebsrestaurant"])
        a = -r.choice((850, 1200, 1500, 2000))
        d = c.start + timedelta(days=r.randint(0, 6))
        wdh = c.tod(8, 17)
        while d <= TODAY:
            c.card(d, wdh, a, cp, 'leisure', tag='everyday')
            d += timedelta(days=7)
        c.conf.append('dc_weekly_same_amount')

    # ---------------------------------------------------------- unusual debits
    def plant_unusual(lo, hi, label):
        prior = [b for b in c.bk if b['d'] < lo and b['c'] < 0 and b['cat'] != 'transfer']
        pmax_all = max([-b['c'] for b in prior] + [100])
        pnon = [-b['c'] for b in prior if not b['tag'].startswith('rec')]
        pmax_non = max(pnon + [100])
        ev = sorted(-b['c'] for b in prior if b['tag'] in ('everyday', 'travel'))
        p95 = ev[int(0.95 * (len(ev) - 1))] if ev else 5000
        cashmax = max([-b['c'] for b in prior if b['cat'] == 'cash'] + [5000])
        types = [('big_new', 25), ('foreign_night', 20), ('scam_transfer', 15), ('known_huge', 12), ('abo_trap', 10),
                 ('gambling', 10)]
        if not c.travelled:
            types.append(('atm_abroad', 12))
        typ = pick_w(r, types)
        d = lo + timedelta(days=r.randint(0, max(0, (hi - lo).days - 2)))
        big = max(1.35 * pmax_all, 1.6 * pmax_non)
        if typ == 'big_new':
            cp = r.choice([m for m in U_BIG if m.lower() not in c.used])
            a = cents(max(600, big / 100, 6 * p95 / 100) * r.uniform(1.0, 1.5))
            b = c.card(d, c.tod(10, 22), -a, cp, 'shopping', tag='unusual')
        elif typ == 'foreign_night':
            cp = r.choice([m for m in U_FOREIGN if m.lower() not in c.used])
            a = cents(max(200, 4 * p95 / 100) * r.uniform(1.0, 2.5))
            b = c.card(d, (r.randint(0, 4), r.randint(0, 59), r.randint(0, 59)), -a, cp, 'online', tag='unusual',
                       ref='Fremdwaehrung %.2f USD Kurs 1.1620' % (a / 100 * 1.162))
        elif typ == 'scam_transfer':
            cp, ref = r.choice([x for x in U_SCAM if x[0].lower() not in c.used])
            a = int(max(1200, big / 100) * r.uniform(1.0, 1.8) / 10) * 1000
            b = c.add(next_bd(d) if next_bd(d) <= hi else prev_bd(d), -a, cp, 'remittance', ref, tag='unusual')
        elif typ == 'known_huge':
            known = [b for b in prior if b['tag'] == 'everyday' and b['cat'] in ('online', 'home', 'clothing')]
            if known:
                cp = r.choice(known)['cp']
                mx = max(-b['c'] for b in prior if b['cp'] == cp)
                a = cents(max(700, 8 * mx / 100, big / 100) * r.uniform(1.0, 1.4))
            else:
                cp = r.choice([m for m in U_BIG if m.lower() not in c.used])
                a = cents(max(700, big / 100) * r.uniform(1.0, 1.4))
                typ = 'big_new'
            b = c.card(d, c.tod(10, 23), -a, cp, 'online', tag='unusual')
        elif typ == 'abo_trap':
            cp = r.choice([m for m in U_ABO if m.lower() not in c.used])
            a = int(max(99, 4 * p95 / 100) * r.uniform(1.0, 1.6)) * 100 + 90
            b = c.add(next_bd(d) if next_bd(d) <= hi else prev_bd(d), -a, cp, 'misc',
                      'MREF %s Jahresabo Premium Vertragsnr %s' % (c.mandate(), rdig(r, 8)), tag='unusual')
        elif typ == 'gambling':
            cp = r.choice([m for m in U_GAMB if m.lower() not in c.used])
            a = int(max(250, 5 * p95 / 100) * r.uniform(1.0, 3.0) / 10) * 1000
            b = c.card(d, (r.choice((0, 1, 2, 22, 23)), r.randint(0, 59), r.randint(0, 59)), -a, cp, 'leisure', tag='unusual')
        else:
            cp = r.choice(U_ATM)
            a = int(max(400, 2.5 * cashmax / 100) * r.uniform(1.0, 1.8) / 50) * 5000
            b = c.card(d, (r.randint(0, 4), r.randint(0, 59), r.randint(0, 59)), -a, cp, 'cash', tag='unusual')
        if b is None or not (lo <= b['d'] <= hi):
            if b is not None:
                c.bk.remove(b)
            return None
        if label:
            c.labels.append({'kind': 'UNUSUAL_DEBIT', 'merchant': b['cp'], 'day': b['d'].isoformat()})
            c.plants.append('UNUSUAL_DEBIT:' + typ)
        return b

    if want_ud:
        n = 2 if r.random() < 0.08 else 1
        got = 0
        for _ in range(6):
            if got >= n:
                break
            if plant_unusual(W30, TODAY, True):
                got += 1
    elif r.random() < 0.07:
        if plant_unusual(date(2026, 8, 10), W30 - D1, False):
            c.conf.append('ud_unusual_but_older_than_30d')

    # ---------------------------------------------------------- accidental-duplicate guard
    fixes = 0
    win = [b for b in c.bk if b['c'] < 0 and b['d'] >= W30 - timedelta(days=5)]
    win.sort(key=lambda b: (b['d'], b['o']))
    for j, b2 in enumerate(win):
        if b2['tag'] == 'dup2' or b2['d'] < W30:
            continue
        for b1 in win[:j]:
            if b1['cp'] != b2['cp'] or b1['c'] != b2['c'] or (b2['d'] - b1['d']).days > 5:
                continue
            if b1['tag'] == 'dup1':
                pass
            look = False
            if b1['aa'] and b2['aa']:
                if (b1['ar'] and b1['ar'] == b2['ar']) or abs((b2['aa'] - b1['aa']).total_seconds()) <= 900:
                    look = True
            elif b1['ref'] and b1['ref'] == b2['ref']:
                look = True
            if look:
                b2['c'] -= r.randint(11, 240)
                fixes += 1
                break
    stats['accidental_duplicate_fixes'] += fixes

    # ---------------------------------------------------------- forecast & balance
    regular = [i for i in c.incomes]
    days_hist = (TODAY - c.start).days + 1
    if regular and not irregular:
        first_inc = min(i['next'] for i in regular)
        mains = [i for i in regular if i['main']] or regular
        main_inc = max(mains, key=lambda i: i['amt'])['next']
    else:
        first_inc = None
        main_inc = TODAY + timedelta(days=45)
    last60 = TODAY - timedelta(days=59)
    ev_all = sum(-b['c'] for b in c.bk if b['tag'] == 'everyday' and b['c'] < 0)
    ev_60 = sum(-b['c'] for b in c.bk if b['tag'] == 'everyday' and b['c'] < 0 and b['d'] >= last60)
    nonrec = ('everyday', 'travel', 'big', 'dup1', 'dup2', 'misc')
    nr_all = sum(-b['c'] for b in c.bk if b['tag'] in nonrec and b['c'] < 0)
    nr_60 = sum(-b['c'] for b in c.bk if b['tag'] in nonrec and b['c'] < 0 and b['d'] >= last60)
    r_min = min(ev_all / days_hist, ev_60 / 60.0)
    r_max = max(nr_all / days_hist, nr_60 / 60.0)
    d_main = (main_inc - TODAY).days
    o_main = sum(-a for bd, a, own in c.future if TODAY < bd <= main_inc)
    lb = False
    timing = 'irregular'
    if first_inc:
        d_first = (first_inc - TODAY).days
        o_first = sum(-a for bd, a, own in c.future if TODAY < bd < first_inc and not own)
        timing = 'income_1d' if d_first <= 1 else ('income_2_7d' if d_first <= 7 else
                                                   ('income_8_19d' if d_first < 20 else 'income_20d_plus'))
        p = {'income_1d': 0.0, 'income_2_7d': 0.35, 'income_8_19d': 0.65, 'income_20d_plus': 0.22}[timing]
        if arch == 'benefits':
            p *= 0.3
        upper = o_first + 0.6 * r_min * d_first - 5000
        if r.random() < p and upper >= 6000:
            lb = True
            bal = int(upper * r.uniform(0.05, 0.85))
    if not lb:
        lower = o_main + 1.6 * r_max * (d_main + 2) + 15000
        u = r.random()
        if u < 0.3:
            f = r.uniform(1.05, 1.5)
            c.conf.append('lb_tight_but_sufficient')
        elif u < 0.85:
            f = r.uniform(1.5, 4.0)
        else:
            f = r.uniform(4.0, 15.0)
        bal = int(lower * f)
        if first_inc and (first_inc - TODAY).days <= 3 and bal < 60000:
            c.conf.append('lb_low_balance_income_imminent')
    if lb:
        c.labels.append({'kind': 'LOW_BALANCE_FORECAST'})
        c.plants.append('LOW_BALANCE_FORECAST:' + timing)
    stats['lb_by_timing'].setdefault(timing, [0, 0])
    stats['lb_by_timing'][timing][0 if lb else 1] += 1
    c.balance = bal
    c.lb_detail = dict(timing=timing)
    return c


def main():
    stats = {'archetype': {}, 'accidental_duplicate_fixes': 0, 'lb_by_timing': {}}
    kinds = ['PRICE_RISE', 'UNUSUAL_DEBIT', 'DUPLICATE_CHARGE', 'LOW_BALANCE_FORECAST']
    lab_count = {k: 0 for k in kinds}
    cust_with = {k: 0 for k in kinds}
    planted = {}
    confs = {}
    n_none = 0
    n_book = 0
    problems = []
    hist_lines = []
    lab_lines = []
    for idx in range(1, N_CUST + 1):
        c = build(idx, stats)
        c.bk.sort(key=lambda b: (b['d'], b['o']))
        bookings = []
        for b in c.bk:
            bookings.append({'booked_on': b['d'].isoformat(), 'amount': eur(b['c']), 'counterparty': b['cp'],
                             'category': b['cat'], 'reference': b['ref'],
                             'authorised_at': b['aa'].strftime('%Y-%m-%dT%H:%M:%S') if b['aa'] else None,
                             'authorisation_ref': b['ar']})
            if b['aa'] is not None and not (0 <= (b['d'] - b['aa'].date()).days <= 3):
                problems.append('auth gap %s' % c.id)
            if b['d'] > TODAY or b['d'] < c.start:
                problems.append('date %s' % c.id)
        n_book += len(bookings)
        order = {k: i for i, k in enumerate(kinds)}
        labs = sorted(c.labels, key=lambda l: (order[l['kind']], l.get('day', ''), l.get('merchant', '')))
        # label sanity
        for l in labs:
            if l['kind'] == 'LOW_BALANCE_FORECAST':
                continue
            lo = PR_FROM if l['kind'] == 'PRICE_RISE' else W30
            dd = date.fromisoformat(l['day'])
            if not (lo <= dd <= TODAY):
                problems.append('label window %s %s' % (c.id, l))
            if not any(b['d'] == dd and b['cp'] == l['merchant'] and b['c'] < 0 for b in c.bk):
                problems.append('label booking missing %s %s' % (c.id, l))
        seen = set()
        for l in labs:
            lab_count[l['kind']] += 1
            if l['kind'] not in seen:
                seen.add(l['kind'])
        for k in kinds:
            if k in seen:
                cust_with[k] += 1
        if not labs:
            n_none += 1
        for p in c.plants:
            planted[p] = planted.get(p, 0) + 1
        for x in c.conf:
            confs[x] = confs.get(x, 0) + 1
        hist_lines.append(json.dumps({'id': c.id, 'today': TODAY.isoformat(), 'account_last4': c.last4, 'currency': 'EUR',
                                      'balance': eur(c.balance), 'bookings': bookings}, ensure_ascii=False))
        lab_lines.append(json.dumps({'id': c.id, 'findings': labs}, ensure_ascii=False))
    with open(os.path.join(OUT, 'histories.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(hist_lines) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lab_lines) + '\n')
    out = {
        'customers': N_CUST, 'today': TODAY.isoformat(), 'seed': SEED, 'bookings_total': n_book,
        'price_rise_window_from': PR_FROM.isoformat(), 'debit_window_from': W30.isoformat(),
        'findings_total_per_kind': lab_count, 'customers_with_kind': cust_with,
        'customers_with_kind_pct': {k: round(100.0 * v / N_CUST, 1) for k, v in cust_with.items()},
        'customers_without_findings': n_none,
        'planted_by_type': dict(sorted(planted.items())), 'confounders_by_type': dict(sorted(confs.items())),
        'archetypes': dict(sorted(stats['archetype'].items())),
        'low_balance_by_income_timing_[pos,neg]': dict(sorted(stats['lb_by_timing'].items())),
        'accidental_duplicate_fixes': stats['accidental_duplicate_fixes'],
        'self_check_problems': len(problems),
    }
    with open(os.path.join(OUT, 'gen_stats.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, indent=2, sort_keys=False)
        f.write('\n')
    for p in problems[:20]:
        print('PROBLEM', p)
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
