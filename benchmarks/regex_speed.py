"""Lines per second of the regex backend against a naive ``re.sub`` redactor, in one run.

    python benchmarks/regex_speed.py [--repeat 5] [--batch 512] [--baseline path/to/old_regex.py] [--pure-re]

Texts: the real loghub lines, the dev corpus texts (see ``_corpus.py``) and both shuffled
together (as ``cli_throughput.py`` mixes them). The naive
redactor is what a team writes in an afternoon: one ``re.sub`` per pattern (SSN, e-mail,
phone, card, IPv4) per line, no validation. ``--baseline`` also times another copy of the
regex module (e.g. the version before an optimisation, with absolute imports) in the same
run. ``--pure-re`` times the backend without its optional google-re2 prefilter (what users
without ``piiredact[fast]`` get). Each figure is the best of ``--repeat`` timed passes.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._corpus import data_dir, load_dev, load_loghub
from piiredact.backends._regex import RegexDetector

_NAIVE = [
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN
    re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),  # e-mail
    re.compile(r"(?:\+\d{1,3}[ .\-]?)?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]?\d{4}\b"),  # phone
    re.compile(r"\b(?:\d[ \-]?){13,19}\b"),  # card
    re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),  # IPv4
]


def naive_redact(texts: Sequence[str]) -> list[str]:
    """One ``re.sub`` per pattern per line."""
    out = []
    for t in texts:
        for p in _NAIVE:
            t = p.sub("[REDACTED]", t)
        out.append(t)
    return out


def _detector_runner(detector: object, batch: int) -> Callable[[Sequence[str]], object]:
    def run(texts: Sequence[str]) -> object:
        detect = detector.detect  # type: ignore[attr-defined]
        return [detect(texts[i : i + batch]) for i in range(0, len(texts), batch)]

    return run


def _best(fn: Callable[[Sequence[str]], object], texts: Sequence[str], repeat: int) -> float:
    """Lines per second of the fastest of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def _load_baseline(path: str, pure_re: bool) -> object:
    spec = importlib.util.spec_from_file_location("_regex_baseline", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if pure_re:  # compare like with like: the baseline without its re2 prefilter too
        mod._prefilter = None
    return mod.RegexDetector()


# Adversarial one-line inputs per pattern family: each should take ~10x the time at 10x the size.
_SWEEP = {
    "digit groups": "12 ",
    "single digits": "1 ",
    "card groups": "1234 ",
    "pem BEGINs": "-----BEGIN RSA PRIVATE KEY----- ",
    "last-four cues": "last four 1234 ",
    "hr rows": ",123456789,01/02/1970",
    "e164 fields": ",491514743197",
    "password keys": "password=x ",
    "glued keys": "password=password=",
    "xml tags": "<aaaaaaaaaaaaaaaaaaaaaaaaaa",
    "jwt heads": "eyJhbGciOiJIUzI1NiJ9.",
    "token prefixes": "ghp_ghp_ghp_",
    "url userinfo": "a://b:c@",
    "colon hex": "00:1a:2b:3c:4d:5e:",
    "iban groups": "DE89 3704 ",
    "percent escapes": "%2B49%20",
    "slash numbers": "0160/5657157/",
    "dotted capitals": "Aa.",
    "name cues": "Dear Ann to Bo ",
    "name keys": "name=Ann user: Bo ",
    "non-ascii cues": "für Zoë an Ünal ",
}


def _sweep() -> int:
    detector = RegexDetector(extra_entities={"ADDRESS"})
    print(f"{'family':16} {'100 KB':>10} {'1 MB':>10} {'ratio':>6}")
    for name, unit in _SWEEP.items():
        times = []
        for n in (100_000, 1_000_000):
            text = unit * (n // len(unit))
            t0 = time.perf_counter()
            detector.detect([text])
            times.append(time.perf_counter() - t0)
        print(
            f"{name:16} {times[0] * 1000:8.1f}ms {times[1] * 1000:8.1f}ms {times[1] / max(times[0], 1e-9):6.1f}"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--baseline", help="another copy of the regex module to time in the same run")
    ap.add_argument("--pure-re", action="store_true", help="disable the optional google-re2 prefilter")
    ap.add_argument("--data-dir")
    ap.add_argument(
        "--sweep", action="store_true", help="time one long line per input family at 100 KB and 1 MB"
    )
    args = ap.parse_args(argv)
    if args.sweep:
        return _sweep()
    if args.pure_re:
        from piiredact.backends._patterns import _prefilter

        _prefilter._prefilter = None

    d = data_dir(args.data_dir)
    loghub = [ln for lines in load_loghub(d).values() for ln in lines]
    dev = [r.text for r in load_dev(d)]
    mix = loghub + dev
    random.Random(0).shuffle(mix)  # as the CLI benchmark mixes them: batches of both kinds
    corpora = {"loghub": loghub, "dev": dev, "mix": mix}
    runners: dict[str, Callable[[Sequence[str]], object]] = {
        "naive re.sub": naive_redact,
        "RegexDetector": _detector_runner(RegexDetector(), args.batch),
    }
    if args.baseline:
        runners["baseline"] = _detector_runner(_load_baseline(args.baseline, args.pure_re), args.batch)

    from piiredact.backends._patterns import _prefilter as _mod

    print(
        f"batch={args.batch} repeat={args.repeat} (best pass) re2 prefilter={'on' if _mod._prefilter else 'off'}"
    )
    for cname, texts in corpora.items():
        # interleave the runners pass by pass so machine noise hits them alike
        rates = {name: 0.0 for name in runners}
        for _ in range(args.repeat):
            for name, fn in runners.items():
                rates[name] = max(rates[name], _best(fn, texts, 1))
        print(f"{cname} ({len(texts)} lines)")
        for name, rate in rates.items():
            print(f"  {name:14} {rate:10,.0f} lines/s")
        naive = rates["naive re.sub"]
        print(f"  RegexDetector / naive:    {rates['RegexDetector'] / naive:.2f}x")
        if "baseline" in rates:
            print(f"  RegexDetector / baseline: {rates['RegexDetector'] / rates['baseline']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
