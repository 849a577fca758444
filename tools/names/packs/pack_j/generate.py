"""pack_j generator: automotive retail, construction and engineering logs (training / validation pack).

python tools/names/packs/pack_j/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; output is byte-identical for a given seed whatever PYTHONHASHSEED is (every family draws
from its own random.Random seeded with a string; no set order feeds a choice).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_auto  # noqa: E402
import fam_build  # noqa: E402
import names  # noqa: E402
import values as V  # noqa: E402
from seg import TYPES  # noqa: E402
from verify import TemplateBug, check, leaks  # noqa: E402

DEFAULT_SEED = 20261209
GROUP = "pack_j"
NEG_SHARE = 0.30
MAX_REDRAWS = 400


class Ctx:
    """What a template may draw for one record attempt."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.persons: list[names.Person] = []

    def person(self, trad: str | None = None) -> names.Person:
        if self.negative:
            raise TemplateBug("a negative template drew a person")
        while True:
            p = names.draw_person(self.rng, trad)
            if all(p.family != q.family and p.given != q.given for q in self.persons):
                self.persons.append(p)
                return p

    def ch(self, seq):
        return self.rng.choice(seq)

    def rnd(self) -> float:
        return self.rng.random()

    def num(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def phone(self, plan=None):
        return V.phone(self.rng, plan)

    def e164(self):
        return V.e164(self.rng)

    def ssn(self, form="dash"):
        return V.ssn(self.rng, form)

    def last4(self):
        return V.last4(self.rng)

    def card(self, form=None):
        return V.card(self.rng, form)

    def ip(self, v6=0.12):
        return V.ip(self.rng, v6)

    def ip4(self):
        return V.ipv4(self.rng)

    def ip6(self):
        return V.ipv6(self.rng)

    def ts(self, **kw):
        return V.ts(self.rng, **kw)

    def date(self):
        return V.date(self.rng)

    def vin(self):
        return V.vin(self.rng)

    def hx(self, n=8):
        return V.hexid(self.rng, n)

    def digits(self, n):
        return V.not_card_digits(self.rng, n)


FAMILIES = {**fam_auto.FAMILIES, **fam_build.FAMILIES}


def gen_family(fam: str, n: int, seed: int) -> tuple[list[dict], int]:
    pos_t, neg_t = FAMILIES[fam]
    rng = random.Random(f"pack_j/{seed}/{fam}")
    n_neg = round(n * NEG_SHARE)
    negs = set(rng.sample(range(n), n_neg))
    out, redrawn = [], 0
    for i in range(n):
        negative = i in negs
        for attempt in range(MAX_REDRAWS):
            c = Ctx(rng, negative)
            tmpl = rng.choice(neg_t if negative else pos_t)
            rec = tmpl(c).finish()
            check(rec, negative)
            bad = leaks(rec, c.persons)
            if not bad:
                break
            redrawn += 1
        else:
            raise TemplateBug(f"{fam}/{tmpl.__name__}: leak after {MAX_REDRAWS} draws: {bad[:3]} in {rec.text()[:300]!r}")
        out.append({"text": rec.text(), "spans": [[s, e, t] for s, e, t, _ in rec.spans()], "family": fam,
                    "group": GROUP})
    return out, redrawn


def verify_file(path: str, expected: int) -> None:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if len(rows) != expected:
        raise TemplateBug(f"{path}: {len(rows)} lines, expected {expected}")
    for r in rows:
        prev = 0
        for s, e, t in r["spans"]:
            if not (prev <= s < e <= len(r["text"])) or t not in TYPES:
                raise TemplateBug(f"bad span in written file: {r}")
            prev = e


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    st = names.stats()
    if st["given"] < 400 or st["surnames"] < 350 or st["traditions"] < 40 or st["native_pairs"] < 30:
        raise TemplateBug(f"name lists too small: {st}")
    rows, table, total_redrawn = [], [], 0
    for fam in FAMILIES:
        recs, red = gen_family(fam, a.per_family, a.seed)
        total_redrawn += red
        rows += recs
        cnt = {t: 0 for t in TYPES}
        for r in recs:
            for _, _, t in r["spans"]:
                cnt[t] += 1
        table.append((fam, len(recs), sum(1 for r in recs if not r["spans"]), cnt))
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    verify_file(a.out, len(rows))
    head = "| family | records | no-PII | " + " | ".join(TYPES) + " |"
    print(head)
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {t: 0 for t in TYPES}
    for fam, n, neg, cnt in table:
        print(f"| `{fam}` | {n} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
        for t in TYPES:
            tot[t] += cnt[t]
    print(f"| **total** | {len(rows)} | {sum(x[2] for x in table)} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    with open(a.out, "rb") as fh:
        md5 = hashlib.md5(fh.read()).hexdigest()
    print(f"names: {st}; redrawn after leak check: {total_redrawn}; md5 {md5}; wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
