"""Families 7-12 of pack_w: creator payouts, sponsorships, talent verification, reviews, invoicing, fan memberships."""

from __future__ import annotations

from core import (
    BRANDS,
    COMPANIES,
    CURRENCIES,
    PLACES,
    PRODUCTS,
    SERVICE_ACCOUNTS,
    SKILLS,
    STATUS,
    UI_STRINGS,
    C,
    E,
    I,
    N,
    Obj,
    P,
    S,
    Txt,
    card,
    form,
    hexid,
    ip,
    ipv4,
    jd,
    last4,
    money,
    num,
    pct,
    phone,
    pr,
    ssn,
    upid,
)
from names import fold

PLATFORMS = ["YouTube", "Twitch", "TikTok", "Instagram", "Kick", "Substack", "Spotify"]
TIERS = ["Bronze", "Silver", "Gold", "Inner Circle", "Founding Member", "Coffee Club", "Backstage"]
PERSONA_TIERS = ["Athena", "Oscar", "Sophia", "Marvin", "Penelope", "Jasper"]


def _handle(p, r) -> str:
    g, f = fold(p.given).lower().replace(" ", "").replace("-", "").replace("'", ""), fold(p.family).lower().replace(
        " ", "").replace("-", "").replace("'", "")
    return r.choice([g + f, g + "_" + f, g + "." + f, f + g[:1], g + "makes", g + f + str(r.randint(1, 99))])


def _folded_given(p) -> str:
    return fold(p.given).replace(" ", "").replace("'", "")


# =============================================================================================== 7 creator_payouts
def cp_csv(c):
    r, t = c.r, c.t
    out = ["period,creator_id,channel_handle,legal_name,country,gross,platform_fee,net,payout_email\n"]
    for _ in range(r.randint(2, 4)):
        p = c.p()
        nm = p.roman()
        q = '"' if ("," in nm or r.random() < 0.3) else ""
        g = float(money(r, 100, 9000))
        out += [f"{t.y}-{t.mo:02d},cr_{hexid(r, 8)},@", N(_handle(p, r)), f",{q}", N(nm), f"{q},{r.choice(['US', 'BR', 'IN', 'DE', 'NG', 'PH', 'JP'])},",
                f"{g:.2f},{g * 0.3:.2f},{g * 0.7:.2f},", E(p.email(r)), "\n"]
    return out


def cp_batch(c):
    r = c.r
    items = []
    for _ in range(r.randint(1, 3)):
        p = c.p()
        kind = r.random()
        it = {"recipient_type": "EMAIL" if kind < 0.7 else "PHONE",
              "amount": {"value": money(r, 10, 5000), "currency": r.choice(CURRENCIES)},
              "note": Txt("Thanks ", N(p.g()), "! Revenue share ", r.choice(["March", "Q1", "week 12"])),
              "sender_item_id": "itm_" + hexid(r, 10),
              "receiver": E(p.email(r)) if kind < 0.7 else P(phone(r, style="e164"))}
        items.append(it)
    body = {"sender_batch_header": {"sender_batch_id": "cp_" + hexid(r, 12), "email_subject": "You have a payout!"},
            "items": items}
    return ["payouts-client: POST /v1/payments/payouts\n"] + jd(body, indent=2 if r.random() < 0.6 else None)


def cp_fail(c):
    r, t = c.r, c.t
    p = c.p()
    short = f"{p.given[0]} {fold(p.family).upper()}"
    return [f"ts={t.iso()} level=error svc=payout-rails msg=\"bank payout returned\" payout=po_{hexid(r, 10)} creator=",
            N(p.acct(r)), " holder_on_file=\"", N(p.upf()), "\" name_returned=\"", N(short),
            f"\" code={r.choice(['R03', 'R04', 'AC04', 'BE05'])} amount={money(r)} currency={r.choice(CURRENCIES)}",
            [" tax_hold=true ssn_last4=", S(last4(r))] if r.random() < 0.4 else ""]


def cp_repr(c):
    r, t = c.r, c.t
    p = c.p()
    obj = Obj("Payee", ("id", "pe_" + hexid(r, 8)), ("display_name", N(p.name())), ("email", E(p.email(r))),
              ("method", r.choice(["paypal", "wise", "payoneer", "bank"])), ("balance", float(money(r))))
    return [f"{t.sql()},{t.ms:03d} WARNING payouts.retry attempt {r.randint(2, 5)}/5 for "] + pr(obj) + [
        ": TimeoutError('upstream " + r.choice(["wise", "paypal", "payoneer"]) + " 504')"]


