"""The README's promises about setup: the two commands, CI running exactly the second, install lines
that work as written from a checkout (the package is not on an index yet), and the extras table."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
# A pip command up to the end of its code span, a shell comment, a command separator or the line.
_PIP = re.compile(r"\bpip install (?:[^`#;&|()\n]|#(?!\s))+")
# The library's own exception text quoted by a page (``BackendUnavailable: ... pip install its wheel``).
_QUOTED_ERROR = re.compile(r"\b[A-Z]\w*(Error|Unavailable|Exception|Timeout)\b")
# Forms that install piiredact from a checkout or a built wheel rather than from an index: a path
# (".", "./x", "/path/to/piiredact[extra]", "dist/piiredact-*.whl") or a direct reference ("piiredact @ file:...").
_LOCAL = re.compile(r"^\.|/|^piiredact(\[[\w,-]+\])? @ ")


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _commands(block: str) -> list[str]:
    """Shell commands of a fenced block: comments dropped, continuation lines joined."""
    joined = block.replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            commands.append(re.sub(r"\s+", " ", line))
    return commands


def _doc_files() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "adapters").glob("*/README.md"))]


def _pip_installs() -> list[tuple[str, str]]:
    """(file, command) for every `pip install` the docs show: in code blocks, code comments and inline
    code. A quoted error message that contains one (``MissingDependencyError: ... pip install ...``) is
    the library's text, not an instruction of the page, and is left out."""
    found = []
    for path in _doc_files():
        text = path.read_text(encoding="utf-8").replace("\\\n", " ")
        for line in text.splitlines():
            for match in _PIP.finditer(line):
                if _QUOTED_ERROR.search(line[: match.start()]):
                    continue
                found.append((str(path.relative_to(ROOT)), re.sub(r"\s+", " ", match.group(0)).strip()))
    return found


def _extras() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return set(project["optional-dependencies"])


def test_two_commands_are_make_demo_then_make_test() -> None:
    """The README's setup is two commands: `make demo` (core), then `make test` (the suite)."""
    block = _FENCE.search(_section(README.read_text(encoding="utf-8"), "Two commands"))
    assert block is not None
    assert ["make demo", "make test"] == _commands(block.group(1))


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """.ci/run runs `make test` as its own command and invokes pytest no other way."""
    ci = ROOT / ".ci/run"
    if not ci.exists():
        pytest.skip("no .ci/run (an unpacked sdist)")
    commands = _commands(ci.read_text(encoding="utf-8"))
    assert "make test" in commands
    assert [] == [c for c in commands if "pytest" in c]


def test_install_lines_install_piiredact_from_a_checkout_or_wheel() -> None:
    """No install line asks an index for piiredact: each names the checkout, a path or a wheel."""
    installs = _pip_installs()
    assert installs, "the docs show how to install"
    from_index = []
    for name, command in installs:
        for arg in shlex.split(command):
            if "piiredact" in arg.lower() and not _LOCAL.search(arg):
                from_index.append((name, command))
    assert [] == from_index


def test_install_lines_name_existing_extras() -> None:
    """Every extra an install line names is an extra of pyproject.toml."""
    known = _extras()
    unknown = []
    for name, command in _pip_installs():
        for arg in shlex.split(command):
            if "piiredact" in arg or arg.startswith(".["):
                for extras in re.findall(r"\[([\w,-]+)\]", arg):
                    unknown += [(name, extra) for extra in extras.split(",") if extra not in known]
    assert [] == unknown


def test_extras_table_lists_every_user_extra() -> None:
    """The README's Install table has a row for every extra except the project's own `dev` and `test`."""
    table = _section(README.read_text(encoding="utf-8"), "Install")
    rows = set(re.findall(r"^\| `([\w-]+)` \|", table, re.M))
    assert _extras() - {"dev", "test"} == rows
