#!/usr/bin/env python3
"""Held-out generator: German retail current-account histories with planted, labelled findings.
Deterministic (fixed seed), standard library only.  Writes histories.jsonl and labels.jsonl."""
import json, random, datetime as dt, math, os, sys
from collections import Counter

SEED = 4711_2026
N = 3000
TODAY = dt.date(2026, 12, 6)          # a Sunday
START = dt.date(2026, 5, 6)
SIM_END = dt.date(2027, 2, 28)
HOL = {dt.date(2026, 5, 1), dt.date(2026, 5, 14), dt.date(2026, 5, 25), dt.date(2026, 10, 3),
       dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2026, 12, 31),
       dt.date(2027, 1, 1)}
D = dt.timedelta
PR_FROM = TODAY - D(40)     # planted price rises: first higher charge booked in [PR_FROM, TODAY]  (spec: ~45 d)
OLD_RISE_BEFORE = TODAY - D(75)
UD_FROM = TODAY - D(27)     # planted unusual debits / duplicates booked in [UD_FROM, TODAY] (spec: ~30 d)
UD_WIN = TODAY - D(30)      # "window" used for the cleanliness rules
OUT = os.path.dirname(os.path.abspath(__file__))
DISC = {"groceries", "shopping", "leisure", "dining", "fuel", "transport", "cash"}
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def is_bd(d): return d.weekday() < 5 and d not in HOL
def next_bd(d):
    while not is_bd(d): d += D(1)
    return d
def prev_bd(d):
    while not is_bd(d): d -= D(1)
    return d
def mlen(y, m): return (dt.date(y + (m == 12), m % 12 + 1, 1) - D(1)).day
MONTHS = [(2026, m) for m in range(4, 13)] + [(2027, 1), (2027, 2), (2027, 3)]
def last_bd(y, m): return prev_bd(dt.date(y, m, mlen(y, m)))
def fmt(c): return ("-" if c < 0 else "") + "%d.%02d" % (abs(c) // 100, abs(c) % 100)
def cents(x): return int(round(x * 100))
GER_MON = ["Januar", "Februar", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

FIRST = "Anna Maria Sabine Petra Monika Ursula Julia Laura Lea Sophie Elif Ayse Fatma Katarzyna Olga Ingrid Renate Jana Nadine Melanie Sandra Claudia Birgit Hannelore Emma Mia Lina Zeynep Marta Ewa Aylin Svetlana Carla Greta Tanja".split()
LAST = "Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schroeder Neumann Schwarz Zimmermann Braun Krueger Hofmann Hartmann Lange Yilmaz Kaya Nowak Kowalski Petrović Demir Schmitz Krause Meier Lehmann Huber Kaiser Fuchs Peters Scholz Möller".split()
CITIES = "Koeln Muenchen Berlin Hamburg Leipzig Dortmund Essen Bremen Dresden Hannover Nuernberg Duisburg Bochum Wuppertal Bielefeld Bonn Muenster Mannheim Augsburg Kassel".split()
EMPLOYERS = ["Siemens AG", "Robert Bosch GmbH", "Stadt Koeln", "Kaufland Dienstleistung GmbH & Co. KG", "Pflegedienst Sonnenschein GmbH",
             "Mueller Logistik GmbH", "Uniklinik Koeln AoeR", "Schmitz Elektrotechnik GmbH", "Deutsche Post AG", "Allianz SE",
             "Landesamt fuer Finanzen", "Zahnarztpraxis Dr. Weber", "Edeka Handelsgesellschaft Rhein-Ruhr mbH", "BMW AG",
             "Kita gGmbH Sonnenblume", "IT-Systemhaus Nord GmbH", "Bäckerei Kamps GmbH", "Freistaat Bayern", "Amazon Logistik Leipzig GmbH",
             "Diakonie Michaelshoven e.V.", "ZF Friedrichshafen AG", "Steuerberatung Krause & Partner mbB"]
GROC = [["REWE Markt GmbH", "REWE SAGT DANKE"], ["EDEKA CENTER", "EDEKA Mueller e.K."], ["ALDI SUED", "ALDI SÜD SAGT DANKE"],
        ["LIDL DIENSTL. 1234", "Lidl sagt Danke"], ["Netto Marken-Discount", "NETTO MARKEN-DISCOU"], ["Kaufland", "KAUFLAND 7711"],
        ["PENNY Markt GmbH"], ["ALDI Nord"], ["Alnatura"], ["Denns BioMarkt"], ["Tuerkischer Supermarkt Bereket"]]
DRUG = ["dm-drogerie markt", "ROSSMANN 1180", "Mueller Drogeriemarkt"]
DINING = ["McDonalds 0815", "Burger King", "Lieferando.de", "Vapiano", "L'Osteria", "Pizzeria Da Mario", "Restaurant Akropolis",
          "Subway", "Starbucks", "Asia Bistro Mai", "Block House", "Wolt", "Dean&David", "Cafe Extrablatt", "Doenerladen Anadolu"]
CANTEEN = ["Betriebsrestaurant Casino", "Mensa Uni", "Kantine Stadthaus", "Aramark Betriebsgastro"]
BAKERY = ["Baeckerei Kamps", "Backwerk", "Baeckerei Schüren", "Steinecke Backstube", "Baeckerei Huebner"]
TRANSPORT_FARE = [("KVB Fahrkartenautomat", [320, 360]), ("MVG Automat", [390, 410]), ("BVG Ticketautomat", [380, 350]),
                  ("HVV Fahrkarte", [370, 400]), ("Rheinbahn Ticket", [330])]
TRANSPORT_VAR = ["DB Fernverkehr AG", "UBER *TRIP", "FREENOW", "FlixBus", "APCOA PARKING", "Contipark", "DB Vertrieb GmbH"]
FUEL = ["ARAL Station 2814", "Shell Deutschland", "ESSO Station", "JET Tankstelle", "TotalEnergies", "Raiffeisen Tankstelle"]
ATMS = ["Geldautomat Sparkasse", "CashGroup Deutsche Bank", "Cash Group Commerzbank", "Volksbank GA", "Geldautomat REWE Cashback"]
AMAZON = ["Amazon.de", "AMAZON EU SARL", "AMZN Mktp DE", "Amazon Payments Europe S.C.A."]
ONLINE = ["Zalando SE", "OTTO GmbH", "ABOUT YOU SE", "Thalia.de", "Tchibo GmbH", "Shop Apotheke", "bonprix", "Temu.com", "SHEIN"]
STORE = ["H&M", "C&A Mode", "TK Maxx", "Decathlon", "IKEA Deutschland", "MediaMarkt", "Saturn", "Thalia", "Douglas", "Deichmann",
         "OBI Baumarkt", "Hornbach", "Bauhaus", "Fressnapf", "Tedi", "Action", "Primark", "Woolworth", "JYSK", "Depot"]
LEISURE = ["CinemaxX", "UCI Kinowelt", "Steam Purchase", "PlayStation Network", "Eventim", "Stadtbad", "Zoo", "Bowling Center",
           "Kletterhalle", "Museum Ludwig", "Thermalbad", "Nintendo eShop"]
BIG = ["IKEA Deutschland", "MediaMarkt", "Saturn", "Moebel Hoeffner", "XXXLutz", "TUI Deutschland", "Lufthansa", "Condor Flugdienst",
       "Booking.com", "Otto GmbH", "Apple Store", "Porta Moebel", "Fahrrad XXL", "Hotel Seeblick", "Expedia"]
UNUSUAL = ["Cyberport GmbH", "notebooksbilliger.de", "Apple Store Online", "Louis Vuitton", "Juwelier Christ", "Binance",
           "Crypto.com", "Tipico Sportwetten", "WWW.TECHDEALS-SHOP.COM", "ALIEXPRESS.COM", "Emirates Airline", "Gucci",
           "Electronic4you Ltd", "Saturn Online", "Rolex Boutique", "Bwin Interactive", "Samsung Shop", "Dyson GmbH",
           "BESTSECRET", "SNIPES Online"]
SUBS = [("Netflix", [499, 1399, 1999], "card"), ("Spotify", [1099, 1299, 1799], "card"), ("Disney Plus", [999, 599], "card"),
        ("Amazon Prime", [899], "card"), ("DAZN", [3499, 4499], "card"), ("Audible", [995], "card"),
        ("Google One", [199, 999], "card"), ("YouTube Premium", [1299], "card"), ("RTL+", [699], "card"),
        ("Sky Deutschland", [2500, 3500], "dd"), ("Sueddeutsche Zeitung Digital", [1499], "dd"),
        ("Koelner Stadt-Anzeiger", [4290], "dd"), ("WEIGHT WATCHERS", [2195], "card"), ("Microsoft 365", [999], "card"),
        ("Parship", [3990], "card"), ("Adobe", [1190], "card")]
GYMS = [("McFit GmbH", [2990, 2490]), ("FitX Deutschland GmbH", [2499, 1999]), ("clever fit", [2990]), ("Urban Sports Club", [4900, 6900]),
        ("TSV Eintracht e.V.", [1500, 1200]), ("Volkshochschule", [3500])]
ENERGY = ["Stadtwerke Koeln GmbH", "RheinEnergie AG", "E.ON Energie Deutschland GmbH", "Vattenfall Europe Sales GmbH", "EnBW AG",
          "SWM Versorgungs GmbH", "Stadtwerke Bochum", "Octopus Energy Germany", "LichtBlick SE", "EWE Vertrieb GmbH"]
GAS = ["E.ON Energie Deutschland GmbH Gas", "Stadtwerke Gas", "enercity AG", "Mainova AG", "NEW Niederrhein Energie"]
NET = [("Telekom Deutschland GmbH", [3995, 4495, 5495]), ("Vodafone GmbH", [3999, 4499]), ("1&1 Telecom GmbH", [3999, 2999]),
       ("O2 Telefonica Germany", [2999, 3499]), ("NetCologne", [3990]), ("M-net Telekommunikations GmbH", [3490])]
MOBILE = [("congstar", [1000, 1500, 2000]), ("Telefonica Germany GmbH & Co. OHG", [1999, 2999]), ("Vodafone West GmbH", [2499, 3999]),
          ("freenet DLS GmbH", [1499, 2499]), ("Telekom Deutschland GmbH Mobilfunk", [3995, 4995])]
INSUR = [("HUK-COBURG", 3000, 9000), ("Allianz Versicherungs-AG", 800, 2500), ("DEVK Versicherungen", 600, 2000),
         ("ERGO Versicherung AG", 1500, 6000), ("AXA Versicherung AG", 2000, 8000), ("Hanse Merkur", 1200, 4000),
         ("Barmenia Krankenversicherung", 1500, 4500), ("WWK Lebensversicherung", 5000, 15000), ("Debeka", 2500, 9000)]
LANDLORDS = ["Vonovia SE", "LEG Wohnen NRW GmbH", "Wohnungsgenossenschaft Eintracht eG", "Hausverwaltung Schmitz GmbH",
             "GAG Immobilien AG", "Deutsche Wohnen SE", "SAGA Unternehmensgruppe", "Vivawest Wohnen GmbH", "ABG Frankfurt Holding",
             "Hausverwaltung Becker & Sohn KG"]


class Cust:
    def __init__(self, idx, rng):
        self.idx, self.r = idx, rng
        self.bk = []                      # bookings (internal dicts)
        self.refs = set()
        self.items = []                   # recurring items
        self.findings = []
        self.notes = Counter()

    def aref(self):
        while True:
            a = "".join(self.r.choice(ALNUM) for _ in range(6))
            if a not in self.refs:
                self.refs.add(a); return a

    def card_ref(self, at):
        t = self.cardtype
        if t == "giro": return "%s Debitk.%d %s" % (at.strftime("%Y-%m-%dT%H:%M"), self.cardno, self.cardexp)
        if t == "visa": return "VISA Debit %s" % self.cardmask
        return None

    def book_day_for(self, at, lag=None):
        d = at.date()
        if self.neo:
            d = d + D(self.r.choice([0, 0, 1, 1, 2]) if lag is None else lag)
            return d
        if lag is None: lag = self.r.choice([1, 1, 1, 1, 2, 0])
        d = next_bd(d)
        for _ in range(lag): d = next_bd(d + D(1))
        return d

    def card(self, at, amt, cp, cat, noauth_ok=True, lag=None, tag=None):
        bd = self.book_day_for(at, lag)
        noauth = noauth_ok and self.r.random() < self.noauth_rate
        b = dict(d=bd, a=amt, cp=cp, cat=cat, ref=self.card_ref(at) if not noauth else None,
                 at=None if noauth else at, ar=None if noauth else self.aref(), tag=tag)
        self.bk.append(b); return b

    def plain(self, d, amt, cp, cat, ref, tag=None):
        b = dict(d=d, a=amt, cp=cp, cat=cat, ref=ref, at=None, ar=None, tag=tag)
        self.bk.append(b); return b


def rtime(r, d, lo=7, hi=21):
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59), r.randint(0, 59))


