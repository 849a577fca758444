"""pack_n families 1-6: Matrix homeserver, XMPP chat, WebRTC meetings, room video endpoints, calendar
scheduling, room-booking panels."""

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
    Ctx,
    E,
    I,
    N,
    chk_json,
    chk_xml,
    form,
    jb,
    jesc,
    join,
    pct,
    xesc,
)

UA = ["Element/1.11.58 (Web; Firefox 124.0)", "Element/1.6.4 (iPhone; iOS 17.3; Scale/3.00)",
      "Element dbg/1.6.10 (Google Pixel 8; Android 14; UP1A.231105.001)", "FluffyChat/1.18.0",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]

BOTS_MX = ["hookshot", "alertmanager", "grafana-bot", "deploy-bot", "oncall-bot", "matrix-admin", "mjolnir",
           "reminder-bot", "rss-bot", "whatsappbot", "telegrambot", "notices", "server"]
BOT_NAMES = ["GitHub", "Alertmanager", "Grafana", "Deploy Bot", "On-call Bot", "Server Admin", "Mjolnir",
             "Reminder Bot", "RSS Feeds", "WhatsApp bridge bot", "Telegram bridge bot", "Server Notices",
             "Homeserver"]


def _hs(c: Ctx) -> str:
    return "matrix." + c.dom


def _mx(p, hs: str) -> B:
    return B("@", N(p.acct()), ":" + hs)


def _room(c: Ctx) -> str:
    return "!" + c.alnum(18) + ":" + _hs(c)


def _syn_ts(c: Ctx) -> str:
    return c.ts("comma")


# ======================================================================== 1 matrix_synapse
def mx_access(c: Ctx) -> B:
    p, hs = c.person(), _hs(c)
    ip = c.ip(0.25)
    kind = c.ri(0, 2)
    if kind == 0:
        uri = B(f"/_matrix/client/v3/rooms/{pct(_room(c))}/send/m.room.message/m{c.ri(1000, 99999)}")
        meth = "PUT"
    elif kind == 1:
        uri = B("/_matrix/client/v3/profile/%40", N(p.acct()), f"%3A{hs}/displayname")
        meth = "PUT"
    else:
        uri = B(f"/_matrix/client/v3/sync?filter=0&timeout=30000&since=s{c.ri(10000, 99999)}_{c.ri(100, 999)}")
        meth = "GET"
    rid = f"{meth}-{c.ri(10, 99999)}"
    return B(f"{_syn_ts(c)} - synapse.access.http.8008 - 465 - INFO - {rid} - ", I(ip), " - 8008 - {",
             _mx(p, hs), f"}} Processed request: 0.{c.ri(1, 999):03d}sec/0.001sec (0.003sec, 0.000sec) "
             f"(0.002sec/0.00{c.ri(1, 9)}sec/{c.ri(1, 9)}) {c.ri(2, 900)}B 200 \"{meth} ", uri,
             f" HTTP/1.1\" \"{c.pick(UA)}\" [{c.ri(0, 3)} dbevts]")


def mx_member(c: Ctx) -> B:
    hs = _hs(c)
    inv, who = c.people(2)
    mem = c.pick(["invite", "join", "join", "leave"])
    content = {"membership": mem, "displayname": N(who.full())}
    if c.chance(0.5):
        content["avatar_url"] = f"mxc://{hs}/{c.alnum(24)}"
    if mem == "invite" and c.chance(0.5):
        content["reason"] = B("Adding ", N(who.g()), " for the handover from ", N(inv.g()))
    ev = {"type": "m.room.member", "room_id": _room(c), "sender": B("@", N(inv.acct()), ":" + hs),
          "state_key": B("@", N(who.acct()), ":" + hs), "content": content,
          "origin_server_ts": int(c.ts("epoch")) * 1000 + c.ri(0, 999), "event_id": "$" + c.alnum(43),
          "unsigned": {"age": c.ri(10, 90000)}}
    pretty = c.chance(0.5)
    return B(f"{_syn_ts(c)} - synapse.handlers.room_member - 912 - DEBUG - POST-{c.ri(10, 9999)} - "
             f"Persisting membership event:" + ("\n" if pretty else " "), jb(ev, 2 if pretty else None))


def mx_admin_create(c: Ctx) -> B:
    p, hs = c.person(), _hs(c)
    admin = c.pick(["matrix-admin", "synapse-admin", "ops-admin"])
    body = {"displayname": N(p.full()), "threepids": [{"medium": "email", "address": E(p.email(c.dom))}],
            "admin": False, "deactivated": False, "user_type": None}
    if c.chance(0.6):
        body["threepids"].append({"medium": "msisdn", "address": PH(c.phone(fmt="bare"))})
    if c.chance(0.4):
        body["external_ids"] = [{"auth_provider": "oidc-corp", "external_id": c.uuid()}]
    return B(f"{_syn_ts(c)} - synapse.rest.admin.users - 302 - INFO - PUT-{c.ri(10, 9999)} - "
             f"@{admin}:{hs} upserting user ", _mx(p, hs), " body=", jb(body, compact=True))


def mx_bridge(c: Ctx) -> B:
    p = c.person()
    ph = c.phone(fmt="bare")
    ts = c.ts("comma")
    k = c.ri(0, 2)
    if k == 0:
        return B(f"[{ts}] [WhatsApp/Portal/", PH(ph), "/INFO] Updating ghost ", PH(ph),
                 "@s.whatsapp.net displayname to \"", N(p.full()), "\" (contact push name)")
    if k == 1:
        tid = c.ri(10**8, 10**10)
        return B(f"[{ts}] [Telegram/Puppet/{tid}/DEBUG] Synced puppet {tid}: first_name=\"", N(p.g()),
                 "\" last_name=\"", N(p.f()), "\" -> displayname \"", N(p.full()), " (Telegram)\"")
    return B(f"[{ts}] [Signal/User/INFO] Logged in ", _mx(p, _hs(c)), " as ", PH("+" + ph),
             f" (device {c.ri(2, 9)}), syncing {c.ri(2, 80)} contacts")


def mx_trace(c: Ctx) -> B:
    p, hs = c.person(), _hs(c)
    dn = p.full()
    return B(f"{_syn_ts(c)} - synapse.http.server - 130 - ERROR - PUT-{c.ri(10, 9999)} - Failed handle request via "
             f"'ProfileDisplaynameRestServlet': <XForwardedForRequest at 0x7f{c.hex(10)} method='PUT' "
             "uri='/_matrix/client/v3/profile/%40", N(p.acct()), f"%3A{hs}/displayname' clientproto='HTTP/1.1' "
             "site='8008'>\nTraceback (most recent call last):\n"
             '  File "/usr/local/lib/python3.11/site-packages/synapse/http/server.py", line 332, in '
             "_async_render_wrapper\n    callback_return = await self._async_render(request)\n"
             '  File "/usr/local/lib/python3.11/site-packages/synapse/handlers/profile.py", line 189, in '
             "set_displayname\n    raise SynapseError(400, \"Displayname is too long (max 256)\")\n"
             "synapse.api.errors.SynapseError: 400: Displayname is too long (max 256): ", "'", N(dn),
             " | " + "On leave until " + c.ts("date") + " - please contact ", N(c.person().full()),
             " for anything urgent ...'")


def mx_members_table(c: Ctx) -> B:
    hs = _hs(c)
    ps = c.people(c.ri(2, 4))
    rows = [(B("@", N(p.acct()), ":" + hs), B(N(p.full())), len("@" + p.acct() + ":" + hs)) for p in ps]
    for _ in range(c.ri(0, 2)):
        k = c.ri(0, len(BOTS_MX) - 2)
        rows.append((B(f"@{BOTS_MX[k]}:{hs}"), B(BOT_NAMES[k]), len(f"@{BOTS_MX[k]}:{hs}")))
    c.r.shuffle(rows)
    w = max(r[2] for r in rows) + 2
    b = B(f"$ synadm room members '{_room(c)}'\n", "user_id".ljust(w), "displayname\n")
    for mx, dn, ln in rows:
        b.add(mx, " " * (w - ln), dn, "\n")
    b.add(f"total: {len(rows)}")
    return b


