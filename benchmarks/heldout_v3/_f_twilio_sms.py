"""Family twilio_sms: Twilio-style inbound and status callbacks (form-encoded), Message resources,
Debugger/Alerts events with a URL-encoded JSON payload, Event Streams CloudEvents, and app lines
that log outgoing SMS. Bodies are in several languages; OTP codes are never labelled."""

from __future__ import annotations

from typing import Any

import _values as val
from _build import Rec, S, V, form_body
from _ctx import Ctx
from _names import Person

_SHORT_CODES = ("72345", "88022", "56789", "22395", "604030")
_ALPHA = ("NORTHWIND", "TailspinTx", "ACMEBANK", "Fabrikam", "GLOBEXPAY", "ClinicaSol")


def _sid(c: Ctx, prefix: str) -> str:
    return prefix + val.hexs(c.rng, 32)


def _otp(c: Ctx) -> str:
    return f"{c.n(0, 999999):06d}"


def _given(p: Person) -> V:
    return V(p.given, "NAME")


def _outbound_body(c: Ctx, p: Person) -> S:
    """Messages a business sends; the OTP and reference numbers are not PII."""
    g, otp = _given(p), _otp(c)
    brand = c.pick(["Northwind", "Tailspin", "Fabrikam", "Globex"])
    if p.script == "ja":
        return S(V(p.family, "NAME"), f"様、{brand}の認証コードは{otp}です。有効期限は10分です。")
    if p.script == "ko":
        return S(V(p.full(), "NAME"), f"님, {brand} 인증번호는 [{otp}]입니다.")
    if p.script in ("ru", "uk", "kk"):
        return S("Здравствуйте, ", g, f"! Ваш код {brand}: {otp}")
    k = c.n(0, 10)
    return [
        S("Hi ", g, f", your {brand} verification code is {otp}. It expires in 10 minutes."),
        S("Hola ", g, f", tu código de verificación de {brand} es {otp}."),
        S("Bonjour ", g, f", votre code {brand} est {otp}. Ne le partagez avec personne."),
        S("Hallo ", g, f", dein {brand}-Bestätigungscode lautet {otp}."),
        S("Olá ", g, f", seu código {brand} é {otp}."),
        S("Merhaba ", g, f", {brand} doğrulama kodunuz: {otp}"),
        S("Halo ", g, f", kode OTP {brand} kamu {otp}. Jangan berikan kode ini kepada siapa pun."),
        S("Habari ", g, f", nambari yako ya uthibitisho ya {brand} ni {otp}."),
        S(
            "Reminder: ",
            g,
            ", your appointment with Dr. ",
            V(c.person(latin_only=True).family, "NAME"),
            " is tomorrow at 09:30. Reply C to confirm or R to reschedule.",
        ),
        S(
            g,
            f", your {brand} order #{c.n(10000, 99999)} is out for delivery. Track: https://trk.example.com/{val.b62(c.rng, 8)}",
        ),
        S("Ciao ", g, f", il tuo codice {brand} è {otp}."),
    ][k]


def _inbound_body(c: Ctx, p: Person) -> S:
    """Messages people send in; they introduce themselves and leave contact details."""
    k = c.n(0, 9)
    name = V(c.disp(p, last_first=False), "NAME")
    if k == 9:
        return S(
            "Hi, ",
            name,
            " here. I was charged twice on card ",
            V(val.card(c.rng), "CREDIT_CARD"),
            ", please refund one",
        )
    if k == 8:  # people type identity details into support SMS threads; only the last four are labelled
        return S(
            "This is ",
            name,
            c.pick([", last 4 of my SSN are ", ", SSN ending in ", ". Last four of social: "]),
            V(val.ssn(c.rng)[-4:], "SSN"),
            c.pick([" - please unlock my account", "", ". Thx"]),
        )
    if k == 0:
        return S("Hi it's ", name, ", running 10 min late for the 3pm")
    if k == 1:
        return S("This is ", name, ". Please call me back on ", V(c.phone().any(c.rng), "PHONE"), " re my order")
    if k == 2:
        return S("Can you update my email to ", c.v_email(p), "? Thanks, ", _given(p))
    if k == 3:
        return S("Ich bin's, ", _given(p), ". Neue Nummer: ", V(c.phone("DE").national, "PHONE"))
    if k == 4:
        return S("Wrong number, there is no ", _given(p), " here. STOP")
    if k == 5:
        return S("Soy ", name, ", mi correo es ", c.v_email(p))
    if k == 6:
        return S("Bonjour, c'est ", _given(p), ", je confirme pour demain.")
    return S("YES. ", name, " confirming appointment")


