"""pack_c: labelled synthetic logs of identity, security and developer tooling (training/validation pack).

    python tools/names/packs/pack_c/generate.py [--per-family N] [--seed S] [--out PATH]

Standard library only; output is byte-identical for the same arguments whatever PYTHONHASHSEED is
(each family draws from its own random.Random seeded with a string; no set order feeds a choice).
Every record is verified (see core.check_structure / core.find_leaks); a template bug raises, and a
record that leaks (PII outside a span) is drawn again from the same stream."""

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

import names as NL  # noqa: E402
from core import ALL_FAMILY, ALL_GIVEN, TYPES, Ctx, TemplateBug, check_structure, find_leaks  # noqa: E402
from fam_a import FAMILIES_A  # noqa: E402
from fam_b import FAMILIES_B  # noqa: E402

FAMILIES = FAMILIES_A + FAMILIES_B
DEFAULT_SEED = 20261207
MAX_REDRAW = 200


def build_family(name, pos, neg, n, seed, stats):
    rng = random.Random(f"pack_c|{seed}|{name}")
    n_neg = round(n * 0.3)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    out, counters = [], {True: 0, False: 0}
    for is_neg in flags:
        tmpls = neg if is_neg else pos
        tmpl = tmpls[counters[is_neg] % len(tmpls)]
        counters[is_neg] += 1
        for attempt in range(MAX_REDRAW):
            x = Ctx(rng)
            rec = tmpl(x)
            if is_neg and x.persons:
                raise TemplateBug(f"{tmpl.__name__}: negative drew a person")
            check_structure(rec, is_neg)
            leaks = find_leaks(rec, x.persons)
            if not leaks:
                break
            stats["redraws"] += 1
            stats["redraw_by"][tmpl.__name__] = stats["redraw_by"].get(tmpl.__name__, 0) + 1
        else:
            raise TemplateBug(f"{tmpl.__name__}: still leaking after {MAX_REDRAW} draws: {leaks[:3]} in {rec.text()[:300]!r}")
        text = rec.text()
        spans = [[s, e, t] for s, e, t, _ in rec.labelled()]
        out.append({"text": text, "spans": spans, "family": name, "group": "pack_c"})
    return out


def verify_file(path):
    """Re-read the written file and check every record again from its JSON alone."""
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            t = r["text"]
            prev = 0
            for s, e, typ in sorted(r["spans"]):
                assert typ in TYPES and 0 <= s < e <= len(t) and s >= prev, (r, s, e)
                assert t[s:e] == t[s:e].strip(), (r, s, e)
                prev = e
            assert set(r) == {"text", "spans", "family", "group"} and r["group"] == "pack_c"
            n += 1
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be >= 1")
    stats = {"redraws": 0, "redraw_by": {}}
    records = []
    for name, pos, neg in FAMILIES:
        records += build_family(name, pos, neg, a.per_family, a.seed, stats)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = verify_file(a.out)
    assert n == len(records)
    report(records, a.out, stats)


def report(records, path, stats):
    fams = [f[0] for f in FAMILIES]
    print("| family | records | no-PII | " + " | ".join(TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    tot = {t: 0 for t in TYPES}
    tot_neg = 0
    for fam in fams:
        rs = [r for r in records if r["family"] == fam]
        c = {t: sum(1 for r in rs for s in r["spans"] if s[2] == t) for t in TYPES}
        neg = sum(1 for r in rs if not r["spans"])
        tot_neg += neg
        for t in TYPES:
            tot[t] += c[t]
        print(f"| `{fam}` | {len(rs)} | {neg} | " + " | ".join(str(c[t]) for t in TYPES) + " |")
    print(f"| **total** | {len(records)} | {tot_neg} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    names = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "NAME"]
    esc = sum(1 for v in names if "%" in v or "\\u" in v or "+" in v)
    nonlatin = sum(1 for v in names if re.search(r"[^\x00-\u024f\u1e00-\u1eff]", v))
    print(f"NAME spans: {len(names)}; non-Latin script {nonlatin}; ALL CAPS {sum(1 for v in names if v.isupper())}; "
          f"lower case {sum(1 for v in names if v.islower())}; 'Last, First' {sum(1 for v in names if ', ' in v)}; "
          f"escaped {esc}")
    ips = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS"]
    print(f"IPv6 spans: {sum(1 for v in ips if ':' in v)}; records: {len(records)}; multi-line: "
          f"{sum(1 for r in records if chr(10) in r['text'])}; redraws: {stats['redraws']}")
    print(f"name lists: {len(ALL_GIVEN)} given, {len(ALL_FAMILY)} family, {len(NL.TRADITIONS)} traditions, "
          f"{len(NL.SCRIPT_PAIRS)} script pairs")
    with open(path, "rb") as fh:
        print(f"md5 {hashlib.md5(fh.read()).hexdigest()}  {os.path.basename(path)}")


if __name__ == "__main__":
    main()