def mx_push(c: Ctx) -> B:
    p, q, hs = c.person(), c.person(), _hs(c)
    room = B(N(p.g()), " / ", N(q.g())) if c.chance(0.6) else B(c.pick(SUBJECTS))
    notif = {"event_id": "$" + c.alnum(43), "room_id": _room(c), "type": "m.room.message",
             "sender": B("@", N(p.acct()), ":" + hs), "sender_display_name": N(p.full()), "room_name": room,
             "prio": "high", "counts": {"unread": c.ri(1, 40)}}
    return B(f"{c.ts('comma')} [INFO] sygnal.gcmpushkin - [{c.ri(1, 999)}] Sending (GCM) for 1 device(s) "
             "notification: ", jb(notif, compact=True))


def mx_neg_start(c: Ctx) -> B:
    hs = "matrix." + c.dom
    lines = [f"Server hostname: {hs}", f"Synapse version 1.{c.ri(90, 110)}.{c.ri(0, 3)}",
             "Using default public key for server", f"Setting up server: worker_app=None, workers={c.ri(0, 8)}",
             f"Loaded 1 modules from {c.pick(['synapse_auto_accept_invite', 'mjolnir.antispam'])}",
             f"Synapse now listening on TCP port {c.pick([8008, 8448, 9093])}", "Scheduling cleanup of old media"]
    c.r.shuffle(lines)
    return B("\n".join(f"{_syn_ts(c)} - synapse.app.homeserver - {c.ri(100, 400)} - INFO - main - {ln}"
                       for ln in lines[: c.ri(2, 5)]))


def mx_neg_fed(c: Ctx) -> B:
    dest = c.pick(["matrix.org", "mozilla.org", "kde.org", "gnome.org", "partner-hs.example", "fosdem.org"])
    return B(f"{_syn_ts(c)} - synapse.federation.sender.transaction_manager - 127 - INFO - "
             f"federation_transaction_transmission_loop-{c.ri(100, 99999)} - TX [{dest}] "
             f"{{{c.ts('epoch')}{c.ri(100, 999)}}} Sending transaction [{c.ts('epoch')}{c.ri(100, 999)}], "
             f"(PDUs: {c.ri(0, 9)}, EDUs: {c.ri(0, 5)})")


def mx_neg_member(c: Ctx) -> B:
    hs = "matrix." + c.dom
    k = c.ri(0, len(BOTS_MX) - 1)
    ev = {"type": "m.room.member", "room_id": _room(c), "sender": f"@{BOTS_MX[k]}:{hs}",
          "state_key": f"@{BOTS_MX[k]}:{hs}", "content": {"membership": "join",
                                                          "displayname": BOT_NAMES[k]},
          "event_id": "$" + c.alnum(43)}
    return B(f"{_syn_ts(c)} - synapse.handlers.room_member - 912 - DEBUG - POST-{c.ri(10, 9999)} - "
             "Persisting membership event: ", jb(ev, compact=c.chance(0.5)))


def mx_neg_rooms(c: Ctx) -> B:
    hs = "matrix." + c.dom
    names = c.r.sample([f"Project {c.pick(PRODUCTS)}", f"Office {c.pick(PLACES)}", c.pick(SUBJECTS),
                        "Release Readiness", "Incident Bridge", f"{c.pick(ROOMS)} Booking Help", "Announcements"],
                       3)
    b = B("$ synadm room list --name-filter ''\n" + "room_id".ljust(46) + "name".ljust(30) + "joined_members\n")
    for n in names:
        b.add(f"!{c.alnum(18)}:{hs}".ljust(46) + n.ljust(30) + str(c.ri(2, 400)) + "\n")
    return b.add(f"total: {len(names)}")


def mx_neg_push(c: Ctx) -> B:
    k = c.ri(0, len(BOTS_MX) - 1)
    notif = {"event_id": "$" + c.alnum(43), "room_id": _room(c), "type": "m.room.message",
             "sender": f"@{BOTS_MX[k]}:matrix.{c.dom}", "sender_display_name": BOT_NAMES[k],
             "room_name": c.pick(SUBJECTS), "prio": "low", "counts": {"unread": c.ri(1, 40)}}
    return B(f"{c.ts('comma')} [INFO] sygnal.gcmpushkin - [{c.ri(1, 999)}] Sending (GCM) for 1 device(s) "
             "notification: ", jb(notif, compact=True))


# ======================================================================== 2 xmpp_chat
def _xh(c: Ctx) -> str:
    return c.pick(["chat.", "xmpp.", "im.", ""]) + c.dom


RES = ["Gajim.x1Yq", "Conversations.Qm2Z", "Dino.7f3a", "Monal-iOS.9ac1", "Psi+", "converse.js-4f1a",
       "Pidgin", "Siskin.b2c3"]


def xm_ejab_auth(c: Ctx) -> B:
    p, host = c.person(), _xh(c)
    pid = f"<0.{c.ri(1000, 99999)}.0>"
    mech = c.pick(["SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN", "X-OAUTH2"])
    b = B(f"{c.ts('dot')}686+00:00 [info] {pid}@ejabberd_c2s:handle_auth_success/4:{c.pick([227, 231, 288])} "
          f"(tls|<0.{c.ri(1000, 99999)}.0>) Accepted c2s {mech} authentication for ", E(f"{p.acct()}@{host}"),
          f" by {c.pick(['sql', 'ldap', 'mnesia'])} backend from ", I(c.ip(0.3)))
    if c.chance(0.4):
        b.add(f"\n{c.ts('dot')}702+00:00 [info] {pid}@ejabberd_c2s:bind/2:{c.ri(400, 460)} Opened c2s session for ",
              E(f"{p.acct()}@{host}"), "/" + c.pick(RES))
    return b


def xm_prosody(c: Ctx) -> B:
    p, host = c.person(), _xh(c)
    sid = "c2s" + c.hex(12)
    lines = [B(f"{c.ts('syslog')} {sid}\tinfo\tClient connected"),
             B(f"{c.ts('syslog')} {sid}\tdebug\tClient sent opening <stream:stream> to {host}"),
             B(f"{c.ts('syslog')} {sid}\tinfo\tAuthenticated as ", E(f"{p.acct()}@{host}"))]
    if c.chance(0.5):
        lines.append(B(f"{c.ts('syslog')} {sid}\tdebug\tResource bound: ", E(f"{p.acct()}@{host}"),
                       "/" + c.pick(RES)))
    if c.chance(0.5):
        lines.insert(1, B(f"{c.ts('syslog')} {sid}\tdebug\tconnection from ", I(c.ip(0.3)), " (TLSv1.3)"))
    return join(lines, "\n")


def xm_message(c: Ctx) -> B:
    a, b_ = c.people(2)
    host = _xh(c)
    body = c.pick([
        lambda: B("Hi ", N(b_.g()), ", can you review the deck before 3pm?"),
        lambda: B("@", N(b_.g()), " ", N(c.person().full()), " asked for the minutes, sending now"),
        lambda: B("Salut ", N(b_.g()), ", je serai en retard de 10 minutes."),
        lambda: B("Hola ", N(b_.g()), ", ¿me pasas el número de ", N(c.person().g()), "? Creo que es ",
                  PH(c.phone(fmt="intl")), "."),
        lambda: B("ok - ", N(b_.g()), " will call you back on ", PH(c.phone(fmt="national", cc="US"))),
    ])()
    x = B("<message xmlns='jabber:client' from='", E(f"{a.acct()}@{host}"), f"/{c.pick(RES)}' to='",
          E(f"{b_.acct()}@{host}"), f"' type='chat' id='{c.uuid()}'><body>", body.enc(xesc), "</body>")
    if c.chance(0.6):
        x.add("<nick xmlns='http://jabber.org/protocol/nick'>", B(N(a.full())).enc(xesc), "</nick>")
    x.add("<active xmlns='http://jabber.org/protocol/chatstates'/></message>")
    chk_xml(x)
    return B(f"{c.ts('syslog')} c2s{c.hex(12)}\tdebug\tReceived[c2s]: ", x)


