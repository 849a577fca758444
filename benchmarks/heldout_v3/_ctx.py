"""Per-record drawing context: one random stream, and the people drawn for the record (the leak
check needs them)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

import _values as val
from _build import V
from _names import Person, draw_person

T = TypeVar("T")


class Ctx:
    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.persons: list[Person] = []
        self.t: datetime = val.moment(rng)

    # -- random helpers -------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(seq), k)

    def later(self, lo_ms: int = 1, hi_ms: int = 4000) -> datetime:
        """Advance the record's clock (for multi-line excerpts)."""
        self.t = self.t + timedelta(milliseconds=self.n(lo_ms, hi_ms))
        return self.t

    # -- people ---------------------------------------------------------------------------------
    def person(self, latin_only: bool = False, native_share: float = 0.08) -> Person:
        if self.negative:
            raise AssertionError("a negative record must not draw a person")
        for _ in range(50):
            p = draw_person(self.rng, latin_only, native_share)
            # two people of one record share no name word, so each span belongs to one person
            if not any(set(t.lower() for t in p.tokens) & set(t.lower() for t in q.tokens) for q in self.persons):
                break
        self.persons.append(p)
        return p

    def disp(self, p: Person, last_first: bool = True, upper: bool = False) -> str:
        """A full name as a form or CRM stores it: mostly given-first, sometimes the native
        family-first order, `Last, First`, or upper case."""
        if not p.latin:
            return p.full()
        k = self.rng.random()
        if last_first and k < 0.12:
            return p.last_first()
        if upper and k < 0.22:
            return p.full("gf").upper()
        if p.order == "fg" and k < 0.6:
            return p.full()
        return p.western()

    def account(self, p: Person, style: str | None = None, digits: bool | None = None) -> str:
        return p.account(self.rng, style, digits)

    def email(self, p: Person, work: bool | None = None, domain: str | None = None) -> str:
        if domain is None:
            work = self.chance(0.45) if work is None else work
            domain = self.pick(val.WORK_DOMAINS if work else val.PERSONAL_DOMAINS)
        return f"{p.email_local(self.rng)}@{domain}"

    # -- labelled values as pieces ---------------------------------------------------------------
    def v_email(self, p: Person, **kw: object) -> V:
        return V(self.email(p, **kw), "EMAIL")  # type: ignore[arg-type]

    def v_acct(self, p: Person, style: str | None = None, upper: bool = False) -> V:
        a = self.account(p, style)
        return V(a.upper() if upper else a, "NAME")

    def phone(self, country: str | None = None) -> val.Phone:
        return val.phone(self.rng, country)

    def ip(self, v6_share: float = 0.1, private_share: float = 0.3) -> str:
        return val.ip(self.rng, v6_share, private_share)

    def ip4(self, private: bool = False) -> str:
        return val.ipv4_private(self.rng) if private else val.ipv4_public(self.rng)
