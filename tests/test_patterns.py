"""The pattern tier's structure and its fixes: crashes, memory, long runs, exit with re2, the table."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piiredact import Policy, Redactor
from piiredact.backends._patterns import RegexDetector
from piiredact.backends._patterns._table import PII_ROWS, Row

DETECTOR = RegexDetector()


def found(text: str, detector: RegexDetector = DETECTOR) -> set[tuple[str, str]]:
    """``{(entity, value)}`` found in ``text``."""
    return {(f.entity, text[f.start : f.end]) for f in detector.detect([text])[0]}


# -- 12.4: values that leave no word after trimming crashed _is_uncased ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customer{firstName='.', email='ann@example.com'}",
            "Customer{firstName='.', email='***************'}",
        ),
        ('full_name="."', 'full_name="."'),
        ('{"name": "O\'"}', '{"name": "O\'"}'),
        ("name=... id=1", "name=... id=1"),
        ("Dear O' Neil", "Dear O' Neil"),
    ],
)
def test_dot_and_apostrophe_values_do_not_crash(text: str, expected: str) -> None:
    """A name value of dots or a lone apostrophe is no name and no crash: the rest is still redacted."""
    assert expected == Redactor("regex").redact(text)


# -- 12.13: no module-level memo keeps raw text ------------------------------------------------------


def _strings_on_heap() -> list[str]:
    """Every string reachable from a gc-tracked object (untracked dicts and tuples are walked too)."""
    gc.collect()
    out: list[str] = []
    seen: set[int] = set()
    todo = list(gc.get_objects())
    while todo:
        obj = todo.pop()
        for ref in gc.get_referents(obj):
            if type(ref) is str:
                out.append(ref)
            elif type(ref) in (dict, tuple, list, set, frozenset) and id(ref) not in seen:
                seen.add(id(ref))
                if not gc.is_tracked(ref):  # tracked ones are in the list already
                    todo.append(ref)
    return out


def test_no_redacted_value_stays_on_the_heap() -> None:
    """After a redactor is gone, no string on the heap holds a name, phone tail or card it redacted."""
    # Built at run time so that no code constant holds the values.
    first, last = (
        "".join(map(chr, (90, 101, 110, 111, 98, 105, 97))),
        "".join(map(chr, (81, 117, 105, 108, 108))),
    )
    name = f"{first} {last}"
    lines = [
        f"Dear {name}, welcome",
        f'{{"full_name": "{name}"}}',
        f"Thanks {name} called tel 415 555 {7 * 1000 + 123}",
        f"customer={name} card 4111 1111 1111 {1000 + 111}",
    ]
    redactor = Redactor(RegexDetector(), Policy())
    for _ in range(3):  # the memos are filled on a repeat
        out = redactor.redact_many(lines)
    assert all(name not in o for o in out)
    del redactor, out, lines
    partial = f"{first} {last[:3]}"
    leaked = [
        s for s in _strings_on_heap() if s is not name and s is not partial and (name in s or partial in s)
    ]
    assert [] == leaked


# -- 13.7: every byte of a line is examined ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["12 " * 820, "12 " * 5000, "1 " * 4100, "1 " * 20000, "1234 " * 3000])
@pytest.mark.parametrize(
    ("value", "entity"),
    [("123-45-6789", "SSN"), ("(415) 555-0132", "PHONE"), ("4111 1111 1111 1111", "CREDIT_DEBIT_NUMBER")],
)
def test_value_after_a_long_number_run_is_found(prefix: str, value: str, entity: str) -> None:
    """An SSN, phone or card glued after thousands of number groups is still found."""
    text = prefix + value
    assert entity in {e for e, v in found(text) if v.endswith(value)}


def test_long_number_run_in_a_batch_is_found_too() -> None:
    """The same through a batch and through the builtin backend."""
    text = "12 " * 2000 + "123-45-6789"
    assert "*" * 11 == Redactor("regex").redact_many(["x", text])[1][-11:]
    assert "*" * 11 == Redactor("builtin").redact(text)[-11:]


# -- 13.16: re2 from daemon threads at interpreter exit ---------------------------------------------------

_EXIT_SCRIPT = textwrap.dedent(
    """
    import threading
    from piiredact import Redactor
    redactor = Redactor("regex")
    text = "\\n".join(["x" * 3000 + " Dear Ann Lee, name=Bo Chen"] * 200)
    ready = threading.Barrier(5)
    def work():
        redactor.redact(text)
        ready.wait()
        while True:
            redactor.redact(text)
    for _ in range(4):
        threading.Thread(target=work, daemon=True).start()
    ready.wait()
    """
)


def test_daemon_threads_redacting_at_exit_do_not_abort() -> None:
    """With google-re2, four daemon threads redacting while the interpreter exits: exit status 0, every run."""
    pytest.importorskip("re2")
    from piiredact.backends._patterns import _prefilter

    if _prefilter._prefilter is None:
        pytest.skip("the installed re2 build is not used")
    for _ in range(4):
        proc = subprocess.run([sys.executable, "-c", _EXIT_SCRIPT], capture_output=True, timeout=120)
        assert (0, b"") == (proc.returncode, proc.stderr)


def test_exit_switch_falls_back_to_pure_re() -> None:
    """Once the exit flag is set the prefilter answers None (pure ``re`` gates), same findings."""
    from piiredact.backends._patterns import _prefilter

    text = "Dear Ann Lee, ssn ending in 6789 fe80::1"
    before = DETECTOR.detect([text])
    saved = _prefilter._exiting
    try:
        _prefilter._exiting = True
        assert _prefilter._prefilter_lines(text, True) is None
        assert before == DETECTOR.detect([text])
    finally:
        _prefilter._exiting = saved


def test_a_call_in_flight_stops_at_its_next_search_once_exiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The exit flag set during a prefilter call ends it at its next search (pure-``re`` gates answer)
    and counts it out, so the exit wait is one search per thread, not a whole long text."""
    from piiredact.backends._patterns import _prefilter

    calls: list[int] = []

    def search(data: bytes, pos: int) -> int:
        calls.append(pos)
        _prefilter._exiting = True  # the interpreter starts exiting during the first search
        return pos if pos < len(data) else -1

    monkeypatch.setattr(_prefilter, "_prefilter", (search,) * 5)
    monkeypatch.setattr(_prefilter, "_exiting", False)
    text = "\n".join(["Dear Ann Lee"] * 50)
    assert _prefilter._prefilter_lines(text, True) is None
    assert [0] == calls
    assert 0 == _prefilter._active


