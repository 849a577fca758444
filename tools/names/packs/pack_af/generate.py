"""Generate pack_af's synthetic.jsonl (immigration, consular and relocation services logs)."""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_a  # noqa: E402
import fam_b  # noqa: E402
from core import run_family  # noqa: E402

TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]


def generate(per_family: int, seed: int):
    records = []
    redraws = 0
    for name, pos, neg in fam_a.FAMILIES + fam_b.FAMILIES:
        recs, r = run_family(name, pos, neg, per_family, seed)
        records.extend(recs)
        redraws += r
    return records, redraws


def shapes(records):
    c = collections.Counter()
    for r in records:
        if "\n" in r["text"]:
            c["multi-line records"] += 1
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                c["IPv6 spans"] += 1
            if t == "SSN" and len(v) == 4:
                c["SSN last-four spans"] += 1
            if t != "NAME":
                continue
            letters = [ch for ch in v if ch.isalpha()]
            if any(not ("A" <= ch <= "z") and ord(ch) > 0x24F for ch in letters):
                c["NAME non-Latin script"] += 1
            if letters and all(ch.isupper() for ch in letters if ch.isascii()) and any(ch.isascii() for ch in letters):
                c["NAME all caps"] += 1
            if letters and v == v.lower() and any(ch.isascii() for ch in letters):
                c["NAME lower case"] += 1
            if re.search(r"\w, \w", v):
                c["NAME Last, First"] += 1
            if "/" in v:
                c["NAME SURNAME/GIVEN"] += 1
            if "_" in v:
                c["NAME joined by _"] += 1
            if re.search(r"%[0-9A-F]{2}|\+|\\u[0-9a-f]{4}|&amp;|#[0-3][0-7]{2}", v):
                c["NAME escaped"] += 1
            if re.fullmatch(r"\S+", v) and len(letters) > 1 and v.lower() == v:
                c["NAME single-token lower (accounts)"] += 1
    return c


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6666)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    records, redraws = generate(a.per_family, a.seed)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    with open(a.out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f]
    assert back == records, "file read back differs"
    for r in back:
        for s, e, _t in r["spans"]:
            assert 0 <= s < e <= len(r["text"])
    print(f"wrote {len(records)} records to {a.out} (verified; {redraws} redrawn)")
    if a.stats:
        fam = collections.OrderedDict()
        for r in records:
            d = fam.setdefault(r["family"], collections.Counter())
            d["records"] += 1
            if not r["spans"]:
                d["no-PII"] += 1
            for _s, _e, t in r["spans"]:
                d[t] += 1
        hdr = ["records", "no-PII"] + TYPES
        print("| family | " + " | ".join(hdr) + " |")
        print("|---|" + "---:|" * len(hdr))
        tot = collections.Counter()
        for k, d in fam.items():
            tot.update(d)
            print(f"| `{k}` | " + " | ".join(str(d[h]) for h in hdr) + " |")
        print("| **total** | " + " | ".join(str(tot[h]) for h in hdr) + " |")
        print(f"spans: {sum(tot[t] for t in TYPES)}")
        for k, v in sorted(shapes(records).items()):
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
