"""Word lists and corpus statistics shared by the entity tagger and the rules.

The lists are small text files in ``data/``: hand-written ones (roles,
joiners, place and organisation heads) and ones that
``evaluation/train_ner.py`` derives from unlabelled news (``common_*.txt``
and ``word_stats.tsv``, how each capitalised word behaves across many
articles), and the gazetteers of places and given names that
``evaluation/gazetteers.py`` derives from general-knowledge packages
(``places.tsv``, ``given_names.tsv``). Keeping them out of the tagger lets the quote and role modules
use them without loading the model.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def word_list(name: str) -> frozenset[str]:
    """A lowercase word list from ``data/<name>.txt``; empty when absent."""
    path = DATA / f"{name}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w for w in lines if w and not w.startswith("#"))


_COMMON_LANGS = ("id", "en", "de")


def common_words(lang: str) -> frozenset[str]:
    """Words that are written in lowercase mid-sentence in ``lang``."""
    base = lang.split("-")[0]
    return word_list(f"common_{base}") if base in _COMMON_LANGS else word_list("common_en")


@cache
def word_stats() -> dict[str, tuple[str, ...]]:
    """Per lowercase word, its distributional features from unlabelled news:
    how often it is capitalised mid-sentence (a bucket) and the words most
    often written just before and after it. Empty when the file is absent."""
    path = DATA / "word_stats.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            word, *feats = line.split("\t")
            out[word] = tuple(feats)
    return out


@cache
def gazetteer(name: str) -> dict[str, str]:
    """``data/<name>.tsv`` as lowercase entry -> tier; empty when absent.

    A gazetteer knows the names no corpus here shows (a small English town,
    an uncommon given name); the tier (how prominent the place, in how many
    sources the name) lets the tagger weigh a match, since many entries are
    also ordinary words or names of another type.
    """
    path = DATA / f"{name}.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            entry, _, tier = line.partition("\t")
            out[entry] = tier
    return out


@cache
def place_parts() -> frozenset[str]:
    """Words of the place names of more than one word (``salt``, ``lake``):
    a word that is not a place alone may still begin or end one."""
    return frozenset(w for entry in gazetteer("places") if " " in entry for w in entry.split())


# German writes a function as one word with what it is of (``Verkehrsminister``,
# ``GDL-Chef``, ``Bezirksstadträtin``): a word ending in a role is a role.
_ROLE_ENDINGS = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "stadtrat",
    "stadträtin",
    "vorsitzende",
    "vorsitzender",
    "bürgermeister",
    "bürgermeisterin",
    "direktor",
    "direktorin",
    "senator",
    "senatorin",
)


def is_role(word: str) -> bool:
    """Whether a word is a title or function (``data/roles.txt``), or a
    German compound ending in one."""
    low = word.lower().rstrip(".")
    if low in word_list("roles"):
        return True
    return not low.startswith("admin") and any(
        low.endswith(e) and len(low) > len(e) + 2 for e in _ROLE_ENDINGS
    )
