"""Spark adapter throughput: local[1] vs local[2], against the CLI and a pure-CPU check, in one run.

    python benchmarks/spark_throughput.py [--lines 300000] [--files 4]

Builds a few hundred thousand mixed log lines from the shared corpus (``loghub/*.log`` and the
dev records' texts; measuring only, nothing is kept) in a temp dir, then measures, on that input:

* a pure-CPU two-process check: the speed-up this machine gives two busy processes right now
  (the machine is shared; a second core is not always free);
* the CLI: ``piiredact --backend regex --workers 1`` and ``--workers 2`` (when the CLI has
  ``--workers``), wall time including start-up;
* the Spark job (``adapters/spark/redact_job.py``, text format, regex backend) on ``local[1]``
  and ``local[2]``, each in its own JVM, timed after a warm-up job (JVM and Python-worker
  start-up excluded, reported separately).

Targets: Spark's 1->2-core scaling >= 0.8 x the CPU check's speed-up; Spark local[1] lines/s >=
0.7 x the CLI's ``--workers 1``. Prints the sizing of a 1 TB/day log volume from the figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import REPO_ROOT, data_dir, load_dev, load_loghub

JOB = REPO_ROOT / "adapters" / "spark" / "redact_job.py"
PRESIDIO_LINES_PER_CORE = 150.0  # measured on this machine by the presidio backend's benchmark
TB_PER_DAY = 1e12 / 86400  # bytes/s


# -- input ---------------------------------------------------------------------------------------


def build_input(directory: Path, n_lines: int, n_files: int, seed: int = 7) -> tuple[list[Path], int, float]:
    """``n_lines`` mixed lines over ``n_files`` files; returns (files, lines, mean bytes/line)."""
    src = data_dir()
    pool: list[str] = []
    for lines in load_loghub(src).values():
        pool.extend(line for line in lines if line.strip())
    for rec in load_dev(src):
        pool.extend(line for line in rec.text.splitlines() if line.strip())
    rnd = random.Random(seed)
    out = [pool[rnd.randrange(len(pool))] for _ in range(n_lines)]
    files = []
    per = -(-n_lines // n_files)
    total_bytes = 0
    for i in range(n_files):
        chunk = out[i * per:(i + 1) * per]
        data = ("\n".join(chunk) + "\n").encode("utf-8")
        total_bytes += len(data)
        path = directory / f"app-{i}.log"
        path.write_bytes(data)
        files.append(path)
    return files, n_lines, total_bytes / n_lines


# -- pure-CPU check --------------------------------------------------------------------------------


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x = (x + i * i) % 1_000_003
    return x


def cpu_speedup(n: int = 6_000_000, rounds: int = 3) -> tuple[float, float, float]:
    """(seconds for one process, seconds for two in parallel, speed-up) — best of ``rounds``."""
    ctx = multiprocessing.get_context("fork")
    one, two = float("inf"), float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        p = ctx.Process(target=_spin, args=(n,))
        p.start()
        p.join()
        one = min(one, time.perf_counter() - t0)
        t0 = time.perf_counter()
        ps = [ctx.Process(target=_spin, args=(n,)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        two = min(two, time.perf_counter() - t0)
    return one, two, 2 * one / two


# -- CLI -------------------------------------------------------------------------------------------


def cli_has(flag: str) -> bool:
    exe = shutil.which("piiredact")
    if exe is None:
        return False
    return flag in subprocess.run([exe, "--help"], capture_output=True, text=True).stdout


def run_cli(joined: Path, workers: int | None) -> float:
    """Wall seconds of ``piiredact --backend regex [--workers N] < joined > /dev/null``."""
    exe = shutil.which("piiredact")
    assert exe is not None, "the piiredact console script is not installed (make install)"
    cmd = [exe, "--backend", "regex"] + (["--workers", str(workers)] if workers else [])
    cpus = sorted(os.sched_getaffinity(0))[: workers or 1] if hasattr(os, "sched_getaffinity") else None
    with open(joined, "rb") as fin, open(os.devnull, "wb") as fout:
        t0 = time.perf_counter()
        subprocess.run(cmd, stdin=fin, stdout=fout, check=True, timeout=1800,
                       preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)
        return time.perf_counter() - t0


# -- Spark (each master in its own JVM: one child process per run) -------------------------------------


def _pin(n_cpus: int) -> None:
    """Restrict this process (and the JVM and workers it starts) to ``n_cpus`` cores, so that
    ``local[1]`` really measures one core: Spark's JVM threads would otherwise use the other."""
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, cpus[:n_cpus])


