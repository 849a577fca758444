"""Packing, splitting, the findings cache and the tier gate (pure code, no boto3 needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piiredact import Finding
from piiredact.backends._cache import FindingsCache, text_key
from piiredact.backends._chain import TieredDetector, needs_ner
from piiredact.backends._packing import (
    SEPARATOR,
    Pack,
    Piece,
    build_packs,
    merge_overlapping,
    split_text,
    utf8_len,
)
from piiredact.testing import FailingDetector, FakeDetector

_texts = st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120), max_size=30)
_words = st.lists(st.text(alphabet="abcdefgXYZé€😀", min_size=1, max_size=12), min_size=150, max_size=300)


@given(texts=_texts, max_bytes=st.integers(64, 600))
@settings(max_examples=150, deadline=None)
def test_packs_fit_and_cover_every_character(texts: list[str], max_bytes: int) -> None:
    """Every pack fits in max_bytes of UTF-8, and every non-blank text is covered exactly."""
    packs = build_packs([Piece(i, 0, t) for i, t in enumerate(texts)], max_bytes, overlap=16)
    covered: dict[int, set[int]] = {}
    for pack in packs:
        assert utf8_len(pack.text) <= max_bytes
        assert SEPARATOR.join(p.text for p in pack.pieces) == pack.text
        for p, start in zip(pack.pieces, pack.starts):
            assert p.text == pack.text[start:start + len(p.text)]
            assert texts[p.index][p.offset:p.offset + len(p.text)] == p.text
            covered.setdefault(p.index, set()).update(range(p.offset, p.offset + len(p.text)))
    for i, t in enumerate(texts):
        if t.strip():
            assert set(range(len(t))) == covered[i]


@given(texts=_texts.filter(lambda ts: any(t.strip() for t in ts)), max_bytes=st.integers(64, 600))
@settings(max_examples=100, deadline=None)
def test_unpack_maps_each_piece_back_to_its_own_offsets(texts: list[str], max_bytes: int) -> None:
    """A finding covering a whole piece comes back as that piece's span of its own text."""
    packs = build_packs([Piece(i, 0, t) for i, t in enumerate(texts)], max_bytes, overlap=16)
    for pack in packs:
        spans = [(s, s + len(p.text), "NAME", 0.5) for p, s in zip(pack.pieces, pack.starts)]
        got = pack.unpack(spans, "x")
        assert [(p.index, Finding(p.offset, p.offset + len(p.text), "NAME", 0.5, "x"))
                for p in pack.pieces if p.text] == got


def test_unpack_clips_a_span_crossing_the_separator_to_each_side() -> None:
    """A span over the boundary is kept on both sides; one inside the separator is dropped."""
    pack = build_packs([Piece(0, 0, "alpha"), Piece(1, 0, "beta")], 1000)[0]
    sep_start = len("alpha")
    got = pack.unpack([(2, sep_start + len(SEPARATOR) + 2, "NAME", 0.8), (sep_start + 1, sep_start + 3, "X", 1)], "c")
    assert [(0, Finding(2, 5, "NAME", 0.8, "c")), (1, Finding(0, 2, "NAME", 0.8, "c"))] == got


@given(words=_words, seps=st.lists(st.sampled_from([" ", "  ", "\n", "\t"]), min_size=300, max_size=300),
       max_bytes=st.integers(240, 500))
@settings(max_examples=40, deadline=None)
def test_split_keeps_every_short_entity_whole_in_some_chunk(words: list[str], seps: list[str], max_bytes: int) -> None:
    """Chunks fit, cover the text, and any word-aligned span up to the overlap lies inside one chunk."""
    text = "".join(w + s for w, s in zip(words, seps))
    overlap = 40
    chunks = split_text(text, max_bytes, overlap)
    assert all(utf8_len(c) <= max_bytes for _, c in chunks)
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    assert set(range(len(text))) == {i for o, c in chunks for i in range(o, o + len(c))}
    starts = [0] + [i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()]
    for a in starts:
        b = min(len(text), a + overlap)
        assert any(o <= a and b <= o + len(c) for o, c in chunks), (a, b)


def test_split_without_whitespace_still_progresses_and_fits() -> None:
    """A 10 MB-style line with no whitespace is hard-cut into fitting chunks."""
    text = "é" * 5000
    chunks = split_text(text, 1000, 100)
    assert all(utf8_len(c) <= 1000 for _, c in chunks)
    assert set(range(len(text))) == {i for o, c in chunks for i in range(o, o + len(c))}


