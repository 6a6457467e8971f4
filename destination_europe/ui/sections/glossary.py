"""Glossary: search the terms, read an entry, follow its related terms.

A first version over the core glossary: search as you type (term, synonyms, variants and
equivalents in other languages; case and accents ignored), the entry with its sources and
notes, and broader / narrower / related terms as links.
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui.sections.base import Section, heading


def fold(text: str) -> str:
    """Lower case without accents, for matching what a learner types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class GlossarySection(Section):
    section_id = "glossary"
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._glossary = None
        self._keys: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(heading(self.tr("Glossary")))
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a term, in any language"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setClearButtonEnabled(True)
        caption.setBuddy(self.search)
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        row.addWidget(self.count_label)
        outer.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Terms"))
        self.entry = QTextBrowser()
        self.entry.setAccessibleName(self.tr("Glossary entry"))
        self.entry.setOpenLinks(False)
        self.entry.anchorClicked.connect(self._on_anchor)
        splitter.addWidget(self.list)
        splitter.addWidget(self.entry)
        splitter.setSizes([320, 900])
        outer.addWidget(splitter, 1)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._on_current)
        self.search.returnPressed.connect(self.list.setFocus)

    def title(self) -> str:
        return self.tr("Glossary")

    def activated(self) -> None:
        if self._glossary is not None:
            return
        from destination_europe.core.glossary import load_glossary

        self._glossary, issues = load_glossary(self.services.resources / "glossary")
        errors = [i for i in issues if getattr(i, "severity", "error") == "error"]
        for entry in sorted(self._glossary, key=lambda e: fold(e.term)):
            item = QListWidgetItem(entry.term)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
            words = [entry.term, *entry.synonyms, *entry.variants, *entry.equivalents.values()]
            self._keys[entry.id] = " | ".join(fold(w) for w in words)
        if errors:
            self.entry.setPlainText(
                self.tr("Some glossary entries could not be read:")
                + "\n"
                + "\n".join(str(e) for e in errors[:20])
            )
        self._filter(self.search.text())
        if self.list.currentRow() < 0 and self.list.count() and not errors:
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            hit = not needle or needle in self._keys.get(item.data(Qt.ItemDataRole.UserRole), "")
            item.setHidden(not hit)
            shown += hit
        self.count_label.setText(self.tr("%n term(s)", "", shown))

    def _on_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_entry(item.data(Qt.ItemDataRole.UserRole))

    def show_entry(self, term_id: str) -> bool:
        entry = self._glossary.get(term_id) if self._glossary is not None else None
        if entry is None:
            return False
        e = html.escape
        parts = [f"<h2>{e(entry.term)}</h2><p style='font-size:13pt'>{e(entry.definition)}</p>"]
        if entry.synonyms:
            parts.append(
                f"<p><b>{e(self.tr('Also called'))}:</b> {e(', '.join(entry.synonyms))}</p>"
            )
        if entry.notes:
            parts.append(f"<p><b>{e(self.tr('Note'))}:</b> {e(entry.notes)}</p>")
        for label, ids in (
            (self.tr("Broader terms"), entry.broader),
            (self.tr("Narrower terms"), entry.narrower),
            (self.tr("Related terms"), entry.related),
        ):
            links = [
                f"<a href='glossary:{e(i)}'>{e(self._glossary.get(i).term)}</a>"
                for i in ids
                if self._glossary.get(i) is not None
            ]
            if links:
                parts.append(f"<p><b>{e(label)}:</b> {', '.join(links)}</p>")
        if entry.sources:
            items = "".join(f"<li>{e(s)}</li>" for s in entry.sources)
            parts.append(f"<p><b>{e(self.tr('Sources'))}:</b></p><ul>{items}</ul>")
        if entry.equivalents:
            rows = "".join(
                f"<tr><td>{e(lang)}</td><td>{e(term)}</td></tr>"
                for lang, term in sorted(entry.equivalents.items())
            )
            parts.append(f"<p><b>{e(self.tr('In other languages'))}:</b></p><table>{rows}</table>")
        self.entry.setHtml("".join(parts))
        return True

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "glossary":
            self.open_target(url.path() or url.toString().partition(":")[2])
        elif url.scheme() in ("lesson", "country"):
            self.linkActivated.emit(url.scheme(), url.path())

    def open_target(self, term_id: str) -> None:
        self.activated()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == term_id:
                if item.isHidden():
                    self.search.clear()
                self.list.setCurrentItem(item)
                return
        self.show_entry(term_id)
