"""Family analytics_events: Segment-style identify/track/page/group calls and batches (camelCase),
Amplitude HTTP API uploads and Mixpanel track/engage payloads (snake_case and `$` keys), PostHog
captures, and what the mobile SDKs print (Swift and NSDictionary descriptions, Java map toString)."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, V
from _ctx import Ctx
from _names import Person

_PAGES = ("/signup", "/checkout", "/account/profile", "/pricing", "/collections/harper", "/blog/meet-the-team")
_EVENTS = (
    "Order Completed",
    "Signed Up",
    "Product Viewed",
    "Checkout Started",
    "Subscription Renewed",
    "Coupon Applied",
)
_CITIES = (
    ("London", "GB", "N7 8JQ"),
    ("Lyon", "FR", "69003"),
    ("Recife", "BR", "50030-230"),
    ("Nairobi", "KE", "00100"),
    ("Osaka", "JP", "530-0001"),
    ("Pune", "IN", "411001"),
    ("Portland", "US", "97205"),
    ("Kraków", "PL", "31-001"),
)


def _context(c: Ctx, with_ip: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {}
    if with_ip:
        ctx["ip"] = V(c.ip(v6_share=0.15, private_share=0.0), "IP_ADDRESS")
    ctx["library"] = c.pick(
        [
            {"name": "analytics.js", "version": "npm:next-1.70.0"},
            {"name": "analytics-node", "version": "2.1.2"},
            {"name": "analytics-ios", "version": "4.1.8"},
            {"name": "analytics-android", "version": "4.11.3"},
        ]
    )
    ctx["locale"] = c.pick(["en-GB", "en-US", "fr-FR", "pt-BR", "ja-JP", "de-DE", "sw-KE"])
    ctx["page"] = {
        "path": c.pick(_PAGES),
        "title": c.pick(lk.UI_STRINGS + lk.UI_STRINGS_INTL),
        "url": "https://shop.example.com" + c.pick(_PAGES),
    }
    ctx["timezone"] = c.pick(["Europe/London", "America/Sao_Paulo", "Africa/Nairobi", "Asia/Tokyo", "Asia/Kolkata"])
    return ctx


def _traits(c: Ctx, p: Person, snake: bool) -> dict[str, Any]:
    city, country, pc = c.pick(_CITIES)
    k = c.n(0, 2)
    t: dict[str, Any] = {}
    if k == 0:
        t["first_name" if snake else "firstName"] = V(p.given, "NAME")
        t["last_name" if snake else "lastName"] = V(p.family, "NAME")
    else:
        t["name"] = V(c.disp(p), "NAME")
    t["email"] = c.v_email(p)
    if c.chance(0.6):
        t["phone"] = V(c.phone().any(c.rng), "PHONE")
    if c.chance(0.5):
        t["address"] = {"city": city, "country": country, "postal_code" if snake else "postalCode": pc}
    t["created_at" if snake else "createdAt"] = val.iso_z(c.t)
    t["plan"] = c.pick(["free", "pro", "team"])
    return t


def _user_id(c: Ctx, p: Person) -> Any:
    return c.pick([f"usr_{val.b62(c.rng, 12)}", str(c.n(10000, 999999)), c.v_email(p)])


def _segment_msg(c: Ctx, typ: str, anon: bool) -> dict[str, Any]:
    """One call; `anon` calls (page, group, anonymous track) carry no person and no address."""
    msg: dict[str, Any] = {"anonymousId": val.uuid(c.rng)}
    p = None if anon else c.person(native_share=0.1)
    msg["context"] = _context(c, with_ip=not anon and c.chance(0.6))
    if typ == "identify":
        assert p is not None
        msg["traits"] = _traits(c, p, snake=False)
    elif typ == "track":
        props: dict[str, Any] = {
            "revenue": round(c.rng.random() * 300, 2),
            "currency": c.pick(["EUR", "GBP", "USD"]),
            "products": [{"name": c.pick(lk.PERSON_LIKE_PRODUCTS), "price": c.n(5, 300)}],
        }
        if p is not None:
            if c.chance(0.6):
                props["email"] = c.v_email(p)
            msg["context"]["traits"] = {"name": V(c.disp(p), "NAME")} if c.chance(0.5) else {"email": c.v_email(p)}
        msg["event"] = c.pick(_EVENTS)
        msg["properties"] = props
    elif typ == "page":
        msg["name"] = c.pick(lk.UI_STRINGS)
        msg["properties"] = {
            "path": c.pick(_PAGES),
            "title": f"{c.pick(lk.PERSON_LIKE_PRODUCTS)} | Shop",
            "referrer": "",
        }
    else:  # group: company traits, not a person
        msg["groupId"] = f"org_{val.b62(c.rng, 10)}"
        msg["traits"] = {
            "name": c.pick(lk.COMPANIES),
            "industry": c.pick(["Logistics", "Retail", "Healthcare"]),
            "employees": c.n(5, 9000),
            "plan": "enterprise",
        }
    msg["messageId"] = f"ajs-next-{val.hexs(c.rng, 32)}"
    msg["timestamp"] = val.iso_z(c.t)
    msg["type"] = typ
    if p is not None and typ in ("identify", "track"):
        msg["userId"] = _user_id(c, p)
    return msg


def _segment(c: Ctx) -> Rec:
    if c.negative:
        typ = c.pick(["page", "group", "track"])
    else:
        typ = c.pick(["identify", "identify", "track"])
    if c.chance(0.25):  # batch endpoint
        msgs = [_segment_msg(c, typ, c.negative)]
        if c.chance(0.7):
            msgs.append(_segment_msg(c, "page", True))
        return Rec(is_json=True).json(
            {"batch": msgs, "sentAt": val.iso_z(c.later())}, style=c.pick(["compact", "pretty"])
        )
    return Rec(is_json=True).json(_segment_msg(c, typ, c.negative), style=c.pick(["compact", "compact", "pretty"]))


def _amplitude(c: Ctx) -> Rec:
    events = []
    for _ in range(c.n(1, 2)):
        ev: dict[str, Any] = {
            "device_id": val.uuid(c.rng).upper(),
            "event_type": c.pick(["Purchase", "sign_up", "view_item", "Session Start"]),
            "time": val.epoch_ms(c.later()),
            "platform": c.pick(["iOS", "Android", "Web"]),
            "os_name": c.pick(["ios", "android", "Chrome"]),
            "country": c.pick(["United Kingdom", "Brazil", "Kenya"]),
        }
        if c.negative:
            ev["event_properties"] = {
                "item_name": c.pick(lk.PERSON_LIKE_PRODUCTS),
                "screen": c.pick(lk.UI_STRINGS_INTL),
            }
            ev["ip"] = "$remote"
        else:
            p = c.person(native_share=0.1)
            ev["user_id"] = _user_id(c, p)
            ev["user_properties"] = {"$set": _traits(c, p, snake=True)}
            ev["ip"] = V(c.ip(v6_share=0.1, private_share=0.0), "IP_ADDRESS") if c.chance(0.6) else "$remote"
        events.append(ev)
    return Rec(is_json=True).json(
        {"api_key": val.hexs(c.rng, 32), "events": events}, style=c.pick(["compact", "spaced"])
    )


def _mixpanel(c: Ctx) -> Rec:
    token = val.hexs(c.rng, 32)
    if c.negative:
        doc: dict[str, Any] = {
            "event": c.pick(["Page Viewed", "Button Clicked", "App Opened"]),
            "properties": {
                "token": token,
                "distinct_id": f"$device:{val.uuid(c.rng)}",
                "time": val.epoch_ms(c.t),
                "$insert_id": val.hexs(c.rng, 16),
                "page": c.pick(lk.UI_STRINGS),
                "collection": c.pick(lk.NAME_PLACES),
                "mp_lib": "web",
            },
        }
        return Rec(is_json=True).json(doc, style="compact")
    p = c.person(native_share=0.1)
    if c.chance(0.5):
        s: dict[str, Any] = {
            "$first_name": V(p.given, "NAME"),
            "$last_name": V(p.family, "NAME"),
            "$email": c.v_email(p),
        }
        if c.chance(0.6):
            s["$phone"] = V(c.phone().e164, "PHONE")
        doc = {
            "$token": token,
            "$distinct_id": _user_id(c, p),
            "$ip": V(c.ip4(), "IP_ADDRESS") if c.chance(0.6) else "0",
            "$set": s,
        }
    else:
        doc = {
            "event": c.pick(_EVENTS),
            "properties": {
                "token": token,
                "distinct_id": _user_id(c, p),
                "time": val.epoch(c.t),
                "$insert_id": val.hexs(c.rng, 16),
                "ip": V(c.ip4(), "IP_ADDRESS"),
                "$name": V(c.disp(p), "NAME"),
                "mp_lib": c.pick(["python", "node"]),
            },
        }
    return Rec(is_json=True).json(doc, style="compact")


def _posthog(c: Ctx) -> Rec:
    if c.negative:
        doc: dict[str, Any] = {
            "event": "$pageview",
            "distinct_id": val.uuid(c.rng),
            "properties": {
                "$current_url": "https://shop.example.com" + c.pick(_PAGES),
                "$lib": "posthog-js",
                "$browser": "Chrome",
                "title": c.pick(lk.UI_STRINGS),
            },
            "timestamp": val.iso_z(c.t),
        }
    else:
        p = c.person(native_share=0.1)
        doc = {
            "event": "$identify",
            "distinct_id": _user_id(c, p),
            "properties": {
                "$set": {"email": c.v_email(p), "name": V(c.disp(p), "NAME")},
                "$ip": V(c.ip(v6_share=0.2, private_share=0.0), "IP_ADDRESS"),
                "$lib": c.pick(["posthog-js", "posthog-python"]),
            },
            "timestamp": val.iso_z(c.t),
        }
    return Rec(is_json=True).json(doc, style="compact")


def _mobile(c: Ctx) -> Rec:
    r = Rec()
    k = c.n(0, 3)
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f'[Segment] Track: event=Screen Viewed, properties=["name": "{c.pick(lk.UI_STRINGS)}", "collection": "{c.pick(lk.NAME_PLACES)}"]',
                    f"D/Analytics: Flushing {c.n(1, 40)} messages to Segment.",
                    "[Mixpanel] Flush: no events to send",
                    f"D/Amplitude: Upload finished: {c.n(1, 30)} events, response 200",
                    f'{c.t:%Y-%m-%d %H:%M:%S.%f}+0000 Shop[{c.n(100, 9999)}:{c.n(10000, 99999)}] [Mixpanel - track] {{\n    event = "App Opened";\n    properties =     {{\n        "$app_version_string" = "4.2.0";\n        "$os" = iOS;\n    }};\n}}',
                ]
            )
        )
    p = c.person(native_share=0.1)
    if k == 0:  # Swift dictionary description
        return r.add(
            "[Segment] Identify: userId=",
            c.v_email(p) if c.chance(0.4) else f"usr_{val.b62(c.rng, 12)}",
            ', traits=["email": "',
            c.v_email(p),
            '", "name": "',
            V(c.disp(p), "NAME"),
            '", "phone": "',
            V(c.phone().e164, "PHONE"),
            '"]',
        )
    if k == 1:  # NSDictionary description from Mixpanel's iOS logger (plain words are left unquoted)
        q = lambda v: v.isascii() and v.isalpha()  # noqa: E731
        g = [V(p.given, "NAME")] if q(p.given) else ['"', V(p.given, "NAME"), '"']
        f = [V(p.family, "NAME")] if q(p.family) else ['"', V(p.family, "NAME"), '"']
        return r.add(
            f"{c.t:%Y-%m-%d %H:%M:%S.%f}+0000 Shop[{c.n(100, 9999)}:{c.n(10000, 99999)}] [Mixpanel - people set] {{\n",
            '    "$email" = "',
            c.v_email(p),
            '";\n    "$first_name" = ',
            *g,
            ';\n    "$last_name" = ',
            *f,
            ';\n    "$phone" = "',
            V(c.phone().intl, "PHONE"),
            '";\n}',
        )
    if k == 2:  # Java Map.toString() from the Android SDK's debug logging
        return r.add(
            f"{c.t:%m-%d %H:%M:%S}.{c.n(0, 999):03d} {c.n(1000, 30000)} {c.n(1000, 30000)} D Analytics: Enqueuing identify: traits={{firstName=",
            V(p.given, "NAME"),
            ", lastName=",
            V(p.family, "NAME"),
            ", email=",
            c.v_email(p),
            f", anonymousId={val.uuid(c.rng)}}}",
        )
    r.lit(
        f"{c.t:%m-%d %H:%M:%S}.{c.n(0, 999):03d} {c.n(1000, 30000)} {c.n(1000, 30000)} D Amplitude: Logged event to Amplitude: "
    )
    return r.json(
        {"event_type": "sign_up", "user_id": _user_id(c, p), "user_properties": {"$set": _traits(c, p, snake=True)}},
        style="compact",
    )


def analytics_events(c: Ctx) -> Rec:
    fns = [_segment, _segment, _segment, _amplitude, _mixpanel, _posthog, _mobile, _mobile]
    return c.pick(fns)(c)
