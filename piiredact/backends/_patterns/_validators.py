"""Validators: checks a candidate must pass to be a value (checksums, issuer ranges, structure)."""

from __future__ import annotations

import re


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_brand_ok(d: str) -> bool:
    """Whether ``d`` is in a known issuer range with a length that issuer uses."""
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925:  # Discover
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if p2 in (36, 38, 39) or 300 <= p3 <= 305 or p4 == 3095:  # Diners Club
        return 14 <= n <= 19
    if p2 in (62, 81):  # UnionPay
        return 16 <= n <= 19
    if 2200 <= p4 <= 2204:  # Mir
        return 16 <= n <= 19
    if p2 in (60, 82) or p3 == 508:  # RuPay
        return n == 16
    if p2 == 50 or 56 <= p2 <= 69:  # Maestro
        return 12 <= n <= 19
    return False


def _ssn_ok(d: str) -> bool:
    """A possible SSN: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    area = d[:3]
    return area != "000" and area != "666" and area[0] != "9" and d[3:5] != "00" and d[5:] != "0000"



_OCTET = r"(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])"
_IPV4_ASCII = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _ipv4_ok(v: str) -> bool:
    """Octets of one digit, or 10..255 without a leading zero."""
    if v.isascii():
        return _IPV4_ASCII.fullmatch(v) is not None
    return all(len(o) == 1 or (o[0] != "0" and int(o) <= 255) for o in v.split("."))

