"""Families 7-12 of pack_s: Flutter/Dart logs, push delivery, in-app support chat, store-review ingestion,
analytics SDK events and attribution / deep links."""

from __future__ import annotations

import core as C
from core import L, S, V
from fam_a import app, lc, pkg


def fl_pre(r) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return "flutter: "
    if k == 1:
        return f"I/flutter ({r.randint(1000, 32000):5d}): "
    return f"{C.ts_log(r)} Runner[{r.randint(300, 9999)}:{r.randint(10000, 99999)}] flutter: "


# ============================================================================ 7. flutter_dart_logs
def fl1(rec):
    r = rec.r
    p = rec.person()
    segs = C.flat("User(id: ", str(r.randint(1000, 99999)), ", displayName: ", C.nm(r, p, "disp", "full"),
                  ", email: ", L(C.pmail(r, p), "EMAIL"))
    if r.random() < 0.5:
        segs += C.flat(", phone: ", L(C.phone(r), "PHONE"))
    segs += C.flat(", verified: ", r.choice(["true", "false"]), ")")
    rec.add(fl_pre(r), r.choice(["signed in: ", "currentUser = ", "cache hit "]), segs)


def fl2(rec):
    r = rec.r
    p = rec.person()
    data = {"first_name": V(p.first(), "NAME"), "last_name": V(p.last(), "NAME"), "email": V(C.pmail(r, p), "EMAIL")}
    k = r.random()
    if k < 0.25:
        data["ssn_last4"] = V(C.last4(r), "SSN")
    elif k < 0.4:
        data["ssn"] = V(C.ssn(r), "SSN")
    pre = fl_pre(r)
    rec.add(pre, "*** Request ***\n", pre, "uri: https://api.fitloop.example/v1/profile\n", pre,
            "method: PATCH\n", pre, "headers:\n", pre, " content-type: application/json\n", pre, "data:\n", pre,
            C.dartseg(data), "\n", pre, "\n", pre, "*** Response ***\n", pre, "statusCode: ",
            str(r.choice([200, 400, 409])))


def fl3(rec):
    r = rec.r
    p = rec.person()
    nm = C.form(r, p, "disp", "full")
    prof = C.flat("Profile(name: ", L(nm, "NAME"), ", city: ", r.choice(C.PLACES), ")")
    rec.add(fl_pre(r), "onTransition -- ProfileBloc, Transition { currentState: ProfileLoaded(profile: ", prof,
            "), event: ProfileNameChanged(name: ", L(nm, "NAME"), "), nextState: ProfileSaving(profile: ", prof, ") }")


def fl4(rec):
    r = rec.r
    p = rec.person()
    bar = "═" * 60
    rec.add("══╡ EXCEPTION CAUGHT BY RENDERING LIBRARY ╞", bar, "\nThe following assertion was thrown during layout:\n"
            "A RenderFlex overflowed by ", str(r.randint(2, 200)), " pixels on the right.\n\nThe relevant error-causing "
            "widget was:\n  Row Row:file:///Users/", C.nm(r, p, "acct"), "/dev/fitloop/lib/widgets/contact_tile.dart:",
            str(r.randint(10, 200)), ":12\n\nThe overflowing RenderFlex has an orientation of Axis.horizontal.\n"
            "  creator: Row ← ContactTile ← ListView\n  child 1: RenderParagraph#", C.hexs(r, 5),
            " relayoutBoundary=up2\n    text: \"", C.nm(r, p, "disp", "full"), "\"\n", bar, bar[:40])


def fl5(rec):
    r = rec.r
    p = rec.person()
    rec.add(fl_pre(r), "sqflite: [INSERT INTO contacts (name, email, phone) VALUES (?, ?, ?)] [",
            C.nm(r, p, "disp", "full"), ", ", L(C.pmail(r, p), "EMAIL"), ", ", L(C.phone(r), "PHONE"), "]")
    if r.random() < 0.4:
        rec.add("\n", fl_pre(r), "sqflite: [UPDATE wallet SET card = ? WHERE id = ?] [",
                L(C.card(r, "plain"), "CREDIT_CARD"), ", 1]")


def fl6(rec):
    r = rec.r
    p, q = rec.person(), rec.person()
    ev = {"event": "invite_sent", "from": V(C.pacct(r, p), "NAME"),
          "to": {"name": V(C.form(r, q, "disp", "full"), "NAME"), "phone": V(C.phone(r), "PHONE")}}
    rec.add("[log] ", rec.doc("json", C.jseg(ev, seps=(",", ":"))), "\n", fl_pre(r),
            "didUpdateProvider: currentUserProvider, AsyncData<User>(value: User(id: ", str(r.randint(100, 9999)),
            ", displayName: ", C.nm(r, p, "disp", "full"), "))")


def fl_n1(rec):
    r = rec.r
    rec.add(fl_pre(r), "Product(id: ", str(r.randint(1000, 99999)), ", title: ", r.choice(C.PRODUCTS), " ",
            r.choice(["Pro", "Kids", "Lite"]), ", brand: ", r.choice(C.COMPANIES), ", inStock: true)")


