"""Family dicom_cups_print: DICOM header dumps (dcmdump, pydicom, findscu queries, DICOM receiver
log lines) and print-server logs (CUPS page_log, error_log with filter argv, access_log, ipptool job
attributes, Windows PrintService event 307, PaperCut CSV).

A DICOM PN value `FAMILY^GIVEN^MIDDLE` is one NAME span; the prefix/suffix components (`^^DR`) and
query wildcards are outside it. Device, modality, institution and printer names are never NAME."""

from __future__ import annotations

from typing import Any

import _values as val
from _build import Rec, S, V
from _ctx import Ctx
from _names import Person, fold

_INSTITUTIONS = (
    "ST MARY HOSPITAL",
    "VICTORIA INFIRMARY",
    "CLINICA SAN JOSE",
    "KLINIKUM NORD",
    "ALEXANDRIA MEDICAL CENTRE",
    "HOPITAL SAINT LOUIS",
    "MADISON IMAGING CENTER",
    "AGA KHAN UNIVERSITY HOSPITAL",
    "FLORENCE NIGHTINGALE CLINIC",
)
_DEVICES = (
    ("CT", "SIEMENS", "SOMATOM Force"),
    ("MR", "GE MEDICAL SYSTEMS", "SIGNA Premier"),
    ("CR", "FUJIFILM Corporation", "FCR PROFECT"),
    ("US", "Philips", "EPIQ 7G"),
    ("DX", "Canon Medical Systems", "CXDI-710C"),
    ("MG", "HOLOGIC, Inc.", "Selenia Dimensions"),
)
_STUDIES = (
    "CT CHEST W/O CONTRAST",
    "MRI BRAIN WITH GADOLINIUM",
    "XR CHEST PA AND LATERAL",
    "US ABDOMEN COMPLETE",
    "MAMMO SCREENING BILAT",
    "CT ABDOMEN PELVIS",
)
_PRINTERS = (
    "HP_LaserJet_M404_4F",
    "Brother_HL-L2350DW",
    "Xerox_VersaLink_C405",
    "Canon_iR-ADV_C5550",
    "Ricoh_IM_C3000_Reception",
    "Kyocera_ECOSYS_P3145dn",
    "Victoria_Office_Colour",
    "Hudson_Floor2_Mono",
)
_SYS_USERS = ("root", "lp", "www-data", "papercut", "scanner01", "cups-pdf", "jenkins", "svc_printaudit", "anonymous")
_NEUTRAL_DOCS = (
    "Quarterly Report Q3.pdf",
    "Victoria Office Floorplan.pdf",
    "Test Page",
    "Invoice INV-2026-1188.pdf",
    "Shipping labels batch 42.pdf",
    "Hudson Leather Bag - spec sheet.pdf",
    "Fire evacuation plan.pdf",
    "Menu - Madison Cafe.docx",
    "Grace period policy v2.docx",
    "Microsoft Word - Document1",
    "untitled",
)


def _pn(p: Person, middle: bool = False) -> str:
    """DICOM person name: FAMILY^GIVEN[^MIDDLE], upper-case ASCII, with an ideographic group for CJK names."""
    base = f"{fold(p.family_rom or p.family).upper()}^{fold(p.given_rom or p.given).upper()}"
    if middle and p.middle:
        base += "^" + fold(p.middle).upper().rstrip(".")
    if p.script in ("ja", "zh", "ko"):
        base += f"={p.family}^{p.given}"
    return base


def _dcm_line(tag: str, vr: str, value: Any, name: str, blen: int | None = None) -> list[Any]:
    """One dcmdump line; value is a str or a (prefix, V, suffix) triple inside the brackets."""
    if value is None:
        left: list[Any] = [f"({tag}) {vr} (no value available)"]
        length = 0
    else:
        parts = list(value) if isinstance(value, tuple) else [value]
        text = "".join(p if isinstance(p, str) else p.value for p in parts)
        length = blen if blen is not None else len(text.encode("utf-8"))
        length += length % 2  # DICOM values are padded to an even length
        left = [f"({tag}) {vr} [", *parts, "]"]
    width = sum(len(p if isinstance(p, str) else p.value) for p in left)
    return [*left, " " * max(1, 56 - width) + f"#{length:>4}, 1 {name}"]


def _pn_val(c: Ctx, p: Person, title: bool = False) -> tuple[Any, ...]:
    v = V(_pn(p, middle=c.chance(0.3)), "NAME")
    return (v, "^^" + c.pick(["DR", "PROF", "MD"])) if title else (v,)


