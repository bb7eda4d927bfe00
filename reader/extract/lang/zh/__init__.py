"""Chinese: names and places in its script, found by their own stages.

The stages are imported when the rules are first asked for, not with this
package: they read this home's word lists (``words.py``).
"""

from reader.extract.lang import LanguageRules
from reader.extract.lang.zh import datelines
from reader.extract.lang.zh.cues import (
    HEAD,
    HEAD_LONGEST,
    HEAD_REACH,
    OPENING,
    TAIL,
    term_in_marks,
)


def rules() -> LanguageRules:
    from reader.extract.cjk_names import (
        chinese_speaker,
        find_cjk_names,
        is_chinese_name,
        person_written_in,
    )
    from reader.extract.cjk_places import find_cjk_places
    from reader.extract.known_organisations import find_known_organisations
    from reader.extract.lang.zh.addresses import find_addresses
    from reader.extract.lang.zh.bodies import find_local_bodies, find_national_bodies
    from reader.extract.lang.zh.brands import as_brands
    from reader.extract.lang.zh.credits import (
        find_credited_outlets,
        find_credited_people,
        find_titled_outlets,
    )
    from reader.extract.lang.zh.firms import find_listed_firms
    from reader.extract.lang.zh.latin import latin_not_name
    from reader.extract.lang.zh.makers import find_makers, without_models
    from reader.extract.lang.zh.morphology import ANALYSER
    from reader.extract.lang.zh.names import find_speaking_names, more_people
    from reader.extract.lang.zh.places import find_listed_places, without_modifying_places
    from reader.extract.lang.zh.predicates import without_predicates
    from reader.extract.lang.zh.registered import find_registered_companies
    from reader.extract.lang.zh.speakers import named_after
    from reader.extract.lang.zh.titles import without_names_in_titles

    return LanguageRules(
        code="zh",
        tail=tuple(TAIL),
        datelines=datelines.DATELINES,
        credits=datelines.CREDITS,
        outlet=datelines.outlet,
        head=tuple(HEAD),
        head_reach=HEAD_REACH,
        head_longest=HEAD_LONGEST,
        opening_cue=OPENING,
        homes=("zh",),
        analyser=ANALYSER,
        shared_analyser=True,
        script="zh",
        turns_labelled=True,
        term_in_marks=term_in_marks,
        finders=(
            find_credited_outlets,
            find_credited_people,
            find_titled_outlets,
            find_registered_companies,
            find_makers,
            find_listed_firms,
            find_cjk_names,
            find_speaking_names,
            find_cjk_places,
            find_listed_places,
            find_addresses,
            find_national_bodies,
            find_local_bodies,
            find_known_organisations,
        ),
        cue_after_stop_reports=True,
        latin_not_name=latin_not_name,
        written_name=is_chinese_name,
        pronoun_after_names_nobody=True,
        speaker_before_colon=True,
        pronoun_opens_doing=True,
        named_after=named_after,
        more_people=more_people,
        without_words=lambda text, paragraphs, entities: as_brands(
            text,
            paragraphs,
            without_models(
                text,
                paragraphs,
                without_predicates(
                    text,
                    paragraphs,
                    without_modifying_places(
                        text, paragraphs, without_names_in_titles(text, paragraphs, entities)
                    ),
                ),
            ),
        ),
        written_speaker=lambda phrase, entities: (
            person_written_in(phrase, entities) or chinese_speaker(phrase)
        ),
    )
