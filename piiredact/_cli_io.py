"""Byte-level input and output for the CLI: a reader thread, compression, outputs, progress.

Everything here moves raw bytes: decoding (UTF-8 with surrogate escapes) happens once
per batch in the process that analyses it, so invalid bytes survive byte for byte and
the parent process does almost no per-line work.

The reader runs in its own thread and talks to the main loop through one
``queue.SimpleQueue`` of events (``SimpleQueue.put`` is reentrant, so signal handlers
and executor callbacks may post to it too). A semaphore bounds the data chunks queued
but not yet taken, so memory stays bounded whatever the input's speed.
"""

from __future__ import annotations

import bz2
import gzip
import importlib
import lzma
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

# -- what an input is: decided by its first bytes (files and stdin alike) ---------------
#
# Compressed formats the standard library reads are decompressed (zstd too when
# ``compression.zstd`` (3.14) or the ``zstandard`` package is importable). Other
# containers and binary formats known by their magic number are refused: their bytes
# would pass through unredacted (PII inside a zip is still PII). Anything else is text,
# NUL bytes included (crash-truncated logs are NUL-padded): there is no byte-frequency
# guess that could refuse a real log.

_DECOMPRESSED = {"gzip": ".gz", "bzip2": ".bz2", "xz": ".xz", "lzma": ".lzma", "zstd": ".zst"}

# (name, magic, offset): refused formats.
_REFUSED: tuple[tuple[str, bytes, int], ...] = (
    ("zip", b"PK\x03\x04", 0), ("zip", b"PK\x05\x06", 0), ("zip", b"PK\x07\x08", 0),
    ("7z", b"7z\xbc\xaf\x27\x1c", 0), ("rar", b"Rar!\x1a\x07", 0), ("lz4", b"\x04\x22\x4d\x18", 0),
    ("lzip", b"LZIP", 0), ("lzop", b"\x89LZO\x00", 0), ("compress (.Z)", b"\x1f\x9d", 0),
    ("snappy", b"\xff\x06\x00\x00sNaPpY", 0), ("cab", b"MSCF\x00\x00\x00\x00", 0),
    ("tar", b"ustar", 257), ("ELF binary", b"\x7fELF", 0), ("PDF", b"%PDF-", 0),
    ("PNG", b"\x89PNG\r\n\x1a\n", 0), ("JPEG", b"\xff\xd8\xff", 0), ("GIF", b"GIF8", 0),
    ("SQLite", b"SQLite format 3\x00", 0), ("Parquet", b"PAR1", 0), ("Java class/Mach-O", b"\xca\xfe\xba\xbe", 0),
)
_SUFFIXES = {".gz": "gzip", ".tgz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".txz": "xz", ".lzma": "lzma",
             ".zst": "zstd", ".zstd": "zstd", ".zip": "zip", ".7z": "7z", ".rar": "rar", ".lz4": "lz4",
             ".lz": "lzip", ".lzo": "lzop", ".z": "compress (.Z)", ".br": "brotli", ".tar": "tar"}
#: Bytes needed to recognise every format above (tar's magic sits at offset 257).
SNIFF_BYTES = 262


def sniff(head: bytes) -> str | None:
    """The compression or binary format ``head`` starts with, or None for text."""
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return "zstd"
    if head[:1] == b"\x5d" and head[1:3] == b"\x00\x00" and len(head) >= 13:
        return "lzma"  # legacy .lzma: properties 0x5d, then a little-endian dictionary size
    for name, magic, at in _REFUSED:
        if head[at:at + len(magic)] == magic:
            return name
    return None