def test_merge_overlapping_dedupes_findings_from_chunk_overlaps() -> None:
    """The same entity seen whole and truncated in two chunks becomes one finding."""
    fs = [Finding(10, 20, "NAME", 0.7, "c"), Finding(10, 16, "NAME", 0.9, "c"), Finding(12, 20, "EMAIL", 1, "c"),
          Finding(30, 35, "NAME", 0.5, "c")]
    assert [Finding(10, 20, "NAME", 0.9, "c"), Finding(12, 20, "EMAIL", 1, "c"),
            Finding(30, 35, "NAME", 0.5, "c")] == merge_overlapping(fs)


def test_pack_is_a_plain_value() -> None:
    """Pack exposes its pieces and starts (what the detector logs is counts, not this)."""
    pack = Pack((Piece(0, 0, "a"),), (0,), "a")
    assert [] == pack.unpack([(0, 0, "NAME", 1.0)], "c")


# -- cache ----------------------------------------------------------------------------------


def test_cache_is_lru_and_bounded() -> None:
    """The least recently used entry goes first; size never exceeds maxsize."""
    cache = FindingsCache(maxsize=2)
    a, b, c = (text_key(t) for t in ("a", "b", "c"))
    cache.put(a, [Finding(0, 1, "NAME")])
    cache.put(b, [])
    assert (Finding(0, 1, "NAME"),) == cache.get(a)
    cache.put(c, [])
    assert (None, 2) == (cache.get(b), len(cache))
    assert (1, 1) == (cache.hits, cache.misses)


def test_cache_keys_are_digests_and_hold_no_text() -> None:
    """Keys are 16-byte digests (per namespace); the stored state contains no raw text."""
    secret = "ssn 123-45-6789 of Anna Mach"
    cache = FindingsCache()
    key = text_key(secret, "comprehend/en")
    cache.put(key, [Finding(4, 15, "SSN")])
    assert 16 == len(key)
    assert text_key(secret, "comprehend/es") != key
    assert secret.encode() not in b"".join(cache._data) and "123-45-6789" not in repr(cache._data)


def test_cache_size_zero_disables_it() -> None:
    """maxsize=0 stores nothing."""
    cache = FindingsCache(maxsize=0)
    cache.put(text_key("x"), [])
    assert (None, 0) == (cache.get(text_key("x")), len(cache))


# -- the gate and the tiered detector ---------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("order placed by Anna Mach", True),
    ("Anna Mach logged in", True),
    ('{"display_name":"jdoe"}', True),
    ("ship to 12 Oak Street, Springfield", True),
    ("agent=Johan replied", True),
    ("W-9 received: legal name सीमा सिंह", True),
    ("GET /healthz 200 3ms from 10.1.2.3", False),
    ("INFO Connection closed after 30 s", False),
    ("Received block blk_123 of size 67108864 from /10.1.2.3", False),
    ("ERROR NullPointerException at com.acme.Foo.bar(Foo.java:12)", False),
    ("authentication failure; logname= uid=0 ruser= rhost=10.1.2.3", False),
    ("   ", False),
])
def test_gate_flags_texts_that_may_hold_names(text: str, expected: bool) -> None:
    """The cheap gate: names, personal keys and caseless scripts pass; routine log lines do not."""
    assert expected == needs_ner(text)


def test_tiered_detector_sends_only_gated_texts_and_merges() -> None:
    """The second tier sees only what the gate passes; findings of both tiers are returned."""
    first = FakeDetector({"10.1.2.3": "IP_ADDRESS"}, name="cheap")
    second = FakeDetector({"Anna": "NAME", "10.1.2.3": "IP_ADDRESS"}, name="model")
    chain = TieredDetector(first, second)
    found = chain.detect(["GET / from 10.1.2.3", "order placed by Anna Mach at 10.1.2.3"])
    assert [1] == second.batch_sizes
    assert [["cheap"], ["cheap", "model", "model"]] == [sorted(f.source for f in fs) for fs in found]


def test_tiered_detector_raises_when_the_second_tier_fails() -> None:
    """A failure of the expensive tier is not hidden: the caller owns the fallback."""
    chain = TieredDetector(FakeDetector(), FailingDetector(), gate=None)
    with pytest.raises(Exception, match="fake backend failure"):
        chain.detect(["anything"])
