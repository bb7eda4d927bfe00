"""The words that attribute a quotation, per language, as regular expressions.

Kept apart from the logic in ``attribution`` so that a language is added by
adding its cues here. Tail patterns read the text right after a closing
mark (``," kata Tito``), head patterns the end of the text before an opening
mark (``Tito menjelaskan, "``). Groups: ``cue``; ``who`` for a speaker
written before the cue; ``rest`` for the text after a cue, where the
speaker follows it.
"""

from __future__ import annotations

import re

from reader.extract.cjk_words import KO_ROLES

ID_CUES = (
    "kata|ujar|ungkap|jelas|terang|lanjut|tutur|imbuh|papar|sebut|tegas|tambah|ucap|pungkas"
    "|beber|tulis|sambung|tutup|tandas|sahut|jawab|tanya|urai|kilah|seru|tukas|cetus|timpal"
    "|kenang|akui|aku|pinta|bilang|katakan|tambahkan|jelaskan|ungkapkan|sebutkan|tegur|bunyi"
    "|ajak|harap|klaim|pesan|tuding|tuturnya|terangkan|singgung|ulas|kisah|celetuk|canda"
)
ID_VERBS = (
    "mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menambahkan|menyebut|menyebutkan"
    "|menuturkan|memaparkan|menyampaikan|menerangkan|mengucapkan|membeberkan|berkata|bilang"
    "|berujar|mengaku|menilai|menekankan|mengingatkan|meminta|mengimbau|bertanya|menanyakan"
    "|menjawab|menulis|menuliskan|mencontohkan|melanjutkan|menutup|mengklaim|memastikan"
    "|menanggapi|berpesan|menceritakan|mengisahkan|berharap|mengharapkan|berpendapat|mengakui"
    "|menimpali|menandaskan|menukas|mengungkap|berucap|menyinggung|mengajak|mengutip|berkomentar"
)
EN_CUES = (
    "said|says|say|told|tells|added|adds|explained|explains|asked|asks|wrote|writes|noted|notes"
    "|continued|continues|stated|states|declared|insisted|argued|argues|warned|warns|claimed"
    "|claims|recalled|tweeted|posted|replied|responded|answered|acknowledged|admitted|announced"
    "|observed|suggested|concluded|remarked|joked|predicted|conceded|boasted|complained|urged"
    "|cautioned|emphasized|stressed|pointed out|went on|shot back|fired back|reportedly said"
    "|explaining|adding|saying|telling|writing|noting|asking|demanded|sings|sang|reads|read"
    "|shouted|yelled|yells|screamed|scolded|commented|chanted|chanting|tweeting|wondered|mused"
    "|quipped|testified|recounted|pleaded|vowed|countered|retorted|snapped|exclaimed|texted"
)
DE_CUES = "sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|so|fügte hinzu|schrieb"
FR_CUES = (
    "a déclaré|a dit|a affirmé|a expliqué|a ajouté|a précisé|a estimé|a souligné|explique"
    "|affirme|déclare|estime|ajoute|précise|souligne|dit|selon|confie|raconte|assure|indique"
    "|rappelle|poursuit|conclut|insiste|témoigne|a confié|a raconté|a assuré|a indiqué"
)
# Past participles, which lead into a quotation after an adverbial
# (`a pour sa part affirmé : « … »`) or follow an inverted pronoun
# (`« … », a-t-elle dit`).
FR_PARTICIPLES = (
    "déclaré|dit|affirmé|expliqué|ajouté|précisé|estimé|souligné|confié|raconté|assuré"
    "|indiqué|rappelé|insisté|témoigné|lancé|répondu|averti|prévenu|martelé|reconnu"
)
ES_CUES = (
    "afirmó|dijo|señaló|explicó|aseguró|añadió|indicó|declaró|comentó|subrayó|destacó"
    "|reconoció|advirtió|sostuvo|apuntó|insistió|afirma|dice|señala|explica|asegura|añade"
)
_PRONOUN_WORDS = "dia ia beliau mereka kami saya aku kita he she they we i er sie il elle ils elles"
PRONOUNS = frozenset(_PRONOUN_WORDS.split())
_OBJECT_PRONOUN_WORDS = "him her them ihm ihr lui"
OBJECT_PRONOUNS = frozenset(_OBJECT_PRONOUN_WORDS.split())
_CAP = r"(?:[A-Z][\w'’.-]*(?:&[A-Z][\w'’.-]*)?|\([A-Z][\w&.-]*\))"
# Words whose full stop ends no sentence: titles, and initials (``J.``).
ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Prof",
    "Rev",
    "Fr",
    "Del",
    "Sens",
    "Reps",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Sgt",
    "Adm",
    "Cmdr",
    "Supt",
    "Hon",
    "Ir",
    "Drs",
    "Hj",
    "KH",
    "[A-Z]",
)
# A name runs on after a word with a full stop only when the stop marks an
# abbreviation: ``Luhut Binsar Pandjaitan. Purbaya`` is two sentences.
_RUNS_ON = "(?<![.])|" + "|".join(rf"(?<=\b{a}\.)" for a in ABBREVIATIONS)
NAME = (
    rf"{_CAP}(?:(?:{_RUNS_ON})[ \t]+"
    rf"(?:(?:bin|binti|van|von|de|der|da|al|el|la|le|of|for|&)[ \t]+)?{_CAP}){{0,8}}"
)
_LEAD = r"[\s,.;:–—-]*"
_WHO_EN = (
    r"(?P<who>(?:(?:the|a|an|one|another|his|her|their|its)\s+)?"
    r"[\w'’.()&-]+(?:\s+[\w'’.()&-]+){0,6}?)"
)
_EN_AUX = r"(?:also\s+|later\s+|then\s+|has\s+|had\s+|would\s+|previously\s+|once\s+)?"

