"""Account names that are a person's name: ``USERNAME`` findings.

Found only where the context says "this is an account": a user/login/account/principal key
(``user=``, ``"userName":``, ``Account Name:``), an authentication phrase (``for user X``,
``Accepted publickey for X from <ip>``, ``sudo: X :``), a ``DOMAIN\\user``, an LDAP
``uid=``, a home directory, an IAM ARN ``:user/X`` or a Django ``<User: X>``. The value is a
person when it is shaped like one (``first.last``, ``flast``, ``firstlast``, ``f.last``,
``first_last``, trailing digits) and is not a system, daemon or service account (``root``,
``www-data``, ``svc_backup``, ``WEB01$``, role sessions, words). Once an account is found,
its other occurrences in the same record are found too (``PWD=/home/<acct>``, the ARN).
"""

from __future__ import annotations

import re
from typing import Final

from ..._entities import USERNAME
from ..._finding import Finding
from ._features import WORDS, is_word, split_key
from ._lexicon import Lexicon, fold, load_lexicon
from ._vocab import ACCOUNT_KEYS, NEVER_NAMES, SERVICE_ACCOUNTS

#: Score of an account name found in an account context.
ACCOUNT_SCORE: Final = 0.9

_V: Final = r"([A-Za-z][A-Za-z0-9._\-]{0,62}[A-Za-z0-9]|[A-Za-z]{2})"
_END: Final = r"(?![A-Za-z0-9$@\\/])"
# An optional NetBIOS/AD domain before the account (``CORP\``), not part of the span.
_DOM: Final = r"(?:[A-Za-z][A-Za-z0-9\-]{0,14}\\{1,2})?"
_KEY_VALUE: Final = re.compile(
    r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.\-]{0,40}|(?i:(?:account|user|logon|login)[ \t]name))"
    # after "=" the value follows at once (``ruser= rhost=..`` is an empty value); after ":" spaces may
    r"[\"']?(?:=(?![ \t])|[ \t]*(?::|=>|=(?=[ \t]*[\"']))[ \t]*)[\"'<]?(?:User:[ \t]*)?" + _DOM + _V + _END
)
_PHRASES: Final = re.compile(
    "|".join(
        [
            # for user X / invalid user X / of User X / username 'X' / user "X"
            r"(?i:\buser(?:[ _]?name)?)[ \t]+[\"'`]?" + _DOM + _V + r"(?=[\"'`]|\s|$|[(),;:.\]])",
            # sshd: Accepted publickey for X from <address>
            r"(?i:\bfor)[ \t]+(?i:(?:invalid|illegal)[ \t]+user[ \t]+)?" + _V + r"[ \t]+(?i:from)[ \t]+(?=[0-9a-fA-F:\[])",
            # sudo:    X : TTY=...
            r"\bsudo(?:\[\d+\])?:[ \t]+" + _V + r"[ \t]+:",
            # su: (to root) X on pts/0
            r"\(to[ \t]+\S+\)[ \t]+" + _V + r"[ \t]+on\b",
            # LDAP uid=X,  ; home directories ; IAM ARN user/X ; Django <User: X>
            r"(?i:\b(?:uid|cn))=" + _V + _END,
            r"/(?:home|Users)/" + _V + _END,
            r"arn:aws:iam::\d*:user/(?:[\w+=,.@\-]+/)*" + _V + _END,
            r"<User:[ \t]*" + _V + r">",
            # DOMAIN\user (an upper-case domain: CORP\, EMEA\)
            r"(?<![A-Za-z0-9_\\])[A-Z][A-Z0-9\-]{1,14}\\{1,2}" + _V + _END,
        ]
    )
)
# Cheap gate: only lines with one of these pay for the patterns.
_GATE: Final = re.compile(
    r"(?i)user|login|logon|account|acct|uname|principal|uid=|cn=|actor|owner|nick|handle|/home/|\\|sudo|\(to "
    r"|accepted|password|publickey|ssh"
)
# Parts that mark a service or automation account (svc_backup, app-orders, lambda-exec, ci-runner).
_SERVICE_PARTS: Final = frozenset(
    """
    svc srv app apps bot bots adm admin sys ci cd tf k8s kube aws gcp az azure iam role roles exec task tasks
    job jobs sql db ops dev prod stg stage staging test tests qa uat service services daemon agent runner build
    deploy release backup backups sync cron batch worker workers reader writer readonly rw ro api web www
    data etl ingest export import report reports monitor mon health probe scanner integration lambda ecs eks
    pipeline session sessions system noreply no-reply mailer notify alerts alert
    """.split()
)
_HAS_INNER_DIGIT: Final = re.compile(r"\d[^\d]")
_PARTS: Final = re.compile(r"[._\-]+")


