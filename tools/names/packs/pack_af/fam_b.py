"""Families 7-12 of pack_af: relocation, destination services, moving, claims/storage, translation, interpreting."""

from __future__ import annotations

from core import (
    CC,
    COMPANIES,
    EM,
    IP,
    PH,
    PLACEHOLDERS,
    PLACES,
    PRODUCTS,
    SERVICE_ACCOUNTS,
    SSN,
    STATUS,
    N,
    Obj,
    Seg,
    card,
    csv_inner,
    digits,
    fold,
    form,
    hexid,
    ip,
    js,
    json_s,
    map_segs,
    obj_dump,
    pct,
    phone,
    seg_of,
    ssn,
    upref,
    uuid,
    xml_e,
)

CITIES = ["Singapore", "Dubai", "Frankfurt", "Amsterdam", "Toronto", "Houston", "Tokyo", "Shanghai", "London",
          "Zurich", "Sydney", "Bangalore", "São Paulo", "Mexico City", "Warsaw", "Lagos", "Nairobi", "Seoul"]
LANGS = ["Arabic", "Dari", "Pashto", "Tigrinya", "Somali", "Ukrainian", "Russian", "Mandarin", "Cantonese",
         "Vietnamese", "Tagalog", "Haitian Creole", "Spanish", "Portuguese", "Punjabi", "Bengali", "Farsi",
         "Korean", "Polish", "Romanian", "Turkish", "Amharic", "Swahili", "Nepali", "ASL"]
LPAIRS = ["uk-UA>en-GB", "ar-SY>de-DE", "zh-CN>en-US", "es-MX>en-US", "pt-BR>en-GB", "vi-VN>en-AU", "tr-TR>de-DE",
          "ru-RU>en-GB", "fa-IR>sv-SE", "pl-PL>nl-NL", "ja-JP>en-US", "ko-KR>en-CA"]
POLICIES = ["Tier 1 Executive", "Tier 2 Core", "Lump Sum Plus", "Intern Light", "Permanent Transfer",
            "Long-Term Assignment"]
ITEMS = ["Chesterfield sofa", "Murphy bed", "Eames lounge chair", "Queen Anne armoire", "Tiffany lamp",
         "Windsor chair", "Davenport desk", "Morris chair", "Ottoman", "Boxes (medium) x14", "Piano (upright)",
         "Peloton bike", "Sub-Zero fridge", "Wardrobe carton x3", "King bed frame", "Dining table"]


def acct(g, p=None):
    p = p or g.person()
    return p.login(g.r), p


# =====================================================================================================
# 7. relocation_initiation
# =====================================================================================================


def rl_initiation_json(g, R):
    a = g.person()
    hr = g.person()
    doc = {"initiationId": f"INI-{digits(g.r, 7)}", "policy": g.c(POLICIES),
           "assignee": {"firstName": N(a.given), "lastName": N(a.family), "email": EM(a.email(g.r)),
                        "mobile": PH(g.phone_for(a))},
           "origin": g.c(CITIES), "destination": g.c(CITIES), "startDate": g.clock.date()}
    if g.p(0.6):
        sp = g.person(trad=a.trad)
        doc["family"] = {"spouse": N(g.nm(sp)),
                         "children": [N(g.person(trad=a.trad).given) for _ in range(g.i(0, 2))]}
    doc["hrContact"] = EM(hr.email(g.r, "corp.example.com"))
    R(f"{g.clock.iso()} INFO relo-api POST /v2/initiations 201\n")
    R.doc("json", js(doc, indent=2, ascii=g.p(0.25)))


def rl_approval(g, R):
    a = g.person()
    ap, _ = acct(g)
    R(f"{g.clock.sp()} workflow auth=AUTH-{digits(g.r, 6)} step={g.i(1, 3)}/3 approver=", N(ap),
      f" decision={g.c(['APPROVED', 'APPROVED', 'RETURNED'])} assignee=\"", N(a.full()),
      f"\" budget={g.i(8, 95)}000 {g.c(['USD', 'EUR', 'GBP', 'SGD'])} policy=\"{g.c(POLICIES)}\"")


def rl_expense(g, R):
    a = g.person()
    R(f"{g.clock.iso()} expense claim=EXP-{digits(g.r, 6)} assignee_id=A{digits(g.r, 5)} ",
      f"merchant=\"{g.c(['Marriott Executive Apartments', 'Hertz', 'Lufthansa', 'IKEA', 'Emirates'])}\" ",
      f"amount={g.i(40, 3000)}.{g.i(0, 99):02d} card=", CC(card(g.r)), ' name_on_card="', N(fold(a.full(middle=False)).upper()),
      '" status=', g.c(["submitted", "approved", "queried"]))


def rl_grossup(g, R):
    a = g.person()
    R(f"{g.clock.sp()} taxcalc gross-up year=2025 assignee=\"", N(fold(a.last_first()).upper()), '" ',
      "ssn=", SSN(ssn(g.r, g.c(["dash", "bare", "space"]))),
      f" supp_wages={g.i(5, 60)}{digits(g.r, 3)}.00 fed_rate=22% state={g.c(['CA', 'NY', 'TX', 'WA', 'IL'])}")


