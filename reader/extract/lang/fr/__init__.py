"""French."""

from reader.extract.lang import LanguageRules
from reader.extract.lang.fr.cues import HEAD, TAIL

RULES = LanguageRules(code="fr", tail=tuple(TAIL), head=tuple(HEAD), homes=("fr",))
