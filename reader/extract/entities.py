"""Named entities (people, organisations, places) with character offsets.

``reader.extract.tagger`` finds the names: it looks only at capitalised
tokens and the small words that join them, and tags each run of them with a
Viterbi-decoded perceptron trained on Indonesian NER gold
(``evaluation/train_ner.py``). Scoring a few dozen candidate tokens per
article, and decoding a run seen before in the same words only once, is what
keeps extraction near a millisecond per article.

Rules then do what a tagger cannot learn from single sentences: a title in
front of a name becomes the mention's ``role``, an acronym the article pairs
with its long form takes the long form's key, a surname alone takes the key
of the full name the article used, and days, months, pronouns, roles and
institution heads on their own are dropped, as is a single word capitalised
only because it opens a sentence (``Robot``, ``Les``). A name ending in a
company word is an organisation. Korean, Japanese and Chinese text yields
only its Latin-script names; German, which capitalises every noun, only
names that are multiword once common nouns are trimmed, carry a company
suffix or follow a title.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

from reader.extract.company_cues import companies_by_cues
from reader.extract.lang import LanguageRules, home_words, rules_for
from reader.extract.lexicon import common_words, gazetteer, word_list, word_stats
from reader.extract.model import EntityMention
from reader.extract.name_spans import (
    ampersand_companies,
    bodies_of_places,
    buildings,
    company_runs,
    decimal_tails,
    first_names_after_acronyms,
    governments_of_regions,
    honorific_cuts,
    institutions_by_heads,
    institutions_over_and,
    institutions_over_coordinators,
    institutions_with_articles,
    kinds_of_places,
    list_gap,
    places_in_a_row,
    places_opening_organisations,
    regions_after_roles,
    runs_after_heads,
    states_after_names,
)
from reader.extract.names import clips, entity_key, initials
from reader.extract.romanized import is_korean_name
from reader.extract.tagger import (
    Token,
    is_capitalised,
    is_word,
    load_model,
    tag_spans,
    tokenize,
    word_before,
)

__all__ = [
    "common_words",
    "find_entities",
    "is_capitalised",
    "load_model",
    "tokenize",
    "word_list",
]


def find_entities(
    text: str, paragraphs: Sequence[tuple[int, int]], lang: str
) -> list[EntityMention]:
    """Entity mentions in the body ``paragraphs`` of ``text``, sorted by start.

    Offsets point into ``text``. Mentions never overlap; each carries the
    key it groups under, so that within one article a surname alone and an
    acronym share the key of the full name or long form they stand for.
    """
    rules = rules_for(lang)
    common = rules.common
    # A paragraph without a capital letter holds no name for the tagger:
    # not tokenized at all (most of a Chinese or Japanese article).
    paragraphs_tokens = [
        _unglued(tokens, common, _opening_words(rules))
        if _GLUED.search(text, start, end)
        else tokens
        for start, end in paragraphs
        if any(map(str.isupper, text[start:end]))
        for tokens in [tokenize(text, start, end)]
    ]
    paragraphs_tokens = [t for t in paragraphs_tokens if any(is_capitalised(w.text) for w in t)]
    if elided := rules.words("elided_articles"):
        paragraphs_tokens = [_without_elided(tokens, elided, rules) for tokens in paragraphs_tokens]
    # Tokens read by index here (0: text, 3: first): a third cheaper than
    # their named fields, on every word of the article.
    mid_caps = {
        t[0] for tokens in paragraphs_tokens for t in tokens if t[0][:1].isupper() and not t[3]
    }
    # The article's lowercase words, gathered the first time an opener needs
    # them (once, even when there are none: a Chinese article has no Latin
    # word in lowercase).
    lower: list[set[str]] = []

    def lowercase() -> set[str]:
        if not lower:
            lower.append({t[0] for tokens in paragraphs_tokens for t in tokens if t[0].islower()})
        return lower[0]

    def opener(token: Token) -> bool:
        return (
            _only_opens_sentence(token, rules, mid_caps, lowercase)
            or _plural_opener(text, token, rules, mid_caps)
            or _noun_before_demonstrative(text, token, rules, mid_caps)
        ) and not _after_title(text, token.start, rules)

    found = [
        (
            tokens,
            [c for c in chunks if not (c[1] - c[0] == 1 and not c[3] and opener(tokens[c[0]]))],
        )
        for tokens in paragraphs_tokens
        for chunks in [_chunks(tokens, rules, opener)]
    ]
    names = _names(found, common)
    mentions: list[EntityMention] = []
    for tokens, chunks in found:
        for i, j, typ, long_form in _recall_names(tokens, chunks, names, common):
            # A nationality word (``Japanese``, ``Americans``) was kept as a
            # chunk so that no name took it in; it is no entity itself.
            if typ == "MISC":
                continue
            name = text[tokens[i].start : tokens[j - 1].end]
            role = _role_before(tokens, i, rules) if typ == "PER" else None
            key = entity_key(long_form or name)
            mentions.append(
                EntityMention(name, typ, tokens[i].start, tokens[j - 1].end, key, role, long_form)
            )
    if rules.revise is not None:
        mentions = rules.revise(text, mentions)
    mentions = _lowercase_outlets(text, paragraphs, _without_list_numbers(text, mentions), rules)
    if rules.hyphen_joins_pairs:
        mentions = _hyphen_pairs(mentions, rules)
    mentions = _acronym_then_person(mentions)
    mentions = _name_then_holder(text, mentions, rules)
    mentions = _described_organisations(text, _resolve_short_names(mentions, rules), rules)
    if rules.every_name:
        mentions = _places_alone(mentions)
    if joiners := rules.words("place_list_joiners"):
        mentions = _listed_with_places(text, mentions, joiners)
    if rules.companies_alone:
        mentions = companies_by_cues(text, _companies_alone(text, mentions, rules), rules)
    if rules.noun_lexicon is not None:
        mentions = _without_genitive(text, _hyphen_compounds(text, mentions, rules), rules)
        mentions = _people_by_family_name(mentions, rules)
    return _harmonise(_places_by_initials(_units_listed(text, mentions, rules)))


def _lowercase_outlets(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    mentions: list[EntityMention],
    rules: LanguageRules,
) -> list[EntityMention]:
    """``mentions`` with the language's news outlets that write their name in
    lower case (``lowercase_outlets``: ``kepada detikcom``), found in the
    text even glued to the words around them (``dilihatdetikcom``), where
    no mention covers them already."""
    pattern = _outlets_pattern(rules)
    if pattern is None or pattern.search(text) is None:
        return mentions
    found = [
        EntityMention(m.group(), "ORG", m.start(), m.end(), entity_key(m.group()))
        for start, end in paragraphs
        for m in pattern.finditer(text, start, end)
        if not any(o.start < m.end() and m.start() < o.end for o in mentions)
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


@cache
def _outlets_pattern(rules: LanguageRules) -> re.Pattern | None:
    outlets = rules.words("lowercase_outlets")
    if not outlets:
        return None
    return re.compile("|".join(sorted(map(re.escape, outlets), key=len, reverse=True)))


def _acronym_then_person(mentions: list[EntityMention]) -> list[EntityMention]:
    """Split a person's name that opens with an acronym the article spelled
    out for an organisation (``Himpunan Pengusaha Muda Indonesia (Hipmi)``,
    then ``Ketua Umum BPP Hipmi Akbar Himawan Buchari``): the organisation
    and its head stand side by side, and the tagger, which reads a
    mixed-case acronym as a name, ran them into one. An acronym that is
    also a given name (``Ika``) may open the person's own name."""
    acronyms = {
        m.text: m.key
        for m in mentions
        if m.long_form is not None and m.type == "ORG" and " " not in m.text
    }
    if not acronyms:
        return mentions
    out: list[EntityMention] = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if (
            m.type == "PER"
            and first in acronyms
            and len(rest.split()) >= 2
            and first.lower() not in gazetteer("given_names")
        ):
            rest = rest.lstrip()
            cut = m.start + len(first)
            out.append(EntityMention(first, "ORG", m.start, cut, acronyms[first], None, None))
            out.append(
                EntityMention(rest, "PER", m.end - len(rest), m.end, entity_key(rest), m.role, None)
            )
            continue
        out.append(m)
    return out


# The two words before a mention, to find the role that opens a phrase
# (`CEO Nuri Dynamics`, `Wali Kota Lintang`).
_TWO_WORDS_BEFORE = re.compile(r"(\S+) (\S+) \Z|(\S+) \Z")


