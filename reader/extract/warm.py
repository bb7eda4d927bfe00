"""Importing this module loads every model and word list extraction uses.

The import's worker processes start from a forkserver that preloads this
module, so each worker begins with the models in memory pages it shares with
the others, instead of reading its own copy on its first article.
"""

import gc

from reader.extract.cjk_names import find_cjk_names
from reader.extract.lang import HOME, home_words, rules_for
from reader.extract.pipeline import extract

_SAMPLE = (
    "Judul Berita Contoh\n\n"
    'Jakarta - "Kami siap bekerja sama," kata Menteri Budi Santoso di Jakarta, Senin (3/11). '
    'The minister said: "We are ready," according to Reuters in London.'
)

extract(_SAMPLE)
# The Korean, Chinese and Japanese name patterns (~130 ms to compile).
for _lang, _text in (("ko", "김민수 장관은"), ("zh", "王明表示"), ("ja", "山田太郎氏は")):
    find_cjk_names(_text, [(0, len(_text))], _lang)
# And the rules and word lists the sample does not reach (other languages'
# common words), which each worker would otherwise read on its first such article.
for _path in HOME.glob("*/*.txt"):
    home_words(_path.parent.name, _path.stem)
for _lang in ("id", "en", "de", "fr", "es", "pt", "it", "ja", "ko", "zh", "und"):
    _rules = rules_for(_lang)
    _rules.common, _rules.person_nouns, _rules.loan_common  # noqa: B018

# The garbage collector would otherwise walk (and so copy) every page of
# the models in each worker.
gc.freeze()
# Extraction makes no reference cycles (none found over 5,000 articles), yet
# the caches' turnover (word scores, decoded runs) kept triggering full
# collections that walk every cached entry: 6% of a worker's time. Rarer
# collections still free whatever cycle something else might leave.
gc.set_threshold(5000, 20, 100)