def xm_muc(c: Ctx) -> B:
    p, host = c.person(), _xh(c)
    room = c.pick(["standup", "eng-platform", "release-crew", "facilities", "design-guild"])
    role = c.pick([("member", "participant"), ("owner", "moderator"), ("none", "visitor")])
    x = B("<presence xmlns='jabber:client' from='", E(f"{room}@conference.{host}"), "/",
          B(N(p.full())).enc(xesc), "' to='", E(f"{p.acct()}@{host}"), f"/{c.pick(RES)}' id='{c.alnum(10)}'>"
          f"<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='{role[0]}' role='{role[1]}' jid='",
          E(f"{p.acct()}@{host}"), f"/{c.pick(RES)}'/><status code='110'/></x></presence>")
    chk_xml(x)
    return B(f"{c.ts('dot')}+00:00 [debug] <0.{c.ri(1000, 99999)}.0>@mod_muc_room:send_self_presence/3:"
             f"{c.ri(2000, 2300)} Sending self-presence: ", x)


def xm_connected(c: Ctx) -> B:
    host = _xh(c)
    ps = c.people(c.ri(1, 3))
    b = B("# ejabberdctl connected_users_info\n")
    for p in ps:
        res = c.pick(RES)
        b.add(E(f"{p.acct()}@{host}"), f"/{res}\tc2s_tls\t", I(c.ip(0.3)),
              f"\t{c.ri(1024, 65000)}\t{c.ri(0, 10)}\t{c.pick(['ejabberd@node1', 'ejabberd@node2'])}\t"
              f"{c.ri(10, 99999)}\t{res}\t{c.pick(['available', 'away', 'dnd', 'xa'])}\t", "\n")
    return b


def xm_mam_sql(c: Ctx) -> B:
    a, b_ = c.people(2)
    host = _xh(c)
    txt = c.pick([lambda: B("thanks ", N(b_.g()), "!"),
                  lambda: B("meeting moved, ping ", N(c.person().full()), " if you can't make it"),
                  lambda: B("Danke ", N(b_.g()), ", ich rufe ", N(c.person().g()), " morgen an.")])()
    ts = int(c.ts("epoch")) * 1000000 + c.ri(0, 999999)
    sql = B("INSERT INTO archive(username, server_host, timestamp, peer, bare_peer, xml, txt, kind, nick) VALUES ('",
            N(a.acct()), f"', '{host}', {ts}, '", E(f"{b_.acct()}@{host}"), "/", c.pick(RES), "', '",
            E(f"{b_.acct()}@{host}"), "', '<message type=\"chat\"><body>", txt, "</body></message>', '", txt,
            "', 'chat', '')")
    return B(f"{c.ts('dot')}+00:00 [debug] <0.{c.ri(1000, 99999)}.0>@ejabberd_sql:sql_query_internal/1:"
             f"{c.ri(300, 400)} SQL: ", sql)


def xm_openfire(c: Ctx) -> B:
    ps = c.people(c.ri(1, 2))
    x = B("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Openfire>\n")
    for p in ps:
        x.add("  <User>\n    <Username>", N(p.acct()), "</Username>\n    <Password></Password>\n    <Email>",
              E(p.email(c.dom)), "</Email>\n    <Name>", B(N(p.full())).enc(xesc), "</Name>\n"
              f"    <CreationDate>{c.ts('epoch')}000</CreationDate>\n    <Roster/>\n  </User>\n")
    x.add("</Openfire>")
    chk_xml(B(x.text().split("\n", 1)[1]))
    return B(f"{c.ts('space').replace('-', '.')} INFO  [Jetty-QTP-AdminConsole-{c.ri(10, 99)}]: "
             "org.jivesoftware.openfire.plugin.ImportExportPlugin - exported users:\n", x)


def xm_neg_s2s(c: Ctx) -> B:
    other = c.pick(["jabber.org", "xmpp.partner.example", "conference.jabber.org", "disroot.org", "404.city"])
    return B(f"{c.ts('dot')}+00:00 [info] <0.{c.ri(1000, 99999)}.0>@ejabberd_s2s_in:handle_auth_success/5:"
             f"{c.ri(100, 200)} (tls|<0.{c.ri(1000, 99999)}.0>) Accepted inbound s2s {c.pick(['EXTERNAL', 'dialback'])} "
             f"authentication {c.dom} -> {other} (TLSv1.3)")


def xm_neg_users(c: Ctx) -> B:
    users = c.r.sample(["focus", "jvb", "jibri", "recorder", "alertbot", "admin", "helpdesk-queue", "sip-gw",
                        "transcriber", "jigasi", "rssbot"], c.ri(3, 6))
    return B(f"# ejabberdctl registered_users {c.dom}\n" + "\n".join(users))


def xm_neg_prosody(c: Ctx) -> B:
    lines = [f"{c.ts('syslog')} general\tinfo\tHello and welcome to Prosody version 0.12.{c.ri(1, 4)}",
             f"{c.ts('syslog')} general\tinfo\tProsody is using the epoll backend for connection handling",
             f"{c.ts('syslog')} conference.{c.dom}:muc_mam\tinfo\tmod_muc_mam loaded",
             f"{c.ts('syslog')} {c.dom}:tls\tinfo\tCertificates loaded",
             f"{c.ts('syslog')} portmanager\tinfo\tActivated service 'c2s' on [*]:5222",
             f"{c.ts('syslog')} startup\tinfo\tPreparing to shut down cleanly"]
    return B("\n".join(lines[: c.ri(2, 6)]))


def xm_neg_muccfg(c: Ctx) -> B:
    name = c.pick([f"Project {c.pick(PRODUCTS)}", c.pick(SUBJECTS), f"{c.pick(PLACES)} Office"])
    x = B("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'><value>"
          "http://jabber.org/protocol/muc#roomconfig</value></field><field var='muc#roomconfig_roomname'><value>",
          xesc(name), "</value></field><field var='muc#roomconfig_persistentroom'><value>1</value></field>"
          f"<field var='muc#roomconfig_maxusers'><value>{c.pick([50, 100, 200])}</value></field></x>")
    chk_xml(x)
    return B(f"{c.ts('dot')}+00:00 [debug] <0.{c.ri(1000, 99999)}.0>@mod_muc_room:process_iq_owner/3:"
             f"{c.ri(3000, 3200)} room config submitted: ", x)


# ======================================================================== 3 webrtc_meetings
def _mhost(c: Ctx) -> str:
    return c.pick(["meet.", "bbb.", "video."]) + c.dom


def wm_jwt(c: Ctx) -> B:
    p, host = c.person(), _mhost(c)
    user = {"id": c.uuid(), "name": N(p.full()), "email": E(p.email(c.dom)),
            "avatar": B(f"https://intranet.{c.dom}/avatars/", N(p.acct()), ".png")}
    if c.chance(0.3):
        user["moderator"] = "true"
    payload = {"aud": "jitsi", "iss": "corp-portal", "sub": host, "room": c.pick(["weekly-sync", "design-review",
                                                                                  "allhands", "1on1-" + c.hex(6)]),
               "exp": int(c.ts("epoch")), "context": {"user": user, "features": {"recording": c.chance(0.5)}}}
    return B(f"{c.ts('syslog')} token_verification\tdebug\tVerified token payload for session {c.hex(8)}: ",
             jb(payload, compact=True))


