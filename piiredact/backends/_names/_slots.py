"""`SlotLearner`: learn which ``%``-argument slots of a logging template carry names.

stdlib records are ``msg % args``; the template repeats, the arguments change. Once a
slot has been seen holding a name often enough (and never anything else), later records
redact that slot directly. Only a hash of the template and per-slot counts are kept.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Final

from ..._entities import NAME
from ..._finding import Finding
from ._detector import _STRONG_KEY_RE, STRUCTURE_SCORE, NameDetector
from ._features import candidates
from ._tokens import tokenize

# One printf-style conversion; positional only (a mapping key makes the template "other").
_SPEC: Final = re.compile(r"%(?P<key>\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])")


class _Stats:
    __slots__ = ("born", "names", "seen")

    def __init__(self, slots: int, born: float) -> None:
        self.names = [0] * slots
        self.seen = [0] * slots
        self.born = born


class SlotLearner:
    """Per-template slot statistics in front of a :class:`NameDetector`; thread-safe."""

    def __init__(
        self,
        detector: NameDetector | None = None,
        *,
        min_evidence: int = 3,
        max_templates: int = 2048,
        max_age: float = 3600.0,
    ) -> None:
        self._det = detector if detector is not None else NameDetector()
        self._min = max(1, int(min_evidence))
        self._max = max(1, int(max_templates))
        self._age = float(max_age)
        self._stats: OrderedDict[int, _Stats] = OrderedDict()
        self._lock = threading.Lock()

    def detect_record(self, template: str, args: Sequence[object] | None) -> tuple[str, list[Finding]]:
        """(the formatted message, its NAME findings) for ``template % args``."""
        layout = _render(template, args)
        if layout is None:
            message = template if not args else _safe_format(template, args)
            return message, self._det.detect([message])[0]
        message, slots = layout
        key = hash(template)
        known = self._name_slots(key, len(slots))
        found: list[Finding] = [
            Finding(s, e, NAME, STRUCTURE_SCORE, "builtin") for i, (s, e, _) in enumerate(slots) if known[i] and e > s
        ]
        # The model is needed only if some other string slot could hold a name.
        open_slots = [i for i, (s, e, is_str) in enumerate(slots) if not known[i] and is_str and e > s]
        if (
            not slots
            or _STRONG_KEY_RE.search(template) is not None
            or any(True in candidates(tokenize(message[slots[i][0] : slots[i][1]])) for i in open_slots)
        ):
            model_found = self._det.detect([message])[0]
            self._learn(key, slots, open_slots, model_found)
            found = _merge(found, model_found)
        else:
            # no open slot holds a name-shaped word: evidence that they are not name slots
            self._learn(key, slots, open_slots, [])
        return message, found

    def reset_after_fork(self) -> None:
        """Fresh locks in a forked child (this learner's and its detector's); idempotent."""
        self._lock = threading.Lock()
        self._det.reset_after_fork()

    def known_slots(self) -> int:
        """How many templates are tracked (value-free)."""
        with self._lock:
            return len(self._stats)

    # -- internals --------------------------------------------------------------------

    def _name_slots(self, key: int, n: int) -> list[bool]:
        now = time.monotonic()
        with self._lock:
            st = self._stats.get(key)
            if st is None or len(st.seen) != n or now - st.born > self._age:
                if st is not None:
                    del self._stats[key]
                return [False] * n
            self._stats.move_to_end(key)
            return [st.seen[i] >= self._min and st.names[i] == st.seen[i] for i in range(n)]

    def _learn(
        self, key: int, slots: list[tuple[int, int, bool]], open_slots: list[int], found: list[Finding]
    ) -> None:
        now = time.monotonic()
        with self._lock:
            st = self._stats.get(key)
            if st is None or len(st.seen) != len(slots):
                st = _Stats(len(slots), now)
                self._stats[key] = st
                if len(self._stats) > self._max:
                    self._stats.popitem(last=False)
            for i in open_slots:
                s, e, _ = slots[i]
                covered = sum(max(0, min(e, f.end) - max(s, f.start)) for f in found)
                st.seen[i] += 1
                if covered * 2 >= e - s:
                    st.names[i] += 1


def _render(template: str, args: Sequence[object] | None) -> tuple[str, list[tuple[int, int, bool]]] | None:
    """The formatted message and each slot's (start, end, is_string), or None if not positional."""
    if not isinstance(template, str) or isinstance(args, dict):
        return None
    values = tuple(args) if args is not None else ()
    parts: list[str] = []
    slots: list[tuple[int, int, bool]] = []
    pos = 0
    length = 0
    k = 0
    for m in _SPEC.finditer(template):
        lit = template[pos : m.start()]
        parts.append(lit)
        length += len(lit)
        pos = m.end()
        if m.group("conv") == "%":
            parts.append("%")
            length += 1
            continue
        if m.group("key") is not None or "*" in m.group() or k >= len(values):
            return None
        try:
            rendered = m.group() % (values[k],)
        except (TypeError, ValueError, OverflowError):
            return None
        slots.append((length, length + len(rendered), isinstance(values[k], str)))
        parts.append(rendered)
        length += len(rendered)
        k += 1
    if k != len(values):
        return None
    parts.append(template[pos:])
    return "".join(parts), slots


def _safe_format(template: str, args: Sequence[object]) -> str:
    try:
        return template % (args if isinstance(args, dict) else tuple(args))
    except Exception:  # a broken record is still detected, as its parts
        return " ".join([template, *map(_safe_str, args)])


def _safe_str(value: object) -> str:
    try:
        return str(value)
    except Exception:
        return "?"


def _merge(a: list[Finding], b: list[Finding]) -> list[Finding]:
    out = list(a)
    for f in b:
        if not any(g.start < f.end and f.start < g.end for g in a):
            out.append(f)
    return sorted(out)
