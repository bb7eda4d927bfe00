"""Japanese: names, places and speakers (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.cjk_names import find_cjk_names
from reader.extract.lang.ja.compounds import first_part
from reader.extract.lang.ja.groups import without_group_prefix
from reader.extract.pipeline import extract


def names(text: str, lang: str):
    return find_cjk_names(text, [(0, len(text))], lang)


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in names(text, lang)]


def test_japanese_name_before_an_honorific_or_a_role():
    text = "同社の佐々木健太社長と、主婦の中野由美さんが登壇した。"
    found = names(text, "ja")
    assert [(m.text, m.role) for m in found] == [("佐々木健太", "社長"), ("中野由美", "さん")]


def test_japanese_former_title_and_surname_alone_share_the_key():
    text = "石田康夫元首相が会見した。石田元首相は「反省している」と述べた。"
    found = names(text, "ja")
    assert [(m.text, m.role) for m in found] == [("石田康夫", "元首相"), ("石田", "元首相")]
    assert found[1].key == found[0].key


def test_japanese_foreign_name_in_katakana():
    assert texts("来日したマリア・ロペス氏は笑顔を見せた。", "ja") == ["マリア・ロペス"]


@pytest.mark.parametrize(
    "text",
    [
        "政府代表が到着した。",
        "東京都知事が発表した。",
        "文部科学大臣が答弁した。",
        "映画監督として知られる。",
        "同社社長は否定した。",
        "スポーツ選手が集まった。",
        "生徒さんが来た。",
    ],
)
def test_japanese_offices_and_trades_are_not_names(text: str):
    assert texts(text, "ja") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A Latin name: the topic phrase holds only its last word.
        ("題\n\n開発責任者のMarta Lindqvist氏は「量産は来年になる」と述べた。", "Marta Lindqvist"),
        # A foreign minister's name in katakana, after what qualifies it.
        (
            "題\n\nブラジルのカルロス・メンデス財務相は「物価は落ち着く」と語った。",
            "カルロス・メンデス",
        ),
        # The topic starts after the clause that describes it.
        ("題\n\n十年前から店を続けている高橋は「常連に支えられた」と話した。", "高橋"),
        # A topic that is a thing, not a person: no speaker.
        ("題\n\n一番多かった質問は「どこで買えるのか」と話す人も多い。", None),
        ("題\n\nその場合は「電源を入れ直してください」と説明している。", None),
        ("題\n\n森林は「守るべき財産だ」と言う人もいる。", None),
        # A given name written in hiragana, before an honorific.
        ("題\n\n女優の宮崎あおいさんは「撮影は楽しかった」と話した。", "宮崎あおい"),
    ],
)
def test_a_japanese_speaker_is_the_person_the_topic_names(text: str, speaker: str | None):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The topic set sentences before stays the subject (`…のが X くん。`).
        (
            "題\n\n今年の新人で注目を集めるのが中村大輝くん。父も元選手だという。"
            "幼い頃から練習を続けてきた。「一日も早く勝ちたいです」と、抱負を語っている。",
            "中村大輝",
        ),
        # A person the talk was with (`X氏との対談で`) is not who spoke.
        (
            "題\n\n新人の藤田翔太が番組に出演した。\n\n"
            "藤田は緊張していた。解説者の山口健二氏との対談でも、「まだ何も分かりません」と語った。",
            "藤田翔太",
        ),
    ],
)
def test_a_japanese_cue_without_topic_means_the_topic_before(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_person_in_a_modifier_is_no_topic():
    # `X演じる役`: the actor only qualifies the role; nobody is the topic.
    text = "題\n\n映画では大野修演じる父親が登場した。「必ず帰る」と話した。"
    (quote,) = extract(text).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("題\n\n「毎日が勉強です」と話す吉村香織さん。今年で十年目になる。", "吉村香織"),
        ("題\n\n「想像より大きな舞台でした」と振り返る小島は笑顔だった。", "小島"),
        ("題\n\n「元気な男の子です」とファンに伝えた岩田健一は、喜びを語った。", "岩田健一"),
    ],
)
def test_the_person_a_japanese_speech_verb_qualifies_said_it(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_thing_a_speech_verb_qualifies_is_no_speaker():
    text = "題\n\n「一緒に頑張ろう」と話す場面が印象的だった。"
    assert [speaker for _, speaker in _speakers(text)] == [None]


def test_japanese_reported_speech_da_to_iu():
    text = "題\n\n歌手の大西健は、現在は「のんびり暮らしている最中」だという。"
    assert [q for q, _ in _speakers(text)] == ["のんびり暮らしている最中"]
    # A term followed by a thought is no quotation.
    assert _speakers("題\n\nこれは「ゼロ」だと考える。") == []


def test_a_surname_alone_stands_for_the_full_name_it_opens():
    text = (
        "題\n\nエースのマルティネス健が結婚を発表した。\n\n"
        "マルティネスは「これからも頑張ります」と綴った。"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "マルティネス健"


def test_a_japanese_quotation_runs_over_lines_to_its_closing_mark():
    text = (
        "題\n\n講師の松井直人氏は言います。\n\n"
        "『準備は大切です。\nしかし計画通りに進む仕事はほとんどありません。\n"
        "だから仲間を選ぶのです』と続けます。\n"
    )
    (quote,) = extract(text).quotes
    assert quote.text.startswith("準備は大切です。") and quote.text.endswith("仲間を選ぶのです")
    assert quote.speaker == "松井直人"


def test_an_unclosed_japanese_mark_stops_where_another_opens():
    text = "題\n\n『未完の言葉\n\n「次の発言です。よろしくお願いします」と述べた。\n"
    got = [q.text for q in extract(text).quotes]
    assert "次の発言です。よろしくお願いします" in got
    assert not any("未完の言葉" in q and "次の発言" in q for q in got)


def test_who_answered_in_brackets_after_the_answer():
    text = "題\n\n「週末は家でゆっくり過ごしたい」（30代・女性）という声が多かった。"
    assert _speakers(text) == [("週末は家でゆっくり過ごしたい", "30代・女性")]
    # A thing's provisional name is no answer.
    assert _speakers("題\n\n「中央新駅」（仮称）という名前で呼ばれる。") == []


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n監督の石井和也氏は「まだ伸びる選手だ」と語り、笑顔を見せた。",
        "題\n\n監督の石井和也氏は「まだ伸びる選手だ」とコメント。",
        "題\n\n監督の石井和也氏によると「まだ伸びる選手だ」とのこと。",
    ],
)
def test_japanese_cues_that_go_on_or_end_on_a_noun(text: str):
    assert [q for q, _ in _speakers(text)] == ["まだ伸びる選手だ"]


@pytest.mark.parametrize(
    "text",
    [
        # Naming a thing, not quoting anyone.
        "題\n\n協会は十月を「読書月間」とし、催しを開く。",
        "題\n\n彼は自らを「遅咲き」と称し、笑った。",
        "題\n\n多くの人が「夜型生活」といった傾向となり、問題視された。",
    ],
)
def test_japanese_terms_named_with_to_are_no_quotations(text: str):
    assert _speakers(text) == []


def test_a_surname_alone_takes_the_one_full_name_it_opens():
    """As a Latin surname alone shares its full name's key; with two full
    names it opens (sisters), it stays as written."""
    one = extract(
        "浅野真奈が優勝\n\nスケートの浅野真奈選手が優勝した。浅野は試合後、「最高です」と話した。\n"
    )
    assert {m.key for m in one.entities if m.text == "浅野"} == {"浅野真奈"}
    assert [q.speaker_key for q in one.quotes] == ["浅野真奈"]
    two = extract(
        "浅野姉妹が出場\n\nスケートの浅野真奈選手と浅野美咲選手が出場した。"
        "浅野は試合後、「楽しかった」と話した。\n"
    )
    assert {m.key for m in two.entities if m.text == "浅野"} == {"浅野"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The speaker as the comment of `のは` after the verb.
        ("題\n\n「毎朝六時に起きています」と話すのは会社員の川端恵美さん。", "川端恵美"),
        ("題\n\n「最高の気分です」と語ったのは、主将の森田だ。", "森田"),
        # Signed after `と` (or `とは`) with an honorific, as reader interviews do.
        ("題\n\n「やっぱり一人は気楽です」と由香さん。", "由香"),
        ("題\n\n「もう一度やり直したい」とは弘美さん（38歳）\n\n次の話。", "弘美"),
        # Signed in brackets after the answer; a name with its age alone is kept so.
        ("題\n\n「休みの日は映画ばかり」（智子さん）。", "智子"),
        ("題\n\n「週末はいつも家にいます」（千春／29歳）", "千春／29歳"),
        # A person the quotation qualifies with `という`, honorific and age after.
        ("題\n\n「ネットで調べました」という幸恵さん（30歳）が作ったのは手紙だ。", "幸恵"),
    ],
)
def test_japanese_speaker_named_after_the_quotation(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n結婚は「まだ先でいい」と思っていたので、断った。",
        "題\n\n彼女は「家族が一番大事」と不満そうに話す。",
        "題\n\n店長は「品切れが続いている」と危惧しているそうです。",
        "題\n\n調査では九割が「毎日使う」と回答。",
    ],
)
def test_japanese_cues_that_end_in_a_plain_verb_hearsay_or_an_answer(text: str):
    assert len(extract(text).quotes) == 1


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n会社では「係長」と呼ばれることが多い。",
        "題\n\n最後の質問は「この店の名物」という名前が付いた料理だ。",
        "題\n\n「最高の気分です」と語ったのは、この店の店長だ。",
    ],
)
def test_japanese_names_of_things_and_roles_are_no_signature(text: str):
    assert all(q.speaker is None for q in extract(text).quotes)
    assert all(q.text != "係長" for q in extract(text).quotes)


def test_a_line_written_as_a_headline_names_its_speaker():
    text = "題\n\n森田選手「最後まで諦めなかったことが大事」\n\n本文が続く。"
    assert _speakers(text) == [("最後まで諦めなかったことが大事", "森田")]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("マーケティング会社ミナトリサーチ株式会社が調査した。", "ミナトリサーチ株式会社"),
        ("株式会社ナノテックは発表した。", "株式会社ナノテック"),
        ("ミライ電子（株）の社長が語った。", "ミライ電子（株）"),
    ],
)
def test_japanese_companies_named_with_their_legal_form(text: str, company: str):
    from reader.extract.lang.ja.companies import find_companies

    assert [m.text for m in find_companies(text, [(0, len(text))], "ja")] == [company]


@pytest.mark.parametrize("text", ["同社は株式会社化を進める。", "来年の株式会社設立を目指す。"])
def test_a_legal_form_without_a_name_is_no_company(text: str):
    from reader.extract.lang.ja.companies import find_companies

    assert find_companies(text, [(0, len(text))], "ja") == []


def test_a_quotation_that_is_its_own_paragraph_is_speech_of_the_topic():
    """Japanese leaves the full stop out before the closing mark; a statement
    set apart as a paragraph is speech, by the person the text is about."""
    text = (
        "題\n\n山田さんは話す。\n\n\u3000「一人のほうが気楽でいいと思っているんです」\n\n次の段落。"
    )
    assert _speakers(text) == [("一人のほうが気楽でいいと思っているんです", "山田")]
    # A term is never a paragraph alone; a short line in marks is no statement.
    assert _speakers("題\n\n山田さんは話す。\n\n「新商品」\n\n次の段落。") == []


def test_a_headline_quotation_is_found_with_its_speaker():
    """A title quotes with no cue and no full stop (`翔太「…」`): marked text
    that closes the title line is a quotation, said by the person the body
    names by those words or a longer name."""
    text = (
        "http://example.jp/a/1\n2030-01-01T10:00:00+0900\n"
        "【スポーツ】開幕戦の翌日、翔太「次は必ず勝つと決めてました」\n"
        "北村翔太選手がテレビ番組に出演した。\n\n北村選手は練習の成果を振り返った。\n"
    )
    (quote,) = extract(text).quotes
    assert quote.text == "次は必ず勝つと決めてました"
    assert quote.speaker == "北村翔太"


def test_a_term_in_a_headline_is_no_quotation():
    """A short term in marks (`「新型」`), or marks that go on into the
    title's words (`「新型」ロボット`), are what the headline names, not what
    someone said; marks the title closes on with a cue (`」と社長が意欲`)
    are a quotation, as the blind gold counts them."""
    text = (
        "http://example.jp/a/2\n2030-01-01T10:00:00+0900\n"
        "「新型」ロボットを発表、「家族の一員にしたい」と社長が意欲\n"
        "北村翔太社長は新しいロボットを紹介した。\n"
    )
    assert [q.text for q in extract(text).quotes] == ["家族の一員にしたい"]


def _people(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "PER"})


def test_a_given_name_cut_before_its_last_kanji_is_read_in_full():
    """The dictionary cuts an unknown given name before its last kanji
    (`菊池` `雄` `星`): that kanji, closing the run, is the name's."""
    assert "菊池雄星" in _people("昨年入団した菊池雄星が、番組に出演した。")


