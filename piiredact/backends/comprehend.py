"""The AWS Comprehend backend: packed, tiered, cached, concurrent, fail-closed.

``backend="comprehend"`` (or ``--backend comprehend``) uses boto3's standard
configuration chain (credentials, region, ``AWS_ENDPOINT_URL_COMPREHEND`` /
``AWS_ENDPOINT_URL``), so the same code runs against AWS, a VPC endpoint or a local
test endpoint. boto3 is imported on first use only.

What it does per batch:

1. the regex tier analyses every text (cheap, certain for SSN/e-mail/card/IP/phone);
2. ``tier="candidates"`` sends to Comprehend only the texts that may hold a name, an
   address or other free-text PII: the builtin name model in a cheap low-threshold pass
   (``candidate_threshold``), personal keys (``name=``, ``address:``), house-number
   street cues and caseless scripts (``tier="all"``: every text);
3. texts seen before are answered from an LRU keyed by a digest of the text;
4. the rest are packed into requests of at most ``max_request_bytes`` UTF-8 bytes,
   sent ``max_concurrency`` at a time with botocore's retries and timeouts, and the
   findings are mapped back to each text's own offsets.

Any failure raises :class:`~piiredact.BackendError` (``BackendUnavailable``,
``BackendTimeout``) whose message names the error code only, never the text, after
botocore's own retries; the :class:`~piiredact.Redactor`'s guard owns the circuit
breaker and falls back to the builtin detector (so an outage costs no names) and
counts it. ``preflight()`` (called by the Redactor at construction) turns missing
credentials or region into a :class:`~piiredact.ConfigError`.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple
from urllib.parse import unquote

from .._entities import ALL_ENTITIES, canonical_entity
from .._exceptions import (
    BackendError,
    BackendTimeout,
    BackendUnavailable,
    ConfigError,
    MissingDependencyError,
    PiiRedactError,
)
from .._finding import Finding
from .._threads import block_process_signals
from ._cache import FindingsCache, text_key
from ._chain import _LOG_TOKENS, _PERSONAL_KEY, TieredDetector, _caseless_letters
from ._packing import Located, Pack, Piece, Span, build_packs, merge_overlapping, utf8_len
from ._regex import RegexDetector

#: Comprehend's DetectPiiEntities limit is 100 KB of UTF-8 text per request.
MAX_REQUEST_BYTES = 100_000
#: Comprehend bills units of 100 characters, at least 3 per request.
UNIT_CHARS = 100
MIN_UNITS = 3
#: The languages DetectPiiEntities supports.
LANGUAGES = frozenset({"en", "es"})
TIERS = ("all", "candidates")
_THROTTLE_CODES = frozenset({
    "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
    "ProvisionedThroughputExceededException", "RequestThrottled", "SlowDown",
})
_TOO_LARGE = "TextSizeLimitExceededException"
# Below this a "too large" answer cannot be about our packing: give up, fail closed.
_MIN_SHRINK_BYTES = 1_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_COUNTERS = (
    "texts", "texts_to_comprehend", "texts_sent", "cache_hits", "requests", "billable_units",
    "chars_sent", "throttles", "server_errors", "failures", "split_texts", "shrinks",
)
#: Threshold of the name model's candidate pass: far below the redaction threshold, so a
#: name the model is unsure of still reaches Comprehend (which decides).
CANDIDATE_THRESHOLD = 0.05
# A house number followed by a street word: the address cue of the candidate pass.
_STREET = re.compile(
    r"(?i)\b\d{1,6}[a-z]?(?:[ \t]+[\w'.-]+){1,4}?[ \t]+(?:street|st|avenue|ave|road|rd|lane|ln|boulevard"
    r"|blvd|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|square|sq|circle|cir"
    r"|calle|avenida|plaza|camino)\b"
)


class _Answer(NamedTuple):
    """What one request yields: (text index, finding) pairs, and indices of texts re-split."""

    pairs: list[Located]
    resplit: set[int]


# Words (any script) with inner apostrophes/hyphens, for the shape cues below.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A key naming a person or an account: ``name_on_card=``, ``"passenger":``, ``uid=``...
_PERSON_KEY = re.compile(
    r"(?i)[\w-]*(?:name|user|uid|login|holder|owner|contact|customer|pax|passenger|guest|recipient|visitor"
    r"|member|employee|patient|author|assignee|payee|on-call)[\w-]*[\"']?\s*[=:]"
)
# Upper-case log vocabulary that is never a name (levels, verbs, protocols, units).
_CAPS_WORDS = frozenset({t.upper() for t in _LOG_TOKENS} | set(
    "GET POST PUT HEAD PATCH DELETE OPTIONS HTTP HTTPS OK ID UTC GMT JSON XML API URL URI TCP UDP IP SSH DNS "
    "CPU PID UID GID RAM IO NULL TRUE FALSE AM PM KB MB GB TB MS".split()))
_JOINERS = frozenset((" ", ", ", "/", "^"))


def _shape_cue(text: str) -> bool:
    """Shapes a name takes that the name model misses today (issue 16's categories):
    four lower-case words in a row (chat and prose, where names are lower case too),
    two upper-case words in a row or ``SURNAME/`` (CRM exports, airline and HL7 records),
    an upper-case word then a capitalised one (``CHOI Ha-jae``)."""
    prev_end = -1
    lower_run = 0
    prev_caps = False
    for m in _TOKEN.finditer(text):
        w = m.group()
        joined = prev_end >= 0 and text[prev_end:m.start()] in _JOINERS
        if w.islower() and len(w) > 1:
            lower_run = lower_run + 1 if joined and lower_run else 1
            if lower_run >= 4:
                return True
        else:
            lower_run = 0
        caps = len(w) >= 2 and w.isupper() and w not in _CAPS_WORDS
        if prev_caps and joined and (caps or (w[0].isupper() and w[1:].islower())):
            return True
        if caps and len(w) >= 3 and text[m.end():m.end() + 1] == "/":
            return True
        prev_caps, prev_end = caps, m.end()
    return False


class _Candidates:
    """The ``candidates`` selector: which texts of a batch Comprehend must see.

    A text goes when it has a personal or account key, a street address cue, letters of a
    caseless script or a name-like shape (:func:`_shape_cue`), or else when the builtin
    name model, run over the rest of the batch at a low threshold (on a percent-decoded
    view), finds any name or account-name span. Cheap and value-free; the model is built
    on first use.
    """

    def __init__(self, threshold: float) -> None:
        self._threshold = threshold
        self._names: Any = None
        self._lock = threading.Lock()

    def _model(self) -> Any:
        if self._names is None:
            with self._lock:
                if self._names is None:
                    from ._names import NameDetector

                    self._names = NameDetector(threshold=self._threshold)
        return self._names

    def __call__(self, texts: Sequence[str], first_found: Sequence[Sequence[Finding]]) -> list[int]:
        chosen: set[int] = set()
        rest: list[int] = []
        for i, t in enumerate(texts):
            if not t or t.isspace():
                continue
            if (_PERSONAL_KEY.search(t) or _PERSON_KEY.search(t) or _STREET.search(t)
                    or (not t.isascii() and _caseless_letters(t)) or _shape_cue(t)):
                chosen.add(i)
            else:
                rest.append(i)
        if rest:
            view = [unquote(texts[i]) if "%" in texts[i] else texts[i] for i in rest]
            found = self._model().detect(view)
            chosen.update(i for i, fs in zip(rest, found) if fs)
        return sorted(chosen)

    def reset_after_fork(self) -> None:
        self._lock = threading.Lock()
        if self._names is not None:
            self._names.reset_after_fork()

    def close(self) -> None:
        if self._names is not None:
            self._names.close()


def billable_units(chars: int) -> int:
    """Units Comprehend bills for one request of ``chars`` characters."""
    return max(MIN_UNITS, math.ceil(chars / UNIT_CHARS))


def _label(kind: object) -> str:
    # Every Comprehend type maps through; a type newer than our table is kept (upper
    # case) rather than dropped, so a policy acting on all types still redacts it.
    raw = str(kind)
    return canonical_entity(raw) or raw.strip().upper().replace(" ", "_")


def _sendable(text: str) -> str:
    # Lone surrogates (undecodable input kept by surrogateescape) cannot be encoded
    # as UTF-8; U+FFFD is one code point too, so every offset stays valid.
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _positive(key: str, value: Any, kind: type, minimum: float, maximum: float | None = None) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
        raise ConfigError(f"{key}: expected a number, got {type(value).__name__}")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        raise ConfigError(f"{key}: must be {bound}, got {value}")
    return kind(value)


class _Remote:
    """The Comprehend tier alone (a Detector): cache, packing, concurrency, errors."""

    name = "comprehend"
    entities = ALL_ENTITIES

    def __init__(self, owner: ComprehendDetector) -> None:
        self._owner = owner

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        return self._owner._detect_remote(texts)


class ComprehendDetector:
    """Detects PII with AWS Comprehend ``DetectPiiEntities``, after a regex tier.

    Client: pass ``client=`` (a boto3 Comprehend client), or ``session=``,
    ``region_name=``, ``endpoint_url=``, ``config=`` (a botocore ``Config`` merged over
    ours); by default boto3's standard chain decides. The client is created on first
    use (no I/O here) and shared by all threads.

    ``stats()`` returns value-free counters: requests, billable units, cache hits,
    throttles, failures, texts gated out, ...
    """

    name = "comprehend"
    entities: frozenset[str] = ALL_ENTITIES

    def __init__(
        self,
        *,
        client: Any = None,
        session: Any = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Any = None,
        language_code: str = "en",
        tier: str = "candidates",
        max_request_bytes: int = MAX_REQUEST_BYTES,
        max_concurrency: int = 4,
        cache_size: int = 10_000,
        retry_mode: str = "adaptive",
        max_attempts: int = 5,
        connect_timeout: float = 2.0,
        read_timeout: float = 10.0,
        split_overlap: int = 256,
        candidate_threshold: float = CANDIDATE_THRESHOLD,
    ) -> None:
        if language_code not in LANGUAGES:
            raise ConfigError(f"language_code: must be one of {sorted(LANGUAGES)}, got {language_code!r}")
        if tier not in TIERS:
            raise ConfigError(f"tier: must be one of {list(TIERS)}, got {tier!r}")
        if retry_mode not in ("standard", "adaptive", "legacy"):
            raise ConfigError(f"retry_mode: must be 'standard', 'adaptive' or 'legacy', got {retry_mode!r}")
        self.max_request_bytes = _positive("max_request_bytes", max_request_bytes, int, 64, MAX_REQUEST_BYTES)
        self.max_concurrency = _positive("max_concurrency", max_concurrency, int, 1, 256)
        self.max_attempts = _positive("max_attempts", max_attempts, int, 1, 20)
        self.connect_timeout = _positive("connect_timeout", connect_timeout, float, 0.001)
        self.read_timeout = _positive("read_timeout", read_timeout, float, 0.001)
        self.split_overlap = _positive("split_overlap", split_overlap, int, 0)
        cache_size = _positive("cache_size", cache_size, int, 0)
        candidate_threshold = _positive("candidate_threshold", candidate_threshold, float, 0.0, 1.0)
        if client is None and importlib.util.find_spec("boto3") is None:
            raise MissingDependencyError(
                "the comprehend backend needs extra packages: pip install 'piiredact[comprehend]'"
            )
        self.language_code = language_code
        self.tier = tier
        self.retry_mode = retry_mode
        self._session = session
        self._region_name = region_name
        self._endpoint_url = endpoint_url
        self._config = config
        self._client = client
        self._owns_client = False  # close() closes only a client we created
        self._pid = os.getpid()
        self._events_hooked = False
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._closed = False
        self._cache = FindingsCache(cache_size)
        self._counts = dict.fromkeys(_COUNTERS, 0)
        self._count_lock = threading.Lock()
        # Learned from TextSizeLimitExceededException: never send more than this again.
        self._limit = self.max_request_bytes
        self._namespace = f"comprehend/{language_code}"
        self._candidates = _Candidates(candidate_threshold) if tier == "candidates" else None
        self._chain = TieredDetector(RegexDetector(), _Remote(self), gate=None, selector=self._candidates,
                                     name=self.name)

    # -- Detector protocol ----------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Regex findings for every text plus Comprehend's for the texts that need it."""
        texts = list(texts)
        self._incr("texts", len(texts))
        return self._chain.detect(texts)

    def preflight(self) -> None:
        """Start-up check, called by :class:`~piiredact.Redactor` at construction: without
        AWS credentials or a region every call would fail, so that is a configuration error
        (raised as :class:`~piiredact.BackendUnavailable`, reported as a ConfigError).

        Resolves boto3's standard credential chain (environment, shared files, SSO,
        container/instance metadata); makes no Comprehend request.
        """
        if self._client is not None:
            return
        try:
            import boto3
        except ImportError:
            raise MissingDependencyError(
                "the comprehend backend needs extra packages: pip install 'piiredact[comprehend]'"
            ) from None
        session = self._session if self._session is not None else boto3.session.Session()
        try:
            credentials = session.get_credentials()
        except Exception as e:  # a broken profile or config file: name the type only
            raise BackendUnavailable(f"comprehend: cannot resolve AWS credentials ({type(e).__name__})") from None
        if credentials is None:
            raise BackendUnavailable(
                "comprehend: no AWS credentials found; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or "
                "AWS_PROFILE, or pass session=/client= (backend_options)"
            )
        if self._region_name is None and session.region_name is None:
            raise BackendUnavailable(
                "comprehend: no AWS region configured; set AWS_REGION or pass region_name= (backend_options)"
            )

    def stats(self) -> dict[str, int]:
        """Value-free counters (numbers only, never text)."""
        with self._count_lock:
            return dict(self._counts)

    def close(self) -> None:
        """Stop the worker threads and close the client (idempotent)."""
        with self._lock:
            pool, self._pool = self._pool, None
            client = self._client if self._owns_client else None
            self._closed = True
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if self._candidates is not None:
            self._candidates.close()
        closer = getattr(client, "close", None)
        if closer is not None:
            try:
                closer()
            except Exception:  # closing is best effort; nothing to recover
                pass

    def __enter__(self) -> ComprehendDetector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the Comprehend tier --------------------------------------------------------

    def _detect_remote(self, texts: Sequence[str]) -> list[list[Finding]]:
        self._incr("texts_to_comprehend", len(texts))
        results: list[list[Finding] | None] = [None] * len(texts)
        pending: dict[bytes, list[int]] = {}  # digest -> indices with that text
        hits = 0
        for i, text in enumerate(texts):
            if not text or text.isspace():
                results[i] = []
                continue
            key = text_key(text, self._namespace)
            if key in pending:  # the same text twice in one batch: ask once
                pending[key].append(i)
                hits += 1
                continue
            cached = self._cache.get(key)
            if cached is not None:
                results[i] = list(cached)
                hits += 1
            else:
                pending[key] = [i]
        self._incr("cache_hits", hits)
        if pending:
            items = [Piece(idx[0], 0, _sendable(texts[idx[0]])) for idx in pending.values()]
            try:
                found = self._send(items)
            except Exception as e:
                self._incr("failures")
                if isinstance(e, PiiRedactError):
                    raise
                # An unexpected error's message could quote anything: name its type only.
                raise BackendError(f"comprehend: unexpected {type(e).__name__}") from None
            self._incr("texts_sent", len(items))
            for key, idx in pending.items():
                fs = found.get(idx[0], [])
                self._cache.put(key, fs)
                for i in idx:
                    results[i] = list(fs)
        return [r if r is not None else [] for r in results]

    def _send(self, items: list[Piece]) -> dict[int, list[Finding]]:
        packs = build_packs(items, self._limit, overlap=self.split_overlap)
        if len(packs) <= 1 or self.max_concurrency == 1:
            answers = [self._call(pack) for pack in packs]
        else:
            answers = self._call_concurrently(packs)
        found: dict[int, list[Finding]] = {}
        split: set[int] = set()
        for pairs, resplit in answers:
            for i, f in pairs:
                found.setdefault(i, []).append(f)
            split.update(resplit)
        # A text cut into several pieces (too large for one request) was seen twice
        # around each cut: merge what the overlapping chunks both reported.
        pieces_per: dict[int, int] = {}
        for pack in packs:
            for p in pack.pieces:
                pieces_per[p.index] = pieces_per.get(p.index, 0) + 1
        split.update(i for i, n in pieces_per.items() if n > 1)
        if split:
            self._incr("split_texts", len(split))
        for i in split:
            if i in found:
                found[i] = merge_overlapping(found[i])
        for fs in found.values():
            fs.sort()
        return found

    def _call_concurrently(self, packs: list[Pack]) -> list[_Answer]:
        pool = self._get_pool()
        futures: list[Future[_Answer]] = [pool.submit(self._call, p) for p in packs]
        answers: list[_Answer] = []
        error: BaseException | None = None
        for fut in futures:
            if error is not None:
                fut.cancel()  # not started yet: do not spend money on a failed batch
                continue
            try:
                answers.append(fut.result())
            except BaseException as e:
                error = e
        for fut in futures:  # let started calls finish so none outlives the batch
            if not fut.cancelled():
                try:
                    fut.result()
                except BaseException:
                    pass
        if error is not None:
            raise error
        return answers

    def _call(self, pack: Pack) -> _Answer:
        """One DetectPiiEntities request: (index, finding) pairs, and the indices of texts
        that had to be re-split (see _shrink_and_retry). Errors become BackendErrors."""
        client = self._get_client()
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectTimeoutError,
            NoCredentialsError,
            NoRegionError,
            ReadTimeoutError,
        )

        # `from None` everywhere: the original exception's text may quote the request
        # (AWS validation messages echo values), and chained tracebacks get logged.
        try:
            resp = client.detect_pii_entities(Text=pack.text, LanguageCode=self.language_code)
        except ClientError as e:
            err = e.response.get("Error", {}) if isinstance(e.response, dict) else {}
            code = str(err.get("Code", "Unknown"))
            status = int(e.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
            if code == _TOO_LARGE:
                return self._shrink_and_retry(pack)
            if code in _THROTTLE_CODES:
                raise BackendUnavailable(f"comprehend: {code} (HTTP {status}) after {self.max_attempts} attempts") from None
            if status >= 500:
                raise BackendUnavailable(f"comprehend: server error {code} (HTTP {status})") from None
            raise BackendError(f"comprehend: request rejected: {code} (HTTP {status})") from None
        except (ReadTimeoutError, ConnectTimeoutError) as e:
            raise BackendTimeout(f"comprehend: {type(e).__name__} (connect_timeout={self.connect_timeout}s, "
                                 f"read_timeout={self.read_timeout}s)") from None
        except NoCredentialsError:
            raise BackendUnavailable("comprehend: no AWS credentials found (boto3 credential chain)") from None
        except NoRegionError:
            raise BackendUnavailable("comprehend: no AWS region configured (region_name= or AWS_REGION)") from None
        except BotoCoreError as e:
            raise BackendUnavailable(f"comprehend: {type(e).__name__}") from None
        self._incr_many(requests=1, billable_units=billable_units(len(pack.text)), chars_sent=len(pack.text))
        return _Answer(pack.unpack(self._spans(resp, len(pack.text)), self.name), set())

    @staticmethod
    def _spans(resp: Any, n: int) -> list[Span]:
        try:
            entities = resp.get("Entities") or []
            spans = []
            for ent in entities:
                b = max(0, min(int(ent["BeginOffset"]), n))
                e = max(0, min(int(ent["EndOffset"]), n))
                if b < e:  # an empty span redacts nothing (and would fail the guard's check)
                    spans.append(Span(b, e, _label(ent["Type"]), float(ent.get("Score", 1.0))))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise BackendError("comprehend: malformed response (Entities)") from None
        return spans

    def _shrink_and_retry(self, pack: Pack) -> _Answer:
        # The service measured the request as too large (a smaller quota, or a
        # different count): halve, remember the lower limit, resend in this thread.
        size = utf8_len(pack.text)
        if size <= _MIN_SHRINK_BYTES:
            raise BackendError(f"comprehend: request rejected: {_TOO_LARGE} at {size} bytes") from None
        new_limit = max(_MIN_SHRINK_BYTES, size // 2)
        with self._lock:
            self._limit = min(self._limit, new_limit)
        self._incr("shrinks")
        pairs: list[Located] = []
        resplit: set[int] = set()
        originals = set(pack.pieces)
        for sub in build_packs(pack.pieces, new_limit, overlap=self.split_overlap):
            resplit.update(p.index for p in sub.pieces if p not in originals)
            sub_pairs, sub_split = self._call(sub)
            pairs.extend(sub_pairs)
            resplit.update(sub_split)
        return _Answer(pairs, resplit)

    # -- client, pool, counters -----------------------------------------------------

    def _get_client(self) -> Any:
        client = self._client
        if client is not None and self._events_hooked and not self._closed and self._pid == os.getpid():
            return client
        with self._lock:
            if self._closed:
                raise BackendUnavailable("comprehend: detector is closed")
            if self._pid != os.getpid():
                self._after_fork()
            if self._client is None:
                self._client = self._make_client()
                self._owns_client = True
            if not self._events_hooked:
                self._hook(self._client)
            return self._client

    def _make_client(self) -> Any:
        try:
            import boto3
            from botocore.config import Config
            from botocore.exceptions import BotoCoreError
        except ImportError:
            raise MissingDependencyError(
                "the comprehend backend needs extra packages: pip install 'piiredact[comprehend]'"
            ) from None
        ours = Config(
            retries={"mode": self.retry_mode, "total_max_attempts": self.max_attempts},  # incl. the first
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            max_pool_connections=max(10, self.max_concurrency),
            user_agent_extra="piiredact",
        )
        config = ours.merge(self._config) if self._config is not None else ours
        session = self._session if self._session is not None else boto3.session.Session()
        try:
            return session.client(
                "comprehend", region_name=self._region_name, endpoint_url=self._endpoint_url, config=config
            )
        except BotoCoreError as e:
            name = type(e).__name__
            hint = " (set region_name= or AWS_REGION)" if name == "NoRegionError" else ""
            raise BackendUnavailable(f"comprehend: cannot create client: {name}{hint}") from None

    def _hook(self, client: Any) -> None:
        # Count throttles and 5xx answers botocore retries internally (value-free).
        events = getattr(getattr(client, "meta", None), "events", None)
        if events is not None:
            events.register("needs-retry.comprehend.DetectPiiEntities", self._on_needs_retry)
        self._events_hooked = True

    def _on_needs_retry(self, response: Any = None, **_: Any) -> None:
        if not response:
            return None
        try:
            http, parsed = response
            code = parsed.get("Error", {}).get("Code")
            status = int(getattr(http, "status_code", 0) or 0)
        except (TypeError, ValueError, AttributeError):
            return None
        if code in _THROTTLE_CODES:
            self._incr("throttles")
        elif status >= 500:
            self._incr("server_errors")
        return None  # never influence botocore's retry decision

    def reset_after_fork(self) -> None:
        """In a forked child: fresh locks, no inherited pool or pooled connections."""
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._after_fork()
        if self._candidates is not None:
            self._candidates.reset_after_fork()

    def _after_fork(self) -> None:
        # In a forked child the parent's worker threads do not exist and its pooled
        # connections are shared sockets: start over with a fresh pool and client.
        self._pid = os.getpid()
        self._pool = None
        if self._owns_client:
            self._client = None
            self._owns_client = False
            self._events_hooked = False

    def _get_pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._closed:
                raise BackendUnavailable("comprehend: detector is closed")
            if self._pid != os.getpid():
                self._after_fork()
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    self.max_concurrency, thread_name_prefix="piiredact-comprehend", initializer=block_process_signals
                )
            return self._pool

    def _incr(self, name: str, n: int = 1) -> None:
        if n:
            with self._count_lock:
                self._counts[name] += n

    def _incr_many(self, **counts: int) -> None:
        with self._count_lock:
            for k, v in counts.items():
                self._counts[k] += v


__all__ = ["ComprehendDetector", "billable_units"]
