"""Families 1-6 of pack_q: practice management, reference labs, pet insurance, shelters, microchips, breed
registries. Each template takes a Ctx and returns segments (see core.py)."""

from __future__ import annotations

from core import (
    CLINICS,
    COMPANIES,
    CSV,
    IP,
    PLACES,
    PRODUCTS,
    PY,
    SERVICE_ACCTS,
    SPECIES_WORD,
    STATUS,
    UI,
    XML,
    C,
    Cat,
    E,
    J,
    N,
    P,
    form,
    pct,
    xesc,
)
from names import fold

SITES = ("NGT01", "RVS02", "LKS03", "MPL04", "HRG05", "VPK06", "AUR07")
CHIP_MFR = ("Harrison Microtag Ltd", "Novak Identi s.r.o.", "Lindgren ChipTech AB", "Moreau Identification SA",
            "Okafor Tags Nigeria Ltd")
DVM_ROLES = ("DVM", "RVT", "VTS", "CSR", "PM", "VA")


def _sp(c):
    sp, br = c.species()
    return sp, br


# ============================================================ 1. pims_record_audit

def pims_logfmt(c):
    vet, cl = c.person(native=False), c.person()
    sp, br = _sp(c)
    name = c.ch((cl.lf(), cl.latin(), cl.LF()))
    acct = c.acct(vet, c.ch(("flast", "firstl", "lastf", "f.last", "first.last")))
    ws = acct.replace(".", "").upper() if c.p(0.7) else vet.kf().upper()
    return [f"ts={c.ts()} app=pims-core site={c.ch(SITES)} evt=medical_record.signed user=", N(acct),
            f" role={c.ch(DVM_ROLES[:3])} patient_id=P-{c.digits(6)} patient=\"{c.pet()}\" species={sp} "
            f"breed=\"{br}\" client=\"", N(name), f"\" soap_section={c.ch('SOAP')} src_ip=", IP(c.ip()),
            " ws=", c.ch(("EXAM3-", "SURG-", "")), N(ws), "-LT", f" dur_ms={c.num(3, 900)}"]


def pims_merge(c):
    a = c.person()
    b = c.relative(a) if c.p(0.3) else a
    staff = c.person(native=False)
    dup = c.ch((a.up(), a.LF()))
    return [f"{c.date()} {c.time()}|CLIENT_MERGE|site={c.ch(SITES)}|src=C-{c.digits(5)} \"", N(dup),
            f"\"|dst=C-{c.digits(5)} \"", N(b.latin()), "\"|merged_by=", c.ch(("CLINIC\\", "VETNET\\", "")),
            N(c.acct(staff)), "|reason=duplicate mobile ", P(c.phone()), f"|patients_moved={c.num(1, 4)}"]


def pims_sql(c):
    cl = c.person()
    staff = c.person(native=False)
    ph = c.phone()
    return [f"{c.date()} {c.time()}.{c.digits(3)} UTC [{c.num(1000, 39999)}] ", N(c.acct(staff, "first_last")),
            f"@pims LOG:  duration: {c.num(1, 40)}.{c.digits(3)} ms  statement: UPDATE clients SET last_name = '",
            N(cl.family().replace("'", "''")), "', first_name = '", N(cl.given().replace("'", "''")), "', mobile = '", P(ph),
            "', email = '", E(c.email(cl)), f"', updated_at = now() WHERE client_id = {c.num(10000, 99999)}"]


def pims_cli_users(c):
    rows = []
    n = c.num(2, 4)
    for _ in range(n):
        p = c.person(native=False)
        acct = c.acct(p)
        disp = c.ch((p.latin(), p.lf()))
        rows.append((acct, disp, c.ch(DVM_ROLES), f"{c.date()} {c.time()[:5]}", c.ip4()))
    w1 = max(len(r[0]) for r in rows) + 2
    w2 = max(len(r[1]) for r in rows) + 2
    out = [f"$ pimsctl users list --site {c.ch(SITES)} --active\n",
           "USERNAME".ljust(w1), "DISPLAY NAME".ljust(w2), "ROLE  LAST LOGIN        FROM\n"]
    for a, d, role, last, ip in rows:
        out += [N(a), " " * (w1 - len(a)), N(d), " " * (w2 - len(d)), role.ljust(6), last.ljust(18), IP(ip), "\n"]
    out.append(f"({n} users)")
    return out


def pims_java(c):
    cl = c.person()
    staff = c.person(native=False)
    mob = c.phone()
    return [f"{c.date()} {c.time()},{c.digits(3)} ERROR [http-nio-8443-exec-{c.num(1, 40)}] "
            "c.v.pims.records.ChartController - save failed\n"
            f"com.vetsys.pims.records.RecordLockedException: Patient P-{c.digits(6)} locked by session of ",
            N(c.acct(staff)), f" since {c.time()[:5]}\n"
            "\tat com.vetsys.pims.records.LockService.assertFree(LockService.java:118)\n"
            "\tat com.vetsys.pims.records.ChartController.save(ChartController.java:77)\n"
            f"Caused by: java.lang.IllegalStateException: owner mismatch Client{{id={c.num(10000, 99999)}, "
            "firstName='", N(cl.given()), "', lastName='", N(cl.family()), "', preferredName=null, mobile='", P(mob),
            f"', balance={c.num(0, 900)}.{c.digits(2)}}}\n\t... {c.num(8, 40)} more"]