def test_a_suffix_after_a_name_is_not_read_into_it():
    """`田中家` (the Tanakas), `高橋邸` (Takahashi's house): a suffix, no kanji
    of the given name."""
    found = _people("高橋邸で田中家の人々と話し合った。")
    assert "高橋邸" not in found and "田中家" not in found


def test_a_middle_dot_joins_a_katakana_name_and_separates_a_list():
    """`ラッセル・クロウ` is one foreign name, whatever `クロウ` means alone;
    `ベッキー・平子理沙` lists two people."""
    assert "ラッセル・クロウ" in _people("ラッセル・クロウ主演の映画が公開される。")
    found = _people("会場にはベッキー・平子理沙などが並んだ。")
    assert "平子理沙" in found and "ベッキー・平子理沙" not in found


def test_the_label_of_an_interviews_turns_is_a_person():
    """`青空ポポ：…。` opening two answers of an interview: its label is a person,
    found again in the prose."""
    text = (
        "http://example.jp/a/3\n2030-01-01T10:00:00+0900\nインタビュー\n"
        "歌手として知られる青空ポポが新作を語った。\n\n"
        "——新作の感想を教えてください。\n青空ポポ：とても楽しい撮影でした。皆さんに見てほしいです。\n\n"
        "——次の目標は？\n青空ポポ：来年はもっと大きな舞台に立ちたいと思っています。\n"
    )
    found = [m for m in extract(text).entities if m.type == "PER" and m.text == "青空ポポ"]
    assert len(found) == 3


def test_a_fields_label_is_no_person():
    """`価格：無料`: a label before a word or two, not before sentences."""
    text = (
        "http://example.jp/a/4\n2030-01-01T10:00:00+0900\nアプリ紹介\n"
        "便利なアプリを紹介する。\n\n価格：無料\nカテゴリ：ゲーム\n\n価格：300円\nカテゴリ：ゲーム\n"
    )
    assert [m.text for m in extract(text).entities if m.type == "PER"] == []


def _organisations(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "ORG"})


def test_a_latin_word_qualifying_a_kanji_noun_is_no_name():
    """`ZETA端末`, `QVX液晶`: the compound names a kind of thing, and its
    Latin first part is no organisation."""
    found = _organisations("新しいZETA端末はQVX液晶を採用した。")
    assert "ZETA" not in found and "QVX" not in found


def test_a_company_with_its_suffix_or_a_particle_stays_a_name():
    """`Zentrix製品`, `Zentrixが`: a suffix of the company (its products) or a particle."""
    assert "Zentrix" in _organisations("Zentrix製品は好調だった。")
    assert "Zentrix" in _organisations("昨日、Zentrixが新製品を発表した。")


@pytest.mark.parametrize(
    "after",
    ["と激怒し、席を立った。", "と綴りながらも前を向いた。", "と笑顔を見せ、会場を後にした。"],
)
def test_a_quotation_goes_on_to_any_verbs_continuative(after):
    """`」と激怒し、`: と after the closing mark quotes whatever verb follows,
    in its continuative form too."""
    text = f"http://example.jp/a/5\n2030-01-01T10:00:00+0900\n見出し\n北村翔太は「ふざけるな、もう二度と来ない」{after}\n"
    (quote,) = extract(text).quotes
    assert quote.text == "ふざけるな、もう二度と来ない"


@pytest.mark.parametrize(
    "after",
    [
        "とし、記念日に定めた。",
        "と称し、活動を続ける。",
        "といった結果となり、話題になった。",
        "とはいえ、まだ早い。",
    ],
)
def test_a_term_named_or_listed_is_no_quotation(after):
    """`「…」とし、`, `と称し、` name a thing; `といった` lists; `とはいえ` turns."""
    text = f"http://example.jp/a/6\n2030-01-01T10:00:00+0900\n見出し\n毎年11月を「ネイルとまつ毛の月間」{after}\n"
    assert extract(text).quotes == []


