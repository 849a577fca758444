"""Byte-level input and output for the CLI: a reader thread, gzip, outputs, progress.

Everything here moves raw bytes: decoding (UTF-8 with surrogate escapes) happens once
per batch in the process that analyses it, so invalid bytes survive byte for byte and
the parent process does almost no per-line work.

The reader runs in its own thread and talks to the main loop through one
``queue.SimpleQueue`` of events (``SimpleQueue.put`` is reentrant, so signal handlers
and executor callbacks may post to it too). A semaphore bounds the data chunks queued
but not yet taken, so memory stays bounded whatever the input's speed.
"""

from __future__ import annotations

import gzip
import os
import queue
import stat
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from typing import IO, Any

#: Bytes asked for per ``read``; a pipe returns whatever is ready (low latency).
READ_SIZE = 256 * 1024
#: Data chunks that may wait in the event queue before the reader blocks.
READ_AHEAD = 8

_GZIP_MAGIC = b"\x1f\x8b"


class InputError(Exception):
    """An input could not be opened or read (one line, names the input, never its data)."""


def check_inputs(paths: list[str]) -> None:
    """Fail early, before any output, when a named input cannot be read."""
    for p in paths:
        if p == "-":
            continue
        try:
            st = os.stat(p)
        except OSError as e:
            raise InputError(f"{p}: {e.strerror or 'cannot open'}") from None
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{p}: is a directory")
        if not os.access(p, os.R_OK):
            raise InputError(f"{p}: permission denied")


def known_size(paths: list[str]) -> int | None:
    """Total size of the inputs when all are regular files (for the progress bar)."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            st = os.stat(p)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        total += st.st_size
    return total


def _raw_blocks(fd: int) -> Iterator[bytes]:
    while True:
        data = os.read(fd, READ_SIZE)
        if not data:
            return
        yield data


def _gunzip(blocks: Iterator[bytes], name: str) -> Iterator[bytes]:
    """Decompress a gzip stream (concatenated members too) in bounded pieces."""
    d = zlib.decompressobj(wbits=31)
    fed = False
    for block in blocks:
        pending = block
        while pending:
            fed = True
            out = d.decompress(pending, READ_SIZE)
            if out:
                yield out
            if d.eof:
                pending = d.unused_data
                if pending.strip(b"\x00") == b"":
                    pending = b""  # zero padding after the last member
                d = zlib.decompressobj(wbits=31)
                fed = bool(pending)
            else:
                pending = d.unconsumed_tail
    if fed and not d.eof:
        out = d.flush()
        if out:
            yield out
    if fed and not d.eof:
        raise InputError(f"{name}: truncated gzip input")


class Reader(threading.Thread):
    """Reads the inputs in order and posts ``("data", bytes)``, ``("end", None)`` after
    each input, then ``("eof", None)``; on failure ``("error", message)``.

    The consumer calls :meth:`taken` for every data event it removes from the queue.
    """

    def __init__(self, paths: list[str], events: queue.SimpleQueue[tuple[str, Any]]) -> None:
        super().__init__(name="piiredact-reader", daemon=True)
        self._paths = paths
        self._events = events
        self._slots = threading.Semaphore(READ_AHEAD)
        self._halt = threading.Event()
        #: Raw (possibly compressed) bytes read so far, for the progress bar.
        self.raw_bytes = 0
        #: True once a gzip input was seen (progress then follows the compressed bytes read).
        self.compressed = False

    def taken(self) -> None:
        self._slots.release()

    def stop(self) -> None:
        self._halt.set()

    def run(self) -> None:
        try:
            for path in self._paths:
                if self._halt.is_set():
                    return
                self._read_one(path)
                self._events.put(("end", None))
            self._events.put(("eof", None))
        except InputError as e:
            self._events.put(("error", str(e)))
        except zlib.error as e:
            self._events.put(("error", f"{self._current}: invalid gzip data ({e})"))
        except OSError as e:
            self._events.put(("error", f"{self._current}: {e.strerror or 'read error'}"))

    _current = "-"

    def _read_one(self, path: str) -> None:
        self._current = "<stdin>" if path == "-" else path
        if path == "-":
            # os.read on the descriptor, not sys.stdin.buffer: no Python-level lock is
            # held while blocked, so forking worker processes stays safe.
            fd = sys.stdin.fileno() if sys.stdin is not None else 0
            own = False
        else:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError as e:
                raise InputError(f"{path}: {e.strerror or 'cannot open'}") from None
            own = True
        try:
            blocks = self._counted(_raw_blocks(fd))
            first = next(blocks, b"")
            if len(first) == 1:  # a pipe may deliver the magic number one byte at a time
                first += next(blocks, b"")
            if not first:
                return
            source: Iterator[bytes] = _chain(first, blocks)
            if first.startswith(_GZIP_MAGIC):
                self.compressed = True
                source = _gunzip(source, self._current)
            for data in source:
                while not self._slots.acquire(timeout=0.2):
                    if self._halt.is_set():
                        return
                if self._halt.is_set():
                    return
                self._events.put(("data", data))
        finally:
            if own:
                os.close(fd)

    def _counted(self, blocks: Iterator[bytes]) -> Iterator[bytes]:
        for b in blocks:
            self.raw_bytes += len(b)
            yield b


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


class Output:
    """The destination: stdout (binary) or a file (``.gz`` names are compressed)."""

    def __init__(self, path: str | None) -> None:
        self._gz: gzip.GzipFile | None = None
        self._fh: IO[bytes]
        if path is None or path == "-":
            self._fh = open(sys.stdout.fileno(), "wb", closefd=False)
            self.path = None
        else:
            self._fh = open(path, "wb")
            self.path = path
            if path.endswith(".gz"):
                self._gz = gzip.GzipFile(fileobj=self._fh, mode="wb", compresslevel=6)

    def write(self, data: bytes, *, flush: bool = True) -> None:
        if self._gz is not None:
            self._gz.write(data)
            if flush:
                self._gz.flush()
        else:
            self._fh.write(data)
        if flush:
            self._fh.flush()

    def close(self) -> None:
        try:
            if self._gz is not None:
                self._gz.close()
            self._fh.flush()
        finally:
            if self.path is not None:
                self._fh.close()


def same_file(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same existing file (output would destroy input)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class Progress:
    """A one-line progress bar on stderr: bytes read of the total and lines/s.

    Active only when stderr is a terminal and the input size is known; silent otherwise.
    """

    def __init__(self, total: int | None, reader: Reader, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = total is not None and sys.stderr is not None and sys.stderr.isatty()
        self.enabled = bool(enabled) and total is not None
        self._total = total or 0
        self._reader = reader
        self._t0 = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, lines: int, processed: int) -> None:
        """``processed``: input bytes written out so far (decompressed)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.25:
            return
        self._last = now
        done = min(self._reader.raw_bytes if self._reader.compressed else processed, self._total)
        frac = done / self._total if self._total else 1.0
        width = 24
        filled = int(frac * width)
        rate = lines / max(now - self._t0, 1e-9)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(
            f"\r[{bar}] {frac:6.1%} {_size(done)}/{_size(self._total)} {lines:,} lines {rate:,.0f} lines/s\x1b[K"
        )
        sys.stderr.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self._shown = False


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"  # pragma: no cover


__all__ = ["READ_SIZE", "InputError", "Output", "Progress", "Reader", "check_inputs", "known_size", "same_file"]
