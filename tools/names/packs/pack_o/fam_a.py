"""pack_o families 1-6: matchmaking, Unreal dedicated servers, esports, crash telemetry, store, player support."""

from __future__ import annotations

from core import (
    BOTS,
    CC,
    CODE_NAMES,
    COMPANIES,
    EMAIL_DOMAINS,
    GAME_MODES,
    HEROES,
    IP,
    JC,
    MAPS,
    NPCS,
    PH,
    PLACES,
    PY,
    REGIONS,
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
    X,
    alnum,
    card,
    csvq,
    epoch,
    form,
    hexid,
    ip,
    ipv4,
    last4,
    logfmt,
    pct,
    phone,
    query,
    rbq,
    snowflake,
    ssn,
    steam64,
    ts_clf,
    ts_hms,
    ts_iso,
    ts_mail,
    ts_sp,
    ts_ue,
    uuid,
    xesc,
)

PLATFORMS = ["steam", "psn", "xbl", "epic", "nintendo", "battlenet"]


def _lvl(r):
    return r.choice(["INFO", "INFO", "WARN", "DEBUG"])


def _mmr(r):
    return r.randint(800, 3400)


# ================================================================== 1. matchmaking_lobby
def mm_ticket(c):
    r = c.r
    p = c.person()
    mates = c.people(r.randint(0, 2))
    b = B()
    b(ts_iso(r), " ", _lvl(r), "  [mm-frontend] CreateTicket ok ticket=ct_", hexid(r, 20), " ")
    party = [{"account_id": uuid(r), "display_name": N(q.handle(r)), "mmr": _mmr(r)} for q in mates]
    obj = {"search_fields": {"string_args": {"region": r.choice(REGIONS), "mode": r.choice(GAME_MODES)},
                             "double_args": {"mmr": float(_mmr(r)), "latency_ms": float(r.randint(12, 140))}},
           "extensions": {"owner": {"account_id": uuid(r), "display_name": N(p.handle(r)),
                                    "platform": r.choice(PLATFORMS), "client_ip": IP(ip(r))},
                          "party": party}}
    b(JC(obj) if r.random() < 0.6 else J(obj))
    return b


def mm_party_logfmt(c):
    r = c.r
    a, z = c.people(2)
    pairs = [("ts", ts_iso(r)), ("level", "info"), ("msg", r.choice(["party invite", "party join", "party kick"])),
             ("party", "pty_" + str(r.randint(1000, 99999))), ("leader", N(a.handle(r))),
             ("invitee", N(z.handle(r))), ("platform", r.choice(PLATFORMS)), ("region", r.choice(REGIONS))]
    if r.random() < 0.6:
        pairs.append(("src_ip", IP(ip(r))))
    if r.random() < 0.4:
        pairs.append(("note", S("invited by ", N(a.disp()))))
    return logfmt(pairs)


def mm_lobby_table(c):
    r = c.r
    host = c.person()
    n = r.randint(2, 4)
    ps = c.people(n)
    b = B()
    lid = f"lb-{r.randint(1000, 9999)}"
    b("> lobby show ", lid, "\n")
    b("LOBBY ", lid, "  mode=", r.choice(GAME_MODES), "  region=", r.choice(REGIONS), "  state=FILLING  host=",
      N(host.acct(r)), "\n")
    b(" SLOT  TEAM  PLAYER                MMR   PING   ADDR\n")
    for i, q in enumerate(ps, 1):
        h = q.handle(r)
        addr = ip(r, v6=0.1)
        b(f" {i:<4}  {'AB'[i % 2]:<4}  ", N(h), " " * max(1, 22 - len(h)), f"{_mmr(r):<5} {r.randint(9, 180):>3}ms  ")
        if ":" in addr:
            b("[", IP(addr), "]:", str(r.randint(1024, 65535)))
        else:
            b(IP(addr), ":", str(r.randint(1024, 65535)))
        b("\n")
    b(f" {n + 1:<4}  -     -                     -     -      -")
    return b


def mm_assign(c):
    r = c.r
    ps = c.people(r.randint(2, 4))
    b = B()
    b(ts_sp(r), " [director] MatchAssigned match=m_", hexid(r, 12), " server=gs-", r.choice(REGIONS), "-",
      str(r.randint(1, 40)), " conn=", IP(ipv4(r)), ":", str(r.randint(7000, 7999)), " players=[")
    for i, q in enumerate(ps):
        if i:
            b(", ")
        b(N(q.handle(r)), "(acc_", str(r.randint(100000, 999999)), ")")
    b("]")
    return b


def mm_penalty(c):
    r = c.r
    p = c.person()
    agent = c.person()
    k = r.randint(0, 2)
    b = B()
    if k == 0:
        b(ts_iso(r), " WARN  penalty-svc Applied leaver penalty to user \"", N(p.full()), "\" <",
          E(p.email(r)), "> (acct=", N(p.acct(r)), ") match=m_", hexid(r, 10), " cooldown=15m")
    elif k == 1:
        b(ts_iso(r), " INFO  penalty-svc Penalización por abandono aplicada a ", N(p.disp()),
          " (", N(p.handle(r)), "); revisado por ", N(agent.acct(r)))
    else:
        b(ts_iso(r), " INFO  penalty-svc Strafe wegen Spielabbruch für ", N(p.disp()), " aufgehoben durch ",
          N(agent.full()), " – Grund: Verbindungsabbruch bestätigt (Client-IP ", IP(ip(r)), ")")
    return b


