"""People for heldout_v3: drawing a person from the hand-written lists in `_name_lists.py`, and the
forms a person's name takes in logs (full names in several orders, upper-case ASCII, login names).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from _name_lists import NATIVE, TRADITIONS, Tradition

# fmt: off
# Particles are part of a surname span but are no name words on their own (the leak check skips them).
PARTICLES = frozenset({
    "van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "von", "zu", "al", "el", "bin", "binti",
    "bint", "ibn", "ter", "te", "di", "del", "della", "mac", "ó", "ní", "ait", "dela",
})

# Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "e", "Ə": "E",
})
# fmt: on


def fold(s: str) -> str:
    """ASCII-fold a Latin-script string (diacritics dropped, a few letters spelled out)."""
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _compact(s: str) -> str:
    """Lower-case ASCII with spaces, hyphens and apostrophes removed (for account names)."""
    return "".join(c for c in fold(s).lower() if c.isalnum())


@dataclass
class Person:
    given: str
    family: str
    order: str  # native order, "gf" or "fg"
    script: str = "latn"  # ISO-ish script/language tag for non-Latin names
    given_rom: str = ""  # romanised forms (== given/family for Latin names)
    family_rom: str = ""
    middle: str = ""
    tokens: list[str] = field(default_factory=list)

    @property
    def latin(self) -> bool:
        return self.script == "latn"

    # -- display forms ---------------------------------------------------------------------------
    def full(self, order: str | None = None, middle: bool = False) -> str:
        """Full name; `order` "gf"/"fg" (default: native)."""
        order = order or self.order
        g = self.given + (" " + self.middle if middle and self.middle else "")
        if self.script in ("ja", "zh", "ko"):
            return self.family + self.given if order == "fg" else self.given + " " + self.family
        return f"{self.family} {g}" if order == "fg" else f"{g} {self.family}"

    def western(self) -> str:
        """Given name first, whatever the native order (as Western-built forms show it)."""
        return self.full("gf")

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def rom_full(self, order: str = "gf") -> str:
        g, f = self.given_rom or self.given, self.family_rom or self.family
        return f"{f} {g}" if order == "fg" else f"{g} {f}"

    def upper_ascii(self, order: str = "gf") -> str:
        """Upper-case ASCII full name, as SWIFT and DICOM systems store it."""
        return fold(self.rom_full(order)).upper()

    # -- derived account names ---------------------------------------------------------------------
    def first(self) -> str:
        return _compact(self.given_rom or self.given)

    def last(self) -> str:
        return _compact(self.family_rom or self.family)

    def account(self, rng: random.Random, style: str | None = None, digits: bool | None = None) -> str:
        """A login name made from the person's name (always a NAME when labelled)."""
        f, s = self.first(), self.last()
        style = style or rng.choice(ACCOUNT_STYLES)
        acct = {
            "first.last": f"{f}.{s}",
            "flast": f[0] + s,
            "firstl": f + s[0],
            "lastf": s + f[0],
            "first_last": f"{f}_{s}",
            "f.last": f"{f[0]}.{s}",
            "firstlast": f + s,
            "last.first": f"{s}.{f}",
            "first-last": f"{f}-{s}",
            "lastfi": s + f[:2],
        }[style]
        add_digits = rng.random() < 0.15 if digits is None else digits
        if add_digits:
            acct += str(rng.choice([1, 2, 3, 7, 12, 21, 77, 88, 90]))
        return acct

    def email_local(self, rng: random.Random) -> str:
        style = rng.choice(
            ["first.last", "first.last", "flast", "firstlast", "first_last", "f.last", "first", "last.first", "firstl"]
        )
        if style == "first":
            return self.first() + rng.choice(["", "", str(rng.randint(1, 99))])
        return self.account(rng, style)


ACCOUNT_STYLES = (
    "first.last",
    "flast",
    "flast",
    "firstl",
    "lastf",
    "first_last",
    "f.last",
    "firstlast",
    "last.first",
    "first-last",
    "lastfi",
)


def _name_tokens(p: Person) -> list[str]:
    """Name words whose every occurrence must be labelled (particles such as `van` are skipped)."""
    out: list[str] = []
    for part in (p.given, p.family, p.middle, p.given_rom, p.family_rom):
        for word in part.split():
            if word.lower() in PARTICLES or (len(word) <= 2 and word.endswith(".")):
                continue
            # Split a hyphenated word only into real names (Jean-Baptiste), not into romanised
            # syllables (Min-jun, Chun-Hao), which are no names on their own.
            parts = word.split("-")
            cands = [word] + (parts if len(parts) > 1 and all(len(x) >= 4 for x in parts) else [])
            for c in cands:
                for v in (c, fold(c)):
                    if v and v not in out:
                        out.append(v)
    return out


_MIDDLE = ("J.", "M.", "A.", "K.", "R.", "S.", "Marie", "Ann", "Lee", "José")


def _surnames(t: Tradition, female: bool) -> tuple[str, ...]:
    return t.s + (t.sf if female else t.sm)


def draw_person(rng: random.Random, latin_only: bool = False, native_share: float = 0.08) -> Person:
    """Draw one person: a naming tradition, a gender, then a matching given name and surname."""
    if not latin_only and rng.random() < native_share:
        g, f, gr, fr, script, order = rng.choice(NATIVE)
        p = Person(g, f, order, script, gr, fr)
    else:
        t = rng.choices(TRADITIONS, weights=[x.weight for x in TRADITIONS])[0]
        female = rng.random() < 0.5
        g = rng.choice(t.f if female else t.m)
        f = rng.choice(_surnames(t, female))
        p = Person(g, f, t.order, "latn", g, f)
        if t.key == "vietnamese" and rng.random() < 0.6:
            p.middle = "Thị" if female else rng.choice(["Văn", "Minh", "Đức", "Quốc"])
        elif t.order == "gf" and rng.random() < 0.07:
            p.middle = rng.choice(_MIDDLE)
    p.tokens = _name_tokens(p)
    return p


def counts() -> dict[str, int]:
    """Counts for the README's provenance section."""
    givens = {g for t in TRADITIONS for g in t.f + t.m}
    surnames = {x for t in TRADITIONS for x in t.s + t.sf + t.sm}
    return {
        "traditions": len(TRADITIONS),
        "regions": len({t.region for t in TRADITIONS}),
        "givens": len(givens),
        "surnames": len(surnames),
        "native_pairs": len(NATIVE),
        "native_scripts": len({n[4] for n in NATIVE}),
    }
