"""Generate pack_w/synthetic.jsonl: 12 families x N labelled records (freelance, gig-work and creator platforms).

    python tools/names/packs/pack_w/generate.py                  # --per-family 80 --seed 5333
    python tools/names/packs/pack_w/generate.py --per-family 400 --seed 1 --out /tmp/pack_w.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fam_a
import fam_b
from core import Ctx, VerifyError, render, verify

FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]
MAX_TRIES = 200


def build_family(name, pos, neg, n, seed, redraws):
    rng = random.Random(f"pack_w|{seed}|{name}")
    n_neg = round(n * 0.3)
    kinds = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(kinds)
    pos_order = pos[:]
    neg_order = neg[:]
    rng.shuffle(pos_order)
    rng.shuffle(neg_order)
    out = []
    ip = ineg = 0
    for is_neg in kinds:
        if is_neg:
            tmpl = neg_order[ineg % len(neg_order)]
            ineg += 1
        else:
            tmpl = pos_order[ip % len(pos_order)]
            ip += 1
        for attempt in range(MAX_TRIES):
            ctx = Ctx(rng)
            text, spans = render(tmpl(ctx))
            text = text.rstrip("\n")
            try:
                verify(text, spans, ctx.persons, is_neg)
            except VerifyError as e:
                if attempt == MAX_TRIES - 1:
                    raise RuntimeError(f"{name}/{tmpl.__name__}: {e}\n{text}") from e
                redraws[tmpl.__name__] = redraws.get(tmpl.__name__, 0) + 1
                continue
            out.append({"text": text, "spans": spans, "family": name, "group": "pack_w"})
            break
    return out


def shape_counts(records):
    c = {"NAME": 0, "non_latin": 0, "all_caps": 0, "lower_case": 0, "last_first": 0, "slash_or_mrz": 0,
         "underscore": 0, "hyphen_slug": 0, "initial": 0, "escaped": 0, "ipv6": 0, "ssn_last4": 0}
    for r in records:
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                c["ipv6"] += 1
            if t == "SSN" and len(v) == 4:
                c["ssn_last4"] += 1
            if t != "NAME":
                continue
            c["NAME"] += 1
            if any(ch.isalpha() and not ("a" <= ch.lower() <= "z") and ord(ch) > 0x24f for ch in v):
                c["non_latin"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if letters and all(ch.isupper() for ch in letters) and len(letters) > 1:
                c["all_caps"] += 1
            if letters and all(ch.islower() for ch in letters) and v.isascii():
                c["lower_case"] += 1
            if re.fullmatch(r"[^,]+, [^,]+", v):
                c["last_first"] += 1
            if "/" in v or "<<" in v:
                c["slash_or_mrz"] += 1
            if "_" in v:
                c["underscore"] += 1
            if re.fullmatch(r"[a-z]+(-[a-z]+)+", v):
                c["hyphen_slug"] += 1
            if re.search(r"\b[A-Z]\. ", v) or re.search(r" [A-Z]\.$", v):
                c["initial"] += 1
            if "%" in v or "\\u" in v or "+" in v:
                c["escaped"] += 1
    return c


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", default="5333")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    a = ap.parse_args(argv)
    records = []
    redraws: dict[str, int] = {}
    for name, pos, neg in FAMILIES:
        records.extend(build_family(name, pos, neg, a.per_family, a.seed, redraws))
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    if back != records:
        raise SystemExit("read-back mismatch")
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip() and e > s
    print("| family | records | no-PII | " + " | ".join(TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {t: 0 for t in TYPES}
    tn = tneg = 0
    for name, _p, _n in FAMILIES:
        fr = [r for r in records if r["family"] == name]
        cnt = {t: sum(1 for r in fr for s in r["spans"] if s[2] == t) for t in TYPES}
        neg = sum(1 for r in fr if not r["spans"])
        tn += len(fr)
        tneg += neg
        for t in TYPES:
            tot[t] += cnt[t]
        print(f"| `{name}` | {len(fr)} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    print(f"| **total** | {tn} | {tneg} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print("spans:", sum(tot.values()), "multi-line records:", sum(1 for r in records if "\n" in r["text"]))
    print("shapes:", shape_counts(records))
    print("redraws:", sum(redraws.values()), dict(sorted(redraws.items())))
    print("wrote", a.out)


if __name__ == "__main__":
    main()