def mm_ticket_repr(c):
    r = c.r
    ps = c.people(r.randint(1, 3))
    b = B()
    b(ts_sp(r), ",", str(r.randint(100, 999)), " ERROR matchmaker.backfill: could not place ticket ")
    obj = Obj("Ticket", id="ct_" + hexid(r, 10), mode=r.choice(GAME_MODES),
              players=[Obj("Player", name=N(q.disp()), handle=N(q.handle(r)), ip=IP(ipv4(r)), mmr=_mmr(r))
                       for q in ps], created=float(epoch(r)))
    b(PY(obj))
    b("\nTraceback (most recent call last):\n  File \"/srv/mm/backfill.py\", line ", str(r.randint(40, 400)),
      ", in place\n    slot = pool.reserve(ticket)\nmatchmaker.errors.PoolExhausted: no slots in region ",
      r.choice(REGIONS))
    return b


def mm_search(c):
    r = c.r
    p = c.person()
    ag = c.person()
    b = B()
    b(IP(ip(r)), " - ", N(ag.acct(r)), " [", ts_clf(r), "] \"GET /admin/v1/players/search?")
    q = [("q", N(p.disp() if r.random() < 0.6 else p.handle(r))), ("platform", r.choice(PLATFORMS)),
         ("include", "mmr,history")]
    b(query(q, enc=form if r.random() < 0.5 else pct))
    b(" HTTP/1.1\" 200 ", str(r.randint(200, 9000)), " \"https://mm-admin.example/players\" \"Mozilla/5.0\"")
    return b


def mm_neg_stats(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("level", "info"), ("msg", "pool stats"), ("pool", r.choice(GAME_MODES)),
                   ("region", r.choice(REGIONS)), ("tickets", r.randint(10, 9000)),
                   ("p50_wait", f"{r.uniform(2, 30):.1f}s"), ("p99_wait", f"{r.uniform(40, 200):.0f}s"),
                   ("owner", r.choice(SERVICE_ACCTS))])


def mm_neg_bots(c):
    r = c.r
    b = B()
    lid = f"lb-{r.randint(1000, 9999)}"
    b("> lobby show ", lid, "\n")
    b("LOBBY ", lid, "  mode=", r.choice(GAME_MODES), "  region=", r.choice(REGIONS),
      "  state=READY  host=", r.choice(SERVICE_ACCTS), "\n")
    b(" SLOT  TEAM  PLAYER                MMR   PING   ADDR\n")
    for i in range(1, r.randint(3, 5)):
        h = "BOT_" + r.choice(HEROES)
        b(f" {i:<4}  {'AB'[i % 2]:<4}  {h:<22}-     -      local\n")
    b(" note: backfilled with bots (difficulty=", r.choice(["easy", "normal", "hard"]), ")")
    return b


def mm_neg_alloc(c):
    r = c.r
    return B()(ts_sp(r), " [director] GameServerAllocation fleet=", r.choice(REGIONS), "-fleet-",
               r.choice(["blue", "green"]), " gs=gs-", hexid(r, 5), " map=\"", r.choice(MAPS), "\" mode=",
               r.choice(GAME_MODES), " state=", r.choice(["Allocated", "Ready", "Shutdown"]), " build=",
               r.choice(VERSIONS))


def mm_neg_ui(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_iso(r), " DEBUG ui.toast key=mm.", r.choice(["found", "cancel", "report", "party"]), " locale=",
               loc, " text=\"", txt, "\" status=", r.choice(STATUS), " hero=", r.choice(HEROES))


# ================================================================== 2. ue_dedicated_server
def _uets(r):
    return ts_ue(r)


def _eos(r):
    return "EOS:" + hexid(r, 32)


def ue_login(c):
    r = c.r
    p = c.person()
    b = B()
    k = r.randint(0, 2)
    nm = p.handle(r) if k == 0 else p.full()
    b(_uets(r), "LogNet: NotifyAcceptingConnection accepted from: ", IP(ipv4(r)), ":", str(r.randint(1024, 65535)),
      "\n")
    b(_uets(r), "LogNet: Login request: ?Name=")
    if k == 2:
        b(N(nm), enc=pct)
    else:
        b(N(nm.replace(" ", "")) if k == 1 else N(nm))
    b("?SplitscreenCount=1 userId: ", _eos(r), " platform: EOS\n")
    b(_uets(r), "LogNet: Join succeeded: ", N(nm.replace(" ", "") if k == 1 else nm))
    return b


def ue_close(c):
    r = c.r
    p = c.person()
    b = B()
    b(_uets(r), "LogNet: UNetConnection::Close: [UNetConnection] RemoteAddr: ", IP(ipv4(r)), ":",
      str(r.randint(1024, 65535)), ", Name: IpConnection_", str(r.randint(2147480000, 2147483000)),
      ", Driver: GameNetDriver IpNetDriver_", str(r.randint(2147480000, 2147483000)),
      ", IsServer: YES, PC: BP_PlayerController_C_", str(r.randint(2147480000, 2147483000)),
      ", Owner: BP_PlayerController_C_", str(r.randint(2147480000, 2147483000)), ", UniqueId: ", _eos(r),
      ", Channels: ", str(r.randint(3, 40)), ", Time: ", ts_ue(r)[1:20], "\n")
    b(_uets(r), "LogGameMode: Display: Player ", N(p.handle(r)), " left the game (", r.choice(
        ["Timeout", "ClientQuit", "Kicked"]), ")")
    return b


