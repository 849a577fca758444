"""Generate pack_f: labelled synthetic logs from industry, energy, utilities and transport operations.

    python tools/names/packs/pack_f/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; the output is byte-identical for the same arguments whatever PYTHONHASHSEED is
(each family draws from its own random.Random seeded with a string; no set order feeds a choice).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_a  # noqa: E402
import fam_b  # noqa: E402
import names  # noqa: E402
from core import TYPES, TemplateBug, find_leaks, verify_structure  # noqa: E402
from ctx import Ctx  # noqa: E402

DEFAULT_SEED = 20261215
FAMILIES = {**fam_a.FAMILIES, **fam_b.FAMILIES}
MAX_TRIES = 400


def build_family(fam: str, n: int, seed: int):
    pos, neg = FAMILIES[fam]
    rng = random.Random(f"pack_f|{seed}|{fam}")
    n_neg = round(n * 0.3)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    out, redrawn = [], 0
    tries: dict[str, list[int]] = {}  # template -> [draws, leaking draws]
    for i, negative in enumerate(flags):
        for _attempt in range(MAX_TRIES):
            c = Ctx(rng, negative)
            pool = neg if negative else pos
            tpl = pool[(i + _attempt) % len(pool)] if _attempt == 0 else rng.choice(pool)
            rec = tpl(c)
            words = c.words()
            verify_structure(rec, negative, words)
            leaks = find_leaks(rec, words)
            t = tries.setdefault(tpl.__name__, [0, 0])
            t[0] += 1
            if not leaks:
                break
            t[1] += 1
            redrawn += 1
            if t[0] >= 6 and t[1] * 3 > t[0]:
                raise TemplateBug(f"{fam}/{tpl.__name__} leaks in {t[1]} of {t[0]} draws, last: {leaks[:3]}")
        else:
            raise TemplateBug(f"{fam}: record {i} still leaks after {MAX_TRIES} draws: {leaks} in {rec.text()[:300]!r}")
        text = rec.text()
        out.append({"text": text, "spans": [[s, e, t] for s, e, t in rec.spans()], "family": fam, "group": "pack_f",
                    "_tpl": tpl.__name__})
    return out, redrawn


def reverify_file(path: str, records: list[dict]) -> None:
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] != "":
        raise TemplateBug("file does not end with a newline")
    lines = lines[:-1]
    if len(lines) != len(records):
        raise TemplateBug("line count differs")
    for line, want in zip(lines, records):
        got = json.loads(line)
        if got != {k: v for k, v in want.items() if not k.startswith("_")}:
            raise TemplateBug("a record did not survive the round trip")
        prev = 0
        for s, e, t in got["spans"]:
            if t not in TYPES or not (prev <= s < e <= len(got["text"])):
                raise TemplateBug(f"bad span {s, e, t}")
            prev = e


def summarise(records: list[dict], redrawn: int) -> str:
    fams = list(FAMILIES)
    rows = ["| family | records | no-PII | " + " | ".join(TYPES) + " |", "|---|---:|---:|" + "---:|" * len(TYPES)]
    tot = {t: 0 for t in TYPES}
    for f in fams + ["**total**"]:
        rs = records if f == "**total**" else [r for r in records if r["family"] == f]
        cnt = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in TYPES}
        if f != "**total**":
            for t in TYPES:
                tot[t] += cnt[t]
        name = f if f.startswith("**") else f"`{f}`"
        rows.append(f"| {name} | {len(rs)} | {sum(1 for r in rs if not r['spans'])} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    nm = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "NAME"]
    nonlatin = sum(1 for v in nm if re.search(r"[^\x00-\u024f\u1e00-\u1eff]", v))
    caps = sum(1 for v in nm if v.upper() == v and v.lower() != v and not re.search(r"[^\x00-\u024f\u1e00-\u1eff]", v))
    lower = sum(1 for v in nm if v.lower() == v and any(ch.isalpha() for ch in v) and v.upper() != v)
    comma = sum(1 for v in nm if ", " in v)
    slash = sum(1 for v in nm if "/" in v)
    enc = sum(1 for v in nm if "%" in v or "+" in v or "\\u" in v)
    v6 = sum(1 for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])
    l4 = sum(1 for r in records for s, e, t in r["spans"] if t == "SSN" and e - s == 4)
    multi = sum(1 for r in records if "\n" in r["text"])
    g, f, trads, nat = names.stats()
    extra = (f"\nNAME spans: {len(nm)}; non-Latin {nonlatin}, ALL CAPS {caps}, lower case {lower}, 'Last, First' {comma}, "
             f"SURNAME/GIVEN {slash}, encoded {enc}. IPv6 {v6}. SSN last-four {l4}. Multi-line records {multi}. "
             f"Redrawn {redrawn}.\nName lists: {g} given, {f} surnames, {len(names.T)} Latin-script traditions, {nat} native-script pairs.")
    return "\n".join(rows) + extra


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be at least 1")
    g, f, _t, nat = names.stats()
    if g < 400 or f < 350 or len(names.T) < 40 or nat < 30:
        raise TemplateBug("name lists below the required sizes")
    records, redrawn = [], 0
    for fam in FAMILIES:
        recs, rd = build_family(fam, a.per_family, a.seed)
        records += recs
        redrawn += rd
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    reverify_file(a.out, records)
    print(summarise(records, redrawn))
    with open(a.out, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