def _name_then_holder(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """Split a name written after a role that runs an organisation or a
    place into the person who holds the role (``CEO Nuri Dynamics Park Ji
    Hoon``, ``Wali Kota Lintang Budi Santoso``): news writes the role, then
    whose it is, then who holds it, with no comma, and the tagger runs the
    last two into one. Split only where the article names that person
    elsewhere: the whole rest as a person, or its first or last word when
    the article also names the body or place alone, so that a body named
    for a person (``Universitas Gadjah Mada``) and a person's full name
    stay whole. The head must be a body or a place besides
    (``_holder_head``): a person with two given names or two surnames
    (``Presiden Andrés Manuel López Obrador``, later ``López Obrador``)
    is named by a shorter form of the same name, and that is no holder."""
    people = {m.text for m in mentions if m.type == "PER"}
    if not people:
        return mentions
    types = {m.text: (m.type, m.key) for m in mentions}
    bodies = {m.text for m in mentions if m.type in ("ORG", "LOC")}
    organisations = {m.text for m in mentions if m.type == "ORG"}
    places = {m.text for m in mentions if m.type == "LOC"}
    out: list[EntityMention] = []
    for m in mentions:
        words = m.text.split(" ")
        cut = None
        if len(words) >= 2 and _role_right_before(text, m.start, rules):
            for k in range(1, len(words) - 1):
                rest = words[k:]
                head = " ".join(words[:k])
                if (
                    rest[0][:1].isupper()
                    and _holder_head(text, m.start, head, bodies, rules)
                    and (
                        " ".join(rest) in people
                        or (
                            _named_body(head, bodies)
                            and len(rest) > 1
                            and (rest[0] in people or rest[-1] in people)
                        )
                        or (
                            len(rest) > 1
                            and rest[0] in people
                            and _region_after_role(text, m.start, head, rules)
                        )
                    )
                ):
                    cut = k
                    break
            # One word after an organisation the article names alone,
            # itself a person the article names (`Sekjen Partai Lintang
            # Sarmono`, then `kata Sarmono`): the holder is a single name.
            # Only where the language writes so (``single_name_holders``):
            # elsewhere a role before two names (`Senator Georgia Smith`) is
            # a given name and a surname, which may spell a place.
            head = " ".join(words[:-1])
            if (
                cut is None
                and words[-1] in people
                and rules.single_name_holders
                and head in organisations
                and head not in places
                and head.lower() not in gazetteer("given_names")
            ):
                cut = len(words) - 1
        if cut is None:
            out.append(m)
            continue
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        typ, key = types.get(head, (None, entity_key(head)))
        if typ in (None, "PER"):
            # A region's kind before it (`Wali Kota Lintang`) or a known
            # place makes the head a place; else it is the body run.
            before = text[max(0, m.start - 20) : m.start].split()[-1:]
            place = (
                (before and before[0].lower() in rules.words("region_kinds"))
                or (m.type == "PER" and gazetteer("places").get(head.lower()))
                or _region_after_role(text, m.start, head, rules)
            )
            typ = "LOC" if place else "ORG"
        end = m.start + len(head)
        out.append(EntityMention(head, typ, m.start, end, key, None, None))
        role = m.role if m.type == "PER" else None
        out.append(EntityMention(tail, "PER", m.end - len(tail), m.end, entity_key(tail), role))
    return out


def _region_after_role(text: str, start: int, head: str, rules: LanguageRules) -> bool:
    """Whether ``head``, right after a role, is the region the role is held
    over: the office is one whose next word is its region
    (``region_holders``: ``Camat Cibiru``, ``Bupati Sleman``, ``Wali Kota
    (Walkot) Lintang``), and ``head`` is one word that is no given name."""
    if " " in head or head.lower() in gazetteer("given_names"):
        return False
    found = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    holders = rules.words("region_holders")
    first, last = found.group(1), found.group(2) or found.group(3)
    return last.strip("()").lower() in holders or (
        first is not None and f"{first} {last}".lower() in holders
    )


def _named_body(head: str, bodies: set[str]) -> bool:
    """Whether the article names ``head`` as a body or a place, alone or
    after its kind (``Desa Sukamaju`` for ``Sukamaju``)."""
    return head in bodies or any(b.endswith(f" {head}") for b in bodies)


def _holder_head(text: str, start: int, head: str, bodies: set[str], rules: LanguageRules) -> bool:
    """Whether ``head``, the words of a name run right after a role, is
    known as a body or a place that a role is held at: the article names
    it alone as one, a region's kind stands before it (``Wali Kota
    Lintang``), the place gazetteer knows it, or one of its words after the
    first is a company's or a body's tail (``Nuri Dynamics``). A head that
    is none of these and holds a given name (``Andrés Manuel``) is the
    front of the person's own name."""
    if head in bodies or gazetteer("places").get(head.lower()):
        return True
    before = text[max(0, start - 20) : start].split()[-1:]
    if before and before[0].lower() in rules.words("region_kinds"):
        return True
    words = head.split(" ")
    tails = rules.words("org_tails")
    if any(w.lower() in tails for w in words[1:]):
        return True
    lexicon = rules.noun_lexicon
    return not any(
        w.lower() in gazetteer("given_names") or (lexicon and lexicon.is_given_name(w))
        for w in words
    )


def _role_right_before(text: str, start: int, rules: LanguageRules) -> bool:
    """Whether one of the two words right before ``start`` is a role, or
    the role's short form in brackets after it spelled out (``Sekretaris
    Jenderal (Sekjen) Partai Lintang``, ``Wali Kota (Walkot) Lintang``)."""
    found = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and any(w and rules.is_role(w.strip("()")) for w in found.groups())


_COMPOUND_AFTER = re.compile(r"(?:-\w+)+")
_COMPOUND_BEFORE = re.compile(r"(?:(?<![\w-])[A-ZÄÖÜ]\w*-)+\Z")


def _hyphen_compounds(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """German writes a name into a compound with a hyphen. When the
    compound's last part is a kind of place or institution
    (``Merasin-Straße``, ``Leopold-Museum``, ``Al-Nusra-Brigaden``), the
    whole compound is the name; otherwise the name is only a part of a word
    that names something else (``US-Präsident``, ``Konrad-Bayer-Preis``)
    and is not listed, unless it is an organisation's acronym (``ÖBB-Chef``:
    a country's initials there are an adjective, a party's are the party).
    An organisation's acronym before one of its bodies is the body
    (``Uno-Vollversammlung``)."""
    places, bodies = rules.words("loc_compounds"), rules.words("org_compounds")
    initials = home_words("xx", "place_initials")
    out: list[EntityMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        after = _COMPOUND_AFTER.match(text, m.end)
        known = _known_organisation(m.text, rules)
        body = after is not None and after.group().rsplit("-", 1)[-1].lower() in bodies
        if not body and (
            after is None or (m.text.isupper() and m.text.lower() not in initials) or known
        ):
            # An organisation's acronym or word is the organisation
            # (`ÖBB-Chef`, `Nato-Partner`, `Facebook-Seite`).
            out.append(replace(m, type="ORG") if known else m)
            continue
        last = after.group().rsplit("-", 1)[-1].lower()
        typ = "LOC" if last in places else "ORG" if last in bodies else None
        if typ is None:
            if _name_in_compound(text, m, after.group(), rules):
                out.append(m)
            continue
        before = _COMPOUND_BEFORE.search(text, max(0, m.start - 40), m.start)
        start = before.start() if before else m.start
        name = text[start : after.end()]
        out.append(
            replace(m, text=name, start=start, end=after.end(), key=entity_key(name), type=typ)
        )
    return out


def _name_in_compound(text: str, m: EntityMention, after: str, rules: LanguageRules) -> bool:
    """Whether the one word ``m``, before a hyphen and a common noun, is
    still named there: a person or a place the noun lexicon knows as a name
    (``Merkel-Kurs``, ``Ukraine-Korrespondent``, ``Syrien-Konflikt``) is
    the name in the compound, as the acronym of an organisation is
    (``SPD-Politiker``). A word of a longer compound (``Konrad-Bayer-Preis``)
    or one the lexicon does not know as a name (``Oscar-Geschichte``) is
    not."""
    return (
        " " not in m.text
        and after.count("-") == 1
        and text[m.start - 1 : m.start] != "-"
        and rules.noun_lexicon.name_type(m.text) is not None
        and rules.noun_lexicon.is_common_noun(after[1:])
    )


@cache
def _opening_words(rules: LanguageRules) -> frozenset[str]:
    """Words that open no name: a language's openers and function words."""
    return rules.words("openers") | rules.words("function_words")


# A capital inside a word: what `_unglued` looks at (`detikNews`, `iPhone`).
_GLUED = re.compile(r"[a-z][A-Z]")


def _unglued(
    tokens: list[Token], common: frozenset[str], function_words: frozenset[str]
) -> list[Token]:
    """Tokens with a name glued to the common words around it by a lost
    space (``dilansirdetikNews``, ``jurnalisdetikBaliselengkapnya``, as
    links come out of a page) cut to the name: the longest common word of
    the language it starts with (four letters or more) before a name that
    starts in lower case too becomes a token of its own (``kata Andi
    kepadadetikSulsel`` is no run of three capitalised words), and the
    longest it ends with after a capital comes off, unless the capital opens
    a word news always writes so (``detikKalimantan``). Only a word that starts
    in lower case and holds a capital is tried (``iPhone``, ``eBay`` and
    ``detikNews`` stay: ``detik`` is a word, but ``News`` is no such name).
    A common word opening a sentence may be glued so too
    (``DilansirdetikSport``).
    A function word glued to a capitalised name comes off too (``dariCNBC``,
    ``kepadaReuters``): a function word opens no name."""
    out: list[Token] = []
    for tok in tokens:
        word = tok.text
        if len(word) < 6 or word.islower() or not word[1:2].islower():
            out.append(tok)
            continue
        start = next(
            (
                k
                for k in range(len(word) - 4, 3, -1)
                if word[k].islower() and word[:k].lower() in common and not word[k:].islower()
            ),
            0,
        ) or _glued_function_word(word, function_words)
        if word[0].isupper() and not start:
            out.append(tok)  # `Microsoft`, `Gracenote`: a name of two words
            continue
        caps = max(k for k, c in enumerate(word) if c.isupper())
        end = (
            len(word)
            if _always_capitalised(word[caps:])
            else next(
                (k for k in range(caps + 2, len(word) - 3) if word[k:].lower() in common),
                len(word),
            )
        )
        if not start and end == len(word):
            out.append(tok)
            continue
        if start:
            out.append(tok._replace(text=word[:start], end=tok.start + start))
        out.append(
            tok._replace(
                text=word[start:end],
                start=tok.start + start,
                end=tok.start + end,
                first=tok.first and not start,
            )
        )
    return out


def _without_elided(
    tokens: list[Token], elided: frozenset[str], rules: LanguageRules
) -> list[Token]:
    """Tokens with an elided article glued to a name by its apostrophe
    (``elided_articles``: French ``d'Airbus``, ``l'Allemagne``) cut in two:
    the article opens no name. Capitalised mid-sentence, the article is the
    name's own (``chez L'Oréal``, ``dans L'Équipe``); capitalised for
    opening a sentence, it is cut off a place only (``L'Europe vieillit``),
    since ``L'Oréal a annoncé`` opens a sentence as often."""
    out: list[Token] = []
    for tok in tokens:
        word = tok.text
        cut = next((k + 1 for k, c in enumerate(word[:4]) if c in "'’"), 0)
        if (
            not cut
            or not word[cut : cut + 1].isupper()
            or word[:cut].lower() not in elided
            or not (word[0].islower() or (tok.first and _is_place_name(word[cut:].lower(), rules)))
        ):
            out.append(tok)
            continue
        out.append(tok._replace(text=word[:cut], end=tok.start + cut))
        out.append(tok._replace(text=word[cut:], start=tok.start + cut, first=False, joined=True))
    return out


def _is_place_name(low: str, rules: LanguageRules) -> bool:
    """Whether a lower-case name is a place by the gazetteer or the
    language's ``place_names``."""
    return low in gazetteer("places") or low in rules.words("place_names")


def _always_capitalised(word: str) -> bool:
    """Whether news writes ``word`` with a capital nearly every time: a name
    whole, from which no common word comes off (``detikKalimantan`` ends in
    ``mantan``, but ``Kalimantan`` is one word)."""
    stats = word_stats().get(word.lower())
    return stats is not None and stats[0].startswith("cr=4")


def _glued_function_word(word: str, function_words: frozenset[str]) -> int:
    """Where a name starts after a lowercase function word glued to it
    (``dariCNBC``: 4), or 0: the word's lowercase opening, two letters or
    more, is a function word and a capital follows it."""
    k = next((k for k, c in enumerate(word) if c.isupper()), 0)
    return k if k >= 2 and len(word) - k >= 3 and word[:k] in function_words else 0


def _without_genitive(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """German writes a name's genitive with an ``s`` and no apostrophe
    (``Mao Zedongs Erbe``, ``Schieles Werke``, ``Stellungen Kurdistans``):
    the ``s`` is no part of the name when the article names it without one,
    when the lexicon knows the name without it, or when the name, unknown
    with its ``s``, stands before the noun it is the genitive of. A name
    that ends in ``s`` itself (``Klaus``, ``Paris``) is in the lexicon.
    A family name that is a given name and an ``s`` (``Robbie Williams``,
    ``Tom Hanks``) keeps it: English names are written so, and German
    writes their genitive with an apostrophe (``Tom Hanks' Film``); so does
    a surname alone before a noun (``Celmins Werke``) that the article gave
    in full (``Vija Celmins``) where no noun followed."""
    lexicon = rules.noun_lexicon
    texts = {m.text for m in mentions}

    def before_noun(m: EntityMention) -> bool:
        return text[m.end : m.end + 2][:1] == " " and text[m.end + 1 : m.end + 2].isupper()

    after_thing = {m.start for m in mentions if _after_thing(text, m, rules)}
    plain = {m.text for m in mentions if not before_noun(m) and m.start not in after_thing}
    family = {m.text.rsplit(" ", 1)[-1] for m in mentions if " " in m.text and m.text in plain}
    out = []
    for m in mentions:
        m = _without_noun_genitive(text, m, lexicon)
        stem = m.text[:-1]
        last = m.text.rsplit(" ", 1)[-1]
        thing = m.start in after_thing and m.text not in plain
        if (
            m.text.endswith("s")
            and len(last) > 3
            and not last.isupper()
            and (last not in family or thing)
        ):
            known = lexicon.name_type(last[:-1])
            if " " in m.text and _given_name_and_s(last[:-1], lexicon):
                out.append(m)
                continue
            if lexicon.is_place_too(last[:-1]):
                known = "LOC"
            if (
                stem in texts
                or known is not None
                or (
                    (before_noun(m) or thing)
                    and lexicon.name_type(last) is None
                    and (lexicon.is_unknown(last) or _given_first(m.text, lexicon))
                )
            ):
                type_ = known if known is not None and " " not in m.text else m.type
                m = replace(m, text=stem, end=m.end - 1, key=entity_key(stem), type=type_)
        out.append(m)
    return out


def _people_by_family_name(
    mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """A given name and a family name that the article names alone as a
    person, mostly (``der Künstlerin Vija Celmins`` … ``Celmins malt``), is
    that person, whatever the words around it made of it (a place after
    ``von``, a body after a noun): German news gives a person's full name
    once and the family name after it."""
    alone = Counter(m.text for m in mentions if " " not in m.text)
    person = Counter(m.text for m in mentions if " " not in m.text and m.type == "PER")
    people = {w for w, n in person.items() if 2 * n > alone[w]}
    if not people:
        return mentions
    lexicon = rules.noun_lexicon
    out = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if (
            m.type != "PER"
            and rest
            and " " not in rest
            and rest in people
            # The gazetteer writes given names without accents (`rene`); its
            # rarest (tier 1: `Trek`) are words of other kinds as often.
            and (
                lexicon.is_given_name(first)
                or gazetteer("given_names").get(entity_key(first)) in ("2", "3")
            )
            # A German given name alone is no family name (`Santa Clara` …
            # `Clara`), and a place the gazetteer knows is the place. (The
            # gazetteer's given names are no test: `Girard`, `Wagner` are.)
            and not lexicon.is_given_name(rest)
            and entity_key(m.text) not in gazetteer("places")
        ):
            m = replace(m, type="PER")
        out.append(m)
    return out


_GENITIVE_ARTICLE = re.compile(r"(?:^|\s)(?:des|eines)\s+\Z")


def _without_noun_genitive(text: str, m: EntityMention, lexicon) -> EntityMention:
    """An organisation's or a place's name after ``des`` is in the genitive
    (``des Obersten Gerichtshofs``, ``des Islamischen Staates``): the
    ending of its last noun is no part of the name."""
    if m.type == "PER" or not m.text.endswith("s"):
        return m
    if not _GENITIVE_ARTICLE.search(text, max(0, m.start - 8), m.start):
        return m
    head, _, last = m.text.rpartition(" ")
    stem = lexicon.genitive_stem(last)
    if stem is None:
        return m
    name = f"{head} {stem}" if head else stem
    end = m.start + len(name)
    return replace(m, text=name, end=end, key=entity_key(name))


def _given_name_and_s(stem: str, lexicon) -> bool:
    """Whether a family name ending in ``s`` is a given name and the ``s``
    (``Williams``, ``Edwards``, ``Jones``), as English writes many, which
    keep it in every case: a given name the lexicon lists, or one the
    gazetteer counts as common (its tier 3: ``William``, ``Edward``), or as
    less common (tier 2: ``Lewi``) when the German lexicon does not know the
    word otherwise. A German family name that some are given too
    (``Brandt``, ``Kohl``, rarer in the gazetteer) takes the genitive ``s``
    (``Helmut Kohls Politik``)."""
    tier = gazetteer("given_names").get(stem.lower())
    return (
        lexicon.is_given_name(stem)
        or tier == "3"
        or (
            tier == "2"
            and lexicon.name_type(stem) is None
            and not lexicon.is_common_noun(stem, compounds=False)
        )
    )


def _given_first(name: str, lexicon) -> bool:
    """Whether ``name`` is a given name and more (``Elisabeth Lederers``):
    before a noun, the ``s`` on its end is the genitive even when the
    lexicon takes the family name for a noun (``Lederer``, ``Schiele``)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and (
        lexicon.is_given_name(first) or first.lower() in gazetteer("given_names")
    )


def _after_thing(text: str, m: EntityMention, rules: LanguageRules) -> bool:
    """Whether a person's name ending in ``s`` is the genitive after the
    noun it belongs to (``eine Spende Arno Brüggers``, ``in der Ära
    Kolbes``, ``um Werke Egon Schieles``, ``72 Werke Schieles``): the word
    before is a common noun after an article, a lowercase word or a number
    (not after another name), that names no person (``Premier Tsipras``, ``die Schwägerin Anna Lukacs``),
    and the ``s`` follows a consonant or an ``e`` (``Ramos``,
    ``Varoufakis`` are written so in every case)."""
    if m.type != "PER" or not m.text.endswith("s") or m.text[-2] in "aiouy":
        return False
    word, at = word_before(text, m.start)
    low = word.lower()
    return (
        word[:1].isupper()
        and not word_before(text, at)[0][:1].isupper()
        and not rules.is_role(word)
        and low not in rules.person_nouns
        and not low.endswith(_PERSON_ENDINGS)
        # A compound written with a hyphen is the noun it ends in
        # (`im Magna-Konzern Frank Stronachs`).
        and rules.noun_lexicon.is_common_noun(word.rsplit("-", 1)[-1])
    )


# The endings of nouns that name a person (`Schwägerin`, `Landsmann`): a
# name after one is the person, in any case (`der Landsmann Paul Serres`).
_PERSON_ENDINGS = ("in", "mann", "frau", "er", "te", "ge")


Chunk = tuple[int, int, str, str | None]


def _chunks(
    tokens: Sequence[Token], rules: LanguageRules, opener: Callable[[Token], bool]
) -> list[Chunk]:
    """The names of one paragraph as (first, last + 1, type, long form).

    A lone word that only opens a sentence (``opener``) is dropped whatever
    the tagger says, so it is not decoded at all: that is a third of the
    runs of a typical article.
    """
    common, every_name, german = rules.common, rules.every_name, rules.capitalises_nouns
    if german and rules.noun_lexicon is not None:
        opener = _or_trimmed_noun(tokens, rules, opener)
    tagged = tag_spans(tokens, common, every_name, skip=opener)
    chunks: list[Any] = []
    for chunk in (_extend_hyphen(tokens, c, rules) for c in tagged):
        # `Kim Seo` grown over `-yeon`: the tagger's own `yeon` is inside it now.
        if not chunks or chunk[0] >= chunks[-1][1]:
            chunks.append(chunk)
        elif chunk[1] > chunks[-1][1]:
            # `Jean` grown over `-Claude`, where the tagger's next name was
            # `Claude Trichet` (`Anna-Sophie` over `Sophie Berger`): one
            # name, of the type the tagger gave the part it read with the
            # words after the hyphen; in German, of the first part's, as
            # measured there.
            chunks[-1] = (chunks[-1][0], chunk[1], chunks[-1][2] if german else chunk[2])
    chunks = _numbered_bodies(tokens, _join_particles(tokens, chunks, rules), rules)
    if german:
        chunks = _over_capital_particles(tokens, chunks, rules)
        chunks = [c for c in (_trim_german(tokens, c, rules) for c in chunks) if c is not None]
        chunks = [part for c in chunks for part in _place_then_person(tokens, c, rules)]
    chunks = [c for c in (_trim(tokens, c, rules) for c in chunks) if c is not None]
    if german:
        chunks = _adjective_bodies(tokens, chunks, rules)
    # A name opened back over the tagger's last chunk (`K. Lingga`) replaces it.
    for n in range(len(chunks) - 1, 0, -1):
        if chunks[n - 1][0] >= chunks[n][0]:
            del chunks[n - 1]
    chunks = [part for c in chunks for part in _role_inside(tokens, c, rules)]
    chunks = [part for c in chunks for part in _coordinated(tokens, c, rules)]
    chunks = company_runs(tokens, institutions_over_and(tokens, chunks, rules), rules)
    chunks = runs_after_heads(tokens, _dated_names(tokens, chunks, rules), rules)
    chunks = institutions_by_heads(tokens, buildings(tokens, chunks, rules), rules)
    chunks = ampersand_companies(
        tokens, institutions_over_coordinators(tokens, chunks, rules), rules
    )
    chunks = governments_of_regions(tokens, chunks, rules)
    chunks = kinds_of_places(tokens, bodies_of_places(tokens, chunks, rules), rules)
    chunks = honorific_cuts(tokens, places_opening_organisations(tokens, chunks, rules), rules)
    chunks = decimal_tails(tokens, regions_after_roles(tokens, chunks, rules), rules)
    chunks = institutions_with_articles(tokens, places_in_a_row(tokens, chunks, rules), rules)
    chunks = first_names_after_acronyms(tokens, states_after_names(tokens, chunks, rules), rules)
    typed = [
        (i, j, _lexicon_type(tokens, i, j, rules) or _type(tokens, i, j, typ, rules), long_form)
        for i, j, typ, long_form in _nicknames(
            tokens,
            _branches_over_acronyms(tokens, _pair_acronyms(tokens, chunks, rules), rules),
            rules,
        )
        if not _is_junk(tokens, i, j, rules)
        and not (german and not _german_name(tokens, i, j, rules))
    ]
    if german:
        typed = _numbered_channels(
            tokens,
            _web_sites(
                tokens, _listed_places(tokens, _located_places(tokens, typed, rules), rules)
            ),
        )
    typed = _initials_open_people(
        tokens,
        _cued_initials(
            tokens,
            _accounts_of_owners(tokens, _streets_before_numbers(tokens, typed, rules), rules),
            rules,
        ),
        rules,
    )
    return _employers(tokens, _first_names_after_titles(tokens, _one_person(typed), rules), rules)


def _adjective_bodies(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A body named by capitalised adjectives after an article and a noun
    of a kind of body (``adjective_body_heads``: ``des Obersten
    Gerichtshofs``, ``die Europäische Zentralbank``, ``beim Auswärtigen
    Amt``) is an organisation, where the tagger found nothing or a part:
    German writes an adjective before a noun in lowercase unless it opens a
    name, and the noun it stands before is the kind of name. Every word of
    it is in the noun lexicon, so the tagger seldom proposes it.
    ``_without_noun_genitive`` takes the genitive's ending off."""
    lexicon = rules.noun_lexicon
    heads = _endings(rules, "adjective_body_heads")
    if lexicon is None or not heads:
        return chunks
    # The articles, alone or in a preposition, that a body's name follows.
    articles = rules.words("definite_articles")
    found: list[Chunk] = []
    n = len(tokens)
    for k in range(1, n - 1):
        word = tokens[k].text
        if (
            not word[:1].isupper()
            or tokens[k].first
            or tokens[k - 1].text.lower() not in articles
            or (found and k < found[-1][1])
        ):
            continue
        end = k
        while (
            end < n - 1
            and tokens[end].text[:1].isupper()
            and tokens[end].text[1:2].islower()
            and not rules.is_role(tokens[end].text)
            and not tokens[end].text.endswith(_PRESENT_PARTICIPLE)
            and lexicon.name_type(tokens[end].text) is None
            and lexicon.is_body_adjective(tokens[end].text)
        ):
            end += 1
        if (
            end == k
            or not tokens[end].text[:1].isupper()
            or tokens[end].first
            # `der Ersten Bank-Filiale`: the noun is a compound's first part.
            or (end + 1 < n and tokens[end + 1].text == "-" and tokens[end + 1].joined)
        ):
            continue
        head = tokens[end].text.lower()
        stem = lexicon.genitive_stem(tokens[end].text)
        low = stem.lower() if stem is not None else head
        if any(low == h or (low.endswith(h) and len(low) > len(h) + 2) for h in heads):
            found.append((k, end + 1, "ORG", None))
    if not found:
        return chunks
    # A name the tagger found over it or across its edge stays; a part of
    # it (`Zentralbank`) gives way.
    found = [
        f
        for f in found
        if all(c[1] <= f[0] or f[1] <= c[0] or (f[0] <= c[0] and c[1] <= f[1]) for c in chunks)
    ]
    kept = [c for c in chunks if not any(f[0] <= c[0] and c[1] <= f[1] for f in found)]
    return sorted(kept + found)


def _place_then_person(tokens: Sequence[Token], chunk: tuple, rules: LanguageRules) -> list:
    """A place the lexicon knows, then a given name and a family name (``in
    der Steiermark Franz Voves nach``): the place and the person, written
    side by side, which the tagger ran into one name."""
    i, j = chunk[:2]
    lexicon = rules.noun_lexicon
    if (
        j - i < 3
        or lexicon.name_type(tokens[i].text) != "LOC"
        or not lexicon.is_given_name(tokens[i + 1].text)
        or not tokens[i + 2].text[:1].isupper()
    ):
        return [chunk]
    return [(i, i + 1, "LOC"), (i + 1, j, "PER")]


def _or_trimmed_noun(
    tokens: Sequence[Token], rules: LanguageRules, opener: Callable[[Token], bool]
) -> Callable[[Token], bool]:
    """``opener``, or a German word alone between lowercase ones that
    ``_trim_german`` would drop whatever the tagger made of it (a common
    noun: most of German's capitalised words): such a run is not decoded,
    which is most of the tagger's work in German. A word the steps before
    the trim could grow (a hyphen or a particle after it, a numeral after
    it, a capitalised particle) is decoded as before."""
    where = {t[1]: k for k, t in enumerate(tokens)}
    n = len(tokens)

    def skip(token: Token) -> bool:
        if opener(token):
            return True
        k = where[token[1]]
        return (
            # Most words that stay are names, which the trim keeps: they are
            # not tried (fewer skipped is only slower, never other names).
            (
                _german_noun(token[0], rules)
                or (k > 0 and _german_article_or_adjective(tokens[k - 1][0], rules))
            )
            and not (k > 0 and tokens[k - 1][0] == "-")
            and not (k + 1 < n and (tokens[k + 1][0] == "-" or tokens[k + 1][0] in _ROMAN))
            and not (k + 2 < n and tokens[k + 2][0] == "-")
            and token[0] not in _ROMAN
            and not _capital_particle(tokens, k)
            and _trim_german(tokens, (k, k + 1, "PER"), rules) is None
        )

    return skip


def _numbered_channels(tokens: Sequence[Token], chunks: list[Chunk]) -> list[Chunk]:
    """A broadcaster's acronym and a figure (``ORF 2``, ``RTL 2``, ``SWR 3``)
    is one of its channels, an organisation of its own: German-language
    broadcasters number their channels so. Not before a capitalised word,
    which the figure counts (``ORF 2 Millionen``)."""
    out = []
    for chunk in chunks:
        i, j = chunk[:2]
        word = tokens[i].text
        if (
            j - i == 1
            and j < len(tokens)
            and len(word) > 1
            and word.isupper()
            and word.isalpha()
            and len(tokens[j].text) == 1
            and tokens[j].text in "123456789"
            and not tokens[j].joined
            and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper())
            and not (
                j + 1 < len(tokens)
                and tokens[j + 1].text == "."
                and tokens[j + 1].joined
                and j + 2 < len(tokens)
                and tokens[j + 2].text[:1].isupper()
                and not tokens[j + 2].first
            )
        ):
            chunk = (i, j + 1, "ORG", *chunk[3:])
        out.append(chunk)
    return out


# The endings of a site's address that German news names sites by.
_TOP_DOMAINS = frozenset(("com", "org", "net", "de", "at", "ch", "eu", "info"))


def _web_sites(tokens: Sequence[Token], chunks: list[Chunk]) -> list[Chunk]:
    """A site named by its address (``das Branchenportal meedia.de``, ``die
    Plattform Change.org``) is the organisation that runs it, in lower case
    too; not a link (``www.echotopos.ch``, ``pic.twitter.com/…``), which
    names no one."""
    if _TOP_DOMAINS.isdisjoint(map(itemgetter(0), tokens)):
        return chunks
    n = len(tokens)
    found = [
        (k - 2, k + 1, "ORG", None)
        for k, t in enumerate(tokens)
        if t[0] in _TOP_DOMAINS
        and k > 1
        and t[4]
        and tokens[k - 1][0] == "."
        and tokens[k - 1][4]
        and tokens[k - 2][0].isalnum()
        and not tokens[k - 2][4]
        and tokens[k - 2][0].lower() != "www"
        and not (k + 1 < n and tokens[k + 1][4] and tokens[k + 1][0] == "/")
        and not (k + 2 < n and tokens[k + 1][4] and tokens[k + 2][4])
    ]
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < f[1] and f[0] < c[1] for f in found)]
    return sorted(kept + found)


# The words that tie a town's name to the river, lake, region or town it
# lies on or by (`Bruck an der Leitha`, `Neusiedl am See`, `St. Johann im
# Pongau`, `Gerasdorf bei Wien`, `Rothenburg ob der Tauber`), with the
# article after them, if any.
_LOCATORS = {"an": "der", "ob": "der", "am": "", "im": "", "bei": ""}
# The abbreviation of `Sankt` that opens a town's name (`St. Pölten`).
_SAINT = "St"
_LOCATED_WORDS = frozenset(_LOCATORS) | {_SAINT}
# The words after which a town's name that is a common noun too stands
# (`zu Bruck an der Leitha`): prepositions of place, never an article.
# The endings of a German plural or inflected adjective (`Gebiete`, `Unklaren`).
_INFLECTIONS = ("e", "en", "er", "es", "em")
_TOWN_LEADS = frozenset(
    ("zu", "nach", "in", "aus", "von", "bis", "für", "sondern", "und", ",", ":")
)


def _located_places(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """German names a town by where it lies (``Bruck an der Leitha``,
    ``Neusiedl am See``, ``Gerasdorf bei Wien``) and writes ``Sankt`` short
    (``St. Pölten``, ``St. Johann im Pongau``): one place, where the tagger
    saw a river or a town of its own (``Leitha``, ``Wien``) and the lexicon a
    noun (``Bruck``) or a compound (``Gerasdorf``). The town is no person's
    name, and after ``bei`` what it lies by is a place the lexicon or the
    gazetteer knows; a common noun before the phrase is a town only right
    after a preposition of place, by a place that is no country (``Kritik an
    der Türkei`` is none)."""
    if _LOCATED_WORDS.isdisjoint(map(itemgetter(0), tokens)):
        return chunks
    lexicon = rules.noun_lexicon
    places = gazetteer("places")
    n = len(tokens)
    found: list[tuple[int, int]] = []
    for k in [k for k, t in enumerate(tokens) if t[0] in _LOCATED_WORDS]:
        word = tokens[k][0]
        if word == _SAINT:
            if k + 2 < n and tokens[k + 1][0] == "." and _town_word(tokens[k + 2][0]):
                found.append((k, k + 3))
            continue
        article = _LOCATORS[word]
        y = k + 2 if article else k + 1
        if k < 1 or y >= n or (article and tokens[k + 1][0] != article):
            continue
        there, town = tokens[y][0], tokens[k - 1][0]
        if not (_town_word(there) and _town_word(town)):
            continue
        # A place the gazetteer knows may be a noun too (`im Norden`).
        known = lexicon.name_type(there) == "LOC" or (
            there.lower() in places and not lexicon.is_common_noun(there, compounds=False)
        )
        if not (
            known
            or (word == "am" and there == "See")
            or (
                word != "bei"
                and lexicon.is_unknown(there)
                and not lexicon.is_given_name(there)
                # `im Unklaren`, `im Allgemeinen`: an adjective made a noun.
                and not there.endswith(_INFLECTIONS)
            )
        ):
            continue
        # The name ends with what the town lies by (`London am Imperial
        # College` is no town).
        if y + 1 < n and tokens[y + 1][0][:1].isupper() and tokens[y + 1][0].isalpha():
            continue
        start = k - 1
        if found and found[-1][1] == k:
            start = found.pop()[0]  # `St. Johann` and where it lies
        elif k > 2 and tokens[k - 2][0] == "." and tokens[k - 3][0] == _SAINT:
            start = k - 3
        elif not _town(tokens, k - 1, rules, known and places.get(there.lower()) != "0"):
            continue
        found.append((start, y + 1))
    if not found:
        return chunks
    # A person's name is no town: a chunk of it over the town stays.
    people = [c for c in chunks if c[2] == "PER" and c[1] - c[0] > 1]
    found = [f for f in found if not any(c[0] < f[1] and f[0] < c[1] for c in people)]
    kept = [c for c in chunks if not any(c[0] < f[1] and f[0] < c[1] for f in found)]
    return sorted(kept + [(a, b, "LOC", None) for a, b in found])


# The words that join the items of a list.
_LIST_LINKS = frozenset((",", "und", "oder", "sowie"))


def _listed_places(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """The items of a list with a place in it are places too (``nach
    Korneuburg, Leopoldsdorf, Lanzendorf und Maria-Lanzendorf``, ``Bruck an
    der Leitha, Gablitz und Mauerbach``): a list joins things of one kind.
    An item is taken for a place when it is a town's word (``_town``: no
    common noun of the lexicon, no person's name) or a name of one word the
    tagger took for a person's that no lexicon knows as one; and when it
    stands inside the list, a comma or ``und`` after it, or ends it after
    ``und`` (``in Wien, Bürgermeisterwahl …`` is no list)."""
    if not any(c[2] == "LOC" for c in chunks):
        return chunks
    n = len(tokens)
    by_start = {c[0]: c for c in chunks}
    by_end = {c[1]: c for c in chunks}
    added: dict[int, Chunk] = {}
    todo = [c for c in chunks if c[2] == "LOC"]
    while todo:
        i, j = todo.pop()[:2]
        for step in (1, -1):
            link = j if step == 1 else i - 1
            while 0 <= link < n and tokens[link][0] in _LIST_LINKS:
                item = _list_item(tokens, link, step, by_start, by_end, rules)
                if item is None:
                    break
                a, b = item[:2]
                after = tokens[b][0] if b < n else ""
                if not (after in _LIST_LINKS or (step == 1 and tokens[link][0] != ",")):
                    break
                if item[2] != "LOC":
                    chunk = (a, b, "LOC", None)
                    added[a] = by_start[a] = by_end[b] = chunk
                    todo.append(chunk)
                link = b if step == 1 else a - 1
    if not added:
        return chunks
    return sorted([c for c in chunks if c[0] not in added] + list(added.values()))


def _list_item(
    tokens: Sequence[Token],
    link: int,
    step: int,
    by_start: dict[int, Chunk],
    by_end: dict[int, Chunk],
    rules: LanguageRules,
) -> Chunk | None:
    """The list's item on the ``step`` side of the link at ``link``: a
    place's chunk, a person's of one word that may be a town's, or a town's
    word no chunk holds (``Lanzendorf``, ``Maria-Lanzendorf``); None when
    there is none."""
    lexicon = rules.noun_lexicon
    chunk = by_start.get(link + 1) if step == 1 else by_end.get(link)
    if chunk is not None:
        if chunk[2] == "LOC":
            return chunk
        word = tokens[chunk[0]][0]
        if (
            chunk[2] == "PER"
            and chunk[1] - chunk[0] == 1
            and lexicon.name_type(word) is None
            and not lexicon.is_given_name(word)
            and word.lower() not in gazetteer("given_names")
        ):
            return chunk
        return None
    k = link + 1 if step == 1 else link - 1
    if not (0 <= k < len(tokens)) or by_start.get(k) or by_end.get(k + 1):
        return None
    if step == 1 and k + 2 < len(tokens) and tokens[k + 1][0] == "-" and tokens[k + 1][4]:
        # `Maria-Lanzendorf`, `Klein-Neusiedl`: the town is the last part.
        if (
            _town_word(tokens[k][0])
            and _town_word(tokens[k + 2][0])
            and _town(tokens, k + 2, rules, False)
        ):
            return k, k + 3, "", None
        return None
    if step == -1 and k > 1 and tokens[k - 1][0] == "-" and tokens[k][4]:
        if (
            _town_word(tokens[k - 2][0])
            and _town_word(tokens[k][0])
            and _town(tokens, k, rules, False)
        ):
            return k - 2, k + 1, "", None
        return None
    word = tokens[k][0]
    if tokens[k][3] or not _town_word(word) or not _town(tokens, k, rules, False):
        return None
    return k, k + 1, "", None


def _town_word(word: str) -> bool:
    """Whether ``word`` may be a town's or a river's name: capitalised and
    in letters, no acronym."""
    return word[:1].isupper() and word[1:2].islower() and word.isalpha()


def _town(tokens: Sequence[Token], k: int, rules: LanguageRules, by_place: bool) -> bool:
    """Whether ``tokens[k]``, before a phrase saying where it lies, is a
    town's name: a place the lexicon knows, a word it does not know or knows
    only as a compound (``Gerasdorf``), no given or family name; or a common
    noun right after a preposition of place or a kind of place, by a place
    (``by_place``) that is no country (``zu Bruck an der Leitha``, ``Bezirk
    Bruck an der Leitha``)."""
    lexicon = rules.noun_lexicon
    word = tokens[k][0]
    kind = lexicon.name_type(word)
    if kind == "LOC":
        return True
    if kind is not None or lexicon.is_given_name(word) or word.lower() in rules.words("stop_names"):
        return False
    if not lexicon.is_common_noun(word):
        return True
    if not lexicon.is_common_noun(word, compounds=False):
        # A compound the lexicon lacks: a town's (`Gerasdorf`), not a plural
        # (`Wüstengebiete im Norden`).
        return not word.endswith((*_INFLECTIONS, "n", "s"))
    return (
        by_place
        and k > 0
        and (tokens[k - 1][0] in _TOWN_LEADS or _place_kind(tokens[k - 1][0], rules))
    )


def _accounts_of_owners(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A platform's name after a word for an account or a post on it
    (``account_words``: ``akun Facebook Kandang Lintang``, ``unggahan di
    Instagram Dinas Kesehatan Lintang``) is followed by the account's owner:
    two names, the platform and the owner."""
    accounts = rules.words("account_words")
    if not accounts:
        return chunks
    outlets = rules.words("outlets")
    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        if j - i > 2 and tokens[i].text.lower() in outlets and i > 0:
            before = tokens[i - 1].text.lower()
            if before == "di" and i > 1:
                before = tokens[i - 2].text.lower()
            if before in accounts:
                owner = _lexicon_type(tokens, i + 1, j, rules) or _type(
                    tokens, i + 1, j, typ, rules
                )
                out += [(i, i + 1, "ORG", None), (i + 1, j, owner, long_form)]
                continue
        out.append((i, j, typ, long_form))
    return out


def _streets_before_numbers(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A street's name ends before the number of an address (``address_words``:
    ``Jalan Melati No 8``, ``Jalan Raya Lintang KM 7``)."""
    marks = rules.words("address_words")
    if not marks:
        return chunks
    heads = rules.words("loc_heads")
    out = []
    for i, j, typ, long_form in chunks:
        if j - i > 2 and typ == "LOC" and tokens[i].text.lower() in heads:
            j = next((k for k in range(i + 2, j) if tokens[k].text.lower() in marks), j)
        out.append((i, j, typ, long_form))
    return out


def _initials_open_people(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A place's or a body's name run into a person's that opens with an
    initial (``Sumatera Selatan M Husni Thamrin``, ``Kota Bogor H Dadang``):
    the initial starts the person, whom a given name or the tagger's person
    right after says it is. A street named for a person (``Jalan A Yani``)
    is one name."""
    # Most chunks hold no initial: they are passed over before anything else.
    out: list[Chunk] = []
    long_form: str | None
    for n, (i, j, typ, long_form) in enumerate(chunks):
        if (
            typ == "PER"
            or long_form is not None
            or j - i < 2
            or not any(len(tokens[k][0]) == 1 and tokens[k][0].isupper() for k in range(i + 1, j))
            or tokens[i].text.lower() in _place_heads(rules)
        ):
            out.append((i, j, typ, long_form))
            continue
        given = gazetteer("given_names")
        nxt = chunks[n + 1] if n + 1 < len(chunks) else None
        cut = next(
            (
                k
                for k in range(i + 1, j)
                if len(tokens[k].text) == 1
                and tokens[k].text.isupper()
                and (
                    (k + 1 < j and tokens[k + 1].text.lower() in given)
                    or (k == j - 1 and nxt is not None and nxt[0] == j and nxt[2] == "PER")
                )
            ),
            None,
        )
        if cut is None:
            out.append((i, j, typ, long_form))
        elif cut < j - 1:
            out += [(i, cut, typ, long_form), (cut, j, "PER", None)]
        else:
            out.append((i, cut, typ, long_form))
            chunks[n + 1] = (cut, nxt[1], "PER", None)
    return out


@cache
def _place_heads(rules: LanguageRules) -> frozenset[str]:
    """The words a place's or a building's name opens with (``Jalan``)."""
    return rules.words("loc_heads") | rules.words("building_heads")


def _one_person(chunks: list[Chunk]) -> list[Chunk]:
    """Two people written one right after the other, nothing between (the
    tagger's ``Yoga`` and ``Budi Santoso`` of ``Jawa Timur Yoga Budi
    Santoso``), are one person's name: news writes no two names so."""

    # Most paragraphs have no such pair: they are returned as they are.
    for n in range(1, len(chunks)):
        a, b = chunks[n - 1], chunks[n]
        if a[1] == b[0] and a[2] == "PER" == b[2] and a[3] is None and b[3] is None:
            break
    else:
        return chunks
    out: list[Chunk] = list(chunks[: n - 1])
    for chunk in chunks[n - 1 :]:
        last = out[-1] if out else None
        if (
            last
            and last[1] == chunk[0]
            and last[2] == "PER" == chunk[2]
            and last[3] is None
            and chunk[3] is None
        ):
            out[-1] = (last[0], chunk[1], "PER", None)
        else:
            out.append(chunk)
    return out


def _first_names_after_titles(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A person's first name left between a title and the rest of the name
    (``Menteri Keuangan Purbaya Yudhi Sadewa``: the tagger took ``Purbaya``
    for part of the title, and the minister became ``Yudhi Sadewa``) joins
    the name: a capitalised word of four letters or more right after a role
    or an institution's word, that is no title, institution, place,
    abbreviation or common word. Only where the tagger is trusted with
    names (Indonesian): elsewhere every capitalised word is a candidate
    already, and ``The Fed Jerome Powell`` or ``and El Salvador`` would join."""
    from reader.extract.roles import is_institution

    if rules.every_name:
        return chunks
    out = []
    for i, j, typ, long_form in chunks:
        k = i - 1
        if typ == "PER" and k >= 1 and not tokens[k].first:
            word, before = tokens[k].text, tokens[k - 1].text
            titled = rules.is_role(before) or (
                is_institution(before, rules) and len(before) > 3 and before[0].isupper()
            )
            if (
                titled
                and is_capitalised(word)
                and len(word) > 3
                and not word.isupper()
                and not rules.is_role(word)
                and not is_institution(word, rules)
                and word.lower() not in rules.common
                and word.lower() not in gazetteer("places")
                and (not out or out[-1][1] <= k)
            ):
                i = k
        out.append((i, j, typ, long_form))
    return out


def _lexicon_type(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> str | None:
    """The type a noun lexicon gives a name of one word (``Wien``: a place)."""
    if rules.noun_lexicon is None or j - i != 1:
        return None
    return rules.noun_lexicon.name_type(tokens[i].text)


def _employers(tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules) -> list[Chunk]:
    """A name right before a function and a person is where the person
    works (``Tesco chief executive Ken Murphy``, ``Bluewave executive
    producer Kim Seo-yeon``): an organisation, whatever the tagger said."""
    out = list(chunks)
    for n in range(len(out) - 1):
        (i, j, typ, long_form), nxt = out[n], out[n + 1]
        between = tokens[j : nxt[0]]
        if (
            typ == "PER"
            and nxt[2] == "PER"
            and between
            and all(rules.is_role(t.text) for t in between)
        ):
            out[n] = (i, j, "ORG", long_form)
    return out


def _given_names(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i:j]`` are all given names or initials (`Mary Ellen`,
    `John P.`), after a common word or a person's noun the tagger left before
    them (`Actress Nora`, opening a sentence): a surname that is also a
    body's head follows them (`Mary Ellen Church`), where a body's head
    follows a place or a party."""
    given = gazetteer("given_names")
    words = [t.text for t in tokens[i:j] if t.text != "."]
    if len(words) > 1 and (
        words[0].lower() in rules.common or words[0].lower() in rules.person_nouns
    ):
        words = words[1:]
    return bool(words) and all(
        w.lower() in given or (len(w.rstrip(".")) == 1 and w[:1].isupper()) for w in words
    )


def _type(tokens: Sequence[Token], i: int, j: int, typ: str, rules: LanguageRules) -> str:
    """The tagger's type, corrected where the words leave no doubt: a
    demonym alone is MISC, a news agency or platform alone (``outlets``:
    ``Bloomberg``, ``Instagram``) an organisation, a name with a company word after its first
    (``Nuri Dynamics``, ``Deutsche Securities Japan``, ``Allied Irish
    Banks``) or that opens with an organisation head (``PT``, ``Bank``,
    ``Partai``) is an organisation, an organisation that is a country's
    or a big city's whole name is the place, and so is a province's short
    form the tagger took for a person (``Sumut``), whose "person" of one more
    word that is no given name is a body's branch there (``NasDem Sumut``;
    not ``Ahmad Jabar``), and a name ending as a
    kind of place does (``place_suffixes``: ``Derbyshire``), unless a given
    name opens it (``Tom Cheshire``)."""
    first = tokens[i].text.lower()
    if _demonym(tokens, i, j, rules):
        return "MISC"
    if typ == "PER" and j - i > 2 and rules.words("name_ampersands"):
        signs = rules.words("name_ampersands")
        if any(t[0] in signs for t in tokens[i + 1 : j - 1]):
            return "ORG"  # `Ernst & Young`: a firm named for its founders
    if j - i == 1 and tokens[i].text.isupper() and _initials_of_person(tokens, i, j, rules):
        return "PER"
    if typ == "PER" and rules.capitalises_nouns and _title_article(tokens, i, j, rules):
        return "ORG"  # `Le Monde`, `Der Spiegel`
    if j - i == 1 and (first in rules.words("outlets") or first in rules.words("org_names")):
        return "ORG"
    if typ == "PER" and j - i == 1 and first in rules.words("region_short"):
        return "LOC"  # `Sumut`, `Jabar`: a province by its short form, nobody's name
    if (
        typ == "PER"
        and first in rules.words("place_articles")
        and _article_of_name(tokens, i, j, rules)
        and _of_place_noun(tokens, i, rules)
    ):
        return "LOC"  # Spanish `vecinos de El Saler`; not `publicó La Vanguardia`
    if typ == "PER" and i > 0 and not rules.capitalises_nouns:
        before = tokens[i - 1].text.lower()
        if before in rules.words("org_kinds"):
            return "ORG"  # French `le salon Vinexpo Paris`, `la société Arvalis`
        # French `à Lyon`: a known place the tagger took for a person. Only
        # a gazetteer's place: `à` takes a person as often (`une lettre à
        # Bayrou`, `a écrit à Bardella`), so a word it does not know stays.
        if (
            j - i == 1
            and before in rules.words("place_only_after")
            and first in gazetteer("places")
            and first not in gazetteer("given_names")
        ):
            return "LOC"
    if (
        typ == "PER"
        and j - i == 2
        and tokens[i + 1].text.lower() in rules.words("region_short")
        and first not in gazetteer("given_names")
    ):
        return "ORG"  # `NasDem Sumut`, `Baznas Jabar`: a body's branch in a province
    suffixes = _endings(rules, "place_suffixes")
    if (
        typ != "LOC"
        and suffixes
        and tokens[j - 1].text.lower().endswith(suffixes)
        and not (typ == "PER" and j - i > 1 and first in gazetteer("given_names"))
    ):
        return "LOC"  # `Derbyshire`, `South Yorkshire`: a county; not `Tom Cheshire`
    tails = rules.words("org_tails")
    if j - i > 1 and (
        first in rules.words("org_firsts")
        or any(t.text.lower() in tails for t in tokens[i + 1 : j])
    ):
        return "ORG"
    # A body's head after a place or a party (``body_heads``: `Ohio
    # Democratic Caucus`, `State Department`), not after a person's given
    # names (`Tom Church`, `Mary Ellen Church`).
    heads = rules.words("body_heads")
    head = next((k for k in range(i + 1, j) if tokens[k].text.lower() in heads), None)
    if head is not None and typ != "ORG" and not _given_names(tokens, i, head, rules):
        return "ORG"
    # Roles are held by people: a given name and a surname that the tagger
    # took for an organisation right after a role (`Microsoft chief Bill
    # Gates`, the company beside it being its cue) is the person; a company
    # word after the first (`Direktur Hana Bank`) said otherwise above.
    if (
        typ == "ORG"
        and j - i == 2
        and i > 0
        and rules.is_role(tokens[i - 1].text)
        and first in gazetteer("given_names")
        and not tokens[j - 1].text.isupper()
    ):
        return "PER"
    # A country, state or capital by its whole name (`South Korea`, `Manila`)
    # is the place; as an organisation it has a head word. Not in
    # Indonesian, whose tagger learnt when `Indonesia` is the team.
    if typ == "ORG" and rules.every_name and _given_and_family(tokens, i, j, rules):
        return "PER"
    if typ == "ORG" and rules.every_name and _big_place(" ".join(t.text for t in tokens[i:j])):
        return "LOC"
    # A place's kind in lowercase after it (`the Yangtze river`, `Fujian
    # province`), unless the name is a firm's (`Ravel Systems town hall`),
    # and what something is based in (`a Bombay-based body`).
    if (
        typ != "LOC"
        and j < len(tokens)
        and (
            tokens[j].text in rules.words("place_nouns")
            or (
                tokens[j].text == "-"
                and j + 1 < len(tokens)
                and tokens[j + 1].text in rules.words("place_nouns")
            )
        )
        and not any(t.text.lower() in tails for t in tokens[i:j])
    ):
        return "LOC"
    # A region or sea the gazetteer does not hold (`Britain`, `Middle East`,
    # `Caspian Sea`), by its name or its last word (``place_names``,
    # ``place_tails``).
    if (
        typ != "LOC"
        and rules.every_name
        and (
            (j - i > 1 and tokens[j - 1].text.lower() in rules.words("place_tails"))
            or (
                first in _region_firsts(rules)
                and " ".join(t.text for t in tokens[i:j]).lower() in rules.words("place_names")
            )
        )
    ):
        return "LOC"
    return typ


def _given_and_family(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether a name the tagger took for an organisation is a common given
    name and one more capitalised word (``said Gabrielle Prior, an
    analyst``, ``Jim Press``): a person, where every capital may be a name.
    A firm named so (``Merrill Lynch``) is told by what the article says of
    it (``company_cues``)."""
    if j - i != 2 or not tokens[i + 1].text[:1].isupper() or tokens[i + 1].text.isupper():
        return False
    given, family = tokens[i].text, tokens[i + 1].text.lower()
    low = given.lower()
    return (
        gazetteer("given_names").get(low) == "3"
        and not given.isupper()
        and low not in rules.words("function_words")
        and low not in rules.words("openers")
        and low not in rules.words("joiners")
        and family not in rules.words("org_tails")
        and family not in rules.words("org_heads")
        and family not in rules.words("place_tails")
    )


def _initials_of_person(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the initials at ``i`` name a person: before an age in brackets
    (``AS (57)``), or after a word that says so (``initials_cues``:
    ``berinisial AS``), alone or in a list (``berinisial MY, MF, dan IP``).
    Crime news names suspects, victims and defendants by their initials
    right after that noun (``initials_nouns``: ``tersangka RMP``, ``pelaku
    adalah DS, ARH dan MA``); there the initials are short and rare, since a
    frequent acronym after the noun is what the person is of (``tersangka
    KPK``, ``pelaku UMKM``)."""
    cues = rules.words("initials_cues")
    if not cues:
        return False
    if (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 1].text.isdigit()
        and len(tokens[j + 1].text) <= 2
        and tokens[j + 2].text == ")"
    ):
        return True
    k = _before_initials_list(tokens, i)
    if k >= 1 and tokens[k].text.lower() in _NAMING_VERBS:
        k -= 1  # `pelaku adalah DS`
    if k < 0:
        return False
    cue = tokens[k].text.lower()
    if cue in cues:
        return True
    word = tokens[i].text
    return (
        cue in rules.words("initials_nouns")
        and len(word) <= _SHORT_INITIALS
        and word.isalpha()
        and not _frequent_word(word.lower())
        and word.lower() not in rules.words("stop_names")
        and word.lower() not in rules.words("terms")
    )


def _before_initials_list(tokens: Sequence[Token], i: int) -> int:
    """The index of the token before the list of initials that ``i`` ends
    (``MY, MF, dan IP``, ``RR (29) dan AY``), or before ``i`` alone. A
    bracket after one gives an age or a status (``DS (DPO), AR (DPO)``: on
    the wanted list)."""
    k = i - 1
    while k >= 1:
        m = k
        if tokens[m].text.lower() in _LIST_JOINERS:
            m -= 1
        if m >= 0 and tokens[m].text == ",":
            m -= 1
        if (
            m >= 2
            and tokens[m].text == ")"
            and (tokens[m - 1].text.isdigit() or _initials_word(tokens[m - 1].text))
        ):
            m -= 3 if tokens[m - 2].text == "(" else 0
        if m == k or m < 0 or not _initials_word(tokens[m].text):
            break
        k = m - 1
    return k


def _initials_word(word: str) -> bool:
    return word.isupper() and word.isalpha() and len(word) <= _INITIALS_LETTERS


def _frequent_word(low: str) -> bool:
    """Whether Indonesian news writes the word often (a few hundred times in
    ``word_stats``): an acronym everyone knows, no one's initials."""
    stats = word_stats().get(low)
    return stats is not None and stats[0].startswith("cr=") and stats[0][-1] in "234"


def _cued_initials(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """``chunks`` plus the initials of people that a cue names and the tagger
    left out (``berinisial MY, MF, dan IP``, ``berinisial J (63)``): a
    single letter too, which is no name anywhere else."""
    if _initials_cue_forms(rules).isdisjoint(map(itemgetter(0), tokens)):
        return chunks
    covered = {k for c in chunks for k in range(c[0], c[1])}
    found = [
        (k, k + 1, "PER", None)
        for k, token in enumerate(tokens)
        if k not in covered
        and k > 0
        and token[0].isupper()
        and _initials_word(token[0])
        and _initials_of_person(tokens, k, k + 1, rules)
    ]
    return sorted(chunks + found) if found else chunks


@cache
def _initials_cue_forms(rules: LanguageRules) -> frozenset[str]:
    """The cues of initials as written in running text and opening a
    sentence: a paragraph with none is passed over without a look."""
    cues = rules.words("initials_cues") | rules.words("initials_nouns")
    return cues | {c.capitalize() for c in cues}


# The words that join the last initials to a list of them.
_LIST_JOINERS = frozenset(("dan", "serta"))
# `pelaku adalah DS`, `tersangka yakni AS`.
_NAMING_VERBS = frozenset(("adalah", "yakni", "yaitu", "ialah"))
# The longest initials read as a person's: after a cue word, and after a
# noun for a suspect or victim.
_INITIALS_LETTERS = 5
_SHORT_INITIALS = 3


@cache
def _region_firsts(rules: LanguageRules) -> frozenset[str]:
    """The first words of the language's ``place_names``: only a name that
    opens with one is looked up whole."""
    return frozenset(name.split()[0] for name in rules.words("place_names"))


_COMPASS = frozenset(
    ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")
) | frozenset(("latin",))


def _demonym(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the chunk is a nationality, language or script word
    (``Hebrew``, ``Cyrillic``), in the plural (``Americans``) or after a
    point of the compass (``North American``, ``South Korean``), or a
    country's name and ``n`` (``Sri Lankan``)."""
    demonyms = rules.words("demonyms")
    words = [t.text.lower() for t in tokens[i:j] if t.text != "-"]
    if len(words) > 1 and all(
        w in demonyms or (w.endswith("s") and w[:-1] in demonyms) for w in words
    ):
        return True  # `African-American`, `Polish Americans`, `Sunni Muslims`
    last = tokens[j - 1].text.lower()
    if last in demonyms or (last.endswith("s") and last[:-1] in demonyms):
        return j - i == 1 or (j - i == 2 and tokens[i].text.lower() in _COMPASS)
    # A country's name and `n` (`Sri Lankan`, `Romanians`, `Kenyan`).
    if not last.removesuffix("s").endswith("an"):
        return False
    whole = " ".join(t.text for t in tokens[i:j]).lower().removesuffix("s")
    return gazetteer("places").get(whole[:-1]) == "0"


def _extend_hyphen(
    tokens: Sequence[Token], chunk: tuple[int, int, str], rules: LanguageRules
) -> tuple[int, int, str]:
    """A name does not stop inside a hyphenated name: ``Zeta-Jones``, and
    ``Park Ji-hoon``, whose lowercase second syllable is short. ``Seoul-based``
    and German compounds (``Elbkai-Vorstand``) are left as they are."""
    i, j, typ = chunk
    if rules.capitalises_nouns:
        return _german_double_name(tokens, chunk, rules)
    while (
        j + 1 < len(tokens)
        and tokens[j].text == "-"
        and tokens[j].joined
        and tokens[j + 1].joined
        and tokens[j + 1].text.isalnum()
        and (
            tokens[j + 1].text[:1].isupper()
            or (typ == "PER" and len(tokens[j - 1].text) <= 4 and len(tokens[j + 1].text) <= 4)
        )
    ):
        j += 2
    return i, j, typ


def _german_double_name(
    tokens: Sequence[Token], chunk: tuple[int, int, str], rules: LanguageRules
) -> tuple[int, int, str]:
    """German joins two names with a hyphen into one: a double surname
    (``Mikl-Leitner``), a double given name (``Anna-Lena``), a place of two
    towns or parts (``Baden-Württemberg``, ``Villingen-Schwenningen``). A
    hyphenated word is one name when its last part is a name or no noun
    and ends in none (a compound ending in a noun, ``Merkel-Regierung``,
    names something else: ``_hyphen_compounds`` decides) and its first
    part, no acronym, is a name or a word the noun lexicon does not know
    (``Baden`` is a place that is a noun too). Only a word of two parts:
    ``Konrad-Bayer-Preis`` is a prize."""
    i, j, typ = chunk
    lexicon = rules.noun_lexicon
    if lexicon is None:
        return chunk

    def part(k: int) -> bool:
        word = tokens[k].text
        return (
            word[:1].isupper()
            and word[1:2].islower()
            and word.isalpha()
            and not (
                lexicon.is_common_noun(word)
                and not lexicon.is_given_name(word)
                and not lexicon.is_place_too(word)
            )
        )

    def last(k: int) -> bool:
        """Whether ``tokens[k]`` ends a name, not a compound noun: a name
        (``Leitner``, ``Lisa-Marie``), or a word that is no noun and ends in
        none (``Polit-Werbeverbots`` is a noun the lexicon cannot split)."""
        word = tokens[k].text
        return (
            lexicon.is_given_name(word)
            or lexicon.name_type(word) is not None
            or not (lexicon.is_common_noun(word) or lexicon.ends_in_noun(word))
        )

    def hyphen(k: int) -> bool:
        return 0 < k < len(tokens) - 1 and tokens[k].text == "-" and tokens[k].joined

    def loose(k: int) -> bool:
        """Whether ``tokens[k]`` is no part of a longer hyphenated word."""
        return k >= len(tokens) or not (tokens[k].text == "-" and tokens[k].joined)

    def given(k: int) -> bool:
        """Whether ``tokens[k]`` is a given name of any language (``Jean``,
        which the lexicon knows as a noun: a double given name is made of
        two, ``Jean-Claude``)."""
        word = tokens[k].text
        return (
            word[:1].isupper()
            and word not in _SAINTS
            and (lexicon.is_given_name(word) or word.lower() in gazetteer("given_names"))
        )

    if hyphen(j) and tokens[j + 1].joined and loose(j + 2) and (j - 1 == i or not hyphen(j - 2)):
        if given(j - 1) and given(j + 1):
            return i, j + 2, "PER"
        if part(j - 1) and part(j + 1) and last(j + 1):
            return i, j + 2, typ
    if (
        i > 1
        and hyphen(i - 1)
        and tokens[i].joined
        and part(i - 2)
        and part(i)
        and last(i)
        and (i < 3 or loose(i - 3))
        and loose(i + 1)
    ):
        return i - 2, j, typ
    return chunk


# A saint's name opens a place's (`Saint-Denis`, `San-Marino`), however
# given the name after it.
_SAINTS = frozenset(("Saint", "Sainte", "San", "Santa", "Santo", "Sankt", "São"))


def _acronym(word: str) -> bool:
    """Whether ``word`` is written in capitals, two letters or more (``SPD``)."""
    return len(word) > 1 and word.isupper()


def _double_name_at(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the chunk opens with a hyphenated name of two parts whose
    last is no common noun (``Baden-Württemberg``): its first part may be a
    noun (``das Baden``) but is the name's here (``_german_double_name``)."""
    return (
        i + 2 < j
        and tokens[i + 1].text == "-"
        and tokens[i + 1].joined
        and tokens[i + 2].joined
        and tokens[i + 2].text[1:2].islower()
        and (i + 3 == j or tokens[i + 3].text != "-")
        and not rules.noun_lexicon.is_common_noun(tokens[i + 2].text)
    )


def _join_particles(
    tokens: Sequence[Token], chunks: list[tuple[int, int, str]], rules: LanguageRules
) -> list[tuple[int, int, str]]:
    """A name goes on over a particle written with a hyphen before the next
    part (``Bashar al-Assad``, ``Abu Bakr al-Baghdadi``, ``Amr el-Sayed``):
    the tagger stops at the lowercase particle and made two names of one."""
    joiners = rules.words("joiners")
    out: list[tuple[int, int, str]] = []
    for i, j, typ in chunks:
        if out and out[-1][1] > i:
            continue
        while (
            j + 2 < len(tokens)
            and tokens[j].text in joiners
            and tokens[j].text.islower()
            and len(tokens[j].text) <= 3
            and tokens[j].text not in _COORDINATORS
            and tokens[j + 1].text == "-"
            and tokens[j + 1].joined
            and tokens[j + 2].joined
            and tokens[j + 2].text[:1].isupper()
        ):
            j += 3
            while j < len(tokens) and not tokens[j].first and tokens[j].text[:1].isupper():
                j += 1
        out.append((i, j, typ))
    return out


_ROMAN = frozenset(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])


def _numbered_bodies(
    tokens: Sequence[Token], chunks: list[tuple[int, int, str]], rules: LanguageRules
) -> list[tuple[int, int, str]]:
    """A body numbered in Roman figures (``Komisi I``, ``Komisi XI DPR RI``)
    is one organisation with the name it belongs to right after it: the
    tagger takes the head alone for no name and ``I`` for a pronoun."""
    # Most paragraphs hold no numeral: a set's C-level check says so.
    if _ROMAN.isdisjoint(map(itemgetter(0), tokens)):
        return chunks
    numerals = [k for k, t in enumerate(tokens) if t.text in _ROMAN]
    firsts = rules.words("org_firsts")
    starts = {c[0]: c for c in chunks}
    out: list[tuple[int, int, str]] = []
    taken = 0
    for k in (n - 1 for n in numerals if n > 0):
        if (
            k >= taken
            and tokens[k].text.lower() in firsts
            and tokens[k].text[:1].isupper()
            and not any(c[0] <= k < c[1] or c[0] == k + 1 for c in chunks)
        ):
            nxt = starts.get(k + 2)
            end = nxt[1] if nxt is not None and nxt[2] == "ORG" else k + 2
            out.append((k, end, "ORG"))
            taken = end
    if not out:
        return chunks
    return sorted([c for c in chunks if not any(o[0] <= c[0] < o[1] for o in out)] + out)


def _dated_names(tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules) -> list[Chunk]:
    """An institution named for a date (``Universitas Sebelas Maret``,
    ``Institut Teknologi Sepuluh Nopember``, ``Universitas 17 Agustus
    1945``) holds the day, the month and the year: the tagger, which reads a
    month as no name, cuts before it (or before the day). The day is a
    number in words, in the chunk or right after it, or in figures right
    after it; the month follows it."""
    months = rules.words("months")
    if not months:
        return chunks
    numbers = rules.words("number_words")
    firsts = _institution_firsts(rules)
    n = len(tokens)
    out: list[Chunk] = []
    for chunk in chunks:
        i, j, typ, long_form = chunk
        if typ == "PER" or tokens[i].text.lower() not in firsts or (out and i < out[-1][1]):
            out.append(chunk)
            continue
        k = j
        if k + 1 < n and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
            k += 1  # `Universitas 17 Agustus`
        else:
            while (
                k < n
                and k - j < 2
                and is_capitalised(tokens[k].text)
                and tokens[k].text.lower() in numbers
            ):
                k += 1  # `Institut Teknologi` + `Sepuluh Nopember`
            if tokens[k - 1].text.lower() not in numbers:
                out.append(chunk)
                continue
        if k < n and tokens[k].text.lower() in months and tokens[k].text[:1].isupper():
            k += 1
            if k < n and tokens[k].text.isdigit() and len(tokens[k].text) == 4:
                k += 1
            chunk = (i, k, "ORG", long_form)
        out.append(chunk)
    return out


# The word right after a token.
_NEXT_WORD = re.compile(r" (\w+)")


def _noun_before_demonstrative(
    text: str, tok: Token, rules: LanguageRules, mid_caps: set[str]
) -> bool:
    """A word that opens a sentence right before a demonstrative written
    after its noun (``demonstratives``: Indonesian ``Tarian itu``,
    ``Kebijakan ini``), and that the article capitalises nowhere else, is
    that common noun, not a name: a person is named before a demonstrative
    only once the article has named them (mid-sentence, which keeps the
    word). A place stays (``Jakarta itu``); a given name does not, for the
    gazetteer of given names holds common nouns too (``Tarian``)."""
    demonstratives = rules.words("demonstratives")
    if not demonstratives or not tok.first or tok.text in mid_caps or tok.text.isupper():
        return False
    after = _NEXT_WORD.match(text, tok.end)
    low = tok.text.lower()
    return after is not None and after.group(1) in demonstratives and low not in gazetteer("places")


def _only_opens_sentence(
    tok: Token,
    rules: LanguageRules,
    mid_caps: set[str],
    lowercase: Callable[[], set[str]] = frozenset,
) -> bool:
    """A word capitalised only because it opens a sentence (``Robot buatan
    ...``, ``Les robots ...``, ``Pantauan di lokasi ...``): the article never
    writes it capitalised mid-sentence, and it writes it (or its singular) in
    lowercase elsewhere (``lowercase()``), or it is a function word, a common
    word of the language (``common``, or the longer list of ``lowercase_words``),
    or a word that news mostly writes in lowercase.
    Alone (and not an acronym paired with a long form) it is not a name."""
    if not tok.first or tok.text in mid_caps or tok.text.isupper():
        return False
    low = tok.text.lower()
    common = rules.common
    if low in rules.words("function_words") or low in common:
        return True
    if low in rules.words("lowercase_words") and not _big_place(low):
        return True  # `Somehow`, `Rhetoric`, `Ledakan` (evaluation/lowercase_words.py)
    lower = lowercase()
    if (low in lower or (low[-1:] == "s" and low[:-1] in lower)) and not _big_place(low):
        return True  # the article writes it in lowercase too (`Pupils … the pupils`)
    endings = _endings(rules, "opener_endings")
    if (
        (
            (endings and len(low) > 4 and low.endswith(endings))
            # A common noun in the plural (`Pupils`, `Preparations`, `Dogs`,
            # `Pedestrians`, `Variables`).
            or (rules.plurals_in_s and len(low) > 4 and _common_plural(low, rules, endings))
            # A common word negated by its prefix (`Unsubtle`, `Nonstop`).
            or _negated_common(low, rules)
        )
        and low not in gazetteer("places")
        and low not in gazetteer("given_names")
    ):
        return True
    prefixes = _endings(rules, "opener_prefixes")
    if (
        prefixes
        and len(low) >= 7
        and low.startswith(prefixes)
        and low not in gazetteer("places")
        and low not in gazetteer("given_names")
    ):
        return True  # `Digorok dari belakang`
    if rules.every_name:
        return False
    stats = word_stats().get(low)
    if (stats is not None and stats[0].startswith("cr=0")) or low in rules.loan_common:
        return True
    # Indonesian nouns derived with -an from a common root (pantau -> Pantauan).
    return low.endswith("an") and (low[:-2] in common or low[:-3] in common)


def _common_plural(low: str, rules: LanguageRules, endings: tuple[str, ...]) -> bool:
    """Whether ``low`` is a common word with an ``s`` (``pedestrians``,
    ``variables``): its singular is a word the language writes in lowercase
    or has a common word's ending."""
    if not low.endswith("s"):
        return False
    one = low[:-1]
    return (
        one in rules.common
        or one in rules.words("lowercase_words")
        or bool(endings and len(one) > 4 and one.endswith(endings))
    )


def _negated_common(low: str, rules: LanguageRules) -> bool:
    """Whether ``low`` is a common word behind a negating prefix of the
    language (``negating_prefixes``: English ``unsubtle``, ``nonstop``,
    ``disloyal``): a name is not built so (``Unilever`` holds no word); a
    short rest may end a surname (``Dismore``), so it has five letters."""
    for prefix in rules.words("negating_prefixes"):
        rest = low[len(prefix) :]
        if (
            low.startswith(prefix)
            and len(rest) > 4
            and (rest in rules.common or rest in rules.words("lowercase_words"))
        ):
            return True
    return False


def _plural_opener(text: str, tok: Token, rules: LanguageRules, mid_caps: set[str]) -> bool:
    """A word that opens a sentence, never capitalised mid-sentence, that the
    language's ``plural_opener`` reads as a common noun in the plural
    (Spanish ``Colectivos vecinales``), and no place or given name."""
    if rules.plural_opener is None or not tok.first or tok.text in mid_caps:
        return False
    low = tok.text.lower()
    return (
        rules.plural_opener(text, tok.end)
        and low not in gazetteer("places")
        and low not in gazetteer("given_names")
    )


# A short capitalised word and its full stop right before a token (`Prof. `,
# `Dr. `); a role written out before a stop (`the mayor. `) ends a sentence.
_ABBREVIATED = re.compile(r"(?<![\w.])(\w{1,5})\. ?$")


def _after_title(text: str, start: int, rules: LanguageRules) -> bool:
    """Whether a title written short with its full stop stands right
    before ``start`` (``Prof. Wiranata``, ``Dr. Ames``): the tokenizer
    took the stop for a sentence's end, but the word opens a name."""
    found = _ABBREVIATED.search(text, max(0, start - 8), start)
    return found is not None and found.group(1)[0].isupper() and rules.is_role(found.group(1))


def _trim_german(
    tokens: Sequence[Token], chunk: tuple[int, int, str], rules: LanguageRules
) -> tuple | None:
    """German capitalises every noun: common nouns on the edges of a chunk
    (``Landesfachbereichsleiterin Sabine Ohlsen``, ``Millionen Euro``) are
    not part of the name, nor is the word right after an article or an
    inflected adjective (``dem südkoreanischen Hersteller Nuri Dynamics``,
    ``beim Sichern``) or a number (``12 Millionen Euro``), which is a noun."""
    i, j, typ = chunk
    lexicon = rules.noun_lexicon
    if j - i == 1 and _german_place(tokens, i, rules):
        return i, j, "LOC"
    if j - i == 1 and (
        (
            _german_institution(tokens[i].text, rules)
            # `in eine Regionalkammer verwandelt`: a kind of body, none named.
            and not (i > 0 and tokens[i - 1].text.lower() in _INDEFINITE_ARTICLES)
        )
        or _uninflected_title(tokens, i, rules)
    ):
        return i, j, "ORG"
    if j - i == 1 and _place_by_context(tokens, i, rules):
        return i, j, "LOC"
    if any(t.text in _ENGLISH_JOINERS for t in tokens[i + 1 : j - 1]):
        # `Museum of Modern Art`, `Kornfeld & Klipstein`: no German nouns.
        return chunk
    named = _particle_name(tokens, i, j, rules) or _adjective_name(tokens, i, j, rules)
    if named is not None:
        return named
    # An interview's turn (`STANDARD: Wurden Ihnen …`) opens a sentence.
    while (
        i < j
        and _after_colon(tokens, i)
        and tokens[i].text.lower() in rules.words("function_words")
    ):
        i += 1
    if i < j and _title_article(tokens, i, j, rules):
        return i, j, "ORG" if typ == "PER" else typ
    # The second part of a compound (`Polit-Werbeverbots`) is no name of
    # its own, unless the lexicon knows it as one (`Ost-Berlin`) or a
    # particle comes before it (`al-Assad`).
    if (
        i > 1
        and i < j
        and tokens[i - 1].text == "-"
        and tokens[i].joined
        and tokens[i - 1].joined
        and _alnum(tokens[i - 2])
        and tokens[i - 2].text.lower() not in rules.words("joiners")
        and not tokens[i].text.isupper()
        and lexicon is not None
        and lexicon.name_type(tokens[i].text) is None
        and not lexicon.is_given_name(tokens[i].text)
    ):
        i += 1
    if j - i > 1 and tokens[i].text.lower() in rules.words("place_prefixes"):
        while j > i + 2 and _german_noun(tokens[j - 1].text, rules):
            j -= 1
        return i, j, "LOC"
    if (
        0 < i < j
        and tokens[i - 1].text.lower() in _INDEFINITE_ARTICLES
        and lexicon is not None
        and lexicon.is_common_noun(tokens[i].text, compounds=False)
    ):
        # No one's name follows an indefinite article: a given name that is
        # a noun too is the noun there (`eine Art Obergrenze`).
        i += 1
    if (
        0 < i < j
        and _german_article_or_adjective(tokens[i - 1].text, rules)
        # A verb can look like an adjective (`sagte Klaus Werner`): a word
        # the lexicon knows as a name stays.
        and not (
            lexicon is not None
            and (
                lexicon.name_type(tokens[i].text) is not None
                or lexicon.is_given_name(tokens[i].text)
                or _place_genitive(tokens[i].text, rules)
            )
        )
        and not _foreign_name(tokens, i, j, rules)
        and not _known_organisation(tokens[i].text, rules)
        # No German noun is written in capitals: an acronym after an
        # article is the name (`der ARD`, `die rechtsgerichtete MHP`),
        # unless the article is in capitals too (`DER MANN:`).
        and not (_acronym(tokens[i].text) and not tokens[i - 1].text.isupper())
        and not _before_family(tokens, i, j, rules)
        and not (i + 1 < j and _german_institution(tokens[i].text, rules))
        # `die Merasin-Straße`: the compound decides (`_hyphen_compounds`).
        and not (j < len(tokens) and tokens[j].text == "-" and tokens[j].joined)
        and not _double_name_at(tokens, i, j, rules)
    ):
        i += 1
    while (
        i < j
        and not _double_name_at(tokens, i, j, rules)
        # `UN`, `IS` are no function words in capitals.
        and not (_acronym(tokens[i].text) and not tokens[i].first)
        and (
            _german_noun(tokens[i].text, rules)
            or _verbal_noun(tokens, i, lexicon)
            # A kind of organisation or place the lexicon lacks, before
            # the name (`der Privatfirma Walan ICC`).
            or (
                i + 1 < j
                and (
                    _organisation_kind(tokens[i].text, rules) or _place_kind(tokens[i].text, rules)
                )
            )
            # A compound noun the lexicon lacks before a name (`ein Ölbild
            # Schieles`), as after one.
            or (
                i + 1 < j
                and len(tokens[i].text) >= _LONG_COMPOUND
                and lexicon is not None
                and lexicon.is_common_noun(tokens[i].text)
                # A given name after it is cut at below (`_after_described`).
                and not any(
                    lexicon.is_given_name(w) or w.lower() in gazetteer("given_names")
                    for w in (tokens[i].text, tokens[i + 1].text)
                )
            )
        )
        and not _title_article(tokens, i, j, rules)
        and not _before_family(tokens, i, j, rules)
        and not _place_of_words(tokens, i, j)
        and not _german_place(tokens, i, rules)
        # A body and the place it is of (`Wirtschaftskammer Österreich`).
        and not (i + 1 < j and _german_institution(tokens[i].text, rules))
        # `die Bild-Zeitung`: a name before a hyphen and a kind of body.
        and not (i + 1 == j and _before_kind(tokens, j, rules))
    ):
        i += 1
    if i < j and _title_article(tokens, i, j, rules):
        return i, j, "ORG" if typ == "PER" else typ
    end = j
    while (
        j > i
        and (
            not _alnum(tokens[j - 1])
            or _german_noun(tokens[j - 1].text, rules)
            # A compound noun the lexicon lacks (`Sehnsuchtsraum`,
            # `Filmmusik`) after a name; a shorter one after a given name
            # of any language may be the family name (`Hanns Rosenberg`).
            or (
                j - i > 1
                and len(tokens[j - 1].text) >= _LONG_COMPOUND
                and lexicon is not None
                and lexicon.is_common_noun(tokens[j - 1].text)
                and (
                    len(tokens[j - 1].text) >= _LONG_TAIL_COMPOUND
                    or tokens[j - 2].text.lower() not in gazetteer("given_names")
                )
            )
        )
        and not _after_given(tokens, j, rules)
        and not _german_place(tokens, j - 1, rules)
        and not _before_kind(tokens, j, rules)
        # A body written as one word, once the noun after it is trimmed
        # (`des Justizministeriums Anfang der Woche`).
        and not (j - 1 == i and _german_institution(tokens[i].text, rules))
        # `UN`, `IS` are no function words in capitals, unless all around
        # is in capitals too (`DIE FRAU:`); an abbreviated noun (`LKW`) is
        # a noun.
        and not (
            _acronym(tokens[j - 1].text)
            and not tokens[j - 1].first
            and not (j > 1 and tokens[j - 2].text.isupper())
            and not (j < len(tokens) and tokens[j].text.isupper())
            and tokens[j - 1].text.lower() not in rules.words("nouns")
            and tokens[j - 1].text.lower() not in rules.words("abbreviations")
        )
    ):
        j -= 1
    i = _after_described(tokens, i, j, rules)
    if j - i == 1 and j < end and _german_attribute(tokens[i].text, rules):
        return None
    if j - i == 1 and _german_place(tokens, i, rules):
        typ = "LOC"
    if i < j and typ == "PER":
        typ = _german_type_by_context(tokens, i, j, rules)
    if i < j and _german_institution(tokens[i].text, rules):
        typ = "ORG"
    elif typ != "PER" and j - i == 2 and _given_and_family_name(tokens, i, rules):
        typ = "PER"
    return (i, j, typ) if i < j else None


def _place_by_context(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether a word alone is a place by the words before it.

    After ``in``, ``nach``, ``aus`` or ``zu`` and a definite article, or
    after ``im``, a word the noun lexicon knows in no way (``in der
    Varenne``, ``im Ostallgäu``): German news writes its common nouns as the
    lexicon has them or as compounds it can split, and a person's name
    without an article, so an unknown word where something is or comes from
    names a region. An English word (``im Lockdown``) or English words
    written as one (``im Newsroom``, ``in der Skybar``), an adjective, a verb
    or a diminutive written as a noun, a noun's genitive, a given name (the
    article colloquial) and a compound ending in a noun are none, unless
    that noun is one that place names end in (``toponym_endings``: ``im
    Kleinwalsertal``), which makes a place after any definite article
    (``den Hochsteig``). Elsewhere an unknown word after an article is as
    often a noun the lexicon lacks as a body's name: it is left alone.

    After ``in``, ``nach``, ``aus`` or ``zu`` without an article, a word the
    lexicon does not list that ends in such a part (``in Grünbach``, ``aus
    Wolfsgraben``): a common noun there is a mass or a plural (``in
    Regierungskreisen``), not a village's name."""
    if i == 0 or tokens[i].first:
        return False
    before, word = tokens[i - 1].text.lower(), tokens[i].text
    if (
        len(word) <= 3
        or not word.isalpha()
        or not word[1:].islower()
        or (i + 1 < len(tokens) and tokens[i + 1].text == "-")
    ):
        return False
    lexicon = rules.noun_lexicon
    prepositions = rules.words("place_prepositions")
    toponym = _toponym_shaped(word, rules)
    if before in prepositions and toponym and not lexicon.is_common_noun(word, compounds=False):
        return lexicon.name_type(word) is None
    articles = rules.words("definite_articles")
    located = before in rules.words("locative_articles") or (
        before in articles and i > 1 and tokens[i - 2].text.lower() in prepositions
    )
    return (
        (located or (toponym and before in articles))
        and word.lower() not in home_words("en", "common")
        and word[:-1].lower() not in home_words("en", "common")
        and not word.endswith(_endings(rules, "nominalised_endings"))
        and not _german_noun(word, rules)
        and lexicon.is_unknown(word)
        and not lexicon.is_given_name(word)
        and word.lower() not in gazetteer("given_names")
        and not (word.endswith("s") and not lexicon.is_unknown(word[:-1]))
        and not lexicon.is_adjective(word)
        and not lexicon.is_adjective_noun(word)
        and (toponym or not (lexicon.ends_in_noun(word) or _english_compound(word)))
    )


# The shortest English word taken as a part of a compound (`Sky|bar`).
_SHORTEST_ENGLISH_PART = 3


def _english_compound(word: str) -> bool:
    """Whether ``word`` is English words written as one (``News|room``,
    ``Back|office``, ``Head|quarter``, ``Roof|top|bar``, ``Sky|bar``), as
    German writes its English loans like its own compounds: a room, an
    office, a bar, no region. Every part is of three letters or more and
    an English common word (``en/common.txt``), but the first, which may be
    any word English news writes (``word_stats``: ``Sky``): what comes
    before a compound's head may be a name. Whole, not by its end: German
    place names end in short English words (``Dres|den``, ``Kemp|ten``),
    seldom are English words alone (``Hard|egg``, ``Lands|hut``, and
    ``Bridge|town``, which are)."""
    low = word.lower()
    shortest = _SHORTEST_ENGLISH_PART
    stats = word_stats()
    return any(
        (low[:k] in _english_common() or any(f.startswith("ecr=") for f in stats.get(low[:k], ())))
        and _english_words(low[k:])
        for k in range(shortest, len(low) - shortest + 1)
    )


@cache
def _english_common() -> frozenset[str]:
    """English common words of three letters or more."""
    return frozenset(w for w in home_words("en", "common") if len(w) >= _SHORTEST_ENGLISH_PART)


@lru_cache(maxsize=4096)
def _english_words(low: str) -> bool:
    """Whether ``low`` is one English common word or several written as one."""
    shortest = _SHORTEST_ENGLISH_PART
    return low in _english_common() or any(
        low[:k] in _english_common() and _english_words(low[k:])
        for k in range(shortest, len(low) - shortest + 1)
    )


def _toponym_shaped(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` ends in a part place names are made with
    (``toponym_endings``: ``Grün|bach``), at least three letters after
    something of three or more."""
    low = word.lower()
    endings = _endings(rules, "toponym_endings")
    return low.endswith(endings) and any(
        low.endswith(e) and len(low) >= len(e) + 3 for e in endings
    )


def _given_and_family_name(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]`` and the word after it are a given name and a
    family name (``Jugendanwalt Michael Rauch``), whatever the tagger typed
    them: a given name the lexicon knows, no saint's or Mary's (``Maria
    Alm`` is a town), and a word that is no place, body or acronym."""
    lexicon = rules.noun_lexicon
    given, family = tokens[i].text, tokens[i + 1].text
    return (
        lexicon.is_given_name(given)
        and given not in _SAINTS
        and given != "Maria"
        and family[:1].isupper()
        and family[1:2].islower()
        and family.isalpha()
        and lexicon.name_type(family) != "LOC"
        and not _german_place(tokens, i + 1, rules)
        and not _german_institution(family, rules)
        and not _known_organisation(family, rules)
        and not _organisation_kind(family, rules)
        and not _place_kind(family, rules)
    )


# The shortest compound noun the lexicon lacks that is trimmed off a name's
# edge (`Ölbild`, `Filmmusik`): a shorter word so made is as often a name
# (`Hofmann`, `Rosenberg`).
_LONG_COMPOUND = 6
# After a given name, a compound this long is no family name.
_LONG_TAIL_COMPOUND = 10

# Particles of family names that German writes in capitals (`Van der
# Bellen`, `De Maizière`); `Von` only mid-sentence, where German's own
# preposition is in lowercase.
_CAPITAL_PARTICLES = frozenset(("Van", "De", "Ter", "Ten", "Von"))


def _capital_particle(tokens: Sequence[Token], k: int) -> bool:
    word = tokens[k].text
    return word in _CAPITAL_PARTICLES and (word != "Von" or not tokens[k].first)


def _particle_end(tokens: Sequence[Token], p: int, rules: LanguageRules) -> int:
    """Where a family name opened by the capitalised particle
    ``tokens[p]`` ends: past up to two lowercase particles (``der``) and
    one capitalised word (``Van der Bellen``), or 0 when no such word
    follows."""
    joiners = rules.words("joiners")
    q = p + 1
    while q < len(tokens) and q - p <= 2 and tokens[q].text.islower() and tokens[q].text in joiners:
        q += 1
    if q < len(tokens) and tokens[q].text[:1].isupper() and tokens[q].text.isalpha():
        return q + 1
    return 0


def _over_capital_particles(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """A family name opened by a capitalised particle (``Alexander Van der
    Bellen``) is one chunk: the tagger stops at the lowercase particle and
    made two of it, or three."""
    out: list[tuple] = []
    for chunk in chunks:
        i, j, *rest = chunk
        if out and i < out[-1][1]:
            continue
        p = next((k for k in range(i, j) if _capital_particle(tokens, k)), None)
        end = _particle_end(tokens, p, rules) if p is not None else 0
        out.append((i, max(j, end), *rest) if end else chunk)
    return out


def _particle_name(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> tuple | None:
    """A person's name with a family name that a capitalised particle opens
    (``Van der Bellen``, ``Alexander Van der Bellen``): its words after the
    particle are the name whether the lexicon knows them as nouns
    (``Bellen``) or not; a given name before it belongs to it."""
    for p in range(i, j - 1):
        if _capital_particle(tokens, p) and _particle_end(tokens, p, rules) == j:
            given = p > i and (
                rules.noun_lexicon.is_given_name(tokens[p - 1].text)
                or tokens[p - 1].text.lower() in gazetteer("given_names")
            )
            return (p - 1 if given else p), j, "PER"
    return None


_PRESENT_PARTICIPLE = ("nde", "nden", "nder", "ndes", "ndem")


def _adjective_name(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> tuple | None:
    """The name a capitalised adjective opens mid-sentence (``der Vereinten
    Nationen``, ``des Österreichischen Gewerkschaftsbunds``, ``die Gruppe
    Erste Küstendivision``): German writes an adjective before a noun in
    lowercase unless it is part of a name, so the adjective and the words
    after it are the name, and the nouns before it (``Gruppe``) are not.
    A name so made is no person's: a place when it ends in a kind of place
    (``Toten Gebirge``), else an organisation; one that ends in an event,
    a prize or a genre (``event_tails``: ``Kalten Krieg``) is no entity."""
    lexicon = rules.noun_lexicon
    for k in range(i, j - 1):
        word = tokens[k].text
        before = tokens[k - 1].text if k else ""
        if not (
            word[:1].isupper()
            and not tokens[k].first
            and before not in (":", "–", "—", "-")
            # After a lowercase adjective it is a noun (`unserem türkischen
            # Verbündeten Rückhalt`), unless another adjective follows
            # (`der oppositionsnahen Freien Syrischen Armee`); after a noun,
            # one that ends in `er` is its genitive (`Zentralrat Deutscher
            # Sinti`).
            and not (
                before.islower()
                and _german_adjective_form(before, rules)
                and not (k + 2 < j and lexicon.is_adjective(tokens[k + 1].text))
            )
            and not (k > i and word.endswith("er"))
            # A present participle names who does it (`Vorsitzender`).
            and not word.endswith(_PRESENT_PARTICIPLE)
            and not rules.is_role(word)
            and tokens[k + 1].text[:1].isupper()
            and tokens[k + 1].text[1:2].islower()
            and lexicon.is_adjective(word)
            # Before a name it is a noun of its own (`der Grünen Wien`).
            and lexicon.name_type(tokens[k + 1].text) is None
            and not lexicon.is_given_name(tokens[k + 1].text)
        ):
            if not _german_noun(word, rules):
                return None
            continue
        # The name ends before a lowercase word (`Junge Generation der SPÖ`).
        end = next((n for n in range(k + 1, j) if tokens[n].text.islower()), j)
        last = tokens[end - 1].text.lower()
        if last.endswith(_endings(rules, "event_tails")):
            return None  # `den Kalten Krieg`: an event, no entity
        places = _endings(rules, "place_endings") + _endings(rules, "place_kinds")
        typ = "LOC" if last.endswith(places) else "ORG"
        return k, end, typ
    return None


# Articles of other languages that open a foreign name (`Le Monde`, `The
# Guardian`, `Los Angeles`), and German's own, which open a title.
_FOREIGN_ARTICLES = frozenset(("The", "Le", "La", "Les", "Los", "Las", "El", "Il"))
_GERMAN_TITLE_ARTICLES = frozenset(("Der", "Die", "Das"))


def _title_article(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the chunk opens with an article capitalised mid-sentence
    before a capitalised word: German writes its articles in lowercase
    there, so the article is part of a foreign name (``las Le Monde``) or
    of a title; a title is a name when it is a newspaper's (``titled_media``:
    ``laut Der Spiegel``), not a work's (``in Der Pate bekannt``)."""
    article = tokens[i].text
    if article not in _FOREIGN_ARTICLES and article not in _GERMAN_TITLE_ARTICLES:
        return False
    if j - i < 2 or tokens[i].first or i == 0 or not tokens[i + 1].text[:1].isupper():
        return False
    if tokens[i - 1].text in (":", '"', "„", "“", "»", "«", "(", "-", "–"):
        return False
    return article in _FOREIGN_ARTICLES or (
        article in _GERMAN_TITLE_ARTICLES
        and tokens[i + 1].text.lower() in rules.words("titled_media")
    )


def _german_type_by_context(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> str:
    """What the words around a name the tagger took for a person say it is:
    an acronym is an organisation (``die Miliz KPX``), and so is what a kind
    of organisation names (``die Zeitung Danas``); a place is what a
    dateline opens with (``Ostrava – Die Polizei …``), what a kind of place
    names (``in der Provinz Zarvan``, ``nahe der Hafenstadt Orlik``) and a
    name after ``in`` or ``aus`` that no given name opens (``wurde in Velka
    Lhota geboren``, ``stammt aus Pelkowitz``: ``where_prepositions``). Not
    after ``nach``, after which German calls, asks and looks for people
    (``riefen nach Novak``, ``die Zeit nach Merkel``): there only a word
    shaped as a place is one (``_place_by_context``)."""
    word = tokens[i].text
    if j - i == 1 and word.isupper() and len(word) > 1:
        return "ORG"
    if _dateline_place(tokens, i, j) or (i > 0 and _place_kind(tokens[i - 1].text, rules)):
        return "LOC"
    if i > 0 and _organisation_kind(tokens[i - 1].text, rules):
        return "ORG"
    lexicon = rules.noun_lexicon
    if (
        i > 0
        and tokens[i - 1].text in rules.words("where_prepositions")
        # `aus Prölls Büro`: a person's genitive before what is theirs.
        and not (
            j < len(tokens) and tokens[j - 1].text.endswith("s") and tokens[j].text[:1].isupper()
        )
        and lexicon is not None
        and not lexicon.is_given_name(tokens[i].text)
        and not (j - i > 1 and tokens[i].text.lower() in gazetteer("given_names"))
    ):
        return "LOC"
    return "PER"


def _dateline_place(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the chunk opens a sentence before a dash and a capital: the
    place of a dateline (``Ostrava – Die Polizei …``)."""
    return (
        tokens[i].first
        and j + 1 < len(tokens)
        and tokens[j].text in ("–", "—")
        and tokens[j + 1].text[:1].isupper()
        # Not the rest of a name after an abbreviation (`St. Pölten`).
        and not (i > 1 and tokens[i - 1].text == "." and len(tokens[i - 2].text) <= 3)
    )


def _place_kind(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is a kind of place written before a place's name
    (``Provinz``, ``Stadt``), or a compound ending in one (``Hafenstadt``)."""
    low = word.lower()
    kinds = rules.words("place_kinds")
    return low in kinds or (
        len(low) > 7 and low.endswith(_endings(rules, "place_kinds")) and word[:1].isupper()
    )


def _organisation_kind(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is a kind of organisation written before its name
    (``Zeitung``, ``Duo``), or a compound ending in one
    (``Nachrichtenagentur``, ``Islamistengruppe``)."""
    low = word.lower()
    kinds = rules.words("org_kinds")
    endings = _endings(rules, "org_kinds")
    return word[:1].isupper() and (
        low in kinds
        or (
            low.endswith(endings)
            and any(low.endswith(k) and len(low) >= len(k) + 5 for k in endings)
        )
    )


def _after_described(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> int:
    """Where a person's name starts after the noun that describes them
    (``Himmlers Stellvertreter Ernst Kaltenbrunner``, ``Zuckerfabrikanten
    Oscar Bondy``): at the given name after the last common noun, which is
    no part of the name (the possessive before it neither)."""
    lexicon = rules.noun_lexicon
    if lexicon is None or _place_of_words(tokens, i, j):
        return i
    given = gazetteer("given_names")
    for k in range(j - 2, i - 1, -1):
        word, nxt = tokens[k].text, tokens[k + 1].text
        if (
            (lexicon.is_given_name(nxt) or nxt.lower() in given)
            and not lexicon.is_given_name(word)
            and lexicon.name_type(word) is None
            and (_german_noun(word, rules) or lexicon.is_common_noun(word))
            # `Chef Park Jihoon`: a Korean surname before the given name.
            and not is_korean_name(word, nxt)
        ):
            return k + 1
    return i


_ENGLISH_JOINERS = frozenset(("of", "the", "for", "and", "&"))


def _german_place(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]``, a place the lexicon also lists as a common
    noun (``China``, ``Paris``, ``Ungarn``), is the place here: a country
    (the gazetteer's first tier) anywhere, any other right after ``in``,
    ``nach`` or ``aus`` (``in Essen``; ``nach dem Essen`` is the meal)."""
    word = tokens[i].text
    lexicon = rules.noun_lexicon
    if lexicon is None:
        return False
    if _place_by_ending(tokens, i, rules) or _place_genitive(word, rules):
        return True
    if not lexicon.is_place_too(word):
        # Its genitive (`Chinas Führung`), which `_without_genitive` cuts.
        word = word[:-1]
        if not (tokens[i].text.endswith("s") and lexicon.is_place_too(word)):
            return False
    return gazetteer("places").get(word.lower()) == "0" or (
        i > 0 and tokens[i - 1].text.lower() in rules.words("place_prepositions")
    )


def _place_genitive(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is the genitive of a place the lexicon knows only as
    a place (``Österreichs Exporte``, ``Deutschlands Rolle``): German writes
    it with an ``s``, which the lexicon does not list and a compound reading
    takes for a noun (``Deutsch|lands``); ``_without_genitive`` cuts it. So
    is a place that is a common noun too when its genitive is no form of that
    noun (``Schwedens``, ``Polens``: a ``Schwede``'s is ``des Schweden``;
    ``Essens`` is the meal's). A given name that so ends (``Hans``) is none."""
    lexicon = rules.noun_lexicon
    stem = word[:-1]
    return (
        len(word) > 4
        and word.endswith("s")
        and (
            lexicon.name_type(stem) == "LOC"
            or (lexicon.is_place_too(stem) and not lexicon.is_common_noun(word, compounds=False))
        )
        and lexicon.name_type(word) is None
        and not lexicon.is_given_name(word)
        and word.lower() not in gazetteer("given_names")
    )


def _place_by_ending(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]``, mid-sentence, is a place by the last part of its
    name (``place_endings``: ``Toplitzsee``, ``Loserhütte``, ``Seestraße``:
    three letters before the ending are enough) and the lexicon lists no such
    word of its own (``Badesee``, ``Reisepass`` are ones)."""
    word = tokens[i].text
    if len(word) < 7 or tokens[i].first:
        return False
    low = word.lower()
    endings = _endings(rules, "place_endings")
    return (
        low.endswith(endings)
        and any(low.endswith(e) and len(low) >= len(e) + 3 for e in endings)
        and rules.noun_lexicon is not None
        and not rules.noun_lexicon.is_common_noun(word, compounds=False)
    )


def _german_institution(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is one body written as one word (``Innenministerium``,
    ``Arbeiterkammer``): a compound ending in ``org_endings``, in the
    genitive too (``des Kanzleramts``, ``des Justizministeriums``)."""
    low = word.lower()
    if low.endswith("s") and not low.endswith(_endings(rules, "org_endings")):
        low = low[:-2] if low.endswith("es") and low[:-2].endswith("t") else low[:-1]
    endings = _endings(rules, "org_endings")
    return (
        low.endswith(endings)
        and len(low) > 6
        and any(low.endswith(e) and len(low) > len(e) + 2 for e in endings)
    )


def _uninflected_title(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]`` is a newspaper's title in the genitive (``des
    Kurier``, ``des Tagesspiegel``): German leaves a title uninflected, where
    the noun it is made of takes its ``s`` (``des Kuriers``, ``des
    Spiegels``); ``titled_media`` are the nouns of titles."""
    if i == 0 or tokens[i - 1].text != "des":
        return False
    low = tokens[i].text.lower()
    return not low.endswith("s") and low.endswith(_endings(rules, "titled_media"))


@cache
def _endings(rules: LanguageRules, kind: str) -> tuple[str, ...]:
    """The words of ``kind`` as a tuple, for ``str.endswith``."""
    return tuple(rules.words(kind))


def _foreign_name(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the chunk is a name of several words in another language
    whose first word German does not know (``die New York Times``, ``der
    Worried Men Skiffle Group``): after an article it is no German noun."""
    lexicon = rules.noun_lexicon
    return (
        lexicon is not None
        and j - i > 1
        and lexicon.is_unknown(tokens[i].text)
        and not _german_noun(tokens[i + 1].text, rules)
    )


def _place_of_words(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the chunk opens with a place of two words in the gazetteer
    (``Los Angeles``, ``Buenos Aires``): its first word is no German noun
    (``das Los``) there."""
    return j - i > 1 and f"{tokens[i].text} {tokens[i + 1].text}".lower() in gazetteer("places")


def _german_attribute(word: str, rules: LanguageRules) -> bool:
    """Whether ``word``, left alone once the noun after it was trimmed, is an
    inflected adjective (``Kalter`` of ``Kalter Krieg``, ``Experimentelles
    Kino``) and no name the lexicon knows."""
    lexicon = rules.noun_lexicon
    return (
        lexicon is not None
        and not word.isupper()
        and word.lower().endswith(("e", "er", "es", "en", "em"))
        and lexicon.name_type(word) is None
        and not lexicon.is_given_name(word)
    )


def _before_family(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]`` is a given name with more of the name after it:
    a given name can be a noun too (``Klaus Werner``, ``Yiannis Kostaras``); so
    is a word before a particle of a name (``Omar al-Rashid``, ``Ludwig van
    Beethoven``)."""
    lexicon = rules.noun_lexicon
    return (
        lexicon is not None
        and i + 1 < j
        and (
            lexicon.is_given_name(tokens[i].text)
            or (
                tokens[i + 1].text.islower()
                and tokens[i + 1].text in rules.words("joiners")
                # A German article after a noun is the next noun's
                # (`Hauptstadt der Provinz`); a name's particle opens with
                # `von` (`von der Leyen`).
                and tokens[i + 1].text not in _GERMAN_ARTICLES
            )
            or _foreign_given_name(tokens[i].text, tokens[i + 1].text, rules)
            # `Park Jihoon`: a Korean surname, which German has as a noun too.
            or (
                is_korean_name(tokens[i].text, tokens[i + 1].text)
                and not lexicon.is_common_noun(tokens[i + 1].text, compounds=False)
            )
        )
    )


def _foreign_given_name(word: str, following: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is a given name of another language that German
    takes for a noun by its ending (``Yiannis`` as ``Ergebnis``): the names
    of every language list it, the noun lexicon does not (``Tage``, ``Duo``
    are nouns there), and a family name follows that the lexicon knows as a
    name or does not know at all (``Mouzalas``)."""
    lexicon = rules.noun_lexicon
    low = word.lower()
    return (
        low in gazetteer("given_names")
        and low not in rules.words("function_words")
        and not lexicon.is_common_noun(word, compounds=False)
        and (lexicon.name_type(following) is not None or lexicon.is_unknown(following))
    )


def _after_given(tokens: Sequence[Token], j: int, rules: LanguageRules) -> bool:
    """Whether the word before ``tokens[j - 1]`` is a person's name: a
    family name can be a noun too (``Jörg Winger``, ``Reinhold Heil``)."""
    lexicon = rules.noun_lexicon
    return lexicon is not None and j >= 2 and lexicon.is_given_name(tokens[j - 2].text)


_GERMAN_ARTICLES = frozenset(
    ("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen"),
) | frozenset(("eines", "im", "am", "vom", "zum", "zur", "beim", "ins", "kein", "keine"))
_INDEFINITE_ARTICLES = frozenset(
    ("ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner", "keinem"),
) | frozenset(("keinen", "keines"))
# Prepositions and adverbs that look like inflected adjectives.
_GERMAN_NOT_ADJECTIVES = frozenset(
    ("unter", "über", "hinter", "wegen", "gegen", "neben", "zwischen", "seit", "außer"),
) | frozenset(("oder", "aber", "wieder", "immer", "sehr", "mehr", "gestern", "heute", "lange"))
# Prepositions, conjunctions and adverbs that end so too (`nahe Maimana`,
# `sowie Gablitz`, `weder Berlin noch …`).
_GERMAN_NOT_ADJECTIVES |= frozenset(
    ("nahe", "ohne", "binnen", "anstelle", "zugunsten", "wider", "sowie", "weder", "entweder"),
) | frozenset(("bisher", "daher", "vorher", "nachher", "seither", "eher"))


def _german_article_or_adjective(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is one that a German noun follows."""
    return (
        word.lower() in _GERMAN_ARTICLES
        or word.isdigit()
        or (word.islower() and _german_adjective_form(word, rules))
    )


def _german_adjective_form(word: str, rules: LanguageRules) -> bool:
    """Whether lowercase ``word`` looks like an inflected adjective
    (``türkischen``), not an article, a preposition or a function word."""
    low = word.lower()
    return (
        len(word) > 3
        and low.endswith(("e", "en", "er", "es", "em"))
        and low not in _GERMAN_ARTICLES
        and low not in _GERMAN_NOT_ADJECTIVES
        and low not in rules.words("function_words")
    )


_GERMAN_NOUN_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "nis",
    "tum",
    "ment",
    "erin",
    "rätin",
    "ärztin",
    # `der 35-Jährige`: an age written as a noun.
    "jährige",
    "jähriger",
    "jährigen",
)


def _known_organisation(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is an organisation German news writes as a word
    (``org_names``: ``Nato``, ``Stasi``) or a news agency or platform
    (``outlets``: ``Facebook``), which the noun lexicon may take for a noun;
    in the genitive too (``des Bundesrats``, ``des Senates``), whose ending
    ``_without_noun_genitive`` takes off."""
    low = word.lower()
    words = _organisation_words(rules)
    return low in words or (
        low[-1:] == "s" and (low[:-1] in words or (low[-2:] == "es" and low[:-2] in words))
    )


@cache
def _organisation_words(rules: LanguageRules) -> frozenset[str]:
    return rules.words("org_names") | rules.words("outlets")


# So many words on each side of a prefixed infinitive are enough to read
# it in its count of time or its list.
_VERBAL_NOUN_REACH = 12


def _verbal_noun(tokens: Sequence[Token], i: int, lexicon) -> bool:
    """Whether ``tokens[i]`` is a prefixed verb's infinitive written as a
    noun where it stands (``zehn Tage Ausharren``), which the word alone
    does not say: places and family names have its shape (``aus
    Eindhoven``; ``lexicon.infinitive_as_noun``)."""
    if lexicon is None or not lexicon.is_prefixed_infinitive(tokens[i].text):
        return False
    start = max(0, i - _VERBAL_NOUN_REACH)
    words = [t.text for t in tokens[start : i + _VERBAL_NOUN_REACH + 1]]
    return lexicon.infinitive_as_noun(words, i - start)


# Bounded so that a worker's memory stays flat however many articles pass;
# the trim asks of most words of a German article, many times.
@lru_cache(maxsize=20_000)
def _german_noun(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is a German common noun: in the nouns the corpus
    writes after an article, a function word, a noun by its ending or in the
    lexicon. A word the lexicon knows only as a name is none (``die Türkei``,
    ``der Irak``: German writes some countries with an article)."""
    low = word.lower()
    lexicon = rules.noun_lexicon
    if lexicon is not None and lexicon.name_type(word) is not None:
        return False
    return (
        low in rules.words("nouns")
        or low in rules.words("function_words")
        or low in rules.words("abbreviations")
        or (len(low) > 6 and low.endswith(_GERMAN_NOUN_ENDINGS))
        or (
            lexicon is not None
            and not word.isupper()
            and lexicon.is_common_noun(word, compounds=False)
        )
    ) and not _known_organisation(word, rules)


def _names(found: list[tuple[list[Token], list[Chunk]]], common: frozenset[str]) -> dict:
    """Names the article used, by first word: (words, type, long form).

    A name the tagger found once is a name wherever it recurs in the same
    article (``Menurut data BPS``), and so is a person's last name alone
    (``Abdul Mu'ti`` … ``Mu'ti``), except common words, which are names only
    where the tagger said so.
    """
    names: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
    for tokens, chunks in found:
        for i, j, typ, long_form in chunks:
            words = tuple(t.text for t in tokens[i:j])
            entries = [(words, typ, long_form)]
            # Not the second half of a hyphenated name (``Hauer-Frischmuth``).
            if typ == "PER" and len(words) > 1 and words[-2] != "-" and len(words[-1]) > 2:
                entries.append(((words[-1],), typ, None))
            for entry in entries:
                w = entry[0][0]
                if len(entry[0]) == 1 and ((w.lower() in common and not w.isupper()) or len(w) < 2):
                    continue
                if entry not in names.get(w, []):
                    names.setdefault(w, []).append(entry)
    for entries in names.values():
        entries.sort(key=lambda e: -len(e[0]))
    return names


def _recall_names(
    tokens: Sequence[Token], chunks: list[Chunk], names: dict, common: frozenset[str]
) -> list[Chunk]:
    """``chunks`` plus recurrences of the article's names they missed.

    A recurrence stands apart from capitalised words around it, except a
    common word that opens the sentence (``Menurut Mu'ti,``, ``Asked Smith``).
    """
    covered = {k for c in chunks for k in range(c[0], c[1])}
    out = list(chunks)
    free = 0  # the first token after the last name recalled
    # Only the tokens that begin a known name are visited: a few of hundreds.
    for i in [k for k, token in enumerate(tokens) if token[0] in names]:
        if i < free or i in covered:
            continue
        for words, typ, long_form in names[tokens[i].text]:
            j = i + len(words)
            if (
                tuple(t.text for t in tokens[i:j]) == words
                and not covered.intersection(range(i, j))
                and (j == len(tokens) or not tokens[j].text[:1].isupper())
                and (
                    i == 0
                    or not tokens[i - 1].text[:1].isupper()
                    or (tokens[i - 1].first and tokens[i - 1].text.lower() in common)
                )
            ):
                out.append((i, j, typ, long_form))
                free = j
                break
    return sorted(out)


def _alnum(token: Token) -> bool:
    return is_word(token.text)


# The words that join two names into a pair of them, not into one name.
_COORDINATORS = frozenset(("and", "dan", "und", "et", "y", "e"))


def _role_inside(tokens: Sequence[Token], chunk: tuple, rules: LanguageRules) -> list[tuple]:
    """A run that is an organisation, a role in it and a person (``Bank of
    Norvia Governor Mervyn King``, ``Ravel Systems Chief Executive Anna
    Berg``) as the organisation and the person; the role is the person's.
    The person starts with a given name."""
    i, j, typ, long_form = chunk
    if j - i < 4 or typ == "PER":  # a person's run is cut at its role (`_trim`)
        return [chunk]
    given = gazetteer("given_names")
    for k in range(i, j - 2):
        if not rules.is_role(tokens[k].text):
            continue
        # Past what the role is of (`Secretary of State`, `of the Exchequer`).
        m = k + 1
        if tokens[m].text in _OF and m + 2 < j:
            m += 2 if tokens[m + 1].text != "the" else 3
        if (
            m < j - 1
            and tokens[m].text.lower() in given
            and not rules.is_role(tokens[m].text)
            and is_capitalised(tokens[m].text)
        ):
            first = k
            while first > i and rules.is_role(tokens[first - 1].text):
                first -= 1
            head = [(i, first, "ORG", long_form)] if first > i else []
            return [*head, (m, j, "PER", None)]
    return [chunk]


def _coordinated(tokens: Sequence[Token], chunk: tuple, rules: LanguageRules) -> list[tuple]:
    """A chunk that is two names joined by ``and`` (``Vivendi and Electronic
    Arts``, ``Scansoft and Gracenote``: the tagger joined them) as the two;
    an institution's name with ``and`` inside stays whole, where a joiner
    such as ``of`` or an organisation's head word says it is one
    (``Department of Trade and Industry``, ``Badan Perencanaan dan
    Pembangunan``). A firm named for two people (``Procter and Gamble``) is
    cut too: the blind BBC gold had four pairs joined, no such firm."""
    i, j, typ, long_form = chunk
    cuts = [
        k
        for k in range(i + 1, j - 1)
        if tokens[k].text.lower() in _COORDINATORS and tokens[k].text.islower()
    ]
    if len(cuts) != 1:
        return [chunk]
    k = cuts[0]
    words = [t.text.lower() for t in tokens[i:j]]
    heads = rules.words("org_heads") | rules.words("org_firsts")
    joined = rules.words("joiners") - _COORDINATORS
    if (
        any(w in joined for w in words)
        or words[0] in heads
        or any(w in heads for w in words[k - i + 1 :])
    ):
        return [chunk]
    return [(i, k, typ, long_form), (k + 1, j, typ, None)]


def _trim(
    tokens: Sequence[Token], chunk: tuple[int, int, str], rules: LanguageRules
) -> tuple | None:
    """A chunk without leading titles, sentence-initial common words or
    dangling joiners; ``None`` when nothing of a name is left."""
    i, j, typ = chunk
    if rules.capitalises_nouns and _title_article(tokens, i, j, rules):
        return i, j, typ, None
    openers, joiners = rules.words("openers"), rules.words("joiners")
    function_words = rules.words("function_words")
    weekdays = rules.words("weekdays")
    while (
        i < j
        # German writes some particles in capitals (`Van der Bellen`), and
        # a place of two words opens with a foreign article (`Los Angeles –`).
        and not (
            rules.capitalises_nouns
            and j - i > 1
            and (_capital_particle(tokens, i) or _place_of_words(tokens, i, j))
        )
        and (
            not _alnum(tokens[i])
            or (
                j - i > 1
                and tokens[i].text.lower() in weekdays
                and i > 0
                and tokens[i - 1].text.lower() in rules.words("day_prepositions")
            )
            or (
                tokens[i].text.lower() in joiners
                and not tokens[i].text.isupper()
                and not _article_of_name(tokens, i, j, rules)
            )
            or (typ == "PER" and rules.is_role(tokens[i].text))
            or (j - i > 1 and tokens[i].first and tokens[i].text.lower() in openers)
            or (j - i > 1 and tokens[i].first and tokens[i].text.lower() in function_words)
            # `- A South Korean agency`: an article opening the sentence or
            # following a dateline's dash (`A Rahman` elsewhere is a name).
            or (
                j - i > 1
                and tokens[i].text in ("A", "An")
                and tokens[i + 1].text != "."
                and (tokens[i].first or (i > 0 and tokens[i - 1].text in ("-", "–", "—")))
            )
        )
    ):
        i += 1
    if (typ != "PER" or j - i <= 3) and _section_before(tokens, i, j, rules):
        i += 1
    if typ != "PER" and j - i > 1 and _titled_person(tokens, i, j, rules):
        typ = "PER"
        while rules.is_role(tokens[i].text):
            i += 1
    if j - i > 1 and _nationality_before(tokens, i, j, typ, rules):
        i += 1
    if typ == "PER":
        inner = [k for k in range(i + 1, j - 1) if rules.is_role(tokens[k].text)]
        i = inner[-1] + 1 if inner else i
        i = _name_opening(tokens, i, rules)
    while j > i and (not _alnum(tokens[j - 1]) or tokens[j - 1].text.lower() in joiners):
        j -= 1
    # `Ravel Systems Chief Executive`, `Bank of England Governor`: the role
    # of the person named next; `Scottish Executive` is the body.
    if typ != "PER" and rules.is_role(tokens[j - 1].text) and not rules.is_role(tokens[i].text):
        end = j
        while end > i + 1 and rules.is_role(tokens[end - 1].text):
            end -= 1
        # After `of` the role word is what the body is of (`Department of
        # Justice`, `Ministry of Justice`), no person's role.
        if tokens[end - 1].text.lower() in joiners:
            end = j
        if end < j and (end - i > 1 or tokens[i].text.lower() not in rules.words("demonyms")):
            if (
                end - i == 1
                and tokens[end].text.lower() in _STATE_ROLES
                and not tokens[i].text.isupper()
            ):
                typ = "LOC"  # `Zembla President Anna Berg`: the country's
            j = end
    return (i, j, typ, None) if i < j else None


def _of_place_noun(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether the name at ``tokens[i]`` follows ``de`` after a noun whose
    complement so is a place (``place_of_nouns``: Spanish ``vecinos de El
    Saler``, ``playa de La Malvarrosa``), itself or as a later item of a
    list of names opened there (``vecinales de Pinedo y El Saler``). A name
    opened by an article is as often a paper, a channel or a shop's (``La
    Vanguardia``, ``El Corte Inglés``): only such a noun says it is a place."""
    nouns = rules.words("place_of_nouns")
    joiners = rules.words("place_list_joiners")
    k = i - 1
    while k > 0 and (
        tokens[k].text[:1].isupper() or tokens[k].text == "," or tokens[k].text in joiners
    ):
        k -= 1
    return k > 0 and tokens[k].text == "de" and tokens[k - 1].text.lower() in nouns


def _article_of_name(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether ``tokens[i]`` is the article a language's names open with
    (``name_articles``), written with a capital before the capitalised word
    after it, hyphened or not (``Al-Khoziny``, ``Al Furqan``): the name's
    own first word; ``al-Assad`` in lower case joins a name that came before.
    So is an article that opens a place's name (``place_articles``: Spanish
    ``de Pinedo y El Saler``), mid-sentence, where it has its capital for
    the name alone."""
    low = tokens[i].text.lower()
    return (
        j - i > 1
        and tokens[i].text[:1].isupper()
        and (
            low in rules.words("name_articles")
            or (low in rules.words("place_articles") and not tokens[i].first)
        )
        and (
            tokens[i + 1].text[:1].isupper()
            or (
                j - i > 2
                and tokens[i + 1].text == "-"
                and tokens[i + 1].joined
                and tokens[i + 2].joined
                and tokens[i + 2].text[:1].isupper()
            )
        )
    )


def _section_before(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether the chunk opens with a section's short name after the role
    of its head and before the institution (``Kasat Reskrim Polres
    Cibadak``: ``section_roles``): the section is the role's, not part of the
    institution's name. (A run with a person's name after the place is cut
    by ``regions_after_roles``.)"""
    return (
        i > 0
        and j - i > 1
        and tokens[i - 1].text.lower() in rules.words("section_roles")
        and tokens[i + 1].text.lower() in _institution_firsts(rules)
    )


@cache
def _institution_firsts(rules: LanguageRules) -> frozenset[str]:
    return rules.words("org_firsts") | rules.words("org_heads")


def _titled_person(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Whether a run the tagger took for an organisation or a place opens
    with a title only people bear (``person_titles``: ``For President
    Quiroga, this …``, ``Baroness Whitfield said``): it is the person, the
    title their role. After the titles come one to three capitalised words,
    none of them a word of an organisation's or a place's name (``Prime
    Minister's Office``, ``Mayor Street Station``) nor a common word
    (``Premier League``)."""
    titles = rules.words("person_titles")
    if tokens[i].text.lower().rstrip(".") not in titles:
        return False
    k = i + 1
    while k < j and rules.is_role(tokens[k].text):
        k += 1
    rest = [t.text for t in tokens[k:j]]
    if not 1 <= len(rest) <= 3 or not all(is_capitalised(w) for w in rest):
        return False
    common, other = rules.common, _non_person_words(rules)
    return not any(w.lower() in common or w.lower() in other for w in rest)


@cache
def _non_person_words(rules: LanguageRules) -> frozenset[str]:
    """Words of organisations' and places' names, no person's."""
    return _org_words(rules) | frozenset().union(
        *(
            rules.words(kind)
            for kind in ("institution_heads", "loc_heads", "place_tails", "place_nouns")
        )
    )


# Roles held over a country, a state or a city (`Zembla President`).
_STATE_ROLES = frozenset(("president", "minister", "premier", "governor", "mayor", "senator"))


# The last words of a country's own bodies, written after its nationality
# (`the Japanese Finance Ministry`, `the Norvian government`).
_STATE_BODIES = frozenset(
    ("ministry", "government", "parliament", "police", "embassy", "army", "navy", "cabinet")
)


def _nationality_before(
    tokens: Sequence[Token], i: int, j: int, typ: str, rules: LanguageRules
) -> bool:
    """Whether the chunk opens with a nationality word that is no part of the
    name after it (``Italian Parma``, ``Turkish TAV``, ``Japanese Finance
    Ministry``, ``New Yorker William Trowbridge``, and in the plural before
    anything: ``Americans Josh Carver``): before a person named
    in full from a given name, an acronym, a place the gazetteer knows, or a
    state's body. A
    firm named so keeps it (``British Airways``, ``Swiss Re``)."""
    low = tokens[i].text.lower()
    demonyms = rules.words("demonyms")
    if tokens[i + 1].first:
        return False
    if low in demonyms and (
        tokens[j - 1].text.lower() in rules.words("place_tails")
        or " ".join(t.text for t in tokens[i:j]).lower() in gazetteer("places")
    ):
        return False  # `Czech Republic`, `Arabian Sea`: the place's own name
    if rules.plurals_in_s and low[-1:] == "s" and low[:-1] in demonyms:
        # `Americans Josh Carver`: a plural is no part of a name.
        return tokens[i + 1].text[:1].isupper()
    if low not in demonyms:
        return False
    rest = [t.text for t in tokens[i + 1 : j] if _alnum(t)]
    if not rest or not rest[0][:1].isupper():
        return False
    if len(rest) == 1:
        word = rest[0]
        return (len(word) > 1 and word.isupper()) or (
            len(word) > 3
            and word.lower() in gazetteer("places")
            and not _has_org_word(rest, rules)  # `European Union`
        )
    return (
        typ == "PER"
        and all(is_capitalised(w) for w in rest)
        and rest[0].lower() in gazetteer("given_names")
    ) or rest[-1].lower() in _STATE_BODIES


def _name_opening(tokens: Sequence[Token], i: int, rules: LanguageRules) -> int:
    """Where a person's name opens, back over what the tagger left before
    it: Balinese ``I`` or ``Ni`` before a birth-order name (``I Wayan Gede
    Ardana``; ``birth_order_names``) and initials with a full stop after a
    role or a comma (``Kombes K. Lingga Raharja``)."""
    if (
        i > 0
        and tokens[i - 1].text in ("I", "Ni")
        and tokens[i].text.lower() in rules.words("birth_order_names")
    ):
        return i - 1
    k = i
    while (
        k > 1
        and tokens[k - 1].text == "."
        and tokens[k - 1].joined
        and len(tokens[k - 2].text) == 1
        and tokens[k - 2].text.isupper()
    ):
        k -= 2
    if k < i and k > 0 and (rules.is_role(tokens[k - 1].text) or tokens[k - 1].text == ","):
        return k
    return i


def _abbreviates(acronym: str, words: Sequence[str], rules: LanguageRules) -> bool:
    """Whether ``acronym`` can be read off ``words``: it starts with the first
    word's initial and its letters occur in order in the long form
    (``KPK``, ``Kemendagri``, ``Jokowi``), which a name after a title
    (``Pak Menkeu (Purbaya)``) does not pass. An organisation's head word
    may stay out of it (``Partai Gerakan Indonesia Raya (Gerindra)``)."""
    if len(words) < 2 or words[0].lower() in rules.roles:
        return False
    acr = acronym.lower()
    if acr[0] != words[0][0].lower():
        if words[0].lower() not in rules.words("org_firsts"):
            return False
        words = words[1:]
        if len(words) < 2 or acr[0] != words[0][0].lower():
            return False
    letters = iter("".join(words).lower())
    return all(c in letters for c in acr)


def _nicknames(tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules) -> list[tuple]:
    """Link a person's full name to the name the article says they go by
    (``Immanuel Ebenezer yang akrab disapa Noel``, ``Kang Dedi Mulyadi
    atau Demul``, ``Immanuel Ebenezer (Noel)``): that one word gets the
    full name as its long form, so that wherever it recurs in the article it
    is that person. After ``atau`` or ``or`` only a word spelled from the
    name counts (``Prabowo atau Gibran`` is two people); in brackets, not a
    common word or a role (``(Tersangka)``) nor capitals, which are the
    acronyms ``_pair_acronyms`` reads."""
    by_start = {c[0]: c for c in chunks}
    out = list(chunks)
    n = len(tokens)
    for i, j, typ, long_form in chunks:
        if typ != "PER" or long_form is not None or j + 1 >= n:
            continue
        words = [t.text for t in tokens[i:j] if _alnum(t)]
        k, bracket = j + 1, tokens[j].text == "("
        if bracket and j - i < 2:
            continue
        if bracket:
            if tokens[k].text.lower() in rules.common or rules.is_role(tokens[k].text):
                continue
            if k + 1 >= n or tokens[k + 1].text != ")" or tokens[k].text.isupper():
                continue
            spelled = True
        else:
            at = j + 1 if tokens[j].text == "," else j
            cue = next(
                (
                    c
                    for c in rules.nickname_cues
                    if tuple(_lower(tokens[at : at + len(c[0])])) == c[0]
                ),
                None,
            )
            if cue is None or at + len(cue[0]) >= n:
                continue
            k = at + len(cue[0])
            # A given name alone may be followed by the name it goes by
            # (`Immanuel yang akrab disapa Noel`), not by `atau` another.
            spelled = cue[1] or (j - i > 1 and _abbreviates(tokens[k].text, words, rules))
        nick, found = tokens[k].text, by_start.get(k)
        if (
            spelled
            and is_capitalised(nick)
            and is_word(nick)
            and (found is None or (found[1] == k + 1 and found[2] == "PER"))
        ):
            if found is not None:
                out.remove(found)
            out.append((k, k + 1, "PER", " ".join(t.text for t in tokens[i:j])))
    return sorted(out)


def _lower(tokens: Sequence[Token]) -> list[str]:
    return [t.text.lower() for t in tokens]


def _titled_initials(
    acronym: str, tokens: Sequence[Token], chunk: tuple, rules: LanguageRules
) -> bool:
    """Whether ``acronym`` is a person's initials led by their title's
    (``Kang Dedi Mulyadi (KDM)``): the title stays out of the name."""
    i, j, typ, _ = chunk
    return (
        typ == "PER"
        and i > 0
        and acronym.isupper()
        and rules.is_role(tokens[i - 1].text)
        and acronym.lower() == "".join(t.text[0] for t in tokens[i - 1 : j] if _alnum(t)).lower()
    )


def _pair_acronyms(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """Link ``Long Form (LF)`` pairs: the acronym gets the long form.

    The long form is the chunk ending just before the bracket, or else the
    capitalised run there (the tagger misses long organisation names more
    often than their acronyms).
    """
    by_end = {c[1]: c for c in chunks}
    by_start = {c[0]: c for c in chunks}
    covered = {k for c in chunks for k in range(c[0], c[1])}
    out = list(chunks)
    for p, tok in enumerate(tokens[:-2]):
        if tok.text != "(" or tokens[p + 2].text != ")":
            continue
        acr = tokens[p + 1].text
        if not (is_capitalised(acr) and acr.isalnum() and len(acr) <= 12):
            continue
        long_chunk = by_end.get(p)
        if long_chunk is None:
            k = p
            while (
                k > 0
                and p - k < 8
                and (
                    (is_capitalised(tokens[k - 1].text) and _alnum(tokens[k - 1]))
                    or tokens[k - 1].text.lower() in ("dan", "and", "of", "-")
                )
            ):
                k -= 1
            while k < p and not (is_capitalised(tokens[k].text) and _alnum(tokens[k])):
                k += 1
            if p - k < 2 or any(x in covered for x in range(k, p)):
                continue
            long_chunk = (k, p, "ORG", None)
        words = [t.text for t in tokens[long_chunk[0] : long_chunk[1]] if _alnum(t)]
        if not (
            _abbreviates(acr, words, rules) or _titled_initials(acr, tokens, long_chunk, rules)
        ):
            continue
        long_form = " ".join(t.text for t in tokens[long_chunk[0] : long_chunk[1]])
        acr_chunk = by_start.get(p + 1)
        if acr_chunk is not None and acr_chunk[1] != p + 2:
            continue
        if acr_chunk is None and p + 1 in covered:
            continue
        if long_chunk not in out:
            out.append(long_chunk)
            covered.update(range(long_chunk[0], long_chunk[1]))
        if acr_chunk is not None:
            out.remove(acr_chunk)
        out.append((p + 1, p + 2, long_chunk[2], long_form))
        covered.add(p + 1)
    return sorted(out)


def _branches_over_acronyms(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """An institution spelt out with its acronym and then the place it
    serves (``Kejaksaan Negeri (Kejari) Jember``, ``Dinas Pekerjaan Umum
    (PUPR) Kabupaten Lintang (LTG)``) is one organisation, the branch of that
    place: Indonesian news names a regional office so, its acronym in brackets
    inside the name. The place's own acronym after it goes with it. Only
    a body named by what it is, in common words (``Dinas Pendidikan``), has
    branches so; one with a name of its own (``Yayasan Cahaya Nusantara
    (YCN) Bogor``) is the body, and the place where it is."""
    kinds = rules.words("region_kinds")
    if not kinds:
        return chunks
    heads = _institution_firsts(rules)
    out = list(chunks)
    # Most paragraphs pair no acronym: nothing to look at then.
    by_start = {c[0]: c for c in chunks} if any(c[3] is not None for c in chunks) else {}
    for n, (i, j, _typ, long_form) in enumerate(chunks if by_start else ()):
        if (
            long_form is None
            or j - i != 1
            or i < 2
            or j + 1 >= len(tokens)
            or tokens[i - 1].text != "("
            or tokens[j].text != ")"
        ):
            continue
        body, place = chunks[n - 1] if n else None, by_start.get(j + 1)
        if place is None and j + 2 < len(tokens) and tokens[j + 1].text.lower() in kinds:
            place = by_start.get(j + 2)  # `(PUPR) Provinsi Sumatera Utara`
        if (
            body is None
            or body[1] != i - 1
            or body[2] != "ORG"
            or place is None
            or place[2] != "LOC"
        ):
            continue
        if not all(
            t.text.lower() in rules.common or t.text.lower() in heads
            for t in tokens[body[0] : body[1]]
        ):
            continue
        end = place[1]
        after = by_start.get(end + 1)
        if (
            after is not None
            and after[1] == end + 2
            and end + 2 < len(tokens)
            and tokens[end].text == "("
            and tokens[end + 2].text == ")"
        ):
            end += 3  # `Kabupaten Lintang (LTG)`
        merged = [c for c in out if not (body[0] <= c[0] < end)]
        out = [*merged, (body[0], end, "ORG", None)]
    return _classed_places(
        tokens,
        _bodies_in_roles(
            tokens,
            _bodies_of_regions(
                tokens, _branches_of_places(tokens, sorted(out), heads, rules), rules
            ),
            rules,
        ),
        rules,
    )


def _bodies_in_roles(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """A body's short form (``regional_bodies``) and the place after it,
    written inside a person's role, before the rank or the name (``Kasat
    Reskrim Polres Tanah Lintang AKP Budi``, ``Kasi Humas Polres Lintang,
    Budi``), is an organisation the article names, where the tagger took
    the whole for the role: the place is one to three capitalised words
    that are no role, and the run ends at a rank, a role, punctuation or a
    word in lower case. A name of one word the tagger found inside it goes
    into it, a "person" only right before a rank (``Lintang AKP``)."""
    capitalised = _capitalised_bodies(rules)
    if capitalised.isdisjoint(map(itemgetter(0), tokens)):
        return chunks
    n = len(tokens)
    owner = {k: c for c in chunks for k in range(c[0], c[1])}
    found: list[tuple] = []
    for k in range(n - 1):
        token = tokens[k]
        # The body's short form alone may be the tagger's own name there
        # (`Kabid Humas Polda Jabar Kombes …`: `Polda`, then `Jabar`).
        if token[0] not in capitalised or (k in owner and owner[k][1] - owner[k][0] > 1):
            continue
        end = k + 1
        while (
            end < n
            and end - k <= 3
            and _capital_word(tokens[end])
            and not tokens[end].text.isupper()
            and not rules.is_role(tokens[end].text)
            and (
                end not in owner
                or _inside_role(tokens, owner[end], rules)
                or (k in owner and owner[end][2] == "LOC" and owner[end][1] <= k + 4)
            )
        ):
            end += 1
        after = tokens[end].text if end < n else "."
        if end > k + 1 and (rules.is_role(after) or not after[:1].isupper() or not after.isalnum()):
            found.append((k, end, "ORG", None))
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < e and s < c[1] for s, e, _, _ in found)]
    return sorted(kept + found)


def _bodies_of_regions(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """A body's short form right before the place it serves (``regional_bodies``:
    ``Pemkot Surabaya``, ``Polda Sumut``) is one organisation with it, where
    the tagger took the place alone; a person's noun before the body
    (``ASN Pemko Lintang``: ``person_nouns``) is no part of it."""
    bodies = rules.words("regional_bodies")
    if not bodies:
        return chunks
    out: list[tuple] = []
    for chunk in chunks:
        i, j, typ, long_form = chunk
        k = i - 1
        if out and _region_of_body(tokens, out[-1], chunk, bodies, rules):
            out[-1] = (out[-1][0], j, "ORG", None)
            continue
        if (
            (typ == "LOC" or (j - i == 1 and tokens[i].text.lower() in rules.words("region_short")))
            and long_form is None
            and k >= 0
            and tokens[k].text.lower() in bodies
            and tokens[k].text[:1].isupper()
            and not (out and out[-1][1] > k)
        ):
            out.append((k, j, "ORG", None))
            continue
        if (
            typ == "ORG"
            and j - i > 2
            and tokens[i].text.isupper()
            and tokens[i].text.lower() in rules.person_nouns
            and tokens[i + 1].text.lower() in bodies
        ):
            chunk = (i + 1, j, typ, long_form)
        out.append(chunk)
    return out


def _region_of_body(
    tokens: Sequence[Token], body: tuple, chunk: tuple, bodies: frozenset[str], rules: LanguageRules
) -> bool:
    """Whether ``chunk``, one word right after an organisation's run of two
    words or more that opens or ends with a body's short form (``Bidpropam
    Polda`` | ``Sumut``, ``Polres Tanah`` | ``Lintang AKP``), is the rest of
    the place the body serves: a place, or a "person" right before a rank."""
    i, j, typ, _ = chunk
    # A body's acronym alone (`DPRD` | `Jatim`) stays apart from its region,
    # as `regions_after_roles` cuts it.
    if body[2] != "ORG" or body[1] != i or j - i != 1 or body[3] is not None or i - body[0] < 2:
        return False
    if not (tokens[body[0]].text.lower() in bodies or tokens[body[1] - 1].text.lower() in bodies):
        return False
    return typ == "LOC" or (typ == "PER" and j < len(tokens) and rules.is_role(tokens[j].text))


@cache
def _capitalised_bodies(rules: LanguageRules) -> frozenset[str]:
    """The ``regional_bodies`` written as words (``Polres``, ``Kejari``), not
    the acronyms (``DPRD Jatim Kusnadi``: ``regions_after_roles`` cuts those)."""
    return frozenset(w.capitalize() for w in rules.words("regional_bodies"))


def _inside_role(tokens: Sequence[Token], chunk: tuple, rules: LanguageRules) -> bool:
    """Whether a chunk is one word the tagger found inside a role: a place,
    or a "person" right before a rank (``Polres Tanah Lintang AKP``)."""
    i, j = chunk[0], chunk[1]
    return j - i == 1 and (chunk[2] != "PER" or (j < len(tokens) and rules.is_role(tokens[j].text)))


def _classed_places(
    tokens: Sequence[Token], chunks: list[tuple], rules: LanguageRules
) -> list[tuple]:
    """A prison named with its class and its place (``classed_places``:
    ``Lapas Kelas IIA Lintang``, ``Lembaga Pemasyarakatan (Lapas) Kelas III
    Lintang``) is one place, a building: the class is part of its name, so the
    place after it is no name of its own there."""
    heads = rules.words("classed_places")
    if not heads or "Kelas" not in map(itemgetter(0), tokens):
        return chunks
    found: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if token[0] != "Kelas" or k < 1 or k + 2 >= len(tokens):
            continue
        if not _CLASS.fullmatch(tokens[k + 1].text) or not _capital_word(tokens[k + 2]):
            continue
        start = k - 1
        bracket = tokens[start].text == ")" and start >= 3 and tokens[start - 2].text == "("
        if bracket:
            start -= 1  # `Lembaga Pemasyarakatan (Lapas) Kelas`
        if tokens[start].text.lower() not in heads:
            continue
        if bracket:
            start -= 1
        while start > 0 and _capital_word(tokens[start - 1]):
            start -= 1
        end = k + 2
        while end < len(tokens) and end - k < 6 and _capital_word(tokens[end]):
            end += 1
        found.append((start, end))
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < e and s < c[1] for s, e in found)]
    return sorted(kept + [(s, e, "LOC", None) for s, e in found])


def _capital_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalnum()


# A class written as Roman numerals and a grade (`IIA`; `lIA` mistyped).
_CLASS = re.compile(r"(?:[Il]?I{0,2}|IV|[1-4])[AB]?")


def _country(tokens: Sequence[Token], chunk: tuple) -> bool:
    whole = " ".join(t.text for t in tokens[chunk[0] : chunk[1]]).lower()
    return gazetteer("places").get(whole) == "0"


def _branches_of_places(
    tokens: Sequence[Token], chunks: list[tuple], heads: frozenset[str], rules: LanguageRules
) -> list[tuple]:
    """A body named by what it is, in common words, right before a place
    (``Pengadilan Negeri Jakarta Selatan``, ``Dinas Pendidikan Kabupaten
    Nias Tengah``) is the body's branch there: one organisation, which the
    tagger parts where its train gold named the place alone. A country after
    it is the nation's body (``Kementerian Keuangan Indonesia``), no branch."""
    out: list[tuple] = []
    for chunk in chunks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and chunk[2] == "LOC"
            and chunk[3] is None
            and prev[1] == chunk[0]
            and prev[2] == "ORG"
            and prev[3] is None
            and prev[1] - prev[0] > 1
            and tokens[prev[0]].text.lower() in heads
            and all(
                t.text.lower() in rules.common or t.text.lower() in heads
                for t in tokens[prev[0] : prev[1]]
            )
            and not _country(tokens, chunk)
        ):
            out[-1] = (prev[0], chunk[1], "ORG", None)
        else:
            out.append(chunk)
    return out


def _role_before(tokens: Sequence[Token], i: int, rules: LanguageRules) -> str | None:
    """The title or function written just before token ``i``, if any.

    Walks left over capitalised words (``Menteri Dalam Negeri``) and role
    words to the leftmost role word within a few tokens.
    """
    role_start = None
    k = i - 1
    while k >= 0 and i - k <= 6:
        tok = tokens[k]
        if rules.is_role(tok.text):
            role_start = k
        elif (
            tok.text == "."
            and tok.joined
            and k > 0
            and rules.is_role(tokens[k - 1].text)
            and len(tokens[k - 1].text) <= 4
        ):
            pass  # `Sen. Laura Finch`; not `… an analyst. Sandoz will …`
        elif not (is_capitalised(tok.text) and _alnum(tok)):
            break
        k -= 1
    if role_start is None:
        return None
    end = i - 1
    while end > role_start and tokens[end].text in (",", "-"):
        end -= 1
    return " ".join(t.text for t in tokens[role_start : end + 1]).replace(" .", ".")


def _german_name(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """German capitalises every noun: keep multiword names, acronyms
    (``FPÖ``), a single word right after a title (``Herr Müller``), and one
    the noun lexicon knows as a place or a person's name (``Wien``,
    ``Hofmann``) or does not know at all (``Prückler``) and that ends in no
    long noun, away from the sentence's start."""
    words = [t.text for t in tokens[i:j] if _alnum(t)]
    if _title_article(tokens, i, j, rules):
        return True
    if len(words) > 1:
        return words[0].lower() not in rules.words("openers") and not _english_title(words)
    if words[0].isupper() and len(words[0]) > 1:
        return True
    k = i - 2 if i > 1 and tokens[i - 1].text == "." else i - 1
    if k >= 0 and tokens[k].text.lower() in rules.roles:
        return True
    lexicon = rules.noun_lexicon
    if lexicon is None:
        return False
    word = words[0]
    if _known_organisation(word, rules):
        return True
    if (
        lexicon.name_type(word) is not None
        or _german_place(tokens, i, rules)
        or _german_institution(word, rules)
        or _uninflected_title(tokens, i, rules)
        or _dateline_place(tokens, i, j)
        or _place_by_context(tokens, i, rules)
        or _before_kind(tokens, j, rules)
    ):
        return True
    first = tokens[i].first or _after_colon(tokens, i)
    return (
        not first
        and len(word) > 3
        and lexicon.is_unknown(word)
        and not (i > 0 and lexicon.is_verbal_noun(word, tokens[i - 1].text))
        # A compound the lexicon cannot split is still a noun (`Billigspielzeug`).
        and not lexicon.ends_in_long_noun(word)
        and not lexicon.is_adjective_noun(word)
        # An English word alone is a title's or a quotation's (`spielte
        # noch Lucky`); a surname so written is kept once the article named
        # the person in full (`Amy Brown`, then `Brown`).
        and word.lower() not in home_words("en", "common")
    )


def _before_kind(tokens: Sequence[Token], j: int, rules: LanguageRules) -> bool:
    """Whether the word before ``tokens[j]`` opens a compound that a hyphen
    joins to a kind of body or place (``Prinzhorn-Sammlung``,
    ``Merasin-Straße``): German writes a compound of common nouns as one
    word and hyphenates one whose first part is a name, so the word is a name
    there though the lexicon can read it as a compound (``Prinz|horn``);
    ``_hyphen_compounds`` makes the whole compound the name. A word the
    lexicon lists as a noun, or an English one, is hyphenated for emphasis
    (``Rebellen-Gruppe``, ``Live-Orchester``) and is none."""
    word = tokens[j - 1].text
    return (
        j + 1 < len(tokens)
        and word[:1].isupper()
        and word.lower() not in home_words("en", "common")
        and not rules.noun_lexicon.is_common_noun(word, compounds=False)
        and tokens[j].text == "-"
        and tokens[j].joined
        and tokens[j + 1].joined
        and tokens[j + 1].text.lower() in _kind_compounds(rules)
        and not (j + 2 < len(tokens) and tokens[j + 2].text == "-")
    )


@cache
def _kind_compounds(rules: LanguageRules) -> frozenset[str]:
    return rules.words("org_compounds") | rules.words("loc_compounds")


def _english_title(words: Sequence[str]) -> bool:
    """Whether a run of capitalised words in German text is all English
    words (``House of Cards``, ``Mad Men``, ``Part of Me``): the title of a
    film, a series or a song, which is no name; an organisation's word in it
    (``Group``) keeps it."""
    english = home_words("en", "common")
    org = _english_org_words()
    return all((w := word.lower()) in english and w not in org for word in words)


@cache
def _english_org_words() -> frozenset[str]:
    return home_words("en", "org_tails") | home_words("en", "org_heads")


def _after_colon(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a colon: in German a sentence starts
    there (``Garrone: Richtig, aber …``)."""
    return i > 0 and tokens[i - 1].text == ":"


def _is_junk(tokens: Sequence[Token], i: int, j: int, rules: LanguageRules) -> bool:
    """Days, months, pronouns, roles and institution heads alone (``Polda``),
    a role with what it is over or a nationality (``Culture Secretary``,
    ``Argentine President``, ``Secretary of State``), numbers, units of
    measure (``Mbps``, ``9Mbps``), a common word on its own (usually a
    fragment of a longer name the tagger cut) and a word with a letter before
    it are not names."""
    words = [w for w in map(itemgetter(0), tokens[i:j]) if is_word(w)]
    if not words or all(w.isdigit() for w in words):
        return True
    stop = rules.words("stop_names")
    if len(words) == 2 and words[1] in _ROMAN and words[0].lower() in rules.words("org_firsts"):
        return False  # `Komisi I`
    ends_in_role = len(words) > 1 and rules.is_role(words[-1])
    demonyms = rules.words("demonyms")
    if all(w.lower() in stop or rules.is_role(w) or w.isdigit() for w in words) or (
        ends_in_role and all(w.lower() in demonyms or rules.is_role(w) for w in words)
    ):
        # Not a building's name of stop words (`Istana Negara`: name_spans.buildings).
        return not (len(words) > 1 and words[0].lower() in rules.words("building_heads"))
    if len(words) > 2 and _role_of(words, rules):
        return True
    if (
        ends_in_role
        and not _has_org_word(words, rules)
        and not any(w.lower() in gazetteer("given_names") for w in words[:-1])
    ):
        return True  # `Culture Secretary`; not `Mervyn King`, `John Major`
    if len(words) == 1:
        # Lowered once: this runs for most chunks of every article.
        w = words[0]
        low = w.lower()
        if len(w) < 2 or (low in rules.common and not w.isupper()):
            return True
        if w.isupper() and len(w) <= 3 and j < len(tokens) and tokens[j].text == "$":
            # A currency's country letters (`US$2bn`, `HK$327m`, `NZ$`): a
            # sum of money, not a mention of the place.
            return tokens[j].joined
        if low in rules.words("function_words") and not w.isupper():
            return True  # `Les`, `Die`, `Los` after a quotation mark
        if low in rules.words("org_firsts") and not w.isupper():
            return True
        if low in rules.words("facility_kinds"):
            return True  # `dibawa ke RS`: the kind alone
        if low.lstrip("0123456789.,") in rules.words("units") and (
            not w.isupper() or w[0].isdigit() or _after_number(tokens, i)
        ):
            return True  # `Mbps`, `9Mbps`, `50 MW`, `megawatts (MW)`; not `BPS` alone
    # A letter prefixed to a word (``K-pop``, ``E-commerce``, ``X-ray``).
    return len(words) == 2 and len(words[0]) == 1 and words[1].islower()


# What a role is of (`Secretary of State`, `Chancellor of the Exchequer`).
_OF = frozenset(("of", "for"))


def _role_of(words: Sequence[str], rules: LanguageRules) -> bool:
    """Whether the words are a role and what it is of, a country's initials
    or nationality before it or not (``US Secretary of State``, ``Minister
    of Finance``, ``Chancellor of the Exchequer``)."""
    if len(words) < 3 or ("of" not in words and "for" not in words):
        return False
    k = 1 if words[0].isupper() or words[0].lower() in rules.words("demonyms") else 0
    rest = [w for w in words[k:] if w.lower() != "the"]
    return (
        len(rest) == 3
        and rules.is_role(rest[0])
        and rest[1] in _OF
        and rest[2][:1].isupper()
        and rest[2].lower() not in rules.words("org_heads")
    )


def _after_number(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` follows a number (``50 MW``) or a lowercase word
    in brackets (``megawatts (MW)``)."""
    if i > 0 and tokens[i - 1].text[-1:].isdigit():
        return True
    return i > 1 and tokens[i - 1].text == "(" and tokens[i - 2].text.islower()


def _has_org_word(words: Sequence[str], rules: LanguageRules) -> bool:
    """Whether a word of the name says it is an organisation (``Bank``,
    ``Party``, ``Ministry``)."""
    org = _org_words(rules)
    return any(w.lower() in org for w in words)


@cache
def _org_words(rules: LanguageRules) -> frozenset[str]:
    return rules.words("org_heads") | rules.words("org_tails") | rules.words("org_firsts")


_LIST_NUMBER = re.compile(r"[a-z](\d{1,2})")


def _without_list_numbers(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name that ends in the number of the next item of a list whose lines
    ran together (``PT Mulia Jaya2. Budi Hartono, …``): the digits before
    the item's full stop are no part of the name."""
    out = []
    for m in mentions:
        tail = m.text[-1:].isdigit() and _LIST_NUMBER.search(m.text, len(m.text) - 3)
        if tail and tail.end() == len(m.text) and text[m.end : m.end + 1] == ".":
            name = m.text[: tail.start(1)]
            m = replace(m, text=name, end=m.start + len(name), key=entity_key(name))
        out.append(m)
    return out


# A person's or a place's name, a hyphen, and another such name.
_PAIR = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_]{3})")


def _hyphen_pairs(mentions: list[EntityMention], rules: LanguageRules) -> list[EntityMention]:
    """A person's or a place's name that is two names joined by one hyphen,
    each capitalised (``Prabowo-Gibran``, ``Prabowo Subianto-Gibran
    Rakabuming Raka``, ``Jakarta-Bandung``), as the two: the pair is not
    someone, and each is found under their own name. After the kind of a
    place or a building (``Bandara Soekarno-Hatta``, ``Jalan Jakarta-Bogor``)
    the pair names the one place, after the two it was named for."""
    heads = _place_heads(rules)
    out = []
    for m in mentions:
        cuts = (
            list(_PAIR.finditer(m.text))
            if m.type in ("PER", "LOC") and m.text.split(" ", 1)[0].lower() not in heads
            else []
        )
        # `Bashar al-Assad`: a particle before the hyphen joins, not a name.
        if (
            len(cuts) != 1
            or not m.text[cuts[0].end()].isupper()
            or not m.text[: cuts[0].start()].rsplit(" ", 1)[-1][:1].isupper()
        ):
            out.append(m)
            continue
        at = cuts[0].start()
        first, second = m.text[:at], m.text[at + 1 :]
        out.append(EntityMention(first, m.type, m.start, m.start + at, entity_key(first), m.role))
        out.append(EntityMention(second, m.type, m.start + at + 1, m.end, entity_key(second), None))
    return out


def _resolve_short_names(
    mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """Within one article, an acronym takes its long form's key wherever it
    recurs, a one-word mention of a person named in full takes the full
    name's key: the nearest full name before it, else the first after; when
    two people share the word, the one whose name starts with it
    (Indonesians are called by their first name: ``Prabowo``); and an
    organisation's one-word name takes the key of the name the article
    gave it with a head word before (``Golkar`` for ``Partai Golkar``,
    ``Pertamina`` for ``PT Pertamina``). An acronym the article writes
    without brackets is the one organisation it named whose initials it is
    (``GM`` in a story on General Motors)."""
    acronyms = {m.text: m for m in mentions if m.long_form}
    by_initials = _organisations_by_initials(mentions, rules)
    heads = rules.words("org_firsts")
    headed = {
        words[1]: m
        for m in mentions
        if m.type == "ORG"
        and len(words := m.text.split()) == 2
        and words[0].lower() in heads
        and words[1][:1].isupper()
    }
    parts: dict[str, list[EntityMention]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) > 1:
            # `Assad` alone is Bashar al-Assad.
            words += [
                w.split("-", 1)[1] for w in words if "-" in w and w.split("-", 1)[0].islower()
            ]
            for w in words:
                if len(w) > 2 and w[:1].isupper() and not w.isupper():
                    parts.setdefault(w, []).append(m)
    # Per word, the full names it may stand for and where they start, worked
    # out once: a word repeated thousands of times must not rescan them all.
    chosen: dict[str, tuple[list[EntityMention], list[int]]] = {}
    bodies: dict[str, dict[str, EntityMention]] = {}
    for m in mentions:
        if m.type in ("ORG", "LOC") and not m.long_form and " " in m.key:
            bodies.setdefault(initials(m.key.split()), {}).setdefault(m.key, m)
    clipped: dict[str, EntityMention | None] = {}
    out = []
    for m in mentions:
        if not m.long_form and m.text in acronyms:
            a = acronyms[m.text]
            m = EntityMention(m.text, a.type, m.start, m.end, a.key, m.role, a.long_form)
        elif m.type == "ORG" and m.text in headed:
            m = EntityMention(m.text, "ORG", m.start, m.end, headed[m.text].key, m.role)
        elif not m.long_form and len(meant := by_initials.get(m.text, {})) == 1:
            [full] = meant.values()
            m = EntityMention(m.text, "ORG", m.start, m.end, full.key, m.role, full.text)
        elif " " not in m.text and m.text in parts and not (m.type == "LOC" and _big_place(m.text)):
            # `China` (the place) is no short form of `China Review`.
            if m.text not in chosen:
                fulls = sorted(parts[m.text], key=lambda f: f.start)
                if len({f.key for f in fulls}) > 1:
                    fulls = [f for f in fulls if f.text.startswith(m.text)] or fulls
                chosen[m.text] = (fulls, [f.start for f in fulls])
            fulls, starts = chosen[m.text]
            before = bisect.bisect_left(starts, m.start)
            full = fulls[before - 1] if before else fulls[0]
            m = EntityMention(m.text, "PER", m.start, m.end, full.key, m.role, None)
        elif not m.long_form and " " in m.text:
            if m.key not in clipped:
                clipped[m.key] = _clipped_of(m.key, bodies)
            if clip := clipped[m.key]:
                m = EntityMention(m.text, clip.type, m.start, m.end, clip.key, m.role, None)
        out.append(m)
    return out


def _clipped_of(key: str, bodies: dict[str, dict[str, EntityMention]]) -> EntityMention | None:
    """The one organisation or place of the article whose name ``key``
    clips (``Man Utd`` for Manchester United: ``names.clips``), None when
    none or several; ``bodies`` holds their names of several words by
    their initials, which a clip keeps. Beyond ``_CLIP_CANDIDATES`` names
    with the same initials (a list of funds, of clubs) none is chosen: a
    clip could not be told apart there, and the look-up stays linear."""
    words = key.split()
    same = bodies.get(initials(words), {})
    if len(same) > _CLIP_CANDIDATES:
        return None
    found = [full for other, full in same.items() if other != key and clips(words, other.split())]
    return found[0] if len(found) == 1 else None


_CLIP_CANDIDATES = 8


def _organisations_by_initials(
    mentions: list[EntityMention], rules: LanguageRules
) -> dict[str, dict[str, EntityMention]]:
    """The article's organisations of several words by their initials
    (``GM`` for General Motors, ``BoE`` read as ``BOE`` for Bank of England;
    joining words such as ``of`` and ``dan`` left out), each initials'
    organisations by key."""
    joiners = rules.words("joiners")
    found: dict[str, dict[str, EntityMention]] = {}
    for m in mentions:
        words = [w for w in m.text.split() if w.lower() not in joiners]
        if m.type != "ORG" or m.long_form or len(words) < 2:
            continue
        if all(w[:1].isalpha() and w[:1].isupper() for w in words):
            initials = "".join(w[0] for w in words)
            if len(initials) <= _INITIALS_UP_TO:
                found.setdefault(initials, {})[m.key] = m
    return found


# Longest acronym read off an organisation's initials without brackets.
_INITIALS_UP_TO = 6


def _described_organisations(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """A name written once after a word that describes an organisation
    (``internet firm Yahoo``, ``media regulator Ofcom``, ``maskapai
    Garuda``) is an organisation everywhere in the article, however the
    tagger typed its other mentions: it knows Indonesian names better than
    English companies, and the gazetteer has a town for many a company
    name."""
    described = rules.words("org_descriptors")
    # A person named in full keeps their name: `computer maker Dell` is not
    # Michael Dell, whose surname alone shares his key.
    people = {m.key for m in mentions if m.type == "PER" and " " in m.text}
    keys = set()
    for m in mentions:
        if m.type in ("PER", "LOC") and not m.role and m.key not in people:
            if m.type == "LOC" and m.key in rules.words("countries"):
                # A country after the noun says whose the thing is
                # (Indonesian `lembaga Amerika Serikat`, `perusahaan Jepang`).
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
            if before and before.group(1) in described:
                keys.add(m.key)
    if not keys:
        return mentions
    return [replace(m, type="ORG") if m.key in keys else m for m in mentions]


def _places_alone(mentions: list[EntityMention]) -> list[EntityMention]:
    """A one-word "person" that is a country's or big city's name and stands
    for no one the article named in full, under no title (`l'INSA de Lyon`,
    `cities such as Manila`), is the place. Outside Indonesian only, where
    the tagger types names it was never trained on."""
    return [
        replace(m, type="LOC")
        if m.type == "PER"
        and " " not in m.text
        and not m.role
        and m.key == entity_key(m.text)
        and _big_place(m.text)
        else m
        for m in mentions
    ]


def _listed_with_places(
    text: str, mentions: list[EntityMention], joiners: frozenset[str]
) -> list[EntityMention]:
    """A name of one word joined to a place by ``and`` (``place_list_joiners``:
    Spanish ``vecinos de Pinedo y El Saler``) is a place too, unless it is
    a given name or stands for a person the article named in full."""
    out = list(mentions)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        between = text[a.end : b.start].split()
        if len(between) != 1 or between[0] not in joiners or "\n" in text[a.end : b.start]:
            continue
        for k, (m, other) in enumerate(((a, b), (b, a))):
            if (
                other.type == "LOC"
                and m.type != "LOC"
                and " " not in m.text
                and m.key == entity_key(m.text)
                and m.text.lower() not in gazetteer("given_names")
            ):
                out[n + k] = replace(m, type="LOC")
    return out


# What follows a person's name and never a company's: an age (`Sukarman,
# 58,`), a who-clause, a possessive pronoun (`Sukarman, for his part`).
# Or a sentence about the name followed by one that opens with `He` or
# `She` (`Trump responded by … He said:`).
_PERSON_AFTER = re.compile(
    r",?[ \t]+(?:\(?\d{1,3}\)?[,)]|who\b|aged\b|(?:[a-z]+[ \t]+){0,2}(?:his|her)\b)"
    r"|[^.!?\n]{0,200}[.!?]\s+[\"“]?(?:He|She)\b"
)


def _companies_alone(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """In English, a "person" the article only ever calls by one word, with
    no title (``Mr``, ``chief executive``) anywhere, who is no one named in
    full, whose word is nobody's given name and whom nothing written after
    the name shows to be a person (``_PERSON_AFTER``), is an organisation:
    English news names a person in full or with a title before it uses a
    surname alone, and writes companies by one word (``Yukos said``, ``sold
    by Rosneft``). The tagger, trained on Indonesian, where many people have
    one name, takes them for people; and a "place" of one word no gazetteer
    knows, never written after ``in``, ``at``, ``from``, ``to`` or
    ``near`` nor before a kind of place (``river``, ``-based``), is a company too (``Enron``, ``Citigroup``)."""
    given = gazetteer("given_names")
    # A "place" of one word that no gazetteer knows and that nothing in the
    # article puts on the map (`in Leatherhead`) is a company (`Enron`,
    # `Citigroup`): the tagger types words it never saw as places too.
    places, regions = gazetteer("places"), rules.words("place_names")
    kinds = rules.words("place_nouns")
    # A town followed by its region (`Selma, Ala.`, `Leatherhead, Surrey`)
    # is on the map too.
    place_starts = {m.start for m in mentions if m.type == "LOC"}
    located = {
        m.key
        for m in mentions
        if m.type == "LOC"
        and (
            _AT_PLACE.search(text, max(0, m.start - 6), m.start)
            or (text[m.end : m.end + 2] == ", " and m.end + 2 in place_starts)
            or ((after := _WORD_AFTER.match(text, m.end)) is not None and after.group(1) in kinds)
        )
    }
    unknown_places = {
        m.key
        for m in mentions
        if m.type == "LOC"
        and " " not in m.text
        and not m.text.isupper()
        # Not an abbreviation keyed by the place's name (`Ala.`, Alabama).
        and m.key == entity_key(m.text)
        and m.text.lower() not in places
        and m.text.lower() not in regions
        and not m.text.lower().endswith(_endings(rules, "place_suffixes") or ("\0",))
    } - located
    kept = {
        m.key
        for m in mentions
        if (m.type == "LOC" and m.key not in unknown_places)
        or (
            m.type == "PER"
            and (
                " " in m.text
                or m.role
                or m.key != entity_key(m.text)
                or m.text.lower() in given
                or _PERSON_AFTER.match(text, m.end)
            )
        )
    }
    return [
        replace(m, type="ORG") if m.type in ("PER", "LOC") and m.key not in kept else m
        for m in mentions
    ]


# The word right after a name, past a space or a hyphen (`Yangtze river`,
# `Bombay-based`).
_WORD_AFTER = re.compile(r"[ -]([a-z]+)")
# A preposition that puts what follows on the map (`in Leatherhead`).
_AT_PLACE = re.compile(r"\b(?:in|at|from|to|near)[ \t]+\Z")


def _big_place(name: str) -> bool:
    """A country, continent or US state, or a capital or big city: the
    gazetteer's tiers 0 and 1."""
    return gazetteer("places").get(name.lower()) in ("0", "1")


_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*)[ \t]+$")


def _places_by_initials(mentions: list[EntityMention]) -> list[EntityMention]:
    """A country written by its initials (``US``, ``UK``, ``UAE``) is a
    place: the tagger types every short capitalised acronym an organisation
    (``US`` was an ORG in 9 of 20 BBC articles of the blind gold)."""
    initials = home_words("xx", "place_initials")
    return [
        replace(m, type="LOC")
        if m.type != "LOC" and m.text.isupper() and m.text.lower().rstrip(".") in initials
        else m
        for m in mentions
    ]


def _units_listed(
    text: str, mentions: list[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """A name of one word listed between places after a unit of an address
    (``di Kecamatan Lintang, Sukamaju, dan Cibatu``) is a unit of that kind,
    a place: the list names the unit's word once, for all of them, and
    the tagger, seeing a bare capitalised word, may take it for a person."""
    units = rules.words("local_units") | rules.words("region_kinds")
    if not units:
        return mentions
    gap = list_gap(rules)
    out = list(mentions)
    listing = False
    for n, m in enumerate(out):
        before = out[n - 1] if n else None
        if before is None or not gap.fullmatch(text, before.end, m.start):
            listing = m.type == "LOC" and m.text.split(" ", 1)[0].lower() in units
            continue
        if not listing:
            continue
        after = out[n + 1] if n + 1 < len(out) else None
        if (
            m.type != "LOC"
            and " " not in m.text
            and after is not None
            and after.type == "LOC"
            and gap.fullmatch(text, m.end, after.start)
        ):
            out[n] = replace(m, type="LOC")
        listing = out[n].type == "LOC"
    return out


def _harmonise(mentions: list[EntityMention]) -> list[EntityMention]:
    """Mentions sharing a key in one article share its most frequent type."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(m.key, Counter())[m.type] += 1
    winners = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    out = []
    for m in mentions:
        typ = winners[m.key]
        if typ != m.type:
            m = EntityMention(m.text, typ, m.start, m.end, m.key, m.role, m.long_form)
        out.append(m)
    return sorted(out, key=lambda m: m.start)
