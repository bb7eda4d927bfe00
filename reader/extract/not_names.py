"""Things written in capitals that are no person, organisation or place.

The tagger finds names by their capitals, and news capitalises more than
names: events and competitions (``Consumer Electronics Show``, ``Hurricane
Mitch``, ``Piala Presiden``), products and their models (``Pontiac G6``),
kinds of thing counted in the plural (``two PSPs``, ``the ATMs``), and a
language's own vocabulary of programmes, laws and budgets written as
acronyms (Indonesian ``APBN``, ``KUHP``, ``OTT``), and a name that fills a
pair of quotation marks every time (a title or a slogan). The blind gold of every
language leaves them out (``evaluation/gold/ANNOTATION.md``); so does this
stage, after the tagger and the rules of ``entities`` have named the
article's mentions. Each kind of word is a list in the language's home:
``event_heads`` (the last word of an event's name), ``event_firsts`` (its
first), ``terms`` (words and long forms that are no names),
``product_nouns`` (the kind of thing written right after a product's name:
``the Zentra console``) and ``product_kinds`` (right before it: ``the
anti-depressant Calmex``, Indonesian ``mobil Tarra Vento``), and
``platform_kinds`` (right before an app's name: Indonesian ``grup WhatsApp``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.extract.company_cues import employer
from reader.extract.lang import LanguageRules
from reader.extract.lexicon import gazetteer
from reader.extract.model import EntityMention
from reader.extract.names import entity_key
from reader.extract.tagger import word_before

# A model's designation: letters and digits in one word (`G6`, `X5`, `A380`).
_MODEL = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])\w+")
# An acronym in the plural (`PSPs`, `ATMs`, `IDNs`).
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def without_non_names(
    text: str, entities: Sequence[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """``entities`` of a Latin-script article with events typed ``MISC``
    (as holidays are) and products, counted kinds and terms left out; an
    acronym paired with a long form shares its fate, by their common key."""
    entities = _events(_without_kind_after(entities, rules), rules)
    dropped = (
        _quoted(text, entities)
        | _terms(entities, rules)
        | _counted(entities)
        | _models(entities)
        | _products(text, entities, rules)
        | _platforms(text, entities, rules)
        | _spelled_in_lowercase(text, entities, rules)
    )
    return [m for m in entities if m.key not in dropped]


def _without_kind_after(
    entities: Sequence[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """A maker's name that the article writes alone, with the kind of its
    product after it in capitals (``Zentra Smartphones``), is the maker: the
    kind is no part of the name. Written only so, the words are one name
    (``Advanced Micro Devices``, ``Media Player``)."""
    after = rules.words("product_nouns")
    texts = {m.text for m in entities}
    out = []
    for m in entities:
        if " " not in m.text:
            out.append(m)
            continue
        rest, _, last = m.text.rpartition(" ")
        low = last.lower()
        if (
            rest in texts
            and last[:1].isupper()
            and (low in after or (low[-1:] == "s" and low[:-1] in after))
        ):
            end = m.start + len(rest)
            m = replace(
                m,
                text=rest,
                end=end,
                key=entity_key(rest) if m.key == entity_key(m.text) else m.key,
            )
        out.append(m)
    return out


def _events(entities: Sequence[EntityMention], rules: LanguageRules) -> list[EntityMention]:
    """Events, competitions and awards by their first or last word
    (``Game Developers Conference``, ``Hurricane Mitch``, ``Piala Dunia``),
    and laws and documents so (``law_heads``, ``law_firsts``: ``Kyoto
    Protocol``, ``Peraturan Presiden``): ``MISC``, with every mention under
    the same key (``CES``, ``Mitch``, ``Perpres``)."""
    heads = rules.words("event_heads") | rules.words("law_heads")
    firsts = rules.words("event_firsts") | rules.words("law_firsts")
    keys = set()
    for m in entities:
        words = m.text.lower().split()
        if len(words) > 1 and (words[-1] in heads or words[0] in firsts):
            keys.add(m.key)
    if not keys:
        return list(entities)
    return [replace(m, type="MISC") if m.key in keys else m for m in entities]


_OPENING_MARKS = "\"'“‘«„"
_CLOSING_MARKS = "\"'”’»“"


def _quoted(text: str, entities: Sequence[EntityMention]) -> set[str]:
    """Keys of names that fill a pair of quotation marks, all the article
    ever writes of them (``the subject line "Merry Christmas"``, ``the
    show "Go Digital"``): a title, a slogan or a term, no person,
    organisation or place named."""
    quoted, free = set(), set()
    for m in entities:
        opened = m.start > 0 and text[m.start - 1] in _OPENING_MARKS
        closed = text[m.end : m.end + 1] in _CLOSING_MARKS or (
            text[m.end : m.end + 1] in ",.!?" and text[m.end + 1 : m.end + 2] in _CLOSING_MARKS
        )
        (quoted if opened and closed and text[m.end : m.end + 1] else free).add(m.key)
    return quoted - free


def _terms(entities: Sequence[EntityMention], rules: LanguageRules) -> set[str]:
    """Keys of the language's terms (``APBN``, ``Produk Domestik Bruto``)."""
    terms = rules.words("terms")
    return {m.key for m in entities if m.text.lower() in terms}


