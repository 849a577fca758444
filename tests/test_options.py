"""build_redactor/build_policy: one meaning for every option, in every entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from piiredact import ConfigError, Policy, Redactor, build_policy, build_redactor
from piiredact._policy import DEFAULT_REDACT_KEYS
from piiredact.testing import FakeDetector


def test_redact_keys_adds_to_the_defaults() -> None:
    """Issue 12.14: naming your own key keeps password, ssn and token redacted."""
    r = build_redactor(backend="regex", redact_keys="session")
    out = r.redact_value({"session": "abc", "password": "hunter2", "ssn": "x", "token": "t0k"})
    assert {"session": "***", "password": "*******", "ssn": "*", "token": "***"} == out


@pytest.mark.parametrize("given", ["session,pin", ["session", "pin"], ("SESSION", "Pin")])
def test_redact_keys_forms(given: object) -> None:
    """A comma-separated string or any iterable; case-insensitive; always additive."""
    keys = build_policy(redact_keys=given).redact_keys
    assert {"session", "pin"} | set(DEFAULT_REDACT_KEYS) == keys


def test_redact_keys_add_to_a_given_policy_and_to_toml(tmp_path: Path) -> None:
    """Additive on top of a Policy object, a mapping and a TOML file alike."""
    toml = tmp_path / "p.toml"
    toml.write_text('redact_keys = ["from_file"]\n', encoding="utf-8")
    for pol in (build_policy(Policy(redact_keys=["mine"]), redact_keys="extra"),
                build_policy({"redact_keys": ["mine"]}, redact_keys="extra")):
        assert {"mine", "extra", "password"} <= pol.redact_keys
    from_file = build_policy(config=str(toml), redact_keys="extra")
    assert {"from_file", "extra", "password"} <= from_file.redact_keys


def test_policy_field_redact_keys_is_additive_too() -> None:
    """Policy(redact_keys=...) itself keeps the defaults (one meaning everywhere); a default
    key is exempted with skip_keys."""
    p = Policy(redact_keys=["session"], skip_keys=["token"])
    r = Redactor("regex", p)
    assert {"session": "***", "password": "**", "token": "t"} == r.redact_value(
        {"session": "abc", "password": "pw", "token": "t"})


def test_log4j2_aliases() -> None:
    """maskMode/mask_mode/mode, minScore, entitiesToReplace mean what they say."""
    for mode_key in ("mode", "mask_mode", "maskMode"):
        p = build_policy(**{mode_key: "REPLACE"}, minScore="0.9", entitiesToReplace="SSN,EMAIL", mask="#")
        assert ("replace", 0.9, frozenset({"SSN", "EMAIL"}), "#") == (p.action, p.min_score, p.entities, p.mask_char)


def test_alias_given_twice_is_an_error() -> None:
    """mode= and maskMode= together are ambiguous."""
    with pytest.raises(ConfigError, match=r"^maskMode: given twice"):
        build_policy(mode="MASK", maskMode="REPLACE")


def test_redactor_plus_options_is_an_error() -> None:
    """redactor= with any option would silently ignore the option: ConfigError naming it."""
    r = Redactor("regex")
    with pytest.raises(ConfigError, match=r"^redact_keys: pass either redactor= or options, not both$"):
        build_redactor(r, redact_keys="session")
    assert r is build_redactor(r, backend=None, policy=None)  # None counts as not given


def test_unknown_option_names_it() -> None:
    """An unknown option is a one-line ConfigError naming the option, never its value."""
    with pytest.raises(ConfigError) as info:
        build_redactor(maskmode="s3cr3t-value")
    assert "maskmode: unknown option" == str(info.value)


def test_bad_value_names_the_key_not_the_value() -> None:
    """A bad policy value names its key; the value (an allow-listed e-mail) is not echoed."""
    with pytest.raises(ConfigError) as info:
        build_redactor(mode="hash", allow=["ann.lee@example.com"])
    assert "hash_key" in str(info.value) and "ann.lee" not in str(info.value)
    with pytest.raises(ConfigError, match=r"^timeout: "):
        build_redactor(timeout="soon")


def test_backend_fallback_timeout_pass_through() -> None:
    """backend, backend_options, fallback and timeout reach the Redactor."""
    det = FakeDetector({"Ann": "NAME"})
    r = build_redactor(backend=det, fallback=None, timeout="2.5", mode="replace")
    assert (det, None, 2.5) == (r.detector, r.fallback, r.timeout)
    assert "[NAME]" == r.redact("Ann")
    r2 = build_redactor(backend="builtin", backend_options={"name_threshold": 0.9})
    assert "regex" == r2.fallback.name  # type: ignore[union-attr]


def test_config_file_with_policy_mapping_on_top(tmp_path: Path) -> None:
    """config= loads TOML; a policy mapping applies on top; a Policy object with config= is an error."""
    toml = tmp_path / "p.toml"
    toml.write_text('action = "replace"\nmin_score = 0.7\n', encoding="utf-8")
    p = build_policy({"min_score": 0.8}, config=str(toml))
    assert ("replace", 0.8) == (p.action, p.min_score)
    with pytest.raises(ConfigError, match=r"^config: "):
        build_policy(Policy(), config=str(toml))
