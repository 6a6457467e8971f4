"""The assignment dialog (teacher): which modules or lessons, a due date, the class roster."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from destination_europe.ui.progress_catalog import ContentIndex

ROLE_ID = Qt.ItemDataRole.UserRole


class AssignmentDialog(QDialog):
    """Fills ``title``, ``module_ids``, ``lesson_ids``, ``due`` and ``with_roster``."""

    def __init__(self, index: ContentIndex, learners: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export an assignment packet"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setAccessibleName(self.tr("Title of the assignment"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.has_due = QCheckBox(self.tr("&Due date:"))
        self.has_due.setAccessibleName(self.tr("The assignment has a due date"))
        self.due_edit = QDateEdit(QDate.currentDate().addDays(7))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setEnabled(False)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        form.addRow(self.has_due, self.due_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tick whole modules or single lessons:")))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Modules and lessons of the assignment"))
        for module_id, lesson_ids in index.modules.items():
            top = QTreeWidgetItem([index.module_titles.get(module_id, module_id)])
            top.setData(0, ROLE_ID, ("module", module_id))
            top.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(top)
            for lesson_id in lesson_ids:
                child = QTreeWidgetItem([index.lesson_title(lesson_id)])
                child.setData(0, ROLE_ID, ("lesson", lesson_id))
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            top.setExpanded(True)
        layout.addWidget(self.tree, 1)
        self.roster = QCheckBox(
            self.tr(
                "Include the class list (%n learner(s)) so learner PCs get the same profiles",
                "",
                learners,
            )
        )
        self.roster.setChecked(learners > 0)
        self.roster.setEnabled(learners > 0)
        layout.addWidget(self.roster)
        self.message = QLabel("")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 480)

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()

    @property
    def due(self) -> str | None:
        return self.due_edit.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else None

    @property
    def with_roster(self) -> bool:
        return self.roster.isChecked()

    def picked(self) -> tuple[list[str], list[str]]:
        modules, lessons = [], []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.checkState(0) == Qt.CheckState.Checked:
                modules.append(top.data(0, ROLE_ID)[1])
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    lessons.append(child.data(0, ROLE_ID)[1])
        return modules, lessons

    @property
    def module_ids(self) -> list[str]:
        return self.picked()[0]

    @property
    def lesson_ids(self) -> list[str]:
        return self.picked()[1]

    def try_accept(self) -> None:
        if not self.title:
            self.message.setText(self.tr("Please give the assignment a title."))
            return
        if not any(self.picked()):
            self.message.setText(self.tr("Please tick at least one module or lesson."))
            return
        self.accept()
