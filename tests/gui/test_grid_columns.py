"""The user's own columns (their named notes) and bulk edits, driven as a spreadsheet user would.

No Qt translator is installed: interface texts are the English source strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_NAME
from gui.dialogs.bulk import BulkEditDialog
from gui.mainwindow.window import MainWindow
from model.register import crud
from model.storage.store import Store

NAMES = ("Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement")
SAID: list[str] = []


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def _open(qtbot: QtBot, path: Path, tmp_path: Path) -> MainWindow:
    w = MainWindow(store=Store.open(path), settings=_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.db"
    store = Store.open(path)
    with store.write() as session:
        crud.set_language(session, lang="fr")
        for i, name in enumerate(NAMES):
            activity = crud.create_activity(
                session, name=name, purpose=f"Finalité {i}", categories=["Identité"],
                subjects=["Salariés"] if i % 2 else [], bases=[("contract", "")])
            notes = [{"name": "Logiciel", "text": f"Logiciel {i}"}]
            if i == 2:
                notes.append({"name": "Propriétaire", "text": "DRH"})
            assert activity.id is not None
            crud.set_activity_lists(session, activity_id=activity.id, notes=notes)
    store.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, register: Path, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: SAID.append(text)))
    SAID.clear()
    w = _open(qtbot, register, tmp_path)
    yield w
    w.adapter.store.close()


def notes(window: MainWindow) -> list[list[dict[str, str]]]:
    with window.adapter.read() as session:
        return [d["notes"] for _i, d in crud.activity_dicts(session)]


def everything(window: MainWindow) -> list[dict[str, Any]]:
    """Every activity as stored, but the time it was last changed."""
    with window.adapter.read() as session:
        return [{k: v for k, v in d.items() if k != "updated_at"}
                for _i, d in crud.activity_dicts(session)]


def header_titles(window: MainWindow) -> list[str]:
    page = window.activities
    menu = page.grid.menu_for(-1)
    columns_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    return [a.text() for a in columns_menu.actions() if a.isCheckable()]


def select_rows(window: MainWindow, rows: list[int], col: int = COL_NAME) -> None:
    page = window.activities
    selection = page.view.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(page.proxy.index(r, col), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(page.proxy.index(rows[0], col),
                              QItemSelectionModel.SelectionFlag.NoUpdate)


# -- the notes as columns ------------------------------------------------------------------

def test_each_note_name_is_a_column_shown_and_in_the_header_menu(window: MainWindow) -> None:
    page = window.activities
    logiciel = page.model.column_of("note:Logiciel")
    owner = page.model.column_of("note:Propriétaire")
    assert logiciel >= 0 and owner >= 0
    assert not page.view.isColumnHidden(logiciel)
    assert page.model.headerData(owner, Qt.Orientation.Horizontal) == "Propriétaire"
    assert {"Logiciel", "Propriétaire"} <= set(header_titles(window))
    assert page.proxy.index(2, owner).data() == "DRH"
    assert page.proxy.index(0, owner).data() == ""


def test_a_note_cell_is_edited_in_place_as_one_undo_step(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    col = page.model.column_of("note:Logiciel")
    index = page.proxy.index(1, col)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QPlainTextEdit, "longTextEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Silae")
    page.view.setFocus()  # focus leaving the editor saves it, as for a user
    qtbot.waitUntil(lambda: notes(window)[1] == [{"name": "Logiciel", "text": "Silae"}])
    reference = page.model.row_at(1).reference
    assert window.undo_action.text().endswith(f"Edit “Logiciel” of {reference}")
    window.undo_action.trigger()
    assert notes(window)[1] == [{"name": "Logiciel", "text": "Logiciel 1"}]
    assert page.proxy.index(1, col).data() == "Logiciel 1"


def test_note_columns_filter_copy_and_paste_like_any_column(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    logiciel = page.model.column_of("note:Logiciel")
    owner = page.model.column_of("note:Propriétaire")
    page.grid.filter_column(owner, "drh")
    assert page.proxy.rowCount() == 1
    page.grid.filter_column(owner, "")
    header = page.view.horizontalHeader()  # the two notes side by side, Logiciel first
    header.moveSection(header.visualIndex(owner), header.visualIndex(logiciel) + 1)
    page.view.selectRow(2)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Logiciel 2\tDRH" in QGuiApplication.clipboard().text()

    page.view.setCurrentIndex(page.proxy.index(3, logiciel))
    QGuiApplication.clipboard().setText("Sage\tCompta\nSilae\t\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert notes(window)[3] == [{"name": "Logiciel", "text": "Sage"},
                                {"name": "Propriétaire", "text": "Compta"}]
    assert notes(window)[4] == [{"name": "Logiciel", "text": "Silae"}]
    window.undo_action.trigger()
    assert notes(window)[3] == [{"name": "Logiciel", "text": "Logiciel 3"}]


def test_a_column_of_ones_own_is_added_from_the_header_menu(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.activities
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Lien du contrat", True)))
    menu = page.grid.menu_for(-1)
    columns_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in columns_menu.actions() if a.objectName() == "addColumn").trigger()
    col = page.model.column_of("note:Lien du contrat")
    assert col >= 0 and not page.view.isColumnHidden(col)
    assert page.proxy.setData(page.proxy.index(0, col), "https://contrats/paie")
    assert notes(window)[0][-1] == {"name": "Lien du contrat", "text": "https://contrats/paie"}


def test_a_column_name_too_long_is_refused_in_a_sentence(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.activities
    pasted = "Lien vers le contrat signé avec le prestataire, " * 3  # a sentence, not a title
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (pasted, True)))
    count = page.model.columnCount()
    assert page.grid.ask_column() == -1
    assert len(SAID) == 1 and "80" in SAID[0], SAID
    assert page.model.columnCount() == count
    assert window.adapter.added_note_columns() == []


def test_a_column_added_and_left_empty_is_there_when_the_register_is_opened_again(
        qtbot: QtBot, window: MainWindow, register: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for typed in ("  Lien   du contrat ", "lien du CONTRAT", "   "):
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, t=typed, **k: (t, True)))
        window.activities.grid.ask_column()
    window.close()
    window.adapter.store.close()

    again = _open(qtbot, register, tmp_path)
    try:
        page = again.activities
        added = [c.note for c in page.model.columns
                 if c.note and c.note not in ("Logiciel", "Propriétaire")]
        assert added == ["Lien du contrat"]
        col = page.model.column_of("note:Lien du contrat")
        assert not page.view.isColumnHidden(col)
        assert page.proxy.setData(page.proxy.index(1, col), "https://contrats/clients")
        assert notes(again)[1][-1] == {"name": "Lien du contrat",
                                       "text": "https://contrats/clients"}
    finally:
        again.close()
        again.adapter.store.close()


def test_a_note_added_elsewhere_brings_its_column(window: MainWindow) -> None:
    page = window.activities
    activity_id = page.model.row_at(0).id
    window.adapter.set_activity_lists(activity_id, notes=[
        {"name": "Logiciel", "text": "Logiciel 0"}, {"name": "Hébergeur", "text": "OVH"}])
    col = page.model.column_of("note:Hébergeur")
    assert col >= 0 and not page.view.isColumnHidden(col)
    assert page.proxy.index(0, col).data() == "OVH"


def test_note_columns_are_remembered_by_name(
        qtbot: QtBot, window: MainWindow, register: Path, tmp_path: Path) -> None:
    page = window.activities
    owner = page.model.column_of("note:Propriétaire")
    logiciel = page.model.column_of("note:Logiciel")
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(logiciel), 1)
    page.view.setColumnHidden(owner, True)
    page.view.setColumnWidth(logiciel, 333)
    window.close()
    window.adapter.store.close()

    again = _open(qtbot, register, tmp_path)
    try:
        view = again.activities.view
        logiciel = again.activities.model.column_of("note:Logiciel")
        assert view.horizontalHeader().visualIndex(logiciel) == 1
        assert view.columnWidth(logiciel) == 333
        assert view.isColumnHidden(again.activities.model.column_of("note:Propriétaire"))
    finally:
        again.close()
        again.adapter.store.close()


def test_columns_reordered_by_a_header_drag_are_remembered(
        qtbot: QtBot, window: MainWindow, register: Path, tmp_path: Path) -> None:
    page = window.activities
    header = page.view.horizontalHeader()
    status = page.model.column_of("status")
    # What a drag of the Status header onto the first place does: QHeaderView moves the
    # section and says so with sectionMoved.
    with qtbot.waitSignal(header.sectionMoved):
        header.moveSection(header.visualIndex(status), 0)
    order = [header.logicalIndex(v) for v in range(header.count())]
    window.close()
    window.adapter.store.close()

    again = _open(qtbot, register, tmp_path)
    try:
        header = again.activities.view.horizontalHeader()
        assert header.logicalIndex(0) == again.activities.model.column_of("status")
        assert [header.logicalIndex(v) for v in range(header.count())] == order
    finally:
        again.close()
        again.adapter.store.close()


# -- bulk edits ------------------------------------------------------------------------------

def drive_bulk(monkeypatch: pytest.MonkeyPatch, drive: Callable[[BulkEditDialog], None]
               ) -> list[BulkEditDialog]:
    """Replace the dialog's modal loop with `drive`, then Apply, as the user would click."""
    seen: list[BulkEditDialog] = []

    def fake_exec(dialog: BulkEditDialog) -> int:
        seen.append(dialog)
        dialog.show()
        drive(dialog)
        dialog.apply_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BulkEditDialog, "exec", fake_exec)
    return seen


