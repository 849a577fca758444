"""Issue 16 name categories, from our own cases: capitals, accounts, SQL/lists, particles, scripts, precision."""

from __future__ import annotations

import gc
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piiredact import Policy, Redactor
from piiredact.backends._names import NameDetector
from piiredact.backends._names import _detector as detector_module
from piiredact.backends._names._accounts import is_person_account
from piiredact.backends.builtin import BuiltinDetector

_B = BuiltinDetector(cache_size=0)


def found(text: str, entity: str | None = None) -> list[str]:
    """Values the builtin backend finds as NAME/USERNAME (or only ``entity``), in order."""
    out = []
    for f in sorted(_B.detect([text])[0], key=lambda f: f.start):
        if f.entity in ("NAME", "USERNAME") and (entity is None or f.entity == entity) and f.score >= 0.5:
            out.append(text[f.start : f.end])
    return out


# -- 16.1 capitals ------------------------------------------------------------------------

CAPS = [
    ("wire 8812 PAYEE=HAROLD PEMBERTON AMT=10.00", ["HAROLD PEMBERTON"]),
    ("  1.WHITTAKER/ROSALIND MRS  2  LH 400 Y 12MAR", ["WHITTAKER/ROSALIND"]),
    ('pax="WHITTAKER/ROSALINDMRS" seg=LH400', ["WHITTAKER/ROSALIND"]),
    ("ACCT|0042|ASHWORTH, GERTRUDE|ACTIVE", ["ASHWORTH, GERTRUDE"]),
    ("<Dbtr><Nm>GERTRUDE ASHWORTH</Nm></Dbtr>", ["GERTRUDE ASHWORTH"]),
]


@pytest.mark.parametrize(("text", "expected"), CAPS)
def test_all_caps_names_in_name_positions(text: str, expected: list[str]) -> None:
    """PAYEE=, SURNAME/GIVEN with a title (spaced or glued), LAST, FIRST rows, ISO 20022 <Nm>."""
    assert expected == found(text)


@pytest.mark.parametrize(
    "text",
    ["HOLDER: JOINT ACCOUNT", "NAME=DEFAULT_POOL", "STATUS: LINK UP", "ship to 12 ELM AVE", "TCP/IP stack ready",
     "<Order><Amt>12</Amt></Order>", "JOB COMPLETED NORMALLY"],
)
def test_all_caps_non_names(text: str) -> None:
    """Placeholders, states, addresses, protocol pairs and XML element names are not names."""
    assert [] == found(text)


# -- 16.2 accounts ------------------------------------------------------------------------

ACCOUNTS = [
    ("Mar  2 10:00:01 bastion sshd[77]: Accepted publickey for gertrude.ashworth from 10.1.2.3 port 22 ssh2",
     ["gertrude.ashworth"]),
    ("Mar  2 10:00:01 bastion sudo:  hpemberton : TTY=pts/1 ; PWD=/home/hpemberton ; USER=root",
     ["hpemberton", "hpemberton"]),
    ("pam_unix(sshd:session): session opened for user rosalind_whittaker2 by (uid=0)", ["rosalind_whittaker2"]),
    ("EventID=4624 Account Name:\t\tezekielthornbury Account Domain:\tCORP", ["ezekielthornbury"]),
    ("lockout for ACME\\h.pemberton at WS-12", ["h.pemberton"]),
    ('BIND dn="uid=gashworth,ou=people,dc=example,dc=org"', ["gashworth"]),
    ('{"arn":"arn:aws:iam::111122223333:user/rwhittaker","userName":"rwhittaker"}', ["rwhittaker", "rwhittaker"]),
    ("level=info msg=login login=harold.pemberton method=sso", ["harold.pemberton"]),
]


@pytest.mark.parametrize(("text", "expected"), ACCOUNTS)
def test_person_account_names_are_usernames(text: str, expected: list[str]) -> None:
    """first.last, flast, first_last+digits, firstlast, DOMAIN\\f.last, LDAP uid, ARN + key: USERNAME, every occurrence."""
    assert expected == found(text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    [
        "sshd[1]: Accepted publickey for root from 10.0.0.1 port 22 ssh2",
        "session opened for user www-data by (uid=0)",
        "level=info user=svc_backup action=run",
        "Account Name:\t\tWEB01$",
        "Account Name:\t\tSYSTEM",
        "authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.9",
        "session opened for user jenkins by (uid=0)",
        "user=lambda-exec-orders assumed role",
    ],
)
def test_service_and_system_accounts_are_not_usernames(text: str) -> None:
    """root, www-data, svc_*, machine accounts ($), SYSTEM, empty values, CI users, role sessions."""
    assert [] == found(text, "USERNAME")


def test_account_shapes() -> None:
    """The value classifier on its own: person shapes yes, words/tools/services no."""
    for v in ("maria.garcia", "mgarcia", "m.garcia2", "garcia_maria", "mariagarcia"):
        assert is_person_account(v), v
    for v in ("root", "backup", "deploy", "svc-orders", "ci-runner", "DatadogRole", "WEB01$", "clicked"):
        assert not is_person_account(v), v
    # parts that are all words, a surname at most, no given name and no initial: a program's name;
    # a surname that is a word beside a given name or an initial is still a person's
    for v in ("rule-engine", "store-portal", "scale-auto"):
        assert not is_person_account(v), v
    for v in ("mark.white", "j.brown", "brown.james", "white_t", "rose.hill"):
        assert is_person_account(v), v
    # an id's prefix and its serial; a program ending in an agent noun no surname list holds
    for v in ("usr_48213", "cus-90311", "mem_7710452", "reportpublisher", "feedcrawler"):
        assert not is_person_account(v), v
    # a given name before a serial; a glued name whose surname is an agent noun (Barker, Walker)
    for v in ("ann_4821", "lena-0092", "sophiebarker", "tomwalker"):
        assert is_person_account(v), v


