"""Segment builder, value generators, decoys and the verifier of pack_p.

Text and spans are built together: a record is a `Seg` (a list of `(text, type, raw)` pieces); labelled pieces
carry their type and the raw value they were drawn as. Encoders (percent, form, JSON, XML, upper case, ...) are
applied per piece, so a span always covers the value exactly as it appears. Nothing searches for a value
afterwards.
"""

from __future__ import annotations

import ast
import csv
import io
import ipaddress
import json
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

import names

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateError(Exception):
    """A template produced an invalid record (a bug, or a value that does not fit: redraw)."""


class Seg(list):
    """A list of (text, type or None, raw value or None) pieces."""

    def text(self) -> str:
        return "".join(p[0] for p in self)


def seg(*parts) -> Seg:
    out = Seg()
    for p in parts:
        if p is None:
            continue
        if isinstance(p, Seg):
            out.extend(p)
        elif isinstance(p, str):
            if p:
                out.append((p, None, None))
        elif isinstance(p, tuple) and len(p) == 2:
            out.append((p[0], p[1], p[0]))
        elif isinstance(p, (int, float)):
            out.append((str(p), None, None))
        else:
            raise TypeError(f"bad part {p!r}")
    return out


_PH = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def F(template: str, **kw) -> Seg:
    """Fill `{key}` placeholders with str (plain), Seg or (value, TYPE); `{{`/`}}` are literal braces, and a
    brace that starts no known placeholder stays literal."""
    out = Seg()
    pos = 0
    for m in _PH.finditer(template):
        key = m.group(1)
        if key is None:
            out.extend(seg(template[pos:m.start()] + m.group()[0]))
            pos = m.end()
            continue
        if key not in kw:
            continue
        out.extend(seg(template[pos:m.start()]))
        out.extend(seg(kw[key]))
        pos = m.end()
    out.extend(seg(template[pos:]))
    return out


def L(value: str, typ: str) -> Seg:
    return Seg([(value, typ, value)])


def N(v): return L(v, "NAME")
def E(v): return L(v, "EMAIL")
def P(v): return L(v, "PHONE")
def S(v): return L(v, "SSN")
def C(v): return L(v, "CREDIT_CARD")
def IP(v): return L(v, "IP_ADDRESS")


def enc(s, f, plain_too=True) -> Seg:
    """Apply an encoder to every piece (labelled ones keep their raw value)."""
    s = seg(s)
    return Seg((f(t), typ, raw) if (typ or plain_too) else (t, typ, raw) for t, typ, raw in s)


def join(parts, sep) -> Seg:
    out = Seg()
    for i, p in enumerate(parts):
        if i:
            out.extend(seg(sep))
        out.extend(seg(p))
    return out


# ---------------------------------------------------------------- encoders
def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_safe(s: str) -> str:
    return urllib.parse.quote(s, safe="@.-_")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def juesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def xbytes(s: str) -> str:
    """Python bytes-literal style escapes for non-ASCII (as some log writers print UTF-8)."""
    return "".join(ch if ord(ch) < 128 else "".join(f"\\x{b:02x}" for b in ch.encode()) for ch in s)


def up(s: str) -> str:
    return s.upper()


def low(s: str) -> str:
    return s.lower()


def sqlq(s: str) -> str:
    return s.replace("'", "''")


# ---------------------------------------------------------------- documents
def _jval(v, ea, indent, level, isep, ksep) -> Seg:
    e = juesc if ea else jesc
    if isinstance(v, Seg):
        return seg('"', enc(v, e), '"')
    if isinstance(v, str):
        return seg('"' + e(v) + '"')
    if v is None:
        return seg("null")
    if isinstance(v, bool):
        return seg("true" if v else "false")
    if isinstance(v, (int, float)):
        return seg(json.dumps(v))
    if isinstance(v, (dict, list)):
        items = list(v.items()) if isinstance(v, dict) else list(v)
        o, cl = ("{", "}") if isinstance(v, dict) else ("[", "]")
        if not items:
            return seg(o + cl)
        out = seg(o)
        for i, it in enumerate(items):
            if i:
                out.extend(seg(isep))
            if indent is not None:
                out.extend(seg("\n" + " " * (indent * (level + 1))))
            if isinstance(v, dict):
                k, it = it
                out.extend(seg('"' + e(k) + '"' + ksep))
            out.extend(_jval(it, ea, indent, level + 1, isep, ksep))
        if indent is not None:
            out.extend(seg("\n" + " " * (indent * level)))
        out.extend(seg(cl))
        return out
    raise TypeError(f"not JSON: {v!r}")


