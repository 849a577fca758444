"""Segment builder, value generators, decoys and verifier for pack_q.

A record is built from segments: a plain string, or a `(text, TYPE)` tuple for a labelled value, or a
nested list of those. Text and spans are made together; no value is searched for afterwards. Encoders
(percent, form, JSON string, XML, Python string) are applied per segment, so labels follow the value as
it appears in the text.
"""

from __future__ import annotations

import ast
import csv
import io
import ipaddress
import json
import random
import re
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from names import NATIVE, PARTICLES, TRAD, fold

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateError(Exception):
    """A template produced a record that breaks a rule (a bug, never redrawn)."""


class Leak(Exception):
    """A drawn value sits outside a span (the record is drawn again)."""


def N(s: str) -> tuple[str, str]:
    return (s, "NAME")


def E(s: str) -> tuple[str, str]:
    return (s, "EMAIL")


def P(s: str) -> tuple[str, str]:
    return (s, "PHONE")


def S(s: str) -> tuple[str, str]:
    return (s, "SSN")


def C(s: str) -> tuple[str, str]:
    return (s, "CREDIT_CARD")


def IP(s: str) -> tuple[str, str]:
    return (s, "IP_ADDRESS")


def flat(items) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []

    def walk(x):
        if x is None:
            return
        if isinstance(x, str):
            out.append((x, None))
        elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) and (x[1] in TYPES or x[1] is None):
            out.append(x)
        elif isinstance(x, Cat):
            walk(x.items)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
        else:
            raise TemplateError(f"bad segment {x!r}")

    walk(items)
    return out


def plain(items) -> str:
    return "".join(s for s, _ in flat(items))


def enc(items, f) -> list[tuple[str, str | None]]:
    return [(f(s), t) for s, t in flat(items)]


def pct(items, safe: str = ""):
    return enc(items, lambda s: urllib.parse.quote(s, safe=safe))


def form(items):
    return enc(items, lambda s: urllib.parse.quote_plus(s))


def jesc(items, ascii_: bool = False):
    """Escape as the inside of a JSON string."""
    return enc(items, lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1])


def uesc(items):
    return jesc(items, True)


