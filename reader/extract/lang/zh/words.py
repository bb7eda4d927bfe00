"""The words that mark a person's name in Chinese (``cjk_names``, and the
speaker's title in ``cues``). Each list is a string of whitespace-separated
words; simplified and traditional forms are both listed."""

from __future__ import annotations

# The commonest surnames (the first two hundred by bearers, and the rarer
# ones that make no common word alone: `厉`, `蔺`, `冼`); left out are those
# that are common words or particles alone (`和`, `时`, `成`, `全`, `路`),
# which a name's other cues must find. `于`, a preposition too, stays: the
# dictionary cuts what it governs as a word of its own (`于` `昨日`), and
# a surname is read only where single characters follow it (`于琼根`).
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
    万 萬 宗 印 于 兰 蘭 曲 芦 蘆 席 丛 叢 仲 苑 迟 遲 厉 厲 鞠 蔺 藺 冼 阚 闞 晁 邸 郦 酈
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
    代表 常委 委员长 委員長
"""
# Kin and companions, and the students and patients stories are about,
# written right before a person's name as a role is (`丈夫王建军`,
# `儿子张小明`, `学生李秀英`): what the person is to another, no part of the
# name.
ZH_KIN = """
    丈夫 妻子 老伴 儿子 女儿 父亲 母亲 爸爸 妈妈 爷爷 奶奶 外婆 外公 哥哥 姐姐 弟弟 妹妹 孙子 孙女
    侄子 儿媳 女婿 兄弟 姐妹 同事 邻居 室友 队友 搭档 徒弟 师傅 学生 患者 病人
    兒子 女兒 父親 母親 爺爺 孫子 孫女 鄰居 隊友
"""
# What names a person right after it (`一位名叫王晓梅的护士`, `班主任叫李红霞`,
# `化名张强`): the name follows, whatever its characters.
ZH_CALLED = "名叫 叫做 叫 化名"
# People described rather than named (`业内人士表示`, `一位家长说`).
ZH_PEOPLE = """
    人士 人员 人員 家长 家長 学生 學生 男生 女生 考生 朋友 孩子 市民 居民 网友 網友 村民 员工
    員工 职工 職工 官员 官員 患者 消费者 消費者 业主 業主 店主 老板 老闆 同学 同學 工作人员
    工作人員 知情人 选手 選手 球员 球員 演员 演員 歌手 导演 導演 作者 学者 學者 农民 農民 工人
    游客 遊客 乘客 司机 司機 警察 观众 觀眾 读者 讀者 用户 用戶 投资者 投資者 分析人士 官方
    获得者 獲得者 得主 获奖者 獲獎者
"""
# Surnames that are also adverbs or prepositions (`曾对外表示`: "once told").
ZH_SURNAME_ADVERBS = "曾 将 將 于 於 向 应 應 常 连 連 从 從 还 還"
# Speech verbs that may follow a speaker's name (`王毅表示`, `…”王毅笑道`).
ZH_VERBS = """
    表示 说 說 指出 称 稱 强调 強調 认为 認為 介绍 介紹 透露 坦言 告诉 告訴 解释 解釋 回应 回應
    说道 說道 笑道 答道 叹道 嘆道 问道 問道
"""
# What may open the clause a name stands at the start of, or join it to
# what describes it (`公司的王明`).
ZH_LEFT_WORDS = "据 據 对此 對此 而 但 另据 另據 则 則 并 並 和 与 與 及 同时 同時 此外 其中 的"
# Who an article credits, before a colon (`编辑：苏明`) or in brackets
# (`（记者何春林）`).
ZH_CREDITS = (
    "编辑 責編 责编 责任编辑 責任編輯 记者 記者 通讯员 通訊員 实习生 實習生 作者 撰文 摄影 攝影"
)
# What an institution's name ends in: a person named right after it is
# one of its people (`南昌市人民医院秦岚副院长`), as after a clause's opener.
ZH_INSTITUTION_ENDS = """
    医院 大学 学院 公司 集团 中心 研究所 研究院 委员会 协会 学会 银行 法院 政府 部 局 厅 所
    醫院 學院 公司 集團 中心 委員會 協會 學會 銀行 政府
