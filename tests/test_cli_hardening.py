"""The CLI under attack, as found (issues 12, 13, 14, 17): compressed and binary inputs,
backends that cannot start or fail at run time, signals at every phase, a killed worker,
lone surrogates, scan's fields and keys, and the command-line conventions. Run for real
as subprocesses (exit codes, stderr lines, bytes)."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import select
import shutil
import signal
import subprocess
import sys
import tarfile
import textwrap
import threading
import zipfile
from pathlib import Path

import pytest

from piiredact._cli_io import zstd_available

from .test_cli import CLI, EMAIL, SSN, needs_fork, run

MASKED = b"*" * len(EMAIL)
BODY = f"one {EMAIL}\ntwo ssn {SSN}\n".encode()
REDACTED = b"one " + MASKED + b"\ntwo ssn " + b"*" * len(SSN) + b"\n"

# Test backends, registered before the real CLI runs (workers inherit them by fork).
WRAPPER = textwrap.dedent(
    """
    import os, signal, sys, time
    from piiredact import BackendError
    from piiredact.backends import register_backend
    from piiredact.testing import FakeDetector

    class Flaky(FakeDetector):
        '''Fails on a batch holding BOOM (ValueError) or SLOW (a BackendError): two kinds.'''
        def detect(self, texts):
            if any("BOOM" in t for t in texts):
                raise ValueError("boom")
            if any("SLOW" in t for t in texts):
                raise BackendError("slow")
            return super().detect(texts)

    class Dead(FakeDetector):
        def detect(self, texts):
            raise ConnectionError("down")

    class InterruptedAtStart:
        '''A Ctrl-C while the backend loads (a model takes seconds to start).'''
        name, entities = "slowstart", frozenset({"EMAIL"})
        def __init__(self):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(30)
        def detect(self, texts):
            return [[] for _ in texts]

    class InterruptedAtClose(FakeDetector):
        '''A Ctrl-C after every line was written, while the run is being finished.'''
        def close(self):
            if os.getpid() == PARENT:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.5)

    PARENT = os.getpid()
    register_backend("flaky", lambda: Flaky({"ann.lee@example.com": "EMAIL"}, name="flaky"))
    register_backend("dead", lambda: Dead(name="dead"))
    register_backend("slowstart", InterruptedAtStart)
    register_backend("lateint", lambda: InterruptedAtClose({"ann.lee@example.com": "EMAIL"}, name="lateint"))

    from piiredact._cli import main
    sys.exit(main())
    """
)


@pytest.fixture
def wrapper(tmp_path: Path) -> list[str]:
    path = tmp_path / "piiredact_wrapper2.py"
    path.write_text(WRAPPER, encoding="utf-8")
    return [sys.executable, str(path)]


def _one_error_line(p: subprocess.CompletedProcess[bytes]) -> bytes:
    assert 2 == p.returncode, p.stderr
    assert b"Traceback" not in p.stderr
    (line,) = p.stderr.splitlines()
    return line


# -- 12.3 compressed and binary inputs ---------------------------------------------------


@pytest.mark.parametrize(("suffix", "compress"), [
    (".bz2", bz2.compress),
    (".xz", lzma.compress),
    (".lzma", lambda b: lzma.compress(b, format=lzma.FORMAT_ALONE)),
])
def test_bz2_xz_lzma_inputs_are_decompressed(tmp_path: Path, suffix: str, compress: object) -> None:
    """bzip2/xz/lzma files were passed through compressed (raw PII inside): now decompressed."""
    src = tmp_path / f"app.log{suffix}"
    src.write_bytes(compress(BODY))  # type: ignore[operator]
    p = run(["--backend", "regex", str(src)])
    assert 0 == p.returncode, p.stderr
    assert REDACTED == p.stdout


def test_compression_is_detected_by_magic_on_stdin_and_in_concatenated_streams(tmp_path: Path) -> None:
    """No suffix on stdin: the magic number decides; concatenated bz2 streams (pbzip2) all read."""
    p = run(["--backend", "regex"], bz2.compress(BODY) + bz2.compress(BODY))
    assert 0 == p.returncode, p.stderr
    assert REDACTED * 2 == p.stdout
    p = run(["--backend", "regex", "--format", "jsonl"], lzma.compress(json.dumps({"m": EMAIL}).encode() + b"\n"))
    assert 0 == p.returncode, p.stderr
    assert {"m": "*" * len(EMAIL)} == json.loads(p.stdout)


def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("app.log", data)
    return buf.getvalue()


def _targz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        info = tarfile.TarInfo("app.log")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    return gzip.compress(buf.getvalue())


@pytest.mark.parametrize(("name", "make", "fmt"), [
    ("app.zip", _zip, "text"),
    ("app.tar.gz", _targz, "jsonl"),
    ("app.7z", lambda d: b"7z\xbc\xaf\x27\x1c" + b"\x00" * 30 + d, "auto"),
])
def test_other_archives_are_refused_with_one_line_exit_2(tmp_path: Path, name: str, make: object, fmt: str) -> None:
    """zip, tar.gz, 7z: refused (their bytes would pass unredacted), one line, nothing written."""
    src = tmp_path / name
    src.write_bytes(make(BODY))  # type: ignore[operator]
    p = run(["--backend", "regex", "--format", fmt, str(src)])
    line = _one_error_line(p)
    assert str(src).encode() in line and b"not a text log" in line
    assert EMAIL.encode() not in p.stdout and SSN.encode() not in p.stdout
    assert b"" == p.stdout


def test_misnamed_compressed_suffix_is_refused(tmp_path: Path) -> None:
    """A file named .bz2 that is not bzip2 data: an error, not a guess."""
    src = tmp_path / "app.log.bz2"
    src.write_bytes(BODY)
    assert b"not bzip2 data" in _one_error_line(run(["--backend", "regex", str(src)]))


def test_zstd_is_decompressed_or_refused_with_the_fix(tmp_path: Path) -> None:
    """.zst: decompressed when a zstd module is importable, else refused naming the fix; never passed through."""
    if shutil.which("zstd") is None:
        pytest.skip("no zstd tool to make the input")
    src = tmp_path / "app.log"
    src.write_bytes(BODY)
    subprocess.run(["zstd", "-q", str(src)], check=True)
    p = run(["--backend", "regex", str(src) + ".zst"])
    if zstd_available():
        assert (0, REDACTED) == (p.returncode, p.stdout)
    else:
        assert b"zstandard" in _one_error_line(p)
        assert b"" == p.stdout


@pytest.mark.parametrize(("suffix", "decompress"), [(".bz2", bz2.decompress), (".xz", lzma.decompress),
                                                     (".gz", gzip.decompress)])
def test_compressed_output_files(tmp_path: Path, suffix: str, decompress: object) -> None:
    """-o x.bz2 / x.xz / x.gz write that format (before, .bz2 got plain text under a .bz2 name)."""
    out = tmp_path / f"clean.log{suffix}"
    p = run(["--backend", "regex", "-o", str(out)], BODY)
    assert 0 == p.returncode, p.stderr
    assert REDACTED == decompress(out.read_bytes())  # type: ignore[operator]


def test_output_suffix_we_cannot_write_is_refused_up_front(tmp_path: Path) -> None:
    """-o x.zip would be a plain file with a misleading name: refused, nothing created."""
    out = tmp_path / "clean.zip"
    assert b"clean.zip" in _one_error_line(run(["--backend", "regex", "-o", str(out)], BODY))
    assert not out.exists()


def test_nul_bytes_are_text_not_binary() -> None:
    """The rule is magic numbers only: a NUL-heavy log (crash padding) is still redacted, not refused."""
    data = b"\x00" * 4096 + b" mail " + EMAIL.encode() + b"\n"
    p = run(["--backend", "regex"], data)
    assert (0, data.replace(EMAIL.encode(), MASKED)) == (p.returncode, p.stdout)


# -- 12.6 / 13.11 backends that cannot start or fail at run time -------------------------


def test_presidio_without_its_pipeline_is_exit_2_naming_the_fix() -> None:
    """Before: exit 0, silent fallback. Now: one line naming the fix, exit 2, nothing written."""
    pytest.importorskip("presidio_analyzer")
    p = run(["--backend", "presidio"], BODY, env={"PIIREDACT_SPACY_MODEL": "xx_no_such_pipeline"})
    line = _one_error_line(p)
    assert b"xx_no_such_pipeline" in line and b"spacy download" in line
    assert b"" == p.stdout


def test_comprehend_without_credentials_is_exit_2_naming_the_fix(tmp_path: Path) -> None:
    """No AWS credentials (and no network: metadata lookups disabled): one line, exit 2."""
    pytest.importorskip("boto3")
    env = {k: "" for k in os.environ if k.startswith("AWS_")}
    env.update({"AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"), "AWS_CONFIG_FILE": str(tmp_path / "none"),
                "AWS_EC2_METADATA_DISABLED": "true", "AWS_REGION": "us-east-1"})
    line = _one_error_line(run(["--backend", "comprehend"], BODY, env=env))
    assert b"credentials" in line and b"AWS_ACCESS_KEY_ID" in line


def test_a_broken_install_of_the_default_backend_is_exit_2_naming_the_file(tmp_path: Path) -> None:
    """Package data missing (here: the word list emptied before the CLI starts): one line naming the
    file, exit 2, nothing written. Before: the run went on, every record through the fallback tier."""
    script = tmp_path / "broken_install.py"
    script.write_text(textwrap.dedent(
        """
        import sys
        from piiredact.backends._names import _detector
        _detector.WORDS = frozenset()
        from piiredact._cli import main
        sys.exit(main())
        """), encoding="utf-8")
    p = run([], BODY, cmd=[sys.executable, str(script)])
    line = _one_error_line(p)
    assert b"words.txt" in line and b"reinstall" in line
    assert b"" == p.stdout


@needs_fork
@pytest.mark.parametrize("workers", ["1", "2"])
def test_run_time_failures_warn_once_per_kind(wrapper: list[str], workers: str) -> None:
    """Two failure kinds, many failing batches: exactly one warning line per kind; all lines redacted."""
    # Sections of ~400 KB: each failing one spans several batches. How many depends on the machine
    # (a chunk is also cut after ~50 ms idle), so a loaded machine may see five failures in a row on
    # one worker and open its circuit breaker: a third kind of warning, legitimate and also said once.
    sections = ["BOOM", "", "", "SLOW", "", "", "BOOM", "", "", "SLOW", "", ""]
    lines = [f"row {i} {EMAIL} {word}" for word in sections for i in range(12000)]
    p = run(["--backend", "flaky", "--workers", workers], ("\n".join(lines) + "\n").encode(), cmd=wrapper)
    assert 0 == p.returncode, p.stderr
    assert EMAIL.encode() not in p.stdout
    assert len(lines) == len(p.stdout.splitlines())
    warnings = p.stderr.splitlines()
    assert len(set(warnings)) == len(warnings), p.stderr  # no kind said twice, whatever the worker count
    assert 1 == sum(b"failed (ValueError)" in w for w in warnings)
    assert 1 == sum(b"failed (BackendError)" in w for w in warnings)
    others = [w for w in warnings if b"failed (" not in w]
    assert all(b"skipped after repeated failures" in w for w in others), p.stderr
    assert len(others) <= 1, p.stderr
    assert all(w.startswith(b"piiredact: warning: ") for w in warnings)


@needs_fork
def test_every_record_fell_back_is_exit_3_unless_allowed(wrapper: list[str], tmp_path: Path) -> None:
    """A backend that never answers: output complete (fallback tier), but stderr says so and exit 3;
    --allow-fallback accepts it (exit 0). Before: exit 0 and silence."""
    p = run(["--backend", "dead", "--workers", "1"], BODY, cmd=wrapper)
    assert 3 == p.returncode, p.stderr
    assert REDACTED == p.stdout
    assert b"answered no record" in p.stderr.splitlines()[-1] and b"--allow-fallback" in p.stderr
    scan = run(["scan", "--backend", "dead", "--workers", "1"], BODY, cmd=wrapper)
    assert 3 == scan.returncode and b"answered no record" in scan.stderr  # a dead backend never passes a CI gate
    rep = tmp_path / "r.json"
    ok = run(["--backend", "dead", "--workers", "1", "--allow-fallback", "--report-json", str(rep)], BODY, cmd=wrapper)
    assert 0 == ok.returncode, ok.stderr
    assert REDACTED == ok.stdout
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert 2 == data["records_fallback"] and 1 == data["failures"]["error:ConnectionError"]


# -- 12.7 scan --field ---------------------------------------------------------------------


def test_scan_field_that_no_record_has_is_an_error() -> None:
    """Before: empty findings and exit 0 (a CI gate passed on PII). Now: exit 2, one line naming the field."""
    docs = [json.dumps({"msg": f"hi {EMAIL}"}), json.dumps({"msg": "quiet"})]
    p = run(["scan", "--backend", "regex", "--field", "nosuch"], ("\n".join(docs) + "\n").encode())
    assert 2 == p.returncode
    assert b"--field nosuch: no record has this field" in p.stderr
    assert EMAIL.encode() not in p.stdout + p.stderr


def test_scan_records_without_the_field_are_counted_and_reported(tmp_path: Path) -> None:
    """Records lacking the field are marked, warned about (count) and in the report; the rest is scanned."""
    docs = [json.dumps({"msg": f"hi {EMAIL}"}), json.dumps({"other": EMAIL}), json.dumps({"msg": "quiet"})]
    rep = tmp_path / "r.json"
    p = run(["scan", "--backend", "regex", "--field", "msg", "--report-json", str(rep)],
            ("\n".join(docs) + "\n").encode())
    assert 1 == p.returncode, p.stderr
    rows = [json.loads(r) for r in p.stdout.splitlines()]
    assert [1, 0, 0] == [len(r["findings"]) for r in rows]
    assert [False, True, False] == [r.get("field_missing", False) for r in rows]
    assert b"1 of 3 records do not have it" in p.stderr
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (2, 1) == (data["records_with_field"], data["records_without_field"])


# -- 17 scan reports key-based redaction ----------------------------------------------------


def test_scan_reports_whole_values_under_redact_keys() -> None:
    """{"password": ...} is redacted whole by redact; scan showed nothing. Now reported, value never printed."""
    line = json.dumps({"user": "x", "password": "hunter2", "nick": "zorro"}) + "\n"
    p = run(["scan", "--backend", "regex", "--redact-keys", "nick"], line.encode())
    assert 1 == p.returncode, p.stderr
    (row,) = [json.loads(r) for r in p.stdout.splitlines()]
    keyed = {tuple(f["path"]): f for f in row["findings"] if f["source"] == "redact_keys"}
    assert {("password",), ("nick",)} == set(keyed)
    assert (0, 7) == (keyed[("password",)]["start"], keyed[("password",)]["end"])
    assert b"hunter2" not in p.stdout and b"zorro" not in p.stdout
    table = run(["scan", "--backend", "regex", "--format", "table"], line.encode())
    assert 1 == table.returncode and b"password" in table.stdout and b"hunter2" not in table.stdout
    field = run(["scan", "--backend", "regex", "--field", "password"], line.encode())
    assert 1 == field.returncode
    assert [{"start": 0, "end": 7, "entity": "PASSWORD"}] == [
        {k: f[k] for k in ("start", "end", "entity")} for f in json.loads(field.stdout)["findings"]]


# -- 12.8 --record-start ------------------------------------------------------------------


def test_record_start_typo_is_refused_and_report_counts_records(tmp_path: Path) -> None:
    """'tiemstamp' was a regex that never matched (the file became one record). Now an error that
    suggests the rule; the report says how many records were formed."""
    line = _one_error_line(run(["--record-start", "tiemstamp"], b"x\n"))
    assert b"--record-start" in line and b"did you mean 'timestamp'" in line
    env_line = _one_error_line(run([], b"x\n", env={"PIIREDACT_RECORD_START": "tiemstamp"}))
    assert env_line.startswith(b"piiredact: PIIREDACT_RECORD_START: ")
    text = "2025-01-01 10:00:00 a\n  more\n2025-01-01 10:00:01 b\nc\n"
    rep = tmp_path / "r.json"
    p = run(["--backend", "regex", "--record-start", "timestamp", "--report", "--report-json", str(rep)],
            text.encode())
    assert 0 == p.returncode, p.stderr
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (4, 2, "timestamp") == (data["lines"], data["records"], data["record_start"])
    assert b"4 lines, 2 records (record start: timestamp)" in p.stderr
    assert 0 == run(["--backend", "regex", "--record-start", "^START"], b"START a\n").returncode


# -- 12.10 Ctrl-C ----------------------------------------------------------------------------


def test_ctrl_c_during_startup_exits_130_without_traceback(wrapper: list[str]) -> None:
    """A Ctrl-C while the backend starts (before the run loop): exit 130, no traceback, no output."""
    p = run(["--backend", "slowstart", "--workers", "1"], BODY, cmd=wrapper)
    assert (130, b"", b"") == (p.returncode, p.stdout, p.stderr)


IMPORT_INTERRUPTED = textwrap.dedent(
    """
    import os, signal, sys
    class CtrlCWhileImporting:
        # A Ctrl-C exactly while the CLI's heavy dependencies (pydantic, via _policy) import.
        def find_spec(self, name, path=None, target=None):
            if name == "piiredact._policy":
                os.kill(os.getpid(), signal.SIGINT)
            return None
    sys.meta_path.insert(0, CtrlCWhileImporting())
    from piiredact._cli import main
    sys.exit(main())
    """
)


def test_ctrl_c_while_the_cli_imports_exits_130_without_traceback() -> None:
    """The first ~0.3 s are mostly imports: a Ctrl-C there printed a KeyboardInterrupt traceback.
    `import piiredact` is light now and the CLI's handler is set before its imports: exit 130, quiet."""
    p = run([], BODY, cmd=[sys.executable, "-c", IMPORT_INTERRUPTED])
    assert (130, b"", b"") == (p.returncode, p.stdout, p.stderr)
    light = subprocess.run([sys.executable, "-c", "import sys, piiredact; print('pydantic' in sys.modules)"],
                           capture_output=True, text=True, check=True)
    assert "False" == light.stdout.strip()


