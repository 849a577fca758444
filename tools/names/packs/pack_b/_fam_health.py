"""Families: lab/LIS analyzer interfaces, EHR access audit, telehealth, clinical-trial EDC,
dental/veterinary practice software, emergency dispatch (CAD)."""

from __future__ import annotations

from _core import C, D, E, I, J, Mix, N, P, S, form, pystr
from _values import COMPANIES, HOSPITALS, PETS, PLACES, STATUS, STREETS, TRIALS, UI_I18N, name_form

ANALYTES = [("GLU", "mmol/L", "3.9-6.1"), ("K", "mmol/L", "3.5-5.1"), ("NA", "mmol/L", "136-145"),
            ("CREA", "umol/L", "59-104"), ("TROPT", "ng/L", "<14"), ("HGB", "g/dL", "12.0-16.0"), ("TSH", "mIU/L", "0.27-4.2")]
LAB_SVC = ["AUTOVAL", "LABAUTOVERIFY", "svc_lis_interface", "hl7_inbound", "middleware", "INTERFACE_ENGINE"]
EHR_SVC = ["EPICSVC01", "clarity_etl", "hl7_inbound", "INTERFACE_ENGINE", "svc-print-router", "SYSTEM", "batch_avs"]
PRACTICES = ["Banfield Pet Hospital", "Heartland Dental", "Aspen Dental", "Patterson Dental", "Henry Schein", "VCA Animal Hospitals"]
ANALYZERS = ["cobas8000^e801", "AU5800", "Alinity-ci", "Atellica-CH", "DxH900", "Sysmex-XN", "ARCHITECT-i2000"]


def _chk(frame: str) -> str:
    return f"{sum(frame.encode()) % 256:02X}"


def _astm_p(c, p=None, doc=None):
    mrn = "E" + c.digits(7)
    dob = c.dob().strftime("%Y%m%d")
    sex = c.pick("MFU")
    if p is None:
        q = c.pick(["QC^LEVEL1", "QC^LEVEL2", "CAL^STD3", "ZZTEST^PATIENT", "PROFICIENCY^CAP"])
        return ["P|1|", "QC-" + c.digits(4), "|||", q, "||", "|U|||||", c.pick(["", "AUTOVAL", "1043^LAB^QC"])]
    doc_part = ["|", c.digits(4), "^", N(doc.sep("^"))] if doc else ["|"]
    phone = ["|", P(c.phone(p, intl=False))] if c.p(0.4) else ["|"]
    mm = ["|", N(c.person().rf.upper())] if c.p(0.2) else ["|"]
    return ["P|1|", mrn, "|||", N(p.sep("^")), c.pick(["", "^^"]), mm, "|", dob, "|", sex, "|||", phone, doc_part]


def lab_astm_message(c, neg=False):
    pt = None if neg else c.person()
    doc = None if neg or c.p(0.4) else c.person()
    an = c.pick(ANALYTES)
    op = c.pick(["AUTOVAL", "tech01", "LIS"]) if neg or c.p(0.5) else None
    opr = None if op else c.person()
    t = c.ts("compact")
    nl = c.pick(["\n", "\r\n", "<CR>\n"])
    d = D(f"H|\\^&|||{c.pick(ANALYZERS)}^{c.randint(1, 9)}.{c.randint(0, 9)}|||||LIS||P|1|{t}", nl)
    d(*_astm_p(c, pt, doc), nl)
    d(f"O|1|{c.digits(2)}A{c.digits(7)}||^^^{an[0]}|R|{t}|||||N||||SERUM", nl)
    d(f"R|1|^^^{an[0]}|{c.randint(2, 140)}.{c.randint(0, 9)}|{an[1]}|{an[2]}|N||F||", op or N(opr.acct(c.r)), f"||{t}", nl, "L|1|N")
    return d


def lab_astm_frame(c, neg=False):
    pt = None if neg else c.person()
    doc = None if neg else c.person()
    body = D(str(c.randint(1, 7)), *_astm_p(c, pt, doc if c.p(0.6) else None))
    d = D(c.ts("ms"), f" [{c.pick(['COM3', 'COM4', 'tcp:4001'])}] {c.pick(['<-', 'RX', 'recv'])} <STX>")
    d(body, f"<CR><ETX>{_chk(body.text() + chr(13) + chr(3))}<CR><LF>")
    return d