def logn(r, med, sig): return med * math.exp(r.gauss(0, sig))


def price_like(r, x):
    """round a float EUR amount to a shop-like price (cents)."""
    if x < 20: return cents(round(x, 2))
    k = r.random()
    if k < 0.35: return cents(math.floor(x) + 0.99)
    if k < 0.5: return cents(math.floor(x) + 0.95)
    if k < 0.65 and x > 100: return cents(round(x, -1) - 0.01)
    return cents(round(x, 2))


# ---------------------------------------------------------------- recurring items
def add_item(c, **kw):
    it = dict(method="dd", var=0.0, fx=False, months=None, start=None, stop=None, tag=None, kindrise=None)
    it.update(kw); it["charges"] = []; c.items.append(it); return it


def expand_item(c, it):
    r = c.r
    for (y, m) in MONTHS:
        if it["months"] and m not in it["months"]: continue
        if it["rule"] == "ultimo": due = last_bd(y, m)
        else:
            due = dt.date(y, m, min(it["day"], mlen(y, m)))
        if it["start"] and due < it["start"]: continue
        if it["stop"] and due > it["stop"]: continue
        amt = it["amount"]
        if it["var"]:
            amt = int(round(amt * (1 + r.uniform(-it["var"], it["var"]))))
        if it["fx"]:
            amt = int(round(amt * r.uniform(0.985, 1.015)))
        ref = it["reffn"](y, m) if it.get("reffn") else None
        if it["method"] == "card":
            at = dt.datetime(due.year, due.month, due.day, r.randint(0, 6), r.randint(0, 59), r.randint(0, 59))
            bd = c.book_day_for(at)
            b = dict(d=bd, a=amt, cp=it["cp"], cat=it["cat"], ref=c.card_ref(at), at=at, ar=c.aref(), tag=it.get("tag"))
        else:
            if it["rule"] == "prev": bd = prev_bd(due)
            elif it["rule"] == "ultimo": bd = due
            else: bd = next_bd(due)
            b = dict(d=bd, a=amt, cp=it["cp"], cat=it["cat"], ref=ref, at=None, ar=None, tag=it.get("tag"))
        b["item"] = it
        it["charges"].append(b)


def mref(r, prefix=""):
    return prefix + "".join(r.choice("0123456789") for _ in range(r.choice([6, 8, 10])))