def _dcmdump(c: Ctx) -> Rec:
    mod, maker, model = c.pick(_DEVICES)
    neg = c.negative
    rows: list[list[Any]] = [
        ["# Dicom-File-Format"],
        [""],
        ["# Dicom-Meta-Information-Header"],
        ["# Used TransferSyntax: Little Endian Explicit"],
        _dcm_line("0002,0010", "UI", "1.2.840.10008.1.2.1", "TransferSyntaxUID"),
        [""],
        ["# Dicom-Data-Set"],
        ["# Used TransferSyntax: Little Endian Explicit"],
    ]
    p = None if neg else c.person(native_share=0.15)
    cs = "ISO_IR 192" if p is not None and not p.latin else "ISO_IR 100"
    rows.append(_dcm_line("0008,0005", "CS", cs, "SpecificCharacterSet"))
    rows.append(_dcm_line("0008,0020", "DA", f"{c.t:%Y%m%d}", "StudyDate"))
    rows.append(_dcm_line("0008,0050", "SH", f"ACC{c.n(100000, 999999)}", "AccessionNumber"))
    rows.append(_dcm_line("0008,0060", "CS", mod, "Modality"))
    rows.append(_dcm_line("0008,0070", "LO", maker, "Manufacturer"))
    rows.append(_dcm_line("0008,0080", "LO", c.pick(_INSTITUTIONS), "InstitutionName"))
    if neg or c.chance(0.4):
        rows.append(_dcm_line("0008,0090", "PN", None, "ReferringPhysicianName"))
    else:
        rows.append(
            _dcm_line(
                "0008,0090", "PN", _pn_val(c, c.person(latin_only=True), title=c.chance(0.5)), "ReferringPhysicianName"
            )
        )
    rows.append(_dcm_line("0008,1010", "SH", f"{mod}{c.n(1, 9):02d}", "StationName"))
    rows.append(_dcm_line("0008,1030", "LO", c.pick(_STUDIES), "StudyDescription"))
    if not neg and c.chance(0.3):
        rows.append(_dcm_line("0008,1070", "PN", _pn_val(c, c.person(latin_only=True)), "OperatorsName"))
    rows.append(_dcm_line("0008,1090", "LO", model, "ManufacturerModelName"))
    if neg:
        rows.append(
            _dcm_line(
                "0010,0010",
                "PN",
                c.pick(["ANONYMOUS", "PHANTOM^QA", "ANON^ANON", None, "WATER^PHANTOM"]),
                "PatientName",
            )
        )
        rows.append(_dcm_line("0010,0020", "LO", c.pick(["ANON0001", "QA-DAILY", f"TEST{c.n(1, 99)}"]), "PatientID"))
    else:
        assert p is not None
        rows.append(_dcm_line("0010,0010", "PN", _pn_val(c, p), "PatientName"))
        rows.append(_dcm_line("0010,0020", "LO", f"MRN{c.n(1000000, 9999999)}", "PatientID"))
        if c.chance(0.15):  # older US systems used the SSN as an other patient ID
            rows.append(
                _dcm_line("0010,1000", "LO", (V(val.ssn(c.rng, c.pick(["bare", "dash"])), "SSN"),), "OtherPatientIDs")
            )
        rows.append(
            _dcm_line("0010,0030", "DA", f"19{c.n(40, 99)}{c.n(1, 12):02d}{c.n(1, 28):02d}", "PatientBirthDate")
        )
    rows.append(_dcm_line("0010,0040", "CS", c.pick(["F", "M", "O"]), "PatientSex"))
    if not neg and c.chance(0.4):
        ph = c.phone()
        rows.append(
            _dcm_line("0010,2154", "SH", (V(c.pick([ph.national, ph.e164]), "PHONE"),), "PatientTelephoneNumbers")
        )
    rows.append(_dcm_line("0018,1000", "LO", str(c.n(10000, 99999)), "DeviceSerialNumber"))
    rows.append(_dcm_line("0020,000d", "UI", f"1.2.826.0.1.3680043.8.498.{c.n(10**9, 10**10)}", "StudyInstanceUID"))
    keep = rows if c.chance(0.4) else [r for r in rows[8:] if c.chance(0.75) or any(isinstance(x, V) for x in r)]
    return Rec().lines(keep)


