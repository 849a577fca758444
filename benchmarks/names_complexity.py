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
    # long runs inside one window (8,192 characters): quadratic work there scales linearly with the
    # number of windows, so these are also compared per character with "ordinary" below
    "quoted_digits": "x', " + "1" * 6000 + " ",
    "dotted_digits": "'x', " + "1.2.3.4" * 900 + " ",
    "row_cells": "7;Ann;" * 1200 + "\n",
    "column_gaps": "Ab   " * 1500 + "\n",
    # stop 14's rules: accounts before addresses and realms, DICOM PN, typed objects in lists,
    # companies after names
    "access_accounts": "ann.lee/10.0.0.1:51234 [ann.lee] ann@CORP.EXAMPLE.COM ",
    "dicom_pn": "(0010,0010) PN [LEE^ANN] ",
    "typed_lists": '{"items": [{"type": "App", "name": "Ann Lee"}, ',
    "company_runs": "Ann Lee Water Power Grid Ltd ",
}


# A family may cost more per character than ordinary log text, but not by orders of magnitude
# (quadratic work inside a window showed as ~200x before the SQL-literal pattern was fixed).
_PER_CHAR_BOUND = 20.0


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
    worst_per_char = 0.0
    ordinary = 0.0
    print(f"{'family':14s} {'small s':>9s} {'large s':>9s} {'ratio':>7s} {'x ordinary':>11s}"
          f"  (size x{a.factor}; linear ~ x{a.factor}; cost per character vs the ordinary family)")
    for name, unit in FAMILIES.items():
        small = (unit * (a.small // len(unit) + 1))[: a.small]
        large = (unit * (a.small * a.factor // len(unit) + 1))[: a.small * a.factor]
        ts, tl = _time(det, small), _time(det, large)
        ratio = tl / max(ts, 1e-9)
        worst = max(worst, ratio)
        if name == "ordinary":
            ordinary = tl
        rel = tl / max(ordinary, 1e-9)
        worst_per_char = max(worst_per_char, rel)
        flag = "  <-- superlinear" if ratio > 2.5 * a.factor else ""
        flag += "  <-- costly per character" if rel > _PER_CHAR_BOUND else ""
        print(f"{name:14s} {ts:9.3f} {tl:9.3f} {ratio:7.1f} {rel:11.1f}{flag}")
    print(f"worst ratio {worst:.1f} (bound {2.5 * a.factor:.0f}); worst cost per character "
          f"{worst_per_char:.1f}x the ordinary family (bound {_PER_CHAR_BOUND:.0f})")


if __name__ == "__main__":
    main()
