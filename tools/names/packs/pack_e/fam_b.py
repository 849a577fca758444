"""Families 7-12: video streaming, social scheduling, comments/community, app-store reviews, live chat, loyalty."""

from __future__ import annotations

from core import (
    COMPANIES,
    PLACES,
    STATUSES,
    SVC_ACCOUNTS,
    UI_INTL,
    C,
    Doc,
    E,
    I,
    N,
    P,
    S,
    Str,
    fold,
    form,
    jdoc,
    mapenc,
    pct,
    pyq,
    rbq,
    squash,
    xesc,
)
from fam_a import UAS, disp

TITLES = ["Emily in Paris", "Ted Lasso", "Jack Ryan", "Anne with an E", "Sherwood", "The Crown", "Dark",
          "Money Heist", "Squid Game", "Lupin"]
DEVICES = ["iPad", "iPhone", "Pixel", "Galaxy Tab", "Fire TV", "Chromecast", "Roku", "MacBook"]


# ============================================================================ 7. video_streaming
def vs_wowza_tsv(c):
    p = c.person(0)
    stream = [c.pick(["live/", "studio/"]), N(c.acct(p, c.pick(["first_last", "flast", "firstlast"]))), "_", c.hexid(6)]
    return [c.ts("date"), "\t", c.ts("sql")[11:], "\tUTC\tpublish\tstream\tINFO\t200\t"] + stream + \
        ["\t-\t_defaultVHost_\tlive\t_definst_\t0.", str(c.num(100, 999)), "\t", I(c.ip(0)), "\t1935\trtmp://ingest.example.net/live\t",
         I(c.ip()), "\trtmp\t-\tFMLE/3.0 (compatible; OBS Studio/30.1.2)\t", str(c.num(10 ** 8, 9 * 10 ** 8))]


def vs_drm_json(c):
    p = c.person()
    dev = c.pick(DEVICES)
    doc = {"ts": c.ts("iso"), "svc": "license-proxy", "drm": c.pick(["widevine", "fairplay", "playready"]),
           "account_email": E(c.email(p)), "profile_name": N(p.first()),
           "device_name": Str(N(p.first()), "'s " + dev), "content_id": c.hexid(12),
           "title": c.pick(TITLES), "client_ip": I(c.ip()), "result": c.pick(["granted", "denied:concurrency"])}
    return [jdoc(doc, indent=2 if c.chance(0.4) else None, ascii_=c.chance(0.3))]


def vs_profile_switch(c):
    p, q = c.person(), c.person(0.1)
    to = c.pick([["Kids"], [N(q.first())]])
    return [c.ts("iso"), " profile-svc INFO profile.switch account=acc_", str(c.num(10 ** 5, 10 ** 7)), " from=\"",
            N(p.first()), "\" to=\""] + to + ["\" device=", c.pick(["tv-livingroom", "ipad-2", "web"]), " owner=",
                                             E(c.email(p))]


def vs_livechat_replay(c):
    msgs = []
    for _ in range(c.num(1, 3)):
        p = c.person()
        txt = c.pick([Str("hi from ", c.pick(PLACES), "!"), Str("@", N(c.handle(c.person(0))), " great take"),
                      Str("shoutout to ", N(c.person(0.1).full()))])
        msgs.append({"author": {"displayName": N(disp(c, p, ("full", "rom", "caps"))),
                                "channelId": "UC" + c.hexid(22)}, "message": txt, "timestampUsec": c.digits(16)})
    return [jdoc({"videoId": c.hexid(11), "actions": msgs})]


def vs_billing_fail(c):
    p = c.person(0.05)
    return [c.ts("sql"), " billing-worker DEBUG charge failed subscriber=\"", N(disp(c, p, ("full", "caps", "lf"))),
            "\" email=", E(c.email(p)), " card_number=", C(c.card()), " exp=", f"{c.num(1, 12):02d}/{c.num(27, 31)}",
            " reason=do_not_honor plan=", c.pick(["premium_4k", "standard_ads", "family"])]


