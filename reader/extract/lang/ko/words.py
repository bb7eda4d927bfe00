"""The words that mark a person's name in Korean (``cjk_names``, and the
speaker's title in ``cues``). Each list is a string of whitespace-separated
words."""

from __future__ import annotations

from reader.extract.lang import home_words

KO_SURNAMES = """
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허
    남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석
    선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사
    부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 견 당 화 창 엽
"""
KO_SURNAMES_2 = "남궁 황보 제갈 선우 독고 사공 서문 동방"
# Titles and roles written after a name (`김철수 장관`, `박 대표`); Korean
# news writes a company's chief officers in Latin letters (`머스크 CEO`).
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
    위원 상임위원 선생 여사 목사 신부 스님 대법관 재판관 부장판사 부장검사 검사장 서장 영사
    보좌관 부대변인 수석대변인 최고경영자 최고기술책임자 차관보 교감 강사 간호사 약사 평론가
    CEO CTO CFO COO
"""
# The roles that are no common noun too, for a name right before one
# (``foreign_names``): not `시장` (market), `지사` (branch), `대사` (lines),
# `이사` (a move).
KO_PERSON_ROLES = """
    대표 대표이사 최고경영자 최고기술책임자 창업자 회장 부회장 사장 부사장 교수 부교수 조교수
    명예교수 석좌교수 박사 연구원 선임연구원 책임연구원 수석연구원 장관 차관 대통령 총리 의원
    감독 코치 선수 작가 기자 특파원 대변인 총재 국장 부장 변호사 위원장 씨 CEO CTO CFO COO
"""
# Honorifics among the roles: written right after the name, with no
# organisation between (`나디아 씨`; in `나디아 푸트리 씨` all of it is the name).
KO_HONORIFIC_ROLES = "씨"
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
    연구진 조사원 공무원 회사원 전문가 성과급 정치인 경제인 이용자 사용자 최신호 신청자 지원자
    연구자 개발자 운영자 구매자 시청자 방문자 피해자 보호자 노동자 근로자 유권자 기술자 투자자
"""
# Government offices whose name ends in 처, a closed list (``offices.txt``).
KO_OFFICES = home_words("ko", "offices")
# Given names of one syllable as Korean writes them for English ones
# (`팀 쿡`, `빌 게이츠`, `샘 올트먼`), a closed list: a foreign given name
# of one syllable is rare outside it, and a word of one syllable before a
# name is more often `새`, `전` or `두`.
KO_FOREIGN_SHORT_GIVEN = (
    "팀 샘 빌 잭 존 폴 톰 짐 칼 벤 켄 론 닉 밥 롭 맷 댄 릭 앤 젠 숀 션 척 킴 조 룩"
)