def J(obj, indent=None, ensure_ascii=False, compact=False) -> Seg:
    """Serialise a JSON document whose string leaves may be Segs. The rendered text is parsed back."""
    isep = "," if (compact or indent is not None) else ", "
    ksep = ":" if compact else ": "
    out = _jval(obj, ensure_ascii, indent, 0, isep, ksep)
    try:
        json.loads(out.text())
    except ValueError as ex:
        raise TemplateError(f"bad JSON: {ex}") from ex
    return out


def xml_ok(s: Seg) -> Seg:
    txt = s.text()
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", txt)
    try:
        ET.fromstring(body)
    except ET.ParseError as ex:
        raise TemplateError(f"bad XML: {ex}\n{txt}") from ex
    return s


def X(tag: str, value, attrs: str = "") -> Seg:
    """<tag attrs>escaped value</tag>"""
    return seg(f"<{tag}{(' ' + attrs) if attrs else ''}>", enc(value, xesc), f"</{tag}>")


def pyrepr_ok(s: Seg) -> Seg:
    try:
        ast.literal_eval(s.text())
    except (ValueError, SyntaxError) as ex:
        raise TemplateError(f"bad repr: {ex}: {s.text()}") from ex
    return s


def pq(v) -> Seg:
    """A Python str literal of a Seg value (quote chosen like repr does)."""
    v = seg(v)
    q = '"' if "'" in v.text() and '"' not in v.text() else "'"
    return seg(q, enc(v, lambda t: t.replace("\\", "\\\\").replace(q, "\\" + q)), q)


def csv_cell(v, delim=",", always=False) -> Seg:
    v = seg(v)
    t = v.text()
    if always or any(ch in t for ch in (delim, '"', "\n", "\r")):
        return seg('"', enc(v, lambda x: x.replace('"', '""')), '"')
    return v


def csv_row(cells, delim=",", always=False) -> Seg:
    return join([csv_cell(c, delim, always) for c in cells], delim)


def csv_ok(s: Seg, delim=",") -> Seg:
    rows = list(csv.reader(io.StringIO(s.text()), delimiter=delim))
    rows = [r for r in rows if r]
    if len({len(r) for r in rows}) != 1:
        raise TemplateError("ragged CSV:\n" + s.text())
    return s


def pad(v, width: int, right=False) -> Seg:
    v = seg(v)
    n = len(v.text())
    if n > width:
        raise TemplateError("value wider than its column")
    fill = " " * (width - n)
    return seg(fill, v) if right else seg(v, fill)


def table(headers, rows, sep="  ", rule="-") -> Seg:
    """A CLI table: columns padded to the widest cell."""
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(seg(c).text()))
    out = Seg()
    out.extend(join([pad(h, widths[i]) for i, h in enumerate(headers)], sep))
    out.extend(seg("\n"))
    if rule:
        out.extend(seg(sep.join(rule * w for w in widths) + "\n"))
    for j, r in enumerate(rows):
        out.extend(join([pad(c, widths[i]) for i, c in enumerate(r)], sep))
        if j < len(rows) - 1:
            out.extend(seg("\n"))
    return out


# ---------------------------------------------------------------- value generators
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError


