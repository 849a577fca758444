"""The scan loop and :class:`RegexDetector`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate

from ..._entities import (
    AWS_ACCESS_KEY,
    AWS_SECRET_KEY,
    CREDIT_DEBIT_NUMBER,
    EMAIL,
    INTERNATIONAL_BANK_ACCOUNT_NUMBER,
    IP_ADDRESS,
    MAC_ADDRESS,
    NAME,
    PASSWORD,
    PHONE,
    SECRET,
    SSN,
    canonical_entity,
)
from ..._exceptions import ConfigError
from ..._finding import Finding
from . import _decoded
from . import _prefilter as _pre
from ._address import ADDRESS, ADDRESS_ROWS
from ._columns import column_values
from ._hints import _KEY_GATES, _names
from ._numbers import _NUMERIC, _NUMERIC_ASCII, _embedded_ipv4, _numbers, _plain_number
from ._scores import _S_EMAIL, _S_IP
from ._scores import SOURCE as _SOURCE
from ._secrets import SECRET_ROWS
from ._table import PII_ROWS, Row
from ._text import _ascii_windows, _dedupe, _line_starts, _lines, _windows
from ._validators import _IPV4_ASCII, _ipv4_ok
from ._values import _ATS, _emails

# -- the detector ---------------------------------------------------------------------------------

# One scan per kind of value. Each reports (match start, match end, finding start, finding
# end, entity, score), entity None for a rejected match; Findings are made once, per text.
_Hit = tuple[int, int, int, int, "str | None", float]
_REJECTED = (0, 0, None, 0.0)


# Findings are immutable, and log lines repeat the same ones (the IP at the same offset of
# every line of a kind): one shared instance per (start, end, entity, score) saves building
# most of them. Bounded (cleared when full); dict get/set are atomic under concurrent use.
_FINDINGS: dict[tuple[int, int, str, float], Finding] = {}
_FINDINGS_MAX = 8192


def _finding(key: tuple[int, int, str, float]) -> Finding:
    """A new Finding for ``key`` (offsets, entity, score), remembered for reuse."""
    f = Finding(*key, _SOURCE)
    if len(_FINDINGS) >= _FINDINGS_MAX:
        _FINDINGS.clear()
    _FINDINGS[key] = f
    return f


def _shared_finding(key: tuple[int, int, str, float]) -> Finding:
    f = _FINDINGS.get(key)
    return _finding(key) if f is None else f


class RegexDetector:
    """Validated SSN, e-mail, phone, card (Luhn), IPv4/IPv6; names from context.

    ``names``: look for names from context (keys, cues). ``entities``: exactly the types to
    detect (default :attr:`DEFAULT_ENTITIES`); ``extra_entities``: types added to the
    default, e.g. ``{"ADDRESS"}`` for the street-address row, which is off by default.
    """

    name = "regex"
    #: The types detected unless ``entities``/``extra_entities`` say otherwise.
    DEFAULT_ENTITIES: frozenset[str] = frozenset(
        {
            SSN,
            EMAIL,
            NAME,
            PHONE,
            CREDIT_DEBIT_NUMBER,
            IP_ADDRESS,
            AWS_ACCESS_KEY,
            AWS_SECRET_KEY,
            PASSWORD,
            SECRET,
            INTERNATIONAL_BANK_ACCOUNT_NUMBER,
            MAC_ADDRESS,
        }
    )
    #: Every type some pattern of this tier can find (ADDRESS only when asked for).
    SUPPORTED_ENTITIES: frozenset[str] = DEFAULT_ENTITIES | {ADDRESS}
    entities: frozenset[str] = DEFAULT_ENTITIES

    def __init__(
        self,
        *,
        names: bool = True,
        entities: Iterable[str] | None = None,
        extra_entities: Iterable[str] | None = None,
        decode: bool = True,
    ) -> None:
        chosen = set(self.DEFAULT_ENTITIES if entities is None else _entity_names(entities, "entities"))
        chosen |= _entity_names(extra_entities or (), "extra_entities")
        unknown = chosen - self.SUPPORTED_ENTITIES
        if unknown:
            raise ConfigError(f"entities: the regex backend cannot detect {', '.join(sorted(unknown))}")
        self.entities = frozenset(chosen)
        self._names = names and NAME in chosen
        self._rows: tuple[Row, ...] = tuple(r for r in _ROWS if r.entities & chosen)
        self._re2_secrets = any(r.re2_group == 3 for r in self._rows)
        self._re2_others = any(r.re2_group == 2 for r in self._rows)
        self._decode = decode and bool(chosen & {PHONE, EMAIL})
        self._numbers_on = bool(chosen & {SSN, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS})
        self._columns_on = bool(chosen & {SSN, PHONE})
        self._column_entities = chosen & {SSN, PHONE}
        self._emails_on = EMAIL in chosen
        self._names_only: RegexDetector | None = None
        # Number runs, e-mails and IPv4 are one pass each; their types are filtered after.
        self._keep: frozenset[str] | None = None if chosen >= _PASS_ENTITIES else frozenset(chosen)

    # -- Detector protocol ----------------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text of the batch (offsets into that text)."""
        out = self._detect(texts)
        keep = self._keep
        if keep is None:
            return out
        return [[f for f in fs if f.entity in keep] for fs in out]

    def detect_names(self, texts: Sequence[str]) -> list[list[Finding]]:
        """The context names alone (a person-name key's value, the words after a cue).

        For a detector with its own name model (the builtin) to take the union with: those
        positions find names a model may miss. Available whatever ``names`` was set to.
        """
        if self._names_only is None:
            self._names_only = RegexDetector(entities=(NAME,), decode=False)
        return self._names_only.detect(texts)

    def reset_after_fork(self) -> None:
        """Fresh locks in a forked child (done at fork already; idempotent)."""
        _pre.reset_after_fork()

    def close(self) -> None:
        """Nothing to release."""

    # -- internals --------------------------------------------------------------------------

    def _detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        if not texts:
            return []
        if len(texts) == 1:
            return [self._detect_one(texts[0])]
        joined = "\n".join(texts)
        starts = list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0))
        ends = [st + len(t) for st, t in zip(starts, texts)]
        results: list[list[Finding]] = [[] for _ in texts]
        redo: set[int] = set()
        bisect_right = bisect.bisect_right
        made = _FINDINGS
        for s, e, fs, fe, entity, score in self._scan(joined, starts):
            i = bisect_right(starts, s) - 1
            if e > ends[i]:
                # The match straddles a join: settle every text it touches on its own.
                redo.update(range(i, bisect_right(starts, e - 1)))
            elif entity is not None:
                base = starts[i]
                key = (fs - base, fe - base, entity, score)
                f = made.get(key)
                if f is None:
                    f = _finding(key)
                results[i].append(f)
        if not redo:
            return [fs if len(fs) < 2 else _dedupe(fs) for fs in results]
        return [self._detect_one(texts[i]) if i in redo else _dedupe(fs) for i, fs in enumerate(results)]

    def _detect_one(self, text: str) -> list[Finding]:
        return _dedupe(
            [
                _shared_finding(key)
                for key in [
                    (fs, fe, entity, score) for _, _, fs, fe, entity, score in self._scan(text, [0]) if entity
                ]
            ]
        )

    def _scan(self, text: str, starts: list[int]) -> list[_Hit]:
        """Every match in ``text`` (a batch joined at ``starts``), with its finding if valid.

        A rejected match (entity None) is reported if it may hold a newline: the caller must
        see a match that straddled a join, since it may have hidden a finding in either
        text (a match without a newline cannot straddle one). Passes for rare values run
        only on the lines that can hold one (see ``_lines`` and ``_prefilter_lines``).
        """
        single = len(starts) == 1
        hits: list[_Hit] = []
        add = hits.append
        find = text.find

        def floor(pos: int) -> int:
            return 0 if single else starts[bisect.bisect_right(starts, pos) - 1]

        if self._numbers_on:
            self._scan_numbers(text, starts, add)
        if self._columns_on and (text.count("\n") >= len(starts) or "INSERT" in text or "insert" in text):
            self._scan_columns(text, starts, add)
        for m in (m for at in _ATS for m in at.finditer(text)) if self._emails_on else ():
            span = _emails(text, m, floor(m.start()))
            if span is None:
                if find("\n", m.start(), m.end()) >= 0:
                    add((m.start(), m.end(), *_REJECTED))
            else:
                add((span[0], span[1], span[0], span[1], EMAIL, _S_EMAIL))
        if self._decode:
            form = "+" in text and _decoded.FORM_PLUS.search(text) is not None
            if form or "%" in text:
                self._scan_decoded(text, add, _decoded.CANDIDATE_OR_FORM if form else _decoded.CANDIDATE)
        whole = [(0, len(text))]
        pre = _pre._prefilter_lines(text, self._names, self._re2_secrets, self._re2_others)
        gates = _Gates(text)
        for row in self._rows:
            if pre is not None and (row.re2_group == 3 or (row.re2_group == 2 and not row.needles)):
                # The secret rows share one prefilter group; IPv6 shares one with the SSN
                # labels: each runs on the group's lines that hold its own gate too (for
                # IPv6 a candidate search per line is cheaper than its pattern's scan).
                windows = gates.within(row, pre[row.re2_group])
            elif pre is not None and row.re2_group is not None:
                windows = pre[row.re2_group]
            elif row.candidate is None and not row.needles:
                windows = whole
            else:
                windows = gates.windows(row)
            pattern, extract = row.pattern, row.extract
            for ls, le in windows:
                for m in pattern.finditer(text, ls, le):
                    ms, me = m.span()
                    spans = extract(text, m, floor(ms))
                    if not spans:
                        add((ms, me, *_REJECTED))
                    for fs, fe, entity, score in spans:
                        add((min(ms, fs), max(me, fe), fs, fe, entity, score))
        if self._names:
            if pre is not None:  # (start, end, the offsets where a key or a cue may start)
                windows5 = [(lo, hi, at, True, True) for lo, hi, at in pre[0]]
            else:
                windows5 = [(lo, hi, None, True, False) for lo, hi in _lines(text, _KEY_GATES, None)]
                windows5.append((0, len(text), None, False, True))
            for lo, hi, at, keys, cues in windows5:
                for s, e, score, mend in _names(text, lo, hi, keys=keys, cues=cues, starts=at):
                    add((s, max(e, mend), s, e, NAME, score))
        return hits

    def _scan_numbers(self, text: str, starts: list[int], add: Callable[[_Hit], None]) -> None:
        """Number runs (IPv4, SSN, card, phone) in ``text``, window by window."""
        single = len(starts) == 1
        find = text.find
        count = text.count
        ipv4_ascii = _IPV4_ASCII.fullmatch
        bisect_right = bisect.bisect_right
        plain_number = _plain_number
        for lo, hi, ascii_text in _ascii_windows(text):
            # (the ASCII pattern's ipv4 group is ASCII digits and dots: no isascii check)
            for m in (_NUMERIC_ASCII if ascii_text else _NUMERIC).finditer(text, lo, hi):
                s, e = m.span()
                if m.lastgroup == "ipv4":
                    if (
                        ipv4_ascii(text, s, e) is not None
                        if ascii_text or text[s:e].isascii()
                        else _ipv4_ok(m.group())
                    ):
                        add((s, e, s, e, IP_ADDRESS, _S_IP))
                    elif find("\n", s, e) >= 0:
                        add((s, e, *_REJECTED))
                    continue
                fl = 0 if single else starts[bisect_right(starts, s) - 1]
                ips = _embedded_ipv4(text, s, e) if count(".", s, e) >= 3 else None  # (its own first test)
                if ips:
                    self._split_run(text, s, e, fl, ips, add)
                    continue
                if text[e : e + 1] == ":" and text[e + 1 : e + 3].isdigit() and not text[e - 3 : e].isdigit():
                    e = _before_clock_hour(text, s, e)  # "... 2017-05-16 00:00:00": the hour is a time's
                    if e - s < 7:
                        continue
                if plain_number(text, s, e, fl):
                    if find("\n", s, e) >= 0:
                        add((s, e, *_REJECTED))
                    continue
                found = False
                for fs, fe, entity, score in _numbers(text, s, e, fl):
                    found = True
                    add((min(s, fs), e, fs, fe, entity, score))
                if not found and find("\n", s, e) >= 0:
                    add((s, e, *_REJECTED))

    def _scan_columns(self, text: str, starts: list[int], add: Callable[[_Hit], None]) -> None:
        """SSNs and phones in a table's ssn/tin/phone column (its header or column list), record by
        record: a header of one record says nothing of the next one's lines."""
        keep = self._column_entities
        find = text.find
        n = len(starts)
        inserts = "INSERT" in text or "insert" in text
        for k, st in enumerate(starts):
            en = starts[k + 1] - 1 if k + 1 < n else len(text)
            if find("\n", st, en) < 0 and not (inserts and (find("INSERT", st, en) >= 0 or find("insert", st, en) >= 0)):
                continue  # one line and no insert: no table (most records)
            for s, e, entity, score in column_values(text[st:en]):
                if entity in keep:
                    add((st + s, st + e, st + s, st + e, entity, score))

    def _scan_decoded(self, text: str, add: Callable[[_Hit], None], candidate: re.Pattern[str]) -> None:
        """Phones and e-mails written with percent-escapes, found on a decoded view (``_decoded``)."""
        keep = self.entities
        for ls, le in _windows(text, _line_starts(text, candidate)):
            view, starts, ends, marks = _decoded.decode_marked(text, ls, le)
            email, phone = _decoded.may_hold(view, marks)
            if not (email or phone):
                continue  # ("%20" between words of a URL: no value can cover an escape)
            # Only the passes that can find one: the e-mail and phone passes are independent.
            inner = _decoded_detector((EMAIL,) * email + (PHONE,) * phone)
            for f in inner.detect([view])[0]:
                if f.entity not in keep:
                    continue
                s, e = starts[f.start], ends[f.end - 1]
                if text.find("%", s, e) >= 0 or text.find("+", s, e) >= 0:
                    add((s, e, s, e, f.entity, f.score))

    @staticmethod
    def _split_run(
        text: str, s: int, e: int, floor: int, ips: list[tuple[int, int]], add: Callable[[_Hit], None]
    ) -> None:
        """A run holding IPv4 addresses: each address, and the numbers between them, on their own."""
        pos = s
        for a, b in ips:
            add((s if a == ips[0][0] else a, b, a, b, IP_ADDRESS, _S_IP))
            _run_piece(text, pos, a, floor, add, s, e)
            pos = b
        _run_piece(text, pos, e, floor, add, s, e)
        if text.find("\n", s, e) >= 0:
            add((s, e, *_REJECTED))