def test_marked_text_that_ends_as_speech_is_a_quotation():
    """`「…できます」。` with no cue and no full stop inside: a polite form or a
    sentence-final particle says someone speaks."""
    text = (
        "http://example.jp/a/7\n2030-01-01T10:00:00+0900\n見出し\n"
        "会場で北村翔太は「来年はもっと大きな舞台に立てます」。観客は拍手を送った。\n"
    )
    (quote,) = extract(text).quotes
    assert quote.text == "来年はもっと大きな舞台に立てます"


def test_a_title_in_marks_is_no_quotation():
    text = (
        "http://example.jp/a/8\n2030-01-01T10:00:00+0900\n見出し\n"
        "新作映画「遥かなる星の大地へ」が公開された。主演は北村翔太。\n"
    )
    assert extract(text).quotes == []


@pytest.mark.parametrize(
    ("after", "speaker"),
    [("と、山田太郎監督は話した。", "山田太郎"), ("と北村翔太さんは振り返った。", "北村翔太")],
)
def test_the_speaker_named_as_the_subject_after_to(after, speaker):
    """`「…」と、山田監督は話した`: the subject after と said it, not the
    topic of the sentences before."""
    text = (
        "http://example.jp/a/9\n2030-01-01T10:00:00+0900\n見出し\n"
        f"佐藤花子選手が会見した。\n「チーム全体で最後まで戦う」{after}\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_body_as_the_subject_after_to_is_no_speaker():
    text = (
        "http://example.jp/a/10\n2030-01-01T10:00:00+0900\n見出し\n"
        "「値上げはやむを得ない」と政府は説明した。\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "「選手たちはよく頑張った」。山田太郎監督はこう語った。",
        "山田太郎監督はこう話す。「選手たちはよく頑張った」",
    ],
)
def test_kou_points_at_the_quotation_from_the_sentence_beside_it(sentence):
    """`…はこう語った` (said thus) names who said the quotation beside it."""
    text = f"http://example.jp/a/11\n2030-01-01T10:00:00+0900\n見出し\n佐藤花子選手が会見した。\n{sentence}\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "山田太郎"


def test_a_sentence_beside_a_term_without_kou_names_no_speaker():
    text = (
        "http://example.jp/a/12\n2030-01-01T10:00:00+0900\n見出し\n"
        "新製品「スマートライト」。山田太郎社長は発売日を決めた。\n"
    )
    assert extract(text).quotes == []


def _organisations(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "ORG"})


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("新しい端末はパナソニックが来月発売する。", "パナソニック"),
        ("スマートフォン「ABC」（京セラ製）を発表した。", "京セラ"),
        ("ソニー・ミュージックは新作を発表した。", "ソニー・ミュージック"),
    ],
)
def test_a_known_company_is_an_organisation(text, company):
    """Companies of lang/ja/companies.txt, with a kanji that makes no longer
    word after them (`製`) and a subsidiary joined by `・`."""
    assert company in _organisations(text)


def test_a_known_company_inside_a_longer_katakana_word_is_not_found():
    from reader.extract.known_organisations import find_known_organisations

    text = "パナソニックエンジニアリングの工場を見学した。"
    assert find_known_organisations(text, [(0, len(text))], "ja") == []


def _people(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "PER"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("女優の早見ゆかりが主演を務める。", "早見ゆかり"),
        ("会場にはタレントのベッキーが登場した。", "ベッキー"),
        ("投手と女優・サエコ夫人の間に子が生まれた。", "サエコ"),
        ("モデルのアンナ・スミスが来日した。", "アンナ・スミス"),
    ],
)
def test_a_person_introduced_by_an_occupation(text, name):
    """`女優の` or `女優・` before a name the dictionary does not know, or
    calls a given name alone."""
    assert name in _people(text)


@pytest.mark.parametrize("text", ["女優の仕事が好きだ。", "歌手の夢はかなった。"])
def test_what_an_occupation_has_is_no_person(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("東北楽天ゴールデンイーグルスの投手が", "東北楽天ゴールデンイーグルス"),
        ("広島東洋カープの選手", "広島東洋カープ"),
    ],
)
def test_a_teams_nickname_closes_its_name(text, team):
    assert team in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "アプリ名：Pocket Dice\n価格：無料",
        "Android 2.2（開発コード名：Cupcake）搭載のスマートフォン。",
        "スマートフォン「GALAXY NOTE LTE SC-05D」を発売した。",
        "ディスプレイ：5インチ IPS QHD（960×540）",
    ],
)
def test_a_product_or_a_model_in_latin_letters_is_no_name(text):
    """A name field's value (`アプリ名：`), and Latin words followed by a
    model number or a specification in brackets."""
    assert not any(m.text.isascii() for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("見出し\n\n「本当にうれしい」。優勝した高橋一郎選手はこう喜びを語った。", "高橋一郎"),
        ("見出し\n\n「最高の気分だ」。チームの主将の森田選手はそう話した。", "森田"),
    ],
)
def test_a_described_speaker_after_the_quotation_points_back_with_kou(text, speaker):
    """`」。優勝した高橋選手はこう語った`: a clause describing the speaker
    before the name does not hide the `こう` that points back."""
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_a_latin_name_after_a_byline_is_a_person():
    text = "見出し\n\n新しいアプリを紹介します。\n\n記事執筆：Tomoka\n"
    assert ("Tomoka", "PER") in {(m.text, m.type) for m in extract(text).entities}


def test_a_kind_of_place_the_dictionary_calls_a_name_is_no_name_alone():
    """`ヒルズ` closes a place's name; alone it names nothing."""
    assert "ヒルズ" not in {
        m.text for m in extract("見出し\n\n表参道ヒルズで開催された。\n").entities
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("見出し\n\n広報担当者は「在庫は十分ある」と説明した。", "広報担当者"),
        ("見出し\n\n監督の森山裕二氏によると「撮影は順調」とのこと。", "森山裕二"),
        ("見出し\n\n関係者によると、「発売は来月」だという。", "関係者"),
    ],
)
def test_a_described_speaker_or_one_a_report_is_according_to(text, speaker):
    """Someone described by what they are (`広報担当者は`) is kept as
    written; `によると` names whom the quotation is according to."""
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_a_thing_as_topic_is_no_described_speaker():
    assert [q.speaker for q in extract("見出し\n\nその話題は「面白い」と評判だ。").quotes] in (
        [],
        [None],
    )


def test_a_latin_name_written_with_a_version_somewhere_is_a_product_everywhere():
    text = (
        "見出し\n\n■『MovieMaker 7』（CyberWorks）\nMovieMakerはパソコンに付いてくることが多い。"
        "\n\nKDDIは2012年夏モデルを発表した。\n"
    )
    found = {m.text for m in extract(text).entities}
    assert "MovieMaker" not in found and "KDDI" in found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("見出し\n\nまた、35歳男性の「デート代を割り勘にしたい」との質問があった。", ["35歳男性"]),
        ("見出し\n\n29歳ミキさん（仮名）の「私は割り勘派です」とのコメントもある。", ["ミキ"]),
        (
            "見出し\n\n中には「脈がないと思います」（35歳女性）、「嫌ですね」（40歳女性）との回答も。",
            ["35歳女性", "40歳女性"],
        ),
    ],
)
def test_whose_words_with_no_before_the_mark_or_a_description_in_brackets(text, speakers):
    """`…の「…」` names whose words they are when someone is named with an
    honorific or described by age or gender; a described answer in
    brackets may be followed by the next one (`（35歳女性）、「…」`)."""
    assert [q.speaker for q in extract(text).quotes] == speakers


def test_a_things_no_before_marks_is_no_speaker():
    assert extract("見出し\n\n映画の「続編」が公開された。").quotes == []


def test_japan_after_a_companys_name_is_its_japanese_arm():
    assert "サムスンモバイルジャパン" in _organisations(
        "見出し\n\nサムスンモバイルジャパンの発表会。"
    )


def _extracted(body: str):
    article = extract("見出し\n\n" + body + "\n")
    return {(m.text, m.type) for m in article.entities}, [q.speaker for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name in hiragana the dictionary cuts into words (`まり` `か`,
        # `さわ` `み`): the name whole, not its first part.
        ("秋山まりかが出演した。", ("秋山まりか", "PER")),
        ("北島さわみが「すごいね」と話すと、会場が沸いた。", ("北島さわみ", "PER")),
        # A venue named for its town, and a suffix cut from its noun (研究+所).
        ("横浜アリーナで公演した。", ("横浜アリーナ", "LOC")),
        ("コダマ生活科学研究所によると、売り上げが伸びた。", ("コダマ生活科学研究所", "ORG")),
    ],
)
def test_japanese_names_the_small_dictionary_cuts(text, name):
    names = _extracted(text)[0]
    assert name in names
    assert not any(found != name[0] and name[0].startswith(found) for found, _ in names)