def ue_battleye(c):
    r = c.r
    p = c.person()
    rep = c.person() if r.random() < 0.6 else None
    n = r.randint(0, 63)
    nm = p.full() if r.random() < 0.6 else p.handle(r)
    guid = hexid(r, 32)
    b = B()
    t = ts_hms(r)
    b(t, " Player #", str(n), " ", N(nm), " (", IP(ipv4(r)), ":", str(r.randint(2300, 2400)), ") connected\n")
    b(t, " Player #", str(n), " ", N(nm), " - BE GUID: ", guid, "\n")
    b(t, " Verified GUID (", guid, ") of player #", str(n), " ", N(nm), "\n")
    if rep:
        b(t, " Player #", str(n), " ", N(nm), " (", guid, ") has been kicked by BattlEye: Admin Ban (",
          r.choice(["aimbot", "esp", "speedhack", "toxicity"]), " - reported by ", N(rep.handle(r)), ")")
    else:
        b(t, " RCon admin #0 (", IP(ipv4(r, "p10")), ":", str(r.randint(2300, 2400)), ") logged in")
    return b


def ue_chat(c):
    r = c.r
    p, q = c.people(2)
    b = B()
    b(_uets(r), "LogChat: [", r.choice(["Global", "Team", "Squad"]), "] ", N(p.handle(r)), ": ")
    k = r.randint(0, 3)
    if k == 0:
        b("add me on discord, or mail ", E(p.email(r)), " lol")
    elif k == 1:
        b("gg ", N(q.disp_given()), ", text me ", PH(phone(r)), " for scrims")
    elif k == 2:
        b("wer ist ", N(q.handle(r)), "? der heißt doch ", N(q.full()))
    else:
        b("@", N(q.handle(r)), " ur ip is ", IP(ipv4(r)), " btw")
    b("\n", _uets(r), "LogChat: Warning: message flagged by filter (pii) sender=", N(p.handle(r)))
    return b


def ue_admin(c):
    r = c.r
    adm, p = c.people(2)
    b = B()
    cmd = r.choice(["KickPlayer", "BanPlayer", "MutePlayer"])
    b(_uets(r), "LogAdmin: Admin '", N(adm.acct(r)), "' (", _eos(r), ") executed '", cmd, " ", N(p.handle(r)),
      "' from ", IP(ipv4(r, "p10")), "\n")
    b(_uets(r), "LogAdmin: ", cmd, " target resolved: ", N(p.handle(r)), " -> ", _eos(r), " (linked name \"",
      N(p.full()), "\")")
    return b


def ue_neg_world(c):
    r = c.r
    m = r.choice(MAPS).replace(" ", "")
    b = B()
    b(_uets(r), "LogWorld: Bringing World /Game/Maps/", m, ".", m, " up for play (max tick rate ",
      str(r.choice([30, 60, 120])), ") at ", ts_ue(r)[1:20], "\n")
    b(_uets(r), "LogGameMode: Match State Changed from WaitingToStart to InProgress\n")
    b(_uets(r), "LogAI: Spawned NPC '", r.choice(NPCS), "' at Spawn_", str(r.randint(1, 30)))
    return b


def ue_neg_be(c):
    r = c.r
    b = B()
    b(ts_hms(r), " BattlEye Server: Initialized (v1.",
      str(r.randint(200, 240)), ")\n")
    b("Players on server:\n[#] [IP Address]:[Port] [Ping] [GUID] [Name]\n--------------------------------------------------\n")
    b("(0 players in total)")
    return b


def ue_neg_bots(c):
    r = c.r
    h = r.choice(HEROES)
    return B()(_uets(r), "LogGameMode: Display: Bot BOT_", h, " joined team ", str(r.randint(0, 1)),
               " (", r.choice(["Easy", "Hard", "Nightmare"]), ")\n", _uets(r),
               "LogNet: Join succeeded: BOT_", h, "\n", _uets(r), "LogOnline: Session '",
               r.choice(CODE_NAMES), "' state ", r.choice(STATUS))


def ue_neg_admin(c):
    r = c.r
    return B()(_uets(r), "LogAdmin: Admin '", r.choice(SERVICE_ACCTS), "' executed 'ServerTravel /Game/Maps/",
               r.choice(MAPS).replace(" ", ""), "' build ", r.choice(VERSIONS), "-CL-", str(r.randint(20000000,
                                                                                                 39999999)))


# ================================================================== 3. esports_tournament
SPONSOR_TAGS = ["NVA", "ORN", "TSK", "FNX", "KST", "VSP", "EMB", "ATL"]
TEAMS = ["Team Nova", "Orion Esports", "Kestrel Gaming", "Vesper Five", "Ember Rising", "Atlas Academy",
         "Frostfall Wolves", "Neon District"]


def es_graphql(c):
    r = c.r
    ps = c.people(r.randint(1, 3))
    nodes = []
    for q in ps:
        tag = q.handle(r)
        pre = r.choice(SPONSOR_TAGS)
        nodes.append({"id": r.randint(10**6, 10**7), "name": S(pre, " | ", N(tag)),
                      "participants": [{"gamerTag": N(tag), "prefix": pre,
                                        "user": {"name": N(q.disp()), "location": {"country": r.choice(
                                            ["Japan", "Brazil", "Germany", "Nigeria", "Canada", "Georgia"])}}}]})
    obj = {"data": {"event": {"id": r.randint(10**5, 10**6), "name": r.choice(["Main Bracket", "LCQ", "Pools"]),
                              "entrants": {"nodes": nodes}}}}
    b = B()
    b(ts_iso(r), " debug startgg.client response op=EventEntrants\n")
    b(J(obj, indent=2, ascii=r.random() < 0.3))
    return b


