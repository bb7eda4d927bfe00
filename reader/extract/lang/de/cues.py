"""German quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN

DE_CUES = "sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|so|fügte hinzu|schrieb"

TAIL = [
    re.compile(rf"{LEAD}(?P<cue>{DE_CUES})\s+(?P<rest>.*)", re.S),
    re.compile(rf"{LEAD}(?P<cue>laut|zufolge)\s+(?P<rest>.*)", re.I | re.S),
]
HEAD = [re.compile(rf"(?P<cue>{DE_CUES})\b{LEADS_IN}")]
