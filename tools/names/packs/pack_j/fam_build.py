"""Construction, architecture/engineering and product-engineering families."""

from __future__ import annotations

import decoys as D
from fam_auto import jpre, up
from names import BUILD_DOMAINS
from seg import Cat, E, I, N, P, Rec, S, form, pct, xesc


def proj(c) -> str:
    return c.ch(D.PROJECTS)


def wdom(c) -> str:
    return c.ch(BUILD_DOMAINS)


# ---------------------------------------------------------------- 7. rfi_submittal
def rfi_webhook(c) -> Rec:
    a, b = c.person(), c.person()
    obj = {"id": c.num(100000, 999999), "timestamp": c.ts(), "resource_name": "RFIs", "event_type": "update",
           "project": {"id": c.num(1000, 9999), "name": proj(c)},
           "payload": {"number": f"{c.num(1, 300):03d}", "subject": c.ch(["Door hardware conflict at Stair 2", "Beam depth vs duct",
                       "Slab edge embed spacing", "Curtain wall anchor detail"]),
                       "ball_in_court": [{"name": N(b.full()), "login": E(b.email(c.rng, wdom(c)))}],
                       "created_by": {"name": N(a.display(c.rng, False)), "login": E(a.email(c.rng, wdom(c)))},
                       "status": c.ch(["open", "draft", "closed"])}}
    return Rec().json(obj, indent=c.ch([None, 2]), ascii=c.rnd() < 0.3)


def rfi_mail(c) -> Rec:
    a, b = c.person(), c.person()
    n = c.num(1, 300)
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} notifier sent message\nFrom: \"", N(a.full()), " (via Procore)\" <", E("no-reply@procore.example"), ">\n"
                     "To: \"", N(b.full()), '" <', E(b.email(c.rng, wdom(c))), ">\n",
                     f"Subject: RFI #{n:03d} - {proj(c)} - Response Required\n\n", N(b.given), ",\nPlease review the question from ",
                     N(a.given), f" on grid line {c.ch('ABCDEFG')}-{c.num(1, 12)} by {c.date()}.")


def ball_handoff(c) -> Rec:
    a, b = c.person(), c.person()
    arrow = c.ch([" -> ", " → ", " => ", " >> "])
    r = Rec().add(f"{c.ts()} [submittals] {c.ch(['03 30 00-004', '08 71 00-012', '23 05 13-001'])} Rev {c.num(0, 3)} ball-in-court: ")
    if c.rnd() < 0.5:
        r.add(N(a.full()), arrow, N(b.full()))
    else:
        r.add(N(a.acct(c.rng)), arrow, N(b.acct(c.rng)))
    return r.add(f" ({c.ch(['Approved as Noted', 'Revise and Resubmit', 'Reviewed'])})")


def submittal_approval(c) -> Rec:
    a = c.person()
    return Rec().add(jpre(c, "com.cc.submittals.WorkflowService"), "step=", c.ch(["Architect Review", "Engineer of Record"]),
                     " approver=", c.ch(["ACME\\", "", "BRIGHTLINE\\"]), N(a.acct(c.rng)), " display=\"", N(a.full()), "\" ip=", I(c.ip()),
                     f" decision={c.ch(['APPROVED', 'REJECTED', 'APPROVED_AS_NOTED'])}")


def rfi_question(c) -> Rec:
    a, b = c.person(), c.person()
    msg = c.ch([("Per conversation with ", " on site, the embed plates do not match S-301. Please confirm. - "),
                ("Según lo hablado con ", ", las placas no coinciden con el plano S-301. Favor de confirmar. - "),
                ("Laut Rücksprache mit ", " passen die Ankerplatten nicht zu Plan S-301. Bitte bestätigen. - ")])
    return Rec().add(f"RFI {c.num(1, 300):03d} question: \"", msg[0], N(a.full()), msg[1], N(b.initial()), "\"")


def neg_rfi_stats(c) -> Rec:
    return Rec().add(f"{c.ts()} [rfi-report] project=\"{proj(c)}\" open={c.num(0, 80)} overdue={c.num(0, 20)} "
                     f"ball_in_court=Architect avg_days={c.num(1, 30)} status={c.ch(D.STATUSES)} by={c.ch(D.SERVICE_ACCTS)}")


