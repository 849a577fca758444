"""Policy validation, loading and the one-line errors that name the key."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from piiredact import ConfigError, Policy


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"entities": ["SSN", "SSNN"]}, "policy.entities"),
        ({"min_score": 1.5}, "policy.min_score"),
        ({"min_score": -0.1}, "policy.min_score"),
        ({"rules": {"SSN": {"min_score": 2}}}, "policy.rules.SSN.min_score"),
        ({"rules": {"NOPE": {}}}, "policy.rules"),
        ({"rules": {"SSN": {"action": "zap"}}}, "policy.rules.SSN.action"),
        ({"action": "zap"}, "policy.action"),
        ({"maskMode": "MASK"}, "policy.maskMode"),
        ({"action": "hash"}, "policy.hash_key"),
        ({"mask_char": "**"}, "policy.mask_char"),
        ({"allow_patterns": ["(unclosed"]}, "policy.allow_patterns"),
    ],
)
def test_bad_config_is_one_line_naming_the_key(data: dict[str, object], key: str) -> None:
    """Every invalid policy raises a single-line ConfigError starting with the key's path."""
    with pytest.raises(ConfigError) as info:
        Policy.from_dict(data)
    msg = str(info.value)
    assert "\n" not in msg
    assert msg.startswith(key + ":"), msg


def test_config_error_is_a_value_error() -> None:
    """ConfigError subclasses ValueError so generic handlers catch it."""
    with pytest.raises(ValueError):
        Policy.from_dict({"min_score": 7})


def test_aliases_and_case_are_normalised() -> None:
    """Entity aliases (US_SSN, EMAIL_ADDRESS, PERSON) and case map onto canonical names."""
    p = Policy(entities="us_ssn, email_address,PERSON", action="REPLACE")
    assert frozenset({"SSN", "EMAIL", "NAME"}) == p.entities
    assert "replace" == p.action


def test_all_means_every_entity() -> None:
    """entities=ALL acts on every type the detector reports."""
    assert Policy(entities="ALL").entities is None


def test_log4j2_knobs() -> None:
    """from_options accepts the log4j2 sample's maskMode/mask/minScore/entitiesToReplace."""
    p = Policy.from_options(mode="MASK", mask="#", min_score="0.9", entities="SSN,EMAIL")
    assert ("mask", "#", 0.9, frozenset({"SSN", "EMAIL"})) == (p.action, p.mask_char, p.min_score, p.entities)


def test_per_entity_rules() -> None:
    """Rules override the default action and threshold for one entity only."""
    p = Policy(min_score=0.5, rules={"NAME": {"min_score": 0.8, "action": "replace"}})
    assert (0.8, "replace", 0.5, "mask") == (
        p.threshold_for("NAME"), p.action_for("NAME"), p.threshold_for("SSN"), p.action_for("SSN"))
    assert not p.acts_on("NAME", 0.7)
    assert p.acts_on("SSN", 0.7)


