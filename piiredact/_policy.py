"""`Policy`: what to do with each finding. Pure configuration, no detection.

A policy is loaded from keyword arguments, a dict, a TOML file or ``PIIREDACT_*``
environment variables. Every validation failure becomes a one-line
:class:`~piiredact.ConfigError` that names the offending key.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from ._entities import ALL_ENTITIES, CORE_ENTITIES, canonical_entity
from ._exceptions import ConfigError

Action = Literal["mask", "replace", "hash", "keep"]
_ACTIONS = ("mask", "replace", "hash", "keep")

# Types acted on only when named in `entities`: every log line carries a timestamp, and
# redacting them all (Comprehend labels them DATE_TIME) would destroy the log's use.
OPT_IN_ENTITIES: frozenset[str] = frozenset({"DATE_TIME"})

# Keys whose values are secrets or PII by definition: redacted whatever the detector says.
DEFAULT_REDACT_KEYS: tuple[str, ...] = (
    "password", "passwd", "pwd", "secret", "api_key", "apikey", "token", "access_token",
    "refresh_token", "authorization", "ssn", "social_security_number", "credit_card",
    "card_number", "cvv",
)


def _key_set(v: Any) -> frozenset[str]:
    """``"a,b"`` or an iterable of key names -> lower-case names."""
    if isinstance(v, str):
        v = [p for p in re.split(r"[,\s]+", v) if p]
    if not isinstance(v, Iterable) or isinstance(v, (bytes, Mapping)):
        raise ValueError("expected key names (a list, or a comma-separated string)")
    return frozenset(str(k).lower() for k in v)


def _entity_name(value: str, key: str) -> str:
    name = canonical_entity(value)
    if name is None:
        raise ValueError(f"unknown entity {value!r} (known: {', '.join(sorted(CORE_ENTITIES))}, ...)")
    return name


class EntityRule(BaseModel):
    """Overrides for one entity type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action | None = None
    min_score: float | None = Field(default=None, ge=0.0, le=1.0)