class Ctx:
    """Per-record context: the random stream, the persons drawn, value generators."""

    def __init__(self, rng, negative: bool):
        self.r = rng
        self.negative = negative
        self.persons: list[names.Person] = []

    # --- persons
    def person(self, native=True, gender=None) -> names.Person:
        if self.negative:
            raise AssertionError("negative record drew a person")
        p = names.draw(self.r, native_rate=0.12 if native else 0.0, gender=gender)
        self.persons.append(p)
        return p

    def latin(self, gender=None) -> names.Person:
        return self.person(native=False, gender=gender)

    def choice(self, xs):
        return self.r.choice(xs)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # --- name renderings (NAME segments)
    def nm(self, p, form=None) -> Seg:
        form = form or self.choice(["full", "full", "full", "lf", "upper", "western"])
        if p.native and form in ("upper", "lower", "lf_upper", "surname_given", "initial"):
            form = "full"
        v = {
            "full": p.full, "western": p.western, "lf": p.last_first, "initial": p.initial_family,
            "upper": lambda: p.full().upper(), "lf_upper": lambda: p.last_first().upper(),
            "lower": lambda: p.full().lower(), "given": lambda: p.given, "family": lambda: p.family,
            "surname_given": lambda: f"{p.family.upper()}/{p.given.upper()}",
            "rom": p.rom_full, "rom_upper": lambda: p.rom_full().upper(),
            "FAMILY": lambda: p.family.upper(), "GIVEN": lambda: p.given.upper(),
        }[form]()
        return N(v)

    def acct(self, p, style=None, digits=None) -> str:
        return p.acct(self.r, style=style, digits=digits)

    def email(self, p, domain=None) -> str:
        g, f = p.a_given(), p.a_family()
        local = self.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}", f"{g}_{f}", f"{f}.{g}", f"{g}",
                             f"{g}.{f}{self.ri(1, 99)}", f"{g[0]}.{f}"])
        return f"{local}@{domain or self.choice(PERSONAL_DOMAINS)}"

    # --- numbers
    def phone(self, plan=None, style=None) -> str:
        plan = plan or self.choice(list(PHONE_PLANS))
        return PHONE_PLANS[plan](self, style)

    def ssn(self, sep="-") -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        g, s = self.ri(1, 99), self.ri(1, 9999)
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def last4(self) -> str:
        return f"{self.ri(1, 9999):04d}"

    def card(self, style=None) -> str:
        kind = self.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            pre, n = "4" + "".join(str(self.ri(0, 9)) for _ in range(5)), 16
        elif kind == "mc":
            pre, n = str(self.ri(51, 55)) + "".join(str(self.ri(0, 9)) for _ in range(4)), 16
        elif kind == "mc2":
            pre, n = str(self.ri(2221, 2720)) + "".join(str(self.ri(0, 9)) for _ in range(2)), 16
        elif kind == "amex":
            pre, n = self.choice(["34", "37"]) + "".join(str(self.ri(0, 9)) for _ in range(4)), 15
        else:
            pre, n = "6011" + "".join(str(self.ri(0, 9)) for _ in range(2)), 16
        body = pre + "".join(str(self.ri(0, 9)) for _ in range(n - len(pre) - 1))
        d = luhn_complete(body)
        style = style or self.choice(["plain", "plain", "space", "dash"])
        if style == "plain":
            return d
        sep = " " if style == "space" else "-"
        if n == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4))

    def ip(self) -> str:
        k = self.ri(0, 5)
        if k == 0:
            return f"192.0.2.{self.ri(1, 254)}"
        if k == 1:
            return f"198.51.100.{self.ri(1, 254)}"
        if k == 2:
            return f"203.0.113.{self.ri(1, 254)}"
        if k == 3:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 4:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6(self) -> str:
        pre = self.choice(["2001:db8", "fd12:3456"])
        groups = [f"{self.ri(0, 0xffff):x}" for _ in range(6)]
        if self.chance(0.5):
            return f"{pre}:{':'.join(groups[:self.ri(1, 2)])}::{groups[-1]}"
        return f"{pre}:{':'.join(groups)}"

    def anyip(self) -> str:
        return self.ip6() if self.chance(0.2) else self.ip()

    # --- plain ids and times
    def hexid(self, n=8) -> str:
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def digits(self, n: int) -> str:
        """n random digits that are never a Luhn-valid run (so never card-like)."""
        d = str(self.ri(1, 9)) + "".join(str(self.ri(0, 9)) for _ in range(n - 1))
        if n >= 12 and luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d

    def uuid(self) -> str:
        h = self.hexid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def date(self) -> tuple[int, int, int]:
        return (self.choice([2025, 2026]), self.ri(1, 12), self.ri(1, 28))

    def iso(self, z=True) -> str:
        y, m, d = self.date()
        s = f"{y}-{m:02d}-{d:02d}T{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"
        if z:
            s += self.choice(["Z", ".%03dZ" % self.ri(0, 999), "+00:00", "+01:00", "-05:00"])  # noqa: UP031
        return s

    def ts(self) -> str:
        y, m, d = self.date()
        return f"{y}-{m:02d}-{d:02d} {self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def day(self) -> str:
        y, m, d = self.date()
        return f"{y}-{m:02d}-{d:02d}"

    def syslog_ts(self) -> str:
        _, m, d = self.date()
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return f"{mon} {d:2d} {self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def clf_ts(self) -> str:
        y, m, d = self.date()
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return f"[{d:02d}/{mon}/{y}:{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d} +0000]"

    def money(self, lo=5, hi=2500) -> str:
        return f"{self.ri(lo, hi)}.{self.choice(['00', '00', '50', '25', str(self.ri(10, 99))])}"


