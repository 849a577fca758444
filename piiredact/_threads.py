"""What every background thread of piiredact does first.

A process-directed signal (SIGTERM from a supervisor, ``Pool.terminate()``, Ctrl-C) goes to
any thread that does not block it. Python runs its handlers in the main thread only; when the
signal lands on a background thread, the main thread is not woken, and one that waits in C
(a multiprocessing lock, a pipe read) never runs the handler: a ``Pool`` worker with the
opt-in SIGTERM drain then cannot be terminated. Our threads therefore block the signals an
application handles, so the kernel delivers them to a thread that wakes the main one.
"""

from __future__ import annotations

import signal
from typing import Final

_HANDLED: Final = frozenset(
    s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2"))
    if s is not None
)


def block_process_signals() -> None:
    """Block, in the calling (background) thread, the signals an application handles.

    A no-op where threads have no signal mask (Windows)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or not _HANDLED:
        return
    try:
        mask(signal.SIG_BLOCK, _HANDLED)
    except (OSError, ValueError):  # a platform that refuses one of them: deliver as before
        pass
