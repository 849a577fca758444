"""Generate pack_n/synthetic.jsonl: workplace collaboration suites (12 families).

python tools/names/packs/pack_n/generate.py [--per-family 80] [--seed 4222] [--out PATH]

Standard library only. Each family draws from its own random.Random seeded with a string, so the output is
byte-identical whatever PYTHONHASHSEED is.
"""

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
from core import IP, NAME, TYPES, Ctx, TemplateError, hard_check, leak_check  # noqa: E402

GROUP = "pack_n"
FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}


def gen_family(name: str, pos, neg, n: int, seed: int) -> tuple[list[dict], int]:
    rng = random.Random(f"{GROUP}:{seed}:{name}")
    n_neg = round(n * 0.3)
    kinds = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(kinds)
    queues: dict[bool, list] = {True: [], False: []}
    recs, redraws = [], 0
    for is_neg in kinds:
        pool = neg if is_neg else pos
        q = queues[is_neg]
        if not q:
            q.extend(rng.sample(pool, len(pool)))
        tpl = q.pop()
        for _attempt in range(300):
            ctx = Ctx(rng)
            b = tpl(ctx)
            text, spans = b.text(), b.spans()
            try:
                hard_check(text, spans, is_neg, ctx)
            except TemplateError as exc:
                raise TemplateError(f"{name}/{tpl.__name__}: {exc}\n{text}") from exc
            problems = leak_check(text, spans, ctx)
            if not problems:
                break
            redraws += 1
        else:
            raise TemplateError(f"{name}/{tpl.__name__}: cannot draw a clean record: {problems}\n{text}")
        recs.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return recs, redraws


def _non_latin(v: str) -> bool:
    for ch in v:
        if ch.isalpha() and ord(ch) > 0x24F and not (0x1E00 <= ord(ch) <= 0x1EFF):
            return True
    return False


def shape_counts(recs: list[dict]) -> dict[str, int]:
    out = {"NAME spans": 0, "non-Latin script": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0,
           "SURNAME/GIVEN": 0, "joined by _": 0, "escaped (%, +, \\u)": 0, "IPv6": 0, "multi-line records": 0}
    for r in recs:
        if "\n" in r["text"]:
            out["multi-line records"] += 1
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == IP and ":" in v:
                out["IPv6"] += 1
            if t != NAME:
                continue
            out["NAME spans"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if _non_latin(v):
                out["non-Latin script"] += 1
            elif len(letters) > 1 and all(ch.isupper() for ch in letters):
                out["ALL CAPS"] += 1
            elif letters and all(ch.islower() for ch in letters):
                out["lower case"] += 1
            if ", " in v:
                out["Last, First"] += 1
            if "/" in v:
                out["SURNAME/GIVEN"] += 1
            if "_" in v:
                out["joined by _"] += 1
            if "%" in v or "\\u" in v or ("+" in v and " " not in v):
                out["escaped (%, +, \\u)"] += 1
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=4222)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    args = ap.parse_args(argv)

    all_recs, table, total_redraws = [], [], 0
    for name, (pos, neg) in FAMILIES.items():
        recs, redraws = gen_family(name, pos, neg, args.per_family, args.seed)
        total_redraws += redraws
        counts = {t: 0 for t in TYPES}
        for r in recs:
            for _s, _e, t in r["spans"]:
                counts[t] += 1
        table.append((name, len(recs), sum(1 for r in recs if not r["spans"]), counts))
        all_recs.extend(recs)

    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in all_recs]
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(args.out, encoding="utf-8") as fh:
        back = [json.loads(ln) for ln in fh]
    if back != all_recs:
        raise SystemExit("read-back mismatch")
    for r in back:
        for s, e, _t in r["spans"]:
            if r["text"][s:e] != r["text"][s:e].strip() or s >= e:
                raise SystemExit("read-back span error")

    hdr = "| family | records | no-PII | " + " | ".join(TYPES) + " |"
    print(hdr)
    print("|---|" + "---:|" * (2 + len(TYPES)))
    tot = {t: 0 for t in TYPES}
    for name, n, nn, counts in table:
        print(f"| `{name}` | {n} | {nn} | " + " | ".join(str(counts[t]) for t in TYPES) + " |")
        for t in TYPES:
            tot[t] += counts[t]
    print(f"| **total** | {len(all_recs)} | {sum(x[2] for x in table)} | "
          + " | ".join(str(tot[t]) for t in TYPES) + " |")
    print(f"spans: {sum(tot.values())}  redraws: {total_redraws}")
    for k, v in shape_counts(all_recs).items():
        print(f"  {k}: {v}")
    with open(args.out, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