# ---------------------------------------------------------------- phone plans
def _d(c, n):
    return "".join(str(c.ri(0, 9)) for _ in range(n))


def _us(c, style):
    area = c.choice(["212", "312", "415", "617", "713", "206", "404", "503", "614", "919", "416", "604"])
    line = f"01{c.ri(0, 99):02d}"
    style = style or c.choice(["paren", "dash", "dot", "e164", "intl", "bare1"])
    return {"paren": f"({area}) 555-{line}", "dash": f"{area}-555-{line}", "dot": f"{area}.555.{line}",
            "e164": f"+1{area}555{line}", "intl": f"+1 {area}-555-{line}", "bare1": f"1{area}555{line}",
            "nat": f"({area}) 555-{line}"}[style]


def _uk(c, style):
    if c.chance(0.7):
        n = f"{c.ri(0, 999):03d}"
        style = style or c.choice(["nat", "e164", "intl", "bare", "00"])
        return {"nat": f"07700 900{n}", "e164": f"+447700900{n}", "intl": f"+44 7700 900{n}",
                "bare": f"447700900{n}", "00": f"0044 7700 900{n}", "paren": f"07700 900{n}",
                "dash": f"07700-900-{n}", "dot": f"07700 900{n}", "bare1": f"447700900{n}"}[style]
    n = f"{c.ri(0, 999):03d}"
    return c.choice([f"020 7946 0{n}", f"+44 20 7946 0{n}", f"0113 496 0{n}"])


def _au(c, style):
    n = f"{c.ri(0, 999):03d}"
    return c.choice([f"0491 570 {n}", f"+61 491 570 {n}", f"+61491570{n}", f"(02) 5550 {c.ri(1000, 9999)}"])


def _de(c, style):
    return c.choice([f"+49 151 {_d(c, 4)} {_d(c, 4)}", f"0151 {_d(c, 8)}", f"+49 30 {_d(c, 6)}{_d(c, 2)}",
                     f"0049 170 {_d(c, 7)}", f"(030) {_d(c, 4)}-{_d(c, 3)}", f"4915{c.ri(1, 9)}{_d(c, 8)}"])


def _fr(c, style):
    g = [f"{c.ri(10, 99)}" for _ in range(4)]
    k = c.choice(["6", "7", "1"])
    return c.choice([f"0{k} {' '.join(g)}", f"+33 {k} {' '.join(g)}", f"+33{k}{''.join(g)}", f"0{k}.{'.'.join(g)}"])


