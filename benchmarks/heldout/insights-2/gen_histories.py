#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Held-out evaluation set ("heldout2") for the account-insights product.

Writes, next to this file:
  histories.jsonl  one customer per line (account bookings, today's balance)
  labels.jsonl     the findings the product should report, same ids / order
  gen_stats.json   counts of everything planted (findings and confounders)

Deterministic: fixed seed, one random.Random per customer, no set/dict-order
dependence, no clock.  Python 3 standard library only.

See README.md for the definitions used to decide every label.
"""
import json
import math
import os
import random
import sys
from datetime import date, datetime, timedelta

SEED = 4_2026_1207
N_CUSTOMERS = 3000
TODAY = date(2026, 12, 7)
PR_FROM = TODAY - timedelta(days=34)    # 2026-11-03: first higher charge window (35 days incl. today)
W30_FROM = TODAY - timedelta(days=29)   # 2026-11-08: unusual / duplicate window (30 days incl. today)
HERE = os.path.dirname(os.path.abspath(__file__))
D1 = timedelta(days=1)

# ----------------------------------------------------------------------------------------------
# calendar
# ----------------------------------------------------------------------------------------------
# German nationwide public holidays + 24/31 Dec (banks do not book) in the relevant range.
HOL = {date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 14),
       date(2026, 5, 25), date(2026, 10, 3), date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 26),
       date(2026, 12, 31), date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29)}
SHOP_CLOSED = {date(2026, 5, 1), date(2026, 5, 14), date(2026, 5, 25), date(2026, 10, 3)}
_BD = {}


def is_bd(d):
    v = _BD.get(d)
    if v is None:
        v = d.weekday() < 5 and d not in HOL
        _BD[d] = v
    return v


def next_bd(d):
    while not is_bd(d):
        d += D1
    return d


def prev_bd(d):
    while not is_bd(d):
        d -= D1
    return d


def add_bd(d, n):
    d = next_bd(d)
    for _ in range(n):
        d = next_bd(d + D1)
    return d


def dim(y, m):
    if m == 2:
        return 29 if y % 4 == 0 else 28
    return 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30


def last_bd(y, m):
    return prev_bd(date(y, m, dim(y, m)))


def add_m(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


MONAT = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
         'Oktober', 'November', 'Dezember']


def fmt(c):
    s = '-' if c < 0 else ''
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"


def eur(c):  # German display for free text
    return f"{c // 100},{c % 100:02d}"


# ----------------------------------------------------------------------------------------------
# catalogues
# ----------------------------------------------------------------------------------------------
FIRST_F = ["Anna", "Maria", "Sophie", "Laura", "Julia", "Lena", "Sarah", "Katharina", "Lisa", "Hannah",
           "Emma", "Mia", "Lea", "Johanna", "Claudia", "Sabine", "Petra", "Monika", "Andrea", "Birgit",
           "Ursula", "Renate", "Karin", "Gabriele", "Stefanie", "Nicole", "Melanie", "Jana", "Nina", "Ayse",
           "Elif", "Olga", "Natalia", "Fatma", "Marta", "Ingrid", "Helga", "Christa", "Sandra", "Tanja",
           "Franziska", "Carina", "Vanessa", "Svetlana", "Agnieszka", "Leonie", "Marie", "Charlotte"]
FIRST_M = ["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Alexander", "Daniel", "Jan",
           "Tobias", "Lukas", "Felix", "Jonas", "Leon", "Paul", "Peter", "Klaus", "Jürgen", "Wolfgang",
           "Dieter", "Uwe", "Frank", "Sven", "Marco", "Mehmet", "Ali", "Murat", "Piotr", "Sergej", "Dmitri",
           "Hans", "Günter", "Horst", "Manfred", "Florian", "Maximilian", "Niklas", "Tim", "Kevin", "Dennis"]
FIRST_ALL = FIRST_F + FIRST_M
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
        "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
        "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger",
        "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon",
        "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger",
        "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Dietrich",
        "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold",
        "Pfeiffer", "Yilmaz", "Kaya", "Demir", "Öztürk", "Nowak", "Kowalski", "Popescu", "Nguyen", "Ivanov"]
IT = ["Da Mario", "Bella Italia", "La Piazza", "Toscana", "Da Vinci", "Il Gabbiano", "Roma", "Napoli",
      "La Gondola", "Pinocchio", "Sole Mio", "Da Luigi", "Venezia", "Dolce Vita"]
ASIA = ["Saigon", "Hanoi", "Mekong", "Lotus", "Bambus", "Golden Dragon", "Jade", "Asia Wok", "Pho Viet"]
TR = ["Antalya", "Bosporus", "Istanbul", "Kebab Haus", "Mevlana", "Ali Baba", "Ankara", "Efes"]
PLACE = ["Markt", "Rathaus", "Bahnhof", "Dom", "Park", "Ring", "Stadttor", "Lindenplatz"]

CITIES = [
    ("Berlin", "BVG", "Vattenfall Europe Sales GmbH"), ("Hamburg", "HVV", "Hamburger Energiewerke GmbH"),
    ("München", "MVG", "SWM Versorgungs GmbH"), ("Köln", "KVB", "RheinEnergie AG"),
    ("Frankfurt am Main", "RMV", "Mainova AG"), ("Stuttgart", "SSB", "Stadtwerke Stuttgart GmbH"),
    ("Düsseldorf", "Rheinbahn", "Stadtwerke Düsseldorf AG"), ("Leipzig", "LVB", "Leipziger Stadtwerke"),
    ("Dortmund", "DSW21", "DEW21 Dortmunder Energie- und Wasserversorgung"), ("Essen", "Ruhrbahn", "Stadtwerke Essen AG"),
    ("Bremen", "BSAG", "swb Vertrieb Bremen GmbH"), ("Dresden", "DVB", "SachsenEnergie AG"),
    ("Hannover", "üstra", "enercity AG"), ("Nürnberg", "VAG", "N-ERGIE Aktiengesellschaft"),
    ("Duisburg", "DVG", "Stadtwerke Duisburg AG"), ("Bochum", "Bogestra", "Stadtwerke Bochum GmbH"),
    ("Wuppertal", "WSW", "WSW Energie & Wasser AG"), ("Bielefeld", "moBiel", "Stadtwerke Bielefeld GmbH"),
    ("Bonn", "SWB Bus und Bahn", "Stadtwerke Bonn GmbH"), ("Münster", "Stadtwerke Münster", "Stadtwerke Münster GmbH"),
    ("Mannheim", "rnv", "MVV Energie AG"), ("Karlsruhe", "KVV", "Stadtwerke Karlsruhe GmbH"),
    ("Augsburg", "swa", "Stadtwerke Augsburg Energie GmbH"), ("Wiesbaden", "ESWE Verkehr", "ESWE Versorgungs AG"),
    ("Kiel", "KVG", "Stadtwerke Kiel AG"), ("Freiburg", "VAG Freiburg", "badenova AG & Co. KG"),
    ("Rostock", "RSAG", "Stadtwerke Rostock AG"), ("Erfurt", "EVAG", "SWE Energie GmbH"),
    ("Kassel", "KVG Kassel", "Städtische Werke AG"), ("Regensburg", "RVV", "REWAG Regensburger Energie"),
    ("Göttingen", "GöVB", "Stadtwerke Göttingen AG"), ("Osnabrück", "Stadtwerke Osnabrück", "Stadtwerke Osnabrück AG"),
    ("Würzburg", "WVV", "WVV Würzburger Versorgungs- und Verkehrs-GmbH"), ("Lüneburg", "KVG", "Avacon AG"),
    ("Bamberg", "Stadtwerke Bamberg", "Stadtwerke Bamberg GmbH"), ("Pforzheim", "SVP", "Stadtwerke Pforzheim GmbH & Co. KG"),
    ("Gießen", "SWG", "Stadtwerke Gießen AG"), ("Neuss", "Stadtwerke Neuss", "Stadtwerke Neuss Energie und Wasser GmbH"),
    ("Halle (Saale)", "HAVAG", "EVH GmbH"), ("Magdeburg", "MVB", "Städtische Werke Magdeburg GmbH & Co. KG"),
]
NATIONAL_ENERGY = ["E.ON Energie Deutschland GmbH", "Vattenfall Europe Sales GmbH", "EnBW Energie Baden-Württemberg AG",
                   "Octopus Energy Germany GmbH", "Yello Strom GmbH", "LichtBlick SE", "Naturstrom AG",
                   "Tibber Deutschland GmbH", "eprimo GmbH", "Stromio GmbH", "Polarstern GmbH", "ExtraEnergie GmbH"]
BANKS = ["Sparkasse", "Volksbank", "Deutsche Bank", "Commerzbank", "Postbank", "HypoVereinsbank", "Targobank"]

GROC = [
    (["REWE Markt GmbH", "REWE SAGT DANKE. {n5}", "REWE {city}", "REWE Markt GmbH-Zw.{n4}"], 1.0),
    (["EDEKA {last}", "EDEKA SAGT DANKE {n4}", "E center {last} {city}", "EDEKA Markt {last} e.K."], 1.0),
    (["ALDI SUED SAGT DANKE", "ALDI SÜD {n3}", "ALDI GmbH & Co. KG {city}"], 0.8),
    (["ALDI Nord {n4}", "ALDI SAGT DANKE", "ALDI GmbH + Co. KG {n3}"], 0.8),
    (["Lidl sagt Danke", "LIDL DIENSTL. {n4}", "Lidl {n4} {city}", "LIDL GMBH & CO. KG"], 1.0),
    (["Kaufland {n4}", "KAUFLAND DANKT {n4}", "Kaufland Warenhandel {city}"], 0.7),
    (["NETTO MARKEN-DISCOUNT", "Netto Marken-Discount {n4}", "NETTO SAGT DANKE"], 0.7),
    (["PENNY SAGT DANKE", "PENNY {n4}", "PENNY Markt GmbH"], 0.6),
    (["tegut... {city}", "tegut gute Lebensmittel {n4}"], 0.15),
    (["GLOBUS SB-Warenhaus {city}", "Globus Markthallen"], 0.2),
    (["denn's Biomarkt {city}", "DENNS BIOMARKT {n4}"], 0.2),
    (["Alnatura {city}", "Alnatura Produktions- und Handels GmbH"], 0.15),
    (["NORMA {n4}", "Norma Lebensmittelfilialbetrieb"], 0.2),
    (["Bolu Supermarkt {city}", "Asia Markt {city}", "Mix Markt {city}"], 0.2),
]
DRUG = [["dm-drogerie markt", "dm fil.{n4} {city}", "DM DROGERIE MARKT {n4}"],
        ["ROSSMANN {n4}", "Dirk Rossmann GmbH", "ROSSMANN SAGT DANKE"],
        ["Mueller Handels GmbH", "Müller Drogerie {city}"], ["BUDNIKOWSKY {n3}"]]
BAKERY = ["Bäckerei {last}", "BACKWERK {city}", "Kamps Backstube {n3}", "Bäckerei {last} GmbH", "Backhaus {last}",
          "Le Crobag {city} Hbf", "Ditsch {city}", "Steinecke Backwaren {n3}", "Ihr Bäcker Schüren", "Bäckerei Junge"]
CAFE = ["Starbucks {city}", "Coffee Fellows {city}", "Café {last}", "Balzac Coffee {n3}", "Tchibo Filiale {n4}",
        "EINSTEIN KAFFEE", "Woyton {city}", "Espresso House {n4}"]
REST = ["Pizzeria {it}", "Ristorante {it}", "{asia} Asia Imbiss", "McDonalds {n5}", "MCDONALDS RESTAURANT {n4}",
        "BURGER KING {n5}", "Vapiano {city}", "L'Osteria {city}", "Block House {city}", "{tr} Döner",
        "Hans im Glück {city}", "Subway {n5}", "dean&david {city}", "KFC {n4}", "Gasthaus {last}",
        "Brauhaus {last}", "Restaurant Olympia", "Sushi Circle {city}", "Thai Orchid {city}", "Nordsee {n4}"]
DELIV = ["LIEFERANDO.DE", "Lieferando.de Amsterdam", "WOLT", "UBER *EATS", "Domino's Pizza {city}"]
FUEL = ["ARAL Station {n4}", "Aral Tankstelle {city}", "Shell {n5}", "SHELL DEUTSCHLAND OIL {n4}",
        "TotalEnergies Station {n4}", "JET {n4} {city}", "ESSO STATION {n5}", "AVIA Tankstelle {city}",
        "Star Tankstelle {n4}", "HEM Tankstelle {city}", "Agip {n4}", "bft Tankstelle {last}"]
TRANSPORT = ["DB Vertrieb GmbH", "DB Fernverkehr AG", "DB BAHN A-NR {n6}", "{transit} Fahrkartenautomat",
             "{transit} Ticket App", "FlixBus", "UBER *TRIP", "FREENOW", "Lime*Ride", "TIER Mobility"]
PARKING = ["APCOA Parking {city}", "Contipark {city}", "EasyPark GmbH", "PARK ONE {n3}", "Q-Park {city}"]
CLOTHES = ["H&M {n4}", "PRIMARK {city}", "C&A {city}", "TK Maxx {city}", "Deichmann {n4}", "SNIPES {city}",
           "Peek & Cloppenburg {city}", "Galeria {city}", "Zara {city}", "NEW YORKER {n4}", "Takko Fashion {n4}",
           "KiK {n4}", "Decathlon {city}"]
ONLINE = ["AMZN Mktp DE*{code}", "Amazon.de*{code}", "ZALANDO SE", "OTTO (GmbH & Co KG)", "ABOUT YOU SE",
          "TEMU.COM", "SHEIN.COM", "eBay O*{code}", "Etsy.com", "Vinted", "GOOGLE *Google Play", "Steam Purchase",
          "Thomann GmbH", "bonprix", "Tchibo.de", "Flaschenpost SE", "Shop Apotheke"]
PAYPAL_M = ["Zalando SE", "eBay GmbH", "Vinted UAB", "Otto GmbH & Co KG", "Lieferando.de", "Tchibo GmbH",
            "MediaMarkt E-Business GmbH", "Deutsche Bahn AG", "Ticketmaster", "Etsy Ireland UC", "JD Sports",
            "ABOUT YOU SE & Co. KG", "Thalia Bücher GmbH", "Fressnapf Tiernahrungs GmbH", "DocMorris N.V.",
            "Flaschenpost SE", "Kleinanzeigen", "IKEA Deutschland", "Hermes Germany GmbH", "Uber BV",
            "Wish.com", "AliExpress", "Douglas GmbH", "Decathlon Deutschland"]
ELEC = ["MediaMarkt {city}", "Saturn {city}", "Cyberport GmbH", "notebooksbilliger.de", "Apple Store {city}",
        "expert {city}", "EURONICS {last}", "Conrad Electronic"]
HOME = ["IKEA Deutschland {city}", "OBI Markt {city}", "Hornbach {city}", "BAUHAUS {city}", "toom Baumarkt {n3}",
        "XXXLutz {city}", "Poco Einrichtungsmarkt", "JYSK {n4}", "Depot {city}", "Möbel Höffner", "Roller {city}",
        "porta Möbel", "Westwing GmbH"]
HEALTH = ["{last} Apotheke", "Apotheke am {place}", "Fielmann {n4}", "Apollo-Optik {city}", "Sanitätshaus {last}",
          "Linden-Apotheke", "Stern-Apotheke {city}"]
LEISURE = ["CinemaxX {city}", "Cineplex {city}", "UCI Kinowelt", "EVENTIM", "Thalia {city}", "Hugendubel {city}",
           "Zoo {city}", "Stadtbad {city}", "Kletterhalle {city}", "Bowling Center {city}", "Museum {city}",
           "Friseur {last}", "Barber Shop {tr}", "Blumen {last}", "Tabak {last}", "Kiosk {tr}"]
PETS = ["Fressnapf {city}", "zooplus SE", "Das Futterhaus {n3}", "Tierarztpraxis Dr. {last}"]
ATM = ["GA Sparkasse {city}", "Geldautomat Volksbank {city}", "Deutsche Bank GA {city}", "Commerzbank GAA {n4}",
       "Postbank GA {city}", "HypoVereinsbank {city}", "Cash Group ATM {n4}", "Euronet ATM {city}"]
XMAS = ["Thalia {city}", "Spielwaren {last}", "LEGO Store {city}", "Douglas {city}", "Galeria {city}", "myToys.de",
        "Smyths Toys {city}", "Hussel Confiserie", "Nanu-Nana {city}", "Butlers {city}", "Rituals {city}",
        "Lush {city}", "Weihnachtsmarkt {city}", "Hugendubel {city}", "Jako-o", "Tausendkind"]
XMAS_SMALL = ["Glühweinstand {last}", "Weihnachtsmarkt {city} Stand {n3}", "Crêpes & Waffeln {last}",
              "Mandelbrennerei {last}"]
EMPLOYERS = ["Robert Bosch GmbH", "Siemens AG", "Deutsche Post AG", "Kaufland Dienstleistung GmbH & Co. KG",
             "REWE Markt GmbH", "Helios Kliniken GmbH", "Stadt {city}", "Land Nordrhein-Westfalen LBV",
             "Landesamt für Finanzen Bayern", "Schreinerei {last} GmbH", "{last} & Partner Steuerberatung",
             "AOK {city}", "Allianz Deutschland AG", "SAP SE", "Volkswagen AG", "Lufthansa Technik AG",
             "DB Regio AG", "Edeka Handelsgesellschaft", "Caritasverband {city} e.V.", "Evangelische Kirche {city}",
             "Ambulanter Pflegedienst {last}", "{last} Logistik GmbH", "Zahnarztpraxis Dr. {last}",
             "{last} Elektrotechnik GmbH", "BASF SE", "Deutsche Telekom AG", "IKEA Deutschland GmbH & Co. KG",
             "McDonald's Deutschland LLC", "Amazon Logistik {city} GmbH", "Universitätsklinikum {city}",
             "Kita-Verbund {city} gGmbH", "Autohaus {last} GmbH", "Bäckerei {last} GmbH", "Hotel {last} KG",
             "Software {last} GmbH", "Personaldienstleister Randstad Deutschland", "Adecco Personaldienstleistungen"]
CLIENTS = ["{last} Consulting GmbH", "Agentur {last}", "{last} Immobilien GmbH", "Stadtwerke {city}",
           "Verlag {last} KG", "Praxis Dr. {last}", "{last} Bau GmbH", "Architekturbüro {last}",
           "Media Solutions GmbH", "{last} & Söhne OHG", "Fotostudio {last}", "Eventservice {last}",
           "Hausverwaltung {last}", "Kanzlei {last} Rechtsanwälte", "{last} Maschinenbau GmbH"]
SUPPLIERS = ["Würth Handelsgesellschaft", "Hahn+Kolb Werkzeuge", "Büroshop24 GmbH", "Adobe Systems Software",
             "Hetzner Online GmbH", "Steuerbüro {last}", "Druckerei {last}", "Großhandel {last} GmbH",
             "Metro Deutschland GmbH", "Raab Karcher Baustoffe", "STRATO AG", "{last} Fahrzeugtechnik"]
LANDLORDS = ["Vonovia SE", "LEG Wohnen NRW GmbH", "Deutsche Wohnen SE", "Hausverwaltung {last} GmbH",
             "{first} {last}", "{first} und {first} {last}", "Wohnungsbaugenossenschaft {city} eG",
             "GAG Immobilien AG", "SAGA Unternehmensgruppe", "degewo AG", "GEWOBAG Wohnungsbau-AG Berlin",
             "ABG Frankfurt Holding GmbH", "Immobilien {last} GbR", "Grand City Property Ltd", "Adler Wohnen Service GmbH",
             "Hausverwaltung {last} & {last}", "Studentenwerk {city} Wohnheime"]

FOREIGN = {
    'ES': (["MERCADONA PALMA DE MALLORCA", "CAPRABO BARCELONA", "RESTAURANTE EL PATIO MALLORCA", "CHIRINGUITO PLAYA {n3}",
            "FARMACIA CENTRAL ALCUDIA", "EROSKI CITY {n4}", "CARREFOUR EXPRESS ALICANTE", "HELADERIA LA ROMANA"],
           "CAIXABANK ATM PALMA", "Spanien"),
    'IT': (["CONAD SUPERSTORE RIMINI", "ESSELUNGA MILANO", "RISTORANTE DA GINO RIMINI", "AUTOGRILL {n4}",
            "GELATERIA DOLOMITI", "COOP ALLEANZA 3.0", "TRATTORIA DA NONNA GARDA", "FARMACIA COMUNALE GARDA"],
           "BANCOMAT UNICREDIT GARDA", "Italien"),
    'GR': (["SKLAVENITIS CHANIA", "AB VASSILOPOULOS", "TAVERNA NIKOS CHANIA", "LIDL HELLAS {n3}", "KIOSKI AGIA MARINA",
            "BEACH BAR KALYPSO"], "ATM PIRAEUS BANK CHANIA", "Griechenland"),
    'AT': (["BILLA {n4} WIEN", "SPAR {n4} SALZBURG", "GASTHOF ALPENBLICK TIROL", "OMV {n4}", "HOFER KG {n4}",
            "BERGBAHNEN KITZBUEHEL", "CAFE SACHER WIEN"], "BANK AUSTRIA BANKOMAT", "Österreich"),
    'HR': (["KONZUM {n4} SPLIT", "RESTORAN MORE DUBROVNIK", "PLODINE SPLIT", "TOMMY {n3} ZADAR", "KONOBA STARI GRAD"],
           "ATM PBZ SPLIT", "Kroatien"),
    'NL': (["ALBERT HEIJN {n4}", "JUMBO ZANDVOORT", "RESTAURANT DE HAVEN", "HEMA AMSTERDAM", "STRANDPAVILJOEN ZEE"],
           "GELDMAAT AMSTERDAM", "Niederlande"),
    'DK': (["NETTO DK {n4}", "REMA 1000 BLAAVAND", "FAKTA HVIDE SANDE", "RESTAURANT HAVNEN"], "DANSKE BANK ATM", "Dänemark"),
    'FR': (["CARREFOUR MARKET NICE", "MONOPRIX PARIS", "BRASSERIE DU PORT", "BOULANGERIE PAUL", "INTERMARCHE {n4}"],
           "DAB CREDIT AGRICOLE", "Frankreich"),
    'TR': (["MIGROS ANTALYA", "CARREFOURSA SIDE", "RESTAURANT SULTAN ALANYA", "BIM MAGAZALAR", "DUTY FREE ANTALYA"],
           "ATM ZIRAAT BANKASI", "Türkei"),
    'PT': (["PINGO DOCE LAGOS", "CONTINENTE FARO", "RESTAURANTE O PESCADOR", "PASTELARIA BELEM LISBOA"],
           "MULTIBANCO LISBOA", "Portugal"),
}
TRAVEL_BOOK = ["TUI Deutschland GmbH", "Booking.com", "Lufthansa", "Ryanair", "Condor Flugdienst", "Eurowings",
               "Airbnb * {code}", "HolidayCheck AG", "Expedia", "ab-in-den-urlaub.de", "FTI Touristik", "DERTOUR",
               "ALLTOURS Flugreisen", "Check24 Reise", "easyJet"]
CITY_TRIP = {'AT': "Wien", 'CZ': "Prag", 'NL': "Amsterdam", 'DK': "Kopenhagen", 'FR': "Straßburg", 'PL': "Danzig",
             'BE': "Brügge"}
CITY_TRIP_M = {
    'AT': ["CAFE CENTRAL WIEN", "BILLA {n4} WIEN", "WIENER LINIEN", "CHRISTKINDLMARKT RATHAUSPLATZ", "FIGLMUELLER WIEN",
           "MOTEL ONE WIEN"],
    'CZ': ["ALBERT PRAHA {n3}", "LOKAL DLOUHAA PRAHA", "DOPRAVNI PODNIK PRAHA", "HOTEL ILLE PRAHA", "TRDELNIK STAND"],
    'NL': ["ALBERT HEIJN {n4}", "CAFE DE JAREN", "GVB AMSTERDAM", "RIJKSMUSEUM", "HOTEL V NESPLEIN"],
    'DK': ["IRMA KOBENHAVN", "TIVOLI A/S", "DSB KOBENHAVN", "RESTAURANT NYHAVN 17", "HOTEL ALEXANDRA"],
    'FR': ["MARCHE DE NOEL STRASBOURG", "CARREFOUR CITY STRASBOURG", "WINSTUB LE CLOU", "HOTEL BEAUCOUR"],
    'PL': ["ZABKA GDANSK", "BIEDRONKA {n4}", "RESTAURACJA KUBICKI", "HOTEL MOTLAVA"],
    'BE': ["DELHAIZE BRUGGE", "DE HALVE MAAN", "CAFE VLISSINGHE", "HOTEL AMBASSADE BRUGGE"],
}
# Planted-unusual merchant pools (never used in normal generation)
FRAUD_ONLINE = ["SP * TECH-DEALS24 LTD", "WWW.ELECTRO-OUTLET-EU.COM", "LUXWATCH OUTLET HK", "SMARTPHONE-WAREHOUSE.CO.UK",
                "FASHION-SALE-24.SHOP", "GLOBAL-PAY *TRADERSHOP", "PP*CHEAPELECTRONICS", "BEST-BUY-DIRECT.US",
                "ALIBABA.COM HK", "SHOPIFY* DESIGNERBAGS", "ELECTROMAX-STORE.NET", "APPLEPHONE-DEALS.COM",
                "WORLDGADGETS LIMITED", "TICKETS-RESALE-EU.COM"]
FRAUD_FOREIGN = ["EMAG SHOWROOM BUCURESTI RO", "ALTEX ROMANIA SRL CLUJ", "TECHNOPOLIS SOFIA BG", "APPLE STORE DUBAI MALL AE",
                 "GOLD SOUK JEWELLERY DUBAI AE", "RELIANCE DIGITAL MUMBAI IN", "SM MEGAMALL MANILA PH",
                 "SHOPRITE LEKKI LAGOS NG", "ELECTRONIC CITY BELGRADE RS", "JUMBO ELECTRONICS DOHA QA"]
FRAUD_ATM = ["ATM BCR BUCURESTI RO", "ATM EURONET SOFIA BG", "ATM BDO MANILA PH", "ATM CIB CAIRO EG",
             "ATM RAIFFEISEN BELGRADE RS", "ATM BANCO PICHINCHA QUITO EC", "ATM KASIKORN BANGKOK TH"]
RISKY_NEW = [("BINANCE.COM", "crypto"), ("CRYPTO.COM", "crypto"), ("KRAKEN.COM", "crypto"), ("BYBIT.COM", "crypto"),
             ("MOONPAY *BUY", "crypto"), ("STAKE.COM", "gambling"), ("BET365 INTERNATIONAL", "gambling"),
             ("SKILLONNET LTD MALTA", "gambling"), ("N1 INTERACTIVE MALTA", "gambling"),
             ("PAYSAFECARD.COM", "online"), ("SKRILL.COM", "online"), ("GOOGLE PLAY GIFTCARD ONLINE", "online"),
             ("NEOSURF.COM", "online"), ("XSOLLA *STEAM WALLET", "online")]
SCAM_PAYEES = [("Investment Solutions Ltd", "Einzahlung Trading-Konto {n6}"),
               ("Krypto Trade Partners LTD", "Investment Vertrag {n5}"),
               ("FX-Prime Capital Ltd", "Deposit {n6}"),
               ("{first} {last}", "Kaution Wohnung {n3}"),
               ("{first} {last}", "Sicherheitsüberweisung lt. Telefonat"),
               ("{first} {last}", "Kaufpreis Fahrzeug {n5}"),
               ("Paket-Zoll Service UAB", "Zollgebühr Sendung {n8}"),
               ("Inkasso Service Nord GmbH", "Forderung Az {n6}"),
               ("{first} {last}", "Rechnung {n6}")]
UNKNOWN_DD = [("Gewinnspiel Service 24 GmbH", "Teilnahmegebühr Vertrag {n8}", 'gambling'),
              ("Premium Club Europe Ltd", "Jahresmitgliedschaft {n6}", 'leisure'),
              ("Web Abo Services GmbH", "Abo-Nr {n8} Jahresbeitrag", 'subscription'),
              ("Euro Lotto Club Ltd", "Spielgemeinschaft {n6}", 'gambling'),
              ("MVP Mobile Services GmbH", "Drittanbieter Vertrag {n8}", 'telecom')]

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

TPROF = {
    'grocery': ((0.12, 8, 12), (0.35, 12, 17), (0.47, 17, 20.5), (0.06, 20.5, 21.9)),
    'bakery': ((0.75, 6, 10), (0.25, 10, 16)),
    'cafe': ((0.5, 8, 12), (0.5, 12, 18.5)),
    'rest': ((0.3, 11.5, 14), (0.7, 18, 22.5)),
    'deliv': ((0.2, 11.5, 14), (0.8, 18, 23)),
    'shop': ((0.3, 10, 14), (0.5, 14, 19), (0.2, 19, 20)),
    'online': ((0.08, 0, 7), (0.32, 7, 17), (0.6, 17, 24)),
    'fuel': ((0.3, 6, 10), (0.4, 10, 17), (0.3, 17, 22)),
    'cash': ((0.2, 7, 11), (0.5, 11, 18), (0.3, 18, 23)),
    'transport': ((0.5, 6, 9), (0.2, 9, 16), (0.3, 16, 23)),
    'night': ((1.0, 0, 6),),
    'day': ((1.0, 8, 20),),
}
DW_SHOP = (0.85, 0.8, 0.85, 0.85, 1.0, 1.0, 0.0)   # shops closed on Sunday
DW_ANY = (0.9, 0.85, 0.9, 0.95, 1.0, 1.0, 0.8)
DW_OUT = (0.5, 0.5, 0.6, 0.7, 1.0, 1.0, 0.8)
DW_WORK = (1.0, 1.0, 1.0, 1.0, 0.9, 0.3, 0.1)
INPERSON = ('groceries', 'bakery', 'cafe', 'restaurant', 'fuel', 'drugstore', 'shopping', 'cash', 'transport',
            'leisure', 'health', 'pets', 'telecom')


# ----------------------------------------------------------------------------------------------
# customer
# ----------------------------------------------------------------------------------------------
class Series:
    """A recurring payment (or own regular transfer)."""

    def __init__(self, **kw):
        self.period = 1
        self.phase = 0
        self.lag = 0
        self.rise_kind = None
        self.tag = 'rec'
        self.variable = False
        self.mref = None
        self.cpf = None
        self.note = None
        self.planted = None
        self.no_dup = False
        self.__dict__.update(kw)


class Income:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Cust:
    def __init__(self, idx):
        self.idx = idx
        self.id = f"c-{idx:05d}"
        self.rng = random.Random(SEED * 7919 + idx * 104729)
        self.bk = []
        self.seq = 0
        self.series = []
        self.incomes = []
        self.labels = []
        self.st = {}
        self.arefs = set()
        self.away = set()
        self.dupsig = []  # planted duplicate pairs (for audit exemption)
        self.cfs = []     # confounder annotations (type, merchant, day) for labels_detail.jsonl

    # ---------------- helpers ----------------
    def stat(self, k, n=1):
        self.st[k] = self.st.get(k, 0) + n

    def digits(self, n):
        r = self.rng
        return ''.join(str(r.randrange(10)) for _ in range(n))

    def code(self, n=9, alphabet=ALNUM):
        r = self.rng
        return ''.join(r.choice(alphabet) for _ in range(n))

    def fill(self, t):
        if '{' not in t:
            return t
        r = self.rng
        out = t
        while '{' in out:
            i = out.index('{')
            j = out.index('}', i)
            key = out[i + 1:j]
            if key == 'city':
                v = self.city
            elif key == 'transit':
                v = self.transit
            elif key.startswith('n') and key[1:].isdigit():
                v = self.digits(int(key[1:]))
            elif key == 'last':
                v = r.choice(LAST)
            elif key == 'first':
                v = r.choice(FIRST_ALL)
            elif key == 'it':
                v = r.choice(IT)
            elif key == 'asia':
                v = r.choice(ASIA)
            elif key == 'tr':
                v = r.choice(TR)
            elif key == 'place':
                v = r.choice(PLACE)
            elif key == 'code':
                v = self.code(9)
            else:
                v = key
            out = out[:i] + v + out[j + 1:]
        return out

    def new_aref(self):
        r = self.rng
        while True:
            if self.aref_style == 0:
                a = f"{r.randrange(1000000):06d}"
            else:
                a = ''.join(r.choice(ALNUM) for _ in range(6))
            if a not in self.arefs:
                self.arefs.add(a)
                return a

    def rtime(self, d, prof):
        r = self.rng
        segs = TPROF[prof]
        x = r.random()
        acc = 0.0
        seg = segs[-1]
        for s in segs:
            acc += s[0]
            if x < acc:
                seg = s
                break
        h = seg[1] + (seg[2] - seg[1]) * r.random()
        secs = int(h * 3600)
        if secs >= 86400:
            secs = 86399
        if d == TODAY and secs > 9 * 3600:
            secs = r.randrange(5 * 3600, 9 * 3600)
        return datetime(d.year, d.month, d.day, secs // 3600, (secs // 60) % 60, secs % 60)

    def card_ref(self, adt):
        s = self.card_style
        if s == 0:
            return None
        if s == 1:
            return "Kartenzahlung"
        if s == 2:
            return f"VISA Debit {self.card_no}"
        if s == 3:
            return f"girocard {adt.day:02d}.{adt.month:02d}.{adt.year} {adt.hour:02d}:{adt.minute:02d}"
        return f"Debitk.{self.card_no} {adt.year}-{adt.month:02d}-{adt.day:02d}"

    def add(self, d, c, cp, cat, ref=None, auth=None, aref=None, tag='n', **kw):
        b = {'d': d, 'c': c, 'cp': cp, 'cat': cat, 'ref': ref, 'auth': auth, 'aref': aref, 'tag': tag,
             'seq': self.seq}
        if kw:
            b.update(kw)
        self.seq += 1
        self.bk.append(b)
        return b

    def card(self, adt, c, cp, cat, tag='n', aref=True, lag=None, ref=False, **kw):
        ad = adt.date()
        if ad > TODAY:
            return None
        r = self.rng
        if lag is None:
            x = r.random()
            lag = 0 if x < 0.33 else 1 if x < 0.82 else 2 if x < 0.95 else 3
        bd = next_bd(ad + timedelta(days=lag))
        if (bd - ad).days > 3 or bd > TODAY:
            bd = next_bd(ad)
        if bd > TODAY or (bd - ad).days > 3:
            return None
        ar = None
        if aref:
            ar = self.new_aref()
        if ref is False:
            ref = self.card_ref(adt)
        return self.add(bd, c, cp, cat, ref, adt, ar, tag, ch='card', **kw)

    def rand_day(self, lo, hi, dw, shop=False, home=True):
        """random date in [lo, hi] with weekday weights; shops closed Sun/holidays; skip away days."""
        r = self.rng
        n = (hi - lo).days
        if n < 0:
            return None
        for _ in range(30):
            d = lo + timedelta(days=r.randrange(n + 1))
            if r.random() > dw[d.weekday()]:
                continue
            if shop and d in SHOP_CLOSED:
                continue
            if home and d in self.away:
                continue
            return d
        return None

    def months(self):
        y, m = self.start.year, self.start.month
        out = []
        while (y, m) <= (2026, 12):
            out.append((y, m))
            y, m = add_m(y, m, 1)
        return out

    # ---------------- setup ----------------
    def setup(self):
        r = self.rng
        x = r.random()
        acc = 0
        for a, p in (('employee', 0.50), ('high', 0.08), ('pensioner', 0.16), ('student', 0.10),
                     ('benefits', 0.09), ('selfemployed', 0.07)):
            acc += p
            if x < acc:
                self.arch = a
                break
        else:
            self.arch = 'employee'
        self.stat('arch_' + self.arch)
        self.female = r.random() < 0.52
        self.first = r.choice(FIRST_F if self.female else FIRST_M)
        self.last = r.choice(LAST)
        self.city, self.transit, self.local_energy = r.choice(CITIES)
        # history start: mostly early May; some accounts opened later
        if r.random() < 0.06:
            self.start = date(2026, 6, 1) + timedelta(days=r.randrange(62))
            self.stat('short_history')
        else:
            self.start = date(2026, 5, 1) + timedelta(days=r.randrange(9))
        self.ndays = (TODAY - self.start).days + 1
        self.card_style = r.choice((0, 0, 1, 2, 3, 4))
        self.card_no = f"{r.randrange(10000):04d}"
        self.aref_style = r.randrange(2)
        self.last4 = f"{r.randrange(10000):04d}"
        self.pp_cp = r.choice(["PayPal Europe S.a.r.l. et Cie S.C.A", "PayPal (Europe) S.a r.l. et Cie, S.C.A.",
                               "PAYPAL EUROPE S.A.R.L. ET CIE S.C.A"])
        self.pp_mref = self.code(13, ALNUM2)
        self.pp_n = self.digits(4)
        self.pp_merchants = r.sample(PAYPAL_M, r.randint(3, 8))
        own_style = r.randrange(5)
        if own_style == 0:
            self.own_cp = f"{self.first} {self.last}"
        elif own_style == 1:
            self.own_cp = f"{self.last}, {self.first}"
        elif own_style == 2:
            self.own_cp = f"{self.first.upper()} {self.last.upper()}"
        elif own_style == 3:
            self.own_cp = f"Tagesgeldkonto {self.digits(4)} {self.first} {self.last}"
        else:
            self.own_cp = f"{self.first} {self.last} Sparkonto"
        a = self.arch
        self.has_car = r.random() < {'employee': 0.62, 'high': 0.8, 'pensioner': 0.5, 'student': 0.15,
                                     'benefits': 0.2, 'selfemployed': 0.75}[a]
        self.kids = 0
        if a in ('employee', 'high', 'benefits', 'selfemployed') and r.random() < 0.33:
            self.kids = r.choice((1, 1, 2, 2, 3))
        self.traveller = r.random() < {'employee': 0.4, 'high': 0.75, 'pensioner': 0.3, 'student': 0.25,
                                       'benefits': 0.05, 'selfemployed': 0.45}[a]
        if a == 'high':
            self.big = 'frequent'
        elif a == 'selfemployed':
            self.big = r.choice(('occasional', 'frequent'))
        elif a in ('student', 'benefits'):
            self.big = 'none' if r.random() < 0.7 else 'occasional'
        else:
            x = r.random()
            self.big = 'none' if x < 0.4 else 'occasional' if x < 0.88 else 'frequent'
        self.paypal = r.random() < {'employee': 0.6, 'high': 0.6, 'pensioner': 0.25, 'student': 0.75,
                                    'benefits': 0.4, 'selfemployed': 0.6}[a]
        self.days = [self.start + timedelta(days=i) for i in range(self.ndays)]

    # ---------------- income ----------------
    def add_income(self, kind, cp, cat, sched, amount_fn, ref_fn, main=False, regular=True):
        inc = Income(kind=kind, cp=cp, cat=cat, sched=sched, main=main, regular=regular, dates=[])
        # iterate months from one before start (benefits paid in advance) to Dec
        y, m = add_m(self.start.year, self.start.month, -1)
        k = 0
        while (y, m) <= (2026, 12):
            d = sched(y, m)
            if self.start <= d <= TODAY:
                amt = amount_fn(k, y, m, d)
                if amt:
                    self.add(d, amt, cp, cat, ref_fn(k, y, m, d), tag='inc', inc=kind)
                    inc.dates.append(d)
                    k += 1
            y, m = add_m(y, m, 1)
        self.incomes.append(inc)
        return inc

    def next_income_date(self, inc):
        for k in range(0, 4):
            y, m = add_m(2026, 12, k)
            d = inc.sched(y, m)
            if d > TODAY:
                return d
        return None

    def setup_income(self):
        r = self.rng
        a = self.arch
        self.net = 0
        if a in ('employee', 'high'):
            if a == 'employee':
                net = min(5200, max(1250, 2350 * math.exp(0.32 * r.gauss(0, 1))))
            else:
                net = min(11000, max(4500, 6200 * math.exp(0.25 * r.gauss(0, 1))))
            self.net = net
            x = r.random()
            if x < 0.70:
                rule, sched = 'last_bd', last_bd
            elif x < 0.80:
                dd = r.choice((25, 27, 28))
                rule, sched = f'd{dd}', (lambda y, m, dd=dd: prev_bd(date(y, m, dd)))
            elif x < 0.88:
                rule, sched = 'd15', (lambda y, m: prev_bd(date(y, m, 15)))
            elif x < 0.94:
                rule, sched = 'd10', (lambda y, m: prev_bd(date(y, m, 10)))
            else:
                rule, sched = 'first_bd', (lambda y, m: next_bd(date(y, m, 1)))
            self.pay_rule = rule
            emp = self.fill(r.choice(EMPLOYERS))
            pnr = self.digits(6)
            rs = r.randrange(4)
            hourly = r.random() < 0.3
            xmas = r.random() < 0.45
            raise_m = r.choice((0, 0, 0, 7, 9, 10))
            base = int(net * 100)

            def amt(k, y, m, d, base=base, hourly=hourly, xmas=xmas, raise_m=raise_m):
                v = base
                if raise_m and m >= raise_m:
                    v = int(v * 1.031)
                if hourly:
                    v = int(v * (0.92 + 0.16 * r.random()))
                if xmas and m == 11:
                    v += int(base * (0.5 + 0.45 * ((pnr_hash % 10) / 10)))
                return v
            pnr_hash = int(pnr)

            def ref(k, y, m, d, rs=rs, pnr=pnr, xmas=xmas):
                extra = " inkl. Weihnachtsgeld" if (xmas and m == 11) else ""
                if rs == 0:
                    return f"LOHN/GEHALT {m:02d}/{y}{extra}"
                if rs == 1:
                    return f"Gehalt {MONAT[m - 1]} {y}{extra}"
                if rs == 2:
                    return f"Entgeltabrechnung {m:02d}.{y} PNR {pnr}{extra}"
                return f"Bezüge {m:02d}/{y % 100:02d} Pers.Nr. {pnr}{extra}"
            self.add_income('salary', emp, 'salary', sched, amt, ref, main=True)
            self.main_sched = sched
        elif a == 'pensioner':
            pen = min(2600, max(780, 1350 * math.exp(0.3 * r.gauss(0, 1))))
            self.net = pen
            base = int(pen * 100)
            vsnr = f"{self.digits(2)} {self.digits(6)} {r.choice('ABCDEFGHKLMNRSTW')} {self.digits(3)}"
            cp = r.choice(["Deutsche Rentenversicherung Bund", "DEUTSCHE RENTENVERSICHERUNG",
                           "Renten Service der Deutschen Post AG", "DRV Knappschaft-Bahn-See",
                           "Deutsche Rentenversicherung Westfalen"])

            def amt(k, y, m, d, base=base):
                return int(base * 1.0424) if m >= 7 else base

            def ref(k, y, m, d, vsnr=vsnr):
                return f"RV-Rente {m:02d}/{y % 100:02d} {vsnr}"
            self.add_income('pension', cp, 'pension', last_bd, amt, ref, main=True)
            self.pay_rule = 'last_bd'
            self.main_sched = last_bd
            if r.random() < 0.4:
                bav = int(r.uniform(80, 650) * 100)
                cpb = r.choice(["VBL Versorgungsanstalt", "Pensionskasse der Mitarbeiter der Hoechst-Gruppe",
                                "BVV Versorgungskasse", self.fill("{last} GmbH Betriebsrente"), "Zusatzversorgungskasse"])
                day = r.choice((1, 15, 0))
                sch = last_bd if day == 0 else (lambda y, m, day=day: next_bd(date(y, m, day)) if day == 1 else prev_bd(date(y, m, day)))
                self.add_income('pension2', cpb, 'pension', sch, lambda k, y, m, d, bav=bav: bav,
                                lambda k, y, m, d: f"Betriebsrente {m:02d}/{y}")
                self.net += bav / 100
        elif a == 'student':
            has_b = r.random() < 0.45
            has_j = r.random() < 0.55 or not has_b
            self.net = 0
            self.pay_rule = 'last_bd'
            if has_b:
                baf = int(r.uniform(420, 992) * 100)
                cp = r.choice([f"Studierendenwerk {self.city}", f"BAföG-Amt {self.city}", "Bundeskasse BAföG",
                               f"Studentenwerk {self.city} AöR"])
                fk = self.digits(8)
                self.add_income('bafoeg', cp, 'benefits', last_bd, lambda k, y, m, d, b=baf: b,
                                lambda k, y, m, d, fk=fk: f"BAföG {MONAT[add_m(y, m, 1)[1] - 1]} {add_m(y, m, 1)[0]} Förderungsnr. {fk}",
                                main=True)
                self.net += baf / 100
                self.main_sched = last_bd
            if has_j:
                j = int(r.uniform(250, 603) * 100)
                emp = self.fill(r.choice(["Lieferando Marketing GmbH", "REWE Markt GmbH", "Universität {city}",
                                          "Café {last}", "Studentenwerk {city}", "Amazon Logistik {city} GmbH",
                                          "{last} Nachhilfe GmbH", "Decathlon Deutschland", "Messe {city} GmbH"]))
                dd = r.choice((0, 10, 15))
                sch = last_bd if dd == 0 else (lambda y, m, dd=dd: prev_bd(date(y, m, dd)))
                hourly = r.random() < 0.6
                self.add_income('minijob', emp, 'salary', sch,
                                lambda k, y, m, d, j=j, h=hourly: int(j * (0.7 + 0.3 * r.random())) if h else j,
                                lambda k, y, m, d: f"Lohn {m:02d}/{y} Minijob", main=not has_b)
                self.net += j / 100
                if not has_b:
                    self.main_sched = sch
                    self.pay_rule = 'minijob'
            if r.random() < 0.75:
                p = int(r.choice((250, 300, 350, 400, 450, 500, 600, 700)) * 100)
                cp = f"{r.choice(FIRST_M)} und {r.choice(FIRST_F)} {self.last}" if r.random() < 0.5 else f"{r.choice(FIRST_ALL)} {self.last}"
                self.add_income('allowance', cp, 'income', lambda y, m: next_bd(date(y, m, 1)),
                                lambda k, y, m, d, p=p: p, lambda k, y, m, d: r.choice(["Unterhalt", f"Unterhalt {MONAT[m - 1]}", "Taschengeld", "Miete + Essen"]))
                self.net += p / 100
        elif a == 'benefits':
            if r.random() < 0.75:
                amt = int(r.uniform(880, 1450) * 100)
                bg = f"{self.digits(3)}{r.choice('ABCDEF')}{self.digits(7)}"
                self.add_income('buergergeld', "Bundesagentur für Arbeit - Service-Haus", 'benefits', last_bd,
                                lambda k, y, m, d, a_=amt: a_,
                                lambda k, y, m, d, bg=bg: f"{bg} Jobcenter {self.city} Bürgergeld {add_m(y, m, 1)[1]:02d}/{add_m(y, m, 1)[0]}",
                                main=True)
                self.net = amt / 100
                self.buergergeld = True
            else:
                amt = int(r.uniform(900, 1700) * 100)
                kn = f"{self.digits(3)}A{self.digits(6)}"
                self.add_income('alg', "Bundesagentur für Arbeit", 'benefits', last_bd, lambda k, y, m, d, a_=amt: a_,
                                lambda k, y, m, d, kn=kn: f"Arbeitslosengeld {m:02d}/{y} Kd-Nr {kn}", main=True)
                self.net = amt / 100
                self.buergergeld = False
            self.pay_rule = 'last_bd'
            self.main_sched = last_bd
        else:  # self-employed: irregular client payments, no regular income
            self.pay_rule = None
            self.main_sched = None
            avg = r.uniform(2500, 9000)
            self.net = avg
            clients = [self.fill(r.choice(CLIENTS)) for _ in range(r.randrange(2, 6))]
            lam = r.uniform(1.2, 3.5)
            for d in self.days:
                if not is_bd(d):
                    continue
                if r.random() < lam / 21.0:
                    amt = int(min(15000, max(300, avg / lam / 1.2 * math.exp(0.6 * r.gauss(0, 1)))) * 100)
                    self.add(d, amt, r.choice(clients), 'income', f"RE-{d.year}-{r.randrange(10, 400):03d}"
                             if r.random() < 0.6 else f"Rechnung Nr. {self.digits(5)} vom {d.day:02d}.{d.month:02d}.",
                             tag='inc', inc='client')
            self.incomes.append(Income(kind='client', regular=False, main=False, sched=None, dates=[]))
        # Kindergeld
        if self.kids:
            digit = r.randrange(10)
            cp = r.choice(["Bundesagentur für Arbeit - Familienkasse", f"Familienkasse {r.choice(['Nord', 'Sachsen', 'Bayern Süd', 'Nordrhein-Westfalen West', 'Baden-Württemberg West', 'Berlin-Brandenburg'])}"])
            kg = f"{self.digits(3)}FK{self.digits(6)}{digit}"
            amt = 25900 * self.kids
            self.add_income('kindergeld', cp, 'benefits', lambda y, m, dg=digit: next_bd(date(y, m, 5 + dg)),
                            lambda k, y, m, d, a_=amt: a_, lambda k, y, m, d, kg=kg: f"KG-Nr. {kg} Kindergeld {m:02d}/{y}")
            self.net += amt / 100

    # ---------------- recurring payments ----------------
    def add_series(self, key, channel, cp, cat, day, base, rise_kind=None, reftext=None, period=1, phase=None,
                   lag=0, variable=None, tag='rec', cpf=None, note=None, mref=None):
        r = self.rng
        s = Series(key=key, channel=channel, cp=cp, cat=cat, day=day, base=base, rise_kind=rise_kind,
                   reftext=reftext, period=period, lag=lag, tag=tag, cpf=cpf, note=note)
        if phase is None:
            phase = r.randrange(period) if period > 1 else 0
        s.phase = phase
        if channel == 'dd':
            s.mref = mref or self.make_mref()
        occ = []
        for (y, m) in self.months():
            if period > 1 and (m % period) != phase:
                continue
            nom = date(y, m, min(day, dim(y, m)))
            if nom < self.start or nom > TODAY:
                continue
            if channel == 'card':
                secs = r.randrange(0, 6 * 3600)
                adt = datetime(nom.year, nom.month, nom.day, secs // 3600, (secs // 60) % 60, secs % 60)
                bd = next_bd(nom + timedelta(days=lag))
                if (bd - nom).days > 3:
                    bd = next_bd(nom)
            else:
                adt = None
                bd = next_bd(nom)
            if bd > TODAY:
                continue
            occ.append((nom, bd, adt))
        s.occ = occ
        if variable:
            s.variable = True
            s.amounts = [variable(k) for k in range(len(occ))]
        else:
            s.amounts = [base] * len(occ)
        self.series.append(s)
        return s

    def make_mref(self):
        r = self.rng
        f = r.randrange(7)
        if f == 0:
            return self.digits(10)
        if f == 1:
            return "M" + self.digits(8)
        if f == 2:
            return self.code(3, "ABCDEFGHKLMNPRSTVWXZ") + self.digits(7)
        if f == 3:
            return f"KD{self.digits(8)}-{r.randrange(1, 4):02d}"
        if f == 4:
            return self.digits(12)
        if f == 5:
            return f"MD-{self.digits(6)}-{self.digits(4)}"
        return f"{self.digits(4)}{self.code(4, 'ABCDEFGHKLMNPRSTVWXZ')}{self.digits(4)}"

    def next_occurrences(self, s, until):
        """expected bookings of series s after TODAY up to `until` (inclusive)."""
        out = []
        if not s.occ:
            return out
        if s.period > 1 and len(s.occ) < 2:
            return out
        if s.period == 1 and len(s.occ) < 2:
            return out
        last_amt = s.amounts[-1]
        for k in range(0, 5):
            y, m = add_m(2026, 12, k)
            if s.period > 1 and (m % s.period) != s.phase:
                continue
            nom = date(y, m, min(s.day, dim(y, m)))
            bd = next_bd(nom + timedelta(days=s.lag)) if s.channel == 'card' else next_bd(nom)
            if s.channel == 'card' and (bd - nom).days > 3:
                bd = next_bd(nom)
            if s.channel == 'fee':
                bd = last_bd(y, m)
            if bd <= TODAY:
                continue
            if bd > until:
                break
            out.append((bd, last_amt))
        return out

    def setup_series(self):
        r = self.rng
        a = self.arch
        net = self.net
        # ---------- housing ----------
        rent_p = {'employee': 0.66, 'high': 0.55, 'pensioner': 0.55, 'student': 0.85, 'benefits': 0.72,
                  'selfemployed': 0.55}[a]
        if a == 'benefits' and self.buergergeld and r.random() < 0.3:
            rent_p = 0.0  # Jobcenter pays the landlord directly
            self.stat('benefits_rent_paid_by_jobcenter')
        self.renter = r.random() < rent_p
        if self.renter:
            if a == 'student':
                rent = r.uniform(290, 590)
            elif a == 'high':
                rent = r.uniform(1100, 2400)
            elif a == 'pensioner':
                rent = min(1100, max(380, net * r.uniform(0.3, 0.45)))
            elif a == 'benefits':
                rent = r.uniform(380, 720)
            else:
                rent = min(1900, max(380, net * r.uniform(0.27, 0.42)))
            rent = int(round(rent)) * 100 + r.choice((0, 0, 0, 50, 0))
            day = r.choice((1, 1, 1, 1, 1, 2, 3, 3, 4, 5, 28, 30))
            ll = self.fill(r.choice(LANDLORDS))
            whg = self.digits(2)
            style = r.randrange(4)
            street = f"{r.choice(['Haupt', 'Garten', 'Linden', 'Schiller', 'Goethe', 'Bahnhof', 'Berg', 'Wald', 'Kirch', 'Feld'])}str. {r.randrange(1, 120)}"

            def rref(nom, k, style=style, whg=whg, street=street):
                ym = add_m(nom.year, nom.month, 1) if nom.day >= 25 else (nom.year, nom.month)
                if style == 0:
                    return "Miete"
                if style == 1:
                    return f"Miete {MONAT[ym[1] - 1]} {ym[0]} Whg. {whg}"
                if style == 2:
                    return f"Miete inkl. NK {street}"
                return f"Miete {ym[1]:02d}/{ym[0]} {self.last} {street}"
            self.add_series('rent', 'so', ll, 'rent', day, rent, rise_kind='rent', reftext=rref)
        elif a in ('employee', 'high', 'selfemployed') and r.random() < 0.6:
            loan = int(min(2900, max(450, net * r.uniform(0.2, 0.36)))) * 100
            cp = r.choice(["Sparkasse {city} Darlehen".replace('{city}', self.city), "ING-DiBa AG Baufinanzierung",
                           "Deutsche Bank Baufinanzierung", "DSL Bank", "Volksbank {c} eG".replace('{c}', self.city),
                           "Commerzbank AG Immobilienfinanzierung"])
            dn = self.digits(10)
            self.add_series('mortgage', 'dd', cp, 'loan', r.choice((1, 30, 15)), loan,
                            reftext=lambda nom, k, dn=dn: f"Darlehen {dn} Rate {nom.month:02d}/{nom.year}")
            hg = int(r.uniform(180, 480)) * 100
            cp2 = self.fill(r.choice(["WEG {last}str. {n2}", "Hausverwaltung {last} GmbH", "Immobilienverwaltung {last}"]))
            self.add_series('hausgeld', 'dd', cp2, 'housing', 1, hg, rise_kind='insurance',
                            reftext=lambda nom, k: f"Hausgeld {MONAT[nom.month - 1]} {nom.year}")
        elif a == 'pensioner' and r.random() < 0.7:
            hg = int(r.uniform(160, 420)) * 100
            cp2 = self.fill(r.choice(["WEG {last}str. {n2}", "Hausverwaltung {last} GmbH"]))
            self.add_series('hausgeld', 'dd', cp2, 'housing', 1, hg, rise_kind='insurance',
                            reftext=lambda nom, k: f"Hausgeld {nom.month:02d}/{nom.year}")
        if a == 'student' and self.renter and r.random() < 0.5:
            mate = f"{r.choice(FIRST_ALL)} {r.choice(LAST)}"
            amt = int(r.uniform(25, 70)) * 100
            wtxt = r.choice(["WG Internet + Strom", "WG-Kasse", "Nebenkosten WG"])
            self.add_series('wg', 'so', mate, 'p2p', r.choice((1, 3, 5)), amt, reftext=lambda nom, k, w=wtxt: w)
        # ---------- energy ----------
        if not (a == 'student' and r.random() < 0.6):
            sup = self.local_energy if r.random() < 0.5 else r.choice(NATIONAL_ENERGY)
            vk = self.digits(10)
            amt = int(r.uniform(38, 75) * (1.5 if a == 'high' else 1) * (1 + 0.25 * self.kids)) * 100
            dayE = r.choice((1, 5, 10, 15, 15, 20, 25, 28))
            style = r.randrange(3)

            def eref(nom, k, vk=vk, style=style, kind='Strom'):
                if style == 0:
                    return f"Abschlag {kind} {nom.month:02d}/{nom.year} Vertragskonto {vk}"
                if style == 1:
                    return f"VK {vk} Abschlagszahlung {MONAT[nom.month - 1]} {nom.year}"
                return f"{kind}abschlag Vertragsnr. {vk}"
            self.add_series('power', 'dd', sup, 'utilities', dayE, amt, rise_kind='energy', reftext=eref,
                            note=('energy', sup, vk))
            if r.random() < (0.45 if a != 'student' else 0.05):
                sup2 = sup if r.random() < 0.6 else r.choice(NATIONAL_ENERGY)
                vk2 = self.digits(10)
                g = int(r.uniform(45, 140) * (1 + 0.2 * self.kids)) * 100
                self.add_series('gas', 'dd', sup2, 'utilities', r.choice((1, 10, 15, 28)), g, rise_kind='energy',
                                reftext=lambda nom, k, vk2=vk2: f"Abschlag Gas {nom.month:02d}/{nom.year} Vertragskonto {vk2}",
                                note=('energy', sup2, vk2))
        # ---------- telecom ----------
        if r.random() < (0.8 if a != 'student' else 0.35):
            prov = r.choice([("Telekom Deutschland GmbH", (3995, 4495, 4995, 5495)), ("Vodafone GmbH", (3499, 3999, 4499)),
                             ("Vodafone West GmbH", (2999, 3999)), ("1&1 Telecom GmbH", (2999, 3499, 3999)),
                             ("Telefónica Germany GmbH & Co. OHG", (2999, 3499)), ("PYUR", (2500, 3000)),
                             ("NetCologne GmbH", (3490, 3990)), ("M-net Telekommunikations GmbH", (3290, 3990)),
                             ("EWE TEL GmbH", (3495, 3995))])
            kd = self.digits(9)
            dayT = r.choice((3, 5, 8, 12, 15, 18, 22, 25))

            def tref(nom, k, kd=kd):
                return f"Kd-Nr. {kd} Rechnung {nom.year}{nom.month:02d}{kd[-4:]} vom {nom.day:02d}.{nom.month:02d}.{nom.year}"
            self.add_series('internet', 'dd', prov[0], 'telecom', dayT, r.choice(prov[1]), rise_kind='telecom', reftext=tref)
        if r.random() < 0.92:
            ncontracts = 1
            if a in ('employee', 'high', 'benefits', 'selfemployed') and r.random() < (0.25 if self.kids else 0.1):
                ncontracts = 2
            prov = r.choice([("Telekom Deutschland GmbH", (1995, 2995, 3995, 4995)), ("Vodafone GmbH", (1999, 2999, 3999)),
                             ("Telefónica Germany GmbH & Co. OHG", (999, 1499, 1999, 2999)), ("congstar GmbH", (1000, 1500, 2000)),
                             ("freenet DLS GmbH", (999, 1499, 1999)), ("1&1 Telecom GmbH", (999, 1999, 2999)),
                             ("Drillisch Online GmbH", (799, 999, 1299)), ("Lidl Connect", None), ("ALDI TALK", None)])
            day = r.choice((1, 4, 7, 9, 13, 17, 21, 26))
            if prov[1] is None:
                # prepaid top-ups by card: amounts 15/20 at irregular times
                for d in self.days[::r.choice((25, 30, 40))]:
                    adt = self.rtime(d, 'day')
                    self.card(adt, -r.choice((1500, 1500, 2000)), prov[0] + " Aufladung", 'telecom')
            else:
                same_amt = r.random() < 0.5
                amt1 = r.choice(prov[1])
                variable = r.random() < 0.4
                for ci in range(ncontracts):
                    kd = self.digits(9)
                    amt = amt1 if (ci == 0 or same_amt) else r.choice(prov[1])
                    var = None
                    if variable and ci == 0:
                        # usage-based bill: varies within a band all along (never planted as a rise)
                        var = (lambda k, amt=amt: amt + (0 if r.random() < 0.55 else int(r.uniform(50, amt * 0.35))))
                    s = self.add_series('mobile', 'dd', prov[0], 'telecom', day, amt,
                                        rise_kind=None if var else 'telecom', variable=var,
                                        reftext=lambda nom, k, kd=kd: f"Kundenkonto {kd} Mobilfunk Rechnung {nom.month:02d}/{nom.year}")
                    if var:
                        self.stat('cf_pr_variable_mobile_bill')
                        self.cfs.append(('pr_variable_usage_bill', prov[0], None))
                if ncontracts == 2:
                    self.stat('cf_dup_two_contracts_one_creditor')
                    self.cfs.append(('dup_two_contracts_one_creditor' + ('_same_amount' if same_amt else ''), prov[0], None))
                    if same_amt:
                        self.stat('cf_dup_two_contracts_same_amount')
        # ---------- insurance ----------
        ins_n = {'employee': (1, 4), 'high': (2, 5), 'pensioner': (1, 4), 'student': (0, 1), 'benefits': (0, 2),
                 'selfemployed': (2, 5)}[a]
        insurers = ["HUK-COBURG", "HUK24 AG", "Allianz Versicherungs-AG", "AXA Versicherung AG", "ERGO Versicherung AG",
                    "DEVK Allgemeine Versicherungs-AG", "Generali Deutschland Versicherung AG", "R+V Allgemeine Versicherung AG",
                    "Debeka Allgemeine Versicherung AG", "Provinzial Versicherung AG", "LVM Versicherung",
                    "SIGNAL IDUNA Allgemeine", "Barmenia Versicherungen", "ARAG SE", "HanseMerkur Versicherung AG",
                    "WGV Versicherung AG", "VHV Allgemeine Versicherung AG", "Gothaer Allgemeine Versicherung AG"]
        my_ins = r.sample(insurers, 2)
        products = [("Kfz-Versicherung", 3500, 11000), ("Privathaftpflicht", 450, 900), ("Hausratversicherung", 500, 1600),
                    ("Berufsunfähigkeitsvers.", 5000, 13000), ("Zahnzusatzversicherung", 1500, 4200),
                    ("Rechtsschutzversicherung", 1800, 3500), ("Unfallversicherung", 900, 2600),
                    ("Risikolebensversicherung", 900, 3200), ("Tierhalterhaftpflicht", 500, 900)]
        nins = r.randint(*ins_n)
        chosen = []
        if self.has_car:
            chosen.append(products[0])
        for p in r.sample(products[1:], min(nins, 8)):
            chosen.append(p)
        self.annual_candidates = []
        for (pname, lo, hi) in chosen:
            insurer = my_ins[0] if r.random() < 0.65 else my_ins[1]
            vn = f"{self.digits(2)}-{self.digits(7)}"
            amt = r.randint(lo, hi)
            freq = r.random()
            if pname == "Kfz-Versicherung" and freq < 0.35 or pname in ("Privathaftpflicht", "Tierhalterhaftpflicht") and freq < 0.6:
                # yearly premium: shows up once (or never) in the history
                self.annual_candidates.append((insurer, f"Beitrag {pname} Vers.-Nr. {vn} Jahresbeitrag", amt * 12 // 100 * 100 + r.choice((0, 50, 20, 80)), 'insurance', 'dd'))
                continue
            if freq < 0.8:
                self.add_series('ins', 'dd', insurer, 'insurance', r.choice((1, 1, 15, 1, 10, 20, 28)), amt, rise_kind='insurance',
                                reftext=lambda nom, k, vn=vn, pname=pname: f"{pname} Vers.-Nr. {vn} Beitrag {nom.month:02d}.{nom.year}")
            else:
                self.add_series('ins_q', 'dd', insurer, 'insurance', r.choice((1, 15)), amt * 3, period=3,
                                reftext=lambda nom, k, vn=vn, pname=pname: f"{pname} Vers.-Nr. {vn} Beitrag {nom.month:02d}-{add_m(nom.year, nom.month, 2)[1]:02d}/{nom.year}")
        if a == 'selfemployed':
            pkv = int(r.uniform(320, 780) * 100)
            self.add_series('pkv', 'dd', r.choice(["Debeka Krankenversicherungsverein a.G.", "DKV Deutsche Krankenversicherung AG",
                                                    "Allianz Private Krankenversicherungs-AG", "Signal Iduna Krankenversicherung a.G.",
                                                    "Techniker Krankenkasse", "AOK " + self.city]),
                            'insurance', 1, pkv, rise_kind='insurance', reftext=lambda nom, k: f"Beitrag Kranken-/Pflegeversicherung {nom.month:02d}/{nom.year}")
        # ---------- streaming / subscriptions ----------
        nsub = {'employee': (0, 4), 'high': (1, 5), 'pensioner': (0, 2), 'student': (1, 3), 'benefits': (0, 2),
                'selfemployed': (0, 3)}[a]
        subs = [
            ('netflix', ["Netflix International B.V.", "NETFLIX.COM", "Netflix.com Amsterdam"], (499, 1399, 1399, 1999), 'card'),
            ('spotify', ["Spotify AB", "SPOTIFY", "Spotify P{code}"], (1099, 1099, 1799, 599), 'card'),
            ('disney', ["Disney Plus", "DISNEY PLUS", "DisneyPlus Amsterdam"], (599, 999, 1399), 'card'),
            ('prime', ["AMAZON PRIME*{code}", "Amazon Prime*{code}", "amzn.de/prime"], (899,), 'card'),
            ('youtube', ["Google YouTubePremium", "GOOGLE *YouTube Premium", "YouTube Premium g.co/helppay#"], (1299, 2399), 'card'),
            ('dazn', ["DAZN Limited", "DAZN"], (3499, 4499), 'card'),
            ('icloud', ["APPLE.COM/BILL", "Apple Services"], (99, 299, 999), 'card'),
            ('wow', ["WOW TV", "Sky WOW"], (999, 1499), 'card'),
            ('rtl', ["RTL+ ", "RTL interactive GmbH"], (699, 899), 'card'),
            ('audible', ["Audible GmbH", "AUDIBLE*{code}"], (995,), 'card'),
            ('gamepass', ["Microsoft*Xbox Game Pass", "MICROSOFT*XBOX"], (1499, 1799), 'card'),
            ('psplus', ["PlayStation Network", "Sony Interactive Entertainment"], (899,), 'card'),
            ('sky', ["Sky Deutschland Fernsehen GmbH & Co. KG"], (2000, 2500, 3500), 'dd'),
            ('news', ["Süddeutsche Zeitung GmbH", "SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG", "Zeitverlag Gerd Bucerius GmbH & Co. KG",
                      "Frankfurter Allgemeine Zeitung GmbH", "Axel Springer Deutschland GmbH", "Rheinische Post Medien GmbH",
                      "Funke Medien NRW GmbH", "Madsack Medien Ost GmbH"], (999, 1499, 1999, 3990, 4590), 'dd'),
        ]
        if a == 'pensioner':
            subs = [s for s in subs if s[0] in ('netflix', 'prime', 'news', 'sky', 'icloud')] + [subs[-1]] * 2
        ns = r.randint(*nsub)
        picked = []
        for s in r.sample(subs, min(ns, len(subs))):
            if s[0] in picked:
                continue
            picked.append(s[0])
            key, cps, prices, ch = s
            price = r.choice(prices)
            day = r.randint(1, 28)
            via_pp = ch == 'card' and self.paypal and r.random() < 0.2
            if via_pp:
                merchant = {'netflix': "Netflix International B.V.", 'spotify': "Spotify AB", 'disney': "Disney Plus",
                            'prime': "Amazon Digital Germany GmbH", 'youtube': "Google Commerce Limited",
                            'dazn': "DAZN Limited", 'icloud': "Apple Distribution International",
                            'wow': "Sky Deutschland", 'rtl': "RTL interactive GmbH", 'audible': "Audible GmbH",
                            'gamepass': "Microsoft Ireland Operations", 'psplus': "Sony Interactive Entertainment"}[key]
                self.add_series(key, 'paypal', self.pp_cp, 'subscription', day, price, rise_kind='stream',
                                note=('pp', merchant), lag=0)
                self.stat('subs_via_paypal')
            elif ch == 'card':
                cp_t = r.choice(cps)
                if '{code}' in cp_t:
                    cpf = (lambda k, t=cp_t: t.replace('{code}', self.code(10)))
                    self.add_series(key, 'card', cp_t, 'subscription', day, price, rise_kind='stream', lag=r.choice((0, 1, 1, 2)),
                                    cpf=cpf)
                elif r.random() < 0.15:
                    # same subscription written two ways over time
                    alt = [c for c in cps if '{code}' not in c]
                    cpf = (lambda k, alt=alt: alt[k % len(alt)] if r.random() < 0.5 else alt[0])
                    self.add_series(key, 'card', alt[0], 'subscription', day, price, rise_kind='stream', lag=r.choice((0, 1, 1, 2)),
                                    cpf=cpf)
                    self.stat('cf_subscription_spelled_several_ways')
                else:
                    self.add_series(key, 'card', cp_t, 'subscription', day, price, rise_kind='stream', lag=r.choice((0, 1, 1, 2)))
            else:
                cp = r.choice(cps)
                an = self.digits(8)
                self.add_series(key, 'dd', cp, 'subscription', day, price, rise_kind='stream',
                                reftext=lambda nom, k, an=an, key=key: (f"Abo-Nr {an} Bezugszeitraum {nom.month:02d}/{nom.year}" if key == 'news'
                                                                        else f"Sky Abo {an} {MONAT[nom.month - 1]} {nom.year}"))
        # apple app purchases on the same counterparty as iCloud (variable; confounder)
        if 'icloud' in picked and r.random() < 0.5:
            cpa = [s for s in self.series if s.key == 'icloud'][0].cp
            for _ in range(r.randint(2, 8)):
                d = self.rand_day(self.start, TODAY, DW_ANY, home=False)
                if d:
                    self.card(self.rtime(d, 'online'), -r.choice((99, 199, 299, 499, 999, 1499, 349)), cpa, 'online')
            self.stat('cf_pr_apple_variable_same_counterparty')
            self.cfs.append(('pr_app_purchases_on_subscription_counterparty', cpa, None))
        # USD-priced subscription: amount wobbles with the exchange rate (not a price rise)
        if a in ('employee', 'high', 'student', 'selfemployed') and r.random() < 0.1:
            cp, usd = r.choice([("OPENAI *CHATGPT SUBSCR", 2000), ("OpenAI LLC", 2000), ("MIDJOURNEY INC.", 1000),
                                ("CLAUDE.AI SUBSCRIPTION", 2000), ("GITHUB, INC.", 1000), ("NOTION LABS INC", 1000),
                                ("PATREON* MEMBERSHIP", 500)])
            basee = int(usd * 0.86)
            self.add_series('usd', 'card', cp, 'subscription', r.randint(1, 28), basee, lag=1,
                            variable=lambda k, b=basee: int(b * (1 + r.uniform(-0.018, 0.018))))
            self.stat('cf_pr_fx_wobble_subscription')
            self.cfs.append(('pr_fx_wobble_subscription', cp, None))
        # gym
        gp = {'employee': 0.3, 'high': 0.45, 'pensioner': 0.08, 'student': 0.35, 'benefits': 0.06, 'selfemployed': 0.3}[a]
        if r.random() < gp:
            g = r.choice([("McFit GmbH", (2490, 2990)), ("FitX Deutschland GmbH", (1999, 2499)), ("Urban Sports GmbH", (3900, 5900, 9900)),
                          (f"clever fit {self.city}", (2490, 2990)), ("Fitness First Germany GmbH", (3990, 4990)),
                          ("EASYFITNESS " + self.city, (2495, 2995)), ("John Reed Fitness", (2990,)),
                          ("Kieser Training AG", (4500,)), (f"Injoy {self.city}", (3990,))])
            mn = self.digits(7)
            cst = r.random() < 0.35
            self.add_series('gym', 'dd', g[0], 'leisure', r.choice((1, 1, 15, 5)), r.choice(g[1]), rise_kind='gym',
                            reftext=lambda nom, k, mn=mn, cst=cst: (f"Mitgliedsbeitrag Mitgl.-Nr. {mn}" if cst else
                                                                    f"Mitgliedsbeitrag {nom.month:02d}/{nom.year} Mitgl.-Nr. {mn}"))
            if cst:
                self.stat('cf_dd_constant_reference_text')
        # Deutschlandticket
        if a != 'student' and r.random() < 0.25:
            cp = r.choice(["DB Vertrieb GmbH", f"{self.transit} Abo-Center", "Deutschlandticket Service GmbH"])
            an = self.digits(9)
            self.add_series('dticket', 'dd', cp, 'transport', 1, 6300,
                            reftext=lambda nom, k, an=an: f"Deutschlandticket {MONAT[nom.month - 1]} {nom.year} Abo {an}")
        # donations
        if r.random() < (0.35 if a == 'pensioner' else 0.12):
            org = r.choice(["Ärzte ohne Grenzen e.V.", "UNICEF Deutschland", "WWF Deutschland", "SOS-Kinderdörfer weltweit",
                            "Deutsches Rotes Kreuz e.V.", "Greenpeace e.V.", "Caritas international", "Brot für die Welt",
                            "Deutsche Krebshilfe", "NABU e.V."])
            fm = self.digits(8)
            amt = r.choice((500, 1000, 1000, 1500, 2000, 2500, 3000))
            ch = 'dd' if r.random() < 0.7 else 'so'
            s = self.add_series('donation', ch, org, 'donation', r.choice((1, 5, 15)), amt,
                                reftext=lambda nom, k, fm=fm: f"Spende Fördermitglied {fm} Danke")
            self.donation = s
        else:
            self.donation = None
        # loans
        lp = {'employee': 0.15, 'high': 0.2, 'pensioner': 0.05, 'student': 0.03, 'benefits': 0.25, 'selfemployed': 0.15}[a]
        if r.random() < lp:
            cp = r.choice(["Santander Consumer Bank AG", "TARGOBANK AG", "creditplus bank AG", "BMW Bank GmbH",
                           "Volkswagen Bank GmbH", "Mercedes-Benz Bank AG", "Consors Finanz", "SWK Bank", "Klarna Bank AB Ratenkauf"])
            amt = int(r.uniform(60, 420) * (2 if a == 'high' else 1) * 100) + r.randrange(100)
            vn = self.digits(10)
            self.add_series('loan', 'dd', cp, 'loan', r.choice((1, 15, 20, 28)), amt,
                            reftext=lambda nom, k, vn=vn: f"Vertrag {vn} Rate {nom.month:02d}/{nom.year}")
        # kita
        if self.kids and a != 'benefits' and r.random() < 0.5:
            amt = r.choice((0, 9000, 14500, 18000, 23000, 31000, 41000))
            if amt:
                cp = r.choice([f"Stadt {self.city} Kita-Gebühren", f"Kita Sonnenschein {self.city} e.V.", f"Landeshauptkasse {self.city}",
                               f"Kinderhaus {r.choice(LAST)} gGmbH"])
                kn = r.choice(["Emil", "Mia", "Ben", "Lina", "Noah", "Ella", "Paul", "Emilia", "Finn", "Mila"])
                self.add_series('kita', 'dd', cp, 'childcare', 1, amt, rise_kind='insurance',
                                reftext=lambda nom, k, kn=kn: f"Elternbeitrag {MONAT[nom.month - 1]} {nom.year} {kn} {self.last}")
        # clubs (quarterly)
        if r.random() < 0.15:
            cp = self.fill(r.choice(["TSV {city} 1860 e.V.", "SV {city} e.V.", "Musikschule {city}", "DAV Sektion {city}",
                                     "Turnverein {city} e.V.", "Tennisclub Rot-Weiß {city}"]))
            self.add_series('club', 'dd', cp, 'leisure', 15, r.choice((3000, 4500, 6000, 9000)), period=3,
                            reftext=lambda nom, k: f"Mitgliedsbeitrag Q{(nom.month - 1) // 3 + 1}/{nom.year}")
        # Rundfunkbeitrag: quarterly mid-month (Feb/May/Aug/Nov); exempt for Bürgergeld / BAföG
        exempt = (a == 'benefits' and getattr(self, 'buergergeld', False)) or (a == 'student' and any(i.kind == 'bafoeg' for i in self.incomes))
        if not exempt and r.random() < (0.85 if a != 'student' else 0.3):
            bn = self.digits(9)
            if r.random() < 0.8:
                self.add_series('rundfunk', 'dd', r.choice(["Rundfunk ARD, ZDF, DRadio", "ARD ZDF Deutschlandradio Beitragsservice"]),
                                'fees', 15, 5508, period=3, phase=2,
                                reftext=lambda nom, k, bn=bn: f"Rundfunkbeitrag {add_m(nom.year, nom.month, -1)[1]:02d}.{nom.year}-{add_m(nom.year, nom.month, 1)[1]:02d}.{nom.year} Beitragsnr. {bn}")
        # bank account fee (constant)
        if r.random() < 0.45:
            fee = r.choice((390, 490, 590, 690, 790, 990))
            self.add_series('acctfee', 'fee', "Entgelt Kontoführung", 'fees', 31, fee,
                            reftext=lambda nom, k: f"Kontoführungsentgelt {nom.month:02d}/{nom.year}")
        if r.random() < 0.08 and a in ('employee', 'high', 'pensioner'):
            mom = f"{r.choice(FIRST_ALL)} {self.last}"
            amt = r.choice((10000, 15000, 20000, 30000))
            self.add_series('support', 'so', mom, 'p2p', r.choice((1, 3, 5)), amt, reftext=lambda nom, k: "Unterstützung")
        # regular gambling / lottery (confounder for 'risky merchant')
        if r.random() < 0.05:
            self.lotto = r.choice(["Lotto24 AG", "LOTTO Bayern", "WestLotto", "Lotto Niedersachsen"])
            self.add_series('lotto', 'dd', self.lotto, 'gambling', r.choice((1, 15)), r.choice((1250, 2000, 3120, 4680)),
                            reftext=lambda nom, k: f"Dauerspiel {nom.month:02d}/{nom.year} Spielauftrag")
            self.stat('cf_ud_regular_lottery')
            self.cfs.append(('ud_regular_lottery', self.lotto, None))
        # broker savings plan via direct debit = own money -> category transfer
        bp = {'employee': 0.22, 'high': 0.55, 'pensioner': 0.05, 'student': 0.15, 'benefits': 0.0, 'selfemployed': 0.3}[a]
        self.broker = None
        if r.random() < bp and self.main_sched is not None:
            cp = r.choice(["Scalable Capital GmbH", "Trade Republic Bank GmbH", "comdirect bank AG Sparplan",
                           "ING-DiBa AG Depot", "flatex Bank AG"])
            amt = r.choice((2500, 5000, 5000, 10000, 15000, 25000, 50000)) * (3 if a == 'high' else 1)
            pd = self.main_sched(2026, 11).day
            day = 2 if pd >= 24 else min(28, pd + 2)
            s = self.add_series('broker', 'dd', cp, 'transfer', day, amt, tag='own',
                                reftext=lambda nom, k: f"Sparplan {nom.month:02d}/{nom.year} Depot {self.last4}")
            self.broker = s

    # ---------------- price changes (planted and confounders) ----------------
    def rise_amount(self, kind, base):
        r = self.rng
        if kind == 'stream':
            new = base + (r.choice((20, 30, 50, 100)) if base < 300 else r.choice((100, 100, 200, 200, 300, 400)))
        elif kind in ('gym', 'telecom'):
            new = base + r.choice((200, 300, 400, 500))
        elif kind == 'energy':
            new = int(base * r.uniform(1.08, 1.38)) // 100 * 100
        elif kind == 'insurance':
            new = int(base * r.uniform(1.05, 1.15))
        elif kind == 'rent':
            new = int(base * r.uniform(1.04, 1.09)) // 100 * 100
        else:
            new = int(base * 1.1)
        if new < base * 1.04 or new - base < 50:
            new = max(int(base * 1.05) + 1, base + 50)
        return new

    def plant_price_changes(self):
        r = self.rng
        elig = [s for s in self.series if s.rise_kind and not s.variable and s.period == 1]
        # planted rises
        if self.want_pr:
            cands = []
            for s in elig:
                ks = [k for k, o in enumerate(s.occ) if o[1] >= PR_FROM and k >= 3]
                if ks:
                    cands.append((s, ks))
            if cands:
                n = 2 if (len(cands) > 2 and r.random() < 0.12) else 1
                wts = {'stream': 3.0, 'gym': 3.0, 'telecom': 2.0, 'energy': 1.2, 'insurance': 0.8, 'rent': 1.5}
                chosen = []
                pool = list(cands)
                for _ in range(n):
                    tot = sum(wts.get(c_[0].rise_kind, 1.0) for c_ in pool)
                    x = r.random() * tot
                    for c_ in pool:
                        x -= wts.get(c_[0].rise_kind, 1.0)
                        if x <= 0:
                            break
                    chosen.append(c_)
                    pool.remove(c_)
                for s, ks in chosen:
                    k = r.choice(ks)
                    two_step = r.random() < 0.1
                    if two_step:
                        ks0 = [j for j in range(2, k - 1) if date(2026, 7, 1) <= s.occ[j][1] < PR_FROM]
                        if ks0:
                            j = r.choice(ks0)
                            mid = self.rise_amount(s.rise_kind, s.base)
                            for q in range(j, len(s.amounts)):
                                s.amounts[q] = mid
                            self.stat('pr_planted_two_step')
                    base_now = s.amounts[k - 1]
                    new = self.rise_amount(s.rise_kind, base_now)
                    for q in range(k, len(s.amounts)):
                        s.amounts[q] = new
                    s.planted = ('rise', k)
                    self.stat('pr_planted')
                    if s.occ[k][1] <= PR_FROM + timedelta(days=3):
                        self.stat('pr_planted_first_higher_within_4d_of_window_start')
                    self.stat('pr_planted_' + s.channel)
                    self.stat('pr_planted_kind_' + s.rise_kind)
                    if len([o for o in s.occ[k:]]) > 1:
                        self.stat('pr_planted_two_higher_charges_in_window')
            else:
                self.stat('pr_wanted_but_infeasible')
        free = [s for s in elig if s.planted is None]
        # old rise (first higher charge before the 35-day window; later charges in window also higher)
        if free and r.random() < 0.12:
            cands = []
            for s in free:
                ks = [k for k, o in enumerate(s.occ) if date(2026, 8, 1) <= o[1] < PR_FROM and k >= 2
                      and any(o2[1] >= PR_FROM for o2 in s.occ[k + 1:])]
                if ks:
                    cands.append((s, ks))
            if cands:
                s, ks = r.choice(cands)
                k = r.choice(ks)
                new = self.rise_amount(s.rise_kind, s.base)
                for q in range(k, len(s.amounts)):
                    s.amounts[q] = new
                s.planted = ('oldrise', k)
                self.cfs.append(('pr_old_rise_first_higher_before_window', None, s.occ[k][1].isoformat(), si_key(s)))
                self.stat('cf_pr_old_rise_outside_35d')
                if s.occ[k][1] >= PR_FROM - timedelta(days=4):
                    self.stat('cf_pr_old_rise_boundary_within_4d')
        free = [s for s in elig if s.planted is None]
        # price decrease in window
        if free and r.random() < 0.06:
            cands = []
            for s in free:
                ks = [k for k, o in enumerate(s.occ) if o[1] >= PR_FROM and k >= 3]
                if ks and s.rise_kind in ('energy', 'telecom', 'insurance', 'stream'):
                    cands.append((s, ks))
            if cands:
                s, ks = r.choice(cands)
                k = r.choice(ks)
                new = int(s.base * r.uniform(0.72, 0.93))
                for q in range(k, len(s.amounts)):
                    s.amounts[q] = new
                s.planted = ('decrease', k)
                self.cfs.append(('pr_price_decrease', None, s.occ[k][1].isoformat(), si_key(s)))
                self.stat('cf_pr_price_decrease_in_window')
        # own savings plan increased in window (category transfer: not a price rise)
        if self.broker and r.random() < 0.15:
            s = self.broker
            ks = [k for k, o in enumerate(s.occ) if o[1] >= PR_FROM and k >= 3]
            if ks:
                k = ks[0]
                for q in range(k, len(s.amounts)):
                    s.amounts[q] = s.base * 2
                s.planted = ('own_increase', k)
                self.cfs.append(('pr_own_savings_plan_increase', None, s.occ[k][1].isoformat(), si_key(s)))
                self.stat('cf_pr_own_savings_plan_increase')

    # ---------------- materialize series ----------------
    def materialize(self):
        r = self.rng
        for si, s in enumerate(self.series):
            s.bks = []
            for k, (nom, bd, adt) in enumerate(s.occ):
                amt = -s.amounts[k]
                cp = s.cpf(k) if s.cpf else s.cp
                if s.channel == 'dd':
                    ref = f"MREF {s.mref} {s.reftext(nom, k)}"
                    b = self.add(bd, amt, cp, s.cat, ref, tag=s.tag, ser=si, k=k, ch='dd', mref=s.mref)
                elif s.channel == 'paypal':
                    merchant = s.note[1]
                    tx = self.digits(13)
                    ref = f"MREF {self.pp_mref} {tx} PP.{self.pp_n}.PP . {merchant}, Ihr Einkauf bei {merchant}"
                    b = self.add(bd, amt, cp, s.cat, ref, tag=s.tag, ser=si, k=k, ch='dd', mref=self.pp_mref)
                elif s.channel == 'so':
                    b = self.add(bd, amt, cp, s.cat, s.reftext(nom, k), tag=s.tag, ser=si, k=k, ch='so')
                elif s.channel == 'fee':
                    bdl = last_bd(nom.year, nom.month)
                    if bdl > TODAY or bdl < self.start:
                        continue
                    b = self.add(bdl, amt, cp, s.cat, s.reftext(nom, k), tag=s.tag, ser=si, k=k, ch='fee')
                else:
                    ar = self.new_aref() if r.random() < 0.97 else None
                    b = self.add(bd, amt, cp, s.cat, self.card_ref(adt), adt, ar, s.tag, ser=si, k=k, ch='card')
                    if s.key == 'usd' and self.fx_fee:
                        self.add(bd, -max(1, int(round(s.amounts[k] * 0.0175))), "Auslandseinsatzentgelt", 'fees',
                                 f"Entgelt Fremdwährung {cp[:20]}", tag='fee')
                s.bks.append(b)

    # ---------------- discretionary spending ----------------
    def stores(self, pool, kmin, kmax):
        r = self.rng
        k = r.randint(kmin, kmax)
        out = []
        for t in r.sample(pool, min(k, len(pool))):
            out.append((self.fill(t), 0.3 + r.random()))
        return out

    def pick(self, stores):
        r = self.rng
        tot = sum(w for _, w in stores)
        x = r.random() * tot
        for s, w in stores:
            x -= w
            if x <= 0:
                return s
        return stores[-1][0]

    def gen_events(self, stores, cat, per_month, med, sig, lo, hi, prof, dw, shop=True, ch='card', fixed=None,
                   lo_d=None, hi_d=None, home=True, aref_none=0.0):
        r = self.rng
        lo_d = lo_d or self.start
        hi_d = hi_d or TODAY
        span = (hi_d - lo_d).days + 1
        if span <= 0:
            return
        lam = per_month * span / 30.4 * self.freq
        n = int(lam) + (1 if r.random() < lam - int(lam) else 0)
        for _ in range(n):
            d = self.rand_day(lo_d, hi_d, dw, shop=shop, home=home)
            if d is None:
                continue
            if fixed:
                amt = r.choice(fixed)
            else:
                v = med * math.exp(sig * r.gauss(0, 1))
                v = lo if v < lo else hi if v > hi else v
                amt = int(v * 100)
            cp = self.pick(stores)
            if ch == 'card':
                self.card(self.rtime(d, prof), -amt, cp, cat, aref=not (aref_none and r.random() < aref_none))
            elif ch == 'cash':
                amt = max(2000, int(round(v / 20.0)) * 2000) if not fixed else amt
                self.card(self.rtime(d, prof), -amt, cp, 'cash', ref=r.choice(["Bargeldauszahlung", "Auszahlung Geldautomat", None]))
            elif ch == 'paypal':
                m = r.choice(self.pp_merchants)
                tx = self.digits(13)
                bd = next_bd(d + timedelta(days=r.choice((0, 1, 1, 2))))
                if bd > TODAY:
                    bd = next_bd(d) if next_bd(d) <= TODAY else None
                if bd:
                    self.add(bd, -amt, self.pp_cp, 'online',
                             f"MREF {self.pp_mref} {tx} PP.{self.pp_n}.PP . {m}, Ihr Einkauf bei {m}", tag='n', ch='dd',
                             mref=self.pp_mref)

    def gen_spending(self):
        r = self.rng
        a = self.arch
        inc = max(self.net, 600)
        f = (inc / 2300.0) ** 0.55 * {'employee': 0.8, 'pensioner': 0.72, 'high': 0.85, 'selfemployed': 0.85}.get(a, 1.0)
        f *= 0.8 + 0.4 * r.random()
        if a == 'student':
            f = 0.42
        if a == 'benefits':
            f = 0.4
        hh = 1 + 0.3 * self.kids
        self.scale = f
        self.freq = {'employee': 0.85, 'pensioner': 0.75, 'student': 0.6, 'benefits': 0.95, 'high': 0.9}.get(a, 1.0)
        # holidays (away from home)
        self.trips = []
        if self.traveller:
            dest = r.choice(list(FOREIGN.keys()))
            dlo = max(self.start + timedelta(days=30), date(2026, 6, 15))
            s = dlo + timedelta(days=r.randrange(max(1, (date(2026, 9, 20) - dlo).days)))
            ln = r.choice((7, 8, 10, 12, 14, 15))
            self.trips.append((dest, s, s + timedelta(days=ln - 1)))
            for i in range(ln):
                self.away.add(s + timedelta(days=i))
        # grocery
        g_st = []
        pools = r.sample(GROC, 3)
        for tmpls, w in pools:
            for t in r.sample(tmpls, r.choice((1, 1, 2))):
                g_st.append((self.fill(t), w * (0.3 + r.random())))
        gpm = {'employee': 9, 'high': 10, 'pensioner': 10, 'student': 9, 'benefits': 10, 'selfemployed': 9}[a]
        self.gen_events(g_st, 'groceries', gpm * (0.7 + 0.6 * r.random()), 24 * hh * f ** 0.6, 0.65, 1.2, 165 * hh, 'grocery', DW_SHOP)
        self.grocery_stores = g_st
        d_st = [(self.fill(r.choice(x)), 1.0) for x in r.sample(DRUG, 2)]
        self.gen_events(d_st, 'drugstore', 2.2 * (0.5 + r.random()), 14 * f ** 0.5, 0.6, 0.95, 70, 'shop', DW_SHOP)
        # bakery / cafe (fixed prices -> legit repeats)
        bk_st = self.stores(BAKERY, 1, 2)
        self.bakery_stores = bk_st
        self.gen_events(bk_st, 'bakery', (6 if a != 'pensioner' else 4) * r.random(), 0, 0, 0, 0, 'bakery', DW_ANY,
                        fixed=(120, 185, 240, 295, 320, 360, 410, 455, 560, 640, 720), aref_none=0.15)
        cf_st = self.stores(CAFE, 1, 2)
        self.cafe_stores = cf_st
        if a in ('employee', 'high', 'student', 'selfemployed'):
            self.gen_events(cf_st, 'cafe', 5 * r.random() * (1.5 if a == 'high' else 1), 0, 0, 0, 0, 'cafe', DW_WORK,
                            fixed=(290, 320, 350, 380, 420, 450, 490, 530, 590))
        # restaurants / delivery
        rs = self.stores(REST, 3, 7)
        self.gen_events(rs, 'restaurant', {'high': 6, 'student': 3, 'pensioner': 1.5, 'benefits': 1}.get(a, 2.5) * (0.4 + r.random()),
                        24 * f, 0.55, 4.5, 180 * f, 'rest', DW_OUT, shop=False)
        if a != 'pensioner' and r.random() < 0.6:
            self.gen_events(self.stores(DELIV, 1, 2), 'delivery', 2.5 * r.random(), 27, 0.35, 9, 75, 'deliv', DW_OUT, shop=False)
        # fuel / transport / parking
        if self.has_car:
            self.gen_events(self.stores(FUEL, 2, 4), 'fuel', 3.2 * (0.5 + r.random()), 58, 0.28, 12, 120, 'fuel', DW_ANY, shop=False)
            if r.random() < 0.5:
                self.gen_events(self.stores(PARKING, 1, 3), 'transport', 2 * r.random(), 0, 0, 0, 0, 'day', DW_ANY, shop=False,
                                fixed=(150, 200, 250, 300, 400, 600, 800))
        tr_st = [(self.fill(t), 1.0) for t in r.sample(TRANSPORT, 3)]
        self.transport_stores = tr_st
        self.gen_events(tr_st, 'transport', 2.5 * r.random(), 12, 0.9, 1.8, 139, 'transport', DW_ANY, shop=False)
        # clothing / online / paypal
        self.gen_events(self.stores(CLOTHES, 2, 4), 'shopping', 0.9 * (0.4 + r.random()) * f, 42 * f ** 0.5, 0.6, 5, 160 * f, 'shop', DW_SHOP)
        on_st = self.stores(ONLINE, 2, 5)
        self.online_stores = on_st
        opm = {'employee': 2.5, 'high': 4, 'pensioner': 0.5, 'student': 2.5, 'benefits': 1.2, 'selfemployed': 3}[a]
        self.gen_events(on_st, 'online', opm * (0.3 + r.random()), 29 * f ** 0.5, 0.75, 2.99, 180 * f, 'online', DW_ANY, shop=False, home=False)
        if self.paypal:
            self.gen_events([('', 1)], 'online', 2.0 * (0.3 + r.random()), 31 * f ** 0.5, 0.75, 3.5, 170 * f, 'online', DW_ANY,
                            shop=False, ch='paypal', home=False)
        # cash
        cpm = {'pensioner': 3, 'benefits': 3, 'student': 1}.get(a, 1.8)
        atm_st = self.stores(ATM, 1, 2)
        self.atm_stores = atm_st
        self.gen_events(atm_st, 'cash', cpm * (0.3 + r.random()), (60 if a in ('pensioner', 'employee', 'high') else 40) * f ** 0.5,
                        0.5, 20, 300 if a != 'high' else 500, 'cash', DW_ANY, shop=False, ch='cash')
        # health, leisure, pets, home
        self.gen_events(self.stores(HEALTH, 1, 3), 'health', (1.5 if a == 'pensioner' else 0.6) * r.random(), 18, 0.8, 2.5, 140, 'shop', DW_SHOP)
        self.gen_events(self.stores(LEISURE, 3, 6), 'leisure', 2.0 * r.random(), 19 * f ** 0.5, 0.6, 3, 95, 'day', DW_OUT, shop=False)
        if r.random() < 0.2:
            self.gen_events(self.stores(PETS, 1, 2), 'pets', 1.5, 28, 0.6, 4, 110, 'shop', DW_SHOP)
        if r.random() < 0.05 and not getattr(self, 'lotto', None):
            # regular sports betting / crypto buyer (confounder for the 'risky merchant' rule)
            cp, cat = r.choice([("TIPICO CO. LTD", 'gambling'), ("bwin.com", 'gambling'), ("Coinbase Ireland", 'crypto'),
                                ("Bitpanda GmbH", 'crypto')])
            self.gen_events([(cp, 1)], cat, 3.5, 25, 0.5, 5, 120, 'online', DW_ANY, shop=False, home=False)
            self.regular_risky = cp
            self.stat('cf_ud_regular_gambling_or_crypto_user')
            self.cfs.append(('ud_regular_gambling_or_crypto_user', cp, None))
        else:
            self.regular_risky = None
        # p2p transfers to people
        if r.random() < 0.5:
            people = [f"{r.choice(FIRST_ALL)} {r.choice(LAST)}" for _ in range(r.randint(1, 4))]
            for _ in range(int(r.uniform(0, 1.2) * self.ndays / 30)):
                d = self.rand_day(self.start, TODAY, DW_ANY, home=False)
                if d and is_bd(d):
                    self.add(d, -int(r.choice((10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150)) * 100), r.choice(people), 'p2p',
                             r.choice(["Geschenk", "Anteil Pizza", "Konzertkarten", "Danke!", "Geburtstag", "Auslage", "Tankgeld", None]))
        # big purchases
        self.gen_big()
        # trips
        for dest, s, e in self.trips:
            shops, atm, land = FOREIGN[dest]
            # booking months before
            bdte = self.rand_day(self.start, max(self.start, s - timedelta(days=20)), DW_ANY, shop=False, home=False)
            if bdte:
                amt = int(min(4500, max(180, 900 * f * (1 + 0.4 * self.kids) * math.exp(0.4 * r.gauss(0, 1)))) * 100)
                self.card(self.rtime(bdte, 'online'), -amt, self.fill(r.choice(TRAVEL_BOOK)), 'travel')
            fs = [(self.fill(t), 1.0) for t in shops]
            d = s
            while d <= e and d <= TODAY:
                for _ in range(r.randint(0, 3)):
                    self.card(self.rtime(d, 'day'), -int(min(220, 25 * f * math.exp(0.7 * r.gauss(0, 1))) * 100 + r.randrange(100)),
                              self.pick(fs), r.choice(('restaurant', 'groceries', 'leisure')), lag=r.choice((1, 2, 3)))
                if r.random() < 0.15:
                    self.card(self.rtime(d, 'day'), -r.choice((5000, 10000, 15000, 20000)), atm, 'cash', lag=r.choice((1, 2)),
                              ref=r.choice(("Bargeldauszahlung Ausland", "Bargeldauszahlung", None)))
                d += D1
            self.stat('trip_abroad_history')
        # christmas season: more shopping, new merchants, small market stalls
        xs = [(self.fill(t), 1.0) for t in r.sample(XMAS, 5)]
        lo_d = date(2026, 11, 14)
        if a != 'benefits' or r.random() < 0.5:
            self.gen_events(xs, 'shopping', 3.0 * (0.3 + r.random()), 32 * f ** 0.5, 0.6, 6, 95 * f, 'shop', DW_SHOP, lo_d=lo_d)
            self.gen_events(on_st, 'online', opm * 1.2, 30 * f ** 0.5, 0.7, 4, 95 * f, 'online', DW_ANY, shop=False, lo_d=date(2026, 11, 23),
                            hi_d=date(2026, 12, 2))  # Black Friday / Cyber Monday
            if r.random() < 0.6:
                self.gen_events([(self.fill(t), 1) for t in XMAS_SMALL], 'restaurant', 3, 0, 0, 0, 0, 'rest', DW_OUT, shop=False,
                                fixed=(350, 400, 450, 500, 600, 700, 900), lo_d=date(2026, 11, 23), aref_none=0.3)
            self.stat('christmas_shopping')

    def gen_big(self):
        r = self.rng
        if self.big == 'none':
            return
        n = r.randint(1, 3) if self.big == 'occasional' else r.randint(4, 12)
        med = 280 if self.big == 'occasional' else 700 * max(1, self.scale)
        hi = 900 if self.big == 'occasional' else 3800
        pools = ELEC + HOME + ["Fahrrad {last}", "Zweirad-Center Stadler", "ATU Auto-Teile-Unger", "Autohaus {last} Werkstatt",
                               "Zahnarztpraxis Dr. {last}", "Juwelier {last}", "Breuninger {city}", "Globetrotter {city}"]
        for _ in range(n):
            d = self.rand_day(self.start, date(2026, 11, 7), DW_SHOP, shop=True)
            if d is None:
                continue
            amt = int(min(hi, max(130, med * math.exp(0.55 * r.gauss(0, 1)))) * 100) + r.choice((0, 99, 95, 50, 0, 90))
            cp = self.fill(r.choice(pools))
            if cp.startswith("Zahnarzt") or cp.startswith("Autohaus"):
                if is_bd(d):
                    self.add(d, -amt, cp, 'health' if cp.startswith("Zahn") else 'car', f"Rechnung {self.digits(6)}")
            else:
                self.card(self.rtime(d, 'shop'), -amt, cp, 'shopping' if 'IKEA' not in cp else 'home')
        self.stat('big_purchase_profile_' + self.big)

    # ---------------- one-off bills, refunds, misc ----------------
    def gen_misc(self):
        r = self.rng
        a = self.arch
        # annual premiums: in history (June-October) by default
        for (cp, text, amt, cat, ch) in self.annual_candidates:
            d = next_bd(self.start + timedelta(days=r.randrange(max(1, (date(2026, 10, 30) - self.start).days))))
            self.add(d, -amt, cp, cat, f"MREF {self.make_mref()} {text} {d.year}/{d.year + 1}", tag='bill', ch='dd')
            self.stat('annual_bill_in_history')
        hspan = max(1, (date(2026, 10, 30) - self.start).days)
        if self.has_car:
            d = next_bd(self.start + timedelta(days=r.randrange(hspan)))
            self.add(d, -int(r.uniform(40, 320)) * 100, f"Hauptzollamt {r.choice(['Hamburg', 'Köln', 'München', 'Dresden', 'Stuttgart'])}",
                     'tax', f"MREF {self.make_mref()} Kraftfahrzeugsteuer {self.fill('{n2}')}-{r.choice('ABCDEFGHKLM')}{r.choice('ABCDEFGHKLM')} {self.digits(3)} {d.year}", tag='bill', ch='dd')
            if r.random() < 0.4:
                d = next_bd(self.start + timedelta(days=r.randrange(hspan)))
                self.add(d, -r.choice((5900, 9400, 13900)), "ADAC e.V.", 'leisure', f"MREF {self.make_mref()} Mitgliedsbeitrag {d.year}/{d.year + 1}", tag='bill', ch='dd')
        if a == 'student':
            d = next_bd(date(2026, 8, 10) + timedelta(days=r.randrange(40)))
            if self.start <= d:
                self.add(d, -int(r.uniform(150, 390) * 100), f"Universität {self.city}", 'education',
                         f"Semesterbeitrag WiSe {d.year}/{d.year % 100 + 1} Matr.-Nr. {self.digits(7)}", tag='bill', ch='so')
        # refunds (credits)
        for _ in range(r.randint(0, 4)):
            d = self.rand_day(self.start, TODAY, DW_ANY, home=False)
            if d and is_bd(d):
                if self.paypal and r.random() < 0.5:
                    m = r.choice(self.pp_merchants)
                    self.add(d, int(r.uniform(8, 90) * 100), self.pp_cp, 'refund', f"{self.digits(13)} PP.{self.pp_n}.PP Rückzahlung von {m}", tag='cr')
                else:
                    self.add(d, int(r.uniform(8, 120) * 100), r.choice(["Zalando Payments GmbH", "Amazon Payments Europe S.C.A.", "OTTO GmbH & Co KG",
                                                                       "H&M Hennes & Mauritz", "ABOUT YOU SE"]), 'refund',
                             f"Erstattung Retoure {self.digits(9)}", tag='cr')
        # tax refund
        if a in ('employee', 'high', 'pensioner') and r.random() < 0.35:
            d = next_bd(max(self.start, date(2026, 6, 1)) + timedelta(days=r.randrange(120)))
            self.add(d, int(r.uniform(120, 2200) * 100), f"Finanzamt {self.city}", 'tax',
                     f"EST 2025 StNr {self.digits(3)}/{self.digits(3)}/{self.digits(5)} Erstattung", tag='cr')
        # incoming p2p
        for _ in range(r.randint(0, 5)):
            d = self.rand_day(self.start, TODAY, DW_ANY, home=False)
            if d and is_bd(d):
                self.add(d, int(r.choice((10, 15, 20, 25, 30, 50, 100)) * 100), f"{r.choice(FIRST_ALL)} {r.choice(LAST)}", 'p2p',
                         r.choice(["Danke", "Anteil Urlaub", "Geburtstag", "Rückzahlung", "Kino", None]), tag='cr')
        # renters: utility statement (Nebenkostenabrechnung) one-off to landlord, usually in history
        rent = [s for s in self.series if s.key == 'rent']
        if rent and r.random() < 0.25:
            s = rent[0]
            in_window = r.random() < 0.3
            d = self.rand_day(PR_FROM if in_window else date(2026, 6, 1), TODAY if in_window else date(2026, 10, 30), DW_WORK, home=False)
            if d and is_bd(d) and d >= self.start:
                amt = int(r.uniform(40, 380) * 100)
                b = self.add(d, -amt, s.cp, 'rent', f"Nachzahlung Betriebskosten 2025 {self.last}", tag='bill', ch='so')
                if in_window:
                    b['cf'] = 'nk_nachzahlung'
        # self-employed business costs and taxes
        if a == 'selfemployed':
            sup = [self.fill(t) for t in r.sample(SUPPLIERS, 4)]
            for _ in range(int(self.ndays / 30 * r.uniform(1, 4))):
                d = self.rand_day(self.start, TODAY, DW_WORK, home=False)
                if d and is_bd(d):
                    self.add(d, -int(min(6000, 250 * math.exp(0.9 * r.gauss(0, 1))) * 100 + r.randrange(100)), r.choice(sup), 'business',
                             f"Rechnung {self.digits(6)}", tag='biz')
            stn = f"{self.digits(3)}/{self.digits(3)}/{self.digits(5)}"
            fa = f"Finanzamt {self.city}"
            vz = int(r.uniform(600, 4000)) * 100
            self.add_series('est_vz', 'dd', fa, 'tax', 10, vz, period=3, phase=0,
                            reftext=lambda nom, k: f"StNr {stn} ESt-VZ {(nom.month - 1) // 3 + 1}/{nom.year}")
            ust = int(r.uniform(300, 1800)) * 100
            self.add_series('ust', 'dd', fa, 'tax', 10, ust, variable=lambda k, u=ust: int(u * r.uniform(0.75, 1.3)),
                            reftext=lambda nom, k: f"StNr {stn} USt-VA {add_m(nom.year, nom.month, -1)[1]:02d}/{nom.year}")

    # ---------------- unusual-debit rule helpers ----------------
    DISC_TAGS = ('n', 'bill', 'biz')

    def prior_max2(self, d, exclude=None):
        m1 = m2 = 0
        for b in self.bk:
            if b['c'] < 0 and b['d'] < d and b['tag'] in self.DISC_TAGS and b is not exclude:
                v = -b['c']
                if v > m1:
                    m1, m2 = v, m1
                elif v > m2:
                    m2 = v
        return m1, m2

    def normal_limit(self, d):
        m1, m2 = self.prior_max2(d)
        return max(15000, 2 * m2), m1, m2

    def sweep_limits(self, fix=False):
        """Ordinary debits booked in the 30-day window must satisfy
        amount <= max(150 EUR, 2 x second-largest earlier discretionary debit).
        Chronological sweep; with fix=True violating amounts are scaled down."""
        r = self.rng
        # ordinary debits; the first-ever charge of a regular payment that starts inside the window
        # (e.g. a quarterly premium seen for the first time) is judged like an ordinary debit too
        disc = [b for b in self.bk if b['c'] < 0 and (b['tag'] in self.DISC_TAGS or
                                                      (b['tag'] == 'rec' and b.get('k') == 0 and b['d'] >= W30_FROM))]
        disc.sort(key=lambda b: (b['d'], b['seq']))
        m1 = m2 = 0
        i = 0
        n = len(disc)
        viol = 0
        while i < n:
            d = disc[i]['d']
            j = i
            while j < n and disc[j]['d'] == d:
                j += 1
            if d >= W30_FROM:
                lim = max(15000, 2 * m2)
                for b in disc[i:j]:
                    if -b['c'] > lim:
                        viol += 1
                        if fix:
                            b['c'] = -int(lim * r.uniform(0.45, 0.9))
                            if b['tag'] == 'rec':
                                self.series[b['ser']].amounts[0] = -b['c']
                                self.stat('audit_scaled_down_first_regular_charge_in_window')
            for b in disc[i:j]:
                v = -b['c']
                if v > m1:
                    m1, m2 = v, m1
                elif v > m2:
                    m2 = v
            i = j
        return viol

    def disc_max_all(self):
        m = 0
        for b in self.bk:
            if b['c'] < 0 and b['tag'] in self.DISC_TAGS and -b['c'] > m:
                m = -b['c']
        return m

    def audit_unusual(self):
        """Make sure no ordinary debit in the 30-day window is far from the customer's history."""
        v = self.sweep_limits(fix=True)
        if v:
            self.stat('audit_scaled_down_window_debit', v)

    # ---------------- confounders ----------------
    def gen_confounders(self):
        r = self.rng
        a = self.arch
        # 11. city trip abroad in the window for someone who travels
        if self.traveller and r.random() < 0.22:
            cc = r.choice(list(CITY_TRIP.keys()))
            s = date(2026, 11, 12) + timedelta(days=r.randrange(20))
            ln = r.choice((2, 3, 4))
            fs = [(self.fill(t), 1.0) for t in CITY_TRIP_M[cc]]
            bdte = self.rand_day(date(2026, 10, 1), s - timedelta(days=7), DW_ANY, shop=False, home=False)
            if bdte:
                lim, _, _ = self.normal_limit(bdte)
                self.card(self.rtime(bdte, 'online'), -min(int(lim * 0.8), int(r.uniform(120, 420) * 100)),
                          r.choice(["Deutsche Bahn Fernverkehr", "Booking.com", "Eurowings", "FlixBus"]), 'travel')
            tripdays = [s + timedelta(days=i) for i in range(ln) if s + timedelta(days=i) <= TODAY]
            self.bk = [b for b in self.bk if not (b['tag'] == 'n' and b.get('ch') == 'card' and b['auth'] is not None
                                                  and b['auth'].date() in tripdays and b['cat'] in INPERSON)]
            for d in tripdays:
                self.away.add(d)
                for _ in range(r.randint(1, 4)):
                    b = self.card(self.rtime(d, 'day'), -int(min(140, 22 * math.exp(0.6 * r.gauss(0, 1))) * 100 + r.randrange(100)),
                                  self.pick(fs), r.choice(('restaurant', 'groceries', 'leisure', 'transport')), lag=r.choice((1, 2)))
                    if b:
                        b['cf'] = 'city_trip_abroad'
            self.stat('cf_ud_city_trip_abroad_in_window')
        # 1. two coffees / two rolls: same merchant, same amount, hours apart (legit repeat)
        if r.random() < 0.2:
            st = self.cafe_stores if (self.cafe_stores and r.random() < 0.5) else self.bakery_stores
            cp = self.pick(st)
            d = self.rand_day(W30_FROM + timedelta(days=1), TODAY - D1, DW_ANY, shop=False)
            if d:
                amt = r.choice((240, 320, 350, 380, 420, 490))
                t1 = self.rtime(d, 'bakery')
                quick = r.random() < 0.3
                gap = r.randint(12 * 60, 25 * 60) if quick else r.randint(35 * 60, 7 * 3600)
                t2 = t1 + timedelta(seconds=gap)
                if t2.date() != d:
                    t2 = t1 - timedelta(seconds=gap)
                if t2.date() == d:
                    lag = r.choice((0, 1))
                    b1 = self.card(t1, -amt, cp, 'bakery', lag=lag)
                    b2 = self.card(t2, -amt, cp, 'bakery', lag=lag)
                    if b1 and b2:
                        b1['cf'] = b2['cf'] = 'two_coffees'
                        self.stat('cf_dup_two_coffees_same_day')
                        if quick:
                            self.stat('cf_dup_two_coffees_12_to_25_min_apart')
        # 2. two online orders same amount same day (different order codes / auth refs)
        if r.random() < 0.08:
            d = self.rand_day(W30_FROM + timedelta(days=1), TODAY - D1, DW_ANY, shop=False, home=False)
            if d:
                amt = r.choice((999, 1299, 1499, 1999, 2499, 2999, 3499))
                lim, _, _ = self.normal_limit(d)
                if amt <= lim:
                    fixed_cp = r.random() < 0.5
                    cp1 = "ZALANDO SE" if fixed_cp else f"AMZN Mktp DE*{self.code(9)}"
                    cp2 = cp1 if fixed_cp else f"AMZN Mktp DE*{self.code(9)}"
                    t1 = self.rtime(d, 'day')
                    t2 = t1 + timedelta(seconds=r.randint(2 * 3600, 5 * 3600))
                    if t2.date() == d:
                        b1 = self.card(t1, -amt, cp1, 'online', lag=1)
                        b2 = self.card(t2, -amt, cp2, 'online', lag=1)
                        if b1 and b2:
                            b1['cf'] = b2['cf'] = 'two_orders'
                            self.stat('cf_dup_two_online_orders_same_amount')
        # 3. return trip: two train tickets same price, different days / times
        if r.random() < 0.08:
            d = self.rand_day(W30_FROM, TODAY - timedelta(days=3), DW_ANY, shop=False)
            if d:
                amt = r.choice((1790, 2190, 2990, 3990, 4990, 5290))
                cp = r.choice(["DB Vertrieb GmbH", "DB Fernverkehr AG", "FlixBus"])
                t1 = self.rtime(d, 'transport')
                t2 = self.rtime(d + timedelta(days=r.choice((0, 1, 2))), 'transport')
                if t2 < t1:
                    t1, t2 = t2, t1
                if (t2 - t1).total_seconds() > 3600 * 2:
                    b1 = self.card(t1, -amt, cp, 'transport')
                    b2 = self.card(t2, -amt, cp, 'transport')
                    if b1 and b2:
                        b1['cf'] = b2['cf'] = 'two_tickets'
                        self.stat('cf_dup_two_tickets')
        # 4. parking twice same day same price
        if self.has_car and r.random() < 0.06:
            d = self.rand_day(W30_FROM, TODAY - D1, DW_SHOP, shop=False)
            if d:
                cp = self.fill(r.choice(PARKING))
                amt = r.choice((200, 300, 400))
                t1 = self.rtime(d, 'day')
                t2 = t1 + timedelta(seconds=r.randint(3600, 4 * 3600))
                if t2.date() == d:
                    b1 = self.card(t1, -amt, cp, 'transport', lag=1)
                    b2 = self.card(t2, -amt, cp, 'transport', lag=1)
                    if b1 and b2:
                        b1['cf'] = b2['cf'] = 'two_parking'
                        self.stat('cf_dup_parking_twice')
        # 5. split shipment: same authorisation ref, different amounts, different days
        if r.random() < 0.05:
            d = self.rand_day(W30_FROM, TODAY - timedelta(days=3), DW_ANY, shop=False, home=False)
            if d:
                cp = r.choice(["OTTO (GmbH & Co KG)", "ZALANDO SE", "Thomann GmbH", "bonprix", "MediaMarkt Online"])
                t1 = self.rtime(d, 'online')
                a1 = int(r.uniform(15, 70) * 100)
                a2 = a1 + int(r.uniform(3, 40) * 100)
                b1 = self.card(t1, -a1, cp, 'online', lag=1)
                if b1:
                    d2 = min(TODAY, add_bd(b1['d'], r.randint(1, 2)))
                    if (d2 - t1.date()).days <= 3:
                        b2 = self.add(d2, -a2, cp, 'online', b1['ref'], t1, b1['aref'], 'n', ch='card')
                        b1['cf'] = b2['cf'] = 'split_shipment'
                        self.stat('cf_dup_split_shipment_same_authref')
        # 6. return + re-collection of a direct debit (not a duplicate); sometimes with a return fee
        if r.random() < 0.035:
            dds = [s for s in self.series if s.channel == 'dd' and s.tag == 'rec' and s.planted is None and s.occ
                   and W30_FROM <= s.occ[-1][1] <= TODAY - timedelta(days=8)]
            if dds:
                s = r.choice(dds)
                b = s.bks[-1]
                d_ret = add_bd(b['d'], r.randint(2, 4))
                d_re = add_bd(b['d'], r.randint(6, 9))
                if d_re <= TODAY:
                    self.add(d_ret, -b['c'], b['cp'], 'refund',
                             f"Rückbuchung SEPA-Lastschrift {b['ref'][5:60]} Rückgabegrund {r.choice(['AM04 Deckung', 'MD06 Widerspruch'])}",
                             tag='cr', cf='return')
                    with_fee = r.random() < 0.5
                    amt = b['c'] - (r.choice((300, 500, 750)) if with_fee else 0)
                    ref = b['ref'] + (" inkl. Rücklastschriftgebühr" if with_fee else "")
                    nb = self.add(d_re, amt, b['cp'], b['cat'], ref, tag='rec', ch='dd', mref=b.get('mref'), cf='recollect')
                    b['cf'] = 'returned'
                    s.no_dup = True
                    self.stat('cf_dup_returned_and_recollected')
                    if with_fee:
                        self.stat('cf_pr_recollection_with_fee_higher_amount')
        # 7. energy annual statement: one-off back-payment from the same supplier (not a price rise)
        if r.random() < 0.05:
            en = [s for s in self.series if s.key in ('power', 'gas') and s.planted is None]
            if en:
                s = r.choice(en)
                d = self.rand_day(PR_FROM, TODAY, DW_WORK, home=False)
                if d and is_bd(d):
                    lim, _, _ = self.normal_limit(d)
                    amt = min(int(r.uniform(40, 260) * 100), int(lim * 0.9))
                    vk = s.note[2]
                    self.add(d, -amt, s.cp, 'utilities', f"MREF {s.mref} Jahresverbrauchsabrechnung {d.year - 1}/{d.year} Vertragskonto {vk} Nachzahlung",
                             tag='bill', ch='dd', mref=s.mref, cf='energy_backpay')
                    self.stat('cf_pr_energy_backpayment_same_creditor')
        # 8. christmas donation to a known payee (extra, monthly amount unchanged)
        if self.donation is not None and r.random() < 0.5:
            s = self.donation
            d = self.rand_day(date(2026, 11, 20), TODAY, DW_WORK, home=False)
            if d and is_bd(d):
                amt = r.choice((2500, 5000, 5000, 10000))
                ch = s.channel
                ref = (f"MREF {s.mref} Weihnachtsspende {d.year}" if ch == 'dd' else f"Weihnachtsspende {d.year}")
                self.add(d, -amt, s.cp, 'donation', ref, tag='bill', ch=ch, mref=s.mref if ch == 'dd' else None, cf='xmas_donation')
                self.stat('cf_pr_christmas_donation_known_payee')
        # 9. annual bill in the window (new creditor, moderate amount)
        if r.random() < 0.15:
            d = self.rand_day(W30_FROM, TODAY, DW_WORK, home=False)
            if d and is_bd(d):
                lim, m1, m2 = self.normal_limit(d)
                cp, text, lo, hi, cat = r.choice([
                    ("ADAC e.V.", "Mitgliedsbeitrag {y}/{y1} Mitgl.-Nr. {n}", 5900, 13900, 'leisure'),
                    ("HUK-COBURG", "Kfz-Versicherung Vers.-Nr. {n} Jahresbeitrag {y1}", 18000, 62000, 'insurance'),
                    ("Allianz Versicherungs-AG", "Privathaftpflicht Vers.-Nr. {n} Beitrag {y1}", 5500, 11000, 'insurance'),
                    ("MICROSOFT*365 PERSONAL", None, 9900, 9900, 'subscription'),
                    ("Amazon Prime Jahresmitgliedschaft" if not any(s.key == 'prime' for s in self.series) else "Stiftung Warentest",
                     None, 8990, 8990, 'subscription'),
                    ("Stiftung Warentest", "Jahresabo test {y1} Kd {n}", 6900, 6900, 'subscription'),
                    ("Hauptzollamt Hannover", "Kraftfahrzeugsteuer Zeitraum {y}/{y1} Kz {n}", 4600, 30000, 'tax'),
                    ("Bezirksschornsteinfeger " + r.choice(LAST), "Rechnung Feuerstättenschau {n}", 6000, 14000, 'housing'),
                    ("Mieterverein " + self.city + " e.V.", "Jahresbeitrag {y1} Mitgl.-Nr. {n}", 7800, 11000, 'fees'),
                    ("GEZ Rundfunk ARD, ZDF, DRadio", None, 0, 0, 'fees'),
                ])
                if cp.startswith("GEZ") or (cp.startswith("Bezirksschorn") and self.renter) or \
                        (cp.startswith("Mieterverein") and not self.renter) or (cp.startswith("HUK") and not self.has_car) or \
                        (cp.startswith("Hauptzollamt") and not self.has_car):
                    cp, text, lo, hi, cat = "ADAC e.V.", "Mitgliedsbeitrag {y}/{y1} Mitgl.-Nr. {n}", 5900, 9400, 'leisure'
                amt = r.randint(lo, hi)
                if amt <= lim * 0.95:
                    if text is None:
                        b = self.card(self.rtime(d, 'night'), -amt, cp, cat, lag=1)
                        if b:
                            b['cf'] = 'annual_bill'
                    else:
                        t = text.replace('{y}', '2026').replace('{y1}', '2027').replace('{n}', self.digits(8))
                        self.add(d, -amt, cp, cat, f"MREF {self.make_mref()} {t}", tag='bill', ch='dd', cf='annual_bill')
                    self.stat('cf_ud_annual_bill_in_window')
        # 10. big (but for her normal) purchase in the window
        if self.big in ('occasional', 'frequent') and r.random() < (0.5 if self.big == 'frequent' else 0.2):
            d = self.rand_day(W30_FROM, TODAY, DW_SHOP, shop=True)
            if d:
                lim, m1, m2 = self.normal_limit(d)
                amt = int(min(lim * 0.9, m2 * r.uniform(0.7, 1.3)))
                if amt >= 15000:
                    cp = self.fill(r.choice(ELEC + HOME))
                    b = self.card(self.rtime(d, 'shop'), -amt, cp, 'shopping')
                    if b:
                        b['cf'] = 'big_purchase_normal_for_her'
                        self.stat('cf_ud_big_purchase_normal_for_her')
        # 12. large transfer to own savings / depot in window (never unusual)
        if self.net > 1500 and r.random() < 0.12:
            d = self.rand_day(W30_FROM, TODAY, DW_WORK, home=False)
            if d and is_bd(d):
                amt = r.choice((100000, 200000, 300000, 500000, 1000000, 1500000)) * (2 if a == 'high' else 1)
                self.add(d, -amt, self.own_cp, 'transfer', r.choice(["Umbuchung Tagesgeld", "Übertrag", "Sparen", "Festgeld Anlage"]),
                         tag='own', cf='big_own_transfer')
                # money comes from somewhere: bonus / sale / savings returned earlier
                d0 = self.rand_day(date(2026, 10, 1), d - D1, DW_WORK, home=False)
                if d0 and is_bd(d0):
                    self.add(d0, amt, r.choice([f"{self.first} {self.last}", self.fill("{last} Immobilien GmbH"), "Finanzamt " + self.city,
                                                "Allianz Lebensversicherungs-AG"]),
                             'income', r.choice(["Auszahlung Lebensversicherung", "Erbe Anteil", "Rückzahlung Darlehen", "Kaufpreis PKW"]),
                             tag='cr')
                self.stat('cf_ud_big_own_transfer_in_window')
        # 13. a true duplicate whose second booking is before the 30-day window (not reportable)
        if r.random() < 0.03:
            cands = [b for b in self.bk if b.get('ch') == 'card' and b['tag'] == 'n' and b['aref'] and
                     date(2026, 10, 1) <= b['d'] <= W30_FROM - timedelta(days=5) and 300 <= -b['c'] <= 20000 and 'cf' not in b]
            if cands:
                b = r.choice(cands)
                d2 = add_bd(b['d'], r.randint(0, 1))
                if (d2 - b['auth'].date()).days <= 3 and d2 < W30_FROM:
                    nb = self.add(d2, b['c'], b['cp'], b['cat'], b['ref'], b['auth'], b['aref'], 'dupold', ch='card')
                    b['cf'] = nb['cf'] = 'dup_before_window'
                    self.dupsig.append((b, nb))
                    self.stat('cf_dup_true_duplicate_before_window')
        # 14. same amount, same merchant, different days (e.g. weekly delivery order)
        # (occurs naturally with fixed-price items: bakery/coffee/parking/tickets)

    # ---------------- planted unusual debits ----------------
    def plant_unusual(self):
        r = self.rng
        d = None
        for _ in range(20):
            d = self.rand_day(W30_FROM, TODAY, DW_ANY, shop=False, home=False)
            if d and d not in self.away:
                break
        if d is None:
            return
        m1 = self.disc_max_all()  # largest ordinary debit anywhere in her account (before or after)
        amt_min = max(30000, int(4.5 * m1) + 1)
        types = []
        if amt_min <= 450000:
            types += [('cnp', 30), ('foreign', 14), ('scam', 14), ('dd', 5)]
        if amt_min <= 150000:
            types += [('typo', 16)]
        if amt_min <= 80000:
            types += [('atm', 10)]
        if amt_min > 450000 and amt_min <= 1500000:
            types += [('scam', 30)]
        risky_min = max(20000, int(2.5 * m1) + 1)
        if risky_min <= 400000 and self.regular_risky is None:
            types += [('risky', 13)]
        if not types:
            self.stat('ud_wanted_but_infeasible')
            return
        tot = sum(w for _, w in types)
        x = r.random() * tot
        for t, w in types:
            x -= w
            if x <= 0:
                break
        kind = t

        def big(lo):
            v = lo * r.uniform(1.0, 1.6)
            v = max(v, lo)
            return int(v)
        res = []
        if kind == 'cnp':
            amt = big(amt_min)
            amt = amt // 100 * 100 + r.choice((99, 0, 95, 49))
            if amt < amt_min:
                amt += 100
            cp = r.choice(FRAUD_ONLINE)
            adt = self.rtime(d - timedelta(days=r.choice((0, 1))), r.choice(('night', 'online')))
            if adt.date() < W30_FROM:
                adt = self.rtime(d, 'night')
            b = self.card(adt, -amt, cp, 'online', lag=r.choice((0, 1)), tag='ud')
            res.append(b)
        elif kind == 'foreign':
            amt = big(amt_min)
            amt = amt // 100 * 100 + r.randrange(100)
            cp = r.choice(FRAUD_FOREIGN)
            b = self.card(self.rtime(d, 'day'), -amt, cp, 'shopping', lag=r.choice((1, 2)), tag='ud')
            res.append(b)
        elif kind == 'atm':
            cp = r.choice(FRAUD_ATM)
            t = self.rtime(d, 'night')
            a1 = max(amt_min, r.choice((40000, 50000, 60000, 80000)))
            a1 = (a1 + 9999) // 10000 * 10000
            b = self.card(t, -a1, cp, 'cash', lag=1, tag='ud', ref="Bargeldauszahlung Ausland")
            res.append(b)
            if b and r.random() < 0.4:
                a2 = max(amt_min, a1 - r.choice((10000, 20000)))
                a2 = (a2 + 9999) // 10000 * 10000
                if a2 == a1:
                    a2 = a1 + 10000
                t2 = t + timedelta(seconds=r.randint(240, 1800))
                if t2.date() == t.date():
                    b2 = self.add(b['d'], -a2, cp, 'cash', "Bargeldauszahlung Ausland", t2, self.new_aref(), 'ud', ch='card')
                    res.append(b2)
                    self.stat('ud_atm_second_withdrawal_same_day')
        elif kind == 'typo':
            pool = self.grocery_stores + [(b['cp'], 1) for b in self.bk if b['cat'] in ('restaurant', 'fuel') and b['tag'] == 'n'][:20]
            cp = self.pick(pool)
            # amount keyed in with a misplaced decimal point (x10) or two extra zeros (x100)
            base = max(amt_min / 1000.0, r.uniform(18, 95))
            amt = int(base * 100) * 10
            if amt < amt_min:
                amt = (amt_min // 1000 + 1) * 1000 + r.choice((0, 10, 50, 90))
            cat = 'groceries'
            for b in self.bk:
                if b['cp'] == cp:
                    cat = b['cat']
                    break
            b = self.card(self.rtime(d, 'grocery'), -amt, cp, cat, tag='ud')
            res.append(b)
        elif kind == 'scam':
            if not is_bd(d):
                d = next_bd(d)
                if d > TODAY:
                    d = prev_bd(TODAY)
            cp_t, ref_t = r.choice(SCAM_PAYEES)
            amt = big(amt_min)
            amt = (amt + 9999) // 10000 * 10000 if r.random() < 0.7 else amt
            b = self.add(d, -amt, self.fill(cp_t), 'p2p', self.fill(ref_t), tag='ud', ch='so')
            res.append(b)
        elif kind == 'dd':
            if not is_bd(d):
                d = next_bd(d)
                if d > TODAY:
                    d = prev_bd(TODAY)
            cp, ref_t, cat = r.choice(UNKNOWN_DD)
            amt = big(amt_min)
            b = self.add(d, -amt, cp, cat, f"MREF {self.make_mref()} {self.fill(ref_t)}", tag='ud', ch='dd')
            res.append(b)
        elif kind == 'risky':
            cp, cat = r.choice(RISKY_NEW)
            amt = int(risky_min * r.uniform(1.0, 2.5))
            amt = amt // 1000 * 1000 if r.random() < 0.6 else amt
            if amt < risky_min:
                amt = risky_min + 1000
            b = self.card(self.rtime(d, 'online'), -amt, cp, cat, tag='ud')
            res.append(b)
        res = [b for b in res if b]
        if not res:
            self.stat('ud_wanted_but_infeasible')
            return
        for b in res:
            b['udkind'] = kind
        self.stat('ud_planted')
        self.stat('ud_planted_' + kind)
        self.ud_planted = res

    # ---------------- planted duplicates ----------------
    def plant_dups(self):
        r = self.rng
        n = 2 if r.random() < 0.1 else 1
        done = 0
        used = set()
        for _ in range(n):
            x = r.random()
            kind = 'A' if x < 0.36 else 'B' if x < 0.58 else 'C' if x < 0.66 else 'D' if x < 0.94 else 'E'
            ok = False
            for attempt in range(2):
                if kind in ('A', 'B', 'C'):
                    cands = [b for b in self.bk if b.get('ch') == 'card' and b['tag'] in ('n', 'rec') and b['c'] < -150
                             and b['auth'] is not None and b['auth'].date() >= W30_FROM - timedelta(days=1) and 'cf' not in b
                             and b['cat'] not in ('cash',) and b['seq'] not in used and -b['c'] < 60000]
                    if kind == 'C':
                        cands = [b for b in cands if b['cat'] in ('bakery', 'groceries', 'restaurant', 'fuel', 'leisure', 'transport')]
                    if not cands:
                        kind = 'D'
                        continue
                    b = r.choice(cands)
                    used.add(b['seq'])
                    ad = b['auth'].date()
                    if kind == 'A':
                        if b['aref'] is None:
                            b['aref'] = self.new_aref()
                        opts = [dd for dd in (b['d'], add_bd(b['d'], 1), add_bd(b['d'], 2)) if dd <= TODAY and (dd - ad).days <= 3]
                        d2 = r.choice(opts)
                        nb = self.add(d2, b['c'], b['cp'], b['cat'], b['ref'], b['auth'], b['aref'], 'dup', ch='card')
                    elif kind == 'B':
                        t2 = b['auth'] + timedelta(seconds=r.randint(4, 150))
                        if t2.date() != ad:
                            t2 = b['auth'] - timedelta(seconds=r.randint(4, 150))
                        ref = self.card_ref(t2) if b['ref'] else None
                        nb = self.add(b['d'], b['c'], b['cp'], b['cat'], ref, t2, self.new_aref(), 'dup', ch='card')
                    else:
                        b['aref'] = None
                        opts = [dd for dd in (b['d'], add_bd(b['d'], 1)) if dd <= TODAY and (dd - ad).days <= 3]
                        d2 = r.choice(opts)
                        nb = self.add(d2, b['c'], b['cp'], b['cat'], b['ref'], b['auth'], None, 'dup', ch='card')
                    if nb['d'] < W30_FROM:
                        self.bk.remove(nb)
                        continue
                    ok = True
                    break
                elif kind == 'D':
                    cands = [b for b in self.bk if b.get('ch') == 'dd' and b['tag'] in ('n', 'rec') and b['d'] >= W30_FROM - timedelta(days=3)
                             and 'cf' not in b and b['seq'] not in used]
                    cands = [b for b in cands if not (b.get('ser') is not None and (self.series[b['ser']].no_dup or self.series[b['ser']].planted))]
                    if not cands:
                        kind = 'A'
                        continue
                    b = r.choice(cands)
                    used.add(b['seq'])
                    opts = [dd for dd in (b['d'], add_bd(b['d'], 1), add_bd(b['d'], 2), add_bd(b['d'], 3)) if W30_FROM <= dd <= TODAY]
                    if not opts:
                        continue
                    d2 = r.choice(opts)
                    nb = self.add(d2, b['c'], b['cp'], b['cat'], b['ref'], tag='dup', ch='dd', mref=b.get('mref'))
                    ok = True
                    break
                else:  # E: transfer / standing order submitted twice
                    cands = [b for b in self.bk if b.get('ch') == 'so' and b['tag'] in ('n', 'rec', 'bill') and b['d'] >= W30_FROM
                             and b['c'] < 0 and 'cf' not in b and b['seq'] not in used and b['cat'] != 'transfer']
                    cands += [b for b in self.bk if b['cat'] == 'p2p' and b['tag'] == 'n' and b['d'] >= W30_FROM and b['c'] < 0
                              and b['seq'] not in used and 'cf' not in b]
                    if not cands:
                        kind = 'D'
                        continue
                    b = r.choice(cands)
                    used.add(b['seq'])
                    nb = self.add(b['d'], b['c'], b['cp'], b['cat'], b['ref'], tag='dup', ch=b.get('ch', 'so'))
                    ok = True
                    break
            if ok:
                nb['dupkind'] = kind
                self.dupsig.append((b, nb))
                b['dup_orig'] = True
                done += 1
                self.stat('dup_planted')
                self.stat('dup_planted_' + kind)
                if nb['d'] != b['d']:
                    self.stat('dup_planted_second_booked_later')
                if b['d'] < W30_FROM:
                    self.stat('dup_planted_first_before_window')
        if not done:
            self.stat('dup_wanted_but_infeasible')

    # ---------------- accidental duplicate audit ----------------
    def audit_dups(self):
        r = self.rng
        planted = set()
        for b1, b2 in self.dupsig:
            planted.add(b1['seq'])
            planted.add(b2['seq'])
        groups = {}
        for b in self.bk:
            if b['c'] < 0 and b['d'] >= W30_FROM - timedelta(days=6):
                groups.setdefault((b['cp'], b['c']), []).append(b)
        fixed = 0
        for key in sorted(groups.keys(), key=lambda k: (k[0], k[1])):
            g = groups[key]
            if len(g) < 2:
                continue
            g.sort(key=lambda b: (b['d'], b['seq']))
            for i in range(len(g)):
                for j in range(i + 1, len(g)):
                    b1, b2 = g[i], g[j]
                    if b1['seq'] in planted and b2['seq'] in planted:
                        continue
                    if self.dup_signature(b1, b2):
                        # accidental: move the later card authorisation by hours, or drop the extra
                        if b2.get('ch') == 'card' and b2['auth'] is not None:
                            t = b2['auth']
                            nt = t.replace(hour=(t.hour + 3) % 24) if t.hour < 20 else t.replace(hour=t.hour - 5)
                            b2['auth'] = nt
                            if b2['aref'] == b1['aref'] and b2['aref'] is not None:
                                b2['aref'] = self.new_aref()
                            if b2['aref'] is None:
                                b2['aref'] = self.new_aref()
                        else:
                            b2['c'] -= r.randint(1, 300)
                        fixed += 1
        if fixed:
            self.stat('audit_fixed_accidental_duplicate', fixed)

    @staticmethod
    def dup_signature(b1, b2):
        """True when two debits look like one charge taken twice (the label definition)."""
        if b1['c'] != b2['c'] or b1['cp'] != b2['cp']:
            return False
        c1, c2 = b1.get('ch'), b2.get('ch')
        if c1 == 'card' and c2 == 'card' and b1['auth'] and b2['auth']:
            if b1['aref'] and b1['aref'] == b2['aref']:
                return True
            dt_ = abs((b2['auth'] - b1['auth']).total_seconds())
            if dt_ <= 180:
                return True
            return False
        if c1 == 'dd' and c2 == 'dd':
            if b1['ref'] == b2['ref'] and abs((b2['d'] - b1['d']).days) <= 7:
                if b1.get('cf') == 'returned' or b2.get('cf') == 'returned':
                    return False
                return True
            return False
        if c1 == 'so' and c2 == 'so':
            return b1['d'] == b2['d'] and b1['ref'] == b2['ref']
        if (c1 in (None, 'so') and c2 in (None, 'so')):
            return b1['d'] == b2['d'] and b1['ref'] == b2['ref']
        return False

    # ---------------- savings, balance, low-balance forecast ----------------
    def add_savings(self):
        r = self.rng
        if self.main_sched is None:
            # self-employed: irregular transfers of the surplus to an own reserve account
            tot = sum(b['c'] for b in self.bk if b['tag'] not in ('ud', 'dup'))
            months = max(1.0, self.ndays / 30.4)
            surplus = tot / months
            self.surplus = surplus
            if surplus > 20000:
                for (y, m) in self.months():
                    used_days = []
                    for _ in range(r.randint(1, 2)):
                        d = self.rand_day(max(self.start, date(y, m, 1)), min(TODAY, date(y, m, dim(y, m))), DW_WORK, home=False)
                        if d and is_bd(d) and d not in used_days:
                            used_days.append(d)
                            amt = int(surplus * r.uniform(0.3, 0.55)) // 10000 * 10000
                            if amt >= 10000:
                                self.add(d, -amt, self.own_cp, 'transfer', r.choice(["Steuerrücklage", "Umbuchung", "Rücklage USt"]),
                                         tag='own', ch='so')
            elif surplus < -20000:
                for (y, m) in self.months():
                    d = self.rand_day(max(self.start, date(y, m, 1)), min(TODAY, date(y, m, dim(y, m))), DW_WORK, home=False)
                    if d and is_bd(d):
                        self.add(d, int(-surplus * r.uniform(0.8, 1.2)) // 10000 * 10000 + 10000, self.own_cp, 'transfer',
                                 "Umbuchung von Rücklagekonto", tag='own', ch='so')
            return
        # monthly net over full months
        ms = [(y, m) for (y, m) in self.months() if (y, m) < (2026, 12) and date(y, m, 1) >= self.start - timedelta(days=10)]
        if len(ms) < 2:
            ms = [(y, m) for (y, m) in self.months() if (y, m) < (2026, 12)]
        tot = 0
        for b in self.bk:
            if (b['d'].year, b['d'].month) in ms and b['tag'] not in ('ud', 'dup'):
                tot += b['c']
        surplus = tot / max(1, len(ms))
        self.surplus = surplus
        pay_day = None
        if surplus > 12000:
            amt = int(surplus * (r.uniform(0.95, 1.08) if self.want_lbf else r.uniform(0.7, 1.0))) // 2500 * 2500
            if amt >= 2500:
                ref = r.choice(["Sparen", "Übertrag Tagesgeld", "Dauerauftrag Sparen", "Umbuchung", "Rücklage"])
                for (y, m) in self.months():
                    pd = self.main_sched(y, m)
                    d = add_bd(pd + D1, r.choice((0, 0, 1)))
                    if self.start <= d <= TODAY:
                        self.add(d, -amt, self.own_cp, 'transfer', ref, tag='own', ch='so')
                self.stat('monthly_savings_transfer')
        elif surplus < -10000 and not self.want_lbf:
            # living off savings: irregular top-ups from own savings account
            need = -surplus
            for (y, m) in self.months():
                d = self.rand_day(max(self.start, date(y, m, 3)), min(TODAY, date(y, m, 20)), DW_WORK, home=False)
                if d and is_bd(d):
                    self.add(d, int(need * r.uniform(0.8, 1.2)) // 5000 * 5000 + 5000, self.own_cp, 'transfer',
                             r.choice(["Umbuchung vom Tagesgeld", "Übertrag", "Auffüllen Girokonto"]), tag='own', ch='so')
            self.stat('monthly_topup_from_own_savings')

    def lbf_needs(self):
        regs = [i for i in self.incomes if i.regular]
        if not regs:
            return None
        mains = [i for i in regs if i.main] or regs
        core = [i for i in regs if i.kind not in ('kindergeld', 'allowance')] or None
        variants_inc = [regs, mains]
        if core:
            variants_inc.append(core)
        nds = []
        for vs in variants_inc:
            ds = [self.next_income_date(i) for i in vs]
            ds = [d for d in ds if d]
            if ds:
                nds.append(min(ds))
        if not nds:
            return None
        # spending rates
        rates = []
        for W in (28, 56, 91):
            lo = TODAY - timedelta(days=W - 1)
            for cap in (25000, 60000):
                s = 0
                for b in self.bk:
                    if b['c'] < 0 and b['d'] >= lo and b['tag'] in ('n', 'bill') and -b['c'] <= cap:
                        s -= b['c']
                rates.append(s / W)
        needs = []
        last_nd = max(nds)
        for nd in nds:
            for incl in (False, True):
                until = nd if incl else nd - D1
                sched = 0
                for s in self.series:
                    if s.tag != 'rec':
                        continue
                    for (bd, amt) in self.next_occurrences(s, until):
                        sched += amt
                days_list = [(nd - TODAY).days, (nd - TODAY).days - 1]
                for rate in rates:
                    for dd in days_list:
                        needs.append(sched + rate * dd)
        return needs, nds

    def finalize_balance(self):
        r = self.rng
        res = self.lbf_needs()
        lbf = False
        if self.arch == 'selfemployed':
            res = None
        if res is None:
            # no regular income: keep a comfortable balance, never a forecast finding
            # comfortably more than 2 x (35 days of spending + everything scheduled in the next 35 days)
            lo = TODAY - timedelta(days=90)
            spend = sum(-b['c'] for b in self.bk if b['c'] < 0 and b['d'] >= lo and b['tag'] in ('n', 'bill', 'biz')) / 91.0
            sched = sum(a for s in self.series if s.tag == 'rec' for (_, a) in self.next_occurrences(s, TODAY + timedelta(days=35)))
            T = int(max(2.2 * (spend * 35 + sched), r.uniform(9000, 60000) * 100))
            self.stat('no_regular_income')
            if self.want_lbf:
                self.stat('lbf_wanted_but_no_regular_income')
        else:
            needs, nds = res
            nmin, nmax = min(needs), max(needs)
            self.need_min, self.need_max = nmin, nmax
            self.next_incomes = sorted(set(nds))
            if self.want_lbf and nmin >= 12000:
                T = int(nmin * r.uniform(0.04, 0.68))
                T = max(T, r.randint(100, 4000))
                if T < nmin * 0.72 and nmin - T >= 6000:
                    lbf = True
                else:
                    T = None
            else:
                T = None
                if self.want_lbf:
                    self.stat('lbf_wanted_but_infeasible')
            if not lbf:
                floor = int(1.3 * nmax + 8000)
                x = r.random()
                if x < 0.14:
                    T = int(floor * r.uniform(1.0, 1.5))   # just enough (confounder: low-ish balance but lasts)
                    self.stat('cf_lbf_tight_but_sufficient')
                    self.cfs.append(('lbf_tight_but_sufficient', None, None))
                else:
                    net = max(self.net, 500)
                    T = int(max(floor, net * 100 * math.exp(0.9 * r.gauss(0, 1)) * (2.5 if self.arch in ('pensioner', 'high') else 1.0)))
                if T < 60000 and nmax < T and (min(nds) - TODAY).days <= 5:
                    self.stat('cf_lbf_low_balance_income_within_5_days')
        if not lbf and r.random() < 0.8:
            # most customers without a forecast finding did not live in the overdraft during the history either
            total = sum(b['c'] for b in self.bk)
            bal = T - total
            mn = bal
            for b in sorted(self.bk, key=lambda b: (b['d'], b['seq'])):
                bal += b['c']
                if bal < mn:
                    mn = bal
            if mn < 0:
                T += -mn + int(r.uniform(50, 900) * 100)
                self.stat('balance_raised_to_avoid_history_overdraft')
        self.lbf = lbf
        if lbf:
            self.stat('lbf_planted')
            if self.arch:
                self.stat('lbf_planted_' + self.arch)
            if res and (min(res[1]) - TODAY).days <= 10:
                self.stat('lbf_income_within_10_days')
        # opening balance so that today's balance is T; quarterly overdraft interest
        total = sum(b['c'] for b in self.bk)
        opening = T - total
        self.bk.sort(key=lambda b: (b['d'], b['seq']))
        bal = opening
        qneg = {}
        i = 0
        nb = len(self.bk)
        d = self.start
        while d <= TODAY:
            while i < nb and self.bk[i]['d'] == d:
                bal += self.bk[i]['c']
                i += 1
            if bal < 0:
                q = (d.month - 1) // 3
                qneg[q] = qneg.get(q, 0) + (-bal)
            d += D1
        for q, qend in ((1, date(2026, 6, 30)), (2, date(2026, 9, 30))):
            if qneg.get(q) and qend >= self.start:
                interest = int(qneg[q] * 0.1175 / 365)
                if interest >= 1:
                    self.add(prev_bd(qend), -interest, "Rechnungsabschluss", 'fees', f"Abschluss per {qend.day:02d}.{qend.month:02d}.{qend.year} Sollzinsen 11,75 %",
                             tag='fee')
                    self.stat('overdraft_interest_booked')
        total = sum(b['c'] for b in self.bk)
        self.opening = T - total
        self.balance = T
        self.min_hist = None

    # ---------------- labels ----------------
    def make_labels(self):
        L = []
        for s in self.series:
            if s.planted and s.planted[0] == 'rise':
                k = s.planted[1]
                b = s.bks[k]
                assert b['d'] >= PR_FROM and -b['c'] > -s.bks[k - 1]['c']
                L.append({"kind": "PRICE_RISE", "merchant": b['cp'], "day": b['d'].isoformat()})
        for b in getattr(self, 'ud_planted', []):
            L.append({"kind": "UNUSUAL_DEBIT", "merchant": b['cp'], "day": b['d'].isoformat()})
        for b1, b2 in self.dupsig:
            if b2['tag'] == 'dup':
                later = b2 if (b2['d'], b2['seq']) >= (b1['d'], b1['seq']) else b1
                L.append({"kind": "DUPLICATE_CHARGE", "merchant": later['cp'], "day": later['d'].isoformat()})
        if self.lbf:
            L.append({"kind": "LOW_BALANCE_FORECAST"})
        out = []
        seen = set()
        for f in L:
            key = (f['kind'], f.get('merchant'), f.get('day'))
            if key in seen:
                continue
            seen.add(key)
            out.append(f)
        order = {"PRICE_RISE": 0, "UNUSUAL_DEBIT": 1, "DUPLICATE_CHARGE": 2, "LOW_BALANCE_FORECAST": 3}
        out.sort(key=lambda f: (order[f['kind']], f.get('day', ''), f.get('merchant', '')))
        self.labels = out

    # ---------------- verification (independent re-check of the rules on final data) ----------------
    def verify(self):
        problems = []
        bk = self.bk
        # 1. no booking after today, card auth 0-3 days before booking
        for b in bk:
            if b['d'] > TODAY or b['d'] < self.start:
                problems.append('date_range')
            if b['auth'] is not None:
                lag = (b['d'] - b['auth'].date()).days
                if lag < 0 or lag > 3:
                    problems.append('auth_lag')
            if b['c'] == 0:
                problems.append('zero_amount')
        # 2. unusual rule on all non-planted window debits
        if self.sweep_limits(fix=False):
            problems.append('accidental_unusual')
        m_all = self.disc_max_all()
        for b in getattr(self, 'ud_planted', []):
            if b['udkind'] == 'risky':
                if -b['c'] < max(20000, 2.5 * m_all):
                    problems.append('weak_planted_risky')
            elif -b['c'] < max(30000, 4.5 * m_all):
                problems.append('weak_planted_unusual')
        # 3. duplicate signature: only planted pairs (and the out-of-window confounder)
        planted = set()
        for b1, b2 in self.dupsig:
            planted.add(b1['seq'])
            planted.add(b2['seq'])
        groups = {}
        for b in bk:
            if b['c'] < 0:
                groups.setdefault((b['cp'], b['c']), []).append(b)
        for g in groups.values():
            if len(g) < 2:
                continue
            for i in range(len(g)):
                for j in range(i + 1, len(g)):
                    b1, b2 = g[i], g[j]
                    if self.dup_signature(b1, b2) and not (b1['seq'] in planted and b2['seq'] in planted):
                        if max(b1['d'], b2['d']) >= W30_FROM:
                            problems.append('accidental_duplicate')
        # 4. price rises: for each regular series the first higher charge in window must be labelled
        lab = {(f['kind'], f.get('merchant'), f.get('day')) for f in self.labels}
        for s in self.series:
            if s.tag != 'rec' or s.variable or not s.bks:
                continue
            amts = [-b['c'] for b in s.bks]
            for k in range(1, len(amts)):
                prev = amts[:k]
                if amts[k] > max(prev) * 1.025 and amts[k - 1] < amts[k] and s.bks[k]['d'] >= PR_FROM and len(prev) >= 2:
                    key = ('PRICE_RISE', s.bks[k]['cp'], s.bks[k]['d'].isoformat())
                    if key not in lab:
                        problems.append('unlabelled_rise')
        # 5. balance consistency
        if self.opening + sum(b['c'] for b in bk) != self.balance:
            problems.append('balance')
        for p in problems:
            self.stat('VERIFY_' + p)
        return problems

    # ---------------- diagnostic detail (not needed for scoring) ----------------
    def detail(self):
        DUPN = {'A': 'card_presented_twice_same_authref', 'B': 'terminal_retry_seconds_apart',
                'C': 'card_twice_no_authref_same_timestamp', 'D': 'direct_debit_collected_twice',
                'E': 'transfer_submitted_twice'}
        F = []
        for s in self.series:
            if s.planted and s.planted[0] == 'rise':
                b = s.bks[s.planted[1]]
                F.append({"kind": "PRICE_RISE", "merchant": b['cp'], "day": b['d'].isoformat(),
                          "subtype": f"{s.channel}:{s.rise_kind}:{s.key}",
                          "old": fmt(s.bks[s.planted[1] - 1]['c'])[1:], "new": fmt(b['c'])[1:],
                          "via_paypal": s.channel == 'paypal'})
        for b in getattr(self, 'ud_planted', []):
            F.append({"kind": "UNUSUAL_DEBIT", "merchant": b['cp'], "day": b['d'].isoformat(), "subtype": b['udkind'],
                      "amount": fmt(b['c'])})
        for b1, b2 in self.dupsig:
            if b2['tag'] == 'dup':
                F.append({"kind": "DUPLICATE_CHARGE", "merchant": b2['cp'], "day": max(b1['d'], b2['d']).isoformat(),
                          "subtype": DUPN[b2['dupkind']], "first_booked_on": b1['d'].isoformat(), "amount": fmt(b2['c'])})
        if self.lbf:
            F.append({"kind": "LOW_BALANCE_FORECAST"})
        C = []
        seen = set()
        for t in self.cfs:
            if len(t) == 4:
                s = t[3]
                m = None
                for b in s.bks:
                    if b['d'].isoformat() == t[2]:
                        m = b['cp']
                        break
                t = (t[0], m, t[2])
            if t not in seen:
                seen.add(t)
                C.append({"type": t[0], "merchant": t[1], "day": t[2]})
        for b in sorted(self.bk, key=lambda b: (b['d'], b['seq'])):
            if 'cf' in b:
                t = (b['cf'], b['cp'], b['d'].isoformat())
                if t not in seen:
                    seen.add(t)
                    C.append({"type": t[0], "merchant": t[1], "day": t[2]})
        out = {"id": self.id, "archetype": self.arch, "history_start": self.start.isoformat(), "findings": F,
               "confounders": C}
        if getattr(self, 'need_min', None) is not None and self.arch != 'selfemployed':
            out["forecast"] = {"balance": fmt(self.balance), "need_min": fmt(int(self.need_min)),
                               "need_max": fmt(int(self.need_max)), "next_income": [d.isoformat() for d in self.next_incomes]}
        else:
            out["forecast"] = {"balance": fmt(self.balance), "note": "no regular income"}
        return out

    # ---------------- output ----------------
    def emit(self):
        self.bk.sort(key=lambda b: (b['d'], b['seq']))
        out = []
        for b in self.bk:
            a = b['auth']
            out.append({
                "booked_on": b['d'].isoformat(),
                "amount": fmt(b['c']),
                "counterparty": b['cp'],
                "category": b['cat'],
                "reference": b['ref'],
                "authorised_at": a.isoformat() if a is not None else None,
                "authorisation_ref": b['aref'] if a is not None else None,
            })
        hist = {"id": self.id, "today": TODAY.isoformat(), "account_last4": self.last4, "currency": "EUR",
                "balance": fmt(self.balance), "bookings": out}
        lab = {"id": self.id, "findings": self.labels}
        return hist, lab


def si_key(s):
    return s  # resolved to the booking's counterparty in detail()


def build(idx):
    c = Cust(idx)
    r = c.rng
    c.setup()
    c.fx_fee = r.random() < 0.5
    c.setup_income()
    c.setup_series()
    a = c.arch
    c.want_pr = r.random() < 0.27
    c.want_ud = r.random() < {'employee': 0.27, 'high': 0.2, 'pensioner': 0.27, 'student': 0.27, 'benefits': 0.25,
                              'selfemployed': 0.2}[a]
    c.want_dup = r.random() < 0.255
    c.want_lbf = r.random() < {'employee': 0.29, 'high': 0.06, 'pensioner': 0.24, 'student': 0.5, 'benefits': 0.58,
                               'selfemployed': 0.0}[a]
    c.gen_misc()
    c.plant_price_changes()
    c.materialize()
    c.gen_spending()
    c.audit_unusual()
    c.gen_confounders()
    c.audit_unusual()
    if c.want_ud:
        c.plant_unusual()
    if c.want_dup:
        c.plant_dups()
    c.audit_dups()
    c.add_savings()
    c.finalize_balance()
    c.make_labels()
    c.verify()
    return c


def main():
    global N_CUSTOMERS
    if len(sys.argv) > 1:  # development only: smaller run
        N_CUSTOMERS = int(sys.argv[1])
    hist_path = os.path.join(HERE, 'histories.jsonl')
    lab_path = os.path.join(HERE, 'labels.jsonl')
    stats = {}
    kinds = {"PRICE_RISE": 0, "UNUSUAL_DEBIT": 0, "DUPLICATE_CHARGE": 0, "LOW_BALANCE_FORECAST": 0}
    cust_with = {k: 0 for k in kinds}
    n_book = 0
    none = 0
    det_path = os.path.join(HERE, 'labels_detail.jsonl')
    with open(hist_path, 'w', encoding='utf-8', newline='\n') as fh, open(lab_path, 'w', encoding='utf-8', newline='\n') as fl, \
            open(det_path, 'w', encoding='utf-8', newline='\n') as fd:
        for i in range(1, N_CUSTOMERS + 1):
            c = build(i)
            h, l = c.emit()
            n_book += len(h['bookings'])
            fh.write(json.dumps(h, ensure_ascii=False) + '\n')
            fl.write(json.dumps(l, ensure_ascii=False) + '\n')
            fd.write(json.dumps(c.detail(), ensure_ascii=False) + '\n')
            for k, v in c.st.items():
                stats[k] = stats.get(k, 0) + v
            seen = set()
            for f in l['findings']:
                kinds[f['kind']] += 1
                seen.add(f['kind'])
            for k in seen:
                cust_with[k] += 1
            if not l['findings']:
                none += 1
    out = {
        "seed": SEED, "customers": N_CUSTOMERS, "today": TODAY.isoformat(), "bookings": n_book,
        "label_findings_by_kind": kinds,
        "customers_with_kind": cust_with,
        "customers_with_kind_pct": {k: round(100.0 * v / N_CUSTOMERS, 1) for k, v in cust_with.items()},
        "customers_without_findings": none,
        "windows": {"PRICE_RISE_first_higher_charge_from": PR_FROM.isoformat(),
                    "UNUSUAL_and_DUPLICATE_booked_from": W30_FROM.isoformat()},
        "planted_and_confounders": dict(sorted(stats.items())),
    }
    with open(os.path.join(HERE, 'gen_stats.json'), 'w', encoding='utf-8', newline='\n') as fs:
        json.dump(out, fs, ensure_ascii=False, indent=2, sort_keys=False)
        fs.write('\n')
    print(json.dumps({k: out[k] for k in ('bookings', 'label_findings_by_kind', 'customers_with_kind_pct',
                                          'customers_without_findings')}, ensure_ascii=False))
    bad = {k: v for k, v in stats.items() if k.startswith('VERIFY_')}
    if bad:
        print("VERIFY problems:", bad, file=sys.stderr)


if __name__ == '__main__':
    main()
