"""Value generators and the labelled-line builder of the held-out generator.

A template is a function ``g -> parts``; a part is a literal ``str`` or a labelled value
``(value, TYPE)``. ``render`` joins the parts and records each labelled value's span, so a
span is right by construction; ``check`` verifies every record again before it is written.
"""

from __future__ import annotations

import json
import random
import string
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _lexicon import FAMILY_FIRST, MIMESIS_LOCALES, WORLD_FAMILY, WORLD_GIVEN, WORLD_SCRIPT

Part = str | tuple[str, str]
Template = Callable[["Gen"], list[Part]]


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    family: str
    family_first: bool = False
    latin: bool = True

    @property
    def full(self) -> str:
        if not self.latin and not self.family_first and self.given and _is_cjk(self.given):
            return self.family + self.given  # CJK: family name first, no space
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    @property
    def last_first(self) -> str:
        return f"{self.family}, {self.given}"


def _is_cjk(s: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in s)


def fold(s: str) -> str:
    """ASCII form of a Latin-script name (accents dropped), for account names and e-mails."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("þ", "th")
    s = s.replace("ð", "d").replace("ə", "e").replace("Ə", "E")
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in out if ch.isalnum() or ch in "-'").replace("'", "")


#: Titles that mimesis 22.2.0 lists among given names (a title is never part of a NAME span).
_TITLES = {"Fräulein", "Miss", "Lady"}


def _clean(name: str) -> bool:
    return name not in _TITLES and 2 <= len(name) <= 24 and all(ch.isalpha() or ch in "-'" for ch in name) and name[0].isalpha()


def _mimesis_names() -> dict[str, tuple[list[str], list[str]]]:
    try:
        import mimesis
    except ImportError:
        sys.exit("benchmarks/heldout/generate.py needs: pip install mimesis==22.2.0")
    base = Path(mimesis.__file__).parent / "datasets"
    out: dict[str, tuple[list[str], list[str]]] = {}
    for loc in MIMESIS_LOCALES:
        d = json.loads((base / loc / "person.json").read_text(encoding="utf-8"))

        def flat(v: object) -> list[str]:
            if isinstance(v, dict):
                return sorted({x for vs in v.values() for x in vs})
            return sorted(set(v))  # type: ignore[arg-type]

        given = [n for n in flat(d.get("names", {})) if _clean(n)]
        family = [n for n in flat(d.get("surnames", {})) if _clean(n)]
        if given and family:
            out[loc] = (given, family)
    return out


class Gen:
    """Seeded source of every value a template needs."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self._names = _mimesis_names()
        self._latin = [loc for loc in self._names if MIMESIS_LOCALES[loc]]
        self._script = [loc for loc in self._names if not MIMESIS_LOCALES[loc]]

    # -- people --------------------------------------------------------------------------
    def person(self, latin: bool = False) -> Person:
        r = self.r.random()
        if r < 0.14:
            return Person(self.r.choice(WORLD_GIVEN), self.r.choice(WORLD_FAMILY))
        if r < 0.19 and not latin:
            g, f = self.r.choice(WORLD_SCRIPT)
            return Person(g, f, latin=False)
        if r < 0.25 and not latin:
            loc = self.r.choice(self._script)
            given, family = self._names[loc]
            return Person(self.r.choice(given), self.r.choice(family), False, latin=False)
        loc = self.r.choice(self._latin)
        given, family = self._names[loc]
        return Person(self.r.choice(given), self.r.choice(family), loc in FAMILY_FIRST and self.r.random() < 0.5)

    def person_from(self, loc: str) -> Person:
        """A person from one mimesis locale."""
        given, family = self._names[loc]
        return Person(self.r.choice(given), self.r.choice(family), latin=MIMESIS_LOCALES[loc])

    def acct(self, p: Person | None = None) -> str:
        """A person's account name: first.last, flast, firstlast, f.last, first_last, lastf, +digits."""
        if p is None or not p.latin or not fold(p.given) or not fold(p.family):
            p = self.person(latin=True)  # a non-Latin name has no ASCII account form here
        g, f = fold(p.given).lower().replace("-", ""), fold(p.family).lower().replace("-", "")
        form = self.r.choice(["{g}.{f}", "{g0}{f}", "{g}{f}", "{g0}.{f}", "{g}_{f}", "{f}{g0}", "{g}.{f}{d}",
                              "{g0}{f}{d}", "{g}-{f}"])
        return form.format(g=g, f=f, g0=g[0], d=self.r.randint(1, 99))

    def email(self, p: Person | None = None) -> str:
        local = self.acct(p) if self.r.random() < 0.8 else self.word() + str(self.r.randint(1, 999))
        dom = self.r.choice(["example.com", "example.org", "mail.example.net", "corp.example", "gmail.com",
                             "outlook.com", "proton.me", "uni-example.edu", "yahoo.co.uk", "web.de"])
        if self.r.random() < 0.1:
            local += "+" + self.r.choice(["shop", "news", "billing", "test"])
        return f"{local}@{dom}"

    # -- numbers ---------------------------------------------------------------------------
    def phone(self) -> str:
        d = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
        return self.r.choice([
            lambda: f"+1 {self.r.randint(201, 989)}-555-{d(4)}",
            lambda: f"({self.r.randint(201, 989)}) 555-{d(4)}",
            lambda: f"{self.r.randint(201, 989)}.555.{d(4)}",
            lambda: f"+44 20 7946 {d(4)}",
            lambda: f"07700 900{d(3)}",
            lambda: f"+49 30 {d(7)}",
            lambda: f"+49 151 {d(8)}",
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+91 9{d(4)} {d(5)}",
            lambda: f"+55 11 9{d(4)}-{d(4)}",
            lambda: f"+81 3-{d(4)}-{d(4)}",
            lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"0412 {d(3)} {d(3)}",
            lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
            lambda: f"+31 6 {d(8)}",
            lambda: f"+27 82 {d(3)} {d(4)}",
            lambda: f"+234 803 {d(3)} {d(4)}",
            lambda: f"+1{self.r.randint(201, 989)}555{d(4)}",
        ])()

    def ssn(self, style: str = "dash") -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        grp, ser = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = {"dash": "-", "space": " ", "bare": ""}[style]
        return f"{area:03d}{sep}{grp:02d}{sep}{ser:04d}"

    def last4(self) -> str:
        return f"{self.r.randint(1, 9999):04d}"

    def card(self, style: str | None = None) -> str:
        amex = self.r.random() < 0.2
        if amex:
            body = self.r.choice(["34", "37"]) + "".join(self.r.choice(string.digits) for _ in range(12))
        else:
            body = self.r.choice(["4", "51", "52", "53", "54", "55"])
            body += "".join(self.r.choice(string.digits) for _ in range(15 - len(body)))
        num = body + _luhn_digit(body)
        style = style or self.r.choice(["plain", "dash", "space"])
        if style == "plain":
            return num
        sep = "-" if style == "dash" else " "
        groups = [num[:4], num[4:10], num[10:]] if amex else [num[i : i + 4] for i in range(0, 16, 4)]
        return sep.join(groups)

    def ip4(self) -> str:
        """An IPv4 address (for ``ip:port``, where an unbracketed IPv6 address would be ambiguous)."""
        first = self.r.choice([10, 172, 192, 198, 203, 81, 62, 100, 54, 34])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip(self) -> str:
        if self.r.random() < 0.1:
            a, b, c = self.r.randint(1, 0xFFFF), self.r.randint(1, 0xFFFF), self.r.randint(1, 0xFFFF)
            return f"2001:db8:{a:x}:{b:x}::{c:x}"
        first = self.r.choice([10, 172, 192, 198, 203, 81, 62, 100, 54, 34])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    # -- noise -------------------------------------------------------------------------------
    def ts(self) -> str:
        return f"2025-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T{self.r.randint(0, 23):02d}:" \
               f"{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}.{self.r.randint(0, 999):03d}Z"

    def ts_sys(self) -> str:
        mon = self.r.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        return f"{mon} {self.r.randint(1, 28):2d} {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:" \
               f"{self.r.randint(0, 59):02d}"

    def host(self) -> str:
        return f"{self.r.choice(['web', 'api', 'db', 'auth', 'mail', 'batch', 'edge', 'ip'])}-" \
               f"{self.r.choice(['prod', 'stg', 'eu1', 'us2'])}-{self.r.randint(1, 40):02d}"

    def n(self, lo: int = 1, hi: int = 99999) -> str:
        return str(self.r.randint(lo, hi))

    def hexid(self, k: int = 12) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def uuid(self) -> str:
        h = self.hexid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def word(self) -> str:
        return self.r.choice(["orion", "delta", "nimbus", "vertex", "quartz", "harbor", "lumen", "cobalt",
                              "ember", "granite", "falcon", "meadow"])

    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(list(seq))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def render(parts: Sequence[Part]) -> tuple[str, list[list[object]]]:
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            value, kind = p
            spans.append([len(text), len(text) + len(value), kind])
            text += value
        else:
            text += p
    return text, spans


def check(text: str, spans: Sequence[Sequence[object]]) -> None:
    """Every span in range, trimmed, non-empty; spans do not overlap."""
    last = -1
    for s, e, _ in sorted(spans, key=lambda x: (x[0], x[1])):  # type: ignore[arg-type, return-value]
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), (text, spans)
        v = text[s:e]
        assert v == v.strip() and v, (text, spans)
        assert s >= last, ("overlap", text, spans)
        last = e


def make_family(g: Gen, name: str, group: str, pos: Sequence[Template], neg: Sequence[Template], count: int,
                neg_share: float = 0.3) -> list[dict[str, object]]:
    out = []
    for _ in range(count):
        tpl = g.r.choice(list(neg)) if neg and g.r.random() < neg_share else g.r.choice(list(pos))
        text, spans = render(tpl(g))
        check(text, spans)
        out.append({"text": text, "spans": spans, "family": name, "group": group})
    return out