def _neg_body(c: Ctx) -> str:
    return c.pick(
        [
            f"Your Northwind code is {_otp(c)}",
            "Your package has been delivered.",
            "STOP",
            "HELP",
            "Reply YES to confirm your subscription.",
            f"Votre code : {_otp(c)}",
            f"Dein Code lautet {_otp(c)}",
            f"認証コード: {_otp(c)}",
            "Flash sale: 20% off the Summer collection this weekend only",
            "Your appointment at the Victoria clinic is confirmed for Monday.",
            f"[Tailspin] {_otp(c)} is your login code",
            "Tu pedido ha sido enviado.",
            "Sipariş kargoya verildi.",
            f"G-{_otp(c)} is your Google verification code.",
        ]
    )


def _msisdn(c: Ctx, country: str | None = None) -> V:
    return V(c.phone(country).e164, "PHONE")


# ------------------------------------------------------------------------------------ callbacks
def _inbound_form(c: Ctx) -> Rec:
    p = c.person(native_share=0.05)
    frm = c.phone()
    body = _inbound_body(c, p)
    return form_body(
        [
            ("ToCountry", "GB"),
            ("ToState", None),
            ("SmsMessageSid", _sid(c, "SM")),
            ("NumMedia", "0"),
            ("ToCity", None),
            ("FromZip", None),
            ("SmsSid", _sid(c, "SM")),
            ("FromState", None),
            ("SmsStatus", "received"),
            ("FromCity", None),
            ("Body", body),
            ("FromCountry", frm.country),
            ("To", _msisdn(c, "GB") if c.chance(0.5) else c.pick(_SHORT_CODES)),
            ("MessagingServiceSid", _sid(c, "MG")),
            ("ToZip", None),
            ("NumSegments", "1"),
            ("MessageSid", _sid(c, "SM")),
            ("AccountSid", _sid(c, "AC")),
            ("From", V(frm.e164, "PHONE")),
            ("ApiVersion", "2010-04-01"),
        ]
    )


def _status_form(c: Ctx) -> Rec:
    status = c.pick(["delivered", "sent", "undelivered", "failed", "queued"])
    pairs: list[tuple[str, Any]] = [("SmsSid", _sid(c, "SM")), ("SmsStatus", status), ("MessageStatus", status)]
    if c.negative:
        to: Any = c.pick([f"+44770090{'*' * 4}", f"+1415555{'*' * 4}", "[redacted]"])
    else:
        to = _msisdn(c)
    pairs += [
        ("To", to),
        ("MessagingServiceSid", _sid(c, "MG")),
        ("MessageSid", _sid(c, "SM")),
        ("AccountSid", _sid(c, "AC")),
        ("From", c.pick([c.pick(_SHORT_CODES), c.pick(_ALPHA)])),
        ("ApiVersion", "2010-04-01"),
    ]
    if status in ("undelivered", "failed"):
        pairs.insert(3, ("ErrorCode", c.pick(["30003", "30005", "30006", "30007", "30008"])))
    return form_body(pairs)


def _usage_trigger(c: Ctx) -> Rec:
    return form_body(
        [
            ("AccountSid", _sid(c, "AC")),
            ("UsageTriggerSid", _sid(c, "UT")),
            ("DateFired", c.t.strftime("%a, %d %b %Y %H:%M:%S +0000")),
            ("Recurring", c.pick(["daily", "monthly", ""])),
            ("UsageCategory", c.pick(["sms", "sms-outbound", "totalprice"])),
            ("TriggerBy", "count"),
            ("TriggerValue", str(c.pick([1000, 5000, 10000]))),
            ("CurrentValue", str(c.n(1000, 12000))),
            ("IdempotencyToken", val.hexs(c.rng, 24)),
        ]
    )