def test_lower_case_name_in_prose_is_not_a_username() -> None:
    """Without an account context nothing is a USERNAME."""
    assert [] == found("thanks, will check with gertrude tomorrow", "USERNAME")


# -- 16.3 SQL, bound parameters, lists, arrows ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INSERT INTO staff (first_name, last_name) VALUES ('Orla', 'Brennan')", ["Orla", "Brennan"]),
        ("binding parameter [1] as [VARCHAR] - [Thaddeus]", ["Thaddeus"]),
        ("(2:VARCHAR) <- [Whitlock]", ["Whitlock"]),
        ("[parameters: ('Orla', 'Brennan')]", ["Orla", "Brennan"]),
        ("on-call handoff: Ingrid Solberg -> Barnaby Wilde", ["Ingrid Solberg", "Barnaby Wilde"]),
    ],
)
def test_sql_values_parameters_and_arrows(text: str, expected: list[str]) -> None:
    """Positional SQL values, Hibernate-style bound-parameter echoes and handoff arrows."""
    assert expected == found(text)


# -- 16.4 particles and person keys ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("refund signed by Khalid al-Rashid", ["Khalid al-Rashid"]),
        ("customer: Nurul binti Ahmad", ["Nurul binti Ahmad"]),
        ("ticket closed by Pieter van der Berg", ["Pieter van der Berg"]),
        ("patient record: Abernathy, Lucinda (ward 4)", ["Abernathy", "Lucinda"]),
    ],
)
def test_particles_and_compounds(text: str, expected: list[str]) -> None:
    """al-, binti, van der join one name; Last, First gives both parts."""
    assert expected == found(text, "NAME")


def test_person_key_overrides_word_list() -> None:
    """A surname that is also a word under a last-name key is a name."""
    assert ["Hope"] == found('{"last_name": "Hope"}')
    assert ["KIM Min-seo"] == found("SURNAME: KIM Min-seo")


# -- 16.5 scripts -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ['{"full_name": "አበበ ቢቂላ"}', "customer_name=ጌታቸው status=ok"])
def test_ethiopic_under_a_name_key(text: str) -> None:
    """Ethiopic (a caseless script) under a name key is a name."""
    assert 1 == len(found(text))


# -- 16.6 precision ----------------------------------------------------------------------------

PRECISION = [
    "Port status changed from Active to Disabled",
    "Rebuild: In Progress (40%)",
    "Store #12 (Savannah, GA) opened at 08:00",
    "Invoking Amazon Neptune target reports",
    "Octave 8.4.0 kernel started",
    "I'm Feeling Lucky button shown",
    "Holiday list: Boxing Day, Easter Monday",
    "Clicked 'Add To Basket' on SKU-1",
    "Shuffle port returned by the manager",
    "<Invoice><Total>3</Total></Invoice>",
]


@pytest.mark.parametrize("text", PRECISION)
def test_log_jargon_places_products_are_not_names(text: str) -> None:
    """Statuses, short labels, City, ST, vendor products, versions, contractions, holidays, Title Case glue, tags."""
    assert [] == found(text, "NAME")


# -- 13.17 linear on dotted capitals (structural, no timing) -------------------------------------


class _CountingPattern:
    """Wraps the token pattern and counts match() calls in the candidate pre-gate."""

    def __init__(self, pattern) -> None:  # type: ignore[no-untyped-def]
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int = 0):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.pattern.match(text, pos)


