"""Countries, provinces and large cities in Chinese, Japanese and Korean text.

The Latin-script tagger finds no place written in Han characters, kana or
Hangul, so a Chinese, Japanese or Korean story listed none. Places are
found here from short closed lists (countries, China's provinces and large
cities, Japan's prefectures and large cities, Korea's provinces and large
cities): a list cannot grow wrong the way a rule on endings would, and the
places a reader filters by are mostly on it. Where the script has word
edges they are checked, so that 大阪 is not found in 東大阪 or 大阪大学,
nor 서울 in 서울대, nor タイ in ネクタイ; a prefecture that is also a family
name (宮崎) counts only with its suffix (宮崎県).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang import rules_for
from reader.extract.lang.ja.words import JA_SURNAMES
from reader.extract.lang.ko.words import KO_PARTICLES
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

Span = tuple[int, int]

ZH_PLACES = """
    中国 美国 日本 韩国 韓國 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 加拿大 澳大利亚 印度 印尼
    印度尼西亚 越南 泰国 新加坡 马来西亚 菲律宾 巴西 墨西哥 阿根廷 南非 埃及 伊朗 伊拉克 以色列
    沙特 土耳其 乌克兰 荷兰 瑞士 瑞典 挪威 芬兰 丹麦 波兰 希腊 葡萄牙 比利时 奥地利 新西兰
    巴基斯坦 缅甸 柬埔寨 老挝 蒙古 台湾 台灣 香港 澳门 澳門 欧洲 歐洲 亚洲 亞洲 非洲 美國 英國 法國
    德國 北京 上海 天津 重庆 重慶 广东 廣東 广州 廣州 深圳 江苏 南京 浙江 杭州 山东 济南 青岛
    河南 郑州 河北 石家庄 湖北 武汉 湖南 长沙 四川 成都 福建 福州 厦门 安徽 合肥 江西 南昌 辽宁
    沈阳 大连 吉林 长春 黑龙江 哈尔滨 陕西 西安 山西 太原 云南 昆明 贵州 贵阳 广西 南宁 海南
    甘肃 兰州 青海 西宁 宁夏 银川 新疆 乌鲁木齐 西藏 拉萨 内蒙古 呼和浩特 苏州 无锡 宁波 东莞 佛山
    珠海 洛阳
"""
JA_PLACES = """
    日本 米国 アメリカ 中国 韓国 北朝鮮 ロシア 英国 イギリス フランス ドイツ イタリア スペイン カナダ
    オーストラリア インド インドネシア ベトナム タイ シンガポール マレーシア フィリピン ブラジル
    メキシコ エジプト イラン イスラエル トルコ ウクライナ オランダ スイス スウェーデン 台湾 香港
    欧州 ヨーロッパ アジア アフリカ 北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉
    東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重 滋賀 京都 大阪 兵庫 奈良 和歌山
    鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄 横浜
    名古屋 札幌 神戸 川崎 仙台
"""
# Written after a Japanese place as part of its name (大阪府, 横浜市).
JA_PLACE_SUFFIXES = "県 府 都 市"
# Korean: countries, provinces and large cities; then countries and regions
# whose Hangul names no other word shares, and large cities at home and abroad,
# but not those that are common words too (`파리`, fly; `전주`, the week
# before; `빈`, empty; `수단`, means; `화성`, Mars; `고양`, in `고양이`;
# `인도`, also a pavement).
KO_PLACES = """
    한국 미국 중국 일본 북한 러시아 영국 프랑스 독일 이탈리아 스페인 캐나다 호주 인도네시아 베트남
    태국 싱가포르 말레이시아 필리핀 브라질 멕시코 이집트 이스라엘 튀르키예 우크라이나 네덜란드
    스위스 스웨덴 대만 홍콩 유럽 아시아 아프리카 서울 부산 대구 인천 광주 대전 울산 경기도 강원도
    충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주 제주도 수원 창원 성남 천안 포항 김해
    그리스 이란 이라크 사우디아라비아 사우디 아랍에미리트 카타르 쿠웨이트 요르단 레바논 시리아
    예멘 터키 폴란드 노르웨이 핀란드 덴마크 포르투갈 벨기에 오스트리아 아일랜드 헝가리 체코
    루마니아 불가리아 세르비아 크로아티아 그린란드 아이슬란드 벨라루스 카자흐스탄 우즈베키스탄 몽골
    미얀마 캄보디아 라오스 방글라데시 파키스탄 아프가니스탄 스리랑카 네팔 뉴질랜드 아르헨티나 칠레
    페루 콜롬비아 베네수엘라 쿠바 에콰도르 볼리비아 남아프리카공화국 남아공 나이지리아 케냐
    에티오피아 탄자니아 우간다 르완다 모로코 알제리 튀니지 리비아 북미 남미 중남미 중동 동남아
    동남아시아 오세아니아 남극 북극 뉴욕 워싱턴 로스앤젤레스 샌프란시스코 시카고 보스턴 실리콘밸리
    런던 베를린 로마 마드리드 모스크바 도쿄 오사카 베이징 상하이 타이베이 방콕 하노이 호찌민
    자카르타 마닐라 뉴델리 시드니 멜버른 토론토 밴쿠버 제네바 브뤼셀 암스테르담 스톡홀름 세종시
    청주 춘천 강릉 목포 여수 순천 안동 평택 용인시 안산 안양 부천 의정부 파주 김포 판교 여의도 강남
    대덕
