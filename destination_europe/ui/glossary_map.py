"""The relation map: a term in the centre, broader terms above, narrower below, related
terms on both sides (a QGraphicsView over :func:`core.glossary_graph.neighbourhood`).

Click a term, or move to it with Tab and press Enter or Space, to make it the centre.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

if TYPE_CHECKING:  # annotations only: the map is built from a graph handed to it
    from destination_europe.core.glossary_graph import Graph, Node

X_UNIT = 190.0
Y_UNIT = 150.0
NODE_WIDTH = 170.0


class TermNode(QGraphicsObject):
    """One term: a rounded box with the term, focusable, activates on click/Enter/Space."""

    activated = Signal(str)

    def __init__(self, node: Node, colours: dict[str, str], font: QFont) -> None:
        super().__init__()
        self.node = node
        self.colours = colours
        self.font = QFont(font)
        if node.role == "centre":
            self.font.setBold(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(node.term)
        self._hover = False
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(self.font)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        text_rect = metrics.boundingRect(QRectF(0, 0, NODE_WIDTH - 20, 400), flags, node.term)
        height = max(40.0, text_rect.height() + 18)
        self._rect = QRectF(-NODE_WIDTH / 2, -height / 2, NODE_WIDTH, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        c = self.colours
        centre = self.node.role == "centre"
        fill = QColor(c["accent"] if centre else c["surface"])
        text = QColor(c["accent_fg"] if centre else c["fg"])
        border = QColor(c["accent"] if (self._hover or self.hasFocus()) else c["border"])
        pen = QPen(border, 3 if self.hasFocus() else (2 if self._hover else 1.2))
        if self.node.role == "outer":
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 10, 10)
        painter.setPen(text)
        painter.setFont(self.font)
        painter.drawText(
            self._rect.adjusted(10, 6, -10, -6),
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            self.node.term,
        )

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._rect.contains(event.pos()):
            self.activated.emit(self.node.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.node.id)
            event.accept()
            return
        super().keyPressEvent(event)


class RelationMap(QGraphicsView):
    """Shows a :class:`Graph`; ``termActivated(id)`` when the learner picks a term."""

    termActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(260)
        self.nodes: dict[str, TermNode] = {}
        self.graph: Graph | None = None
        self.colours: dict[str, str] = {}

    def set_graph(self, graph: Graph, colours: dict[str, str], legend: list[str]) -> None:
        self.graph = graph
        self.colours = colours
        scene = self.scene()
        scene.clear()
        self.nodes = {}
        self.setBackgroundBrush(QBrush(QColor(colours["bg"])))
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        for node in graph.nodes:
            item = TermNode(node, colours, font)
            item.setPos(node.x * X_UNIT, node.y * Y_UNIT)
            item.setZValue(2)
            item.activated.connect(self._on_node)
            scene.addItem(item)
            self.nodes[node.id] = item
        for edge in graph.edges:
            a, b = self.nodes.get(edge.source), self.nodes.get(edge.target)
            if a is None or b is None:
                continue
            self._edge(a, b, edge.kind)
        muted = QColor(colours["muted"])
        rect = scene.itemsBoundingRect()
        y = rect.bottom() + 16
        for line in legend:
            text = scene.addSimpleText(line, font)
            text.setBrush(muted)
            text.setPos(rect.center().x() - text.boundingRect().width() / 2, y)
            y += text.boundingRect().height() + 2
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()
        centre = self.nodes.get(graph.centre)
        self.setAccessibleDescription(", ".join(n.term for n in graph.nodes) if graph.nodes else "")
        if centre is not None and self.hasFocus():
            centre.setFocus()

    def _on_node(self, term_id: str) -> None:
        # Later, not now: the new graph replaces the node whose event handler is running.
        QTimer.singleShot(0, lambda: self.termActivated.emit(term_id))

    def _edge(self, a: TermNode, b: TermNode, kind: str) -> None:
        """A line from box ``a`` to box ``b``; broader→narrower edges get an arrow head."""
        pa, pb = a.pos(), b.pos()
        start = _border_point(a, pb)
        end = _border_point(b, pa)
        pen = QPen(QColor(self.colours["muted"]), 1.6)
        if kind == "related":
            pen.setStyle(Qt.PenStyle.DashLine)
        path = QPainterPath(start)
        path.lineTo(end)
        line = self.scene().addPath(path, pen)
        line.setZValue(1)
        if kind == "broader":
            direction = end - start
            length = max(1.0, (direction.x() ** 2 + direction.y() ** 2) ** 0.5)
            ux, uy = direction.x() / length, direction.y() / length
            size = 10.0
            left = QPointF(
                end.x() - ux * size - uy * size * 0.5, end.y() - uy * size + ux * size * 0.5
            )
            right = QPointF(
                end.x() - ux * size + uy * size * 0.5, end.y() - uy * size - ux * size * 0.5
            )
            head = self.scene().addPolygon(
                QPolygonF([end, left, right]), QPen(pen.color()), QBrush(pen.color())
            )
            head.setZValue(1)

    def _fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height(), 1.25)
        if scale > 0:
            self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.graph is not None and self.scene().focusItem() is None:
            centre = self.nodes.get(self.graph.centre)
            if centre is not None:
                centre.setFocus()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab moves between the terms of the map (then on to the next control)."""
        order = [n.id for n in (self.graph.nodes if self.graph else [])]
        current = self.scene().focusItem()
        if isinstance(current, TermNode) and current.node.id in order:
            index = order.index(current.node.id) + (1 if forward else -1)
            if 0 <= index < len(order):
                self.nodes[order[index]].setFocus()
                self.ensureVisible(self.nodes[order[index]])
                return True
        return super().focusNextPrevChild(forward)


def _border_point(item: TermNode, towards: QPointF) -> QPointF:
    """Where the line from the centre of ``item`` to ``towards`` leaves its box."""
    centre = item.pos()
    rect = item._rect
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    sx = (rect.width() / 2) / abs(dx) if dx else float("inf")
    sy = (rect.height() / 2) / abs(dy) if dy else float("inf")
    s = min(sx, sy, 1.0)
    return QPointF(centre.x() + dx * s, centre.y() + dy * s)
