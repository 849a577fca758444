"""Loading the shared measurement corpus (helpers other benchmarks may import).

The corpus lives outside the repository (default ``../shared/data`` relative to the repo
root, or ``$PIIREDACT_DATA_DIR``): ``dev_logs.jsonl`` (labelled records), ``score.py``
(the corpus's own scorer, run as it is, never copied) and ``loghub/*.log`` (real,
unlabelled system logs). It is for measuring only: nothing here feeds tests or rules.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: The scorer's own name for each canonical piiredact entity it knows under another name.
SCORER_NAMES = {"CREDIT_DEBIT_NUMBER": "CREDIT_CARD"}

#: Entity types that the loghub samples contain none of: every finding is a false positive.
LOGHUB_FP_ENTITIES = ("SSN", "NAME", "PHONE", "CREDIT_DEBIT_NUMBER")


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled corpus record: the text and its gold ``(start, end, TYPE)`` spans."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: ``explicit``, else ``$PIIREDACT_DATA_DIR``, else ``<repo>/../shared/data``."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("PIIREDACT_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return (REPO_ROOT.parent / "shared" / "data").resolve()


def load_dev(directory: Path, limit: int | None = None) -> list[Record]:
    """The labelled records of ``dev_logs.jsonl`` (the first ``limit`` if given)."""
    out: list[Record] = []
    with open(directory / "dev_logs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            out.append(Record(d["text"], tuple((int(s), int(e), str(t)) for s, e, t in d["spans"])))
            if limit is not None and len(out) >= limit:
                break
    return out


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


def write_predictions(findings: Sequence[Sequence[dict[str, object]]], path: Path) -> None:
    """One ``{"findings": [...]}`` line per record, in corpus order."""
    with open(path, "w", encoding="utf-8") as fh:
        for fs in findings:
            fh.write(json.dumps({"findings": list(fs)}) + "\n")


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