def _ie(c, style):
    return c.choice([f"+353 85 {_d(c, 3)} {_d(c, 4)}", f"087 {_d(c, 3)} {_d(c, 4)}", f"(01) {_d(c, 3)} {_d(c, 4)}"])


def _es(c, style):
    return c.choice([f"+34 6{_d(c, 2)} {_d(c, 3)} {_d(c, 3)}", f"6{_d(c, 2)} {_d(c, 2)} {_d(c, 2)} {_d(c, 2)}",
                     f"+346{_d(c, 8)}"])


def _it(c, style):
    return c.choice([f"+39 3{_d(c, 2)} {_d(c, 3)} {_d(c, 4)}", f"3{_d(c, 2)} {_d(c, 7)}", f"06 {_d(c, 4)} {_d(c, 4)}"])


def _nl(c, style):
    return c.choice([f"+31 6 {_d(c, 8)}", f"06-{_d(c, 8)}", f"020 {_d(c, 3)} {_d(c, 4)}", f"+316{_d(c, 8)}"])


def _br(c, style):
    return c.choice([f"+55 11 9{_d(c, 4)}-{_d(c, 4)}", f"(21) 9{_d(c, 4)}-{_d(c, 4)}", f"+55 (31) 9{_d(c, 4)}-{_d(c, 4)}"])


def _mx(c, style):
    return c.choice([f"+52 55 {_d(c, 4)} {_d(c, 4)}", f"55 {_d(c, 4)} {_d(c, 4)}", f"+52 1 33 {_d(c, 4)} {_d(c, 4)}"])


def _in(c, style):
    return c.choice([f"+91 9{_d(c, 4)} {_d(c, 5)}", f"09{_d(c, 4)} {_d(c, 5)}", f"+91-8{_d(c, 9)}", f"919{_d(c, 9)}"])


def _ng(c, style):
    return c.choice([f"+234 803 {_d(c, 3)} {_d(c, 4)}", f"0803 {_d(c, 3)} {_d(c, 4)}", f"+2348{_d(c, 9)}"])


def _ke(c, style):
    return c.choice([f"+254 712 {_d(c, 6)}", f"0722 {_d(c, 3)} {_d(c, 3)}", f"254 7{_d(c, 2)} {_d(c, 6)}"])


def _za(c, style):
    return c.choice([f"+27 82 {_d(c, 3)} {_d(c, 4)}", f"082 {_d(c, 3)} {_d(c, 4)}", f"+27 (0)21 {_d(c, 3)} {_d(c, 4)}"])


def _ph(c, style):
    return c.choice([f"+63 917 {_d(c, 3)} {_d(c, 4)}", f"0917-{_d(c, 3)}-{_d(c, 4)}", f"+639{_d(c, 9)}"])


def _jp(c, style):
    return c.choice([f"090-{_d(c, 4)}-{_d(c, 4)}", f"+81 90-{_d(c, 4)}-{_d(c, 4)}", f"03-{_d(c, 4)}-{_d(c, 4)}"])


def _kr(c, style):
    return c.choice([f"010-{_d(c, 4)}-{_d(c, 4)}", f"+82 10-{_d(c, 4)}-{_d(c, 4)}", f"+82 2-{_d(c, 3)}-{_d(c, 4)}"])


def _nz(c, style):
    return c.choice([f"021 {_d(c, 3)} {_d(c, 4)}", f"+64 21 {_d(c, 3)} {_d(c, 4)}", f"(09) {_d(c, 3)} {_d(c, 4)}"])


def _pl(c, style):
    return c.choice([f"+48 512 {_d(c, 3)} {_d(c, 3)}", f"601 {_d(c, 3)} {_d(c, 3)}", f"+48 22 {_d(c, 3)} {_d(c, 2)} {_d(c, 2)}"])