def pims_json(c):
    vet, co, cl = c.person(native=False), c.person(native=False), c.person()
    sp, br = _sp(c)
    doc = {"event": "chart.amend", "site": c.ch(SITES),
           "patient": {"id": f"P-{c.digits(6)}", "name": c.pet(), "species": sp, "breed": br},
           "amended_by": {"username": N(c.acct(vet)), "display": Cat("Dr. ", N(vet.latin()))},
           "co_signed_by": N(co.lf()), "client": {"last_name": N(cl.family()), "id": f"C-{c.digits(5)}"},
           "reason": c.ch(("late entry", "dose correction", "wrong patient", "addendum")), "ts": c.ts()}
    return [f"{c.time()} INFO audit ", J(doc, compact=c.p(0.5), ascii_=c.p(0.3))]


def pims_de(c):
    cl, staff = c.person(), c.person(native=False)
    anrede = "Frau" if cl.gender == "f" else "Herr"
    sp, _ = _sp(c)
    return [f"{c.date('.')} {c.time()} [PIMS] Patientenakte geändert: Patient „{c.pet()}“ ({sp}), Besitzer: "
            f"{anrede} ", N(cl.family()), ", geändert von ", N(c.acct(staff)), f" – Feld Gewicht "
            f"{c.num(2, 40)},{c.num(0, 9)} kg"]


def pims_neg_logfmt(c):
    sp, br = _sp(c)
    return [f"ts={c.ts()} app=pims-core site={c.ch(SITES)} evt=medical_record.autosave user={c.ch(SERVICE_ACCTS)} "
            f"patient_id=P-{c.digits(6)} patient=\"{c.pet()}\" species={sp} breed=\"{br}\" client_id=C-{c.digits(5)} "
            f"status=\"{c.ch(STATUS)}\" dur_ms={c.num(3, 900)}"]


def pims_neg_cli(c):
    rows = [(a, d, r) for a, d, r in (("reminder-bot", "Reminder Service", "SVC"), ("kiosk-frontdesk", "Front Desk Kiosk", "KIOSK"),
                                      ("labbridge", "Lab Integration", "SVC"), ("SYSTEM", "System", "ROOT"),
                                      ("etl_vet", "Nightly ETL", "SVC"), ("pos-terminal-2", "Charlie POS Lane 2", "POS"))]
    c.r.shuffle(rows)
    out = [f"$ pimsctl users list --site {c.ch(SITES)} --service\n", "USERNAME".ljust(18), "DISPLAY NAME".ljust(22),
           "ROLE   LAST LOGIN\n"]
    for a, d, r in rows[:c.num(2, 5)]:
        out.append(f"{a.ljust(18)}{d.ljust(22)}{r.ljust(7)}{c.date()} {c.time()[:5]}\n")
    return out + ["(service accounts only)"]


def pims_neg_java(c):
    sp, br = _sp(c)
    return [f"{c.date()} {c.time()},{c.digits(3)} WARN [quartz-{c.num(1, 9)}] c.v.pims.sync.PatientSync - skipped\n"
            f"com.vetsys.pims.sync.StaleRecordException: Patient{{id=P-{c.digits(6)}, name='{c.pet()}', species='{sp}', "
            f"breed='{br}', clinic='{c.ch(CLINICS)}', status='{c.ch(STATUS)}'}}\n"
            "\tat com.vetsys.pims.sync.PatientSync.push(PatientSync.java:212)\n\t... 14 more"]


def pims_neg_sql(c):
    return [f"{c.date()} {c.time()}.{c.digits(3)} UTC [{c.num(1000, 39999)}] {c.ch(('svc_pims_sync', 'etl_vet'))}@pims LOG:  "
            f"duration: {c.num(1, 40)}.{c.digits(3)} ms  statement: UPDATE patients SET weight_kg = {c.num(2, 60)}.{c.num(0, 9)}, "
            f"status = '{c.ch(STATUS)}', name = '{c.pet()}' WHERE patient_id = {c.num(100000, 999999)}"]


def pims_neg_ui(c):
    return [f"{c.time()} ui[{c.ch(SITES)}] toast=\"{c.ch(UI)}\" locale={c.ch(('de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'tr-TR', 'ko-KR'))} "
            f"module={c.ch(PRODUCTS)}"]


# ============================================================ 2. reference_lab_results

TESTS = (("ALT", "U/L"), ("BUN", "mg/dL"), ("CREA", "mg/dL"), ("SDMA", "µg/dL"), ("GLU", "mg/dL"), ("K", "mmol/L"),
         ("T4", "µg/dL"), ("HCT", "%"), ("WBC", "K/µL"), ("PLT", "K/µL"))


def _results(c, n=3):
    out = []
    for code, unit in c.r.sample(TESTS, n):
        out.append({"code": code, "value": round(c.r.uniform(0.5, 180), 1), "units": unit,
                    "flag": c.ch(("N", "H", "L", "HH"))})
    return out


