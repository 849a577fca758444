"""Credentials and bank identifiers: AWS keys, passwords, tokens and secrets, IBANs, MAC addresses.

Labelling conventions (docs/secrets.md): the span is the value only (never the key, the
quotes or the ``Bearer``/``Basic`` scheme word), as it appears in the text (percent-encoded,
JSON-escaped); a known token format beats position (a GitHub token in URL userinfo is a
SECRET, not a PASSWORD); placeholders and masks (``***``, ``${DB_PASSWORD}``, ``<redacted>``)
and the words themselves in prose are never secrets.

Each token format is one :data:`TOKEN_FORMATS` entry (name, pattern, needle); each
context rule (a key, a flag, URL userinfo, SQL) one row in :data:`SECRET_ROWS`.
"""

from __future__ import annotations

import re

from ..._entities import (
    AWS_ACCESS_KEY,
    AWS_SECRET_KEY,
    INTERNATIONAL_BANK_ACCOUNT_NUMBER,
    MAC_ADDRESS,
    PASSWORD,
    SECRET,
)
from ._table import Row, Span
from ._validators import _basic_ok, _iban_ok, _jwt_ok

_S_TOKEN = 0.95  # a known token format (prefix, length, alphabet)
_S_VALIDATED = 0.95  # JWT structure, PEM framing, IBAN mod-97
_S_AWS_KEY_ID = 0.95
_S_KEYED = 0.9  # the value of a password or secret key
_S_USERINFO = 0.9  # scheme://user:PASS@host
_S_FLAG = 0.85  # --password PASS, -pPASS, curl -u user:PASS
_S_MAC = 0.9

# -- token formats: (name, pattern, lower-case needle every match contains) --------------------------
# A value of these shapes is a SECRET wherever it stands, and wins over PASSWORD by position.
_B = r"(?<![A-Za-z0-9_\-])"  # the token starts a word
_E = r"(?![A-Za-z0-9_\-])"  # and ends it
TOKEN_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("github", rf"{_B}gh[pousr]_[A-Za-z0-9]{{36,255}}{_E}", "gh"),
    ("github_pat", rf"{_B}github_pat_[A-Za-z0-9_]{{22,255}}{_E}", "github_pat_"),
    ("gitlab", rf"{_B}glpat-[A-Za-z0-9_\-]{{20,64}}{_E}", "glpat-"),
    ("slack_token", rf"{_B}xox[abposre]-[A-Za-z0-9\-]{{10,250}}{_E}", "xox"),
    (
        "slack_webhook",
        r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_\-]{20,200}",
        "hooks.slack.com",
    ),
    ("stripe", rf"{_B}(?:sk|rk)_live_[A-Za-z0-9]{{10,247}}{_E}", "_live_"),
    ("stripe_test", rf"{_B}(?:sk|rk)_test_[A-Za-z0-9]{{10,247}}{_E}", "_test_"),
    ("stripe_webhook", rf"{_B}whsec_[A-Za-z0-9]{{20,100}}{_E}", "whsec_"),
    ("google", rf"{_B}AIza[0-9A-Za-z_\-]{{35}}{_E}", "aiza"),
    ("sendgrid", rf"{_B}SG\.[A-Za-z0-9_\-]{{16,32}}\.[A-Za-z0-9_\-]{{16,64}}{_E}", "sg."),
    ("twilio_key", rf"{_B}SK[0-9a-f]{{32}}{_E}", "sk"),
    ("npm", rf"{_B}npm_[A-Za-z0-9]{{36}}{_E}", "npm_"),
    ("pypi", rf"{_B}pypi-[A-Za-z0-9_\-]{{50,250}}{_E}", "pypi-"),
)
_TOKEN_ANY = re.compile("|".join(f"(?:{p})" for _, p, _ in TOKEN_FORMATS))


def _is_token(value: str) -> bool:
    """Whether ``value`` as a whole is a known token format or a JWT."""
    m = _TOKEN_ANY.fullmatch(value)
    return m is not None or (value.startswith("eyJ") and _jwt_ok(value))


def _token_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    return [(m.start(), m.end(), SECRET, _S_TOKEN)]


