"""Families 1-6 of pack_aa: crew rostering, crew control, crew layovers, crew training, MRO parts and hangar."""

from __future__ import annotations

import core as K
from core import Cat, Doc, S

# ==============================================================================================
# 1. crew_roster_publish

DUTY = ["X ", "X ", "SB", "R1", "R2", "VA", "GT", "SI", "OF", "LV", "DH"]


def _duties(c, n=10):
    out = []
    for _ in range(n):
        out.append(c.c(DUTY) if c.chance(0.5) else f"{c.ri(1000, 9999)}"[:2] + c.c("ABCDEF"))
    return " ".join(d.ljust(3)[:3] for d in out)


def _roster_head(c, d: Doc, who):
    base = c.c(K.AIRPORTS)[0]
    d.t(f"ROSTER PERIOD {K.ddmon(c.rng)}-{K.ddmon(c.rng)}  BASE {base}  FLEET {c.c(K.AC_TYPES)}  "
        f"PRINTED {K.iso(c.rng, False).replace('T', ' ')[:16]} BY ")
    d.add(who)
    d.t("\nSTAFF   NAME                            RNK  " + " ".join(f"{i:02d} " for i in range(1, 11)).rstrip())
    d.t("\n------  ------------------------------  ---  " + " ".join("---" for _ in range(10)))


def r1_fixed_roster(c):
    d = Doc()
    printer = S(c.login(c.person()).upper()) if c.chance(0.5) else c.c(["CREWBATCH", "AIMS_BATCH", "svc_roster"])
    _roster_head(c, d, printer)
    for _ in range(c.ri(3, 6)):
        if c.chance(0.15):
            d.t(f"\n{'------':8}{'OPEN TIME':32}{c.c(['CP', 'FO', 'SO']):5}{_duties(c)}")
            continue
        p = c.person()
        name = c.c([p.LF(), K.fold(p.LF()), p.up()])
        if len(name) > 30:
            name = p.SG()
        d.t(f"\n{K.emp(c.rng):8}")
        d.v(name)
        d.t(" " * (32 - len(name)) + f"{c.c(['CP', 'FO', 'SO', 'PU', 'FA', 'CC']):5}{_duties(c)}")
    d.t(f"\n*** END OF ROSTER  {c.ri(12, 480)} LINES ***")
    return d


def r1n_fixed_roster(c):
    d = Doc()
    _roster_head(c, d, c.c(["CREWBATCH", "AIMS_BATCH", "svc_roster", "SCHEDULER"]))
    for _ in range(c.ri(3, 6)):
        d.t(f"\n{'------':8}{c.c(['OPEN TIME', 'VACANT', 'RESERVE POOL', 'DEADHEAD POOL', 'TBA']):32}"
            f"{c.c(['CP', 'FO', 'SO', 'PU', 'FA']):5}{_duties(c)}")
    d.t(f"\n*** END OF ROSTER  {c.ri(12, 480)} LINES ***")
    return d


def r2_publish_json(c):
    p = c.person()
    d = Doc()
    obj = {"event": "roster.published", "period": f"2026-{c.ri(1, 12):02d}", "version": c.ri(1, 9),
           "crewMember": {"employeeId": K.emp(c.rng), "firstName": S(p.given), "lastName": S(p.family),
                          "rank": c.c(["CPT", "FO", "SFO", "CSM", "FA"]), "base": c.c(K.AIRPORTS)[0]},
           "publishedBy": S(c.login(c.person())) if c.chance(0.5) else c.c(["svc_roster", "crewsync-bot"]),
           "notification": {"channel": "email", "to": S(c.email(p), "EMAIL")},
           "changes": c.ri(0, 14), "system": c.c(["NetLine/Crew", "AIMS", "Sabre CrewTrac"])}
    if c.chance(0.3):
        obj["notification"]["sms"] = S(c.phone(p, "e164"), "PHONE")
    K.jdoc(d, obj, indent=c.c([2, 4, None]))
    return d


def r2n_publish_json(c):
    d = Doc()
    obj = {"event": "roster.published", "period": f"2026-{c.ri(1, 12):02d}", "version": c.ri(1, 9),
           "crewMember": None, "scope": f"BASE {c.c(K.AIRPORTS)[0]} ALL RANKS",
           "publishedBy": c.c(["svc_roster", "crewsync-bot", "AIMS_BATCH"]),
           "notification": {"channel": "push", "to": "topic:roster-" + c.c(K.AIRPORTS)[0].lower()},
           "changes": c.ri(100, 4000), "system": c.c(["NetLine/Crew", "AIMS", "Sabre CrewTrac"])}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def r3_tradeboard(c):
    a, b = c.person(), c.person()
    d = Doc()
    d.t(f"ts={K.iso(c.rng)} level=info svc=tradeboard event=trade.request requester=")
    d.v(c.login(a))
    d.t(' requester_name="')
    d.v(c.nm(a, "full western"))
    d.t('" counterpart=')
    d.v(c.login(b))
    d.t(f" trip=P{c.ri(1000, 9999)}/{K.ddmon(c.rng)} offered=P{c.ri(1000, 9999)} "
        f"status={c.c(['pending_approval', 'approved', 'rejected_legality'])} approver=")
    d.add(c.c(["svc_roster", "crew-legality", S(c.login(c.person()))]))
    return d


def r3n_tradeboard(c):
    d = Doc()
    d.t(f"ts={K.iso(c.rng)} level=info svc=tradeboard event=trade.expire requester=- "
        f'requester_name="{c.c(K.PLACEHOLDERS)}" counterpart=- trip=P{c.ri(1000, 9999)}/{K.ddmon(c.rng)} '
        f"status=expired approver={c.c(['crewsync-bot', 'svc_roster'])} reason=window_closed")
    return d


def r4_crew_csv(c):
    d = Doc()
    sep = c.c([";", ",", "\t"])
    cols = ["crew_id", "last_name", "first_name", "rank", "base", "seniority", "email"]
    d.t(sep.join(cols))
    for _ in range(c.ri(2, 5)):
        p = c.person()
        d.t(f"\n{K.emp(c.rng)}{sep}")
        d.v(p.FAM() if c.chance(0.3) else p.family)
        d.t(sep)
        d.v(p.given)
        d.t(f"{sep}{c.c(['CPT', 'FO', 'FA', 'PUR'])}{sep}{c.c(K.AIRPORTS)[0]}{sep}{c.ri(1, 3400)}{sep}")
        d.v(c.email(p), "EMAIL")
    return d



