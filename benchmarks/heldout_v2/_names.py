"""Person-name sources for held-out v2.

Two sources, both independent of Faker, ``names``, ``gender-guesser`` and ``wonderwords``:

* ``mimesis`` ``Person(locale, seed=...)`` for 28 Latin-script and 20 non-Latin-script locales;
* the hand-written regional lists below (written for this set), plus a few hand-written pairs in
  non-Latin scripts and particle / hyphenated constructions built on top of both sources.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from mimesis import Person as _MPerson
from mimesis.enums import Gender
from mimesis.locales import Locale

# --------------------------------------------------------------------------------------------
# Hand-written regional lists: region -> (given names, surnames, family-name-first?)
# --------------------------------------------------------------------------------------------
REGIONS: dict[str, tuple[list[str], list[str], bool]] = {
    "pacific": (
        ["Aroha", "Tāne", "Mere", "Wiremu", "Hemi", "Ngaio", "Anahera", "Rawiri", "Sione",
         "Losana", "Mele", "Tevita", "Salote", "Tavita", "Lagi", "Leilani", "Kekoa", "Kalani",
         "Noelani", "Litia", "Sefa", "Manaia", "Iosefa"],
        ["Ngata", "Te Rangi", "Tuhiwai", "Parata", "Tamihana", "Faleolo", "Tuilagi", "Fonoti",
         "Taufa", "Havili", "Fifita", "Vainikolo", "Naivalu", "Ratuva", "Kealoha", "Kahananui",
         "Mahoe", "Leota", "Sapolu", "Matagi", "Tupou"],
        False,
    ),
    "west_africa": (
        ["Adebayo", "Folasade", "Oluwaseun", "Chiamaka", "Chukwuemeka", "Ngozi", "Ifeoma",
         "Obinna", "Aminu", "Hadiza", "Kwame", "Akosua", "Kofi", "Abena", "Kwabena", "Efua",
         "Mamadou", "Awa", "Fatou", "Ousmane", "Aïssatou", "Modou", "Seydou", "Yewande", "Tunde"],
        ["Adeyemi", "Okonkwo", "Nwosu", "Eze", "Balogun", "Ogunleye", "Abubakar", "Danjuma",
         "Mensah", "Asante", "Owusu", "Boateng", "Agyeman", "Diallo", "Ndiaye", "Traoré", "Keïta",
         "Coulibaly", "Diop", "Okafor", "Adeleke", "Oyelaran", "Bakare"],
        False,
    ),
    "east_africa": (
        ["Wanjiru", "Njeri", "Kamau", "Otieno", "Achieng", "Baraka", "Zawadi", "Imani", "Amani",
         "Abebe", "Tigist", "Selamawit", "Yonas", "Hiwot", "Liban", "Ayaan", "Sagal", "Nakato",
         "Mukasa", "Wambui", "Habiba", "Dawit"],
        ["Mwangi", "Kariuki", "Odhiambo", "Onyango", "Wekesa", "Njoroge", "Chebet", "Kiprono",
         "Tesfaye", "Bekele", "Haile", "Gebremedhin", "Abdi", "Warsame", "Farah", "Ssempala",
         "Namutebi", "Mugisha", "Kimani", "Wanjala"],
        False,
    ),
    "southern_africa": (
        ["Thandiwe", "Sipho", "Nomvula", "Lwazi", "Themba", "Zanele", "Lerato", "Tshepo",
         "Kagiso", "Naledi", "Tatenda", "Rudo", "Farai", "Chipo", "Mpho", "Bongani", "Ayanda"],
        ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mokoena", "Mthembu", "Sithole", "Moyo",
         "Chikwanha", "Mutasa", "Molefe", "Motsepe", "Mabaso", "Nyathi", "Zwane"],
        False,
    ),
    "central_asia": (
        ["Dilnoza", "Jasur", "Sardor", "Nodira", "Aziza", "Timur", "Bakhyt", "Aigerim", "Nurlan",
         "Madina", "Askar", "Gulnara", "Aibek", "Cholpon", "Bermet", "Farrukh", "Zarina", "Rustam",
         "Oguljan", "Dauren", "Saule"],
        ["Karimov", "Yusupova", "Abdullaev", "Rakhimova", "Nurmagambetov", "Seitkali",
         "Zhakupova", "Omurbekov", "Asanaliev", "Rahmonov", "Saidov", "Berdiyev", "Tursunova",
         "Ismoilov", "Kenzhebekova", "Tokhtarov", "Mamyrova", "Yuldasheva"],
        False,
    ),
    "caucasus": (
        ["Nino", "Giorgi", "Tamar", "Levan", "Mariam", "Davit", "Ani", "Aram", "Anahit",
         "Hovhannes", "Narine", "Gor", "Leyla", "Elchin", "Aysel", "Rashad", "Khadizhat",
         "Ruslan", "Ketevan", "Lasha"],
        ["Beridze", "Kapanadze", "Tsiklauri", "Gelashvili", "Lomidze", "Chkheidze",
         "Hovhannisyan", "Petrosyan", "Sargsyan", "Grigoryan", "Mammadov", "Aliyeva", "Huseynov",
         "Abasova", "Javakhishvili", "Melikyan", "Guliyev"],
        False,
    ),
    "south_asia": (
        ["Aarav", "Ananya", "Ishaan", "Kavya", "Lakshmi", "Murugan", "Senthil", "Priyanka",
         "Harpreet", "Gurpreet", "Rahim", "Tahmina", "Nusrat", "Sanjida", "Chathura", "Dilani",
         "Nimal", "Sanduni", "Bishnu", "Sabina", "Pemba", "Ayesha", "Bilal", "Zoya", "Vikram",
         "Meenakshi"],
        ["Venkataraman", "Subramanian", "Chatterjee", "Bhattacharya", "Deshpande", "Kulkarni",
         "Nair", "Pillai", "Iyer", "Reddy", "Sandhu", "Gill", "Hossain", "Chowdhury", "Rahman",
         "Perera", "Jayasuriya", "Wickramasinghe", "Fernando", "Shrestha", "Gurung", "Tamang",
         "Thapa", "Qureshi", "Siddiqui", "Banerjee"],
        False,
    ),
    "southeast_asia": (
        ["Somchai", "Siriporn", "Kanya", "Anong", "Ploy", "Maricel", "Jericho", "Dewi", "Bambang",
         "Wayan", "Ketut", "Putu", "Nurul", "Hafiz", "Thiri", "Sokha", "Dara", "Rizalina",
         "Intan", "Farid"],
        ["Srisuk", "Wongsakul", "Chaiyaporn", "Suwannarat", "Dela Cruz", "Bautista", "Macaraeg",
         "Santoso", "Wijaya", "Setiawan", "Kusuma", "Hidayat", "Ismail", "Chhay", "Sokhom",
         "Manalo"],
        False,
    ),
    "vietnam": (
        ["Thị Lan", "Văn Minh", "Thanh Hương", "Quang Huy", "Ngọc Anh", "Minh Châu", "Đức Thắng",
         "Thu Trang", "Hoài An", "Bảo Long"],
        ["Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Bùi", "Đặng", "Đỗ", "Lê", "Huỳnh"],
        True,
    ),
    "indigenous_americas": (
        ["Ahanu", "Aiyana", "Kiona", "Nayeli", "Inti", "Killa", "Amaru", "Sumaq", "Ayelen",
         "Lautaro", "Millaray", "Nahuel", "Itzel", "Xochitl", "Ixchel", "Aputi", "Nuka", "Siku",
         "Chenoa", "Tayanita"],
        ["Begay", "Yazzie", "Tsosie", "Benally", "Etsitty", "Quispe", "Mamani", "Huamán",
         "Condori", "Choque", "Ticona", "Huenchullán", "Painemal", "Catrileo", "Canul", "Poot",
         "Tzul", "Kilabuk", "Nungaq", "Attakai"],
        False,
    ),
    "arabic": (
        ["Layla", "Youssef", "Omar", "Khaled", "Noor", "Rania", "Hamza", "Yara", "Tariq", "Samira",
         "Ibrahim", "Salma", "Karim", "Hind", "Bashir", "Fatima", "Mahmoud", "Reem"],
        ["Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Hamdan", "Barakat", "Qasim",
         "Al-Masri", "El-Sayed", "Al-Harbi", "Al-Farsi", "Abu Hamdan", "Ben Youssef", "Benali",
         "Chraibi", "Tazi"],
        False,
    ),
    "persian": (
        ["Shirin", "Dariush", "Roya", "Arash", "Parisa", "Kaveh", "Nasrin", "Farhad", "Golnar",
         "Siavash", "Niloufar", "Babak"],
        ["Tehrani", "Hosseini", "Moradi", "Rostami", "Jafari", "Ahmadi", "Karimi", "Ghorbani",
         "Sadeghi", "Kashani", "Mohammadi", "Shahbazi"],
        False,
    ),
    "turkish": (
        ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Mehmet", "Deniz", "Cem", "Gökhan", "Yağmur",
         "Özge", "İlker", "Serkan", "Ebru"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Koç", "Erdem"],
        False,
    ),
    "hebrew": (
        ["Noa", "Yael", "Eitan", "Avital", "Itai", "Shira", "Oren", "Moshe", "Rivka", "Yonatan",
         "Maayan", "Lior", "Tzipora"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Avraham", "Dahan", "Ben-David",
         "Azoulay", "Shapiro", "Katz", "Friedman", "Ohana"],
        False,
    ),
}

# Hand-written pairs in non-Latin scripts: (given, family, family-first?, written without space?)
SCRIPT_PAIRS: list[tuple[str, str, bool, bool]] = [
    ("ნინო", "ბერიძე", False, False), ("გიორგი", "კაპანაძე", False, False),
    ("Անի", "Պետրոսյան", False, False), ("Արամ", "Սարգսյան", False, False),
    ("נועה", "כהן", False, False), ("איתן", "לוי", False, False),
    ("अनन्या", "कुलकर्णी", False, False), ("बिष्णु", "श्रेष्ठ", False, False),
    ("செந்தில்", "முருகன்", False, False), ("สมชาย", "ศรีสุข", False, False),
    ("ศิริพร", "วงศ์สกุล", False, False), ("አበበ", "በቀለ", False, False),
    ("ትዕግስት", "ኃይሌ", False, False), ("তাহমিনা", "রহমান", False, False),
    ("නිමල්", "පෙරේරා", False, False), ("ليلى", "حداد", False, False),
    ("شیرین", "تهرانی", False, False), ("Айгерим", "Жакупова", False, False),
]

HYPHEN_GIVEN = ["Jean-Baptiste", "Anne-Sophie", "Min-jun", "Seo-yeon", "Hee-young", "Marie-Claire",
                "Klaus-Dieter", "Ji-woo", "Abdul-Rahman", "Mohamed-Amine", "Jean-Pierre",
                "Eun-ji", "Ana-María", "Hans-Jürgen"]
IRISH_SURNAMES = ["O'Sullivan", "O'Donnell", "Ní Bhriain", "Ó Súilleabháin", "Mac Giolla",
                  "McGillicuddy", "MacAonghusa", "O'Shaughnessy"]
ARABIC_STEMS = ["Rashid", "Amin", "Hashimi", "Zahrani", "Qahtani", "Mutairi", "Shami", "Tamimi"]
MALAY_GIVEN = ["Ahmad", "Siti", "Nurul", "Faizal", "Aminah", "Hakim", "Zulaikha", "Razak"]

LATIN_LOCALES = ["az", "cs", "da", "de", "de-at", "de-ch", "en", "en-au", "en-ca", "en-gb", "es",
                 "es-mx", "et", "fi", "fr", "hu", "hr", "is", "it", "nl", "nl-be", "no", "pl",
                 "pt", "pt-br", "sk", "sv", "tr"]
NONLATIN_LOCALES = ["ar-ae", "ar-dz", "ar-eg", "ar-jo", "ar-ma", "ar-sa", "ar-sy", "el", "fa",
                    "ja", "kk", "ko", "ru", "uk", "zh"]
JOINED_LOCALES = {"ja", "ko", "zh"}  # family name + given name, no space

PARTICLES = {"van", "der", "de", "la", "del", "dos", "da", "von", "bin", "binti", "al", "el",
             "te", "ter", "le", "abu", "ben", "mac", "ní", "ó", "dela"}


def up(s: str) -> str:
    """Upper-case, leaving Georgian (whose capital forms are not used in running text) unchanged."""
    return "".join(ch if "\u10a0" <= ch <= "\u10ff" or "\u1c90" <= ch <= "\u1cbf" else ch.upper() for ch in s)


@dataclass(frozen=True)
class Person:
    """A person's name with enough structure to render it in several log conventions."""
    given: str
    family: str
    family_first: bool = False
    joined: bool = False
    latin: bool = True

    def full(self) -> str:
        """The name as usually written in its own convention."""
        if self.joined:
            return self.family + self.given
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def comma(self) -> str:
        """'Family, Given' (CJK names in their own script keep their usual form)."""
        if self.joined:
            return self.full()
        return f"{self.family}, {self.given}"

    def slash(self) -> str:
        """'FAMILY/GIVEN' (PMS / travel style)."""
        if self.joined:
            return self.full()
        return up(f"{self.family}/{self.given}")

    def tokens(self) -> list[str]:
        """Name tokens (>= 3 chars, particles dropped) used for the unlabelled-mention check."""
        out = []
        for part in (self.given + " " + self.family).replace("-", " ").replace("'", " ").split():
            if len(part) >= 3 and part.lower() not in PARTICLES:
                out.append(part)
        return out


