"""Indonesian: quotations, cues and speakers, entities and roles (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.entities import find_entities
from reader.extract.quotes import find_quotes
from reader.extract.structure import parse_structure


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


def _quotes_with_entities(text: str, lang: str):
    paragraphs = parse_structure(text).paragraphs
    return find_quotes(text, paragraphs, lang, find_entities(text, paragraphs, lang))


def test_indonesian_quotes_and_named_speakers() -> None:
    quotes = quotes_of(ID_STORY, "id")
    assert [q.text for q in quotes] == [
        "Pabrik ini akan menyerap seribu pekerja dari warga sekitar,",
        "Kami mulai dengan dua lini produksi,",
        "Kami siap melatih calon pekerja. Pelatihannya gratis,",
    ]
    first = quotes[0]
    assert ID_STORY[first.start : first.end] == first.text
    assert (first.speaker, first.cue, first.speaker_key) == ("Budi Santoso", "kata", "budi santoso")


def test_nya_and_pronoun_speakers_are_resolved_from_context() -> None:
    quotes = quotes_of(ID_STORY, "id")
    assert (quotes[1].speaker, quotes[1].cue) == ("Budi Santoso", "lanjutnya")
    assert (quotes[2].speaker, quotes[2].cue) == ("Siti Rahmawati", "ujar")


def test_indonesian_long_role_gives_the_person_at_its_end() -> None:
    text = (
        "Judul Berita\n\n"
        '"Kami akan memanggil semua saksi pekan depan," ujar Kepala Bidang Humas dan '
        "Penerangan Polda Jawa Tengah Rudi Hartanto di Semarang.\n\n"
        '"Berkasnya sudah lengkap," tambahnya.'
    )
    speakers = [(q.speaker, q.cue) for q in _quotes_with_entities(text, "id")]
    assert speakers == [("Rudi Hartanto", "ujar"), ("Rudi Hartanto", "tambahnya")]


def test_a_nya_cue_after_paragraphs_of_narration_is_the_last_speaker() -> None:
    text = (
        "Judul\n\n"
        '"Kami mulai dari tiga kota," kata Rina Kusuma.\n\n'
        "Program itu dimulai tahun lalu dengan dana desa.\n\n"
        "Meski demikian, pesertanya masih sedikit.\n\n"
        "Kebanyakan peserta adalah petani muda.\n\n"
        '"Tahun depan kami tambah dua kota," sambungnya.'
    )
    speakers = [(q.speaker, q.cue) for q in _quotes_with_entities(text, "id")]
    assert speakers == [("Rina Kusuma", "kata"), ("Rina Kusuma", "sambungnya")]


def test_indonesian_quote_glued_to_the_sentence_before() -> None:
    text = (
        "Judul\n\n"
        "Warga merekam antrean panjang itu dalam video."
        '"Antre... antre... antre...," sahut sang perekam video.'
    )
    (quote,) = quotes_of(text, "id")
    assert quote.text == "Antre... antre... antre...,"
    assert (quote.speaker, quote.cue) == ("sang perekam video", "sahut")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A cue followed by the occasion names nobody: the person in context spoke.
        (
            "Gubernur Bank Sentral Perry Wiratmo menjelaskan arah suku bunga.\n\n"
            '"Ruang penurunan masih ada," kata dalam Konferensi Pers Hasil Rapat Dewan '
            "di Jakarta, Senin (3/3/2025).",
            ["Perry Wiratmo"],
        ),
        # An adverb after the name is not part of it.
        ('"Jangan ada proyek fiktif," kata Bu Ratna lagi.', ["Ratna"]),
        # A surname expands to the full name even when a place is in its title.
        (
            "Gubernur DKI Jakarta Pramono Anung meninjau banjir.\n\n"
            '"Pompa sudah bekerja," kata Pramono.',
            ["Pramono Anung"],
        ),
        # A minister's short title alone is no name.
        (
            "Menteri Ketenagakerjaan (Menaker) Yudi Pranata membuka program magang.\n\n"
            '"Peserta tidak boleh dipungut biaya," tegas Menaker.',
            ["Yudi Pranata"],
        ),
        # No comma before the closing mark, the cue right after it.
        (
            '"Ruang itu ada (seperti kata Pak Gubernur)" kata Kepala Departemen Kebijakan '
            "Moneter BI, Fajar Mulyadi dalam taklimat media.",
            ["Fajar Mulyadi"],
        ),
        # The subject behind a long title of capitalised words and commas.
        (
            "Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan, Iwan "
            'Santoso pun mengapresiasi program itu."Kami mendukung penuh," jelasnya.',
            ["Iwan Santoso"],
        ),
    ],
)
def test_indonesian_cues_around_roles_and_occasions(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in _quotes_with_entities("Judul\n\n" + text, "id")] == speakers


def _names(text: str, lang: str) -> list[tuple[str, str, str]]:
    paragraphs = parse_structure(text).paragraphs
    return [(m.text, m.key, m.type) for m in find_entities(text, paragraphs, lang)]


PAIRS_STORY = """Pasangan Baru Diumumkan

