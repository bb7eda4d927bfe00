"""French: quotations and their cues (made-up text)."""

from __future__ import annotations

from reader.extract.quotes import find_quotes
from reader.extract.structure import parse_structure


def quotes_of(text: str, lang: str):
    return find_quotes(text, parse_structure(text).paragraphs, lang, [])


def test_a_french_quotation_attributed_with_an_inverted_pronoun_is_found() -> None:
    text = "Titre\n\nLa ministre a appelé au calme. « La grève est un droit », a-t-elle dit."
    (quote,) = quotes_of(text, "fr")
    assert (quote.text, quote.cue) == ("La grève est un droit", "a-t-elle dit")