def es_tsv(c):
    r = c.r
    ps = c.people(r.randint(2, 4))
    b = B()
    b("seed\tentrant\tteam\tcountry\tchecked_in\tcaptain_email\n")
    for i, q in enumerate(ps, 1):
        b(str(i), "\t", N(q.handle(r)), "\t", r.choice(TEAMS), "\t", r.choice(["JP", "BR", "DE", "KR", "US", "FR"]),
          "\t", r.choice(["yes", "no"]), "\t", E(q.email(r)), "\n")
    return b


def es_checkin(c):
    r = c.r
    p = c.person()
    b = B()
    b("[checkin] ", ts_sp(r), " entrant \"", N(p.full()), "\" (", N(p.acct(r)), ") checked in for ",
      r.choice(["Pools A", "Top 64", "LCQ"]), " from ", IP(ip(r)), " seat=", r.choice("ABCD"), str(r.randint(1, 40)))
    if r.random() < 0.4:
        b(" contact=", PH(phone(r)))
    return b


def es_payout(c):
    r = c.r
    p = c.person()
    p.use_native = False
    k = r.randint(0, 2)
    pairs = [("ts", ts_iso(r)), ("event", "payout.w9"), ("recipient", N(f"{p.family.upper()}, {p.given.upper()}")),
             ("tin_type", "SSN")]
    if k == 0:
        pairs.append(("tin", SSN(ssn(r, "-"))))
    elif k == 1:
        pairs.append(("tin", SSN(ssn(r, ""))))
    else:
        pairs.append(("tin_last4", SSN(last4(r))))
    pairs += [("amount", f"{r.choice([250, 500, 1200, 2500, 10000])}.00"), ("currency", "USD"),
              ("method", r.choice(["paypal", "ach"]))]
    if pairs[-1][1] == "paypal":
        pairs.append(("paypal", E(p.email(r))))
    pairs.append(("approved_by", N(c.person().acct(r))))
    return logfmt(pairs)


def es_referee(c):
    r = c.r
    p, ref = c.people(2)
    k = r.randint(0, 3)
    b = B()
    m = r.randint(1, 64)
    if k == 0:
        b("Rapport d'arbitre — match ", str(m), " : ", N(p.full()), " (", N(p.handle(r)),
          ") disqualifié pour retard. Arbitre : ", N(ref.full()), ".")
    elif k == 1:
        b("Schiedsrichterbericht Match ", str(m), ": Verwarnung für ", N(p.disp()), " (", N(p.handle(r)),
          ") wegen unsportlichen Verhaltens. Schiedsrichter: ", N(ref.last_first()))
    elif k == 2:
        b("Informe del árbitro — partida ", str(m), ": ", N(p.disp()), " solicitó pausa técnica; aprobada por ",
          N(ref.full()), ".")
    else:
        b("Referee report, match ", str(m), ": ", N(p.handle(r)), " (", N(p.full()),
          ") used an unapproved peripheral; ruling by ", N(ref.full()), " <", E(ref.email(r)), ">")
    return b


def es_roster_csv(c):
    r = c.r
    ps = c.people(r.randint(2, 4))
    team = r.choice(TEAMS)
    b = B()
    b("team,role,legal_last,legal_first,handle,passport_country,phone\n")
    for i, q in enumerate(ps):
        q.use_native = False
        role = "captain" if i == 0 else r.choice(["player", "sub", "coach"])
        last = q.family.upper() if r.random() < 0.3 else q.family
        b(team, ",", role, ",")
        if "," in last or '"' in last:
            b('"', N(last), '"')
        else:
            b(N(last))
        b(",", N(q.given), ",", N(q.handle(r)), ",", r.choice(["JP", "BR", "DE", "KR", "US", "NG"]), ",",
          PH(phone(r)), "\n")
    return b


def es_lowerthird(c):
    r = c.r
    a, z = c.people(2)
    b = B()
    b(ts_iso(r), " overlay.push scene=lower_third\n")
    st = len(b)
    b('<lowerthird match="', str(r.randint(1, 99)), '">\n')
    for side, q in (("left", a), ("right", z)):
        b('  <', side, ' tag="', N(q.handle(r)), '" realname="', N(q.disp()), enc=None)
        b('" team="', xesc(r.choice(TEAMS)), '"/>\n')
    b('  <caster>', N(c.person().full()), '</caster>\n</lowerthird>')
    b.doc("xml", st)
    return b


def es_neg_bracket(c):
    r = c.r
    t1, t2 = r.sample(TEAMS, 2)
    return B()(ts_sp(r), " [bracket] ", r.choice(["Winners R2", "Losers R1", "Grand Final"]), ": ", t1, " ",
               str(r.randint(0, 3)), "-", str(r.randint(0, 3)), " ", t2, " on ", r.choice(MAPS), " status=",
               r.choice(STATUS))


def es_neg_prize(c):
    r = c.r
    b = B()
    b("place,payee,amount_usd\n")
    for i in range(1, r.randint(3, 5)):
        b(str(i), ",", csvq(r.choice(TEAMS)), ",", str(r.choice([500, 1000, 2500, 5000])), "\n")
    b("# sponsor: ", r.choice(COMPANIES))
    return b


def es_neg_tsv(c):
    r = c.r
    b = B()
    b("seed\tentrant\tteam\tcountry\tchecked_in\tcaptain_email\n")
    for i in range(1, r.randint(3, 5)):
        b(str(i), "\tTBD\t", r.choice(TEAMS), "\t", r.choice(["JP", "BR", "DE", "KR"]), "\tno\t-\n")
    return b