def _spelled_in_lowercase(
    text: str, entities: Sequence[EntityMention], rules: LanguageRules
) -> set[str]:
    """Keys of acronyms spelled out right before them in lower case
    (``nilai tukar petani (NTP)``, ``satuan kredit semester (SKS)``,
    ``gross domestic product (GDP)``): news writes a body's or a place's
    name in capitals, so a long form in lower case is a common noun phrase
    (an index, a unit, a kind of thing), and its acronym names no one.
    Some bodies are spelled out in lower case too (``perusahaan daerah air
    minum (PDAM)``, ``the regional water utility (RWU)``): an acronym stays
    when its long form is headed by a word for a body (``_body_spelled``) or when the
    article gives it people who hold roles or jobs (``_staffed``). The
    words that give an acronym no letter (``dan``, ``of``) are each
    language's ``unlettered``."""
    unlettered = rules.words("unlettered")
    keys = set()
    for m in entities:
        letters = m.text
        if not (
            2 <= len(letters) <= 6
            and letters.isalpha()
            and letters.isupper()
            and text[m.start - 1 : m.start] == "("
            and text[m.end : m.end + 1] == ")"
        ):
            continue
        words = text[max(0, m.start - 120) : m.start - 1].split()
        want = len(letters) - 1
        spelled: list[str] = []
        for n in range(len(words) - 1, -1, -1):
            if want < 0:
                break
            word, low = words[n], words[n].lower()
            # Its first word may take a capital where it opens the sentence.
            opens = want == 0 and (n == 0 or words[n - 1][-1] in ".!?:") and word[1:] == low[1:]
            if (word != low and not opens) or not low[:1].isalpha():
                break
            if low in unlettered:
                continue
            if low[0] != letters[want].lower():
                break
            spelled.insert(0, low)
            want -= 1
        if want < 0 and not _body_spelled(spelled, rules):
            keys.add(m.key)
    return keys - _staffed(text, entities, keys, rules)


def _body_spelled(words: list[str], rules: LanguageRules) -> bool:
    """Whether a long form in lower case is a body's name by its head: its
    first word opens organisations' names or is a word for one
    (``perusahaan daerah air minum``, ``badan …``), or its last word ends
    them (``… water authority``, ``… mining company``). A word that heads
    units as well as bodies (``satuan kredit semester``) is no such cue."""
    described = rules.words("org_descriptors")
    return bool(words) and (
        words[0] in rules.words("org_firsts")
        or words[0] in described
        or words[-1] in rules.words("org_tails")
        or words[-1] in described
    )


