"""The words that mark a person's name in Korean, Chinese and Japanese.

Kept apart from the rules in ``cjk_names``, as ``cues`` is from
``attribution``: a missed name or a false one is usually fixed here, by a
surname, a role or a common word the lists lacked. Each list is a string of
whitespace-separated words; simplified and traditional Chinese forms are
both listed.
"""

from __future__ import annotations

# --- Korean -------------------------------------------------------------------

KO_SURNAMES = """
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허
    남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석
    선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사
    부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 견 당 화 창 엽
"""
KO_SURNAMES_2 = "남궁 황보 제갈 선우 독고 사공 서문 동방"
# Titles and roles written after a name (`김철수 장관`, `박 대표`).
KO_ROLES = """
    대통령 부통령 총리 부총리 장관 차관 의원 국회의원 대표 대표이사 공동대표 원내대표 회장
    부회장 위원장 부위원장 최고위원 총장 부총장 교수 부교수 조교수 명예교수 석좌교수 씨 감독
    사장 부사장 대변인 시장 부시장 지사 도지사 청장 차장 원장 부원장 연구원 선임연구원
    책임연구원 수석연구원 연구위원 기자 특파원 의장 이사장 본부장 실장 국장 부장 과장 팀장
    소장 센터장 단장 처장 관장 총재 부총재 박사 변호사 검사 판사 선수 코치 작가 배우 가수
    전무 상무 사무총장 비서실장 대사 주석 행장 구청장 군수 교육감 후보 당선인 교사 회계사
    애널리스트 연구관 수석 비서관 총영사 주무관 사무관 고문 전문위원 조합장 학장 교장 창업자
    대표변호사 사무국장 공동대표 교무처장 의원실 연구교수 겸임교수 대변인실 프로듀서 디렉터
    매니저 이사 주임연구원 객원연구원 초빙연구원 박사후연구원 전임연구원
"""
# Written between a name and its role: `김철수 전 장관` (former), `현 대표`.
KO_ROLE_PREFIXES = "전 현 신임 前"
# Particles and endings that may follow a role (`장관은`, `대표에게`): a
# role followed by other Hangul is the start of a longer word (`대표적`).
KO_AFTER_ROLE = (
    "은 는 이 가 을 를 의 에 와 과 도 만 께 님 으로 로 팀 실 직 측 단 겸 대행 등 까지 부터"
)
# Given names do not end in these syllables; common words and verb forms
# do (`국내외`, `강남구`, `연구진`, `전문가`, `민주당`, `이사회`, `진행한`).
KO_NOT_GIVEN_END = """
    들 의 에 를 을 는 외 구 군 시 도 읍 면 당 청 부 처 국 과 회 사 단 측 팀 가 층 계 론 적 관 대
    한 된 할 던 며 고 인 했
"""
# Last syllables of a particle or a verb ending: a word ending so belongs
# to a clause, not to a name and the organisation after it.
KO_CLAUSE_ENDS = "은 는 이 가 을 를 한 며 고 된 할 던 와 에 의 만 다 면 게 니"
# Syllables of names transliterated from other languages (`마이클`,
# `제임스`), which Korean given names do not use.
KO_FOREIGN = (
    "스 트 크 프 드 르 브 즈 츠 클 튼 슨 퍼 터 코 포 토 케 테 페 쿠 투 푸 잭 쉬 치 티 피 키"
)
# Particles joined to the word before them.
KO_PARTICLES = """
    은 는 이 가 을 를 의 에 와 과 도 만 로 으로 에서 에게 에는 에도 에서는 으로는 로는 과의 와의
    이나 나 부터 까지 측 처럼 보다 마저 조차 이라 라
"""
# Common words of three syllables that open with a surname syllable.
KO_WORDS = """
    이번 이날 이후 이전 이상 이하 이미 이어 정부 정책 정치 정도 한국 한편 신규 전문가 대한민국
    기자 관계자 연구진 연구팀 국내외 대변인 전세계 전국민 이사회 우리나라 지난해 지난달 하반기
    상반기 이번주 이민자 유가족 어린이 소비자 지난주 전문의 연구소 위원회 조직위 주최측 연구원
    연구진 조사원 공무원 회사원 전문가 성과급 정치인 경제인
"""

