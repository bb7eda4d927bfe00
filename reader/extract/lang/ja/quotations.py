"""Whether Japanese text in 「…」 is a quotation, by the grammar around it.

Japanese marks speech and names alike with 「…」. What follows the closing
mark says which: speech is taken up by a quotative (`」と語った`, `」との
こと`, `」という方針`), a name by the sentence as one of its nouns. Two
shapes look like speech by their words and are names all the same:

* ``「…」という`` before a noun that names things says what the thing is
  called: an app, a survey, a slogan, a label (`「…」というアプリ`,
  `「…」というレッテル`, ``naming_nouns.txt``); before a noun of thinking
  (``thought_nouns.txt``) they hold what someone thinks, no words said,
  unless the clause voices it (`「…」という考えを示した`). Before any other
  noun the marks are its content, someone's words (`「…」という意向`,
  `「…」という通報があった`). ``「…」として`` (as) after a noun, ``と題し``
  (titled), ``と呼ばれ`` (called) name too, and ``と表示され`` (shown) is
  a screen's.
* A headline of another article, listed under the story as a link (a list
  under `【関連記事】`, or a line with its address on the next): the
  quotation belongs to that article, not to this one.

Sudachi's analysis (the analyser the language already loads) reads the
words: the head noun of the phrase, the last word of the marked text or of
a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.extract.lang import home_words
from reader.extract.lang.ja.cues import term_in_marks
from reader.extract.lang.ja.morphology import analyse

# `」という` (`」と言う`, `」といった`) right after the closing mark.
_CALLED = re.compile(r"[」』]と(?:いう|言う|いった)")
# Verbs that name with the words (`」と題し`, `」と呼ばれる`, `」と名付けた`,
# `」と銘打った`): a title or a term, never speech. Words a screen shows
# (`」と表示される`) are no one's speech either.
_NAMING = re.compile(r"[」』](?:と題|と呼ば|と呼ん|と名付|と銘打|と命名|と表示)")
# `」として` (as), not `」としている` / `」としてきた` (states, has stated),
# a statement's cue.
_AS = re.compile(r"[」』]として(?![いおるき])")
# `」とする` before what is decided or planned (`」とすることを決めた`,
# `」とするよう求めた`, `」とする方針`): the marked words are set as a name or
# a rule, when they end on a noun.
_SET_AS = re.compile(r"[」』]と(?:する|し)(?:こと|よう|方針|予定|案)")
# How far after `という` the head noun of its phrase is looked for.
_PHRASE_REACH = 16
# A verb that voices a thought (`という考えを示した`, `という思いを口にした`),
# in the rest of the clause.
_VOICED = re.compile(
    r"[^。「」]{0,24}?を(?:口に|示|明らかに|語|述べ|表明|強調|打ち明け|明か|吐露|訴え|伝え|披露|にじませ)"
)
# Parts of speech that end a predicate: the marked text is a statement.
_PREDICATE = ("動詞", "形容詞", "助動詞", "助詞")


def not_speech(text: str, start: int, end: int) -> bool:
    """Whether the marked text at ``text[start:end]`` names a thing, not
    the article's speech (``cues.term_in_marks`` first: text with no kana
    is a name)."""
    return term_in_marks(text, start, end) or names_a_thing(text, start, end)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the closing mark at ``text[end]`` is followed by a verb that
    names (``」と題し``), by ``とする`` and what is decided after marked
    text that ends on a noun (``「…月間」とすることを決めた``: a name set),
    by ``として`` after marked text that ends on a
    noun (``「…の約束」として``: a quotative ``「…だ」として、`` gives a
    reason someone stated), or by ``という`` and a noun phrase whose head
    names things (``naming_nouns.txt``: ``「…」というアプリ``) or one of
    thinking that no verb voices (``「…」という思いは今も変わらない``). Any other
    head (``「…」という方針``, ``」という声``), and ``という`` at a clause's
    end (``」という。``), report speech."""
    if _NAMING.match(text, end):
        return True
    if _SET_AS.match(text, end):
        return not _ends_on_predicate(text[max(start, end - 12) : end])
    if _AS.match(text, end):
        return not _ends_on_predicate(text[max(start, end - 12) : end])
    called = _CALLED.match(text, end)
    if called is None:
        return False
    head = _head_noun(text[called.end() : called.end() + _PHRASE_REACH])
    if head in home_words("ja", "thought_nouns"):
        return _VOICED.match(text, called.end()) is None
    return head is not None and head in home_words("ja", "naming_nouns")