# -- the table --------------------------------------------------------------------------------------------


def test_rows_are_table_entries_with_entities_and_gates() -> None:
    """Every pattern row names its entities, a compiled pattern and a validator."""
    from piiredact.backends._patterns._scan import _ROWS

    assert set(PII_ROWS) <= set(_ROWS)
    for row in _ROWS:
        assert isinstance(row, Row)
        assert row.entities <= RegexDetector.SUPPORTED_ENTITIES
        assert callable(row.extract)
        assert not row.pattern.match("\n")


def test_entities_argument_selects_types() -> None:
    """``entities=`` detects exactly those types; unknown types are a configuration error."""
    from piiredact import ConfigError

    text = "SSN 123-45-6789 ann@example.com Dear Ann Lee"
    assert {("EMAIL", "ann@example.com")} == found(text, RegexDetector(entities=["EMAIL"]))
    assert {"SSN", "EMAIL", "NAME"} == {e for e, _ in found(text, RegexDetector(entities="SSN,EMAIL,NAME"))}
    with pytest.raises(ConfigError):
        RegexDetector(entities=["NO_SUCH_TYPE"])


def test_old_import_path_still_works() -> None:
    """``backends._regex.RegexDetector`` is the same class (builtin and the registry use it)."""
    from piiredact.backends import _regex, create_detector

    assert _regex.RegexDetector is RegexDetector
    assert isinstance(create_detector("regex"), RegexDetector)


def test_name_hints_share_the_name_models_vocabulary() -> None:
    """Titles and particles of the context names come from ``backends/_names`` (plus this tier's few extras)."""
    from piiredact.backends._names._vocab import PARTICLES, TITLES
    from piiredact.backends._patterns import _hints

    assert TITLES <= _hints._TITLES
    assert PARTICLES <= _hints._PARTICLES
    assert {"Müller"} == {v for e, v in found("Dear Herr Müller, welcome") if e == "NAME"}  # "Herr" is a title


