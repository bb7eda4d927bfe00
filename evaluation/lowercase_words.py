"""Build each language's list of words that news writes in lowercase: ``python evaluation/lowercase_words.py``.

A word capitalised only because it opens a sentence (``Somehow``,
``Rhetoric``, Indonesian ``Ledakan``, ``Bayangkan``) is no name; the entity
stage knows such words from ``common.txt``, which ``train_ner.py`` derives
from the unlabelled news here, and which is too small to hold most of a
language (6,500 English and 5,400 Indonesian words). This script lists more
from the word frequencies of ``wordfreq`` (Apache-2.0; its data, and so the
lists, CC BY-SA 4.0: Wikipedia, subtitles, news, books and web text):

- a word of three letters or more, as frequent as a word of the language's
  everyday vocabulary (Zipf 3.5 or more: once in 300,000 words);
- much rarer in the other languages listed (``OTHERS``: Zipf at least 0.8
  lower in each), which leaves out brands and people the whole world writes
  (``ebay``, ``samsung``) and loans that are names as often as words;
- neither a place nor a given name in the gazetteers, nor a word the news
  here writes capitalised more often than not, nor the plural of one
  (``word_stats.tsv``: Google, Gerindra, Democrats), nor already in
  ``common.txt``.

It writes ``reader/extract/lang/<code>/lowercase_words.txt``. ``wordfreq`` is
no dependency of the reader: ``pip install -e '.[wordlists]'`` (the extra pins
the version the shipped lists come from) to run this.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.extract.lang import home_words  # noqa: E402
from reader.extract.lexicon import gazetteer, word_stats  # noqa: E402

# The languages a word must be much rarer in (Malay is left out for
# Indonesian: the two share most of their words).
OTHERS = {"en": ("de", "fr", "es", "id"), "id": ("en", "de", "fr", "es")}
LEAST_ZIPF = 3.5
MARGIN = 0.8
HEADER = """\
# Words news in this language writes in lowercase, beyond common.txt: a word
# that only opens a sentence, capitalised alone, is no name (reader/extract/entities.py).
# Derived by evaluation/lowercase_words.py from wordfreq 3.1.1, whose data is
# CC BY-SA 4.0 (Wikipedia, OpenSubtitles, news, books, web text); so is this list.
"""


def lowercase_words(code: str) -> list[str]:
    from wordfreq import top_n_list, zipf_frequency

    places, given = gazetteer("places"), gazetteer("given_names")
    stats, common = word_stats(), home_words(code, "common")
    out = []
    for word in top_n_list(code, 60_000):
        if len(word) < 3 or not word.isalpha() or not word.islower():
            continue
        zipf = zipf_frequency(word, code)
        if zipf < LEAST_ZIPF:
            break
        if word in common or word in places or word in given:
            continue
        forms = (word, word[:-1]) if word.endswith("s") else (word,)
        if any(f.startswith(("cr=4", "ecr=4")) for w in forms for f in stats.get(w, ())):
            continue
        if max(zipf_frequency(word, other) for other in OTHERS[code]) > zipf - MARGIN:
            continue
        out.append(word)
    return sorted(out)


def main() -> int:
    for code in OTHERS:
        words = lowercase_words(code)
        path = REPO / "reader" / "extract" / "lang" / code / "lowercase_words.txt"
        path.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{path.relative_to(REPO)}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
