#!/usr/bin/env python3
"""Independent sanity checks on histories.jsonl / labels.jsonl (reads output only).

Usage: python3 check_output.py [folder]
Checks the format rules and runs simple, independent heuristics that look for
finding-like patterns which are NOT labelled (possible accidental findings) and
labels that the data do not support.  The heuristics are deliberately naive; the
point is to list cases for manual inspection, not to be a detector.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TODAY = date(2027, 1, 18)
MONEY = re.compile(r'^-?\d+\.\d\d$')


def cents(s):
    neg = s.startswith('-')
    s = s.lstrip('-')
    a, b = s.split('.')
    v = int(a) * 100 + int(b)
    return -v if neg else v


def main():
    hf = open(os.path.join(FOLDER, 'histories.jsonl'), encoding='utf-8')
    lf = open(os.path.join(FOLDER, 'labels.jsonl'), encoding='utf-8')
    problems = Counter()
    examples = defaultdict(list)
    kinds = Counter()
    n = 0
    nb = 0
    susp = Counter()
    span = Counter()

    def prob(k, msg):
        problems[k] += 1
        if len(examples[k]) < 4:
            examples[k].append(msg)

    for hl, ll in zip(hf, lf):
        h = json.loads(hl)
        lab = json.loads(ll)
        n += 1
        cid = h['id']
        if lab['id'] != cid:
            prob('id_mismatch', cid)
        if h['today'] != '2027-01-18' or h['currency'] != 'EUR' or not re.match(r'^\d{4}$', h['account_last4']):
            prob('header', cid)
        if not MONEY.match(h['balance']):
            prob('balance_format', cid)
        bks = h['bookings']
        nb += len(bks)
        prev = None
        first = None
        parsed = []
        for b in bks:
            d = date.fromisoformat(b['booked_on'])
            first = first or d
            if prev and d < prev:
                prob('order', cid)
            prev = d
            if d > TODAY:
                prob('future', cid)
            if not MONEY.match(b['amount']) or cents(b['amount']) == 0:
                prob('amount_format', '%s %s' % (cid, b['amount']))
            if not re.match(r'^[a-z]+$', b['category']):
                prob('category', '%s %s' % (cid, b['category']))
            at = None
            if b['authorised_at'] is not None:
                at = datetime.fromisoformat(b['authorised_at'])
                g = (d - at.date()).days
                if g < 0 or g > 3:
                    prob('auth_gap', '%s %s %s' % (cid, b['booked_on'], b['authorised_at']))
            else:
                if b['authorisation_ref'] is not None:
                    prob('authref_without_auth', cid)
            if b['reference'] is not None and b['reference'].startswith('MREF') and not b['reference'].startswith('MREF '):
                prob('mref_format', cid)
            parsed.append((d, cents(b['amount']), b['counterparty'], b['category'], b['reference'], at,
                           b['authorisation_ref']))
        span[(TODAY - first).days // 30] += 1
        bal = cents(h['balance'])
        # ---- label support
        if not lab['findings']:
            kinds['(none)'] += 1
        for k in set(f['kind'] for f in lab['findings']):
            kinds['customers_with_' + k] += 1
        for f in lab['findings']:
            kinds[f['kind']] += 1
            if f['kind'] == 'LOW_BALANCE_FORECAST':
                continue
            day = date.fromisoformat(f['day'])
            m = [p for p in parsed if p[0] == day and p[2] == f['merchant'] and p[1] < 0]
            if not m:
                prob('label_no_booking', '%s %s' % (cid, f))
                continue
            if f['kind'] == 'DUPLICATE_CHARGE':
                ok = False
                for p in m:
                    same = [q for q in parsed if q[2] == p[2] and q[1] == p[1] and q[0] <= day and q is not p]
                    if same:
                        ok = True
                if not ok:
                    prob('dup_label_unsupported', '%s %s' % (cid, f))
                if (TODAY - day).days > 29:
                    prob('dup_label_outside', cid)
            if f['kind'] == 'UNUSUAL_DEBIT' and (TODAY - day).days > 29:
                prob('ud_label_outside', cid)
            if f['kind'] == 'PRICE_RISE':
                if (TODAY - day).days > 34:
                    prob('pr_label_outside', cid)
                earlier = [p for p in parsed if p[2] == f['merchant'] and p[0] < day and p[1] < 0]
                if len(earlier) < 2:
                    prob('pr_label_little_history', '%s %s' % (cid, f))
        labelled = set((f['kind'], f.get('merchant'), f.get('day')) for f in lab['findings'])
        # ---- naive duplicate search
        win = [p for p in parsed if p[1] < 0 and (TODAY - p[0]).days <= 31]
        for i, q in enumerate(win):
            for p in parsed:
                if p is q or p[1] != q[1] or p[2] != q[2] or p[0] > q[0] or (q[0] - p[0]).days > 7:
                    continue
                if p[0] == q[0] and parsed.index(p) > parsed.index(q):
                    continue
                hit = False
                if p[5] and q[5]:
                    if abs((q[5] - p[5]).total_seconds()) < 600 or (p[6] and p[6] == q[6]):
                        hit = True
                elif not p[5] and not q[5] and p[4] and p[4] == q[4]:
                    hit = True
                if hit:
                    if ('DUPLICATE_CHARGE', q[2], q[0].isoformat()) not in labelled:
                        susp['dup_unlabelled'] += 1
                        if len(examples['dup_unlabelled']) < 6:
                            examples['dup_unlabelled'].append('%s %s %s %s' % (cid, q[0], q[2], q[1]))
        # ---- naive price rise search: same counterparty + same mandate, constant then higher
        series = defaultdict(list)
        for p in parsed:
            if p[1] >= 0:
                continue
            ref = p[4] or ''
            mand = ref.split(' ')[1] if ref.startswith('MREF ') else ''
            if 'PP.' in ref:
                mm = re.search(r'\. (.*), Ihr Einkauf', ref)
                mand = 'PP:' + (mm.group(1) if mm else '')
            series[(p[2], mand)].append(p)
        for k, lst in series.items():
            if len(lst) < 4:
                continue
            for j in range(3, len(lst)):
                p = lst[j]
                if (TODAY - p[0]).days > 34:
                    continue
                before = [x[1] for x in lst[:j]]
                if len(set(before[-3:])) == 1 and p[1] < before[-1] and len(set(before)) <= 2:
                    gaps = [(lst[i][0] - lst[i - 1][0]).days for i in range(1, j)]
                    if gaps and min(gaps) >= 20:
                        if ('PRICE_RISE', p[2], p[0].isoformat()) not in labelled:
                            susp['pr_unlabelled'] += 1
                            if len(examples['pr_unlabelled']) < 6:
                                examples['pr_unlabelled'].append('%s %s %s %s<-%s' % (cid, p[0], p[2], p[1], before[-1]))
                        else:
                            susp['pr_labelled_found'] += 1
                    break
        # ---- naive unusual search
        hist = [p for p in parsed if p[1] < 0 and (TODAY - p[0]).days > 33 and p[3] != 'transfer']
        mx = max([-p[1] for p in hist] or [0])
        seen = set(p[2] for p in hist)
        for p in parsed:
            if p[1] >= 0 or (TODAY - p[0]).days > 29 or p[3] == 'transfer':
                continue
            lab_ud = ('UNUSUAL_DEBIT', p[2], p[0].isoformat()) in labelled
            flag = (-p[1] > 2 * mx and -p[1] > 20000) or (p[2] not in seen and -p[1] > 25000)
            if flag and not lab_ud:
                susp['ud_unlabelled_naive'] += 1
                if len(examples['ud_unlabelled_naive']) < 8:
                    examples['ud_unlabelled_naive'].append('%s %s %s %s %s' % (cid, p[0], p[2], p[1], p[4]))
            if lab_ud and not flag:
                susp['ud_labelled_not_naive'] += 1
        if any(f['kind'] == 'LOW_BALANCE_FORECAST' for f in lab['findings']):
            susp['lbf_balance_sum_pos'] += bal
        else:
            susp['lbf_balance_sum_neg'] += bal
            if bal < 30000:
                susp['lbf_neg_balance_below_300'] += 1
    per = dict((k, '%d (%.1f%%)' % (v, 100.0 * v / n)) for k, v in kinds.items())
    print('customers', n, 'bookings', nb, 'avg', nb // max(n, 1))
    print('history months', sorted(span.items()))
    print('findings', per)
    print('problems', dict(problems))
    for k, v in examples.items():
        print(' ', k)
        for e in v:
            print('     ', e)
    print('heuristics', dict(susp))


if __name__ == '__main__':
    main()
