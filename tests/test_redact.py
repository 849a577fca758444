"""Redaction on offsets: unit cases and hypothesis properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from piiredact import Finding, Policy, Redactor, redact_text
from piiredact._redact import merge, select
from piiredact.testing import FakeDetector

from .strategies import any_findings, text_and_findings

MASK = Policy()
REPLACE = Policy(action="replace")
HASH = Policy(action="hash", hash_key="k3y")


def test_mask_keeps_length_and_context() -> None:
    """Masking replaces exactly the span with one mask character per character."""
    text = "SSN 123-45-6789 ok"
    assert "SSN *********** ok" == redact_text(text, [Finding(4, 15, "SSN")], MASK)


def test_replace_uses_entity_label() -> None:
    """Replace mode writes the canonical label, as the log4j2 sample's REPLACE mode."""
    text = "mail a@b.io now"
    assert "mail [EMAIL] now" == redact_text(text, [Finding(5, 11, "EMAIL")], REPLACE)


def test_offsets_not_first_occurrence() -> None:
    """The detected occurrence is replaced, not the first textual occurrence of the value."""
    text = "id 1234 then ssn-last4 1234"
    assert "id 1234 then ssn-last4 [SSN]" == redact_text(text, [Finding(23, 27, "SSN")], REPLACE)


def test_right_to_left_does_not_shift_spans() -> None:
    """Replacements of different lengths never move later or earlier spans."""
    text = "a@b.io and 10.0.0.1 and c@d.io"
    found = [Finding(0, 6, "EMAIL"), Finding(11, 19, "IP_ADDRESS"), Finding(24, 30, "EMAIL")]
    assert "[EMAIL] and [IP_ADDRESS] and [EMAIL]" == redact_text(text, found, REPLACE)


def test_overlapping_findings_merge_and_longest_wins() -> None:
    """Overlapping spans become one replacement labelled by the longest finding."""
    text = "x 4111111111111111 y"
    found = [Finding(2, 11, "SSN", 0.99), Finding(2, 18, "CREDIT_DEBIT_NUMBER", 0.9)]
    assert "x [CREDIT_DEBIT_NUMBER] y" == redact_text(text, found, REPLACE)


def test_adjacent_findings_merge() -> None:
    """Adjacent spans are merged into one replacement."""
    assert [(0, 7, Finding(0, 4, "NAME", 0.9))] == merge([Finding(0, 4, "NAME", 0.9), Finding(4, 7, "NAME", 0.8)])


def test_equal_length_highest_score_wins() -> None:
    """Between spans of equal length the higher score decides the label."""
    found = [Finding(0, 5, "NAME", 0.6), Finding(0, 5, "PHONE", 0.9)]
    assert "[PHONE]" == redact_text("12345", found, REPLACE)


def test_threshold_and_entities_filter() -> None:
    """Findings below the entity's threshold or of entities not acted on are kept."""
    policy = Policy(entities=["SSN"], rules={"SSN": {"min_score": 0.9}})
    found = [Finding(0, 3, "SSN", 0.95), Finding(4, 7, "SSN", 0.5), Finding(8, 11, "NAME", 1.0)]
    assert "*** bbb ccc" == redact_text("aaa bbb ccc", found, policy)


def test_keep_action_leaves_value() -> None:
    """An entity whose action is keep is not redacted."""
    policy = Policy(rules={"IP_ADDRESS": {"action": "keep"}})
    assert "10.0.0.1" == redact_text("10.0.0.1", [Finding(0, 8, "IP_ADDRESS")], policy)


def test_allow_list_exact_and_pattern() -> None:
    """Allow-listed values (exact or full-match regex) are never redacted."""
    policy = Policy(allow=["support@example.com"], allow_patterns=[r"10\.\d+\.\d+\.\d+"])
    text = "support@example.com 10.1.2.3 a@b.io"
    found = [Finding(0, 19, "EMAIL"), Finding(20, 28, "IP_ADDRESS"), Finding(29, 35, "EMAIL")]
    assert "support@example.com 10.1.2.3 ******" == redact_text(text, found, policy)


