"""The Comprehend backend against a real HTTP endpoint on 127.0.0.1 (botocore's real stack).

No AWS credentials or network: fake keys come from the environment, IMDS is disabled,
and every request goes to tests/comprehend_server.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

boto3 = pytest.importorskip("boto3")

from piiredact import (  # noqa: E402
    BackendError,
    BackendTimeout,
    BackendUnavailable,
    ConfigError,
    Finding,
    Redactor,
)
from piiredact._resilience import CircuitBreaker  # noqa: E402
from piiredact.backends.comprehend import ComprehendDetector, billable_units  # noqa: E402

from .comprehend_server import ComprehendServer, detect_entities  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Synthetic records (never the dev corpus): PII of several kinds, non-ASCII names.
RECORDS = [
    "order placed by Dr. Zoë Lindqvist, ssn 123-45-6789, mail zoe.l@example.org",
    "GET /healthz 200 3ms from 10.1.2.3",
    "Señora Álvarez moved to 742 Evergreen Terrace Street; key AKIAABCDEFGHIJKLMNOP rotated",
    "payment by Mr. Kenji Watanabe card 4111 1111 1111 1111 phone +1 415 555 0100",
    "user name=Anna Mach logged in from 2001:db8::1",
]
SECRETS = ["123-45-6789", "zoe.l@example.org", "4111 1111 1111 1111", "+1 415 555 0100", "Zoë Lindqvist",
           "Kenji Watanabe", "Anna Mach", "AKIAABCDEFGHIJKLMNOP"]


@pytest.fixture(autouse=True)
def fake_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Fake credentials and region; no IMDS, no ~/.aws files, no endpoint override."""
    for var in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL",
                "AWS_ENDPOINT_URL_COMPREHEND", "AWS_REGION", "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))


@pytest.fixture
def server() -> Iterator[ComprehendServer]:
    with ComprehendServer() as srv:
        yield srv


def make(server: ComprehendServer, **options: Any) -> ComprehendDetector:
    options.setdefault("endpoint_url", server.url)
    options.setdefault("retry_mode", "standard")
    options.setdefault("max_attempts", 1)
    options.setdefault("tier", "all")
    return ComprehendDetector(**options)


def remote(found: list[list[Finding]]) -> list[list[Finding]]:
    return [[f for f in fs if f.source == "comprehend"] for fs in found]


def expected(text: str) -> list[Finding]:
    """What the endpoint finds in ``text`` sent alone."""
    from piiredact import canonical_entity

    return sorted(Finding(e["BeginOffset"], e["EndOffset"], canonical_entity(e["Type"]) or e["Type"],
                          e["Score"], "comprehend") for e in detect_entities(text))


# -- detection ------------------------------------------------------------------------


def test_finds_all_comprehend_types_at_code_point_offsets(server: ComprehendServer) -> None:
    """Non-ASCII text: offsets are str indices; non-core types (ADDRESS, AWS key) map through."""
    with make(server) as det:
        found = remote(det.detect(RECORDS))
    values = {(RECORDS[i][f.start:f.end], f.entity) for i, fs in enumerate(found) for f in fs}
    assert {("Zoë Lindqvist", "NAME"), ("123-45-6789", "SSN"), ("zoe.l@example.org", "EMAIL"),
            ("742 Evergreen Terrace Street", "ADDRESS"), ("AKIAABCDEFGHIJKLMNOP", "AWS_ACCESS_KEY"),
            ("Kenji Watanabe", "NAME"), ("10.1.2.3", "IP_ADDRESS")} <= values


def test_requests_are_signed_json_with_language(server: ComprehendServer) -> None:
    """botocore signs (SigV4) and sends the JSON 1.1 target with the configured language."""
    with make(server, language_code="es") as det:
        det.detect(["el cliente Dr. Pablo Ruiz llamó"])
    assert 1 == len(server.requests)
    req = server.requests[0]
    assert (True, "es", "Comprehend_20171127.DetectPiiEntities") == (req.signed, req.language, req.target)


def test_packing_sends_one_request_and_finds_the_same(server: ComprehendServer) -> None:
    """Many texts go in one request, and each text's findings equal those of sending it alone."""
    texts = [f"{r} #{i}" for i in range(40) for r in RECORDS]
    with make(server) as det:
        found = remote(det.detect(texts))
        stats = det.stats()
    assert 1 == stats["requests"]
    assert [expected(t) for t in texts] == found
    assert billable_units(len(server.requests[0].text)) == stats["billable_units"]


