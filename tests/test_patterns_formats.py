"""Issue 16 pattern-tier categories (phones, percent-encoding, SSN last four, ip:port, card runs) and ADDRESS."""

from __future__ import annotations

import pytest

from piiredact.backends._patterns import RegexDetector

DETECTOR = RegexDetector()


def found_of(text: str, entity: str, detector: RegexDetector = DETECTOR) -> set[str]:
    """Values of ``entity`` found in ``text``."""
    return {text[f.start : f.end] for f in detector.detect([text])[0] if f.entity == entity}


# -- 16.8: national-format phones without an English keyword ------------------------------------------------

PHONES = [
    ("41822;Okoro;070-9980-2029;JP;no", "070-9980-2029"),  # trunk 0, bare delimited field
    ("105;Ines;0113507540;FR;oui", "0113507540"),
    ("| NL | 06 86 15 48 91 |", "06 86 15 48 91"),
    ("Joignable au 03 89 85 78 38", "03 89 85 78 38"),
    ("müşteri 0512 616 24 83 numarasından aradı", "0512 616 24 83"),
    ("geri arama: 0 (542) 111 98 60", "0 (542) 111 98 60"),
    ("Rückruf unter 030 12345678 erbeten", "030 12345678"),
    ("cliente chiede di essere richiamato al 323 136 8030", "323 136 8030"),
    ("por favor llamar al 912 345 678", "912 345 678"),
    ('{"komórka":"696 471 810","status":"open"}', "696 471 810"),  # non-English key, quoted value
    ('{"celular":"(61) 97842-6737"}', "(61) 97842-6737"),
    ("40551;Ruiz;954 45 47 07;ES;si", "954 45 47 07"),  # grouped field, no trunk 0
    ("折り返し 090-1234-5678 まで", "090-1234-5678"),
    ("to extension '0015625061745' rejected", "0015625061745"),  # 00 + country code
    ("INVITE sip:4930123456@pbx.example SIP/2.0", "4930123456"),  # SIP: only the number
    ("msisdn=4915112345678 delivered", "4915112345678"),  # E.164 without +
    ("CDR,20251126153957,818071130640,491514743197,441,ANSWERED", "818071130640"),  # E.164 fields of a CDR
    ('{"destination":"919754138563","template":"otp"}', "919754138563"),
    ("    -- Executing [61426831857@from-trunk:1] Dial", "61426831857"),  # Asterisk number@context
    ('{"Telefon":"0160/5657157","status":"off"}', "0160/5657157"),  # area code / number
    ("| IT | 389/3852679|38742|", "389/3852679"),
    # shapes that are one national plan's alone: Brazil's bracketed two-digit area code, Russia's trunk 8
    ("chamada de (11) 98765-4321 recebida", "(11) 98765-4321"),
    ("motion alert sent to 8 916 375-32-16", "8 916 375-32-16"),
    ("SMS an 8 (495) 123-45-67 gesendet", "8 (495) 123-45-67"),
    # "+", then the country and area codes run together
    ("GET /v1/users/lookup?phone=+1919555-0176 200", "+1919555-0176"),
]


@pytest.mark.parametrize(("text", "phone"), PHONES, ids=[t[:30] for t, _ in PHONES])
def test_national_phones_without_english_keyword(text: str, phone: str) -> None:
    """National formats are found from their shape and field position, or a cue in another language."""
    assert phone in found_of(text, "PHONE")
    assert all(v in text for v in found_of(text, "PHONE"))


