"""Generate pack_t's synthetic.jsonl (home and personal services logs).

python tools/names/packs/pack_t/generate.py [--per-family 80] [--seed 4888] [--out PATH]

Standard library only. Every family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is. Every record is verified (core.verify); a record that fails the leak
check is drawn again from the same stream, a template bug raises.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core
import fam_a
import fam_b

GROUP = "pack_t"
FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES


def build(per_family: int, seed: int):
    out = []
    redraws = 0
    for fam, pos, neg in FAMILIES:
        rng = random.Random(f"{GROUP}/{fam}/{seed}")
        n_neg = round(per_family * 0.3)
        flags = [True] * n_neg + [False] * (per_family - n_neg)
        rng.shuffle(flags)
        pi = ni = 0
        for is_neg in flags:
            if is_neg:
                fn = neg[ni % len(neg)]
                ni += 1
            else:
                fn = pos[pi % len(pos)]
                pi += 1
            for _attempt in range(200):
                rec = core.Rec(rng, is_neg)
                fn(rec)
                try:
                    res = core.verify(rec)
                except core.Leak:
                    redraws += 1
                    continue
                break
            else:
                raise core.TemplateBug(f"{fam}/{fn.__name__}: no clean draw in 200 attempts")
            out.append({"text": res["text"], "spans": res["spans"], "family": fam, "group": GROUP})
    return out, redraws


def shape_counts(recs):
    c = {"NAME": 0, "non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
         "joined by _": 0, "GEDCOM /Surname/": 0, "escaped (%, +, \\u)": 0, "single token": 0}
    for r in recs:
        for a, b, t in r["spans"]:
            if t != "NAME":
                continue
            v = r["text"][a:b]
            c["NAME"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if core.is_non_latin(v):
                c["non-Latin"] += 1
            elif letters and all(ch.isupper() for ch in letters if ch.lower() != ch) and len(letters) > 1 and v == v.upper():
                c["ALL CAPS"] += 1
            elif v == v.lower():
                c["lower case"] += 1
            if ", " in v:
                c["Last, First"] += 1
            if "/" in v and " /" not in v:
                c["SURNAME/GIVEN"] += 1
            if " /" in v:
                c["GEDCOM /Surname/"] += 1
            if "_" in v:
                c["joined by _"] += 1
            if "%" in v or "\\u" in v or ("+" in v and " " not in v):
                c["escaped (%, +, \\u)"] += 1
            if " " not in v and "+" not in v and "%20" not in v:
                c["single token"] += 1
    return c


def table(recs):
    fams = [f for f, _p, _n in FAMILIES]
    lines = ["| family | records | no-PII | " + " | ".join(core.TYPES) + " |",
             "|---|---:|---:|" + "---:|" * len(core.TYPES)]
    tot = {t: 0 for t in core.TYPES}
    tr = tn = 0
    for f in fams:
        rs = [r for r in recs if r["family"] == f]
        cnt = {t: 0 for t in core.TYPES}
        for r in rs:
            for _a, _b, t in r["spans"]:
                cnt[t] += 1
        nn = sum(1 for r in rs if not r["spans"])
        tr += len(rs)
        tn += nn
        for t in core.TYPES:
            tot[t] += cnt[t]
        lines.append(f"| `{f}` | {len(rs)} | {nn} | " + " | ".join(str(cnt[t]) for t in core.TYPES) + " |")
    lines.append(f"| **total** | {tr} | {tn} | " + " | ".join(str(tot[t]) for t in core.TYPES) + " |")
    return "\n".join(lines), tot


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4888)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    a = ap.parse_args(argv)
    recs, redraws = build(a.per_family, a.seed)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    # read back
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != recs:
        raise SystemExit("read-back differs")
    for r in back:
        for s, e, _t in r["spans"]:
            if not (0 <= s < e <= len(r["text"])):
                raise SystemExit("span out of range after read-back")
    tab, tot = table(recs)
    print(tab)
    print(f"\nspans: {sum(tot.values())}; redraws: {redraws}; multi-line records: {sum(1 for r in recs if chr(10) in r['text'])}")
    ipv6 = sum(1 for r in recs for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])
    last4 = sum(1 for r in recs for s, e, t in r["spans"] if t == "SSN" and e - s == 4)
    print(f"IPv6 spans: {ipv6}; SSN last-four spans: {last4}")
    print("NAME shapes: " + ", ".join(f"{k}={v}" for k, v in shape_counts(recs).items()))
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
