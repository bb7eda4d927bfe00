"""Which people a ``he`` or ``she`` can stand for.

English attributes a quotation with ``he said`` or ``she said`` far more
often than with a name, and the person last talked about is not always the
one meant: a story that quotes a woman and then mentions a man goes on with
``she said`` for her. A name's gender is read from what the article itself
says (``Mr.``/``Mrs.``/``Ms.`` before a surname, ``Smith said he ...``) and,
failing that, from a short list of common English first names. Unknown is
the usual answer, and an unknown name stays a candidate for either pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.extract.cues import NAME
from reader.extract.lang.en.cues import EN_CUES
from reader.extract.model import EntityMention

MALE, FEMALE = "m", "f"
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE}

_MALE_NAMES = """
    aaron adam al alan albert alexander andrew andy anthony arthur barack ben benjamin bernie
    bill billy bob bobby brian bruce bryan carl charles chris christopher chuck dan daniel david
    dennis dick donald doug douglas ed edward elijah eric eugene francis frank fran\u00e7ois gary
    george gerald greg gregory harold harry henry herman howard hugh jack jacob james jason jeb
    jeff jeffrey jeremy jerry jim jimmy joe john johnnie jon jonathan jose joseph josh joshua juan
    justin keith ken kenneth kevin kofi larry lawrence louis marco mark martin matt matthew mike
    michael mitch mitt newt nicholas nick noah patrick paul peter philip ralph randy raymond
    reince rex richard rick robert roger ron ronald roy rudy russell ryan sam samuel scott sean
    steve steven ted thomas tim timothy tom tony vincent vladimir walter wayne william willie
"""
_FEMALE_NAMES = """
    abigail alice amanda amber amy andrea angela ann anna anne annie aparna ashley barbara betty
    beverly brenda carol carolyn catherine charlotte chelsea cheryl christina christine claire
    condoleezza cynthia debbie deborah debra denise diana diane dianne donna doris dorothy elizabeth
    ellen emily emma erin evelyn frances gloria grace gwen hannah heather helen hillary hope huma
    ivanka jacqueline jane janet janice jean jennifer jessica jill joan joyce judith judy julie
    kamala karen kate katherine kathleen kathryn katie kellyanne kelly kimberly kirsten laura
    lauren linda lisa loretta madeleine margaret maria marie marilyn martha mary maxine megan
    megyn melania melanie melissa michelle nancy natalie nicole nikki olivia oprah pamela patricia
    patti rachel rebecca rose ruth samantha sandra sara sarah sharon sheila shirley sophia
    stephanie susan tammy teresa theresa victoria virginia wendy
"""
FIRST_NAMES = {w: MALE for w in _MALE_NAMES.split()} | {w: FEMALE for w in _FEMALE_NAMES.split()}
_TITLE_GENDER = {
    "mr": MALE,
    "sir": MALE,
    "mrs": FEMALE,
    "ms": FEMALE,
    "miss": FEMALE,
    "madame": FEMALE,
    "lady": FEMALE,
    "spokesman": MALE,
    "spokeswoman": FEMALE,
    "congressman": MALE,
    "congresswoman": FEMALE,
    "chairwoman": FEMALE,
    "businessman": MALE,
    "businesswoman": FEMALE,
}
# `Rendell said he ...`, `Kidd, a political scientist, noted that she ...`:
# the cue and pronoun are found first, the name then read back from them.
_SAID_PRONOUN = re.compile(rf"\s(?:{EN_CUES})\s+(?:that\s+)?(he|she)\b")
_NAME_BEFORE = re.compile(rf"({NAME})(?:,[^,.\"“”]{{1,80}},)?$")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Madame|Lady)\.?\s+((?:[A-Z][\w'’-]*\s+)*)$")


def _last_word(name: str) -> str:
    return name.split()[-1].strip(".,’'").casefold() if name.split() else ""


def article_genders(text: str, entities: Sequence[EntityMention]) -> dict[str, str]:
    """Surname (casefolded last word) -> gender, from what the article says.

    A name the article gives both genders (two people sharing a surname) is
    left out.
    """
    found: dict[str, set[str]] = {}

    def note(name: str, gender: str) -> None:
        word = _last_word(name)
        if word:
            found.setdefault(word, set()).add(gender)

    for mention in entities:
        if mention.type != "PER":
            continue
        role = (mention.role or "").casefold().rstrip(".")
        if role in _TITLE_GENDER:
            note(mention.text, _TITLE_GENDER[role])
        else:
            title = _TITLE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            if title:
                note(mention.text, _TITLE_GENDER[title.group(1).casefold()])
    for match in _SAID_PRONOUN.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 140), match.start())
        if name:
            note(name.group(1), PRONOUN_GENDER[match.group(1).casefold()])
    return {word: next(iter(g)) for word, g in found.items() if len(g) == 1}


class ArticleGenders(dict):
    """``article_genders`` worked out on first use: most articles never ask."""

    def __init__(self, text: str, entities: Sequence[EntityMention]) -> None:
        super().__init__()
        self._source: tuple[str, Sequence[EntityMention]] | None = (text, entities)

    def get(self, key, default=None):
        if self._source is not None:
            self.update(article_genders(*self._source))
            self._source = None
        return super().get(key, default)


def gender_of(name: str | None, genders: Mapping[str, str]) -> str | None:
    """``m``, ``f`` or None (unknown) for a speaker's name."""
    if not name:
        return None
    words = name.split()
    first = words[0].strip(".,").casefold()
    if first in _TITLE_GENDER:
        return _TITLE_GENDER[first]
    if len(words) > 1 and first in FIRST_NAMES:
        return FIRST_NAMES[first]  # before the surname: `Ivanka Trump` in a story on Mr. Trump
    return genders.get(_last_word(name))