def _stack(pkg: str, frames: list[tuple[str, str, int]]) -> str:
    return "".join(f"\n\tat {pkg}.{cls}.{m}({cls.split('.')[-1].split('$')[0]}.java:{ln})" for cls, m, ln in frames)


def r5_legality_exc(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng, False).replace('T', ' ')},{c.ri(100, 999)} ERROR [optimizer-worker-{c.ri(1, 8)}] "
        f"c.a.crew.legality.FdpChecker - Legality violation in pairing P{c.ri(1000, 9999)}\n"
        f"com.example.crew.legality.FdpExceededException: FDP {c.ri(13, 15)}:{c.ri(0, 59):02d} exceeds max 13:00 "
        f"for CrewMember{{id={K.emp(c.rng)}, name='")
    d.v(c.nm(p, "full western"))
    d.t(f"', rank={c.c(['CP', 'FO'])}, base={c.c(K.AIRPORTS)[0]}, login='")
    d.v(c.login(p))
    d.t("'}")
    d.t(_stack("com.example.crew.legality", [("FdpChecker", "check", c.ri(80, 300)),
                                             ("PairingValidator", "validate", c.ri(40, 200)),
                                             ("Optimizer$Worker", "run", c.ri(90, 400))]))
    return d


def r5n_legality_exc(c):
    d = Doc()
    d.t(f"{K.iso(c.rng, False).replace('T', ' ')},{c.ri(100, 999)} WARN  [optimizer-worker-{c.ri(1, 8)}] "
        f"c.a.crew.coverage.CoverageChecker - Uncovered position\n"
        f"com.example.crew.coverage.PairingUncoveredException: Pairing P{c.ri(1000, 9999)} position "
        f"{c.c(['CP', 'FO', 'FA'])} is {c.c(['OPEN TIME', 'VACANT', 'UNASSIGNED'])} "
        f"(CrewMember{{id=null, name='{c.c(['RESERVE POOL', 'TBA', 'n/a'])}', base={c.c(K.AIRPORTS)[0]}}})")
    d.t(_stack("com.example.crew.coverage", [("CoverageChecker", "check", c.ri(80, 300)),
                                             ("Optimizer$Worker", "run", c.ri(90, 400))]))
    return d


def r6_bid_award_xml(c):
    d = Doc()
    m = d.mark()
    d.t(f'<bidAward period="2026-{c.ri(1, 12):02d}" base="{c.c(K.AIRPORTS)[0]}" fleet="{c.c(K.AC_TYPES)}">\n')
    for _ in range(c.ri(1, 3)):
        p = c.person()
        d.t(f'  <crew empNo="{K.emp(c.rng)}" login="')
        d.v(c.login(p), enc=K.xesc)
        d.t('">\n    <name>')
        d.t("<given>").v(p.given, enc=K.xesc).t("</given><family>").v(p.family, enc=K.xesc).t("</family>")
        d.t(f"</name>\n    <seniority>{c.ri(1, 3000)}</seniority>\n"
            f'    <award line="{c.ri(1, 90)}" credit="{c.ri(60, 95)}:{c.ri(0, 59):02d}"/>\n  </crew>\n')
    d.t("</bidAward>")
    d.check("xml", m)
    return d


def r7_notes(c):
    p, q = c.person(), c.person()
    d = Doc()
    lang = c.c(["de", "es", "fr", "en", "pt"])
    fl = c.ri(1000, 9999)
    if lang == "de":
        d.t("Dienstplanänderung: Kapitän ").v(p.family).t(f" übernimmt Umlauf {fl} am {c.ri(1, 28):02d}.03.; "
                                                         "Rückfragen an ").v(q.western()).t(" (Crew Planning), Tel. ")
        d.v(c.phone(q), "PHONE")
    elif lang == "es":
        d.t("Cambio de programación: la TCP ").v(p.full()).t(f" pasa a imaginaria (SBY) el {c.ri(1, 28):02d}/04. "
                                                          "Avisado por ").v(c.login(q)).t(".")
    elif lang == "fr":
        d.t("Modification planning : le CDB ").v(p.family).t(" remplace ").v(q.full())
        d.t(f" sur la rotation {fl} du {c.ri(1, 28):02d}/05. Merci de confirmer à ").v(c.email(p), "EMAIL")
    elif lang == "en":
        d.t("roster change ack'd by FO ").v(p.gi()).t(" via crew app; ").v(q.given).t(" to re-check the rest period")
    else:
        d.t("Alteração de escala: comissária ").v(p.full()).t(f" trocou o voo {fl} com ").v(q.full())
        d.t(", aprovado pela escala.")
    return d



# ==============================================================================================
# 2. crew_control_callouts


def c1_ivr(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} crewcall0{c.ri(1, 4)} ivr[{c.ri(1000, 40000)}]: callout id=CO-{c.ri(10000, 99999)} "
        f"pool=RSV-{c.c(K.AIRPORTS)[0]}-{c.c(K.AC_TYPES)} crew=")
    d.v(c.login(p))
    d.t(' name="').v(c.c([p.lf(), p.LF(), p.full()])).t('" dial=')
    d.v(c.phone(p, c.c(["e164", "intl", "00"])), "PHONE")
    res = c.c(["ANSWERED dtmf=1 accepted=yes", "ANSWERED dtmf=2 accepted=no", "NO_ANSWER", "VOICEMAIL"])
    d.t(f" attempt={c.ri(1, 3)} result={res}")
    return d


def c1n_ivr(c):
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} crewcall0{c.ri(1, 4)} ivr[{c.ri(1000, 40000)}]: callout id=CO-{c.ri(10000, 99999)} "
        f"pool=RSV-{c.c(K.AIRPORTS)[0]}-{c.c(K.AC_TYPES)} crew=- name=\"{c.c(['RESERVE POOL', 'TBA', 'n/a'])}\" "
        f"dial=- attempt=0 result=NO_CANDIDATE legal_reserves={c.ri(0, 3)}")
    return d


def c2_signon(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} SIGNON stn={c.c(K.AIRPORTS)[0]} kiosk=KIOSK-{c.ri(1, 9)} emp={K.emp(c.rng)} user=")
    d.v(c.login(p, c.c(["flast", "lastf", "firstl"]), False).upper())
    d.t(' "').v(c.nm(p, "full western up")).t(f'" duty=P{c.ri(1000, 9999)} report={K.hhmm(c.rng)}Z fit=Y '
                                              f"decl=Y ip=")
    d.v(c.ip(0.1), "IP_ADDRESS")
    return d



