#!/usr/bin/env python3
"""Chooses ensemble weights and the out-of-scope threshold from out-of-fold part probabilities.

Input: the CSV that `crossval --part-probabilities FILE` writes (cross-validation on training data
only). Every weighting (regression, kNN, maxent, lexical) in steps of 0.1 summing to 1, the same for
every language, and every `--min-confidence` from 0 to 0.99 in steps of 0.01 is scored the way the
model predicts: out of scope when the top class is the out-of-scope label or its probability is
below the threshold. Rule: the highest in-scope accuracy among the settings whose 95 % Wilson lower
confidence bounds reach both targets (out-of-scope recall and in-scope accuracy); ties go to the
higher overall accuracy, then to the higher out-of-scope recall, then to the first in grid order.
The lower bound matters for out-of-scope recall, which rests on few examples (CLINC150: 100).

usage: choose-weights.py PART_PROBABILITIES.csv OOS_LABEL [MIN_RECALL=0.75] [MIN_IN_SCOPE=0.95]
Needs numpy.
"""
import csv
import itertools
import math
import sys

import numpy as np


def wilson_lower(p, n, z=1.96):
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half


def main():
    path, oos_label = sys.argv[1], sys.argv[2]
    min_recall = float(sys.argv[3]) if len(sys.argv) > 3 else 0.75
    min_in_scope = float(sys.argv[4]) if len(sys.argv) > 4 else 0.95
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    labels = [h.split(":", 1)[1] for h in header[3:] if h.startswith("regression:")]
    classes = len(labels)
    gold = np.array([labels.index(r[1]) for r in rows])
    parts = np.array([[float(x) for x in r[3:]] for r in rows]).reshape(len(rows), 4, classes)
    oos = labels.index(oos_label)
    in_scope = gold != oos
    n_in, n_oos = int(in_scope.sum()), int((~in_scope).sum())
    thresholds = [t / 100 for t in range(100)]
    best = None
    steps = [s / 10 for s in range(11)]
    for weights in itertools.product(steps, repeat=4):
        if abs(sum(weights) - 1) > 1e-9:
            continue
        p = np.tensordot(parts, np.array(weights), axes=([1], [0]))
        top = p.argmax(1)
        confidence = p.max(1)
        for t in thresholds:
            out = (top == oos) | (confidence < t)
            recall = out[~in_scope].mean()
            accuracy_in = ((top == gold) & ~out)[in_scope].mean()
            if wilson_lower(recall, n_oos) >= min_recall and wilson_lower(accuracy_in, n_in) >= min_in_scope:
                overall = (accuracy_in * n_in + recall * n_oos) / (n_in + n_oos)
                key = (round(accuracy_in, 10), round(overall, 10), round(recall, 10))
                if best is None or key > best[0]:
                    best = (key, weights, t)
                break  # a higher threshold only lowers in-scope accuracy
    if best is None:
        print("no setting reaches both targets")
        return 1
    (accuracy_in, overall, recall), weights, t = best
    print("weights: " + ",".join(f"{w:.1f}" for w in weights))
    print(f"min_confidence: {t:.2f}")
    print(f"cv_in_scope_accuracy: {accuracy_in:.4f}")
    print(f"cv_oos_recall: {recall:.4f}")
    print(f"cv_accuracy: {overall:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