def test_dotted_capitals_are_matched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One long ``Aa.Aa.…`` token is tokenised once in the pre-gate, not once per capital (was quadratic)."""
    counter = _CountingPattern(detector_module._ASCII_TOKEN_RE)
    monkeypatch.setattr(detector_module, "_ASCII_TOKEN_RE", counter)
    detector_module._has_candidate("Aa." * 2000)
    assert counter.calls <= 2


# -- 12.13 no raw names kept ---------------------------------------------------------------------


def test_no_redacted_value_left_on_the_heap() -> None:
    """After the redactor is gone, no live container references a string holding the redacted name."""
    secret = "Quillon" + "Marrowfield"
    text = "ticket closed by " + secret[:7] + " " + secret[7:]
    r = Redactor(policy=Policy(action="replace"))
    assert "[NAME]" in r.redact(text)
    del r, text
    gc.collect()
    needle = secret[:7] + " " + secret[7:]
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            items = list(obj.keys()) + list(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            items = list(obj)
        else:
            continue
        assert not any(isinstance(x, str) and needle in x for x in items if x is not needle)


# -- fork safety -----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork")
def test_child_after_fork_with_cache_lock_held() -> None:
    """A child forked while the cache lock is held detects normally (the at-fork hook resets the lock)."""
    det = NameDetector(cache_size=4)
    det._lock.acquire()
    try:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            ok = det.detect(["order placed by Ezekiel Thornbury"])[0] != []
            os._exit(0 if ok else 1)
    finally:
        det._lock.release()
    deadline = 200
    while deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert 0 == os.waitstatus_to_exitcode(status)
            return
        deadline -= 1
        os.sched_yield() if hasattr(os, "sched_yield") else None
        import time

        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("forked child hung on the inherited cache lock")


def test_reset_after_fork_is_idempotent() -> None:
    """reset_after_fork() on the detector and the builtin backend can be called any number of times."""
    det = BuiltinDetector(cache_size=4)
    det.reset_after_fork()
    det.reset_after_fork()
    assert det.detect(["order placed by Ezekiel Thornbury"])[0]


# -- 16.7 natural text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("visitor: hi, i'm gertrude ashworth and the upload failed", ["gertrude ashworth"]),
        ("chat: hey it's rosalind again, still no refund", ["rosalind"]),
        ('review note: "@thaddeus can you take this?"', ["thaddeus"]),
        ("#billing <rosalind> anyone seen the export job?", ["rosalind"]),
        ("thanks ezekiel, that fixed it", ["ezekiel"]),
    ],
)
def test_lower_case_names_in_prose_are_names(text: str, expected: list[str]) -> None:
    """Self-introductions, greetings, @mentions and chat nicks in lower case are NAME (not USERNAME)."""
    assert expected == found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    ["thanks team, that fixed it", "hi there, the export failed", "npm ERR! @types/node not found",
     "it's me again, still broken", "<div> rendered twice", "ok thanks, closing"],
)
def test_lower_case_words_in_the_same_places_are_not_names(text: str) -> None:
    """Ordinary words after the same cues, scoped packages and markup are not names."""
    assert [] == found(text)


# -- percent-encoded names (the decoded view, mapped back) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET /people?first_name=Z%C3%B3fia&last_name=Wr%C3%B3bel&page=2", ["Z%C3%B3fia", "Wr%C3%B3bel"]),
        ('referer="https://crm.example/contacts?q=Gertrude%20Ashworth&sort=new"', ["Gertrude%20Ashworth"]),
        ("POST /signup body=first=Rosalind+Whittaker&plan=pro", ["Rosalind+Whittaker"]),
    ],
)
def test_percent_encoded_names(text: str, expected: list[str]) -> None:
    """Names inside %XX / '+' encodings are found whole, with offsets into the raw text."""
    assert expected == found(text, "NAME")


def test_vendor_and_holiday_runs() -> None:
    """A vendor name is a company; holiday phrases are calendar words."""
    assert [] == found("Lenovo ThinkPad docked")
    assert [] == found("calendar: Thanksgiving Day, Boxing Day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HL7 PID|1||4411^^^HOSP^MR||ASHWORTH^GERTRUDE^^^^^L||19600101|F", ["ASHWORTH^GERTRUDE"]),
        ("ST*837*0001~NM1*IL*1*OKONKWO-BELL*TEMPERANCE*Q***MI*W1234~N3*12 MAIN ST~",
         ["OKONKWO-BELL", "TEMPERANCE", "Q"]),                        # X12 NM1 of a person
        ("NM1*85*2*RIVERSIDE MEDICAL GROUP*****XX*1234567893~", []),  # NM1 of an organisation
        ("rota 2031-W05: Mon=Gertrude Tue=Thaddeus", ["Gertrude", "Thaddeus"]),
        ("crm.sync contact_first=Rosalind contact_last=Frost", ["Rosalind", "Frost"]),
        ("4411,Gertrude,Ashworth,1960-01-01,active", ["Gertrude", "Ashworth"]),
    ],
)
def test_hl7_rota_name_part_keys_and_csv_cells(text: str, expected: list[str]) -> None:
    """HL7 FAMILY^GIVEN, rota day keys, keys naming a name part, bare CSV cells next to a name."""
    assert expected == found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dovecot: imap(gertrude.ashworth)<4411><x1>: Disconnected", ["gertrude.ashworth"]),
        ("New Logon:\n\tAccount Name:\t\tHPemberton\n", ["HPemberton"]),
        ("Target User Name:\trosalind.whittaker", ["rosalind.whittaker"]),
        ("postfix/smtpd[9]: client=mx[10.0.0.1], sasl_method=PLAIN, sasl_username=hpemberton", ["hpemberton"]),
        ('<EventData><Data Name="TargetUserName">hpemberton</Data></EventData>', ["hpemberton"]),
        ("<userName>gertrude.ashworth</userName>", ["gertrude.ashworth"]),
        ("branch main pushed by hpemberton, approved by r.whittaker", ["hpemberton", "r.whittaker"]),
    ],
)
def test_more_account_contexts(text: str, expected: list[str]) -> None:
    """Dovecot service(user), Windows mixed-case accounts, multi-word keys, keys ending in 'username'."""
    assert expected == found(text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    ["Account Name:\t\tDatadogIntegrationRole", "Account Name:\t\tANONYMOUS LOGON", "Account Name:\t\tWebAdmin",
     "disabled by default", "triggered by jenkins", "rotated by design", "order placed by Amanda Whitlock",
     "dovecot: imap-login: Login: method=PLAIN, rip=10.0.0.1"],
)
def test_mixed_case_accounts_need_the_gazetteers(text: str) -> None:
    """A mixed-case account is a person only when it splits into known name parts."""
    assert [] == found(text, "USERNAME")


def test_fhir_given_and_family_and_handles() -> None:
    """FHIR HumanName given/family arrays; an @handle glued from initial + surname (a mention of a
    login: USERNAME; a bare name mentioned, "@thaddeus", stays NAME)."""
    assert ["Ashworth", "Gertrude", "Anne"] == found('{"name":[{"family":"Ashworth","given":["Gertrude","Anne"]}]}')
    assert ["hpemberton"] == found("review requested from @hpemberton", "USERNAME")


@pytest.mark.parametrize("text", ["CUST|0042|NORDIC TIMBER AB|ACTIVE", "BENEFICIARY: ALPINE SOLAR GMBH", "12 RUE DE LYON"])
def test_companies_and_streets_in_capitals(text: str) -> None:
    """Legal-form suffixes make a company; street words make an address."""
    assert [] == found(text, "NAME")


def test_regex_tier_names_can_be_united() -> None:
    """regex_names=True adds the regex tier's context names where nothing else covers them (16.13)."""
    texts = [t for t, _ in CAPS + ACCOUNTS] + PRECISION
    plain = BuiltinDetector(cache_size=0).detect(texts)
    united = BuiltinDetector(cache_size=0, regex_names=True).detect(texts)
    for a, b in zip(plain, united):
        assert {(f.start, f.end, f.entity) for f in a if f.entity != "NAME"} <= {(f.start, f.end, f.entity) for f in b}
        for f in b:  # whatever the union adds never overlaps a validated finding
            assert f.entity != "NAME" or not any(
                g.entity not in ("NAME", "USERNAME") and g.start < f.end and f.start < g.end for g in b
            )


