"""Spark adapter: the real job on local[2] (one shared session), compared with the real CLI."""

from __future__ import annotations

import functools
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from piiredact import ConfigError, PiiRedactError, Policy, Redactor
from piiredact.testing import FakeDetector

from .conftest import ADAPTERS, load

CLI = shutil.which("piiredact")


def _java_available() -> bool:
    java_home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (java_home and Path(java_home, "bin", "java").exists()))


def _lines(n: int, seed: int) -> list[str]:
    """Synthetic log lines, about half with PII (made up here, never from the dev corpus)."""
    rnd = random.Random(seed)
    first = ["Zora", "Malik", "Ines", "Pavel", "Amara"]
    out = []
    for i in range(n):
        ip = f"198.51.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"
        user = f"{rnd.choice(first).lower()}.{i}@example.net"
        out.append(rnd.choice([
            f"2026-11-25T10:{i % 60:02d}:00Z INFO login ok user={user} ip={ip}",
            f"2026-11-25T10:{i % 60:02d}:01Z WARN payment declined card 4111 1111 1111 1111 for {rnd.choice(first)} Okafor",
            f"2026-11-25T10:{i % 60:02d}:02Z INFO SSN 366-43-{rnd.randrange(1000, 9999)} verified",
            f"2026-11-25T10:{i % 60:02d}:03Z DEBUG cache hit ratio 0.{rnd.randrange(99)} shard {i}",
            f"2026-11-25T10:{i % 60:02d}:04Z INFO Größe {i} résumé ✓",
            "",
        ]))
    return out


@pytest.fixture(scope="module")
def job() -> ModuleType:
    """adapters/spark/redact_job.py (imports piiredact_spark from its own folder)."""
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if not _java_available():
        pytest.skip("Spark needs Java (java on PATH or JAVA_HOME)")
    return load("piiredact_redact_job", ADAPTERS / "spark" / "redact_job.py")


@pytest.fixture(scope="module")
def spark(job: ModuleType) -> Iterator[Any]:
    """One local[2] session for the module: JVM start-up is the slow part."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]").appName("piiredact-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        # Small splits: one file is read by several tasks, so order across splits is exercised.
        .config("spark.sql.files.maxPartitionBytes", "32k")
        .config("spark.sql.files.openCostInBytes", "1k")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few thousand lines in nested files: LF, CRLF, no final newline, an empty file."""
    root = tmp_path_factory.mktemp("in")
    (root / "api").mkdir()
    (root / "api" / "app.log").write_text("\n".join(_lines(2500, 1)) + "\n", encoding="utf-8")
    (root / "worker.log").write_bytes(("\r\n".join(_lines(900, 2))).encode())
    (root / "empty.log").write_text("")
    return root


def _cli(path: Path, fmt: str) -> list[str]:
    """The real console script on ``path`` (regex backend), one record per line like the job."""
    assert CLI is not None
    flags = ["--backend", "regex"]
    if _cli_supports("--record-start"):
        flags += ["--format", fmt, "--record-start", "line", "--workers", "1", "--no-progress"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIIREDACT_")}
    with open(path, "rb") as fh:
        out = subprocess.run([CLI, *flags], stdin=fh, capture_output=True, check=True, env=env,
                             timeout=300).stdout
    return out.decode("utf-8").splitlines()


@functools.cache
def _cli_supports(flag: str) -> bool:
    if CLI is None:
        return False
    return flag in subprocess.run([CLI, "--help"], capture_output=True, text=True).stdout


@pytest.mark.skipif(CLI is None, reason="the piiredact console script is not installed")
def test_text_job_output_equals_cli_line_for_line(job: ModuleType, spark: Any, dataset: Path, tmp_path: Path) -> None:
    """Each output file equals the CLI's output for its input file, line for line, and the
    summary's counts equal the Redactor's on the same lines."""
    out = tmp_path / "out"
    summary = job.run(spark, job.JobArgs(input=[str(dataset)], output=str(out), backend="regex", recursive=True))
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*")
                     if p.is_file() and not p.name.startswith((".", "_")))
    assert ["api/app.log", "empty.log", "worker.log"] == written
    for name in written:
        assert _cli(dataset / name, "text") == (out / name).read_text(encoding="utf-8").splitlines()
    reference = Redactor("regex")
    reference.redact_many([ln for name in written for ln in (dataset / name).read_text(encoding="utf-8").splitlines()])
    findings = {k.split(".", 1)[1]: v for k, v in reference.stats().items() if k.startswith("findings.")}
    assert 3400 == summary["lines"]
    assert findings == summary["findings"] and len(findings) >= 4
    assert 0 == summary["fallbacks"]
    assert summary == json.loads((out / job.SUMMARY_NAME).read_text())
    assert "@example.net" not in (out / "api" / "app.log").read_text()


