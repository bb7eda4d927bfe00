"""English: who speaks the quotation after a sentence ending in a colon."""

from __future__ import annotations

import re

from reader.extract.lang import home_words
from reader.extract.model import EntityMention, Mentions
from reader.extract.speaker_names import SENTENCE_BREAK

# A sentence that ends in a colon right before the opening mark.
_COLON_BEFORE = re.compile(r""":[ \t]*['"“‘]*$""")
_POSSESSIVE = re.compile(r"['’]s?\b")
_WORD = re.compile(r"[\w’'.-]+")
# A relative clause set off by commas after a name (`Tom Reed, who chairs
# the panel, disagreed`): it closes before the clause that ends in the colon.
_SET_OFF = re.compile(r",[ \t]+(?:who|whom|whose|which)\b[^,:]*,")


def colon_speaker(text: str, start: int, floor: int, entities: Mentions) -> str | None:
    """The person an English sentence ending in a colon has as subject, for
    the quotation it introduces without a verb of saying (`Her opponent,
    Senator Glen Harrow, disagreed: "…"`): English puts who speaks first as
    the subject and the colon hands the words over. Only the subject of the
    clause that ends at the colon: not a name inside a clause or phrase
    opened before the main one (`When Tom Reed resigned, the board …:`,
    `Like Tom Reed, …`), nor one a relative clause follows up to the colon
    (`Tom Reed broke the rule, which is clear:`), nor the object of a verb
    or preposition (`Critics say Tom Reed …`, `support for Ann Roe`), nor a
    name in the possessive (`Roe's campaign replied:`), which is someone
    else's. None when the sentence has no such subject."""
    if _COLON_BEFORE.search(text, floor, start) is None:
        return None
    colon = text.rindex(":", floor, start)
    sentence = floor
    for found in SENTENCE_BREAK.finditer(text, floor, start):
        sentence = found.end()
    for m in entities.overlapping(sentence, colon):
        if m.start < sentence or m.end > colon or m.type != "PER":
            continue
        if _POSSESSIVE.match(text, m.end):
            return None
        if _subject(text, sentence, m, colon):
            return entities.full_names[m.key]
    return None


def _subject(text: str, sentence: int, m: EntityMention, colon: int) -> bool:
    """Whether the person ``m`` is the subject of the clause that ends at
    ``colon``, by the words before and after it."""
    before = text[sentence : m.start]
    clause = before.rsplit(",", 1)[-1]
    allowed = home_words("en", "subject_words")
    if any(not w[:1].isupper() and w.lower() not in allowed for w in _WORD.findall(clause)):
        return False  # an object (`Critics say Tom Reed`, `support for Ann Roe`)
    words = _WORD.findall(before)
    if "," not in before and words and words[0].lower() in home_words("en", "clause_openers"):
        return False  # `When Tom Reed resigned, …`
    after = _SET_OFF.sub(",", text[m.end : colon])
    relatives = home_words("en", "relative_pronouns") | {"that"}
    # Not `…, which is clear:`.
    return not any(w.lower() in relatives for w in _WORD.findall(after))
