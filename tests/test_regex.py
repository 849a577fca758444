"""The regex backend: table-driven cases per entity, negatives, offsets, scores, batching."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piiredact import Detector, Finding, Policy, Redactor
from piiredact.backends._regex import RegexDetector

DETECTOR = RegexDetector()


def found(text: str) -> set[tuple[str, str]]:
    """``{(entity, value)}`` the regex backend finds in ``text`` (values cut by offsets)."""
    return {(f.entity, text[f.start : f.end]) for f in DETECTOR.detect([text])[0]}


def found_of(text: str, entity: str) -> set[str]:
    return {v for e, v in found(text) if e == entity}


# -- exact expectations: every finding in the text, no more, no less ---------------------------

EXACT = [
    # the two seed lines
    (
        "User Napoleon, SSN 366435036, opened an account",
        {("NAME", "Napoleon"), ("SSN", "366435036")},
    ),
    (
        "Processing user User(name=Terina, ssn=626031641, email=mel.swift@Taylor.com, ...)",
        {("NAME", "Terina"), ("SSN", "626031641"), ("EMAIL", "mel.swift@Taylor.com")},
    ),
    # SSN
    ("SSN 219-09-9999 verified", {("SSN", "219-09-9999")}),
    ("applicant ssn: 501 23 4567 on file", {("SSN", "501 23 4567")}),
    ("social security number 078051121 pending", {("SSN", "078051121")}),
    ("tax id: 512345678", {("SSN", "512345678")}),
    ('{"socialSecurityNumber":"432109876"}', {("SSN", "432109876")}),
    ("caller gave the last four of SSN 1234", {("SSN", "1234")}),
    ("Record match: SSN ending in 6789", {("SSN", "6789")}),
    ("ssn_last4=9876 matched", {("SSN", "9876")}),
    ("masked ssn xxx-xx-4321", {("SSN", "4321")}),
    ("masked ***-**-5678 ok", {("SSN", "5678")}),
    # EMAIL
    ("subscribed ann.lee+news@mail.example.co.uk", {("EMAIL", "ann.lee+news@mail.example.co.uk")}),
    ("FROM JOHN.DOE@EXAMPLE.COM", {("EMAIL", "JOHN.DOE@EXAMPLE.COM")}),
    ("GET /unsubscribe?email=ann%40example.com&x=1", {("EMAIL", "ann%40example.com")}),
    ("GET /invite?to=%3Cbo%40example.org%3E", {("EMAIL", "bo%40example.org")}),
    ("rcpt <bob@example.org> rejected", {("EMAIL", "bob@example.org")}),
    ('{"email":"c.d@ex.io","n":1}', {("EMAIL", "c.d@ex.io")}),
    ("href=mailto:e_f@sub.domain.dev.", {("EMAIL", "e_f@sub.domain.dev")}),
    # PHONE
    ("callback (415) 555-0132 asap", {("PHONE", "(415) 555-0132")}),
    ("from 415-555-0132", {("PHONE", "415-555-0132")}),
    ("dialled 415.555.0132", {("PHONE", "415.555.0132")}),
    ("+1 415 555 0132 left a message", {("PHONE", "+1 415 555 0132")}),
    ("office +44 20 7946 0958", {("PHONE", "+44 20 7946 0958")}),
    ("mobile +49 170 1234567, after 5", {("PHONE", "+49 170 1234567")}),
    ("sms to +14155550132 sent", {("PHONE", "+14155550132")}),
    ("toll free 1-800-555-0199", {("PHONE", "1-800-555-0199")}),
    ("tel: 020 7946 0958", {("PHONE", "020 7946 0958")}),
    ("mobile=4155550132", {("PHONE", "4155550132")}),
    # CREDIT_DEBIT_NUMBER
    ("card 4111 1111 1111 1111 charged", {("CREDIT_DEBIT_NUMBER", "4111 1111 1111 1111")}),
    ("pan=4111-1111-1111-1111", {("CREDIT_DEBIT_NUMBER", "4111-1111-1111-1111")}),
    ("paid with 5555555555554444", {("CREDIT_DEBIT_NUMBER", "5555555555554444")}),
    ("amex 3782 822463 10005 ok", {("CREDIT_DEBIT_NUMBER", "3782 822463 10005")}),
    ("discover 6011-1111-1111-1117", {("CREDIT_DEBIT_NUMBER", "6011-1111-1111-1117")}),
    # IP_ADDRESS
    ("connect 10.0.0.1:8080 refused", {("IP_ADDRESS", "10.0.0.1")}),
    ("from /10.251.43.21:50010", {("IP_ADDRESS", "10.251.43.21")}),
    ("peer [2001:db8::1]:443 closed", {("IP_ADDRESS", "2001:db8::1")}),
    ("src=fe80::1ff:fe23:4567:890a", {("IP_ADDRESS", "fe80::1ff:fe23:4567:890a")}),
    ("bind ::1 ok", {("IP_ADDRESS", "::1")}),
    (
        "v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up",
        {("IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")},
    ),
    # NAME from keys (JSON, logfmt, reprs, toString, YAML) and phrases
    ('{"full_name": "Ann-Marie O’Neil", "id": 7}', {("NAME", "Ann-Marie O’Neil")}),
    ("Person{firstName='Zoë', lastName='Dupont', age=3}", {("NAME", "Zoë"), ("NAME", "Dupont")}),
    ("customer=Hiroshi Tanaka status=active", {("NAME", "Hiroshi Tanaka")}),
    ("holder: JANE DOE", {("NAME", "JANE DOE")}),
    ('profile.display_name="José Álvarez"', {("NAME", "José Álvarez")}),
    ("applicant:\n  name: Kofi Mensah\n  age: 40", {("NAME", "Kofi Mensah")}),
    ("Dear Ms. Okafor, your order shipped", {("NAME", "Okafor")}),
    ("filed on behalf of Priya Raman.", {("NAME", "Priya Raman")}),
    ("invoice approved by Dr. Amal Haddad", {("NAME", "Amal Haddad")}),
    ("message for 王小明 queued", {("NAME", "王小明")}),
    ("shared with Lena Vogel and Omar Farouk", {("NAME", "Lena Vogel"), ("NAME", "Omar Farouk")}),
    ("order placed by August De Moor", {("NAME", "August De Moor")}),
    ("ticket reassigned to Ravi Shankar by Maria Garcia", {("NAME", "Ravi Shankar"), ("NAME", "Maria Garcia")}),
    ("WARN c.a.Controller - Signed in as Barbara Liskov (id 5512)", {("NAME", "Barbara Liskov")}),
    (
        "Author: Linus Torvalds <torvalds@linux-foundation.example>",
        {("NAME", "Linus Torvalds"), ("EMAIL", "torvalds@linux-foundation.example")},
    ),
    (
        "Contact Katherine Johnson at (757) 555-0100 or kj@nasa.example",
        {("NAME", "Katherine Johnson"), ("PHONE", "(757) 555-0100"), ("EMAIL", "kj@nasa.example")},
    ),
    ('{"users": [{"id": 1, "name": "Ann Lee"}]}', {("NAME", "Ann Lee")}),
    ("ValueError: bad Record(id=7, owner='Grace Hopper')", {("NAME", "Grace Hopper")}),
]


@pytest.mark.parametrize(("text", "expected"), EXACT, ids=[t[:40] for t, _ in EXACT])
def test_finds_exactly(text: str, expected: set[tuple[str, str]]) -> None:
    """Each line yields exactly the expected (entity, value) findings."""
    assert expected == found(text)


# -- negatives: numbers, identifiers and capitalised words that are not PII ----------------------

NOT_PII = [
    "order 123456789 shipped",
    "sent 123456789 bytes in 2 chunks",
    "bucket 578426358 remaining 62",
    "2025-11-25T17:13:16.123456Z start",
    "[2025-10-06 13:56:21] app.INFO: ready",
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: done",
    "version 2.14.1-rc3 build 20251125",
    "request id 3f2b1c4e-9a8d-4e3f-b1c2-7d6e5f4a3b2c",
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Deleting block blk_-1608999687919862906 file /data/blk_-1608999687919862906",
    "Receiving block blk_3587508140051953248 src",
    "at com.example.billing.InvoiceService.process(InvoiceService.java:142)",
    "listening on port 8080 with 16 workers",
    "iface fp 00:1a:2b:3c:4d:5e:6f up",  # 7 octets: no MAC (a 6-octet one is MAC_ADDRESS, test_secrets.py)
    "at 12:34:56 the job ran",
    "due 25/11/2025 or 2025-11-25",
    "price 1,234.56 USD total 5186.00",
    "elapsed 1445144423722 ms",
    "pid 1234567 exited",
    "card 4111 1111 1111 1112 declined",
    "SSN 000-12-3456 invalid",
    "SSN 666-12-3456 invalid",
    "SSN 900-12-3456 invalid",
    "SSN 123-00-4567 invalid",
    "SSN 123-45-0000 invalid",
    "id 1234-123-45-6789-12 stored",
    "Task Transitioned from NEW to RUNNING",
    "Connecting to Redis Cluster at cache",
    "org.apache.hadoop.ipc.Client: Retrying connect to server",
    "Invalid user Administrator from",
    "name=eth0 mtu=1500",
    "name=UserService started",
    "hostname=Alpha",
    "Job{name=Nightly Backup, id=3}",
    "Failed To Connect To Database Server",
    "Welcome to Ubuntu",
    "Health check OK: Redis 8ms, Postgres 29ms, Message Broker 1ms",
    "Feature flag MarkdownEditor enabled for 65% of tenants",
    "Deploying release 2025.06.3 (sha d77b6c2) to cluster prod-us",
    "1.2.3.4.5 is not an address, nor is 256.1.1.1",
    "math 1+2345678 = 2345679",
    "user=root uid=0",
    "user=HDFS",
    '{"items": [{"sku": 1, "name": "Chair"}]}',
    "app powered by Rich. Syntax highlighting on",
    "Name    Stmts   Miss Branch",
    "Caused by: java.lang.NullPointerException",
    "Reconciling pod default/frontend-7d9f8c on node ip-10-0-3-17.ec2.internal",
]


@pytest.mark.parametrize("text", NOT_PII)
def test_no_false_positive(text: str) -> None:
    """Numbers, identifiers and capitalised words that are not personal data are left alone."""
    assert set() == found(text)


# -- offsets, unicode, scores ----------------------------------------------------------------------


def test_offsets_survive_unicode_around_matches() -> None:
    """Offsets are code-point indices: astral and combining characters before a match don't shift it."""
    text = "🙂 Ünïcødé — müller: SSN 123-45-6789 ✉ ÁNN@ÉXAMPLE.com? no: ann@example.com 👍 +1 415 555 0132"
    assert {
        ("SSN", "123-45-6789"),
        ("EMAIL", "ann@example.com"),
        ("PHONE", "+1 415 555 0132"),
    } == found(text)


