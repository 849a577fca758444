"""The login-shape model (``_names/_loginshape.py``): a login spelt from a name no gazetteer holds, under a
role a program could hold too, counts where it reads like a person's name and not like a program's."""

from __future__ import annotations

from importlib import resources

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._loginshape import MODEL_FILE, login_buckets, login_prob
from piiredact.backends._names._model import NameModel


def _accounts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "USERNAME"]


def test_the_model_is_package_data_and_says_how_it_was_trained() -> None:
    """logins.bin loads, its table matches the feature hashing, and its header records its sources and
    its held-out figures (a fifth of the names, never seen in training)."""
    data = resources.files("piiredact.backends._names").joinpath(MODEL_FILE).read_bytes()
    model = NameModel.from_bytes(data)
    assert model.header["held_out_figures"]["recall@0.9"] > 0.6
    assert model.header["held_out_figures"]["negatives_passing@0.9"] < 0.05
    assert max(login_buckets("okonjo", model.mask)) <= model.mask


# Spellings written for this test: logins of names from several traditions, and programs' names.
# (Not every one: at 0.9 the model passes about three in four held-out names' logins; ndlovut scores 0.8.)
@pytest.mark.parametrize("token", ["nwachukwuo", "tkaradeniz", "mbeyeneh", "ravikumarp", "sefaoglu"])
def test_person_spellings_score_high(token: str) -> None:
    assert login_prob(token) >= 0.9


@pytest.mark.parametrize("token", ["kubectl", "fluentd", "autoscaler", "haproxy", "logrotate", "systemd",
                                   "zookeeper", "filebeat", "terraform", "keycloak"])
def test_program_names_score_low(token: str) -> None:
    assert login_prob(token) < 0.9


def test_digits_and_case_are_not_features() -> None:
    assert login_prob("nwachukwuo") == login_prob("nwachukwuo42") == login_prob("NWACHUKWUO")


@pytest.mark.parametrize("text,expected", [
    ("channel=store agent=nwachukwuo verified=1", ["nwachukwuo"]),   # a role a program may hold too
    ("job=7 created_by=tkaradeniz", ["tkaradeniz"]),
    ("channel=store agent=fluentd verified=1", []),                  # a program under the same key
    ("job=7 created_by=logrotate", []),
    ("job=7 created_by=kubectl", []),
    ("job=7 created_by=mbeyenehadmin", []),                           # a service account's ending
    ("host=nwachukwuo", []),                                          # a thing's key: no role
])
def test_role_keys_take_a_login_that_reads_like_a_name(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("refund REF-22 approved by tkaradeniz", ["tkaradeniz"]),          # a passive's agent
    ("note forwarded to curator mbeyeneh", ["mbeyeneh"]),              # a role noun before it
    ("config reloaded by haproxy", []), ("rotated by logrotate", []),  # programs as agents
    ("message sent by nwachukwuo", ["nwachukwuo"]),
])
def test_a_passives_agent_or_a_role_noun_then_such_a_login(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a found account inside names built from it (a job's, a laptop's)
    ("labels:\n  user: p.osei\nmetadata:\n  name: sft-p.osei-9f3c", ["p.osei", "p.osei"]),
    ("user=akosua.mensah host=akosua.mensah-laptop", ["akosua.mensah", "akosua.mensah"]),
    # a short account is not looked for inside hyphenated names (ann-arbor)
    ("user=ann cluster=ann-arbor-1", ["ann"]),
])
def test_an_account_is_found_inside_hyphenated_names_built_from_it(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected
