"""Families 1-6: CMS/editorial, ESP webhooks, newsletter audiences, marketing automation, surveys, podcasts."""

from __future__ import annotations

from core import (
    COMPANIES,
    PLACES,
    PRODUCTS,
    STATUSES,
    SVC_ACCOUNTS,
    UI_INTL,
    C,
    Doc,
    E,
    I,
    N,
    P,
    Raw,
    S,
    Str,
    form,
    jdoc,
    jstr_embed,
    mapenc,
    pct,
    phpvd,
    pyq,
    squash,
    xesc,
)

SECTIONS = ["politics", "business", "culture", "sport", "science", "opinion", "local", "tech"]
HEADLINES = ["Council budget vote recap", "Storm closes harbour road", "Review: the new festival line-up",
             "Transit fares to rise in spring", "Why the library is moving", "Five takeaways from the derby",
             "Inside the data centre boom", "Election night live blog", "Heatwave: what to expect"]
DECOY_HEADLINES = ["Victoria Day parade route announced", "Review: Tesla Model Y long-range",
                   "Madison Square Garden reopens", "Jackson Hole symposium preview",
                   "Austin City Limits tickets on sale", "Hopper Award shortlist published",
                   "Apollo programme anniversary", "Florence flood defences tested"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36"]


def disp(c, p, forms=("full", "full", "full", "caps", "lf", "gf")):
    f = c.pick(forms)
    return {"full": p.full, "caps": p.caps, "lf": p.lf, "gf": p.gf, "rom": p.rom, "slash": p.slash}[f]()


def slug(p):
    s = "-".join(x for x in [squash(w) for w in p.gf().replace("-", " ").split()] if x)
    p.accts.append(s)
    return s


# ============================================================================ 1. cms_editorial
def cms_wp_user(c):
    p = c.person()
    login = c.acct(p)
    nice = slug(p)
    uid = c.num(2, 9000)
    ts = f"[{c.num(1, 28):02d}-{c.pick(['Nov', 'Dec', 'Jan'])}-2026 {c.num(0, 23):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d} UTC]"
    role = c.pick(["author", "editor", "contributor"])
    return [ts, " WP_User Object\n(\n    [data] => stdClass Object\n        (\n            [ID] => ", str(uid),
            "\n            [user_login] => ", N(login), "\n            [user_nicename] => ", N(nice),
            "\n            [user_email] => ", E(c.email(p)), "\n            [user_registered] => ", c.ts("sql"),
            "\n            [display_name] => ", N(p.full()), "\n        )\n\n    [ID] => ", str(uid),
            "\n    [roles] => Array\n        (\n            [0] => ", role, "\n        )\n\n)\n"]


def cms_drupal_syslog(c):
    p = c.person(native=0.05)
    acct = c.acct(p)
    nid = c.num(1000, 99999)
    host = c.pick(["news.example.com", "www.gazette.example", "cms.tribune.example"])
    typ, msg = c.pick([("user", ["Session opened for ", N(acct), "."]), ("user", ["Login attempt failed for ", N(acct), "."]),
                       ("content", ["article: updated ", c.pick(HEADLINES), " (byline ", N(p.full()), ")."]),
                       ("user", ["User ", N(acct), " changed role of ", N(c.acct(c.person(0))), " to editor."])])
    return [c.ts("syslog"), " web-", str(c.num(1, 6)), " drupal: https://", host, "|", c.ts("epoch"), "|", typ, "|",
            I(c.ip()), f"|https://{host}/node/{nid}/edit|https://{host}/node/{nid}|", str(c.num(2, 900)), "||"] + msg


def cms_workflow_kv(c):
    a, b = c.person(0.05), c.person(0.1)
    story = f"STY-{c.num(10000, 99999)}"
    st = c.pick([("draft", "copy_edit"), ("copy_edit", "legal_review"), ("legal_review", "ready"),
                 ("ready", "scheduled"), ("copy_edit", "draft")])
    note = c.pick([["Over to you, ", N(b.first()), " - please check the quote from Dr. ", N(c.person(0).family), "."],
                   ["Needs a second read, ", N(b.first()), "."], ["Byline should read ", N(a.full()), ", not the desk."],
                   ["Photo credit ", N(c.person(0).full()), " / Reuters"]])
    return [c.ts("iso"), " level=info msg=\"workflow.transition\" story=", story, " section=", c.pick(SECTIONS),
            f" from={st[0]} to={st[1]} actor=", N(c.acct(a)), " assignee=\"", N(disp(c, b, ("full", "gf", "rom"))),
            "\" note=\""] + note + ["\""]


def cms_credits_json(c):
    writers = [c.person() for _ in range(c.num(1, 2))]
    ed = c.person(0.05)
    doc = {"type": "story", "_id": c.hexid(26).upper(), "headlines": {"basic": c.pick(HEADLINES)},
           "credits": {"by": [{"type": "author", "name": N(w.full()), "org": c.pick(["Staff", "Reuters", "AP"]),
                               "additional_properties": {"original": {"email": E(c.email(w)),
                                                                      "byline": Str("By ", N(w.caps()))}}}
                              for w in writers]},
           "last_updated_date": c.ts("iso"), "revision": {"editor_id": N(c.acct(ed)), "branch": "default"},
           "workflow": {"status_code": c.num(1, 6)}}
    pretty = c.chance(0.6)
    return ([c.ts("iso"), " INFO ans-publisher: publishing story\n"] if not pretty else []) + \
        [jdoc(doc, indent=2 if pretty else None, ascii_=c.chance(0.3))]


def cms_aem_replication(c):
    p = c.person(0.05)
    acct = c.acct(p)
    path = f"/content/newsroom/{c.pick(['en', 'de', 'fr'])}/2026/{c.num(1, 12):02d}/{c.pick(['budget-vote', 'harbour-road', 'fares'])}"
    if c.chance(0.25):
        return [f"{c.ts('eu')}:{c.num(10, 59)}.{c.num(100, 999)} *INFO* [qtp{c.num(10 ** 8, 9 * 10 ** 8)}-{c.num(10, 999)}] "
                "org.apache.sling.auth.core.impl.SlingAuthenticator authenticated principal ", N(acct), "@",
                c.pick(["CORP.EXAMPLE.COM", "NEWSROOM.EXAMPLE", "AD.GAZETTE.EXAMPLE"]), " via SPNEGO, path=", path]
    if c.chance(0.5):
        return [f"{c.ts('eu')}:{c.num(10, 59)}.{c.num(100, 999)} *INFO* [JobHandler: /var/eventing/jobs/assigned/",
                c.hexid(8), "] com.day.cq.replication.Agent.publish Replication (ACTIVATE) of ", path,
                " successful. userId=", c.pick(["CORP\\", "NEWS\\", ""]), N(acct)]
    return ["*ERROR* [0:0:0:0:0:0:0:1 [", c.ts("epoch"), "] POST /bin/replicate.json HTTP/1.1] "
            "com.day.cq.replication.impl.ReplicatorImpl Error while replicating ReplicationAction{type=ACTIVATE, path=",
            path, ", time=", c.ts("epoch"), "000, userId='", N(acct), "', revision='null'}\n"
            "com.day.cq.replication.ReplicationException: Repository access denied for user ", N(acct), "\n"
            "\tat com.day.cq.replication.impl.ReplicatorImpl.replicate(ReplicatorImpl.java:231)\n"
            "\tat com.day.cq.wcm.core.impl.servlets.CommandServlet.doPost(CommandServlet.java:190)"]


def cms_intl_note(c):
    p, q = c.person(), c.person()
    return c.pick([
        ["Redaktionsnotiz (", c.ts("eu"), ") von ", N(p.full()), ": Bitte Zitat von Frau ", N(q.last()),
         " vor 18 Uhr prüfen."],
        ["Note de rédaction : ", N(p.full()), " a validé l'article, relecture par ", N(q.full()), "."],
        ["校閲メモ: ", N(p.full()), "さんが記事を承認しました。担当: ", N(q.full())],
        ["Nota editorial: ", N(p.full()), " envió el borrador a ", N(q.first()), " para revisión legal."],
        ["Редакция: материал отправлен на вычитку, автор ", N(p.full()), ", редактор ", N(q.full()), "."]])


def cms_neg(c):
    svc = c.pick(SVC_ACCOUNTS)
    return c.pick([
        [c.ts("syslog"), " web-4 drupal: https://news.example.com|", c.ts("epoch"), "|user|cli|||1||Session opened for ",
         c.pick(["admin", "drush", "deploy", "migrate"]), "."],
        [c.ts("syslog"), " web-2 drupal: https://news.example.com|", c.ts("epoch"), "|cron|cli|||0||Cron run completed."],
        [f"[{c.num(1, 28):02d}-Dec-2026 {c.num(10, 23)}:{c.num(10, 59)}:{c.num(10, 59)} UTC] PHP Warning:  "
         "Undefined array key \"byline\" in /var/www/html/wp-content/themes/newsroom/single.php on line ",
         str(c.num(20, 400))],
        [c.ts("iso"), " level=info msg=\"workflow.transition\" story=STY-", str(c.num(10000, 99999)), " section=",
         c.pick(SECTIONS), " from=ready to=scheduled actor=", svc, " assignee=\"Night Desk\" note=\"",
         c.pick(DECOY_HEADLINES), "\""],
        [c.ts("eu"), ":11.204 *INFO* [JobHandler] com.day.cq.replication.Agent.publish Replication (ACTIVATE) of "
         "/content/newsroom/en/topics/", c.pick(["victoria", "lincoln", "madison", "florence"]),
         " successful. userId=replication-service"],
        ["WP_User Object\n(\n    [data] => stdClass Object\n        (\n            [ID] => 1\n"
         "            [user_login] => ", c.pick(["editor-bot", "ghost-admin", "importer"]),
         "\n            [display_name] => Newsroom Bot\n        )\n)\n"],
        [jdoc({"type": "story", "headlines": {"basic": c.pick(DECOY_HEADLINES)},
               "credits": {"by": [{"type": "author", "name": c.pick(["Staff", "Wire Services", "Reuters"]),
                                   "org": c.pick(COMPANIES)}]}, "workflow": {"status": c.pick(STATUSES)}})],
        ["Redaktionsstatus: ", c.pick(UI_INTL), " (Ressort ", c.pick(SECTIONS), ", Version 4.12.0)"]])


# ============================================================================ 2. esp_event_webhooks
def esp_sendgrid(c):
    events = []
    for _ in range(c.num(1, 3)):
        p = c.person(0.05)
        ev = c.pick(["open", "click", "delivered", "bounce", "unsubscribe"])
        e = {"email": E(c.email(p)), "timestamp": Raw(c.ts("epoch")), "event": ev,
             "sg_event_id": c.hexid(22), "sg_message_id": c.hexid(22) + ".filter0001p1", "category": ["newsletter"]}
        if ev in ("open", "click"):
            e["ip"] = I(c.ip())
            e["useragent"] = c.pick(UAS)
        if ev == "bounce":
            e["reason"] = "550 5.1.1 The email account that you tried to reach does not exist"
        if c.chance(0.4):
            e["first_name"] = N(p.first())
        events.append(e)
    return [c.ts("iso"), " POST /hooks/sendgrid 200 body=", jdoc(events)]


def esp_mailgun(c):
    p = c.person()
    dn = disp(c, p, ("full", "gf", "lf"))
    q = '"' if "," in dn else ""
    doc = {"signature": {"timestamp": c.ts("epoch"), "token": c.hexid(50)},
           "event-data": {"event": c.pick(["delivered", "failed", "complained"]), "recipient": E(c.email(p)),
                          "envelope": {"sending-ip": I(c.ip(0)), "transport": "smtp"},
                          "message": {"headers": {"to": Str(q, N(dn), q, " <", E(c.email(p)), ">"),
                                                  "from": Str("The Weekly Digest <", E("digest@news.example.com"), ">"),
                                                  "subject": c.pick(HEADLINES)}},
                          "delivery-status": {"code": 250, "message": "OK"}}}
    return [jdoc(doc, indent=2 if c.chance(0.5) else None)]


def esp_postmark(c):
    p = c.person(0.05)
    em = c.email(p)
    doc = {"RecordType": "Bounce", "ID": c.num(10 ** 9, 4 * 10 ** 9), "Type": "HardBounce", "TypeCode": 1,
           "Name": "Hard bounce", "Email": E(em), "From": E("newsletter@gazette.example"),
           "BouncedAt": c.ts("iso"), "Description": "The server was unable to deliver your message.",
           "Details": Str("smtp;550 5.1.1 <", E(em), ">: Recipient address rejected: User unknown"),
           "Metadata": {"subscriber": N(p.full())} if c.chance(0.5) else {}, "MessageStream": "broadcast"}
    return [jdoc(doc, indent=2 if c.chance(0.4) else None)]


def esp_ses_sns(c):
    p = c.person()
    em = c.email(p)
    dn = disp(c, p, ("full", "lf", "caps"))
    inner = jdoc({"notificationType": c.pick(["Complaint", "Bounce", "Delivery"]),
                  "mail": {"timestamp": c.ts("iso"), "source": E("promo@mail.shop.example"), "sourceIp": I(c.ip()),
                           "destination": [E(em)],
                           "commonHeaders": {"from": [Str("Shop Promotions <", E("promo@mail.shop.example"), ">")],
                                             "to": [Str('"', N(dn), '" <', E(em), ">")],
                                             "subject": "Your weekend picks"}}})
    outer = ['{"Type":"Notification","MessageId":"', c.uuid(), '","TopicArn":"arn:aws:sns:eu-west-1:',
             c.digits(12), ':ses-events","Message":"', jstr_embed(inner), '","Timestamp":"', c.ts("iso"), '"}']
    return [Doc("json", outer)]


def esp_mta_kv(c):
    p = c.person(0)
    em = c.email(p)
    mid = f"{c.digits(14)}.{c.hexid(8)}@mta{c.num(1, 9)}.esp.example.net"
    c.exempt.append(mid)
    return [c.ts("syslog"), f" mta-{c.num(1, 12):02d} pmta[{c.num(1000, 9999)}]: delivery status=",
            c.pick(["deferred", "bounced", "sent"]), " rcpt=<", E(em), "> msgid=<", mid, "> dsn=4.2.2 relay=mx.",
            em.split("@")[1], "[", I(c.ip(0)), "]:25 vmta=shared-", str(c.num(1, 9)),
            " reason=\"452 4.2.2 Mailbox full\""] + ([" orig-name=\"", N(p.full()), "\""] if c.chance(0.4) else [])


def esp_neg(c):
    return c.pick([
        [c.ts("iso"), " POST /hooks/sendgrid 200 in ", str(c.num(20, 900)), "ms batch_size=", str(c.num(1, 1000))],
        [jdoc({"date": c.ts("date"), "stats": [{"metrics": {"opens": c.num(0, 9999), "clicks": c.num(0, 999),
                                                          "bounces": c.num(0, 99), "spam_reports": c.num(0, 9)}}]})],
        [c.ts("syslog"), " mta-03 pmta[", str(c.num(1000, 9999)), "]: vmta=shared-2 queue=gmail.com backoff mode "
         "entered (421 4.7.28 rate limited)"],
        [jdoc({"RecordType": "Bounce", "Type": "SoftBounce", "Name": "Soft bounce", "Description":
               "The server could not temporarily deliver your message.", "MessageStream": "broadcast",
               "Inactive": False}, indent=2)],
        ["Domain verification for mg.", c.pick(["gazette", "shop", "tribune"]), ".example: DKIM ",
         c.pick(["found", "missing"]), ", SPF include:mailgun.org ok, sender ", c.pick(COMPANIES)],
        [c.ts("iso"), " WARN esp-router: suppression list sync ", c.pick(STATUSES), " (",
         str(c.num(100, 90000)), " entries, list=", c.pick(["global", "unsubscribe", "bounces"]), ")"]])


# ============================================================================ 3. newsletter_audience
def nl_mailchimp_put(c):
    p = c.person()
    merge = {"FNAME": N(p.first()), "LNAME": N(p.last())}
    if c.chance(0.4):
        merge["PHONE"] = P(c.phone())
    body = {"email_address": E(c.email(p)), "status_if_new": "subscribed", "merge_fields": merge,
            "ip_signup": I(c.ip()), "language": c.pick(["en", "de", "fr", "ja", "es"]), "tags": ["popup"]}
    return [c.ts("iso"), " mc-sync DEBUG PUT https://us21.api.mailchimp.com/3.0/lists/", c.hexid(10), "/members/",
            c.hexid(32), " -> 200 body=", jdoc(body, compact=c.chance(0.5))]


def nl_import_csv(c):
    rows, k = [], c.num(2, 4)
    for _ in range(k):
        p = c.person()
        rows += ["\n", E(c.email(p)), ",\"", N(disp(c, p, ("full", "lf", "gf"))), "\",\"{\"\"city\"\": \"\"",
                 c.pick(PLACES), "\"\"}\""]
    bad = c.person(0)
    return ["listmonk import: ", str(k), " rows, 1 error\n--- subscribers.csv ---\nemail,name,attributes"] + \
        rows + ["\n--- errors ---\nline ", str(c.num(5, 99)), ": invalid email \"", N(squash(bad.given) + "." + squash(bad.family)),
                "@\" (name: ", N(bad.full()), ")"]


def nl_doi(c):
    p = c.person(0.05)
    return [c.ts("sql"), " [doi] confirm list=", c.pick(["weekly-digest", "breaking-news", "morning-brief"]),
            " subscriber_id=", str(c.num(1000, 999999)), " email=", E(c.email(p)), " confirmed_ip=", I(c.ip()),
            " ua=\"", c.pick(UAS), "\""] + ([" name=", N(squash(p.given).capitalize())] if c.chance(0.3) else [])


def nl_unsub_access(c):
    p = c.person()
    q = ["e=", mapenc(E(c.email(p)), pct), "&list=weekly-digest"]
    if c.chance(0.6):
        q += ["&n=", mapenc(N(p.full()), form)]
    return [I(c.ip()), " - - [", c.ts("clf"), "] \"GET /unsubscribe?"] + q + \
        [" HTTP/1.1\" 302 0 \"-\" \"", c.pick(UAS), "\""]


def nl_repr_trace(c):
    p = c.person()
    em = c.email(p)
    return ["Traceback (most recent call last):\n  File \"/srv/audience/app/importer.py\", line 88, in upsert\n"
            "    session.flush()\nsqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value "
            "violates unique constraint \"subscribers_email_key\"\nDETAIL:  Key (email)=(", E(em),
            ") already exists.\n[while flushing Subscriber(email=", pyq(E(em)), ", first_name=", pyq(N(p.first())),
            ", last_name=", pyq(N(p.last())), ", locale='", c.pick(["de_DE", "en_GB", "pt_BR", "ja_JP"]),
            "', source='popup')]"]


def nl_substack_export(c):
    lines = []
    for _ in range(c.num(1, 3)):
        p = c.person()
        lines.append(jdoc({"email": E(c.email(p)), "name": N(p.full()) if c.chance(0.8) else None,
                           "subscription_type": c.pick(["free", "paid", "comp"]), "created_at": c.ts("iso"),
                           "country": c.pick(["DE", "US", "BR", "JP", "NG"])}))
        lines.append("\n")
    return lines[:-1]


def nl_print_checkout(c):
    p = c.person(0.05)
    card = c.card(c.pick(["", " "]))
    body = ["plan=print_weekend&name=", mapenc(N(p.full()), form), "&email=", mapenc(E(c.email(p)), form),
            "&phone=", mapenc(P(c.phone()), form), "&cc_number=", mapenc(C(card), form), "&cc_exp=",
            f"{c.num(1, 12):02d}%2F{c.num(27, 31)}"]
    return ["[", c.ts("sql"), "] subscriptions.DEBUG: checkout payload ", Doc("json", ["{\"raw\":\""] + body + ["\"}"]),
            " ", Doc("json", ["{\"ip\":\"", I(c.ip()), "\"}"])]


def nl_neg(c):
    return c.pick([
        [c.ts("iso"), " mc-sync DEBUG PUT https://us21.api.mailchimp.com/3.0/lists/", c.hexid(10), "/merge-fields/3 -> 200 body=",
         jdoc({"tag": "COMPANY", "name": "Company", "type": "text", "default_value": c.pick(COMPANIES)})],
        [jdoc({"tag": "FNAME", "name": "First Name", "type": "text", "required": False, "public": True},
              indent=2 if c.chance(0.5) else None)],
        [c.ts("iso"), " mc-sync INFO segment rebuild '", c.pick(PLACES), " readers' members=", str(c.num(10, 90000))],
        ["listmonk import: 0 rows imported, file subscribers.csv has header only (email,name,attributes)"],
        [c.ts("sql"), " [doi] reminder batch sent=", str(c.num(1, 900)), " list=", c.pick(["weekly-digest", "morning-brief"]),
         " template=\"Please confirm your subscription\""],
        ["campaign ", c.hexid(10), " \"", c.pick(["Madison Avenue Insider", "Victoria Sponge Bake-Off", "The Lincoln Letter",
                                                  "Morning Brief"]), "\" sent to ", str(c.num(100, 90000)),
         " recipients, status=", c.pick(STATUSES)],
        [jdoc({"list_id": c.hexid(10), "stats": {"member_count": c.num(10, 90000), "unsubscribe_count": c.num(0, 900),
                                                 "open_rate": round(c.rng.random(), 3)}, "from_name": c.pick(COMPANIES)})]])


# ============================================================================ 4. marketing_automation
def ma_marketo_csv(c):
    out = ["bulk lead export job ", c.uuid(), " completed (", c.ts("iso"), ")\nid,firstName,lastName,email,phone,company,leadScore"]
    for _ in range(c.num(1, 3)):
        p = c.person(0.1)
        ph = c.phone() if c.chance(0.6) else ""
        out += ["\n", str(c.num(100000, 9999999)), ",", N(p.first()), ",", N(p.last()), ",", E(c.email(p)), ",",
                P(ph) if ph else "", ",", c.pick(COMPANIES).replace(",", ""), ",", str(c.num(0, 120))]
    return out


def ma_sfmc_ampscript(c):
    p = c.person(0.05)
    em = c.email(p)
    return ["ExactTarget.OMM.FunctionExecutionException: An error occurred when attempting to evaluate a Lookup "
            "function call.  See inner exception for details.\n Error Code: OMM_FUNC_EXEC_ERROR\n - from Jint\n\n"
            " --- inner exception 1---\n\nThe row with key EmailAddress=", E(em),
            " was not found.\n Function: Lookup(\"Subscribers\",\"FirstName\",\"EmailAddress\",\"", E(em),
            "\")\n SubscriberKey: 003", c.hexid(12), " FirstName: ", N(p.first()), "\n   at ExactTarget.OMM.Functions.Lookup.Execute()"]


def ma_hubspot_enroll(c):
    p, o = c.person(), c.person(0)
    props = {"firstname": {"value": N(p.first())}, "lastname": {"value": N(p.last())},
             "email": {"value": E(c.email(p))}, "hubspot_owner_id": {"value": str(c.num(10 ** 7, 9 * 10 ** 7))},
             "owner_email": {"value": E(c.email(o, "agency.example"))}}
    if c.chance(0.4):
        props["mobilephone"] = {"value": P(c.phone())}
    return [jdoc({"portalId": c.num(10 ** 6, 9 * 10 ** 6), "objectId": c.num(10 ** 5, 10 ** 8), "workflowId": c.num(1000, 99999),
                  "event": c.pick(["ENROLLED", "UNENROLLED", "GOAL_MET"]), "properties": props},
                 indent=2 if c.chance(0.5) else None)]


def ma_lead_router(c):
    p, a, b = c.person(), c.person(0.05), c.person(0.05)
    arrow = c.pick(["->", "=>", "→"])
    return [c.ts("iso"), " lead-router INFO round-robin assigned lead #L-", str(c.num(10000, 99999)), " (",
            N(disp(c, p, ("lf", "full", "caps"))), " - ", c.pick(COMPANIES), ") owner ", N(c.acct(a)), " ", arrow,
            " ", N(b.full()), " (territory ", c.pick(["EMEA-North", "APAC", "LATAM", "NA-West"]), ")"]


def ma_pardot_sync(c):
    p = c.person()
    ph = c.phone()
    return [c.ts("sql"), " [pardot-connector] ERROR Prospect sync failed prospect_id=", str(c.num(10 ** 6, 10 ** 8)),
            " email=", E(c.email(p)), " : FIELD_CUSTOM_VALIDATION_EXCEPTION, Phone \"", P(ph),
            "\" is not valid for Lead ", N(p.gf()), ": [Phone]"]


def ma_java_tostring(c):
    p = c.person(0.1)
    return [c.ts("sql"), f".{c.num(100, 999)}  WARN 1 --- [nio-8080-exec-{c.num(1, 9)}] c.a.m.sync.LeadUpsertService      "
            ": duplicate lead merged into Lead{id=00Q", c.hexid(12), ", firstName='", N(p.first()), "', lastName='",
            N(p.last()), "', email='", E(c.email(p)), "', phone='", P(c.phone()), "', company='", c.pick(COMPANIES),
            "', leadSource='", c.pick(["Webinar", "Trade Show", "Organic"]), "'}"]


def ma_neg(c):
    return c.pick([
        [c.ts("sql"), ".", str(c.num(100, 999)), "  WARN 1 --- [nio-8080-exec-2] c.a.m.sync.LeadUpsertService      : skipping "
         "test record Lead{id=00Q", c.hexid(12), ", firstName='Test', lastName='Lead', email=null, company='",
         c.pick(COMPANIES), "', leadSource='", c.pick(["Webinar", "Trade Show"]), "'}"],
        [c.ts("iso"), " lead-router INFO no eligible owner for territory ", c.pick(["EMEA-North", "APAC"]),
         ", queue=", c.pick(SVC_ACCOUNTS)],
        ["campaign \"", c.pick(["Lincoln Park Expo 2026", "Savannah Roadshow", "Project Athena Launch", "Hopper Webinar"]),
         "\" scheduled for ", c.ts("isoz"), " (program id ", str(c.num(1000, 9999)), ", status ", c.pick(STATUSES), ")"],
        [jdoc({"portalId": c.num(10 ** 6, 9 * 10 ** 6), "workflowId": c.num(1000, 99999), "event": "WORKFLOW_UPDATED",
               "properties": {"name": {"value": "Nurture - " + c.pick(PRODUCTS)}, "enabled": {"value": "true"}}})],
        [c.ts("sql"), " [pardot-connector] INFO synced ", str(c.num(1, 9000)), " prospects, 0 errors, next run in 5m"],
        ["Account{name='", c.pick(COMPANIES), "', domain='", c.pick(["acme", "globex", "initech"]), ".example', tier='",
         c.pick(["Strategic", "Growth"]), "', owner='", c.pick(SVC_ACCOUNTS), "'}"],
        ["scoring model v", str(c.num(2, 9)), ".", str(c.num(0, 9)), ": +10 Visited Pricing Page, +5 Opened Email, -20 Unsubscribed"]])


# ============================================================================ 5. survey_forms
def sv_typeform(c):
    p, agent = c.person(), c.person(0.1)
    answers = [{"type": "text", "text": N(p.full()), "field": {"ref": "full_name", "type": "short_text"}},
               {"type": "email", "email": E(c.email(p)), "field": {"ref": "email", "type": "email"}}]
    if c.chance(0.5):
        answers.append({"type": "phone_number", "phone_number": P(c.phone()), "field": {"ref": "phone", "type": "phone_number"}})
    pre, post = c.pick([("The agent, ", ", was very helpful."), ("Huge thanks to ", " who sorted it out."),
                        ("Ask for ", " next time."), ("Die Beraterin ", " war sehr nett."), ("", " was great")])
    answers.append({"type": "text", "text": Str(pre, N(agent.first()), post),
                    "field": {"ref": "comments", "type": "long_text"}})
    doc = {"event_id": c.hexid(26).upper(), "event_type": "form_response",
           "form_response": {"form_id": c.hexid(6), "submitted_at": c.ts("isoz"), "answers": answers}}
    return [jdoc(doc, indent=2 if c.chance(0.6) else None)]


def sv_qualtrics_csv(c):
    out = ["StartDate,EndDate,Status,IPAddress,Progress,Finished,RecipientLastName,RecipientFirstName,RecipientEmail,Q1,Q2_TEXT\n"
           "Start Date,End Date,Response Type,IP Address,Progress,Finished,Recipient Last Name,Recipient First Name,"
           "Recipient Email,How likely are you to recommend us?,Anything else?"]
    for _ in range(c.num(1, 3)):
        p = c.person()
        t = c.ts("sql")
        txt = c.pick([["\"Loved the podcast episode with ", N(c.person(0).full()), "\""], ["\"\""],
                      ["\"Please call me on ", P(c.phone()), "\""]])
        out += ["\n", t, ",", t, ",IP Address,", I(c.ip()), ",100,True,", N(p.last()), ",", N(p.first()), ",",
                E(c.email(p)), ",", str(c.num(0, 10)), ","] + txt
    return out


def sv_gravity_vardump(c):
    p = c.person()
    em, ip = c.email(p), c.ip(0.2)
    return ["[", c.ts("sql"), "] gf_entry_debug: array(7) {\n  [\"id\"]=>\n  string(3) \"", str(c.num(100, 999)),
            "\"\n  [\"form_id\"]=>\n  string(1) \"", str(c.num(1, 9)), "\"\n  [\"1.3\"]=>\n  ", phpvd(N(p.first())),
            "\n  [\"1.6\"]=>\n  ", phpvd(N(p.last())), "\n  [\"2\"]=>\n  ", phpvd(E(em)), "\n  [\"ip\"]=>\n  ",
            phpvd(I(ip)), "\n  [\"source_url\"]=>\n  string(33) \"https://events.example.com/signup\"\n}"]


def sv_form_post(c):
    p = c.person()
    body = ["entry.1001=", mapenc(N(p.full()), form), "&entry.1002=", mapenc(E(c.email(p)), form)]
    if c.chance(0.6):
        body += ["&entry.1003=", mapenc(P(c.phone()), form)]
    return [I(c.ip()), " - - [", c.ts("clf"), "] \"POST /forms/d/e/", c.hexid(20),
            "/formResponse HTTP/1.1\" 200 1433 body=\""] + body + ["&fvv=1\""]


def sv_nps_comment(c):
    p, staff = c.person(), c.person(0.1)
    comment = c.pick([["Die Beraterin Frau ", N(staff.last()), " war super, danke!"],
                      ["Atendimento ótimo da ", N(staff.first()), ", resolveu tudo."],
                      [N(staff.full()), " at the front desk was rude."],
                      ["スタッフの", N(staff.full()), "さんの対応が丁寧でした。"],
                      ["Thanks ", N(staff.first()), "! Also my SSN ", S(c.ssn("-")), " was on the printed receipt?!"]])
    return [c.ts("iso"), " surveymonkey-sync INFO response ", str(c.num(10 ** 9, 9 * 10 ** 9)), " nps=", str(c.num(0, 10)),
            " respondent=\"", N(disp(c, p, ("full", "lf"))), "\" comment=\""] + comment + ["\""]


def sv_panel_incentive(c):
    p = c.person(0)
    return [c.ts("sql"), " panel-payouts INFO incentive $", str(c.pick([600, 750, 1000])), " requires W-9: respondent ",
            N(p.caps()), " ssn_last4=", S(c.ssn("")[-4:]), " email=", E(c.email(p))]


def sv_neg(c):
    return c.pick([
        [jdoc({"event_type": "form_response", "form_response": {"form_id": c.hexid(6), "answers": [
            {"type": "number", "number": c.num(0, 10), "field": {"ref": "nps", "type": "opinion_scale"}},
            {"type": "choice", "choice": {"label": c.pick(["Madison store", "Online", "Victoria kiosk"])},
             "field": {"ref": "channel", "type": "multiple_choice"}}]}}, indent=2 if c.chance(0.5) else None)],
        [jdoc({"fields": [{"ref": "full_name", "title": "What's your name?", "type": "short_text"},
                          {"ref": "email", "title": "Your email", "type": "email"}], "title": "Customer Feedback"},
              indent=2)],
        [c.ts("iso"), " surveymonkey-sync INFO response ", str(c.num(10 ** 9, 9 * 10 ** 9)), " nps=", str(c.num(0, 10)),
         " respondent=anonymous comment=\"", c.pick(["Great app, love the dark mode", "Too many emails",
                                                      "Delivery to Victoria took ages", "Sign Up Now button is broken"]), "\""],
        ["survey SV_", c.hexid(15), " quota \"", c.pick(PLACES), " residents\" reached (", str(c.num(50, 500)), ")"],
        ["[", c.ts("sql"), "] gf_entry_debug: array(2) {\n  [\"id\"]=>\n  string(3) \"", str(c.num(100, 999)),
         "\"\n  [\"status\"]=>\n  string(5) \"spam\"\n}"],
        ["StartDate,EndDate,Status,Progress,Finished,Q1\n", c.ts("sql"), ",", c.ts("sql"), ",Survey Preview,100,True,",
         str(c.num(0, 10))]])


# ============================================================================ 6. podcast_hosting
def pc_download_log(c):
    p = c.person(0)
    ep = c.num(1, 300)
    path = [f"/e/{c.hexid(8)}/ep-{ep}-interview-with-", N(slug(p)), ".mp3"]
    return [I(c.ip()), " - - [", c.ts("clf"), "] \"GET "] + path + [
        f" HTTP/1.1\" 206 {c.num(10 ** 5, 9 * 10 ** 7)} \"-\" \"",
        c.pick(["AppleCoreMedia/1.0.0.21A329 (iPhone; U; CPU OS 17_0 like Mac OS X; en_us)", "Spotify/8.9.20 Android/34",
                "Overcast/3.0 (+http://overcast.fm/)", "PocketCasts/1.0"]), "\""]


def pc_rss(c):
    host, guest = c.person(), c.person()
    em = c.email(host)
    items = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
             " xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>\n  <title>",
             xesc(c.pick(["Harbour Lights", "The Slow Desk", "Data After Dark", "Kitchen Table Talks"])),
             "</title>\n  <itunes:author>", N(xesc(host.full())), "</itunes:author>\n  <itunes:owner>\n    <itunes:name>",
             N(xesc(host.rom())), "</itunes:name>\n    <itunes:email>", E(em), "</itunes:email>\n  </itunes:owner>\n"
             "  <item>\n    <title>Episode ", str(c.num(1, 300)), ": with ", N(xesc(guest.full())), "</title>\n"
             "    <podcast:person role=\"guest\">", N(xesc(guest.full())), "</podcast:person>\n  </item>\n</channel>\n</rss>"]
    return [Doc("xml", items)]


