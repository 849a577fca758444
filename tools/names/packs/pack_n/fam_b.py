"""pack_n families 7-12: wiki knowledge base, file sync and sharing, e-signature workflows, people directory,
chat-ops bots and integrations, meeting transcripts and notes."""

from __future__ import annotations

from core import (
    COMPANIES,
    PH,
    PLACES,
    PRODUCTS,
    ROOMS,
    SERVICE_ACCOUNTS,
    STATUS_WORDS,
    SUBJECTS,
    UI_STRINGS,
    B,
    C,
    Ctx,
    E,
    I,
    N,
    S,
    chk_json,
    chk_xml,
    form,
    jb,
    jesc,
    join,
    pct,
    xesc,
)

PAGES = ["Onboarding/Checklist", "Team/On-call rota", "Runbooks/VPN", "HR/Leave policy", "Projects/Athena",
         "Office/Seating plan", "Release notes 4.2", "Travel/Expense guide", "Design System/Buttons",
         "IT/Laptop refresh", "Security/Incident contacts", "Facilities/Parking"]
SPACES = ["ENG", "HR", "OPS", "IT", "SALES", "DESIGN", "LEGAL", "FIN"]
BROWSER = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
           "Safari/537.36", "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15"]


# ======================================================================== 7 wiki_knowledge_base
def wk_rc_irc(c: Ctx) -> B:
    p = c.person()
    page = c.pick(PAGES)
    o = c.person()
    summ = c.pick([lambda: B("added contact for ", N(o.full())), lambda: B("updated phone of ", N(o.g()), ": ",
                                                                          PH(c.phone())),
                   lambda: B("rv vandalism"), lambda: B("handover from ", N(o.acct()), " -> ", N(p.acct()))])()
    flag = c.pick(["M", "", "MB", "N"])
    return B(f"[[{page}]] {flag} https://wiki.{c.dom}/w/index.php?diff={c.ri(10000, 99999)}&oldid="
             f"{c.ri(1000, 9999)} * ", N(p.full()), f" * ({c.pick(['+', '-'])}{c.ri(1, 4000)}) ", summ)


def wk_api_access(c: Ctx) -> B:
    p = c.person()
    nm = p.west().replace(" ", "_") if c.chance(0.3) else p.west()
    enc = B(N(nm)).enc(pct)
    q = c.pick([B("action=query&list=usercontribs&ucuser=", enc, "&uclimit=50&format=json"),
                B("action=query&list=users&ususers=", enc, "&usprop=editcount%7Cregistration&format=json"),
                B("title=User:", B(N(nm.replace(" ", "_"))).enc(pct), "&action=edit")])
    path = "/w/api.php?" if c.chance(0.7) else "/w/index.php?"
    return B(I(c.ip(0.25)), f" - - [{c.ts('clf')}] \"GET {path}", q, f" HTTP/1.1\" 200 {c.ri(200, 9000)} "
             f"\"-\" \"{c.pick(BROWSER)}\"")


def wk_confluence(c: Ctx) -> B:
    p = c.person()
    sp = c.pick(SPACES)
    return B(f"{c.ts('comma')} WARN [http-nio-8090-exec-{c.ri(1, 40)}] [confluence.pages.actions.ViewPageAction] "
             f"execute Page {c.ri(100000, 9999999)} rendered in {c.ri(1000, 20000)}ms\n -- referer: https://wiki."
             f"{c.dom}/display/{sp} | url: /display/{sp}/{c.pick(PAGES).split('/')[-1].replace(' ', '+')} | "
             f"traceId: {c.hex(16)} | userName: ", N(p.acct()), " | action: viewpage | page: ",
             str(c.ri(100000, 9999999)))


def wk_audit(c: Ctx) -> B:
    p, o = c.people(2)
    rec = {"author": {"type": "user", "displayName": N(p.full()), "username": N(p.acct()),
                      "userKey": c.hex(32)},
           "remoteAddress": I(c.ip(0.3)), "creationDate": int(c.ts("epoch")) * 1000,
           "summary": c.pick(["Page restrictions changed", "Page owner changed", "Space permission added"]),
           "category": "Permissions",
           "affectedObject": {"name": c.pick([B("1:1 notes ", N(p.g()), " / ", N(o.g())), B(c.pick(PAGES)),
                                              B("Performance review - ", N(o.full()))]), "objectType": "Page"},
           "changedValues": [{"name": "Owner", "oldValue": N(p.full()), "newValue": N(o.full())}]}
    return B(f"{c.ts('iso')} audit-export ", jb(rec, 2 if c.chance(0.4) else None, ascii_=c.chance(0.2)))


def wk_dokuwiki(c: Ctx) -> B:
    ps = c.people(c.ri(1, 3))
    b = B(f"# data/meta/{c.pick(['team', 'hr', 'it'])}/{c.pick(['onboarding', 'contacts', 'oncall'])}.changes\n")
    for p in ps:
        o = c.person()
        summ = c.pick([B("fixed phone of ", N(o.g())), B("added ", N(o.full())), B("typo")])
        b.add(f"{c.ts('epoch')}\t", I(c.ip4()), f"\t{c.pick(['E', 'e', 'C'])}\tteam:onboarding\t", N(p.acct()),
              "\t", summ, f"\t\t{c.pick(['+', '-'])}{c.ri(1, 900)}\n")
    return b


def wk_move(c: Ctx) -> B:
    p, a = c.people(2)
    old = p.west()
    new = p.west() + "-" + c.pick(["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad"])
    return B(f"{c.ts('space')} [move] ", N(a.full()), " moved page [[User:", N(old), "]] to [[User:",
             N(new), "]] (surname change after marriage; redirect left)")


def wk_mention_mail(c: Ctx) -> B:
    p, r = c.people(2)
    sp = c.pick(SPACES)
    return B("From: \"", N(p.full()), " (Confluence)\" <", E(f"confluence@{c.dom}"), ">\nTo: ", E(r.email(c.dom)),
             "\nSubject: [Confluence] ", N(p.full()), f" mentioned you on \"{c.pick(PAGES)}\"\n"
             f"X-Atlassian-Space: {sp}\nMessage-ID: <{c.hex(16)}@wiki.{c.dom}>\n\nHi ", N(r.g()), ",\n",
             N(p.g()), " mentioned you on a page.")


