"""Japanese words and their kinds, from Sudachi (``sudachipy``, small dictionary).

Sudachi was chosen by measurement on the blind gold (``evaluation/analysers.py``):
its proper nouns alone find 0.50 of the Japanese names at 1.8 ms an article,
against 0.42 for MeCab with UniDic (``fugashi`` + ``unidic-lite``, 2.8 ms) and
0.54 for Janome at 43 ms; the small dictionary costs 120 MB on disk and 39 MB
more resident in a process once it meets Japanese (memory-mapped: 116 MB for
a whole process that read all 180 corpus articles), the core one 207 MB on
disk and 80 MB more resident for 0.04 more recall, which the memory budget
(all analysers beside the app under 600 MB) does not allow.
Sudachi types proper nouns as persons (family and given names), places and
others; the others here are organisations when a suffix says so.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reader.extract import morphology as kinds
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

# Sudachi refuses an input over about 49,000 bytes; a paragraph is cut into
# pieces of this many characters (at most four bytes each in UTF-8).
_PIECE = 12_000

_ORG_ENDS = frozenset(
    [
        "大学",
        "大学院",
        "高校",
        "高等学校",
        "中学",
        "中学校",
        "小学校",
        "学校",
        "学院",
        "学園",
        "銀行",
        "証券",
        "信金",
        "保険",
        "生命",
        "新聞",
        "新聞社",
        "通信",
        "通信社",
        "放送",
        "テレビ",
        "出版",
        "書店",
        "電機",
        "電気",
        "電力",
        "電鉄",
        "鉄道",
        "航空",
        "自動車",
        "工業",
        "製作所",
        "製薬",
        "化粧品",
        "商事",
        "物産",
        "重工",
        "建設",
        "不動産",
        "食品",
        "化学",
        "興業",
        "産業",
        "技研",
        "研究所",
        "研究会",
        "研究室",
        "協会",
        "連盟",
        "連合",
        "財団",
        "機構",
        "組合",
        "委員会",
        "株式会社",
        "有限会社",
        "ホールディングス",
        "グループ",
        "倶楽部",
        "クラブ",
        "球団",
        "病院",
        "医院",
        "クリニック",
        "美容外科",
        "事務所",
        "商会",
        # What a company does, written after its brand as the rest of its
        # name (`サムスン電子`, `秀和システム`, `ドコモショップ`,
        # `富士通東芝モバイルコミュニケーションズ`): alone the brand is
        # a shorter name than the one the article gives.
        "電子",
        "システム",
        "システムズ",
        "コミュニケーションズ",
        "テクノロジーズ",
        "ネットワークス",
        "ソリューションズ",
        "エンタテインメント",
        "エンターテインメント",
        "ショップ",
        "工房",
        "党",
        "省",
        "庁",
        "局",
        "社",
        "部",
        "会",
        "団",
        "隊",
        "劇団",
        "署",
        "市役所",
        "県庁",
        "裁判所",
        "議会",
        "政府",
    ]
)
_LOC_ENDS = frozenset(
    [
        "市",
        "県",
        "区",
        "町",
        "村",
        "郡",
        "州",
        "府",
        "都",
        "道",
        "島",
        "駅",
        "空港",
        "港",
        "山",
        "川",
        "湖",
        "城",
        "寺",
        "神社",
        "ヒルズ",
        # Regions (`中華圏`, `東北地方`).
        "圏",
        "地方",
        # Venues, named for their place or owner (`東京ドーム`, `幕張メッセ`).
        "タワー",
        "ドーム",
        "アリーナ",
        "スタジアム",
        "ホール",
        "メッセ",
        "公園",
        "球場",
        "競技場",
        "展示場",
        "会館",
        "武道館",
        "美術館",
        "博物館",
    ]
)
_HONORIFICS = frozenset(
    [
        "さん",
        "氏",
        "様",
        "さま",
        "君",
        "くん",
        "ちゃん",
        "選手",
        "監督",
        "社長",
        "会長",
        "先生",
        "教授",
        "議員",
        "知事",
        "市長",
        "首相",
        "大臣",
        "容疑者",
        "被告",
        "騎手",
        "助手",
        "調教師",
        "シェフ",
        "投手",
        "捕手",
        "内野手",
        "外野手",
        "代表",
        "理事長",
        "部長",
        "課長",
    ]
)
# After a place or a name, these make a word of it, not a name (日本人, 英語).
_NOT_NAME_AFTER = frozenset(
    [
        "人",
        "語",
        "系",
        "風",
        "製",
        "産",
        "版",
        "式",
        "流",
        "料理",
        "代表",
        "戦",
        "杯",
        "記念",
        "五輪",
        "線",
    ]
)
_WORDS = kinds.NameWords(
    honorifics=_HONORIFICS,
    org_ends=_ORG_ENDS,
    loc_ends=_LOC_ENDS,
    not_name=_NOT_NAME_AFTER,
)


@cache
def _dictionary():
    from sudachipy import dictionary

    return dictionary.Dictionary(dict="small")


@cache
def _tokenizer():
    return _dictionary().tokenizer()


def analyse(text: str):
    """Sudachi's words for ``text`` (its small dictionary, the one this
    module loads): for the other modules of the language, which read a
    phrase's parts of speech."""
    return _tokenizer().tokenize(text)


