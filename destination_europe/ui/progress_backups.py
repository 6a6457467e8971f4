"""Backups in the interface: the list to restore from, and the words for the store's notices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

ROLE_PATH = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("ProgressNotices", text)


def notice_text(notice: str) -> str | None:
    """A sentence for one ``code:detail`` notice of the store; None for routine ones."""
    code, _, detail = notice.partition(":")
    if code == "damaged":
        return tr(
            "The progress database was damaged or could not be read. It was set aside as "
            "{file} (it is not deleted)."
        ).format(file=detail)
    if code == "restored":
        return tr(
            "Your progress was restored from the backup {file}. What was done after that "
            "backup was taken may be missing."
        ).format(file=detail)
    if code == "no-backup":
        return tr("No sound backup was found, so progress starts again from empty.")
    if code == "migrated":
        return tr(
            "The progress database was upgraded for this version of the app ({step})."
        ).format(step=detail)
    if code == "backup-failed":
        return tr("The automatic backup could not be written: {error}").format(error=detail)
    return None


def important_notices(notices: list[str]) -> list[str]:
    return [text for text in (notice_text(n) for n in notices) if text]


def reason_text(reason: str) -> str:
    return {
        "start": tr("when the app started"),
        "auto": tr("automatic, during use"),
        "manual": tr("made by hand"),
        "pre-migration": tr("before an upgrade"),
        "before-restore": tr("before a restore"),
    }.get(reason, reason)


class RestoreDialog(QDialog):
    """Choose a backup (newest first) or another file to restore the progress from."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore progress from a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The progress as it is now is backed up "
                "first, so a restore can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in store.list_backups():
            when = QDateTime.fromSecsSinceEpoch(int(info.created.timestamp())).toString(
                "yyyy-MM-dd HH:mm:ss"
            )
            reason = reason_text(info.reason)
            item = QListWidgetItem(f"{when} — {reason} — {info.size // 1024} KB")
            item.setData(ROLE_PATH, str(info.path))
            item.setToolTip(info.path.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No backups yet."))
        layout.addWidget(self.list, 1)
        other = QPushButton(self.tr("Choose &another file…"))
        other.setAccessibleName(self.tr("Choose another backup file"))
        other.clicked.connect(self._other)
        layout.addWidget(other)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 400)

    def _other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.store.backup_dir),
            self.tr("Progress databases (*.sqlite3);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()

    def _accept(self) -> None:
        item = self.list.currentItem()
        path = item.data(ROLE_PATH) if item is not None else None
        if path:
            self.chosen = Path(path)
            self.accept()
