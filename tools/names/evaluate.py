"""Quick NAME/USERNAME figures for the builtin backend (development aid, in-process).

usage: python tools/names/evaluate.py [--data-dir ../shared/data] [--family F] [--show-errors N]

Prints NAME P/R/leak per dev v2 family (USERNAME findings count as NAME, as v2 labels
account names NAME), dev v1 NAME, and NAME/USERNAME findings per 1,000 loghub lines
(every one a false positive). The project's benchmark is benchmarks/accuracy.py; this
is the fast loop used while tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from piiredact.backends.builtin import BuiltinDetector

_NAMEISH = {"NAME", "USERNAME"}


def _score(recs, preds):
    tp = fn = fp = leak = 0
    errors = []
    for rec, found in zip(recs, preds):
        gold = [(s, e) for s, e, t in rec["spans"] if t == "NAME"]
        pn = [(f.start, f.end) for f in found if f.entity in _NAMEISH]
        cov = set()
        for f in found:
            cov.update(range(f.start, f.end))
        for s, e in gold:
            if any(ps < e and s < pe for ps, pe in pn):
                tp += 1
            else:
                fn += 1
                errors.append(("FN", rec["text"], rec["text"][s:e]))
            if sum(1 for i in range(s, e) if i in cov) * 2 < e - s:
                leak += 1
        for ps, pe in pn:
            if not any(ps < e and s < pe for s, e in gold):
                fp += 1
                errors.append(("FP", rec["text"], rec["text"][ps:pe]))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, leak / max(1, tp + fn), tp + fn, fp, errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default=str(Path(__file__).resolve().parents[3] / "shared" / "data"))
    ap.add_argument("--family", default="")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--skip-loghub", action="store_true")
    a = ap.parse_args()
    det = BuiltinDetector(cache_size=0)
    d = Path(a.data_dir)
    v2 = [json.loads(x) for x in open(d / "dev_logs_v2.jsonl", encoding="utf-8")]
    fams = defaultdict(list)
    for r in v2:
        fams[r["family"]].append(r)
    allr, allp = [], []
    for fam in sorted(fams):
        if a.family and fam != a.family:
            continue
        recs = fams[fam]
        preds = det.detect([r["text"] for r in recs])
        allr += recs
        allp += preds
        p, r, lk, n, fp, errs = _score(recs, preds)
        print(f"v2 {fam:15s} NAME P={p:.3f} R={r:.3f} leak={lk:.3f} gold={n} fp={fp}")
        for kind, text, val in errs[: a.show_errors]:
            print(f"   {kind} {val!r:30s} | {text[:200]!r}")
    p, r, lk, n, fp, _ = _score(allr, allp)
    print(f"v2 {'ALL':15s} NAME P={p:.3f} R={r:.3f} leak={lk:.3f} gold={n} fp={fp}")
    if a.family:
        return
    v1 = [json.loads(x) for x in open(d / "dev_logs.jsonl", encoding="utf-8")]
    p, r, lk, n, fp, _ = _score(v1, det.detect([r["text"] for r in v1]))
    print(f"v1 NAME P={p:.3f} R={r:.3f} leak={lk:.3f} gold={n} fp={fp}")
    if a.skip_loghub:
        return
    total = lines = 0
    for f in sorted(os.listdir(d / "loghub")):
        if not f.endswith(".log"):
            continue
        ls = open(d / "loghub" / f, encoding="utf-8", errors="replace").read().splitlines()
        found = det.detect(ls)
        hits = [(ln, ln[x.start : x.end]) for ln, fs in zip(ls, found) for x in fs if x.entity in _NAMEISH]
        total += len(hits)
        lines += len(ls)
        print(f"loghub {f:18s} NAME/USERNAME findings {len(hits)}" + "".join(
            f"\n   {v!r} | {ln[:160]!r}" for ln, v in hits[: a.show_errors]))
    print(f"loghub NAME/USERNAME per 1k lines: {1000 * total / max(1, lines):.2f}")


if __name__ == "__main__":
    main()