def cp_notify(c):
    r = c.r
    p = c.p()
    amt = f"{r.randint(10, 999)},{r.randint(100, 999)}"
    k = r.randint(0, 3)
    if k == 0:
        msg = [N(p.name()), f"様、{r.randint(1, 12)}月分の収益 ¥{amt} のお支払いを開始しました。"]
    elif k == 1:
        msg = [N(p.name()), f"님, {r.randint(1, 12)}월 수익 ₩{amt} 지급이 시작되었습니다."]
    elif k == 2:
        msg = ["Olá ", N(p.g()), f", seu repasse de R$ {money(r)} foi enviado para a conta final {r.randint(1000, 9999)}."]
    else:
        msg = ["Hola ", N(p.g()), f", tu pago de {money(r)} MXN está en camino."]
    return [f"push-gw send user={num(r, 8)} locale=", r.choice(["ja", "ko", "pt-BR", "es-MX"]), " text=\"", msg, "\""]


def cp_recipient(c):
    r, t = c.r, c.t
    p = c.p()
    body = ["accountHolderName=", form(N(p.gf())), "&email=", pct(E(p.email(r))), "&currency=",
            r.choice(CURRENCIES), "&type=", r.choice(["iban", "sort_code", "aba"]), "&legalType=PRIVATE"]
    return [I(ip(r, 0.3)), f" - - [{t.clf()}] \"POST /v1/recipients HTTP/1.1\" 201 {r.randint(300, 900)} body=\"", body, "\""]


def cp_neg_csv(c):
    r, t = c.r, c.t
    out = ["period,creator_id,channel_handle,legal_name,country,gross,platform_fee,net,payout_email\n"]
    for _ in range(r.randint(2, 4)):
        co = r.choice(COMPANIES)
        out.append(f"{t.y}-{t.mo:02d},cr_{hexid(r, 8)},@{r.choice(['brandstudio', 'officialchannel', 'newsdesk'])}{r.randint(1, 99)},"
                   f"\"{co}\",{r.choice(['US', 'IE', 'SG'])},{money(r)},{money(r)},{money(r)},\n")
    return out


def cp_neg_fail(c):
    r, t = c.r, c.t
    return [f"ts={t.iso()} level=error svc=payout-rails msg=\"bank payout returned\" payout=po_{hexid(r, 10)} creator="
            f"{r.choice(SERVICE_ACCOUNTS)} holder_on_file=\"{r.choice(COMPANIES).upper()}\" code=R02 "
            f"status=\"{r.choice(STATUS)}\""]


def cp_neg_repr(c):
    r, t = c.r, c.t
    obj = Obj("Payee", ("id", "pe_" + hexid(r, 8)), ("display_name", r.choice(COMPANIES)), ("email", None),
              ("method", "bank"), ("balance", float(money(r))))
    return [f"{t.sql()},{t.ms:03d} WARNING payouts.retry attempt {r.randint(2, 5)}/5 for "] + pr(obj) + [
        ": ConnectionError('treasury api unavailable')"]


def cp_neg_notify(c):
    r = c.r
    return [f"push-gw send user={num(r, 8)} locale={r.choice(['ja', 'ko', 'pt-BR', 'ru', 'he'])} text=\"{r.choice(UI_STRINGS)}\" "
            f"collapse_key=payout_{r.choice(['sent', 'scheduled'])}"]


# =============================================================================================== 8 sponsorship_deals
def sd_airtable(c):
    r, t = c.r, c.t
    p, mgr = c.ps(2)
    rec = {"records": [{"id": "rec" + upid(r, 14), "createdTime": t.iso(), "fields": {
        "Creator": N(p.name()), "Handle": Txt("@", N(_handle(p, r))), "Manager Email": E(mgr.email(r)),
        "Brand": r.choice(BRANDS), "Rate": f"${r.randint(3, 90)},{r.randint(100, 999)}",
        "Platform": r.choice(PLATFORMS), "Stage": r.choice(["Negotiating", "Signed", "Brief sent"])}}]}
    inner = jd(rec, compact=True)
    outer = {"webhook": "deal_sync", "attempt": r.randint(1, 3), "body": Txt(inner)}
    return ["sponsor-sync received "] + jd(outer, compact=r.random() < 0.5)


