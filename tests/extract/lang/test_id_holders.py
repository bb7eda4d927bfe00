"""Indonesian: a role, the body or place it is held at, and its holder
(made-up text).

News writes the office, then whose it is, then who holds it, often with no
comma (``Sekjen Partai Karya Bangsa Sarmono``), and later the office alone as
the speaker (``tutur Kapolsek Lintang``) or in a ``Menurut`` phrase with the
holder between commas.
"""

from __future__ import annotations

from reader.extract.pipeline import extract


def _article(body: str):
    return extract(f"Berita Hari Ini\n\nJakarta - {body}\n")


def _names(body: str) -> dict[str, str]:
    return {m.text: m.type for m in _article(body).entities}


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in _article(body).quotes]


def test_a_role_short_form_in_brackets_still_splits_body_and_holder() -> None:
    body = (
        "Kader Partai Karya Bangsa menggelar rapat pleno. Sekretaris Jenderal (Sekjen) Partai "
        "Karya Bangsa Sarmono mengumumkan hasilnya hari ini.\n\n"
        '"Rapat sudah selesai," kata Sarmono.'
    )
    names = _names(body)
    # Nor is the body's last word the person's fuller name.
    assert _speakers(body) == ["Sarmono"]
    assert names.get("Partai Karya Bangsa") == "ORG"
    assert names.get("Sarmono") == "PER"
    assert "Partai Karya Bangsa Sarmono" not in names


def test_a_body_after_a_role_stays_whole_when_nobody_holds_it_there() -> None:
    names = _names(
        "Kader Partai Karya Bangsa menggelar rapat pleno. Sekretaris Jenderal (Sekjen) Partai "
        "Karya Bangsa mengumumkan hasilnya hari ini."
    )
    assert names.get("Partai Karya Bangsa") == "ORG"
    assert not any(t == "PER" for t in names.values())


def test_an_office_written_with_its_place_as_speaker_is_its_holder() -> None:
    speakers = _speakers(
        "Polisi menangkap pencuri motor di Kecamatan Lintang. Kapolsek Lintang AKP Budi "
        "Hartono membenarkan penangkapan itu.\n\n"
        '"Pelaku kami tangkap di rumahnya," ujar Budi.\n\n'
        "Pelaku kini ditahan di Mapolsek Lintang.\n\n"
        '"Barang bukti sudah kami amankan," tutur Kapolsek Lintang.'
    )
    assert speakers == ["Budi Hartono", "Budi Hartono"]


def test_an_office_with_a_name_after_it_is_that_person() -> None:
    speakers = _speakers(
        "Polisi menangkap pencuri motor di Kecamatan Lintang. Kapolsek Lintang AKP Budi "
        "Hartono membenarkan penangkapan itu. Wakapolsek Lintang AKP Dodi Pratama ikut "
        "memeriksa pelaku.\n\n"
        '"Pelaku mengakui perbuatannya," kata Wakapolsek Dodi.'
    )
    assert speakers == ["Dodi Pratama"]


def test_a_nya_cue_after_menurut_a_role_goes_to_its_holder() -> None:
    speakers = _speakers(
        "Jalan desa rusak parah sejak tiga bulan lalu.\n\n"
        "Seorang warga, Siti Aminah, mengaku kesulitan saat hujan turun.\n\n"
        '"Kalau hujan, motor sering tergelincir," ujar Siti.\n\n'
        "Menurut Kepala Dinas Pekerjaan Umum dan Penataan Ruang Lintang, Ahmad Fauzi, "
        "perbaikan dijadwalkan tahun depan.\n\n"
        '"Anggarannya sudah masuk rencana," imbuhnya.'
    )
    assert speakers == ["Siti Aminah", "Ahmad Fauzi"]


