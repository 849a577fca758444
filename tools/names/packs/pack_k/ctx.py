"""Per-record drawing context shared by the family modules."""

from __future__ import annotations

import values as V
from core import TemplateBug
from names import draw_person


class Ctx:
    def __init__(self, rng, negative: bool):
        self.r = rng
        self.neg = negative
        self.persons = []

    def person(self, native: bool = False):
        if self.neg:
            raise TemplateBug("a negative template drew a person")
        p = draw_person(self.r, native)
        for q in self.persons:  # two people in one record must not share a name word
            if set(w.lower() for w in p.tokens()) & set(w.lower() for w in q.tokens()):
                return self.person(native)
        self.persons.append(p)
        return p

    def people(self, n):
        return [self.person() for _ in range(n)]

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p=0.5) -> bool:
        return self.r.random() < p

    def ip(self):
        return V.ip(self.r)

    def ip4(self):
        return V.ipv4(self.r)

    def ph(self, p, style=None):
        return V.person_phone(self.r, p, style)

    def em(self, p, domain=None):
        return p.email(self.r, domain)

    def acct(self, p, style=None):
        a = p.account(self.r, style)
        return a.upper() if self.r.random() < 0.08 else a

    def t(self):
        return V.iso(self.r)

    def dt(self):
        return V.ts(self.r)

    def hex(self, n=24):
        return V.hexid(self.r, n)

    def uuid(self):
        return V.uuid(self.r)

    def num(self, n):
        return V.digits(self.r, n)

    def amt(self, lo=5, hi=900):
        return V.amount(self.r, lo, hi)

    def code(self, n=8):
        return V.alnum(self.r, n)

    def lvl(self):
        return self.pick(["INFO", "INFO", "WARN", "DEBUG", "ERROR"])
