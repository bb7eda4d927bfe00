"""Spanish."""

from reader.extract.lang import LanguageRules
from reader.extract.lang.es.cues import HEAD, TAIL

RULES = LanguageRules(code="es", tail=tuple(TAIL), head=tuple(HEAD), homes=("es",))
