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
from collections.abc import Iterable
from typing import Final

from ..._entities import USERNAME
from ..._finding import Finding
from ._features import PRONOUNCEABLE, is_any_word, is_word, split_key
from ._gate import any_in
from ._lexicon import Lexicon, fold, load_lexicon
from ._loginshape import login_prob
from ._shaped import agent_noun_tail, login_ok, shaped_accounts, two_words, unknown_login_reads_personal
from ._vocab import ACCOUNT_KEYS, HOST_WORDS, NEVER_NAMES, SERVICE_ACCOUNTS, SERVICE_SUFFIXES

#: Score of an account name found in an account context.
ACCOUNT_SCORE: Final = 0.9
#: the login-shape model's probability that, beside a person's account shape, makes a glued login
#: a person's (a shape test alone splits kubectl into k + "ubectl")
LEANS_PERSONAL: Final = 0.5
#: below this, a single-part token of unknown names reads as a program's or a word's spelling
PROGRAM_SPELLING: Final = 0.2

_V: Final = r"([A-Za-z][A-Za-z0-9._\-]{0,62}[A-Za-z0-9]|[A-Za-z]{2})"
# not followed by more of an identifier: auth0|64f1c2 (a provider's id; a "|" before a field of a
# row is fine), oidc:ann@… (an issuer's prefix), renovate[bot] (an automation account)
_END: Final = r"(?![A-Za-z0-9$@\\/%]|\|[0-9a-f]{6}|:[^\s\"']|\[bot\])"
# An optional NetBIOS/AD domain before the account (``CORP\``), not part of the span.
_DOM: Final = r"(?:[A-Za-z][A-Za-z0-9\-]{0,14}\\{1,2})?"
# after "=" the value follows at once (``ruser= rhost=..`` is an empty value); after ":" spaces may
# (Oracle's audit trail writes a length before each value: "CLIENT USER:[13] 'joao_teixeira'")
# PHP's dumps close the key with a bracket: print_r "[user_login] => jdoe", var_dump
# '["user_login"]=> string(4) "jdoe"' (the value's type and length before it)
_SEP_VALUE: Final = (
    r"(?:[\"']?\]|[\"'])?(?:=(?![ \t])|[ \t]*(?::|=>|=(?=[ \t]*[\"']))[ \t]*)(?:\[\d{1,3}\][ \t]*)?"
    r"(?:string\(\d{1,4}\)[ \t]*)?[\"'<]?(?:User:[ \t]*)?"
    + _DOM + _V + _END
)
_KEY_VALUE: Final = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.\-]{0,40})" + _SEP_VALUE)
# Windows-style keys of several words ("Account Name:", "Target User Name:"): a separate pattern,
# run only when such a key can be there (its optional word prefix is costly at every position)
_WORDS_KEY_VALUE: Final = re.compile(
    r"(?<![A-Za-z0-9_])((?i:(?:[a-z]+[ \t]){0,2}(?:account|user|logon|login)(?:[ \t]name)?))" + _SEP_VALUE
)
# Each phrase pattern runs only when its substring hint (tested on the lower-cased line) is present:
# one big alternation tried at every position was most of this module's cost.
# the actions of a REST collection (/users/lookup?phone=…, /users/me): no member's login
_REST_ACTIONS: Final = (
    "lookup", "search", "find", "query", "filter", "list", "count", "bulk", "batch", "export", "import", "sync",
    "me", "self", "current", "new", "create", "update", "delete", "invite", "invites", "register", "login",
    "logout", "signup", "signin", "verify", "validate", "settings", "preferences", "profile", "avatar", "status",
    "autocomplete", "suggest", "exists", "check", "active", "inactive", "online", "stats", "summary", "all",
)
#: The folders an operating system or a desktop gives every user profile (macOS, Windows, XDG).
_PROFILE_FOLDERS: Final = ("Library", "Documents", "Desktop", "Downloads", "Pictures", "Music", "Movies", "Videos",
                           "AppData", "OneDrive", "Dropbox", "Favorites", "Contacts", "Saved Games", "NTUSER.DAT")
_TO_HINTS: Final = ("assigned to", "escalated to", "delegated to", "transferred to", "forwarded to",
                    "handed")
