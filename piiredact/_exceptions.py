"""The exception tree of piiredact.

    PiiRedactError
    ├── ConfigError (also ValueError)         bad policy / option; message names the key
    ├── MissingDependencyError (also ImportError)  an extra is not installed; message is the pip line
    └── BackendError                           a detector failed
        ├── BackendUnavailable                 cannot be reached / not loaded / circuit open
        └── BackendTimeout                     exceeded its time budget

No message raised by piiredact ever contains the text being redacted: callers log
these, and a log line is exactly where the PII must not go.
"""

from __future__ import annotations


class PiiRedactError(Exception):
    """Base class of every error piiredact raises on purpose."""


class ConfigError(PiiRedactError, ValueError):
    """A configuration value is invalid. The message is one line and names the key."""


class MissingDependencyError(PiiRedactError, ImportError):
    """An optional dependency is missing. The message is the ``pip install`` line."""


class BackendError(PiiRedactError):
    """A detection backend failed. The message never contains the analysed text."""


class BackendUnavailable(BackendError):
    """The backend cannot be used right now (not installed, unreachable, circuit open)."""


class BackendTimeout(BackendError):
    """The backend did not answer within its time budget."""