def test_jsonl_job_redacts_structurally_and_keeps_order(
        job: ModuleType, spark: Any, tmp_path: Path, spark_worker: ModuleType) -> None:
    """JSON lines are redacted by key and value, other lines as text, in input order; the
    output equals the CLI's when the CLI has a JSON-lines mode."""
    src = tmp_path / "events.jsonl"
    rows = []
    for i, line in enumerate(_lines(1200, 3)):
        rows.append(json.dumps({"seq": i, "msg": line, "user": {"ssn": f"366-43-{1000 + i}"}}))
        if i % 100 == 7:
            rows.append(f"not json: {line}")
        if i % 100 == 50:
            rows.append('{"heartbeat":  true, "shard": 3}')
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = job.run(spark, job.JobArgs(input=[str(src)], output=str(out), fmt="jsonl", backend="regex"))
    got = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(got)
    assert 12 == got.count('{"heartbeat":  true, "shard": 3}')  # untouched JSON: byte for byte
    parsed = [json.loads(g) for g in got if g.startswith('{"seq"')]
    assert list(range(1200)) == [p["seq"] for p in parsed]
    assert {"*" * len("366-43-1000")} == {p["user"]["ssn"] for p in parsed}  # redact_keys: masked whole
    assert 12 == summary["invalid_json_lines"]
    if _cli_supports("--record-start"):
        assert _cli(src, "jsonl") == got


def test_existing_output_and_bad_policy_fail_before_work(job: ModuleType, spark: Any, tmp_path: Path) -> None:
    """An existing output dir without --overwrite, or a bad --mode, is a one-line error."""
    (tmp_path / "in.log").write_text("x\n")
    (tmp_path / "out").mkdir()
    with pytest.raises(PiiRedactError, match="output: directory exists"):
        job.run(spark, job.JobArgs(input=[str(tmp_path / "in.log")], output=str(tmp_path / "out")))
    with pytest.raises(ConfigError, match="action"):
        job.run(spark, job.JobArgs(input=[str(tmp_path / "in.log")], output=str(tmp_path / "o2"), mode="shred"))


# -- no Spark needed ---------------------------------------------------------------------------


def test_parse_args_options(job: ModuleType) -> None:
    """Backend options are parsed as JSON when they are JSON; --batch-size must be positive."""
    args, master = job.parse_args(["--input", "a", "--input", "b", "--output", "o", "--format", "jsonl",
                                   "--backend-option", "timeout=2.5", "--backend-option", "region=eu-west-1",
                                   "--master", "local[1]"])
    assert (["a", "b"], "jsonl", {"timeout": 2.5, "region": "eu-west-1"}, "local[1]") == (
        args.input, args.fmt, args.backend_options, master)
    with pytest.raises(SystemExit):
        job.parse_args(["--input", "a", "--output", "o", "--batch-size", "0"])


def test_output_names_relative_to_common_root(job: ModuleType) -> None:
    """Output names are paths relative to the inputs' common directory, compression suffix dropped."""
    assert ["a/x.log", "b/y.log"] == job.output_names(["file:///d/a/x.log", "file:/d/b/y.log.gz"])
    assert ["only.log"] == job.output_names(["s3a://bucket/logs/only.log"])
    with pytest.raises(PiiRedactError, match="same output name"):
        job.output_names(["file:///d/a.log", "file:///d/a.log.gz"])


def test_redact_lines_jsonl_falls_back_to_text(spark_worker: ModuleType) -> None:
    """In jsonl mode a non-JSON line is redacted as text and counted, an untouched JSON line is
    kept byte for byte, blank lines stay blank."""
    r = Redactor(FakeDetector({"Ann": "NAME"}), Policy(action="replace"))
    lines = ['{"who": "Ann", "n": 1}  ', "Ann was here", "", '"Ann"', '{"n":  2}']
    out, bad = spark_worker.redact_lines(r, lines, "jsonl")
    assert ['{"who":"[NAME]","n":1}  ', "[NAME] was here", "", '"[NAME]"', '{"n":  2}'] == out
    assert 1 == bad


def test_paced_detector_spends_the_budget(spark_worker: ModuleType) -> None:
    """At 10 texts/s, 25 texts go out in chunks of 10 with 1 s and 1 s of waiting (fake clock)."""
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    inner = FakeDetector({"Ann": "NAME"})
    paced = spark_worker.PacedDetector(inner, 10, clock=lambda: now[0], sleep=sleep)
    found = paced.detect(["Ann"] * 25)
    assert 25 == len(found) and all(f for f in found)
    assert [10, 10, 5] == inner.batch_sizes
    assert [1.0, 1.0] == slept


def test_worker_reuses_one_redactor_per_process(spark_worker: ModuleType) -> None:
    """get_redactor builds once per job token and then returns the same object."""
    cfg = spark_worker.JobConfig(token="t-reuse", backend="regex")
    assert spark_worker.get_redactor(cfg) is spark_worker.get_redactor(cfg)
    other = spark_worker.JobConfig(token="t-other", backend="regex")
    assert spark_worker.get_redactor(cfg) is not spark_worker.get_redactor(other)