def neg_rfi_webhook(c) -> Rec:
    obj = {"id": c.num(100000, 999999), "resource_name": "Submittals", "event_type": "create",
           "project": {"id": c.num(1000, 9999), "name": proj(c)},
           "payload": {"spec_section": "08 71 00", "title": c.ch(D.UI_STRINGS), "ball_in_court": [{"name": "Architect of Record"}],
                       "created_by": {"name": c.ch(["Procore Integration", "API User"]), "login": c.ch(D.SERVICE_ACCTS)}}}
    return Rec().json(obj, indent=c.ch([None, 2]))


# ---------------------------------------------------------------- 8. daily_log_payroll
def daily_manpower(c) -> Rec:
    s = c.person()
    r = Rec().add(f"DAILY LOG {c.date()}  {proj(c)}\nSuperintendent: ", N(s.full()), f"\nWeather: {c.ch(['Clear', 'Rain', 'Overcast'])} "
                  f"{c.num(30, 95)}F\nMANPOWER\n  Company                      Foreman               Workers  Hours\n")
    for _ in range(c.num(2, 4)):
        f = c.person()
        co = c.ch(D.TRADES)
        nm = c.ch([f.full(), f.initial(), f.family])
        r.add(f"  {co:<29}", N(nm), " " * max(1, 22 - len(nm)), f"{c.num(2, 20):<8} {c.num(8, 160)}\n")
    return r.add(f"Notes: {c.ch(['Pour at Level 3 complete', 'Inspection passed', 'Crane down for wind'])}")


def wh347(c) -> Rec:
    r = Rec().add(f"WH-347 CERTIFIED PAYROLL  Contractor: {c.ch(D.TRADES)}  Project: {proj(c)}  Week ending {c.date()}\n")
    for _ in range(c.num(1, 3)):
        p = c.person()
        nm = up(p.last_first())
        r.add(N(nm), " " * max(1, 28 - len(nm)), "XXX-XX-", S(c.last4()),
              f"  {c.ch(['CARPENTER', 'LABORER GRP 1', 'ELECTRICIAN', 'IRONWORKER']):<14} {c.num(20, 50)}.0  ${c.num(28, 75)}.{c.num(10, 99)}\n")
    return r.add("I certify that the payroll is correct and complete.")


def crew_csv(c) -> Rec:
    r = Rec().add("employee_id,employee,crew,cost_code,date,st_hours,ot_hours,approved_by\n")
    fore = c.person()
    fa = fore.acct(c.rng)
    for _ in range(c.num(1, 3)):
        p = c.person()
        r.add(f"E{c.num(10000, 99999)},", N(c.ch([p.full(), f"{p.family} {p.given}", p.full().upper()])),
              f",CREW-{c.num(1, 40)},{c.num(1, 33):02d}-{c.num(100, 999)},{c.date()},8.0,{c.num(0, 4)}.0,", N(fa), "\n")
    return r


def foreman_es(c) -> Rec:
    f, p = c.person(), c.person()
    return Rec().add(f"{c.ts(frac=False)} bitacora obra=\"{proj(c)}\" nota=\"Cuadrilla de ", N(f.full()), f": {c.num(3, 12)} trabajadores. ",
                     N(p.given), " se retiró a las 14:00 por cita médica. Tel. encargado ", P(c.phone(c.ch(["mx", "es"]))), "\"")


def bautagebuch(c) -> Rec:
    b, p = c.person(), c.person()
    return Rec().add(f"Bautagebuch Nr. {c.num(1, 300)} vom {c.num(1, 28):02d}.{c.num(1, 12):02d}.2026 - Bauleiter: ", N(b.full()),
                     f"\nAnwesend: {c.ch(D.TRADES)} ({c.num(2, 9)} AK), Polier ", N(p.family),
                     f"\nBesonderheiten: {c.ch(['Betonage Decke über EG', 'Gerüstabnahme', 'Regen, Arbeiten unterbrochen'])}")


def clock_in(c) -> Rec:
    p = c.person()
    obj = {"event": "crew.clock_in", "worker": {"id": f"W{c.num(1000, 9999)}", "name": N(p.display(c.rng)), "phone": P(c.phone())},
           "geo": {"lat": round(30 + c.rnd() * 15, 5), "lon": round(-120 + c.rnd() * 40, 5)}, "device_ip": I(c.ip()),
           "jobsite": proj(c)}
    return Rec().add(f"{c.ts()} INFO timeclock ").json(obj, ascii=c.rnd() < 0.35)