def gen_customer(idx, r):
    c = Cust(idx, r)
    c.first, c.last = r.choice(FIRST), r.choice(LAST)
    c.city = r.choice(CITIES)
    c.neo = r.random() < 0.15
    c.cardtype = "neo" if c.neo else r.choice(["giro", "giro", "visa"])
    c.cardno = r.randint(1, 3); c.cardexp = "20%d-%02d" % (r.randint(27, 31), r.randint(1, 12))
    c.cardmask = "4%03d XXXX XXXX %04d" % (r.randint(0, 999), r.randint(0, 9999))
    c.noauth_rate = 0.0 if c.neo else r.choice([0.0, 0.0, 0.02, 0.05, 0.12])
    prof = r.choices(["employee", "pensioner", "benefits", "student", "selfemployed", "wealthy", "dual"],
                     [48, 18, 9, 7, 5, 6, 7])[0]
    c.prof = prof
    c.near_zero = r.random() < {"employee": .18, "pensioner": .15, "benefits": .5, "student": .4, "selfemployed": 0, "wealthy": 0, "dual": .15}[prof]
    income = 0
    c.main_income = None
    # ---- incomes
    def salary(cp, amt, rule, day=None, var=0.0, xmas=False, tag="salary", cat="salary"):
        pers = r.randint(1000, 99999)
        it = add_item(c, cp=cp, cat=cat, amount=amt, rule=rule, day=day, var=var, method="so",
                      reffn=lambda y, m: "LOHN/GEHALT %02d/%d PERS.NR. %d" % (m, y, pers) if cat == "salary" else None, tag=tag)
        it["xmas"] = xmas
        return it
    if prof in ("employee", "wealthy", "dual"):
        net = logn(r, 2500 if prof != "wealthy" else 7500, 0.3)
        rule = r.choices(["ultimo", "15", "1", "25", "10", "7"], [60, 10, 12, 12, 4, 3])[0]
        it = salary(r.choice(EMPLOYERS), cents(net), "ultimo" if rule == "ultimo" else "prev",
                    day=None if rule == "ultimo" else int(rule), var=r.choice([0, 0, 0.01, 0.08]), xmas=r.random() < 0.45)
        c.main_income = it; income += net
        if prof == "dual":
            partner = "%s %s" % (r.choice(["Thomas", "Michael", "Stefan", "Ali", "Jan", "Marco", "Piotr"]), c.last)
            pa = cents(round(logn(r, 900, 0.3), -1))
            add_item(c, cp=partner, cat="transfer", amount=pa, rule="fixed", day=r.choice([1, 2, 28]), method="so",
                     reffn=lambda y, m: "Haushaltsgeld", tag="income2")
            income += pa / 100
        if prof == "wealthy" and r.random() < 0.5:
            ten = "%s %s" % (r.choice(FIRST), r.choice(LAST))
            ma = cents(round(logn(r, 950, 0.3), -1))
            add_item(c, cp=ten, cat="other", amount=ma, rule="fixed", day=3, method="so",
                     reffn=lambda y, m: "Miete %s %d Whg. EG rechts" % (GER_MON[m - 1], y), tag="income2")
            income += ma / 100
    elif prof == "pensioner":
        pen = logn(r, 1350, 0.3)
        it = add_item(c, cp=r.choice(["Deutsche Rentenversicherung Bund", "DRV Rheinland", "Deutsche Rentenversicherung Knappschaft-Bahn-See"]),
                      cat="pension", amount=cents(pen), rule="ultimo", method="so",
                      reffn=lambda y, m: "RV-Nr. 12 150648 K 012 Rente %02d/%d" % (m, y), tag="salary")
        it["julyraise"] = True
        c.main_income = it; income += pen
        if r.random() < 0.3:
            bp = logn(r, 320, 0.4)
            add_item(c, cp=r.choice(["Versorgungsanstalt des Bundes und der Laender", "Betriebsrente Siemens Pensionsfonds", "Zusatzversorgungskasse"]),
                     cat="pension", amount=cents(bp), rule="ultimo", method="so", reffn=lambda y, m: "Betriebsrente %02d/%d" % (m, y), tag="income2")
            income += bp
    elif prof == "benefits":
        b = logn(r, 780, 0.25)
        src = r.choice(["Jobcenter " + c.city, "Bundesagentur fuer Arbeit", "Jobcenter " + c.city])
        it = add_item(c, cp=src, cat="benefits", amount=cents(b), rule="ultimo", method="so",
                      reffn=lambda y, m: "%s BG-Nr. 96301//00%d Leistungen %02d/%d" % ("ALG II" if "Job" in src else "ALG", r.randint(10000, 99999), m % 12 + 1, y + (m == 12)), tag="salary")
        c.main_income = it; income += b
    elif prof == "student":
        b = logn(r, 700, 0.2)
        it = add_item(c, cp=r.choice(["BAfoeG-Amt Studierendenwerk", "Landesamt fuer Ausbildungsfoerderung", "Studierendenwerk Muenchen"]),
                      cat="benefits", amount=cents(b), rule="ultimo", method="so", reffn=lambda y, m: "BAfoeG %02d/%d Foerd.-Nr. 2234-998" % (m % 12 + 1, y), tag="salary")
        c.main_income = it; income += b
        if r.random() < 0.6:
            pa = cents(round(logn(r, 250, 0.4), -1))
            add_item(c, cp="%s %s" % (r.choice(["Ralf", "Sabine", "Petra", "Uwe", "Hakan"]), c.last), cat="transfer", amount=pa, rule="fixed",
                     day=1, method="so", reffn=lambda y, m: "Taschengeld", tag="income2")
            income += pa / 100
    else:  # self-employed: irregular income, no regular income -> no forecast possible
        pass
    # Kindergeld
    c.kids = r.choice([0, 0, 0, 1, 1, 2, 3]) if prof in ("employee", "benefits", "dual", "wealthy") else 0
    if c.kids:
        kg = 25900 * c.kids
        add_item(c, cp="Bundesagentur fuer Arbeit - Familienkasse", cat="benefits", amount=kg, rule="fixed",
                 day=r.choice([5, 6, 7, 9, 12, 14, 16, 19]), method="so", reffn=lambda y, m: "KG-Nr. 123FK0%d Kindergeld %02d/%d" % (r.randint(1000, 9999), m, y), tag="income2")
        income += kg / 100
    c.income = income
    # ---- fixed costs
    fixed = 0.0
    tenant = r.random() < {"employee": .75, "pensioner": .55, "benefits": .7, "student": .85, "selfemployed": .6, "wealthy": .35, "dual": .6}[prof]
    if tenant:
        rent = cents(round(max(280, min(2600, (income if income else 2500) * r.uniform(0.25, 0.42))), 0) + r.choice([0, 0.5, 0.8, 0.4]))
        if prof == "student" and r.random() < 0.6:
            ll = "%s %s" % (r.choice(FIRST), r.choice(LAST)); company = False
        else:
            ll = r.choice(LANDLORDS); company = True
        whg = "%s %d, %s" % (r.choice(["Lindenstr.", "Hauptstr.", "Am Markt", "Ringstr.", "Gartenweg", "Bahnhofstr."]), r.randint(1, 120), r.choice(["1.OG links", "EG", "3.OG rechts", "DG"]))
        it = add_item(c, cp=ll, cat="rent", amount=-rent, rule="prev" if r.random() < 0.5 else "fixed", day=1 if r.random() < 0.7 else 3,
                      method="so", reffn=lambda y, m: "Miete %s %d %s" % (GER_MON[m - 1], y, whg), tag="rent")
        it["riseable"] = company
        fixed += rent / 100
    elif prof in ("wealthy", "employee", "dual") and r.random() < 0.6:
        loan = cents(logn(r, 1100, 0.35))
        mr = mref(r, "BF")
        add_item(c, cp=r.choice(["Sparkasse Baufinanzierung", "Deutsche Bank Baufinanzierung", "Interhyp / DSL Bank", "Volksbank Darlehen"]),
                 cat="other", amount=-loan, rule="ultimo", method="dd",
                 reffn=lambda y, m: "Darlehen %s Rate %02d/%d" % (mr, m, y), tag="loan")
        fixed += loan / 100
    energy = r.choice(ENERGY); vk = r.randint(100000, 999999); mre = mref(r)
    ab = cents(round(logn(r, 75 if prof != "wealthy" else 140, 0.35), 0))
    it = add_item(c, cp=energy, cat="utilities", amount=-ab, rule="fixed", day=r.choice([1, 5, 10, 15, 20, 28]), method="dd",
                  reffn=lambda y, m: "MREF %s Abschlag Strom %02d/%d Vertragskonto %d" % (mre, m, y, vk))
    it["riseable"] = True; fixed += ab / 100
    # annual settlement (old, outside windows)
    if r.random() < 0.35:
        sd = next_bd(dt.date(2026, r.choice([5, 6, 7, 8]), r.randint(2, 27)))
        amt = cents(r.uniform(-180, 140))
        c.plain(sd, amt if amt else -1000, energy, "utilities" if amt < 0 else "refund", "MREF %s Jahresabrechnung 2025 Vertragskonto %d" % (mre, vk), tag="annual")
    if r.random() < 0.35:
        g = r.choice(GAS); mg = mref(r)
        ga = cents(round(logn(r, 85, 0.4), 0))
        it = add_item(c, cp=g, cat="utilities", amount=-ga, rule="fixed", day=r.choice([1, 15, 30]), method="dd",
                      reffn=lambda y, m: "MREF %s Abschlag Gas %02d/%d" % (mg, m, y))
        it["riseable"] = True; fixed += ga / 100
    if r.random() < 0.85:
        n, ams = r.choice(NET); mn = mref(r)
        a = r.choice(ams)
        varbill = r.random() < 0.15
        it = add_item(c, cp=n, cat="utilities", amount=-a, rule="fixed", day=r.choice([3, 10, 18, 24]), method="dd", var=0.12 if varbill else 0,
                      reffn=lambda y, m: "Kd.-Nr. %s Rg.-Nr. %d vom %02d.%02d.%d" % (mn, r.randint(10**8, 10**9), r.randint(18, 26), (m - 2) % 12 + 1, y - (m == 1)))
        it["riseable"] = not varbill
        if varbill: c.notes["conf_variable_bill"] += 1
        fixed += a / 100
    if r.random() < 0.8:
        n, ams = r.choice(MOBILE); mm = mref(r)
        a = r.choice(ams); varbill = r.random() < 0.25
        it = add_item(c, cp=n, cat="utilities", amount=-a, rule="fixed", day=r.choice([2, 8, 12, 22, 27]), method="dd", var=0.18 if varbill else 0,
                      reffn=lambda y, m: "Mobilfunk Rechnung %s/%02d%d" % (mm, m, y % 100))
        it["riseable"] = not varbill
        if varbill: c.notes["conf_variable_bill"] += 1
        fixed += a / 100
    if prof not in ("benefits", "student") or r.random() < 0.2:
        bn = r.randint(100000000, 999999999)
        add_item(c, cp="Rundfunk ARD, ZDF, DRadio", cat="utilities", amount=-5508, rule="fixed", day=15, months={2, 5, 8, 11}, method="dd",
                 reffn=lambda y, m: "Rundfunkbeitrag %02d.%d - %02d.%d Beitragsnr. %d" % (m, y, (m + 1) % 12 + 1, y + (m >= 11), bn))
        fixed += 18.36
    # insurance
    for _ in range(r.choice([0, 1, 1, 2, 3]) if prof != "student" else r.choice([0, 1])):
        n, lo, hi = r.choice(INSUR)
        if any(i["cp"] == n for i in c.items): continue
        a = r.randint(lo, hi); mi = mref(r, "VS")
        quarterly = r.random() < 0.2
        it = add_item(c, cp=n, cat="insurance", amount=-a * (3 if quarterly else 1), rule="fixed", day=1, method="dd",
                      months={1, 4, 7, 10} if quarterly else None,
                      reffn=lambda y, m, mi=mi: "Vers.-Nr. %s Beitrag %02d/%d" % (mi, m, y))
        it["riseable"] = True; fixed += a / 100
    if r.random() < 0.15:
        n = r.choice(["Allianz Wohngebaeudeversicherung", "Provinzial Versicherung", "R+V Versicherung AG", "Gothaer Versicherung", "VHV Versicherungen"])
        mq = mref(r, "Q")
        a = r.randint(9000, 45000)
        it = add_item(c, cp=n, cat="insurance", amount=-a, rule="fixed", day=15, months={3, 6, 9, 12}, method="dd",
                      reffn=lambda y, m: "Vers.-Schein %s Beitrag %02d-%02d/%d" % (mq, m, m + 2, y))
        it["riseable"] = False; fixed += a / 300
        c.notes["quarterly_payment_due_15dec"] += 1
    c.bank = r.choice(["Sparkasse KoelnBonn", "Stadtsparkasse Muenchen", "Volksbank Mittelhessen", "Commerzbank AG", "Deutsche Bank AG",
                       "Postbank", "Berliner Sparkasse", "Haspa", "Sparda-Bank West", "PSD Bank"])
    if not c.neo and r.random() < 0.6:
        fee = r.choice([395, 495, 590, 690, 790, 990, 1290])
        it = add_item(c, cp=c.bank, cat="fees", amount=-fee, rule="ultimo", method="dd", reffn=lambda y, m: "Entgelt Kontofuehrung %02d/%d" % (m, y))
        it["riseable"] = False; fixed += fee / 100
    if c.near_zero and r.random() < 0.7:
        for qd in (dt.date(2026, 6, 30), dt.date(2026, 9, 30)):
            c.plain(qd, -cents(r.uniform(3, 45)), c.bank, "fees", "Sollzinsen Dispositionskredit %d. Quartal 2026" % (2 if qd.month == 6 else 3), tag="fee")
    if prof in ("employee", "dual", "wealthy") and r.random() < 0.3:
        c.plain(next_bd(dt.date(2026, r.choice([6, 7, 8, 9]), r.randint(1, 28))), cents(logn(r, 900, 0.7)), "Finanzamt " + c.city, "other",
                "EST 2025 Steuernr. 21%d/5%d/%d Erstattung" % (r.randint(0, 9), r.randint(100, 999), r.randint(1000, 9999)), tag="taxrefund")
    c.car = r.random() < {"student": .2, "benefits": .3, "pensioner": .5}.get(prof, .65)
    if c.car and r.random() < 0.6:
        n = r.choice(["HUK24 AG", "Allianz Direct", "Check24 Kfz / Verti", "DEVK Kfz"]); mk = mref(r, "KFZ")
        a = r.randint(3000, 9500)
        it = add_item(c, cp=n, cat="insurance", amount=-a, rule="fixed", day=1, method="dd", reffn=lambda y, m: "Kfz-Vers. %s %02d/%d" % (mk, m, y))
        it["riseable"] = True; fixed += a / 100
    # subscriptions
    nsub = r.choices([0, 1, 2, 3, 4, 5, 6], [15, 22, 22, 17, 12, 7, 5])[0]
    if prof == "pensioner": nsub = min(nsub, 2)
    for s in r.sample(SUBS, nsub):
        n, ams, meth = s
        a = r.choice(ams); mr_ = mref(r)
        it = add_item(c, cp=n, cat="subscription", amount=-a, rule="fixed", day=r.randint(1, 28), method=meth,
                      reffn=(lambda y, m, mr_=mr_, n=n: "%s Abo %s %02d/%d" % (n, mr_, m, y)) if meth == "dd" else None)
        it["riseable"] = True; fixed += a / 100
    # Apple: two different subscriptions under the same counterparty (confounder for price-rise)
    if r.random() < 0.18:
        a1, a2 = r.sample([99, 299, 999, 1099, 1299], 2)
        d1 = r.randint(1, 28)
        for a in (a1, a2):
            it = add_item(c, cp="APPLE.COM/BILL", cat="subscription", amount=-a, rule="fixed", day=d1 if r.random() < 0.5 else r.randint(1, 28), method="card")
            it["riseable"] = False
        c.notes["conf_same_merchant_two_subs"] += 1
        fixed += (a1 + a2) / 100
    # FX subscription (amount drifts with exchange rate)
    if r.random() < 0.12:
        n = r.choice(["OPENAI *CHATGPT SUBSCR", "MIDJOURNEY INC.", "PATREON* MEMBERSHIP", "GITHUB, INC."])
        it = add_item(c, cp=n, cat="subscription", amount=-r.choice([1859, 1049, 499, 935]), rule="fixed", day=r.randint(1, 28), method="card", fx=True)
        it["riseable"] = False; c.notes["conf_fx_subscription"] += 1
        fixed += 10
    if r.random() < 0.35:
        n, ams = r.choice(GYMS); mg_ = mref(r, "M")
        a = r.choice(ams)
        it = add_item(c, cp=n, cat="leisure" if "e.V." in n or "Volks" in n else "subscription", amount=-a, rule="fixed", day=r.choice([1, 15]), method="dd",
                      reffn=lambda y, m: "Mitgliedsbeitrag %s %02d/%d" % (mg_, m, y))
        it["riseable"] = True; fixed += a / 100
    if c.kids and r.random() < 0.4:   # two club mandates, same creditor, same amount (dup confounder)
        club = r.choice(["TSV 1860 Jugend e.V.", "Musikschule der Stadt", "SV Rot-Weiss e.V. Jugend", "Schwimmverein Delphin e.V."])
        fee = r.choice([1200, 1500, 2000, 2500])
        for kid in r.sample(["Lena", "Paul", "Mia", "Noah", "Emil", "Ella"], 2):
            mk = mref(r, "MB")
            add_item(c, cp=club, cat="leisure", amount=-fee, rule="fixed", day=15, method="dd",
                     reffn=lambda y, m, mk=mk, kid=kid: "MREF %s Beitrag %s %02d/%d" % (mk, kid, m, y))
        c.notes["conf_two_mandates_same_amount"] += 1
        fixed += 2 * fee / 100
    if c.kids and r.random() < 0.5:
        kita = "Stadt %s Kita-Beitraege" % c.city; mk = mref(r)
        a = r.randint(80, 400) * 100
        it = add_item(c, cp=kita, cat="other", amount=-a, rule="fixed", day=15, method="dd", reffn=lambda y, m: "Elternbeitrag %s %02d/%d" % (mk, m, y))
        it["riseable"] = True; fixed += a / 100
    if r.random() < 0.25:
        n = r.choice(["DB Vertrieb GmbH Deutschlandticket", "MVG Abo Deutschlandticket", "KVB Abo-Center"])
        it = add_item(c, cp=n, cat="transport", amount=-6300, rule="fixed", day=1, method="dd", reffn=lambda y, m: "Deutschlandticket %02d/%d Abo-Nr. 55%d" % (m, y, idx))
        it["riseable"] = False; fixed += 63
    if r.random() < 0.15:
        n = r.choice(["Aerzte ohne Grenzen e.V.", "UNICEF Deutschland", "SOS-Kinderdorf e.V.", "NABU", "Kath. Kirchengemeinde St. Maria"])
        a = r.choice([500, 1000, 2000, 2500, 5000])
        add_item(c, cp=n, cat="other", amount=-a, rule="fixed", day=r.choice([1, 15]), method="so", reffn=lambda y, m: "Spende Dauerauftrag")
        fixed += a / 100
    if r.random() < 0.12:
        n = r.choice(["Santander Consumer Bank AG", "Targobank AG", "Creditplus Bank AG", "Klarna Bank AB"])
        a = cents(logn(r, 160, 0.5)); ml = mref(r, "KR")
        add_item(c, cp=n, cat="other", amount=-a, rule="fixed", day=r.choice([1, 15, 28]), method="dd", reffn=lambda y, m: "Kredit %s Rate %02d/%d" % (ml, m, y))
        fixed += a / 100
    # savings standing order (category transfer, never a finding even when increased)
    own = "%s %s" % (c.first, c.last)
    c.own = own
    sav_amt = 0
    if income and not c.near_zero and r.random() < 0.55:
        sav_amt = cents(round(max(25, (income - fixed) * r.uniform(0.05, 0.25)), -1))
        it = add_item(c, cp=own if r.random() < 0.6 else r.choice(["Trade Republic Bank GmbH", "Scalable Capital", "ING Extra-Konto " + own]),
                      cat="transfer", amount=-sav_amt, rule="fixed", day=r.choice([1, 2, 28, 30]), method="so",
                      reffn=lambda y, m: r.choice(["Sparen", "Sparplan", "Umbuchung Tagesgeld", "Dauerauftrag Sparen"]))
        it["savings"] = True
        fixed += sav_amt / 100
    c.fixed = fixed
    # self-employed irregular income
    if prof == "selfemployed":
        clients = ["Weber Consulting GmbH", "Agentur Blaupause", "Mueller & Soehne KG", "Stadtwerke Marketing GmbH", "Privatpraxis Dr. Ilic"]
        d = START
        while d < SIM_END:
            d += D(r.randint(5, 30))
            inv = cents(logn(r, 2600, 0.6))
            c.plain(next_bd(d), inv, r.choice(clients), "other", "Rechnung RE-2026-%03d" % r.randint(1, 300), tag="irregular")
        for q in [(2026, 6, 10), (2026, 9, 10), (2026, 12, 10), (2027, 3, 10)]:
            c.plain(next_bd(dt.date(*q)), -cents(logn(r, 1400, 0.3)), "Finanzamt " + c.city, "other", "Steuernr. 217/5123/4411 ESt-Vorauszahlung", tag="tax")
        hi = cents(logn(r, 520, 0.2))
        add_item(c, cp="Techniker Krankenkasse", cat="insurance", amount=-hi, rule="fixed", day=15, method="dd", reffn=lambda y, m: "Beitrag freiwillig versichert %02d/%d" % (m, y))
        income = 2600 * 30 / 17.5 / 1.0
        c.income = income
        fixed += hi / 100
    for it in c.items:
        if it.get("xmas") or it.get("julyraise"):
            pass
        expand_item(c, it)
        if it.get("xmas"):
            for b in it["charges"]:
                if b["d"].month == 11: b["a"] = int(b["a"] * r.uniform(1.5, 2.0))
        if it.get("julyraise"):
            for b in it["charges"]:
                if b["d"] >= dt.date(2026, 7, 30): b["a"] = int(b["a"] * 1.0374)
    # salary raise (credit, confounder: not a price rise)
    if c.main_income and prof in ("employee", "dual") and r.random() < 0.15:
        for b in c.main_income["charges"]:
            if b["d"] >= dt.date(2026, 10, 25): b["a"] = int(b["a"] * 1.06)
        c.notes["conf_salary_raise"] += 1
    # ---- variable spending
    budget = max(220.0, income - fixed - (0 if c.near_zero else r.uniform(0.0, 0.12) * income))
    if c.near_zero: budget = max(220.0, (income - fixed) * r.uniform(0.98, 1.05))
    if prof == "selfemployed": budget = r.uniform(1200, 2500)
    gen_variable(c, budget)
    return c


def gen_variable(c, budget):
    r = c.r
    prof = c.prof
    groc = r.sample(GROC, r.choice([1, 2, 2, 3]))
    dr = r.choice(DRUG)
    eat = r.sample(DINING, r.choice([2, 3, 5]))
    fare_cp, fares = r.choice(TRANSPORT_FARE)
    fuel = r.sample(FUEL, 2)
    atm = r.choice(ATMS)
    stores = r.sample(STORE, r.choice([3, 5, 8]))
    online = r.sample(ONLINE, r.choice([1, 2, 3]))
    amz = r.sample(AMAZON, r.choice([1, 2, 3]))
    leis = r.sample(LEISURE, r.choice([1, 2, 4]))
    cashy = prof == "pensioner" and r.random() < 0.6 or r.random() < 0.12
    canteen = r.choice(CANTEEN) if prof in ("employee", "dual", "wealthy", "student") and r.random() < 0.35 else None
    bakery = r.choice(BAKERY) if r.random() < 0.3 else None
    bake_price = r.choice([195, 295, 340, 385, 410, 250])
    online_user = prof not in ("pensioner",) or r.random() < 0.3
    paypal = r.random() < 0.4
    wealthy = prof == "wealthy"
    k = {"groceries": 0.35 if prof == "pensioner" else 0.28, "dining": 0.15 if prof != "pensioner" else 0.04,
         "shop": 0.12 if online_user else 0.04, "store": 0.07, "leisure": 0.04, "transport": 0.02 if c.car else 0.10,
         "fuel": 0.11 if c.car else 0, "cash": 0.14 if cashy else 0.035}
    var_bk = []
    day = START - D(3)
    end = TODAY + D(1)
    while day <= end:
        wd = day.weekday()
        def add(at, amt, cp, cat, scal=True, noauth_ok=True):
            b = c.card(at, -amt, cp, cat, noauth_ok=noauth_ok); b["scal"] = scal; var_bk.append(b); return b
        if wd < 6 and r.random() < k["groceries"] * (1.4 if wd == 5 else 1):
            add(rtime(r, day, 8, 21), cents(logn(r, 32 if not wealthy else 60, 0.6)), r.choice(r.choice(groc)), "groceries")
        if r.random() < 0.05 and wd < 6:
            add(rtime(r, day, 9, 20), cents(logn(r, 14, 0.5)), dr, "shopping")
        if r.random() < k["dining"]:
            add(rtime(r, day, 11, 23), cents(logn(r, 16 if not wealthy else 45, 0.6)), r.choice(eat), "dining")
        if canteen and wd < 5 and r.random() < 0.55:
            add(rtime(r, day, 11, 14), r.choice([420, 510, 580, 640, 690]), canteen, "dining", scal=False)
        if bakery and r.random() < 0.45 and wd < 6:
            add(rtime(r, day, 6, 10), bake_price if r.random() < 0.7 else r.choice([150, 260, 480]), bakery, "groceries", scal=False)
        if r.random() < k["transport"]:
            if r.random() < 0.65 and not c.car:
                t = rtime(r, day, 6, 10); f = r.choice(fares)
                add(t, f, fare_cp, "transport", scal=False)
            else:
                add(rtime(r, day, 6, 23), cents(logn(r, 18, 0.7)), r.choice(TRANSPORT_VAR), "transport")
        if r.random() < k["fuel"]:
            add(rtime(r, day, 6, 22), cents(logn(r, 62, 0.25)), r.choice(fuel), "fuel")
        if r.random() < k["cash"]:
            amt = r.choice([2000, 5000, 5000, 10000, 10000, 15000, 20000]) if cashy else r.choice([2000, 5000, 5000, 10000])
            b = add(rtime(r, day, 7, 22), amt, atm, "cash", scal=False)
        if online_user and r.random() < k["shop"]:
            if paypal and r.random() < 0.3:
                shop = r.choice(online + ["eBay", "Etsy", "Kleinanzeigen"])
                bd = next_bd(day + D(r.choice([1, 2, 3])))
                amt = cents(logn(r, 30, 0.7))
                b = c.plain(bd, -amt, "PayPal Europe S.a.r.l. et Cie S.C.A", "shopping",
                            "10%d PP.%d.PP . %s, Ihr Einkauf bei %s" % (r.randint(10**10, 10**11), r.randint(1000, 9999), shop, shop))
                b["scal"] = True; var_bk.append(b)
            else:
                cp = r.choice(amz) if r.random() < 0.55 else r.choice(online)
                add(rtime(r, day, 0, 24), price_like(r, logn(r, 28 if not wealthy else 80, 0.8)), cp, "shopping")
        if r.random() < k["store"] and wd < 6:
            add(rtime(r, day, 10, 20), price_like(r, logn(r, 35 if not wealthy else 120, 0.7)), r.choice(stores), "shopping")
        if r.random() < k["leisure"]:
            add(rtime(r, day, 10, 23), price_like(r, logn(r, 18, 0.6)), r.choice(leis), "leisure")
        day += D(1)
    # Big pre-window purchases (set her "prior max"); trip in summer
    nbig = r.choice([0, 0, 1, 1, 2, 3]) if not c.near_zero else r.choice([0, 0, 1])
    for _ in range(nbig):
        d = START + D(r.randint(5, (UD_WIN - START).days - 40))
        amt = price_like(r, max(120, c.income * r.uniform(0.08, 0.45)) if c.income else r.uniform(200, 900))
        b = add(rtime(r, d, 9, 21), amt, r.choice(BIG), "shopping" if r.random() < 0.6 else "leisure")
        b["scal"] = False; b["big"] = True
    # scale variable spend to budget
    months = (TODAY - START).days / 30.4
    tot = sum(-b["a"] for b in var_bk if b["scal"] and START <= b["d"] <= TODAY)
    fixtot = sum(-b["a"] for b in var_bk if not b["scal"] and START <= b["d"] <= TODAY)
    want = budget * months * 100 - fixtot
    s = max(0.3, min(3.0, want / tot)) if tot > 0 else 1
    if s < 0.65:   # a tight budget means fewer purchases, not 3-EUR grocery baskets
        keep = s / 0.65
        for b in [b for b in var_bk if b["scal"]]:
            if r.random() > keep:
                var_bk.remove(b); c.bk.remove(b)
        s = 0.65
    for b in var_bk:
        if b["scal"]:
            b["a"] = -max(50, price_like(r, -b["a"] * s / 100) if -b["a"] * s > 2000 else int(-b["a"] * s))
    for b in list(var_bk):
        if b["cat"] == "shopping" and b["at"] is not None and r.random() < 0.06 and b["d"] < UD_WIN - D(25):
            rd = next_bd(b["d"] + D(r.randint(4, 20)))
            c.plain(rd, -b["a"], b["cp"], "refund", r.choice(["Erstattung Retoure", "Gutschrift Ruecksendung", "REFUND", "Rueckerstattung Bestellung"]), tag="refund")
    c.var_bk = var_bk


