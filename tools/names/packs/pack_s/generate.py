"""Generate pack_s/synthetic.jsonl: labelled synthetic mobile and client-side application logs.

    python tools/names/packs/pack_s/generate.py [--per-family 80] [--seed 4777] [--out PATH]

Standard library only. Each family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is. Every record is verified (see core.verify); the written file is read back.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core as C  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402
import names as N  # noqa: E402

GROUP = "pack_s"


def family_records(name, pos, neg, n: int, seed: int) -> list[dict]:
    r = random.Random(f"{GROUP}:{seed}:{name}")
    n_neg = round(n * 0.3)
    flags = [False] * n_neg + [True] * (n - n_neg)
    r.shuffle(flags)
    pi, ni = r.randrange(len(pos)), r.randrange(len(neg))
    out = []
    for positive in flags:
        if positive:
            fn = pos[pi % len(pos)]
            pi += 1
        else:
            fn = neg[ni % len(neg)]
            ni += 1
        text, spans = C.make(fn, r, positive)
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out


def shape_counts(records: list[dict]) -> dict[str, int]:
    c = {"NAME": 0, "non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
         "joined by _": 0, "escaped": 0, "IPv6": 0, "SSN last four": 0, "multi-line records": 0}
    for rec in records:
        if "\n" in rec["text"]:
            c["multi-line records"] += 1
        for s, e, t in rec["spans"]:
            v = rec["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                c["IPv6"] += 1
            if t == "SSN" and len(v) == 4:
                c["SSN last four"] += 1
            if t != "NAME":
                continue
            c["NAME"] += 1
            if any(unicodedata.category(ch).startswith("L") and not N.is_latin(ch) for ch in v):
                c["non-Latin"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if len(letters) > 1 and v.upper() == v and any(ch.isupper() for ch in v):
                c["ALL CAPS"] += 1
            if letters and v.lower() == v and N.is_latin(v) and any(ch.islower() for ch in v):
                c["lower case"] += 1
            if ", " in v or "%2C" in v:
                c["Last, First"] += 1
            if "/" in v:
                c["SURNAME/GIVEN"] += 1
            if "_" in v:
                c["joined by _"] += 1
            if "%" in v or "\\u" in v or "\\x" in v or ("+" in v and " " not in v) or "\\\\" in v:
                c["escaped"] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4777)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    args = ap.parse_args(argv)
    records: list[dict] = []
    for name, pos, neg in fam_a.FAMILIES + fam_b.FAMILIES:
        records.extend(family_records(name, pos, neg, args.per_family, args.seed))
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # read back
    with open(args.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        raise SystemExit("read-back mismatch")
    for rec in back:
        for s, e, t in rec["spans"]:
            C.check_value(rec["text"][s:e], t)
    # counts table
    fams = [f[0] for f in fam_a.FAMILIES + fam_b.FAMILIES]
    print("| family | records | no-PII | " + " | ".join(C.TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(C.TYPES))
    tot = {t: 0 for t in C.TYPES}
    tn = tneg = 0
    for f in fams:
        rs = [x for x in records if x["family"] == f]
        cnt = {t: sum(1 for x in rs for s in x["spans"] if s[2] == t) for t in C.TYPES}
        neg = sum(1 for x in rs if not x["spans"])
        tn += len(rs)
        tneg += neg
        for t in C.TYPES:
            tot[t] += cnt[t]
        print(f"| `{f}` | {len(rs)} | {neg} | " + " | ".join(str(cnt[t]) for t in C.TYPES) + " |")
    print(f"| **total** | {tn} | {tneg} | " + " | ".join(str(tot[t]) for t in C.TYPES) + " |")
    print(f"spans: {sum(tot.values())}; redraws: {C.make.redraws}")
    for k, v in shape_counts(records).items():
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
