"""Random PII values (phones, SSNs, cards, IPs, e-mails) and non-PII look-alikes, all seeded."""
from __future__ import annotations

import random
import string

from _names import Person, account, fold

# ---------------------------------------------------------------------------- phones
# country -> (country code, NSN prefixes, NSN length, international grouping, trunk prefix)
PHONE_PLANS: dict[str, tuple[str, list[str], int, list[int], str]] = {
    "GB": ("44", ["7700900"], 10, [4, 6], "0"),
    "DE": ("49", ["151", "160", "170", "176"], 11, [3, 8], "0"),
    "NG": ("234", ["803", "806", "813", "905"], 10, [3, 3, 4], "0"),
    "KE": ("254", ["712", "722", "733", "110"], 9, [3, 3, 3], "0"),
    "IN": ("91", ["98", "97", "88", "70"], 10, [5, 5], "0"),
    "UZ": ("998", ["90", "93", "97"], 9, [2, 3, 2, 2], "0"),
    "KZ": ("7", ["701", "705", "747"], 10, [3, 3, 2, 2], "8"),
    "PH": ("63", ["917", "918", "927"], 10, [3, 3, 4], "0"),
    "NZ": ("64", ["21", "22", "27"], 9, [2, 3, 4], "0"),
    "BR": ("55", ["119", "219", "319"], 11, [2, 5, 4], "0"),
    "FR": ("33", ["6", "7"], 9, [1, 2, 2, 2, 2], "0"),
    "JP": ("81", ["90", "80", "70"], 10, [2, 4, 4], "0"),
    "AU": ("61", ["4"], 9, [3, 3, 3], "0"),
    "TR": ("90", ["53", "54", "55"], 10, [3, 3, 2, 2], "0"),
    "IL": ("972", ["50", "52", "54"], 9, [2, 3, 4], "0"),
    "GE": ("995", ["555", "577", "599"], 9, [3, 2, 2, 2], "0"),
    "ZA": ("27", ["82", "83", "72"], 9, [2, 3, 4], "0"),
    "MX": ("52", ["55", "33", "81"], 10, [2, 4, 4], ""),
    "ID": ("62", ["812", "813", "857"], 11, [3, 4, 4], "0"),
    "VN": ("84", ["90", "91", "98"], 9, [2, 3, 4], "0"),
    "EG": ("20", ["10", "11", "12"], 10, [2, 4, 4], "0"),
    "AE": ("971", ["50", "55", "56"], 9, [2, 3, 4], "0"),
    "PK": ("92", ["300", "321", "345"], 10, [3, 7], "0"),
    "FJ": ("679", ["7", "9"], 7, [3, 4], ""),
    "WS": ("685", ["72", "75"], 7, [2, 5], ""),
}
PHONE_STYLES = ["e164", "intl", "intl_dash", "national", "msisdn", "iso"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _group(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return [g for g in out if g]


def _us_nsn(rng: random.Random) -> str:
    npa = str(rng.randrange(2, 10)) + _digits(rng, 2)
    while npa[1:] == "11":
        npa = str(rng.randrange(2, 10)) + _digits(rng, 2)
    return npa + "55501" + _digits(rng, 2)


def phone(rng: random.Random, style: str | None = None, country: str | None = None) -> str:
    """A phone number of a random country in one of PHONE_STYLES."""
    style = style or rng.choice(PHONE_STYLES)
    country = country or rng.choice(["US", "US", *sorted(PHONE_PLANS)])
    if country == "US":
        nsn = _us_nsn(rng)
        cc, groups, trunk = "1", [3, 3, 4], "1"
        if style == "national":
            return rng.choice([f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                               f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
    else:
        cc, prefixes, length, groups, trunk = PHONE_PLANS[country]
        pre = rng.choice(prefixes)
        nsn = pre + _digits(rng, length - len(pre))
    parts = _group(nsn, groups)
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} " + " ".join(parts)
    if style == "intl_dash":
        return f"+{cc}-" + "-".join(parts)
    if style == "msisdn":
        return cc + nsn
    if style == "iso":
        return f"+{cc}-{nsn}"
    sep = "-" if country in {"JP", "BR"} else " "
    return trunk + (" " if trunk == "8" else "") + sep.join(parts)


# ---------------------------------------------------------------------------- SSNs
def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    """Area, group and serial of a number in the issuable SSN ranges."""
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    return f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"


def ssn(rng: random.Random, fmt: str | None = None) -> str:
    """A valid-range SSN: 'dash', 'space' or 'plain'."""
    a, g, s = ssn_parts(rng)
    fmt = fmt or rng.choice(["dash", "dash", "space", "plain"])
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[fmt]


def invalid_ssn(rng: random.Random) -> str:
    """A dashed 9-digit number that can never be an SSN (area 000/666/9xx, group 00, serial 0000)."""
    kind = rng.randrange(4)
    a, g, s = ssn_parts(rng)
    if kind == 0:
        a = str(rng.randrange(900, 1000))
    elif kind == 1:
        a = rng.choice(["000", "666"])
    elif kind == 2:
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


# ---------------------------------------------------------------------------- cards
def luhn_ok(digits: str) -> bool:
    """Luhn checksum test."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(rng: random.Random, brand: str | None = None) -> str:
    """Luhn-valid PAN digits for Visa, Mastercard, Amex or Discover."""
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        return _luhn_complete(rng, "4", 16)
    if brand == "mc":
        pre = rng.choice([str(rng.randrange(51, 56)), str(rng.randrange(2221, 2721))])
        return _luhn_complete(rng, pre, 16)
    if brand == "amex":
        return _luhn_complete(rng, rng.choice(["34", "37"]), 15)
    return _luhn_complete(rng, rng.choice(["6011", "65"]), 16)


def fmt_card(rng: random.Random, d: str, fmt: str | None = None) -> str:
    """Format PAN digits plain, spaced or dashed (Amex 4-6-5)."""
    fmt = fmt or rng.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(rng: random.Random, fmt: str | None = None, brand: str | None = None) -> str:
    """A formatted Luhn-valid card number."""
    return fmt_card(rng, card_digits(rng, brand), fmt)


def luhn_invalid(rng: random.Random, length: int = 16) -> str:
    """A digit string starting like a Visa number whose Luhn check fails."""
    d = _luhn_complete(rng, "4", length)
    return d[:-1] + str((int(d[-1]) + rng.randrange(1, 10)) % 10)


def masked_pan(rng: random.Random) -> str:
    """A masked card number (not PII by the conventions)."""
    d = card_digits(rng)
    return rng.choice([f"{d[:6]}******{d[-4:]}", f"**** **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}",
                       f"•••• {d[-4:]}", f"{d[:4]} **** **** {d[-4:]}"])


def imei(rng: random.Random) -> str:
    """A Luhn-valid 15-digit IMEI (not PII by the conventions)."""
    return _luhn_complete(rng, rng.choice(["35", "86", "01", "99"]) + _digits(rng, 6), 15)


def imsi(rng: random.Random) -> str:
    """A 15-digit IMSI (not PII by the conventions)."""
    return rng.choice(["234", "262", "621", "639", "434", "401", "286"]) + _digits(rng, 12)


def iban(rng: random.Random, country: str | None = None) -> str:
    """A check-digit-valid IBAN (not labelled by the conventions)."""
    country = country or rng.choice(["DE", "NL", "FR", "GB", "ES", "BE", "AT", "TR"])
    lens = {"DE": 18, "NL": 14, "FR": 23, "GB": 18, "ES": 20, "BE": 12, "AT": 16, "TR": 22}
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + _digits(rng, 10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL"]) + _digits(rng, 14)
    else:
        bban = _digits(rng, lens[country])
    conv = "".join(str(int(c, 36)) for c in bban + country) + "00"
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def bic(rng: random.Random) -> str:
    """A BIC-shaped code."""
    return rng.choice(["DEUTDEFF", "INGBNL2A", "BNPAFRPP", "NWBKGB2L", "CAIXESBB", "GEBABEBB",
                       "BKAUATWW", "TGBATRIS", "ABNANL2A", "COBADEFF"]) + rng.choice(["", "XXX", "500"])


# ---------------------------------------------------------------------------- IPs
def ipv4(rng: random.Random) -> str:
    """A random IPv4 address (private or public ranges)."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 1:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 2:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    first = rng.choice([a for a in range(1, 224) if a not in (10, 127, 169, 172, 192)])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    """A random global IPv6 address, compressed form."""
    pre = rng.choice(["2001:db8", "2a02:8108", "2c0f:fe38", "2406:da18", "2600:1f18"])
    groups = [format(rng.randrange(1, 0x10000), "x") for _ in range(rng.choice([2, 3, 4]))]
    return pre + "::" + ":".join(groups)


def ip(rng: random.Random, v6: float = 0.08) -> str:
    """IPv4 most of the time, IPv6 with probability ``v6``."""
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


# ---------------------------------------------------------------------------- e-mail
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "contoso.com",
           "fabrikam.io", "northwind.example", "acme-corp.example", "post.example.de",
           "correo.example.mx", "mail.example.co.za", "example.co.uk", "kampuni.example.co.ke",
           "example.com.au", "inbox.example.kz", "pasifika.example.nz", "example.in",
           "posta.example.com.tr", "example.ph"]


def email(rng: random.Random, p: Person | None = None, domain: str | None = None) -> str:
    """An e-mail address, built from the person's name when it is Latin-script."""
    domain = domain or rng.choice(DOMAINS)
    if p is not None and p.latin and rng.random() < 0.85:
        local = account(p, rng, rng.choice(["first.last", "flast", "first_last", "firstl",
                                            "first.last", "firstlast"]))
        if rng.random() < 0.1:
            local += "+" + rng.choice(["shop", "billing", "hotel", "news", "2026"])
        if rng.random() < 0.08:
            local = ".".join(x.capitalize() for x in local.split("."))
    else:
        syl = ["ka", "lo", "mi", "ra", "zen", "tu", "vo", "na", "shi", "ko", "ba", "el"]
        local = "".join(rng.choice(syl) for _ in range(rng.randrange(2, 4))) + str(rng.randrange(10, 999))
    return f"{local}@{domain}"


def rand_hex(rng: random.Random, n: int) -> str:
    """n lower-case hex digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """n random characters from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng: random.Random, n: int) -> str:
    """n random digits, the first non-zero."""
    return str(rng.randrange(1, 10)) + _digits(rng, n - 1)


def acct_or_fold(p: Person, rng: random.Random) -> str:
    """A login for ``p`` (Latin names), used by templates that need one."""
    assert p.latin and fold(p.family)
    return account(p, rng)