_CLOCK_HOUR_TAIL = re.compile(r"\D+\d{1,2}$")


def _before_clock_hour(text: str, s: int, e: int) -> int:
    """The end of the run ``text[s:e]`` without its last digit group (one or two digits: the hour
    of the clock time after it) and the separator before it."""
    m = _CLOCK_HOUR_TAIL.search(text, s, e)
    return m.start() if m is not None else e


def _run_piece(text: str, lo: int, hi: int, floor: int, add: Callable[[_Hit], None], s: int, e: int) -> None:
    """The numbers in ``text[lo:hi]``, a piece of the run ``text[s:e]`` between addresses."""
    while lo < hi and not text[lo].isdigit():
        lo += 1
    while hi > lo and not text[hi - 1].isdigit():
        hi -= 1
    if hi - lo < 7:
        return
    for fs, fe, entity, score in _numbers(text, lo, hi, floor):
        add((min(s, fs), e, fs, fe, entity, score))


_ROWS: tuple[Row, ...] = PII_ROWS + SECRET_ROWS + ADDRESS_ROWS
# The needles of every row gated by the secrets prefilter group (``_Gates.within``).
_SECRET_NEEDLES: tuple[str, ...] = tuple(sorted({n for r in _ROWS if r.re2_group == 3 for n in r.needles}))