def lab_webhook(c):
    vet, cl = c.person(native=False), c.person()
    sp, br = _sp(c)
    doc = {"accession": f"A{c.digits(4)}-{c.digits(6)}", "status": "FINAL",
           "clinic": {"account": c.digits(5), "name": c.ch(CLINICS)},
           "patient": {"name": c.pet(), "species": sp.upper(), "breed": br, "sex": c.ch(("MN", "FS", "M", "F"))},
           "client": {"lastName": N(cl.family()), "firstName": N(cl.given())},
           "orderingVeterinarian": {"name": N(vet.latin()), "id": f"V{c.digits(4)}"},
           "results": _results(c, c.num(2, 4)), "notify": [E(c.email(vet, "northgatevets.example"))]}
    return [f"[{c.ts()}] lab-gateway POST /hooks/results -> 202\n", J(doc, indent=2, ascii_=c.p(0.25))]


def lab_critical(c):
    tech, labber = c.person(native=False), c.person(native=False)
    code, unit = c.ch(TESTS)
    return [f"CRIT_CALL acc=A{c.digits(4)}-{c.digits(6)} test={code} value={c.num(1, 900)}.{c.num(0, 9)} {unit} "
            "called_to=\"", N(tech.latin()), f", {c.ch(('RVT', 'DVM', 'LVT'))}\" by=", N(c.acct(labber)),
            " readback=Y callback=", P(c.phone()), f" elapsed={c.num(2, 59)}m"]


def lab_xml(c):
    vet, cl = c.person(native=False), c.person()
    sp, _ = _sp(c)
    own = c.ch((cl.LF(), cl.lf()))
    x = ["<LabReport version=\"2.1\"><Requisition id=\"", c.digits(8), "\"><Veterinarian><Last>", xesc(N(vet.f)),
         "</Last><First>", xesc(N(vet.g)), "</First></Veterinarian><Owner>", xesc(N(own)),
         f"</Owner><Patient name=\"{c.pet()}\" species=\"{sp}\"/></Requisition><Result code=\"{c.ch(TESTS)[0]}\" "
         f"value=\"{c.num(1, 99)}\"/></LabReport>"]
    return [f"{c.time()} DEBUG lab.inbound payload=", XML(x)]


def lab_analyzer(c):
    cl, op = c.person(), c.person(native=False)
    pet = c.pet().upper()
    return [f"<134>{c.syslog_ts()} labstation-{c.num(1, 6):02d} hema-analyzer[{c.num(200, 9999)}]: run={c.num(1000, 9999)} "
            f"sample=\"{pet} ", N(cl.family().upper() if not cl.native else cl.family()), "\" operator=",
            N(c.acct(op)), " uploaded to pims host=", IP(c.ip4()), f" qc=PASS wbc={c.num(3, 30)}.{c.num(0, 9)}"]


def lab_pdf(c):
    cl = c.person(native=False)
    fam = cl.kf().capitalize() if c.p(0.5) else cl.f.replace(" ", "")
    pet = c.pet()
    return [IP(c.ip()), f" - - [{c.num(1, 28):02d}/Mar/2025:{c.time()} +0000] \"GET /reports/2025/03/A{c.digits(10)}_",
            N(fam), f"_{pet}.pdf HTTP/1.1\" 200 {c.num(20000, 900000)} \"-\" \"Mozilla/5.0\""]


def lab_csv(c):
    rows = [["accession", "received", "patient", "owner_last", "owner_first", "vet", "panel", "status"]]
    for _ in range(c.num(2, 4)):
        cl, vet = c.person(), c.person(native=False)
        rows.append([f"A{c.digits(4)}-{c.digits(6)}", c.date(), c.pet(), N(cl.family()), N(cl.given()),
                     Cat("Dr. ", N(vet.f)), c.ch(("Chem 17", "CBC", "SDMA", "T4", "Fecal O&P", "UA")),
                     c.ch(("FINAL", "PARTIAL", "PENDING"))])
    return [f"# export {c.date()} site={c.ch(SITES)}\n", CSV(rows)]


def lab_es(c):
    vet, tech = c.person(native=False), c.person(native=False)
    t = "Dra." if vet.gender == "f" else "Dr."
    return c.ch((
        [f"{c.date('/')} {c.time()} Resultado crítico comunicado a {t} ", N(vet.f), " por ", N(c.acct(tech)),
         f" (muestra A{c.digits(6)}, {c.ch(TESTS)[0]})"],
        [f"{c.date('/')} {c.time()} Resultado crítico comunicado {'à' if vet.gender == 'f' else 'ao'} {t} ",
         N(vet.latin()), " pelo técnico ",
         N(tech.g), f" às {c.time()[:5]}"],
    ))


def lab_neg_qc(c):
    return [f"{c.ts()} hema-analyzer[{c.num(200, 9999)}]: QC level={c.ch(('1', '2', '3'))} lot=QC{c.digits(6)} "
            f"result={c.ch(('PASS', 'FAIL', 'WARN'))} operator={c.ch(('labbridge', 'SYSTEM', 'qc-auto'))} "
            f"analyzer fw v{c.num(1, 9)}.{c.num(0, 20)}.{c.num(0, 9)}.{c.num(0, 99)}"]


