"""Generate heldout_v3/synthetic.jsonl: 12 template families x 100 records, seed 20261202.

    python benchmarks/heldout_v3/generate.py            # writes synthetic.jsonl, prints the counts table
    python benchmarks/heldout_v3/generate.py --show k8s_audit 5   # print a few records (no file written)

Deterministic: every family draws from its own random.Random seeded with a string (hashed with
SHA-512 by `random`, so PYTHONHASHSEED plays no part), and no set or dict order feeds a choice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _build import TYPES, Rec
from _checks import check_structure, find_leaks
from _ctx import Ctx
from _f_analytics_events import analytics_events
from _f_android_logcat import android_logcat
from _f_dicom_cups_print import dicom_cups_print
from _f_git_forge import git_forge
from _f_k8s_audit import k8s_audit
from _f_kerberos_ldap import kerberos_ldap
from _f_laravel_php import laravel_php
from _f_pino_bunyan import pino_bunyan
from _f_stripe_payments import stripe_payments
from _f_swift_mt import swift_mt
from _f_twilio_sms import twilio_sms
from _f_vpn_radius import vpn_radius

SEED = 20261202
PER_FAMILY = 100
NEGATIVES = 30
MAX_DRAWS = 200
HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES: list[tuple[str, Callable[[Ctx], Rec]]] = [
    ("k8s_audit", k8s_audit),
    ("git_forge", git_forge),
    ("stripe_payments", stripe_payments),
    ("twilio_sms", twilio_sms),
    ("vpn_radius", vpn_radius),
    ("kerberos_ldap", kerberos_ldap),
    ("android_logcat", android_logcat),
    ("laravel_php", laravel_php),
    ("pino_bunyan", pino_bunyan),
    ("swift_mt", swift_mt),
    ("analytics_events", analytics_events),
    ("dicom_cups_print", dicom_cups_print),
]


def draw(fn: Callable[[Ctx], Rec], rng: random.Random, negative: bool) -> tuple[Rec, int]:
    """One record; a leak (PII outside a span) means drawing again from the same stream."""
    for attempt in range(MAX_DRAWS):
        ctx = Ctx(rng, negative)
        rec = fn(ctx)
        check_structure(rec, negative)  # a failure here is a template bug: raise
        if not find_leaks(rec, ctx.persons):
            return rec, attempt
    raise RuntimeError(f"{fn.__name__}: still leaking after {MAX_DRAWS} draws: {find_leaks(rec, ctx.persons)}")


def family_records(name: str, fn: Callable[[Ctx], Rec]) -> tuple[list[dict], int]:
    rng = random.Random(f"heldout_v3/{SEED}/{name}")
    neg_at = set(rng.sample(range(PER_FAMILY), NEGATIVES))
    out, redraws = [], 0
    for i in range(PER_FAMILY):
        rec, again = draw(fn, rng, i in neg_at)
        redraws += again
        out.append({"text": rec.text(), "spans": rec.spans(), "family": name, "group": "v3"})
    return out, redraws


def table(records: list[dict]) -> str:
    fams = [n for n, _ in FAMILIES]
    head = "| family | lines | no-PII lines | " + " | ".join(TYPES) + " |"
    rows = [head, "|---|" + "---:|" * (2 + len(TYPES))]
    tot: Counter = Counter()
    for f in fams:
        rs = [r for r in records if r["family"] == f]
        cnt = Counter(s[2] for r in rs for s in r["spans"])
        neg = sum(1 for r in rs if not r["spans"])
        tot.update(cnt)
        tot["_lines"] += len(rs)
        tot["_neg"] += neg
        rows.append(f"| `{f}` | {len(rs)} | {neg} | " + " | ".join(str(cnt[t]) for t in TYPES) + " |")
    rows.append(f"| **total** | {tot['_lines']} | {tot['_neg']} | " + " | ".join(str(tot[t]) for t in TYPES) + " |")
    return "\n".join(rows)


def profile(records: list[dict]) -> str:
    """Shape counts of the spans, for the README."""
    vals = [(r["text"][s:e], t) for r in records for s, e, t in r["spans"]]
    names = [v for v, t in vals if t == "NAME"]
    nonlatin = sum(1 for v in names if any(ord(c) > 0x24F and c.isalpha() for c in v) or "\\u" in v)
    return "\n".join(
        [
            f"{len(names)} NAME spans: {nonlatin} in non-Latin scripts (or \\u-escaped), "
            f"{sum(1 for v in names if v.isupper())} ALL-CAPS, {sum(1 for v in names if v.islower())} lower case, "
            f"{sum(1 for v in names if ' ' not in v and '^' not in v and '+' not in v and '%' not in v and v.islower())} "
            f"single-token lower-case (account names and the like), {sum(1 for v in names if '^' in v)} DICOM `^`, "
            f"{sum(1 for v in names if ', ' in v)} `Last, First`, {sum(1 for v in names if '%' in v or '+' in v)} form-encoded",
            f"{sum(1 for v, t in vals if t == 'IP_ADDRESS' and ':' in v)} IPv6 spans, "
            f"{sum(1 for v, t in vals if '%' in v)} percent-encoded spans, "
            f"{sum(1 for r in records if chr(10) in r['text'])} multi-line records",
        ]
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", nargs=2, metavar=("FAMILY", "N"))
    ap.add_argument("--out", default=os.path.join(HERE, "synthetic.jsonl"))
    args = ap.parse_args()
    if args.show:
        fam, k = args.show[0], int(args.show[1])
        recs, _ = family_records(fam, dict(FAMILIES)[fam])
        for r in recs[:k]:
            print("-" * 100)
            print(r["text"])
            print([(r["text"][s:e], t) for s, e, t in r["spans"]])
        return
    records, redraws = [], {}
    for name, fn in FAMILIES:
        recs, redraws[name] = family_records(name, fn)
        records.extend(recs)
    lines = []
    for r in records:
        line = json.dumps(r, ensure_ascii=False)
        assert json.loads(line) == r
        lines.append(line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(args.out, "wb") as fh:
        fh.write(data)
    print(table(records))
    print()
    print(profile(records))
    print("spans:", sum(len(r["spans"]) for r in records), "| redraws:", redraws)
    print("md5", hashlib.md5(data).hexdigest(), args.out)


if __name__ == "__main__":
    main()
