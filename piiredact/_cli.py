"""``piiredact``: redact log files and streams (``redact``, the default) or list findings (``scan``).

This module owns the command line: options, precedence (flags > environment > config
file > defaults), exit statuses, signals and the report. The byte pipeline lives in
``_cli_pipeline`` (batching, workers, order) and ``_cli_io`` (reader thread, gzip,
outputs, progress); record grouping in ``_records``.

Exit statuses: 0 done (``scan``: nothing found), 1 ``scan`` found something, 2 usage,
configuration or input error, 128+N killed by signal N after flushing (130 for Ctrl-C).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any, NoReturn

from . import __version__
from ._cli_io import InputError, Output, Progress, Reader, check_inputs, known_size, same_file
from ._cli_pipeline import BATCH_BYTES, Batcher, Options, Outcome, Pipeline, Processor, Sink, run
from ._exceptions import ConfigError, PiiRedactError
from ._policy import Policy
from ._records import record_rule
from ._redactor import Redactor
from .backends import DEFAULT_BACKEND, available_backends

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

_EPILOG = """\
examples:
  piiredact app.log > app.redacted.log        redact a file (text and JSON lines auto-detected)
  tail -f app.log | piiredact                  redact a live stream; lines flow as they come
  piiredact --mode replace --skip-keys request_id events.jsonl.gz -o clean.jsonl
  piiredact scan --format table app.log        list findings (never the values); exit 1 if any

worked example:
  $ echo 'user=Ann Lee ssn=123-45-6789 mail=ann@example.com' | piiredact --mode replace
  user=[NAME] ssn=[SSN] mail=[EMAIL]

precedence: command-line flags > PIIREDACT_* environment variables > --config file > defaults.
environment: PIIREDACT_BACKEND, PIIREDACT_WORKERS, PIIREDACT_FORMAT, PIIREDACT_CONFIG,
  PIIREDACT_RECORD_START, and the policy's PIIREDACT_MODE, _ENTITIES, _MIN_SCORE, _MASK_CHAR,
  _HASH_KEY (needed by --mode hash), _ALLOW, _REDACT_KEYS, _SKIP_KEYS.
exit status: 0 ok (scan: nothing found), 1 scan found PII, 2 usage/config/input error, 130 interrupted.
"""


class _UsageError(Exception):
    """A bad command line; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="piiredact",
        usage="piiredact [redact|scan] [FILE ...] [-o OUT] [options]",
        description="Redact personal data (names, SSNs, emails, phones, cards, IPs) from log files and\n"
        "streams. Reads FILEs in order (- or none: stdin; gzip is detected), writes in input order.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"piiredact {__version__}")
    p.add_argument("files", nargs="*", metavar="FILE", help="inputs (default: stdin)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout (.gz: compressed)")
    p.add_argument("--format", choices=["auto", "text", "jsonl", "table"],
                   help="input format (default auto: JSON lines redacted value by value, other lines as "
                        "text); scan: 'table' prints a human table instead of JSON lines")
    p.add_argument("--record-start", metavar="REGEX",
                   help="start-of-record rule grouping multi-line records (stack traces): 'auto' "
                        "(default: indented lines, 'Traceback', 'Caused by:' and exception lines join "
                        "the record above), 'timestamp', 'line' (no grouping) or a regex")
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
    g = p.add_argument_group("throughput and reporting")
    g.add_argument("--workers", metavar="N", help="processes (default: number of cores; 1: no workers)")
    g.add_argument("--batch-bytes", metavar="N", type=int, default=BATCH_BYTES, help=argparse.SUPPRESS)
    g.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    g.add_argument("--report", action="store_true", help="print a value-free summary to stderr at the end")
    g.add_argument("--report-json", metavar="FILE", help="write the summary as JSON")
    g = p.add_argument_group("scan")
    g.add_argument("--field", metavar="NAME", help="JSON lines: analyse this field (a.b for nested)")
    return p


# -- settings: flags > environment > config file > defaults ------------------------------


def _env(name: str) -> str | None:
    v = os.environ.get("PIIREDACT_" + name)
    return v if v else None