def sd_brief_mail(c):
    r, t = c.r, c.t
    p, am = c.ps(2)
    brand = r.choice(BRANDS)
    return ["From: \"", N(am.gf()), f" | {brand}\" <", E(am.email(r, "brand.example")), ">\n",
            "To: ", E(p.email(r)), "\n", f"Subject: Sponsorship brief – {brand} x ", N(p.name()), "\n",
            f"Date: {t.rfc2822()}\n\n", "Hi ", N(p.g()), ",\n\nAttached is the brief for two integrations in ",
            r.choice(["May", "June", "Q3"]), ". Call me on ", P(phone(r)), " if anything is unclear.\n\nBest,\n",
            N(am.given_init() if r.random() < 0.5 else am.gf())]


def sd_promo(c):
    r, t = c.r, c.t
    p = c.p()
    g = _folded_given(p).upper()
    return [f"{t.iso()} promo-svc code=", N(g), f"{r.choice(['10', '15', '20', 'X', 'VIP'])} creator=@", N(_handle(p, r)),
            f" brand=\"{r.choice(BRANDS)}\" redemptions={r.randint(0, 900)} payout_per_use=0.{r.randint(10, 99)}"]


def sd_tsv(c):
    r, t = c.r, c.t
    out = ["deliverable\tcreator\tdue\tstatus\tapproved_by\n"]
    for _ in range(r.randint(2, 4)):
        p, a = c.ps(2)
        out += [f"{r.choice(['IG Reel', 'YT integration 60s', 'TikTok x3', 'Story set', 'Podcast read'])}\t", N(p.name()),
                f"\t{t.date()}\t{r.choice(['draft', 'approved', 'live', 'needs_changes'])}\t", N(a.acct(r)), "\n"]
    return out


def sd_ftc(c):
    r, t = c.r, c.t
    p = c.p()
    h = _handle(p, r)
    k = r.randint(0, 2)
    if k == 0:
        msg = ["disclosure missing: post by @", N(h), " (", N(p.name()), ") has no #ad/#sponsored"]
    elif k == 1:
        msg = ["Kennzeichnung fehlt: Beitrag von @", N(h), " ohne „Anzeige“"]
    else:
        msg = ["mention publicitaire absente : publication de ", N(p.name()), " (@", N(h), ")"]
    return [f"{t.iso()} WARN ftc-check campaign=cmp_{hexid(r, 6)} ", msg]


def sd_chat(c):
    r, t = c.r, c.t
    p, am = c.ps(2)
    return [N(am.gf()), f"  {t.h % 12 + 1}:{t.mi:02d} AM\n", "hey ", N(p.g().lower() if r.random() < 0.3 else p.g()),
            f", can we lock the rate at ${r.randint(2, 20)},000 for the {r.choice(PLATFORMS)} video?\n", N(p.name()),
            f"  {t.h % 12 + 1}:{min(59, t.mi + 3):02d} AM\n", "sounds good, send the contract to my manager ",
            N(c.p().gf()), "\n"]


def sd_neg_airtable(c):
    r, t = c.r, c.t
    rec = {"records": [{"id": "rec" + upid(r, 14), "createdTime": t.iso(), "fields": {
        "Campaign": r.choice(PRODUCTS), "Brand": r.choice(BRANDS), "Market": r.choice(PLACES),
        "Stage": r.choice(STATUS), "Owner": r.choice(SERVICE_ACCOUNTS)}}]}
    outer = {"webhook": "deal_sync", "attempt": 1, "body": Txt(jd(rec, compact=True))}
    return ["sponsor-sync received "] + jd(outer)


def sd_neg_promo(c):
    r, t = c.r, c.t
    return [f"{t.iso()} promo-svc code={r.choice(['SPRING', 'SUMMER', 'WELCOME', 'BLACKFRIDAY', 'LAUNCH'])}{r.randint(10, 50)} "
            f"creator=none brand=\"{r.choice(BRANDS)}\" redemptions={r.randint(0, 900)} status=\"{r.choice(STATUS)}\""]


def sd_neg_tsv(c):
    r, t = c.r, c.t
    out = ["deliverable\tcreator\tdue\tstatus\tapproved_by\n"]
    for _ in range(r.randint(2, 4)):
        out.append(f"Banner set\t{r.choice(COMPANIES)}\t{t.date()}\t{r.choice(STATUS)}\t{r.choice(SERVICE_ACCOUNTS)}\n")
    return out


def sd_neg_ftc(c):
    r, t = c.r, c.t
    return [f"{t.iso()} INFO ftc-check campaign=cmp_{hexid(r, 6)} post by @{r.choice(['northwindcoffee', 'lumenskin', 'kestrelaudio'])} "
            f"ok: brand-owned account, disclosure not required ({r.choice(UI_STRINGS)})"]