@cache
def _pos(pos_id: int) -> tuple[str, ...]:
    return _dictionary().pos_of(pos_id)


@lru_cache(maxsize=4096)
def one_kanji_family(name: str) -> bool:
    """Whether the analyser reads a full name's first kanji as its family
    name (``孫`` ``正義``)."""
    tokens = list(_tokenizer().tokenize(name))
    return (
        len(tokens) >= 2
        and len(tokens[0].surface()) == 1
        and tokens[0].part_of_speech()[1:4] == ("固有名詞", "人名", "姓")
    )


@lru_cache(maxsize=1024)
def common_noun(word: str) -> bool:
    """Whether the analyser reads ``word`` alone as one common noun (``孫``,
    a grandchild; ``林``, a grove), not as a name."""
    tokens = list(_tokenizer().tokenize(word))
    return len(tokens) == 1 and tokens[0].part_of_speech()[:2] == ("名詞", "普通名詞")


@lru_cache(maxsize=4096)
def one_person_word(word: str) -> bool:
    """Whether the analyser reads ``word`` as one word, a person's name
    (``タケシ``, ``マリコ``: a given or a stage name it knows)."""
    tokens = list(_tokenizer().tokenize(word))
    return len(tokens) == 1 and tokens[0].part_of_speech()[1:3] == ("固有名詞", "人名")


@lru_cache(maxsize=4096)
def suffix_at_end(word: str) -> bool:
    """Whether the analyser cuts ``word`` into nouns (and their suffixes:
    ``消費`` ``者``) and a last character that is a suffix of its own
    (``財務`` ``省``), not one word (``反省``)."""
    tokens = list(_tokenizer().tokenize(word))
    return (
        len(tokens) >= 2
        and len(tokens[-1].surface()) == 1
        and tokens[-1].part_of_speech()[0] == "接尾辞"
        and tokens[0].part_of_speech()[0] == "名詞"
        and all(t.part_of_speech()[0] in ("名詞", "接尾辞") for t in tokens[1:-1])
    )


@lru_cache(maxsize=50_000)
def _kind_of(pos_id: int, surface: str) -> str:
    """A word's kind, by its part of speech and, for the words that close
    or unmake a name, its surface; cached, as news repeats its words."""
    return _kind(_pos(pos_id), surface)


def _kind(pos: tuple[str, ...], surface: str) -> str:
    if pos[0] == "名詞" and pos[1] == "固有名詞":
        if pos[2] == "人名":
            # A family name or a full one is a person; a given name alone
            # (`友`, `樹`) and a foreign first name (`マリオ`) need more.
            return kinds.PER if pos[3] == "姓" else kinds.GIVEN
        if pos[2] == "地名":
            # `ジャパン` after a company's name is its Japanese arm
            # (`サムスンモバイルジャパン`); alone, Japan.
            return kinds.ORG_END if surface == "ジャパン" else kinds.LOC
        if surface in _LOC_ENDS:
            # What names a kind of place, however the dictionary tags it:
            # `ヒルズ` closes `表参道ヒルズ`, and is no name alone.
            return kinds.LOC_END
        return kinds.ORG if surface.endswith(_teams()) else kinds.NAME
    listed = _WORDS.kind(surface)
    if listed is not None:
        return listed
    if surface in ("・", "＝"):
        return kinds.JOIN
    if pos[0] == "名詞" and pos[1] == "普通名詞":
        if surface.endswith(_teams()):
            # A team's nickname is an organisation, and closes its name after
            # its town and sponsor (`北海道` `日本` `ハムファイターズ`).
            return kinds.ORG
        return kinds.NOUN
    return kinds.OTHER


