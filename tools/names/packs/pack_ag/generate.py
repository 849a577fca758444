"""Generate pack_ag's synthetic.jsonl (personal care businesses).

    python tools/names/packs/pack_ag/generate.py [--per-family N] [--seed S] [--out PATH] [--stats]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import run_family
from fam_a import FAMILIES_A
from fam_b import FAMILIES_B

TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]


def build(per_family: int, seed: int, stats: dict | None = None) -> list[dict]:
    out = []
    for name, pos, neg in FAMILIES_A + FAMILIES_B:
        out.extend(run_family(name, pos, neg, per_family, seed, stats))
    return out


def print_stats(recs: list[dict], extra: dict) -> None:
    fams: dict[str, dict] = {}
    for r in recs:
        f = fams.setdefault(r["family"], {"records": 0, "no_pii": 0, **{t: 0 for t in TYPES}})
        f["records"] += 1
        f["no_pii"] += not r["spans"]
        for _s, _e, t in r["spans"]:
            f[t] += 1
    print("| family | records | no-PII | " + " | ".join(TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {"records": 0, "no_pii": 0, **{t: 0 for t in TYPES}}
    for name, f in fams.items():
        print(f"| `{name}` | {f['records']} | {f['no_pii']} | " + " | ".join(str(f[t]) for t in TYPES) + " |")
        for k in tot:
            tot[k] += f[k]
    print(f"| **total** | {tot['records']} | {tot['no_pii']} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    names = [r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "NAME"]
    nonlatin = sum(any(ord(ch) > 0x24F and ch.isalpha() for ch in x) for x in names)
    upper = sum(x.isupper() for x in names)
    lower = sum(x.islower() for x in names)
    comma = sum(", " in x for x in names)
    slash = sum(re.fullmatch(r"[A-Z]+/[A-Z]+", x) is not None for x in names)
    enc = sum(("%" in x) or ("+" in x) or ("\\u" in x) for x in names)
    multiline = sum("\n" in r["text"] for r in recs)
    ip6 = sum(":" in r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "IP_ADDRESS")
    last4 = sum(len(r["text"][s:e]) == 4 for r in recs for s, e, t in r["spans"] if t == "SSN")
    print(f"\nspans: {sum(len(r['spans']) for r in recs)}; multi-line records: {multiline}")
    print(f"NAME spans: {len(names)}; non-Latin {nonlatin}; ALL CAPS {upper}; lower case {lower}; 'Last, First' {comma}; "
          f"SURNAME/GIVEN {slash}; escaped {enc}")
    print(f"IPv6 spans: {ip6}; SSN last-four spans: {last4}")
    red = extra.get("redraws", [])
    print(f"records redrawn by the leak check: {len(red)}")
    for x in red:
        print("   ", x[:200])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6777)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    extra: dict = {}
    recs = build(a.per_family, a.seed, extra)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert back == recs, "read-back mismatch"
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip() and e > s
    print(f"wrote {len(recs)} records to {a.out}; all spans verified", file=sys.stderr)
    if a.stats:
        print_stats(recs, extra)


if __name__ == "__main__":
    main()