_STRICT_HINTS: Final = frozenset({("account ",), ("by ", "by\t"), _TO_HINTS})
# (hints, pattern, strict): a strict phrase's value counts only in a clearly personal shape (a word
# or a number after "account" or a bare "by" is far more common than a login)
_PHRASES: Final[tuple[tuple[tuple[str, ...], re.Pattern[str], bool], ...]] = tuple(
    (hints, re.compile(pattern), hints in _STRICT_HINTS)
    for hints, pattern in (
        # for user X / invalid user X / of User X / username 'X' / user "X"
        # (also in brackets: Cisco ASA "User <jdoe>", "Group <VPN> User <jdoe>")
        (("user",), r"(?i:\buser(?:[ _]?name)?)[ \t]+[\"'`<\[]?" + _DOM + _V + r"(?=[\"'`>\]]|\s|$|[(),;:.])"),
        # FreeRADIUS: "Login OK: [jdoe] (from client …)", "Login incorrect (…): [jdoe]"
        (("login ",), r"(?i:\blogin[ \t]+(?:ok|incorrect))[^:\n]{0,60}:[ \t]*\[" + _V + r"\]"),
        # disconnected from user X, password changed for X, add 'X' to group, removed user X from group
        (("from user",), r"(?i:\bfrom[ \t]+user)[ \t]+" + _V + r"(?=\s|$|[(),;:.\]])"),
        # Account X locked, for account X (strict)
        (("account ",), r"(?i:\baccount)[ \t]+[\"'`]?" + _V + r"(?=[\"'`]|\s|$|[(),;:.\]])"),
        # command-line options naming accounts: -Identity X, -Members X, --user X, --login=X
        # ("--user X", "-UserName X" are the "user" phrase above; "--login=X" a key)
        (("-identity", "-member"),
         r"(?<![\w-])--?(?i:identity|members?|samaccountname|user(?:name)?|login|owner)(?:[ \t]+|=)[\"']?" + _DOM + _V
         + r"(?=[\"',]|\s|$)"),
        (("password changed",), r"(?i:\bpassword[ \t]+changed[ \t]+for)[ \t]+" + _V + r"(?=\s|$|[(),;:.\]])"),
        (("add",), r"(?i:\badd(?:ing|ed)?)[ \t]+[\"'`]?" + _V + r"[\"'`]?[ \t]+(?i:to[ \t]+group)\b"),
        # sshd: Accepted publickey for X from <address>
        (("for ", "for\t"), r"(?i:\bfor)[ \t]+(?i:(?:invalid|illegal)[ \t]+user[ \t]+)?" + _V
         + r"[ \t]+(?i:from)[ \t]+(?=[0-9a-fA-F:\[])"),
        # sudo:    X : TTY=...
        (("sudo",), r"\bsudo(?:\[\d+\])?:[ \t]+" + _V + r"[ \t]+:"),
        # su: (to root) X on pts/0
        (("(to ",), r"\(to[ \t]+\S+\)[ \t]+" + _V + r"[ \t]+on\b"),
        # LDAP uid=X / cn=X
        (("uid=", "cn="), r"(?i:\b(?:uid|cn))=" + _V + _END),
        # home directories (the last segment of the path: a tool's own files under /home/<acct>/
        # are not counted, they are everywhere in real logs)
        (("/home/", "/users/"), r"/(?:home|Users)/" + _V + _END),
        # a user profile's own folders after the account (/Users/<acct>/Library, C:\Users\<acct>\AppData,
        # /home/<acct>/Documents): the profile of a person's login, not a tool's files under a home
        (("/home/", "/users/", "\\users\\"),
         r"(?i:[/\\](?:home|users)[/\\]{1,2})" + _V + r"(?=[/\\]{1,2}(?i:" + "|".join(_PROFILE_FOLDERS) + r")(?![\w.\-]))"),
        # REST paths of person collections: /api/v1/users/ann.lee/profile
        (("/users/", "/people/", "/members/", "/customers/", "/employees/", "/profiles/", "/profile/", "/user/",
          "/staff/", "/contacts/", "/patients/", "/students/", "/authors/"),
         r"/(?:users|people|members|customers|employees|profiles?|user|staff|contacts|patients|students|authors)/"
         # (not a source file's line, /app/internal/profile/handler.go:222)
         + r"(?!(?:" + "|".join(_REST_ACTIONS) + r")(?![A-Za-z0-9._\-]))" + _V + r"(?=[/?#\s\"'),;]|:(?![0-9])|$)"),
        # IAM ARN user/X
        (("arn:aws:iam",), r"arn:aws:iam::\d*:user/(?:[\w+=,.@\-]+/)*" + _V + _END),
        # Django <User: X>
        (("<user:",), r"<User:[ \t]*" + _V + r">"),
        # Dovecot: imap(user)<pid><session>, lmtp(user), pop3(user)
        # (pop\d: the name tier reads digits as 0, see _digits.digit_blind)
        (("imap(", "pop3(", "pop0(", "lmtp(", "lda(", "managesieve(", "submission(", "doveadm("),
         r"\b(?:imap|pop\d|lmtp|lda|managesieve|submission|doveadm)\(" + _V + r"\)"),
        # the person a task goes to (assigned to tkohler, escalated to zhangz): as after "by", see find_accounts
        (_TO_HINTS, r"(?i:assigned|escalated|delegated|transferred|forwarded|handed(?:[ \t]+(?:over|off))?)"
         r"[ \t]+to[ \t]+@?" + _V + r"(?=[\s,;.)\]]|:(?:\s|$)|$)"),
        # a login after "by" (pushed/approved/merged by mgarcia): strict, and see find_accounts
        (("by ", "by\t"), r"\bby[ \t]+@?" + _V + r"(?=[\s,;.)\]\"']|:(?:\s|$)|$)"),
        # DOMAIN\user (an upper-case domain: CORP\, EMEA\)
        (("\\",), r"(?<![A-Za-z0-9_\\])[A-Z][A-Z0-9\-]{1,14}\\{1,2}" + _V + _END),
    )
)
_TO_AGENT: Final = next(pat for hints, pat, _ in _PHRASES if hints == _TO_HINTS)
# Stems of account keys: the key=value pattern runs only when one is in the line.
_STEMS: Final = ("user", "usr", "login", "logon", "account", "acct", "uname", "principal", "uid", "actor", "owner",
                 "nick", "handle", "upn", "displayname", "display_name", "gamertag", "gamer_tag", "playername",
                 "player_name")
