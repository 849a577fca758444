"""Random labelled values (phones, SSNs, cards, IPs) and unlabelled filler (ids, times), all drawn
from the caller's random stream so output depends only on the seed."""

from __future__ import annotations

import ipaddress
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# ------------------------------------------------------------------------------------------- phones


@dataclass(frozen=True)
class Phone:
    country: str
    cc: str  # country calling code, digits
    nsn: str  # national significant number, digits
    intl: str  # "+CC grouped" as the country writes it internationally
    national: str  # the usual domestic form

    @property
    def e164(self) -> str:
        return f"+{self.cc}{self.nsn}"

    @property
    def msisdn(self) -> str:
        """E.164 without the plus, as telecom and RADIUS systems write it."""
        return f"{self.cc}{self.nsn}"

    def any(self, rng: random.Random) -> str:
        return rng.choice([self.e164, self.e164, self.intl, self.national])


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _g(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """Group the digits of s by sizes (the last group takes the rest)."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _us(rng: random.Random, areas: tuple[str, ...], country: str) -> Phone:
    # 555-0100..0199 is the fictional range of the North American plan.
    npa = rng.choice(areas)
    line = "01" + _d(rng, 2)
    nsn = f"{npa}555{line}"
    nat = rng.choice([f"({npa}) 555-{line}", f"{npa}-555-{line}", f"{npa}.555.{line}"])
    return Phone(country, "1", nsn, f"+1 {npa}-555-{line}", nat)


def _mk(cc: str, country: str, nsn: str, intl_sizes: tuple[int, ...], nat: str, intl_sep: str = " ") -> Phone:
    return Phone(country, cc, nsn, f"+{cc} " + _g(nsn, intl_sizes, intl_sep), nat)


def _phone_for(country: str, rng: random.Random) -> Phone:
    d = lambda n: _d(rng, n)  # noqa: E731
    if country == "US":
        return _us(rng, ("212", "312", "415", "503", "617", "702", "808", "919"), "US")
    if country == "CA":
        return _us(rng, ("416", "514", "604", "613", "780", "902"), "CA")
    if country == "GB":
        nsn = "7700900" + d(3)  # Ofcom drama range
        return _mk("44", country, nsn, (4, 6), "0" + _g(nsn, (4,)))
    if country == "DE":
        nsn = "15" + rng.choice("1279") + d(8)
        return _mk("49", country, nsn, (3,), rng.choice(["0" + _g(nsn, (3,)), "0" + _g(nsn, (3,), "/")]))
    if country == "FR":
        nsn = rng.choice("67") + d(8)
        return _mk("33", country, nsn, (1, 2, 2, 2, 2), "0" + _g(nsn, (1, 2, 2, 2, 2)))
    if country == "ES":
        nsn = "6" + d(8)
        return _mk("34", country, nsn, (3, 2, 2, 2), _g(nsn, (3, 3, 3)))
    if country == "IT":
        nsn = "3" + rng.choice("234589") + d(8)
        return _mk("39", country, nsn, (3, 3), _g(nsn, (3, 3)))
    if country == "NL":
        nsn = "6" + d(8)
        return _mk("31", country, nsn, (1,), "06-" + nsn[1:])
    if country == "IN":
        nsn = rng.choice("9876") + d(9)
        return _mk("91", country, nsn, (5,), rng.choice(["0" + _g(nsn, (5,)), _g(nsn, (5,))]))
    if country == "NG":
        nsn = rng.choice(["803", "806", "813", "816", "703", "706", "903", "905", "810"]) + d(7)
        return _mk("234", country, nsn, (3, 3), "0" + _g(nsn, (3, 3)))
    if country == "KE":
        nsn = "7" + rng.choice(["0", "1", "2", "4", "9"]) + d(7)
        return _mk("254", country, nsn, (3,), "0" + _g(nsn, (3, 3)))
    if country == "ZA":
        nsn = rng.choice(["82", "83", "72", "76", "61", "79"]) + d(7)
        return _mk("27", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "BR":
        area = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        rest = "9" + d(8)
        nsn = area + rest
        return Phone(country, "55", nsn, f"+55 {area} {rest[:5]}-{rest[5:]}", f"({area}) {rest[:5]}-{rest[5:]}")
    if country == "MX":
        nsn = rng.choice(["55", "33", "81"]) + d(8)
        return _mk("52", country, nsn, (2, 4), _g(nsn, (2, 4)))
    if country == "JP":
        nsn = rng.choice(["90", "80", "70"]) + d(8)
        return _mk("81", country, nsn, (2, 4), "0" + _g(nsn, (2, 4), "-"), "-")
    if country == "KR":
        nsn = "10" + d(8)
        return _mk("82", country, nsn, (2, 4), "0" + _g(nsn, (2, 4), "-"), "-")
    if country == "CN":
        nsn = "1" + rng.choice("35789") + d(9)
        return _mk("86", country, nsn, (3, 4), _g(nsn, (3, 4)))
    if country == "AU":
        nsn = "4915701" + d(2)  # ACMA range for drama and examples
        return _mk("61", country, nsn, (3, 3), "0" + _g(nsn, (3, 3)))
    if country == "PH":
        nsn = "9" + rng.choice(["17", "18", "27", "98", "55"]) + d(7)
        return _mk("63", country, nsn, (3, 3), "0" + _g(nsn, (3, 3)))
    if country == "ID":
        nsn = "8" + rng.choice(["11", "12", "13", "21", "52", "57"]) + d(8)
        return _mk("62", country, nsn, (3, 4), "0" + _g(nsn, (3, 4), "-"), "-")
    if country == "TR":
        nsn = "5" + rng.choice(["32", "33", "42", "05", "55"]) + d(7)
        return _mk("90", country, nsn, (3, 3, 2), "0" + _g(nsn, (3, 3, 2)))
    if country == "PL":
        nsn = rng.choice("5678") + d(8)
        return _mk("48", country, nsn, (3, 3), _g(nsn, (3, 3)))
    if country == "SE":
        nsn = "7" + rng.choice("0236") + d(7)
        return _mk("46", country, nsn, (2, 3, 2), f"0{nsn[:2]}-{_g(nsn[2:], (3, 2))}")
    if country == "AE":
        nsn = "5" + rng.choice("0245") + d(7)
        return _mk("971", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "EG":
        nsn = "1" + rng.choice("0125") + d(8)
        return _mk("20", country, nsn, (2, 4), "0" + _g(nsn, (2, 4)))
    if country == "VN":
        nsn = rng.choice(["9", "3", "8"]) + d(8)
        return _mk("84", country, nsn, (3, 3), "0" + _g(nsn, (3, 3)))
    if country == "IE":
        nsn = "8" + rng.choice("35679") + d(7)
        return _mk("353", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "NZ":
        nsn = "2" + rng.choice("17") + d(7)
        return _mk("64", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "GH":
        nsn = rng.choice(["24", "20", "54", "55"]) + d(7)
        return _mk("233", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "SA":
        nsn = "5" + rng.choice("03456") + d(7)
        return _mk("966", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "PK":
        nsn = "3" + rng.choice(["00", "01", "21", "33", "45"]) + d(7)
        return _mk("92", country, nsn, (3,), "0" + _g(nsn, (3,)))
    if country == "RU":
        nsn = "9" + d(9)
        return Phone(
            country,
            "7",
            nsn,
            f"+7 {nsn[:3]} {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}",
            f"8 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}",
        )
    if country == "UA":
        nsn = rng.choice(["67", "50", "93", "97", "63"]) + d(7)
        return _mk("380", country, nsn, (2, 3), "0" + _g(nsn, (2, 3)))
    if country == "AR":
        nsn = "911" + d(8)
        return Phone(country, "54", nsn, f"+54 9 11 {nsn[3:7]}-{nsn[7:]}", f"011 15-{nsn[3:7]}-{nsn[7:]}")
    raise KeyError(country)


COUNTRIES = (
    "US",
    "US",
    "US",
    "CA",
    "GB",
    "GB",
    "GB",
    "DE",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "IN",
    "IN",
    "NG",
    "KE",
    "ZA",
    "BR",
    "BR",
    "MX",
    "JP",
    "KR",
    "CN",
    "AU",
    "PH",
    "ID",
    "TR",
    "PL",
    "SE",
    "AE",
    "EG",
    "VN",
    "IE",
    "NZ",
    "GH",
    "SA",
    "PK",
    "RU",
    "UA",
    "AR",
)


def phone(rng: random.Random, country: str | None = None) -> Phone:
    return _phone_for(country or rng.choice(COUNTRIES), rng)


# --------------------------------------------------------------------------------- SSNs and cards


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    """An SSN in the issuable ranges: area 001-899 except 666, group 01-99, serial 0001-9999."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, style: str = "dash") -> str:
    a, g, s = ssn_parts(rng)
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}"}[style]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng: random.Random, style: str | None = None) -> str:
    """A Luhn-valid PAN of a real brand's shape, plain, spaced or dashed."""
    brand = rng.choice(["visa", "visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "unionpay"])
    prefix, length = {
        "visa": ("4" + _d(rng, 5), 16),
        "mc": (str(rng.randint(51, 55)) + _d(rng, 4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + _d(rng, 2), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "discover": (rng.choice(["6011", "644", "65"]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "unionpay": ("62" + _d(rng, 4), 16),
    }[brand]
    pan = _luhn_complete(prefix, length, rng)
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return pan
    sep = " " if style == "space" else "-"
    return _g(pan, (4, 6, 5) if length == 15 else (4, 4, 4, 4), sep)


def last4(rng: random.Random) -> str:
    return _d(rng, 4)


# ------------------------------------------------------------------------------------------- IPs
_PUBLIC_V4 = (
    "203.0.113",
    "198.51.100",
    "192.0.2",
    "81.2",
    "89.187",
    "102.89",
    "41.203",
    "177.71",
    "190.12",
    "49.36",
    "110.44",
    "118.69",
    "185.220",
    "212.58",
    "62.171",
    "77.111",
    "94.23",
    "105.112",
    "146.70",
    "154.16",
    "196.207",
    "200.55",
    "31.13",
    "151.101",
    "24.114",
)


def ipv4_public(rng: random.Random) -> str:
    p = rng.choice(_PUBLIC_V4)
    rest = 4 - p.count(".") - 1
    return p + "".join("." + str(rng.randint(1, 254)) for _ in range(rest))


def ipv4_private(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.5:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if k < 0.75:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2001:db8", "2a02:c7c", "2600:1700", "2409:8a1e", "2c0f:fb50", "2804:14c", "fd12:3456"])
    groups = prefix.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:  # many addresses have zero runs, which compress to ::
        k = rng.randint(2, 4)
        for i in range(k, k + rng.randint(2, 3)):
            groups[i] = "0"
    return ipaddress.IPv6Address(":".join(groups)).compressed


def ip(rng: random.Random, v6_share: float = 0.1, private_share: float = 0.3) -> str:
    r = rng.random()
    if r < v6_share:
        return ipv6(rng)
    return ipv4_private(rng) if r < v6_share + private_share else ipv4_public(rng)


def port(rng: random.Random) -> int:
    return rng.randint(1025, 65000)


# ------------------------------------------------------------------------------------- ids, times
def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def alnum_upper(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


_BASE = datetime(2026, 11, 16, 0, 0, 0, tzinfo=timezone.utc)


def moment(rng: random.Random) -> datetime:
    """A random instant in the two weeks before the set was made."""
    return _BASE + timedelta(seconds=rng.randint(0, 16 * 86400), microseconds=rng.randint(0, 999999))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def iso_z(t: datetime, digits: int = 3) -> str:
    frac = f"{t.microsecond:06d}"[:digits]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if digits else "") + "Z"


def syslog_ts(t: datetime) -> str:
    return f"{MONTHS[t.month - 1]} {t.day:>2} {t:%H:%M:%S}"


def clf_ts(t: datetime) -> str:
    return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000"


def ctime_ts(t: datetime) -> str:
    return f"{DAYS[t.weekday()]} {MONTHS[t.month - 1]} {t.day:>2} {t:%H:%M:%S} {t.year}"


def epoch(t: datetime) -> int:
    return int(t.timestamp())


def epoch_ms(t: datetime) -> int:
    return epoch(t) * 1000 + t.microsecond // 1000


# ------------------------------------------------------------------------------------- e-mail domains
PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.co.uk",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "yahoo.co.jp",
    "naver.com",
    "qq.com",
    "mail.ru",
    "ukr.net",
    "seznam.cz",
    "wp.pl",
    "uol.com.br",
    "rediffmail.com",
    "example.com",
    "example.org",
    "mailbox.example.net",
)
WORK_DOMAINS = (
    "corp.example.com",
    "northwind.example",
    "acme-logistics.example",
    "fabrikam.example.org",
    "globex.example.net",
    "tailspin.example",
    "initech.example.com",
    "contoso.example",
    "wingtip.example.org",
    "bluebird-health.example",
)