# ---------------------------------------------------------------- planting
def all_bookings(c, upto=TODAY):
    out = [b for b in c.bk if START <= b["d"] <= upto]
    for it in c.items:
        out += [b for b in it["charges"] if START <= b["d"] <= upto]
    return out


def disc_debits(c, lo=None, hi=None):
    res = []
    for b in all_bookings(c):
        if b["a"] < 0 and b["cat"] in DISC and not b.get("item") and not b.get("plant"):
            if (lo is None or b["d"] >= lo) and (hi is None or b["d"] < hi): res.append(b)
    return res


def riseable_items(c):
    res = []
    for it in c.items:
        if not it.get("riseable") or it["amount"] >= 0: continue
        ch = [b for b in it["charges"] if b["d"] >= START]
        if len(ch) < 4: continue
        res.append(it)
    return res


def new_price(r, it):
    a = -it["amount"]
    cat = it["cat"]
    if it["method"] == "card" or cat == "subscription":
        step = r.choice([100, 100, 200, 200, 300, 400, 500]) if a < 3000 else r.choice([500, 1000])
        return a + step
    if cat == "rent": return a + cents(round(a / 100 * r.uniform(0.03, 0.11), 0)) + r.choice([0, 50, 90])
    if cat == "utilities": return a + max(300, cents(round(a / 100 * r.uniform(0.08, 0.45), 0)))
    return a + max(100, cents(round(a / 100 * r.uniform(0.04, 0.18), 2)))