def lab_middleware(c, neg=False):
    an = c.pick(ANALYTES)
    acc = f"{c.digits(2)}A{c.digits(7)}"
    d = D(c.ts("ms"), f" INFO  [{c.pick(['ResultRouter', 'AutoVerify', 'CriticalCall'])}] ")
    if neg:
        return d(f"Result {acc}-{an[0]} auto-verified by rule '{c.pick(['Delta Check', 'Grace Window', 'Victoria Protocol', 'Rule Sophia-2'])}'",
                 f" (operator {c.pick(LAB_SVC)}); instrument {c.pick(ANALYZERS)} status {c.pick(STATUS)}")
    pt, tech, rn = c.person(), c.person(), c.person()
    q = c.pick(['"', "'", ""])
    d(f"Result {acc}-{an[0]} for patient ", q, N(name_form(c, pt)), q, f" (MRN {c.digits(7)}) validated by tech ", N(tech.acct(c.r)))
    if c.p(0.7):
        d("; critical value called to ", c.pick(["RN ", "Dr. ", "nurse ", ""]), N(rn.full()), " at ", P(c.phone(rn, cc="US")))
        d(", read-back by ", N(rn.rf if c.p(0.5) else rn.western()))
    return d


def lab_critical_json(c, neg=False):
    an = c.pick(ANALYTES)
    if neg:
        return J({"event": "critical_call", "accession": f"{c.digits(2)}A{c.digits(7)}", "analyte": an[0],
                  "status": "suppressed", "reason": "duplicate within 24h", "called_by": c.pick(LAB_SVC)})
    rn, tech = c.person(), c.person()
    o = {"event": "critical_call", "ts": c.ts("iso"), "accession": f"{c.digits(2)}A{c.digits(7)}", "analyte": an[0],
         "value": float(f"{c.randint(1, 40)}.{c.randint(0, 9)}"),
         "called_to": {"name": N(rn.full()), "role": c.pick(["RN", "MD", "PA"]), "phone": P(c.phone(rn))},
         "called_by": N(tech.acct(c.r)), "read_back": True}
    return J(o, indent=c.pick([None, 2]), ascii_only=c.p(0.3))


def lab_zpl(c, neg=False):
    d = D("print job ", c.hexid(8), " -> ", c.pick(["zebra-lab-03", "ZD621-phleb2"]), "\n^XA^CI28\n^FO40,30^A0N,30,30^FD")
    if neg:
        d(c.pick(["QC LEVEL 2", "CAL STD 3", "REAGENT LOT 4471B", "ZZTEST, PATIENT"]))
    else:
        p = c.person()
        d(N(c.pick([p.caps_lf(), p.caps(), p.lf()])))
    d(f"^FS\n^FO40,70^A0N,24,24^FDMRN {c.digits(7)}  DOB {c.dob().strftime('%m/%d/%Y')}^FS\n")
    return d(f"^FO40,105^BCN,60,Y,N^FD{c.digits(2)}A{c.digits(7)}^FS\n^XZ")


def lab_foreign(c, neg=False):
    if neg:
        return D(c.ts("eu"), " ", c.pick(["Befund freigegeben: Kontrolle Level 2 im Zielbereich",
                                           "Resultado validado automáticamente (regla Delta)",
                                           "Analyseur AU5800 : maintenance quotidienne terminée"]))
    p, t = c.person(), c.person()
    return c.pick([
        lambda: D(c.ts("eu"), " Befund freigegeben für Patient ", N(p.caps_lf()), " durch MTA ", N(t.full())),
        lambda: D(c.ts("eu"), " Resultado crítico de ", N(p.full()), " comunicado a ", N(t.full()), " (tel. ", P(c.phone(t)), ")"),
        lambda: D(c.ts("eu"), " Résultat validé pour ", N(p.lf()), " par ", N(t.acct(c.r))),
    ])()


