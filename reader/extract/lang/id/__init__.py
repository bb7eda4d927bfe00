"""Indonesian (and Malay, which shares it): the tagger's own language."""

from reader.extract.lang import LanguageRules, home_words
from reader.extract.lang.id import datelines
from reader.extract.lang.id.cues import ACCORDING_ROLE, HEAD, SAID_BY, TAIL
from reader.extract.lang.id.mentions import revised


def deputy_role(low: str) -> bool:
    """Whether a lowercase word is a deputy's short title: ``wa`` before a
    minister's (``wamenaker``, ``wamenkeu``)."""
    return low.startswith("wa") and low[2:] in home_words("id", "roles")


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
    lowercase_ends_speaker=True,
    single_name_holders=True,
    according_role=ACCORDING_ROLE,
    said_by=SAID_BY,
    role_compound=deputy_role,
    hyphen_joins_pairs=True,
    product_kind_takes_make=True,
    credits=datelines.CREDITS,
    revise=revised,
)
