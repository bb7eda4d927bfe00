"""Understanding never gives up on an article, whatever order its words come in.

Random characters rarely make the shapes the rules look at (a name at the
very end of the text, an article before nothing, a quotation mark alone);
words of each language in random order do. An exception here is an article
stored without names by phase 2 (``reader.understanding``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.pipeline import understand
from reader.extract.structure import parse_structure

# Made-up names among each language's function words, roles, cues and marks.
_WORDS = {
    "de": "Die Regierung der Firma sagte Klaus Wendt „ “ » « Le Der laut am dass Herr Frau"
    " Dr. Ost-Berlin Straße - – , . : Politik",
    "en": "The firm said Tom Harlow \" “ ” ' Mr Dr. Bank of Westbridge Utd on Monday , . : - ( )"
    " told according to",
    "id": 'Pemerintah kata Budi Harsono " “ ” Pak Bu Dr. Bank Nusantara PT ujar ungkapnya , . :'
    " - ( ) Foto: Warta.com",
    "fr": "Le gouvernement a dit Jean Morel « » M. Mme , . : - ( )",
    "es": "El gobierno dijo Juan Ortega « » “ ” Sr. , . : - ( )",
    "ja": "政府 は 山川一郎 氏 「 」 と 述べた 。 、 株式会社 によると いわく",
    "ko": "정부 는 김민호 씨 “ ” 라고 말했다 . , 교수 연구팀은 그는",
    "zh": "政府 表示 王明 “ ” 说 。 ， 公司 记者 ： 他说",
}
WORDS = {lang: words.split() for lang, words in _WORDS.items()}


@st.composite
def articles(draw):
    lang = draw(st.sampled_from(sorted(WORDS)))
    words = draw(st.lists(st.sampled_from([*WORDS[lang], "\n", "\n\n"]), min_size=1, max_size=40))
    space = "" if lang in ("ja", "zh") else " "
    return lang, draw(st.sampled_from(["", "Title\n\n"])) + space.join(words)


@settings(max_examples=300, deadline=None)
@given(articles())
def test_any_order_of_a_languages_words_is_understood(article):
    lang, text = article
    found = parse_structure(text, lang=lang)
    entities, quotes = understand(text, found.paragraphs, lang, found.source)
    for m in entities:
        assert text[m.start : m.end] == m.text
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