# every account key is found through one of these (alternateId, samAccountName, screenName ...)
_KEY_HINTS: Final = _STEMS + tuple(sorted(k for k in ACCOUNT_KEYS if not any(h in k for h in _STEMS)))
# Cheap gate: only lines with one of these (lower-cased substring tests, far cheaper than a
# case-insensitive regex on every line) pay for the patterns.
_GATE_WORDS: Final = ("user", "login", "logon", "account", "acct", "uname", "principal", "uid=", "cn=", "actor",
                      "owner", "nick", "handle", "/home/", "/users/", "/people/", "/members/", "/customers/",
                      "/employees/", "/profiles/", "/profile/", "/staff/", "/contacts/", "/patients/", "/students/",
                      "/authors/", '] "', "\\", "sudo", "(to ", "accepted", "password",
                      "publickey", "ssh", "upn", "-identity", "-member", "from user", "password changed", "to group", "imap(", "pop3(", "pop0(", "lmtp(", "lda(", "sieve(", "submission(", "doveadm(")
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
_gate: Final = any_in((*_GATE_WORDS, *_TO_HINTS, "alternateid", "screenname", "by ", "displayname", "display_name", "gamertag",
                       "gamer_tag", "playername", "player_name"))
_MAX_PROPAGATE: Final = 32
# Windows event XML <Data Name="TargetUserName">x</Data> and plain elements <userName>x</userName>
_XML_ACCOUNT: Final = re.compile(
    r"<(?:Data\s+Name=[\"']([A-Za-z_]\w{0,40})[\"']|([A-Za-z_][\w.\-]{0,40}))>\s*" + _DOM + _V + r"\s*</"
)
# Common/Combined Log Format: the third field is the authenticated user ("-" when none).
_CLF: Final = re.compile(
    r"(?:^|\s)(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]{3,39}|[A-Za-z0-9][\w.\-]*) \S+ " + _V
    + r" \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+\-]\d{4}\] \""
)
# Accounts written against an address or a realm, found from the address or realm (a literal-led
# gate, then the account before it): OpenVPN "jdoe/203.0.113.9:51234" (the client's common name),
# Kerberos "jdoe@CORP.EXAMPLE.COM" (the realm in capitals; host/ and HTTP/ service principals have
# a slash before the name, and an e-mail's domain is in lower case).
_CN_ADDRESS_GATE: Final = re.compile(r"/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d")
_CN_ADDRESS: Final = re.compile(r"(?<![\w./\-])" + _V + r"/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d")
# OpenVPN again: "203.0.113.9:51234 [jdoe] Peer Connection Initiated"
_ADDRESS_CN_GATE: Final = re.compile(r":\d{1,5} \[[a-z]")
_ADDRESS_CN: Final = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5} \[" + _V + r"\]")
_REALM_GATE: Final = re.compile(r"@[A-Z][A-Z0-9\-]*\.[A-Z]")
_PRINCIPAL: Final = re.compile(r"(?<![\w./\-+@])" + _V + r"@[A-Z][A-Z0-9\-]*(?:\.[A-Z0-9\-]+)+(?![A-Za-z0-9])")
# A login at an address: MySQL "Connect jdoe@10.1.2.3 on db", "'jdoe'@'10.1.2.3'" (an e-mail's
# domain is never a bare IPv4 address)
_AT_ADDRESS_GATE: Final = re.compile(r"@'?\d{1,3}\.\d")
_AT_ADDRESS: Final = re.compile(r"(?<![\w.+\-@])'?" + _V + r"'?@'?\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")
# an @-mention or handle (chat, notifier, social and payment apps: "@ana_k mentioned @bo.li", user=@jdoe),
# not an address's domain (ann@host), a scope (@babel/core), a decorator (@app.route() or an annotation
# followed by a dot or a call; the look-behind sits after the "@" so the scan starts at that literal
_MENTION: Final = re.compile(r"@(?<![\w.+\-@/:%]@)" + _V + r"(?![\w@/(]|[.\-][A-Za-z0-9])")
# the person one talks to, shares with, hands over to or invites (support notes, ACL changes, party
# invites): "spoke w/ mykola.h re: …", "shared with nlyimo (admin)", "handover from guptan"
#: "spoke to", "talked with", "chatted w/": the person after it (also _lower's given names alone)
SPOKE_TO: Final = r"\b(?:spoke|spoken|talked|chatted)[ \t]+(?:to|with|w/)"
_CONTACT: Final = re.compile(
    r"(?i:" + SPOKE_TO + r"|\bshared[ \t]+with|\bhand(?:ed)?[ \t\-]?over[ \t]+"
    r"(?:from|to)|\binvit(?:e|ed|ation)(?:[ \t]+[0-9a-f]{4,12})?[ \t]+(?:from|to))[ \t]+@?" + _V
    + r"(?=[\s,;.)\]\"']|:(?:\s|$)|$)"
)
_contact_gate: Final = any_in(("spoke", "spoken", "talked", "chatted", "shared with", "over from", "over to", "invit"))
# Squid's native access log: "... TCP_TUNNEL/200 41616 CONNECT host:443 USER HIER_DIRECT/10.0.0.1 -"
_SQUID_GATE: Final = re.compile(r"(?:TCP|UDP|NONE)_[A-Z_]*/\d{3} ")
_SQUID: Final = re.compile(
    r"(?:TCP|UDP|NONE)_[A-Z_]*/\d{3} \d+ [A-Z]+ \S+ " + _V + r" (?:HIER|DIRECT|NONE|FIRST|PARENT|SIBLING|ORIGINAL)[A-Z_]*/"
)
_squid_hint: Final = any_in(("TCP_", "UDP_", "NONE_"))
# A whole field of a tab-separated row (Zeek, TSV exports) spelt first.last or firstlast from two
# names the gazetteers know: no key says "account" there, the shape and the name lists do.
_TAB_FIELD: Final = re.compile(r"([a-z]{2,20})(\.?)([a-z]{2,20})(\d{0,3})")
_CAMEL: Final = re.compile(r"([A-Z][a-z]*)([A-Z][a-z]{2,})")
_ACCOUNT_TAILS: Final = frozenset("user username usr login logon uname principal upn account".split())
_INVALID: Final = re.compile(r"(?i)\b(?:invalid|illegal|unknown)\b")
# Letters that read like a word of a human language: no run of 4+ consonants (ubnt, pgadm)
_HAS_INNER_DIGIT: Final = re.compile(r"\d[^\d]")
_PARTS: Final = re.compile(r"[._\-]+")