# -- the throughput work (perf session): each shortcut finds exactly what the full scan finds -----

_PIECES = (
    "Dear |to |by |with |into |Mr. |name=|name: |user=|full_name=\"|\"|'|hostname=|User(name=|)|Ann|Lee|Bo Chen|ANN"
    "|root|Zoë|Ünal|李雷|é| |  |\t|\n|,| and |=|:|->|5|0160/5657157|%2B49%20176%204696747|ann%40example.com|%20|%2540"
    "|+49 |0 6361 740 397|(82-68-222-194|(415) 555-0100|00447824791983|491514743197|num=|2016-09-28 04|0.00123456"
    "|1117838570123|tel:|sip:|[|@|;|,"
).split("|")
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _pure_re_findings(batch: list[str]) -> list[list[object]]:
    from piiredact.backends._patterns import _prefilter

    saved = _prefilter._prefilter
    try:
        _prefilter._prefilter = None
        return RegexDetector().detect(batch)  # type: ignore[return-value]
    finally:
        _prefilter._prefilter = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=5))
@example(["é Dear Ann Lee to Bo Chen\nname=Zoë Ünal user=Bo", "李雷 by Ann Lee, name: Bo"])
def test_name_candidates_from_re2_equal_a_scan(batch: list[str]) -> None:
    """Names tried only where the re2 prefilter matched (every offset, multi-byte text) equal a pure-re scan."""
    assert _pure_re_findings(batch) == RegexDetector().detect(batch)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_prefilter_starts_cover_every_name_match(text: str) -> None:
    """Every offset where the cue or key pattern matches is one the re2 prefilter lists (per line)."""
    from piiredact.backends._patterns import _hints, _prefilter

    pre = _prefilter._prefilter_lines(text, True, False, False)
    if pre is None:
        pytest.skip("google-re2 not installed")
    for pattern, windows in ((_hints._NAME_CUE, pre[0]), (_hints._NAME_KEYVAL, pre[0])):
        starts = {c for _, _, cs in windows for c in cs}
        ls = 0
        for line in text.split("\n"):
            for i in range(len(line)):
                if pattern.match(text, ls + i, ls + len(line)):
                    assert ls + i in starts
            ls += len(line) + 1


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_decoded_views_skipped_only_when_no_value_can_cover_an_escape(text: str) -> None:
    """Skipping decoded views that can hold no phone or e-mail over an escape changes no finding."""
    from piiredact.backends._patterns import _decoded

    fast = RegexDetector().detect([text])
    saved = _decoded.may_hold
    try:
        _decoded.may_hold = lambda view, marks: (True, True)  # type: ignore[assignment]
        full = RegexDetector().detect([text])
    finally:
        _decoded.may_hold = saved
    assert full == fast


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", " ", ",", "num=", "x sip:", "[", "(", "+", "tel ", "a 12 "]),
    st.text(alphabet="0123456789 -.()", min_size=7, max_size=30),
    st.sampled_from(["", ",", "@x", " x", ")", ";0"]),
)
@example(",", "0113507540", ",")
@example("(", "82-68-222-194", ".dsl")
@example(" ", "0 6361 740 397", " x")
@example("", "491514743197", ",")
def test_plain_number_is_exact_around_fields(prefix: str, run: str, suffix: str) -> None:
    """The fast "plain number" answer (trunk "0", E.164, "(" without ")") agrees with full classification."""
    from piiredact.backends._patterns._numbers import _NUMERIC, _numbers, _plain_number

    text = prefix + run + suffix
    for m in _NUMERIC.finditer(text):
        if m.lastgroup == "num" and _plain_number(text, m.start(), m.end(), 0):
            assert [] == list(_numbers(text, m.start(), m.end(), 0))


@given(st.text(alphabet="ab\né ", max_size=30))
def test_ascii_windows_cover_the_text_line_by_line(text: str) -> None:
    """The number pass's windows tile the text at newlines, each flagged by its alphabet."""
    from piiredact.backends._patterns._text import _ascii_windows

    pos = 0
    for i, (lo, hi, ascii_only) in enumerate(_ascii_windows(text)):
        assert lo == pos if i == 0 else (lo == pos + 1 and text[pos] == "\n")
        assert ascii_only == text[lo:hi].isascii()
        pos = hi
    assert pos == len(text)
