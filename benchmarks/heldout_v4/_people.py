"""People drawn for a record: display forms, ASCII forms, account names and e-mail addresses."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from _name_data import SCRIPT_NAMES, TRADITIONS

PARTICLES = frozenset(
    "van der den de la le du da dos das von zu ter op bin binti al el mac ó ní te di lo dela 't d".split()
)

_SPECIAL = str.maketrans({
    "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
    "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "ʻ": "", "’": "'",
})


def fold(s: str) -> str:
    """ASCII form of a Latin-script string (diacritics dropped)."""
    s = s.translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _parse_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


@dataclass(frozen=True)
class Tradition:
    key: str
    region: str
    order: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]


TRADS: tuple[Tradition, ...] = tuple(
    Tradition(k, reg, order, tuple(_parse_list(m)), tuple(_parse_list(f)), tuple(_parse_list(s)))
    for k, reg, order, m, f, s in TRADITIONS
)

_PHONE_COUNTRIES = {
    "en": ["GB", "US", "CA", "AU", "NZ", "US"], "ga": ["IE", "GB"], "de": ["DE", "AT", "CH", "DE"],
    "nl": ["NL", "BE"], "fr": ["FR", "BE", "CH", "FR"], "es": ["ES"], "pt": ["PT", "BR", "BR"], "it": ["IT", "CH"],
    "pl": ["PL"], "cs": ["CZ"], "nordic": ["SE", "NO", "DK"], "fi": ["FI"], "is": ["IS"], "lt": ["LT"],
    "lv": ["LV"], "et": ["EE"], "hu": ["HU"], "ro": ["RO"], "yu": ["RS", "HR", "SI"], "el": ["GR"],
    "ru": ["RU", "UA"], "tr": ["TR", "DE"], "ar": ["SA", "AE", "EG", "MA", "JO"], "fa": ["IR", "DE"],
    "he": ["IL"], "in_n": ["IN"], "in_s": ["IN", "SG"], "pa": ["IN", "CA", "GB"], "bn": ["BD", "IN"],
    "pk": ["PK", "GB", "AE"], "zh": ["CN", "SG"], "hk": ["HK"], "tw": ["TW"], "ja": ["JP"], "ko": ["KR"],
    "vi": ["VN"], "th": ["TH"], "ph": ["PH"], "id": ["ID", "MY"], "yo": ["NG"], "ig": ["NG"], "ha": ["NG"],
    "ak": ["GH"], "wo": ["SN"], "ke": ["KE"], "et_": ["ET"], "so": ["KE", "GB"], "za": ["ZA"], "sn": ["ZW", "ZA"],
    "mx": ["MX", "US"], "co": ["CO", "PE", "CL"], "cb": ["US", "GB", "CA"], "nv": ["US"], "pac": ["NZ", "AU", "WS"],
    "ka": ["GE"], "hy": ["AM"], "az": ["AZ"], "kz": ["KZ"],
    "Japanese": ["JP"], "Chinese": ["CN", "TW"], "Korean": ["KR"], "Russian": ["RU"], "Ukrainian": ["UA"],
    "Serbian": ["RS"], "Bulgarian": ["BG"], "Greek": ["GR"], "Arabic": ["SA", "EG", "JO"], "Persian": ["IR"],
    "Hebrew": ["IL"], "Hindi": ["IN"], "Marathi": ["IN"], "Bengali": ["BD"], "Tamil": ["IN", "LK"],
    "Telugu": ["IN"], "Kannada": ["IN"], "Malayalam": ["IN", "AE"], "Gujarati": ["IN", "GB"], "Punjabi": ["IN"],
    "Thai": ["TH"], "Georgian": ["GE"], "Armenian": ["AM"], "Amharic": ["ET"], "Sinhala": ["LK"],
    "Kazakh": ["KZ"],
}

_MAIL_COMMON = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "yahoo.com",
                "example.com", "example.org", "example.net", "mail.example", "fastmail.com")
_MAIL_REGIONAL = {
    "GB": ("btinternet.com", "hotmail.co.uk"), "DE": ("web.de", "gmx.de", "t-online.de"), "AT": ("gmx.at",),
    "FR": ("orange.fr", "free.fr", "laposte.net"), "IT": ("libero.it", "virgilio.it"), "ES": ("telefonica.net",),
    "PL": ("wp.pl", "onet.pl", "o2.pl"), "CZ": ("seznam.cz", "centrum.cz"), "RU": ("mail.ru", "yandex.ru"),
    "UA": ("ukr.net",), "JP": ("yahoo.co.jp", "docomo.ne.jp"), "KR": ("naver.com", "daum.net"),
    "CN": ("qq.com", "163.com"), "IN": ("rediffmail.com",), "BR": ("uol.com.br", "bol.com.br"),
    "AU": ("bigpond.com",), "NL": ("ziggo.nl", "kpnmail.nl"), "SE": ("telia.com",), "TR": ("yandex.com.tr",),
    "MX": ("prodigy.net.mx",), "ZA": ("mweb.co.za",), "NZ": ("xtra.co.nz",),
}


@dataclass
class Person:
    given: str  # display form (own script where it has one)
    family: str
    rom_given: str  # Latin form (diacritics kept)
    rom_family: str
    gender: str
    trad: str
    region: str
    script: str  # "Latin" or the script's language
    family_first: bool
    joiner: str = " "
    countries: tuple[str, ...] = ("US",)

    # display forms -------------------------------------------------------------------------------
    def full(self) -> str:
        """The name as written natively (own script and order)."""
        if self.family_first:
            return self.family + self.joiner + self.given
        return self.given + self.joiner + self.family

    def latin(self) -> str:
        """Latin form in the person's order."""
        if self.family_first:
            return self.rom_family + " " + self.rom_given
        return self.rom_given + " " + self.rom_family

    def western(self) -> str:
        return self.rom_given + " " + self.rom_family

    def last_first(self) -> str:
        return self.rom_family + ", " + self.rom_given

    def caps(self, ascii_only: bool = True) -> str:
        s = self.western()
        return (fold(s) if ascii_only else s).upper()

    def caps_last_first(self, sep: str = " ") -> str:
        return fold(self.rom_family).upper() + sep + fold(self.rom_given).upper()

    @property
    def a_given(self) -> str:
        return fold(self.rom_given)

    @property
    def a_family(self) -> str:
        return fold(self.rom_family)

    def is_latin(self) -> bool:
        return self.script == "Latin"

    # account names -------------------------------------------------------------------------------
    def _parts(self) -> tuple[str, str]:
        g = re.sub(r"[\s'\-]", "", fold(self.rom_given).lower())
        fam_words = [w for w in re.split(r"\s+", fold(self.rom_family)) if w.lower() not in ("bin", "binti")]
        f = re.sub(r"[\s'\-]", "", "".join(fam_words).lower())
        return g, f

    def account(self, rng: random.Random, style: str | None = None) -> str:
        g, f = self._parts()
        styles = ("first.last", "flast", "firstl", "f.last", "first_last", "firstlast", "last.first", "lastf",
                  "first.last#", "flast#", "first")
        style = style or rng.choice(styles)
        digits = str(rng.choice([1, 2, 3, 7, 9, 11, 12, 21, 42, 77, 84, 90, 99]))
        out = {
            "first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "f.last": f"{g[0]}.{f}",
            "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "last.first": f"{f}.{g}", "lastf": f"{f}{g[0]}",
            "first.last#": f"{g}.{f}{digits}", "flast#": f"{g[0]}{f}{digits}", "first": g,
        }[style]
        return out

    def email(self, rng: random.Random, domain: str | None = None) -> str:
        g, f = self._parts()
        local = rng.choice([f"{g}.{f}", f"{g}{f[0]}", f"{g[0]}{f}", f"{g}_{f}", f"{g}.{f}{rng.randint(1, 99)}",
                            f"{f}.{g}", f"{g}{rng.randint(70, 99)}", f"{g[0]}.{f}"])
        if domain is None:
            regional = [d for c in self.countries for d in _MAIL_REGIONAL.get(c, ())]
            pool = list(_MAIL_COMMON) + regional * 2
            domain = rng.choice(pool)
        return f"{local}@{domain}"

    # leak-check words ----------------------------------------------------------------------------
    def tokens(self) -> list[str]:
        out: list[str] = []
        for s in (self.given, self.family, self.rom_given, self.rom_family):
            for w in re.split(r"[\s\-]+", s):
                for x in (w, fold(w)):
                    if len(x) >= 2 and x.lower() not in PARTICLES and x not in out:
                        out.append(x)
        if self.joiner == "" and self.full() not in out:
            out.append(self.full())
        return out