# -- places of several words, Title Case phrases naming things, a city before its region -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Destination: Rio de Janeiro, Las Vegas, San José",     # places of several words
        "GET /search?q=Santa%20Clara&lang=en HTTP/1.1",          # ... percent-encoded
        "GET /search?city=Port+Louis&country=MU HTTP/1.1",       # ... joined by a query string's +
        "[ci] Build #442 of Harmony Pipeline succeeded",         # a thing named like a person
        "orders.csv: 4412|Victoria|BC|CA|shipped|2026-03-04",    # a city before its province code
        "ship-to Madison; WI; US; 53703; pending",
        'cupsd: REQUEST localhost "POST / HTTP/1.1" 200 183 Renew-Subscription successful-ok',  # a compound of words
        "volume mounted, Mode: Read-Only",
        "office moved to Bergen op Zoom",                          # a place with a lower-case link word
        "route via La Línea de la Concepción",
        "closed for works: Harriet Tubman Avenue",                 # a street named after a person
        "Welcome to Harmony Health Portal",                        # a Title Case phrase naming a thing
        "User Guide updated by Documentation Team",
        "<Nm>Victoria Street Bakery</Nm>",                          # a street type inside a business name
        "<Dbtr><Nm>ALPINE SOLAR GMBH</Nm></Dbtr>",                  # a company in a person element
    ],
)
def test_places_and_things_named_like_people(text: str) -> None:
    assert found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card tokenized for Eric Renders (exp 06/29)", ["Eric Renders"]),   # a surname that is also a word
        ("Customer Antonia Humer called about a late delivery", ["Antonia Humer"]),
        ("ticket from Santa Okafor: printer jammed", ["Santa Okafor"]),       # a place word as a given name
        ("signed by Jean-Luc Okafor and Grace-Joy Mensah", ["Jean-Luc Okafor", "Grace-Joy Mensah"]),
        ("contact: Maria de los Ángeles Fernández", ["Maria de los Ángeles Fernández"]),  # two particles
    ],
)
def test_names_next_to_words_and_places_stay_names(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


def test_a_date_is_no_phone_in_a_data_row() -> None:
    """The name tier reads digits as 0, so a date arrives as ``0000-00-00``: it must not make a row
    a person's contact record (which would let a lone city cell count as a name)."""
    from piiredact.backends._names._rows import find_rows

    assert find_rows("0000|Victoria|BC|CA|shipped|0000-00-00").names == []
    assert [f.start for f in find_rows("0000|Victoria|BC|CA|shipped|0000 000000").names] == [5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("crm.sync contact_first=Lucas contact_last=Close stage=Lost", ["Lucas", "Close"]),  # a word as a surname
        ("last_name=Close", ["Close"]),
        ('{"lastName":"Wu","firstName":"Li"}', ["Wu", "Li"]),                              # two letters
        ("patient_family=Okafor contact_given=Rose", ["Okafor", "Rose"]),
        ("last_name=Unknown first_name=Test", []),                                         # placeholders
        ("font-family: Arial; os_family=Debian product_family=Xeon", []),                   # "family" as a kind
        ("last: Failed", []),
        ('{"msg":"updated user","user":{"first":"Siosaia","last":"Havili"}}', ["Siosaia", "Havili"]),  # a person object
        ('{"range":{"first":"Alpha","last":"Omega"}}', []),                                               # a range
        # a dotted owner, a record holding both bare part keys, plural keys of passport records
        ('iis.query patient.last="IGLESIAS" patient.first="LUCIA" match=PROBABLE', ["IGLESIAS", "LUCIA"]),
        ("voter_app=8214484321 last=OLAWALE first=YETUNDE result=DENIED", ["OLAWALE", "YETUNDE"]),
        ("<Applicant> <Surnames>HOSSEINI</Surnames> <GivenNames>AMIR</GivenNames>", ["HOSSEINI", "AMIR"]),
        ("<Applicant> <Surnames>FNU</Surnames> <GivenNames>AMIR</GivenNames>", ["AMIR"]),  # "first name unknown"
        ("page first=true last=false; range first=alpha last=omega; os.family=linux", []),  # flags, a range
        ("last=OLAWALE status=DENIED", []),                                                 # one bare key alone
    ],
)
def test_a_name_part_key_decides_over_the_word_lists(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on-call rota W12: Mon=Mark Tue=Ifeoma, Wed=Ana Beatriz Sun=Johannes", ["Mark", "Ifeoma", "Ana Beatriz", "Johannes"]),
        ("opening hours Mon=Closed Tue=Open Wed=Open", []),   # a schedule of states
        ("tz=UTC Mon=09:00 Tue=10:00 Wed=09:30", []),
    ],
)
def test_a_rota_of_weekday_keys_holds_people_and_a_key_is_not_part_of_a_name(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("calendar: organizer=Julie Little attendees=[Faith Black, Angel Frost]", ["Julie Little", "Faith Black", "Angel Frost"]),
        ("reviewers=[Summer Cross, Ifeoma Obi]", ["Summer Cross", "Ifeoma Obi"]),
        ("owners=[Platform, Payments]", []),   # teams in a list of owners
    ],
)
def test_a_list_of_people_under_a_plural_person_key(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("携帯 +81 3-3730-2967 に折り返し希望", []),          # "mobile" labels the number
        ("电话 13812345678 状态 成功", []),                    # "phone", "status", "success"
        ("氏名: 山田太郎", ["山田太郎"]),                       # the value of the label is a name
        ("이름: 김민준", ["김민준"]),
    ],
)
def test_labels_of_caseless_scripts_are_not_names(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sshd[4416]: Disconnected from user bdzhaksybekov 10.0.0.3 port 51234", ["bdzhaksybekov"]),
        ("passwd[4419]: pam_unix(passwd:chauthtok): password changed for nkechi", ["nkechi"]),
        ("usermod[4421]: add 'urakhimov' to group 'docker'", ["urakhimov"]),
        ("usermod[4421]: add 'deploy' to group 'docker'", []),                       # a service account
        ("sshd[4424]: Received disconnect from 10.0.0.1 port 2:11: disconnected by user", []),
    ],
)
def test_accounts_in_more_auth_phrases(text: str, expected: list[str]) -> None:
    assert found(text, "USERNAME") == expected


