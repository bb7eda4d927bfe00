"""Indonesian: where names start and end, and what is no name (made-up text).

Shapes of Indonesian news: an office's fields listed before ``dan``, the
units of an address in a row, apps named as channels, the outlet writing its
own name in lower case, institutions named with the Arabic article.
"""

from __future__ import annotations

from reader.extract.pipeline import extract


def _names(body: str) -> dict[str, str]:
    article = extract(f"Berita Hari Ini\n\nJakarta - {body}\n")
    return {m.text: m.type for m in article.entities}


def test_an_offices_fields_listed_before_dan_are_one_name_with_its_region() -> None:
    names = _names(
        "Acara itu digelar bersama Dinas Kebudayaan, Pemuda, dan Olahraga Kabupaten "
        "Lintang serta warga. Menurut Kepala Dinas Tenaga Kerja dan Transmigrasi "
        "Lintang, Rusdi, pekerja sudah pulang."
    )
    assert names["Dinas Kebudayaan, Pemuda, dan Olahraga Kabupaten Lintang"] == "ORG"
    assert names["Dinas Tenaga Kerja dan Transmigrasi Lintang"] == "ORG"
    assert "Dinas Kebudayaan" not in names
    assert "Transmigrasi Lintang" not in names
    # Two institutions joined by `dan` stay two.
    names = _names("Dinas Sosial dan Dinas Pendidikan membagikan buku di Kota Lintang.")
    assert "Dinas Sosial" in names and "Dinas Pendidikan" in names


def test_the_units_of_an_address_in_a_row_are_places_apart() -> None:
    names = _names(
        "Surat itu diterbitkan oleh Kelurahan Sukamulya Kecamatan Cibiru Bandung pekan "
        "lalu. Kapal bersandar di Terminal Kenari Pelabuhan Tanjung Emas kemarin."
    )
    for place in ("Kelurahan Sukamulya", "Kecamatan Cibiru", "Bandung", "Terminal Kenari"):
        assert names.get(place) == "LOC", place
    assert names.get("Pelabuhan Tanjung Emas") == "LOC"
    assert not any("Kecamatan" in n and "Kelurahan" in n for n in names)
    # A road named for the city it leads to keeps the city.
    assert "Bogor" not in _names("Kemacetan panjang terjadi di Jalan Raya Bogor sejak pagi.")


def test_an_app_named_as_a_channel_is_no_organisation() -> None:
    names = _names(
        "Warga diminta melapor melalui pesan WhatsApp ke Polres Lintang. Video itu "
        "diunggah di akun Instagram miliknya dan dibagikan di grup WhatsApp warga."
    )
    assert "WhatsApp" not in names and "Instagram" not in names
    assert names["Polres Lintang"] == "ORG"


def test_the_outlet_in_lower_case_is_an_organisation_glued_or_not() -> None:
    article = extract(
        "Berita Hari Ini\n\nJakarta - Dalam unggahan yang dilihatdetikcom, Sabtu, "
        'korban menjual motornya. "Kami siap," kata Rusdi kepada detikcom, Senin '
        '(3/3/2025). "Aman," ujar Wati kepadadetikKalimantan, Jumat.\n'
    )
    outlets = [m.text for m in article.entities if m.type == "ORG"]
    assert outlets.count("detikcom") == 2
    assert "detikKalimantan" in outlets


def test_an_institution_named_with_the_arabic_article() -> None:
    names = _names(
        "Ketua Alumni Ponpes Al-Hidayah, Rusdi Hamdani, menegaskan hal itu. Rencana "
        "pembangunan Pondok Pesantren (Ponpes) Al-Falah mendapat sorotan. Warga salat "
        "di Masjid Al-Ikhlas setiap Jumat."
    )
    assert names["Ponpes Al-Hidayah"] == "ORG"
    assert names["Al-Falah"] == "ORG"
    assert names["Masjid Al-Ikhlas"] == "LOC"
    assert "Pondok Pesantren" not in names
    assert "Hidayah" not in names


def test_initials_listed_with_a_status_in_brackets_are_people() -> None:
    names = _names(
        "Para tersangka berinisial AR, MJ, ADS (DPO), DDW (DPO), SN (DPO) dicari polisi."
    )
    for initials in ("AR", "MJ", "ADS", "DDW", "SN"):
        assert names.get(initials) == "PER", initials


def test_the_states_short_name_after_an_institution_or_a_role_is_no_place() -> None:
    names = _names(
        "Ia dilindungi Kedutaan Besar RI di Riyadh. Sampai kini Pemerintah RI belum "
        "bersikap. Menteri Pemuda dan Olahraga RI (Menpora) Rudi Hartawan menolak."
    )
    assert names["Kedutaan Besar RI"] == "ORG"
    assert names["Pemerintah RI"] == "ORG"
    assert "RI" not in names


def test_a_body_and_its_place_inside_a_role_are_an_organisation() -> None:
    article = extract(
        'Berita Hari Ini\n\nJakarta - "Iya, OTT," kata Kasat Reskrim Polres Lubukraya '
        "AKP Wahyu Nugraha saat dikonfirmasi, Rabu (8/10).\n"
    )
    names = {m.text: m.type for m in article.entities}
    assert names["Polres Lubukraya"] == "ORG"
    assert names["Wahyu Nugraha"] == "PER"
    assert [q.speaker for q in article.quotes] == ["Wahyu Nugraha"]


def test_an_assistant_to_the_regional_secretary_is_a_role() -> None:
    article = extract(
        'Berita Hari Ini\n\nJakarta - "Harga cabai naik," kata Asisten II Setdaprov '
        "Sukaraja, Rudi Hartawan, Selasa (7/10/2025).\n"
    )
    names = {m.text: m.type for m in article.entities}
    assert names["Setdaprov Sukaraja"] == "ORG"
    assert [q.speaker for q in article.quotes] == ["Rudi Hartawan"]


def test_a_first_name_after_an_institutions_acronym_is_the_persons() -> None:
    names = _names(
        "Wakil Ketua DPR Rahmat Sutanto Wirya menerima perwakilan buruh di gedung parlemen."
    )
    assert names["Rahmat Sutanto Wirya"] == "PER"
    assert "DPR Rahmat" not in names
    # A region's short name after the acronym stays with the body's run.
    names = _names("Ketua DPRD Jatim Kusnadi menemui para mahasiswa di Surabaya.")
    assert "Jatim Kusnadi" not in names


def test_a_bodys_region_after_its_run_is_part_of_it() -> None:
    names = _names(
        "Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartawan membenarkan kabar itu. Bidpropam "
        "Polda Sumut sudah memanggil dua anggota Satlantas Polres Lembah Hijau."
    )
    assert names["Polres Lembah Hijau"] == "ORG"
    assert names["Bidpropam Polda Sumut"] == "ORG"
    assert "Sumut" not in names
