"""Write pack_v's synthetic.jsonl: 12 families x N records, 30% hard negatives, every record verified.

    python tools/names/packs/pack_v/generate.py [--per-family 80] [--seed 5222] [--out PATH]

Standard library only. Every family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave nothing but the data file behind

import fam_a  # noqa: E402
import fam_b  # noqa: E402
from core import TYPES, Ctx, Leak, Rec, TemplateBug, name_shape, verify  # noqa: E402

GROUP = "pack_v"
MAX_REDRAW = 200


def make_family(name: str, pos: list, neg: list, n: int, seed: int) -> tuple[list[dict], int]:
    rng = random.Random(f"{GROUP}:{seed}:{name}")
    n_neg = round(n * 0.3)
    flags = [False] * (n - n_neg) + [True] * n_neg
    rng.shuffle(flags)
    queues: dict[bool, list] = {False: [], True: []}
    out: list[dict] = []
    redraws = 0
    for is_neg in flags:
        if not queues[is_neg]:
            q = list(neg if is_neg else pos)
            rng.shuffle(q)
            queues[is_neg] = q
        tpl = queues[is_neg].pop()
        last_leak = ""
        for attempt in range(MAX_REDRAW):
            r = Rec()
            c = Ctx(rng, is_neg)
            tpl(r, c)
            text, spans = r.build()
            try:
                verify(text, spans, c, r.checks)
            except Leak as exc:
                redraws += 1
                last_leak = str(exc)
                continue
            break
        else:
            raise TemplateBug(f"{name}/{tpl.__name__}: {MAX_REDRAW} draws in a row leak ({last_leak})")
        del attempt
        out.append({"text": text, "spans": sorted(spans), "family": name, "group": GROUP})
    return out, redraws


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=5222)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    args = ap.parse_args(argv)

    records: list[dict] = []
    redraws = 0
    for name, pos, neg in fam_a.FAMILIES + fam_b.FAMILIES:
        recs, rd = make_family(name, pos, neg, args.per_family, args.seed)
        records.extend(recs)
        redraws += rd

    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # read back
    with open(args.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        raise TemplateBug("read-back differs")
    for rec in back:
        for s, e, _t in rec["spans"]:
            if rec["text"][s:e] != rec["text"][s:e].strip():
                raise TemplateBug("read-back span")

    # counts
    fams = [f[0] for f in fam_a.FAMILIES + fam_b.FAMILIES]
    print("| family | records | no-PII | " + " | ".join(TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot: Counter = Counter()
    shapes: Counter = Counter()
    ipv6 = 0
    multiline = 0
    for fam in fams:
        rs = [r for r in records if r["family"] == fam]
        cnt: Counter = Counter(t for r in rs for _, _, t in r["spans"])
        nopii = sum(1 for r in rs if not r["spans"])
        tot.update(cnt)
        tot["records"] += len(rs)
        tot["nopii"] += nopii
        print(f"| `{fam}` | {len(rs)} | {nopii} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    print(f"| **total** | {tot['records']} | {tot['nopii']} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    for r in records:
        if "\n" in r["text"]:
            multiline += 1
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "NAME":
                shapes.update(name_shape(v))
            if t == "IP_ADDRESS" and ":" in v:
                ipv6 += 1
    print(f"\nspans: {sum(tot[t] for t in TYPES)}  multi-line records: {multiline}  IPv6 spans: {ipv6}  redraws: {redraws}")
    print("NAME shapes: " + ", ".join(f"{k}={v}" for k, v in sorted(shapes.items())))
    print(f"wrote {len(records)} records to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
