"""Restoring a backup from the editor, the backup an import takes, and read-only registers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_NAME
from gui.dialogs import files
from gui.dialogs.backup import BackupDialog
from gui.dialogs.export import ExportDialog
from gui.dialogs.importing import ImportDialog
from gui.mainwindow import opening
from gui.mainwindow.window import MainWindow
from model.exchange import table_import
from model.signing import publish
from model.storage import backup
from tests.guikit import SEED, first_activity, seeded_store


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(store=seeded_store(tmp_path / "register.db"), settings=settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.adapter.store.close()


def names(window: MainWindow) -> list[str]:
    model = window.activities.model
    return [str(model.index(r, COL_NAME).data()) for r in range(model.rowCount())]


def test_restore_brings_back_the_backup_and_keeps_the_state_it_replaced(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.store
    backup.make_backup(store, "manual")
    activity_id = first_activity(store).id or 0
    page = window.activities
    page.select_id(activity_id)
    page.detail.edits["name"].setFocus()
    qtbot.keyClicks(page.detail.edits["name"], " (changed)")
    page.detail.flush()
    assert any("(changed)" in n for n in names(window))
    assert window.undo_stack.count() == 1

    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(BackupDialog, "confirm", classmethod(
        lambda _cls, _parent, **kw: asked.append(kw["details"] + kw["text"]) or True))
    monkeypatch.setattr(BackupDialog, "inform", classmethod(
        lambda _cls, _parent, _title, text: told.append(text)))

    def drive(dialog: BackupDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 1).data() == "made by hand"
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BackupDialog, "exec", drive)
    window.restore_action.trigger()
    assert "Undo will be emptied" in asked[0]
    assert "(11 activity(ies))?" in asked[0]  # %n, so that French says "0 activité"
    assert not any("(changed)" in n for n in names(window))
    assert window.undo_stack.count() == 0
    found = backup.list_backups(store.path)
    safety = [b for b in found if b.reason == "before-restore"]
    assert len(safety) == 1 and safety[0].path.exists()
    assert safety[0].path.name in told[0]


def test_an_import_from_the_editor_backs_up_first(qtbot: QtBot, window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(backup.list_backups(window.store.path))
    monkeypatch.setattr(ImportDialog, "ask_path", classmethod(lambda *_a: SEED))

    def accept(dialog: ImportDialog) -> int:
        qtbot.addWidget(dialog)
        # The same table again: its rows are all in the register, added anyway on purpose.
        choice = dialog.duplicates_choice
        choice.setCurrentIndex(choice.findData(table_import.ADD))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", accept)
    rows = window.activities.model.rowCount()
    window.import_action.trigger()
    assert window.activities.model.rowCount() == rows * 2
    found = backup.list_backups(window.store.path)
    assert len(found) == before + 1 and found[0].reason == "import"
    assert found[0].activities == rows  # the state before the import
    window.undo_stack.undo()
    assert window.activities.model.rowCount() == rows


def test_a_locked_register_opens_read_only_on_request(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.db"
    holder = seeded_store(other)  # another writer has it
    offered: list[str] = []
    try:
        monkeypatch.setattr(opening.ReadOnlyOffer, "ask", classmethod(
            lambda _cls, _parent, **kw: offered.append(str(kw["error"])) is None))
        assert window.open_register(other)
        assert offered and "other.db" in offered[0]
        assert window.adapter.readonly
        assert window.windowTitle() == "other.db (read-only)"
        for action in (window.new_action, window.duplicate_action, window.delete_action,
                       window.import_action, window.restore_action):
            assert not action.isEnabled()
        assert window.export_pdf_action.isEnabled() and window.history_action.isEnabled()
        page = window.activities
        index = page.proxy.index(0, COL_NAME)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        page.select_id(int(page.model.row_at(0).id))
        assert page.detail.edits["name"].isReadOnly()
        assert not page.detail.categories.isEnabled()
        categories = window.list_pages["datacategory"]
        assert not categories.add_button.isEnabled()
        window.nav.setCurrentRow(1)
        assert not window.new_action.isEnabled()

        # the record can still be exported; the read-only register does not record it
        told: list[str] = []
        monkeypatch.setattr(ExportDialog, "inform", classmethod(
            lambda _cls, _parent, _title, text: told.append(text)))
        target = tmp_path / "readonly.pdf"
        monkeypatch.setattr(ExportDialog, "ask_path", classmethod(lambda *_a: target))
        monkeypatch.setattr(ExportDialog, "confirm", classmethod(lambda *_a: True))

        def drive(dialog: ExportDialog) -> int:
            qtbot.addWidget(dialog)
            assert dialog.readonly_note.isVisibleTo(dialog)
            dialog.sign_box.setChecked(False)
            dialog.export_button.click()
            qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
            return int(dialog.result())

        monkeypatch.setattr(ExportDialog, "exec", drive)
        window.export_pdf_action.trigger()
        assert target.exists()
        assert "read-only" in told[0]
        with holder.read() as session:
            assert publish.exports(session) == []
    finally:
        window.adapter.store.close()
        holder.close()


def test_declining_read_only_keeps_the_current_register(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.db"
    holder = seeded_store(other)
    try:
        monkeypatch.setattr(opening.ReadOnlyOffer, "ask", classmethod(lambda *_a, **_k: False))
        current = window.store
        assert not window.open_register(other)
        assert window.store is current and not window.adapter.readonly
    finally:
        holder.close()


def test_startup_on_an_unopenable_file_lets_the_user_create_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a register", encoding="utf-8")
    told: list[str] = []

    def choose(_cls: Any, *, path: Path, message: str) -> opening.StartupChoice:
        told.append(message)
        return opening.StartupChoice.NEW

    monkeypatch.setattr(opening.StartupProblem, "ask", classmethod(choose))
    monkeypatch.setattr(files, "ask_new_register", (
        lambda *_a: tmp_path / "new.db"))
    store = opening.startup_store(bad, language="fr")
    assert store is not None
    try:
        assert store.path == tmp_path / "new.db"
        assert "notes.db" in told[0]
        assert bad.read_text(encoding="utf-8") == "not a register"
    finally:
        store.close()