def fl_n2(rec):
    r = rec.r
    pre = fl_pre(r)
    rec.add(pre, "*** Request ***\n", pre, "uri: https://api.fitloop.example/v1/workouts?city=",
            C.e_form(r.choice(C.PLACES)), "\n", pre, "method: GET\n", pre, "*** Response ***\n", pre,
            "statusCode: 200\n", pre, "{plan: ", r.choice(C.PRODUCTS), ", locale: ", r.choice(["de", "ja", "pt"]),
            ", title: ", r.choice(C.UI_STRINGS), "}")


def fl_n3(rec):
    r = rec.r
    bar = "═" * 60
    rec.add("══╡ EXCEPTION CAUGHT BY WIDGETS LIBRARY ╞", bar, "\nThe following assertion was thrown building "
            "PaywallPage(dirty, state: _PaywallPageState#", C.hexs(r, 5), "):\nNo Material widget found.\n"
            "  text: \"", r.choice(C.UI_STRINGS), "\"\n", bar, bar[:40])


def fl_n4(rec):
    r = rec.r
    rec.add(fl_pre(r), "onTransition -- CartBloc, Transition { currentState: CartIdle(), event: CartItemAdded(sku: ",
            C.alnum(r, 8), ", brand: ", r.choice(C.COMPANIES), "), nextState: CartUpdated(count: ",
            str(r.randint(1, 9)), ") }")


# ============================================================================ 8. push_delivery_gateway
def tok(r) -> str:
    return C.hexs(r, 64)


ALERTS = {
    "en": ("New message from {g}", "{n}: are we still on for 7?"),
    "de": ("Neue Nachricht von {g}", "{n}: Bist du heute Abend dabei?"),
    "fr": ("Nouveau message de {g}", "{n} vous a envoyé une photo"),
    "es": ("Nuevo mensaje de {g}", "{n} te ha enviado una invitación"),
    "pt": ("Nova mensagem de {g}", "{n} curtiu sua foto"),
    "ja": ("{g}さんからの新着メッセージ", "{n}さんが写真を送信しました"),
    "ru": ("Новое сообщение от {g}", "{n} отправил(а) вам фото"),
    "ar": ("رسالة جديدة من {g}", "{n} أرسل لك صورة"),
}


def alert_segs(template: str, p, r) -> list:
    out = []
    parts = template.replace("{g}", "\x00g\x00").replace("{n}", "\x00n\x00").split("\x00")
    for part in parts:
        if part == "g":
            out.append((p.first(), "NAME"))
        elif part == "n":
            out.append((p.disp(), "NAME"))
        elif part:
            out.append((part, None))
    return out


def push1(rec):
    r = rec.r
    p = rec.person()
    lang = r.choice(sorted(ALERTS))
    t, b = ALERTS[lang]
    th = "th_" + str(r.randint(1000, 99999))
    payload = {"aps": {"alert": {"title": S(alert_segs(t, p, r)), "body": S(alert_segs(b, p, r))},
                       "thread-id": th, "mutable-content": 1}}
    status = r.choice([200, 200, 410, 400])
    rec.add(C.ts_iso(r), " INFO apns: POST /3/device/", tok(r), " apns-topic=", app(r)[1],
            " apns-push-type=alert apns-priority=10 apns-collapse-id=chat-", th, " payload=",
            rec.doc("json", C.jseg(payload, seps=(",", ":"))), " status=", str(status))
    if status == 410:
        rec.add("\n", C.ts_iso(r), ' WARN apns: {"reason":"Unregistered","timestamp":', C.epoch_ms(r),
                "} -> pruning token for user=", C.nm(r, p, "acct"))
    elif status == 400:
        rec.add("\n", C.ts_iso(r), ' ERROR apns: {"reason":"BadDeviceToken"} recipient ', L(C.pmail(r, p), "EMAIL"))


