"""CLI throughput: ``piiredact --backend regex`` (1 and 2 workers) against two baselines, and the
default backend (builtin) beside it, in one run.

Builds a >= 200,000-line mixed log in a temporary folder (real loghub samples plus the dev
corpus's texts, repeated and shuffled with a fixed seed; never written to the repository)
and pipes it, as a subprocess with stdin/stdout redirected, through:

* ``io-floor``: a Python loop that only reads and writes the lines (the I/O floor);
* ``naive``: Python ``re``, one ``sub`` per pattern per line (SSN, email, phone, card, IPv4);
* ``piiredact --backend regex --workers 1`` and ``--workers 2``;
* ``piiredact --workers 1`` with the default backend (builtin: the regex tier plus name detection),
  printed beside the regex one, and ``piiredact`` with every default (the builtin, one worker per
  core): what a user gets without choosing anything. Both are compared with the naive loop.

It also measures the machine's real two-process speed-up on a pure-CPU function (the
same function in 1 vs 2 processes), since a shared or throttled machine rarely gives 2x.
Each run is repeated and the best time kept. Targets: 1 worker >= 2x naive; 2 workers'
speed-up >= 0.8 of the pure-CPU speed-up.

    python benchmarks/cli_throughput.py [--lines 200000] [--repeat 3] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import data_dir

IO_FLOOR = r"""
import sys
inp, out = sys.stdin.buffer, sys.stdout.buffer
for line in inp:
    out.write(line)
"""

# Comparable patterns to the regex backend's structured entities (no validation, no context).
NAIVE = r"""
import re, sys
PATTERNS = [
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),                                   # SSN
    re.compile(r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),  # email
    re.compile(r"(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b"),   # phone
    re.compile(r"\b(?:\d[ -]?){12,18}\d\b"),                                  # card
    re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),                               # IPv4
]
inp, out = sys.stdin.buffer, sys.stdout.buffer
for raw in inp:
    line = raw.decode("utf-8", "surrogateescape")
    for p in PATTERNS:
        line = p.sub(lambda m: "*" * len(m.group()), line)
    out.write(line.encode("utf-8", "surrogateescape"))
"""


# The CLI with a detector that finds nothing: what the pipeline itself costs (floor for the CLI).
NULL_CLI = r"""
import sys
from piiredact.backends import register_backend

class NullDetector:
    name = "null"
    entities = frozenset()
    def detect(self, texts):
        return [[] for _ in texts]

