#!/usr/bin/env python3
"""Builds pii-corpus.jsonl from the hand-written templates in templates_dev.py / templates_test.py.

Every slot is filled with a synthetic, checksum-correct value (or a deliberately invalid one for the
negative slots) and the character offsets of each PII span are recorded. Deterministic (fixed seed).
Usage (the stress split from stress.txt is appended):
  (python3 build_corpus.py && python3 build_stress.py) \
      > ../src/test/resources/io/tellerline/privacy/eval/pii-corpus.jsonl
"""
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree

import json
import random
import re

import values as v
from profiles import PROFILES, name_variants
from templates_dev import DEV
from templates_test import TEST

SLOT = re.compile(r"\{([A-Z_0-9]+)\}")
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test"]


def fold_ascii(s):
    return (s.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
            .replace("ë", "e").replace("á", "a").replace("'", ""))


def fill(slot, rng, lang, p):
    """Returns (surface, [(rel_start, rel_end, type)])."""
    def whole(text, typ):
        return text, [(0, len(text), typ)]

    if slot == "IBAN":
        iban = rng.choice(v.WELL_KNOWN_IBANS) if rng.random() < 0.25 else v.make_iban(
            rng, rng.choice(list(v.IBAN_FORMATS)))
        return whole(v.group_iban(rng, iban), "IBAN")
    if slot == "IBAN_DE":
        return whole(v.group_iban(rng, v.make_iban(rng, "DE")), "IBAN")
    if slot == "CARD":
        card = rng.choice(v.CARD_TESTS) if rng.random() < 0.3 else v.make_card(rng)
        return whole(v.group_card(rng, card), "CARD")
    if slot == "ACCT":
        return whole(v.group_account(rng, v.make_account(rng)), "ACCOUNT")
    if slot == "EMAIL":
        given, surname = p["fullName"].split(" ", 1)
        local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}{rng.randint(1, 99)}",
                            f"{given}_{surname}"])
        return whole(fold_ascii(local).replace(" ", "") + "@" + rng.choice(EMAIL_DOMAINS), "EMAIL")
    if slot.startswith("PHONE"):
        region = slot[6:] or p["region"]
        if region == "INTL":
            region = "DE_INTL"
        return whole(v.PHONES[region](rng), "PHONE")
    if slot == "SSN":
        return whole(v.make_ssn(rng, rng.choice([True, True, "space"])), "US_SSN")
    if slot == "SSN9":
        return whole(v.make_ssn(rng, False), "US_SSN")
    if slot == "NINO":
        return whole(v.make_nino(rng), "UK_NINO")
    if slot == "TAXID":
        return whole(v.group_steuer(rng, v.make_steuer_id(rng)), "DE_TAX_ID")
    if slot == "DOB":
        return whole(v.make_date(rng, lang), "DATE_OF_BIRTH")
    if slot == "NAME":
        text, spans = rng.choice(name_variants(p, lang)[:6])
        return text, [(s, e, "NAME") for s, e in spans]
    if slot == "SURNAME_TITLE":
        text, spans = name_variants(p, lang)[6]
        return text, [(s, e, "NAME") for s, e in spans]
    if slot == "STREET":
        return whole(rng.choice(p["streets"]), "ADDRESS")
    if slot == "PLZCITY":
        city = rng.choice(p["cities"])
        text = f"{city} {p['postcode']}" if p["region"] == "GB" else f"{p['postcode']} {city}"
        return whole(text, "ADDRESS")
    if slot == "ADDR":
        street, plz = fill("STREET", rng, lang, p)[0], fill("PLZCITY", rng, lang, p)[0]
        return whole(f"{street}, {plz}", "ADDRESS")
    return negative(slot, rng, lang, p), []


def negative(slot, rng, lang, p):
    if slot == "AMOUNT":
        euros, cents = rng.randint(1, 25000), rng.randint(0, 99)
        de = f"{euros:,}".replace(",", ".") + f",{cents:02d}"
        return rng.choice([f"{de} €", f"{de} EUR", f"€{euros:,}.{cents:02d}", f"{euros} Euro",
                           f"${euros:,}.{cents:02d}", f"£{euros}"])
    if slot == "DATE":
        return v.make_date(rng, lang, (2019, 2025))
    if slot == "REF":
        return rng.choice([f"TX-{rng.randint(2019, 2025)}-{v.digits(rng, 6)}", f"RF{v.digits(rng, 12)}",
                           f"{v.digits(rng, 10)}", f"INV{v.digits(rng, 8)}", f"0{v.digits(rng, 9)}"])
    if slot == "ORDER":
        return rng.choice([f"#{v.digits(rng, 8)}", v.digits(rng, 10), f"{v.digits(rng, 3)}-{v.digits(rng, 7)}",
                           f"A{v.digits(rng, 9)}"])
    if slot == "TXNUM":
        return rng.choice([v.digits(rng, 10), v.digits(rng, 12), "0" + v.digits(rng, 9), v.digits(rng, 16)])
    if slot == "LAST4":
        return v.digits(rng, 4)
    if slot == "PIN":
        return v.digits(rng, 4)
    if slot == "CODE":
        return v.digits(rng, rng.choice([6, 8]))
    if slot == "BADIBAN":
        return v.group_iban(rng, v.bad_iban(rng, rng.choice(["DE", "DE", "AT", "GB", "FR", "NL"])))
    if slot == "BADCARD":
        return v.group_card(rng, v.bad_card(rng))
    if slot == "BADSSN":
        return v.bad_ssn(rng)
    if slot == "CITY":
        return rng.choice(p["cities"])
    raise ValueError(slot)


def render(template, rng, lang, p):
    text, spans, last = "", [], 0
    for m in SLOT.finditer(template):
        text += template[last:m.start()]
        surface, rel = fill(m.group(1), rng, lang, p)
        spans += [{"start": len(text) + s, "end": len(text) + e, "type": t} for s, e, t in rel]
        text += surface
        last = m.end()
    text += template[last:]
    return text, merge_adjacent(text, spans)


def merge_adjacent(text, spans):
    """Annotation guideline: consecutive NAME (or ADDRESS) parts separated only by up to three spaces
    or commas form one span, e.g. "Hauptstraße 12, 50667 Köln"."""
    merged = []
    for span in sorted(spans, key=lambda s: s["start"]):
        if (merged and merged[-1]["type"] == span["type"] and span["type"] in ("NAME", "ADDRESS")
                and span["start"] - merged[-1]["end"] <= 3
                and set(text[merged[-1]["end"]:span["start"]]) <= {" ", ","}):
            merged[-1]["end"] = span["end"]
        else:
            merged.append(dict(span))
    return merged


def build(split, templates, copies, rng):
    rows = []
    for lang in ("en", "de"):
        for t_index, template in enumerate(templates[lang]):
            for copy in range(copies):
                pool = PROFILES[lang] + (PROFILES["de"][:2] if lang == "en" else [])
                p = pool[(t_index * copies + copy) % len(pool)]
                text, spans = render(template, rng, lang, p)
                profile = {k: p[k] for k in ("fullName", "street", "postcode", "city")}
                rows.append({"id": f"{split}-{lang}-{t_index:02d}-{copy}", "split": split, "lang": lang,
                             "profile": profile, "text": text, "spans": spans})
    return rows


def main():
    rng = random.Random(20261124)
    rows = build("dev", DEV, 5, rng) + build("test", TEST, 8, rng)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