def _staffed(
    text: str, entities: Sequence[EntityMention], keys: set[str], rules: LanguageRules
) -> set[str]:
    """The ``keys`` of which the article writes a mention as a body that
    people work for: after a role (``Direktur PDAM``), before its staff
    (``RWU engineers``, ``the RWU spokesman``) or as where someone holds a
    job (``an engineer at RWU``). An index or a unit has no staff."""
    staff = rules.words("staff_roles")
    found = set()
    for m in entities:
        if m.key not in keys:
            continue
        before = text[max(0, m.start - 30) : m.start].split()[-1:]
        after = text[m.end : m.end + 30].split()[:1]
        nxt = after[0].rstrip(",.;:").lower() if after else ""
        if (
            (before and rules.is_role(before[0]))
            or (nxt and (rules.is_role(nxt) or nxt in staff or nxt.removesuffix("s") in staff))
            or employer(text, m, rules)
        ):
            found.add(m.key)
    return found


def _counted(entities: Sequence[EntityMention]) -> set[str]:
    """Keys of things the article counts: an acronym in the plural
    (``two PSPs``, ``the HD DVDs``), and a name the article also writes in the plural
    (``PlayStation`` and ``PlayStations``) with it, unless it is a person
    named in full or a place. Organisations and people are not counted."""
    texts = {m.text for m in entities}
    keys = set()
    for m in entities:
        singulars = (
            {m.text[:-1], m.text[:-2] if m.text.endswith("es") else ""} & texts
            if m.text.endswith("s")
            else set()
        )
        words = m.text.split()
        plural = _PLURAL_ACRONYM.fullmatch(words[-1]) is not None and all(
            w.isupper() for w in words[:-1]
        )
        if not plural and not singulars:
            continue
        keys.add(m.key)
        keys.update(
            s.key
            for s in entities
            if s.text in singulars and s.type != "LOC" and s.key == entity_key(s.text)
        )
    return keys


def _models(entities: Sequence[EntityMention]) -> set[str]:
    """Keys of a make and a model (``Pontiac G6``, ``Airbus A380``): a name
    of several words whose last is letters and digits."""
    return {
        m.key
        for m in entities
        if m.type in ("ORG", "PER") and " " in m.text and _MODEL.fullmatch(m.text.rsplit(" ", 1)[1])
    }


# The word after a name, past a model's number (`the Zentra 2 console`) and
# one word of the kind (`the Zentra games console`).
_AFTER = re.compile(r"(?:[’']s)?(?: \d{1,4})?(?: ([a-z]+))?(?: ([a-z]+))?")
# Words between a kind and the name it is written before (`mobil merek Tarra`,
# `products like Zentra`, `brands such as Zentra`, `its brands include Zentra`).
_KIND_LINKS = frozenset(
    ("merek", "bermerek", "jenis", "tipe", "sport", "like", "including", "include", "includes")
)
# A product's number after its name, and what ends the name there (`the
# Zentra 2, codenamed …`, `the Zentra 3 will …`).
_NUMBERED = re.compile(r" \d{1,2}(?=[,.;:)]| (?:and|or|is|was|will|would|can|could|has|had)\b)")
# A list of names goes on over these (`mobil Tarra, Vento Pro dan Kessel Max`).
_LIST = re.compile(r"(?:,? (?:and|or|dan|atau|hingga|serta)|,) \Z")
# What a company does when the sentence is about it (`Zentra said`, `Zentra's
# shares`); a product the sentence is about is written after `the` (`the
# Zentra would`). Not `has` or `is`: a product does those too (`Calmo has
# been downloaded`, `Calmo is proving popular`).
_COMPANY = re.compile(
    r"(?:[’']s| (?:said|says|told|plans|announced|reported"
    r"|sells|sold|makes|made|launched|unveiled|posted|shares|chief|boss|spokesman"
    r"|spokeswoman|inc|ltd))\b"
)
# A cue right before a name (`said Zentra`): what a company does.
_SAID = frozenset(("said", "says"))
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "new", "this"))


