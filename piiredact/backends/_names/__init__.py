"""The built-in person-name detector (private): structure rules + a compact trained model.

See docs/names.md. The model file ``names.bin`` is package data rebuilt by ``make model``
(tools/names/generate.py + tools/names/train.py).
"""

from __future__ import annotations

from ._detector import STRUCTURE_SCORE, NameDetector
from ._model import NameModel, load_model

__all__ = ["STRUCTURE_SCORE", "NameDetector", "NameModel", "load_model"]