def wm_bbb_join(c: Ctx) -> B:
    p = c.person()
    body = {"intId": "w_" + c.alnum(12).lower(), "extId": N(p.acct()), "name": N(p.full()),
            "role": c.pick(["VIEWER", "MODERATOR"]), "guest": False, "authed": True,
            "guestStatus": "ALLOW", "emoji": "none", "pin": False, "presenter": False, "clientType": "HTML5"}
    msg = {"envelope": {"name": "UserJoinedMeetingEvtMsg", "routing": {"sender": "bbb-apps-akka"},
                        "timestamp": int(c.ts("epoch")) * 1000},
           "core": {"header": {"name": "UserJoinedMeetingEvtMsg", "meetingId": c.hex(40) + "-" + c.ts("epoch"),
                               "userId": body["intId"]}, "body": body}}
    pretty = c.chance(0.4)
    return B(f"{c.ts('comma')} INFO  o.b.c.a.r.RedisPublisher - publishing " + ("\n" if pretty else ""),
             jb(msg, 2 if pretty else None, compact=not pretty))


def wm_bbb_api(c: Ctx) -> B:
    p = c.person()
    nm = p.full()
    q = B("/bigbluebutton/api/join?fullName=", B(N(nm)).enc(form), f"&meetingID={c.hex(12)}&password="
          f"{c.pick(['ap', 'mp'])}&redirect=true")
    if c.chance(0.6):
        q.add("&userID=", N(p.acct()))
    if c.chance(0.3):
        q.add("&userdata-bbb_custom_style_url=&email=", B(E(p.email(c.dom))).enc(pct))
    q.add(f"&checksum={c.hex(40)}")
    return B(I(c.ip(0.2)), f" - - [{c.ts('clf')}] \"GET ", q, f" HTTP/1.1\" 302 0 \"https://lms.{c.dom}/course/"
             f"view.php?id={c.ri(10, 999)}\" \"{c.pick(UA)}\"")


def wm_attendance(c: Ctx) -> B:
    ps = c.people(c.ri(2, 4))
    b = B("Name,Moderator,Activity Score,Talk time,Webcam Time,Messages,Emojis,Raise Hand,Join,Left,Duration,Status\n")
    for k, p in enumerate(ps):
        nm = p.full()
        q = c.chance(0.3) and "," in p.lf()
        cell = B('"', N(p.lf()), '"') if q else B(N(nm))
        b.add(cell, f",{'true' if k == 0 else 'false'},{c.ri(0, 10)},00:{c.ri(0, 59):02d}:{c.ri(0, 59):02d},"
              f"00:{c.ri(0, 59):02d}:00,{c.ri(0, 30)},{c.ri(0, 5)},{c.ri(0, 3)},{c.ts('hm')},{c.ts('hm')},"
              f"00:{c.ri(10, 59)}:00,{c.pick(['Online', 'Offline'])}\n")
    if c.chance(0.4):
        b.add("Dial-in User (tel),false,0,00:00:00,00:00:00,0,0,0,09:02,09:31,00:29:00,Offline\n")
    return b


def wm_coturn(c: Ctx) -> B:
    p = c.person()
    sess = f"00{c.ri(1, 9)}0000000000000{c.ri(100, 999)}"
    ep = c.ts("epoch")
    realm = "turn." + c.dom
    lines = [B(f"{c.ri(100, 99999)}: : session {sess}: realm <{realm}> user <>: incoming packet message processed, "
               "error 401: Unauthorized"),
             B(f"{c.ri(100, 99999)}: : IPv4. Local relay addr: ", I(c.ip4()), f":{c.ri(49152, 65535)}"),
             B(f"{c.ri(100, 99999)}: : session {sess}: new, realm=<{realm}>, username=<{ep}:", N(p.acct()),
               f">, lifetime={c.pick([600, 3600])}"),
             B(f"{c.ri(100, 99999)}: : session {sess}: realm <{realm}> user <{ep}:", N(p.acct()),
               ">: incoming packet ALLOCATE processed, success"),
             B(f"{c.ri(100, 99999)}: : session {sess}: peer ", I(c.ip4()), " lifetime updated: 300")]
    if c.chance(0.5):
        lines.append(B(f"{c.ri(100, 99999)}: : session {sess}: usage: realm=<{realm}>, username=<{ep}:",
                       N(p.acct()), f">, rp={c.ri(10, 9999)}, rb={c.ri(1000, 999999)}, sp={c.ri(10, 9999)}, "
                       f"sb={c.ri(1000, 999999)}"))
    return join(lines[c.ri(0, 1):], "\n")


def wm_chat_export(c: Ctx) -> B:
    ps = c.people(c.ri(2, 3))
    b = B(f"Public chat - {c.pick(SUBJECTS)} ({c.ts('date')})\n")
    utt = [lambda a, o: B("can everyone see my screen?"),
           lambda a, o: B("thanks ", N(o.g()), ", that answers it"),
           lambda a, o: B(N(o.g()), " your mic is muted"),
           lambda a, o: B("I'll send the recording to ", N(c.person().full()), " afterwards"),
           lambda a, o: B("dial-in for latecomers: ", PH(c.phone())),
           lambda a, o: B("merci ", N(o.g()), " !")]
    for _ in range(c.ri(2, 4)):
        a = c.pick(ps)
        o = c.pick([q for q in ps if q is not a])
        b.add(f"[{c.ts('hm')}] ", N(a.full()), " : ", c.pick(utt)(a, o), "\n")
    return b


def wm_recording(c: Ctx) -> B:
    p = c.person()
    inner = {"meeting": {"id": c.uuid(), "name": c.pick(SUBJECTS)},
             "host": {"name": N(p.full()), "email": E(p.email(c.dom))},
             "recording": {"duration_s": c.ri(60, 7200), "size": c.ri(10**6, 10**9)}}
    payload = jb(inner, compact=True, ascii_=c.chance(0.4))
    outer = B('{"event":"recording.ready","source":"recording-service","payload":"',
              payload.enc(jesc), f'","ts":{c.ts("epoch")}}}')
    chk_json(outer)
    return B(f"{c.ts('iso')} kafka-producer topic=meetings.events partition={c.ri(0, 11)} value=", outer)


def wm_jicofo(c: Ctx) -> B:
    p = c.person()
    ep = c.hex(8)
    room = c.pick(["weekly-sync", "design-review", "allhands", "standup-" + c.hex(4)])
    b = B(f"Jicofo {c.ts('dot')} INFO: [{c.ri(30, 90)}] [room={room} meeting_id={c.uuid()}] "
          f"ChatRoomImpl.processOtherPresence#{c.ri(600, 700)}: Member joined: {ep} displayName=", N(p.full()))
    if c.chance(0.5):
        b.add(f"\nJicofo {c.ts('dot')} INFO: [{c.ri(30, 90)}] [room={room}] JitsiMeetConferenceImpl.onMemberJoined"
              f"#{c.ri(700, 800)}: Member {ep} (", N(p.full()), f") joined with stats_id {c.alnum(10)}, region=",
              c.pick(["eu-central", "us-east", "ap-south"]))
    return b


def wm_neg_jvb(c: Ctx) -> B:
    return B(c.pick([
        f"JVB {c.ts('dot')} INFO: [{c.ri(20, 90)}] HealthChecker.run#175: Performed a successful health check in "
        f"PT0.00{c.ri(1, 9)}S. Sticky failure: false",
        f"JVB {c.ts('dot')} INFO: [{c.ri(20, 90)}] [confId={c.hex(16)}] Conference.expire#{c.ri(100, 999)}: "
        f"Expiring conference, duration={c.ri(60, 9000)}s, endpoints={c.ri(1, 40)}",
        f"Jicofo {c.ts('dot')} INFO: [{c.ri(30, 90)}] BridgeSelector.selectBridge#{c.ri(100, 200)}: Selected "
        f"jvb-{c.ri(1, 9)}.{c.pick(['eu-central', 'us-east'])} (stress={c.ri(0, 99) / 100:.2f})",
    ]))


