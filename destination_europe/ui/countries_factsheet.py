"""The Countries section's factsheet tab: one country's profile, key figures and charts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.charts import ChartTexts
from destination_europe.core.factsheet_data import factsheet_charts, key_figures
from destination_europe.ui.formatting import format_number
from destination_europe.ui.indicator_names import indicator_name, unit_name
from destination_europe.ui.web.engine import page_html


class FactsheetTab(QWidget):
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view = None
        self._factsheets = None
        self.country = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Country:"))
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country of the factsheet"))
        caption.setBuddy(self.country_box)
        row.addWidget(caption)
        row.addWidget(self.country_box)
        row.addStretch(1)
        outer.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Country profile and key figures"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_anchor)
        self.text.setMinimumWidth(320)
        self.charts_holder = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.charts_holder)
        self.charts_holder.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(holder)
        self.splitter.setSizes([420, 900])
        outer.addWidget(self.splitter, 1)
        self.country_box.currentIndexChanged.connect(
            lambda _i: self.show_country(self.country_box.currentData())
        )

    def activated(self) -> None:
        if self.country_box.count():
            return
        self.country_box.blockSignals(True)
        for country in self.services.countries.emn:
            self.country_box.addItem(self.services.country_label(country.iso2), country.iso2)
        self.country_box.blockSignals(False)
        self.show_country(self.country or "DE")

    # -- content --------------------------------------------------------------------------
    def factsheets(self) -> dict:
        if self._factsheets is None:
            try:
                from destination_europe.core.factsheet_i18n import translate_factsheets
                from destination_europe.core.factsheets import load_factsheets

                sheets, _issues = load_factsheets(self.services.resources)
                # the profile in the interface language where a checked translation exists
                self._factsheets, _issues = translate_factsheets(
                    sheets, self.services.resources, getattr(self.services, "lang", None)
                )
            except (ImportError, OSError):
                self._factsheets = {}
        return self._factsheets

    def show_country(self, iso2: str) -> None:
        if not iso2:
            return
        if not self.country_box.count():
            self.country = iso2
            self.activated()
            return
        self.country = iso2
        i = self.country_box.findData(iso2)
        if i >= 0 and i != self.country_box.currentIndex():
            self.country_box.blockSignals(True)
            self.country_box.setCurrentIndex(i)
            self.country_box.blockSignals(False)
        self.text.setHtml(self._profile_html(iso2))
        charts = self.chart_list(iso2)
        if self.view is None:
            from destination_europe.ui.web.view import WebView

            self.view = WebView(self.services.web_engine)
            self.view.setAccessibleName(self.tr("Factsheet charts"))
            self.view.linkActivated.connect(self.linkActivated)
            self.charts_holder.addWidget(self.view)
            self.view.show_page(
                "factsheet",
                page_html(
                    '<div id="charts"></div>',
                    title=self.tr("Factsheet"),
                    scripts=("plotly/plotly.min.js", "web/charts.js"),
                    theme=self.services.theme,
                    data={
                        "charts": charts,
                        "labels": {"no_data": self.tr("No data for this country.")},
                    },
                ),
            )
        else:
            self.view.post("charts.update", charts, expect="charts.updated")

    def chart_list(self, iso2: str) -> list[dict]:
        store = self.services.statistics()
        if store is None:
            return []

        def texts(ids: tuple[str, ...]) -> ChartTexts:
            first = store.indicator(ids[0])
            return ChartTexts(
                title="",
                y_axis=unit_name(first.unit),
                source=self.tr("Source: {publisher}, {dataset}").format(
                    publisher=first.publisher, dataset=first.dataset
                ),
                no_data=self.tr("no data"),
                provisional=self.tr("(provisional)"),
            )

        titles = {
            "applications": self.tr("Asylum applications"),
            "decisions": self.tr("Decisions on asylum applications"),
            "permits": self.tr("First residence permits by reason"),
            "returns": self.tr("Orders to leave and returns"),
            "ukraine": self.tr("People who fled the war in Ukraine"),
            "population": self.tr("Population from abroad"),
        }
        out = []
        for chart in factsheet_charts(
            store,
            iso2,
            country_name=self.services.country_label(iso2),
            eu_name=self.tr("European Union (27)"),
            indicator_name=indicator_name,
            texts=texts,
        ):
            title = titles.get(chart.id, chart.id)
            if len(chart.indicators) == 1:
                title = f"{title}: {indicator_name(chart.indicators[0])}"
            out.append({"id": chart.id, "title": title, "figure": chart.figure})
        return out

    def _profile_html(self, iso2: str) -> str:
        e = html.escape
        country = self.services.countries.by_iso2(iso2)
        status = (
            self.tr("EU Member State")
            if country.status == "eu-member"
            else self.tr("EMN observer country")
        )
        parts = [f"<h2>{e(self.services.country_label(iso2))}</h2><p><i>{e(status)}</i></p>"]
        sheet = self.factsheets().get(iso2)
        if sheet is not None:
            for para in _paragraphs(getattr(sheet, "profile", "")):
                parts.append(f"<p>{e(para)}</p>")
            authorities = getattr(sheet, "authorities", []) or []
            if authorities:
                roles = {
                    "asylum-first-instance": self.tr("decides on asylum applications"),
                    "migration-policy": self.tr("migration policy"),
                    "reception": self.tr("reception of applicants"),
                    "integration": self.tr("integration"),
                    "emn-ncp": self.tr("EMN National Contact Point"),
                }
                by_name: dict[str, list[str]] = {}
                for a in authorities:
                    role = _field(a, "role")
                    by_name.setdefault(_field(a, "name"), []).append(roles.get(role, role))
                parts.append(f"<h3>{e(self.tr('Responsible authorities'))}</h3><ul>")
                for name, labels in by_name.items():
                    parts.append(f"<li>{e(name)} <small>({e(', '.join(labels))})</small></li>")
                parts.append("</ul>")
        else:
            parts.append(f"<p>{e(self.tr('No text profile for this country yet.'))}</p>")
        store = self.services.statistics()
        if store is not None:
            parts.append(f"<h3>{e(self.tr('Key figures'))}</h3><table cellpadding='3'>")
            for fig in key_figures(store, iso2):
                obs = fig.observation
                unit = "%" if obs.unit == "percent" else ""
                flag = f" ({e(obs.flag)})" if obs.flag else ""
                parts.append(
                    f"<tr><td>{e(indicator_name(fig.indicator))}</td>"
                    f"<td align='right'><b>{e(format_number(obs.value))}{unit}</b></td>"
                    f"<td><small>{obs.year}{flag}, {e(obs.publisher)} {e(obs.dataset)}</small></td></tr>"
                )
            parts.append("</table>")
        if sheet is not None:
            sources = getattr(sheet, "sources", []) or []
            if sources:
                parts.append(f"<h3>{e(self.tr('Sources'))}</h3><ul>")
                for src in sources:
                    label = _field(src, "label")
                    where = _field(src, "url") or _field(src, "reference")
                    parts.append(f"<li>{e(label)} <small>{e(where)}</small></li>")
                parts.append("</ul>")
            lessons = getattr(sheet, "lessons", []) or []
            if lessons:
                titles = self._lesson_titles()
                links = ", ".join(
                    f"<a href='lesson:{e(x)}'>{e(titles.get(x, x))}</a>" for x in lessons
                )
                parts.append(f"<p><b>{e(self.tr('Lessons'))}:</b> {links}</p>")
        return "".join(parts)

    def _lesson_titles(self) -> dict[str, str]:
        """Lesson titles in the interface language (the lesson id where none is found)."""
        try:
            from destination_europe.ui.progress_catalog import content_index

            return content_index(self.services.content_root, self.services.lang).lesson_titles
        except (OSError, ValueError, AttributeError):
            return {}

    def _on_anchor(self, url: QUrl) -> None:
        self.linkActivated.emit(url.scheme(), url.path())


def _field(obj, name: str) -> str:
    if isinstance(obj, dict):
        return str(obj.get(name, "") or "")
    return str(getattr(obj, name, "") or "")


def _paragraphs(profile) -> list[str]:
    if isinstance(profile, (list, tuple)):
        return [str(p) for p in profile]
    return [p.strip() for p in str(profile).split("\n\n") if p.strip()]