# ----------------------------------------------------------------------------- EHR access audit
ACTIONS = ["CHART_VIEW", "PRINT_AVS", "NOTE_SIGN", "RESULT_VIEW", "ORDER_ENTRY", "DEMOGRAPHICS_EDIT", "BTG_ACCESS"]


def ehr_csv(c, neg=False):
    d = D("AccessTime,UserID,UserName,Action,PatientName,MRN,Workstation,IP,Reason\n" if c.p(0.4) else "")
    for i in range(c.randint(1, 3)):
        d("\n" if i else "", c.ts("isos"), ",")
        if neg:
            d(c.pick(EHR_SVC).upper(), ",", c.pick(["Interface Engine", "Clarity ETL", "Auto Print Job"]), ",",
              c.pick(ACTIONS), ',"', c.pick(["ZZTEST, PATIENT", "ZZZ, DO NOT USE", "TRAINING, ONE"]), '",')
            d("E", c.digits(7), ",", c.pick(["WS-ICU-14", "BATCH01", "PRN-3W"]), ",,Batch")
            continue
        u, pt = c.person(), c.person()
        d(N(u.acct(c.r, style=c.pick(["flast", "lastf", "firstl"])).upper()), ',"', N(u.lf()), '",', c.pick(ACTIONS), ',"',
          N(pt.caps_lf()), '",E', c.digits(7), ",", c.pick(["WS-ICU-14", "ED-TRIAGE-2", "CLIN-4B-07"]), ",", I(c.ip(False)), ",",
          c.pick(["Treatment", "Operations", "Break the Glass"]))
    return d


def ehr_btg_json(c, neg=False):
    if neg:
        return J({"eventType": "BTG_POLICY_UPDATE", "actor": {"id": c.pick(EHR_SVC)}, "policy": "Mercy Wing VIP",
                  "justificationRequired": True, "location": c.pick(HOSPITALS)}, indent=2)
    u, pt = c.person(), c.person()
    fam = c.relative(pt)
    o = {"eventType": "BTG_ACCESS", "time": c.ts("iso"),
         "user": {"id": N(u.acct(c.r)), "displayName": N(u.full()), "department": c.pick(["ED", "Cardiology", "Oncology"])},
         "patient": {"name": N(name_form(c, pt)), "mrn": "E" + c.digits(7), "dob": str(c.dob()),
                     **({"ssn": S(c.ssn())} if c.p(0.3) else {})},
         "justification": Mix(c.pick(["Patient's ", "Pt's "]), c.pick(["relative ", "spouse ", "next of kin "]), N(fam.full()),
                              " called from ", P(c.phone(fam)), " asking about results"),
         "clientIp": I(c.ip())}
    return J(o, indent=c.pick([2, 4, None]), ascii_only=c.p(0.25))


def ehr_alert(c, neg=False):
    if neg:
        return D(c.ts("sql"), " PRIVACY ALERT rule=VIP_ACCESS status=", c.pick(STATUS), " user=", c.pick(EHR_SVC),
                 " patient=ZZTEST, PATIENT location=\"", c.pick(HOSPITALS), '"')
    u = c.person()
    pt = c.person() if c.p(0.5) else None
    d = D(c.ts("sql"), " PRIVACY ALERT rule=", c.pick(["SAME_LAST_NAME", "COWORKER_ACCESS", "VIP_ACCESS", "NEIGHBOR_ADDRESS"]))
    d(" user ", N(u.acct(c.r)), " (", N(u.full()), ") opened chart of ")
    if pt is None:  # same surname: the patient shares the user's family name
        d(N(c.relative(u).caps_lf()))
    else:
        d(N(pt.caps_lf()))
    return d(" score=", str(c.randint(40, 99)))


