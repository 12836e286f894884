#!/usr/bin/env python3
"""Accuracy of out-of-fold predictions (`crossval --predictions FILE`) split by whether a row's text
is in an earlier version of a corpus file: shows whether new rows are easier than the old ones.

usage: accuracy-by-rows.py PREDICTIONS.csv EARLIER_CORPUS.csv LANGUAGE
e.g.   git show REV:tellerline-nlu/src/main/resources/io/tellerline/nlu/corpus/intents-de.csv > old.csv
"""
import csv
import sys

predictions, earlier, language = sys.argv[1], sys.argv[2], sys.argv[3]
with open(earlier, newline="", encoding="utf-8") as f:
    known = {row[0] for row in csv.reader(f)}
with open(predictions, newline="", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(f) if r["language"] == language]
for name, part in (
    ("earlier", [r for r in rows if r["text"] in known]),
    ("new", [r for r in rows if r["text"] not in known]),
    ("all", rows),
):
    right = sum(r["label"] == r["predicted"] for r in part)
    print(f"accuracy_{language}_{name}: {right / len(part):.4f} ({len(part)} rows)")