def find_accounts(text: str, lex: Lexicon | None = None, low: str | None = None) -> list[Finding]:
    """USERNAME findings in ``text`` (account contexts only; see the module docstring).

    ``low``: ``text.lower()`` if the caller has it already."""
    if low is None:
        low = text.lower()
    keyed = _gate(low)  # the key and phrase passes need one of the gate words
    # the passes found from an address, a realm or a row's shape (each behind a literal, then a gate)
    extra: list[re.Pattern[str]] = []
    if ":" in text:
        if "/" in text and _CN_ADDRESS_GATE.search(text) is not None:
            extra.append(_CN_ADDRESS)
        if " [" in text and _ADDRESS_CN_GATE.search(text) is not None:
            extra.append(_ADDRESS_CN)
    if "@" in text:
        if _REALM_GATE.search(text) is not None:
            extra.append(_PRINCIPAL)
        if _AT_ADDRESS_GATE.search(text) is not None:
            extra.append(_AT_ADDRESS)
        extra.append(_MENTION)
    if _squid_hint(text) and _SQUID_GATE.search(text) is not None:
        extra.append(_SQUID)
    tabbed = "\t" in text
    lex = lex if lex is not None else load_lexicon()
    shaped = shaped_accounts(text, lex, low)
    contact = _contact_gate(low)
    if not keyed and not extra and not tabbed and not shaped and not contact:
        return []
    spans: dict[int, int] = dict(shaped)
    accounts: set[str] = {text[s:e] for s, e in shaped}
    aligned = len(low) == len(text)  # str.lower() can grow a string ("İ"): then offsets differ
    kv: Iterable[re.Match[str]] = (_at_keys(text, low) if aligned else _KEY_VALUE.finditer(text)) if keyed else ()
    wk = _WORDS_KEY_VALUE.finditer(text) if keyed and (" name:" in low or "account:" in low or "user:" in low) else ()
    for m in (*kv, *wk):
        key = m.group(1)
        if " " in key or "\t" in key:
            parts = [p.lower() for p in _BLANKS.split(key)]
        elif "." in key:
            # user.name, client.user.name (ECS): the segment before the last one says whose name it is
            parts = [p for seg in key.split(".")[-2:] for p in split_key(seg)]
        else:
            parts = split_key(key)
        if len(parts) >= 2 and parts[-1] == "name" and parts[-2] in _ACCOUNT_TAILS:
            parts = parts[:-1]  # Target User Name, Account Name
        norm = "".join(parts)
        # sasl_username, db.user, remoteUser: the last part names an account
        if (norm in ACCOUNT_KEYS or (parts and parts[-1] in _ACCOUNT_TAILS)) and not _caps_phrase(text, m, 2) \
                and _account_ok(m.group(2), lex):
            spans[m.start(2)] = m.end(2)
            accounts.add(m.group(2))
    for m, strict in _phrase_matches(text, low, aligned) if keyed else ():
        k = 1
        v = m.group(k)
        # "invalid user X" (sshd, PAM): X is not an account here, usually a guess from a word list;
        # only a clearly personal shape (first.last, flast, firstlast) counts there, as after a
        # strict phrase
        invalid = _INVALID.search(text, max(0, m.start() - 24), m.start(k)) is not None
        strict = strict or invalid
        agent = m.group()[:2].lower() == "by"
        by = agent or m.re is _TO_AGENT
        if by and v != v.lower() and v.isupper() and len(v) >= 5 and _after_participle(text, m.start()):
            # a login of a system that writes only capitals (changed by TKUCERA), after a passive
            if _account_ok(v, lex) and _leans_personal(v, lex):
                spans[m.start(k)] = m.end(k)
                accounts.add(v)
            continue
        if by and (v != v.lower() or not _by_login_ok(v, lex)):
            continue  # "by mail.example.org", "by Ann Lee": a host, or a name the model handles
        # (after "by", an initial and a known surname of five letters is a login too: approved by hgupta;
        # not for "invalid user", where a guessed word list's names are no account)
        # (a passive's agent, "posted by X", or the person of "assigned to X": not the "by" of "sorted by")
        passive = by and (not agent or _after_participle(text, m.start()))
        if not _caps_phrase(text, m, k) and (
            ((agent or not by) and _account_ok(v, lex, strict=strict) and (not agent or not _program_spelling(v, lex)))
            or (by and not invalid and (
                # a role's weaker login shape where "by" names the agent of a passive (posted by nagyz;
                # not one known name alone: built by mcafee, a brand) or the login ends in digits
                _initial_surname(v, lex)
                or ((v[-1].isdigit() or (passive and not lex.classes(v)))
                    and login_ok(v, lex) and not any(is_word(p) for p in _PARTS.split(v.rstrip("0123456789")))
                    and not _short_head_word(v.rstrip("0123456789")))
                # of names no gazetteer has, where the login-shape model reads a person's spelling
                or (passive and unknown_login_reads_personal(v, lex))
                # a person's account shape (kwameo, tkucera) that the login-shape model also leans
                # towards: one test alone passes too many programs' names (built by mcafee)
                or (passive and _account_ok(v, lex) and _leans_personal(v, lex))
            ))
        ):
            spans[m.start(k)] = m.end(k)
            accounts.add(v)
    if tabbed:
        at = 0
        for cell in text.split("\t"):  # (a split and a match per cell: no scan at every position)
            m = _TAB_FIELD.fullmatch(cell) if 4 <= len(cell) <= 44 else None
            if m is not None and (
                _two_names(m.group(1), m.group(3), lex) if m.group(2) else _glued_names(m.group(1) + m.group(3), lex)
            ):
                spans[at] = at + len(cell)
                accounts.add(cell)
            at += len(cell) + 1
    for pat in extra:
        for m in pat.finditer(text):
            v = m.group(1)
            # Java prints a socket address as "host/ip:port" too: before an address only a
            # clearly personal shape counts, no host name (digits, a domain word, 3+ labels)
            if pat is _CN_ADDRESS and not _not_a_host(v):
                continue
            if pat is _MENTION and not _mention_ok(v, lex):
                continue
            if _account_ok(v, lex, strict=pat is _CN_ADDRESS or (pat is _MENTION and v.isalpha())):
                spans[m.start(1)] = m.end(1)
                accounts.add(v)
    if contact:
        # a person one spoke with, shared with, handed over to or invited: a login, or a given name alone
        for m in _CONTACT.finditer(text):
            v = m.group(1)
            if v == v.lower() and _account_ok(v, lex) and _leans_personal(v, lex):
                spans[m.start(1)] = m.end(1)
                accounts.add(v)
    if '] "' in text:
        # access logs (Common/Combined Log Format): host ident AUTHUSER [date] "request"
        for m in _CLF.finditer(text):
            v = m.group(1)
            if v != "-" and _account_ok(v, lex):
                spans[m.start(1)] = m.end(1)
                accounts.add(v)
    if "</" in text:
        for m in _XML_ACCOUNT.finditer(text):
            key, v = m.group(1) or m.group(2), m.group(3)
            parts = split_key(key)
            if parts and ("".join(parts) in ACCOUNT_KEYS or parts[-1] in _ACCOUNT_TAILS) and _account_ok(v, lex):
                spans[m.start(3)] = m.end(3)
                accounts.add(v)
    if not spans:
        return []
    # every other occurrence of a found account in the record (PWD=/home/<acct>, the ARN)
    # (at most _MAX_PROPAGATE distinct accounts per record: bounds the cost of a hostile line, 13.10)
    for acct in sorted(accounts)[:_MAX_PROPAGATE]:
        for s, e in _occurrences(text, acct):
            spans.setdefault(s, e)
    out: list[Finding] = []
    last_end = -1
    for s in sorted(spans):
        e = spans[s]
        if s < last_end:
            continue
        out.append(Finding(s, e, USERNAME, ACCOUNT_SCORE, "builtin"))
        last_end = e
    return out