def xesc(items, attr: bool = False):
    def f(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return s.replace('"', "&quot;") if attr else s
    return enc(items, f)


class Cat:
    """A composite string value (for JSON / Python dumps) made of several segments."""

    def __init__(self, *items):
        self.items = list(items)

    def text(self) -> str:
        return plain(self.items)


def _unlab(v):
    if isinstance(v, tuple) and len(v) == 2 and v[1] in TYPES:
        return v[0]
    if isinstance(v, Cat):
        return v.text()
    if isinstance(v, dict):
        return {k: _unlab(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_unlab(x) for x in v]
    return v


def _is_str(v) -> bool:
    return isinstance(v, (str, Cat)) or (isinstance(v, tuple) and len(v) == 2 and v[1] in TYPES)


def J(obj, indent: int | None = None, ascii_: bool = False, compact: bool = False):
    """Render a JSON document as segments; labelled tuples and Cat values keep their spans."""
    isep = "," if (compact or indent is not None) else ", "
    ksep = ":" if compact else ": "

    def val(v, lvl):
        if _is_str(v):
            return ['"', jesc(v, ascii_), '"']
        if isinstance(v, dict):
            if not v:
                return ["{}"]
            parts = ["{"]
            for i, (k, x) in enumerate(v.items()):
                if i:
                    parts.append(isep)
                if indent is not None:
                    parts.append("\n" + " " * (indent * (lvl + 1)))
                parts += [json.dumps(k, ensure_ascii=ascii_), ksep, val(x, lvl + 1)]
            if indent is not None:
                parts.append("\n" + " " * (indent * lvl))
            parts.append("}")
            return parts
        if isinstance(v, list):
            if not v:
                return ["[]"]
            parts = ["["]
            for i, x in enumerate(v):
                if i:
                    parts.append(isep)
                if indent is not None:
                    parts.append("\n" + " " * (indent * (lvl + 1)))
                parts.append(val(x, lvl + 1))
            if indent is not None:
                parts.append("\n" + " " * (indent * lvl))
            parts.append("]")
            return parts
        return [json.dumps(v)]

    segs = flat(val(obj, 0))
    txt = plain(segs)
    try:
        back = json.loads(txt)
    except ValueError as e:
        raise TemplateError(f"JSON does not parse: {e}: {txt[:200]}") from e
    if back != _unlab(obj):
        raise TemplateError("JSON round trip differs")
    return segs


def pystr(items):
    """A Python string literal (repr style) built per segment; quotes outside the spans."""
    txt = plain(items)
    q = '"' if ("'" in txt and '"' not in txt) else "'"

    def f(s):
        s = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        return s.replace(q, "\\" + q)
    out = [q, enc(items, f), q]
    if ast.literal_eval(plain(out)) != txt:
        raise TemplateError("python literal differs")
    return out


def PY(obj):
    """Render a Python dict/list repr; labelled tuples and Cat values keep their spans."""

    def val(v):
        if _is_str(v):
            return pystr(v if isinstance(v, Cat) else [v])
        if isinstance(v, dict):
            parts = ["{"]
            for i, (k, x) in enumerate(v.items()):
                if i:
                    parts.append(", ")
                parts += [repr(k), ": ", val(x)]
            return parts + ["}"]
        if isinstance(v, list):
            parts = ["["]
            for i, x in enumerate(v):
                if i:
                    parts.append(", ")
                parts.append(val(x))
            return parts + ["]"]
        return [repr(v)]

    segs = flat(val(obj))
    if ast.literal_eval(plain(segs)) != _unlab(obj):
        raise TemplateError("python repr differs")
    return segs


def XML(items):
    """Check that a fragment is well-formed XML and return it unchanged."""
    segs = flat(items)
    try:
        ET.fromstring(plain(segs))
    except ET.ParseError as e:
        raise TemplateError(f"XML does not parse: {e}: {plain(segs)[:300]}") from e
    return segs


def CSV(rows: list[list], sep: str = ",", quote_all: bool = False):
    """Render rows (cells are items); cells holding the separator or a quote are quoted."""
    out: list = []
    for r, row in enumerate(rows):
        if r:
            out.append("\n")
        for i, cell in enumerate(row):
            if i:
                out.append(sep)
            txt = plain(cell)
            if quote_all or sep in txt or '"' in txt or "\n" in txt:
                out += ['"', enc(cell, lambda s: s.replace('"', '""')), '"']
            else:
                out.append(cell)
    back = list(csv.reader(io.StringIO(plain(out)), delimiter=sep))
    if back != [[plain(cell) for cell in row] for row in rows]:
        raise TemplateError("CSV round trip differs")
    return out


# ---------------------------------------------------------------- persons

ACCT_STYLES = ("first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last")


def _key(s: str) -> str:
    """Account key of a name: ASCII-folded, particles joined, no punctuation."""
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


@dataclass
class Person:
    g: str
    f: str
    gender: str
    trad: str
    fg: bool = False          # Latin display in family-first order
    ng: str | None = None     # native-script given name
    nf: str | None = None     # native-script family name
    norder: str = "gf"
    native: bool = False      # display in native script where the template allows it
    extra: list[str] = field(default_factory=list)

    # ---- display forms
    def full(self) -> str:
        if self.native and self.ng:
            if self.norder == "fg_nospace":
                return f"{self.nf}{self.ng}"
            return f"{self.ng} {self.nf}"
        return self.latin()

    def latin(self) -> str:
        return f"{self.f} {self.g}" if self.fg else f"{self.g} {self.f}"

    def gf(self) -> str:
        return f"{self.g} {self.f}"

    def given(self) -> str:
        return self.ng if (self.native and self.ng) else self.g

    def family(self) -> str:
        return self.nf if (self.native and self.nf) else self.f

    def lf(self) -> str:
        return f"{self.f}, {self.g}"

    def up(self) -> str:
        return self.latin().upper()

    def LF(self) -> str:
        return f"{self.f.upper()}, {self.g.upper()}"

    def slash(self) -> str:
        return f"{fold(self.f).upper().replace(' ', '').replace(chr(39), '')}/" \
               f"{fold(self.g).upper().replace(' ', '').replace('-', '')}"

    def initial(self) -> str:
        return f"{fold(self.g)[0].upper()}. {self.f}"

    def kg(self) -> str:
        return _key(self.g.split()[0]) or "x"

    def kf(self) -> str:
        parts = self.f.split()
        if len(parts) > 1 and parts[0].lower().strip("'") not in PARTICLES:
            return _key(parts[0])           # first of a double surname
        return _key(self.f)

    def acct(self, style: str | None = None, rng: random.Random | None = None, digits: bool | None = None) -> str:
        r = rng or random.Random(self.g + self.f)
        style = style or r.choice(ACCT_STYLES)
        g, f = self.kg(), self.kf()
        a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}",
             "first_last": f"{g}_{f}", "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}",
             "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
        if digits if digits is not None else r.random() < 0.25:
            a += str(r.randint(1, 99))
        return a

    def words(self) -> set[str]:
        out: set[str] = set()
        for part in (self.g, self.f, self.ng or "", self.nf or "", *self.extra):
            for w in re.split(r"[\s\-'’]+", part):
                if len(w) >= 2 and w.lower() not in PARTICLES:
                    out.add(w)
                    out.add(fold(w))
        return out


PETS = ("Bella Max Luna Charlie Milo Daisy Rocky Coco Lola Teddy Simba Nala Biscuit Mochi Loki Zeus Cleo "
        "Pepper Toby Sadie Duke Ginger Archie Murphy Penny Gus Hazel Maggie Frankie Olive Stella Rex Misty "
        "Pickles Nugget Waffles Pumpkin Noodle Kiwi Tofu Bruno Bear Shadow Smokey Tigger Oreo Peanut Willow "
        "Ziggy Bandit Juniper Clover Pixel Sushi Mango Chico Kaiser Bonnie Fifi Ringo Elvis Harvey Winston "
        "Oscar Louie Sasha Roxy Bentley Gizmo Apollo Baxter Marley Dexter Scout Biko Hachi Momo Yuzu").split()
# pets named like people (Oscar, Harvey, Winston, Stella, Louie, ...) are never NAME

SPECIES = [("Canine", ("Labrador Retriever", "German Shepherd", "Jack Russell Terrier", "Cavalier King Charles Spaniel",
                       "Gordon Setter", "Dobermann", "Border Collie", "Dachshund", "Golden Retriever", "Beagle",
                       "French Bulldog", "Shiba Inu", "Bernese Mountain Dog", "Saint Bernard", "Parson Russell Terrier",
                       "Dandie Dinmont Terrier", "Mixed Breed", "Australian Cattle Dog")),
           ("Feline", ("Domestic Shorthair", "Maine Coon", "Siamese", "British Shorthair", "Ragdoll", "Bengal",
                       "Norwegian Forest Cat", "Sphynx", "Domestic Longhair", "Abyssinian")),
           ("Equine", ("Thoroughbred", "Quarter Horse", "Welsh Pony", "Icelandic Horse", "Friesian")),
           ("Lagomorph", ("Holland Lop", "Netherland Dwarf", "Rex")),
           ("Avian", ("Cockatiel", "African Grey", "Budgerigar"))]

SPECIES_WORD = {"Canine": "Dog", "Feline": "Cat", "Equine": "Horse", "Lagomorph": "Rabbit", "Avian": "Bird"}

CLINICS = ("Northgate Animal Hospital", "Riverside Veterinary Clinic", "Harrington Animal Hospital",
           "Baxter & Cole Veterinary Surgeons", "Lakeshore Pet Emergency", "Kowalski Vet Centre",
           "Mapleton Veterinary Group", "Okafor Referral Specialists", "Clinique Vétérinaire des Tilleuls",
           "Tierarztpraxis am Stadtpark", "Clínica Veterinaria Los Olivos", "Dierenkliniek De Linde",
           "Victoria Park Vets", "Madison Avenue Animal Clinic", "Sofia Street Veterinary", "Aurora Pet Hospital")
COMPANIES = ("Morgan & Hale Pet Insurance", "Patel Animal Health Ltd", "Fischer Labordiagnostik GmbH",
             "Henderson Kennels LLC", "Murphy & Sons Feed", "Baxter Veterinary Supply", "Ngata Freight Pets Ltd",
             "Dubois Pet Transport SARL", "Lindqvist Djurförsäkring AB", "Santos Agropecuária Ltda",
             "Hughes Pet Relocation", "Okonkwo Veterinary Wholesale", "Tanaka Pet Foods K.K.", "Kelly Grooming Co.")
PLACES = ("Victoria", "Madison", "Charlotte", "Sofia", "Florence", "Adelaide", "Regina", "Austin", "Eugene",
          "Marion", "Aurora", "Georgetown", "Alexandria", "Lincoln", "Jackson", "Savannah", "Orlando", "Santiago")
SERVICE_ACCTS = ("svc_pims_sync", "labbridge", "SYSTEM", "root", "reminder-bot", "kiosk-frontdesk", "claims-engine",
                 "RXBOT", "shelter-sync", "chipreg-batch", "etl_vet", "cron", "api-gateway", "HL_SCHEDULER",
                 "noreply-mailer", "pos-terminal-2", "integration.user", "admin", "BATCH01", "webhook-relay")
PRODUCTS = ("Project Athena", "Rover Lite", "Bruno scheduler", "Atlas Imaging", "Luna portal", "Felix kiosk",
            "Max Boarding Suite", "Charlie Chat assistant", "Oscar claims engine", "Daisy SMS relay", "Juniper gateway")
UI = ("Patient record locked", "Appointment confirmed", "Vaccination overdue", "Weight recorded",
      "Patientenakte gesperrt", "Termin bestätigt", "Impfung überfällig", "Dossier verrouillé", "Rendez-vous confirmé",
      "Vacuna vencida", "Cita confirmada", "Consulta agendada", "Vacina em atraso", "Afspraak bevestigd",
      "Vaccinatie verlopen", "Prenotazione confermata", "Vaccino scaduto", "Bokning bekräftad", "Wizyta potwierdzona",
      "予約が確定しました", "ワクチン期限切れ", "预约已确认", "疫苗已过期", "예약이 확정되었습니다", "Запись подтверждена",
      "Прививка просрочена", "Randevu onaylandı", "Aşı gecikmiş", "Ραντεβού επιβεβαιώθηκε", "הפגישה אושרה",
      "تم تأكيد الموعد", "Ajanvaraus vahvistettu", "Termín potvrzen", "Időpont megerősítve")
STATUS = ("Pending", "Approved", "Declined", "On Hold", "Ready For Pickup", "Discharged", "Checked In",
          "Awaiting Results", "Closed", "Escalated", "Transferred", "Active", "Inactive", "Deceased", "Adopted")

EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "pawpost.example",
                 "inbox.example.co.uk", "correo.example.es", "post.example.de", "example.com.au", "webmail.example")