# -- never a secret: placeholders, masks, templates, words ---------------------------------------------
_PLACEHOLDER = re.compile(
    r"""(?x)
    [*xX#•.\-_?]+                      # masks: ***, xxxx, ####, ..., ?
    | \$\{[^}]*\}? | \$[A-Z_][A-Z0-9_]*  # ${DB_PASSWORD}, $DB_PASSWORD
    | \{\{[^}]*\}\}? | \{[A-Za-z_]\w*\} # {{ secret }}, {password}
    | %\(?[A-Za-z_]*\)?s | %[sd]        # %(password)s, %s
    | <[^<>]*> | \[[^\[\]]*\] | \([^()]*\)   # <redacted>, [FILTERED], (hidden)
    | :[A-Za-z_]\w*                    # :password (a bind parameter)
    """
)
_NEVER_WORDS = frozenset(
    """
    redacted masked hidden filtered removed secret_removed sanitized scrubbed omitted elided obfuscated
    null none nil undefined empty blank true false yes no on off n/a na unset notset not_set default
    required optional invalid incorrect wrong missing expired revoked changed reset updated rotated
    set provided supplied given ok is was must should will has have had for the to of and or not
    """.split()
)


def _never_secret(value: str) -> bool:
    """Whether ``value`` is a placeholder, a mask, a template or a plain word, never a credential."""
    if not value or len(value) > 4096:
        return True
    v = value.strip("\"'\\")
    if not v:
        return True
    if _PLACEHOLDER.fullmatch(v):
        return True
    low = v.lower()
    if low in _NEVER_WORDS or low.replace("*", "") in ("", "redacted"):
        return True
    if _OBJECT_ID.fullmatch(v):
        return True  # android.os.BinderProxy@2bd79ce: Java's default toString of an object
    return low.startswith(("pk_live_", "pk_test_", "arn:"))


_OBJECT_ID = re.compile(r"(?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*@[0-9a-f]{1,16}")


# -- key = value ----------------------------------------------------------------------------------------
# A key is found by its core word; the whole key (``spring.datasource.password``,
# ``MYSQL_ROOT_PASSWORD``, ``dbPassword``) is read back in Python. The separator must follow
# the core (``password_hash=``, ``PASSWORD_FILE=``, ``token_type=``, ``max_tokens=`` are no key).
_KEY_CORES = (
    r"password|passwd|passphrase|passwort|pwd|pass|pw|secret[_\-]?(?:access[_\-]?)?key|secret|token|api[_\-]?key"
    r"|access[_\-]?key|account[_\-]?key|private[_\-]?key|auth[_\-]?key"
)
_VALUE = r"""(?:
      (?P<jq>\\")(?P<jv>(?:[^"\\\n]|\\[^"\n])*)\\"          # JSON inside a JSON string: \"value\"
    | "(?P<dv>(?:[^"\\\n]|\\.){0,1024})"                    # "value" (JSON escapes kept as they appear)
    | '(?P<sv>[^'\n]{0,1024})'                              # 'value'
    | (?P<tv>\$\{[^}\n]{0,200}\}|\{\{[^}\n]{0,200}\}\})          # ${VAR}, {{ var }}: templates
    | (?P<bv>[^\s"'<>|][^\s"'<>|]{0,1023})                      # bare value: to a blank (trimmed in Python)
    )"""
_KEYVAL = re.compile(
    rf"""(?x)
    (?P<core>(?ai:{_KEY_CORES}))
    (?P<kq>\\?["'])?[ \t]*(?P<sep>=>|->|:=|=|:)[ \t]*
    {_VALUE}
    """
)
_KEY_NEEDLES = ("pass", "pw", "secret", "token", "key")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
# Cores that may be glued to a prefix word (``clientsecret``, ``accesstoken``, ``dbpassword``);
# the others need a boundary or camel case (``bypass=`` and ``monkey=`` are no keys).
_GLUED_OK = ("password", "passwd", "passphrase", "passwort", "secret", "token", "pw")
_NOT_SECRET_KEYS = (
    "page",
    "cursor",
    "continuation",
    "nexttoken",
    "synctoken",
    "publishable",
    "public",
    "csrf",
)
_PW_PREFIXES = frozenset("bind root admin db user ldap smtp mail sa app master sys".split())
_PASSWORD_CORES = ("password", "passwd", "passphrase", "passwort", "pwd", "pass", "pw")
_AWS_SECRET_VALUE = re.compile(r"[A-Za-z0-9/+]{40}")


