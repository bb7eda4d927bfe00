"""The extraction pipeline: structure, language, entities, quotes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from reader.extract.cjk_names import add_mentions, find_cjk_names
from reader.extract.cjk_places import find_cjk_places
from reader.extract.entities import find_entities
from reader.extract.korean_orgs import find_korean_organisations
from reader.extract.language import detect_language
from reader.extract.model import EntityMention, Extraction
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
    # People, organisations and places in Korean, Chinese and Japanese,
    # where the Latin-script tagger found nothing.
    for found in (find_cjk_names, find_korean_organisations, find_cjk_places):
        article.entities = add_mentions(
            article.entities, found(text, article.paragraphs, article.lang)
        )
    article.entities = _source_is_an_organisation(article.entities, article.source)
    article.quotes = find_quotes(text, article.paragraphs, article.lang, article.entities)
    return article


def _source_is_an_organisation(
    entities: Sequence[EntityMention], source: str | None
) -> list[EntityMention]:
    """The site a dateline names (``Bandung, Kabarkota.id -``) is a news
    organisation, whatever the tagger took its name for."""
    if not source:
        return list(entities)
    names = {source, source.split(".")[0]}
    return [replace(m, type="ORG") if m.text in names and m.type != "ORG" else m for m in entities]
