"""Templates of the unfamiliar-formats set (``unfamiliar.jsonl``) and the prose set (``prose.jsonl``).

Unfamiliar formats: log and record shapes that neither dev corpus nor the synthetic set has
(Terraform, Ansible, Go panics, Serilog, Erlang/Elixir, RFC 5424 structured data, LDIF,
vCard, iCalendar, protobuf text, TOML, Redis MONITOR, MongoDB profiler, Elasticsearch slow
log, EDI X12, FIX, CEF, GELF, systemd journal export, nginx error, Airflow, SOQL).
Prose: support tickets, chat messages and e-mail bodies, with names and without.
"""

from __future__ import annotations

from _families import IP, E, N, P, S
from _gen import Gen, Part, Template, fold
from _lexicon import COMPANIES, JARGON, PLACES, PRODUCTS, PRODUCTS_SOLD, SERVICE_ACCOUNTS, STATUSES, TEAMS


def _u(g: Gen) -> list[Part]:
    p, q = g.person(), g.person(latin=True)
    acct = g.acct(q)
    fam, giv = (fold(q.family).upper() or "X"), (fold(q.given).upper() or "Y")
    return g.r.choice([
        lambda: ["  # aws_iam_user.", g.word(), " will be created\n  + resource \"aws_iam_user\" \"u\" {\n      + name = \"",
                 N(acct), "\"\n      + tags = { \"owner\" = \"", N(p.full), "\" }\n    }"],
        lambda: ["TASK [users : create account] ****\nchanged: [", g.host(), "] => (item={'name': '", N(acct),
                 "', 'comment': '", N(p.full), "'})"],
        lambda: ["panic: customer ", N(p.full), " has no billing profile\n\ngoroutine ", g.n(1, 99),
                 " [running]:\nmain.charge(...)\n\t/src/billing.go:", g.n(10, 300)],
        lambda: ["[10:", g.n(10, 59), ":01 INF] Order placed by {\"Name\": \"", N(p.full), "\", \"Phone\": \"",
                 P(g.phone()), "\", \"$type\": \"Customer\"}"],
        lambda: ["=INFO REPORT==== 2-May-2025::10:00:0", g.n(0, 9), " ===\n    account: <<\"", N(acct),
                 "\">>\n    peer: {", g.n(10, 99), ",0,", g.n(0, 255), ",", g.n(1, 254), "}"],
        lambda: ["10:00:01.", g.n(100, 999), " [info] Elixir.Accounts.signup name=\"", N(p.full), "\" email=",
                 E(g.email(p))],
        lambda: ["<165>1 2025-05-02T10:00:00.", g.n(100, 999), "Z ", g.host(), " app ", g.n(), " ID47 [auth@32473 user=\"",
                 N(acct), "\" src=\"", IP(g.ip()), "\"] session opened"],
        lambda: ["dn: uid=", N(acct), ",ou=people,dc=example,dc=com\ncn: ", N(p.full), "\nmail: ", E(g.email(p))],
        lambda: ["BEGIN:VCARD\nVERSION:3.0\nN:", N(p.family), ";", N(p.given), ";;;\nFN:", N(p.full), "\nTEL;TYPE=cell:",
                 P(g.phone()), "\nEND:VCARD"],
        lambda: ["ATTENDEE;CN=", N(p.full), ";ROLE=REQ-PARTICIPANT:mailto:", E(g.email(p))],
        lambda: ["request {\n  customer {\n    given_name: \"", N(p.given), "\"\n    family_name: \"", N(p.family),
                 "\"\n  }\n}"],
        lambda: ["[owner]\nname = \"", N(p.full), "\"\nphone = \"", P(g.phone()), "\""],
        lambda: ["17", g.n(10000000, 99999999), ".", g.n(100000, 999999), " [0 ", IP(g.ip4()), ":", g.n(1024, 65000),
                 "] \"HSET\" \"user:", g.n(), "\" \"name\" \"", N(p.full), "\""],
        lambda: ["{\"op\":\"query\",\"ns\":\"crm.contacts\",\"command\":{\"find\":\"contacts\",\"filter\":{\"lastName\":\"",
                 N(p.family), "\"}},\"millis\":", g.n(100, 9000), "}"],
        lambda: ["[2025-05-02T10:00:00,", g.n(100, 999), "][WARN ][i.s.s.query] [node-1] [people][0] took[",
                 g.n(1, 9), ".", g.n(1, 9), "s], source[{\"query\":{\"match\":{\"full_name\":\"", N(p.full), "\"}}}]"],
        lambda: ["NM1*IL*1*", N(fam), "*", N(giv), "****MI*", g.n(100000000, 999999999), "~"],
        lambda: ["8=FIX.4.4|35=D|49=", g.word().upper(), "|448=", N(acct), "|55=ACME|54=1|38=", g.n(1, 900), "|"],
        lambda: ["CEF:0|Vendor|VPN|1.0|100|login|3|suser=", N(acct), " src=", IP(g.ip()), " outcome=success"],
        lambda: ["{\"version\":\"1.1\",\"host\":\"", g.host(), "\",\"short_message\":\"refund issued\",\"_customer\":\"",
                 N(p.full), "\",\"_ssn_last4\":\"", S(g.last4()), "\"}"],
        lambda: ["__REALTIME_TIMESTAMP=17", g.n(10000000, 99999999), "000000\n_COMM=gdm-session-wor\nMESSAGE=gkr-pam: "
                 "unlocked login keyring for user ", N(acct)],
        lambda: ["2025/05/02 10:00:0", g.n(0, 9), " [error] ", g.n(100, 9999), "#0: *", g.n(), " upstream timed out, "
                 "client: ", IP(g.ip()), ", server: shop, request: \"GET /u/", N(acct), " HTTP/1.1\""],
        lambda: ["[2025-05-02, 10:00:00 UTC] {taskinstance.py:", g.n(100, 2000), "} INFO - Exported row for ",
                 N(p.full), " <", E(g.email(p)), ">"],
        lambda: ["SOQL: SELECT Id FROM Contact WHERE LastName = '", N(p.family), "' AND FirstName = '", N(p.given), "'"],
    ])()


