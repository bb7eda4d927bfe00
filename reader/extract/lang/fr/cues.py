"""French quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN

FR_CUES = (
    "a déclaré|a dit|a affirmé|a expliqué|a ajouté|a précisé|a estimé|a souligné|explique"
    "|affirme|déclare|estime|ajoute|précise|souligne|dit|selon|confie|raconte|assure|indique"
    "|rappelle|poursuit|conclut|insiste|témoigne|a confié|a raconté|a assuré|a indiqué"
)
# Past participles, which lead into a quotation after an adverbial
# (`a pour sa part affirmé : « … »`) or follow an inverted pronoun
# (`« … », a-t-elle dit`).
FR_PARTICIPLES = (
    "déclaré|dit|affirmé|expliqué|ajouté|précisé|estimé|souligné|confié|raconté|assuré"
    "|indiqué|rappelé|insisté|témoigné|lancé|répondu|averti|prévenu|martelé|reconnu"
)

TAIL = [
    re.compile(rf"{LEAD}(?P<cue>{FR_CUES})\s+(?P<rest>.*)", re.S),
    # `confie-t-elle`, `a-t-il dit`: the speaker is the pronoun's person.
    re.compile(
        rf"{LEAD}(?P<cue>(?:{FR_CUES.replace('a ', '')})(?:-t)?-(?:il|elle)s?"
        rf"|a-t-(?:il|elle)s?\s+(?:{FR_PARTICIPLES}))\b"
    ),
]
HEAD = [re.compile(rf"(?P<cue>{FR_CUES}|{FR_PARTICIPLES})\b{LEADS_IN}")]