def wk_neg_rc(c: Ctx) -> B:
    who = c.pick(["Maintenance script", "MediaWiki default", "WikiSyncBot", "ArchiveBot", "ImportBot"])
    return B(f"[[{c.pick(PAGES)}]] {c.pick(['B', 'MB', ''])} https://wiki.example/w/index.php?diff="
             f"{c.ri(10000, 99999)}&oldid={c.ri(1000, 9999)} * {who} * (+{c.ri(1, 4000)}) "
             f"{c.pick(['Bot: fixing double redirect', 'Bot: updating interwiki links', 'import from ' + c.pick(PRODUCTS)])}")


def wk_neg_conf(c: Ctx) -> B:
    return B(c.pick([
        f"{c.ts('comma')} INFO [Caesium-1-{c.ri(1, 4)}] [index.queue.ReIndexManager] reIndex Re-index finished: "
        f"{c.ri(1000, 99999)} documents in {c.ri(10, 900)}s",
        f"{c.ts('comma')} INFO [main] [com.atlassian.confluence.lifecycle] init Starting Confluence "
        f"{c.pick(['8.5.6', '8.9.1', '9.2.0'])} (build #{c.ri(9000, 9999)})",
        f"{c.ts('comma')} WARN [http-nio-8090-exec-{c.ri(1, 40)}] [confluence.pages.actions.ViewPageAction] "
        f"execute Page {c.ri(100000, 9999999)} rendered in {c.ri(1000, 20000)}ms -- url: /display/"
        f"{c.pick(SPACES)}/{c.pick(PAGES).split('/')[-1].replace(' ', '+')} | userName: anonymous",
    ]))


def wk_neg_audit(c: Ctx) -> B:
    rec = {"author": {"type": "system", "displayName": c.pick(["System", "Confluence Automation", "Jira Integration"])},
           "summary": c.pick(["Space created", "Global permission changed", "Plugin enabled"]),
           "affectedObject": {"name": c.pick([f"Project {c.pick(PRODUCTS)}", f"{c.pick(PLACES)} Office",
                                              c.pick(PAGES)]), "objectType": "Space"}}
    return B(f"{c.ts('iso')} audit-export ", jb(rec, compact=True))


def wk_neg_doku(c: Ctx) -> B:
    b = B("# data/meta/wiki/syntax.changes\n")
    for _ in range(c.ri(1, 3)):
        b.add(f"{c.ts('epoch')}\t\tE\twiki:syntax\t\texternal edit\t\t\n")
    return b


# ======================================================================== 8 file_sync_sharing
def _doc_name(c: Ctx, p) -> B:
    k = c.ri(0, 3)
    if k == 0:
        return B(N(p.full()), f" - {c.pick(['Arbeitsvertrag', 'Offer Letter', 'Passport scan', 'CV', 'contrat'])}.pdf")
    if k == 1:
        return B(N(p.us()), f"_{c.pick(['offer_letter', 'payslip_2026-03', 'visa', 'signed_NDA'])}.pdf")
    if k == 2:
        return B(f"{c.pick(['Review', 'Feedback', 'Notes'])} ", N(p.rg), f" Q{c.ri(1, 4)}.docx")
    return B(N(p.gu().lower()), f"_{c.pick(['headshot', 'id_card', 'references'])}.{c.pick(['jpg', 'png', 'pdf'])}")


def fs_nextcloud(c: Ctx) -> B:
    p, o = c.people(2)
    doc = _doc_name(c, o)
    msg = c.pick([B("Shared \"/", doc, "\" with ", N(o.acct())),
                  B("Login failed: '", N(p.acct()), "' (Remote IP: '", I(c.ip4()), "')"),
                  B("File with name \"", doc, "\" could not be scanned: timeout")])
    rec = {"reqId": c.alnum(20), "level": c.pick([1, 2, 3]), "time": c.ts("isos")[:-1] + "+00:00",
           "remoteAddr": I(c.ip(0.25)), "user": N(p.acct()), "app": c.pick(["files_sharing", "core", "files_antivirus"]),
           "method": c.pick(["POST", "PUT", "GET"]), "url": "/ocs/v2.php/apps/files_sharing/api/v1/shares",
           "message": msg, "userAgent": c.pick(BROWSER), "version": "28.0.4.1"}
    return jb(rec, compact=True)


def fs_box(c: Ctx) -> B:
    p, o = c.people(2)
    ev = {"type": "event", "event_id": c.uuid(), "event_type": c.pick(["COLLABORATION_INVITE", "DOWNLOAD", "SHARE",
                                                                      "ITEM_PREVIEW"]),
          "created_by": {"type": "user", "id": str(c.ri(10**8, 10**9)), "name": N(p.full()),
                         "login": E(p.email(c.dom))},
          "created_at": c.ts("isos"), "ip_address": I(c.ip(0.2)),
          "source": {"item_type": "file", "item_name": _doc_name(c, o), "parent": {"name": "HR Shared"}}}
    if ev["event_type"] == "COLLABORATION_INVITE":
        ev["additional_details"] = {"invitee_email": E(o.email(c.dom)), "role": "editor"}
    return B(f"{c.ts('iso')} box-events stream_position={c.ri(10**12, 10**13)} ", jb(ev, 2 if c.chance(0.5) else None))


def fs_seafile(c: Ctx) -> B:
    p, o = c.people(2)
    return B(f"[{c.ts('space')}] [INFO] seahub.share.views:{c.ri(100, 999)} share_repo {c.uuid()} '",
             c.pick([B("Onboarding - ", N(o.g())), B(c.pick(SUBJECTS))]), "' to ", E(o.email(c.dom)),
             f" permission={c.pick(['r', 'rw'])} by ", E(p.email(c.dom)))


