"""pack_a: labelled synthetic back-office logs (insurance, tax, courts, KYC/AML, brokerage, mortgage, accounting,
procurement, donations, government casework, legal billing) for training and validating the name model.

    python tools/names/packs/pack_a/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; deterministic for a given seed whatever PYTHONHASHSEED is (each family draws from its
own random.Random seeded with a string). Every record is verified; a structural error raises, a leak (PII
outside a span) makes the record be drawn again from the same stream."""

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
from collections import Counter
from urllib.parse import quote, quote_plus, unquote, unquote_plus

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fam_a import FAMILIES_A  # noqa: E402
from fam_b import FAMILIES_B  # noqa: E402
from names import fold  # noqa: E402
from seg import TYPES, Rec  # noqa: E402
from values import luhn_ok  # noqa: E402

FAMILIES = FAMILIES_A + FAMILIES_B
DEFAULT_SEED = 20261205
MAX_REDRAWS = 200


class TemplateBug(AssertionError):
    pass


# ---------------- value checks ----------------
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def ssn_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def bad_value(typ: str, v: str) -> str | None:
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
        dg = re.sub(r"[ -]", "", unquote_plus(v))
        return None if dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "23456" else "bad card"
    if typ == "PHONE":
        dec = unquote_plus(v)
        n = len(re.sub(r"\D", "", dec))
        return None if re.fullmatch(r"[0-9+()\-./ ]+", dec) and 7 <= n <= 15 else "bad phone"
    if typ == "NAME":
        return None if "@" not in v and any(c.isalpha() for c in v) else "bad name"
    return "bad type"


def check_structure(rec: Rec, neg: bool) -> None:
    text = rec.text()
    spans = rec.spans()
    prev = 0
    for s, e, typ, val in spans:
        if not (0 <= s < e <= len(text)):
            raise TemplateBug(f"span out of range {(s, e)}")
        if text[s:e] != val:
            raise TemplateBug(f"span text {text[s:e]!r} != {val!r}")
        if val != val.strip():
            raise TemplateBug(f"whitespace at the edge of {val!r} in {text[:200]!r}")
        if typ not in TYPES:
            raise TemplateBug(f"bad type {typ}")
        if s < prev:
            raise TemplateBug(f"overlapping spans at {s}")
        prev = e
        why = bad_value(typ, val)
        if why:
            raise TemplateBug(f"{why}: {val!r} in {text[:200]!r}")
    if re.search(r"object at 0x|<seg\.|\bNone\b(?=[,)}])", text):
        raise TemplateBug(f"unrendered object in {text[:200]!r}")
    if neg and (spans or rec.persons):
        raise TemplateBug(f"negative with spans or persons: {text[:200]!r}")
    if not neg and not spans:
        raise TemplateBug(f"positive without spans: {text[:200]!r}")
    for s, e, want in rec.expect:
        if text[s:e] != want:
            raise TemplateBug(f"JSON differs from json.dumps output: {text[s:e][:200]!r}")
    docs = [(k, text[s:e]) for k, s, e in rec.regions] + rec.docs
    for kind, doc in docs:
        try:
            json.loads(doc) if kind == "json" else ET.fromstring(doc)
        except (ValueError, ET.ParseError) as ex:
            raise TemplateBug(f"{kind} does not parse ({ex}): {doc[:300]!r}") from ex


# ---------------- leak check ----------------
_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_CARDLIKE = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w-])")
_SSNLIKE = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])")


def _inside(s: int, e: int, spans: list[tuple[int, int, str, str]], types: tuple[str, ...] | None = None) -> bool:
    return any(a <= s and e <= b and (types is None or t in types) for a, b, t, _ in spans)


def _forms(tok: str) -> set[str]:
    out = {tok, fold(tok), quote_plus(tok), quote(tok), json.dumps(tok)[1:-1], quote_plus(tok.upper()),
           json.dumps(tok.upper())[1:-1]}
    return {f for f in out if f}


