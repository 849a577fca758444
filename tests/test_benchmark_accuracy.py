"""The accuracy benchmark's scorer on tiny hand-made fixtures (not the benchmark itself).

The scorer must follow the corpora's score.py rules: overlap of the same type finds a gold
span, a span leaks when at least half its characters are covered by no prediction of any
type, an unmatched prediction is a false positive, USERNAME counts as NAME; and the
leave-one-system-out threshold choice must never look at the held-out system.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _corpus
from _corpus import Record

TEXT = "user Ann Lee ssn 123-45-6789 ip 10.0.0.1"
#            5  8  12   17          28   32     40
GOLD = Record(TEXT, ((5, 12, "NAME"), (17, 28, "SSN"), (32, 40, "IP_ADDRESS")))


def test_overlap_of_the_same_type_finds_a_span() -> None:
    s = _corpus.score_records([GOLD], [[(5, 8, "NAME", 0.9), (17, 28, "SSN", 1.0), (32, 40, "IP_ADDRESS", 1.0)]])
    assert s["NAME"]["R"] == 1.0 and s["NAME"]["P"] == 1.0
    assert s["micro"]["R"] == 1.0 and s["micro"]["fp"] == 0


def test_a_prediction_of_another_type_is_a_miss_and_a_false_positive_but_no_leak() -> None:
    s = _corpus.score_records([GOLD], [[(5, 12, "PHONE", 1.0)]])
    assert s["NAME"]["R"] == 0.0
    assert s["NAME"]["leak"] == 0.0  # every character is covered, whatever the type
    assert s["PHONE"]["fp"] == 1 and s["PHONE"]["gold"] == 0
    assert s["SSN"]["leak"] == 1.0 and s["IP_ADDRESS"]["leak"] == 1.0


def test_leak_is_at_least_half_the_characters_uncovered() -> None:
    rec = Record("abcdefghij", ((0, 10, "NAME"),))
    half = _corpus.score_records([rec], [[(0, 5, "NAME", 1.0)]])
    assert half["NAME"]["leak"] == 0.0  # 5 of 10 covered: not a leak
    less = _corpus.score_records([rec], [[(0, 4, "NAME", 1.0)]])
    assert less["NAME"]["leak"] == 1.0 and less["NAME"]["R"] == 1.0  # found, yet readable


def test_username_and_card_names_are_mapped_onto_the_corpus_names() -> None:
    rec = Record("login mgarcia card 4111111111111111", ((6, 13, "NAME"), (19, 35, "CREDIT_CARD")))
    s = _corpus.score_records([rec], [[(6, 13, "USERNAME", 0.9), (19, 35, "CREDIT_DEBIT_NUMBER", 1.0)]])
    assert s["NAME"]["R"] == 1.0 and s["CREDIT_CARD"]["R"] == 1.0 and s["micro"]["fp"] == 0


def test_thresholds_drop_low_scores_before_scoring() -> None:
    s = _corpus.score_records([GOLD], [[(5, 12, "NAME", 0.6)]], thresholds={"NAME": 0.7})
    assert s["NAME"]["R"] == 0.0 and s["NAME"]["leak"] == 1.0


def test_families_are_scored_apart() -> None:
    a = Record("Ann", ((0, 3, "NAME"),), family="a")
    b = Record("Status Active", (), family="b")
    fams = _corpus.by_family([a, b], [[(0, 3, "NAME", 1.0)], [(7, 13, "NAME", 1.0)]])
    assert fams["a"]["NAME"]["P"] == 1.0 and fams["b"]["NAME"]["fp"] == 1


def test_line_count_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        _corpus.score_records([GOLD], [])


def _system(lines: int, findings: list[tuple[str, float]]) -> list[list[tuple[int, int, str, float]]]:
    out: list[list[tuple[int, int, str, float]]] = [[] for _ in range(lines)]
    for i, (entity, score) in enumerate(findings):
        out[i].append((0, 3, entity, score))
    return out


def test_thresholds_kept_when_the_fitting_systems_meet_the_target() -> None:
    systems = {"a": _system(1000, [("NAME", 0.6)]), "b": _system(1000, [])}
    assert _corpus.choose_thresholds(systems, 0.5, 1.0)["NAME"] == 0.5


def test_thresholds_raised_just_enough_on_the_fitting_systems() -> None:
    # 4 NAME findings in 1,000 lines; target 1/1k: the lowest threshold that keeps at most 1.
    systems = {"a": _system(1000, [("NAME", 0.55), ("NAME", 0.6), ("NAME", 0.7), ("NAME", 0.95)])}
    th = _corpus.choose_thresholds(systems, 0.5, 1.0)
    assert th["NAME"] == 0.95
    assert _corpus.count_entities(systems["a"], th)["NAME"] == 1


def test_thresholds_never_switch_an_entity_off() -> None:
    systems = {"a": _system(1000, [("SSN", 1.0), ("SSN", 1.0)])}
    assert _corpus.choose_thresholds(systems, 0.5, 1.0)["SSN"] <= 1.0


def test_per_1k() -> None:
    assert _corpus.per_1k(3, 2000) == 1.5 and _corpus.per_1k(1, 0) == 0.0


def test_same_figures_as_score_py(tmp_path: Path) -> None:
    """Our scorer and the corpora's own score.py agree on a fixture with every rule in it."""
    score_py = _corpus.data_dir() / "score.py"
    if not score_py.exists():
        pytest.skip("shared corpus (score.py) not present")
    recs = [GOLD, Record("mail ann@example.com", ((5, 20, "EMAIL"),)), Record("nothing here", ())]
    preds = [
        [(5, 8, "USERNAME", 0.9), (17, 22, "PHONE", 0.8)],
        [(5, 20, "EMAIL", 1.0), (0, 4, "NAME", 0.6)],
        [(0, 7, "NAME", 0.7)],
    ]
    gold, pred = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    _corpus.write_gold(recs, gold)
    _corpus.write_predictions(preds, pred)
    assert all("findings" in json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines())
    theirs = _corpus.run_scorer(score_py.parent, gold, pred)
    assert _corpus.same_as_scorer(_corpus.score_records(recs, preds), theirs), theirs


def test_heldout_files_are_well_formed() -> None:
    """The shipped held-out sets load, and every span is trimmed, in range and non-overlapping."""
    for name in ("synthetic", "unfamiliar", "prose"):
        path = _corpus.HELDOUT_DIR / f"{name}.jsonl"
        recs = _corpus.load_jsonl(path)
        assert recs and all(r.family for r in recs)
        for r in recs:
            last = 0
            for s, e, _ in sorted(r.spans):
                v = r.text[s:e]
                assert v and v == v.strip() and s >= last
                last = e


def test_accuracy_help_runs() -> None:
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "accuracy.py"
    proc = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "--quick" in proc.stdout


def test_bootstrap_interval_brackets_the_point_figure() -> None:
    recs = [Record("Ann", ((0, 3, "NAME"),)) for _ in range(30)] + [Record("Bob", ((0, 3, "NAME"),))] * 10
    preds = [[(0, 3, "NAME", 1.0)] for _ in range(30)] + [[] for _ in range(10)]
    ci = _corpus.bootstrap_ci(recs, preds, resamples=200)
    lo, hi = ci["R"]
    assert lo <= 0.75 <= hi and lo < hi
    assert ci["P"] == (1.0, 1.0)
    assert ci == _corpus.bootstrap_ci(recs, preds, resamples=200)  # seeded: same interval every run
