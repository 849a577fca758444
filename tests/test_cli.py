"""The ``piiredact`` command line, run for real as a subprocess (exit codes, bytes, order)."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "piiredact._cli"]

# Fake PII written for these tests.
EMAIL = "ann.lee@example.com"
SSN = "123-45-6789"
CARD = "4111 1111 1111 1111"

# A wrapper that registers test backends before running the real CLI (workers are forked,
# so they inherit the registrations and the crash hook).
WRAPPER = textwrap.dedent(
    """
    import os, sys
    from piiredact import Finding
    from piiredact.backends import register_backend
    from piiredact.testing import FakeDetector
    import piiredact._cli_pipeline as pipeline

    class ContextDetector:
        '''Flags "Ann Lee" only in a text that also holds the word Traceback (needs the record).'''
        name = "ctx"
        entities = frozenset({"NAME"})
        def detect(self, texts):
            out = []
            for t in texts:
                fs = []
                if "Traceback" in t:
                    i = t.find("Ann Lee")
                    while i >= 0:
                        fs.append(Finding(i, i + 7, "NAME", 0.9, "ctx"))
                        i = t.find("Ann Lee", i + 1)
                out.append(fs)
            return out

    register_backend("ctx", ContextDetector)
    register_backend("lit", lambda: FakeDetector({"Ann Lee": "NAME"}))

    PARENT = os.getpid()
    real_process = pipeline.Processor.process
    def crashing_process(self, chunk, first_line=1):
        if b"CRASH" in chunk and os.getpid() != PARENT:
            os._exit(3)  # a worker dying mid-batch, as on a segfault or the OOM killer
        return real_process(self, chunk, first_line)
    pipeline.Processor.process = crashing_process

    from piiredact._cli import main
    sys.exit(main())
    """
)


# The wrapper's test backends and crash hook reach the workers by fork (Linux's start method).
needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def run(args: list[str], stdin: bytes = b"", *, env: dict[str, str] | None = None,
        cmd: list[str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PIIREDACT_")}
    base.update(env or {})
    return subprocess.run([*(cmd or CLI), *args], input=stdin, capture_output=True, env=base,
                          timeout=120, check=False, cwd=cwd)


@pytest.fixture
def wrapper(tmp_path: Path) -> list[str]:
    path = tmp_path / "piiredact_wrapper.py"
    path.write_text(WRAPPER, encoding="utf-8")
    return [sys.executable, str(path)]


def test_redacts_stdin_to_stdout() -> None:
    """PII is masked, everything else (spacing, text, newline) is kept."""
    p = run(["--backend", "regex"], f"mail {EMAIL} ssn {SSN} ok\n".encode())
    assert 0 == p.returncode
    assert b"mail " + b"*" * len(EMAIL) + b" ssn " + b"*" * len(SSN) + b" ok\n" == p.stdout
    assert b"" == p.stderr


def test_order_preserved_with_two_workers(tmp_path: Path) -> None:
    """10,000 lines through 2 workers and many small batches come out in input order."""
    src = tmp_path / "in.log"
    src.write_bytes(b"".join(b"line %05d user%d@example.com done\n" % (i, i) for i in range(10_000)))
    p = run(["--backend", "regex", "--workers", "2", "--batch-bytes", "4096", str(src)])
    assert 0 == p.returncode, p.stderr
    lines = p.stdout.split(b"\n")
    assert 10_001 == len(lines)
    for i, line in enumerate(lines[:-1]):
        assert line.startswith(b"line %05d " % i)
        assert b"@example.com" not in line


def test_jsonl_redacted_recursively_keys_and_types_kept() -> None:
    """Nested strings are redacted, keys and non-strings kept, skip-keys untouched, bad JSON is text."""
    doc = {"msg": f"signup {EMAIL}", "user": {"contact": [f"call me at {EMAIL}", 7]},
           "request_id": EMAIL, "n": 12, "ok": True, "none": None, "pi": 3.5}
    clean = b'{"msg": "healthy",  "n": 1}'
    stdin = (json.dumps(doc) + "\n" + "{not json " + EMAIL + "\n").encode() + clean + b"\n"
    p = run(["--backend", "regex", "--format", "jsonl", "--skip-keys", "request_id"], stdin)
    assert 0 == p.returncode, p.stderr
    first, second, third, end = p.stdout.split(b"\n")
    out = json.loads(first)
    assert list(doc) == list(out)
    assert "signup " + "*" * len(EMAIL) == out["msg"]
    assert ["call me at " + "*" * len(EMAIL), 7] == out["user"]["contact"]
    assert EMAIL == out["request_id"]
    assert (12, True, None, 3.5) == (out["n"], out["ok"], out["none"], out["pi"])
    assert b" " not in first.split(b'"msg"')[0]  # re-serialised compactly
    assert b"{not json " + b"*" * len(EMAIL) == second
    assert clean == third  # nothing to redact: the original bytes, formatting included
    assert b"" == end


def test_jsonl_number_holding_a_phone_or_card_is_redacted() -> None:
    """A phone or card written as a JSON number is redacted by the default backend (it becomes a string);
    other numbers keep their type."""
    doc = {"event": "sms sent", "phone": 14155552671, "card": 4111111111111111, "status": 200, "ms": 1234567}
    p = run(["--format", "jsonl"], (json.dumps(doc) + "\n").encode())
    assert 0 == p.returncode, p.stderr
    out = json.loads(p.stdout)
    assert ("*" * 11, "*" * 16, 200, 1234567) == (out["phone"], out["card"], out["status"], out["ms"])
    assert b"14155552671" not in p.stdout and b"4111111111111111" not in p.stdout


def test_redact_keys_flag_redacts_whole_value() -> None:
    """--redact-keys names keys whose values are always redacted, whatever they contain."""
    p = run(["--backend", "regex", "--redact-keys", "nickname"], b'{"nickname": "zorro", "x": "y"}\n')
    assert 0 == p.returncode, p.stderr
    assert "zorro" != json.loads(p.stdout)["nickname"]
    assert "y" == json.loads(p.stdout)["x"]


PY_TRACE = (
    "2025-11-02 10:00:00,123 ERROR lookup failed\n"
    "Traceback (most recent call last):\n"
    '  File "app.py", line 3, in <module>\n'
    '    raise KeyError("Ann Lee")\n'
    "KeyError: 'Ann Lee'\n"
    "2025-11-02 10:00:01,000 INFO next Ann Lee\n"
)


def test_traceback_is_one_record(wrapper: list[str]) -> None:
    """A traceback is analysed as one record: its later lines are judged with line 1's context."""
    p = run(["--backend", "ctx", "--workers", "1"], PY_TRACE.encode(), cmd=wrapper)
    assert 0 == p.returncode, p.stderr
    expected = PY_TRACE.replace("Ann Lee", "*******", 2)  # not the last line: another record
    assert expected.encode() == p.stdout
    p = run(["--backend", "ctx", "--workers", "1", "--record-start", "line"], PY_TRACE.encode(), cmd=wrapper)
    assert PY_TRACE.encode() == p.stdout  # line by line, no line holds both words