def test_a_nya_cue_after_menurut_a_person_goes_to_that_person() -> None:
    speakers = _speakers(
        "Jalan desa rusak parah sejak tiga bulan lalu.\n\n"
        '"Kalau hujan, motor sering tergelincir," ujar warga bernama Siti Aminah.\n\n'
        "Menurut Ahmad Fauzi, perbaikan dijadwalkan tahun depan.\n\n"
        '"Anggarannya sudah masuk rencana," imbuhnya.'
    )
    assert speakers[-1] == "Ahmad Fauzi"


def test_a_body_before_its_holder_keeps_its_words_when_they_name_nobody() -> None:
    names = _names(
        "Pengiriman itu dibahas usai bertemu dengan Kepala Dinas Perikanan Sulawesi Selatan "
        "Indra Sasmita di Makassar.\n\nSementara itu, Indra Sasmita mengatakan ekspor terus naik."
    )
    assert names.get("Dinas Perikanan Sulawesi Selatan") == "ORG"
    assert names.get("Indra Sasmita") == "PER"


def test_people_listed_after_a_role_stay_people() -> None:
    names = _names("Rapat itu dihadiri Direktur Rudi Hartono, Sinta Dewi, dan Bayu Saputra.")
    assert names.get("Rudi Hartono") == "PER"
    assert names.get("Sinta Dewi") == "PER"
    assert names.get("Bayu Saputra") == "PER"


def test_the_region_after_an_office_held_over_it_is_no_part_of_the_holder() -> None:
    names = _names("Camat Cibiru Ahmad Fauzi meninjau lokasi. Menurut Ahmad, kerusakan parah.")
    assert names.get("Cibiru") == "LOC"
    assert names.get("Ahmad Fauzi") == "PER"
    names = _names("Bupati Lintang Harso Wiyoto meresmikan pasar. Harso berharap pasar ramai.")
    assert names.get("Lintang") == "LOC"
    assert names.get("Harso Wiyoto") == "PER"


def test_a_place_named_with_its_kind_before_its_head_is_split_off() -> None:
    names = _names(
        "Banjir merendam Desa Sukamaju sejak Senin. Kepala Desa Sukamaju Rudi Santoso "
        "mengatakan warga sudah dievakuasi. Rudi menambahkan bantuan datang."
    )
    assert names.get("Rudi Santoso") == "PER"
    assert "Sukamaju Rudi Santoso" not in names


def test_a_holder_after_a_body_keeps_a_given_name_the_gazetteer_lacks() -> None:
    names = _names("Wakil Ketua DPR Sarwi Damar Ahmad hadir. Damar menyebut rapat ditunda.")
    assert names.get("Sarwi Damar Ahmad") == "PER"
    assert "Sarwi" not in names


def test_a_police_body_inside_a_role_keeps_its_province() -> None:
    names = _names("Kabid Humas Polda Jabar Kombes Pol Rudi Hartanto menjelaskan kasus itu.")
    assert names.get("Polda Jabar") == "ORG"
    assert "Jabar" not in names
    assert names.get("Rudi Hartanto") == "PER"
    names = _names("Petugas dari Polda Jawa Barat menangkap pelaku di Kecamatan Cibiru.")
    assert names.get("Polda Jawa Barat") == "ORG"


def test_a_police_body_the_tagger_found_whole_is_unchanged() -> None:
    names = _names("Kasat Reskrim Polres Lintang AKP Budi Santoso menjelaskan kasus itu.")
    assert names.get("Polres Lintang") == "ORG"
    assert names.get("Budi Santoso") == "PER"


def test_a_role_before_a_given_name_that_spells_a_place_splits_nothing_in_english() -> None:
    # The one-name holder after a body is Indonesian (`Sekjen Partai Lintang
    # Sarmono`); English writes a role before a given name and a surname.
    body = (
        '"We will not raise taxes," said Senator Georgia Smith on Tuesday. Smith has '
        "served since 2010. The bill passed in Georgia last year."
    )
    article = extract(f"News Today\n\nLONDON - {body}\n")
    assert [q.speaker for q in article.quotes] == ["Georgia Smith"]
    assert "Georgia Smith" in {m.text for m in article.entities if m.type == "PER"}
