"""Generate pack_aa (aviation operations): 12 families, labelled synthetic log records.

    python tools/names/packs/pack_aa/generate.py [--per-family 80] [--seed 6111] [--out PATH]

Standard library only; byte-identical output for the same arguments.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core as K  # noqa: E402
from fam_a import FAMILIES_A  # noqa: E402
from fam_b import FAMILIES_B  # noqa: E402

FAMILIES = FAMILIES_A + FAMILIES_B
GROUP = "pack_aa"
NEG_SHARE = 0.3


def build_family(name, positives, negatives, n, seed, stats):
    rng = random.Random(f"{GROUP}:{seed}:{name}")
    n_neg = round(n * NEG_SHARE)
    plan = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(plan)
    pos_order, neg_order = [], []
    out = []
    for negative in plan:
        pool, order = (negatives, neg_order) if negative else (positives, pos_order)
        if not order:
            order.extend(pool)
            rng.shuffle(order)
        tpl = order.pop()
        for _attempt in range(200):
            ctx = K.Ctx(rng, negative)
            doc = tpl(ctx)
            try:
                K.verify(doc, ctx.people, negative)
            except (K.VerifyError, ValueError, SyntaxError) as exc:
                stats.setdefault("redraws", []).append((name, tpl.__name__, str(exc)[:80]))
                continue
            break
        else:
            raise RuntimeError(f"{name}/{tpl.__name__}: no valid record after 200 draws")
        out.append({"text": doc.text(), "spans": doc.spans(), "family": name, "group": GROUP})
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6111)
    ap.add_argument("--out", default=str(HERE / "synthetic.jsonl"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    stats: dict = {}
    records = []
    for name, pos, neg in FAMILIES:
        records.extend(build_family(name, pos, neg, a.per_family, a.seed, stats))
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert back == records, "read-back mismatch"
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip() and e > s
    red = stats.get("redraws", [])
    print(f"wrote {len(records)} records to {a.out} ({len(red)} redraws)", file=sys.stderr)
    if a.verbose:
        for x in red:
            print("  redraw", *x, file=sys.stderr)


if __name__ == "__main__":
    main()
