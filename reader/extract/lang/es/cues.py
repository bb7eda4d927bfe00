"""Spanish quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN

ES_CUES = (
    "afirmó|dijo|señaló|explicó|aseguró|añadió|indicó|declaró|comentó|subrayó|destacó"
    "|reconoció|advirtió|sostuvo|apuntó|insistió|afirma|dice|señala|explica|asegura|añade"
)

TAIL = [
    re.compile(rf"{LEAD}(?P<cue>{ES_CUES})\s+(?P<rest>.*)", re.S),
    re.compile(rf"{LEAD}(?P<cue>según)\s+(?P<rest>.*)", re.I | re.S),
]
HEAD = [re.compile(rf"(?P<cue>{ES_CUES})\b{LEADS_IN}")]
