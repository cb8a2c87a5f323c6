"""The import preview's columns: each source column with where it goes, changed by the user
before anything is written, and remembered for the next file with the same header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.dialogs.importing import ImportDialog, run_import
from model.core import catalogue
from model.exchange import columns
from model.register import crud
from model.storage.store import Store

TABLE = (
    "Finalité\tCatégories de données\tSystème\tService\n"
    "Paie des salariés\tIdentité\tLogiciel RH\tRessources humaines\n"
    "Recrutement\tIdentité\tPortail candidats\tRessources humaines\n"
)


@pytest.fixture
def adapter(store: Store) -> StoreAdapter:
    return StoreAdapter(store=store)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "registre.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def choose(qtbot: QtBot, combo: QComboBox, key: str) -> None:
    """Pick the entry `key` the way a keyboard user does: arrow keys on the focused combo."""
    combo.setFocus()
    target = combo.findData(key)
    assert target >= 0, key
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentIndex() == target


def drive_and_import(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, drive: Any) -> list[Any]:
    seen: list[ImportDialog] = []

    def fake_exec(dialog: ImportDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        drive(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    return seen


def test_every_column_is_listed_with_where_it_goes(qtbot: QtBot, adapter: StoreAdapter,
                                                   table: Path, settings: QSettings,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def drive(dialog: ImportDialog) -> None:
        view = dialog.columns_view
        assert view.rowCount() == 4
        assert [view.item(r, 0).text() for r in range(4)] == [
            "A  Finalité", "B  Catégories de données", "C  Système", "D  Service"]
        assert dialog.column_combos[0].currentText() == catalogue.by_key("purpose").label("fr")
        assert dialog.column_combos[2].currentText() == "Note “Système”"
        assert dialog.column_combos[3].currentData() == "business_function"
        assert not dialog.left_out.isVisible()
    drive_and_import(qtbot, monkeypatch, drive)
    assert run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=table,
                      settings=settings) is not None


def test_a_column_sent_elsewhere_and_one_left_out(qtbot: QtBot, adapter: StoreAdapter,
                                                  store: Store, table: Path,
                                                  settings: QSettings,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def drive(dialog: ImportDialog) -> None:
        dialog.show()
        choose(qtbot, dialog.column_combos[2], "data_source")
        choose(qtbot, dialog.column_combos[3], columns.SKIP)
        assert dialog.left_out.isVisible()
        assert "D “Service”" in dialog.left_out.text()
        assert dialog.parsed.rows[0].values["data_source"] == "Logiciel RH"
        assert "business_function" not in dialog.parsed.rows[0].values
    drive_and_import(qtbot, monkeypatch, drive)
    assert run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=table,
                      settings=settings) is not None
    with store.read() as session:
        activities = crud.activities(session)
        assert [a.data_source for a in activities] == ["Logiciel RH", "Portail candidats"]
        assert [a.business_function for a in activities] == ["", ""]


def test_what_is_imported_is_the_table_previewed_even_if_the_file_changes_meanwhile(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, table: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is read once, when the preview opens: another program saving over it while
    the user chooses columns does not slip other rows into the import."""
    def drive(dialog: ImportDialog) -> None:
        table.write_text("Finalité\tSystème\nAutre chose\tAutre logiciel\n", encoding="utf-8")
        choose(qtbot, dialog.column_combos[2], "data_source")  # parsed again
        assert [row.purpose for row in dialog.parsed.rows] == [
            "Paie des salariés", "Recrutement"]
    drive_and_import(qtbot, monkeypatch, drive)
    assert run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=table,
                      settings=settings) is not None
    with store.read() as session:
        assert [(a.purpose, a.data_source) for a in crud.activities(session)] == [
            ("Paie des salariés", "Logiciel RH"), ("Recrutement", "Portail candidats")]


def test_nothing_is_written_while_choosing_and_cancel_writes_nothing(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, table: Path,
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(dialog: ImportDialog) -> int:
        qtbot.addWidget(dialog)
        choose(qtbot, dialog.column_combos[2], columns.SKIP)
        with store.read() as session:
            assert crud.activities(session) == []
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    assert run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=table,
                      settings=settings) is None
    with store.read() as session:
        assert crud.activities(session) == []


def test_the_choice_is_remembered_for_a_file_with_the_same_header(
        qtbot: QtBot, adapter: StoreAdapter, table: Path, tmp_path: Path,
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    drive_and_import(qtbot, monkeypatch,
                     lambda d: choose(qtbot, d.column_combos[2], "data_source"))
    run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=table, settings=settings)

    other = tmp_path / "autre.tsv"  # same titles, other rows
    other.write_text(TABLE.split("\n")[0] + "\nFacturation\tIdentité\tERP\tCompta\n",
                     encoding="utf-8")
    seen = drive_and_import(qtbot, monkeypatch, lambda d: None)
    run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=other, settings=settings)
    dialog = seen[0]
    assert dialog.column_combos[2].currentData() == "data_source"
    assert dialog.parsed.rows[0].values["data_source"] == "ERP"

    different = tmp_path / "different.tsv"  # another header: the header's own plan
    different.write_text("Finalité\tCatégories de données\tSystème\nArchivage\tIdentité\tGED\n",
                         encoding="utf-8")
    seen = drive_and_import(qtbot, monkeypatch, lambda d: None)
    run_import(None, adapter=adapter, undo_stack=QUndoStack(), path=different,
               settings=settings)
    assert seen[0].column_combos[2].currentData() == columns.NOTE


