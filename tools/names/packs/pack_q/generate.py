"""Write pack_q's synthetic.jsonl (veterinary care, pet services, shelters, registries).

    python tools/names/packs/pack_q/generate.py [--per-family 80] [--seed 4555] [--out PATH]

Standard library only. Each family draws from its own random.Random seeded with a string, so the output
is byte-identical whatever PYTHONHASHSEED is. Every record is verified (see README.md); a template bug
raises, a leak makes the record be drawn again from the same stream.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fam_a
import fam_b
from core import TYPES, Ctx, Leak, TemplateError, build, leak_check, shapes

GROUP = "pack_q"
FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
MAX_TRIES = 60


def gen_family(name, pos, neg, n, seed):
    rng = random.Random(f"{GROUP}|{seed}|{name}")
    n_neg = round(n * 0.3)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    ip, ineg = rng.randrange(len(pos)), rng.randrange(len(neg))
    out, redraws = [], 0
    for is_neg in flags:
        if is_neg:
            tmpl = neg[ineg % len(neg)]
            ineg += 1
        else:
            tmpl = pos[ip % len(pos)]
            ip += 1
        for _ in range(MAX_TRIES):
            c = Ctx(rng, is_neg)
            items = tmpl(c)
            text, spans = build(items)
            if text.endswith("\n") and (not spans or spans[-1][1] < len(text.rstrip("\n")) + 1):
                text = text.rstrip("\n")
            if is_neg and (spans or c.persons):
                raise TemplateError(f"{tmpl.__name__}: negative with spans or persons")
            if not is_neg and not spans:
                raise TemplateError(f"{tmpl.__name__}: positive without spans")
            try:
                leak_check(text, spans, c.persons)
            except Leak:
                redraws += 1
                continue
            break
        else:
            raise TemplateError(f"{tmpl.__name__}: could not draw a record without a leak")
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out, redraws


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4555)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    a = ap.parse_args(argv)

    records, redraws = [], {}
    for name, pos, neg in FAMILIES:
        recs, rd = gen_family(name, pos, neg, a.per_family, a.seed)
        records += recs
        redraws[name] = rd

    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    if back != records:
        raise SystemExit("read-back differs")
    for r in back:
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if not v or v != v.strip() or t not in TYPES:
                raise SystemExit("bad span on read-back")

    # ---- statistics
    print(f"| family | records | no-PII | {' | '.join(TYPES)} |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = collections.Counter()
    for name, _, _ in FAMILIES:
        fr = [r for r in records if r["family"] == name]
        cnt = collections.Counter(t for r in fr for _, _, t in r["spans"])
        neg = sum(1 for r in fr if not r["spans"])
        tot.update(cnt)
        tot["records"] += len(fr)
        tot["neg"] += neg
        print(f"| `{name}` | {len(fr)} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    print(f"| **total** | {tot['records']} | {tot['neg']} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print(f"spans: {sum(tot[t] for t in TYPES)}")
    sh = collections.Counter()
    ipv6 = last4 = multiline = 0
    for r in records:
        multiline += "\n" in r["text"]
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "NAME":
                sh.update(shapes(v))
            elif t == "IP_ADDRESS" and ":" in v:
                ipv6 += 1
            elif t == "SSN" and len(v) == 4:
                last4 += 1
    print("NAME shapes: " + ", ".join(f"{k} {v}" for k, v in sorted(sh.items())))
    print(f"IPv6 spans: {ipv6}; SSN last-four: {last4}; multi-line records: {multiline}")
    print(f"redraws: {sum(redraws.values())} " + str({k: v for k, v in redraws.items() if v}))
    print(f"wrote {len(records)} records to {a.out}")


if __name__ == "__main__":
    main()
