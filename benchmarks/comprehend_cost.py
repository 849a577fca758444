"""What Comprehend costs per million log lines: one request per line vs piiredact's way.

Runs the mixed corpus (the Loghub samples plus the texts of the dev corpus) against
the local fake endpoint (tests/comprehend_server.py, real botocore HTTP stack) in one
run, three ways:

  per-line   the classic sample: a plain boto3 ``detect_pii_entities`` call per line
  packed     piiredact, tier="all": every line, packed into <= 100 KB requests, cached
  tiered     piiredact, tier="candidates" (default): regex first, only candidate lines
             packed to Comprehend, cached

and prints requests, billable units (100-character units, 3 minimum per request) and
dollars per million lines at $0.0001 per unit, with ratios to per-line. The endpoint
is deterministic, so packing must not change what it finds: the findings of every
line both ways sent are compared, and the result printed.

    python benchmarks/comprehend_cost.py [--limit N] [--batch 1000]
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

from comprehend_server import ComprehendServer  # noqa: E402

from piiredact import Finding, canonical_entity  # noqa: E402
from piiredact.backends._chain import needs_ner  # noqa: E402
from piiredact.backends.comprehend import ComprehendDetector, billable_units  # noqa: E402

DATA = Path(os.environ.get("PIIREDACT_DATA", "/work/shared/data"))
PRICE_PER_UNIT = 0.0001


def load_corpus(limit: int | None) -> list[str]:
    lines: list[str] = []
    for path in sorted(glob.glob(str(DATA / "loghub" / "*.log"))):
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines.extend(line.rstrip("\r\n") for line in fh)
    with open(DATA / "dev_logs.jsonl", encoding="utf-8") as fh:
        lines.extend(json.loads(line)["text"] for line in fh)
    lines = [t for t in lines if t.strip()]  # Comprehend rejects empty text
    return lines[:limit] if limit else lines


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


def piiredact_way(url: str, lines: list[str], tier: str, batch: int) -> tuple[dict[str, int], list[list[Finding]], float]:
    """piiredact: regex tier, gate, cache, packing, concurrency; batches as a log shipper sends them."""
    det = ComprehendDetector(endpoint_url=url, region_name="us-east-1", tier=tier, max_concurrency=4)
    found: list[list[Finding]] = []
    t0 = time.perf_counter()
    for i in range(0, len(lines), batch):
        for fs in det.detect(lines[i:i + batch]):
            found.append([f for f in fs if f.source == "comprehend"])
    elapsed = time.perf_counter() - t0
    stats = det.stats()
    det.close()
    return stats, found, elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use only the first N lines")
    ap.add_argument("--batch", type=int, default=1000, help="lines per detect() call (default 1000)")
    args = ap.parse_args()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "benchmark")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "benchmark")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    lines = load_corpus(args.limit)
    n = len(lines)
    print(f"corpus: {n} lines, {sum(map(len, lines))} chars "
          f"(loghub/*.log + dev_logs.jsonl texts), batch={args.batch}")

    with ComprehendServer() as srv:
        base, base_found, t_base = per_line(srv.url, lines)
        rows = [("per-line (boto3 call per line)", base, t_base)]
        checks = []
        for label, tier in (("packed, tier=all, cached", "all"), ("packed + tiered + cached", "candidates")):
            stats, found, elapsed = piiredact_way(srv.url, lines, tier, args.batch)
            rows.append((label, stats, elapsed))
            sent = [i for i, t in enumerate(lines) if tier == "all" or needs_ner(t)]
            sent_set = set(sent)
            diff = sum(1 for i in sent if found[i] != base_found[i])
            stray = sum(1 for i in range(n) if i not in sent_set and found[i])
            n_find = sum(len(found[i]) for i in sent)
            checks.append((label, len(sent), n_find, diff, stray))

    print()
    print(f"{'way':34} {'requests':>9} {'units':>9} {'$/1M lines':>11} {'req ratio':>10} {'unit ratio':>11}"
          f" {'cache hits':>10} {'seconds':>8}")
    for label, s, elapsed in rows:
        req, units = s["requests"], s["billable_units"]
        dollars = units * PRICE_PER_UNIT / n * 1_000_000
        print(f"{label:34} {req:>9} {units:>9} {dollars:>11.2f} {req / base['requests']:>10.4f}"
              f" {units / base['billable_units']:>11.4f} {s.get('cache_hits', 0):>10} {elapsed:>8.1f}")
    tiered = rows[-1][1]
    print()
    print(f"tiered: {tiered['texts_to_comprehend']}/{tiered['texts']} lines passed the gate to the Comprehend tier, "
          f"{tiered['texts_sent']} sent after cache, {tiered['chars_sent']} chars in {tiered['requests']} requests")
    ok = True
    for label, n_sent, n_find, diff, stray in checks:
        same = diff == 0 and stray == 0
        ok = ok and same
        print(f"findings check [{label}]: {n_sent} lines sent both ways, {n_find} findings, "
              f"{diff} lines differ, {stray} findings on lines not sent -> {'IDENTICAL' if same else 'DIFFERENT'}")
    req_ratio = tiered["requests"] / base["requests"]
    unit_ratio = tiered["billable_units"] / base["billable_units"]
    print(f"targets: units <= 0.3x: {unit_ratio:.4f}x {'OK' if unit_ratio <= 0.3 else 'MISSED'}; "
          f"requests <= 0.02x: {req_ratio:.4f}x {'OK' if req_ratio <= 0.02 else 'MISSED'}; "
          f"findings identical: {'OK' if ok else 'MISSED'}")
    return 0 if ok and unit_ratio <= 0.3 and req_ratio <= 0.02 else 1


if __name__ == "__main__":
    raise SystemExit(main())
