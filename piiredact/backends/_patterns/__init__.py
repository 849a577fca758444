"""The pattern tier (the ``regex`` backend): validated patterns plus context, no dependencies.

One module per concern:

* ``_table``: the pattern rows (entity, pattern, gate, validator) that single-pattern
  values are found by: adding an entity or a token format is one row plus its validator;
* ``_validators``: checksums and structure checks (Luhn, issuer ranges, SSN ranges, IPv4,
  mod-97, JWT, PEM);
* ``_context``: the keywords that label a number;
* ``_numbers``: number runs classified as SSN, card, phone;
* ``_values``: e-mail, IPv6, masked and last-four SSN;
* ``_beside``: phone numbers and SSNs beside a person's name (run by the builtin, after the name tier);
* ``_hints``: names from context (keys, cues), sharing the vocabulary of ``backends/_names``;
* ``_prefilter``: the optional google-re2 engine;
* ``_scan``: the scan loop and :class:`RegexDetector`.
"""

from __future__ import annotations

from ._scan import RegexDetector

__all__ = ["RegexDetector"]
