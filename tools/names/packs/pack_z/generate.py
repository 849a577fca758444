"""Write pack_z's synthetic.jsonl (maritime and port operations logs) and print its counts.

    python tools/names/packs/pack_z/generate.py [--per-family 80] [--seed 5666] [--out PATH]

Standard library only. Every record is verified as it is made (core.verify); the written file is read back.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]


def name_shape(raw: str, shown: str) -> list[str]:
    out = []
    if not core.is_latin(raw):
        out.append("non-Latin")
    letters = [c for c in raw if c.isalpha()]
    if letters and core.is_latin(raw):
        if all(c.isupper() for c in letters):
            out.append("ALL CAPS")
        elif all(c.islower() for c in letters):
            out.append("lower case")
    if ", " in raw:
        out.append("Last, First")
    if "/" in raw:
        out.append("SURNAME/GIVEN")
    if "<" in raw:
        out.append("MRZ")
    if "_" in raw:
        out.append("joined by _")
    if shown != raw:
        out.append("escaped")
    if "-" in raw:
        out.append("hyphenated")
    if re.fullmatch(r"[a-z0-9._]+", raw) and " " not in raw:
        out.append("account-shaped")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=5666)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    stats: dict = {}
    recs = []
    for fam, pos, neg in fam_a.FAMILIES + fam_b.FAMILIES:
        recs += core.run_family(fam, pos, neg, a.per_family, a.seed, stats)
    lines = []
    for r in recs:
        lines.append(json.dumps({"text": r["text"], "spans": r["spans"], "family": r["family"],
                                 "group": r["group"]}, ensure_ascii=False))
    data = "\n".join(lines) + "\n"
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    # read back
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert len(back) == len(recs)
    for x, r in zip(back, recs):
        assert x["text"] == r["text"] and x["spans"] == r["spans"] and x["family"] == r["family"]
        for s, e, _t in x["spans"]:
            assert x["text"][s:e] == x["text"][s:e].strip() and e > s
    if a.quiet:
        return 0
    fams = []
    for r in recs:
        if r["family"] not in fams:
            fams.append(r["family"])
    print("| family | records | no-PII | " + " | ".join(TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {t: 0 for t in TYPES}
    tr = tneg = 0
    for f in fams:
        rs = [r for r in recs if r["family"] == f]
        c = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in TYPES}
        neg = sum(1 for r in rs if not r["spans"])
        tr += len(rs)
        tneg += neg
        for t in TYPES:
            tot[t] += c[t]
        print(f"| `{f}` | {len(rs)} | {neg} | " + " | ".join(str(c[t]) for t in TYPES) + " |")
    print(f"| **total** | {tr} | {tneg} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print(f"\nspans: {sum(tot.values())}")
    shapes: dict[str, int] = {}
    nnames = 0
    for r in recs:
        for typ, raw, shown in r["_raw"]:
            if typ != "NAME":
                continue
            nnames += 1
            for s in name_shape(raw, shown):
                shapes[s] = shapes.get(s, 0) + 1
    print(f"NAME spans: {nnames}; " + ", ".join(f"{k}: {v}" for k, v in sorted(shapes.items())))
    v6 = sum(1 for r in recs for typ, raw, _ in r["_raw"] if typ == "IP_ADDRESS" and ":" in raw)
    l4 = sum(1 for r in recs for typ, raw, _ in r["_raw"] if typ == "SSN" and len(raw) == 4)
    ml = sum(1 for r in recs if "\n" in r["text"])
    print(f"IPv6 spans: {v6}; SSN last-four spans: {l4}; multi-line records: {ml}")
    print(f"redraws: {stats.get('redraws', 0)}")
    for x in stats.get("redraw_reasons", [])[:int(os.environ.get("PACKZ_SHOW_REDRAWS", "0"))]:
        print("  ", x)
    print("md5:", hashlib.md5(data.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
