"""Generate the v4 held-out evaluation set: 12 families x 100 records -> synthetic.jsonl.

    python benchmarks/heldout_v4/generate.py            # from the repository root

Standard library only. Deterministic for the seed whatever PYTHONHASHSEED is: every family draws from its
own random.Random seeded with a string, and no set or dict order of unordered data feeds a choice.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _f01  # noqa: E402
import _f02  # noqa: E402
import _f03  # noqa: E402
import _f04  # noqa: E402
import _f05  # noqa: E402
import _f06  # noqa: E402
import _f07  # noqa: E402
import _f08  # noqa: E402
import _f09  # noqa: E402
import _f10  # noqa: E402
import _f11  # noqa: E402
import _f12  # noqa: E402
from _ctx import Ctx  # noqa: E402
from _seg import TYPES  # noqa: E402
from _verify import TemplateBug, check_structure, find_leaks  # noqa: E402

SEED = 20261203
PER_FAMILY = 100
NEGATIVES = 30
MAX_DRAWS = 400
MODULES = (_f01, _f02, _f03, _f04, _f05, _f06, _f07, _f08, _f09, _f10, _f11, _f12)


def _plan(rng: random.Random, templates: list, n: int) -> list:
    """n templates, each used about equally often, in a shuffled order."""
    out = [templates[i % len(templates)] for i in range(n)]
    rng.shuffle(out)
    return out


def build_family(fam: str, mod) -> tuple[list[dict], int]:  # type: ignore[no-untyped-def]
    rng = random.Random(f"heldout_v4:{SEED}:{fam}")
    neg_slots = sorted(rng.sample(range(PER_FAMILY), NEGATIVES))
    pos_plan = _plan(rng, mod.POS, PER_FAMILY - NEGATIVES)
    neg_plan = _plan(rng, mod.NEG, NEGATIVES)
    records, redraws = [], 0
    for i in range(PER_FAMILY):
        negative = i in neg_slots
        tmpl = neg_plan.pop() if negative else pos_plan.pop()
        for _attempt in range(MAX_DRAWS):
            ctx = Ctx(rng, negative)
            rec = tmpl(ctx)
            check_structure(rec, negative)
            leaks = find_leaks(rec, ctx.persons)
            if not leaks:
                break
            redraws += 1
        else:
            raise TemplateBug(f"{fam} {tmpl.__name__}: still leaking after {MAX_DRAWS} draws: {leaks[:3]}")
        line = json.dumps({"text": rec.text(), "spans": rec.spans(), "family": fam, "group": "v4"},
                          ensure_ascii=False)
        back = json.loads(line)
        if back["text"] != rec.text() or back["spans"] != rec.spans():
            raise TemplateBug("JSON round trip changed the record")
        records.append(back)
    return records, redraws


def main() -> None:
    out_path = HERE / "synthetic.jsonl"
    all_recs: list[dict] = []
    table = []
    total_redraws = 0
    for k, mod in enumerate(MODULES, start=1):
        fam = f"f{k:02d}"
        recs, redraws = build_family(fam, mod)
        total_redraws += redraws
        all_recs.extend(recs)
        counts = {t: 0 for t in TYPES}
        for r in recs:
            for _, _, t in r["spans"]:
                counts[t] += 1
        neg = sum(1 for r in recs if not r["spans"])
        multi = sum(1 for r in recs if "\n" in r["text"])
        table.append((fam, len(recs), neg, multi, counts, redraws))
    with out_path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in all_recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in out_path.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    md5 = hashlib.md5(out_path.read_bytes()).hexdigest()

    head = "| family | lines | no-PII | multi-line | " + " | ".join(TYPES) + " | redrawn |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    tot = {t: 0 for t in TYPES}
    for fam, n, neg, multi, counts, redraws in table:
        for t in TYPES:
            tot[t] += counts[t]
        print(f"| {fam} | {n} | {neg} | {multi} | " + " | ".join(str(counts[t]) for t in TYPES) + f" | {redraws} |")
    print(f"| total | {len(all_recs)} | {sum(x[2] for x in table)} | {sum(x[3] for x in table)} | "
          + " | ".join(str(tot[t]) for t in TYPES) + f" | {total_redraws} |")
    print(f"spans: {sum(tot.values())}  md5: {md5}  -> {out_path}")


if __name__ == "__main__":
    main()
