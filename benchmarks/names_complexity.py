"""Complexity sweep of the builtin backend's name detector (issue 13.17 / 13.10).

    python benchmarks/names_complexity.py [--small 100000] [--factor 10]

For each hostile or ordinary input family, one record of ``small`` characters and one ``factor``
times longer are detected (builtin backend, no cache); the time ratio should be ~``factor``
(linear). A ratio above 2.5x ``factor`` is flagged. Families: ordinary log text, one dotted
token of capitals (``Aa.Aa.…``, once quadratic), ALL-CAPS runs, account keys, @mentions,
quoted SQL lists, XML person elements, long digit runs, one huge word, one huge ALL-CAPS word
(its gate once backtracked over the whole run from every capital: seconds per window).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from piiredact.backends.builtin import BuiltinDetector

FAMILIES = {
    "ordinary": "2024-03-01 12:00:01 INFO [main] c.a.OrderService: order 17 placed by Ezekiel Thornbury\n",
    "dotted_caps": "Aa.",
    "caps_runs": "HAROLD PEMBERTON ",
    "caps_token": "A",
    "account_keys": "user=harold.pemberton ",
    "mentions": "@gertrude ",
    "sql_list": "('Orla', 'Brennan'), ",
    "xml_names": "<Nm>GERTRUDE ASHWORTH</Nm>",
    "digit_runs": "12 ",
    "one_word": "a",
}


def _time(det: BuiltinDetector, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        det.detect([text])
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=100_000)
    ap.add_argument("--factor", type=int, default=10)
    a = ap.parse_args()
    det = BuiltinDetector(cache_size=0)
    worst = 0.0
    print(f"{'family':14s} {'small s':>9s} {'large s':>9s} {'ratio':>7s}  (size x{a.factor}; linear ~ x{a.factor})")
    for name, unit in FAMILIES.items():
        small = (unit * (a.small // len(unit) + 1))[: a.small]
        large = (unit * (a.small * a.factor // len(unit) + 1))[: a.small * a.factor]
        ts, tl = _time(det, small), _time(det, large)
        ratio = tl / max(ts, 1e-9)
        worst = max(worst, ratio)
        flag = "  <-- superlinear" if ratio > 2.5 * a.factor else ""
        print(f"{name:14s} {ts:9.3f} {tl:9.3f} {ratio:7.1f}{flag}")
    print(f"worst ratio {worst:.1f} (bound {2.5 * a.factor:.0f})")


if __name__ == "__main__":
    main()