def vs_entitlement_trace(c):
    p = c.person(0)
    a = c.acct(p)
    return ["com.streamco.playback.EntitlementException: no active plan for user ", N(a), " (account ",
            str(c.num(10 ** 5, 10 ** 7)), ", region ", c.pick(["DE", "BR", "JP"]), ")\n"
            "\tat com.streamco.playback.EntitlementService.check(EntitlementService.java:118)\n"
            "\tat com.streamco.playback.PlaybackController.start(PlaybackController.java:64)\n"
            "Caused by: com.streamco.billing.PlanNotFoundException: Subscription{owner='", N(p.full()),
            "', status=CANCELLED}"]


def vs_neg(c):
    return c.pick([
        [jdoc({"ts": c.ts("iso"), "svc": "license-proxy", "drm": "widevine", "profile_name": c.pick(["Kids", "Guest"]),
               "device_name": c.pick(["Living Room TV", "Kitchen Echo Show", "Lobby Display"]), "title": c.pick(TITLES),
               "result": "denied:parental"})],
        [c.ts("iso"), " packager INFO ladder updated title=\"", c.pick(TITLES), "\" renditions=1080p,720p,480p codec=h264"],
        [c.ts("iso"), " profile-svc INFO profile.switch account=acc_", str(c.num(10 ** 5, 10 ** 7)), " from=\"",
         c.pick(["Kids", "Guest", "Living Room"]), "\" to=\"Kids\" device=tv-livingroom"],
        [jdoc({"svc": "cdn-stats", "pop": c.pick(["fra1", "gru2", "nrt1"]), "egress_gbps": round(c.rng.random() * 90, 2),
               "title": c.pick(TITLES), "status": c.pick(STATUSES)})],
        [c.ts("date"), "\t", c.ts("sql")[11:], "\tUTC\tunpublish\tstream\tINFO\t200\tlive/", c.pick(["channel4_main",
                                                                                                   "newsdesk_feed"]),
         "\t-\t_defaultVHost_\tlive\t_definst_"],
        ["com.streamco.playback.EntitlementException: no active plan for user ", c.pick(SVC_ACCOUNTS),
         "\n\tat com.streamco.playback.EntitlementService.check(EntitlementService.java:118)"]])


# ============================================================================ 8. social_scheduler
def so_post_json(c):
    p, r, m = c.person(), c.person(0.05), c.person()
    doc = {"id": c.hexid(24), "profile": {"service": c.pick(["instagram", "linkedin", "x", "threads", "facebook"]),
                                         "handle": "@" + c.pick(["gazette_news", "shop_official", "tribune_sport"])},
           "created_by": {"name": N(p.full()), "email": E(c.email(p))},
           "text": Str(c.pick(["Congrats to ", "Meet ", "Happy retirement, "]), N(m.full()), "! ",
                       c.pick(["#award", "#teamspotlight", "#newsroom"])),
           "scheduled_at": c.ts("isoz"),
           "approval": {"status": "approved", "approved_by": N(c.acct(r))}}
    return [jdoc(doc, indent=2 if c.chance(0.6) else None)]


def so_approval_line(c):
    a, b = c.person(0.05), c.person(0.1)
    arrow = c.pick(["->", "→", "=>"])
    return [c.ts("iso"), " approvals INFO post ", c.hexid(8), " submitted by ", N(c.acct(a)), " ", arrow, " reviewer ",
            N(disp(c, b, ("full", "lf", "caps"))), " ", arrow, " ", c.pick(["approved", "changes_requested"]),
            " (comment: \"ok but tag @", N(c.handle(c.person(0))), "\")"]