_ALNUM: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_NOT_BEFORE: Final = _ALNUM | frozenset("._-")
_NOT_AFTER: Final = _ALNUM | frozenset("_-")
_NOT_BEFORE_PART: Final = _ALNUM | frozenset("._")
_NOT_AFTER_PART: Final = _ALNUM | frozenset("_")
_BLANKS: Final = re.compile(r"[ \t]+")


def _occurrences(text: str, acct: str) -> list[tuple[int, int]]:
    r"""Spans of ``acct`` as a whole account in ``text``: what
    ``(?<![A-Za-z0-9._-])ACCT(?![A-Za-z0-9_-]|\.[A-Za-z0-9])`` finds, without compiling a
    pattern per account (each one a cache miss in ``re``).

    An account of a clearly personal length (a separator, or six characters) is also found as
    a hyphen-delimited part of a name built from it (the same pattern without ``-`` in its
    classes): the job ``sft-p.gupta-5c6a``, the host ``akosua.mensah-laptop`` (the account is
    already known to be this record's person)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    not_before, not_after = (
        (_NOT_BEFORE_PART, _NOT_AFTER_PART) if len(acct) >= 6 or "." in acct or "_" in acct else (_NOT_BEFORE, _NOT_AFTER)
    )
    while (i := text.find(acct, pos)) >= 0:
        e = i + len(acct)
        if (i == 0 or text[i - 1] not in not_before) and not (
            e < n and (text[e] in not_after or (text[e] == "." and e + 1 < n and text[e + 1] in _ALNUM))
        ):
            out.append((i, e))
            pos = e
        else:
            pos = i + 1
    return out


def _caps_phrase(text: str, m: re.Match[str], group: int) -> bool:
    """An upper-case value followed by another upper-case word (``ACCOUNT_NAME=NORDIC STEEL AB``):
    a phrase in capitals, and a login has no spaces."""
    v, e = m.group(group), m.end(group)
    return v.isupper() and e + 1 < len(text) and text[e] == " " and text[e + 1].isupper()


def _account_ok(value: str, lex: Lexicon, strict: bool = False) -> bool:
    """``is_person_account``, also for mixed/upper case (Windows ``JSmith``, ``Maria.Garcia``): such a
    value is folded and must then be backed by the gazetteers (``DatadogRole`` is not)."""
    if value == value.lower():
        return is_person_account(value, lex, strict=strict)
    if value.endswith("$") or (value.isupper() and "." not in value and "_" not in value and len(value) <= 4):
        return False
    if value.isupper() and value.isalpha() and len(value) >= 5:
        # upper-case logins (mainframe, SAP, hotel and airline systems: OKONKWOE, JSMITH): the same
        # shape test as lower case, since those systems have no lower case to write them in
        return is_person_account(value.lower(), lex, strict=strict)
    if value[:1].isupper() and value[1:].islower() and value.isalpha():
        return False  # one Title Case word (Login, Guest, Admin) is a label; a person's login is not spelt so
    camel = _CAMEL.fullmatch(value.rstrip("0123456789"))
    if camel is not None:
        head, tail = fold(camel.group(1)), fold(camel.group(2))
        if tail in lex.last and ((len(head) == 1) or (head in lex.first and not is_word(tail))):
            return True  # JSmith, MariaGarcia
    return is_person_account(value.lower(), lex, strict=True)


def _program_spelling(v: str, lex: Lexicon) -> bool:
    """One glued token of five letters or more, no name the gazetteers know alone, that the login-shape
    model reads as a program's or a word's spelling (``by moderator``, ``by regional``, ``by kubectl``):
    the account-shape tests find a "first name" and a "surname" in such tokens by chance. Asked
    where only a bare "by" says a person may follow, not under an account key."""
    w = v.lower().rstrip("0123456789")
    return len(w) >= 5 and w.isalpha() and not lex.classes(w) and login_prob(w) < PROGRAM_SPELLING


def _leans_personal(v: str, lex: Lexicon) -> bool:
    """The login-shape model gives ``v`` (digits, separators and case aside) at least even odds of
    being spelt from a person's name, no part of it is an ordinary word, and it is not one known
    name alone (``mcafee``, ``jenkins``: as often a brand's), a service's ending, an agent noun
    (``oomkiller``) or two words run together (``dovecot``)."""
    parts = [p for p in _PARTS.split(v.lower().rstrip("0123456789")) if p]
    if not parts or any(len(p) > 2 and is_word(p) for p in parts):
        return False
    glued = "".join(parts)
    if len(parts) == 1 and (lex.classes(glued) or agent_noun_tail(glued) or two_words(glued, lex)
                            or _short_head_word(glued)):
        return False
    return not glued.endswith(SERVICE_SUFFIXES) and login_prob(glued) >= LEANS_PERSONAL


def _short_head_word(w: str) -> bool:
    """Two or three letters before a word of four or more (``sigkill``, ``oomkill``, ``dbwriter``):
    a program's or a signal's name; a person's initial before a surname that is a word (``awhite``)
    is the initial-and-surname test's business, which runs first."""
    return any(len(w) - i >= 4 and is_word(w[i:]) for i in (2, 3))


def _mention_ok(v: str, lex: Lexicon) -> bool:
    """An @-handle that may be a person's: no word (``@here``, ``@param``, ``@Override``), no two words
    run together (``@newsdesk3``, ``@brandstudio``), no part that is a word and no name
    (``@tribune_sport``). A handle is as often a team's, a bot's or a brand's as a person's, so
    ``find_accounts`` then asks a bare word to split into names (``@oncall``, ``@backend`` do not)."""
    low = v.lower()
    base = low.rstrip("0123456789")
    parts = [p for p in _PARTS.split(base) if len(p) > 2]
    if not parts:
        return True
    if len(parts) == 1:
        return not is_any_word(parts[0], lex) and not two_words(parts[0], lex)
    return not any(is_any_word(p, lex) and not (lex.is_first(p) or fold(p) in lex.last) for p in parts)


def _two_names(a: str, b: str, lex: Lexicon) -> bool:
    """``a`` and ``b`` (first.last or last.first) are both names the gazetteers know, no ordinary
    word, log word or host word among them."""
    if len(a) < 2 or len(b) < 2 or any(is_word(x) or x in NEVER_NAMES or x in HOST_WORDS for x in (a, b)):
        return False
    fa, fb = fold(a), fold(b)
    return (fa in lex.first and fb in lex.last) or (fa in lex.last and fb in lex.first)


def _glued_names(w: str, lex: Lexicon) -> bool:
    """``w`` is a known first name and a known surname glued together, four letters each at least."""
    return not is_word(w) and _splits(w, lex, initial_min=len(w) + 1, half_min=4)


def _not_a_host(v: str) -> bool:
    """A value before "/<ip>:<port>" that cannot be a host name: no digit, at most two dot-separated
    parts, none of them a domain or infrastructure word, and in lower case."""
    parts = v.split(".")
    return (
        v == v.lower() and not any(c.isdigit() for c in v) and len(parts) <= 2
        and not any(p in HOST_WORDS for p in parts)
    )


# Past participles that are not spelt "-ed" (written by, held by, sent by): with "-ed" ones, the verb
# of a passive whose agent follows "by" (posted by X, approved by X): a person, as a role key's value is
_IRREGULAR_PARTICIPLES: Final = frozenset(
    "done made written taken seen held set sent run built given shown known read paid led kept put cut won drawn"
    " chosen driven signed begun brought bought caught taught thought found left lost met sold told understood"
    " undertaken overseen overridden rewritten withdrawn forgiven hidden ridden stolen sworn torn worn".split()
)
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]{2,20})[ \t]+\Z")