def test_non_latin_names_keep_their_combining_marks() -> None:
    """A Devanagari name after a cue is found whole, vowel signs included."""
    text = "order placed by शिवाली सेन using card"
    assert {"शिवाली सेन"} == found_of(text, "NAME")


def test_scores_reflect_confidence() -> None:
    """Validated/structured values score >= 0.9; names inferred from context score lower."""
    text = "SSN 123-45-6789 card 4111111111111111 ann@example.com 10.0.0.1 by Lena Vogel"
    scores = {f.entity: f.score for f in DETECTOR.detect([text])[0]}
    assert all(scores[e] >= 0.9 for e in ("SSN", "CREDIT_DEBIT_NUMBER", "EMAIL", "IP_ADDRESS"))
    assert 0.5 <= scores["NAME"] < 0.9


def test_a_title_makes_a_weak_cue_strong() -> None:
    """"for Mr. Alan Turing" scores like a strong cue; the title is not part of the span."""
    text = "label printed for Mr. Alan Turing, 10 Downing St"
    (f,) = DETECTOR.detect([text])[0]
    assert ("Alan Turing", 0.75) == (text[f.start : f.end], f.score)


def test_key_names_score_above_phrase_names() -> None:
    """A full_name= value is surer than a First Last after a preposition."""
    by_key = DETECTOR.detect(["full_name=Lena Vogel"])[0][0]
    by_phrase = DETECTOR.detect(["shared with Lena Vogel"])[0][0]
    assert by_key.score > by_phrase.score