def _pydicom(c: Ctx) -> Rec:
    """print(ds) from pydicom: `(gggg, eeee) Keyword-ish name   VR: value`."""
    mod, maker, _model = c.pick(_DEVICES)
    rows: list[list[Any]] = []

    def line(tag: str, name: str, vr: str, value: Any) -> None:
        rows.append([f"({tag}) {name:<36}{vr}: "] + (list(value) if isinstance(value, tuple) else [value]))

    line("0008, 0060", "Modality", "CS", f"'{mod}'")
    line("0008, 0070", "Manufacturer", "LO", f"'{maker}'")
    line("0008, 0080", "Institution Name", "LO", f"'{c.pick(_INSTITUTIONS).title()}'")
    if c.negative:
        line("0010, 0010", "Patient's Name", "PN", c.pick(["''", "'ANONYMOUS'", "'PHANTOM^QA'"]))
        line("0010, 0020", "Patient ID", "LO", "'ANON0001'")
    else:
        p = c.person(native_share=0.1)
        line("0010, 0010", "Patient's Name", "PN", ("'", V(_pn(p), "NAME"), "'"))
        line("0010, 0020", "Patient ID", "LO", f"'MRN{c.n(1000000, 9999999)}'")
        if c.chance(0.5):
            line(
                "0008, 0090", "Referring Physician's Name", "PN", ("'", V(_pn(c.person(latin_only=True)), "NAME"), "'")
            )
    line("0018, 1030", "Protocol Name", "LO", f"'{c.pick(_STUDIES)}'")
    line("0028, 0010", "Rows", "US", str(c.pick([512, 1024, 2048])))
    return Rec().lines(rows)


def _dicom_net(c: Ctx) -> Rec:
    """A DICOM receiver's log: DCMTK storescp/findscu verbose output or an Orthanc line."""
    r = Rec()
    k = c.n(0, 2)
    if c.negative:
        return r.lit(
            c.pick(
                [
                    "I: Association Acknowledged (Max Send PDV: 16372)",
                    f"I: Received Store Request: MsgID {c.n(1, 999)}, (CT)",
                    f"W: DIMSE Warning: (PACS,{c.pick(['CT01', 'MR02'])}): sendMessage: unable to convert dataset from 'JPEG Lossless' transfer syntax",
                    f"I1202 {c.t:%H:%M:%S}.{c.n(0, 999999):06d} main.cpp:1512] Orthanc has started",
                    f"I1202 {c.t:%H:%M:%S}.{c.n(0, 999999):06d} ServerIndex.cpp:412] Storage is full, removing patient ANON0001",
                ]
            )
        )
    p = c.person(native_share=0.05)
    if k == 0:
        return r.add(
            "I: Association Received ",
            V(c.ip4(private=True), "IP_ADDRESS"),
            f': "{c.pick(["CT01", "MR02", "US03"])}" -> "PACS"\n',
            f"I: Received Store Request: MsgID {c.n(1, 999)}, (",
            c.pick(["CT", "MR", "US"]),
            ")\n",
            "I: storing DICOM file: /var/lib/pacs/incoming/",
            V(_pn(p).split("=")[0].replace("^", "_"), "NAME"),
            f"/CT.1.2.826.0.1.3680043.8.498.{c.n(10**9, 10**10)}",
        )
    if k == 1:
        fam = V(fold(p.family_rom or p.family).upper(), "NAME")
        return r.add(
            "I: Request Identifiers:\nI: \nI: # Dicom-Data-Set\nI: (0008,0052) CS [STUDY]                                  #   6, 1 QueryRetrieveLevel\n",
            "I: (0010,0010) PN [",
            fam,
            "*]",
            " " * max(1, 35 - len(fam.value)),
            "#   ",
            str(len(fam.value) + 1 + (len(fam.value) + 1) % 2),
            ", 1 PatientName\nI: (0010,0020) LO (no value available)                     #   0, 0 PatientID",
        )
    return r.add(
        f"I1202 {c.t:%H:%M:%S}.{c.n(0, 999999):06d} OrthancRestApi.cpp:{c.n(100, 900)}] Received C-STORE from ",
        c.pick(["CT01", "MR02"]),
        " (",
        V(c.ip4(private=True), "IP_ADDRESS"),
        '): patient "',
        V(_pn(p), "NAME"),
        f'" [MRN{c.n(1000000, 9999999)}], study "{c.pick(_STUDIES)}"',
    )