def es_neg_sched(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()("schedule: ", r.choice(["Saturday", "Sunday"]), " ", f"{r.randint(9, 20)}:00", " — ",
               r.choice(TEAMS), " vs ", r.choice(TEAMS), " @ ", r.choice(PLACES), " Arena; stream title=\"",
               r.choice(CODE_NAMES), " Cup\" locale=", loc, " cta=\"", txt, "\"")


# ================================================================== 4. crash_telemetry
def _crashguid(r):
    return f"UECC-Windows-{hexid(r, 32).upper()}_0000"


def cr_xml(c):
    r = c.r
    p = c.person()
    p.use_native = False
    acct = p.acct(r)
    host = p.g().upper()[:10]
    b = B()
    b(ts_iso(r), " crash-ingest stored runtime-xml for ", _crashguid(r), "\n")
    st = len(b)
    b('<?xml version="1.0" encoding="UTF-8"?>\n<FGenericCrashContext>\n  <RuntimeProperties>\n')
    b("    <CrashVersion>3</CrashVersion>\n    <ProcessId>", str(r.randint(1000, 60000)), "</ProcessId>\n")
    b("    <UserName>", N(acct), "</UserName>\n")
    b("    <LoginId>", hexid(r, 32), "</LoginId>\n")
    b("    <ComputerName>", N(host), "-", r.choice(["PC", "DESKTOP", "LAPTOP", "RIG"]), "</ComputerName>\n")
    b("    <BaseDir>C:/Users/", N(acct), "/AppData/Local/Frostfall/Binaries/Win64/</BaseDir>\n")
    if r.random() < 0.6:
        q = c.person()
        b("    <UserDescription>")
        b(S("crashed right when ", N(q.disp_given()), " joined my party"), enc=xesc)
        b("</UserDescription>\n")
    b("    <EngineVersion>5.3.2-", str(r.randint(20000000, 29999999)), "+++UE5+Release-5.3</EngineVersion>\n")
    b("  </RuntimeProperties>\n</FGenericCrashContext>")
    b.doc("xml", st)
    return b


def cr_event_json(c):
    r = c.r
    p = c.person()
    dev = r.choice(["PC", "Steam Deck", "MacBook Pro", "laptop"])
    obj = {"event_id": hexid(r, 32), "level": "fatal", "platform": "native", "release": "frostfall@" + r.choice(
        VERSIONS), "user": {"id": str(r.randint(10**6, 10**8)), "username": N(p.handle(r)), "ip_address": IP(ip(r)),
                            "email": E(p.email(r))},
           "contexts": {"device": {"name": S(N(p.given), "'s ", dev)}, "os": {"name": "Windows",
                                                                                    "version": "10.0.22631"}},
           "exception": {"values": [{"type": "EXCEPTION_ACCESS_VIOLATION", "value": "reading address 0x00000018"}]}}
    b = B()
    b("POST /api/", str(r.randint(2, 40)), "/envelope/ 200 ")
    b(JC(obj, ascii=r.random() < 0.3) if r.random() < 0.5 else J(obj, indent=2))
    return b


def cr_dotnet(c):
    r = c.r
    p = c.person()
    a = p.acct(r)
    b = B()
    b(ts_sp(r), " [Launcher] ERROR Unhandled exception\nSystem.UnauthorizedAccessException: Access to the path ",
      "'C:\\Users\\", N(a), "\\Documents\\My Games\\Frostfall\\Saved\\SaveGames\\slot", str(r.randint(0, 3)),
      ".sav' is denied.\n   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)\n",
      "   at Launcher.Saves.SaveWriter.Write(String path) in C:\\Users\\", N(a),
      "\\source\\repos\\Launcher\\Saves\\SaveWriter.cs:line ", str(r.randint(20, 300)), "\n",
      "   at Launcher.Program.Main(String[] args)")
    return b


def cr_python(c):
    r = c.r
    p = c.person()
    p.use_native = False
    folder = p.western() if r.random() < 0.5 else p.acct(r)
    b = B()
    b("Traceback (most recent call last):\n  File \"C:\\Users\\", N(folder),
      "\\AppData\\Local\\FrostLauncher\\lib\\updater.py\", line ", str(r.randint(40, 500)), ", in apply_patch\n",
      "    shutil.move(tmp, dest)\nPermissionError: [WinError 32] The process cannot access the file because it is "
      "being used by another process: 'C:\\\\Users\\\\", N(folder), "\\\\AppData\\\\Local\\\\FrostLauncher\\\\",
      "pak\\\\base_", str(r.randint(1, 9)), ".pak'")
    return b


def cr_upload(c):
    r = c.r
    p = c.person()
    b = B()
    b(IP(ip(r)), " - - [", ts_clf(r), "] \"POST /crashes/submit?")
    b(query([("guid", _crashguid(r)), ("user", E(p.email(r))), ("machine", S("DESKTOP-", N(p.f().upper()[:8]))),
             ("build", r.choice(VERSIONS))], enc=pct))
    b(" HTTP/1.1\" 201 ", str(r.randint(40, 900)), " \"-\" \"CrashReportClient/5.3\"")
    return b


def cr_mac(c):
    r = c.r
    p = c.person()
    a = p.acct(r)
    b = B()
    b("Process:               Frostfall [", str(r.randint(300, 9000)), "]\n",
      "Path:                  /Users/", N(a), "/Applications/Frostfall.app/Contents/MacOS/Frostfall\n",
      "Identifier:            com.example.frostfall\nVersion:               ", r.choice(VERSIONS), "\n",
      "Crashed Thread:        0  Dispatch queue: com.apple.main-thread\n",
      "Exception Type:        EXC_BAD_ACCESS (SIGSEGV)\n",
      "0   Frostfall   0x0000000104a1c2f0 FSaveGame::Serialize + 112 (/Users/", N(a), "/Library/Caches/fs.cpp:88)")
    return b


def cr_player_note(c):
    r = c.r
    p, q = c.people(2)
    k = r.randint(0, 2)
    txt = [S("ゲームがクラッシュしました。友達の", N(q.disp()), "と一緒に遊んでいた時です"),
           S("El juego se cerró cuando ", N(q.disp_given()), " me invitó; mi correo es ", E(p.email(r))),
           S("Spiel stürzt ab, sobald ", N(q.full()), " dem Server beitritt. Rückruf bitte unter ", PH(phone(r)))][k]
    obj = {"crash_id": _crashguid(r), "locale": ["ja-JP", "es-ES", "de-DE"][k], "reporter": N(p.handle(r)),
           "description": txt}
    return B()(ts_iso(r), " crash-ingest user_note ", JC(obj, ascii=r.random() < 0.5))


def cr_neg_xml(c):
    r = c.r
    b = B()
    st = len(b)
    b('<?xml version="1.0" encoding="UTF-8"?>\n<FGenericCrashContext>\n  <RuntimeProperties>\n')
    b("    <UserName>", r.choice(["steam", "gameserver", "SYSTEM", "buildagent"]), "</UserName>\n")
    b("    <ComputerName>GS-", r.choice(REGIONS).upper(), "-", f"{r.randint(1, 40):02d}", "</ComputerName>\n")
    b("    <BaseDir>C:/Users/Public/Frostfall/Binaries/Win64/</BaseDir>\n")
    b("    <EngineVersion>", r.choice(VERSIONS), "+++UE5+Release</EngineVersion>\n  </RuntimeProperties>\n",
      "</FGenericCrashContext>")
    b.doc("xml", st)
    return b


def cr_neg_trace(c):
    r = c.r
    return B()(ts_sp(r), " [Launcher] ERROR Unhandled exception\nSystem.IO.IOException: disk full\n",
               "   at Launcher.Cache.Write(String path) in D:\\a\\_work\\1\\s\\Launcher\\Cache.cs:line ",
               str(r.randint(10, 300)), "\n   at Launcher.Program.Main(String[] args)\nbuild agent: BUILD-AGENT-",
               str(r.randint(1, 30)), " version ", r.choice(VERSIONS))


def cr_neg_stats(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("msg", "crash buckets"), ("release", "frostfall@" + r.choice(VERSIONS)),
                   ("top", "FSaveGame::Serialize"), ("count", r.randint(3, 4000)), ("gpu", r.choice(
                       ["NVIDIA GeForce RTX 4070", "AMD Radeon RX 7800 XT", "Intel Arc A770"])),
                   ("owner", r.choice(SERVICE_ACCTS))])