def test_detect_through_redactor_masks_the_seed_line() -> None:
    """Through the Redactor and the default policy, the seed line loses its SSN, e-mail and name."""
    r = Redactor(RegexDetector(), Policy())
    out = r.redact("Processing user User(name=Terina, ssn=626031641, email=mel.swift@Taylor.com, ...)")
    assert "Processing user User(name=******, ssn=*********, email=********************, ...)" == out


def test_is_a_detector() -> None:
    """RegexDetector satisfies the Detector protocol under the name "regex"."""
    d = RegexDetector()
    assert isinstance(d, Detector)
    assert "regex" == d.name
    assert {"SSN", "EMAIL", "NAME", "PHONE", "CREDIT_DEBIT_NUMBER", "IP_ADDRESS"} <= set(d.entities)


def test_names_can_be_switched_off() -> None:
    """names=False skips the context name scan."""
    assert [] == RegexDetector(names=False).detect(["customer=Hiroshi Tanaka"])[0]


def test_empty_inputs() -> None:
    """An empty batch gives an empty result; an empty text gives no findings."""
    assert [] == DETECTOR.detect([])
    assert [[], []] == DETECTOR.detect(["", ""])


def test_large_and_binaryish_lines_do_not_crash() -> None:
    """A 2 MB line of digits and separators and a line of control characters are analysed."""
    big = ("1 2-3.4 " * 250_000) + " ann@example.com"
    junk = "".join(chr(c) for c in range(0, 0x300)) + "\udcff"
    result = DETECTOR.detect([big, junk])
    assert ("EMAIL", "ann@example.com") in {(f.entity, big[f.start : f.end]) for f in result[0]}
    assert all(0 <= f.start < f.end <= len(junk) for f in result[1])


