"""Credentials and bank identifiers: values left readable per type, false findings, real-log findings.

    python benchmarks/secrets_accuracy.py [--backend regex|builtin] [--seed 1717] [--lines 4000]

Prints, in one run:
* per type on the seeded set of ``benchmarks/secrets/generate.py`` (written from the labelling
  conventions; no loghub string was used): gold values, share left readable (at least half of
  the value's characters covered by no finding of any type), share found as that type;
* false findings of the new types per 1,000 negative lines (hard-negative templates), and
  new-type findings outside every gold span on the positive lines;
* new-type findings per 1,000 lines on each of the 8 loghub samples (none of these types is
  expected there: every finding counts as false). The rules were written from the
  conventions, not fitted to any loghub system, so each per-system figure is a
  leave-one-system-out estimate.
Targets (issue 17): <= 2% readable per type, <= 5 false findings per 1,000 negative lines,
<= 0.5 new-type findings per 1,000 real lines.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "secrets"))

from generate import generate

from benchmarks._corpus import data_dir, load_loghub
from piiredact.backends import create_detector

NEW_TYPES = (
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "PASSWORD",
    "SECRET",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MAC_ADDRESS",
)


def _covered(start: int, end: int, findings: list) -> int:
    marks = bytearray(end - start)
    for f in findings:
        lo, hi = max(start, f.start), min(end, f.end)
        for i in range(lo, hi):
            marks[i - start] = 1
    return sum(marks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", default="regex")
    ap.add_argument("--seed", type=int, default=1717)
    ap.add_argument("--lines", type=int, default=4000)
    ap.add_argument("--data-dir")
    ap.add_argument("--show", type=int, default=0, help="print this many misses and false findings")
    args = ap.parse_args(argv)

    detector = create_detector(args.backend)
    records = generate(args.seed, args.lines)
    texts = [str(r["text"]) for r in records]
    found = [fs for i in range(0, len(texts), 256) for fs in detector.detect(texts[i : i + 256])]

    gold, readable, typed = Counter(), Counter(), Counter()
    fp_neg, fp_pos, neg_lines = Counter(), Counter(), 0
    shown = 0
    for rec, text, fs in zip(records, texts, found):
        spans = rec["spans"]
        if rec["negative"]:
            neg_lines += 1
        for s, e, kind in spans:  # type: ignore[misc]
            gold[kind] += 1
            if _covered(s, e, fs) * 2 < e - s:
                readable[kind] += 1
                if shown < args.show:
                    print(f"  MISS {kind} {rec['template']}: {text[max(0, s - 30) : e + 10]!r}")
                    shown += 1
            if any(f.entity == kind and f.start < e and s < f.end for f in fs):
                typed[kind] += 1
        for f in fs:
            if f.entity not in NEW_TYPES:
                continue
            if any(f.start < e and s < f.end for s, e, _ in spans):  # type: ignore[misc]
                continue
            (fp_neg if rec["negative"] else fp_pos)[f.entity] += 1
            if shown < args.show:
                print(f"  FALSE {f.entity} {rec['template']}: {text[f.start : f.end]!r}")
                shown += 1

    print(
        f"secrets set: seed={args.seed} lines={len(records)} negative lines={neg_lines} backend={args.backend}"
    )
    print(f"{'type':36} {'gold':>5} {'readable':>9} {'found as type':>14}")
    for kind in NEW_TYPES:
        n = gold[kind]
        if n:
            print(f"{kind:36} {n:5d} {readable[kind] / n:9.3f} {typed[kind] / n:14.3f}")
    total_fp = sum(fp_neg.values())
    print(
        f"false findings per 1,000 negative lines: {1000 * total_fp / max(1, neg_lines):.2f}  {dict(fp_neg)}"
    )
    print(f"new-type findings outside gold spans on positive lines: {sum(fp_pos.values())}  {dict(fp_pos)}")

    logs = load_loghub(data_dir(args.data_dir))
    print("loghub new-type findings per 1,000 lines (leave-one-system-out: no rule fitted to loghub):")
    total = lines = 0
    for system, sys_lines in logs.items():
        res = [fs for i in range(0, len(sys_lines), 256) for fs in detector.detect(sys_lines[i : i + 256])]
        n = Counter(f.entity for fs in res for f in fs if f.entity in NEW_TYPES)
        total += sum(n.values())
        lines += len(sys_lines)
        print(f"  {system:14} {1000 * sum(n.values()) / len(sys_lines):6.2f}  {dict(n)}")
    print(f"  {'all':14} {1000 * total / max(1, lines):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
