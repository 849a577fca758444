"""The embedded default backend: the regex tier plus the log-aware name detector.

Validated patterns (SSN, e-mail, phone, card, IP) come from :class:`RegexDetector`;
person names come from :class:`~piiredact.backends._names.NameDetector` (structure
rules + a compact model shipped as package data; pure Python, no downloads). See
docs/names.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._finding import Finding
from ._names import NameDetector
from ._regex import RegexDetector


class BuiltinDetector:
    """The embedded default: validated patterns, names from structure and a small model."""

    name = "builtin"
    entities: frozenset[str] = RegexDetector.entities

    def __init__(self, *, names: bool = True, name_threshold: float = 0.5, cache_size: int = 4096) -> None:
        # The regex tier's context names are superseded by the name detector, which
        # covers the same key/phrase positions and knows log vocabulary.
        self._regex = RegexDetector(names=False)
        self._names = NameDetector(threshold=name_threshold, cache_size=cache_size) if names else None

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        out = self._regex.detect(texts)
        if self._names is None:
            return out
        names = self._names.detect(texts)
        for found, extra in zip(out, names):
            if extra:
                found.extend(_outside(extra, found))
        return out

    def close(self) -> None:
        """Release the name cache."""
        self._regex.close()
        if self._names is not None:
            self._names.close()


def _outside(names: list[Finding], others: list[Finding]) -> list[Finding]:
    """Names that do not overlap a validated finding (an e-mail is not also a name)."""
    if not others:
        return names
    return [n for n in names if not any(o.start < n.end and n.start < o.end for o in others)]


__all__ = ["BuiltinDetector"]