# -- batching: a batch equals its texts one by one; nothing straddles two texts --------------------


def test_keyword_in_previous_text_does_not_label_a_number() -> None:
    """An SSN keyword ending one text does not make a 9-digit number in the next one an SSN."""
    assert [[], []] == DETECTOR.detect(["customer SSN", "123456789 bytes"])


@pytest.mark.parametrize(
    "batch",
    [
        ["call me at +1 415", "555 0132"],
        ["ann@", "example.com"],
        ["card 4111 1111", "1111 1111"],
        ["name:", "Ann Lee"],
        ["by Ann", "Lee"],
        ["SSN 123-45", "-6789"],
        ["fe80::1:", ":2"],
    ],
)
def test_no_match_straddles_two_texts(batch: list[str]) -> None:
    """A value split across two texts of a batch is found in neither, exactly as one by one."""
    got = DETECTOR.detect(batch)
    assert [DETECTOR.detect([t])[0] for t in batch] == got
    for text, fs in zip(batch, got):
        assert all(0 <= f.start < f.end <= len(text) for f in fs)


FRAGMENTS = [
    "password=", "pwd: ", "token=", "api_key=", "AKIAZ7QW3ERT5YUI2OPL", "Bearer ", "hunter22", "://a:", "@h",
    "00:1a:2b:3c:4d:5e", "DE89 3704 0044 0532 0130 00", "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----",
    "SSN ", "ssn=", "123-45-6789", "123456789", " ", "\n", ", ", "name=", "Ann Lee", "by ", "User ",
    "+1 ", "415 555 0132", "(415) ", "4111 1111 1111 1111", "ann@example.com", "@", "%40", "10.0.0.1",
    "::1", "fe80::", "last four of SSN ", "1234", "xxx-xx-", '{"full_name": "', '"}', "Dear ", "王小明",
    "order ", "2025-11-25 ", "-", ".", ":", "tel ", "and ", "Jo", "é", "'",
]
lines = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="0123456789 -.+()@:=aZé\n'\"", max_size=12)),
    max_size=8,
).map("".join)


