"""A local fake of AWS Comprehend's DetectPiiEntities, on 127.0.0.1, for tests and benchmarks.

It speaks the real JSON 1.1 protocol (``POST /``, ``X-Amz-Target:
Comprehend_20171127.DetectPiiEntities``), so botocore's real serialisation, signing,
retry and timeout code runs against it. Entities are deterministic per text: the
text is cut into paragraphs at blank lines (like a sentence splitter treats them,
no entity spans one) and each paragraph is analysed on its own by piiredact's regex
backend plus a few rules for types the regex tier does not know (ADDRESS,
AWS_ACCESS_KEY, NAME after a title). Offsets are code points, as Comprehend's are.

Faults on demand: ``throttle`` / ``fail`` answer the next N requests with a 400
ThrottlingException / a 500; ``slow`` holds every request until the event is set;
``max_bytes`` rejects larger texts with TextSizeLimitExceededException.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from piiredact.backends._regex import RegexDetector

TARGET = "Comprehend_20171127.DetectPiiEntities"
JSON_11 = "application/x-amz-json-1.1"

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_ADDRESS = re.compile(
    r"\b\d{1,5}(?: [A-Z][a-z]+){1,3} (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Calle)\b"
)
_AWS_KEY = re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.? ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)")

_regex = RegexDetector()


def detect_entities(text: str) -> list[dict[str, Any]]:
    """Deterministic Comprehend-style entities for ``text`` (paragraph by paragraph)."""
    out: list[dict[str, Any]] = []
    bounds = [m.span() for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    base = 0
    for cut, nxt in bounds:
        para = text[base:cut]
        spans = [(f.start, f.end, f.entity, f.score) for f in _regex.detect([para])[0]]
        spans += [(m.start(), m.end(), "ADDRESS", 0.9) for m in _ADDRESS.finditer(para)]
        spans += [(m.start(), m.end(), "AWS_ACCESS_KEY", 0.99) for m in _AWS_KEY.finditer(para)]
        spans += [(m.start(1), m.end(1), "NAME", 0.95) for m in _TITLED.finditer(para)]
        for s, e, kind, score in sorted(set(spans)):
            out.append({"Score": round(score, 4), "Type": kind, "BeginOffset": base + s, "EndOffset": base + e})
        base = nxt
    return out


@dataclass
class Recorded:
    """One request as the server saw it."""

    text: str
    language: str
    target: str
    signed: bool


class ComprehendServer:
    """Threaded fake endpoint; use as a context manager, point clients at :attr:`url`."""

    def __init__(self, entities: Callable[[str], list[dict[str, Any]]] = detect_entities) -> None:
        self.entities = entities
        self.requests: list[Recorded] = []
        self.throttle = 0  # answer the next N requests with ThrottlingException
        self.fail = 0  # answer the next N requests with HTTP 500
        self.max_bytes: int | None = None  # reject larger texts (TextSizeLimitExceededException)
        self.slow: threading.Event | None = None  # hold requests until this is set
        self.errors_sent = 0
        self.in_flight = 0
        self.max_in_flight = 0  # most requests held at once (concurrency actually reached)
        self._lock = threading.Condition()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def texts(self) -> list[str]:
        with self._lock:
            return [r.text for r in self.requests]

    def wait_for_requests(self, n: int, timeout: float = 10.0) -> bool:
        """Block until ``n`` requests have arrived (True) or ``timeout`` passed (False)."""
        with self._lock:
            return self._lock.wait_for(lambda: len(self.requests) >= n, timeout)

    def start(self) -> ComprehendServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like the real endpoint
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: tests read the recorded requests instead

            def do_POST(self) -> None:
                owner._handle(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-comprehend", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self.slow is not None:
            self.slow.set()  # release held requests so their threads end
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> ComprehendServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- protocol -------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length)
        target = h.headers.get("X-Amz-Target", "")
        if target != TARGET:
            self._error(h, 400, "UnknownOperationException", "unknown operation")
            return
        try:
            body = json.loads(raw)
            text, language = body["Text"], body["LanguageCode"]
        except (ValueError, KeyError, TypeError):
            self._error(h, 400, "SerializationException", "bad request body")
            return
        with self._lock:
            self.requests.append(Recorded(text, language, target,
                                          h.headers.get("Authorization", "").startswith("AWS4-HMAC-SHA256")))
            throttle = self.throttle > 0
            fail = not throttle and self.fail > 0
            if throttle:
                self.throttle -= 1
            elif fail:
                self.fail -= 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self._lock.notify_all()
        try:
            if self.slow is not None:
                self.slow.wait(10.0)
            self._answer(h, text, throttle, fail)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, h: BaseHTTPRequestHandler, text: str, throttle: bool, fail: bool) -> None:
        if throttle:
            self._error(h, 400, "ThrottlingException", "Rate exceeded")
        elif fail:
            self._error(h, 500, "InternalServerException", "internal error")
        elif self.max_bytes is not None and len(text.encode("utf-8")) > self.max_bytes:
            self._error(h, 400, "TextSizeLimitExceededException", "input text size exceeds limit")
        else:
            self._send(h, 200, {"Entities": self.entities(text)})

    def _error(self, h: BaseHTTPRequestHandler, status: int, code: str, message: str) -> None:
        with self._lock:
            self.errors_sent += 1
        self._send(h, status, {"__type": code, "Message": message})

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        try:
            h.send_response(status)
            h.send_header("Content-Type", JSON_11)
            h.send_header("Content-Length", str(len(data)))
            h.send_header("x-amzn-RequestId", str(uuid.uuid4()))
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (read timeout): nothing to answer


__all__ = ["ComprehendServer", "Recorded", "detect_entities"]
