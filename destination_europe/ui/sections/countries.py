"""Countries: explore an indicator on a map or over time, read a country's factsheet, compare."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from destination_europe.ui.countries_compare import CompareTab
from destination_europe.ui.countries_explore import ExploreTab
from destination_europe.ui.countries_factsheet import FactsheetTab
from destination_europe.ui.sections.base import Section, heading


class CountriesSection(Section):
    section_id = "countries"
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(heading(self.tr("Countries")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Countries views"))
        self.explore = ExploreTab(services)
        self.factsheet = FactsheetTab(services)
        self.compare = CompareTab(services)
        self.tabs.addTab(self.explore, self.tr("&Map and trends"))
        self.tabs.addTab(self.factsheet, self.tr("&Factsheet"))
        self.tabs.addTab(self.compare, self.tr("Co&mpare"))
        outer.addWidget(self.tabs, 1)
        for tab in (self.explore, self.factsheet, self.compare):
            tab.linkActivated.connect(self.linkActivated)
        self.explore.countryChosen.connect(self.open_factsheet)
        self.tabs.currentChanged.connect(lambda _i: self.activated())
        services.statisticsChanged.connect(self._on_new_statistics)
        self._shown = False

    def title(self) -> str:
        return self.tr("Countries")

    # the old single-view API, used by menus and tests
    @property
    def view(self):
        return self.explore.view

    def __getattr__(self, name: str):
        # country_box, set_mode, _figure, table, indicator_id… live on the explore tab
        if name in {"explore", "factsheet", "compare", "tabs"}:
            raise AttributeError(name)
        return getattr(self.explore, name)

    def activated(self) -> None:
        self._shown = True
        self.tabs.currentWidget().activated()

    def _on_new_statistics(self) -> None:
        """Newer figures were imported: every tab redraws in place with them."""
        if self.explore.view is not None:
            self.explore._fill_countries_and_years()
            self.explore.refresh()
        if self.factsheet.view is not None and self.factsheet.country:
            self.factsheet.show_country(self.factsheet.country)
        if self.compare.view is not None:
            self.compare.refresh()

    def open_factsheet(self, iso2: str) -> None:
        self.tabs.setCurrentWidget(self.factsheet)
        self.factsheet.show_country(iso2)

    def open_target(self, target: str) -> None:
        """``country:ISO2`` links open that country's factsheet."""
        self.open_factsheet(target.upper())

    def export_png(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "export_png"):
            tab.export_png()

    def selftest_views(self):
        def trend():
            self.tabs.setCurrentWidget(self.explore)
            self.explore.activated()
            self.explore.set_mode("trend")
            return self.explore.view

        def map_view():
            self.explore.set_mode("map")
            return self.explore.view

        def sheet(code):
            def prepare():
                self.open_factsheet(code)
                return self.factsheet.view

            return prepare

        def compare():
            self.tabs.setCurrentWidget(self.compare)
            self.compare.activated()
            return self.compare.view

        return [
            ("countries-trend", trend),
            ("countries-map", map_view),
            ("countries-factsheet-DE", sheet("DE")),
            ("countries-factsheet-GE", sheet("GE")),
            ("countries-compare", compare),
        ]
