"""The Countries section's first tab: a trend per country and a map of Europe per year.

The chart page is loaded once; every change of indicator, country, year or view sends a
new figure that plotly.js draws in place (``Plotly.react``), no page reload.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.charts import (
    ChartTexts,
    Series,
    SeriesPoint,
    europe_map_figure,
    map_values,
    table_rows,
    trend_figure,
)
from destination_europe.core.factsheet_data import csv_header, per_100k, population, write_csv
from destination_europe.ui.formatting import format_number
from destination_europe.ui.indicator_names import indicator_name, unit_name
from destination_europe.ui.web.engine import page_html

DEFAULT_INDICATOR = "asylum-first-time-applicants"
DEFAULT_COUNTRY = "DE"


class ExploreTab(QWidget):
    linkActivated = Signal(str, str)
    countryChosen = Signal(str)  # a click on the map: open that country's factsheet

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view = None
        self._mode = "trend"
        self._figure: dict | None = None
        self._loaded = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(10)

        controls = QHBoxLayout()
        self.indicator_box = self._combo(self.tr("Indicator"))
        self.country_box = self._combo(self.tr("Country"))
        self.year_box = self._combo(self.tr("Year"))
        self.trend_button = QPushButton(self.tr("&Trend"))
        self.map_button = QPushButton(self.tr("&Map"))
        group = QButtonGroup(self)
        for button in (self.trend_button, self.map_button):
            button.setCheckable(True)
            button.setAccessibleName(button.text().replace("&", ""))
            group.addButton(button)
        self.trend_button.setChecked(True)
        self.save_button = QPushButton(self.tr("Save as &PNG…"))
        self.save_button.setAccessibleName(self.tr("Save the chart as a PNG image"))
        self.save_button.clicked.connect(self.export_png)
        self.csv_button = QPushButton(self.tr("Save as CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Save the data as a CSV file"))
        self.csv_button.clicked.connect(self.export_csv)
        self.per_capita = QCheckBox(self.tr("Per 100,000 i&nhabitants"))
        self.per_capita.setAccessibleName(self.tr("Show values per 100,000 inhabitants"))
        self.per_capita.toggled.connect(lambda _on: self.refresh())
        self.year_slider = QSlider(Qt.Orientation.Horizontal)
        self.year_slider.setAccessibleName(self.tr("Year of the map"))
        self.year_slider.setMinimumWidth(160)
        self.year_slider.setPageStep(1)
        self.year_slider.valueChanged.connect(self._on_slider)
        for label, box in (
            (self.tr("&Indicator:"), self.indicator_box),
            (self.tr("C&ountry:"), self.country_box),
            (self.tr("&Year:"), self.year_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            controls.addWidget(caption)
            controls.addWidget(box, 1 if box is self.indicator_box else 0)
        controls.addWidget(self.year_slider)
        controls.addSpacing(12)
        controls.addWidget(self.trend_button)
        controls.addWidget(self.map_button)
        outer.addLayout(controls)
        second = QHBoxLayout()
        second.addWidget(self.per_capita)
        second.addStretch(1)
        second.addWidget(self.save_button)
        second.addWidget(self.csv_button)
        outer.addLayout(second)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.waiting = QLabel(self.tr("Preparing the chart…"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.waiting)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Table of the values shown in the chart"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])
        outer.addWidget(self.splitter, 1)

        self.source_label = QLabel()
        self.source_label.setObjectName("muted")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.source_label)

        self.indicator_box.currentIndexChanged.connect(self._on_indicator)
        self.country_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_box.currentIndexChanged.connect(self._on_year_box)
        self.trend_button.toggled.connect(lambda on: self.set_mode("trend" if on else "map"))

    def _on_year_box(self, _index: int) -> None:
        year = self.year_box.currentData()
        if year is not None:
            self.year_slider.blockSignals(True)
            self.year_slider.setValue(int(year))
            self.year_slider.blockSignals(False)
        self.refresh()

    def _on_slider(self, year: int) -> None:
        i = self.year_box.findData(year)
        if i >= 0:
            self.year_box.setCurrentIndex(i)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    # -- lifecycle ----------------------------------------------------------------------
    def activated(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        store = self.services.statistics()
        if store is None:
            self._show_error(
                self.tr("The statistics could not be read: {error}").format(
                    error=self.services.statistics_error
                )
            )
            return
        self.indicator_box.blockSignals(True)
        for ind in store.indicators():
            self.indicator_box.addItem(indicator_name(ind.id), ind.id)
        index = self.indicator_box.findData(DEFAULT_INDICATOR)
        self.indicator_box.setCurrentIndex(max(0, index))
        self.indicator_box.blockSignals(False)
        self._fill_countries_and_years()
        from destination_europe.ui.web.view import WebView

        self.view = WebView(self.services.web_engine)
        self.view.setAccessibleName(self.tr("Chart"))
        self.view.message.connect(self._on_message)
        self.view.linkActivated.connect(self.linkActivated)
        self.chart_layout.removeWidget(self.waiting)
        self.waiting.hide()
        self.chart_layout.addWidget(self.view)
        self._figure = self._build_figure()
        self.view.show_page(
            "chart",
            page_html(
                '<div id="chart" class="de-chart-box" role="img"></div>',
                title=self.tr("Chart"),
                scripts=("plotly/plotly.min.js", "web/chart.js"),
                theme=self.services.theme,
                data={
                    "figure": self._figure,
                    "labels": {
                        "asset_missing": self.tr("A file the app needs could not be loaded:"),
                        "chart_engine_missing": self.tr(
                            "The chart engine (plotly.js) could not be loaded, so no chart can be drawn."
                        ),
                    },
                },
            ),
        )

    def _show_error(self, text: str) -> None:
        self.waiting.setText(text)
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName(text)
        for widget in (
            self.indicator_box,
            self.country_box,
            self.year_box,
            self.year_slider,
            self.per_capita,
            self.csv_button,
            self.trend_button,
            self.map_button,
            self.save_button,
        ):
            widget.setEnabled(False)

    # -- data → figure ------------------------------------------------------------------
    def indicator_id(self) -> str:
        return str(self.indicator_box.currentData())

    def _on_indicator(self, _index: int) -> None:
        self._fill_countries_and_years()
        self.refresh()

    def _fill_countries_and_years(self) -> None:
        store = self.services.statistics()
        if store is None:
            return
        ind = self.indicator_id()
        have = set(store.countries(ind))
        current_country = self.country_box.currentData() or DEFAULT_COUNTRY
        current_year = self.year_box.currentData()
        for box in (self.country_box, self.year_box):
            box.blockSignals(True)
            box.clear()
        for country in self.services.countries.all:
            if country.iso2 in have:
                self.country_box.addItem(self.services.country_label(country.iso2), country.iso2)
        years = store.years(ind)
        for year in reversed(years):
            self.year_box.addItem(str(year), year)
        i = self.country_box.findData(current_country)
        self.country_box.setCurrentIndex(max(0, i))
        j = self.year_box.findData(current_year) if current_year is not None else -1
        if j < 0:
            latest = store.latest_year(ind)
            j = self.year_box.findData(latest)
        self.year_box.setCurrentIndex(max(0, j))
        for box in (self.country_box, self.year_box):
            box.blockSignals(False)
        self.year_slider.blockSignals(True)
        if years:
            self.year_slider.setRange(min(years), max(years))
            self.year_slider.setValue(int(self.year_box.currentData()))
        self.year_slider.blockSignals(False)
        unit = store.indicator(ind).unit
        self.per_capita.setEnabled(unit == "persons")
        if unit != "persons":
            self.per_capita.blockSignals(True)
            self.per_capita.setChecked(False)
            self.per_capita.blockSignals(False)

    def per_capita_on(self) -> bool:
        return self.per_capita.isEnabled() and self.per_capita.isChecked()

    def _texts(self, *, title: str) -> ChartTexts:
        store = self.services.statistics()
        ind = store.indicator(self.indicator_id())
        return ChartTexts(
            title=title,
            y_axis=unit_name("per-100k" if self.per_capita_on() else ind.unit),
            source=self.tr("Source: {publisher}, {dataset}").format(
                publisher=ind.publisher, dataset=ind.dataset
            ),
            no_data=self.tr("no data"),
            provisional=self.tr("(provisional)"),
        )

    def _build_figure(self) -> dict:
        store = self.services.statistics()
        ind = self.indicator_id()
        name = indicator_name(ind)
        if self.per_capita_on():
            name = self.tr("{name} per 100,000 inhabitants").format(name=name)
        if self._mode == "map":
            year = self.year_box.currentData()
            if self.per_capita_on():
                observed = per_100k(store, ind, year)
            else:
                observed = {
                    code: (obs.value, obs.flag)
                    for code, obs in store.values_for_year(ind, year).items()
                }
            triples = [
                (c.iso2, c.iso3, self.services.country_label(c.iso2))
                for c in self.services.countries.all
                if c.status != "aggregate"
            ]
            values = map_values(triples, observed)
            self._series = [
                Series(v.iso3, v.name, [SeriesPoint(int(year), v.value, v.flag)]) for v in values
            ]
            self._fill_table(
                [
                    (
                        v.name,
                        self.tr("no data") if v.value is None else self.format_number(v.value),
                        v.flag,
                    )
                    for v in values
                ],
                (self.tr("Country"), str(year), self.tr("Flag")),
            )
            return europe_map_figure(values, self._texts(title=f"{name}, {year}"))
        country = self.country_box.currentData()
        observations = store.series(ind, country)
        points = [SeriesPoint(o.year, o.value, o.flag) for o in observations]
        if self.per_capita_on():
            scaled = []
            for p in points:
                pop = population(store, country, p.year)
                value = None if p.value is None or not pop else round(p.value * 100_000 / pop, 1)
                scaled.append(SeriesPoint(p.year, value, p.flag))
            points = scaled
        series = Series(country=country, name=self.country_box.currentText(), points=points)
        self._series = [series]
        unit = "per-100k" if self.per_capita_on() else store.indicator(ind).unit
        self._fill_table(
            table_rows(series, self.tr("no data"), self.format_number),
            (self.tr("Year"), unit_name(unit), self.tr("Flag")),
        )
        return trend_figure(
            [series], self._texts(title=f"{name}: {self.country_box.currentText()}")
        )

    def format_number(self, value: float) -> str:
        return format_number(value)

    def _fill_table(self, rows, headers) -> None:
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        store = self.services.statistics()
        ind = store.indicator(self.indicator_id())
        self.source_label.setText(
            self.tr(
                "{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional."
            ).format(
                definition=ind.definition.strip(), publisher=ind.publisher, dataset=ind.dataset
            )
        )

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.map_button.setChecked(mode == "map")
        self.trend_button.setChecked(mode == "trend")
        self.country_box.setEnabled(mode == "trend")
        self.year_box.setEnabled(mode == "map")
        self.year_slider.setEnabled(mode == "map")
        self.refresh()

    def refresh(self) -> None:
        if self.view is None or self.services.statistics() is None or self.country_box.count() == 0:
            return
        self._figure = self._build_figure()
        self.view.post("chart.figure", self._figure, expect="chart.updated")

    def show_country(self, iso2: str) -> None:
        i = self.country_box.findData(iso2)
        if i >= 0:
            self.country_box.setCurrentIndex(i)
        self.set_mode("trend")

    def open_target(self, target: str) -> None:
        if not self._loaded:
            self.activated()
        self.show_country(target.upper())

    # -- messages from the page -----------------------------------------------------------
    def _on_message(self, kind: str, payload: dict) -> None:
        if kind == "chart.click" and payload.get("location"):
            try:
                country = self.services.countries.by_iso3(payload["location"])
            except KeyError:
                return
            self.countryChosen.emit(country.iso2)
        elif kind == "chart.image":
            self._save_image(payload.get("url", ""))

    def export_png(self) -> None:
        if self.view is not None:
            self.view.post("chart.image", {})

    def export_csv(self) -> None:
        if not getattr(self, "_series", None):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save data"), f"{self.indicator_id()}.csv", self.tr("CSV file (*.csv)")
        )
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        store = self.services.statistics()
        ind = store.indicator(self.indicator_id())
        write_csv(path, self._series, header_lines=csv_header(store, ind, self.per_capita_on()))

    def _save_image(self, data_url: str) -> None:
        prefix = "data:image/png;base64,"
        if not data_url.startswith(prefix):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{self.indicator_id()}.png", self.tr("PNG image (*.png)")
        )
        if path:
            with open(path, "wb") as fh:
                fh.write(base64.b64decode(data_url[len(prefix) :]))

    def selftest_views(self):
        def trend():
            self.set_mode("trend")
            return self.view

        def map_view():
            self.set_mode("map")
            return self.view

        return [("countries-trend", trend), ("countries-map", map_view)]
