"""``piiredact``: redact log files and streams (``redact``, the default) or list findings (``scan``).

This module owns the command line: options, precedence (flags > environment > config
file > defaults), exit statuses, signals, warnings and the report. The byte pipeline
lives in ``_cli_pipeline`` (batching, workers, order) and ``_cli_io`` (reader thread,
compression, outputs, progress); record grouping in ``_records``. Options become a
``Redactor`` through the library's one builder, and lines are redacted by its one codec.

Exit statuses: 0 done (``scan``: nothing found), 1 ``scan`` found something, 2 usage,
configuration or input error (also when some inputs could not be read: the others are
still processed, like ``cat``), 3 the backend answered no record at all (every record
was redacted by the fallback tier or a placeholder; ``--allow-fallback`` accepts that),
128+N killed by signal N after flushing (130 for Ctrl-C).
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from types import FrameType
from typing import Any, ClassVar, NoReturn

EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_DEGRADED = 0, 1, 2, 3


# -- signals: installed first, so no Ctrl-C ever ends in a traceback ---------------------


class _Signals:
    """SIGINT/SIGTERM for the whole run.

    Start-up (options, backend, workers): stop at once. Running: the first signal stops
    reading and flushes what was read (posted to the event queue); a second stops now.
    Finishing (flush, report): noted for the exit status. Any signal seen makes the exit
    status 128+N, whenever it came.
    """

    def __init__(self) -> None:
        self.first: int | None = None
        self.post: Callable[[int], None] | None = None  # set while the run loop listens
        self.count = 0
        self.finishing = False

    def install(self, signals: Sequence[int] = (signal.SIGINT, signal.SIGTERM)) -> None:
        if threading.current_thread() is threading.main_thread():
            for s in signals:
                signal.signal(s, self._handler)

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        self.count += 1
        if self.first is None:
            self.first = signum
        if self.post is not None and self.count == 1:
            self.post(signum)  # SimpleQueue.put is reentrant: safe in a handler
            return
        if self.post is None and self.count == 1 and self.finishing:
            return
        raise KeyboardInterrupt  # start-up, or a second signal: stop now

    @property
    def status(self) -> int:
        return 128 + (self.first or signal.SIGINT)


    def note(self, signum: int, frame: FrameType | None) -> None:
        """While this module's own imports run: remember the signal, raise nothing (a
        KeyboardInterrupt inside an import is a traceback); main() then exits 128+N."""
        if self.first is None:
            self.first = signum


# Installed before this module's own imports below run, and put back once they are done
# (an application importing this module keeps its own Ctrl-C behaviour).
_SIGNALS = _Signals()
_PREVIOUS_SIGINT = (signal.signal(signal.SIGINT, _SIGNALS.note)
                    if threading.current_thread() is threading.main_thread() else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the exit status (see the module docstring)."""
    early = _SIGNALS.first  # a Ctrl-C while this module was being imported
    _SIGNALS.__init__()  # type: ignore[misc]  # a fresh state per call
    _SIGNALS.install()
    if early is not None:
        return 128 + early
    try:
        status = _main(argv, _SIGNALS)
    except KeyboardInterrupt:
        return _SIGNALS.status
    _SIGNALS.finishing = True
    return _SIGNALS.status if _SIGNALS.first is not None else status


# -- everything else is imported after the handler is in place ------------------------------

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import queue  # noqa: E402

from . import __version__  # noqa: E402
from ._cli_io import (  # noqa: E402
    InputError,
    Output,
    Progress,
    Reader,
    check_inputs,
    check_output,
    known_size,
    same_file,
)
from ._cli_pipeline import BATCH_BYTES, Batcher, Options, Outcome, Pipeline, Processor, Sink, run  # noqa: E402
from ._exceptions import ConfigError, PiiRedactError  # noqa: E402
from ._options import build_policy  # noqa: E402
from ._policy import Policy  # noqa: E402
from ._records import record_rule  # noqa: E402
from ._redactor import Redactor  # noqa: E402
from .backends import DEFAULT_BACKEND, available_backends  # noqa: E402

