"""Entity extraction: roles, acronyms, short names, junk, languages, offsets."""

from __future__ import annotations

import sys
from itertools import pairwise, product
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.entities import find_entities, tokenize
from reader.extract.tagger import TAGS, allowed, viterbi

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"


def entities(text: str, lang: str = "id"):
    return find_entities(text, [(0, len(text))], lang)


def by_text(text: str, lang: str = "id"):
    return {m.text: m for m in entities(text, lang)}


def test_title_is_the_role_not_part_of_the_name():
    found = by_text(
        "Presiden Joko Widodo bertemu Menteri Dalam Negeri Tito Karnavian "
        "di Istana Merdeka, Jakarta."
    )
    assert found["Joko Widodo"].type == "PER"
    assert found["Joko Widodo"].role == "Presiden"
    assert found["Tito Karnavian"].role == "Menteri Dalam Negeri"
    assert found["Jakarta"].type == "LOC"
    assert not any("Presiden" in t or "Menteri" in t for t in found)


def test_acronym_takes_the_long_form_and_its_key_everywhere():
    text = (
        "Badan Pusat Statistik (BPS) mencatat inflasi 2 persen. Menurut data BPS, harga beras naik."
    )
    mentions = entities(text)
    bps = [m for m in mentions if m.text == "BPS"]
    long_form = [m for m in mentions if m.text == "Badan Pusat Statistik"]
    assert len(bps) == 2
    assert long_form
    assert {m.long_form for m in bps} == {"Badan Pusat Statistik"}
    assert {m.key for m in bps} == {long_form[0].key}


def test_name_after_a_title_in_brackets_is_not_an_acronym():
    found = by_text("Pak Menkeu (Purbaya) datang ke kantor DPR di Jakarta.")
    assert all(m.long_form is None for m in found.values())


def test_surname_alone_takes_the_full_name_key():
    mentions = entities("Prabowo Subianto tiba di Bandung. Setelah itu Prabowo bertemu warga.")
    keys = {m.text: m.key for m in mentions}
    assert keys["Prabowo"] == keys["Prabowo Subianto"]


@pytest.mark.parametrize(
    "text, lang, full, short",
    [
        (
            "Menteri Agama Hasan Ma'sum membuka acara. Menurut Ma'sum, hal itu wajar.",
            "id",
            "Hasan Ma'sum",
            "Ma'sum",
        ),
        (
            "Fiona O'Rourke joined the board in May. Asked why, O'Rourke smiled.",
            "en",
            "Fiona O'Rourke",
            "O'Rourke",
        ),
    ],
)
def test_a_name_with_an_apostrophe_is_whole_and_its_surname_recurs(text, lang, full, short):
    mentions = entities(text, lang)
    found = {m.text: m for m in mentions}
    assert found[full].type == "PER"
    # The surname alone, after a common word that opens the sentence.
    assert found[short].key == found[full].key
    assert not any(m.text in ("Menurut", "Asked") for m in mentions)


def test_a_contraction_is_no_name():
    found = by_text('"We\'re ready," said Tom Baker. "I\'m sure. Don\'t worry," he added.', "en")
    assert set(found) == {"Tom Baker"}


def test_a_last_name_is_recalled_only_apart_from_other_capitalised_words():
    mentions = entities("Nadia Pratiwi hadir. Kemudian Pratiwi Group menjual saham.")
    assert [m.text for m in mentions if m.key == "nadia pratiwi"] == ["Nadia Pratiwi"]


def test_a_letter_before_a_word_is_no_name():
    text = "Analysts were cautious. K-pop fans met Lee Soo-man in Seoul. E-commerce grew."
    found = by_text(text, "en")
    assert "K-pop" not in found and "E-commerce" not in found
    assert found["Lee Soo-man"].type == "PER"