def lab_neg_csv(c):
    rows = [["code", "name", "specimen", "tat_hours", "price"]]
    for code, _ in c.r.sample(TESTS, 3):
        rows.append([code, c.ch(("Chem 17", "Comprehensive Panel", "Thyroid Panel", "Renal Profile", "Victoria Panel")),
                     c.ch(("Serum", "EDTA", "Urine")), str(c.num(2, 72)), f"{c.num(10, 200)}.00"])
    return [CSV(rows)]


def lab_neg_json(c):
    sp, br = _sp(c)
    doc = {"accession": f"A{c.digits(4)}-{c.digits(6)}", "status": c.ch(("RECEIVED", "IN_PROCESS", "FINAL")),
           "clinic": {"account": c.digits(5), "name": c.ch(CLINICS)}, "patient": {"name": c.pet(), "species": sp,
                                                                               "breed": br},
           "results": _results(c, 2), "courier": c.ch(COMPANIES)}
    return [f"[{c.ts()}] lab-gateway POST /hooks/results -> 202\n", J(doc, indent=2)]


def lab_neg_xml(c):
    x = [f"<LabReport version=\"2.1\"><Requisition id=\"{c.digits(8)}\"><Clinic>{xesc(c.ch(CLINICS))[0][0]}</Clinic>"
         f"<Patient name=\"{c.pet()}\" species=\"{c.ch(('Canine', 'Feline'))}\"/></Requisition></LabReport>"]
    return [f"{c.time()} DEBUG lab.inbound payload=", XML(x)]


# ============================================================ 3. pet_insurance_claims

def ins_json(c):
    ph, vet = c.person(), c.person(native=False)
    sp, br = _sp(c)
    doc = {"claimId": f"CLM-{c.digits(8)}", "policy": f"POL{c.digits(7)}",
           "policyholder": {"givenName": N(ph.given()), "familyName": N(ph.family()), "email": E(c.email(ph)),
                            "phone": P(c.phone())},
           "pet": {"name": c.pet(), "species": sp, "breed": br},
           "treatment": {"clinic": c.ch(CLINICS), "vet": N(vet.latin()), "date": c.date(),
                         "invoiceTotal": round(c.r.uniform(80, 4000), 2)},
           "payout": c.ch(("direct_to_clinic", "policyholder_bank"))}
    return [f"{c.ts()} claims-api INFO submit ", J(doc, compact=True, ascii_=c.p(0.3))]


def ins_rule(c):
    vet, adj = c.person(native=False), c.person(native=False)
    t = c.ch(("Dr. ", "Dr ", ""))
    return [f"[rules] claim=CLM-{c.digits(8)} RULE PREX-{c.num(1, 40)} fired condition=\"",
            c.ch(("cruciate ligament", "otitis externa", "hip dysplasia", "dental disease")),
            f"\" evidence=\"history note {c.date()} by {t}", N(vet.f), "\" adjuster=", N(c.acct(adj)),
            f" decision={c.ch(('REFER', 'DECLINE_LINE', 'PAY'))}"]


def ins_java(c):
    ph = c.person()
    return [f"{c.date()} {c.time()} ERROR ClaimIntake - validation failed\n"
            "com.petcover.claims.ClaimValidationException: invoice total mismatch for "
            f"Claim[id=CLM-{c.digits(8)}, policyholder=Policyholder[name=", N(ph.full()), ", email=", E(c.email(ph)),
            f", postcode=REDACTED], amount={c.num(50, 3000)}.{c.digits(2)}]\n"
            "\tat com.petcover.claims.Intake.validate(Intake.java:88)\n"
            "\tat com.petcover.claims.Intake.submit(Intake.java:41)"]


def ins_card(c):
    ph = c.person(native=False)
    holder = c.ch((ph.up(), fold_up(ph), ph.latin(), ph.slash()))
    return [f"{c.time()} DEBUG billing.premium charge declined policy=POL{c.digits(7)} card=", C(c.card()),
            " exp=", f"{c.num(1, 12):02d}/{c.num(26, 31)}", " holder=\"", N(holder), "\" reason=",
            c.ch(("insufficient_funds", "do_not_honor", "expired_card")), f" retry_in={c.num(1, 72)}h"]


def fold_up(p):
    return fold(p.latin()).upper()


def ins_eob(c):
    out = ["CLAIM NO    POLICYHOLDER                 PET         PAID      \n"]
    for _ in range(c.num(2, 4)):
        ph = c.person(native=False)
        nm = fold_up_lf(ph)[:28]
        while nm != nm.rstrip():
            nm = nm.rstrip()
        out += [f"CLM{c.digits(8)}", " ", N(nm), " " * (29 - len(nm)), c.pet().upper().ljust(12),
                f"{c.num(0, 2500)}.{c.digits(2)}".rjust(9), "\n"]
    return [f"EOB BATCH {c.date('')} PAGE 1\n"] + out + ["*** END OF PAGE ***"]


def fold_up_lf(p):
    return f"{fold(p.f).upper()}, {fold(p.g).upper()}"


