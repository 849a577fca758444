"""Write pack_p's synthetic.jsonl (charities, non-profits, congregations, volunteering, grant-making).

    python tools/names/packs/pack_p/generate.py [--per-family 80] [--seed 4444] [--out PATH]

Standard library only. Every record draws from random.Random("<seed>|<family>|<index>|<attempt>"), so the
output is byte-identical whatever PYTHONHASHSEED is. Every record is verified (core.verify); a record that
fails is drawn again (attempt + 1); a template that keeps failing raises.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core
import fam_a
import fam_b

FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
MAX_ATTEMPTS = 60


def is_negative(i: int) -> bool:
    return int((i + 1) * 0.3) > int(i * 0.3)


def make(family, pos, neg, i, k, seed):
    """Record i of a family; k is its index among the family's positives or negatives."""
    negative = is_negative(i)
    tpl = (neg if negative else pos)[k % len(neg if negative else pos)]
    last = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{family}|{i}|{attempt}")
        c = core.Ctx(rng, negative)
        try:
            s = tpl(c)
            text, spans, raws = core.render(core.seg(s))
            core.verify(text, spans, raws, c.persons, negative)
        except core.TemplateError as ex:
            last = ex
            continue
        rec = {"text": text, "spans": spans, "family": family, "group": "pack_p"}
        return rec, attempt
    raise RuntimeError(f"{family} #{i} ({tpl.__name__}) failed {MAX_ATTEMPTS} times: {last}")


def generate(per_family: int, seed: str):
    out = []
    redraws = 0
    for family, pos, neg in FAMILIES:
        kp = kn = 0
        for i in range(per_family):
            if is_negative(i):
                rec, a = make(family, pos, neg, i, kn, seed)
                kn += 1
            else:
                rec, a = make(family, pos, neg, i, kp, seed)
                kp += 1
            redraws += a
            out.append(rec)
    return out, redraws


def dumps(rec) -> str:
    return json.dumps(rec, ensure_ascii=False)


def table(records):
    types = list(core.TYPES)
    rows = {}
    for r in records:
        row = rows.setdefault(r["family"], {"records": 0, "no_pii": 0, **{t: 0 for t in types}})
        row["records"] += 1
        row["no_pii"] += not r["spans"]
        for _, _, t in r["spans"]:
            row[t] += 1
    lines = ["| family | records | no-PII | " + " | ".join(types) + " |",
             "|---|---:|---:|" + "---:|" * len(types)]
    tot = {"records": 0, "no_pii": 0, **{t: 0 for t in types}}
    for fam, row in rows.items():
        lines.append(f"| `{fam}` | {row['records']} | {row['no_pii']} | " + " | ".join(str(row[t]) for t in types)
                     + " |")
        for k, v in row.items():
            tot[k] += v
    lines.append(f"| **total** | {tot['records']} | {tot['no_pii']} | " + " | ".join(str(tot[t]) for t in types)
                 + " |")
    return "\n".join(lines), tot


def shapes(records):
    counts = {}
    n = 0
    ip6 = 0
    multiline = 0
    last4 = 0
    for r in records:
        multiline += "\n" in r["text"]
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "NAME":
                n += 1
                for k in core.name_shape(v):
                    counts[k] = counts.get(k, 0) + 1
            elif t == "IP_ADDRESS" and ":" in v:
                ip6 += 1
            elif t == "SSN" and len(v) == 4:
                last4 += 1
    return n, counts, ip6, multiline, last4


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", default="4444")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    a = ap.parse_args(argv)
    records, redraws = generate(a.per_family, str(a.seed))
    data = "".join(dumps(r) + "\n" for r in records)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    # read back
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        raise SystemExit("read-back mismatch")
    for r in back:
        for s, e, _ in r["spans"]:
            if r["text"][s:e] != r["text"][s:e].strip():
                raise SystemExit("read-back: edge whitespace")
    tbl, tot = table(records)
    print(tbl)
    n, counts, ip6, multiline, last4 = shapes(records)
    print(f"\nspans: {sum(tot[t] for t in core.TYPES)}; multi-line records: {multiline}; IPv6 spans: {ip6}; "
          f"SSN last-four spans: {last4}; redraws: {redraws}")
    print(f"NAME shapes (of {n}): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"md5 {hashlib.md5(data.encode('utf-8')).hexdigest()}  {a.out}")


if __name__ == "__main__":
    main()
