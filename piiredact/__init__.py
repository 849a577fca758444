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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from ._logging import RedactingFilter, RedactingQueueHandler, attach_redaction
    from ._metrics import Metrics
    from ._options import build_policy, build_redactor
    from ._policy import EntityRule, Policy
    from ._queue import BackgroundQueue, QueueItem, flush_on_sigterm
    from ._redact import UNANALYSED_PLACEHOLDER, redact_text
    from ._redactor import RedactionResult, Redactor, ScanResult, ValueFinding
    from .backends import available_backends, create_detector, register_backend

__version__ = "0.1.0"

# Every public name is imported on first use (PEP 562), so `import piiredact` costs a few
# milliseconds: the CLI's Ctrl-C handler (first lines of piiredact._cli) is then in place
# before pydantic and the detectors load, and no Ctrl-C at start-up ends in a traceback.
_LAZY = {
    **dict.fromkeys(("redact_lines", "scan_lines"), "piiredact._codec"),
    "Detector": "piiredact._detector",
    **dict.fromkeys(("ALL_ENTITIES", "CORE_ENTITIES", "canonical_entity"), "piiredact._entities"),
    **dict.fromkeys(("BackendError", "BackendTimeout", "BackendUnavailable", "ConfigError",
                     "MissingDependencyError", "PiiRedactError"), "piiredact._exceptions"),
    "Finding": "piiredact._finding",
    **dict.fromkeys(("Detection", "DetectionGuard", "Tier"), "piiredact._guard"),
    "Metrics": "piiredact._metrics",
    **dict.fromkeys(("build_policy", "build_redactor"), "piiredact._options"),
    **dict.fromkeys(("EntityRule", "Policy"), "piiredact._policy"),
    **dict.fromkeys(("UNANALYSED_PLACEHOLDER", "redact_text"), "piiredact._redact"),
    **dict.fromkeys(("RedactionResult", "Redactor", "ScanResult", "ValueFinding"), "piiredact._redactor"),
    **dict.fromkeys(("available_backends", "create_detector", "register_backend"), "piiredact.backends"),
    **dict.fromkeys(("BackgroundQueue", "QueueItem", "flush_on_sigterm"), "piiredact._queue"),
    **dict.fromkeys(("RedactingFilter", "RedactingQueueHandler", "attach_redaction"), "piiredact._logging"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # A submodule used as an attribute after a bare `import piiredact`
        # (`piiredact.backends.register_backend`), as when the package imported it eagerly.
        if name.startswith("__"):
            raise AttributeError(f"module 'piiredact' has no attribute {name!r}")
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'piiredact' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
