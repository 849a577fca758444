"""Name hints: person names from context only (a person-name key's value, the words after a cue).

Accepted only when shaped like a name. The vocabulary of titles and particles is shared
with the name model (``backends/_names``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from .._names._vocab import PARTICLES, TITLES
from ._scores import (
    _S_NAME_BARE,
    _S_NAME_BARE_MULTI,
    _S_NAME_KEY,
    _S_NAME_ROLE,
    _S_NAME_ROLE_KEY,
    _S_NAME_STRONG,
    _S_NAME_WEAK,
)
from ._text import _trie, _word_char, _word_ends

# -- names from context ---------------------------------------------------------------------

# A letter of any script, or a combining mark: not a space, digit, ASCII punctuation, or
# common Unicode punctuation/symbols. (Python's re has no \p{L}; casing is checked later.)
_L = (
    r"[^\s\d!-/:-@\[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f"
    r"\ufe30-\ufe4f\uff00-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
_TOKEN = rf"{_L}+(?:['’\-]{_L}+)*"
_VALUE = rf"{_TOKEN}\.?(?:[ \t]{{1,2}}{_TOKEN}\.?){{0,4}}"

# Keys are recognised by how they end (``...name``, ``...Name``, ``holder``); the whole key
# (``display_name``, ``customer.firstName``, not ``hostname``) is then judged in Python.
_KEY_ENDS = """
    name holder customer owner agent assignee recipient sender patient applicant employee beneficiary
    contact user author reporter requester display signer payee payer member guest passenger approver
    reviewer person client buyer seller insured spouse guardian addressee attendee subscriber driver
""".split()
_NAME_KEYVAL = re.compile(
    rf"""(?x)
    (?P<key>{_trie(_KEY_ENDS)})(?![A-Za-z0-9_])\\?["']?[ \t]*(?P<sep>=>|->|=|:)[ \t]*
    (?:\\?"(?P<qd>[^"\\\n]{{1,100}})\\?"|'(?P<qs>[^'\\\n]{{1,100}})'|(?P<v>{_VALUE}))
    """
)
# After a bare value of a weak key in "key: value" form: the end of the value or another key.
_VALUE_END = re.compile(r"[ \t]*(?:$|[\n\r,;)}\]|\"'<(]|[\w.\-]+[ \t]*[=:])")

# Words that introduce a person's name, by how sure they make us. Strong cues and role
# nouns accept one capitalised word; weak cues (prepositions) need a full "First Last".
_NAME_OWNERS = """
    legal full real first last given family maiden middle display birth customer client user account
    holder cardholder patient member contact person applicant employee recipient sender
