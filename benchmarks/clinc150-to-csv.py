#!/usr/bin/env python3
"""Converts CLINC150's train_val.json into the CSVs the NLU command line reads (text,label).

train.csv = train + oos_train (label "oos"); test.csv = val + oos_val (label "oos")."""
import csv
import json
import sys
from pathlib import Path

source, target = Path(sys.argv[1]), Path(sys.argv[2])
data = json.loads(source.read_text(encoding="utf-8"))
target.mkdir(parents=True, exist_ok=True)
for name, parts in (("train.csv", ("train", "oos_train")), ("test.csv", ("val", "oos_val"))):
    with open(target / name, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["text", "label"])
        for part in parts:
            for text, intent in data[part]:
                writer.writerow([text, "oos" if part.startswith("oos") else intent])
print(f"wrote {target}/train.csv and {target}/test.csv")