def so_token_refresh(c):
    p = c.person(0)
    return [c.ts("sql"), f",{c.num(100, 999)} WARN  [sched-worker-{c.num(1, 8)}] c.s.channels.TokenRefresh - refresh failed"
            " for channel linkedin:urn:li:person:", c.hexid(10), " owner=", E(c.email(p)), " (", N(p.full()),
            "): invalid_grant"]


def so_py_repr(c):
    p = c.person()
    u = c.acct(p)
    return ["ERROR publish failed: ScheduledPost(id=", str(c.num(1000, 99999)), ", author=User(username=", pyq(N(u)),
            ", full_name=", pyq(N(p.full())), "), channel='", c.pick(["twitter", "mastodon", "bluesky"]),
            "', text=", pyq("Live from ", c.pick(PLACES), " with ", N(c.person(0).gf())),
            ") -> RateLimitError(429)"]


def so_csv_export(c):
    out = ["Date,Network,Profile,Post,Author"]
    for _ in range(c.num(2, 3)):
        p, m = c.person(), c.person(0.2)
        out += ["\n", c.ts("sql"), ",", c.pick(["Instagram", "LinkedIn", "TikTok"]), ",@gazette_news,\"",
                c.pick(["Interview: ", "Q&A with ", "Portrait of "]), N(m.full()), "\",\"", N(p.lf()), "\""]
    return out


def so_neg(c):
    return c.pick([
        ["ERROR publish failed: ScheduledPost(id=", str(c.num(1000, 99999)), ", author=User(username='autopublisher', "
         "full_name='Auto Publisher'), channel='mastodon', text=", pyq("Live from ", c.pick(PLACES)), ") -> RateLimitError(429)"],
        [c.ts("iso"), " approvals INFO post ", c.hexid(8), " submitted by AutoPublisher -> approved (rule: brand-safe)"],
        [jdoc({"id": c.hexid(24), "profile": {"service": "instagram", "handle": "@gazette_news"},
               "created_by": {"name": "AutoPublisher"}, "text": c.pick(["Live from Victoria Harbour tonight",
                                                                        "New: Tesla Model Y review", "Our Lovelace Room is open",
                                                                        "Austin City Limits day two"]),
               "scheduled_at": c.ts("isoz")}, indent=2)],
        [c.ts("sql"), ",", str(c.num(100, 999)), " WARN  [sched-worker-2] c.s.channels.RateLimiter - 429 from x, retry in 900s"],
        ["queue summary: scheduled=", str(c.num(1, 500)), " published=", str(c.num(1, 500)), " failed=0 brand=",
         c.pick(COMPANIES)],
        ["Date,Network,Profile,Post,Author\n", c.ts("sql"), ",Instagram,@shop_official,\"", c.pick(UI_INTL), "\",\"",
         c.pick(SVC_ACCOUNTS), "\""]])


# ============================================================================ 9. comments_community
def cm_akismet_body(c):
    p = c.person()
    body = ["blog=https%3A%2F%2Fnews.example.com&user_ip=", I(c.ip()), "&user_agent=",
            pct(c.pick(UAS)), "&comment_type=comment&comment_author=", mapenc(N(p.full()), form),
            "&comment_author_email=", mapenc(E(c.email(p)), form), "&comment_content=",
            form("Great piece, shared with my class!")]
    return [c.ts("iso"), " akismet DEBUG POST https://rest.akismet.com/1.1/comment-check -> ",
            c.pick(["true", "false"]), " body="] + body


def cm_discourse_rails(c):
    p, m = c.person(0.1), c.person(0.1)
    h = c.handle(m)
    return ["Started POST \"/posts\" for ", I(c.ip()), " at ", c.ts("sql"), " +0000\nProcessing by PostsController#create as JSON\n"
            "  Parameters: {\"raw\"=>", rbq("Thanks @", N(h), ", see what ", N(m.first()), " wrote above"),
            ", \"topic_id\"=>\"", str(c.num(100, 9999)), "\", \"reply_to_post_number\"=>\"", str(c.num(1, 40)),
            "\"}\n  Current user: ", N(c.handle(p)), "\nCompleted 200 OK in ", str(c.num(40, 900)), "ms"]