def pc_validator(c):
    p = c.person(0.05)
    return ["feedcheck: ERROR feed.xml:14 <itunes:email> \"", E(c.email(p)), "\" does not match the owner on file (",
            N(p.full()), ", ", E(c.email(p)), "); Apple will not verify ownership"]


def pc_guest_json(c):
    host, g = c.person(0.05), c.person()
    guest = {"name": N(g.full()), "handle": Str("@", N(c.handle(g)))}
    if c.chance(0.5):
        guest["phone"] = P(c.phone())
    return [jdoc({"episode": {"number": c.num(1, 300), "title": c.pick(HEADLINES), "guests": [guest],
                              "host": N(host.full()), "recording": c.ts("isoz")}}, indent=2 if c.chance(0.5) else None)]


def pc_diarization(c):
    a, b = c.person(), c.person()
    return [c.ts("iso"), " transcribe-worker INFO diarization job=", c.uuid(), " SPEAKER_00 -> \"", N(a.full()),
            "\" (host) SPEAKER_01 -> \"", N(b.full()), "\" (guest) confidence=0.", str(c.num(60, 99))]


def pc_neg(c):
    show = c.pick(["Morning Edition Digest", "Harbour Lights", "Data After Dark", "The Slow Desk"])
    return c.pick([
        [jdoc({"episode": {"number": c.num(1, 300), "title": c.pick(DECOY_HEADLINES), "guests": [],
                           "host": c.pick(["Staff", "Newsroom", "TBD"]), "sponsor": c.pick(COMPANIES)}})],
        ["feed '", show, "' rebuilt: ", str(c.num(10, 400)), " items, 0 warnings (", c.ts("iso"), ")"],
        [Doc("xml", ["<channel><title>", show, "</title><itunes:author xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">",
                     xesc(c.pick(["Penguin Random House Audio", "Hachette Audio", "Condé Nast", "Dow Jones"])),
                     "</itunes:author></channel>"])],
        [c.ts("iso"), " transcribe-worker INFO diarization job=", c.uuid(), " SPEAKER_00 -> Host (unassigned) SPEAKER_01 -> Guest"],
        ["cdn purge /e/", c.hexid(8), "/ep-", str(c.num(1, 300)), "-", c.pick(["victoria-harbour", "apollo-at-fifty",
                                                                                  "lovelace-lecture"]), ".mp3 ok"],
        ["feedcheck: WARN feed.xml:3 <itunes:category text=\"Society &amp; Culture\"> ok, <itunes:explicit> missing"]])


FAMILIES = {
    "cms_editorial": ([cms_wp_user, cms_drupal_syslog, cms_workflow_kv, cms_credits_json, cms_aem_replication, cms_intl_note], cms_neg),
    "esp_event_webhooks": ([esp_sendgrid, esp_mailgun, esp_postmark, esp_ses_sns, esp_mta_kv], esp_neg),
    "newsletter_audience": ([nl_mailchimp_put, nl_import_csv, nl_doi, nl_unsub_access, nl_repr_trace, nl_substack_export,
                             nl_print_checkout], nl_neg),
    "marketing_automation": ([ma_marketo_csv, ma_sfmc_ampscript, ma_hubspot_enroll, ma_lead_router, ma_pardot_sync,
                              ma_java_tostring], ma_neg),
    "survey_forms": ([sv_typeform, sv_qualtrics_csv, sv_gravity_vardump, sv_form_post, sv_nps_comment, sv_panel_incentive], sv_neg),
    "podcast_hosting": ([pc_download_log, pc_rss, pc_validator, pc_guest_json, pc_diarization], pc_neg),
}

