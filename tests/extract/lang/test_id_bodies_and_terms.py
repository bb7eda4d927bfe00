"""Indonesian: what a body is, what its name holds, and what is no name
(made-up sentences in the shapes of Indonesian news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.extract.pipeline import extract

SAMPLES = Path(__file__).resolve().parents[3] / "sample_articles"


def _names(text: str) -> dict[str, str]:
    """Every person, organisation and place the whole pipeline names."""
    article = extract("Judul Berita\n\nLintang - " + text + "\n")
    return {m.text: m.type for m in article.entities if m.type in ("PER", "ORG", "LOC")}


def test_schools_and_hospitals_by_their_short_kind_are_organisations():
    found = _names(
        "Puluhan siswa SMP Negeri 2 Sukamaju dan SMKN 3 Cibatu keracunan. "
        "Mereka dibawa ke RSUD Lintang Jaya untuk dirawat."
    )
    assert found["SMP Negeri 2 Sukamaju"] == "ORG"
    assert found["SMKN 3 Cibatu"] == "ORG"
    assert found["RSUD Lintang Jaya"] == "ORG"


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "Bank Sentosa merilis hasil Survei Nasional Gaya Hidup (SNGH) tahun ini.",
            "SNGH",
            "Bank Sentosa",
        ),
        (
            "Bank Sentosa menahan suku bunga dalam Rapat Dewan Direksi (RDD) pekan ini.",
            "RDD",
            "Bank Sentosa",
        ),
        (
            "Perkara itu tercatat di Sistem Informasi Perkara Lintang (SIPL) milik "
            "Pengadilan Negeri Cibatu.",
            "SIPL",
            "Pengadilan Negeri Cibatu",
        ),
        (
            "Pemkot menerima Dana Alokasi Lintang (DAL) dari Kementerian Keuangan pekan ini.",
            "DAL",
            "Kementerian Keuangan",
        ),
    ],
)
def test_a_survey_a_system_a_meeting_or_a_fund_is_no_organisation(text, gone, kept):
    found = _names(text)
    assert gone not in found
    assert not any(name.startswith(("Survei", "Rapat", "Sistem", "Dana")) for name in found)
    assert found[kept] == "ORG"  # the body beside it is still found


def test_an_acronym_spelled_out_in_lower_case_names_no_one():
    found = _names(
        "Badan Pusat Statistik (BPS) mencatat nilai tukar nelayan (NTN) naik. "
        "Mahasiswa memperoleh 20 satuan kredit semester (SKS). NTN dan SKS naik lagi."
    )
    assert "NTN" not in found
    assert "SKS" not in found
    assert found["BPS"] == "ORG"


def test_a_cooperatives_name_runs_to_the_comma():
    found = _names("Ketua Koperasi Tani Kopi Sumber Jaya, Pak Karta, mengatakan panen naik.")
    assert found["Koperasi Tani Kopi Sumber Jaya"] == "ORG"
    assert found["Karta"] == "PER"
    assert "Jaya" not in found


def test_a_company_run_reaches_its_holder_over_a_pronoun_in_its_name():
    found = _names(
        "Direktur Utama PT Dompet Kita Sejahtera Andi Wirawan menyatakan perusahaannya patuh. "
        "PT Dompet Kita Sejahtera membayar denda."
    )
    assert found["PT Dompet Kita Sejahtera"] == "ORG"
    assert found["Andi Wirawan"] == "PER"
    assert "PT Dompet" not in found


def test_a_roles_body_then_its_holder_are_two():
    found = _names(
        "Penandatanganan itu disaksikan oleh CEO Arunika Dynamics Park Min Ho, Presiden "
        "DIFT Lee Min Jae. Arunika Dynamics tumbuh. Park Min Ho senang."
    )
    assert found["Arunika Dynamics"] == "ORG"
    assert found["Park Min Ho"] == "PER"
    assert "Arunika Dynamics Park Min Ho" not in found


def test_a_place_then_its_mayor_are_two_where_both_are_named_alone():
    found = _names(
        "Pemerintah Kota Cibatu menjaga inflasi. Wali Kota Cibatu Wahyu Pranoto menyampaikan "
        "capaian itu. Menurut Wahyu, harga stabil di Cibatu."
    )
    assert "Cibatu Wahyu Pranoto" not in found
    assert found["Wahyu Pranoto"] == "PER"


@pytest.mark.parametrize(
    "name",
    [
        "Badan Oseanografi, Klimatologi, dan Geofisika",
        "Kementerian Pertanian, Sains, dan Teknologi",
    ],
)
def test_an_offices_fields_listed_with_commas_are_one_name(name):
    found = _names(f"Menurut {name}, hujan turun pekan depan di Sukamaju.")
    assert found.get(name) == "ORG"


def test_a_unit_listed_after_a_units_word_is_a_place():
    found = _names(
        "Banjir merendam rumah di Kecamatan Sukamaju, Rancabuaya, dan Cibatu, Kota Lintang."
    )
    assert found["Rancabuaya"] == "LOC"


def test_an_institution_named_for_a_date_keeps_its_month():
    found = _names(
        "Nadia, mahasiswi Teknik Elektro Institut Teknologi Sebelas Nopember, siap berangkat."
    )
    assert found.get("Institut Teknologi Sebelas Nopember") == "ORG"
    assert "Institut Teknologi" not in found


def test_a_noun_before_a_demonstrative_at_a_quotations_start_is_no_name():
    found = _names('Ia tersenyum.\n\n"Tarian itu sulit dipelajari," kata Budi Wirawan.')
    assert "Tarian" not in found
    assert found["Budi Wirawan"] == "PER"


def test_the_bundled_indonesian_samples_name_no_wrong_things():
    names: set[tuple[str, str]] = set()
    for path in sorted(SAMPLES.glob("id-0*.txt")):
        article = extract(path.read_text(encoding="utf-8"))
        names |= {(m.text, m.type) for m in article.entities if m.type in ("PER", "ORG", "LOC")}
    texts = {text for text, _ in names}
    wrong = {
        ("Bulog", "LOC"),
        ("Rancasari", "PER"),
        ("NTP", "ORG"),
        ("SKS", "ORG"),
        ("Survei Nasional Literasi dan Inklusi Keuangan", "ORG"),
        ("Nuri Dynamics Park Ji Hoon", "ORG"),
    }
    assert not wrong & names
    for text in (
        "Rezeki",
        "Tani",
        "Tarian",
        "Institut Teknologi Sepuluh",
        "PT Dompet",
        "Badan Meteorologi",
        "Klimatologi",
        "Geofisika",
        "Sains",
    ):
        assert text not in texts
    assert ("Bulog", "ORG") in names
    assert ("Rancasari", "LOC") in names
    assert ("Institut Teknologi Sepuluh Nopember", "ORG") in names
    assert ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG") in names
    assert ("Pelabuhan Panjang", "LOC") in names
    assert ("Nuri Dynamics", "ORG") in names


@pytest.mark.parametrize(
    "court",
    ["Pengadilan Agama Cibatu Timur", "Pengadilan Niaga", "Pengadilan Tindak Pidana Korupsi"],
)
def test_a_court_is_the_whole_run_after_its_head(court):
    found = _names(f"Gugatan itu dikabulkan {court} pada pekan lalu.")
    assert found.get(court) == "ORG"
    assert "Cibatu Timur" not in found


def test_a_speaker_described_by_a_noun_alone_is_kept_as_written():
    text = (
        "Judul Berita\n\nLintang - Massa berkumpul di depan gedung DPRD.\n\n"
        '"Kami menuntut upah yang layak bagi buruh," teriak orator.\n\n'
        '"Pria itu diduga mabuk di ruang tunggu," kata polisi dalam siaran pers.\n\n'
        '"Menolak gugatan penggugat untuk seluruhnya," ujar hakim.\n\n'
        '"Kami sudah siap menerima putusan," kata Budi Wirawan di Lintang.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == [
        "orator",
        "polisi",
        "hakim",
        "Budi Wirawan",
    ]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "kata Kepala Seksi Pembinaan, Pengawasan, dan Penertiban Dinas Pasar Lintang, "
            "Rina Wulandari kepada wartawan di balai kota.",
            "Rina Wulandari",
        ),
        (
            "ujar Kordinator Relawan Dapur Umum SDN 3 Sukamaju, Dadang Sukarna kepada wartawan.",
            "Dadang Sukarna",
        ),
        (
            # A name listed with another person after the role is the
            # speaker, not a field of the role.
            "kata Ketua Serikat Buruh Lintang, Budi Santoso, dan Sekretaris Rina Wulandari "
            "kepada wartawan.",
            "Budi Santoso",
        ),
    ],
)
def test_the_speaker_comes_after_a_role_that_lists_its_fields_or_is_misspelt(cue, speaker):
    text = (
        "Judul Berita\n\nLintang - Petugas berjaga sejak pagi.\n\n"
        f'"Kios itu kami tutup sampai pemiliknya datang membawa izin," {cue}\n'
    )
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_acronyms_of_kinds_of_people_and_firms_are_no_names():
    found = _names(
        "Dua WNI dan tiga ABK ditahan di Pelabuhan Cibatu. Saham BUMN turun, kata pegawai "
        "yang WFH. Pelaku OTK membayar dengan QRIS di toko milik Budi Wirawan."
    )
    assert not {"WNI", "ABK", "BUMN", "WFH", "OTK", "QRIS"} & found.keys()
    # The names among them are still found.
    assert found["Pelabuhan Cibatu"] == "LOC"
    assert found["Budi Wirawan"] == "PER"


def test_a_hospitals_or_schools_kind_alone_is_no_name():
    found = _names(
        "Korban dibawa ke RS terdekat, lalu dirujuk ke RSUD Lintang Jaya. "
        "Siswa SD hingga SMK ikut diperiksa."
    )
    assert found["RSUD Lintang Jaya"] == "ORG"
    assert not {"RS", "SD", "SMK"} & found.keys()