def test_request_size_is_measured_in_utf8_bytes(server: ComprehendServer) -> None:
    """Multi-byte text: every request fits max_request_bytes in UTF-8, not in characters."""
    texts = [f"Ünïcödé ñame Dr. Zoë Ärnström №{i} ✓✓✓" for i in range(200)]
    with make(server, max_request_bytes=1000) as det:
        found = remote(det.detect(texts))
    assert all(len(t.encode("utf-8")) <= 1000 for t in server.texts)
    assert any(len(t) < len(t.encode("utf-8")) for t in server.texts)
    assert [expected(t) for t in texts] == found


def test_entity_crossing_a_boundary_is_clipped_to_each_side() -> None:
    """An entity spanning the separator is kept, clipped, in both texts."""
    def whole(text: str) -> list[dict[str, Any]]:
        return [{"Score": 0.9, "Type": "NAME", "BeginOffset": 0, "EndOffset": len(text)}]

    texts = ["first text", "second", "third one"]
    with ComprehendServer(entities=whole) as srv, make(srv) as det:
        found = remote(det.detect(texts))
    assert [[Finding(0, len(t), "NAME", 0.9, "comprehend")] for t in texts] == found


def test_text_over_the_limit_is_split_with_overlap_and_deduped(server: ComprehendServer) -> None:
    """A text larger than a request is cut on whitespace; entities at the cuts are found once."""
    people = [f"Dr. Ida Nils{chr(97 + i % 26)}son mail p{i}@example.com" for i in range(120)]
    text = " filler words here ".join(people)
    with make(server, max_request_bytes=700, split_overlap=120) as det:
        [found] = remote(det.detect([text]))
        stats = det.stats()
    assert 1 == stats["split_texts"]
    assert len(server.requests) > 1
    emails = [text[f.start:f.end] for f in found if f.entity == "EMAIL"]
    assert [f"p{i}@example.com" for i in range(120)] == emails
    names = [text[f.start:f.end] for f in found if f.entity == "NAME"]
    assert [f"Ida Nils{chr(97 + i % 26)}son" for i in range(120)] == names


def test_repeated_texts_are_answered_from_the_cache(server: ComprehendServer) -> None:
    """Repeats (in one batch or later) cost no request; the counters say so."""
    with make(server) as det:
        first = det.detect(RECORDS + RECORDS)
        second = det.detect(RECORDS)
        stats = det.stats()
    assert first[: len(RECORDS)] == first[len(RECORDS):] == second
    assert 1 == len(server.requests)
    assert (len(RECORDS), 2 * len(RECORDS)) == (stats["texts_sent"], stats["cache_hits"])


def test_candidates_tier_sends_only_texts_that_need_a_model(server: ComprehendServer) -> None:
    """tier='candidates': routine log lines stay with the regex tier, names go to Comprehend."""
    texts = ["GET /healthz 200 3ms from 10.1.2.3", "INFO Connection closed after 30 s",
             "order placed by Anna Mach"]
    with make(server, tier="candidates") as det:
        found = det.detect(texts)
        stats = det.stats()
    assert ["order placed by Anna Mach"] == server.texts
    assert (3, 1) == (stats["texts"], stats["texts_to_comprehend"])
    assert [("10.1.2.3", "regex")] == [(texts[0][f.start:f.end], f.source) for f in found[0]]


def test_blank_and_undecodable_texts_do_not_crash(server: ComprehendServer) -> None:
    """Empty, blank, NUL and lone-surrogate input: no crash, offsets stay valid."""
    texts = ["", "   ", "nul\x00byte Dr. Ana Ruiz", "bad \udcff byte mail a@example.com"]
    with make(server) as det:
        found = remote(det.detect(texts))
    assert ([], []) == (found[0], found[1])
    assert "Ana Ruiz" == texts[2][found[2][0].start:found[2][0].end]
    assert "a@example.com" == texts[3][found[3][0].start:found[3][0].end]


