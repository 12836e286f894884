#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Sanity checker for heldout2 (reads ONLY histories.jsonl / labels.jsonl in this folder).

1. format checks (schema, ordering, dates, card authorisation lag, MREF prefix, amounts)
2. simple, deliberately naive reference rules per finding kind, to show
   (a) that every label is visible in the data and
   (b) how many confounders fool a naive rule (these are expected false positives).
This is NOT a model of any detector under test; it is the author's own cross-check.
"""
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = date(2026, 12, 7)
PR_FROM = TODAY - timedelta(days=34)
W30 = TODAY - timedelta(days=29)
AMT = re.compile(r'^-?\d+\.\d\d$')


def d(s):
    return date(int(s[:4]), int(s[5:7]), int(s[8:10]))


def norm(cp):
    s = cp.upper()
    s = re.sub(r'\*[A-Z0-9]{6,}$', '', s)
    s = re.sub(r'[^A-ZÄÖÜ ]', ' ', s)
    w = [x for x in s.split() if len(x) > 1][:2]
    return ' '.join(w)


def main():
    H = [json.loads(l) for l in open(os.path.join(HERE, 'histories.jsonl'), encoding='utf-8')]
    L = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    assert len(H) == len(L)
    fmt_err = defaultdict(int)
    res = {k: defaultdict(int) for k in ('PR', 'UD', 'DUP')}
    for h, l in zip(H, L):
        assert h['id'] == l['id']
        assert h['today'] == '2026-12-07' and h['currency'] == 'EUR' and AMT.match(h['balance'])
        bk = h['bookings']
        prev = None
        for b in bk:
            if set(b.keys()) != {'booked_on', 'amount', 'counterparty', 'category', 'reference', 'authorised_at', 'authorisation_ref'}:
                fmt_err['keys'] += 1
            bd = d(b['booked_on'])
            if bd > TODAY:
                fmt_err['after_today'] += 1
            if prev and bd < prev:
                fmt_err['order'] += 1
            prev = bd
            if not AMT.match(b['amount']) or b['amount'] in ('0.00', '-0.00'):
                fmt_err['amount'] += 1
            if b['authorised_at']:
                a = datetime.fromisoformat(b['authorised_at'])
                lag = (bd - a.date()).days
                if lag < 0 or lag > 3:
                    fmt_err['auth_lag'] += 1
            elif b['authorisation_ref']:
                fmt_err['aref_without_auth'] += 1
            if b['category'] != b['category'].lower() or ' ' in b['category']:
                fmt_err['category'] += 1
        labs = {(f['kind'], f.get('merchant'), f.get('day')) for f in l['findings']}
        # every labelled merchant/day must exist as a debit
        for f in l['findings']:
            if f['kind'] == 'LOW_BALANCE_FORECAST':
                continue
            if not any(b['counterparty'] == f['merchant'] and b['booked_on'] == f['day'] and b['amount'].startswith('-') for b in bk):
                fmt_err['label_without_booking'] += 1
        debits = [b for b in bk if b['amount'].startswith('-')]
        # ---- naive PR: same (norm cp, mandate) >= 3 equal amounts then a higher one booked in window, first time
        groups = defaultdict(list)
        for b in debits:
            if b['category'] == 'transfer':
                continue
            ref = b['reference'] or ''
            key = (norm(b['counterparty']), ref.split()[1] if ref.startswith('MREF ') else '')
            groups[key].append(b)
        hits = set()
        for key, g in groups.items():
            amts = [float(b['amount']) * -1 for b in g]
            for k in range(3, len(g)):
                bd = d(g[k]['booked_on'])
                if bd < PR_FROM:
                    continue
                base = amts[k - 3:k]
                if len(set(base)) == 1 and amts[k] > base[0] * 1.03 and max(amts[:k]) < amts[k]:
                    hits.add(('PRICE_RISE', g[k]['counterparty'], g[k]['booked_on']))
                    break
        lab = {x for x in labs if x[0] == 'PRICE_RISE'}
        res['PR']['tp'] += len(hits & lab)
        res['PR']['fp'] += len(hits - lab)
        res['PR']['fn'] += len(lab - hits)
        # ---- naive UD: window debit (not transfer) >= 4x largest earlier non-recurring debit and >= 300
        hits = set()
        amount_by_key = defaultdict(int)
        for b in debits:
            amount_by_key[(norm(b['counterparty']), b['amount'])] += 1
        m = 0.0
        for b in debits:
            if b['category'] == 'transfer':
                continue
            v = -float(b['amount'])
            recurring = amount_by_key[(norm(b['counterparty']), b['amount'])] >= 3 and v > 20
            if d(b['booked_on']) >= W30 and v >= 300 and v >= 4 * m:
                hits.add(('UNUSUAL_DEBIT', b['counterparty'], b['booked_on']))
            if not recurring and d(b['booked_on']) < W30:
                m = max(m, v)
        lab = {x for x in labs if x[0] == 'UNUSUAL_DEBIT'}
        res['UD']['tp'] += len(hits & lab)
        res['UD']['fp'] += len(hits - lab)
        res['UD']['fn'] += len(lab - hits)
        # ---- naive DUP: same counterparty and amount; same auth ref, or auth <= 3 min apart,
        #      or same reference text (MREF) within 7 days -- ignoring returns (so expected FPs)
        hits = set()
        byk = defaultdict(list)
        for b in debits:
            byk[(b['counterparty'], b['amount'])].append(b)
        for g in byk.values():
            for i in range(len(g)):
                for j in range(i + 1, len(g)):
                    b1, b2 = g[i], g[j]
                    if d(b2['booked_on']) < W30:
                        continue
                    ok = False
                    if b1['authorised_at'] and b2['authorised_at']:
                        if b1['authorisation_ref'] and b1['authorisation_ref'] == b2['authorisation_ref']:
                            ok = True
                        elif abs((datetime.fromisoformat(b2['authorised_at']) - datetime.fromisoformat(b1['authorised_at'])).total_seconds()) <= 180:
                            ok = True
                    elif not b1['authorised_at'] and not b2['authorised_at']:
                        if b1['reference'] == b2['reference'] and abs((d(b2['booked_on']) - d(b1['booked_on'])).days) <= 7:
                            ok = True
                    if ok:
                        hits.add(('DUPLICATE_CHARGE', b2['counterparty'], b2['booked_on']))
        lab = {x for x in labs if x[0] == 'DUPLICATE_CHARGE'}
        res['DUP']['tp'] += len(hits & lab)
        res['DUP']['fp'] += len(hits - lab)
        res['DUP']['fn'] += len(lab - hits)
    print("format problems:", dict(fmt_err) or "none")
    for k, v in res.items():
        tp, fp, fn = v['tp'], v['fp'], v['fn']
        print(f"naive {k}: tp={tp} fp={fp} fn={fn}  precision={tp / max(1, tp + fp):.3f} recall={tp / max(1, tp + fn):.3f}")


if __name__ == '__main__':
    main()