def neg_daily(c) -> Rec:
    r = Rec().add(f"DAILY LOG {c.date()}  {proj(c)}\nSuperintendent: (unassigned)\nMANPOWER\n")
    for _ in range(c.num(2, 3)):
        r.add(f"  {c.ch(D.TRADES):<29}{'Crew ' + str(c.num(1, 30)):<22}{c.num(2, 20):<8} {c.num(8, 160)}\n")
    return r.add(f"Equipment: {c.ch(D.EQUIPMENT)}, {c.ch(D.EQUIPMENT)}")


def neg_payroll(c) -> Rec:
    return Rec().add(f"WH-347 CERTIFIED PAYROLL  Contractor: {c.ch(D.TRADES)}  Project: {proj(c)}  Week ending {c.date()}\n"
                     f"NO WORK PERFORMED THIS WEEK  (statement of non-performance, payroll #{c.num(1, 52)})\nStatus: {c.ch(D.STATUSES)}")


# ---------------------------------------------------------------- 9. safety_incident
def osha300(c) -> Rec:
    p = c.person()
    return Rec().add("case_no,employee_name,job_title,date_of_injury,where_occurred,description,days_away,restricted\n"
                     f"{c.num(2026001, 2026999)},\"", N(p.last_first()), f"\",{c.ch(['Carpenter', 'Laborer', 'Electrician'])},"
                     f"{c.date()},\"{c.ch(D.ROOMS)}\",\"{c.ch(['laceration left hand', 'strain lower back', 'fall from ladder'])}\","
                     f"{c.num(0, 20)},{c.num(0, 30)}")


def incident_json(c) -> Rec:
    inj, wit, sup = c.person(), c.person(), c.person()
    obj = {"incidentId": f"INC-{c.num(10000, 99999)}", "type": c.ch(["recordable", "first_aid", "near_miss"]), "project": proj(c),
           "injured": {"firstName": N(inj.given), "lastName": N(inj.family), "employer": c.ch(D.TRADES), "phone": P(c.phone())},
           "witnesses": [{"name": N(wit.display(c.rng)), "phone": P(c.phone())}],
           "supervisor": N(sup.acct(c.rng)), "narrative": Cat(N(inj.given), " slipped on the ramp near ", c.ch(D.ROOMS), "; ",
                                                             N(wit.given), " called 911.")}
    return Rec().json(obj, indent=c.ch([2, None]), ascii=c.rnd() < 0.3)


def near_miss(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts()} mobile-safety near_miss submitted by=", N(p.acct(c.rng)), " ip=", I(c.ip()),
                     f' text="{c.ch(D.EQUIPMENT)} swung load over walkway, spotter ', N(p.given if c.rnd() < 0.5 else p.full()),
                     ' stopped work" severity=high')


def toolbox(c) -> Rec:
    r = Rec().add(f"TOOLBOX TALK  {c.date()}  Topic: {c.ch(['Ladder Safety', 'Silica', 'Lockout Tagout', 'Heat Illness'])}\n"
                  "Presenter: ")
    r.add(N(c.person().full()), "\nAttendees:\n")
    for i in range(c.num(2, 5)):
        p = c.person()
        r.add(f"  {i + 1}. ", N(c.ch([p.full(), p.full().upper(), p.native_full()])), f"  ({c.ch(D.TRADES)})\n")
    return r.add("Sign-in verified by site kiosk-03")


def drug_test(c) -> Rec:
    p = c.person()
    return Rec().add(f"CCF {c.num(1000000, 9999999)} collection site=\"{c.ch(D.PLACES)}\" donor=", N(up(p.last_first())), " donor_id=",
                     S(c.ssn()), f" reason={c.ch(['POST-ACCIDENT', 'RANDOM', 'PRE-EMPLOYMENT'])} result={c.ch(['NEGATIVE', 'PENDING MRO'])}")


def incident_trace(c) -> Rec:
    p = c.person()
    return Rec().add("Traceback (most recent call last):\n  File \"/srv/safety/app/notify.py\", line 88, in escalate\n"
                     "    sms.send(to=report.supervisor.phone, body=msg)\n"
                     "safety.errors.NotifyError: could not reach supervisor ", "User(username=").pystr(N(p.acct(c.rng))).add(
                     ", full_name=").pystr(N(p.full())).add(", phone=").pystr(P(c.phone())).add(")")