def _after_participle(text: str, by_at: int) -> bool:
    """The word before the "by" at ``by_at`` is a past participle (``uploaded by``, ``written by``)."""
    m = _WORD_BEFORE.search(text, max(0, by_at - 24), by_at)
    if m is None:
        return False
    w = m.group(1).lower()
    return (len(w) >= 4 and w.endswith("ed")) or w in _IRREGULAR_PARTICIPLES


def _by_login_ok(v: str, lex: Lexicon) -> bool:
    """After a bare "by" a dotted value is a host unless it is first.last: from the gazetteers, or
    two name-shaped parts that are no words, with no host or domain word among them."""
    if "." not in v:
        return True
    parts = v.rstrip("0123456789").split(".")
    if len(parts) != 2:
        return False
    if (len(parts[0]) == 1 or fold(parts[0]) in lex.first) and fold(parts[1]) in lex.last:
        return True
    return all(
        len(p) >= 3 and p.isalpha() and not is_word(p) and p not in HOST_WORDS and p not in NEVER_NAMES for p in parts
    )




def _at_keys(text: str, low: str) -> list[re.Match[str]]:
    """key=value matches tried only where an account-key stem occurs (not at every position)."""
    out: list[re.Match[str]] = []
    tried: set[int] = set()
    for hint in _KEY_HINTS:
        i = low.find(hint)
        while i >= 0:
            j = i
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_.-") and text[j - 1].isascii():
                j -= 1
            while j < i and not (text[j].isalpha() or text[j] == "_"):
                j += 1
            if j not in tried:
                tried.add(j)
                m = _KEY_VALUE.match(text, j)
                if m is not None:
                    out.append(m)
            i = low.find(hint, i + 1)
    return out


