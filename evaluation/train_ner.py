"""Train the entity tagger shipped as ``reader/extract/data/ner_model.json.gz``.

Run ``python evaluation/train_ner.py`` from the repository. It reads only the
training splits of the Indonesian NER gold (NERGrit train, NER-UI train) in
``<repo>/../shared/corpora/ner``, and derives the lists of lowercase common
words (``common_id/en/de.txt``) from the unlabelled article corpora there.

The tagger is a greedy averaged perceptron over the features in
``reader.extract.entities.features``; it scores only candidate tokens, so
training sees exactly what extraction sees.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.extract import entities as ner  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
TRAIN_FILES = ("nergrit_train.txt", "nerui_train.tsv")
LABELS = {
    "PERSON": "PER",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
}
EPOCHS = 12
PRUNE = 0.01
_WORD = re.compile(r"[^\W\d_]+")


def read_bio(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of ``token<TAB>tag`` lines, tags mapped to PER/ORG/LOC."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        tag = tag.strip()
        if tag != "O":
            tag = tag[:2] + LABELS.get(tag[2:], "MISC")
        sentence.append((token, tag))
    if sentence:
        yield sentence


def align(sentence: list[tuple[str, str]]) -> tuple[str, list[ner.Token], list[str]]:
    """The sentence as text (tokens joined by spaces), our tokens of it, and
    the gold tag of each of our tokens."""
    text = " ".join(t for t, _ in sentence)
    owner = []
    for k, (tok, _) in enumerate(sentence):
        owner.extend([k] * len(tok))
        owner.append(-1)
    tokens = ner.tokenize(text)
    tags = []
    prev_owner, prev_tag = -1, "O"
    for t in tokens:
        k = owner[t.start]
        tag = sentence[k][1]
        if tag.startswith("I-") and prev_tag[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        if k == prev_owner and tag.startswith("B-"):
            tag = "I-" + tag[2:]
        tags.append(tag)
        prev_owner, prev_tag = k, tag
    return text, tokens, tags


class Perceptron:
    """Averaged multiclass perceptron with lazy averaging."""

    def __init__(self) -> None:
        n = len(ner.TAGS)
        self.n = n
        self.w: dict[str, list[float]] = {}
        self.total: dict[str, list[float]] = {}
        self.stamp: dict[str, list[int]] = {}
        self.t = 0

    def update(self, feats: Iterable[str], gold: int, guess: int) -> None:
        for f in feats:
            w = self.w.setdefault(f, [0.0] * self.n)
            tot = self.total.setdefault(f, [0.0] * self.n)
            st = self.stamp.setdefault(f, [0] * self.n)
            for k, delta in ((gold, 1.0), (guess, -1.0)):
                tot[k] += (self.t - st[k]) * w[k]
                st[k] = self.t
                w[k] += delta

    def averaged(self) -> dict[str, list[float]]:
        out = {}
        for f, w in self.w.items():
            tot, st = self.total[f], self.stamp[f]
            avg = [(tot[k] + (self.t - st[k]) * w[k]) / max(self.t, 1) for k in range(self.n)]
            if max(abs(x) for x in avg) >= PRUNE:
                out[f] = [round(x, 3) for x in avg]
        return out


def train(data: list[tuple[list[ner.Token], list[str]]], common: frozenset[str]) -> dict:
    """Greedy training: the previous tag is the one the model predicted."""
    model = Perceptron()
    index = {t: k for k, t in enumerate(ner.TAGS)}
    rng = random.Random(7)
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        errors = seen = 0
        for tokens, gold in data:
            cand = ner.candidates(tokens)
            spans = ner.runs(cand)
            prev = "O"
            for i, tok_gold in enumerate(gold):
                if not cand[i]:
                    prev = "O"
                    continue
                model.t += 1
                feats = ner.features(tokens, i, prev, common, spans[i])
                guess = ner.predict(model.w, feats, prev)
                target = tok_gold if ner.allowed(prev, tok_gold) else "B-" + tok_gold[2:]
                seen += 1
                if guess != target:
                    errors += 1
                    model.update(feats, index[target], index[guess])
                prev = guess
        print(f"epoch {epoch + 1}: {errors}/{seen} candidate errors", file=sys.stderr)
    return model.averaged()


def common_word_list(texts: Iterable[str]) -> list[str]:
    """Words that are ordinary words: seen in lowercase at least 3 times and
    at least half as often as capitalised inside a sentence (``bank`` is one,
    though ``Bank Indonesia`` is frequent)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for line in text.split("\n"):
            for t in ner.tokenize(line):
                w = t.text
                if not _WORD.fullmatch(w):
                    continue
                if w.islower():
                    lower[w] += 1
                elif w[:1].isupper() and not t.first:
                    upper[w.lower()] += 1
    return sorted(w for w, c in lower.items() if c >= 3 and 2 * c >= upper[w])


def corpus_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*.txt")):
        if path.name != "README.TXT":
            yield path.read_bytes().decode("utf-8", errors="replace")


def main() -> int:
    ner_dir = CORPORA / "ner"
    if not ner_dir.is_dir():
        print(f"corpora not found at {CORPORA}; nothing to train", file=sys.stderr)
        return 1
    sentences = [s for name in TRAIN_FILES for s in read_bio(ner_dir / name)]
    gold_text = [" ".join(t for t, _ in s) for s in sentences]
    lists = {
        "id": common_word_list([*gold_text, *corpus_texts(CORPORA / "id")]),
        "en": common_word_list(corpus_texts(CORPORA / "en")),
        "de": common_word_list(corpus_texts(CORPORA / "de")),
    }
    for lang, words in lists.items():
        path = ner.DATA / f"common_{lang}.txt"
        header = f"# Words written in lowercase in {lang} news (train_ner.py derives it).\n"
        path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    ner.word_list.cache_clear()
    common = ner.common_words("id")
    data = []
    for s in sentences:
        _, tokens, tags = align(s)
        data.append((tokens, tags))
    weights = train(data, common)
    with gzip.open(ner.MODEL_FILE, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(weights, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(weights)} features -> {ner.MODEL_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