def test_hash_is_stable_and_keyed() -> None:
    """The same value and key give the same pseudonym; another key gives another."""
    f = [Finding(0, 6, "EMAIL")]
    a = redact_text("a@b.io", f, HASH)
    assert a == redact_text("a@b.io", f, HASH)
    assert a != redact_text("a@b.io", f, Policy(action="hash", hash_key="other"))
    assert a.startswith("[EMAIL:") and "a@b.io" not in a


def test_unicode_offsets() -> None:
    """Offsets count code points: emoji, combining marks and CJK around a span stay intact."""
    text = "👩‍💻 Zoë e\u0301 王小明 a@b.io ✅"
    s = text.index("a@b.io")
    assert "👩‍💻 Zoë e\u0301 王小明 ****** ✅" == redact_text(text, [Finding(s, s + 6, "EMAIL")], MASK)


@st.composite
def _text_with_values(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    """Filler over [a-z ] with digit-only values at known offsets (labels contain no digits)."""
    parts, found, pos = [], [], 0
    for _ in range(draw(st.integers(1, 6))):
        filler = draw(st.text(alphabet="abc xyz", max_size=8))
        value = draw(st.text(alphabet="0123456789", min_size=1, max_size=12))
        parts += [filler, value]
        pos += len(filler)
        found.append(Finding(pos, pos + len(value), draw(st.sampled_from(["SSN", "PHONE", "NAME"])), 0.9))
        pos += len(value)
    return "".join(parts), found


@given(_text_with_values())
def test_output_never_contains_detected_value(case: tuple[str, list[Finding]]) -> None:
    """With mask or replace, no character of any detected value survives."""
    text, found = case
    for policy in (MASK, REPLACE):
        out = redact_text(text, found, policy)
        assert not any(c.isdigit() for c in out)
    assert len(merge(found)) == redact_text(text, found, REPLACE).count("[")


@given(text_and_findings(min_findings=1))
def test_replace_equals_left_to_right_oracle(case: tuple[str, list[Finding]]) -> None:
    """Right-to-left replacement equals a naive left-to-right rebuild over merged spans."""
    text, found = case
    spans = merge(select(text, found, REPLACE))
    expected, pos = [], 0
    for s, e, win in spans:
        expected += [text[pos:s], f"[{win.entity}]"]
        pos = e
    expected.append(text[pos:])
    assert "".join(expected) == redact_text(text, found, REPLACE)


@given(text_and_findings())
def test_mask_keeps_length(case: tuple[str, list[Finding]]) -> None:
    """Masking never changes the text's length (and so never lengthens a span)."""
    text, found = case
    assert len(text) == len(redact_text(text, found, MASK))


@given(any_findings())
def test_random_findings_never_raise(case: tuple[str, list[Finding]]) -> None:
    """Out-of-range or empty findings are clipped, never an error."""
    text, found = case
    for policy in (MASK, REPLACE, HASH):
        assert isinstance(redact_text(text, found, policy), str)


@given(st.lists(st.sampled_from(["Ann Lee", "a@b.io", "ok", " ", "é", "🙂"]), max_size=12).map("".join))
def test_redaction_is_idempotent_under_detector(text: str) -> None:
    """Redacting already-redacted output changes nothing (replace and mask)."""
    det = FakeDetector({"Ann Lee": "NAME", "a@b.io": "EMAIL"})
    for policy in (MASK, REPLACE):
        r = Redactor(det, policy)
        once = r.redact(text)
        assert once == r.redact(once)
        assert "a@b.io" not in once and "Ann Lee" not in once


def test_hypothesis_profiles_are_equally_thorough() -> None:
    """Issue 12.4: the local profile explores as much as CI's, neither is derandomised (so CI
    keeps finding new inputs), failures print their reproduction blob, and only the local
    run keeps an example database (in the git-ignored .hypothesis/)."""
    from hypothesis import settings as hsettings

    local, ci = hsettings.get_profile("default"), hsettings.get_profile("ci")
    assert (local.max_examples, local.deadline, local.derandomize) == (ci.max_examples, ci.deadline, ci.derandomize)
    assert (False, True, True) == (ci.derandomize, local.print_blob, ci.print_blob)
    assert ci.database is None
    assert ".hypothesis" in str(getattr(local.database, "path", ""))