def _import(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, adapter: StoreAdapter, path: Path,
            stack: QUndoStack, choice: str | None = None) -> ImportDialog:
    def drive(dialog: ImportDialog) -> None:
        if choice is not None:
            assert dialog.duplicates_box.isVisibleTo(dialog)
            choose(qtbot, dialog.duplicates_choice, choice)
    seen = drive_and_import(qtbot, monkeypatch, drive)
    assert run_import(None, adapter=adapter, undo_stack=stack, path=path) is not None
    return seen[0]


def _activities(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as session:
        return [(a.reference, a.purpose, a.business_function) for a in crud.activities(session)]


@pytest.mark.parametrize("choice", ["skip", "update", "add"])
def test_rows_already_in_the_register_are_pointed_out_with_the_choice(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, table: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    stack = QUndoStack()
    first = _import(qtbot, monkeypatch, adapter, table, stack)
    assert not first.duplicates_box.isVisibleTo(first)  # nothing to point out yet
    before = _activities(store)
    again = tmp_path / "again.tsv"
    again.write_text(TABLE.split("\n")[0] + "\nPaie des salariés\tIdentité\tSilae\tPaie\n"
                     "Formation\tIdentité\tLMS\tRH\n", encoding="utf-8")
    dialog = _import(qtbot, monkeypatch, adapter, again, stack, choice)
    assert "T-001" in dialog.findChild(QLabel, "duplicates").text()
    after = _activities(store)
    if choice == "skip":
        assert after == [*before, ("T-003", "Formation", "RH")]
    elif choice == "update":
        assert after == [("T-001", "Paie des salariés", "Paie"), before[1],
                         ("T-003", "Formation", "RH")]
    else:
        assert after == [*before, ("T-003", "Paie des salariés", "Paie"),
                         ("T-004", "Formation", "RH")]
    stack.undo()  # the second import, updates included, goes as a whole
    assert _activities(store) == before
    stack.redo()
    assert _activities(store) == after


def test_importing_the_same_table_twice_points_out_every_row_and_adds_none(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, table: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stack = QUndoStack()
    _import(qtbot, monkeypatch, adapter, table, stack)
    before = _activities(store)
    dialog = _import(qtbot, monkeypatch, adapter, table, stack)  # Import, nothing chosen
    assert _activities(store) == before  # the same table again adds no duplicate
    model = dialog.model
    column = model.COLUMNS.index("register")
    assert [model.index(r, column).data() for r in range(model.rowCount())] == [
        "T-001, skipped", "T-002, skipped"]
    assert dialog.summary.text().startswith("0 activity(ies) will be added")
    assert "2 row(s) already in the register will be skipped" in dialog.summary.text()
    choose(qtbot, dialog.duplicates_choice, "add")
    assert model.index(0, column).data() == "T-001, added again"
    assert dialog.summary.text().startswith("2 activity(ies) will be added")


def test_a_row_already_in_the_register_is_told_by_its_sheet_and_line(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, adapter: StoreAdapter, store: Store,
        tmp_path: Path) -> None:
    """A register with a sheet a department: line 2 of "Commercial" repeats an activity,
    line 2 of "RH" does not; skipping the repeat leaves "RH"'s line 2 in."""
    import openpyxl

    from model.exchange import table_import

    titles = ["Finalité", "Catégories de données", "Base légale"]
    first = tmp_path / "first.tsv"
    first.write_text("\t".join(titles) + "\nProspection\tContact\tIntérêt légitime\n",
                     encoding="utf-8")
    _import(qtbot, monkeypatch, adapter, first, QUndoStack())
    workbook = openpyxl.Workbook()
    hr = workbook.active
    assert hr is not None
    hr.title = "RH"
    for cells in (titles, ["Paie", "Identité", "Obligation légale"]):
        hr.append(cells)
    sales = workbook.create_sheet("Commercial")
    for cells in (titles, ["Prospection", "Contact", "Intérêt légitime"]):
        sales.append(cells)
    path = tmp_path / "registre.xlsx"
    workbook.save(path)
    dialog = _import(qtbot, monkeypatch, adapter, path, QUndoStack(), table_import.SKIP)
    assert [dialog.model.duplicate_of(row) is not None for row in range(2)] == [False, True]
    assert [purpose for _, purpose, _ in _activities(store)] == ["Prospection", "Paie"]