def test_requests_run_concurrently_and_results_keep_order(server: ComprehendServer) -> None:
    """max_concurrency requests are in flight at once; results come back in input order."""
    texts = [f"Dr. Eva Moreau{i} called" + " padding" * 40 for i in range(40)]
    server.slow = threading.Event()
    det = make(server, max_request_bytes=1200, max_concurrency=4, read_timeout=30)
    out: list[list[list[Finding]]] = []
    worker = threading.Thread(target=lambda: out.append(det.detect(texts)))
    worker.start()
    try:
        assert server.wait_for_requests(4)
    finally:
        server.slow.set()
        worker.join()
        det.close()
    assert 4 == server.max_in_flight
    assert [expected(t) for t in texts] == remote(out[0])


def test_injected_client_and_session_are_used(server: ComprehendServer) -> None:
    """client= and session= are honoured (and counted) instead of the default chain."""
    client = boto3.client("comprehend", endpoint_url=server.url)
    with ComprehendDetector(client=client, tier="all") as det:
        det.detect(["Dr. Ana Ruiz"])
        assert 1 == det.stats()["requests"]
    session = boto3.session.Session(region_name="eu-west-1")
    with ComprehendDetector(session=session, endpoint_url=server.url, tier="all") as det:
        det.detect(["Dr. Ben Ruiz"])
    assert ["Dr. Ana Ruiz", "Dr. Ben Ruiz"] == server.texts


