"""The embedded default backend.

For now the regex backend; the log-aware NAME detector joins it here.
"""

from __future__ import annotations

from ._regex import RegexDetector


class BuiltinDetector(RegexDetector):
    """The embedded default: validated patterns and context names, no downloads."""

    name = "builtin"