def wm_neg_bbb(c: Ctx) -> B:
    msg = {"envelope": {"name": "MeetingCreatedEvtMsg", "timestamp": int(c.ts("epoch")) * 1000},
           "core": {"body": {"props": {"meetingProp": {"name": c.pick(SUBJECTS + [f"{c.pick(PLACES)} Town Hall"]),
                                                       "extId": c.hex(12), "isBreakout": False},
                                       "recordProp": {"record": c.chance(0.5)},
                                       "welcomeProp": {"welcomeMsg": c.pick(UI_STRINGS)}}}}}
    return B(f"{c.ts('comma')} INFO  o.b.c.a.r.RedisPublisher - publishing ", jb(msg, compact=True))


def wm_neg_attendance(c: Ctx) -> B:
    b = B("Name,Moderator,Activity Score,Talk time,Webcam Time,Messages,Emojis,Raise Hand,Join,Left,Duration,Status\n")
    for nm in c.r.sample(["Recording Bot", "Dial-in User", "Guest 3", "Guest 7", "Captions Service",
                          "Streaming Gateway", "Room Kit (Curie 3F)"], c.ri(2, 3)):
        b.add(f"{nm},false,0,00:00:00,00:00:00,0,0,0,{c.ts('hm')},{c.ts('hm')},00:{c.ri(10, 59)}:00,Offline\n")
    return b


def wm_neg_turn(c: Ctx) -> B:
    return B(f"{c.ri(100, 99999)}: : session 00{c.ri(1, 9)}0000000000000{c.ri(100, 999)}: closed (2nd stage), "
             f"user <{c.ts('epoch')}:{c.pick(['jitsi-turn', 'bbb-turn', 'svc-turn'])}> realm <turn.{c.dom}> "
             f"origin <>, local ****, remote ****, reason: allocation timeout")


# ======================================================================== 4 room_video_endpoints
def rv_xstatus(c: Ctx) -> B:
    p = c.person()
    cid = c.ri(1, 99)
    uri = p.email(c.dom) if c.chance(0.7) else None
    b = B("xStatus Call\n")
    b.add(f"*s Call {cid} AnswerState: Answered\n*s Call {cid} CallType: Video\n")
    if uri:
        b.add(f"*s Call {cid} CallbackNumber: \"sip:", E(uri), "\"\n")
    else:
        num = c.phone(fmt="e164")
        b.add(f"*s Call {cid} CallbackNumber: \"sip:", PH(num), f"@vcs.{c.dom}\"\n")
    b.add(f"*s Call {cid} DeviceType: Endpoint\n*s Call {cid} Direction: {c.pick(['Incoming', 'Outgoing'])}\n"
          f"*s Call {cid} DisplayName: \"", N(p.full()), "\"\n"
          f"*s Call {cid} Duration: {c.ri(5, 4000)}\n*s Call {cid} Encryption Type: \"Aes-128\"\n"
          f"*s Call {cid} Protocol: Sip\n")
    if uri:
        b.add(f"*s Call {cid} RemoteNumber: \"", E(uri), "\"\n")
    b.add(f"*s Call {cid} Status: Connected\n** end")
    return b


def rv_xevent(c: Ctx) -> B:
    p = c.person()
    num = c.phone(fmt="e164")
    b = B("*e IncomingCallIndication RemoteURI: \"sip:", PH(num), f"@cucm.{c.dom}\"\n"
          "*e IncomingCallIndication DisplayNameValue: \"", N(p.full()), "\"\n"
          f"*e IncomingCallIndication CallId: {c.ri(1, 99)}\n*e IncomingCallIndication Protocol: \"Sip\"\n** end")
    if c.chance(0.4):
        b.add("\n*e CallDisconnect Cause: \"LocalDisconnect\" RemoteURI: \"sip:", PH(num), f"@cucm.{c.dom}\" "
              "DisplayName: \"", N(p.full()), "\"\n** end")
    return b


def rv_callhistory(c: Ctx) -> B:
    ps = c.people(c.ri(1, 3))
    x = B(f"<XmlDoc resultId=\"{c.ri(1, 999)}\">\n  <CallHistoryGetResult product=\"Cisco Codec\" status=\"OK\">\n")
    for k, p in enumerate(ps, 1):
        x.add(f"    <Entry item=\"{k}\">\n      <CallHistoryId>{c.ri(100, 9999)}</CallHistoryId>\n"
              "      <CallbackNumber>sip:", E(p.email(c.dom)), "</CallbackNumber>\n      <DisplayName>",
              B(N(p.full())).enc(xesc), "</DisplayName>\n"
              f"      <StartTime>{c.ts('isos')}</StartTime>\n      <DaysAgo>{c.ri(0, 30)}</DaysAgo>\n"
              f"      <OccurrenceType>{c.pick(['Placed', 'Received', 'NoAnswer'])}</OccurrenceType>\n"
              f"      <IsAcknowledged>{c.pick(['Acknowledged', 'Unacknowledged'])}</IsAcknowledged>\n"
              "    </Entry>\n")
    x.add("  </CallHistoryGetResult>\n</XmlDoc>")
    chk_xml(x)
    return B("xCommand CallHistory Get Limit: 3 DetailLevel: Basic\n", x)


def rv_poly(c: Ctx) -> B:
    p = c.person()
    dev = f"RPG-{c.pick(['BOARD', 'HUDDLE', 'TRAIN'])}-{c.ri(1, 9)}F"
    alias = p.acct(c.pick(["flast", "lastf"])).upper()
    b = B(f"<134>{c.ts('syslog')} {dev} callcontrol[{c.ri(100, 9999)}]: callStats: far-end \"", N(p.full()),
          "\" (h323id=", N(alias), ") ip=", I(c.ip4()), f" rate={c.pick([768, 1024, 1920, 4096])} "
          f"codec=H.264 loss={c.ri(0, 9) / 10:.1f}%")
    if c.chance(0.4):
        b.add(f"\n<131>{c.ts('syslog')} {dev} callcontrol[{c.ri(100, 9999)}]: call ended by far end (",
              N(alias), ") cause=16 normal call clearing")
    return b


def rv_inventory(c: Ctx) -> B:
    ps = c.people(c.ri(1, 3))
    b = B("Device Name,Type,Product,Owner,Owner Email,IP Address,MAC Address,Software,Status\n")
    for p in ps:
        form_ = c.ri(0, 2)
        if form_ == 0:
            dn = B("DESK-PRO-", N(p.acct("flast").upper()))
        elif form_ == 1:
            dn = B(N(p.rg), f"s {c.pick(['Desk Pro', 'Desk Mini', 'Board 55'])}")
        else:
            dn = B(N(p.acct()), "-deskhub")
        b.add(dn, f",Personal,{c.pick(['Cisco Desk Pro', 'Cisco Desk Mini', 'Cisco Board Pro 55'])},", N(p.west()),
              ",", E(p.email(c.dom)), ",", I(c.ip4()), f",{':'.join(c.hex(2) for _ in range(6))},"
              f"RoomOS {c.pick(['11.9.1.13', '11.14.2.3', '11.5.2.4'])},{c.pick(['Online', 'Offline', 'Issues'])}\n")
    if c.chance(0.5):
        b.add(f"{c.pick(ROOMS)} {c.ri(1, 9)}F,Shared,Cisco Room Kit Pro,Workspace,,,"
              f"{':'.join(c.hex(2) for _ in range(6))},RoomOS 11.9.1.13,Online\n")
    return b


