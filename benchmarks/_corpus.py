"""Loading the measurement corpora and scoring findings against them (helpers other
benchmarks may import).

Corpora:

* the shared development corpora outside the repository (default ``../shared/data``
  relative to the repo root, or ``$PIIREDACT_DATA_DIR``): ``dev_logs.jsonl`` (v1),
  ``dev_logs_v2.jsonl`` (v2, with a ``family`` per record), ``score.py`` (their scorer)
  and ``loghub/*.log`` (real, unlabelled system logs);
* our own held-out sets in ``benchmarks/heldout/`` (see its README): nothing in
  piiredact may be trained or tuned on them.

The scorer here re-implements ``score.py``'s rules exactly (``score_records``): a gold span
is found when a prediction of the same type overlaps it; it leaks when at least half its
characters are covered by no prediction of any type; a prediction overlapping no gold span
of its type is a false positive. ``accuracy.py`` cross-checks it against ``score.py`` on
the dev corpora in every run. Predictions are mapped onto the corpora's names first
(``USERNAME`` counts as ``NAME``: the corpora label person account names as NAME).

For measuring only: nothing here feeds tests of detection or rules.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = Path(__file__).resolve().parent / "heldout"
HELDOUT_V2_DIR = Path(__file__).resolve().parent / "heldout_v2"
HELDOUT_V3_DIR = Path(__file__).resolve().parent / "heldout_v3"
HELDOUT_V4_DIR = Path(__file__).resolve().parent / "heldout_v4"
DEV_V5_DIR = Path(__file__).resolve().parent / "dev_v5"
#: the name detector's training/validation packs (tools/names/packs/README.md): A, B, D development, C held out
PACKS_DIR = REPO_ROOT / "tools" / "names" / "packs"

#: The scorer's name for each label it knows under another name (score.py's ALIASES, plus
#: USERNAME: the corpora label a person's account name as NAME).
SCORER_NAMES: dict[str, str] = {
    "EMAIL_ADDRESS": "EMAIL", "US_SSN": "SSN", "PERSON": "NAME", "PHONE_NUMBER": "PHONE",
    "IP": "IP_ADDRESS", "CREDIT_DEBIT_NUMBER": "CREDIT_CARD", "USERNAME": "NAME",
}

#: Entity types that the loghub samples contain none of: every finding is a false positive.
LOGHUB_FP_ENTITIES = ("SSN", "NAME", "PHONE", "CREDIT_DEBIT_NUMBER")
#: Credential types: loghub holds none we know of, so their findings are counted (apart).
SECRET_ENTITIES = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD", "SECRET", "INTERNATIONAL_BANK_ACCOUNT_NUMBER")
#: Entities whose per-entity threshold the leave-one-system-out estimate tunes.
TUNED_ENTITIES = (*LOGHUB_FP_ENTITIES, "USERNAME")

Span = tuple[int, int, str]
#: One prediction: (start, end, entity, score).
Pred = tuple[int, int, str, float]


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled record: the text, its gold ``(start, end, TYPE)`` spans, its family."""

    text: str
    spans: tuple[Span, ...]
    family: str = ""
    group: str = ""  # held-out sets: "held-out" or "dev-like" family


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: ``explicit``, else ``$PIIREDACT_DATA_DIR``, else ``<repo>/../shared/data``."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("PIIREDACT_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return (REPO_ROOT.parent / "shared" / "data").resolve()


def load_jsonl(path: Path, limit: int | None = None, *, per_family: bool = False) -> list[Record]:
    """Records of a labelled JSONL file: the first ``limit`` (of each family with ``per_family``)."""
    out: list[Record] = []
    seen: Counter[str] = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            fam = str(d.get("family", ""))
            if limit is not None:
                key = fam if per_family else ""
                if seen[key] >= limit:
                    if per_family:
                        continue
                    break
                seen[key] += 1
            spans = tuple((int(s), int(e), str(t)) for s, e, t in d["spans"])
            out.append(Record(d["text"], spans, fam, str(d.get("group", ""))))
    return out


def load_dev(directory: Path, limit: int | None = None) -> list[Record]:
    """The labelled records of ``dev_logs.jsonl`` (the first ``limit`` if given)."""
    return load_jsonl(directory / "dev_logs.jsonl", limit)


def load_loghub(directory: Path, limit: int | None = None) -> dict[str, list[str]]:
    """``{sample name: lines}`` for every ``loghub/*.log`` (the first ``limit`` lines of each)."""
    out: dict[str, list[str]] = {}
    for path in sorted((directory / "loghub").glob("*.log")):
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
        out[path.stem] = lines[:limit] if limit is not None else lines
    return out


def write_gold(records: Sequence[Record], path: Path) -> None:
    """Write ``records`` in the corpus's own format (used when scoring a ``--limit`` prefix)."""
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"text": r.text, "spans": [list(s) for s in r.spans]}) + "\n")