def cm_rails_inspect(c):
    p = c.person()
    u = c.handle(p)
    return ["D, [", c.ts("iso"), " #", str(c.num(100, 9999)), "] DEBUG -- : merging duplicate account #<User id: ",
            str(c.num(1, 99999)), ", username: ", rbq(N(u)), ", name: ", rbq(N(p.full())), ", email: ",
            rbq(E(c.email(p))), ", trust_level: ", str(c.num(0, 4)), ", ip_address: ", rbq(I(c.ip())), ">"]


def cm_wp_notification(c):
    p = c.person()
    ip = c.ip(0)
    return ["New comment on your post \"", c.pick(["Council budget vote recap", "Storm closes harbour road"]), "\"\n"
            "Author: ", N(p.full()), " (IP address: ", I(ip), ", ", ip.replace(".", "-"), ".dsl.isp.example)\n"
            "Email: ", E(c.email(p)), "\nURL: \nComment: \n", c.pick(["Well written, thanks.", "This is misleading.",
                                                                     "Typo in the second paragraph."]),
            "\n\nYou can see all comments on this post here:\nhttps://news.example.com/2026/12/budget-vote/#comments"]


def cm_disqus_xml(c):
    p = c.person()
    h = c.handle(p)
    x = ["<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n  <post dsq:id=\"",
         str(c.num(10 ** 9, 9 * 10 ** 9)), "\">\n    <message><![CDATA[", c.pick(["<p>Agreed.</p>", "<p>Source?</p>"]),
         "]]></message>\n    <createdAt>", c.ts("isoz"), "</createdAt>\n    <author>\n      <name>", N(xesc(p.full())),
         "</name>\n      <isAnonymous>false</isAnonymous>\n      <username>", N(h), "</username>\n    </author>\n"
         "    <ipAddress>", I(c.ip()), "</ipAddress>\n  </post>\n</disqus>"]
    return [Doc("xml", x)]


def cm_mention_notify(c):
    a, b = c.person(0.1), c.person(0)
    return [c.ts("iso"), " notifier INFO @", N(c.handle(a)), " mentioned @", N(c.handle(b)), " in \"",
            c.pick(["Weekly open thread", "Transit fares to rise in spring", "Bug: dark mode"]), "\" (",
            N(a.full()), " -> ", N(b.gf()), ")"]


def cm_neg(c):
    return c.pick([
        ["D, [", c.ts("iso"), " #", str(c.num(100, 9999)), "] DEBUG -- : skipping #<User id: -1, username: \"system\", "
         "name: \"system\", trust_level: 4, admin: true>"],
        ["Processing by TopicsController#show as HTML\n  Parameters: {\"slug\"=>\"", c.pick(["victoria-day-fireworks",
                                                                                        "madison-marathon", "apollo-night"]),
         "\", \"topic_id\"=>\"", str(c.num(100, 9999)), "\"}\nCompleted 200 OK in ", str(c.num(40, 900)), "ms"],
        [c.ts("iso"), " akismet INFO daily stats spam=", str(c.num(0, 900)), " ham=", str(c.num(0, 900)), " missed=0"],
        ["New pingback on your post \"Storm closes harbour road\"\nWebsite: ", c.pick(COMPANIES),
         " Newsroom\nURL: https://press.example.org/2026/12/roundup\n"],
        [c.ts("iso"), " notifier INFO @system mentioned @moderators in \"", c.pick(STATUSES), "\""],
        ["#<Badge id: ", str(c.num(1, 99)), ", name: \"", c.pick(["Autobiographer", "Welcome", "Nice Reply", "First Like"]),
         "\", badge_type_id: 3, enabled: true>"]])