def rv_sip(c: Ctx) -> B:
    p = c.person()
    ip = c.ip4()
    disp = p.lf() if c.chance(0.4) else p.full()
    b = B(f"{c.ts('iso')} sipstack: TX INVITE sip:{c.ri(80000, 89999)}@video.{c.dom} SIP/2.0\n"
          f"Via: SIP/2.0/TLS ", I(ip), f":{c.ri(5061, 5061)};branch=z9hG4bK{c.hex(12)};rport\n"
          "From: \"", N(disp), "\" <sip:", E(p.email(c.dom)), f">;tag={c.hex(10)}\n"
          f"To: <sip:{c.ri(80000, 89999)}@video.{c.dom}>\nCall-ID: {c.hex(16)}\nCSeq: 101 INVITE\n"
          "Contact: <sip:", N(p.acct()), "@", I(ip), ":5061;transport=tls>;+sip.instance=\"<urn:uuid:",
          c.uuid(), ">\"\nUser-Agent: Cisco/", c.pick(["Desk Pro", "Room Kit", "Board Pro"]),
          " CE/11.9.1\nContent-Length: 0")
    return b


def rv_ui(c: Ctx) -> B:
    p = c.person()
    k = c.ri(0, 5)
    ts = c.ts("iso")
    if k == 0:
        return B(f"{ts} ui.notification lang=es: \"Llamada entrante de ", N(p.full()), "\"")
    if k == 1:
        return B(f"{ts} ui.notification lang=de: \"Eingehender Anruf: ", N(p.full()), "\"")
    if k == 2:
        return B(f"{ts} ui.notification lang=ja: \"着信: ", N(p.full()), "\"")
    if k == 3:
        return B(f"{ts} ui.notification lang=fr: \"Appel manqué de ", N(p.full()), " (", PH(c.phone("FR")), ")\"")
    if k == 4:
        return B(f"{ts} ui.notification lang=pt: \"", N(p.full()), " está chamando\"")
    return B(f"{ts} ui.notification lang=en: \"", N(p.g()), " is sharing their screen\"")


def rv_neg_xstatus(c: Ctx) -> B:
    return B(c.pick([
        f"xStatus SystemUnit\n*s SystemUnit ProductId: \"{c.pick(['Cisco Room Kit Pro', 'Cisco Board Pro 75', 'Cisco Room Bar'])}\"\n"
        f"*s SystemUnit ProductPlatform: \"{c.pick(['Room Kit Pro', 'Board Pro', 'Room Bar'])}\"\n"
        f"*s SystemUnit Uptime: {c.ri(100, 9999999)}\n*s SystemUnit Software DisplayName: \"RoomOS 11.9.1.13\"\n** end",
        f"xStatus Audio Volume\n*s Audio Volume: {c.ri(0, 100)}\n** end",
        f"xStatus Peripherals ConnectedDevice 1001 Name\n*s Peripherals ConnectedDevice 1001 Name: "
        f"\"{c.pick(['Cisco Touch 10', 'Room Navigator', 'Cisco Quad Camera'])}\"\n** end",
        f"xStatus RoomAnalytics PeopleCount Current\n*s RoomAnalytics PeopleCount Current: {c.ri(0, 14)}\n** end",
    ]))


def rv_neg_history(c: Ctx) -> B:
    x = B(f"<XmlDoc resultId=\"{c.ri(1, 999)}\">\n  <CallHistoryGetResult product=\"Cisco Codec\" status=\"OK\">\n")
    for k in range(1, c.ri(2, 3)):
        x.add(f"    <Entry item=\"{k}\">\n      <CallbackNumber>sip:vmr{c.ri(1000, 9999)}</CallbackNumber>\n"
              f"      <DisplayName>{xesc(c.pick(SUBJECTS))} Bridge</DisplayName>\n"
              f"      <StartTime>{c.ts('isos')}</StartTime>\n      <OccurrenceType>Placed</OccurrenceType>\n"
              "    </Entry>\n")
    x.add("  </CallHistoryGetResult>\n</XmlDoc>")
    return B("xCommand CallHistory Get Limit: 3\n", chk_xml(x))


def rv_neg_poly(c: Ctx) -> B:
    return B(f"<134>{c.ts('syslog')} RPG-{c.pick(['BOARD', 'HUDDLE'])}-{c.ri(1, 9)}F callcontrol[{c.ri(100, 9999)}]: "
             f"callStats: far-end \"{c.pick(SUBJECTS)} Bridge\" (h323id=VMR-{c.ri(1000, 9999)}) "
             f"rate={c.pick([768, 1920])} codec=H.264 loss=0.{c.ri(0, 9)}%")


def rv_neg_ui(c: Ctx) -> B:
    return B(f"{c.ts('iso')} ui.notification lang={c.pick(['es', 'de', 'ja', 'fr', 'ko', 'ru'])}: "
             f"\"{c.pick(UI_STRINGS)}\" room=\"{c.pick(ROOMS)} {c.ri(1, 9)}F\" product=\"{c.pick(PRODUCTS)}\"")


# ======================================================================== 5 calendar_scheduling
def cal_ews(c: Ctx) -> B:
    org = c.person()
    atts = c.people(c.ri(1, 3))
    subj = c.pick([lambda: B("1:1 ", N(org.g()), " / ", N(atts[0].g())), lambda: B(c.pick(SUBJECTS)),
                   lambda: B("Interview: ", N(c.person().full()), " (Senior Engineer)")])()
    x = B("<m:CreateItem xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
          "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
          "SendMeetingInvitations=\"SendToAllAndSaveCopy\">\n  <m:Items>\n    <t:CalendarItem>\n      <t:Subject>",
          subj.enc(xesc), f"</t:Subject>\n      <t:Start>{c.ts('isos')}</t:Start>\n"
          f"      <t:Location>{xesc(c.pick(ROOMS))} {c.ri(1, 9)}F</t:Location>\n      <t:RequiredAttendees>\n")
    for a in atts:
        nm = a.lf() if c.chance(0.5) else a.full()
        x.add("        <t:Attendee><t:Mailbox><t:Name>", B(N(nm)).enc(xesc), "</t:Name><t:EmailAddress>",
              E(a.email(c.dom)), "</t:EmailAddress></t:Mailbox></t:Attendee>\n")
    x.add("      </t:RequiredAttendees>\n    </t:CalendarItem>\n  </m:Items>\n</m:CreateItem>")
    chk_xml(x)
    return B(f"{c.ts('iso')} EWS Trace [SoapRequest] ExchangeImpersonation SmtpAddress=", E(org.email(c.dom)),
             "\n", x)


def cal_graph(c: Ctx) -> B:
    org = c.person()
    atts = c.people(c.ri(1, 3))
    body = {"subject": c.pick(SUBJECTS), "start": {"dateTime": c.ts("isos")[:-1], "timeZone": "UTC"},
            "organizer": {"emailAddress": {"name": N(org.full()), "address": E(org.email(c.dom))}},
            "attendees": [{"type": c.pick(["required", "optional"]),
                           "emailAddress": {"name": N(a.full()), "address": E(a.email(c.dom))}} for a in atts],
            "isOnlineMeeting": True, "onlineMeetingProvider": "teamsForBusiness"}
    if c.chance(0.4):
        body["body"] = {"contentType": "text", "content": B("Agenda from ", N(org.g()), "; dial-in ",
                                                           PH(c.phone()))}
    return B(f"{c.ts('iso')} graph-client POST https://graph.microsoft.com/v1.0/users/", E(org.email(c.dom)),
             "/events request-id=", c.uuid(), "\n", jb(body, 2, ascii_=c.chance(0.3)))