@cache
def _teams() -> tuple[str, ...]:
    from reader.extract.lang.ja.words import JA_TEAM_NAMES

    return tuple(JA_TEAM_NAMES.split())


def morphemes(text: str, start: int, end: int) -> list[kinds.Morpheme]:
    """The words of ``text[start:end]`` with their kinds."""
    tokenizer = _tokenizer()
    out: list[kinds.Morpheme] = []
    # Where a name's part or a ・ stands: only there may a kind be mended.
    marked: list[int] = []
    # Common nouns right after a place, that may make it their qualifier.
    attributive: list[kinds.Morpheme] = []
    for at in range(start, end, _PIECE):
        piece = text[at : min(end, at + _PIECE)]
        if not piece.strip():
            continue
        for m in tokenizer.tokenize(piece):
            begin, end_ = m.begin(), m.end()
            word = piece[begin:end_]
            pos_id = m.part_of_speech_id()
            kind = _kind_of(pos_id, word)
            if kind == kinds.OTHER and out and _suffixed(text, out[-1], at + end_):
                continue
            if kind == kinds.HONORIFIC and word in _PERSON_TITLES and out:
                _place_as_surname(text, out, at + begin)
            if kind == kinds.LOC_END and word in _WARD_ENDS and len(out) > 1:
                _ward_in_address(text, out, at + begin)
            if word in _NAME_SPACES and out and out[-1].kind == kinds.PER:
                # Maybe the space of a name written apart (`三木 雄信`):
                # `_names_in_full` keeps it only before a given name.
                kind = kinds.JOIN
            if kind in _MARKED:
                marked.append(len(out))
            out.append(kinds.Morpheme(at + begin, at + end_, kind))
            if (
                kind == kinds.NOUN
                and len(out) > 1
                and _qualified(out[-2], at + begin, word, pos_id)
            ):
                attributive.append(out[-1])
    if marked:
        _names_in_full(text, out, marked)
        _kanji_run_names(text, out, marked)
        out = _kana_given_names(text, out, marked)
    if "子" in text[start:end]:
        _pseudonyms(text, out, start, end)
    if attributive:
        _places_qualifying(out, attributive)
    return out


_SUFFIXES = frozenset((kinds.ORG_END, kinds.LOC_END, kinds.ORG))
# What a common noun right after a place says of the place itself: the
# first (`日本初`), all of it (`日本全国`), the most in it (`東京最終`).
_OF_THE_PLACE = ("初", "全", "最")
# Nouns that name a part of the place, the land it stands on or the sea by
# it (`シリア国内`, `朝鮮半島`, `東京湾`, `ウクライナ東部`): they say where, in
# or by the place, and leave it named.
_WHERE_IN_THE_PLACE = frozenset(
    [
        "国内",
        "国外",
        "国境",
        "都内",
        "領内",
        "各地",
        "一円",
        "周辺",
        "上空",
        "近海",
        "沿岸",
        "沖",
        "湾",
        "半島",
        "大陸",
        "本島",
        "列島",
        "地方",
        "北部",
        "南部",
        "東部",
        "西部",
        "中部",
    ]
)
# Kana written after a kanji stem make a noun of a verb (`押し`, `生まれ`,
# `向け`): what is done to, in or for the place (`韓国押し`, `大阪生まれ`).
_HIRAGANA = re.compile(r"[\u3041-\u3096]")


def _qualified(place: kinds.Morpheme, begin: int, word: str, pos_id: int) -> bool:
    """Whether ``word``, a common noun written right after ``place``, may
    make the place a qualifier of it (see ``_places_qualifying``)."""
    return (
        place.kind == kinds.LOC
        and place.end == begin
        and _pos(pos_id)[2] == "一般"
        and not word.startswith(_OF_THE_PLACE)
        and word not in _WHERE_IN_THE_PLACE
        and not word.isascii()
        and _HIRAGANA.search(word) is None
    )