# Pinned (issue 12.4): values that are all dots or a lone apostrophe once crashed ``_is_uncased``.
@settings(max_examples=300, deadline=None)
@given(st.lists(lines, min_size=2, max_size=8))
@example(["Customer{firstName='.', email='ann@example.com'}", 'full_name="."'])
@example(['{"name": "O\'"}', "x"])
def test_batch_detection_equals_one_by_one(batch: list[str]) -> None:
    """Detecting a random batch of lines at once equals detecting each line alone."""
    got = DETECTOR.detect(batch)
    assert [DETECTOR.detect([t])[0] for t in batch] == got


@settings(max_examples=200, deadline=None)
@given(lines)
@example("Customer{firstName='.', email='ann@example.com'}")
@example('full_name="."')
@example('{"name": "O\'"}')
def test_findings_lie_inside_the_text(text: str) -> None:
    """Every finding is a non-empty span inside its text, of a type the backend declares."""
    for f in DETECTOR.detect([text])[0]:
        assert isinstance(f, Finding)
        assert 0 <= f.start < f.end <= len(text)
        assert f.entity in DETECTOR.entities


# -- the speed-ups never change what is found ---------------------------------------------------

multiline = st.lists(lines, min_size=1, max_size=6).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(multiline, min_size=1, max_size=6))
@example(['{"full_name": "."'])
def test_gated_scans_equal_full_scans(batch: list[str]) -> None:
    """Scanning only the lines that can hold a value finds exactly what scanning every line finds."""
    from piiredact.backends._patterns import _prefilter, _scan

    gated = DETECTOR.detect(batch)
    saved = _prefilter._prefilter, _scan._lines, _scan._Gates.windows
    try:
        _prefilter._prefilter = None  # no re2: the pure-``re`` gates, names scanned on every line
        _scan._lines = lambda text, candidate, needles: [(0, len(text))]  # type: ignore[assignment]
        _scan._Gates.windows = lambda self, row: [(0, len(self._text))]  # type: ignore[method-assign]
        full = _scan.RegexDetector().detect(batch)
    finally:
        _prefilter._prefilter, _scan._lines, _scan._Gates.windows = saved
    assert full == gated


numbers = st.text(alphabet="0123456789 -.()+", min_size=7, max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["", "SSN ", "card ", "tel ", "id ", "x+", "(", "at 12 "]), numbers)
def test_plain_number_fast_path_is_exact(prefix: str, run: str) -> None:
    """A number run the fast path calls plain holds no value by the full classification either."""
    from piiredact.backends._patterns._numbers import _NUMERIC, _numbers, _plain_number

    text = prefix + run
    for m in _NUMERIC.finditer(text):
        if m.lastgroup == "num" and _plain_number(text, m.start(), m.end(), 0):
            assert [] == list(_numbers(text, m.start(), m.end(), 0))


