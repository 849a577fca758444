"""Load the adapters by path: ``adapters/`` is deployable folders, not an installed package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ADAPTERS = Path(__file__).resolve().parents[2] / "adapters"


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (once; later calls return the same module)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def lambda_handler() -> ModuleType:
    """adapters/aws_lambda/handler.py, imported under a name that cannot collide."""
    return load("piiredact_lambda_handler", ADAPTERS / "aws_lambda" / "handler.py")


@pytest.fixture(scope="session")
def spark_worker() -> ModuleType:
    """adapters/spark/piiredact_spark.py (its real module name: Spark pickles its objects by it)."""
    return load("piiredact_spark", ADAPTERS / "spark" / "piiredact_spark.py")
