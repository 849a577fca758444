"""Opt-in: the Comprehend backend against real AWS Comprehend.

Runs only with ``PIIREDACT_AWS_TESTS=1`` and AWS credentials in boto3's chain (and a
region); skipped otherwise. It makes two small DetectPiiEntities requests (a few cents
at most). See docs/comprehend.md.
"""

from __future__ import annotations

import os

import pytest

pytestmark = [
    pytest.mark.aws,
    pytest.mark.skipif(os.environ.get("PIIREDACT_AWS_TESTS") != "1",
                       reason="real AWS test: set PIIREDACT_AWS_TESTS=1 and AWS credentials"),
]


@pytest.fixture
def detector():  # type: ignore[no-untyped-def]
    boto3 = pytest.importorskip("boto3")
    session = boto3.session.Session()
    if session.get_credentials() is None:
        pytest.skip("no AWS credentials in boto3's chain")
    if session.region_name is None and not os.environ.get("AWS_REGION"):
        pytest.skip("no AWS region configured (AWS_REGION / AWS_DEFAULT_REGION)")
    from piiredact.backends.comprehend import ComprehendDetector

    det = ComprehendDetector(session=session, tier="all", retry_mode="standard", max_attempts=3)
    yield det
    det.close()


def test_real_comprehend_finds_names_and_emails_at_packed_offsets(detector) -> None:  # type: ignore[no-untyped-def]
    """Two texts in one packed request: a name and an e-mail come back at each text's offsets."""
    texts = ["Customer John Smith called about his refund.",
             "Please write to maria.garcia@example.com about the order."]
    found = [[f for f in fs if f.source == "comprehend"] for fs in detector.detect(texts)]
    values = {(texts[i][f.start:f.end], f.entity) for i, fs in enumerate(found) for f in fs}
    assert ("John Smith", "NAME") in values
    assert ("maria.garcia@example.com", "EMAIL") in values
    stats = detector.stats()
    assert (1, 3) == (stats["requests"], stats["billable_units"])