def c3_ops_chat(c):
    a, b = c.person(), c.person()
    la = c.login(a)
    fl = K.flight(c.rng)
    d = Doc()
    h = c.ri(0, 21)
    d.t(f"[{h:02d}:12] <").v(la).t(f"> {fl} still short one FO, calling reserves now\n")
    d.t(f"[{h:02d}:14] <").v(b.full()).t("> I can take it, already at the hotel\n")
    d.t(f"[{h:02d}:15] <").v(la).t("> thanks ").v(b.given).t(", assigning you. ")
    if c.chance(0.6):
        d.t("if transport is late call me on ").v(c.phone(a), "PHONE")
    else:
        d.t("cc @").v(c.login(c.person()))
    d.t(f"\n[{h:02d}:16] <opsbot> pairing updated: {fl} FO seat filled")
    return d


def c3n_ops_chat(c):
    d = Doc()
    fl = K.flight(c.rng)
    d.t(f"[0{c.ri(0, 9)}:02] <opsbot> {fl} delay code 93 (late inbound), new ETD {K.hhmm(c.rng)}Z\n"
        f"[0{c.ri(0, 9)}:03] <{c.c(['ramp_owl', 'nightshift_ops', 'squawk7000'])}> ack\n"
        f"[0{c.ri(0, 9)}:05] <opsbot> crew legal until {K.hhmm(c.rng)}Z, no reserve needed; tail "
        f"{K.reg(c.rng)} '{c.c(K.AIRCRAFT_NAMES)}' swapped in at {c.c(K.PLACE_NAMES)}")
    return d


def c4_frms_json(c):
    p, q = c.person(), c.person()
    d = Doc()
    obj = {"reportId": f"FRMS-{c.ri(2025, 2026)}-{c.ri(100, 9999)}", "type": "fatigue",
           "reporter": {"name": S(c.nm(p, "full western")), "crewId": K.emp(c.rng), "rank": "FO"},
           "pic": S(q.FAM()) if c.chance(0.5) else S(q.full()),
           "contactPhone": S(c.phone(p), "PHONE"),
           "narrative": Cat(["Third early start in a row; Captain ", S(q.family), " agreed to swap sectors."]),
           "kss": c.ri(5, 9), "flight": K.flight(c.rng)}
    K.jdoc(d, obj, indent=c.c([2, None]), ascii_=c.chance(0.3))
    return d


def c4n_frms_json(c):
    d = Doc()
    obj = {"report": "FRMS weekly", "base": c.c(K.AIRPORTS)[0], "reports": c.ri(3, 60),
           "meanKss": round(c.rng.uniform(3, 7), 1), "topPairing": f"P{c.ri(1000, 9999)}",
           "owner": "frms-analytics", "status": c.c(K.STATUS_WORDS), "tool": c.c(K.PRODUCTS),
           "hotspot": c.c(K.AIRPORTS_AFTER_PEOPLE)}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def c5_deadhead_repr(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng, False)} INFO positioning.book: ")
    K.pydoc(d, {"crew_id": int(K.emp(c.rng)), "name": S(c.nm(p, "full western")), "login": S(c.login(p)),
                "from": c.c(K.AIRPORTS)[0], "to": c.c(K.AIRPORTS)[0], "flight": K.flight(c.rng),
                "cabin": c.c(["Y", "J", "JS"]), "status": "HK"})
    return d


def c6_sms(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} sms.out to=").v(c.phone(p, c.c(["e164", "e164n"])), "PHONE")
    d.t(' tpl=report_change body="Hi ').v(p.given).t(f", your report for {K.flight(c.rng)} moved to "
                                                      f'{K.hhmm(c.rng)}Z. Reply OK to confirm. -Crew Control" '
                                                      f"gw=smsc-{c.ri(1, 3)} status=queued")
    return d


def c7_sick_tsv(c):
    d = Doc()
    d.t("date\temp_no\tname\trank\treported_by\tcallback\tnote")
    for _ in range(c.ri(1, 4)):
        p = c.person()
        d.t(f"\n2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}\t{K.emp(c.rng)}\t").v(c.nm(p, "full lf LF"))
        d.t(f"\t{c.c(['CPT', 'FO', 'FA'])}\t").v(c.login(c.person())).t("\t").v(c.phone(p), "PHONE")
        d.t("\t" + c.c(["sick", "sick (fit in 48h)", "family emergency", "fatigue"]))
    return d


def c8_crewapp_access(c):
    p = c.person()
    d = Doc()
    d.v(c.ip(0.3), "IP_ADDRESS").t(" - ")
    d.v(c.login(p)).t(f" [{c.ri(10, 28)}/Mar/2026:{K.hhmm(c.rng)[:2]}:{c.ri(10, 59)}:{c.ri(10, 59)} +0000] ")
    if c.chance(0.5):
        d.t('"GET /crewapp/api/v2/crew/search?name=').v(c.nm(p, "full western"), enc=c.c([K.form, K.pct]))
        d.t(f'&base={c.c(K.AIRPORTS)[0]} HTTP/1.1" 200 {c.ri(200, 9000)}')
    else:
        d.t('"GET /crewapp/api/v2/notify?to=').v(c.email(p), "EMAIL", enc=K.pct).t("&sms=")
        d.v(c.phone(p, "e164"), "PHONE", enc=K.pct).t(' HTTP/1.1" 204 0')
    d.t(f' "-" "CrewApp/{c.ri(3, 9)}.{c.ri(0, 20)}.{c.ri(0, 9)} (iOS)"')
    return d


def c7n_sick_tsv(c):
    d = Doc()
    d.t("date\tbase\tsick_calls\treserves_used\treported_by\tnote")
    for _ in range(c.ri(2, 4)):
        d.t(f"\n2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}\t{c.c(K.AIRPORTS)[0]}\t{c.ri(0, 30)}\t{c.ri(0, 20)}\t"
            f"{c.c(['CREWBATCH', 'svc_roster', 'opsctl'])}\t{c.c(['normal', 'flu season', 'n/a'])}")
    return d


# ==============================================================================================
# 3. crew_hotel_transport

HOTELS = ["Hilton Tokyo Narita", "Sheraton Frankfurt Airport", "Holiday Inn Express Heathrow", "Pullman Dubai",
          "Hotel Victoria", "Marriott Madison Square", "Novotel Charles de Gaulle", "Crowne Plaza Changi",
          "Radisson Blu Dublin Airport", "Hyatt Regency Charlotte", "Mövenpick Lagos", "Hotel Florence Airport"]