def ehr_syslog(c, neg=False):
    d = D(f"<{c.randint(130, 134)}>1 ", c.ts("iso"), f" ehr-audit{c.randint(1, 4):02d} AUDIT - - ")
    if neg:
        return d(f'user="{c.pick(EHR_SVC)}" action={c.pick(ACTIONS)} patient_name="ZZTEST, PATIENT" src=batch result=success')
    u, pt = c.person(), c.person()
    a = u.acct(c.r)
    if c.p(0.35):  # Kerberos SSO principal: the realm stays outside the span
        d("principal=", N(a), c.pick(["@HOSP.EXAMPLE.ORG", "@MERCY.TEST"]), f" action={c.pick(ACTIONS)} patient_name=\"", N(pt.caps_lf()), '" ')
    else:
        d('user="', c.pick(["HOSP\\", "CORP\\", "MERCY\\", ""]), N(a), f'" action={c.pick(ACTIONS)} patient_name="', N(pt.caps_lf()), '" ')
    return d("src=", I(c.ip()), " result=", c.pick(["success", "denied"]))


def ehr_review(c, neg=False):
    if neg:
        return D(f"BTG review {c.digits(5)} closed automatically: no access within window (policy {c.pick(HOSPITALS)}, "
                 f"client {c.pick(['Epic Hyperspace', 'Cerner Millennium', 'Haiku', 'Rover'])})")
    u, po = c.person(), c.person()
    return D(f"Reviewed BTG event {c.digits(5)} for user ", N(u.acct(c.r)), ": ", c.pick(["approved", "escalated"]),
             " by Privacy Officer ", N(po.full()), " <", E(c.email(po)), ">")


def ehr_es(c, neg=False):
    if neg:
        return D("Acceso de emergencia: política actualizada por ", c.pick(EHR_SVC), " para el centro ", c.pick(HOSPITALS))
    u, pt = c.person(), c.person()
    return D("Acceso de emergencia: el usuario ", N(u.acct(c.r)), " abrió la historia clínica de ", N(pt.full()),
             " desde ", I(c.ip()), c.pick([" (justificación: urgencia vital)", ""]))


# ----------------------------------------------------------------------------- telehealth
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]


def tele_join(c, neg=False):
    room = f"vr-{c.hexid(6)}"
    if neg:
        return J({"ts": c.ts("iso"), "level": "info", "msg": "participant joined", "room": room,
                  "participant": {"identity": c.pick(["bot:interpreter", "svc:recorder", "kiosk:lobby-2"]),
                                  "display_name": c.pick(["Interpreter Bot", "Test Patient", "Room Florence", "Waiting Room"])},
                  "role": "observer", "ua": c.pick(UA)})
    p = c.person()
    o = {"ts": c.ts("iso"), "level": "info", "msg": "participant joined", "room": room,
         "participant": {"identity": c.pick(["patient:", "provider:"]) + c.digits(5), "display_name": N(p.full())},
         "role": c.pick(["patient", "provider", "caregiver"]), "ip": I(c.ip()), "ua": c.pick(UA)}
    if c.p(0.4):
        o["device"] = Mix(N(p.rg), c.pick(["'s iPhone", "'s iPad", "s-MacBook-Pro"]))
    return J(o, indent=c.pick([None, 2]))


def tele_ice(c, neg=False):
    d = D(c.ts("ms"), " DEBUG webrtc.ice session=", c.hexid(8))
    if neg:
        d(" peer=svc-recorder gathering complete\n")
        return d(f"  candidate:{c.digits(9)} 1 udp 41885439 turn-{c.randint(1, 9)}.media.internal 3478 typ relay generation 0")
    p = c.person()
    d(" peer=", N(p.acct(c.r)), "\n")
    pub, priv, port = c.ip(kind="pub"), c.ip(kind="priv"), c.randint(40000, 65000)
    if c.p(0.25):
        d(f"  candidate:{c.digits(9)} 1 udp 2122262783 ", I(c.ip(True)), f" {c.randint(40000, 65000)} typ host generation 0\n")
    d(f"  candidate:{c.digits(9)} 1 udp 2122260223 ", I(priv), f" {port} typ host generation 0\n")
    return d(f"  candidate:{c.digits(9)} 1 udp 1686052607 ", I(pub), f" {c.randint(40000, 65000)} typ srflx raddr ",
             I(priv), f" rport {port} generation 0")


