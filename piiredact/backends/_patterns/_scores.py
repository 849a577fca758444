"""Scores of the pattern tier: validated or structured values >= 0.9, context-inferred lower.

Detectors report raw scores; the policy owns thresholds. One place for every score keeps
the tiers comparable when a row is added.
"""

from __future__ import annotations

SOURCE = "regex"

# -- scores: validated / structured >= 0.9, context-inferred lower -------------------------
_S_EMAIL = 0.95
_S_IP = 0.95
_S_CARD_BRAND = 0.95  # Luhn-valid and a known issuer range/length
_S_CARD_GROUPED = 0.85  # Luhn-valid in a card grouping, unknown issuer
_S_CARD_KEYWORD = 0.85  # Luhn-valid, unknown issuer, a card keyword labels it
_S_SSN_DASHED = 0.95  # 123-45-6789, valid area/group/serial
_S_SSN_KEYWORD = 0.9  # any SSN form that an SSN keyword labels
_S_SSN_SPACED = 0.7  # 123 45 6789 without a keyword
_S_SSN_ROW = 0.7  # 9 digits as a field of a delimited row holding a birth date
_S_SSN_LAST4 = 0.8  # "SSN ending in 1234", "xxx-xx-1234"
_S_PHONE_INTL = 0.9  # +CC ..., 8-15 digits
_S_PHONE_NANP = 0.9  # (415) 555-0100 and friends
_S_PHONE_KEYWORD = 0.8
_S_PHONE_NATIONAL = 0.75  # a national number with its trunk 0, no keyword
_S_PHONE_BESIDE_NAME = 0.7  # a phone-shaped number right before or after a person's name (``_beside``)
_S_PHONE_FIELD = 0.6  # 9-11 digits in short groups as a whole delimited field  # other groupings labelled by a phone keyword
_S_NAME_KEY = 0.85  # value of a person-name key: full_name=, "firstName":
_S_NAME_ROLE_KEY = 0.75  # value of a role key: customer=, holder=, username=
_S_NAME_BARE_MULTI = 0.7  # "First Last" under a bare name= key outside any object
_S_NAME_BARE = 0.6  # one word under a bare name= key outside any object
_S_NAME_STRONG = 0.75  # after "Dear", "Mr.", "on behalf of", "legal name", ...
_S_NAME_ROLE = 0.6  # after a role noun: "User X,", "customer X"
_S_NAME_WEAK = 0.55  # First Last after "by", "for", "with", ... (raise NAME's min_score to drop these)