_DECODED: dict[tuple[str, ...], RegexDetector] = {}


def _decoded_detector(entities: tuple[str, ...] = (EMAIL, PHONE)) -> RegexDetector:
    """The detector for decoded views: phones and/or e-mails, no decoding of its own."""
    det = _DECODED.get(entities)
    if det is None:
        det = _DECODED[entities] = RegexDetector(names=False, entities=entities, decode=False)
    return det


class _Gates:
    """The line windows each row's gate lets through, for one scanned text.

    Each needle and candidate is looked for once per text, however many rows share it.
    Needles are looked for in the lower-cased text; if lower-casing moves offsets (a few
    characters grow), every line is let through.
    """

    __slots__ = ("_low", "_lows", "_marks", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._low: str | None = None
        self._marks: dict[object, set[int]] = {}
        # id of a window list (alive for the whole scan) -> (that list, where its needles are)
        self._lows: dict[int, tuple[list[tuple[int, int]], dict[str, list[int]], list[int]]] = {}

    def windows(self, row: Row) -> list[tuple[int, int]]:
        text = self._text
        marked: set[int] = set()
        cands = row.candidate
        for cand in (cands,) if isinstance(cands, re.Pattern) else cands or ():
            marked |= self._marked(cand, text)
        if row.needles:
            if self._low is None:
                self._low = text.lower()
            if len(self._low) != len(text):
                return [(0, len(text))]
            for needle in row.needles:
                marked |= self._marked(needle, self._low)
        return _windows(text, marked)

    def within(self, row: Row, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Those of ``windows`` (found by the re2 prefilter) that hold the row's needle or candidate.

        Cheaper than one pattern scan per window per row: most rows find nothing in most of
        the windows the shared prefilter lets through.
        """
        text = self._text
        cands = row.candidate
        pats = (cands,) if isinstance(cands, re.Pattern) else cands or ()
        needles = row.needles
        if needles:
            where, everywhere = self._present(windows)
            if not pats:  # (every secret row but IBAN and MAC, which have candidates only)
                picked = [i for n in needles for i in where.get(n, ())]
                if not picked and not everywhere:
                    return []  # most rows, most texts: none of the row's needles
                return [windows[i] for i in sorted(set(picked).union(everywhere))]
            idx = set(everywhere).union(*(where.get(n, ()) for n in needles))
            return [w for i, w in enumerate(windows) if i in idx or any(p.search(text, *w) for p in pats)]
        if not pats:
            return windows
        return [w for w in windows if any(p.search(text, *w) for p in pats)]

    def _present(self, windows: list[tuple[int, int]]) -> tuple[dict[str, list[int]], list[int]]:
        """Where the secret rows' needles are: ``({needle: [window index, ...]}, [index, ...])``,
        the second list the windows every row is let through (lower-casing moved their offsets).

        Each window is lower-cased once (the windows only, not the whole text: the prefilter
        lets few lines through) and each needle looked for once, for all the rows sharing the
        windows; dropped with this object at the end of the scan.
        """
        got = self._lows.get(id(windows))
        if got is not None and got[0] is windows:
            return got[1], got[2]
        text = self._text
        where: dict[str, list[int]] = {}
        everywhere: list[int] = []
        for i, (ls, le) in enumerate(windows):
            low = text[ls:le].lower()
            if len(low) != le - ls:
                everywhere.append(i)
                continue
            for n in _SECRET_NEEDLES:
                if n in low:
                    where.setdefault(n, []).append(i)
        self._lows[id(windows)] = (windows, where, everywhere)
        return where, everywhere

    def _marked(self, what: object, where: str) -> set[int]:
        got = self._marks.get(what)
        if got is None:
            got = self._marks[what] = _line_starts(where, what)  # type: ignore[arg-type]
        return got


# Types found by the always-on passes (numbers, e-mails, names): filtered after the scan.
_PASS_ENTITIES = frozenset({SSN, EMAIL, NAME, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS})


def _entity_names(names: Iterable[str], option: str) -> set[str]:
    if isinstance(names, str):
        names = [n for n in names.split(",") if n.strip()]
    out = set()
    for n in names:
        canon = canonical_entity(n)
        if canon is None:
            raise ConfigError(f"{option}: unknown entity type")
        out.add(canon)
    return out