def plant_price_rise(c):
    r = c.r
    cands = []
    for it in riseable_items(c):
        win = [i for i, b in enumerate(it["charges"]) if PR_FROM <= b["d"] <= TODAY]
        prior = [b for b in it["charges"] if START <= b["d"] < PR_FROM - D(5)]
        if win and len(prior) >= 3 and not it.get("touched"): cands.append((it, win))
    if not cands: return False
    it, win = r.choice(cands)
    k = r.choice(win)
    newa = new_price(r, it)
    for b in it["charges"][k:]:
        b["a"] = -newa
    it["touched"] = True
    b = it["charges"][k]
    b["plant"] = "PRICE_RISE"
    c.findings.append({"kind": "PRICE_RISE", "merchant": it["cp"], "day": b["d"].isoformat()})
    c.notes["pr_" + it["cat"]] += 1
    return True


def conf_old_rise(c):
    r = c.r
    cands = []
    for it in riseable_items(c):
        if it.get("touched"): continue
        idx = [i for i, b in enumerate(it["charges"]) if dt.date(2026, 8, 1) <= b["d"] < OLD_RISE_BEFORE]
        pre = [b for b in it["charges"] if START <= b["d"] < dt.date(2026, 8, 1)]
        if idx and len(pre) >= 2: cands.append((it, idx))
    if not cands: return
    it, idx = r.choice(cands)
    k = r.choice(idx); newa = new_price(r, it)
    for b in it["charges"][k:]: b["a"] = -newa
    it["touched"] = True; c.notes["conf_old_price_rise"] += 1


