"""English."""

from reader.extract.lang import LanguageRules
from reader.extract.lang.en.cues import HEAD, REPORTED, TAIL
from reader.extract.lang.en.mentions import revised

RULES = LanguageRules(
    code="en",
    tail=tuple(TAIL),
    head=tuple(HEAD),
    homes=("en",),
    common_home="en",
    companies_alone=True,
    plurals_in_s=True,
    english_speakers=True,
    reported=REPORTED,
    revise=revised,
)
