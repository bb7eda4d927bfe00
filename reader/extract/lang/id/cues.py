"""Indonesian quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.cues import LEAD, LEADS_IN, NAME, TRAIL

ID_CUES = (
    "kata|ujar|ungkap|jelas|terang|lanjut|tutur|imbuh|papar|sebut|tegas|tambah|ucap|pungkas"
    "|beber|tulis|sambung|tutup|tandas|sahut|jawab|tanya|urai|kilah|seru|tukas|cetus|timpal"
    "|kenang|akui|aku|pinta|bilang|katakan|tambahkan|jelaskan|ungkapkan|sebutkan|tegur|bunyi"
    "|ajak|harap|klaim|pesan|tuding|tuturnya|terangkan|singgung|ulas|kisah|celetuk|canda|teriak"
)
ID_VERBS = (
    "mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menambahkan|menyebut|menyebutkan"
    "|menuturkan|memaparkan|menyampaikan|menerangkan|mengucapkan|membeberkan|berkata|bilang"
    "|berujar|mengaku|menilai|menekankan|mengingatkan|meminta|mengimbau|bertanya|menanyakan"
    "|menjawab|menulis|menuliskan|mencontohkan|melanjutkan|menutup|mengklaim|memastikan"
    "|menanggapi|berpesan|menceritakan|mengisahkan|berharap|mengharapkan|berpendapat|mengakui"
    "|menimpali|menandaskan|menukas|mengungkap|berucap|menyinggung|mengajak|mengutip|berkomentar"
)

TAIL = [
    re.compile(
        rf"{LEAD}(?:demikian\s+|begitu\s+)?(?P<cue>(?:{ID_CUES})(?:nya)?)\b\s*(?P<rest>.*)",
        re.I | re.S,
    ),
    re.compile(
        rf"{LEAD}(?P<who>{NAME}|[Dd]ia|[Ii]a|[Bb]eliau|[Mm]ereka)\s+(?:juga\s+|pun\s+|lalu\s+)?"
        rf"(?P<cue>{ID_VERBS})\b",
        re.S,
    ),
    re.compile(rf"{LEAD}(?P<cue>menurut)\s+(?P<rest>.*)", re.I | re.S),
]
HEAD = [
    re.compile(rf"(?P<cue>{ID_VERBS})\b{LEADS_IN}"),
    re.compile(
        rf"\b(?P<cue>[Mm]enurut|[Kk]ata|[Uu]jar)\s+(?P<rest>{NAME}|dia|ia|beliau|mereka){TRAIL}$"
    ),
]

# `Menurut Kepala Dinas Tenaga Kerja dan Transmigrasi Lintang, Ahmad Fauzi,`:
# a role with where it is held, then its holder between commas.
ACCORDING_ROLE = re.compile(r"(?:Menurut|Kata)\s+([^,.\"“”\n]{2,80}),")
# The passive of a verb of saying, its agent after it, ``oleh`` or not:
# `Hal itu disampaikan Kapolres Lintang AKBP Budi Hartono`, `Hal ini
# diungkapkan oleh Direktur Jenderal Pajak Rudi Santoso`: the person who
# said it.
SAID_BY = re.compile(
    r"\bdi(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|utarakan|paparkan|sebutkan"
    rf"|terangkan|kemukakan|benarkan|akui)\s+(?:oleh\s+)?({NAME})"
)
