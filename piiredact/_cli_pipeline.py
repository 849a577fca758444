"""The CLI's batch pipeline: bytes in, records analysed in batches, bytes out, in order.

::

    reader thread ──data──▶ Batcher ──chunk of whole records──▶ Processor (here or in a worker)
                            (cut at record starts;              decode once, split records,
                             by size, or after ~50 ms idle)     one detector call per chunk
                                                                (the library's line codec)
                                                                       │
    Sink (stdout/-o, progress) ◀──────── in submission order ──────────┘

Workers are plain forked processes, each with its own pair of pipes (no shared queue, no
shared lock: a worker killed mid-read cannot wedge the others). They receive and return
raw ``bytes`` and build their own ``Redactor`` once. A collector thread watches every
worker's result pipe and process sentinel, so a worker that dies (SIGKILL, OOM killer,
segfault) is noticed at once: its chunks are redone in this process with the regex tier
and counted, the other workers carry on, and nothing is lost or written raw. Workers
point their stdin/stdout at ``/dev/null`` so an orphan can never hold our output open.
At most ``2 * workers + 1`` chunks are in flight, so memory stays bounded.
"""

from __future__ import annotations

import codecs
import json
import multiprocessing
import os
import pickle
import queue
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, NamedTuple

from ._cli_io import Output, Progress, Reader
from ._codec import is_text, parse_line, redact_lines, scan_lines_result
from ._options import build_redactor
from ._policy import Policy
from ._records import RecordRule
from ._redactor import Redactor, ScanResult, ValueFinding
from ._threads import block_process_signals


class ChunkResult(NamedTuple):
    """A processed chunk: output bytes, records in it, anything found (scan), value-free stats."""

    data: bytes
    records: int
    found: bool
    stats: dict[str, object]


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
    fallback: str | None = "auto"
    timeout: float | None = None

    def build(self, backend: str | None = None, fallback: object = ...) -> Redactor:
        """This run's Redactor (the one options path: the library's builder)."""
        return build_redactor(backend=backend or self.backend, policy=self.policy,
                              fallback=self.fallback if fallback is ... else fallback, timeout=self.timeout)


# -- processing one chunk (in this process or a worker) ---------------------------------


def _escape_foreign(err: UnicodeError) -> tuple[bytes, int]:
    """Encoding errors: a surrogate from our own decoding (U+DC80..U+DCFF) is written back
    as the byte it stood for; any other lone surrogate (a JSON ``\\ud800`` escape that was
    decoded and re-serialised) as the text ``\\ud800``, which in a JSON string is the very
    same escape. Character by character: one such value never alters another line."""
    assert isinstance(err, UnicodeEncodeError)
    out = bytearray()
    for ch in err.object[err.start:err.end]:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(o - 0xDC00)
        else:
            out += b"\\u%04x" % o
    return bytes(out), err.end


codecs.register_error("piiredact.surrogates", _escape_foreign)


