"""The four screens of a round: briefing, discussion, decision and consequences.

Each page shows the game it is given (``show(game)``) and asks the section to act through
signals carrying an engine :class:`Action`; the section applies it, saves and refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.game import Action
from destination_europe.ui.play_context import PlayContext, seat_label
from destination_europe.ui.play_data import data_rows, format_value, indicator_charts
from destination_europe.ui.play_texts import (
    character_kind_label,
    choice_label,
    indicator_label,
    level_label,
    reason_label,
    rule_help,
    rule_label,
    signed,
    systemic_label,
)
from destination_europe.ui.play_widgets import (
    PolicyCard,
    VoteSelector,
    ZoomBrowser,
    button,
    escape,
    label,
    see_through,
)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class _Page(QWidget):
    act = Signal(object)  # Action
    linkActivated = Signal(str, str)

    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)

    def _footer(self, text: str, accessible: str) -> tuple[QLabel, object]:
        row = QHBoxLayout()
        note = label("", "para")
        row.addWidget(note, 1)
        go = button(text, accessible, primary=True)
        row.addWidget(go)
        self.layout_.addLayout(row)
        return note, go

    def _browser(self, name: str) -> ZoomBrowser:
        browser = ZoomBrowser(name)
        browser.set_zoom(self.ctx.zoom)
        browser.anchorClicked.connect(self._on_anchor)
        return browser

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        target = url.path() or url.toString().partition(":")[2]
        if scheme in ("glossary", "lesson", "country"):
            self.linkActivated.emit(scheme, target)


# ------------------------------------------------------------------------------ briefing


class BriefingPage(_Page):
    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.text = self._browser(self.tr("Round briefing"))
        self.layout_.addWidget(self.text, 1)
        self.note, self.go = self._footer(
            self.tr("Start the &discussion"), self.tr("Start the discussion")
        )
        self.go.clicked.connect(lambda: self.act.emit(Action("advance")))

    def present(self, game) -> None:
        self.text.setHtml(self.briefing_html(game))
        self.note.setText(rule_help(game.state.decision_rule))

    def briefing_html(self, game) -> str:
        b = game.briefing()
        if b is None:
            return ""
        e, ctx = escape, self.ctx
        c = ctx.colours()
        record = game.record
        parts = [
            f"<table width='100%' cellpadding='12' style='background:{c['surface']};"
            f"border:2px solid {c['accent']}'><tr><td>"
            f"<b>{e(self.tr('News flash'))}</b><br>{e(b.news.text)}</td></tr></table>",
            f"<h2>{e(self.tr('The situation'))}</h2><p>{e(b.situation)}</p>",
        ]
        if b.composite:
            where = self.tr("Composite Member State: EU27 figures (rates only)")
        else:
            where = ctx.country_name(b.data_country)
        parts.append(f"<h2>{e(self.tr('Real data: {where}').format(where=where))}</h2>")
        rows = data_rows(ctx.store, b.statistics, b.data_country)
        if not rows:
            parts.append(f"<p>{e(self.tr('The statistics could not be read: no data.'))}</p>")
        else:
            from destination_europe.ui.indicator_names import indicator_name

            parts.append("<table cellpadding='5' cellspacing='0' width='100%'>")
            parts.append(
                "<tr>"
                + "".join(
                    f"<th align='left' style='border-bottom:1px solid {c['border']}'>{e(h)}</th>"
                    for h in (
                        self.tr("Indicator"),
                        self.tr("Value"),
                        self.tr("Year"),
                        self.tr("Source"),
                    )
                )
                + "</tr>"
            )
            locale = self.locale()
            for row in rows:
                value = format_value(locale, row.value, row.unit)
                flag = f" ({e(row.flag)})" if row.flag else ""
                parts.append(
                    f"<tr><td>{e(indicator_name(row.indicator))}</td>"
                    f"<td><b>{e(value)}</b>{flag}</td>"
                    f"<td>{row.year if row.year else '—'}</td>"
                    f"<td>{e(row.publisher)} <code>{e(row.dataset)}</code></td></tr>"
                )
            parts.append("</table>")
            note = self.tr(
                "Latest year with data for each indicator. These are real figures; the game's "
                "own indicators (0–100) are a simulation."
            )
            if b.composite:
                note = (
                    self.tr(
                        "You play a composite Member State: the figures are those of the whole EU "
                        "(EU27), and only rates are shown because totals would not fit one country."
                    )
                    + " "
                    + note
                )
            parts.append(f"<p style='color:{c['muted']}'>{e(note)}</p>")
            if not b.composite:
                parts.append(
                    f"<p><a href='country:{e(b.data_country)}'>"
                    f"{e(self.tr('Open the factsheet of {name}').format(name=where))}</a></p>"
                )
        rnd = game.round
        lead = seat_label(game, record.lead_seat) if record is not None else ""
        parts.append(f"<h2>{e(self.tr('How the group decides'))}</h2>")
        parts.append(
            f"<p>{e(self.tr('{rule}: {help}').format(rule=rule_label(game.state.decision_rule), help=rule_help(game.state.decision_rule)))}"
            f"<br>{e(self.tr('Chair of this round: {lead}').format(lead=lead))}"
            f"<br>{e(self.tr('Budget: {budget} · Political capital: {capital}').format(budget=game.state.budget, capital=game.state.capital))}</p>"
        )
        parts.append(f"<h2>{e(self.tr('Public role cards'))}</h2>")
        for seat in game.state.seats:
            role = game.content.roles[seat.role]
            marker = " ★" if rnd is not None and role.id == rnd.lead_role else ""
            parts.append(
                f"<h3>{e(seat_label(game, seat.index))}{marker}</h3><p>{e(role.public_brief)}</p>"
            )
            if role.interests:
                parts.append(
                    f"<p><b>{e(self.tr('Interests:'))}</b> {e('; '.join(role.interests))}</p>"
                )
            if role.constraints:
                parts.append(
                    f"<p><b>{e(self.tr('Constraints:'))}</b> {e('; '.join(role.constraints))}</p>"
                )
        return "".join(parts)


# ----------------------------------------------------------------------------- discussion


class DiscussionPage(_Page):
    """All the round's cards; seats put cards on the table, then the vote opens."""

    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Speaking:"))
        caption.setObjectName("para")
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(self.tr("Seat that puts cards on the table"))
        caption.setBuddy(self.speaker)
        top.addWidget(caption)
        top.addWidget(self.speaker)
        self.hint = label(
            self.tr("Put the cards you want to vote on on the table; the vote comes next."),
            "muted",
        )
        top.addWidget(self.hint, 1)
        self.layout_.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Policy cards of this round"))
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setSpacing(12)
        self.scroll.setWidget(self.body)
        see_through(self.scroll)
        self.layout_.addWidget(self.scroll, 1)
        self.note, self.go = self._footer(self.tr("&Open the vote"), self.tr("Open the vote"))
        self.go.clicked.connect(lambda: self.act.emit(Action("open-vote")))
        self.cards: dict[str, PolicyCard] = {}
        self._game = None
        self._columns = 0

    def present(self, game) -> None:
        self._game = game
        record = game.record
        focused = self._focused_card()
        current = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for seat in game.state.seats:
            if seat.human:
                self.speaker.addItem(seat_label(game, seat.index), seat.index)
        i = self.speaker.findData(current)
        self.speaker.setCurrentIndex(max(0, i))
        self.speaker.blockSignals(False)
        _clear(self.grid)
        self.cards = {}
        proposed = {p.card: p.seat for p in record.proposals} if record else {}
        columns = self.columns()
        self._columns = columns
        for n, card in enumerate(game.round_cards()):
            blocker = game.blocked_by(card)
            if card.id in proposed:
                by = seat_label(game, proposed[card.id])
                note = self.tr("On the table (put there by {who}).").format(who=by)
                seat = game.state.seats[proposed[card.id]]
                widget = PolicyCard(
                    card, action=self.tr("Take off the table"), note=note, enabled=seat.human
                )
                widget.actionClicked.connect(
                    lambda cid, s=proposed[card.id]: self.act.emit(
                        Action("withdraw", seat=s, card=cid)
                    )
                )
                widget.setProperty("onTable", True)
            elif blocker:
                note = self.tr("Ruled out: the group already adopted “{title}”.").format(
                    title=game.content.cards[blocker].title
                )
                widget = PolicyCard(
                    card, action=self.tr("Put on the table"), note=note, enabled=False
                )
            else:
                widget = PolicyCard(card, action=self.tr("Put on the table"))
                widget.actionClicked.connect(self._propose)
            self.cards[card.id] = widget
            self.grid.addWidget(widget, n // columns, n % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self._summary(game)
        if focused and focused in self.cards and self.cards[focused].button is not None:
            self.cards[focused].button.setFocus()

    def columns(self) -> int:
        return 2 if self.width() >= 860 or self.width() < 50 else 1

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._game is not None and self.columns() != self._columns:
            self.present(self._game)

    def _focused_card(self) -> str | None:
        for card_id, widget in self.cards.items():
            if widget.button is not None and widget.button.hasFocus():
                return card_id
        return None

    def _propose(self, card_id: str) -> None:
        seat = self.speaker.currentData()
        if seat is None:
            return
        self.act.emit(Action("propose", seat=int(seat), card=card_id))

    def _summary(self, game) -> None:
        record = game.record
        cards = [game.content.cards[c] for c in (record.proposed() if record else [])]
        budget = sum(c.cost_budget for c in cards)
        capital = sum(c.cost_capital for c in cards)
        text = self.tr(
            "On the table: {n} card(s) costing {b} budget and {k} capital. "
            "Available: {B} budget, {K} capital."
        ).format(n=len(cards), b=budget, k=capital, B=game.state.budget, K=game.state.capital)
        if budget > game.state.budget or capital > game.state.capital:
            text += " " + self.tr("Not everything on the table can be paid for.")
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.go.setEnabled(bool(cards))


# ------------------------------------------------------------------------------- decision


class DecisionPage(_Page):
    """The cards on the table with every seat's vote; closing the vote adopts cards."""

    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rule = label("", "para")
        self.layout_.addWidget(self.rule)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Cards on the table and the votes"))
        self.body = QWidget()
        self.list = QVBoxLayout(self.body)
        self.list.setSpacing(14)
        self.scroll.setWidget(self.body)
        see_through(self.scroll)
        self.layout_.addWidget(self.scroll, 1)
        self.note, self.go = self._footer(
            self.tr("&Close the vote and see the consequences"), self.tr("Close the vote")
        )
        self.go.clicked.connect(lambda: self.act.emit(Action("close-vote")))
        self.selectors: dict[tuple[str, int], VoteSelector] = {}
        self.tallies: dict[str, QLabel] = {}
        self._game = None
        self._columns = 0

    def columns(self) -> int:
        return 2 if self.width() >= 1050 or self.width() < 50 else 1

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._game is not None and self.columns() != self._columns:
            self.present(self._game)

    def present(self, game) -> None:
        self._game = game
        self._columns = columns = self.columns()
        _clear(self.list)
        self.selectors, self.tallies = {}, {}
        record = game.record
        lead = record.lead_seat if record else -1
        rule = game.state.decision_rule
        self.rule.setText(
            self.tr("{rule}: {help}").format(rule=rule_label(rule), help=rule_help(rule))
        )
        for card_id in record.proposed() if record else []:
            card = game.content.cards[card_id]
            box = QFrame()
            box.setAccessibleName(self.tr("Vote on {card}").format(card=card.title))
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(PolicyCard(card, compact=True))
            votes = QGridLayout()
            votes.setHorizontalSpacing(18)
            for n, seat in enumerate(game.state.seats):
                selector = VoteSelector(
                    seat.index,
                    seat_label(game, seat.index),
                    card,
                    record.vote_of(card_id, seat.index),
                    enabled=seat.human,
                    decides=rule == "lead" and seat.index == lead,
                )
                selector.voted.connect(
                    lambda s, c, ch: self.act.emit(Action("vote", seat=s, card=c, choice=ch))
                )
                self.selectors[(card_id, seat.index)] = selector
                votes.addWidget(selector, n // columns, n % columns)
            inner.addLayout(votes)
            tally = label("", "para")
            self.tallies[card_id] = tally
            inner.addWidget(tally)
            self.list.addWidget(box)
        self.list.addStretch(1)
        self.update_tallies(game)

    def update_tallies(self, game) -> None:
        record = game.record
        if record is None:
            return
        passing_budget = passing_capital = 0
        for card_id, tally in self.tallies.items():
            counts = game.tally(card_id)
            ok = game.passes(card_id)
            if ok:
                passing_budget += game.content.cards[card_id].cost_budget
                passing_capital += game.content.cards[card_id].cost_capital
            text = self.tr("{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}").format(
                yes=choice_label("yes"),
                no=choice_label("no"),
                abstain=choice_label("abstain"),
                y=counts["yes"],
                n=counts["no"],
                a=counts["abstain"],
                verdict=self.tr("passes the vote") if ok else self.tr("does not pass"),
            )
            tally.setText(text)
            tally.setAccessibleName(text)
        for (card_id, seat), selector in self.selectors.items():
            choice = record.vote_of(card_id, seat)
            for key, b in selector.buttons.items():
                b.setChecked(key == choice)
        text = self.tr("Passing cards cost {b} of {B} budget and {k} of {K} capital.").format(
            b=passing_budget, B=game.state.budget, k=passing_capital, K=game.state.capital
        )
        if passing_budget > game.state.budget or passing_capital > game.state.capital:
            text += " " + self.tr(
                "Not all of them fit: the cards with the most yes votes are adopted first."
            )
        self.note.setText(text)
        self.note.setAccessibleName(text)


# --------------------------------------------------------------------------- consequences


class ConsequencesPage(_Page):
    """What was adopted, every character's story this round, and the indicator charts."""

    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.text = self._browser(self.tr("Decisions and stories of this round"))
        self.splitter.addWidget(self.text)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(self.splitter, 1)
        self.note, self.go = self._footer(self.tr("&Next round"), self.tr("Next round"))
        self.go.clicked.connect(lambda: self.act.emit(Action("advance")))
        self.view = None

    def present(self, game) -> None:
        self.text.setHtml(self.consequences_html(game))
        last = game.state.round_index + 1 >= len(game.content.rounds)
        self.go.setText(self.tr("Go to the &debrief") if last else self.tr("&Next round"))
        self.go.setAccessibleName(self.tr("Go to the debrief") if last else self.tr("Next round"))
        self.note.setText(
            self.tr("Budget left: {b} · Political capital left: {k}").format(
                b=game.state.budget, k=game.state.capital
            )
        )
        self.show_charts(game)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        split_sizes(self.splitter)

    def show_charts(self, game) -> None:
        charts = indicator_charts(game.state.history, self.ctx.zoom)
        self.view = show_chart_page(self.ctx, self, self.chart_layout, self.view, charts)

    def consequences_html(self, game) -> str:
        e, ctx = escape, self.ctx
        c = ctx.colours()
        record = game.state.rounds[-1] if game.state.rounds else None
        if record is None:
            return ""
        content = game.content
        parts = [f"<h2>{e(self.tr('What the group decided'))}</h2>"]
        if record.skipped:
            parts.append(f"<p>{e(self.tr('The round was skipped: nothing was adopted.'))}</p>")
        if record.adopted:
            parts.append("<ul>")
            for card_id in record.adopted:
                card = content.cards[card_id]
                effects = ", ".join(
                    f"{indicator_label(k)} {signed(v)}" for k, v in card.effects.items() if v
                )
                parts.append(
                    f"<li><b>{e(self.tr('Adopted:'))} {e(card.title)}</b>"
                    f"<br><span style='color:{c['muted']}'>{e(effects)}</span></li>"
                )
            parts.append("</ul>")
        elif not record.skipped:
            parts.append(f"<p>{e(self.tr('No card was adopted.'))}</p>")
        if record.rejected:
            parts.append("<ul>")
            for card_id, reason in record.rejected.items():
                parts.append(
                    f"<li>{e(self.tr('Not adopted:'))} {e(content.cards[card_id].title)} — "
                    f"{e(reason_label(reason))}</li>"
                )
            parts.append("</ul>")
        for code in record.systemic:
            parts.append(f"<p><b>⚠ {e(systemic_label(code))}</b></p>")
        parts.append(f"<h2>{e(self.tr('What it means for people'))}</h2>")
        first = len(game.state.rounds) == 1
        for char_id, frag_id in record.story.items():
            parts.append(self.fragment_html(game, char_id, frag_id, first=first))
        return "".join(parts)

    def fragment_html(self, game, char_id: str, frag_id: str, *, first: bool) -> str:
        e, ctx = escape, self.ctx
        c = ctx.colours()
        char = game.content.characters[char_id]
        frag = game.content.fragments[frag_id]
        kind = character_kind_label(char.kind)
        if char.kind == "host-society":
            head = f"{char.name} — {kind}"
        else:
            head = self.tr("{name}, {age} — {kind}").format(name=char.name, age=char.age, kind=kind)
        out = [f"<h3>{e(head)}</h3>"]
        if first:
            out.append(f"<p style='color:{c['muted']}'><i>{e(char.intro)}</i></p>")
        out.append(f"<p>{e(frag.text)}</p>")
        if frag.lesson:
            out.append(f"<p><b>{e(self.tr('Why:'))}</b> {e(frag.lesson)}</p>")
        out.append(
            f"<p style='color:{c['muted']}'>{e(self.tr('Source: {text}').format(text=frag.source))}</p>"
        )
        terms = list(frag.glossary) + list(char.glossary)
        links = []
        if terms:
            links.append(f"{e(self.tr('Terms:'))} {ctx.term_links(terms)}")
        lessons = ctx.lessons_for(terms)
        if lessons:
            links.append(f"{e(self.tr('Lessons:'))} {ctx.lesson_links(lessons)}")
        if links:
            out.append(f"<p>{' · '.join(links)}</p>")
        return "".join(out)


def split_sizes(splitter: QSplitter, share: float = 0.58) -> None:
    """Give the text ``share`` of the width and the charts the rest."""
    width = splitter.width()
    if width > 100:
        splitter.setSizes([int(width * share), width - int(width * share)])


def show_chart_page(ctx: PlayContext, owner: _Page, holder, view, charts: list[dict]):
    """Create the charts web view on first use (the pattern of the factsheet tab)."""
    if view is None:
        from destination_europe.ui.web.engine import page_html
        from destination_europe.ui.web.view import WebView

        view = WebView(ctx.services.web_engine)
        view.setAccessibleName(QCoreApplication.translate("PlayRound", "Indicator charts"))
        view.setMinimumWidth(320)
        view.linkActivated.connect(owner.linkActivated)
        holder.addWidget(view)
        view.show_page(
            "play-charts",
            page_html(
                '<div id="charts"></div>',
                title=QCoreApplication.translate("PlayRound", "Game indicators"),
                styles=("play.css",),
                scripts=("plotly/plotly.min.js", "web/charts.js"),
                theme=ctx.theme,
                data={
                    "charts": charts,
                    "labels": {"no_data": QCoreApplication.translate("PlayRound", "no data")},
                },
            ),
        )
    else:
        view.post("charts.update", charts, expect="charts.updated")
    return view


__all__ = [
    "BriefingPage",
    "ConsequencesPage",
    "DecisionPage",
    "DiscussionPage",
    "level_label",
    "show_chart_page",
]