def test_from_toml(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A TOML file loads the same model; a [policy] table is used when present."""
    f = tmp_path / "piiredact.toml"
    f.write_text('[policy]\naction = "replace"\nentities = ["SSN"]\n[policy.rules.SSN]\nmin_score = 0.9\n')
    p = Policy.from_toml(f)
    assert ("replace", 0.9) == (p.action, p.threshold_for("SSN"))


def test_from_toml_unknown_key_names_file_and_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A typo in a TOML file names the file and the key."""
    f = tmp_path / "p.toml"
    f.write_text("min_scroe = 0.3\n")
    with pytest.raises(ConfigError, match=r"p\.toml\.min_scroe: unknown key"):
        Policy.from_toml(f)


def test_from_toml_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A missing config file is a one-line ConfigError."""
    with pytest.raises(ConfigError, match="not found"):
        Policy.from_toml(tmp_path / "nope.toml")


def test_from_env() -> None:
    """PIIREDACT_* variables overlay the base policy."""
    env = {"PIIREDACT_MODE": "hash", "PIIREDACT_HASH_KEY": "s", "PIIREDACT_MIN_SCORE": "0.7",
           "PIIREDACT_ENTITIES": "SSN,NAME", "PIIREDACT_SKIP_KEYS": "request_id,trace_id"}
    p = Policy.from_env(env)
    assert ("hash", 0.7, frozenset({"SSN", "NAME"})) == (p.action, p.min_score, p.entities)
    assert frozenset({"request_id", "trace_id"}) == p.skip_keys


def test_from_env_bad_value_names_environment() -> None:
    """A bad environment value says it came from the environment and names the key."""
    with pytest.raises(ConfigError, match=r"^environment\.min_score:"):
        Policy.from_env({"PIIREDACT_MIN_SCORE": "high"})


def test_hash_key_is_not_printed() -> None:
    """The hash key is a secret: repr and errors never show it."""
    p = Policy(action="hash", hash_key="super-secret-key")
    assert "super-secret-key" not in repr(p)
    assert "super-secret-key" not in str(p.model_dump())


def test_policy_is_immutable() -> None:
    """A policy shared between threads cannot be changed in place."""
    p = Policy()
    with pytest.raises(ValidationError):
        p.min_score = 0.1  # type: ignore[misc]


def test_date_time_is_opt_in() -> None:
    """Timestamps (Comprehend's DATE_TIME) are redacted only when named explicitly."""
    assert not Policy().acts_on("DATE_TIME", 0.99)
    assert Policy(entities=["DATE_TIME"]).acts_on("DATE_TIME", 0.99)
    assert Policy().acts_on("ADDRESS", 0.99)


# -- issue 12.11 / 12.12: errors name the key, never the value; no empty hash key ------------------


@pytest.mark.parametrize(("kwargs", "key", "secret"), [
    ({"action": "hash", "allow": ["ann.lee@example.com"]}, "policy.hash_key", "ann.lee"),
    ({"hash_key": ["s3cr3t"], "action": "hash"}, "policy.hash_key", "s3cr3t"),
    ({"allow": ["ann.lee@example.com"], "min_score": "high"}, "policy.min_score", "ann.lee"),
    ({"allow": 12345678}, "policy.allow", "12345678"),
    ({"hash_key": "s3cr3t", "hash_length": 2}, "policy.hash_length", "s3cr3t"),
])
def test_policy_constructor_errors_are_one_line_config_errors_without_values(
        kwargs: dict[str, object], key: str, secret: str) -> None:
    """Policy(...) itself raises a one-line ConfigError naming the key (not a pydantic
    ValidationError echoing the inputs), with no chained exception carrying the values."""
    with pytest.raises(ConfigError) as info:
        Policy(**kwargs)  # type: ignore[arg-type]
    err = info.value
    msg = str(err)
    assert not isinstance(err, ValidationError)
    assert msg.startswith(key + ":") and "\n" not in msg
    assert secret not in msg and secret not in repr(err.args)
    assert err.__cause__ is None and err.__context__ is None


@pytest.mark.parametrize("blank", ["", " ", "\t\n "])
def test_empty_or_blank_hash_key_is_rejected(blank: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty key makes keyed pseudonyms recomputable by anyone (hmac(b"", value))."""
    with pytest.raises(ConfigError, match=r"^policy\.hash_key: must not be empty or blank$"):
        Policy(action="hash", hash_key=blank)
    toml = tmp_path / "p.toml"
    toml.write_text('action = "hash"\nhash_key = "' + blank.replace("\t", "\\t").replace("\n", "\\n") + '"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=r"hash_key: must not be empty or blank$") as info:
        Policy.from_toml(toml)
    assert str(toml) in str(info.value)


def test_redact_keys_is_additive_in_every_form() -> None:
    """Issue 12.14: redact_keys never replaces the default secret keys (keyword, dict, env)."""
    for p in (Policy(redact_keys="session"), Policy.from_dict({"redact_keys": ["session"]}),
              Policy.from_env({"PIIREDACT_REDACT_KEYS": "session"})):
        assert {"session", "password", "ssn", "token"} <= p.redact_keys


def test_redacting_filter_redact_keys_is_additive(restore_logging: None) -> None:
    """Issue 12.14 as found: RedactingFilter(redact_keys="session") kept password/ssn/token."""
    import logging

    from piiredact import RedactingFilter

    f = RedactingFilter(backend="regex", redact_keys="session")
    assert {"session", "password", "ssn", "token"} <= f.redactor.policy.redact_keys
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "login", None, None)
    record.password = "hunter2"
    record.session = "abc"
    f.filter(record)
    assert ("*******", "***") == (record.password, record.session)
