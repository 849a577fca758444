"""The public API is pinned, and importing piiredact pulls no optional dependency."""

from __future__ import annotations

import subprocess
import sys

import piiredact


def test_public_api_is_pinned() -> None:
    """__all__ is sorted and names exactly the supported public API."""
    expected = [
        "ALL_ENTITIES", "BackendError", "BackendTimeout", "BackendUnavailable", "CORE_ENTITIES", "ConfigError",
        "Detector", "EntityRule", "Finding", "Metrics", "MissingDependencyError", "PiiRedactError", "Policy",
        "RedactingFilter", "RedactingQueueHandler", "Redactor", "attach_redaction", "available_backends",
        "canonical_entity", "create_detector", "redact_text", "register_backend",
        # the integration layer
        "BackgroundQueue", "Detection", "DetectionGuard", "RedactionResult", "Tier", "UNANALYSED_PLACEHOLDER", "ValueFinding",
        "build_policy", "build_redactor", "redact_lines", "scan_lines", "QueueItem", "flush_on_sigterm", "ScanResult",
    ]
    assert sorted(expected) == piiredact.__all__
    assert sorted(piiredact.__all__) == piiredact.__all__
    for name in piiredact.__all__:  # every name resolves (lazy ones included)
        assert getattr(piiredact, name) is not None or name == "Tier"


def test_import_is_light() -> None:
    """`import piiredact` imports none of spaCy, presidio, boto3, botocore, structlog."""
    code = ("import sys, piiredact; print(sorted({'spacy','presidio_analyzer','boto3','botocore','structlog'}"
            " & {m.split('.')[0] for m in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "[]" == out.strip()


def test_backend_registry_names() -> None:
    """The four built-in backend names are registered."""
    assert {"builtin", "comprehend", "presidio", "regex"} <= set(piiredact.available_backends())


def test_register_custom_backend() -> None:
    """A custom backend registered by name is usable from Redactor(backend=name)."""
    from piiredact.testing import FakeDetector

    piiredact.register_backend("fake-for-test", lambda **kw: FakeDetector({"zz": "NAME"}))
    assert "**" == piiredact.Redactor("fake-for-test").redact("zz")


def test_py_typed_is_shipped() -> None:
    """The package is marked typed."""
    import importlib.resources

    assert importlib.resources.files("piiredact").joinpath("py.typed").is_file()
