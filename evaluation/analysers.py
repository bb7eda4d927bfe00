"""Morphological analysers for Japanese, Korean and Chinese, side by side.

Run ``python evaluation/analysers.py [ja] [ko] [zh]`` from the repository,
after installing the candidates that are not dependencies of the reader::

    pip install sudachidict-small janome python-mecab-ko thulac

For each analyser, alone and without any of our rules: the proper nouns it
tags (consecutive proper-noun tokens joined, as a family and a given name are
one name), scored per distinct name per article against the gold entities of
``evaluation/gold/lang_<code>.jsonl`` (dev and held-out together: nothing is
tuned here), with the right-type share where the analyser types its proper
nouns; milliseconds per article over every corpus article of the language;
resident memory after loading it and analysing them (RSS, each analyser in a
process of its own); and the size its packages take on disk.
"""

from __future__ import annotations

import importlib.metadata
import json
import resource
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
GOLD = REPO / "evaluation" / "gold"

# analyser -> (language, distributions whose installed files it needs)
CANDIDATES = {
    "fugashi+unidic-lite": ("ja", ["fugashi", "unidic-lite"]),
    "sudachipy+core": ("ja", ["sudachipy", "sudachidict-core"]),
    "sudachipy+small": ("ja", ["sudachipy", "sudachidict-small"]),
    "janome": ("ja", ["janome"]),
    "kiwipiepy": ("ko", ["kiwipiepy", "kiwipiepy-model", "numpy"]),
    "mecab-ko": ("ko", ["python-mecab-ko", "python-mecab-ko-dic"]),
    "jieba": ("zh", ["jieba"]),
    "jieba, no HMM": ("zh", ["jieba"]),
    "thulac": ("zh", ["thulac", "numpy"]),
}


def _fugashi():
    import fugashi

    tagger = fugashi.Tagger()
    types = {"人名": "PER", "地名": "LOC"}

    def tokens(text):
        for w in tagger(text):
            f = w.feature
            proper = f.pos2 == "固有名詞"
            yield w.surface, w.white_space, proper, types.get(f.pos3, "ORG") if proper else None

    return tokens


def _sudachi(edition: str = "core"):
    from sudachipy import dictionary

    tokenizer = dictionary.Dictionary(dict=edition).tokenizer()
    types = {"人名": "PER", "地名": "LOC", "組織": "ORG"}

    def tokens(text):
        # Sudachi refuses inputs over ~49k bytes: analyse line by line.
        for line in text.splitlines(keepends=True):
            if not line.strip():
                yield line, "", False, None
                continue
            for m in tokenizer.tokenize(line):
                pos = m.part_of_speech()
                proper = pos[1] == "固有名詞"
                yield m.surface(), "", proper, types.get(pos[2], "ORG") if proper else None

    return tokens


def _janome():
    from janome.tokenizer import Tokenizer

    tokenizer = Tokenizer()
    types = {"人名": "PER", "地域": "LOC", "組織": "ORG"}

    def tokens(text):
        for t in tokenizer.tokenize(text):
            pos = t.part_of_speech.split(",")
            proper = pos[1] == "固有名詞"
            yield t.surface, "", proper, types.get(pos[2], "ORG") if proper else None

    return tokens


def _kiwi():
    from kiwipiepy import Kiwi

    kiwi = Kiwi()

    def tokens(text):
        end = 0
        for t in kiwi.tokenize(text):
            space = text[end : t.start]
            end = t.start + t.len
            yield space + text[t.start : end], "", t.tag == "NNP", None

    return tokens


def _mecab_ko():
    import mecab

    tagger = mecab.MeCab()

    def tokens(text):
        end = 0
        for word, tag in tagger.pos(text):
            at = text.find(word, end)
            space = text[end:at] if at >= 0 else ""
            end = at + len(word) if at >= 0 else end
            yield space + word, "", tag == "NNP", None

    return tokens


def _jieba(hmm: bool = True):
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    types = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}

    def tokens(text):
        for w in pseg.cut(text, HMM=hmm):
            yield w.word, "", w.flag in types or w.flag == "nz", types.get(w.flag, "ORG")

    return tokens


