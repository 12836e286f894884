#!/usr/bin/env python3
"""Per-intent F1 of out-of-fold predictions (`crossval --bundled --predictions FILE`), side by side
for two or more runs, per language: shows whether a corpus change moved any other intent.

usage: per-intent.py NAME=PREDICTIONS.csv [NAME=PREDICTIONS.csv ...]
e.g.   per-intent.py before-42=b42.csv before-7=b7.csv after-42=a42.csv
A row is printed for every (language, label); the last columns are the change from the first run to
each later one, in points.
"""
import csv
import sys
from collections import defaultdict


def scores(path):
    """(language, label) -> (F1, recall, support)."""
    tp, fp, fn, n = (defaultdict(int) for _ in range(4))
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lang, gold, pred = row["language"], row["label"], row["predicted"]
            n[(lang, gold)] += 1
            if gold == pred:
                tp[(lang, gold)] += 1
            else:
                fn[(lang, gold)] += 1
                fp[(lang, pred)] += 1
    out = {}
    for key in set(n) | set(fp):
        p = tp[key] / (tp[key] + fp[key]) if tp[key] + fp[key] else 0.0
        r = tp[key] / n[key] if n[key] else 0.0
        out[key] = (2 * p * r / (p + r) if p + r else 0.0, r, n[key])
    return out


runs = [(arg.split("=", 1)[0], scores(arg.split("=", 1)[1])) for arg in sys.argv[1:]]
keys = sorted(set().union(*(s.keys() for _, s in runs)))
names = [name for name, _ in runs]
print("language,label," + ",".join(f"f1_{n}" for n in names) + ","
      + ",".join(f"delta_{n}" for n in names[1:]) + ",support_" + names[-1])
for key in keys:
    f1 = [s.get(key, (float("nan"), 0, 0))[0] for _, s in runs]
    deltas = [100 * (v - f1[0]) for v in f1[1:]]
    print(",".join([key[0], key[1]] + [f"{v:.4f}" for v in f1] + [f"{d:+.1f}" for d in deltas]
                   + [str(runs[-1][1].get(key, (0, 0, 0))[2])]))
