"""The CLI's pure pieces in-process: record grouping, batch cutting, chunk processing, stats."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piiredact import ConfigError, Policy, Redactor
from piiredact._cli_pipeline import Batcher, Options, Processor, merge_stats
from piiredact._records import record_rule
from piiredact.testing import FakeDetector

JAVA = (
    "2025-11-02T10:00:00Z ERROR send failed\n"
    "java.lang.IllegalStateException: no route\n"
    "\tat com.acme.Mailer.send(Mailer.java:42)\n"
    "Caused by: java.io.IOException: refused\n"
    "\t... 12 more"
)
PYTHON = (
    "2025-11-02 10:00:00,123 ERROR lookup failed\n"
    "Traceback (most recent call last):\n"
    '  File "app.py", line 3, in <module>\n'
    "    raise KeyError(k)\n"
    "KeyError: 'k'"
)


@pytest.mark.parametrize("trace", [JAVA, PYTHON])
def test_auto_groups_stack_traces(trace: str) -> None:
    """auto: a Java or Python stack trace and its message form one record."""
    assert [trace, "2025-11-02 10:00:01 INFO next"] == record_rule("auto").split(trace + "\n2025-11-02 10:00:01 INFO next")


def test_auto_never_merges_plain_lines() -> None:
    """auto: unindented lines without a trace marker stay separate, blank lines included."""
    lines = ["GET /a 200", "Error: disk full", "", "user logged in", "12:00 tick", "Jun 14 15:16:01 host x"]
    assert lines == record_rule("auto").split("\n".join(lines))


def test_timestamp_and_regex_and_line_rules() -> None:
    """timestamp/regex: non-matching lines join the record above; line: no grouping."""
    text = "2025-11-02 10:00:00 a\nmore\n2025-11-02 10:00:01 b"
    assert ["2025-11-02 10:00:00 a\nmore", "2025-11-02 10:00:01 b"] == record_rule("timestamp").split(text)
    assert ["START a\nx", "START b"] == record_rule("^START").split("START a\nx\nSTART b")
    assert text.split("\n") == record_rule("line").split(text)
    assert record_rule("none").starts_record("  indented")


def test_bad_record_regex_is_a_config_error() -> None:
    """An invalid --record-start regex is a one-line ConfigError naming the option."""
    with pytest.raises(ConfigError, match="record_start"):
        record_rule("(unclosed")


def test_batcher_holds_back_the_last_record_until_closed() -> None:
    """size cuts stop before the last record (it may continue); time/final release it."""
    b = Batcher(record_rule("auto"), batch_bytes=10)
    b.add(b"one\ntwo\nthree\n  continued\n")
    chunk, first, lines = b.take("size") or (b"", 0, 0)
    assert (b"one\ntwo\n", 1, 2) == (chunk, first, lines)
    assert (b"three\n  continued\n", 3, 2) == b.take("time")
    b.add(b"partial")
    assert b.take("time") is None  # never a partial line before the input ends
    assert (b"partial", 5, 1) == b.take("final")


def test_batcher_cuts_an_endless_line_at_whitespace() -> None:
    """A line beyond max_line is cut at whitespace (bounded memory), counted."""
    b = Batcher(record_rule("line"), batch_bytes=4, max_line=16)
    b.add(b"aaaa bbbb cccc dddd eeee")
    assert (b"aaaa bbbb cccc dddd ", 1, 1) == b.take("size")
    assert 1 == b.cut_lines


def _fake_processor(fmt: str = "auto", values: dict[str, str] | None = None) -> Processor:
    det = FakeDetector(values or {})
    return Processor(Options(fmt=fmt, backend="fake"), Redactor(det, Policy(action="replace")))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_nothing_found_means_byte_exact(chunk: bytes) -> None:
    """Any bytes (invalid UTF-8, NUL, CR, JSON or not) come out unchanged when nothing is found."""
    out, records, _found, _stats = _fake_processor().process(chunk)
    assert chunk == out
    assert (chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)) >= records


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), min_size=1, max_size=20))
def test_lines_keep_their_place_around_redactions(lines: list[str]) -> None:
    """Redaction changes only the values: line count and the text around them are kept."""
    lines = [ln.replace("\n", " ").replace("\r", " ") + " Zed" for ln in lines]
    chunk = "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n"
    out, _, _, stats = _fake_processor("text", {"Zed": "NAME"}).process(chunk)
    assert [ln.removesuffix("Zed") + "[NAME]" for ln in lines] == out.decode().split("\n")[:-1]
    assert len(lines) == stats.get("findings.NAME", 0)


def test_scan_counts_findings_per_entity() -> None:
    """scan output is one findings line per record; stats count per entity, no values."""
    p = Processor(Options(command="scan", backend="fake"), Redactor(FakeDetector({"Zed": "NAME"})))
    out, records, found, stats = p.process(b"hi Zed\nnone\n")
    assert (2, True, 1) == (records, found, stats["findings.NAME"])
    assert [[(3, 6)], []] == [[(f["start"], f["end"]) for f in json.loads(r)["findings"]] for r in out.splitlines()]


def test_merge_stats_adds_counters_maxima_and_histograms() -> None:
    """Worker stats merge: counters add, *_max take the maximum, histograms add per bucket."""
    total: dict[str, object] = {}
    merge_stats(total, {"records": 2, "q_max": 3, "lat_hist": {"0.1": 1}})
    merge_stats(total, {"records": 5, "q_max": 1, "lat_hist": {"0.1": 2, "1.0": 1}})
    assert {"records": 7, "q_max": 3, "lat_hist": {"0.1": 3, "1.0": 1}} == total


def test_chunk_results_are_named() -> None:
    """Processor results are a named type (no positional ``items[0][3]``)."""
    from piiredact._cli_pipeline import ChunkResult

    res = _fake_processor("text", {"Zed": "NAME"}).process(b"hi Zed\n")
    assert isinstance(res, ChunkResult)
    assert (b"hi [NAME]\n", 1, False) == (res.data, res.records, res.found)
    assert 1 == res.stats["findings.NAME"]


@pytest.mark.parametrize("spec", ["tiemstamp", "START", "lines", "ts"])
def test_record_start_bare_words_are_refused(spec: str) -> None:
    """A bare word is a misspelt rule name, not a regex (it used to make the whole file one record)."""
    with pytest.raises(ConfigError, match="--record-start: not a rule name"):
        record_rule(spec, option="--record-start")


@pytest.mark.parametrize("spec", ["^START", r"\d{4}-", "(?:INFO|WARN) ", "Timestamp", "NONE"])
def test_record_start_rule_names_and_regexes_are_accepted(spec: str) -> None:
    """Rule names (any case) and values with regex syntax that compile are valid."""
    assert record_rule(spec).spec in (spec, spec.lower())


def test_sniff_knows_compressed_and_binary_formats() -> None:
    """Formats are told by magic numbers; text (NUL bytes included) is text."""
    import bz2
    import gzip
    import lzma

    from piiredact._cli_io import sniff

    assert "gzip" == sniff(gzip.compress(b"x"))
    assert "bzip2" == sniff(bz2.compress(b"x"))
    assert "xz" == sniff(lzma.compress(b"x"))
    assert "zip" == sniff(b"PK\x03\x04rest")
    assert "tar" == sniff(b"app.log" + b"\x00" * 250 + b"ustar\x0000")
    assert sniff(b"BZh9 is a log line\n") is None  # the bzip2 magic needs its block header
    assert sniff(b"\x00\x00 padded log\n") is None


def test_encode_keeps_raw_bytes_and_escapes_other_surrogates() -> None:
    """Our own surrogate escapes become their bytes again; a foreign lone surrogate becomes the
    text \\ud800 (a JSON escape) without touching any other character."""
    from piiredact._cli_pipeline import encode

    raw = b"caf\xff\xfe"
    text = raw.decode("utf-8", "surrogateescape") + "\n" + '{"m":"\ud800 x"}'
    assert raw + b'\n{"m":"\\ud800 x"}' == encode(text)
