"""Per-record drawing context: the random stream, and the persons drawn (for the leak check)."""

from __future__ import annotations

import datetime as dt
import random

import _values as V
from _names import Person, draw_person

_BASE = dt.datetime(2026, 3, 2, 0, 0, 0)


class Ctx:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.persons: list[Person] = []
        self.when = _BASE + dt.timedelta(seconds=r.randint(0, 40 * 86400), microseconds=r.randint(0, 999999))

    # people ----------------------------------------------------------------------------------------
    def person(self, latin_only: bool = False) -> Person:
        p = draw_person(self.r, latin_only)
        self.persons.append(p)
        return p

    def any_form(self, p: Person) -> str:
        """A display form of the whole name, as it leaks in logs."""
        k = self.r.random()
        if k < 0.5 or not p.latin:
            return p.full()
        if k < 0.65:
            return p.lf()
        if k < 0.8:
            return p.caps()
        if k < 0.9:
            return p.full().lower()
        return p.ascii_full()

    # numbers ---------------------------------------------------------------------------------------
    def phone(self, cc: str | None = None) -> str:
        return V.phone(self.r, cc)

    def ssn(self, style: str | None = None) -> str:
        return V.ssn(self.r, style)

    def last4(self) -> str:
        return V.last4(self.r)

    def card(self, style: str | None = None) -> str:
        return V.card(self.r, style)

    def ip(self, v6: float = 0.1) -> str:
        return V.ip(self.r, v6)

    def port(self) -> int:
        return self.r.randint(1024, 65535)

    # helpers ---------------------------------------------------------------------------------------
    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def pick(self, seq: list) -> object:
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def tick(self, seconds: int = 5) -> None:
        self.when += dt.timedelta(seconds=self.r.randint(0, seconds), microseconds=self.r.randint(0, 999999))

    def iso(self, ms: int = 3) -> str:
        s = self.when.strftime("%Y-%m-%dT%H:%M:%S")
        return s + ("." + f"{self.when.microsecond:06d}"[:ms] if ms else "") + "Z"

    def ts(self, fmt: str) -> str:
        return self.when.strftime(fmt)

    def ms(self) -> str:
        return f"{self.when.microsecond // 1000:03d}"

    def epoch(self) -> str:
        return f"{self.when.replace(tzinfo=dt.timezone.utc).timestamp():.6f}"
