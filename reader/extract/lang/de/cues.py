"""German quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN

DE_CUES = (
    "sagte|sagt|sagten|sagen|erklärte|erklärt|betonte|betont|meinte|meint|so|fügte|schrieb"
    "|schreibt|warnte|warnt|kritisierte|kritisiert|ergänzte|ergänzt|berichtete|berichtet"
    "|erzählte|erzählt|forderte|fordert|bestätigte|bestätigt|versicherte|versichert"
    "|erläuterte|erläutert|unterstrich|mahnte|mahnt|antwortete|antwortet|fragte|fragt"
    "|kommentierte|räumte|gab|teilte|stellte|heißt es|hieß es"
)
# Where the clause naming a speaker after a cue ends: a comma, a full stop,
# or a preposition or dative article after the name (`sagte Schmidt der
# Zeitung`, `sagte Klopp nach dem Spiel`), but not the `der` of `von der`.
SPEAKER_CLAUSE_END = re.compile(
    r",|\.(?:\s|$)|\s(?:am|im|in|bei|nach|vor|gegenüber|auf|zum|zur|mit|laut|während|über"
    r"|dem|den|einem|einer|hinzu|zu|ein)\s|(?<!\svon)\s(?:der|des)\s"
)

TAIL = [
    re.compile(rf"{LEAD}(?P<cue>{DE_CUES})\s+(?P<rest>.*)", re.S),
    re.compile(rf"{LEAD}(?P<cue>laut|zufolge)\s+(?P<rest>.*)", re.I | re.S),
]
HEAD = [re.compile(rf"(?P<cue>{DE_CUES})\b{LEADS_IN}")]
