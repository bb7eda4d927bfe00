"""English."""

import re

from reader.extract.lang import LanguageRules
from reader.extract.lang.en.colon import colon_speaker
from reader.extract.lang.en.cues import HEAD, REPORTED, TAIL
from reader.extract.lang.en.mentions import revised
from reader.extract.lang.en.not_named import not_a_name

RULES = LanguageRules(
    code="en",
    tail=tuple(TAIL),
    head=tuple(HEAD),
    homes=("en",),
    common_home="en",
    companies_alone=True,
    plurals_in_s=True,
    english_speakers=True,
    colon_speaker=colon_speaker,
    # `Ms. Okafor of the Traders Guild`, `Gov. Ann Holt from Utah`.
    where_after_name=re.compile(r"[ \t]+(?:of|from|at)[ \t]+"),
    reported=REPORTED,
    revise=revised,
    not_a_name=not_a_name,
)