def conf_price_drop(c):
    r = c.r
    cands = [it for it in riseable_items(c) if not it.get("touched") and any(PR_FROM <= b["d"] <= TODAY for b in it["charges"])]
    if not cands: return
    it = r.choice(cands)
    k = min(i for i, b in enumerate(it["charges"]) if PR_FROM <= b["d"] <= TODAY)
    a = -it["amount"]; newa = max(99, a - max(100, a // 10))
    for b in it["charges"][k:]: b["a"] = -newa
    it["touched"] = True; c.notes["conf_price_drop"] += 1


def conf_savings_increase(c):
    for it in c.items:
        if it.get("savings"):
            newa = it["amount"] * 2
            for b in it["charges"]:
                if b["d"] >= TODAY - D(35): b["a"] = newa
            c.notes["conf_savings_order_increased"] += 1
            return


def conf_new_sub(c):
    r = c.r
    have = {it["cp"] for it in c.items}
    opts = [s for s in SUBS if s[0] not in have and s[2] == "card"]
    n, ams, _ = r.choice(opts)
    it = add_item(c, cp=n, cat="subscription", amount=-r.choice(ams), rule="fixed", day=r.randint(1, 28), method="card",
                  start=TODAY - D(r.randint(5, 25)))
    it["riseable"] = False
    expand_item(c, it)
    c.notes["conf_new_subscription_in_window"] += 1


def plant_unusual(c):
    r = c.r
    prior = disc_debits(c, hi=UD_WIN)
    if not prior: return False
    pmax = max(-b["a"] for b in prior)
    amts = sorted(-b["a"] for b in prior); med = amts[len(amts) // 2]
    base = max(3 * pmax, 10 * med, 25000)
    amt = price_like(r, base * r.uniform(1.05, 2.2) / 100)
    d = UD_FROM + D(r.randint(0, 23))
    known = [b["cp"] for b in prior if b["cat"] == "shopping" and b["at"] is not None and "PayPal" not in b["cp"]]
    if known and r.random() < 0.25:
        cp = r.choice(known)
    else:
        cp = r.choice(UNUSUAL)
    cat = "shopping" if cp not in ("Binance", "Crypto.com", "Tipico Sportwetten", "Bwin Interactive", "Emirates Airline") else ("leisure" if "Emirates" in cp or "wett" in cp.lower() or "Bwin" in cp else "other")
    at = rtime(r, d, 0, 24)
    for _ in range(20):
        b = c.card(at, -amt, cp, cat, noauth_ok=False)
        if b["d"] <= TODAY: break
        c.bk.remove(b); at -= D(1)
    b["plant"] = "UNUSUAL_DEBIT"
    c.findings.append({"kind": "UNUSUAL_DEBIT", "merchant": cp, "day": b["d"].isoformat()})
    c.notes["ud_known_merchant" if cp in known else "ud_new_merchant"] += 1
    return True


def conf_unusual(c):
    """big-looking but in character, or big but old, or a transfer to own savings."""
    r = c.r
    prior = disc_debits(c, hi=UD_WIN)
    if not prior: return
    pmax = max(-b["a"] for b in prior)
    amts = sorted(-b["a"] for b in prior); med = amts[len(amts) // 2]
    kind = r.choice(["in_character", "old_big", "own_transfer", "own_transfer", "xmas_moderate"])
    if kind == "in_character" and pmax >= 6 * med and pmax > 8000:
        amt = price_like(r, pmax * r.uniform(0.55, 0.95) / 100)
        d = UD_FROM + D(r.randint(0, 24)); at = rtime(r, d, 9, 21)
        b = c.card(at, -amt, r.choice(BIG), "shopping", noauth_ok=False)
        if b["d"] > TODAY: c.bk.remove(b); return
        b["conf"] = "in_character"; c.notes["conf_big_but_in_character"] += 1
    elif kind == "old_big":
        amt = price_like(r, max(3 * pmax, 25000) * r.uniform(1.0, 1.6) / 100)
        d = TODAY - D(r.randint(48, 75)); at = rtime(r, d, 9, 21)
        b = c.card(at, -amt, r.choice(UNUSUAL), "shopping", noauth_ok=False)
        b["conf"] = "old_big"; c.notes["conf_big_purchase_older_than_30d"] += 1
    elif kind == "own_transfer":
        amt = cents(round(max(500, c.income * r.uniform(0.5, 3)), -2))
        d = next_bd(UD_FROM + D(r.randint(0, 24)))
        if d > TODAY: return
        c.plain(d, -amt, c.own if r.random() < 0.5 else "Tagesgeld " + c.own, "transfer", r.choice(["Umbuchung", "Uebertrag auf Tagesgeld", "Sparen Urlaub"]), tag="conf")
        c.notes["conf_large_transfer_to_own_savings"] += 1
    else:
        for _ in range(r.randint(2, 4)):
            amt = price_like(r, pmax * r.uniform(0.3, 0.9) / 100)
            d = UD_FROM + D(r.randint(0, 24)); at = rtime(r, d, 9, 21)
            b = c.card(at, -amt, r.choice(STORE + ["Spielwaren Kurtz", "Galeria", "Weihnachtsmarkt Stand 12"]), "shopping", noauth_ok=False)
            if b["d"] > TODAY: c.bk.remove(b)
        c.notes["conf_christmas_shopping_moderate"] += 1


def win_day(c, lo=UD_FROM, hi=TODAY - D(1)):
    return lo + D(c.r.randint(0, (hi - lo).days))


def plant_duplicate(c):
    r = c.r
    kind = r.choices(["acquirer", "doubleclick", "dd"], [40, 35, 25])[0]
    if kind == "dd":
        cands = [b for it in c.items if it["method"] == "dd" and it["amount"] < 0 and it["cat"] != "transfer"
                 for b in it["charges"] if UD_FROM <= b["d"] <= TODAY - D(1)]
        if not cands: kind = "acquirer"
        else:
            b = r.choice(cands)
            d2 = b["d"]
            for _ in range(r.choice([1, 1, 2, 3, 5])): d2 = next_bd(d2 + D(1))
            if d2 > TODAY: d2 = b["d"]
            nb = c.plain(d2, b["a"], b["cp"], b["cat"], b["ref"])
            nb["plant"] = "DUPLICATE_CHARGE"
            b["item"]["dupd"] = True
            c.findings.append({"kind": "DUPLICATE_CHARGE", "merchant": b["cp"], "day": d2.isoformat()})
            c.notes["dup_direct_debit_twice"] += 1
            return True
    if kind == "acquirer":
        cands = [b for b in all_bookings(c) if b["a"] < 0 and b["ar"] and UD_FROM <= b["d"] <= TODAY and not b.get("plant")
                 and b["cat"] in (DISC - {"cash"}) | {"subscription"} and not b.get("conf")]
        if not cands: kind = "doubleclick"
        else:
            b = r.choice(cands)
            d2 = b["d"] if r.random() < 0.3 else (next_bd(b["d"] + D(1)) if not c.neo else b["d"] + D(1))
            if d2 > TODAY: d2 = b["d"]
            nb = dict(b); nb["d"] = d2; nb.pop("item", None); nb["plant"] = "DUPLICATE_CHARGE"
            c.bk.append(nb)
            c.findings.append({"kind": "DUPLICATE_CHARGE", "merchant": b["cp"], "day": d2.isoformat()})
            c.notes["dup_acquirer_same_authref"] += 1
            return True
    cp = r.choice(AMAZON[:2] + ["Zalando SE", "Lieferando.de", "DB Fernverkehr AG", "Eventim", "Ryanair", "OTTO GmbH", "Temu.com", "FlixBus", "Apotheke.de"])
    cat = {"Lieferando.de": "dining", "DB Fernverkehr AG": "transport", "Ryanair": "transport", "FlixBus": "transport", "Eventim": "leisure"}.get(cp, "shopping")
    amt = min(price_like(r, logn(r, 45, 0.6)), int(prior_max(c) * 0.9))
    for _ in range(30):
        d = win_day(c); at = rtime(r, d, 7, 23)
        lag = r.choice([0, 1, 1]) if not c.neo else 0
        b1 = c.card(at, -amt, cp, cat, noauth_ok=False, lag=lag)
        at2 = at + D(seconds=r.randint(3, 240))
        b2 = c.card(at2, -amt, cp, cat, noauth_ok=False, lag=lag + (1 if r.random() < 0.25 else 0))
        if b2["d"] <= TODAY and b1["d"] >= UD_FROM - D(2): break
        c.bk.remove(b1); c.bk.remove(b2)
    else:
        return False
    b2["plant"] = "DUPLICATE_CHARGE"; b1["conf"] = "dupfirst"
    c.findings.append({"kind": "DUPLICATE_CHARGE", "merchant": cp, "day": b2["d"].isoformat()})
    c.notes["dup_double_click"] += 1
    return True


def prior_max(c):
    prior = disc_debits(c, hi=UD_WIN)
    return max([-b["a"] for b in prior] + [1000])


def conf_dups(c):
    r = c.r
    pm = prior_max(c)
    for kind in r.sample(["cinema", "canteen", "busfare", "topup", "refund_recharge", "two_merchants", "parking", "atm"], r.choice([1, 2, 3])):
        d = win_day(c, UD_FROM, TODAY - D(2))
        if kind == "cinema":
            cp = r.choice(["CinemaxX", "UCI Kinowelt", "Cineplex", "Odeon Kino"]); amt = r.choice([1150, 1290, 1390, 1050])
            t1 = rtime(r, d, 13, 17); t2 = t1 + D(minutes=r.randint(120, 300)); cat = "leisure"
        elif kind == "canteen":
            cp = r.choice(CANTEEN); amt = r.choice([420, 580, 640]); d = next_bd(d)
            t1 = rtime(r, d, 11, 12); t2 = t1 + D(minutes=r.randint(130, 200)); cat = "dining"
        elif kind == "busfare":
            cp, fares = r.choice(TRANSPORT_FARE); amt = fares[0]
            t1 = rtime(r, d, 7, 10); t2 = t1 + D(hours=r.randint(6, 10), minutes=r.randint(0, 59)); cat = "transport"
        elif kind == "topup":
            cp = r.choice(["ALDI TALK Aufladung", "Lebara Mobile", "Lyca Mobile Aufladung", "PAYSAFECARD"]); amt = r.choice([1500, 2000])
            t1 = rtime(r, d, 19, 23); t2 = t1 + D(hours=r.randint(10, 13)); cat = "other"
        elif kind == "parking":
            cp = r.choice(["APCOA PARKING", "Contipark Parkhaus Altstadt", "Q-Park"]); amt = r.choice([400, 600, 350])
            t1 = rtime(r, d, 8, 11); t2 = t1 + D(hours=r.randint(3, 7)); cat = "transport"
        elif kind == "atm":
            cp = r.choice(ATMS); amt = r.choice([5000, 10000, 2000])
            t1 = rtime(r, d, 8, 11); t2 = t1 + D(hours=r.randint(4, 10)); cat = "cash"
        elif kind == "two_merchants":
            amt = min(price_like(r, logn(r, 25, 0.4)), int(pm * 0.9))
            t1 = rtime(r, d, 9, 13); t2 = t1 + D(minutes=r.randint(30, 400))
            m1, m2 = r.sample(STORE + DINING, 2)
            b1 = c.card(t1, -amt, m1, "shopping", noauth_ok=False); b2 = c.card(t2, -amt, m2, "shopping", noauth_ok=False)
            b1["conf"] = b2["conf"] = kind
            c.notes["conf_dup_same_amount_two_merchants"] += 1; continue
        else:  # refund then new charge
            cp = r.choice(["Zalando SE", AMAZON[0], "ABOUT YOU SE", "Deichmann", "Decathlon"]); amt = min(price_like(r, logn(r, 60, 0.4)), int(pm * 0.9))
            d0 = UD_FROM + D(r.randint(0, 8)); t1 = rtime(r, d0, 9, 22)
            b1 = c.card(t1, -amt, cp, "shopping", noauth_ok=False)
            rd = next_bd(b1["d"] + D(r.randint(3, 7)))
            c.plain(rd, amt, cp, "refund", "Gutschrift Retoure %d" % r.randint(100000, 999999))["conf"] = kind
            t2 = rtime(r, rd + D(r.randint(0, 3)), 9, 22)
            b2 = c.card(t2, -amt, cp, "shopping", noauth_ok=False)
            b1["conf"] = b2["conf"] = kind
            if b2["d"] > TODAY: c.bk.remove(b2)
            c.notes["conf_dup_refund_then_recharge"] += 1; continue
        if amt > pm: amt = max(100, int(pm * 0.8) // 10 * 10)
        b1 = c.card(t1, -amt, cp, cat, noauth_ok=False); b2 = c.card(t2, -amt, cp, cat, noauth_ok=False)
        b1["conf"] = b2["conf"] = kind
        c.notes["conf_dup_" + kind] += 1


# ---------------------------------------------------------------- checks
def window_cap(c):
    """no accidental unusual debits in the window: cap everyday spend at 1.5x her pre-window maximum."""
    prior = disc_debits(c, hi=UD_WIN)
    pmax = max([-b["a"] for b in prior] + [1000])
    for b in all_bookings(c, TODAY + D(10)):
        if b["d"] >= UD_WIN and b["a"] < 0 and b["cat"] in DISC and not b.get("item") and not b.get("plant") and not b.get("conf"):
            lim = int(pmax * 1.5)
            if -b["a"] > lim:
                b["a"] = -price_like(c.r, lim * c.r.uniform(0.5, 0.9) / 100)
                c.notes["capped_window_spend"] += 1


def window_fix(c):
    """keep the unlabelled part clean: no accidental duplicates, no accidental unusual debits."""
    bks = all_bookings(c)
    # accidental duplicates
    w = sorted([b for b in bks if b["d"] >= UD_WIN - D(3) and b["a"] < 0], key=lambda b: (b["d"], b["at"] or dt.datetime.min))
    for i, b in enumerate(w):
        for b2 in w[i + 1:]:
            if b2["d"] > b["d"] + D(8): break
            if b2["cp"] != b["cp"] or b2["a"] != b["a"]: continue
            if b2.get("plant") == "DUPLICATE_CHARGE" or b.get("plant") == "DUPLICATE_CHARGE": continue
            close = (b["ar"] and b["ar"] == b2["ar"]) or (b["ref"] and b["ref"] == b2["ref"] and not b["at"]) or \
                    (b["at"] and b2["at"] and abs((b2["at"] - b["at"]).total_seconds()) < 3600)
            if close:
                b2["a"] -= c.r.randint(3, 97)   # make it a different amount
                c.notes["fixed_accidental_dup"] += 1


def balance_drift(c):
    """households do not drift by thousands: surplus goes to savings, deficits are topped up from savings/family."""
    r = c.r
    total = sum(b["a"] for b in all_bookings(c) if not (b.get("plant") or b.get("conf") or b.get("tag") == "conf"))
    per_m = total / ((TODAY - START).days / 30.44)
    if abs(per_m) < 6000: return
    amt = int(round(abs(per_m) * r.uniform(0.85, 1.0), -3))
    day = r.choice([1, 2, 3, 16, 28])
    if per_m > 0:
        ex = [it for it in c.items if it.get("savings") and it["amount"] < 0]
        if ex:
            for b in ex[0]["charges"]: b["a"] -= amt
            ex[0]["amount"] -= amt
            c.notes["drift_savings_order_raised_whole_history"] += 1
            return
        cp = r.choice([c.own, "ING Extra-Konto " + c.own, "Tagesgeld " + c.own, "Trade Republic Bank GmbH", "DKB Tagesgeld " + c.own])
        it = add_item(c, cp=cp, cat="transfer", amount=-amt, rule="fixed", day=day, method="so", start=START,
                      reffn=lambda y, m: r.choice(["Sparen", "Umbuchung", "Dauerauftrag Sparen", "Sparrate %02d/%d" % (m, y)]))
        c.notes["drift_monthly_savings_order"] += 1
    else:
        if c.prof in ("student", "benefits") or c.near_zero:
            cp = "%s %s" % (r.choice(["Brigitte", "Hans", "Monika", "Ahmet", "Elena", "Gerd"]), r.choice(LAST + [c.last] * 5))
            ref = r.choice(["Fuer dich", "Unterstuetzung", "Zuschuss Miete", "Von Mama"])
        else:
            cp = r.choice([c.own, "Tagesgeld " + c.own, "Festgeld " + c.own])
            ref = r.choice(["Umbuchung", "Uebertrag vom Tagesgeld", "Entnahme Tagesgeld"])
        it = add_item(c, cp=cp, cat="transfer", amount=amt, rule="fixed", day=day, method="so", start=START, reffn=lambda y, m: ref)
        c.notes["drift_monthly_topup_transfer_in"] += 1
    it["savings"] = True
    expand_item(c, it)


def simulate(c, bal, rate, until):
    fut = {}
    for it in c.items:
        for b in it["charges"]:
            if TODAY < b["d"] < until: fut[b["d"]] = fut.get(b["d"], 0) + b["a"]
    for b in c.bk:
        if TODAY < b["d"] < until and (b.get("tag") in ("tax", "irregular")): fut[b["d"]] = fut.get(b["d"], 0) + b["a"]
    mn = bal; d = TODAY + D(1)
    while d < until:
        bal += fut.get(d, 0) - rate
        mn = min(mn, bal); d += D(1)
    return mn


def decide_lbf(c):
    r = c.r
    hist = all_bookings(c)
    cur0 = sum(b["a"] for b in hist)
    rec = [b for b in disc_debits(c, lo=TODAY - D(91)) if not b.get("conf")]
    rec += [b for b in c.bk if b.get("conf") and b["a"] < 0 and TODAY - D(91) <= b["d"] <= TODAY and b["cat"] in DISC]
    rate = -sum(b["a"] for b in rec) / 91.0
    c.rate = rate
    if not c.main_income:
        c.open = cents(logn(r, 15000, 0.6)) - min(0, int(min(cumulative(c))))
        return
    nxt = min(b["d"] for b in c.main_income["charges"] if b["d"] > TODAY)
    c.next_income = nxt
    lo = simulate(c, cur0, rate * 0.7, nxt)     # frugal
    hi = simulate(c, cur0, rate * 1.5, nxt)     # generous spending
    p = {"benefits": .45, "student": .4, "wealthy": .02}.get(c.prof, .2)
    if c.near_zero: p = 0.6
    soon = (nxt - TODAY).days <= 4
    if soon: p = 0
    inc = c.main_income["amount"]
    if r.random() < p:
        target = -cents(r.uniform(40, max(60, min(700, inc / 100 * 0.35))))
        shift = target - lo
        c.findings.append({"kind": "LOW_BALANCE_FORECAST"})
        c.notes["lbf_positive"] += 1
    else:
        if c.prof == "wealthy": target = cents(logn(r, 25000, 0.8))
        elif c.near_zero: target = cents(r.uniform(40, 400))
        else: target = cents(logn(r, 1500, 0.9)) + 4000
        shift = target - hi
        if soon:
            shift = max(shift, -cur0 + cents(r.uniform(5, 150)))
            c.notes["conf_low_balance_income_in_%dd" % (nxt - TODAY).days] += 1
    c.open = shift
    c.lbf_check = (lo + shift, hi + shift, cur0 + shift)


def cumulative(c):
    s = 0; out = [0]
    for b in sorted(all_bookings(c), key=lambda b: b["d"]):
        s += b["a"]; out.append(s)
    return out


def main():
    rng = random.Random(SEED)
    fh = open(os.path.join(OUT, "histories.jsonl"), "w", encoding="utf-8")
    fl = open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8")
    stats = Counter(); kinds = Counter(); nfind = Counter(); nbook = 0
    for i in range(1, N + 1):
        r = random.Random(rng.getrandbits(64))
        c = gen_customer(i, r)
        window_cap(c)
        # planting
        if r.random() < 0.25: plant_price_rise(c) and (r.random() < 0.08 and plant_price_rise(c))
        if r.random() < 0.30: conf_old_rise(c)
        if r.random() < 0.12: conf_price_drop(c)
        if r.random() < 0.10: conf_savings_increase(c)
        if r.random() < 0.12: conf_new_sub(c)
        if r.random() < 0.45: conf_dups(c)
        if r.random() < 0.24: plant_duplicate(c)
        if r.random() < 0.24: plant_unusual(c)
        elif r.random() < 0.45: conf_unusual(c)
        window_fix(c)
        balance_drift(c)
        decide_lbf(c)
        hist = sorted(all_bookings(c), key=lambda b: (b["d"], b["at"] or dt.datetime.combine(b["d"], dt.time(6, 0)), b["cp"]))
        bal = c.open + sum(b["a"] for b in hist)
        rec = {"id": "h-%05d" % i, "today": TODAY.isoformat(), "account_last4": "%04d" % r.randint(0, 9999), "currency": "EUR",
               "balance": fmt(bal),
               "bookings": [{"booked_on": b["d"].isoformat(), "amount": fmt(b["a"]), "counterparty": b["cp"], "category": b["cat"],
                             "reference": b["ref"], "authorised_at": b["at"].isoformat() if b["at"] else None,
                             "authorisation_ref": b["ar"]} for b in hist]}
        nbook += len(hist)
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"id": rec["id"], "findings": c.findings}, ensure_ascii=False) + "\n")
        stats.update(c.notes); stats["profile_" + c.prof] += 1
        if c.near_zero: stats["near_zero_persona"] += 1
        ks = set()
        for f in c.findings: kinds[f["kind"]] += 1; ks.add(f["kind"])
        for k in ks: stats["customers_with_" + k] += 1
        nfind[len(c.findings)] += 1
    fh.close(); fl.close()
    json.dump({"labels_per_kind": kinds, "findings_per_customer": {str(k): v for k, v in sorted(nfind.items())},
               "bookings": nbook, "notes": dict(sorted(stats.items()))}, open(os.path.join(OUT, "gen_stats.json"), "w"), indent=1)
    print(kinds, nbook)


if __name__ == "__main__":
    main()
