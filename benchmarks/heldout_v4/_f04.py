"""f04 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES_CAPS
from _people import Person, fold
from _seg import M, Rec, em, nm, ph, sn
from _values import aba_routing

BANKS = ("NORTHWIND NATIONAL BANK", "HARBOR CITY CREDIT UNIO", "FIRST PRAIRIE BANK", "LAKESHORE SAVINGS BANK",
         "BLUE RIDGE FEDERAL CU", "PIONEER TRUST CO", "CASCADIA COMMUNITY BANK")
ORIGINATORS = ("SILVERLINE PAYROLL SVC", "NORTHWIND TRADERS INC", "GREENLEAF GROCERS", "BLUE HERON FREIGHT",
               "ABERNATHY FARMS LLC", "WHITCOMBE ANALYTICS", "THORNBURY ESTATES")
DESCS = ("PAYROLL", "DIR DEP", "EXP REIMB", "REFUND", "BONUS", "PENSION", "CLAIM PMT")


def _pad(s: str, n: int) -> str:
    if len(s) > n:
        raise AssertionError(f"{s!r} longer than {n}")
    return s.ljust(n)


def _ach_name(c: Ctx, p: Person) -> str:
    k = c.randint(0, 3)
    if k == 0:
        s = p.caps()
    elif k == 1:
        s = p.caps_last_first(", ")
    elif k == 2:
        s = p.caps_last_first(" ")
    else:
        s = fold(p.western())
    s = s.replace("'", "")
    return s


def _person_fit(c: Ctx) -> Person:
    return c.person(scripts=0.1, max_len=20)


class Batch:
    def __init__(self, c: Ctx, odfi: str, number: int, company: str, sec: str = "PPD") -> None:
        self.c, self.odfi, self.number, self.company, self.sec = c, odfi, number, company, sec
        self.entries: list[list[Any]] = []
        self.hash = 0
        self.credit = 0
        self.debit = 0
        self.count = 0
        self.seq = c.randint(1, 400)
        self.company_id = "1" + c.digits(9)
        self.desc = c.choice(DESCS)

    def header(self, eff: str) -> str:
        return ("5" + "220" + _pad(self.company[:16], 16) + _pad("", 20) + self.company_id + self.sec
                + _pad(self.desc, 10) + _pad(eff[2:4] + eff[4:6] + eff[:2], 6) + eff + "   " + "1" + self.odfi[:8]
                + f"{self.number:07d}")

    def entry(self, name: Any, ident: Any, amount: int, tc: str = "22", addenda: list[Any] | None = None) -> None:
        c = self.c
        rdfi = aba_routing(c.rng)
        acct = c.digits(c.randint(6, 12), "123456789")
        self.seq += 1
        trace = self.odfi[:8] + f"{self.seq:07d}"
        name_plain = name.plain() if isinstance(name, M) else name if isinstance(name, str) else name.value
        ident_plain = ident if isinstance(ident, str) else ident.value
        row: list[Any] = ["6", tc, rdfi, _pad(acct, 17), f"{amount:010d}", ident,
                          " " * (15 - len(ident_plain)), name, " " * (22 - len(name_plain)), "  ",
                          "1" if addenda else "0", trace]
        self.entries.append(row)
        self.hash += int(rdfi[:8])
        self.count += 1
        if tc in ("22", "32"):
            self.credit += amount
        elif tc in ("27", "37"):
            self.debit += amount
        if addenda:
            info_plain = "".join(x if isinstance(x, str) else x.value for x in addenda)
            self.entries.append(["7", "05", *addenda, " " * (80 - len(info_plain)), "0001", trace[-7:]])
            self.count += 1

    def control(self) -> str:
        return ("8" + "220" + f"{self.count:06d}" + f"{self.hash % 10**10:010d}" + f"{self.debit:012d}"
                + f"{self.credit:012d}" + self.company_id + " " * 19 + " " * 6 + self.odfi[:8] + f"{self.number:07d}")


def _file(c: Ctx, batches: list[Batch], eff: str, filler: bool) -> Rec:
    r = Rec()
    t = c.when()
    dest = aba_routing(c.rng)
    head = ("1" + "01" + " " + dest + "1" + c.digits(9) + t.strftime("%y%m%d%H%M") + c.choice("ABC") + "094" + "10"
            + "1" + _pad(c.choice(BANKS), 23) + _pad(c.choice(ORIGINATORS), 23) + " " * 8)
    lines: list[list[Any]] = [[head]]
    entries = tot_hash = debit = credit = 0
    for b in batches:
        lines.append([b.header(eff)])
        lines.extend(b.entries)
        lines.append([b.control()])
        entries += b.count
        tot_hash += b.hash
        debit += b.debit
        credit += b.credit
    n_rec = len(lines) + 1
    blocks = (n_rec + 9) // 10
    lines.append(["9" + f"{len(batches):06d}" + f"{blocks:06d}" + f"{entries:08d}" + f"{tot_hash % 10**10:010d}"
                  + f"{debit:012d}" + f"{credit:012d}" + " " * 39])
    if filler:
        for _ in range(blocks * 10 - n_rec):
            lines.append(["9" * 94])
    r.rows(lines)
    for line in r.text().split("\n"):
        if len(line) != 94:
            raise AssertionError(f"ACH line of {len(line)} chars: {line!r}")
    return r


def _ident(c: Ctx) -> Any:
    k = c.randint(0, 9)
    if k == 0:
        return sn(c.ssn("bare"))
    if k < 5:
        return f"EMP{c.randint(1000, 999999):06d}"
    if k < 8:
        return c.ualnum(c.randint(6, 12))
    return ""


def _eff(c: Ctx) -> str:
    return c.when().strftime("%y%m%d")


# ------------------------------------------------------------------------------------------ positives
def pos_ppd_file(c: Ctx) -> Rec:
    odfi = aba_routing(c.rng)
    b = Batch(c, odfi, 1, c.choice(ORIGINATORS), c.choice(["PPD", "PPD", "WEB"]))
    for _ in range(c.randint(1, 4)):
        p = _person_fit(c)
        add = None
        if c.chance(0.25):
            q = p if c.chance(0.5) else _person_fit(c)
            add = c.choice([["REIMB FOR ", nm(q.caps())], ["CLAIM ", str(c.randint(10000, 99999)), " ", nm(q.caps())],
                            ["CALL ", ph(c.phone(q, "nat", "US")), " RE PMT"]])
        b.entry(nm(_ach_name(c, p)), _ident(c), c.randint(5000, 900000), c.choice(["22", "22", "32", "27"]), add)
    return _file(c, [b], _eff(c), c.chance(0.5))


def pos_mixed_file(c: Ctx) -> Rec:
    odfi = aba_routing(c.rng)
    b1 = Batch(c, odfi, 1, c.choice(ORIGINATORS), "CCD")
    for _ in range(c.randint(1, 2)):
        b1.entry(c.choice(COMPANIES_CAPS)[:22], c.ualnum(8), c.randint(10000, 9000000), "22")
    b2 = Batch(c, odfi, 2, c.choice(ORIGINATORS), "PPD")
    for _ in range(c.randint(1, 2)):
        b2.entry(nm(_ach_name(c, _person_fit(c))), _ident(c), c.randint(5000, 900000), "22")
    return _file(c, [b1, b2], _eff(c), False)


def _logts(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def _trace(c: Ctx) -> str:
    return aba_routing(c.rng)[:8] + f"{c.randint(1, 9999999):07d}"


def pos_parser_log(c: Ctx) -> Rec:
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        p = _person_fit(c)
        ident = _ident(c)
        r.add(_logts(c), f" INFO  [ach-intake-{c.randint(1, 8)}] c.n.ach.EntryParser - entry trace={_trace(c)} "
              f"tc={c.choice(['22', '27', '32'])} rdfi={aba_routing(c.rng)[:8]} acct=****{c.digits(4, '0123456789')} "
              f"amount={c.randint(10, 9000)}.{c.randint(0, 99):02d} name=\"", nm(_ach_name(c, p)), '"')
        if ident:
            r.add(' id="', ident, '"')
        if i < n - 1:
            r.lit("\n")
    return r


RETURNS = (("R01", "Insufficient Funds"), ("R02", "Account Closed"), ("R03", "No Account/Unable to Locate Account"),
           ("R04", "Invalid Account Number Structure"), ("R10", "Customer Advises Not Authorized"),
           ("R29", "Corporate Customer Advises Not Authorized"))


def pos_return_log(c: Ctx) -> Rec:
    p = _person_fit(c)
    code, text = c.choice(RETURNS)
    k = c.randint(0, 3)
    r = Rec()
    if k == 3:
        r.add(_logts(c), " INFO  NotificationService - remittance advice e-mailed to ", em(c.email(p)),
              f" for trace {_trace(c)}")
    elif k == 0:
        r.add(_logts(c), f" WARN  ReturnProcessor - {code} {text}: trace {_trace(c)} receiver ", nm(_ach_name(c, p)))
    elif k == 1:
        r.add(_logts(c), " WARN  NocProcessor - C01 Incorrect DFI Account Number for ", nm(p.western()),
              f" (trace {_trace(c)}): corrected data {c.digits(8, '123456789')}")
    else:
        r.add(_logts(c), " INFO  OfacScreening - receiver \"", nm(_ach_name(c, p)), f"\" score=0.{c.randint(1, 40):02d} "
              "list=SDN result=NO_MATCH")
    return r


def pos_json_entry(c: Ctx) -> Rec:
    p = _person_fit(c)
    ident = _ident(c)
    obj = {"id": c.uuid(), "transactionCode": int(c.choice(["22", "27", "32"])), "RDFIIdentification": aba_routing(c.rng)[:8],
           "checkDigit": str(c.randint(0, 9)), "DFIAccountNumber": c.digits(c.randint(6, 12)),
           "amount": c.randint(5000, 900000), "identificationNumber": ident,
           "individualName": nm(_ach_name(c, p)), "discretionaryData": "", "addendaRecordIndicator": 0,
           "traceNumber": _trace(c), "category": "Forward"}
    r = Rec(is_json=True)
    r.json(obj, style=c.choice(["compact", "pretty"]))
    return r


def pos_payroll_csv(c: Ctx) -> Rec:
    r = Rec()
    if c.chance(0.7):
        r.lit("employee_id,name,ssn,routing,account,net_pay\n")
    n = c.randint(1, 4)
    for i in range(n):
        p = _person_fit(c)
        r.add(f"EMP{c.randint(1000, 999999):06d},\"", nm(p.last_first()), "\",", sn(c.ssn(c.choice(["dash", "dash", "bare"]))),
              f",{aba_routing(c.rng)},****{c.digits(4, '0123456789')},{c.randint(400, 9000)}.{c.randint(0, 99):02d}")
        if i < n - 1:
            r.lit("\n")
    return r


def pos_prenote_log(c: Ctx) -> Rec:
    p = _person_fit(c)
    r = Rec()
    r.add(_logts(c), " INFO  PrenoteService - prenote sent for employee ", f"EMP{c.randint(1000, 999999):06d} (",
          nm(p.full() if c.chance(0.5) else p.western()), "), SSN ending ", sn(c.ssn("last4")),
          f", effective {c.when().strftime('%Y-%m-%d')}")
    return r


POS = [pos_ppd_file, pos_ppd_file, pos_ppd_file, pos_mixed_file, pos_parser_log, pos_parser_log, pos_return_log,
       pos_json_entry, pos_payroll_csv, pos_prenote_log]


# ------------------------------------------------------------------------------------------ negatives
def neg_ccd_file(c: Ctx) -> Rec:
    odfi = aba_routing(c.rng)
    b = Batch(c, odfi, 1, c.choice(ORIGINATORS), "CCD")
    for _ in range(c.randint(1, 4)):
        add = None
        if c.chance(0.3):
            add = [c.choice(["INV ", "PO ", "REF "]) + str(c.randint(10000, 999999)) + " NET 30"]
        b.entry(c.choice(COMPANIES_CAPS)[:22], c.ualnum(c.randint(6, 10)), c.randint(10000, 9000000), "22", add)
    return _file(c, [b], _eff(c), c.chance(0.5))


def neg_offset_file(c: Ctx) -> Rec:
    odfi = aba_routing(c.rng)
    b = Batch(c, odfi, 1, c.choice(ORIGINATORS), "CCD")
    amt = c.randint(10000, 9000000)
    b.entry(c.choice(COMPANIES_CAPS)[:22], c.ualnum(8), amt, "22")
    b.entry("OFFSET ACCOUNT", "", amt, "27")
    return _file(c, [b], _eff(c), False)


def neg_logs(c: Ctx) -> Rec:
    msgs = [
        lambda: f"FileValidator - file {c.ualnum(8)}.ach accepted: {c.randint(1, 9)} batches, {c.randint(2, 900)} entries, hash {c.digits(10, '0123456789')}",
        lambda: f"BatchBalancer - batch {c.randint(1, 40):07d} balanced: debits={c.randint(0, 90000)}.00 credits={c.randint(0, 90000)}.00",
        lambda: f"CutoffScheduler - same-day window {c.choice(['10:30', '14:45', '16:45'])} ET closed; {c.randint(0, 90)} files queued for next window",
        lambda: f"ReturnProcessor - R{c.randint(1, 4):02d} received for CCD entry {_trace(c)} ({c.choice(COMPANIES_CAPS)})",
        lambda: f"OfacScreening - receiver \"{c.choice(COMPANIES_CAPS)}\" score=0.{c.randint(1, 40):02d} list=SDN result=NO_MATCH",
        lambda: f"SftpPoller - fetched /inbound/{c.choice(ORIGINATORS).split()[0].lower()}_{c.when().strftime('%Y%m%d')}.ach ({c.randint(1, 900)} KiB)",
    ]
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        r.lit(_logts(c) + f" {c.choice(['INFO ', 'WARN ', 'DEBUG'])} " + c.choice(msgs)())
        if i < n - 1:
            r.lit("\n")
    return r


def neg_json_entry(c: Ctx) -> Rec:
    obj = {"id": c.uuid(), "transactionCode": 22, "RDFIIdentification": aba_routing(c.rng)[:8],
           "checkDigit": str(c.randint(0, 9)), "DFIAccountNumber": c.digits(c.randint(6, 12)),
           "amount": c.randint(5000, 9000000), "identificationNumber": c.ualnum(8),
           "individualName": c.choice(COMPANIES_CAPS)[:22], "discretionaryData": "", "addendaRecordIndicator": 0,
           "traceNumber": _trace(c), "category": c.choice(["Forward", "Return", "NOC"])}
    return Rec(is_json=True).json(obj, style=c.choice(["compact", "pretty"]))


NEG = [neg_ccd_file, neg_ccd_file, neg_offset_file, neg_logs, neg_logs, neg_json_entry]
