"""The template-slot path for stdlib logging records.

A record is ``msg % args``: the template is constant per call site, the arguments change.
The caller keeps both (:func:`snapshot`, next to the message it formats anyway); the
worker (:class:`SlotRedact`, a :data:`~piiredact._queue.RedactFn`) then

- checks each template once, on its second sighting: its own text must hold no name, and
  probing each slot tells which ones the name model reads from context (``user %s``);
- runs the pattern tier (validated SSNs, e-mails, cards ...) over every message, batched;
- runs the name model only on messages where some string slot could hold a name nobody
  vouches for: a slot that held a name in every one of the last ``min_evidence`` model
  reads is redacted as one without the model; a value with no letter, or one a validated
  pattern covers whole, cannot be a name; anything else (a slot that held numbers and now
  holds letters, a context-read slot) goes to the model, and every 64th record of a
  template goes to the model whole, so the counts stay honest;
- sends everything else through the redactor unchanged: exception text, stack, extras,
  ``%(key)s`` templates, messages without slots (an f-string is a different template
  every time), templates seen only once so far, templates whose own text holds a name.

(The earlier ``SlotLearner`` decided "no model" from name-shaped words alone, which missed
ALL-CAPS names and context-read accounts; hence the rules above, and it is gone.)
One-off templates (f-strings with ``%`` slots too) stay on probation and never evict the
call sites that repeat. Only hashes, slot positions and counts are kept, in bounded, aged
tables. Any failure on the slot path sends the record down the ordinary path: the slot
path can make a record cheaper, never less redacted.
"""

from __future__ import annotations

import os
import re
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from ._finding import Finding
from ._guard import Tier
from ._redactor import RedactionResult, Redactor

# One printf conversion (as logging's %-style formatting understands them).
_SPEC: Final = re.compile(r"%(?P<key>\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])")
# Argument types kept by reference: immutable, and rendered the same later.
_KEPT: Final = (str, int, float, type(None))
_TIER_RANK: Final = {"primary": 0, "fallback": 1, "placeholder": 2}


class RecordPayload(NamedTuple):
    """What the caller hands the worker for one record (texts captured now)."""

    message: str                       # msg % args, formatted in the caller
    exc: str | None                    # rendered exception text
    stack: str | None
    extras: dict[str, Any] | None
    template: str | None               # positional %-template, or None (plain text / mapping args)
    args: tuple[Any, ...] | None       # str/int/float/None only: other objects are rendered now


# -- caller side -----------------------------------------------------------------------


class _Parsed(NamedTuple):
    specs: tuple[tuple[int, int, str], ...]   # (start, end, conversion) of each value slot


# keyed by (hash, length) of the template: no text is kept (an f-string may hold PII)
_parse_cache: dict[tuple[int, int], _Parsed | None] = {}
_PARSE_CACHE_MAX: Final = 4096