def choose(dialog: BulkEditDialog, key: str, mode: str = "") -> None:
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData(key))
    if mode:
        dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(mode))


def test_bulk_edit_sets_retention_for_the_selection_as_one_named_step(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = everything(window)

    def drive(dialog: BulkEditDialog) -> None:
        choose(dialog, "retention")
        qtbot.keyClicks(dialog.long_text, "5 ans apres la fin du contrat")
        assert dialog.summary.text().startswith("Set ")

    seen = drive_bulk(monkeypatch, drive)
    select_rows(window, [0, 2, 3])
    assert window.bulk_action.isEnabled()
    window.bulk_action.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    after = everything(window)
    assert [a["retention"] for a in after] == ["5 ans apres la fin du contrat", "",
                                               "5 ans apres la fin du contrat",
                                               "5 ans apres la fin du contrat", ""]
    assert window.undo_action.text().endswith("for 3 activities")
    assert "retention" in window.undo_action.text().lower() or "conservation" in \
        window.undo_action.text()
    window.undo_action.trigger()
    assert everything(window) == before  # every row exactly as it was
    window.redo_action.trigger()
    assert everything(window) == after


def test_bulk_edit_adds_and_removes_list_items(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = everything(window)
    drive_bulk(monkeypatch, lambda d: (choose(d, "data_subjects", "add"),
                                       d.set_checked(["Clients"])))
    select_rows(window, [0, 1, 2])
    window.bulk_action.trigger()
    subjects = [a["data_subjects"] for a in everything(window)]
    assert subjects == [["Clients"], ["Salariés", "Clients"], ["Clients"], ["Salariés"], []]
    assert window.undo_action.text().endswith(
        "Add “Clients” to “Data subjects” of 3 activities") or "3" in window.undo_action.text()

    drive_bulk(monkeypatch, lambda d: (choose(d, "data_subjects", "remove"),
                                       d.set_checked(["Salariés"])))
    select_rows(window, [0, 1, 2, 3, 4])
    window.bulk_action.trigger()
    assert [a["data_subjects"] for a in everything(window)] == [
        ["Clients"], ["Clients"], ["Clients"], [], []]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert everything(window) == before


def test_bulk_edit_adds_a_legal_basis_with_its_justification(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = everything(window)

    def drive(dialog: BulkEditDialog) -> None:
        choose(dialog, "legal_bases", "add")
        dialog.basis.setCurrentIndex(dialog.basis.findData("legitimate_interests"))
        qtbot.keyClicks(dialog.justification, "Prevenir la fraude")

    drive_bulk(monkeypatch, drive)
    select_rows(window, [1, 3])
    window.bulk_action.trigger()
    bases = [[(b["code"], b["justification"]) for b in a["legal_bases"]]
             for a in everything(window)]
    assert bases[1] == bases[3] == [("contract", ""),
                                    ("legitimate_interests", "Prevenir la fraude")]
    assert bases[0] == [("contract", "")]
    window.undo_action.trigger()
    assert everything(window) == before


def test_bulk_edit_of_a_note_column_and_a_refused_value(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    drive_bulk(monkeypatch, lambda d: (choose(d, "note:Propriétaire"),
                                       qtbot.keyClicks(d.long_text, "DSI")))
    select_rows(window, [0, 1])
    window.bulk_action.trigger()
    assert notes(window)[0][-1] == {"name": "Propriétaire", "text": "DSI"}
    assert window.undo_action.text().endswith("Set “Propriétaire” for 2 activities")

    before = everything(window)
    seen = drive_bulk(monkeypatch, lambda d: (choose(d, "dpia_date"),
                                              qtbot.keyClicks(d.text, "demain")))
    window.bulk_action.trigger()
    assert seen[0].result() != QDialog.DialogCode.Accepted
    assert seen[0].problem.isVisibleTo(seen[0]) and "demain" in seen[0].problem.text()
    assert everything(window) == before
    seen = drive_bulk(monkeypatch, lambda d: (choose(d, "dpia_date"),
                                              qtbot.keyClicks(d.text, "2026-10-01 environ")))
    window.bulk_action.trigger()  # not the 1st with the word dropped
    assert seen[0].result() != QDialog.DialogCode.Accepted
    assert "2026-10-01 environ" in seen[0].problem.text()
    assert everything(window) == before


def test_bulk_edit_is_in_the_tables_context_menu_on_several_rows(
        window: MainWindow) -> None:
    page = window.activities
    select_rows(window, [0])
    assert not window.bulk_action.isEnabled()
    select_rows(window, [0, 1])
    menu = page.grid.menu_at()
    assert window.bulk_action in menu.actions() and window.bulk_action.isEnabled()
