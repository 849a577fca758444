"""The logging recipes of README.md and docs/logging.md, executed as written.

Each code block is extracted from the document at test time (so a test breaks when the docs
change) and run in a fresh interpreter. A ``sitecustomize`` in the child runs a full garbage
collection right after every ``logging.config.dictConfig`` call (Django, uvicorn and gunicorn
call it themselves): named target handlers must survive it (issue 12.1). Servers bind
127.0.0.1 on an ephemeral port; nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SSN = "366435036"
EMAIL = "alice.liddell@example.com"

SITECUSTOMIZE = textwrap.dedent("""
    import gc, logging.config
    _real = logging.config.dictConfig
    def dictConfig(config):
        _real(config)
        gc.collect()  # what any allocation-triggered collection may do before the first record
    logging.config.dictConfig = dictConfig
""")


def block(doc: str, heading: str, index: int = 0) -> str:
    """The ``index``-th ```python block under ``heading`` (up to the next heading of its level)."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    level = heading.split(" ", 1)[0]
    start = text.index(heading + "\n")
    nxt = re.compile(rf"^{re.escape(level)} ", re.M).search(text, start + len(heading) + 1)
    section = text[start: nxt.start() if nxt else len(text)]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    return blocks[index]


def child_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "_site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(tmp_path), str(ROOT)]),
            "PYTHONUNBUFFERED": "1"}


def run_script(tmp_path: Path, script: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    (tmp_path / "recipe.py").write_text(script)
    return subprocess.run([sys.executable, "recipe.py"], cwd=tmp_path, env=child_env(tmp_path),
                          capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, proc: subprocess.Popen[str], deadline: float = 60) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"server exited early: {proc.communicate()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


def serve(tmp_path: Path, argv: list[str], port: int, path: str, stop: int = signal.SIGINT,
          ) -> tuple[str, str]:
    """Start a server, GET ``path`` once, stop it with ``stop``; its (stdout, stderr)."""
    proc = subprocess.Popen(argv, cwd=tmp_path, env=child_env(tmp_path), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(port, proc)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as resp:
            assert 200 == resp.status
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return out, err


def assert_redacted(text: str, *needles: str) -> None:
    for value in (SSN, EMAIL, *needles):
        assert value not in text


# -- README ---------------------------------------------------------------------------


def test_readme_dictconfig_snippet(tmp_path: Path) -> None:
    """README's snippet writes its record, redacted, to app.log (it used to write nothing)."""
    code = block("README.md", "## Python `logging`")
    result = run_script(tmp_path, code)
    assert 0 == result.returncode, result.stderr
    text = (tmp_path / "app.log").read_text()
    assert " INFO app User ********, SSN *********, opened an account\n" in text
    assert "Napoleon" not in text
    assert_redacted(text)


# -- docs/logging.md ------------------------------------------------------------------


def test_docs_dictconfig_recipe(tmp_path: Path) -> None:
    """The dictConfig recipe: both targets get the record, redacted."""
    code = "import logging, logging.config\n" + block("docs/logging.md", "## dictConfig") + textwrap.dedent(f"""
        logging.getLogger("app").info("ssn %s mail %s", {SSN!r}, {EMAIL!r})
    """)
    result = run_script(tmp_path, code)
    assert 0 == result.returncode, result.stderr
    text = (tmp_path / "app.log").read_text()
    assert "INFO app ssn ********* mail *************************" in text
    assert "INFO app ssn ********* mail *************************" in result.stderr  # console
    assert_redacted(text + result.stderr)


DJANGO_SETTINGS = """
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "test-only"
DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "recipe_urls"
INSTALLED_APPS = []
DATABASES = {}
"""

DJANGO_URLS = f"""
import logging
from django.http import HttpResponse
from django.urls import path

def signup(request):
    logging.getLogger("shop.views").info("signup %s ssn %s", request.GET["email"], {SSN!r})
    return HttpResponse("ok")

urlpatterns = [path("signup", signup)]
"""


def test_django_recipe_under_runserver(tmp_path: Path) -> None:
    """Django's LOGGING recipe in settings.py, under `manage.py runserver` (DEBUG, the
    dev server's access lines on django.server): every record redacted in both targets."""
    pytest.importorskip("django")
    (tmp_path / "recipe_settings.py").write_text(DJANGO_SETTINGS + block("docs/logging.md", "## Django"))
    (tmp_path / "recipe_urls.py").write_text(DJANGO_URLS)
    (tmp_path / "manage.py").write_text(textwrap.dedent("""
        import os, sys
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recipe_settings")
        from django.core.management import execute_from_command_line
        execute_from_command_line(sys.argv)
    """))
    port = free_port()
    out, err = serve(tmp_path, [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                     port, f"/signup?email={EMAIL}")
    text = (tmp_path / "django.log").read_text()
    assert "signup ************************* ssn *********" in text   # the view's record
    assert '"GET /signup?email=' in text                                # runserver's access line
    assert "signup ************************* ssn *********" in err      # console (stderr)
    assert_redacted(text + err + out)


FASTAPI_APP = f"""
import logging
from fastapi import FastAPI

app = FastAPI()

@app.get("/signup")
def signup(email: str) -> dict[str, str]:
    logging.getLogger("shop.api").info("signup %s ssn %s", email, {SSN!r})
    return {{"ok": "yes"}}
"""


@pytest.mark.parametrize("how", ["uvicorn.run", "--log-config"])
def test_fastapi_uvicorn_recipe(tmp_path: Path, how: str) -> None:
    """The uvicorn recipe, with uvicorn.run(log_config=...) as written and with
    `uvicorn app:app --log-config log.json`: app and access records redacted on stdout."""
    pytest.importorskip("uvicorn")
    pytest.importorskip("fastapi")
    (tmp_path / "app.py").write_text(FASTAPI_APP)
    code = block("docs/logging.md", "## FastAPI / uvicorn")
    port = free_port()
    if how == "uvicorn.run":
        # as written; only the port is chosen here (uvicorn.run's default 8000 may be taken)
        head = textwrap.dedent(f"""
            import uvicorn
            _run = uvicorn.run
            uvicorn.run = lambda *a, **k: _run(*a, **{{**k, "port": {port}}})
        """)
        (tmp_path / "serve.py").write_text(head + code)
        argv = [sys.executable, "serve.py"]
    else:
        namespace: dict[str, object] = {}
        exec(code.replace("uvicorn.run(", "(lambda *a, **k: None)("), namespace)
        (tmp_path / "log.json").write_text(json.dumps(namespace["LOG_CONFIG"]))
        argv = [sys.executable, "-m", "uvicorn", "app:app", "--log-config", "log.json", "--port", str(port)]
    out, err = serve(tmp_path, argv, port, f"/signup?email={EMAIL}")
    assert "INFO uvicorn.error Started server process" in out
    assert "INFO shop.api signup ************************* ssn *********" in out
    assert "INFO uvicorn.access" in out and '"GET /signup?email=' in out
    assert_redacted(out + err, "127.0.0.1")


GUNICORN_APP = f"""
import logging

def app(environ, start_response):
    email = environ["QUERY_STRING"].split("=", 1)[1]
    logging.getLogger("shop.wsgi").info("signup %s ssn %s", email, {SSN!r})
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
"""


def test_gunicorn_logconfig_dict_recipe(tmp_path: Path) -> None:
    """gunicorn.conf.py's logconfig_dict as written: arbiter, forked worker and access
    records all redacted; the worker drains its queue when it exits."""
    pytest.importorskip("gunicorn")
    (tmp_path / "wsgiapp.py").write_text(GUNICORN_APP)
    port = free_port()
    conf = block("docs/logging.md", "## gunicorn") + f'\nbind = "127.0.0.1:{port}"\nworkers = 1\n'
    (tmp_path / "gunicorn.conf.py").write_text(conf)
    out, err = serve(tmp_path, [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgiapp:app"],
                     port, f"/signup?email={EMAIL}", stop=signal.SIGTERM)
    assert "[INFO] gunicorn.error Starting gunicorn" in out
    assert "[INFO] gunicorn.error Booting worker" in out
    assert "[INFO] shop.wsgi signup ************************* ssn *********" in out
    assert "gunicorn.access" in out and '"GET /signup?email=' in out
    assert_redacted(out + err, "127.0.0.1")
