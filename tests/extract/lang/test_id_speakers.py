"""Indonesian: who said a quotation, where the cue names nobody or more than
the speaker (made-up text).

Shapes of Indonesian news: a passive verb of saying with its agent after it
(``Hal itu disampaikan Kapolres …``), a ``Menurut`` phrase naming the office
alone, a cue whose clause goes on with a verb and its object (``kata Zakaria
mendampingi Sahara``).
"""

from __future__ import annotations

from reader.extract.attribution import _role_clause
from reader.extract.lang import rules_for
from reader.extract.pipeline import extract


def _speakers(body: str) -> list[str | None]:
    article = extract(f"Berita Hari Ini\n\nJakarta - {body}\n")
    return [q.speaker for q in article.quotes]


def test_the_agent_of_a_passive_verb_of_saying_is_whom_katanya_means() -> None:
    assert _speakers(
        "Hal itu disampaikan Kapolres Lintang AKBP Budi Hartono saat ditemui di kantornya."
        '\n\n"Pelaku sudah kami tahan," katanya.'
    ) == ["Budi Hartono"]
    assert _speakers(
        "Pajak pedagang daring ditunda. Hal ini diungkapkan oleh Direktur Jenderal Pajak "
        "Banyu Hartanto.\n\nDia mengatakan, berdasarkan arahan Menteri Keuangan Purnomo "
        'Wibisono pungutan itu ditunda.\n\n"Penunjukan platform ditunda dulu," kata dia.'
    ) == ["Banyu Hartanto"]


def test_a_passive_verb_that_is_not_of_saying_names_no_speaker() -> None:
    speakers = _speakers(
        "Rudi Santoso memimpin rapat pagi itu. Gedung baru itu diresmikan Bupati Lintang "
        'Ahmad Fauzi kemarin.\n\n"Kami bangga dengan gedung ini," ujarnya.'
    )
    assert speakers[0] in ("Rudi", "Rudi Santoso")


def test_menurut_an_office_alone_is_the_person_named_with_it() -> None:
    speakers = _speakers(
        "Kapolres Lintang AKBP Budi Hartono meninjau lokasi banjir bersama Bupati Lintang "
        "Rudi Santoso.\n\nMenurut Kapolres, ada tiga desa yang terdampak banjir.\n\n"
        '"Warga sudah kami evakuasi ke tempat aman," katanya.'
    )
    assert speakers == ["Budi Hartono"]


def test_menurut_a_person_after_an_office_holder_is_that_person() -> None:
    speakers = _speakers(
        "Kapolres Lintang AKBP Budi Hartono meninjau lokasi banjir bersama Bupati Lintang "
        "Rudi Santoso.\n\nMenurut Rudi, ada tiga desa yang terdampak banjir.\n\n"
        '"Warga sudah kami evakuasi ke tempat aman," katanya.'
    )
    assert speakers[0] in ("Rudi", "Rudi Santoso")


def test_a_cue_naming_the_speaker_then_a_verb_and_its_object_is_the_speakers() -> None:
    speakers = _speakers(
        "Sahara melapor ke polisi. Terpisah kuasa hukum Sahara, Budi Zakaria, mengatakan "
        'pihaknya fokus.\n\n"Hari ini kami melaporkan dugaan fitnah," kata Zakaria '
        "mendampingi Sahara."
    )
    assert speakers == ["Budi Zakaria"]


def test_a_long_role_joined_by_dan_still_leads_to_its_holder() -> None:
    speakers = _speakers(
        '"Kami sudah siap," ujar Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK Asep '
        "Guntur Wibawa."
    )
    assert speakers == ["Asep Guntur Wibawa"]


def test_a_neighbourhood_units_number_in_the_role_leads_to_the_name() -> None:
    body = (
        'Budi Santoso meninjau lokasi banjir.\n\n"Kami akan bantu," ujar Budi.\n\n'
        '"Posko dibuka siang malam," tutur Ketua RT 05/RW 03 Joko Susilo.'
    )
    assert _speakers(body) == ["Budi Santoso", "Joko Susilo"]


def test_a_role_with_a_number_and_no_name_names_nobody_new() -> None:
    body = (
        'Budi Santoso meninjau lokasi banjir.\n\n"Kami akan bantu," ujar Budi.\n\n'
        '"Posko dibuka siang malam," tutur Ketua RT 05.'
    )
    assert _speakers(body) == ["Budi Santoso", "Budi Santoso"]


_TWO_OFFICES = (
    "Kapolda Jawa Barat Irjen Rudi Sasongko meninjau lokasi bersama Gubernur Jawa Barat "
    "Dedi Mulyana.\n\n"
)


def test_an_office_alone_as_speaker_is_its_holder_not_the_last_person_named() -> None:
    assert _speakers(_TWO_OFFICES + '"Kami akan bantu," ujar Gubernur.') == ["Dedi Mulyana"]


def test_an_office_with_its_province_written_short_is_its_holder() -> None:
    assert _speakers(_TWO_OFFICES + '"Kami akan bantu," kata Gubernur Jabar.') == ["Dedi Mulyana"]


def test_an_office_whose_holder_was_named_last_stays_with_them() -> None:
    assert _speakers(_TWO_OFFICES + '"Kami akan bantu," kata Kapolda.') == ["Rudi Sasongko"]


def test_an_office_alone_passes_over_its_region_read_as_a_person() -> None:
    speakers = _speakers(
        "Bupati Ogan Lintang Ilir (OLI) Rudi Santoso meninjau lokasi banjir. Rudi Santoso "
        'menyebut bantuan datang.\n\nRudi lalu bertemu Camat Ahmad Yani.\n\n"Kami akan '
        'bantu," ujar Bupati.'
    )
    assert speakers == ["Rudi Santoso"]


def test_a_units_number_goes_with_the_role_only_in_indonesian() -> None:
    text = "tutur Ketua RT 05 Joko"
    assert _role_clause(text, 6, len(text), rules_for("id"))[0] == "Joko"
    # English names open with digits (`20th Century Fox`, `3M`).
    text = "said 20th Century Fox"
    assert _role_clause(text, 5, len(text), rules_for("en"))[0] != "Century Fox"


def test_the_indonesian_passive_and_menurut_role_patterns_are_indonesian_only() -> None:
    assert rules_for("id").said_by is not None
    assert rules_for("id").according_role is not None
    assert rules_for("en").said_by is None
    assert rules_for("en").according_role is None
    assert "dan" not in rules_for("en").words("role_joiners")