# ============================================================================ 10. app_store_reviews
def ar_play_csv(c):
    out = ["Package Name,App Version Code,App Version Name,Reviewer Language,Device,Review Submit Date and Time,"
           "Review Submit Millis Since Epoch,Star Rating,Review Title,Review Text,Developer Reply Text,Review Link"]
    for _ in range(c.num(1, 2)):
        p, agent = c.person(0.2), c.person(0.05)
        ms = c.ts("epoch") + f"{c.num(0, 999):03d}"
        text = c.pick([["\"Support agent ", N(agent.first()), " fixed my login in minutes\""],
                       ["\"Ich bin ", N(p.full()), " und die App stürzt ab\""], ["\"Crashes on start\""],
                       ["\"", N(p.full()), "です。ログインできません\""]])
        reply = c.pick([["\"Hi ", N(p.first()), ", thanks for the feedback!\""], ["\"Sorry, ", N(p.first()), "!\""],
                        ["\"Hallo ", N(p.first()), ", bitte schreib uns an ", E("support@app.example"), "\""]])
        out += ["\n", c.pick(["com.gazette.reader", "com.streamco.tv"]), ",", str(c.num(100, 999)), ",",
                f"4.{c.num(0, 9)}.{c.num(0, 9)}", ",", c.pick(["en", "de", "ja"]), ",", c.pick(["a54x", "panther", "bluejay"]),
                ",", c.ts("isoz"), ",", ms, ",", str(c.num(1, 5)), ",,"] + text + [","] + reply + [",https://play.google.com/console/"]
    return out


def ar_asc_json(c):
    p = c.person(0.1)
    nick = c.pick([c.handle(p), squash(p.given).capitalize() + " " + squash(p.family)[:1].upper() + ".",
                   p.full()])
    if " " in nick and nick != p.full():
        p.extra.append(nick)
    body = c.pick([Str("I'm ", N(p.first()), " and the new update logs me out every day."),
                   Str("Playback stutters on my iPad since 4.2."), Str("Mein Name ist ", N(p.full()), ", bitte Konto löschen.")])
    doc = {"data": [{"type": "customerReviews", "id": c.uuid(),
                     "attributes": {"rating": c.num(1, 5), "title": c.pick(["Logs me out", "Great", "Meh"]), "body": body,
                                    "reviewerNickname": N(nick), "createdDate": c.ts("isoz"),
                                    "territory": c.pick(["DEU", "USA", "JPN", "BRA"])}}]}
    return [jdoc(doc, indent=2 if c.chance(0.5) else None, ascii_=c.chance(0.3))]


def ar_reply_bot(c):
    p = c.person(0.15)
    return [c.ts("iso"), " reply-bot INFO drafted reply to review gp:AOqpT", c.hexid(20), " by \"", N(p.full()),
            "\" (", str(c.num(1, 5)), "★, "] + c.pick([
        ["de): \"Hallo ", N(p.first()), ", danke für dein Feedback!\""], ["en): \"Hi ", N(p.first()), ", sorry about that!\""],
        ["fr): \"Bonjour ", N(p.first()), ", merci pour votre retour !\""],
        ["ja): \"", N(p.last()), "様、ご迷惑をおかけしました。\""]])


def ar_escalation(c):
    p = c.person(0)
    return [c.ts("sql"), " review-escalation WARN review ", str(c.num(10 ** 8, 10 ** 9)),
            ": user claims account ", E(c.email(p)), " was charged twice (card ending ", str(c.num(1000, 9999)),
            "), owner=", N(c.acct(p)), " assigned to ", c.pick(["billing-tier2", "payments-oncall"])]


