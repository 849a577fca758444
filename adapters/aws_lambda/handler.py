"""AWS Lambda handlers that redact logs in flight, before they land in S3 or OpenSearch.

``handler.cloudwatch_handler``
    Target of a CloudWatch Logs subscription filter: decodes ``awslogs.data`` (base64 +
    gzip JSON), ignores control messages, redacts every log event's message (and the
    filter's ``extractedFields``) and forwards the redacted events to a destination
    (default: one JSON line per event on stdout). Returns a value-free summary.

``handler.firehose_handler``
    Amazon Data Firehose data-transformation function: every record comes back with its
    ``recordId`` and ``Ok`` (redacted data) or ``Dropped`` (CloudWatch control messages,
    records re-ingested because the 6 MB response limit was reached).

Fail closed: a record that cannot be decoded is never passed through raw. Firehose
writes the *original* record data (``rawData``) of every ``ProcessingFailed`` record,
and of every record of an invocation that raised, to the bucket's ``processing-failed/``
prefix; so by default such a record comes back ``Ok`` with a placeholder instead, and
the handler never raises. One :class:`piiredact.Redactor` per Lambda container, built on
first use from the environment (``PIIREDACT_BACKEND``, ``PIIREDACT_CONFIG``, ``PIIREDACT_MODE``, ...).
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import logging
import os
import sys
import threading
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from piiredact import Redactor
from piiredact._codec import is_text, parse_line, redact_mixed
from piiredact._options import build_redactor_from_env

log = logging.getLogger("piiredact.aws_lambda")

#: Lambda's synchronous response limit is 6 MB; keep a margin for the JSON envelope.
RESPONSE_LIMIT = 6_000_000
#: What a record or event that could not be decoded becomes (never its raw content).
PLACEHOLDER = "[REDACTED: undecodable record]"
#: What a record withheld to stay under the response limit becomes (when not re-ingested).
WITHHELD = "[REDACTED: record withheld, Firehose response limit]"

Destination = Callable[[list[dict[str, Any]]], None]
Reingest = Callable[[Mapping[str, Any], list[Mapping[str, Any]]], None]

_GZIP_MAGIC = b"\x1f\x8b"
_redactor: Redactor | None = None
_redactor_lock = threading.Lock()


class PayloadError(ValueError):
    """A payload that cannot be decoded; ``reason`` names the step, never the content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- the container's Redactor ------------------------------------------------------------------


def build_redactor(environ: Mapping[str, str] | None = None) -> Redactor:
    """A Redactor from the ``PIIREDACT_*`` environment (``PIIREDACT_BACKEND``, default builtin;
    ``PIIREDACT_CONFIG``, a TOML policy file in the deployment package; ``PIIREDACT_MODE``, ...),
    through :func:`piiredact.build_redactor` like every other entry point.

    Fail closed on bad configuration: the error is logged (one line, naming the variable) and
    the container redacts with the regex backend and the default policy rather than passing
    logs through or failing the invocation (which, on Firehose, would store the raw batch).
    """
    try:
        return build_redactor_from_env(environ)
    except Exception as e:
        log.error("piiredact: configuration failed, using the regex backend and default policy: %s: %s",
                  type(e).__name__, str(e).splitlines()[0] if str(e) else "")
        return Redactor("regex")


def get_redactor() -> Redactor:
    """This container's Redactor (built on the first invocation, then reused)."""
    global _redactor
    if _redactor is None:
        with _redactor_lock:
            if _redactor is None:
                _redactor = build_redactor()
    return _redactor


# -- decoding ----------------------------------------------------------------------------------


def b64decode(data: str | bytes) -> bytes:
    """Strict base64 (Lambda events carry standard base64, no line breaks)."""
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise PayloadError("data is not valid base64") from None


def decode_cloudwatch(raw: bytes) -> dict[str, Any]:
    """A CloudWatch Logs subscription payload from its gzip bytes."""
    try:
        text = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):
        raise PayloadError("data is not gzip") from None
    try:
        payload = json.loads(text)
    except ValueError:
        raise PayloadError("gzip content is not JSON") from None
    if not isinstance(payload, dict) or "messageType" not in payload:
        raise PayloadError("gzip content is not a CloudWatch Logs payload")
    return payload


