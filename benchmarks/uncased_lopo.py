"""Does the uncased model generalise? Hold development packs out of its training, four folds.

The twenty development packs (``tools/names/train_set.py``'s ``DEV_PACKS``) are cut into four folds
of five (every fourth pack). For each fold, the uncased model is trained on the name model's
training lines without that fold's packs (``tools/names/train_uncased.py``), and the name detector
is scored on each of the fold's packs' shipped files (``synthetic.jsonl``, another seed than the
training draws), NAME only (USERNAME counted as NAME, as the scorer does). The name model itself is
retrained without the fold too (``tools/names/train.py``): nothing that scores a pack has seen it.

  without   the detector with the uncased tier silenced (a model of zero weights: P = 0.5, under
            every threshold)
  with      the detector with the model that never saw the pack

so every pack is scored by a model that did not train on its formats. It also charts, by kind of
spelling evidence (``uncased_kind``), how often the tier's *new* findings (overlapping nothing the
rest of the detector found) are right at each threshold, and the lowest threshold at which they are
right at least ``--precision`` of the time: how ``_uncased.MIN_SCORE`` was chosen. The held-out packs are never
read. Needs the training file ``make model`` writes (``build/names/train.jsonl`` and its
``.packs.json``); takes about five minutes, not part of CI.

    python benchmarks/uncased_lopo.py [--train build/names/train.jsonl] [--precision 0.8]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools" / "names"))

import _corpus  # noqa: E402
import train  # noqa: E402
import train_set  # noqa: E402
import train_uncased  # noqa: E402

from piiredact.backends._names import NameDetector  # noqa: E402
from piiredact.backends._names._digits import digit_blind  # noqa: E402
from piiredact.backends._names._lexicon import load_lexicon  # noqa: E402
from piiredact.backends._names._model import NameModel  # noqa: E402
from piiredact.backends._names._uncased import BITS, KINDS, uncased_kind  # noqa: E402

FOLDS = 4
CHART = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)


def _silent() -> NameModel:
    return NameModel.from_bytes(NameModel.to_bytes([0.0] * (1 << BITS), {"bits": BITS, "format": 1}))


def _score(det: NameDetector, records: list[_corpus.Record]) -> dict[str, float]:
    found = det.detect([r.text for r in records])
    preds = [[(f.start, f.end, f.entity, f.score) for f in fs] for fs in found]
    return _corpus.score_records(records, preds, types=("NAME",))["NAME"]


def _name_model(path: str, skip: list[tuple[int, int]]) -> NameModel:
    return NameModel.from_bytes(train.model_bytes(*train.examples(path, skip)))


def _chart(model: NameModel, silent: NameDetector, records: list[_corpus.Record],
           chart: dict[tuple[str, float, bool], int]) -> None:
    """Count the tier's new findings (overlapping nothing the rest found) by kind, threshold and
    rightness: the whole detector, every veto included, with every kind asked at the chart's floor."""
    lex = load_lexicon()
    floor = NameDetector(cache_size=0, model=silent.model, uncased_model=model,
                         uncased_min_score=dict.fromkeys(KINDS, CHART[0]))
    texts = [r.text for r in records]
    for rec, rest, found in zip(records, silent.detect(texts), floor.detect(texts)):
        for f in found:
            if any(g.start < f.end and f.start < g.end for g in rest):
                continue
            kind = uncased_kind(digit_blind(rec.text[f.start : f.end]), lex) or "?"
            right = any(t == "NAME" and s < f.end and f.start < e for s, e, t in rec.spans)
            for th in CHART:
                if f.score >= th:
                    chart[(kind, th, right)] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default=str(ROOT / "build" / "names" / "train.jsonl"))
    ap.add_argument("--precision", type=float, default=0.8, help="new findings' precision a threshold must reach")
    args = ap.parse_args(argv)
    index = Path(args.train + ".packs.json")
    if not index.exists():
        print(f"uncased_lopo: {index} is missing: run `make model` first", file=sys.stderr)
        return 2
    ranges: dict[str, list[int]] = json.loads(index.read_text(encoding="utf-8"))
    packs = list(train_set.DEV_PACKS)
    pooled = {"without": [0, 0, 0], "with": [0, 0, 0]}  # gold, tp, fp
    chart: Counter[tuple[str, float, bool]] = Counter()
    print(f"{'pack':8s}  {'without P/R':>13s}  {'with P/R':>13s}")
    for fold in range(FOLDS):
        held = packs[fold::FOLDS]
        skip = [(ranges[p][0], ranges[p][1]) for p in held]
        main_model = _name_model(args.train, skip)
        model = NameModel.from_bytes(train_uncased.fit(args.train, skip))
        det = NameDetector(cache_size=0, model=main_model, uncased_model=model)
        silent = NameDetector(cache_size=0, model=main_model, uncased_model=_silent())
        for pack in held:
            recs = _corpus.load_jsonl(_corpus.PACKS_DIR / pack / "synthetic.jsonl")
            _chart(model, silent, recs, chart)
            row = []
            for label, d in (("without", silent), ("with", det)):
                sc = _score(d, recs)
                for k, key in enumerate(("gold", "tp", "fp")):
                    pooled[label][k] += int(sc[key])
                row.append(f"{sc['P']:.3f}/{sc['R']:.3f}")
            print(f"{pack:8s}  {row[0]:>13s}  {row[1]:>13s}", flush=True)
    print(f"\nnew findings by kind, right/wrong at each threshold; chosen: lowest with precision >= {args.precision}")
    print(f"{'kind':9s} " + " ".join(f"{th:>9}" for th in CHART) + "   chosen")
    for kind in KINDS:
        cells, chosen = [], "-"
        for th in CHART:
            ok, bad = chart[(kind, th, True)], chart[(kind, th, False)]
            cells.append(f"{ok:>4}/{bad:<4}")
            if chosen == "-" and ok + bad >= 20 and ok >= args.precision * (ok + bad):
                chosen = str(th)
        print(f"{kind:9s} " + " ".join(cells) + f"   {chosen}")
    print()
    for label, (gold, tp, fp) in pooled.items():
        print(f"pooled {label:8s} NAME P {tp / max(1, tp + fp):.3f} R {tp / max(1, gold):.3f}  "
              f"misses {gold - tp}  false positives {fp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
