"""The CLI's batch pipeline: bytes in, records analysed in batches, bytes out, in order.

::

    reader thread ──data──▶ Batcher ──chunk of whole records──▶ Processor (here or in a worker)
                            (cut at record starts;              decode once, split records,
                             by size, or after ~50 ms idle)     one Detector.detect per chunk
                                                                       │
    Sink (stdout/-o, progress) ◀──────── in submission order ──────────┘

Workers receive and return raw ``bytes`` (cheap to pickle) and build their own
``Redactor`` once, in the pool initializer. At most ``2 * workers + 1`` chunks are in
flight, so memory stays bounded on an endless stream. If a worker dies or fails, its
chunks are redone in this process with the regex tier and counted: nothing is lost and
no raw line is ever written.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ._cli_io import Output, Progress, Reader
from ._metrics import Metrics
from ._policy import Policy
from ._records import RecordRule
from ._redactor import Redactor

#: A processed chunk: output bytes, records in it, anything found (scan), value-free stats.
Result = tuple[bytes, int, bool, dict[str, object]]

#: Default bytes per batch: big enough to amortise a detector call and process hand-off.
BATCH_BYTES = 256 * 1024
#: A batch is flushed when its oldest line has waited this long and no input is ready.
MAX_DELAY = 0.05
#: A multi-line record is cut (at a line boundary) beyond this size.
MAX_RECORD = 1024 * 1024
#: A single line longer than this is cut at whitespace (bounded memory on binary input).
MAX_LINE = 32 * 1024 * 1024

# A line that may begin a JSON document (``--format auto`` tries only these).
_MAYBE_JSON = re.compile(r"^[ \t]*[\[{]", re.MULTILINE)


@dataclass(frozen=True)
class Options:
    """What every processor needs; picklable (sent once to each worker)."""

    command: str = "redact"  # "redact" | "scan"
    fmt: str = "auto"  # input: "auto" | "text" | "jsonl"
    table: bool = False  # scan: human table instead of JSON lines
    json_field: str | None = None  # scan: analyse this JSON field
    rule: RecordRule = field(default_factory=lambda: RecordRule("auto"))
    backend: str = "builtin"
    policy: Policy = field(default_factory=Policy)


# -- processing one chunk (in this process or a worker) ---------------------------------

_NOT_JSON = object()


class Processor:
    """Turns a chunk of whole records (raw bytes) into output bytes with one detector call."""

    def __init__(self, options: Options, redactor: Redactor) -> None:
        self.options = options
        self.redactor = redactor
        self._split = options.rule.split

    def process(self, chunk: bytes, first_line: int = 1) -> Result:
        r = self.redactor
        r.metrics = Metrics()  # per-chunk counters, merged by the parent
        # surrogateescape: invalid UTF-8 bytes become lone surrogates and are written back
        # as the very same bytes.
        text = chunk.decode("utf-8", "surrogateescape")
        tail = ""
        if text.endswith("\n"):
            text, tail = text[:-1], "\n"
        records = self._split(text)
        found = False
        if self.options.command == "scan":
            out, found = self._scan(records, first_line)
        else:
            out = self._redact(text, records) + tail
        return _encode(out), len(records), found, r.metrics.snapshot()

    # -- redact -------------------------------------------------------------------------

    def _redact(self, text: str, records: list[str]) -> str:
        fmt = self.options.fmt
        if fmt == "text" or (fmt == "auto" and _MAYBE_JSON.search(text) is None):
            return "\n".join(self.redactor.redact_many(records))
        objs = [self._parse(rec) for rec in records]
        if all(o is _NOT_JSON for o in objs):
            return "\n".join(self.redactor.redact_many(records))
        values = [rec if o is _NOT_JSON else o for rec, o in zip(records, objs)]
        try:
            new = self.redactor.redact_values(values)
        except RecursionError:  # absurdly deep JSON: analyse it as plain text instead
            return "\n".join(self.redactor.redact_many(records))
        out: list[str] = []
        for rec, obj, value in zip(records, objs, new):
            if obj is _NOT_JSON:
                out.append(value)
            elif value == obj:
                out.append(rec)  # nothing redacted: keep the original bytes and formatting
            else:
                trail = rec[len(rec.rstrip()):]
                out.append(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + trail)
        return "\n".join(out)

    def _parse(self, rec: str) -> Any:
        if self.options.fmt == "auto":
            s = rec.lstrip(" \t")
            if not s or s[0] not in "{[":
                return _NOT_JSON
        try:
            return json.loads(rec)
        except (ValueError, RecursionError):
            return _NOT_JSON  # not JSON: treated as text, never dropped

    # -- scan ---------------------------------------------------------------------------

    def _scan(self, records: list[str], first_line: int) -> tuple[str, bool]:
        texts = records if self.options.json_field is None else [self._field_text(r) for r in records]
        found = self.redactor.detect(texts)
        counts: dict[str, int] = {}
        any_found = False
        out: list[str] = []
        if self.options.table:
            line = first_line
            for text, fs in zip(texts, found):
                for f in fs:
                    counts[f.entity] = counts.get(f.entity, 0) + 1
                    ln = line + text.count("\n", 0, f.start)
                    col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
                    out.append(f"{ln:>9}  {col:>6}  {len(f):>6}  {f.entity:<22} {f.score:5.2f}  {f.source}\n")
                line += 1 + (text.count("\n") if self.options.json_field is None else 0)
                any_found = any_found or bool(fs)
        else:
            for fs in found:
                for f in fs:
                    counts[f.entity] = counts.get(f.entity, 0) + 1
                any_found = any_found or bool(fs)
                out.append(json.dumps({"findings": [f.as_dict() for f in fs]}, separators=(",", ":")) + "\n")
        self.redactor.metrics.incr("records", len(texts))
        if counts:
            self.redactor.metrics.add_all(counts, prefix="findings.")
        return "".join(out), any_found

    def _field_text(self, rec: str) -> str:
        try:
            obj = json.loads(rec)
        except (ValueError, RecursionError):
            return rec  # not JSON: analyse the whole line (fail closed)
        name = self.options.json_field or ""
        value: Any = obj
        if isinstance(obj, dict) and name in obj:
            value = obj[name]
        else:
            for part in name.split("."):
                if not isinstance(value, dict) or part not in value:
                    return ""
                value = value[part]
        if isinstance(value, str):
            return value
        if value is None:
            return ""
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that did not come from our own decoding
        return text.encode("utf-8", "backslashreplace")


# -- worker processes ----------------------------------------------------------------

_WORKER: Processor | None = None


def _init_worker(options: Options) -> None:
    # Ctrl-C goes to the whole process group: the parent decides, workers finish their batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER
    _WORKER = Processor(options, Redactor(options.backend, options.policy))


def _work(chunk: bytes, first_line: int) -> Result:
    if _WORKER is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker not initialised")
    return _WORKER.process(chunk, first_line)


def _ready() -> int:
    return os.getpid()


def merge_stats(into: dict[str, Any], part: Mapping[str, object]) -> None:
    """Add one chunk's value-free stats to a running total (counters, maxima, histograms)."""
    for k, v in part.items():
        if k.endswith("_hist") and isinstance(v, Mapping):
            hist = into.setdefault(k, {})
            for bucket, n in v.items():
                hist[bucket] = hist.get(bucket, 0) + n
        elif k.endswith("_max") and isinstance(v, (int, float)):
            into[k] = max(into.get(k, v), v)
        elif isinstance(v, (int, float)):
            into[k] = into.get(k, 0) + v