def ins_mail(c):
    ph = c.person()
    pet = c.pet()
    disp = ph.full()
    return ["Received: from mail.example ([", IP(c.ip4()), f"]) by mx.petcover.example; {c.date()} {c.time()}\n",
            "From: \"", N(disp), "\" <", E(c.email(ph)), ">\nTo: ", E(c.email(None, "petcover.example")),
            f"\nSubject: Claim for {pet} - invoice attached\nX-Originating-IP: [", IP(c.ip4()), "]\n\n"
            "Hi,\nplease find the invoice for ", pet, "'s surgery. My phone is ", P(c.phone()), ".\nThanks, ",
            N(ph.given())]


def ins_fr(c):
    ph, gest = c.person(native=False), c.person(native=False)
    t = "Mme" if ph.gender == "f" else "M."
    return [f"{c.date('/')} {c.time()} Remboursement validé pour {t} ", N(ph.f), f" (chat {c.pet()}), montant "
            f"{c.num(20, 900)},{c.digits(2)} EUR, gestionnaire ", N(c.acct(gest)), ", IBAN masqué"]


def ins_neg_rule(c):
    return [f"[rules] claim=CLM-{c.digits(8)} RULE WAIT-{c.num(1, 9)} fired condition=\"waiting period\" "
            f"product=\"{c.ch(('Accident & Illness Plus', 'Lifetime Gold', 'Harvey Essentials', 'Oscar Cover'))}\" "
            f"adjuster=claims-engine decision={c.ch(('REFER', 'PAY'))}"]


def ins_neg_fixed(c):
    return [f"EOB BATCH {c.date('')} PAGE {c.num(2, 9)}\nCLAIM NO    POLICYHOLDER                 PET         PAID\n"
            f"TOTAL CLAIMS {c.num(10, 400):>6}   TOTAL PAID {c.num(1000, 90000)}.{c.digits(2)}\n*** END OF BATCH ***"]


def ins_neg_json(c):
    doc = {"claimId": f"CLM-{c.digits(8)}", "status": c.ch(("RECEIVED", "IN_REVIEW", "PAID", "DECLINED")),
           "payee": c.ch(CLINICS), "underwriter": c.ch(COMPANIES), "pet": {"name": c.pet()}, "lines": c.num(1, 6)}
    return [f"{c.ts()} claims-api INFO status ", J(doc, compact=True)]


def ins_neg_fr(c):
    return [f"{c.date('/')} {c.time()} Remboursement en attente (chien {c.pet()}), produit "
            f"« {c.ch(('Santé Animale Confort', 'Formule Victoria'))} », traité par claims-engine"]


# ============================================================ 4. shelter_intake_adoption

def sh_intake(c):
    sur, staff = c.person(), c.person(native=False)
    sp, br = _sp(c)
    return [f"intake id=A{c.digits(7)} type=OWNER_SURRENDER name=\"{c.pet()}\" species={SPECIES_WORD[sp]} breed=\"{br}\" "
            "surrendered_by=\"", N(sur.full()), "\" phone=", P(c.phone()), " reason=\"",
            c.ch(("moving", "landlord", "allergies", "new baby", "owner deceased")), "\" staff=", N(c.acct(staff)),
            f" kennel=K{c.num(1, 60)}"]


def sh_app(c):
    ap = c.person()
    co = c.relative(ap) if c.p(0.4) else None
    ll = c.person(native=False)
    doc = {"application": f"ADP-{c.digits(6)}", "animal": {"id": f"A{c.digits(7)}", "name": c.pet()},
           "applicant": {"first_name": N(ap.given()), "last_name": N(ap.family()), "email": E(c.email(ap)),
                         "phone": P(c.phone())},
           "co_applicant": N(co.latin()) if co else None,
           "housing": {"type": c.ch(("rent", "own")), "landlord": {"name": N(ll.latin()), "phone": P(c.phone())}},
           "other_pets": c.num(0, 3)}
    return [f"{c.ts()} adopt-portal application.received\n", J(doc, indent=c.ch((2, 4)), ascii_=c.p(0.3))]


def sh_foster(c):
    a, b, ap = c.person(), c.person(), c.person(native=False)
    arrow = c.ch((" -> ", " → ", " => ", " >> "))
    return [f"{c.date()} {c.time()} foster transfer A{c.digits(7)} \"{c.pet()}\": ", N(a.full()), arrow, N(b.full()),
            " (approved by ", N(c.acct(ap)), ")"]


def sh_csv(c):
    rows = [["animal_id", "name", "outcome", "outcome_date", "adopter_last", "adopter_first", "fee_paid"]]
    for _ in range(c.num(2, 4)):
        ad = c.person()
        rows.append([f"A{c.digits(7)}", c.pet(), c.ch(("ADOPTION", "RTO", "TRANSFER")), c.date(), N(ad.family()),
                     N(ad.given()), f"{c.num(0, 350)}.00"])
    return [CSV(rows, sep=c.ch((",", ";", "\t")))]


