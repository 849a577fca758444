"""Applying findings to text: a pure function of (text, findings, policy).

Replacement works only on the detected offsets of the original text, right to left,
so one replacement can never shift another; overlapping and adjacent spans are merged
first and the longest (then highest-scoring) finding decides the label.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ._finding import Finding
from ._policy import Policy

_UNKNOWN = object()

#: What a text becomes when no detector could analyse it (fail closed).
UNANALYSED_PLACEHOLDER = "[REDACTED: detection unavailable]"


class Selector:
    """The policy's choice of findings, with what it reads of the policy looked up once: a batch
    of lines shares one (a pydantic private attribute costs a ``__getattr__`` call per read)."""

    __slots__ = ("_acts_on", "_allow", "_is_allowed", "_table")

    def __init__(self, policy: Policy) -> None:
        self._table = policy.threshold_table()  # one lookup per finding, filled lazily
        self._acts_on = policy.acts_on
        self._allow = bool(policy.allow or policy.allow_patterns)
        self._is_allowed = policy.is_allowed

    def __call__(self, text: str, findings: Iterable[Finding]) -> list[Finding]:
        """The findings the policy acts on, clipped to the text; allow-listed values dropped."""
        table = self._table
        n = len(text)
        out: list[Finding] = []
        for f in findings:
            threshold = table.get(f.entity, _UNKNOWN)
            if threshold is _UNKNOWN:
                self._acts_on(f.entity, f.score)  # computes and stores the entity's threshold
                threshold = table[f.entity]
            if threshold is None or f.score < threshold:  # type: ignore[operator]
                continue
            if f.end > n or f.start >= f.end:  # clip what a backend reported past the end
                if min(f.end, n) <= f.start:
                    continue
                f = Finding(f.start, n, f.entity, f.score, f.source)
            if self._allow and self._is_allowed(text[f.start : f.end]):
                continue
            out.append(f)
        return out


def select(text: str, findings: Iterable[Finding], policy: Policy) -> list[Finding]:
    """The findings the policy acts on, clipped to the text; allow-listed values dropped."""
    return Selector(policy)(text, findings)


class Merged(NamedTuple):
    """A merged span ``start..end`` whose label is ``winner``'s entity."""

    start: int
    end: int
    winner: Finding


def merge(findings: Sequence[Finding]) -> list[Merged]:
    """Merge overlapping or adjacent spans: ``(start, end, winner)`` in text order.

    The winner (whose entity labels the merged span) is the longest finding, then the
    highest-scoring one.
    """
    if not findings:
        return []
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    merged: list[Merged] = []
    cur_s, cur_e, win = ordered[0].start, ordered[0].end, ordered[0]
    for f in ordered[1:]:
        if f.start <= cur_e:
            cur_e = max(cur_e, f.end)
            if (len(f), f.score) > (len(win), win.score):
                win = f
        else:
            merged.append(Merged(cur_s, cur_e, win))
            cur_s, cur_e, win = f.start, f.end, f
    merged.append(Merged(cur_s, cur_e, win))
    return merged


def render(value: str, entity: str, policy: Policy) -> str:
    """The replacement text for one (merged) span under the policy's action."""
    action = policy.action_for(entity)
    if action == "mask":
        return policy.mask_char * len(value)
    if action == "replace":
        return f"[{entity}]"
    if action == "hash":
        assert policy.hash_key is not None  # guaranteed by Policy validation
        key = policy.hash_key.get_secret_value().encode("utf-8")
        digest = hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        return f"[{entity}:{digest[: policy.hash_length]}]"
    return value  # keep


def redact_text(text: str, findings: Iterable[Finding], policy: Policy) -> str:
    """Return ``text`` with every finding the policy acts on replaced."""
    return apply_selected(text, select(text, findings, policy), policy)


def apply_selected(text: str, selected: Sequence[Finding], policy: Policy) -> str:
    """Replace already-:func:`select`-ed findings (offsets valid for ``text``)."""
    if len(selected) == 1:  # the common case: nothing to merge
        f = selected[0]
        return text[: f.start] + render(text[f.start : f.end], f.entity, policy) + text[f.end :]
    spans = merge(selected)
    if not spans:
        return text
    parts: list[str] = []
    pos = len(text)
    for start, end, win in reversed(spans):  # right to left: offsets never shift
        parts.append(text[end:pos])
        parts.append(render(text[start:end], win.entity, policy))
        pos = start
    parts.append(text[:pos])
    return "".join(reversed(parts))
