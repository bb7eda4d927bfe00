"""Indonesian: what a name next to a common noun or a short office is
(made-up text).

``warga`` and the place its people live in (``warga Sukamaju``); the short
forms of offices and ranks news writes before a holder's name (``Sekda``,
``Dubes``, ``Wakapolres``, ``Irjen``), which are no organisation and no part
of the name.
"""

from __future__ import annotations

from reader.extract.lang.id.mentions import revised
from reader.extract.model import EntityMention
from reader.extract.pipeline import extract


def _mentions(body: str) -> list[tuple[str, str, str | None]]:
    article = extract(f"Berita Hari Ini\n\nJakarta - {body}\n")
    return [(m.text, m.type, m.role) for m in article.entities if m.text != "Jakarta"]


def _names(body: str) -> dict[str, str]:
    return {text: typ for text, typ, _ in _mentions(body)}


def test_the_place_after_warga_is_a_place() -> None:
    assert _names("Warga Sukamaju mengeluhkan jalan yang rusak.") == {"Sukamaju": "LOC"}
    assert _names("Puluhan warga Cibodas menolak rencana itu.") == {"Cibodas": "LOC"}


def test_a_person_named_after_warga_stays_a_person() -> None:
    names = _names("Seorang warga, Rina Marlina, mengaku kesal karena jalan rusak.")
    assert names.get("Rina Marlina") == "PER"
    assert _names("Seorang warga bernama Rina mengaku kesal.").get("Rina") == "PER"


def test_short_offices_before_a_name_are_roles() -> None:
    names = _names(
        "Sekda Kabupaten Lintang Ahmad Yani membuka acara itu. Dubes RI untuk Jepang "
        "Heri Santoso juga hadir bersama Irjen Budi Hartono."
    )
    assert "Sekda" not in names
    assert "Dubes RI" not in names
    assert names.get("Ahmad Yani") == "PER"
    assert names.get("Heri Santoso") == "PER"
    assert names.get("Budi Hartono") == "PER"
    roles = {text: role for text, _, role in _mentions("Ia bertemu Wakapolres Kompol Andi Wijaya.")}
    assert roles["Andi Wijaya"].startswith("Wakapolres")


def test_a_place_after_a_short_office_stays_a_place() -> None:
    names = _names("Wakapolres Lintang Kompol Andi Wijaya meninjau Desa Sukamaju kemarin.")
    assert names.get("Desa Sukamaju") == "LOC"
    assert names.get("Andi Wijaya") == "PER"


def test_the_place_of_a_unit_its_head_is_named_with_is_a_place() -> None:
    mentions = _mentions("Kapolsek Tanah Lintang Kompol Rudi Santoso mengatakan pelaku kabur.")
    assert ("Tanah Lintang", "LOC", None) in mentions
    assert "Lintang" not in {text for text, _, _ in mentions}
    assert _names("Kapolres Sikka AKBP Rudi Santoso mengatakan berkas lengkap.") == {
        "Sikka": "LOC",
        "Rudi Santoso": "PER",
    }


def test_a_unit_head_named_with_a_rank_alone_names_no_place() -> None:
    names = _names("Kapolres AKBP Rudi Santoso mengatakan berkas lengkap.")
    assert names == {"Rudi Santoso": "PER"}


def test_a_provinces_short_form_is_no_persons_name() -> None:
    names = _names(
        "Kepala Perwakilan BI Sulteng Rudi Santoso membuka acara. Selain itu, BI Sulteng "
        "juga menyiapkan pelatihan bagi UMKM di Sulteng."
    )
    assert names.get("BI Sulteng") == "ORG"
    assert names.get("Sulteng") == "LOC"
    assert names.get("Rudi Santoso") == "PER"


def test_a_person_whose_name_ends_like_a_place_stays_a_person() -> None:
    names = _names("Ketua panitia Rudi Bali mengatakan acara digelar di Denpasar.")
    assert names.get("Rudi Bali") == "PER"


def test_a_lowercase_outlets_channel_is_an_organisation() -> None:
    names = _names(
        "Hal itu disampaikan Kabiro detikSulteng Rudi Santoso saat audiensi. Seperti "
        "dilansir detikSulteng, acara berlangsung lancar."
    )
    assert names.get("detikSulteng") == "ORG"
    assert names.get("Rudi Santoso") == "PER"


def test_a_name_that_only_starts_like_an_outlet_is_left_alone() -> None:
    names = _names("Pelatih Detiko Santoso memimpin latihan di Stadion Lintang kemarin.")
    assert names.get("Detiko Santoso") == "PER"


def test_a_country_after_the_noun_it_modifies_stays_a_place() -> None:
    names = _names(
        "Tiga lembaga Jerman merilis survei baru. Ekonomi Jerman melambat, dan warga Jerman "
        "mulai menabung."
    )
    assert names.get("Jerman") == "LOC"
    assert _names("Timnas Korea Selatan menang 2-0 atas tuan rumah.").get("Korea Selatan") == (
        "LOC"
    )


def test_a_company_after_a_descriptor_is_still_a_company() -> None:
    names = _names("Saham maskapai Garuda naik, dan perusahaan Lintasindo juga menguat.")
    assert names.get("Garuda") == "ORG"


def test_a_country_after_a_role_is_whose_office_then_its_holder() -> None:
    names = _names("Presiden Lintang Jaya bertemu PM Jepang Hiroshi Tanabe di Istana Merdeka.")
    assert names.get("Jepang") == "LOC"
    assert names.get("Hiroshi Tanabe") == "PER"
    names = _names("Dubes Amerika Serikat Karen Whitfield hadir dalam acara itu.")
    assert names.get("Amerika Serikat") == "LOC"
    assert names.get("Karen Whitfield") == "PER"


def test_a_country_of_two_words_after_a_role_stays_whole() -> None:
    names = _names("Presiden Korea Selatan Park Min Ho menyambut tamu negara.")
    assert names.get("Korea Selatan") == "LOC"
    assert "Korea" not in names and "Selatan" not in names


def test_a_country_of_several_words_after_a_role_is_no_country_and_a_person() -> None:
    for country in ("Sudan Selatan", "Inggris Raya", "Afrika Tengah"):
        names = _names(f'"Kami siap berunding," kata Presiden {country} di ibu kota.')
        assert names.get(country) == "LOC"
        assert not any(typ == "PER" for typ in names.values())


def test_a_resident_who_speaks_stays_a_person() -> None:
    names = _names('"Kami tidak tahu," kata warga Sutrisno kepada wartawan.')
    assert names.get("Sutrisno") == "PER"
    names = _names(
        "Warga Sutrisno terkejut melihat banjir. Menurut Sutrisno, air naik cepat sekali."
    )
    assert names.get("Sutrisno") == "PER"


def test_a_person_the_tagger_runs_over_a_units_rank_leaves_the_place() -> None:
    text = "Kapolres Lintang AKBP Budi Santoso meninjau lokasi."
    start = text.index("Lintang")
    misread = EntityMention(
        "Lintang AKBP Budi Santoso", "PER", start, start + 25, "lintang akbp budi santoso"
    )
    found = [(m.text, m.type) for m in revised(text, [misread])]
    assert found == [("Lintang", "LOC"), ("Budi Santoso", "PER")]