# =============================================================================================== 9 talent_verification
MRZ_CC = ["DEU", "FRA", "NGA", "IND", "BRA", "PHL", "UKR", "POL", "KEN", "MEX", "GBR", "ESP", "ITA", "PAK"]


def tv_mrz(c):
    r = c.r
    p = c.p(native_ok=False)
    cc = r.choice(MRZ_CC)
    nm = p.mrz()
    l1 = f"P<{cc}" + nm
    pad = "<" * max(0, 44 - len(l1))
    if len(l1) > 44:
        nm = nm[:44 - 5]
        l1 = f"P<{cc}" + nm
        pad = ""
    l2 = f"{upid(r, 9)}{r.randint(0, 9)}{cc}{r.randint(60, 99)}{r.randint(10, 12)}{r.randint(10, 28)}{r.randint(0, 9)}" \
         f"{r.choice('MF')}3{r.randint(0, 1)}0{r.randint(1, 9)}1{r.randint(0, 9)}{r.randint(0, 9)}<<<<<<<<<<<<<<0{r.randint(0, 9)}"
    return [f"docscan[{r.randint(100, 9999)}]: type=TD3 issuing={cc} confidence=0.{r.randint(80, 99)} session={hexid(r, 12)}\n",
            f"  P<{cc}", N(nm), pad + "\n", "  " + l2]


def tv_liveness(c):
    r, t = c.r, c.t
    p = c.p()
    body = {"applicant": {"first_name": N(p.g()), "last_name": N(p.f()),
                          "dob": f"19{r.randint(60, 99)}-0{r.randint(1, 9)}-2{r.randint(0, 8)}"},
            "checks": [{"type": "face_match", "score": round(r.random(), 3)},
                       {"type": "liveness", "result": r.choice(["clear", "consider"])}],
            "device": {"ip": I(ip(r, 0.3)), "os": r.choice(["iOS 18.3", "Android 15"])}, "created_at": t.iso()}
    return jd(body, indent=2, ascii_=r.random() < 0.4)


def tv_schedule(c):
    r, t = c.r, c.t
    p, ag = c.ps(2)
    return [f"{t.sql()} INFO verify-calls: scheduled video verification for ", N(p.name()), " with agent ",
            N(ag.acct(r)), f" at {t.hm()} (tz {r.choice(['Asia/Manila', 'Africa/Lagos', 'Europe/Kyiv', 'America/Bogota'])}) phone=",
            P(phone(r))]


def tv_proctor(c):
    r, t = c.r, c.t
    p, rv = c.ps(2)
    return [f"<134>1 {t.iso()} proctor-{r.randint(1, 12):02d} skilltest {r.randint(1000, 9999)} - - session={hexid(r, 10)} "
            f"test=\"{r.choice(SKILLS)}\" candidate=", N(p.acct(r)), " ip=", I(ip(r, 0.25)),
            f" flag={r.choice(['second_face_detected', 'tab_switch', 'audio_voices'])} reviewer=\"",
            N(rv.lf()), "\""]


def tv_namechange(c):
    r, t = c.r, c.t
    p = c.p(trad=r.choice(["polish", "czech_slovak", "russian", "english", "spanish", "german", "greek"]), gender="f",
            native_ok=False)
    q = c.p(trad=p.trad, gender="f", native_ok=False)
    q.given = p.given
    old, new = p.gf(), q.gf()
    return [f"{t.iso()} profile-review: name change requested \"", N(old), "\" -> \"", N(new),
            f"\" reason={r.choice(['marriage', 'divorce', 'legal_change'])} doc=doc_{hexid(r, 8)} reviewer=",
            N(c.p().acct(r))]


def tv_lang(c):
    r = c.r
    p = c.p()
    k = r.randint(0, 2)
    if k == 0:
        return ["[notify] id-ID: Halo ", N(p.g()), ", verifikasi identitas Anda berhasil. Profil Anda kini aktif."]
    if k == 1:
        return ["[notify] es-CO: ", N(p.name()), ", necesitamos una foto más nítida de tu documento."]
    return ["[notify] uk-UA: ", N(p.g()), ", вашу особу підтверджено."]


def tv_background(c):
    r, t = c.r, c.t
    p, rq = c.ps(2)
    mid = c.p(trad=p.trad, gender=p.gender, native_ok=False).given
    return [f"{t.iso()} bgcheck order=bg_{hexid(r, 10)} package=standard subject_last=\"", N(fold(p.family).upper()),
            "\" subject_first=\"", N(fold(p.given).upper()), "\" middle=\"", N(fold(mid).upper()), "\" ssn=", S(ssn(r)),
            " phone=", P(phone(r, "us")), " requested_by=", N(rq.acct(r)), " status=pending"]


