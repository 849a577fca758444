"""Per-record drawing context handed to every template."""

from __future__ import annotations

import datetime as dt

import values as V
from core import TemplateBug
from names import Person


class Ctx:
    def __init__(self, rng, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.persons: list[Person] = []
        self._t = None

    def p(self, langs: tuple[str, ...] | None = None) -> Person:
        if self.negative:
            raise TemplateBug("a negative record drew a person")
        p = Person(self.rng, langs)
        self.persons.append(p)
        return p

    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def maybe(self, prob: float = 0.5) -> bool:
        return self.rng.random() < prob

    def phone(self, country=None, style=None) -> str:
        return V.phone(self.rng, country, style)

    def ssn(self, style=None) -> str:
        return V.ssn(self.rng, style)

    def last4(self) -> str:
        return V.last4(self.rng)

    def card(self, style=None) -> str:
        return V.card(self.rng, style)

    def ip(self) -> str:
        return V.ip(self.rng)

    def ip4(self) -> str:
        return V.ipv4(self.rng)

    def ts(self, style="iso", step: int = 4) -> str:
        """Timestamps within one record move forward from a random start."""
        r = self.rng
        if self._t is None:
            self._t = dt.datetime(2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                  r.randint(0, 59), r.randint(0, 999) * 1000)
        else:
            self._t += dt.timedelta(seconds=r.randint(0, step), milliseconds=r.randint(0, 999))
        return V.fmt_time(self._t, style)

    def date(self, days_ahead: int = 0) -> str:
        """A date relative to the record's clock (due dates, expiries)."""
        self.ts("sp", 0)
        return V.fmt_time(self._t + dt.timedelta(days=days_ahead + self.rng.randint(0, 40)), "date")

    def hex(self, n=8) -> str:
        return V.hexid(self.rng, n)

    def HEX(self, n=8) -> str:
        return V.hexid(self.rng, n).upper()

    def dig(self, n: int) -> str:
        return V.dig(self.rng, n)

    def plate(self) -> str:
        return V.plate(self.rng)

    def words(self) -> set[str]:
        out: set[str] = set()
        for p in self.persons:
            out |= p.words()
        return out
