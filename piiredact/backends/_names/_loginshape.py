"""The login-shape model: how much a lower-case token reads like a login spelt from a person's name.

The gazetteers know a fraction of the world's names; a login spelt from one they lack (``wchoque``,
``kagisom``) reads like a name all the same, and a program's name (``kubectl``, ``fluentd``) does
not. A logistic regression over the token's character n-grams (trained by
``tools/names/login_model.py`` on the gazetteers' names against words and software names, split by
name) scores that spelling. It is asked only where a key already says "a person's role" and the
other tests found no known name: it decides between a person and a program there, nothing more.
"""

from __future__ import annotations

from typing import Final
from zlib import crc32

from ._model import NameModel, load_model

#: log2 of the weight table's size (package data ``logins.bin``).
BITS: Final = 18
MODEL_FILE: Final = "logins.bin"
_MAX_N: Final = 4


def login_buckets(token: str, mask: int) -> list[int]:
    """The hashed features of ``token``: its letters' 1- to 4-grams with ``^``/``$`` at the ends."""
    letters = "".join(c for c in token.lower() if "a" <= c <= "z")
    s = f"^{letters}$".encode("ascii")
    out = [crc32(b"len%d" % min(len(letters), 16)) & mask]
    n = len(s)
    for k in range(1, _MAX_N + 1):
        for i in range(n - k + 1):
            out.append(crc32(s[i : i + k]) & mask)
    return out


def login_prob(token: str) -> float:
    """P(a login spelt from a person's name) for one lower-case token (digits are ignored)."""
    model: NameModel = load_model(MODEL_FILE)
    return model.prob(login_buckets(token, model.mask))
