"""English quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN, NAME, TRAIL

EN_CUES = (
    "said|says|say|told|tells|added|adds|explained|explains|asked|asks|wrote|writes|noted|notes"
    "|continued|continues|stated|states|declared|insisted|argued|argues|warned|warns|claimed"
    "|claims|recalled|tweeted|posted|replied|responded|answered|acknowledged|admitted|announced"
    "|observed|suggested|concluded|remarked|joked|predicted|conceded|boasted|complained|urged"
    "|cautioned|emphasized|stressed|pointed out|went on|shot back|fired back|reportedly said"
    "|explaining|adding|saying|telling|writing|noting|asking|demanded|sings|sang|reads|read"
    "|shouted|yelled|yells|screamed|scolded|commented|chanted|chanting|tweeting|wondered|mused"
    "|quipped|testified|recounted|pleaded|vowed|countered|retorted|snapped|exclaimed|texted"
)
_WHO_EN = (
    r"(?P<who>(?:(?:the|a|an|one|another|his|her|their|its)\s+)?"
    r"[\w'’.()&-]+(?:\s+[\w'’.()&-]+){0,6}?)"
)
_EN_AUX = r"(?:also\s+|later\s+|then\s+|has\s+|had\s+|would\s+|previously\s+|once\s+)?"

TAIL = [
    re.compile(rf"{LEAD}(?P<cue>{EN_CUES})\s+(?P<rest>.*)", re.S),
    re.compile(rf"{LEAD}{_WHO_EN}\s+{_EN_AUX}(?P<cue>{EN_CUES})\b", re.S),
    # `Scott's niece, state Sen. Marcia Price (D-Va.), said`: a description,
    # then the person's name in apposition (a nickname in marks allowed).
    re.compile(
        rf"{LEAD}(?P<desc>[\w'’-]+(?:[ \t]+[\w'’-]+){{0,5}}),[ \t]+"
        rf"(?P<app>(?:[^,\"“”\n()]|\"\w+\"|“\w+”|\([^()\n]*\)){{3,100}}?),[ \t]+"
        rf"{_EN_AUX}(?P<cue>{EN_CUES})\b"
    ),
    # `Ann Roe, head of research at Zentra - one of its lenders - said`:
    # an apposition closed by a comma or by a dash.
    re.compile(
        rf"{LEAD}(?P<who>{NAME}),\s+(?:[^\"“”.]|\.(?=[,\w])){{1,120}}?(?:,|\s[-–—])\s+{_EN_AUX}"
        rf"(?P<cue>{EN_CUES})\b",
        re.S,
    ),
    # `Kirsten Hale from the Consumer Electronics Group, told`: where the
    # person works, between the name and the cue.
    re.compile(
        rf"{LEAD}(?P<who>{NAME})\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][^\"“”.,\n]{{1,80}},\s+"
        rf"{_EN_AUX}(?P<cue>{EN_CUES})\b"
    ),
    re.compile(rf"{LEAD}(?P<cue>according to)\s+(?P<rest>.*)", re.I | re.S),
]
HEAD = [
    re.compile(rf"(?P<cue>{EN_CUES})\b{LEADS_IN}"),
    re.compile(rf"\b(?P<cue>[Aa]ccording to)\s+(?P<rest>{NAME}|him|her|them){TRAIL}$"),
]

# A verb that reports what someone said, before a partial quotation in the
# same sentence (`lawyers said the fine was "absurd"`, `called the ruling
# "a disgrace"`, `is expecting "strong growth"` is no report); the last one
# before the mark is taken.
REPORTED = re.compile(
    rf"\b(?P<cue>{EN_CUES}|called|calls|calling|described|describes|describing)\b"
)
