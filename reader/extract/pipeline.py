"""The extraction pipeline: structure, language, entities, quotes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from reader.extract.cjk_names import add_mentions
from reader.extract.entities import find_entities
from reader.extract.lang import rules_for
from reader.extract.latin_terms import without_latin_terms, without_terms
from reader.extract.model import EntityMention, Extraction
from reader.extract.morphology import find_analysed_names, with_analysed
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
    paragraphs = _extracted(text, article.paragraphs)
    article.entities = find_entities(text, paragraphs, article.lang)
    # People, organisations and places in Korean, Chinese and Japanese,
    # where the Latin-script tagger found nothing: the stages the
    # language's rules name.
    for found in rules_for(article.lang).finders:
        article.entities = add_mentions(article.entities, found(text, paragraphs, article.lang))
    article.entities = with_analysed(
        article.entities, find_analysed_names(text, paragraphs, article.lang)
    )
    if rules_for(article.lang).script is not None:
        article.entities = without_latin_terms(text, article.entities)
    else:
        article.entities = without_terms(article.entities)
    article.entities = _source_is_an_organisation(article.entities, article.source)
    article.quotes = find_quotes(text, paragraphs, article.lang, article.entities)
    return article


# Characters of body text read for entities and quotes. A news article is
# tens of thousands; a file of millions (a dump, a book) is stored and
# searchable whole, but finding its names would take a worker's memory into
# the gigabytes (800 MB for 12 MB of text) for a list nobody reads.
EXTRACTED_CHARS = 1_000_000


def _extracted(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The body paragraphs that entities and quotes are looked for in: those
    of the first ``EXTRACTED_CHARS`` characters of body, the last one cut
    at a space (not inside a word, which would make a name of its half)."""
    out: list[tuple[int, int]] = []
    left = EXTRACTED_CHARS
    for start, end in paragraphs:
        if end - start > left:
            # Scripts written without spaces are cut where the count ends.
            cut = text.rfind(" ", start, start + left)
            out.append((start, cut if cut > start else start + left))
            break
        out.append((start, end))
        left -= end - start
    return out


def _source_is_an_organisation(
    entities: Sequence[EntityMention], source: str | None
) -> list[EntityMention]:
    """The site a dateline names (``Bandung, Kabarkota.id -``) is a news
    organisation, whatever the tagger took its name for."""
    if not source:
        return list(entities)
    names = {source, source.split(".")[0]}
    return [replace(m, type="ORG") if m.text in names and m.type != "ORG" else m for m in entities]