""".split()
_STRONG_CUES = (
    "dear",
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "prof",
    "sir",
    "madam",
    "attn",
    "attention",
    "on behalf of",
    "signed by",
    "approved by",
    "submitted by",
    "requested by",
    "authored by",
    "owned by",
    "belongs to",
    "belonging to",
    "addressed to",
    "name is",
    "my name is",
    "logged in as",
    "signed in as",
    "authenticated as",
    "impersonating",
    "impersonated",
    *(f"{o}{s} name{i}" for o in _NAME_OWNERS for s in ("", "'s") for i in ("", " is")),
)
_ROLE_CUES = (
    "user",
    "customer",
    "client",
    "patient",
    "member",
    "applicant",
    "employee",
    "agent",
    "cardholder",
    "card holder",
    "holder",
    "account holder",
    "recipient",
    "sender",
    "owner",
    "assignee",
    "reporter",
    "requester",
    "guest",
    "passenger",
    "beneficiary",
    "subscriber",
    "buyer",
    "seller",
    "hi",
    "hello",
    "welcome",
    "thanks",
    "thank you",
    "greetings",
    "cc",
    "invited",
    "invite",
    "contact",
    "contacted",
)
_WEAK_CUES = (
    "by",
    "for",
    "to",
    "with",
    "from",
    "and",
    "name",
    "named",
    "notify",
    "notified",
    "emailed",
    "paid",
)
_CUE_STRENGTH: dict[str, tuple[int, float]] = {
    **{c: (2, _S_NAME_WEAK) for c in _WEAK_CUES},
    **{c: (1, _S_NAME_ROLE) for c in _ROLE_CUES},
    **{c: (1, _S_NAME_STRONG) for c in _STRONG_CUES},
}
# (The look-behind "not inside a word" is checked in Python: a leading look-behind would
# stop the engine from skipping positions by the cue's first letter.)
_NAME_CUE = re.compile(
    rf"""(?x)
    (?P<cue>{_trie(sorted(_CUE_STRENGTH))})(?![\w'’\-])
    (?:\.|:)?[ \t]+(?![a-z])(?P<pv>{_VALUE})
    """
)
_TITLE_AHEAD = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|MR|MRS|MS|DR|PROF)\.?[ \t]+\w")
_CHAIN = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|und|et|y|e)[ \t]+)(?![a-z])(?P<pv>{_VALUE})")

_PERSON_KEY_PREFIXES = frozenset(
    """
    full first last given family middle maiden display legal real nick sur fore preferred birth
    customer client user account card billing shipping patient employee holder cardholder accountholder
    owner sender recipient author applicant person member guest passenger beneficiary contact
    emergencycontact spouse parent guardian signer payee payer insured policyholder subscriber driver
    buyer seller approver reviewer reporter requester assignee agent addressee attendee
    """.split()
)
_ROLE_KEYS = frozenset(
    """
    holder cardholder accountholder customer owner agent assignee recipient sender patient applicant employee
    beneficiary contact author reporter requester display signer payee payer member guest passenger approver
    reviewer person client buyer seller insured spouse guardian addressee attendee subscriber driver user
    policyholder
    """.split()
)
_NAME_SUFFIXES = ("name", "names")

# One vocabulary with the name model (``backends/_names/_vocab.py``): its titles and
# particles, plus the few this tier has always accepted too.
_TITLES = TITLES | frozenset("dame lord lady rev fr".split())
_PARTICLES = PARTICLES | frozenset("do des zu af av e st".split())
# Capitalised words that are not names in a log line (checked case-insensitively).
_NOT_NAMES = frozenset(
    w.lower()
    for w in """
    A An The This That These Those It Its I We You He She They Our Your My Me Us Them His Her Their
    To For By With From Of In On At As Is Are Was Were Be Been Has Have Had Do Does Did Can Could Should
    Would Shall Must Into Onto Over Under About After Before Between Through During Without Within Via Per
    Than Then So If Else When Where Which Who Whom Whose What Why How Here There Please Let Lets
    San Santa Los Las Saint Fort Port Mount
    And Or But Not No Yes None Null Nil True False Ok Okay Done Yes All Any Some Each Every Other New Old
    User Users Customer Customers Admin Admins Administrator Root System Systems Service Services Server Servers
    Client Clients Guest Guests Anonymous Unknown Nobody Everyone Someone Default Defaults Test Tests Testing
    Error Errors Warning Warn Info Information Debug Trace Fatal Critical Notice Success Successful Failed Failure
    Request Requests Response Responses Session Sessions Account Accounts Order Orders Payment Payments Invoice
    Ticket Job Jobs Task Tasks Worker Workers Thread Threads Process Processes Node Nodes Host Hosts Cluster
    Pod Pods Container Containers Instance Instances Build Deploy Deployment Release Version Api Apis Http Https
    Url Uri Id Ids Uuid Json Xml Sql Db Database Databases Cache Caches Queue Queues Store Stores Storage
    Broker Brokers Manager Managers Controller Handler Handlers Scheduler Engine Interface Module Component
    Application Applications App Apps Network Object Objects Message Messages Event Events Data File Files Disk
    Memory Heap Pool Connection Connections Token Tokens Policy Policies Group Groups Role Roles Team Teams
    Project Projects Bucket Buckets Region Zone Primary Secondary Master Slave Leader Follower Replica Shard
    Partition Index Table Tables Schema Model Models Mode Level Status State Health Check Checks Monitor
    Metrics Metric Log Logs Logger Logging Config Configuration Settings Setting Console Dashboard Portal Web
    Site Home Main Core Base Common Public Private Internal External Local Remote Global Support Sales
    Billing Security Ops Operations Finance Marketing Engineering Legal Hr Help Desk Service Desk Office
    Inc Corp Corporation Co Company Llc Ltd Limited Gmbh Ag Sa Plc Bank Group Holdings Partners Foundation
    University College School Hospital Clinic Department Dept Agency Ministry Government
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday
    January February March September October November December
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat
    Google Microsoft Apple Amazon Aws Azure Gcp Linux Windows Android Ios Macos Ubuntu Debian Chrome Firefox
    Safari Edge Mozilla Java Python Node Docker Kubernetes Redis Postgres Postgresql Mysql Mongo Mongodb Kafka
    Spark Hadoop Hdfs Yarn Nginx Apache Tomcat Jetty Spring Django Flask Rails Oracle Elasticsearch Github
    Gitlab Slack Jira Stripe Paypal Visa Mastercard Amex Discover Maestro
    Surface Window Screen Display View Activity Fragment Dialog Button Menu Layout Widget Image Video Audio
    Phone Mobile Email Mail Address Street City Country State Card Credit Debit Bank Name Names Value Key Keys
    Number Amount Total Currency Date Time Timestamp Days Week Month Year Hour Minute Second
    Unit Units Item Items Product Products Cart Checkout Shipping Delivery Refund Subscription Plan Trial
    Feature Flag Flags Rule Rules Report Reports Export Import Upload Download Sync Backup Restore Migration
    Start Started Stop Stopped Running Pending Active Inactive Enabled Disabled Open Closed Ready Idle Busy
    Read Write Delete Update Create Get Post Put Patch Head Options Login Logout Signin Signup Register
    Authentication Authorization Auth Password Permission Permissions Access Denied Allowed Blocked
    Provider Providers Source Target Destination Input Output Stream Streams Channel Channels Topic Topics
    Driver Plugin Plugins Extension Library Framework Platform Runtime Kernel Daemon Agent Agents Proxy
    Gateway Router Switch Firewall Balancer Load Endpoint Endpoints Resource Resources Context Scope
    Office Team Staff Member Members Owner Owners Operator Operators Bot Bots Robot Script Cron Batch
    Mr Mrs Ms Dr Prof Sir Madam Dear Hi Hello Welcome Thanks Thank Greetings Regards Attn Attention
    Summary Details Detail Description Note Notes Comment Comments Title Subject Body Header Footer
    Graphical Unified Central Regional National International General Special Standard Premium Basic
    Free Pro Plus Enterprise Business Personal Family Group Shared Team Cloud Edge Mesh Grid World Everybody
    North South East West Northern Southern Eastern Western Upper Lower Left Right Top Bottom Front Back
    Sent Received Delivered Bounced Queued Scheduled Processed Completed Cancelled Canceled Expired Rejected
    Guide Guides Reference Tutorial Manual Documentation Docs Interfaces Versions Classes Modules Tools
    Credentials Persistence Copies Emulator Emulators Terminal Terminals Cookie Cookies Syntax Query Queries
    Library Libraries Branch Branches Commit Commits Merge Pull Issue Issues Bug Bugs Fix Fixes Notes
    Changelog Install Installation Usage Example Examples Overview Introduction Quickstart Faq License
    Copyright Contributors Contributing Authors Maintainers Community Conduct Sponsor Funding Homepage
    Tracker Downloads Package Packages Dependencies Requirements Coverage Benchmark Benchmarks Performance
    Features Changes Breaking Deprecated Removed Added Fixed Improved Updated Hello World Lorem Ipsum
    Management Administration Accounting Purchasing Procurement Compliance Audit Infrastructure Platform
    Invalid Valid Illegal Retry Retrying Connecting Connected Disconnected Accepted Refused Timeout Exception
    """.split()
)


def _is_uncased(tok: str) -> bool:
    """A word in a script without letter case (CJK, Arabic, Devanagari, Hangul, ...)."""
    if not tok:  # a value of dots ("."), a lone apostrophe: nothing is left of the word
        return False
    c = tok[0]
    return c.isalpha() and not c.isupper() and not c.islower()


_NAME_PARTS = re.compile(r"['\-]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[^\W\d_]")
_NON_AZ = re.compile(r"[^a-z]")


def _name_token_ok(tok: str, allow_caps: bool) -> bool:
    """Whether ``tok`` can be one word of a person's name."""
    if not tok:
        return False
    if _is_uncased(tok):
        return len(tok) >= 1
    if not tok[0].isupper():
        return False
    rest = tok[1:]
    if rest.isalpha() and rest.islower():
        return True  # "Ann", "Zoë": the common case, accepted by every check below
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return allow_caps  # ALLCAPS words are states and constants in logs; names only under a name key
    # CamelCase inside a word (UserService) is code, not a name; Mc/Mac/O'/De-style prefixes are fine.
    core = tok.replace("’", "'")
    for part in _NAME_PARTS.split(core):
        if len(part) > 2 and any(c.isupper() for c in part[1:]):
            if not _NAME_PREFIX.match(part):
                return False
            if sum(1 for c in part[1:] if c.isupper()) > 1:
                return False
    return True


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [m.span() for m in _NONSPACE.finditer(text, s, e)]


_NONSPACE = re.compile(r"\S+")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_NUMBER_NEXT = re.compile(r"[ \t,.]*\d")
# Months that are also given names: stop words only when a number follows (a date).
_MONTHS = frozenset({"jan", "april", "may", "june", "july", "august", "sun", "day"})
# Word endings of common nouns that no name has (checked on words of 6+ letters).
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ware", "ism", "ology", "ility", "ances")
_NOUN_ENDING_NAMES = frozenset({"clement", "marion", "vision"})


def _common_word(word: str, n_words: int) -> bool:
    """Whether ``word`` is shaped like a common noun or verb form rather than a name."""
    low = word.rstrip(".").lower()
    if len(low) < 6 or low in _NOUN_ENDING_NAMES:
        return False
    if low.endswith(_NOUN_ENDINGS):
        return True
    # "Retrying", "Loading": a lone -ing word is a verb form (Fleming, Browning come with a first name)
    return n_words == 1 and low.endswith("ing")


# Memo of ``_name_core`` (a pure function of the value's text and the flags): log lines
# repeat the same cued and keyed values ("to Platform", "user=Alan Turing") over and over.
# Bounded (cleared when full) and only for short values; dict get/set are atomic, so
# concurrent detectors at worst recompute an entry. Keyed by the value's hash and length,
# never its text: the memo lives as long as the process and must not keep names readable.
_NAME_CACHE: dict[tuple[int, int, int, bool, bool], tuple[int, int, int] | None] = {}
_NAME_CACHE_MAX = 8192
_NAME_CACHE_MAX_LEN = 128
_NAME_UNSEEN = (-1, -1, -1)  # a cache miss (no real answer is negative)


def _name_span(
    text: str, s: int, e: int, *, min_tokens: int, allow_caps: bool, whole: bool
) -> tuple[int, int] | None:
    """The person's name at the start of ``text[s:e]``, or None.

    Titles (Mr., Dr.) are skipped; the name ends at the first word that cannot be part of
    one (``whole``: every word must be). A stop word anywhere rejects the value: "Object
    Store" is not a name however it is capitalised.
    """
    if e - s <= _NAME_CACHE_MAX_LEN:
        value = text[s:e]
        key = (hash(value), e - s, min_tokens, allow_caps, whole)
        core = _NAME_CACHE.get(key, _NAME_UNSEEN)
        if core is _NAME_UNSEEN:
            core = _name_core(value, 0, e - s, min_tokens, allow_caps, whole)
            if len(_NAME_CACHE) >= _NAME_CACHE_MAX:
                _NAME_CACHE.clear()
            _NAME_CACHE[key] = core
    else:
        core = _name_core(text, s, e, min_tokens, allow_caps, whole)
        if core is not None:
            core = (core[0] - s, core[1] - s, core[2] - s if core[2] >= 0 else -1)
    if core is None:
        return None
    # What the name is followed by lies outside the value: checked on the text itself.
    start, end, month_end = s + core[0], s + core[1], core[2]
    if month_end >= 0 and _NUMBER_NEXT.match(text, s + month_end):
        return None  # "August 5", "May 2024": a date
    # The character after a name ends a word: not an e-mail, a path, a digit, or more letters.
    after = text[end : end + 2]
    if after and (after[0] == "@" or after[0].isdigit() or (after[0] in ".-/\\" and after[1:2].isalnum())):
        return None
    return start, end


def _name_core(
    text: str, s: int, e: int, min_tokens: int, allow_caps: bool, whole: bool
) -> tuple[int, int, int] | None:
    """``_name_span`` on ``text[s:e]`` alone: ``(start, end, month_end)`` or None.

    ``month_end`` (-1 if none): the end of the last word when a word is a month that is
    also a given name; a number after it then makes the value a date.
    """
    words: list[tuple[int, int]] = []
    for ws, we in _tokens(text, s, e):
        w = text[ws:we]
        bare = w.rstrip(".")
        if not words and bare.lower() in _TITLES:
            continue
        low = bare.lower()
        if words and low in _PARTICLES:
            words.append((ws, we))
            continue
        initial = len(bare) == 1 and bare.isupper() and w.endswith(".")
        if initial or _name_token_ok(bare, allow_caps):
            if low in _NOT_NAMES and not initial:
                return None  # a capitalised stop word: "Object Store", "User Service" (a middle "A." is an initial)
            words.append((ws, we))
            if w.endswith(".") and not initial:
                break  # "powered by Rich. Syntax ...": a full stop ends the name
            continue
        if whole:
            return None
        break
    while words and text[words[-1][0] : words[-1][1]].lower() in _PARTICLES:
        words.pop()
    if not words:
        return None
    # One uncased-script word (e.g. a CJK or Hangul name) is a full name by itself.
    uncased = any(_is_uncased(text[a:b]) for a, b in words)
    if len(words) < min_tokens and not uncased:
        return None
    if any(_common_word(text[a:b], len(words)) for a, b in words):
        return None
    month_end = words[-1][1] if any(text[a:b].rstrip(".").lower() in _MONTHS for a, b in words) else -1
    start, end = words[0][0], words[-1][1]
    while end > start and text[end - 1] in ".'’-":
        end -= 1
    if end - 2 > start and text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    if end - start < 2 and not uncased:
        return None
    return start, end, month_end


def _enclosing_owner(text: str, key_start: int, floor: int) -> str | None:
    """The lower-cased name of the object whose field starts at ``key_start``, if bracketed.

    ``User(name=..)`` -> "user"; ``{"customer": {"ssn": .., "name": ..}}`` -> "customer";
    None when the key is not inside a named bracket (a flat log line).
    """
    lo = max(floor, key_start - 160)
    nl = text.rfind("\n", lo, key_start)
    if nl >= 0:
        lo = nl + 1
    depth = 0
    for m in reversed(list(_BRACKETS.finditer(text, lo, key_start))):
        if m.group() in ")}]":
            depth += 1
        elif depth:
            depth -= 1
        else:
            owner = _OWNER_BEFORE.search(text, lo, m.start())
            if owner:
                return owner.group(1).lower()
            # an anonymous object in a list ({"items": [{"name": ..}]}): the list's key owns it
    return None


_BRACKETS = re.compile(r"[(){}\[\]]")
_OWNER_BEFORE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[\"']?[ \t]*(?:[:=][ \t]*)?\Z")
_PERSON_OWNERS = (
    "user",
    "customer",
    "client",
    "person",
    "people",
    "patient",
    "employee",
    "contact",
    "profile",
    "account",
    "applicant",
    "member",
    "owner",
    "holder",
    "cardholder",
    "author",
    "recipient",
    "sender",
    "buyer",
    "seller",
    "guest",
    "passenger",
    "beneficiary",
    "subscriber",
    "payee",
    "payer",
    "signer",
    "insured",
    "spouse",
    "guardian",
    "driver",
    "student",
    "teacher",
    "doctor",
    "agent",
    "assignee",
    "reporter",
    "requester",
    "approver",
    "reviewer",
    "attendee",
    "addressee",
)


def _key_score(text: str, key_start: int, key_end: int, floor: int, multi: bool) -> float | None:
    """How surely the key ending at ``key_end`` holds a person's name (None: it does not).

    ``multi``: the value has several words (a bare ``name`` key is then surer).
    """
    i = key_start
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "_.-"):
        i -= 1
    raw = text[i:key_end]
    # the last dotted path component decides: customer.address.name is an address's name
    parts = [p for p in raw.split(".") if p]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1][:1].isupper():
        return None  # org.apache.ipc.Client: a logger or class name, not a key
    last = _NON_AZ.sub("", parts[-1].lower())
    if not last:
        return None
    for suffix in _NAME_SUFFIXES:
        if not last.endswith(suffix):
            continue
        prefix = last[: -len(suffix)]
        if prefix:
            if prefix in _PERSON_KEY_PREFIXES or prefix.rstrip("s") in _PERSON_KEY_PREFIXES:
                return _S_NAME_ROLE_KEY if prefix in ("user", "display") else _S_NAME_KEY
            return None  # hostname, file_name, queueName
        # a bare "name": whose name? user.name yes, host.name no; User(name=..) yes, Job(name=..) no
        owner = _NON_AZ.sub("", parts[-2].lower()) if len(parts) > 1 else None
        if owner is None:
            owner = _enclosing_owner(text, i, floor)
        if owner is None:
            return _S_NAME_BARE_MULTI if multi else _S_NAME_BARE
        if owner.startswith(_PERSON_OWNERS) or owner.rstrip("s") in _PERSON_KEY_PREFIXES:
            return _S_NAME_KEY
        return None
    if last in _ROLE_KEYS:
        return _S_NAME_ROLE_KEY
    return None


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int], hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, starts[0], hi)`` for a pattern that can only match at ``starts``."""
    resume = -1  # finditer goes on where its last match ended
    for c in starts:
        if c >= resume:
            m = pattern.match(text, c, hi)
            if m is not None:
                yield m
                resume = m.end()


def _search_at(
    pattern: re.Pattern[str], text: str, pos: int, hi: int, starts: list[int]
) -> re.Match[str] | None:
    """``pattern.search(text, pos, hi)`` for a pattern that can only match at ``starts``."""
    for i in range(bisect_left(starts, pos), len(starts)):
        m = pattern.match(text, starts[i], hi)
        if m is not None:
            return m
    return None


def _names(
    text: str, lo: int, hi: int, *, keys: bool = True, cues: bool = True, starts: list[int] | None = None
) -> Iterator[tuple[int, int, float, int]]:
    """Name candidates ``(start, end, score, match_end)`` in ``text[lo:hi]``: key values, cued words.

    ``starts``: the only offsets where a key (with ``keys``) or a cue (with ``cues``) can start,
    found by the re2 prefilter (``_prefilter._re2_starts``), in order: the patterns are tried
    there, not scanned for; the same matches in the same order.
    """
    if not keys:
        matches: Iterable[re.Match[str]] = ()
    elif starts is None:
        matches = _NAME_KEYVAL.finditer(text, lo, hi)
    else:
        matches = _matches_at(_NAME_KEYVAL, text, starts, hi)
    for m in matches:
        grp = "qd" if m.group("qd") is not None else "qs" if m.group("qs") is not None else "v"
        s, e = m.span(grp)
        if text[s] in _ASCII_LOWER:  # "user=root", "logname= uid": what _name_span rejects first
            first = _NONSPACE.match(text, s, e)
            if first is not None and first.group().rstrip(".").lower() not in _TITLES:
                continue
        span = _name_span(text, s, e, min_tokens=1, allow_caps=True, whole=grp != "v")
        if span is None:
            continue
        value = text[span[0] : span[1]]
        score = _key_score(text, m.start("key"), m.end("key"), lo, " " in value)
        if score is None:
            continue
        strong = score >= _S_NAME_KEY
        # ALLCAPS words are constants ("owner=HDFS"); a card's "JOHN SMITH" is two of them.
        if not strong and " " not in value and len(value) > 1 and value.isupper():
            continue
        # "Client: Retrying connect to server": prose after a heading, not a key's value.
        if grp == "v" and not strong and m.group("sep") == ":" and not _VALUE_END.match(text, span[1], hi):
            continue
        yield span[0], span[1], score, m.end()
    pos = lo
    while (
        cues
        and (
            cue := _NAME_CUE.search(text, pos, hi)
            if starts is None
            else _search_at(_NAME_CUE, text, pos, hi, starts)
        )
        is not None
    ):
        s = cue.start()
        if s > lo and (_word_char(text[s - 1]) or text[s - 1] in "'’-"):
            pos = s + 1  # the cue is the tail of a longer word ("into", "nearby")
            continue
        min_tokens, score = _CUE_STRENGTH.get(" ".join(cue.group("cue").lower().split()), (2, _S_NAME_WEAK))
        pv = cue.start("pv")
        if _TITLE_AHEAD.match(text, pv):
            min_tokens, score = 1, max(score, _S_NAME_STRONG)  # "for Mr. Alan Turing"
        span = _name_span(text, pv, cue.end("pv"), min_tokens=min_tokens, allow_caps=False, whole=False)
        if span is None:
            pos = pv  # a cue may stand inside the rejected words ("to Platform by Ann Lee")
            continue
        yield span[0], span[1], score, span[1]
        # "with Ann Lee and Bo Chen", "to Ann, Bo and Cy": names listed after a name
        pos = span[1]
        for _ in range(8):
            c = _CHAIN.match(text, pos, hi)
            if c is None:
                break
            nxt = _name_span(text, *c.span("pv"), min_tokens=min_tokens, allow_caps=False, whole=False)
            if nxt is None:
                break
            yield nxt[0], nxt[1], score, nxt[1]
            pos = nxt[1]


# Name keys without re2: a key ends right before its separator unless a quote, backslash or
# blank stands between. Led by one literal character, these scan at memchr speed; checking a
# key's last three letters only, they over-approximate ``_NAME_KEYVAL``. (Cues have no such
# cheap lead: without re2 they are looked for on every line.)
_KEY_GATES = tuple(
    re.compile(rf"{sep}(?:(?<=[ \t\"'\\]{sep})|(?<=(?:{_word_ends(_KEY_ENDS, 3)}){sep}))")
    for sep in ("=", ":", "->")
)
