"""Per-record drawing context: the random stream plus the people drawn for the record."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import _values as v
from _people import Person, draw_person


class NegativeDrawsPerson(AssertionError):
    pass


class Ctx:
    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.persons: list[Person] = []
        self._t: datetime | None = None

    # people -------------------------------------------------------------------------------------
    def person(self, scripts: float = 0.2, max_len: int | None = None) -> Person:
        if self.negative:
            raise NegativeDrawsPerson("a negative record drew a person")
        p = draw_person(self.rng, scripts, max_len)
        self.persons.append(p)
        return p

    def latin_person(self, max_len: int | None = None) -> Person:
        return self.person(scripts=0.0, max_len=max_len)

    def acct(self, p: Person, style: str | None = None) -> str:
        return p.account(self.rng, style)

    def email(self, p: Person, domain: str | None = None) -> str:
        return p.email(self.rng, domain)

    # numbers ------------------------------------------------------------------------------------
    def phone(self, p: Person | None = None, style: str | None = None, country: str | None = None) -> str:
        if country is None and p is not None and self.rng.random() < 0.75:
            country = self.rng.choice(p.countries)
        return v.phone(self.rng, country, style)

    def ssn(self, style: str = "dash") -> str:
        return v.ssn(self.rng, style)

    def card(self, style: str | None = None, brand: str | None = None) -> str:
        return v.card(self.rng, style, brand)

    def ip4(self, kind: str | None = None) -> str:
        return v.ip4(self.rng, kind)

    def ip6(self) -> str:
        return v.ip6(self.rng)

    def ip(self, v6: float = 0.1) -> str:
        return v.any_ip(self.rng, v6)

    def lan_ip(self) -> str:
        return v.lan_ip(self.rng)

    # ids and time -------------------------------------------------------------------------------
    def uuid(self) -> str:
        return v.uuid(self.rng)

    def hex(self, n: int) -> str:
        return v.hexid(self.rng, n)

    def alnum(self, n: int) -> str:
        return v.alnum(self.rng, n)

    def ualnum(self, n: int) -> str:
        return v.upper_alnum(self.rng, n)

    def digits(self, n: int, first: str = "123456789") -> str:
        return v.not_card_digits(self.rng, n, first)

    def when(self) -> datetime:
        """A time in the set's window; later calls in the same record move forward a little."""
        if self._t is None:
            self._t = v.when(self.rng)
        else:
            self._t += timedelta(microseconds=self.rng.randint(800, 2_500_000))
        return self._t

    def later(self, t: datetime, lo: float = 0.001, hi: float = 2.0) -> datetime:
        return t + timedelta(seconds=self.rng.uniform(lo, hi))

    # random pass-through ------------------------------------------------------------------------
    def choice(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def random(self) -> float:
        return self.rng.random()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, seq, k: int):  # type: ignore[no-untyped-def]
        return self.rng.sample(list(seq), k)

    def shuffled(self, seq):  # type: ignore[no-untyped-def]
        out = list(seq)
        self.rng.shuffle(out)
        return out
