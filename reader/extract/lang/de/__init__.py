"""German: every noun capitalised, functions written as compounds."""

from reader.extract.lang import LanguageRules
from reader.extract.lang.de import lexicon
from reader.extract.lang.de.cues import HEAD, SPEAKER_CLAUSE_END, TAIL

# German writes a function as one word with what it is of (``Verkehrsminister``,
# ``GDL-Chef``, ``Bezirksstadträtin``): a word ending in a role is a role.
ROLE_ENDINGS = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "stadtrat",
    "stadträtin",
    "vorsitzende",
    "vorsitzender",
    "bürgermeister",
    "bürgermeisterin",
    "direktor",
    "direktorin",
    # `Landesfachbereichsleiterin`, `Abteilungsleiter`: who heads a part of a body.
    "leiter",
    "leiterin",
    "senator",
    "senatorin",
)


# Words ending in a role that are none (`Begleiter` ends in `leiter`, and so
# does a `Blitzableiter`).
NOT_ROLE_ENDINGS = ("gleiter", "gleiterin", "ableiter")


def compound_role(low: str) -> bool:
    """Whether a lowercase word is a compound ending in a role
    (``verkehrsminister``), not ``administrator``."""
    # One C-level `endswith` turns away nearly every word before the loop.
    return (
        low.endswith(ROLE_ENDINGS)
        and not low.startswith("admin")
        and not low.endswith(NOT_ROLE_ENDINGS)
        and any(low.endswith(e) and len(low) > len(e) + 2 for e in ROLE_ENDINGS)
    )


RULES = LanguageRules(
    code="de",
    tail=tuple(TAIL),
    head=tuple(HEAD),
    homes=("de",),
    common_home="de",
    capitalises_nouns=True,
    role_compound=compound_role,
    noun_lexicon=lexicon,
    speaker_clause_end=SPEAKER_CLAUSE_END,
    role_means_named=True,
)
