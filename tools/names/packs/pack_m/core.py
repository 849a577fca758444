"""Segment builder, value generators, decoys and the verifier of pack_m.

Text and spans are built together: a record is a list of segments, each either plain text or a labelled value.
Encoders (percent, form, JSON, XML, Python literal) are applied per segment, so a span always covers the value
as it is written. Nothing here searches for a value after the fact; the leak check only looks for what should
NOT be outside a span.
"""

from __future__ import annotations

import ast
import csv
import io
import ipaddress
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from names import Person, draw_person, fold

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


class TemplateError(Exception):
    pass


class Redraw(Exception):
    pass


# ---------------------------------------------------------------- segments
# A segment is (text, type or None, raw value). Lists of segments are concatenated with +.

def T(s: str) -> list:
    return [(s, None, s)]


def V(s: str, typ: str) -> list:
    if typ not in TYPES:
        raise TemplateError(typ)
    return [(s, typ, s)]


def segs_of(x) -> list:
    if isinstance(x, list):
        return x
    if isinstance(x, L):
        return V(x.raw, x.typ)
    return T(str(x))


def enc(segs: list, fn) -> list:
    return [(fn(t), ty, raw) for t, ty, raw in segs]


def plain(segs: list) -> str:
    return "".join(t for t, _, _ in segs)


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def pct_path(s: str) -> str:
    return urllib.parse.quote(s, safe="/")