def _products(text: str, entities: Sequence[EntityMention], rules: LanguageRules) -> set[str]:
    """Keys of products: a name written with the kind of thing it is, right
    after it (``the new Zentra 2 console``, ``its Calmo hybrid``) or right
    before it (``the anti-depressants Calmex and Sorvin``, Indonesian ``mobil
    Tarra Vento, Kessel Max``) or before ``of`` (``product_of``: ``copies
    of Zentra Quest``), and the names listed with it. A maker is
    written so too (``a Ravel handset``): a name the article also writes as
    a company, the subject of a sentence (``Ravel said``) or with a
    possessive, stays. Where the kind is a vehicle or device that takes its
    maker's name (Indonesian ``mobil Toyota``), only a make and a model,
    two words or more, is a product. A place is no product before its kind
    (``a UK phone``), nor after it when the gazetteer knows it."""
    after, before = rules.words("product_nouns"), rules.words("product_kinds")
    if not after and not before:
        return set()
    of_kinds = rules.words("product_of")
    places = gazetteer("places")
    takes_make = rules.product_kind_takes_make
    placed: set[str] = set()
    previous: EntityMention | None = None
    listed = False
    for m in entities:
        if m.type not in ("ORG", "PER", "LOC"):
            previous, listed = None, False
            continue
        # A place the gazetteer knows is no product, but a list goes on over
        # a product named like one (`browsers such as Calmo, Lima and Zentra`).
        known_place = m.type == "LOC" and m.text.lower() in places
        if before:
            word, at = word_before(text, m.start)
            if word == "as" and word_before(text, at)[0] == "such":
                word, at = "such", word_before(text, at)[1]
            if word in _KIND_LINKS or word == "such":
                word = word_before(text, at)[0]
            if word in before or (word == "of" and word_before(text, at)[0] in of_kinds):
                listed = True  # `games such as X`, `copies of Zentra Quest`
            elif (
                previous is None
                or m.start - previous.end > 9
                or not _LIST.fullmatch(text, previous.end, m.start)
            ):
                listed = False
            if listed and (" " in m.text or not takes_make) and not known_place:
                placed.add(m.key)
        if known_place:
            previous = m
            continue
        nxt = text[m.end + 1 : m.end + 2]
        if (
            after
            and m.type != "LOC"
            and text[m.end : m.end + 1] in (" ", "'", "’")
            and (nxt.islower() or nxt.isdigit() or nxt == "s")
        ):
            tail = _AFTER.match(text, m.end)
            if tail.group(1) in after or f"{tail.group(1)} {tail.group(2)}" in after:
                placed.add(m.key)
        if (
            after
            and "0" <= text[m.end + 1 : m.end + 2] <= "9"
            and _NUMBERED.match(text, m.end)
            and _after_determiner(text, m.start)
        ):
            placed.add(m.key)
        previous = m
    if not placed or not after:
        return placed
    company = {
        m.key
        for m in entities
        if m.key in placed
        and (
            (_COMPANY.match(text, m.end) and not _after_determiner(text, m.start))
            or word_before(text, m.start)[0] in _SAID
            or employer(text, m, rules)
        )
    }
    # An acronym shares its key with its long form: where that is a body's
    # name (`the KSE index` of the `Karachi Stock Exchange`), it is no product.
    tails = rules.words("org_tails")
    bodies = {
        m.key
        for m in entities
        if m.key in placed and " " in m.text and m.text.rsplit(" ", 1)[1].lower() in tails
    }
    return placed - company - bodies


def _platforms(text: str, entities: Sequence[EntityMention], rules: LanguageRules) -> set[str]:
    """Keys of apps and platforms: a name of one word written right after
    a word for what one does with an app (``platform_kinds``: ``pesan
    WhatsApp``, ``akun Instagram``), a channel the article names, no
    company it writes about; a place stays (``nomor Jakarta``)."""
    kinds = rules.words("platform_kinds")
    if not kinds:
        return set()
    return {
        m.key
        for m in entities
        if m.type in ("ORG", "PER")
        and " " not in m.text
        and not m.text.isupper()
        and word_before(text, m.start)[0] in kinds
    }


def _after_determiner(text: str, start: int) -> bool:
    """Whether an article or a possessive stands right before ``start``
    (``the Zentra has``, ``The Zentra is``: a product the sentence is about)."""
    words = text[max(0, start - 8) : start].lower().split()
    return text[start - 1 : start] == " " and bool(words) and words[-1] in _DETERMINERS