def h1_rooming_csv(c):
    d = Doc()
    d.t("hotel,checkin,checkout,crew_name,rank,room,flight")
    hotel = c.c(HOTELS)
    for _ in range(c.ri(2, 6)):
        p = c.person()
        d.t(f'\n"{hotel}",{K.ddmon(c.rng)},{K.ddmon(c.rng)},')
        if c.chance(0.5):
            d.v(p.SG())
        else:
            d.t('"').v(p.lf()).t('"')
        d.t(f",{c.c(['CA', 'FO', 'CSM', 'FA'])},{c.ri(101, 1299)},{K.flight(c.rng)}")
    return d


def h1n_rooming_csv(c):
    d = Doc()
    d.t("hotel,checkin,checkout,crew_name,rank,room,flight")
    hotel = c.c(HOTELS)
    for _ in range(c.ri(2, 5)):
        d.t(f'\n"{hotel}",{K.ddmon(c.rng)},{K.ddmon(c.rng)},{c.c(["TBA", "HOTEL TBC", "BLOCK", "DAYROOM"])},'
            f"{c.c(['CA', 'FO', 'FA'])},{c.c(['-', 'TBA'])},{K.flight(c.rng)}")
    return d


def h2_transport(c):
    drv = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} transport.dispatch job=TR-{c.ri(1000, 9999)} stn={c.c(K.AIRPORTS)[0]} "
        f"vendor=\"{c.c(['Blacklane', 'Carey', 'Airport Shuttle Co', 'Addison Lee'])}\" driver=\"")
    d.v(c.nm(drv, "full western")).t('" driver_mobile=').v(c.phone(drv), "PHONE").t(' pax="')
    for i in range(c.ri(2, 4)):
        if i:
            d.t("; ")
        d.v(c.nm(c.person(), "full gi SG"))
    d.t(f'" pickup={K.hhmm(c.rng)}L hotel="{c.c(HOTELS)}"')
    return d


def h2n_transport(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} transport.dispatch job=TR-{c.ri(1000, 9999)} stn={c.c(K.AIRPORTS)[0]} "
        f'vendor="{c.c(["Blacklane", "Carey", "Airport Shuttle Co"])}" driver="unassigned" driver_mobile=- '
        f'pax="{c.ri(3, 14)} crew (block {K.flight(c.rng)})" pickup={K.hhmm(c.rng)}L hotel="{c.c(HOTELS)}"')
    return d


def h3_hotel_mail(c):
    p = c.person()
    d = Doc()
    d.t('From: "').v(c.nm(p, "full western")).t('" <').v(c.email(p, c.c(["hotel.example", "example.com"])), "EMAIL")
    d.t(">\nTo: ").v(c.c(["crewhotels", "crew.accommodation", "layover-desk"]) + "@skyline-air.example", "EMAIL")
    d.t(f"\nSubject: Crew block {K.ddmon(c.rng)} / confirmation\n\nDear crew desk,\n\nconfirmed for tonight:\n")
    for _ in range(c.ri(1, 3)):
        q = c.person()
        d.t(f" - {c.c(['CAPT', 'F/O', 'CSM', 'F/A'])} ").v(c.nm(q, "full SG LF")).t(f"  room {c.ri(201, 1450)}\n")
    d.t("\nKind regards,\n").v(p.given).t("\nFront Office")
    return d


def h3n_block_report(c):
    d = Doc()
    d.t("HOTEL BLOCK UTILISATION  " + K.ddmon(c.rng) + "\nHOTEL                          NIGHTS ROOMS  NOSHOW\n")
    for _ in range(c.ri(3, 5)):
        d.t(f"{c.c(HOTELS)[:30]:31}{c.ri(1, 30):6} {c.ri(5, 80):5} {c.ri(0, 3):7}\n")
    d.t("prepared by: " + c.c(["svc_hotelblock", "CREWBATCH"]))
    return d


def h4_incidentals(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} pms.folio folio={c.ri(100000, 999999)} hotel=\"{c.c(HOTELS)}\" guest=\"")
    d.v(c.c([p.up(), p.SG(), p.full()])).t('" card=').v(K.card(c.rng), "CREDIT_CARD")
    d.t(f" amount={c.ri(5, 180)}.{c.ri(0, 99):02d} ccy={c.c(['EUR', 'USD', 'JPY', 'AED'])} auth=ok")
    return d


def h4n_incidentals(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} pms.folio folio={c.ri(100000, 999999)} hotel=\"{c.c(HOTELS)}\" "
        f'guest="CREW ACCOUNT {c.c(K.AIRLINES)[2].upper()}" agent="{c.c(K.COMPANIES)}" card=XXXXXXXXXXXX{c.ri(1000, 9999)} '
        f"amount={c.ri(100, 9000)}.00 ccy=EUR auth=direct_bill")
    return d


def h5_noshow_json(c):
    p, q = c.person(), c.person()
    d = Doc()
    obj = {"type": "crew_no_show", "hotel": c.c(HOTELS), "date": K.iso(c.rng)[:10],
           "crew": {"name": S(c.nm(p, "full western up")), "rank": c.c(["CA", "FO", "FA"])},
           "reportedBy": {"name": S(q.full()), "phone": S(c.phone(q), "PHONE")},
           "resolvedBy": S(c.login(c.person())), "outcome": c.c(["found in other hotel", "duplicate booking"])}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def h6_notes(c):
    d = Doc()
    lang = c.c(["ja", "pt", "es"])
    drv = c.person()
    if lang == "ja":
        p = c.person(lang="ja") if c.chance(0.5) else c.person()
        name = p.nat() if p.native else p.family
        d.v(name).t(f"様 の送迎車は {K.hhmm(c.rng)[:2]}:{K.hhmm(c.rng)[2:]} に変更されました。ドライバー: ")
        d.v(drv.given).t("（").v(c.phone(drv), "PHONE").t("）")
    elif lang == "pt":
        d.t("Transporte da tripulação confirmado: motorista ").v(drv.full()).t(", tel. ")
        d.v(c.phone(drv), "PHONE").t(f". Saída do hotel às {c.ri(3, 9):02d}h30.")
    else:
        d.t("Traslado de tripulación: el conductor ").v(drv.given).t(" llega a las ")
        d.t(f"{c.ri(3, 9):02d}:10 al {c.c(HOTELS)}; contacto ").v(c.phone(drv), "PHONE")
    return d


# ==============================================================================================
# 4. crew_training_sim