class Ctx:
    """What a template draws from: random stream, persons, values."""

    def __init__(self, rng: random.Random, negative: bool):
        self.r = rng
        self.neg = negative
        self.persons: list[Person] = []

    # -- basic draws
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def num(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def date(self, sep: str = "-") -> str:
        return f"2025{sep}{self.num(1, 12):02d}{sep}{self.num(1, 28):02d}"

    def time(self) -> str:
        return f"{self.num(0, 23):02d}:{self.num(0, 59):02d}:{self.num(0, 59):02d}"

    def ts(self) -> str:
        return f"{self.date()}T{self.time()}Z"

    def clock(self, n: int) -> list[str]:
        """n increasing HH:MM times."""
        t = self.num(7 * 60, 20 * 60)
        out = []
        for _ in range(n):
            out.append(f"{t // 60:02d}:{t % 60:02d}")
            t = min(t + self.num(0, 25), 23 * 60 + 59)
        return out

    def syslog_ts(self) -> str:
        m = self.ch(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
        return f"{m} {self.num(1, 28):2d} {self.time()}"

    def hexid(self, n: int = 8) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    # -- persons
    def person(self, trad: str | None = None, native: bool = True, gender: str | None = None) -> Person:
        if self.neg:
            raise TemplateError("a negative record drew a person")
        r = self.r
        if native and trad is None and r.random() < 0.10:
            t, gd, ng, nf, rg, rf, no = r.choice(NATIVE)
            pr = Person(rg, rf, gd, t, fg=False, ng=ng, nf=nf, norder=no, native=True)
            if no == "fg_nospace" and r.random() < 0.5:
                pr.fg = True
            self.persons.append(pr)
            return pr
        key = trad or r.choice(sorted(TRAD))
        t = TRAD[key]
        gd = gender or r.choice("mf")
        g = r.choice(t[gd])
        idx = r.randrange(len(t["s"]))
        fam = t["sf"][idx] if gd == "f" else t["s"][idx]
        if key in ("spanish", "mexican", "andean_argentine", "catalan_basque") and r.random() < 0.45:
            fam2 = r.choice(t["s"])
            if fam2 != fam:
                fam = f"{fam} {fam2}" if r.random() < 0.8 else f"{fam}-{fam2}"
        elif key in ("english", "us_american", "french", "german") and r.random() < 0.07:
            fam2 = r.choice(t["s"])
            if fam2 != fam and " " not in fam2 and " " not in fam:
                fam = f"{fam}-{fam2}"
        order = t["order"]
        fg = order == "fg" or (order == "either" and r.random() < 0.5)
        pr = Person(g, fam, gd, key, fg=fg)
        self.persons.append(pr)
        return pr

    def relative(self, p: Person) -> Person:
        """A relative sharing the family name (gendered form kept simple: same tradition)."""
        if self.neg:
            raise TemplateError("a negative record drew a person")
        t = TRAD.get(p.trad)
        if t is None or p.native:
            return self.person()
        gd = self.r.choice("mf")
        g = self.r.choice([x for x in t[gd] if x != p.g] or t[gd])
        fam = p.f
        if t["sf"] is not t["s"] and p.f in t["s"] + t["sf"]:
            i = (t["s"] + t["sf"]).index(p.f) % len(t["s"])
            fam = t["sf"][i] if gd == "f" else t["s"][i]
        pr = Person(g, fam, gd, p.trad, fg=p.fg)
        self.persons.append(pr)
        return pr

    # -- values
    def email(self, p: Person | None = None, domain: str | None = None, loc: str | None = None) -> str:
        if p is None:
            if self.neg:
                raise TemplateError("negative drew an e-mail")
            loc = loc or self.ch(("results", "frontdesk", "support", "records", "reception", "noreply"))
            return f"{loc}@{domain or self.ch(EMAIL_DOMAINS)}"
        loc = p.acct(rng=self.r, style=self.ch(("first.last", "flast", "firstlast", "f.last", "first_last",
                                                "firstl", "first.last")))
        if self.p(0.07):
            loc += self.ch(("+pets", "+vet", "+adopt"))
        return f"{loc}@{domain or self.ch(EMAIL_DOMAINS)}"

    def acct(self, p: Person, style: str | None = None) -> str:
        return p.acct(style=style, rng=self.r)

    def ip4(self) -> str:
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return f"192.0.2.{r.randint(1, 254)}"
        if k == 1:
            return f"198.51.100.{r.randint(1, 254)}"
        if k == 2:
            return f"203.0.113.{r.randint(1, 254)}"
        if k == 3:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 4:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6(self) -> str:
        r = self.r
        pre = r.choice(("2001:db8", "fd12:3456"))
        groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice((2, 3, 6)))]
        a = ipaddress.ip_address(pre + ":" + ":".join(groups) + ("::" + f"{r.randint(1, 0xfff):x}"
                                                              if len(groups) < 6 else ""))
        return str(a)

    def ip(self) -> str:
        return self.ip6() if self.p(0.2) else self.ip4()

    def ssn(self, sep: str = "-") -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def last4(self) -> str:
        return f"{self.r.randint(1, 9999):04d}"

    def card(self, sep: str | None = None) -> str:
        r = self.r
        kind = r.choice(("visa", "visa", "mc", "mc2", "amex", "disc", "jcb"))
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = str(r.randint(51, 55)), 16
        elif kind == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        elif kind == "amex":
            pre, n = r.choice(("34", "37")), 15
        elif kind == "disc":
            pre, n = "6011", 16
        else:
            pre, n = "35" + str(r.randint(28, 89)), 16
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        num = body + str(luhn_digit(body))
        if sep is None:
            sep = r.choice(("", " ", "-", ""))
        if not sep:
            return num
        if n == 15:
            return sep.join((num[:4], num[4:10], num[10:]))
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def phone(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or r.choice(sorted(PHONE_PLANS))
        return r.choice(PHONE_PLANS[cc])(r)

    def pet(self) -> str:
        return self.ch(PETS)

    def species(self) -> tuple[str, str]:
        sp, breeds = self.ch(SPECIES)
        return sp, self.ch(breeds)

    def chip(self) -> str:
        return self.ch(("985", "981", "977", "956", "900", "941", "968")) + self.digits(12)


def luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == int(num[-1])


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


PHONE_PLANS = {
    "US": (lambda r: f"({r.choice(('212', '415', '503', '614', '720', '919'))}) 555-01{_d(r, 2)}",
           lambda r: f"{r.choice(('312', '206', '305', '512'))}-555-01{_d(r, 2)}",
           lambda r: f"+1 {r.choice(('617', '303', '404'))} 555 01{_d(r, 2)}",
           lambda r: f"+1{r.choice(('702', '858', '651'))}55501{_d(r, 2)}",
           lambda r: f"{r.choice(('480', '971'))}.555.01{_d(r, 2)}"),
    "CA": (lambda r: f"({r.choice(('416', '604', '514'))}) 555-01{_d(r, 2)}",),
    "UK": (lambda r: f"07700 900{_d(r, 3)}", lambda r: f"+44 7700 900{_d(r, 3)}",
           lambda r: f"+447700900{_d(r, 3)}"),
    "AU": (lambda r: f"0491 57{r.randint(0, 9)} {_d(r, 3)}", lambda r: f"+61 491 57{r.randint(0, 9)} {_d(r, 3)}"),
    "DE": (lambda r: f"0151 {_d(r, 8)}", lambda r: f"+49 151 {_d(r, 8)}", lambda r: f"+49 30 {_d(r, 7)}",
           lambda r: f"0171/{_d(r, 7)}"),
    "FR": (lambda r: "06 " + " ".join(_d(r, 2) for _ in range(4)),
           lambda r: "+33 6 " + " ".join(_d(r, 2) for _ in range(4))),
    "ES": (lambda r: f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    "IT": (lambda r: f"3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"+39 3{_d(r, 2)} {_d(r, 7)}"),
    "NL": (lambda r: f"06-{_d(r, 8)}", lambda r: f"+31 6 {_d(r, 8)}"),
    "BE": (lambda r: f"0470 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", lambda r: f"+32 470 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    "AT": (lambda r: f"0664 {_d(r, 7)}", lambda r: f"+43 664 {_d(r, 7)}"),
    "CH": (lambda r: f"079 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", lambda r: f"+41 79 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    "IE": (lambda r: f"087 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+353 87 {_d(r, 3)} {_d(r, 4)}"),
    "SE": (lambda r: f"070-{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", lambda r: f"+46 70 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    "PL": (lambda r: f"5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+48 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"),
    "PT": (lambda r: f"91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+351 91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}"),
    "BR": (lambda r: f"(11) 9{_d(r, 4)}-{_d(r, 4)}", lambda r: f"+55 21 9{_d(r, 4)}-{_d(r, 4)}"),
    "MX": (lambda r: f"55 {_d(r, 4)} {_d(r, 4)}", lambda r: f"+52 33 {_d(r, 4)} {_d(r, 4)}"),
    "JP": (lambda r: f"090-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"+81 80-{_d(r, 4)}-{_d(r, 4)}"),
    "KR": (lambda r: f"010-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"+82 10-{_d(r, 4)}-{_d(r, 4)}"),
    "IN": (lambda r: f"+91 98{_d(r, 3)} {_d(r, 5)}", lambda r: f"098{_d(r, 3)} {_d(r, 5)}"),
    "NZ": (lambda r: f"021 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+64 21 {_d(r, 3)} {_d(r, 4)}"),
    "ZA": (lambda r: f"082 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+27 82 {_d(r, 3)} {_d(r, 4)}"),
    "KE": (lambda r: f"0712 {_d(r, 6)}", lambda r: f"+254 712 {_d(r, 6)}"),
    "NG": (lambda r: f"0803 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+234 803 {_d(r, 3)} {_d(r, 4)}"),
    "PH": (lambda r: f"0917 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+63 917 {_d(r, 3)} {_d(r, 4)}"),
    "SG": (lambda r: f"+65 8{_d(r, 3)} {_d(r, 4)}",),
    "AE": (lambda r: f"050 {_d(r, 3)} {_d(r, 4)}", lambda r: f"+971 50 {_d(r, 3)} {_d(r, 4)}"),
    "E164": (lambda r: f"4915{_d(r, 9)}", lambda r: f"447700900{_d(r, 3)}", lambda r: f"3361{_d(r, 7)}"),
}


# ---------------------------------------------------------------- verification

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40|%2540)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
EMAIL_OK = re.compile(r"^[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
IP4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)")
IP6_RE = re.compile(r"(?<![\w:])(?:2001:db8|fd12:3456)[0-9a-fA-F:]*", re.I)
CARD_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")
SSN_RE = re.compile(r"(?<!\d)\d{3}([ \-])\d{2}\1\d{4}(?!\d)")
PLUS_RE = re.compile(r"(?:\+|%2B)\d[\d \-]{7,}\d")
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|35)")


def _decode(v: str) -> str:
    if "%" in v or "+" in v:
        v = urllib.parse.unquote_plus(urllib.parse.unquote_plus(v))
    if "\\u" in v or "\\x" in v:
        try:
            v = json.loads('"' + v.replace("\\x", "\\u00") + '"')
        except ValueError:
            pass
    return v


def ssn_ok(v: str) -> bool:
    if re.fullmatch(r"\d{4}", v):
        return v != "0000"
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v: str, t: str) -> None:
    if t == "EMAIL":
        d = urllib.parse.unquote(urllib.parse.unquote(v))
        if not EMAIL_OK.match(d):
            raise TemplateError(f"bad email {v!r}")
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "SSN":
        if not ssn_ok(v):
            raise TemplateError(f"bad ssn {v!r}")
    elif t == "CREDIT_CARD":
        dg = re.sub(r"[ \-]", "", v)
        if not (dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg) and CARD_PREFIX.match(dg)):
            raise TemplateError(f"bad card {v!r}")
    elif t == "PHONE":
        d = urllib.parse.unquote(v)
        if not re.fullmatch(r"[+(\d][\d \-()./]*\d", d) or not 7 <= sum(ch.isdigit() for ch in d) <= 15:
            raise TemplateError(f"bad phone {v!r}")
    elif t == "NAME":
        d = _decode(v)
        if "@" in d or not any(ch.isalpha() for ch in d):
            raise TemplateError(f"bad name {v!r}")
    else:
        raise TemplateError(f"bad type {t}")


def build(items) -> tuple[str, list[list]]:
    segs = flat(items)
    text = ""
    spans: list[list] = []
    for s, t in segs:
        if t is not None:
            if not s or s != s.strip():
                raise TemplateError(f"span with edge whitespace or empty: {s!r}")
            check_value(s, t)
            spans.append([len(text), len(text) + len(s), t])
        text += s
    # merge nothing; check sanity
    last = 0
    for a, b, t in spans:
        if a < last or b <= a or b > len(text):
            raise TemplateError("overlapping or bad span")
        last = b
    return text, spans


def _inside(spans, a, b, types) -> bool:
    return any(s <= a and b <= e and t in types for s, e, t in spans)


def _word_forms(w: str) -> set[str]:
    forms = {w, urllib.parse.quote(w, safe=""), json.dumps(w)[1:-1]}
    forms.add(json.dumps(w)[1:-1].replace("\\u00", "\\x"))
    return {f for f in forms if f}


def leak_check(text: str, spans: list[list], persons: list[Person]) -> None:
    for m in EMAIL_RE.finditer(text):
        a, b = m.span()
        local = m.group(0).split("@")[0]
        if local.isdigit() or local.lstrip("+").isdigit():
            continue                                   # number@host (SIP), not an e-mail
        if not _inside(spans, a, b, ("EMAIL",)):
            raise Leak(f"email outside span: {m.group(0)}")
    for m in IP4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
        except ValueError:
            continue
        if m.start() > 0 and text[m.start() - 1] in "vV/":
            continue                                   # v4.1.0.2 style versions
        if not _inside(spans, *m.span(), ("IP_ADDRESS",)):
            raise Leak(f"ip outside span: {m.group(0)}")
    for m in IP6_RE.finditer(text):
        if not _inside(spans, m.start(), m.start() + 8, ("IP_ADDRESS",)):
            raise Leak(f"ipv6 outside span: {m.group(0)}")
    for m in CARD_RE.finditer(text):
        dg = re.sub(r"[ \-]", "", m.group(0))
        if 13 <= len(dg) <= 19 and luhn_ok(dg) and CARD_PREFIX.match(dg):
            if not _inside(spans, *m.span(), ("CREDIT_CARD", "PHONE", "SSN")):
                raise Leak(f"card outside span: {m.group(0)}")
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group(0)) and not _inside(spans, *m.span(), ("SSN", "PHONE", "CREDIT_CARD")):
            raise Leak(f"ssn outside span: {m.group(0)}")
    for m in PLUS_RE.finditer(text):
        if not _inside(spans, *m.span(), ("PHONE",)):
            raise Leak(f"phone outside span: {m.group(0)}")
    for p in persons:
        for w in p.words():
            cjk = any(unicodedata.name(ch, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA", "THAI"))
                      for ch in w)
            for f in _word_forms(w):
                pat = re.escape(f) if cjk else r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])"
                for m in re.finditer(pat, text, re.I):
                    if not _inside(spans, *m.span(), ("NAME", "EMAIL")):
                        raise Leak(f"name word {f!r} outside span")


def shapes(v: str) -> list[str]:
    """Name-shape tags for the README statistics."""
    tags = []
    letters = [ch for ch in v if ch.isalpha()]
    if any(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in letters):
        tags.append("non-Latin")
    elif letters and all(ch.isupper() for ch in letters) and len(letters) > 1:
        tags.append("ALL CAPS")
    elif letters and all(ch.islower() for ch in letters):
        tags.append("lower case")
    if ", " in v or "%2C" in v or ",+" in v:
        tags.append("Last, First")
    if "/" in v:
        tags.append("SURNAME/GIVEN")
    if "_" in v:
        tags.append("joined by _")
    if "%" in v or "\\u" in v or re.search(r"[A-Za-z]\+[A-Za-z]", v):
        tags.append("escaped")
    if len(v.split()) == 1 and v.isalpha() and not tags:
        tags.append("single word")
    return tags
