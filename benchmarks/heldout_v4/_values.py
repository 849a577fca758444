"""Numbers and identifiers: phones, SSNs, cards, IP addresses, ids and timestamps (all from the seed)."""

from __future__ import annotations

import ipaddress
import random
from datetime import datetime, timedelta, timezone

# ------------------------------------------------------------------------------------------ phones
# iso: (country code, NSN pattern, national formats, international formats for the NSN)
# Pattern: X any digit, N 2-9, Y 0-8, [..] one of the listed digits, other characters literal.
# Formats: '#' takes the next NSN digit; the trunk prefix is written into the national format.
PLANS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "US": ("1", "NYX55501XX", ("(###) ###-####", "###-###-####", "###.###.####", "1-###-###-####"),
           ("###-###-####", "(###) ###-####", "### ### ####")),
    "CA": ("1", "NYX55501XX", ("(###) ###-####", "###-###-####"), ("###-###-####",)),
    "GB": ("44", "7700900XXX", ("0#### ######", "0##########", "0#### ### ###"), ("#### ######",)),
    "IE": ("353", "8[35679]XXXXXXX", ("0## ### ####", "0##-#######"), ("## ### ####",)),
    "DE": ("49", "1[567]XXXXXXXX", ("0### #######", "0###/#######", "0### ### ####", "(0###) #######"),
           ("### #######", "### ### ####")),
    "AT": ("43", "6[4-9]XXXXXXXX", ("0### #######", "0###/#######"), ("### #######",)),
    "CH": ("41", "7[5-9]XXXXXXX", ("0## ### ## ##",), ("## ### ## ##",)),
    "FR": ("33", "[67]XXXXXXXX", ("0# ## ## ## ##", "0#.##.##.##.##", "0#########"), ("# ## ## ## ##",)),
    "BE": ("32", "4[5-9]XXXXXXX", ("0### ## ## ##", "0###/##.##.##"), ("### ## ## ##",)),
    "NL": ("31", "6XXXXXXXX", ("0#-########", "0# ########", "0# ## ## ## ##"), ("# ########", "# ## ## ## ##")),
    "ES": ("34", "[67]XXXXXXXX", ("### ## ## ##", "### ### ###", "#########"), ("### ## ## ##", "### ### ###")),
    "PT": ("351", "9[1236]XXXXXXX", ("### ### ###",), ("### ### ###",)),
    "IT": ("39", "3[2-9]XXXXXXXX", ("### ### ####", "### #######", "###-#######"), ("### ### ####", "### #######")),
    "PL": ("48", "[5-8]XXXXXXXX", ("### ### ###", "###-###-###"), ("### ### ###", "## ### ## ##")),
    "CZ": ("420", "[67]XXXXXXXX", ("### ### ###",), ("### ### ###",)),
    "SE": ("46", "7[0236]XXXXXXX", ("0##-### ## ##", "0## ### ## ##"), ("## ### ## ##",)),
    "NO": ("47", "[49]XXXXXXX", ("### ## ###", "## ## ## ##"), ("### ## ###",)),
    "DK": ("45", "[2-9]XXXXXXX", ("## ## ## ##",), ("## ## ## ##",)),
    "FI": ("358", "4[0-6]XXXXXXX", ("0## ### ####", "0##-#######"), ("## ### ####",)),
    "IS": ("354", "[678]XXXXXX", ("### ####",), ("### ####",)),
    "LT": ("370", "6XXXXXXX", ("8 ### #####",), ("### #####",)),
    "LV": ("371", "2XXXXXXX", ("## ### ###",), ("## ### ###",)),
    "EE": ("372", "5XXXXXXX", ("#### ####",), ("#### ####",)),
    "GR": ("30", "69XXXXXXXX", ("### ### ####",), ("### ### ####",)),
    "TR": ("90", "5[0-5]XXXXXXXX", ("0### ### ## ##", "(0###) ### ## ##"), ("### ### ## ##",)),
    "RU": ("7", "9XXXXXXXXX", ("8 (###) ###-##-##", "8 ### ###-##-##"), ("### ###-##-##", "(###) ###-##-##")),
    "UA": ("380", "[679][3-8]XXXXXXX", ("0## ### ## ##", "(0##) ###-##-##"), ("## ### ## ##",)),
    "RO": ("40", "7[2-8]XXXXXXX", ("0### ### ###",), ("### ### ###",)),
    "HU": ("36", "[237]0XXXXXXX", ("06 ## ### ####", "06-##-###-####"), ("## ### ####",)),
    "RS": ("381", "6[0-6]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "HR": ("385", "9[1-9]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "SI": ("386", "[34]XXXXXXX", ("0## ### ###",), ("## ### ###",)),
    "BG": ("359", "8[7-9]XXXXXXX", ("0### ### ###",), ("### ### ###",)),
    "IL": ("972", "5[0-8]XXXXXXX", ("0##-###-####", "0##-#######"), ("##-###-####",)),
    "SA": ("966", "5XXXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "AE": ("971", "5[024568]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "JO": ("962", "7[789]XXXXXXX", ("0# #### ####",), ("# #### ####",)),
    "EG": ("20", "1[0125]XXXXXXXX", ("0### ### ####",), ("### ### ####",)),
    "MA": ("212", "[67]XXXXXXXX", ("0#-##-##-##-##", "0### ######"), ("###-######",)),
    "IR": ("98", "9[0-3]XXXXXXXX", ("0### ### ####",), ("### ### ####",)),
    "NG": ("234", "[789][01]XXXXXXXX", ("0### ### ####",), ("### ### ####",)),
    "GH": ("233", "[25]XXXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "SN": ("221", "7[0678]XXXXXXX", ("## ### ## ##",), ("## ### ## ##",)),
    "KE": ("254", "7XXXXXXXX", ("0### ######", "0###-######"), ("### ######",)),
    "ET": ("251", "9XXXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "ZA": ("27", "[678][1-4]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "ZW": ("263", "7[1378]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "IN": ("91", "[6-9]XXXXXXXXX", ("0##### #####", "#####-#####", "##### #####"), ("##### #####", "##########")),
    "PK": ("92", "3[0-4]XXXXXXXX", ("0###-#######", "0### #######"), ("### #######",)),
    "BD": ("880", "1[3-9]XXXXXXXX", ("0####-######",), ("####-######",)),
    "LK": ("94", "7[0-8]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "CN": ("86", "1[3-9]XXXXXXXXX", ("### #### ####", "###-####-####", "###########"), ("### #### ####",)),
    "HK": ("852", "[569]XXXXXXX", ("#### ####",), ("#### ####",)),
    "TW": ("886", "9XXXXXXXX", ("0###-###-###", "0### ### ###"), ("### ### ###",)),
    "JP": ("81", "[789]0XXXXXXXX", ("0##-####-####",), ("##-####-####",)),
    "KR": ("82", "10XXXXXXXX", ("0##-####-####",), ("##-####-####",)),
    "SG": ("65", "[89]XXXXXXX", ("#### ####",), ("#### ####",)),
    "MY": ("60", "1[0-9]XXXXXXX", ("0##-### ####",), ("##-### ####",)),
    "ID": ("62", "8[1-5]XXXXXXXXX", ("0###-####-####",), ("###-####-####",)),
    "PH": ("63", "9XXXXXXXXX", ("0### ### ####",), ("### ### ####",)),
    "VN": ("84", "[35789]XXXXXXXX", ("0## ### ####", "0### ### ###"), ("## ### ####",)),
    "TH": ("66", "[689]XXXXXXXX", ("0##-###-####",), ("##-###-####",)),
    "AU": ("61", "4915[7][0-9]XXX", ("0### ### ###",), ("### ### ###",)),
    "NZ": ("64", "2[0-9]XXXXXXX", ("0## ### ####",), ("## ### ####",)),
    "WS": ("685", "7[2-7]XXXXX", ("#######",), ("## #####",)),
    "BR": ("55", "[1-9][1-9]9XXXXXXXX", ("(##) #####-####", "## #####-####"), ("## #####-####",)),
    "MX": ("52", "[1-9]XXXXXXXXX", ("## #### ####", "(##) ####-####"), ("## #### ####",)),
    "AR": ("54", "911XXXXXXXX", (), ("# ## ####-####",)),
    "CO": ("57", "3[0-2]XXXXXXXX", ("### #######", "### ### ####"), ("### #######",)),
    "CL": ("56", "9XXXXXXXX", ("# #### ####",), ("# #### ####",)),
    "PE": ("51", "9XXXXXXXX", ("### ### ###",), ("### ### ###",)),
    "GE": ("995", "5[0-9]XXXXXXX", ("### ## ## ##",), ("### ## ## ##",)),
    "AM": ("374", "9[1-9]XXXXXX", ("0## ######",), ("## ######",)),
    "AZ": ("994", "5[015]XXXXXXX", ("0## ### ## ##",), ("## ### ## ##",)),
    "KZ": ("7", "7[0-7]XXXXXXXX", ("8 ### ### ## ##",), ("### ### ## ##",)),
}
COUNTRIES = tuple(PLANS)


def _nsn(rng: random.Random, pat: str) -> str:
    out, i = [], 0
    while i < len(pat):
        c = pat[i]
        if c == "[":
            j = pat.index("]", i)
            opts = pat[i + 1 : j]
            if "-" in opts and len(opts) == 3:
                opts = "".join(str(d) for d in range(int(opts[0]), int(opts[2]) + 1))
            out.append(rng.choice(opts))
            i = j + 1
            continue
        if c == "X":
            out.append(str(rng.randint(0, 9)))
        elif c == "N":
            out.append(str(rng.randint(2, 9)))
        elif c == "Y":
            out.append(str(rng.randint(0, 8)))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _fill(fmt: str, digits: str) -> str:
    if fmt.count("#") != len(digits):
        raise AssertionError(f"format {fmt!r} does not fit {digits!r}")
    it = iter(digits)
    return "".join(next(it) if c == "#" else c for c in fmt)


PHONE_STYLES = ("e164", "e164np", "intl", "intl00", "nat")


def phone(rng: random.Random, country: str | None = None, style: str | None = None) -> str:
    country = country or rng.choice(COUNTRIES)
    cc, pat, nat, intl = PLANS[country]
    nsn = _nsn(rng, pat)
    style = style or rng.choice(("e164", "e164", "intl", "intl", "nat", "nat", "nat", "e164np", "intl00"))
    if style == "nat" and not nat:
        style = "intl"
    if style == "e164":
        return "+" + cc + nsn
    if style == "e164np":
        return cc + nsn
    if style == "intl":
        return "+" + cc + " " + _fill(rng.choice(intl), nsn)
    if style == "intl00":
        return "00" + cc + " " + _fill(rng.choice(intl), nsn)
    return _fill(rng.choice(nat), nsn)


# --------------------------------------------------------------------------------------------- SSN
def ssn(rng: random.Random, style: str = "dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if style == "last4":
        return f"{s:04d}"
    sep = {"dash": "-", "space": " ", "bare": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


# ------------------------------------------------------------------------------------------- cards
def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


_BRANDS = (
    ("visa", lambda r: "4", 16), ("visa", lambda r: "4", 16), ("mc", lambda r: str(r.randint(51, 55)), 16),
    ("mc2", lambda r: str(r.randint(2221, 2720)), 16), ("amex", lambda r: r.choice(["34", "37"]), 15),
    ("disc", lambda r: r.choice(["6011", "65"]), 16), ("jcb", lambda r: str(r.randint(3528, 3589)), 16),
    ("up", lambda r: "62" + str(r.randint(0, 9)), 16),
)


def card(rng: random.Random, style: str | None = None, brand: str | None = None) -> str:
    choices = [b for b in _BRANDS if brand is None or b[0] == brand]
    _name, pre, length = rng.choice(choices)
    d = _luhn_complete(pre(rng), length, rng)
    style = style or rng.choice(("plain", "plain", "space", "dash"))
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if length == 15:
        return d[:4] + sep + d[4:10] + sep + d[10:]
    return sep.join(d[i : i + 4] for i in range(0, 16, 4))


def not_card_digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    """A digit run that is not a Luhn-valid card-like number."""
    while True:
        d = rng.choice(first) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not (13 <= n <= 19 and d[0] in "23456" and luhn_ok(d)):
            return d


# -------------------------------------------------------------------------------------------- IPs
_PUBLIC_FIRST = (24, 31, 37, 41, 45, 62, 77, 81, 89, 94, 102, 105, 109, 112, 118, 122, 134, 139, 151, 165, 176,
                 178, 185, 188, 196, 197, 201, 212, 217)


def ip4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("doc", "doc", "private", "private", "public", "public", "public"))
    if kind == "doc":
        net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{rng.randint(1, 254)}"
    if kind == "private":
        k = rng.randint(0, 2)
        if k == 0:
            return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if k == 1:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"{rng.choice(_PUBLIC_FIRST)}.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def lan_ip(rng: random.Random) -> str:
    return f"192.168.{rng.choice((0, 1, 1, 2, 10, 178))}.{rng.randint(2, 250)}"


def ip6(rng: random.Random) -> str:
    pre = rng.choice(("2001:db8", "2001:db8", "2a02:8108", "2600:1700", "2406:da18", "fd3c:9e1a"))
    groups = pre.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.5:
        groups[2:5] = ["0", "0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def any_ip(rng: random.Random, v6: float = 0.1) -> str:
    return ip6(rng) if rng.random() < v6 else ip4(rng)


# ----------------------------------------------------------------------------------------- ids etc.
def uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def upper_alnum(rng: random.Random, n: int) -> str:
    return alnum(rng, n, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


BASE_TIME = datetime(2026, 10, 19, 0, 0, 0, tzinfo=timezone.utc)


def when(rng: random.Random) -> datetime:
    return BASE_TIME + timedelta(seconds=rng.randint(0, 40 * 86400), microseconds=rng.randint(0, 999999))


def aba_routing(rng: random.Random) -> str:
    """A 9-digit ABA routing number with a valid check digit."""
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        r = "".join(map(str, d)) + str(c)
        if r[:2] not in ("00",):
            return r


def gln(rng: random.Random, prefix: str | None = None) -> str:
    """A 13-digit GS1 location number with a valid GS1 check digit that is not Luhn-valid."""
    while True:
        pre = prefix or rng.choice(("40", "42", "50", "54", "57", "76", "87", "93"))
        body = pre + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(pre)))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        g = body + str((10 - s % 10) % 10)
        if not luhn_ok(g):
            return g


def iban_de(rng: random.Random) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    num = int(bban + "131400")  # D=13 E=14 00
    check = 98 - num % 97
    return f"DE{check:02d}{bban}"