_EPILOG = """\
examples:
  piiredact app.log > app.redacted.log        redact a file (text and JSON lines auto-detected)
  tail -f app.log | piiredact                  redact a live stream; lines flow as they come
  piiredact --mode replace --skip-keys request_id events.jsonl.gz -o clean.jsonl
  piiredact scan --format table app.log        list findings (never the values); exit 1 if any
  piiredact scan --help                        scan's own options

worked example:
  $ echo 'user=Ann Lee ssn=123-45-6789 mail=ann@example.com' | piiredact --mode replace
  user=[NAME] ssn=[SSN] mail=[EMAIL]

inputs: plain text, gzip, bzip2, xz/lzma (zstd with the zstandard package or Python 3.14),
  recognised by their first bytes; other archives and binary formats (zip, tar, 7z, ...) are
  refused. A missing input is reported and skipped; the others are processed; exit status 2.
precedence: command-line flags > PIIREDACT_* environment variables > --config file > defaults.
environment: PIIREDACT_BACKEND, PIIREDACT_WORKERS, PIIREDACT_FORMAT, PIIREDACT_CONFIG,
  PIIREDACT_RECORD_START, and the policy's PIIREDACT_MODE, _ENTITIES, _MIN_SCORE, _MASK_CHAR,
  _HASH_KEY (needed by --mode hash), _ALLOW, _REDACT_KEYS, _SKIP_KEYS.
exit status: 0 ok (scan: nothing found), 1 scan found PII, 2 usage/config/input error,
  3 the backend answered no record (all fell back; see --allow-fallback), 130 interrupted.
"""

_SCAN_EPILOG = """\
examples:
  piiredact scan app.log                       one JSON line of findings per record
  piiredact scan --format table app.log        a table: line, column (or JSON path), length, entity
  piiredact scan --field msg events.jsonl      only the "msg" field of each JSON line (a.b: nested)
  piiredact scan --report-json - -o findings.jsonl app.log   the summary on stdout

Findings are what 'piiredact' (redact) would redact with the same options: detected spans,
and whole values under redact_keys ({"password": ...}, source "redact_keys"). Offsets are
characters into the record (text) or into the value at "path" (JSON). Values are never printed.
exit status: 0 nothing found, 1 something found (a CI gate), 2 usage/config/input error (also
  --field naming a field no record has), 3 the backend answered no record, 130 interrupted.
"""


