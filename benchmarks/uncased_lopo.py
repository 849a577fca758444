"""Does the uncased model generalise? Hold development packs out of its training, four folds.

The twenty development packs (``tools/names/train_set.py``'s ``DEV_PACKS``) are cut into four folds
of five (every fourth pack). For each fold, the uncased model is trained on the name model's
training lines without that fold's packs (``tools/names/train_uncased.py``), and the name detector
is scored on each of the fold's packs' shipped files (``synthetic.jsonl``, another seed than the
training draws), NAME only (USERNAME counted as NAME, as the scorer does):

  without   the detector with the uncased tier silenced (a model of zero weights: P = 0.5, under
            every threshold)
  with      the detector with the model that never saw the pack

so every pack is scored by a model that did not train on its formats. The held-out packs are never
read. Needs the training file ``make model`` writes (``build/names/train.jsonl`` and its
``.packs.json``); takes about two minutes, not part of CI.

    python benchmarks/uncased_lopo.py [--train build/names/train.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools" / "names"))

import _corpus  # noqa: E402
import train_set  # noqa: E402
import train_uncased  # noqa: E402

from piiredact.backends._names import NameDetector  # noqa: E402
from piiredact.backends._names._model import NameModel  # noqa: E402
from piiredact.backends._names._uncased import BITS  # noqa: E402

FOLDS = 4


def _silent() -> NameModel:
    return NameModel.from_bytes(NameModel.to_bytes([0.0] * (1 << BITS), {"bits": BITS, "format": 1}))


def _score(det: NameDetector, records: list[_corpus.Record]) -> dict[str, float]:
    found = det.detect([r.text for r in records])
    preds = [[(f.start, f.end, f.entity, f.score) for f in fs] for fs in found]
    return _corpus.score_records(records, preds, types=("NAME",))["NAME"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default=str(ROOT / "build" / "names" / "train.jsonl"))
    args = ap.parse_args(argv)
    index = Path(args.train + ".packs.json")
    if not index.exists():
        print(f"uncased_lopo: {index} is missing: run `make model` first", file=sys.stderr)
        return 2
    ranges: dict[str, list[int]] = json.loads(index.read_text(encoding="utf-8"))
    packs = list(train_set.DEV_PACKS)
    silent = NameDetector(cache_size=0, uncased_model=_silent())
    pooled = {"without": [0, 0, 0], "with": [0, 0, 0]}  # gold, tp, fp
    print(f"{'pack':8s}  {'without P/R':>13s}  {'with P/R':>13s}")
    for fold in range(FOLDS):
        held = packs[fold::FOLDS]
        model = NameModel.from_bytes(train_uncased.fit(args.train, [tuple(ranges[p]) for p in held]))  # type: ignore[misc]
        det = NameDetector(cache_size=0, uncased_model=model)
        for pack in held:
            recs = _corpus.load_jsonl(_corpus.PACKS_DIR / pack / "synthetic.jsonl")
            row = []
            for label, d in (("without", silent), ("with", det)):
                sc = _score(d, recs)
                for k, key in enumerate(("gold", "tp", "fp")):
                    pooled[label][k] += int(sc[key])
                row.append(f"{sc['P']:.3f}/{sc['R']:.3f}")
            print(f"{pack:8s}  {row[0]:>13s}  {row[1]:>13s}", flush=True)
    for label, (gold, tp, fp) in pooled.items():
        print(f"pooled {label:8s} NAME P {tp / max(1, tp + fp):.3f} R {tp / max(1, gold):.3f}  "
              f"misses {gold - tp}  false positives {fp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
