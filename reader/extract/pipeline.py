"""The extraction pipeline: structure, language, entities, quotes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from reader.extract.cjk_names import add_mentions, people_again
from reader.extract.entities import find_entities
from reader.extract.lang import rules_for
from reader.extract.latin_terms import without_latin_inside, without_latin_terms, without_terms
from reader.extract.model import EntityMention, Extraction, Quote
from reader.extract.morphology import find_analysed_names, with_analysed
from reader.extract.not_names import without_non_names
from reader.extract.quotes import find_quotes, headline_quotes
from reader.extract.structure import parse_structure


def extract(
    text: str, *, year: int | None = None, chrome: Collection[str] = frozenset()
) -> Extraction:
    """Everything the pipeline knows about one article's decoded text.

    ``chrome`` is what ``boilerplate.find_chrome`` learnt from the article's
    collection; ``year`` completes a date stated without one (``Rabu (23/6)``).
    """
    article = parse_structure(text, year=year, chrome=chrome)
    article.entities, article.quotes = understand(
        text, article.paragraphs, article.lang, article.source
    )
    return article


def understand(
    text: str, paragraphs: Sequence[tuple[int, int]], lang: str, source: str | None
) -> tuple[list[EntityMention], list[Quote]]:
    """The names and quotes of an article whose structure is known.

    An import's second phase calls this with what its first stored (the
    body's paragraphs, the language, the dateline's site), so that the
    structure is not worked out twice.
    """
    paragraphs = _extracted(text, paragraphs)
    rules = rules_for(lang)
    entities = find_entities(text, paragraphs, lang)
    # People, organisations and places in Korean, Chinese and Japanese,
    # where the Latin-script tagger found nothing: the stages the
    # language's rules name.
    for finder in rules.finders:
        found = finder(text, paragraphs, lang)
        entities = add_mentions(without_latin_inside(entities, found), found)
    entities = with_analysed(entities, find_analysed_names(text, paragraphs, lang))
    if rules.people_repeated:
        entities = add_mentions(entities, people_again(text, paragraphs, entities))
    if rules.more_people is not None:
        entities = rules.more_people(text, paragraphs, entities)
    if rules.without_words is not None:
        entities = rules.without_words(text, paragraphs, entities)
    if rules.name_opens_full_name:
        entities = _short_names_of_full_names(text, entities, rules.words("place_marks"))
    if rules.script is not None:
        entities = without_latin_terms(
            text, entities, rules.latin_not_name, person=rules.latin_person
        )
    else:
        entities = without_non_names(text, without_terms(entities), rules)
    if rules.not_names_where is not None:
        entities = rules.not_names_where(text, entities)
    entities = _source_is_an_organisation(entities, source)
    quotes = find_quotes(text, paragraphs, lang, entities)
    title = _title_line(text, paragraphs) if rules.quotes_in_title else None
    if title is not None:
        quotes = headline_quotes(text, title, paragraphs, lang, entities) + quotes
    return entities, quotes


# A title is a line this long at most; a longer one above the body is text.
_TITLE_LONGEST = 200


def _title_line(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The line right above the body's first paragraph, the title
    (``rules.quotes_in_title``); None when the body opens the text."""
    if not paragraphs:
        return None
    end = paragraphs[0][0]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end <= start or end - start > _TITLE_LONGEST:
        return None
    return start, end


def _short_names_of_full_names(
    text: str, entities: Sequence[EntityMention], place_marks: Collection[str]
) -> list[EntityMention]:
    """A person's name written alone that opens exactly one longer name the
    article gave takes that name's key (``浅田`` in an article on
    ``浅田真央``), as the Latin-script stages give a surname alone its full
    name's key; opening two (``浅田真央`` and ``浅田舞``), it stays as written.
    A place's name that opens one is that person's family name, which the
    dictionary knows as a place (``国分`` after ``国分太一``, ``浜田`` after
    ``浜田雅功``): a person too, unless the article writes it as a place
    somewhere (``福島で``, ``福島県``: ``place_marks``), as news does that
    names a prefecture and a person of the same family name."""
    people = {m.key for m in entities if m.type == "PER"}
    placed: dict[str, bool] = {}
    out = []
    for m in entities:
        if m.type in ("PER", "LOC"):
            longer = [k for k in people if len(k) > len(m.key) and k.startswith(m.key)]
            if len(longer) == 1 and m.type == "LOC":
                if m.key not in placed:
                    placed[m.key] = _written_as_place(text, m.key, entities, place_marks)
                if placed[m.key]:
                    longer = []
            if len(longer) == 1:
                m = replace(m, key=longer[0], type="PER")
        out.append(m)
    return out


def _written_as_place(
    text: str, name: str, entities: Sequence[EntityMention], marks: Collection[str]
) -> bool:
    """Whether ``name``, a place's key (``宮崎`` of ``宮崎県``), stands
    anywhere in ``text`` before one of ``marks``, outside a person's name
    (``福島瑞穂`` is no ``福島`` written alone)."""
    people = [(m.start, m.end) for m in entities if m.type == "PER"]
    ends = tuple(marks)
    at = text.find(name)
    while at >= 0:
        inside = any(start <= at < end for start, end in people)
        if not inside and text.startswith(ends, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


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