# `“…” ― Pamela Padilla`: a name after a dash signs the quotation, in any language.
SIGNED = re.compile(rf"[\s.,]*(?P<cue>[―—–])\s*(?P<who>{NAME})\s*[.]?\s*$")

TAIL = {
    "id": [
        re.compile(
            rf"{_LEAD}(?:demikian\s+|begitu\s+)?(?P<cue>(?:{ID_CUES})(?:nya)?)\b\s*(?P<rest>.*)",
            re.I | re.S,
        ),
        re.compile(
            rf"{_LEAD}(?P<who>{NAME}|[Dd]ia|[Ii]a|[Bb]eliau|[Mm]ereka)\s+(?:juga\s+|pun\s+|lalu\s+)?"
            rf"(?P<cue>{ID_VERBS})\b",
            re.S,
        ),
        re.compile(rf"{_LEAD}(?P<cue>menurut)\s+(?P<rest>.*)", re.I | re.S),
    ],
    "en": [
        re.compile(rf"{_LEAD}(?P<cue>{EN_CUES})\s+(?P<rest>.*)", re.S),
        re.compile(rf"{_LEAD}{_WHO_EN}\s+{_EN_AUX}(?P<cue>{EN_CUES})\b", re.S),
        # `Scott's niece, state Sen. Marcia Price (D-Va.), said`: a description,
        # then the person's name in apposition (a nickname in marks allowed).
        re.compile(
            rf"{_LEAD}(?P<desc>[\w'’-]+(?:[ \t]+[\w'’-]+){{0,5}}),[ \t]+"
            rf"(?P<app>(?:[^,\"“”\n()]|\"\w+\"|“\w+”|\([^()\n]*\)){{3,100}}?),[ \t]+"
            rf"{_EN_AUX}(?P<cue>{EN_CUES})\b"
        ),
        re.compile(
            rf"{_LEAD}(?P<who>{NAME}),\s+(?:[^\"“”.]|\.(?=[,\w])){{1,120}}?,\s+{_EN_AUX}"
            rf"(?P<cue>{EN_CUES})\b",
            re.S,
        ),
        re.compile(rf"{_LEAD}(?P<cue>according to)\s+(?P<rest>.*)", re.I | re.S),
    ],
    "de": [
        re.compile(rf"{_LEAD}(?P<cue>{DE_CUES})\s+(?P<rest>.*)", re.S),
        re.compile(rf"{_LEAD}(?P<cue>laut|zufolge)\s+(?P<rest>.*)", re.I | re.S),
    ],
    "fr": [
        re.compile(rf"{_LEAD}(?P<cue>{FR_CUES})\s+(?P<rest>.*)", re.S),
        # `confie-t-elle`, `a-t-il dit`: the speaker is the pronoun's person.
        re.compile(
            rf"{_LEAD}(?P<cue>(?:{FR_CUES.replace('a ', '')})(?:-t)?-(?:il|elle)s?"
            rf"|a-t-(?:il|elle)s?\s+(?:{FR_PARTICIPLES}))\b"
        ),
    ],
    "es": [
        re.compile(rf"{_LEAD}(?P<cue>{ES_CUES})\s+(?P<rest>.*)", re.S),
        re.compile(rf"{_LEAD}(?P<cue>según)\s+(?P<rest>.*)", re.I | re.S),
    ],
    # CJK: the cue follows the closing mark; the speaker is the topic of the
    # sentence before the opening mark (see HEAD), or in Chinese the subject
    # just before the cue. The topic may carry an age or a title in brackets
    # (`佐藤美咲さん（24）は`, `김철수(45) 씨는`).
    "ja": [
        re.compile(
            r"\s*(?:と|とも|などと)(?P<cue>述べ|話し|語っ|説明し|強調し|明かし|指摘し|答え"
            r"|コメントし|発言し|訴え|言っ|話す|語る|いう|言う)"
        )
    ],
    "ko": [
        re.compile(
            r"\s*(?:라고|이라고|고|며|라며)\s*(?P<cue>말했다|밝혔다|설명했다|강조했다|전했다"
            r"|덧붙였다|말했습니다|밝혔습니다|지적했다|말했|밝혔|강조했)"
        )
    ],
    "zh": [
        re.compile(r"[\s，,。]*(?P<who>[^\s，,。“”\"：:]{1,10}?)(?P<cue>表示|说|称|指出|强调|认为)")
    ],
}

