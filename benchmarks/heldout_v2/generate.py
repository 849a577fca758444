"""Generate the held-out v2 log-line PII set: 12 template families x 100 records.

Run from the repository root:  python benchmarks/heldout_v2/generate.py
Writes benchmarks/heldout_v2/synthetic.jsonl (deterministic for seed 20261201 and mimesis 22.2.0).
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import ipaddress  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from _build import TYPES, Builder  # noqa: E402
from _ctx import Ctx  # noqa: E402
from _lookalikes import UA_VERSION_LOOKALIKES  # noqa: E402
from _templates_a import (  # noqa: E402
    ecommerce_webhook,
    hotel_pms,
    o365_message_trace,
    okta_auth0,
    postgres_csvlog,
    telecom_cdr,
)
from _templates_b import (  # noqa: E402
    debezium_cdc,
    dotnet_ilogger,
    helpdesk_webhook,
    iso20022_xml,
    log4j2_json,
    powershell_ad,
)
from _values import luhn_ok  # noqa: E402

SEED = 20261201
PER_FAMILY = 100
NEGATIVES_PER_FAMILY = 30
GROUP = "v2"
OUT = Path(__file__).resolve().parent / "synthetic.jsonl"

FAMILIES: list[tuple[str, Callable[[Ctx, bool], Builder]]] = [
    ("okta_auth0", okta_auth0),
    ("o365_message_trace", o365_message_trace),
    ("telecom_cdr", telecom_cdr),
    ("hotel_pms", hotel_pms),
    ("ecommerce_webhook", ecommerce_webhook),
    ("postgres_csvlog", postgres_csvlog),
    ("log4j2_json", log4j2_json),
    ("dotnet_ilogger", dotnet_ilogger),
    ("helpdesk_webhook", helpdesk_webhook),
    ("debezium_cdc", debezium_cdc),
    ("iso20022_xml", iso20022_xml),
    ("powershell_ad", powershell_ad),
]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_IPV4 = re.compile(r"(?<!\d)(?<!\d\.)(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_CARDLIKE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_SSNLIKE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
_PHONE_CHARS = re.compile(r"\+?[\d() .-]+")


class LeakError(Exception):
    """A record contains PII-looking text outside the spans: regenerate it."""


def _valid_ssn(v: str) -> bool:
    if re.fullmatch(r"\d{4}", v):
        return v != "0000"
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def _card_like(digits: str) -> bool:
    n = len(digits)
    if not luhn_ok(digits):
        return False
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return n == 15
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    return (digits.startswith("6011") or digits.startswith("65")) and n == 16


def _check_value(typ: str, v: str) -> None:
    """Type-specific sanity check of a labelled value."""
    ok = True
    if typ == "EMAIL":
        ok = bool(_EMAIL_FULL.fullmatch(v))
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            ok = False
    elif typ == "SSN":
        ok = _valid_ssn(v)
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        ok = d.isdigit() and _card_like(d)
    elif typ == "PHONE":
        n = len(re.sub(r"\D", "", v))
        ok = bool(_PHONE_CHARS.fullmatch(v)) and 7 <= n <= 15
    elif typ == "NAME":
        ok = any(ch.isalpha() for ch in v)
    if not ok:
        raise AssertionError(f"bad {typ} value {v!r}")


def validate(b: Builder, ctx: Ctx, neg: bool) -> dict:
    """Structural checks (bugs: raise AssertionError) and leak checks (raise LeakError)."""
    text = b.text()
    spans = b.checked()
    prev_end = -1
    for s, e, typ, v in sorted(spans):
        assert typ in TYPES, typ
        assert 0 <= s < e <= len(text), (s, e, len(text))
        assert text[s:e] == v, (text[s:e], v)
        assert not v[0].isspace() and not v[-1].isspace(), repr(v)
        assert s >= prev_end, f"overlap at {s}"
        prev_end = e
        _check_value(typ, v)
    if neg:
        assert not spans, "negative with spans"
        assert not ctx.used, "negative drew a person"
    elif not spans:
        raise LeakError("positive without spans")
    if b.kind == "json":
        json.loads(text)
    elif b.kind == "xml":
        ET.fromstring("<r>" + text + "</r>")

    def covered(a: int, z: int, types: set[str] | None) -> bool:
        return any(s < z and a < e and (types is None or t in types) for s, e, t, _ in spans)

    for m in _EMAIL.finditer(text):
        pre, post = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if pre == "<" and post == ">" and "prod.outlook.com" in m.group():
            continue  # Message-ID, not an address
        if not covered(m.start(), m.end(), {"EMAIL"}):
            raise LeakError(f"unlabelled e-mail {m.group()!r}")
    for m in _IPV4.finditer(text):
        if m.group() in UA_VERSION_LOOKALIKES:
            continue  # browser / phone firmware version in a user agent
        try:
            ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if not covered(m.start(), m.end(), {"IP_ADDRESS"}):
            raise LeakError(f"unlabelled IPv4 {m.group()!r}")
    for m in _CARDLIKE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if _card_like(d) and not covered(m.start(), m.end(), None):
            raise LeakError(f"unlabelled card-like {m.group()!r}")
    for m in _SSNLIKE.finditer(text):
        if _valid_ssn(m.group()) and not covered(m.start(), m.end(), None):
            raise LeakError(f"unlabelled SSN-like {m.group()!r}")
    for p in ctx.used:
        for tok in p.tokens():
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text, re.IGNORECASE):
                if not covered(m.start(), m.end(), {"NAME", "EMAIL"}):
                    raise LeakError(f"unlabelled name token {tok!r}")
    return {"text": text, "spans": b.spans()}


def build(seed: int = SEED) -> tuple[list[dict], Counter]:
    """All records, family by family, plus the number of regenerated records per family."""
    records: list[dict] = []
    retries: Counter = Counter()
    for fam, fn in FAMILIES:
        rng = random.Random(f"{seed}:{fam}")
        ctx = Ctx(random.Random(rng.getrandbits(64)))
        flags = [True] * NEGATIVES_PER_FAMILY + [False] * (PER_FAMILY - NEGATIVES_PER_FAMILY)
        rng.shuffle(flags)
        for neg in flags:
            for _attempt in range(50):
                ctx.begin()
                b = fn(ctx, neg)
                try:
                    rec = validate(b, ctx, neg)
                    break
                except LeakError:
                    retries[fam] += 1
            else:
                raise RuntimeError(f"{fam}: could not build a clean record")
            rec["family"] = fam
            rec["group"] = GROUP
            records.append(rec)
    return records, retries


def main() -> None:
    """Generate, write and summarise."""
    records, retries = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    types = Counter(t for r in records for _, _, t in r["spans"])
    neg = sum(1 for r in records if not r["spans"])
    print(f"wrote {len(records)} records to {OUT} ({neg} without PII)")
    print("spans:", dict(sorted(types.items())), "total", sum(types.values()))
    if retries:
        print("regenerated records (leak check):", dict(retries))


if __name__ == "__main__":
    main()
