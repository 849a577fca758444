"""Train the login-shape model (package data ``logins.bin``): is one lower-case token a login spelt
from a person's name (``wchoque``, ``kagisom``, ``breathnachc``) or a program's, a word's or an id's
(``kubectl``, ``fluentd``, ``autoscaler``)?

usage: python tools/names/login_model.py [piiredact/backends/_names/logins.bin]
       python tools/names/login_model.py --software-words tools/names/software_words.txt

The gazetteers answer for names they hold; most of the world's names are not in them, and a
login spelt from such a name (a role key's value) was left alone unless it had digits or twelve
letters. Character n-grams generalise where a look-up cannot: this model scores the spelling.

Sources (none of them a log corpus or any evaluation set of this project):

* positives: logins spelt from the name lists of ``lexicon.py`` (US Census 1990/2010, gender-guesser,
  mimesis; see there) in the usual login shapes (given, surname, given+surname, surname+given,
  initial+surname, given+initial, surname+initial, two initials+surname, a shortened given name
  + surname). Entries of the word lists are left out (they are not what this model is for);
* negatives: the lower-case words of Debian's ``wamerican`` and of the name model's ``words.txt``, of
  the five word lists the gazetteers' filter reads (French, Spanish, Italian, Portuguese, German) and of
  eight more where installed (``wdutch wswedish wdanish wnorwegian wpolish wcatalan wbrazilian``),
  pairs of them run together (``alertmanager``), software names (``software_words.txt``, written by
  ``--software-words`` from this machine's package mirror, executables and the Python standard
  library, then kept in the repository so a retrain gives the same bytes), the project's own
  service, host and vendor word lists, and their variants with a program's endings (``-d``,
  ``-ctl``, ``-adm``); and random letter strings of id-like shape;
* the split: by *name* (a crc32 of the name part), not by login, so the held-out figures are for
  names the model never saw; software words split the same way.

The file has the name model's format (``_model.NameModel``): hashed n-grams, int16 weights.
"""

from __future__ import annotations

import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from piiredact.backends._names._loginshape import BITS, login_buckets  # noqa: E402
from piiredact.backends._names._model import NameModel  # noqa: E402

SEED = 20261202
FOREIGN_SAMPLE = 120_000  # words of the other languages' lists, drawn at random
SOFTWARE_WORDS = os.path.join(HERE, "software_words.txt")
_LETTERS = re.compile(r"[a-z]+")


def _held_out(word: str) -> bool:
    return zlib.crc32(word.encode()) % 5 == 0  # a fifth of the names (and software words): validation


def software_words() -> list[str]:
    """Names of programs: this machine's PyPI mirror, executables, Python's standard library."""
    names: set[str] = set()
    for d in ("/opt/pypi/simple", "/opt/pypi-more/simple", "/usr/bin", "/usr/sbin", "/usr/local/bin"):
        if os.path.isdir(d):
            names.update(n.lower() for n in os.listdir(d))
    names.update(m.lower() for m in sys.stdlib_module_names)
    out: set[str] = set()
    for n in names:
        parts = _LETTERS.findall(n)
        out.update(p for p in parts if len(p) >= 4)
        glued = "".join(parts)
        if 4 <= len(glued) <= 24:
            out.add(glued)  # scikit-learn -> scikitlearn, as a service account writes it
    return sorted(out)


# Debian's word lists of more languages (wdutch wswedish wdanish wnorwegian wpolish wcatalan
# wbrazilian), used here only for negatives; required, so the same machine setup gives the same bytes
MORE_DICTIONARIES = tuple(f"/usr/share/dict/{n}" for n in ("dutch", "swedish", "danish", "bokmaal", "nynorsk",
                                                           "polish", "catalan", "brazilian"))


def _more_words() -> set[str]:
    import lexicon as L

    out: set[str] = set()
    for path in MORE_DICTIONARIES:
        if not os.path.exists(path):
            raise SystemExit(f"login_model.py: needs {path} (apt-get install wdutch wswedish wdanish wnorwegian"
                             " wpolish wcatalan wbrazilian)")
        with open(path, encoding="utf-8", errors="replace") as fh:
            out.update(L.fold(w) for w in (line.strip() for line in fh) if w.isalpha() and w.islower())
    return out


def _vocab_words() -> set[str]:
    from piiredact.backends._names import _vocab as V

    out: set[str] = set()
    for s in (V.SERVICE_ACCOUNTS, V.HOST_WORDS, V.VENDORS, V.NEVER_NAMES, V.STATUS_WORDS, V.NON_PERSON_KEYS):
        for w in s:
            out.update(p for p in _LETTERS.findall(w.lower()) if len(p) >= 3)
    return out


