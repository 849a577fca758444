"""The backend contract: one batch-first method."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ._finding import Finding


@runtime_checkable
class Detector(Protocol):
    """A PII detection backend.

    ``detect`` receives a batch and returns, for each text in order, the findings in
    that text (offsets into that text). Implementations report raw scores and apply no
    policy; they must be thread-safe, do no I/O in ``__init__``, and raise
    :class:`~piiredact.BackendError` (never an error quoting the text) on failure.
    An optional ``close()`` releases clients, pools or models.
    """

    name: str
    entities: frozenset[str]

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]: ...
