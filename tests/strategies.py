"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from piiredact import CORE_ENTITIES, Finding

#: Text over the whole of unicode except lone surrogates (emoji, combining marks, CJK...).
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)

entities = st.sampled_from(sorted(CORE_ENTITIES))


@st.composite
def text_and_findings(draw: st.DrawFn, min_findings: int = 0) -> tuple[str, list[Finding]]:
    """A text and findings whose offsets fall inside it (possibly overlapping or adjacent)."""
    text = draw(texts.filter(lambda t: len(t) > 0))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, n)), min_size=min_findings, max_size=6))
    found = []
    for a, b in spans:
        s, e = min(a, b), max(a, b)
        if s == e:
            e = s + 1
        found.append(Finding(s, min(e, n), draw(entities), draw(st.floats(0.0, 1.0)), "test"))
    return text, found


@st.composite
def any_findings(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    """A text and arbitrary, possibly out-of-range findings."""
    text = draw(texts)
    found = [
        Finding(s, s + ln, draw(entities), draw(st.floats(0.0, 1.0)), "test")
        for s, ln in draw(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 500)), max_size=5))
    ]
    return text, found
