"""Minimal command line: ``piiredact`` (redact stdin to stdout) and ``piiredact scan``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from ._exceptions import PiiRedactError
from ._redactor import Redactor
from .backends import DEFAULT_BACKEND

_BATCH = 512


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="piiredact",
        description="Redact personal data from log lines (stdin to stdout).",
        epilog="example: piiredact < app.log > app.redacted.log",
    )
    p.add_argument("--version", action="version", version=f"piiredact {__version__}")
    p.add_argument("--backend", default=DEFAULT_BACKEND)
    p.add_argument("command", nargs="?", choices=["redact", "scan"], default="redact")
    p.add_argument("--field", help="scan: JSON-lines input, analyse this field")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        redactor = Redactor(args.backend)
    except PiiRedactError as e:
        print(f"piiredact: {e}", file=sys.stderr)
        return 2
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", newline="", closefd=False)
    stdout = open(sys.stdout.fileno(), "w", encoding="utf-8", errors="surrogateescape", newline="", closefd=False)
    found_any = False
    batch: list[str] = []

    def flush() -> None:
        nonlocal found_any
        bodies = [line.rstrip("\r\n") for line in batch]
        ends = [line[len(b):] for line, b in zip(batch, bodies)]
        if args.command == "scan":
            texts = [_field(b, args.field) for b in bodies]
            for fs in redactor.detect(texts):
                found_any = found_any or bool(fs)
                stdout.write(json.dumps({"findings": [f.as_dict() for f in fs]}) + "\n")
        else:
            for out, end in zip(redactor.redact_many(bodies), ends):
                stdout.write(out + end)
        batch.clear()

    try:
        for line in stdin:
            batch.append(line)
            if len(batch) >= _BATCH:
                flush()
        flush()
        stdout.flush()
    except BrokenPipeError:
        return 0
    return 1 if (args.command == "scan" and found_any) else 0


def _field(line: str, field: str | None) -> str:
    if field is None:
        return line
    try:
        value = json.loads(line).get(field, "")
    except (ValueError, AttributeError):
        return line
    return value if isinstance(value, str) else ""


if __name__ == "__main__":
    raise SystemExit(main())
