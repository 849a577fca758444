"""piiredact: keep personal data out of application logs.

Public API (everything else is private)::

    Redactor, Policy, Finding, Detector          the core
    build_redactor, build_policy                 options -> Redactor/Policy (every entry point)
    redact_lines, scan_lines                     the line codec (text or JSON lines)
    RedactionResult, Detection, DetectionGuard   which tier answered, and why
    BackgroundQueue                              the non-blocking worker (integrations)
    RedactingFilter, RedactingQueueHandler       stdlib logging
    piiredact.structlog                          structlog processors (extra)
    piiredact.backends                           backend registry
    piiredact.testing                            FakeDetector for your tests

Importing piiredact imports no optional dependency (spaCy, boto3, structlog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._codec import redact_lines, scan_lines
from ._detector import Detector
from ._entities import ALL_ENTITIES, CORE_ENTITIES, canonical_entity
from ._exceptions import (
    BackendError,
    BackendTimeout,
    BackendUnavailable,
    ConfigError,
    MissingDependencyError,
    PiiRedactError,
)
from ._finding import Finding
from ._guard import Detection, DetectionGuard, Tier
from ._metrics import Metrics
from ._options import build_policy, build_redactor
from ._policy import EntityRule, Policy
from ._redact import UNANALYSED_PLACEHOLDER, redact_text
from ._redactor import RedactionResult, Redactor, ScanResult, ValueFinding
from .backends import available_backends, create_detector, register_backend

if TYPE_CHECKING:
    from ._logging import RedactingFilter, RedactingQueueHandler, attach_redaction
    from ._queue import BackgroundQueue, QueueItem, flush_on_sigterm

__version__ = "0.1.0"

# Names provided by modules imported on first use, so `import piiredact` stays light.
_LAZY = {
    "BackgroundQueue": "piiredact._queue",
    "QueueItem": "piiredact._queue",
    "flush_on_sigterm": "piiredact._queue",
    "RedactingFilter": "piiredact._logging",
    "RedactingQueueHandler": "piiredact._logging",
    "attach_redaction": "piiredact._logging",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'piiredact' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "ALL_ENTITIES",
    "BackendError",
    "BackendTimeout",
    "BackendUnavailable",
    "BackgroundQueue",
    "CORE_ENTITIES",
    "ConfigError",
    "Detection",
    "DetectionGuard",
    "Detector",
    "EntityRule",
    "Finding",
    "Metrics",
    "MissingDependencyError",
    "PiiRedactError",
    "Policy",
    "QueueItem",
    "RedactingFilter",
    "RedactingQueueHandler",
    "RedactionResult",
    "Redactor",
    "ScanResult",
    "Tier",
    "UNANALYSED_PLACEHOLDER",
    "ValueFinding",
    "attach_redaction",
    "available_backends",
    "build_policy",
    "build_redactor",
    "canonical_entity",
    "create_detector",
    "flush_on_sigterm",
    "redact_lines",
    "redact_text",
    "register_backend",
    "scan_lines",
]
