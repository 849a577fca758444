"""Train the uncased model (names in lower case or capitals) and write its weights.

usage: python tools/names/train_uncased.py TRAIN.jsonl [OUT] [--skip-lines START:END ...]

TRAIN.jsonl is the name model's training file (``tools/names/train_set.py``: the generator's lines
and the development packs'). An example is every token ``uncased_kind`` accepts
(``piiredact/backends/_names/_uncased.py``), positive when it overlaps a labelled NAME or USERNAME
span; a token inside another entity's span (an e-mail's local part, say) is no example, since the
pattern tier owns it. Logistic regression by ``train.py``'s averaged SGD (seeded: same inputs, same
bytes). ``--skip-lines`` leaves ranges of lines out (``benchmarks/uncased_lopo.py`` uses it to hold
development packs out of training).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import train

from piiredact.backends._names._digits import digit_blind
from piiredact.backends._names._features import candidates, first_word_index, hashed
from piiredact.backends._names._lexicon import Lexicon, load_lexicon
from piiredact.backends._names._model import NameModel
from piiredact.backends._names._tokens import END, KIND, START, TEXT, WORD, tokenize
from piiredact.backends._names._uncased import BITS, MODEL_FILE, uncased_features, uncased_kind

_PERSON = ("NAME", "USERNAME")


def examples(path: str, skip: Sequence[tuple[int, int]] = ()) -> tuple[list[list[int]], list[int]]:
    lex = load_lexicon()
    mask = (1 << BITS) - 1
    xs: list[list[int]] = []
    ys: list[int] = []
    kinds: dict[str, str | None] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if any(a <= n < b for a, b in skip):
                continue
            _add(json.loads(line), lex, kinds, mask, xs, ys)
    return xs, ys


def _add(rec: dict, lex: Lexicon, kinds: dict[str, str | None], mask: int, xs: list[list[int]], ys: list[int]) -> None:
    """The examples of one record: every token ``uncased_kind`` accepts, outside other entities' spans."""
    text = digit_blind(rec["text"])
    spans = rec["spans"]
    toks = tokenize(text)
    cand: list[bool] | None = None
    fw = 0
    for i, tok in enumerate(toks):
        if tok[KIND] != WORD:
            continue
        word = tok[TEXT]
        if word not in kinds:
            kinds[word] = uncased_kind(word, lex)
        kind = kinds[word]
        if kind is None:
            continue
        s, e = tok[START], tok[END]
        if any(t not in _PERSON and a < e and s < b for a, b, t in spans):
            continue
        if cand is None:
            cand = candidates(toks)
            fw = first_word_index(toks)
        xs.append(hashed(uncased_features(toks, text, i, cand, fw, kind, lex), mask))
        ys.append(1 if any(t in _PERSON and a < e and s < b for a, b, t in spans) else 0)


def fit(path: str, skip: Sequence[tuple[int, int]] = ()) -> bytes:
    """The model file's bytes for the training lines of ``path`` (minus ``skip``)."""
    xs, ys = examples(path, skip)
    return train.model_bytes(xs, ys, BITS)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train")
    ap.add_argument("out", nargs="?", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "piiredact", "backends", "_names", MODEL_FILE))
    ap.add_argument("--skip-lines", action="append", default=[], metavar="START:END")
    args = ap.parse_args(argv)
    skip = [(int(a), int(b)) for a, b in (s.split(":") for s in args.skip_lines)]
    t0 = time.perf_counter()
    data = fit(args.train, skip)
    header = NameModel.from_bytes(data).header
    with open(args.out, "wb") as fh:
        fh.write(data)
    print(f"wrote {os.path.normpath(args.out)} ({len(data)} bytes; {header['examples']} examples, "
          f"{header['positives']} names) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