Jakarta - Koalisi resmi mengusung pasangan Agus Salim-Rudi Hartono dalam pemilihan gubernur. Menurut Agus, pasangan Agus-Rudi sudah didukung partai. Proyek kereta Semarang-Solo juga dibahas.
"""


def test_two_names_joined_by_a_hyphen_are_two_people_or_places() -> None:
    names = _names(PAIRS_STORY, "id")
    texts = [text for text, _key, _type in names]
    assert not [text for text in texts if "-" in text]
    assert texts.count("Agus") == 2 and texts.count("Rudi") >= 1
    assert {"Semarang", "Solo"} <= set(texts)
    # The first of the pair is the person the article names in full.
    assert {key for text, key, _type in names if text == "Agus"} == {"agus salim"}


def test_a_hyphenated_name_stays_one_outside_indonesian() -> None:
    text = "Film star\n\nThe actress Carla Fenwick-Hart said on Monday that filming had ended.\n"
    assert [name for name, _key, _type in _names(text, "en")] == ["Carla Fenwick-Hart"]


def test_an_organisation_alone_is_the_one_named_with_its_head_word() -> None:
    text = """Laba Naik

Jakarta - PT Indosat mencatat laba bersih naik pada kuartal ketiga. Direktur Utama PT Indosat Andi Pratama mengatakan pelanggan bertambah. Menurut dia, Indosat akan menambah jaringan di luar Jawa.