def rl_dsp_referral(g, R):
    a = g.person()
    cons = g.person()
    R(f"{g.clock.iso()} mailer referral sent to=", EM(f"ops@dsp-{fold(g.c(CITIES)).lower().replace(' ', '')}.example"),
      "\nSubject: New referral - ", N(a.full()), f" ({g.c(CITIES)})\n",
      "Please contact the assignee on ", PH(g.phone_for(a)), " within 48h.\nRegards, ", N(cons.given),
      " | Move Manager")


def rl_py_repr(g, R):
    a = g.person()
    mm, _ = acct(g)
    o = Obj("Assignee", [("id", g.i(10000, 99999)), ("name", N(g.nm(a, 0.5))), ("email", EM(a.email(g.r))),
                         ("move_manager", N(mm)), ("policy", g.c(POLICIES)), ("spouse", None)], "py")
    R(f"{g.clock.sp(ms=True)} DEBUG relo.sync: upsert ")
    R.doc("pyexpr", obj_dump(o))


def rl_hr_note(g, R):
    a = g.person()
    b = g.person()
    lang = g.c(["de", "fr", "en", "es"])
    f = a.gender == "f"
    t = {"de": ("Frau " if f else "Herr ", " zieht am ", " nach ", "; Partner(in) ", " begleitet."),
         "fr": ("Mme " if f else "M. ", " part le ", " pour ", " ; conjoint(e) ", " accompagne."),
         "en": ("Ms " if f else "Mr ", " relocates on ", " to ", "; partner ", " accompanying."),
         "es": ("Sra. " if f else "Sr. ", " se traslada el ", " a ", "; cónyuge ", " acompaña.")}[lang]
    R(f"{g.clock.sp()} hr-note lang={lang} text=\"", t[0], N(a.family), t[1], g.clock.dmy(), t[2], g.c(CITIES), t[3],
      N(b.full()), t[4], '"')


def rl_neg_policy(g, R):
    R(f"{g.clock.iso()} policy catalogue refreshed by {g.c(SERVICE_ACCOUNTS)}\n")
    for p in g.r.sample(POLICIES, 4):
        R(f"  {p:<22} cap={g.i(5, 90)}000 home_search_days={g.i(1, 5)} temp_housing={g.i(14, 90)}d\n")


def rl_neg_approval(g, R):
    R(f"{g.clock.sp()} workflow auth=AUTH-{digits(g.r, 6)} step=1/3 approver={g.c(SERVICE_ACCOUNTS)} ",
      f"decision=AUTO_APPROVED assignee=\"{g.c(PLACEHOLDERS)}\" policy=\"{g.c(POLICIES)}\"")


def rl_neg_expense(g, R):
    R(f"{g.clock.iso()} expense batch={digits(g.r, 5)} claims={g.i(1, 300)} total={g.i(1000, 90000)}.00 ",
      f"card=****{digits(g.r, 4)} status={g.c(STATUS)} exported_to=\"{g.c(PRODUCTS)}\"")


def rl_neg_repr(g, R):
    o = Obj("Assignee", [("id", g.i(10000, 99999)), ("name", None), ("email", None),
                         ("move_manager", g.c(SERVICE_ACCOUNTS)), ("policy", g.c(POLICIES)), ("spouse", None)], "py")
    R(f"{g.clock.sp(ms=True)} DEBUG relo.sync: skip incomplete ")
    R.doc("pyexpr", obj_dump(o))


# =====================================================================================================
# 8. destination_services
# =====================================================================================================

SCHOOLS = ["Lincoln High School", "Lycée Victor Hugo", "Albert-Einstein-Gymnasium", "St. Mary's Primary",
           "Dwight School", "King George V School", "Escuela Benito Juárez", "Jefferson Elementary",
           "Anne Frank Basisschool", "Tagore International School", "Sir John A. Macdonald Collegiate"]


def ds_itinerary(g, R):
    a = g.person()
    c = g.person()
    ag = g.person()
    R(f"HOME SEARCH ITINERARY  {g.clock.date()}  {g.c(CITIES)}\n",
      "Consultant : ", N(c.full()), "\n",
      "Assignee   : ", N(a.full() if g.p(0.5) else a.last_first()), "\n")
    for k in range(g.i(2, 3)):
        R(f"  {g.clock.slot()}  viewing #{k + 1}  {g.i(2, 250)} {g.c(['Orchard Road', 'Keizersgracht', 'Bloor St W', 'Marina Walk'])}"
          f"  {g.i(1, 4)}BR  rent {g.i(2, 12)}{digits(g.r, 3)}\n")
    R("Agent      : ", N(ag.family_initial() if g.p(0.5) else ag.full()), "  tel ", PH(g.phone_for(ag, "national")))


def ds_school_json(g, R):
    a = g.person()
    kids = [g.person(trad=a.trad) for _ in range(g.i(1, 3))]
    doc = {"requestId": uuid(g.r), "parentEmail": EM(a.email(g.r)),
           "children": [{"givenName": N(k.given), "grade": g.i(1, 12), "language": g.c(["en", "de", "fr", "ja"])}
                        for k in kids],
           "shortlist": g.r.sample(SCHOOLS, 3)}
    R(f"{g.clock.iso()} school-search saved ")
    R.doc("json", js(doc))


