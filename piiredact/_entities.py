"""Canonical entity vocabulary (Comprehend's PII type names) and label aliases."""

from __future__ import annotations

from typing import Final

SSN: Final = "SSN"
EMAIL: Final = "EMAIL"
NAME: Final = "NAME"
PHONE: Final = "PHONE"
CREDIT_DEBIT_NUMBER: Final = "CREDIT_DEBIT_NUMBER"
IP_ADDRESS: Final = "IP_ADDRESS"

#: The entity types the embedded default detects.
CORE_ENTITIES: Final[frozenset[str]] = frozenset(
    {SSN, EMAIL, NAME, PHONE, CREDIT_DEBIT_NUMBER, IP_ADDRESS}
)

#: Every type Comprehend's DetectPiiEntities can return, plus the core ones.
ALL_ENTITIES: Final[frozenset[str]] = CORE_ENTITIES | frozenset(
    {
        "ADDRESS", "AGE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING", "CA_HEALTH_NUMBER", "CA_SOCIAL_INSURANCE_NUMBER", "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY", "DATE_TIME", "DRIVER_ID", "IN_AADHAAR", "IN_NREGA",
        "IN_PERMANENT_ACCOUNT_NUMBER", "IN_VOTER_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "LICENSE_PLATE", "MAC_ADDRESS", "PASSPORT_NUMBER", "PASSWORD", "PIN", "SWIFT_CODE",
        "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
        "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", "URL", "USERNAME",
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
}


def canonical_entity(label: str) -> str | None:
    """Map a backend's label (any case, known aliases) onto the canonical name, or None."""
    key = label.strip().upper().replace("-", "_").replace(" ", "_")
    key = _ALIASES.get(key, key)
    return key if key in ALL_ENTITIES else None