Bank Indonesia menahan suku bunga, sementara Indonesia mencatat inflasi rendah.
"""
    names = _names(text, "id")
    assert ("Indosat", "pt indosat", "ORG") in names
    # A place alone is not the organisation whose name holds it.
    assert ("Indonesia", "indonesia", "LOC") in names


# Names and what is no name (issue 16), on made-up Indonesian text.


def _understood(text: str) -> dict[str, str]:
    from reader.extract.pipeline import understand

    text = "Judul\n\n" + text
    entities, _ = understand(text, parse_structure(text).paragraphs, "id", None)
    return {m.text: m.type for m in entities}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Pemerintah menambah APBD untuk jalan, kata Bupati Rina Kusuma.", "APBD"),
        ("Kenaikan PPN dibahas di gedung DPRD Kota Batu.", "PPN"),
        (
            "Pertumbuhan Produk Domestik Bruto (PDB) melambat, kata Menkeu Joko Santoso.",
            "Produk Domestik Bruto",
        ),
    ],
)
def test_a_programme_law_or_measure_is_no_organisation(text, term):
    found = _understood(text)
    assert term not in found
    assert "PDB" not in found


def test_a_body_with_its_acronym_stays():
    found = _understood("Komisi Pemilihan Umum (KPU) Kota Batu menetapkan hasil pada Senin.")
    # The city's branch, its acronym inside its name (ANNOTATION.md's span).
    assert found.get("Komisi Pemilihan Umum (KPU) Kota Batu") == "ORG"


def test_a_competition_is_no_organisation():
    found = _understood("Persija Jakarta menjuarai Piala Nusantara Raya tahun ini.")
    assert found.get("Piala Nusantara Raya", "MISC") == "MISC"
    assert "Persija Jakarta" in found


def test_a_ticket_of_two_people_is_two_understood():
    found = _understood("Relawan mendukung pasangan Hendra-Gilang sejak awal.")
    assert {"Hendra", "Gilang"} <= set(found)
    assert "Hendra-Gilang" not in found


def test_a_list_number_run_into_a_name_is_no_part_of_it():
    found = _understood(
        "Izin dicabut: 1. PT Sinar Laut Abadi2. PT Bumi Hijau Lestari3. CV Mega Jaya"
    )
    assert "PT Sinar Laut Abadi" in found
    assert not any(n.endswith(("2", "3")) for n in found)


def test_a_body_numbered_in_roman_figures_is_one_name():
    found = _understood("Rapat Komisi IV DPR RI digelar. Ketua Komisi IV menolak usulan itu.")
    assert found.get("Komisi IV DPR RI") == "ORG"
    assert found.get("Komisi IV") == "ORG"


def test_a_deputy_ministers_short_title_is_the_role():
    found = find_entities(
        "Wamenkeu Rudi Hartanto hadir di Bandung.",
        [(0, 41)],
        "id",
    )
    assert [(m.text, m.role) for m in found if m.type == "PER"] == [("Rudi Hartanto", "Wamenkeu")]


@pytest.mark.parametrize("word", ["Yuk", "Nah", "Dong"])
def test_a_discourse_word_opening_a_sentence_is_no_name(word):
    assert word not in _understood(f'"{word} kita ke pasar," kata Rina Kusuma.')


def test_a_name_glued_to_the_words_around_it_is_cut_out():
    found = _understood(
        "Hal itu disampaikan seperti dilansirkompasNews, Senin. "
        "Ikuti laporan jurnaliskompasTravelselengkapnya."
    )
    assert {"kompasNews", "kompasTravel"} <= set(found)
    assert not any(n.startswith(("dilansir", "jurnalis")) for n in found)


@pytest.mark.parametrize("word", ["waktuNews", "eBay", "iPhone"])
def test_a_brand_in_mixed_case_is_not_cut(word):
    from reader.extract.entities import _unglued
    from reader.extract.lang import rules_for
    from reader.extract.tagger import tokenize

    text = f"Hal itu dijual lewat {word} sejak 2020."
    tokens = _unglued(tokenize(text, 0, len(text)), rules_for("id").common, frozenset())
    assert word in [t.text for t in tokens]


def test_a_deputy_ministers_title_alone_is_no_name():
    assert "Wamenkeu" not in _understood("Wamenkeu hadir di Bandung pada Senin.")


def test_a_kind_of_organisation_is_no_name():
    assert "LSM" not in _understood("Sejumlah LSM menolak aturan itu, kata Rina Kusuma.")


def test_a_name_before_a_glued_word_stays_apart():
    found = _understood("Hal itu disampaikan Andi Wirawan kepadakompasTravel, Senin.")
    assert "Andi Wirawan" in found and "kompasTravel" in found


@pytest.mark.parametrize(
    "text",
    [
        "Alhasil Rina Kusuma pulang lebih awal.",
        "Pantauan kompasTravel di lokasi, jalan itu sepi.",
        "Polisi memasang garis polisi di TKP sejak pagi.",
    ],
)
def test_discourse_words_and_terms_open_no_understood(text):
    found = _understood(text)
    assert not any(n.startswith(("Alhasil", "Pantauan")) for n in found)
    assert "TKP" not in found


def test_a_name_with_only_a_word_glued_after_it_is_cut():
    assert "kompasTravel" in _understood("Baca ulasan lengkap di kompasTravelselengkapnya.")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Nilai Bhinneka Tunggal Ika diajarkan di sekolah, kata Rina Kusuma.",
            "Bhinneka Tunggal Ika",
        ),
        ("JPU menuntut terdakwa lima tahun penjara.", "JPU"),
    ],
)
def test_a_motto_or_a_role_alone_is_no_name(text, term):
    assert term not in _understood(text)


def test_a_make_and_model_after_a_vehicle_is_a_product():
    found = _understood(
        "Polisi menyita mobil Tarra, Kessel Vento, hingga motor Bimo Sport Max milik Rina Kusuma."
    )
    assert not {"Kessel Vento", "Bimo Sport Max"} & set(found)
    assert "Rina Kusuma" in found
    # One word after the vehicle is its maker, an organisation.
    assert "Tarra" in _understood("Rina Kusuma membeli mobil Tarra pada Senin.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kepala Rina Kusuma dari Dinas Pekerjaan Umum dan Penataan Ruang hadir.",
            "Dinas Pekerjaan Umum dan Penataan Ruang",
        ),
        (
            "Menurut Badan Kesatuan Bangsa dan Politik, acara aman.",
            "Badan Kesatuan Bangsa dan Politik",
        ),
    ],
)
def test_an_institution_goes_on_over_dan(text, name):
    assert _understood(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kementerian Keuangan dan Bank Sentosa sepakat.",
            ["Kementerian Keuangan", "Bank Sentosa"],
        ),
        ("Petugas Polsek Kuta dan Resmob datang.", ["Polsek Kuta"]),
        ("Dinas Sosial dan Dinas Pendidikan Kota Batu rapat.", ["Dinas Sosial"]),
    ],
)
def test_two_institutions_joined_by_dan_stay_two(text, names):
    found = _understood(text)
    assert all(n in found for n in names)
    assert not any(" dan " in n for n in found)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Saksi lain adalah PT Wanda Fatimah Zahra dari Bogor.", "PT Wanda Fatimah Zahra"),
        (
            "Rina Kusuma, Direktur PT Nur Ramadhan Wisata, diperiksa.",
            "PT Nur Ramadhan Wisata",
        ),
        ("Ia bekerja di PT Pupuk Sentosa (Persero) sejak 2010.", "PT Pupuk Sentosa"),
    ],
)
def test_a_company_after_pt_is_the_whole_run(text, company):
    assert _understood(text).get(company) == "ORG"


def test_a_person_after_a_company_holds_the_role_written_before_it():
    found = _understood("Direktur Utama PT Sentosa Abadi Budi Santoso mengatakan hal itu.")
    assert not any(n.endswith("Budi Santoso") and n.startswith("PT") for n in found)


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Ketua DPRD Jatim Sukardi Wiyono ditahan KPK.", "Jatim", "Sukardi Wiyono"),
        ("Ketua NasDem Sumut Hartono menjadi korban.", "Sumut", "Hartono"),
        ("Bupati Sleman Rina Kusuma menyatakan dukungan.", "Sleman", "Rina Kusuma"),
    ],
)
def test_a_region_after_a_role_is_no_part_of_the_holders_name(text, place, person):
    found = _understood(text)
    assert found.get(place) == "LOC"
    assert found.get(person) == "PER"


def test_a_name_that_is_a_place_and_a_given_name_after_a_role_stays_whole():
    # `Iskandar` is a town and a given name: after `Menteri` it is the person's.
    assert _understood("Menteri Iskandar Wijaya datang ke Bandung.").get("Iskandar Wijaya") == "PER"


@pytest.mark.parametrize(
    ("text", "chunk", "kept"),
    [
        ("naik ke Komite Zembla 8,5 persen", (2, 5), "Komite Zembla"),
        ("pajak Jawa Timur Rp 6,2 triliun", (1, 5), "Jawa Timur"),
        ("tiket Piala Zembla 2026 habis", (1, 4), "Piala Zembla 2026"),  # its own number
    ],
)
def test_a_figure_after_a_name_is_no_part_of_it(text, chunk, kept):
    from reader.extract.lang import rules_for
    from reader.extract.name_spans import decimal_tails
    from reader.extract.tagger import tokenize

    tokens = tokenize(text)
    ((i, j, _, _),) = decimal_tails(tokens, [(*chunk, "ORG", None)], rules_for("id"))
    assert text[tokens[i].start : tokens[j - 1].end] == kept


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Pemerintah menerbitkan Peraturan Presiden Nomor 12, kata Rina Kusuma.",
            "Peraturan Presiden",
        ),
        (
            "Rina Kusuma membahas Rancangan Undang-Undang Penyiaran di DPR.",
            "Rancangan Undang-Undang",
        ),
        ("Rina Kusuma melaporkan SPT dan membayar PNBP.", "SPT"),
    ],
)
def test_a_law_or_a_tax_term_is_no_organisation(text, term):
    found = _understood(text)
    assert not any(n.startswith(term) and t != "MISC" for n, t in found.items())
    assert found.get("Rina Kusuma") == "PER"


def test_an_outlet_or_platform_alone_is_an_organisation():
    found = _understood(
        "Rina Kusuma mengunggah video itu di Instagram, seperti dilansir Bloomberg."
    )
    assert found.get("Instagram") == "ORG" and found.get("Bloomberg") == "ORG"
    assert found.get("Rina Kusuma") == "PER"


def test_a_currency_code_after_a_country_is_no_part_of_it():
    from reader.extract.lang import rules_for
    from reader.extract.name_spans import decimal_tails
    from reader.extract.tagger import tokenize

    text = "mata uang Jepang JPY melemah"
    tokens = tokenize(text)
    ((i, j, _, _),) = decimal_tails(tokens, [(2, 4, "LOC", None)], rules_for("id"))
    assert text[tokens[i].start : tokens[j - 1].end] == "Jepang"


def test_a_place_after_a_title_that_holds_no_region_stays_in_the_name():
    from reader.extract.lang import rules_for
    from reader.extract.name_spans import regions_after_roles
    from reader.extract.tagger import tokenize

    # `Singa` is a town too, but a prince holds no region: his name is whole.
    tokens = tokenize("sengketa antara Pangeran Singa Brata dengan warga")
    chunks = [(3, 5, "PER", None)]
    assert regions_after_roles(tokens, chunks, rules_for("id")) == chunks
    tokens = tokenize("kata Bupati Sleman Harso Wiyoto kemarin")
    assert regions_after_roles(tokens, [(2, 5, "PER", None)], rules_for("id")) == [
        (2, 3, "LOC", None),
        (3, 5, "PER", None),
    ]


def _id_names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_entities(text, [(0, len(text))], "id")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rapat digelar di Gedung DPRD Lintang, Kota Arum, Senin.", "Gedung DPRD Lintang"),
        ("Presiden menerima tamu di Istana Merdeka, Jakarta.", "Istana Merdeka"),
        (
            "Ia bertemu wartawan di Kantor Gubernur Sulawesi Barat, Mamuju.",
            "Kantor Gubernur Sulawesi Barat",
        ),
        # A day with its date, an acronym after a word: no part of it.
        ("Ia tiba di Istana Merdeka Senin (7/10/2025) pagi.", "Istana Merdeka"),
        ("Ia diperiksa di Gedung Merah Putih KPK kemarin.", "Gedung Merah Putih"),
    ],
)
def test_a_named_building_after_a_preposition_of_place_is_a_place(text, place):
    assert _id_names(text).get(place) == "LOC"


def test_a_building_word_with_no_preposition_opens_no_place():
    found = _id_names("Menurut Kantor Staf Presiden, usulan itu ditolak.")
    assert found.get("Kantor Staf Presiden") != "LOC"


def test_a_company_starts_at_pt_inside_a_run():
    found = _id_names("Ia komisaris di anak usaha BUMN PT Sinar Wanda Zahra (Persero) sejak 2021.")
    assert found.get("PT Sinar Wanda Zahra") == "ORG"
    assert not any(n.startswith("BUMN PT") for n in found)


@pytest.mark.parametrize("honorific", ["Bung", "Cak"])
def test_an_indonesian_honorific_is_no_part_of_the_name(honorific):
    text = f"Itu semboyan pendiri bangsa, {honorific} Darsono, yang dikenang warga."
    found = find_entities(text, [(0, len(text))], "id")
    assert [(m.text, m.type, m.role) for m in found] == [("Darsono", "PER", honorific)]


def test_two_people_written_one_after_the_other_are_one_name():
    text = "Hal itu disampaikan Kasubdit Eva Dahlia Kusumawati di Jakarta."
    found = _id_names(text)
    assert found.get("Eva Dahlia Kusumawati") == "PER", found
    # A comma between them keeps two.
    assert {"Eva", "Dahlia Kusumawati"} <= set(_id_names("Hadir Eva, Dahlia Kusumawati dan Budi."))


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Warga berkumpul di depan Kantor Kecamatan Sungai Arum kemarin.",
            "Kecamatan Sungai Arum",
            "LOC",
        ),
        ("Rapat digelar di Gedung DPRD kemarin.", "DPRD", "ORG"),
    ],
)
def test_a_region_or_an_acronym_after_a_building_word_stays_the_name(text, name, type_):
    found = _id_names(text)
    assert found.get(name) == type_, found


def test_an_acronym_the_article_spelled_out_does_not_open_the_next_persons_name() -> None:
    # The tagger reads a mixed-case acronym (`Gapensi`) as a name and runs it
    # into the chairman's name after it.
    text = (
        "Judul\n\n"
        "Gabungan Pelaksana Konstruksi Nasional (Gapensi) menyambut aturan baru.\n\n"
        "Ketua Umum Gapensi Rahmat Hidayat Sulaiman menyampaikan hal itu. "
        "Rahmat menambahkan proyek akan dimulai."
    )
    found = find_entities(text, parse_structure(text).paragraphs, "id")
    by_text = {m.text: m for m in found}
    assert by_text["Rahmat Hidayat Sulaiman"].type == "PER"
    assert by_text["Rahmat"].key == "rahmat hidayat sulaiman"
    assert {m.key for m in found if m.text == "Gapensi"} == {
        "gabungan pelaksana konstruksi nasional"
    }


def test_an_acronym_may_leave_out_its_organisations_head_word() -> None:
    text = (
        "Judul\n\n"
        "Ia bergabung dengan Partai Gerakan Rakyat Sejahtera (Gerasa) tahun lalu. "
        "Gerasa kini punya dua kursi."
    )
    found = find_entities(text, parse_structure(text).paragraphs, "id")
    keys = {m.text: m.key for m in found}
    assert keys["Gerasa"] == "partai gerakan rakyat sejahtera"


def test_an_acronym_that_is_a_given_name_may_open_a_persons_name() -> None:
    text = (
        "Judul\n\n"
        "Ikatan Keluarga Alumni (Ika) menggelar reuni.\n\n"
        "Ketua Panitia Ika Dewi Lestari membuka acara. Ika Dewi Lestari adalah dosen."
    )
    found = find_entities(text, parse_structure(text).paragraphs, "id")
    assert {m.text: m.type for m in found}.get("Ika Dewi Lestari") == "PER"


def test_a_company_word_after_a_role_keeps_the_company() -> None:
    text = "Judul\n\nHal itu disampaikan Direktur Hana Bank dalam rapat di Jakarta."
    found = find_entities(text, parse_structure(text).paragraphs, "id")
    assert {m.text: m.type for m in found}.get("Hana Bank") == "ORG"


# Held-out precision (issue 16): classes of false names unseen text yields.


@pytest.mark.parametrize("word", ["Modusnya", "Caranya", "Hasilnya"])
def test_a_word_with_nya_opening_a_sentence_is_no_name(word):
    found = _understood(f'"Pelaku tiba pada 2020. {word}, korban dibujuk," kata Rudi Hartono.')
    assert word not in found
    assert found["Rudi Hartono"] == "PER"


def test_a_place_ending_in_nya_stays():
    found = _understood('"Pelaku tiba pada 2020. Kenya, menurut dia, membantu," kata Rudi Hartono.')
    assert found["Kenya"] == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hal itu disampaikan Rina Kusuma kepadaReuters, Senin.", "Reuters"),
        ("Data itu dikutip dariAFP pada Selasa.", "AFP"),
    ],
)
def test_a_name_glued_to_a_preposition_is_cut_from_it(text, name):
    assert name in _understood(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Polisi memeriksa BAP tersangka, kata Kapolres Andi Wijaya.", "BAP"),
        ("Petugas membawa ODGJ itu ke Bogor.", "ODGJ"),
        ("Pelaku dijerat Pasal 363 KUHP di Bogor.", "Pasal"),
        ("Transaksi dilakukan lewat COD di Bogor.", "COD"),
    ],
)
def test_a_procedure_or_a_kind_of_person_written_as_an_acronym_is_no_name(text, term):
    assert term not in _understood(text)


def test_a_source_glued_to_the_verb_opening_a_sentence_is_cut_from_it():
    found = _understood("DilansirkabarSport, pelatih Rudi Hartono datang ke Bogor.")
    assert "kabarSport" in found
    assert not any(n.startswith("Dilansir") for n in found)


def test_a_name_of_two_words_in_one_stays_whole():
    found = _understood("Saham Gracenote dan Microsoft naik di Bogor.")
    assert {"Gracenote", "Microsoft"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Komedian Joko Santoso membeli rumah di Bogor.", "Joko Santoso", "Komedian"),
        ("Walkot Agus Salim meresmikan pasar di Bogor.", "Agus Salim", "Walkot"),
        ("Kanit Reskrim Polsek Cibadak Iptu Rudi Hartono menahan pelaku.", "Rudi Hartono", None),
    ],
)
def test_a_profession_or_short_title_is_the_role_not_the_name(text, name, role):
    text = "Judul\n\n" + text
    found = {m.text: m for m in find_entities(text, parse_structure(text).paragraphs, "id")}
    assert found[name].type == "PER"
    if role:
        assert found[name].role == role
    assert not any(n.startswith(("Komedian", "Walkot", "Kanit")) for n in found)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Kasus KDRT itu ditangani Polres Bogor.", "KDRT"),
        ("Gubernur menerbitkan Surat Edaran (SE) untuk sekolah di Bogor.", "Surat Edaran"),
        ("Pedagang menjual di atas Harga Eceran Tertinggi di Bogor.", "Harga Eceran Tertinggi"),
    ],
)
def test_a_document_price_or_offence_is_no_name(text, term):
    found = _understood(text)
    assert term not in found
    assert "SE" not in found


def test_a_repeated_quotation_keeps_the_speaker_it_was_first_credited_to():
    text = (
        "Judul\n\n"
        '"Ya, kami tangkap supaya pelaku tidak kabur lagi," kata Agus Salim di Bogor.\n\n'
        "Pelaku Rudi Hartono ditangkap di Bekasi. Rudi sempat melawan petugas.\n\n"
        '"Ya, kami tangkap supaya pelaku tidak kabur lagi," katanya.\n\n'
        '"Saya menyesal," kata Rudi.\n'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "id")] == [
        "Agus Salim",
        "Agus Salim",
        "Rudi Hartono",
    ]


@pytest.mark.parametrize("word", ["Cuman", "Nahas"])
def test_a_colloquial_or_sentence_adverb_opening_a_sentence_is_no_name(word):
    found = _understood(f"{word} rumah Rudi Hartono terbakar di Bogor.")
    assert word not in found
    assert found["Rudi Hartono"] == "PER"


def test_the_word_after_a_unit_head_and_before_a_rank_is_the_units_place():
    text = "Judul\n\nKapolres Cibadak, AKBP Rudi Hartono, meresmikan masjid.\n"
    found = {m.text: m for m in find_entities(text, parse_structure(text).paragraphs, "id")}
    assert found["Cibadak"].type == "LOC"
    assert found["Rudi Hartono"].type == "PER"


def test_initials_with_an_age_are_a_person_not_a_country():
    # `AS` is also Amerika Serikat's initials: the age says it is a man's.
    text = "Judul\n\nSeorang pria berinisial AS (57) ditangkap di Bogor.\n"
    found = {m.text: m for m in find_entities(text, parse_structure(text).paragraphs, "id")}
    assert found["AS"].type == "PER"


def _found(text: str):
    text = "Judul\n\n" + text + "\n"
    return {m.text: m for m in find_entities(text, parse_structure(text).paragraphs, "id")}


def test_a_police_unit_before_its_station_is_an_organisation():
    found = _found("Kasat Reskrim Polres Cibadak, AKP Rudi Hartono, menahan pelaku.")
    assert found["Polres Cibadak"].type == "ORG"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kasat Reskrim Polres Cibadak, AKP Rudi Hartono, menahan pelaku.", "Polres Cibadak"),
        ("Kasi Intel Kejari Lintang, Budi Santoso, menahan tersangka.", "Kejari Lintang"),
    ],
)
def test_a_section_after_its_heads_role_is_no_part_of_the_institution(text, body):
    found = _found(text)
    assert found[body].type == "ORG"
    assert not any(name.endswith(body) and name != body for name in found)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ketiga tersangka itu berinisial MY, MF, dan IP. Mereka ditahan.", ("MY", "MF", "IP")),
        ("Seorang kakek berinisial J (63) ditangkap warga.", ("J",)),
        ("Kejaksaan menahan tersangka RMP di Lintang.", ("RMP",)),
        ("Polisi menyebut keempat pelaku adalah DS, ARH, ZF dan MA.", ("DS", "ARH", "ZF", "MA")),
    ],
)
def test_initials_named_by_a_cue_or_a_suspects_noun_are_people(text, people):
    found = _found(text)
    for person in people:
        assert found[person].type == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "Ribuan korban PHK mendatangi kantor Dinas Tenaga Kerja.",
        "Para pelaku UMKM di Lintang mendapat bantuan.",
        "Ia kini menjadi tersangka KPK dalam kasus suap.",
    ],
)
def test_a_frequent_acronym_after_a_suspects_noun_is_no_person(text):
    found = _found(text)
    assert all(m.type != "PER" for m in found.values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kejaksaan Negeri (Kejari) Lintang menetapkan lima tersangka.",
            "Kejaksaan Negeri (Kejari) Lintang",
        ),
        (
            "Sidang digelar di Pengadilan Negeri (PN) Cibadak pada Senin.",
            "Pengadilan Negeri (PN) Cibadak",
        ),
        (
            "Ia bekerja di Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Ogan Lintang (OL).",
            "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Ogan Lintang (OL)",
        ),
        (
            "Proyek itu ada di Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Sulawesi Lintang dan lainnya.",
            "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Sulawesi Lintang",
        ),
    ],
)
def test_an_institutions_branch_with_its_acronym_inside_is_one_organisation(text, body):
    assert _found(text)[body].type == "ORG"


def test_a_body_with_a_name_of_its_own_is_no_branch_of_the_place_after_it():
    found = _found("Yayasan Cahaya Himawari Nusantara (YCHN) Lintang menggelar acara.")
    assert "Yayasan Cahaya Himawari Nusantara (YCHN) Lintang" not in found


@pytest.mark.parametrize(
    ("text", "name", "role_end"),
    [
        ("Sidang diketuai Kolonel Kum Rudi Hartono di Medan.", "Rudi Hartono", "Kum"),
        ("Komandan Pos Panarukan Letda Rudi Hartono hadir.", "Rudi Hartono", "Letda"),
    ],
)
def test_a_military_rank_or_corps_is_the_role_not_the_name(text, name, role_end):
    found = _found(text)
    assert found[name].role.endswith(role_end)
    assert not any(n.startswith(("Kum ", "Letda")) or n.endswith("Letda") for n in found)


def test_an_initial_after_a_place_starts_the_person():
    found = _found("Pengamat Sumatera Selatan M Husni Thamrin menyebut itu.")
    assert found["Sumatera Selatan"].type == "LOC"
    assert found["M Husni Thamrin"].type == "PER"


def test_a_street_named_for_a_person_stays_one_place():
    assert _found("Rumah itu di Jalan A Yani, Bogor.")["Jalan A Yani"].type == "LOC"


def test_a_place_set_off_in_the_speakers_words_is_no_speaker():
    text = (
        "Judul\n\nEndy Soleman Boko menjadi Ketua RT 21 sejak 2019 di Bogor.\n\n"
        '"Setelah kami makan sirih bersama, saya tanya mereka soal keamanan," '
        "tutur Ketua RT 21, Kelurahan Belo, itu.\n\n"
        '"Kemarin kami melapor ke polisi soal akun itu," kata Ketua LBH Cabang '
        "Kencong, Jember, Rudi Hartono, Senin.\n"
    )
    assert [q.speaker for q in _quotes_with_entities(text, "id")] == [
        "Endy Soleman Boko",
        "Rudi Hartono",
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kapolda Irjen I Made Sutama hadir di Bogor.", "I Made Sutama", "Kapolda Irjen"),
        ("Ia hadir bersama Kombes R. Adi Nugraha di Bogor.", "R. Adi Nugraha", "Kombes"),
    ],
)
def test_a_balinese_i_or_an_initial_opens_the_name_not_the_role(text, name, role):
    found = _found(text)
    assert (found[name].type, found[name].role) == ("PER", role)


@pytest.mark.parametrize("word", ["Digorok", "Terungkap"])
def test_a_passive_verb_opening_a_sentence_is_no_name(word):
    found = _understood(f"{word} dari belakang, korban Rudi Hartono tewas di Bogor.")
    assert word not in found


def test_a_rank_class_or_a_promotion_is_no_name():
    found = _understood("Perwira Menengah (Pamen) Polri ikut seleksi di Bogor.")
    assert not {"Perwira Menengah", "Pamen"} & set(found)


@pytest.mark.parametrize("title", ["Nyai", "Buya", "Romo"])
def test_a_religious_honorific_is_the_role_not_the_name(title):
    found = _found(f"Ceramah {title} Siti Aminah dihadiri warga Bogor.")
    assert found["Siti Aminah"].role == title


@pytest.mark.parametrize("name", ["Bareskrim", "Kopassus"])
def test_a_police_or_army_body_or_a_party_by_one_word_is_an_organisation(name):
    found = _found(f"Kasus itu ditangani {name} sejak Senin di Bogor.")
    assert found[name].type == "ORG"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ledakan terjadi di gudang itu pada pagi hari.",
        "Bayangkan jika harga beras naik lagi bulan depan.",
        "Deretan mobil terparkir di depan gedung.",
        "Percakapan itu direkam oleh warga.",
    ],
)
def test_a_word_of_the_language_that_only_opens_a_sentence_is_no_name(sentence):
    # lang/id/lowercase_words.txt, beyond the words common.txt holds.
    text = f"Judul berita\n\nWarga Kota Sleman panik. {sentence} Polisi datang."
    assert set(_understood(text)) <= {"Sleman", "Kota Sleman"}


def test_a_word_after_a_title_written_short_opens_a_name_not_a_sentence():
    # `Prof.` ends with a stop, but the word after it is no sentence's opener.
    text = "Judul berita\n\nStrategi itu pernah diusung Prof. Tambun. Ia membawa hasil."
    assert _understood(text).get("Tambun") == "PER"


def test_a_role_written_out_before_a_stop_ends_its_sentence():
    # `Kapolres.` is no title written short: the word after it opens a sentence.
    text = "Judul berita\n\nHal itu disampaikan oleh Kapolres. Ledakan terjadi pukul tiga."
    assert "Ledakan" not in _understood(text)


NYA_STORY = (
    "Judul\n\n"
    "Kapolsek Tanjung Kompol Budi Santoso mengatakan pelaku ditangkap di rumahnya.\n\n"
    '"Pelaku sudah kami amankan sejak pagi," kata Budi.\n\n'
    "Saat itu, Rudi melihat korban lewat di depan warung. Rudi lalu mengambil pisau dari dapur.\n\n"
    '"Pisau itu sudah kami sita sebagai barang bukti," ungkapnya.\n\n'
    "Anggota DPRD Dewi Lestari juga menanggapi kasus itu.\n\n"
    '"Kami minta polisi mengusut tuntas kasus ini," ujarnya.'
)


def test_a_nya_cue_goes_on_with_the_source_past_the_story_told_between() -> None:
    speakers = [q.speaker for q in _quotes_with_entities(NYA_STORY, "id")]
    # Rudi, the story's subject in between, did not speak; Dewi joined in.
    assert speakers[1] in ("Budi", "Budi Santoso")
    assert speakers[2] == "Dewi Lestari"


def test_someone_the_story_tells_of_with_juga_does_not_take_the_nya_cue() -> None:
    # `Kamal juga memukul`: an act told of, not someone joining in to speak.
    story = (
        "Judul\n\n"
        '"Kami akan mengusut kasus ini," kata Kapolres AKBP Agus Salim.\n\n'
        "Kamal juga memukul korban dengan kayu.\n\n"
        '"Motifnya masih kami dalami," ungkapnya.'
    )
    speakers = [q.speaker for q in _quotes_with_entities(story, "id")]
    assert speakers[1] in ("Agus Salim", "AKBP Agus Salim")


def test_a_pair_after_the_kind_of_a_place_is_one_place() -> None:
    found = _understood("Pesawat mendarat di Bandara Soekarno-Hatta, Tangerang, pagi ini.")
    assert found.get("Bandara Soekarno-Hatta") == "LOC"
    assert "Hatta" not in found


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ('"Ya, mereka cuma paham soal Jabar saja," ujar Budi.', "Jabar"),
        ("Ia tidak tahu banyak soal Sumut.", "Sumut"),
    ],
)
def test_a_province_by_its_short_form_is_a_place(sentence, region) -> None:
    assert _understood(sentence)[region] == "LOC"


@pytest.mark.parametrize(
    ("sentence", "government"),
    [
        ("Pemerintah Kota Dumai menyiapkan anggaran baru.", "Pemerintah Kota Dumai"),
        (
            "Warga meminta Pemerintah Provinsi Jawa Tengah turun tangan.",
            "Pemerintah Provinsi Jawa Tengah",
        ),
    ],
)
def test_a_regions_government_written_in_full_is_one_organisation(sentence, government) -> None:
    found = _understood(sentence)
    assert found.get(government) == "ORG"
    # A country's government leaves the country a place.
    assert _understood("Pemerintah Indonesia menolak usulan itu.") == {"Indonesia": "LOC"}


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Pajak Kendaraan Bermotor", "PKB"),
        ("Bea Balik Nama Kendaraan Bermotor", "BBNKB"),
        ("Program Sekolah Rakyat", "PSR"),
    ],
)
def test_a_tax_a_levy_or_a_programme_is_no_organisation(name, acronym) -> None:
    found = _understood(
        f"Pemprov membuka pemutihan {name} ({acronym}) hingga Desember di Kota Dumai."
    )
    assert found.get(name) in (None, "MISC")
    assert found.get(acronym) in (None, "MISC")
    assert "Kota Dumai" in found


def test_a_unit_and_its_region_after_a_role_leave_the_person_alone() -> None:
    found = _understood(
        "Hal itu disampaikan Kasi Penkum Kejati Sumsel Rina Andayani kepada wartawan."
    )
    assert found.get("Rina Andayani") == "PER"
    assert found.get("Kejati Sumsel") == "ORG"
    assert not any("Penkum" in n for n in found)


def test_a_bodys_branch_in_a_province_is_no_person():
    found = _found(
        "Rudi yang merupakan Ketua Perindo Sulteng menjadi korban. Ketua Perindo itu diam."
    )
    assert found["Perindo Sulteng"].type == "ORG"
    assert found["Perindo"].type == "ORG"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Sidang digelar di Pengadilan Negeri Jakarta Selatan hari ini.",
            "Pengadilan Negeri Jakarta Selatan",
        ),
        (
            "Menurut Dinas Pendidikan Kabupaten Nias Tengah, sekolah itu terbakar.",
            "Dinas Pendidikan Kabupaten Nias Tengah",
        ),
    ],
)
def test_a_body_named_by_what_it_is_before_a_place_is_its_branch(text, body):
    assert _found(text)[body].type == "ORG"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dan ini tugas dari Pemkot Surabaya bersama mitra dan tokoh masyarakat.",
            "Pemkot Surabaya",
        ),
        ("Polisi memeras salah seorang ASN Pemko Lintang berinisial IIH.", "Pemko Lintang"),
    ],
)
def test_a_bodys_short_form_before_its_region_is_one_organisation(text, body):
    assert _found(text)[body].type == "ORG"


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Mereka narapidana di Lapas Kelas I Lintang Barat dalam kasus narkotika.",
            "Lapas Kelas I Lintang Barat",
        ),
        ("Ia ditahan di Rutan Kelas IIB Cibadak sejak Senin.", "Rutan Kelas IIB Cibadak"),
        (
            "Ia tewas di Lembaga Pemasyarakatan (Lapas) Kelas III Lintang, kata polisi.",
            "Lembaga Pemasyarakatan (Lapas) Kelas III Lintang",
        ),
    ],
)
def test_a_prison_named_with_its_class_and_place_is_one_name(text, place):
    found = _found(text)
    assert place in found
    assert "Lintang" not in found and "Cibadak" not in found


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hotel itu terletak di Jalan Bundo Lintang No 8, Kota Cibadak.", "Jalan Bundo Lintang"),
        ("Sekolah di Jalan Arah Lintang KM 7, Kecamatan Cibadak, terbakar.", "Jalan Arah Lintang"),
    ],
)
def test_a_streets_name_ends_before_the_number_of_the_address(text, street):
    assert _found(text)[street].type == "LOC"


def test_a_provinces_short_form_opens_no_persons_name():
    found = _found(
        "Kepala Kantor Wilayah (Kanwil) Direktorat Jenderal Pemasyarakatan (Ditjenpas) "
        "Sulteng Rindra Wardana mengatakan hal itu."
    )
    assert found["Rindra Wardana"].type == "PER"
    assert found["Sulteng"].type == "LOC"


def test_a_platform_after_a_word_for_a_post_is_apart_from_the_owner():
    found = _found(
        "Jadwal itu diketahui dari unggahan di Instagram Dinas PKBMR Medan. Jalan ditutup."
    )
    assert found["Instagram"].type == "ORG"
    assert found["Dinas PKBMR Medan"].type == "ORG"


def test_initials_that_spell_a_technical_term_stay_a_person():
    # `IP` and `AR` are terms (an address, augmented reality) elsewhere.
    found = _understood("Ketiga tersangka itu berinisial MY, AR, dan IP. Mereka ditahan.")
    assert found.get("IP") == "PER"
    assert found.get("AR") == "PER"