def test_ctrl_c_after_the_output_is_written_still_exits_130(wrapper: list[str]) -> None:
    """A Ctrl-C while the run finishes (the old code exited 0 then): output complete, exit 130."""
    p = run(["--backend", "lateint", "--workers", "1"], f"a {EMAIL}\n".encode(), cmd=wrapper)
    assert (130, b"a " + MASKED + b"\n", b"") == (p.returncode, p.stdout, p.stderr)


@needs_fork
def test_ctrl_c_to_the_process_group_with_two_workers_is_quiet() -> None:
    """Ctrl-C at a terminal signals the whole group (parent and workers): exit 130, stderr empty
    (no pool traceback), output a redacted prefix of whole lines. Repeated: it used to fail 3 in 40."""
    for _ in range(3):
        proc = subprocess.Popen([*CLI, "--backend", "regex", "--workers", "2"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        proc.stdin.write(f"event {EMAIL}\n".encode())
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready
        first = proc.stdout.readline()
        os.killpg(proc.pid, signal.SIGINT)
        rest = proc.stdout.read()
        assert 130 == proc.wait(timeout=60)
        assert b"" == proc.stderr.read()
        assert b"event " + MASKED + b"\n" == first + rest
        proc.stdin.close()


# -- 13.12 lone surrogates ------------------------------------------------------------------


def test_escaped_lone_surrogate_never_alters_other_lines() -> None:
    """A JSON line with an escaped lone surrogate that needs redaction used to re-encode its whole
    batch: raw bytes on other lines became the text \\udcff\\udcfe. Now every other byte is kept."""
    raw = b"bin \xff\xfe keep\n"
    js = '{"msg": "caf\u00e9 \\ud800 ' + EMAIL + '"}\n'  # non-ASCII line: re-serialised as UTF-8
    p = run(["--backend", "regex"], raw + js.encode() + raw)
    assert 0 == p.returncode, p.stderr
    first, second, third, end = p.stdout.split(b"\n")
    assert (raw[:-1], raw[:-1], b"") == (first, third, end)
    assert {"msg": "caf\u00e9 \ud800 " + "*" * len(EMAIL)} == json.loads(second)


# -- 13.13 a worker killed with SIGKILL -------------------------------------------------------


@needs_fork
def test_sigkill_one_worker_the_run_still_ends_complete(tmp_path: Path) -> None:
    """SIGKILL one of 2 workers mid-run: before, the process never exited (a downstream reader never
    saw EOF). Now: EOF, exit 0, every line once, in order, redacted; one warning line."""
    src = tmp_path / "big.log"
    n = 200_000
    src.write_bytes(b"".join(b"line %07d %s done\n" % (i, EMAIL.encode()) for i in range(n)))
    proc = subprocess.Popen([*CLI, "--backend", "regex", "--workers", "2", "--batch-bytes", "8192", str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(65536)  # the workers are up and busy
    kids = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True, check=False).stdout.split()
    assert kids, "no worker processes"
    os.kill(int(kids[0]), signal.SIGKILL)
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(120)  # bounded: a hang fails the test instead of hanging it
    if reader.is_alive():
        proc.kill()
        for pid in kids:
            with __import__("contextlib").suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)
        pytest.fail("no EOF on stdout after a worker was killed")
    assert 0 == proc.wait(timeout=60)
    lines = (head + chunks[0]).split(b"\n")
    assert n + 1 == len(lines)
    assert [b"line %07d %s done" % (i, MASKED) for i in range(n)] == lines[:-1]
    assert [b"worker process died"] == [w[w.index(b"a worker ") + 2:w.index(b" or failed")]
                                        for w in proc.stderr.read().splitlines()]


# -- 14 command-line conventions --------------------------------------------------------------


def test_scan_help_is_scans_own() -> None:
    """`scan --help` printed the same text as `--help`."""
    top, scan = run(["--help"]), run(["scan", "--help"])
    assert 0 == top.returncode == scan.returncode
    assert top.stdout != scan.stdout
    assert scan.stdout.startswith(b"usage: piiredact scan")
    assert b"--field" in scan.stdout and b"--field" not in top.stdout
    assert b"scan --help" in top.stdout


def test_report_json_dash(tmp_path: Path) -> None:
    """`--report-json -` wrote a file named '-'. Now: stdout when -o carries the output, else refused."""
    out = tmp_path / "clean.log"
    p = run(["--backend", "regex", "--report-json", "-", "-o", str(out)], BODY, cwd=tmp_path)
    assert 0 == p.returncode, p.stderr
    assert 2 == json.loads(p.stdout)["lines"]
    assert REDACTED == out.read_bytes()
    refused = run(["--backend", "regex", "--report-json", "-"], BODY, cwd=tmp_path)
    assert b"--report-json -" in _one_error_line(refused)
    assert b"" == refused.stdout
    assert not (tmp_path / "-").exists()


def test_one_missing_file_among_several(tmp_path: Path) -> None:
    """Before: nothing processed. Now like cat: the missing one named up front, the others processed
    in order, exit 2."""
    a, b = tmp_path / "a.log", tmp_path / "b.log"
    a.write_bytes(f"a {EMAIL}\n".encode())
    b.write_bytes(f"b {EMAIL}\n".encode())
    missing = tmp_path / "nope.log"
    p = run(["--backend", "regex", str(a), str(missing), str(b)])
    assert 2 == p.returncode
    assert b"a " + MASKED + b"\nb " + MASKED + b"\n" == p.stdout
    assert [f"piiredact: {missing}: No such file or directory".encode()] == p.stderr.splitlines()


@pytest.mark.parametrize(("env", "name"), [
    ({"PIIREDACT_MODE": "bogus"}, b"PIIREDACT_MODE: "),
    ({"PIIREDACT_MIN_SCORE": "high"}, b"PIIREDACT_MIN_SCORE: "),
    ({"PIIREDACT_ENTITIES": "NOPE"}, b"PIIREDACT_ENTITIES: "),
    ({"PIIREDACT_WORKERS": "many"}, b"PIIREDACT_WORKERS: "),
    ({"PIIREDACT_FORMAT": "xml"}, b"PIIREDACT_FORMAT: "),
    ({"PIIREDACT_BACKEND": "spacyy"}, b"PIIREDACT_BACKEND: "),
    ({"PIIREDACT_MASK_CHAR": "##"}, b"PIIREDACT_MASK_CHAR: "),
])
def test_environment_errors_name_the_variable(env: dict[str, str], name: bytes) -> None:
    """Errors named the policy key (`environment.action`), not the variable the user set."""
    args = [] if "PIIREDACT_BACKEND" in env else ["--backend", "regex"]
    line = _one_error_line(run(args, b"x\n", env=env))
    assert line.startswith(b"piiredact: " + name), line
    if b"ENTITIES" not in name:  # an unknown entity's name is quoted (a type name, not data)
        assert next(iter(env.values())).encode() not in line


def test_python_dash_m_piiredact() -> None:
    """`python -m piiredact` is the CLI."""
    p = run(["--backend", "regex", "--mode", "replace"], f"mail {EMAIL}\n".encode(), cmd=[sys.executable, "-m", "piiredact"])
    assert (0, b"mail [EMAIL]\n") == (p.returncode, p.stdout)
