"""Generate pack_ad's synthetic.jsonl (pharmacy and drug safety logs).

python tools/names/packs/pack_ad/generate.py [--per-family N] [--seed S] [--out PATH] [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core  # noqa: E402
import fam_a  # noqa: E402
import fam_b  # noqa: E402

GROUP = "pack_ad"
TYPES = ["NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS"]


def families() -> dict:
    fams = {}
    fams.update(fam_a.FAMILIES)
    fams.update(fam_b.FAMILIES)
    return fams


def gen_family(name: str, pos: list, neg: list, n: int, seed: int, redraws: Counter,
               reasons: Counter) -> list[dict]:
    rng = random.Random(f"{GROUP}:{name}:{seed}")
    n_neg = round(n * 0.3)
    flags = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(flags)
    order = {True: list(neg), False: list(pos)}
    for v in order.values():
        rng.shuffle(v)
    used = {True: 0, False: 0}
    out = []
    for negative in flags:
        tpl = order[negative][used[negative] % len(order[negative])]
        used[negative] += 1
        for attempt in range(60):
            c = core.Ctx(rng, negative)
            rec = tpl(c)
            text, spans, checks = rec.build()
            core.verify(text, spans, checks)
            if negative and spans:
                raise AssertionError(f"{name}/{tpl.__name__}: negative with spans")
            if not negative and not spans:
                raise AssertionError(f"{name}/{tpl.__name__}: positive without spans")
            why = core.leak_free(text, spans, c.persons)
            if not why:
                break
            redraws[name] += 1
            reasons[f"{name}: {why}"] += 1
        else:
            raise AssertionError(f"{name}/{tpl.__name__}: no clean draw in 60 attempts ({why}):\n{text}")
        out.append({"text": text, "spans": spans, "family": name, "group": GROUP})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-family", type=int, default=80)
    ap.add_argument("--seed", type=int, default=6444)
    ap.add_argument("--out", default=str(HERE / "synthetic.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    redraws: Counter = Counter()
    reasons: Counter = Counter()
    records = []
    for name, (pos, neg) in families().items():
        records.extend(gen_family(name, pos, neg, a.per_family, a.seed, redraws, reasons))
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    Path(a.out).write_text("".join(lines), encoding="utf-8")
    back = [json.loads(x) for x in Path(a.out).read_text(encoding="utf-8").splitlines()]
    assert back == records, "read-back mismatch"
    for r in back:
        for s, e, _t in r["spans"]:
            assert r["text"][s:e] == r["text"][s:e].strip()
    if a.stats:
        print_stats(records, redraws)
        print(f"redraw reasons: {dict(reasons)}")
    print(f"wrote {len(records)} records to {a.out}; verifier passed", file=sys.stderr)
    return 0


def print_stats(records: list[dict], redraws: Counter) -> None:
    fams: dict[str, Counter] = {}
    for r in records:
        cnt = fams.setdefault(r["family"], Counter())
        cnt["records"] += 1
        cnt["no-PII"] += not r["spans"]
        cnt["multiline"] += "\n" in r["text"]
        for _s, _e, t in r["spans"]:
            cnt[t] += 1
    head = ["family", "records", "no-PII"] + TYPES
    print("| " + " | ".join(head) + " |")
    print("|---|" + "---:|" * (len(head) - 1))
    tot: Counter = Counter()
    for f, cnt in fams.items():
        tot.update(cnt)
        print(f"| `{f}` | " + " | ".join(str(cnt[k]) for k in head[1:]) + " |")
    print("| **total** | " + " | ".join(str(tot[k]) for k in head[1:]) + " |")
    spans = [(r["text"][s:e], t) for r in records for s, e, t in r["spans"]]
    names = [v for v, t in spans if t == "NAME"]
    shape = Counter()
    for v in names:
        if any(ord(ch) > 0x24F and ch.isalpha() for ch in v):
            shape["non-Latin"] += 1
        if v.isupper():
            shape["ALL CAPS"] += 1
        if v.islower():
            shape["lower case"] += 1
        if ", " in v:
            shape["Last, First"] += 1
        if "/" in v:
            shape["SURNAME/GIVEN"] += 1
        if "%" in v or "+" in v or "\\u" in v:
            shape["escaped"] += 1
        if "<" in v:
            shape["ICAO <"] += 1
        if "_" in v:
            shape["underscore"] += 1
    print(f"spans: {len(spans)}; NAME shapes: {dict(shape)}")
    ips = [v for v, t in spans if t == "IP_ADDRESS"]
    ssn4 = sum(1 for v, t in spans if t == "SSN" and len(v) == 4)
    print(f"IPv6: {sum(':' in v for v in ips)}; SSN last-four: {ssn4}; multiline records: {tot['multiline']}")
    print(f"redraws: {dict(redraws)}")


if __name__ == "__main__":
    raise SystemExit(main())