def fs_drive_csv(c: Ctx) -> B:
    ps = c.people(c.ri(1, 3))
    b = B("Date,Event Description,User,IP address,Document title,Visibility\n")
    for p in ps:
        o = c.person()
        title = _doc_name(c, o)
        desc = c.pick([B(N(p.full()), " shared an item with ", N(o.full())), B(N(p.full()), " downloaded an item"),
                       B(N(p.full()), " changed access scope")])
        b.add(f"{c.ts('isos')},", desc, ",", E(p.email(c.dom)), ",", I(c.ip(0.2)), ",", title,
              f",{c.pick(['Shared internally', 'Private', 'People with link', 'Shared externally'])}\n")
    return b


def fs_occ(c: Ctx) -> B:
    ps = c.people(c.ri(2, 4))
    if c.chance(0.5):
        b = B("$ sudo -u www-data php occ user:list\n")
        for p in ps:
            b.add("  - ", N(p.acct()), ": ", N(p.full()), "\n")
        b.add("  - admin: admin\n")
        return b
    p = ps[0]
    return B("$ sudo -u www-data php occ files:scan ", N(p.acct()), "\nStarting scan for user 1 out of 1 (", N(p.acct()),
             ")\n+---------+-------+-----+---------+---------+--------+--------------+\n"
             "| Folders | Files | New | Updated | Removed | Errors | Elapsed time |\n"
             "+---------+-------+-----+---------+---------+--------+--------------+\n"
             f"| {c.ri(1, 900):<7} | {c.ri(1, 9000):<5} | {c.ri(0, 90):<3} | 0       | 0       | 0      | 00:00:"
             f"{c.ri(10, 59)}     |\n+---------+-------+-----+---------+---------+--------+--------------+")


def fs_public(c: Ctx) -> B:
    p = c.person()
    doc = _doc_name(c, p)
    return B(I(c.ip(0.25)), f" - - [{c.ts('clf')}] \"GET /s/{c.alnum(15)}/download?path=%2F&files=", doc.enc(pct),
             f" HTTP/2.0\" 200 {c.ri(10000, 9000000)} \"-\" \"{c.pick(BROWSER)}\"")


def fs_trace(c: Ctx) -> B:
    p = c.person()
    win = c.chance(0.5)
    home = B("C:\\Users\\", N(p.acct()), "\\Nextcloud") if win else B("/home/", N(p.acct()), "/Nextcloud")
    sep = "\\" if win else "/"
    doc = _doc_name(c, c.person())
    return B(f"{c.ts('comma')} [ERROR] sync.engine: Traceback (most recent call last):\n"
             "  File \"sync/engine.py\", line 412, in propagate\n    self._upload(item)\n"
             "  File \"sync/engine.py\", line 388, in _upload\n    raise PermissionError(13, 'Permission denied')\n"
             "PermissionError: [Errno 13] Permission denied: '", home, sep, "Shared", sep, doc, "'\n"
             "item=SyncItem(path='Shared/", doc, "', owner='", N(p.acct()), f"', etag='{c.hex(13)}')")


def fs_neg_nc(c: Ctx) -> B:
    rec = {"reqId": c.alnum(20), "level": 1, "time": c.ts("isos")[:-1] + "+00:00", "remoteAddr": "",
           "user": "--", "app": c.pick(["cron", "core", "updatenotification"]), "method": "", "url": "--",
           "message": c.pick(["Finished background job, the job took : 2 sec", "Cleaned up 14 expired shares",
                              f"Update for {c.pick(['files_antivirus', 'calendar', 'deck'])} available",
                              "Group folder quota at 91%"]),
           "userAgent": "--", "version": "28.0.4.1"}
    return jb(rec, compact=True)


def fs_neg_box(c: Ctx) -> B:
    ev = {"type": "event", "event_id": c.uuid(), "event_type": c.pick(["UPLOAD", "ITEM_MOVE", "RETENTION_POLICY"]),
          "created_by": {"type": "user", "id": "2", "name": c.pick(["Box Relay", "Automation", "Retention Service"])},
          "source": {"item_type": "file", "item_name": f"{c.pick(PLACES)} Q{c.ri(1, 4)} forecast.xlsx",
                     "parent": {"name": f"Project {c.pick(PRODUCTS)}"}}}
    return B(f"{c.ts('iso')} box-events stream_position={c.ri(10**12, 10**13)} ", jb(ev, compact=c.chance(0.5)))


def fs_neg_occ(c: Ctx) -> B:
    return B(c.pick([
        "$ sudo -u www-data php occ user:list\n  - admin: admin\n  - nextcloud-sync: Sync Service\n"
        "  - scanner: Document Scanner\n",
        "$ sudo -u www-data php occ status\n  - installed: true\n  - version: 28.0.4.1\n"
        "  - versionstring: 28.0.4\n  - edition: \n  - maintenance: false\n",
        f"$ sudo -u www-data php occ groupfolders:list\n| {c.ri(1, 9)} | {c.pick(PLACES)} Office | {c.ri(1, 9)} GB |\n",
    ]))


def fs_neg_drive(c: Ctx) -> B:
    b = B("Date,Event Description,User,IP address,Document title,Visibility\n")
    for _ in range(c.ri(1, 3)):
        b.add(f"{c.ts('isos')},Retention rule applied,,,{c.pick(SUBJECTS)} notes,Private\n")
    return b


# ======================================================================== 9 esign_workflows
def es_acrobat(c: Ctx) -> B:
    snd, sig = c.people(2)
    doc = c.pick(["Master Services Agreement", "Offer Letter", "NDA - Mutual", "Statement of Work 7"])
    lines = [B(f"\"{doc}\" History\n"),
             B("Document created by ", N(snd.full()), " (", E(snd.email(c.dom)), ")\n",
               f"{c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT- IP address: ", I(c.ip4()), "\n"),
             B("Document emailed to ", N(sig.full()), " (", E(sig.email("example.org")), ") for signature\n",
               f"{c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT\n"),
             B("Email viewed by ", N(sig.full()), " (", E(sig.email("example.org")), ")\n",
               f"{c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT- IP address: ", I(c.ip(0.3)), "\n"),
             B("Document e-signed by ", N(sig.full()), " (", E(sig.email("example.org")), ")\n",
               f"Signature Date: {c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT - Time Source: server- IP address: ",
               I(c.ip(0.3)), "\n"),
             B(f"Agreement completed.\n{c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT")]
    return join(lines, "\n")


