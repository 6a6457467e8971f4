"""The Countries section's compare tab: 2 to 5 countries side by side on one indicator."""

from __future__ import annotations

import base64

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.charts import ChartTexts, trend_figure
from destination_europe.core.factsheet_data import compare_series, csv_header, csv_rows, write_csv
from destination_europe.ui.formatting import format_number
from destination_europe.ui.indicator_names import indicator_name, unit_name
from destination_europe.ui.web.engine import page_html

MAX_COUNTRIES = 5
DEFAULT = ("DE", "IT", "ES")


SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers sort as numbers (compared in C++)


class CompareTab(QWidget):
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view = None
        self._series = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Indicator:"))
        self.indicator_box = QComboBox()
        self.indicator_box.setAccessibleName(self.tr("Indicator to compare"))
        caption.setBuddy(self.indicator_box)
        row.addWidget(caption)
        row.addWidget(self.indicator_box, 1)
        self.hint = QLabel(self.tr("Tick 2 to 5 countries."))
        self.hint.setObjectName("muted")
        row.addWidget(self.hint)
        self.png_button = QPushButton(self.tr("Save as &PNG…"))
        self.png_button.setAccessibleName(self.tr("Save the comparison chart as a PNG image"))
        self.csv_button = QPushButton(self.tr("Save as CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Save the comparison data as a CSV file"))
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        outer.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries to compare"))
        self.countries.setMaximumWidth(260)
        self.countries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.countries)
        self.tabs = QTabWidget()
        self.chart_page = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Table of the compared values"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.chart_page, self.tr("Chart"))
        self.tabs.addTab(self.table, self.tr("Table"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([240, 1000])
        outer.addWidget(splitter, 1)
        self.source = QLabel()
        self.source.setObjectName("muted")
        self.source.setWordWrap(True)
        outer.addWidget(self.source)
        self.indicator_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.countries.itemChanged.connect(self._on_item)
        self.png_button.clicked.connect(self.export_png)
        self.csv_button.clicked.connect(self.export_csv)

    def activated(self) -> None:
        if self.indicator_box.count():
            return
        store = self.services.statistics()
        if store is None:
            return
        self.indicator_box.blockSignals(True)
        for ind in store.indicators():
            self.indicator_box.addItem(indicator_name(ind.id), ind.id)
        self.indicator_box.setCurrentIndex(
            max(0, self.indicator_box.findData("asylum-first-time-applicants-per-100k"))
        )
        self.indicator_box.blockSignals(False)
        self.countries.blockSignals(True)
        for country in self.services.countries.all:
            item = QListWidgetItem(self.services.country_label(country.iso2))
            item.setData(Qt.ItemDataRole.UserRole, country.iso2)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if country.iso2 in DEFAULT else Qt.CheckState.Unchecked
            )
            self.countries.addItem(item)
        self.countries.blockSignals(False)
        from destination_europe.ui.web.view import WebView

        self.view = WebView(self.services.web_engine)
        self.view.setAccessibleName(self.tr("Comparison chart"))
        self.view.message.connect(self._on_message)
        self.chart_layout.addWidget(self.view)
        self.view.show_page(
            "compare",
            page_html(
                '<div id="charts" class="de-single"></div>',
                title=self.tr("Comparison"),
                scripts=("plotly/plotly.min.js", "web/charts.js"),
                theme=self.services.theme,
                data={
                    "charts": self._charts(),
                    "labels": {"no_data": self.tr("No data for these countries.")},
                },
            ),
        )

    def selected(self) -> list[str]:
        return [
            self.countries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.countries.count())
            if self.countries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_countries(self, codes: list[str]) -> None:
        self.countries.blockSignals(True)
        for i in range(self.countries.count()):
            item = self.countries.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self.countries.blockSignals(False)
        self.refresh()

    def _on_item(self, item: QListWidgetItem) -> None:
        if len(self.selected()) > MAX_COUNTRIES and item.checkState() == Qt.CheckState.Checked:
            self.countries.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.countries.blockSignals(False)
            self.hint.setText(self.tr("At most 5 countries at a time."))
            return
        self.hint.setText(self.tr("Tick 2 to 5 countries."))
        self.refresh()

    def _charts(self) -> list[dict]:
        store = self.services.statistics()
        ind_id = self.indicator_box.currentData()
        if store is None or ind_id is None:
            return []
        ind = store.indicator(ind_id)
        names = {c.iso2: self.services.country_label(c.iso2) for c in self.services.countries.all}
        self._series = compare_series(store, ind_id, self.selected(), names)
        texts = ChartTexts(
            title="",
            y_axis=unit_name(ind.unit),
            source=self.tr("Source: {publisher}, {dataset}").format(
                publisher=ind.publisher, dataset=ind.dataset
            ),
            no_data=self.tr("no data"),
            provisional=self.tr("(provisional)"),
        )
        figure = trend_figure(self._series, texts, kind="scatter") if self._series else None
        if figure is not None and len(self._series) == 1:
            figure["data"][0]["type"] = "bar"
        self._fill_table()
        self.source.setText(
            self.tr("{definition} Source: {publisher}, dataset {dataset}.").format(
                definition=ind.definition.strip(), publisher=ind.publisher, dataset=ind.dataset
            )
        )
        return [{"id": "compare", "title": indicator_name(ind_id), "figure": figure}]

    def _fill_table(self) -> None:
        header, rows = csv_rows(self._series)
        names = {c.iso2: self.services.country_label(c.iso2) for c in self.services.countries.all}
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Year")] + [names.get(h, h) for h in header[1:]]
        )
        for row in rows:
            cells = []
            for c, value in enumerate(row):
                if c == 0:
                    text = str(value)
                elif value is None:
                    text = self.tr("no data")
                else:
                    text = format_number(value)
                item = QStandardItem(text)
                item.setData(float("-inf") if value is None else float(value), SORT_ROLE)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
            self.model.appendRow(cells)

    def cell_value(self, row: int, column: int) -> float:
        """The number behind a cell as the (sorted) table shows it."""
        return float(self.proxy.index(row, column).data(SORT_ROLE))

    def refresh(self) -> None:
        if self.view is None:
            return
        self.view.post("charts.update", self._charts(), expect="charts.updated")

    def export_csv(self) -> None:
        if not self._series:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save data"),
            f"compare-{self.indicator_box.currentData()}.csv",
            self.tr("CSV file (*.csv)"),
        )
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        store = self.services.statistics()
        ind = store.indicator(self.indicator_box.currentData())
        write_csv(path, self._series, header_lines=csv_header(store, ind))

    def export_png(self) -> None:
        if self.view is not None:
            self.view.post("chart.image", {"id": "compare"})

    def _on_message(self, kind: str, payload: dict) -> None:
        if kind != "chart.image":
            return
        prefix = "data:image/png;base64,"
        url = str(payload.get("url", ""))
        if not url.startswith(prefix):
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"compare-{self.indicator_box.currentData()}.png",
            self.tr("PNG image (*.png)"),
        )
        if path:
            with open(path, "wb") as fh:
                fh.write(base64.b64decode(url[len(prefix) :]))