def push2(rec):
    r = rec.r
    p, q = rec.person(), rec.person()
    et = "ExponentPushToken[" + C.alnum(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "]"
    req = [{"to": et, "title": S("New message from ", L(p.first(), "NAME")),
            "body": S(L(p.disp(), "NAME"), " mentioned you and ", L(q.disp(), "NAME")),
            "data": {"senderEmail": V(C.pmail(r, p), "EMAIL"), "screen": "Chat"}}]
    rec.add("POST https://exp.host/--/api/v2/push/send ", rec.doc("json", C.jseg(req, seps=(",", ":"))), "\n")
    rid = C.uuid(r)
    rcpt = {"data": {rid: {"status": "error", "message": f"\"{et}\" is not a registered push notification recipient",
                           "details": {"error": "DeviceNotRegistered"}}}}
    rec.add("receipts: ", rec.doc("json", C.jseg(rcpt, indent=2)))


def push3(rec):
    r = rec.r
    p = rec.person()
    ep = r.choice(["https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB", "https://fcm.googleapis.com/fcm/send/",
                   "https://web.push.apple.com/Q"]) + C.alnum(r, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-")
    rec.add(C.ts_log(r), " [web-push] POST ", ep, " -> 410 Gone; subscription of ", L(C.pmail(r, p), "EMAIL"),
            " removed (ua=", r.choice(["Firefox/128.0", "Chrome/126.0", "Safari/17.5"]), " ip=",
            L(C.ip(r), "IP_ADDRESS"), ")")


def push4(rec):
    r = rec.r
    p = rec.person()
    t = tok(r)
    rec.add("UPDATE device_tokens SET invalidated_at = now() WHERE token = '", t, "' RETURNING user_id, user_email, "
            "display_name;\n user_id |          user_email          | display_name\n---------+------------------------"
            "------+--------------\n ", str(r.randint(1000, 99999)), " | ", L(C.pmail(r, p), "EMAIL"), " | ",
            C.nm(r, p, "disp", "full"), "\n(1 row)")


def push5(rec):
    r = rec.r
    p = rec.person()
    lang = r.choice(sorted(ALERTS))
    t, b = ALERTS[lang]
    rec.add(C.ts_iso(r), " render template=chat.new_message locale=", lang, " title=\"", alert_segs(t, p, r),
            "\" body=\"", alert_segs(b, p, r), "\" recipient=", C.nm(r, rec.person(), "acct"), " channel=",
            r.choice(["apns", "fcm", "hms"]))


def push6(rec):
    r = rec.r
    p = rec.person()
    peer = C.form(r, p, "full")
    msg = {"validate_only": False,
           "message": {"notification": {"title": S(L(peer, "NAME")), "body": "sent you a voice note"},
                       "android": {"notification": {"click_action": {
                           "type": 1, "intent": S("#Intent;scheme=kindred;S.peer=", [(C.e_pct(peer), "NAME")],
                                                  ";S.peer_phone=", [(C.e_pct(C.phone(r, style="e164")), "PHONE")],
                                                  ";end")}}},
                       "token": [C.alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")]}}
    rec.add("HMS Push Kit request:\n", rec.doc("json", C.jseg(msg, indent=2)))


def push_n1(rec):
    r = rec.r
    prod = r.choice(C.PRODUCTS)
    payload = {"aps": {"alert": {"title": f"{prod} Sale", "body": r.choice(C.UI_STRINGS)}, "badge": 1}}
    rec.add(C.ts_iso(r), " INFO apns: campaign=spring_", prod.lower().replace(" ", "_"), " batch=",
            str(r.randint(1, 400)), " sent=", str(r.randint(1000, 90000)), " failed=", str(r.randint(0, 90)),
            " payload=", rec.doc("json", C.jseg(payload, seps=(",", ":"))))


def push_n2(rec):
    r = rec.r
    rec.add(C.ts_iso(r), ' WARN apns: {"reason":"Unregistered","timestamp":', C.epoch_ms(r),
            "} -> pruning token ", tok(r)[:16], "… for user=", r.choice(["guest", "anonymous", "device-only"]),
            "\n", C.ts_iso(r), " INFO apns: pruned ", str(r.randint(1, 500)), " tokens, status=", r.choice(C.STATUS))


def push_n3(rec):
    r = rec.r
    rec.add(C.ts_iso(r), " render template=order.shipped locale=", r.choice(["de", "fr", "ja"]),
            " title=\"", r.choice(C.UI_STRINGS), "\" body=\"Your order from ", r.choice(C.COMPANIES),
            " has shipped\" recipient=u_", str(r.randint(1000, 99999)), " quiet_hours=22:00-07:00")


def push_n4(rec):
    r = rec.r
    rec.add("UPDATE device_tokens SET invalidated_at = now() WHERE last_seen < now() - interval '270 days';\n"
            f"UPDATE {r.randint(100, 9000)}\nTime: {r.randint(10, 900)}.{r.randint(100, 999)} ms")


# ============================================================================ 9. in_app_support_chat
def chat1(rec):
    r = rec.r
    p = rec.person()
    agent = rec.person()
    room = "sup_" + str(r.randint(1000, 99999))
    msg = {"room": room, "from": {"id": "u_" + str(r.randint(100, 99999)), "name": V(p.disp(), "NAME")},
           "text": S(r.choice(["hi, this is ", "hola, soy ", "oi, aqui é ", "bonjour, c'est "]), L(p.first(), "NAME"),
                     ", my number is ", L(C.phone(r), "PHONE"))}
    rec.add("ws <- 42", rec.doc("json", C.jseg(["message", msg], seps=(",", ":"))), "\n")
    rec.add("ws -> 42", rec.doc("json", C.jseg(["typing", {"room": room, "agent": V(agent.first(), "NAME")}],
                                              seps=(",", ":"))))


def chat2(rec):
    r = rec.r
    p = rec.person()
    dom = "chat." + r.choice(C.APP_DOMAINS)
    jid = C.pacct(r, p) + "@" + dom
    body = C.flat("Hi, I'm ", C.nm(r, p, "disp", "full"), r.choice([", I can't log in", ", my refund is missing"]))
    x = C.flat('<message from="', L(jid, "EMAIL"), "/ios-", C.alnum(r, 4), '" to="', L("support@" + dom, "EMAIL"),
               '" type="chat" id="m-', str(r.randint(1, 999)), '" xmlns="jabber:client"><body>',
               C.enc(body, C.e_xml), "</body></message>")
    rec.add("SENT/RECV ", rec.doc("xml", x))


def chat3(rec):
    r = rec.r
    p, ag = rec.person(), rec.person()
    a, _b, _d = app(r)
    rec.add("Conversation #", str(r.randint(10000, 99999)), " — started ", C.ts_iso(r, ms=False), " via ", a,
            " iOS ", C.app_version(r), "\n")
    rec.add("[10:02] ", C.nm(r, p, "disp", "full"), ": ",
            r.choice([C.flat("my card ", L(C.card(r), "CREDIT_CARD"), " was charged twice"),
                      C.flat("please call me on ", L(C.phone(r), "PHONE")),
                      C.flat("my SSN is ", L(C.ssn(r), "SSN"), " if you need it")]), "\n")
    rec.add("[10:03] ", L(ag.first(), "NAME"), " (Support): Sorry to hear that, ", L(p.first(), "NAME"),
            "! Please never share that here.\n")
    rec.add("[10:05] System: conversation assigned to ", C.nm(r, ag, "lf", "full"))


def chat4(rec):
    r = rec.r
    p, ag, prev = rec.person(), rec.person(), rec.person()
    rec.add(C.ts_iso(r), " level=info msg=route conv=", C.hexs(r, 12), " queue=", r.choice(["billing", "account",
                                                                                             "orders"]),
            " lang=", r.choice(["pt-BR", "de-DE", "en-GB", "ja-JP"]), " assigned_to=", C.nm(r, ag, "acct"), ' agent="',
            C.nm(r, ag, "lf"), '" previous=', C.nm(r, prev, "acct"), ' customer="', C.nm(r, p, "disp", "full"),
            '" vip=', r.choice(["false", "true"]), " reason=skill_match")


def chat5(rec):
    r = rec.r
    rows = ["conversation_id,customer_name,customer_email,agent,rating,comment"]
    rec.add(rows[0], "\n")
    for i in range(r.randint(1, 3)):
        p, ag = rec.person(), rec.person()
        comment = r.choice([C.flat(L(ag.first(), "NAME"), " was super helpful"),
                            C.flat("still waiting, ", L(ag.first(), "NAME"), " never called back"),
                            C.flat("Merci ", L(ag.first(), "NAME"), ", très rapide")])
        rec.add(C.row([C.hexs(r, 8), C.flat(C.nm(r, p, "disp", "lf", "full")), L(C.pmail(r, p), "EMAIL"),
                       C.flat(C.nm(r, ag, "acct")), str(r.randint(1, 5)), comment]))
        if i < 2:
            rec.add("\n")


def chat6(rec):
    r = rec.r
    p = rec.person()
    rec.add(C.ts_iso(r), " upload ok: conv=", C.hexs(r, 12), " file=IMG_", str(r.randint(1000, 9999)), "_",
            L(C.form(r, p, "under"), "NAME"), "_receipt.jpg size=", str(r.randint(10, 4000)), "KB by ",
            C.nm(r, p, "acct"))
    if r.random() < 0.5:
        rec.add("\n", C.ts_iso(r), " upload ok: conv=", C.hexs(r, 12), " file=passport_",
                L(C.N.squash_upper(p.family) + "_" + C.N.squash_upper(p.given), "NAME"), ".pdf size=",
                str(r.randint(100, 4000)), "KB")


def chat_n1(rec):
    r = rec.r
    bot = r.choice(["Ava", "Max", "Ivy"])
    room = "sup_" + str(r.randint(1000, 99999))
    rec.add("ws -> 42", rec.doc("json", C.jseg(["message", {"room": room, "from": {"id": "bot", "name": bot},
                                                           "text": f"Hi! I'm {bot}, your virtual assistant."}],
                                              seps=(",", ":"))), "\nws <- 42",
            rec.doc("json", C.jseg(["quick_reply", {"room": room, "choice": r.choice(C.UI_STRINGS)}],
                                   seps=(",", ":"))))


def chat_n2(rec):
    r = rec.r
    rec.add("Conversation #", str(r.randint(10000, 99999)), " — started ", C.ts_iso(r, ms=False), "\n[10:02] Visitor: ",
            r.choice(["where is my order?", "¿dónde está mi pedido?", "wo ist meine Bestellung?"]),
            "\n[10:02] Bot: ", r.choice(C.UI_STRINGS), "\n[10:04] System: conversation closed (", r.choice(C.STATUS), ")")


def chat_n3(rec):
    r = rec.r
    rec.add("queue,open,waiting,avg_first_response_s,csat\n")
    for i, q in enumerate(r.sample(["billing", "account", "orders", "returns", "vip"], 3)):
        rec.add(q, ",", str(r.randint(0, 90)), ",", str(r.randint(0, 40)), ",", str(r.randint(10, 900)), ",",
                f"{r.random() * 2 + 3:.2f}", "\n" if i < 2 else "")


def chat_n4(rec):
    r = rec.r
    rec.add(C.ts_iso(r), " level=info msg=route conv=", C.hexs(r, 12), " queue=returns lang=", r.choice(["fr-FR", "es-MX"]),
            " assigned_to=", r.choice(C.SERVICE_ACCTS), " previous=none customer=anonymous reason=after_hours\n",
            C.ts_iso(r), " upload ok: conv=", C.hexs(r, 12), " file=IMG_", str(r.randint(1000, 9999)), ".HEIC size=",
            str(r.randint(10, 4000)), "KB")


# ============================================================================ 10. store_review_ingestion
def rev1(rec):
    r = rec.r
    p = rec.person()
    aid = str(r.randint(100000000, 1999999999))
    name = C.form(r, p, "full", "disp", "acct")
    entry = {"author": {"uri": {"label": f"https://itunes.apple.com/us/reviews/id{r.randint(10 ** 8, 10 ** 9)}"},
                        "name": {"label": V(name, "NAME")}, "label": ""},
             "im:version": {"label": C.app_version(r)}, "im:rating": {"label": str(r.randint(1, 5))},
             "id": {"label": str(r.randint(10 ** 10, 10 ** 11))}, "title": {"label": r.choice(["Crashes", "Love it",
                                                                                                "Login broken"])},
             "content": {"label": S("Support never answered. Email me at ", L(C.pmail(r, p), "EMAIL")),
                         "attributes": {"type": "text"}}}
    rec.add("GET https://itunes.apple.com/gb/rss/customerreviews/page=1/id=", aid, "/sortby=mostrecent/json -> entry:\n",
            rec.doc("json", C.jseg(entry, indent=2)))


def rev2(rec):
    r = rec.r
    p = rec.person()
    replier = rec.person()
    a, _b, _d = app(r)
    stars = ":star:" * r.randint(1, 5)
    rec.add(C.ts_iso(r), " slack.post channel=#app-reviews text=\"", stars, " *", a, " iOS* (", C.app_version(r),
            ", ", r.choice(["DE", "BR", "JP", "US"]), ") by *", C.nm(r, p, "full", "disp"), "*\\n> ",
            r.choice(["App stürzt beim Login ab", "Não consigo pagar", "ログインできません", "crashes on launch"]),
            "\\nReply drafted by ", C.nm(r, replier, "acct"), "\"")


def rev3(rec):
    r = rec.r
    a, _b, _d = app(r)
    rec.add("review_id\tapp\tcountry\trating\treviewer\ttitle\ttext\tdate\n")
    for i in range(r.randint(1, 3)):
        p = rec.person()
        text = r.choice([C.flat("the courier ", L(rec.person().first(), "NAME"), " was rude"),
                         C.flat("call me ", L(C.phone(r), "PHONE")), C.flat("great app")])
        rec.add(C.row([C.alnum(r, 10), a, r.choice(["US", "IN", "DE", "KR"]), str(r.randint(1, 5)),
                       C.flat(C.nm(r, p, "upper", "full", "disp")), r.choice(["Meh", "Good", "Bad"]), text,
                       C.ts_iso(r, ms=False)], sep="\t"), "\n" if i < 2 else "")


def rev4(rec):
    r = rec.r
    p = rec.person()
    who = rec.person()
    reply = C.flat("Hi ", L(p.first(), "NAME"), ", thanks for the feedback! Please write to support.")
    if r.random() < 0.5:
        rec.add("POST /v1/reviews/", C.alnum(r, 12), "/reply text=", C.enc(reply, C.e_form), " replied_by=",
                C.nm(r, who, "acct"), " -> 200")
    else:
        body = {"data": {"type": "customerReviewResponses", "attributes": {"responseBody": S(reply)}},
                "meta": {"author": V(C.pmail(r, who), "EMAIL")}}
        rec.add("review-reply: sending ", rec.doc("json", C.jseg(body, seps=(",", ":"))))


def rev5(rec):
    r = rec.r
    p = rec.person()
    txt = r.choice([C.flat("no puedo entrar, mi correo es ", L(C.pmail(r, p), "EMAIL")),
                    C.flat("ligue para ", L(C.phone(r), "PHONE"), " por favor"),
                    C.flat("I am ", L(p.full(), "NAME"), " and my account was deleted")])
    rec.add(C.ts_iso(r), " triage classifier=v3 review=", C.alnum(r, 10), " lang=", r.choice(["es", "pt", "en"]),
            " sentiment=-0.", str(r.randint(10, 99)), " topics=[login,crash] pii_found=true reviewer=\"",
            C.nm(r, p, "full", "disp", "upper"), "\" text=\"", txt, "\"")


def rev6(rec):
    r = rec.r
    p, owner = rec.person(), rec.person()
    rec.add("created support case SC-", str(r.randint(1000, 99999)), " from review ", C.alnum(r, 10), " (reviewer: ",
            C.nm(r, p, "ulf", "lf"), "; contact: ", L(C.pmail(r, p), "EMAIL"), ") owner: ",
            C.nm(r, owner, "full"), " cc: ", C.nm(r, rec.person(), "acct"))


def rev_n1(rec):
    r = rec.r
    entry = {"author": {"name": {"label": r.choice(["Night Owl", "HappyCamper22", "Anonymous", "A Google user",
                                                   "Frequent Flyer", "Mom of 3"])}},
             "im:rating": {"label": str(r.randint(1, 5))},
             "content": {"label": f"Works great in {r.choice(C.PLACES)}, love the {r.choice(C.PRODUCTS)} widget"}}
    rec.add("GET https://itunes.apple.com/gb/rss/customerreviews/page=2/json -> entry:\n",
            rec.doc("json", C.jseg(entry, indent=2)))


def rev_n2(rec):
    r = rec.r
    a, _b, _d = app(r)
    rec.add(C.ts_iso(r), " slack.post channel=#app-reviews text=\"weekly digest ", a, ": avg ",
            f"{r.random() * 2 + 3:.1f}", " (", str(r.randint(10, 900)), " reviews), top topic: ",
            r.choice(["login", "crash", "pricing"]), "\\nReply drafted by ", r.choice(C.SERVICE_ACCTS), "\"")


def rev_n3(rec):
    r = rec.r
    rec.add("review_id\tapp\tcountry\trating\treviewer\ttitle\ttext\tdate\n",
            C.alnum(r, 10), "\t", app(r)[0], "\tCA\t", str(r.randint(1, 5)), "\tAmazon Customer\t",
            r.choice(C.UI_STRINGS), "\tbought it at ", r.choice(C.COMPANIES), "\t", C.ts_iso(r, ms=False))


def rev_n4(rec):
    r = rec.r
    rec.add(C.ts_iso(r), " triage classifier=v3 review=", C.alnum(r, 10), " lang=", r.choice(["fr", "de"]),
            " sentiment=0.", str(r.randint(10, 99)), " topics=[ui] pii_found=false reviewer=\"",
            r.choice(["Utilisateur Google", "Ein Google-Nutzer", "Anonymous"]), "\" text=\"",
            r.choice(C.UI_STRINGS), "\"")


# ============================================================================ 11. analytics_event_sdk
def an1(rec):
    r = rec.r
    p = rec.person()
    ue = {"schema": "iglu:com.snapcart/profile_update/jsonschema/1-0-0",
          "data": {"name": V(C.form(r, p, "full", "disp"), "NAME"), "screen": r.choice(C.SCREENS)}}
    ues = C.jseg({"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0", "data": ue},
                 seps=(",", ":"))
    rec.doc("json", ues)
    rec.add(L(C.ip(r), "IP_ADDRESS"), " - - [", C.ts_log(r), "] \"GET /i?e=ue&p=mob&tv=andr-5.4.0&aid=snapcart&uid=",
            [(C.e_pct(C.pmail(r, p)), "EMAIL")], "&ue_pr=", C.enc(ues, C.e_pct), "&dtm=", C.epoch_ms(r),
            " HTTP/1.1\" 200 43")


def an2(rec):
    r = rec.r
    p = rec.person()
    s = {"$first_name": V(p.first(), "NAME"), "$last_name": V(p.last(), "NAME"), "$email": V(C.pmail(r, p), "EMAIL")}
    if r.random() < 0.6:
        s["$phone"] = V(C.phone(r), "PHONE")
    body = [{"$token": C.hexs(r, 32), "$distinct_id": C.uuid(r, True), "$set": s}]
    rec.add(C.ts_iso(r), " mixpanel POST /engage#profile-set ", rec.doc("json", C.jseg(body, seps=(",", ":"))),
            " -> 1")


def an3(rec):
    r = rec.r
    p = rec.person()
    q = rec.person() if r.random() < 0.5 else p
    batch = {"api_key": "phc_" + C.alnum(r, 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
             "batch": [{"event": "$identify", "distinct_id": C.pacct(r, p) if r.random() < 0.3 else C.uuid(r),
                        "$set": {"email": V(C.pmail(r, p), "EMAIL"), "name": V(C.form(r, p, "disp", "full"), "NAME")}},
                       {"event": "$screen", "properties": {"$screen_name": "ChatThread",
                                                           "peer": V(C.form(r, q, "disp", "full"), "NAME"),
                                                           "$ip": V(C.ip(r), "IP_ADDRESS")}}]}
    if isinstance(batch["batch"][0]["distinct_id"], str) and "-" not in batch["batch"][0]["distinct_id"]:
        batch["batch"][0]["distinct_id"] = V(batch["batch"][0]["distinct_id"], "NAME")
    rec.add("posthog flush (2 events):\n", rec.doc("json", C.jseg(batch, indent=2)))


def an4(rec):
    r = rec.r
    p = rec.person()
    if r.random() < 0.5:
        rec.add(lc(r, "V", "FA-SVC"), "Logging event: origin=app,name=sign_up,params=Bundle[{method=email, user_email=",
                L(C.pmail(r, p), "EMAIL"), ", ga_screen=Onboarding, ga_event_origin(_o)=app}]\n",
                lc(r, "V", "FA-SVC"), "Setting user property: user_name, ", C.nm(r, p, "full", "disp"))
    else:
        resp = {"validationMessages": [{"fieldPath": "events.params.user_name",
                                        "description": S("Parameter value '", C.nm(r, p, "full"),
                                                         "' appears to contain PII."),
                                        "validationCode": "VALUE_INVALID"}]}
        rec.add("POST /debug/mp/collect?measurement_id=G-", C.alnum(r, 10), " -> ",
                rec.doc("json", C.jseg(resp, indent=2)))


def an5(rec):
    r = rec.r
    rec.add("event_id,event_name,property,value,violation\n")
    n = r.randint(1, 3)
    for i in range(n):
        p = rec.person()
        prop, val = r.choice([("user_name", C.flat(C.nm(r, p, "disp", "full", "lf"))),
                              ("contact_email", C.flat(L(C.pmail(r, p), "EMAIL"))),
                              ("invitee", C.flat(C.nm(r, p, "acct"))),
                              ("phone", C.flat(L(C.phone(r), "PHONE"))),
                              ("tax_id", C.flat(L(C.ssn(r), "SSN"))),
                              ("cardholder", C.flat(C.nm(r, p, "upper", "slash")))])
        rec.add(C.row([C.uuid(r), r.choice(["invite_sent", "profile_saved", "share_tap"]), prop, val,
                       "pii_in_free_text"]), "\n" if i < n - 1 else "")


def an6(rec):
    r = rec.r
    p = rec.person()
    rec.add("ts=", C.ts_iso(r), " level=debug sdk=ios-analytics/", C.app_version(r), " evt=identify distinct_id=u_",
            str(r.randint(100, 99999)), " anon_id=", C.uuid(r), " trait.email=", L(C.pmail(r, p), "EMAIL"),
            " trait.first_name=", L(p.first().replace(" ", "_") if " " in p.first() else p.first(), "NAME"),
            ' trait.last_name="', L(p.last(), "NAME"), '" ip=', L(C.ip(r), "IP_ADDRESS"))


def an_n1(rec):
    r = rec.r
    rec.add("- - - [", C.ts_log(r), "] \"GET /i?e=pv&p=mob&tv=ios-6.0.2&aid=snapcart&url=", C.e_pct(
        "app://screen/" + r.choice(C.SCREENS)), "&duid=", C.uuid(r), "&dtm=", C.epoch_ms(r), " HTTP/1.1\" 200 43")


def an_n2(rec):
    r = rec.r
    body = [{"event": "app_open", "properties": {"distinct_id": C.uuid(r, True), "$app_version_string":
                                                 C.app_version(r), "$city": r.choice(C.PLACES),
                                                 "$os": r.choice(["iOS", "Android"]), "ip": 0}}]
    rec.add(C.ts_iso(r), " mixpanel POST /track ", rec.doc("json", C.jseg(body, seps=(",", ":"))), " -> 1")


def an_n3(rec):
    r = rec.r
    rec.add(lc(r, "V", "FA-SVC"), "Logging event: origin=auto,name=screen_view(_vs),params=Bundle[{ga_screen_class(_sc)=",
            r.choice(C.SCREENS), "Activity, ga_screen_id(_si)=-", str(r.randint(10 ** 17, 10 ** 18)), "}]\n",
            lc(r, "V", "FA-SVC"), "Setting user property: plan, ", r.choice(C.PRODUCTS))


def an_n4(rec):
    r = rec.r
    rec.add("ts=", C.ts_iso(r), " level=debug sdk=android-analytics/", C.app_version(r),
            " evt=track name=paywall_view anon_id=", C.uuid(r), " prop.variant=", r.choice(C.PRODUCTS).lower(),
            " prop.headline=\"", r.choice(C.UI_STRINGS), "\" ip=omitted")


# ============================================================================ 12. attribution_deeplinks
def at1(rec):
    r = rec.r
    head = ("Attributed Touch Type,Attributed Touch Time,Install Time,Event Time,Event Name,Event Value,Media Source,"
            "Campaign,Customer User ID,IP,Country Code,Platform,Device Model")
    rec.add(head, "\n")
    n = r.randint(1, 2)
    for i in range(n):
        p, ref = rec.person(), rec.person()
        ev = C.jseg({"af_revenue": "9.99", "referrer_name": V(C.form(r, ref, "full", "disp"), "NAME")}, seps=(",", ":"))
        rec.doc("json", ev)
        dm = r.choice(C.ANDROID_DEVICES)[1]
        rec.add(C.row(["click", C.ts_log(r), C.ts_log(r), C.ts_log(r), "af_purchase", ev, "invite_link", "refer_a_friend",
                       C.flat(C.nm(r, p, "acct")) if r.random() < 0.5 else C.flat(L(C.pmail(r, p), "EMAIL")),
                       C.flat(L(C.ip(r, 0.3), "IP_ADDRESS")), r.choice(["US", "DE", "BR", "IN"]), "android", dm]),
                "\n" if i < n - 1 else "")


def at2(rec):
    r = rec.r
    p = rec.person()
    pp = C.jseg({"inviter_email": V(C.pmail(r, p), "EMAIL")}, seps=(",", ":"))
    rec.doc("json", pp)
    rec.add(L(C.ipv4(r), "IP_ADDRESS"), " - - [", C.ts_log(r), "] \"GET /cb/adjust?app_token=", C.alnum(r, 12,
                                                                                                   "abcdefghijklmnopqrstuvwxyz0123456789"),
            "&event=", C.alnum(r, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), "&adid=", C.hexs(r, 32), "&ip_address=",
            L(C.ip(r), "IP_ADDRESS"), "&partner_params=", C.enc(pp, C.e_pct), "&user_name=",
            [(C.e_form(C.form(r, p, "full")), "NAME")], " HTTP/1.1\" 200 2")


def at3(rec):
    r = rec.r
    p = rec.person()
    a, _b, d = app(r)
    data = {"~channel": r.choice(["sms", "whatsapp", "email"]), "~feature": "referral",
            "$canonical_identifier": f"invite/{r.randint(1000, 99999)}",
            "$og_title": S(L(p.disp(), "NAME"), f" invited you to {a}"),
            "referrer_email": V(C.pmail(r, p), "EMAIL"), "+clicked_branch_link": True, "+is_first_session": True}
    rec.add("Branch initSession params: ", rec.doc("json", C.jseg(data, indent=r.choice([None, 2]))))


def at4(rec):
    r = rec.r
    p = rec.person()
    a, _b, d = app(r)
    full = C.form(r, p, "full")
    if r.random() < 0.5:
        rec.add(C.ts_log(r), " ", a, "[", str(r.randint(300, 9999)), "] DeepLinkRouter: handling https://", d,
                "/invite?from=", [(C.e_pct(full), "NAME")], "&ref=", C.nm(r, p, "acct"), "&code=", C.alnum(r, 4))
    else:
        rec.add(lc(r, "D", "DeepLinkRouter"), "intent://invite#Intent;scheme=", a.lower(), ";package=", pkg(r),
                ";S.referrer_name=", [(C.e_pct(full), "NAME")], ";S.referrer_phone=",
                [(C.e_pct(C.phone(r, style="e164")), "PHONE")], ";end")


def at5(rec):
    r = rec.r
    p, q = rec.person(), rec.person()
    rec.add(C.ts_iso(r), " referral reward granted: referrer=", C.nm(r, p, "acct"), ' referrer_name="',
            C.nm(r, p, "full", "lf"), '" referrer_email=', L(C.pmail(r, p), "EMAIL"), ' referee="',
            C.nm(r, q, "disp", "full"), '" referee_phone=', L(C.phone(r), "PHONE"), " amount=", str(r.randint(1, 20) * 100),
            " points")


def at6(rec):
    r = rec.r
    p = rec.person()
    mail = C.pmail(r, p)
    rec.add(lc(r, "D", "InstallReferrerClient"), "referrer=utm_source%3Dinvite%26utm_content%3D",
            [(C.e_pct(C.e_pct(mail)), "EMAIL")], "%26utm_campaign%3D", r.choice(["spring", "friends", "d7"]),
            " click_ts=", C.epoch_s(r), " install_ts=", C.epoch_s(r))


def at_n1(rec):
    r = rec.r
    head = "Install Time,Event Name,Media Source,Campaign,Customer User ID,Country Code,Platform"
    rec.add(head, "\n", C.row([C.ts_log(r), "install", "organic", r.choice(["", "None"]), "", r.choice(["US", "FR"]),
                               "ios"]), "\n",
            C.row([C.ts_log(r), "af_purchase", r.choice(["googleadwords_int", "Facebook Ads"]),
                   f"{r.choice(C.PRODUCTS)}_{r.choice(C.PLACES)}_Q3".replace(" ", "_"), "", "DE", "android"]))


def at_n2(rec):
    r = rec.r
    a, _b, d = app(r)
    rec.add(C.ts_log(r), " ", a, "[", str(r.randint(300, 9999)), "] DeepLinkRouter: handling https://", d,
            "/help/", r.choice(["settings", "billing", "privacy"]), "?lang=", r.choice(["de", "ja", "pt"]),
            "&utm_campaign=", r.choice(C.PLACES).lower().replace(" ", "-"), " -> ", r.choice(C.SCREENS), "Screen")


def at_n3(rec):
    r = rec.r
    data = {"~channel": "instagram", "~feature": "marketing", "~campaign": f"{r.choice(C.PRODUCTS)} launch",
            "$og_title": r.choice(C.UI_STRINGS), "+clicked_branch_link": True, "+is_first_session": False}
    rec.add("Branch initSession params: ", rec.doc("json", C.jseg(data)))


def at_n4(rec):
    r = rec.r
    rec.add(C.ts_iso(r), " referral stats: window=7d invites_sent=", str(r.randint(100, 9000)), " installs=",
            str(r.randint(10, 900)), " rewards_granted=", str(r.randint(0, 300)), " top_city=", r.choice(C.PLACES),
            " sponsor=\"", r.choice(C.COMPANIES), "\"")


FAMILIES = [
    ("flutter_dart_logs", [fl1, fl2, fl3, fl4, fl5, fl6], [fl_n1, fl_n2, fl_n3, fl_n4]),
    ("push_delivery_gateway", [push1, push2, push3, push4, push5, push6], [push_n1, push_n2, push_n3, push_n4]),
    ("in_app_support_chat", [chat1, chat2, chat3, chat4, chat5, chat6], [chat_n1, chat_n2, chat_n3, chat_n4]),
    ("store_review_ingestion", [rev1, rev2, rev3, rev4, rev5, rev6], [rev_n1, rev_n2, rev_n3, rev_n4]),
    ("analytics_event_sdk", [an1, an2, an3, an4, an5, an6], [an_n1, an_n2, an_n3, an_n4]),
    ("attribution_deeplinks", [at1, at2, at3, at4, at5, at6], [at_n1, at_n2, at_n3, at_n4]),
]