class Policy(BaseModel):
    """How findings become redactions.

    ``entities``: the types acted on (None: every type the detector reports, except the
    opt-in ``DATE_TIME``).
    ``action``/``min_score``: defaults; ``rules`` override them per entity.
    ``allow``/``allow_patterns``: values never redacted (exact, or full-match regex).
    ``redact_keys``/``skip_keys``: for structured data, keys whose string values are
    always redacted whole, or never touched (case-insensitive, exact key names).
    ``redact_keys`` ADDS to :data:`DEFAULT_REDACT_KEYS` wherever it is given (keyword,
    dict, TOML, environment, options): naming your own key never un-redacts
    ``password``. To leave a default key alone, name it in ``skip_keys`` (skip wins).

    Invalid input raises a one-line :class:`~piiredact.ConfigError` naming the key and
    never the value (an allow-listed address or a hash key must not reach a log).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=False)

    entities: frozenset[str] | None = None
    action: Action = "mask"
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    mask_char: str = Field(default="*", min_length=1, max_length=1)
    hash_key: SecretStr | None = None
    hash_length: int = Field(default=12, ge=4, le=64)
    rules: dict[str, EntityRule] = Field(default_factory=dict)
    allow: frozenset[str] = frozenset()
    allow_patterns: tuple[str, ...] = ()
    redact_keys: frozenset[str] = frozenset(DEFAULT_REDACT_KEYS)
    skip_keys: frozenset[str] = frozenset()

    # entity -> threshold, or None when the entity is not acted on. Filled lazily: the
    # hot path (every finding of every line) is then one dict lookup and a comparison.
    _thresholds: dict[str, float | None] = PrivateAttr(default_factory=dict)

    @field_validator("entities", mode="before")
    @classmethod
    def _v_entities(cls, v: Any) -> Any:
        if v is None:
            return None
        if isinstance(v, str):
            v = [p for p in re.split(r"[,\s]+", v) if p]
        out = set()
        for item in v:
            if str(item).upper() == "ALL":
                return None
            out.add(_entity_name(str(item), "entities"))
        return frozenset(out)

    @field_validator("action", mode="before")
    @classmethod
    def _v_action(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v

    @field_validator("rules", mode="before")
    @classmethod
    def _v_rules(cls, v: Any) -> Any:
        if not isinstance(v, Mapping):
            return v
        return {_entity_name(str(k), "rules"): r for k, r in v.items()}

    @field_validator("allow_patterns", mode="after")
    @classmethod
    def _v_patterns(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"invalid regular expression ({e.msg})") from None
        return v

    @field_validator("redact_keys", "skip_keys", mode="before")
    @classmethod
    def _v_keys(cls, v: Any, info: ValidationInfo) -> Any:
        keys = _key_set(v)
        return keys | frozenset(DEFAULT_REDACT_KEYS) if info.field_name == "redact_keys" else keys

    @field_validator("hash_key", mode="after")
    @classmethod
    def _v_hash_key(cls, v: SecretStr | None) -> SecretStr | None:
        # An empty key makes every "keyed" pseudonym recomputable by anyone.
        if v is not None and not v.get_secret_value().strip():
            raise ValueError("must not be empty or blank")
        return v

    def __init__(self, **data: Any) -> None:
        # Policy(...) fails like from_dict: one line, a ConfigError, the key not the value.
        # The message is built outside the except block so the ConfigError carries no
        # __context__ (the ValidationError quotes every input value).
        try:
            super().__init__(**data)
        except ValidationError as e:
            msg = _one_line(e, "policy")
        else:
            return
        raise ConfigError(msg)

    def model_post_init(self, __context: Any) -> None:
        needs_key = self.action == "hash" or any(r.action == "hash" for r in self.rules.values())
        if needs_key and self.hash_key is None:
            raise ValueError(
                "hash_key: the 'hash' action needs a secret key (set hash_key or PIIREDACT_HASH_KEY)"
            )

    # -- construction ---------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "policy") -> Policy:
        """Validate a mapping; errors are one-line ConfigErrors naming the key."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: expected a table of policy keys, got {type(data).__name__}")
        data = dict(data)
        bad = next((k for k in data if not isinstance(k, str)), None)
        if bad is not None:
            raise ConfigError(f"{source}: keys must be strings, got {type(bad).__name__}")
        try:
            return cls(**data)  # __init__ turns validation errors into one-line ConfigErrors
        except ConfigError as e:
            msg = str(e)
        if source != "policy" and msg.startswith("policy."):
            msg = f"{source}.{msg[len('policy.'):]}"
        raise ConfigError(msg)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str], *, table: str | None = None) -> Policy:
        """Load from a TOML file: the top level, or ``[policy]`` / ``[tool.piiredact]`` if present."""
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on 3.10 only
            import tomli as tomllib
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{p}: config file not found") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{p}: invalid TOML ({e})") from None
        if table:
            for part in table.split("."):
                data = data.get(part, {})
        elif "policy" in data:
            data = data["policy"]
        elif "tool" in data and "piiredact" in data["tool"]:
            data = data["tool"]["piiredact"]
        return cls.from_dict(data, source=str(p))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, prefix: str = "PIIREDACT_",
                 base: Mapping[str, Any] | None = None) -> Policy:
        """Overlay ``PIIREDACT_MODE``, ``_MASK``, ``_MIN_SCORE``, ``_ENTITIES``, ``_HASH_KEY``,
        ``_ALLOW``, ``_REDACT_KEYS``, ``_SKIP_KEYS`` on ``base``."""
        env = os.environ if environ is None else environ
        data = dict(base or {})
        names = {"MODE": "action", "ACTION": "action", "MASK": "mask_char", "MASK_CHAR": "mask_char",
                 "MIN_SCORE": "min_score", "ENTITIES": "entities", "HASH_KEY": "hash_key",
                 "ALLOW": "allow", "REDACT_KEYS": "redact_keys", "SKIP_KEYS": "skip_keys"}
        for suffix, field in names.items():
            val = env.get(prefix + suffix)
            if val is not None and val != "":
                data[field] = [a for a in val.split(",") if a] if field == "allow" else val
        return cls.from_dict(data, source="environment")

    @classmethod
    def from_options(cls, *, mode: str | None = None, mask: str | None = None,
                     min_score: float | str | None = None, entities: str | Iterable[str] | None = None,
                     base: Policy | Mapping[str, Any] | None = None, **extra: Any) -> Policy:
        """The log4j2 sample's knobs: ``mode`` (MASK|REPLACE|HASH|KEEP, a.k.a. maskMode),
        ``mask``, ``min_score`` (minScore), ``entities`` (entitiesToReplace)."""
        data: dict[str, Any] = (
            base.model_dump(exclude_unset=True) if isinstance(base, Policy) else dict(base or {})
        )
        if isinstance(base, Policy) and base.hash_key is not None:
            data["hash_key"] = base.hash_key
        if mode is not None:
            data["action"] = mode
        if mask is not None:
            data["mask_char"] = mask
        if min_score is not None:
            data["min_score"] = min_score
        if entities is not None:
            data["entities"] = entities
        data.update(extra)
        return cls.from_dict(data)

    # -- queries (hot path: precomputed) --------------------------------------------

    @cached_property
    def _allow_re(self) -> re.Pattern[str] | None:
        if not self.allow_patterns:
            return None
        return re.compile("|".join(f"(?:{p})" for p in self.allow_patterns))

    def action_for(self, entity: str) -> Action:
        rule = self.rules.get(entity)
        return rule.action if rule is not None and rule.action is not None else self.action

    def threshold_for(self, entity: str) -> float:
        rule = self.rules.get(entity)
        return rule.min_score if rule is not None and rule.min_score is not None else self.min_score

    def acts_on(self, entity: str, score: float) -> bool:
        """True when a finding of this type and score is to be redacted."""
        try:
            threshold = self._thresholds[entity]
        except KeyError:
            threshold = self._thresholds[entity] = self._threshold_if_acted_on(entity)
        return threshold is not None and score >= threshold

    def threshold_table(self) -> dict[str, float | None]:
        """entity -> threshold (None: not acted on) for the entities seen so far; the
        hot path reads it directly and calls :meth:`acts_on` for an unseen entity."""
        return self._thresholds

    def _threshold_if_acted_on(self, entity: str) -> float | None:
        if self.entities is None:
            if entity in OPT_IN_ENTITIES:
                return None
        elif entity not in self.entities:
            return None
        return None if self.action_for(entity) == "keep" else self.threshold_for(entity)

    def is_allowed(self, value: str) -> bool:
        """True when the value is allow-listed (never redacted)."""
        if value in self.allow:
            return True
        rx = self._allow_re
        return rx is not None and rx.fullmatch(value) is not None


def _one_line(err: ValidationError, source: str) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(root)"
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        known = ", ".join(sorted(Policy.model_fields))
        msg = f"unknown key (known keys: {known})"
    elif first["type"] == "literal_error" and loc.endswith("action"):
        msg = f"unknown action (use one of: {', '.join(_ACTIONS)})"
    msg = msg.removeprefix("Value error, ")
    if loc == "(root)" and ": " in msg:
        loc, msg = msg.split(": ", 1)
    more = f" (+{err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{source}.{loc}: {msg}{more}".replace("\n", " ")


__all__ = ["ALL_ENTITIES", "Action", "EntityRule", "Policy"]