def test_init_does_no_io_and_import_stays_light() -> None:
    """Constructing the detector makes no client; importing piiredact never imports boto3."""
    det = ComprehendDetector(endpoint_url="http://127.0.0.1:9")
    assert det._client is None
    code = ("import sys, piiredact, piiredact.backends.comprehend as c; c.ComprehendDetector(); "
            "print(sorted(m for m in ('boto3', 'botocore') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert "[]" == out.stdout.strip()


@pytest.mark.parametrize(("options", "key"), [
    ({"language_code": "fr"}, "language_code"),
    ({"tier": "some"}, "tier"),
    ({"max_request_bytes": 200_000}, "max_request_bytes"),
    ({"max_concurrency": 0}, "max_concurrency"),
    ({"retry_mode": "eager"}, "retry_mode"),
    ({"read_timeout": "soon"}, "read_timeout"),
])
def test_bad_options_raise_one_line_config_error(options: dict[str, Any], key: str) -> None:
    """Each bad option is a one-line ConfigError naming the key."""
    with pytest.raises(ConfigError) as info:
        ComprehendDetector(**options)
    assert str(info.value).startswith(f"{key}:")
    assert "\n" not in str(info.value)


# -- faults -----------------------------------------------------------------------------


def test_throttling_is_retried_and_counted(server: ComprehendServer) -> None:
    """A ThrottlingException is retried by botocore; the call succeeds and is counted."""
    server.throttle = 1
    with make(server, max_attempts=3) as det:
        found = remote(det.detect(RECORDS[:1]))
        stats = det.stats()
    assert [expected(RECORDS[0])] == found
    assert (2, 1, 1, 0) == (len(server.requests), stats["requests"], stats["throttles"], stats["failures"])


def test_server_error_is_retried_and_counted(server: ComprehendServer) -> None:
    """A 500 is retried by botocore and counted as a server error."""
    server.fail = 1
    with make(server, max_attempts=3) as det:
        found = remote(det.detect(RECORDS[:1]))
        stats = det.stats()
    assert [expected(RECORDS[0])] == found
    assert (2, 1, 1) == (len(server.requests), stats["requests"], stats["server_errors"])


@pytest.mark.parametrize(("fault", "error"), [("throttle", BackendUnavailable), ("fail", BackendUnavailable)])
def test_persistent_fault_raises_backend_error_without_text(
    server: ComprehendServer, fault: str, error: type[BackendError]
) -> None:
    """Throttled or failing to the end: a BackendError that quotes no text and chains nothing."""
    setattr(server, fault, 10**6)
    with make(server) as det, pytest.raises(error) as info:
        det.detect(RECORDS)
    message = str(info.value)
    assert [] == [s for s in SECRETS if s in message]
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert 1 == det.stats()["failures"]


def test_unexpected_client_error_is_wrapped_without_text() -> None:
    """Any other exception (here one quoting the text) becomes a BackendError naming its type."""
    class Broken:
        def detect_pii_entities(self, **kwargs: Any) -> Any:
            raise RuntimeError(kwargs["Text"])

    with ComprehendDetector(client=Broken(), tier="all") as det, pytest.raises(BackendError) as info:
        det.detect(RECORDS)
    assert "comprehend: unexpected RuntimeError" == str(info.value)


def test_slow_endpoint_raises_backend_timeout(server: ComprehendServer) -> None:
    """No answer within read_timeout: BackendTimeout."""
    server.slow = threading.Event()
    with make(server, read_timeout=0.2) as det, pytest.raises(BackendTimeout) as info:
        det.detect(RECORDS[:2])
    assert [] == [s for s in SECRETS if s in str(info.value)]


def test_text_size_limit_shrinks_requests_and_resends(server: ComprehendServer) -> None:
    """TextSizeLimitExceededException: requests are halved until accepted; nothing is lost."""
    server.max_bytes = 2_000
    texts = [f"{r} #{i}" for i in range(20) for r in RECORDS]
    with make(server, max_request_bytes=8_000) as det:
        found = remote(det.detect(texts))
        stats = det.stats()
    assert [expected(t) for t in texts] == found
    assert stats["shrinks"] >= 1
    accepted = [t for t in server.texts if len(t.encode("utf-8")) <= 2_000]
    assert stats["requests"] == len(accepted)


def test_text_size_limit_resplits_one_large_text_and_dedupes(server: ComprehendServer) -> None:
    """A single text rejected as too large is re-split on whitespace; each entity is found once."""
    server.max_bytes = 2_000
    text = " and then ".join(f"mail p{i}@example.com from Dr. Ida Berg{chr(97 + i % 26)}" for i in range(150))
    with make(server, max_request_bytes=8_000, split_overlap=100) as det:
        [found] = remote(det.detect([text]))
        stats = det.stats()
    assert [f"p{i}@example.com" for i in range(150)] == [text[f.start:f.end] for f in found if f.entity == "EMAIL"]
    assert [f"Ida Berg{chr(97 + i % 26)}" for i in range(150)] == [
        text[f.start:f.end] for f in found if f.entity == "NAME"]
    assert (1, True) == (stats["split_texts"], stats["shrinks"] >= 2)


def test_forked_child_gets_a_fresh_client_and_pool(server: ComprehendServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """After fork() (a new pid) the parent's client and worker pool are not reused."""
    import piiredact.backends.comprehend as module

    with make(server, max_request_bytes=200, max_concurrency=2) as det:
        det.detect(RECORDS)
        parent_client, parent_pool = det._client, det._pool
        monkeypatch.setattr(module.os, "getpid", lambda: -1)
        found = remote(det.detect([r + " (child)" for r in RECORDS]))
        assert (False, False) == (det._client is parent_client, det._pool is parent_pool)
    assert [expected(r + " (child)") for r in RECORDS] == found


def test_text_size_limit_below_any_packing_fails_closed(server: ComprehendServer) -> None:
    """If even a small request is "too large", the detector gives up with a BackendError."""
    server.max_bytes = 10
    with make(server) as det, pytest.raises(BackendError):
        det.detect(RECORDS)


def test_circuit_breaker_stops_calling_a_failing_endpoint(server: ComprehendServer) -> None:
    """One breaker (the Redactor's guard): after `threshold` failures the endpoint is not
    called until the cool-down ends; the detector keeps no breaker of its own."""
    server.fail = 10**6
    det = make(server)
    assert not hasattr(det, "_breaker")
    with Redactor(det, breaker=CircuitBreaker(threshold=2, cooldown=3600)) as redactor:
        for _ in range(3):
            redactor.redact_many(RECORDS[:1])
        result = redactor.redact_many_result(RECORDS[1:2])
        stats = redactor.stats()
    assert ("fallback", "circuit_open") == (result.tier, result.reason)
    assert (2, 2) == (len(server.requests), stats["circuit_open_skips"])


def test_no_credentials_is_a_config_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12.6: without AWS credentials the Redactor does not start and fall back silently:
    a one-line ConfigError naming the fix (no request is made, no network needed)."""
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(ConfigError) as info:
        Redactor("comprehend", endpoint_url="http://127.0.0.1:9")
    message = str(info.value)
    assert "\n" not in message and "no AWS credentials" in message and "AWS_ACCESS_KEY_ID" in message


def test_no_region_is_a_config_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a region every call would fail: a ConfigError at construction naming region_name."""
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    with pytest.raises(ConfigError, match="region_name"):
        Redactor("comprehend", endpoint_url="http://127.0.0.1:9")
    Redactor("comprehend", endpoint_url="http://127.0.0.1:9", region_name="eu-west-1").close()


def test_outage_falls_back_to_builtin_and_costs_no_names(server: ComprehendServer) -> None:
    """Issue 12.5 / 16: during throttling or 500s the fallback is the builtin detector, so
    names the regex tier cannot see (in prose, no key) are still redacted."""
    healthy_names = ["Ann Lee", "Maria Gonzalez"]
    lines = ["Ann Lee called support about her refund", "escalated to Maria Gonzalez by phone"]
    server.throttle = 10**6
    with Redactor(make(server), policy={"action": "replace"}) as redactor:
        result = redactor.redact_many_result(lines)
        assert "builtin" == redactor.fallback.name  # type: ignore[union-attr]
    assert "fallback" == result.tier and result.reason.startswith("error:")  # type: ignore[union-attr]
    assert [] == [n for n in healthy_names for out in result.values if n in out]
    regex_only = Redactor("regex", {"action": "replace"}).redact_many(lines)
    assert any(n in out for n in healthy_names for out in regex_only)  # what the old fallback leaked


def test_candidates_come_from_the_name_model(server: ComprehendServer) -> None:
    """Issue 16: a lower-case-context or single-capital name the old capitals gate skipped
    still reaches Comprehend; a routine log line does not."""
    det = make(server, tier="candidates")
    with det:
        det.detect(["GET /healthz 200 in 3ms", "ticket reassigned to Kenji Watanabe",
                    "delivery to 742 Evergreen Terrace Street failed"])
        sent = [r.text for r in server.requests]
    joined = "\n".join(sent)
    assert "Kenji Watanabe" in joined and "742 Evergreen" in joined and "healthz" not in joined


# -- end to end: the Redactor fails closed onto the regex tier ----------------------------


@pytest.mark.parametrize("fault", ["throttle", "fail"])
def test_redactor_falls_back_and_every_record_leaves_redacted(server: ComprehendServer, fault: str) -> None:
    """Throttling / outage: each record is still redacted (builtin fallback) and counted."""
    setattr(server, fault, 10**6)
    batches = [RECORDS, RECORDS[::-1], RECORDS[1:]]
    det = make(server)
    with Redactor(det, policy={"action": "replace"}) as redactor:
        outputs = [out for batch in batches for out in redactor.redact_many(batch)]
        stats = redactor.stats()
    assert sum(map(len, batches)) == len(outputs)
    core_secrets = ["123-45-6789", "zoe.l@example.org", "4111 1111 1111 1111", "+1 415 555 0100", "Anna Mach"]
    assert [] == [s for s in core_secrets for out in outputs if s in out]
    assert sum(map(len, batches)) == stats["fallbacks"]
    assert 0 == stats.get("placeholders", 0)
    assert det.stats()["failures"] >= 1


def test_redactor_by_name_uses_the_standard_endpoint_chain(
    server: ComprehendServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """backend='comprehend' finds the endpoint through AWS_ENDPOINT_URL_COMPREHEND."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_COMPREHEND", server.url)
    with Redactor("comprehend", policy={"action": "replace"}, tier="all") as redactor:
        out = redactor.redact("Señora Álvarez moved to 742 Evergreen Terrace Street")
        stats = redactor.stats()
    assert "Señora Álvarez moved to [ADDRESS]" == out
    assert 1 == len(server.requests)
    assert 0 == stats.get("fallbacks", 0)


def test_cli_backend_comprehend_against_local_endpoint(server: ComprehendServer) -> None:
    """`piiredact --backend comprehend` as a subprocess, configured only by the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["AWS_ENDPOINT_URL_COMPREHEND"] = server.url
    proc = subprocess.run(
        [sys.executable, "-m", "piiredact._cli", "--backend", "comprehend"],
        input="payment by Mr. Kenji Watanabe from 10.1.2.3\nGET /healthz 200\n",
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )
    assert 0 == proc.returncode, proc.stderr
    assert "Kenji Watanabe" not in proc.stdout and "10.1.2.3" not in proc.stdout
    assert proc.stdout.endswith("GET /healthz 200\n")
    assert 1 == len(server.requests)
