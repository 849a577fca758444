"""Write pack_x/synthetic.jsonl: labelled synthetic HR-technology log records.

    python tools/names/packs/pack_x/generate.py                  # --per-family 80 --seed 5444
    python tools/names/packs/pack_x/generate.py --per-family 400 --seed 3 --out /tmp/pack_x_big.jsonl

Standard library only. Every record draws from random.Random("<seed>|<family>|<index>|<attempt>"), so the
output is byte-identical whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
GROUP = "pack_x"
NEG_SLOTS = (2, 5, 8)  # 30% of every ten records are hard negatives


def make_record(seed: int, fam: str, idx: int, tpl, neg: bool, stats: dict):
    for attempt in range(60):
        rng = random.Random(f"{seed}|{fam}|{idx}|{attempt}")
        r = core.Rec(rng, neg)
        tpl(r)
        text, spans = r.build()
        try:
            core.verify(text, spans, r)
        except core.Leak as exc:
            stats["redraws"] += 1
            stats["last_leak"] = str(exc)
            continue
        return {"text": text, "spans": [[s, e, t] for s, e, t, _ in spans], "family": fam, "group": GROUP}
    raise AssertionError(f"{fam}[{idx}] failed the leak check 60 times: {stats['last_leak']}")


def generate(per_family: int, seed: int):
    out = []
    stats = {"redraws": 0, "last_leak": ""}
    for fam, pos, negs in FAMILIES:
        kp = kn = 0
        for i in range(per_family):
            neg = (i % 10) in NEG_SLOTS
            if neg:
                tpl = negs[kn % len(negs)]
                kn += 1
            else:
                tpl = pos[kp % len(pos)]
                kp += 1
            out.append(make_record(seed, fam, i, tpl, neg, stats))
    return out, stats


def table(records) -> str:
    fams = [f for f, _, _ in FAMILIES]
    types = core.TYPES
    rows = ["| family | records | no-PII | " + " | ".join(types) + " |",
            "|---|---:|---:|" + "---:|" * len(types)]
    tot = {t: 0 for t in types}
    tr = tn = 0
    for f in fams:
        recs = [x for x in records if x["family"] == f]
        c = {t: 0 for t in types}
        for x in recs:
            for _s, _e, t in x["spans"]:
                c[t] += 1
        nn = sum(1 for x in recs if not x["spans"])
        tr += len(recs)
        tn += nn
        for t in types:
            tot[t] += c[t]
        rows.append(f"| `{f}` | {len(recs)} | {nn} | " + " | ".join(str(c[t]) for t in types) + " |")
    rows.append(f"| **total** | {tr} | {tn} | " + " | ".join(str(tot[t]) for t in types) + " |")
    return "\n".join(rows)


def shapes(records) -> dict:
    agg: dict[str, int] = {}
    ipv6 = ssn4 = multiline = 0
    for x in records:
        for k, v in core.shape_counts(x["text"], x["spans"]).items():
            agg[k] = agg.get(k, 0) + v
        for s, e, t in x["spans"]:
            if t == "IP_ADDRESS" and ":" in x["text"][s:e]:
                ipv6 += 1
            if t == "SSN" and e - s == 4:
                ssn4 += 1
        if "\n" in x["text"]:
            multiline += 1
    agg["ipv6"] = ipv6
    agg["ssn_last4"] = ssn4
    agg["multiline_records"] = multiline
    agg["name_spans"] = sum(1 for x in records for _s, _e, t in x["spans"] if t == "NAME")
    return agg


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=5444)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    records, stats = generate(a.per_family, a.seed)
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    # read-back: the written file must parse to the same records and pass the span checks again
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert back == records, "read-back differs"
    for x in back:
        prev = 0
        for s, e, t in x["spans"]:
            assert prev <= s < e <= len(x["text"]) and t in core.TYPES
            core.check_value(x["text"][s:e], t)
            prev = e
    print(table(records))
    print()
    for k, v in shapes(records).items():
        print(f"{k:18s} {v}")
    print(f"redraws            {stats['redraws']}")
    print(f"md5                {hashlib.md5(data.encode('utf-8')).hexdigest()}  {a.out}")


if __name__ == "__main__":
    main()