def test_plain_number_fast_path_takes_log_shapes() -> None:
    """Timestamps and counters at a line start skip classification; a value shape does not."""
    from piiredact.backends._patterns._numbers import _plain_number

    assert _plain_number("2015-10-18 18 INFO", 0, 13, 0)
    assert not _plain_number("123-45-6789", 0, 11, 0)
    assert not _plain_number("phone 5550100 99", 6, 16, 0)  # a keyword may label it


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "bad \udcff byte, Dear Ann Lee, ssn ending in 6789\nname=Bo Chen fe80::1 xxx-xx-4321",
            {"NAME", "SSN", "IP_ADDRESS"},
        ),
        ("İstanbul\nDear Ann Lee\nİ user=Bo\n日本 name: Cy Doe\nfe80::1", {"NAME", "IP_ADDRESS"}),
        ("ok\n\nlast four of SSN 1234\n\n", {"SSN"}),
        (
            "x\npassword=hunter22 \u212aey\nAKIAZ7QW3ERT5YUI2OPL\n\udcff api_key=abc\nmac 00:1a:2b:3c:4d:5e\n"
            "DE89 3704 0044 0532 0130 00\nAuthorization: Bearer 046af1da595201a7fe50b12d74dbc62a",
            {"PASSWORD", "AWS_ACCESS_KEY", "SECRET", "MAC_ADDRESS", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
        ),
        ("İ password: Zx9_q2!\nsk_live_4eC39HqLyjWDarjtT1zdp7dc", {"PASSWORD", "SECRET"}),
    ],
)
def test_re2_prefilter_agrees_with_pure_re_gates(text: str, entities: set[str]) -> None:
    """With and without re2: lone surrogates, length-changing case maps, multi-byte text, same findings."""
    from piiredact.backends._patterns import _prefilter

    gated = DETECTOR.detect([text, text])
    saved = _prefilter._prefilter
    try:
        _prefilter._prefilter = None
        full = RegexDetector().detect([text, text])
    finally:
        _prefilter._prefilter = saved
    assert full == gated
    assert entities == {f.entity for f in gated[0]}


def test_re2_fast_search_agrees_with_public_search() -> None:
    """The prefilter's low-level re2 call finds the same match starts as google-re2's search."""
    re2 = pytest.importorskip("re2")
    from piiredact.backends._patterns._prefilter import _PREFILTER_PATTERNS, _re2_search

    data = "x Dear Ann\nuser= root\n::1\nnone here\nSSN ending 1234 日本\n".encode()
    for pattern in _PREFILTER_PATTERNS:
        compiled = re2.compile(pattern.encode())
        search = _re2_search(re2, compiled)
        for pos in range(len(data) + 1):
            m = compiled.search(data, pos)
            assert (-1 if m is None else m.start()) == search(data, pos)


def test_memoised_name_values_still_check_what_follows() -> None:
    """A name value seen before (memoised) is still judged by the text after it: digit, e-mail, date."""
    texts = ["Dear Ann Lee, welcome", "Dear Ann Lee5 welcome", "Dear Ann Lee@example.com", "Thanks August, bye",
             "Thanks August, 5 left"]
    detector = RegexDetector()
    expected = [["Ann Lee"], [], [], ["August"], []]
    for _ in range(2):  # the second pass reads the memo the first filled
        batched = detector.detect(texts)
        alone = [detector.detect([t])[0] for t in texts]
        for found in (batched, alone):
            assert expected == [[t[f.start : f.end] for f in fs if f.entity == "NAME"] for t, fs in zip(texts, found)]


def test_a_middle_initial_is_not_the_stop_word_a() -> None:
    """'A.' between a given name and a surname is an initial, not the article 'a'."""
    from piiredact.backends._regex import RegexDetector

    det = RegexDetector()
    for text, name in (("User Steven A. Johnson signed in", "Steven A. Johnson"),
                       ("Payment by Maria A. Garcia, SSN", "Maria A. Garcia")):
        assert [text[f.start:f.end] for f in det.detect([text])[0] if f.entity == "NAME"] == [name]
    assert not [f for f in det.detect(["User A. Service started"])[0] if f.entity == "NAME"]