def test_java_trace_redacted_across_lines_with_real_backend() -> None:
    """Every line of a Java stack trace keeps its place; PII on any of its lines is redacted."""
    trace = (
        f"2025-11-02T10:00:00Z ERROR mail to {EMAIL} failed\n"
        f"java.lang.IllegalStateException: bad address {EMAIL}\n"
        "\tat com.acme.Mailer.send(Mailer.java:42)\n"
        f"Caused by: java.io.IOException: ssn {SSN} rejected\n"
        "\t... 12 more\n"
    )
    p = run(["--backend", "regex"], trace.encode())
    assert 0 == p.returncode, p.stderr
    expected = trace.replace(EMAIL, "*" * len(EMAIL)).replace(SSN, "*" * len(SSN))
    assert expected.encode() == p.stdout
    scan = run(["scan", "--backend", "regex"], trace.encode())
    assert 1 == len(scan.stdout.splitlines())  # one record, one findings line


def test_invalid_utf8_and_nul_bytes_survive_byte_exact() -> None:
    """Invalid UTF-8 and NUL bytes are written back as the very same bytes; only PII changes."""
    raw = b"caf\xe9 \xff\xfe\x00 mail " + EMAIL.encode() + b" \xc3\x28 end\r\n\x80\x81\n"
    p = run(["--backend", "regex"], raw)
    assert 0 == p.returncode, p.stderr
    assert raw.replace(EMAIL.encode(), b"*" * len(EMAIL)) == p.stdout
    js = b'{"msg": "\xff\xfe ' + EMAIL.encode() + b'"}\n'
    p = run(["--backend", "regex", "--format", "jsonl"], js)
    assert b'{"msg":"\xff\xfe ' + b"*" * len(EMAIL) + b'"}\n' == p.stdout


