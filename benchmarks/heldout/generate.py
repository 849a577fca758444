"""Write the held-out evaluation sets (deterministic for a seed): see README.md.

usage: pip install mimesis==22.2.0 && python benchmarks/heldout/generate.py [--out DIR]

Writes ``synthetic.jsonl`` (template families, held-out and dev-like), ``unfamiliar.jsonl``
(~300 lines of unfamiliar log formats) and ``prose.jsonl`` (~300 support-ticket/chat lines).
Each line: ``{"text", "spans": [[start, end, TYPE]], "family", "group"}``, the dev corpora's
format and labelling conventions. NOTHING in piiredact may be trained or tuned on these files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _extra import PROSE, UNFAMILIAR  # noqa: E402
from _families import FAMILIES  # noqa: E402
from _gen import Gen, make_family  # noqa: E402

SEED = 20251201
PER_FAMILY = 150
UNFAMILIAR_LINES = 300
PROSE_LINES = 300


def build(seed: int = SEED) -> dict[str, list[dict[str, object]]]:
    """The three sets, as lists of records."""
    g = Gen(seed)
    synthetic: list[dict[str, object]] = []
    for name, (group, pos, neg) in FAMILIES.items():
        synthetic += make_family(g, name, group, pos, neg, PER_FAMILY)
    unfamiliar: list[dict[str, object]] = []
    for name, (group, pos, neg) in UNFAMILIAR.items():
        unfamiliar += make_family(g, name, group, pos, neg, UNFAMILIAR_LINES)
    prose: list[dict[str, object]] = []
    for name, (group, pos, neg) in PROSE.items():
        prose += make_family(g, name, group, pos, neg, PROSE_LINES, neg_share=0.4)
    for rec in prose:  # report names and no-names apart: the second measures precision alone
        rec["family"] = "with_names" if rec["spans"] else "without_names"
    return {"synthetic": synthetic, "unfamiliar": unfamiliar, "prose": prose}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=str(HERE), help="folder to write the .jsonl files to")
    p.add_argument("--seed", type=int, default=SEED)
    args = p.parse_args(argv)
    out = Path(args.out)
    for name, records in build(args.seed).items():
        path = out / f"{name}.jsonl"
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        spans = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
        print(f"{path}: {len(records)} records, {spans} spans", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
