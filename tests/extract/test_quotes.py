"""Direct quotations and their speakers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.extract.entities import find_entities
from reader.extract.pipeline import extract
from reader.extract.quotes import find_quotes
from reader.extract.roles import strip_role
from reader.extract.structure import parse_structure

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def quotes_of(text: str, lang: str):
    return find_quotes(text, parse_structure(text).paragraphs, lang, [])


ID_STORY = """Pabrik Baru di Karawang

Direktur Utama PT Contoh Makmur Budi Santoso meresmikan pabrik baru pada Senin (3/3/2025).

"Pabrik ini akan menyerap seribu pekerja dari warga sekitar," kata Budi Santoso.

Ia menambahkan bahwa produksi dimulai bulan depan. "Kami mulai dengan dua lini produksi," lanjutnya.

Sementara itu, Kepala Dinas Tenaga Kerja Jawa Barat Siti Rahmawati menyambut baik rencana itu.

"Kami siap melatih calon pekerja. Pelatihannya gratis," ujar dia.

Menurut Siti, pelatihan "Karawang Terampil" dibuka untuk umum.

Produk pabrik ini dijuluki "si hijau" oleh warga.
"""


def test_titles_and_terms_in_marks_are_not_quotes() -> None:
    texts = [q.text for q in quotes_of(ID_STORY, "id")]
    assert "Karawang Terampil" not in texts
    assert "si hijau" not in texts


def test_a_cue_after_the_quote_that_names_nobody_leaves_the_speaker_to_the_one_before() -> None:
    """The company is named like a town (tagged a place), so only the cue
    before the quotation can say it speaks."""
    from reader.extract.pipeline import extract

    text = (
        'Title\n\nPeter Brown, a lawyer, doubted the deal. "It will fail," he said.\n\n'
        'In a statement, Peabody said: "We stand by the plan," adding that it had grown.'
    )
    first, second = extract(text).quotes
    assert first.speaker == "Peter Brown"
    assert second.speaker == "Peabody"


def test_nested_quote_belongs_to_the_outer_one() -> None:
    text = "Judul\n\n\"Moto kami 'Budaya dulu, ekonomi kemudian' sejak awal,\" ungkap Lee Soo Man."
    (quote,) = quotes_of(text, "id")
    assert quote.text.startswith("Moto kami 'Budaya dulu")
    assert quote.text.endswith("sejak awal,")
    assert quote.speaker == "Lee Soo Man"


def test_quote_over_two_paragraphs_is_one_per_paragraph_with_one_speaker() -> None:
    text = (
        "Title\n\n"
        '"The first part of a long statement goes here and it keeps going.\n\n'
        '"The second part ends the statement here," said Ann Lee.\n\n'
        '"A new statement starts here," said Tom Fry.'
    )
    first, second, third = quotes_of(text, "en")
    assert first.text == "The first part of a long statement goes here and it keeps going."
    assert second.text == "The second part ends the statement here,"
    assert (first.speaker, second.speaker, third.speaker) == ("Ann Lee", "Ann Lee", "Tom Fry")


def test_quotations_after_a_run_on_one_in_the_same_paragraph_are_kept() -> None:
    text = (
        "Title\n\n"
        'Ann Lee said: "The first part of a long statement goes here.\n\n'
        '"The second part ends it." Prices fell. "We expect more," said Tom Fry.'
    )
    quotes = quotes_of(text, "en")
    assert [(q.text, q.speaker) for q in quotes][-1] == ("We expect more,", "Tom Fry")


def test_a_statement_run_on_after_a_colon_keeps_its_speaker() -> None:
    text = (
        "Title\n\n"
        'Ann Lee told the paper: "The focus now is on the next model.\n\n'
        '"Buyers really like to see a world they can explore."\n\n'
        "Tom Fry disagreed."
    )
    quotes = quotes_of(text, "en")
    assert [q.text for q in quotes] == [
        "The focus now is on the next model.",
        "Buyers really like to see a world they can explore.",
    ]
    assert {q.speaker for q in quotes} == {"Ann Lee"}


def test_apostrophes_do_not_open_quotes() -> None:
    text = "Title\n\nThe company's plan isn't new, and the workers' union said so in '90s reports."
    assert quotes_of(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue"),
    [
        (
            "Titel\n\n„Wir bauen den Hafen weiter aus“, sagte Anna Schmidt am Montag.",
            "de",
            "Anna Schmidt",
            "sagte",
        ),
        (
            "Titre\n\n« Nous allons investir dans la robotique », a déclaré Marie Dubois.",
            "fr",
            "Marie Dubois",
            "a déclaré",
        ),
        (
            "Titre\n\n« C'est un bon début, mais il reste du travail », confie Claire Morel.",
            "fr",
            "Claire Morel",
            "confie",
        ),
        (
            "Título\n\n«Vamos a ampliar la terminal», afirmó la directora del puerto, Ana Ruiz, "
            "en una rueda de prensa.",
            "es",
            "Ana Ruiz",
            "afirmó",
        ),
        ("題\n\n山田太郎社長は「来年には工場を増やしたい。」と述べた。", "ja", "山田太郎", "述べ"),
        ('제목\n\n김민수 대표는 "내년에 공장을 늘리겠다"고 밝혔다.', "ko", "김민수", "밝혔다"),
        ("标题\n\n“我们将继续扩大投资。”王明表示。", "zh-cn", "王明", "表示"),
    ],
)
def test_other_languages(text: str, lang: str, speaker: str, cue: str) -> None:
    (quote,) = quotes_of(text, lang)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Menteri Dalam Negeri Tito Karnavian", "Tito Karnavian"),
        ("Presiden KAIST Lee Kwang Hyeong", "Lee Kwang Hyeong"),
        ("Ekonom Universitas Gadjah Mada (UGM) Wisnu Setiadi", "Wisnu Setiadi"),
        ("Rep. Gwen Moore (D-Wis.)", "Gwen Moore"),
        ("Budi Santoso", "Budi Santoso"),
        ("Presiden", None),
        # German writes the function and what it is of as one word.
        ("Verkehrsminister Patrick Schnieder", "Patrick Schnieder"),
        ("Bezirksstadträtin Miriam Köhler", "Miriam Köhler"),
        ("Administer Jones", "Administer Jones"),
    ],
)
def test_strip_role(name: str, bare: str | None) -> None:
    assert strip_role(name) == bare


@given(
    st.text(
        alphabet=st.sampled_from(list("ab \n\"'“”‘’«»„「」『』,.Ak")) | st.characters(),
        max_size=300,
    )
)
def test_any_text_gives_valid_quotes(text: str) -> None:
    paragraphs = parse_structure(text).paragraphs
    for lang in ("id", "en", "ja"):
        for quote in find_quotes(text, paragraphs, lang, []):
            assert 0 <= quote.start < quote.end <= len(text)
            assert text[quote.start : quote.end] == quote.text


@pytest.mark.skipif(not (CORPORA / "id" / "detik").exists(), reason="shared corpora absent")
def test_detik_quotes_are_mostly_attributed() -> None:
    """Speed is ``evaluation/quotes.py``'s figure, not a test's."""
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((CORPORA / "id" / "detik").glob("*.txt"))[:200]
    ]
    structures = [parse_structure(t).paragraphs for t in texts]
    found = [find_quotes(t, p, "id", []) for t, p in zip(texts, structures, strict=True)]
    quotes = [q for qs in found for q in qs]
    assert len(quotes) > 200
    assert sum(q.speaker is not None for q in quotes) / len(quotes) > 0.9


def test_honorific_keeps_a_surname_that_is_also_a_role_word() -> None:
    assert strip_role("Mr. King") == "King"
    text = 'Headline\n\n"They never told me what to say," Mr. King said.'
    assert [q.speaker for q in quotes_of(text, "en")] == ["King"]


def test_titles_in_marks_and_transcript_turns() -> None:
    text = (
        "Headline\n\n"
        'Mr. Ryan said on CBS\'s "Face the Nation," that the police need support.\n\n'
        "\"WALLACE: Let's start with the debate. Will she be there tomorrow?\n\n"
        '"(CROSSTALK.)'
    )
    quotes = quotes_of(text, "en")
    assert [(q.text[:8], q.speaker) for q in quotes] == [("WALLACE:", "Wallace")]


def _quotes_with_entities(text: str, lang: str):
    paragraphs = parse_structure(text).paragraphs
    return find_quotes(text, paragraphs, lang, find_entities(text, paragraphs, lang))


def test_quotation_resumed_after_its_attribution() -> None:
    text = '"Does anybody know the plan?" Graham asked. "Neither do I."'
    quotes = quotes_of("Headline\n\n" + text, "en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Does anybody know the plan?", "Graham"),
        ("Neither do I.", "Graham"),
    ]


def test_a_speaker_name_never_runs_over_a_full_stop() -> None:
    """``Wirawan. Hartono`` is the end of one sentence and the start of the
    next, not a name; the full stop of a title is not."""
    indonesian = (
        "Rapat Anggaran\n\n"
        "Rapat itu dihadiri Menteri Koordinator Bambang Sukmo Wirawan. Hartono juga datang.\n\n"
        '"Kami sudah sepakat soal anggaran," kata Bambang.\n'
    )
    english = (
        "Panel Vote\n\n"
        '"We will vote next week," said Rev. Al Moreland, who chairs the panel.\n\n'
        '"It is a good start," said Sen. Maria Lopez.\n'
    )
    assert [q.speaker for q in quotes_of(indonesian, "id")] == ["Bambang Sukmo Wirawan"]
    assert [q.speaker for q in quotes_of(english, "en")] == ["Al Moreland", "Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('제목\n\n그는 "내년에 공장을 늘리겠다"고 말했다.', "ko"),
        ("标题\n\n他说：“我们将继续扩大投资。”", "zh-cn"),
    ],
)
def test_a_cjk_pronoun_is_not_a_speakers_name(text: str, lang: str) -> None:
    """``그``/``他`` (he) stand for someone named before; without a name to
    resolve them to, the quote has no speaker rather than the pronoun."""
    (quote,) = quotes_of(text, lang)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        # A person described, not named, is the one a later cue means.
        (
            '"Kami siap," kata Bayu Prasetyo.\n\nSalah satu karyawan yang terdampak, yang '
            'enggan disebutkan namanya, mengaku kaget. "Pagi masih rapat," katanya.',
            "id",
            ["Bayu Prasetyo", "salah satu karyawan"],
        ),
        (
            '"Costs will rise," said Ken Murphy.\n\nA Treasury spokeswoman said the scheme '
            'was fair. "Producers pay, not shoppers," she said.',
            "en",
            ["Ken Murphy", "a Treasury spokeswoman"],
        ),
        (
            "Dozens lost their jobs. One of them, a senior designer who asked not to be "
            'named, said: "We were told nothing."',
            "en",
            ["a senior designer"],
        ),
        # A role that is also a common word opens the subject's title.
        (
            '"Kami buka posko," kata Rina Wulan.\n\nKepala Dinas Tenaga Kerja DKI Jakarta '
            'Hari Nugroho mengatakan posko sudah dibuka. "Silakan melapor," ucapnya.',
            "id",
            ["Rina Wulan", "Hari Nugroho"],
        ),
        ('Marks & Spencer said: "We support the scheme."', "en", ["Marks & Spencer"]),
        # French: a participle after an adverbial, and an inverted pronoun.
        (
            "Le secrétaire général de la CGT, Bertrand Hammache, a pour sa part affirmé : "
            "« La grève continue. »\n\nÀ la station Châtelet, Amélie Roux, infirmière, ne cache "
            "pas son agacement. « Je fais déjà deux heures de trajet », confie-t-elle.",
            "fr",
            ["Bertrand Hammache", "Amélie Roux"],
        ),
    ],
)
def test_described_speakers_and_other_languages_cues(text, lang, speakers) -> None:
    assert [q.speaker for q in _quotes_with_entities("Title\n\n" + text, lang)] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        # A he before the quotation is the person the sentence before named.
        ("标题\n\n对于中国同行，朴智勋坦言压力很大。他说：“我们必须更快。”", "zh", ["朴智勋"]),
        # After a full stop, a new sentence with a cue reports something else.
        (
            "标题\n\n王立峰表示：“价格是关键。”不过他也表示，公司不排斥合作。",
            "zh",
            ["王立峰"],
        ),
        # 그는 after a described speaker goes on with that speaker.
        (
            "제목\n\n대사관의 교육 담당 관계자는 “성실하다”고 말했다. 그는 “기대가 크다”고 덧붙였다.",
            "ko",
            ["교육 담당 관계자", "교육 담당 관계자"],
        ),
        # A transliterated name in parts joined by a middle dot, after a role.
        (
            "标题\n\n工会主席达尔马万·萨普特拉表示，合同已签。他说：“我们反对。”",
            "zh",
            ["达尔马万·萨普特拉"],
        ),
        # `한 가지 문제` is a thing, not someone: 그는 stays with the speaker.
        (
            "제목\n\n김민수 교수는 “성공했다”고 말했다. 한 가지 문제가 남았다. 그는 “더 해야 한다”고 말했다.",
            "ko",
            ["김민수", "김민수"],
        ),
        # A Japanese cue with no topic: the person the sentence before was about.
        (
            "題名\n\n山下浩二理事長は「増えた」と述べた。\n\n"
            "乾物店を営む田中千代子さん（78）は昨年、決済を導入した。「便利になった」と話した。",
            "ja",
            ["山下浩二", "田中千代子"],
        ),
    ],
)
def test_cjk_pronouns_and_cues_without_a_topic(text, lang, speakers) -> None:
    article = extract(text)
    assert article.lang.split("-")[0] == lang
    assert [q.speaker for q in article.quotes] == speakers


def test_a_mark_after_a_finished_sentence_opens_the_next_quotation() -> None:
    # A paragraph break inside the quotation was lost, and its closing mark with it.
    text = (
        "Mac Mini hits the shops\n\n"
        'Ian Betteridge, an editor at Mac Format, liked it. He added: "In essence, it is a laptop in a tin. '
        '"The software bundle makes your average budget PC look a bit sick." '
        "The price has drawn buyers.\n"
    )
    found = [(text[q.start : q.end], q.speaker) for q in extract(text).quotes]
    assert found == [
        ("In essence, it is a laptop in a tin.", "Ian Betteridge"),
        ("The software bundle makes your average budget PC look a bit sick.", "Ian Betteridge"),
    ]


def test_she_after_a_sentence_opened_by_a_role_and_a_name_is_that_subject() -> None:
    text = (
        "Leave plan\n\n"
        "Conservative economist Aparna Mathur, who studies tax policy, said Ivanka Trump's "
        "statement did not clarify the matter.\n\n"
        '"It is not clear who would pay for it," she said.\n'
    )
    entities = find_entities(text, parse_structure(text).paragraphs, "en")
    found = find_quotes(text, parse_structure(text).paragraphs, "en", entities)
    assert [q.speaker for q in found] == ["Aparna Mathur"]


def test_it_and_the_club_said_are_the_organisation_named_before() -> None:
    text = (
        "Stadium costs\n\n"
        "Shares in Multiplex fell. Multiplex must win claims against subcontractors.\n\n"
        '"The claims are sound," it said.\n\n'
        "Manchester United's board met on Monday.\n\n"
        '"The plan is aggressive," the club said in its statement.\n\n'
        '"It is now a criminal investigation," a BaFin spokeswoman said.\n\n'
        '"We found signs of manipulation," the spokeswoman said.\n\n'
        '"It was a bomb," the mayor said.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == [
        "Multiplex",
        "Manchester United",
        "a BaFin spokeswoman",
        "a BaFin spokeswoman",
        "the mayor",  # a role is not looked up: news gold writes the description
    ]


def test_a_name_behind_an_employer_and_a_role_after_the_cue() -> None:
    text = (
        "Opera browser\n\n"
        '"Our mission was always to help everyone," said Opera spokeswoman, Berit Hanson.\n\n'
        '"It had to be shown," said De Telegraaf\'s image editor, Peter Schoonen.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Berit Hanson", "Peter Schoonen"]


def test_it_after_a_thing_that_spoke_is_that_thing() -> None:
    text = (
        "Campaign\n\n"
        "Shares in Multiplex fell after a story ran.\n\n"
        '"They called it the comeback of the decade," the article read.\n\n'
        '"After the collapse of the market, he rebuilt," it added.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["the article", "the article"]


@given(
    st.text(alphabet=st.sampled_from(list('ab .!?。\n"Mr')), max_size=3000),
    st.integers(0, 3000),
    st.integers(0, 3000),
)
def test_last_break_is_where_the_last_sentence_break_ends(text, start, end):
    """Read back in windows, the last break is the one a scan from the
    paragraph's start finds, wherever it stands (a window's edge included)."""
    from reader.extract.attribution import _last_break
    from reader.extract.speaker_names import SENTENCE_BREAK

    start, end = sorted((min(start, len(text)), min(end, len(text))))
    expected = start
    for match in SENTENCE_BREAK.finditer(text, start, end):
        expected = match.end()
    assert _last_break(text, start, end) == expected


def test_a_paragraph_of_many_short_quotations_gives_each_its_speaker():
    """Hundreds of quotations in one paragraph (a transcript pasted as one
    line) are each attributed, to the speaker of their own sentence."""
    sentence = 'Menteri Rina Hartono berkata "kami siap bekerja" di Bandung. '
    other = 'Gubernur Dedi Kurnia menjawab "kami juga siap" di Bogor. '
    text = "Judul\n\n" + (sentence + other) * 400 + "\n"
    quotes = extract(text).quotes
    assert len(quotes) == 800
    assert [q.speaker for q in quotes[:2]] == ["Rina Hartono", "Dedi Kurnia"]
    assert {q.speaker for q in quotes[::2]} == {"Rina Hartono"}
    assert {q.speaker for q in quotes[1::2]} == {"Dedi Kurnia"}