def cr_neg_mac(c):
    r = c.r
    return B()("Process:               Frostfall [", str(r.randint(300, 9000)), "]\n",
               "Path:                  /Applications/Frostfall.app/Contents/MacOS/Frostfall\n",
               "Version:               ", r.choice(VERSIONS), "\nCode Type:             ARM-64 (Native)\n",
               "Exception Type:        EXC_CRASH (SIGABRT)\nNote: symbolicated by ", r.choice(SERVICE_ACCTS))


# ================================================================== 5. virtual_currency_store
ITEMS = ["1000 Gems", "Crystal Pack (2400)", "Season Pass", "Aurora Skin Bundle", "Starter Chest", "5000 Coins",
         "Battle Pass Premium", "Emote: Victory Dance"]


def st_xsolla(c):
    r = c.r
    p = c.person()
    obj = {"notification_type": "payment",
           "user": {"id": str(r.randint(10**6, 10**8)), "name": N(p.disp()), "email": E(p.email(r)),
                    "ip": IP(ip(r)), "country": r.choice(["US", "GB", "DE", "JP", "BR", "PH"])},
           "purchase": {"virtual_currency": {"name": "Crystals", "sku": "crystals_" + str(r.randint(1, 9)),
                                             "quantity": r.choice([500, 1200, 2400])},
                        "total": {"currency": "USD", "amount": r.choice([4.99, 9.99, 19.99, 49.99])}},
           "transaction": {"id": r.randint(10**8, 10**9), "payment_method": r.randint(1, 3000)}}
    if r.random() < 0.4:
        obj["user"]["phone"] = PH(phone(r, style="e164"))
    b = B()
    b(ts_iso(r), " INFO  webhook.store received ")
    b(J(obj, indent=2) if r.random() < 0.5 else JC(obj))
    return b


def st_ipn(c):
    r = c.r
    p = c.person()
    b = B()
    b(ts_sp(r), " DEBUG ipn.listener raw=")
    pairs = [("mc_gross", r.choice(["4.99", "9.99", "19.99"])), ("payment_status", "Completed"),
             ("first_name", N(p.disp_given())), ("last_name", N(p.disp_family())), ("payer_email", E(p.email(r))),
             ("item_name", r.choice(ITEMS)), ("custom", "acct:" + str(r.randint(10**5, 10**7))),
             ("txn_id", alnum(r, 17))]
    b(query(pairs, enc=form))
    return b


def st_card_debug(c):
    r = c.r
    p = c.person()
    p.use_native = False
    b = B()
    hold = p.upper() if r.random() < 0.6 else f"{p.family.upper()}/{p.given.upper()}"
    b(ts_sp(r), " DEBUG c.e.store.PaymentController - charge request {cardNumber=", CC(card(r)), ", holder=",
      N(hold), ", exp=", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", ", amount=", r.choice(["9.99", "19.99"]),
      ", sku=", r.choice(ITEMS), "}")
    return b