def es_docusign(c: Ctx) -> B:
    snd = c.person()
    sigs = c.people(c.ri(1, 2))
    x = B("<DocuSignEnvelopeInformation xmlns=\"http://www.docusign.net/API/3.0\">\n  <EnvelopeStatus>\n"
          "    <RecipientStatuses>\n")
    for k, s in enumerate(sigs, 1):
        x.add("      <RecipientStatus>\n        <Type>Signer</Type>\n        <Email>", E(s.email(c.dom)),
              "</Email>\n        <UserName>", B(N(s.full())).enc(xesc), f"</UserName>\n"
              f"        <RoutingOrder>{k}</RoutingOrder>\n        <Status>{c.pick(['Completed', 'Sent', 'Delivered'])}"
              "</Status>\n        <RecipientIPAddress>", I(c.ip(0.3)), "</RecipientIPAddress>\n"
              "      </RecipientStatus>\n")
    x.add("    </RecipientStatuses>\n    <ACHolder>", B(N(snd.full())).enc(xesc), "</ACHolder>\n    <ACHolderEmail>",
          E(snd.email(c.dom)), f"</ACHolderEmail>\n    <EnvelopeID>{c.uuid()}</EnvelopeID>\n"
          f"    <Subject>Please DocuSign: {xesc(c.pick(['MSA', 'Offer Letter', 'W-9', 'Lease Addendum']))}</Subject>\n"
          "    <SenderIPAddress>", I(c.ip4()), "</SenderIPAddress>\n  </EnvelopeStatus>\n</DocuSignEnvelopeInformation>")
    chk_xml(x)
    return B(f"{c.ts('comma')} INFO [connect-listener] received envelope status:\n", x)


def es_pdfsig(c: Ctx) -> B:
    ps = c.people(c.ri(1, 2), ascii_only=c.chance(0.5))
    b = B(f"$ pdfsig {c.pick(['contract', 'offer', 'nda'])}_{c.hex(6)}.pdf\nDigital Signature Info of: "
          f"{c.pick(['contract', 'offer', 'nda'])}.pdf\n")
    for k, p in enumerate(ps, 1):
        b.add(f"Signature #{k}:\n  - Signature Field Name: Signature{k}\n  - Signer Certificate Common Name: ",
              N(p.west()), "\n  - Signer full Distinguished Name: CN=", N(p.west()), ",E=", E(p.email(c.dom)),
              f",OU={c.pick(['Legal', 'Finance', 'People'])},O={c.pick(['Lumen Works', 'Northwind Traders'])},C="
              f"{c.pick(['DE', 'US', 'GB', 'FR'])}\n  - Signing Time: {c.ts('date')} {c.ts('hm')}:00\n"
              "  - Signing Hash Algorithm: SHA-256\n  - Signature Type: adbe.pkcs7.detached\n"
              "  - Signed Ranges: [0 - 4521], [23489 - 65002]\n  - Total document signed\n"
              "  - Signature Validation: Signature is Valid.\n  - Certificate Validation: Certificate is Trusted.\n")
    return b


def es_tabs(c: Ctx) -> B:
    p = c.person(latin=True)
    b = B(f"{c.ts('iso')} level=debug svc=esign-forms envelope={c.uuid()} form=W-9 tabs: Text_Name=\"", N(p.west()),
          "\" ")
    if c.chance(0.7):
        b.add("Text_SSN=\"", S(c.ssn(c.pick(["dash", "dash", "bare"]))), "\" ")
    else:
        b.add("Text_TIN_last4=\"", S(c.last4()), "\" ")
    b.add(f"Text_City=\"{c.pick(PLACES)}\" Date_Signed=\"{c.ts('date')}\"")
    if c.chance(0.3):
        b.add(" Payment_Card=\"", C(c.card()), "\"")
    return b


def es_routing(c: Ctx) -> B:
    a, b_, d = c.people(3)
    arrow = c.pick([" -> ", " => ", " → "])
    return B(f"{c.ts('iso')} workflow={c.pick(['vendor-onboarding', 'offer-approval', 'contract-renewal'])} "
             "routing: step 1/3 ", N(a.full()), " (", N(a.acct()), ")", arrow, "step 2/3 ", N(b_.lf()),
             f" ({c.pick(['Legal', 'Finance'])}){arrow}step 3/3 ", N(d.full()), " :: ",
             c.pick(["completed", "waiting", "declined: wrong entity name"]))


def es_webhook(c: Ctx) -> B:
    p, s = c.people(2)
    inner = {"event": c.pick(["DOCUMENT_SIGNED", "DOCUMENT_COMPLETED", "RECIPIENT_VIEWED"]),
             "document": {"id": c.ri(1000, 99999), "title": c.pick(["Offer", "NDA", "SOW"]) + f" {c.ri(1, 99)}"},
             "sender": {"name": N(p.full()), "email": E(p.email(c.dom))},
             "recipient": {"name": N(s.full()), "email": E(s.email("example.net")), "ip": I(c.ip(0.3))}}
    payload = jb(inner, compact=True, ascii_=c.chance(0.5))
    outer = B('{"topic":"esign.events","key":"', str(c.ri(1000, 99999)), '","value":"', payload.enc(jesc), '"}')
    chk_json(outer)
    return B(f"{c.ts('iso')} consumer group=esign-audit offset={c.ri(1000, 999999)} record=", outer)


def es_reminder(c: Ctx) -> B:
    p, r = c.people(2)
    k = c.ri(0, 3)
    if k == 0:
        msg = B("Recordatorio: ", N(p.full()), " le envió \"Contrato de servicios\" para firmar")
    elif k == 1:
        msg = B("Erinnerung: ", N(p.full()), " hat Ihnen \"Rahmenvertrag\" zur Unterschrift gesendet")
    elif k == 2:
        msg = B("Lembrete: ", N(p.full()), " enviou \"Proposta comercial\" para você assinar")
    else:
        msg = B("Rappel : ", N(p.full()), " vous a envoyé « Avenant n°2 » à signer")
    return B(f"{c.ts('iso')} mailer template=reminder_2 to=", E(r.email("example.org")), " subject=\"", msg, "\"")