NOT_PHONES = [
    "081109 203615 148 INFO dfs.DataNode: done",
    'HTTP/2" 504 - via_upstream - "-" 0 6361 740 397 "10.0.0.1"',
    "BIOS-e820: 0000000000100000 - 0000000007eae000 (usable)",
    "EAN 4006381333931 ISBN 978-3-16-148410-0",
    "took 0.001 0.016 0.000 s",
    "Rückruf erbeten",
    "epoch 1765763994 build 20251126",
    "ts,1765763994123,123456789012,20251126153957",  # epoch millis, a 12-digit account id, a timestamp
    "GET /api/v1/12345678 1/100000 2025/11/25",
    "build 1 234 567-89-01 done",  # the Russian grouping without its trunk 8
    "ratio (11) 98765/4321",  # a bracketed two-digit code needs the dash
    "offset +1234567-8 applied",  # "+", a long first group, no phone plan's length
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_phone_look_alikes(text: str) -> None:
    """Timestamps, counters, BIOS maps, EAN/ISBN, decimals and a cue without a number are no phones."""
    assert set() == found_of(text, "PHONE")


def test_sip_number_at_host_is_not_an_email() -> None:
    """``sip:+4930123@host`` is a phone, not an e-mail address."""
    text = "INVITE sip:+4930123456@sip.carrier.example;user=phone SIP/2.0"
    assert set() == found_of(text, "EMAIL")
    assert {"+4930123456"} == found_of(text, "PHONE")


# -- 16.9: percent-encoding ----------------------------------------------------------------------------------

ENCODED = [
    ("GET /verify?phone=%2B491764696747&locale=en", "PHONE", "%2B491764696747"),
    ("POST /otp?to=%2B49%20171%208536076 HTTP/1.1", "PHONE", "%2B49%20171%208536076"),
    ("GET /cb?tel=tel%3A%2B48526400161 HTTP/1.1", "PHONE", "%2B48526400161"),
    ("GET /u?email=ann%40example.com&x=1", "EMAIL", "ann%40example.com"),
    ("login_hint=ana%2Bshop%40gmail.com", "EMAIL", "ana%2Bshop%40gmail.com"),
    ("redirect=%2Flogin%3Fu%3Dana%2Bshop%2540gmail.com", "EMAIL", "ana%2Bshop%2540gmail.com"),
]


@pytest.mark.parametrize(("text", "entity", "value"), ENCODED, ids=[t[:30] for t, _, _ in ENCODED])
def test_percent_encoded_values(text: str, entity: str, value: str) -> None:
    """Values are found on a decoded view and reported as they appear, from the first escape on."""
    assert value in found_of(text, entity)
    assert all(value.endswith(v) or v in value for v in found_of(text, entity))


def test_percent_encoding_in_a_batch() -> None:
    """The decoded view maps back to each text's own offsets in a batch."""
    texts = ["x", "GET /v?phone=%2B491764696747", "ok"]
    got = DETECTOR.detect(texts)
    assert [DETECTOR.detect([t])[0] for t in texts] == got
    assert ["%2B491764696747"] == [texts[1][f.start : f.end] for f in got[1]]


# -- 16.10: SSN last four with a cue ---------------------------------------------------------------------------

LAST4 = [
    ("customer gave the last four digits of SSN 4821", "4821"),
    ("IVR: customer entered last four 0039 (ssn), result=ok", "0039"),
    ("SSN ending in 6789", "6789"),
    ("soc sec ending 0246 on file", "0246"),
    ("last 4 of social: 2601", "2601"),
    ("ssn_last4=9876", "9876"),
    ("last_four_ssn=7890 matched", "7890"),
    ("<SSNLast4>2663</SSNLast4>", "2663"),
    ("masked XXX-XX-1234 on file", "1234"),
    ("masked ***-**-5678", "5678"),
    ("ss_number|479299824|W2|2022", "479299824"),
    ("50413,Eric,Johnson,326725607,07/10/1965,C", "326725607"),  # HR row: 9 digits next to a birth date
]


@pytest.mark.parametrize(("text", "ssn"), LAST4, ids=[t[:30] for t, _ in LAST4])
def test_ssn_last_four_and_variants(text: str, ssn: str) -> None:
    """Only the digits are the span."""
    assert {ssn} == found_of(text, "SSN")


@pytest.mark.parametrize(
    "text",
    [
        "card ending in 4242 charged",
        "account ending in 1234",
        "order 50413,326725607,2025-11-26,shipped",
        "routing 021000021 claim 123456789",
        "SSN 000-12-3456",
    ],
)
def test_not_ssn(text: str) -> None:
    """A card or account ending in four digits, 9-digit ids without a cue, invalid SSNs: no SSN."""
    assert set() == found_of(text, "SSN")


# -- 16.11 / 16.12: ip:port ip:port, card sub-runs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("src 10.0.0.1:80 10.0.0.2:443", {"10.0.0.1", "10.0.0.2"}),
        (
            "172.22.91.174:53152 172.21.71.138:8080 153.62.152.3:26494 - x",
            {"172.22.91.174", "172.21.71.138", "153.62.152.3"},
        ),
        ("lb 82.198.36.84:31542 172.25.159.130:8080 0.003 0.010", {"82.198.36.84", "172.25.159.130"}),
    ],
)
def test_second_ip_after_a_port_is_found(text: str, ips: set[str]) -> None:
    """The port and the next address no longer form one number run."""
    assert ips == found_of(text, "IP_ADDRESS")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO", set()),  # seconds, a date, an hour
        ("at 13:53:08 2017-05-16 00:00:00 started", set()),
        ("call 08 9123 4567 at 12:00:00", {"08 9123 4567"}),
        ("callback 415 555 0132:8080 (softphone port)", {"415 555 0132"}),  # a long last group is no hour
    ],
)
def test_the_digits_of_timestamps_are_no_phone(text: str, phones: set[str]) -> None:
    assert phones == found_of(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("=INFO REPORT==== 4-Mar-2026::10:11:12 === started", set()),  # Erlang's date and time
        ("peer 2001::10:11:12 up", {"2001::10:11:12"}),               # an address, not after a date
        ("bind fe80::1%eth0 ok", {"fe80::1"}),
    ],
)
def test_a_date_and_clock_time_joined_by_colons_is_no_ipv6(text: str, ips: set[str]) -> None:
    assert ips == found_of(text, "IP_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "flow 443 33925 6 91 50280 1765763994 1752473758 ACCEPT",
        '0.001 0.014 0.000 502 200 107 34278 "GET https://a"',
    ],
)
def test_luhn_sub_run_of_other_groups_is_no_card(text: str) -> None:
    """A Luhn-passing stretch of counters inside a longer run is not a card."""
    assert set() == found_of(text, "CREDIT_DEBIT_NUMBER")


