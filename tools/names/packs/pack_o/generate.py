"""Generate pack_o's synthetic.jsonl: 12 families x N records, 30% hard negatives, every record verified.

python tools/names/packs/pack_o/generate.py [--per-family 80] [--seed 4333] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

GROUP = "pack_o"
FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
MAX_REDRAW = 200


def build_family(name, pos, neg, n, seed, stats):
    r = random.Random(f"{GROUP}|{seed}|{name}")
    n_neg = (n * 3 + 5) // 10
    idx = list(range(n))
    r.shuffle(idx)
    neg_idx = set(idx[:n_neg])
    off_p, off_n = r.randrange(len(pos)), r.randrange(len(neg))
    out = []
    ip_, in_ = 0, 0
    for i in range(n):
        negative = i in neg_idx
        if negative:
            tpl = neg[(off_n + in_) % len(neg)]
            in_ += 1
        else:
            tpl = pos[(off_p + ip_) % len(pos)]
            ip_ += 1
        for attempt in range(MAX_REDRAW):
            c = core.Ctx(r)
            b = tpl(c)
            try:
                text, spans = core.verify(b, c.persons, negative)
            except core.LeakError as ex:
                stats["redraws"] += 1
                stats["leaks"].append(f"{name}/{tpl.__name__}: {ex}")
                continue
            break
        else:
            raise RuntimeError(f"{name}/{tpl.__name__}: no clean draw in {MAX_REDRAW} attempts: {stats['leaks'][-1]}")
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out


def name_shapes(records):
    sh = {"NAME": 0, "non-Latin": 0, "ALL CAPS": 0, "lower case": 0, "Last, First": 0, "SURNAME/GIVEN": 0,
          "joined by _": 0, "escaped (%, +, \\u, \\x)": 0, "with diacritics": 0}
    for rec in records:
        for s, e, ty in rec["spans"]:
            if ty != "NAME":
                continue
            v = rec["text"][s:e]
            sh["NAME"] += 1
            letters = [ch for ch in v if ch.isalpha()]
            if any(ord(ch) > 0x24F for ch in letters):
                sh["non-Latin"] += 1
            elif len(letters) > 1 and all(ch.isupper() for ch in letters):
                sh["ALL CAPS"] += 1
            elif letters and all(ch.islower() for ch in letters):
                sh["lower case"] += 1
            if ", " in v:
                sh["Last, First"] += 1
            if "/" in v:
                sh["SURNAME/GIVEN"] += 1
            if "_" in v:
                sh["joined by _"] += 1
            if "%" in v or "+" in v or "\\u" in v or "\\x" in v:
                sh["escaped (%, +, \\u, \\x)"] += 1
            if any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", v)) and \
                    not any(ord(ch) > 0x24F for ch in letters):
                sh["with diacritics"] += 1
    return sh


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", default="4333")
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    stats = {"redraws": 0, "leaks": []}
    records = []
    for name, pos, neg in FAMILIES:
        records.extend(build_family(name, pos, neg, a.per_family, a.seed, stats))
    lines = [json.dumps(rec, ensure_ascii=False) + "\n" for rec in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
    # read back
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    if back != records:
        raise RuntimeError("read-back mismatch")
    for rec in back:
        for s, e, ty in rec["spans"]:
            v = rec["text"][s:e]
            core.check_value(v, ty)
    if a.quiet:
        return
    types = core.TYPES
    print("| family | records | no-PII | " + " | ".join(types) + " |")
    print("|---|---:|---:|" + "---:|" * len(types))
    tot = {t: 0 for t in types}
    tr, tn = 0, 0
    for name, _, _ in FAMILIES:
        fr = [x for x in records if x["family"] == name]
        cnt = {t: sum(1 for x in fr for s in x["spans"] if s[2] == t) for t in types}
        nn = sum(1 for x in fr if not x["spans"])
        tr += len(fr)
        tn += nn
        for t in types:
            tot[t] += cnt[t]
        print(f"| `{name}` | {len(fr)} | {nn} | " + " | ".join(str(cnt[t]) for t in types) + " |")
    print(f"| **total** | {tr} | {tn} | " + " | ".join(str(tot[t]) for t in types) + " |")
    print(f"spans: {sum(tot.values())}; multi-line records: {sum(1 for x in records if chr(10) in x['text'])}")
    v6 = sum(1 for x in records for s, e, t in x["spans"] if t == "IP_ADDRESS" and ":" in x["text"][s:e])
    l4 = sum(1 for x in records for s, e, t in x["spans"] if t == "SSN" and e - s == 4)
    print(f"IPv6 spans: {v6}; SSN last-four spans: {l4}")
    print("name shapes:", ", ".join(f"{k}={v}" for k, v in name_shapes(records).items()))
    print(f"redraws after a leak: {stats['redraws']}")
    for x in stats["leaks"][:40]:
        print("  leak:", x)


if __name__ == "__main__":
    main()