def _full_key(text: str, m: re.Match[str], floor: int) -> str | None:
    """The whole key ending at the match's core, or None if the core is inside another word."""
    s = m.start()
    i = s
    while i > floor and text[i - 1] in _KEY_CHARS:
        i -= 1
    if i < s and text[s - 1].isalnum():
        core = m.group("core").lower()
        if core == "pw":  # bindpw, rootpw; not hpw, kpw
            glued = re.split(r"[_.\-]", text[i:s])[-1].lower()
            return text[i : m.end("core")] if glued in _PW_PREFIXES else None
        camel = text[s - 1].islower() and text[s].isupper()
        if not camel and not core.startswith(_GLUED_OK) and not (text[s - 1].isupper() and text[s].isupper()):
            return None
    return text[i : m.end("core")]


def _value_span(m: re.Match[str]) -> tuple[int, int] | None:
    for g in ("jv", "dv", "sv", "tv", "bv"):
        if m.group(g) is not None:
            return m.span(g)
    return None


def _keyed_entity(key: str, value: str) -> str | None:
    """The entity the value of ``key`` is, or None when the key holds no credential."""
    norm = re.sub(r"[^a-z0-9]", "", key.lower())
    if any(w in norm for w in _NOT_SECRET_KEYS):
        return None
    if _AWS_KEY_ID.fullmatch(value):
        return AWS_ACCESS_KEY  # access_key='AKIA...': the id, whatever the key
    if (
        "secret" in norm
        and _AWS_SECRET_VALUE.fullmatch(value)
        and ("aws" in norm or "access" in norm or (any(c.isdigit() for c in value) and not value.isalnum()))
    ):
        return AWS_SECRET_KEY  # 40 base64 characters under an AWS secret-key name (or secret_key=)
    if _is_token(value):
        return SECRET  # a known format beats position
    if norm.endswith(_PASSWORD_CORES):
        return PASSWORD
    return SECRET


def _prose_word(text: str, m: re.Match[str], s: int, e: int) -> bool:
    """``Password: incorrect for user``: a bare word after ``key: `` that prose goes on after."""
    value = text[s:e]
    if m.group("sep") != ":" or m.group("bv") is None or m.group("kq"):
        return False
    if not value.isalpha() or len(value) > 24:
        return False
    rest = text[e : e + 2]
    return len(rest) == 2 and rest[0] == " " and rest[1].isalpha()


# Where a bare value ends inside what runs to the next blank: at "&" in a query string, at
# ";" in a connection string, at a "," or ";" that another key follows, before closing
# brackets and punctuation at its end.
_NEXT_KEY = re.compile(r"[,;&][ \t]*[A-Za-z_][\w.\-]*[ \t]*[=:]")
_REPR = re.compile(r"[A-Za-z_][\w.$]*[{(\[]")


def _trim_bare(text: str, key_start: int, s: int, e: int) -> int:
    """The end of the bare value ``text[s:e]`` (which ran to the next blank)."""
    before = text[key_start - 1] if key_start > 0 else ""
    if before and before in "?&":  # ("" is in every string: a key at the start is no query string)
        cut = text.find("&", s, e)
        e = cut if cut >= 0 else e
        cut = text.find("#", s, e)
        e = cut if cut >= 0 else e
    elif before == ";" or (text.find(";", s, e) >= 0 and text.find("=", s, e) < 0):
        cut = text.find(";", s, e)
        e = cut if cut >= 0 else e
    m = _NEXT_KEY.search(text, s, e)
    if m is not None:
        e = m.start()
    while e > s and text[e - 1] in ",;.)]}>":
        e -= 1
    return e


def _env_style(text: str, key: str, key_start: int, m: re.Match[str]) -> bool:
    """``DJANGO_SECRET_KEY=...`` starting a line or a word: the value runs to the next blank."""
    return (
        m.group("sep") == "="
        and key.replace("_", "").isalnum()
        and key.upper() == key
        and (key_start == 0 or text[key_start - 1] in " \t\n")
    )


