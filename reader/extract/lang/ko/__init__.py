"""Korean: names, organisations and places in Hangul, found by their own stages.

The stages are imported when the rules are first asked for, not with this
package: they read this home's word lists (``words.py``).
"""

from reader.extract.lang import LanguageRules
from reader.extract.lang.ko import datelines
from reader.extract.lang.ko.cues import CLOSES, HEAD, RUNS_ON, SPEECH_ENDING, TAIL


def rules() -> LanguageRules:
    from reader.extract.cjk_names import find_cjk_names, is_korean_name
    from reader.extract.cjk_places import find_cjk_places
    from reader.extract.known_organisations import find_known_organisations
    from reader.extract.korean_orgs import find_korean_organisations
    from reader.extract.lang.ko.bodies import find_foreign_bodies
    from reader.extract.lang.ko.credits import find_credited
    from reader.extract.lang.ko.described import find_described
    from reader.extract.lang.ko.foreign_names import find_foreign_people
    from reader.extract.lang.ko.morphology import ANALYSER
    from reader.extract.lang.ko.speakers import team_head, topic_before, topic_changed

    return LanguageRules(
        code="ko",
        tail=tuple(TAIL),
        datelines=datelines.DATELINES,
        head=tuple(HEAD),
        homes=("ko",),
        analyser=ANALYSER,
        script="ko",
        quotes_in_title=True,
        marks_run_over=frozenset("“"),
        finders=(
            find_credited,
            # Before the Korean names: in `마리아 로페스 스페인 바르셀로나대
            # 교수` the name in a Korean one's shape (`마리아`) is a foreign
            # name's first word.
            find_foreign_people,
            find_cjk_names,
            find_foreign_bodies,
            find_korean_organisations,
            find_cjk_places,
            find_described,
            find_known_organisations,
        ),
        statements_run_on=RUNS_ON,
        topic_before=topic_before,
        speaker_stays_topic=True,
        topic_changed=topic_changed,
        sentence_after_yields=True,
        sentence_after_closes=CLOSES,
        speech_ending=SPEECH_ENDING,
        person_by_form=team_head,
        written_name=is_korean_name,
    )