class _UsageError(Exception):
    """A bad command line; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser(command: str = "redact") -> argparse.ArgumentParser:
    scan = command == "scan"
    if scan:
        p = _Parser(
            prog="piiredact scan",
            usage="piiredact scan [FILE ...] [-o OUT] [--format auto|text|jsonl|table] [--field NAME] [options]",
            description="List where personal data is (never the values); nothing is changed. Reads FILEs in\n"
            "order (- or none: stdin; compressed inputs are detected). Exit status 1 when anything is found.",
            epilog=_SCAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    else:
        p = _Parser(
            prog="piiredact",
            usage="piiredact [redact|scan] [FILE ...] [-o OUT] [options]",
            description="Redact personal data (names, SSNs, emails, phones, cards, IPs, secrets) from log files\n"
            "and streams. Reads FILEs in order (- or none: stdin; compressed inputs are detected), writes in\n"
            "input order. 'piiredact scan' lists findings instead (see piiredact scan --help).",
            epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    p.add_argument("--version", action="version", version=f"piiredact {__version__}")
    p.add_argument("files", nargs="*", metavar="FILE", help="inputs (default: stdin)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write here instead of stdout (.gz, .bz2, .xz: compressed; other archive suffixes refused)")
    if scan:
        p.add_argument("--format", choices=["auto", "text", "jsonl", "table"],
                       help="input format (default auto: JSON lines value by value, other lines as text); "
                            "'table' prints a human table instead of JSON lines")
        p.add_argument("--field", metavar="NAME",
                       help="JSON lines: analyse only this field (a.b for nested); a field that no record has is "
                            "an error, records without it are counted")
    else:
        p.add_argument("--format", choices=["auto", "text", "jsonl"],
                       help="input format (default auto: JSON lines redacted value by value, other lines as text)")
        p.add_argument("--field", help=argparse.SUPPRESS)  # scan only: refused below with a clear message
    p.add_argument("--record-start", metavar="RULE",
                   help="start-of-record rule grouping multi-line records (stack traces): 'auto' "
                        "(default: indented lines, 'Traceback', 'Caused by:' and exception lines join "
                        "the record above), 'timestamp', 'line' (no grouping) or a regex (it must hold "
                        "regex syntax, e.g. ^START; a bare word is refused as a likely typo)")
    g = p.add_argument_group("detection and policy")
    g.add_argument("--backend", help=f"detector: {', '.join(available_backends())} (default {DEFAULT_BACKEND})")
    g.add_argument("--config", metavar="FILE", help="policy TOML file (the library's Policy keys)")
    g.add_argument("--mode", choices=["mask", "replace", "hash"],
                   help="mask keeps the length (****), replace gives [SSN], hash a keyed pseudonym")
    g.add_argument("--entities", metavar="LIST", help="comma-separated types to act on (default: all)")
    g.add_argument("--min-score", metavar="X", help="minimum detector score 0..1 (default 0.5)")
    g.add_argument("--redact-keys", metavar="KEYS",
                   help="JSON keys whose values are always redacted (added to the defaults)")
    g.add_argument("--skip-keys", metavar="KEYS", help="JSON keys whose values are never touched, e.g. request_id")
    g.add_argument("--allow-fallback", action="store_true",
                   help="accept a run in which the backend answered no record (every record redacted by the "
                        "fallback tier): exit 0 instead of 3")
    g = p.add_argument_group("throughput and reporting")
    g.add_argument("--workers", metavar="N", help="processes (default: number of cores; 1: no workers)")
    g.add_argument("--batch-bytes", metavar="N", type=int, default=BATCH_BYTES, help=argparse.SUPPRESS)
    g.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    g.add_argument("--report", action="store_true", help="print a value-free summary to stderr at the end")
    g.add_argument("--report-json", metavar="FILE",
                   help="write the summary as JSON; '-' writes it to stdout, allowed only with -o FILE "
                        "(otherwise stdout carries the output)")
    return p


# -- settings: flags > environment > config file > defaults ------------------------------


def _env(name: str) -> str | None:
    v = os.environ.get("PIIREDACT_" + name)
    return v if v else None


def _setting(args: argparse.Namespace, attr: str, env: str, flag: str) -> tuple[str | None, str]:
    """A setting's value and where it came from (named in errors: flag or variable)."""
    value = getattr(args, attr)
    if value is not None:
        return value, flag
    return _env(env), f"PIIREDACT_{env}"


def _named(source: str, e: ConfigError) -> ConfigError:
    """The builder's message with the option's own name (``PIIREDACT_MODE: ...``), not
    the policy field's (``options.action: ...``)."""
    text = str(e)
    _, sep, rest = text.partition(": ")
    return ConfigError(f"{source}: {rest if sep else text}")


# (argparse attribute, environment suffix(es), flag, builder option)
_POLICY_SETTINGS: tuple[tuple[str | None, tuple[str, ...], str, str], ...] = (
    ("mode", ("MODE", "ACTION"), "--mode", "mode"),
    ("entities", ("ENTITIES",), "--entities", "entities"),
    ("min_score", ("MIN_SCORE",), "--min-score", "min_score"),
    (None, ("MASK_CHAR", "MASK"), "", "mask"),
    (None, ("HASH_KEY",), "", "hash_key"),
    (None, ("ALLOW",), "", "allow"),
)


def _policy(args: argparse.Namespace) -> Policy:
    shortcuts: dict[str, Any] = {}
    for attr, envs, flag, option in _POLICY_SETTINGS:
        value: Any = getattr(args, attr) if attr is not None else None
        source = flag
        if value is None:
            for suffix in envs:
                value, source = _env(suffix), f"PIIREDACT_{suffix}"
                if value is not None:
                    break
        if value is None:
            continue
        if option == "allow":
            value = [a for a in value.split(",") if a]
        if option == "min_score":
            try:
                value = float(value)
            except ValueError:
                raise ConfigError(f"{source}: not a number") from None
        # Validated alone first, so an error names the flag or variable that caused it.
        probe: dict[str, Any] = {option: value}
        if option == "mode" and str(value).lower() == "hash":
            probe["hash_key"] = "probe"
        try:
            build_policy(**probe)
        except ConfigError as e:
            raise _named(source, e) from None
        shortcuts[option] = value
    for attr, env in (("redact_keys", "REDACT_KEYS"), ("skip_keys", "SKIP_KEYS")):
        keys = {k.lower() for v in (_env(env), getattr(args, attr)) if v for k in v.replace(",", " ").split()}
        if keys:
            shortcuts[attr] = sorted(keys)  # both ADD to the config file's and the defaults
    config, _ = _setting(args, "config", "CONFIG", "--config")
    return build_policy(config=config, **shortcuts)


