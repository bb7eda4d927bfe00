"""Taking the role off a speaker's name: ``Menteri Dalam Negeri Tito Karnavian``.

News names a speaker with the function first, and in Indonesian the
function is itself a capitalised phrase (``Kepala BPS``, ``Menteri Dalam
Negeri``, ``Ekonom Universitas Gadjah Mada (UGM)``). The role ends where the
institution ends: after the last acronym, parenthesis or institution word.
"""

from __future__ import annotations

import re

from reader.extract.lang import LanguageRules, rules_for

HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "dr",
        "pak",
        "bu",
        "ibu",
        "bapak",
        "herr",
        "frau",
        "monsieur",
        "madame",
    ]
)

# Words of the institution a role belongs to: `Menteri Dalam Negeri`, `Kepala Dinas Kesehatan`.
_INSTITUTION = """
    dalam luar negeri keuangan pertahanan kesehatan pendidikan agama sosial perhubungan
    perdagangan perindustrian pertanian kehutanan kelautan perikanan pariwisata tenaga kerja
    ketenagakerjaan hukum ham energi sumber daya mineral badan dinas kantor dewan majelis komisi
    bank pusat daerah provinsi kabupaten kota partai universitas institut lembaga kementerian
    koordinator bidang umum perekonomian politik keamanan investasi bumn staf kepresidenan
    pembangunan nasional negara republik indonesia pemuda olahraga koperasi desa transmigrasi
    perumahan rakyat pekerjaan informatika komunikasi digital sekretariat kabinet otoritas jasa
    pengawas pengelola pendapatan statistik perencanaan penanggulangan bencana marinir satuan
    tugas wilayah kampung penindakan eksekusi supervisi humas reskrim intelijen seksi
    jawa barat timur tengah utara selatan sumatera kalimantan sulawesi bali papua jakarta dki
    yogyakarta aceh riau banten lampung maluku nusa tenggara gorontalo jambi bengkulu
    the of for and department state house white federal reserve council committee
"""
INSTITUTION_WORDS = frozenset(_INSTITUTION.split())
_ACRONYM = re.compile(r"^\(?[A-Z][A-Z0-9&.-]+\)?$")
_ROMAN = re.compile(r"^[IVX]+$")


def is_institution(word: str, rules: LanguageRules) -> bool:
    """Whether a word belongs to an institution's name in a title
    (``Keuangan`` in ``Menteri Keuangan``, ``DKI``, ``(Menkeu)``)."""
    bare = word.strip("(),.")
    return (
        bare.lower() in INSTITUTION_WORDS
        or bare.lower() in rules.speaker_roles
        or bool(_ACRONYM.match(word) and len(bare) >= 2)
        or bool(_ROMAN.match(bare))
        or word.startswith("(")
        or word.endswith(")")
        or bare.lower().startswith(("kemen", "kepala", "dinas"))
    )


def _role(word: str, rules: LanguageRules) -> bool:
    return word.lower().rstrip(".") in rules.speaker_roles or rules.is_role(word)


def strip_role(name: str | None, rules: LanguageRules | None = None) -> str | None:
    """``name`` without the role and institution written before it.

    A trailing parenthesis (``(D-Wis.)``) and a leading acronym (``BPS Dewi
    Kartika``) go too. A name that does not start with a role is otherwise
    returned as it is; a role alone becomes None. ``rules`` are the
    article's language's (``rules_for(lang)``); without them, every
    language's roles are taken off.
    """
    rules = rules or rules_for("und")
    if not name:
        return None
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].endswith(")"):
        words = words[:-1]
    while len(words) > 1 and _ACRONYM.match(words[0]) and words[1][:1].isupper():
        words = words[1:]
    if not words or not _role(words[0], rules):
        return " ".join(words) or None
    i = 0
    while i < len(words) and _role(words[i], rules):
        i += 1
    if i == len(words) and i > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        return words[-1]  # `Mr. King`: after an honorific, a role word is a surname
    last_institution = i - 1
    for j in range(i, len(words) - 1):
        if is_institution(words[j], rules):
            last_institution = j
    rest = words[last_institution + 1 :]
    return " ".join(rest) if rest else None
