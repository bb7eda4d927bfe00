"""Korean quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

from reader.extract.lang.ko.words import KO_OFFICES, KO_ROLES, KO_SURNAMES

# A Korean speaker's title, longest first (`부사장` before `사장`).
_KO_ROLE = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))

# A syllable that closes on ㅆ, the past tense's mark (`했`, `였`, `탰`, `켰`):
# Hangul syllables run 28 to each vowel, the ㅆ-final the 21st of them.
_PAST = "[" + "".join(chr(0xAC00 + 28 * i + 20) for i in range(19 * 21)) + "]"
# A verb that reported, whatever its stem: `했다`, `역설했다`, `주장했다`,
# `말했습니다`, `힘을 보탰다`. Not the present `한다`: `‘초소수성’이라고 한다`
# names a term.
_REPORTED = rf"[가-힣]{{0,5}}?{_PAST}(?:다|습니다)"

# What one states as one's own (`입장`, position; `뜻`, intent; `소감`, what
# one felt), and the verbs that make it known, in the past.
_STANCE = "(?:입장|뜻|의견|견해|생각|취지|계획|방침|소감|각오|포부|바람|우려|메시지|의지|반응)"
_MADE_KNOWN = (
    "(?:밝혔|전했|내비쳤|드러냈|나타냈|표명했|피력했|남겼|강조했|재확인했|거듭했|보였)(?:다|습니다)"
)

# The verbs of speech, in the past.
_SPEECH_PAST = (
    "(?:말|설명|강조|지적|주장|답|대답|설득|호소|회고|회상|토로|고백|당부)했다"
    "|밝혔다|전했다|덧붙였다|털어놓았다|털어놨다"
)

# Words with which a sentence points to what follows it: `이렇게`, `이같이`,
# `이처럼` (like this), `다음과 같이` (as follows), `이어` (went on), `또`
# (also, again).
_FORWARD = r"(?<![가-힣])(?:이렇게|이같이|이와 같이|이처럼|다음과 같이|이어서?|또한?|아래와 같이)(?![가-힣])"

# How one said it: the adverbs news writes between the quoting ending and the verb.
_MANNER = (
    "(?:잘라|힘주어|거듭|재차|다시|또|분명히|단호하게|강하게|조심스럽게|담담하게|짧게|웃으며"
    "|웃으면서|덧붙여|이어|또한|특히|한목소리로|솔직하게|차분하게|분명하게|힘줘|힘줘서)"
)

# A verb of speech not closing its sentence: joined to what follows by a
# connective ending (`”고 말해 눈길을 끌었다`, `”고 강조하며 …`, `”고
# 밝히면서 …`), or in a form that is no past (`”고 말하고 있다`, `”고 말한
# 바 있다`, "has said"). The stem is one of the nouns of speech with 하다
# (`말하`, `설명하`), or 밝히다, 전하다 and 덧붙이다, whose forms differ.
_SPOKEN_NOUNS = (
    "말|설명|강조|지적|주장|답|대답|언급|토로|호소|당부|역설|비판|반박|반문|고백|회고|주문"
    "|요구|촉구|경고|약속|다짐|조언|제안|귀띔|설득"
)
# ...and those that also name or judge a thing: `X를 “Y”라고 소개하며`
# (presents X as Y), `이를 “새 시장의 개척”이라고 평가하며` (calls it
# ...). After a noun in the marks they name; they speak after words that
# end as a statement does (`다`, `요`, `죠`, `까`, perhaps with the stop)
# or as a forecast does (`할 것”이라고 전망하며`).
_NAMING_NOUNS = "분석|평가|전망|우려|소개"
_SPEECH_NOUNS = f"{_SPOKEN_NOUNS}|{_NAMING_NOUNS}"
_STATED = r"(?:(?<=[다요죠까][”\"’'])|(?<=[다요죠까][.!?][”\"’'])|(?<=것[”\"’']))"
_GOING_FORMS = "(?:하며|하면서|하고|해|한 바 있다|하고 있다|해 왔다)"
_GOING_ON = (
    rf"(?:(?:{_SPOKEN_NOUNS}){_GOING_FORMS}"
    r"|밝히며|밝히면서|밝히고|밝혀|밝힌 바 있다|전하며|전하면서|전해|덧붙이며|덧붙이면서)"
)
_NAMING_GOING_ON = rf"(?:{_NAMING_NOUNS}){_GOING_FORMS}"

_PRESENT = (
    "(?:말|설명|강조|지적|주장|조언|당부|역설|귀띔|분석|평가|전망|우려|설득|호소)(?:한다|합니다)"
    "|전한다|전합니다|밝힌다|밝힙니다|덧붙인다|덧붙입니다"
)

# Who speaks after the quotation: a name written as a Korean one, alone
# or before its role (`한지훈 교수는`), or words before a role (`마이클 존슨
# 교수가`, `김 장관이`), none a verb's modifier: `”고 생각하는 사람이 늘었다`
# names nobody.
_WORD = r"[가-힣A-Za-z]*[가-힣A-Za-z](?<![는던될할된])"
_SURNAME = "[" + "".join(KO_SURNAMES.split()) + "]"
_WHO = (
    rf"(?<![가-힣]){_SURNAME}[가-힣]{{2}}(?=[은는이가 ])(?:\s?(?:{_KO_ROLE}))?"
    rf"|{_WORD}(?:\s{_WORD}){{0,3}}?\s?(?:{_KO_ROLE})"
    # He or she (`”고 그는 말했다`): the person named before, as in `그는 “…”`.
    r"|(?<![가-힣])그녀|(?<![가-힣])그"
)

# ...or someone described, or a body (`”고 한빛전자 관계자는 전했다`,
# `”고 회사 측은 밝혔다`, `”고 전문가들은 입을 모았다`, `”고 한빛전자는
# 밝혔다`): a noun for a person, a spokesman, a side, or a word that ends as
# an organisation's name does; not any noun (`”고 적힌 현수막이 걸렸다`).
_DESCRIBED = "관계자|전문가|소식통|대변인|직원|주민|시민|학생|연구진|연구팀|당국|측"
_OFFICES = "|".join(sorted(KO_OFFICES, key=len, reverse=True))
_BODY_END = "전자|그룹|은행|대학교|대학|연구소|연구원|기술원|재단|협회|학회|위원회|공사|공단"
# A head of one syllable ends many common nouns of two (`세대`, generation;
# `부부`, a couple; `일부`, some; `대처`, a response): after one syllable
# it is no body, after two or more it is a university or a ministry
# (`한빛대`, `국방부`, `기상청`). An office in 처 is one of a closed list
# (`offices.txt`): the word also ends places (`대피처`, `거래처`).
_BODY_SHORT_END = "대|부|청"
_WHO_AFTER = (
    rf"{_WHO}|(?:{_WORD}\s){{0,3}}(?:{_DESCRIBED})들?"
    rf"|(?<![가-힣])[가-힣A-Za-z]{{1,12}}(?:{_BODY_END})"
    rf"|(?<![가-힣])[가-힣A-Za-z]{{2,12}}(?:{_BODY_SHORT_END})"
    rf"|(?<![가-힣])(?:{_OFFICES})"
)

# ...and before `의` (`한 교수의 설명이다`): a name or a role, as above,
# or someone described or a body's side (`한 업계 관계자의 말이다`,
# `한빛전자 측의 설명이다`), as after the quoting ending.
_WHO_OF = (
    rf"(?<![가-힣]){_SURNAME}[가-힣]{{2}}(?:\s?(?:{_KO_ROLE}))?"
    rf"|{_WORD}(?:\s{_WORD}){{0,3}}?\s?(?:{_KO_ROLE})"
    rf"|(?:{_WORD}\s){{0,3}}(?:{_DESCRIBED})들?"
)
# The copula after those nouns: `이다` after a consonant (`설명이다`), `다`
# after a vowel (`얘기다`, `평가다`, `견해다`), in the past `이었다`/`였다`.
_COPULA = "(?:이다|이었다|입니다|였다|다)"

# Nouns for words said, named as someone's after the quotation (`.” 한
# 교수의 말이다`): such a sentence closes the quotation before it and never
# introduces the next (``LanguageRules.sentence_after_closes``).
_WHOSE_WORDS = "말|설명|주장|얘기|지적|전언|조언|평가|분석|전망"
CLOSES = re.compile(_WHOSE_WORDS)

# Korean runs one statement over several quotations joined by 며, 라며 or
# 면서 (“…”며 “…”라고 말했다).
# `면서도` ("while also") and `라면서` join them the same way, and so does a
# verb of speech before them (`”라고 말하며 “…”고 했다`).
RUNS_ON = re.compile(
    r"""['"’”]\s*(?:(?:이?라며|며|이?라면서|면서)도?"""
    rf"|(?:이?라고|고)\s(?:{_SPEECH_NOUNS})(?:하며|하면서)|(?:이?라고|고)\s밝히(?:며|면서))"
    r"""\s+['"‘“]$"""
)

