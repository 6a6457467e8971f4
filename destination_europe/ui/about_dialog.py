"""The About dialog (data sources and licences) and the keyboard shortcuts dialog."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from destination_europe import __version__

# Software and map data the app ships, with their licences (names are proper nouns).
SHIPPED_SOFTWARE = (
    ("Qt for Python (PySide6)", "LGPL-3.0", "https://www.qt.io/qt-for-python"),
    ("plotly.py and plotly.js 4.1.1", "MIT", "https://github.com/plotly/plotly.js"),
    (
        "Map geometry: plotly.js 4.1.1 topojson (UN Geospatial and Natural Earth)",
        "MIT",
        "https://github.com/plotly/plotly.js",
    ),
    ("SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    ("Python-Markdown", "BSD-3-Clause", "https://python-markdown.github.io"),
    ("nh3 (HTML sanitiser)", "MIT", "https://github.com/messense/nh3"),
    ("pyahocorasick", "BSD-3-Clause", "https://github.com/WojciechMula/pyahocorasick"),
)


class _TextDialog(QDialog):
    def __init__(self, title: str, body_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: links are shown, never opened
        self.browser.setAccessibleName(title)
        self.browser.setHtml(body_html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class AboutDialog(_TextDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        e = html.escape
        parts = [
            f"<h2>{e(self.tr('Destination Europe'))} {e(__version__)}</h2>",
            "<p>"
            + e(
                self.tr(
                    "An offline learning app on migration and integration in Europe, built for "
                    "the learning toolkit of the European Migration Network (EMN). All texts are "
                    "written for this app; figures come from the public datasets listed below."
                )
            )
            + "</p>",
            f"<h3>{e(self.tr('Data sources'))}</h3><ul>",
        ]
        store = services.statistics()
        if store is not None:
            for src in store.sources():
                parts.append(
                    f"<li><b>{e(src.publisher)}</b>, {e(src.title)} (<code>{e(src.code)}</code>). "
                    f"{e(self.tr('Licence'))}: {e(src.licence)}. <br><small>{e(src.url)}</small></li>"
                )
        else:
            parts.append(
                f"<li>{e(self.tr('The statistics could not be read:'))} "
                f"{e(services.statistics_error or '')}</li>"
            )
        parts.append("</ul>")
        parts.append(f"<h3>{e(self.tr('Software and map data'))}</h3><ul>")
        for name, licence, url in SHIPPED_SOFTWARE:
            parts.append(f"<li>{e(name)}: {e(licence)} <small>{e(url)}</small></li>")
        parts.append(
            "</ul><p><small>"
            + e(
                self.tr(
                    "Boundaries and names on the maps do not imply official endorsement or "
                    "acceptance by the United Nations or the European Union."
                )
            )
            + "</small></p>"
        )
        super().__init__(self.tr("About Destination Europe"), "".join(parts), parent)


class ShortcutsDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        rows = [
            (
                "Ctrl+1 … Ctrl+6",
                self.tr("Go to a section (Home, Learn, Play, Glossary, Countries, My progress)"),
            ),
            ("Ctrl++ / Ctrl+-", self.tr("Make text larger or smaller")),
            ("Ctrl+0", self.tr("Text at normal size")),
            ("Ctrl+Shift+P", self.tr("Projector mode: large text")),
            ("Ctrl+Shift+F", self.tr("Facilitator mode: show facilitator notes")),
            ("F11", self.tr("Full screen")),
            ("Ctrl+S", self.tr("Save the current chart as PNG")),
            ("Tab / Shift+Tab", self.tr("Move between controls")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        body = (
            "<table cellpadding='6'>"
            + "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        super().__init__(self.tr("Keyboard shortcuts"), body, parent)