def test_a_pam_service_and_group_is_no_password() -> None:
    text = "passwd[4419]: pam_unix(passwd:chauthtok): password changed for nkechi"
    assert [f.entity for f in _B.detect([text])[0] if f.entity == "PASSWORD"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a logger's name before " : " is no key whose value is the message
        ("2026-03-04 10:11:12.345 ERROR 1 --- [exec-9] c.a.b.PaymentService   : Payment declined for Siosaia Havili: insufficient funds",
         ["Siosaia Havili"]),
        ("name: Ann Lee", ["Ann Lee"]),
        ("note: called Ann Lee back", ["Ann Lee"]),
    ],
)
def test_logger_names_and_sentences_are_not_keys(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the MDC/JSON key of the signed-in user holds a login as often as a number
        ('{"msg":"order placed","userId":"okonkwoe"}', ["okonkwoe"]),
        ('{"msg":"order placed","userId":"u-9643067","user_id":"5f3a9c0e2b1d4e6f7a8b9c0d"}', []),
        ('{"msg":"login ok","userId":"auth0|64f1c2"}', []),                           # a provider's id
        ("Account jolanta.wierzbicka locked after 5 failed attempts", ["jolanta.wierzbicka"]),
        ("Account settings saved for tenant 4411", []),
        ("PS C:\\> Unlock-ADAccount -Identity wierzbickaj", ["wierzbickaj"]),
        ("PS C:\\> Add-ADGroupMember -Identity 'Finance Approvers' -Members jolanta.wierzbicka", ["jolanta.wierzbicka"]),
        ("backup.sh --user postgres --db orders", []),                                # a service account
        ("kinit --login=okonkwoe", ["okonkwoe"]),
        # upper-case systems write logins in capitals
        ("13-FEB-26 04:18:38 FRONT DESK CHECK IN RM 1316 USER OKONKWOE", ["OKONKWOE"]),
        ("USER NIGHT_AUDIT CLOSED BATCH", []),
        ("EXPORT row 7: ACCOUNT_NAME=NORDIC STEEL AB;INDUSTRY=MANUFACTURING", []),     # a phrase, not a login
    ],
)
def test_logins_under_id_keys_options_and_in_capitals(text: str, expected: list[str]) -> None:
    assert found(text, "USERNAME") == expected