def _mp_context() -> Any:
    # fork is cheap (workers inherit the imported modules) and safe here: pools are
    # created before the reader thread starts, and the reader never holds a Python-level
    # lock that a child could need. Elsewhere (macOS, Windows) spawn is the safe choice.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


class Pipeline:
    """Processes chunks serially or on a process pool; results leave in submission order."""

    MAX_RESTARTS = 3

    def __init__(self, options: Options, workers: int, parent: Processor,
                 emit: Callable[[Result, int, int], None], notify: Callable[[], None] | None = None) -> None:
        self.options = options
        self.workers = max(1, workers)
        self._parent = parent
        self._emit = emit
        self._notify = notify
        self._rescuer: Processor | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._restarts = 0
        self._inflight: deque[tuple[Future[Result] | None, bytes, int, int]] = deque()
        self.max_inflight = 2 * self.workers + 1
        self.stats: dict[str, Any] = {}

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker processes (before any thread starts: see ``_mp_context``)."""
        if self.workers > 1:
            self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor | None:
        try:
            pool = ProcessPoolExecutor(self.workers, mp_context=_mp_context(),
                                       initializer=_init_worker, initargs=(self.options,))
            # Fork every worker now (Python 3.10 spawns them one per submit) and prove they start.
            for fut in [pool.submit(_ready) for _ in range(self.workers)]:
                fut.result()
        except Exception:
            self.stats["worker_failures"] = self.stats.get("worker_failures", 0) + 1
            return None
        return pool

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None

    # -- work ---------------------------------------------------------------------------

    def submit(self, chunk: bytes, first_line: int, lines: int) -> None:
        """Process ``chunk`` (whole records) now or on a worker; write what is ready."""
        if self.workers == 1:
            try:
                result = self._parent.process(chunk, first_line)
            except Exception:  # an unexpected failure (the Redactor already handles the backend's)
                result = self._rescue(chunk, first_line, "processing_failures")
            self._finish(result, lines, len(chunk))
            return
        while len(self._inflight) >= self.max_inflight:
            self._complete_head()
        fut = self._pool_submit(chunk, first_line)
        self._inflight.append((fut, chunk, first_line, lines))
        self.poll()

    def _pool_submit(self, chunk: bytes, first_line: int) -> Future[Result] | None:
        if self._pool is None and self._restarts < self.MAX_RESTARTS:
            self._restarts += 1
            self._pool = self._new_pool()
        if self._pool is None:
            return None  # no workers left: redone here with the regex tier
        try:
            fut = self._pool.submit(_work, chunk, first_line)
        except Exception:  # BrokenProcessPool / shut down: rescue this chunk
            self._drop_pool()
            return None
        if self._notify is not None:
            notify = self._notify
            fut.add_done_callback(lambda _f: notify())
        return fut

    def poll(self) -> None:
        """Write every finished result at the head of the queue (never blocks)."""
        while self._inflight and (self._inflight[0][0] is None or self._inflight[0][0].done()):
            self._complete_head()

    def drain(self) -> None:
        """Wait for and write every chunk in flight."""
        while self._inflight:
            self._complete_head()

    @property
    def pending(self) -> int:
        return len(self._inflight)

    def _complete_head(self) -> None:
        fut, chunk, first_line, lines = self._inflight[0]
        result: Result | None = None
        if fut is not None:
            try:
                result = fut.result()
            except Exception:  # the worker died or raised: fail closed, redo here
                self._drop_pool()
        if result is None:
            result = self._rescue(chunk, first_line)
        self._inflight.popleft()
        self._finish(result, lines, len(chunk))

    def _drop_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _rescue(self, chunk: bytes, first_line: int, counter: str = "worker_failures") -> Result:
        if self._rescuer is None:
            self._rescuer = Processor(self.options, Redactor("regex", self.options.policy, fallback=None))
        out, records, found, stats = self._rescuer.process(chunk, first_line)
        stats = dict(stats)
        stats[counter] = 1
        stats["fallbacks"] = int(stats.get("fallbacks", 0)) + records  # type: ignore[call-overload]
        return out, records, found, stats

    def _finish(self, result: Result, lines: int, nbytes: int) -> None:
        merge_stats(self.stats, result[3])
        self._emit(result, lines, nbytes)


# -- cutting the byte stream into chunks of whole records --------------------------------


class Batcher:
    """Accumulates input bytes and cuts them into chunks of whole records."""

    def __init__(self, rule: RecordRule, batch_bytes: int = BATCH_BYTES,
                 max_record: int = MAX_RECORD, max_line: int = MAX_LINE) -> None:
        self.rule = rule
        self.batch_bytes = batch_bytes
        self.max_record = max_record
        self.max_line = max_line
        self.buf = bytearray()
        self.line = 1  # number of the first line in buf
        self.since: float | None = None  # when the oldest waiting byte arrived
        self.cut_lines = 0  # overlong lines cut at whitespace (counted, value-free)

    def add(self, data: bytes) -> None:
        if self.since is None:
            self.since = time.monotonic()
        self.buf += data

    def take(self, how: str) -> tuple[bytes, int, int] | None:
        """``(chunk, first_line, lines)`` or None. ``how``: ``size`` (only a full batch,
        the last record held back for its continuation), ``time`` (every complete line,
        closing the pending record) or ``final`` (everything, end of an input)."""
        buf = self.buf
        if not buf:
            self.since = None
            return None
        if how == "final":
            cut = len(buf)
        elif how == "size":
            if len(buf) < self.batch_bytes:
                return None
            cut = self._size_cut()
        else:
            cut = buf.rfind(b"\n") + 1
        if cut <= 0:
            return None
        chunk = bytes(buf[:cut])
        del buf[:cut]
        lines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
        first = self.line
        self.line += lines
        self.since = time.monotonic() if buf else None
        return chunk, first, lines

    def _size_cut(self) -> int:
        buf = self.buf
        end = buf.rfind(b"\n") + 1
        if end == 0:
            if len(buf) <= self.max_line:
                return 0
            self.cut_lines += 1
            # Cut an endless line at whitespace so a value is never split in two.
            sp = max(buf.rfind(b" ", len(buf) - READ_TAIL), buf.rfind(b"\t", len(buf) - READ_TAIL))
            return sp + 1 if sp > 0 else len(buf)
        if not self.rule.grouping:
            return end
        # Hold back the last record: its continuation lines may still be on their way.
        pos = buf.rfind(b"\n", 0, end - 1) + 1
        floor = max(0, end - self.max_record)
        while pos > floor:
            nl = buf.find(b"\n", pos)
            if self.rule.starts_record(buf[pos:nl].decode("utf-8", "surrogateescape")):
                return pos
            pos = buf.rfind(b"\n", 0, pos - 1) + 1
        if pos == 0 and end < self.max_record:
            return 0  # one record so far, still growing: wait for more
        return end  # a record beyond the cap: cut at a line boundary


READ_TAIL = 1024 * 1024


# -- the streaming loop ------------------------------------------------------------------


@dataclass
class Outcome:
    """How a run ended (value-free)."""

    lines: int = 0
    records: int = 0
    found: bool = False
    bytes_in: int = 0
    bytes_out: int = 0
    error: str | None = None
    signal: int | None = None
    seconds: float = 0.0


class Sink:
    """Writes results in order and keeps the counters for the report and the progress bar."""

    def __init__(self, out: Output, progress: Progress, outcome: Outcome) -> None:
        self.out = out
        self.progress = progress
        self.outcome = outcome

    def emit(self, result: Result, lines: int, nbytes: int) -> None:
        data, records, found, _stats = result
        o = self.outcome
        o.bytes_in += nbytes
        if data:
            self.out.write(data)
        o.lines += lines
        o.records += records
        o.bytes_out += len(data)
        o.found = o.found or found
        self.progress.update(o.lines, o.bytes_in)


def run(reader: Reader, events: queue.SimpleQueue[tuple[str, Any]], batcher: Batcher,
        pipeline: Pipeline, outcome: Outcome, *, max_delay: float = MAX_DELAY) -> None:
    """Move every input byte through ``pipeline`` until end of input, an error or a signal.

    A batch closes when it reaches the batch size, or when its oldest line has waited
    ``max_delay`` and no more input is ready (so ``tail -f | piiredact`` flows line by
    line), or at the end of each input.
    """
    t0 = time.perf_counter()
    submit = pipeline.submit
    while True:
        since = batcher.since
        if since is None:
            timeout = 0.5
        else:
            timeout = min(0.5, max(0.0, since + max_delay - time.monotonic()))
        try:
            kind, payload = events.get(timeout=timeout)
        except queue.Empty:
            kind, payload = "tick", None
        if kind == "data":
            reader.taken()
            batcher.add(payload)
            while (b := batcher.take("size")) is not None:
                submit(*b)
        elif kind == "end":
            if (b := batcher.take("final")) is not None:
                submit(*b)
        elif kind == "eof":
            break
        elif kind in ("error", "signal"):
            if kind == "error":
                outcome.error = str(payload)
            else:
                outcome.signal = int(payload)
                reader.stop()
            # Whole lines read so far are still redacted and written; a trailing partial
            # line is not (half a value might not be recognisable as PII).
            if (b := batcher.take("time")) is not None:
                submit(*b)
            break
        since = batcher.since
        if since is not None and time.monotonic() - since >= max_delay and events.empty():
            if (b := batcher.take("time")) is not None:
                submit(*b)
        pipeline.poll()
    pipeline.drain()
    outcome.seconds = time.perf_counter() - t0


__all__ = ["BATCH_BYTES", "Batcher", "Options", "Outcome", "Pipeline", "Processor", "Sink", "merge_stats", "run"]
