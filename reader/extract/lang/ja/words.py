"""The words that mark a person's name in Japanese (``cjk_names``, and the
speaker's title in ``cues``). Each list is a string of whitespace-separated
words."""

from __future__ import annotations

# Common family names: a kanji run that opens with one, before a role, is a
# person (`岸田首相`); one that does not is as often a department or a
# trade (`映画監督`, `文部科学大臣`).
JA_SURNAMES = """
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上
    木村 林 斎藤 斉藤 齋藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川
    藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川
    松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤
    島田 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井
    千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 佐野 杉本 古川 大西 浅野 吉川 市川 菅野
    水野 小松 北村 堀 平田 関 川口 辻 岩田 中田 樋口 秋山 永井 本田 荒木 飯田 久保田 土屋 大橋
    安田 服部 川崎 西田 東 早川 星野 内藤 菊池 小島 岡崎 黒田 宮田 桑原 松岡 吉村 高野 望月 大久保
    片山 中西 上原 堀内 小西 小池 田辺 岸田 安倍 菅 石破 麻生 野田 鳩山 小泉 細川 河野 茂木 林
    枝野 志位 玉木 山中 園 二階 二階堂 浅田 羽生 大谷 松坂 長嶋 王 岸 福島 熊谷 須藤 栗原 宮下
    矢野 荒井 横田 石原 西川 北川 大川 堤 沢田 澤田 安達 足立 浜田 濱田 中谷 小谷 岩本 柳田 増井
    石丸 吉沢 吉澤 染谷 松村 上島 田口 白石 尾崎 岡 岡村 大竹 笠井 杉田 竹田 武井 宮沢 宮澤 坂口
    坂井 坂田 北野 岩井 松山 米田 土井 今村 小田 中尾 奥村 奥田 西山 西本 藤川 三宅 稲垣 稲葉
"""
# Written right after a name, before its particle (`ケンタさんは`,
# `山田選手が`): the honorifics, after which any name is a person's, and the
# titles a person is called by alone (`山田アナ`). Speakers and cues build
# their patterns from these (``alternation``).
JA_NAME_HONORIFICS = "さん 氏 様 ちゃん くん 君"
JA_NAME_TITLES = "アナ 選手 監督 社長 会長 教授 容疑者 被告 先輩 首相 大統領"


def alternation(*lists: str) -> str:
    """A regular expression's alternatives for the words of ``lists``,
    longest first."""
    return "|".join(sorted({w for words in lists for w in words.split()}, key=len, reverse=True))


# Roles written after a name. A name before the honorific ones needs no
# known surname; before the others it does (see JA_SURNAMES).
JA_HONORIFICS = "氏 さん 容疑者 被告 被告人"
JA_ROLES = """
    首相 元首相 前首相 大臣 副大臣 社長 副社長 前社長 知事 前知事 教授 准教授 名誉教授 監督 代表
    会長 副会長 選手 議員 長官 理事長 委員長 総裁 議長 弁護士 記者 局長 部長 課長 所長 院長 校長
    学長 主将 投手 外相 財務相 防衛相 官房長官 幹事長 代表取締役 取締役 大統領 国務長官 事務局長
    医師 博士 作家 アナ 党首 官房副長官 市長 町長 村長 区長 市議 県議 都議 顧問 専務 常務 室長
    最高経営責任者 最高執行責任者 研究員 准教授 講師 理事 主任 会頭 副会頭 頭取 組合長
"""
# Katakana names (foreign people) only before the anchors that say person;
# before 社長 or 代表 katakana is as often a company, before 選手 or 監督 a
# sport or a trade (`スポーツ選手`), unless written as a name (`キム・ヨナ`).
JA_KATAKANA_ROLES = "氏 大統領 首相 元首相 前首相 国務長官"
JA_KATAKANA_DOTTED_ROLES = """
    選手 監督 容疑者 社長 会長 代表 教授 さん 最高経営責任者 最高執行責任者 外相 財務相 防衛相
    国防相 首相 大臣 長官 報道官 大使 議長 議員 知事 市長 総裁 総督 国王 女王 王子 皇太子
"""
# Kanji runs that look like a name but name an office, a place or a thing.
JA_WORDS = """
    政府 東京 日本 米国 中国 韓国 英国 大阪 京都 北海道 沖縄 同社 同氏 同党 自民 民主 与党 野党
    外務 財務 文部科学 経済産業 厚生労働 国土交通 農林水産 総務 法務 防衛 環境 経産 内閣 首都
    全国 地元 都内 府内 県内 市内 国内 海外 本社 会社 企業 店舗 番組 事務所 劇団 球団 日銀 当時
    現在 今回 前回 同日 同年 最後 最初 担当 主演 共演 出演 一般 運転手 大家 店員 看護師 患者
    本人 相手 友人 先輩 後輩 社員 職員 住民 映画 野球 女子 男子 女性 男性 代表 日本代表 五輪
    警察 検察 捜査 容疑 被告 原告 父親 母親 皆様 奥様 神奈川 埼玉 千葉 愛知 兵庫 福岡 広島
    生徒 学生 叔母 叔父 伯母 伯父 祖母 祖父 先生 彼女 彼氏 旦那 主人 義母 義父 親戚 姪 甥 嫁 婿
    妊婦 主婦 農家 大工 漁師 店長 女将 同僚 上司 部下 恋人 夫婦 両親 家族 子供 子ども 赤
"""
# A kanji run ending in these is an office, a place or a company, not a
# person (`東京都`, `文部科学省`, `自民党`, `トヨタ自動車`).
JA_NOT_LAST = """
    都 道 府 県 市 区 町 村 省 庁 部 局 課 会 社 院 党 国 界 軍 団 校 銀 行 所 協 組 員 師 者
    手 家 屋 長 主 車 機 業 設 力 信 送 聞 版 券 品 工 商 産 薬 店 場 館 室 科 際
    様 方 達 陣 側 隊 勢 層 向 用 式 制 型 性 的 化 表 権 選 戦 塾 園 堂 邸 宅 似 派 組 系 流
    相
"""
# First characters of a run that qualify what follows (`同社長`, `前社長`,
# `新監督`, `故人`), so the run is no name.
JA_NOT_FIRST = "同 前 元 現 新 各 両 全 本 当 故 副 総 旧 次 初 歴 名 某 以 其 此 今 昨 毎 御"
# Nicknames that close a professional team's name (`埼玉西武ライオンズ`,
# `浦和レッズ`): a common noun to the analyser, an organisation's suffix here.
JA_TEAM_NAMES = """
    ファイターズ ライオンズ ジャイアンツ タイガース ドラゴンズ カープ スワローズ ホークス
    バファローズ マリーンズ イーグルス ベイスターズ アントラーズ レッズ マリノス フロンターレ
    ガンバ セレッソ グランパス サンフレッチェ
"""
