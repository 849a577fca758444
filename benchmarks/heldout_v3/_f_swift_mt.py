"""Family swift_mt: SWIFT FIN messages (MT103 with :50K:/:50F:/:59:/:59F:/:70:/:72:, MT202COV with
the underlying customers, MT940 statements with :86: details) and payment-gateway log lines that wrap
them or quote fields. Names are upper-case ASCII as the SWIFT X character set requires.

Not labelled: BICs, IBANs and account numbers, addresses, dates of birth, references. Company
parties are not NAME. Bank-to-bank MT202, MT900/910 and MT199 messages are the negatives."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V, jstr
from _ctx import Ctx
from _names import Person

_BICS = (
    "NWBKGB2LXXX",
    "DEUTDEFFXXX",
    "BNPAFRPPXXX",
    "INGBNL2AXXX",
    "CAIXESBBXXX",
    "UNCRITMMXXX",
    "CITIUS33XXX",
    "HSBCHKHHXXX",
    "SCBLSGSGXXX",
    "ZEIBNGLAXXX",
    "SBZAZAJJXXX",
    "BOFAUS3NXXX",
    "RABONL2UXXX",
    "KOEXKRSEXXX",
    "BKTRUS33XXX",
    "MIDLGB22XXX",
    "ABNANL2AXXX",
    "SOGEFRPPXXX",
)
_CITIES = (
    "LONDON",
    "FRANKFURT AM MAIN",
    "PARIS",
    "AMSTERDAM",
    "MADRID",
    "MILANO",
    "LAGOS",
    "NAIROBI",
    "JOHANNESBURG",
    "SINGAPORE",
    "HONG KONG",
    "NEW YORK NY",
    "TORONTO ON",
    "SAO PAULO",
    "ISTANBUL",
    "DUBAI",
    "MUMBAI",
)
_STREETS = (
    "1 HIGH STREET",
    "FLAT 3 22 ELM GROVE",
    "HAUPTSTRASSE 12",
    "12 RUE DES LILAS",
    "KEIZERSGRACHT 101",
    "CALLE MAYOR 5",
    "VIA ROMA 8",
    "15 ADEOLA ODEKU ST",
    "PO BOX 4471",
    "88 HARBOR BLVD APT 4B",
    "PLOT 12 NGONG RD",
)
_CCY = ("EUR", "USD", "GBP", "CHF", "JPY", "SGD", "NGN", "ZAR", "AED", "TRY")


def _iban(c: Ctx) -> str:
    """An IBAN with valid check digits (never labelled, but it should look right)."""
    cc, bban = c.pick(
        [
            ("GB", f"NWBK{c.n(100000, 999999)}{c.n(10000000, 99999999)}"),
            ("DE", f"{c.n(10000000, 99999999)}{c.n(1000000000, 9999999999)}"),
            ("FR", f"{c.n(10000, 99999)}{c.n(10000, 99999)}{c.n(10**10, 10**11 - 1)}{c.n(10, 99)}"),
            ("NL", f"INGB{c.n(1000000000, 9999999999)}"),
            ("ES", f"{c.n(10**19, 10**20 - 1)}"),
            ("IT", f"X{c.n(10000, 99999)}{c.n(10000, 99999)}{c.n(10**11, 10**12 - 1)}"),
        ]
    )
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _acct(c: Ctx) -> str:
    return "/" + (_iban(c) if c.chance(0.7) else str(c.n(10**7, 10**11)))


def _pname(c: Ctx, p: Person) -> V:
    return V(p.upper_ascii(c.pick(["gf", "gf", "gf", p.order])), "NAME")


def _party_k(c: Ctx, tag: str, person: bool) -> list[list[Any]]:
    """:50K:/:59: free-format party: account line, name line, address lines."""
    rows: list[list[Any]] = [[f":{tag}:{_acct(c)}"]]
    if person:
        p = c.person(latin_only=c.chance(0.6))
        k = c.n(0, 5)
        if k == 0:
            rows.append([c.pick(["MR ", "MRS ", "MS ", "DR "]), _pname(c, p)])
        elif k == 1 and c.chance(0.7):
            q = c.person(latin_only=True)
            rows.append([_pname(c, p), " AND ", _pname(c, q)])
        else:
            rows.append([_pname(c, p)])
    else:
        rows.append([c.pick(lk.COMPANIES_UPPER)[:35].rstrip()])
    rows.append([c.pick(_STREETS)])
    rows.append([c.pick(_CITIES)])
    return rows


def _party_f(c: Ctx, tag: str, person: bool) -> list[list[Any]]:
    """:50F:/:59F: structured party with numbered lines."""
    rows: list[list[Any]] = [[f":{tag}:{_acct(c)}"]]
    if person:
        p = c.person(latin_only=c.chance(0.6))
        rows.append(["1/", _pname(c, p)])
    else:
        rows.append(["1/" + c.pick(lk.COMPANIES_UPPER)[:33].rstrip()])
    rows.append([f"2/{c.pick(_STREETS)}"])
    rows.append([f"3/{c.pick(['GB', 'DE', 'FR', 'NL', 'NG', 'KE', 'SG'])}/{c.pick(_CITIES)}"])
    if person and tag == "50F" and c.chance(0.5):
        rows.append([f"4/19{c.n(50, 99)}{c.n(1, 12):02d}{c.n(1, 28):02d}"])
        rows.append([f"5/{c.pick(['GB', 'NG', 'IN', 'DE'])}/{c.pick(_CITIES)}"])
    return rows


def _remit(c: Ctx, orderer: Person | None) -> list[list[Any]]:
    k = c.n(0, 5)
    if k == 0:
        return [[f":70:/INV/{c.n(2025, 2026)}-{c.n(1000, 9999)}"]]
    if k == 1:
        return [
            [f":70:/RFB/{val.alnum_upper(c.rng, 10)}"],
            [c.pick(["RENT DEC 2026", "SALARY NOV 2026", "INVOICE SETTLEMENT"])],
        ]
    if k == 2:
        p = c.person(latin_only=True)
        return [[":70:TUITION FEES FOR "], [_pname(c, p), f" TERM {c.n(1, 3)}"]]
    if k == 3 and orderer is not None:
        return [[":70:GIFT FROM "], [V(orderer.upper_ascii(), "NAME")]]
    return [
        [f":70:{c.pick(['FAMILY SUPPORT', 'LOAN REPAYMENT', 'SCHOOL FEES', 'GOODS AS PER PROFORMA'])} {c.n(10, 99)}"]
    ]


def _mt103(c: Ctx, negative: bool) -> list[list[Any]]:
    ref = val.alnum_upper(c.rng, c.n(10, 16))
    ccy = c.pick(_CCY)
    amt = f"{c.n(50, 250000)},{c.n(0, 99):02d}"
    rows: list[list[Any]] = [[f":20:{ref}"], [":23B:CRED"], [f":32A:{c.t:%y%m%d}{ccy}{amt}"]]
    if c.chance(0.4):
        rows.append([f":33B:{ccy}{amt}"])
    ord_person = not negative and c.chance(0.75)
    ben_person = not negative and (not ord_person or c.chance(0.6))
    style_o = c.pick(["K", "K", "F"])
    rows += _party_k(c, "50K", ord_person) if style_o == "K" else _party_f(c, "50F", ord_person)
    rows.append([f":52A:{c.pick(_BICS)}"])
    if c.chance(0.3):
        rows.append([f":56A:{c.pick(_BICS)}"])
    rows.append([f":57A:{c.pick(_BICS)}"])
    style_b = c.pick(["K", "K", "F"])
    rows += _party_k(c, "59", ben_person) if style_b == "K" else _party_f(c, "59F", ben_person)
    if not negative:
        rows += _remit(c, c.persons[0] if ord_person else None)
    else:
        rows.append([f":70:/INV/{c.n(2025, 2026)}-{c.n(1000, 9999)}"])
    rows.append([f":71A:{c.pick(['SHA', 'OUR', 'BEN'])}"])
    if not negative and c.chance(0.3):
        rows.append([":72:/PHONBEN/", V(c.phone().e164, "PHONE")])
    elif c.chance(0.3):
        rows.append([f":72:/INS/{c.pick(_BICS)}"])
    return rows


def _mt202(c: Ctx, cov: bool) -> list[list[Any]]:
    ccy = c.pick(_CCY)
    rows: list[list[Any]] = [
        [f":20:{val.alnum_upper(c.rng, 12)}"],
        [f":21:{val.alnum_upper(c.rng, 12)}"],
        [f":32A:{c.t:%y%m%d}{ccy}{c.n(10000, 9000000)},{c.n(0, 99):02d}"],
        [f":52A:{c.pick(_BICS)}"],
        [f":53A:{c.pick(_BICS)}"],
        [f":57A:{c.pick(_BICS)}"],
        [f":58A:{c.pick(_BICS)}"],
    ]
    if cov:  # sequence B carries the underlying customer credit transfer
        rows += [*_party_k(c, "50K", True), [f":52A:{c.pick(_BICS)}"], *_party_k(c, "59", c.chance(0.5))]
        rows.append([f":70:/INV/{c.n(1000, 9999)}"])
    else:
        rows.append([f":72:/BNF/{c.pick(['COVER', 'TREASURY', 'FX SETTLEMENT', 'LIQUIDITY TRANSFER'])}"])
    return rows


def _mt940(c: Ctx, negative: bool) -> list[list[Any]]:
    ccy = c.pick(("EUR", "EUR", "GBP"))
    rows: list[list[Any]] = [
        [f":20:STMT{c.t:%y%m%d}"],
        [f":25:{_iban(c)}"],
        [f":28C:{c.n(1, 365)}/1"],
        [f":60F:C{c.t:%y%m%d}{ccy}{c.n(1000, 900000)},{c.n(0, 99):02d}"],
    ]
    n = c.n(1, 3)
    hot = c.n(0, n - 1)  # a positive statement has at least one transfer from a person
    for i in range(n):
        dc = c.pick(["C", "D"])
        rows.append(
            [f":61:{c.t:%y%m%d}{c.t:%m%d}{dc}{c.n(10, 9000)},{c.n(0, 99):02d}NTRFNONREF//{val.alnum_upper(c.rng, 10)}"]
        )
        if negative or (i != hot and c.chance(0.5)):
            rows.append(
                [
                    f":86:{c.pick(['805', '835', '166'])}?00{c.pick(['ABSCHLUSS', 'ENTGELT', 'SEPA-UEBERWEISUNG'])}?20"
                    f"{c.pick(['KONTOFUEHRUNG', 'ZINSEN', 'EREF+NOTPROVIDED'])}?30{c.pick(_BICS)[:8]}?32{c.pick(lk.COMPANIES_UPPER)[:27].rstrip()}"
                ]
            )
        else:
            p = c.person(latin_only=True)
            nm = p.upper_ascii()[:27].strip()
            rows.append(
                [
                    f":86:166?00SEPA-UEBERWEISUNG?20EREF+{val.alnum_upper(c.rng, 8)}?21SVWZ+{c.pick(['MIETE DEZ', 'RECHNUNG 118', 'GEHALT'])}"
                    f"?30{c.pick(_BICS)[:8]}?31{_iban(c)}?32",
                    V(nm, "NAME"),
                ]
            )
    rows.append([f":62F:C{c.t:%y%m%d}{ccy}{c.n(1000, 900000)},{c.n(0, 99):02d}"])
    return rows


def _other_neg(c: Ctx) -> tuple[str, list[list[Any]]]:
    if c.chance(0.5):
        return "199", [
            [f":20:{val.alnum_upper(c.rng, 12)}"],
            [f":21:{val.alnum_upper(c.rng, 12)}"],
            [f":79:{c.pick(['PLEASE CONFIRM CREDIT TO BENEFICIARY', 'REQUEST FOR CANCELLATION', 'RETURN OF FUNDS'])}"],
            [f"OUR REF {val.alnum_upper(c.rng, 10)} DATED {c.t:%y%m%d}"],
            [c.pick(["STATUS PENDING", "ACCOUNT CLOSED", "REGARDS PAYMENTS OPS"])],
        ]
    return c.pick(["900", "910"]), [
        [f":20:{val.alnum_upper(c.rng, 12)}"],
        [f":21:{val.alnum_upper(c.rng, 12)}"],
        [f":25:{_iban(c)}"],
        [f":32A:{c.t:%y%m%d}{c.pick(_CCY)}{c.n(100, 90000)},00"],
        [f":52A:{c.pick(_BICS)}"],
    ]


def _fin(c: Ctx, mt: str, body: list[list[Any]], eol: str) -> Rec:
    """A whole FIN message: basic, application, user header, text block, trailer."""
    snd, rcv = c.pick(_BICS), c.pick(_BICS)
    r = Rec().lit(f"{{1:F01{snd[:8]}A{snd[8:]}{c.n(1000, 9999)}{c.n(100000, 999999)}}}")
    if c.chance(0.5):
        r.lit(f"{{2:I{mt}{rcv[:8]}X{rcv[8:]}N}}")
    else:
        r.lit(f"{{2:O{mt}{c.t:%H%M%y%m%d}{rcv[:8]}A{rcv[8:]}{c.n(1000, 9999)}{c.n(100000, 999999)}{c.t:%y%m%d%H%M}N}}")
    r.lit(f"{{3:{{108:{val.alnum_upper(c.rng, 12)}}}{{121:{val.uuid(c.rng)}}}}}{{4:{eol}")
    r.lines(body, sep=eol)
    r.lit(f"{eol}-}}{{5:{{CHK:{val.hexs(c.rng, 12).upper()}}}}}")
    return r


def _body(c: Ctx) -> tuple[str, list[list[Any]]]:
    if c.negative:
        k = c.n(0, 3)
        if k == 0:
            return "202", _mt202(c, cov=False)
        if k == 1:
            return "103", _mt103(c, negative=True)
        if k == 2:
            return "940", _mt940(c, negative=True)
        return _other_neg(c)
    k = c.n(0, 9)
    if k <= 6:
        return "103", _mt103(c, negative=False)
    if k == 7:
        return "202", _mt202(c, cov=True)
    return "940", _mt940(c, negative=False)


def swift_mt(c: Ctx) -> Rec:
    k = c.n(0, 9)
    if k <= 3:  # the raw message as a gateway stores it
        mt, body = _body(c)
        return _fin(c, mt, body, c.pick(["\r\n", "\n"]))
    if k <= 5:  # a gateway log line followed by the message
        mt, body = _body(c)
        r = Rec().lit(
            f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} INFO  [swift-gw-{c.n(1, 4)}] "
            f"{c.pick(['Outbound', 'Inbound'])} MT{mt} {c.pick(['queued', 'received', 'ACK received'])}:\n"
        )
        return r.embed(_fin(c, mt, body, "\n"))
    if k <= 7:  # JSON log with block 4 as an escaped string
        mt, body = _body(c)
        block = Rec().lines(body, sep="\r\n")
        head = (
            Rec()
            .json(
                {
                    "ts": val.iso_z(c.t),
                    "level": "INFO",
                    "logger": "swift.gateway",
                    "msgType": f"MT{mt}",
                    "direction": c.pick(["IN", "OUT"]),
                    "sender": c.pick(_BICS),
                    "receiver": c.pick(_BICS),
                    "uetr": val.uuid(c.rng),
                    "block4": "@@B4@@",
                },
                style="compact",
            )
            .text()
        )
        before, after = head.split("@@B4@@")
        return Rec(is_json=True).lit(before).embed(block, jstr()).lit(after)
    # screening / validation lines that quote one field
    r = Rec().lit(f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} ")
    ref = val.alnum_upper(c.rng, 12)
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f'WARN  [screening] MT103 {ref} hit on :59: "{c.pick(lk.COMPANIES_UPPER)}" score=0.{c.n(70, 99)} list=INTERNAL-WATCH released',
                    f"INFO  [swift-gw-1] MT202 {ref} {c.pick(_BICS)} -> {c.pick(_BICS)} ACK",
                    f"ERROR [validator] MT103 {ref} NVR T50 field :32A: invalid currency code",
                    f"INFO  [swift-gw-2] session {c.n(1000, 9999)} logged in to {c.pick(_BICS)[:8]} LT A",
                ]
            )
        )
    p = c.person(latin_only=True)
    return r.add(
        c.pick(
            [
                S(
                    f'WARN  [screening] MT103 {ref} hit on :59: "',
                    _pname(c, p),
                    f'" score=0.{c.n(70, 99)} list=INTERNAL-WATCH',
                ),
                S(
                    f'ERROR [validator] MT103 {ref} field :50K: line 2 exceeds 35 characters: "',
                    _pname(c, p),
                    " ",
                    c.pick(_STREETS),
                    '"',
                ),
                S(
                    f'INFO  [repair] MT103 {ref} beneficiary name amended to "',
                    _pname(c, p),
                    '" by ops user ',
                    c.v_acct(c.person(latin_only=True), upper=True),
                ),
            ]
        )
    )
