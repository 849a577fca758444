"""Detection backends and the name registry used by ``backend="..."`` everywhere.

Backends are imported lazily: naming ``"presidio"`` imports spaCy only then, and a
missing extra raises :class:`~piiredact.MissingDependencyError` whose message is the
``pip install`` line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from .._detector import Detector
from .._exceptions import ConfigError, MissingDependencyError

# name -> ("module:attribute", extra that provides its dependencies or None)
_REGISTRY: dict[str, tuple[str, str | None]] = {
    "regex": ("piiredact.backends._regex:RegexDetector", None),
    "builtin": ("piiredact.backends.builtin:BuiltinDetector", None),
    "presidio": ("piiredact.backends.presidio:PresidioDetector", "presidio"),
    "comprehend": ("piiredact.backends.comprehend:ComprehendDetector", "comprehend"),
}
_FACTORIES: dict[str, Callable[..., Detector]] = {}

#: The backend used when none is named: embedded, no downloads, no cloud.
DEFAULT_BACKEND = "builtin"


def available_backends() -> list[str]:
    """Names accepted by :func:`create_detector`."""
    return sorted(set(_REGISTRY) | set(_FACTORIES))


def register_backend(name: str, factory: Callable[..., Detector]) -> None:
    """Make ``backend=name`` build detectors with ``factory(**options)``."""
    _FACTORIES[name] = factory


def create_detector(name: str, **options: Any) -> Detector:
    """Build the detector registered under ``name``."""
    if name in _FACTORIES:
        return _FACTORIES[name](**options)
    try:
        target, extra = _REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"backend: unknown backend {name!r} (known: {', '.join(available_backends())})"
        ) from None
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        if isinstance(e, MissingDependencyError) or extra is None:
            raise
        raise MissingDependencyError(
            f"the {name} backend needs extra packages: pip install 'piiredact[{extra}]'"
        ) from None
    factory: Callable[..., Detector] = getattr(module, attr)
    return factory(**options)


__all__ = ["DEFAULT_BACKEND", "available_backends", "create_detector", "register_backend"]
