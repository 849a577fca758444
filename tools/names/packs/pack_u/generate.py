"""Write pack_u's synthetic.jsonl (AI, ML and data platform logs) and print its counts.

python tools/names/packs/pack_u/generate.py [--per-family 80] [--seed 5111] [--out PATH]
Standard library only. Each family draws from its own random.Random seeded with a string, so the output
does not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

GROUP = "pack_u"
MAX_TRIES = 80


def families():
    out = {}
    out.update(fam_a.FAMILIES)
    out.update(fam_b.FAMILIES)
    return out


def is_negative(i):
    return i % 10 in (2, 5, 8)


def build(per_family, seed):
    records, redraws = [], 0
    for fam, (pos, neg) in families().items():
        rng = random.Random(f"{GROUP}|{seed}|{fam}")
        npos = nneg = 0
        for i in range(per_family):
            negative = is_negative(i)
            tmpl = neg[nneg % len(neg)] if negative else pos[npos % len(pos)]
            for attempt in range(MAX_TRIES):
                ctx = core.Ctx(rng, negative)
                r = tmpl(ctx)
                text, spans = r.render()
                errs = core.verify(text, spans, ctx)
                if not errs:
                    break
                redraws += 1
                if attempt == MAX_TRIES - 1:
                    raise AssertionError(f"{fam}/{tmpl.__name__}: {errs[:3]}\n{text}")
            if negative:
                nneg += 1
            else:
                npos += 1
            records.append({"text": text, "spans": spans, "family": fam, "group": GROUP})
    return records, redraws


def name_shapes(records):
    c = {"NAME": 0, "non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
         "joined by _": 0, "escaped": 0, "initial + family": 0}
    for r in records:
        for s, e, t in r["spans"]:
            if t != "NAME":
                continue
            v = r["text"][s:e]
            c["NAME"] += 1
            if any(ch.isalpha() and ord(ch) > 0x24F for ch in v):
                c["non-Latin"] += 1
            if v.isupper() and len(v) > 1:
                c["ALL CAPS"] += 1
            if v.islower():
                c["lower case"] += 1
            if re.fullmatch(r"[^,]+, [^,]+", v):
                c["Last, First"] += 1
            if "/" in v:
                c["SURNAME/GIVEN"] += 1
            if "_" in v:
                c["joined by _"] += 1
            if "%" in v or "\\u" in v or "+" in v:
                c["escaped"] += 1
            if re.match(r"^\w\. ", v):
                c["initial + family"] += 1
    return c


def table(records):
    fams = list(dict.fromkeys(r["family"] for r in records))
    lines = ["| family | records | no-PII | " + " | ".join(core.TYPES) + " |",
             "|---|---:|---:|" + "---:|" * len(core.TYPES)]
    tot = [0, 0] + [0] * len(core.TYPES)
    for f in fams:
        rs = [r for r in records if r["family"] == f]
        row = [len(rs), sum(1 for r in rs if not r["spans"])]
        row += [sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in core.TYPES]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append(f"| `{f}` | " + " | ".join(str(x) for x in row) + " |")
    lines.append("| **total** | " + " | ".join(str(x) for x in tot) + " |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", default="5111")
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    records, redraws = build(a.per_family, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert back == records, "read-back differs"
    for r in back:
        for s, e, t in r["spans"]:
            assert core.check_value(r["text"][s:e], t) is None
    print(table(records))
    spans = sum(len(r["spans"]) for r in records)
    ipv6 = sum(1 for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])
    multi = sum(1 for r in records if "\n" in r["text"])
    print(f"\n{len(records)} records, {spans} spans, {ipv6} IPv6 spans, {multi} multi-line records, "
          f"{redraws} redraws")
    print("name shapes:", json.dumps(name_shapes(records)))
    print("wrote", a.out)


if __name__ == "__main__":
    main()