"""
# Written after a Korean place as part of its name (서울시, 부산광역시).
KO_PLACE_SUFFIXES = "특별시 광역시 특별자치도 특별자치시 시"

_HAN = "\u4e00-\u9fff\u3400-\u4dbf々"
_KANA = "\u30a1-\u30fa\u30fc"
_HANGUL = "가-힣"


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    ja_suffix = f"(?:{_alternation(JA_PLACE_SUFFIXES)})?"
    ko_suffix = f"(?:{_alternation(KO_PLACE_SUFFIXES)})?"
    particles = f"(?:{_alternation(KO_PARTICLES)})?"
    # Many prefectures are family names too (宮崎, 石川, 福島): those only
    # with their suffix (宮崎県).
    surnames = set(JA_SURNAMES.split())
    kanji = [w for w in JA_PLACES.split() if re.match(f"[{_HAN}]", w)]
    kana = " ".join(w for w in JA_PLACES.split() if not re.match(f"[{_HAN}]", w))
    alone = " ".join(w for w in kanji if w not in surnames)
    suffixed = " ".join(w for w in kanji if w in surnames)
    return {
        "zh": re.compile(_alternation(ZH_PLACES)),
        # No kanji (or, for a name in katakana, no katakana) on either side.
        "ja": re.compile(
            rf"(?<![{_HAN}])(?:(?:{_alternation(alone)}){ja_suffix}"
            rf"|(?:{_alternation(suffixed)})(?:{_alternation(JA_PLACE_SUFFIXES)}))(?![{_HAN}])"
            rf"|(?<![{_KANA}])(?:{_alternation(kana)})(?![{_KANA}])"
        ),
        # A whole word: the place, its suffix, a particle and nothing else;
        # not right after a closing mark, where a particle is joined to what
        # was quoted (`‘…’이란`, "what is called").
        "ko": re.compile(
            rf"(?<![{_HANGUL}’”'\"])(?P<place>(?:{_alternation(KO_PLACES)}){ko_suffix}){particles}(?![{_HANGUL}])"
        ),
    }


def find_cjk_places(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """LOC mentions in the Chinese, Japanese or Korean ``paragraphs`` of
    ``text``; [] for other languages."""
    family = rules_for(lang).script
    pattern = _patterns().get(family) if family else None
    if pattern is None:
        return []
    found = []
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            s, e = match.span("place") if family == "ko" else match.span()
            name = text[s:e]
            found.append(EntityMention(name, "LOC", s, e, entity_key(_bare(name, family))))
    return found


@cache
def _suffixes(family: str) -> tuple[tuple[str, ...], frozenset[str]]:
    suffixes, places = (
        (JA_PLACE_SUFFIXES, JA_PLACES) if family == "ja" else (KO_PLACE_SUFFIXES, KO_PLACES)
    )
    return tuple(sorted(suffixes.split(), key=len, reverse=True)), frozenset(places.split())


def _bare(name: str, family: str) -> str:
    """The place without the suffix written after it, so that 大阪府 and
    大阪, 서울시 and 서울 are one place."""
    if family == "zh":
        return name
    suffixes, places = _suffixes(family)
    for suffix in suffixes:
        if name.endswith(suffix) and name[: -len(suffix)] in places:
            return name[: -len(suffix)]
    return name