def sh_form(c):
    ad = c.person()
    nm = pct([N(ad.full())]) if c.p(0.4) else form([N(ad.full())])
    return [IP(c.ip()), f" - - [{c.num(1, 28):02d}/Apr/2025:{c.time()} +0000] \"POST /adopt/contract/sign HTTP/1.1\" 302 0 "
            f"body=\"contract=ADC-{c.digits(6)}&adopter_name=", nm, "&email=", pct([E(c.email(ad))]),
            "&agree=on&sig_ip=", IP(c.ip4()), "\""]


def sh_es(c):
    f1 = c.person(trad=c.ch(("spanish", "mexican", "andean_argentine")))
    return [f"{c.date('/')} {c.time()} Reporte de animal encontrado: perro \"{c.pet()}\" hallado por ", N(f1.latin()),
            f" en {c.ch(('Parque Sur', 'Av. Central', 'Barrio Norte'))}, tel. ", P(c.phone(c.ch(('ES', 'MX')))),
            ". Retención de 72 h."]


def sh_chat(c):
    v, s = c.person(), c.person(native=False)
    pet = c.pet()
    t = c.clock(3)
    return [f"[{t[0]}] ", N(v.given()), f": hi! I walked {pet} today, she pulled on the lead a lot\n"
            f"[{t[1]}] ", N(s.g), f" (staff): thanks, I'll note it. Can you do Sat 10am?\n"
            f"[{t[2]}] ", N(v.given()), ": yes. my number changed btw, it's ", P(c.phone())]


def sh_neg_move(c):
    return [f"{c.date()} {c.time()} kennel move A{c.digits(7)} \"{c.pet()}\": K{c.num(1, 60)} -> K{c.num(1, 60)} "
            f"(by shelter-sync, reason={c.ch(('cleaning', 'quarantine over', 'isolation'))})"]


def sh_neg_csv(c):
    rows = [["date", "intakes", "adoptions", "transfers", "location"]]
    for _ in range(3):
        rows.append([c.date(), str(c.num(0, 40)), str(c.num(0, 30)), str(c.num(0, 9)), c.ch(PLACES)])
    return [CSV(rows)]


def sh_neg_json(c):
    doc = {"event": "adoption.event.scheduled", "venue": c.ch(("Murphy & Sons Feed", "Victoria Market Hall",
                                                               "Henderson Kennels LLC")),
           "city": c.ch(PLACES), "animals": [c.pet() for _ in range(3)], "status": c.ch(STATUS)}
    return [f"{c.ts()} adopt-portal ", J(doc, indent=2)]


def sh_neg_form(c):
    return [f"- - - [{c.num(1, 28):02d}/Apr/2025:{c.time()} +0000] \"GET /adopt/search?species=dog&age=senior&name="
            f"{c.pet()}&page={c.num(1, 9)} HTTP/1.1\" 200 {c.num(900, 40000)}"]


# ============================================================ 5. microchip_registry

def chip_xml(c):
    reg = c.person()
    x = ["<ChipLookupResponse><Chip>", c.chip(), "</Chip><Status>REGISTERED</Status><Registrant><FirstName>",
         xesc(N(reg.given())), "</FirstName><LastName>", xesc(N(reg.family())), "</LastName><Phone type=\"mobile\">",
         P(c.phone()), "</Phone><Email>", E(c.email(reg)), f"</Email></Registrant><Animal name=\"{c.pet()}\"/>"
         "</ChipLookupResponse>"]
    return [f"{c.time()} registry-api lookup from clinic:{c.digits(5)} ip=", IP(c.ip()), " response=", XML(x)]


def chip_transfer(c):
    a, b = c.person(), c.person()
    ini = c.ch((N(c.acct(a)), E(c.email(a))))
    return [f"transfer chip={c.chip()} from_owner=\"", N(a.lf()), "\" to_owner=\"", N(b.full()), "\" to_email=",
            E(c.email(b)), " initiated_by=", ini, f" status={c.ch(('PENDING_CONSENT', 'COMPLETED', 'EXPIRED'))}"]


def chip_found(c):
    fi = c.person()
    inner = J({"finder": {"name": N(fi.full()), "phone": P(c.phone())}, "chip": c.chip(), "location": c.ch(PLACES),
               "animal": c.pet()}, compact=True)
    doc = {"topic": "found.report", "key": c.hexid(12), "payload": Cat(inner)}
    return [f"{c.ts()} kafka-consumer found-reports offset={c.num(1000, 99999)} ", J(doc, compact=True)]


def chip_tsv(c):
    rows = [["chip", "owner_first", "owner_last", "phone", "country"]]
    for _ in range(c.num(2, 4)):
        o = c.person()
        cc = c.ch(("US", "UK", "DE", "FR", "AU", "NZ", "IE"))
        rows.append([c.chip(), N(o.given()), N(o.family()), P(c.phone(cc)), cc])
    return [f"import batch=BRD-{c.digits(5)} source=breeder-upload rows={len(rows) - 1}\n", CSV(rows, sep="\t")]


def chip_sms(c):
    o = c.person()
    lang = c.r.randrange(4)
    g = o.given()
    msg = (["Hallo ", N(g), f", Ihr Tier {c.pet()} wurde gefunden. Bitte rufen Sie uns an."],
           ["Bonjour ", N(g), f", votre animal {c.pet()} a été retrouvé."],
           ["Hola ", N(g), f", hemos encontrado a {c.pet()}."],
           ["Hi ", N(g), f", good news: {c.pet()} was scanned at a clinic."])[lang]
    return [f"{c.ts()} notify sms to=", P(c.phone()), " msg=\"", msg, "\""]


