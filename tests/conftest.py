"""Shared fixtures. ``restore_logging`` puts the logging module's globals back after a test."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

# One hypothesis profile everywhere (issue 12.4): the local run is exactly as thorough as
# CI's (same example count, no per-example deadline: timing is a benchmark's job, never a
# test's), and neither is derandomised, so every run explores new inputs instead of CI
# replaying one fixed set forever. A failure is never silent: print_blob=True prints the
# `@reproduce_failure` blob and the falsifying example (pin it with `@example`).
# The example database: locally `.hypothesis/` (git-ignored), so a failure found once
# keeps failing - loudly, with its example printed - until it is fixed, not 1 run in 30;
# on CI (fresh machines) none, so a stale database can never decide a result.
# PIIREDACT_HYPOTHESIS_EXAMPLES raises the count for a soak run.
_EXAMPLES = int(os.environ.get("PIIREDACT_HYPOTHESIS_EXAMPLES", "100"))
settings.register_profile(
    "default", max_examples=_EXAMPLES, deadline=None, print_blob=True, derandomize=False,
    suppress_health_check=[HealthCheck.too_slow],
    database=DirectoryBasedExampleDatabase(str(Path(__file__).resolve().parent.parent / ".hypothesis" / "examples")),
)
settings.register_profile("ci", parent=settings.get_profile("default"), database=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Snapshot logging's process-wide state (loggers, handlers, levels, lastResort,
    raiseExceptions, the handler registries) and restore it; close handlers the test made."""
    root = logging.getLogger()
    manager = logging.Logger.manager
    saved_loggers = {
        name: (lg.handlers[:], lg.level, lg.propagate, lg.disabled, lg.filters[:])
        for name, lg in manager.loggerDict.items() if isinstance(lg, logging.Logger)
    }
    saved_root = (root.handlers[:], root.level, root.filters[:])
    saved_last_resort = logging.lastResort
    saved_last_resort_filters = logging.lastResort.filters[:] if logging.lastResort else []
    saved_raise = logging.raiseExceptions
    saved_disable = manager.disable
    handler_refs = logging._handlerList[:]  # type: ignore[attr-defined]
    # Filters on handlers that outlive the test (pytest's own capture handlers included):
    # attach_redaction() adds to every handler it finds.
    handler_filters = [(h, h.filters[:]) for h in (r() for r in handler_refs) if h is not None]
    named = dict(logging._handlers)  # type: ignore[attr-defined]
    yield
    # Close (and so drain) every handler created during the test, newest first.
    existing = {id(r()) for r in handler_refs}
    for ref in reversed(logging._handlerList[:]):  # type: ignore[attr-defined]
        h = ref()
        if h is not None and id(h) not in existing:
            try:
                h.close()
            except Exception:
                pass
    logging._handlerList[:] = handler_refs  # type: ignore[attr-defined]
    for h, filters in handler_filters:
        h.filters[:] = filters
    logging._handlers.clear()  # type: ignore[attr-defined]
    logging._handlers.update(named)  # type: ignore[attr-defined]
    for name, lg in list(manager.loggerDict.items()):
        if not isinstance(lg, logging.Logger):
            continue
        if name in saved_loggers:
            lg.handlers[:], lg.level, lg.propagate, lg.disabled, lg.filters[:] = saved_loggers[name]
        else:
            lg.handlers[:] = []
            lg.filters[:] = []
            lg.level, lg.propagate, lg.disabled = logging.NOTSET, True, False
    root.handlers[:], root.level, root.filters[:] = saved_root
    logging.lastResort = saved_last_resort
    if saved_last_resort is not None:
        saved_last_resort.filters[:] = saved_last_resort_filters
    logging.raiseExceptions = saved_raise
    logging.disable(saved_disable)
    manager._clear_cache()  # type: ignore[attr-defined]
