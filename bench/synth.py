"""A seeded synthetic news collection for the scale benchmark.

Articles are assembled from sentences of a subject clause of their language
(with its names) and a complement of words drawn from the language's
complement clauses (as many as one of them has), then a single
``str.format`` fills in the article's people, organisations and places. The
complements are drawn word by word (character by character in Japanese and
Chinese) so that two unrelated articles share no more runs of three words
than real ones do: whole clauses drawn from a few dozen a language made
every two articles of a language look alike, and at 100,000 articles
unrelated ones folded into version groups of hundreds (``db.versions``). Names come from a seeded pool of about N/10 names drawn with a Zipf
weighting, so a few names recur everywhere and the pool (and the entity
table) grows with N. All word lists and templates are written for this
benchmark.

The shares follow the issue: Indonesian 40%, English 30%, Korean, Japanese
and Chinese 20%, German and French 10%.
"""

from __future__ import annotations

import itertools
import os
import random
from dataclasses import dataclass
from pathlib import Path

SEED = 6
FILES_PER_FOLDER = 1000
MARKER = ".bench-complete"
# The generator's version, in the marker: a collection made by another is made again.
GENERATOR = 2
LANG_WEIGHTS = {"id": 40, "en": 30, "ko": 7, "ja": 7, "zh": 6, "de": 5, "fr": 5}
MEAN_BYTES, SD_BYTES = 2650, 650
RARE_SHARE = 0.05  # articles with a rare-word sentence; each rare word is in ~0.1%

# The words the benchmark searches for: each shape has matches by construction.
RARE_WORDS = [
    "seismograf",
    "aerogel",
    "ornitopter",
    "kalorimeter",
    "heliograf",
    "astrolab",
    "perigee",
    "teodolit",
    "anemometer",
    "barograf",
    "higrometer",
    "pluviometer",
    "spektrometer",
    "gravimeter",
    "magnetometer",
    "piknometer",
    "refraktometer",
    "viskometer",
    "polarimeter",
    "dilatometer",
    "kolorimeter",
    "tensiometer",
    "durometer",
    "ebulioskop",
    "kriometer",
    "manometer",
    "nefelometer",
    "osmometer",
    "pirometer",
    "radiometer",
    "salinometer",
    "turbidimeter",
    "ultrasonograf",
    "vibrometer",
    "xilograf",
    "zimograf",
    "aktinometer",
    "batimeter",
    "klinometer",
    "dinamometer",
    "elektroskop",
    "fluorometer",
    "goniometer",
    "hipsometer",
    "interferometer",
    "kimograf",
    "luxmeter",
    "mikrotom",
    "nivometer",
    "oksimeter",
]
QUERIES = {
    "frequent word": "yang",
    "rare word": RARE_WORDS[0],
    "two words": "harga pasar",
    "phrase": '"bank sentral"',
    "prefix": "ekonom*",
    "filter": "lang:id harga",
    "CJK term": "政府",
}

# -- names ------------------------------------------------------------------

_GIVEN = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rina",
    "Hendra",
    "Wahyu",
    "Putri",
    "Joko",
    "Sri",
    "Andi",
    "Ratna",
    "Eko",
    "Yuni",
    "Fajar",
    "Indah",
    "Rudi",
    "Lestari",
    "Bambang",
    "Nur",
    "Taufik",
    "Wulan",
    "Arief",
    "Maya",
    "Dimas",
    "Sari",
    "Yoga",
    "Intan",
    "Reza",
    "Citra",
    "James",
    "Laura",
    "Michael",
    "Sarah",
    "Daniel",
    "Emily",
    "Thomas",
    "Grace",
    "Robert",
    "Hannah",
    "Peter",
    "Olivia",
    "Jürgen",
    "Anke",
    "Matthias",
    "Katrin",
    "Claire",
    "Étienne",
    "Sophie",
    "Olivier",
    "Min-jun",
    "Seo-yeon",
    "Hiroshi",
    "Yuki",
    "Wei",
    "Lin",
]
_ONSETS = [
    "b",
    "d",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "w",
    "y",
    "sr",
    "tr",
    "kr",
    "pr",
    "ch",
    "sh",
    "br",
    "gr",
]
_VOWELS = ["a", "i", "u", "e", "o", "a", "i", "a"]
_CODAS = ["", "", "", "n", "ng", "r", "s", "t", "k", "m"]
_SURNAME_ENDS = ["", "", "wan", "to", "no", "son", "mann", "ley", "ier", "jaya", "putra", "sari"]
_ORG_FORMS = (
    "PT {a} {b}",
    "Bank {a}",
    "{a} Group",
    "Universitas {a}",
    "{a} Holdings",
    "Koperasi {a} {b}",
    "Yayasan {a}",
    "{a} Energi",
    "{a} Logistik",
    "{a}tech",
    "Partai {a} {b}",
    "{a} Institute",
)
_PLACE_FORMS = ("{a}", "{a}{b}", "Tanjung {a}", "Sungai {a}", "{a}burg", "Port {a}", "{a} Raya")


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(_syllable(rng) for _ in range(syllables)).capitalize()


