"""Generate pack_y's synthetic.jsonl (physical retail stores), verify every record and print the counts.

    python tools/names/packs/pack_y/generate.py                  # --per-family 80 --seed 5555
    python tools/names/packs/pack_y/generate.py --per-family 400 --seed 2 --out /tmp/pack_y_big.jsonl

Standard library only. Each family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
GROUP = "pack_y"
MAX_TRIES = 200


def build(per_family: int, seed: int):
    records, redraws = [], 0
    for fam, pos, neg in FAMILIES:
        rng = random.Random(f"{GROUP}|{seed}|{fam}")
        k = round(per_family * 0.3)
        negs = set(rng.sample(range(per_family), k))
        for i in range(per_family):
            is_neg = i in negs
            tpls = neg if is_neg else pos
            for _ in range(MAX_TRIES):
                ctx = core.Ctx(rng, is_neg)
                tpl = rng.choice(tpls)
                text, spans = core.L(tpl(ctx)).render()
                try:
                    core.verify(text, spans, ctx)
                except core.Leak:
                    redraws += 1
                    continue
                break
            else:
                raise core.TemplateBug(f"{fam}: no clean record after {MAX_TRIES} draws")
            records.append({"text": text, "spans": spans, "family": fam, "group": GROUP})
    return records, redraws


def _latin(ch):
    return unicodedata.name(ch, "").startswith("LATIN")


def shapes(records):
    c = dict.fromkeys(["non-Latin", "ALL CAPS", "lower case", "Last, First", "SURNAME/GIVEN", "G. Family / Given F.",
                       "FAMILY G", "hyphenated", "diacritics", "escaped (%, +, \\u)", "single token"], 0)
    for r in records:
        for s, e, t in r["spans"]:
            if t != "NAME":
                continue
            v = r["text"][s:e]
            letters = [ch for ch in v if ch.isalpha()]
            if any(not _latin(ch) for ch in letters):
                c["non-Latin"] += 1
            elif v.upper() == v and v.lower() != v:
                c["ALL CAPS"] += 1
            elif v.lower() == v:
                c["lower case"] += 1
            if ", " in v:
                c["Last, First"] += 1
            if "/" in v:
                c["SURNAME/GIVEN"] += 1
            if ". " in v or v.endswith("."):
                c["G. Family / Given F."] += 1
            parts = v.split(" ")
            if len(parts) == 2 and len(parts[1]) == 1 and parts[0].isupper():
                c["FAMILY G"] += 1
            if "-" in v:
                c["hyphenated"] += 1
            if any(_latin(ch) and ord(ch) > 127 for ch in letters):
                c["diacritics"] += 1
            if "%" in v or "\\u" in v or "+" in v:
                c["escaped (%, +, \\u)"] += 1
            if " " not in v and "," not in v and "/" not in v:
                c["single token"] += 1
    return c


def table(records):
    fams = [f for f, _, _ in FAMILIES]
    lines = ["| family | records | no-PII | " + " | ".join(core.TYPES) + " |",
             "|---|---:|---:|" + "---:|" * len(core.TYPES)]
    tot = {t: 0 for t in core.TYPES}
    nrec = nneg = 0
    for f in fams:
        rs = [r for r in records if r["family"] == f]
        cnt = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in core.TYPES}
        neg = sum(1 for r in rs if not r["spans"])
        nrec += len(rs)
        nneg += neg
        for t in core.TYPES:
            tot[t] += cnt[t]
        lines.append(f"| `{f}` | {len(rs)} | {neg} | " + " | ".join(str(cnt[t]) for t in core.TYPES) + " |")
    lines.append(f"| **total** | {nrec} | {nneg} | " + " | ".join(str(tot[t]) for t in core.TYPES) + " |")
    return "\n".join(lines), tot


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=5555)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    records, redraws = build(a.per_family, a.seed)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        raise core.TemplateBug("read-back differs")
    for r in back:
        for s, e, t in r["spans"]:
            core.check_value(r["text"][s:e], t)
    tab, tot = table(records)
    print(tab)
    print(f"\nspans: {sum(tot.values())}  redraws: {redraws}  multi-line records: "
          f"{sum(1 for r in records if chr(10) in r['text'])}")
    v6 = sum(1 for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])
    print(f"IPv6 spans: {v6}")
    print("NAME shapes: " + ", ".join(f"{k} {v}" for k, v in shapes(records).items()))
    print(f"md5 {hashlib.md5(data.encode('utf-8')).hexdigest()}  {a.out}")


if __name__ == "__main__":
    main()