def cal_caldav(c: Ctx) -> B:
    p = c.person()
    ip = c.ip(0.25)
    a = p.acct()
    k = c.ri(0, 2)
    if k == 0:
        return B(I(ip), " - ", N(a), f" [{c.ts('clf')}] \"PROPFIND /remote.php/dav/calendars/", N(a),
                 f"/{c.pick(['personal', 'work', 'team-ops'])}/ HTTP/1.1\" 207 {c.ri(300, 9000)} \"-\" "
                 "\"DAVx5/4.3.13-ose (2024/01/18; dav4jvm; okhttp/4.12.0) Android/14\"")
    if k == 1:
        return B(f"[{c.ts('space')}] [{c.ri(1000, 9999)}/Thread-{c.ri(1, 99)}] [INFO] PUT request for '/", N(a),
                 f"/calendar.ics/{c.uuid()}.ics' with content-type 'text/calendar' received from ", I(ip),
                 " using 'Thunderbird/115.8.0'")
    return B(I(ip), " - ", N(a), f" [{c.ts('clf')}] \"REPORT /SOGo/dav/", N(a),
             "/Calendar/personal/ HTTP/1.1\" 207 1843 \"-\" \"macOS/14.3 (23D56) CalendarAgent/988\"")


def cal_sched(c: Ctx) -> B:
    req = c.person()
    k = c.ri(0, 2)
    if k == 0:
        ts = c.people(c.ri(2, 3))
        return B(f"{c.ts('iso')} level=info svc=scheduling-assistant msg=\"getSchedule\" requester=", N(req.acct()),
                 " targets=[", join([E(t.email(c.dom)) for t in ts], ","), f"] window={c.ts('date')}/P5D "
                 f"slots={c.ri(0, 12)} latency_ms={c.ri(10, 900)}")
    if k == 1:
        d = c.person()
        return B(f"{c.ts('iso')} level=info svc=calendar-acl msg=\"delegate granted\" owner=\"", N(req.full()),
                 "\" owner_upn=", E(req.email(c.dom)), " delegate=", N(d.acct()),
                 f" perms={c.pick(['Editor', 'Reviewer', 'Author'])} receive_copies={c.pick(['true', 'false'])}")
    o = c.person()
    return B(f"{c.ts('iso')} level=warn svc=ooo-sync msg=\"auto-reply enabled\" user=", N(req.acct()),
             " text=\"I am out until ", c.ts("date"), ". For urgent matters contact ", N(o.full()), " (",
             E(o.email(c.dom)), ")\"")


def cal_gcal(c: Ctx) -> B:
    org = c.person()
    atts = c.people(c.ri(1, 3))
    ev = {"kind": "calendar#event", "id": c.alnum(26).lower(), "status": "confirmed",
          "summary": c.pick([B(N(org.g()), " <> ", N(atts[0].g())), B(c.pick(SUBJECTS))]),
          "creator": {"email": E(org.email(c.dom))},
          "organizer": {"email": E(org.email(c.dom)), "displayName": N(org.full()), "self": True},
          "attendees": [{"email": E(a.email(c.dom)), "displayName": N(a.full()),
                         "responseStatus": c.pick(["accepted", "needsAction", "declined", "tentative"])}
                        for a in atts]}
    return B(f"{c.ts('iso')} DEBUG calendar.sync events.list page=1 item=", jb(ev, compact=True, ascii_=True))


def cal_notify(c: Ctx) -> B:
    p = c.person()
    k = c.ri(0, 3)
    t = c.ts("hm")
    if k == 0:
        return B(f"{c.ts('iso')} notifier lang=ja push: \"リマインダー: ", N(p.full()), f" さんとの 1on1 ({t})\"")
    if k == 1:
        return B(f"{c.ts('iso')} notifier lang=fr push: \"Rappel : réunion avec ", c.pick(["Mme ", "M. ", ""]),
                 N(p.rf), f" à {t}\"")
    if k == 2:
        return B(f"{c.ts('iso')} notifier lang=de push: \"", N(p.full()), f" hat die Besprechung um {t} abgesagt\"")
    return B(f"{c.ts('iso')} notifier lang=en push: \"", N(p.full()), f" proposed a new time: {t}\"")


def cal_invite(c: Ctx) -> B:
    org = c.person()
    att = c.person()
    subj = c.pick(SUBJECTS)
    return B("From: \"", N(org.full()), "\" <", E(org.email(c.dom)), ">\nTo: ", E(att.email(c.dom)), "\n"
             f"Subject: Invitation: {subj} @ {c.ts('date')} {c.ts('hm')} - {c.ts('hm')} (UTC) (",
             E(att.email(c.dom)), ")\nReply-To: ", E(org.email(c.dom)), "\nContent-Type: multipart/mixed; "
             f"boundary=\"{c.hex(28)}\"\nX-Calendar-Invite-Id: {c.uuid()}")


def cal_neg_sync(c: Ctx) -> B:
    return B(c.pick([
        f"{c.ts('iso')} level=info svc=calendar-sync msg=\"sync token refreshed\" calendar=resource/{c.hex(12)} "
        f"changed={c.ri(0, 80)} deleted={c.ri(0, 9)}",
        f"{c.ts('iso')} level=info svc=holiday-import msg=\"imported\" calendar=\"Holidays in "
        f"{c.pick(['Georgia', 'Jordan', 'Chad', 'Victoria (AU)', 'Madison County'])}\" events={c.ri(8, 40)}",
        f"{c.ts('iso')} graph-client PATCH https://graph.microsoft.com/v1.0/subscriptions/{c.uuid()} 200 "
        f"expirationDateTime={c.ts('isos')}",
        f"{c.ts('iso')} level=warn svc=scheduling-assistant msg=\"no free slot\" room=\"{c.pick(ROOMS)}\" "
        f"window=P1D reason=\"{c.pick(STATUS_WORDS)}\"",
    ]))


def cal_neg_ews(c: Ctx) -> B:
    x = B("<t:CalendarItem xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
          f"<t:Subject>{xesc(c.pick(SUBJECTS))}</t:Subject><t:Location>{xesc(c.pick(ROOMS))} {c.ri(1, 9)}F"
          f"</t:Location><t:LegacyFreeBusyStatus>{c.pick(['Busy', 'Tentative', 'Free', 'OOF'])}"
          "</t:LegacyFreeBusyStatus></t:CalendarItem>")
    return B(f"{c.ts('iso')} EWS Trace [SoapResponse] GetItem ResponseCode=NoError\n", chk_xml(x))


def cal_neg_notify(c: Ctx) -> B:
    return B(f"{c.ts('iso')} notifier lang={c.pick(['ja', 'fr', 'de', 'es', 'zh', 'it'])} push: "
             f"\"{c.pick(UI_STRINGS)}\" event=\"{c.pick(SUBJECTS)}\"")


def cal_neg_gcal(c: Ctx) -> B:
    ev = {"kind": "calendar#event", "id": c.alnum(26).lower(), "status": "cancelled",
          "summary": c.pick(SUBJECTS), "location": f"{c.pick(PLACES)} HQ - {c.pick(ROOMS)}",
          "transparency": "transparent"}
    return B(f"{c.ts('iso')} DEBUG calendar.sync events.list page=1 item=", jb(ev, compact=True, ascii_=True))


# ======================================================================== 6 room_booking_panels
def _room_name(c: Ctx) -> str:
    return f"{c.pick(ROOMS)} {c.ri(1, 12)}{c.pick(['F', '', '.0'])}".strip()


def rb_panel(c: Ctx) -> B:
    p = c.person()
    panel = f"panel-{c.ri(1, 12)}F-{c.pick(ROOMS).upper().replace(' ', '')}"
    meth = c.pick(["badge", "touch", "qr", "app"])
    b = B(f"{c.ts('isos')} {panel} fw=5.{c.ri(0, 9)}.{c.ri(0, 9)} event=checkin booking=bk_{c.hex(10)} "
          "organizer=\"", N(p.full()), f"\" method={meth}")
    if meth == "badge":
        b.add(" badge_holder=", N(p.acct()))
    b.add(f" battery={c.ri(5, 100)}%")
    return b


