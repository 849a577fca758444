"""Write pack_m's synthetic.jsonl: 12 families x N records, 30% hard negatives, every record verified.

    python tools/names/packs/pack_m/generate.py [--per-family 80] [--seed 4111] [--out PATH]

Standard library only. Each family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import TYPES, Rec, Redraw, TemplateError, verify  # noqa: E402
from fam_a import FAMILIES_A  # noqa: E402
from fam_b import FAMILIES_B  # noqa: E402

GROUP = "pack_m"
MAX_TRIES = 200


def build_family(name, pos, neg, n, seed, stats):
    rng = random.Random(f"{GROUP}|{seed}|{name}")
    nneg = round(n * 0.3)
    flags = [True] * nneg + [False] * (n - nneg)
    rng.shuffle(flags)
    kp, kn = rng.randrange(len(pos)), rng.randrange(len(neg))
    out = []
    for is_neg in flags:
        if is_neg:
            tmpl = neg[kn % len(neg)]
            kn += 1
        else:
            tmpl = pos[kp % len(pos)]
            kp += 1
        for _attempt in range(MAX_TRIES):
            rec = Rec(rng, is_neg)
            tmpl(rec)
            try:
                res = verify(rec)
            except Redraw as ex:
                stats["redraws"] += 1
                stats["redraw_reasons"].append(f"{name}/{tmpl.__name__}: {str(ex)[:160]}")
                continue
            break
        else:
            raise TemplateError(f"{name}/{tmpl.__name__}: no valid record after {MAX_TRIES} tries")
        out.append({"text": res["text"], "spans": res["spans"], "family": name, "group": GROUP})
    return out


def shape_counts(records):
    c = {"NAME": 0, "non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
         "joined by _": 0, "escaped": 0, "single token": 0, "IPv6": 0}
    for r in records:
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                c["IPv6"] += 1
            if t != "NAME":
                continue
            c["NAME"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if any(ord(ch) > 0x24F and not (0x1E00 <= ord(ch) <= 0x1EFF) for ch in letters):
                c["non-Latin"] += 1
            elif "%" in v or "\\u" in v or "+" in v:
                c["escaped"] += 1
            elif len(letters) > 1 and all(ch.isupper() for ch in letters):
                c["ALL CAPS"] += 1
            elif all(ch.islower() for ch in letters):
                c["lower case"] += 1
            if ", " in v:
                c["Last, First"] += 1
            if "/" in v:
                c["SURNAME/GIVEN"] += 1
            if "_" in v:
                c["joined by _"] += 1
            if " " not in v and "," not in v:
                c["single token"] += 1
    return c


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4111)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    stats = {"redraws": 0, "redraw_reasons": []}
    records = []
    fams = FAMILIES_A + FAMILIES_B
    if len(fams) != 12 or len({f[0] for f in fams}) != 12:
        raise TemplateError("twelve distinct families expected")
    for name, pos, neg in fams:
        records += build_family(name, pos, neg, a.per_family, a.seed, stats)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    # read-back
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    if back != records:
        raise TemplateError("read-back differs")
    for r in back:
        for s, e, _t in r["spans"]:
            if r["text"][s:e] != r["text"][s:e].strip() or not r["text"][s:e]:
                raise TemplateError("read-back span")
    if a.quiet:
        return
    head = "| family | records | no-PII | " + " | ".join(TYPES) + " |"
    print(head)
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {t: 0 for t in TYPES}
    tr = tn = 0
    for name, _p, _n in fams:
        rs = [r for r in records if r["family"] == name]
        cnt = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in TYPES}
        neg = sum(1 for r in rs if not r["spans"])
        tr += len(rs)
        tn += neg
        for t in TYPES:
            tot[t] += cnt[t]
        print(f"| `{name}` | {len(rs)} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    print(f"| **total** | {tr} | {tn} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print(f"spans: {sum(tot.values())}; multi-line records: {sum(1 for r in records if chr(10) in r['text'])}")
    print("name shapes:", json.dumps(shape_counts(records)))
    print(f"redraws: {stats['redraws']}")
    for x in stats["redraw_reasons"][:15]:
        print("  ", x)


if __name__ == "__main__":
    main()