def ds_task_tsv(g, R):
    R("task\towner\tassignee\tstatus\tdue\n")
    a = g.person()
    nm = a.full()
    for t in g.r.sample(["Registration (Anmeldung)", "Bank account", "Tax ID", "Driving licence exchange",
                         "Utilities set-up", "Residence card pick-up"], g.i(2, 4)):
        R(f"{t}\t", N(g.person().login(g.r)), "\t", N(nm), f"\t{g.c(STATUS)}\t{g.clock.date()}\n")


def ds_chat_export(g, R):
    a = g.person()
    c = g.person()
    d = g.clock.dmy("/")
    R(f"{d}, {g.clock.hm()} - ", N(c.full()), ": Hi ", N(a.given), ", the landlord accepted your offer!\n",
      f"{d}, {g.clock.hm()} - ", N(g.nm(a)), ": Amazing, thank you! My new number is ", PH(g.phone_for(a)), "\n",
      f"{d}, {g.clock.hm()} - ", N(c.full()), ": Noted. Key handover on Friday.")


def ds_local_note(g, R):
    a = g.person()
    lang = g.c(["ja", "de", "nl", "ko"])
    f = a.gender == "f"
    if lang == "ja":
        R(f"{g.clock.iso()} note lang=ja text=\"", N(a.full().upper() if g.p(0.3) else a.full()),
          " 様の住民登録を区役所で完了。在留カード裏書済み。\"")
    elif lang == "de":
        R(f"{g.clock.iso()} note lang=de text=\"Anmeldung für ", "Frau " if f else "Herrn ", N(a.family),
          " beim Bürgeramt am ", g.clock.dmy(), " erledigt; Steuer-ID folgt per Post.\"")
    elif lang == "nl":
        R(f"{g.clock.iso()} note lang=nl text=\"BSN-afspraak voor ", N(a.full()),
          " bij de gemeente bevestigd; kennismigrant.\"")
    else:
        R(f"{g.clock.iso()} note lang=ko text=\"", N(a.full()), " 님 외국인등록 완료, 은행 계좌 개설 예약.\"")


def ds_lease_mail(g, R):
    a = g.person()
    c = g.person()
    t = "Ms" if a.gender == "f" else "Mr"
    R(f"{g.clock.iso()} outbound to=", EM(a.email(g.r)), " cc=", EM(c.email(g.r, "dsp.example.net")),
      f"\nDear {t} ", N(a.family), ",\nplease find the lease for signature attached.\nBest regards,\n",
      N(c.full()), "\n", PH(g.phone_for(c)))


def ds_bank_logfmt(g, R):
    a = g.person()
    R(f"ts={g.clock.iso()} svc=settling-in action=bank_appointment bank=\"{g.c(['DBS', 'ING', 'HSBC', 'Emirates NBD'])}\" ",
      'customer="', N(a.full()), '" email=', EM(a.email(g.r)), " phone=", PH(g.phone_for(a, "e164")),
      f" slot={g.clock.slot()}")


def ds_neg_props(g, R):
    R(f"property feed {g.c(CITIES)} {g.clock.date()}\n")
    for _ in range(3):
        R(f"  {upref(g.r, 2, 5)}  {g.i(1, 4)}BR  {g.c(['Victoria Park', 'Lincoln Square', 'Elizabeth Quay', 'Madison Heights'])}"
          f"  {g.c(STATUS)}\n")


def ds_neg_schools(g, R):
    doc = {"requestId": uuid(g.r), "parentEmail": None, "children": [], "shortlist": g.r.sample(SCHOOLS, 4)}
    R(f"{g.clock.iso()} school-search draft ")
    R.doc("json", js(doc))


def ds_neg_avail(g, R):
    R("task\towner\tassignee\tstatus\tdue\n")
    for t in g.r.sample(["Registration", "Bank account", "Tax ID", "Utilities set-up"], 3):
        R(f"{t}\t{g.c(SERVICE_ACCOUNTS)}\t{g.c(PLACEHOLDERS)}\t{g.c(STATUS)}\t{g.clock.date()}\n")


def ds_neg_bot(g, R):
    d = g.clock.dmy("/")
    R(f"{d}, {g.clock.hm()} - Relo Assistant: Welcome to {g.c(CITIES)}! Reply 1 for housing, 2 for schools.\n",
      f"{d}, {g.clock.hm()} - Relo Assistant: Messages and calls are end-to-end encrypted.")


# =====================================================================================================
# 9. move_survey_dispatch
# =====================================================================================================


def mv_survey_json(g, R):
    a = g.person()
    sv, _ = acct(g)
    doc = {"surveyId": f"VS-{digits(g.r, 6)}", "type": g.c(["video", "in_home"]),
           "customer": {"name": N(a.full()), "phone": PH(g.phone_for(a))},
           "surveyor": N(sv),
           "rooms": [{"room": r, "items": g.r.sample(ITEMS, 2)} for r in g.r.sample(["Living", "Bedroom 1",
                                                                                   "Kitchen", "Garage"], 2)],
           "cubicFeet": g.i(300, 1800)}
    R(f"{g.clock.iso()} INFO survey.completed\n")
    R.doc("json", js(doc, indent=2))