def tv_neg_mrz(c):
    r = c.r
    cc = r.choice(MRZ_CC)
    return [f"docscan[{r.randint(100, 9999)}]: type=TD3 issuing={cc} confidence=0.{r.randint(10, 40)} session={hexid(r, 12)} "
            f"result=UNREADABLE reason=\"glare on MRZ zone\" retry_hint=\"{r.choice(UI_STRINGS)}\""]


def tv_neg_liveness(c):
    r, t = c.r, c.t
    body = {"service": "liveness", "status": r.choice(STATUS), "model": r.choice(PRODUCTS),
            "version": f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", "checked_at": t.iso()}
    return jd(body, indent=2)


def tv_neg_proctor(c):
    r, t = c.r, c.t
    return [f"<134>1 {t.iso()} proctor-{r.randint(1, 12):02d} skilltest {r.randint(1000, 9999)} - - session={hexid(r, 10)} "
            f"test=\"{r.choice(SKILLS)}\" candidate=sample-candidate flag=none reviewer=\"{r.choice(SERVICE_ACCOUNTS)}\""]


def tv_neg_schedule(c):
    r, t = c.r, c.t
    return [f"{t.sql()} INFO verify-calls: slot pool refreshed region={r.choice(PLACES)} agents_online={r.randint(0, 40)} "
            f"queue=\"{r.choice(STATUS)}\""]


# =============================================================================================== 10 reviews_reputation
def rr_feedback(c):
    r = c.r
    cl, fr = c.ps(2)
    body = {"contract_id": "ctr_" + hexid(r, 10),
            "from": {"role": "client", "display_name": N(cl.given_init() if r.random() < 0.5 else cl.name())},
            "to": {"username": N(fr.acct(r))}, "rating": r.randint(1, 5),
            "comment": Txt(N(fr.g()), r.choice([" was great to work with", " delivered late but the quality was good",
                                                 " went above and beyond", " stopped answering after week two"]),
                           r.choice([".", "!", ", would hire again."]))}
    return ["feedback-svc stored review\n"] + jd(body, indent=2 if r.random() < 0.6 else None, ascii_=r.random() < 0.3)


def rr_slug(c):
    r, t = c.r, c.t
    p = c.p(native_ok=False)
    return [I(ip(r, 0.3)), f" - - [{t.clf()}] \"GET /freelancers/~", N(p.slug()),
            f"-{num(r, 4)}/reviews?page={r.randint(1, 9)} HTTP/2.0\" 200 {r.randint(2000, 40000)} \"https://www.google.com/\""]


def rr_pg(c):
    r, t = c.r, c.t
    p = c.p()
    return [f"{t.sql()}.{t.ms:03d} UTC [{r.randint(1000, 99999)}] LOG:  duration: {r.randint(500, 9000)}.{r.randint(100, 999)} ms  "
            f"execute <unnamed>: UPDATE freelancer_stats SET jss = {r.randint(60, 100)}, reviews = reviews + 1 WHERE username = '",
            N(p.acct(r)), "'"]


def rr_record(c):
    r, t = c.r, c.t
    au, tg, mod = c.ps(3)
    return [f"{t.iso()} WARN  [moderation] c.g.r.ReviewService - flagged: ReviewFlagged[reviewId={num(r, 8)}, author=Author[name=",
            N(au.name()), ", login=", N(au.acct(r)), "], target=", N(tg.acct(r)), ", reason=",
            r.choice(["PROFANITY", "EXTORTION"]) if r.random() < 0.5 else ["OFF_PLATFORM_CONTACT, excerpt=\"text me on ",
                                                                          P(phone(r)), "\""],
            ", assignedTo=", N(mod.acct(r)), "]"]


def rr_csv(c):
    r = c.r
    out = ["rank,name,username,country,jss,earned_usd\n"]
    for i in range(r.randint(2, 4)):
        p = c.p()
        nm = p.roman()
        out += [f"{i + 1},\"", N(nm), "\",", N(p.acct(r)), f",{r.choice(['PK', 'UA', 'KE', 'AR', 'VN', 'RO'])},",
                f"{r.randint(90, 100)},{r.randint(10, 900)}000\n"]
    return out


def rr_reply(c):
    r = c.r
    cl, fr = c.ps(2)
    k = r.randint(0, 2)
    if k == 0:
        msg = ["Thank you ", N(cl.g()), "! It was a pleasure. – ", N(fr.g())]
    elif k == 1:
        msg = ["Merci ", N(cl.g()), " pour ce retour ! ", N(fr.init())]
    else:
        msg = ["Danke, ", N(cl.name()), ", gerne wieder!"]
    return ["feedback-svc reply posted review=", num(r, 8), " by=", N(fr.acct(r)), " text=\"", msg, "\""]


def rr_neg_feedback(c):
    r = c.r
    body = {"contract_id": "ctr_" + hexid(r, 10), "from": {"role": "client", "display_name": r.choice(COMPANIES)},
            "to": {"username": r.choice(SERVICE_ACCOUNTS)}, "rating": r.randint(1, 5),
            "comment": r.choice(UI_STRINGS)}
    return ["feedback-svc stored review\n"] + jd(body, indent=2)


def rr_neg_slug(c):
    r, t = c.r, c.t
    return [f"- - - [{t.clf()}] \"GET /agencies/~{r.choice(['northwind-studio', 'pixelforge-labs', 'tidal-threads'])}/reviews?page="
            f"{r.randint(1, 9)} HTTP/2.0\" 200 {r.randint(2000, 40000)} \"-\""]


def rr_neg_pg(c):
    r, t = c.r, c.t
    return [f"{t.sql()}.{t.ms:03d} UTC [{r.randint(1000, 99999)}] LOG:  duration: {r.randint(500, 9000)}.{r.randint(100, 999)} ms  "
            f"execute <unnamed>: UPDATE agency_stats SET jss = {r.randint(60, 100)} WHERE agency_name = "
            f"'{r.choice(COMPANIES).replace(chr(39), chr(39) * 2)}'"]


def rr_neg_record(c):
    r, t = c.r, c.t
    return [f"{t.iso()} INFO  [moderation] c.g.r.ReviewService - cleared: ReviewFlagged[reviewId={num(r, 8)}, "
            f"author=Author[name={r.choice(COMPANIES)}, login={r.choice(SERVICE_ACCOUNTS)}], target={r.choice(PRODUCTS)}, "
            f"reason=NONE, assignedTo=review-mod-bot]"]


# =============================================================================================== 11 client_invoicing
def ci_printr(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    return [f"[{t.sql()}] production.DEBUG: invoice payload App\\Models\\Invoice Object\n(\n",
            f"    [number] => INV-{t.y}-{r.randint(1, 9999):04d}\n", "    [client_name] => ", N(cl.name()), "\n",
            "    [client_email] => ", E(cl.email(r)), "\n", "    [bill_to] => Array\n        (\n",
            "            [contact] => ", N(cl.lf()), "\n", f"            [city] => {r.choice(PLACES)}\n", "        )\n\n",
            "    [issued_by] => ", N(fr.gf()), "\n", f"    [total] => {money(r)}\n)"]


def ci_declined(c):
    r, t = c.r, c.t
    cl = c.p()
    ctx = {"invoice": f"INV-{t.y}-{r.randint(1, 9999):04d}", "card": C(card(r)), "holder": N(cl.upf()),
           "ip": I(ip(r, 0.2)), "decline_code": r.choice(["insufficient_funds", "do_not_honor", "expired_card"])}
    return [f"[{t.sql()}] production.ERROR: Card declined for hosted invoice "] + jd(ctx, compact=True)


def ci_dunning(c):
    r = c.r
    cl = c.p()
    k = r.randint(0, 3)
    inv = f"INV-2026-{r.randint(1, 9999):04d}"
    if k == 0:
        msg = ["Zahlungserinnerung an ", "Frau " if cl.gender == "f" else "Herrn ", N(cl.family),
               f": Rechnung {inv} ist seit 14 Tagen fällig."]
    elif k == 1:
        msg = ["Beste ", N(cl.g()), f", factuur {inv} staat nog open."]
    elif k == 2:
        msg = ["Gentile ", N(cl.name()), f", la fattura {inv} risulta ancora da saldare."]
    else:
        msg = ["Dear ", N(cl.g()), f", invoice {inv} is now 30 days overdue."]
    return ["dunning[stage=", str(r.randint(1, 3)), "] to=", E(cl.email(r)), " msg=\"", msg, "\""]


def ci_wkhtml(c):
    r = c.r
    p = c.p(native_ok=False)
    fam, giv = fold(p.family).replace(" ", "").replace("'", ""), fold(p.given).replace(" ", "")
    return ["Loading pages (1/6)\n", "Counting pages (2/6)\n", "Resolving links (4/6)\n",
            "Loading headers and footers (5/6)\n", "Printing pages (6/6)\n",
            "Done. wrote /tmp/invoices/invoice_", N(fam + "-" + giv), f"_INV-2026-{r.randint(1, 9999):04d}.pdf"]


def ci_portal(c):
    r, t = c.r, c.t
    p = c.p()
    return [I(ip(r, 0.3)), f" - - [{t.clf()}] \"GET /invoices/view?token={hexid(r, 20)}&email=", pct(E(p.email(r))),
            "&name=", form(N(p.name())), f" HTTP/1.1\" 200 {r.randint(2000, 9000)}"]


def ci_mailhdr(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    return [f"{t.syslog()} mx1 postfix/smtp[{r.randint(1000, 99999)}]: {upid(r, 10)}: to=<", E(cl.email(r)),
            ">, relay=mx.example.net[", I(ipv4(r)), "]:25, delay=0.8, status=sent (250 OK) subject=\"Invoice from ",
            N(fr.name()), "\""]


def ci_neg_printr(c):
    r, t = c.r, c.t
    return [f"[{t.sql()}] production.DEBUG: invoice payload App\\Models\\Invoice Object\n(\n",
            f"    [number] => INV-{t.y}-{r.randint(1, 9999):04d}\n", f"    [client_name] => {r.choice(COMPANIES)}\n",
            f"    [status] => {r.choice(STATUS)}\n", f"    [issued_by] => {r.choice(SERVICE_ACCOUNTS)}\n", f"    [total] => {money(r)}\n)"]


def ci_neg_wkhtml(c):
    r = c.r
    return ["Loading pages (1/6)\n", "Printing pages (6/6)\n",
            f"Done. wrote /tmp/invoices/preview_{r.choice(['Standard', 'Agency', 'Modern'])}_template_v{r.randint(1, 9)}.pdf "
            f"(font {r.choice(['Georgia', 'Verdana', 'Helvetica'])})"]


def ci_neg_declined(c):
    r, t = c.r, c.t
    ctx = {"invoice": f"INV-{t.y}-{r.randint(1, 9999):04d}", "card": "**** **** **** " + last4(r),
           "holder": r.choice(COMPANIES).upper(), "decline_code": "processing_error"}
    return [f"[{t.sql()}] production.ERROR: Card declined for hosted invoice "] + jd(ctx, compact=True)


def ci_neg_dunning(c):
    r = c.r
    return [f"dunning[stage={r.randint(1, 3)}] skipped org=\"{r.choice(COMPANIES)}\" reason=\"{r.choice(STATUS)}\" "
            f"template=\"{r.choice(UI_STRINGS)}\""]


# =============================================================================================== 12 fan_memberships_tips
def fm_ws(c):
    r = c.r
    fan, cr = c.ps(2)
    data = {"type": "tip", "data": {"username": N(fan.acct(r)), "displayName": N(fan.name()),
                                    "amount": r.choice([2, 5, 10, 20, 50]), "currency": r.choice(CURRENCIES),
                                    "message": Txt("love the stream ", N(cr.g()), r.choice(["!", " <3", " from " + r.choice(PLACES)]))}}
    return ["WS >> "] + jd(data, compact=True, ascii_=r.random() < 0.4)


def fm_pledge(c):
    r, t = c.r, c.t
    p = c.p()
    body = {"data": {"type": "member", "id": hexid(r, 8) + "-" + hexid(r, 4),
                     "attributes": {"full_name": N(p.name()), "email": E(p.email(r)), "patron_status": "active_patron",
                                    "currently_entitled_amount_cents": r.choice([300, 500, 1000, 2500]),
                                    "pledge_relationship_start": t.iso()},
                     "relationships": {"tier": {"title": r.choice(TIERS)}}}}
    return ["fanhub webhook members:pledge:create\n"] + jd(body, indent=2 if r.random() < 0.7 else None)


def fm_discord(c):
    r = c.r
    p = c.p()
    return ["[role-sync] patron ", N(p.acct(r)), " (", N(p.name()), f") -> role \"{r.choice(TIERS)}\" guild={num(r, 18)} "
            f"discord_user={num(r, 18)}"]


def fm_dm(c):
    r = c.r
    fan, cr = c.ps(2)
    k = r.randint(0, 3)
    if k == 0:
        msg = ["Merci ", N(fan.g()), " pour ton soutien ! — ", N(cr.g())]
    elif k == 1:
        msg = ["Danke ", N(fan.g()), ", willkommen im Kreis! ", N(cr.g())]
    elif k == 2:
        msg = [N(fan.name()), "さん、メンバーになってくれてありがとう！"]
    else:
        msg = ["Thanks for joining, ", N(fan.g().lower() if r.random() < 0.3 else fan.g()), "! xx ", N(cr.g())]
    return ["welcome-dm sent to=", N(fan.acct(r)), " text=\"", msg, "\""]


def fm_csv(c):
    r = c.r
    ph = r.random() < 0.5
    out = ["Name,Email," + ("Phone," if ph else "") + "Tier,Pledge,Country,Patron Status\n"]
    for _ in range(r.randint(2, 4)):
        p = c.p()
        nm = p.name()
        out += ["\"", N(nm), "\",", E(p.email(r)), [",", P(phone(r))] if ph else "", f",{r.choice(TIERS)},{r.choice(['3.00', '5.00', '10.00', '25.00'])},",
                f"{r.choice(['US', 'GB', 'DE', 'BR', 'JP', 'NG'])},{r.choice(['Active patron', 'Declined patron', 'Former patron'])}\n"]
    return out


def fm_goal(c):
    r, t = c.r, c.t
    fans = c.ps(r.randint(2, 3))
    out = [f"{t.iso()} overlay goal=\"{r.choice(['New mic', 'Trip to ' + r.choice(['Lagos', 'Kraków', 'Nairobi'])])}\" "
           f"progress={r.randint(10, 99)}% top_supporters="]
    for i, f in enumerate(fans):
        out += ["|" if i else "", N(f.name() if r.random() < 0.5 else f.acct(r))]
    return out


def fm_neg_ws(c):
    r = c.r
    data = {"type": "follow_goal", "data": {"label": r.choice(UI_STRINGS), "current": r.randint(0, 900),
                                            "target": 1000, "theme": r.choice(PERSONA_TIERS)}}
    return ["WS >> "] + jd(data, compact=True)


def fm_neg_pledge(c):
    r = c.r
    body = {"data": {"type": "tier", "id": num(r, 7), "attributes": {"title": r.choice(PERSONA_TIERS),
                                                                       "amount_cents": r.choice([300, 500, 1000]),
                                                                       "description": r.choice(UI_STRINGS)}}}
    return ["fanhub webhook tiers:update\n"] + jd(body, indent=2)


def fm_neg_discord(c):
    r = c.r
    return [f"[role-sync] bot {r.choice(SERVICE_ACCOUNTS)} -> role \"{r.choice(PERSONA_TIERS)}\" guild={num(r, 18)} "
            f"status=\"{r.choice(STATUS)}\""]


def fm_neg_csv(c):
    r = c.r
    out = ["Tier,Price,Members,Status\n"]
    for _ in range(r.randint(2, 4)):
        out.append(f"{r.choice(PERSONA_TIERS + TIERS)},{r.choice(['3.00', '5.00', '10.00'])},{r.randint(0, 900)},{r.choice(STATUS)}\n")
    return out


FAMILIES = [
    ("creator_payouts", [cp_csv, cp_batch, cp_fail, cp_repr, cp_notify, cp_recipient],
     [cp_neg_csv, cp_neg_fail, cp_neg_repr, cp_neg_notify]),
    ("sponsorship_deals", [sd_airtable, sd_brief_mail, sd_promo, sd_tsv, sd_ftc, sd_chat],
     [sd_neg_airtable, sd_neg_promo, sd_neg_tsv, sd_neg_ftc]),
    ("talent_verification", [tv_mrz, tv_liveness, tv_schedule, tv_proctor, tv_namechange, tv_lang, tv_background],
     [tv_neg_mrz, tv_neg_liveness, tv_neg_proctor, tv_neg_schedule]),
    ("reviews_reputation", [rr_feedback, rr_slug, rr_pg, rr_record, rr_csv, rr_reply],
     [rr_neg_feedback, rr_neg_slug, rr_neg_pg, rr_neg_record]),
    ("client_invoicing", [ci_printr, ci_declined, ci_dunning, ci_wkhtml, ci_portal, ci_mailhdr],
     [ci_neg_printr, ci_neg_wkhtml, ci_neg_declined, ci_neg_dunning]),
    ("fan_memberships_tips", [fm_ws, fm_pledge, fm_discord, fm_dm, fm_csv, fm_goal],
     [fm_neg_ws, fm_neg_pledge, fm_neg_discord, fm_neg_csv]),
]