def es_neg_acrobat(c: Ctx) -> B:
    return B(f"\"{c.pick(['Template - NDA', 'Template - MSA'])}\" History\n\nTemplate updated by Acrobat Sign API\n"
             f"{c.ts('date')} - {c.ts('hm')}:{c.ri(10, 59)} GMT\n\nAgreement expired.\n{c.ts('date')} - "
             f"{c.ts('hm')}:{c.ri(10, 59)} GMT")


def es_neg_pdfsig(c: Ctx) -> B:
    org = c.pick(["Lumen Works Legal Seal", "Northwind Traders e-Seal", "DigiCert Timestamp 2024",
                  "GlobalSign TSA for Advanced - G4"])
    return B(f"$ pdfsig invoice_{c.hex(6)}.pdf\nSignature #1:\n  - Signer Certificate Common Name: {org}\n"
             f"  - Signer full Distinguished Name: CN={org},O={c.pick(COMPANIES)},C=DE\n"
             "  - Signature Type: ETSI.CAdES.detached\n  - Signature Validation: Signature is Valid.\n")


def es_neg_routing(c: Ctx) -> B:
    return B(f"{c.ts('iso')} workflow=auto-renewal routing: step 1/2 {c.pick(SERVICE_ACCOUNTS)} -> step 2/2 "
             f"{c.pick(['Legal Queue', 'Finance Approvals', 'Procurement'])} :: {c.pick(STATUS_WORDS)}")


def es_neg_webhook(c: Ctx) -> B:
    inner = {"event": "TEMPLATE_UPDATED", "template": {"id": c.ri(1000, 99999), "title": c.pick(SUBJECTS)},
             "actor": {"name": "API User"}}
    outer = B('{"topic":"esign.events","key":"', str(c.ri(1000, 99999)), '","value":"',
              jb(inner, compact=True).enc(jesc), '"}')
    return B(f"{c.ts('iso')} consumer group=esign-audit offset={c.ri(1000, 999999)} record=", chk_json(outer))


# ======================================================================== 10 people_directory
TITLES = ["Staff Engineer", "Office Manager", "Paralegal", "Head of People", "Product Designer",
          "Facilities Coordinator", "Account Executive", "Data Analyst", "IT Support Specialist"]


def pd_ldif(c: Ctx) -> B:
    p = c.person(ascii_only=True)
    m = c.person(ascii_only=True)
    base = "dc=" + ",dc=".join(c.dom.split("."))
    a = p.acct()
    b = B("dn: uid=", N(a), f",ou=People,{base}\nobjectClass: inetOrgPerson\nuid: ", N(a), "\ncn: ", N(p.west()),
          "\nsn: ", N(p.rf), "\ngivenName: ", N(p.rg), "\ndisplayName: ", N(p.west()), "\nmail: ", E(p.email(c.dom)),
          "\ntelephoneNumber: ", PH(c.phone()), f"\ntitle: {c.pick(TITLES)}\n")
    if c.chance(0.6):
        b.add("mobile: ", PH(c.phone()), "\n")
    b.add("manager: uid=", N(m.acct()), f",ou=People,{base}\n")
    return b


def pd_csv(c: Ctx) -> B:
    ps = c.people(c.ri(2, 4))
    b = B("employee_id,display_name,email,manager_email,department,office_phone\n")
    for p in ps:
        m = c.pick([q for q in ps if q is not p])
        nm = B('"', N(p.lf()), '"') if c.chance(0.4) else B(N(p.full()))
        b.add(f"E{c.ri(10000, 99999)},", nm, ",", E(p.email(c.dom)), ",", E(m.email(c.dom)),
              f",{c.pick(['Engineering', 'People', 'Legal', 'Finance'])},", PH(c.phone()), "\n")
    return b


def pd_search(c: Ctx) -> B:
    p = c.person()
    q = c.pick([p.west(), p.rg, p.rf, p.full()])
    b = B(I(c.ip(0.25)), " - ", N(c.person().acct()), f" [{c.ts('clf')}] \"GET /people/search?q=",
          B(N(q)).enc(form), f"&dept=&page=1 HTTP/1.1\" 200 {c.ri(400, 9000)} \"https://intranet.{c.dom}/people\" "
          f"\"{c.pick(BROWSER)}\"")
    return b


def pd_phonebook(c: Ctx) -> B:
    ps = c.people(c.ri(2, 4), latin=True)
    b = B(f"TELEFONVERZEICHNIS  STAND {c.ts('date')}  STANDORT {c.pick(['MÜNCHEN', 'HAMBURG', 'WIEN', 'ZÜRICH'])}\n"
          "NACHNAME             VORNAME         DURCHWAHL  RAUM\n")
    for p in ps:
        fam, giv = p.rf.upper(), p.rg.upper()
        b.add(N(fam), " " * max(1, 21 - len(fam)), N(giv), " " * max(1, 16 - len(giv)),
              f"{c.ri(100, 999):<10} {c.ri(1, 5)}.{c.ri(1, 40):02d}\n")
    return b


def pd_update(c: Ctx) -> B:
    p, a = c.people(2)
    fld = c.pick(["mobilePhone", "businessPhones", "displayName", "emergencyContact"])
    if fld in ("mobilePhone", "businessPhones"):
        old, new = B(PH(c.phone())), B(PH(c.phone()))
    elif fld == "displayName":
        new_f = c.pick(["Okafor", "Lindqvist", "Moreau", "Haddad"])
        old, new = B(N(p.west())), B(N(p.rg + " " + new_f))
    else:
        r = c.person()
        old, new = B("-"), B(N(r.full()), " ", PH(c.phone()))
    return B(f"{c.ts('iso')} level=info svc=profile-service event=profile.updated user=", N(p.acct()),
             f" field={fld} old=\"", old, "\" new=\"", new, "\" by=", N(a.acct()))


