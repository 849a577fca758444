"""Logins found by their shape alone, in formats no account rule knows (``_names/_shaped.py``)."""

from __future__ import annotations

import pytest

from piiredact.backends._names import NameDetector
from piiredact.backends._names._lexicon import load_lexicon
from piiredact.backends._names._shaped import shaped_accounts


def _accounts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0] if f.entity == "USERNAME"]


@pytest.mark.parametrize("text,expected", [
    # a slow-query header, a captured-header block, an actor in brackets: no key says "user"
    ("# Who@Where: olga.petrenko[olga.petrenko] @ [10.9.8.7]", ["olga.petrenko", "olga.petrenko"]),
    ("0/0 {wkaminski|10.20.30.40} \"GET /a HTTP/1.1\"", ["wkaminski"]),
    ("cell\t-\tamara_okafor\t-\tF00", ["amara_okafor"]),
    ("cell\t-\tthandeka_mokoena\t-\tF00", ["thandeka_mokoena"]),  # neither half known: the uncased model's
    ("[rvasquez7] opened the vault", ["rvasquez7"]),
    ("actor=h.takahashi action=export", ["h.takahashi"]),
    ("owner: sergeipavlov", ["sergeipavlov"]),
    ("(tomasz.w) changed the rota", []),            # a surname missing: not every dotted token
])
def test_a_personal_shape_is_an_account_in_a_field(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text", [
    "connect to db.internal:5432 as reporter",      # a host name
    "loaded /opt/rvasquez/lib.so",                  # inside a path
    "mail olga.petrenko@example.org bounced",       # the local part of an address (EMAIL's)
    "price=mark.price currency=EUR",                # two ordinary words
    "dc=corp,dc=contoso,dc=com",                    # a surname and a letter: brands split so
    '{"service":"clippy","state":"ok"}',           # a key that never holds a person
    "host=jparker01 app=mlopez",
    "grace.period=30s retry.max=5",
    "olga petrenko wrote the notes",                # prose, no login shape (the model's business)
    "chamada de (11) 98765-4321 recebida",          # a word of another language that splits as c + Hamada
    "[info] [uploader] screenshot uploaded",        # a program's name ending in an agent noun
    '{"surname":"Kealoha","branchcode":"CPL"}',     # a JSON key, not a value
])
def test_no_account_in_hosts_paths_words_and_brands(text: str) -> None:
    assert _accounts(text) == []


def test_a_glued_token_counts_only_in_a_field_position() -> None:
    lex = load_lexicon()
    assert shaped_accounts("|sergeipavlov|", lex) == [(1, 13)]
    assert shaped_accounts("we met sergeipavlov today", lex) == []


def test_upper_and_mixed_case_are_left_to_the_context_rules() -> None:
    assert shaped_accounts("[Olga.Petrenko] [WKAMINSKI]", load_lexicon()) == []


@pytest.mark.parametrize("text,expected", [
    # under a key naming a person's role, one known name part or a name and an initial is enough
    ("dispatch driver=olga88 eta=4m", ["olga88"]),
    ('{"return_agent": "mei.xhosa", "lot": 4}', ["mei.xhosa"]),
    ("reviewer=omark status=approved", ["omark"]),
    ("assignee=ingrid", ["ingrid"]),
    # roles of the wider vocabulary of occupations (a person holds them, no program does)
    ("booking=BK-88 customer=x cleaner=jpetrauskiene slot=5", ["jpetrauskiene"]),
    ("room=3 director=nguyenp disposition=burial", ["nguyenp"]),
    ("msg=clock-in caregiver=kobayashis92 client=7", ["kobayashis92"]),
    ("party=pty_7 leader=anastasia_z12 size=4", ["anastasia_z12"]),
    ('"revision": {"editor_id": "stijn.goossens", "branch": "default"}', ["stijn.goossens"]),
    # the same values without a role key: not logins by shape alone
    ("dispatch unit=olga88 eta=4m", []),
    ("bucket=omark", []),
])
def test_a_role_key_makes_a_weaker_login_shape_enough(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text", [
    "owner=root", "assignee=unassigned", "approver=auto", "to=ops-team", "from=paris",
    "reviewer=copilot", "driver=nvidia", "creator=terraform", "editor=vim", "leader=none",
])
def test_a_role_key_still_takes_no_word_service_or_place(text: str) -> None:
    assert _accounts(text) == []