def find_leaks(rec: Rec) -> list[str]:
    text = rec.text()
    spans = rec.spans()
    leaks: list[str] = []
    for m in _EMAIL_IN_TEXT.finditer(text):
        dom = re.split(r"@|%40|%2540", m.group(0), maxsplit=1)[1]
        if m.group(0) in rec.exempt:
            continue
        if dom != dom.upper() and not _inside(m.start(), m.end(), spans, ("EMAIL",)):
            leaks.append(f"e-mail {m.group(0)!r}")
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if not _inside(m.start(), m.end(), spans):
            leaks.append(f"IPv4 {m.group(0)!r}")
    for m in _CARDLIKE.finditer(text):
        dg = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(dg) <= 19 and dg[0] in "23456" and luhn_ok(dg) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"card-like {m.group(0)!r}")
    for m in _SSNLIKE.finditer(text):
        if m[2] and ssn_ok(m[1], m[3], m[4]) and not _inside(m.start(), m.end(), spans):
            leaks.append(f"SSN-like {m.group(0)!r}")
    words: list[str] = []
    for p in rec.persons:
        words += p.tokens()
    words += [v for _, _, t, v in spans if t == "NAME"]  # a labelled name must be labelled wherever it recurs
    seen: set[str] = set()
    for w in words:
        for f in sorted(_forms(w)):
            if f.lower() in seen:
                continue
            seen.add(f.lower())
            pat = re.compile(r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])", re.IGNORECASE)
            for m in pat.finditer(text):
                if not _inside(m.start(), m.end(), spans, ("NAME", "EMAIL")):
                    leaks.append(f"name word {f!r} at {m.start()}")
    return leaks


# ---------------- driver ----------------
def negatives(n: int) -> list[bool]:
    """Exactly round(0.3 * n) negatives, spread evenly over the family's records."""
    return [int((i + 1) * 0.3 + 0.5) > int(i * 0.3 + 0.5) for i in range(n)]


def build(per_family: int, seed: int) -> tuple[list[dict], Counter]:
    out: list[dict] = []
    redraws: Counter = Counter()
    for fam in FAMILIES:
        rng = random.Random(f"pack_a:{seed}:{fam.__name__}")
        for neg in negatives(per_family):
            for _attempt in range(MAX_REDRAWS):
                rec = fam(rng, neg)
                check_structure(rec, neg)
                leaks = find_leaks(rec)
                if not leaks:
                    break
                redraws[fam.__name__] += 1
            else:
                raise TemplateBug(f"{fam.__name__}: no leak-free record in {MAX_REDRAWS} draws: {leaks} {rec.text()[:300]!r}")
            out.append({"text": rec.text(), "spans": [[s, e, t] for s, e, t, _ in rec.spans()],
                        "family": fam.__name__, "group": "pack_a"})
    return out, redraws


def verify_file(path: str, records: list[dict]) -> None:
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(records):
        raise TemplateBug("written file does not match the records")
    for line, rec in zip(lines, records):
        if json.loads(line) != rec:
            raise TemplateBug("a written line does not parse back to its record")


def table(records: list[dict]) -> str:
    fams = sorted({r["family"] for r in records}, key=[f.__name__ for f in FAMILIES].index)
    rows = ["| family | records | no-PII | " + " | ".join(TYPES) + " |", "|---" * (3 + len(TYPES)) + "|"]
    tot: Counter = Counter()
    for f in fams + ["**total**"]:
        rs = records if f == "**total**" else [r for r in records if r["family"] == f]
        c = Counter(t for r in rs for _, _, t in r["spans"])
        neg = sum(1 for r in rs if not r["spans"])
        name = f if f == "**total**" else f"`{f}`"
        rows.append(f"| {name} | {len(rs)} | {neg} | " + " | ".join(str(c[t]) for t in TYPES) + " |")
        tot.update(c)
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be at least 1")
    records, redraws = build(a.per_family, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    verify_file(a.out, records)
    print(table(records))
    print(f"redrawn after a leak: {sum(redraws.values())} {dict(redraws)}")
    with open(a.out, "rb") as fh:
        print(f"wrote {len(records)} records to {a.out} (md5 {hashlib.md5(fh.read()).hexdigest()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
