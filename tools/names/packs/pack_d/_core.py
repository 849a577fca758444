"""Segment builder, encoders, value generators and look-alike pools for pack_d.

A record is a list of items: literal strings and Tag(value, type). Offsets follow from the items' lengths,
so nothing is searched for afterwards. Encoders (JSON string escaping, percent/form encoding, XML escaping,
Python/Ruby string escaping) are applied item by item; they are character-wise, so an encoded value is
labelled exactly as it appears.
"""

from __future__ import annotations

import json
import random
import urllib.parse
import xml.etree.ElementTree as ET

from _names import Person, account, draw_person, fold


class Tag:
    __slots__ = ("num", "t", "v")

    def __init__(self, v, t, num=False):
        self.v, self.t, self.num = v, t, num


def N(v): return Tag(v, "NAME")
def E(v): return Tag(v, "EMAIL")
def P(v, num=False): return Tag(v, "PHONE", num)
def S(v): return Tag(v, "SSN")
def CC(v): return Tag(v, "CREDIT_CARD")
def IP(v): return Tag(v, "IP_ADDRESS")


class Mix(list):
    """A string made of several items (used as a JSON/repr string value)."""


def flat(xs):
    out = []
    for x in xs:
        if x is None or x == "":
            continue
        if isinstance(x, (list, tuple)) and not isinstance(x, Mix):
            out.extend(flat(x))
        elif isinstance(x, Mix):
            out.extend(flat(list(x)))
        else:
            out.append(x)
    return out


def text_of(items):
    return "".join(x if isinstance(x, str) else x.v for x in flat(items))


def enc(items, f):
    """Apply a character-wise encoder to every item; tags keep their type."""
    return [f(x) if isinstance(x, str) else Tag(f(x.v), x.t, x.num) for x in flat(items)]


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def pct(s):
    return urllib.parse.quote(s, safe="")


def form(s):
    return urllib.parse.quote_plus(s, safe="")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rbesc(s):  # Ruby inspect / C-like double-quoted string
    return s.replace("\\", "\\\\").replace('"', '\\"')


def pyrepr(items):
    """Python repr() of the string made by items, escaped item by item; checked against repr()."""
    items = flat(items)
    whole = text_of(items)
    q = repr(whole)[0]

    def e(s):
        s = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        return s.replace("'", "\\'") if q == "'" else s

    out = [q] + enc(items, e) + [q]
    assert text_of(out) == repr(whole), (text_of(out), repr(whole))
    return out


def jrender(obj, indent=None, compact=False, ea=False, _lvl=0):
    """JSON serialisation that keeps tags (tagged values become strings, or numbers when num=True)."""
    item_sep, key_sep = ((",", ":") if compact else (", ", ": ")) if indent is None else (",", ": ")
    nl = (lambda lvl: "\n" + " " * (indent * lvl)) if indent is not None else (lambda lvl: "")
    if isinstance(obj, Tag):
        if obj.num:
            return [Tag(obj.v, obj.t)]
        return ['"', Tag(jesc(obj.v, ea), obj.t), '"']
    if isinstance(obj, Mix):
        return ['"'] + enc(list(obj), lambda s: jesc(s, ea)) + ['"']
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            out += ([item_sep] if i else []) + [nl(_lvl + 1), json.dumps(k, ensure_ascii=ea), key_sep]
            out += jrender(v, indent, compact, ea, _lvl + 1)
        return out + [nl(_lvl), "}"]
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(obj):
            out += ([item_sep] if i else []) + [nl(_lvl + 1)] + jrender(v, indent, compact, ea, _lvl + 1)
        return out + [nl(_lvl), "]"]
    return [json.dumps(obj, ensure_ascii=ea)]


def J(obj, indent=None, compact=False, ea=False):
    items = flat(jrender(obj, indent, compact, ea))
    json.loads(text_of(items))  # fails loudly on a template bug
    return items


def XML(items):
    items = flat(items)
    ET.fromstring(text_of(items))
    return items


