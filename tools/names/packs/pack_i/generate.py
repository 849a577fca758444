"""pack_i: labelled synthetic log records from agriculture, food and supply-chain systems.

    python tools/names/packs/pack_i/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; deterministic for a given seed whatever PYTHONHASHSEED is (each family draws from its own
random.Random seeded with a string, and no set order feeds a choice). Every record is verified; a template bug
raises, and a record whose PII leaks outside its spans is drawn again from the same random stream.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import TYPES, Ctx, TemplateBug, check_structure, find_leaks, valid_value  # noqa: E402
from fam_a import FAMILIES_A  # noqa: E402
from fam_b import FAMILIES_B  # noqa: E402

FAMILIES = FAMILIES_A + FAMILIES_B
DEFAULT_SEED = 20261209
NEG_SHARE = 0.30
MAX_TRIES = 60


def build_family(fam: dict, n: int, seed: int) -> tuple[list[dict], int]:
    r = random.Random(f"pack_i:{seed}:{fam['name']}")
    n_neg = round(n * NEG_SHARE)
    neg_idx = set(r.sample(range(n), n_neg))
    pos_order, neg_order = list(fam["pos"]), list(fam["neg"])
    r.shuffle(pos_order)
    r.shuffle(neg_order)
    out, redraws, kp, kn = [], 0, 0, 0
    for i in range(n):
        negative = i in neg_idx
        if negative:
            tmpl, kn = neg_order[kn % len(neg_order)], kn + 1
        else:
            tmpl, kp = pos_order[kp % len(pos_order)], kp + 1
        for attempt in range(MAX_TRIES):
            c = Ctx(r, negative, fam["prefs"])
            rec = tmpl(c)
            check_structure(rec, negative)
            leaks = find_leaks(rec, c.persons)
            if not leaks:
                break
            redraws += 1
        else:
            raise TemplateBug(f"{fam['name']}/{tmpl.__name__}: leaks after {MAX_TRIES} draws: {leaks} in "
                              f"{rec.text()[:300]!r}")
        out.append({"text": rec.text(), "spans": [[s, e, t] for s, e, t, _ in rec.labelled()],
                    "family": fam["name"], "group": "pack_i"})
    return out, redraws


def reverify(path: str) -> int:
    """Parse the written file again and re-check every span."""
    k = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            prev = 0
            for s, e, t in d["spans"]:
                v = d["text"][s:e]
                if t not in TYPES or s < prev or not v or v != v.strip() or valid_value(t, v):
                    raise TemplateBug(f"re-check failed on line {k + 1}: {[s, e, t]} {v!r}")
                prev = e
            k += 1
    return k


def name_stats(recs: list[dict]) -> Counter:
    st: Counter = Counter()
    for d in recs:
        for s, e, t in d["spans"]:
            v = d["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                st["ipv6"] += 1
            if "%" in v:
                st["percent_encoded"] += 1
            if t != "NAME":
                continue
            letters = [ch for ch in v if ch.isalpha()]
            if any(ord(ch) > 0x24F for ch in letters) and not all(0x1E00 <= ord(ch) <= 0x1EFF or ord(ch) <= 0x24F
                                                                  for ch in letters):
                st["non_latin"] += 1
            elif "\\u" in v:
                st["non_latin_or_u_escaped"] += 1
            if v.upper() == v and any(ch.isupper() for ch in letters):
                st["all_caps"] += 1
            elif v.lower() == v and any(ch.islower() for ch in letters):
                st["lower_case"] += 1
            if ", " in v or (", " not in v and "," in v and v.isupper()):
                st["last_first"] += 1
            if "/" in v:
                st["surname_slash_given"] += 1
            if "%" in v or "+" in v or "\\u" in v or "&apos;" in v:
                st["escaped"] += 1
    return st


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args()
    if a.per_family < 1:
        ap.error("--per-family must be at least 1")
    allrecs, table, total_redraws = [], [], 0
    for fam in FAMILIES:
        recs, red = build_family(fam, a.per_family, a.seed)
        total_redraws += red
        cnt = Counter(t for d in recs for _, _, t in d["spans"])
        table.append((fam["name"], len(recs), sum(1 for d in recs if not d["spans"]), cnt))
        allrecs += recs
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in allrecs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = reverify(a.out)
    assert n == len(allrecs)
    hdr = "| family | records | no-PII | " + " | ".join(TYPES) + " |"
    print(hdr)
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot: Counter = Counter()
    for name, k, neg, cnt in table:
        tot += cnt
        print(f"| `{name}` | {k} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    print(f"| **total** | {len(allrecs)} | {sum(x[2] for x in table)} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print("spans:", sum(tot.values()), "| multi-line records:", sum(1 for d in allrecs if "\n" in d["text"]),
          "| redraws:", total_redraws)
    print("NAME/other details:", dict(sorted(name_stats(allrecs).items())))
    with open(a.out, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), a.out)


if __name__ == "__main__":
    main()
