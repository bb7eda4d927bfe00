"""Word lists and corpus statistics shared by the entity tagger and the rules.

Each language's word lists live in its home, ``lang/<code>/`` (hand-written
roles, joiners, place and organisation heads; ``common.txt``, which
``evaluation/train_ner.py`` derives from unlabelled news). Shared by all
languages and kept in ``data/``: ``word_stats.tsv`` (how each capitalised
word behaves across many articles) and the gazetteers of places and given names that
``evaluation/gazetteers.py`` derives from general-knowledge packages
(``places.tsv``, ``given_names.tsv``). Keeping them out of the tagger lets the quote and role modules
use them without loading the model.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.extract.lang import all_homes, rules_for

DATA = Path(__file__).parent / "data"


def word_list(kind: str) -> frozenset[str]:
    """Every language's words of ``kind`` (``lang/<code>/<kind>.txt``): what
    the shared tagger's features were trained on. A stage that knows the
    article's language asks ``rules_for(lang).words(kind)`` instead."""
    return all_homes(kind)


def common_words(lang: str) -> frozenset[str]:
    """Words that are written in lowercase mid-sentence in ``lang``."""
    return rules_for(lang).common


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
