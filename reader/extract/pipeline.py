"""The extraction pipeline: structure, language, entities, quotes."""

from __future__ import annotations

from collections.abc import Collection

from reader.extract.cjk_names import add_cjk_names, add_mentions
from reader.extract.entities import find_entities
from reader.extract.korean_orgs import find_korean_organisations
from reader.extract.language import detect_language
from reader.extract.model import Extraction
from reader.extract.quotes import find_quotes
from reader.extract.structure import parse_structure


def extract(
    text: str, *, year: int | None = None, chrome: Collection[str] = frozenset()
) -> Extraction:
    """Everything the pipeline knows about one article's decoded text.

    ``chrome`` is what ``boilerplate.find_chrome`` learnt from the article's
    collection; ``year`` completes a date stated without one (``Rabu (23/6)``).
    """
    article = parse_structure(text, year=year, chrome=chrome)
    article.lang = detect_language(article.body(text) or article.title)
    article.entities = find_entities(text, article.paragraphs, article.lang)
    article.entities = add_cjk_names(text, article.paragraphs, article.lang, article.entities)
    article.entities = add_mentions(
        article.entities, find_korean_organisations(text, article.paragraphs, article.lang)
    )
    article.quotes = find_quotes(text, article.paragraphs, article.lang, article.entities)
    return article