@pytest.mark.parametrize("text,expected", [
    ("event=referral quote=Q-1 referred_to=okoro7 by=ilse.brandt", ["okoro7", "ilse.brandt"]),
    ("approved_by=ingrid", ["ingrid"]),
    ("routed_to=billing by=auto", []),          # a queue, a word
])
def test_a_verbs_person_is_a_role(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a role noun in running text before a login: that person's login, in a weaker shape too
    ("ack by operator floresx (breaker open)", ["floresx"]),
    ("approved by manager nsokolov", ["nsokolov"]),
    ("clerk jericho.dimaculangan notified", ["jericho.dimaculangan"]),
    ("el usuario lehtonenantti abrió la ficha", ["lehtonenantti"]),
    # a mention: the "@" stays outside
    ("@rasmus_o12 mentioned the team", ["rasmus_o12"]),
    # the same nouns before words, tools or addresses
    ("customer support ticket", []), ("the driver update failed", []), ("player list updated", []),
    ("mail me@ann.lee today", []), ("operator kubectl applied", []),
])
def test_a_role_noun_or_a_mention_before_a_login(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


def test_a_login_may_be_written_last_name_first() -> None:
    assert _accounts("called_by=hansenmikkel result=ok") == ["hansenmikkel"]


@pytest.mark.parametrize("text,expected", [
    ("agent=SSTEINER status=OK", ["SSTEINER"]),          # a mainframe-style login under a role key
    ('"approvedBy": "GONCALO.OLIVEIRA"', ["GONCALO.OLIVEIRA"]),
    ('"issuedBy":"CAMO"', []),                           # an acronym
    ("level=INFO agent=CHROME", []), ("service=SSTEINER", []),
])
def test_upper_case_logins_under_a_role_key(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a user printed as "Name (login)": the login beside a name found is that person's
    ("approved by Ann Lee (alee) at 10:00", ["alee"]),
    ("Ann Lee (ann.lee) and Bo Chen (bchen2)", ["ann.lee", "bchen2"]),   # spelt from the name itself
    ("Ann Lee (admin) logged in", []), ("Ann Lee (read.only)", []),       # a role, a mode
    ("freigegeben von Budi Santoso (BUDIS2) an GCMS-07", ["BUDIS2"]), ("Ann Lee (ADMIN)", []),  # capitals
    ("the build (alee) failed", []),                                        # no name before it
])
def test_a_login_beside_a_name(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


def test_a_mention_or_a_role_noun_login_may_end_in_digits() -> None:
    assert _accounts('(comment: "ok but tag @tomas87")') == ["tomas87"]
    assert _accounts("validated by tech revathi.rao99; critical") == ["revathi.rao99"]


@pytest.mark.parametrize("text,expected", [
    # a role's login of names no gazetteer holds: trailing digits, an initial and digits, two
    # pronounceable parts, or a long glued token that is no two words
    ("quote=Q-1 referred_to=wekesak12", ["wekesak12"]),
    ("action=remove author=wiremu_t37 reason=spam", ["wiremu_t37"]),
    ("rep=MORADIL85|acct=5XT", ["MORADIL85"]),                       # an abbreviated role key
    ("owner=alertmanager", []), ("approved_by=dependabot", []),       # two words; a bot's ending
    ("author=elasticsearch", []), ("reviewer=build_bot7", []), ("owner=platform_team", []),
])
def test_role_logins_of_names_no_gazetteer_holds(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a home directory is its user's
    ("Access to the path 'C:\\Users\\nikospapadopoulos\\Documents' is denied.", ["nikospapadopoulos"]),
    ('"procPath": "/Users/y.yoshida/Library/Developer"', ["y.yoshida"]),
    ("cd /home/hadoop/bin", []), ("/Users/Shared/cache", []),          # a service account, a shared folder
    ("/srv/home/app.py", []),                                          # no home directory
])
def test_the_user_of_a_home_directory(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # handles in Title Case: a known given name and a known surname or an initial, or Surname.I
    ("executed 'KickPlayer RicardoB' from lobby", ["RicardoB"]),
    ("message flagged sender=Naidu.N", ["Naidu.N"]),
    ("class SessionManager extends KafkaConsumer", []), ("JacksonParser failed", []),
    ("GraceTimeout=5", []), ("org.apache.Hadoop.X", []),
])
def test_title_case_handles(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


def test_a_glued_login_beside_a_quoted_name_is_spelt_from_it() -> None:
    assert _accounts('entrant "Leyla Guliyeva" (guliyeval) checked in') == ["guliyeval"]
    assert _accounts('entrant "Leyla Guliyeva" (prod) checked in') == []


@pytest.mark.parametrize("text,expected", [
    ("file Maria_Garcia_cv.docx", ["Maria_Garcia"]), ("uploaded Smith_John.pdf", ["Smith_John"]),
    ("Grace_Period", []), ("Mark_Price", []), ("Young_Gen", []), ("Jordan_Austin", []),  # words, places
    ('{"tz":"America/Sao_Paulo"}', []),                                                # a place's name
])
def test_names_joined_by_an_underscore(text: str, expected: list[str]) -> None:
    found = NameDetector(cache_size=0).detect([text])[0]
    assert [text[f.start:f.end] for f in found if f.entity == "NAME"] == expected


@pytest.mark.parametrize("text,expected", [
    # a login right before the person's name in parentheses, spelt from it or in a login's shape
    ('SSN changed by fsaleh (Fatima Saleh)', ["fsaleh"]),
    ("RO#7 OPENED adv=LEWANDOWSKAJ77 (Justyna Lewandowska)", ["LEWANDOWSKAJ77"]),
    ("owner=platform (Ann Lee)", []), ("see README (Ann Lee)", []),   # a word, a file: no login
])
def test_a_login_before_a_name(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the owner's name in a host name built with a device or system word
    ("Jul  9 20:08:12 aino-lehtonen-framework systemd[1]: started", ["aino-lehtonen"]),
    ('"hostname": "CATRIONAM-PC",', ["CATRIONAM"]),
    ("Nov 24 16:07:57 wchen-latitude systemd", ["wchen"]),
    ("host web-desktop ok", []), ("build-laptop", []), ("admin-pc", []), ("test-ubuntu", []),
    ("victoria-nas", []), ("grace-laptop", []),       # no device word; an ordinary word
    # a local domain after the device word; two device words (Mac-mini); a device's default name
    ("dhcp: hostname=Athinas-iPhone.home; relay", ["Athina"]), ("12:23:31 Nikhils-Mac-mini installd[", ["Nikhil"]),
    ('"device_name": "Astrid\'s iPhone"', ["Astrid"]), ("backup to \"Kele’s Time Capsule\" done", ["Kele"]),
    ("resolved jdoe-laptop.corp.example.com", []),   # another domain: a name in a domain is no device's
    ("the admin's laptop and the team's PC", []),
])
def test_the_owner_of_a_device_host_name(text: str, expected: list[str]) -> None:
    found = NameDetector(cache_size=0).detect([text])[0]
    assert [text[f.start:f.end] for f in found if f.entity == "NAME"] == expected