def tele_invite(c, neg=False):
    if neg:
        return D(c.ts("sql"), f" [notify] visit link template 'tele-{c.pick(['en', 'es', 'fr'])}' updated; sender id ",
                 c.pick(["CLINIC", "TeleCare", "Aurora Health"]), " status=", c.pick(STATUS))
    p, dr = c.person(), c.person()
    if c.p(0.3):  # copay capture logged with the PAN by a careless gateway client
        return D(c.ts("sql"), f" [billing] copay {c.randint(10, 60)}.00 captured visit=V-{c.digits(5)} card=", C(c.card()),
                 " holder=", N(c.pick([p.caps(), p.sep("/")])), " provider=Dr. ", N(dr.rf))
    d = D(c.ts("sql"), " [notify] sent visit link to ", P(c.phone(p)), " for appointment with Dr. ", N(dr.rf))
    if c.p(0.6):
        d("; patient ", '"', N(p.full()), '" <', E(c.email(p)), ">")
    return d


def tele_url(c, neg=False):
    if neg:
        return D(c.pick(["-", "localhost"]), " - - [", c.ts("apache"), "] \"GET /join?visit=V-", c.digits(5), "&lang=",
                 c.pick(["en", "es", "de"]), "&room=", form(c.pick(["Room Florence", "Waiting Room", "Kiosk 2"])),
                 " HTTP/1.1\" 200 ", c.digits(4), ' "-" "', c.pick(UA), '"')
    p = c.person()
    d = D(I(c.ip()), " - - [", c.ts("apache"), "] \"GET ")
    if c.p(0.3):  # provider booking page: the slug joins the name with hyphens (one span)
        d("/book/dr-", N(f"{p.a_g()}-{p.a_f()}"), "/slots?date=", c.ts("date"))
    else:
        d("/join?visit=V-", c.digits(5), "&name=", N(form(p.full())))
        if c.p(0.7):
            d("&email=", E(form(c.email(p))))
    return d(" HTTP/1.1\" ", c.pick(["302 0", "200 5123"]), " \"-\" \"", c.pick(UA), "\"")


def tele_i18n(c, neg=False):
    if neg:
        return D(c.ts("hms"), " ", c.pick(UI_I18N), " — ", c.pick(["Warteraum", "Sala de espera", "Salle d'attente"]), " ",
                 c.pick(["Victoria", "Florence", "Sofia"]))
    p = c.person()
    return c.pick([
        lambda: D(c.ts("hms"), ' Teilnehmer "', N(p.full()), '" hat den Warteraum betreten (Gerät: ', N(p.rg), "s-iPad)"),
        lambda: D(c.ts("hms"), " Paciente ", N(p.full()), " se unió a la consulta desde ", I(c.ip())),
        lambda: D(c.ts("hms"), " 患者 ", N(p.full()), " さんが待合室に入室しました"),
        lambda: D(c.ts("hms"), " Le patient ", N(p.caps()), " a quitté la salle d'attente"),
    ])()


def tele_transfer(c, neg=False):
    if neg:
        return D(f"Visit V-{c.digits(5)} transferred: Queue Urgent Care -> Queue Behavioral Health (reason: {c.pick(STATUS)}; "
                 f"scribe: {c.pick(['Dragon Medical One', 'Athena', 'Einstein Copilot', 'Haiku'])})")
    a, b = c.person(), c.person()
    d = D(f"Visit V-{c.digits(5)} transferred: Dr. ", N(a.rf), c.pick([" -> ", " → ", " => "]), "Dr. ", N(b.full()))
    if c.p(0.5):
        itp = c.person()
        d("; interpreter ", N(itp.full()), " (", c.pick(["es", "vi", "ar", "so"]), ") joined")
    return d


# ----------------------------------------------------------------------------- clinical trial EDC
def edc_log(c, neg=False):
    d = D('"Time / Date","Username","Action","List of Data Changes OR Fields Exported"\n')
    for i in range(c.randint(1, 3)):
        subj = f"{c.randint(101, 140)}-{c.digits(4)}"
        user = c.pick(["redcap_api", "[survey respondent]", "site_import"]) if neg else N(c.person().acct(c.r))
        d("\n" if i else "", f'"{c.ts("sql")[:16]}","', user, f'","{c.pick(["Updated", "Created", "Deleted"])} Record {subj}",')
        d(f'"visit_date = \'{c.ts("date")}\', ae_grade = \'{c.randint(1, 3)}\'"')
    return d