register_backend("null", NullDetector)
from piiredact._cli import main
sys.exit(main())
"""


def backend_only(src: Path, repeat: int) -> tuple[float, float]:
    """Best (wall, CPU) seconds for RegexDetector.detect alone over the file, in CLI-sized batches."""
    from piiredact._cli_pipeline import BATCH_BYTES
    from piiredact.backends import create_detector

    data = src.read_bytes()
    batches: list[list[str]] = []
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos + BATCH_BYTES)
        end = len(data) if end < 0 else end + 1
        batches.append(data[pos:end].decode("utf-8", "surrogateescape").rstrip("\n").split("\n"))
        pos = end
    det = create_detector("regex")
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for b in batches:
            det.detect(b)
        best = min(best, (time.perf_counter() - t0, time.process_time() - c0))
    return best


def build_input(directory: Path, n_lines: int, seed: int, dest: Path) -> int:
    """Write the mixed log to ``dest``; returns its line count."""
    pool: list[str] = []
    for path in sorted((directory / "loghub").glob("*.log")):
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            pool.extend(line.rstrip("\n") for line in fh if line.strip())
    with open(directory / "dev_logs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                pool.extend(json.loads(line)["text"].split("\n"))
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n_lines:
        rng.shuffle(pool)
        out.extend(pool)
    with open(dest, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return len(out)


def timed(cmd: list[str], src: Path, dst: Path, repeat: int,
          env: dict[str, str] | None = None) -> tuple[float, float]:
    """Best (wall seconds, CPU seconds of the process and its children) of ``cmd < src > dst``.

    CPU time is reported too because the machine may be shared: wall time then includes
    waiting for a core, CPU time does not.
    """
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(src, "rb") as i, open(dst, "wb") as o:
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, stdin=i, stdout=o, stderr=subprocess.PIPE, env=env, check=False)
            dt = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr.decode()[-400:]}")
        best = min(best, (dt, cpu))
    return best


def _burn(n: int) -> int:
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


def cpu_speedup(work: int, repeat: int) -> tuple[float, float]:
    """(seconds for 2 units in 1 process, seconds for 1 unit in each of 2 processes)."""
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    one = two = float("inf")
    with ctx.Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # start both processes first
        for _ in range(repeat):
            t0 = time.perf_counter()
            pool.apply(_burn, (2 * work,))
            one = min(one, time.perf_counter() - t0)
            t0 = time.perf_counter()
            pool.map(_burn, [work, work], chunksize=1)
            two = min(two, time.perf_counter() - t0)
    return one, two


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=20251125)
    ap.add_argument("--data", help="corpus folder (default: ../shared/data or $PIIREDACT_DATA_DIR)")
    ap.add_argument("--cpu-work", type=int, default=6_000_000, help="iterations per pure-CPU unit")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="piiredact-bench-") as tmp:
        src, dst = Path(tmp) / "mixed.log", Path(tmp) / "out.log"
        n = build_input(data_dir(args.data), args.lines, args.seed, src)
        size = src.stat().st_size
        print(f"input: {n:,} lines, {size / 1e6:.1f} MB (seed {args.seed}); best of {args.repeat} runs each", flush=True)
        env = dict(os.environ)
        for k in [k for k in env if k.startswith("PIIREDACT_")]:
            del env[k]
        py = sys.executable
        cli = [py, "-m", "piiredact._cli", "--backend", "regex", "--no-progress"]
        commands: dict[str, tuple[list[str], dict[str, str] | None]] = {
            "io-floor (read+write lines)": ([py, "-c", IO_FLOOR], None),
            "naive re.sub x5 per line": ([py, "-c", NAIVE], None),
            "piiredact --workers 1": ([*cli, "--workers", "1"], env),
            "piiredact --workers 2": ([*cli, "--workers", "2"], env),
            "piiredact default (builtin), 1 w": (
                [py, "-m", "piiredact._cli", "--no-progress", "--workers", "1"], env),
            # what `piiredact < in > out` runs: the default backend, one worker per core
            "piiredact, all defaults": ([py, "-m", "piiredact._cli", "--no-progress"], env),
            "piiredact, null detector, 1 w": (
                [py, "-c", NULL_CLI, "--backend", "null", "--no-progress", "--workers", "1"], env),
        }
        # Round-robin (every command once per round) so that a shared machine's changing load
        # hits all of them alike; the best time per command is kept, and the 2-worker speed-up
        # is also paired with the pure-CPU check of the same round.
        runs: dict[str, tuple[float, float]] = {}
        paired: list[tuple[float, float]] = []
        one = two = float("inf")
        for r in range(args.repeat):
            this: dict[str, tuple[float, float]] = {}
            for name, (cmd, e) in commands.items():
                this[name] = timed(cmd, src, dst, 1, e)
                runs[name] = min(runs.get(name, this[name]), this[name])
            o, t = cpu_speedup(args.cpu_work, 1)
            one, two = min(one, o), min(two, t)
            w1r, w2r = this["piiredact --workers 1"][0], this["piiredact --workers 2"][0]
            paired.append((w1r / w2r, o / t))
            print(f"  round {r + 1}: 2-worker speed-up {w1r / w2r:.2f}x, pure-CPU speed-up {o / t:.2f}x",
                  flush=True)
        runs["RegexDetector.detect alone"] = backend_only(src, args.repeat)
        for name, (wall, cpu_s) in runs.items():
            print(f"  {name:<30} wall {wall:7.2f} s {n / wall:>10,.0f} lines/s   "
                  f"cpu {cpu_s:7.2f} s {n / cpu_s:>10,.0f} lines/cpu-s", flush=True)
        cpu = one / two
        naive = runs["naive re.sub x5 per line"]
        w1, w2 = runs["piiredact --workers 1"], runs["piiredact --workers 2"]
        par = w1[0] / w2[0]
        print(f"  pure-CPU check: 1 process {one:.2f} s, 2 processes {two:.2f} s -> speed-up {cpu:.2f}x")
        print("ratios:")
        print(f"  1 worker vs naive redactor:   wall {naive[0] / w1[0]:5.2f}x  cpu {naive[1] / w1[1]:5.2f}x"
              "   (target >= 2.0)")
        print(f"  1 worker vs io-floor:         wall {runs['io-floor (read+write lines)'][0] / w1[0]:5.2f}x")
        print(f"  2 workers vs 1 worker (wall): {par:5.2f}x")
        print(f"  2-worker speed-up / pure-CPU: {par / cpu:5.2f}    (target >= 0.8; best-of times)")
        rel = sorted(a / b for a, b in paired)
        print(f"  same, paired per round:       {', '.join(f'{x:.2f}' for x in rel)} (median {rel[len(rel) // 2]:.2f})")
        dflt = runs["piiredact default (builtin), 1 w"]
        print(f"  default backend (builtin) vs regex, 1 worker: wall {dflt[0] / w1[0]:5.2f}x slower, "
              f"{n / dflt[0]:,.0f} vs {n / w1[0]:,.0f} lines/s")
        alld = runs["piiredact, all defaults"]
        print(f"  default backend vs naive, 1 worker (one process each): wall {naive[0] / dflt[0]:5.2f}x"
              f"  cpu {naive[1] / dflt[1]:5.2f}x   (target >= 1.5)")
        print(f"  default backend vs naive, all defaults ({os.cpu_count()} workers):  "
              f"wall {naive[0] / alld[0]:5.2f}x   (target >= 1.5)")
        det = runs["RegexDetector.detect alone"][1]
        null = runs["piiredact, null detector, 1 w"]
        print(f"  regex detect() share of the 1-worker CPU time: {det / w1[1]:5.1%}; "
              f"the CLI without detection runs at {n / null[1]:,.0f} lines/cpu-s")


if __name__ == "__main__":
    main()
