"""Segment builder, value generators, decoys and the verifier of pack_u.

Text and spans are built together: a record is a list of segments, each plain or labelled with a type.
Encoders (JSON string escaping, percent/form encoding, XML escaping, Python literals) are applied per
segment, so a labelled value keeps its span in its escaped form.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import quote, quote_plus, unquote

import names as N

TYPES = ("NAME", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IP_ADDRESS")


# --------------------------------------------------------------------------------------------- segments
class R:
    """A record or a document under construction: a list of (text, type-or-None) segments."""

    def __init__(self, *parts):
        self.segs: list[tuple[str, str | None]] = []
        self.add(*parts)

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                if p:
                    self.segs.append((p, None))
            elif isinstance(p, V):
                self.segs.append((p.s, p.typ))
            elif isinstance(p, R):
                self.segs.extend(p.segs)
            else:
                raise TypeError(type(p))
        return self

    __call__ = add

    def v(self, s, typ):
        self.segs.append((s, typ))
        return self

    def enc(self, fn) -> R:
        out = R()
        out.segs = [(fn(s), t) for s, t in self.segs]
        return out

    def render(self):
        text, spans, pos = [], [], 0
        for s, t in self.segs:
            if t is not None:
                spans.append([pos, pos + len(s), t])
            text.append(s)
            pos += len(s)
        return "".join(text), spans

    def text(self):
        return "".join(s for s, _ in self.segs)

    def has_spans(self):
        return any(t for _, t in self.segs)


class V:
    """A labelled value."""

    __slots__ = ("s", "typ")

    def __init__(self, s, typ):
        self.s, self.typ = s, typ


def NM(s):
    return V(s, "NAME")


def EM(s):
    return V(s, "EMAIL")


def PH(s):
    return V(s, "PHONE")


def IP(s):
    return V(s, "IP_ADDRESS")


def SS(s):
    return V(s, "SSN")


def CC(s):
    return V(s, "CREDIT_CARD")


class S:
    """A string value made of several parts (plain, V or R), for JSON/XML/literal writers."""

    def __init__(self, *parts):
        self.parts = parts

    def r(self) -> R:
        return R(*self.parts)


def as_r(x) -> R:
    if isinstance(x, R):
        return x
    if isinstance(x, S):
        return x.r()
    return R(x)


# --------------------------------------------------------------------------------------------- encoders
def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def pct(s):
    return quote(s, safe="")


def form(s):
    return quote_plus(s, safe="")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def json_str(x, ascii_=False) -> R:
    return R('"', as_r(x).enc(lambda s: jesc(s, ascii_)), '"')


def J(obj, indent=None, compact=False, ascii_=False, check=True) -> R:
    """Serialise obj (dicts, lists, scalars, V, S, R) as JSON with labelled leaves."""
    out = R()
    sep_item = "," if (compact or indent is not None) else ", "
    sep_kv = ":" if compact else ": "

    def w(o, lvl):
        nl = "\n" + " " * (indent * (lvl + 1)) if indent is not None else ""
        end = "\n" + " " * (indent * lvl) if indent is not None else ""
        if isinstance(o, dict):
            if not o:
                out.add("{}")
                return
            out.add("{")
            for k, (key, val) in enumerate(o.items()):
                if k:
                    out.add(sep_item)
                out.add(nl, json.dumps(key, ensure_ascii=ascii_), sep_kv)
                w(val, lvl + 1)
            out.add(end, "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                out.add("[]")
                return
            out.add("[")
            for k, val in enumerate(o):
                if k:
                    out.add(sep_item)
                out.add(nl)
                w(val, lvl + 1)
            out.add(end, "]")
        elif isinstance(o, (V, S, R)) or isinstance(o, str):
            out.add(json_str(o, ascii_))
        elif isinstance(o, Num):
            out.add(R(o.v) if isinstance(o.v, V) else o.v)
        else:
            out.add(json.dumps(o))

    w(obj, 0)
    if check:
        json.loads(out.text())
    return out


class Num:
    """A bare (unquoted) JSON number that is labelled, e.g. an MSISDN written as a number."""

    def __init__(self, v):
        self.v = v


def X(x) -> R:
    """XML-escaped text of a value."""
    return as_r(x).enc(xesc)


def check_xml(r: R) -> R:
    ET.fromstring(r.text())
    return r


def pylit(x) -> R:
    """A Python string literal with labelled parts (repr-like quote choice)."""
    r = as_r(x)
    t = r.text()
    q = '"' if ("'" in t and '"' not in t) else "'"
    body = r.enc(lambda s: s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n"))
    return R(q, body, q)


def check_py(r: R) -> R:
    ast.literal_eval(r.text())
    return r


def uesc(s):
    """Escape non-ASCII as \\uXXXX (as some log writers do)."""
    return json.dumps(s, ensure_ascii=True)[1:-1]


# --------------------------------------------------------------------------------------------- persons
def slug(s):
    s = N.fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


class Person:
    def __init__(self, given, family, order="gf", native=None, female=False, trad=""):
        self.given, self.family, self.order, self.female, self.trad = given, family, order, female, trad
        self.native = native  # (ngiven, nfamily, norder, lang) or None

    # display forms ---------------------------------------------------------------------------
    def full(self, native_ok=True):
        if self.native and native_ok:
            ng, nf, no, lang = self.native
            if lang in ("ja", "zh", "zh_tw", "ko"):
                return nf + ng
            return f"{nf} {ng}" if no == "fg" else f"{ng} {nf}"
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def gf(self):
        return f"{self.given} {self.family}"

    def first(self, native_ok=True):
        if self.native and native_ok:
            return self.native[0]
        return self.given

    def last(self, native_ok=True):
        if self.native and native_ok:
            return self.native[1]
        return self.family

    def last_first(self):
        return f"{self.family}, {self.given}"

    def upper(self):
        return self.gf().upper()

    def slash(self):
        return f"{N.fold(self.family).upper().replace(' ', '')}/{N.fold(self.given).upper().replace(' ', '')}"

    def init_family(self):
        return f"{self.given[0]}. {self.family}"

    def under(self):
        return f"{N.fold(self.given).replace(' ', '_')}_{N.fold(self.family).replace(' ', '_')}"

    # accounts ---------------------------------------------------------------------------------
    def acct(self, rng, style=None, digits=None):
        g, f = slug(self.given), slug(self.family)
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last", "flast"])
        a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
             "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}"}[style]
        if digits is None:
            digits = rng.random() < 0.25
        if digits:
            a += str(rng.choice([1, 2, 3, 7, 12, 21, 88, 90, 2]))
        return a

    def email(self, rng, domain=None):
        return f"{self.acct(rng, rng.choice(['first.last', 'flast', 'first_last', 'firstl', 'f.last', 'first.last']))}@{domain or rng.choice(DOMAINS)}"

    def words(self):
        ws = set()
        for part in (self.given, self.family):
            for w in re.split(r"[\s\-]+", part):
                w = w.strip("'")
                if w and w.lower() not in N.PARTICLES and len(w) > 1:
                    ws.add(w)
                    # O'Sullivan, d'Aubigné -> also the part after the apostrophe
                    if "'" in w:
                        ws.add(w.split("'")[-1])
        if self.native:
            ws.add(self.native[0])
            ws.add(self.native[1])
        return ws


def draw_person(rng, native_p=0.12) -> Person:
    if rng.random() < native_p:
        lang, ng, nf, rg, rf, no = rng.choice(N.NATIVE)
        order = "fg" if (lang in ("ja", "zh", "zh_tw", "ko") and rng.random() < 0.5) else "gf"
        return Person(rg, rf, order, native=(ng, nf, no, lang), trad=lang)
    t = rng.choice(N.TRADITIONS)
    code, _region, order, males, females, fams, rule = t
    female = rng.random() < 0.5
    given = rng.choice((females if female else males).split("|"))
    family = rng.choice(fams.split("|"))
    if female:
        family = N.female_surname(rule, family)
    if order == "mix":
        order = "fg" if rng.random() < 0.5 else "gf"
    return Person(given, family, order, female=female, trad=code)


# --------------------------------------------------------------------------------------------- values
DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mlops.example", "datacraft.example",
           "lab.example.edu", "inbox.example", "post.example", "acme-ai.example", "research.example.org"]


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, fmt=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        d = luhn_complete("4" + str(rng.randrange(10)), 16, rng)
    elif kind == "mc":
        d = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        d = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == "amex":
        d = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif kind == "disc":
        d = luhn_complete("6011", 16, rng)
    else:
        d = luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    fmt = fmt or rng.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, fmt="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def last4(rng):
    return f"{rng.randint(1, 9999):04d}"


def ipv4(rng):
    k = rng.randrange(7)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 4:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 5:
        return f"203.0.113.{rng.randint(1, 254)}"
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice(["2001:db8", "fd12:3456"])
    groups = [f"{rng.randrange(1, 65536):x}" for _ in range(rng.choice([2, 3, 4]))]
    return pre + ":" + f"{rng.randrange(65536):x}" + "::" + ":".join(groups)


def ip(rng, v6p=0.15):
    return ipv6(rng) if rng.random() < v6p else ipv4(rng)


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, form_=None, plan=None):
    """A phone number of one of 24 plans, in E.164, E.164 without +, international, 00 or national form."""
    plan = plan or rng.choice(list(PLANS))
    cc, groups, trunk = PLANS[plan](rng)
    form_ = form_ or rng.choice(["e164", "intl", "intl", "nat", "nat", "plain", "00"])
    digits = "".join(groups)
    if form_ == "e164":
        return f"+{cc}{digits}"
    if form_ == "plain":
        return f"{cc}{digits}"
    if form_ == "00":
        return f"00{cc} {' '.join(groups)}"
    if form_ == "intl":
        return f"+{cc} {' '.join(groups)}"
    if plan == "us":
        return rng.choice([f"({groups[0]}) {groups[1]}-{groups[2]}", f"{groups[0]}-{groups[1]}-{groups[2]}",
                           f"{groups[0]}.{groups[1]}.{groups[2]}"])
    if plan in ("jp", "kr"):
        return trunk + "-".join(groups)
    if plan == "br":
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    return trunk + " ".join(groups)


PLANS = {
    "us": lambda r: ("1", [r.choice(["212", "415", "312", "617", "206", "512", "303", "404"]), "555",
                           "01" + _d(r, 2)], ""),
    "gb": lambda r: ("44", ["7700", "900" + _d(r, 3)], "0"),
    "de": lambda r: ("49", [r.choice(["151", "160", "170", "176"]), _d(r, 4), _d(r, 4)], "0"),
    "fr": lambda r: ("33", [r.choice(["6", "7"]), _d(r, 2), _d(r, 2), _d(r, 2), _d(r, 2)], "0"),
    "in": lambda r: ("91", [r.choice(["98", "97", "88", "70"]) + _d(r, 3), _d(r, 5)], "0"),
    "jp": lambda r: ("81", [r.choice(["90", "80", "70"]), _d(r, 4), _d(r, 4)], "0"),
    "br": lambda r: ("55", [r.choice(["11", "21", "31", "41"]), "9" + _d(r, 4), _d(r, 4)], "0"),
    "au": lambda r: ("61", ["491", "57" + _d(r, 1), _d(r, 3)], "0"),
    "ng": lambda r: ("234", [r.choice(["803", "806", "813", "905"]), _d(r, 3), _d(r, 4)], "0"),
    "kr": lambda r: ("82", ["10", _d(r, 4), _d(r, 4)], "0"),
    "mx": lambda r: ("52", [r.choice(["55", "33", "81"]), _d(r, 4), _d(r, 4)], ""),
    "es": lambda r: ("34", ["6" + _d(r, 2), _d(r, 3), _d(r, 3)], ""),
    "it": lambda r: ("39", ["3" + _d(r, 2), _d(r, 3), _d(r, 4)], ""),
    "nl": lambda r: ("31", ["6", _d(r, 8)], "0"),
    "za": lambda r: ("27", [r.choice(["82", "83", "72", "61"]), _d(r, 3), _d(r, 4)], "0"),
    "sg": lambda r: ("65", [r.choice(["8", "9"]) + _d(r, 3), _d(r, 4)], ""),
    "ke": lambda r: ("254", ["7" + _d(r, 2), _d(r, 3), _d(r, 3)], "0"),
    "ph": lambda r: ("63", ["9" + _d(r, 2), _d(r, 3), _d(r, 4)], "0"),
    "cn": lambda r: ("86", ["1" + r.choice(["38", "39", "50", "86"]), _d(r, 4), _d(r, 4)], ""),
    "pl": lambda r: ("48", [r.choice(["5", "6", "7"]) + _d(r, 2), _d(r, 3), _d(r, 3)], ""),
    "se": lambda r: ("46", ["7" + r.choice(["0", "2", "3"]), _d(r, 3), _d(r, 2), _d(r, 2)], "0"),
    "tr": lambda r: ("90", ["5" + _d(r, 2), _d(r, 3), _d(r, 2), _d(r, 2)], "0"),
    "eg": lambda r: ("20", ["1" + r.choice(["0", "1", "2"]), _d(r, 4), _d(r, 4)], "0"),
    "ar": lambda r: ("54", ["9", "11", _d(r, 4), _d(r, 4)], "0"),
}


def hexid(rng, n=12):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def ts(rng, fmt="iso"):
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    y = rng.choice([2024, 2025])
    if fmt == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
    if fmt == "sp":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
    if fmt == "spd":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{ms:03d}"
    if fmt == "syslog":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
    if fmt == "clf":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    if fmt == "date":
        return f"{y}-{mo:02d}-{d:02d}"
    if fmt == "epoch":
        return str(rng.randint(1704067200, 1767225599))
    if fmt == "glog":
        return f"{mo:02d}{d:02d} {h:02d}:{mi:02d}:{s:02d}.{ms:03d}{rng.randint(100, 999)}"
    raise ValueError(fmt)


# --------------------------------------------------------------------------------------------- decoys
SERVICE_ACCTS = ["svc-feast-materializer", "airflow", "mlflow-tracking", "jupyter", "triton", "ray",
                 "label-studio-bot", "dbt_cloud_runner", "system:serviceaccount:kubeflow:pipeline-runner",
                 "svc_llm_gateway", "eval-harness", "root", "nobody", "SYSTEM", "datahub-ingestion", "kserve",
                 "sagemaker-execution", "sa-batch-scoring", "annotation-sync", "prefect-worker", "rag-indexer",
                 "svc_vector_upsert", "notebook-reaper", "ci-runner", "renovate[bot]", "github-actions[bot]",
                 "wandb-agent", "spark", "hdfs", "trainer-svc", "guardrails-bot", "svc_featurestore",
                 "model-monitor", "ETL_BATCH", "DATAOPS_SCHED", "admin", "anonymous", "api-key:prod-batch"]
COMPANIES = ["Johnson & Johnson", "Morgan Stanley", "Goldman Sachs", "Ernst & Young", "Dell Technologies",
             "Ferrari N.V.", "Ford Motor Company", "Siemens Healthineers", "Philips Research", "Bosch Rexroth",
             "McKinsey & Company", "Deloitte", "Kellogg Company", "Procter & Gamble", "Boeing",
             "Walt Disney Studios", "Hewlett Packard Enterprise", "Wells Fargo", "Merrill Lynch",
             "Charles Schwab", "Tata Consultancy Services", "Mahindra Group", "Hyundai Mobis", "Suzuki Motor",
             "Mitsubishi Electric", "Nestlé Research", "Carrefour", "Heineken", "Barilla", "Roche Diagnostics",
             "Dyson", "Rolls-Royce", "Porsche Digital", "Siemens Mobility", "Zeiss", "Renault Group"]
PRODUCTS = ["Claude", "Gemini", "Llama", "Mistral", "Falcon", "Ada", "Davinci", "Curie", "Babbage", "Alpaca",
            "Vicuna", "Dolly", "Gemma", "Orca", "Olmo", "Granite", "Nemotron", "Jamba", "Jarvis", "Alexa", "Siri",
            "Cortana", "Ernie", "Watson", "Julia", "Kedro", "Luigi", "Dagster", "Prefect", "Marvin", "Rasa",
            "Jasper", "Colab", "Hex", "Sage", "Aria", "Nova", "Iris", "Atlas", "Athena", "Hermes", "Phoenix",
            "Sophia", "Pepper", "Tessa", "Eliza", "Clippy", "Einstein"]
PLACES = ["Victoria", "Sydney", "Florence", "Georgia", "Savannah", "Madison", "Jordan", "Lincoln", "Austin",
          "Adelaide", "Charlotte", "Regina", "Eugene", "Chelsea", "Paris", "Sofia", "Orlando", "Alexandria",
          "Santiago", "Lourdes", "Valencia", "Augusta", "Helena", "Marion"]
STATUS = ["Succeeded", "Failed", "Pending", "Running", "Queued", "Skipped", "Up For Retry", "Upstream Failed",
          "Ready", "Archived", "Staging", "Production", "None", "Completed", "Cancelled", "Draft", "Approved",
          "Rejected", "In Review", "Deprecated"]
UI_STRINGS = ["Create New Project", "Model Registry", "Run Details", "Compare Runs", "Feature View",
              "Sign In With SSO", "Label All Tasks", "Submit Annotation", "Skip Task", "Export Results",
              "Open In Colab", "Restart Kernel", "Clear All Outputs", "Deploy To Endpoint", "View Lineage",
              "Request Access", "Regenerate Response", "Copy To Clipboard", "Thumbs Up", "New Chat",
              "Stop Generating", "Upload Dataset", "Add Data Source", "Schedule Run", "Mark As Reviewed"]
UI_I18N = ["Modell wird geladen", "Entraînement terminé", "Entrenamiento completado", "モデルを読み込み中",
           "模型加载完成", "학습 완료", "Обучение завершено", "Treinamento concluído", "Addestramento completato",
           "Trening zakończony", "Model yüklendi", "تم تحميل النموذج", "मॉडल लोड हो गया", "Malli ladattu",
           "Modellen har laddats", "Model geladen", "Trénink dokončen", "Το μοντέλο φορτώθηκε",
           "Mô hình đã được tải", "โหลดโมเดลแล้ว", "Anotación guardada", "Annotation enregistrée",
           "Änderungen gespeichert", "保存しました", "已提交标注", "Modelo publicado", "Etykieta zapisana",
           "Kayıt başarılı", "Сохранено", "Lưu thành công"]
MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet", "llama-3.1-70b-instruct", "mistral-large-2407",
          "gemini-1.5-pro", "qwen2.5-72b", "command-r-plus", "phi-3-medium", "mixtral-8x7b", "text-embedding-3-small",
          "bge-large-en-v1.5", "e5-mistral-7b", "granite-3-8b", "olmo-2-13b"]


# --------------------------------------------------------------------------------------------- context
class Ctx:
    """Draws for one record; remembers the persons drawn (for the leak check)."""

    def __init__(self, rng, negative=False):
        self.rng, self.negative, self.persons = rng, negative, []

    def person(self, native_p=0.12):
        if self.negative:
            raise AssertionError("negative record drew a person")
        p = draw_person(self.rng, native_p)
        self.persons.append(p)
        return p

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def ri(self, a, b):
        return self.rng.randint(a, b)


# --------------------------------------------------------------------------------------------- verifier
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
LEAK_EMAIL = re.compile(r"[A-Za-z0-9._+\-]+(?:@|%40|%2540|\\u0040)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
LEAK_IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
LEAK_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
LEAK_DIGITS = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")


def _card_prefix(d):
    return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720 or d[:2] in ("34", "37")
            or d[:4] == "6011" or d[:2] == "65" or 3528 <= int(d[:4]) <= 3589)


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v, typ):
    if v != v.strip() or not v:
        return "edge whitespace"
    if typ == "EMAIL":
        u = unquote(unquote(v)) if "%" in v else v
        u = u.replace("\\u0040", "@")
        if not EMAIL_RE.match(u):
            return f"bad email {v!r}"
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return f"bad ip {v!r}"
    elif typ == "SSN":
        if re.fullmatch(r"\d{4}", v):
            return None
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
        if not m or not ssn_valid(*m.groups()):
            return f"bad ssn {v!r}"
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]|%20|\+", "", v)
        if not d.isdigit() or not luhn_ok(d) or len(d) not in (15, 16) or not _card_prefix(d):
            return f"bad card {v!r}"
    elif typ == "PHONE":
        u = v.replace("%2B", "+").replace("%20", " ")
        if not re.fullmatch(r"[+0-9 ().\-]+", u):
            return f"bad phone chars {v!r}"
        n = len(re.sub(r"\D", "", u))
        if not 7 <= n <= 15:
            return f"bad phone length {v!r}"
    elif typ == "NAME":
        if "@" in v or not any(c.isalpha() for c in v):
            return f"bad name {v!r}"
    else:
        return f"bad type {typ}"
    return None


def _covered(spans, s, e, types):
    return any(a <= s and e <= b and t in types for a, b, t in spans)


def _overlaps(spans, s, e, types):
    return any(a < e and s < b and t in types for a, b, t in spans)


def word_forms(w):
    forms = {w, N.fold(w)}
    for x in list(forms):
        forms.add(pct(x))
        forms.add(form(x))
        forms.add(uesc(x))
        forms.add("".join(f"\\x{b:02x}" if b > 127 else chr(b) for b in x.encode("utf-8")))
    return {f for f in forms if f}


def verify(text, spans, ctx) -> list[str]:
    errs = []
    last = -1
    for s, e, t in sorted(spans):
        if not (0 <= s < e <= len(text)):
            errs.append("span out of range")
            continue
        if s < last:
            errs.append("overlap")
        last = e
        m = check_value(text[s:e], t)
        if m:
            errs.append(m)
    if ctx.negative and spans:
        errs.append("negative has spans")
    if not ctx.negative and not spans:
        errs.append("positive without spans")
    # values outside spans
    for m in LEAK_EMAIL.finditer(text):
        local = re.split(r"@|%40|%2540|\\u0040", m.group(0))[0]
        if local.isdigit():
            continue
        if not _overlaps(spans, m.start(), m.end(), ("EMAIL",)):
            errs.append(f"email leak {m.group(0)!r}")
    for m in LEAK_IP.finditer(text):
        try:
            ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        if not _covered(spans, m.start(), m.end(), ("IP_ADDRESS",)):
            errs.append(f"ip leak {m.group(0)!r}")
    for m in LEAK_SSN.finditer(text):
        if ssn_valid(*m.groups()) and not _covered(spans, m.start(), m.end(), ("SSN", "PHONE")):
            errs.append(f"ssn leak {m.group(0)!r}")
    for m in LEAK_DIGITS.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        for L in (15, 16):
            for i in range(0, len(d) - L + 1):
                sub = d[i:i + L]
                if luhn_ok(sub) and _card_prefix(sub) and not _overlaps(spans, m.start(), m.end(),
                                                                        ("CREDIT_CARD", "PHONE")):
                    errs.append(f"card-like leak {m.group(0)!r}")
                    break
    # every name word of every drawn person must sit inside a NAME or EMAIL span
    low = text.lower()
    for p in ctx.persons:
        for w in p.words():
            for f in word_forms(w):
                fl = f.lower()
                ascii_word = all(ord(c) < 128 for c in fl)
                start = 0
                while True:
                    i = low.find(fl, start)
                    if i < 0:
                        break
                    j = i + len(fl)
                    start = i + 1
                    if ascii_word:
                        before = low[i - 1] if i else " "
                        after = low[j] if j < len(low) else " "
                        pct_before = i >= 3 and low[i - 3] == "%" and re.fullmatch(r"[0-9a-f]{2}", low[i - 2:i])
                        esc_before = i >= 6 and re.fullmatch(r"\\u[0-9a-f]{4}", low[i - 6:i])
                        if before.isalnum() and before.isascii() and not (pct_before or esc_before):
                            continue
                        if after.isalnum() and after.isascii():
                            continue
                        if unicodedata.category(before)[0] == "L" or unicodedata.category(after)[0] == "L":
                            continue
                    if not _covered(spans, i, j, ("NAME", "EMAIL")):
                        errs.append(f"name word leak {f!r} at {i}")
    return errs


def variant(c, p, kinds=("full", "full", "gf", "last_first", "upper", "init")):
    """One written form of a person's whole name."""
    k = c.ch(kinds)
    if k == "full":
        return p.full()
    if k == "gf":
        return p.gf()
    if k == "last_first":
        return p.last_first()
    if k == "upper":
        return p.upper()
    if k == "init":
        return p.init_family()
    if k == "slash":
        return p.slash()
    if k == "under":
        return p.under()
    if k == "first":
        return p.first()
    if k == "lower":
        return N.fold(p.gf()).lower()
    raise ValueError(k)