def chip_py(c):
    o = c.person()
    d = {"chip": c.chip(), "first_name": N(o.given()), "last_name": N(o.family()), "alt_contact": None,
         "email": E(c.email(o))}
    return ["Traceback (most recent call last):\n  File \"/srv/chipreg/sync.py\", line 214, in push\n"
            "    resp = client.put(url, json=registrant)\n"
            f"chipreg.errors.ConflictError: 409 duplicate registrant {c.hexid(8)}: ", PY(d)]


def chip_fixed(c):
    o = c.person(native=False)
    ln = fold_up_lf(o).split(", ")
    a, b = ln[0][:20], ln[1][:15]
    a, b = a.rstrip(), b.rstrip()
    return ["R", c.chip(), N(a), " " * (20 - len(a)), N(b), " " * (15 - len(b)), c.date(""),
            c.ch(("US", "GB", "CA")), " ", P(c.phone(c.ch(("US", "UK", "CA"))))]


def chip_neg_inv(c):
    return [f"{c.ts()} chip-inventory received lot=L{c.digits(6)} mfr=\"{c.ch(CHIP_MFR)}\" first={c.chip()} "
            f"count={c.num(10, 500)} clinic=\"{c.ch(CLINICS)}\""]


def chip_neg_xml(c):
    x = [f"<ChipLookupResponse><Chip>{c.chip()}</Chip><Status>NOT_REGISTERED</Status>"
         f"<Hint>Try manufacturer {c.ch(CHIP_MFR)}</Hint></ChipLookupResponse>"]
    return [f"{c.time()} registry-api lookup from clinic:{c.digits(5)} response=", XML(x)]


def chip_neg_impl(c):
    sp, br = _sp(c)
    return [f"implant registered chip={c.chip()} by clinic=\"{c.ch(CLINICS)}\" animal=\"{c.pet()}\" species={sp} "
            f"breed=\"{br}\" user=chipreg-batch"]


def chip_neg_stats(c):
    return [f"sync done: {c.num(100, 9000)} registrations, {c.num(0, 90)} transfers, {c.num(0, 20)} conflicts, "
            f"region={c.ch(PLACES)}, took {c.num(1, 90)}s ({c.ch(UI)})"]


# ============================================================ 6. breed_registry_pedigree

AFFIX = ("Ravenhill", "Willowmere", "Ashdown", "Kilbride", "Thornbury", "Silverlake", "vom Schwarzwald",
         "van de Wolfsberg", "del Monte Alto", "of Glenmoor")
REGNAME = ("Sir Lancelot", "Lord Byron", "Dark Knight", "Lady Grace", "Winston of Windsor", "Queen Mab",
           "Duke of Avalon", "Prince Albert", "Miss Marple", "Amadeus", "Sherlock", "Victoria Rose")


def regname(c):
    a = c.ch(AFFIX)
    n = c.ch(REGNAME)
    t = c.ch(("", "CH ", "GCH ", "Ch. ", "Int. Ch. "))
    if a.startswith(("vom", "van", "del", "of")):
        return f"{t}{n} {a}"
    return f"{t}{a}'s {n}"


def br_litter(c):
    b = c.person()
    co = c.relative(b) if c.p(0.5) else c.person()
    doc = {"litter": f"LT{c.digits(7)}", "breed": c.ch(("Gordon Setter", "Jack Russell Terrier", "Dobermann",
                                                          "Cavalier King Charles Spaniel", "Bernese Mountain Dog")),
           "whelped": c.date(), "sire": {"reg": f"DN{c.digits(8)}", "name": regname(c)},
           "dam": {"reg": f"DN{c.digits(8)}", "name": regname(c)},
           "breeder": {"given": N(b.given()), "family": N(b.family())}, "co_breeder": N(co.full()),
           "puppies": {"male": c.num(0, 6), "female": c.num(0, 6)}}
    return [f"{c.ts()} registry litter.submitted ", J(doc, indent=c.ch((None, 2)), ascii_=c.p(0.3))]


def br_transfer(c):
    s, b, clk = c.person(native=False), c.person(), c.person(native=False)
    return [f"TRF|DN{c.digits(8)}|\"{regname(c)}\"|seller=", N(fold_up_lf(s)), "|buyer=", N(b.full()),
            "|fee=25.00|processed_by=", N(c.acct(clk).upper() if c.p(0.3) else c.acct(clk)), f"|{c.date()}"]


def br_xml(c):
    b, o = c.person(), c.person()
    x = [f"<Dog regNo=\"DN{c.digits(8)}\"><Name>", xesc(regname(c)), "</Name><Breeder>", xesc(N(b.full())),
         "</Breeder><Owner>", xesc(N(o.latin())), f"</Owner><Sire regNo=\"DN{c.digits(8)}\">", xesc(regname(c)),
         f"</Sire><Dam regNo=\"DN{c.digits(8)}\">", xesc(regname(c)), "</Dam></Dog>"]
    return [f"{c.time()} pedigree.render ok\n", XML(x)]