def neg_incident(c) -> Rec:
    obj = {"incidentId": f"INC-{c.num(10000, 99999)}", "type": "property_damage", "project": proj(c),
           "equipment": c.ch(D.EQUIPMENT), "location": c.ch(D.ROOMS), "reportedBy": c.ch(D.SERVICE_ACCTS),
           "narrative": f"{c.ch(D.EQUIPMENT)} contacted scaffold; no injuries. {c.ch(D.JARGON)} held."}
    return Rec().json(obj, indent=c.ch([2, None]))


def neg_toolbox(c) -> Rec:
    return Rec().add(f"TOOLBOX TALK  {c.date()}  Topic: {c.ch(D.JARGON)}\nPresenter: Safety Department\nAttendees: {c.num(5, 60)} "
                     f"(badge scans, {c.ch(D.TRADES)}, {c.ch(D.TRADES)})\nSign-in verified by site kiosk-{c.num(1, 9):02d}")


# ---------------------------------------------------------------- 10. doc_control
def transmittal(c) -> Rec:
    a, b = c.person(), c.person()
    r = Rec().add(f"TRANSMITTAL {c.ch(['BLE', 'KES', 'ATL'])}-TRN-{c.num(1, 9999):06d}\nProject: {proj(c)}\nFrom: ", N(a.full()),
                  f" ({c.ch(D.BUILDERS)})\nTo: ", N(c.ch([b.full(), b.native_full()])), " <", E(b.email(c.rng, wdom(c))), ">\n")
    r.add(f"Reason: {c.ch(['Issued For Construction', 'For Review', 'For Information'])}\n")
    for _ in range(c.num(1, 3)):
        r.add(f"  {c.ch(['A', 'S', 'M', 'E'])}-{c.num(100, 599)}  Rev {c.ch('ABCD')}  {c.ch(['Floor Plan', 'Sections', 'Details'])} L{c.num(1, 9)}\n")
    return r


def projectwise(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')}|AUDIT|{c.ch(['CheckOut', 'CheckIn', 'Export', 'Delete'])}|user=",
                     c.ch(["KESTREL\\", "BRIGHTLINE\\", "ENG\\"]), N(p.acct(c.rng)), f"|doc=\\\\pw\\{proj(c).split()[0]}\\"
                     f"{c.ch(['S', 'A', 'M'])}-{c.num(100, 599)}.dgn|host=WS-{c.num(100, 999)}|ip=", I(c.ip()))


def titleblock(c) -> Rec:
    d, k, a = c.person(), c.person(), c.person()
    return Rec().add(f"SHEET {c.ch(['S', 'A', 'M'])}-{c.num(100, 599)} REV {c.ch('ABCD')} ATTRIBUTES\n  DRAWN BY    : ",
                     N(up(d.initial())), "\n  CHECKED BY  : ", N(up(k.family)), "\n  APPROVED BY : ", N(a.full()),
                     f"\n  SCALE       : 1/8\" = 1'-0\"\n  PROJECT     : {proj(c)}")


def review_stamp(c) -> Rec:
    jp = c.rnd() < 0.35
    p = c.person("japanese" if jp else None)
    if jp:
        return Rec().add(f"{c.ts(frac=False, z='+09:00')} 図面レビュー 承認者=", N(p.native_full()), f" 図番=S-{c.num(100, 599)} "
                         "コメント=「梁せいを確認してください」 連絡先=", P(c.phone("jp")))
    return Rec().add(f"{c.ts()} review-svc markup saved doc=A-{c.num(100, 599)} reviewer=", E(p.email(c.rng, wdom(c))),
                     ' comment="', N(p.given), ': door swing conflicts with grid 4"', f" stamp={c.ch(['Approved', 'No Exceptions Taken'])}")


def dms_url(c) -> Rec:
    p = c.person()
    r = Rec().add(I(c.ip()), f" - - [{c.num(10, 28)}/Apr/2026:0{c.num(1, 9)}:{c.num(10, 59)}:{c.num(10, 59)} +0100] \"GET /aconex/search?")
    r.add("assignee=").add(N(p.full()), enc=c.ch([form, pct])).add("&mail=").add(E(p.email(c.rng)), enc=pct)
    return r.add(f"&status=Open HTTP/1.1\" 200 {c.num(800, 90000)}")