def spark_child(master: str, input_dir: str, warm_file: str, out_root: str) -> dict[str, Any]:
    """Runs inside the child: warm up, then time the job on the whole input."""
    _pin(int(master.removeprefix("local[").removesuffix("]")))
    sys.path.insert(0, str(JOB.parent))
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    import redact_job  # type: ignore[import-not-found]
    from pyspark.sql import SparkSession

    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(master).appName("piiredact-bench")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "2g")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    redact_job.run(spark, redact_job.JobArgs(input=[warm_file], output=f"{out_root}/warm", backend="regex"))
    startup = time.perf_counter() - t0
    t0 = time.perf_counter()
    summary = redact_job.run(spark, redact_job.JobArgs(input=[input_dir], output=f"{out_root}/run",
                                                      backend="regex"))
    elapsed = time.perf_counter() - t0
    spark.stop()
    return {"master": master, "startup_s": startup, "elapsed_s": elapsed, "lines": summary["lines"]}


def run_spark(master: str, input_dir: Path, warm_file: Path, out_root: Path) -> dict[str, Any]:
    out_root.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [sys.executable, __file__, "--spark-child", master, str(input_dir), str(warm_file), str(out_root)],
        capture_output=True, text=True, check=False, timeout=1800,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise RuntimeError(f"spark run on {master} failed:\n{proc.stderr[-2000:]}")


# -- report ----------------------------------------------------------------------------------------


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lines", type=int, default=300_000)
    p.add_argument("--files", type=int, default=4)
    p.add_argument("--spark-child", nargs=4, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.spark_child:
        print(json.dumps(spark_child(*a.spark_child)))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="piiredact-spark-bench-"))
    try:
        in_dir = tmp / "in"
        in_dir.mkdir()
        files, n, avg = build_input(in_dir, a.lines, a.files)
        joined = tmp / "all.log"
        with open(joined, "wb") as out:
            for f in files:
                out.write(f.read_bytes())
        warm = tmp / "warm.log"
        warm.write_bytes(b"".join(files[0].read_bytes().splitlines(keepends=True)[:2000]))
        print(f"input: {n} lines in {len(files)} files, {avg:.0f} bytes/line on average "
              f"(loghub + dev corpus texts), cpu count {os.cpu_count()}, load {os.getloadavg()[0]:.1f}")

        c1, c2, cpu = cpu_speedup()
        print(f"pure-CPU check: 1 process {c1:.2f}s, 2 processes {c2:.2f}s -> speed-up {cpu:.2f}x")
        print("(CLI --workers 1 and Spark local[1] are pinned to one core, --workers 2 and local[2] to two)")

        workers = cli_has("--workers")
        cli1 = n / run_cli(joined, 1 if workers else None)
        print(f"CLI --backend regex --workers 1: {cli1:,.0f} lines/s"
              + ("" if workers else " (this CLI has no --workers: run without it)"))
        cli2 = n / run_cli(joined, 2) if workers else None
        if cli2 is not None:
            print(f"CLI --backend regex --workers 2: {cli2:,.0f} lines/s  (speed-up {cli2 / cli1:.2f}x)")

        s1 = run_spark("local[1]", in_dir, warm, tmp / "s1")
        s2 = run_spark("local[2]", in_dir, warm, tmp / "s2")
        *_, cpu_after = cpu_speedup()
        print(f"pure-CPU check again after the Spark runs: speed-up {cpu_after:.2f}x "
              f"(load {os.getloadavg()[0]:.1f})")
        cpu = (cpu + cpu_after) / 2
        sp1, sp2 = s1["lines"] / s1["elapsed_s"], s2["lines"] / s2["elapsed_s"]
        print(f"Spark local[1]: {sp1:,.0f} lines/s ({s1['elapsed_s']:.1f}s; start-up + warm-up "
              f"{s1['startup_s']:.1f}s not counted)")
        print(f"Spark local[2]: {sp2:,.0f} lines/s ({s2['elapsed_s']:.1f}s; start-up + warm-up "
              f"{s2['startup_s']:.1f}s not counted)")
        assert s1["lines"] == n and s2["lines"] == n, "the job did not see every line"

        scaling = (sp2 / sp1) / cpu  # cpu: mean of the checks before and after
        per_core = sp1 / cli1
        print(f"Spark 1->2 speed-up {sp2 / sp1:.2f}x = {scaling:.2f} of the CPU check's "
              f"({'OK' if scaling >= 0.8 else 'BELOW'} target 0.8)")
        print(f"Spark per-core throughput = {per_core:.2f}x the CLI's --workers 1 "
              f"({'OK' if per_core >= 0.7 else 'BELOW'} target 0.7); local[2] per core: "
              f"{sp2 / 2 / cli1:.2f}x")

        need = TB_PER_DAY / avg  # lines/s for 1 TB/day
        print(f"1 TB/day at {avg:.0f} bytes/line = {need:,.0f} lines/s (at 200 bytes/line: "
              f"{TB_PER_DAY / 200:,.0f} lines/s)")
        for name, per in (("regex (Spark, per core)", sp1), ("presidio", PRESIDIO_LINES_PER_CORE)):
            print(f"  {name}: {per:,.0f} lines/s/core -> {need / per:,.1f} cores "
                  f"({TB_PER_DAY / 200 / per:,.1f} at 200 bytes/line)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