def _debugger_payload(c: Ctx) -> Rec:
    """The JSON in a Debugger webhook's Payload field (before form encoding)."""
    if c.negative:
        code = c.pick(["11200", "12300", "11205"])
        more: dict[str, Any] = {
            "msg": "An attempt to retrieve content from https://hooks.example.com/sms returned the HTTP status code 502",
            "Msg": "Bad Gateway",
            "sourceComponent": "14100",
            "httpResponse": "502",
            "url": "https://hooks.example.com/sms",
            "LogLevel": "ERROR",
        }
    else:
        code = c.pick(["30007", "30003", "21610", "30034"])
        p = c.person(native_share=0.05)
        more = {
            "Msg": c.pick(
                ["Carrier violation", "Unreachable destination handset", "Attempt to send to unsubscribed recipient"]
            ),
            "To": _msisdn(c),
            "sourceComponent": "14100",
            "LogLevel": "ERROR",
        }
        if c.chance(0.5):
            more["Body"] = _outbound_body(c, p)
    return Rec().json(
        {"resource_sid": _sid(c, "SM"), "service_sid": None, "error_code": code, "more_info": more}, style="compact"
    )


def _debugger_form(c: Ctx) -> Rec:
    return form_body(
        [
            ("AccountSid", _sid(c, "AC")),
            ("Sid", _sid(c, "NO")),
            ("ParentAccountSid", None),
            ("Timestamp", val.iso_z(c.t, 0)),
            ("Level", "ERROR"),
            ("PayloadType", "application/json"),
            ("Payload", _debugger_payload(c)),
        ]
    )


# ------------------------------------------------------------------------------------ JSON resources
def _message_json(c: Ctx) -> dict[str, Any]:
    acct, sid = _sid(c, "AC"), _sid(c, "SM")
    date = c.t.strftime("%a, %d %b %Y %H:%M:%S +0000")
    if c.negative:
        to: Any = c.pick(["+44770090****", "[REDACTED]"])
        body: Any = _neg_body(c)
    else:
        p = c.person(native_share=0.15)
        to, body = _msisdn(c), _outbound_body(c, p)
    return {
        "account_sid": acct,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": date,
        "date_sent": None,
        "date_updated": date,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": c.pick(list(_ALPHA) + list(_SHORT_CODES)),
        "messaging_service_sid": _sid(c, "MG"),
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "queued",
        "subresource_uris": {"media": f"/2010-04-01/Accounts/{acct}/Messages/{sid}/Media.json"},
        "to": to,
        "uri": f"/2010-04-01/Accounts/{acct}/Messages/{sid}.json",
    }


def _cloudevent(c: Ctx) -> dict[str, Any]:
    acct, sid = _sid(c, "AC"), _sid(c, "SM")
    status = c.pick(["delivered", "sent", "undelivered"])
    data: dict[str, Any] = {
        "to": c.pick(["+1415555****", "+44770090****"]) if c.negative else _msisdn(c),
        "from": c.pick(_ALPHA + _SHORT_CODES),
        "messageSid": sid,
        "eventName": f"com.twilio.messaging.message.{status}",
        "accountSid": acct,
        "messagingServiceSid": _sid(c, "MG"),
        "timestamp": val.iso_z(c.t),
        "status": status.upper(),
        "numSegments": 1,
    }
    return {
        "specversion": "1.0",
        "type": f"com.twilio.messaging.message.{status}",
        "source": f"/2010-04-01/Accounts/{acct}/Messages/{sid}.json",
        "id": "EZ" + val.hexs(c.rng, 32),
        "dataschema": "https://events-schemas.twilio.com/Messaging.MessageStatus/2",
        "datacontenttype": "application/json",
        "time": val.iso_z(c.t),
        "data": data,
    }


