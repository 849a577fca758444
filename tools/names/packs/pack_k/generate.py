"""Generate pack_k (consumer fintech and crypto): python tools/names/packs/pack_k/generate.py [--per-family N]
[--seed S] [--out PATH]. Standard library only; output is byte-identical whatever PYTHONHASHSEED is."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_a  # noqa: E402
import fam_b  # noqa: E402
from core import TYPES, TemplateBug, check_structure, find_leaks  # noqa: E402
from ctx import Ctx  # noqa: E402
from names import stats  # noqa: E402

FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
DEFAULT_SEED = 20261215
MAX_ATTEMPTS = 60


def is_negative(i: int, n: int) -> bool:
    """floor(0.3 * n) negatives (exactly 30% when n is a multiple of 10), spread evenly over the family."""
    return (i * 3) // 10 != ((i + 1) * 3) // 10


def build(family: str, i: int, seed: int, n: int):
    pos, neg = FAMILIES[family]
    negative = is_negative(i, n)
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{family}|{i}|{attempt}")
        c = Ctx(rng, negative)
        tpl = rng.choice(neg if negative else pos)
        rec = tpl(c)
        if rec.segs and rec.segs[-1][1] is None and rec.segs[-1][0].endswith("\n"):
            rec.segs[-1] = (rec.segs[-1][0].rstrip("\n"), None)
        check_structure(rec, negative)
        tokens = sorted({t for p in c.persons for t in p.tokens()})
        leaks = find_leaks(rec, tokens)
        if not leaks:
            return rec, attempt
    raise TemplateBug(f"{family}[{i}] ({tpl.__name__}) still leaks after {MAX_ATTEMPTS} draws: {leaks[:3]} in {rec.text()[:300]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    lines, redrawn = [], 0
    table = {}
    for fam in FAMILIES:
        row = {"records": 0, "negatives": 0, **{t: 0 for t in TYPES}}
        for i in range(a.per_family):
            rec, attempt = build(fam, i, a.seed, a.per_family)
            redrawn += attempt > 0
            spans = [[s, e, t] for s, e, t, _ in rec.spans()]
            row["records"] += 1
            row["negatives"] += not spans
            for _, _, t in spans:
                row[t] += 1
            lines.append(json.dumps({"text": rec.text(), "spans": spans, "family": fam, "group": "pack_k"},
                                    ensure_ascii=False))
        table[fam] = row
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(data)
    # re-read and check again what was written
    with open(a.out, encoding="utf-8") as f:
        for ln in f:
            d = json.loads(ln)
            t = d["text"]
            prev = 0
            for s, e, typ in d["spans"]:
                if not (prev <= s < e <= len(t)) or typ not in TYPES or t[s:e] != t[s:e].strip():
                    raise TemplateBug(f"bad span after re-read: {d}")
                prev = e
    hdr = ["records", "negatives", *TYPES]
    print(f"{'family':22s} " + " ".join(f"{h[:8]:>8s}" for h in hdr))
    tot = {h: 0 for h in hdr}
    for fam, row in table.items():
        print(f"{fam:22s} " + " ".join(f"{row[h]:8d}" for h in hdr))
        for h in hdr:
            tot[h] += row[h]
    print(f"{'total':22s} " + " ".join(f"{tot[h]:8d}" for h in hdr))
    g, f, t, nat = stats()
    print(f"names: {g} given, {f} surnames, {t} traditions, {nat} native-script pairs; redrawn records: {redrawn}")
    print(f"wrote {a.out}  md5 {hashlib.md5(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
