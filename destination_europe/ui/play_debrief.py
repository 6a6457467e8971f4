"""The debrief screen: secret priorities and scores, per-round questions, decisions, votes,
stories and lessons, glossary terms, what real countries did, and the summary export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from destination_europe.ui.play_context import PlayContext
from destination_europe.ui.play_data import indicator_charts
from destination_europe.ui.play_export import export_html, export_pdf, summary_html
from destination_europe.ui.play_round import _Page, show_chart_page, split_sizes
from destination_europe.ui.play_widgets import button, label


class DebriefPage(_Page):
    newGameRequested = Signal()
    exported = Signal(str)

    def __init__(self, ctx: PlayContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        row = QHBoxLayout()
        self.intro = label(
            self.tr(
                "Talk it through: what did each role want, what did the group choose, and "
                "what did it mean for the people in the stories?"
            )
        )
        row.addWidget(self.intro, 1)
        self.html_button = button(
            self.tr("Save summary as &HTML…"), self.tr("Save the session summary as HTML")
        )
        self.pdf_button = button(
            self.tr("Save summary as P&DF…"), self.tr("Save the session summary as PDF")
        )
        self.new_button = button(self.tr("Ne&w game"), self.tr("Set up a new game"))
        self.html_button.clicked.connect(lambda: self._ask("html"))
        self.pdf_button.clicked.connect(lambda: self._ask("pdf"))
        self.new_button.clicked.connect(self.newGameRequested)
        for b in (self.html_button, self.pdf_button, self.new_button):
            row.addWidget(b)
        self.layout_.addLayout(row)
        self.status = label("", "muted")
        self.layout_.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.text = self._browser(self.tr("Debrief"))
        self.splitter.addWidget(self.text)
        holder = QWidget()
        self.chart_layout = QVBoxLayout(holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(self.splitter, 1)
        self.view = None
        self.game = None
        self.notes = lambda: ""

    def present(self, game) -> None:
        self.game = game
        self.text.setHtml(summary_html(game, self.ctx, links=True, notes=self.notes()))
        charts = indicator_charts(game.state.history, self.ctx.zoom)[:1]
        self.view = show_chart_page(self.ctx, self, self.chart_layout, self.view, charts)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        split_sizes(self.splitter, 0.62)

    def _ask(self, kind: str) -> None:
        if self.game is None:
            return
        if kind == "html":
            path, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the session summary"),
                str(Path.home() / "destination-europe-summary.html"),
                self.tr("Web page (*.html)"),
            )
        else:
            path, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the session summary"),
                str(Path.home() / "destination-europe-summary.pdf"),
                self.tr("PDF document (*.pdf)"),
            )
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> Path:
        assert self.game is not None
        writer = export_html if kind == "html" else export_pdf
        try:
            out = writer(self.game, self.ctx, path, self.notes())
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save {path}: {error}").format(path=path, error=exc)
            )
            return path
        self.status.setText(self.tr("Saved: {path}").format(path=out))
        self.status.setAccessibleName(self.status.text())
        self.exported.emit(str(out))
        return out
