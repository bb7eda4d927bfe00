"""What every language's quotation cues are built of.

Each language's cues are in its home, ``reader/extract/lang/<code>/cues.py``,
kept apart from the logic in ``attribution`` so that a language is added by
adding its cues there; ``LanguageRules.tail`` and ``.head`` gather them. Tail patterns read the text right after a closing
mark (``," kata Tito``), head patterns the end of the text before an opening
mark (``Tito menjelaskan, "``). Groups: ``cue``; ``who`` for a speaker
written before the cue; ``rest`` for the text after a cue, where the
speaker follows it.
"""

from __future__ import annotations

import re

_PRONOUN_WORDS = "dia ia beliau mereka kami saya aku kita he she they we i er sie il elle ils elles"
PRONOUNS = frozenset(_PRONOUN_WORDS.split())
_OBJECT_PRONOUN_WORDS = "him her them ihm ihr lui"
OBJECT_PRONOUNS = frozenset(_OBJECT_PRONOUN_WORDS.split())
_CAP = r"(?:[A-Z][\w'’.-]*(?:&[A-Z][\w'’.-]*)?|\([A-Z][\w&.-]*\))"
# Words whose full stop ends no sentence: titles, and initials (``J.``).
ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Prof",
    "Rev",
    "Fr",
    "Del",
    "Sens",
    "Reps",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Sgt",
    "Adm",
    "Cmdr",
    "Supt",
    "Hon",
    "Ir",
    "Drs",
    "Hj",
    "KH",
    "[A-Z]",
)
# A name runs on after a word with a full stop only when the stop marks an
# abbreviation: ``Luhut Binsar Pandjaitan. Purbaya`` is two sentences.
_RUNS_ON = "(?<![.])|" + "|".join(rf"(?<=\b{a}\.)" for a in ABBREVIATIONS)
NAME = (
    rf"{_CAP}(?:(?:{_RUNS_ON})[ \t]+"
    rf"(?:(?:bin|binti|van|von|de|der|da|al|el|la|le|of|for|&)[ \t]+)?{_CAP}){{0,8}}"
)
LEAD = r"[\s,.;:–—-]*"
# `“…” ― Pamela Padilla`: a name after a dash signs the quotation, in any language.
SIGNED = re.compile(rf"[\s.,]*(?P<cue>[―—–])\s*(?P<who>{NAME})\s*[.]?\s*$")

# Head patterns are searched in the text before the opening mark and must
# reach its end, so that the cue leads into this quotation.
TRAIL = r"\s*[,:]?\s*"
# After a leading cue, the words up to the mark end in a comma or colon, or
# the mark follows the cue (and `bahwa`/`that`) directly.
LEADS_IN = r"(?:(?:\s+[\w'’()/-]+){0,10}?\s*[,:]|\s*(?:bahwa|that)?)\s*$"