def _places_qualifying(items: list[kinds.Morpheme], attributive: list[kinds.Morpheme]) -> None:
    """A place written right against a plain common noun qualifies it, or
    opens a longer name: `日本企業` (Japanese companies), `東京ネイル…`,
    `中野サンプラザ`, `鶴岡八幡宮`, `ドイツ空軍`; it is no place named
    there. Unless the nouns run on to an organisation's or a place's
    suffix (`日本` `ネイリスト` `協会`: that name is found), the noun after
    it becomes a word that unmakes the name (``NOT_NAME``), as `人` does
    in `日本人`. A verbal noun leaves the place one (`青森公演`, a concert
    in Aomori), as do a verb's noun (`韓国押し`), `初`, `全国`, `最…`, a
    part of the place or the land or sea it names (`シリア国内`, `東京湾`); a
    place inside a longer run of words is left to the runs. On the dev
    gold: 15 spurious places fewer, 2 lost (`アントワープ本店`, `北米仕様`)."""
    at = {id(m): j for j, m in enumerate(items)}
    for noun in attributive:
        j = at.get(id(noun), 0)
        i = j - 1
        if i < 0 or items[i].kind != kinds.LOC or noun.kind != kinds.NOUN:
            continue  # remade by the passes over names (`上島` `竜兵`)
        if i > 0 and _touch(items, i - 1, i) and items[i - 1].kind != kinds.OTHER:
            continue
        k = j
        while k < len(items) and items[k].kind == kinds.NOUN and _touch(items, k - 1, k):
            k += 1
        if k < len(items) and _touch(items, k - 1, k) and items[k].kind in _SUFFIXES:
            continue
        noun.kind = kinds.NOT_NAME


def _suffixed(text: str, last: kinds.Morpheme, end: int) -> bool:
    """Whether the suffix that ends at ``end`` makes, with the noun before
    it, a word that closes a name (``研究`` ``所``, ``美術`` ``館``): the
    small dictionary cuts such words, and whole they close an institution's
    or a venue's name (``ワコール人間科学研究所``, ``日本武道館``). ``last``
    becomes that word (in place)."""
    if last.kind != kinds.NOUN:
        return False
    kind = _WORDS.kind(text[last.start : end])
    if kind not in (kinds.ORG_END, kinds.LOC_END):
        return False
    last.end, last.kind = end, kind
    return True


# Titles written only after a person's name, never after a place's
# (`代表`, `知事` follow places: `日本代表`, `大阪府知事`).
_PERSON_TITLES = frozenset(
    ["さん", "氏", "様", "君", "くん", "ちゃん", "選手", "監督", "シェフ", "容疑者"]
)


def _place_as_surname(text: str, items: list[kinds.Morpheme], start: int) -> None:
    """A town's name right before a person's title is a family name
    (`川越シェフ`, `石川さん`: many are), not a country (`日本選手`)."""
    last = items[-1]
    if (
        last.kind == kinds.LOC
        and last.end == start
        and text[last.start : last.end] not in _countries()
        and (len(items) < 2 or items[-2].end != last.start or items[-2].kind == kinds.OTHER)
    ):
        last.kind = kinds.PER


# An address goes down from a prefecture or a city to its wards and towns
# (`東京都` `港区`, `横浜市` `中区`), each a place of its own.
_ADDRESS_ENDS = frozenset(["都", "道", "府", "県", "市", "郡"])
_WARD_ENDS = frozenset(["区", "市", "町", "村", "郡"])
# A ward's or a town's own name is this short at most (`中央`).
_WARD_LONGEST = 2


def _ward_in_address(text: str, items: list[kinds.Morpheme], start: int) -> None:
    """The word before a ward's or a town's suffix made a place, right
    after a prefecture's or a city's (``東京都`` ``中央`` ``区``, ``横浜市``
    ``中`` ``区``): the dictionary knows ``中央`` and ``中`` as common words
    and ``港`` as a port, but in an address they name the ward."""
    word, before = items[-1], items[-2]
    if (
        word.kind in (kinds.NOUN, kinds.OTHER, kinds.LOC_END)
        and word.end == start
        and before.end == word.start
        and before.kind == kinds.LOC_END
        and text[before.start : before.end] in _ADDRESS_ENDS
        and word.end - word.start <= _WARD_LONGEST
        and all(_kanji(c) for c in text[word.start : word.end])
    ):
        word.kind = kinds.LOC