# A Korean speaker's title, longest first (`부사장` before `사장`).
_KO_ROLE = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))

# Head patterns are searched in the text before the opening mark and must
# reach its end, so that the cue leads into this quotation.
_TRAIL = r"\s*[,:]?\s*"
# After a leading cue, the words up to the mark end in a comma or colon, or
# the mark follows the cue (and `bahwa`/`that`) directly.
_LEADS_IN = r"(?:(?:\s+[\w'’()/-]+){0,10}?\s*[,:]|\s*(?:bahwa|that)?)\s*$"
HEAD = {
    "id": [
        re.compile(rf"(?P<cue>{ID_VERBS})\b{_LEADS_IN}"),
        re.compile(
            rf"\b(?P<cue>[Mm]enurut|[Kk]ata|[Uu]jar)\s+(?P<rest>{NAME}|dia|ia|beliau|mereka){_TRAIL}$"
        ),
    ],
    "en": [
        re.compile(rf"(?P<cue>{EN_CUES})\b{_LEADS_IN}"),
        re.compile(rf"\b(?P<cue>[Aa]ccording to)\s+(?P<rest>{NAME}|him|her|them){_TRAIL}$"),
    ],
    "de": [re.compile(rf"(?P<cue>{DE_CUES})\b{_LEADS_IN}")],
    "fr": [re.compile(rf"(?P<cue>{FR_CUES}|{FR_PARTICIPLES})\b{_LEADS_IN}")],
    "es": [re.compile(rf"(?P<cue>{ES_CUES})\b{_LEADS_IN}")],
    "ja": [
        re.compile(
            r"(?:(?<=[\s、。「」『』（）\u3040-\u309f])|^)"
            # A given name in hiragana only before an honorific (綾瀬はるかさん).
            r"(?P<who>[\u4e00-\u9fff々]{1,4}[\u3041-\u3096]{2,4}(?=さん|氏)"
            r"|[^\s、。「」『』（）\u3040-\u309f]{1,15}?)"
            r"(?:氏|さん|様|容疑者|被告|監督|選手|社長|会長"
            r"|首相|大統領|教授)?(?:[（(][^（）()「」]{1,12}[）)])?(?:ら|たち)?(?:は|が|も)、?[^。「」]*$"
        )
    ],
    "ko": [
        re.compile(
            r"(?P<who>[가-힣A-Za-z]+(?:\s[가-힣A-Za-z]+){0,2}?)(?:\([^()]{1,12}\))?"
            rf"(?:\s?(?:{_KO_ROLE}))?(?:은|는|이|가)\s[^.\"“”]*$"
        )
    ],
    "zh": [
        re.compile(
            r"(?P<who>[^\s，,。“”\"：:]{1,10}?)(?P<cue>表示|说|称|指出|强调|认为)[:：，,]?\s*$"
        )
    ],
}
CJK = frozenset({"ja", "ko", "zh"})


def family(lang: str) -> str:
    """The cue table for ``lang``: Malay-family languages share Indonesian's."""
    base = lang.split("-")[0].lower()
    if base in {"id", "ms", "jv", "su"}:
        return "id"
    return base if base in TAIL else "en"
