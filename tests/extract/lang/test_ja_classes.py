"""Japanese: classes of names, quotations and speakers that hold for news in
general (made-up text): each with a sentence where the rule fires and an
ordinary one where it stays silent."""

from __future__ import annotations

import pytest

from reader.extract.cjk_names import find_cjk_names
from reader.extract.lang.ja.companies import find_companies
from reader.extract.lang.ja.given_names import find_given_names
from reader.extract.lang.ja.inside_names import without_names_inside
from reader.extract.lang.ja.parties import find_parties
from reader.extract.model import EntityMention
from reader.extract.pipeline import extract


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract("見出し\n\n　" + body).quotes]


def _found(finder, text: str) -> list[str]:
    return [m.text for m in finder(text, [(0, len(text))], "ja")]


# --- Speakers named after the quotation, in the sentence that comments on it


@pytest.mark.parametrize(
    "body",
    [
        # The next sentence points back with `そう` / `こう`.
        "「最初は戸惑いました」。そう語るのは北沢彩乃さん。",
        "「最初は戸惑いました」。こう話すのは、店主の北沢彩乃さんだ。",
        # A verb of telling done for the writer, as features report an interviewee.
        "「最初は戸惑いました」と教えてくれたのは、北沢彩乃さん（35）。",
        "「最初は戸惑いました」と話してくれたのは、店主の北沢彩乃さんだ。",
    ],
)
def test_a_japanese_speaker_named_in_the_comment_on_the_quotation(body: str):
    assert _quotes(body) == [("最初は戸惑いました", "北沢彩乃")]


def test_a_sentence_that_points_back_with_sou_names_no_speaker_without_a_verb_of_saying():
    # `そういうのは` (that kind of thing) is no cue: the quotation keeps the topic before it.
    quotes = _quotes("北沢彩乃さんは店を継いだ。「早起きが苦手」。そういうのは珍しくない。")
    assert [speaker for _, speaker in quotes if speaker is not None] in ([], ["北沢彩乃"])
    assert all(speaker != "珍し" for _, speaker in quotes)


# --- Quotations whose cue goes on: `ことがある`, `が、`


def test_a_japanese_quotation_whose_verb_is_made_a_noun_with_koto():
    assert _quotes("収録の合間に、村岡は「早く始めろ！」と怒鳴ることもあるようだ。") == [
        ("早く始めろ！", "村岡")
    ]


def test_a_japanese_quotation_set_as_a_rule_with_suru_koto_is_no_speech():
    assert _quotes("市は、来年度から十月を「みどりを守る月間」とすることを決めた。") == []


def test_a_japanese_statement_with_to_shiteiru_stays_a_quotation():
    # `としている` (states) is a statement's cue, not a name set.
    assert _quotes("村岡社長は「来年は必ず黒字にする」としている。") == [
        ("来年は必ず黒字にする", "村岡")
    ]


def test_a_japanese_cue_that_goes_on_with_ga_names_its_subject():
    body = "「約束は守るべきだ」と村岡も最初はうなずいていたが、その後は黙り込んだ。"
    assert _quotes(body) == [("約束は守るべきだ", "村岡")]


@pytest.mark.parametrize(
    "body",
    [
        # Words someone else wrote (a passive), or a thought, no words said.
        "入り口には「関係者以外立ち入り禁止」と書かれていたが、誰も気に留めなかった。",
        "「努力は必ず報われる」と考える若手もいるが、現実は厳しい。",
        # Expecting, foreseeing, judging: no words said either.
        "関係者の多くは「来月には再開される」と予想していたが、市は延期した。",
        "住民は「もう安心だろう」と期待したが、再び雨が強まった。",
    ],
)
def test_a_japanese_clause_with_ga_after_a_passive_or_a_thought_is_no_quotation(body: str):
    assert _quotes(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "住民は「もう安心だろう」と期待したことが、その後の油断につながった。",
        "村岡は「来年は黒字になる」と見込んでいたことが、判断を誤らせた。",
    ],
)
def test_a_japanese_thought_made_a_noun_with_koto_is_no_quotation(body: str):
    assert _quotes(body) == []


def test_a_japanese_cue_with_ga_still_quotes_words_said_with_hope():
    # `期待を込めて` says how the words were said: a verb of saying follows.
    body = "村岡は「次こそ勝ちたい」と期待を込めて語ったが、結果は出なかった。"
    assert _quotes(body) == [("次こそ勝ちたい", "村岡")]


def test_an_organisation_states_with_shiteiru_ga():
    body = (
        "ハルカゼ株式会社は新型の掃除機を発表した。"
        "「暮らしを変える一台になるもの」としているが、価格は明らかにしていない。"
    )
    assert _quotes(body) == [("暮らしを変える一台になるもの", "ハルカゼ株式会社")]


# --- Names


def test_an_initial_and_a_kanji_before_an_honorific_is_a_person():
    text = "友人のＭ子さん（29歳）は驚いた。同僚のT美さんも笑った。"
    assert _found(find_given_names, text) == ["Ｍ子", "T美"]


def test_a_capital_glued_to_a_word_is_no_initial():
    assert _found(find_given_names, "X線検査を受けた。山田さんも来た。") == []


