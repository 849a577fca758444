"""A bounded LRU of findings keyed by a digest of the text (never the text itself).

Logs repeat heavily (health checks, retries, the same error a thousand times), and a
paid backend should answer a repeated text once. The key is a keyed BLAKE2b digest
of the UTF-8 text, so the cache holds no raw text and a memory dump of it shows
only digests and offsets.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence

from .._finding import Finding


def text_key(text: str, namespace: str = "") -> bytes:
    """The cache key of ``text``: 16-byte BLAKE2b, personalised by ``namespace``.

    ``namespace`` keeps results of different settings apart (language, backend).
    ``surrogatepass`` makes every Python string hashable, even undecodable input.
    """
    h = hashlib.blake2b(digest_size=16, key=namespace.encode("utf-8")[:64])
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


class FindingsCache:
    """Thread-safe LRU: digest -> findings (a tuple, shared read-only).

    ``maxsize=0`` disables caching. Hit/miss counts are value-free.
    """

    __slots__ = ("_data", "_lock", "hits", "maxsize", "misses")

    def __init__(self, maxsize: int = 10_000) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: bytes) -> tuple[Finding, ...] | None:
        if self.maxsize <= 0:
            return None
        with self._lock:
            found = self._data.get(key)
            if found is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: bytes, findings: Sequence[Finding]) -> None:
        if self.maxsize <= 0:
            return
        with self._lock:
            self._data[key] = tuple(findings)
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)


__all__ = ["FindingsCache", "text_key"]