def form(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def jesc(s: str, ascii_: bool = False) -> str:
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jesc_a(s: str) -> str:
    return jesc(s, True)


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pyesc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")


def pyq(x) -> list:
    """A Python string literal (single quotes) of a segment list or value."""
    return T("'") + enc(segs_of(x), pyesc) + T("'")


def xmlv(x) -> list:
    return enc(segs_of(x), xesc)


def csvq(x, always: bool = False) -> list:
    segs = segs_of(x)
    s = plain(segs)
    if always or any(c in s for c in ',"\n'):
        return T('"') + enc(segs, lambda t: t.replace('"', '""')) + T('"')
    return segs


class L:
    """A labelled leaf value inside a JSON document."""

    def __init__(self, raw: str, typ: str):
        self.raw, self.typ = raw, typ


class J:
    """A JSON string whose content is a segment list (composite, or a nested document)."""

    def __init__(self, segs: list):
        self.segs = segs


def _jplain(o):
    if isinstance(o, L):
        return o.raw
    if isinstance(o, J):
        return plain(o.segs)
    if isinstance(o, dict):
        return {k: _jplain(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_jplain(v) for v in o]
    return o


def jd(obj, indent: int | None = None, ascii_: bool = False, compact: bool = False) -> list:
    """Serialise obj (dict/list with L and J leaves) to segments; checked with json.loads."""
    colon = ":" if compact else ": "
    if indent is not None:
        comma = ","
    else:
        comma = "," if compact else ", "

    def s(x):
        return jesc(x, ascii_)

    def rec(o, lvl):
        if isinstance(o, L):
            return T('"') + [(s(o.raw), o.typ, o.raw)] + T('"')
        if isinstance(o, J):
            return T('"') + enc(o.segs, s) + T('"')
        if isinstance(o, dict):
            if not o:
                return T("{}")
            out = T("{")
            items = list(o.items())
            for i, (k, v) in enumerate(items):
                if indent is not None:
                    out += T("\n" + " " * (indent * (lvl + 1)))
                out += T(json.dumps(k, ensure_ascii=ascii_) + colon) + rec(v, lvl + 1)
                if i < len(items) - 1:
                    out += T(comma)
            if indent is not None:
                out += T("\n" + " " * (indent * lvl))
            return out + T("}")
        if isinstance(o, list):
            if not o:
                return T("[]")
            out = T("[")
            for i, v in enumerate(o):
                if indent is not None:
                    out += T("\n" + " " * (indent * (lvl + 1)))
                out += rec(v, lvl + 1)
                if i < len(o) - 1:
                    out += T(comma)
            if indent is not None:
                out += T("\n" + " " * (indent * lvl))
            return out + T("]")
        return T(json.dumps(o, ensure_ascii=ascii_))

    out = rec(obj, 0)
    if json.loads(plain(out)) != _jplain(obj):
        raise TemplateError("json round trip")
    return out


# ---------------------------------------------------------------- the record builder

class Rec:
    def __init__(self, rng, neg: bool):
        self.rng = rng
        self.neg = neg
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.raws: list[str] = []
        self.persons: list[Person] = []
        self.docs: list[tuple[str, int, int]] = []
        self._stack: list[tuple[str, int]] = []

    # text
    def t(self, *xs):
        for x in xs:
            self.add(segs_of(x))
        return self

    def v(self, val: str, typ: str):
        return self.add(V(val, typ))

    def add(self, segs: list):
        for text, typ, raw in segs:
            if typ:
                if not text or text != text.strip():
                    raise TemplateError(f"edge whitespace in span {text!r}")
                self.spans.append((self.n, self.n + len(text), typ))
                self.raws.append(raw)
            self.parts.append(text)
            self.n += len(text)
        return self

    def begin(self, kind: str):
        self._stack.append((kind, self.n))
        return self

    def end(self):
        kind, s = self._stack.pop()
        self.docs.append((kind, s, self.n))
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # persons
    def person(self, native_p: float = 0.12, trad: str | None = None) -> Person:
        if self.neg:
            raise TemplateError("negative template drew a person")
        for _ in range(50):
            p = draw_person(self.rng, native_p, trad)
            if all(p.family_token() != q.family_token() and p.first_token() != q.first_token()
                   for q in self.persons):
                break
        self.persons.append(p)
        return p

    def pick(self, seq):
        return self.rng.choice(seq)

    # a Rec can stand in for its random stream
    def randint(self, a, b):
        return self.rng.randint(a, b)

    def randrange(self, *a):
        return self.rng.randrange(*a)

    def random(self):
        return self.rng.random()

    def choice(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# ---------------------------------------------------------------- value generators

def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise TemplateError("luhn")


def card(rng) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        d = _luhn_complete("4", 16, rng)
    elif kind == "mc":
        d = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        d = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == "amex":
        d = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif kind == "disc":
        d = _luhn_complete("6011", 16, rng)
    else:
        d = _luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    style = rng.choice(["plain", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, style: str | None = None) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def ipv4(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["doc1", "doc2", "doc3", "ten", "ten", "172", "192"])
    if kind == "doc1":
        return f"192.0.2.{rng.randint(1, 254)}"
    if kind == "doc2":
        return f"198.51.100.{rng.randint(1, 254)}"
    if kind == "doc3":
        return f"203.0.113.{rng.randint(1, 254)}"
    if kind == "ten":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    pre = rng.choice(["2001:db8", "fd12:3456"])
    k = rng.choice([1, 2, 6])
    g = [f"{rng.randrange(1, 0x10000):x}" for _ in range(k)]
    if k == 6:
        s = pre + ":" + ":".join(g)
        return s if rng.random() < 0.5 else str(ipaddress.ip_address(s))
    return str(ipaddress.ip_address(pre + ":" + ":".join(g[:-1] + [""] if k > 1 else [""]) + ":" + g[-1]))


def ip(rng, v6: float = 0.15) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, cc: str | None = None) -> str:
    cc = cc or rng.choice(PHONE_CC)
    r = rng
    x = r.randint(0, 99)
    if cc == "us":
        a = r.choice(["212", "415", "617", "312", "206", "512", "734", "919", "608"])
        return r.choice([f"+1 {a}-555-01{x:02d}", f"({a}) 555-01{x:02d}", f"{a}.555.01{x:02d}", f"+1{a}55501{x:02d}",
                         f"{a}-555-01{x:02d}"])
    if cc == "ca":
        return r.choice([f"+1 514-555-01{x:02d}", f"(604) 555-01{x:02d}"])
    if cc == "uk":
        y = r.randint(0, 999)
        return r.choice([f"+44 7700 900{y:03d}", f"07700 900{y:03d}", f"+447700900{y:03d}", f"+44 20 7946 0{y:03d}"])
    if cc == "au":
        return r.choice([f"+61 491 570 {r.randint(100, 159)}", f"0491 570 {r.randint(100, 159)}"])
    if cc == "de":
        return r.choice([f"+49 30 {_d(r, 8)}", f"+49 151 {_d(r, 8)}", f"0151 {_d(r, 4)} {_d(r, 4)}",
                         f"+49 (0)6221 {_d(r, 2)}-{_d(r, 4)}"])
    if cc == "fr":
        g = [_d(r, 2) for _ in range(4)]
        return r.choice([f"+33 6 {' '.join(g)}", f"06 {' '.join(g)}", f"+33 (0)1 {' '.join(g)}"])
    if cc == "es":
        return r.choice([f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"])
    if cc == "it":
        return r.choice([f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"+39 06 {_d(r, 4)} {_d(r, 4)}"])
    if cc == "nl":
        return r.choice([f"+31 6 {_d(r, 8)}", f"06-{_d(r, 8)}"])
    if cc == "se":
        return f"+46 70 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
    if cc == "ch":
        return f"+41 79 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
    if cc == "pl":
        return f"+48 {r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"
    if cc == "in":
        return r.choice([f"+91 9{_d(r, 4)} {_d(r, 5)}", f"+91-98{_d(r, 8)}"])
    if cc == "jp":
        return r.choice([f"+81 90-{_d(r, 4)}-{_d(r, 4)}", f"090-{_d(r, 4)}-{_d(r, 4)}", f"03-{_d(r, 4)}-{_d(r, 4)}"])
    if cc == "cn":
        return r.choice([f"+86 138 {_d(r, 4)} {_d(r, 4)}", f"+86-10-{_d(r, 8)}"])
    if cc == "kr":
        return r.choice([f"+82 10-{_d(r, 4)}-{_d(r, 4)}", f"010-{_d(r, 4)}-{_d(r, 4)}"])
    if cc == "br":
        return r.choice([f"+55 11 9{_d(r, 4)}-{_d(r, 4)}", f"(21) 9{_d(r, 4)}-{_d(r, 4)}"])
    if cc == "mx":
        return f"+52 55 {_d(r, 4)} {_d(r, 4)}"
    if cc == "ng":
        return r.choice([f"+234 803 {_d(r, 3)} {_d(r, 4)}", f"0803 {_d(r, 3)} {_d(r, 4)}"])
    if cc == "ke":
        return f"+254 7{_d(r, 2)} {_d(r, 6)}"
    if cc == "za":
        return f"+27 82 {_d(r, 3)} {_d(r, 4)}"
    if cc == "eg":
        return f"+20 10 {_d(r, 4)} {_d(r, 4)}"
    if cc == "ae":
        return f"+971 50 {_d(r, 3)} {_d(r, 4)}"
    if cc == "tr":
        return f"+90 532 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
    if cc == "sg":
        return f"+65 9{_d(r, 3)} {_d(r, 4)}"
    if cc == "nz":
        return f"+64 21 {_d(r, 3)} {_d(r, 4)}"
    if cc == "cl":
        return f"+56 9 {_d(r, 4)} {_d(r, 4)}"
    if cc == "ar":
        return f"+54 9 11 {_d(r, 4)}-{_d(r, 4)}"
    if cc == "il":
        return f"+972 52-{_d(r, 3)}-{_d(r, 4)}"
    if cc == "ie":
        return f"+353 87 {_d(r, 3)} {_d(r, 4)}"
    raise TemplateError(cc)


PHONE_CC = ["us", "us", "us", "ca", "uk", "uk", "au", "de", "de", "fr", "es", "it", "nl", "se", "ch", "pl", "in", "jp",
            "cn", "kr", "br", "mx", "ng", "ke", "za", "eg", "ae", "tr", "sg", "nz", "cl", "ar", "il", "ie"]

DOMAINS = ["northfield.example", "chem.northfield.example", "bio.northfield.example", "phys.uni-halden.example",
           "mpi-struct.example", "inst-lyon.example", "kyoto-ri.example", "unisantos.example", "lagos-tech.example",
           "mail.example.com", "example.org", "csic-madrid.example", "eth-lab.example", "astro.example.net",
           "genomics.example.org", "ucape.example", "mail.example.net", "nus-lab.example"]


def email(rng, p: Person, domain: str | None = None, style: str | None = None) -> str:
    st = style or rng.choice(["first.last", "first.last", "flast", "f.last", "firstlast", "first_last", "lastf"])
    return f"{p.acct(rng, st, digits=0.1)}@{domain or rng.choice(DOMAINS)}"


BASE = datetime(2025, 9, 1, 6, 0, 0)


def when(rng) -> datetime:
    return BASE + timedelta(seconds=rng.randint(0, 300 * 86400), microseconds=rng.randint(0, 999999))


def iso(rng, z: bool = True, ms: bool = True) -> str:
    d = when(rng)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{d.microsecond // 1000:03d}"
    return s + ("Z" if z else "")


def sp(rng, ms: bool = False) -> str:
    d = when(rng)
    s = d.strftime("%Y-%m-%d %H:%M:%S")
    return s + (f".{d.microsecond // 1000:03d}" if ms else "")


def syslog_ts(rng) -> str:
    d = when(rng)
    return d.strftime("%b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S")


def clf_ts(rng) -> str:
    return when(rng).strftime("%d/%b/%Y:%H:%M:%S +0000")


def epoch(rng) -> int:
    return int(when(rng).timestamp())


def hexid(rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def num(rng, n: int) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def uuid(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def orcid(rng) -> str:
    digits = "0000000" + _d(rng, 8)
    tot = 0
    for c in digits:
        tot = (tot + int(c)) * 2
    chk = (12 - tot % 11) % 11
    s = digits + ("X" if chk == 10 else str(chk))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- decoys (hard negatives)

SERVICE_ACCTS = ["root", "slurm", "munge", "svc_nextflow", "svc-cryoem", "pbsadmin", "lsfadmin", "condor", "rods",
                 "lims_sched", "LIMS_ADMIN", "SYSTEM", "eln-bot", "dataverse-harvester", "globus-connect",
                 "svc_backup", "nagios", "jupyterhub", "ood-admin", "sbsuser", "nmrsu", "topspin", "softioc",
                 "bluesky", "irb-auto", "kc-workflow", "grants-sync", "oaipmh", "ci-runner", "hpc-ops", "stats-bot",
                 "INSTRUMENT01", "SEQ_PIPELINE", "AUTOVERIFY", "ppms-sync", "demux-svc", "svc_archive"]

COMPANIES = ["Hoffmann-La Roche", "Merck KGaA", "Eli Lilly and Company", "Thermo Fisher Scientific", "Carl Zeiss AG",
             "Bruker BioSpin GmbH", "Agilent Technologies", "Beckman Coulter", "Eppendorf SE", "Sartorius AG",
             "Waters Corporation", "Leica Microsystems", "Oxford Nanopore Technologies", "Bio-Rad Laboratories",
             "Johnson Matthey", "Philips Research", "Siemens Healthineers", "Hamilton Company", "Gilson Inc.",
             "Miltenyi Biotec", "Fisher Scientific UK", "Jackson Laboratory", "Charles River Laboratories",
             "Taconic Biosciences", "Boehringer Ingelheim", "Mettler Toledo", "Perkin Elmer", "Abbott Diagnostics",
             "Cold Spring Harbor Laboratory", "Sanger Institute"]

FUNDERS = ["Wellcome Trust", "Howard Hughes Medical Institute", "Bill & Melinda Gates Foundation",
           "Alfred P. Sloan Foundation", "Simons Foundation", "Marie Skłodowska-Curie Actions",
           "Alexander von Humboldt Foundation", "Max Planck Society", "Fulbright Program", "Leverhulme Trust",
           "Gordon and Betty Moore Foundation", "Chan Zuckerberg Initiative", "Carlsberg Foundation",
           "Novo Nordisk Foundation", "Kavli Foundation", "Rockefeller Foundation", "Helmholtz Association",
           "Fraunhofer-Gesellschaft", "Heising-Simons Foundation", "Burroughs Wellcome Fund"]

EPONYMS = ["Bradford assay", "Southern blot", "Western blot", "Gram stain", "Petri dish", "Kjeldahl digestion",
           "Michaelis-Menten fit", "Fischer projection", "Edman degradation", "Sanger sequencing", "Lowry assay",
           "Bunsen burner", "Erlenmeyer flask", "Büchner funnel", "Golgi staining", "Pasteur pipette",
           "Gibson assembly", "Kaplan-Meier curve", "Student's t-test", "Bonferroni correction", "Fourier transform",
           "Debye-Waller factor", "Bragg peak", "Raman shift", "Schlenk line", "Soxhlet extraction"]

PLACES = ["Victoria", "Madison", "Charlotte", "Regina", "Florence", "Alexandria", "Adelaide", "Jordan", "Georgia",
          "Sofia", "Lourdes", "Elizabeth", "Austin", "Santa Barbara", "Santiago", "Heidelberg", "Grenoble", "Hamilton",
          "Lincoln", "Eugene", "Marion", "Tyler", "Beatrice", "Augusta"]

CODE_NAMES = ["Project Athena", "Marvin", "Alexa", "Cassandra", "Julia 1.10", "Jenkins", "Ada", "Hopper", "Curie",
              "Turing", "Lovelace", "Franklin", "Kepler", "Hubble", "Darwin", "Newton", "Frontier", "Aurora",
              "Perlmutter", "Summit", "Sierra", "Polaris", "Leonardo", "Fugaku", "Archer2", "Isambard",
              "Vera C. Rubin", "Einstein", "Bohr", "Noether", "Galileo", "Meitner", "Faraday", "Mendel"]

STAR_NAMES = ["Vega", "Betelgeuse", "Bellatrix", "Aldebaran", "Capella", "Arcturus", "Rigel", "Sirius", "Altair",
              "Deneb", "Mira", "Polaris", "Castor", "Pollux", "M31", "NGC 1275", "Sgr A*", "Tabby's Star"]

TELESCOPES = ["William Herschel Telescope", "Mayall", "Hale 200-inch", "Gemini North", "Subaru", "Keck II",
              "Isaac Newton Telescope", "Nordic Optical Telescope", "Lovell Telescope", "James Clerk Maxwell Telescope"]

STATUS = ["Pending", "Approved", "Returned", "In Review", "Completed", "Failed", "Cancelled", "On Hold", "Submitted",
          "Validated", "Received", "Quarantined", "Released", "Archived", "Expired", "Draft", "Locked", "Signed"]

UI_STRINGS = ["Sample received", "Échantillon reçu", "Probe eingegangen", "Muestra recibida", "Campione ricevuto",
              "Amostra recebida", "Monster ontvangen", "Prov mottaget", "Próbka przyjęta", "サンプル受領", "样本已接收",
              "시료 접수", "Образец получен", "Näyte vastaanotettu", "Örnek alındı", "Δείγμα παραλήφθηκε",
              "Job abgeschlossen", "Tâche terminée", "Trabajo completado", "ジョブ完了", "作业已完成",
              "Datensatz veröffentlicht", "Jeu de données publié", "Conjunto de datos publicado", "Dataset gepubliceerd",
              "Antrag eingereicht", "Demande soumise", "Solicitud enviada", "申請を受け付けました", "Wniosek złożony"]

HOSTS = ["login01", "login02.hpc", "cn0142", "gpu017", "bigmem03", "dtn01.northfield.example", "slurmctld01",
         "pbs01", "lsf-master", "irods-prov01", "globus-dtn2", "lims-app02", "eln-web01", "repo-web03",
         "krios-g4-ws", "nmr600-acq", "hplc-07", "novaseq-x01", "minion-lab2", "bl8-ws-01", "ood.hpc.northfield.example"]


def pick(rng, seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- verification

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-']+(?:@|%40|%2540|\\u0040)([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
DIGRUN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
GROUPED_RE = re.compile(r"(?<!\d)(\d{4}([ -])\d{4}\2\d{4}\2\d{1,7}|\d{4}([ -])\d{6}\3\d{5})(?!\d)")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")


def _inside(spans, s, e, types):
    return any(a <= s and e <= b and t in types for a, b, t in spans)


def _ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def value_check(raw: str, typ: str):
    if typ == "EMAIL":
        v = urllib.parse.unquote(urllib.parse.unquote(raw))
        if not re.fullmatch(r"[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", v):
            raise TemplateError(f"bad email {raw!r}")
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(raw)
    elif typ == "SSN":
        d = raw.replace("-", "").replace(" ", "")
        if len(d) == 4:
            if not d.isdigit():
                raise TemplateError(raw)
        elif not (len(d) == 9 and d.isdigit() and _ssn_valid(d[:3], d[3:5], d[5:])):
            raise TemplateError(f"bad ssn {raw!r}")
    elif typ == "CREDIT_CARD":
        d = raw.replace("-", "").replace(" ", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456"):
            raise TemplateError(f"bad card {raw!r}")
    elif typ == "PHONE":
        v = urllib.parse.unquote(raw)
        d = re.sub(r"\D", "", v)
        if not (7 <= len(d) <= 15 and re.fullmatch(r"[+\d ()./\-]+", v)):
            raise TemplateError(f"bad phone {raw!r}")
    elif typ == "NAME":
        if "@" in raw or not any(c.isalpha() for c in raw):
            raise TemplateError(f"bad name {raw!r}")


def _variants(w: str) -> list[tuple[str, bool]]:
    """(form, whole-word) pairs to look for."""
    out = [(w, True), (fold(w), True)]
    for f in (pct(w), form(w), jesc_a(w), w.encode("unicode_escape").decode("ascii"),
              "".join(f"\\x{b:02x}" for b in w.encode()) if not w.isascii() else w):
        if f != w and (f, False) not in out:
            out.append((f, False))
    return out


def verify(rec: Rec) -> dict:
    text = rec.text
    spans = sorted(rec.spans)
    # span sanity
    for i, (s, e, t) in enumerate(spans):
        if not (0 <= s < e <= len(text)):
            raise TemplateError("span range")
        seg = text[s:e]
        if seg != seg.strip():
            raise TemplateError("edge whitespace")
        if i and spans[i - 1][1] > s:
            raise TemplateError("overlap")
    for (s, e, t), raw in zip(rec.spans, rec.raws):
        value_check(raw, t)
    # documents
    for kind, s, e in rec.docs:
        doc = text[s:e]
        try:
            if kind == "json":
                json.loads(doc)
            elif kind == "xml":
                ET.fromstring(doc)
            elif kind == "py":
                ast.literal_eval(doc)
            elif kind == "csv":
                rows = list(csv.reader(io.StringIO(doc)))
                if len({len(r) for r in rows if r}) != 1:
                    raise TemplateError("csv width")
            elif kind == "tsv":
                rows = [r.split("\t") for r in doc.split("\n") if r]
                if len({len(r) for r in rows}) != 1:
                    raise TemplateError("tsv width")
            elif kind == "psv":
                rows = [r.split("|") for r in doc.split("\n") if r]
                if len({len(r) for r in rows}) != 1:
                    raise TemplateError("psv width")
            else:
                raise TemplateError(kind)
        except (ValueError, SyntaxError, ET.ParseError) as ex:
            raise TemplateError(f"{kind} does not parse: {ex}\n{doc}") from ex
    # record class
    if rec.neg and (spans or rec.persons):
        raise TemplateError("negative with spans")
    if not rec.neg and not spans:
        raise TemplateError("positive without spans")
    # leak check: values outside spans
    for m in EMAIL_RE.finditer(text):
        dom = m.group(1)
        if dom.upper() == dom and not any(c.isdigit() for c in dom):
            continue  # Kerberos-style realm
        if all(c.isdigit() or c == "." for c in dom):
            continue  # user@IPv4 (JupyterHub request log): the address is checked on its own
        at = m.start(1) - 1
        if not any(a <= at and m.end() <= b and t == "EMAIL" for a, b, t in spans):
            raise Redraw(f"email outside span: {m.group(0)}")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if m.start() > 0 and text[m.start() - 1] in "/v":
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Redraw(f"ip outside span: {m.group(1)}")
    for m in IPV6_RE.finditer(text):
        g = m.group(1)
        if g.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if not _inside(spans, m.start(1), m.end(1), ("IP_ADDRESS",)):
            raise Redraw(f"ipv6 outside span: {g}")
    for m in DIGRUN_RE.finditer(text):
        if m.group(0)[0] in "23456" and luhn_ok(m.group(0)) and not _inside(spans, m.start(), m.end(), ("CREDIT_CARD",)):
            raise Redraw(f"luhn run outside span: {m.group(0)}")
    for m in GROUPED_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(1))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not _inside(spans, m.start(1), m.end(1),
                                                                                  ("CREDIT_CARD",)):
            raise Redraw(f"grouped card outside span: {m.group(1)}")
    for m in SSN_RE.finditer(text):
        if _ssn_valid(m.group(1), m.group(3), m.group(4)) and not _inside(spans, m.start(), m.end(), ("SSN",)):
            raise Redraw(f"ssn outside span: {m.group(0)}")
    # leak check: every name word of every drawn person
    for p in rec.persons:
        for w in p.words:
            for form_, whole in _variants(w):
                if len(form_) < 2:
                    continue
                flags = re.IGNORECASE if len(form_) >= 4 else 0
                if whole:
                    pat = r"(?<![^\W_])" + re.escape(form_) + r"(?![^\W_])"
                else:
                    pat = re.escape(form_)
                cands = [form_] if flags or not whole else [form_, form_.upper()]
                for c in cands:
                    p2 = pat if c == form_ else r"(?<![^\W_])" + re.escape(c) + r"(?![^\W_])"
                    for m in re.finditer(p2, text, flags):
                        if not _inside(spans, m.start(), m.end(), ("NAME", "EMAIL")):
                            raise Redraw(f"name word {w!r} ({c!r}) outside span at {m.start()}: "
                                         f"{text[max(0, m.start() - 30):m.end() + 30]!r}")
    return {"text": text, "spans": [[s, e, t] for s, e, t in spans]}