def test_japanese_pseudonym_and_closing_credit():
    names, speakers = _extracted(
        "　「毎朝五キロ走っています」と話すのは、会社員のＭ子。\n\n"
        "記事は以上です。（プランニングノア／ミツイサキ）"
    )
    assert {("Ｍ子", "PER"), ("プランニングノア", "ORG"), ("ミツイサキ", "PER")} <= names
    assert speakers == ["Ｍ子"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # The nearest topic names nobody (`公演が`): the person set as a topic.
        (
            "公演が始まると、北島健一はステージで「みなさんに会えてうれしいです」と話した。",
            ["北島健一"],
        ),
        # The nearest topic is someone described, not the first (`ファンが`).
        (
            "ファンが騒ぎ出し、関係者も「いつか一緒に何かできたら面白いですね」と話した。",
            ["関係者"],
        ),
        ("50代の叔母が「毎日歩くようにしているのよ」と話していた。", ["叔母"]),
        # `こう` with any verb leads into the quotation set apart after it.
        (
            "作家の北島健一氏は、若者の変化をこう分析します。\n\n"
            "「いまの若者はお金を使わないのではなく、使い方が違うのです」\n\n"
            "小池さんも同じ考えだ。",
            ["北島健一"],
        ),
        # A quotation set apart goes on with the topic, not the next paragraph's person.
        (
            "田村美紀さん（31歳）は「前の職場のほうが楽しかったですよ」という。\n\n"
            "「今の職場は人が少なくて、毎日忙しいんです。休みも取れません」\n\n"
            "小池さん（28歳）も同意見だ。",
            ["田村美紀", "田村美紀"],
        ),
        (
            "「試合はまだ終わっていないんだよ」と語る北島健一だったが、表情は明るかった。",
            ["北島健一"],
        ),
        ("「駅から近い部屋を選びました」というのは、結婚5年目になる由香さん（29歳）。", ["由香"]),
        ("「好きな食べ物は何ですか？」という森田アナに、北島健一は答えなかった。", ["森田"]),
        ("北島健一が言っていた、「好きなことを続けるのが一番大事だと思う」って。", ["北島健一"]),
    ],
)
def test_japanese_speakers_by_topic_and_cue(body, speakers):
    assert _extracted(body)[1] == speakers


@pytest.mark.parametrize("term", ["DNA", "CVT", "APS-C"])
def test_technical_terms_in_latin_letters_are_no_organisation(term):
    names = _extracted(f"新型モデルは{term}を採用した。価格は未定だ。")[0]
    assert not any(text.upper() == term for text, _ in names)


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract(text).entities}


def test_a_person_named_once_is_the_bare_topic_of_an_indented_paragraph():
    # Found after an occupation once, then written bare, paragraphs below,
    # as the topic of a paragraph that opens with an indent.
    text = (
        "題\n\n　新番組の司会に、タレントのミチルが決まった。\n\n"
        "　番組は毎週土曜の夜に放送される。\n\n　初回は旅の特集となる予定だ。\n\n"
        "　ミチルは、就任したことが発表され、「毎日がとても楽しみです！」とコメントを残した。"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "ミチル"


def test_given_names_with_an_honorific_and_an_age_are_people():
    text = (
        "題\n\n　飲み会でユウタクンと知り合ったサヤカさん（34歳）は、"
        "「とても優しい人だと思いました」と話す。"
    )
    assert {("サヤカ", "PER"), ("ユウタ", "PER")} <= _entities(text)
    (quote,) = extract(text).quotes
    assert quote.speaker == "サヤカ"


def test_a_signature_with_an_honorific_after_the_quotation_is_its_speaker():
    text = "題\n\n　「毎日が楽しくて仕方ありません。また行きたいですね」（おおやまさん）"
    (quote,) = extract(text).quotes
    assert quote.speaker == "おおやま"


def test_a_topic_set_after_the_last_quotation_speaks_the_next():
    text = (
        "題\n\n　「最初は本当に驚きました」というナオさん（35歳）。\n\n"
        "　また、エリさん（30歳）は、よく行く店で声をかけられた。"
        "「まぁ、成り行きで話を聞きました。意外といい人でした」"
    )
    assert [speaker for _, speaker in _speakers(text)] == ["ナオ", "エリ"]


def test_a_quotation_set_apart_after_a_gloss_is_still_the_last_speakers():
    text = (
        "題\n\n　「会っただけの人も友達と呼んでいたんです」と話すのは美穂さん（32歳）。\n\n"
        "　一体どんな人なのだろうか？\n\n"
        "　「家族はいないので独り暮らしですが、いつも自宅に人を招いています」"
    )
    assert [speaker for _, speaker in _speakers(text)] == ["美穂", "美穂"]


def test_a_thought_inside_an_interview_turn_is_the_turns_person():
    text = (
        "題\n\n山本雅人さんと森下あおいさんが対談した。\n"
        "山本雅人（以下、山本）：僕は撮影の合間に本を読むんです。そうしたら、"
        "あおいちゃんが隣で一緒に本を読むことが多くて。「あれ？　こんなに読書家だったかな？」"
        "と思いましたね。\n"
        "山本：好みは全く違うんですよ。"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "山本雅人"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The one an interview asks answers.
        (
            "題\n\n　絵本講座を開くイラストレーターの大沢真紀さんに、絵本の魅力について伺った。\n\n"
            "　「絵本は目でイメージできる奥深いものです」",
            "大沢真紀",
        ),
        # The one whose story is brought in tells it.
        (
            "題\n\n　最後に、典子さん（35歳）の失敗した話を紹介。\n\n"
            "　「十年前の彼とは今もメールをしています。すっかり気持ちは冷めました」",
            "典子",
        ),
        # A space before the age in brackets.
        ("題\n\n　「仕事と趣味は別だ」と話すのは会社員の真由美さん (28歳)。", "真由美"),
    ],
)
def test_who_a_japanese_column_quotes(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_names_in_marks_without_hiragana_are_no_quotations():
    # A product, a wine: no quotation; a word someone answers still is one.
    text = (
        "題\n\n　同社はアプリ「海辺日記 for Android」を公開し、「ミドルトン・ヒルズ」と合わせて紹介した。"
        "「ハインリヒ ヘルツ」という言葉も話題になった。"
        "「仲良しなんですか？」という質問には、「全然」とそっけなく答える武田大輔選手。"
    )
    assert [q for q, _ in _speakers(text)] == ["仲良しなんですか？", "全然"]
    # In the headline, too.
    assert (
        _speakers("新アプリ「Hanatsubaki for Android」\n\n　同社は新しいアプリを公開した。") == []
    )
    assert _speakers("詰め合わせ「100 in 1 : GameBox!」\n\n　同社は新しいアプリを公開した。") == []


def test_a_venue_named_after_its_place_is_one_place():
    found = _entities(
        "題\n\n　公演は札幌市民会館と広島市公会堂、仙台工場の跡地、"
        "豊橋市文化交流センターで行われる。"
    )
    venues = {"札幌市民会館", "広島市公会堂", "仙台工場", "豊橋市文化交流センター"}
    assert {(venue, "LOC") for venue in venues} <= found
    assert not {t for t, _ in found} & {"福岡", "名古屋市", "神戸", "浜松市"}


def test_a_latin_name_before_a_kind_of_product_is_no_organisation():
    found = _entities(
        "題\n\n　同社のノートにはZentaraシリーズがあり、上位のVoltexモデルも人気だ。"
        "会場ではQRVツアーの告知もあった。"
    )
    assert not {t for t, _ in found} & {"Zentara", "Voltex", "QRV"}


def test_words_quoted_with_tte_and_a_verb_of_muttering():
    assert [q for q, _ in _speakers("題\n\n　ある日、夫が「もう疲れたよ！」ってつぶやいた。")] == [
        "もう疲れたよ！"
    ]


def test_a_headline_opening_on_a_person_is_their_quotation():
    text = (
        "ミチル、映画の宣伝役に就任し「涙が出るほど感動した」\n\n"
        "　映画の宣伝役に、タレントのミチルが就任した。"
    )
    assert _speakers(text) == [("涙が出るほど感動した", "ミチル")]


def _understood(text: str) -> list[tuple[str, str]]:
    from reader.extract.pipeline import understand

    paragraphs, at = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((at, at + len(part)))
        at += len(part) + 2
    entities, _ = understand(text, paragraphs, "ja", None)
    return [(m.text, m.type) for m in entities]


def test_japanese_capitals_glued_to_a_listed_company_are_its_name():
    # The parent's initials and the company written as one word.
    found = _understood("NTTドコモは5日、新しい料金を発表した。")
    assert ("NTTドコモ", "ORG") in found
    assert ("NTT", "ORG") not in found and ("ドコモ", "ORG") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新刊の案内です。\n\n著者：石原 和也\n", "石原 和也"),
        ("家電の話題です。\n\n（森本\u3000美穂子）\n", "森本\u3000美穂子"),
    ],
)
def test_japanese_full_name_written_apart_is_one_person(text: str, name: str):
    assert (name, "PER") in _understood(text)