def _phrase_matches(text: str, low: str, aligned: bool) -> list[tuple[re.Match[str], bool]]:
    """(match, strict) of the phrases, each pattern tried at the occurrences of its hint (or
    scanned if unaligned)."""
    out: list[tuple[re.Match[str], bool]] = []
    for hints, pat, strict in _PHRASES:
        if hints == ("\\",) or not aligned:
            if any(h in low for h in hints):
                out.extend((m, strict) for m in pat.finditer(text))
            continue
        for h in hints:
            i = low.find(h)
            while i >= 0:
                m = pat.match(text, i)
                if m is not None:
                    out.append((m, strict))
                i = low.find(h, i + 1)
    return out


def is_person_account(value: str, lex: Lexicon | None = None, *, strict: bool = False) -> bool:
    """Is a login name shaped like a person's (not a system/service account or a word)?

    ``strict``: the context says the account may not exist (``invalid user``): one bare word
    counts only when it splits into first name + surname or initial + surname.
    """
    if not value or value != value.lower() or value.endswith("$"):
        return False
    base = value.rstrip("0123456789")
    if len(base) < 2 or not base[0].isalpha() or _HAS_INNER_DIGIT.search(base) is not None:
        return False
    if value in SERVICE_ACCOUNTS or base in SERVICE_ACCOUNTS:
        return False
    if base.endswith(SERVICE_SUFFIXES) and not any(base == x for x in SERVICE_SUFFIXES):
        return False  # wcadmin, sbsuser, revitserver: a product's or a host's service account
    parts = [p for p in _PARTS.split(base) if p]
    if not parts:
        return False
    lex = lex if lex is not None else load_lexicon()
    for p in parts:
        if p in _SERVICE_PARTS or p in SERVICE_ACCOUNTS or (len(p) > 1 and p in NEVER_NAMES):
            return False
    if len(parts) >= 2:
        if len(parts) > 3 or (strict and len(parts) > 2):
            return False  # (where the context is weak, three parts are a module's name: pam_slurm_adopt)
        known = [p for p in parts if len(p) > 1 and (fold(p) in lex.first or fold(p) in lex.last)]
        if known and all(is_any_word(p, lex) for p in parts if len(p) > 2) and not any(
            len(p) == 1 or fold(p) in lex.first for p in parts
        ):
            # every part a word, a surname at most, no given name and no initial: a program's or a
            # team's name made of words (rule-engine, store-portal, scale-auto), not john.smith
            return False
        if known:
            return True
        long_parts = [p for p in parts if len(p) > 1]
        return bool(long_parts) and not any(is_word(p) for p in long_parts)
    w = parts[0]
    if len(w) <= 3 and base != value and base[-1] in "_-" and fold(w) not in lex.first and fold(w) not in lex.last:
        return False  # an id's prefix and its serial (acc_9715468, usr-48213), not a person's initials
    if is_word(w) or w in ("phone", "email", "mail", "none", "null"):
        # an ordinary word is a person only when it splits into a known first name + surname of
        # four letters or more each: three-letter halves make verbs people ("sig"+"ned", "log"+"ged")
        return _splits(w, lex, initial_min=len(w) + 1, half_min=4)
    # one part: a known first name or surname, or first+last / initial+last glued together;
    # an unknown token (matlab, ubnt, webmaster) is more often a tool or a guess than a person
    if strict:
        return _splits(w, lex, initial_min=6)
    f = fold(w)
    if len(w) >= 3 and (f in lex.first or f in lex.last):
        return True
    # an unknown token in a real account context (sudo, an accepted login, a user key)
    # (an initial glued to the surname may make a cluster of four: b+dzhaksybekov)
    if len(w) >= 3 and _splits(w, lex):
        return True
    # a pronounceable token, unless it ends in an agent noun no surname list holds (autopublisher): a
    # program's name (words run together are not: glued names are words too, charlotte+barker)
    return len(w) >= 3 and (PRONOUNCEABLE.fullmatch(w) is not None or PRONOUNCEABLE.fullmatch(w, 1) is not None) \
        and not _program_agent(w, lex)