def neg_transmittal(c) -> Rec:
    return Rec().add(f"TRANSMITTAL KES-TRN-{c.num(1, 9999):06d}\nProject: {proj(c)}\nFrom: Document Control ({c.ch(D.BUILDERS)})\n"
                     f"To: {c.ch(D.TRADES)}\nReason: {c.ch(['Issued For Construction', 'Superseded'])}\n  A-{c.num(100, 599)}  Rev B  Floor Plan\n")


def neg_pw(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')}|AUDIT|{c.ch(['Sync', 'Index', 'Backup'])}|user=ENG\\{c.ch(['pw_batch', 'svc_index', 'SYSTEM'])}"
                     f"|doc=\\\\pw\\{proj(c).split()[0]}\\A-{c.num(100, 599)}.dgn|host=PW-APP-0{c.num(1, 4)}|status={c.ch(D.STATUSES)}")


# ---------------------------------------------------------------- 11. plm_cad_checkin
def windchill(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts(sep=' ', z='').replace('.', ',')} INFO  [ajp-nio-8011-exec-{c.num(1, 40)}] wt.method.server.httpgw - "
                     "checkin user=", N(p.acct(c.rng)), f" object=WTPart:{c.num(100000, 999999)} number={c.num(10, 99)}-{c.num(1000, 9999)} "
                     f"iteration=A.{c.num(1, 9)} context=\"{c.ch(['Gearbox GX-7', 'Project Athena', 'Bracket Assy'])}\"")


def teamcenter(c) -> Rec:
    p = c.person()
    if c.rnd() < 0.35:
        return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} tcserver[{c.num(1000, 60000)}]: SSO ticket accepted principal=",
                         N(p.acct(c.rng)), f"@{c.ch(['KESTREL.LOCAL', 'ENG.EXAMPLE.COM'])} client=", I(c.ip()), " tcsso=ok")
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} tcserver[{c.num(1000, 60000)}]: user \"", N(p.acct(c.rng)), "\" (",
                     N(c.ch([p.full(), p.last_first(), p.native_full()])), ") logged in from ", I(c.ip()),
                     " group=Engineering role=Designer")


def eco_json(c) -> Rec:
    a, b = c.person(), c.person()
    obj = {"change": f"ECO-{c.num(10000, 99999)}", "state": c.ch(["Under Review", "Released"]),
           "originator": {"name": N(a.display(c.rng, False)), "email": E(a.email(c.rng, wdom(c)))},
           "approvals": [{"role": "Design Lead", "user": N(b.acct(c.rng)), "decision": "approve"},
                         {"role": "Quality", "user": "wcadmin", "decision": "auto"}]}
    return Rec().json(obj, indent=c.ch([None, 2, 4]), ascii=c.rnd() < 0.3)


def vault_log(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} [Vault] {c.ch(['CheckinFile', 'UndoCheckoutFile', 'GetLatest'])} ",
                     f"'$/Designs/{c.ch(['Frame', 'Bracket', 'Housing'])}-{c.num(100, 999)}.ipt' by ", c.ch(["KESTREL\\", ""]),
                     N(p.acct(c.rng)), " on ", f"CAD-WS{c.num(10, 99)} (", I(c.ip()), ")")


def pdm_tostring(c) -> Rec:
    p = c.person()
    return Rec().add(jpre(c, "com.plm.sync.PdmBridge", "WARN"), "state change rejected for ",
                     f"Document{{number='DWG-{c.num(10000, 99999)}', state='Work In Progress', owner=WTUser{{name='",
                     N(p.acct(c.rng)), "', fullName='", N(p.full()), "', eMail='", E(p.email(c.rng, wdom(c))), "'}}")


def solidworks(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts()} SWPDM transition \"Submit for Approval\" file=Housing-{c.num(100, 999)}.SLDPRT by=", N(p.full().upper()),
                     " comment=\"", N(p.given), f" - updated fillet R{c.num(1, 9)}\"")


def neg_windchill(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', z='').replace('.', ',')} INFO  [BackgroundMethodServer] wt.queue - entry {c.num(1000, 9999)} "
                     f"processed by {c.ch(['wcadmin', 'infodba', 'PDM_ADMIN'])} part={c.ch(['Gearbox GX-7', 'Bracket Assy', 'Lincoln Frame Rail'])} "
                     f"state={c.ch(['Released', 'In Work'])}")


