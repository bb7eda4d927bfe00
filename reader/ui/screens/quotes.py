"""``Q``: every quote in the collection, with speaker and article; a
statement several articles carry is shown once (issue 20,
``db.quote_groups``): its fullest text, how many articles and sources, where
it was first seen, how many other wordings, and its speakers when they
disagree.

Filter by speaker (fuzzy, through the entity finder) and by words in the
quote, looked up in the quotation index, so that every quote is found, the
oldest too (the last word as typed so far is a prefix); ``Enter`` opens the
story at the quote, ``ctrl+o`` its speaker's entity page (a control key:
letters type into the filters), ``E`` writes the quotes the filters find to
a file.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from db.records import QuoteGroup, QuoteRow
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.wording import and_others, counted

DEBOUNCE_S = 0.12
LIMIT = 500
# The finder's best guesses a speaker's name not known as such is taken for.
SPEAKERS = 5
# Other wordings a statement shows with ctrl+t.
WORDINGS = 3


PREFIX_FROM = 3


def typed_words(typed: str) -> str:
    """Words being typed as the quotation index is asked for them (see
    ``QuotesScreen._filters``)."""
    if not typed[-1:].isalnum():
        return typed.strip()
    done, _, last = typed.rpartition(" ")
    if len(last) < PREFIX_FROM:
        return done.strip()
    return f"{typed.strip()}*"


def quote_label(quote: QuoteRow) -> Text:
    """A quotation as listed, under its speaker's entity's name (a rename
    or a merge shows at once), else the words the article used."""
    label = line(quote.entity or quote.speaker or "unknown speaker", "bold")
    label.append(": ")
    label.append_text(line(quote.text or "", "italic"))
    label.append("\n  ")
    label.append_text(line(quote.title or "", "dim"))
    return label


def group_label(group: QuoteGroup) -> Text:
    """A group as listed: the quotation's label, then (when several
    articles carry it) where, first seen, its variants, and a vote that
    was not unanimous."""
    label = quote_label(group.quote._replace(speaker=group.speaker, entity=group.entity))
    if group.articles == 1 and group.wordings == 1 and not group.disagreement:
        return label
    first = group.first_seen
    seen = " ".join(str(first[k]) for k in ("date", "source") if first.get(k)) or "undated"
    about = f"{counted(group.articles, 'article')} · {counted(len(group.sources), 'source')} · first {seen}"
    if group.wordings > 1:
        about += f" · {group.wordings} wordings"
    label.append("\n  ")
    label.append_text(line(about, "dim"))
    for variant in group.variants:
        label.append("\n  also: ")
        label.append_text(line(f"“{variant}”", "dim italic"))
    if group.disagreement:
        said = ", ".join(f"{s['entity'] or s['speaker']} {s['quotes']}" for s in group.speakers)
        said += and_others(group.other_speakers)
        label.append("\n  ")
        label.append_text(line(f"speakers disagree: {said}", "yellow"))
    return label


class QuotesScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="quotes.back"),
        Binding(
            "ctrl+o",
            "page",
            "Speaker",
            id="quotes.page",
            tooltip="Open the entity page of the highlighted quote's speaker",
        ),
        Binding(
            "ctrl+t",
            "wordings",
            "Wordings",
            id="quotes.wordings",
            tooltip="Show or hide the other wordings of each statement (up to 3)",
        ),
        Binding(
            "E",
            "export",
            "Export",
            id="quotes.export",
            tooltip="Write the quotes the filters find to a file (.md, .csv or .json)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[QuoteGroup] = []
        self.wordings = False  # the other wordings of each statement shown
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="quote-filters"):
            yield Input(placeholder="speaker (fuzzy)", id="quote-speaker")
            yield Input(placeholder="words in the quote", id="quote-text")
            yield Static(id="quote-count")
        yield OptionList(id="quote-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#quote-speaker", Input).focus()
        self._load("", "")

    @on(Input.Changed)
    def _typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_S, self._reload)

    def _filters(self) -> tuple[str, str]:
        """The speaker typed, and the words typed: the one being typed is
        a prefix from its third letter (the index has those, see schema
        11), and left out before it (a letter or two would match most
        words of a million quotes)."""
        speaker = self.query_one("#quote-speaker", Input).value.strip()
        return speaker, typed_words(self.query_one("#quote-text", Input).value)

    def _reload(self) -> None:
        self._load(*self._filters())

    def _speakers(self, speaker: str, *, wait: bool = False) -> list[int] | None:
        """The entities a typed speaker may be: every one the name means
        (a surname several people share: all of them, as ``speaker:`` and
        ``reader quotes --speaker`` take them), else the finder's best few
        (a name being typed, a misspelling). ``wait``, in the worker: the
        list it filters is shown until the next keystroke, so the finder's
        coarser answer before its names are in (nobody, for a word inside a
        name or a misspelling) would stay."""
        if not speaker:
            return None
        found = self.app.finder.find(speaker, SPEAKERS, wait=wait)
        return list(found.meant_ids) or [hit.id for hit in found.hits]

    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def _load(self, speaker: str, words: str) -> None:
        worker = get_current_worker()
        found = self.app.thread_library().quote_groups(
            speakers=self._speakers(speaker, wait=True),
            text=words or None,
            limit=LIMIT,
            variants=WORDINGS if self.wordings else 0,
        )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, found)

    def action_export(self) -> None:
        from reader.export import ALL, GROUPS
        from reader.ui.export_view import ask_and_export

        speaker, words = self._filters()
        speakers = self._speakers(speaker)

        def rows(library) -> list[dict]:
            return [
                g.as_json()
                for g in library.quote_groups(speakers=speakers, text=words or None, limit=ALL)
            ]

        ask_and_export(self.app, GROUPS, rows)

    def _show(self, groups: list[QuoteGroup]) -> None:
        self.quotes = groups
        listing = self.query_one("#quote-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(group_label(g), id=str(i)) for i, g in enumerate(groups)])
        more = "+" if len(groups) >= LIMIT else ""
        shown = f"{len(groups):,}{more} {'quote' if len(groups) == 1 else 'quotes'}"
        self.query_one("#quote-count", Static).update(Text(shown))

    def on_key(self, event) -> None:
        if isinstance(self.focused, Input) and event.key == "down":
            listing = self.query_one("#quote-list", OptionList)
            listing.focus()
            if listing.highlighted is None and self.quotes:
                listing.highlighted = 0  # so that ctrl+o has a quote at once
            event.stop()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        listing = self.query_one("#quote-list", OptionList)
        if self.quotes:
            listing.focus()
            listing.highlighted = 0

    @on(OptionList.OptionSelected, "#quote-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        quote = self.quotes[int(event.option.id or 0)].quote
        self.app.open_article(quote.article_id, offset=quote.start)

    def action_page(self) -> None:
        at = self.query_one("#quote-list", OptionList).highlighted
        if at is None or at >= len(self.quotes):
            self.notify("Choose a quote first (Down goes to the list).", markup=False)
            return
        self.app.open_entity_page(self.quotes[at].entity_id)

    def action_wordings(self) -> None:
        self.wordings = not self.wordings
        self._reload()

    def action_back(self) -> None:
        self.dismiss()
