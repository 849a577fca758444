"""AWS Lambda adapter: CloudWatch Logs subscription and Firehose transformation on real-shaped events."""

from __future__ import annotations

import base64
import gzip
import json
import logging
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piiredact import Policy, Redactor
from piiredact.testing import FailingDetector, FakeDetector

# Synthetic values (never from the dev corpus); each one is found by the regex backend.
EMAIL = "zora.quill@example.org"
SSN = "366-43-5036"
IP = "203.0.113.77"
CARD = "4111 1111 1111 1111"
RAW_VALUES = (EMAIL, SSN, IP, CARD, "366435036")
ARN = "arn:aws:firehose:eu-west-1:111122223333:deliverystream/app-logs"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def cw_payload(messages: list[str], *, control: bool = False, fields: dict[str, str] | None = None) -> bytes:
    """A CloudWatch Logs subscription payload, gzip-compressed as CloudWatch sends it."""
    if control:
        body: dict[str, Any] = {
            "messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
            "subscriptionFilters": [],
            "logEvents": [{"id": "", "timestamp": 1764000000000,
                           "message": "CWL CONTROL MESSAGE: Checking health of destination Firehose."}],
        }
    else:
        events = []
        for i, m in enumerate(messages):
            ev: dict[str, Any] = {"id": f"3{i:055d}", "timestamp": 1764000000000 + i, "message": m}
            if fields is not None:
                ev["extractedFields"] = fields
            events.append(ev)
        body = {"messageType": "DATA_MESSAGE", "owner": "111122223333", "logGroup": "/aws/lambda/checkout",
                "logStream": "2026/11/25/[$LATEST]abcdef", "subscriptionFilters": ["to-redactor"],
                "logEvents": events}
    return gzip.compress(json.dumps(body).encode())


def cw_event(payload: bytes) -> dict[str, Any]:
    return {"awslogs": {"data": b64(payload)}}


def fh_event(datas: list[bytes | str], **extra: Any) -> dict[str, Any]:
    """A Firehose transformation event; ``str`` items are used as the data field verbatim."""
    records = [{"recordId": f"rec-{i:05d}", "approximateArrivalTimestamp": 1764000000000,
                "data": d if isinstance(d, str) else b64(d)} for i, d in enumerate(datas)]
    return {"invocationId": "inv-1", "deliveryStreamArn": ARN, "region": "eu-west-1", "records": records,
            **extra}


def decoded(entry: dict[str, str]) -> str:
    return base64.b64decode(entry.get("data", "")).decode("utf-8")


def assert_no_raw(text: str) -> None:
    for v in RAW_VALUES:
        assert v not in text


class Collect:
    """A destination that keeps what it is given."""

    def __init__(self) -> None:
        self.batches: list[list[dict[str, Any]]] = []

    def __call__(self, records: list[dict[str, Any]]) -> None:
        self.batches.append(records)


@pytest.fixture
def redactor() -> Redactor:
    return Redactor("regex", Policy(action="replace"))


# -- CloudWatch Logs subscription ------------------------------------------------------------