def _parse(template: str) -> _Parsed | None:
    """The positional slots of ``template``, or None if it is not a positional template."""
    key = (hash(template), len(template))
    hit = _parse_cache.get(key, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    specs: list[tuple[int, int, str]] = []
    result: _Parsed | None
    for m in _SPEC.finditer(template):
        conv = m.group("conv")
        if conv == "%":
            continue
        if m.group("key") is not None or "*" in m.group():
            specs = []
            result = None
            break
        specs.append((m.start(), m.end(), conv))
    else:
        result = _Parsed(tuple(specs)) if specs else None
    if len(_parse_cache) >= _PARSE_CACHE_MAX:
        _parse_cache.clear()  # f-strings must not grow it
    _parse_cache[key] = result
    return result


def snapshot(msg: object, args: object, message: str, exc: str | None, stack: str | None,
             extras: dict[str, Any] | None) -> RecordPayload:
    """The payload of a record whose message the caller formatted as ``message``.

    The template and its arguments are kept when the record is a positional %-template
    with a tuple of arguments that fit it; an argument that is not a str/int/float is
    rendered now (its state may change later, and its ``str()`` may hold PII), with its
    slot's conversion, and the template's slot becomes ``%s`` — the same text.
    """
    if type(msg) is not str or type(args) is not tuple or not args:
        return RecordPayload(message, exc, stack, extras, None, None)
    parsed = _parse(msg)
    if parsed is None or len(parsed.specs) != len(args):
        return RecordPayload(message, exc, stack, extras, None, None)
    if all(isinstance(a, _KEPT) and type(a) is not bool for a in args):
        return RecordPayload(message, exc, stack, extras, msg, args)
    try:
        template, values = _prerender(msg, parsed, args)
    except Exception:  # the caller's formatting succeeded; ours did not: ordinary path
        return RecordPayload(message, exc, stack, extras, None, None)
    return RecordPayload(message, exc, stack, extras, template, values)


def _prerender(msg: str, parsed: _Parsed, args: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    parts: list[str] = []
    values: list[Any] = []
    pos = 0
    for (start, end, _), a in zip(parsed.specs, args):
        parts.append(msg[pos:start])
        if isinstance(a, _KEPT) and type(a) is not bool:
            parts.append(msg[start:end])
            values.append(a)
        else:
            parts.append("%s")
            values.append(msg[start:end] % (a,))
        pos = end
    parts.append(msg[pos:])
    return "".join(parts), tuple(values)


# -- worker side -----------------------------------------------------------------------


class _Template:
    """What is known about one admitted template: slot positions and per-slot counts.

    ``seen[k]``: records whose slot ``k`` (a string) the model read; ``hits[k]``: how many
    of them it found a name/account in, of entity ``entity[k]`` (None: none yet; "" once
    two entities disagreed). No text is kept.
    """

    __slots__ = ("born", "entity", "hits", "parsed", "seen", "sensitive", "uses")

    def __init__(self, parsed: _Parsed, sensitive: frozenset[int], born: float) -> None:
        n = len(parsed.specs)
        self.parsed = parsed
        self.sensitive = sensitive
        self.born = born
        self.seen = [0] * n
        self.hits = [0] * n
        self.entity: list[str | None] = [None] * n
        self.uses = 0

    def known_name(self, k: int, min_evidence: int) -> str | None:
        """The entity slot ``k`` always held, once seen ``min_evidence`` times; else None."""
        ent = self.entity[k]
        if ent and self.seen[k] >= min_evidence and self.hits[k] == self.seen[k]:
            return ent
        return None


class _Admission:
    """Which templates repeat: hashes seen once (probation) and admitted ones, each bounded.

    A template is admitted on its second sighting. Probation is cleared wholesale when full
    (10,000 one-off f-strings cost nothing but a few resets); admitted entries are LRU with
    an age limit after which their counts start again from zero.
    """

    def __init__(self, max_templates: int, max_age: float) -> None:
        self.max = max(1, int(max_templates))
        self.age = float(max_age)
        self._once: set[tuple[int, int]] = set()
        self._known: OrderedDict[tuple[int, int], _Template | None] = OrderedDict()
        self._lock = threading.Lock()

    def state(self, key: tuple[int, int]) -> Any:
        """A :class:`_Template`: use the slot path; None: not usable (or not yet);
        :data:`_ADMIT`: second sighting (the caller checks the template, then admits it)."""
        now = time.monotonic()
        with self._lock:
            if key in self._known:
                hit = self._known[key]
                if hit is None or now - hit.born <= self.age:
                    self._known.move_to_end(key)
                    return hit
                del self._known[key]
                return _ADMIT  # aged: checked and counted afresh
            if key in self._once:
                self._once.discard(key)
                return _ADMIT
            if len(self._once) >= self.max:
                self._once.clear()
            self._once.add(key)
            return None

    def admit(self, key: tuple[int, int], tpl: _Template | None) -> None:
        with self._lock:
            self._known[key] = tpl
            self._known.move_to_end(key)
            while len(self._known) > self.max:
                self._known.popitem(last=False)

    def sizes(self) -> tuple[int, int, int]:
        """(on probation, admitted, admitted with a slot known to hold names)."""
        with self._lock:
            learned = sum(1 for t in self._known.values() if t is not None and any(t.hits))
            return len(self._once), len(self._known), learned

    def reset_after_fork(self) -> None:
        self._lock = threading.Lock()


class _AdmitMarker:
    """Returned by :meth:`_Admission.state` on a template's second sighting."""


_ADMIT: Any = _AdmitMarker()

# A letter of any script: a value without one cannot be a name or an account name.
_LETTER: Final = re.compile(r"[^\W\d_]")
# Every this many records of a template, the model reads it whole anyway, so a slot that
# stopped holding names (or started to differ) is noticed between two ageings.
_RECHECK: Final = 64
# Values a context-reading rule of the name detector would take (an account name, a name in
# lower case); the character after the probe marks where it ends.
_PROBES: Final = ("jsmith", "alice johnson")
_PROBE_MARK: Final = "\x00"
_NAME_ENTITIES: Final = frozenset({"NAME", "USERNAME"})


class _Engine:
    """The slot path for one redactor whose detector is the builtin (patterns + names)."""

    def __init__(self, redactor: Redactor, max_templates: int, max_age: float, min_evidence: int) -> None:
        from .backends._names import STRUCTURE_SCORE

        det: Any = redactor.detector
        self.names = det._names
        self.score = STRUCTURE_SCORE
        # The pattern tier alone, guarded like the primary (no fallback: it is the fallback).
        self.patterns = Redactor(det._regex, redactor.policy, fallback=None, metrics=redactor.metrics)
        self.admission = _Admission(max_templates, max_age)
        self.min_evidence = min_evidence
        self.lock = threading.Lock()  # the counts of _Template entries

    def check(self, template: str) -> _Template | None:
        """The template checked once: None if its own text holds a name the model finds;
        else its slots, and which of them the model reads from context (an account after
        ``user``, a lower-case name after ``customer``), found by probing each slot."""
        parsed = _parse(template)
        if parsed is None or self.names.detect([_fill(template, parsed, -1, "")])[0]:
            return None
        sensitive: set[int] = set()
        for k, (_, _, conv) in enumerate(parsed.specs):
            if conv not in "sra":
                continue
            for probe in _PROBES:
                marked = _fill(template, parsed, k, probe)
                at = marked.find(_PROBE_MARK) - len(probe)
                text = marked.replace(_PROBE_MARK, "")
                if any(f.start < at + len(probe) and at < f.end for f in self.names.detect([text])[0]):
                    sensitive.add(k)
                    break
        return _Template(parsed, frozenset(sensitive), time.monotonic())

    def reset_after_fork(self) -> None:
        self.admission.reset_after_fork()
        self.lock = threading.Lock()


def _fill(template: str, parsed: _Parsed, k: int, probe: str) -> str:
    """``template`` with slot ``k`` = probe (followed by a marker), others neutral."""
    parts: list[str] = []
    pos = 0
    for i, (start, end, _) in enumerate(parsed.specs):
        parts.append(template[pos:start].replace("%%", "%"))
        parts.append(probe + _PROBE_MARK if i == k else ("0" if k >= 0 else " "))
        pos = end
    parts.append(template[pos:].replace("%%", "%"))
    return "".join(parts)


def _layout(template: str, parsed: _Parsed, args: tuple[Any, ...]) -> tuple[str, list[tuple[int, int]]]:
    """``template % args`` and each slot's span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for (start, end, _), a in zip(parsed.specs, args):
        lit = template[pos:start]
        if "%" in lit:
            lit = lit.replace("%%", "%")
        rendered = template[start:end] % (a,)
        parts.append(lit)
        parts.append(rendered)
        length += len(lit)
        spans.append((length, length + len(rendered)))
        length += len(rendered)
        pos = end
    lit = template[pos:]
    parts.append(lit.replace("%%", "%") if "%" in lit else lit)
    return "".join(parts), spans


def _slot_capable(redactor: Redactor) -> bool:
    det = getattr(redactor, "detector", None)
    return (getattr(det, "name", None) == "builtin" and getattr(det, "_names", None) is not None
            and getattr(det, "_regex", None) is not None)


class SlotRedact:
    """A :data:`~piiredact._queue.RedactFn` for :class:`RecordPayload` batches.

    Returns the 4-tuples ``(message, exc, stack, extras)`` the logging handler applies.
    Thread-safe; one instance serves every redactor it is called with (the primary on the
    worker, the degrade tier in callers). ``min_evidence``: records in which the model
    found a name in a slot (and nothing else there) before that slot is redacted without it.
    """

    def __init__(self, *, max_templates: int = 4096, max_age: float = 3600.0, min_evidence: int = 3) -> None:
        self.max_templates = max(1, int(max_templates))
        self.max_age = float(max_age)
        self.min_evidence = max(1, int(min_evidence))
        self._engines: weakref.WeakKeyDictionary[Redactor, _Engine | None] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        _live.add(self)

    def __call__(self, redactor: Redactor, payloads: Sequence[Any], *,
                 timeout: float | object | None = None) -> RedactionResult:
        payloads = list(payloads)
        engine = self._engine(redactor)
        if engine is None:
            return _ordinary(redactor, payloads, timeout)
        return _slot_batch(engine, redactor, payloads, timeout)

    def stats(self) -> dict[str, int]:
        """Value-free sizes of the caches (templates tracked)."""
        out = {"templates_probation": 0, "templates_admitted": 0, "templates_learned": 0}
        with self._lock:
            engines = [e for e in self._engines.values() if e is not None]
        for e in engines:
            once, known, learned = e.admission.sizes()
            out["templates_probation"] += once
            out["templates_admitted"] += known
            out["templates_learned"] += learned
        return out

    def reset_after_fork(self) -> None:
        self._lock = threading.Lock()
        for e in list(self._engines.values()):
            if e is not None:
                e.reset_after_fork()

    def _engine(self, redactor: Redactor) -> _Engine | None:
        with self._lock:
            try:
                return self._engines[redactor]
            except KeyError:
                pass
        engine = None
        if _slot_capable(redactor):
            try:
                engine = _Engine(redactor, self.max_templates, self.max_age, self.min_evidence)
            except Exception:  # the builtin's shape changed: the ordinary path still works
                engine = None
        with self._lock:
            return self._engines.setdefault(redactor, engine)


# Every SlotRedact gets fresh locks in a forked child, whether or not its owner asks.
_live: weakref.WeakSet[SlotRedact] = weakref.WeakSet()


def _reset_all_after_fork() -> None:
    for sr in list(_live):
        try:
            sr.reset_after_fork()
        except Exception:
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_all_after_fork)


def _as_tuple(p: Any) -> Any:
    return tuple(p[:4]) if isinstance(p, RecordPayload) else p


def _ordinary(redactor: Redactor, payloads: list[Any], timeout: float | object | None) -> RedactionResult:
    """The redactor's own path. Records that are a message alone (no exception, stack or
    extras: most of them) go as plain strings, which skip the structured walk."""
    plain: list[int] = []
    other: list[int] = []
    for i, p in enumerate(payloads):
        if isinstance(p, tuple) and len(p) >= 4 and type(p[0]) is str and p[1] is None and p[2] is None and not p[3]:
            plain.append(i)
        else:
            other.append(i)
    if not plain:
        return redactor.redact_values_result([_as_tuple(p) for p in payloads], timeout=timeout)
    out: list[Any] = [None] * len(payloads)
    res = redactor.redact_many_result([payloads[i][0] for i in plain], timeout=timeout)
    for i, text in zip(plain, res.values):
        p = payloads[i]
        out[i] = (text, None, None, p[3])
    tier, reason = res.tier, res.reason
    if other:
        more = redactor.redact_values_result([_as_tuple(payloads[i]) for i in other], timeout=timeout)
        for i, v in zip(other, more.values):
            out[i] = v
        if _TIER_RANK.get(more.tier, 2) > _TIER_RANK.get(tier, 2):
            tier, reason = more.tier, more.reason
    return RedactionResult(out, tier, reason)


def _worst(a: RedactionResult | None, tier: Tier, reason: str | None) -> tuple[Tier, str | None]:
    if a is None or _TIER_RANK.get(tier, 2) >= _TIER_RANK.get(a.tier, 2):
        return tier, reason
    return a.tier, a.reason


class _SlotRecord(NamedTuple):
    pos: int
    tpl: _Template
    spans: list[tuple[int, int]]
    args: tuple[Any, ...]
    template: str


def _admitted(engine: _Engine, p: RecordPayload) -> _SlotRecord | None:
    """The record's template and slot spans if it takes the slot path, else None."""
    template = p.template
    if template is None or p.args is None:
        return None
    key = (hash(template), len(template))
    tpl = engine.admission.state(key)
    if tpl is _ADMIT:
        try:
            tpl = engine.check(template)
        except Exception:
            tpl = None
        engine.admission.admit(key, tpl)
    if tpl is None or len(tpl.parsed.specs) != len(p.args):
        return None
    try:
        message, spans = _layout(template, tpl.parsed, p.args)
    except Exception:
        return None
    if message != p.message:  # rendered differently (a hash collision, a str subclass...)
        return None
    return _SlotRecord(-1, tpl, spans, p.args, template)


class _Plan(NamedTuple):
    """How one slot record is read: the NAME findings of its vouched slots (known to hold
    names), those slots, and whether some other slot needs the model (``whole``: the
    periodic read of the real message, which also refreshes the vouched slots' counts)."""

    found: list[Finding]
    vouched: tuple[int, ...]
    model: bool
    whole: bool = False


# What a vouched slot holds when the model reads a record for its OTHER slots: a fixed name
# (so lines of one call site that differ only in the person repeat, and the name cache answers
# them) of the entity the slot held.
_FILLERS: Final = {"NAME": "Jane Doe", "USERNAME": "jdoe"}


def _plan(engine: _Engine, rec: _SlotRecord, message: str, patterns: list[Finding]) -> _Plan:
    tpl = rec.tpl
    tpl.uses += 1
    if tpl.uses % _RECHECK == 1:
        return _Plan([], (), True, True)  # the periodic read of the whole message
    validated: list[Finding] | None = None
    out: list[Finding] = []
    vouched: list[int] = []
    model = False
    for k, ((s, e), a) in enumerate(zip(rec.spans, rec.args)):
        if type(a) is not str or s == e:
            continue  # numbers and None render no name
        ent = tpl.known_name(k, engine.min_evidence)
        if ent:
            out.append(Finding(s, e, ent, engine.score, "builtin"))
            vouched.append(k)
            continue
        if model or (k not in tpl.sensitive and _LETTER.search(message, s, e) is None):
            continue
        if validated is None:
            validated = [f for f in patterns if f.entity not in _NAME_ENTITIES]
        if any(f.start <= s and e <= f.end for f in validated):
            continue  # an e-mail, SSN, card... wins over any name there
        model = True  # some slot could hold a name nobody vouches for
    return _Plan(out, tuple(vouched), model)


def _filled(rec: _SlotRecord, plan: _Plan) -> tuple[str, list[tuple[int, int]]]:
    """The record's message with each vouched slot holding its filler, and the slot spans."""
    args = list(rec.args)
    for k, f in zip(plan.vouched, plan.found):
        args[k] = _FILLERS.get(f.entity, _FILLERS["NAME"])
    return _layout(rec.template, rec.tpl.parsed, tuple(args))


def _from_filled(rec: _SlotRecord, plan: _Plan, spans: list[tuple[int, int]],
                 found: list[Finding]) -> list[Finding] | None:
    """Findings of the filled message mapped to the real one: those inside a slot that is
    not vouched, shifted; those in a vouched slot give way to its finding. None when one lies
    in the template's own text or across a slot's edge: then the real message is read."""
    out = list(plan.found)
    for f in found:
        for j, (fs, fe) in enumerate(spans):
            if fs <= f.start and f.end <= fe:
                if j not in plan.vouched:
                    out.append(f.shifted(rec.spans[j][0] - fs))
                break
        else:
            return None
    return out


def _learn(engine: _Engine, rec: _SlotRecord, found: list[Finding], skip: tuple[int, ...] = ()) -> None:
    """Count what the model found in each string slot (``skip``: vouched slots that held a
    filler in this read, so it says nothing about them)."""
    tpl = rec.tpl
    with engine.lock:
        for k, ((s, e), a) in enumerate(zip(rec.spans, rec.args)):
            if type(a) is not str or s == e or k in skip:
                continue
            tpl.seen[k] += 1
            hit = [f for f in found if f.entity in _NAME_ENTITIES and f.start < e and s < f.end]
            covered = sum(min(e, f.end) - max(s, f.start) for f in hit)
            if covered * 2 >= e - s:
                ent = hit[0].entity
                if tpl.entity[k] is None:
                    tpl.entity[k] = ent
                elif tpl.entity[k] != ent:
                    tpl.entity[k] = ""
                tpl.hits[k] += 1


def _slot_batch(engine: _Engine, redactor: Redactor, payloads: list[Any],
                timeout: float | object | None) -> RedactionResult:
    from .backends.builtin import combine

    slot_recs: list[_SlotRecord] = []
    for i, p in enumerate(payloads):
        if isinstance(p, RecordPayload):
            rec = _admitted(engine, p)
            if rec is not None:
                slot_recs.append(rec._replace(pos=i))
    in_slots = {r.pos for r in slot_recs}

    # Everything the slot path does not cover: one ordinary call (walks, keys as context).
    rest_idx: list[int] = []
    rest: list[Any] = []
    for i, p in enumerate(payloads):
        if i in in_slots:
            if p.exc is not None or p.stack is not None or p.extras:
                rest_idx.append(i)
                rest.append((None, p.exc, p.stack, p.extras))
        else:
            rest_idx.append(i)
            rest.append(_as_tuple(p))
    other: RedactionResult | None = None
    if rest:
        other = _ordinary(redactor, rest, timeout)
    out: list[Any] = [None] * len(payloads)
    if other is not None:
        for i, v in zip(rest_idx, other.values):
            out[i] = v
    tier: Tier = "primary" if other is None else other.tier
    reason = None if other is None else other.reason
    if not slot_recs:
        return RedactionResult(out, tier, reason)

    messages = [payloads[r.pos].message for r in slot_recs]
    det = engine.patterns.guard.detect(messages, timeout=timeout)
    tier, reason = _worst(other, det.tier, det.reason)
    names: list[list[Finding]] = []
    need: list[int] = []  # records the model reads as they are
    filled: list[tuple[int, _Plan, str, list[tuple[int, int]]]] = []  # ... with fillers in vouched slots
    for k, (r, m, pf) in enumerate(zip(slot_recs, messages, det.findings)):
        plan = _plan(engine, r, m, pf) if pf is not None else None
        names.append([] if plan is None else plan.found)
        if plan is None or not plan.model:
            continue
        if plan.vouched and not plan.whole:
            text, spans = _filled(r, plan)
            filled.append((k, plan, text, spans))
        else:
            need.append(k)
    if filled:
        for (k, plan, _, spans), found in zip(filled, engine.names.detect([t for _, _, t, _ in filled])):
            mapped = _from_filled(slot_recs[k], plan, spans, found)
            if mapped is None:
                need.append(k)
                continue
            names[k] = mapped
            _learn(engine, slot_recs[k], mapped, plan.vouched)
    if need:
        model = engine.names.detect([messages[k] for k in need])
        for k, found in zip(need, model):
            names[k] = found
            _learn(engine, slot_recs[k], found)
    found = [None if pf is None else combine(m, pf, nf) for m, pf, nf in zip(messages, det.findings, names)]
    redacted = redactor.apply_findings(messages, found)
    for r, text in zip(slot_recs, redacted):
        prev = out[r.pos]
        out[r.pos] = (text, None, None, None) if prev is None else (text, prev[1], prev[2], prev[3])
    return RedactionResult(out, tier, reason)


__all__ = ["RecordPayload", "SlotRedact", "snapshot"]
