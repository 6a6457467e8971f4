"""Qt widget styling for the three themes (the web pages use resources/web/base.css)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

_COLOURS = {
    "light": dict(
        bg="#ffffff",
        fg="#1d2433",
        muted="#5a6475",
        side="#eef2f8",
        accent="#1f4e9c",
        accent_fg="#ffffff",
        border="#c9d1de",
        surface="#f3f6fa",
    ),
    "dark": dict(
        bg="#1b1f27",
        fg="#e6e9ef",
        muted="#a3acbb",
        side="#151920",
        accent="#7aa7ff",
        accent_fg="#0b1020",
        border="#3a4252",
        surface="#252b36",
    ),
    "high-contrast": dict(
        bg="#000000",
        fg="#ffffff",
        muted="#ffffff",
        side="#000000",
        accent="#ffff00",
        accent_fg="#000000",
        border="#ffffff",
        surface="#000000",
    ),
}

# link colours, the same as --de-link in resources/web/base.css
_LINKS = {"light": "#1a56b8", "dark": "#9cc0ff", "high-contrast": "#00ffff"}

_QSS = """
QMainWindow, QStackedWidget, QDialog {{ background: {bg}; color: {fg}; }}
QWidget {{ color: {fg}; }}
QWidget[role="section"] {{ background: {bg}; }}
QLabel#cardTitle {{ font-size: {card}pt; font-weight: 600; background: transparent; }}
QLabel#cardBlurb {{ background: transparent; }}
QLabel#h1 {{ font-size: {h1}pt; font-weight: 600; }}
QLabel#h2 {{ font-size: {h2}pt; font-weight: 600; }}
QLabel#para {{ font-size: {para}pt; }}
QListWidget#sidebar {{
  background: {side}; border: none; border-right: 1px solid {border}; font-size: {sidefont}pt;
  padding-top: 8px; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 12px 16px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: {accent_fg}; }}
QListWidget#sidebar:focus {{ border-right: 3px solid {accent}; }}
QFrame#notice {{ background: {surface}; border: 1px solid {border}; border-radius: 8px; }}
QPushButton {{
  background: {surface}; border: 1px solid {border}; border-radius: 6px; padding: 6px 14px;
  font-size: {btn}pt;
}}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton:checked {{ background: {accent}; color: {accent_fg}; }}
QPushButton#homeCard, QPushButton#continueCard {{ text-align: left; padding: 0; }}
QComboBox, QLineEdit, QSpinBox {{
  background: {bg}; border: 1px solid {border}; border-radius: 4px; padding: 4px 8px; min-height: 22px;
}}
QComboBox:focus, QLineEdit:focus {{ border: 2px solid {accent}; }}
QTableWidget, QTableView, QListWidget, QTextBrowser, QTreeWidget, QTreeView, QPlainTextEdit, QTextEdit {{
  background: {bg}; border: 1px solid {border}; gridline-color: {border};
}}
QListWidget::item {{ padding: 5px 8px; }}
QTreeView::item {{ padding: 3px 2px; }}
QTreeView::item:selected, QListWidget::item:selected {{ background: {accent}; color: {accent_fg}; }}
QTabBar::tab {{ background: {surface}; color: {fg}; border: 1px solid {border}; padding: 4px 10px; }}
QTabBar::tab:selected {{ background: {accent}; color: {accent_fg}; }}
QTabBar::tab:focus {{ border: 2px solid {accent}; }}
QHeaderView::section {{ background: {surface}; border: none; border-bottom: 1px solid {border}; padding: 4px; }}
QStatusBar {{ background: {side}; color: {muted}; }}
QLabel#offlineStatus {{ color: {muted}; padding: 0 8px; }}
QLabel#muted {{ color: {muted}; }}
"""


def theme_colours(name: str) -> dict[str, str]:
    """The colours of a theme (for views that draw their own, e.g. the relation map)."""
    return dict(_COLOURS.get(name, _COLOURS["light"]))


def theme_names() -> tuple[str, ...]:
    return tuple(_COLOURS)


_SIZES = {"h1": 20, "h2": 13, "para": 11.5, "sidefont": 12.5, "btn": 11, "card": 12, "base": 10.5}


def apply_theme(theme: str, zoom: float = 1.0) -> None:
    """Style every widget for ``theme``; ``zoom`` scales the text (Ctrl+plus/minus)."""
    colours = _COLOURS.get(theme, _COLOURS["light"])
    sizes = {k: round(v * zoom, 1) for k, v in _SIZES.items()}
    app = QApplication.instance()
    if app is not None:
        font = app.font()
        font.setPointSizeF(sizes["base"])
        app.setFont(font)
        app.setStyleSheet(_QSS.format(**colours, **sizes))
        from PySide6.QtGui import QColor, QPalette

        palette = app.palette()
        palette.setColor(QPalette.ColorRole.Link, QColor(_LINKS.get(theme, _LINKS["light"])))
        app.setPalette(palette)
