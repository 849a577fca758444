"""Executor-side half of the Spark redaction job (shipped to executors with ``addPyFile``).

Why a separate module: PySpark unpickles the task function for every task, so a cache
kept in the job script (``__main__`` on the driver) would be rebuilt per task. Objects
defined here are pickled *by reference*; the module is imported once per Python worker
process (Spark reuses workers across tasks), so :data:`_REDACTORS` really holds one
:class:`piiredact.Redactor` per worker process for the whole job.

Nothing in this module imports pyspark: the redaction logic is plain Python over lists
of strings and Arrow record batches, so it can be tested without a JVM.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple
from urllib.parse import unquote, urlsplit

from piiredact import Detector, Finding, Policy, Redactor, create_detector
from piiredact import build_redactor as _build
from piiredact import redact_lines as _codec_lines
from piiredact._codec import is_text, parse_line

Format = Literal["text", "jsonl"]

#: Column names of the rows flowing through the job (private: they never reach the output).
VALUE, PATH, BLOCK, ROW, FID = "value", "_path", "_block", "_row", "_fid"

#: Redactors of this worker process, keyed by the job's config token.
_REDACTORS: dict[str, Redactor] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class JobConfig:
    """Everything an executor needs to build its Redactor; built (and validated) on the driver.

    ``token`` identifies one job run: workers reuse the Redactor built for it across tasks.
    ``max_rps`` is this worker's share of the global request budget (None: unpaced).
    """

    token: str
    backend: str = "builtin"
    policy: Policy = field(default_factory=Policy)
    backend_options: Mapping[str, Any] = field(default_factory=dict)
    fmt: Format = "text"
    batch_size: int = 512
    max_rps: float | None = None


def build_redactor(cfg: JobConfig) -> Redactor:
    """A new Redactor for ``cfg`` (the paced wrapper included when a budget is set), through
    :func:`piiredact.build_redactor` like every other entry point."""
    if cfg.max_rps is None:
        return _build(backend=cfg.backend, policy=cfg.policy, backend_options=dict(cfg.backend_options))
    inner = create_detector(cfg.backend, **dict(cfg.backend_options))
    return _build(backend=PacedDetector(inner, cfg.max_rps), policy=cfg.policy)


def get_redactor(cfg: JobConfig) -> Redactor:
    """This worker process's Redactor for ``cfg``: built on first use, then reused."""
    r = _REDACTORS.get(cfg.token)
    if r is None:
        with _LOCK:
            r = _REDACTORS.get(cfg.token)
            if r is None:
                r = _REDACTORS[cfg.token] = build_redactor(cfg)
    return r


class PacedDetector:
    """Wraps a detector so this process sends at most ``rate`` texts per second to it.

    One text is counted as one request (Comprehend's DetectPiiEntities analyses one
    document per call), so the global budget is ``rate x`` the number of worker
    processes. Batches larger than one second's worth are split. Blocking is fine here:
    a batch job, not a caller's logging path. ``clock``/``sleep`` are injectable for tests.
    """

    def __init__(self, inner: Detector, rate: float, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("max_rps: must be > 0")
        self.inner = inner
        self.rate = float(rate)
        self.name = inner.name
        self.entities = inner.entities
        self._clock = clock
        self._sleep = sleep
        self._chunk = max(1, int(rate))
        self._next = clock()  # earliest time the next request may start

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        out: list[list[Finding]] = []
        for i in range(0, len(texts), self._chunk):
            piece = texts[i:i + self._chunk]
            now = self._clock()
            if self._next > now:
                self._sleep(self._next - now)
                now = self._next
            # Spend the budget up front: the next chunk waits until these requests are paid for.
            self._next = now + len(piece) / self.rate
            out.extend(self.inner.detect(piece))
        return out

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


# -- record logic (plain lists; the same for every engine) ---------------------------------


class LinesOut(NamedTuple):
    """One redacted batch: the lines out, and how many ``jsonl`` lines were not JSON."""

    lines: list[str]
    invalid: int


def redact_lines(redactor: Redactor, lines: Sequence[str], fmt: Format) -> LinesOut:
    """Redact one batch of lines with :func:`piiredact.redact_lines` (the CLI's codec).

    ``jsonl``: a line that parses as JSON is redacted value by value (keys as context,
    ``redact_keys`` whole) and re-serialised compactly, or kept byte for byte when nothing
    in it was redacted; any other line is redacted as text (and counted as invalid), so
    nothing passes unanalysed.
    """
    invalid = 0 if fmt == "text" else sum(
        1 for line in lines if line.strip() and is_text(parse_line(line, "jsonl")))
    return LinesOut(_codec_lines(redactor, lines, fmt).values, invalid)


def counters(redactor: Redactor) -> dict[str, int]:
    """The integer counters of the redactor's metrics (histograms and maxima left out)."""
    return {k: v for k, v in redactor.stats().items() if isinstance(v, int) and not isinstance(v, bool)}


def diff_counters(after: Mapping[str, int], before: Mapping[str, int]) -> dict[str, int]:
    """``after - before`` for every counter that moved."""
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}