def mv_dispatch_board(g, R):
    R(f"DISPATCH BOARD {g.clock.date()}  BRANCH {g.c(PLACES).upper()}\n",
      f"{'JOB':<8}{'CUSTOMER':<28}{'FOREMAN':<18}{'TRUCK':<8}\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        f = g.person()
        cu = fold(a.last_first()).upper()[:26].strip()
        fo = f.family_initial()
        R(f"{digits(g.r, 6):<8}", N(cu), " " * (28 - len(cu)), N(fo), " " * max(1, 18 - len(fo)),
          f"T{g.i(10, 99):<7}\n")


def mv_driver_app(g, R):
    a = g.person()
    dr, _ = acct(g)
    R(f"{g.clock.iso(ms=True)} driver-app job={digits(g.r, 6)} status={g.c(['ARRIVED_ORIGIN', 'LOADING', 'DEPARTED'])} ",
      "driver=", N(dr), ' customer="', N(a.full()), f'" lat=5{g.i(0, 9)}.{digits(g.r, 4)} lon=-0.{digits(g.r, 4)}')


def mv_bol_sign(g, R):
    a = g.person()
    lead = g.person()
    R(f"{g.clock.sp()} BOL {digits(g.r, 6)} signed shipper=\"", N(a.full()), '" signature=captured ',
      "crew_lead=", N(lead.given), f" valuation={g.c(['FVP', 'RELEASED_60C'])} pieces={g.i(20, 300)}")


def mv_sms(g, R):
    a = g.person()
    fm = g.person()
    R(f"{g.clock.iso()} sms to=", PH(g.phone_for(a, g.c(["e164", "national"]))), " text=\"Hi ", N(a.given),
      ", your crew (foreman ", N(fm.given), f") arrives between {g.clock.slot()} and {g.clock.slot()}.\"")


def mv_estimate_mail(g, R):
    a = g.person()
    s = g.person()
    R(f"{g.clock.iso()} outbound estimate=EST-{digits(g.r, 5)}\nFrom: \"", N(s.full()), '" <',
      EM(s.email(g.r, "movers.example.com")), '>\nTo: ', EM(a.email(g.r)), "\n\nHello ", N(a.given),
      f", your binding estimate is {g.i(1, 9)},{g.i(100, 999)}.00.\n-- \n", N(s.full()), " | Move Consultant | ",
      PH(g.phone_for(s)))


def mv_crew_note(g, R):
    a = g.person()
    lang = g.c(["es", "pl", "pt"])
    t = {"es": ("Cliente ", " pidió embalar la vajilla aparte; capataz "),
         "pl": ("Klient ", " prosi o demontaż szafy; brygadzista "),
         "pt": ("Cliente ", " pediu para embalar o piano; encarregado ")}[lang]
    fm = g.person()
    R(f"{g.clock.sp()} crew-note lang={lang} \"", t[0], N(a.full()), t[1], N(fm.full()), '"')


def mv_neg_trucks(g, R):
    R(f"FLEET BOARD {g.clock.date()}\n")
    for _ in range(3):
        R(f"  T{g.i(10, 99)}  {g.c(['Isuzu NPR', 'Freightliner M2', 'Mercedes Sprinter'])}  "
          f"{g.c(['In Service', 'Maintenance', 'Out of Service'])}  odo={g.i(10, 400)}{digits(g.r, 3)}\n")


def mv_neg_catalogue(g, R):
    R(f"{g.clock.iso()} inventory catalogue sync by {g.c(SERVICE_ACCOUNTS)}: ")
    R(", ".join(f"{i} ({g.i(5, 90)} cu ft)" for i in g.r.sample(ITEMS, 5)))


def mv_neg_board(g, R):
    R(f"DISPATCH BOARD {g.clock.date()}  BRANCH {g.c(PLACES).upper()}\n",
      f"{'JOB':<8}{'CUSTOMER':<28}{'FOREMAN':<18}{'TRUCK':<8}\n")
    for _ in range(2):
        R(f"{digits(g.r, 6):<8}{g.c(COMPANIES).upper()[:26]:<28}{'TBA':<18}T{g.i(10, 99):<7}\n")


def mv_neg_sms(g, R):
    R(f"{g.clock.iso()} sms template=CREW_ETA body=\"Hi {{first_name}}, your crew arrives between {{window}}.\" ",
      "to=<preview>")


# =====================================================================================================
# 10. hhg_claims_storage
# =====================================================================================================


def cl_claim_json(g, R):
    a = g.person()
    adj, _ = acct(g)
    doc = {"claimNo": f"CLM-{digits(g.r, 7)}", "claimant": {"name": N(g.nm(a, 0.5)), "email": EM(a.email(g.r))},
           "items": [{"desc": i, "damage": g.c(["scratched", "broken leg", "water stain", "missing"]),
                      "amount": g.i(50, 3000)} for i in g.r.sample(ITEMS, 2)],
           "adjuster": N(adj), "status": g.c(STATUS)}
    R(f"{g.clock.iso()} claims.intake created ")
    R.doc("json", js(doc, indent=None if g.p(0.5) else 2, ascii=g.p(0.3)))


def cl_vault_csv(g, R):
    R("vault_id,lot,owner_last,owner_first,weight_lbs,sit_start\n")
    for _ in range(g.i(2, 4)):
        a = g.person()
        q = g.p(0.5)
        R(f"V{g.i(100, 999)},{upref(g.r, 2, 5)},")
        if q:
            R('"', N(a.family, csv_inner), '","', N(a.given, csv_inner), '"')
        else:
            R(N(a.family), ",", N(a.given))
        R(f",{g.i(800, 9000)},{g.clock.date()}\n")


def cl_packing_list(g, R):
    a = g.person()
    R(f"HOUSEHOLD GOODS PACKING LIST  NO. {digits(g.r, 7)}\n",
      "SHIPPER   : ", N(a.slash()), "\n",
      f"ORIGIN    : {g.c(CITIES).upper()}      DEST: {g.c(CITIES).upper()}\n",
      f"MODE      : {g.c(['FCL 20', 'FCL 40', 'LCL', 'AIR'])}  LIFTVANS: {g.i(1, 6)}\n")
    for k in range(g.i(2, 4)):
        R(f"{k + 1:03d}  {g.c(ITEMS).upper():<26} {g.c(['PBO', 'CP', 'DBO'])}\n")


def cl_valuation_pay(g, R):
    a = g.person()
    R(f"{g.clock.sp(ms=True)} DEBUG pay.valuation quote=VAL-{digits(g.r, 6)} premium={g.i(90, 900)}.00 ",
      "pan=", CC(card(g.r, style=g.c(["plain", "dash"]))), " holder=\"", N(a.slash() if g.p(0.5) else a.full()),
      '" ip=', IP(ip(g.r, 0.3)))


def cl_adjuster_note(g, R):
    a = g.person()
    lang = g.c(["en", "fr"])
    if lang == "fr":
        t = "Mme " if a.gender == "f" else "M. "
        R(f"{g.clock.sp()} note claim=CLM-{digits(g.r, 7)} \"", t, N(a.family),
          " conteste l'offre ; rappel prévu au ", PH(g.phone_for(a, "national")), '"')
    else:
        R(f"{g.clock.sp()} note claim=CLM-{digits(g.r, 7)} \"Spoke with ", N(a.full()),
          ", who disputes the depreciation; call back on ", PH(g.phone_for(a)), '"')


def cl_mybatis(g, R):
    a = g.person()
    R(f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.insert - ==>  Preparing: INSERT INTO claim "
      "(claim_no, claimant_last, claimant_first, phone, status) VALUES (?, ?, ?, ?, ?)\n",
      f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.insert - ==> Parameters: CLM-{digits(g.r, 7)}(String), ",
      N(a.family), "(String), ", N(a.given), "(String), ", PH(g.phone_for(a, "e164")), "(String), OPEN(String)\n",
      f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.insert - <==    Updates: 1")


def cl_settlement(g, R):
    a = g.person()
    ap, _ = acct(g)
    R(f"{g.clock.iso()} settlement claim=CLM-{digits(g.r, 7)} payee=\"", N(fold(a.last_first()).upper()),
      f"\" method=echeck amount={g.i(100, 9000)}.00 notify=", EM(a.email(g.r)), " approved_by=", N(ap))


def cl_neg_vault(g, R):
    R(f"warehouse {g.c(PLACES)} vault utilisation {g.clock.date()}\n")
    for _ in range(3):
        R(f"  zone {g.c('ABCDEF')}{g.i(1, 9)}  vaults={g.i(10, 200)}  used={g.i(10, 99)}%\n")


def cl_neg_stats(g, R):
    R(f"{g.clock.iso()} claims stats month={g.clock.date()[:7]} opened={g.i(10, 300)} closed={g.i(10, 300)} ",
      f"avg_days={g.i(5, 60)} owner={g.c(SERVICE_ACCOUNTS)}")


def cl_neg_packing(g, R):
    R(f"HOUSEHOLD GOODS PACKING LIST  NO. {digits(g.r, 7)}\n",
      f"SHIPPER   : {g.c(COMPANIES).upper()}\nORIGIN    : {g.c(CITIES).upper()}\n",
      f"MODE      : {g.c(['FCL 20', 'LCL'])}  LIFTVANS: {g.i(1, 6)}\n001  OFFICE FURNITURE           PBO\n")


def cl_neg_mybatis(g, R):
    R(f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.countByStatus - ==>  Preparing: SELECT status, count(*) "
      "FROM claim GROUP BY status\n",
      f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.countByStatus - ==> Parameters: \n",
      f"{g.clock.sp(ms=True)} DEBUG c.m.c.m.ClaimMapper.countByStatus - <==      Total: {g.i(2, 8)}")


# =====================================================================================================
# 11. translation_tms
# =====================================================================================================


def tr_webhook(g, R):
    a = g.person()
    t = g.person()
    pm, _ = acct(g)
    fn = f"{fold(a.family).replace(' ', '_')}_{fold(a.given).replace(' ', '_')}"
    doc = {"event": "project.created", "projectId": g.i(10000, 99999), "langPair": g.c(LPAIRS),
           "createdBy": N(pm),
           "files": [{"name": [Seg("Birth_Certificate_"), *seg_of(N(fn)), Seg(".docx")]}],
           "assignee": {"name": N(t.full()), "email": EM(t.email(g.r))}, "certified": True}
    # the file name mixes plain text and a span inside one JSON string
    R(f"{g.clock.iso()} webhook delivered ")
    R.doc("json", _js_mixed(doc))


def _js_mixed(obj):
    """js() with support for a list of Segs standing for one JSON string."""
    if isinstance(obj, dict):
        out = [Seg("{")]
        for i, (k, v) in enumerate(obj.items()):
            out.append(Seg(("" if i == 0 else ", ") + f'"{k}": '))
            out.extend(_js_mixed(v))
        return out + [Seg("}")]
    if isinstance(obj, list) and obj and isinstance(obj[0], Seg):
        return [Seg('"'), *map_segs(obj, json_s), Seg('"')]
    if isinstance(obj, list):
        out = [Seg("[")]
        for i, v in enumerate(obj):
            if i:
                out.append(Seg(", "))
            out.extend(_js_mixed(v))
        return out + [Seg("]")]
    return js(obj)


def tr_xliff(g, R):
    src_lang, tgt_lang, trad = g.c([("uk-UA", "en-GB", "ua"), ("pt-BR", "en-US", "br"), ("es-MX", "en-US", "mx"),
                                    ("vi-VN", "en-AU", "vi"), ("ar-SY", "de-DE", "ar"), ("ru-RU", "en-GB", "ru"),
                                    ("zh-CN", "en-US", "zh")])
    a = g.person(trad=trad, native_rate=0.7, gender="f")
    b = g.person(trad=trad, native_rate=0.5)
    lab_src, lab_off = {"uk-UA": ("Наречена", "Посадова особа"), "pt-BR": ("Nome da noiva", "Oficial"),
                        "es-MX": ("Nombre de la contrayente", "Juez del Registro Civil"),
                        "vi-VN": ("Họ tên người vợ", "Cán bộ hộ tịch"), "ar-SY": ("اسم الزوجة", "المأذون"),
                        "ru-RU": ("Невеста", "Должностное лицо"), "zh-CN": ("女方姓名", "登记员")}[src_lang]
    tgt = {"en-GB": ("Name of bride", "Officiant"), "en-US": ("Name of bride", "Officiant"),
           "en-AU": ("Name of bride", "Officiant"), "de-DE": ("Name der Ehefrau", "Standesbeamter")}[tgt_lang]

    def src(p):
        return p.native_full() if p.native else p.full()

    def tgt_name(p):
        if p.cjk or p.trad == "vi":
            return fold(p.full(fg=True)).upper() if g.p(0.5) else fold(p.full(fg=True))
        return fold(p.full()) if g.p(0.5) else p.full()

    x = [f'<xliff version="1.2"><file original="marriage_cert.docx" source-language="{src_lang}" '
         f'target-language="{tgt_lang}" datatype="x-docx"><body>\n',
         '<trans-unit id="4"><source>', lab_src, ": ", N(src(a), xml_e), f"</source><target>{tgt[0]}: ",
         N(tgt_name(a), xml_e), "</target></trans-unit>\n",
         '<trans-unit id="5"><source>', lab_off, ": ", N(src(b), xml_e), f"</source><target>{tgt[1]}: ",
         N(tgt_name(b), xml_e), "</target></trans-unit>\n</body></file></xliff>"]
    R(f"{g.clock.iso()} tms.export job={digits(g.r, 6)}\n")
    R.doc("xml", seg_of(x))


def tr_cat_log(g, R):
    u, _ = acct(g)
    R(f"{g.clock.sp(ms=True)} [INFO ] QA check finished project=PRJ-{digits(g.r, 5)} segments={g.i(50, 900)} ",
      f"errors={g.i(0, 9)} warnings={g.i(0, 40)} user=", N(u), f" profile=\"{g.c(['Certified', 'Legal', 'Default'])}\"")


def tr_certificate(g, R):
    t = g.person()
    a = g.person()
    lp = g.c(["Ukrainian into English", "Arabic into German", "Spanish into English", "Chinese into English",
              "Portuguese into English", "Farsi into Swedish"])
    R(f"{g.clock.iso()} cert.render ok doc=CERT-{digits(g.r, 6)}\n",
      "I, ", N(t.full()), f", certify that I am competent to translate from {lp} and that the attached ",
      "document relating to ", N(a.full().upper() if g.p(0.3) else g.nm(a)), " is a true and accurate translation.\n",
      f"Membership no. {g.c(['ITI', 'ATA', 'NAATI', 'BDÜ'])} {digits(g.r, 6)}  Tel. ", PH(g.phone_for(t)))


def tr_invoice(g, R):
    a = g.person()
    R(f"{g.clock.sp()} billing invoice=INV-{digits(g.r, 6)} client=\"", N(a.full()), f"\" pages={g.i(1, 9)} ",
      f"amount={g.i(30, 400)}.00 card=", CC(card(g.r, style="space")), " receipt_to=", EM(a.email(g.r)))


def tr_vendor_login(g, R):
    t = g.person()
    R(IP(ip(g.r, 0.4)), " - ", N(t.login(g.r)), f" [{g.clock.clf()}] \"POST /vendor/api/jobs/{g.i(1000, 9999)}/accept ",
      "HTTP/2.0\" 200 312 \"-\" \"TMS-Desktop/5.4\"")


def tr_concordance(g, R):
    a = g.person()
    u = g.person()
    if g.p(0.5):
        R(f"{g.clock.sp()} tm.concordance tm=\"Civil Documents {g.c(LPAIRS)}\" user=", N(u.login(g.r)), ' query="',
          N(a.family), f'" hits={g.i(0, 12)} fuzzy=75')
    else:
        q = a.full() if g.p(0.5) else a.family
        R(IP(ip(g.r, 0.3)), " - ", N(u.login(g.r)), f" [{g.clock.clf()}] \"GET /tm/api/concordance?tm={g.i(10, 99)}&q=",
          N(q, g.c([form, pct])), f"&min=75 HTTP/1.1\" 200 {g.i(200, 9000)}")


def tr_neg_tm(g, R):
    R(f"{g.clock.iso()} tm.import file=civil_docs_{g.c(LPAIRS).replace('>', '_')}.tmx tus={g.i(100, 90000)} ",
      f"duplicates={g.i(0, 900)} by={g.c(SERVICE_ACCOUNTS)} engine=\"{g.c(PRODUCTS)}\"")


def tr_neg_qa(g, R):
    R(f"QA report {g.clock.date()}\n")
    for lp in g.r.sample(LPAIRS, 3):
        R(f"  {lp:<14} terminology={g.i(0, 20)} tags={g.i(0, 9)} numbers={g.i(0, 5)} status={g.c(STATUS)}\n")


def tr_neg_project(g, R):
    doc = {"event": "project.created", "projectId": g.i(10000, 99999), "langPair": g.c(LPAIRS),
           "createdBy": g.c(SERVICE_ACCOUNTS), "files": [{"name": f"ui_strings_{g.i(1, 9)}.json"}],
           "assignee": None, "client": g.c(COMPANIES)}
    R(f"{g.clock.iso()} webhook delivered ")
    R.doc("json", js(doc))


def tr_neg_xliff(g, R):
    strs = g.r.sample(["Will retry in 5 seconds", "Grant access", "Page 2 of 9", "Hope you enjoyed it", "Close",
                       "Mark as read", "Rose by 4%", "Summer timetable"], 2)
    x = '<xliff version="1.2"><file original="app.json" source-language="en" target-language="de"><body>\n'
    for k, s in enumerate(strs):
        x += f'<trans-unit id="{k + 1}"><source>{xml_e(s)}</source></trans-unit>\n'
    x += "</body></file></xliff>"
    R(f"{g.clock.iso()} tms.export job={digits(g.r, 6)}\n")
    R.doc("xml", [Seg(x)])


# =====================================================================================================
# 12. interpreting_dispatch
# =====================================================================================================


def ip_cdr_csv(g, R):
    R("call_id,start,language,interpreter,client_org,ani,duration_s\n")
    for _ in range(g.i(2, 3)):
        t = g.person()
        R(f"{uuid(g.r)[:13]},{g.clock.iso()},{g.c(LANGS)},", N(t.family_initial() if g.p(0.4) else t.full()),
          f",\"{g.c(['County Hospital', 'City Schools', 'Legal Aid', 'Housing Office'])}\",",
          PH(phone(g.r, "US", g.c(["e164", "national"]))), f",{g.i(60, 3600)}\n")


def ip_vri_json(g, R):
    t = g.person()
    doc = {"session": uuid(g.r), "type": "VRI", "language": g.c(LANGS),
           "interpreter": {"displayName": N(t.full()), "ip": IP(ip(g.r, 0.3))},
           "stats": {"rttMs": g.i(20, 300), "packetLoss": round(g.r.random() * 2, 2)}}
    R(f"{g.clock.iso()} webrtc.session.end ")
    R.doc("json", js(doc))


def ip_booking(g, R):
    t = g.person()
    p = g.person()
    d = g.person()
    R(f"{g.clock.sp()} booking=BK-{digits(g.r, 6)} confirmed interpreter=\"", N(t.full()), f"\" ({g.c(LANGS)}) ",
      "patient=\"", N(p.last_first() if not p.native else g.nm(p)), f"\" site=\"{g.c(['St. Luke', 'Mercy', 'Royal Victoria'])} Hospital\" ",
      "provider=\"Dr. ", N(d.family), f"\" at {g.clock.slot()}")


def ip_timesheet(g, R):
    R("date\tinterpreter_login\tinterpreter\tassignment\thours\n")
    t = g.person()
    lg = t.login(g.r)
    for _ in range(g.i(2, 3)):
        R(f"{g.clock.date()}\t", N(lg), "\t", N(t.full()), f"\tBK-{digits(g.r, 6)}\t{g.i(1, 8)}.{g.c('05')}\n")


def ip_ivr(g, R):
    ag, _ = acct(g)
    lang = g.c(LANGS)
    R(f"{g.clock.syslog()} opi-ivr[{g.i(100, 9999)}]: call={hexid(g.r, 12)} lang={lang} ",
      f"queue={fold(lang).upper().replace(' ', '_')}-OPI ani=", PH(phone(g.r, g.c(["US", "CA", "GB", "AU"]), "e164")),
      " routed_to=", N(ag), f" wait={g.i(3, 90)}s")


def ip_dispatch_sms(g, R):
    lang = g.c(["en", "es", "ar", "uk", "vi"])
    t = g.person(trad={"en": None, "es": "mx", "ar": "ar", "uk": "ua", "vi": "vi"}[lang], native_rate=0.5)
    nm = t.native[0] if (t.native and lang in ("ar", "uk")) else t.given
    msg = {"en": ("Hi ", ", new on-site job tomorrow 09:00. Reply Y to accept."),
           "es": ("Hola ", ", nueva asignación presencial mañana a las 09:00. Responda S para aceptar."),
           "ar": ("مرحباً ", "، لديك مهمة ترجمة غداً الساعة 09:00. أرسل Y للقبول."),
           "uk": ("Вітаємо, ", "! Нове замовлення на завтра о 09:00. Відповідьте Y."),
           "vi": ("Chào ", ", có lịch phiên dịch ngày mai lúc 09:00. Trả lời Y để nhận.")}[lang]
    R(f"{g.clock.iso()} dispatch.sms to=", PH(g.phone_for(t, "e164")), ' text="', msg[0], N(nm), msg[1], '"')


def ip_java_exc(g, R):
    r = g.person()
    o = Obj("Booking", [("id", g.i(10000, 99999)), ("language", g.c(LANGS)), ("requester", N(r.full())),
                        ("requesterEmail", EM(r.email(g.r, "clinic.example.org"))), ("interpreter", None)], "java")
    R(f"{g.clock.sp(ms=True)} ERROR [dispatch-{g.i(1, 8)}] NoInterpreterAvailableException: ", *obj_dump(o),
      "\n\tat com.interp.dispatch.Matcher.match(Matcher.java:", str(g.i(40, 300)), ")")


def ip_neg_stats(g, R):
    R(f"queue stats {g.clock.date()}\n")
    for lang in g.r.sample(LANGS, 4):
        R(f"  {lang:<15} calls={g.i(1, 900):>4} asa={g.i(3, 90):>3}s abandon={g.i(0, 9)}%\n")


def ip_neg_exc(g, R):
    o = Obj("Booking", [("id", g.i(10000, 99999)), ("language", g.c(LANGS)), ("requester", None),
                        ("requesterEmail", None), ("interpreter", None)], "java")
    R(f"{g.clock.sp(ms=True)} ERROR [dispatch-{g.i(1, 8)}] NoInterpreterAvailableException: ", *obj_dump(o))


def ip_neg_rota(g, R):
    R("date\tinterpreter_login\tinterpreter\tassignment\thours\n")
    for _ in range(2):
        R(f"{g.clock.date()}\t{g.c(SERVICE_ACCOUNTS)}\t{g.c(PLACEHOLDERS)}\tON-CALL {g.c(LANGS)}\t0.0\n")


def ip_neg_webrtc(g, R):
    doc = {"session": uuid(g.r), "type": "VRI", "language": g.c(LANGS), "interpreter": None,
           "stats": {"rttMs": g.i(20, 300), "jitterMs": g.i(1, 40)}, "device": g.c(PRODUCTS)}
    R(f"{g.clock.iso()} webrtc.session.failed ")
    R.doc("json", js(doc))


FAMILIES = [
    ("relocation_initiation",
     [rl_initiation_json, rl_approval, rl_expense, rl_grossup, rl_dsp_referral, rl_py_repr, rl_hr_note],
     [rl_neg_policy, rl_neg_approval, rl_neg_expense, rl_neg_repr]),
    ("destination_services",
     [ds_itinerary, ds_school_json, ds_task_tsv, ds_chat_export, ds_local_note, ds_lease_mail, ds_bank_logfmt],
     [ds_neg_props, ds_neg_schools, ds_neg_avail, ds_neg_bot]),
    ("move_survey_dispatch",
     [mv_survey_json, mv_dispatch_board, mv_driver_app, mv_bol_sign, mv_sms, mv_estimate_mail, mv_crew_note],
     [mv_neg_trucks, mv_neg_catalogue, mv_neg_board, mv_neg_sms]),
    ("hhg_claims_storage",
     [cl_claim_json, cl_vault_csv, cl_packing_list, cl_valuation_pay, cl_adjuster_note, cl_mybatis, cl_settlement],
     [cl_neg_vault, cl_neg_stats, cl_neg_packing, cl_neg_mybatis]),
    ("translation_tms",
     [tr_webhook, tr_xliff, tr_cat_log, tr_certificate, tr_invoice, tr_vendor_login, tr_concordance],
     [tr_neg_tm, tr_neg_qa, tr_neg_project, tr_neg_xliff]),
    ("interpreting_dispatch",
     [ip_cdr_csv, ip_vri_json, ip_booking, ip_timesheet, ip_ivr, ip_dispatch_sms, ip_java_exc],
     [ip_neg_stats, ip_neg_exc, ip_neg_rota, ip_neg_webrtc]),
]