def test_japanese_writer_credited_alone_in_latin_capitals():
    found = _understood("新しい測定器を試した。\n\n（HARUKA NISHINO）\n\n■関連記事")
    assert found == [("HARUKA NISHINO", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n住民の代表である石井和夫さんは「空気がきれいな町に住みたい」「子どもを守ってほしい」と訴えた。",
        "題\n\n石井和夫さんは「空気がきれいな町に住みたい」、「子どもを守ってほしい」と語った。",
    ],
)
def test_japanese_quotations_written_one_after_another_share_their_cue(text: str):
    found = [(q.text, q.speaker) for q in extract(text).quotes]
    assert found == [
        ("空気がきれいな町に住みたい", "石井和夫"),
        ("子どもを守ってほしい", "石井和夫"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A verbal noun made a verb with する qualifies the speaker.
        ("題\n\n「守備には課題がある」と前置きした岡本だったが、表情は明るかった。", "岡本"),
        # The speaker takes another case than the topic's.
        ("題\n\n「来年も必ず戻ってきたい」と語る岡本隆史に対し、監督は笑った。", "岡本隆史"),
        # A one-kanji given name before its honorific, after `のは`.
        ("題\n\n「毎日が本当に楽しいんです」と笑顔で話すのは、都内で働く恵さん（29歳）。", "恵"),
    ],
)
def test_japanese_speaker_the_saying_verb_qualifies(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A family name, and a given name the dictionary cuts.
        ("男子は長谷川潮海・林徳海ペアが準優勝した。", "長谷川潮海"),
        ("女子は山本姿乃・中村波子ペアが優勝した。", "山本姿乃"),
        # A given name, and a family name the dictionary cuts.
        ("下倉賢 @example [新製品レビュー]", "下倉賢"),
    ],
)
def test_japanese_name_that_fills_a_kanji_run(text: str, name: str):
    assert (name, "PER") in _understood(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新しい辞書アプリです。\n\n販売元：Example.co.jp\n\nクチコミを見る", "Example.co.jp"),
        ("新しい辞書アプリです。\n\n開発者：QVX Japan", "QVX Japan"),
    ],
)
def test_japanese_seller_or_developer_field_names_an_organisation(text: str, name: str):
    assert (name, "ORG") in _understood(text)


@pytest.mark.parametrize(
    ("text", "ward"),
    [("東京都中央区日本橋1-2-3 星野ビル5F", "中央区"), ("東京都港区六本木4-5-6", "港区")],
)
def test_japanese_ward_in_an_address_is_a_place(text: str, ward: str):
    assert (ward, "LOC") in _understood(text)


def test_japanese_name_only_inside_a_works_title_is_no_entity():
    text = "監督の新作『ロンドンの恋人』は、昨年の『マリオン・ベル／約束の日』に続く作品だ。"
    found = [name for name, _ in _understood(text)]
    assert "ロンドン" not in found and "マリオン・ベル" not in found
    # Written outside the marks too, the name stays.
    text = "ロンドンで撮影された『ロンドンの恋人』が公開された。"
    assert ("ロンドン", "LOC") in _understood(text)


def test_japanese_katakana_name_part_runs_to_the_end_of_its_word():
    # The dictionary cuts an unknown surname where it finds a word
    # (`サイフ` `リッド`); the name's part is the whole katakana word.
    from reader.extract import morphology as kinds
    from reader.extract.lang.ja.morphology import _names_in_full

    text = "女優ジェナ・サイフリッド。"
    items = [
        kinds.Morpheme(0, 2, kinds.NOUN),
        kinds.Morpheme(2, 5, kinds.GIVEN),
        kinds.Morpheme(5, 6, kinds.JOIN),
        kinds.Morpheme(6, 9, kinds.GIVEN),
        kinds.Morpheme(9, 12, kinds.NOUN),
        kinds.Morpheme(12, 13, kinds.OTHER),
    ]
    _names_in_full(text, items, [1, 2, 3])
    assert [m.kind for m in items[1:5]] == [kinds.GIVEN, kinds.JOIN, kinds.GIVEN, kinds.GIVEN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whom the words came from, before the mark: not the topic who heard them.
        (
            "題\n\n特番では、司会者から「結婚の予定はありますか？」と尋ねられると、"
            "ミン・スアは「まだですね。仕事が楽しいんです」と答えた。",
            [
                ("結婚の予定はありますか？", "司会者"),
                ("まだですね。仕事が楽しいんです", "ミン・スア"),
            ],
        ),
        # A foreigner is called by the last part of the katakana name.
        (
            "題\n\n監督の山田太郎と歌手のミン・スアが会見した。山田は「撮影は順調です」と話した。"
            "一方、スアは「日本の料理が大好きです」と語った。",
            [("撮影は順調です", "山田太郎"), ("日本の料理が大好きです", "ミン・スア")],
        ),
    ],
)
def test_japanese_speaker_from_whom_or_by_the_last_part(text, expected):
    assert [(q.text, q.speaker) for q in extract(text).quotes] == expected


def test_japanese_double_curly_marks_set_off_a_term_not_speech():
    text = (
        "題\n\n番組では“おしゃべり喫茶室”という企画が人気だ。彼女は“毎日が楽しいです”と話していた。"
    )
    assert [q.text for q in extract(text).quotes] == ["毎日が楽しいです"]


def test_japanese_quotation_inside_a_quotation_is_its_own():
    text = "題\n\n山田花子さんは「先生から『あきらめたらダメだよ』と言われました」と話した。"
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("先生から『あきらめたらダメだよ』と言われました", "山田花子"),
        ("あきらめたらダメだよ", "先生"),
    ]


def test_japanese_quotation_closed_by_a_noun_phrase_the_verb_left_out():
    text = "題\n\n会社員の健太さん（仮名／29歳）は「休日に会えるなら、それだけでうれしいと思う」と賛成派。"
    (quote,) = extract(text).quotes
    assert (quote.text, quote.speaker) == ("休日に会えるなら、それだけでうれしいと思う", "健太")


def test_japanese_words_given_as_examples_with_nado_and_a_described_speaker():
    text = (
        "題\n\n解約できない仕組みに、解約経験者は「もう二度と使わない」「ひどすぎる」"
        "など不満の声を上げている。"
    )
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("もう二度と使わない", "解約経験者"),
        ("ひどすぎる", "解約経験者"),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("彼は米国オレゴン州で育った。", ["米国", "オレゴン州"]),
        ("韓国プサンで開かれた。", ["韓国", "プサン"]),
        ("中華圏で人気が高い。", ["中華圏"]),
        ("九州地方の天気。", ["九州地方"]),
    ],
)
def test_japanese_country_and_place_run_together_and_regions(text: str, places: list[str]):
    assert [name for name, type_ in _understood(text) if type_ == "LOC"] == places


def test_japanese_speaker_the_topic_after_to_iu():
    text = (
        "題\n\n監督の山田太郎と選手の岡本隆史が会見した。山田は「順調です」と話した。"
        "「まだ満足はしていません」という岡本は、来季も挑戦を続ける。"
    )
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("順調です", "山田太郎"),
        ("まだ満足はしていません", "岡本隆史"),
    ]


def test_japanese_topic_set_by_a_past_copula_speaks_on():
    text = (
        "題\n\n新人の森田健は好調だ。「練習は足りていない」と前置きした岡本隆史だったが、"
        "こと森田に関しては「まだ伸びる時期です」と綴り、期待を見せた。"
    )
    assert [q.speaker for q in extract(text).quotes] == ["岡本隆史", "岡本隆史"]


def test_japanese_words_posted_online_are_the_posters_not_the_topic():
    text = (
        "題\n\n歌手の山田花子がブログを更新した。ネット上では「さすがの一言です」、"
        "「また見に行きたい」という書き込みが相次いだ。"
    )
    assert [q.speaker for q in extract(text).quotes] == ["ネット", "ネット"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("ヤマハ電子は新型の端末を発表した。", "ヤマハ電子"),
        ("解説書はカシオシステムから発売された。", "カシオシステム"),
        ("手続きはミズノショップで済ませた。", "ミズノショップ"),
    ],
)
def test_japanese_brand_and_what_the_company_does_is_one_name(text: str, name: str):
    """Not the brand alone: the article names the company in full."""
    found = [(m.text, m.type) for m in extract("見出し\n\n" + text).entities]
    assert (name, "ORG") in found


