"""Check that RegexDetector's findings are unchanged: save a snapshot, or compare against one.

    python tools/regex_identity.py save  /tmp/regex_snapshot.json   # before a change
    python tools/regex_identity.py check /tmp/regex_snapshot.json   # after it
    python tools/regex_identity.py check /tmp/regex_snapshot.json --pure-re   # without google-re2
    python tools/regex_identity.py check /tmp/regex_snapshot.json --entities SSN,EMAIL   # only these types
    python tools/regex_identity.py save  /tmp/regex_snapshot.json --all   # + names=False, +ADDRESS

Covers every dev-corpus text (v1, v2), every loghub line, the held-out sets, the generated
credential lines (each in batches of 512 and alone) and
seeded adversarial lines (digits, separators, hex, colons, ``@``, capitalised words, cue
and key words, unicode), batched in odd sizes so values straddle the joins. A measuring
tool, not a test: the corpus stays outside the repository.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._corpus import HELDOUT_DIR, data_dir, load_dev, load_jsonl, load_loghub
from piiredact.backends._regex import RegexDetector

_PIECES = [
    "0", "1", "7", "12", "123", "415", "555", "0132", "4111", "1111", "2024", "19", "20", "255", "256",
    "366435036", "4111111111111111", "078-05-1120", "219-09-9999", "10.0.0.1", "192.168.1.255", "01.2.3.4",
    "fe80::1", "::1", "2001:db8::ff00:42:8329", "a:b:c:d:e:f:1:2", "dead:beef::", "::ffff:1.2.3.4", "abcd",
    "ff", "DEAD", ":", "::", ":::", ".", "-", "--", " ", "  ", "\t", "/", "\\", "(", ")", "+", "+1", "+44",
    "@", "%40", "%3C", "ann", "bo.lee", "example.com", "ex.io", "x", "xxx-xx-", "***-**-", "###", "XX",
    "ssn", "SSN", "ss#", "social security", "last four", "last 4", "ending in", "ends with", "last4", "ssn_last4",
    "card", "visa", "phone", "tel", "call", "fax", "tax id", "Dear", "Mr.", "Dr", "by", "for", "to", "with",
    "and", "User", "user", "customer", "Hello", "Thanks", "on behalf of", "name is", "legal name", "cc",
    "name=", "name:", "full_name=", '"name":', "'firstName': ", "holder:", "owner=", "hostname=", "User(",
    "Job(", "{", "}", "[", "]", ",", ";", '"', "'", "’", "Ann", "Lee", "Bo", "Chen", "Alan", "Turing", "O'Neil",
    "McDonald", "Van", "de", "JOHN", "SMITH", "Object", "Store", "August", "May", "Retrying", "Management",
    "Zoë", "Ünal", "李雷", "김철수", "Ñandú", "é", "\u00a0", "\n", "—", "HDFS", "BLK", "blk_-123", "x7f",
    "2024-01-02", "12:34:56", "12:34:56.789", "1.2.3", "v1.2.3.4", "0x1f", "a1b2c3",
]


def adversarial(n: int, seed: int = 1234) -> list[str]:
    """``n`` seeded random lines made of PII-ish and log-ish pieces."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.randint(1, 24)
        parts = []
        for _ in range(k):
            r = rnd.random()
            if r < 0.6:
                parts.append(rnd.choice(_PIECES))
            elif r < 0.75:
                parts.append("".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 20))))
            elif r < 0.85:
                parts.append("".join(rnd.choice("0123456789abcdefABCDEF:.") for _ in range(rnd.randint(1, 30))))
            else:
                parts.append(rnd.choice(" -.()/+:@_,") * rnd.randint(1, 2))
            if rnd.random() < 0.5:
                parts.append(rnd.choice([" ", " ", "", "-", ".", ", ", ": ", "="]))
        out.append("".join(parts).replace("\n", " ") if rnd.random() < 0.9 else "".join(parts))
    return out


def _batches(texts: list[str], sizes: list[int]) -> list[list[str]]:
    out, i, k = [], 0, 0
    while i < len(texts):
        n = sizes[k % len(sizes)]
        out.append(texts[i : i + n])
        i += n
        k += 1
    return out


def _secret_lines() -> list[dict[str, object]]:
    """The seeded credential set of ``benchmarks/secrets`` (default seed, 4000 lines)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "secrets"))
    from generate import generate  # type: ignore[import-not-found]

    lines: list[dict[str, object]] = generate(1717, 4000)
    return lines


def snapshot(detector: RegexDetector) -> dict[str, list[list[list[object]]]]:
    """``{corpus/mode: [[finding, ...] per text]}`` for every corpus and batching mode."""
    d = data_dir()
    corpora = {
        "dev": [r.text for r in load_dev(d)],
        "dev2": [r.text for r in load_jsonl(d / "dev_logs_v2.jsonl")],
        "loghub": [ln for lines in load_loghub(d).values() for ln in lines],
        "heldout": [r.text for f in sorted(HELDOUT_DIR.glob("*.jsonl")) for r in load_jsonl(f)],
        "secrets": [str(rec["text"]) for rec in _secret_lines()],
        "adversarial": adversarial(20000),
    }
    out: dict[str, list[list[list[object]]]] = {}
    for name, texts in corpora.items():
        for mode, sizes in (("b512", [512]), ("odd", [1, 2, 3, 7, 64, 5]), ("one", [1])):
            if name == "loghub" and mode == "odd":
                continue
            res = []
            for batch in _batches(texts, sizes):
                for fs in detector.detect(batch):
                    res.append([[f.start, f.end, f.entity, f.score, f.source] for f in fs])
            out[f"{name}/{mode}"] = res
    return out


def _variants() -> list[tuple[str, RegexDetector]]:
    """The configurations compared: the default, the builtin's ``names=False`` one, +ADDRESS."""
    out = [("", RegexDetector())]
    if "--all" in sys.argv[3:]:
        out += [("nonames", RegexDetector(names=False)), ("address", RegexDetector(extra_entities={"ADDRESS"}))]
    return out


def main() -> int:
    action, path = sys.argv[1], Path(sys.argv[2])
    if "--pure-re" in sys.argv[3:]:
        from piiredact.backends._patterns import _prefilter

        _prefilter._prefilter = None
    snap = {f"{label}:{k}" if label else k: v for label, det in _variants() for k, v in snapshot(det).items()}
    if action == "save":
        path.write_text(json.dumps(snap))
        print({k: sum(map(len, v)) for k, v in snap.items()})
        return 0
    old = json.loads(path.read_text())
    only: set[str] | None = None
    if "--entities" in sys.argv[3:]:
        only = set(sys.argv[sys.argv.index("--entities") + 1].split(","))
    bad = 0
    for key, texts in old.items():
        new = snap[key]
        if only is not None:  # compare the named types only (new types are new findings)
            texts = [[f for f in fs if f[2] in only] for fs in texts]
            new = [[f for f in fs if f[2] in only] for fs in new]
        diffs = [i for i, (a, b) in enumerate(zip(texts, new, strict=True)) if a != b]
        print(f"{key:18} texts={len(texts):6} findings={sum(map(len, new)):6} differing={len(diffs)}")
        for i in diffs[:5]:
            print(f"   #{i}: old={texts[i]} new={new[i]}")
        bad += len(diffs)
    print("IDENTICAL" if bad == 0 else f"DIFFERENT: {bad} texts")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
