"""pack_b: labelled synthetic log records (health, education, people and public services) for training and
validating the name/PII detector. Standard library only; deterministic whatever PYTHONHASHSEED is.

    python tools/names/packs/pack_b/generate.py [--per-family N] [--seed S] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _core import TYPES, TemplateBug, check_structure, find_leaks  # noqa: E402
from _fam_health import FAMILIES as HEALTH  # noqa: E402
from _fam_people import FAMILIES as PEOPLE  # noqa: E402
from _names import NATIVE, TRADS, all_given, all_surnames  # noqa: E402
from _values import Ctx  # noqa: E402

FAMILIES = HEALTH + PEOPLE
DEFAULT_SEED = 20261207
NEG_SHARE = 0.30
MAX_ATTEMPTS = 60


def build_record(fam, funcs, seed, i, negative):
    for attempt in range(MAX_ATTEMPTS):
        r = random.Random(f"{seed}|{fam}|{i}|{attempt}")
        c = Ctx(r, negative)
        fn = r.choice(funcs)
        d = fn(c, negative)
        text, spans = d.text(), d.spans()
        values = [t for t, typ in d.segs if typ]
        check_structure(text, spans, negative, d.frags, values)  # structural errors are template bugs: raise
        toks = c.tokens()
        if find_leaks(text, spans, toks):
            continue  # a drawn name collided with a literal word: draw again from the same stream
        meta = {"neg": negative, "tokens": sorted(toks), "frags": d.frags, "values": values, "tpl": fn.__name__}
        return {"text": text, "spans": spans, "family": fam, "group": "pack_b"}, meta, attempt
    raise TemplateBug(f"{fam} record {i}: no leak-free draw in {MAX_ATTEMPTS} attempts ({fn.__name__})")


def verify_file(path, metas):
    """Re-read the written file and check every record again; any problem raises."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] != "":
        raise TemplateBug("file must end with a newline")
    lines = lines[:-1]
    if len(lines) != len(metas):
        raise TemplateBug("record count mismatch")
    for line, meta in zip(lines, metas):
        rec = json.loads(line)
        if set(rec) != {"text", "spans", "family", "group"}:
            raise TemplateBug(f"bad keys {sorted(rec)}")
        spans = [tuple(s) for s in rec["spans"]]
        check_structure(rec["text"], spans, meta["neg"], meta["frags"], meta["values"])
        leaks = find_leaks(rec["text"], spans, meta["tokens"])
        if leaks:
            raise TemplateBug(f"leak in {rec['family']}: {leaks[:3]} :: {rec['text'][:200]!r}")


def stats(records):
    table = {}
    extra = {"non_latin": 0, "all_caps": 0, "lower": 0, "last_first": 0, "sep": 0, "escaped": 0, "ipv6": 0, "multiline": 0}
    for rec in records:
        row = table.setdefault(rec["family"], {"records": 0, "negatives": 0, **{t: 0 for t in TYPES}})
        row["records"] += 1
        row["negatives"] += not rec["spans"]
        extra["multiline"] += "\n" in rec["text"]
        for s, e, t in rec["spans"]:
            row[t] += 1
            v = rec["text"][s:e]
            if t == "NAME":
                extra["non_latin"] += bool(re.search(r"[^\x00-\u024f\u1e00-\u1eff]", v)) or "\\u" in v
                extra["all_caps"] += v.isupper()
                extra["lower"] += v.islower()
                extra["last_first"] += ", " in v
                extra["sep"] += bool(re.search(r"[A-Z][/^][A-Z]", v))
            extra["escaped"] += "%" in v or "\\u" in v or (t == "NAME" and "+" in v)
            extra["ipv6"] += t == "IP_ADDRESS" and ":" in v
    return table, extra


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if not 1 <= a.per_family <= 100000:
        ap.error("--per-family must be positive")
    assert len(FAMILIES) == 12 and len({f for f, _ in FAMILIES}) == 12
    assert len(TRADS) >= 40 and len(all_given()) >= 400 and len(all_surnames()) >= 350 and len(NATIVE) >= 30

    records, metas, redraws = [], [], 0
    n = a.per_family
    for fam, funcs in FAMILIES:
        negs = set(random.Random(f"{a.seed}|{fam}|negatives").sample(range(n), round(n * NEG_SHARE)))
        for i in range(n):
            rec, meta, attempt = build_record(fam, funcs, a.seed, i, i in negs)
            records.append(rec)
            metas.append(meta)
            redraws += attempt > 0

    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    verify_file(a.out, metas)

    table, extra = stats(records)
    cols = ["records", "negatives", *TYPES]
    print("| family | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    tot = {k: 0 for k in cols}
    for fam, row in table.items():
        print(f"| `{fam}` | " + " | ".join(str(row[k]) for k in cols) + " |")
        for k in cols:
            tot[k] += row[k]
    print("| **total** | " + " | ".join(str(tot[k]) for k in cols) + " |")
    print("NAME detail:", ", ".join(f"{k}={v}" for k, v in extra.items()))
    with open(a.out, "rb") as fh:
        md5 = hashlib.md5(fh.read()).hexdigest()
    print(f"records={len(records)} spans={sum(tot[t] for t in TYPES)} redrawn={redraws} md5={md5} -> {a.out}")


if __name__ == "__main__":
    main()