def _se(c, style):
    return c.choice([f"070-{_d(c, 3)} {_d(c, 2)} {_d(c, 2)}", f"+46 70 {_d(c, 3)} {_d(c, 2)} {_d(c, 2)}", f"08-{_d(c, 3)} {_d(c, 3)} {_d(c, 2)}"])


def _ca(c, style):
    return _us(c, style)


PHONE_PLANS = {"us": _us, "ca": _ca, "uk": _uk, "au": _au, "de": _de, "fr": _fr, "ie": _ie, "es": _es, "it": _it,
               "nl": _nl, "br": _br, "mx": _mx, "in": _in, "ng": _ng, "ke": _ke, "za": _za, "ph": _ph, "jp": _jp,
               "kr": _kr, "nz": _nz, "pl": _pl, "se": _se}

PERSONAL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.example", "inbox.example",
                    "web.example", "kabel.example", "correo.example", "posteo.example"]
ORG_DOMAINS = ["hopetrust.example", "stcolumba.example", "foodshare.example", "givewell-fund.example",
               "riverside-parish.example", "kinderhilfe.example", "bethel.example", "grants.example.org",
               "volunteer.example.net", "legacy.example.org"]

# ---------------------------------------------------------------- decoys (hard negatives)
SERVICE_ACCOUNTS = ["svc_crm_sync", "npsp-batch", "giftaid-bot", "receipt_runner", "SYSTEM", "root", "cron",
                    "svc-volunteer-api", "automation.user", "integration@api", "DATALOADER", "etl_nightly",
                    "webhook-relay", "svc_grants", "noreply-bot", "rota-scheduler", "chms-sync", "scanner01",
                    "kiosk-lobby-2", "LETTER_OCR", "pantry-tablet-04", "MATCH_ENGINE", "dsar-worker",
                    "legacy-importer", "f2f_sync_daemon", "admin", "guest", "api_user", "batch01", "jenkins"]
COMPANIES = ["Harrison & Webb Solicitors LLP", "Okafor Logistics Ltd", "McCarthy Printing Co.", "Bellamy Foods",
             "Schneider Stiftung GmbH", "Dubois Imprimerie SARL", "Nakamura Trading KK", "Patel Brothers Wholesale",
             "Fitzgerald & Sons Funeral Directors", "Johnson Controls", "Wells Fargo Foundation", "Ford Foundation",
             "Gates Family Trust Admin Ltd", "Carnegie Corporation", "Rowntree Housing Trust", "Cadbury Schweppes",
             "Sainsbury's", "Marks & Spencer", "Morrison Supermarkets", "Kellogg Company", "Lever Brothers",
             "Boots UK", "Dell Technologies", "Hewlett Packard Enterprise", "Mercer LLC", "Baker McKenzie",
             "Nguyen Brothers Bakery", "Van Dijk Transport BV", "Kowalski Meble Sp. z o.o.", "Hughes Catering"]
PLACES = ["Victoria", "Regina", "Madison", "Charlotte", "Florence", "Sofia", "Jordan", "Georgia", "Lourdes",
          "St Helens", "Santa Clara", "San José", "Adelaide", "Alexandria", "Augusta", "Austin", "Chelsea",
          "Eugene", "Elizabeth", "Marietta", "Mercedes", "Paris", "Savannah", "Shannon", "Beverly Hills"]
PRODUCTS = ["Raiser's Edge NXT", "Project Gabriel", "Operation Noah", "Julia", "Alexa", "Cortana", "Siri",
            "Jenkins", "Marvin", "Hermes", "Athena", "Jasper Reports", "Apex Ledger", "Luther", "St Martin Hall",
            "Phoenix Appeal", "Harvest Sunday", "Mercy Ships Hub", "Brother HL-L2350", "Zebra ZD421",
            "Carlos Engine", "Project Beatrice", "Lazarus Restore", "Samaritan API", "Gideon Scheduler"]