class Builder:
    def __init__(self):
        self.items, self.persons, self.whole_json = [], [], False

    def add(self, *xs):
        self.items.extend(flat(xs))
        return self

    def finish(self):
        text, spans, pos = [], [], 0
        for x in self.items:
            s = x if isinstance(x, str) else x.v
            if isinstance(x, Tag):
                spans.append([pos, pos + len(s), x.t])
            text.append(s)
            pos += len(s)
        return "".join(text), spans


# ---------------------------------------------------------------- values

PHONE_PLANS = [
    # cc, NSN prefixes, NSN length, national pattern, international pattern (X = NSN digit)
    ("1", [a + "55501" for a in ("212", "415", "312", "617", "206", "303", "512", "404", "702")], 10,
     ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX"], "+1 XXX-XXX-XXXX"),
    ("1", [a + "55501" for a in ("416", "604", "514", "403")], 10, ["(XXX) XXX-XXXX"], "+1 XXX XXX XXXX"),
    ("44", ["7700900"], 10, ["0XXXX XXXXXX"], "+44 XXXX XXXXXX"),
    ("49", ["151", "160", "170", "176"], 11, ["0XXX XXXXXXXX", "0XXX/XXXXXXXX"], "+49 XXX XXXXXXXX"),
    ("33", ["6", "7"], 9, ["0X XX XX XX XX"], "+33 X XX XX XX XX"),
    ("34", ["6", "7"], 9, ["XXX XXX XXX", "XXX XX XX XX"], "+34 XXX XX XX XX"),
    ("39", ["347", "333", "320"], 10, ["XXX XXX XXXX"], "+39 XXX XXX XXXX"),
    ("31", ["6"], 9, ["0X-XXXXXXXX", "0X XX XX XX XX"], "+31 X XXXXXXXX"),
    ("55", ["119", "219", "319"], 11, ["(XX) XXXXX-XXXX"], "+55 XX XXXXX-XXXX"),
    ("52", ["55", "33", "81"], 10, ["XX XXXX XXXX"], "+52 XX XXXX XXXX"),
    ("91", ["98", "97", "88", "70"], 10, ["XXXXX XXXXX", "0XXXXX XXXXX"], "+91 XXXXX XXXXX"),
    ("81", ["90", "80", "70"], 10, ["0XX-XXXX-XXXX"], "+81 XX-XXXX-XXXX"),
    ("86", ["138", "139", "186", "150"], 11, ["XXX XXXX XXXX", "XXX-XXXX-XXXX"], "+86 XXX XXXX XXXX"),
    ("82", ["10"], 10, ["0XX-XXXX-XXXX"], "+82 XX-XXXX-XXXX"),
    ("61", ["491570"], 9, ["0XXX XXX XXX"], "+61 XXX XXX XXX"),
    ("234", ["803", "806", "813"], 10, ["0XXX XXX XXXX"], "+234 XXX XXX XXXX"),
    ("254", ["712", "722", "733"], 9, ["0XXX XXXXXX"], "+254 XXX XXXXXX"),
    ("27", ["82", "72", "83"], 9, ["0XX XXX XXXX"], "+27 XX XXX XXXX"),
    ("971", ["50", "55"], 9, ["0XX XXX XXXX"], "+971 XX XXX XXXX"),
    ("966", ["50", "55"], 9, ["0XX XXX XXXX"], "+966 XX XXX XXXX"),
    ("90", ["532", "542", "505"], 10, ["0XXX XXX XX XX"], "+90 XXX XXX XX XX"),
    ("48", ["512", "601", "798"], 9, ["XXX XXX XXX", "XXX-XXX-XXX"], "+48 XXX XXX XXX"),
    ("46", ["70", "73"], 9, ["0XX-XXX XX XX"], "+46 XX XXX XX XX"),
    ("7", ["912", "916", "903"], 10, ["8 (XXX) XXX-XX-XX"], "+7 XXX XXX-XX-XX"),
    ("62", ["812", "813", "857"], 11, ["0XXX-XXXX-XXXX"], "+62 XXX-XXXX-XXXX"),
    ("63", ["917", "918", "927"], 10, ["0XXX XXX XXXX"], "+63 XXX XXX XXXX"),
    ("84", ["91", "98", "90"], 9, ["0XX XXX XX XX"], "+84 XX XXX XX XX"),
    ("20", ["10", "11", "12"], 10, ["0XX XXXX XXXX"], "+20 XX XXXX XXXX"),
    ("54", ["911"], 11, ["0XX 15-XXXX-XXXX"], "+54 X XX XXXX-XXXX"),
    ("353", ["87", "85", "83"], 9, ["0XX XXX XXXX"], "+353 XX XXX XXXX"),
    ("41", ["79", "78", "76"], 9, ["0XX XXX XX XX"], "+41 XX XXX XX XX"),
    ("66", ["81", "89", "62"], 9, ["0XX XXX XXXX"], "+66 XX XXX XXXX"),
    ("47", ["4", "9"], 8, ["XXX XX XXX"], "+47 XXX XX XXX"),
    ("60", ["12", "17"], 9, ["0XX-XXX XXXX"], "+60 XX-XXX XXXX"),
]
_AR_FIX = {"0XX 15-XXXX-XXXX": 10}  # Argentine national mobile drops the 9


def _fill(pattern, digits):
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in pattern)