# ------------------------------------------------------------------------------------ print servers
def _doc_title(c: Ctx, p: Person, sep: str = " ") -> Any:
    g, f = p.given, p.family
    name: V = V(sep.join(f"{g} {f}".split(" ")) if sep != " " else f"{g} {f}", "NAME")
    return c.pick(
        [
            S("Payslip", sep, name, sep, "Nov.pdf"),
            S("Offer letter - ", name, ".docx") if sep == " " else S("Offer_letter_", name, ".docx"),
            S("Microsoft Word - CV_", V(f"{f}_{g}".replace(" ", "_"), "NAME"), ".docx"),
            S("Lease", sep, "agreement", sep, name, ".pdf"),
            S("Boarding pass ", V(p.upper_ascii(), "NAME"), ".pdf"),
        ]
    )


def _page_log(c: Ctx) -> Rec:
    rows: list[list[Any]] = []
    for _i in range(c.n(1, 3)):
        prn, job = c.pick(_PRINTERS), c.n(100, 99999)
        when = f"[{val.clf_ts(c.later(1000, 600000))}]"
        if c.negative:
            rows.append(
                [
                    f"{prn} {c.pick(_SYS_USERS)} {job} {when} total {c.n(1, 40)} - {c.pick(['localhost', 'print01', 'ws-0412.corp.example.com'])} "
                    f"{c.pick(_NEUTRAL_DOCS).replace(' ', '_')} A4 {c.pick(['one-sided', 'two-sided-long-edge'])}"
                ]
            )
            continue
        p = c.person(latin_only=True)
        rows.append(
            [
                f"{prn} ",
                c.v_acct(p),
                f" {job} {when} total {c.n(1, 40)} - ",
                V(c.ip4(private=True), "IP_ADDRESS"),
                " ",
                _doc_title(c, p, "_"),
                f" A4 {c.pick(['one-sided', 'two-sided-long-edge'])}",
            ]
        )
    return Rec().lines(rows)


def _error_log(c: Ctx) -> Rec:
    job = c.n(100, 99999)
    prn = c.pick(_PRINTERS)
    stamp = lambda lvl: f"{lvl} [{val.clf_ts(c.later(1, 900))}] "  # noqa: E731
    if c.negative:
        user = c.pick(_SYS_USERS)
        rows = [
            [stamp("I"), f'[Job {job}] Queued on "{prn}" by "{user}".'],
            [stamp("D"), f'[Job {job}] argv[2]="{user}"'],
            [stamp("D"), f'[Job {job}] argv[3]="{c.pick(_NEUTRAL_DOCS)}"'],
            [stamp("I"), f"[Job {job}] Started filter /usr/lib/cups/filter/pdftopdf (PID {c.n(1000, 30000)})"],
            [stamp("I"), f"[Job {job}] Job completed."],
            [stamp("E"), f"[cups-deviced] PID {c.n(100, 9000)} (snmp) stopped with status 1!"],
        ]
        return Rec().lines([rows[i] for i in sorted(c.sample(range(len(rows)), c.n(2, 4)))])  # keep time order
    p = c.person(native_share=0.05)
    acct = c.v_acct(p)
    rows2: list[list[Any]] = [
        [stamp("I"), f'[Job {job}] Queued on "{prn}" by "', acct, '".'],
        [stamp("D"), f'[Job {job}] argv[2]="', acct, '"'],
        [stamp("D"), f'[Job {job}] argv[3]="', _doc_title(c, p), '"'],
        [stamp("I"), f"[Job {job}] Started filter /usr/lib/cups/filter/pdftopdf (PID {c.n(1000, 30000)})"],
        [
            stamp("E"),
            f"Returning IPP client-error-not-authorized for Print-Job (ipp://localhost/printers/{prn}) from ",
            V(c.ip4(private=True), "IP_ADDRESS"),
        ],
        [stamp("I"), f"[Job {job}] Job completed."],
    ]
    start = c.n(0, 2)
    return Rec().lines(rows2[start : start + c.n(2, 4)])


def _access_log(c: Ctx) -> Rec:
    if c.negative:
        return Rec().lit(
            f'localhost - {c.pick(_SYS_USERS)} [{val.clf_ts(c.t)}] "POST /admin/ HTTP/1.1" 200 {c.n(100, 9000)} CUPS-Get-Printers successful-ok'
        )
    p = c.person(latin_only=True)
    return Rec().add(
        V(c.ip4(private=True), "IP_ADDRESS"),
        " - ",
        c.v_acct(p),
        f' [{val.clf_ts(c.t)}] "POST /printers/{c.pick(_PRINTERS)} HTTP/1.1" 200 ',
        f"{c.n(1000, 9**8)} {c.pick(['Print-Job', 'Send-Document', 'Create-Job'])} successful-ok",
    )