"""
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
# Adverbs written between a name and its speech verb (`张琰只说`, `张琰曾说`,
# `王明也表示`): no part of the name.
ZH_ADVERBS = "只 曾 也 还 還 又 都 就 则 則 便 再 亦 已 均 并 並 仍 才 更"
# What a surname stands before as a title, no given name (`陆总`, the boss Lu;
# `赵某`, a certain Zhao).
ZH_SURNAME_TITLES = "总 總 某 老"
# Written right after a person's name, with no word between: as sure a sign
# of a name as a speech verb (`王丽萍女士`, `张骅老师`).
ZH_HONORIFICS = "女士 先生 小姐 老师 老師 教授 医生 醫生 博士 院士 同学 同學"
# The characters Chinese writes foreign names in, by sound (the standard
# transliteration table's and the common female forms): `克林顿`, `玛丽娅`.
# jieba tags some phrases as transliterated names (``nrt``: `令人`, `二人`,
# `在城镇`); a name of other characters is no transliteration.
ZH_TRANSLITERATION = """
    阿 埃 艾 爱 安 昂 奥 澳 巴 拜 班 邦 保 鲍 贝 本 比 彼 毕 宾 波 伯 博 布 采 策 查 柴 彻 楚 茨 慈
    达 戴 丹 道 德 登 邓 迪 蒂 丁 东 杜 顿 多 俄 厄 恩 尔 法 凡 范 菲 费 芬 丰 佛 夫 弗 福 富 盖 甘
    冈 高 戈 哥 格 根 古 圭 贡 哈 海 汉 豪 赫 黑 亨 洪 胡 华 霍 基 吉 济 加 贾 简 杰 金 居 卡 凯 坎
    康 考 柯 科 可 克 肯 库 夸 奎 昆 拉 莱 赖 兰 朗 劳 勒 雷 蕾 黎 里 理 利 莉 丽 列 林 琳 留 柳 龙
    卢 鲁 路 伦 罗 洛 吕 马 玛 迈 麦 曼 芒 毛 梅 门 蒙 孟 米 密 明 摩 莫 默 姆 穆 纳 娜 乃 南 内 尼
    宁 纽 努 诺 欧 帕 派 潘 庞 佩 彭 皮 平 珀 普 奇 齐 乔 切 钦 琴 丘 萨 塞 赛 桑 瑟 森 沙 莎 尚 舍
    圣 施 什 史 舒 斯 丝 松 苏 索 塔 泰 坦 汤 唐 特 提 图 托 瓦 万 旺 威 韦 维 温 文 沃 乌 伍 武 西
    希 锡 席 夏 谢 辛 欣 休 徐 许 雅 亚 娅 扬 杨 耶 叶 伊 依 因 英 尤 于 约 扎 泽 詹 朱 兹 卓 佐 茂
    珍 妮 黛 芙 萝 露 薇 琪 嘉 茜 蓓 屈 奈 契 涅 捷 曼 爵 乔 柯 科 廷 斐 莉 咪 甫 各 翁
    翰 歇 何
"""
# The commonest Western given names in the standard transliteration: a
# name joined by a hyphen or a full stop that opens with one is a person's
# (``约翰-史密斯``), not two sides or clubs.
ZH_FOREIGN_GIVEN = """
    约翰 保罗 彼得 大卫 迈克尔 詹姆斯 威廉 托马斯 理查德 罗伯特 乔治 查尔斯 安德鲁 马克 史蒂夫
    史蒂芬 斯蒂芬 丹尼尔 爱德华 亨利 弗兰克 杰克 汤姆 亚历山大 尼古拉斯 克里斯 克里斯托弗 约瑟夫
    路易斯 弗朗西斯 安东尼 马丁 西蒙 菲利普 伊万 谢尔盖 弗拉基米尔 阿列克谢 皮埃尔 汉斯 卡尔
    玛丽 安娜 伊丽莎白 凯瑟琳 苏珊 萨拉 劳拉 艾米丽 索菲亚 朱莉娅 海伦 琳达 詹妮弗 玛丽亚 娜塔莎
"""