_FOLD = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
         "ß": "ss", "ə": "e", "ħ": "h"}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script name part and keep only [a-z0-9]."""
    s = s.lower()
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


def is_latin(s: str) -> bool:
    """True when every letter of ``s`` is a Latin-script letter."""
    return all("LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


class NamePool:
    """Seeded person-name generator mixing mimesis locales and the hand-written lists."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._m: dict[str, _MPerson] = {}
        for loc in LATIN_LOCALES + NONLATIN_LOCALES:
            self._m[loc] = _MPerson(Locale(loc), seed=rng.getrandbits(32))
        self._regions = sorted(REGIONS)

    def _mimesis(self, loc: str) -> Person:
        g = self.rng.choice([Gender.FEMALE, Gender.MALE])
        p = self._m[loc]
        given, family = p.first_name(gender=g), p.last_name(gender=g)
        latin = is_latin(given + family)
        joined = loc in JOINED_LOCALES
        family_first = joined or (loc == "hu" and self.rng.random() < 0.5)
        return Person(given, family, family_first, joined, latin)

    def _regional(self) -> Person:
        region = self.rng.choice(self._regions)
        givens, surnames, ff = REGIONS[region]
        return Person(self.rng.choice(givens), self.rng.choice(surnames), ff, False, True)

    def _particle(self) -> Person:
        for _ in range(20):
            p = self._particle_once()
            first = p.family.split()[0].lower()
            if len(p.family.split()) < 2 or first not in PARTICLES or p.family.split()[1].lower() not in PARTICLES:
                return p
        return p

    def _particle_once(self) -> Person:
        r = self.rng
        kind = r.randrange(9)
        if kind == 0:
            base = self._mimesis(r.choice(["nl", "nl-be"]))
            fam = r.choice(["van der ", "van ", "de ", "van den ", "ter "]) + base.family
            return Person(base.given, fam)
        if kind == 1:
            base = self._mimesis(r.choice(["es", "es-mx"]))
            fam = r.choice(["de la ", "del ", "de "]) + base.family
            if r.random() < 0.4:
                fam = base.family + " " + self._mimesis("es").family
            return Person(base.given, fam)
        if kind == 2:
            base = self._mimesis(r.choice(["pt", "pt-br"]))
            return Person(base.given, r.choice(["dos ", "da ", "das "]) + base.family)
        if kind == 3:
            base = self._mimesis(r.choice(["de", "de-at"]))
            return Person(base.given, r.choice(["von ", "von der ", "zu "]) + base.family)
        if kind == 4:
            given = r.choice(REGIONS["arabic"][0])
            return Person(given, r.choice(["al-", "Al-", "el-"]) + r.choice(ARABIC_STEMS))
        if kind == 5:
            given = r.choice(MALAY_GIVEN)
            link = "binti " if given in {"Siti", "Nurul", "Aminah", "Zulaikha"} else "bin "
            return Person(given, link + r.choice([*MALAY_GIVEN[:1], "Ismail", "Abdullah", "Yusof", "Hassan", "Osman"]))
        if kind == 6:
            base = self._mimesis(r.choice(["en-gb", "en", "en-au"]))
            return Person(base.given, r.choice(IRISH_SURNAMES))
        if kind == 7:
            base = self._mimesis(r.choice(LATIN_LOCALES))
            return Person(r.choice(HYPHEN_GIVEN), base.family)
        loc = r.choice(["de", "en-gb", "fr", "pl", "cs", "sv"])
        a, b = self._mimesis(loc), self._mimesis(loc)
        return Person(a.given, f"{a.family}-{b.family}")

    def _script(self) -> Person:
        if self.rng.random() < 0.4:
            g, f, ff, joined = self.rng.choice(SCRIPT_PAIRS)
            return Person(g, f, ff, joined, False)
        return self._mimesis(self.rng.choice(NONLATIN_LOCALES))

    def person(self, latin: bool = False, plain: bool = False) -> Person:
        """Draw one name. ``latin``: Latin script only; ``plain``: no apostrophe."""
        for _ in range(50):
            r = self.rng.random()
            if not latin and r < 0.10:
                p = self._script()
            elif r < 0.42:
                p = self._regional()
            elif r < 0.55:
                p = self._particle()
            else:
                p = self._mimesis(self.rng.choice(LATIN_LOCALES))
            if latin and not p.latin:
                continue
            if plain and ("'" in p.given + p.family):
                continue
            if p.latin and (not fold(p.given) or not fold(p.family)):
                continue
            return p
        raise RuntimeError("name pool exhausted")


ACCOUNT_STYLES = ["first.last", "flast", "firstl", "first_last", "f.last", "lastf", "firstlast",
                  "last.first", "first-last"]


def account(p: Person, rng: random.Random, style: str | None = None) -> str:
    """Lower-case login built from a Latin-script name (first.last, flast, ...)."""
    g, f = fold(p.given), fold(p.family)
    style = style or rng.choice(ACCOUNT_STYLES)
    acct = {
        "first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0],
        "first_last": f"{g}_{f}", "f.last": f"{g[0]}.{f}", "lastf": f + g[0],
        "firstlast": g + f, "last.first": f"{f}.{g}", "first-last": f"{g}-{f}",
    }[style]
    if rng.random() < 0.15:
        acct += str(rng.randrange(1, 99))
    return acct


def given_count() -> int:
    """Number of distinct hand-written given names (for the README)."""
    return len({g for gs, _, _ in REGIONS.values() for g in gs})


def surname_count() -> int:
    """Number of distinct hand-written surnames (for the README)."""
    return len({s for _, ss, _ in REGIONS.values() for s in ss})