STATUSES = ["Active", "Inactive", "Lapsed", "Pending", "Approved", "Declined", "On Hold", "Completed",
            "Cancelled", "Deceased flag cleared", "Opted Out", "Gift Aid Eligible", "Unassigned", "Draft",
            "Submitted", "Awaiting Signature", "Paid", "Reconciled", "Void", "Reissued"]
UI_STRINGS = ["Save Changes", "Add New Volunteer", "Print Receipt", "Thank You For Your Gift", "Mark As Paid",
              "Export To CSV", "Merge Records", "Select A Campaign", "Grant Round Closed", "Check In",
              "Danke für Ihre Spende", "Merci pour votre don", "Gracias por su donativo", "Grazie per la donazione",
              "Obrigado pela sua doação", "Dziękujemy za darowiznę", "Děkujeme za váš dar", "Tack för din gåva",
              "Kiitos lahjoituksestasi", "Bağışınız için teşekkürler", "寄付ありがとうございます", "感谢您的捐赠",
              "기부해 주셔서 감사합니다", "Спасибо за пожертвование", "شكرا لتبرعك", "תודה על התרומה",
              "दान के लिए धन्यवाद", "Ευχαριστούμε για τη δωρεά σας", "Bedankt voor je gift", "Takk for gaven din"]
HOSTS = ["crm-prod-01", "npsp-sandbox", "receipts-worker-3", "rota-api-2", "chms-db01", "grants-portal-web",
         "ocr-node-7", "pantry-sync", "dsar-queue-1", "f2f-ingest-02", "match-api", "legacy-etl"]
VERSIONS = ["v2.14.3", "1.8.0", "3.2.1-rc2", "2026.1.4", "v5.0.12", "0.9.7", "4.11", "r1842"]


def decoy(c, kind=None) -> str:
    kind = kind or c.choice(["svc", "company", "place", "product", "status", "ui"])
    return c.choice({"svc": SERVICE_ACCOUNTS, "company": COMPANIES, "place": PLACES, "product": PRODUCTS,
                     "status": STATUSES, "ui": UI_STRINGS}[kind])


# ---------------------------------------------------------------- rendering and verification
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_IP4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
_IP6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
_CARD_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
_SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_PLUSPHONE_RE = re.compile(r"(?:\+|%2B)\d[\d \-]{6,}")


def render(s: Seg):
    text = []
    spans = []
    raws = []
    pos = 0
    for t, typ, raw in s:
        if typ:
            if not t:
                raise TemplateError("empty labelled piece")
            spans.append([pos, pos + len(t), typ])
            raws.append(raw)
        text.append(t)
        pos += len(t)
    txt = "".join(text)
    # merge adjacent pieces of one type only when they were split by an encoder (never happens by design)
    return txt, spans, raws


def _inside(a, b, spans, types) -> bool:
    return any(s <= a and b <= e and t in types for s, e, t in spans)


def _valid_ssn(a, g, s) -> bool:
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def _check_value(v: str, raw: str, typ: str):
    if v != v.strip() or not v:
        raise TemplateError(f"edge whitespace in {typ} {v!r}")
    if typ == "NAME":
        if "@" in raw or not any(ch.isalpha() for ch in raw):
            raise TemplateError(f"bad name {raw!r}")
    elif typ == "EMAIL":
        dec = urllib.parse.unquote(urllib.parse.unquote(v))
        if not re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", dec) and not re.fullmatch(
                r"[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", raw):
            raise TemplateError(f"bad email {v!r}")
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(raw)
    elif typ == "SSN":
        if re.fullmatch(r"\d{4}", raw):
            if raw == "0000":
                raise TemplateError("last4 0000")
        else:
            m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", raw)
            if not m or not _valid_ssn(*m.groups()):
                raise TemplateError(f"bad ssn {raw!r}")
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", raw)
        if not d.isdigit() or len(d) not in (15, 16) or not luhn_ok(d) or (d[0] not in "3456" and d[:2] not in (
                "22", "23", "24", "25", "26", "27")):
            raise TemplateError(f"bad card {raw!r}")
    elif typ == "PHONE":
        dd = re.sub(r"\D", "", raw)
        if not 7 <= len(dd) <= 15 or not re.fullmatch(r"\+?[\d ()\-./]+", raw):
            raise TemplateError(f"bad phone {raw!r}")


