"""Whether Japanese text in 「…」 is a quotation, by the grammar around it.

Japanese marks speech and names alike with 「…」. What follows the closing
mark says which: speech is taken up by a quotative (`」と語った`, `」との
こと`, `」という声`), a name by the sentence as one of its nouns. Two shapes
look like speech by their words and are names all the same:

* ``「…」という`` before a noun says what the noun is called: an app, a
  survey, a slogan, a label (`「…」というアプリ`, `「…」というレッテル`).
  Only a noun of saying (`声`, `質問`, `書き込み`) or a person (`という松村
  アナ`) makes the words said. ``「…」として`` (as), ``と題し`` (titled),
  ``と呼ばれ`` (called) name too, and ``と表示され`` (shown) is a screen's.
* A headline of another article, listed under the story as a link (`・上田
  が「…」と激白`, or a line with its address on the next): the
  quotation belongs to that article, not to this one.

Sudachi's analysis (the analyser the language already loads) reads the
words: the head noun of the phrase, a person's name, a line's last word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.extract.lang import home_words
from reader.extract.lang.ja.cues import term_in_marks
from reader.extract.lang.ja.speakers import JA_PERSON_NOUNS

# Titles and honorifics written after a person's name (`松村アナ`, `ミサキさん`).
_TITLE_WORDS = "さん 氏 様 ちゃん くん 君 アナ 選手 監督 社長 会長 教授 容疑者 被告"
_TITLES = frozenset(_TITLE_WORDS.split())
_PERSON_NOUNS = frozenset(JA_PERSON_NOUNS.split()) | {"人", "方"}

# `」という` (`」と言う`, `」といった`) right after the closing mark.
_CALLED = re.compile(r"[」』]と(?:いう|言う|いった)")
# Verbs that name with the words (`」と題し`, `」として`, `」と呼ばれる`,
# `」と名付けた`, `」と銘打った`): a title or a term, never speech. Not
# `」としている` (states), a statement's cue. Words a screen shows
# (`」と表示される`) are no one's speech either.
_NAMING = re.compile(r"[」』](?:と題|として(?![いおる])|と呼ば|と呼ん|と名付|と銘打|と命名|と表示)")
# How far after `という` the head noun of its phrase is looked for.
_PHRASE_REACH = 16


def not_speech(text: str, start: int, end: int) -> bool:
    """Whether the marked text at ``text[start:end]`` names a thing, not
    the article's speech (``cues.term_in_marks`` first: text with no kana
    is a name)."""
    return term_in_marks(text, start, end) or names_a_thing(text, end)


def names_a_thing(text: str, end: int) -> bool:
    """Whether the closing mark at ``text[end]`` is followed by a verb that
    names (``」と題し``, ``」として``) or by ``という`` and a noun phrase whose
    head is neither a noun of saying (``speech_nouns.txt``) nor a person:
    ``「…」というアプリ``, ``「…」という蝶野の問題``. ``という`` at a
    sentence's or a clause's end (``」という。``, ``」というのは``) reports
    speech, as does a formal noun (``」というものがあった``)."""
    if _NAMING.match(text, end):
        return True
    called = _CALLED.match(text, end)
    if called is None:
        return False
    head = _head_noun(text[called.end() : called.end() + _PHRASE_REACH])
    if head is None:
        return False
    word, person = head
    return not (person or word in home_words("ja", "speech_nouns") or word in _PERSON_NOUNS)


@lru_cache(maxsize=1024)
def _head_noun(phrase: str) -> tuple[str, bool] | None:
    """The head noun of the noun phrase ``phrase`` opens (the last noun
    before its case particle or its verb: ``ネット上の反応が`` -> ``反応``,
    ``意外な言葉だった`` -> ``言葉``), and whether a person's name stands in
    the phrase; None when the phrase opens with no noun or a formal one
    (``の``, ``もの``, ``こと``)."""
    from reader.extract.lang.ja.morphology import _tokenizer

    head = None
    person = False
    for m in _tokenizer().tokenize(phrase):
        pos = m.part_of_speech()
        if pos[0] in ("名詞", "接尾辞"):
            if head is None and pos[0] == "名詞" and pos[1] == "普通名詞" and pos[2] == "副詞可能":
                return None  # `という時` (when), `という中` (amid): no thing named
            if m.surface() in ("もの", "物", "こと", "事", "の"):
                return None
            # A suffix is part of its noun (`ネット` `上`), a title a person's.
            word = m.surface()
            head = word if pos[0] == "名詞" or head is None else head + word
            person = person or pos[1:3] == ("固有名詞", "人名") or word in _TITLES
        elif pos[0] == "接頭辞" or pos[0] == "形状詞" or pos[0] == "連体詞":
            continue
        elif pos[0] == "助詞" and m.surface() == "の" and head is not None:
            # `蝶野の問題`: the head comes after `の`; the name before it
            # is whose the thing is, no person the words are given to.
            head, person = None, False
        elif pos[0] == "助動詞" and m.surface() == "な":
            continue  # `意外な言葉`
        else:
            break
    return None if head is None else (head, person)


# A line that is a web address: the headline above it is a link.
_ADDRESS = re.compile(r"\n\s*https?://")
# What may close a listed headline after its last word: the date or the
# source it is listed with (`（2009年08月24日）`, `（NAVER）`), spaces.
_LISTED_WITH = re.compile(r"(?:[（(][^（）()\n]{1,30}[）)]|[\s\u3000])+$")


def in_linked_headline(text: str, start: int) -> bool:
    """Whether the marks at ``start`` stand in the headline of another
    article listed as a link: a line with a web address on the next line
    (``…「はよやれや！」⏎http://…``), or a list item (``・``) that ends on a
    noun or a closing mark, as headlines do (``・上田が「…」と激白``,
    ``・田中社長「…」``), not on a verb or a sentence's mark as an item of
    what people wrote does (``・「…」と出て来て退会できない…！``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if _ADDRESS.match(text, line_end):
        return True
    if text[line_start : line_start + 1] != "・":
        return False
    line = text[line_start + 1 : line_end]
    line = line[: len(line) - len(m.group(0))] if (m := _LISTED_WITH.search(line)) else line
    return _ends_on_noun(line)


@lru_cache(maxsize=256)
def _ends_on_noun(line: str) -> bool:
    """Whether ``line`` ends on a noun or a closing mark (a headline's
    `体言止め`)."""
    if not line:
        return False
    if line[-1] in "」』":
        return True
    from reader.extract.lang.ja.morphology import _tokenizer

    last = None
    for last in _tokenizer().tokenize(line[-12:]):  # noqa: B007 (the last word is wanted)
        pass
    return last is not None and last.part_of_speech()[0] in ("名詞", "接尾辞")