def encode(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")  # the common case, at C speed
    except UnicodeEncodeError:
        return text.encode("utf-8", "piiredact.surrogates")


def _delta(before: Mapping[str, object], after: Mapping[str, object]) -> dict[str, object]:
    """What one chunk added to a redactor's cumulative, value-free metrics."""
    out: dict[str, object] = {}
    for k, v in after.items():
        old = before.get(k)
        if k.endswith("_hist") and isinstance(v, Mapping):
            prev = old if isinstance(old, Mapping) else {}
            hist = {b: n - prev.get(b, 0) for b, n in v.items() if n - prev.get(b, 0)}
            if hist:
                out[k] = hist
        elif k.endswith("_max"):
            out[k] = v
        elif isinstance(v, (int, float)) and v != (old or 0):
            out[k] = v - (old if isinstance(old, (int, float)) else 0)
    return out


class Processor:
    """Turns a chunk of whole records (raw bytes) into output bytes with one detector call."""

    def __init__(self, options: Options, redactor: Redactor) -> None:
        self.options = options
        self.redactor = redactor
        self._split = options.rule.split

    def process(self, chunk: bytes, first_line: int = 1) -> ChunkResult:
        before = self.redactor.metrics.snapshot()
        # surrogateescape: invalid UTF-8 bytes become lone surrogates and are written back
        # as the very same bytes.
        text = chunk.decode("utf-8", "surrogateescape")
        tail = ""
        if text.endswith("\n"):
            text, tail = text[:-1], "\n"
        records = self._split(text)
        stats: dict[str, object] = {}
        found = False
        if self.options.command == "scan":
            out, found, tier, reason = self._scan(records, first_line, stats)
        else:
            out, tier, reason = self._redact(text, records)
            out += tail
        stats.update(_delta(before, self.redactor.metrics.snapshot()))
        if tier != "primary":
            stats[f"records_{tier}"] = len(records)
            stats[f"reason.{reason or 'unknown'}"] = 1
        return ChunkResult(encode(out), len(records), found, stats)

    # -- redact -------------------------------------------------------------------------

    def _redact(self, text: str, records: list[str]) -> tuple[str, str, str | None]:
        fmt = self.options.fmt
        if fmt == "auto" and _MAYBE_JSON.search(text) is None:
            fmt = "text"  # no line can be JSON: skip the per-line parse
        result = redact_lines(self.redactor, records, fmt)  # type: ignore[arg-type]
        return "\n".join(result.values), result.tier, result.reason

    # -- scan ---------------------------------------------------------------------------

    def _scan(self, records: list[str], first_line: int,
              stats: dict[str, object]) -> tuple[str, bool, str, str | None]:
        fmt = self.options.fmt
        missing: list[bool] = []
        if self.options.json_field is None:
            result = scan_lines_result(self.redactor, records, fmt)  # type: ignore[arg-type]
        else:
            result, missing = self._scan_field(records, stats)
        found = result.findings
        counts: dict[str, int] = {}
        any_found = False
        out: list[str] = []
        line = first_line
        for i, (rec, fs) in enumerate(zip(records, found)):
            for f in fs:
                counts[f.entity] = counts.get(f.entity, 0) + 1
            any_found = any_found or bool(fs)
            if self.options.table:
                for f in fs:
                    out.append(_table_row(rec, f, line))
            else:
                row: dict[str, object] = {"findings": [f.as_dict() for f in fs]}
                if missing and missing[i]:
                    row["field_missing"] = True
                out.append(json.dumps(row, separators=(",", ":")) + "\n")
            line += 1 + rec.count("\n")
        stats["records"] = len(records)
        for k, v in counts.items():
            stats[f"findings.{k}"] = v
        return "".join(out), any_found, result.tier, result.reason

    def _scan_field(self, records: list[str], stats: dict[str, object]) -> tuple[ScanResult, list[bool]]:
        """``--field a.b``: what redact would redact in that field of each JSON record
        (its key as context, ``redact_keys`` whole), offsets into the field's value."""
        name = self.options.json_field or ""
        leaf = name.rsplit(".", 1)[-1]
        values: list[Any] = []
        missing: list[bool] = []
        for rec in records:
            doc = parse_line(rec, "jsonl")
            if is_text(doc):
                values.append(rec)  # not JSON: analyse the whole record (fail closed)
                missing.append(False)
                stats["records_not_json"] = int(stats.get("records_not_json", 0)) + 1  # type: ignore[call-overload]
                continue
            ok, value = _lookup(doc, name)
            missing.append(not ok)
            values.append({leaf: value} if ok else "")
        stats["field_present"] = missing.count(False) - int(stats.get("records_not_json", 0))  # type: ignore[call-overload]
        stats["field_missing"] = missing.count(True)
        result = self.redactor.scan_values_result(values)
        # Paths relative to the field: a string field's findings are offsets into it.
        found = [[ValueFinding(f.path[1:], f.start, f.end, f.entity, f.score, f.source) for f in fs]
                 if isinstance(v, dict) else fs for v, fs in zip(values, result.findings)]
        return ScanResult(found, result.tier, result.reason), missing


def _lookup(doc: Any, name: str) -> tuple[bool, Any]:
    if isinstance(doc, dict) and name in doc:
        return True, doc[name]
    value = doc
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return False, None
        value = value[part]
    return True, value


def _table_row(rec: str, f: ValueFinding, line: int) -> str:
    if f.path:  # a JSON value: where is its path (keys only, never the value)
        where = ".".join(str(p) for p in f.path)
        return f"{line:>9}  {where:>6}  {f.end - f.start:>6}  {f.entity:<22} {f.score:5.2f}  {f.source}\n"
    ln = line + rec.count("\n", 0, f.start)
    col = f.start - (rec.rfind("\n", 0, f.start) + 1) + 1
    return f"{ln:>9}  {col:>6}  {f.end - f.start:>6}  {f.entity:<22} {f.score:5.2f}  {f.source}\n"


# -- worker processes ----------------------------------------------------------------


def _worker_main(tasks: Connection, results: Connection, options: Options, inherited: list[Connection]) -> None:
    # Ctrl-C goes to the whole process group: the parent decides, workers finish their batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    for conn in inherited:  # the parent's ends of the other workers' pipes
        conn.close()
    # Never hold the parent's stdout (a downstream reader would wait for our EOF) or stdin.
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    try:
        processor = Processor(options, options.build())
    except BaseException as e:  # reported to the parent by type only
        results.send_bytes(pickle.dumps(("init_failed", -1, type(e).__name__)))
        return
    while True:
        try:
            seq, chunk, first_line = pickle.loads(tasks.recv_bytes())
        except (EOFError, OSError):
            return  # the parent closed our pipe (or is gone): done
        try:
            msg: tuple[Any, ...] = ("ok", seq, processor.process(chunk, first_line))
        except Exception as e:  # never the message (it may hold data)
            msg = ("error", seq, type(e).__name__)
        try:
            results.send_bytes(pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            return


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
    # fork is cheap (workers inherit the imported modules) and safe here: workers are
    # created before the reader thread starts. Elsewhere (macOS, Windows) spawn.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


@dataclass(slots=True, eq=False)
class _Task:
    """One chunk in flight, in submission order."""

    seq: int
    chunk: bytes
    first_line: int
    lines: int
    worker: _Worker | None = None
    result: ChunkResult | None = None
    failed: str | None = None  # why the worker did not return it (value-free)
    done: threading.Event = field(default_factory=threading.Event)


@dataclass(slots=True, eq=False)
class _Worker:
    process: Any
    tasks: Connection  # parent -> worker
    results: Connection  # worker -> parent
    pending: dict[int, _Task] = field(default_factory=dict)
    alive: bool = True


class _Pool:
    """N forked workers, one pipe pair each, and a collector thread."""

    def __init__(self, options: Options, n: int, notify: Callable[[], None] | None) -> None:
        self._notify = notify
        self._lock = threading.Lock()
        ctx = _mp_context()
        self.workers: list[_Worker] = []
        self._wake_r, self._wake_w = os.pipe()
        # Signals are blocked while forking: a Ctrl-C now reaches the parent once the
        # workers exist (and never a worker that has not yet set SIG_IGN).
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            for _ in range(n):
                task_r, task_w = ctx.Pipe(duplex=False)
                res_r, res_w = ctx.Pipe(duplex=False)
                # The child must close its copies of the parent's ends (its own pipes' too):
                # else it would never see EOF on its task pipe.
                inherited = [c for w in self.workers for c in (w.tasks, w.results)] + [task_w, res_r]
                proc = ctx.Process(target=_worker_main, args=(task_r, res_w, options, inherited),
                                   name="piiredact-worker", daemon=True)
                proc.start()
                task_r.close()
                res_w.close()
                self.workers.append(_Worker(proc, task_w, res_r))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        self._collector = threading.Thread(target=self._collect, name="piiredact-collector", daemon=True)
        self._collector.start()

    def alive(self) -> list[_Worker]:
        with self._lock:
            return [w for w in self.workers if w.alive]

    def submit(self, task: _Task) -> bool:
        """Send ``task`` to the least busy live worker; False when none is left."""
        while True:
            with self._lock:
                live = [w for w in self.workers if w.alive]
                if not live:
                    return False
                w = min(live, key=lambda x: len(x.pending))
                w.pending[task.seq] = task
                task.worker = w
            try:
                w.tasks.send_bytes(pickle.dumps((task.seq, task.chunk, task.first_line),
                                                protocol=pickle.HIGHEST_PROTOCOL))
                return True
            except (OSError, ValueError):  # it died: its tasks (this one too) fail over
                self._dead(w, "died")
                if task.done.is_set():
                    return True

    def _collect(self) -> None:
        block_process_signals()  # signals go to the main thread (see _threads)
        try:
            self._collect_loop()
        except BaseException:  # never leave the main thread waiting on a task
            for w in list(self.workers):
                self._dead(w, "collector_failed")

    def _collect_loop(self) -> None:
        while True:
            with self._lock:
                live = [w for w in self.workers if w.alive]
            if not live:
                return
            watch: dict[Any, tuple[_Worker, str]] = {}
            for w in live:
                watch[w.results] = (w, "result")
                watch[w.process.sentinel] = (w, "exit")
            ready = wait([*watch, self._wake_r])
            if self._wake_r in ready:
                return
            for obj in ready:
                w, kind = watch[obj]
                if not w.alive:
                    continue
                if kind == "result":
                    try:
                        self._receive(w, w.results.recv_bytes())
                    except (EOFError, OSError):
                        self._dead(w, "died")
                    except Exception:  # an unreadable answer: fail that worker over
                        self._dead(w, "bad_result")
                else:
                    # Exited: results it sent before dying are still in the pipe.
                    try:
                        while w.results.poll():
                            self._receive(w, w.results.recv_bytes())
                    except (EOFError, OSError):
                        pass
                    self._dead(w, "died")

    def _receive(self, w: _Worker, data: bytes) -> None:
        kind, seq, payload = pickle.loads(data)
        if kind == "init_failed":
            self._dead(w, "init_failed")
            return
        with self._lock:
            task = w.pending.pop(seq, None)
        if task is None:
            return
        if kind == "ok":
            task.result = payload
        else:
            task.failed = "error"
        task.done.set()
        if self._notify is not None:
            self._notify()

    def _dead(self, w: _Worker, why: str) -> None:
        with self._lock:
            if not w.alive:
                return
            w.alive = False
            orphans = list(w.pending.values())
            w.pending.clear()
        for task in orphans:
            task.failed = why
            task.done.set()
        # Its task pipe is left to the main thread (it may be sending on it right now: a
        # send to a dead worker fails with EPIPE, and close() closes it).
        if w.process.is_alive():
            w.process.kill()  # half-alive (closed pipe, bad answer): never leave it running
        if self._notify is not None:
            self._notify()

    def close(self, *, cancel: bool = False) -> None:
        """Stop every worker: at once with ``cancel``, else after their current chunk.
        Bounded: a worker that does not exit in time is killed."""
        with _suppress():
            os.write(self._wake_w, b"x")
        for w in self.workers:
            with _suppress():
                w.tasks.close()  # EOF: the worker exits after its current chunk
            if cancel and w.process.is_alive():
                w.process.terminate()
        deadline = time.monotonic() + (2.0 if cancel else 10.0)
        for w in self.workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join(1.0)
        self._collector.join(2.0)
        for w in self.workers:
            with _suppress():
                w.results.close()
        for fd in (self._wake_r, self._wake_w):
            with _suppress():
                os.close(fd)


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], (OSError, ValueError))  # type: ignore[arg-type]


class Pipeline:
    """Processes chunks serially or on worker processes; results leave in submission order."""

    def __init__(self, options: Options, workers: int, parent: Processor,
                 emit: Callable[[ChunkResult, int, int], None], notify: Callable[[], None] | None = None) -> None:
        self.options = options
        self.workers = max(1, workers)
        self._parent = parent
        self._emit = emit
        self._notify = notify
        self._rescuer: Processor | None = None
        self._pool: _Pool | None = None
        self._inflight: deque[_Task] = deque()
        self._seq = 0
        self.max_inflight = 2 * self.workers + 1
        self.stats: dict[str, Any] = {}

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker processes (before any thread starts: see ``_mp_context``)."""
        if self.workers > 1:
            try:
                self._pool = _Pool(self.options, self.workers, self._notify)
            except (OSError, ValueError):
                self.stats["worker_failures"] = self.stats.get("worker_failures", 0) + 1
                self._pool = None

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.close(cancel=cancel)
            self._pool = None

    # -- work ---------------------------------------------------------------------------

    def submit(self, chunk: bytes, first_line: int, lines: int) -> None:
        """Process ``chunk`` (whole records) now or on a worker; write what is ready."""
        if self._pool is None or not self._pool.alive():
            # No workers (or none left): this process does the work, with the full backend.
            while self._inflight:
                self._complete_head()
            try:
                result = self._parent.process(chunk, first_line)
            except Exception:  # an unexpected failure (the Redactor already handles the backend's)
                result = self._rescue(chunk, first_line, "processing_failures")
            self._finish(result, lines, len(chunk))
            return
        while len(self._inflight) >= self.max_inflight:
            self._complete_head()
        self._seq += 1
        task = _Task(self._seq, chunk, first_line, lines)
        if not self._pool.submit(task):
            task.failed = "no_worker"
            task.done.set()
        self._inflight.append(task)
        self.poll()

    def poll(self) -> None:
        """Write every finished result at the head of the queue (never blocks)."""
        while self._inflight and self._inflight[0].done.is_set():
            self._complete_head()

    def drain(self) -> None:
        """Wait for and write every chunk in flight."""
        while self._inflight:
            self._complete_head()

    @property
    def pending(self) -> int:
        return len(self._inflight)

    def _complete_head(self) -> None:
        task = self._inflight[0]
        task.done.wait()
        result = task.result
        if result is None:  # the worker died or raised: fail closed, redo here
            result = self._rescue(task.chunk, task.first_line)
        self._inflight.popleft()
        self._finish(result, task.lines, len(task.chunk))

    def _rescue(self, chunk: bytes, first_line: int, counter: str = "worker_failures") -> ChunkResult:
        if self._rescuer is None:
            self._rescuer = Processor(self.options, self.options.build("regex", fallback=None))
        out = self._rescuer.process(chunk, first_line)
        stats = dict(out.stats)
        stats[counter] = 1
        stats["fallbacks"] = int(stats.get("fallbacks", 0)) + out.records  # type: ignore[call-overload]
        stats["records_fallback"] = out.records
        stats[f"reason.{counter}"] = 1
        return out._replace(stats=stats)

    def _finish(self, result: ChunkResult, lines: int, nbytes: int) -> None:
        merge_stats(self.stats, result.stats)
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

    def __init__(self, out: Output, progress: Progress, outcome: Outcome,
                 on_stats: Callable[[Mapping[str, object]], None] | None = None) -> None:
        self.out = out
        self.progress = progress
        self.outcome = outcome
        self.on_stats = on_stats

    def emit(self, result: ChunkResult, lines: int, nbytes: int) -> None:
        o = self.outcome
        o.bytes_in += nbytes
        if result.data:
            self.out.write(result.data)
        o.lines += lines
        o.records += result.records
        o.bytes_out += len(result.data)
        o.found = o.found or result.found
        if self.on_stats is not None:
            self.on_stats(result.stats)
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


__all__ = ["BATCH_BYTES", "Batcher", "ChunkResult", "Options", "Outcome", "Pipeline", "Processor", "Sink", "encode",
           "merge_stats", "run"]