def _latin_person(rng: random.Random, t: Tradition) -> Person:
    gender = rng.choice("mf")
    given = rng.choice(t.male if gender == "m" else t.female)
    sur = rng.choice(t.surnames)
    if "/" in sur:
        m, f = sur.split("/")
        sur = m if gender == "m" else f
    if t.order == "fg":
        ff = True if t.key in ("hu", "vi") else rng.random() < 0.5
    else:
        ff = False
    return Person(given, sur, given, sur, gender, t.key, t.region, "Latin", ff,
                  countries=tuple(_PHONE_COUNTRIES.get(t.key, ["US"])))


def _script_person(rng: random.Random) -> Person:
    script, fam, giv, rfam, rgiv, gender, order, joiner = rng.choice(SCRIPT_NAMES)
    return Person(giv, fam, rgiv, rfam, gender, script, "script", script, order == "fg", joiner,
                  countries=tuple(_PHONE_COUNTRIES.get(script, ["US"])))


def draw_person(rng: random.Random, scripts: float = 0.12, max_len: int | None = None) -> Person:
    """A person from one tradition; `scripts` is the chance of a name written in a non-Latin script."""
    for _ in range(100):
        if rng.random() < scripts:
            p = _script_person(rng)
        else:
            p = _latin_person(rng, rng.choice(TRADS))
        if max_len is None or len(p.western()) <= max_len:
            return p
    raise RuntimeError("no person fits")


def counts() -> dict[str, int]:
    given = {g for t in TRADS for g in t.male + t.female}
    sur = set()
    for t in TRADS:
        for s in t.surnames:
            sur.update(s.split("/"))
    return {
        "traditions": len(TRADS),
        "regions": len({t.region for t in TRADS}),
        "given": len(given),
        "surnames": len(sur),
        "script_pairs": len(SCRIPT_NAMES),
        "scripts": len({s[0] for s in SCRIPT_NAMES}),
    }
