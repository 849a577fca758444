"""Family stripe_payments: Stripe-like webhook events (customers, charges, payment intents, checkout
sessions, disputes), stripe-python request logging with form-encoded bodies, webhook handler lines,
and Stripe CLI output."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V, form_body
from _ctx import Ctx
from _names import Person

_API = ("2024-06-20", "2023-10-16", "2024-12-18.acacia", "2025-03-31.basil")
_CUR = ("gbp", "eur", "usd", "cad", "aud", "jpy", "inr", "brl", "sek")

_ADDR = {
    "GB": (
        ("14 Harcourt Road", "Flat 3, 22 Elm Grove", "7 Mill Lane"),
        ("London", "Leeds", "Bristol"),
        ("N7 8JQ", "LS6 2AB", "BS3 4DL"),
        None,
    ),
    "DE": (("Lindenstraße 12", "Am Hafen 3"), ("Hamburg", "Köln", "Leipzig"), ("20457", "50667", "04109"), None),
    "US": (
        ("410 Pine St", "1207 Oak Ave Apt 4B", "88 Harbor Blvd"),
        ("Portland", "Tucson", "Albany"),
        ("97205", "85701", "12207"),
        ("OR", "AZ", "NY"),
    ),
    "FR": (
        ("18 rue des Lilas", "5 avenue Jean Jaurès"),
        ("Lyon", "Nantes", "Toulouse"),
        ("69003", "44000", "31000"),
        None,
    ),
    "BR": (
        ("Rua das Palmeiras, 210", "Av. Paulista, 1500"),
        ("São Paulo", "Recife", "Curitiba"),
        ("01311-000", "50030-230", "80010-010"),
        ("SP", "PE", "PR"),
    ),
    "JP": (("1-2-3 Jingumae", "4-5-6 Umeda"), ("Shibuya-ku", "Osaka"), ("150-0001", "530-0001"), ("Tokyo", "Osaka")),
    "IN": (
        ("12 MG Road", "Flat 402, Lake View Apts"),
        ("Bengaluru", "Pune", "Kochi"),
        ("560001", "411001", "682001"),
        ("KA", "MH", "KL"),
    ),
    "NG": (("15 Adeola Odeku St", "3 Awolowo Rd"), ("Lagos", "Ibadan"), ("101241", "200001"), ("LA", "OY")),
    "SE": (("Storgatan 4", "Kungsvägen 19"), ("Uppsala", "Malmö"), ("753 20", "211 22"), None),
}


def _addr(c: Ctx, country: str | None = None) -> dict[str, Any]:
    country = country or c.pick(sorted(_ADDR))
    lines, cities, pcs, states = _ADDR[country]
    i = c.n(0, len(cities) - 1)
    return {
        "city": cities[i],
        "country": country,
        "line1": c.pick(lines),
        "line2": None,
        "postal_code": pcs[i],
        "state": states[i] if states else None,
    }


def _id(c: Ctx, prefix: str, n: int = 24) -> str:
    return f"{prefix}_{val.b62(c.rng, n)}"


def _name(p: Person, c: Ctx) -> V:
    # Stripe stores whatever the checkout form collected: mostly given-first, sometimes upper-case
    return V(c.disp(p, upper=True), "NAME")


def _billing(c: Ctx, p: Person, phone: bool = True) -> dict[str, Any]:
    return {
        "address": _addr(c),
        "email": c.v_email(p) if c.chance(0.85) else None,
        "name": _name(p, c),
        "phone": V(c.phone().any(c.rng), "PHONE") if phone and c.chance(0.7) else None,
    }


def _card_details(c: Ctx) -> dict[str, Any]:
    return {
        "card": {
            "brand": c.pick(["visa", "mastercard", "amex"]),
            "checks": {"address_line1_check": "pass", "cvc_check": "pass"},
            "country": c.pick(["GB", "US", "DE", "FR", "BR"]),
            "exp_month": c.n(1, 12),
            "exp_year": c.n(2027, 2031),
            "fingerprint": val.b62(c.rng, 16),
            "funding": c.pick(["credit", "debit"]),
            "last4": val.last4(c.rng),
            "network": c.pick(["visa", "mastercard"]),
            "wallet": None,
        },
        "type": "card",
    }


def _description(c: Ctx, p: Person) -> Any:
    k = c.n(0, 5)
    if k <= 1:  # a PAN typed into a free-text field by a phone agent
        return S(
            c.pick(["MOTO order - card ", "phone order, cust read card ", "manual entry "]),
            V(val.card(c.rng), "CREDIT_CARD"),
            f" exp {c.n(1, 12):02d}/{c.n(27, 31)}",
            c.pick(["", " cvv given", " (agent: overwrite later)"]),
        )
    if k == 1:
        return S("Order #", str(c.n(10000, 99999)), " for ", _name(p, c))
    if k == 2:
        return S("Subscription renewal - ", c.pick(lk.PERSON_LIKE_PRODUCTS))
    return None


def _envelope(c: Ctx, typ: str, obj: dict[str, Any], prev: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"object": obj}
    if prev is not None:
        data["previous_attributes"] = prev
    return {
        "id": _id(c, "evt"),
        "object": "event",
        "api_version": c.pick(_API),
        "created": val.epoch(c.t),
        "data": data,
        "livemode": c.chance(0.7),
        "pending_webhooks": c.n(0, 3),
        "request": {
            "id": _id(c, "req", 14) if c.chance(0.7) else None,
            "idempotency_key": val.uuid(c.rng) if c.chance(0.5) else None,
        },
        "type": typ,
    }


# ------------------------------------------------------------------------------------ positives
def _customer(c: Ctx) -> dict[str, Any]:
    p = c.person(native_share=0.1)
    cust: dict[str, Any] = {
        "id": _id(c, "cus", 14),
        "object": "customer",
        "address": _addr(c),
        "balance": 0,
        "created": val.epoch(c.t),
        "currency": c.pick(_CUR),
        "default_source": None,
        "delinquent": False,
        "description": c.pick([None, "Imported from CRM", S("Referred by ", _name(c.person(latin_only=True), c))]),
        "email": c.v_email(p),
        "invoice_prefix": val.alnum_upper(c.rng, 8),
        "livemode": True,
        "metadata": {},
        "name": _name(p, c),
        "phone": V(c.phone().e164, "PHONE") if c.chance(0.75) else None,
        "preferred_locales": [c.pick(["en-GB", "de-DE", "fr-FR", "pt-BR", "ja-JP"])],
        "shipping": None,
        "tax_exempt": "none",
    }
    if c.chance(0.5):
        cust["metadata"] = {
            "crm_id": f"CRM-{c.n(10000, 99999)}",
            c.pick(["account_manager", "accountManager", "owner"]): V(c.person(latin_only=True).western(), "NAME"),
        }
    if c.chance(0.3):
        cust["shipping"] = {"address": _addr(c), "name": _name(p, c), "phone": V(c.phone().intl, "PHONE")}
    return cust


def _charge(c: Ctx) -> dict[str, Any]:
    p = c.person(native_share=0.08)
    failed = c.chance(0.3)
    ch: dict[str, Any] = {
        "id": _id(c, "ch"),
        "object": "charge",
        "amount": c.n(300, 250000),
        "amount_captured": 0,
        "balance_transaction": _id(c, "txn"),
        "billing_details": _billing(c, p),
        "calculated_statement_descriptor": c.pick(["NORTHWIND*ONLINE", "TAILSPIN TOYS", "FABRIKAM STORE"]),
        "captured": not failed,
        "created": val.epoch(c.t),
        "currency": c.pick(_CUR),
        "customer": _id(c, "cus", 14),
        "description": _description(c, p),
        "failure_code": "card_declined" if failed else None,
        "failure_message": "Your card was declined." if failed else None,
        "metadata": {"order_id": str(c.n(100000, 999999))},
        "outcome": {
            "network_status": "declined_by_network" if failed else "approved_by_network",
            "risk_level": c.pick(["normal", "elevated"]),
            "seller_message": "Payment complete."
            if not failed
            else "The bank did not return any further details with this decline.",
            "type": "issuer_declined" if failed else "authorized",
        },
        "paid": not failed,
        "payment_intent": _id(c, "pi"),
        "payment_method": _id(c, "pm"),
        "payment_method_details": _card_details(c),
        "receipt_email": c.v_email(p) if c.chance(0.6) else None,
        "status": "failed" if failed else "succeeded",
    }
    return ch


def _payment_intent(c: Ctx) -> dict[str, Any]:
    p = c.person(native_share=0.08)
    failed = c.chance(0.5)
    pi: dict[str, Any] = {
        "id": _id(c, "pi"),
        "object": "payment_intent",
        "amount": c.n(300, 99000),
        "currency": c.pick(_CUR),
        "customer": _id(c, "cus", 14),
        "description": _description(c, p),
        "metadata": {},
        "receipt_email": c.v_email(p) if c.chance(0.5) else None,
        "shipping": {
            "address": _addr(c),
            "carrier": None,
            "name": _name(p, c),
            "phone": V(c.phone().any(c.rng), "PHONE"),
            "tracking_number": None,
        }
        if c.chance(0.5)
        else None,
        "status": "requires_payment_method" if failed else "succeeded",
    }
    if pi["shipping"] is None and not failed:
        pi["receipt_email"] = c.v_email(p)  # a succeeded intent without shipping still has the receipt address
    if failed:
        pi["last_payment_error"] = {
            "code": "card_declined",
            "decline_code": c.pick(["insufficient_funds", "do_not_honor", "generic_decline"]),
            "message": "Your card has insufficient funds.",
            "payment_method": {
                "id": _id(c, "pm"),
                "object": "payment_method",
                "billing_details": _billing(c, p),
                "card": _card_details(c)["card"],
                "type": "card",
            },
            "type": "card_error",
        }
    if c.chance(0.3):
        pi["metadata"] = {"customer_note": S("please deliver to ", V(p.given, "NAME"), "'s neighbour if out")}
    return pi


def _checkout(c: Ctx) -> dict[str, Any]:
    p = c.person(native_share=0.08)
    return {
        "id": _id(c, "cs_live", 58),
        "object": "checkout.session",
        "amount_total": c.n(500, 40000),
        "currency": c.pick(_CUR),
        "customer": _id(c, "cus", 14),
        "customer_details": {
            "address": _addr(c),
            "email": c.v_email(p),
            "name": _name(p, c),
            "phone": V(c.phone().e164, "PHONE") if c.chance(0.7) else None,
            "tax_exempt": "none",
            "tax_ids": [],
        },
        "mode": c.pick(["payment", "subscription"]),
        "payment_status": "paid",
        "status": "complete",
        "success_url": "https://shop.example.com/thanks?session_id={CHECKOUT_SESSION_ID}",
    }


def _dispute(c: Ctx) -> dict[str, Any]:
    p = c.person(latin_only=True)
    return {
        "id": _id(c, "dp"),
        "object": "dispute",
        "amount": c.n(1000, 50000),
        "charge": _id(c, "ch"),
        "currency": c.pick(_CUR),
        "evidence": {
            "billing_address": "14 Harcourt Road, London N7 8JQ",
            "customer_email_address": c.v_email(p),
            "customer_name": _name(p, c),
            "customer_purchase_ip": V(c.ip(v6_share=0.15, private_share=0.0), "IP_ADDRESS"),
            "product_description": c.pick(lk.PERSON_LIKE_PRODUCTS),
            "shipping_tracking_number": "1Z" + val.alnum_upper(c.rng, 16),
        },
        "reason": c.pick(["fraudulent", "product_not_received", "duplicate"]),
        "status": "needs_response",
    }


# ------------------------------------------------------------------------------------ negatives
def _product(c: Ctx) -> tuple[str, dict[str, Any]]:
    k = c.n(0, 4)
    name = c.pick(lk.PERSON_LIKE_PRODUCTS)
    if k == 0:
        return "product.created", {
            "id": _id(c, "prod", 14),
            "object": "product",
            "active": True,
            "name": name,
            "description": c.pick(["Hand-finished in Porto.", "Limited run.", None]),
            "metadata": {"collection": c.pick(lk.NAME_PLACES)},
            "default_price": _id(c, "price"),
        }
    if k == 1:
        return "price.created", {
            "id": _id(c, "price"),
            "object": "price",
            "active": True,
            "currency": c.pick(_CUR),
            "nickname": c.pick([name, "Annual", "Founders rate"]),
            "product": _id(c, "prod", 14),
            "recurring": {"interval": c.pick(["month", "year"]), "interval_count": 1},
            "unit_amount": c.n(100, 90000),
        }
    if k == 2:
        return "payout.paid", {
            "id": _id(c, "po"),
            "object": "payout",
            "amount": c.n(10000, 9000000),
            "arrival_date": val.epoch(c.t),
            "destination": _id(c, "ba"),
            "method": "standard",
            "statement_descriptor": c.pick(["STRIPE PAYOUT", None]),
            "status": "paid",
        }
    if k == 3:
        comp = c.pick(lk.COMPANIES)
        return "invoice.finalized", {
            "id": _id(c, "in"),
            "object": "invoice",
            "customer": _id(c, "cus", 14),
            "customer_email": None,
            "customer_name": comp,
            "customer_phone": None,
            "account_name": c.pick(["Northwind Traders", "Tailspin Toys"]),
            "number": f"{val.alnum_upper(c.rng, 8)}-{c.n(1, 999):04d}",
            "status": "open",
            "lines": {"object": "list", "data": [{"description": f"1 × {name} (at £{c.n(5, 90)}.00 / month)"}]},
        }
    return "customer.created", {
        "id": _id(c, "cus", 14),
        "object": "customer",
        "address": None,
        "email": None,
        "name": c.pick(lk.COMPANIES),
        "phone": None,
        "description": "Wholesale account",
        "metadata": {"segment": c.pick(["enterprise", "reseller"]), "region": c.pick(lk.NAME_PLACES)},
        "tax_exempt": c.pick(["none", "reverse"]),
    }


# ------------------------------------------------------------------------------------ record shapes
def _event_rec(c: Ctx, style: str) -> Rec:
    if c.negative:
        typ, obj = _product(c)
        return Rec(is_json=True).json(_envelope(c, typ, obj), style=style)
    k = c.n(0, 5)
    if k == 0:
        obj = _customer(c)
        prev = None
        typ = "customer.created"
        if c.chance(0.4):
            typ = "customer.updated"
            old = c.persons[0]
            prev = {"email": c.v_email(old)} if c.chance(0.5) else {"phone": V(c.phone().e164, "PHONE")}
        return Rec(is_json=True).json(_envelope(c, typ, obj, prev), style=style)
    if k == 1:
        ch = _charge(c)
        return Rec(is_json=True).json(
            _envelope(c, "charge." + ("failed" if ch["status"] == "failed" else "succeeded"), ch), style=style
        )
    if k == 2:
        pi = _payment_intent(c)
        typ = "payment_intent." + ("payment_failed" if pi["status"] != "succeeded" else "succeeded")
        return Rec(is_json=True).json(_envelope(c, typ, pi), style=style)
    if k == 3:
        return Rec(is_json=True).json(_envelope(c, "checkout.session.completed", _checkout(c)), style=style)
    if k == 4:
        return Rec(is_json=True).json(_envelope(c, "charge.dispute.created", _dispute(c)), style=style)
    return Rec(is_json=True).json(_envelope(c, "customer.created", _customer(c)), style=style)


def _python_log(c: Ctx) -> Rec:
    """stripe-python's logfmt-ish INFO/DEBUG lines (stripe.log = "debug")."""
    r = Rec()
    obj = (
        c.pick(["products", "products/" + _id(c, "prod", 14)])
        if c.negative
        else c.pick(["customers", "payment_intents", "customers/" + _id(c, "cus", 14)])
    )
    r.lit(
        f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} INFO stripe message='Request to Stripe api' "
        f"method=post url=https://api.stripe.com/v1/{obj}\n"
    )
    r.lit(f"{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000:03d} DEBUG stripe message='Post details' post_data=")
    if c.negative:
        pairs: list[tuple[str, Any]] = [
            ("name", c.pick(lk.PERSON_LIKE_PRODUCTS)),
            ("active", "true"),
            ("metadata[collection]", c.pick(lk.NAME_PLACES)),
        ]
    else:
        p = c.person(latin_only=True)
        pairs = [("email", c.v_email(p)), ("name", V(p.western(), "NAME"))]
        if c.chance(0.7):
            pairs.append(("phone", V(c.phone().e164, "PHONE")))
        pairs += [
            ("address[city]", c.pick(["Leeds", "Lyon", "Recife"])),
            ("metadata[crm_id]", f"CRM-{c.n(10000, 99999)}"),
        ]
        if c.chance(0.3):
            pairs.append(("description", S("Referred by ", V(c.person(latin_only=True).western(), "NAME"))))
    r.embed(form_body(pairs))
    r.lit(
        f"\n{c.t:%Y-%m-%d %H:%M:%S},{c.t.microsecond // 1000 + 1:03d} INFO stripe message='Stripe API response' "
        f"path=https://api.stripe.com/v1/{obj.split('/')[0]} response_code=200"
    )
    return r


