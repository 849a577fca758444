"""pack_o families 7-12: IRC/XMPP/Matrix, community bots, forum admin, dating safety, fediverse, takedowns."""

from __future__ import annotations

from core import (
    BOTS,
    CC,
    CODE_NAMES,
    COMPANIES,
    HEROES,
    IP,
    JC,
    MAPS,
    PH,
    PLACES,
    PY,
    SERVICE_ACCTS,
    SSN,
    STATUS,
    UI_STRINGS,
    VERSIONS,
    B,
    E,
    J,
    N,
    Obj,
    S,
    alnum,
    card,
    csvq,
    epoch,
    form,
    hexid,
    ip,
    ipv4,
    jstr,
    last4,
    logfmt,
    now_epoch,
    pct,
    phone,
    query,
    snowflake,
    ssn,
    ts_clf,
    ts_hm,
    ts_iso,
    ts_mail,
    ts_sp,
    ts_syslog,
    uuid,
    xesc,
)

CHAT = "chat.example"
MX = "matrix.example"
SOC = "social.example"
GUILDS = ["Frostfall Community", "Victoria Speedrunners", "Neon District LFG", "Madison Tabletop Club",
          "Project Athena Beta", "Sofia Retro Gaming", "Orion Esports Fans", "Adelaide Pixel Art"]


# ================================================================== 7. irc_xmpp_matrix
def _ircts(r):
    return f"[{ts_syslog(r)}.{r.randint(0, 999):03d}]"


def irc_connect(c):
    r = c.r
    p = c.person()
    p.use_native = False
    nick = p.handle(r)
    ident = p.acct(r, digits=False)[:10]
    k = r.randint(0, 1)
    b = B()
    if k == 0:
        b(_ircts(r), " connect.LOCAL_CLIENT_CONNECT [info] Client connecting: ", N(nick), " (~", N(ident), "@",
          IP(ipv4(r)), ") [secure] [reputation: ", str(r.randint(0, 300)), "] [realname: ", N(p.full()), "]")
    else:
        b("*** Notice -- Client connecting on port 6697 (class clients): ", N(nick), "!", N(ident), "@",
          IP(ip(r)), " (", N(p.full()), ") [", IP(ip(r)), "]")
    return b


def irc_log(c):
    r = c.r
    a, z, q = c.people(3)
    na, nz = a.handle(r), z.handle(r)
    ch = "#" + r.choice(["frostfall", "lfg-eu", "speedrun", "modding", "help"])
    b = B()
    b("--- Log opened ", ts_sp(r), "\n")
    b(ts_hm(r) + " -!- ", N(na), " [", N(a.acct(r, digits=False)), "@",
      IP(ipv4(r)), "] has joined ", ch, "\n")
    b(ts_hm(r) + " < ", N(na), "> ", N(nz), ": did ", N(q.disp_given()),
      " ever send you the patch?\n")
    b(ts_hm(r) + " < ", N(nz), "> yeah, mail her at ", E(q.email(r)), "\n")
    b(ts_hm(r) + " -!- ", N(nz), " is now known as ", N(z.handle(r, new=True)))
    return b


def xmpp_auth(c):
    r = c.r
    p = c.person()
    jid = p.acct(r) + "@" + CHAT
    addr = ipv4(r)
    b = B()
    b(ts_sp(r), ".", str(r.randint(100, 999)), " [info] <0.", str(r.randint(1000, 9999)),
      ".0>@ejabberd_c2s:handle_auth_success/4:", str(r.randint(300, 450)), " (tls|<0.", str(r.randint(1000, 9999)),
      ".0>) Accepted c2s ", r.choice(["SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256"]), " authentication for ", E(jid),
      " by sql backend from ")
    if r.random() < 0.5:
        b(IP("::ffff:" + addr))
    else:
        b(IP(addr))
    if r.random() < 0.5:
        b("\n", ts_sp(r), ".", str(r.randint(100, 999)), " [info] <0.", str(r.randint(1000, 9999)),
          ".0>@ejabberd_c2s:bind/2:", str(r.randint(400, 460)), " Opened c2s session for ", E(jid), "/",
          r.choice(["phone", "Conversations.x1Fq", "gajim", "desktop"]))
    return b


def xmpp_stanza(c):
    r = c.r
    a, z = c.people(2)
    ja, jz = a.acct(r) + "@" + CHAT, z.acct(r) + "@" + CHAT
    b = B()
    b(ts_iso(r), " DEBUG xmpp.router routed stanza:\n")
    st = len(b)
    if r.random() < 0.5:
        b("<message from='", E(ja), "/phone' to='", E(jz), "' type='chat' id='", hexid(r, 8), "'>\n  <body>")
        b(S("hi ", N(z.disp_given()), ", it's ", N(a.disp()), " - call me on ", PH(phone(r))), enc=xesc)
        b("</body>\n</message>")
    else:
        b("<iq type='result' from='", E(ja), "' id='v", str(r.randint(1, 99)), "'>\n  <vCard xmlns='vcard-temp'>\n",
          "    <FN>", N(a.disp()), "</FN>\n    <N><FAMILY>", N(a.disp_family()), "</FAMILY><GIVEN>",
          N(a.disp_given()), "</GIVEN></N>\n    <TEL><CELL/><NUMBER>", PH(phone(r)), "</NUMBER></TEL>\n",
          "    <EMAIL><INTERNET/><USERID>", E(a.email(r)), "</USERID></EMAIL>\n  </vCard>\n</iq>")
    b.doc("xml", st)
    return b


