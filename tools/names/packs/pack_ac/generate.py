"""Generate pack_ac (urban mobility): 12 families, 30% hard negatives, verified spans.

    python tools/names/packs/pack_ac/generate.py [--per-family 80] [--seed 6333] [--out PATH]

Standard library only; byte-identical output for the same arguments whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fam_a
import fam_b
from core import PARTICLES, Ctx, NegDraw, leaks, verify

GROUP = "pack_ac"
FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
# Words that are given names in names.py and that negatives use as ordinary words on purpose.
WORD_NAMES_ALLOWED = {"Grant"}


def draw(fam: str, tmpl, rng, neg: bool, stats: dict) -> dict:
    for _attempt in range(60):
        ctx = Ctx(rng, neg)
        try:
            b = tmpl(ctx)
        except NegDraw:
            raise
        text = b.text()
        spans = b.spans()
        verify(text, spans, neg)
        bad = leaks(text, spans, ctx)
        if not bad:
            return {"text": text, "spans": [[s, e, t] for s, e, t, _, _ in spans], "family": fam, "group": GROUP,
                    "_raw": [(t, shown) for _, _, t, shown, _ in spans]}
        stats["redrawn"] = stats.get("redrawn", 0) + 1
        stats.setdefault("why", []).append((fam, tmpl.__name__, bad[:3]))
    raise AssertionError(f"{fam}/{tmpl.__name__}: could not draw a clean record")


def generate(per_family: int, seed: int, stats: dict) -> list[dict]:
    out = []
    for fam, (pos, negs) in FAMILIES.items():
        rng = random.Random(f"{GROUP}:{seed}:{fam}")
        n_neg = round(per_family * 0.3)
        kinds = [True] * n_neg + [False] * (per_family - n_neg)
        rng.shuffle(kinds)
        porder = list(pos)
        norder = list(negs)
        rng.shuffle(porder)
        rng.shuffle(norder)
        pi = ni = 0
        for neg in kinds:
            if neg:
                tmpl = norder[ni % len(norder)]
                ni += 1
            else:
                tmpl = porder[pi % len(porder)]
                pi += 1
            out.append(draw(fam, tmpl, rng, neg, stats))
    return out


def global_check(recs: list[dict]) -> None:
    """No labelled value of any positive record may appear in a negative record."""
    vals: set[tuple[str, str]] = set()
    for r in recs:
        for t, shown in r["_raw"]:
            vals.add((t, shown))
    negs = [r["text"] for r in recs if not r["spans"]]
    negl = [t.lower() for t in negs]
    singles: set[str] = set()
    multis: set[str] = set()
    others: set[str] = set()
    for t, v in vals:
        if t != "NAME":
            if not (t == "SSN" and len(v) == 4):  # a last four is any four-digit number
                others.add(v)
            continue
        words = [w for w in re.split(r"[\s,/]+", v) if w]
        if len(words) == 1:
            singles.add(v)
        else:
            multis.add(v.lower())
            for w in words:
                if len(w) >= 3 and w.lower() not in PARTICLES:
                    singles.add(w)
    bad = []
    tok = re.compile(r"[^\W_]+")
    for i, text in enumerate(negs):
        toks = set(tok.findall(text))
        ltoks = set(tok.findall(negl[i]))
        for v in others:
            if v in text and re.search(r"(?<![\w.])" + re.escape(v) + r"(?![\w])", text):
                bad.append((v, text))
        for v in multis:
            if v in negl[i]:
                bad.append((v, text))
        for w in singles:
            if w in WORD_NAMES_ALLOWED:
                continue
            low = w.islower() or any(ch.isdigit() or ch in "._" for ch in w)
            parts = tok.findall(w.lower() if low else w)
            if not parts or not all(p in (ltoks if low else toks) for p in parts):
                continue
            pat = r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])"
            if re.search(pat, negl[i] if low else text):
                bad.append((w, text))
    for w, text in bad[:30]:
        print("NEGATIVE HOLDS A LABELLED VALUE:", repr(w), "in", repr(text[:160]))
    assert not bad, f"{len(bad)} labelled values found in negatives"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6333)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print counts per family and type")
    a = ap.parse_args(argv)
    stats: dict = {}
    recs = generate(a.per_family, a.seed, stats)
    global_check(recs)
    lines = []
    for r in recs:
        rec = {k: r[k] for k in ("text", "spans", "family", "group")}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert back == [{k: r[k] for k in ("text", "spans", "family", "group")} for r in recs]
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e].strip() == r["text"][s:e]
    print(f"wrote {len(recs)} records to {a.out} (redrawn: {stats.get('redrawn', 0)})")
    if a.stats:
        report(back, stats)
    return 0


def report(recs: list[dict], stats: dict) -> None:
    types = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]
    print("| family | records | no-PII | " + " | ".join(types) + " |")
    tot = {t: 0 for t in types}
    for fam in FAMILIES:
        rs = [r for r in recs if r["family"] == fam]
        cnt = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in types}
        for t in types:
            tot[t] += cnt[t]
        print(f"| `{fam}` | {len(rs)} | {sum(1 for r in rs if not r['spans'])} | "
              + " | ".join(str(cnt[t]) for t in types) + " |")
    print(f"| **total** | {len(recs)} | {sum(1 for r in recs if not r['spans'])} | "
          + " | ".join(str(tot[t]) for t in types) + " |")
    names = [r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "NAME"]
    print("multi-line records:", sum(1 for r in recs if "\n" in r["text"]))
    print("NAME non-Latin:", sum(1 for n in names if any(ord(ch) > 0x24F and ch.isalpha() for ch in n)))
    print("NAME all caps:", sum(1 for n in names if n.isupper() and any(ch.isalpha() for ch in n)))
    print("NAME lower case:", sum(1 for n in names if n.islower()))
    print("NAME 'Last, First':", sum(1 for n in names if ", " in n))
    print("NAME SURNAME/GIVEN:", sum(1 for n in names if "/" in n))
    print("NAME with _:", sum(1 for n in names if "_" in n), " hyphenated:", sum(1 for n in names if "-" in n))
    print("NAME escaped:", sum(1 for n in names if "%" in n or "\\u" in n or "+" in n))
    ips = [r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "IP_ADDRESS"]
    print("IPv6:", sum(1 for x in ips if ":" in x))
    ssn4 = [r["text"][s:e] for r in recs for s, e, t in r["spans"] if t == "SSN" and len(r["text"][s:e]) == 4]
    print("SSN last four:", len(ssn4))
    for w in stats.get("why", [])[:40]:
        print("redraw", w)


if __name__ == "__main__":
    raise SystemExit(main())
