"""The body of a story, drawn line by line with its layers and a sentence cursor.

The whole text is one Rich ``Text`` built from the article's text (made
visible by ``rich_text.safe``, one character for one), with a style span per
quote, entity mention, tag word, search hit and highlight. Wrapping produces
(start, end) offsets, so any layer can be scrolled to, and only the lines on
screen are rendered.

Mouse selection: every drawn line carries Textual's selection offsets
(``Strip.apply_offsets``: x is the character within the drawn line, y the
line number), so a selection maps back exactly to offsets in
``ArticleDetail.text`` through the line table (``selected_span``); no
searching for the selected words is needed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from db.articles import ArticleDetail
from reader.ui.rich_text import line, safe
from reader.ui.story_text import find_words, sentences, strip_span, wrap
from reader.wording import also_published, shown_date

MAX_WIDTH = 96
GUTTER_WITH_SPEAKERS = 18
# Below NARROW terminal columns the speaker's name gets fewer (at 80, 18
# columns of gutter and a side panel left the text about 24).
NARROW = 100
NARROW_GUTTER_WITH_SPEAKERS = 10
GUTTER = 2
LAYERS = ("quotes", "entities", "tags", "hits", "highlights")
ENTITY_CLASSES = {
    "PER": "story-view--person",
    "ORG": "story-view--organisation",
    "LOC": "story-view--place",
    "GPE": "story-view--place",
}


@dataclass(frozen=True, slots=True)
class _Line:
    """One screen line: a piece of the body, or a prepared header line."""

    start: int = -1
    end: int = -1
    header: Text | None = None
    gutter: Text | None = None


# Characters of text a bucket of ``_SpanIndex`` covers.
_BUCKET = 256


class _SpanIndex:
    """The styled text's spans by the stretch of text they fall in, so that
    a line is styled by the few spans over it: Rich's slicing of the whole
    ``Text`` divides every span of the story for each line, 0.2 s a line of
    a 5 MB article (a dump imported whole), which froze the screen."""

    def __init__(self, spans: list) -> None:
        self.spans = spans
        self.buckets: dict[int, list[int]] = {}
        for i, span in enumerate(spans):
            for bucket in range(span.start // _BUCKET, (span.end - 1) // _BUCKET + 1):
                self.buckets.setdefault(bucket, []).append(i)

    def over(self, start: int, end: int) -> list:
        """The spans over ``start``..``end``, in the order they were added
        (a later one's style wins, as in the whole text)."""
        found: set[int] = set()
        for bucket in range(start // _BUCKET, (max(end, start + 1) - 1) // _BUCKET + 1):
            found.update(self.buckets.get(bucket, ()))
        spans = self.spans
        return [spans[i] for i in sorted(found) if spans[i].start < end and spans[i].end > start]


# Characters of a story's body drawn at most: ten times the longest news
# article. Wrapping a text into lines takes about a second a megabyte, on
# every resize, and a file of megabytes (a dump, a book) is searchable and
# printed whole by `reader show`, not read here.
SHOWN_CHARS = 200_000


def _body_paragraphs(detail: ArticleDetail) -> list[tuple[int, int]]:
    """The paragraphs to draw: a first one that repeats the title is left out
    (the header shows it), and none past ``SHOWN_CHARS`` of body, the last
    cut at a space."""
    paragraphs = list(detail.paragraphs) or [(0, len(detail.text))]
    start, end = paragraphs[0]
    if len(paragraphs) > 1 and detail.text[start:end].strip() == detail.row.title.strip():
        paragraphs.pop(0)
    out, left = [], SHOWN_CHARS
    for start, end in paragraphs:
        if end - start > left:
            cut = detail.text.rfind(" ", start, start + left)
            out.append((start, cut if cut > start else start + left))
            break
        out.append((start, end))
        left -= end - start
    return out


def _not_shown(detail: ArticleDetail, paragraphs: list[tuple[int, int]]) -> int:
    """Characters of body past the last one drawn."""
    last = (list(detail.paragraphs) or [(0, len(detail.text))])[-1][1]
    return max(0, last - paragraphs[-1][1])


class StoryView(ScrollView, can_focus=True):
    ALLOW_SELECT = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "sentence(1)", "Next sentence", show=False, id="story.next_sentence"),
        Binding(
            "k,up", "sentence(-1)", "Previous sentence", show=False, id="story.previous_sentence"
        ),
        Binding(
            "J,shift+down", "paragraph(1)", "Next paragraph", show=False, id="story.next_paragraph"
        ),
        Binding(
            "K,shift+up",
            "paragraph(-1)",
            "Previous paragraph",
            show=False,
            id="story.previous_paragraph",
        ),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="story.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="story.page_up"),
        Binding("home,g", "edge(0)", "Start", show=False, id="story.start"),
        Binding("end,G", "edge(1)", "End", show=False, id="story.end"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "story-view--title",
        "story-view--meta",
        "story-view--caption",
        "story-view--quote",
        "story-view--speaker",
        "story-view--person",
        "story-view--organisation",
        "story-view--place",
        "story-view--other",
        "story-view--tag",
        "story-view--hit",
        "story-view--hit-current",
        "story-view--highlight",
        "story-view--cursor",
    }

    cursor: reactive[int] = reactive(0, always_update=True)

    class CursorMoved(Message):
        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    def __init__(
        self, detail: ArticleDetail, hits: list[tuple[int, int]], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.detail = detail
        self.hits = hits
        self.current_hit = -1
        self.shown_layers = set(LAYERS)
        self.paragraphs = _body_paragraphs(detail)
        self.sentences = sentences(detail.text, self.paragraphs) or [(0, 0, 0)]
        self._sentence_starts = [s for s, _, _ in self.sentences]
        self._text = Text(safe(detail.text), end="")
        self._styled: Text | None = None
        self._spans: _SpanIndex | None = None
        self._lines: list[_Line] = []
        self._body_starts: list[int] = []
        self._body_ys: list[int] = []
        self._layout_width = -1
        self._cache: dict[int, Strip] = {}

    # -- content -------------------------------------------------------------

    def set_detail(self, detail: ArticleDetail) -> None:
        """The same article with new user data (tags, highlights)."""
        self.detail = detail
        self._restyle()

    def toggle_layer(self, name: str) -> bool:
        self.shown_layers ^= {name}
        self._restyle()
        return name in self.shown_layers

    def _restyle(self) -> None:
        self._styled = None
        self._spans = None
        self._layout_width = -1
        self._cache.clear()
        self._layout()
        self.refresh()

    def styled(self) -> Text:
        if self._styled is None:
            self._styled = self._build_styled()
        return self._styled

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name)

    def _build_styled(self) -> Text:
        text = self._text.copy()
        detail = self.detail
        if "quotes" in self.shown_layers:
            quote = self._style("story-view--quote")
            for q in detail.quotes:
                text.stylize(quote, q.start, q.end)
        if "entities" in self.shown_layers:
            for m in detail.mentions:
                name = ENTITY_CLASSES.get((m.type or "").upper(), "story-view--other")
                text.stylize(self._style(name), m.start, m.end)
        if "tags" in self.shown_layers:
            tag = self._style("story-view--tag")
            for name, _origin in detail.tags:
                for start, end in self.tag_spans(name):
                    text.stylize(tag, start, end)
        if "highlights" in self.shown_layers:
            mark = self._style("story-view--highlight")
            for h in detail.highlights:
                text.stylize(mark, h.start, h.end)
        if "hits" in self.shown_layers:
            hit = self._style("story-view--hit")
            for start, end in self.hits:
                text.stylize(hit, start, end)
            if 0 <= self.current_hit < len(self.hits):
                text.stylize(self._style("story-view--hit-current"), *self.hits[self.current_hit])
        return text

    def tag_spans(self, name: str) -> list[tuple[int, int]]:
        body_start = self.paragraphs[0][0]
        return [s for s in find_words(self.detail.text, name) if s[0] >= body_start]

    # -- layout --------------------------------------------------------------

    @property
    def gutter_width(self) -> int:
        if "quotes" in self.shown_layers and self.detail.quotes:
            if self.app.size.width < NARROW:
                return NARROW_GUTTER_WITH_SPEAKERS
            return GUTTER_WITH_SPEAKERS
        return GUTTER

    def _header(self, width: int) -> list[Text]:
        detail, row = self.detail, self.detail.row
        title = line(row.title, self._style("story-view--title"))
        title.no_wrap = False
        meta_parts = [row.source, shown_date(row.date), row.lang, detail.byline]
        meta = line(" · ".join(p for p in meta_parts if p), self._style("story-view--meta"))
        counts = []
        if detail.quotes:
            n = len(detail.quotes)
            counts.append(f"{n} quote{'s' if n != 1 else ''}")
        if detail.tags:
            counts.append("tags: " + ", ".join(name for name, _ in detail.tags))
        if row.starred:
            counts.append("★ starred")
        out = [title, meta]
        if detail.versions:
            others = also_published(detail.versions) + " (V: open one)"
            out.append(line(others, self._style("story-view--meta")))
        if counts:
            out.append(line(" · ".join(counts), self._style("story-view--meta")))
        if detail.caption:
            caption = line(detail.caption, self._style("story-view--caption"))
            out.append(caption)
        lines: list[Text] = []
        console = self.app.console
        for piece in out:
            piece.no_wrap = False
            lines.extend(piece.wrap(console, width))
        return lines

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._layout_width:
            return
        self._layout_width = width
        self._cache.clear()
        text_width = max(10, min(MAX_WIDTH, width - self.gutter_width - 1))
        lines = [_Line(header=h) for h in self._header(text_width)]
        lines.append(_Line(header=Text("")))
        speakers = self._speaker_starts()
        spans = sorted((q.start, q.end) for q in self.detail.quotes)
        reach = []
        for _, quote_end in spans:
            reach.append(max(quote_end, reach[-1]) if reach else quote_end)
        quotes = ([s for s, _ in spans], reach)
        self._body_starts, self._body_ys = [], []
        for start, end in self.paragraphs:
            for piece_start, piece_end in wrap(self.detail.text, start, end, text_width):
                gutter = self._gutter_for(piece_start, piece_end, speakers, quotes)
                self._body_starts.append(piece_start)
                self._body_ys.append(len(lines))
                lines.append(_Line(piece_start, piece_end, gutter=gutter))
            lines.append(_Line(header=Text("")))
        rest = _not_shown(self.detail, self.paragraphs)
        if rest:
            note = (
                f"… {rest:,} more characters not shown here:"
                f" `reader show {self.detail.row.id}` prints the whole text"
            )
            for piece in line(note, self._style("story-view--meta")).wrap(
                self.app.console, text_width
            ):
                lines.append(_Line(header=piece))
        self._lines = lines
        self.virtual_size = Size(width, len(lines))

    def _speaker_starts(self) -> dict[int, str]:
        if "quotes" not in self.shown_layers:
            return {}
        return {q.start: q.entity or q.speaker or "" for q in self.detail.quotes}

    def _gutter_for(self, start, end, speakers, quotes) -> Text | None:
        """The speaker's name beside the line ``start``..``end`` that opens
        a quotation, a bar beside one inside it; ``quotes`` is the sorted
        starts of the quotations and the furthest end of those up to each,
        so that each line looks up its quotations instead of reading all."""
        if self.gutter_width == GUTTER:
            return None
        starts, reach = quotes
        stop = max(end, start + 1)
        before = bisect_left(starts, stop)
        if before == 0 or reach[before - 1] <= start:
            return None
        first = bisect_left(starts, start)
        speaker = speakers.get(starts[first]) if first < before else None
        room = self.gutter_width - 3
        label = line(speaker or "", self._style("story-view--speaker"))
        label.truncate(room, overflow="ellipsis")
        label.pad_left(room - label.cell_len)
        label.append(" ▌ ", self._style("story-view--quote"))
        return label

    def on_resize(self, event: events.Resize) -> None:
        self._layout()

    def on_mount(self) -> None:
        self._layout()

    # -- drawing -------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._layout()
        _, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        selection = self.text_selection
        span = selection.get_span(index) if selection is not None else None
        if span is not None:
            return self._render(index, width, span).apply_offsets(0, index)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render(index, width)
            if len(self._cache) > 400:
                self._cache.clear()
            self._cache[index] = strip
        return strip.apply_offsets(0, index)

    def _render(self, index: int, width: int, selected: tuple[int, int] | None = None) -> Strip:
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        item = self._lines[index]
        out = Text(" " * self.gutter_width, end="", no_wrap=True)
        if item.header is not None:
            out.append_text(item.header)
        else:
            if item.gutter is not None:
                out = item.gutter.copy()
                out.end = ""
            out.append_text(self._piece(item.start, item.end))
        if selected is not None:
            start, end = selected
            style = self.screen.get_component_rich_style("screen--selection")
            out.stylize(style, start, len(out) if end == -1 else end)
        segments = [Segment(s.text, s.style, None) for s in out.render(self.app.console, end="")]
        return Strip(segments).crop_extend(0, width, base).apply_style(base).simplify()

    def _piece(self, start: int, end: int) -> Text:
        styled = self.styled()
        if self._spans is None:
            self._spans = _SpanIndex(styled.spans)
        piece = Text(styled.plain[start:end], style=styled.style, end="")
        for span in self._spans.over(start, end):
            piece.stylize(span.style, max(span.start, start) - start, min(span.end, end) - start)
        piece.rstrip()
        c_start, c_end, _ = self.sentences[self.cursor]
        if c_start < end and c_end > start:
            piece.stylize(
                self._style("story-view--cursor"),
                max(c_start, start) - start,
                min(c_end, end) - start,
            )
        return piece

    # -- mouse selection -----------------------------------------------------

    def _text_offset(self, point, default: int) -> int:
        """The offset in the article text of a selection point (x: character
        in the drawn line, y: line), or ``default`` for an open end."""
        if point is None:
            return default
        x, y = point
        body_end = self.paragraphs[-1][1]
        if y >= len(self._lines):
            return body_end
        item = self._lines[y]
        if item.header is not None:  # header or gap: the next body line starts here
            at = bisect_right(self._body_ys, y)
            return self._body_starts[at] if at < len(self._body_starts) else body_end
        gutter = len(item.gutter.plain) if item.gutter is not None else self.gutter_width
        return min(item.end, max(item.start, item.start + x - gutter))

    def selected_span(self) -> tuple[int, int] | None:
        """The mouse selection as (start, end) in ``detail.text``, trimmed of
        spaces, or None when nothing of the body is selected."""
        selection = self.text_selection
        if selection is None:
            return None
        start = self._text_offset(selection.start, self.paragraphs[0][0])
        end = self._text_offset(selection.end, self.paragraphs[-1][1])
        return strip_span(self.detail.text, start, end) if start < end else None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        span = self.selected_span()
        return (self.detail.text[slice(*span)], "\n") if span else None

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    # -- positions -----------------------------------------------------------

    def line_of(self, offset: int) -> int:
        self._layout()
        if not self._body_starts:
            return 0
        at = max(0, bisect_right(self._body_starts, offset) - 1)
        return self._body_ys[at]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    @property
    def cursor_span(self) -> tuple[int, int]:
        start, end, _ = self.sentences[self.cursor]
        return start, end

    @property
    def cut_at(self) -> int | None:
        """Where the body stops being drawn (``SHOWN_CHARS``), or None when
        it is drawn whole."""
        if self.paragraphs and _not_shown(self.detail, self.paragraphs):
            return self.paragraphs[-1][1]
        return None

    def goto(self, offset: int, end: int | None = None) -> None:
        """Put the cursor on the sentence at ``offset`` and show it."""
        self.cursor = self.sentence_at(offset)
        if end is not None:
            self._show(self.line_of(offset), self.line_of(max(offset, end - 1)))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.sentences) - 1))

    def watch_cursor(self, value: int) -> None:
        self._cache.clear()
        start, end, _ = self.sentences[value]
        if self._lines:
            self._show(self.line_of(start), self.line_of(max(start, end - 1)))
        self.refresh()
        self.post_message(self.CursorMoved(start, end))

    def _show(self, first: int, last: int) -> None:
        height = self.scrollable_content_region.height
        last = min(last, first + max(1, height - 2))
        top = max(0, first - 1)
        region = Region(0, top, 1, last - top + 2)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)
        if first <= 6:
            self.scroll_to(y=0, animate=False, immediate=True)

    # -- moving --------------------------------------------------------------

    def action_sentence(self, step: int) -> None:
        self.cursor += step

    def action_paragraph(self, step: int) -> None:
        paragraph = self.sentences[self.cursor][2]
        if step < 0 and self.sentences[self.cursor][0] > self.paragraphs[paragraph][0] + 1:
            target = paragraph
        else:
            target = paragraph + step
        for number, (_, _, p) in enumerate(self.sentences):
            if p >= target:
                self.cursor = number
                return
        self.cursor = len(self.sentences) - 1

    def action_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_y + step * height, animate=False, immediate=True)
        top = int(self.scroll_y)
        visible = [i for i, y in enumerate(self._body_ys) if top <= y < top + height + 2]
        if visible:
            self.cursor = self.sentence_at(self._body_starts[visible[0]])

    def action_edge(self, end: int) -> None:
        self.cursor = len(self.sentences) - 1 if end else 0

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if not 0 <= index < len(self._lines):
            return
        item = self._lines[index]
        if item.header is not None:
            return
        column = event.x - self.gutter_width
        offset = item.start
        used = 0
        while offset < item.end and used + cell_len(self.detail.text[offset]) <= column:
            used += cell_len(self.detail.text[offset])
            offset += 1
        self.cursor = self.sentence_at(offset)
