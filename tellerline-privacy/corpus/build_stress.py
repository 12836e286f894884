#!/usr/bin/env python3
"""Turns stress.txt (inline [[TYPE|text]] markup) into JSON Lines with offsets, split "stress".
Usage: see build_corpus.py."""
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree

import json
import re

from profiles import PROFILES

MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def main():
    profile, n = None, 0
    for line in open("stress.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if line.startswith("@profile"):
            _, lang, index = line.split()
            p = PROFILES[lang][int(index)]
            profile = {k: p[k] for k in ("fullName", "street", "postcode", "city")}
            continue
        text, spans, last = "", [], 0
        for m in MARK.finditer(line):
            text += line[last:m.start()]
            spans.append({"start": len(text), "end": len(text) + len(m.group(2)), "type": m.group(1)})
            text += m.group(2)
            last = m.end()
        text += line[last:]
        lang = "de" if lang == "de" else "en"
        sys.stdout.write(json.dumps({"id": f"stress-{n:03d}", "split": "stress", "lang": lang,
                                     "profile": profile, "text": text, "spans": spans},
                                    ensure_ascii=False) + "\n")
        n += 1


if __name__ == "__main__":
    main()