def _ipptool(c: Ctx) -> Rec:
    rows: list[list[Any]] = [[f"    job-id (integer) = {c.n(100, 99999)}"]]
    if c.negative:
        rows += [
            [f"    job-originating-user-name (nameWithoutLanguage) = {c.pick(_SYS_USERS)}"],
            [f"    job-name (nameWithoutLanguage) = {c.pick(_NEUTRAL_DOCS)}"],
            [f"    job-originating-host-name (nameWithoutLanguage) = {c.pick(['localhost', 'print01'])}"],
        ]
    else:
        p = c.person(native_share=0.08)
        rows += [
            ["    job-originating-user-name (nameWithoutLanguage) = ", c.v_acct(p)],
            ["    job-name (nameWithoutLanguage) = ", _doc_title(c, p)],
            ["    job-originating-host-name (nameWithoutLanguage) = ", V(c.ip4(private=True), "IP_ADDRESS")],
        ]
    rows += [
        [f"    job-state (enum) = {c.pick(['completed', 'processing', 'pending-held'])}"],
        [f"    job-printer-uri (uri) = ipp://print01.corp.example.com:631/printers/{c.pick(_PRINTERS)}"],
    ]
    return Rec().lines(rows)


def _win307(c: Ctx) -> Rec:
    prn = c.pick(["HP-4F-Mono", "Canon-Reception", "Xerox-Finance", "Victoria-Office-Colour"])
    port_ip = c.ip4(private=True)
    head = f"{c.t:%Y-%m-%dT%H:%M:%S}.{c.n(0, 9999999):07d}Z Microsoft-Windows-PrintService/Operational 307 "
    if c.negative:
        return Rec().lit(
            head
            + f"Document {c.n(1, 999)}, {c.pick(_NEUTRAL_DOCS)} owned by {c.pick(_SYS_USERS)} on \\\\{c.pick(['PRINT01', 'WS-0412', 'KIOSK-02'])} "
            f"was printed on {prn} through port WSD-{val.uuid(c.rng)}. Size in bytes: {c.n(1000, 9**8)}. Pages printed: {c.n(1, 30)}. No user action is required."
        )
    p = c.person(latin_only=True)
    return Rec().add(
        head + f"Document {c.n(1, 999)}, ",
        _doc_title(c, p),
        " owned by ",
        c.v_acct(p),
        f" on \\\\{c.pick(['WS-0412', 'LT-7F3K2Q', 'VDI-113'])} was printed on {prn} through port IP_",
        V(port_ip, "IP_ADDRESS"),
        f". Size in bytes: {c.n(1000, 9**8)}. Pages printed: {c.n(1, 30)}. No user action is required.",
    )


def _papercut(c: Ctx) -> Rec:
    r = Rec().lit(
        "Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Duplex,Grayscale\n"
        if c.chance(0.4)
        else ""
    )
    if c.negative:
        return r.lit(
            f"{c.t:%Y-%m-%d %H:%M:%S},{c.pick(_SYS_USERS)},{c.n(1, 30)},1,srv-print01\\{c.pick(_PRINTERS)},{c.pick(_NEUTRAL_DOCS)},"
            f"{c.pick(['WS-0412', 'KIOSK-02'])},A4,PCL6,DUPLEX,GRAYSCALE"
        )
    p = c.person(latin_only=True)
    # the client column is the workstation; a personal laptop is often named after its owner
    clients: list[Any] = [
        f"WS-{c.n(100, 999)}",
        S(V(p.first(), "NAME"), "s-MacBook-Pro"),
        S(V(p.first(), "NAME"), "-laptop"),
    ]
    return r.add(
        f"{c.t:%Y-%m-%d %H:%M:%S},",
        c.v_acct(p),
        f",{c.n(1, 30)},1,srv-print01\\{c.pick(_PRINTERS)},",
        _doc_title(c, p),
        ",",
        c.pick(clients),
        f",A4,{c.pick(['PCL6', 'PostScript'])},{c.pick(['DUPLEX', 'NOT DUPLEX'])},GRAYSCALE",
    )


def dicom_cups_print(c: Ctx) -> Rec:
    fns = [_dcmdump, _dcmdump, _pydicom, _dicom_net, _page_log, _error_log, _access_log, _ipptool, _win307, _papercut]
    return c.pick(fns)(c)
