"""Packaging: what the sdist and wheel carry, the metadata, `python -m piiredact`, the core-only demo.

The archives are built in-process with hatchling (in requirements/test.txt), so no test needs the
network or an isolated build environment; without hatchling those tests skip.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import piiredact

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent

# What the sdist's own tests, tox and the Makefile read, whatever else changes.
SDIST_REQUIRED = [
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "Makefile",
    "tox.ini",
    "examples/sample.log",
    "requirements/test.txt",
    "requirements/adapters.txt",
    "requirements/models.txt",
    "adapters/aws_lambda/handler.py",
    "adapters/spark/piiredact_spark.py",
    "adapters/spark/redact_job.py",
    "tests/conftest.py",
    "tests/adapters/conftest.py",
    "piiredact/py.typed",
    "piiredact/backends/_names/names.bin",
    "piiredact/backends/_names/logins.bin",
    "piiredact/backends/_names/uncased.bin",
]
# Top-level folders whose tracked files all belong in the sdist.
SDIST_TREES = ["piiredact", "tests", "examples", "adapters", "benchmarks", "docs", "requirements", "tools"]
_JUNK = re.compile(r"(^|/)(__pycache__|\.venv|\.hypothesis|\.pytest_cache|build|dist)(/|$)|\.pyc$")


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _build(kind: str, root: Path, out: Path) -> Path:
    builders = pytest.importorskip(f"hatchling.builders.{kind}")
    builder_class = builders.SdistBuilder if kind == "sdist" else builders.WheelBuilder
    (artifact,) = builder_class(str(root)).build(directory=str(out), versions=["standard"])
    return Path(artifact)


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("sdist", ROOT, tmp_path_factory.mktemp("sdist"))


@pytest.fixture(scope="module")
def sdist_names(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as archive:
        # every member sits under "piiredact-<version>/"
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


@pytest.fixture(scope="module")
def unpacked_sdist(sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # the safe filter (3.10.12+, 3.11.4+); older: trusted input
            archive.extractall(target, filter="data")
        else:  # pragma: no cover
            archive.extractall(target)
    (unpacked,) = target.iterdir()
    return unpacked


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(_build("wheel", ROOT, tmp_path_factory.mktemp("wheel"))) as archive:
        yield archive


def _tracked_files(trees: list[str]) -> list[str]:
    """Files git tracks under ``trees``, or skip outside a git checkout (e.g. in an unpacked sdist)."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    out = subprocess.run(["git", "ls-files", "-z", "--", *trees], cwd=ROOT, capture_output=True, check=True)
    return [name for name in out.stdout.decode().split("\0") if name and (ROOT / name).is_file()]


def test_sdist_carries_what_its_tests_tox_and_makefile_read(sdist_names: set[str]) -> None:
    """The sdist has the requirements files, adapters, licence, changelog, Makefile and tox.ini."""
    assert [] == [name for name in SDIST_REQUIRED if name not in sdist_names]


def test_sdist_carries_every_tracked_file_of_its_trees(sdist_names: set[str]) -> None:
    """Every tracked file under the package, tests, adapters, docs, benchmarks, ... is in the sdist."""
    assert [] == [name for name in _tracked_files(SDIST_TREES) if name not in sdist_names]


def test_sdist_has_no_build_junk(sdist_names: set[str]) -> None:
    """No bytecode, caches, virtual environments or build output end up in the sdist."""
    assert [] == sorted(name for name in sdist_names if _JUNK.search(name))


def test_wheel_built_from_the_unpacked_sdist_has_the_model(unpacked_sdist: Path, tmp_path: Path) -> None:
    """pip's path (sdist -> wheel) keeps the package data: the name model and py.typed."""
    with zipfile.ZipFile(_build("wheel", unpacked_sdist, tmp_path)) as built:
        names = set(built.namelist())
    expected = {"piiredact/py.typed", "piiredact/backends/_names/names.bin", "piiredact/backends/_names/logins.bin",
                "piiredact/backends/_names/uncased.bin", "piiredact/__init__.py"}
    assert expected <= names