@dataclass
class NamePool:
    """Names with Zipf weights; cum weights ready for ``random.choices``."""

    people: list[str]
    orgs: list[str]
    places: list[str]

    def __post_init__(self) -> None:
        self.cum = {
            kind: list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(names))))
            for kind, names in (("p", self.people), ("o", self.orgs), ("l", self.places))
        }


def name_pool(articles: int, seed: int = SEED) -> NamePool:
    """About ``articles / 10`` distinct names: 70% people, 20% organisations, 10% places."""
    rng = random.Random(seed * 7919 + 1)
    total = max(200, articles // 10)

    def distinct(count: int, make) -> list[str]:
        found: dict[str, None] = {}
        while len(found) < count:
            found[make()] = None
        return list(found)

    def person() -> str:
        surname = _word(rng, rng.choice((2, 2, 3))) + rng.choice(_SURNAME_ENDS)
        return f"{rng.choice(_GIVEN)} {surname}"

    def org() -> str:
        form = rng.choice(_ORG_FORMS)
        return form.format(a=_word(rng, rng.choice((2, 3))), b=_word(rng, 2))

    def place() -> str:
        form = rng.choice(_PLACE_FORMS)
        return form.format(a=_word(rng, 2), b=_word(rng, 1).lower())

    return NamePool(
        distinct(total * 7 // 10, person),
        distinct(total * 2 // 10, org),
        distinct(total - total * 7 // 10 - total * 2 // 10, place),
    )


# -- templates --------------------------------------------------------------
# Slots: {p0} {p1} {p2} people, {o0} {o1} organisations, {l0} {l1} places,
# {L0} the first place in capitals, {r} a rare word, {d} a date.


@dataclass(frozen=True)
class Language:
    titles: tuple[str, ...]
    subjects: tuple[str, ...]
    complements: tuple[str, ...]
    quotes: tuple[str, ...]
    attributions: tuple[str, ...]  # {q} the quoted words, {s} the speaker slot
    caption: str
    read_also: str
    tags_heading: str
    tags: tuple[str, ...]
    rare: str
    joiner: str = " "


ID = Language(
    titles=(
        "{o0} Umumkan Rencana Investasi Baru di {l0}",
        "Harga Pangan di Pasar {l0} Naik Menjelang Akhir Tahun",
        "{p0} Minta Pemerintah Perhatikan Nasib Petani {l1}",
        "Bank Sentral Pertahankan Suku Bunga, Pasar Bereaksi Tenang",
        "Warga {l0} Keluhkan Banjir yang Tak Kunjung Surut",
        "{o1} Digugat Konsumen soal Layanan yang Buruk",
    ),
    subjects=(
        "Pemerintah daerah {l0}",
        "Menurut {p0}, pemerintah",
        "{o0} yang berkantor di {l0}",
        "Para pedagang di pasar {l1}",
        "Pengamat ekonomi {p1}",
        "Pihak {o1}",
        "Bank sentral",
        "Sejumlah warga yang tinggal di {l0}",
        "Kepala dinas {p2}",
        "Kementerian terkait",
        "Anggota dewan yang membidangi ekonomi",
        "Para petani di {l1}",
    ),
    complements=(
        "menyatakan bahwa harga kebutuhan pokok akan kembali stabil dalam dua pekan.",
        "mencatat kenaikan jumlah penumpang yang cukup tajam sepanjang bulan lalu.",
        "menilai kebijakan baru itu belum menyentuh persoalan yang paling mendasar.",
        "berencana menggelar pertemuan dengan pelaku pasar pada pekan depan.",
        "meminta masyarakat tidak panik menghadapi kenaikan harga di pasar.",
        "memperkirakan pertumbuhan ekonomi tahun ini berada di kisaran lima persen.",
        "menyebut bank sentral masih memiliki ruang untuk menurunkan suku bunga.",
        "mengaku belum menerima laporan resmi mengenai kejadian tersebut.",
        "menambahkan bahwa anggaran yang disiapkan mencapai ratusan miliar rupiah.",
        "menegaskan komitmen untuk memperbaiki layanan yang selama ini dikeluhkan.",
        "mengingatkan bahwa cuaca ekstrem dapat mengganggu pasokan ke pasar.",
        "membantah tudingan bahwa proyek itu merugikan warga yang tinggal di sekitarnya.",
    ),
    quotes=(
        "Kami sudah berkoordinasi dengan semua pihak agar harga di pasar tetap terkendali",
        "Yang paling penting sekarang adalah memastikan pasokan tidak terputus",
        "Kebijakan ini dibuat untuk melindungi konsumen yang paling rentan",
        "Kami tidak menolak perubahan, tetapi prosesnya harus terbuka",
        "Data yang kami miliki menunjukkan perekonomian mulai pulih",
    ),
    attributions=('"{q}," ujar {s}.', '"{q}," kata {s}.', '"{q}," tutur {s}.', '"{q}," lanjutnya.'),
    caption="Foto: {p0} saat ditemui di {l0}, {d}.",
    read_also="Baca juga: ",
    tags_heading="Tags",
    tags=("ekonomi", "pasar", "harga pangan", "bank sentral", "banjir", "politik", "daerah"),
    rare="Para peneliti juga menyinggung penggunaan {r} dalam kajian tersebut.",
)

EN = Language(
    titles=(
        "{o0} Announces New Investment in {l0}",
        "Food Prices Climb at {l0} Markets Ahead of the Holidays",
        "{p0} Urges Government to Act on Farm Incomes",
        "Central Bank Holds Rates as Markets Stay Calm",
        "Residents of {l0} Say Floodwater Is Still Not Receding",
        "{o1} Faces Lawsuit Over Poor Service",
    ),
    subjects=(
        "The regional government of {l0}",
        "According to {p0}, the government",
        "{o0}, which is based in {l0},",
        "Traders at the market in {l1}",
        "Economist {p1}",
        "A spokesperson for {o1}",
        "The central bank",
        "Residents living near {l0}",
        "Agency head {p2}",
        "The ministry",
        "Lawmakers on the economic committee",
        "Farmers in {l1}",
    ),
    complements=(
        "said that food prices would stabilise within two weeks.",
        "reported a sharp rise in passenger numbers over the past month.",
        "argued that the new policy did not address the underlying problem.",
        "plans to meet market participants next week.",
        "asked the public not to panic over rising prices at the market.",
        "expects the economy to grow by about five percent this year.",
        "noted that the central bank still has room to cut interest rates.",
        "said it had not yet received an official report on the incident.",
        "added that the budget set aside runs to hundreds of millions of dollars.",
        "promised to fix the service problems customers have complained about.",
        "warned that extreme weather could disrupt supplies to the market.",
        "denied claims that the project had harmed people living nearby.",
    ),
    quotes=(
        "We have been working with everyone involved to keep market prices under control",
        "What matters most right now is making sure supplies are not cut off",
        "This policy was written to protect the most vulnerable consumers",
        "We are not against change, but the process has to be open",
        "Our figures show that the economy is starting to recover",
    ),
    attributions=('"{q}," said {s}.', '"{q}," {s} said.', '"{q}," {s} told reporters.'),
    caption="By {p2}",
    read_also="Read also: ",
    tags_heading="Tags",
    tags=("economy", "markets", "food prices", "central bank", "floods", "politics"),
    rare="Researchers also mentioned the use of a {r} in the study.",
)

DE = Language(
    titles=(
        "{o0} kündigt neue Investition in {l0} an",
        "Lebensmittelpreise auf dem Markt in {l0} steigen",
        "{p0} fordert Hilfe für Landwirte",
    ),
    subjects=(
        "Die Regierung in {l0}",
        "Nach Angaben von {p0}",
        "Das Unternehmen {o0}",
        "Händler auf dem Markt in {l1}",
        "Der Ökonom {p1}",
        "Ein Sprecher von {o1}",
        "Die Zentralbank",
        "Anwohner in {l0}",
    ),
    complements=(
        "erklärte, dass sich die Preise in zwei Wochen stabilisieren würden.",
        "meldete einen deutlichen Anstieg der Fahrgastzahlen im vergangenen Monat.",
        "kritisierte, die neue Regelung löse das eigentliche Problem nicht.",
        "will sich in der kommenden Woche mit Vertretern der Wirtschaft treffen.",
        "rechnet in diesem Jahr mit einem Wachstum von etwa zwei Prozent.",
        "bestritt, dass das Projekt den Anwohnern geschadet habe.",
        "warnte, dass extremes Wetter die Versorgung stören könne.",
    ),
    quotes=(
        "Wir arbeiten mit allen Beteiligten daran, die Preise stabil zu halten",
        "Entscheidend ist jetzt, dass die Versorgung nicht abreißt",
        "Wir sind nicht gegen Veränderungen, aber der Prozess muss offen sein",
    ),
    attributions=("„{q}“, sagte {s}.", "„{q}“, erklärte {s}."),
    caption="Foto: {p0} in {l0}",
    read_also="Lesen Sie auch: ",
    tags_heading="Schlagworte",
    tags=("Wirtschaft", "Märkte", "Zentralbank", "Politik"),
    rare="Die Forscher erwähnten auch den Einsatz eines {r} in der Studie.",
)

FR = Language(
    titles=(
        "{o0} annonce un nouvel investissement à {l0}",
        "Les prix alimentaires grimpent sur les marchés de {l0}",
        "{p0} demande au gouvernement d'aider les agriculteurs",
    ),
    subjects=(
        "Le gouvernement régional de {l0}",
        "Selon {p0}, le gouvernement",
        "L'entreprise {o0}",
        "Les commerçants du marché de {l1}",
        "L'économiste {p1}",
        "Un porte-parole de {o1}",
        "La banque centrale",
        "Les habitants de {l0}",
    ),
    complements=(
        "a affirmé que les prix se stabiliseraient d'ici deux semaines.",
        "a constaté une forte hausse du nombre de passagers le mois dernier.",
        "estime que la nouvelle mesure ne règle pas le problème de fond.",
        "prévoit de rencontrer les acteurs du marché la semaine prochaine.",
        "table sur une croissance d'environ deux pour cent cette année.",
        "a démenti que le projet ait nui aux riverains.",
        "a averti que la météo extrême pourrait perturber l'approvisionnement.",
    ),
    quotes=(
        "Nous travaillons avec tous les acteurs pour garder les prix sous contrôle",
        "Le plus important est de garantir que l'approvisionnement continue",
        "Nous ne sommes pas contre le changement, mais le processus doit être ouvert",
    ),
    attributions=("« {q} », a déclaré {s}.", "« {q} », a expliqué {s}."),
    caption="Photo : {p0} à {l0}",
    read_also="À lire aussi : ",
    tags_heading="Mots-clés",
    tags=("économie", "marchés", "banque centrale", "politique"),
    rare="Les chercheurs ont aussi évoqué l'usage d'un {r} dans l'étude.",
)

KO = Language(
    titles=(
        "{o0}, {l0}에 신규 투자 발표",
        "연말 앞두고 {l0} 시장 물가 상승",
        '{p0} "정부는 농민 소득 대책 마련해야"',
    ),
    subjects=(
        "{l0} 지방 정부는",
        "{p0}에 따르면 정부는",
        "{o0} 측은",
        "{l1} 시장 상인들은",
        "경제학자 {p1} 씨는",
        "{o1} 대변인은",
        "중앙은행은",
        "{l0} 주민들은",
    ),
    complements=(
        "물가가 2주 안에 안정될 것이라고 밝혔다.",
        "지난달 승객 수가 크게 늘었다고 전했다.",
        "새 정책이 근본적인 문제를 해결하지 못한다고 지적했다.",
        "다음 주 시장 관계자들과 만날 계획이다.",
        "올해 경제 성장률이 약 2퍼센트에 이를 것으로 내다봤다.",
        "이상 기후로 공급이 차질을 빚을 수 있다고 경고했다.",
        "사업이 주민들에게 피해를 줬다는 주장을 부인했다.",
    ),
    quotes=(
        "시장 가격을 안정시키기 위해 모든 관계자와 협력하고 있다",
        "지금 가장 중요한 것은 공급이 끊기지 않도록 하는 것이다",
        "변화에 반대하는 것이 아니라 과정이 투명해야 한다는 것이다",
    ),
    attributions=('"{q}"라고 {s} 씨는 말했다.', '{s} 씨는 "{q}"라고 강조했다.'),
    caption="사진: {p0} ({l0})",
    read_also="함께 읽기: ",
    tags_heading="Tags",
    tags=("경제", "시장", "물가", "정치"),
    rare="연구진은 이번 조사에서 {r} 장비를 사용했다고 덧붙였다.",
)

JA = Language(
    titles=(
        "{o0}、{l0}で新規投資を発表",
        "年末を前に{l0}の市場で食品価格が上昇",
        "{p0}氏「政府は農家の所得対策を急ぐべきだ」",
    ),
    subjects=(
        "{l0}の地方政府は",
        "{p0}氏によると、政府は",
        "{o0}は",
        "{l1}の市場の商人たちは",
        "経済学者の{p1}氏は",
        "{o1}の広報担当者は",
        "中央銀行は",
        "{l0}の住民は",
    ),
    complements=(
        "物価は二週間以内に落ち着くとの見方を示した。",
        "先月の乗客数が大きく増えたと発表した。",
        "新しい政策は根本的な問題を解決していないと指摘した。",
        "来週、市場関係者と会談する予定だ。",
        "今年の経済成長率は約二パーセントになると予測した。",
        "異常気象が供給を妨げる恐れがあると警告した。",
        "政府の対応が遅れていると批判した。",
    ),
    quotes=(
        "市場の価格を安定させるため、すべての関係者と協力している",
        "今最も大切なのは供給を途切れさせないことだ",
        "変化に反対しているのではなく、手続きを透明にすべきだ",
    ),
    attributions=("「{q}」と{s}氏は述べた。", "{s}氏は「{q}」と強調した。"),
    caption="写真：{p0}氏（{l0}）",
    read_also="関連記事：",
    tags_heading="Tags",
    tags=("経済", "市場", "物価", "政治"),
    rare="研究チームは調査で{r}を使用したと付け加えた。",
    joiner="",
)

ZH = Language(
    titles=(
        "{o0}宣布在{l0}进行新投资",
        "年底前{l0}市场食品价格上涨",
        "{p0}：政府应尽快出台农民收入措施",
    ),
    subjects=(
        "{l0}地方政府",
        "据{p0}介绍，政府",
        "{o0}",
        "{l1}市场的商贩们",
        "经济学家{p1}",
        "{o1}发言人",
        "中央银行",
        "{l0}居民",
    ),
    complements=(
        "表示物价将在两周内趋于稳定。",
        "称上个月乘客数量大幅增加。",
        "指出新政策并未解决根本问题。",
        "计划下周与市场人士会面。",
        "预计今年经济增长率约为百分之二。",
        "警告极端天气可能影响供应。",
        "批评政府的应对过于迟缓。",
    ),
    quotes=(
        "我们正在与各方合作，保持市场价格稳定",
        "现在最重要的是确保供应不中断",
        "我们并不反对改变，但过程必须公开透明",
    ),
    attributions=("{s}表示：“{q}。”", "“{q}，”{s}说。"),
    caption="图：{p0}（{l0}）",
    read_also="相关阅读：",
    tags_heading="Tags",
    tags=("经济", "市场", "物价", "政治"),
    rare="研究人员还提到在调查中使用了{r}。",
    joiner="",
)

LANGUAGES = {"id": ID, "en": EN, "ko": KO, "ja": JA, "zh": ZH, "de": DE, "fr": FR}


def _complement_words(lang: Language) -> tuple[list[str], list[int], str]:
    """The words of a language's complement clauses (characters where it
    writes no spaces), each as often as the clauses use it; how many each
    clause has; and the mark they end with."""
    end = lang.complements[0][-1]
    words: list[str] = []
    lengths = []
    for clause in lang.complements:
        found = list(clause.rstrip(end)) if lang.joiner == "" else clause.rstrip(end).split()
        words += found
        lengths.append(len(found))
    return words, lengths, end


_MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]


class Generator:
    """Makes article texts; one instance per collection (seeded)."""

    def __init__(self, articles: int, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.pool = name_pool(articles, seed)
        self.langs = list(LANG_WEIGHTS)
        self.lang_cum = list(itertools.accumulate(LANG_WEIGHTS.values()))
        self.words = {code: _complement_words(lang) for code, lang in LANGUAGES.items()}
        # Bytes per sentence once names are in, to turn a target size into a count.
        self.sentence_bytes = {
            code: sum(len(s.encode()) for s in lang.subjects) / len(lang.subjects)
            + sum(len(c.encode()) for c in lang.complements) / len(lang.complements)
            + len(lang.joiner)
            + 8
            for code, lang in LANGUAGES.items()
        }

    def _names(self, kind: str, names: list[str], k: int) -> list[str]:
        return self.rng.choices(names, cum_weights=self.pool.cum[kind], k=k)

    def _sentence(self, code: str, lang: Language) -> str:
        """A subject clause and a complement of the language's words, as
        long as one of its complement clauses, ending as they do."""
        words, lengths, end = self.words[code]
        rng = self.rng
        space = "" if lang.joiner == "" else " "
        complement = space.join(rng.choices(words, k=rng.choice(lengths)))
        return rng.choice(lang.subjects) + lang.joiner + complement + end

    def article(self) -> str:
        rng = self.rng
        code = rng.choices(self.langs, cum_weights=self.lang_cum)[0]
        lang = LANGUAGES[code]
        people = self._names("p", self.pool.people, 3)
        orgs = self._names("o", self.pool.orgs, 2)
        places = self._names("l", self.pool.places, 2)
        target = min(6000, max(1200, int(rng.gauss(MEAN_BYTES, SD_BYTES))))
        count = max(6, int(target / self.sentence_bytes[code]))
        body = [self._sentence(code, lang) for _ in range(count)]
        speakers = rng.choices(("{p0}", "{p1}", "{p2}"), k=3)
        quotes = [
            a.format(q=q, s=s)
            for a, q, s in zip(
                rng.choices(lang.attributions, k=3),
                rng.choices(lang.quotes, k=3),
                speakers,
                strict=True,
            )
        ]
        paragraphs = [lang.joiner.join(body[i : i + 3]) for i in range(0, count, 3)]
        for k, quote in enumerate(quotes):
            paragraphs.insert(min(len(paragraphs), 1 + 2 * k), quote)
        if rng.random() < RARE_SHARE:
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), lang.rare)
        paragraphs.insert(min(2, len(paragraphs)), lang.read_also + rng.choice(lang.titles))
        paragraphs.insert(min(5, len(paragraphs)), "ADVERTISEMENT")
        date = f"{rng.randint(2015, 2025)}-{rng.choice(_MONTHS)}-{rng.randint(1, 28):02d}"
        lead = "{L0}, Kanal247.com - " if code not in ("ko", "ja", "zh") else "Kanal247.com - "
        lines = [
            rng.choice(lang.titles),
            date,
            lang.caption,
            lead + paragraphs[0],
            *paragraphs[1:],
            lang.tags_heading,
            *rng.sample(lang.tags, 3),
        ]
        template = "\n\n".join(lines) + "\n"
        return template.format(
            p0=people[0],
            p1=people[1],
            p2=people[2],
            o0=orgs[0],
            o1=orgs[1],
            l0=places[0],
            l1=places[1],
            L0=places[0].upper(),
            d=date,
            r=rng.choice(RARE_WORDS),
        )


def article_path(root: Path, index: int) -> Path:
    return root / f"{index // FILES_PER_FOLDER:04d}" / f"{index:07d}.txt"


def ensure_collection(root: Path, articles: int, seed: int = SEED) -> tuple[bool, int]:
    """Write the collection under ``root`` unless a finished one is there.

    Returns (generated now, total bytes). A marker file written last records
    N, the seed and ``GENERATOR``, so an interrupted run, or one made by
    another version of the generator, is regenerated, not reused.
    """
    marker = root / MARKER
    expected = f"{articles} {seed} {GENERATOR}\n"
    if marker.exists() and marker.read_text() == expected:
        return False, sum(
            entry.stat().st_size
            for folder in os.scandir(root)
            if folder.is_dir()
            for entry in os.scandir(folder.path)
        )
    generator = Generator(articles, seed)
    total = 0
    for index in range(articles):
        path = article_path(root, index)
        if index % FILES_PER_FOLDER == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        data = generator.article().encode()
        path.write_bytes(data)
        total += len(data)
    marker.write_text(expected)
    return True, total


def read_article(path: str) -> tuple[str, str]:
    """(title, rest) of an article file, the way the raw FTS5 baseline indexes it."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    title, _, rest = text.partition("\n")
    return title, rest