# A given name in hiragana after a family name in kanji (`山中さわお`,
# `神田はるひさん`, `秋山ゆりかが`): two to four kana before an honorific, a
# closing bracket or a line's end (a byline, `／神田はるひ）`), or before a
# particle or a comma when it opens with no particle itself (the
# family name alone goes on `山中が`, `山中はライブで`, `山中さんは`, and on
# words that open like a name: `山中ばかり`, `山中いわく`).
_KANA_GIVEN = re.compile(
    r"(?!さん|さま|ちゃん|くん|たち|ばかり|だけ|など|まで|から|より|こそ|さえ|しか|なら|ほど"
    r"|くらい|ぐらい|いわく|らしい|って|なん|じゃ|すら|ども|どの|この|その|あの)"
    r"(?:[\u3041-\u3096]{2,4}?(?=さん|氏|ちゃん|様|[）)」』／\s]|$)"
    r"|(?![はがをにのでともへやかよねらだ])[\u3041-\u3096]{2,4}?"
    r"(?=[がはもをにとの、。（(・]))"
)
_KANA_START = frozenset((kinds.NOUN, kinds.GIVEN, kinds.NAME, kinds.PER))


def _kana_given_names(
    text: str, items: list[kinds.Morpheme], marked: list[int]
) -> list[kinds.Morpheme]:
    """``items`` with a given name in hiragana after a family name made one
    ``GIVEN`` word: the dictionary cuts it where it knows a word
    (``さわ`` ``お``, ``ゆり`` ``か``, ``はる`` ``ひさん``), and a name cut
    short is another person's."""
    out = items
    for i in reversed(marked):
        family = items[i]
        if family.kind != kinds.PER or i + 1 >= len(items):
            continue
        after = items[i + 1]
        if after.start != family.end or after.kind not in _KANA_START:
            continue
        if not all(_kanji(c) for c in text[family.start : family.end]):
            continue
        given = _KANA_GIVEN.match(text, family.end)
        if given is None:
            continue
        j = i + 1
        while j < len(items) and items[j].end <= given.end():
            j += 1
        pieces = [kinds.Morpheme(family.end, given.end(), kinds.GIVEN)]
        if j < len(items) and items[j].start < given.end():
            rest = text[given.end() : items[j].end]
            pieces.append(
                kinds.Morpheme(given.end(), items[j].end, _WORDS.kind(rest) or kinds.OTHER)
            )
            j += 1
        if out is items:
            out = list(items)
        out[i + 1 : j] = pieces
    return out


# A pseudonym: a capital letter and `子` (`Ａ子`, `K子`), as magazines name
# the women they interview; not a word's part (`X子会社`).
_PSEUDONYM = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ]子(?![\u4e00-\u9fff々])")


def _pseudonyms(text: str, items: list[kinds.Morpheme], start: int, end: int) -> None:
    """Kinds mended for the pseudonyms in ``text[start:end]`` (in place):
    the letter a person's name, ``子`` its given part."""
    found = [m.start() for m in _PSEUDONYM.finditer(text, start, end)]
    if not found:
        return
    at = {m.start: m for m in items}
    for letter in found:
        first = at.get(letter)
        if first is None:
            continue
        if first.end == letter + 2:
            first.kind = kinds.PER
        elif (
            first.end == letter + 1
            and (second := at.get(letter + 1)) is not None
            and second.end == letter + 2
        ):
            first.kind, second.kind = kinds.PER, kinds.GIVEN


@cache
def _countries() -> frozenset[str]:
    from reader.extract.cjk_places import JA_PLACES

    # The list's first words are countries and regions; towns are no
    # countries, and a country before a title is a team (`日本選手`).
    words = JA_PLACES.split()
    return frozenset(words[: words.index("北海道")])


_NAME_PARTS = frozenset((kinds.PER, kinds.GIVEN))
_MARKED = _NAME_PARTS | {kinds.JOIN}
# A full name in kanji is this long at most (`菊池雄星`).
_KANJI_NAME_LONGEST = 4


def _kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "々"


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "ー"


@cache
def _not_last() -> frozenset[str]:
    from reader.extract.lang.ja.words import JA_NOT_LAST

    return frozenset(JA_NOT_LAST.split())