def _message(event: Mapping[str, Any]) -> str:
    msg = event.get("message")
    return msg if isinstance(msg, str) else ""


def _events(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    events = payload.get("logEvents")
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise PayloadError("logEvents is not a list of objects")
    return events


# -- redaction of mixed batches ------------------------------------------------------------------


def _resolve_redactor(r: Redactor | Callable[[], Redactor] | None) -> Redactor:
    """The handler's redactor: its own, one from its factory, or the container's shared one."""
    if r is None:
        return get_redactor()
    return r if isinstance(r, Redactor) else r()


class _Batch:
    """Collects an invocation's messages (lines for the line codec) and structured values
    (``extractedFields``), then redacts them all with one detector call."""

    def __init__(self, structured: bool = True) -> None:
        self.fmt: Literal["auto", "text"] = "auto" if structured else "text"
        self.lines: list[str] = []
        self.objs: list[Any] = []
        self.l_out: list[str] = []
        self.o_out: list[Any] = []

    def add_obj(self, obj: Any) -> Callable[[], Any]:
        i = len(self.objs)
        self.objs.append(obj)
        return lambda: self.o_out[i]

    def add_message(self, text: str) -> Callable[[], str]:
        """A log message: a JSON object/array redacted by key and value, else as text."""
        i = len(self.lines)
        self.lines.append(text)
        return lambda: self.l_out[i]

    def add_lines(self, text: str) -> Callable[[], str]:
        """A record of one or more lines: the whole of it if it is one JSON document, else line by
        line (each JSON line structurally); line terminators are kept."""
        body = text.rstrip()
        if self.fmt == "auto" and not is_text(parse_line(body.lstrip())):
            get = self.add_message(body)
            return lambda: get() + text[len(body):]
        getters = []
        for part in text.split("\n"):
            line = part.rstrip("\r")
            getters.append((self.add_message(line), part[len(line):]))
        return lambda: "\n".join(g() + cr for g, cr in getters)

    def run(self, redactor: Redactor) -> None:
        if self.lines or self.objs:
            mixed = redact_mixed(redactor, self.lines, self.objs, self.fmt)
            self.l_out, self.o_out = mixed.lines, mixed.values


def _finding_counts(redactor: Redactor, before: Mapping[str, object]) -> dict[str, Any]:
    """Value-free counts of this invocation: findings per entity, fallbacks, placeholders."""
    moved: dict[str, int] = {}
    for k, v in redactor.stats().items():
        b = before.get(k, 0)
        if isinstance(v, int) and isinstance(b, int) and v != b:
            moved[k] = v - b
    return {
        "findings": {k.split(".", 1)[1]: v for k, v in sorted(moved.items()) if k.startswith("findings.")},
        "fallbacks": moved.get("fallbacks", 0),
        "placeholders": moved.get("placeholders", 0),
    }


# -- CloudWatch Logs subscription ----------------------------------------------------------------


def print_json_lines(records: list[dict[str, Any]]) -> None:
    """Default destination: one JSON line per redacted event on stdout."""
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()


class CloudWatchHandler:
    """``handler(event, context)`` for a CloudWatch Logs subscription filter.

    ``destination`` receives the redacted events of one invocation (a list of dicts with
    ``id``, ``timestamp``, ``message``, ``logGroup``, ``logStream`` and, if the filter
    extracted any, ``extractedFields``). If it raises, the invocation fails and Lambda
    retries the (raw) event; a failure destination for async invocations therefore
    stores raw events: see README.md.
    """

    def __init__(self, destination: Destination | None = None, *,
                 redactor: Redactor | Callable[[], Redactor] | None = None,
                 structured: bool = True) -> None:
        self.destination = destination or print_json_lines
        self._redactor = redactor
        self.structured = structured

    def redactor(self) -> Redactor:
        return _resolve_redactor(self._redactor)

    def __call__(self, event: Mapping[str, Any], context: Any = None) -> dict[str, Any]:
        try:
            data = event["awslogs"]["data"]
        except (KeyError, TypeError):
            return self._undecodable(PayloadError("event has no awslogs.data"))
        try:
            payload = decode_cloudwatch(b64decode(data))
            if payload.get("messageType") == "CONTROL_MESSAGE":
                return {"status": "control", "forwarded": 0}
            if payload.get("messageType") != "DATA_MESSAGE":
                raise PayloadError("unknown messageType")
            events = _events(payload)
        except PayloadError as e:
            return self._undecodable(e)
        redactor = self.redactor()
        before = redactor.stats()
        batch = _Batch(self.structured)
        pending = []
        for ev in events:
            get_msg = batch.add_message(_message(ev))
            fields = ev.get("extractedFields")
            get_fields = batch.add_obj(fields) if isinstance(fields, dict) and fields else None
            pending.append((ev, get_msg, get_fields))
        batch.run(redactor)
        out = []
        for ev, get_msg, get_fields in pending:
            rec: dict[str, Any] = {
                "id": ev.get("id"), "timestamp": ev.get("timestamp"), "message": get_msg(),
                "logGroup": payload.get("logGroup"), "logStream": payload.get("logStream"),
            }
            if get_fields is not None:
                rec["extractedFields"] = get_fields()
            out.append(rec)
        self.destination(out)
        return {"status": "ok", "forwarded": len(out), **_finding_counts(redactor, before)}

    def _undecodable(self, e: PayloadError) -> dict[str, Any]:
        # Never forward (or log) what could not be decoded; leave a visible trace instead.
        log.error("piiredact: undecodable CloudWatch Logs event (%s); forwarded a placeholder", e.reason)
        self.destination([{"id": None, "timestamp": None, "message": PLACEHOLDER, "error": e.reason}])
        return {"status": "error", "error": e.reason, "forwarded": 1}


# -- Amazon Data Firehose transformation -------------------------------------------------------


@dataclass
class _Out:
    """One record's result while the response is assembled."""

    record_id: str
    result: Literal["Ok", "Dropped", "ProcessingFailed"]
    data: Callable[[], bytes] | bytes | None
    failed: str | None = None  # why it could not be decoded

    def entry(self) -> dict[str, str]:
        e = {"recordId": self.record_id, "result": self.result}
        if self.data is not None:
            raw = self.data() if callable(self.data) else self.data
            e["data"] = base64.b64encode(raw).decode("ascii")
        return e


def _size(entry: Mapping[str, str]) -> int:
    return len(json.dumps(entry)) + 2  # + ", "


class FirehoseHandler:
    """``handler(event, context)`` for a Firehose data-transformation Lambda.

    ``reingest(event, raw_records)`` (optional) puts records that do not fit in the 6 MB
    response back into the stream; they are returned ``Dropped`` and redacted on a later
    invocation. Without it (or if it fails) they come back ``Ok`` with a placeholder.
    ``on_error``: ``"placeholder"`` (default: an undecodable record comes back ``Ok`` with a
    placeholder) or ``"processing_failed"`` (``ProcessingFailed`` with the placeholder as data;
    note Firehose then writes the record's ORIGINAL data to the error prefix).
    ``cwl_output``: CloudWatch Logs payloads become one redacted message per line
    (``"message"``) or one JSON event per line (``"json"``).
    """

    def __init__(self, *, redactor: Redactor | Callable[[], Redactor] | None = None,
                 reingest: Reingest | None = None, response_limit: int = RESPONSE_LIMIT,
                 on_error: Literal["placeholder", "processing_failed"] = "placeholder",
                 cwl_output: Literal["message", "json"] = "message") -> None:
        self._redactor = redactor
        self.reingest = reingest
        self.response_limit = response_limit
        self.on_error = on_error
        self.cwl_output = cwl_output

    def redactor(self) -> Redactor:
        return _resolve_redactor(self._redactor)

    def __call__(self, event: Mapping[str, Any], context: Any = None) -> dict[str, Any]:
        records = event.get("records") if isinstance(event, Mapping) else None
        if not isinstance(records, list):
            log.error("piiredact: Firehose event without a records list")
            return {"records": []}
        before: Mapping[str, object] = {}
        try:
            before = self.redactor().stats()
            outs = self._transform(records)
        except Exception as e:
            log.error("piiredact: Firehose batch failed (%s); every record replaced by a placeholder",
                      type(e).__name__)
            outs = [self._failed(r, "internal error") for r in records]
        entries = self._fit(event, records, outs)
        counts: dict[str, Any] = {}
        for entry in entries:
            counts[entry["result"]] = counts.get(entry["result"], 0) + 1
        try:
            counts.update(_finding_counts(self.redactor(), before))
        except Exception:
            pass
        log.info("piiredact: firehose records=%d %s", len(records), json.dumps(counts, sort_keys=True))
        return {"records": entries}

    # one pass to decode, one detector call per kind for the whole batch, then assemble
    def _transform(self, records: Sequence[Any]) -> list[_Out]:
        batch = _Batch()
        outs: list[_Out] = []
        for rec in records:
            rid = rec.get("recordId") if isinstance(rec, dict) else None
            if not isinstance(rid, str):
                rid = ""
            try:
                raw = b64decode(rec.get("data", "") if isinstance(rec, dict) else "")
                outs.append(self._decode_one(rid, raw, batch))
            except PayloadError as e:
                outs.append(self._failed(rec, e.reason))
        batch.run(self.redactor())
        failed = sum(1 for o in outs if o.failed)
        if failed:
            log.error("piiredact: %d Firehose record(s) undecodable; returned as placeholders", failed)
        return outs

    def _decode_one(self, rid: str, raw: bytes, batch: _Batch) -> _Out:
        if raw.startswith(_GZIP_MAGIC):
            try:
                inner = gzip.decompress(raw)
            except (OSError, EOFError, zlib.error):
                raise PayloadError("data is not gzip") from None
            try:
                payload = json.loads(inner)
            except ValueError:
                payload = None
            if isinstance(payload, dict) and "messageType" in payload:
                return self._cloudwatch(rid, payload, batch)
            raw = inner  # gzip of something else: redact the decompressed text
        text = raw.decode("utf-8", errors="surrogateescape")
        get = batch.add_lines(text)
        return _Out(rid, "Ok", lambda: get().encode("utf-8", errors="surrogateescape"))

    def _cloudwatch(self, rid: str, payload: Mapping[str, Any], batch: _Batch) -> _Out:
        if payload.get("messageType") == "CONTROL_MESSAGE":
            return _Out(rid, "Dropped", None)
        if payload.get("messageType") != "DATA_MESSAGE":
            raise PayloadError("unknown messageType")
        events = _events(payload)
        getters = [batch.add_message(_message(e)) for e in events]
        if self.cwl_output == "message":
            return _Out(rid, "Ok", lambda: "".join(g() + "\n" for g in getters).encode(
                "utf-8", errors="surrogateescape"))
        group, stream = payload.get("logGroup"), payload.get("logStream")

        def as_json() -> bytes:
            lines = [json.dumps({"id": e.get("id"), "timestamp": e.get("timestamp"), "message": g(),
                                 "logGroup": group, "logStream": stream}, ensure_ascii=False) + "\n"
                     for e, g in zip(events, getters)]
            return "".join(lines).encode("utf-8", errors="surrogateescape")

        return _Out(rid, "Ok", as_json)

    def _failed(self, rec: Any, reason: str) -> _Out:
        rid = rec.get("recordId") if isinstance(rec, dict) else None
        result: Literal["Ok", "ProcessingFailed"] = "ProcessingFailed" if self.on_error == "processing_failed" else "Ok"
        return _Out(rid if isinstance(rid, str) else "", result, (PLACEHOLDER + "\n").encode(), failed=reason)

    def _fit(self, event: Mapping[str, Any], records: Sequence[Any], outs: list[_Out]) -> list[dict[str, str]]:
        """Entries that fit in the response limit: the longest prefix of full entries, the
        rest re-ingested (``Dropped``) or withheld (``Ok`` + placeholder)."""
        full = [o.entry() for o in outs]
        small = [{"recordId": o.record_id, "result": "Ok",
                  "data": base64.b64encode((WITHHELD + "\n").encode()).decode()} for o in outs]
        budget = self.response_limit - len('{"records": []}')
        tail = sum(_size(e) for e in small)
        used, k = 0, 0
        while k < len(full):
            tail -= _size(small[k])
            if used + _size(full[k]) + tail > budget:
                tail += _size(small[k])
                break
            used += _size(full[k])
            k += 1
        if k == len(full):
            return full
        over = list(range(k, len(full)))
        log.warning("piiredact: %d Firehose record(s) over the response limit", len(over))
        # Only records that were decoded are worth re-ingesting (the others stay placeholders).
        redo = [i for i in over if outs[i].failed is None and outs[i].result == "Ok"]
        if self.reingest is not None and redo:
            try:
                self.reingest(event, [records[i] for i in redo])
            except Exception as e:
                log.error("piiredact: re-ingest failed (%s); records withheld as placeholders", type(e).__name__)
            else:
                for i in redo:
                    small[i] = {"recordId": outs[i].record_id, "result": "Dropped"}
        for i in over:
            if outs[i].result == "Dropped":  # a control message: stays dropped
                small[i] = {"recordId": outs[i].record_id, "result": "Dropped"}
        return full[:k] + small[k:]


# -- re-ingestion with boto3 (the AWS Firehose blueprints do the same) ---------------------------


def boto3_reingest(event: Mapping[str, Any], records: list[Mapping[str, Any]], *, client: Any = None) -> None:
    """Put ``records`` (their original data) back into the source: the Kinesis data stream if the
    Firehose stream reads from one, else the Firehose stream itself. Raises if any record fails."""
    source = event.get("sourceKinesisStreamArn")
    if source:
        kinesis = client or _boto3_client("kinesis", source)
        entries = [{"Data": base64.b64decode(r["data"]),
                    "PartitionKey": (r.get("kinesisRecordMetadata") or {}).get("partitionKey") or r["recordId"]}
                   for r in records]
        for chunk in _chunks(entries, 500, 4_000_000):
            resp = kinesis.put_records(StreamARN=source, Records=chunk)
            if resp.get("FailedRecordCount"):
                raise RuntimeError(f"kinesis put_records: {resp['FailedRecordCount']} record(s) failed")
        return
    arn = str(event["deliveryStreamArn"])
    firehose = client or _boto3_client("firehose", arn)
    stream = arn.split("/", 1)[1]
    data = [{"Data": base64.b64decode(r["data"])} for r in records]
    for chunk in _chunks(data, 500, 4_000_000):
        resp = firehose.put_record_batch(DeliveryStreamName=stream, Records=chunk)
        if resp.get("FailedPutCount"):
            raise RuntimeError(f"firehose put_record_batch: {resp['FailedPutCount']} record(s) failed")


def _boto3_client(service: str, arn: str) -> Any:
    import boto3  # lazy: only when a batch overflows

    return boto3.client(service, region_name=arn.split(":")[3])


def _chunks(items: list[dict[str, Any]], max_count: int, max_bytes: int) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = [[]]
    size = 0
    for item in items:
        n = len(item["Data"]) + len(item.get("PartitionKey", ""))
        if out[-1] and (len(out[-1]) >= max_count or size + n > max_bytes):
            out.append([])
            size = 0
        out[-1].append(item)
        size += n
    return [c for c in out if c]


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


#: Lambda entry points: ``handler.cloudwatch_handler`` and ``handler.firehose_handler``.
cloudwatch_handler = CloudWatchHandler(structured=not _env_flag("PIIREDACT_TEXT_ONLY"))
firehose_handler = FirehoseHandler(
    reingest=boto3_reingest if _env_flag("PIIREDACT_FIREHOSE_REINGEST") else None,
    on_error="processing_failed" if os.environ.get("PIIREDACT_FIREHOSE_ON_ERROR") == "processing_failed"
    else "placeholder",
    cwl_output="json" if os.environ.get("PIIREDACT_CWL_OUTPUT") == "json" else "message",
)