def st_gift(c):
    r = c.r
    p, g = c.people(2)
    return logfmt([("ts", ts_iso(r)), ("msg", "gift code redeemed"), ("code", alnum(r, 4) + "-" + alnum(r, 4)),
                   ("redeemer", N(p.acct(r))), ("gifted_by", N(g.disp())),
                   ("note", S(r.choice(["Happy birthday ", "Feliz cumpleaños ", "Alles Gute "]),
                              N(p.disp_given()), "! from ", N(g.disp_given()))), ("item", r.choice(ITEMS))])


def st_parental(c):
    r = c.r
    kid, par = c.people(2)
    par.use_native = False
    b = B()
    b("From: Frostfall Store <", E("noreply@store.example"), ">\nTo: \"", N(par.full()), "\" <", E(par.email(r)),
      ">\nSubject: Purchase by ", N(kid.disp_given()), " on your family account\nDate: ", ts_mail(r), "\n",
      "\nHi ", N(par.given), ",\n", N(kid.disp_given()), " bought ", r.choice(ITEMS), " for $",
      r.choice(["4.99", "9.99"]), ". Manage limits at https://store.example/family")
    return b


def st_fixed(c):
    r = c.r
    p = c.person()
    p.use_native = False
    f = p.family.upper()[:20]
    g = p.given.upper()[:15]
    b = B()
    b("D", "20260314", f"{r.randint(1, 999999):06d}", "  ", N(f), " " * (20 - len(f)), N(g), " " * (15 - len(g)),
      f"{r.randint(100, 9999):09d}", "USD", r.choice(["4", "5"]), "*" * 11, last4(r), "  ")
    b(E(p.email(r)))
    return b


def st_neg_catalog(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("msg", "catalog updated"), ("sku", "bundle_" + str(r.randint(1, 99))),
                   ("title", r.choice(ITEMS)), ("price", r.choice(["4.99", "9.99"])), ("hero", r.choice(HEROES)),
                   ("by", r.choice(SERVICE_ACCTS))])


def st_neg_ping(c):
    r = c.r
    obj = {"notification_type": "user_validation", "settings": {"project_id": r.randint(10**4, 10**6),
                                                                "merchant_id": r.randint(10**4, 10**6)},
           "user": {"id": "test_user_" + str(r.randint(1, 99)), "country": r.choice(["US", "DE"])}}
    return B()(ts_iso(r), " INFO  webhook.store received ", JC(obj))


def st_neg_fixed(c):
    r = c.r
    return B()("H20260314FROSTFALLSTORE   SETTLEMENT v", r.choice(VERSIONS), "\nT",
               f"{r.randint(1, 9999):06d}", f"{r.randint(10**5, 10**8):012d}", "USD  records=",
               str(r.randint(10, 900)), " processor=", r.choice(COMPANIES))