SIMS = ["FFS-A320-2 'Blériot'", "FFS-B777-1 'Lindbergh'", "FFS-A350-1 'Earhart'", "FTD-E190-3",
        "FFS-B737MAX-4 'Wright'", "FNPT-II 'Daisy'"]


def t1_sim_syslog(c):
    ins = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} ffs-{c.ri(1, 6)} ios[{c.ri(1000, 9999)}]: session start device=\"{c.c(SIMS)}\" "
        f"lesson={c.c(['OPC-2', 'LPC', 'LOFT-3', 'UPRT', 'TR-SIM7'])} instructor=")
    d.v(c.login(ins)).t(' trainees="')
    for i in range(c.ri(1, 2)):
        if i:
            d.t(", ")
        d.v(c.nm(c.person(), "full western")).t(f" ({c.c(['CP', 'FO'])})")
    d.t('" ios_ip=').v(c.ip(0.3), "IP_ADDRESS")
    return d


def t1n_sim_syslog(c):
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} ffs-{c.ri(1, 6)} ios[{c.ri(1000, 9999)}]: motion fault device=\"{c.c(SIMS)}\" "
        f"axis={c.ri(1, 6)} code=MTN-{c.ri(100, 999)} maintainer={c.c(['sim-maint', 'SYSTEM'])} "
        f"state={c.c(['Freeze', 'Reset', 'Released'])} oem=\"{c.c(['CAE', 'L3Harris', 'Thales'])}\" qtg_ref=QTG-{c.ri(1, 4)}.{c.ri(1, 9)}.{c.ri(1, 20)}")
    return d


def t2_check_json(c):
    p, e = c.person(), c.person()
    d = Doc()
    obj = {"check": c.c(["LPC", "OPC", "LC", "IR renewal"]), "result": c.c(["PASS", "PASS", "PARTIAL", "FAIL"]),
           "candidate": {"first": S(p.given), "last": S(p.family),
                         "licence": f"{c.c(['DE', 'IE', 'FR', 'NL'])}.FCL.{c.ri(10000, 99999)}"},
           "examiner": {"name": S(c.nm(e, "full western gi")), "tre": f"TRE-{c.ri(1000, 9999)}"},
           "device": c.c(SIMS), "signedAt": K.iso(c.rng)}
    K.jdoc(d, obj, compact=c.chance(0.5), ascii_=c.chance(0.25))
    return d


def t2n_check_json(c):
    d = Doc()
    obj = {"check": "FSTD qualification", "result": c.c(["PASS", "PENDING"]), "candidate": None,
           "examiner": {"name": "Authority inspector (LBA)", "tre": None}, "device": c.c(SIMS),
           "signedAt": K.iso(c.rng)}
    K.jdoc(d, obj, compact=c.chance(0.5))
    return d


def t3_training_csv(c):
    d = Doc()
    d.t("employee,name,course,completed,expires,instructor")
    for _ in range(c.ri(2, 5)):
        p = c.person()
        d.t(f"\n{K.emp(c.rng)},\"").v(c.c([p.lf(), p.LF()])).t(f"\",{c.c(['CRM', 'SEP', 'DG Cat 10', 'UPRT'])},"
                                                              f"2026-0{c.ri(1, 9)}-1{c.ri(0, 9)},2027-0{c.ri(1, 9)}-01,")
        d.v(c.login(c.person()))
    return d


def t3n_training_csv(c):
    d = Doc()
    d.t("course,date,room,seats,instructor,status")
    for _ in range(c.ri(2, 5)):
        d.t(f"\n{c.c(['CRM', 'SEP', 'DG Cat 10', 'UPRT'])},2026-0{c.ri(1, 9)}-1{c.ri(0, 9)},"
            f"{c.c(['Room Curie', 'Room Lindbergh', 'Hangar 3 classroom', 'Victoria suite'])},{c.ri(6, 24)},"
            f"{c.c(['TBD', 'TBA', 'external provider', c.c(K.COMPANIES)])},{c.c(['Open', 'Full', 'Cancelled'])}")
    return d


def t4_expiry_mail(c):
    p, q = c.person(), c.person()
    d = Doc()
    d.t("To: ").v(c.email(p), "EMAIL").t(f"\nSubject: {c.c(['OPC', 'LPC', 'Medical', 'SEP'])} expiry reminder\n\n")
    d.t(c.c(["Dear Captain ", "Dear First Officer ", "Dear "])).v(p.family).t(",\n\nyour check expires on ")
    d.t(f"2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}. Please contact ").v(q.full()).t(" (Training Admin) at ")
    d.v(c.phone(q), "PHONE").t(" to book a slot.\n\n-- crew training, ").t(c.c(K.AIRLINES)[2])
    return d


def t5_crm_sheet(c):
    ins = c.person()
    d = Doc()
    d.t(f"CRM RECURRENT {c.ri(2025, 2026)} - CLASS {c.ri(1, 40)} - INSTRUCTOR: ").v(ins.up())
    d.t("\nNO  NAME                            STAFF   RNK  SIGNED\n")
    for i in range(c.ri(3, 6)):
        p = c.person()
        nm = K.fold(p.up()) if c.chance(0.5) else p.up()
        if len(nm) > 30:
            nm = p.SG()
        d.t(f"{i + 1:<4}").v(nm).t(" " * (32 - len(nm)) + f"{K.emp(c.rng):8}{c.c(['CP', 'FO', 'FA', 'PU']):5}"
                                   f"{c.c(['YES', 'YES', 'NO'])}\n")
    d.t("END")
    return d


def t6_traceback(c):
    p = c.person()
    d = Doc()
    d.t("Traceback (most recent call last):\n  File \"/opt/qualcheck/run.py\", line 88, in <module>\n"
        "    check_all(crew)\n  File \"/opt/qualcheck/rules.py\", line 41, in check_all\n"
        "    raise QualificationError(f\"{c['name']} missing recency\")\n"
        "qualcheck.rules.QualificationError: ")
    d.v(c.nm(p, "full western")).t(f" missing recency ({c.ri(0, 2)} landings in 90 days)\n")
    d.t("locals: ")
    K.pydoc(d, {"c": {"name": S(p.full()), "login": S(c.login(p)), "type": c.c(K.AC_TYPES)}, "strict": True})
    return d


def t6n_traceback(c):
    d = Doc()
    d.t("Traceback (most recent call last):\n  File \"/opt/qualcheck/run.py\", line 12, in <module>\n"
        "    cfg = load(\"/etc/qualcheck/rules.yaml\")\n  File \"/opt/qualcheck/config.py\", line 30, in load\n"
        f"    return yaml.safe_load(fh)\nyaml.scanner.ScannerError: mapping values are not allowed here\n"
        f"  in \"/etc/qualcheck/rules.yaml\", line {c.ri(3, 90)}, column {c.ri(2, 30)}")
    return d