def _names_in_full(text: str, items: list[kinds.Morpheme], marked: list[int]) -> None:
    """Kinds mended where the dictionary cuts a name (in place).

    A given name the dictionary does not know is cut before its last kanji
    (``菊池`` ``雄`` ``星``, ``森咲`` ``樹``): one kanji that closes the kanji
    run right after a person's name, within a full name's length, is the
    rest of it, unless it is a suffix (``田中家``, ``鈴木側``). ``・`` joins the
    parts of a foreign name in katakana (``ラッセル・クロウ``, whatever the
    second part means alone), and separates a list anywhere else
    (``ベッキー・平子理沙``: two people).
    """
    for i in marked:
        m = items[i]
        if m.kind == kinds.JOIN and text[m.start] in _NAME_SPACES:
            if not _spaced_name(items, i):
                m.kind = kinds.OTHER
        elif m.kind == kinds.JOIN:
            joins = m.start > 0 and m.end < len(text)
            joins = joins and _katakana(text[m.start - 1]) and _katakana(text[m.end])
            if not joins:
                m.kind = kinds.OTHER
            elif i and i + 1 < len(items):
                before, after = items[i - 1], items[i + 1]
                if before.kind == kinds.GIVEN and _katakana_noun(text, after):
                    after.kind = kinds.GIVEN
                elif (
                    after.kind == kinds.GIVEN
                    and text[m.start] == "・"
                    and _katakana_noun(text, before)
                    and not (before.start and _katakana(text[before.start - 1]))
                    and not (after.end < len(text) and _kanji(text[after.end]))
                ):
                    # A first name the dictionary knows as a word (`アイリス`,
                    # `イ`) before a last name it knows (`ミラー`) that
                    # closes the name; a whole word, not the end of one it
                    # cut (`…ション・モデル`), nor a role before a name that
                    # goes on (`エース・ダルビッシュ有`).
                    before.kind = kinds.GIVEN
                if before.kind == kinds.GIVEN and after.kind == kinds.GIVEN:
                    _katakana_rest(text, items, i + 1)
        elif i + 1 < len(items):
            _last_kanji(text, items, i + 1)


# One space, half- or full-width, between a family and a given name.
_NAME_SPACES = frozenset((" ", "\u3000"))


def _katakana_noun(text: str, m: kinds.Morpheme) -> bool:
    return m.kind == kinds.NOUN and all(_katakana(c) for c in text[m.start : m.end])


def _katakana_rest(text: str, items: list[kinds.Morpheme], i: int) -> None:
    """The words written right after the katakana name's part ``items[i]``,
    in katakana to the run's end, made part of it (``サイフ`` ``リッド``): a
    foreign name is whole katakana words between its ``・``, and the
    dictionary cuts one it does not know where it finds a word."""
    j = i + 1
    while (
        j < len(items)
        and items[j].start == items[j - 1].end
        and items[j].kind in (kinds.NOUN, kinds.OTHER)
        and all(_katakana(c) for c in text[items[j].start : items[j].end])
    ):
        j += 1
    end = items[j - 1].end
    if j > i + 1 and (end >= len(text) or not _katakana(text[end])):
        for m in items[i + 1 : j]:
            m.kind = kinds.GIVEN


def _spaced_name(items: list[kinds.Morpheme], i: int) -> bool:
    """Whether the space ``items[i]`` parts a family name from the given
    name right after it (``三木 雄信``, ``牧田\u3000亜紀子``), as bylines and
    credits write a full name: the dictionary types both parts (``姓``,
    ``名``), and the two are one person's name, not two names."""
    return (
        0 < i < len(items) - 1
        and items[i - 1].kind == kinds.PER
        and items[i + 1].kind == kinds.GIVEN
        and items[i - 1].end == items[i].start
        and items[i + 1].start == items[i].end
    )


# A full name in kanji is this short at least (`上倉賢`).
_KANJI_NAME_SHORTEST = 3
# What the dictionary may make of the part of a name it does not know.
_CUT_PARTS = frozenset((kinds.PER, kinds.GIVEN, kinds.NOUN, kinds.OTHER, kinds.LOC))


