"""Does training the name model on more formats generalise? Leave one pack out.

For each development pack P (tools/names/train_set.py's ``DEV_PACKS``), in one run:

  generator only   a model trained on the generator's lines alone
  + other packs    a model trained on the generator's lines plus every development pack but P

and both are scored on P's shipped file (``synthetic.jsonl``, another seed than the training
draws), NAME only, with the name detector alone (``NameDetector(model=…)``: the regex tier
plays no part in the comparison). P's formats are unseen by the second model, so its gain over
the first is what more formats buy on formats nobody trained on. The held-out packs are never
read. Takes a few minutes (pure-Python training); not part of CI.

    python benchmarks/name_model_lopo.py [--lines 60000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools" / "names"))

import _corpus  # noqa: E402
import train  # noqa: E402
import train_set  # noqa: E402

from piiredact.backends._names import NameDetector  # noqa: E402
from piiredact.backends._names._model import NameModel  # noqa: E402


def _model(paths: list[Path]) -> NameModel:
    xs: list[list[int]] = []
    ys: list[int] = []
    for p in paths:
        x, y = train.examples(str(p))
        xs += x
        ys += y
    return NameModel.from_bytes(train.model_bytes(xs, ys))


def _score(model: NameModel, records: list[_corpus.Record]) -> dict[str, float]:
    found = NameDetector(model=model, cache_size=0).detect([r.text for r in records])
    preds = [[(f.start, f.end, f.entity, f.score) for f in fs] for fs in found]
    return _corpus.score_records(records, preds, types=("NAME",))["NAME"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=60000, help="generator lines (make model uses 60000)")
    args = ap.parse_args(argv)
    packs_dir = ROOT / "tools" / "names" / "packs"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        generated = t / "generated.jsonl"
        with open(generated, "w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, str(ROOT / "tools/names/generate.py"), str(args.lines), "20240601"],
                           stdout=fh, check=True)
        draws: dict[str, Path] = {}
        for pack in train_set.DEV_PACKS:
            draws[pack] = t / f"{pack}.jsonl"
            subprocess.run([sys.executable, str(packs_dir / pack / "generate.py"), "--per-family",
                            str(train_set.PER_FAMILY), "--seed", str(train_set.SEED), "--out", str(draws[pack])],
                           check=True, stdout=subprocess.DEVNULL)
        print(f"training: {args.lines} generator lines; packs {', '.join(train_set.DEV_PACKS)} at "
              f"{train_set.PER_FAMILY} records per family (seed {train_set.SEED}); scored on each pack's shipped file")
        base = _model([generated])
        print(f"{'left out':10s} {'generator only P/R/leak':>26s} {'+ other packs P/R/leak':>26s}   dP      dR")
        rows = []
        for pack in train_set.DEV_PACKS:
            records = _corpus.load_jsonl(packs_dir / pack / "synthetic.jsonl")
            other = _model([generated, *(draws[p] for p in train_set.DEV_PACKS if p != pack)])
            a, b = _score(base, records), _score(other, records)
            rows.append((a, b))
            print(f"{pack:10s} {a['P']:8.3f} {a['R']:7.3f} {a['leak']:7.3f}   {b['P']:8.3f} {b['R']:7.3f} {b['leak']:7.3f}"
                  f"   {b['P'] - a['P']:+.3f} {b['R'] - a['R']:+.3f}")
        gain_p = sum(b["P"] - a["P"] for a, b in rows) / len(rows)
        gain_r = sum(b["R"] - a["R"] for a, b in rows) / len(rows)
        print(f"mean gain on the left-out pack: precision {gain_p:+.3f}, recall {gain_r:+.3f}")
        print(json.dumps({"mean_gain_precision": round(gain_p, 4), "mean_gain_recall": round(gain_r, 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