_PAM_GROUP = re.compile(r"(?:auth|account|session|chauthtok|password)\)")


def _keyval_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    key = _full_key(text, m, floor)
    span = _value_span(m)
    if key is None or span is None:
        return []
    key_start = m.end("core") - len(key)
    if key_start > floor and text[key_start - 1] in ":/":
        return []  # arn:aws:secretsmanager:...:secret:db, a path: not a key
    if key_start > floor and text[key_start - 1] == "(" and _PAM_GROUP.match(text, m.end("sep")) is not None:
        return []  # pam_unix(passwd:chauthtok): a PAM service and its management group
    s, e = span
    if m.group("bv") is not None and not _env_style(text, key, key_start, m):
        if text[s] in "(){}[]" or _REPR.match(text, s, e):
            return []  # token=Token{a64f 9}: an object's repr, not a value
        e = _trim_bare(text, key_start, s, e)
        if e <= s:
            return []
    value = text[s:e]
    core = m.group("core").lower()
    if core in ("pwd",) and value[:1] in "/~":
        return []  # PWD=/home/ann: the working directory
    if _never_secret(value) or _prose_word(text, m, s, e):
        return []
    if m.group("bv") is not None and text[e : e + 2].lstrip(" ")[:1] in ("{", "(", "["):
        return []  # Token: Token { kind: ..}: an object's repr, not a value
    entity = _keyed_entity(key, value)
    if entity is None:
        return []
    return [(s, e, entity, _S_KEYED)]


# -- URL userinfo, command lines, SQL, XML, HTTP auth schemes ----------------------------------------------
_USERINFO = re.compile(
    r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,20}://(?P<u>[^\s:/@?#\"'<>]*):(?P<p>[^\s/?#\"'<>]+)@(?=[A-Za-z0-9\[_])"
)


def _userinfo_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span("p")
    value = text[s:e]
    if _never_secret(value):
        return []
    return [(s, e, SECRET if _is_token(value) else PASSWORD, _S_USERINFO)]


_FLAG = re.compile(
    r"""(?x)
    (?<![\w\-])(?:
        --?(?:[A-Za-z]+-)*(?:password|passwd|pass)(?:=|[ \t]+)(?P<v>[^\s"'][^\s]*|"[^"\n]*"|'[^'\n]*')   # --password PASS, --db-password=PASS
      | (?P<cmd>sshpass|login)[ \t]+(?:-[A-Za-z][ \t]+\S+[ \t]+)*-p[ \t]+(?P<pv>\S+)                      # sshpass -p PASS, docker login -p PASS
      | (?P<my>mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200}?[ \t]-p(?P<mv>[^\s\-]\S*)               # mysql -u root -pPASS
      | (?:curl|wget|http)\b[^\n]{0,200}?[ \t](?:-u|--user)[ \t]+(?P<cu>[^\s:]*):(?P<cv>\S+)              # curl -u user:PASS
    )
    """
)


def _flag_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    for g in ("v", "pv", "mv", "cv"):
        if m.group(g) is not None:
            s, e = m.span(g)
            break
    else:
        return []
    if text[s] in "\"'" and e - s >= 2:
        s, e = s + 1, e - 1
    value = text[s:e]
    if value.startswith("-") or _never_secret(value):
        return []
    return [(s, e, SECRET if _is_token(value) else PASSWORD, _S_FLAG)]


_SQL = re.compile(
    r"(?ai:identified[ \t]+by|(?:with[ \t]+)?(?:encrypted[ \t]+)?password)[ \t]+'(?P<v>[^'\n]{1,512})'"
)


def _sql_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span("v")
    return [] if _never_secret(text[s:e]) else [(s, e, PASSWORD, _S_KEYED)]


_XML = re.compile(
    r"<(?P<tag>(?:[A-Za-z_][\w.\-]*?)?(?ai:password|passwd|secret|token|apikey|api_key|accesskey))>(?P<v>[^<\n]{1,1024})</(?P=tag)>"
)


_XML_NEEDLES = ("password>", "passwd>", "secret>", "token>", "apikey>", "api_key>", "accesskey>")


