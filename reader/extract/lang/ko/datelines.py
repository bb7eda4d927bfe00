"""Korean datelines: the bureau and the agency in brackets, joined by ``=``.

``(서울=연합뉴스) 홍길동 기자 =``, ``[부산=뉴스1]``, ``【서울=뉴시스】``: the
agency comes after the city, whichever agency it is.
"""

import re

DATELINES = (
    # (서울=연합뉴스), [세종=뉴스1], 【서울=뉴시스】; not a photo's credit
    # (사진=김민수 기자, 자료=통계청)
    re.compile(
        r"[(\[【]\s*(?!사진|자료|그래픽|영상|출처|제공|편집)[가-힣]{1,10}\s*[=＝]\s*(?P<source>[^()\[\]【】=＝\n]{2,20}?)\s*[)\]】]"
    ),
)