@pytest.mark.parametrize("text", ["name: ნინო ბერიძე room 1201", '{"guest_name": "ნინო ბერიძე"}'])
def test_georgian_under_a_name_key(text: str) -> None:
    """Georgian letters are lower case to str.islower() (Mtavruli capitals exist since Unicode 11),
    yet the script is written without case."""
    assert found(text, "NAME") == ["ნინო ბერიძე"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<Cdtr><Nm>Victoria Water Ltd</Nm></Cdtr>", []),                    # a legal form closes the run
        ("<Dbtr><Nm>Morgan Stanley</Nm></Dbtr>", []),                       # a bank named after its founders
        ("invoice from Marks & Spencer for Ann Lee", ["Ann Lee"]),          # two surnames and "&": a firm
        ("paid Walt Disney Co 1200 USD", []),
        ("Contact: Ann Lee, Trust Officer", ["Ann Lee"]),                   # a comma ends the company run
        ("booked by Ann & Grace Okafor", ["Ann", "Grace Okafor"]),          # given names and "&": people
        ("payee=TRADER JOE amount=41.20 card holder Ann Lee", ["Ann Lee"]),  # a possessive dropped in capitals
        ("lender=Fannie Mae servicer=Charles Schwab borrower=Ann Lee", ["Ann Lee"]),
        # an institution or facility named after a person: the word after the name says so; a word that
        # is also a surname the gazetteers know (Park, Hall) does not
        ('hearing moved to Thurgood Marshall Courtroom; clerk Ann Lee notified', ["Ann Lee"]),
        ('duplicate school "Cesar Chavez Middle School" reported by Ann Lee', ["Ann Lee"]),
        ("grant from the Betty Moore Foundation to Ann Lee", ["Ann Lee"]),
        ("assigned to Ji-woo Park today", ["Ji-woo", "Park"]),
        # a business named after its owner, then the words of its trade; a trade word that is also a
        # surname the gazetteers know (Power, Steel) keeps the person
        ("invoice from Brennan Roofing for Ann Lee", ["Ann Lee"]),
        ('vendor="Takahashi Freight Services" approver=Ann Lee', ["Ann Lee"]),
        ("PAYEE: NKOSI CATERING  REF 4411 CONTACT: ANN LEE", ["ANN LEE"]),
        ("escalated to Ann Power today", ["Ann Power"]),
    ],
)
def test_companies_spelt_like_people(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<PstlAdr><TwnNm>Nelson</TwnNm><Ctry>NZ</Ctry></PstlAdr>", []),     # ISO 20022 town element
        ("<address><city>Victoria</city><district>Florence</district></address>", []),
        ("<customer><firstName>Amara</firstName><lastName>Close</lastName></customer>", ["Amara", "Close"]),
    ],
)
def test_an_xml_element_is_the_key_of_its_text(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"ticket_group_name":"Billing","ticket_agent_name":"Ann Lee"}', ["Ann Lee"]),
        ('{"assignee": {"name": "Václav Novák"}, "group": {"name": "Madison"}, "team": {"name": "Florence"}}',
         ["Václav Novák"]),
        ('{"target":[{"type":"AppInstance","displayName":"Jenkins"},{"type":"User","displayName":"Ann Lee"}]}',
         ["Ann Lee"]),
        ('{"actor": {"type": "SystemPrincipal", "alternateId": "system", "displayName": "Gerrit"}}', []),
        ('{"@odata.type": "#microsoft.graph.group", "displayName": "Madison Office"}', []),
        ('{"resourceType": "Patient", "name": [{"text": "Ann Lee"}]}', ["Ann Lee"]),
    ],
)
def test_the_name_of_a_group_an_app_or_a_typed_thing(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"address1":"Jalan Sudirman 12","city":"Jakarta"}', []),            # a street type before the name
        ('{"address1":"Bağdat Caddesi 45","city":"Istanbul"}', []),           # and after it, in Turkish
        ('{"street":"Calle Mayor 3","name":"Ann Lee"}', ["Ann Lee"]),
        ("shipped to Via Roma 12 for Giulia Rossi", ["Giulia Rossi"]),
        ("guest Dương Tấn Minh checked in", ["Dương Tấn Minh"]),             # a surname, not a street word
    ],
)
def test_streets_of_other_languages(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RM 1316 GUEST HOLT, REGITZE MSTR TO BIN OSMAN/HAKIM ARR 13-FEB-26", ["HOLT, REGITZE", "BIN OSMAN/HAKIM"]),
        ("RM 519 GUEST TOKHTAROV, ASKAR PROF ARR 09-JAN-26", ["TOKHTAROV, ASKAR"]),   # unknown names after a key
        ("1102;BAŞOĞLU/YAR MRS;26.03.26;9", ["BAŞOĞLU/YAR"]),                          # Latin Extended capitals
        ("RM 1635 GUEST ŁAZARCZYK/SYLWESTER DR ARR 28-MAY-26", ["ŁAZARCZYK/SYLWESTER"]),
        ("STATUS UPDATE, ROOM CLEAN", []),
        ("REGION NORTH, ZONE WEST", []),
    ],
)
def test_capitals_after_a_key_word_and_in_other_latin_alphabets(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[IFC8 TX] GI|RN1026|G#73570|GSN|GNOkwuosa|GFChidubem|GTMs|GLEN|GA260323|", ["Okwuosa", "Chidubem"]),
        ("[IFC8 RX] GC|RN937|GNMARADONA|GFJean-Baptiste|GT|", ["MARADONA", "Jean-Baptiste"]),
        ("[IFC8 RX] RE|RN1001|RSCL|", []),
        ("PR|GNrooms|", []),                                  # no name text: lower case is no FIAS name
    ],
)
def test_fias_guest_records(text: str, expected: list[str]) -> None:
    assert [v.removeprefix("GN").removeprefix("GF") for v in found(text, "NAME")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"user":{"username":"oidc:grace.okoye@example.com"}', []),          # an issuer's prefix
        ('"sender":{"login":"renovate[bot]","type":"Bot"}', []),              # an automation account
        ("%ASA-6-113039: Group <Staff-VPN> User <mbasalirwa> IP <198.51.100.7> session started", ["mbasalirwa"]),
        ("(0) Login OK: [okoyeg] (from client wlan-ctrl port 0 cli 44-85-00-11-22-33)", ["okoyeg"]),
        ("(1) Login incorrect: [anonymous] (from client wlan-ctrl port 0)", []),
        ("2026-12-01 10:00:01 grace.okoye/203.0.113.9:51234 MULTI_sva: pool returned IPv4=10.8.0.6", ["grace.okoye"]),
        ("2026-12-01 10:00:01 203.0.113.9:51234 [grace.okoye] Peer Connection Initiated", ["grace.okoye"]),
        # Java prints a socket address as host/ip:port
        ("Connecting to msra-sa-41/10.190.173.170:9000 retry 3", []),
        ("Connection from localhost/127.0.0.1:8020 closed", []),
        ("Address change detected. Old: ip-10-0-0-1.ec2.internal/10.0.0.1:8030", []),
    ],
)
def test_accounts_of_vpn_radius_and_asa_lines(text: str, expected: list[str]) -> None:
    assert found(text, "USERNAME") == expected