def t7_notes(c):
    p, q = c.person(), c.person()
    d = Doc()
    lang = c.c(["de", "fr", "es"])
    if lang == "de":
        d.t("Trainingsbericht: ").v(p.full()).t(" (FO) – Triebwerksausfall nach V1 sauber geflogen, "
                                               "Checklisten vollständig. Prüfer: ").v(q.gi())
    elif lang == "fr":
        d.t("Séance simulateur : ").v(p.full()).t(" a réalisé l'approche RNP en autonomie ; instructeur ")
        d.v(c.login(q)).t(". Débriefing OK.")
    else:
        d.t("Sesión de simulador: ").v(p.full()).t(" completó el LOFT; examinador ").v(q.full())
        d.t(". Próxima sesión: ").v(c.email(p), "EMAIL")
    return d



# ==============================================================================================
# 5. mro_parts_traceability

DESCS = ["STARTER-AIR TURBINE", "VALVE-BLEED AIR", "WHEEL ASSY-MLG", "BRAKE ASSY", "PUMP-HYDRAULIC EDP",
         "ACTUATOR-FLAP", "IDG", "APU STARTER", "FUEL CONTROL UNIT", "PROBE-PITOT", "COMPUTER-FMGEC"]


def m1_form1_xml(c):
    p = c.person()
    d = Doc()
    m = d.mark()
    d.t(f'<AuthorizedReleaseCertificate form="{c.c(["EASA Form 1", "FAA 8130-3"])}" '
        f'trackingNo="{c.c(["LHT", "SRT", "AAR"])}-{c.ri(100000, 999999)}">\n'
        f'  <Organisation approval="{c.c(["DE.145.", "EASA.145.", "FR.145."])}{c.ri(100, 999):04d}">'
        f"{K.xesc(c.c(K.COMPANIES))}</Organisation>\n"
        f'  <Item no="1"><Description>{c.c(DESCS)}</Description><PartNumber>{K.pn(c.rng)}</PartNumber>'
        f"<SerialNumber>{K.sn(c.rng)}</SerialNumber><Status>{c.c(['OVERHAULED', 'REPAIRED', 'INSPECTED', 'NEW'])}"
        "</Status></Item>\n  <Block14>\n")
    K.xml_el(d, "Signature", c.c(["ELECTRONIC", "WET INK ON FILE"]), "    ")
    K.xml_el(d, "AuthorisationRef", f"{c.c(['B1', 'CRS', 'A'])}-{c.ri(1000, 9999)}", "    ")
    K.xml_el(d, "Name", S(c.nm(p, "full western up gi")), "    ")
    K.xml_el(d, "Date", K.iso(c.rng)[:10], "    ")
    d.t("  </Block14>\n</AuthorizedReleaseCertificate>")
    d.check("xml", m)
    return d


def m1n_form1_xml(c):
    d = Doc()
    m = d.mark()
    d.t(f'<AuthorizedReleaseCertificate form="EASA Form 1" trackingNo="OEM-{c.ri(100000, 999999)}">\n'
        f'  <Organisation approval="EASA.21G.{c.ri(100, 999):04d}">{K.xesc(c.c(K.COMPANIES))}</Organisation>\n'
        f'  <Item no="1"><Description>{c.c(DESCS)}</Description><PartNumber>{K.pn(c.rng)}</PartNumber>'
        f"<SerialNumber>{K.sn(c.rng)}</SerialNumber><Status>NEW</Status></Item>\n  <Block14>\n"
        f"    <Signature>ELECTRONIC</Signature>\n    <AuthorisationRef>POA-{c.ri(100, 999)}</AuthorisationRef>\n"
        f"    <Name>{c.c(['QUALITY DEPT', 'Production Release', 'SYSTEM'])}</Name>\n"
        f"    <Date>{K.iso(c.rng)[:10]}</Date>\n  </Block14>\n</AuthorizedReleaseCertificate>")
    d.check("xml", m)
    return d


def m2_receiving(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng)} recv.inspect grn=GRN-{c.ri(100000, 999999)} pn={K.pn(c.rng)} sn={K.sn(c.rng)} "
        f"cert=\"{c.c(['FAA 8130-3', 'EASA Form 1', 'CAAC AAC-038'])}\" vendor=\"{c.c(K.COMPANIES)}\" "
        f"result={c.c(['QUARANTINE', 'ACCEPTED', 'REJECTED'])} "
        f"reason=\"{c.c(['block 13a signature missing', 'sn mismatch on dataplate', 'ok', 'shelf life exceeded'])}\" "
        "inspector=")
    d.v(c.login(p)).t(' inspector_name="').v(c.nm(p, "full western")).t('"')
    return d


def m2n_receiving(c):
    d = Doc()
    d.t(f"{K.iso(c.rng)} recv.inspect grn=GRN-{c.ri(100000, 999999)} pn={K.pn(c.rng)} sn={K.sn(c.rng)} "
        f'cert="EASA Form 1" vendor="{c.c(K.COMPANIES)}" result=ACCEPTED reason="auto-match" '
        f'inspector={c.c(["stores_auto", "amos_if", "trax_batch"])} inspector_name="Automatic receipt"')
    return d


def m3_us_tag(c):
    p, q = c.person(), c.person()
    d = Doc()
    d.t(f"UNSERVICEABLE TAG   No. U-{c.ri(100000, 999999)}\nPART NO.    : {K.pn(c.rng)}\n"
        f"SERIAL NO.  : {K.sn(c.rng)}\nDESCRIPTION : {c.c(DESCS)}\n"
        f"REMOVED FROM: {K.reg(c.rng)}  POS {c.ri(1, 4)}\n"
        f"REASON      : {c.c(['LEAKING', 'INOP', 'SCHEDULED REMOVAL', 'BIRD STRIKE DAMAGE', 'ROBBED FOR AOG'])}\n"
        "REMOVED BY  : ")
    d.v(c.c([f"{K.fold(p.family).upper()}, {p.given[0].upper()}.", p.up(), p.fi().upper()]))
    d.t(f"   STAMP {c.ri(100, 9999)}\nINSPECTED   : ").v(c.c([q.up(), q.gi().upper()]))
    d.t(f"   DATE {K.ddmon(c.rng)}26")
    return d


