"""The library's list of articles, read from the store a page at a time.

Only the pages under the visible rows are fetched (``limit``/``offset``),
and a few are kept, so opening a collection of a million articles costs one
count and one page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text

from db.articles import ArticleRow
from reader.ui.rich_text import line
from reader.ui.widgets.virtual_list import VirtualList
from reader.wording import shown_date

PAGE = 100
KEEP_PAGES = 32
# `` ❝1234``: the quote count's column, wide enough for four digits.
QUOTES_WIDTH = 6
# The cells of a title kept before a group's "N versions" and the tags take
# room from it: at narrow widths a row whose title is gone says nothing.
TITLE_KEEP = 12

Fetch = Callable[[int, int], list[ArticleRow]]


def _fit(text: Text, width: int) -> Text:
    """``text`` cut or padded to exactly ``width`` cells."""
    text = text.copy()
    text.truncate(width, overflow="ellipsis", pad=True)
    return text


def _quotes(count: int) -> str:
    """The quote count as its column shows it, a cell narrower than the
    column, so that it never touches the source: ``❝12k`` past 9,999."""
    if not count:
        return ""
    if count < 10_000:
        return f"❝{count}"
    return f"❝{count // 1000}k" if count < 1_000_000 else f"❝{count // 1_000_000}M"


class ArticleList(VirtualList):
    """One line per article: marks, date, language, title, source, quotes."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._fetch: Fetch = lambda offset, limit: []
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()

    def set_source(self, fetch: Fetch, count: int, cursor: int | None = 0) -> None:
        """Show the rows ``fetch(offset, limit)`` returns; there are ``count``."""
        self._fetch = fetch
        self._pages.clear()
        self.set_row_count(count, cursor)

    def reload(self, count: int | None = None) -> None:
        """Read the rows again (they changed), keeping the cursor."""
        self._pages.clear()
        if count is None:
            self.invalidate()
        else:
            self.set_row_count(count)

    def row(self, index: int) -> ArticleRow | None:
        if not 0 <= index < self.row_count:
            return None
        page_no, within = divmod(index, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no * PAGE, PAGE)
            self._pages[page_no] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[within] if within < len(page) else None

    @property
    def current(self) -> ArticleRow | None:
        return self.row(self.cursor)

    def render_row(self, index: int, width: int) -> list[Text]:
        row = self.row(index)
        if row is None:
            return [Text("")]
        dim = self.get_component_rich_style("virtual-list--dim")
        mark = self.get_component_rich_style("virtual-list--mark")
        out = Text(no_wrap=True, end="")
        out.append("●" if not row.read else " ", mark)
        out.append("★" if row.starred else " ", mark)
        out.append(" ")
        out.append_text(_fit(line(shown_date(row.date), dim), 10))
        out.append(" ")
        out.append_text(_fit(line(row.lang, dim), 5))
        out.append(" ")
        # The quote count has a column of its own and a group of versions of
        # one story (one row, db/versions.py) says so after its title, so
        # that the sources and counts of every row line up.
        quotes = _quotes(row.quote_count)
        source_width = min(22, max(0, (width - 30) // 4))
        title_width = max(8, width - cell_len(out.plain) - source_width - QUOTES_WIDTH - 2)
        title = line(row.title, "" if row.read else "bold")
        keep = min(TITLE_KEEP, title.cell_len)
        versions = Text("")
        if row.versions > 1:
            for said in (f"  {row.versions} versions", f"  +{row.versions - 1}"):
                if title_width - cell_len(said) >= keep:
                    versions = Text(said, mark)
                    break
        room = max(0, title_width - versions.cell_len)
        tags = None
        if row.tags and room - keep > 2:
            # The tags keep up to a third of the room: a long title must not hide them.
            tags = line(" ".join(f"#{tag}" for tag in row.tags), dim)
            tags_width = min(tags.cell_len, room // 3, room - keep - 2)
            room = max(0, room - tags_width - 2)
        if title.cell_len > room:
            title = _fit(title, room)
        title.append_text(versions)
        if tags is not None:
            title.append("  ")
            title.append_text(_fit(tags, tags_width))
        out.append_text(_fit(title, title_width))
        out.append(" ")
        if source_width:
            out.append_text(_fit(line(row.source or "", dim), source_width))
        out.append(quotes.rjust(QUOTES_WIDTH), dim)
        return [out]