def _zstd_module() -> Any:
    for name in ("compression.zstd", "zstandard"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


def zstd_available() -> bool:
    return _zstd_module() is not None


class InputError(Exception):
    """An input could not be opened or read (one line, names the input, never its data)."""


def check_inputs(paths: list[str]) -> tuple[list[str], list[str]]:
    """``(readable, errors)``: the inputs that can be opened, and one message per input
    that cannot (named, before any output). Like ``cat``, the caller processes the
    readable ones and exits non-zero if any input failed."""
    ok: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p == "-":
            ok.append(p)
            continue
        try:
            st = os.stat(p)
        except OSError as e:
            errors.append(f"{p}: {e.strerror or 'cannot open'}")
            continue
        if stat.S_ISDIR(st.st_mode):
            errors.append(f"{p}: is a directory")
        elif not os.access(p, os.R_OK):
            errors.append(f"{p}: permission denied")
        else:
            ok.append(p)
    return ok, errors


def check_output(path: str | None) -> None:
    """Refuse an output name whose suffix promises a format we would not write."""
    if path is None or path == "-":
        return
    suffix = os.path.splitext(path)[1].lower()
    fmt = _SUFFIXES.get(suffix)
    if fmt is None or fmt in ("gzip", "bzip2", "xz"):
        return
    if fmt == "zstd" and zstd_available():
        return
    hint = " (install zstandard, or use .gz, .bz2 or .xz)" if fmt == "zstd" else " (use .gz, .bz2, .xz or no suffix)"
    raise InputError(f"{path}: cannot write {fmt} output{hint}")


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


def _stream_decompress(blocks: Iterator[bytes], name: str, fmt: str) -> Iterator[bytes]:
    """Decompress bzip2/xz/lzma/zstd (concatenated streams too) in bounded pieces."""
    zstd: Any = _zstd_module() if fmt == "zstd" else None

    def new() -> Any:
        if fmt == "bzip2":
            return bz2.BZ2Decompressor()
        if fmt in ("xz", "lzma"):
            return lzma.LZMADecompressor(lzma.FORMAT_XZ if fmt == "xz" else lzma.FORMAT_ALONE)
        if hasattr(zstd, "ZstdDecompressor") and not hasattr(zstd, "ZstdCompressionParameters"):
            return zstd.ZstdDecompressor()  # compression.zstd: the bz2/lzma interface
        return _ZstandardAdapter(zstd.ZstdDecompressor().decompressobj())

    d: Any = None
    try:
        for block in blocks:
            data = block
            while True:
                if d is None:
                    if not data.strip(b"\x00"):
                        break  # nothing, or zero padding between/after streams
                    d = new()
                out = d.decompress(data, READ_SIZE)
                data = b""
                if out:
                    yield out
                if d.eof:
                    # The next concatenated stream (pbzip2, xz -T, zstd frames) or padding.
                    data = b"" if fmt == "lzma" else d.unused_data
                    d = None
                    continue
                if d.needs_input:
                    break
    except (OSError, EOFError, ValueError, lzma.LZMAError) as e:
        raise InputError(f"{name}: invalid {fmt} data ({type(e).__name__})") from None
    except Exception as e:  # zstandard's own error type
        raise InputError(f"{name}: invalid {fmt} data ({type(e).__name__})") from None
    if d is not None:
        raise InputError(f"{name}: truncated {fmt} input")


class _ZstandardAdapter:
    """The ``zstandard`` package's decompressobj with the bz2/lzma decompressor interface."""

    def __init__(self, obj: Any) -> None:
        self._obj = obj
        self.needs_input = True

    def decompress(self, data: bytes, max_length: int = -1) -> bytes:
        out: bytes = self._obj.decompress(data)
        return out

    @property
    def eof(self) -> bool:
        return bool(getattr(self._obj, "eof", False))

    @property
    def unused_data(self) -> bytes:
        return bytes(getattr(self._obj, "unused_data", b""))


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
            first = _head(blocks)
            if not first:
                return
            source: Iterator[bytes] = _chain(first, blocks)
            fmt = sniff(first)
            expected = _SUFFIXES.get(os.path.splitext(path)[1].lower()) if path != "-" else None
            if fmt is not None:
                source = self._decoded(source, fmt)
                first = _head(source)  # what the decompressed stream holds (tar.gz?)
                inner = sniff(first)
                if inner is not None:
                    raise InputError(f"{self._current}: {fmt}-compressed {inner} data is not a text log")
                source = _chain(first, source)
            elif expected in _DECOMPRESSED:
                raise InputError(f"{self._current}: named {os.path.splitext(path)[1]} but not {expected} data")
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

    def _decoded(self, source: Iterator[bytes], fmt: str) -> Iterator[bytes]:
        if fmt not in _DECOMPRESSED:
            raise InputError(f"{self._current}: {fmt} data is not a text log (refused: it would pass unredacted)")
        self.compressed = True
        if fmt == "gzip":
            return _gunzip(source, self._current)
        if fmt == "zstd" and _zstd_module() is None:
            raise InputError(f"{self._current}: zstd input needs the zstandard package (pip install zstandard) "
                             "or Python 3.14; or decompress it first: zstd -dc FILE | piiredact")
        return _stream_decompress(source, self._current, fmt)

    def _counted(self, blocks: Iterator[bytes]) -> Iterator[bytes]:
        for b in blocks:
            self.raw_bytes += len(b)
            yield b


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


_MAGIC_PREFIXES: tuple[tuple[bytes, int], ...] = (
    (_GZIP_MAGIC, 2), (b"BZh", 10), (b"\xfd7zXZ\x00", 6), (b"\x28\xb5\x2f\xfd", 4), (b"\x5d", 13),
    *((magic, len(magic)) for _, magic, at in _REFUSED if at == 0),
)


def _undecided(head: bytes) -> bool:
    """True while ``head`` is too short to tell its format. A live stream is never held
    up by this beyond its first line: text is decided at the first newline (tar, whose
    magic sits at offset 257, starts with a NUL-padded file name, never a line)."""
    if len(head) >= SNIFF_BYTES:
        return False
    for magic, needed in _MAGIC_PREFIXES:
        if len(head) < needed and (magic.startswith(head) or head.startswith(magic)):
            return True
    return b"\n" not in head


def _head(blocks: Iterator[bytes]) -> bytes:
    """Enough of ``blocks`` to tell the format (a pipe may deliver a magic number a
    byte at a time); fewer bytes only at the end of the input."""
    head = b""
    while not head or _undecided(head):
        block = next(blocks, b"")
        if not block:
            break
        head += block
    return head


class Output:
    """The destination: stdout (binary) or a file (``.gz``, ``.bz2``, ``.xz`` and, when
    available, ``.zst`` names are compressed; other archive suffixes are refused by
    :func:`check_output`)."""

    def __init__(self, path: str | None) -> None:
        self._gz: Any = None
        self._fh: IO[bytes]
        if path is None or path == "-":
            self._fh = open(sys.stdout.fileno(), "wb", closefd=False)
            self.path = None
        else:
            check_output(path)
            self._fh = open(path, "wb")
            self.path = path
            fmt = _SUFFIXES.get(os.path.splitext(path)[1].lower())
            if fmt == "gzip":
                self._gz = gzip.GzipFile(fileobj=self._fh, mode="wb", compresslevel=6)
            elif fmt == "bzip2":
                self._gz = bz2.BZ2File(self._fh, mode="wb", compresslevel=6)
            elif fmt == "xz":
                self._gz = lzma.LZMAFile(self._fh, mode="wb", preset=3)
            elif fmt == "zstd":
                self._gz = _zstd_writer(self._fh)

    def write(self, data: bytes, *, flush: bool = True) -> None:
        if self._gz is not None:
            self._gz.write(data)
            # gzip: a sync flush per batch (zcat can follow a live file). bz2/xz/zstd
            # are flushed at close only: a flush would end a block per batch.
            if flush and isinstance(self._gz, gzip.GzipFile):
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


def _zstd_writer(fh: IO[bytes]) -> Any:
    mod = _zstd_module()
    if hasattr(mod, "ZstdFile"):  # compression.zstd (3.14)
        return mod.ZstdFile(fh, mode="wb")
    return mod.ZstdCompressor().stream_writer(fh, closefd=False)


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


__all__ = ["READ_SIZE", "InputError", "Output", "Progress", "Reader", "check_inputs", "check_output", "known_size",
           "same_file", "sniff", "zstd_available"]
