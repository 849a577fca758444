"""Hand-written person-name lists (written for this set) and the Person type."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

# region -> (given names, family names, probability of family-name-first order)
REGIONS: dict[str, tuple[list[str], list[str], float]] = {
    "en": (
        "James Olivia Ethan Chloe Liam Harper Noah Abigail Mason Grace Declan Imogen Rhys Tamsin Callum Bethany".split(),
        "Whitaker Brennan Holloway Prescott Caldwell Fenwick Ashford Pemberton Lockhart Dalton Thorne Radcliffe".split(),
        0.0,
    ),
    "de": (
        "Lukas Johanna Matthias Anneliese Florian Katrin Jürgen Swenja Maximilian Friederike Tobias Ulrike".split(),
        "Schäfer Hoffmann Brandt Köhler Weißmann Lindner Vogt Kästner Baumgartner Strobel Eichhorn Gößling".split(),
        0.0,
    ),
    "fr": (
        "Étienne Margaux Baptiste Solène Théo Amélie Gaspard Inès Clément Noémie Aurélien Maëlle".split(),
        "Lefèvre Moreau Girard Rousseau Chevalier Fontaine Barbier Lemaire Delacroix Marchand Perrin Gauthier".split(),
        0.0,
    ),
    "es": (
        "Alejandro Lucía Santiago Valentina Mateo Ximena Joaquín Renata Itziar Nahuel Catalina Esteban".split(),
        "Fernández Ortega Castillo Navarro Quintero Villalobos Echeverría Paredes Iturralde Cárdenas Zúñiga Arrieta".split(),
        0.0,
    ),
    "pt": (
        "João Thaís Gustavo Letícia Rafael Bruna Conceição Leandro Rayssa Thiago".split(),
        "Carvalho Albuquerque Moreira Figueiredo Teixeira Barbosa Magalhães Azevedo Nogueira Queiroz".split(),
        0.0,
    ),
    "it": (
        "Giulia Lorenzo Chiara Matteo Federica Alessandro Ginevra Raffaele".split(),
        "Bianchi Ferraro Lombardi Esposito Marchetti Galli Santoro Caruso".split(),
        0.0,
    ),
    "nl": (
        "Sanne Joost Femke Bram Maartje Thijs Lieke Wouter".split(),
        "Bakker Visser Smit Mulder Dekker Jansen Hoekstra Brouwer".split(),
        0.0,
    ),
    "nordic": (
        "Sigrid Henrik Astrid Mikkel Ingrid Oskar Freyja Aino Eero Þórdís Solveig".split(),
        "Lindqvist Johansson Halvorsen Nyström Kristiansen Virtanen Korhonen Sigurðardóttir Bjørnstad Åkesson".split(),
        0.0,
    ),
    "slavic": (
        "Agnieszka Bartosz Katarzyna Wojciech Zuzana Tomáš Jelena Dragan Małgorzata Miroslav Ivana".split(),
        "Wiśniewska Kowalczyk Zieliński Dvořák Novotná Horvat Petrović Kovačević Grabowski Šimková".split(),
        0.0,
    ),
    "hu": ("Zsófia Bence Réka Levente Dorottya Gergő".split(), "Nagy Szabó Tóth Varga Kovács Fekete".split(), 0.6),
    "tr": ("Elif Emre Zeynep Burak Ayşe Mehmet Gökhan Şeyma".split(), "Yılmaz Demir Çelik Öztürk Aydın Kaya Şahin".split(), 0.0),
    "arabic": (
        "Omar Layla Yousef Fatima Khalid Noura Tariq Amira Hamza Rania Bilal".split(),
        "Haddad Mansour Khoury Nasser Saleh Farouk Barakat Hijazi Tahan".split(),
        0.0,
    ),
    "persian": ("Dariush Shirin Kaveh Parisa Arash Golnar".split(), "Tehrani Karimi Hosseini Rahimi Moradi".split(), 0.0),
    "southasia": (
        "Priya Arjun Ananya Rohan Kavya Sandeep Lakshmi Vikram Harpreet Nusrat Tanvir Dilani".split(),
        "Raghunathan Iyer Chatterjee Deshpande Venkatesan Bhattacharya Siddiqui Gill Chowdhury Jayasuriya Hegde".split(),
        0.0,
    ),
    "eastasia": (
        "Wei Xiaoling Hiroshi Yuki Haruto Sakura Ji-woo Seo-yeon Min-jun Jiahui Kenta".split(),
        "Zhang Liu Tanaka Watanabe Nakamura Park Choi Jung Huang Yamamoto".split(),
        0.35,
    ),
    "vietnam": ("Lan Minh Hương Tuấn Thảo Quang".split(), "Nguyễn Trần Phạm Hoàng Võ Đặng".split(), 0.9),
    "seasia": (
        "Siti Arief Putri Nattapong Kanya Rizal Maricel Jericho Dewi Somchai".split(),
        "Santoso Wijaya Rahman Suksawat Reyes Bautista Gunawan Pangilinan".split(),
        0.0,
    ),
    "africa": (
        "Chinedu Ngozi Oluwaseun Amara Kwame Abena Thandiwe Sipho Wanjiru Tendai Fatoumata Moussa Tesfaye Selam "
        "Nomvula Kofi Chiamaka Babajide".split(),
        "Okonkwo Adeyemi Mensah Boateng Ndlovu Dlamini Kamau Otieno Diallo Traoré Bekele Haile Mutasa Nwosu "
        "Asante Okafor Mwangi".split(),
        0.0,
    ),
    "pacific": ("Aroha Tane Mele Sione Losa Wiremu".split(), "Ngata Tupou Faleolo Tuilagi Taufa".split(), 0.0),
    "hebrew": ("Noa Eitan Tamar Yonatan Shira".split(), "Ben-David Levi Mizrahi Peretz Avraham".split(), 0.0),
}

# surnames with particles, apostrophes and prefixes, with the region whose given names go with them
PARTICLE_SURNAMES: list[tuple[str, str]] = [
    ("van der Berg", "nl"), ("de Vries", "nl"), ("van den Heuvel", "nl"), ("ter Horst", "nl"), ("van Dijk", "nl"),
    ("von Stein", "de"), ("zu Eltz", "de"), ("von der Heyde", "de"), ("de la Fuente", "es"), ("del Río", "es"),
    ("de los Santos", "es"), ("dos Santos", "pt"), ("da Costa", "pt"), ("de Oliveira", "pt"), ("Le Goff", "fr"),
    ("de Villeneuve", "fr"), ("d'Almeida", "pt"), ("O'Sullivan", "en"), ("Ní Bhriain", "en"), ("McAllister", "en"),
    ("MacLeod", "en"), ("al-Rashid", "arabic"), ("el-Sayed", "arabic"), ("bin Abdullah", "seasia"),
    ("binti Hassan", "seasia"), ("Dela Cruz", "seasia"), ("Di Stefano", "it"), ("D'Angelo", "it"),
    ("Müller-Lüdenscheidt", "de"), ("Smith-Okafor", "en"), ("García Márquez", "es"), ("Ortuño y Vidal", "es"),
]
HYPHEN_GIVEN: list[tuple[str, str]] = [
    ("Jean-Luc", "fr"), ("Anne-Sophie", "fr"), ("Marie-Claire", "fr"), ("Hans-Jürgen", "de"), ("Karl-Heinz", "de"),
    ("Ann-Kristin", "nordic"), ("José-María", "es"), ("Mary-Kate", "en"),
]

# (given, family, romanised given, romanised family, separator, family first)
NON_LATIN: list[tuple[str, str, str, str, str, bool]] = [
    ("Дмитрий", "Волков", "dmitry", "volkov", " ", False), ("Анна", "Соколова", "anna", "sokolova", " ", False),
    ("Екатерина", "Морозова", "ekaterina", "morozova", " ", False), ("Олена", "Коваленко", "olena", "kovalenko", " ", False),
    ("Γιώργος", "Παπαδόπουλος", "giorgos", "papadopoulos", " ", False), ("Ελένη", "Νικολάου", "eleni", "nikolaou", " ", False),
    ("伟", "王", "wei", "wang", "", True), ("秀英", "李", "xiuying", "li", "", True), ("建国", "陈", "jianguo", "chen", "", True),
    ("健", "佐藤", "ken", "sato", " ", True), ("美咲", "鈴木", "misaki", "suzuki", " ", True),
    ("민준", "김", "minjun", "kim", "", True), ("서연", "이", "seoyeon", "lee", "", True),
    ("محمد", "العلي", "mohammed", "alali", " ", False), ("فاطمة", "الزهراء", "fatima", "alzahraa", " ", False),
    ("נועה", "כהן", "noa", "cohen", " ", False), ("प्रिया", "शर्मा", "priya", "sharma", " ", False),
    ("สมชาย", "ใจดี", "somchai", "jaidee", " ", False), ("ნინო", "ბერიძე", "nino", "beridze", " ", False),
    ("Արամ", "Պետրոսյան", "aram", "petrosyan", " ", False), ("கார்த்திக்", "முருகன்", "karthik", "murugan", " ", False),
    ("সুমন", "দাস", "suman", "das", " ", False), ("ሰላም", "ተስፋዬ", "selam", "tesfaye", " ", False),
]

PARTICLES = {"van", "der", "den", "de", "la", "los", "del", "dos", "da", "von", "zu", "ter", "le", "al", "el", "bin",
             "binti", "y", "di", "d", "o"}

_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                       "ı": "i", "œ": "oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _acct_part(s: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(s).lower().replace(" ", ""))


@dataclass
class Person:
    given: str
    family: str
    sep: str = " "
    fam_first: bool = False
    rg: str = ""
    rf: str = ""
    latin: bool = True
    tokens: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.rg:
            self.rg, self.rf = _acct_part(self.given), _acct_part(self.family)
        words: list[str] = []
        for part in (self.given, self.family, fold(self.given), fold(self.family), self.rg, self.rf):
            for w in re.split(r"[\s\-']+", part):
                if w and w.lower() not in PARTICLES and (len(w) >= 2 or not self.latin) and w not in words:
                    words.append(w)
        if not self.latin:
            for w in (self.given + self.sep + self.family, self.family + self.sep + self.given):
                if w not in words:
                    words.append(w)
        self.tokens = words

    # -- display forms ----------------------------------------------------------------------------
    def full(self) -> str:
        return self.family + self.sep + self.given if self.fam_first else self.given + self.sep + self.family

    def lf(self) -> str:
        """`Family, Given` (family-first names are already in that order)."""
        return f"{self.family}, {self.given}" if self.latin and not self.fam_first else self.full()

    def caps(self) -> str:
        return self.full().upper() if self.latin else self.full()

    def caps_lf(self) -> str:
        return self.lf().upper()

    def slash(self) -> str:
        """`FAMILY/GIVEN` in ASCII capitals, as on cards and tickets."""
        return f"{fold(self.family).upper()}/{fold(self.given).upper()}" if self.latin else f"{self.rf.upper()}/{self.rg.upper()}"

    def ascii_full(self) -> str:
        return fold(self.full()) if self.latin else f"{self.rg.title()} {self.rf.title()}"

    def acct(self, r: random.Random, style: str | None = None) -> str:
        g, f = self.rg.replace("-", ""), self.rf
        style = style or r.choice(["first.last", "first.last", "flast", "firstl", "f.last", "lastf", "first_last",
                                   "flast2", "first.last2", "firstlast"])
        out = {
            "first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "f.last": f"{g[0]}.{f}",
            "lastf": f"{f}{g[0]}", "first_last": f"{g}_{f}", "flast2": f"{g[0]}{f}{r.randint(1, 99)}",
            "first.last2": f"{g}.{f}{r.randint(1, 9)}", "firstlast": f"{g}{f}",
        }[style]
        return out.replace("-", "") if style in ("flast", "lastf", "firstlast") else out

    def sap_id(self) -> str:
        return (fold(self.family).upper().replace(" ", "").replace("'", "").replace("-", "")[:10]
                + fold(self.given).upper()[0]) if self.latin else (self.rf.upper() + self.rg.upper()[0])

    def email(self, r: random.Random, domain: str | None = None) -> str:
        local = self.acct(r, r.choice(["first.last", "first.last", "flast", "f.last", "first_last", "firstlast",
                                       "first.last2"]))
        if r.random() < 0.1:
            local += "+" + r.choice(["shop", "news", "work", "test"])
        return f"{local}@{domain or r.choice(DOMAINS)}"


DOMAINS = ["example.com", "example.org", "mail.example.net", "corp.example.co.uk", "gmail.com", "outlook.com",
           "yahoo.co.jp", "web.de", "gmx.de", "orange.fr", "libero.it", "naver.com", "mail.ru", "uol.com.br",
           "hotmail.es", "icloud.com", "proton.me", "acme-corp.example", "kpn.nl", "wp.pl", "seznam.cz", "qq.com"]

_REGION_WEIGHTS = {k: (3 if k in ("en", "de", "fr", "es", "africa", "southasia", "eastasia") else 2) for k in REGIONS}


def draw_person(r: random.Random, latin_only: bool = False) -> Person:
    k = r.random()
    if k < 0.1 and not latin_only:
        g, f, rg, rf, sep, ff = r.choice(NON_LATIN)
        return Person(g, f, sep, ff, rg, rf, latin=False)
    if k < 0.2:
        fam, reg = r.choice(PARTICLE_SURNAMES)
        return Person(r.choice(REGIONS[reg][0]), fam)
    if k < 0.25:
        g, reg = r.choice(HYPHEN_GIVEN)
        return Person(g, r.choice(REGIONS[reg][1]))
    regs = sorted(REGIONS)
    reg = r.choices(regs, weights=[_REGION_WEIGHTS[x] for x in regs])[0]
    gs, fs, ffp = REGIONS[reg]
    g, f = r.choice(gs), r.choice(fs)
    if reg == "vietnam":
        g = r.choice(["Thị ", "Văn ", "Minh ", ""]) + g
    if reg in ("en", "es") and r.random() < 0.15:
        f = f"{f}-{r.choice(fs)}" if reg == "en" else f"{f} {r.choice(fs)}"
    return Person(g, f, " ", r.random() < ffp)


def name_count() -> tuple[int, int]:
    g = sum(len(v[0]) for v in REGIONS.values()) + len(HYPHEN_GIVEN) + len(NON_LATIN)
    f = sum(len(v[1]) for v in REGIONS.values()) + len(PARTICLE_SURNAMES) + len(NON_LATIN)
    return g, f