def _u_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["  # aws_s3_bucket.", g.word(), " will be updated in-place\n      ~ tags = { \"team\" = \"",
                 g.pick(TEAMS), "\" }"],
        lambda: ["TASK [common : install packages] ****\nok: [", g.host(), "] => (item=", g.pick(PRODUCTS).lower(), ")"],
        lambda: ["=PROGRESS REPORT==== 2-May-2025::10:00:01 ===\n    application: ", g.word(), "\n    started_at: ",
                 "nonode@nohost"],
        lambda: ["<165>1 2025-05-02T10:00:00Z ", g.host(), " app - ID47 [meta region=\"", g.pick(PLACES),
                 "\" state=\"", g.pick(STATUSES), "\"] ", g.pick(JARGON)],
        lambda: ["dn: cn=", g.pick(SERVICE_ACCOUNTS), ",ou=services,dc=example,dc=com\nobjectClass: account"],
        lambda: ["SUMMARY:", g.pick(JARGON), "\nLOCATION:", g.pick(PLACES), " Office"],
        lambda: ["N4*", g.pick(PLACES).upper(), "*GA*30301~"],
        lambda: ["CEF:0|Vendor|VPN|1.0|200|policy|5|suser=", g.pick(SERVICE_ACCOUNTS), " act=", g.pick(STATUSES)],
        lambda: ["{\"version\":\"1.1\",\"short_message\":\"", g.pick(JARGON), "\",\"_vendor\":\"", g.pick(COMPANIES),
                 "\"}"],
        lambda: ["[2025-05-02, 10:00:00 UTC] {dagrun.py:", g.n(100, 999), "} INFO - Marking run ", g.pick(STATUSES),
                 " for ", g.pick(PRODUCTS_SOLD)],
    ])()