def _handler_line(c: Ctx) -> Rec:
    r = Rec().lit(f"[{val.iso_z(c.t)}] ")
    ev = _id(c, "evt")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f'INFO webhooks: ignored event {ev} type=product.updated name="{c.pick(lk.PERSON_LIKE_PRODUCTS)}"',
                    f"INFO webhooks: payout {_id(c, 'po')} paid amount={c.n(1000, 900000)} currency={c.pick(_CUR)}",
                    f"WARN webhooks: signature verification failed for {ev} (timestamp outside tolerance)",
                    f"INFO billing: invoice {_id(c, 'in')} finalised for {c.pick(lk.COMPANIES)}",
                ]
            )
        )
    p = c.person(native_share=0.1)
    k = c.n(0, 3)
    if k == 0:
        return r.add(
            f"INFO webhooks: {ev} charge.succeeded customer=",
            _name(p, c),
            " <",
            c.v_email(p),
            f"> amount={c.n(100, 90000)}",
        )
    if k == 1:
        return r.add(
            "WARN billing: payment failed for ",
            c.v_email(p),
            f" ({_id(c, 'cus', 14)}), card ending {val.last4(c.rng)}, will retry in 3 days",
        )
    if k == 2:
        return r.add(
            "ERROR checkout: card_declined for ",
            _name(p, c),
            ", phone ",
            V(c.phone().any(c.rng), "PHONE"),
            " ip=",
            V(c.ip4(), "IP_ADDRESS"),
        )
    return r.add(
        "DEBUG moto: agent keyed PAN ",
        V(val.card(c.rng), "CREDIT_CARD"),
        " for ",
        _name(p, c),
        " (ticket ",
        f"#{c.n(1000, 9999)})",
    )


def _cli(c: Ctx) -> Rec:
    """`stripe listen` / `stripe logs tail` output (never carries customer data)."""
    rows: list[list[Any]] = []
    for _ in range(c.n(2, 4)):
        t = c.later(10, 3000)
        typ = c.pick(["product.updated", "price.created", "payout.paid", "balance.available", "invoice.finalized"])
        ev = _id(c, "evt")
        rows.append([f"{t:%Y-%m-%d %H:%M:%S}   --> {typ} [{ev}]"])
        rows.append(
            [f"{t:%Y-%m-%d %H:%M:%S}  <--  [{c.pick([200, 200, 400, 500])}] POST http://localhost:4242/webhook [{ev}]"]
        )
    return Rec().lines(rows)


def stripe_payments(c: Ctx) -> Rec:
    k = c.n(0, 9)
    if k <= 5:
        return _event_rec(c, c.pick(["pretty", "pretty", "compact"]))
    if k <= 7:
        return _python_log(c) if not c.negative or c.chance(0.6) else _cli(c)
    if k == 8:
        return _handler_line(c)
    return _cli(c) if c.negative else _handler_line(c)