def _xml_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span("v")
    value = text[s:e]
    tag = m.group("tag")
    if _never_secret(value):
        return []
    entity = _keyed_entity(tag, value)
    return [] if entity is None else [(s, e, entity, _S_KEYED)]


_AUTH_SCHEME = re.compile(
    r"(?<![A-Za-z])(?P<scheme>[Bb]earer|BEARER|[Bb]asic|BASIC|[Tt]oken)[ \t]+(?P<v>[A-Za-z0-9\-._~+/]{8,4096}=*)(?![\w\-.~+/=])"
)


def _auth_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    s, e = m.span("v")
    value = text[s:e]
    scheme = m.group("scheme").lower()
    if scheme == "basic":
        return [(s, e, SECRET, _S_VALIDATED)] if _basic_ok(value) else []
    if _never_secret(value) or (value.isalpha() and (value.islower() or len(value) < 16)):
        return []  # "Bearer realm", "token authentication"
    if scheme == "token":
        # "token abc..." only in an Authorization header (GitHub style), not in prose
        head = text[max(floor, s - 40) : s].lower()
        if "authorization" not in head:
            return []
    return [(s, e, SECRET, _S_KEYED)]


_JWT = re.compile(
    r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{4,4096}\.eyJ[A-Za-z0-9_\-]{4,8192}\.[A-Za-z0-9_\-]{0,4096}(?![A-Za-z0-9_\-])"
)


def _jwt_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    return [(m.start(), m.end(), SECRET, _S_VALIDATED)] if _jwt_ok(m.group()) else []


# PEM: one span from the first "-" of BEGIN to the last "-" of END, line breaks included.
# The END is looked for with ``str.find`` within a bounded distance: linear time.
_PEM_BEGIN = re.compile(r"-----BEGIN (?P<kind>(?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----")
_PEM_MAX = 65536


def _pem_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    end_marker = f"-----END {m.group('kind')}PRIVATE KEY"
    # The END comes before the next BEGIN (keys do not nest): each stretch between two BEGINs
    # is searched once, so a text of many BEGINs stays linear.
    limit = text.find("-----BEGIN ", m.end(), m.end() + _PEM_MAX)
    j = text.find(end_marker, m.end(), m.end() + _PEM_MAX if limit < 0 else limit)
    if j < 0:
        return []
    k = text.find("-----", j + len(end_marker), j + len(end_marker) + 16)
    if k < 0:
        return []
    return [(m.start(), k + 5, SECRET, _S_VALIDATED)]


# -- AWS key ids, IBANs, MAC addresses ------------------------------------------------------------------
_AWS_KEY_ID = re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")


def _aws_key_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    return [(m.start(), m.end(), AWS_ACCESS_KEY, _S_AWS_KEY_ID)]


# Country code, check digits, then the BBAN undivided or in groups of four (the last shorter).
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![A-Za-z0-9])"
)


def _iban_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    return (
        [(m.start(), m.end(), INTERNATIONAL_BANK_ACCOUNT_NUMBER, _S_VALIDATED)]
        if _iban_ok(m.group().replace(" ", ""))
        else []
    )


_HEX2 = "[0-9A-Fa-f]{2}"
_MAC = re.compile(
    rf"(?<![0-9A-Za-z:\-.])(?:{_HEX2}(?::{_HEX2}){{5}}|{_HEX2}(?:-{_HEX2}){{5}}|[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}})(?![0-9A-Za-z:]|[.\-][0-9A-Za-z])"
)


def _mac_extract(text: str, m: re.Match[str], floor: int) -> list[Span]:
    v = m.group()
    if "." in v:
        if v.isdigit() or v.replace(".", "").isdigit():
            return []  # 1234.5678.9012: a number, not a Cisco-dotted MAC
        if not all(c in "0123456789abcdef." for c in v.lower()):
            return []
    elif v.replace(":", "").replace("-", "").isdigit() and "-" in v:
        return []  # 12-34-56-78-90-12: digits with dashes
    return [(m.start(), m.end(), MAC_ADDRESS, _S_MAC)]


