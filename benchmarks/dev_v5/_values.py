"""Random numbers: phones of many countries, SSNs, Luhn-valid cards, IP addresses."""

from __future__ import annotations

import ipaddress
import random

# '#' is a random digit; 'A' a US area code drawn from the list below.
_US_AREAS = ["212", "312", "415", "617", "713", "206", "303", "404", "512", "646", "305", "702", "919"]
PHONE_PATTERNS: dict[str, list[str]] = {
    "US": ["(A) 555-01##", "A-555-01##", "+1 A 555 01##", "+1A55501##", "A.555.01##", "1-A-555-01##", "+1 (A) 555-01##"],
    "GB": ["+44 7700 900###", "07700 900###", "+447700900###", "+44 (0)20 7946 0###", "020 7946 0###"],
    "DE": ["+49 151 ########", "0151 ########", "+49 (0)30 #######", "030/#######", "+4917#########", "0171-#######"],
    "FR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "06.##.##.##.##", "+33 (0)1 ## ## ## ##", "+337########"],
    "IN": ["+91 98### #####", "098### #####", "+91-97###-#####", "+9199########"],
    "JP": ["+81 90-####-####", "090-####-####", "03-####-####", "+81-80-####-####"],
    "BR": ["+55 11 9####-####", "(11) 9####-####", "+55 (21) 9####-####", "+55119########"],
    "AU": ["+61 4## ### ###", "04## ### ###", "(02) #### ####", "+614########"],
    "MX": ["+52 55 #### ####", "+52 1 33 #### ####", "55 #### ####"],
    "NG": ["+234 803 ### ####", "0803 ### ####", "+234 81# ### ####", "+23480########"],
    "ZA": ["+27 82 ### ####", "082 ### ####", "+2772#######"],
    "CN": ["+86 138 #### ####", "138 #### ####", "+86 139-####-####"],
    "KR": ["+82 10-####-####", "010-####-####", "+82 2-###-####"],
    "ES": ["+34 612 ## ## ##", "612 ### ###", "+34 91 ### ## ##"],
    "IT": ["+39 347 ### ####", "347 #######", "+39 06 #### ####"],
    "NL": ["+31 6 ########", "06-########", "+31 (0)20 ### ####"],
    "SE": ["+46 70 ### ## ##", "070-### ## ##", "+46 8 ### ### ##"],
    "RU": ["+7 (916) ###-##-##", "8 916 ###-##-##", "+7 495 ###-##-##"],
    "AE": ["+971 50 ### ####", "050 ### ####", "+971-4-###-####"],
    "PH": ["+63 917 ### ####", "0917 ### ####"],
    "ID": ["+62 812-####-####", "0812-####-####"],
    "KE": ["+254 712 ######", "0712 ######", "+254 7## ### ###"],
    "TR": ["+90 532 ### ## ##", "0532 ### ## ##"],
    "PL": ["+48 512 ### ###", "512-###-###"],
    "IE": ["+353 87 ### ####", "087 ### ####"],
    "EG": ["+20 10 #### ####", "010 #### ####"],
    "VN": ["+84 91 ### ## ##", "091 ### ####"],
    "CA": ["+1 (A) 555-01##", "A 555 01##"],
}


def phone(r: random.Random, cc: str | None = None) -> str:
    cc = cc or r.choice(sorted(PHONE_PATTERNS))
    pat = r.choice(PHONE_PATTERNS[cc])
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(r.randint(0, 9)))
        elif ch == "A":
            out.append(r.choice(_US_AREAS))
        else:
            out.append(ch)
    return "".join(out)


def ssn_parts(r: random.Random) -> tuple[str, str, str]:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn(r: random.Random, style: str | None = None) -> str:
    a, g, s = ssn_parts(r)
    style = r.choice(["-", "-", "-", " ", ""]) if style is None else style
    return f"{a}{style}{g}{style}{s}"


def last4(r: random.Random) -> str:
    return f"{r.randint(1, 9999):04d}"


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(r: random.Random) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        return _luhn_complete("4", 16, r)
    if kind == "mc":
        return _luhn_complete(str(r.randint(51, 55)), 16, r)
    if kind == "mc2":
        return _luhn_complete(str(r.randint(2221, 2720)), 16, r)
    if kind == "amex":
        return _luhn_complete(r.choice(["34", "37"]), 15, r)
    return _luhn_complete("6011", 16, r)


def fmt_card(d: str, style: str) -> str:
    if style == "":
        return d
    groups = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i : i + 4] for i in range(0, len(d), 4)]
    return style.join(groups)


def card(r: random.Random, style: str | None = None) -> str:
    return fmt_card(card_digits(r), r.choice(["", "", " ", "-"]) if style is None else style)


def bad_card(r: random.Random) -> str:
    """16 digits starting like a card, Luhn-invalid."""
    d = card_digits(r)
    last = str((int(d[-1]) + r.randint(1, 9)) % 10)
    return d[:-1] + last


_PUBLIC_FIRST = [23, 31, 45, 52, 62, 77, 81, 89, 91, 103, 110, 122, 145, 151, 178, 185, 188, 196, 201, 213, 41, 94]


def ipv4(r: random.Random) -> str:
    k = r.random()
    if k < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.4:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.5:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.65:
        return f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(1, 254)}"
    return f"{r.choice(_PUBLIC_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    groups = ["2001", "db8"] + [f"{r.randint(0, 0xFFFF):x}" for _ in range(6)]
    if r.random() < 0.4:
        groups[3:6] = ["0", "0", "0"]
    return str(ipaddress.IPv6Address(":".join(groups)))


def ip(r: random.Random, v6: float = 0.1) -> str:
    return ipv6(r) if r.random() < v6 else ipv4(r)
