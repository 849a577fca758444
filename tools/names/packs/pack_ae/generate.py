"""Generate pack_ae's synthetic.jsonl (film, TV, music and live-event production logs).

    python tools/names/packs/pack_ae/generate.py [--per-family 80] [--seed 6555] [--out PATH] [--stats]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]


def gen_family(name, n, seed, counters):
    pos_t, neg_t = FAMILIES[name]
    rng = random.Random(f"pack_ae:{seed}:{name}")
    n_neg = round(n * 0.3)
    neg_idx = set(rng.sample(range(n), n_neg))
    order_p = list(range(len(pos_t)))
    order_n = list(range(len(neg_t)))
    rng.shuffle(order_p)
    rng.shuffle(order_n)
    out, ip_, in_ = [], 0, 0
    for i in range(n):
        neg = i in neg_idx
        if neg:
            tpl = neg_t[order_n[in_ % len(order_n)]]
            in_ += 1
        else:
            tpl = pos_t[order_p[ip_ % len(order_p)]]
            ip_ += 1
        for _attempt in range(200):
            r = core.R(rng, neg)
            tpl(r)
            text, spans, vals = r.build()
            rec = {"text": text, "spans": spans, "family": name, "group": "pack_ae"}
            try:
                core.verify(rec, vals, r.persons, neg)
            except core.Leak as e:
                counters["redraw"] += 1
                counters["redraw:" + str(e)[:60]] += 1
                continue
            break
        else:
            raise RuntimeError(f"{name}/{tpl.__name__}: could not draw a clean record")
        out.append(rec)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6555)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    counters = Counter()
    recs = []
    for name in FAMILIES:
        recs.extend(gen_family(name, a.per_family, a.seed, counters))
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    # read back and compare
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert back == recs, "read-back mismatch"
    for rec in back:
        for s, e, _t in rec["spans"]:
            assert rec["text"][s:e] == rec["text"][s:e].strip()
    print(f"wrote {len(recs)} records to {a.out}; verifier passed ({counters['redraw']} redraws)")
    if a.stats:
        print_stats(recs, counters)


def print_stats(recs, counters):
    fams = list(dict.fromkeys(r["family"] for r in recs))
    hdr = f"{'family':28s} {'recs':>5} {'noPII':>5} {'multi':>5} " + " ".join(f"{t[:6]:>6}" for t in TYPES)
    print(hdr)
    tot = Counter()
    for f in fams:
        rs = [r for r in recs if r["family"] == f]
        c = Counter(t for r in rs for _, _, t in r["spans"])
        neg = sum(1 for r in rs if not r["spans"])
        multi = sum(1 for r in rs if "\n" in r["text"])
        tot.update(c)
        tot["recs"] += len(rs)
        tot["neg"] += neg
        tot["multi"] += multi
        print(f"{f:28s} {len(rs):5d} {neg:5d} {multi:5d} " + " ".join(f"{c[t]:6d}" for t in TYPES))
    print(f"{'total':28s} {tot['recs']:5d} {tot['neg']:5d} {tot['multi']:5d} " + " ".join(f"{tot[t]:6d}" for t in TYPES))
    print(f"spans: {sum(tot[t] for t in TYPES)}")
    names = [r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "NAME"]
    shape = Counter()
    for n in names:
        if any(ord(c) > 0x2FF and c.isalpha() for c in n):
            shape["non-Latin script"] += 1
        if n.isupper():
            shape["ALL CAPS"] += 1
        if n.islower():
            shape["lower case (accounts, slugs)"] += 1
        if ", " in n:
            shape["Last, First"] += 1
        if "_" in n:
            shape["joined by _"] += 1
        if "-" in n:
            shape["hyphenated"] += 1
        if "%" in n or "+" in n or "\\u" in n or "&" in n:
            shape["escaped"] += 1
        if " " not in n and "_" not in n and "." not in n and not n.islower():
            shape["single word"] += 1
    for k, v in sorted(shape.items()):
        print(f"  NAME {k}: {v}")
    ipv6 = sum(1 for r in recs for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])
    last4 = sum(1 for r in recs for s, e, t in r["spans"] if t == "SSN" and len(r["text"][s:e]) == 4)
    print(f"  IPv6: {ipv6}  SSN last-four: {last4}")
    for k, v in sorted(counters.items()):
        if k.startswith("redraw:"):
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