# Led by a separator (a literal: the engine skips to it fast), not by a hex digit.
_HEX_CANDIDATES = (
    re.compile(r":[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:"),
    re.compile(r"-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-"),
    re.compile(r"\.[0-9A-Fa-f]{4}\."),
)
_IBAN_CANDIDATE = re.compile(r"[A-Z]{2}[0-9]{2}[ ]?[A-Z0-9]{4}")

SECRET_ROWS: tuple[Row, ...] = (
    *(
        Row(
            f"token:{name}",
            frozenset({SECRET}),
            re.compile(pattern),
            _token_extract,
            needles=(needle,),
            re2_group=3,
        )
        for name, pattern, needle in TOKEN_FORMATS
    ),
    Row("jwt", frozenset({SECRET}), _JWT, _jwt_extract, needles=("eyj",), re2_group=3),
    Row(
        "pem_private_key", frozenset({SECRET}), _PEM_BEGIN, _pem_extract, needles=("-----begin",), re2_group=3
    ),
    Row(
        "auth_scheme",
        frozenset({SECRET}),
        _AUTH_SCHEME,
        _auth_extract,
        needles=("bearer", "basic", "token"),
        re2_group=3,
    ),
    Row(
        "aws_access_key",
        frozenset({AWS_ACCESS_KEY}),
        _AWS_KEY_ID,
        _aws_key_extract,
        needles=("akia", "asia"),
        re2_group=3,
    ),
    Row(
        "keyed",
        frozenset({PASSWORD, SECRET, AWS_SECRET_KEY}),
        _KEYVAL,
        _keyval_extract,
        needles=_KEY_NEEDLES,
        re2_group=3,
    ),
    Row(
        "xml_keyed",
        frozenset({PASSWORD, SECRET, AWS_SECRET_KEY}),
        _XML,
        _xml_extract,
        needles=_XML_NEEDLES,
        re2_group=3,
    ),
    Row(
        "url_userinfo",
        frozenset({PASSWORD, SECRET}),
        _USERINFO,
        _userinfo_extract,
        needles=("://",),
        re2_group=3,
    ),
    Row(
        "cli_flag",
        frozenset({PASSWORD, SECRET}),
        _FLAG,
        _flag_extract,
        needles=("pass", "-p", "-u", "--user"),
        re2_group=3,
    ),
    Row(
        "sql_password",
        frozenset({PASSWORD}),
        _SQL,
        _sql_extract,
        needles=("identified", "password"),
        re2_group=3,
    ),
    Row(
        "iban",
        frozenset({INTERNATIONAL_BANK_ACCOUNT_NUMBER}),
        _IBAN,
        _iban_extract,
        candidate=_IBAN_CANDIDATE,
        re2_group=3,
    ),
    Row("mac", frozenset({MAC_ADDRESS}), _MAC, _mac_extract, candidate=_HEX_CANDIDATES, re2_group=3),
)


# With google-re2 (``piiredact[fast]``): one linear-time scan finds the lines that can hold a
# match of any row above (their needles, case-insensitively, and their candidates); the rows
# then run on those lines only. It over-approximates every row's gate (see ``_prefilter``).
SECRETS_PREFILTER = "|".join(
    (
        # "pass"/"pwd" only where a key, flag or SQL clause can follow ("Failed password for"
        # in every sshd line is no candidate)
        r"(?i:(?:pass|pw)[a-z_]*\\?[\"']?[ \t]*(?:[=:>\-]|[ \t]')|-[a-z\-]*pass|sshpass|login[ \t]+-|mysql|mariadb"
        r"|token[a-z_]*\\?[\"']?[ \t]*[=:>\-]|authorization"
        r"|secret|api.?key|access.?key|account.?key|private.?key|auth.?key|bearer|basic"
        r"|eyj|-----begin|akia|asia|gh[pousr]_|github_pat_|glpat-|xox|hooks\.slack\.com|_live_|_test_|whsec_"
        r"|aiza|sg\.|npm_|pypi-|identified|://[^\s/@]*:[^\s/]*@|(?:-u|--user)[ \t])",
        r"SK[0-9a-f]{32}",
        r"[A-Z]{2}[0-9]{2} ?[A-Z0-9]{4}",
        r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.",
    )
)
