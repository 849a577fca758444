"""Redact text or JSON-lines log datasets with Spark; one output file per input file, line order kept.

    spark-submit adapters/spark/redact_job.py --input s3a://logs/2026/11/25/ --output s3a://clean/2026/11/25/ \\
        --format text --backend builtin [--mode replace] [--config piiredact.toml]

How it runs (see README.md for the guarantees and the sizing figures):

1. read every input file with Spark's text source; each row keeps ``_metadata.file_path``,
   ``_metadata.file_block_start`` (the split's byte offset) and ``monotonically_increasing_id()``
   (increasing within a split), which together give each line's position in its file;
2. ``mapInArrow`` redacts the rows in batches with one :class:`piiredact.Redactor` per Python
   worker process (cached in ``piiredact_spark``), in parallel over the input splits;
3. the redacted rows are shuffled by file and sorted by (split offset, row id) within each file,
   written one file per input file, and moved to ``<output>/<path relative to the inputs>``;
4. a value-free summary (lines, findings per entity, fallbacks) goes to
   ``<output>/_piiredact_summary.json`` and to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import piiredact_spark as worker

from piiredact import PiiRedactError, Policy, __version__
from piiredact import build_policy as _build_policy
from piiredact import build_redactor as _build_redactor

SUMMARY_NAME = "_piiredact_summary.json"
_TMP_NAME = "_piiredact_tmp"
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy")


@dataclass
class JobArgs:
    """The job's options (the command line, or a test's keyword arguments)."""

    input: Sequence[str]
    output: str
    fmt: worker.Format = "text"
    backend: str = "builtin"
    mode: str | None = None
    config: str | None = None
    backend_options: dict[str, Any] = field(default_factory=dict)
    batch_size: int = 512
    max_rps: float | None = None
    worker_slots: int | None = None
    recursive: bool = False
    overwrite: bool = False


def parse_args(argv: Sequence[str] | None = None) -> tuple[JobArgs, str | None]:
    """``(JobArgs, --master or None)`` from the command line."""
    p = argparse.ArgumentParser(prog="redact_job.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--input", action="append", required=True,
                   help="file, directory or glob (local path, s3a://, hdfs://); repeatable")
    p.add_argument("--output", required=True, help="output directory (must not exist unless --overwrite)")
    p.add_argument("--format", dest="fmt", choices=["text", "jsonl"], default="text")
    p.add_argument("--backend", default="builtin", help="regex | builtin | presidio | comprehend")
    p.add_argument("--mode", help="action for every entity: mask | replace | hash | keep")
    p.add_argument("--config", help="piiredact TOML policy file (read on the driver, shipped to executors)")
    p.add_argument("--backend-option", action="append", default=[], metavar="KEY=VALUE",
                   help="passed to the backend (VALUE parsed as JSON when it is JSON); repeatable")
    p.add_argument("--batch-size", type=int, default=512, help="lines per detector call")
    p.add_argument("--max-rps", type=float,
                   help="global budget of detector requests (texts) per second, shared by all workers")
    p.add_argument("--worker-slots", type=int,
                   help="concurrent Python workers sharing --max-rps (default: spark.default.parallelism)")
    p.add_argument("--recursive", action="store_true", help="read input directories recursively")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    p.add_argument("--master", help="Spark master when run without spark-submit (e.g. local[2])")
    a = p.parse_args(argv)
    options: dict[str, Any] = {}
    for item in a.backend_option:
        key, sep, value = item.partition("=")
        if not sep or not key:
            p.error(f"--backend-option: expected KEY=VALUE, got a value without '=' for {key or '(empty)'}")
        try:
            options[key] = json.loads(value)
        except ValueError:
            options[key] = value
    if a.batch_size < 1:
        p.error("--batch-size: must be >= 1")
    args = JobArgs(input=a.input, output=a.output, fmt=a.fmt, backend=a.backend, mode=a.mode,
                   config=a.config, backend_options=options, batch_size=a.batch_size, max_rps=a.max_rps,
                   worker_slots=a.worker_slots, recursive=a.recursive, overwrite=a.overwrite)
    return args, a.master


def build_policy(config: str | None, mode: str | None) -> Policy:
    """The policy from ``--config`` then ``--mode`` (ConfigError naming the key on bad input)."""
    return _build_policy(config=config, mode=mode)


class _HadoopFS:
    """The few Hadoop FileSystem calls the job needs (local, s3a://, hdfs:// alike), via py4j."""

    def __init__(self, spark: Any) -> None:
        self._jvm = spark.sparkContext._jvm
        self._conf = spark.sparkContext._jsc.hadoopConfiguration()

    def _path(self, path: str) -> tuple[Any, Any]:
        p = self._jvm.org.apache.hadoop.fs.Path(path)
        return p.getFileSystem(self._conf), p

    def exists(self, path: str) -> bool:
        fs, p = self._path(path)
        return bool(fs.exists(p))

    def delete(self, path: str) -> None:
        fs, p = self._path(path)
        fs.delete(p, True)

    def data_files(self, directory: str) -> list[str]:
        """Files in ``directory`` that are data (not ``_SUCCESS``, ``.crc`` and the like)."""
        fs, p = self._path(directory)
        if not fs.exists(p):
            return []
        names = [st.getPath().toString() for st in fs.listStatus(p) if st.isFile()]
        return sorted(n for n in names if not posixpath.basename(n).startswith(("_", ".")))

    def move(self, src: str, dst: str) -> None:
        fs, s = self._path(src)
        d = self._jvm.org.apache.hadoop.fs.Path(dst)
        fs.mkdirs(d.getParent())
        if fs.exists(d):
            fs.delete(d, False)
        if not fs.rename(s, d):
            raise OSError(f"could not move a part file to {dst}")

    def write_bytes(self, path: str, data: bytes) -> None:
        fs, p = self._path(path)
        fs.mkdirs(p.getParent())
        out = fs.create(p, True)
        try:
            out.write(bytearray(data))
        finally:
            out.close()


def output_names(files: Sequence[str]) -> list[str]:
    """Each input file's output name: its path relative to the inputs' common directory,
    without a compression suffix (Spark decompresses on read, the job writes plain text)."""
    paths = [worker.normalise_path(f).split("://", 1)[1] for f in files]
    if len(paths) == 1:
        rel = [posixpath.basename(paths[0])]
    else:
        root = posixpath.commonpath(paths)
        rel = [posixpath.relpath(p, root) for p in paths]
    out = []
    for r in rel:
        for suffix in _COMPRESSION_SUFFIXES:
            if r.endswith(suffix):
                r = r[: -len(suffix)]
                break
        out.append(r)
    if len(set(out)) != len(out):
        raise PiiRedactError("input: two input files map to the same output name (e.g. a.log and a.log.gz)")
    return out


def run(spark: Any, args: JobArgs) -> dict[str, Any]:
    """Run the job on ``spark``; returns the summary (also written next to the output)."""
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    policy = build_policy(args.config, args.mode)
    # fail fast on the driver (a backend that cannot start is a ConfigError here)
    _build_redactor(backend=args.backend, policy=policy, backend_options=args.backend_options).close()
    sc = spark.sparkContext
    slots = args.worker_slots or sc.defaultParallelism
    cfg = worker.JobConfig(
        token=uuid.uuid4().hex, backend=args.backend, policy=policy,
        backend_options=dict(args.backend_options), fmt=args.fmt, batch_size=args.batch_size,
        max_rps=(args.max_rps / max(1, slots)) if args.max_rps else None,
    )
    # Executors import the worker module by name (see piiredact_spark's docstring); once per context.
    if not any(f.endswith("/piiredact_spark.py") for f in getattr(sc, "listFiles", [])):
        sc.addPyFile(worker.__file__)

    fs = _HadoopFS(spark)
    out_dir = args.output.rstrip("/")
    if fs.exists(out_dir):
        if not args.overwrite:
            raise PiiRedactError("output: directory exists (pass --overwrite to replace it)")
        fs.delete(out_dir)

    reader = spark.read.format("text")
    if args.recursive:
        reader = reader.option("recursiveFileLookup", "true")
    df = reader.load(list(args.input))
    files = sorted(df.inputFiles())
    names = output_names(files) if files else []

    rows = df.select(
        F.col("value").alias(worker.VALUE),
        F.col("_metadata.file_path").alias(worker.PATH),
        F.col("_metadata.file_block_start").alias(worker.BLOCK),
        F.monotonically_increasing_id().alias(worker.ROW),
    )
    acc = sc.accumulator({}, worker.DictSumParam())
    schema = f"{worker.VALUE} string, {worker.FID} int, {worker.BLOCK} long, {worker.ROW} long"
    redacted = rows.mapInArrow(worker.BatchRedactor(cfg, files, acc), schema)
    n_parts = max(1, min(len(files), int(spark.conf.get("spark.sql.shuffle.partitions"))))
    ordered = redacted.repartition(n_parts, worker.FID).sortWithinPartitions(
        worker.FID, worker.BLOCK, worker.ROW)
    tmp = f"{out_dir}/{_TMP_NAME}"
    ordered.select(worker.VALUE, worker.FID).write.partitionBy(worker.FID).text(tmp)

    for fid, name in enumerate(names):
        parts = fs.data_files(f"{tmp}/{worker.FID}={fid}")
        if len(parts) > 1:  # cannot happen with one shuffle partition per file; never guess an order
            raise PiiRedactError(f"output: {len(parts)} part files for one input file; order not guaranteed")
        if parts:
            fs.move(parts[0], f"{out_dir}/{name}")
        else:  # an empty input file still gets its (empty) output
            fs.write_bytes(f"{out_dir}/{name}", b"")
    fs.delete(tmp)

    summary: dict[str, Any] = {
        "piiredact_version": __version__,
        "backend": args.backend,
        "format": args.fmt,
        "files": len(files),
        **worker.summarise(acc.value),
        "elapsed_seconds": round(time.perf_counter() - t0, 3),
    }
    fs.write_bytes(f"{out_dir}/{SUMMARY_NAME}", (json.dumps(summary, indent=2) + "\n").encode())
    fs.write_bytes(f"{out_dir}/_SUCCESS", b"")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    args, master = parse_args(argv)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("piiredact-redact")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        summary = run(spark, args)
    except PiiRedactError as e:
        print(f"redact_job: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # Spark's own errors (missing input, ...): one line, no stack
        if type(e).__module__.split(".")[0] != "pyspark":
            raise
        print(f"redact_job: {str(e).strip().splitlines()[0]}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