def test_a_kerberos_principal_names_its_account() -> None:
    from piiredact.backends._names._accounts import find_accounts

    text = "AS_REQ (4 etypes) 10.0.0.5: ISSUE: authtime 17, mbasalirwa@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM"
    assert [text[f.start : f.end] for f in find_accounts(text)] == ["mbasalirwa"]
    host = "TGS_REQ 10.0.0.6: ISSUE: HTTP/web01.corp.example.com@CORP.EXAMPLE.COM for host/db01@CORP.EXAMPLE.COM"
    assert find_accounts(host) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(0010,0010) PN [OKOYE^GRACE]                          #  12, 1 PatientName", ["OKOYE^GRACE"]),
        ("(0008,0090) PN [BASALIRWA^MOSES^^DR]                   #  20, 1 ReferringPhysicianName",
         ["BASALIRWA^MOSES"]),                                                   # the prefix is no part
        ("(0010,0010) Patient's Name                      PN: 'Okoye^Grace'", ["Okoye^Grace"]),
        ("(0010,0010) PN [ANONYMOUS]                            #  10, 1 PatientName", []),
        ("(0008,0060) CS [CT]                                     #   2, 1 Modality", []),
        ('{"object":"product","name":"Victoria Tote","description":"Sienna finish"}', []),   # a typed thing
        ('{"object":"customer","name":"Ayesha Siddiqui"}', ["Ayesha Siddiqui"]),
    ],
)
def test_dicom_person_names_and_typed_objects(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("263850,2,,,Offer letter – Roya Jafari,haraldod@inbox.example", ["Roya Jafari"]),
        ("550 5.1.1 RESOLVER,22740,2,,,Offer letter for Roya Jafari,x@example.org", ["Roya Jafari"]),
        ("4411,Amara called back,open", ["Amara"]),                # a given name opening a cell stays a name
        ("Update: Amara called back about the refund", ["Amara"]),
        ("Customer Hannah A. White viewed /api/orders/7", ["Hannah A. White"]),   # "A." is an initial
        ("Seen by Dr. Baker today", ["Baker"]),                                   # "Dr." is a title
    ],
)
def test_an_ordinary_word_opening_a_sentence_or_a_cell(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<Cdtr><Nm>Ooredoo Q.P.S.C.</Nm></Cdtr> for Layla Haddad", ["Layla Haddad"]),   # a dotted legal form
        ("paid to Kazakh Telecom JSC by Aliya Nurlanovna", ["Aliya Nurlanovna"]),
        ("  72358  Coleman           Susan           SE  ACTIVE  09/2017", ["Coleman", "Susan"]),  # SE: a country
        ("<Dbtr><Nm>NOTPROVIDED</Nm></Dbtr>", []),                                          # ISO 20022 placeholder
        ('{"group": {"name": "Everyone"}, "actor": "Everyone"}', []),
        ('{"line_items":[{"title":"Sophia Linen Dress","quantity":1}]}', []),              # a product
    ],
)
def test_legal_forms_placeholders_and_line_items(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25),
    probe=st.tuples(st.integers(0, 60), st.integers(1, 12)),
)
def test_the_overlap_index_agrees_with_pairwise_checks(spans: list[tuple[int, int]], probe: tuple[int, int]) -> None:
    """builtin's merge of validated findings and names (an index, not n*m pairwise checks: a line of
    thousands of e-mails and logins was quadratic) answers exactly what the pairwise test does."""
    from piiredact import Finding
    from piiredact.backends.builtin import _Covered

    found = [Finding(s, s + n, "EMAIL", 0.9, "t") for s, n in spans]
    f = Finding(probe[0], probe[0] + probe[1], "NAME", 0.9, "t")
    assert _Covered(found).overlaps(f) == any(o.start < f.end and f.start < o.end for o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("姓名: 王小明 电话: 13812345678", ["王小明"]),          # a CJK label is a key
        ("姓名：王小明 电话：13812345678", ["王小明"]),          # with the full-width colon
        ("이름: 김민준", ["김민준"]),
        ("Patient DOE, JOHN admitted to ward 4B", ["DOE, JOHN"]),  # a person key in Title Case before LAST, FIRST
        ("Region NORTH, WEST updated", []),
    ],
)
def test_cjk_labels_full_width_separators_and_keyed_capitals(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-05 15:15:46.43|SL|1|CORP\\jquintero|dbo|HR|45.78.180.212|SSMS - Query", ["jquintero"]),  # a row's field
        ("ACTION:[7] 'CONNECT' DATABASE USER:[9] 'TEIXEIRAJ' CLIENT USER:[13] 'joao_teixeira' TERMINAL:[6] 'WS-790'",
         ["TEIXEIRAJ", "joao_teixeira"]),                                                  # Oracle's audit trail
    ],
)
def test_accounts_in_database_audit_rows(text: str, expected: list[str]) -> None:
    assert found(text, "USERNAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('VISITOR_SIGN_IN name="florian weißmann" company="Ortega Foods S.A." host="Conceição Moreira"',
         ["florian weißmann", "Conceição Moreira"]),     # a lower-case whole name; a visitor's host
        ('name="maria lopez" team="ops"', ["maria lopez"]),
        ('name=kafka broker', []),
        ('name="redis cluster"', []),
        ('GET / host="api.example.com" name="jenkins agent"', []),
    ],
)
def test_lower_case_whole_names_under_a_bare_name_key_and_a_visitors_host(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-04-05T16:30:00.875715Z\t  314 Connect\tjecheverria49@41.185.97.184 on billing using TCP/IP", ["jecheverria49"]),
        ("GRANT SELECT ON hr.* TO 'zeynep.sahin'@'10.0.0.5'", ["zeynep.sahin"]),
        ("1772467196.676   6935 10.112.12.105 TCP_DENIED/403 49093 CONNECT www.example.net:443 avonderheyde HIER_DIRECT/10.55.51.97 -",
         ["avonderheyde"]),                                                    # Squid's user field
        ("1772467196.676   6935 10.112.12.105 TCP_MISS/200 49093 GET http://x.example/ - HIER_DIRECT/10.55.51.97 text/html", []),
        ("1773134064.780830\tCc6df2c451327727a3\t10.48.174.151\t8834\t445\tshirinkarimi\tWS-615\tCORP", ["shirinkarimi"]),
        ("2025-04-15 11:21:01\tORD-341497\tStandard\tTorino\tNL\tshipped", []),   # a word, not two names
        ("a\tjava.lang\torg.apache\tdatabase\tb", []),
    ],
)
def test_logins_at_an_address_in_squid_lines_and_tab_fields(text: str, expected: list[str]) -> None:
    assert found(text, "USERNAME") == expected


