# ruff: noqa: UP031
"""Generate pack_l: labelled synthetic telecom/ISP operations logs for training and validating the name model.

python tools/names/packs/pack_l/generate.py [--per-family N] [--seed S] [--out PATH]
Standard library only; output is byte-identical for the same arguments whatever PYTHONHASHSEED is.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402
import names  # noqa: E402

FAMILIES = fam_a.FAMILIES + fam_b.FAMILIES
DEFAULT_SEED = 7331
MAX_REDRAW = 200


def build_family(name, pos, neg, n, seed):
    rng = random.Random("pack_l:%s:%s" % (seed, name))
    n_neg = round(n * 0.3)
    neg_idx = set(rng.sample(range(n), n_neg))
    out, redraws = [], 0
    for i in range(n):
        is_neg = i in neg_idx
        tpls = neg if is_neg else pos
        tpl = tpls[i % len(tpls)] if rng.random() < 0.5 else rng.choice(tpls)
        for attempt in range(MAX_REDRAW):
            ctx = core.Ctx(rng, is_neg)
            rec = tpl(ctx)
            try:
                text, spans = core.verify(rec, ctx)
                break
            except core.LeakError as ex:
                redraws += 1
                last = ex
        else:
            raise SystemExit("family %s template %s: leak check keeps failing: %s" % (name, tpl.__name__, last))
        out.append({"text": text.rstrip("\n"), "spans": spans, "family": name, "group": "pack_l"})
    return out, redraws


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    a = ap.parse_args(argv)
    if a.per_family < 1:
        ap.error("--per-family must be >= 1")
    ntrad, ngiven, nsur, nnative, nreg = names.stats()
    assert ntrad >= 40 and ngiven >= 400 and nsur >= 350 and nnative >= 30, "name lists too small"
    records, total_redraw = [], 0
    for name, pos, neg in FAMILIES:
        recs, rd = build_family(name, pos, neg, a.per_family, a.seed)
        records += recs
        total_redraw += rd
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # read back and compare
    with open(a.out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f.read().split("\n") if x]
    if back != records:
        raise SystemExit("read-back mismatch")
    for r in back:
        for s, e, t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip() and t in core.TYPES
    print_table(records)
    md5 = hashlib.md5(open(a.out, "rb").read()).hexdigest()
    print("records=%d redraws=%d md5=%s out=%s" % (len(records), total_redraw, md5, a.out))
    print("names: traditions=%d given=%d surnames=%d native_pairs=%d regions=%d" % (ntrad, ngiven, nsur, nnative, nreg))


def print_table(records):
    fams = [f[0] for f in FAMILIES]
    print("| family | records | no-PII | " + " | ".join(core.TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(core.TYPES))
    tot = {t: 0 for t in core.TYPES}
    tr = tn = 0
    for fam in fams:
        rs = [r for r in records if r["family"] == fam]
        cnt = {t: 0 for t in core.TYPES}
        for r in rs:
            for _, _, t in r["spans"]:
                cnt[t] += 1
        nn = sum(1 for r in rs if not r["spans"])
        tr, tn = tr + len(rs), tn + nn
        for t in core.TYPES:
            tot[t] += cnt[t]
        print("| `%s` | %d | %d | " % (fam, len(rs), nn) + " | ".join(str(cnt[t]) for t in core.TYPES) + " |")
    print("| **total** | %d | %d | " % (tr, tn) + " | ".join(str(tot[t]) for t in core.TYPES) + " |")
    names_ = [r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "NAME"]
    nonlatin = sum(1 for x in names_ if re.search(r"[^\x00-\u024f\u1e00-\u1eff]", x))
    print("NAME spans=%d non-Latin=%d ALLCAPS=%d lower=%d last_first=%d underscore=%d escaped=%d multiline_records=%d ipv6=%d" % (
        len(names_), nonlatin, sum(1 for x in names_ if x.isupper()), sum(1 for x in names_ if x.islower()),
        sum(1 for x in names_ if re.fullmatch(r"[^,]+, [^,]+", x)), sum(1 for x in names_ if "_" in x),
        sum(1 for x in names_ if re.search(r"%[0-9A-F]{2}|\\u|\+", x)), sum(1 for r in records if "\n" in r["text"]),
        sum(1 for r in records for s, e, t in r["spans"] if t == "IP_ADDRESS" and ":" in r["text"][s:e])))


if __name__ == "__main__":
    main()