def _ticket(g: Gen) -> list[Part]:
    p, q = g.person(), g.person()
    giv = p.given
    return g.r.choice([
        lambda: ["Hi, this is ", N(giv), " from accounting. The export keeps failing since Monday."],
        lambda: ["hey it's ", N(giv.lower()), " again, still can't log in on the mobile app"],
        lambda: ["Thanks ", N(q.given), "! That fixed it. Regards, ", N(p.full)],
        lambda: ["Customer ", N(p.full), " called about a double charge; please refund and email ",
                 E(g.email(p)), "."],
        lambda: ["Escalating to ", N(q.full), " as ", N(giv), "'s laptop is still on the old VPN profile."],
        lambda: ["Dr. ", N(p.family), " asked us to move the appointment to Thursday."],
        lambda: ["Please call me back on ", P(g.phone()), ". Best, ", N(giv)],
        lambda: ["i'm ", N(p.full.lower()), " and my account got locked after the password reset"],
        lambda: ["Assigned to ", N(q.full), ". ", N(p.given), " confirmed the printer on floor 3 works again."],
        lambda: ["@", N(g.acct(q)), " can you take a look? ", N(giv), " is waiting since yesterday"],
        lambda: ["Mrs ", N(p.family), " wants to know why her parcel went to ", g.pick(PLACES), " instead."],
        lambda: ["Hallo, hier ist ", N(p.full), ". Meine Rechnung ist doppelt gekommen."],
        lambda: ["Bonjour, je suis ", N(p.full), " et je n'arrive pas à me connecter."],
        lambda: ["Spoke with ", N(p.given), " and ", N(q.given), " from the ", g.pick(TEAMS),
                 " team; they will patch tonight."],
        lambda: ["Per ", N(p.full), ", the ", g.pick(PRODUCTS), " migration slips to next sprint."],
        lambda: ["cc ", N(q.full), " - can you approve the refund for order ", g.n(), "?"],
        lambda: ["Ticket reopened: ", N(giv), " says the fix only worked on Chrome."],
        lambda: ["My manager ", N(q.given), " ", N(q.family), " needs read access too."],
        lambda: ["Good morning! ", N(giv), " here, our ", g.pick(PLACES), " office lost VPN at 8am."],
        lambda: ["thx ", N(q.given.lower()), ", all good now"],
        lambda: ["Left a voicemail for ", N(p.full), " at ", P(g.phone()), "; will retry tomorrow."],
        lambda: ["According to Prof. ", N(p.family), ", the grading export is missing two columns."],
        lambda: [N(giv), " mentioned that ", N(q.given), "'s account was merged by mistake."],
        lambda: ["Hola, soy ", N(p.full), ". No puedo descargar la factura."],
        lambda: ["Ciao, sono ", N(giv), " del reparto vendite: il login non funziona."],
        lambda: ["Kind regards,\n", N(p.full), "\n", g.pick(COMPANIES)],
    ])()


def _ticket_neg(g: Gen) -> list[Part]:
    return g.r.choice([
        lambda: ["The export keeps failing since Monday. Can someone check the ", g.pick(PRODUCTS), " job?"],
        lambda: ["Thanks! That fixed it. Closing the ticket."],
        lambda: ["Will this be fixed before the ", g.pick(PLACES), " launch on Friday?"],
        lambda: ["Grant access to the shared drive for the ", g.pick(TEAMS), " team, please."],
        lambda: ["Our office in ", g.pick(PLACES), " reports that ", g.pick(PRODUCTS), " is ", g.pick(STATUSES).lower(),
                 " again."],
        lambda: ["Hi team, the invoice from ", g.pick(COMPANIES), " shows the wrong VAT rate."],
        lambda: ["Hope you had a good weekend. Summer schedule starts in June, so standups move to 9:30."],
        lambda: ["Please reset the password for the ", g.pick(SERVICE_ACCOUNTS), " account; it expired."],
        lambda: ["Can you Rose-gold the new theme? Just kidding. Page 2 of the report is blank though."],
        lambda: [g.pick(JARGON), " again on the staging cluster. Who owns this?"],
        lambda: ["Ordered the ", g.pick(PRODUCTS_SOLD), " yesterday and it still says ", g.pick(STATUSES), "."],
        lambda: ["Bonjour, la facture de mars est arrivée deux fois. Merci de vérifier."],
        lambda: ["Ticket reopened: the fix only worked on ", g.pick(["Chrome", "Firefox", "Safari", "Edge"]), "."],
        lambda: ["Per the ", g.pick(TEAMS), " team, the ", g.pick(PRODUCTS), " migration slips to next sprint."],
        lambda: ["Good morning! Our ", g.pick(PLACES), " office lost VPN at ", g.n(6, 11), "am."],
        lambda: ["thx, all good now"],
        lambda: ["Left a voicemail for the ", g.pick(["Sales Desk", "Front Office", "Help Desk"]), "; will retry tomorrow."],
        lambda: ["Kind regards,\nThe ", g.pick(COMPANIES), " Support Team"],
        lambda: ["Dear Customer, your ", g.pick(PRODUCTS_SOLD), " order is ", g.pick(STATUSES).lower(), "."],
        lambda: ["Happy New Year! Offices in ", g.pick(PLACES), " and ", g.pick(PLACES), " reopen on Monday."],
    ])()


UNFAMILIAR: dict[str, tuple[str, list[Template], list[Template]]] = {
    "unfamiliar_formats": ("unfamiliar", [_u], [_u_neg]),
}
PROSE: dict[str, tuple[str, list[Template], list[Template]]] = {
    "tickets_chat": ("prose", [_ticket], [_ticket_neg]),
}
