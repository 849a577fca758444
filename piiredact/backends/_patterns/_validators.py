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


# -- credentials and bank identifiers -------------------------------------------------------------

# IBAN length per country (ISO 13616 registry): a string of another length is no IBAN.
_IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
}


def _iban_ok(compact: str) -> bool:
    """ISO 13616: the country's length, and mod-97 of the rearranged number is 1."""
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    total = 0
    for ch in rearranged:
        if "0" <= ch <= "9":
            total = (total * 10 + ord(ch) - 48) % 97
        elif "A" <= ch <= "Z":
            total = (total * 100 + ord(ch) - 55) % 97
        else:
            return False
    return total == 1


def _b64url_json(part: str) -> bool:
    """Whether ``part`` is unpadded base64url of a JSON object."""
    import base64
    import binascii
    import json

    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return isinstance(json.loads(raw), dict)
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        return False


def _jwt_ok(token: str) -> bool:
    """Three base64url parts of which the first two decode to JSON objects."""
    parts = token.split(".")
    return len(parts) == 3 and _b64url_json(parts[0]) and _b64url_json(parts[1])


def _basic_ok(blob: str) -> bool:
    """A Basic-auth blob: base64 of ``user:password`` (printable text with a colon)."""
    import base64
    import binascii

    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return ":" in raw and raw.isprintable()


# E.164 total lengths (country code included) for the common country codes: an undivided
# 11-13 digit run is an international number written without "+" only if its code and
# length agree (epoch millis, 12-digit account ids and 14-digit timestamps do not).
_E164_LENGTHS: dict[str, tuple[int, ...]] = {
    "1": (11,),
    "7": (11,),
    "20": (12,),
    "27": (11,),
    "30": (12,),
    "31": (11,),
    "32": (10, 11),
    "33": (11,),
    "34": (11,),
    "36": (10, 11),
    "39": (11, 12, 13),
    "40": (11,),
    "41": (11,),
    "43": (10, 11, 12, 13),
    "44": (12,),
    "45": (10,),
    "46": (10, 11, 12),
    "47": (10,),
    "48": (11,),
    "49": (11, 12, 13),
    "51": (11,),
    "52": (12,),
    "54": (12, 13),
    "55": (12, 13),
    "56": (11,),
    "57": (12,),
    "58": (12,),
    "60": (10, 11, 12),
    "61": (11,),
    "62": (11, 12, 13),
    "63": (12,),
    "64": (10, 11, 12),
    "65": (10,),
    "66": (10, 11),
    "81": (11, 12),
    "82": (11, 12),
    "84": (11, 12),
    "86": (13,),
    "90": (12,),
    "91": (12,),
    "92": (12,),
    "234": (13,),
    "254": (12,),
    "351": (12,),
    "353": (11, 12),
    "358": (11, 12),
    "380": (12,),
    "420": (12,),
    "966": (12,),
    "971": (12,),
    "972": (11, 12),
    # more national plans (ITU-T E.164 assignments; total lengths of mobile and geographic numbers)
    "53": (10,),
    "93": (11,),
    "94": (11,),
    "95": (10, 11, 12),
    "98": (12,),
    "212": (12,),
    "213": (12,),
    "216": (11,),
    "218": (12,),
    "221": (12,),
    "225": (13,),
    "230": (11,),
    "233": (12,),
    "237": (12,),
    "243": (12,),
    "244": (12,),
    "250": (12,),
    "251": (12,),
    "255": (12,),
    "256": (12,),
    "258": (12,),
    "260": (12,),
    "261": (12,),
    "263": (12,),
    "264": (12,),
    "265": (12,),
    "267": (11,),
    "350": (11,),
    "352": (11, 12),
    "354": (10,),
    "355": (12,),
    "356": (11,),
    "357": (11,),
    "359": (12,),
    "370": (11,),
    "371": (11,),
    "372": (10, 11),
    "373": (11,),
    "374": (11,),
    "375": (12,),
    "381": (11, 12),
    "382": (11,),
    "383": (11, 12),
    "385": (11, 12),
    "386": (11,),
    "387": (11, 12),
    "389": (11,),
    "421": (12,),
    "502": (11,),
    "503": (11,),
    "504": (11,),
    "505": (11,),
    "506": (11,),
    "507": (11,),
    "509": (11,),
    "591": (11,),
    "593": (12,),
    "595": (12,),
    "598": (11,),
    "675": (11,),
    "676": (10,),
    "679": (10,),
    "685": (10,),
    "852": (11,),
    "853": (11,),
    "855": (11, 12),
    "856": (12, 13),
    "880": (13,),
    "886": (12,),
    "960": (10,),
    "961": (10, 11),
    "962": (12,),
    "963": (12,),
    "964": (13,),
    "965": (11,),
    "968": (11,),
    "970": (12,),
    "973": (11,),
    "974": (11,),
    "975": (11,),
    "976": (11,),
    "977": (13,),
    "992": (12,),
    "993": (11,),
    "994": (12,),
    "995": (12,),
    "996": (12,),
    "998": (12,),
}


def _nanp_ok(d: str) -> bool:
    """A North American number's digits (``1`` first or not): area code and exchange start with 2-9."""
    d = d[1:] if len(d) == 11 and d[0] == "1" else d
    return len(d) == 10 and d[0] in "23456789" and d[3] in "23456789"


def _e164_ok(d: str) -> bool:
    """Whether the digits ``d`` are a plausible E.164 number (known country code, its length)."""
    for cc_len in (1, 2, 3):
        lengths = _E164_LENGTHS.get(d[:cc_len])
        if lengths is not None and len(d) in lengths:
            return True
    return False