def pd_tostring(c: Ctx) -> B:
    p, m = c.people(2)
    return B(f"{c.ts('comma')} ERROR [directory-sync-{c.ri(1, 8)}] c.c.d.sync.OrgChartBuilder - cycle detected while "
             "resolving manager chain\njava.lang.IllegalStateException: manager loop for Employee{uid='", N(p.acct()),
             "', displayName='", N(p.full()), "', mail='", E(p.email(c.dom)), "', manager=Employee{uid='",
             N(m.acct()), "', displayName='", N(m.full()), "'}}\n"
             "\tat com.corp.directory.sync.OrgChartBuilder.resolve(OrgChartBuilder.java:118)\n"
             "\tat com.corp.directory.sync.OrgChartBuilder.build(OrgChartBuilder.java:74)\n"
             "\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def pd_celebrate(c: Ctx) -> B:
    ps = c.people(c.ri(1, 3))
    k = c.ri(0, 2)
    if k == 0:
        return B(f"{c.ts('iso')} widget=anniversaries site=intranet text=\"Today's work anniversaries: ",
                 join([B(N(p.full()), f" ({c.ri(1, 25)} years)") for p in ps], ", "), "\"")
    if k == 1:
        return B(f"{c.ts('iso')} widget=birthdays lang=ja text=\"本日の誕生日: ", join([N(p.full()) for p in ps], "、"),
                 "\"")
    return B(f"{c.ts('iso')} widget=new_joiners lang=de text=\"Herzlich willkommen: ",
             join([N(p.full()) for p in ps], ", "), "\"")


def pd_i9(c: Ctx) -> B:
    p = c.person(latin=True)
    return B(f"{c.ts('iso')} level=info svc=hris-directory-bridge msg=\"new hire provisioned\" uid=", N(p.acct()),
             " legal_name=\"", N(p.up_lf()), "\" ssn_last4=", S(c.last4()), f" start={c.ts('date')} "
             f"site=\"{c.pick(PLACES)}\"")


def pd_neg_ldif(c: Ctx) -> B:
    base = "dc=" + ",dc=".join(c.dom.split("."))
    g = c.pick(["eng-all", "office-" + c.pick(PLACES).lower(), "room-" + c.pick(ROOMS).lower().replace(" ", "-"),
                "svc-accounts"])
    return B(f"dn: cn={g},ou=Groups,{base}\nobjectClass: groupOfNames\ncn: {g}\n"
             f"description: {c.pick(['Engineering All', 'Office distribution', 'Room resource', 'Service accounts'])}\n"
             f"member: uid={c.pick(SERVICE_ACCOUNTS).replace(' ', '_').lower()},ou=Services,{base}\n")


def pd_neg_csv(c: Ctx) -> B:
    b = B("resource_id,display_name,type,capacity,building\n")
    for r in c.r.sample(ROOMS, c.ri(2, 3)):
        b.add(f"R{c.ri(1000, 9999)},{r} {c.ri(1, 9)}F,room,{c.ri(2, 20)},{c.pick(PLACES)} HQ\n")
    return b


def pd_neg_sync(c: Ctx) -> B:
    return B(f"{c.ts('comma')} INFO [directory-sync-{c.ri(1, 8)}] c.c.d.sync.OrgChartBuilder - built org chart: "
             f"{c.ri(100, 9000)} nodes, {c.ri(1, 90)} departments, depth {c.ri(3, 9)}, site=\"{c.pick(PLACES)}\" "
             f"source={c.pick(SERVICE_ACCOUNTS)}")


def pd_neg_widget(c: Ctx) -> B:
    return B(f"{c.ts('iso')} widget={c.pick(['announcements', 'lunch_menu', 'status'])} lang="
             f"{c.pick(['en', 'de', 'fr', 'ja'])} text=\"{c.pick(UI_STRINGS + SUBJECTS)}\"")


# ======================================================================== 11 chatops_bots
def co_slash(c: Ctx) -> B:
    p, o = c.people(2)
    text = c.pick([B("swap with ", N(o.full())), B("who"), B("page ", N(o.acct()), " db latency"),
                   B("add ", N(o.full()), " ", PH(c.phone()))])
    body = B("token=", c.alnum(24), f"&team_id=T{c.alnum(8, True)}&team_domain={c.dom.split('.')[0]}&channel_id=C",
             c.alnum(8, True), "&channel_name=ops&user_id=U", c.alnum(9, True), "&user_name=", N(p.acct()),
             "&command=%2Foncall&text=", text.enc(form), "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT",
             c.alnum(8, True), "%2F", str(c.ri(10**9, 10**10)))
    return B(f"{c.ts('iso')} oncall-bot http POST /hooks/slash 200 body=", body)


def co_gchat(c: Ctx) -> B:
    p = c.person()
    ev = {"type": "MESSAGE", "eventTime": c.ts("iso"),
          "message": {"name": f"spaces/{c.alnum(11)}/messages/{c.alnum(11)}.{c.alnum(11)}",
                      "sender": {"name": f"users/{c.ri(10**17, 10**18)}", "displayName": N(p.full()),
                                 "email": E(p.email(c.dom)), "type": "HUMAN"},
                      "text": c.pick([B("@OnCallBot who is on call?"),
                                      B("@OnCallBot override me with ", N(c.person().full()), " until Friday")]),
                      "argumentText": " who is on call?"},
          "space": {"name": f"spaces/{c.alnum(11)}", "displayName": c.pick(["Ops", "SRE", "Facilities", "IT Help"]),
                    "type": "ROOM"}, "user": {"displayName": N(p.full()), "email": E(p.email(c.dom))}}
    return B(f"{c.ts('iso')} DEBUG gchat-bot event: ", jb(ev, 2 if c.chance(0.4) else None))


def co_zulip(c: Ctx) -> B:
    p = c.person()
    return B(f"{c.ts('dot')} INFO [zr] ", I(c.ip(0.25)),
             f"       {c.pick(['POST', 'GET', 'PATCH'])}    200 {c.ri(5, 900)}ms (db: {c.ri(1, 90)}ms/{c.ri(1, 30)}q) "
             f"{c.pick(['/json/messages', '/api/v1/messages', '/json/users/me/presence', '/json/messages/flags'])} (",
             E(p.email(c.dom)), f" via {c.pick(['website', 'ZulipMobile', 'ZulipElectron', 'ZulipPython'])})")


def co_rocket(c: Ctx) -> B:
    p, o = c.people(2)
    return B(f"I{c.ts('space').replace('-', '')[2:]}.{c.ri(100, 999)}  Integrations ➔ Outgoing ➔ "
             f"\"{c.pick(['Jira bridge', 'PagerDuty', 'Standup bot'])}\" processed message from @", N(p.acct()),
             " in #", c.pick(["ops", "general", "incident-42"]), ": \"", c.pick([
                 B("@", N(o.acct()), " can you take the 2am page?"), B("handover to ", N(o.full()), " done"),
                 B("Gracias ", N(o.g()), ", lo reviso mañana")]), "\"")


def co_hubot(c: Ctx) -> B:
    p, o = c.people(2)
    if c.chance(0.5):
        return B(f"[{c.ts('syslog')} 2026 GMT+0000 (Coordinated Universal Time)] INFO Received \"pager me as ",
                 N(o.g()), "\" from ", N(p.acct()), f" in #{c.pick(['ops', 'sre'])}")
    return B(f"{c.ts('comma')} INFO     errbot.core               Processing command 'oncall' with parameters "
             "'swap ", N(o.acct()), "' from @", N(p.acct()), f" in #{c.pick(['ops', 'infra'])}")


def co_table(c: Ctx) -> B:
    ps = c.people(c.ri(2, 3))
    w = max(len(p.full()) for p in ps) + 2
    b = B("OnCallBot: rota for this week\n```\n| Week | " + "Primary".ljust(w) + "| Phone              |\n")
    for k, p in enumerate(ps):
        ph = c.phone()
        b.add(f"| {c.ri(1, 52):>4} | ", N(p.full()), " " * (w - len(p.full())), "| ", PH(ph), " " * max(1, 19 - len(ph)),
              "|\n")
    b.add("```")
    return b


def co_mention(c: Ctx) -> B:
    p, o = c.people(2)
    k = c.ri(0, 3)
    msg = [B("@", N(o.acct()), " 明日の会議資料を共有しました"), B("@", N(o.acct()), " peux-tu valider la PR ?"),
           B("@", N(o.acct()), " bitte ruf ", N(c.person().full()), " unter ", PH(c.phone("DE")), " zurück"),
           B("@", N(o.acct()), " card for the offsite is ", C(c.card()), ", exp 09/28 - please delete after use")][k]
    return B(f"{c.ts('iso')} chat-archive channel=#{c.pick(['general', 'random', 'team-fr', 'team-de'])} user=",
             N(p.acct()), " text=", msg)


def co_neg_bot(c: Ctx) -> B:
    return B(c.pick([
        f"{c.ts('iso')} oncall-bot http POST /hooks/slash 200 body=token={c.alnum(24)}&team_id=T{c.alnum(8, True)}"
        f"&channel_name=ops&user_name={c.pick(['deploy-bot', 'cron', 'grafana-bot'])}&command=%2Fstatus&text=",
        f"[{c.ts('syslog')} 2026 GMT+0000 (Coordinated Universal Time)] INFO hubot-redis-brain: Data for hubot "
        f"brain retrieved from Redis",
        f"{c.ts('comma')} INFO     errbot.bootstrap          Found Storage plugin: Shelf. Plugins loaded: "
        f"{c.ri(3, 30)}",
        f"{c.ts('dot')} INFO [zr] Tornado {c.pick(['9080', '9081'])} ready; queue workers {c.ri(2, 16)}",
    ]))


def co_neg_gchat(c: Ctx) -> B:
    ev = {"type": "ADDED_TO_SPACE", "eventTime": c.ts("iso"),
          "space": {"name": f"spaces/{c.alnum(11)}", "displayName": c.pick([f"{c.pick(PLACES)} Office", "Ops",
                                                                            f"Project {c.pick(PRODUCTS)}"]),
                    "type": "ROOM"}, "user": {"displayName": c.pick(["Deploy Bot", "Google Workspace", "Jira Cloud"]),
                                              "type": "BOT"}}
    return B(f"{c.ts('iso')} DEBUG gchat-bot event: ", jb(ev, compact=c.chance(0.5)))


def co_neg_table(c: Ctx) -> B:
    return B("OnCallBot: rota for this week\n```\n| Week | Primary          | Phone |\n"
             f"| {c.ri(1, 52):>4} | {c.pick(['Platform Team', 'SRE EMEA', 'Facilities Desk']):<16} | n/a   |\n```")


def co_neg_archive(c: Ctx) -> B:
    return B(f"{c.ts('iso')} chat-archive channel=#{c.pick(['general', 'announcements', 'releases'])} user="
             f"{c.pick(SERVICE_ACCOUNTS)} text={c.pick(UI_STRINGS + [f'Deployed {c.pick(PRODUCTS)} 2.4.1'])}")


# ======================================================================== 12 meeting_transcripts
def _utter(c: Ctx, others) -> B:
    o = c.pick(others)
    return c.pick([lambda: B("Thanks everyone, ", N(o.g()), " will start with the numbers."),
                   lambda: B("I think ", N(o.g()), " already sent that to ", N(c.person().full()), "."),
                   lambda: B("Can you all hear me?"), lambda: B("Let's park that for next week."),
                   lambda: B("My number is ", PH(c.phone()), " if the bridge drops."),
                   lambda: B("Danke ", N(o.g()), ", das passt."),
                   lambda: B("Sí, ", N(o.g()), " lo tiene.")])()


def mt_vtt(c: Ctx) -> B:
    ps = c.people(c.ri(2, 3))
    b = B("WEBVTT\n\n")
    t = 0
    for k in range(c.ri(2, 4)):
        sp = c.pick(ps)
        t2 = t + c.ri(2, 9)
        b.add(f"{c.uuid()}/{k + 12}-0\n00:00:{t:02d}.{c.ri(0, 999):03d} --> 00:00:{t2:02d}.{c.ri(0, 999):03d}\n"
              "<v ", N(sp.full()), ">", _utter(c, [q for q in ps if q is not sp]), "</v>\n\n")
        t = t2
    return b


def mt_srt(c: Ctx) -> B:
    ps = c.people(2)
    b = B()
    for k in range(1, c.ri(2, 3) + 1):
        sp = ps[k % 2]
        lbl = sp.up() if c.chance(0.3) else sp.full()
        t0 = c.ri(10, 40)
        b.add(f"{k}\n00:0{k}:{t0},{c.ri(100, 999)} --> 00:0{k}:{t0 + c.ri(2, 19)},{c.ri(100, 999)}\n",
              N(lbl), ": ", _utter(c, [ps[(k + 1) % 2]]), "\n\n")
    return b


def mt_json(c: Ctx) -> B:
    ps = c.people(c.ri(2, 3))
    segs = []
    for _ in range(c.ri(2, 3)):
        sp = c.pick(ps)
        segs.append({"speaker": N(sp.full()), "start": round(c.ri(0, 3000) / 10, 1), "end": None,
                     "text": _utter(c, [q for q in ps if q is not sp]), "confidence": round(c.ri(60, 99) / 100, 2)})
    for s in segs:
        s["end"] = s["start"] + c.ri(1, 20)
    doc = {"meeting_id": c.uuid(), "language": "en", "segments": segs}
    return B(f"{c.ts('iso')} transcribe-worker stored transcript:\n", jb(doc, 2, ascii_=c.chance(0.3)))


def mt_actions(c: Ctx) -> B:
    ps = c.people(c.ri(2, 3))
    b = B(f"## {c.pick(SUBJECTS)} - AI summary\n\n### Action items\n")
    for p in ps:
        b.add("- [ ] ", c.pick([B(N(p.full()), ": send the deck to ", N(c.person().g()), " by Friday"),
                                 B("@", N(p.acct()), " follow up with facilities about the projector"),
                                 B(N(p.g()), " to book ", c.pick(ROOMS), " for the workshop")]), "\n")
    return b


def mt_minutes(c: Ctx) -> B:
    ps = c.people(c.ri(3, 4))
    return B(f"MINUTES - {c.pick(SUBJECTS)} - {c.ts('date')}\nAttendees: ", join([N(p.full()) for p in ps[:-1]], ", "),
             "\nApologies: ", N(ps[-1].lf()), "\nMinutes taken by: ", N(ps[0].initial()),
             "\n1. Budget approved. 2. Next meeting in ", c.pick(ROOMS), " - dial-in ", PH(c.phone()))


def mt_teams_docx(c: Ctx) -> B:
    ps = c.people(2)
    b = B(f"{c.pick(SUBJECTS)}-{c.ts('date').replace('-', '')}_{c.ri(100000, 999999)}-Meeting Transcript.docx "
          "(text extract)\n")
    for k in range(c.ri(2, 3)):
        sp = ps[k % 2]
        b.add(N(sp.full()), f"   {c.ri(0, 59)}:{c.ri(10, 59)}\n", _utter(c, [ps[(k + 1) % 2]]), "\n\n")
    return b


def mt_caption_warn(c: Ctx) -> B:
    p = c.person()
    b = B(f"{c.ts('comma')} WARN captions.asr low-confidence segment speaker=\"", N(p.lf()),
          f"\" conf=0.{c.ri(10, 59)} text=\"")
    if c.chance(0.3):
        b.add("the card is ", C(c.card("space")), " expiry oh nine twenty eight")
    else:
        b.add("uh ", N(c.person().g()), " said the Q3 numbers")
    return b.add("\"")


def mt_neg_vtt(c: Ctx) -> B:
    b = B("WEBVTT\n\n")
    for k in range(c.ri(2, 3)):
        b.add(f"{k + 1}\n00:00:0{k}.000 --> 00:00:0{k + 1}.500\n<v Speaker {k + 1}>"
              f"{c.pick(['Can you all hear me?', 'Next slide please.', 'Let us park that.', 'Recording started.'])}"
              "</v>\n\n")
    return b


def mt_neg_json(c: Ctx) -> B:
    doc = {"meeting_id": c.uuid(), "language": c.pick(["en", "de", "fr"]), "segments": [],
           "status": c.pick(["no_speech", "too_short", "consent_missing"]), "duration_s": c.ri(1, 40)}
    return B(f"{c.ts('iso')} transcribe-worker stored transcript:\n", jb(doc, 2))


def mt_neg_actions(c: Ctx) -> B:
    return B(f"## {c.pick(SUBJECTS)} - AI summary\n\n### Action items\n- [ ] Facilities: fix the "
             f"{c.pick(PRODUCTS)} in {c.pick(ROOMS)}\n- [ ] Team: review {c.pick(['Q3 OKRs', 'the runbook', 'budget'])}\n")


def mt_neg_warn(c: Ctx) -> B:
    return B(f"{c.ts('comma')} WARN captions.asr low-confidence segment speaker=\"Speaker {c.ri(1, 6)}\" "
             f"conf=0.{c.ri(10, 59)} text=\"{c.pick(UI_STRINGS)}\"")


FAMILIES = {
    "wiki_knowledge_base": ([wk_rc_irc, wk_api_access, wk_confluence, wk_audit, wk_dokuwiki, wk_move, wk_mention_mail],
                            [wk_neg_rc, wk_neg_conf, wk_neg_audit, wk_neg_doku]),
    "file_sync_sharing": ([fs_nextcloud, fs_box, fs_seafile, fs_drive_csv, fs_occ, fs_public, fs_trace],
                          [fs_neg_nc, fs_neg_box, fs_neg_occ, fs_neg_drive]),
    "esign_workflows": ([es_acrobat, es_docusign, es_pdfsig, es_tabs, es_routing, es_webhook, es_reminder],
                        [es_neg_acrobat, es_neg_pdfsig, es_neg_routing, es_neg_webhook]),
    "people_directory": ([pd_ldif, pd_csv, pd_search, pd_phonebook, pd_update, pd_tostring, pd_celebrate, pd_i9],
                         [pd_neg_ldif, pd_neg_csv, pd_neg_sync, pd_neg_widget]),
    "chatops_bots": ([co_slash, co_gchat, co_zulip, co_rocket, co_hubot, co_table, co_mention],
                     [co_neg_bot, co_neg_gchat, co_neg_table, co_neg_archive]),
    "meeting_transcripts": ([mt_vtt, mt_srt, mt_json, mt_actions, mt_minutes, mt_teams_docx, mt_caption_warn],
                            [mt_neg_vtt, mt_neg_json, mt_neg_actions, mt_neg_warn]),
}