def write_predictions(findings: Sequence[Iterable[Mapping[str, object] | Sequence[object]]], path: Path) -> None:
    """One ``{"findings": [...]}`` line per record, in corpus order (score.py's input), each
    entity under the corpora's name for it (``USERNAME`` -> ``NAME``)."""
    with open(path, "w", encoding="utf-8") as fh:
        for fs in findings:
            rows = [
                {**f, "entity": scorer_name(str(f["entity"]))} if isinstance(f, Mapping)
                else {"start": f[0], "end": f[1], "entity": scorer_name(str(f[2]))}
                for f in fs
            ]
            fh.write(json.dumps({"findings": rows}) + "\n")


# -- scoring (score.py's rules) ------------------------------------------------------------


def scorer_name(entity: str) -> str:
    """``entity`` under the corpora's name for it (``USERNAME`` -> ``NAME``, ...)."""
    t = entity.upper()
    return SCORER_NAMES.get(t, t)


def score_records(
    records: Sequence[Record],
    predictions: Sequence[Sequence[Pred | Span]],
    types: Iterable[str] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> dict[str, dict[str, float]]:
    """``{TYPE: {gold, tp, fp, P, R, leak}}`` plus ``micro``, by score.py's rules.

    ``predictions[i]`` are record i's findings ``(start, end, entity[, score])`` under
    piiredact's names; ``thresholds`` (piiredact entity -> min score) drops findings below
    them first; ``types`` restricts the scoring to those (corpus) types, as score.py's
    third argument does.
    """
    if len(records) != len(predictions):
        raise ValueError(f"line count mismatch: gold {len(records)} pred {len(predictions)}")
    only = set(types) if types is not None else None
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    leak: Counter[str] = Counter()
    npos: Counter[str] = Counter()
    for rec, raw in zip(records, predictions):
        preds = [(int(p[0]), int(p[1]), scorer_name(str(p[2]))) for p in _kept(raw, thresholds)]
        covered: set[int] = set()
        for s, e, _ in preds:
            covered.update(range(s, e))
        for s, e, t in rec.spans:
            if only is not None and t not in only:
                continue
            npos[t] += 1
            if any(t == pt and ps < e and s < pe for ps, pe, pt in preds):
                tp[t] += 1
            if sum(1 for i in range(s, e) if i in covered) * 2 < (e - s):
                leak[t] += 1
        for ps, pe, pt in preds:
            if only is not None and pt not in only:
                continue
            if not any(t == pt and ps < e and s < pe for s, e, t in rec.spans):
                fp[pt] += 1
    out: dict[str, dict[str, float]] = {}
    for t in sorted(set(npos) | set(fp)):
        out[t] = _row(npos[t], tp[t], fp[t], leak[t])
    out["micro"] = _row(sum(npos.values()), sum(tp.values()), sum(fp.values()), sum(leak.values()))
    return out


def _kept(raw: Sequence[Pred | Span], thresholds: Mapping[str, float] | None) -> list[Pred | Span]:
    if not thresholds:
        return list(raw)
    return [p for p in raw if len(p) < 4 or float(p[3]) >= thresholds.get(str(p[2]), 0.0)]  # type: ignore[misc]


def _row(gold: int, tp: int, fp: int, leak: int) -> dict[str, float]:
    return {
        "gold": gold, "tp": tp, "fp": fp,
        "P": tp / (tp + fp) if tp + fp else 0.0,
        "R": tp / gold if gold else 0.0,
        "leak": leak / gold if gold else 0.0,
    }


def by_family(records: Sequence[Record], predictions: Sequence[Sequence[Pred]], key: str = "family",
              thresholds: Mapping[str, float] | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """``score_records`` for each value of ``key`` (``family`` or ``group``), sorted by it."""
    idx: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        idx.setdefault(getattr(r, key), []).append(i)
    return {
        fam: score_records([records[i] for i in ix], [predictions[i] for i in ix], thresholds=thresholds)
        for fam, ix in sorted(idx.items())
    }


def bootstrap_ci(
    records: Sequence[Record], predictions: Sequence[Sequence[Pred]], entity: str = "NAME",
    resamples: int = 400, seed: int = 0,
) -> dict[str, tuple[float, float]]:
    """95% bootstrap intervals (records resampled) of ``entity``'s P and R and the micro leak.

    Each record is scored once (score.py's rules); a resample sums the counts of the records
    it drew, so the interval costs far less than rescoring.
    """
    rows = []
    for rec, raw in zip(records, predictions):
        one = score_records([rec], [raw])
        e, m = one.get(entity, {}), one["micro"]
        rows.append((e.get("tp", 0), e.get("fp", 0), e.get("gold", 0), m["gold"], round(m["leak"] * m["gold"])))
    rng = random.Random(seed)
    ps, rs, ls = [], [], []
    n = len(rows)
    for _ in range(resamples if n else 0):
        tp = fp = gold = mg = lk = 0
        for _ in range(n):
            a, b, c, d, e2 = rows[rng.randrange(n)]
            tp, fp, gold, mg, lk = tp + a, fp + b, gold + c, mg + d, lk + e2
        ps.append(tp / (tp + fp) if tp + fp else 0.0)
        rs.append(tp / gold if gold else 0.0)
        ls.append(lk / mg if mg else 0.0)

    def interval(xs: list[float]) -> tuple[float, float]:
        if not xs:
            return (0.0, 0.0)
        xs = sorted(xs)
        return xs[int(0.025 * (len(xs) - 1))], xs[int(0.975 * (len(xs) - 1))]

    return {"P": interval(ps), "R": interval(rs), "leak": interval(ls)}


# -- false positives on unlabelled real logs -------------------------------------------------


def count_entities(predictions: Iterable[Sequence[Pred]], thresholds: Mapping[str, float] | None = None) -> Counter[str]:
    """Findings per entity (piiredact's names) over all lines, after ``thresholds``."""
    c: Counter[str] = Counter()
    for raw in predictions:
        c.update(str(p[2]) for p in _kept(raw, thresholds))
    return c


def per_1k(count: int, lines: int) -> float:
    return 1000.0 * count / lines if lines else 0.0


def choose_thresholds(
    systems: Mapping[str, Sequence[Sequence[Pred]]],
    default: float,
    target_per_1k: float,
    entities: Sequence[str] = TUNED_ENTITIES,
) -> dict[str, float]:
    """Per-entity thresholds fitted on ``systems`` (each: per-line predictions).

    Start at ``default`` for every entity. While the pooled false positives of ``entities``
    exceed ``target_per_1k`` per 1,000 lines, raise the threshold of the entity with the most
    remaining false positives just past its lowest remaining score (the lowest threshold
    that removes at least one of them). Thresholds never exceed 1.0, so an entity whose
    false positives all score 1.0 is kept on, not switched off: the target may be missed.
    """
    lines = sum(len(v) for v in systems.values())
    scores: dict[str, list[float]] = {e: [] for e in entities}
    for preds in systems.values():
        for raw in preds:
            for p in raw:
                if p[2] in scores and float(p[3]) >= default:
                    scores[str(p[2])].append(float(p[3]))
    th = {e: default for e in entities}
    for e in entities:
        scores[e].sort()
    while per_1k(sum(len(v) for v in scores.values()), lines) > target_per_1k:
        movable = [e for e in entities if scores[e] and scores[e][0] < 1.0]
        if not movable:
            break
        worst = max(movable, key=lambda e: (len(scores[e]), e))
        lowest = scores[worst][0]
        above = [s for s in scores[worst] if s > lowest]
        th[worst] = min(1.0, above[0]) if above else min(1.0, _just_above(lowest))
        scores[worst] = [s for s in scores[worst] if s >= th[worst]]
    return th


def _just_above(x: float) -> float:
    return round(x + 1e-4, 4) if x + 1e-4 <= 1.0 else 1.0


# -- score.py itself (the cross-check) -------------------------------------------------------

_ROW = re.compile(r"^(\S+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s*$")
_MICRO = re.compile(r"micro P=([\d.]+) R=([\d.]+) leak=([\d.]+)")


def run_scorer(directory: Path, gold: Path, predictions: Path) -> dict[str, dict[str, float]]:
    """Run the corpus's ``score.py`` on ``predictions``; ``{TYPE: {gold, P, R, leak, fp}}`` + ``micro``.

    The scorer is run as its authors ship it (a subprocess), and its printed table parsed.
    """
    proc = subprocess.run(
        [sys.executable, str(directory / "score.py"), str(gold), str(predictions)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"score.py failed (exit {proc.returncode}): {proc.stdout[-300:]}{proc.stderr[-300:]}")
    rows: dict[str, dict[str, float]] = {}
    for line in proc.stdout.splitlines():
        m = _ROW.match(line)
        if m:
            rows[m.group(1)] = {
                "gold": int(m.group(2)),
                "P": float(m.group(3)),
                "R": float(m.group(4)),
                "leak": float(m.group(5)),
                "fp": int(m.group(6)),
            }
            continue
        m = _MICRO.search(line)
        if m:
            rows["micro"] = {"P": float(m.group(1)), "R": float(m.group(2)), "leak": float(m.group(3))}
    return rows


def same_as_scorer(ours: Mapping[str, Mapping[str, float]], theirs: Mapping[str, Mapping[str, float]]) -> bool:
    """True when score.py's printed figures (3 decimals) equal ours."""
    for t, row in theirs.items():
        mine = ours.get(t)
        if mine is None:
            return False
        for k in ("P", "R", "leak"):
            if f"{row[k]:.3f}" != f"{mine[k]:.3f}":
                return False
        if "fp" in row and int(row["fp"]) != int(mine["fp"]):
            return False
    return set(theirs) == set(ours)