def mx_access(c):
    r = c.r
    p = c.person()
    loc = p.acct(r)
    b = B()
    b(ts_sp(r), ",", str(r.randint(100, 999)), " - synapse.access.http.8008 - 465 - INFO - PUT-",
      str(r.randint(100, 99999)), " - ", IP(ip(r)), " - 8008 - {@", N(loc), ":", MX,
      "} Processed request: 0.0", str(r.randint(10, 99)), "sec/0.000sec (0.001sec, 0.000sec) (0.000sec/0.002sec/2) ",
      "62B 200 \"PUT /_matrix/client/v3/rooms/!", alnum(r, 18, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"), ":", MX,
      "/send/m.room.message/m", str(r.randint(10**12, 10**13)), " HTTP/1.1\" \"Element/1.11.", str(r.randint(40, 90)),
      "\" [0 dbevts]")
    return b


def mx_admin(c):
    r = c.r
    p = c.person()
    loc = p.acct(r)
    tp = [{"medium": "email", "address": E(p.email(r)), "validated_at": epoch(r) * 1000}]
    if r.random() < 0.6:
        tp.append({"medium": "msisdn", "address": PH(phone(r, style="plain")), "validated_at": epoch(r) * 1000})
    obj = {"name": S("@", N(loc), ":" + MX), "displayname": N(p.disp()), "threepids": tp, "admin": False,
           "deactivated": False, "creation_ts": epoch(r) * 1000,
           "avatar_url": "mxc://" + MX + "/" + alnum(r, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGH")}
    b = B()
    b("GET /_synapse/admin/v2/users/@", N(loc), ":", MX, " -> 200\n")
    b(J(obj, indent=4))
    return b


def mx_member_event(c):
    r = c.r
    p = c.person()
    loc = p.acct(r)
    obj = {"type": "m.room.member", "sender": S("@", N(loc), ":" + MX), "state_key": S("@", N(loc), ":" + MX),
           "content": {"membership": "join", "displayname": N(p.disp())}, "origin_server_ts": now_epoch(r) * 1000,
           "event_id": "$" + alnum(r, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN0123456789")}
    return B()(ts_sp(r), ",", str(r.randint(100, 999)), " - synapse.handlers.federation - INFO - persisted ",
               JC(obj, ascii=r.random() < 0.4))


def irc_neg_split(c):
    r = c.r
    return B()(_ircts(r), " link.SERVER_LINKED [info] Server linked: irc", str(r.randint(1, 9)), ".", CHAT,
               " -> hub.", CHAT, " [secure: TLSv1.3-TLS_CHACHA20_POLY1305_SHA256]\n", _ircts(r),
               " services [info] NickServ: expired ", str(r.randint(1, 300)), " nicknames; ChanServ: ",
               str(r.randint(0, 20)), " channels dropped")


def irc_neg_services(c):
    r = c.r
    b = B()
    b("--- Log opened ", ts_sp(r), "\n")
    b(ts_hm(r) + " -ChanServ- Channel #",
      r.choice(["frostfall", "help"]), " is registered to ", r.choice(SERVICE_ACCTS), "\n")
    b(ts_hm(r) + " < ", r.choice(BOTS), "> Topic: ", r.choice(CODE_NAMES),
      " playtest ", r.choice(["Saturday", "Friday"]), " | status: ", r.choice(STATUS))
    return b


def xmpp_neg(c):
    r = c.r
    return B()(ts_sp(r), ".", str(r.randint(100, 999)), " [info] <0.", str(r.randint(100, 999)),
               ".0>@gen_mod:start_module/4:", str(r.randint(100, 200)), " Loading module ", r.choice(
                   ["mod_mam", "mod_muc", "mod_http_upload", "mod_push"]), " for host ", CHAT, " (ejabberd ",
               r.choice(VERSIONS), ")")


def mx_neg_fed(c):
    r = c.r
    return B()(ts_sp(r), ",", str(r.randint(100, 999)),
               " - synapse.federation.sender.per_destination_queue - INFO - federation_transaction_transmission_loop",
               " - TX [", r.choice(["other.example", "chat.example", "social.example"]), "] Sent transaction ",
               str(r.randint(10**12, 10**13)), " with ", str(r.randint(1, 50)), " PDUs (room \"",
               r.choice(GUILDS), "\")")


# ================================================================== 8. community_bot_audit
def _dts(r):
    return ts_sp(r)


def dc_member_repr(c):
    r = c.r
    p = c.person()
    un = p.acct(r)
    nick = "None" if r.random() < 0.5 else None
    b = B()
    b(_dts(r), " INFO     bot.events Member joined: <Member id=", snowflake(r), " name='", N(un),
      "' global_name=")
    if r.random() < 0.8:
        b("'", N(p.disp()), "'")
    else:
        b("None")
    b(" bot=False nick=")
    if nick is None:
        b("'", N(p.disp_given()), "'")
    else:
        b("None")
    b(" guild=<Guild id=", snowflake(r), " name='", r.choice(GUILDS), "' shard_id=0 chunked=True member_count=",
      str(r.randint(100, 90000)), ">>")
    return b


def dc_audit_json(c):
    r = c.r
    p, victim, mod = c.people(3)
    k = r.randint(0, 2)
    reason = [S("doxxing: posted ", N(victim.full()), "'s phone ", PH(phone(r))),
              S("harassment of ", N(victim.handle(r)), " in DMs"),
              S("ban evasion, alt of ", N(p.acct(r)), " (mail ", E(p.email(r)), ")")][k]
    obj = {"id": snowflake(r), "action_type": 22, "target_id": snowflake(r), "user_id": snowflake(r),
           "reason": reason,
           "changes": [{"key": "nick", "old_value": N(p.handle(r)), "new_value": None}],
           "options": {"moderator_name": N(mod.acct(r))}}
    return B()(_dts(r), " INFO     audit.fetch guild=", snowflake(r), " entry=", JC(obj))


def dc_modmail(c):
    r = c.r
    p, mod, q = c.people(3)
    un = p.acct(r)
    b = B()
    b("── Modmail thread #", str(r.randint(1000, 9999)), " opened by ", N(un), " (", snowflake(r), ") ──\n")
    b("[", ts_sp(r), "] [User] ", N(un), ": someone posted my real name (", N(p.disp()), ") and my address\n")
    b("[", ts_sp(r), "] [Mod] ", N(mod.disp_given()), " (", N(mod.acct(r)), "): thanks, removing it now. was it ",
      N(q.handle(r)), "?\n")
    b("[", ts_sp(r), "] [User] ", N(un), ": yes, their email is ", E(q.email(r)), "\n")
    b("── thread closed by ", N(mod.acct(r)), " ──")
    return b


def dc_welcome(c):
    r = c.r
    p, mod = c.people(2)
    k = r.randint(0, 2)
    b = B()
    if k == 0:
        b(_dts(r), " INFO     welcome rendered: \"Welcome **", N(p.disp()), "** (@", N(p.acct(r)),
          ")! You are member #", str(r.randint(100, 90000)), ".\"")
    elif k == 1:
        b(_dts(r), " INFO     roles: rol «Verificado» asignado a ", N(p.disp()), " por ", N(mod.acct(r)))
    else:
        b(_dts(r), " INFO     roles: Rolle „Moderator“ an ", N(p.handle(r)), " vergeben von ", N(mod.full()))
    return b


def dc_verify(c):
    r = c.r
    p = c.person()
    return logfmt([("ts", ts_iso(r)), ("bot", r.choice(BOTS)), ("event", "verify.oauth"),
                   ("user", N(p.acct(r))), ("user_id", snowflake(r)), ("email", E(p.email(r))),
                   ("ip", IP(ip(r))), ("result", r.choice(["verified", "vpn_blocked", "alt_suspected"]))])


def dc_gateway(c):
    r = c.r
    p = c.person()
    inner = {"t": "GUILD_MEMBER_UPDATE", "s": r.randint(1, 9000), "op": 0,
             "d": {"user": {"id": snowflake(r), "username": N(p.acct(r)), "global_name": N(p.disp())},
                   "nick": N(p.disp_given()), "guild_id": snowflake(r), "roles": [snowflake(r)]}}
    ib = JC(inner, ascii=r.random() < 0.3)
    b = B()
    b('{"level":"debug","ts":', str(now_epoch(r)), '.', str(r.randint(100, 999)), ',"logger":"gateway","msg":"dispatch",',
      '"shard":', str(r.randint(0, 15)), ',"payload":"')
    b(ib, enc=jstr)
    b('"}')
    b.doc("json", 0)
    return b


def dc_search(c):
    r = c.r
    p, mod = c.people(2)
    b = B()
    b(ts_sp(r), " DEBUG    http GET https://discord.example/api/v10/guilds/", snowflake(r), "/members/search?")
    b(query([("query", N(p.disp() if r.random() < 0.5 else p.disp_given())), ("limit", "10")],
            enc=pct if r.random() < 0.5 else form))
    b(" -> 200 (", str(r.randint(0, 9)), " results) requested by ", N(mod.acct(r)))
    return b


def dc_neg_start(c):
    r = c.r
    return B()(_dts(r), " INFO     discord.client logging in using static token\n", _dts(r),
               " INFO     discord.gateway Shard ID ", str(r.randint(0, 15)), " has connected to Gateway (Session ID: ",
               hexid(r, 32), ").\n", _dts(r), " INFO     bot ", r.choice(BOTS), " synced ", str(r.randint(3, 40)),
               " application commands")


def dc_neg_repr(c):
    r = c.r
    bot = r.choice(BOTS)
    return B()(_dts(r), " INFO     bot.events Member joined: <Member id=", snowflake(r), " name='",
               bot.lower(), "' global_name='", bot, "' bot=True nick=None guild=<Guild id=", snowflake(r),
               " name='", r.choice(GUILDS), "' shard_id=0 chunked=True member_count=", str(r.randint(100, 90000)),
               ">>")


def dc_neg_audit(c):
    r = c.r
    obj = {"id": snowflake(r), "action_type": r.choice([10, 11, 30, 31]), "user_id": snowflake(r),
           "reason": r.choice(["channel cleanup", "automod: spam links", "raid protection enabled"]),
           "changes": [{"key": "name", "old_value": r.choice(MAPS).lower().replace(" ", "-"),
                        "new_value": r.choice(PLACES).lower() + "-chat"}],
           "options": {"moderator_name": r.choice(BOTS)}}
    return B()(_dts(r), " INFO     audit.fetch guild=", snowflake(r), " entry=", JC(obj))


def dc_neg_i18n(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(_dts(r), " INFO     autoresponder locale=", loc, " trigger=\"!report\" reply=\"", txt,
               "\" guild='", r.choice(GUILDS), "' by ", r.choice(BOTS))


# ================================================================== 9. forum_admin_logs
def _php_s(v) -> B:
    """PHP serialize() of one string: s:<bytes>:"...";"""
    from core import plain
    b = B()
    b("s:", str(len(plain(v).encode("utf-8"))), ':"')
    b.add(v)
    b('";')
    return b


def fo_phpbb(c):
    r = c.r
    p = c.person()
    k = r.randint(0, 2)
    b = B()
    b(ts_sp(r), " [sql] INSERT INTO phpbb_log (log_type, user_id, forum_id, topic_id, reportee_id, log_ip, ",
      "log_time, log_operation, log_data) VALUES (", str(r.choice([0, 1, 2])), ", ", str(r.randint(2, 90000)),
      ", 0, 0, ", str(r.randint(0, 90000)), ", '", IP(ipv4(r)), "', ", str(now_epoch(r)), ", '")
    if k == 0:
        b("LOG_USER_NEW', 'a:1:{i:0;", _php_s(N(p.acct(r))), "}')")
    elif k == 1:
        mod = c.person()
        b("LOG_BAN_USER', 'a:2:{i:0;", _php_s(N(p.handle(r))), "i:1;", _php_s(S("spam, real name ", N(p.full()))),
          "}')  -- by ", N(mod.acct(r)))
    else:
        b("LOG_USER_UPDATE_EMAIL', 'a:3:{i:0;", _php_s(N(p.acct(r))), "i:1;", _php_s(E(p.email(r))), "i:2;",
          _php_s(E(p.email(r))), "}')")
    return b


def fo_modlog_csv(c):
    r = c.r
    n = r.randint(2, 4)
    b = B()
    b("log_date,moderator,action,content_type,content_title,content_user\n")
    for _ in range(n):
        m, u = c.people(2)
        b(ts_sp(r), ",", N(m.acct(r)), ",", r.choice(["delete_soft", "edit", "warn", "move", "spam_clean"]), ",",
          r.choice(["post", "thread", "profile_post"]), ",\"", csvq(r.choice(["Patch notes 1.42", "LFG Frostfall",
                                                                               "Trade thread", "Bug: crash on load"])),
          "\",")
        if r.random() < 0.4:
            b('"', N(u.last_first()), '"')
        else:
            b(N(u.handle(r)))
        b("\n")
    return b


def fo_sfs(c):
    r = c.r
    p = c.person()
    addr = ipv4(r)
    b = B()
    b(ts_sp(r), " [antispam] GET https://api.stopforumspam.example/api?")
    b(query([("username", N(p.handle(r) if r.random() < 0.5 else p.disp())), ("email", E(p.email(r))),
             ("ip", IP(addr)), ("json", "")]))
    b("\n", ts_sp(r), " [antispam] result ip.appears=", str(r.randint(0, 1)), " email.frequency=",
      str(r.randint(0, 40)), " -> ", r.choice(["allow", "moderate", "reject"]))
    return b


def fo_online(c):
    r = c.r
    n = r.randint(2, 4)
    b = B()
    b("Who's Online (", str(r.randint(20, 900)), " users)\n")
    b(f"{'User':<22}{'Last Activity':<16}{'Location':<28}IP Address\n")
    for _ in range(n):
        p = c.person()
        p.use_native = False
        h = p.handle(r)
        loc = r.choice(["Viewing Thread 'LFG EU'", "Viewing Forum Index", "Editing Profile", "Private Messages"])
        b(N(h), " " * max(1, 22 - len(h)), f"{r.randint(1, 12)}:{r.randint(0, 59):02d} PM".ljust(16),
          loc[:27].ljust(28), IP(ip(r)), "\n")
    b(f"{'Guest':<22}{'10:21 AM':<16}{'Viewing Forum Index':<28}(hidden)")
    return b


def fo_reg_mail(c):
    r = c.r
    p = c.person()
    k = r.randint(0, 2)
    hd = p.handle(r)
    if k == 0:
        return B()("Neuer Benutzer wartet auf Freischaltung\nBenutzername: ", N(hd), "\nE-Mail: ", E(p.email(r)),
                   "\nIP: ", IP(ip(r)), "\nRegistriert: ", ts_sp(r))
    if k == 1:
        return B()("Nouvel utilisateur en attente de validation\nNom d'utilisateur : ", N(hd), "\nNom réel : ",
                   N(p.disp()), "\nCourriel : ", E(p.email(r)), "\nAdresse IP : ", IP(ip(r)))
    return B()("New user awaiting approval\nUsername: ", N(hd), "\nEmail: ", E(p.email(r)), "\nIP: ", IP(ip(r)),
               "\nReferral: ", N(c.person().handle(r)))


def fo_pm_repr(c):
    r = c.r
    a, z = c.people(2)
    obj = Obj("PrivateMessage", id=r.randint(10**4, 10**6),
              author=Obj("User", username=N(a.acct(r)), real_name=N(a.disp())),
              recipient=Obj("User", username=N(z.handle(r)), real_name=N(z.disp())), ip=IP(ipv4(r)),
              subject="Re: trade")
    b = B()
    b("WARNING importer.vbulletin: skipped message with broken BBCode: ")
    b(PY(obj))
    return b


def fo_rename(c):
    r = c.r
    p, m = c.people(2)
    m.use_native = False
    return B()(ts_sp(r), " [user_rename] '", N(p.handle(r)), "' -> '", N(p.acct(r)), "' by moderator \"",
               N(m.last_first()), "\" reason=\"", r.choice(["requested by user", "impersonation", "GDPR"]), "\"")


def fo_search(c):
    r = c.r
    p = c.person()
    b = B()
    b(IP(ip(r)), " - - [", ts_clf(r), "] \"GET /search.php?")
    b(query([("keywords", r.choice(["crash", "trade", "patch"])), ("author", N(p.handle(r) if r.random() < 0.5
                                                                                else p.disp())),
             ("sr", "posts")], enc=form if r.random() < 0.5 else pct))
    b(" HTTP/1.1\" 200 ", str(r.randint(2000, 30000)))
    return b


def fo_neg_cron(c):
    r = c.r
    return B()(ts_sp(r), " [cron] task=", r.choice(["search_index_rebuild", "prune_sessions", "tidy_warnings",
                                                      "queue_mail"]), " status=", r.choice(STATUS), " rows=",
               str(r.randint(0, 90000)), " took=", str(r.randint(1, 900)), "ms runner=", r.choice(SERVICE_ACCTS))


def fo_neg_csv(c):
    r = c.r
    b = B()
    b("log_date,moderator,action,content_type,content_title,content_user\n")
    for _ in range(r.randint(2, 3)):
        b(ts_sp(r), ",", r.choice(BOTS), ",spam_clean,post,\"", r.choice(["Cheap gold", "Free skins!!"]),
          "\",Guest\n")
    return b


def fo_neg_phpbb(c):
    r = c.r
    return B()(ts_sp(r), " [sql] INSERT INTO phpbb_log (log_type, user_id, log_ip, log_time, log_operation, ",
               "log_data) VALUES (0, 1, '', ", str(now_epoch(r)), ", 'LOG_", r.choice(
                   ["PURGE_CACHE", "SEARCH_INDEX_CREATED", "CONFIG_SETTINGS"]), "', 'a:1:{i:0;s:",
               str(len("Frostfall Forums")), ":\"Frostfall Forums\";}')")


def fo_neg_lang(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_sp(r), " [acp] language pack ", loc, " ", r.choice(VERSIONS), " installed; sample string \"",
               txt, "\"; board \"", r.choice(PLACES), " Chapter\" ", r.choice(STATUS))


# ================================================================== 10. dating_safety
def dt_match(c):
    r = c.r
    a, z = c.people(2)
    return logfmt([("ts", ts_iso(r)), ("event", "match.created"), ("match_id", uuid(r)), ("user_a", N(a.acct(r))),
                   ("user_b", N(z.acct(r))), ("distance_km", f"{r.uniform(0.4, 60):.1f}"),
                   ("super_like", r.choice(["true", "false"])), ("client_ip", IP(ip(r)))])


def dt_scanner(c):
    r = c.r
    p = c.person()
    k = r.randint(0, 3)
    ex = [S("text me on ", PH(phone(r)), " or ", E(p.email(r)), ", I'm ", N(p.disp_given()), " btw"),
          S("mi número es ", PH(phone(r)), ", pregunta por ", N(p.disp_given())),
          S("schreib mir lieber auf WhatsApp ", PH(phone(r, "de")), " – ", N(p.disp_given())),
          S("find me on insta, ", N(p.handle(r)), " (", N(p.disp()), ")")][k]
    obj = {"msg_id": hexid(r, 16), "sender": N(p.acct(r)), "lang": ["en", "es", "de", "en"][k], "excerpt": ex,
           "flags": ["off_platform_contact"], "action": r.choice(["warn_sender", "hold", "allow"])}
    return B()(ts_iso(r), " WARN  msg-scanner ", JC(obj, ascii=r.random() < 0.3))


def dt_selfie(c):
    r = c.r
    p, rv = c.people(2)
    return logfmt([("ts", ts_iso(r)), ("verification", "photo"), ("result", r.choice(["failed", "passed"])),
                   ("reason", r.choice(["face_mismatch", "liveness", "ok"])), ("profile_name", N(p.disp_given())),
                   ("age", r.randint(18, 70)), ("reviewer", N(rv.acct(r))), ("city", r.choice(PLACES))])


def dt_report(c):
    r = c.r
    rep, sc, alias = c.people(3)
    b = B()
    b("Safety report #", str(r.randint(10**5, 10**6)), " (romance_scam)\n")
    b("reporter: ", N(rep.disp_given()), " (", N(rep.acct(r)), ")\nreported: \"", N(sc.disp()), "\" (",
      N(sc.acct(r)), ")\n")
    b("narrative: \"They said their real name is ", N(alias.full()), " and asked for gift cards. His WhatsApp is ",
      PH(phone(r)), ".\"\nassigned_to: ", N(c.person().last_first()))
    return b


def dt_profile_repr(c):
    r = c.r
    p = c.person()
    obj = Obj("Profile", user_id=r.randint(10**6, 10**8), first_name=N(p.disp_given()), age=r.randint(18, 70),
              city=r.choice(PLACES), bio=S("Ask ", N(c.person().disp_given()), " about me :)"),
              prompts=["Dos and don'ts"], last_ip=IP(ipv4(r)))
    return B()(ts_sp(r), " ERROR recs.ranker: feature extraction failed for ", PY(obj),
               "\nKeyError: 'embedding_v3'")


def dt_idv_xml(c):
    r = c.r
    p = c.person()
    b = B()
    b(ts_iso(r), " INFO  idv.callback vendor=", r.choice(["AgeCheckCo", "VerifyNow"]), "\n")
    st = len(b)
    b("<Result requestId=\"", uuid(r), "\">\n  <Person>\n    <FirstName>", N(p.disp_given()), "</FirstName>\n",
      "    <LastName>", N(p.disp_family()), "</LastName>\n    <DocNumber>", alnum(r, 9), "</DocNumber>\n",
      "  </Person>\n  <Decision>", r.choice(["APPROVED", "DECLINED", "REVIEW"]), "</Decision>\n</Result>")
    b.doc("xml", st)
    return b


def dt_block(c):
    r = c.r
    a, z = c.people(2)
    k = r.randint(0, 2)
    if k == 0:
        return B()(ts_sp(r), " [safety] Usuario ", N(a.acct(r)), " bloqueó a ", N(z.disp_given()),
                   " (motivo: acoso)")
    if k == 1:
        return B()(ts_sp(r), " [safety] ", N(a.handle(r)), " a bloqué ", N(z.disp()), " — motif : faux profil")
    return B()(ts_sp(r), " [safety] user ", N(a.acct(r)), " unmatched ", N(z.acct(r)), " and reported: ",
               r.choice(["spam", "underage", "offensive"]))


def dt_bgcheck(c):
    r = c.r
    p, ag = c.people(2)
    p.use_native = False
    k = r.randint(0, 2)
    pairs = [("ts", ts_iso(r)), ("event", "bgcheck.request"), ("provider", r.choice(["SafeDate", "ClearCheck"])),
             ("subject", N(f"{p.family.upper()}, {p.given.upper()}")), ("member", N(p.acct(r)))]
    if k == 0:
        pairs.append(("ssn", SSN(ssn(r))))
    elif k == 1:
        pairs.append(("ssn_last4", SSN(last4(r))))
    pairs += [("result", r.choice(["clear", "consider", "pending"])), ("agent", N(ag.acct(r)))]
    return logfmt(pairs)


def dt_billing(c):
    r = c.r
    p = c.person()
    p.use_native = False
    return B()(ts_sp(r), " ERROR billing.subscriptions charge failed plan=", r.choice(["Gold", "Platinum", "Plus"]),
               " member=", N(p.acct(r)), " card=", CC(card(r)), " holder=\"", N(p.upper()), "\" reason=",
               r.choice(["do_not_honor", "insufficient_funds", "expired_card"]), " ip=", IP(ip(r)))


def dt_neg_stats(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("msg", "daily matches"), ("market", r.choice(PLACES)),
                   ("matches", r.randint(100, 90000)), ("reports", r.randint(0, 500)),
                   ("model", r.choice(CODE_NAMES)), ("owner", r.choice(SERVICE_ACCTS))])


def dt_neg_deploy(c):
    r = c.r
    return B()(ts_sp(r), " INFO recs.ranker deployed model ", r.choice(CODE_NAMES).lower().replace(" ", "-"), "-v",
               r.choice(VERSIONS), " canary=", str(r.randint(1, 50)), "% by ", r.choice(SERVICE_ACCTS))


def dt_neg_prompts(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_sp(r), " INFO i18n prompts synced locale=", loc, " strings=[\"Dos and Don'ts\", ",
               "\"Two Truths and a Lie\", \"", txt, "\"] status=", r.choice(STATUS))


def dt_neg_launch(c):
    r = c.r
    a, z = r.sample(PLACES, 2)
    return B()(ts_sp(r), " [growth] Now live in ", a, " and ", z, "; campaign '", r.choice(CODE_NAMES), "' ",
               r.choice(STATUS))


# ================================================================== 11. fediverse_federation
def fv_actor(c):
    r = c.r
    p = c.person()
    u = p.acct(r, style=r.choice(["first", "first_last", "firstl", "first.last"]), digits=False).replace(".", "_")
    base = "https://" + SOC + "/users/"
    obj = {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
           "id": S(base, N(u)), "type": "Person", "preferredUsername": N(u), "name": N(p.disp()),
           "inbox": S(base, N(u), "/inbox"), "outbox": S(base, N(u), "/outbox"),
           "summary": S("<p>", r.choice(["Speedrunner", "Modder", "Pixel artist"]), ". Posts in EN/DE.</p>"),
           "publicKey": {"id": S(base, N(u), "#main-key"), "owner": S(base, N(u)),
                         "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqh" + alnum(r, 20) + "\n-----END "
                                                                                              "PUBLIC KEY-----\n"}}
    b = B()
    b(ts_iso(r), " DEBUG ap.fetch actor ", S(base, N(u)), " ->\n")
    b(J(obj, indent=2))
    return b


def fv_webfinger(c):
    r = c.r
    p = c.person()
    u = p.acct(r, digits=False)
    b = B()
    b(IP(ip(r)), " - - [", ts_clf(r), "] \"GET /.well-known/webfinger?")
    b(query([("resource", S("acct:", E(u + "@" + SOC)))], enc=pct))
    b(" HTTP/1.1\" 200 ", str(r.randint(300, 900)), " \"-\" \"", r.choice(["Mastodon/4.3.2", "Misskey/2024.11.0",
                                                                             "GoToSocial/0.17"]),
      " (+https://other.example/)\"")
    return b


def fv_flag(c):
    r = c.r
    p, v = c.people(2)
    u = p.acct(r, digits=False).replace(".", "_")
    obj = {"@context": "https://www.w3.org/ns/activitystreams", "id": "https://other.example/" + uuid(r),
           "type": "Flag", "actor": "https://other.example/actor",
           "object": [S("https://" + SOC + "/users/", N(u)),
                      S("https://" + SOC + "/users/", N(u), "/statuses/", str(r.randint(10**17, 10**18)))],
           "content": S(r.choice(["Harassing ", "Doxxing "]), N(v.disp()), ", posted ",
                        r.choice(["her", "his", "their"]), " phone ", PH(phone(r)))}
    return B()(ts_iso(r), " INFO  inbox received Flag from other.example: ", JC(obj))


def fv_delivery(c):
    r = c.r
    a, z = c.people(2)
    ua, uz = a.acct(r, digits=False), z.acct(r, digits=False)
    return B()(ts_iso(r), " WARN  delivery failed inbox=https://other.example/users/", N(uz), "/inbox activity=",
               r.choice(["Follow", "Create", "Like", "Announce"]), " actor=@", E(ua + "@" + SOC), " status=",
               r.choice(["410", "401", "503"]), " attempt=", str(r.randint(1, 16)))


def fv_modaction(c):
    r = c.r
    p, m = c.people(2)
    u = p.acct(r, digits=False)
    return B()(ts_iso(r), " INFO  admin Account @", E(u + "@" + SOC), " ", r.choice(["suspended", "silenced",
                                                                                    "limited"]),
               " by moderator \"", N(m.disp()), "\" (", N(m.acct(r)), "); reason=\"",
               r.choice(["spam", "ban evasion", "harassment"]), "\" report=", str(r.randint(1, 9000)))


def fv_notify(c):
    r = c.r
    p = c.person()
    u = p.acct(r, digits=False)
    k = r.randint(0, 3)
    pre = ts_iso(r) + " DEBUG mailer notification: "
    if k == 0:
        return B()(pre, N(p.disp()), " (@", E(u + "@" + SOC), ") a demandé à vous suivre")
    if k == 1:
        return B()(pre, N(p.disp()), " (@", E(u + "@" + SOC), ") möchte dir folgen")
    if k == 2:
        return B()(pre, N(p.disp()), " (@", E(u + "@" + SOC), ") さんがあなたをフォローしました")
    return B()(pre, N(p.disp()), " (@", E(u + "@" + SOC), ") te ha mencionado")


def fv_sig(c):
    r = c.r
    p = c.person()
    u = p.acct(r, digits=False).replace(".", "_")
    return B()(ts_iso(r), " WARN  http-signature verification failed keyId=\"https://", SOC, "/users/", N(u),
               "#main-key\" algorithm=\"rsa-sha256\" headers=\"(request-target) host date digest\" from ",
               IP(ip(r)))


def fv_neg_stats(c):
    r = c.r
    obj = {"version": "2.0", "software": {"name": "mastodon", "version": r.choice(VERSIONS)},
           "usage": {"users": {"total": r.randint(100, 90000), "activeMonth": r.randint(10, 9000)},
                     "localPosts": r.randint(1000, 10**6)}, "openRegistrations": r.choice([True, False]),
           "metadata": {"nodeName": r.choice(PLACES) + " Social"}}
    return B()(ts_iso(r), " DEBUG nodeinfo served ", JC(obj))


def fv_neg_relay(c):
    r = c.r
    return B()(ts_iso(r), " INFO  relay subscription ", r.choice(["accepted", "pending", "rejected"]),
               " actor=https://relay.other.example/actor inbox=https://relay.other.example/inbox by ",
               r.choice(SERVICE_ACCTS))


def fv_neg_block(c):
    r = c.r
    return B()(ts_iso(r), " INFO  admin Domain block added: spam-", str(r.randint(1, 99)), ".example severity=",
               r.choice(["suspend", "silence", "noop"]), " reject_media=true by ", r.choice(SERVICE_ACCTS))


def fv_neg_emoji(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_iso(r), " INFO  custom emoji imported :", r.choice(HEROES).lower(), "_wave: category=\"",
               r.choice(CODE_NAMES), "\" locale=", loc, " alt=\"", txt, "\"")


# ================================================================== 12. takedown_privacy_requests
def tk_dmca_mail(c):
    r = c.r
    p = c.person()
    p.use_native = False
    up = c.person()
    ch = up.handle(r)
    return B()("From: \"", N(p.full()), "\" <", E(p.email(r)), ">\nTo: ", E("copyright@videos.example"),
               "\nSubject: DMCA Takedown Notice - clip by ", N(ch), "\nDate: ", ts_mail(r), "\n\n",
               "I, ", N(p.full()), ", am the owner of the footage at https://videos.example/u/", N(ch), "/clip/",
               str(r.randint(10**5, 10**7)), ". I have a good faith belief that this use is not authorized.\n",
               "/s/ ", N(p.full()), "\nPhone: ", PH(phone(r)))


def tk_notice_json(c):
    r = c.r
    s, up = c.people(2)
    h = up.handle(r)
    obj = {"notice": {"type": "DMCA", "date_sent": ts_iso(r, ms=False),
                      "sender": {"name": N(s.disp()), "email": E(s.email(r))},
                      "principal": {"name": r.choice(COMPANIES)},
                      "works": [{"description": r.choice(["Frostfall OST track 3", "Tournament VOD", "Fan art"]),
                                 "infringing_urls": [S("https://videos.example/u/", N(h), "/clip/",
                                                       str(r.randint(10**5, 10**7)))]}]}}
    return B()(ts_iso(r), " INFO  legal.intake notice stored ", J(obj, indent=2) if r.random() < 0.5 else JC(obj))


def tk_dsar(c):
    r = c.r
    p = c.person()
    p.use_native = False
    a = p.acct(r)
    rid = f"DSR-2026-{r.randint(10000, 99999)}"
    return logfmt([("ts", ts_iso(r)), ("event", "dsar.export"), ("request", rid), ("subject", N(p.last_first())),
                   ("email", E(p.email(r))), ("status", "ready"),
                   ("file", S("s3://dsar-exports/2026/", f"{r.randint(1, 12):02d}", "/dsar_", N(a), "_", rid,
                              ".zip")),
                   ("requested_ip", IP(ip(r)))])


def tk_erasure_sql(c):
    r = c.r
    p = c.person()
    a = p.acct(r)
    k = r.randint(0, 1)
    b = B()
    if k == 0:
        b(ts_sp(r), " [erasure] DELETE FROM profiles WHERE email = '", E(p.email(r)), "'; -- art17 request by ",
          N(c.person().acct(r)))
    else:
        b(ts_sp(r), " [erasure] UPDATE users SET display_name = '[deleted]', real_name = NULL WHERE username = '",
          N(a), "' AND real_name = '", N(p.disp()), "'")
    return b


def tk_le_csv(c):
    r = c.r
    b = B()
    b("case_id,agency,officer,officer_email,officer_phone,target_account,target_ip,status\n")
    for _ in range(r.randint(1, 3)):
        o, t = c.people(2)
        o.use_native = False
        b("LE-", str(r.randint(1000, 9999)), ",", r.choice(["Metro PD", "Landeskriminalamt", "Policía Nacional"]),
          ",\"", N(o.last_first()), "\",", E(o.email(r, "police.example")), ",", PH(phone(r)), ",", N(t.handle(r)),
          ",", IP(ip(r)), ",", r.choice(["received", "legal_review", "produced"]), "\n")
    return b


def tk_counter(c):
    r = c.r
    p, rep = c.people(2)
    k = r.randint(0, 1)
    if k == 0:
        return B()("Gegendarstellung von ", N(p.full()), " (Kanal ", N(p.handle(r)), ") zu Meldung ",
                   str(r.randint(1000, 9999)), ": Das Video ist mein eigenes Material. Kontakt: ", E(p.email(r)),
                   ", ", PH(phone(r, "de")), ". Bearbeitet von ", N(rep.full()))
    return B()("Contranotificación de ", N(p.full()), " (canal ", N(p.handle(r)), ") sobre el aviso ",
               str(r.randint(1000, 9999)), ": el clip es de mi autoría. Contacto: ", E(p.email(r)),
               ". Revisado por ", N(rep.acct(r)))


def tk_repr(c):
    r = c.r
    p, v = c.people(2)
    obj = Obj("ErasureRequest", id=r.randint(10**4, 10**6),
              subject=Obj("Subject", name=N(p.disp()), email=E(p.email(r)), handle=N(p.handle(r))),
              verified_by=N(v.acct(r)), scope=["profile", "messages", "matches"])
    return B()("Traceback (most recent call last):\n  File \"/srv/privacy/erase.py\", line ", str(r.randint(40, 300)),
               ", in run\n    purge(req)\nprivacy.errors.LegalHold: account under legal hold: ", PY(obj))


def tk_neg_transp(c):
    r = c.r
    b = B()
    b("period,notices,urls_removed,counter_notices,le_requests\n")
    for q in ("2025H2", "2026H1"):
        b(q, ",", str(r.randint(100, 9000)), ",", str(r.randint(100, 90000)), ",", str(r.randint(0, 300)), ",",
          str(r.randint(0, 900)), "\n")
    return b


def tk_neg_notice(c):
    r = c.r
    obj = {"notice": {"type": "DMCA", "date_sent": ts_iso(r, ms=False),
                      "sender": {"name": "Rights Desk", "organization": r.choice(COMPANIES)},
                      "principal": {"name": r.choice(COMPANIES)},
                      "works": [{"description": r.choice(["Frostfall OST track 3", "Character art: " +
                                                          r.choice(HEROES)]),
                                 "infringing_urls": ["https://videos.example/c/" + str(r.randint(10**5, 10**7))]}]}}
    return B()(ts_iso(r), " INFO  legal.intake notice stored ", JC(obj))


def tk_neg_retention(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("event", "retention.sweep"), ("table", r.choice(
        ["chat_messages", "match_history", "reports"])), ("deleted", r.randint(0, 10**6)), ("policy", "P90D"),
                   ("runner", r.choice(SERVICE_ACCTS)), ("status", r.choice(STATUS))])


def tk_neg_policy(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_sp(r), " [legal] policy text published locale=", loc, " version=", r.choice(VERSIONS),
               " title=\"Community Guidelines\" button=\"", txt, "\" approved_by=", r.choice(SERVICE_ACCTS))


FAMILIES = [
    ("irc_xmpp_matrix", [irc_connect, irc_log, xmpp_auth, xmpp_stanza, mx_access, mx_admin, mx_member_event],
     [irc_neg_split, irc_neg_services, xmpp_neg, mx_neg_fed]),
    ("community_bot_audit", [dc_member_repr, dc_audit_json, dc_modmail, dc_welcome, dc_verify, dc_gateway,
                             dc_search],
     [dc_neg_start, dc_neg_repr, dc_neg_audit, dc_neg_i18n]),
    ("forum_admin_logs", [fo_phpbb, fo_modlog_csv, fo_sfs, fo_online, fo_reg_mail, fo_pm_repr, fo_rename,
                          fo_search],
     [fo_neg_cron, fo_neg_csv, fo_neg_phpbb, fo_neg_lang]),
    ("dating_safety", [dt_match, dt_scanner, dt_selfie, dt_report, dt_profile_repr, dt_idv_xml, dt_block,
                       dt_bgcheck, dt_billing],
     [dt_neg_stats, dt_neg_deploy, dt_neg_prompts, dt_neg_launch]),
    ("fediverse_federation", [fv_actor, fv_webfinger, fv_flag, fv_delivery, fv_modaction, fv_notify, fv_sig],
     [fv_neg_stats, fv_neg_relay, fv_neg_block, fv_neg_emoji]),
    ("takedown_privacy_requests", [tk_dmca_mail, tk_notice_json, tk_dsar, tk_erasure_sql, tk_le_csv, tk_counter,
                                   tk_repr],
     [tk_neg_transp, tk_neg_notice, tk_neg_retention, tk_neg_policy]),
]

_UNUSED = (pct,)
