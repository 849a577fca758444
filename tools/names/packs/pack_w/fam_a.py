"""Families 1-6 of pack_w: proposals, contracts, milestone escrow, time tracking, disputes, tax reporting."""

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
    P,
    S,
    Txt,
    X,
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
    xd,
)
from names import fold

JOBS = ["Logo redesign for coffee brand", "Shopify theme fixes", "Translate app strings EN>PT", "Podcast edit (6 eps)",
        "Landing page copy", "React Native bug bash", "3D product renders", "Bookkeeping Q1 catch-up",
        "Explainer video 60s", "WordPress migration", "UX audit of checkout", "Data cleanup in Airtable"]


def _fname(p) -> str:
    return fold(p.given).lower().replace(" ", "_").replace("'", "") + "_" + fold(p.family).lower().replace(
        " ", "_").replace("'", "")


# =============================================================================================== 1 proposal_bids
def pb_phoenix(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    reqid = "F" + hexid(r, 15)
    letter = Txt("Hi ", N(cl.g()), ", I read the brief for ", r.choice(JOBS).lower(), ". I did similar work for ",
                 r.choice(BRANDS), ". Best, ", N(fr.g() if r.random() < 0.6 else fr.name()))
    params = ["%{\"proposal\" => %{\"bid_amount\" => \"", money(r, 80, 4000), "\", \"cover_letter\" => \"",
              letter, "\", \"duration\" => \"", r.choice(["1w", "2w", "1m"]), "\", \"attachments\" => [\"portfolio_",
              N(_fname(fr)), ".pdf\"]}, \"job_id\" => \"", num(r, 7), "\"}"]
    return [f"{t.hm()}:{t.s:02d}.{t.ms:03d} request_id={reqid} [info] POST /api/v2/jobs/{num(r, 7)}/proposals\n",
            f"{t.hm()}:{t.s:02d}.{t.ms:03d} request_id={reqid} [debug] Processing with GigWeb.ProposalController.create/2\n",
            "  Parameters: ", params, "\n  Pipelines: [:api, :authenticated]\n",
            f"{t.hm()}:{t.s:02d}.{(t.ms + 37) % 1000:03d} request_id={reqid} [info] Sent 201 in 37ms"]


def pb_pino(c):
    r, t = c.r, c.t
    fr = c.p()
    acct = fr.acct(r)
    body = {"level": 30, "time": t.epoch() * 1000 + t.ms, "pid": r.randint(100, 9999), "hostname": f"api-{r.randint(1, 9)}",
            "msg": "graphql operation", "operationName": "SubmitProposal",
            "variables": {"input": {"jobId": "job_" + hexid(r, 10), "rate": {"amount": r.randint(15, 150),
                                                                               "currency": r.choice(CURRENCIES)},
                                    "coverLetter": Txt("I'm ", N(fr.g()), ", ", r.choice(SKILLS),
                                                       " specialist. Available from Monday.")}},
            "viewer": {"username": N(acct), "displayName": N(fr.given_init() if r.random() < 0.5 else fr.name())},
            "remoteAddress": I(ip(r, 0.3))}
    if r.random() < 0.4:
        body["viewer"]["email"] = E(fr.email(r))
    return jd(body, compact=r.random() < 0.5, ascii_=r.random() < 0.3)


def pb_logfmt(c):
    r, t = c.r, c.t
    cl = c.p()
    shorts = c.ps(r.randint(2, 4))
    inviter = c.p()
    parts = [f"ts={t.iso()} level=info component=match-ranker job=J-{num(r, 6)} client=\"",
             N(cl.lf() if r.random() < 0.5 else cl.name()), "\" shortlisted="]
    for i, s in enumerate(shorts):
        parts += ["," if i else "", N(s.acct(r))]
    parts += [f" top_score=0.{r.randint(70, 99)} invited_by=", N(inviter.acct(r)),
              f" skills=\"{r.choice(SKILLS)};{r.choice(SKILLS)}\""]
    return parts


def pb_notice(c):
    r = c.r
    fr = c.p()
    job = r.choice(JOBS)
    k = r.randint(0, 5)
    if k == 0:
        return ["[notify] fr-FR push: Nouvelle proposition de ", N(fr.name()), " pour « ", job, " » (",
                money(r), " EUR)"]
    if k == 1:
        return ["[notify] de-DE mail subject=\"Neues Angebot von ", N(fr.name()), " für „", job, "“\""]
    if k == 2:
        return ["[notify] es-MX push: ", N(fr.g()), " envió una propuesta para \"", job, "\" · responde en 48 h"]
    if k == 3:
        return ["[notify] ja-JP push: ", N(fr.name()), "さんから「", job, "」への新しい提案が届きました"]
    if k == 4:
        return ["[notify] pt-BR e-mail to=", E(c.p().email(r)), " assunto=\"", N(fr.name()),
                " enviou uma proposta\""]
    return ["[notify] ko-KR push: ", N(fr.name()), "님이 '", job, "' 프로젝트에 제안서를 보냈습니다"]


def pb_invite_access(c):
    r, t = c.r, c.t
    fr = c.p()
    cip = ip(r, 0.25)
    q = ["freelancer=", form(N(fr.gf())), "&email=", pct(E(fr.email(r))), "&ref=search&page=",
         str(r.randint(1, 9))]
    if r.random() < 0.5:
        q = ["q=", pct(N(fr.name())), "&sort=jss&ref=talent_search"]
    return [I(cip), f" - - [{t.clf()}] \"GET /jobs/invite?", q,
            f" HTTP/1.1\" 200 {r.randint(900, 9000)} \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)\""]


def pb_cli(c):
    r = c.r
    rows = c.ps(r.randint(2, 4))
    out = [f"$ gigctl proposals list --job {num(r, 6)}\n",
           "ID         FREELANCER                 ACCOUNT            BID        STATUS\n"]
    for p in rows:
        nm = p.roman() if r.random() < 0.7 else p.up()
        ac = p.acct(r)
        out += [f"prp_{hexid(r, 6)} ", N(nm), " " * max(1, 27 - len(nm)), N(ac), " " * max(1, 19 - len(ac)),
                f"${money(r, 50, 3000):<10}", r.choice(["shortlisted", "submitted", "declined", "hired"]), "\n"]
    return out[:-1] + [""]


def pb_neg_phoenix(c):
    r, t = c.r, c.t
    return [f"{t.hm()}:{t.s:02d}.{t.ms:03d} request_id=F{hexid(r, 15)} [info] POST /api/v2/agencies/{num(r, 6)}/proposals\n",
            "  Parameters: %{\"proposal\" => %{\"agency\" => \"", r.choice(COMPANIES), "\", \"bid_amount\" => \"",
            money(r), "\", \"cover_letter\" => \"", r.choice(UI_STRINGS), "\", \"submitted_by\" => \"",
            r.choice(SERVICE_ACCOUNTS), "\"}}\n  Pipelines: [:api, :agency]"]


def pb_neg_logfmt(c):
    r, t = c.r, c.t
    return [f"ts={t.iso()} level=info component=match-ranker job=J-{num(r, 6)} client=\"{r.choice(COMPANIES)}\" "
            f"shortlisted=none reason=no_match skills=\"{r.choice(SKILLS)}\" location=\"{r.choice(PLACES)}\" "
            f"invited_by={r.choice(SERVICE_ACCOUNTS)} model=\"{r.choice(PRODUCTS)}\" v=4.{r.randint(0, 20)}.{r.randint(0, 9)}"]


def pb_neg_cli(c):
    r = c.r
    out = [f"$ gigctl proposals list --job {num(r, 6)} --agencies\n",
           "ID         AGENCY                          ACCOUNT            BID        STATUS\n"]
    for _ in range(r.randint(2, 4)):
        co = r.choice(COMPANIES)[:31]
        sa = r.choice(SERVICE_ACCOUNTS)
        out.append(f"prp_{hexid(r, 6)} {co:<32}{sa:<19}${money(r, 50, 3000):<10}{r.choice(STATUS)}\n")
    return out


def pb_neg_notice(c):
    r = c.r
    return [f"[notify] {r.choice(['fr-FR', 'de-DE', 'ja-JP', 'es-MX', 'ko-KR'])} template=proposal_received "
            f"title=\"{r.choice(UI_STRINGS)}\" job=\"{r.choice(JOBS)}\" placeholder=\"{{{{freelancer_name}}}}\" "
            f"sent_by={r.choice(SERVICE_ACCOUNTS)}"]


# =============================================================================================== 2 contract_lifecycle
def cl_gostruct(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    ce = cl.email(r)
    return [f"{t.y}/{t.mo:02d}/{t.d:02d} {t.hm()}:{t.s:02d} contract.go:{r.randint(100, 400)}: activating contract: "
            f"&{{ID:ctr_{hexid(r, 12)} Client:{{Name:", N(cl.gf()), " Email:", E(ce), " Company:",
            r.choice(["", r.choice(BRANDS)]), "} Freelancer:{Name:", N(fr.name()), " Username:", N(fr.acct(r)),
            f"}} Rate:{r.randint(15, 160)} Currency:{r.choice(CURRENCIES)} Type:{r.choice(['hourly', 'fixed'])} "
            f"WeeklyLimit:{r.randint(5, 40)}}}"]


def cl_yaml(c):
    r = c.r
    cl, fr = c.ps(2)
    q = '"' if r.random() < 0.5 else ""
    out = ["contract:\n", f"  id: ctr_{hexid(r, 12)}\n", f"  title: {q}{r.choice(JOBS)}{q}\n", "  parties:\n",
           "    client:\n", f"      legal_name: {q}", N(cl.gf()), f"{q}\n", "      email: ", E(cl.email(r)), "\n",
           "    contractor:\n", "      display_name: ", N(fr.name()), "\n", "      username: ", N(fr.acct(r)), "\n"]
    if r.random() < 0.5:
        out += ["      phone: \"", P(phone(r)), "\"\n"]
    out += ["  terms:\n", f"    rate: {r.randint(20, 150)}\n", f"    currency: {r.choice(CURRENCIES)}\n",
            f"    notice_days: {r.choice([7, 14, 30])}"]
    return out


def cl_fsm(c):
    r, t = c.r, c.t
    a, b = c.ps(2)
    states = [("OFFER_SENT", "ACCEPTED"), ("DRAFT", "OFFER_SENT"), ("ACTIVE", "PAUSED"), ("PAUSED", "ACTIVE"),
              ("ACTIVE", "ENDED")]
    s1, s2 = r.choice(states)
    out = [f"{t.iso()} [contract-fsm] ctr_{hexid(r, 10)} {s1} -> {s2} actor=", N(a.acct(r)), " (", N(a.name()), ")"]
    if r.random() < 0.6:
        out += [f"\n{t.iso()} [contract-fsm] amendment #{r.randint(1, 5)} rate change approved by ",
                N(b.lf() if r.random() < 0.6 else b.lf_up())]
    return out


def cl_pdf(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    fam, giv = fold(fr.family).replace(" ", "").replace("'", ""), fold(fr.given).replace(" ", "")
    return [f"{t.sql()} renderer[{r.randint(100, 999)}]: wrote /var/contracts/{t.y}/{t.mo:02d}/SOW_", N(fam + "_" + giv),
            f"_v{r.randint(1, 5)}.pdf ({r.randint(2, 12)} pages, sha256={hexid(r, 16)}…) signed_by=\"", N(cl.up()),
            "\" countersigned_by=\"", N(fr.up()), "\""]


def cl_mail(c):
    r, t = c.r, c.t
    cl, fr = c.ps(2)
    return ["Return-Path: <", E(f"bounces+{num(r, 6)}@mail.gigly.example"), ">\n",
            "From: \"", N(cl.name()), " via Gigly\" <", E("notifications@gigly.example"), ">\n",
            "Reply-To: ", E(cl.email(r)), "\n", "To: \"", N(fr.gf()), "\" <", E(fr.email(r)), ">\n",
            f"Date: {t.rfc2822()}\n", "Subject: Offer: ", r.choice(JOBS), "\n", f"Message-ID: <{num(r, 12)}@mail.gigly.example>\n\n",
            "Hi ", N(fr.given), ", ", N(cl.given), " has sent you an offer. Review it before ", t.date(), "."]


def cl_neg_go(c):
    r, t = c.r, c.t
    return [f"{t.y}/{t.mo:02d}/{t.d:02d} {t.hm()}:{t.s:02d} contract.go:{r.randint(100, 400)}: activating contract: "
            f"&{{ID:ctr_{hexid(r, 12)} Client:{{Name:{r.choice(COMPANIES)} Email: Company:{r.choice(BRANDS)}}} "
            f"Freelancer:{{Name:{r.choice(COMPANIES)} Username:{r.choice(SERVICE_ACCOUNTS)}}} Rate:{r.randint(15, 160)} "
            f"Currency:{r.choice(CURRENCIES)} Type:retainer WeeklyLimit:0}}"]


def cl_neg_fsm(c):
    r, t = c.r, c.t
    return [f"{t.iso()} [contract-fsm] ctr_{hexid(r, 10)} ACTIVE -> ENDED actor={r.choice(SERVICE_ACCOUNTS)} "
            f"(auto-close: {r.choice(['inactivity 30d', 'milestones complete', 'client account closed'])}) "
            f"status=\"{r.choice(STATUS)}\""]


def cl_neg_yaml(c):
    r = c.r
    return ["contract_template:\n", f"  id: tpl_{hexid(r, 8)}\n", f"  title: \"{r.choice(UI_STRINGS)}\"\n",
            "  parties:\n    client:\n      legal_name: \"{{client.legal_name}}\"\n",
            f"    agency: \"{r.choice(COMPANIES)}\"\n", f"  jurisdiction: \"{r.choice(PLACES)}\"\n",
            f"  owner: {r.choice(SERVICE_ACCOUNTS)}"]


def cl_neg_pdf(c):
    r, t = c.r, c.t
    return [f"{t.sql()} renderer[{r.randint(100, 999)}]: wrote /var/contracts/templates/SOW_Template_"
            f"{r.choice(['Standard', 'Agency', 'Retainer'])}_v{r.randint(1, 9)}.pdf ({r.randint(2, 12)} pages) "
            f"font=\"{r.choice(['Georgia', 'Helvetica Neue', 'Inter'])}\" preview_for=\"{r.choice(COMPANIES)}\""]


# =============================================================================================== 3 milestone_escrow
def me_proto(c):
    r, t = c.r, c.t
    ap, pe = c.ps(2)
    return [f"I{t.mo:02d}{t.d:02d} {t.hm()}:{t.s:02d}.{t.ms:03d}{r.randint(100, 999)}   {r.randint(1000, 9999)} "
            f"escrow_server.go:{r.randint(50, 300)}] ReleaseMilestone request: milestone_id: \"ms_{hexid(r, 10)}\" "
            f"amount {{ currency_code: \"{r.choice(CURRENCIES)}\" units: {r.randint(50, 9000)} }} approver {{ display_name: \"",
            N(ap.name()), "\" account: \"", N(ap.acct(r)), "\" } payee { display_name: \"", N(pe.name()),
            "\" email: \"", E(pe.email(r)), "\" }"]


def me_ledger(c):
    r, t = c.r, c.t
    out = [f"ESCROW LEDGER {t.date()}                                   PAGE {r.randint(1, 40)}\n",
           "TXN-ID      TYPE      MILESTONE  PAYER                    PAYEE                       AMOUNT\n"]
    for _ in range(r.randint(2, 4)):
        a, b = c.ps(2)
        pa, pb_ = a.upf()[:24].rstrip(), b.upf()[:26].rstrip()
        if len(a.upf()) > 24 or len(b.upf()) > 26:
            pa, pb_ = a.lf_up()[:24].rstrip(), b.lf_up()[:26].rstrip()
        out += [f"{num(r, 10)}  {r.choice(['FUND', 'RELEASE', 'REFUND']):<9} M{r.randint(1, 9):<9} ", N(pa),
                " " * (25 - len(pa)), N(pb_), " " * (28 - len(pb_)), f"{money(r):>9}\n"]
    return out


def me_logfmt(c):
    r, t = c.r, c.t
    ap, pe = c.ps(2)
    return [f"time={t.iso()} level=info msg=\"milestone released\" milestone=ms_{hexid(r, 8)} state=RELEASED approved_by=",
            N(ap.acct(r)), " approver_name=\"", N(ap.name()), "\" payee=", N(pe.acct(r)),
            f" amount={money(r)} currency={r.choice(CURRENCIES)} auto_release=false hold_days={r.choice([0, 3, 5, 7])}"]


def me_funding(c):
    r = c.r
    cl = c.p()
    body = {"event": "milestone.funded", "milestone": {"id": "ms_" + hexid(r, 10), "title": r.choice(JOBS)},
            "client": {"first_name": N(cl.g()), "last_name": N(cl.f()), "email": E(cl.email(r))},
            "payment_method": {"type": "card", "number": C(card(r)), "holder": N(cl.upf())},
            "ip": I(ip(r, 0.25))}
    return ["escrow-webhooks: payload=\n"] + jd(body, indent=2, ascii_=r.random() < 0.3)


def me_sms(c):
    r = c.r
    fr, cl = c.ps(2)
    k = r.randint(0, 3)
    amt = money(r)
    if k == 0:
        msg = ["Hi ", N(fr.g()), ", ", N(cl.g()), f" approved milestone {r.randint(1, 6)} — ${amt} will be released in 5 days."]
    elif k == 1:
        msg = ["Hola ", N(fr.g()), ": ", N(cl.name()), f" aprobó el hito {r.randint(1, 6)}. Liberaremos {amt} EUR en 5 días."]
    elif k == 2:
        msg = ["Olá ", N(fr.g()), "! ", N(cl.name()), f" aprovou a etapa {r.randint(1, 6)}; R$ {amt} será liberado."]
    else:
        msg = [N(fr.name()), "様：", N(cl.name()), f"様がマイルストーン{r.randint(1, 6)}を承認しました。"]
    return ["sms-out to=", P(phone(r)), " body=\"", msg, "\""]


def me_neg_proto(c):
    r, t = c.r, c.t
    return [f"I{t.mo:02d}{t.d:02d} {t.hm()}:{t.s:02d}.{t.ms:03d}{r.randint(100, 999)}   {r.randint(1000, 9999)} "
            f"escrow_server.go:{r.randint(50, 300)}] ReleaseMilestone request: milestone_id: \"ms_{hexid(r, 10)}\" "
            f"approver {{ display_name: \"Auto-release\" account: \"{r.choice(SERVICE_ACCOUNTS)}\" }} payee {{ "
            f"display_name: \"{r.choice(COMPANIES)}\" }} reason: \"{r.choice(STATUS)}\""]


def me_neg_ledger(c):
    r, t = c.r, c.t
    out = [f"ESCROW LEDGER {t.date()}                                   PAGE {r.randint(1, 40)}\n",
           "TXN-ID      TYPE      MILESTONE  PAYER                    PAYEE                       AMOUNT\n"]
    for _ in range(r.randint(2, 4)):
        a, b = r.choice(COMPANIES).upper()[:24], r.choice(COMPANIES).upper()[:26]
        out.append(f"{num(r, 10)}  {'FEE':<9} M{r.randint(1, 9):<9} {a:<25}{b:<28}{money(r):>9}\n")
    return out


def me_neg_logfmt(c):
    r, t = c.r, c.t
    return [f"time={t.iso()} level=info msg=\"milestone auto-released\" milestone=ms_{hexid(r, 8)} state=RELEASED "
            f"approved_by={r.choice(SERVICE_ACCOUNTS)} payee_org=\"{r.choice(COMPANIES)}\" amount={money(r)} "
            f"status=\"{r.choice(STATUS)}\" region=\"{r.choice(PLACES)}\""]


def me_neg_sms(c):
    r = c.r
    return [f"sms-out template=milestone_approved locale={r.choice(['en', 'es', 'pt', 'ja'])} body=\"{r.choice(UI_STRINGS)}\" "
            f"status={r.choice(['queued', 'suppressed'])} reason=quiet_hours"]


# =============================================================================================== 4 time_tracker_agent
def _host(p, r):
    g = fold(p.given).replace(" ", "").replace("'", "")
    k = r.randint(0, 3)
    if k == 0:
        return [N(g), "s-MacBook-Pro"]
    if k == 1:
        return ["LAPTOP-", N(fold(p.family).upper().replace(" ", "").replace("'", "")[:8])]
    if k == 2:
        a = p.acct(r)
        return [N(a), "-thinkpad"]
    return ["DESKTOP-", N(g.upper()[:7]), f"{r.randint(1, 9)}"]


def tt_electron(c):
    r, t = c.r, c.t
    fr = c.p()
    a = fr.acct(r)
    return [f"[{t.sql()}.{t.ms:03d}] [info] [uploader] screenshot uploaded file=shot_", N(a),
            f"_{t.y}{t.mo:02d}{t.d:02d}T{t.h:02d}{t.mi:02d}{t.s:02d}.webp activity={r.randint(5, 100)}% device=",
            _host(fr, r), " ip=", I(ip(r, 0.2)), f" contract=ctr_{hexid(r, 8)}"]


def tt_box(c):
    r, t = c.r, c.t
    rows = []
    for _ in range(r.randint(2, 3)):
        f, a = c.ps(2)
        rows.append((f.name() if r.random() < 0.6 else f.init(), a.acct(r)))
    w1 = max(16, *(len(x[0]) for x in rows)) + 1
    w2 = max(12, *(len(x[1]) for x in rows)) + 1
    top = "┌" + "─" * 12 + "┬" + "─" * (w1 + 1) + "┬" + "─" * 7 + "┬" + "─" * (w2 + 1) + "┐\n"
    out = [top, "│ Week       │ " + "Freelancer".ljust(w1) + "│ Hours │ " + "Approved by".ljust(w2) + "│\n",
           top.replace("┌", "├").replace("┬", "┼").replace("┐", "┤")]
    for f, a in rows:
        out += [f"│ {t.y}-W{r.randint(1, 52):02d}   │ ", N(f), " " * (w1 - len(f)), f"│ {r.randint(1, 60):>5} │ ", N(a),
                " " * (w2 - len(a)), "│\n"]
    out.append(top.replace("┌", "└").replace("┬", "┴").replace("┐", "┘"))
    return out


def tt_mysql(c):
    r, t = c.r, c.t
    fr, other = c.ps(2)
    return [f"{t.iso(ms=False)[:-1]}.{r.randint(100000, 999999)}Z\t{r.randint(10, 900):>5} Query\tUPDATE time_entries SET "
            f"minutes={r.randint(15, 240)}, note='call with ", N(other.g()), " re: ", r.choice(SKILLS).lower(),
            f"', edited_at=NOW() WHERE id={num(r, 8)} AND user_login='", N(fr.acct(r)), "'"]


def tt_tsv(c):
    r, t = c.r, c.t
    out = ["week\tcontractor\tclient\thours\tapproved_by\n"]
    for _ in range(r.randint(2, 4)):
        a, b, ap = c.ps(3)
        out += [f"{t.y}-W{r.randint(1, 52):02d}\t", N(a.name()), "\t", N(b.lf()), f"\t{r.randint(1, 40)}.{r.choice([0, 25, 5, 75])}\t",
                N(ap.acct(r)), "\n"]
    return out


def tt_idle_de(c):
    r = c.r
    fr = c.p()
    k = r.random()
    if k < 0.5:
        return ["[mailer] de-DE idle_report to=", E(fr.email(r)), " body=\"Hallo ", N(fr.g()), ", für die Woche ",
                f"KW{r.randint(1, 52)} wurden {r.randint(1, 9)} Stunden ohne Aktivität erfasst.\""]
    return ["[mailer] nl-NL idle_report to=", E(fr.email(r)), " body=\"Beste ", N(fr.g()), ", deze week is ",
            f"{r.randint(1, 9)} uur zonder activiteit geregistreerd.\""]


def tt_neg_electron(c):
    r, t = c.r, c.t
    return [f"[{t.sql()}.{t.ms:03d}] [info] [updater] downloaded tracker {r.randint(3, 6)}.{r.randint(0, 30)}.{r.randint(0, 9)} "
            f"device=Meeting-Room-{r.choice(['Oslo', 'Lima', 'Kyoto'])} channel=stable owner={r.choice(SERVICE_ACCOUNTS)}"]


def tt_neg_tsv(c):
    r, t = c.r, c.t
    out = ["week\tproject\tclient\thours\tapproved_by\n"]
    for _ in range(r.randint(2, 4)):
        out.append(f"{t.y}-W{r.randint(1, 52):02d}\t{r.choice(PRODUCTS)}\t{r.choice(COMPANIES)}\t{r.randint(1, 90)}\t"
                   f"{r.choice(SERVICE_ACCOUNTS)}\n")
    return out


def tt_neg_mysql(c):
    r, t = c.r, c.t
    return [f"{t.iso(ms=False)[:-1]}.{r.randint(100000, 999999)}Z\t{r.randint(10, 900):>5} Query\tUPDATE projects SET "
            f"codename='{r.choice(PRODUCTS)}', status='{r.choice(STATUS)}' WHERE client_org='{r.choice(COMPANIES)}'"]


def tt_neg_box(c):
    r = c.r
    out = ["┌────────────┬──────────────────────┬───────┐\n", "│ Week       │ Project              │ Hours │\n",
           "├────────────┼──────────────────────┼───────┤\n"]
    for _ in range(r.randint(2, 3)):
        out.append(f"│ 2026-W{r.randint(1, 52):02d}   │ {r.choice(PRODUCTS)[:20]:<21}│ {r.randint(1, 99):>5} │\n")
    out.append("└────────────┴──────────────────────┴───────┘")
    return out


# =============================================================================================== 5 dispute_cases
def dc_chat(c):
    r, t = c.r, c.t
    med, cl, fr = c.ps(3)
    ca, fa = cl.acct(r), fr.acct(r)
    return [f"[{t.hm()}] Mediator ", N(med.g()), " (Resolution Centre): Hello ", N(cl.g()), " and ", N(fr.g()),
            f", I'm reviewing case DSP-{num(r, 6)}.\n",
            f"[{t.hm()}] ", N(ca), ": the files were delivered late and ", N(fr.g()), " stopped replying\n",
            f"[{t.hm()}] ", N(fa), ": I sent everything on the 12th, you can call me on ", P(phone(r)), "\n",
            f"[{t.hm()}] Mediator ", N(med.g()), ": please keep contact details off the thread."]


def dc_mail(c):
    r, t = c.r, c.t
    cl, fr, med = c.ps(3)
    case = f"DSP-{num(r, 6)}"
    return ["From: Resolution Centre <", E("disputes@gigly.example"), ">\n", "To: \"", N(cl.lf()), "\" <",
            E(cl.email(r)), ">\n", "Cc: ", E(fr.email(r)), "\n", f"Subject: [{case}] Dispute opened by ", N(cl.name()), "\n",
            f"Date: {t.rfc2822()}\n", "X-Case-Owner: ", N(med.acct(r)), "\n\n", "Dear ", N(cl.g()),
            f", your dispute about milestone {r.randint(1, 5)} has been assigned to ", N(med.init()), "."]


def dc_xml(c):
    r = c.r
    cl, fr, ar = c.ps(3)
    x = X("DisputeDecision",
          X("Claimant", X("Name", N(cl.name())), X("Email", E(cl.email(r)))),
          X("Respondent", X("Username", N(fr.acct(r))), X("Name", N(fr.gf()))),
          X("Arbitrator", N(ar.lf())),
          X("Outcome", r.choice(["SPLIT_50_50", "REFUND_CLIENT", "RELEASE_FREELANCER"])),
          attrs=[("id", f"DSP-{num(r, 6)}"), ("amount", money(r))])
    return xd(x, indent=2 if r.random() < 0.6 else None)


def dc_lang(c):
    r = c.r
    cl, fr = c.ps(2)
    k = r.randint(0, 3)
    case = f"DSP-{num(r, 6)}"
    if k == 0:
        return [f"[note fr] Litige {case} : ", "Mme " if cl.gender == "f" else "M. ", N(cl.family),
                " a fourni les preuves ; ", N(fr.name()), " conteste le montant."]
    if k == 1:
        return [f"[note es] Disputa {case}: ", "la Sra. " if cl.gender == "f" else "el Sr. ", N(cl.family),
                " pide reembolso total; ", N(fr.g()), " propone el 50 %."]
    if k == 2:
        return [f"[note de] Streitfall {case}: ", "Frau " if cl.gender == "f" else "Herr ", N(cl.family),
                " hat Belege hochgeladen, Auftragnehmer ", N(fr.name()), " widerspricht."]
    return [f"[note pt] Disputa {case}: o cliente ", N(cl.name()), " recusou a entrega de ", N(fr.g()), "."]


def dc_traceback(c):
    r = c.r
    cl, fr = c.ps(2)
    case = {"id": f"DSP-{num(r, 6)}", "claimant": N(cl.name()), "respondent_email": E(fr.email(r)),
            "amount": float(money(r))}
    return ["Traceback (most recent call last):\n", "  File \"/srv/disputes/evidence.py\", line 88, in attach\n",
            "    store.put(case)\n", "KeyError: 'evidence_bucket'\n", "locals: {'case': "] + pr(case) + ["}"]


def dc_escalate(c):
    r = c.r
    a, b, d = c.ps(3)
    arrow = r.choice(["->", "=>", "→"])
    return [f"DSP-{num(r, 6)} escalation tier1:", N(a.acct(r)), f" {arrow} tier2:", N(b.acct(r)),
            f" {arrow} arbitration:", N(d.lf() if r.random() < 0.5 else d.name()), f" (sla {r.randint(24, 96)}h)"]


def dc_neg_chat(c):
    r, t = c.r, c.t
    return [f"[{t.hm()}] Resolution Bot: case DSP-{num(r, 6)} opened. {r.choice(UI_STRINGS)}\n",
            f"[{t.hm()}] Resolution Bot: status changed to \"{r.choice(STATUS)}\"\n",
            f"[{t.hm()}] {r.choice(SERVICE_ACCOUNTS)}: evidence window closes in 72h"]


def dc_neg_xml(c):
    r = c.r
    x = X("DisputeDecision", X("Claimant", X("Organisation", r.choice(COMPANIES))),
          X("Respondent", X("Organisation", r.choice(COMPANIES))), X("Arbitrator", "Panel B"),
          X("Outcome", "WITHDRAWN"), attrs=[("id", f"DSP-{num(r, 6)}"), ("amount", money(r))])
    return xd(x, indent=2)


def dc_neg_lang(c):
    r = c.r
    return [f"[note fr] Litige DSP-{num(r, 6)} : clôture automatique, aucune réponse du client sous 14 jours. "
            f"Statut : {r.choice(STATUS)}. Lieu : {r.choice(PLACES)}."]


def dc_neg_escalate(c):
    r = c.r
    return [f"DSP-{num(r, 6)} escalation tier1:{r.choice(SERVICE_ACCOUNTS)} -> tier2:mediator-queue => "
            f"arbitration:\"{r.choice(['Panel A', 'Panel B', 'External ADR'])}\" (sla {r.randint(24, 96)}h)"]


# =============================================================================================== 6 tax_info_reporting
def tx_tinmatch(c):
    r = c.r
    out = [f"tin-match bulk result file TM{num(r, 8)}.txt ({r.randint(2, 4)} records)\n"]
    for _ in range(r.randint(2, 4)):
        p = c.p()
        nm = fold(p.gf()).upper()[:40]
        out += ["2;", S(ssn(r, "bare")), ";", N(nm), f";ACCT{num(r, 6)};{r.choice(['0', '1', '2', '3', '4'])}\n"]
    return out


def tx_dac7(c):
    r = c.r
    p = c.p()
    cc = r.choice(["DE", "FR", "NL", "ES", "IT", "PL", "IE", "PT"])
    seller = X("dpi:IndividualSeller",
               X("dpi:Standard",
                 X("dpi:IndSellerID",
                   X("dpi:ResCountryCode", cc),
                   X("dpi:TIN", upid(r, 11), attrs=[("issuedBy", cc)]),
                   X("dpi:Name", X("dpi:FirstName", N(p.given)), X("dpi:LastName", N(p.family)),
                     attrs=[("nameType", "OECD202")]),
                   X("dpi:BirthInfo", X("dpi:BirthDate", f"19{r.randint(60, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}")))))
    root = X("dpi:DPI_OECD", X("dpi:DPIBody", X("dpi:ReportableSeller", X("dpi:Identity", seller))),
             attrs=[("xmlns:dpi", "urn:oecd:ties:dpi:v1"), ("version", "1.0")])
    return ["dac7-export: ReportableSeller rendered\n"] + xd(root, indent=2)


def tx_w8(c):
    r = c.r
    p = c.p()
    body = {"form": "W-8BEN", "beneficial_owner": {"name": N(p.gf()), "country_of_citizenship": r.choice(
        ["IN", "PH", "NG", "BR", "UA", "PK", "KE", "AR"]), "foreign_tin": upid(r, 10)},
        "treaty": {"article": r.choice(["7", "14", "12"]), "rate": r.choice([0, 10, 15])},
        "signature": {"signer": N(p.name()), "capacity": "individual", "ip": I(ip(r, 0.25))}}
    return ["taxforms-api ", "POST /v1/tax-forms 201 body="] + jd(body, compact=True, ascii_=r.random() < 0.4)


def tx_threshold(c):
    r, t = c.r, c.t
    p = c.p()
    return [f"{t.iso()} WARN 1099k-monitor: threshold crossed payee=", N(p.acct(r)), " name=\"", N(p.lf_up()),
            f"\" gross_ytd={r.randint(600, 80000)}.00 form=1099-NEC tin=***-**-", S(last4(r)),
            " delivery=electronic consent_ip=", I(ipv4(r))]


def tx_vies(c):
    r, t = c.r, c.t
    p = c.p()
    cc = r.choice(["DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL"])
    return [f"{t.syslog()} tax-svc vies[{r.randint(100, 9999)}]: checkVat countryCode={cc} vatNumber={num(r, 9)} "
            "valid=true name=\"", N(p.up()), "\" requester=", E(p.email(r)), f" consultation={upid(r, 12)}"]


def tx_sql(c):
    r, t = c.r, c.t
    p = c.p()
    return [f"{t.sql()}.{t.ms:03d} UTC [{r.randint(1000, 99999)}] LOG:  duration: {r.randint(1, 40)}.{r.randint(100, 999)} ms  "
            f"statement: INSERT INTO tax_profiles (user_id, legal_first_name, legal_last_name, ssn, tax_classification) "
            f"VALUES ({num(r, 6)}, '", N(p.given.replace("'", "''")), "', '", N(p.family.replace("'", "''")), "', '",
            S(ssn(r, r.choice(["dash", "bare"]))), "', 'individual')"]


def tx_neg_tin(c):
    r = c.r
    out = [f"tin-match bulk result file TM{num(r, 8)}.txt\n"]
    for _ in range(r.randint(2, 4)):
        out.append(f"1;{r.randint(10, 99)}-{r.randint(1000000, 9999999)};{r.choice(COMPANIES).upper()[:40]};"
                   f"ACCT{num(r, 6)};{r.choice(['0', '6', '7'])}\n")
    return out


def tx_neg_dac7(c):
    r = c.r
    cc = r.choice(["DE", "FR", "NL", "IE"])
    root = X("dpi:DPI_OECD", X("dpi:DPIBody", X("dpi:ReportableSeller", X("dpi:Identity", X(
        "dpi:EntitySeller", X("dpi:Standard", X("dpi:EntSellerID", X("dpi:ResCountryCode", cc),
                                                 X("dpi:TIN", upid(r, 11), attrs=[("issuedBy", cc)]),
                                                 X("dpi:Name", r.choice(COMPANIES)))))))),
        attrs=[("xmlns:dpi", "urn:oecd:ties:dpi:v1"), ("version", "1.0")])
    return ["dac7-export: ReportableSeller rendered\n"] + xd(root, indent=2)


def tx_neg_w8(c):
    r = c.r
    body = {"form": "W-8BEN-E", "entity": {"name": r.choice(COMPANIES), "chapter3_status": "corporation",
                                           "country": r.choice(["IE", "SG", "NL"])},
            "signature": {"signer": "authorized officer", "capacity": "director"}, "status": r.choice(STATUS)}
    return ["taxforms-api POST /v1/tax-forms 201 body="] + jd(body, compact=True)


def tx_neg_sql(c):
    r, t = c.r, c.t
    return [f"{t.sql()}.{t.ms:03d} UTC [{r.randint(1000, 99999)}] LOG:  duration: {r.randint(1, 40)}.{r.randint(100, 999)} ms  "
            f"statement: UPDATE tax_profiles SET tax_classification='llc', status='{r.choice(STATUS)}' WHERE org_name = "
            f"'{r.choice(COMPANIES).replace(chr(39), chr(39) * 2)}'"]


FAMILIES = [
    ("proposal_bids", [pb_phoenix, pb_pino, pb_logfmt, pb_notice, pb_invite_access, pb_cli],
     [pb_neg_phoenix, pb_neg_logfmt, pb_neg_cli, pb_neg_notice]),
    ("contract_lifecycle", [cl_gostruct, cl_yaml, cl_fsm, cl_pdf, cl_mail],
     [cl_neg_go, cl_neg_fsm, cl_neg_yaml, cl_neg_pdf]),
    ("milestone_escrow", [me_proto, me_ledger, me_logfmt, me_funding, me_sms],
     [me_neg_proto, me_neg_ledger, me_neg_logfmt, me_neg_sms]),
    ("time_tracker_agent", [tt_electron, tt_box, tt_mysql, tt_tsv, tt_idle_de],
     [tt_neg_electron, tt_neg_tsv, tt_neg_mysql, tt_neg_box]),
    ("dispute_cases", [dc_chat, dc_mail, dc_xml, dc_lang, dc_traceback, dc_escalate],
     [dc_neg_chat, dc_neg_xml, dc_neg_lang, dc_neg_escalate]),
    ("tax_info_reporting", [tx_tinmatch, tx_dac7, tx_w8, tx_threshold, tx_vies, tx_sql],
     [tx_neg_tin, tx_neg_dac7, tx_neg_w8, tx_neg_sql]),
]