TAIL = [
    re.compile(
        r"\s*(?:라고|이라고|고|며|라며)\s*(?P<cue>말했다|밝혔다|설명했다|강조했다|전했다"
        r"|덧붙였다|말했습니다|밝혔습니다|지적했다|말했|밝혔|강조했)"
    ),
    # The quoting ending on the mark and any reporting verb (`”고 했다`,
    # `”고 역설했다`), perhaps after the verb's noun form or its object
    # (`”고 말하기도 했다`, `”고 목소리를 높였다`, `”고 입을 모았다`).
    # `도` after the ending adds a statement to one before (`”고도 했다`,
    # `”라고도 말했다`: "also said").
    # The report may itself be reported (`”라고 했다고 전했다`: "said, it
    # was told"): the speaker is still who said it.
    # A word of manner may stand before the verb (`”고 잘라 말했다`, `”고 거듭 강조했다`).
    re.compile(
        rf"(?:라고|이라고|고)도?\s*(?P<cue>(?:[가-힣]{{1,6}}(?:기도|을|를)\s|{_MANNER}\s)?{_REPORTED})"
        r"(?=[\s.,]|고\s|$)"
    ),
    # Words said, named as such (`하겠다”는 말도 했다`, `”는 얘기를 했다`),
    # after words that end as a statement does, as above.
    re.compile(
        r"(?:(?<=[다요][”\"’'])는|다는|(?<=것[”\"’'])이라는)\s"
        rf"(?P<cue>(?:말|얘기|이야기)(?:도|을|를)\s{_REPORTED})(?=[\s.,]|$)"
    ),
    # A position, a view or a plan stated as the object of a verb that
    # makes it known (`하겠다”는 입장을 밝혔다`, `할 것”이라는 뜻을 내비쳤다`);
    # not any verb (`”라는 말을 들었다` heard someone else), and only after
    # words that end as a statement does (`다`, `요`, `것`): after a noun the
    # marks hold a term, a plan's name (`“푸른 도시”라는 계획을 밝혔다`).
    re.compile(
        r"(?:(?<=[다요][”\"’'])는|(?<=[다요][”\"’'])고 하는|(?<=것[”\"’'])이라는|다는)"
        rf"\s(?P<cue>{_STANCE}(?:을|를)\s{_MADE_KNOWN})(?=[\s.,]|$)"
    ),
    # A position or an account stated (`”라는 입장이다`, `”는 설명이다`).
    re.compile(
        r"(?:라는|이라는|다는|는)\s(?P<cue>입장|설명|주장|분석|지적|전망|의견|평가|얘기|반응)"
        rf"{_COPULA}"
    ),
    # A verb of speech that goes on (`”고 말해 눈길을 끌었다`, `”고 강조하며`).
    re.compile(rf"(?:라고|이라고|고)도?\s*(?P<cue>(?:{_MANNER}\s)?{_GOING_ON})(?=[\s.,]|$)"),
    # ...or one that also names, after a statement (`”고 평가하며`, not
    # `이를 “새 시장”이라고 평가하며`).
    re.compile(
        rf"{_STATED}(?:라고|이라고|고)도?\s*(?P<cue>(?:{_MANNER}\s)?{_NAMING_GOING_ON})(?=[\s.,]|$)"
    ),
    # The speaker named after the quoting ending, before the verb
    # (`”이라고 한 교수는 말했다`, `”고 김 장관이 밝혔다`, `”며 박 대표는 강조했다`).
    re.compile(
        rf"(?:라고|이라고|고|며|라며|이라며|면서|라면서|이라면서)\s+(?P<who>{_WHO_AFTER})(?:은|는|이|가)\s"
        rf"(?:[^.\"“”\n]{{0,20}}?\s)?(?P<cue>{_REPORTED})(?=[\s.,]|$)"
    ),
    # The speaker in the sentence after, with a verb of speech that ends it
    # (`.” 한 교수는 웃으며 말했다.`); any verb would report something else
    # (`.” 한 교수는 연구를 시작했다.`). Not a sentence that points forward
    # (`박 장관은 다음과 같이 설명했다.`, `이어 말했다`): it introduces the
    # words after it (as does one a quotation follows: ``LanguageRules.
    # sentence_after_yields``).
    re.compile(
        rf"\s+(?P<who>{_WHO})(?:은|는|이|가)\s(?![^.\"“”\n]{{0,20}}?{_FORWARD})"
        rf"(?:[^.\"“”\n]{{0,20}}?\s)?(?P<cue>{_SPEECH_PAST})(?=[.]|$)"
    ),
    # What someone said, named as theirs after it (`”는 게 한 교수의 설명이다`,
    # `”라는 것이 김 장관의 주장이다`).
    re.compile(
        rf"(?:라는|이라는|는|다는)\s(?:게|것이)\s(?P<who>{_WHO_OF})의\s"
        r"(?P<cue>설명|주장|분석|지적|평가|전망|얘기|말|입장|생각|견해|의견|판단|진단)"
        rf"{_COPULA}"
    ),
    # Words reported as heard (`…있다”고 한다`: "they say"), after words
    # that end as a sentence does; after a noun, `”이라고 한다` names a term
    # (`‘초소수성’이라고 한다`).
    re.compile(r"(?<=[다요까죠][”\"’'])(?P<cue>고\s(?:한다|합니다))(?=[\s.,]|$)"),
    # A speech verb in the present, as features and columns report
    # (`”고 말한다`, `”고 설명합니다`); not `한다` alone, which names a term.
    re.compile(rf"(?:라고|이라고|고)\s*(?P<cue>{_PRESENT})(?=[\s.,]|$)"),
    # Whose words they were, in the sentence after (`.” 한 교수의 말이다`).
    re.compile(rf"\s*(?P<who>{_WHO_OF})의\s(?P<cue>{_WHOSE_WORDS}){_COPULA}"),
    # A statement that goes on before its verb (`”며 이처럼 주장했다`).
    re.compile(
        rf"(?:며|라며|이라며|면서|라면서|이라면서)도?\s*[^.\"“”\n]{{0,25}}?(?P<cue>{_REPORTED})(?=[\s.,]|$)"
    ),
]
# What marks the speaker before the quotation: a topic or subject particle
# after a name, a role or both; or, after a role, `도` / ` 역시` ("too"), with
# which news names the next of several people to speak (`콜린스 교수도 “…”`,
# `박 대표 역시 “…”`; without them the cue went to the previous speaker).
# A team after the role is its head's (`김민수 교수 연구팀은 “…”`).
# Not `도` after any word, which ends words too (`속도`, `정도`).
# A team or a group after its head's role speaks for its head (`김 교수 연구팀은`).
_TEAM = r"(?:\s?(?:연구팀|연구진|팀))"
# A verb of one syllable after a place and its particle modifies the name
# after it, no part of it (`하산우딘대에서 온 리즈키 마울라나 씨는`: "who came
# from"; `서울로 간`, `현장에 온`): the speaker starts after the verb.
_NOT_MODIFIER = r"(?!(?:(?<=에서 )|(?<=에 )|(?<=로 ))[가-힣]\s)"
_SPEAKER_MARK = rf"(?:\s?(?:{_KO_ROLE}){_TEAM}?)?(?:은|는|이|가)|\s?(?:{_KO_ROLE})(?:도|\s역시)"
# A word of a name, an organisation or a role, perhaps with its brackets;
# none ends in a particle of place (`보고르에서 온 …`: "who came from") or
# of belonging (`대사관의 교육 담당 관계자`: the embassy's).
_NAME_WORD = r"[가-힣A-Za-z]+(?<!에서)(?<!에)(?<!으로)(?<!의)(?:\([^()]{1,30}\))?"
HEAD = [
    # He or she right before the mark, whatever the clause before says of
    # them (`소장을 맡고 있는 그는 “…”`).
    re.compile(r"(?<![가-힣])(?P<who>그|그녀)(?:는|가)\s*$"),
    # Whose words follow, named as theirs before them (`김 장관의 말을
    # 빌리면 “…”`, `한 관계자의 말에 따르면 “…”`): up to four words before
    # `의`, not the alternation of roles of ``_WHO_OF``, which tried at
    # every character of the sentence cost more than all other cues.
    re.compile(
        r"(?<![가-힣])(?P<who>[가-힣]{1,6}(?:\s[가-힣A-Za-z]{1,10}){0,3})의\s"
        rf"(?:{_WHOSE_WORDS})(?:을|를|에\s따르면)\s[^.\"“”\n]{{0,12}}[:,]?\s*$"
    ),
    # An age or the name in Latin letters may stand in brackets after the
    # name, before the organisation and the role (`이수진(45) 한빛전자
    # 대표는`, `마이클 존슨(Michael Johnson) 미국 노스필드대 교수는`).
    re.compile(
        rf"{_NOT_MODIFIER}(?P<who>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}?)"
        rf"(?:{_SPEAKER_MARK})\s[^.\"“”]*$"
    ),
]

# How a Korean sentence ends, with its full stop or mark: a verb's final
# ending (`…짓는다.`, `…했습니다.`, `…아니에요.`, `…할까?`). Marked text
# that ends so is a sentence someone said or wrote, however short (Korean
# writes few, long words: `“공장을 더 짓는다.”` is three); a term, a slogan
# or a title in marks goes without the stop (`‘AI 강국 도약’`).
SPEECH_ENDING = re.compile(r"[다요죠까네][.!?]+$")