def test_japanese_latin_product_named_after_its_company_is_no_organisation():
    """`Nimbus Vault` beside `Nimbus` alone: the company's service, not a
    second organisation; a company's arm (`Nimbus Labs`) stays one."""
    text = (
        "見出し\n\nNimbusは新しいサービスを発表した。Nimbus Vaultは写真を保存できる。"
        "開発はNimbus Labsが担当した。"
    )
    found = {m.text for m in extract(text).entities}
    assert "Nimbus Vault" not in found
    assert {"Nimbus", "Nimbus Labs"} <= found


@pytest.mark.parametrize(
    "text, place, named",
    [
        ("多くの日本企業が海外に工場を移した。", "日本", False),
        ("中野サンプラザで開かれた。", "中野", False),
        ("ツアーは青森公演で幕を閉じた。", "青森", True),
        ("日本全国で猛暑が続いた。", "日本", True),
        ("番組の露骨な韓国押しに批判が集まった。", "韓国", True),
    ],
)
def test_japanese_place_glued_to_a_common_noun_qualifies_it(text: str, place: str, named: bool):
    """`日本企業`: Japanese companies, no place named; a verbal noun
    (`青森公演`, a concert there) or `全国` leaves the place named."""
    found = {m.text for m in extract("見出し\n\n" + text).entities if m.type == "LOC"}
    assert (place in found) is named


def test_japanese_family_name_the_dictionary_knows_as_a_place_after_the_full_name():
    """`熊本` alone after `熊本健太郎さん`: his family name, not the city."""
    text = "見出し\n\n歌手の熊本健太郎さんが登場した。会見で熊本は新曲について語った。"
    found = {(m.text, m.type) for m in extract(text).entities}
    assert ("熊本", "PER") in found
    assert ("熊本", "LOC") not in found


@pytest.mark.parametrize(
    "text, place, person",
    [
        ("福島の工場について、社長の福島健一郎は計画を説明した。", "福島", "福島健一郎"),
        ("千葉で開かれた集会で、千葉美紀子議員があいさつした。", "千葉", "千葉美紀子"),
        ("長野の大会で長野翔太選手が優勝した。", "長野", "長野翔太"),
        ("宮崎県の農家を、俳優の宮崎修平が訪ねた。", "宮崎県", "宮崎修平"),
    ],
)
def test_a_place_written_as_one_stays_a_place_beside_a_person_of_its_name(text, place, person):
    """A prefecture and a person of that family name in one article: the
    place, written with a particle of where or its kind, is no surname."""
    found = {(m.text, m.type) for m in extract("見出し\n\n" + text).entities}
    assert (place, "LOC") in found
    assert (person, "PER") in found


@pytest.mark.parametrize(
    "text, place",
    [
        ("シリア国内の避難民は増え続けている。", "シリア"),
        ("朝鮮半島の緊張は和らいでいない。", "朝鮮"),
        ("中国大陸から冷たい風が吹き込んだ。", "中国"),
        ("沖縄本島の北で漁船が見つかった。", "沖縄"),
        ("日本列島の各地で雪が降った。", "日本"),
        ("東京湾の埋め立て地に倉庫が建った。", "東京"),
    ],
)
def test_a_place_before_a_part_of_it_or_its_land_or_sea_stays_named(text, place):
    """`国内`, `半島`, `湾` say where in or by the place: no noun the place
    qualifies, as `企業` of `日本企業` is."""
    found = {(m.text, m.type) for m in extract("見出し\n\n" + text).entities}
    assert (place, "LOC") in found


@pytest.mark.parametrize(
    "body",
    [
        "任天堂が値上げを決めた。「家計が苦しくなる」と不安を口にする主婦もいる。",
        "トヨタが工場を止めた。「部品が届かない」と嘆く人も多い。",
        "ソニーは新製品を発表した。「待っていた」と喜ぶファンの声も聞かれた。",
    ],
)
def test_an_organisation_topic_does_not_speak_a_quotation_its_cue_gives_to_a_noun(body):
    """`」と…する主婦もいる`: a relative clause; who spoke is the noun it
    qualifies, not the organisation the sentence before is about."""
    quotes = extract("見出し\n\n" + body).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker not in ("任天堂", "トヨタ", "ソニー")


def test_japanese_quotation_given_as_one_example_with_nado():
    """`」と解説するなど、`: one of several things the speaker did, said."""
    text = "見出し\n\n店長の森田は新製品を「驚くほど軽い掃除機」と解説するなど、熱心に売り込んだ。"
    assert [q.text for q in extract(text).quotes] == ["驚くほど軽い掃除機"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # The organisation is the phrase before the quotation.
        ("ソニーは「原因を調査中」としている。", "ソニー"),
        # ...or the topic of the sentence before, no person named.
        (
            "ソニーは20日、出荷を止めると発表した。「ご迷惑をおかけしました」とコメントしている。",
            "ソニー",
        ),
        ("任天堂は値上げを決めた。「ご理解をお願いしたい」と説明している。", "任天堂"),
        # A person set as the topic still speaks over it.
        (
            "森田健一監督は会見を開いた。ソニーが新製品を出した。「来年も続けます」と語った。",
            "森田健一",
        ),
    ],
)
def test_japanese_organisation_as_the_topic_speaks(body: str, speaker: str):
    """A company's or a ministry's statement, quoted with its name as the topic."""
    (quote,) = extract("見出し\n\n" + body).quotes
    assert quote.speaker == speaker


def test_japanese_words_posted_on_ones_own_account_are_the_posters():
    """`自身のツイッターで「…」`: the topic's own account, not posters there."""
    text = "見出し\n\n森田健一が20日、自身のツイッターで「来年も続けます」とつぶやいた。"
    (quote,) = extract(text).quotes
    assert quote.speaker == "森田健一"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A given name of one kanji before an honorific is a person.
        ("題\n\n「朝が一番つらいんです」と話す恵さん。", "恵"),
        ("題\n\n独身の舞さんは、「家賃が高すぎます」と嘆いている。", "舞"),
        # `同社` refers back to the company last named, across a line break.
        (
            "題\n\n北山電機は新製品の発売を延期した。同社は、\n「皆様にご迷惑をおかけしました。」と、コメントしている。",
            "北山電機",
        ),
        # A ministry named by its field is an organisation that speaks.
        ("題\n\n国交省は「安全を最優先に考えます」と発言。", "国交省"),
    ],
)
def test_japanese_speakers_named_by_one_kanji_same_company_or_ministry(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `同省` is the ministry named last, not the company named after it.
        (
            "題\n\n財務省は会見を開いた。南川電機は新製品を発表した。"
            "同省は「調査中だ」とコメントした。",
            "財務省",
        ),
        (
            "題\n\n北山大学は研究を始めた。南川電機も協力する。同大は「成果を期待する」とコメントした。",
            "北山大学",
        ),
        # `同社` is no ministry.
        (
            "題\n\n南川電機は新製品を出した。財務省は会見を開いた。同社は「調査中だ」とコメントした。",
            "南川電機",
        ),
    ],
)
def test_a_japanese_same_body_refers_to_the_last_body_of_its_kind(text, speaker):
    assert [q.speaker for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("題\n\n財務省と金融庁が協議した。", ["財務省", "金融庁"]),
        ("題\n\n総務省消防庁によると、出火は深夜だった。", ["総務省消防庁"]),
        # Words that end in the same characters are no body; nor `同省`.
        ("題\n\n年末に帰省し、深く反省した。同省は否定した。知事が登庁した。", []),
    ],
)
def test_japanese_ministries_named_by_their_field(text, found):
    assert [m.text for m in extract(text).entities if m.type == "ORG"] == found


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # A product's name with its model after it, cut at the small letter.
        ("題\n\n北山電機が発売したZentra neoは若者に人気だ。", []),
        # A site's section after its name, or a piece joined by a mark.
        ("題\n\n詳しくはnewsdesk KOBATOで紹介している。", []),
        ("題\n\n限定のKU@BRICKストラップが付く。", []),
        # A technology or a service: what supports it, its phones or its store.
        ("題\n\n新しい読書アプリはZentroidに対応している。", []),
        ("題\n\n今はKamuwebケータイで使える。", []),
        # After a preposition the name stands on its own.
        ("題\n\n最新情報はnewsjp on Twitterで。", ["Twitter"]),
    ],
)
def test_japanese_latin_pieces_of_longer_latin_names_are_no_names(text, latin):
    found = [m.text for m in extract(text).entities if m.text.isascii()]
    assert found == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # Two names either side of `vs` are no pieces of one.
        ("題\n\n米国の企業 Kobato vs Zentrix の争い", ["Kobato", "Zentrix"]),
        # `に対応を` is a response asked of a company, no technology.
        ("題\n\n政府はKobatoに対応を求めた。", ["Kobato"]),
    ],
)
def test_japanese_latin_names_next_to_a_title_or_a_small_word_stay_names(text, latin):
    found = [m.text for m in extract(text).entities if m.text.isascii() and m.type == "ORG"]
    assert found == latin


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("米Zentrix CEOのカール・ミラー氏", False),
        ("米Zentrix USAの社長", False),
        ("Qentra neoが人気", True),
        ("Qentra Yが人気", True),
    ],
)
def test_a_japanese_latin_name_before_an_acronym_is_no_piece_of_a_longer_one(text, piece):
    """An acronym or a title after a Latin name (`CEO`) is a word of its
    own; a lowercase word or a model letter continues the name."""
    start = text.index("entr") - 1
    end = text.index(" ", start)
    assert first_part(text, start, end) is piece


