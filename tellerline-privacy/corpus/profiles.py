"""Fictional customers of the demo bank. Names and addresses are invented combinations."""

PROFILES = {
    "de": [
        dict(fullName="Alice Müller", street="Hauptstraße 12", postcode="50667", city="Köln",
             title="Frau", region="DE", streets=["Hauptstraße 12", "Hauptstr. 12", "hauptstrasse 12", "Hauptstr 12"],
             cities=["Köln", "Koeln"]),
        dict(fullName="Bastian Groß", street="Lindenallee 7", postcode="80331", city="München",
             title="Herr", region="DE", streets=["Lindenallee 7", "lindenallee 7"], cities=["München", "Muenchen"]),
        dict(fullName="Jürgen Schäfer", street="Berliner Straße 45a", postcode="60311",
             city="Frankfurt am Main", title="Herr", region="DE",
             streets=["Berliner Straße 45a", "Berliner Str. 45a", "berliner strasse 45 a"],
             cities=["Frankfurt am Main"]),
        dict(fullName="Sabine Koch", street="Am Rosenhang 3", postcode="1010", city="Wien", title="Frau",
             region="AT", streets=["Am Rosenhang 3"], cities=["Wien"]),
        dict(fullName="Lukas Brunner", street="Bahnhofstrasse 21", postcode="8001", city="Zürich",
             title="Herr", region="CH", streets=["Bahnhofstrasse 21", "Bahnhofstr. 21", "Bahnhofstraße 21"],
             cities=["Zürich", "Zurich"]),
        dict(fullName="Renate Vogelsang", street="Goethestr. 8", postcode="04109", city="Leipzig",
             title="Frau", region="DE", streets=["Goethestraße 8", "Goethestr. 8", "goethestrasse 8"],
             cities=["Leipzig"]),
        dict(fullName="Mark Lange", street="Kirchweg 5", postcode="20095", city="Hamburg", title="Herr",
             region="DE", streets=["Kirchweg 5"], cities=["Hamburg"]),
    ],
    "en": [
        dict(fullName="Chloe Bennett", street="14 Elm Road", postcode="LS6 2AB", city="Leeds", title="Ms",
             region="GB", streets=["14 Elm Road", "14 Elm Rd", "14 elm road"], cities=["Leeds"]),
        dict(fullName="Daniel O'Connor", street="27 Willow Lane", postcode="M14 5RT", city="Manchester",
             title="Mr", region="GB", streets=["27 Willow Lane", "27 Willow Ln"], cities=["Manchester"]),
        dict(fullName="Emily Carter", street="350 Maple Avenue", postcode="10027", city="New York",
             title="Ms", region="US", streets=["350 Maple Avenue", "350 Maple Ave"], cities=["New York"]),
        dict(fullName="Zoë Fernández", street="88 Harbour Street", postcode="CF10 1AB", city="Cardiff",
             title="Ms", region="GB", streets=["88 Harbour Street", "88 Harbour St"], cities=["Cardiff"]),
        dict(fullName="Oliver Grant", street="5 Station Road", postcode="94107", city="San Francisco",
             title="Mr", region="US", streets=["5 Station Road", "5 Station Rd."], cities=["San Francisco"]),
        dict(fullName="Will Hope", street="61 Queen Street", postcode="EH2 3NH", city="Edinburgh",
             title="Mr", region="GB", streets=["61 Queen Street", "61 Queen St"], cities=["Edinburgh"]),
    ],
}


def name_variants(p, lang):
    """(surface, [(rel_start, rel_end)]) — the span never includes a title."""
    given, surname = p["fullName"].split(" ", 1)
    full = p["fullName"]
    translit = (full.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
                .replace("ë", "e").replace("á", "a"))
    title = p["title"]
    t = len(title) + 1
    return [
        (full, [(0, len(full))]),
        (full, [(0, len(full))]),
        (full.lower(), [(0, len(full))]),
        (translit, [(0, len(translit))]),
        (full.upper(), [(0, len(full.upper()))]),  # "Groß".upper() is "GROSS"
        (f"{surname}, {given}", [(0, len(surname) + 2 + len(given))]),
        (f"{title} {surname}", [(t, t + len(surname))]),
        (f"{title} {surname}", [(t, t + len(surname))]),
    ]