def test_days_months_pronouns_and_sentence_openers_are_not_entities():
    text = (
        "Pada Senin (21/10/2025), Dia datang. Namun, Kami menolak. "
        "Dalam rapat Oktober lalu, Bapak itu diam. Selasa, 5 Maret 2024."
    )
    names = {m.text for m in entities(text)}
    assert not names & {"Senin", "Dia", "Namun", "Kami", "Dalam", "Oktober", "Selasa", "Maret"}


def test_offsets_point_into_the_text_and_only_into_paragraphs():
    title = "Jokowi ke Surabaya\n\n"
    body = "Joko Widodo berkunjung ke Surabaya bersama Gibran Rakabuming."
    text = title + body
    mentions = find_entities(text, [(len(title), len(text))], "id")
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= len(title)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_cjk_text_yields_only_latin_names():
    mentions = entities("삼성전자는 서울에서 Samsung Galaxy 신제품을 발표했다.", "ko")
    assert [m.text for m in mentions] == ["Samsung Galaxy"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Marlene Osterholtの会社は新しい工場を建てると発表した。", "ja", "Marlene Osterholt"),
        ("Teodor Vasquez에 따르면 항구는 내일 다시 문을 연다.", "ko", "Teodor Vasquez"),
        ("PT Sinar Harbour发言人表示码头明天重新开放。", "zh", "PT Sinar Harbour"),
    ],
)
def test_a_latin_name_ends_where_the_script_changes(text, lang, name):
    """Japanese and Chinese write no space after a name, Korean joins its
    particles to it: none of that is part of the name."""
    assert [m.text for m in entities(text, lang)] == [name]


def test_tokens_split_hyphens_and_keep_sentence_starts():
    tokens = tokenize("Lee Soo-man datang. Ia pergi.")
    assert [t.text for t in tokens][:4] == ["Lee", "Soo", "-", "man"]
    assert [t.text for t in tokens if t.first] == ["Lee", "Ia"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_valid_mentions(text):
    mentions = find_entities(text, [(0, len(text))], "id")
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.type in {"PER", "ORG", "LOC", "MISC"}
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@pytest.mark.skipif(not (CORPORA / "ner").is_dir(), reason="../shared corpora absent")
def test_nergrit_valid_typed_f1_stays_above_floor():
    sys.path.insert(0, str(REPO))
    from evaluation.entities import gold_spans
    from evaluation.train_ner import read_bio

    tp = n_pred = n_gold = 0
    for sentence in read_bio(CORPORA / "ner" / "nergrit_valid.txt"):
        text, gold = gold_spans(sentence)
        pred = {(m.start, m.end, m.type) for m in entities(text)}
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    f1 = 2 * tp / (n_pred + n_gold)
    assert f1 >= 0.68


@pytest.mark.skipif(not (CORPORA / "id" / "detik").is_dir(), reason="../shared corpora absent")
def test_frequent_detik_entities_are_not_junk():
    from collections import Counter

    from reader.extract import extract
    from reader.extract.lang import rules_for

    keys: Counter[str] = Counter()
    for path in sorted((CORPORA / "id" / "detik").glob("*.txt"))[:200]:
        text = path.read_text(encoding="utf-8")
        article = extract(text)
        keys.update(m.key for m in find_entities(text, article.paragraphs, "id"))
    rules = rules_for("id")
    junk = rules.words("stop_names") | rules.roles | rules.common
    top = [k for k, _ in keys.most_common(100)]
    assert not [k for k in top if k in junk]


def test_organisation_and_person_after_a_role_word_are_split():
    found = by_text("Acara itu disaksikan oleh CEO Nuri Dynamics Park Ji Hoon di Seoul.")
    assert found["Park Ji Hoon"].type == "PER"
    assert found["Nuri Dynamics"].type == "ORG"
    assert not any("Dynamics Park" in t for t in found)


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        (
            "Mexican President Andrés Manuel López Obrador visited the plant on Monday. "
            "López Obrador said the plant would stay open.",
            "en",
            "Manuel López Obrador",
        ),
        (
            "Gubernur Ahmad Budi Santoso meninjau pabrik itu pada Senin. "
            "Budi Santoso mengatakan pabrik tetap buka.",
            "id",
            "Ahmad Budi Santoso",
        ),
    ],
)
def test_a_name_after_a_role_is_not_split_at_a_given_name(text, lang, whole):
    """A person with two given names or two surnames, named later by the
    shorter form, is no body followed by its holder."""
    found = by_text(text, lang)
    assert found[whole].type == "PER"
    assert not {"Manuel", "Ahmad"} & found.keys()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # a word for a body heads the long form, and the body has a director
            "Judul Berita\n\nLintang - Air bersih disalurkan oleh perusahaan daerah air "
            "minum (PDAM) setempat. Direktur PDAM, Budi Santoso, mengatakan pasokan aman.\n",
            "PDAM",
        ),
        (  # the long form's head alone
            "Judul Berita\n\nLintang - Air bersih disalurkan oleh perusahaan daerah air "
            "minum (PDAM) setempat. PDAM menambah dua mobil tangki.\n",
            "PDAM",
        ),
        (  # the body's staff alone
            "Headline\n\nLONDON - Residents got bottled water from the regional water "
            "utility (RWU), which said a pipe had burst. RWU engineers worked through "
            "the night.\n",
            "RWU",
        ),
    ],
)
def test_a_body_spelled_out_in_lower_case_keeps_its_acronym(text, body):
    """Some bodies are spelled out in lower case, as indexes and units are:
    the body's head word or its staff tell them apart."""
    from reader.extract.pipeline import extract

    found = {m.text: m.type for m in extract(text).entities}
    assert found.get(body) == "ORG"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Headline\n\nLONDON - The cost of living index (CLI) rose by a tenth, Ana Ruiz "
            "said. The CLI fell again in May.\n",
            "CLI",
        ),
        (
            "Judul Berita\n\nLintang - Pemerintah menaikkan dana alokasi untuk desa (DAD) "
            "tahun ini. DAD dibagi rata, kata Budi Santoso.\n",
            "DAD",
        ),
    ],
)
def test_a_lower_case_long_form_skips_the_languages_function_words(text, term):
    """``of`` and ``untuk`` (each language's ``unlettered``) give the
    acronym of a term no letter; the term is still no name."""
    from reader.extract.pipeline import extract

    assert term not in {m.text for m in extract(text).entities}