def _policy(args: argparse.Namespace) -> Policy:
    base: dict[str, Any] = {}
    config = args.config or _env("CONFIG")
    if config:
        from_file = Policy.from_toml(config)
        base = from_file.model_dump(exclude_unset=True)
        if from_file.hash_key is not None:
            base["hash_key"] = from_file.hash_key
    policy = Policy.from_env(base=base)
    extra: dict[str, Any] = {}
    if args.redact_keys:
        extra["redact_keys"] = set(policy.redact_keys) | _keys(args.redact_keys)
    if args.skip_keys:
        extra["skip_keys"] = set(policy.skip_keys) | _keys(args.skip_keys)
    if args.min_score is not None:
        try:
            extra["min_score"] = float(args.min_score)
        except ValueError:
            raise ConfigError(f"--min-score: not a number: {args.min_score!r}") from None
    if not (args.mode or args.entities or extra):
        return policy
    return Policy.from_options(mode=args.mode, entities=args.entities, base=policy, **extra)


def _keys(value: str) -> set[str]:
    return {k.strip().lower() for k in value.split(",") if k.strip()}


def _workers(args: argparse.Namespace) -> int:
    raw = args.workers if args.workers is not None else _env("WORKERS")
    if raw is None or raw in ("0", "auto"):
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return max(1, os.cpu_count() or 1)
    try:
        n = int(raw)
    except ValueError:
        raise ConfigError(f"workers: not an integer: {raw!r}") from None
    if n < 0:
        raise ConfigError("workers: must be >= 0")
    return max(1, n)


def _options(command: str, args: argparse.Namespace) -> Options:
    fmt = args.format or _env("FORMAT") or "auto"
    if fmt not in ("auto", "text", "jsonl", "table"):
        raise ConfigError(f"format: unknown format {fmt!r} (use auto, text, jsonl; scan: table)")
    table = fmt == "table"
    if table and command != "scan":
        raise ConfigError("--format table is for 'piiredact scan'")
    if args.field and command != "scan":
        raise ConfigError("--field is for 'piiredact scan'")
    if args.batch_bytes < 1:
        raise ConfigError("--batch-bytes: must be positive")
    return Options(
        command=command,
        fmt="auto" if table else fmt,
        table=table,
        json_field=args.field,
        rule=record_rule(args.record_start or _env("RECORD_START")),
        backend=args.backend or _env("BACKEND") or DEFAULT_BACKEND,
        policy=_policy(args),
    )


# -- running -------------------------------------------------------------------------------