def edc_query(c, neg=False):
    q = f"Q-{c.digits(4)} on {c.randint(101, 140)}-{c.digits(4)}/AE/AESTDAT"
    if neg:
        return D(f"Query {q} auto-closed by {c.pick(['Edit Check 14', 'redcap_api', 'DataManagement Bot'])}: value within range ({c.pick(TRIALS)})")
    cra, crc = c.person(), c.person()
    d = D(f"Query {q} opened by CRA ", N(cra.full()), ': "Please confirm onset date"')
    return d(" — responded by site coordinator ", N(crc.rg), " (", E(c.email(crc)), ")")


def edc_delegation(c, neg=False):
    site = c.randint(101, 140)
    if neg:
        return D(f"Site {site},\"{c.pick(HOSPITALS)}\",Pharmacy,{c.pick(['IP accountability', 'Storage'])},{c.ts('date')},Active")
    p = c.person()
    return D(f"Site {site},\"", N(p.lf()), "\",", c.pick(["Sub-Investigator", "Study Coordinator", "Research Nurse"]),
             ",", c.pick(["Consent;CRF entry", "AE assessment", "IP dispensing"]), f",{c.ts('date')},Active")


def edc_esign(c, neg=False):
    if neg:
        return D(c.ts("iso"), f" PART11 signature manifest regenerated for casebook {c.pick(TRIALS)}-{c.digits(3)} by system")
    p = c.person()
    return D(c.ts("iso"), " PART11 Electronic signature applied by Dr. ", N(p.full()), " (user: ", N(p.acct(c.r)),
             ') meaning="Investigator approval" ip=', I(c.ip()))


def edc_iwrs(c, neg=False):
    subj = f"{c.randint(101, 140)}-{c.digits(4)}"
    if neg:
        return J({"subject": subj, "study": c.pick(TRIALS), "arm": c.pick("AB"), "randomized_by": "iwrs-auto",
                  "notify": [], "kit": f"K{c.digits(6)}"}, indent=c.pick([None, 2]))
    a, b = c.person(), c.person()
    return J({"subject": subj, "study": c.pick(TRIALS), "arm": c.pick("AB"), "randomized_by": N(a.acct(c.r)),
              "notify": [E(c.email(a)), E(c.email(b))], "kit": f"K{c.digits(6)}"}, indent=c.pick([None, 2]))


def edc_prescreen(c, neg=False):
    if neg:
        return D(f"Pre-screen log {c.pick(TRIALS)}: {c.randint(3, 40)} candidates, {c.randint(0, 5)} eligible, site {c.pick(PLACES)}")
    p = c.person()
    d = D("Pre-screen call to ", N(p.full()), " at ", P(c.phone(p)), " — ", c.pick(["left voicemail", "consented to visit", "declined"]))
    if c.p(0.3):
        d("; SSN last four ", S(c.last4()), " verified for stipend")
    return d


# ----------------------------------------------------------------------------- dental / veterinary
def pms_reminder(c, neg=False):
    pet = c.pick(PETS)
    if neg:
        return D(f"[reminder] batch {c.digits(5)} queued {c.randint(10, 300)} recalls for {c.pick(['Vaccines', 'Dental Cleaning'])}; pet={pet} template=recall_{c.pick(['en', 'es'])}")
    p, dr = c.person(), c.person()
    return D("[reminder] to=", P(c.phone(p)), ' client="', N(p.full()), f'" pet="{pet}" ({c.pick(["canine", "feline"])}) appt=',
             c.ts("sql")[:16], " with Dr. ", N(dr.rf))


def pms_recall(c, neg=False):
    d = D("PatNum,LName,FName,Preferred,WirelessPhone,Email,NextRecall\n" if c.p(0.5) else "")
    if neg:
        return d(f"{c.digits(5)},DEMO,PATIENT,,,,{c.ts('date')}")
    p = c.person()
    d(c.digits(5), ",", N(p.f), ",", N(p.g), ",", N(p.rg) if c.p(0.3) else "", ",", P(c.phone(p, intl=False)), ",")
    return d(E(c.email(p)) if c.p(0.7) else "", ",", c.ts("date"))


