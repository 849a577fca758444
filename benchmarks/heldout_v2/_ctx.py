"""Per-family generation context: one seeded random.Random plus helpers."""
from __future__ import annotations

import random
import uuid as _uuid
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TypeVar

import _values as V
from _build import L
from _names import NamePool, Person, account

T = TypeVar("T")
_EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


class Ctx:
    """Holds the family's random.Random and name pool; records the persons used per record."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = NamePool(random.Random(rng.getrandbits(64)))
        self.used: list[Person] = []

    # ------------------------------------------------------------------ basics
    def begin(self) -> None:
        """Start a new record."""
        self.used = []

    def pick(self, seq: Sequence[T]) -> T:
        """A random element."""
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.rng.random() < p

    def rint(self, a: int, b: int) -> int:
        """Random integer in [a, b]."""
        return self.rng.randint(a, b)

    def dt(self) -> datetime:
        """A random UTC datetime in 2026 with microseconds."""
        return _EPOCH + timedelta(seconds=self.rng.randrange(365 * 86400),
                                  microseconds=self.rng.randrange(1_000_000))

    def iso(self, d: datetime | None = None, frac: int = 3, z: bool = True) -> str:
        """ISO-8601 timestamp with ``frac`` fractional digits."""
        d = d or self.dt()
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if frac:
            s += "." + f"{d.microsecond:06d}"[:frac]
        return s + ("Z" if z else "")

    def hexs(self, n: int) -> str:
        """n hex digits."""
        return V.rand_hex(self.rng, n)

    def alnum(self, n: int) -> str:
        """n alphanumerics."""
        return V.rand_alnum(self.rng, n)

    def digits(self, n: int) -> str:
        """n digits, first non-zero."""
        return V.digits(self.rng, n)

    def uuid(self) -> str:
        """A random version-4 UUID string."""
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # ------------------------------------------------------------------ people
    def person(self, latin: bool = False, plain: bool = False) -> Person:
        """Draw a person and remember it for the unlabelled-mention check."""
        p = self.names.person(latin=latin, plain=plain)
        self.used.append(p)
        return p

    def acct(self, p: Person, style: str | None = None) -> str:
        """A lower-case login for a Latin-script person."""
        return account(p, self.rng, style)

    # ------------------------------------------------------------------ labelled values
    def nm(self, s: str) -> L:
        """NAME value."""
        return L(s, "NAME")

    def email(self, p: Person | None = None, domain: str | None = None) -> L:
        """EMAIL value."""
        return L(V.email(self.rng, p, domain), "EMAIL")

    def phone(self, style: str | None = None, country: str | None = None) -> L:
        """PHONE value."""
        return L(V.phone(self.rng, style, country), "PHONE")

    def ip(self, v6: float = 0.08) -> L:
        """IP_ADDRESS value."""
        return L(V.ip(self.rng, v6), "IP_ADDRESS")

    def ssn(self, fmt: str | None = None) -> L:
        """SSN value."""
        return L(V.ssn(self.rng, fmt), "SSN")

    def card(self, fmt: str | None = None, brand: str | None = None) -> L:
        """CREDIT_CARD value."""
        return L(V.card(self.rng, fmt, brand), "CREDIT_CARD")