# --- Chinese ------------------------------------------------------------------

ZH_SURNAMES = """
    王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅
    郑 鄭 梁 谢 謝 宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 田 董 袁 潘 蒋 蔣 蔡 余 杜 叶
    葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋
    付 傅 方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 閻 段 雷 侯 龙 龍 史 陶 黎 贺 賀 顾 顧 毛 郝 龚 龔
    邵 钱 錢 严 嚴 覃 武 戴 莫 孔 汤 湯 常 温 溫 康 施 牛 樊 葛 邢 齐 齊 易 乔 喬 伍 庞 龐 颜
    顏 倪 庄 莊 聂 聶 章 鲁 魯 岳 翟 殷 詹 申 欧 歐 耿 焦 俞 左 柳 甘 祝 包 宁 寧 舒 阮 柯 纪 紀
    梅 童 凌 毕 畢 季 裴 霍 涂 苗 谷 盛 翁 冉 骆 駱 蓝 藍 游 辛 靳 管 柴 蒙 鲍 鮑 喻 祁 蒲 房 滕
    屈 饶 饒 牟 艾 尤 穆 卓 缪 繆 简 簡 车 車 项 項 麦 麥 褚 娄 婁 窦 竇 戚 岑 景 宫 宮 费 費 卜
    晏 卫 衛 柏 瞿 桂 佟 臧 闵 閔 苟 邬 鄔 卞 姬 栾 欒 隋 刁 巫 寇 桑 郎 甄 虞 敖 巩 鞏 佘 池 邝
    鄺 薄 强 強 单 單 华 華 阎 荣 榮 符 解 祖 谌 諶 文 关 關 蓝 冷 查 仇 连 連 练 練 应 應 朴
"""
ZH_SURNAMES_2 = """
    欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 皇甫 令狐 夏侯 慕容 尉迟 尉遲 司徒 公孙 公孫 宇文 轩辕
    軒轅 端木
"""
# Characters common in given names. A surname followed by these is what a
# name looks like; `王国`, `高速`, `高管`, `方面`, `文章` are not.
ZH_GIVEN = """
    伟 偉 芳 娜 敏 静 靜 丽 麗 强 強 磊 军 軍 洋 勇 艳 艷 杰 傑 娟 涛 濤 明 超 秀 霞 平 刚 剛
    英 华 華 玉 萍 红 紅 娥 玲 芬 燕 鹏 鵬 辉 輝 林 斌 宇 浩 凯 凱 健 俊 帆 旭 宁 寧 龙 龍 欣
    婷 雪 慧 琳 晶 颖 穎 倩 丹 蕾 薇 莉 岚 嵐 梅 琴 云 雲 莲 蓮 珍 瑞 凡 佳 嘉 琼 瓊 勤 贞 貞
    璐 琦 晨 君 冰 爽 琪 茜 晓 曉 悦 悅 彤 菲 怡 馨 妍 婧 露 瑶 瑤 蓉 萱 璇 涵 琛 泽 澤 峰 波
    毅 伦 倫 翔 彬 鑫 亮 振 壮 壯 思 群 豪 邦 承 绍 紹 松 善 厚 庆 慶 友 裕 河 哲 江 元 国 國
    胜 勝 祥 才 武 利 清 飞 飛 彪 富 顺 順 信 昌 康 星 光 达 達 岩 茂 进 進 坚 堅 博 诚 誠 敬 震
    谦 謙 亨 奇 翰 朗 伯 宏 鸣 鳴 朋 梁 栋 棟 维 維 启 啟 克 辰 士 建 致 树 樹 炎 德 泰 盛 雄 钧
    鈞 冠 策 腾 騰 楠 榕 航 弘 义 義 兴 興 良 海 山 仁 贵 貴 福 永 春 秋 东 東 银 銀 宝 寶 贤 賢
    佩 青 丰 豐 立 卫 衛 兵 忠 锋 鋒 保 世 广 廣 志 力 文 彦 彥 恩 珊 婉 嫣 妮 媛 娇 嬌 琰 昊 晖
    暉 昕 晔 曄 煜 烨 燁 熙 皓 睿 瑜 璋 瑾 珏 珺 琨 瑛 蕊 芸 芝 苓 茹 荷 菁 萌 蓓 蔚 虹 逸 遥 遙
    锐 銳 阳 陽 霖 韬 韜 颂 頌 馥 骏 駿 鸿 鴻 麟 卿 岳 峻 崇 嵩 巍 庭 御 忆 憶 恒 恆 惠 慈 晋 晉
    景 朝 杉 柱 桐 梓 森 楷 樱 櫻 权 權 欢 歡 汉 漢 沛 泓 洪 济 濟 涌 湘 湖 溪 滨 濱 潇 瀟 灿 燦
    炜 煒 焕 煥 然 煊 熠 牧 珂 璟 甫 皎 益 真 硕 碩 禹 秉 程 稳 穩 笑 筠 纯 純 绮 綺 翊 耀 聪 聰
    育 胤 舜 艺 藝 若 茗 莹 瑩 衡 谊 誼 豫 赫 轩 軒 逍 铭 銘 钦 欽 锦 錦 阔 闊 雁 雯 霏 靖 韵
    韻 飘 飄 骞 騫 鹤 鶴 鼎 蒂 昆 崑 晴 莎 卓 尧 堯 舟 来 來 琦 培 甜 毓 涓 溶 澜 瀾 娴 嫻 姝 勋 勳
    熏 薰 贤 镇 鎮 焕 赞 贊 洙 浩 俊 载 載 喆 哲 昇 升 相 在 允 贞 秀 美 惠 淑 姬 熙 珉 敏
    蓬 昭 铁 鐵 钢 鋼 根 柏 桦 樺 枫 楓 纲 綱 臣 基 增 喜 乾 坤 均 垒 壘 奎 孝 孟 守 宗 官
    定 宪 憲 家 容 尊 峥 崢 川 巧 常 干 幸 庚 延 征 循 微 怀 懷 恺 愷 悦 敏 斐 新 方 旺 昀 映 春
    显 顯 晗 智 暄 曦 月 有 朴 杭 松 林 果 枝 柯 栗 桂 楚 樑 欧 毓 民 江 沁 泉 洁 潔 浚 淑 深 渊
    淵 游 源 溢 滔 漫 潮 澄 灵 靈 炳 烽 焱 照 燕 爵 犇 猛 献 獻 玮 瑋 珠 琬 琮 瑄 璋 生 田 白 皓
"""
# Titles and roles: written after a name (`王毅部长`) or before it
# (`外交部发言人王毅`).
ZH_ROLES = """
    主席 副主席 总统 總統 副总统 副總統 总理 總理 副总理 副總理 部长 部長 副部长 副部長 发言人
    發言人 教授 副教授 先生 女士 市长 市長 副市长 副市長 省长 省長 副省长 副省長 局长 局長 副局长
    副局長 经理 經理 总经理 總經理 副总经理 副總經理 董事长 董事長 副董事长 副董事長 总裁 總裁
    副总裁 副總裁 院长 院長 副院长 副院長 主任 副主任 秘书长 秘書長 书记 書記 委员 委員 所长
    所長 处长 處長 厅长 廳長 司长 司長 行长 行長 校长 校長 会长 會長 副会长 副會長 理事长 理事長
    研究员 研究員 记者 記者 主编 主編 总编 總編 总监 總監 工程师 工程師 总工程师 總工程師 分析师
    分析師 律师 律師 医生 醫生 博士 院士 专家 專家 大使 领事 領事 议员 議員 立委 县长 縣長 区长
    區長 镇长 鎮長 村长 村長 首相 总书记 總書記 主持人 创始人 創始人 董事 法官 检察官 檢察官 警官
    队长 隊長 教练 教練 主教练 主教練 司机 司機 老师 老師 首席执行官 首席執行官 执行长 執行長 社长
    社長 团长 團長 站长 站長 主管 负责人 負責人 秘书 秘書 总经济师 總經濟師 经济学家 經濟學家
    副秘书长 副秘書長 部长助理 董秘 总干事 總幹事 理事 监事 監事 会计师 會計師 讲师 講師
"""
# People described rather than named (`业内人士表示`, `一位家长说`).
ZH_PEOPLE = """
    人士 人员 人員 家长 家長 学生 學生 男生 女生 考生 朋友 孩子 市民 居民 网友 網友 村民 员工
    員工 职工 職工 官员 官員 患者 消费者 消費者 业主 業主 店主 老板 老闆 同学 同學 工作人员
    工作人員 知情人 选手 選手 球员 球員 演员 演員 歌手 导演 導演 作者 学者 學者 农民 農民 工人
    游客 遊客 乘客 司机 司機 警察 观众 觀眾 读者 讀者 用户 用戶 投资者 投資者 分析人士 官方
"""
# Surnames that are also adverbs or prepositions (`曾对外表示`: "once told").
ZH_SURNAME_ADVERBS = "曾 将 將 于 於 向 应 應 常 连 連 从 從 还 還"
# Speech verbs that may follow a speaker's name (`王毅表示`).
ZH_VERBS = """
    表示 说 說 指出 称 稱 强调 強調 认为 認為 介绍 介紹 透露 坦言 告诉 告訴 解释 解釋 回应 回應
"""
# What may open the clause a name stands at the start of, or join it to
# what describes it (`公司的王明`).
ZH_LEFT_WORDS = "据 據 对此 對此 而 但 另据 另據 则 則 并 並 和 与 與 及 同时 同時 此外 其中 的"
# What may follow a name introduced by a role before it (`总经理陈志鑫日前
# 表示`): a verb, an adverb, a particle; not more of a word.
ZH_AFTER = """
    在 是 的 也 还 還 就 则 則 曾 已 对 對 向 等 和 与 與 及 日前 今天 昨天 近日 接受 告诉 告訴
    表示 说 說 指出 称 稱 强调 強調 认为 認為 介绍 介紹 透露 坦言 解释 解釋 回应 回應 分析 更
    又 都 均 并 並 同 时 時 此 呼吁 呼籲 希望 建议 建議 谈 談 提 补充 補充 如是 先后 先後 这样
    這樣 一 率 带 帶 主持 出席 会见 會見 当 當 将 將 于 於 为 為 被 把 给 給 从 從 以 认 認 摄 攝
"""
# Two-character strings that look like a surname and a given name but are
# common words, places or institutions.
ZH_WORDS = """
    王国 王國 高速 高明 宁波 寧波 江山 黄山 黃山 华山 華山 石林 白云 白雲 金华 金華 江宁 江寧
    文明 高峰 高超 方明 龙华 龍華 华东 華東 华南 華南 华北 華北 华西 華西 程序 高新 东方 東方
    高兴 高興 常德 高达 高達 马达 馬達 黄金 黃金 白银 白銀 平安 安康 江海 林海 方圆 方圓
    文章 文明 文化 文件 文学 文學 金融 金山 石油 田园 田園 周年 周刊 周末 应用 應用 解惑 高三 高一
    高二 高中 高考 高校 方才 马上 馬上 齐声 齊聲 林立 易于 易於 常常 刚刚 剛剛 宁可 寧可 万一 萬一
"""

# --- Japanese -----------------------------------------------------------------

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
    様 方 達 陣 側 隊 勢 層 向 用 式 制 型 性 的 化 表 権 選 戦 塾 園 堂
"""
# First characters of a run that qualify what follows (`同社長`, `前社長`,
# `新監督`, `故人`), so the run is no name.
JA_NOT_FIRST = "同 前 元 現 新 各 両 全 本 当 故 副 総 旧 次 初 歴 名 某 以 其 此 今 昨 毎 御"