@lru_cache(maxsize=1024)
def _ends_on_predicate(words: str) -> bool:
    """Whether ``words`` end on a verb, an adjective, a copula or an
    ending (``ない``, ``だ``, ``ね``): a statement, not a name."""
    last = None
    for last in analyse(words.rstrip("。！？!?…　 ")):  # noqa: B007 (the last word is wanted)
        pass
    return last is not None and last.part_of_speech()[0] in _PREDICATE


@lru_cache(maxsize=1024)
def _head_noun(phrase: str) -> str | None:
    """The head noun of the noun phrase ``phrase`` opens: its last noun
    before a case particle or a verb (``新しいアプリが`` -> ``アプリ``), the
    one after ``の`` where one noun qualifies another (``山田さんの新曲`` ->
    ``新曲``: Japanese puts the head last); None when the phrase opens with
    no noun or a formal one (``の``, ``もの``, ``こと``, ``時``)."""
    head = None
    for m in analyse(phrase):
        pos = m.part_of_speech()
        if pos[0] in ("名詞", "接尾辞"):
            if head is None and pos[0] == "名詞" and pos[1] == "普通名詞" and pos[2] == "副詞可能":
                return None  # `という時` (when), `という中` (amid): no thing named
            if m.surface() in ("もの", "物", "こと", "事", "の"):
                return None
            # A suffix is part of its noun (`新` `商品`).
            word = m.surface()
            head = word if pos[0] == "名詞" or head is None else head + word
        elif pos[0] == "接頭辞" or pos[0] == "形状詞" or pos[0] == "連体詞":
            continue
        elif pos[0] == "助詞" and m.surface() == "の" and head is not None:
            head = None  # the head comes after `の`
        elif pos[0] == "助動詞" and m.surface() == "な":
            continue  # `便利なアプリ`
        else:
            break
    return head


# The very next line a web address: the headline above it is a link.
_ADDRESS = re.compile(r"\n[ \t\u3000]*https?://")
# The date a listed headline is given with (`（2011年05月02日）`, `(5/2)`).
_DATED = re.compile(r"[（(][^（）()\n]{0,12}\d{1,4}\s*[年月/／.][^（）()\n]{0,16}[）)][\s\u3000]*$")
# A heading over a list of links (`【関連記事】`, `関連ニュース：`).
_LINKS_HEADING = re.compile(r"[\s\u3000]*(?:【[^】\n]*】|[^\n]{0,10}関連[^\n]{0,10})[\s\u3000]*$")


def in_linked_headline(text: str, start: int) -> bool:
    """Whether the marks at ``start`` stand in the headline of another
    article listed as a link: a line with a web address on the very next
    line, or a list item (``・``) with its date (``・…「…」（2011年5月2日）``)
    or in a run of items under a heading of links (``【関連記事】``). A
    list with neither is the article's own: a summary of what was said
    (``・「…」と山田社長``), the answers of people asked."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if _ADDRESS.match(text, line_end):
        return True
    if text[line_start : line_start + 1] != "・":
        return False
    if _DATED.search(text, line_start, line_end):
        return True
    # An item alone between blank lines, ending as a headline does (on a
    # noun): a link set into the story; a list of remarks has items, each
    # with its speaker.
    if _alone(text, line_start, line_end) and _ends_on_noun(text[line_start + 1 : line_end]):
        return True
    # Up past the run of items (and blank lines) to the line over them.
    at = line_start
    while at > 0:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above : at - 1]
        if line.strip() and not line.startswith("・"):
            return _LINKS_HEADING.fullmatch(line) is not None
        at = above
    return False


def _alone(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line at ``text[line_start:line_end]`` is a paragraph of
    its own: a blank line or the text's edge on either side."""
    before = text[max(0, line_start - 2) : line_start]
    after = text[line_end : line_end + 2]
    return (line_start == 0 or before == "\n\n") and (
        line_end == len(text) or after == "\n\n" or after == "\n"
    )


@lru_cache(maxsize=256)
def _ends_on_noun(line: str) -> bool:
    """Whether ``line`` ends on a noun (a headline's `体言止め`), not on a
    verb, a closing bracket or a sentence's mark."""
    last = None
    for last in analyse(line.rstrip()[-12:]):  # noqa: B007 (the last word is wanted)
        pass
    return last is not None and last.part_of_speech()[0] in ("名詞", "接尾辞")
