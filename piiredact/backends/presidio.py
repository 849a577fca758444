"""The Presidio backend: presidio-analyzer's recognizers over a spaCy pipeline, batch-first.

``backend="presidio"`` (extra ``piiredact[presidio]``). The expensive part, spaCy, runs
once per batch through ``nlp.pipe`` (Presidio's ``SpacyNlpEngine.process_batch``); the
cheap per-text part, Presidio's recognizers, then reuses those precomputed NLP artifacts
(``AnalyzerEngine.analyze(..., nlp_artifacts=...)``).

What this module guarantees on top of plain Presidio:

* Nothing heavy at import or construction: importing checks only that the extra is
  installed (so a missing one fails at ``create_detector`` with the pip line); Presidio
  and spaCy are imported and the pipeline loaded on the first ``detect`` (or ``load()``),
  once, under a lock.
* Nothing downloaded at run time: the spaCy pipeline is loaded by us (Presidio's loader
  would call ``spacy download`` for a missing model), and the e-mail recognizer checks
  domains against tldextract's bundled public-suffix snapshot instead of fetching it.
* Only the recognizers for the requested entities are built; spaCy components nobody
  reads (parser, senter, and NER when names are not requested) are not even loaded.
* Raw scores: Presidio runs with ``score_threshold=0`` so the Policy's per-entity
  thresholds are the only ones applied.
* Quiet: Presidio's import-time ``StreamHandler`` on its ``decision_process`` logger is
  replaced by a ``NullHandler``; its decision trace (which quotes the text) stays off.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._entities import (
    CORE_ENTITIES,
    CREDIT_DEBIT_NUMBER,
    EMAIL,
    IP_ADDRESS,
    NAME,
    PHONE,
    SSN,
    canonical_entity,
)
from .._exceptions import BackendError, BackendUnavailable, ConfigError, MissingDependencyError
from .._finding import Finding

_INSTALL = "pip install 'piiredact[presidio]'"

# Fail at create_detector("presidio") time, with the pip line, when the extra is missing,
# without paying for the real import (about a second) until the first detect.
for _module in ("presidio_analyzer", "spacy"):
    if importlib.util.find_spec(_module) is None:
        raise MissingDependencyError(f"the presidio backend needs extra packages: {_INSTALL}")

#: The spaCy pipeline used when none is named: Presidio's own default, genuine spaCy.
DEFAULT_MODEL = "en_core_web_lg"
#: Environment variable naming the spaCy pipeline (package name or path) when ``model=`` is not given.
MODEL_ENV = "PIIREDACT_SPACY_MODEL"

# canonical entity -> the Presidio entity asked for. Every value maps back through
# canonical_entity(), which is how results are labelled (tests pin the round trip).
_PRESIDIO_ENTITY: dict[str, str] = {
    NAME: "PERSON",
    SSN: "US_SSN",
    EMAIL: "EMAIL_ADDRESS",
    PHONE: "PHONE_NUMBER",
    CREDIT_DEBIT_NUMBER: "CREDIT_CARD",
    IP_ADDRESS: "IP_ADDRESS",
    "URL": "URL",
    "MAC_ADDRESS": "MAC_ADDRESS",
    "PASSPORT_NUMBER": "US_PASSPORT",
    "DRIVER_ID": "US_DRIVER_LICENSE",
    "BANK_ACCOUNT_NUMBER": "US_BANK_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN_CODE",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER": "UK_NHS",
    "IN_PERMANENT_ACCOUNT_NUMBER": "IN_PAN",
    "IN_AADHAAR": "IN_AADHAAR",
}
# Presidio entity -> its pattern recognizer class in presidio_analyzer.predefined_recognizers.
# PERSON (spaCy NER) and EMAIL_ADDRESS (offline domain check) are built specially.
_RECOGNIZER_CLASS: dict[str, str] = {
    "US_SSN": "UsSsnRecognizer",
    "PHONE_NUMBER": "PhoneRecognizer",
    "CREDIT_CARD": "CreditCardRecognizer",
    "IP_ADDRESS": "IpRecognizer",
    "URL": "UrlRecognizer",
    "MAC_ADDRESS": "MacAddressRecognizer",
    "US_PASSPORT": "UsPassportRecognizer",
    "US_DRIVER_LICENSE": "UsLicenseRecognizer",
    "US_BANK_NUMBER": "UsBankRecognizer",
    "IBAN_CODE": "IbanRecognizer",
    "UK_NHS": "NhsRecognizer",
    "IN_PAN": "InPanRecognizer",
    "IN_AADHAAR": "InAadhaarRecognizer",
}
#: Entity types this backend can be asked for (canonical names).
SUPPORTED_ENTITIES: frozenset[str] = frozenset(_PRESIDIO_ENTITY)

# spaCy NER labels that mean a person; every other label of the pipeline is ignored
# (otherwise Presidio logs a warning per unmapped entity, i.e. per log line).
_PERSON_LABELS = ("PERSON", "PER")
# Components Presidio never reads: it needs tokens, lemmas (tagger + attribute_ruler +
# lemmatizer, for context words) and NER; the dependency parse is pure cost.
_UNUSED_COMPONENTS = ("parser", "senter")

# Lone surrogates (from surrogateescape'd bytes) break spaCy's UTF-8 string store;
# U+FFFD is one code point too, so every offset stays valid.
_SURROGATES = re.compile("[\ud800-\udfff]")
# The format of the StreamHandler presidio_analyzer/__init__.py attaches to "decision_process".
_PRESIDIO_TRACE_FORMAT = "[%(asctime)s][%(name)s][%(levelname)s]%(message)s"


def _quiet_presidio_logging() -> None:
    """Undo presidio_analyzer's import-time ``StreamHandler`` on ``decision_process``.

    A library only ever adds a NullHandler; the trace that logger carries quotes the
    analysed text. Only Presidio's own handler is removed, global config is untouched.
    """
    import presidio_analyzer

    logger = logging.getLogger("decision_process")
    theirs = getattr(presidio_analyzer, "ch", None)
    for h in list(logger.handlers):
        # Theirs, or an identical one left by an earlier import (importlib.reload).
        if h is theirs or (type(h) is logging.StreamHandler and h.formatter is not None
                           and h.formatter._fmt == _PRESIDIO_TRACE_FORMAT):
            logger.removeHandler(h)
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _parse_entities(entities: Iterable[str] | str | None) -> frozenset[str]:
    if entities is None:
        # The core types Presidio has a recognizer for (USERNAME, PASSWORD, ... it has not:
        # the fallback tier and the key rules cover those).
        return frozenset(CORE_ENTITIES) & SUPPORTED_ENTITIES
    items = [p for p in re.split(r"[,\s]+", entities) if p] if isinstance(entities, str) else list(entities)
    out: set[str] = set()
    for item in items:
        name = canonical_entity(str(item))
        if name is None or name not in SUPPORTED_ENTITIES:
            raise ConfigError(
                f"entities: the presidio backend cannot detect {str(item)[:40]!r} "
                f"(supported: {', '.join(sorted(SUPPORTED_ENTITIES))})"
            )
        out.add(name)
    if not out:
        raise ConfigError("entities: the presidio backend needs at least one entity type")
    return frozenset(out)


def _parse_regions(regions: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if regions is None:
        return None
    items = [p for p in re.split(r"[,\s]+", regions) if p] if isinstance(regions, str) else list(regions)
    out = tuple(str(r).strip().upper() for r in items)
    if not out or not all(re.fullmatch(r"[A-Z]{2}", r) for r in out):
        raise ConfigError("phone_regions: expected two-letter country codes, e.g. 'US,GB'")
    return out


def _chunks(text: str, size: int, overlap: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` windows of at most ``size`` characters, overlapping by ``overlap``.

    Huge records (a 10 MB line) would exceed spaCy's ``max_length`` and its memory;
    windows end at whitespace where possible, and the overlap catches values cut at a
    boundary.
    """
    n = len(text)
    if n <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while True:
        end = min(start + size, n)
        if end < n:
            cut = max(text.rfind(" ", start + size // 2, end), text.rfind("\n", start + size // 2, end))
            if cut > start:
                end = cut
        out.append((start, text[start:end]))
        if end >= n:
            return out
        start = max(end - overlap, start + 1)


@dataclass(frozen=True, slots=True)
class _Engine:
    """What one load produces; replaced whole, never mutated."""

    analyzer: Any  # presidio_analyzer.AnalyzerEngine
    nlp_engine: Any  # presidio_analyzer.nlp_engine.SpacyNlpEngine
    presidio_entities: list[str]


class PresidioDetector:
    """Presidio's recognizers with a spaCy pipeline, batched through ``nlp.pipe``.

    ``model``: spaCy pipeline package name or path (default: ``$PIIREDACT_SPACY_MODEL``,
    else :data:`DEFAULT_MODEL`). ``entities``: canonical (or Presidio) type names to look
    for, default the core six; only their recognizers are built. ``batch_size``: texts
    per ``nlp.pipe`` batch. ``chunk_chars``: texts longer than this are analysed in
    overlapping windows. ``phone_regions``: ISO country codes whose number formats the
    phone recognizer tries (default: Presidio's eight; each region is one more pass of
    the ``phonenumbers`` matcher, together ~40% of the analysis time).

    Thread-safe: loading happens once under a lock and analysis is serialised (spaCy
    and Presidio's recognizers are not documented as safe for concurrent calls, and the
    GIL would serialise most of the work anyway).
    """

    name = "presidio"

    def __init__(
        self,
        *,
        model: str | os.PathLike[str] | None = None,
        entities: Iterable[str] | str | None = None,
        batch_size: int = 256,
        chunk_chars: int = 20_000,
        language: str = "en",
        phone_regions: Iterable[str] | str | None = None,
    ) -> None:
        # Pure validation only: no import of Presidio/spaCy, no file or network I/O.
        if model is None:
            model = os.environ.get(MODEL_ENV) or DEFAULT_MODEL
        self.model = os.fspath(model)
        if not self.model.strip():
            raise ConfigError("model: the spaCy pipeline name must not be empty")
        self.entities: frozenset[str] = _parse_entities(entities)
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError("batch_size: must be a positive integer")
        if isinstance(chunk_chars, bool) or not isinstance(chunk_chars, int) or chunk_chars < 1000:
            raise ConfigError("chunk_chars: must be an integer >= 1000")
        self._batch_size = batch_size
        self._chunk_chars = chunk_chars
        self._overlap = min(200, chunk_chars // 10)
        self._language = language
        self._phone_regions = _parse_regions(phone_regions)
        self._engine: _Engine | None = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"PresidioDetector(model={self.model!r}, entities={sorted(self.entities)!r})"

    # -- Detector protocol ----------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings per text, offsets into that text, Presidio's raw scores."""
        texts = list(texts)
        if not texts:
            return []
        engine = self._ensure_loaded()
        with self._run_lock:
            try:
                return self._detect(engine, texts)
            except BackendError:
                raise
            except Exception as e:
                # `from None`: the cause may quote the text (spaCy and Presidio messages).
                raise BackendError(f"presidio backend: analysis failed ({type(e).__name__})") from None

    def preflight(self) -> None:
        """Cheap start-up check (no spaCy import): the pipeline must be installed.

        Called by :class:`~piiredact.Redactor` at construction, so a missing pipeline is
        a configuration error naming the fix instead of a silent fallback at run time.
        Raises :class:`~piiredact.BackendUnavailable`.
        """
        name = self.model
        if Path(name).exists():
            return
        try:
            if importlib.util.find_spec(name.replace("-", "_")) is not None:
                return
        except (ImportError, ValueError):  # a dotted or odd name: not an installed package
            pass
        raise BackendUnavailable(_missing_model_message(name))

    def load(self) -> None:
        """Import Presidio/spaCy and load the pipeline now (otherwise on the first detect).

        Raises :class:`~piiredact.BackendUnavailable` (model not installed, unusable)
        or :class:`~piiredact.MissingDependencyError` (extra not installed).
        """
        self._ensure_loaded()

    def _ensure_loaded(self) -> _Engine:
        engine = self._engine
        if engine is None:
            with self._load_lock:
                engine = self._engine
                if engine is None:
                    engine = self._engine = self._build()
        return engine

    def close(self) -> None:
        """Drop the pipeline and recognizers (idempotent; a later detect reloads)."""
        with self._load_lock, self._run_lock:
            self._engine = None

    # -- internals ------------------------------------------------------------------

    def _build(self) -> _Engine:
        try:
            import spacy
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer import predefined_recognizers as recognizers
            from presidio_analyzer.app_tracer import AppTracer
            from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        except ImportError:
            raise MissingDependencyError(f"the presidio backend needs extra packages: {_INSTALL}") from None
        _quiet_presidio_logging()

        lang = self._language
        nlp = self._load_spacy(spacy)
        wanted = sorted(_PRESIDIO_ENTITY[e] for e in self.entities)

        ignore: list[str] = []
        if "PERSON" in wanted:
            if "ner" not in nlp.pipe_names:
                raise BackendUnavailable(
                    f"presidio backend: spaCy pipeline {self.model!r} has no 'ner' component (needed for NAME)"
                )
            ignore = sorted(set(nlp.get_pipe("ner").labels) - set(_PERSON_LABELS))
        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping={label: "PERSON" for label in _PERSON_LABELS},
            labels_to_ignore=ignore,
        )
        nlp_engine = SpacyNlpEngine(
            models=[{"lang_code": lang, "model_name": self.model}], ner_model_configuration=ner_config
        )
        # Hand Presidio the pipeline we loaded: its own load() would try to download a
        # missing model, and it would load components we excluded.
        nlp_engine.nlp = {lang: nlp}  # type: ignore[assignment]  # typed as None until load()

        recs: list[Any] = []
        for entity in wanted:
            if entity == "PERSON":
                recs.append(recognizers.SpacyRecognizer(supported_language=lang, supported_entities=["PERSON"]))
            elif entity == "EMAIL_ADDRESS":
                recs.append(_offline_email_recognizer(recognizers.EmailRecognizer, lang))
            elif entity == "PHONE_NUMBER" and self._phone_regions is not None:
                recs.append(recognizers.PhoneRecognizer(supported_language=lang,
                                                        supported_regions=self._phone_regions))
            else:
                recs.append(getattr(recognizers, _RECOGNIZER_CLASS[entity])(supported_language=lang))
        registry = RecognizerRegistry(recognizers=recs, supported_languages=[lang])
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            app_tracer=AppTracer(enabled=False),
            log_decision_process=False,
            default_score_threshold=0.0,
            supported_languages=[lang],
        )
        return _Engine(analyzer=analyzer, nlp_engine=nlp_engine, presidio_entities=wanted)

    def _load_spacy(self, spacy: Any) -> Any:
        name = self.model
        if not (spacy.util.is_package(name) or Path(name).exists()):
            raise BackendUnavailable(_missing_model_message(name))
        exclude = list(_UNUSED_COMPONENTS)
        if NAME not in self.entities:
            exclude.append("ner")
        try:
            return spacy.load(name, exclude=exclude)
        except Exception as e:
            raise BackendUnavailable(
                f"presidio backend: cannot load spaCy pipeline {name!r} ({type(e).__name__})"
            ) from None

    def _detect(self, engine: _Engine, texts: list[str]) -> list[list[Finding]]:
        owners: list[int] = []
        offsets: list[int] = []
        pieces: list[str] = []
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError("texts must be str")
            clean = _SURROGATES.sub("\ufffd", text)
            for off, piece in _chunks(clean, self._chunk_chars, self._overlap):
                owners.append(i)
                offsets.append(off)
                pieces.append(piece)

        lang = self._language
        analyze = engine.analyzer.analyze
        best: list[dict[tuple[int, int, str], float]] = [{} for _ in texts]
        batches = engine.nlp_engine.process_batch(pieces, language=lang, batch_size=self._batch_size)
        done = 0
        for k, (piece, artifacts) in enumerate(batches):
            done += 1
            results = analyze(
                text=piece,
                language=lang,
                entities=engine.presidio_entities,
                score_threshold=0.0,  # raw scores: thresholds belong to our Policy
                nlp_artifacts=artifacts,
            )
            off, seen = offsets[k], best[owners[k]]
            for r in results:
                entity = canonical_entity(r.entity_type)
                if entity is None or entity not in self.entities or r.end <= r.start:
                    continue
                key = (r.start + off, r.end + off, entity)
                score = min(1.0, max(0.0, float(r.score)))
                if score > seen.get(key, -1.0):
                    seen[key] = score
        if done != len(pieces):  # pragma: no cover - defensive: never pair a text with another's findings
            raise BackendError("presidio backend: the pipeline returned a result of the wrong length")
        return [
            sorted(Finding(s, e, ent, score, self.name) for (s, e, ent), score in seen.items())
            for seen in best
        ]


def _missing_model_message(name: str) -> str:
    looks_like_path = os.sep in name or "/" in name or name.startswith(".")
    hint = (
        "path not found" if looks_like_path
        else f"install it first, e.g. python -m spacy download {name} "
        f"(or pip install its wheel), or pick another with model= / ${MODEL_ENV}"
    )
    return f"presidio backend: spaCy pipeline {name!r} is not installed: {hint}"


def _offline_email_recognizer(base: type[Any], language: str) -> Any:
    """Presidio's EmailRecognizer, validating domains against tldextract's bundled snapshot.

    Presidio calls ``tldextract.extract``, whose default extractor fetches the public
    suffix list over HTTP on first use (and caches it on disk). Ours never does either.
    """
    import tldextract

    extractor = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)

    class _OfflineEmailRecognizer(base):  # type: ignore[misc]
        def validate_result(self, pattern_text: str) -> bool:
            return extractor(pattern_text).fqdn != ""

    return _OfflineEmailRecognizer(supported_language=language)


__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "SUPPORTED_ENTITIES", "PresidioDetector"]