def br_show(c):
    o1, o2, h, j = c.person(), c.person(), c.person(native=False), c.person(native=False)
    tj = "Mrs. " if j.gender == "f" else "Mr. "
    return [f"{c.date()} SHOW RESULT ring {c.num(1, 12)}: Best of Breed {regname(c)}, owners ", N(o1.latin()), " & ",
            N(o2.latin()), ", handler ", N(h.latin()), ", judge ", tj, N(j.latin())]


def br_dna(c):
    s, col = c.person(), c.person(native=False)
    em = c.email(s)
    return [f"dna case=DNA{c.digits(6)} parentage=VERIFIED submitted_by=", E(em), " (", N(s.full()),
            ") collector=\"Dr. ", N(col.f), f"\" lab_ref={c.hexid(10)}"]


def br_nl_de(c):
    if c.p(0.5):
        b = c.person(trad=c.ch(("dutch", "flemish")))
        return [f"{c.date('-')} Nestaangifte ontvangen van fokker ", N(b.gf()), f" (kennel {c.ch(AFFIX)}), "
                f"{c.num(2, 9)} pups, behandeld door ", N(c.acct(c.person(trad='dutch')))]
    b = c.person(trad=c.ch(("german", "austrian_swiss")))
    w = "Züchterin" if b.gender == "f" else "Züchter"
    return [f"{c.date('.')} Zuchtbuchamt: Wurfmeldung von {w} ", N(b.gf()), f", Zwinger „{c.ch(AFFIX)}“, Tel. ",
            P(c.phone(c.ch(("DE", "AT", "CH"))))]


def br_points(c):
    out = ["REG NO      DOG NAME                          OWNER                      PTS\n"]
    for _ in range(c.num(2, 3)):
        o = c.person(native=False)
        nm = fold_up_lf(o)[:26].rstrip()
        out += [f"DN{c.digits(8)}  {regname(c).upper()[:32].ljust(34)}", N(nm), " " * (27 - len(nm)),
                f"{c.num(1, 5)}\n"]
    return out + [f"-- {c.date()} points report"]


def br_neg_json(c):
    doc = {"litter": f"LT{c.digits(7)}", "breed": c.ch(("Gordon Setter", "Jack Russell Terrier", "Dandie Dinmont Terrier")),
           "sire": {"name": regname(c)}, "dam": {"name": regname(c)}, "kennel": c.ch(AFFIX),
           "breeder": {"club": c.ch(("Dobermann Club", "Gordon Setter Association", "Parson Russell Club"))},
           "status": c.ch(STATUS)}
    return [f"{c.ts()} registry litter.updated ", J(doc, compact=True)]


def br_neg_pipe(c):
    return [f"TRF|DN{c.digits(8)}|\"{regname(c)}\"|seller=KENNEL {c.ch(AFFIX).upper()}|buyer={c.ch(COMPANIES)}"
            f"|fee=0.00|processed_by=BATCH01|{c.date()}"]


def br_neg_show(c):
    return [f"{c.date()} SHOW RESULT ring {c.num(1, 12)}: Best in Group {regname(c)}, Reserve {regname(c)} "
            f"({c.ch(('Gundog', 'Terrier', 'Working', 'Toy'))} group, {c.ch(PLACES)} Championship Show)"]


def br_neg_std(c):
    return [f"standard.update breed=\"{c.ch(('King Charles Spaniel', 'Saint Bernard', 'Gordon Setter', 'Jack Russell Terrier'))}\" "
            f"section=\"{c.ch(('Colour', 'Size', 'Gait', 'Temperament'))}\" rev={c.num(1, 9)} by=standards-committee"]


FAMILIES = [
    ("pims_record_audit", [pims_logfmt, pims_merge, pims_sql, pims_cli_users, pims_java, pims_json, pims_de],
     [pims_neg_logfmt, pims_neg_cli, pims_neg_java, pims_neg_sql, pims_neg_ui]),
    ("reference_lab_results", [lab_webhook, lab_critical, lab_xml, lab_analyzer, lab_pdf, lab_csv, lab_es],
     [lab_neg_qc, lab_neg_csv, lab_neg_json, lab_neg_xml]),
    ("pet_insurance_claims", [ins_json, ins_rule, ins_java, ins_card, ins_eob, ins_mail, ins_fr],
     [ins_neg_rule, ins_neg_fixed, ins_neg_json, ins_neg_fr]),
    ("shelter_intake_adoption", [sh_intake, sh_app, sh_foster, sh_csv, sh_form, sh_es, sh_chat],
     [sh_neg_move, sh_neg_csv, sh_neg_json, sh_neg_form]),
    ("microchip_registry", [chip_xml, chip_transfer, chip_found, chip_tsv, chip_sms, chip_py, chip_fixed],
     [chip_neg_inv, chip_neg_xml, chip_neg_impl, chip_neg_stats]),
    ("breed_registry_pedigree", [br_litter, br_transfer, br_xml, br_show, br_dna, br_nl_de, br_points],
     [br_neg_json, br_neg_pipe, br_neg_show, br_neg_std]),
]