def test_unpacked_sdist_runs_its_adapter_and_readme_tests(unpacked_sdist: Path) -> None:
    """The adapter tests (they import adapters/) and the README/docs tests pass from the unpacked sdist."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/adapters/test_aws_lambda.py", "tests/test_readme.py"],
        cwd=unpacked_sdist, capture_output=True, text=True, timeout=300,
    )
    assert 0 == out.returncode, out.stdout[-3000:] + out.stderr[-2000:]
    assert " passed" in out.stdout


def test_wheel_metadata_has_licence_classifiers_urls_and_entry_point(wheel: zipfile.ZipFile) -> None:
    """METADATA names the licence, every claimed Python version and the project URLs; the CLI is a script."""
    info = f"piiredact-{piiredact.__version__}.dist-info"
    metadata = wheel.read(f"{info}/METADATA").decode()
    assert "License: Apache-2.0" in metadata
    assert "Classifier: License :: OSI Approved :: Apache Software License" in metadata
    for version in ("3.10", "3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in metadata
    assert {"Homepage", "Source", "Documentation", "Changelog"} <= set(
        re.findall(r"^Project-URL: ([^,]+),", metadata, re.M)
    )
    assert f"{info}/licenses/LICENSE" in wheel.namelist()
    assert "piiredact = piiredact._cli:main" in wheel.read(f"{info}/entry_points.txt").decode()


def test_claimed_python_versions_are_all_in_tox() -> None:
    """tox's envlist covers every Python version the classifiers claim, and requires-python agrees."""
    project = _pyproject()["project"]
    claimed = sorted(
        c.rsplit(":: ", 1)[1] for c in project["classifiers"] if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert ["3.10", "3.11", "3.12", "3.13"] == claimed
    assert ">=3.10" == project["requires-python"]
    tox = configparser.ConfigParser()
    tox.read(ROOT / "tox.ini", encoding="utf-8")
    envs = {env.strip() for env in tox["tox"]["envlist"].split(",")}
    assert {"py" + v.replace(".", "") for v in claimed} <= envs


def test_presidio_extra_says_it_needs_python_311() -> None:
    """The presidio extra carries a Python marker instead of resolving an older Presidio on 3.10."""
    presidio = _pyproject()["project"]["optional-dependencies"]["presidio"]
    analyzer = [req for req in presidio if req.startswith("presidio-analyzer")]
    assert ["presidio-analyzer>=2.2.366; python_version >= '3.11'"] == analyzer


def test_pandas_is_bounded_below_3() -> None:
    """requirements/adapters.txt keeps pandas below 3, which pyspark warns about."""
    lines = (ROOT / "requirements/adapters.txt").read_text(encoding="utf-8").splitlines()
    assert ["pandas>=2.2,<3"] == [line for line in lines if line.startswith("pandas")]


def test_licence_and_changelog() -> None:
    """LICENSE is the Apache 2.0 text pyproject names; CHANGELOG has Unreleased and this version."""
    assert "Apache-2.0" == _pyproject()["project"]["license"]["text"]
    assert "Apache License\n                           Version 2.0" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(piiredact.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)


def test_python_m_piiredact_runs_the_cli() -> None:
    """`python -m piiredact --help` prints the CLI's usage and exits 0."""
    out = subprocess.run(
        [sys.executable, "-m", "piiredact", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert (0, "") == (out.returncode, out.stderr)
    assert out.stdout.startswith("usage: piiredact")


def test_python_m_piiredact_redacts_the_sample() -> None:
    """`python -m piiredact examples/sample.log` masks the sample's SSN, as `make demo` shows."""
    out = subprocess.run(
        [sys.executable, "-m", "piiredact", "examples/sample.log"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert 0 == out.returncode
    first = out.stdout.splitlines()[0]
    assert "366-43-5036" not in first
    assert "SSN ***********" in first


def _make_dry_run(target: str, tmp_path: Path) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # a clean make: not the flags and variables of a `make test` that may be running this test
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "VIRTUAL_ENV"}}
    out = subprocess.run(
        ["make", "-n", "-B", target, "PYTHON=python3", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60, env=env,
    )
    return out.stdout.splitlines()


def test_make_demo_installs_the_core_only_into_its_venv(tmp_path: Path) -> None:
    """`make demo` creates a venv and pip-installs only the package itself there: no extra, no requirements."""
    lines = _make_dry_run("demo", tmp_path)
    venv_python = f"{tmp_path / 'venv'}/bin/python"
    assert [f"python3 -m venv {tmp_path / 'venv'}"] == [line for line in lines if " -m venv " in line]
    installs = [line for line in lines if "pip install" in line]
    assert [f"{venv_python} -m pip install -q -e ."] == installs


def test_core_depends_on_pydantic_only() -> None:
    """The core (what `make demo` installs) needs pydantic, plus tomli on 3.10: the README says so."""
    names = [re.split(r"[<>=!;\[ ]", req, maxsplit=1)[0] for req in _pyproject()["project"]["dependencies"]]
    assert ["pydantic", "tomli"] == sorted(names)


def test_make_test_installs_everything_into_the_venv_then_runs_pytest(tmp_path: Path) -> None:
    """`make test` installs every extra, the requirements files and the test pipeline into the venv."""
    lines = _make_dry_run("test", tmp_path)
    venv_python = f"{tmp_path / 'venv'}/bin/python"
    installs = [line for line in lines if "pip install" in line]
    assert all(line.startswith(f"{venv_python} -m pip install") for line in installs)
    joined = " ".join(installs)
    for needed in ("'.[dev]'", "requirements/test.txt", "requirements/adapters.txt", "requirements/models.txt"):
        assert needed in joined
    assert any(f"{venv_python} -m pytest" in line for line in lines)
