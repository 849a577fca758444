"""Generate the dev_v5 development set: 12 log/record families x 80 records, seed 20261204.

    python benchmarks/dev_v5/generate.py      # writes benchmarks/dev_v5/synthetic.jsonl
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import sys
from pathlib import Path

from _build import Rec
from _checks import check_structure, find_leaks
from _ctx import Ctx
from _fam_a import FAMILIES_A
from _fam_b import FAMILIES_B

SEED = 20261204
PER_FAMILY = 80
NEG_EVERY = 4  # every 4th record (25%) is a hard negative
OUT = Path(__file__).resolve().parent / "synthetic.jsonl"


def build(r: random.Random, fn, negative: bool) -> tuple[Rec, int]:
    for attempt in range(200):
        c = Ctx(r)
        rec = fn(c)
        check_structure(rec, negative)
        if negative and c.persons:
            raise AssertionError(f"negative template {fn.__name__} drew a person")
        leaks = find_leaks(rec, c.persons)
        if not leaks:
            return rec, attempt
    raise AssertionError(f"{fn.__name__}: could not draw a leak-free record: {leaks} in {rec.text()!r}")


def main() -> int:
    r = random.Random(SEED)
    lines: list[str] = []
    redrawn = collections.Counter()
    for family, pos_templates, neg_template in FAMILIES_A + FAMILIES_B:
        for i in range(PER_FAMILY):
            negative = i % NEG_EVERY == NEG_EVERY - 1
            fn = neg_template if negative else pos_templates[(i - i // NEG_EVERY) % len(pos_templates)]
            rec, tries = build(r, fn, negative)
            redrawn[family] += tries
            obj = {"text": rec.text(), "spans": [[s, e, t] for s, e, t, _ in rec.labelled()],
                   "family": family, "group": "dev_v5"}
            line = json.dumps(obj, ensure_ascii=False)
            back = json.loads(line)
            for s, e, _ in back["spans"]:
                assert back["text"][s:e].strip() == back["text"][s:e]
            lines.append(line)
    data = "\n".join(lines) + "\n"
    OUT.write_text(data, encoding="utf-8")
    md5 = hashlib.md5(data.encode("utf-8")).hexdigest()
    types = collections.Counter(t for ln in lines for _, _, t in json.loads(ln)["spans"])
    neg = sum(1 for ln in lines if not json.loads(ln)["spans"])
    print(f"wrote {len(lines)} records ({neg} without PII) to {OUT.name}; md5 {md5}")
    print("spans:", dict(sorted(types.items())), "total", sum(types.values()))
    print("redraws:", dict(redrawn))
    return 0


if __name__ == "__main__":
    sys.exit(main())