def _program_agent(w: str, lex: Lexicon) -> bool:
    """``w`` ends in an English agent noun that no surname list holds (``autopublisher``, not
    ``charlottebarker``)."""
    if not agent_noun_tail(w):
        return False
    return not any(is_word(w[i:]) and w[i:] in lex.last for i in range(2, len(w) - 4))


def _initial_surname(v: str, lex: Lexicon) -> bool:
    """``hgupta``: an initial and a surname of five letters or more the lists know, no word, no
    service account (not ``jenkins``: a surname and a letter is how tools are spelt as often)."""
    sur = v[1:]
    return v.isalpha() and v.islower() and len(sur) >= 5 and fold(sur) in lex.last and not is_word(sur) \
        and not is_word(v) and v not in SERVICE_ACCOUNTS and v not in NEVER_NAMES


def _splits(w: str, lex: Lexicon, initial_min: int = 4, half_min: int = 3) -> bool:
    """``mariagarcia`` = first + last (halves of >= half_min letters), ``mgarcia`` = initial + last
    (a surname of >= initial_min letters)."""
    if len(w) > initial_min and (
        (w[1:] in lex.last and not is_word(w[1:])) or (w[:-1] in lex.last and not is_word(w[:-1]))
    ):
        return True  # flast, lastf
    for i in range(half_min, len(w) - half_min + 1):  # both halves >= 3 letters: "lo"+"gin" is not a person
        if w[:i] in lex.first and w[i:] in lex.last and not is_word(w[i:]) and not is_word(w[:i]):
            return True
    return False
