"""pack_g: public-sector, civic, legal and public-safety log records (training/validation pack).

    python tools/names/packs/pack_g/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; deterministic whatever PYTHONHASHSEED is (every family draws from its own
random.Random seeded with a string). Every record is verified; a template bug raises, a leak redraws.
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
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote, unquote_plus

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _core import TYPES, Ctx, R, luhn_ok  # noqa: E402
from _fam1 import FAMILIES_1  # noqa: E402
from _fam2 import FAMILIES_2  # noqa: E402
from _names import Person, stats  # noqa: E402

FAMILIES = {**FAMILIES_1, **FAMILIES_2}
DEFAULT_SEED = 20261207
NEG_SHARE = 0.30
MAX_REDRAWS = 200


class TemplateBug(AssertionError):
    pass


# --- value checks ----------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-./ ]+$")


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def bad_value(typ, v):
    if typ == "EMAIL":
        return None if _EMAIL.match(unquote(unquote(v))) else "bad e-mail"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "bad IP"
    if typ == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return None
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        return None if m and ssn_ok(m[1], m[3], m[4]) else "bad SSN"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", unquote_plus(v))
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456" else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = len(re.sub(r"\D", "", dec))
        return None if _PHONE_CHARS.match(dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def check_structure(text, spans, docs, negative):
    prev = 0
    for s, e, typ, value in spans:
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {(s, e)}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s}")
        prev = e
        if text[s:e] != value:
            raise TemplateBug(f"span text {text[s:e]!r} != {value!r}")
        if value != value.strip():
            raise TemplateBug(f"edge whitespace in {value!r}")
        if typ not in TYPES:
            raise TemplateBug(f"bad type {typ}")
        why = bad_value(typ, value)
        if why:
            raise TemplateBug(f"{why}: {value!r} in {text[:200]!r}")
    if negative and spans:
        raise TemplateBug(f"negative with spans: {text[:200]!r}")
    if not negative and not spans:
        raise TemplateBug(f"positive without spans: {text[:200]!r}")
    for s, e, kind in docs:
        try:
            if kind == "json":
                json.loads(text[s:e])
            else:
                ET.fromstring(text[s:e])
        except (ValueError, ET.ParseError) as ex:
            raise TemplateBug(f"{kind} document does not parse ({ex}): {text[s:e][:300]!r}") from None
    if re.search(r"<function |<bound method | object at 0x|\bNone\b", text):
        raise TemplateBug(f"unrendered value: {text[:200]!r}")


# --- leak check ------------------------------------------------------------------------------------
_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w])")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")


def _inside(s, e, spans, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def name_forms(tok):
    out = []
    for t in (tok, tok.upper()):
        for f in (t, quote_plus(t), quote(t), json.dumps(t)[1:-1]):
            if f not in out:
                out.append(f)
    return out


def find_leaks(text, spans, persons: list[Person]):
    leaks = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if dom == dom.upper():
            continue  # Kerberos-style realm, not an e-mail address
        if not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if re.search(r"[A-Za-z]/$", text[max(0, m.start() - 2):m.start()]):
            continue  # a version after a Product/ token (user agents), not an address
        if not _inside(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    for p in persons:
        for tok in p.tokens:
            for f in name_forms(tok):
                pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
                for m in pat.finditer(text):
                    if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                        leaks.append(f"name word {f!r} at {m.start()}")
    return leaks


# --- generation ------------------------------------------------------------------------------------
def gen_family(fam, templates, n, seed, counters):
    rng = random.Random(f"pack_g/{seed}/{fam}")
    n_neg = round(n * NEG_SHARE)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    out = []
    for i, neg in enumerate(flags):
        tmpl = templates[i % len(templates)] if i < len(templates) * 2 else rng.choice(templates)
        for attempt in range(MAX_REDRAWS):
            g = Ctx(rng, neg)
            r: R = tmpl(g)
            text, spans = r.text(), r.spans()
            check_structure(text, spans, r.docs, neg)
            if neg and g.persons:
                raise TemplateBug("negative drew a person")
            leaks = find_leaks(text, spans, g.persons)
            if not leaks:
                break
            counters["redrawn"] += 1
        else:
            raise TemplateBug(f"{fam}/{tmpl.__name__}: leak persists after {MAX_REDRAWS} draws: {leaks[:3]} {text[:300]!r}")
        out.append({"text": text, "spans": [[s, e, t] for s, e, t, _ in spans], "family": fam, "group": "pack_g"})
    return out


def reverify_file(path, expected):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] != "":
        raise TemplateBug("file must end with a newline")
    recs = [json.loads(x) for x in lines[:-1]]
    if recs != expected:
        raise TemplateBug("file read back differs from the generated records")
    for rec in recs:
        t = rec["text"]
        prev = 0
        for s, e, typ in rec["spans"]:
            if not (prev <= s < e <= len(t)) or t[s:e] != t[s:e].strip() or typ not in TYPES:
                raise TemplateBug(f"bad span in written file: {rec}")
            prev = e


def table(records):
    fams = list(dict.fromkeys(r["family"] for r in records))
    rows = []
    head = ["family", "records", "no-PII", *TYPES]
    tot = [0] * (2 + len(TYPES))
    for f in fams:
        rs = [r for r in records if r["family"] == f]
        c = [len(rs), sum(1 for r in rs if not r["spans"])] + [sum(1 for r in rs for sp in r["spans"] if sp[2] == t) for t in TYPES]
        tot = [a + b for a, b in zip(tot, c)]
        rows.append([f"`{f}`", *map(str, c)])
    rows.append(["**total**", *map(str, tot)])
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be >= 1")
    counters = {"redrawn": 0}
    records = []
    for fam, templates in FAMILIES.items():
        records += gen_family(fam, templates, a.per_family, a.seed, counters)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    reverify_file(a.out, records)
    if not a.quiet:
        print(table(records))
        g, s, trad, nat = stats()
        print(f"\nrecords={len(records)} redrawn={counters['redrawn']} given={g} surnames={s} native_pairs={nat}")
        print(f"md5 {hashlib.md5(data.encode('utf-8')).hexdigest()}  {a.out}")


if __name__ == "__main__":
    main()
