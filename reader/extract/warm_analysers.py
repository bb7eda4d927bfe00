"""Importing this loads the analysers and lexicons of the languages named
in ``READER_ANALYSER_LANGS`` (``zh-cn,zh-tw``).

The forkserver of a language group's workers preloads it after
``reader.extract.warm`` (see ``reader.workers.worker_pool``), so that the
group's workers share one copy of an analyser that would cost each of them
a hundred megabytes (Chinese) and a second or so of loading.
"""

import gc
import os

from reader.extract.lang import rules_for

for _lang in filter(None, os.environ.get("READER_ANALYSER_LANGS", "").split(",")):
    _rules = rules_for(_lang)
    # Each loads what it needs on its first word.
    if _rules.analyser is not None:
        _rules.analyser.morphemes("x", 0, 1)
    if _rules.noun_lexicon is not None:
        _rules.noun_lexicon.name_type("X")

# As ``reader.extract.warm`` does: the collector would otherwise walk (and so
# copy into each worker) what was just loaded.
gc.freeze()
