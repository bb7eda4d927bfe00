"""Japanese quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.lang.ja.words import JA_NAME_HONORIFICS, JA_NAME_TITLES, alternation

# The cue follows the closing mark; the speaker is the topic of the
# sentence before the opening mark (HEAD), or the person the cue's verb
# qualifies. The topic may carry an age or a title in brackets
# (`佐藤美咲さん（24）は`, `김철수(45) 씨는`).

# A speech verb in the form that qualifies a noun: the person it qualifies
# said the quotation (`「…」と話す山田さん。`, `「…」と振り返る佐藤は`,
# `「…」とファンに伝えた鈴木は、`).
_SAYING = (
    r"(?:(?:話|明か)(?:す|した|している)|(?:語|振り返|綴|つづ)(?:る|った|っている)"
    r"|(?:言|笑|言い切|言い放)(?:う|った)|(?:言い切|言い放)る|(?:述べ|答え|伝え|訴え|打ち明け)(?:る|た|ている)"
    r"|(?:説明|強調|コメント|告白|断言|宣言|吐露|発言)(?:する|した|している))"
)
# A verb of saying or telling done for the writer (`語ってくれた`,
# `教えてくれる`): how a feature reports what its interviewee said.
_KURETA = (
    r"(?:(?:話し|明かし|説明し|語っ|振り返っ|言っ|述べ|答え|伝え|教え|打ち明け)て"
    r"くれ(?:る|た|ました|ます))"
)
# A verbal noun made a verb with `する` (`前置きした`, `批判した`, `反論する`):
# after `と`, whatever it names, it says how the quotation was put.
_SURU = r"(?:[\u4e00-\u9fff々]{1,3}き?(?:する|した|している|していた))"
_NAMED = r"[\u4e00-\u9fff々\u30a1-\u30faー・＝A-Za-zＡ-Ｚ]{2,12}"
# A given name of one kanji is a name only before an honorific (`香さん`).
_ONE_KANJI = rf"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々](?={alternation(JA_NAME_HONORIFICS)})"
_TITLE_AFTER = rf"(?:{alternation(JA_NAME_HONORIFICS, JA_NAME_TITLES)})?"

# Where people post what they think, named as who wrote it.
_POSTED = r"掲示板|ネット|ＳＮＳ|SNS|ツイッター|コメント欄"
POSTED = re.compile(rf"(?:{_POSTED})(?:上)?$")

# An age, a gender or both (`20代・男性`, `会社員・35歳`, `40 代・女性`): how
# surveys and street interviews say who answered.
DESCRIBED = r"[^（）()「」『』。]{0,10}?(?:\d+\s*(?:代|歳)|男性|女性)[^（）()「」『』。]{0,10}"

# A person's name as the answer's signature, with its honorific: `由梨さん`,
# `しほりさん` (a given name in kana), `K子` needs its age to count.
_SIGNED = r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ]{1,10}?"
_HONORIFIC = rf"(?:{alternation(JA_NAME_HONORIFICS)})"
# Titles written after a person's name alone.
_ROLE = rf"(?:{alternation(JA_NAME_TITLES)})"
_AGE = (
    r"(?:[（(][^（）()「」『』\n]{0,8}?\d+\s*歳[）)]|[／/・]\s*[^（）()「」『』\n]{0,8}?\d+\s*歳)"
)

# Quotations written one after another, with nothing or a comma between
# (`「A」「B」と訴えた`, `「A」、「B」という声`), are one statement: the cue
# after the last and the topic before the first are all of theirs. A full
# stop between (`「A」。「B」と`) ends a statement.
RUNS_ON = re.compile(r"[」』][、，]?[ \u3000]?[「『]$")

# What may stand between `と` and a verb of saying at the end of the
# clause: no passive (`され`, `られ`, `れた`, `れて`), which makes someone
# else the one who acted, and said the words.
_GAP = r"(?:(?!され|られ|れ[たて])[^。、「」『』\n]){0,32}?"
# Verbs of thinking, expecting and judging (`」と考える`, `」と予想していた`,
# `」と期待したが`, `」と判断することもある`, `」と見込んでいた`): what the marks
# hold was thought, hoped or foreseen, no words said. A verbal noun counts
# only made a verb (`予想し`, `期待さ`), so `」と期待を込めて語った` still
# quotes; `思わず` (without meaning to) is how, not a thought.
_THOUGHT = (
    r"(?:考え|思(?!わず)|感じ|信じ|疑[いうっわ]|見込[まみむめん]|受け止め|捉え"
    r"|(?:予想|予測|期待|判断|想定|認識|懸念|推測|推定|確信|覚悟)[しすさ])"
)
# A thought anywhere in the clause after `と` (`」と多くが予想していたが`).
_NO_THOUGHT = rf"(?![^。、「」『』\n]{{0,32}}?{_THOUGHT})"
TAIL = [
    # Whatever case the name then takes (`」と語る浅田に対し`,
    # `」と前置きした山田だったが`): the verb's clause says who it is. A note
    # in brackets may stand between (`」（笑）と話した山田`).
    re.compile(
        rf"\s*(?:[（(][^（）()「」\n]{{1,20}}[）)])?と、?(?P<cue>[^。、「」『』\n]{{0,10}}?(?:{_SAYING}|{_SURU}))(?P<who>{_NAMED})"
        rf"(?={_TITLE_AFTER}(?:[はがもにへをとの。、]|だ|です|$))"
    ),
    # The speaker named as the subject after `と` (`」と北村選手は語った`,
    # `」と、山田監督は話した`), whatever the verb; before the pattern below
    # takes the name into its cue.
    # Not how often or when (`」と何度も言われた`, `」と今回も話した`).
    re.compile(
        rf"\s*と、?(?!何|一度|再度|今度|今回|毎回|毎日|いつ)(?P<who>{_NAMED}){_TITLE_AFTER}"
        r"(?:[（(][^（）()「」]{1,12}[）)])?(?:は|が|も)、?"
        r"(?P<cue>[^。、「」『』\n]{0,16}?(?:た|る|ます|す|う|だ))(?=[。、\s]|$|が、)"
    ),
    # The next sentence says who said it, and `こう` (thus) points back at
    # it (`」。鈴木選手はこう語った。`, `」と、山田監督はこう話す`).
    # A clause may describe the speaker first (`」。優勝した高橋選手はこう語った`),
    # and when and how may stand between the topic and `こう`
    # (`」。鈴木選手は試合後、笑顔でこう語った`).
    re.compile(
        rf"[。、]?\s*(?:と、?)?(?:[^。「」『』\n]{{0,16}}?(?:した|する|の))?(?P<who>{_NAMED}){_TITLE_AFTER}(?:は|が|も)、?"
        rf"(?:[^。「」『』\n]{{0,16}}?[、で])?(?P<cue>(?:こう|そう|このように)[^。「」『』\n]{{0,8}}?{_SAYING})"
    ),
    # The speaker named after the verb it qualifies, as the sentence's
    # comment (`「…」と話すのは山本さん。`, `」と語ったのは、主将の森だ`,
    # `」と教えてくれたのは山本さん`: an interviewee's words, as features
    # report them); or the next sentence's, pointing back at the quotation
    # with `そう` or `こう` (`」。そう語るのは山本さん。`).
    re.compile(
        rf"(?:\s*と、?|[。！]?\s*(?:そう|こう)(?=[^。、「」『』\n]{{0,10}}?(?:{_SAYING}|{_KURETA})のは))"
        rf"(?P<cue>[^。、「」『』\n]{{0,10}}?(?:{_SAYING}|{_KURETA}|いう))のは、?"
        rf"[^。「」『』\n]{{0,24}}?(?P<who>{_NAMED}|{_ONE_KANJI})(?={_TITLE_AFTER}(?:\s*[（(]|だ|です|。|$))"
    ),
    # The speaker signs the answer after `と`, with an honorific, a role or
    # an age (`」と由梨さん。`, `」とは尚美さん（36歳）`, `」と山田監督。`), as
    # interviews and news of sport do.
    re.compile(
        rf"と(?:は)?、?(?P<who>{_SIGNED})(?P<cue>(?:{_HONORIFIC}|{_ROLE}){_AGE}?)(?=[。！\s]|$)"
    ),
    # A person it qualifies with `という` (`」という花子さん（30歳）が`,
    # `」という山田アナに`): only with an honorific or a title, as `という`
    # names things too (`」という名前が`).
    re.compile(
        rf"という(?P<who>{_SIGNED})(?P<cue>{_HONORIFIC}|{_ROLE})(?:[（(][^（）()「」]{{1,12}}[）)])?"
        r"(?=は|が|も|に|を|の|。|、)"
    ),
    # ...or the topic of the next clause, set off by a comma (`」という
    # 山田は、「…」`): a thing named so is rarely the topic; the name must
    # still be a person's (``could_be_name``) to speak.
    re.compile(rf"(?P<cue>という)(?P<who>{_NAMED})(?=[はが]、)"),
    # ...or in brackets after it (`」（由利さん）。`, `」（雅子さん／33歳）`);
    # a name signed with its age alone is kept with it, as someone described
    # (`」（真紀／27歳）`), since no list knows such given names.
    re.compile(rf"[（(](?P<who>{_SIGNED})(?P<cue>{_HONORIFIC}{_AGE}?)[）)]"),
    re.compile(rf"[（(](?P<who>{_SIGNED}{_AGE})(?P<cue>[）)])"),
    re.compile(
        # `「…」だという`: what someone is reported to say.
        r"\s*(?:だ|です)?(?:と|とも|などと)(?P<cue>述べ|話し|語っ|説明し|強調し|明かし|指摘し|答え"
        r"|コメントし|発言し|訴え|言っ|話す|語る|いう|言う)"
    ),
    # Who answered, in brackets after the answer (`」（30代・女性）という声`);
    # not what names a thing (`「新駅」（仮称）という名前`).
    re.compile(rf"[（(](?P<who>{DESCRIBED})[）)](?P<cue>という|などと|など|と|、)"),
    # A verb of saying at the end of a longer clause after `と`
    # (`」と、これまでの苦しい胸の内を初めて明かした`): what the clause says
    # between is how and what about, or what the speaker did (`」と、相手に
    # 対戦を申し込んだことを明かした`), but no passive: `」と、母に励まされた
    # ことを明かした` gives the words to someone else.
    re.compile(rf"と、?(?!呼ば|呼ん|名付|題)(?P<cue>{_GAP}{_SAYING})(?=[。、\s]|$|ので|が)"),
    # `と` right after a closing mark quotes, whatever verb ends the clause
    # (`」と悩める心境を吐露した`, `」と前を向き`, `」と苦笑いを浮かべた`); a list
    # of quoted terms (`「A」と「B」`) has a mark after it, not a verb.
    # A polite ending says the same (`」と続けます。`).
    # A clause may go on after the verb (`」と喜んでいたので、`), or end on
    # hearsay (`」と危惧しているそうです。`) or a plain verb (`」と不満そうに話す。`),
    # or be one example of several (`」と解説するなど、`).
    re.compile(
        r"と、?(?!呼ば|呼ん|名付|題)(?P<cue>[^。、「」『』\n]{0,16}?(?:た|る|き|て|ら|い|ます|す|う))"
        r"(?=[。、\s]|$|ので|のに|のだ|そう(?:だ|です)|けれど|けど|など)"
    ),
    # ...or go on with `が` (but) and a comma (`」と同意していたが、`), no
    # passive between (`」と書かれていたが、`: words someone else wrote),
    # nor a verb of thinking or expecting (`」と考える人もいるが、`,
    # `」と予想していたが、`: no words said).
    re.compile(rf"と、?(?!呼ば|呼ん|名付|題){_NO_THOUGHT}(?P<cue>{_GAP}(?:た|る|う|す))(?=が、)"),
    # ...or what someone does at times or has done, the verb made a noun
    # with `こと` (`」と怒鳴ることもある`, `」と漏らしたことがある`); not what
    # is set or meant (`」とすることを決めた`, `」ということだ`), nor a
    # passive (`」と、母に励まされたことを`: the mother's words), nor a
    # thought (`」と期待したこともある`).
    re.compile(
        rf"と、?(?!呼ば|呼ん|名付|題|称|す|し|い[うっ]|言う|な){_NO_THOUGHT}"
        r"(?P<cue>(?:(?!され|られ|れ[たて])[^。、「」『』\n]){0,12}?(?:る|た|う|す))(?=こと(?:も|が|は)?)"
    ),
    # ...or a verb's continuative stem going on to the next clause
    # (`」と激怒し、`, `」と綴りながら`), not one that names or shows a thing
    # (`」とし、`, `」と称し、`, `」と定め、`, `」と表示され、`), a list
    # (`」といった結果となり、`), a turn (`」とはいえ、`, `」となり、`) or a clause
    # of its own (`」と回答した人が…占め、`).
    re.compile(
        r"と、?(?!呼ば|呼ん|名付|題|称|定め|銘打|名乗|命名|位置|表示|記さ|書か|し|い[っうい]|も|は|な)"
        r"(?P<cue>[^。、「」『』\nがと]{1,10}?(?:し|れ|り|け|せ|め|え|べ|み|び|ぎ|ち))(?=、|ながら)"
    ),
    # A sentence that goes on after a speech verb's stem (`」と語り、`,
    # `」と胸の内を明かし、`); not one that names a thing (`」と称し、`, `」とし、`).
    re.compile(
        r"と、?(?P<cue>(?:[^。、「」『』\n]{0,6}?を)?(?:語り|振り返り|綴り|つづり|明かし|述べ|答え"
        r"|訴え|付け加え|続け|笑い|締めくくり))(?=、)"
    ),
    # News ends a sentence on the noun of the speech act (`」とコメント。`,
    # `」と満面の笑顔。`) or reports speech with `との` (`」とのこと。`, `」との声も`).
    re.compile(
        r"と、?(?P<cue>(?:[^。、「」『』\n]{0,8}?)(?:コメント|一言|絶賛|意気込み|苦笑い?|笑顔|告白|激白"
        r"|明言|断言|宣言|説明|強調|報告|発表|回顧|吐露|ツイート|投稿|つぶやき|発言"
        r"|回答|証言|主張|反論|本音))(?=[。！!]|$)"
    ),
    re.compile(r"との(?P<cue>こと|事|声|コメント|意見|発言|見方|考え)"),
    # `など` for `と`, of words given as examples of what was said
    # (`」「…」など不満の声を漏らした`): with a word of speech or voice in
    # the clause, as `など` lists things too (`」などを手がけた`).
    re.compile(
        r"など(?:と)?、?(?P<cue>[^。、「」『』\n]{0,12}?"
        r"(?:声|不満|意見|コメント|書き込|言|語|話|叫|つぶや|批判|指摘|嘆)[^。「」『』\n]{0,12}?)"
        r"(?=[。、]|$)"
    ),
    # ...or on any short noun phrase that says what the words were, the verb
    # of saying left out (`」と賛成派。`, `」と好印象。`); not what names a
    # thing or compares (`」と同じ。`, `」と呼ばれる。`, `」とは何か。`).
    re.compile(
        r"と、?(?!呼ば|呼ん|名付|題|称|は|も|の|いう|いっ|言う|し|な|同じ|共に|とも|一緒)"
        r"(?P<cue>[^。、「」『』（）()\n]{1,8}?)(?=[。！!]|$)"
    ),
    # Talk quotes with `って` for `と` (`」って。`, `」って言われた`,
    # `」ってつぶやいた`); not `っていう` before a noun, which names a thing
    # (`」っていう番組`).
    re.compile(
        r"(?P<cue>って)(?=[。！!、]|$|(?:言|話|語|笑)[っわいうしすさ]|つぶや|呟|叫|ぼや|怒鳴)"
    ),
]
# `が` that marks the subject of the sentence, not of a clause that ends
# right before the mark on a conjunction (`記者が質問すると、「…」`, `ファン
# が声をかけたら「…」`, `司会者が話を振ると「…」`): that subject is who
# asked or acted; the speaker is the sentence's topic before it
# (`山田は、記者が質問すると、「…」と答えた`).
_MAIN_GA = (
    r"が(?![^。「」]*(?:[るたすくういぶむぬつぐ]と|たら|れば|ので|ながら|ても|けど|けれど)"
    r"[、，]?\s*$)"
)
HEAD = [
    # Whose words they are, with `の` right before the mark (`35歳男性の「…」
    # との質問`, `美紀さん（仮名）の「…」とのコメント`).
    # Only someone with an honorific or described by age or gender: a
    # thing's `の` before marks names a title (`映画の「続編」`).
    re.compile(
        r"(?:(?<=[\s、。」』）])|^)(?P<who>[^\s、。「」『』（）()の]{1,15}?"
        r"(?=さん|氏|様|ちゃん|くん)"
        r"|[^\s、。「」『』（）()]{0,10}?(?:\d+\s*(?:代|歳)|男性|女性)[^\s、。「」『』（）()の]{0,10}?)"
        r"(?:さん|氏|様|ちゃん|くん)?(?:[（(][^（）()「」]{1,12}[）)])?(?P<cue>の)\s*$"
    ),
    # According to someone (`佐藤氏によると「…」とのこと`), in someone's words
    # (`佐藤氏いわく「…」`, `佐藤氏の言葉を借りれば「…」`).
    re.compile(
        rf"(?P<who>{_NAMED}){_TITLE_AFTER}"
        r"(?P<cue>によると|によれば|いわく|曰く|の言(?:葉)?を借りれば|の言(?:葉)?を借りると)、?\s*$"
    ),
    # Where the words were posted, with `では` right before the mark
    # (`ネット掲示板では「…」という書き込みが`, `ネット上では「…」`): those who
    # post there, described by the place, not the story's topic; but one's
    # own account (`自身のツイッターで「…」`) is the topic's, who posted it.
    re.compile(
        r"(?:(?<=[\s、。「」『』）\u3040-\u309f])|^)(?<!自身の)(?<!自らの)"
        rf"(?P<who>[^\s、。「」『』（）()\u3040-\u309f]{{0,8}}?(?:{_POSTED}))"
        r"(?:上)?(?P<cue>では|で|には)、?\s*$"
    ),
    # Whom the words came from, with `から` right before the mark
    # (`司会者から「…」と尋ねられると`, `友人から「…」と言われた`): the
    # sentence's topic is who heard them. The phrase opens after a kana, a
    # comma or a mark, where the noun phrase before `から` begins.
    re.compile(
        r"(?:(?<=[\s、。「」『』）\u3040-\u309f])|^)"
        r"(?P<who>[^\s、。「」『』（）()\u3040-\u309f]{1,15}?)"
        r"(?:さん|氏|様|ちゃん|くん)?(?P<cue>から)、?\s*$"
    ),
    # The sentence before says who speaks and `こう` (thus) points ahead at
    # it (`山田監督はこう話す。「…」`), whatever the verb and its object
    # (`山田氏は、若者の変化をこう分析します。`): `こう` at a sentence's end
    # can point only at what follows.
    re.compile(
        rf"(?P<who>{_NAMED}){_TITLE_AFTER}(?:は|が|も)、?"
        rf"(?P<cue>(?:こう|次のように)[^。「」『』\n]{{0,8}}?{_SAYING})[。：:]?\s*$"
    ),
    re.compile(
        rf"(?P<who>{_NAMED}){_TITLE_AFTER}(?:は|が|も)、?[^。「」『』\n]{{0,16}}?"
        r"(?P<cue>(?:こう|次のように|以下のように)[^。「」『』\n、]{0,10}?"
        r"(?:る|た|す|ます|ました|ている|ています))[。：:]?\s*$"
    ),
    # The topic nearest the mark, of several (`ファンが騒ぎ出し、関係者も「…」`):
    # a person set as the topic earlier is found by `speakers.topic_before`
    # when the nearest names nobody. The match opens only where a sentence
    # or a quotation ends (the greedy run then backs off to the last topic),
    # so a search that fails costs a pass over the sentence, not one a
    # character; or after a paragraph's indent (`⏎　山田は、…`), where the
    # paragraph, and so the region read, begins.
    re.compile(
        r"(?:(?<=[。！？!?\n」』”\"])|(?<=\n[\u3000 ])|^)[^。「」]*"
        r"(?:(?<=[\s、。「」『』（）\u3040-\u309f])|^)"
        # A given name in hiragana only before an honorific (綾瀬はるかさん).
        r"(?P<who>[\u4e00-\u9fff々]{1,4}[\u3041-\u3096]{2,4}(?=さん|氏)"
        # `子ども`, as news writes children, with its kana.
        r"|[^\s、。「」『』（）\u3040-\u309f]{0,10}?子ども"
        r"|[^\s、。「」『』（）\u3040-\u309f]{1,15}?)"
        r"(?:氏|さん|様|容疑者|被告|監督|選手|社長|会長"
        r"|首相|大統領|教授)?(?:[（(][^（）()「」]{1,12}[）)])?(?:ら|たち)?(?:は|も|"
        + _MAIN_GA
        + r")、?[^。「」]*$"
    ),
]

# A headline closes on its quotation's cue as often as on the quotation
# (`…「…」と激白`, `…「…」と口走る`, `…「…」と本音を明かす`): `と` and a few
# words to the line's end, which ends on a verbal noun or a verb of speech
# from this closed list, or words that exclaim or ask (below). Any other
# ending leaves `と` the `and` of a list
# (`映画「…」と舞台に出演`: the title of a work and another) or a naming
# (`」と呼ばれる`, `」と同じ`).
_HEADLINE_SAYING = (
    r"(?:(?:告白|激白|独白|明言|断言|宣言|発言|失言|暴言|放言|公言|豪語|力説|熱弁|絶叫|号泣|涙"
    r"|暴露|吐露|反論|反発|批判|非難|苦言|謝罪|陳謝|釈明|弁明|説明|強調|主張|言及|回答|返答|即答"
    r"|絶賛|称賛|賞賛|激励|感謝|報告|表明|予告|宣戦布告|懇願|直訴|提言|忠告|警告|指摘|激怒|憤慨"
    r"|嘆き|悲鳴|本音|本心|胸中|心境|持論|自虐|自慢|ぼやき|ボヤキ|ツッコミ|ツッコむ|コメント|投稿"
    r"|ツイート|つぶやき|呟き|挨拶|あいさつ|一喝|喝破|皮肉|猛反論|激論|説教|苦笑|笑顔|エール"
    # What the words voice (`」と社長が意欲`, `」と自信`).
    r"|意欲|自信|決意|抱負|意気込み|危機感|不快感|懸念|疑問|反省|感激|感慨|怒り|困惑|喜び"
    r")(?:する|した)?"
    r"|(?:語|口走|振り返|言い切)(?:る|った)|(?:誓|言)(?:う|った)|言い放(?:つ|った)|叫(?:ぶ|んだ)"
    r"|(?:嘆|ぼや|つぶや|呟)(?:く|いた)|(?:明か|話|漏ら)(?:す|した)"
    r"|(?:述べ|答え|訴え|告げ|打ち明け)(?:る|た))"
)
_HEADLINE_TO = r"」[！!？?]*[ \u3000]*と、?(?!呼ば|呼ん|名付|題|称|同じ|の|は|も|いう)"
HEADLINE_CUE = re.compile(
    rf"{_HEADLINE_TO}[^「」『』\n]{{0,14}}?{_HEADLINE_SAYING}[！!？?…。]*\s*"
    # Words that end on an exclamation or a question are said, whatever
    # the line then tells (`「負けない！」と特訓で変身`).
    rf"|(?<=[！!？?]){_HEADLINE_TO}[^「」『』\n]{{1,20}}?\s*"
)

# How speech ends and writing does not: polite forms and sentence-final
# particles (`…できます」`, `…失礼だよ」`, `…気ですか」`), whatever marks
# follow. A title or a term in marks ends so rarely (`「ネイル月間」`).
SPEECH_ENDING = re.compile(
    r"(?:です|ます|でした|ました|ません|でしょう|ましょう|ですか|ますか|ですね|ますね|ですよ|ますよ"
    r"|だよ|だね|よね|だな|のよ|わよ|かしら|だぞ|ぞ|ぜ|じゃん)[！？!?…。ー〜♪]*$"
)

_HIRAGANA = re.compile(r"[\u3041-\u3096]")
# A sentence's mark; not the half-width `!`, which names write (`Yahoo!`,
# `「AppBundle!」`) where speech writes the full-width one.
_SENTENCE_MARK = re.compile(r"[。！？?…]")
# A verb of saying right after `と` (`「全然」とそっけなく答える`): a word said.
# Not `という言葉` (the word ...), which names.
_SAID = re.compile(
    r"[」』”]と、?[^。、「」『』\n]{0,8}?"
    r"(?:答え|言[っうわいえ]|話[しすさせ]|語[っらりるれ]|叫|つぶや|呟|返[しすさ]|述べ|漏ら)"
)


def term_in_marks(text: str, start: int, end: int) -> bool:
    """Whether the marked text at ``text[start:end]`` is a name or a term,
    not speech: Japanese speech is written with hiragana (its particles,
    endings and verbs), and marked text with none, and no sentence's mark,
    is a product, a work, a shop or a word (``「海辺日記 for Android」``,
    ``「ミドルトン・ヒルズ」``, ``「プレミアムNotebook」``), unless a verb
    of saying follows it (``「全然」と答える``). Japanese quotes speech in
    ``「…」``; ``“…”`` sets off a term, a catchphrase or a paraphrase
    (``“すっぴん”``, ``“恋の方は？”という企画``), speech only with a verb of
    saying right after it (``“…”と話していた``)."""
    if text[start - 1 : start] == "“" and _SAID.match(text, end) is None:
        return True
    return (
        _HIRAGANA.search(text, start, end) is None
        and _SENTENCE_MARK.search(text, start, end) is None
        and _SAID.match(text, end) is None
    )


# The speaker as the subject of the clause a reported quotation ends
# (`私が『へえ』と答えたら`): their own words, quoted again.
NESTED_SELF = re.compile(r"(?:私|僕|俺|あたし|わたし|自分)(?:が|は|も)")
# A noun in kanji or katakana (a name, a kinship word, a role) as the
# subject (`母は『…』と言った`, `課長が`) or the agent of a passive or a
# source (`社長に『…』と言われた`, `父から`) of the clause a reported
# quotation ends: who said it is named there, so no one named before. Not a
# pronoun (`彼が『…』と聞いてきた`), which refers back to that person.
NESTED_SUBJECT = re.compile(
    r"(?<![\u4e00-\u9fff々ァ-ヺー])(?!(?:彼女|彼ら|彼|相手)(?:さん)?(?:は|が|に|から))"
    r"([\u4e00-\u9fff々ァ-ヺー]+)(?:さん|氏)?(?:は|が|に|から)(?![ぁ-ゖ])"
)
