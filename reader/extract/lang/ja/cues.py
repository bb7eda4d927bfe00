"""Japanese quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

# The cue follows the closing mark; the speaker is the topic of the
# sentence before the opening mark (HEAD), or the person the cue's verb
# qualifies. The topic may carry an age or a title in brackets
# (`佐藤美咲さん（24）は`, `김철수(45) 씨는`).

# A speech verb in the form that qualifies a noun: the person it qualifies
# said the quotation (`「…」と話す山田さん。`, `「…」と振り返る佐藤は`,
# `「…」とファンに伝えた鈴木は、`).
_SAYING = (
    r"(?:(?:話|明か)(?:す|した|している)|(?:語|振り返|綴|つづ)(?:る|った|っている)"
    r"|(?:言|笑)(?:う|った)|(?:述べ|答え|伝え|訴え|打ち明け)(?:る|た|ている)"
    r"|(?:説明|強調|コメント|告白|断言|宣言|吐露|発言)(?:する|した|している))"
)
_NAMED = r"[\u4e00-\u9fff々\u30a1-\u30faー・＝A-Za-z]{2,12}"
_TITLE_AFTER = r"(?:さん|くん|君|ちゃん|氏|様|選手|監督|社長|会長|容疑者|被告|教授)?"

# An age, a gender or both (`20代・男性`, `会社員・35歳`, `40 代・女性`): how
# surveys and street interviews say who answered.
DESCRIBED = r"[^（）()「」『』。]{0,10}?(?:\d+\s*(?:代|歳)|男性|女性)[^（）()「」『』。]{0,10}"

TAIL = [
    re.compile(
        rf"\s*と、?(?P<cue>[^。、「」『』\n]{{0,10}}?{_SAYING})(?P<who>{_NAMED})"
        rf"(?={_TITLE_AFTER}(?:は|が|も|。|、|$))"
    ),
    re.compile(
        # `「…」だという`: what someone is reported to say.
        r"\s*(?:だ|です)?(?:と|とも|などと)(?P<cue>述べ|話し|語っ|説明し|強調し|明かし|指摘し|答え"
        r"|コメントし|発言し|訴え|言っ|話す|語る|いう|言う)"
    ),
    # Who answered, in brackets after the answer (`」（30代・女性）という声`);
    # not what names a thing (`「新駅」（仮称）という名前`).
    re.compile(rf"[（(](?P<who>{DESCRIBED})[）)](?P<cue>という|などと|など|と)"),
    # `と` right after a closing mark quotes, whatever verb ends the clause
    # (`」と悩める心境を吐露した`, `」と前を向き`, `」と苦笑いを浮かべた`); a list
    # of quoted terms (`「A」と「B」`) has a mark after it, not a verb.
    # A polite ending says the same (`」と続けます。`).
    re.compile(r"と、?(?P<cue>[^。、「」『』\n]{0,16}?(?:た|る|き|て|ら|い|ます))(?=[。、\s]|$)"),
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
        r"|明言|断言|宣言|説明|強調|報告|発表|回顧|吐露|ツイート|投稿|つぶやき))(?=[。！!]|$)"
    ),
    re.compile(r"との(?P<cue>こと|事|声|コメント|意見|発言|見方|考え)"),
]
HEAD = [
    re.compile(
        r"(?:(?<=[\s、。「」『』（）\u3040-\u309f])|^)"
        # A given name in hiragana only before an honorific (綾瀬はるかさん).
        r"(?P<who>[\u4e00-\u9fff々]{1,4}[\u3041-\u3096]{2,4}(?=さん|氏)"
        r"|[^\s、。「」『』（）\u3040-\u309f]{1,15}?)"
        r"(?:氏|さん|様|容疑者|被告|監督|選手|社長|会長"
        r"|首相|大統領|教授)?(?:[（(][^（）()「」]{1,12}[）)])?(?:ら|たち)?(?:は|が|も)、?[^。「」]*$"
    )
]
