"""The grid as a spreadsheet user drives it: columns, filters, copy, paste, fill, bulk edits."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_CATEGORIES, COL_NAME
from gui.commands import undo
from gui.mainwindow.window import MainWindow
from model.core import catalogue
from model.register import crud
from model.storage.store import Store


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: SAID.append(text)))
    SAID.clear()
    store = Store.open(tmp_path / "register.db")
    with store.write() as session:
        for i, name in enumerate(("Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement")):
            crud.create_activity(session, name=name, purpose=f"Finalité {i}",
                                 categories=["Identité"], retention="")
    w = MainWindow(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                   QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.adapter.store.close()


SAID: list[str] = []
"""What the window said in a message box (tests replace the box, which would wait)."""


def show_column(window: MainWindow, key: str) -> int:
    page = window.activities
    col = page.model.column_of(key)
    if not page.view.isColumnHidden(col):
        return col
    menu = page.grid.menu_for(-1)
    columns_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    action = next(a for a in columns_menu.actions() if a.text() == page.model.headerData(
        col, Qt.Orientation.Horizontal))
    action.trigger()
    assert not page.view.isColumnHidden(col)
    return col


def stored(window: MainWindow, key: str) -> list[object]:
    model = window.activities.model
    return [model.row_at(r).view.value(catalogue.by_key(key)) for r in range(model.rowCount())]


def test_every_catalogue_field_can_be_a_column(window: MainWindow) -> None:
    page = window.activities
    col = page.model.column_of("retention")
    assert page.view.isColumnHidden(col)
    show_column(window, "retention")
    show_column(window, "dpia_required")


def retention_then_status(window: MainWindow) -> tuple[int, int]:
    """The retention and status columns shown, side by side, as a block pasted fills them."""
    retention = show_column(window, "retention")
    status = show_column(window, "status")
    header = window.activities.view.horizontalHeader()
    header.moveSection(header.visualIndex(status), header.visualIndex(retention) + 1)
    return retention, status


def test_paste_a_block_from_a_spreadsheet_is_one_undo_step(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = retention_then_status(window)[0]
    page.view.setCurrentIndex(page.proxy.index(1, retention))
    QGuiApplication.clipboard().setText("5 ans\tbrouillon\n\"3 ans\napres la fin\"\tArchivé\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention")[1:3] == ["5 ans", "3 ans\napres la fin"]
    assert stored(window, "status")[2] == "archived"
    assert window.undo_action.text().endswith("Paste 4 cell(s)")
    window.undo_action.trigger()
    assert stored(window, "retention")[1:3] == ["", ""]


def test_a_paste_that_does_not_fit_is_refused_in_a_sentence(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    said = SAID
    page = window.activities
    retention = show_column(window, "retention")
    page.view.setCurrentIndex(page.proxy.index(3, retention))
    QGuiApplication.clipboard().setText("1 an\n2 ans\n3 ans\n")
    assert not page.grid.paste()
    assert said and "do not fit" in said[0] and "room for 2 row" in said[0], said
    assert "adds no activity" in said[0]
    assert page.proxy.rowCount() == 5
    status = show_column(window, "status")
    page.view.setCurrentIndex(page.proxy.index(0, status))
    QGuiApplication.clipboard().setText("peut-être")
    assert not page.grid.paste()
    assert "peut-être" in said[-1] and "Nothing was pasted" in said[-1]
    assert stored(window, "retention") == [""] * 5


def test_copy_gives_tab_separated_cells_and_html(qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text().split("\t")[:2] == [page.model.row_at(0).reference, "Paie"]
    assert "<td>Paie</td>" in mime.html()


def test_fill_down_and_bulk_edit_are_one_step_each(qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = show_column(window, "retention")
    page.view.setCurrentIndex(page.proxy.index(0, retention))
    QGuiApplication.clipboard().setText("10 ans")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    page.view.setCurrentIndex(page.proxy.index(0, retention))
    page.view.selectAll()
    page.view.selectionModel().setCurrentIndex(page.proxy.index(0, retention),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "retention") == ["10 ans"] * 5
    assert window.undo_action.text().endswith("Fill down 4 cell(s)")
    window.undo_action.trigger()
    assert stored(window, "retention") == ["10 ans", "", "", "", ""]
    page.view.selectAll()
    assert page.grid.set_for_rows(retention, page.grid.selected_rows(), "1 an")
    label = str(page.model.headerData(retention, Qt.Orientation.Horizontal))  # the interface's
    assert window.undo_action.text().endswith(f"Set {label[0].lower()}{label[1:]} for 5 activities")
    assert stored(window, "retention") == ["1 an"] * 5


def test_a_column_filter_combines_with_the_search_and_the_status_bar_counts(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    menu = page.grid.menu_for(COL_NAME)
    assert page.grid.filter_edit is not None
    qtbot.keyClicks(page.grid.filter_edit, "r")  # Fournisseurs, Recrutement
    menu.close()
    assert page.proxy.rowCount() == 2
    qtbot.keyClicks(window.search, "recrutement")  # not a digit: the dates are searched too
    assert page.proxy.rowCount() == 1
    window.update_status()
    assert window.completeness_label.text().startswith("1 of 5 shown")


def test_widening_the_detail_panel_keeps_the_activity_column(window: MainWindow) -> None:
    page = window.activities
    width = page.view.columnWidth(COL_NAME)
    page.splitter.setSizes([200, 1000])
    assert page.view.columnWidth(COL_NAME) == width


def test_quotes_that_do_not_wrap_a_cell_are_pasted_as_typed(
        qtbot: QtBot, window: MainWindow) -> None:
    """Excel quotes a cell only when it holds a line break: `"Best" shop` or a lone `"`
    is text the user typed, not a quoted cell, and the next cells stay their own."""
    page = window.activities
    retention = show_column(window, "retention")
    page.view.setCurrentIndex(page.proxy.index(0, retention))
    QGuiApplication.clipboard().setText('"5 ans" après la fin\n"3 ans\n4 ans\n"2\nans"\n')
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention") == [
        '"5 ans" après la fin', '"3 ans', "4 ans", "2\nans", ""]


def test_an_empty_cell_at_the_end_of_a_copied_block_clears_the_cell_it_lands_on(
        qtbot: QtBot, window: MainWindow) -> None:
    """Excel and LibreOffice end every copied row with a line break: two cells of a column,
    the second empty, come as "a\\r\\n\\r\\n", and both are pasted (the second clears
    its cell), as a spreadsheet does; text ending with one line break is one row."""
    page = window.activities
    retention = show_column(window, "retention")
    for row, text in ((1, "3 ans"), (2, "5 ans")):
        page.view.selectionModel().setCurrentIndex(
            page.proxy.index(row, retention), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        QGuiApplication.clipboard().setText(text + "\n")
        qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "retention")[1:4] == ["3 ans", "5 ans", ""]
    page.view.selectionModel().setCurrentIndex(
        page.proxy.index(1, retention), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QGuiApplication.clipboard().setText("1 an\r\n\r\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention")[1:4] == ["1 an", "", ""]


def test_undo_while_a_cell_is_being_typed_in_saves_it_once_then_undoes_it(
        qtbot: QtBot, window: MainWindow, qtlog: Any) -> None:
    """What is typed reaches the register before Undo undoes it, through the one editor
    that is open: Qt is never handed an editor already closed ("does not belong to this
    view")."""
    page = window.activities
    retention = show_column(window, "retention")
    assert page.proxy.setData(page.proxy.index(0, retention), "1 an")  # Undo is enabled
    index = page.proxy.index(1, retention)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    editor.setFocus()
    qtbot.keyClicks(editor, "3 ans")
    window.undo_action.trigger()
    assert stored(window, "retention")[:2] == ["1 an", ""]
    window.redo_action.trigger()
    assert stored(window, "retention")[:2] == ["1 an", "3 ans"]
    assert [r.message for r in qtlog.records if "does not belong" in r.message] == []


def order_in_file(window: MainWindow) -> list[str]:
    """The activities' names in the user's order, as the register file holds them."""
    assert window.store.path is not None
    con = sqlite3.connect(window.store.path)
    try:
        return [n for (n,) in con.execute("SELECT name FROM activity ORDER BY position")]
    finally:
        con.close()


def test_undoing_the_deletion_of_rows_apart_puts_each_back_in_its_place(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    page = window.activities
    page.view.selectRow(1)  # Clients, and Vidéo
    page.view.selectionModel().select(page.proxy.index(3, COL_NAME),
                                      QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert order_in_file(window) == ["Paie", "Fournisseurs", "Recrutement"]
    window.undo_action.trigger()
    names = ["Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement"]
    assert order_in_file(window) == names
    assert [page.proxy.index(r, COL_NAME).data() for r in range(5)] == names
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert order_in_file(window) == names


def test_a_new_activity_goes_below_the_selected_one_after_a_deletion(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    page = window.activities
    page.view.selectRow(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # Clients: a gap in the order
    page.view.selectRow(2)  # Vidéo
    window.new_action.trigger()
    editor = page.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "Nouvelle")
    with qtbot.waitSignal(window.adapter.activitiesChanged, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    names = ["Paie", "Fournisseurs", "Vidéo", "Nouvelle", "Recrutement"]
    assert order_in_file(window) == names
    assert [page.proxy.index(r, COL_NAME).data() for r in range(5)] == names


def hide_column(window: MainWindow, col: int) -> None:
    """Hide `col` as the user does: its header menu's Hide."""
    menu = window.activities.grid.menu_for(col)
    next(a for a in menu.actions() if a.text().startswith("Hide")).trigger()
    assert window.activities.view.isColumnHidden(col)


def test_a_paste_while_the_current_cell_is_hidden_is_refused_not_put_elsewhere(
        qtbot: QtBot, window: MainWindow) -> None:
    """The user clicked a retention cell, then hid that column: no cell shows as current,
    so a paste goes nowhere unseen (it went to the first column shown, here the names)."""
    page = window.activities
    retention = show_column(window, "retention")
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(COL_NAME), 0)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.proxy.index(1, retention)).center())
    assert page.view.currentIndex().column() == retention
    hide_column(window, retention)
    QGuiApplication.clipboard().setText("5 ans")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(SAID) == 1 and "hidden" in SAID[0] and "Nothing was pasted" in SAID[0]
    assert stored(window, "name") == ["Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement"]
    assert stored(window, "retention") == [""] * 5
    assert page.proxy.setData(page.proxy.index(1, retention), "1 an")
    page.view.selectionModel().select(page.proxy.index(2, COL_NAME),
                                      QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    assert page.grid.selected_rows() == [1, 2]
    assert page.view.currentIndex().column() == retention
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "hidden" in SAID[-1] and "Nothing was filled down" in SAID[-1]
    assert stored(window, "retention") == ["", "1 an", "", "", ""]


def html_only(markup: str) -> None:
    """What a web page or some apps put on the clipboard: HTML, no plain text."""
    mime = QMimeData()
    mime.setHtml(markup)
    QGuiApplication.clipboard().setMimeData(mime)
    assert not QGuiApplication.clipboard().mimeData().hasText()


def test_a_table_copied_from_a_web_page_pastes_as_cells(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = retention_then_status(window)[0]
    page.view.setCurrentIndex(page.proxy.index(0, retention))
    html_only("<html><head><style>td { color: red }</style></head><body><!--StartFragment-->"
              "<table><tr><th>5&nbsp;ans</th><td>Archivé</td></tr>\n"
              "<tr><td>3 ans<br>après   la fin</td><td> brouillon </td></tr></table>"
              "<!--EndFragment--></body></html>")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention")[:3] == ["5 ans", "3 ans\naprès la fin", ""]
    assert stored(window, "status")[:2] == ["archived", "draft"]


def test_text_copied_from_a_web_page_pastes_into_the_cell(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = show_column(window, "retention")
    page.view.setCurrentIndex(page.proxy.index(2, retention))
    html_only("<meta charset='utf-8'><span style='font-weight:bold'>10 ans</span> après "
              "le <i>départ</i>")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention")[2] == "10 ans après le départ"


def test_a_clipboard_without_text_says_why_nothing_was_pasted(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = show_column(window, "retention")
    page.view.setCurrentIndex(page.proxy.index(2, retention))
    mime = QMimeData()
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(SAID) == 1 and "no text" in SAID[0] and "Nothing was pasted" in SAID[0]
    html_only("<img src='x.png'>")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(SAID) == 2 and "no text" in SAID[1]
    assert stored(window, "retention") == [""] * 5


def test_whole_rows_copied_paste_onto_other_rows_but_their_references(
        qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+C on a row, Ctrl+V on another: every cell but the reference (and the
    completeness the register works out) is pasted, and the status bar says what was left."""
    page = window.activities
    retention = show_column(window, "retention")
    assert page.proxy.setData(page.proxy.index(0, retention), "5 ans")
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.proxy.index(3, COL_NAME)).center())
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "name")[3] == "Paie" and stored(window, "retention")[3] == "5 ans"
    assert stored(window, "purpose")[3] == "Finalité 3"  # a column not shown is not pasted
    assert stored(window, "reference")[3] == "T-004"
    said = window.statusBar().currentMessage()
    title = page.model.headerData(page.model.column_of("reference"), Qt.Orientation.Horizontal)
    assert said.startswith("Pasted") and f"“{title}”" in said, said
    window.undo_action.trigger()
    assert stored(window, "name")[3] == "Vidéo" and stored(window, "retention")[3] == ""


def test_a_paste_only_onto_references_is_refused_in_a_sentence(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    page.view.setCurrentIndex(page.proxy.index(1, page.model.column_of("reference")))
    QGuiApplication.clipboard().setText("T-0042\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    title = page.model.headerData(page.model.column_of("reference"), Qt.Orientation.Horizontal)
    assert len(SAID) == 1 and f"“{title}”" in SAID[0] and "Nothing was pasted" in SAID[0]
    assert "refused" not in SAID[0], SAID  # no cell was: the column is not edited here
    assert stored(window, "reference")[1] == "T-002"


def test_undoing_a_paste_takes_away_the_categories_it_created_and_redo_brings_them_back(
        qtbot: QtBot, window: MainWindow) -> None:
    adapter = window.adapter
    page = window.activities
    before = adapter.item_names("datacategory")
    page.view.setCurrentIndex(page.proxy.index(1, COL_CATEGORIES))
    QGuiApplication.clipboard().setText("Identité; Plaques; Badges\nBadges\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "data_categories")[1:3] == [["Identité", "Plaques", "Badges"],
                                                      ["Badges"]]
    created = adapter.item_names("datacategory")
    assert created == [*before, "Plaques", "Badges"]
    window.undo_action.trigger()
    assert stored(window, "data_categories")[1:3] == [["Identité"], ["Identité"]]
    assert adapter.item_names("datacategory") == before
    window.redo_action.trigger()
    assert adapter.item_names("datacategory") == created
    assert stored(window, "data_categories")[2] == ["Badges"]
    window.undo_action.trigger()
    assert adapter.item_names("datacategory") == before


def test_undoing_a_paste_keeps_a_category_it_created_that_another_activity_uses(
        qtbot: QtBot, window: MainWindow) -> None:
    adapter = window.adapter
    page = window.activities
    page.view.setCurrentIndex(page.proxy.index(1, COL_CATEGORIES))
    QGuiApplication.clipboard().setText("Plaques")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    other = page.model.row_at(4).id  # given it by another window, not this undo stack
    adapter.set_activity_lists(other, categories=["Identité", "Plaques"])
    window.undo_action.trigger()
    assert stored(window, "data_categories")[1] == ["Identité"]
    assert "Plaques" in adapter.item_names("datacategory")
    window.redo_action.trigger()
    assert stored(window, "data_categories")[1] == ["Plaques"]


def click(qtbot: QtBot, window: MainWindow, row: int, col: int,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    page = window.activities
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     page.view.visualRect(page.proxy.index(row, col)).center())


def test_a_paste_with_no_row_selected_is_refused_not_put_in_a_row_unseen(
        qtbot: QtBot, window: MainWindow) -> None:
    """A search that hides the selected row leaves nothing selected (the panel shows
    nothing) but a current cell in the first row shown: a paste went there."""
    page = window.activities
    click(qtbot, window, 0, COL_NAME)
    qtbot.keyClicks(window.search, "video")
    assert page.proxy.rowCount() == 1 and page.grid.selected_rows() == []
    QGuiApplication.clipboard().setText("Nouveau nom")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(SAID) == 1 and "No row is selected" in SAID[0]
    assert stored(window, "name") == ["Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement"]
    click(qtbot, window, 0, COL_NAME)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "name")[3] == "Nouveau nom"


def test_one_row_pasted_on_several_selected_rows_goes_to_each(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    retention = show_column(window, "retention")
    assert page.proxy.setData(page.proxy.index(0, retention), "5 ans")
    click(qtbot, window, 0, COL_NAME)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, window, 2, COL_NAME)
    click(qtbot, window, 4, COL_NAME, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "name") == ["Paie", "Clients", "Paie", "Vidéo", "Paie"]
    assert stored(window, "retention") == ["5 ans", "", "5 ans", "", "5 ans"]
    window.undo_action.trigger()
    assert stored(window, "name") == ["Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement"]


def test_ctrl_x_copies_the_rows_and_says_they_stay(qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities
    QGuiApplication.clipboard().setText("avant")
    click(qtbot, window, 1, COL_NAME)
    click(qtbot, window, 2, COL_NAME, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert [line.split("\t")[1] for line in QGuiApplication.clipboard().text().split("\n")] == [
        "Clients", "Fournisseurs"]
    assert "not cut" in window.statusBar().currentMessage()
    assert stored(window, "name") == ["Paie", "Clients", "Fournisseurs", "Vidéo", "Recrutement"]


def test_a_date_with_words_after_it_is_refused_pasted_or_typed_not_cut_short(
        qtbot: QtBot, window: MainWindow) -> None:
    """"2025-01-31 environ" is not the 31st with a word dropped: pasted or typed in the
    cell's editor, it is refused in a sentence that names the cell and says what a date
    looks like, and the cell keeps what it held."""
    page = window.activities
    for key in ("dpia_date", "validated_at"):
        col = show_column(window, key)
        for text in ("2025-01-31 environ", "31/01/2025 ou avant", "2025-01-31T10:00"):
            SAID.clear()
            click(qtbot, window, 1, col)
            QGuiApplication.clipboard().setText(text)
            qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            title = page.model.headerData(col, Qt.Orientation.Horizontal)
            assert len(SAID) == 1 and "T-002" in SAID[0] and f"“{title}”" in SAID[0], SAID
            assert text in SAID[0] and "31/12/2026" in SAID[0], SAID
            assert "Nothing was pasted" in SAID[0]
        assert stored(window, key)[1] in (None, "")
        SAID.clear()
        click(qtbot, window, 2, col)
        qtbot.keyClick(page.view, Qt.Key.Key_F2)
        editor = page.view.indexWidget(page.view.currentIndex())
        assert isinstance(editor, QLineEdit) and editor.objectName() == "dateEditor"
        qtbot.keyClicks(editor, "2025-01-31 environ")
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the editor closes at the next turn
        qtbot.waitUntil(lambda: page.view.indexWidget(page.view.currentIndex()) is None)
        assert len(SAID) == 1 and "2025-01-31 environ" in SAID[0], SAID
        assert stored(window, key)[2] in (None, "")
        QGuiApplication.clipboard().setText("31/01/2025\n2025-02-01\n")  # a date, all of it
        click(qtbot, window, 3, col)
        qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert stored(window, key)[3:5] == ["2025-01-31", "2025-02-01"]


def side_by_side(window: MainWindow, *keys: str) -> list[int]:
    """The columns of `keys` shown, one after the other in this order, as a block fills them."""
    cols = [show_column(window, key) for key in keys]
    header = window.activities.view.horizontalHeader()
    for before, col in itertools.pairwise(cols):
        header.moveSection(header.visualIndex(col), header.visualIndex(before) + 1)
    return cols


def test_cells_that_are_no_value_of_their_column_are_refused_alone_and_counted(
        qtbot: QtBot, window: MainWindow) -> None:
    """A block with two bad dates: the other cells go in (one undo step), the two are left
    as they were, and one message counts them and names each cell."""
    page = window.activities
    retention = side_by_side(window, "retention", "dpia_date", "dpia_required")[0]
    click(qtbot, window, 0, retention)
    QGuiApplication.clipboard().setText(
        "5 ans\t2025-01-31\toui\n3 ans\t2025-01-31 environ\tnon\n2 ans\tbientôt\tpeut-être\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "retention")[:3] == ["5 ans", "3 ans", "2 ans"]
    assert stored(window, "dpia_date")[:3] == ["2025-01-31", "", ""]
    assert stored(window, "dpia_required")[:3] == [True, False, None]
    assert len(SAID) == 1, SAID
    said = SAID[0]
    assert said.startswith("Pasted 6 cell(s).") and "3 cell(s) refused" in said, said
    for row, text in (("T-002", "2025-01-31 environ"), ("T-003", "bientôt"),
                      ("T-003", "peut-être")):
        assert any(row in line and text in line for line in said.split("\n")), said
    assert window.statusBar().currentMessage().startswith("Pasted 6 cell(s).")
    window.undo_action.trigger()
    assert stored(window, "retention")[:3] == ["", "", ""]
    assert stored(window, "dpia_required")[:3] == [None, None, None]
    SAID.clear()
    click(qtbot, window, 0, retention)
    QGuiApplication.clipboard().setText("\n".join(["1 an\tjamais\tsans doute"] * 5))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "retention") == ["1 an"] * 5
    assert len(SAID) == 1 and "10 cell(s) refused" in SAID[0] and "and 2 more" in SAID[0]
    SAID.clear()
    click(qtbot, window, 1, page.model.column_of("dpia_date"))
    QGuiApplication.clipboard().setText("jamais\tsans doute\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(SAID) == 1 and "2 cell(s) refused" in SAID[0], SAID
    assert "Nothing was pasted" in SAID[0]


def test_an_empty_cell_pasted_on_a_status_is_refused_not_stored_as_no_status(
        qtbot: QtBot, window: MainWindow) -> None:
    """A status is always draft, validated or archived (its editor offers no blank): an
    empty cell pasted on it left the activity with no status at all."""
    page = window.activities
    status = show_column(window, "status")
    click(qtbot, window, 1, status)
    QGuiApplication.clipboard().setText("\nArchivé\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, "status")[1:3] == ["draft", "archived"]
    title = page.model.headerData(status, Qt.Orientation.Horizontal)
    assert len(SAID) == 1 and "1 cell(s) refused" in SAID[0] and "T-002" in SAID[0], SAID
    assert f"column “{title}”: elle ne peut pas rester vide (Brouillon" in SAID[0], SAID


def test_the_retention_per_category_reads_as_text_and_a_whole_row_pastes_past_it(
        qtbot: QtBot, window: MainWindow) -> None:
    """Its cell showed "{}" (a Python dict), and a whole row copied with it shown was
    refused: "filled in in the detail panel". It reads as the notes do, and is left as it
    is by a paste, as the reference is."""
    page = window.activities
    first = page.model.row_at(0).id
    window.adapter.set_activity_lists(first, category_retention={"Identité": "5 ans"})
    col = show_column(window, "category_retention")
    assert [page.proxy.index(r, col).data() for r in (0, 1)] == ["Identité: 5 ans", ""]
    click(qtbot, window, 0, COL_NAME)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, window, 3, COL_NAME)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "name")[3] == "Paie"
    assert stored(window, "category_retention")[3] == {}
    title = page.model.headerData(col, Qt.Orientation.Horizontal)
    assert f"“{title}”" in window.statusBar().currentMessage()


def test_a_block_pasted_in_a_sorted_filtered_view_lands_in_the_rows_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    """Sorted by name, Z to A, and filtered to the names holding an "i": the rows shown
    are Vidéo, Paie, Fournisseurs, Clients; two lines, with a line break quoted in the
    first as LibreOffice copies it, go to the first two of them, not to the register's
    first rows nor to Recrutement, which the filter hides between them."""
    page = window.activities
    retention = show_column(window, "retention")
    header = page.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_NAME) + 5, 5))
    if page.proxy.index(0, COL_NAME).data() != "Vidéo":  # the first click sorts A to Z
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(COL_NAME) + 5, 5))
    menu = page.grid.menu_for(COL_NAME)
    assert page.grid.filter_edit is not None
    qtbot.keyClicks(page.grid.filter_edit, "i")
    menu.close()
    shown = [page.proxy.index(r, COL_NAME).data() for r in range(page.proxy.rowCount())]
    assert shown == ["Vidéo", "Paie", "Fournisseurs", "Clients"]
    click(qtbot, window, 0, retention)
    QGuiApplication.clipboard().setText('"3 ans\r\naprès la fin"\r\n5 ans\r\n')
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    by_name = dict(zip(stored(window, "name"), stored(window, "retention"), strict=True))
    assert by_name == {"Vidéo": "3 ans\naprès la fin", "Paie": "5 ans", "Fournisseurs": "",
                       "Clients": "", "Recrutement": ""}


def test_a_web_table_with_a_cell_over_two_rows_keeps_the_next_row_in_its_columns(
        qtbot: QtBot, window: MainWindow) -> None:
    """A cell spanning two rows (rowspan) is on the first row only; the second row's cells
    were shifted left under it ("brouillon" went to the retention period)."""
    page = window.activities
    retention = retention_then_status(window)[0]
    assert page.proxy.setData(page.proxy.index(1, retention), "1 an")
    click(qtbot, window, 0, retention)
    html_only("<table><tr><td rowspan='2'>5 ans</td><td>Archivé</td></tr>"
              "<tr><td>brouillon</td></tr><tr><td>3 ans</td><td>Archivé</td></tr></table>")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert SAID == []
    assert stored(window, "retention")[:3] == ["5 ans", "", "3 ans"]
    assert stored(window, "status")[:3] == ["archived", "draft", "archived"]