def _alert_json(c: Ctx) -> Rec:
    """Monitor Alerts API resource: alert_text is itself form-encoded."""
    text = form_body(
        [
            ("Msg", "Carrier violation" if not c.negative else "Bad Gateway"),
            ("To", _msisdn(c)) if not c.negative else ("url", "https://hooks.example.com/sms"),
            ("sourceComponent", "14100"),
        ]
    )
    obj = {
        "account_sid": _sid(c, "AC"),
        "alert_text": "@@TEXT@@",
        "api_version": "2010-04-01",
        "date_created": val.iso_z(c.t, 0),
        "error_code": "30007" if not c.negative else "11200",
        "log_level": "error",
        "more_info": "https://www.twilio.com/docs/errors/30007",
        "request_method": "POST",
        "request_url": "https://hooks.example.com/sms/status",
        "resource_sid": _sid(c, "SM"),
        "sid": _sid(c, "NO"),
    }
    before, after = Rec().json(obj, style="spaced").text().split("@@TEXT@@")
    r = Rec(is_json=True).lit(before).embed(text).lit(after)
    return r


# ------------------------------------------------------------------------------------ wrappers
def _app_prefix(c: Ctx, what: str) -> str:
    return c.pick(
        [
            f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} INFO [twilio.webhook] {what}: ",
            f"[{val.iso_z(c.t)}] info: {what} ",
            f"{val.syslog_ts(c.t)} sms-gw[{c.n(300, 9000)}]: {what} body=",
        ]
    )


def _send_line(c: Ctx) -> Rec:
    """An app logging the SMS it is about to send, as a Python dict repr or logfmt."""
    r = Rec().lit(f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} DEBUG notifications.sms ")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f"Sending SMS via Twilio: {{'to': '+44770090****', 'from_': '{c.pick(_ALPHA)}', 'body': '{_neg_body(c)}'}}",
                    f"sms.send to=+1415555**** sender={c.pick(_SHORT_CODES)} template=otp len=32",
                    f"sms.batch sent={c.n(10, 900)} failed={c.n(0, 9)} service={_sid(c, 'MG')}",
                ]
            )
        )
    p = c.person(native_share=0.1)
    to = c.phone()
    if c.chance(0.5):
        return r.add(
            "Sending SMS via Twilio: {'to': '",
            V(to.e164, "PHONE"),
            "', 'from_': '",
            c.pick(_ALPHA),
            "', 'body': '",
            _outbound_body(c, p),
            "'}",
        )
    return r.add(
        "sms.send to=",
        V(to.e164, "PHONE"),
        f' sender={c.pick(_SHORT_CODES)} recipient_name="',
        V(c.disp(p), "NAME"),
        '" template=',
        c.pick(["otp", "reminder", "dispatch"]),
    )


def twilio_sms(c: Ctx) -> Rec:
    k = c.n(0, 9)
    if c.negative:
        k = c.pick([1, 1, 2, 3, 4, 5, 6, 7, 8])
        if k == 1:
            return Rec().lit(_app_prefix(c, "status")).embed(_status_form(c))
        if k == 2:
            return Rec().lit(_app_prefix(c, "usage trigger")).embed(_usage_trigger(c))
    if k <= 1:
        return Rec().lit(_app_prefix(c, "inbound")).embed(_inbound_form(c))
    if k == 2:
        return Rec().lit(_app_prefix(c, "status")).embed(_status_form(c))
    if k == 3:
        return Rec().lit(_app_prefix(c, "debugger event")).embed(_debugger_form(c))
    if k == 4:
        return Rec(is_json=True).json(_message_json(c), style=c.pick(["spaced", "pretty"]))
    if k == 5:
        return Rec(is_json=True).json(_cloudevent(c), style="compact")
    if k == 6:
        return _alert_json(c)
    if k == 7:
        return _send_line(c)
    if k == 8 and not c.negative:  # nginx logging $request_body for the webhook location
        ip = c.ip4()
        r = Rec().add(
            V(ip, "IP_ADDRESS"),
            f' - - [{val.clf_ts(c.t)}] "POST /twilio/sms HTTP/1.1" 200 {c.n(0, 300)} "-" "TwilioProxy/1.1" "',
        )
        return r.embed(_inbound_form(c) if c.chance(0.6) else _status_form(c)).lit('"')
    return _send_line(c)