def test_card_in_card_grouping_inside_a_run_is_kept() -> None:
    """A 4-4-4-4 card followed by more numbers is still a card."""
    assert {"4111 1111 1111 1111"} == found_of("pan 4111 1111 1111 1111 12 26", "CREDIT_DEBIT_NUMBER")


# -- ADDRESS (off by default) and the context names -------------------------------------------------------------

ADDRESSES = [
    (
        "ship to 123 Main St, Apt 4B, Springfield, IL 62704 today",
        "123 Main St, Apt 4B, Springfield, IL 62704",
    ),
    ("deliver to 4500 N. Oak Grove Ave Suite 210", "4500 N. Oak Grove Ave Suite 210"),
    (
        "billing: 1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    ),
    ("moved to 77 W 42nd Street #12", "77 W 42nd Street #12"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES, ids=[t[:30] for t, _ in ADDRESSES])
def test_street_address_when_asked_for(text: str, address: str) -> None:
    """``extra_entities={"ADDRESS"}`` finds US street addresses with unit, city, state and ZIP."""
    assert {address} == found_of(text, "ADDRESS", RegexDetector(extra_entities={"ADDRESS"}))
    assert set() == found_of(text, "ADDRESS")  # off by default


def test_address_only() -> None:
    """``entities={"ADDRESS"}`` detects addresses and nothing else."""
    d = RegexDetector(entities=["ADDRESS"])
    assert {"ADDRESS"} == d.entities
    assert ["ADDRESS"] == [f.entity for f in d.detect(["Dear Ann Lee, 12 Elm St"])[0]]


def test_context_names_are_exposed_whatever_names_says() -> None:
    """``detect_names`` returns the context names alone, also for ``names=False`` (the builtin's setting)."""
    d = RegexDetector(names=False)
    text = "Dear Ann Lee, ssn 123-45-6789"
    assert [] == [f for f in d.detect([text])[0] if f.entity == "NAME"]
    assert ["Ann Lee"] == [text[f.start : f.end] for f in d.detect_names([text])[0]]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("msisdn=2348031234567 imsi=621301234567890", {"2348031234567"}),   # the IMSI is no phone
        ("A-number: 447700900123 B-number: 14155550132", {"447700900123", "14155550132"}),
        ("caller_id=14155550132", {"14155550132"}),
        ("order_id=14155550132 txn_id=20260304101112", set()),
    ],
)
def test_telephony_keys_of_call_records(text: str, phones: set[str]) -> None:
    assert phones == found_of(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # telephony syntax: a dial string's number, a caller ID in angle brackets
        ('"Dial","PJSIP/6281208816887@trunk-out,30,tT"', {"6281208816887"}),
        ("sofia/gateway/gw1/4930123456@10.0.0.1", {"4930123456"}),
        ('"""Analisa Abreu"" <84983109775>"', {"84983109775"}),
        # CDR party keys and E.164 of more national plans (Georgia, Uzbekistan, New Zealand)
        ("ROAM_MOC|20260830070230|304|A=64271530623|B=995555643065|IMSI=434401857467761", {"64271530623", "995555643065"}),
        ("MTC|20260111201814|742|ORIG=998979362576|CAUSE=16", {"998979362576"}),
        ('"sip_from_user": "995555643065"', {"995555643065"}),
        ("2026-07-17 21:08:22,+19355550110,KAJA MALIK,639173050774,639,0.1540", {"+19355550110", "639173050774"}),
        # the key decides: ids beside ids are no phones, a lower-case one-letter key neither
        ('{"actor_id":"829653639406","requester_id":"465935014468"}', set()),
        ("job finished a=12345678901 rows", set()),
        ("https://cdn.example/static/6281208816887@2x.png", set()),
    ],
)
def test_telephony_syntax_and_more_national_plans(text: str, phones: set[str]) -> None:
    assert found_of(text, "PHONE") == phones


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("telefone (11) 98765-4321", "(11) 98765-4321"),           # pt
        ("Телефон: 8 (495) 123-45-67", "8 (495) 123-45-67"),       # ru, trunk 8
        ("teléfono 912 345 678", "912 345 678"),                   # es
        ("puhelin 040 123 4567", "040 123 4567"),                  # fi
        ("هاتف 050 123 4567", "050 123 4567"),                     # ar
        ("טלפון 052-123-4567", "052-123-4567"),                    # he
    ],
)
def test_phone_keywords_of_more_languages(text: str, phone: str) -> None:
    assert phone in found_of(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # a phone key's undivided national number of seven to nine digits
        ("FirstName = Enkhjargal, Phone = 99682772, Pets = [Pepper]", {"99682772"}),
        ('"mobilePhone":{"cc":"27","subscriber":"891266583"}', {"891266583"}),
        ('{"mobile": "912345678", "tel_no": "5512345"}', {"912345678", "5512345"}),
        # SMPP addresses, a number port's tn, an SMS recipient, a subscriber, a call-back request
        ('DEBUG:   destination_addr: "525527187335"', {"525527187335"}),
        ("PON=P6383E87BB RESP=R tn=15505550129 detail=mismatch", {"15505550129"}),
        ("result=bad_2fa 2fa=totp sms_to=201006172043", {"201006172043"}),
        ("NRTRDE high-usage: subscriber 34644883849 flagged", {"34644883849"}),
        ("transfer docs attached. Callback 16045550154", {"16045550154"}),
        ("bonjour, c'est moi, my number is 447700900061", {"447700900061"}),
        ('text="ligue para (21) 97862-2775 por favor"', {"(21) 97862-2775"}),  # pt "call"
        ("Telf. 912 345 678 (oficina)", {"912 345 678"}),  # es abbreviation
        ('HSS ADD SUB: IMSI="262011750684211", ISDN="529358732071"', {"529358732071"}),  # not the IMSI
        # a conversation or message by phone, a telephony record's parties, "reachable at" (nl)
        ("note: spoke with Ines Duarte on 612 845 173 re refund", {"612 845 173"}),
        ("Please contact the owner at 61491576864 about the delay", {"61491576864"}),
        ("customer texted 4415550118 twice", {"4415550118"}),
        ("destination { calledNumber '971547180797'H }", {"971547180797"}),
        ("\tAttributeANI\t'33694395262'", {"33694395262"}),
        ("[ticket 20691] bereikbaar op 0682977786", {"0682977786"}),
        # a contact's id, a text's length, a given name ending in "ani": no phone cue
        ("contact id 4415550118 merged; text 12 chars 4415550118; Giovanni 4415550118", set()),
        # the same digits with no phone key: ids, counters, a radio cell, a call's id
        ("graph=1234567 cell=1234567 order_no=12345678 phone_id=12345678 call 12345678", set()),
        ('{"subscriber_id": "891266583", "number": 12345678}', set()),
        # a key's index is no number between the key and its value (SAP's TELF1, phone2, fax1)
        ("NAME1=Ana TELF1=55 9532 7567 TELF2=512-045-525", {"55 9532 7567", "512-045-525"}),
        ('{"phone2": "912 345 678", "fax1": "030 1234567"}', {"912 345 678", "030 1234567"}),
        # other digits between a key and a number still cut it: a version, a count
        ("phone v2 build 12 then 55 9532 7567", set()),
        # a telephony key's whole value, a list under a phone key, a carrier export's "tn" column
        ("[reminder] to=33 5433 0302 client=x; to=0916319967 pet=y", {"33 5433 0302", "0916319967"}),
        ("candidate phones=['599299965'], ids=['599299965']", {"599299965"}),
        ("order_id,tn,status\nPI-4949516,3495550131,ACTIVATED", {"3495550131"}),
        ("id=0916319967 rows=12 34 56 789 to=12 34 56 789x", set()),
        # a form's "+" before an encoded area-code bracket
        ("entry.1003=%2B90+%28212%29+790+72+15&fvv=1", {"%2B90+%28212%29+790+72+15"}),
    ],
)
def test_phone_keys_and_cues_for_undivided_numbers(text: str, phones: set[str]) -> None:
    assert found_of(text, "PHONE") == phones


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("'CustomerName'\t'Lauren Harris'\t'AcctSSNLast4'\t'8600'", {"8600"}),  # a camel-case key's part
        ('1099-MISC box 3 recipient="Cian Doherty" tin_last4=2976 award=10590', {"2976"}),  # a TIN's last four
        ("Martin_last4=1234 pending 1234 martinlast4=1234", set()),  # a name's "tin", a word's "ssn" part
        ("phone=123456789", set()),  # a phone key's nine digits are a phone
        ('donor="Ogunleye, Adebayo" donor_tin=200028560 appraiser=x', {"200028560"}),  # a TIN as a key's last part
        ("Martin 123456789 destination 123456789", set()),  # "tin" inside a word
    ],
)
def test_last_four_of_camel_case_keys_and_tins(text: str, ssn: set[str]) -> None:
    assert found_of(text, "SSN") == ssn
