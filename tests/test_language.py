"""Language detection: script rules, function words, langdetect fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY

from reader.extract import extract
from reader.extract.language import _ENTRY, SparseDetector, _factory, detect_language
from reader.files import decode, read_bytes
from tests.conftest import CORPORA, REPO, needs_corpora


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("삼성전자는 오늘 새로운 반도체 공장을 짓겠다고 밝혔다.", "ko"),
        ("東京で会議が開かれ、新しい計画が発表された。", "ja"),
        ("上海市政府今天宣布了新的交通计划。", "zh-cn"),
        ("這是一個關於經濟發展的新聞報導，他們說國會將會討論。", "zh-tw"),
        ("", "und"),
        ("12345 !!! ---", "und"),
        (
            "Pemerintah kota akan membangun jembatan baru di atas sungai yang sering banjir, "
            "kata wali kota dalam rapat dengan warga pada hari Senin.",
            "id",
        ),
    ],
)
def test_detects(text, lang):
    assert detect_language(text) == lang


def test_is_deterministic():
    text = "Der Hafen bleibt geschlossen, sagte die Sprecherin am Montag."
    assert len({detect_language(text) for _ in range(20)}) == 1


def _share(folder: str, accept) -> float:
    files = [p for p in sorted((CORPORA / folder).rglob("*.txt"))]
    assert files
    good = sum(accept(extract(decode(read_bytes(str(p))).text).lang) for p in files)
    return good / len(files)


@needs_corpora
@pytest.mark.parametrize(
    ("folder", "accept"),
    [
        ("en/bbc", lambda lang: lang == "en"),
        ("id/detik", lambda lang: lang == "id"),
        ("ja", lambda lang: lang == "ja"),
        ("ko", lambda lang: lang == "ko"),
        ("zh", lambda lang: lang.startswith("zh")),
        ("de", lambda lang: lang == "de"),
    ],
)
def test_corpora_languages_at_least_98_percent(folder, accept):
    assert _share(folder, accept) >= 0.98


def test_sample_articles_language_matches_file_prefix():
    for path in sorted(Path(REPO / "sample_articles").glob("*.txt")):
        expected = path.name.split("-")[0]
        found = extract(decode(read_bytes(str(path))).text).lang
        assert found.split("-")[0] == expected, path.name


FRENCH = (
    "Un porte-parole de la coopérative a affirmé que les prix de gros se stabiliseraient "
    "d'ici deux semaines. Selon la directrice de l'office régional, le gouvernement a constaté "
    "une forte hausse du nombre de voyageurs le mois dernier. L'entreprise a averti que la "
    "météo pourrait perturber l'approvisionnement en farine. Le syndicat a demandé une "
    "réunion avec le préfet, qui a promis de répondre avant la fin de la semaine."
)


def test_french_is_decided_by_its_function_words_without_langdetect(monkeypatch):
    """French shares ``la``, ``que``, ``de`` with its neighbours; its own words
    still decide it, so a French collection does not pay langdetect's cost."""

    def no_langdetect(factory):
        raise AssertionError("langdetect was called")

    monkeypatch.setattr("reader.extract.language.SparseDetector", no_langdetect)
    assert detect_language(FRENCH) == "fr"


@pytest.fixture(scope="module")
def stock_factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def test_sparse_profiles_hold_langdetects_probabilities(stock_factory):
    sparse = _factory()
    assert sparse.langlist == stock_factory.langlist
    assert sparse.word_lang_prob_map.keys() == stock_factory.word_lang_prob_map.keys()
    for word, probs in stock_factory.word_lang_prob_map.items():
        dense = [0.0] * len(probs)
        for i, p in _ENTRY.iter_unpack(sparse.word_lang_prob_map[word]):
            dense[i] = p
        assert dense == probs, word


def test_sparse_detector_computes_what_langdetect_does(stock_factory):
    """The same probabilities to the last bit, for every sample article and
    for each of its paragraphs (short texts are where languages are close)."""
    texts = []
    for path in sorted(Path(REPO / "sample_articles").glob("*.txt")):
        text = decode(read_bytes(str(path))).text
        texts += [text[:1000], *(p for p in text.split("\n\n") if p.strip())]
    for text in texts:
        stock = stock_factory.create()
        stock.append(text)
        sparse = SparseDetector(_factory())
        sparse.append(text)
        sparse.detect()
        stock.detect()
        assert sparse.langprob == stock.langprob, text


# A Chinese review whose sentences are thick with brand and model names glued
# to the Chinese around them, under a spec list of Latin words.
CHINESE_WITH_BRANDS = (
    "ZenTab Pro 14 / NovaChip X9 / LumaPanel OLED / SwiftCharge 120W\n"
    "这次ZenTabPro搭载NovaChipX9处理器和LumaPanelOLED屏幕，支持SwiftCharge快充，"
    "售价比BrightBookAir低，适合经常出差的用户。\n"
    "KestrelSound音响和AirLoopWireless耳机也同时发布，官方表示"
    "HaloSync系统会在下个月更新。\n"
)
# An English story that quotes a Chinese name in its own script.
ENGLISH_WITH_HAN = (
    "The robotics maker, registered in Shenzhen as 深圳星河机器人有限公司, said on "
    "Monday that it would open a second factory in Vietnam next year, and that the "
    "new plant would employ about two thousand workers by the end of the decade."
)


def test_a_chinese_page_full_of_glued_brand_names_is_chinese():
    """Counted in letters, the brands outweigh the Chinese; counted in words
    over the prose lines (a Latin run is one word), the page is Chinese."""
    assert detect_language(CHINESE_WITH_BRANDS) == "zh-cn"


def test_a_name_in_han_does_not_make_english_chinese():
    assert detect_language(ENGLISH_WITH_HAN) == "en"


def test_korean_with_latin_product_names_stays_korean():
    text = (
        "누리전자는 NovaChip X9 칩을 탑재한 ZenTab Pro 14를 다음 달 출시한다고 밝혔다. "
        "회사는 SwiftCharge 기능과 LumaPanel OLED 화면을 강점으로 내세웠다."
    )
    assert detect_language(text) == "ko"