@pytest.mark.parametrize("text,expected", [
    # a given name and a number of two digits or more is a handle; a version of one digit is a product's
    ("PlayerAccount{id=14782466, handle='Mona656'}", ["Mona656"]), ("Sarah92 joined", ["Sarah92"]),
    ("Claude3 replied", []), ("Alexa2", []), ("Python37", []), ("Paris2024", []),
    # a login under a display-name or gamer-tag key
    ('"display_name":"alirezaei97","mmr":2224', ["alirezaei97"]), ('gamerTag: "kiranjit_s95"', ["kiranjit_s95"]),
])
def test_handles_with_numbers_and_display_names(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


def test_a_known_name_joined_to_a_name_no_list_holds() -> None:
    text = "uploaded /cv/Yutong_Liu_2024.pdf"
    assert [text[f.start:f.end] for f in NameDetector(cache_size=0).detect([text])[0]] == ["Yutong_Liu"]
    assert NameDetector(cache_size=0).detect(["1,S4,PhiX,Illumina_Demo,730912"])[0] == []   # a word: a sample


@pytest.mark.parametrize("text,expected", [
    ('{"id_checked_by": "oliver_cooper","terms":1}', ["oliver_cooper"]),   # a surname that is a dictionary's word
    ("approved by hgupta", ["hgupta"]),                                      # an initial and a known surname
    ("phone=(617) 555-0167 csr=wchan creditCheck=SS", ["wchan"]),            # an abbreviated role key
    ("triggered by jenkins", []), ("built by mcafee", []), ("by=mark_price", []),
    # the agent of a passive ("posted by", "written by"), or a login ending in digits after any "by"
    ("mileage Q1 | posted by nagyz", ["nagyz"]), ("consent v7 uploaded by priyas2).", ["priyas2"]),
    ("DMCA Takedown Notice - clip by ltoth8 Date: Sat", ["ltoth8"]), ("CSR note by mutuaz11: spoke", ["mutuaz11"]),
    ("clip by nagyz today", ["nagyz"]),  # no passive, no digits: not this rule's, the uncased model's
    ("Access denied by pam_slurm_adopt: you have no active jobs", []),      # a module's three parts
    # the person a task goes to; not a team, a queue, a department
    ("refund sent. Assigned to tkohler.", ["tkohler"]), ("removed, escalated to rakhimovy1970", ["rakhimovy1970"]),
    ("escalated to tier2; assigned to ops; forwarded to kafka; handed over to nightshift", []),
    ("transferred to radiology; owner=dyusupov assigned to billing-tier2", ["dyusupov"]),
    # PHP dumps: print_r and var_dump keys in brackets
    ("Array ( [ID] => 5967 [user_login] => k.prochazkova39 [ID2] => 1 )", ["k.prochazkova39"]),
    ('array(2) { ["user_login"]=> string(8) "jdoe1234" }', ["jdoe1234"]),
    ("restarted by kubelet", []), ("sorted by name", []), ("killed by oomkiller", []), ("by node2", []),
])
def test_more_role_logins(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lower-case cell of a row that holds a person's name: spelt from it, or in a login's shape
    ('"Ferrara, Donatella",d.ferrara@police.example,010-4232-9457,neha_k6,198.51.100.22', ["neha_k6"]),
    ("22\t2\tGomes, Joaquim\tjgomes\tC\tsick\t3\tChoi, Soo-ah\tsooah.choi\tB", ["jgomes", "sooah.choi"]),
    # an occupation or a surname alone in a cell, status words, codes; no row at all
    ("L12,lasher,YASMINE MANSOUR,203,foreman", []),
    ("7,Ingrid Solberg,pending,gold,eu-west-1", []),
    ("Ingrid Solberg wrote to neha_k6", ["neha_k6"]),  # no row: the uncased model reads the login in prose
])
def test_a_login_in_a_row_that_holds_a_name(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a product's or host's service account; the actions of a REST collection
    ('"approvals": [{"role": "Quality", "user": "wcadmin"}]', []), ("<Username>sbsuser</Username>", []),
    ("lock released user=revitserver client=localhost", []), ("user=akumar", ["akumar"]),
    ('"RequestPath":"/v1/users/lookup?phone=1"', []), ("GET /api/users/me/settings", []),
    ("GET /api/users/jdoe42/profile", ["jdoe42"]),
    # a source file's line under a folder named like a collection; a login before a colon and a blank
    ("level=WARN source=/app/internal/profile/handler.go:222 msg=x", []), ("GET /users/ann.lee: 404", ["ann.lee"]),
])
def test_service_accounts_and_rest_actions_are_no_person(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # under a role only a person holds, a login spelt from names no gazetteer holds
    ('}],"supervisor":"vainikolov","narrative":"x"', ["vainikolov"]), ("status=open officer=somchais", ["somchais"]),
    # tools, words run together, placeholders
    ("supervisor=terraform nurse=autoapprove witness=unassigned teacher=substitute", []),
    # under a role software holds too, the same shape where the login-shape model reads a name, not a program
    ("reviewer=vainikolov", ["vainikolov"]), ("reviewer=logrotate", []), ("killed_by=oomkiller", []),
])
def test_a_role_only_a_person_holds_takes_an_unknown_names_login(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sending forum digests for user 9853 (kasunp21) ... Done", ["kasunp21"]),
    ("user 42 (admin) user 77 (root) member 12 (default)", []),   # service accounts, words
    ("build 9853 (kasunp21)", ["kasunp21"]),  # no person's number before it: the uncased model's, by its spelling
])
def test_a_login_in_parentheses_after_a_persons_number(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cell in capitals spelt from the row's name, its parts found apart ("Last, First", HL7's LAST^FIRST)
    ('2026-02-17T10:30:11Z,KAZLAUSKASD3,"Kazlauskas, Darius",RESULT_VIEW', ["KAZLAUSKASD3"]),
    ("P|1|E7|||MUNTEANU^ALINA^^|x|19471222|U||||AMUNTEANU", ["AMUNTEANU"]),
    # capitals not spelt from the name (a status, an acronym), the name's own word, outside a row
    ('2026-02-17T10:30:11Z,RESULT_VIEW,"Kazlauskas, Darius",KAZLAUSKAS,DK', []),
    ("audit: session TAKESHIS2 opened for Takeshi Sato", []),
])
def test_a_cell_in_capitals_spelt_from_the_rows_name(text: str, expected: list[str]) -> None:
    assert _accounts(text) == expected