def _workers(args: argparse.Namespace) -> int:
    raw, source = _setting(args, "workers", "WORKERS", "--workers")
    if raw is None or raw in ("0", "auto"):
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return max(1, os.cpu_count() or 1)
    try:
        n = int(raw)
    except ValueError:
        raise ConfigError(f"{source}: not an integer (or auto)") from None
    if n < 0:
        raise ConfigError(f"{source}: must be >= 0")
    return max(1, n)


def _options(command: str, args: argparse.Namespace) -> Options:
    fmt, source = _setting(args, "format", "FORMAT", "--format")
    fmt = fmt or "auto"
    if fmt not in ("auto", "text", "jsonl", "table"):
        raise ConfigError(f"{source}: unknown format (use auto, text, jsonl; scan: table)")
    table = fmt == "table"
    if table and command != "scan":
        raise ConfigError(f"{source}: table is for 'piiredact scan'")
    if args.field is not None and command != "scan":
        raise ConfigError("--field is for 'piiredact scan'")
    if args.field is not None and not args.field.strip("."):
        raise ConfigError("--field: empty field name")
    if args.batch_bytes < 1:
        raise ConfigError("--batch-bytes: must be positive")
    spec, source = _setting(args, "record_start", "RECORD_START", "--record-start")
    backend, backend_source = _setting(args, "backend", "BACKEND", "--backend")
    if backend is not None and backend not in available_backends():
        raise ConfigError(f"{backend_source}: unknown backend (known: {', '.join(available_backends())})")
    return Options(
        command=command,
        fmt="auto" if table else fmt,
        table=table,
        json_field=args.field,
        rule=record_rule(spec, option=source),
        backend=backend or DEFAULT_BACKEND,
        policy=_policy(args),
    )


# -- running -------------------------------------------------------------------------------


def _err(message: str) -> None:
    print(f"piiredact: {message}".replace("\n", " "), file=sys.stderr, flush=True)