@pytest.mark.parametrize("text", ["交響楽団のQ響さんと共演した。", "B組くんたちも走った。"])
def test_a_capital_before_a_kanji_that_ends_no_given_name_is_no_initial(text: str):
    assert _found(find_given_names, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("国民協和党は声明を出した。", ["国民協和党"]),
        ("自由民主党と立憲民主党が協議した。", ["自由民主党", "立憲民主党"]),
        ("電波監理委員会は審査を終えた。", ["電波監理委員会"]),
        # A foreign party after its country's one kanji: the party alone.
        ("米自由党と英進歩党が声明を出した。", ["自由党", "進歩党"]),
        ("独社会民主党が勝った。", ["社会民主党"]),
        ("中道改革党が発足した。", ["中道改革党"]),
    ],
)
def test_japanese_parties_and_commissions_named_by_their_programme(text: str, found: list[str]):
    assert _found(find_parties, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "与党と野党が対立した。",
        "野党党首が会談した。",
        "同党の幹部は否定した。",
        "各党の代表が集まった。",
        "第一党になった。",
        "彼は甘党だ。",
        "大会の実行委員会が開かれた。",
        "第三者委員会が調査した。",
        # A committee named by what such committees do: a kind, not a name.
        "市は事故調査委員会を設置した。",
        "大会組織委員会も準備を進めた。",
        "学校は再発防止委員会を開いた。",
    ],
)
def test_japanese_words_ending_in_party_or_committee_are_no_names(text: str):
    assert _found(find_parties, text) == []


def test_a_japanese_company_after_its_form_keeps_its_trade_word():
    text = "株式会社ソラマメ工房と株式会社アオバ電子が提携した。"
    assert _found(find_companies, text) == ["株式会社ソラマメ工房", "株式会社アオバ電子"]


def test_a_japanese_company_after_its_form_stops_before_other_kanji():
    assert _found(find_companies, "株式会社ソラマメ設立の経緯を話した。") == ["株式会社ソラマメ"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("マーク・ヘイズ主演の映画が公開された。", ["マーク・ヘイズ"]),
        ("上島健太主演の舞台が始まった。", ["上島健太"]),
        ("エマ・コールド演じる母親が物語を動かす。", ["エマ・コールド"]),
        # A family name with a title: the family name, not the title.
        ("森田監督原作の作品が公開された。", ["森田"]),
    ],
)
def test_a_full_name_before_the_part_it_plays_in_a_work_is_a_person(text: str, found: list[str]):
    assert [m.text for m in find_cjk_names(text, [(0, len(text))], "ja")] == found


@pytest.mark.parametrize(
    "text",
    [
        "映画主演は初めてだ。",
        "初主演となる舞台だ。",
        "新人女優主演の舞台が始まった。",
        "人気ドラマ出演で話題になった。",
        # A family name with a title, or a word opening with a family name's characters.
        "中山間地主演の舞台が話題だ。",
    ],
)
def test_a_work_or_a_kind_before_starring_is_no_person(text: str):
    assert find_cjk_names(text, [(0, len(text))], "ja") == []


def _places(body: str) -> list[str]:
    return [m.text for m in extract("見出し\n\n　" + body).entities if m.type == "LOC"]


@pytest.mark.parametrize(
    "body",
    [
        "ライブはCLUB仙台で開かれた。",
        "仙台KAMOME3で作品を展示する。",
        "人気トリオ札幌09の新ネタが話題だ。",
        "新曲「六本木〜ネオンの夜〜」を発表した。",
    ],
)
def test_a_japanese_place_glued_into_a_longer_name_is_no_place_of_its_own(body: str):
    assert _places(body) == []


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # Named on its own too: the place stays.
        ("ライブはCLUB仙台で開かれた。仙台は二年ぶりだ。", ["仙台", "仙台"]),
        # An address, a count, a place before another place.
        ("会場は東京都港区赤坂8-12-1。", ["東京都", "港区", "赤坂"]),
        ("売り場は大阪1Fにある。", ["大阪"]),
        ("大阪2会場で開く。", ["大阪"]),
        ("米国カリフォルニア州で発表した。", ["米国", "カリフォルニア州"]),
        # A route or a range between two places.
        ("仙台〜盛岡間の特急が運休した。", ["仙台", "盛岡"]),
        ("仙台～盛岡の区間で遅れが出た。", ["仙台", "盛岡"]),
    ],
)
def test_a_japanese_place_named_on_its_own_stays(body: str, places: list[str]):
    assert _places(body) == places


def test_a_japanese_station_after_its_operators_letters_stays():
    text = "JR盛岡駅で乗り換えた。"
    station = EntityMention("盛岡駅", "LOC", 2, 5, "盛岡駅")
    assert without_names_inside(text, [station]) == [station]


@pytest.mark.parametrize(
    "title",
    [
        "北沢彩乃、生放送で「実は結婚しました！」と電撃告白",
        "北沢彩乃、「実は結婚しました！」と本音を明かす",
        # Words that exclaim are said, whatever the line then tells.
        "北沢彩乃、「実は結婚しました！」と会見で大はしゃぎ",
    ],
)
def test_a_japanese_headline_closing_on_the_quotations_cue_quotes(title: str):
    text = title + "\n\n　女優の北沢彩乃さんが番組に出演した。"
    assert [(q.text, q.speaker) for q in extract(text).quotes][:1] == [
        ("実は結婚しました！", "北沢彩乃")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "北沢彩乃の新しい役は「みんなのお姉さん」と呼ばれる人気者",
        "新作は「海辺の町の物語」と同じ監督の作品",
        # `と` of a list: a work's title and another work.
        "北沢彩乃、映画「岬の見える小さな家で」と舞台に出演",
        "北沢彩乃、主演ドラマ「ひだまりの午後に」と映画で二冠",
    ],
)
def test_a_japanese_headline_naming_a_thing_before_to_quotes_nothing(title: str):
    text = title + "\n\n　女優の北沢彩乃さんが番組に出演した。"
    assert extract(text).quotes == []
