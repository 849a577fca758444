"""A tiered detector: a cheap backend for every text, an expensive one only where needed.

The cheap tier (regex) settles what it can find with certainty (SSNs, e-mails, cards,
IPs, phones). Names, addresses and the other free-text types need a model; a cheap,
value-free gate (:func:`needs_ner`) decides which texts may still contain them, and
only those go to the expensive tier (Comprehend, Presidio). Findings of both tiers are
returned together, each with its own ``source``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .._detector import Detector
from .._finding import Finding

#: gate(text, findings of the cheap tier) -> send this text to the expensive tier?
Gate = Callable[[str, Sequence[Finding]], bool]
#: selector(texts, findings of the cheap tier) -> indices to send (a batch-first gate).
Selector = Callable[[Sequence[str], Sequence[Sequence[Finding]]], list[int]]

# Capitalised words that are routine in log lines and never names on their own:
# levels, HTTP verbs, calendar words, pronouns/articles, and common English words that
# start or structure log messages. A known log token is no reason to pay for a model.
_LOG_TOKENS = frozenset(
    """
    A An The This That These Those It Its I We You He She They Our Your My Me Us Them Is Are Was Were Be
    Been Has Have Had Do Does Did Not No Yes Ok Okay If Then Else When While For From To In On At By Of
    With Without And Or But As Into Over Under After Before Since Until Via Per All Any Some Each Every
    None Null Nil True False Undefined Error Errors Warning Warn Info Information Debug Trace Fatal
    Critical Notice Alert Emergency Severe Fine Finest Verbose Success Successful Successfully Failed
    Fail Failure Failing Exception Caused Cause Stack Line File Files Method Class Module Package
    Function Object Value Values Key Keys Type Types Name Names Id Ids Code Status State Mode Level
    Request Requests Response Responses Session Sessions Connection Connections Connected Connecting
    Disconnected Closing Closed Close Open Opened Opening Start Started Starting Stop Stopped Stopping
    Shutdown Shutting Restart Restarted Restarting Running Run Runs Ready Done Finished Finishing
    Complete Completed Completing Created Creating Create Deleted Deleting Delete Updated Updating
    Update Added Adding Add Removed Removing Remove Received Receiving Receive Sent Sending Send Got
    Get Getting Set Setting Put Read Reading Write Writing Wrote Load Loaded Loading Save Saved Saving
    Found Finding Missing Invalid Valid Unknown Unable Cannot Could Would Should Will May Might Must
    Can Need Needs Using Use Used Registered Registering Register Unregistered Initialized Initializing
    Initialize Init Waiting Wait Timeout Timed Retry Retrying Retries Attempt Attempting Skipping
    Skipped Ignoring Ignored Processing Processed Process Handling Handled Handler Executing Executed
    Execute Scheduled Scheduling Submitted Submitting Accepted Accepting Rejected Rejecting Denied
    Allowed Granted Authentication Authenticated Authorization Authorized Unauthorized Forbidden
    Login Logged Logout Logging Log Logs Logger Sign Signed User Users Customer Customers Admin
    Administrator Root System Systems Service Services Server Servers Client Clients Guest Anonymous
    Account Accounts Order Orders Payment Payments Invoice Ticket Job Jobs Task Tasks Worker Workers
    Thread Threads Node Nodes Host Hosts Cluster Pod Container Instance Build Deploy Release Version
    Config Configuration Default Test Tests Event Events Message Messages Queue Block Blocks Memory
    Disk Cache Data Database Table Query Transaction Commit Rollback Lock Unlock Network Port Socket
    Address Path Url Uri Api Http Https Kernel Device Driver Interface Power Battery Screen Display
    Window Activity View Application App Apps Total Count Size Time Date Day Days Hour Hours Minute
    Minutes Second Seconds Ms Sec Min Max Avg New Old Current Previous Next Last First Local Remote
    Global Public Private Internal External Main Default Current Other Team Support Sales Billing
    Security Ops Health Check Checking Checked Ping Pong Heartbeat Mon Tue Wed Thu Fri Sat Sun Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov
    Dec January February March April June July August September October November December Mr Mrs Ms Dr
    Here There Now Please Note See Also Only Just Still Already Again Here Why How What Which Who Where
    """.split()
)

# A run of letters (any script) with apostrophes/hyphens inside, not glued to code-ish
# neighbours: dotted/slashed paths, ``$Inner`` classes, ``call(`` sites, ``@`` handles.
_WORD = re.compile(r"(?<![\w.$/\\@#])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w$@]|\.\w|\()")
# Keys whose values are people or places: ``name=``, ``"customer":``, ``address:`` ...
_PERSONAL_KEY = re.compile(
    r"(?i)(?<![^\W_])(?:name|user_?name|customer|patient|employee|contact|recipient|sender|holder|owner"
    r"|author|applicant|beneficiary|addr(?:ess)?|street|city|zip|postcode|postal|dob|birth)[\"']?(?:=|\s*:\s*)"
    r"[\"']?(?=[^\W\d_])"
)
# Where a new message/clause starts: a capital there is grammar, not a name.
_CLAUSE_END = frozenset(":;.!?]>|-\"'([{")


def _is_capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].replace("'", "").replace("-", "").islower()


def _clause_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _CLAUSE_END or text[i] in "\r\n"


def _caseless_letters(text: str) -> bool:
    # Names in scripts without case (CJK, Devanagari, Arabic, Thai, ...) cannot be
    # gated on capitals: any such letter makes the text a candidate.
    for ch in text:
        if ord(ch) > 0x24F and ch.isalpha() and not ch.isupper() and not ch.islower():
            return True
    return False


def needs_ner(text: str, findings: Sequence[Finding] = ()) -> bool:
    """True when ``text`` may hold a name, address or similar free-text PII.

    A cheap, deliberately generous gate: a personal key (``name=``, ``address:``), a
    letter of a caseless script, two capitalised words in a row, or one capitalised
    word that is neither a known log token nor at the start of a clause nor a key.
    ``findings`` (the cheap tier's) are accepted for the :data:`Gate` signature.
    """
    if not text or text.isspace():
        return False
    if _PERSONAL_KEY.search(text):
        return True
    if not text.isascii() and _caseless_letters(text):
        return True
    prev_end = -2
    prev_cap = False
    for m in _WORD.finditer(text):
        word = m.group()
        cap = _is_capitalised(word) and word not in _LOG_TOKENS
        s, e = m.span()
        if cap:
            followed = text[e:e + 1]
            if followed in ("=", ":") or text[e:e + 2] in (" =", " :"):
                cap = False  # a key, not a value
        if cap and prev_cap and text[prev_end:s] in (" ", " \t"):
            return True
        if cap and not _clause_initial(text, s):
            return True
        prev_cap, prev_end = cap, e
    return False


def _merge(first: list[Finding], second: list[Finding]) -> list[Finding]:
    if not second:
        return first
    if not first:
        return second
    return sorted(set(first) | set(second))


class TieredDetector:
    """``first`` on every text; ``second`` only on the texts ``gate`` lets through.

    With ``gate=None`` every non-blank text goes to both; ``selector`` (a batch-first
    gate, e.g. one running a model over the whole batch) replaces ``gate``. A failure of either tier is
    raised unchanged (the caller, e.g. :class:`~piiredact.Redactor`, owns the
    fallback), so a text is never reported as analysed when the model never saw it.
    """

    def __init__(
        self,
        first: Detector,
        second: Detector,
        *,
        gate: Gate | None = needs_ner,
        selector: Selector | None = None,
        name: str | None = None,
    ) -> None:
        self.first = first
        self.second = second
        self.gate = gate
        self.selector = selector
        self.name = name if name is not None else f"{first.name}+{second.name}"
        self.entities: frozenset[str] = first.entities | second.entities

    def select(self, texts: Sequence[str], first_found: Sequence[Sequence[Finding]]) -> list[int]:
        """Indices of the texts the expensive tier must see."""
        if self.selector is not None:
            return self.selector(texts, first_found)
        gate = self.gate
        if gate is None:
            return [i for i, t in enumerate(texts) if t and not t.isspace()]
        return [i for i, t in enumerate(texts) if gate(t, first_found[i])]

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        if not texts:
            return []
        found = [list(fs) for fs in self.first.detect(texts)]
        if len(found) != len(texts):
            raise ValueError("first tier returned a result of the wrong length")
        chosen = self.select(texts, found)
        if chosen:
            more = self.second.detect([texts[i] for i in chosen])
            if len(more) != len(chosen):
                raise ValueError("second tier returned a result of the wrong length")
            for i, fs in zip(chosen, more):
                found[i] = _merge(found[i], list(fs))
        return found

    def close(self) -> None:
        """Close both tiers (idempotent as far as they are)."""
        for d in (self.first, self.second):
            close = getattr(d, "close", None)
            if close is not None:
                close()


class UnionDetector:
    """Every detector on every text; findings united per text (e.g. a fallback made of the
    builtin plus one extra pattern row the primary was asked for)."""

    def __init__(self, detectors: Sequence[Detector], *, name: str | None = None) -> None:
        if not detectors:
            raise ValueError("UnionDetector needs at least one detector")
        self.detectors = tuple(detectors)
        self.name = name if name is not None else self.detectors[0].name
        self.entities: frozenset[str] = frozenset().union(*(d.entities for d in self.detectors))

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        texts = list(texts)
        out = [list(fs) for fs in self.detectors[0].detect(texts)]
        for d in self.detectors[1:]:
            more = d.detect(texts)
            if len(more) != len(out):
                raise ValueError("a united detector returned a result of the wrong length")
            out = [_merge(a, list(b)) for a, b in zip(out, more)]
        return out

    def reset_after_fork(self) -> None:
        for d in self.detectors:
            reset = getattr(d, "reset_after_fork", None)
            if reset is not None:
                reset()

    def close(self) -> None:
        for d in self.detectors:
            close = getattr(d, "close", None)
            if close is not None:
                close()


__all__ = ["Gate", "Selector", "TieredDetector", "UnionDetector", "needs_ner"]
