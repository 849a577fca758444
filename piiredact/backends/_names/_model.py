"""The shipped name model: logistic regression over hashed features, pure Python.

File format (``names.bin``, package data)::

    b"PIINAME1" | uint32 little-endian header length | JSON header | zlib(int16 weights)

The header records the hashing width, the weight scale and how the file was trained
(seed, example counts) so a model is traceable to ``make model``. Weights are int16
with one float scale: 2**20 buckets fit in 2 MiB of memory and compress to far less.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import zlib
from array import array
from importlib import resources
from typing import Any, Final

from ..._exceptions import BackendUnavailable

MAGIC: Final = b"PIINAME1"
MODEL_FILE: Final = "names.bin"


class NameModel:
    """Immutable weights + ``prob(buckets)``; safe to share between threads."""

    __slots__ = ("_scale", "_w", "header")

    def __init__(self, weights: array[int], scale: float, header: dict[str, Any]) -> None:
        self._w = weights
        self._scale = scale
        self.header = header

    def prob(self, buckets: list[int]) -> float:
        """P(name) for one candidate's hashed features."""
        w = self._w
        return self.prob_of_sum(sum([w[b] for b in buckets]))

    def prob_of_sum(self, total: int) -> float:
        """P(name) from the (integer) sum of a candidate's bucket weights."""
        z = total * self._scale
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @property
    def weights(self) -> array[int]:
        """The int16 weight table (read-only by convention: shared between threads)."""
        return self._w

    @property
    def mask(self) -> int:
        return len(self._w) - 1

    # -- (de)serialisation -----------------------------------------------------------

    @classmethod
    def from_bytes(cls, data: bytes) -> NameModel:
        if data[:8] != MAGIC:
            raise BackendUnavailable("name model: not a piiredact name model file")
        (hlen,) = struct.unpack_from("<I", data, 8)
        header = json.loads(data[12 : 12 + hlen].decode("utf-8"))
        raw = zlib.decompress(data[12 + hlen :])
        w = array("h")
        w.frombytes(raw)
        if sys.byteorder != "little":
            w.byteswap()
        if len(w) != 1 << int(header["bits"]):
            raise BackendUnavailable("name model: weight table size does not match its header")
        return cls(w, float(header["scale"]), header)

    @staticmethod
    def to_bytes(weights: list[float], header: dict[str, Any]) -> bytes:
        """Quantise float weights to int16 and pack them (used by tools/names/train.py)."""
        peak = max((abs(x) for x in weights), default=1.0) or 1.0
        scale = peak / 32767.0
        q = array("h", (round(x / scale) for x in weights))
        if sys.byteorder != "little":
            q.byteswap()
        header = dict(header, scale=scale)
        hb = json.dumps(header, sort_keys=True).encode("utf-8")
        return MAGIC + struct.pack("<I", len(hb)) + hb + zlib.compress(q.tobytes(), 9)


_cached: dict[str, NameModel] = {}


def load_model(file: str = MODEL_FILE) -> NameModel:
    """A model shipped in this package (``names.bin`` by default; loaded once per process)."""
    model = _cached.get(file)
    if model is None:
        try:
            data = resources.files(__package__).joinpath(file).read_bytes()
        except (OSError, ModuleNotFoundError) as e:
            raise BackendUnavailable(f"name model: package data {file} is missing ({type(e).__name__})") from None
        model = _cached[file] = NameModel.from_bytes(data)
    return model