def m3n_shelf_life(c):
    d = Doc()
    d.t("SHELF LIFE ALERT - STORES " + c.c(K.AIRPORTS)[0] + "\nPART NO.          BATCH     EXPIRES   QTY  BIN\n")
    for _ in range(c.ri(3, 6)):
        d.t(f"{K.pn(c.rng):18}{c.ri(100000, 999999):<10}{K.ddmon(c.rng)}26  {c.ri(1, 40):3}  "
            f"{c.c('ABCDEFG')}{c.ri(1, 40):02d}-{c.ri(1, 9)}\n")
    d.t("generated by reliability_job")
    return d


def m4_history_json(c):
    d = Doc()
    hist = []
    for _ in range(c.ri(2, 4)):
        p = c.person()
        hist.append({"date": K.iso(c.rng)[:10], "event": c.c(["INSTALLED", "REMOVED", "SHOP VISIT"]),
                     "aircraft": K.reg(c.rng), "operator": c.c(K.COMPANIES),
                     "certifiedBy": S(c.nm(p, "full western up"))})
    obj = {"pn": K.pn(c.rng), "sn": K.sn(c.rng), "tsn": c.ri(100, 60000), "csn": c.ri(100, 40000),
           "backToBirth": True, "history": hist}
    K.jdoc(d, obj, indent=2)
    return d


def m4n_history_json(c):
    d = Doc()
    hist = [{"date": K.iso(c.rng)[:10], "event": c.c(["INSTALLED", "REMOVED", "SHOP VISIT"]),
             "aircraft": K.reg(c.rng), "operator": c.c(K.COMPANIES), "certifiedBy": c.c(K.COMPANIES)}
            for _ in range(c.ri(2, 4))]
    obj = {"pn": K.pn(c.rng), "sn": K.sn(c.rng), "tsn": c.ri(100, 60000), "csn": c.ri(100, 40000),
           "backToBirth": False, "history": hist}
    K.jdoc(d, obj, indent=2)
    return d


def m5_stores_tsv(c):
    d = Doc()
    d.t("issue_no\tpn\tqty\tissued_to\tname\two")
    for _ in range(c.ri(2, 5)):
        p = c.person()
        d.t(f"\nIS{c.ri(100000, 999999)}\t{K.pn(c.rng)}\t{c.ri(1, 12)}\t").v(c.login(p)).t("\t")
        d.v(c.nm(p, "full lf up")).t(f"\tWO-{c.ri(1000000, 9999999)}")
    return d


def m6_sup_mail(c):
    p = c.person()
    d = Doc()
    d.t("From: ").v(c.email(p, c.c(["aerotech.example", "example.com"])), "EMAIL").t(" (").v(p.full()).t(")\n")
    d.t(f"Subject: Suspected unapproved part report SUP-{c.ri(2025, 2026)}-{c.ri(1, 99):03d}\n\n"
        f"Part {K.pn(c.rng)} s/n {K.sn(c.rng)} received from broker with altered dataplate.\n"
        "Reporter: ").v(c.nm(p, "full western")).t(f", licence B1-{c.ri(10000, 99999)}, phone ")
    d.v(c.phone(p), "PHONE").t("\nQuarantine location: bonded store Q2.")
    return d


def m7_trace_exc(c):
    p, q = c.person(), c.person()
    d = Doc()
    d.t(f"{K.iso(c.rng, False).replace('T', ' ')} ERROR [trace-import] TraceabilityService - import failed\n"
        f"com.example.mro.trace.TraceabilityException: Certificate {c.c(['8130-3', 'Form 1'])} "
        f"{c.ri(100000, 999999)} signatory mismatch: expected CertificateSignatory{{name='")
    d.v(c.nm(p, "full western")).t(f"', authRef='CRS-{c.ri(100, 999)}'}} but found CertificateSignatory{{name='")
    d.v(c.nm(q, "full western up")).t("', authRef=null}")
    d.t(_stack("com.example.mro.trace", [("TraceabilityService", "importCert", c.ri(50, 400)),
                                         ("CertImportJob", "execute", c.ri(20, 99))]))
    return d



# ==============================================================================================
# 6. mro_hangar_ndt_tooling

TOOLS = [("TQW", "Torque wrench 20-100 Nm"), ("TQW", "Torque wrench 5-25 Nm"), ("BSC", "Videoscope 6mm"),
         ("ECP", "Eddy current probe pencil 100kHz"), ("TNS", "Tensiometer cable"), ("JKH", "Axle jack 30t"),
         ("CRM", "Crimp tool M22520"), ("MGN", "Yoke magnet AC")]


def n1_toolcrib(c):
    p = c.person()
    code, desc = c.c(TOOLS)
    d = Doc()
    d.t(f"[TOOLCRIB] {K.iso(c.rng, False)} OUT tool={code}-{c.ri(1, 99):04d} desc=\"{desc}\" "
        f"cal_due=2026-{c.ri(1, 12):02d}-01 to=")
    d.v(c.login(p)).t(' ("').v(c.nm(p, "full western")).t(f'") box=TB-{c.ri(1, 40)} wo=WO-{c.ri(1000000, 9999999)}')
    return d


def n1n_toolcrib(c):
    d = Doc()
    d.t("CALIBRATION DUE (30 days)\nTOOL       DESCRIPTION                         DUE         LOCATION\n")
    for _ in range(c.ri(3, 6)):
        code, desc = c.c(TOOLS)
        d.t(f"{code}-{c.ri(1, 99):04d}   {desc:36}2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d}  "
            f"{c.c(['Crib A', 'Crib B', 'Hangar 7', 'Line FRA'])}\n")
    return d


def n2_ndt_report(c):
    p, q = c.person(), c.person()
    d = Doc()
    meth = c.c(["Eddy current (ET)", "Ultrasonic (UT)", "Magnetic particle (MT)", "Penetrant (PT)"])
    d.t(f"NDT REPORT  {meth[-3:-1]}-{c.ri(2025, 2026)}-{c.ri(1, 9999):04d}\nMethod      : {meth}, Level II\n"
        f"Aircraft    : {K.reg(c.rng)}  MSN {c.ri(100, 9999)}\nArea        : "
        f"{c.c(['MLG axle bore', 'wing rear spar fitting', 'fan blade dovetail', 'frame 47 lap joint'])}\n"
        "Inspector   : ")
    d.v(c.nm(p, "full western")).t(f" (EN 4179 Level II, cert NDT-{c.ri(1000, 9999)})\nReviewed by : ")
    d.v(c.nm(q, "full gi")).t(" (Level III)\n")
    d.t(f"Result      : {c.c(['No relevant indications', 'Indication 3.2 mm - reject', 'Within limits'])}")
    return d