def test_gazetteers_type_names_no_corpus_shows():
    """A foreign town and a given name that the unlabelled news never has:
    the place and given-name lists type them (an ORG and a PER without)."""
    assert by_text("Pesawat itu transit di Winnipeg dan Anchorage.")["Anchorage"].type == "LOC"
    assert by_text("Setelah itu Bartholomew menolak tawaran tersebut.")["Bartholomew"].type == "PER"


def test_gazetteer_features_of_words_and_runs():
    from reader.extract import tagger as T
    from reader.extract.lexicon import common_words, gazetteer, place_parts

    common = common_words("id")
    assert gazetteer("places")["salt lake city"] < "3"
    assert {"salt", "lake"} <= place_parts()
    assert "gp=0" in T.word_features("Wyoming", False, common)
    assert "gn=-" not in T.word_features("Gwendolyn", False, common)
    lows = ["di", "salt", "lake", "city", "dan", "gwendolyn", "smith"]
    assert "grun=-" not in T.run_features(lows, (1, 4))
    assert "rfgn=-" not in T.run_features(lows, (5, 7))
    assert "rfgn=-" in T.run_features(lows, (1, 4))


def test_company_words_make_an_organisation():
    found = by_text("Perjanjian dengan Cobalt Securities diteken kemarin.", "id")
    assert found["Cobalt Securities"].type == "ORG"


def test_a_word_that_describes_an_organisation_types_the_name_everywhere():
    text = (
        "Shares in Yakumo rose on Monday. Yakumo said sales doubled, "
        "and the Japanese electronics giant Yakumo expects more."
    )
    found = {(m.text, m.type) for m in entities(text, "en")}
    assert found == {("Yakumo", "ORG")}
    (garuda,) = entities("Penumpang maskapai Garudia mengeluh. Garudia minta maaf.", "id")[:1]
    assert garuda.type == "ORG"