def st_neg_fx(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()(ts_sp(r), " INFO fx.rates EUR=", f"{r.uniform(0.8, 1.0):.4f}", " JPY=", f"{r.uniform(140, 160):.2f}",
               " storefront=", r.choice(PLACES), " banner=\"", r.choice(ITEMS), "\" locale=", loc,
               " button=\"", txt, "\"")


# ================================================================== 6. player_support_recovery
def sp_recover_form(c):
    r = c.r
    p = c.person()
    b = B()
    b(IP(ip(r)), " - - [", ts_clf(r), "] \"POST /support/recover HTTP/2\" 302 0 body=\"")
    b(query([("display_name", N(p.handle(r))), ("legal_name", N(p.disp())), ("email", E(p.email(r))),
              ("card_last4", last4(r)), ("first_ip", IP(ipv4(r))), ("platform", r.choice(PLATFORMS))]))
    b("\"")
    return b


def sp_chat(c):
    r = c.r
    p, ag, rel = c.people(3)
    t = r.randint(8, 20)
    b = B()
    b("Chat transcript #", str(r.randint(10**5, 10**6)), " (", r.choice(["Account Access", "Hacked Account"]), ")\n")
    b(f"[{t}:02] Agent ", N(ag.given), " (Tier 1): Hi ", N(p.disp_given()), ", I can help with that.\n")
    b(f"[{t}:03] ", N(p.disp_given()), ": my ", r.choice(["brother", "sister", "ex", "cousin"]), " ", N(rel.given),
      " changed the email to ", E(rel.email(r)), "\n")
    b(f"[{t}:04] Agent ", N(ag.given), ": Thanks. Can you confirm the phone on file?\n")
    b(f"[{t}:05] ", N(p.disp_given()), ": ", PH(phone(r)), "\n")
    if r.random() < 0.3:
        b(f"[{t}:05] ", N(p.disp_given()), ": the card i used was ", CC(card(r)), " if that helps\n")
    b(f"[{t}:06] System: chat transferred to ", N(ag.acct(r)), " -> ", N(c.person().acct(r)))
    return b


def sp_idv(c):
    r = c.r
    p, ag = c.people(2)
    p.use_native = False
    b = B()(ts_iso(r), " INFO idv.check player_acct=", N(p.acct(r)), " legal_name=\"", N(p.last_first()),
            "\" doc=", r.choice(["passport", "id_card", "driver_license"]), " result=", r.choice(
                ["match", "mismatch"]), " score=", f"{r.uniform(0.3, 0.99):.2f}", " agent=CORP\\",
            N(ag.acct(r)))
    if r.random() < 0.35:
        b(" country=US ssn_last4=", SSN(last4(r)))
    return b


def sp_appeal_mail(c):
    r = c.r
    p = c.person()
    h = p.handle(r)
    return B()("From: \"", N(p.disp()), "\" <", E(p.email(r)), ">\nTo: ", E("appeals@frostfall.example"),
               "\nSubject: Ban appeal - ", N(h), "\nX-Originating-IP: [", IP(ipv4(r)), "]\n\n",
               "Hello, my account ", N(h), " was banned for cheating but it was my little brother ",
               N(c.person(trad=p.trad if not p.trad.startswith("native") else None).given),
               ". Please call me at ", PH(phone(r)), ".\n-- ", N(p.disp()))


def sp_java(c):
    r = c.r
    p = c.person()
    b = B()
    b(ts_sp(r), " ERROR [support-api] c.e.support.AccountMergeService - merge failed\n",
      "com.example.support.AccountMergeException: conflicting identities for PlayerAccount{id=",
      str(r.randint(10**6, 10**8)), ", handle='", N(p.handle(r)), "', email='", E(p.email(r)), "', phone='",
      PH(phone(r, style="e164")), "', name='", N(p.disp()), "'}\n",
      "\tat com.example.support.AccountMergeService.merge(AccountMergeService.java:", str(r.randint(40, 400)), ")\n",
      "\tat com.example.support.web.MergeController.post(MergeController.java:", str(r.randint(20, 90)), ")")
    return b


def sp_handoff(c):
    r = c.r
    a, z, p = c.people(3)
    a.use_native = False
    z.use_native = False
    k = r.randint(0, 2)
    tk = f"#{r.randint(10**5, 10**6)}"
    if k == 0:
        return B()("Ticket ", tk, ": Zuständig: ", N(a.full()), " -> ", N(z.full()), " (Spieler: ", N(p.disp()), ")")
    if k == 1:
        return B()("Ticket ", tk, ": responsável alterado de ", N(a.acct(r)), " para ", N(z.acct(r)),
                   "; jogador ", N(p.handle(r)), " aguardando resposta")
    return B()("Ticket ", tk, " reassigned ", N(a.last_first()), " → ", N(z.last_first()), " player=",
               N(p.handle(r)), " email=", E(p.email(r)))


def sp_2fa(c):
    r = c.r
    ag, p = c.people(2)
    return logfmt([("ts", ts_iso(r)), ("event", "2fa.reset"), ("requested_by", N(ag.acct(r))),
                   ("target", N(p.acct(r))), ("new_phone", PH(phone(r))), ("verified", "true"),
                   ("ip", IP(ip(r)))])


def sp_neg_sla(c):
    r = c.r
    return logfmt([("ts", ts_iso(r)), ("msg", "queue sla"), ("queue", r.choice(["Account Access", "Billing",
                                                                            "Ban Appeals"])),
                   ("open", r.randint(0, 900)), ("breached", r.randint(0, 40)), ("owner", r.choice(SERVICE_ACCTS))])


def sp_neg_macro(c):
    r = c.r
    loc, txt = r.choice(UI_STRINGS)
    return B()("Ticket #", str(r.randint(10**5, 10**6)), ": macro '", r.choice(["Hacked Account",
                                                                                 "Refund Policy"]),
               "' applied by ", r.choice(SERVICE_ACCTS), " locale=", loc, " subject=\"", txt, "\" status=",
               r.choice(STATUS))


def sp_neg_bot(c):
    r = c.r
    b = B()
    b("Chat transcript #", str(r.randint(10**5, 10**6)), " (Billing)\n")
    b("[10:02] ", r.choice(BOTS), ": Hi there! I'm the support assistant. How can I help?\n")
    b("[10:02] Visitor: refund\n[10:03] ", r.choice(BOTS), ": Refunds for ", r.choice(ITEMS),
      " are handled in the store. Status: ", r.choice(STATUS))
    return b


def sp_neg_route(c):
    r = c.r
    return B()("Ticket #", str(r.randint(10**5, 10**6)), " routed queue=", r.choice(["Tier 2", "Trust & Safety"]),
               " -> ", r.choice(["Tier 3", "Payments"]), " by rule '", r.choice(CODE_NAMES), "' region=",
               r.choice(PLACES))


FAMILIES = [
    ("matchmaking_lobby", [mm_ticket, mm_party_logfmt, mm_lobby_table, mm_assign, mm_penalty, mm_ticket_repr,
                           mm_search],
     [mm_neg_stats, mm_neg_bots, mm_neg_alloc, mm_neg_ui]),
    ("ue_dedicated_server", [ue_login, ue_close, ue_battleye, ue_chat, ue_admin],
     [ue_neg_world, ue_neg_be, ue_neg_bots, ue_neg_admin]),
    ("esports_tournament", [es_graphql, es_tsv, es_checkin, es_payout, es_referee, es_roster_csv, es_lowerthird],
     [es_neg_bracket, es_neg_prize, es_neg_tsv, es_neg_sched]),
    ("crash_telemetry", [cr_xml, cr_event_json, cr_dotnet, cr_python, cr_upload, cr_mac, cr_player_note],
     [cr_neg_xml, cr_neg_trace, cr_neg_stats, cr_neg_mac]),
    ("virtual_currency_store", [st_xsolla, st_ipn, st_card_debug, st_gift, st_parental, st_fixed],
     [st_neg_catalog, st_neg_ping, st_neg_fixed, st_neg_fx]),
    ("player_support_recovery", [sp_recover_form, sp_chat, sp_idv, sp_appeal_mail, sp_java, sp_handoff, sp_2fa],
     [sp_neg_sla, sp_neg_macro, sp_neg_bot, sp_neg_route]),
]

_UNUSED = (BOTS, EMAIL_DOMAINS, X, rbq, snowflake, steam64)
