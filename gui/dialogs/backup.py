"""File ▸ Restore from backup…: put the register back as one of its backups holds it.

The backups are listed newest first (local time, why it was made, how many
activities, size). Restoring asks first, saying that the undo steps go (they
name states that no longer exist) and that the present state is backed up
before; then `StoreAdapter.restore_backup` replaces the content and every view
reloads, and the user is told which backup holds what was replaced, so a
restore can itself be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.tables import FlatTableModel, ModelIndex
from model.core.errors import RegistreError
from model.core.i18n import local_time
from model.storage import backup

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


def reason_label(reason: str) -> str:
    labels = {
        "daily": translate("BackupDialog", "first opening of the day"),
        "import": translate("BackupDialog", "before an import"),
        "upgrade": translate("BackupDialog", "before a version upgrade"),
        "before-restore": translate("BackupDialog", "before a restore"),
        "manual": translate("BackupDialog", "made by hand"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    if size >= 1 << 20:
        return translate("BackupDialog", "%1 MB").replace("%1", f"{size / (1 << 20):.1f}")
    return translate("BackupDialog", "%1 kB").replace("%1", f"{max(size, 1) / 1024:.0f}")


def when_label(info: backup.BackupInfo) -> str:
    return local_time(info.created, seconds=True)


class BackupModel(FlatTableModel):
    """The backups of one register, newest first."""

    columns = ("when", "reason", "activities", "size")

    def __init__(self, infos: list[backup.BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[backup.BackupInfo] = list(infos)

    def info(self, row: int) -> backup.BackupInfo:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if (not self.is_column_header(section, orientation)
                or role != Qt.ItemDataRole.DisplayRole):
            return None
        return (translate("BackupDialog", "Date"), translate("BackupDialog", "Reason"),
                translate("BackupDialog", "Activities"), translate("BackupDialog", "Size"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return when_label(info)
            if column == 1:
                return reason_label(info.reason)
            if column == 2:
                return "?" if info.activities is None else info.activities
            return size_label(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    """Choose a backup, confirm, restore."""

    def __init__(self, parent: QWidget | None = None, *, adapter: StoreAdapter,
                 undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.adapter = adapter
        self.undo_stack = undo_stack
        self.safety: Path | None = None
        infos = backup.list_backups(adapter.store.path)
        intro = QLabel(self.tr(
            "Registre backs the register up at the first opening of each day, before every "
            "import and before a restore; the last %1 are kept in “%2”.")
            .replace("%1", str(backup.KEEP)).replace("%2", str(backup.backups_dir())))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupModel(infos, self)
        self.view = QTableView()
        self.view.setObjectName("backupsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda *_: self.restore())
        self.empty = QLabel(self.tr("This register has no backup yet."))
        self.empty.setObjectName("noBackup")
        self.empty.setVisible(not infos)
        self.view.setVisible(bool(infos))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        if adapter.readonly:
            note = QLabel(self.tr("This register is open read-only: it cannot be restored "
                                  "here."))
            note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if adapter.readonly:
            layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if infos:
            self.view.selectRow(0)
        self._update()
        self.resize(700, 420)

    def _update(self) -> None:
        self.restore_button.setEnabled(not self.adapter.readonly
                                       and bool(self.view.selectionModel().selectedRows()))

    def selected(self) -> backup.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def restore(self) -> bool:
        """Ask, restore the selected backup, reload everything, say where the old state went."""
        info = self.selected()
        if info is None or self.adapter.readonly:
            return False
        if info.activities is None:
            text = self.tr("Restore the backup of %1?")
        else:  # %n: "0 activité" in French, "1 activity" in English
            text = self.tr("Restore the backup of %1 (%n activity(ies))?", "", info.activities)
        text = text.replace("%1", when_label(info))
        details = self.tr(
            "The register will be as it was then; what changed since is replaced. The "
            "present state is backed up first, so you can go back to it. Edit ▸ Undo "
            "will be emptied: its steps would no longer apply.")
        if not self.confirm(self, title=self.tr("Restore"), text=text, details=details):
            return False
        try:
            self.safety = self.adapter.restore_backup(info)
        except RegistreError as exc:
            undo.show_error(self, str(exc))
            return False
        self.undo_stack.clear()
        self.inform(self, self.tr("Restore"), self.tr(
            "The register was restored from the backup of %1.\n\nWhat it held just before is "
            "kept in the backup “%2”: restore that one to go back.")
            .replace("%1", when_label(info)).replace("%2", self.safety.name))
        self.accept()
        return True

    @classmethod
    def confirm(cls, parent: QWidget | None, *, title: str, text: str, details: str) -> bool:
        return undo.ConfirmDialog.ask(parent, title=title, text=text, details=details,
                                          action=translate("BackupDialog", "Restore"))

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def ask(cls, parent: QWidget | None, *, adapter: StoreAdapter,
            undo_stack: QUndoStack) -> Path | None:
        """Run the dialog; the before-restore backup when a restore happened."""
        dialog = cls(parent, adapter=adapter, undo_stack=undo_stack)
        try:
            dialog.exec()
            return dialog.safety
        finally:
            dialog.deleteLater()