def ar_neg(c):
    return c.pick([
        [c.ts("iso"), " reply-bot INFO drafted reply to review gp:AOqpT", c.hexid(20), " by \"",
         c.pick(["Gamer Dad", "Coffee Lover", "Night Owl", "A Google user"]), "\" (", str(c.num(1, 5)), "★, en): \"Hi there, thanks!\""],
        [jdoc({"data": [{"type": "customerReviews", "id": c.uuid(),
                         "attributes": {"rating": c.num(1, 5), "title": "Great", "body": c.pick(["Love the dark mode",
                                                                                              "Crashes on start", "Too many ads"]),
                                        "reviewerNickname": c.pick(["Gamer Dad", "Coffee Lover", "Night Owl", "user8812",
                                                                    "Happy Camper"]), "territory": "USA"}}]})],
        ["ratings summary com.gazette.reader 4.", str(c.num(0, 9)), " avg from ", str(c.num(100, 9000)),
         " reviews (1★ ", str(c.num(1, 90)), ", 5★ ", str(c.num(100, 900)), ")"],
        [c.ts("iso"), " reply-bot INFO skipped review gp:AOqpT", c.hexid(20), " (no text), template \"",
         c.pick(["Hi there, thanks for the feedback!", "Sorry about that!"]), "\""],
        ["Package Name,App Version Code,Star Rating,Review Text\ncom.streamco.tv,", str(c.num(100, 999)), ",",
         str(c.num(1, 5)), ",\"", c.pick(["Where is Ted Lasso?", "Casper subtitles broken", "Emily in Paris won't load"]), "\""]])


# ============================================================================ 11. livechat_widget
def lc_webhook(c):
    p, a = c.person(), c.person(0.05)
    doc = {"action": "incoming_chat", "payload": {"chat": {"id": c.hexid(10).upper(), "users": [
        {"type": "customer", "name": N(p.full()), "email": E(c.email(p)),
         "last_visit": {"ip": I(c.ip()), "geolocation": {"city": c.pick(PLACES), "country_code": "US"}}},
        {"type": "agent", "name": N(a.full()), "email": E(c.email(a, "agency.example"))}]}}}
    return [jdoc(doc, indent=2 if c.chance(0.6) else None)]


def lc_transcript(c):
    v, a, b = c.person(), c.person(0.05), c.person(0.05)
    t = c.ts("sql")[11:]
    lines = ["[", t, "] Visitor (", N(v.full()), "): ", c.pick(["hi, my order hasn't arrived", "hola, no puedo pagar",
                                                                   "the app charges me twice"]), "\n",
             "[", t, "] ", N(a.first()), ": Hi ", N(v.first()), "! Let me check that for you.\n",
             "[", t, "] *** Chat transferred from ", N(a.full()), " to ", N(b.full()), " (Billing) ***\n",
             "[", t, "] Visitor (", N(v.full()), "): "]
    lines += c.pick([["my card is ", C(c.card()), " exp 0", str(c.num(1, 9)), "/29"], ["call me on ", P(c.phone())],
                     ["my ssn is ", S(c.ssn("-")), " if you need it"], ["email is ", E(c.email(v))]])
    return lines


def lc_prechat(c):
    p = c.person()
    return [c.ts("iso"), " widget INFO prechat name=\"", N(disp(c, p, ("full", "gf", "caps"))), "\" email=\"",
            E(c.email(p)), "\" phone=\"", P(c.phone()), "\" page=https://shop.example.com/checkout ip=", I(c.ip())]


def lc_intercom_reply(c):
    a, v = c.person(0), c.person(0.1)
    return [c.ts("iso"), " intercom-proxy DEBUG POST /conversations/", str(c.num(10 ** 8, 10 ** 9)), "/reply admin_id=",
            str(c.num(10 ** 5, 10 ** 7)), " (", N(c.acct(a)), ") body=\"Thanks ", N(v.first()),
            ", I've refunded the order.\" customer=", E(c.email(v))]


def lc_bot_handoff(c):
    a = c.person(0)
    return [c.ts("iso"), " routing INFO bot 'Ava' handed off conversation ", str(c.num(1000, 99999)),
            " to human agent ", c.pick(["CHAT\\", ""]), N(c.acct(a)), " (queue=tier2, wait=", str(c.num(5, 300)), "s)"]