def neg_eco(c) -> Rec:
    obj = {"change": f"ECO-{c.num(10000, 99999)}", "state": "Released", "originator": {"name": "Integration User"},
           "approvals": [{"role": "Quality", "user": "wcadmin", "decision": "auto"}], "affected": [c.ch(D.SOFTWARE)]}
    return Rec().json(obj, indent=c.ch([None, 2]))


# ---------------------------------------------------------------- 12. bim_coordination
def ifc_header(c) -> Rec:
    p = c.person()
    return Rec().add("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [CoordinationView_V2.0]'),'2;1');\n"
                     f"FILE_NAME('{proj(c).split()[0]}-ARCH-L{c.num(1, 9)}.ifc','{c.ts(frac=False, z='')}',('",
                     N(p.full().replace("'", "''")), "'),('", c.ch(D.BUILDERS), "'),'IFC4 exporter','Revit 2025','')" + ";\n"
                     "FILE_SCHEMA(('IFC4'));\nENDSEC;")


def bcf_markup(c) -> Rec:
    a, b = c.person(), c.person()
    r = Rec()
    with r.doc("xml"):
        r.add(f'<Markup>\n  <Topic Guid="{c.hx(8)}-{c.hx(4)}-{c.hx(4)}" TopicType="Clash" TopicStatus="Active">\n'
              f"    <Title>{xesc(c.ch(['Duct vs beam L3', 'Sprinkler main clash', 'Door vs column']))}</Title>\n"
              f"    <CreationAuthor>", E(a.email(c.rng, wdom(c))), "</CreationAuthor>\n    <AssignedTo>",
              E(b.email(c.rng, wdom(c))), "</AssignedTo>\n  </Topic>\n  <Comment Guid=\"", c.hx(8), "\">\n    <Comment>",
              (xesc(b.given), "NAME"), f", please reroute the duct above {c.ch(D.ROOMS)}</Comment>\n    <Author>",
              E(a.email(c.rng, wdom(c))), "</Author>\n  </Comment>\n</Markup>")
    return r


def clash_report(c) -> Rec:
    r = Rec().add("Clash Name,Status,Level,Grid,Assigned To,Approved By,Distance\n")
    for i in range(c.num(1, 3)):
        a, b = c.person(), c.person()
        r.add(f"Clash{c.num(1, 400)},{c.ch(['New', 'Active', 'Approved'])},L{c.num(1, 9)},{c.ch('ABCDE')}-{c.num(1, 9)},",
              N(a.full()), ",", N(b.acct(c.rng)), f",-0.{c.num(10, 99)} m\n")
    return r


def revit_journal(c) -> Rec:
    p = c.person()
    return Rec().add(f"' 0:< ::{c.num(1, 9)}:: delta VM: Avail -{c.num(10, 900)} MB, Used +{c.num(10, 90)} MB\n",
                     "Jrn.Directive \"Version\"  , \"2025.000\", \"20240315_1515(x64)\"\nJrn.Directive \"Username\"  , \"",
                     N(p.acct(c.rng)), "\"\nJrn.Directive \"ProjToPage\"  , \"", f"{proj(c).split()[0]}_Central.rvt\", 0\n",
                     "Jrn.Command \"Ribbon\" , \"Synchronize with Central , ID_FILE_SAVE_TO_MASTER\"")


def acc_webhook(c) -> Rec:
    p = c.person()
    obj = {"hook": {"event": "issue.updated", "system": "construction.issues"}, "payload": {"issueId": c.hx(12),
           "title": "Clash: Sprinkler vs beam", "assignedTo": N(c.ch([p.full(), p.native_full()])), "updatedBy": E(p.email(c.rng, wdom(c))),
           "comment": Cat("@", N(p.acct(c.rng)), " moved to L", str(c.num(1, 9))), "status": c.ch(["open", "in_review"])}}
    return Rec().json(obj, ascii=c.rnd() < 0.4, indent=c.ch([None, 2]))