class Values:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def ident(self, n):
        """Digit id that is never a Luhn-valid card-like number."""
        d = self.digits(n)
        if 12 <= n <= 19 and luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d

    def hexid(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def phone(self, form=None, cc=None, _plan=None):
        plans = [p for p in PHONE_PLANS if cc is None or p[0] == cc] or PHONE_PLANS
        c, prefixes, n, nats, intl = _plan[0] if _plan else self.r.choice(plans)
        if _plan:
            nsn = _plan[1]
        else:
            nsn = self.r.choice(prefixes)
            nsn += "".join(str(self.r.randint(0, 9)) for _ in range(n - len(nsn)))
        form = form or self.r.choice(["e164", "e164", "intl", "intl", "nat", "nat", "00", "np"])
        if form == "e164":
            return "+" + c + nsn
        if form == "np":
            return c + nsn
        if form == "intl":
            return _fill(intl, nsn)
        if form == "00":
            return "00" + _fill(intl, nsn)[1:]
        nat = self.r.choice(nats)
        if nat in _AR_FIX:
            return _fill(nat, nsn[1:])
        return _fill(nat, nsn)

    def phone_pair(self, f1, f2, cc=None):
        """The same number written in two forms."""
        plans = [p for p in PHONE_PLANS if cc is None or p[0] == cc] or PHONE_PLANS
        plan = self.r.choice(plans)
        nsn = self.r.choice(plan[1])
        nsn += "".join(str(self.r.randint(0, 9)) for _ in range(plan[2] - len(nsn)))
        return self.phone(f1, _plan=(plan, nsn)), self.phone(f2, _plan=(plan, nsn))

    def ssn(self, form=None):
        area = self.r.randint(1, 899)
        area = 667 if area == 666 else area
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        form = form or self.r.choice(["dash", "dash", "bare", "space"])
        sep = {"dash": "-", "bare": "", "space": " "}[form]
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def last4(self):
        return f"{self.r.randint(1, 9999):04d}"

    def card(self, form=None, brand=None):
        brand = brand or self.r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre, n = {"visa": ("4", 16), "mc": (str(self.r.randint(51, 55)), 16),
                  "mc2": (str(self.r.randint(2221, 2720)), 16), "amex": (self.r.choice(["34", "37"]), 15),
                  "disc": ("6011", 16), "jcb": (str(self.r.randint(3528, 3589)), 16)}[brand]
        body = pre + "".join(str(self.r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        d = body + luhn_digit(body)
        form = form or self.r.choice(["plain", "plain", "space", "dash"])
        if form == "plain":
            return d
        sep = " " if form == "space" else "-"
        groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(groups)

    def ip(self, v6=0.1, kind=None):
        r = self.r
        if r.random() < v6:
            pre = r.choice(["2001:db8", "2001:db8", "fd12:3456"])
            groups = [format(r.randint(1, 0xffff), "x") for _ in range(6)]
            if r.random() < 0.6:
                return pre + "::" + ":".join(groups[-2:])
            return pre + ":" + ":".join(groups)
        kind = kind or r.choice(["doc", "doc", "p10", "p172", "p192"])
        if kind == "doc":
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
        if kind == "p10":
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind == "p172":
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def clock(self, fmt="iso"):
        """A function returning increasing timestamps of one format (for multi-line excerpts)."""
        t = [self.r.randint(0, 360 * 86400 - 3600) * 1000]

        def tick():
            t[0] += self.r.randint(0, 20000)
            return self.ts(fmt, t[0])
        return tick

    def ts(self, fmt="iso", at_ms=None):
        r = self.r
        if at_ms is None:
            at_ms = r.randint(0, 360 * 86400 - 1) * 1000 + r.randint(0, 999)
        sec, ms = divmod(at_ms, 1000)
        day, sec = divmod(sec, 86400)
        mo, d = day // 30 + 1, min(day % 30 + 1, 28)
        h, mi, s = sec // 3600, sec // 60 % 60, sec % 60
        if fmt == "iso":
            return f"2025-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
        if fmt == "isos":
            return f"2025-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
        if fmt == "sql":
            return f"2025-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
        if fmt == "ms":
            return f"2025-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
        if fmt == "time":
            return f"{h:02d}:{mi:02d}:{s:02d}"
        if fmt == "dmy":
            return f"{d:02d}/{mo:02d}/2025 {h:02d}:{mi:02d}"
        if fmt == "ddmon":
            return f"{d:02d}{MONTHS[mo - 1]}"
        if fmt == "epoch":
            return str(1735689600 + at_ms // 1000)
        raise ValueError(fmt)


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "mx.example.net", "correo.example",
           "posteo.example", "web.example", "inbox.example.org", "student.example.edu", "post.example",
           "mailbox.example.co"]


class Ctx:
    """Per-record context: random stream, builder, value generators, person drawing and name forms."""

    def __init__(self, rng):
        self.r, self.b, self.v = rng, Builder(), Values(rng)

    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def add(self, *xs):
        self.b.add(*xs)

    def person(self, native=0.12):
        p = draw_person(self.r, native)
        self.b.persons.append(p)
        return p

    def latin(self):
        return self.person(native=0.0)

    def acct(self, p, style=None, digits=None):
        return account(p, self.r, style, digits)

    def email(self, p, domain=None):
        local = account(p, self.r, self.ch(["first.last", "first.last", "flast", "first_last", "firstl",
                                            "firstlast", "last.first", "first"]))
        return f"{local}@{domain or self.ch(DOMAINS)}"

    def title(self, p: Person, kind="en"):
        f = p.female if p.female is not None else self.chance(0.5)
        return {"en": self.ch(["Ms", "Mrs"]) if f else "Mr", "en.": self.ch(["Ms.", "Mrs."]) if f else "Mr.",
                "iata": self.ch(["MS", "MRS"]) if f else self.ch(["MR"] * 5 + ["MSTR"]),
                "de": "Frau" if f else "Herrn", "sex": "F" if f else "M"}[kind]

    def nm(self, p: Person, style="full"):
        if style == "any":
            style = self.ch(["full"] * 5 + ["FULL", "lf", "LF", "given", "family"])
        g, f = p.given, p.family
        if style == "full":
            return p.full()
        if style == "FULL":
            return p.full().upper()
        if style == "lower":
            return p.full().lower()
        if style in ("lf", "LF") and p.native and not p.sep:
            return p.full()
        if style == "lf":
            return f"{f}, {g}"
        if style == "LF":
            return f"{f}, {g}".upper()
        if style == "given":
            return g
        if style == "family":
            return f
        if style == "roman":
            return p.roman()
        if style in ("pnr", "pnr_g", "slash"):  # IATA: letters only, SURNAME/GIVEN
            a = lambda s: "".join(ch for ch in fold(s).upper() if "A" <= ch <= "Z")
            return f"{a(p.rf)}/{a(p.rg)}"
        if style == "GF":  # upper roman, no diacritics, given first (receipts, PMS-style)
            return fold(p.roman()).upper()
        if style == "initial":
            return f"{p.rg[0]}. {p.rf}" if not p.native else p.full()
        raise ValueError(style)


# ---------------------------------------------------------------- look-alikes (hard negatives)

SERVICE_ACCTS = ["svc_dispatch", "smsgw", "ivr_app", "wms_batch", "root", "SYSTEM", "noreply", "automod",
                 "AutoModerator", "svc-oms-sync", "jenkins", "kannel", "tserver", "cti_bridge", "scanner01",
                 "hybris_admin", "deploy-bot", "etl_loader", "pos_service", "anonymous", "guest", "dcs_batch",
                 "RFADMIN", "SUPERVISOR", "AUTOSTORE", "api-gateway", "moderation-bot", "trust-safety-ml",
                 "dependabot", "nginx", "www-data", "svc_ticketing", "bidder-eu1", "cdn-purge"]
COMPANIES = ["Hertz", "Sixt", "Morgan Freight Ltd", "Schneider Transport", "Harrison & Sons Removals",
             "Kowalski Spedycja Sp. z o.o.", "Johnson Logistics GmbH", "Ferrari Trasporti S.r.l.",
             "Dell Technologies", "Wells Cargo", "Papa Luigi Pizzeria", "Chez Marie Bistro", "Hermes",
             "McKenzie & Partner", "Tanaka Shoji K.K.", "Nakamura Foods", "Dubois Frères SA", "Okafor Holdings",
             "Patel Brothers Grocery", "Murphy's Bar", "Schmidt Brauerei", "Jensen Audio", "Ford", "Mercedes-Benz",
             "Abercrombie & Fitch", "Marks & Spencer", "Johnson Controls", "Dr. Oetker", "Ben & Jerry's"]
PLACES = ["Victoria", "Florence", "Madison", "Austin", "Charlotte", "Regina", "Adelaide", "Georgia", "Jordan",
          "Lourdes", "Santiago", "San Jose", "St. Louis", "Alexandria", "Eugene", "Chelsea", "Orlando",
          "Savannah", "Beatrice", "Marion", "Elizabeth", "Sydney", "Jackson", "Lincoln", "Sofia", "Paris",
          "Aix-en-Provence", "Rio de Janeiro", "Den Haag", "Los Angeles", "São Paulo", "Ciudad del Este"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Jenkins", "Cassandra", "Julia", "Florence Leather Tote", "Audrey Bag",
            "Oscar Floor Lamp", "Ada Desk", "Ellie Sofa", "Marcel Wave Iron", "Renault Zoe", "Kia Soul",
            "Nissan Leaf", "Fiat Panda", "Hugo Boss Bottled", "Penelope Pumps", "Victoria Sponge Mix",
            "Earl Grey Tea", "Tom Ford Noir", "Baby Ruth", "Aunt Jemima", "Mr. Clean", "Hoover", "Jacuzzi"]
STATUSES = ["DELIVERED", "In Transit", "Out For Delivery", "Pending Review", "Approved", "Rejected", "No Show",
            "Checked In", "Boarded", "Offloaded", "On Hold", "Escalated", "Resolved", "Closed", "Active",
            "Suspended", "Not Found", "Accepted", "Declined", "Cancelled", "Completed", "Ready", "Picked"]
UI_STRINGS = ["Track Your Order", "Welcome Back", "Thank You For Your Purchase", "Manage Booking",
              "Add To Cart", "Proceed To Checkout", "Ask An Agent", "Report This Post", "Join Queue",
              "Mise à jour de la commande terminée", "Pedido enviado con éxito", "Bestellung wurde versendet",
              "Ordine in consegna", "Zamówienie zostało wysłane", "配達完了しました", "订单已发货",
              "Заказ доставлен", "Sipariş teslim edildi", "Pesanan sedang diantar", "Encomenda entregue"]
