#!/usr/bin/env python3
"""pack_d: labelled synthetic log corpus (consumer, commerce, travel, telecom, logistics) for the name model.

    python tools/names/packs/pack_d/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; deterministic for a seed whatever PYTHONHASHSEED is. Every record is verified; a
structural problem (template bug) raises, a leak (PII left outside a span) draws the record again from the
same random stream.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _fam_a  # noqa: E402
import _fam_b  # noqa: E402
from _core import Ctx, form, jesc, luhn_ok, pct  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 40417
TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]
FAMILIES = _fam_a.FAMILIES + _fam_b.FAMILIES


class TemplateBug(Exception):
    pass


# ---------------------------------------------------------------- value checks by type

EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def ssn_ok(d):
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v, t):
    if t == "NAME":
        return any(ch.isalpha() for ch in v) and "@" not in v
    if t == "EMAIL":
        u = urllib.parse.unquote(urllib.parse.unquote(v))
        if "@" not in u and "//" in u:  # IATA SSR CTCE form: @ written //, _ written ..
            u = u.replace("//", "@", 1).replace("..", "_")
        return bool(EMAIL_FULL.fullmatch(u))
    if t == "PHONE":
        u = urllib.parse.unquote(v) if "%" in v else v
        digits = re.sub(r"\D", "", u)
        return 7 <= len(digits) <= 15 and all(ch in "+0123456789 ()-./" for ch in u)
    if t == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return True
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        return bool(m) and ssn_ok(m.group(1) + m.group(3) + m.group(4))
    if t == "CREDIT_CARD":
        d = re.sub(r"%20|[ +-]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    return False


# ---------------------------------------------------------------- leak checks

LEAK_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LEAK_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
LEAK_CARD = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
LEAK_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")


def inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t in spans)


def leaks(text, spans, persons):
    out = []
    for m in LEAK_EMAIL.finditer(text):
        local, _, dom = re.split(r"(@|%40|%2540)", m.group(0), maxsplit=1)
        if dom.isupper() or re.fullmatch(r"\+?\d+", local):  # Kerberos realm, number@host
            continue
        if not inside(m.start(), m.end(), spans):
            out.append(("email", m.group(0)))
    for m in LEAK_IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not inside(m.start(), m.end(), spans):
            out.append(("ipv4", m.group(0)))
    for m in LEAK_CARD.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if luhn_ok(d) and not inside(m.start(), m.end(), spans):
            out.append(("card", m.group(0)))
    for m in LEAK_SSN.finditer(text):
        if ssn_ok(m.group(1) + m.group(3) + m.group(4)) and not inside(m.start(), m.end(), spans):
            out.append(("ssn", m.group(0)))
    for p in persons:
        for w in p.words():
            for f in {w, pct(w), form(w), jesc(w, True)}:
                for m in re.finditer(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", text, re.I):
                    if not inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        out.append(("name", f))
    return out


def structural(text, spans, positive, persons, whole_json):
    errs = []
    last = -1
    for s, e, t in sorted(spans):
        v = text[s:e]
        if not (0 <= s < e <= len(text)):
            errs.append(f"span out of range {s},{e}")
            continue
        if t not in TYPES:
            errs.append(f"bad type {t}")
        if v != v.strip():
            errs.append(f"whitespace at edge of {v!r}")
        if s < last:
            errs.append(f"overlap at {v!r}")
        last = e
        if not check_value(v, t):
            errs.append(f"value check failed: {t} {v!r}")
    if positive and not spans:
        errs.append("positive record without spans")
    if not positive and (spans or persons):
        errs.append("negative record with spans or persons")
    if whole_json:
        try:
            json.loads(text)
        except ValueError as ex:
            errs.append(f"json: {ex}")
    if text != text.strip():
        errs.append("record has edge whitespace")
    return errs


# ---------------------------------------------------------------- driver

def generate(per_family, seed):
    records, redraws = [], 0
    for fam, pos, neg in FAMILIES:
        rng = random.Random(f"pack_d|{seed}|{fam}")
        n_neg = round(per_family * 0.3)
        flags = [True] * (per_family - n_neg) + [False] * n_neg
        rng.shuffle(flags)
        for i, positive in enumerate(flags):
            pool = pos if positive else neg
            for attempt in range(200):
                c = Ctx(rng)
                tmpl = pool[rng.randrange(len(pool))]
                tmpl(c)
                text, spans = c.b.finish()
                errs = structural(text, spans, positive, c.b.persons, c.b.whole_json)
                if errs:
                    raise TemplateBug(f"{fam}/{tmpl.__name__}: {errs}\n{text}")
                lk = leaks(text, spans, c.b.persons)
                if lk:
                    redraws += 1
                    continue
                break
            else:
                raise TemplateBug(f"{fam}/{tmpl.__name__}: leak not resolved after 200 draws: {lk}\n{text}")
            records.append({"text": text, "spans": spans, "family": fam, "group": "pack_d"})
    return records, redraws


def table(records):
    fams = []
    for r in records:
        if r["family"] not in fams:
            fams.append(r["family"])
    rows = ["| family | records | no-PII | " + " | ".join(TYPES) + " |",
            "|---|---:|---:|" + "---:|" * len(TYPES)]
    tot = {t: 0 for t in TYPES}
    tot_n = tot_neg = 0
    for f in fams:
        rs = [r for r in records if r["family"] == f]
        cnt = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in TYPES}
        neg = sum(1 for r in rs if not r["spans"])
        for t in TYPES:
            tot[t] += cnt[t]
        tot_n += len(rs)
        tot_neg += neg
        rows.append(f"| `{f}` | {len(rs)} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    rows.append(f"| **total** | {tot_n} | {tot_neg} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    return "\n".join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be at least 1")
    records, redraws = generate(a.per_family, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # read back: every line parses and every span still matches
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        raise TemplateBug("file does not read back identically")
    md5 = hashlib.md5(open(a.out, "rb").read()).hexdigest()
    print(table(records))
    print(f"{len(records)} records, {sum(len(r['spans']) for r in records)} spans, {redraws} redraws, "
          f"md5 {md5} -> {a.out}")


if __name__ == "__main__":
    main()