def summarise(totals: Mapping[str, int]) -> dict[str, Any]:
    """The value-free findings summary written next to the output."""
    findings = {k.split(".", 1)[1]: v for k, v in sorted(totals.items()) if k.startswith("findings.")}
    return {
        "lines": totals.get("lines", 0),
        "findings": findings,
        "findings_total": sum(findings.values()),
        "fallbacks": totals.get("fallbacks", 0),
        "placeholders": totals.get("placeholders", 0),
        "backend_errors": totals.get("backend_errors", 0),
        "invalid_json_lines": totals.get("invalid_json", 0),
    }


def merge_counts(a: dict[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """Add ``b`` into ``a`` (the accumulator's merge)."""
    for k, v in b.items():
        a[k] = a.get(k, 0) + v
    return a


# -- Spark glue (pyarrow only; pyspark calls these objects) --------------------------------


def normalise_path(path: str) -> str:
    """One spelling per file: Spark writes ``file:/x`` in ``_metadata`` and ``file:///x`` in listings."""
    parts = urlsplit(path)
    return f"{parts.scheme}://{parts.netloc}{unquote(parts.path)}"


class BatchRedactor:
    """The ``mapInArrow`` function: redacts each Arrow batch of (value, path, block, row).

    An instance is pickled by value (its class by reference), carrying the config, the
    file list (path -> output index) and the accumulator for the summary counters.
    """

    def __init__(self, cfg: JobConfig, files: Sequence[str], accumulator: Any = None) -> None:
        self.cfg = cfg
        self.fids = {normalise_path(p): i for i, p in enumerate(files)}
        self.accumulator = accumulator

    def fid_of(self, path: str) -> int:
        try:
            return self.fids[normalise_path(path)]
        except KeyError:
            raise RuntimeError("input file missing from the driver's listing (did the input change?)") from None

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa
        import pyarrow.compute as pc

        redactor = get_redactor(self.cfg)
        totals: dict[str, int] = {}
        before = counters(redactor)
        size = self.cfg.batch_size
        for batch in batches:
            values = [v if v is not None else "" for v in batch.column(VALUE).to_pylist()]
            out: list[str] = []
            invalid = 0
            for i in range(0, len(values), size):
                red, bad = redact_lines(redactor, values[i:i + size], self.cfg.fmt)
                out.extend(red)
                invalid += bad
            paths = batch.column(PATH)
            uniq = paths.unique()
            fid_arr = pa.array([self.fid_of(p) for p in uniq.to_pylist()], pa.int32())
            fids = fid_arr.take(pc.index_in(paths, value_set=uniq))
            totals["lines"] = totals.get("lines", 0) + len(values)
            totals["invalid_json"] = totals.get("invalid_json", 0) + invalid
            yield pa.RecordBatch.from_arrays(
                [pa.array(out, pa.string()), fids, batch.column(BLOCK), batch.column(ROW)],
                names=[VALUE, FID, BLOCK, ROW],
            )
        if self.accumulator is not None:
            merge_counts(totals, diff_counters(counters(redactor), before))
            self.accumulator.add(totals)


class DictSumParam:
    """A pyspark ``AccumulatorParam`` (duck-typed, so this module needs no pyspark import)
    summing ``dict[str, int]`` counters from every task."""

    def zero(self, value: dict[str, int]) -> dict[str, int]:
        return {}

    def addInPlace(self, a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
        return merge_counts(a, b)