def revit_server(c) -> Rec:
    p = c.person()
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RevitServer.Lock {c.ch(['Acquired', 'Released'])} model=\"{proj(c)}.rvt\" "
                     "user=", c.ch(["KESTREL\\", "BRIGHTLINE\\"]), N(p.acct(c.rng)), " client=", I(c.ip()),
                     f" elements={c.num(1, 900)}")


def neg_clash(c) -> Rec:
    return Rec().add("Clash Name,Status,Level,Grid,Assigned To,Approved By,Distance\n" +
                     "".join(f"Clash{c.num(1, 400)},New,L{c.num(1, 9)},{c.ch('ABCDE')}-{c.num(1, 9)},MEP Coordinator,"
                             f"{c.ch(['bimsync-svc', 'Auto'])},-0.{c.num(10, 99)} m\n" for _ in range(c.num(1, 3))))


def neg_ifc(c) -> Rec:
    return Rec().add("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');\n"
                     f"FILE_NAME('{proj(c).split()[0]}-STR.ifc','{c.ts(frac=False, z='')}',(''),('{c.ch(D.BUILDERS)}'),"
                     f"'{c.ch(['Tekla Structures', 'Archicad 28', 'IFC4 exporter'])}','{c.ch(D.SOFTWARE)}','')" + ";\n"
                     "FILE_SCHEMA(('IFC4'));\nENDSEC;")


def neg_revit(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} RevitServer.Lock Released model=\"{proj(c)}.rvt\" user=revitserver "
                     f"client=localhost elements=0 reason=\"{c.ch(D.UI_STRINGS)}\"")


def neg_review_jp(c) -> Rec:
    return Rec().add(f"{c.ts(frac=False, z='+09:00')} 図面レビュー 承認者={c.ch(['品質管理部', '設計部', 'システム'])} 図番=S-{c.num(100, 599)} "
                     f"コメント=「{c.ch(['寸法を確認してください', '承認済み', '差し戻し'])}」 状態={c.ch(D.STATUSES)}")


def neg_tc(c) -> Rec:
    return Rec().add(f"{c.ts(sep=' ', frac=False, z='')} tcserver[{c.num(1000, 60000)}]: user \"{c.ch(['infodba', 'dcproxy', 'PDM_ADMIN'])}\" "
                     f"(Teamcenter Administrator) logged in from localhost group=dba role=DBA pool={c.ch(['TcPool01', 'Athena'])}")


def neg_osha300a(c) -> Rec:
    return Rec().add("establishment,year,total_cases,days_away,job_transfer,other,avg_employees,total_hours\n"
                     f"\"{c.ch(D.BUILDERS)} - {c.ch(D.PROJECTS)}\",2026,{c.num(0, 12)},{c.num(0, 5)},{c.num(0, 5)},{c.num(0, 9)},"
                     f"{c.num(40, 900)},{c.num(80000, 900000)}")


def neg_crew_csv(c) -> Rec:
    r = Rec().add("employee_id,employee,crew,cost_code,date,st_hours,ot_hours,approved_by\n")
    for _ in range(c.num(1, 3)):
        r.add(f"SUB-{c.num(100, 999)},{c.ch(D.TRADES)} (sub labor),CREW-{c.num(1, 40)},{c.num(1, 33):02d}-{c.num(100, 999)},"
              f"{c.date()},8.0,0.0,{c.ch(D.SERVICE_ACCTS)}\n")
    return r


FAMILIES = {
    "rfi_submittal": ([rfi_webhook, rfi_mail, ball_handoff, submittal_approval, rfi_question], [neg_rfi_stats, neg_rfi_webhook]),
    "daily_log_payroll": ([daily_manpower, wh347, crew_csv, foreman_es, bautagebuch, clock_in], [neg_daily, neg_payroll, neg_crew_csv]),
    "safety_incident": ([osha300, incident_json, near_miss, toolbox, drug_test, incident_trace], [neg_incident, neg_toolbox, neg_osha300a]),
    "doc_control": ([transmittal, projectwise, titleblock, review_stamp, dms_url], [neg_transmittal, neg_pw, neg_review_jp]),
    "plm_cad_checkin": ([windchill, teamcenter, eco_json, vault_log, pdm_tostring, solidworks], [neg_windchill, neg_eco, neg_tc]),
    "bim_coordination": ([ifc_header, bcf_markup, clash_report, revit_journal, acc_webhook, revit_server],
                         [neg_clash, neg_ifc, neg_revit]),
}