def _examples(rng: random.Random) -> tuple[list[tuple[str, int]], list[tuple[str, int]], dict[str, int]]:
    import lexicon as L  # tools/names/lexicon.py: the same name lists as the gazetteers

    data = L.build()
    words = set(data["dictionary"]) | L._model_words()  # type: ignore[arg-type]
    ascii_name = re.compile(r"[a-z]{2,20}")
    first = sorted(w for w in data["first"] if ascii_name.fullmatch(w) and w not in words)  # type: ignore[union-attr]
    last = sorted(w for w in data["last"] if ascii_name.fullmatch(w) and w not in words)  # type: ignore[union-attr]
    names = set(first) | set(last)
    with open(SOFTWARE_WORDS, encoding="utf-8") as fh:
        soft = [w for w in (line.strip() for line in fh) if w and not w.startswith("#")]
    # the words of more languages than the gazetteers' filter uses: a role noun is followed by a
    # word of the log's language as often as by a login ("agent bereikbaar op …")
    foreign = sorted(w for w in L._foreign_words() | _more_words() if ascii_name.fullmatch(w) and w not in names)
    foreign = rng.sample(foreign, min(len(foreign), FOREIGN_SAMPLE))  # (Polish alone has millions of forms)
    dictionary = sorted({w for w in words if ascii_name.fullmatch(w) and w not in names} | set(foreign))
    negatives_base = sorted({w for w in (*dictionary, *soft, *_vocab_words()) if w not in names and len(w) >= 3})

    train: list[tuple[str, int]] = []
    held: list[tuple[str, int]] = []

    def add(token: str, label: int, held_out: bool) -> None:
        if 3 <= len(token) <= 24:
            (held if held_out else train).append((token, label))

    # logins of persons: n draws of a given name and a surname, one shape each
    for _ in range(420_000):
        g, s = rng.choice(first), rng.choice(last)
        h = _held_out(g) and _held_out(s)
        if (_held_out(g) or _held_out(s)) and not h:
            continue  # a login with one seen and one unseen part belongs to neither side
        shape = rng.random()
        if shape < 0.18:
            tok = g + s
        elif shape < 0.40:
            tok = g[0] + s
        elif shape < 0.52:
            tok = g + s[0]
        elif shape < 0.60:
            tok = s + g[0]
        elif shape < 0.66:
            tok = s + g
        elif shape < 0.72:
            tok = g[0] + rng.choice("abcdefghijklmnoprstvwy") + s
        elif shape < 0.78:
            tok = g[: rng.randint(2, 4)] + s
        elif shape < 0.90:
            tok = s
        else:
            tok = g
        add(tok, 1, h)
    # words, programs and their kin
    for w in negatives_base:
        h = _held_out(w)
        add(w, 0, h)
        r = rng.random()
        if r < 0.15:
            add(w + rng.choice(("d", "ctl", "adm", "mgr", "srv", "svc", "db", "cli", "js", "io", "er", "s")), 0, h)
        elif r < 0.25:
            add(rng.choice(("k", "x", "py", "go", "lib", "my", "e", "i", "g", "auto", "re", "un")) + w, 0, h)
    for _ in range(60_000):  # two words run together: alertmanager, datawriter
        a, b = rng.choice(negatives_base), rng.choice(negatives_base)
        add(a + b, 0, _held_out(a) and _held_out(b))
    for _ in range(20_000):  # ids: letters of a hash or a random code (digits are stripped before)
        n = rng.randint(4, 14)
        alphabet = "abcdef" if rng.random() < 0.5 else "abcdefghijklmnopqrstuvwxyz"
        add("".join(rng.choice(alphabet) for _ in range(n)), 0, rng.random() < 0.2)
    counts = {"first": len(first), "last": len(last), "dictionary": len(dictionary), "software": len(soft),
              "negative_words": len(negatives_base)}
    return train, held, counts


def _fit(train: list[tuple[str, int]], mask: int, epochs: int = 6, rate: float = 0.3, l2: float = 1e-6) -> list[float]:
    """Logistic regression by AdaGrad over hashed n-grams (pure Python plus numpy for the sums)."""
    import numpy as np

    w = np.zeros(mask + 1)
    g2 = np.full(mask + 1, 1e-8)
    rng = random.Random(SEED)
    feats = [(np.array(login_buckets(t, mask), dtype=np.int64), y) for t, y in train]
    for _ in range(epochs):
        rng.shuffle(feats)
        for idx, y in feats:
            z = float(w[idx].sum())
            p = 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= rate * grad / np.sqrt(g2[idx])
    return [float(x) for x in w]


def _report(model: NameModel, held: list[tuple[str, int]]) -> dict[str, float]:
    scores = [(model.prob(login_buckets(t, model.mask)), y) for t, y in held]
    pos = sorted(p for p, y in scores if y)
    neg = sorted(p for p, y in scores if not y)
    out: dict[str, float] = {"held_out_positives": len(pos), "held_out_negatives": len(neg)}
    for t in (0.5, 0.8, 0.9, 0.95):
        out[f"recall@{t}"] = round(sum(p >= t for p in pos) / len(pos), 4)
        out[f"negatives_passing@{t}"] = round(sum(p >= t for p in neg) / len(neg), 4)
    return out


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[1] == "--software-words":
        words = software_words()
        with open(argv[2], "w", encoding="utf-8") as fh:
            fh.write("# Names of programs (letters only, 4+), for the login-shape model's negatives: written by\n"
                     "# tools/names/login_model.py --software-words from this machine's PyPI mirror (/opt/pypi*),\n"
                     "# /usr/bin, /usr/sbin and sys.stdlib_module_names on 2026-12-02 (Debian 12, Python 3.11).\n")
            fh.write("\n".join(words) + "\n")
        print(f"wrote {argv[2]}: {len(words)} words", file=sys.stderr)
        return
    out = argv[1] if len(argv) > 1 else os.path.join(ROOT, "piiredact", "backends", "_names", "logins.bin")
    rng = random.Random(SEED)
    train, held, counts = _examples(rng)
    mask = (1 << BITS) - 1
    weights = _fit(train, mask)
    header = {"bits": BITS, "seed": SEED, "train": len(train), "held_out": len(held), "counts": counts,
              "features": "character 1-4-grams of ^token$, letters only (login_buckets)", "format": 1}
    model = NameModel.from_bytes(NameModel.to_bytes(weights, header))
    header["held_out_figures"] = _report(model, held)
    with open(out, "wb") as fh:
        fh.write(NameModel.to_bytes(weights, header))
    print(f"wrote {out}: {header}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