def test_cloudwatch_data_message_forwards_redacted_events(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """Every event is forwarded once, in order, with its id/timestamp and a redacted message."""
    dest = Collect()
    handler = lambda_handler.CloudWatchHandler(dest, redactor=redactor)
    msgs = [f"login ok for {EMAIL} from {IP}", "healthcheck passed", f"verify SSN {SSN}"]
    result = handler(cw_event(cw_payload(msgs)), None)
    assert 1 == len(dest.batches)
    out = dest.batches[0]
    assert ["login ok for [EMAIL] from [IP_ADDRESS]", "healthcheck passed", "verify SSN [SSN]"] == [
        r["message"] for r in out]
    assert [f"3{i:055d}" for i in range(3)] == [r["id"] for r in out]
    assert {"/aws/lambda/checkout"} == {r["logGroup"] for r in out}
    assert {"status": "ok", "forwarded": 3, "findings": {"EMAIL": 1, "IP_ADDRESS": 1, "SSN": 1},
            "fallbacks": 0, "placeholders": 0} == result


def test_cloudwatch_json_messages_and_extracted_fields_are_redacted(
        lambda_handler: ModuleType, redactor: Redactor) -> None:
    """JSON messages are redacted by key and value; the filter's extractedFields too."""
    dest = Collect()
    handler = lambda_handler.CloudWatchHandler(dest, redactor=redactor)
    msg = json.dumps({"event": "signup", "ssn": "366435036", "contact": {"email": EMAIL}})
    handler(cw_event(cw_payload([msg], fields={"client_ip": IP, "path": "/signup"})), None)
    rec = dest.batches[0][0]
    assert {"event": "signup", "ssn": "[SSN]", "contact": {"email": "[EMAIL]"}} == json.loads(rec["message"])
    assert {"client_ip": "[IP_ADDRESS]", "path": "/signup"} == rec["extractedFields"]


def test_cloudwatch_control_message_is_ignored(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """A CONTROL_MESSAGE forwards nothing."""
    dest = Collect()
    result = lambda_handler.CloudWatchHandler(dest, redactor=redactor)(cw_event(cw_payload([], control=True)))
    assert [] == dest.batches
    assert {"status": "control", "forwarded": 0} == result


@pytest.mark.parametrize(("event", "reason"), [
    ({"awslogs": {"data": "not*base64!"}}, "data is not valid base64"),
    ({"awslogs": {"data": b64(f"plain text with {EMAIL}".encode())}}, "data is not gzip"),
    ({"awslogs": {"data": b64(gzip.compress(f"not json {SSN}".encode()))}}, "gzip content is not JSON"),
    ({"awslogs": {"data": b64(gzip.compress(b'{"messageType": "DATA_MESSAGE", "logEvents": 7}'))}},
     "logEvents is not a list of objects"),
    ({"Records": []}, "event has no awslogs.data"),
])
def test_cloudwatch_undecodable_event_forwards_placeholder_only(
        lambda_handler: ModuleType, redactor: Redactor, caplog: pytest.LogCaptureFixture,
        event: dict[str, Any], reason: str) -> None:
    """An undecodable payload is neither forwarded nor logged raw: one placeholder, one error line."""
    dest = Collect()
    with caplog.at_level(logging.ERROR, logger="piiredact.aws_lambda"):
        result = lambda_handler.CloudWatchHandler(dest, redactor=redactor)(event)
    assert {"status": "error", "error": reason, "forwarded": 1} == result
    assert [[{"id": None, "timestamp": None, "message": lambda_handler.PLACEHOLDER, "error": reason}]] == dest.batches
    assert_no_raw(caplog.text + json.dumps(dest.batches))
    assert 1 == len(caplog.records)


def test_cloudwatch_default_destination_prints_json_lines(
        lambda_handler: ModuleType, redactor: Redactor, capsys: pytest.CaptureFixture[str]) -> None:
    """Without a destination, each redacted event is one JSON line on stdout."""
    lambda_handler.CloudWatchHandler(redactor=redactor)(cw_event(cw_payload([f"a {EMAIL}", "b"])))
    lines = capsys.readouterr().out.splitlines()
    assert ["a [EMAIL]", "b"] == [json.loads(line)["message"] for line in lines]


def test_cloudwatch_backend_failure_still_redacts(lambda_handler: ModuleType) -> None:
    """A failing backend falls back to the regex tier: nothing raw is forwarded."""
    dest = Collect()
    r = Redactor(FailingDetector(), Policy(action="replace"))
    result = lambda_handler.CloudWatchHandler(dest, redactor=r)(cw_event(cw_payload([f"to {EMAIL}"])))
    assert "to [EMAIL]" == dest.batches[0][0]["message"]
    assert 1 == result["fallbacks"]


# -- Firehose transformation -----------------------------------------------------------------


def test_firehose_records_keep_ids_and_come_back_redacted(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """Text, JSON and NDJSON records: same recordIds in order, Ok, redacted, line ends kept."""
    handler = lambda_handler.FirehoseHandler(redactor=redactor)
    datas: list[bytes | str] = [
        f"user {EMAIL} paid with {CARD}\n".encode(),
        json.dumps({"ip": IP, "user": {"ssn": "366435036"}, "n": 3}).encode() + b"\n",
        (json.dumps({"msg": f"from {IP}"}) + "\r\n" + f"plain {SSN}\n").encode(),
        b"nothing to see",
    ]
    out = handler(fh_event(datas))["records"]
    assert [f"rec-{i:05d}" for i in range(4)] == [e["recordId"] for e in out]
    assert ["Ok"] * 4 == [e["result"] for e in out]
    assert "user [EMAIL] paid with [CREDIT_DEBIT_NUMBER]\n" == decoded(out[0])
    assert {"ip": "[IP_ADDRESS]", "user": {"ssn": "[SSN]"}, "n": 3} == json.loads(decoded(out[1]))
    assert decoded(out[1]).endswith("\n")
    assert '{"msg":"from [IP_ADDRESS]"}\r\nplain [SSN]\n' == decoded(out[2])
    assert "nothing to see" == decoded(out[3])


def test_firehose_json_untouched_or_too_deep(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """JSON with nothing to redact is returned byte for byte; JSON nested too deep for structured
    redaction is redacted as text instead of failing the batch."""
    untouched = b'{"level": "info",   "msg": "cache warm"}\n'
    deep = ("[" * 5000 + json.dumps(f"to {EMAIL}") + "]" * 5000).encode()
    out = lambda_handler.FirehoseHandler(redactor=redactor)(fh_event([untouched, deep]))["records"]
    assert ["Ok", "Ok"] == [e["result"] for e in out]
    assert untouched.decode() == decoded(out[0])
    assert "[EMAIL]" in decoded(out[1])
    assert_no_raw(decoded(out[1]))


def test_firehose_cloudwatch_records(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """CloudWatch Logs payloads in Firehose: control messages Dropped, data one redacted line per event."""
    handler = lambda_handler.FirehoseHandler(redactor=redactor)
    datas: list[bytes | str] = [cw_payload([], control=True), cw_payload([f"a {EMAIL}", f"b {IP}"])]
    out = handler(fh_event(datas))["records"]
    assert ["Dropped", "Ok"] == [e["result"] for e in out]
    assert "a [EMAIL]\nb [IP_ADDRESS]\n" == decoded(out[1])
    as_json = lambda_handler.FirehoseHandler(redactor=redactor, cwl_output="json")(fh_event(datas))["records"]
    events = [json.loads(line) for line in decoded(as_json[1]).splitlines()]
    assert ["a [EMAIL]", "b [IP_ADDRESS]"] == [e["message"] for e in events]
    assert {"/aws/lambda/checkout"} == {e["logGroup"] for e in events}


@pytest.mark.parametrize("data", [
    "***not base64***",
    b64(b"\x1f\x8b\x08\x00" + f"corrupt gzip {EMAIL}".encode()),
    b64(gzip.compress(json.dumps({"messageType": "DATA_MESSAGE", "logEvents": [f"{SSN}"]}).encode())),
])
def test_firehose_undecodable_record_is_a_placeholder_not_raw(
        lambda_handler: ModuleType, redactor: Redactor, caplog: pytest.LogCaptureFixture, data: str) -> None:
    """An undecodable record comes back Ok with a placeholder (Firehose would store ProcessingFailed raw)."""
    handler = lambda_handler.FirehoseHandler(redactor=redactor)
    with caplog.at_level(logging.INFO, logger="piiredact.aws_lambda"):
        out = handler(fh_event([data, f"ok {EMAIL}".encode()]))["records"]
    assert [("rec-00000", "Ok"), ("rec-00001", "Ok")] == [(e["recordId"], e["result"]) for e in out]
    assert lambda_handler.PLACEHOLDER + "\n" == decoded(out[0])
    assert "ok [EMAIL]" == decoded(out[1])
    assert_no_raw(caplog.text + json.dumps(out))


def test_firehose_processing_failed_mode_carries_placeholder(lambda_handler: ModuleType, redactor: Redactor) -> None:
    """With on_error='processing_failed' the status says so, and the data is still a placeholder."""
    handler = lambda_handler.FirehoseHandler(redactor=redactor, on_error="processing_failed")
    out = handler(fh_event(["%%%" + b64(EMAIL.encode())]))["records"]
    assert "ProcessingFailed" == out[0]["result"]
    assert lambda_handler.PLACEHOLDER + "\n" == decoded(out[0])


def test_firehose_internal_error_never_raises_nor_passes_raw(lambda_handler: ModuleType) -> None:
    """If building the redactor itself fails, every record is a placeholder and the call returns."""
    def broken() -> Redactor:
        raise RuntimeError(f"boom {EMAIL}")

    out = lambda_handler.FirehoseHandler(redactor=broken)(fh_event([f"x {EMAIL}".encode(), b"y"]))["records"]
    assert [("rec-00000", "Ok"), ("rec-00001", "Ok")] == [(e["recordId"], e["result"]) for e in out]
    assert {lambda_handler.PLACEHOLDER + "\n"} == {decoded(e) for e in out}


def _six_mb_event() -> dict[str, Any]:
    # ~4.4 MB of raw data (~5.9 MB as base64): at Lambda's request limit. 'replace' turns each
    # 7-character IP into '[IP_ADDRESS]' (12): +4% after redaction, over the 6 MB response limit.
    per_record = "request served " * 120 + " 1.2.3.4 5.6.7.8" * 8 + f" from {IP} id {SSN}\n"
    n = 4_400_000 // len(per_record.encode())
    return fh_event([per_record.encode()] * n)


@pytest.fixture
def fast_redactor() -> Redactor:
    """A literal-matching detector: the size logic is under test here, not the regex backend."""
    values = {v: "IP_ADDRESS" for v in ("1.2.3.4", "5.6.7.8", "9.9.9.9", "1.1.1.1", IP)}
    return Redactor(FakeDetector({**values, SSN: "SSN"}), Policy(action="replace"))


def test_firehose_six_mb_batch_stays_under_the_response_limit(
        lambda_handler: ModuleType, fast_redactor: Redactor) -> None:
    """A 6 MB batch whose redaction grows: the response fits, overflow is re-ingested raw into the
    stream (Dropped here) and every other record is Ok and redacted."""
    event = _six_mb_event()
    assert 5_800_000 < len(json.dumps(event)) <= 6 * 1024 * 1024
    reingested: list[dict[str, Any]] = []
    handler = lambda_handler.FirehoseHandler(redactor=fast_redactor,
                                             reingest=lambda ev, recs: reingested.extend(recs))
    resp = handler(event)
    body = json.dumps(resp)
    assert len(body) <= lambda_handler.RESPONSE_LIMIT
    out = resp["records"]
    assert [r["recordId"] for r in event["records"]] == [e["recordId"] for e in out]
    dropped = [e["recordId"] for e in out if e["result"] == "Dropped"]
    assert dropped and dropped == [r["recordId"] for r in reingested]
    assert {"Ok"} == {e["result"] for e in out if e["result"] != "Dropped"}
    assert_no_raw("".join(decoded(e) for e in out if e["result"] == "Ok"))


def _failing_reingest(ev: Any, recs: Any) -> None:
    raise ConnectionError("no network")


@pytest.mark.parametrize("reingest", [None, _failing_reingest])
def test_firehose_overflow_without_reingest_is_withheld(
        lambda_handler: ModuleType, fast_redactor: Redactor, reingest: Any) -> None:
    """Without re-ingestion (or when it fails) overflow records come back as a placeholder, never raw."""
    resp = lambda_handler.FirehoseHandler(redactor=fast_redactor, reingest=reingest)(_six_mb_event())
    assert len(json.dumps(resp)) <= lambda_handler.RESPONSE_LIMIT
    withheld = [e for e in resp["records"] if decoded(e) == lambda_handler.WITHHELD + "\n"]
    assert withheld and {"Ok"} == {e["result"] for e in resp["records"]}
    assert_no_raw("".join(decoded(e) for e in resp["records"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)), max_size=8),
       st.booleans())
def test_firehose_answers_every_record_whatever_the_bytes(
        lambda_handler: ModuleType, datas: list[bytes], gz: bool) -> None:
    """Any bytes (and gzip of them): one Ok entry per record, same ids, planted email never raw."""
    redactor = Redactor("regex")
    planted = [d + f" {EMAIL}".encode() for d in datas]
    if gz:
        planted = [gzip.compress(d) for d in planted]
    out = lambda_handler.FirehoseHandler(redactor=redactor)(fh_event(list(planted)))["records"]
    assert [f"rec-{i:05d}" for i in range(len(datas))] == [e["recordId"] for e in out]
    assert {"Ok"} >= {e["result"] for e in out}
    for e in out:
        assert EMAIL.encode() not in base64.b64decode(e["data"])


# -- configuration and re-ingestion ----------------------------------------------------------


def test_build_redactor_reads_environment(lambda_handler: ModuleType, tmp_path: Any) -> None:
    """PIIREDACT_CONFIG (TOML) and PIIREDACT_MODE configure the container's Redactor."""
    cfg = tmp_path / "piiredact.toml"
    cfg.write_text('[policy]\naction = "mask"\nmask_char = "#"\n')
    r = lambda_handler.build_redactor({"PIIREDACT_BACKEND": "regex", "PIIREDACT_CONFIG": str(cfg)})
    assert "to ######################" == r.redact(f"to {EMAIL}")
    r = lambda_handler.build_redactor({"PIIREDACT_CONFIG": str(cfg), "PIIREDACT_MODE": "replace"})
    assert "to [EMAIL]" == r.redact(f"to {EMAIL}")


def test_build_redactor_bad_config_fails_closed(
        lambda_handler: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    """A bad setting is logged in one line naming the key, and the regex tier still redacts."""
    with caplog.at_level(logging.ERROR, logger="piiredact.aws_lambda"):
        r = lambda_handler.build_redactor({"PIIREDACT_MODE": "shred"})
    assert "to " + "*" * len("ab.cd@example.org") == r.redact("to ab.cd@example.org")
    assert 1 == len(caplog.records)
    assert "action" in caplog.text


class FakeClient:
    """Records put_record_batch/put_records calls; fails the first call when asked."""

    def __init__(self, fail_count: int = 0) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail_count = fail_count

    def put_record_batch(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(kw)
        return {"FailedPutCount": self.fail_count}

    def put_records(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(kw)
        return {"FailedRecordCount": self.fail_count}


def test_boto3_reingest_targets_the_source_stream(lambda_handler: ModuleType) -> None:
    """Direct PUT: back into the Firehose stream (chunks of 500); Kinesis source: into the data stream."""
    event = fh_event([b"x"] * 1001)
    client = FakeClient()
    lambda_handler.boto3_reingest(event, event["records"], client=client)
    assert [500, 500, 1] == [len(c["Records"]) for c in client.calls]
    assert {"app-logs"} == {c["DeliveryStreamName"] for c in client.calls}
    src = "arn:aws:kinesis:eu-west-1:111122223333:stream/raw"
    event = fh_event([b"y"], sourceKinesisStreamArn=src)
    event["records"][0]["kinesisRecordMetadata"] = {"partitionKey": "pk-1"}
    client = FakeClient()
    lambda_handler.boto3_reingest(event, event["records"], client=client)
    assert [{"StreamARN": src, "Records": [{"Data": b"y", "PartitionKey": "pk-1"}]}] == client.calls
    with pytest.raises(RuntimeError, match="1 record"):
        lambda_handler.boto3_reingest(event, event["records"], client=FakeClient(fail_count=1))