def _err(message: str) -> None:
    print(f"piiredact: {message}".replace("\n", " "), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the exit status (see the module docstring)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = "redact"
    if args_list and args_list[0] in ("redact", "scan"):
        command = args_list.pop(0)
    try:
        args = _parser().parse_args(args_list)
        options = _options(command, args)
        workers = _workers(args)
        files = args.files or ["-"]
        check_inputs(files)
        if args.output and args.output != "-" and any(f != "-" and same_file(f, args.output) for f in files):
            raise ConfigError(f"{args.output}: output file is also an input")
        redactor = Redactor(options.backend, options.policy)
    except _UsageError as e:
        _err(f"{e} (see piiredact --help)")
        return EXIT_USAGE
    except (PiiRedactError, InputError) as e:
        _err(str(e))
        return EXIT_USAGE
    except ImportError as e:  # a backend's own missing import, phrased by the backend
        _err(str(e))
        return EXIT_USAGE
    try:
        return _execute(command, args, options, workers, files, redactor)
    except KeyboardInterrupt:  # a second Ctrl-C: stop now
        return 128 + signal.SIGINT
    except OSError as e:  # writing failed (disk full, ...): one line, no traceback
        _err(f"{args.output or '<stdout>'}: {e.strerror or type(e).__name__}")
        return EXIT_USAGE
    except Exception as e:  # a bug: one line, and never the exception's text (it may hold data)
        _err(f"internal error ({type(e).__name__}); run with PIIREDACT_DEBUG=1 for details")
        if _env("DEBUG"):
            raise
        return EXIT_USAGE
    finally:
        redactor.close()


def _execute(command: str, args: argparse.Namespace, options: Options, workers: int,
             files: list[str], redactor: Redactor) -> int:
    try:
        out = Output(args.output)
    except OSError as e:
        _err(f"{args.output}: {e.strerror or 'cannot write'}")
        return EXIT_USAGE
    events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
    reader = Reader(files, events)
    progress = Progress(known_size(files), reader, enabled=False if args.no_progress else None)
    outcome = Outcome()
    sink = Sink(out, progress, outcome)
    pipeline = Pipeline(options, workers, Processor(options, redactor), sink.emit,
                        notify=lambda: events.put(("wake", None)))
    batcher = Batcher(options.rule, batch_bytes=args.batch_bytes)
    restore = _install_signals(events)
    broken_pipe = False
    try:
        if options.table:
            out.write(f"{'line':>9}  {'column':>6}  {'length':>6}  {'entity':<22} {'score':>5}  source\n".encode())
        pipeline.start()  # fork workers before the reader thread exists
        reader.start()
        run(reader, events, batcher, pipeline, outcome)
        if options.table and not outcome.found:
            out.write(b"(no findings)\n")
        out.close()
    except BrokenPipeError:
        broken_pipe = True
    finally:
        restore()
        progress.finish()
        reader.stop()
        pipeline.close(cancel=broken_pipe or outcome.signal is not None)
    if broken_pipe:
        # The reader of our output has gone (``| head``): a normal end, not an error.
        # Point stdout at /dev/null so the interpreter's final flush cannot complain.
        _silence_stdout()
        return EXIT_OK
    stats = dict(pipeline.stats)
    if batcher.cut_lines:
        stats["lines_cut"] = batcher.cut_lines
    if args.report or args.report_json:
        report = _report(outcome, stats, options, pipeline.workers)
        if args.report:
            _print_report(report)
        if args.report_json:
            try:
                with open(args.report_json, "w", encoding="utf-8") as fh:
                    json.dump(report, fh, indent=2, sort_keys=True)
                    fh.write("\n")
            except OSError as e:
                _err(f"{args.report_json}: {e.strerror or 'cannot write'}")
                return EXIT_USAGE
    if outcome.error is not None:
        _err(outcome.error)
        return EXIT_USAGE
    if outcome.signal is not None:
        return 128 + outcome.signal
    if command == "scan" and outcome.found:
        return EXIT_FOUND
    return EXIT_OK


def _install_signals(events: queue.SimpleQueue[tuple[str, Any]]) -> Any:
    """SIGINT/SIGTERM: stop reading, flush what was read, exit 128+N. A second one stops now."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    seen: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if seen:
            raise KeyboardInterrupt
        seen.append(signum)
        events.put(("signal", signum))  # SimpleQueue.put is reentrant: safe in a handler

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for s, h in old.items():
            signal.signal(s, h)

    return restore


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
    return {
        "command": options.command,
        "backend": options.backend,
        "workers": workers,
        "lines": outcome.lines,
        "records": outcome.records,
        "bytes_in": outcome.bytes_in,
        "bytes_out": outcome.bytes_out,
        "seconds": round(seconds, 4),
        "lines_per_second": round(outcome.lines / seconds, 1) if seconds > 0 else None,
        "findings": dict(sorted(findings.items())),
        "findings_total": sum(findings.values()),
        "fallbacks": stats.get("fallbacks", 0),
        "placeholders": stats.get("placeholders", 0),
        "backend_errors": stats.get("backend_errors", 0),
        "worker_failures": stats.get("worker_failures", 0),
        "interrupted": outcome.signal is not None,
        "error": outcome.error is not None,
        "metrics": stats,
    }


def _print_report(r: dict[str, Any]) -> None:
    rate = f"{r['lines_per_second']:,.0f} lines/s" if r["lines_per_second"] else "-"
    found = "  ".join(f"{k} {v:,}" for k, v in r["findings"].items()) or "none"
    lines = [
        f"piiredact {r['command']}: {r['lines']:,} lines, {r['records']:,} records in {r['seconds']:.2f} s "
        f"({rate}); backend {r['backend']}, {r['workers']} worker(s)",
        f"  findings: {found} (total {r['findings_total']:,})",
        f"  fallbacks {r['fallbacks']:,}, placeholders {r['placeholders']:,}, "
        f"backend errors {r['backend_errors']:,}, worker failures {r['worker_failures']:,}"
        + (", interrupted" if r["interrupted"] else ""),
    ]
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()


if __name__ == "__main__":
    raise SystemExit(main())
