"""Options -> `Redactor`: the one builder every entry point uses.

Every integration (logging filter and handler, structlog, loguru, OpenTelemetry,
Sentry, the CLI, the Spark and Lambda adapters) passes the keyword options its user
gave straight to :func:`build_redactor`, so each option means the same everywhere:

=================  ==========================================================================
``backend``        a backend name or a :class:`~piiredact.Detector` (default ``builtin``)
``backend_options`` a mapping of keyword arguments for the backend
``policy``         a :class:`~piiredact.Policy` or a mapping (applied on top of ``config``)
``config``         path of a TOML policy file
``mode``           MASK/REPLACE/HASH/KEEP (aliases ``mask_mode``, ``maskMode``, ``action``)
``mask``           the mask character (alias ``mask_char``)
``min_score``      default threshold (alias ``minScore``)
``entities``       types acted on (alias ``entitiesToReplace``)
``redact_keys``    ``"a,b"`` or names: ADDED to the policy's keys (never replace them)
``skip_keys``      ``"a,b"`` or names: added to the policy's skip keys
``fallback``       ``"auto"`` (default), a backend name, a Detector, or None
``timeout``        detection time budget per batch, seconds (None: unbounded)
``metrics``        a :class:`~piiredact.Metrics` to count into
=================  ==========================================================================

Any other :class:`~piiredact.Policy` field (``hash_key``, ``allow``, ``rules``, ...)
is accepted as a policy shortcut too. An option given as ``None`` counts as not given.
``redactor=`` plus any option is an error (the options would be silently ignored), and
so is an unknown option; errors are one-line ConfigErrors naming the option, never
its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._detector import Detector
from ._exceptions import ConfigError
from ._metrics import Metrics
from ._policy import Policy, _key_set
from ._redactor import Redactor
from .backends import DEFAULT_BACKEND

# alias -> canonical policy field. The log4j2 Comprehend sample's names are accepted.
_POLICY_ALIASES: dict[str, str] = {
    "mode": "action", "mask_mode": "action", "maskMode": "action", "action": "action",
    "mask": "mask_char", "mask_char": "mask_char",
    "min_score": "min_score", "minScore": "min_score",
    "entities": "entities", "entitiesToReplace": "entities",
}
_ADDITIVE = ("redact_keys", "skip_keys")
_REDACTOR_OPTIONS = ("backend", "backend_options", "fallback", "timeout", "metrics", "breaker")
_POLICY_OPTIONS = ("policy", "config")


def _policy_fields() -> frozenset[str]:
    return frozenset(Policy.model_fields)


def _normalise(shortcuts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, frozenset[str]]]:
    """Policy field values and additive key sets from the shortcut options."""
    fields: dict[str, Any] = {}
    added: dict[str, frozenset[str]] = {}
    known = _policy_fields()
    for name, value in shortcuts.items():
        if value is None:
            continue
        if name in _ADDITIVE:
            try:
                added[name] = _key_set(value)
            except ValueError as e:
                raise ConfigError(f"{name}: {e}") from None
            continue
        field = _POLICY_ALIASES.get(name, name if name in known else None)
        if field is None:
            raise ConfigError(f"{name}: unknown option")
        if field in fields:
            raise ConfigError(f"{name}: given twice (under another of its names)")
        if field == "action" and isinstance(value, str):
            value = value.lower()
        fields[field] = value
    return fields, added


def build_policy(policy: Policy | Mapping[str, Any] | None = None, /, *, config: str | None = None,
                 **shortcuts: Any) -> Policy:
    """A :class:`Policy` from ``config`` (TOML), ``policy`` on top, then the shortcuts.

    ``redact_keys``/``skip_keys`` ADD to the policy's own lists, so the default secret
    keys (``password``, ``ssn``, ...) stay redacted when you add yours.
    """
    fields, added = _normalise(shortcuts)
    if policy is not None and not isinstance(policy, (Policy, Mapping)):
        raise ConfigError(f"policy: expected a Policy or a mapping, got {type(policy).__name__}")
    if config is not None:
        if isinstance(policy, Policy):
            raise ConfigError("config: pass either a Policy object or config=, not both")
        base = Policy.from_toml(config)
        if policy:  # a mapping on top of the file
            fields = {**dict(policy), **fields}
    elif isinstance(policy, Policy):
        base = policy
    else:
        base = Policy()
        fields = {**dict(policy or {}), **fields}
    if not fields and not added:
        return base
    data: dict[str, Any] = base.model_dump(exclude_unset=True)
    if base.hash_key is not None:
        data["hash_key"] = base.hash_key
    data.update(fields)
    for name, keys in added.items():
        own = fields.get(name)
        current = getattr(base, name) if own is None else _key_set(own)
        data[name] = current | keys
    return Policy.from_dict(data, source="options" if config is None else str(config))


def build_redactor(redactor: Redactor | None = None, /, **options: Any) -> Redactor:
    """THE way an entry point turns its keyword options into a :class:`Redactor`.

    See the module docstring for the options. ``redactor=`` is returned as it is; giving
    options with it is a ConfigError.
    """
    given = {k: v for k, v in options.items() if v is not None}
    if redactor is not None:
        if not isinstance(redactor, Redactor):
            raise ConfigError(f"redactor: expected a Redactor, got {type(redactor).__name__}")
        if given:
            raise ConfigError(f"{sorted(given)[0]}: pass either redactor= or options, not both")
        return redactor
    backend: str | Detector = given.pop("backend", DEFAULT_BACKEND)
    backend_options = given.pop("backend_options", None) or {}
    if not isinstance(backend_options, Mapping):
        raise ConfigError("backend_options: expected a mapping of backend keyword arguments")
    fallback = options["fallback"] if "fallback" in options else "auto"  # None: no fallback
    given.pop("fallback", None)
    timeout = given.pop("timeout", None)
    metrics: Metrics | None = given.pop("metrics", None)
    breaker = given.pop("breaker", None)
    policy = given.pop("policy", None)
    config = given.pop("config", None)
    pol = build_policy(policy, config=config, **given)
    if isinstance(timeout, str):
        try:
            timeout = float(timeout)
        except ValueError:
            raise ConfigError("timeout: expected a number of seconds") from None
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
        raise ConfigError("timeout: must be a number of seconds > 0, or None")
    return Redactor(backend, pol, fallback=fallback, timeout=timeout, metrics=metrics, breaker=breaker,
                    **dict(backend_options))


#: ``PIIREDACT_<SUFFIX>`` -> option, for deployments configured by the environment only.
ENV_OPTIONS: dict[str, str] = {
    "BACKEND": "backend", "CONFIG": "config", "MODE": "mode", "ACTION": "mode", "MASK": "mask",
    "MASK_CHAR": "mask", "MIN_SCORE": "min_score", "ENTITIES": "entities", "HASH_KEY": "hash_key",
    "ALLOW": "allow", "REDACT_KEYS": "redact_keys", "SKIP_KEYS": "skip_keys", "FALLBACK": "fallback",
    "TIMEOUT": "timeout",
}


def options_from_env(environ: Mapping[str, str] | None = None, *, prefix: str = "PIIREDACT_") -> dict[str, Any]:
    """The :func:`build_redactor` options set by ``PIIREDACT_*`` variables (empty ones ignored)."""
    import os

    env = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    for suffix, option in ENV_OPTIONS.items():
        value = env.get(prefix + suffix)
        if value is None or value.strip() == "":
            continue
        if option in out:
            raise ConfigError(f"{prefix}{suffix}: given twice (under another of its names)")
        if option == "allow":
            out[option] = [a for a in value.split(",") if a]
        elif option == "fallback" and value.strip().lower() == "none":
            out[option] = None
        else:
            out[option] = value
    return out


def build_redactor_from_env(environ: Mapping[str, str] | None = None, *, prefix: str = "PIIREDACT_",
                            **overrides: Any) -> Redactor:
    """:func:`build_redactor` from ``PIIREDACT_*`` variables (``overrides`` win); a bad value is
    a ConfigError naming the variable, never its value."""
    opts = options_from_env(environ, prefix=prefix)
    opts.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return build_redactor(**opts)
    except ConfigError as e:
        msg = str(e)
    raise ConfigError(_name_the_variable(msg, prefix))


def _name_the_variable(msg: str, prefix: str) -> str:
    key, sep, rest = msg.partition(": ")
    if not sep:
        return msg
    name = key.removeprefix("options.").split(".")[0]
    option = {"action": "mode", "mask_char": "mask"}.get(name, name)
    for suffix, opt in ENV_OPTIONS.items():
        if opt == option:
            return f"{prefix}{suffix}: {rest}"
    return msg


def option_names() -> frozenset[str]:
    """Every option name :func:`build_redactor` accepts (for entry points' own checks)."""
    return (frozenset(_POLICY_ALIASES) | _policy_fields() | frozenset(_ADDITIVE)
            | frozenset(_REDACTOR_OPTIONS) | frozenset(_POLICY_OPTIONS))


__all__ = ["ENV_OPTIONS", "build_policy", "build_redactor", "build_redactor_from_env", "option_names",
           "options_from_env"]