def find_accounts(text: str, lex: Lexicon | None = None) -> list[Finding]:
    """USERNAME findings in ``text`` (account contexts only; see the module docstring)."""
    if _GATE.search(text) is None:
        return []
    lex = lex if lex is not None else load_lexicon()
    spans: dict[int, int] = {}
    accounts: set[str] = set()
    for m in _KEY_VALUE.finditer(text):
        key = m.group(1)
        norm = "".join(split_key(key.replace(" ", "_").replace("\t", "_")))
        if norm in ACCOUNT_KEYS and is_person_account(m.group(2), lex):
            spans[m.start(2)] = m.end(2)
            accounts.add(m.group(2))
    for m in _PHRASES.finditer(text):
        k = m.lastindex
        if k is None:
            continue
        v = m.group(k)
        if is_person_account(v, lex):
            spans[m.start(k)] = m.end(k)
            accounts.add(v)
    if not spans:
        return []
    # every other occurrence of a found account in the record (PWD=/home/<acct>, the ARN)
    for acct in accounts:
        for m in re.finditer(r"(?<![A-Za-z0-9._\-])" + re.escape(acct) + r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])", text):
            spans.setdefault(m.start(), m.end())
    out: list[Finding] = []
    last_end = -1
    for s in sorted(spans):
        e = spans[s]
        if s < last_end:
            continue
        out.append(Finding(s, e, USERNAME, ACCOUNT_SCORE, "builtin"))
        last_end = e
    return out


def is_person_account(value: str, lex: Lexicon | None = None) -> bool:
    """Is a login name shaped like a person's (not a system/service account or a word)?"""
    if not value or value != value.lower() or value.endswith("$"):
        return False
    base = value.rstrip("0123456789")
    if len(base) < 2 or not base[0].isalpha() or _HAS_INNER_DIGIT.search(base) is not None:
        return False
    if value in SERVICE_ACCOUNTS or base in SERVICE_ACCOUNTS:
        return False
    parts = [p for p in _PARTS.split(base) if p]
    if not parts:
        return False
    lex = lex if lex is not None else load_lexicon()
    for p in parts:
        if p in _SERVICE_PARTS or p in SERVICE_ACCOUNTS or (len(p) > 1 and p in NEVER_NAMES):
            return False
    if len(parts) >= 2:
        if len(parts) > 3:
            return False
        known = [p for p in parts if len(p) > 1 and (fold(p) in lex.first or fold(p) in lex.last)]
        if known:
            return True
        long_parts = [p for p in parts if len(p) > 1]
        return bool(long_parts) and not any(is_word(p) for p in long_parts)
    w = parts[0]
    if is_word(w) or w in ("phone", "email", "mail", "none", "null"):
        # an ordinary word is a person only when it splits into a known first name + surname
        return _splits(w, lex)
    return len(w) >= 3 or _splits(w, lex)


def _splits(w: str, lex: Lexicon) -> bool:
    """``mariagarcia`` = first + last, ``mgarcia`` = initial + last."""
    if len(w) >= 5 and ((w[1:] in lex.last and w[1:] not in WORDS) or (w[:-1] in lex.last and w[:-1] not in WORDS)):
        return True  # flast, lastf
    for i in range(2, len(w) - 2):
        if w[:i] in lex.first and w[i:] in lex.last and w[i:] not in WORDS:
            return True
    return False
