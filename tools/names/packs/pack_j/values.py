"""Random PII values: phones in many national plans, issuable SSNs, Luhn-valid cards, IPs (reserved ranges mostly)."""

from __future__ import annotations


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _us_line(rng) -> tuple[str, str]:
    area = rng.choice(["212", "312", "415", "469", "503", "602", "617", "704", "713", "757", "801", "919"])
    return area, "01" + _d(rng, 2)


def phone(rng, plan: str | None = None) -> str:
    plan = plan or rng.choice(PLANS)
    if plan == "us":
        a, x = _us_line(rng)
        return rng.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"+1 {a} 555 {x}", f"+1{a}555{x}",
                           f"1-{a}-555-{x}", f"+1 ({a}) 555-{x}"])
    if plan == "ca":
        a = rng.choice(["416", "604", "514", "403"])
        x = "01" + _d(rng, 2)
        return rng.choice([f"({a}) 555-{x}", f"+1 {a}-555-{x}"])
    if plan == "uk":
        x = _d(rng, 3)
        return rng.choice([f"07700 900{x}", f"+44 7700 900{x}", f"+447700900{x}", f"07700 900 {x}"])
    if plan == "au":
        x = _d(rng, 3)
        return rng.choice([f"0491 57{x[0]} {x[1:]}0", f"+61 491 57{x[0]} {x[1:]}0"])
    if plan == "de":
        return rng.choice([f"+49 15{rng.randrange(1, 8)} {_d(rng, 8)}", f"015{rng.randrange(1, 8)} {_d(rng, 8)}",
                           f"+49 (0)30 {_d(rng, 8)}", f"0049 171 {_d(rng, 7)}"])
    if plan == "fr":
        g = [_d(rng, 2) for _ in range(4)]
        return rng.choice([f"+33 6 {' '.join(g)}", f"06 {' '.join(g)}", f"07.{'.'.join(g)}", f"+33{6}{''.join(g)}"])
    if plan == "es":
        return rng.choice([f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"6{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}"])
    if plan == "it":
        return rng.choice([f"+39 3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}", f"3{_d(rng, 2)} {_d(rng, 7)}"])
    if plan == "nl":
        return rng.choice([f"+31 6 {_d(rng, 8)}", f"06-{_d(rng, 8)}"])
    if plan == "pl":
        return rng.choice([f"+48 5{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"6{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}"])
    if plan == "br":
        return rng.choice([f"+55 11 9{_d(rng, 4)}-{_d(rng, 4)}", f"(21) 9{_d(rng, 4)}-{_d(rng, 4)}"])
    if plan == "mx":
        return rng.choice([f"+52 55 {_d(rng, 4)} {_d(rng, 4)}", f"+52 1 81 {_d(rng, 4)} {_d(rng, 4)}"])
    if plan == "in":
        return rng.choice([f"+91 9{_d(rng, 4)} {_d(rng, 5)}", f"09{_d(rng, 3)}-{_d(rng, 6)}", f"+91-8{_d(rng, 9)}"])
    if plan == "jp":
        return rng.choice([f"090-{_d(rng, 4)}-{_d(rng, 4)}", f"+81 80-{_d(rng, 4)}-{_d(rng, 4)}", f"03-{_d(rng, 4)}-{_d(rng, 4)}"])
    if plan == "kr":
        return rng.choice([f"010-{_d(rng, 4)}-{_d(rng, 4)}", f"+82 10-{_d(rng, 4)}-{_d(rng, 4)}"])
    if plan == "cn":
        return rng.choice([f"+86 139 {_d(rng, 4)} {_d(rng, 4)}", f"138{_d(rng, 8)}"])
    if plan == "za":
        return rng.choice([f"+27 82 {_d(rng, 3)} {_d(rng, 4)}", f"072 {_d(rng, 3)} {_d(rng, 4)}"])
    if plan == "ng":
        return rng.choice([f"+234 803 {_d(rng, 3)} {_d(rng, 4)}", f"0806 {_d(rng, 3)} {_d(rng, 4)}"])
    if plan == "ae":
        return rng.choice([f"+971 50 {_d(rng, 3)} {_d(rng, 4)}", f"050-{_d(rng, 7)}"])
    if plan == "se":
        return rng.choice([f"+46 70 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}", f"070-{_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}"])
    if plan == "no":
        return f"+47 4{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 3)}"
    if plan == "tr":
        return rng.choice([f"+90 532 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}", f"0532 {_d(rng, 3)} {_d(rng, 4)}"])
    if plan == "ke":
        return f"+254 7{_d(rng, 2)} {_d(rng, 6)}"
    if plan == "ph":
        return rng.choice([f"+63 917 {_d(rng, 3)} {_d(rng, 4)}", f"0917-{_d(rng, 3)}-{_d(rng, 4)}"])
    raise ValueError(plan)


PLANS = ["us", "us", "us", "ca", "uk", "uk", "au", "de", "fr", "es", "it", "nl", "pl", "br", "mx", "in", "jp", "kr",
         "cn", "za", "ng", "ae", "se", "no", "tr", "ke", "ph"]


def e164(rng) -> str:
    """E.164 with a '+', no separators."""
    p = phone(rng)
    digits = "".join(c for c in p if c.isdigit())
    if p.startswith("+"):
        return "+" + digits
    a, x = _us_line(rng)
    return f"+1{a}555{x}"


def ssn(rng, form: str = "dash") -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    a, g2, s2 = f"{area:03d}", f"{g:02d}", f"{s:04d}"
    return {"dash": f"{a}-{g2}-{s2}", "bare": a + g2 + s2, "space": f"{a} {g2} {s2}"}[form]


def last4(rng) -> str:
    return f"{rng.randrange(1, 10000):04d}"


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, form: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        form = form or rng.choice(["plain", "space"])
        return n if form == "plain" else f"{n[:4]}{' ' if form == 'space' else '-'}{n[4:10]}{' ' if form == 'space' else '-'}{n[10:]}"
    pre = {"visa": "4", "mc": str(rng.randrange(51, 56)), "mc2": str(rng.randrange(2221, 2721)), "disc": "6011"}[kind]
    n = _luhn_complete(pre, 16, rng)
    form = form or rng.choice(["plain", "space", "dash"])
    if form == "plain":
        return n
    sep = " " if form == "space" else "-"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ipv4(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["doc1", "doc2", "doc3", "p10", "p172", "p192", "doc3"])
    if kind == "doc1":
        return f"192.0.2.{rng.randrange(1, 255)}"
    if kind == "doc2":
        return f"198.51.100.{rng.randrange(1, 255)}"
    if kind == "doc3":
        return f"203.0.113.{rng.randrange(1, 255)}"
    if kind == "p10":
        return f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    if kind == "p172":
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    return f"192.168.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ipv6(rng) -> str:
    h = lambda: f"{rng.randrange(1, 0xffff):x}"
    return rng.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2001:db8::{h()}:{h()}", f"fd12:{h()}:{h()}::{h()}"])


def ip(rng, v6: float = 0.12) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def not_card_digits(rng, n: int) -> str:
    """A digit id of length n that is not a Luhn-valid card-like number."""
    while True:
        d = str(rng.randrange(1, 10)) + _d(rng, n - 1)
        if not (13 <= n <= 19 and luhn_ok(d)):
            return d


_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng) -> str:
    wmi = rng.choice(["1FT", "1G1", "2T1", "3VW", "5YJ", "JHM", "KMH", "WBA", "WVW", "VF1", "SAL", "YV1", "ZFA"])
    return wmi + "".join(rng.choice(_VIN_CH) for _ in range(14))


def plate(rng) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice([f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}-{_d(rng, 4)}",
                       f"{_d(rng, 1)}{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{_d(rng, 3)}",
                       f"{rng.choice(L)}{rng.choice(L)}{_d(rng, 2)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"])


def hexid(rng, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ts(rng, sep: str = "T", frac: bool = True, z: str = "Z") -> str:
    s = (f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}{sep}{rng.randrange(0, 24):02d}:"
         f"{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}")
    if frac:
        s += f".{rng.randrange(0, 1000):03d}"
    return s + z


def date(rng) -> str:
    return f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
