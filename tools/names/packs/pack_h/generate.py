#!/usr/bin/env python3
"""Generate pack_h (hospitality, leisure, sports, real estate and membership logs) and verify every record.

python tools/names/packs/pack_h/generate.py [--per-family N] [--seed S] [--out PATH]
Standard library only; byte-identical output for the same arguments whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

GROUP = "pack_h"
DEFAULT_SEED = 20261208
FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
MAX_TRIES = 50


def render(pieces):
    pieces = core.flat(pieces)
    text, spans, pos = [], [], 0
    for p in pieces:
        if isinstance(p, core.L):
            if p.t not in core.TYPES:
                raise AssertionError(f"bad type {p.t}")
            spans.append([pos, pos + len(p.v), p.t])
            text.append(p.v)
            pos += len(p.v)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), spans


def make_record(rng, family, fn, neg):
    for attempt in range(MAX_TRIES):
        core.CTX.__init__()
        core.CTX.neg = neg
        pieces = fn(rng)
        text, spans = render(pieces)
        # the pieces must reproduce the labelled values exactly
        for (s, e, t), p in zip(spans, [p for p in core.flat(pieces) if isinstance(p, core.L)]):
            assert text[s:e] == p.v and t == p.t
        try:
            core.verify(text, spans, neg, core.CTX.persons, core.CTX.docs)
        except core.LeakError:
            continue
        if text[:1] in "{[" and text[-1:] in "}]":
            json.loads(text)  # a record that is a JSON document as a whole must parse
        return {"text": text, "spans": spans, "family": family, "group": GROUP}, attempt
    raise SystemExit(f"FAIL: {family}: no leak-free record after {MAX_TRIES} draws (template bug)")


def generate(n, seed):
    out, redraws = [], 0
    for family, (pos, negf) in FAMILIES.items():
        rng = random.Random(f"pack_h/{seed}/{family}")
        k = round(n * 0.3)
        flags = [True] * k + [False] * (n - k)
        rng.shuffle(flags)
        for neg in flags:
            rec, tries = make_record(rng, family, negf if neg else pos, neg)
            redraws += tries
            out.append(rec)
    return out, redraws


def table(recs):
    types = list(core.TYPES)
    rows = ["| family | records | no-PII | " + " | ".join(types) + " |", "|---|---:|---:|" + "---:|" * len(types)]
    tot = Counter()
    for fam in FAMILIES:
        rs = [r for r in recs if r["family"] == fam]
        c = Counter(t for r in rs for _, _, t in r["spans"])
        negs = sum(1 for r in rs if not r["spans"])
        tot.update(c)
        tot["_n"] += len(rs)
        tot["_neg"] += negs
        rows.append(f"| `{fam}` | {len(rs)} | {negs} | " + " | ".join(str(c[t]) for t in types) + " |")
    rows.append(f"| **total** | {tot['_n']} | {tot['_neg']} | " + " | ".join(str(tot[t]) for t in types) + " |")
    return "\n".join(rows)


def name_profile(recs):
    c = Counter()
    for r in recs:
        for s, e, t in r["spans"]:
            v = r["text"][s:e]
            if t == "IP_ADDRESS" and ":" in v:
                c["ipv6"] += 1
            if t == "SSN" and len(v) == 4:
                c["ssn_last4"] += 1
            if t != "NAME":
                if "%" in v or "\\u" in v:
                    c["escaped_other"] += 1
                continue
            c["name"] += 1
            if re.search(r"[^\x00-\u024f\u1e00-\u1eff]", v) or "\\u" in v:
                c["non_latin_or_u_escaped"] += 1
            if v.isupper() and len(v) > 2:
                c["all_caps"] += 1
            if v.islower():
                c["lower"] += 1
            if ", " in v:
                c["last_first"] += 1
            if re.fullmatch(r"[A-Z' \-]+/[A-Z' \-]+", v):
                c["surname_slash_given"] += 1
            if "%" in v or "+" in v or "\\u" in v or "\\x" in v:
                c["escaped"] += 1
    return dict(sorted(c.items()))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be >= 1")
    recs, redraws = generate(a.per_family, a.seed)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    # read back and compare
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh.read().split("\n") if x]
    assert back == recs, "written file differs from the records"
    for r in back:
        core.verify(r["text"], [tuple(s) for s in r["spans"]], not r["spans"], [], [])
    md5 = hashlib.md5(open(a.out, "rb").read()).hexdigest()
    if not a.quiet:
        print(table(recs))
        print(name_profile(recs))
        g, s, t, nat, langs = core.name_stats()
        print(f"names: {g} given, {s} surnames (gendered forms counted apart), {t} traditions; "
              f"{nat} native-script pairs in {langs} languages")
        print(f"records={len(recs)} multi-line={sum(1 for r in recs if chr(10) in r['text'])} redraws={redraws}")
        print(f"wrote {a.out} md5={md5}")


if __name__ == "__main__":
    main()
