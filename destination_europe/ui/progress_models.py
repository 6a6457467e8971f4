"""Table models of the progress screens: attempts, the class grid, learner and question reports.

All are :class:`TableModel`: rows of :class:`Cell` (text shown, value to sort on, optional
tooltip, background colour and alignment). Views sort through a QSortFilterProxyModel on
``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None
    tooltip: str = ""
    background: str = ""
    numeric: bool = False

    @classmethod
    def number(cls, value: float | int | None, text: str | None = None, **kw: Any) -> Cell:
        shown = text if text is not None else ("" if value is None else str(value))
        return cls(shown, -1 if value is None else value, numeric=True, **kw)


class TableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str] = (), parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.header_tips: list[str] = []
        self.rows: list[list[Cell]] = []
        self.row_keys: list[Any] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[Cell]],
        keys: Sequence[Any] = (),
        headers=None,
        header_tips: Sequence[str] = (),
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        self.header_tips = list(header_tips)
        self.rows = [list(r) for r in rows]
        self.row_keys = list(keys) if keys else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, column: int) -> Cell:
        return self.rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == SORT_ROLE:
            return cell.text.casefold() if cell.sort is None else cell.sort
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and cell.background:
            return QBrush(QColor(cell.background))
        if role == Qt.ItemDataRole.ForegroundRole and cell.background:
            return QBrush(QColor("#1d2433"))
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.headers[section] if section < len(self.headers) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips[section] if section < len(self.header_tips) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


def score_colour(percent: float | None) -> str:
    """A pale background by score: red (low) to green (high); none without answers."""
    if percent is None:
        return ""
    if percent >= 80:
        return "#cfeedd"
    if percent >= 50:
        return "#fbeac0"
    return "#f6d0d3"


def sortable_table(model: TableModel, name: str, parent) -> QTableView:
    """A read-only table over ``model``, sortable by clicking a header; rows start in the
    model's own order (the report's order) until a header is clicked."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table