def test_a_person_named_in_full_stays_a_person_beside_the_company_of_his_name():
    text = "Michael Dell founded the firm in 1984. The computer maker Dell grew fast."
    assert {(m.text, m.type) for m in entities(text, "en")} >= {("Michael Dell", "PER")}


def test_other_languages_days_and_pronouns_do_not_hide_names():
    found = by_text("The EU said on Monday that Lei Jun met Domingo in Madrid.", "en")
    assert {"EU", "Lei Jun", "Domingo"} <= set(found)


def test_mentions_never_overlap_when_a_name_grows_over_its_hyphen():
    text = "Bluewave executive producer Kim Seo-yeon said the idea came from a letter."
    found = entities(text, "en")
    assert "Kim Seo-yeon" in {m.text for m in found} and "yeon" not in {m.text for m in found}
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_a_country_or_capital_the_tagger_called_an_organisation_is_a_place():
    found = by_text("Robots will tour cities such as Jakarta and Manila outside South Korea.", "en")
    assert found["Manila"].type == "LOC" and found["South Korea"].type == "LOC"


def test_a_name_before_a_function_and_a_person_is_where_the_person_works():
    found = by_text("Bluewave executive producer Kim Seo-yeon said the idea came first.", "en")
    assert (found["Bluewave"].type, found["Kim Seo-yeon"].role) == ("ORG", "executive producer")


def test_an_article_after_a_dateline_dash_is_not_part_of_a_name():
    text = "DAEJEON, South Korea (Meridian Wire) - A Hanbit Telecom unit is teaming up."
    assert "Hanbit Telecom" in by_text(text, "en")
    assert "A Rahman" in by_text("Menurut A Rahman dari BPS, harga naik.", "id")


def test_a_lone_person_named_like_a_country_or_capital_is_the_place():
    from reader.extract.entities import _places_alone
    from reader.extract.model import EntityMention

    found = _places_alone(
        [
            EntityMention("Ireland", "PER", 0, 7, "ireland"),
            EntityMention("Jordan", "PER", 20, 26, "michael jordan"),  # his surname
            EntityMention("Paris", "PER", 30, 35, "paris", role="Ms"),
            EntityMention("Tesco", "PER", 40, 45, "tesco"),
        ]
    )
    assert [m.type for m in found] == ["LOC", "PER", "PER", "PER"]


def test_hyphenated_korean_given_name_stays_whole():
    found = by_text("The deal was announced by chief executive Park Ji-hoon in Seoul.", "en")
    assert "Park Ji-hoon" in found


def test_sentence_initial_function_words_are_not_names():
    text = "Les robots arrivent à Lyon. En France, Claire Vasseur dirige le projet."
    names = {m.text for m in entities(text, "fr")}
    assert not names & {"Les", "En"}
    assert "Claire Vasseur" in names


def test_sentence_initial_common_noun_is_not_a_person():
    text = "Robot itu dibuat di Karawang. Pantauan di lokasi, antrean truk mengular."
    names = {m.text for m in entities(text)}
    assert not names & {"Robot", "Pantauan"}


def test_institution_head_alone_is_not_an_entity():
    names = {m.text for m in entities("Pihak Polda masih menyelidiki kasus itu di Medan.")}
    assert "Polda" not in names


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.floats(-5, 5), min_size=len(TAGS), max_size=len(TAGS)), min_size=1, max_size=6
    ),
    st.lists(st.floats(-5, 5), min_size=len(TAGS) ** 2, max_size=len(TAGS) ** 2),
)
def test_viterbi_paths_are_well_formed_bio(emissions, flat):
    trans = [flat[k * len(TAGS) : (k + 1) * len(TAGS)] for k in range(len(TAGS))]
    path = [TAGS[k] for k in viterbi(emissions, trans, [0.0] * len(TAGS))]
    assert len(path) == len(emissions)
    assert all(allowed(p, t) for p, t in pairwise(["O", *path]))


