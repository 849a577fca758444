"""Train the name model on generated lines and write piiredact/backends/_names/names.bin.

usage: python tools/names/train.py TRAIN.jsonl HELDOUT.jsonl [OUT]

Logistic regression over hashed features (the same feature code the detector runs),
fitted by averaged SGD in pure Python with a seeded shuffle: the same inputs give the
same bytes. Only candidate tokens (see ``_features.is_candidate``) are examples; a
candidate is positive when it overlaps a labelled NAME span.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
import time
from collections.abc import Sequence

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

from piiredact.backends._names._features import (
    MASK_BITS,
    candidates,
    features,
    first_word_index,
    hashed,
)
from piiredact.backends._names._model import NameModel
from piiredact.backends._names._tokens import END, START, tokenize

SEED = 7
EPOCHS = 6
LR0 = 0.2
L2 = 1e-7


def examples(path: str, skip: Sequence[tuple[int, int]] = ()) -> tuple[list[list[int]], list[int]]:
    """The candidate examples of ``path``'s lines, minus the line ranges ``skip`` (start, end)."""
    xs: list[list[int]] = []
    ys: list[int] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if any(a <= n < b for a, b in skip):
                continue
            rec = json.loads(line)
            text = rec["text"]
            spans = [(s, e) for s, e, _t in rec["spans"]]
            toks = tokenize(text)
            cand = candidates(toks)
            fw = first_word_index(toks)
            for i, c in enumerate(cand):
                if not c:
                    continue
                t = toks[i]
                y = 1 if any(s < t[END] and t[START] < e for s, e in spans) else 0
                xs.append(hashed(features(toks, text, i, cand, fw)))
                ys.append(y)
    return xs, ys


def train(xs: list[list[int]], ys: list[int], dim: int) -> list[float]:
    w = [0.0] * dim
    u = [0.0] * dim  # for averaging: sum of c * update
    order = list(range(len(xs)))
    rng = random.Random(SEED)
    c = 1
    exp = math.exp
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        lr = LR0 / (1 + epoch)
        loss = 0.0
        for k in order:
            x = xs[k]
            z = 0.0
            for b in x:
                z += w[b]
            if z > 30:
                p = 1.0
            elif z < -30:
                p = 0.0
            else:
                p = 1.0 / (1.0 + exp(-z))
            y = ys[k]
            loss += -math.log(max(1e-12, p if y else 1.0 - p))
            g = lr * (p - y)
            if g:
                cg = c * g
                for b in x:
                    w[b] -= g
                    u[b] -= cg
            c += 1
        print(f"epoch {epoch}: loss {loss / len(xs):.4f}", file=sys.stderr)
    avg = [wi - ui / c for wi, ui in zip(w, u)]
    return avg


def model_bytes(xs: list[list[int]], ys: list[int], bits: int = MASK_BITS) -> bytes:
    """Train on the examples and pack the model file (header: hashing width, seed, epochs, counts)."""
    weights = train(xs, ys, 1 << bits)
    header = {"bits": bits, "seed": SEED, "epochs": EPOCHS, "examples": len(xs), "positives": sum(ys), "format": 1}
    return NameModel.to_bytes(weights, header)


def evaluate(model: NameModel, xs: list[list[int]], ys: list[int]) -> dict[str, float]:
    tp = fp = fn = 0
    for x, y in zip(xs, ys):
        p = model.prob(x) >= 0.5
        tp += p and y
        fp += p and not y
        fn += (not p) and y
    return {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "n": len(xs)}


def main(argv: list[str]) -> None:
    train_path, held_path = argv[1], argv[2]
    out = argv[3] if len(argv) > 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "piiredact", "backends", "_names", "names.bin"
    )
    t0 = time.perf_counter()
    xs, ys = examples(train_path)
    print(f"{len(xs)} candidate examples ({sum(ys)} names) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    data = model_bytes(xs, ys)
    model = NameModel.from_bytes(data)
    hx, hy = examples(held_path)
    print(f"held-out (generated, other seed): {evaluate(model, hx, hy)}", file=sys.stderr)
    with open(out, "wb") as fh:
        fh.write(data)
    print(f"wrote {os.path.normpath(out)} ({len(data)} bytes) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