def _thulac():
    import thulac

    tagger = thulac.thulac()
    types = {"np": "PER", "ns": "LOC", "ni": "ORG"}

    def tokens(text):
        for line in text.splitlines(keepends=True):
            for word, tag in tagger.cut(line):
                yield word, "", tag in types or tag == "nz", types.get(tag, "ORG")

    return tokens


LOADERS = {
    "fugashi+unidic-lite": _fugashi,
    "sudachipy+core": _sudachi,
    "sudachipy+small": lambda: _sudachi("small"),
    "janome": _janome,
    "kiwipiepy": _kiwi,
    "mecab-ko": _mecab_ko,
    "jieba": _jieba,
    "jieba, no HMM": lambda: _jieba(hmm=False),
    "thulac": _thulac,
}


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold().strip()


def proper_nouns(tokens) -> dict[str, str]:
    """Runs of proper-noun tokens as names, with the first token's type."""
    names: dict[str, str] = {}
    run: list[str] = []
    type_ = None
    for surface, space, proper, t in [*tokens, ("", "", False, None)]:
        if proper:
            if not run:
                type_ = t
            elif type_ == "LOC" and t == "PER":
                type_ = "PER"
            run.append(surface + space)
            continue
        if run:
            names.setdefault(norm("".join(run)), type_ or "ORG")
        run = []
    return names


def measure(name: str) -> dict:
    """One analyser's figures; run in a process of its own for its memory."""
    lang = CANDIDATES[name][0]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    tokens = LOADERS[name]()
    list(tokens("テスト" if lang == "ja" else "시험" if lang == "ko" else "测试"))
    load = time.perf_counter() - began
    files = sorted((CORPORA / lang).glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    began = time.perf_counter()
    found = {
        f.relative_to(CORPORA).as_posix(): proper_nouns(tokens(t))
        for f, t in zip(files, texts, strict=True)
    }
    ms = 1000 * (time.perf_counter() - began) / len(texts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pred = right = typed = gold_n = hit = 0
    for line in (GOLD / f"lang_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        names = found[gold["path"]]
        variant_of = {}
        for e in gold["entities"]:
            for v in {e["name"], *e["variants"]}:
                variant_of.setdefault(norm(v), e)
        pred += len(names)
        for n, t in names.items():
            if n in variant_of:
                right += 1
                typed += t == variant_of[n]["type"]
        for e in gold["entities"]:
            gold_n += 1
            hit += bool({norm(v) for v in {e["name"], *e["variants"]}} & names.keys())
    return {
        "precision": right / pred if pred else 0.0,
        "recall": hit / gold_n if gold_n else 0.0,
        "type": typed / right if right else 0.0,
        "ms": ms,
        "load_s": load,
        "rss_mb": (rss - before) / 1024,
        "rss_total_mb": rss / 1024,
    }


def installed_mb(distributions: list[str]) -> float:
    total = 0
    for d in distributions:
        try:
            files = importlib.metadata.distribution(d).files or []
        except importlib.metadata.PackageNotFoundError:
            return float("nan")
        total += sum(f.locate().stat().st_size for f in files if f.locate().exists())
    return total / 1e6


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--one":
        print(json.dumps(measure(argv[1])))
        return 0
    langs = argv or ["ja", "ko", "zh"]
    print(
        f"{'analyser':22} {'lang':4} {'P':>5} {'R':>5} {'type':>5} {'ms/art':>7} "
        f"{'load s':>6} {'RSS MB':>7} {'disk MB':>7}"
    )
    for name, (lang, dists) in CANDIDATES.items():
        if lang not in langs:
            continue
        run = subprocess.run(
            [sys.executable, __file__, "--one", name], capture_output=True, text=True
        )
        if run.returncode:
            print(f"{name:22} {lang:4} not installed or failed: {run.stderr.strip()[-80:]}")
            continue
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(
            f"{name:22} {lang:4} {r['precision']:5.2f} {r['recall']:5.2f} {r['type']:5.2f} "
            f"{r['ms']:7.1f} {r['load_s']:6.2f} {r['rss_total_mb']:7.0f} {installed_mb(dists):7.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