@pytest.mark.parametrize(
    ("text", "word", "piece"),
    [
        # A capitalised word before, a brand's `!`, a model number after.
        ("新OS「Snow Tiger」を公開", "Tiger", True),
        ("北山（Kobato! Japan）は", "Japan", True),
        ("■QENTRA Lite Z-PL2", "Lite", True),
        # A year after is no model number.
        ("Kobato 2012年の決算", "Kobato", False),
    ],
)
def test_a_japanese_latin_name_in_a_longer_latin_product_name(text, word, piece):
    start = text.index(word)
    assert first_part(text, start, start + len(word)) is piece


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n番組の進行役は、サダオであった。サダオは、新番組について「毎週見てほしい」と話した。",
        "題\n\n司会役のタケシは、新番組について「毎週楽しみにしてほしい」と話した。",
        "題\n\nタケシ（32）は撮影に来た。タケシは、撮影の後「また来たい」と話した。",
    ],
)
def test_a_japanese_stage_name_in_katakana_set_as_the_topic_of_a_quotation_is_a_person(text):
    article = extract(text)
    name = article.quotes[0].speaker
    assert name in ("サダオ", "タケシ")
    assert (name, "PER") in [(m.text, m.type) for m in article.entities]


@pytest.mark.parametrize(
    "text",
    [
        # A company named after its founder announces what it does.
        "題\n\nタケシは、値上げについて「理解を求めたい」と発表した。",
        "題\n\nサダオは「価格を改定する」と説明した。",
    ],
)
def test_a_japanese_katakana_name_without_a_persons_cue_is_no_person(text):
    assert "PER" not in [m.type for m in extract(text).entities]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # People described, many of them: the noun before the plural suffix.
        ("題\n\n被災地の子どもたちは手紙を書いて「家に帰りたい」と訴えた。", "子ども"),
        ("題\n\n会場の観客たちは「最高だった」と口々に語った。", "観客"),
    ],
)
def test_japanese_speakers_described_as_many_people(text, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_japanese_one_kanji_family_name_with_a_title_is_the_person_named_in_full():
    text = (
        "題\n\n通信大手の代表、林正行氏は会見した。林社長は、\n「本当に幸せだと思う。」と、述べた。"
    )
    article = extract(text)
    again = [m for m in article.entities if m.text == "林"]
    full = [m for m in article.entities if m.text == "林正行"]
    assert again and full and again[0].type == "PER" and again[0].key == full[0].key
    assert [q.speaker for q in article.quotes] == ["林正行"]


@pytest.mark.parametrize(
    "text",
    [
        # A polite prefix: the kanji is the common noun (a grandchild).
        "題\n\nお孫さんは何人いますか。孫健太氏は「三人」と答えた。",
        # A common noun with a familiar honorific, not a role.
        "題\n\n孫健太氏が来た。王さんと孫さんが遊んだ。",
        # A title that opens a longer word: the office, not the man.
        "題\n\n韓明浩首相は会見した。韓大統領府によると、協議は続く。",
    ],
)
def test_a_japanese_one_kanji_word_that_is_no_family_name_again(text):
    article = extract(text)
    assert [m.text for m in article.entities if m.type == "PER" and len(m.text) == 1] == []


@pytest.mark.parametrize(
    ("text", "inner", "speaker"),
    [
        # A common noun as the subject: no one named, not the last name.
        (
            "題\n\n『遅い』と北山さんは言った。南川さんは「母は『帰れ』と言った」と話した。",
            "帰れ",
            None,
        ),
        # The agent of a passive.
        (
            "題\n\n南川さんは、北山さんと会った後、「社長に『頑張れ』と言われた」と話した。",
            "頑張れ",
            None,
        ),
        # A pronoun as the subject refers back to the person told of.
        (
            "題\n\n友人の紹介で知り合ったタツオクンについて、ミドリさん（29歳）は"
            "「最初のデートで彼が『好きな映画は何？』と聞いてきた」と話す。",
            "好きな映画は何？",
            "タツオ",
        ),
        # A name as the subject is the person.
        (
            "題\n\n南川さんは、東野さんについて「昨日、北山さんが『また来る』と言った」と話した。",
            "また来る",
            "北山",
        ),
    ],
)
def test_a_japanese_quotation_inside_a_quotation_goes_to_the_subject_of_its_clause(
    text, inner, speaker
):
    said = {q.text: q.speaker for q in extract(text).quotes}
    assert said[inner] == speaker


def test_a_japanese_quotation_inside_a_quotation_is_the_person_the_speaker_tells_of():
    text = (
        "題\n\n同窓会で再会したタツオクンに誘われたミドリさん（29歳）は、"
        "「帰り道ずっと『俺、家を二軒持ってるから』と言ってました。"
        "私が『ふうん』と返したら、『驚いただろ』って。」と話す。"
    )
    said = {q.text: q.speaker for q in extract(text).quotes}
    assert said["俺、家を二軒持ってるから"] == "タツオ"
    assert said["ふうん"] == "ミドリ"
    assert said["驚いただろ"] == "タツオ"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A first name the dictionary knows as a common word, before a
        # last name it knows, joined by `・`.
        ("題\n\n賞の候補に選ばれたアイリス・ミラーといった面々。", "アイリス・ミラー"),
        ("題\n\n4位がイ・ジョンソン、5位が阿部だった。", "イ・ジョンソン"),
    ],
)
def test_japanese_foreign_name_whose_first_part_is_a_common_word(text, person):
    assert person in [m.text for m in extract(text).entities if m.type == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        # `「…」という` before a noun that is not one of saying names the thing.
        "題\n\n今回は猫の写真が満載の「ねこねこカメラで遊ぼう」というアプリを紹介します。",
        "題\n\n彼女には「ファンを大切にしないアイドル」というレッテルが貼られた。",
        "題\n\n番組では「あなたが一番嫌いな言葉は何ですか」というアンケートを行った。",
        "題\n\n会場では「未来の働き方を考えよう」という講演が行われます。",
        "題\n\nその後、大野の「私が絶対に許せないこと」という問題が出された。",
        # Named as, titled, called: a title.
        "題\n\n新作は「ふたりだけの約束」として映画になる。",
        "題\n\n会場では「今年一番の笑顔をあなたに届けます」と銘打ったイベントが開かれた。",
        # What a screen shows.
        "題\n\n更新に失敗すると「書き込みに失敗しました」と表示されます。",
        # An expression or a dream: what the words are, not who said them.
        "題\n\n「ごろごろにゃん」という言い回しが子供たちに受けている。",
        "題\n\n社員の「いつか社長になってやる」という夢を乗せた新商品だ。",
        # A thought no verb voices.
        "題\n\n二人とも「いつか店を開きたい」という思いは今も変わらない。",
    ],
)
def test_japanese_marks_before_a_noun_that_is_no_speech_name_a_thing(text: str):
    assert extract(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # A noun of saying, a person, the end of the sentence: speech.
        "題\n\n会場からは「早く続きが見たいです」という声が上がった。",
        "題\n\nネットでは「本当にがっかりしました」という書き込みが相次いだ。",
        "題\n\n「毎朝五時に起きて走っています」というのは会社員の小松理恵さん。",
        "題\n\n「毎朝五時に起きて走っています」という川村ユキさん（28歳）。",
    ],
)
def test_japanese_marks_before_a_noun_of_saying_or_a_person_are_speech(text: str):
    assert len(extract(text).quotes) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `「…」という` before any noun that names no thing: its content, speech.
        (
            "市内で火災\n\n山田太郎社長は「来年度は値上げしない」という方針を明らかにした。",
            "山田太郎",
        ),
        ("市内で火災\n\n佐藤花子知事は「再選を目指す」という意向を示した。", "佐藤花子"),
        ("市内で火災\n\n田中一郎監督は「選手を信じている」という思いを口にした。", "田中一郎"),
        ("市内で火災\n\n近くの住民から「隣の家から煙が出ている」という通報があった。", None),
        ("市内で火災\n\n市は「来月から料金を値下げする」という発表を行った。", None),
        # `」として` after a statement: the reason someone gave; `としてきた`: has stated.
        ("題\n\n気象庁は「土砂災害に厳重な警戒が必要だ」として、注意を呼びかけています。", None),
        ("題\n\n警察は「事件と事故の両面で調べる」として、捜査を進めている。", None),
        ("題\n\n政府はこれまで「安全性に問題はない」としてきた。", None),
    ],
)
def test_japanese_marks_before_an_unlisted_noun_or_as_a_reason_are_speech(text, speaker):
    (quote,) = extract(text).quotes
    assert speaker is None or quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A list of links under the story: a headline ends on a noun.
        "題\n\n森は会見で引退を否定した。\n\n【関連記事】\n・森健二が「まだまだ走れます」と激白\n",
        "題\n\n森は会見で引退を否定した。\n\n・歌手の森健二「まだまだ走れますよ」（2011年05月02日）\n",
        # ...with its speaker as the label before the marks.
        "題\n\n森は会見で引退を否定した。\n\n関連ニュース\n・東西電機の森社長「来年は海外で勝負します」\n",
        # A lone item set into the story, ending on a noun as a headline does.
        "題\n\n森は会見で引退を否定した。\n\n・「まだまだ走れます」会見で語った森健二の本音\n\n森は来月も走る。",
        # A headline with its address on the next line.
        "題\n\n【関連記事】\n森健二がついに告白「まだまだ走れますよ」\nhttp://example.com/news/1234/\n",
    ],
)
def test_japanese_headlines_listed_as_links_are_not_the_articles_quotations(text: str):
    assert extract(text).quotes == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A paragraph the article's own address follows after a blank line.
        (
            "題\n\n説明会で、山田太郎市長は「来年度中に新しい図書館を開く」と述べた。"
            "\n\nhttps://example.com/news/123",
            ["来年度中に新しい図書館を開く"],
        ),
        # The article's own list of what was said.
        (
            "題\n\n会見での主な発言は次の通り。\n\n"
            "・「来期は値上げしない」と山田太郎社長\n・「海外展開を加速する」と佐藤花子専務",
            ["来期は値上げしない", "海外展開を加速する"],
        ),
    ],
)
def test_japanese_list_or_paragraph_that_is_no_link_keeps_its_quotations(text, quoted):
    assert [q.text for q in extract(text).quotes] == quoted


