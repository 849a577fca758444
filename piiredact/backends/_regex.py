"""The ``regex`` backend: kept as an import path; the pattern tier lives in ``_patterns``."""

from __future__ import annotations

from ._patterns import RegexDetector

__all__ = ["RegexDetector"]
