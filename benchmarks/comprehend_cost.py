"""What Comprehend costs per million log lines, and how many names reach it.

Runs the mixed corpus (the Loghub samples plus the texts of dev corpora v1 and v2)
against the local fake endpoint (tests/comprehend_server.py, real botocore HTTP stack)
in one run:

  per-line   the classic sample: one ``detect_pii_entities`` call per line (billable
             units computed per line; the first ``--check`` lines are really sent)
  packed     piiredact, tier="all": every line, packed into <= 100 KB requests, cached
  tiered     piiredact, tier="candidates" (default): regex first; the candidates (the
             builtin name model in a low-threshold pass + key/shape/address cues) are
             packed to Comprehend, cached
  old gate   the previous capitals gate (needs_ner), for comparison (names only)

and prints requests, billable units (100-character units, 3 minimum per request),
dollars per million lines at $0.0001 per unit, ratios to per-line, and the share of
the corpora's labelled NAME spans whose line reached Comprehend (the goal: >= 99% at
<= 0.3x the units of one call per line). The endpoint is deterministic, so packing
must not change what it finds: findings of the checked lines are compared both ways.

    python benchmarks/comprehend_cost.py [--limit N] [--batch 1000] [--check 2000]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpus import data_dir  # noqa: E402
from comprehend_server import ComprehendServer  # noqa: E402

from piiredact import Finding, canonical_entity  # noqa: E402
from piiredact.backends._chain import needs_ner  # noqa: E402
from piiredact.backends.comprehend import ComprehendDetector, billable_units  # noqa: E402

DATA = data_dir()  # $PIIREDACT_DATA_DIR, else ../shared/data beside the checkout
PRICE_PER_UNIT = 0.0001


def load_corpus(limit: int | None) -> tuple[list[str], list[int]]:
    """Lines, and the number of labelled NAME spans in each (0 for Loghub lines)."""
    rows: list[tuple[str, int]] = []
    for path in sorted(glob.glob(str(DATA / "loghub" / "*.log"))):
        with open(path, encoding="utf-8", errors="replace") as fh:
            rows.extend((line.rstrip("\r\n"), 0) for line in fh)
    for name in ("dev_logs.jsonl", "dev_logs_v2.jsonl"):
        if not (DATA / name).exists():
            continue
        with open(DATA / name, encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                rows.append((doc["text"], sum(1 for s in doc["spans"] if s[2] == "NAME")))
    rows = [r for r in rows if r[0].strip()]  # Comprehend rejects empty text
    rows = rows[:limit] if limit else rows
    return [r[0] for r in rows], [r[1] for r in rows]


def per_line(url: str, lines: list[str]) -> tuple[dict[str, int], list[list[Finding]], float]:
    """The classic way: one boto3 call per line."""
    import boto3

    client = boto3.client("comprehend", region_name="us-east-1", endpoint_url=url)
    found: list[list[Finding]] = []
    units = 0
    t0 = time.perf_counter()
    for line in lines:
        resp = client.detect_pii_entities(Text=line, LanguageCode="en")
        units += billable_units(len(line))
        found.append(sorted(
            Finding(e["BeginOffset"], e["EndOffset"], canonical_entity(e["Type"]) or e["Type"], e["Score"], "comprehend")
            for e in resp["Entities"]
        ))
    elapsed = time.perf_counter() - t0
    client.close()
    return {"requests": len(lines), "billable_units": units, "cache_hits": 0}, found, elapsed


def piiredact_way(url: str, lines: list[str], tier: str, batch: int
                  ) -> tuple[dict[str, int], list[list[Finding]], float, set[str]]:
    """piiredact: regex tier, candidates, cache, packing, concurrency; batches as a log
    shipper sends them. Also returns the texts that reached the Comprehend tier."""
    det = ComprehendDetector(endpoint_url=url, region_name="us-east-1", tier=tier, max_concurrency=4)
    reached: set[str] = set()
    remote = det._detect_remote

    def recording(texts: list[str]) -> list[list[Finding]]:
        reached.update(texts)
        return remote(texts)

    det._detect_remote = recording  # type: ignore[method-assign]
    found: list[list[Finding]] = []
    t0 = time.perf_counter()
    for i in range(0, len(lines), batch):
        for fs in det.detect(lines[i:i + batch]):
            found.append([f for f in fs if f.source == "comprehend"])
    elapsed = time.perf_counter() - t0
    stats = det.stats()
    det.close()
    return stats, found, elapsed, reached


def names_ratio(lines: list[str], names: list[int], reached: set[str] | None) -> float:
    total = sum(names)
    got = sum(n for line, n in zip(lines, names) if reached is None or line in reached)
    return got / total if total else 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    ap.add_argument("--batch", type=int, default=1000, help="lines per detect() call (default 1000)")
    ap.add_argument("--check", type=int, default=2000,
                    help="lines really sent one per call to check packed findings (default 2000; 0: all)")
    args = ap.parse_args()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "benchmark")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "benchmark")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    lines, names = load_corpus(args.limit)
    n = len(lines)
    print(f"corpus: {n} lines, {sum(map(len, lines))} chars, {sum(names)} labelled names "
          f"(loghub/*.log + dev_logs.jsonl + dev_logs_v2.jsonl texts), batch={args.batch}")
    # One call per line bills each line on its own: exact without sending them all.
    base = {"requests": n, "billable_units": sum(billable_units(len(t)) for t in lines), "cache_hits": 0}
    checked = list(range(0, n, 1 if args.check == 0 else max(1, n // args.check)))  # spread over the corpus

    with ComprehendServer() as srv:
        _, base_found_part, t_base = per_line(srv.url, [lines[i] for i in checked])
        base_found = dict(zip(checked, base_found_part))
        rows = [("per-line (boto3 call per line)", base, t_base * n / max(1, len(checked)), None)]
        checks = []
        for label, tier in (("packed, tier=all, cached", "all"), ("packed + candidates + cached", "candidates")):
            stats, found, elapsed, reached = piiredact_way(srv.url, lines, tier, args.batch)
            rows.append((label, stats, elapsed, reached))
            sent = [i for i in checked if lines[i] in reached]
            diff = sum(1 for i in sent if found[i] != base_found[i])
            stray = sum(1 for i in range(n) if lines[i] not in reached and found[i])
            checks.append((label, len(sent), sum(len(found[i]) for i in sent), diff, stray))

    print()
    print(f"{'way':34} {'requests':>9} {'units':>9} {'$/1M lines':>11} {'req ratio':>10} {'unit ratio':>11}"
          f" {'names in':>9} {'seconds':>8}")
    for label, s, elapsed, reached in rows:
        req, units = s["requests"], s["billable_units"]
        dollars = units * PRICE_PER_UNIT / n * 1_000_000
        print(f"{label:34} {req:>9} {units:>9} {dollars:>11.2f} {req / base['requests']:>10.4f}"
              f" {units / base['billable_units']:>11.4f} {names_ratio(lines, names, reached):>9.4f} {elapsed:>8.1f}")
    old = {t for t in lines if needs_ner(t)}
    print(f"{'old capitals gate (needs_ner)':34} {'':>9} {'':>9} {'':>11} {'':>10} {'':>11}"
          f" {names_ratio(lines, names, old):>9.4f}")
    tiered, reached = rows[-1][1], rows[-1][3]
    print()
    print(f"candidates: {tiered['texts_to_comprehend']}/{tiered['texts']} lines reached the Comprehend tier, "
          f"{tiered['texts_sent']} sent after cache, {tiered['chars_sent']} chars in {tiered['requests']} requests")
    ok = True
    for label, n_sent, n_find, diff, stray in checks:
        same = diff == 0 and stray == 0
        ok = ok and same
        print(f"findings check [{label}]: {n_sent} checked lines sent both ways, {n_find} findings, "
              f"{diff} lines differ, {stray} findings on lines not sent -> {'IDENTICAL' if same else 'DIFFERENT'}")
    unit_ratio = tiered["billable_units"] / base["billable_units"]
    name_share = names_ratio(lines, names, reached)
    print(f"targets: names reaching Comprehend >= 0.99: {name_share:.4f} {'OK' if name_share >= 0.99 else 'MISSED'}; "
          f"units <= 0.3x: {unit_ratio:.4f}x {'OK' if unit_ratio <= 0.3 else 'MISSED'}; "
          f"findings identical: {'OK' if ok else 'MISSED'}")
    return 0 if ok and unit_ratio <= 0.3 and name_share >= 0.99 else 1


if __name__ == "__main__":
    raise SystemExit(main())
