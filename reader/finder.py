"""Fuzzy search over entity names that stays within a frame per keystroke.

Scoring every name with rapidfuzz costs ~2 µs a name: 200 ms at 100,000
names. So a keystroke first gathers a few hundred likely candidates and only
they are scored with rapidfuzz's WRatio. Candidates come from the distinct
words of the names: words that start with what is being typed (the heaviest
names for the first two letters, the names with the earlier words typed
after that), and words that share trigrams with it (a misspelling). Indexed
by word rather than by name, the trigram lists hold a third as many entries
(4.4 million instead of 12.7 at a million synthetic articles), which saves
about 100 MB at that size.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

MAX_CANDIDATES = 600
SCORE_CUTOFF = 75.0
# How many edits (a letter added, dropped, changed, or two swapped) a typed
# word may be from a word of a name to count as the same word misspelt: one
# in a word of up to six letters (``purbya``, ``purbaya``), two in a longer
# one (``prabwoo``, ``prabowo``). A ratio instead lets a word match another
# inside it (``malang`` and ``alan``, ``gibran`` and ``iran`` score 80 by
# ``fuzz.ratio``): another name, not a misspelling.
SHORT_WORD = 6
# Words kept of those sharing the most trigrams with a typed word, and the
# names looked at per word (its heaviest): enough for a misspelling to find
# its name, few enough that a common word's thousands of names cost nothing.
SIMILAR_WORDS = 40
NAMES_PER_WORD = 200
# Characters of a word whose trigrams are indexed: names' words are
# shorter; a longer one is found by its start.
GRAMMED = 16
# Prefixes this short are answered from a list made at load time.
HEAD = 2
HEAD_NAMES = MAX_CANDIDATES // 2


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NameIndex:
    """The names of a collection's entities, ready for fuzzy lookup."""

    def __init__(self, names: Sequence[str], weights: Sequence[int]) -> None:
        self.names = list(names)
        self.weights = list(weights)
        self._processed = [utils.default_process(name) for name in self.names]
        self._by_weight = sorted(range(len(self.names)), key=lambda i: -self.weights[i])
        # Each word's owners in the order they are offered as candidates: a
        # name that is that word alone (``Anke``) first, then the heaviest.
        owners: defaultdict[str, list[int]] = defaultdict(list)
        processed = self._processed
        for i in sorted(self._by_weight, key=lambda i: " " in processed[i]):
            for word in set(processed[i].split()):
                owners[word].append(i)
        self._words = sorted(owners)
        self._owners = [owners[word] for word in self._words]
        grams: defaultdict[str, list[int]] = defaultdict(list)
        for at, word in enumerate(self._words):
            for gram in _trigrams(word[:GRAMMED]):
                grams[gram].append(at)
        self._grams = dict(grams)
        # The heaviest names for each prefix of one or two letters (see
        # ``_head``), made when first typed.
        self._heads: dict[str, list[int]] = {}

    def _head(self, prefix: str) -> list[int]:
        """The heaviest names with a word starting with ``prefix``: among
        thousands of words starting with ``da``, the ones found first
        alphabetically are not those a user is looking for. Made on first
        use (tens of milliseconds at a million articles), not at load."""
        heads = self._heads.get(prefix)
        if heads is None:
            found: set[int] = set()
            for at in range(bisect.bisect_left(self._words, prefix), len(self._words)):
                if not self._words[at].startswith(prefix):
                    break
                found.update(self._owners[at][:HEAD_NAMES])
            heads = self._heads[prefix] = heapq.nlargest(
                HEAD_NAMES, found, key=self.weights.__getitem__
            )
        return heads

    def _having(self, words: list[str]) -> set[int] | None:
        """Names that have each of ``words`` (the words typed before the
        last, so complete): ``PT Da`` looks among the names with ``PT``.
        None when there are none to match, or one is no known word (a
        misspelling, left to the trigrams)."""
        found: set[int] | None = None
        for word in words:
            at = bisect.bisect_left(self._words, word)
            if at == len(self._words) or self._words[at] != word:
                return None
            owners = self._owners[at]
            found = set(owners) if found is None else found.intersection(owners)
        return found

    def _prefixed(self, prefix: str, cap: int, within: set[int] | None) -> set[int]:
        """Names with a word starting with ``prefix`` (and, when given, in
        ``within``): the heaviest ``cap``, and names with the word ``prefix``
        itself, a name that is that word alone first."""
        first = bisect.bisect_left(self._words, prefix)
        named = first < len(self._words) and self._words[first] == prefix
        exact = self._owners[first] if named else []
        exact = exact[:cap] if within is None else within.intersection(exact)
        if within is None and len(prefix) <= HEAD:
            return set(self._head(prefix)).union(exact)
        found: set[int] = set()
        for at in range(first, len(self._words)):
            if not self._words[at].startswith(prefix):
                break
            owners = self._owners[at]
            if within is not None:
                found.update(within.intersection(owners))
            elif len(found) < cap * 4:
                found.update(owners[:cap])
            else:
                break
        return set(heapq.nsmallest(cap, found, key=lambda i: -self.weights[i])).union(exact)

    def _similar(self, words: list[str]) -> list[int]:
        """Names whose words share the most trigrams with the typed words."""
        shared: Counter[int] = Counter()
        for word in words:
            if len(word) < 3:
                continue
            grams: Counter[int] = Counter()
            for gram in _trigrams(word):
                grams.update(self._grams.get(gram, ()))
            for at, count in grams.most_common(SIMILAR_WORDS):
                for i in self._owners[at][:NAMES_PER_WORD]:
                    shared[i] += count
        return [i for i, _ in shared.most_common(MAX_CANDIDATES)]

    def search(self, query: str, limit: int = 50) -> list[tuple[int, float]]:
        """(name index, score 0-100) of the best matches, best first.

        An empty query gives the heaviest names (those in most articles).
        """
        text = utils.default_process(query)
        if not text:
            return [(i, 100.0) for i in self._by_weight[:limit]]
        words = text.split()
        within = self._having(words[:-1])
        candidates = self._prefixed(words[-1], MAX_CANDIDATES // 2, within)
        candidates.update(self._similar(words))
        ordered = list(candidates)
        return _rank(text, ordered, self._processed, self.weights, limit)


def rank_all(query: str, names: Sequence[str], weights: Sequence[int], limit: int = 50):
    """``NameIndex.search`` over every name, without building an index: for
    one query (the command line), scoring all names in rapidfuzz's C loop
    costs less than the index it would build for the next keystroke."""
    text = utils.default_process(query)
    if not text:
        return [(i, 100.0) for i in heapq.nlargest(limit, range(len(names)), weights.__getitem__)]
    processed = [utils.default_process(name) for name in names]
    return _rank(text, range(len(names)), processed, weights, limit)


def _fits(words: list[str], name: str) -> bool:
    """Whether every typed word is in the name: the same word, misspelt, or
    (the last one, being typed) begun; or inside it, for romanised syllables
    written together or apart (``sooman`` in ``Lee Soo Man``). WRatio alone
    lists ``Budi Hartono`` for ``Budi Santoso``, a person matched for one
    word the two names share."""
    name_words = name.split()
    last = len(words) - 1
    for at, word in enumerate(words):
        if word in name_words:
            continue
        if at == last and any(n.startswith(word) for n in name_words):
            continue
        if len(word) > 3 and _misspelt(word, name_words):
            continue
        if len(word) < 3 or word not in "".join(name_words):
            return False
    return True


def _misspelt(word: str, name_words: list[str]) -> bool:
    """Whether ``word`` is one of ``name_words`` misspelt (``SHORT_WORD``)."""
    edits = 1 if len(word) <= SHORT_WORD else 2
    return process.extractOne(word, name_words, scorer=OSA.distance, score_cutoff=edits) is not None


def _rank(
    text: str,
    ordered: Sequence[int],
    processed: Sequence[str],
    weights: Sequence[int],
    limit: int,
) -> list[tuple[int, float]]:
    """(name index, score) of the names ``ordered`` that match ``text`` and
    hold each of its words (``_fits``): by WRatio, nudged up for a name that
    starts with what was typed, then by weight."""
    scored = process.extract(
        text,
        [processed[i] for i in ordered],
        scorer=fuzz.WRatio,
        processor=None,
        limit=None,
        score_cutoff=SCORE_CUTOFF,
    )

    def order(item: tuple[int, float]) -> tuple[float, int]:
        index, score = item
        boost = 5.0 if processed[index].startswith(text) else 0.0
        return -(score + boost), -weights[index]

    words = text.split()
    ranked = sorted(((ordered[at], score) for _, score, at in scored), key=order)
    # Checked in rank order until enough fit: most of the names that pass
    # WRatio are never shown.
    fitting = (item for item in ranked if _fits(words, processed[item[0]]))
    return list(itertools.islice(fitting, limit))
