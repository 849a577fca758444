"""Substring gates: "does this line mention any of these words?" at the lowest cost.

``any(w in low for w in words)`` pays a generator step per word on every line; the same
test written as one ``or`` chain of ``in`` checks is ~1.4x faster in CPython, so the chain
is generated once from the word tuple (literals only, via ``repr``).
"""

from __future__ import annotations

from collections.abc import Callable


def any_in(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A function ``f(s) == any(w in s for w in words)`` (short-circuiting in the same order)."""
    if not words:
        return lambda s: False
    body = " or ".join(f"{w!r} in s" for w in words)
    fn: Callable[[str], bool] = eval(f"lambda s: {body}", {"__builtins__": {}})
    return fn