def lc_neg(c):
    return c.pick([
        [jdoc({"action": "incoming_chat", "payload": {"chat": {"id": c.hexid(10).upper(), "users": [
            {"type": "customer", "name": "Visitor " + str(c.num(1000, 9999))}, {"type": "agent", "name": "Ava (bot)"}]}}})],
        ["[", c.ts("sql")[11:], "] Ava (bot): Hi there! How can we help?\n[", c.ts("sql")[11:],
         "] Visitor 8812: where is my parcel\n[", c.ts("sql")[11:], "] Ava (bot): Please share your order number."],
        [c.ts("iso"), " routing INFO queue=tier2 waiting=", str(c.num(0, 40)), " agents_online=", str(c.num(1, 30))],
        [jdoc({"widget": {"greeting": "Hi there! 👋 How can we help?", "theme": c.pick(["Aurora", "Madison", "Classic"]),
                          "offline_message": c.pick(UI_INTL), "brand": c.pick(COMPANIES)}}, indent=2)],
        [c.ts("iso"), " widget INFO prechat skipped (returning visitor visitor_", c.hexid(8), ")"],
        [c.ts("iso"), " routing INFO bot 'Ava' closed conversation ", str(c.num(1000, 99999)), " status=", c.pick(STATUSES)]])


# ============================================================================ 12. loyalty_programme
def _member(c):
    return f"LM-{c.digits(8)}"


def ly_ledger_kv(c):
    p = c.person(0)
    return [c.ts("iso"), " ledger txn=", c.hexid(12), " member=", _member(c), " name=", N(p.slash()), " tier=",
            c.pick(["GOLD", "SILVER", "PLATINUM"]), " earn=", str(c.num(10, 900)), " partner=\"", c.pick(COMPANIES),
            "\" store=", c.pick(PLACES).replace(" ", "_").upper(), "-", str(c.num(1, 99))]


def ly_enroll_json(c):
    p = c.person()
    doc = {"memberId": _member(c), "firstName": N(p.first()), "lastName": N(p.last()), "email": E(c.email(p)),
           "mobile": P(c.phone()), "birthDate": c.ts("date"), "tier": c.pick(["Silver", "Gold"]),
           "consents": {"sms": True, "email": c.chance(0.5)}}
    return [c.ts("iso"), " enroll-api INFO created ", jdoc(doc, indent=2 if c.chance(0.4) else None)]


def ly_accrual_fixed(c):
    out = ["H", "PARTNERACCR", c.ts("date").replace("-", ""), "\n"]
    k = c.num(1, 3)
    for _ in range(k):
        p = c.person(0)
        sur = fold(p.family).upper()[:20].strip()
        giv = fold(p.given).upper()[:15].strip()
        out += ["D", c.digits(10), N(sur), " " * (20 - len(sur)), N(giv), " " * (15 - len(giv)),
                f"{c.num(10, 99999):07d}", c.ts("date").replace("-", ""), "\n"]
    return out + ["T", f"{k:06d}"]


def ly_transfer(c):
    a, b, ag = c.person(), c.person(), c.person(0)
    return [c.ts("iso"), " points-svc INFO transfer ", f"{c.num(1, 50) * 1000:,}", " pts from ", N(a.full()), " (",
            _member(c), ") to ", N(disp(c, b, ("full", "caps", "lf", "slash"))), " (", _member(c), ") approved by agent ",
            c.pick(["CORP\\", "LOYALTY\\"]), N(c.acct(ag))]


def ly_clo_link(c):
    p = c.person(0.05)
    card = c.card()
    return [c.ts("sql"), " clo-link DEBUG enrol offer=", c.pick(["cashback5", "double-points"]), " member=", _member(c),
            " holder=\"", N(p.caps()), "\" pan=", C(card), " last4=", card[-4:], " email=", E(c.email(p))]


