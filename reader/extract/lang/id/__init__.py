"""Indonesian (and Malay, which shares it): the tagger's own language."""

from reader.extract.lang import LanguageRules
from reader.extract.lang.id import datelines
from reader.extract.lang.id.cues import HEAD, TAIL

RULES = LanguageRules(
    code="id",
    tail=tuple(TAIL),
    head=tuple(HEAD),
    homes=("id",),
    common_home="id",
    # The tagger was trained on Indonesian gold: its word on a capitalised
    # word is trusted, and it learnt when `Indonesia` is the team.
    every_name=False,
    loan_homes=("en",),
    nya_cue=True,
    hyphen_joins_pairs=True,
    credits=datelines.CREDITS,
)