def pms_bridge(c, neg=False):
    d = D(c.ts("sql"), ' Bridge launch: "C:\\Program Files\\', c.pick(["Sidexis", "Dexis", "Carestream"]), '\\imaging.exe" ')
    if neg:
        return d(f"/PATID:{c.digits(4)} /LNAME:DEMO /FNAME:PATIENT /BDATE:19700101")
    p = c.person()
    return d(f"/PATID:{c.digits(4)} /LNAME:", N(p.f), " /FNAME:", N(p.g), f" /BDATE:{c.dob().strftime('%Y%m%d')}")


def pms_card(c, neg=False):
    d = D(c.ts("sql"), f" [terminal T{c.randint(1, 4)}] sale {c.randint(40, 900)}.00 ")
    if neg:
        return d(f"card ****{c.last4()} approved auth={c.hexid(6).upper()} merchant=\"{c.pick(PRACTICES)}\"")
    p = c.person()
    d("card ", C(c.card()), " approved")
    if c.p(0.6):
        d(" track1=%B****^", N(p.sep("/")), "^2912...?")
    return d(" client=", N(p.caps()))


def pms_i18n(c, neg=False):
    if neg:
        return D(c.pick(["Plan de traitement accepté : détartrage + 2 composites (fauteuil 3)",
                         "Recordatorio enviado: vacuna antirrábica para " + c.pick(PETS)]))
    p, dr = c.person(), c.person()
    return c.pick([
        lambda: D("Plan de traitement accepté par Mme ", N(p.f), " (", P(c.phone(p)), "), praticien Dr ", N(dr.full())),
        lambda: D("Recordatorio enviado a ", N(p.full()), " para su mascota ", c.pick(PETS), ": ", P(c.phone(p))),
    ])()


def pms_dump(c, neg=False):
    if neg:
        return D(f"Supplier {{ Id = {c.digits(3)}, Name = {c.pick(PRACTICES + COMPANIES[:12])}, Account = {c.hexid(6).upper()}, Status = {c.pick(STATUS)} }}")
    p = c.person()
    if c.p(0.5):
        return D(f"Client {{ Id = {c.digits(4)}, FirstName = ", N(p.g), ", LastName = ", N(p.f), ", Phone = ",
                 P(c.phone(p)), f", Pets = [{c.pick(PETS)}, {c.pick(PETS)}] }}")
    return D("Client(id=", c.digits(4), ", first_name=", *pystr(N(p.g)), ", last_name=", *pystr(N(p.f)), ", email=",
             *pystr(E(c.email(p))), ")")


# ----------------------------------------------------------------------------- emergency dispatch
def cad_ali(c, neg=False):
    if neg:
        return D(f"ALI {c.digits(3)}  NO RECORD FOUND\nCLASS: WPH2  COS: WRLS\n{c.randint(100, 9999)} {c.pick(STREETS)}\nESN {c.digits(3)}")
    p = c.person()
    ph = c.phone(cc="US", intl=False)
    d = D(P(ph), " ", c.ts("us")[:5], " ", c.ts("hms"), "\n", N(c.pick([p.caps(), p.caps_lf().replace(",", "")])), "\n")
    return d(f"{c.randint(100, 9999)} {c.pick(STREETS)}\n{c.pick(PLACES).upper()} TX\nCLASS: {c.pick(['RESD', 'BUSN', 'WPH2'])}  ESN {c.digits(3)}")


def cad_narr(c, neg=False):
    if neg:
        return D(f"[{c.ts('hms')}] UNIT MEDIC {c.randint(1, 40)} ADV PT CONSCIOUS BREATHING; STAGING AT {c.pick(STREETS)} / {c.pick(STREETS)}")
    p = c.person()
    rel = c.pick([", WIFE OF PT", ", NEIGHBOR", ", SON", ", DAUGHTER"])
    q = c.person() if "NEIGHBOR" in rel else c.relative(p)
    return D(f"[{c.ts('hms')}] CALLER ID'D AS ", N(p.caps()), rel, "; PT ",
             N(q.rg.upper()), f" {c.randint(20, 90)}YOA; CB ", P(c.phone(p, cc="US")))


