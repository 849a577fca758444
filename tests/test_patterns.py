"""The pattern tier's structure and its fixes: crashes, memory, long runs, exit with re2, the table."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

import pytest

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