def _name_forms(word: str) -> set[str]:
    forms = {word, names.fold(word)}
    more = set()
    for w in forms:
        more.add(pct(w))
        more.add(form(w))
        more.add(juesc(w))
        more.add(xbytes(w))
    return {f for f in forms | more if f}


def verify(text: str, spans, raws, persons, negative: bool):
    # span sanity
    last = -1
    for (s, e, t), raw in zip(spans, raws):
        if t not in TYPES:
            raise TemplateError(f"bad type {t}")
        if not (0 <= s < e <= len(text)):
            raise TemplateError("span out of range")
        if s < last:
            raise TemplateError("overlapping spans")
        last = e
        _check_value(text[s:e], raw, t)
    if negative and (spans or persons):
        raise TemplateError("negative with spans or persons")
    if not negative and not spans:
        raise TemplateError("positive without spans")
    # leak checks: machine values
    for m in _EMAIL_RE.finditer(text):
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            # the match may extend over a neighbouring plain char such as a trailing dot; require the @ part
            at = max(text.find("@", m.start(), m.end()), text.find("%40", m.start(), m.end()))
            if at < 0 or not _inside(at, at + 1, spans, ("EMAIL",)):
                raise TemplateError(f"email outside span: {m.group()}")
    for s, e, t in spans:
        if t == "EMAIL" and "@" not in text[s:e] and "%40" not in text[s:e]:
            raise TemplateError("email span without @")
    for m in _IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans, ("IP_ADDRESS",)):
            raise TemplateError(f"ip outside span: {m.group()}")
    for m in _IP6_RE.finditer(text):
        g = m.group()
        if "::" not in g and g.count(":") != 7:
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if len(g) < 6:
            continue
        if not _inside(m.start(), m.end(), spans, ("IP_ADDRESS",)):
            raise TemplateError(f"ipv6 outside span: {g}")
    for m in _CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _inside(m.start(), m.end(), spans, ("CREDIT_CARD", "PHONE")):
            # a digit run inside a longer labelled phone is fine; anything else is a leak
            if not any(s <= m.start() < e or s < m.end() <= e for s, e, _ in spans):
                raise TemplateError(f"card-like run outside span: {m.group()}")
    for m in _SSN_RE.finditer(text):
        if _valid_ssn(*m.groups()) and not any(s <= m.start() < e for s, e, _ in spans):
            raise TemplateError(f"ssn-like outside span: {m.group()}")
    if negative:
        if _PLUSPHONE_RE.search(text):
            raise TemplateError("phone-like value in a negative")
        if "@" in text and _EMAIL_RE.search(text):
            raise TemplateError("email in negative")
    # leak check: every name word of every person
    for p in persons:
        for w in p.words():
            for f in _name_forms(w):
                pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        raise TemplateError(f"name word {f!r} outside a span")


def name_shape(v: str) -> list[str]:
    out = []
    letters = [ch for ch in v if ch.isalpha()]
    if any("LATIN" not in unicodedata.name(ch, "") for ch in letters):
        out.append("non-Latin")
    if len(letters) > 1 and v.upper() == v and v.lower() != v:
        out.append("ALL CAPS")
    if v.lower() == v and v.upper() != v:
        out.append("lower case")
    if ", " in v or re.search(r"\w,\w", v):
        out.append("Last, First")
    if "/" in v:
        out.append("SURNAME/GIVEN")
    if "_" in v:
        out.append("joined by _")
    if re.search(r"\w-\w", v):
        out.append("hyphenated")
    if "%" in v or "\\u" in v or "\\x" in v or re.search(r"\w\+\w", v):
        out.append("escaped")
    if re.fullmatch(r"[A-Z]\. ?\S.*", v):
        out.append("initial")
    return out