def cad_status(c, neg=False):
    unit = c.pick(["E12", "M14", "L3", "BC2", "R7"])
    st = c.pick(["DISP", "ENRT", "ONSC", "TRAN", "AVAIL"])
    if neg:
        return D(c.ts("sql"), f" {unit:<5}{st:<6}inc={c.ts('date')[:4]}-{c.digits(7)} by={c.pick(['cad_interface', 'AVL-AUTO', 'SYSTEM'])}")
    p = c.person()
    d = D(c.ts("sql"), f" {unit:<5}{st:<6}inc={c.ts('date')[:4]}-{c.digits(7)} by=", N(p.acct(c.r, style=c.pick(["f.last", "flast", "first.last"]))))
    if c.p(0.3):
        q = c.person()
        d(f"\n{c.ts('sql')} CONSOLE {c.randint(1, 8)} handoff: ", N(p.caps()), " -> ", N(q.caps()), " (shift change)")
    return d


def cad_json(c, neg=False):
    inc = f"{c.ts('date')[:4]}-{c.digits(7)}"
    if neg:
        return J({"incident": inc, "type": c.pick(["MEDICAL", "FIRE ALARM", "MVC"]), "caller": None,
                  "location": {"street": c.pick(STREETS), "city": c.pick(PLACES)}, "units": ["E12", "M14"]}, indent=2)
    p = c.person()
    o = {"incident": inc, "type": c.pick(["MEDICAL", "FALL", "WELFARE CHECK"]),
         "caller": {"name": N(name_form(c, p)), "phone": P(c.phone(p)), "relation": c.pick(["self", "neighbor", "daughter"])},
         "location": {"street": c.pick(STREETS), "city": c.pick(PLACES)},
         "narrative": [Mix("RP ", N(p.rg.upper()), " STATES PT FELL"), "ADV LIFT ASSIST"]}
    return J(o, indent=c.pick([None, 2]), ascii_only=c.p(0.3))


def cad_text911(c, neg=False):
    if neg:
        return D(f"T911 session {c.hexid(8)} closed by {c.pick(['TCC-gateway', 'SYSTEM'])}: no response 300s; PSAP {c.pick(PLACES).upper()}")
    p = c.person()
    d = D(f"T911 session {c.hexid(8)} from ", P(c.phone(cc="US", intl=True)), ': "', c.pick(["help my dad ", "this is ", "im with "]))
    return d(N(p.full().lower() if c.p(0.4) else p.full()), c.pick([" cant breathe", " at the library", " he fell"]), '"')


def cad_mdt(c, neg=False):
    if neg:
        return D(f"MDT {c.pick(['M14', 'E12'])} heartbeat ok fw={c.randint(3, 9)}.{c.randint(0, 9)} gps=fix sats={c.randint(4, 12)} user={c.pick(['cad_interface', 'mdt_auto'])}")
    p = c.person()
    return D(f"MDT {c.pick(['M14', 'E12'])} login by medic ", N(p.acct(c.r)), " from ", I(c.ip(False)), f" shift={c.pick(['A', 'B', 'C'])}")


FAMILIES = [
    ("lab_lis_interface", [lab_astm_message, lab_astm_frame, lab_middleware, lab_critical_json, lab_zpl, lab_foreign]),
    ("ehr_access_audit", [ehr_csv, ehr_btg_json, ehr_alert, ehr_syslog, ehr_review, ehr_es]),
    ("telehealth_sessions", [tele_join, tele_ice, tele_invite, tele_url, tele_i18n, tele_transfer]),
    ("clinical_trial_edc", [edc_log, edc_query, edc_delegation, edc_esign, edc_iwrs, edc_prescreen]),
    ("dental_vet_practice", [pms_reminder, pms_recall, pms_bridge, pms_card, pms_i18n, pms_dump]),
    ("emergency_dispatch_cad", [cad_ali, cad_narr, cad_status, cad_json, cad_text911, cad_mdt]),
]
