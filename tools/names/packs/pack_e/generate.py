"""Generate pack_e (media, publishing, marketing and customer engagement logs) and verify every record.

    python tools/names/packs/pack_e/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; deterministic whatever PYTHONHASHSEED is (each family has its own random.Random seeded
with a string, and no set order feeds a choice).
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

import fam_a  # noqa: E402
import fam_b  # noqa: E402
from core import NATIVE, TRADS, TYPES, Ctx, TemplateBug, check_structure, find_leaks, flatten  # noqa: E402

FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
DEFAULT_SEED = 20261215
MAX_TRIES = 200


def make_record(rng, fam, pos_templates, neg_template, negative):
    for attempt in range(MAX_TRIES):
        c = Ctx(rng)
        pieces = neg_template(c) if negative else rng.choice(pos_templates)(c)
        text, spans, docs = flatten(pieces)
        check_structure(text, spans, docs, negative, c.persons)  # template bugs raise
        leaks = find_leaks(text, spans, c.persons, c.exempt)
        if not leaks:
            rec = {"text": text, "spans": [[s, e, t] for s, e, t, _ in spans], "family": fam, "group": "pack_e"}
            return rec, attempt
        if attempt == MAX_TRIES - 1:
            raise TemplateBug(f"{fam}: leaks persist {leaks[:3]} in {text[:300]!r}")
    raise AssertionError("unreachable")


def recheck_line(line):
    """Check a written record again from its JSON alone."""
    r = json.loads(line)
    text, spans = r["text"], r["spans"]
    prev = 0
    for s, e, t in spans:
        if not (0 <= s < e <= len(text)) or s < prev or t not in TYPES or text[s:e] != text[s:e].strip():
            raise TemplateBug(f"bad span {s, e, t} in {text[:200]!r}")
        prev = e
    return r


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    records, redraws = [], 0
    for fam, (pos, neg) in FAMILIES.items():
        rng = random.Random(f"pack_e:{a.seed}:{fam}")
        n_neg = round(a.per_family * 0.3)
        flags = [True] * n_neg + [False] * (a.per_family - n_neg)
        rng.shuffle(flags)
        for negative in flags:
            rec, tries = make_record(rng, fam, pos, neg, negative)
            redraws += tries
            records.append(rec)

    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(a.out, encoding="utf-8") as fh:
        back = [recheck_line(x) for x in fh.read().split("\n") if x]
    if back != records:
        raise TemplateBug("file read back differs from the records")

    if not a.quiet:
        report(records, redraws, a.out)
    return 0


def report(records, redraws, out):
    fams = list(FAMILIES)
    cnt = {f: Counter() for f in fams}
    for r in records:
        k = cnt[r["family"]]
        k["records"] += 1
        k["no_pii"] += not r["spans"]
        k["multiline"] += "\n" in r["text"]
        for s, e, t in r["spans"]:
            k[t] += 1
    cols = ["records", "no_pii", *TYPES]
    print("| family | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    tot = Counter()
    for f in fams:
        tot.update(cnt[f])
        print(f"| `{f}` | " + " | ".join(str(cnt[f][x]) for x in cols) + " |")
    print("| **total** | " + " | ".join(str(tot[x]) for x in cols) + " |")
    names = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "NAME"]
    ips = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS"]
    ssns = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "SSN"]
    nonlatin = sum(any(ord(ch) > 0x24F and ch.isalpha() for ch in n) for n in names)
    print(f"spans={sum(tot[t] for t in TYPES)} multiline={tot['multiline']} redraws={redraws}")
    print(f"NAME: non-Latin={nonlatin} caps={sum(n.isupper() for n in names)} "
          f"lower={sum(n.islower() for n in names)} last_first={sum(bool(re.fullmatch(r'[^,]+, [^,]+', n)) for n in names)} "
          f"slash={sum('/' in n for n in names)} escaped={sum('%' in n or '+' in n or chr(92) in n or '&' in n for n in names)}")
    print(f"IPv6={sum(':' in x for x in ips)} SSN last-four={sum(len(x) == 4 for x in ssns)}")
    given = {g for t in TRADS for g, _ in t[3]}
    fam_n = {y for t in TRADS for x in t[4] for y in x.split("/")}
    print(f"lists: traditions={len(TRADS)} given={len(given | {n[2] for n in NATIVE})} "
          f"surnames={len(fam_n | {n[3] for n in NATIVE})} native_pairs={len(NATIVE)}")
    with open(out, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), out)


if __name__ == "__main__":
    sys.exit(main())