def n2n_ndt_cal(c):
    d = Doc()
    d.t(f"NDT EQUIPMENT CHECK  {K.iso(c.rng)[:10]}\nInstrument  : {c.c(['Olympus Nortec 600', 'Zetec MIZ-21C'])}"
        f"\nReference   : block RB-{c.ri(10, 99)}\nOperator    : {c.c(['ndt-lab-svc', 'weekly auto check'])}\n"
        f"Result      : {c.c(['Within limits', 'Recalibrate'])}")
    return d


def n3_borescope_json(c):
    p, q = c.person(), c.person()
    d = Doc()
    obj = {"engine": c.c(["CFM56-7B", "LEAP-1A", "Trent XWB", "GE90-115B", "PW1100G"]),
           "esn": f"{c.c(['ESN', ''])}{c.ri(100000, 999999)}", "aircraft": K.reg(c.rng),
           "inspector": {"name": S(c.nm(p, "full western")), "email": S(c.email(p), "EMAIL")},
           "reviewer": S(c.email(q), "EMAIL"),
           "findings": [{"stage": f"HPT{c.ri(1, 2)}", "blade": c.ri(1, 80),
                         "type": c.c(["burn", "nick", "coating loss"])}]}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def n3n_borescope_json(c):
    d = Doc()
    obj = {"engine": c.c(["CFM56-7B", "LEAP-1A", "Trent XWB"]), "esn": str(c.ri(100000, 999999)),
           "aircraft": K.reg(c.rng), "inspector": None, "uploadedBy": c.c(["svc-borescope", "mro-etl"]),
           "findings": [], "status": c.c(["awaiting review", "Serviceable"]), "shop": c.c(K.COMPANIES),
           "aircraftName": c.c(K.AIRCRAFT_NAMES)}
    K.jdoc(d, obj, indent=c.c([2, None]))
    return d


def n4_fod_csv(c):
    d = Doc()
    d.t("date,hangar,shift,participant,badge")
    for _ in range(c.ri(2, 5)):
        p = c.person()
        d.t(f"\n2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d},{c.c(['H7', 'H3', 'Hangar Victoria'])},{c.c('ABC')},")
        nm = c.nm(p, "full lf LF")
        d.t('"').v(nm).t('"') if "," in nm else d.v(nm)
        d.t(f",{K.badge(c.rng)}")
    return d


def n4n_slots(c):
    d = Doc()
    d.t("date,hangar,bay,aircraft,check,status")
    for _ in range(c.ri(2, 5)):
        d.t(f"\n2026-{c.ri(1, 12):02d}-{c.ri(1, 28):02d},{c.c(['H7', 'H3', 'Hangar Victoria'])},{c.ri(1, 6)},"
            f"{K.reg(c.rng)},{c.c(['A-check', 'C-check', 'Weekly'])},{c.c(K.STATUS_WORDS)}")
    return d


def n5_ground_run(c):
    p = c.person()
    d = Doc()
    d.t(f"{K.syslog_ts(c.rng)} mx-ops runreq[{c.ri(100, 9999)}]: id=GR-{c.ri(1000, 9999)} reg={K.reg(c.rng)} "
        f"engine=#{c.ri(1, 4)} power={c.c(['IDLE', 'TO', '70%N1'])} runner=")
    d.v(c.login(p)).t(' "').v(c.nm(p, "gi full")).t('" qualified=Y tower_contact=').v(c.phone(p), "PHONE")
    return d


def n6_notes(c):
    p, q = c.person(), c.person()
    d = Doc()
    lang = c.c(["de", "es", "pt"])
    if lang == "de":
        d.t("Befund Rissprüfung (MT) Fahrwerk links: keine Anzeigen. Geprüft von ").v(p.full()).t(", Stufe 2.")
    elif lang == "es":
        d.t("Inspección boroscópica motor 2 realizada por ").v(p.full()).t("; revisado por ").v(q.gi()).t(".")
    else:
        d.t("Inspeção por correntes parasitas concluída por ").v(p.full()).t(", contato ")
        d.v(c.phone(p), "PHONE").t(".")
    return d



def n7_ruby(c):
    p = c.person()
    code, desc = c.c(TOOLS)
    d = Doc()
    d.t(f"#<ToolCheckout id: {c.ri(1000, 99999)}, tool_id: \"{code}-{c.ri(1, 99):04d}\", user: #<User id: "
        f"{c.ri(10, 9999)}, login: \"")
    d.v(c.login(p)).t('", name: "').v(p.full()).t(f'">, due_back: "{K.iso(c.rng)[:10]}", condition: "ok">')
    return d


FAMILIES_A = [
    ("crew_roster_publish",
     [r1_fixed_roster, r2_publish_json, r3_tradeboard, r4_crew_csv, r5_legality_exc, r6_bid_award_xml, r7_notes],
     [r1n_fixed_roster, r2n_publish_json, r3n_tradeboard, r5n_legality_exc]),
    ("crew_control_callouts",
     [c1_ivr, c2_signon, c3_ops_chat, c4_frms_json, c5_deadhead_repr, c6_sms, c7_sick_tsv, c8_crewapp_access],
     [c1n_ivr, c3n_ops_chat, c4n_frms_json, c7n_sick_tsv]),
    ("crew_hotel_transport",
     [h1_rooming_csv, h2_transport, h3_hotel_mail, h4_incidentals, h5_noshow_json, h6_notes],
     [h1n_rooming_csv, h2n_transport, h3n_block_report, h4n_incidentals]),
    ("crew_training_sim",
     [t1_sim_syslog, t2_check_json, t3_training_csv, t4_expiry_mail, t5_crm_sheet, t6_traceback, t7_notes],
     [t1n_sim_syslog, t2n_check_json, t3n_training_csv, t6n_traceback]),
    ("mro_parts_traceability",
     [m1_form1_xml, m2_receiving, m3_us_tag, m4_history_json, m5_stores_tsv, m6_sup_mail, m7_trace_exc],
     [m1n_form1_xml, m2n_receiving, m3n_shelf_life, m4n_history_json]),
    ("mro_hangar_ndt_tooling",
     [n1_toolcrib, n2_ndt_report, n3_borescope_json, n4_fod_csv, n5_ground_run, n6_notes, n7_ruby],
     [n1n_toolcrib, n2n_ndt_cal, n3n_borescope_json, n4n_slots]),
]
