"""The template-slot path for logging records (piiredact._templates)."""

from __future__ import annotations

import logging

import pytest

from piiredact import Redactor, build_redactor
from piiredact._templates import RecordPayload, SlotRedact, snapshot

NAMES = ["Alice Johnson", "Robert Miller", "Maria Garcia", "David Thompson", "Sarah Wilson", "James Anderson"]
SSNS = ["219-09-9999", "078-05-1120", "457-55-5462", "323-45-6781", "512-34-8765", "145-62-3309"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return build_redactor()


def _payload(msg: str, *args: object, exc: str | None = None, extras: dict[str, object] | None = None) -> RecordPayload:
    record = logging.LogRecord("app", logging.INFO, __file__, 1, msg, args or None, None)
    return snapshot(record.msg, record.args, record.getMessage(), exc, None, extras)


def _ordinary(redactor: Redactor, payloads: list[RecordPayload]) -> list[object]:
    return redactor.redact_values([tuple(p[:4]) for p in payloads])


def _run(sr: SlotRedact, redactor: Redactor, payloads: list[RecordPayload]) -> list[tuple[object, ...]]:
    return list(sr(redactor, payloads).values)


def test_snapshot_keeps_template_and_plain_args() -> None:
    """A positional template keeps its text and its str/int/float arguments by reference."""
    p = _payload("User %s paid %d cents", "Alice Johnson", 250)
    assert (p.template, p.args, p.message) == ("User %s paid %d cents", ("Alice Johnson", 250),
                                               "User Alice Johnson paid 250 cents")


def test_snapshot_renders_other_objects_now() -> None:
    """An object argument is rendered in the caller (its later state or str() must not leak in)."""

    class User:
        def __init__(self) -> None:
            self.name = "Alice Johnson"

        def __repr__(self) -> str:
            return f"User({self.name!r})"

    u = User()
    p = _payload("saved %r as %-8s", u, True)
    u.name = "changed"
    assert p.template == "saved %s as %s"
    assert p.args == ("User('Alice Johnson')", "True    ")
    assert p.template % p.args == p.message


@pytest.mark.parametrize("msg,args", [
    ("User %(name)s", ({"name": "Alice Johnson"},)),   # mapping: not positional
    ("plain text, no slots", ()),
    ("width %*d", (3, 4)),
])
def test_snapshot_without_template(msg: str, args: tuple[object, ...]) -> None:
    """Mapping templates, messages without slots and starred widths take the ordinary path."""
    record = logging.LogRecord("app", logging.INFO, __file__, 1, msg, args or None, None)
    p = snapshot(record.msg, record.args, record.getMessage(), None, None, None)
    assert p.template is None and p.args is None


def test_slot_switching_from_number_to_name(redactor: Redactor) -> None:
    """A slot that carried numbers many times still has a name redacted when one comes."""
    sr = SlotRedact()
    warm = [_payload("Ticket %s opened by customer %s", str(1000 + i), str(20 + i)) for i in range(30)]
    out = _run(sr, redactor, warm)
    assert [o[0] for o in out] == [p.message for p in warm]  # numbers are not PII here
    p = _payload("Ticket %s opened by customer %s", "4711", "Alice Johnson")
    (msg, *_), = _run(sr, redactor, [p])
    assert "Alice Johnson" not in msg and "Johnson" not in msg
    assert msg.startswith("Ticket 4711 opened by customer ")
    # and an int slot later given a str name
    q = [_payload("Order %s for %s", 17 + i, "shipped") for i in range(10)]
    _run(sr, redactor, q)
    (msg, *_), = _run(sr, redactor, [_payload("Order %s for %s", "Maria Garcia", "shipped")])
    assert "Maria Garcia" not in msg and "Garcia" not in msg


def test_learned_name_slot_redacted_without_the_model(redactor: Redactor) -> None:
    """Once a slot is learned as a name slot, the learner answers for it (model skipped)."""
    sr = SlotRedact()
    payloads = [_payload("Payment by %s, SSN %s, amount %d cents", NAMES[i % 6], SSNS[i % 6], i) for i in range(20)]
    out = _run(sr, redactor, payloads)
    for p, o in zip(payloads, out):
        assert p.args is not None
        assert p.args[0] not in o[0] and p.args[1] not in o[0]
    assert sr.stats()["templates_learned"] == 1


def test_fstring_template(redactor: Redactor) -> None:
    """An f-string message (a new template every record, no slots) is redacted like any
    text and leaves nothing in the caches."""
    sr = SlotRedact()
    payloads = [_payload(f"User {NAMES[i % 6]} signed in with SSN {SSNS[i % 6]} at step {i}") for i in range(40)]
    out = _run(sr, redactor, payloads)
    assert out == _ordinary(redactor, payloads)
    for i, o in enumerate(out):
        assert NAMES[i % 6] not in o[0] and SSNS[i % 6] not in o[0]
    assert sr.stats() == {"templates_probation": 0, "templates_admitted": 0, "templates_learned": 0}


def test_fstring_with_slots_is_never_admitted(redactor: Redactor) -> None:
    """f-string text plus a %s slot: each template is seen once, stays on probation, never learned."""
    sr = SlotRedact()
    payloads = [_payload(f"User {NAMES[i % 6]} step {i}: %s", "ok") for i in range(50)]
    out = _run(sr, redactor, payloads)
    assert out == _ordinary(redactor, payloads)
    st = sr.stats()
    assert st["templates_admitted"] == 0 and st["templates_learned"] == 0


def test_template_seen_once(redactor: Redactor) -> None:
    """A template's first record goes the ordinary way (same output); it is only remembered as a hash."""
    sr = SlotRedact()
    p = _payload("Refund for %s approved", "Robert Miller")
    assert _run(sr, redactor, [p]) == _ordinary(redactor, [p])
    assert sr.stats() == {"templates_probation": 1, "templates_admitted": 0, "templates_learned": 0}


def test_template_whose_text_holds_a_name(redactor: Redactor) -> None:
    """A template that itself names a person is never put on the slot path."""
    sr = SlotRedact()
    payloads = [_payload("Alice Johnson approved order %s", str(i)) for i in range(10)]
    out = _run(sr, redactor, payloads)
    assert out == _ordinary(redactor, payloads)
    assert all("Alice Johnson" not in o[0] for o in out)
    assert sr.stats()["templates_learned"] == 0


def test_ten_thousand_distinct_templates_stay_within_the_bound(redactor: Redactor) -> None:
    """10,000 distinct templates (each seen twice) keep every table within max_templates."""
    sr = SlotRedact(max_templates=500)
    for start in range(0, 10_000, 1000):
        batch = [_payload(f"job {k} finished for %s", "ok") for k in range(start, start + 1000)]
        _run(sr, redactor, batch)
        _run(sr, redactor, batch)
        st = sr.stats()
        assert st["templates_probation"] <= 500
        assert st["templates_admitted"] <= 500
        assert st["templates_learned"] <= 500


def test_default_bound_with_ten_thousand_one_off_templates(redactor: Redactor) -> None:
    """The default bound holds for 10,000 one-off templates too."""
    sr = SlotRedact()
    for start in range(0, 10_000, 2000):
        _run(sr, redactor, [_payload(f"step {k}: %s", "done") for k in range(start, start + 2000)])
    st = sr.stats()
    assert st["templates_probation"] <= sr.max_templates and st["templates_learned"] == 0


def _mix(n: int) -> list[RecordPayload]:
    out: list[RecordPayload] = []
    for i in range(n):
        name, ssn = NAMES[i % 6], SSNS[i % 6]
        email = f"{name.split()[0].lower()}.{i}@example.com"
        k = i % 8
        if k == 0:
            out.append(_payload("User %s signed in from %s", name, email))
        elif k == 1:
            out.append(_payload("Payment by %s, SSN %s, amount %d cents", name, ssn, i))
        elif k == 2:
            out.append(_payload("Password reset mail sent to %s", email))
        elif k == 3:
            out.append(_payload("Customer %s viewed %s", name, "/api/cart"))
        elif k == 4:
            out.append(_payload("GET %s 200 in %d ms", "/api/cart", i % 97))
        elif k == 5:
            out.append(_payload("Request %d failed for %s", i, email,
                                exc=f"Traceback ...\nValueError: SSN {ssn} rejected for {name}"))
        elif k == 6:
            out.append(_payload("Customer %s updated profile", name, extras={"email": email, "note": f"call {name}"}))
        else:
            out.append(_payload(f"inline {name} with SSN {ssn}"))
    return out


def test_no_detected_value_survives_and_order_is_kept(redactor: Redactor) -> None:
    """Over a mixed batch (slot records, exceptions, extras, f-strings), every value the
    ordinary path redacts is gone from the slot path's output, record by record, in order."""
    sr = SlotRedact()
    payloads = _mix(240)
    out: list[tuple[object, ...]] = []
    for k in range(0, len(payloads), 48):
        out += _run(sr, redactor, payloads[k:k + 48])
    assert len(out) == len(payloads)
    found = redactor.detect([p.message for p in payloads])
    for p, o, fs in zip(payloads, out, found):
        assert isinstance(o, tuple) and len(o) == 4
        for f in fs:
            assert p.message[f.start:f.end] not in str(o[0])
        # order: the record's own non-PII text is where it was
        assert str(o[0]).split(" ")[0] == p.message.split(" ")[0]
        if p.exc is not None:
            assert "SSN" in str(o[1]) and SSNS[0] not in str(o[1]) and all(s not in str(o[1]) for s in SSNS)
        if p.extras:
            assert isinstance(o[3], dict) and all(n not in str(o[3]) for n in NAMES)
    assert sr.stats()["templates_learned"] >= 3


def test_slot_path_equals_ordinary_path_on_the_mix(redactor: Redactor) -> None:
    """On the benchmark-like mix the slot path redacts exactly what the ordinary path does."""
    sr = SlotRedact()
    payloads = _mix(400)
    out = _run(sr, redactor, payloads)
    assert out == _ordinary(redactor, payloads)


def test_other_backends_take_the_ordinary_path() -> None:
    """A redactor whose detector is not the builtin gets the ordinary redaction."""
    regex = build_redactor(backend="regex")
    sr = SlotRedact()
    payloads = _mix(32)
    assert _run(sr, regex, payloads) == _ordinary(regex, payloads)
    assert sr.stats()["templates_learned"] == 0


def test_plain_tuples_pass_through(redactor: Redactor) -> None:
    """Payloads that are not RecordPayloads (4-tuples) are redacted the ordinary way."""
    sr = SlotRedact()
    plain = [("User Alice Johnson, SSN 219-09-9999", None, None, None)]
    assert _run(sr, redactor, plain) == redactor.redact_values(plain)  # type: ignore[arg-type]


def test_reset_after_fork_gives_fresh_locks(redactor: Redactor) -> None:
    """reset_after_fork (also run in a forked child) replaces the locks and keeps working."""
    sr = SlotRedact()
    payloads = _mix(16)
    before = _run(sr, redactor, payloads)
    old = sr._lock
    sr.reset_after_fork()
    assert sr._lock is not old
    assert _run(sr, redactor, payloads) == before


@pytest.mark.parametrize("template,values", [
    ("login ok for user %s", ["jsmith", "mgarcia", "rmiller", "dthompson", "swilson", "akhan"]),
    ("session %s user_name=%s", ["jsmith", "mgarcia", "rmiller", "dthompson", "swilson", "akhan"]),
    ("customer %s called", ["alice johnson", "robert miller", "maria garcia", "david thompson"]),
    ("note: %s", ["spoke with Alice Johnson today", "ok", "Robert Miller will call back", "done"]),
])
def test_context_read_slots_keep_the_model(redactor: Redactor, template: str, values: list[str]) -> None:
    """Slots the name detector reads from the template's context (accounts after ``user``,
    lower-case names after ``customer``) are redacted exactly as on the ordinary path,
    though no name-shaped word is in them."""
    sr = SlotRedact()
    payloads = [_payload(template, *(["s1", v] if template.startswith("session") else [v])) for v in values * 3]
    assert _run(sr, redactor, payloads) == _ordinary(redactor, payloads)


def test_object_argument_holding_a_name(redactor: Redactor) -> None:
    """An object whose str() is a name is redacted (rendered in the caller, then a str slot)."""

    class Customer:
        def __init__(self, name: str) -> None:
            self.name = name

        def __str__(self) -> str:
            return self.name

    sr = SlotRedact()
    payloads = [_payload("Invoice for %s sent", Customer(n)) for n in NAMES * 2]
    out = _run(sr, redactor, payloads)
    assert out == _ordinary(redactor, payloads)
    assert all(n not in o[0] for n, o in zip(NAMES * 2, out))


def _dev_lines(limit: int) -> list[dict[str, object]]:
    import json
    from pathlib import Path

    out: list[dict[str, object]] = []
    for name in ("dev_logs.jsonl", "dev_logs_v2.jsonl"):
        path = Path("/work/shared/data") / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["spans"]:
                    out.append(d)
    return out[::max(1, len(out) // limit)][:limit]


def test_dev_corpus_as_templates_nothing_in_a_slot_survives(redactor: Redactor) -> None:
    """Dev-corpus lines as templates (gold spans become %s slots, each logged 4 times with
    values rotated from other lines): every character of a slot the ordinary path redacts
    is redacted on the slot path too."""
    import random

    lines = _dev_lines(250)
    if not lines:
        pytest.skip("dev corpus not available")
    pool: dict[str, list[str]] = {}
    for d in lines:
        for s, e, t in d["spans"]:  # type: ignore[attr-defined]
            pool.setdefault(t, []).append(str(d["text"])[s:e])
    rnd = random.Random(3)
    payloads: list[RecordPayload] = []
    for d in lines:
        text, spans = str(d["text"]), sorted(d["spans"])  # type: ignore[call-overload]
        parts, pos = [], 0
        for s, e, _ in spans:
            parts += [text[pos:s].replace("%", "%%"), "%s"]
            pos = e
        parts.append(text[pos:].replace("%", "%%"))
        for k in range(4):
            args = [text[s:e] if k == 0 else rnd.choice(pool[t]) for s, e, t in spans]
            payloads.append(_payload("".join(parts), *args))
    sr = SlotRedact()
    out: list[tuple[object, ...]] = []
    for k in range(0, len(payloads), 64):
        out += _run(sr, redactor, payloads[k:k + 64])
    ordinary = _ordinary(redactor, payloads)
    assert sr.stats()["templates_admitted"] > 0
    for p, mine, theirs in zip(payloads, out, ordinary):
        assert p.template is not None and p.args is not None
        from piiredact._templates import _layout, _parse

        parsed = _parse(p.template)
        assert parsed is not None
        _, spans = _layout(p.template, parsed, p.args)
        a, b = str(theirs[0]), str(mine[0])  # type: ignore[index]
        if len(a) != len(p.message) or len(b) != len(p.message):
            continue  # mask mode keeps lengths; anything else is compared as a whole below
        for s, e in spans:
            leaked = [i for i in range(s, e) if a[i] != p.message[i] and b[i] == p.message[i]]
            assert not leaked, (p.template, p.args)


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_queue_handler_uses_the_slot_path_in_order() -> None:
    """RedactingQueueHandler (default backend) keeps %-templates for the worker: every
    record delivered once, in order, nothing detected left, the templates learned."""
    from piiredact import RedactingQueueHandler
    from piiredact._templates import RecordPayload as RP

    target = _Lines()
    h = RedactingQueueHandler(handlers=[target])
    log = logging.getLogger("test.templates.queue")
    log.handlers[:] = [h]
    log.propagate = False
    log.setLevel(logging.INFO)
    rec = logging.LogRecord("app", logging.INFO, __file__, 1, "User %s", ("Alice Johnson",), None)
    assert isinstance(h.prepare(rec).payload, RP)
    try:
        for i in range(300):
            log.info("#%d Payment by %s, SSN %s", i, NAMES[i % 6], SSNS[i % 6])
            if i % 50 == 0:
                log.info(f"#{i} inline {NAMES[i % 6]}")
    finally:
        h.close()
    numbered = [int(line.split()[0][1:]) for line in target.lines]
    assert numbered == sorted(numbered) and len(target.lines) == 306
    assert not any(n in line or s in line for line in target.lines for n, s in zip(NAMES, SSNS))
    sr = h.queue._redact
    assert isinstance(sr, SlotRedact) and sr.stats()["templates_learned"] >= 1


def test_aged_templates_are_checked_again(redactor: Redactor) -> None:
    """With max_age=0 every admitted template is re-checked and counted afresh: same output."""
    sr = SlotRedact(max_age=0.0)
    payloads = [_payload("Payment by %s, SSN %s", NAMES[i % 6], SSNS[i % 6]) for i in range(12)]
    assert _run(sr, redactor, payloads) == _ordinary(redactor, payloads)
    assert sr.stats()["templates_admitted"] <= 1


def test_a_vouched_slot_holds_a_filler_while_the_model_reads_the_others(redactor: Redactor) -> None:
    """Once slot 0 is known to hold names, the model reads the record for slot 1 with a fixed
    name in slot 0: every person shares one cached answer, a name in slot 1 is still found,
    and the filler never counts as evidence for slot 0."""
    from piiredact.backends._names import NameDetector

    sr = SlotRedact()
    people = [f"{g} {m}. {s}" for g in ("Hannah", "Oskar", "Priya") for m in "ABC" for s in ("White", "Novak")]
    warm = [_payload("Customer %s viewed %s", who, f"/api/orders/{k}") for k, who in enumerate(people)]
    for p, (msg, *_) in zip(warm, _run(sr, redactor, warm)):
        assert p.args is not None and p.args[0] not in msg and p.args[0].split()[-1] not in msg
    seen: list[str] = []
    real = NameDetector.detect

    def spy(self: NameDetector, texts: list[str]) -> list[list[object]]:
        seen.extend(texts)
        return real(self, texts)

    late = [_payload("Customer %s viewed %s", who, "/api/cart") for who in people[:6]]
    late.append(_payload("Customer %s viewed %s", "Oskar B. Novak", "Maria Garcia"))
    NameDetector.detect = spy  # type: ignore[method-assign]
    try:
        out = _run(sr, redactor, late)
    finally:
        NameDetector.detect = real  # type: ignore[method-assign]
    assert {t for t in seen if t.startswith("Customer ")} <= {"Customer Jane Doe viewed /api/cart",
                                                              "Customer Jane Doe viewed Maria Garcia"}
    assert all(p.args[0] not in o[0] for p, o in zip(late, out))  # type: ignore[index]
    assert "Maria" not in out[-1][0] and "Garcia" not in out[-1][0]
    assert out[-1][0].endswith(" viewed " + "*" * len("Maria Garcia"))
    engine = next(iter(sr._engines.values()))
    assert engine is not None
    (tpl,) = [t for t in engine.admission._known.values() if t is not None]
    assert tpl.seen[0] == tpl.hits[0] < tpl.uses  # the filler reads did not count for slot 0


def test_a_template_ending_in_a_verb_after_user_takes_the_slot_path(redactor: Redactor) -> None:
    """'User %s signed in from %s' holds no name of its own, so it is admitted and learned."""
    sr = SlotRedact()
    payloads = [_payload("User %s signed in from %s", NAMES[i % 6], f"user{i}@example.org") for i in range(12)]
    for p, (msg, *_) in zip(payloads, _run(sr, redactor, payloads)):
        assert p.args is not None and p.args[0] not in msg and "@example.org" not in msg
    assert sr.stats()["templates_learned"] == 1
