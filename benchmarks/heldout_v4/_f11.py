"""f11 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES_CAPS
from _people import Person, fold
from _seg import M, Rec, T, em, nm, ph
from _values import gln

AIRPORTS = ("LHR", "JFK", "FRA", "CDG", "DXB", "SIN", "GRU", "NRT", "YYZ", "MAD", "IST", "JNB", "SYD", "BOM", "MEX")
CARRIERS = ("XY", "QZ", "ZB", "VX", "KJ")
CITIES = (("MADRID", "28013", "ES"), ("LYON", "69002", "FR"), ("KOELN", "50667", "DE"), ("LEEDS", "LS1 4DY", "GB"),
          ("PORTO", "4000-123", "PT"), ("GDANSK", "80-001", "PL"), ("OSAKA", "530-0001", "JP"), ("PUNE", "411001", "IN"))
STREETS = ("CALLE MAYOR 12", "RUE DU PORT 4", "HAUPTSTRASSE 81", "HIGH STREET 9", "AVENIDA DA LIBERDADE 22",
           "ULICA DLUGA 5", "4-2-1 KITAHAMA", "MG ROAD 17")
LATIN1 = set(chr(i) for i in range(0x20, 0x100))


def _ea(s: str) -> str:
    """Upper-case UNOA form (no apostrophes, diacritics folded)."""
    return fold(s).upper().replace("'", "")


def _unoc(s: str) -> str:
    return s if all(ch in LATIN1 for ch in s) else fold(s)


def _dt(c: Ctx) -> tuple[str, str]:
    t = c.when()
    return t.strftime("%y%m%d"), t.strftime("%H%M")


def _edi_phone(c: Ctx, p: Person) -> list[Any]:
    """A COM phone value; a '+' must be released with '?', which stays outside the span."""
    num = c.phone(p, c.choice(["e164np", "intl00", "nat", "e164", "intl"]))
    if num.startswith("+"):
        return ["?", ph(num)]
    return [ph(num)]


def _interchange(c: Ctx, segs: list[list[Any]], charset: str, sender: str, recipient: str, one_line: bool,
                 una: bool = True) -> Rec:
    d, t = _dt(c)
    ctrl = f"{c.randint(1, 999999):09d}"
    body = [["UNB+", charset, "+", sender, "+", recipient, f"+{d}:{t}+{ctrl}"], *segs]
    body.append([f"UNZ+1+{ctrl}"])
    if una:
        body.insert(0, ["UNA:+.? "])
    r = Rec()
    nl = "\r\n" if c.chance(0.2) else "\n"
    for i, s in enumerate(body):
        r.add(*s, "'")
        if not one_line and i < len(body) - 1:
            r.lit(nl)
    return r


def _msg(ref: str, kind: str, segs: list[list[Any]]) -> list[list[Any]]:
    out = [[f"UNH+{ref}+{kind}"], *segs]
    out.append([f"UNT+{len(out) + 1}+{ref}"])
    return out


def _pax(c: Ctx, p: Person, arr: str, dep: str) -> list[list[Any]]:
    city, pc, cc_ = c.choice(CITIES)
    dob = f"{c.randint(50, 99)}{c.randint(1, 12):02d}{c.randint(1, 28):02d}"
    name = M(nm(_ea(p.rom_family) + ":" + _ea(p.rom_given)))
    segs: list[list[Any]] = [["NAD+FL+++", name, "+", c.choice(STREETS), "+", city, "++", pc, "+", cc_]]
    segs += [[f"ATT+2++{'M' if p.gender == 'm' else 'F'}"], [f"DTM+329:{dob}"], [f"LOC+22+{arr}"], [f"LOC+178+{dep}"],
             [f"LOC+179+{arr}"], [f"NAT+2+{cc_}"], [f"RFF+AVF:{c.ualnum(6)}"], [f"DOC+P:110:111+{c.ualnum(9)}"],
             [f"DTM+36:{c.randint(27, 35)}{c.randint(1, 12):02d}{c.randint(1, 28):02d}"], [f"LOC+91+{cc_}"]]
    return segs


# ------------------------------------------------------------------------------------------ positives
def pos_paxlst(c: Ctx) -> Rec:
    dep, arr = c.sample(AIRPORTS, 2)
    car = c.choice(CARRIERS)
    flight = f"{car}{c.randint(10, 9999)}"
    d, t = _dt(c)
    segs: list[list[Any]] = [["BGM+745"]]
    if c.chance(0.5):
        contact = c.person(scripts=0.0)
        segs += [["NAD+MS+++", nm(_ea(contact.western()))], ["COM+", *_edi_phone(c, contact), ":TE"]]
    else:
        segs += [["NAD+MS+++OPS CONTROL"]]
    segs += [[f"TDT+20+{flight}+++{car}"], [f"LOC+125+{dep}"], [f"DTM+189:{d}{t}:201"], [f"LOC+87+{arr}"],
             [f"DTM+232:{d}{c.randint(10, 23)}{c.randint(0, 59):02d}:201"]]
    n = c.randint(1, 3)
    for _ in range(n):
        segs += _pax(c, c.person(scripts=0.08), arr, dep)
    segs.append([f"CNT+42:{n}"])
    ref = f"PAX{c.randint(1, 999):03d}"
    msg = _msg(ref, "PAXLST:D:05B:UN:IATA+" + f"{flight}/{d}/{t}+01:F", segs)
    grp = str(c.randint(1, 99))
    msg = [[f"UNG+PAXLST+{car}+USCSAPIS+{d}:{t}+{grp}+UN+D:05B"], *msg, [f"UNE+1+{grp}"]]
    return _interchange(c, msg, "UNOA:4", f"{car}APIS", "USCSAPIS", c.chance(0.25))


def pos_pnrgov(c: Ctx) -> Rec:
    dep, arr = c.sample(AIRPORTS, 2)
    car = c.choice(CARRIERS)
    fl = c.randint(10, 9999)
    d, t = _dt(c)
    segs: list[list[Any]] = [["MSG+:22"], [f"ORG+{car}:{dep}+{c.digits(8)}:LON+LON+T+GB+{c.ualnum(8)}"],
                             [f"TVL+{d}:{t}+{dep}+{arr}+{car}+{fl}"], ["EQN+1"], ["SRC"], [f"RCI+{car}:{c.ualnum(6)}"],
                             [f"DAT+700:{d}:{t}"]]
    for i in range(c.randint(1, 2)):
        p = c.person(scripts=0.05)
        fam, giv = _ea(p.rom_family), _ea(p.rom_given)
        segs.append(["TIF+", nm(fam), "+", nm(giv), f":A:{i + 1}"])
        segs.append([f"FTI+{car}:{c.digits(9)}"])
        if c.chance(0.8):
            dob = c.when().strftime("%d%b").upper() + str(c.randint(50, 99))
            segs.append([f"SSR+DOCS:HK:1:{car}:::::/P/{c.choice(['ESP', 'GBR', 'DEU', 'IND', 'JPN', 'BRA'])}/{c.ualnum(9)}/"
                         f"{c.choice(['ESP', 'GBR', 'DEU'])}/{dob}/{'M' if p.gender == 'm' else 'F'}/01JAN{c.randint(28, 35)}/",
                         nm(f"{fam}/{giv}")])
        if c.chance(0.6):
            segs.append([f"SSR+CTCM:HK:1:{car}:::::/", ph(c.phone(p, "e164np"))])
        segs.append([f"TKT+{c.choice(['125', '057', '016', '176'])}{c.digits(10, '0123456789')}:T:1"])
    msg = _msg(str(c.randint(1, 99)), f"PNRGOV:11:1:IA+{car}{fl}/{d}/{t}", segs)
    return _interchange(c, msg, "UNOA:4", car, f"{c.choice(['GBUKBF', 'CACBSA', 'AUDHA'])}PNR", c.chance(0.25))


def _parties(c: Ctx) -> tuple[str, str]:
    return gln(c.rng), gln(c.rng)


def pos_orders(c: Ctx) -> Rec:
    buyer, supplier = _parties(c)
    p = c.person(scripts=0.0)
    d, _t = _dt(c)
    segs: list[list[Any]] = [[f"BGM+220+PO{c.randint(10000, 999999)}+9"], [f"DTM+137:20{d}:102"],
                             [f"NAD+BY+{buyer}::9"], ["CTA+OC+:", nm(_unoc(p.western()))]]
    if c.chance(0.8):
        segs.append(["COM+", *_edi_phone(c, p), ":TE"])
    if c.chance(0.7):
        segs.append(["COM+", em(c.email(p)), ":EM"])
    segs += [[f"NAD+SU+{supplier}::9"]]
    for i in range(c.randint(1, 3)):
        segs += [[f"LIN+{i + 1}++{gln(c.rng, '40')}:EN"], [f"QTY+21:{c.randint(1, 500)}"]]
    segs += [["UNS+S"], ["CNT+2:1"]]
    msg = _msg(str(c.randint(1, 9999)), "ORDERS:D:96A:UN:EAN008", segs)
    return _interchange(c, msg, "UNOC:3", f"{buyer}:14", f"{supplier}:14", c.chance(0.3), una=c.chance(0.5))


def pos_parcel(c: Ctx) -> Rec:
    shipper, carrier = _parties(c)
    p = c.person(scripts=0.0)
    city, pc, cc_ = c.choice(CITIES)
    d, t = _dt(c)
    segs: list[list[Any]] = [[f"BGM+610+SHP{c.randint(100000, 9999999)}+9"], [f"DTM+137:20{d}{t}:203"],
                             [f"NAD+CZ+{shipper}::9"], [f"NAD+CA+{carrier}::9"],
                             ["NAD+CN+++", nm(_ea(p.western())), "+", c.choice(STREETS), "+", city, "++", pc, "+", cc_]]
    segs.append(["CTA+IC+:", nm(_ea(p.western()))])
    segs.append(["COM+", *_edi_phone(c, p), ":TE"])
    if c.chance(0.5):
        segs.append(["COM+", T(c.email(p).upper(), "EMAIL"), ":EM"])
    segs += [[f"GID+1+{c.randint(1, 4)}:PK"], [f"MEA+WT+AAB+KGM:{c.randint(1, 40)}.{c.randint(0, 9)}"]]
    msg = _msg(str(c.randint(1, 9999)), "IFTMIN:D:04A:UN", segs)
    return _interchange(c, msg, "UNOC:3", f"{shipper}:14", f"{carrier}:14", c.chance(0.3))


def _logts(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def pos_gateway_log(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    r = Rec()
    ctrl = f"{c.randint(1, 999999):09d}"
    sender = gln(c.rng)
    kind = c.choice(["PAXLST D05B", "IFTMIN D04A", "ORDERS D96A"])
    r.lit(f"{_logts(c)} INFO  [as2-in] Received interchange {ctrl} from {sender} ({kind}) {c.randint(12, 400)} segments\n")
    k = c.randint(0, 3)
    if k == 0:
        r.add(_logts(c), f" ERROR [edi-validate] Segment {c.randint(5, 60)} 'NAD+FL+++", nm(_ea(p.rom_family) + ":" + _ea(p.rom_given)),
              "' element 3036: value exceeds 35 characters")
    elif k == 1:
        r.add(_logts(c), " WARN  [edi-map] CTA contact '", nm(p.western()), "' has no COM segment; using ", em(c.email(p)),
              " from partner profile")
    elif k == 2:
        r.add(_logts(c), f" ERROR [edi-validate] Segment {c.randint(5, 60)} 'COM+", *_edi_phone(c, p),
              ":TX' qualifier 3155 'TX' not allowed")
    else:
        r.add(_logts(c), " INFO  [watchlist] PAX ", nm(_ea(p.rom_family) + "/" + _ea(p.rom_given)),
              f" flight {c.choice(CARRIERS)}{c.randint(10, 9999)} screened: no match")
    return r


POS = [pos_paxlst, pos_paxlst, pos_paxlst, pos_pnrgov, pos_pnrgov, pos_orders, pos_orders, pos_parcel, pos_gateway_log,
       pos_gateway_log]


# ------------------------------------------------------------------------------------------ negatives
def neg_desadv(c: Ctx) -> Rec:
    shipper, buyer = _parties(c)
    d, _t = _dt(c)
    segs: list[list[Any]] = [[f"BGM+351+DN{c.randint(10000, 999999)}+9"], [f"DTM+137:20{d}:102"],
                             [f"NAD+SU+{shipper}::9++{c.choice(COMPANIES_CAPS)}+INDUSTRIEWEG 4+VENLO++5928 PH+NL"],
                             [f"NAD+BY+{buyer}::9++{c.choice(COMPANIES_CAPS)}"], ["CTA+IC+:PURCHASING DEPT"]]
    for i in range(c.randint(1, 3)):
        segs += [[f"LIN+{i + 1}++{gln(c.rng, '87')}:EN"], [f"QTY+12:{c.randint(1, 900)}"]]
    segs += [["CNT+2:1"]]
    msg = _msg(str(c.randint(1, 9999)), "DESADV:D:96A:UN:EAN005", segs)
    return _interchange(c, msg, "UNOC:3", f"{shipper}:14", f"{buyer}:14", c.chance(0.3))


def neg_invoic(c: Ctx) -> Rec:
    sup, buy = _parties(c)
    d, _t = _dt(c)
    segs: list[list[Any]] = [[f"BGM+380+INV{c.randint(10000, 999999)}+9"], [f"DTM+137:20{d}:102"],
                             [f"NAD+SU+{sup}::9++{c.choice(COMPANIES_CAPS)}"], [f"NAD+BY+{buy}::9++{c.choice(COMPANIES_CAPS)}"],
                             ["CUX+2:EUR:4"], [f"MOA+77:{c.randint(100, 90000)}.{c.randint(0, 99):02d}"],
                             [f"TAX+7+VAT+++:::{c.choice([7, 19, 21])}"]]
    msg = _msg(str(c.randint(1, 9999)), "INVOIC:D:96A:UN:EAN008", segs)
    return _interchange(c, msg, "UNOC:3", f"{sup}:14", f"{buy}:14", c.chance(0.4))


def neg_contrl(c: Ctx) -> Rec:
    a, b = _parties(c)
    ctrl = f"{c.randint(1, 999999):09d}"
    segs = _msg(str(c.randint(1, 9999)), "CONTRL:D:3:UN", [[f"UCI+{ctrl}+{a}:14+{b}:14+{c.choice(['4', '7', '8'])}"]])
    return _interchange(c, segs, "UNOC:3", f"{b}:14", f"{a}:14", c.chance(0.5), una=False)


def neg_iftsta(c: Ctx) -> Rec:
    a, b = _parties(c)
    d, t = _dt(c)
    segs = _msg(str(c.randint(1, 9999)), "IFTSTA:D:01B:UN", [
        [f"BGM+23+ST{c.randint(10000, 999999)}+9"], [f"DTM+137:20{d}{t}:203"], [f"CNI+1+SHP{c.randint(100000, 9999999)}"],
        [f"STS+1+{c.choice(['21', '22', '23', '24'])}"], [f"LOC+175+{c.choice(['DEHAM', 'NLRTM', 'BEANR', 'GBFXT'])}"]])
    return _interchange(c, segs, "UNOA:3", f"{a}:14", f"{b}:14", c.chance(0.3))


def neg_gateway(c: Ctx) -> Rec:
    msgs = [lambda: f"INFO  [as2-in] Received interchange {c.randint(1, 999999):09d} from {gln(c.rng)} (DESADV D96A) {c.randint(12, 400)} segments",
            lambda: f"INFO  [as2-out] MDN signed and returned to {c.choice(COMPANIES_CAPS)} (message-id {c.hex(16)})",
            lambda: f"WARN  [edi-validate] Segment {c.randint(5, 60)} 'QTY+12:-4' negative quantity",
            lambda: f"INFO  [edi-map] INVOIC {c.randint(10000, 99999)} mapped to ERP document {c.randint(10**6, 10**7)}",
            lambda: f"ERROR [sftp] {c.choice(COMPANIES_CAPS)}: permission denied on /outbound/desadv"]
    n = c.randint(1, 3)
    return Rec().lit("\n".join(f"{_logts(c)} {c.choice(msgs)()}" for _ in range(n)))


NEG = [neg_desadv, neg_desadv, neg_invoic, neg_contrl, neg_iftsta, neg_gateway, neg_gateway]