def test_japanese_list_item_that_ends_on_a_verb_keeps_its_quotation():
    # An item of what users wrote, not a headline.
    text = (
        "題\n\n利用者からは不満が出ている。\n\n"
        "・退会を選んだら「本当に退会しますか？」と何度も聞かれて疲れた\n"
    )
    assert [q.text for q in extract(text).quotes] == ["本当に退会しますか？"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A stage name after what the person is, with `の`: a person.
        ("題\n\nモデルのミサキは「撮影はとても楽しかったです」と語った。", "ミサキ"),
        ("題\n\n歌手のミサキは、イベントで「新曲を早く聴いてほしい」と明かした。", "ミサキ"),
        # A name the analyser reads as a person's.
        ("題\n\nユウキは、新曲について「ファンの皆さんに感謝しています」と語った。", "ユウキ"),
        # A surname of one kanji before a role.
        ("題\n\n金社長は「来年は新しい機種を出します」と述べた。", "金"),
        # A common noun before a role is no name.
        ("題\n\n球団社長は「来年も同じ監督で戦います」と語った。", None),
        # A common noun or a prefix before an honorific or a role, or after what
        # someone is with `の`: who they are to someone, no name.
        ("題\n\n近所に住む奥さんは「夜中に大きな音がした」と話した。", None),
        ("題\n\n駅前の店のママさんは「最近は若い客も増えた」と笑った。", None),
        ("題\n\n副社長は「責任を痛感している」と述べた。", None),
        ("題\n\n総監督は「若手が育った」と話した。", None),
        ("題\n\n事務所によると、女優のマネージャーは「体調は回復している」と話した。", None),
        # ...but a family name of one kanji the dictionary knows as one.
        ("題\n\n前田さんは「夜中に大きな音がした」と話した。", "前田"),
    ],
)
def test_a_japanese_speaker_no_entity_names_is_a_person_by_form(text: str, speaker):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The next sentence names who said it; when and how stand before `こう`.
        ("題\n\n「応援ありがとうございました」。西山選手は試合後、笑顔でこう語った。", "西山"),
        # The speaker signs after `と` with a role.
        ("題\n\n「絶対に次も勝ちます」と西山選手。", "西山"),
        # A verb of saying at the end of a longer clause after `と、`.
        (
            "題\n\n西山選手は「もう一度やり直したい」と、これまでの苦しい胸の内を初めて明かした。",
            "西山",
        ),
        # A note in brackets between the quotation and the verb that qualifies the name.
        ("題\n\n「今年こそ優勝します」（笑）と宣言した大野健一。", "大野健一"),
    ],
)
def test_japanese_speakers_named_after_the_quotation(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_japanese_words_someone_else_said_to_the_topic_are_not_the_topics():
    # `と、母親に…励まされた`: the mother said it; no cue gives it to the topic.
    text = "題\n\n山田太郎さんは「頑張って」と、母親に何度も励まされたことを明かした。"
    assert [q.speaker for q in extract(text).quotes] in ([], [None])
    # ...but what the topic did, in the past before a noun, keeps it.
    text = "題\n\n山田太郎さんは「また挑戦したい」と、相手に再戦を申し込んでいたことを明かした。"
    assert [q.speaker for q in extract(text).quotes] == ["山田太郎"]


def test_a_name_inside_a_quotation_is_not_the_topic_of_the_next():
    text = (
        "題\n\n秋山健一は週末に日記を更新し、「山田先輩が卒業します。見送りたいです！」"
        "と書きながらも、「もう花束は選んでおいた」と、準備を始めていたことを打ち明けた。"
    )
    assert [q.speaker for q in extract(text).quotes] == ["秋山健一", "秋山健一"]


@pytest.mark.parametrize(
    "text",
    [
        "首位浮上\n\n山田太郎監督は試合後、会見に臨んだ。監督のチームはこれで3連勝。「選手がよく頑張った」と話した。",
        "首位浮上\n\n山田太郎さんは会見を開いた。副社長も同席した。「再発防止に努める」と話した。",
        "首位浮上\n\n山田太郎さんは先月、都内で会見した。選手のプレーが光った試合について"
        "「最高の一日だった」と振り返った。",
    ],
)
def test_a_japanese_named_topic_keeps_a_quotation_from_a_word_after_it(text):
    # A word set after `の` or a prefix is no person to take it from the named one.
    (quote,) = extract(text).quotes
    assert quote.speaker == "山田太郎"


def test_a_japanese_topic_no_entity_names_speaks_the_quotation_after_it():
    # The topic set a sentence before, a person by its form alone.
    text = (
        "題\n\nモデルのミサキが会見に登場した。集まった報道陣を前に、"
        "「撮影はとても楽しかったです」と話した。"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "ミサキ"


@pytest.mark.parametrize(
    "text",
    [
        "題\n\n西山健太郎は、記者が引退について質問すると、「まだまだ走れます」と答えた。",
        "題\n\n西山健太郎は、司会者が話を振ると「本当に嬉しいです」と語った。",
    ],
)
def test_the_subject_of_a_clause_before_the_quotation_is_not_its_speaker(text: str):
    # `記者が…すると、`: who asked; the sentence's topic answers.
    (quote,) = extract(text).quotes
    assert quote.speaker == "西山健太郎"


@pytest.mark.parametrize(
    "key, bare",
    [
        ("qrsトキワ", "トキワ"),
        ("qrs東日本", None),  # kanji after the letters: a region or a trade
        ("トキワ", None),
        ("qトキワ", None),
        ("bsトキワ", None),  # a satellite channel, not its network
        ("csトキワ", None),
        ("usトキワ", None),  # a country's letters: one company's name
    ],
)
def test_a_company_without_its_groups_letters(key, bare) -> None:
    assert without_group_prefix(key) == bare