@given(
    st.lists(
        st.lists(st.floats(-5, 5), min_size=len(TAGS), max_size=len(TAGS)), min_size=1, max_size=4
    ),
    st.lists(st.floats(-5, 5), min_size=len(TAGS) ** 2, max_size=len(TAGS) ** 2),
    st.lists(st.floats(-5, 5), min_size=len(TAGS), max_size=len(TAGS)),
    st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_viterbi_finds_the_best_well_formed_path(emissions, flat, end, names):
    """Every well-formed path scores at most as much as Viterbi's (which
    looks only at the tags that may open a run after the first token)."""
    n = len(TAGS)
    trans = [flat[k * n : (k + 1) * n] for k in range(n)]
    names = names[: len(emissions)]

    def total(path):
        tags = [0, *path]
        return (
            sum(trans[p][t] for p, t in pairwise(tags))
            + sum(em[t] for em, t in zip(emissions, path, strict=True))
            + end[path[-1]]
        )

    paths = [
        path
        for path in product(range(n), repeat=len(emissions))
        if all(allowed(TAGS[p], TAGS[t]) for p, t in pairwise([0, *path]))
        and not any(name and t == 0 for name, t in zip(names, path, strict=True))
    ]
    best = viterbi(emissions, trans, end, names)
    assert tuple(best) in paths
    assert total(best) >= max(map(total, paths)) - 1e-9


def test_tag_run_fast_path_matches_training_features():
    """``_tag_run`` builds the context feature strings inline for speed; its
    scores must be those of ``features``, which training uses."""
    from reader.extract import tagger as T
    from reader.extract.lexicon import common_words

    text = (
        "Jakarta - Menteri Keuangan Sri Mulyani Indrawati bertemu CEO Nuri Dynamics"
        ' Park Ji Hoon di Universitas Gadjah Mada (UGM), Yogyakarta. "Kami siap,"'
        " kata Presiden Prabowo Subianto kepada Bank Indonesia dan PT Pertamina."
    )
    tokens = T.tokenize(text)
    weights = T.load_model()
    trans, end = T.transitions(weights)
    for every_name in (False, True):
        common = common_words("en" if every_name else "id")
        lows = [t.text.lower() for t in tokens]
        for rs, re_ in T.runs(T.candidates(tokens)):
            lo, hi = max(rs - 2, 0), min(re_ + 2, len(tokens))
            window = tuple((t.text, t.first) for t in tokens[lo:hi])
            run = (rs - lo, re_ - lo)
            wtoks = [T.Token(w, 0, 0, f, False) for w, f in window]
            wlows = lows[lo:hi]
            emissions = [
                T.score(weights, T.features(wtoks, wlows, i, common, run)) for i in range(*run)
            ]
            if not every_name:
                expected = tuple(T.viterbi(emissions, trans, end))
                assert T._tag_run(window, *run, common, every_name) == expected


def test_a_possessive_name_is_the_name():
    text = "Politifact checked Donald Trump’s claim. Later, Trump's statement was read out."
    found = [m for m in entities(text, "en") if m.type == "PER"]
    assert [m.text for m in found] == ["Donald Trump", "Trump"]
    assert {m.key for m in found} == {"donald trump"}


def test_a_company_word_after_the_first_makes_an_organisation():
    found = by_text("Shares in Allied Irish Banks rose, and Irish shares hit a record.", "en")
    assert found["Allied Irish Banks"].type == "ORG" and "Irish" not in found
    text = "Japan could grow, asks Glen Wood, Vice President of Deutsche Securities Japan, today."
    found = by_text(text, "en")
    assert (found["Deutsche Securities Japan"].type, found["Japan"].type) == ("ORG", "LOC")


@pytest.mark.parametrize(
    "text, lang, nick, full",
    [
        (
            "Polisi memeriksa Hendra Wijayakusuma yang akrab disapa Ocha. Ocha membantah.",
            "id",
            "Ocha",
            "Hendra Wijayakusuma",
        ),
        ("Bupati Rahmat Sulaiman atau Rasul datang. Rasul tersenyum.", "id", "Rasul", None),
        ("The winger Daniel Okafor, known as Dano, scored. Dano left.", "en", "Dano", None),
        ("Polisi menahan Hendra Wijayakusuma (Ocha) kemarin. Ocha diam.", "id", "Ocha", None),
        ("Polisi menahan Hendra yang akrab disapa Ocha. Ocha diam.", "id", "Ocha", "Hendra"),
    ],
)
def test_a_name_a_person_goes_by_is_that_person(text, lang, nick, full):
    mentions = entities(text, lang)
    full_key = next(m.key for m in mentions if (m.text == full if full else " " in m.text))
    nicks = [m for m in mentions if m.text == nick]
    assert len(nicks) == 2
    assert {(m.type, m.key) for m in nicks} == {("PER", full_key)}


def test_a_role_or_party_in_brackets_is_no_name_the_person_goes_by():
    mentions = entities("Jaksa memeriksa Kamal Mopangga (Tersangka) dan Rudi Hartono (Gerindra).")
    assert not any(m.long_form for m in mentions)
    assert {m.key for m in mentions if m.text == "Gerindra"} == {"gerindra"}


def test_or_between_two_names_is_two_people():
    mentions = entities(
        "Warga memilih Rahmat Sulaiman atau Bambang Hidayat, juga Rahmat atau Yoga."
    )
    keys = {m.text: m.key for m in mentions}
    assert keys["Bambang Hidayat"] == "bambang hidayat"
    assert keys.get("Yoga", "yoga") == "yoga"


def test_a_persons_initials_led_by_their_title_are_that_person():
    mentions = entities("Gubernur Kang Asep Sunarya (KAS) meninjau banjir. KAS meminta bantuan.")
    kas = [m for m in mentions if m.text == "KAS"]
    assert len(kas) == 2
    assert {(m.type, m.key) for m in kas} == {("PER", "asep sunarya")}


def test_nationality_words_are_no_entities_and_stay_out_of_names():
    text = "American buyers met South Korean rivals and Luc Perrot in Lyon."
    found = {m.text: m.type for m in entities(text, "en")}
    assert not {"American", "South Korean", "Korean"} & set(found)
    assert found["Lyon"] == "LOC"


def test_a_name_clipped_word_by_word_is_the_organisation_the_article_named_in_full():
    found = entities(
        "Club news\n\nWestbridge United signed a new striker on Monday. The Westbridge Utd"
        " manager, Carl Moreton, said the deal was done. Later Westbridge Utd lost.",
        "en",
    )
    clipped = [m for m in found if m.text == "Westbridge Utd"]
    assert clipped and all(m.key == "westbridge united" and m.type == "ORG" for m in clipped)


def test_a_clipped_name_that_fits_two_organisations_stays_apart():
    found = by_text(
        "Bank news\n\nHarbour Central Bank reported results on Monday. Separately, Harbour"
        " Citadel Bank cut jobs. Harbour Ctl Bank said profits rose.",
        "en",
    )
    assert found["Harbour Ctl Bank"].key == "harbour ctl bank"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The harbour operator Teluk Marine reported a loss of HK$215m, said Anna Lowe.", "en"),
        ("The NZ$80m bond of Kerrin Foods sold out, its chief Tom Vale said.", "en"),
        ("Laba PT Sinar Duta naik menjadi US$14 juta, kata Rudi Hartono.", "id"),
    ],
)
def test_a_currencys_country_letters_are_money_not_a_place(text, lang):
    """`HK$215m` is a sum of money: its letters name no place the story is about."""
    found = by_text(text, lang)
    assert not {"HK", "NZ", "US"} & set(found)
    assert any(m.type == "PER" for m in found.values())


def test_a_country_written_apart_from_a_dollar_sign_is_still_named():
    found = by_text("Talks between the US and Vietnam ended, said Anna Lowe.", "en")
    assert found["US"].type == "LOC"