def ly_sweepstakes(c):
    p = c.person(0)
    ssn = c.ssn()
    return [c.pick(["prize-fulfilment", "sweeps"]), ": winner ", N(p.full()), " (", _member(c), ") prize=\"",
            c.pick(["Tiffany & Co. gift card", "Weekend in Santa Monica", "Porsche driving day"]),
            "\" 1099-MISC ", c.pick([["SSN ", S(ssn)], ["TIN on file, last 4 of SSN ", S(ssn[-4:])]]), " phone ",
            P(c.phone("US"))]


def ly_merge(c):
    p = c.person()
    return [c.ts("iso"), " mdm INFO merge survivor=", _member(c), " (", N(p.full()), ", ", E(c.email(p)), ") victim=",
            _member(c), " (", N(c.pick([p.caps(), p.slash()])), ", ", P(c.phone()), ") rule=email+surname"]


def ly_call_verify(c):
    p, ag = c.person(), c.person(0)
    ssn = c.ssn()
    how = c.pick([["last 4 of SSN ", S(ssn[-4:])], ["SSN ending in ", S(ssn[-4:])], ["full SSN ", S(ssn)]])
    return [c.ts("iso"), " member-care INFO identity verified for ", N(disp(c, p, ("full", "lf", "caps"))), " (",
            _member(c), ") via "] + how + [" and postcode; agent=", N(c.acct(ag)), " channel=", c.pick(["phone", "chat"])]


def ly_neg(c):
    return c.pick([
        [c.ts("iso"), " enroll-api INFO created ", jdoc({"memberId": _member(c), "type": "corporate", "companyName":
                                                        c.pick(COMPANIES), "tier": c.pick(["Silver", "Gold"])})],
        [c.ts("iso"), " tier-recalc INFO batch ", str(c.num(1, 99)), " done: upgraded=", str(c.num(0, 900)),
         " downgraded=", str(c.num(0, 900)), " expired=", str(c.num(0, 90))],
        [c.ts("iso"), " ledger txn=", c.hexid(12), " member=", _member(c), " name=HOUSE/ACCOUNT tier=STAFF earn=0 partner=\"",
         c.pick(COMPANIES), "\" store=", c.pick(PLACES).replace(" ", "_").upper(), "-", str(c.num(1, 99))],
        ["H", "PARTNERACCR", c.ts("date").replace("-", ""), "\nT000000"],
        ["catalogue sync: \"", c.pick(["Tiffany & Co. gift card", "Ben & Jerry's voucher", "Lincoln Center tickets",
                                      "Victoria Falls safari"]), "\" price=", str(c.num(500, 90000)), " pts status=",
         c.pick(STATUSES)],
        ["partner ", c.pick(COMPANIES), " accrual file rejected: checksum mismatch (", c.hexid(8), ")"]])


FAMILIES = {
    "video_streaming": ([vs_wowza_tsv, vs_drm_json, vs_profile_switch, vs_livechat_replay, vs_billing_fail,
                         vs_entitlement_trace], vs_neg),
    "social_scheduler": ([so_post_json, so_approval_line, so_token_refresh, so_py_repr, so_csv_export], so_neg),
    "comments_community": ([cm_akismet_body, cm_discourse_rails, cm_rails_inspect, cm_wp_notification, cm_disqus_xml,
                            cm_mention_notify], cm_neg),
    "app_store_reviews": ([ar_play_csv, ar_asc_json, ar_reply_bot, ar_escalation], ar_neg),
    "livechat_widget": ([lc_webhook, lc_transcript, lc_prechat, lc_intercom_reply, lc_bot_handoff], lc_neg),
    "loyalty_programme": ([ly_ledger_kv, ly_enroll_json, ly_accrual_fixed, ly_transfer, ly_clo_link, ly_sweepstakes,
                           ly_merge, ly_call_verify], ly_neg),
}

