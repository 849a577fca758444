"""SlotLearner: name slots of logging templates learned from evidence, no raw text kept."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from piiredact import Finding
from piiredact.backends._names import NameDetector, SlotLearner

WHO = ["Imogen Trask", "Barnaby Wilde", "Teodor Blackwood", "Saoirse Kavanagh", "Ezekiel Thornbury"]


class CountingDetector(NameDetector):
    """A real NameDetector that counts detect() calls."""

    def __init__(self) -> None:
        super().__init__(cache_size=0)
        self.calls = 0

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        self.calls += 1
        return super().detect(texts)


def values(message: str, found: list[Finding]) -> list[str]:
    """The NAME values of a detect_record() answer."""
    return [message[f.start : f.end] for f in found]


def test_slot_learned_after_evidence_then_model_skipped() -> None:
    """After min_evidence names in a slot, later records are redacted there without the model."""
    det = CountingDetector()
    learner = SlotLearner(det, min_evidence=3)
    for who in WHO[:3]:
        message, found = learner.detect_record("order %d placed by %s", (42, who))
        assert [who] == values(message, found)
    assert 3 == det.calls
    message, found = learner.detect_record("order %d placed by %s", (43, "quentin marsh"))
    assert "order 43 placed by quentin marsh" == message
    assert ["quentin marsh"] == values(message, found)
    assert 0.9 == found[0].score
    assert 3 == det.calls


def test_unlearned_slot_still_uses_the_model() -> None:
    """Other string slots with a name-shaped word still go to the model, in context."""
    det = CountingDetector()
    learner = SlotLearner(det, min_evidence=2)
    for who in WHO[:2]:
        learner.detect_record("%s shared %s", (who, "a report"))
    message, found = learner.detect_record("%s shared %s", (WHO[2], "it with Barnaby Wilde"))
    assert [WHO[2], "Barnaby Wilde"] == values(message, found)
    assert 3 == det.calls


def test_slot_with_non_names_is_not_learned() -> None:
    """A slot that held a non-name is never taken as a name slot."""
    learner = SlotLearner(CountingDetector(), min_evidence=2)
    for arg in ["Imogen Trask", "Postgres", "Barnaby Wilde", "Teodor Blackwood"]:
        learner.detect_record("connected to %s", (arg,))
    message, found = learner.detect_record("connected to %s", ("Kafka",))
    assert [] == values(message, found)


def test_non_positional_and_broken_records_fall_back_to_the_message() -> None:
    """Mapping args, too few args or bad conversions are detected as one formatted message."""
    learner = SlotLearner(CountingDetector())
    message, found = learner.detect_record("user %(name)s logged in", {"name": "Imogen Trask"})
    assert ("user Imogen Trask logged in", ["Imogen Trask"]) == (message, values(message, found))
    message, found = learner.detect_record("ticket %d for %s", ("x", "Barnaby Wilde"))
    assert ["Barnaby Wilde"] == values(message, found)
    message, _ = learner.detect_record("100%% done by %s", ("Teodor Blackwood",))
    assert "100% done by Teodor Blackwood" == message


def test_bounded_and_value_free() -> None:
    """At most max_templates are tracked, keyed by an int hash with integer counts only."""
    learner = SlotLearner(CountingDetector(), max_templates=3)
    for i in range(6):
        learner.detect_record(f"step {i} by %s", (WHO[i % len(WHO)],))
    assert 3 == learner.known_slots()
    for key, stats in learner._stats.items():
        assert isinstance(key, int)
        assert all(isinstance(n, int) for n in stats.names + stats.seen)


def test_forgets_after_max_age() -> None:
    """With max_age=0 nothing learned is ever reused: every record runs the model."""
    det = CountingDetector()
    learner = SlotLearner(det, min_evidence=1, max_age=0.0)
    for who in WHO:
        learner.detect_record("hello %s", (who,))
    assert len(WHO) == det.calls


def test_thread_safe() -> None:
    """Concurrent records on one learner give the same answers as a fresh, serial learner."""
    learner = SlotLearner(min_evidence=2)
    records = [("order %d placed by %s", (i, WHO[i % len(WHO)])) for i in range(40)]
    expected = [SlotLearner(min_evidence=10**9).detect_record(t, a) for t, a in records]
    out: dict[int, list[tuple[str, list[Finding]]]] = {}
    start = threading.Barrier(4)

    def work(n: int) -> None:
        start.wait()
        out[n] = [learner.detect_record(t, a) for t, a in records]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for n in range(4):
        assert [(m, values(m, f)) for m, f in expected] == [(m, values(m, f)) for m, f in out[n]]