def rb_release(c: Ctx) -> B:
    p = c.person()
    ev = {"event": "booking.auto_released", "room": {"name": _room_name(c), "capacity": c.ri(2, 20)},
          "organizer": {"name": N(p.full()), "email": E(p.email(c.dom))},
          "start": c.ts("isos"), "grace_minutes": c.pick([10, 15]), "released_by": "room-panel"}
    if c.chance(0.4):
        ev["notify"] = [E(c.person().email(c.dom))]
    return B(f"{c.ts('iso')} INFO workplace.webhooks delivered ", jb(ev, 2 if c.chance(0.5) else None,
                                                                     ascii_=c.chance(0.3)))


def rb_behalf(c: Ctx) -> B:
    a, p = c.people(2)
    nm = B(N(p.lf())) if c.chance(0.5) else B(N(p.full()))
    b = B(f"{c.ts('comma')} INFO [booking-api] Reservation {c.ri(100000, 999999)} created by ", N(a.acct()),
          " on behalf of ", nm, f" for \"{_room_name(c)}\" {c.ts('hm')}-{c.ts('hm')}")
    if c.chance(0.4):
        b.add("; assistant contact ", PH(c.phone()))
    return b


def rb_report(c: Ctx) -> B:
    ps = c.people(c.ri(2, 4))
    b = B(f"ROOM UTILISATION REPORT  WEEK {c.ri(1, 52):02d}/2026  SITE {c.pick(PLACES).upper()}\n"
          "RANK  ORGANIZER                        BOOKINGS   HOURS   NO-SHOW\n")
    for k, p in enumerate(ps, 1):
        nm = c.pick([p.up_lf(), p.up_lf(), p.up(), p.slash()])
        b.add(f"{k:>4}  ", N(nm), " " * max(1, 33 - len(nm)), f"{c.ri(1, 30):>8}   {c.ri(1, 60):>5.1f}   "
              f"{c.ri(0, 5):>7}\n")
    return b


def rb_catering(c: Ctx) -> B:
    p = c.person()
    return B(f"{c.ts('iso')} catering order=CT-{c.ri(10000, 99999)} meeting=\"{c.pick(SUBJECTS)}\" room=\"",
             _room_name(c), "\" host=\"", N(p.slash() if c.chance(0.4) else p.full()), f"\" covers={c.ri(2, 30)} cost_centre=CC{c.ri(1000, 9999)} "
             "contact=", PH(c.phone()), f" supplier=\"{c.pick(COMPANIES)}\"")


def rb_noshow(c: Ctx) -> B:
    p, m = c.people(2)
    return B(f"{c.ts('iso')} WARN policy.noshow booking=bk_{c.hex(10)} organizer=", N(p.acct()), " (", N(p.full()),
             ") strikes=3/3 action=notify_manager manager=\"", N(m.full()), "\" <", E(m.email(c.dom)), ">")


def rb_ui(c: Ctx) -> B:
    p = c.person()
    return B(f"{c.ts('isos')} panel-{c.ri(1, 12)}F render lang=", _rb_ui_text(c, p, c.ts("hm")))


def _rb_ui_text(c: Ctx, p, until: str) -> B:
    k = c.ri(0, 5)
    pre, post = [("de text=\"Belegt von ", f" bis {until}\""), ("fr text=\"Réservé par ", f" jusqu'à {until}\""),
                 ("es text=\"Reservado por ", f" hasta las {until}\""), ("ja text=\"", f" さんが {until} まで予約中\""),
                 ("nl text=\"Bezet door ", f" tot {until}\""), ("en text=\"Booked by ", f" until {until}\"")][k]
    return B(pre, N(p.full()), post)


def rb_neg_panel(c: Ctx) -> B:
    panel = f"panel-{c.ri(1, 12)}F-{c.pick(ROOMS).upper().replace(' ', '')}"
    return B(c.pick([
        f"{c.ts('isos')} {panel} fw=5.{c.ri(0, 9)}.{c.ri(0, 9)} event=heartbeat battery={c.ri(5, 100)}% "
        f"rssi=-{c.ri(40, 90)} state={c.pick(['Available', 'Occupied', 'Released', 'Offline'])}",
        f"{c.ts('isos')} {panel} fw=5.{c.ri(0, 9)}.{c.ri(0, 9)} event=checkin booking=bk_{c.hex(10)} "
        f"organizer=\"{c.pick(['Facilities', 'Reception', 'IT Service Desk', 'Recurring Hold'])}\" method=touch",
        f"{c.ts('isos')} {panel} event=firmware_update from=5.1.9 to=5.2.1 result=ok",
    ]))


def rb_neg_release(c: Ctx) -> B:
    ev = {"event": "booking.auto_released", "room": {"name": _room_name(c), "capacity": c.ri(2, 20)},
          "organizer": {"name": c.pick(["Facilities Hold", "Cleaning Block", "Recurring Hold", "Maintenance"]),
                        "type": "resource"},
          "start": c.ts("isos"), "grace_minutes": 10, "released_by": "room-panel"}
    return B(f"{c.ts('iso')} INFO workplace.webhooks delivered ", jb(ev, compact=c.chance(0.5)))


def rb_neg_report(c: Ctx) -> B:
    b = B(f"ROOM UTILISATION REPORT  WEEK {c.ri(1, 52):02d}/2026  SITE {c.pick(PLACES).upper()}\n"
          "RANK  ROOM                             BOOKINGS   HOURS   NO-SHOW\n")
    for k, r in enumerate(c.r.sample(ROOMS, 3), 1):
        b.add(f"{k:>4}  {r.upper():<33}{c.ri(1, 30):>8}   {c.ri(1, 60):>5.1f}   {c.ri(0, 5):>7}\n")
    return b


def rb_neg_ui(c: Ctx) -> B:
    return B(f"{c.ts('isos')} panel-{c.ri(1, 12)}F render lang={c.pick(['de', 'fr', 'es', 'ja', 'nl', 'pl'])} "
             f"text=\"{c.pick(UI_STRINGS + STATUS_WORDS)}\" room=\"{_room_name(c)}\"")


def rb_neg_behalf(c: Ctx) -> B:
    return B(f"{c.ts('comma')} INFO [booking-api] Reservation {c.ri(100000, 999999)} created by "
             f"{c.pick(SERVICE_ACCOUNTS)} on behalf of {c.pick(COMPANIES)} for \"{_room_name(c)}\" "
             f"{c.ts('hm')}-{c.ts('hm')}")


FAMILIES = {
    "matrix_synapse": ([mx_access, mx_member, mx_admin_create, mx_bridge, mx_trace, mx_members_table, mx_push],
                       [mx_neg_start, mx_neg_fed, mx_neg_member, mx_neg_rooms, mx_neg_push]),
    "xmpp_chat": ([xm_ejab_auth, xm_prosody, xm_message, xm_muc, xm_connected, xm_mam_sql, xm_openfire],
                  [xm_neg_s2s, xm_neg_users, xm_neg_prosody, xm_neg_muccfg]),
    "webrtc_meetings": ([wm_jwt, wm_bbb_join, wm_bbb_api, wm_attendance, wm_coturn, wm_chat_export, wm_recording,
                         wm_jicofo],
                        [wm_neg_jvb, wm_neg_bbb, wm_neg_attendance, wm_neg_turn]),
    "room_video_endpoints": ([rv_xstatus, rv_xevent, rv_callhistory, rv_poly, rv_inventory, rv_sip, rv_ui],
                             [rv_neg_xstatus, rv_neg_history, rv_neg_poly, rv_neg_ui]),
    "calendar_scheduling": ([cal_ews, cal_graph, cal_caldav, cal_sched, cal_gcal, cal_notify, cal_invite],
                            [cal_neg_sync, cal_neg_ews, cal_neg_notify, cal_neg_gcal]),
    "room_booking_panels": ([rb_panel, rb_release, rb_behalf, rb_report, rb_catering, rb_noshow, rb_ui],
                            [rb_neg_panel, rb_neg_release, rb_neg_report, rb_neg_ui, rb_neg_behalf]),
}
