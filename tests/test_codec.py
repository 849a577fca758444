"""redact_lines/scan_lines: the one line codec for text and JSON lines."""

from __future__ import annotations

import json

import pytest

from piiredact import Policy, Redactor, redact_lines, scan_lines
from piiredact.testing import FakeDetector

EMAIL = "ann.lee@example.com"


@pytest.fixture
def r() -> Redactor:
    return Redactor(FakeDetector({EMAIL: "EMAIL"}), Policy(action="replace"), fallback=None)


def test_text_and_json_lines_in_one_call(r: Redactor) -> None:
    """Text lines as text, JSON lines value by value; one detector call for the batch."""
    lines = [f"mail {EMAIL}", json.dumps({"user": EMAIL, "n": 1}), "plain"]
    result = redact_lines(r, lines)
    assert ["mail [EMAIL]", '{"user":"[EMAIL]","n":1}', "plain"] == result.values
    assert "primary" == result.tier
    assert [3] == r.detector.batch_sizes  # type: ignore[attr-defined]


def test_unchanged_json_line_is_kept_byte_for_byte(r: Redactor) -> None:
    """A JSON line with nothing to redact keeps its own spacing, key order and escapes."""
    line = '{ "a" : "caf\\u00e9",   "b": [1, 2] }  '
    assert [line] == redact_lines(r, [line]).values


def test_changed_json_line_keeps_ascii_escaping_and_trailing_space(r: Redactor) -> None:
    """ASCII lines stay ASCII (escapes such as a lone surrogate stay escapes)."""
    line = '{"m": "' + EMAIL + '", "x": "\\udcff"}\r'
    out = redact_lines(r, [line]).values[0]
    assert '{"m":"[EMAIL]","x":"\\udcff"}\r' == out
    non_ascii = '{"m": "' + EMAIL + '", "x": "é"}'
    assert '{"m":"[EMAIL]","x":"é"}' == redact_lines(r, [non_ascii]).values[0]


def test_formats(r: Redactor) -> None:
    """text: JSON is text too; jsonl: any JSON value (a JSON string line) is a value."""
    line = json.dumps({"user": EMAIL})
    assert ['{"user": "[EMAIL]"}'] == redact_lines(r, [line], "text").values
    assert ['"[EMAIL]"'] == redact_lines(r, [json.dumps(EMAIL)], "jsonl").values
    assert ['"[EMAIL]"'] == redact_lines(r, [json.dumps(EMAIL)], "auto").values  # as text
    with pytest.raises(ValueError):
        redact_lines(r, [line], "xml")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        redact_lines(r, line)


def test_too_deep_json_is_redacted_as_text(r: Redactor) -> None:
    """JSON nested deeper than the walk goes is analysed as the text it is."""
    line = "[" * 200 + json.dumps(EMAIL) + "]" * 200
    out = redact_lines(r, [line]).values[0]
    assert EMAIL not in out and "[EMAIL]" in out


def test_key_values_in_text_lines(r: Redactor) -> None:
    """key_values=True masks values of redact_keys written as key=value in text lines."""
    lines = ["login password=hunter2 token: 'abc def' user=bob"]
    assert ["login password=[PASSWORD] token: '[PASSWORD]' user=bob"] == redact_lines(
        r, lines, key_values=True).values
    assert lines == redact_lines(r, lines).values


def test_scan_lines_reports_key_based_redaction(r: Redactor) -> None:
    """Issue 17: scan reports what redact would redact, including {"password": "..."}."""
    found = scan_lines(r, ['{"password": "hunter2", "note": "' + EMAIL + '"}', f"x {EMAIL}", "password=pw1"],
                       key_values=True)
    assert [
        [{"path": ["note"], "start": 0, "end": len(EMAIL), "entity": "EMAIL", "score": 0.99, "source": "fake"},
         {"path": ["password"], "start": 0, "end": 7, "entity": "PASSWORD", "score": 1.0, "source": "redact_keys"}],
        [{"path": [], "start": 2, "end": 2 + len(EMAIL), "entity": "EMAIL", "score": 0.99, "source": "fake"}],
        [{"path": [], "start": 9, "end": 12, "entity": "PASSWORD", "score": 1.0, "source": "redact_keys"}],
    ] == [[f.as_dict() for f in fs] for fs in found]