def test_last_line_without_newline_and_empty_input() -> None:
    """A final line without a newline stays without one; empty input gives empty output."""
    p = run(["--backend", "regex"], b"a\n\nb " + EMAIL.encode())
    assert b"a\n\nb " + b"*" * len(EMAIL) == p.stdout
    assert b"" == run(["--backend", "regex"], b"").stdout


@needs_fork
def test_ten_megabyte_line(wrapper: list[str]) -> None:
    """A single 10 MB line (with NUL bytes) is processed whole, not split or dropped."""
    line = b"x\x00" * 2_500_000 + b" Ann Lee " + b"y" * 5_000_000 + b"\n"
    p = run(["--backend", "lit", "--workers", "2"], line, cmd=wrapper)
    assert 0 == p.returncode, p.stderr
    assert line.replace(b"Ann Lee", b"*******") == p.stdout


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    """``piiredact big.log | head -1`` exits 0 without a traceback."""
    src = tmp_path / "big.log"
    src.write_bytes(b"some plain log line number 0\n" + b"plain log line\n" * 300_000)
    proc = subprocess.Popen([*CLI, "--backend", "regex", "--workers", "2", str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert b"some plain log line number 0\n" == proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert 0 == proc.wait(timeout=60)
    assert b"" == err


def test_scan_exit_codes_and_offsets() -> None:
    """scan prints one findings line per input line (offsets into it), exit 1 if any, 0 if clean."""
    lines = [f"to {EMAIL}", "nothing here", f"ssn {SSN}"]
    p = run(["scan", "--backend", "regex"], ("\n".join(lines) + "\n").encode())
    assert 1 == p.returncode
    rows = [json.loads(r)["findings"] for r in p.stdout.splitlines()]
    assert 3 == len(rows)
    assert [EMAIL] == [lines[0][f["start"]:f["end"]] for f in rows[0]]
    assert [] == rows[1]
    assert [("SSN", SSN)] == [(f["entity"], lines[2][f["start"]:f["end"]]) for f in rows[2]]
    assert {"start", "end", "entity", "score"} <= set(rows[0][0])
    clean = run(["scan", "--backend", "regex"], b"all quiet\nstill quiet\n")
    assert 0 == clean.returncode
    assert [b'{"findings":[]}', b'{"findings":[]}'] == clean.stdout.splitlines()


def test_scan_field_and_table_never_print_values() -> None:
    """--field gives offsets into the field's text; the table shows positions, never the values."""
    doc = json.dumps({"id": SSN, "msg": f"hi {EMAIL}"})
    p = run(["scan", "--backend", "regex", "--field", "msg"], (doc + "\n").encode())
    assert 1 == p.returncode
    (f,) = json.loads(p.stdout)["findings"]
    assert EMAIL == f"hi {EMAIL}"[f["start"]:f["end"]]
    t = run(["scan", "--backend", "regex", "--format", "table"], (doc + "\n").encode())
    assert 1 == t.returncode
    assert EMAIL.encode() not in t.stdout and SSN.encode() not in t.stdout
    assert b"EMAIL" in t.stdout and b"SSN" in t.stdout


def test_bad_option_is_one_line_exit_2() -> None:
    """An unknown option: exit 2, one line on stderr, no traceback."""
    p = run(["--no-such-option"])
    assert 2 == p.returncode
    assert 1 == len(p.stderr.splitlines())
    assert b"--no-such-option" in p.stderr


def test_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    """A missing input: exit 2, one line naming the file, nothing written."""
    missing = tmp_path / "nope.log"
    p = run([str(missing)])
    assert 2 == p.returncode
    assert [f"piiredact: {missing}: No such file or directory".encode()] == p.stderr.splitlines()
    assert b"" == p.stdout


def test_config_unknown_key_names_the_key(tmp_path: Path) -> None:
    """An unknown key in the config file is a one-line error naming the key."""
    cfg = tmp_path / "piiredact.toml"
    cfg.write_text('action = "replace"\nmask_chr = "#"\n', encoding="utf-8")
    p = run(["--config", str(cfg)], b"x\n")
    assert 2 == p.returncode
    assert 1 == len(p.stderr.splitlines())
    assert b"mask_chr" in p.stderr


def test_precedence_flags_env_config(tmp_path: Path) -> None:
    """flags > PIIREDACT_* environment > config file > defaults."""
    cfg = tmp_path / "piiredact.toml"
    cfg.write_text('action = "replace"\n', encoding="utf-8")
    line = f"mail {EMAIL}\n".encode()
    masked, replaced = f"mail {'*' * len(EMAIL)}\n".encode(), b"mail [EMAIL]\n"
    assert replaced == run(["--backend", "regex", "--config", str(cfg)], line).stdout
    env = {"PIIREDACT_MODE": "mask", "PIIREDACT_CONFIG": str(cfg), "PIIREDACT_BACKEND": "regex"}
    assert masked == run([], line, env=env).stdout
    assert replaced == run(["--mode", "replace"], line, env=env).stdout
    assert line == run(["--entities", "SSN"], line, env=env).stdout


def test_hash_mode_without_key_is_a_config_error() -> None:
    """--mode hash needs a secret key: a one-line error naming hash_key, exit 2."""
    p = run(["--mode", "hash"], b"x\n")
    assert 2 == p.returncode
    assert b"hash_key" in p.stderr and 1 == len(p.stderr.splitlines())
    ok = run(["--mode", "hash", "--backend", "regex"], f"{EMAIL}\n".encode(), env={"PIIREDACT_HASH_KEY": "k"})
    assert ok.stdout.startswith(b"[EMAIL:") and EMAIL.encode() not in ok.stdout


def test_gzip_input_and_output_file(tmp_path: Path) -> None:
    """.gz inputs are read transparently, files are read in order, -o writes the file."""
    a, b, out = tmp_path / "a.log.gz", tmp_path / "b.log", tmp_path / "out.log"
    a.write_bytes(gzip.compress(f"one {EMAIL}\ntwo".encode()))
    b.write_bytes(f"three {SSN}\n".encode())
    p = run(["--backend", "regex", str(a), str(b), "-o", str(out)])
    assert 0 == p.returncode, p.stderr
    assert b"" == p.stdout
    expected = f"one {'*' * len(EMAIL)}\ntwo" + f"three {'*' * len(SSN)}\n"
    assert expected.encode() == out.read_bytes()


def test_output_file_that_is_an_input_is_refused(tmp_path: Path) -> None:
    """-o naming one of the inputs would destroy it: refused with exit 2."""
    src = tmp_path / "a.log"
    src.write_bytes(b"keep me\n")
    p = run([str(src), "-o", str(src)])
    assert 2 == p.returncode
    assert b"keep me\n" == src.read_bytes()


def test_report_is_value_free(tmp_path: Path) -> None:
    """--report / --report-json give counts per entity, never the values."""
    rep = tmp_path / "report.json"
    stdin = f"a {EMAIL}\nb {SSN}\nc {EMAIL}\n".encode()
    p = run(["--backend", "regex", "--workers", "2", "--report", "--report-json", str(rep)], stdin)
    assert 0 == p.returncode, p.stderr
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert {"EMAIL": 2, "SSN": 1} == data["findings"]
    assert 3 == data["lines"]
    assert 0 == data["worker_failures"]
    for blob in (rep.read_bytes(), p.stderr):
        assert EMAIL.encode() not in blob and SSN.encode() not in blob
    assert b"EMAIL 2" in p.stderr


@needs_fork
def test_worker_crash_never_loses_or_leaks(wrapper: list[str], tmp_path: Path) -> None:
    """A worker dying mid-batch: its batch is redone here with the regex tier, counted; all lines out."""
    src = tmp_path / "in.log"
    body = [f"line {i} {EMAIL}" for i in range(3000)]
    body[1500] = f"CRASH {EMAIL}"
    src.write_text("\n".join(body) + "\n", encoding="utf-8")
    rep = tmp_path / "r.json"
    p = run(["--backend", "regex", "--workers", "2", "--batch-bytes", "2048", "--report-json", str(rep),
             str(src)], cmd=wrapper)
    assert 0 == p.returncode, p.stderr
    expected = "\n".join(b.replace(EMAIL, "*" * len(EMAIL)) for b in body) + "\n"
    assert expected.encode() == p.stdout
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert data["worker_failures"] >= 1
    assert data["fallbacks"] >= 1


def test_stream_flows_line_by_line_and_sigint_exits_130() -> None:
    """Lines flow one by one from a live pipe (stdin still open); SIGINT then exits 130 quietly."""
    proc = subprocess.Popen([*CLI, "--backend", "regex", "--workers", "2"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    for i in range(3):
        proc.stdin.write(f"event {i} {EMAIL}\n".encode())
        proc.stdin.flush()
        # Waits for this very line while stdin stays open (the bound only avoids a hung test).
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready
        assert f"event {i} {'*' * len(EMAIL)}\n".encode() == proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    assert b"" == proc.stdout.read()
    assert 130 == proc.wait(timeout=60)
    assert b"" == proc.stderr.read()


@pytest.mark.parametrize(("signum", "workers"), [(signal.SIGINT, "1"), (signal.SIGTERM, "2")])
def test_sigint_flushes_whole_lines_already_processed(signum: int, workers: str) -> None:
    """Ctrl-C (or SIGTERM) mid-stream: exit 128+N, the output is a redacted prefix made of whole lines."""
    proc = subprocess.Popen([*CLI, "--backend", "regex", "--workers", workers],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdin = proc.stdin

    def feed() -> None:  # plenty of input and stdin never closed: only the signal can end the run
        try:
            for i in range(200_000):
                stdin.write(b"row %06d %s\n" % (i, EMAIL.encode()))
            stdin.flush()
        except (BrokenPipeError, ValueError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    first = proc.stdout.readline()  # the signal handler is in place once output flows
    proc.send_signal(signum)
    out = first + proc.stdout.read()
    assert 128 + signum == proc.wait(timeout=60)
    assert b"Traceback" not in proc.stderr.read()
    assert out.endswith(b"\n")
    lines = out.split(b"\n")[:-1]
    masked = b"*" * len(EMAIL)
    assert [b"row %06d %s" % (i, masked) for i in range(len(lines))] == lines
    writer.join(timeout=60)  # the pipe broke when the process exited: the feeder has stopped
    with contextlib.suppress(OSError, ValueError):
        stdin.close()


def test_help_and_version() -> None:
    """--help shows a worked example; --version prints the version."""
    h = run(["--help"])
    assert 0 == h.returncode
    assert b"worked example" in h.stdout and b"piiredact --mode replace" in h.stdout
    v = run(["--version"])
    assert v.stdout.startswith(b"piiredact ")
