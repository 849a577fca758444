"""Generate pack_ab (private legal practice and notaries): 12 families, 30% hard negatives each.

    python generate.py [--per-family 80] [--seed 6222] [--out synthetic.jsonl] [--stats]

Standard library only; byte-identical output for the same arguments (every family draws from its own
``random.Random`` seeded with a string, so ``PYTHONHASHSEED`` does not matter).
"""

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

GROUP = "pack_ab"
FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
MAX_TRIES = 200


def build(fn, rng, negative):
    for _ in range(MAX_TRIES):
        r = core.R(rng)
        fn(r)
        text = r.text()
        spans = sorted(r.spans)
        core.check_values(text, spans)
        if negative:
            assert not spans and not r.persons, f"{fn.__name__}: negative with PII"
        else:
            assert spans, f"{fn.__name__}: positive without spans"
        try:
            core.check_leaks(text, spans, r.persons)
        except core.LeakError as exc:
            build.redraws.append((fn.__name__, str(exc)))
            continue
        return text, spans
    raise RuntimeError(f"{fn.__name__}: no clean record in {MAX_TRIES} tries")


build.redraws = []


def generate(per_family, seed):
    out = []
    for fam, pos, neg in FAMILIES:
        assert len(FAMILIES) == 12 and 6 <= len(pos) <= 8 and len(neg) == 4, fam
        rng = random.Random(f"pack_ab:{seed}:{fam}")
        n_neg = round(per_family * 0.3)
        flags = [True] * n_neg + [False] * (per_family - n_neg)
        rng.shuffle(flags)
        ip_ = iq = 0
        for is_neg in flags:
            if is_neg:
                fn, iq = neg[iq % len(neg)], iq + 1
            else:
                fn, ip_ = pos[ip_ % len(pos)], ip_ + 1
            text, spans = build(fn, rng, is_neg)
            out.append({"text": text, "spans": [[s, e, t] for s, e, t, _v in spans], "family": fam,
                        "group": GROUP})
    return out


def stats(recs):
    fams = {}
    shapes = Counter()
    for r in recs:
        row = fams.setdefault(r["family"], Counter())
        row["records"] += 1
        row["no-PII"] += not r["spans"]
        row["multiline"] += "\n" in r["text"]
        for s, e, t in r["spans"]:
            row[t] += 1
            if t == "NAME":
                v = r["text"][s:e]
                shapes["non-Latin"] += any(ord(c) > 0x24F and c.isalpha() for c in v)
                shapes["ALL CAPS"] += v.isupper() and any(c.isalpha() for c in v)
                shapes["lower case"] += v.islower()
                shapes["Last, First"] += bool(re.fullmatch(r"[^,]+, [^,]+", v))
                shapes["SURNAME/GIVEN"] += "/" in v
                shapes["joined by _"] += "_" in v
                shapes["hyphenated"] += "-" in v
                shapes["escaped"] += "\\u" in v or "%" in v or "+" in v
            if t == "IP_ADDRESS":
                shapes["IPv6"] += ":" in r["text"][s:e]
            if t == "SSN":
                shapes["SSN last four"] += e - s == 4
    types = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]
    print("| family | records | no-PII | " + " | ".join(types) + " |")
    print("|---|---:|---:|" + "---:|" * len(types))
    tot = Counter()
    for fam, row in fams.items():
        tot.update(row)
        print(f"| `{fam}` | {row['records']} | {row['no-PII']} | " + " | ".join(str(row[t]) for t in types) + " |")
    print(f"| **total** | {tot['records']} | {tot['no-PII']} | " + " | ".join(str(tot[t]) for t in types) + " |")
    print(f"spans={sum(tot[t] for t in types)} multiline={tot['multiline']}", dict(shapes))
    print(f"redraws={len(build.redraws)}", Counter(x[0] for x in build.redraws).most_common(8))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6222)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print the README figures")
    a = ap.parse_args()
    recs = generate(a.per_family, a.seed)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(lines)
    with open(a.out, encoding="utf-8", newline="") as fh:
        back = [json.loads(x) for x in fh.read().split("\n") if x]
    assert back == recs, "read-back mismatch"
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip()
    if a.stats:
        stats(recs)
    print(f"wrote {len(recs)} records to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
