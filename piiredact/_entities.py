"""Canonical entity vocabulary (Comprehend's PII type names) and label aliases."""

from __future__ import annotations

from typing import Final

SSN: Final = "SSN"
EMAIL: Final = "EMAIL"
NAME: Final = "NAME"
PHONE: Final = "PHONE"
CREDIT_DEBIT_NUMBER: Final = "CREDIT_DEBIT_NUMBER"
IP_ADDRESS: Final = "IP_ADDRESS"
#: An account name that is a person's name (``maria.garcia``, ``mgarcia``) where the key or
#: context says it is an account; a person's name in prose stays ``NAME``.
USERNAME: Final = "USERNAME"
# Credentials and bank identifiers (Comprehend's names; ``SECRET`` is ours: every other
# credential or token, e.g. GitHub/Slack/Stripe tokens, JWTs, Bearer values, PEM private keys).
AWS_ACCESS_KEY: Final = "AWS_ACCESS_KEY"
AWS_SECRET_KEY: Final = "AWS_SECRET_KEY"
PASSWORD: Final = "PASSWORD"
SECRET: Final = "SECRET"
INTERNATIONAL_BANK_ACCOUNT_NUMBER: Final = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
MAC_ADDRESS: Final = "MAC_ADDRESS"

#: The entity types the embedded default detects (all on by default).
CORE_ENTITIES: Final[frozenset[str]] = frozenset(
    {
        SSN, EMAIL, NAME, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS, USERNAME,
        AWS_ACCESS_KEY, AWS_SECRET_KEY, PASSWORD, SECRET, INTERNATIONAL_BANK_ACCOUNT_NUMBER, MAC_ADDRESS,
    }
)

#: Every type Comprehend's DetectPiiEntities can return, plus the core ones.
ALL_ENTITIES: Final[frozenset[str]] = CORE_ENTITIES | frozenset(
    {
        "ADDRESS", "AGE", "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING", "CA_HEALTH_NUMBER", "CA_SOCIAL_INSURANCE_NUMBER", "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY", "DATE_TIME", "DRIVER_ID", "IN_AADHAAR", "IN_NREGA",
        "IN_PERMANENT_ACCOUNT_NUMBER", "IN_VOTER_NUMBER",
        "LICENSE_PLATE", "PASSPORT_NUMBER", "PIN", "SWIFT_CODE",
        "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
        "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", "URL",
        "VEHICLE_IDENTIFICATION_NUMBER",
    }
)

# Labels other tools use for the same things (Presidio, the dev corpus, common usage).
_ALIASES: Final[dict[str, str]] = {
    "US_SSN": SSN,
    "EMAIL_ADDRESS": EMAIL,
    "PERSON": NAME,
    "PER": NAME,
    "PHONE_NUMBER": PHONE,
    "CREDIT_CARD": CREDIT_DEBIT_NUMBER,
    "IP": IP_ADDRESS,
    "US_PASSPORT": "PASSPORT_NUMBER",
    "US_DRIVER_LICENSE": "DRIVER_ID",
    "US_BANK_NUMBER": "BANK_ACCOUNT_NUMBER",
    "IBAN_CODE": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NHS": "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "IN_PAN": "IN_PERMANENT_ACCOUNT_NUMBER",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MAC": "MAC_ADDRESS",
    "USER_NAME": USERNAME,
    "API_KEY": SECRET,
    "TOKEN": SECRET,
}


def canonical_entity(label: str) -> str | None:
    """Map a backend's label (any case, known aliases) onto the canonical name, or None."""
    key = label.strip().upper().replace("-", "_").replace(" ", "_")
    key = _ALIASES.get(key, key)
    return key if key in ALL_ENTITIES else None