def _main(argv: Sequence[str] | None, signals: _Signals) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = "redact"
    if args_list and args_list[0] in ("redact", "scan"):
        command = args_list.pop(0)
    redactor: Redactor | None = None
    try:
        args = _parser(command).parse_args(args_list)
        options = _options(command, args)
        workers = _workers(args)
        if args.report_json == "-" and (args.output is None or args.output == "-"):
            raise ConfigError("--report-json -: stdout carries the output; give -o FILE for the output, "
                              "or write the report to a file (or /dev/stderr)")
        check_output(args.output)
        files, missing = check_inputs(args.files or ["-"])
        if args.output and args.output != "-" and any(f != "-" and same_file(f, args.output) for f in files):
            raise ConfigError(f"{args.output}: output file is also an input")
        for message in missing:  # named up front, before any output; the rest is processed
            _err(message)
        if not files:
            return EXIT_USAGE
        # A backend that cannot start (no spaCy pipeline, no credentials) is a ConfigError here.
        redactor = options.build()
    except _UsageError as e:
        _err(f"{e} (see piiredact{' scan' if command == 'scan' else ''} --help)")
        return EXIT_USAGE
    except (PiiRedactError, InputError) as e:
        _err(str(e))
        return EXIT_USAGE
    except ImportError as e:  # a backend's own missing import, phrased by the backend
        _err(str(e))
        return EXIT_USAGE
    try:
        status = _execute(command, args, options, workers, files, redactor, signals)
        return EXIT_USAGE if missing and status in (EXIT_OK, EXIT_FOUND) else status
    except OSError as e:  # writing failed (disk full, ...): one line, no traceback
        _err(f"{args.output or '<stdout>'}: {e.strerror or type(e).__name__}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        raise
    except Exception as e:  # a bug: one line, and never the exception's text (it may hold data)
        _err(f"internal error ({type(e).__name__}); run with PIIREDACT_DEBUG=1 for details")
        if _env("DEBUG"):
            raise
        return EXIT_USAGE
    finally:
        redactor.close()


class _Warnings:
    """One stderr line per kind of run-time failure, the first time it happens."""

    _TEXT: ClassVar[dict[str, str]] = {
        "timeout": "the {b} backend timed out",
        "busy": "the {b} backend was busy",
        "circuit_open": "the {b} backend was skipped after repeated failures",
        "invalid_findings": "the {b} backend returned invalid findings",
        "no_helper_thread": "no detection thread was available",
        "worker_failures": "a worker process died or failed",
        "processing_failures": "processing a batch failed",
    }

    def __init__(self, backend: str, progress: Progress, verb: str = "redacted") -> None:
        self.backend = backend
        self.verb = verb
        self.progress = progress
        self.seen: set[str] = set()

    def __call__(self, stats: Mapping[str, object]) -> None:
        for key in stats:
            if not key.startswith("reason.") or key in self.seen:
                continue
            self.seen.add(key)
            kind = key.removeprefix("reason.")
            if kind.startswith("error:"):
                what = f"the {self.backend} backend failed ({kind.removeprefix('error:')})"
            else:
                what = self._TEXT.get(kind, f"the {self.backend} backend did not answer ({kind})").format(b=self.backend)
            if kind in ("worker_failures", "processing_failures"):
                then = "those batches were redone in this process with the regex tier"
            elif stats.get("records_placeholder") and not stats.get("records_fallback"):
                then = "those records were replaced by a placeholder"
            else:
                then = f"those records were {self.verb} by the fallback tier"
            self.progress.finish()
            _err(f"warning: {what}; {then} (counted in --report)")


def _execute(command: str, args: argparse.Namespace, options: Options, workers: int,
             files: list[str], redactor: Redactor, signals: _Signals) -> int:
    try:
        out = Output(args.output)
    except (OSError, InputError) as e:
        _err(f"{args.output}: {getattr(e, 'strerror', None) or 'cannot write'}" if isinstance(e, OSError) else str(e))
        return EXIT_USAGE
    events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
    reader = Reader(files, events)
    progress = Progress(known_size(files), reader, enabled=False if args.no_progress else None)
    outcome = Outcome()
    warnings = _Warnings(options.backend, progress, "analysed" if command == "scan" else "redacted")
    sink = Sink(out, progress, outcome, on_stats=warnings)
    pipeline = Pipeline(options, workers, Processor(options, redactor), sink.emit,
                        notify=lambda: events.put(("wake", None)))
    batcher = Batcher(options.rule, batch_bytes=args.batch_bytes)
    broken_pipe = False
    try:
        if options.table:
            out.write(f"{'line':>9}  {'column':>6}  {'length':>6}  {'entity':<22} {'score':>5}  source\n".encode())
        pipeline.start()  # fork workers before the reader thread exists
        signals.post = lambda signum: events.put(("signal", signum))
        if signals.first is not None:  # came while the workers were starting
            events.put(("signal", signals.first))
        reader.start()
        run(reader, events, batcher, pipeline, outcome)
        signals.post = None
        signals.finishing = True
        if options.table and not outcome.found:
            out.write(b"(no findings)\n")
        out.close()
    except BrokenPipeError:
        broken_pipe = True
    finally:
        signals.post = None
        signals.finishing = True
        progress.finish()
        reader.stop()
        pipeline.close(cancel=broken_pipe or outcome.signal is not None or signals.first is not None)
    if broken_pipe:
        # The reader of our output has gone (``| head``): a normal end, not an error.
        # Point stdout at /dev/null so the interpreter's final flush cannot complain.
        _silence_stdout()
        return EXIT_OK
    stats = dict(pipeline.stats)
    if batcher.cut_lines:
        stats["lines_cut"] = batcher.cut_lines
    status = _verdict(command, options, outcome, stats, args.allow_fallback)
    if args.report or args.report_json:
        report = _report(outcome, stats, options, pipeline.workers)
        if args.report:
            _print_report(report)
        if args.report_json:
            if (failed := _write_report_json(args.report_json, report)) is not None:
                return failed
    return status


def _verdict(command: str, options: Options, outcome: Outcome, stats: Mapping[str, Any],
             allow_fallback: bool) -> int:
    """The exit status of a finished run; prints the one line that explains a failure."""
    if outcome.error is not None:
        _err(outcome.error)
        return EXIT_USAGE
    if outcome.signal is not None:
        return 128 + outcome.signal
    if options.json_field is not None and outcome.records:
        field = options.json_field
        if not stats.get("field_present"):
            _err(f"--field {field}: no record has this field ({outcome.records:,} records read)")
            return EXIT_USAGE
        if stats.get("field_missing"):
            _err(f"warning: --field {field}: {stats['field_missing']:,} of {outcome.records:,} records do not "
                 "have it (not analysed; marked field_missing)")
    degraded = int(stats.get("records_fallback", 0)) + int(stats.get("records_placeholder", 0))
    if outcome.records and degraded >= outcome.records and not allow_fallback:
        verb = "analysed" if command == "scan" else "redacted"
        _err(f"error: the {options.backend} backend answered no record: all {outcome.records:,} were {verb} by "
             "the fallback tier or a placeholder (output complete); fix the backend, or pass --allow-fallback")
        return EXIT_DEGRADED
    if command == "scan" and outcome.found:
        return EXIT_FOUND
    return EXIT_OK


def _write_report_json(target: str, report: Mapping[str, Any]) -> int | None:
    text = json.dumps(report, indent=2, sort_keys=True) + "\n"
    if target == "-":  # allowed only with -o FILE: stdout is free
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    try:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as e:
        _err(f"{target}: {e.strerror or 'cannot write'}")
        return EXIT_USAGE
    return None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


# -- the report (value-free: counts and timings only) ------------------------------------


def _report(outcome: Outcome, stats: dict[str, Any], options: Options, workers: int) -> dict[str, Any]:
    findings = {k.removeprefix("findings."): v for k, v in stats.items() if k.startswith("findings.")}
    seconds = outcome.seconds
    report = {
        "command": options.command,
        "backend": options.backend,
        "workers": workers,
        "lines": outcome.lines,
        "records": outcome.records,
        "record_start": options.rule.spec,
        "bytes_in": outcome.bytes_in,
        "bytes_out": outcome.bytes_out,
        "seconds": round(seconds, 4),
        "lines_per_second": round(outcome.lines / seconds, 1) if seconds > 0 else None,
        "findings": dict(sorted(findings.items())),
        "findings_total": sum(findings.values()),
        "fallbacks": stats.get("fallbacks", 0),
        "records_fallback": stats.get("records_fallback", 0),
        "records_placeholder": stats.get("records_placeholder", 0),
        "failures": {k.removeprefix("reason."): v for k, v in sorted(stats.items()) if k.startswith("reason.")},
        "placeholders": stats.get("placeholders", 0),
        "backend_errors": stats.get("backend_errors", 0),
        "worker_failures": stats.get("worker_failures", 0),
        "interrupted": outcome.signal is not None,
        "error": outcome.error is not None,
        "metrics": stats,
    }
    if options.json_field is not None:
        report["field"] = options.json_field
        report["records_with_field"] = stats.get("field_present", 0)
        report["records_without_field"] = stats.get("field_missing", 0)
        report["records_not_json"] = stats.get("records_not_json", 0)
    return report


def _print_report(r: dict[str, Any]) -> None:
    rate = f"{r['lines_per_second']:,.0f} lines/s" if r["lines_per_second"] else "-"
    found = "  ".join(f"{k} {v:,}" for k, v in r["findings"].items()) or "none"
    lines = [
        f"piiredact {r['command']}: {r['lines']:,} lines, {r['records']:,} records (record start: "
        f"{r['record_start']}) in {r['seconds']:.2f} s ({rate}); backend {r['backend']}, {r['workers']} worker(s)",
        f"  findings: {found} (total {r['findings_total']:,})",
        f"  records by fallback {r['records_fallback']:,}, by placeholder {r['records_placeholder']:,}; "
        f"fallbacks {r['fallbacks']:,}, placeholders {r['placeholders']:,}, "
        f"backend errors {r['backend_errors']:,}, worker failures {r['worker_failures']:,}"
        + (", interrupted" if r["interrupted"] else ""),
    ]
    if "field" in r:
        lines.append(f"  field {r['field']}: in {r['records_with_field']:,} records, missing in "
                     f"{r['records_without_field']:,}, not JSON {r['records_not_json']:,}")
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()


if _PREVIOUS_SIGINT is not None:
    signal.signal(signal.SIGINT, _PREVIOUS_SIGINT)

if __name__ == "__main__":
    raise SystemExit(main())