def _kanji_run_names(text: str, items: list[kinds.Morpheme], marked: list[int]) -> None:
    """Kinds mended where a person's name fills a run of kanji that the
    dictionary cut at a part it knows (in place).

    Japanese writes a full name as one run of kanji between kana,
    punctuation or brackets (``長谷川徳海ペア``, ``（来布十和）``); the
    dictionary knows common family and given names, and cuts a rarer one
    where it finds a word: ``長谷川`` ``徳`` ``海``, ``田中`` ``姿`` ``子``,
    ``上`` ``倉`` ``賢``, ``鬼`` ``屋敷`` ``正人``. A run of three to five
    kanji that opens with a family name is that name and a given name; one
    that closes with a given name after two or three kanji is a family name
    and that given name. Not a run with a title, a suffix or a place's word
    in it (``山田監督``, ``佐藤家``, ``新人田中``: `JA_NOT_FIRST`), which the
    dictionary tags or the word lists know."""
    for i in marked:
        m = items[i]
        if m.kind not in _NAME_PARTS:
            continue
        first, last = _kanji_run(text, items, i)
        start, end = items[first].start, items[last].end
        if not _KANJI_NAME_SHORTEST <= end - start <= _KANJI_NAME_LONGEST + 1:
            continue
        if text[start] in _not_first() or text[end - 1] in _not_last():
            continue
        run = items[first : last + 1]
        if any(p.kind not in _CUT_PARTS for p in run):
            continue
        if first == i and m.kind == kinds.PER and last > i:
            # `長谷川` `徳` `海`: the rest of the run is the given name.
            for p in items[i + 1 : last + 1]:
                p.kind = kinds.GIVEN
        elif last == i and m.kind == kinds.GIVEN and 2 <= m.start - start <= 3:
            # `鬼` `屋敷` `正人`: what opens the run is the family name.
            for p in items[first:i]:
                p.kind = kinds.PER


def _kanji_run(text: str, items: list[kinds.Morpheme], i: int) -> tuple[int, int]:
    """The first and last index of the words around ``items[i]`` written
    together in kanji alone, between characters that are not kanji."""
    first = last = i
    while first and _all_kanji(text, items[first - 1]) and _touch(items, first - 1, first):
        first -= 1
    while (
        last + 1 < len(items)
        and _all_kanji(text, items[last + 1])
        and _touch(items, last, last + 1)
    ):
        last += 1
    if not _all_kanji(text, items[i]):
        return i, i - 1  # no run: an empty span
    start, end = items[first].start, items[last].end
    if (start and _kanji(text[start - 1])) or (end < len(text) and _kanji(text[end])):
        return i, i - 1
    return first, last


def _all_kanji(text: str, m: kinds.Morpheme) -> bool:
    return all(_kanji(c) for c in text[m.start : m.end])


def _touch(items: list[kinds.Morpheme], a: int, b: int) -> bool:
    return items[a].end == items[b].start


@cache
def _not_first() -> frozenset[str]:
    from reader.extract.lang.ja.words import JA_NOT_FIRST

    return frozenset(JA_NOT_FIRST.split())


def _last_kanji(text: str, items: list[kinds.Morpheme], i: int) -> None:
    """``items[i]`` made a given name's part when it is its last kanji."""
    m = items[i]
    if (
        m.kind in (kinds.OTHER, kinds.NOUN)
        and m.end - m.start == 1
        and items[i - 1].end == m.start
        and _kanji(text[m.start])
        and text[m.start] not in _not_last()
        and (m.end >= len(text) or not _kanji(text[m.end]))
    ):
        first = i - 1
        while (
            first
            and items[first - 1].kind in _NAME_PARTS
            and items[first - 1].end == items[first].start
        ):
            first -= 1
        name = text[items[first].start : m.end]
        if len(name) <= _KANJI_NAME_LONGEST and all(_kanji(c) for c in name):
            m.kind = kinds.GIVEN


def country_and_place(text: str, mention: EntityMention) -> list[EntityMention]:
    """A place the analyser found whole, cut after the country it opens with:
    Japanese writes where abroad by the country and the place in it, run
    together (``米国ロサンゼルス``, ``韓国ソウル``, ``米国ミシガン州``), and
    each is a place of its own."""
    if mention.type != kinds.LOC:
        return [mention]
    for country in _countries_by_length():
        rest = mention.text[len(country) :]
        if (
            mention.text.startswith(country)
            and len(rest) >= 2
            and rest[0] not in "・＝"
            and _WORDS.kind(rest) is None  # a suffix: `中国地方` is one region
        ):
            cut = mention.start + len(country)
            return [
                EntityMention(country, kinds.LOC, mention.start, cut, entity_key(country)),
                EntityMention(rest, kinds.LOC, cut, mention.end, entity_key(rest)),
            ]
    return [mention]


@cache
def _countries_by_length() -> tuple[str, ...]:
    return tuple(sorted(_countries(), key=len, reverse=True))


ANALYSER = kinds.Analyser(
    morphemes,
    untyped="ORG",
    gap="",
    untyped_opens=True,
    parts=country_and_place,
    one_character_given=True,
)