@pytest.mark.parametrize(
    ("text", "names", "logins"),
    [
        ("AUTHREQ term=T3064 amt=13.56 name=HARPER FENWICK-PEMBERTON resp=00", ["HARPER FENWICK-PEMBERTON"], []),
        ("name=jenkins agent", [], []),
        ("name=ACME TRADING resp=00", [], []),
        ("HRMD_A07 IDoc PERNR=78964786 NACHN=Okwuosa VORNA=Chidubem GBDAT=19720313", ["Okwuosa", "Chidubem"], []),
        ('{"voornaam": "Sanne", "achternaam": "Bakker"}', ["Sanne", "Bakker"], []),
    ],
)
def test_name_keys_of_other_languages_and_systems(text: str, names: list[str], logins: list[str]) -> None:
    assert (found(text, "NAME"), found(text, "USERNAME")) == (names, logins)


@pytest.mark.parametrize("text,expected", [
    # a Kerberos principal: the user is the account, the realm (in capitals) no person's
    ("AS_REQ ok principal=kaveh.karimi@HHS.COUNTY.EXAMPLE", [("kaveh.karimi", "USERNAME")]),
    # an address in capitals and an ordinary one stay addresses
    ("mail JOHN.SMITH@EXAMPLE.COM now", [("JOHN.SMITH@EXAMPLE.COM", "EMAIL")]),
    ("user=ann.lee@example.com", [("ann.lee@example.com", "EMAIL")]),
])
def test_a_kerberos_principal_is_an_account_at_a_realm(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[f.start:f.end], f.entity) for f in BuiltinDetector(cache_size=0).detect([text])[0]] == expected


def test_the_regex_tier_alone_keeps_a_principal_whole() -> None:
    """Without the name tier nothing finds the account: the whole principal stays redacted as an address."""
    from piiredact.backends._regex import RegexDetector
    text = "AS_REQ ok principal=kaveh.karimi@HHS.COUNTY.EXAMPLE"
    assert [text[f.start:f.end] for f in RegexDetector().detect([text])[0]] == ["kaveh.karimi@HHS.COUNTY.EXAMPLE"]
