"""Write pack_r's synthetic.jsonl: 12 families of endpoint and office IT operations logs.

python tools/names/packs/pack_r/generate.py [--per-family 80] [--seed 4666] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core as C
from fam_a import FAMILIES_A
from fam_b import FAMILIES_B

FAMILIES = FAMILIES_A + FAMILIES_B
GROUP = "pack_r"
MAX_TRIES = 80


def gen_family(name: str, pos_t: list, neg_t: list, n: int, seed: int) -> tuple[list, int]:
    rng = random.Random(f"{GROUP}|{seed}|{name}")
    n_neg = round(n * 0.3)
    flags = [False] * n_neg + [True] * (n - n_neg)
    rng.shuffle(flags)
    out = []
    redraws = 0
    for i, positive in enumerate(flags):
        tpls = pos_t if positive else neg_t
        for _ in range(MAX_TRIES):
            C.begin()
            tpl = tpls[(i + rng.randrange(len(tpls))) % len(tpls)]
            frag = tpl(rng)
            try:
                text, spans = C.finish(frag, positive)
            except C.Leak:
                redraws += 1
                continue
            break
        else:
            raise RuntimeError(f"{name}: record {i} failed the leak check {MAX_TRIES} times")
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out, redraws


def _nonlatin(s: str) -> bool:
    return any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in s)


def profile(recs: list) -> dict:
    prof = {"non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
            "joined by _": 0, "escaped (%, +, \\u)": 0, "IPv6": 0, "SSN last four": 0}
    for r in recs:
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "NAME":
                if _nonlatin(v):
                    prof["non-Latin"] += 1
                elif v.isupper():
                    prof["ALL CAPS"] += 1
                elif v.islower():
                    prof["lower case"] += 1
                if ", " in v:
                    prof["Last, First"] += 1
                if "/" in v:
                    prof["SURNAME/GIVEN"] += 1
                if "_" in v:
                    prof["joined by _"] += 1
                if "%" in v or "\\u" in v or "+" in v:
                    prof["escaped (%, +, \\u)"] += 1
            elif t == "IP_ADDRESS" and ":" in v:
                prof["IPv6"] += 1
            elif t == "SSN" and len(v) == 4:
                prof["SSN last four"] += 1
    return prof


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4666)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    args = ap.parse_args()
    recs = []
    redraws = 0
    for name, pos_t, neg_t in FAMILIES:
        r, k = gen_family(name, pos_t, neg_t, args.per_family, args.seed)
        recs += r
        redraws += k
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(lines)
    with open(args.out, encoding="utf-8", newline="") as fh:
        back = [json.loads(x) for x in fh.read().split("\n") if x]
    assert back == recs, "read-back mismatch"
    for r in back:
        for s, e, t in r["spans"]:
            C.check_value(r["text"][s:e], t)
    types = C.LABELS
    print("| family | records | no-PII | " + " | ".join(types) + " |")
    print("|---|---:|---:|" + "---:|" * len(types))
    tot = {t: 0 for t in types}
    tr = tn = 0
    for name, _, _ in FAMILIES:
        fr = [r for r in recs if r["family"] == name]
        cnt = {t: sum(1 for r in fr for s in r["spans"] if s[2] == t) for t in types}
        nn = sum(1 for r in fr if not r["spans"])
        tr += len(fr)
        tn += nn
        for t in types:
            tot[t] += cnt[t]
        print(f"| `{name}` | {len(fr)} | {nn} | " + " | ".join(str(cnt[t]) for t in types) + " |")
    print(f"| **total** | {tr} | {tn} | " + " | ".join(str(tot[t]) for t in types) + " |")
    print(f"spans: {sum(tot.values())}; multi-line records: {sum(1 for r in recs if chr(10) in r['text'])}; "
          f"redraws: {redraws}")
    for k, v in profile(recs).items():
        print(f"  {k}: {v}")
    with open(args.out, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), args.out)


if __name__ == "__main__":
    main()
