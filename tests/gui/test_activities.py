"""The activities table driven like a user: delegates, detail panel, undo/redo, search, delete.

No Qt translator is installed, so interface texts are the English source
strings; the core's own messages follow the pinned French.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from gui.activities.detail import DetailPanel
from gui.activities.table import (
    COL_BASES,
    COL_CATEGORIES,
    COL_COMPLETE,
    COL_NAME,
    COL_STATUS,
    ActivitiesModel,
    ActivitiesProxy,
    BasesEditor,
    ChecklistEditor,
    FindingsRole,
    IdRole,
)
from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.mainwindow.window import ActivitiesPage
from model.core.text import fold
from model.register import crud
from model.storage import schema
from model.storage.store import Store


@pytest.fixture
def adapter(store: Store) -> StoreAdapter:
    return StoreAdapter(store=store)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def add(store: Store, **fields: Any) -> int:
    with store.write() as session:
        activity = crud.create_activity(session, **fields)
        assert activity.id is not None
        return activity.id


def stored(store: Store, activity_id: int) -> dict[str, Any]:
    with store.read() as session:
        activity = crud._activity(session, activity_id)
        return crud.activity_dict(session, activity)


@pytest.fixture
def page(qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack) -> ActivitiesPage:
    add(adapter.store, name="Gestion des clients", purpose="Suivre les commandes",
        categories=["Identité", "Contact"], bases=[("contract", "")])
    add(adapter.store, name="Paie", purpose="Payer les salariés", categories=["Financières"])
    add(adapter.store, name="Prospection", purpose="Envoyer la lettre d'information")
    p = ActivitiesPage(adapter=adapter, undo_stack=stack)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def panel(qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack) -> DetailPanel:
    """The detail panel on its own, shown; each test hands it an activity."""
    p = DetailPanel(adapter=adapter, undo_stack=stack)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def cell(page: ActivitiesPage, row: int, col: int) -> QModelIndex:
    return page.proxy.index(row, col)


def commit(qtbot: QtBot, widget: Any, adapter: StoreAdapter) -> None:
    """Press Return in a cell editor: the delegate commits on the next event-loop turn."""
    with qtbot.waitSignal(adapter.activitiesChanged, timeout=3000):
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_models_pass_the_model_tester(qtmodeltester: Any, adapter: StoreAdapter) -> None:
    add(adapter.store, name="A", categories=["Identité"], bases=[("consent", "")])
    add(adapter.store, name="B")
    add(adapter.store, name="Identité numérique")
    model = ActivitiesModel(adapter=adapter)
    qtmodeltester.check(model)
    proxy = ActivitiesProxy()
    proxy.setSourceModel(model)
    proxy.set_filter("identite")
    qtmodeltester.check(proxy)


def test_an_import_arrives_and_leaves_in_one_step_each(
        qtbot: QtBot, adapter: StoreAdapter) -> None:
    """A thousand imported activities are one insertion for the view, and their undo one removal."""
    first = add(adapter.store, name="Avant")
    last = add(adapter.store, name="Après")
    with adapter.store.write() as s:
        crud.move_activity(s, activity_id=last, to_index=0)
    model = ActivitiesModel(adapter=adapter)
    with adapter.store.write() as s:
        created = crud.bulk_create_activities(s, [{"name": f"Importée {i}"} for i in range(1000)])
    ids = [activity_id for activity_id, _ in created]
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    adapter.activitiesAdded.emit(ids)
    assert inserted == [(2, 1001)]
    assert [model.row_at(r).view.name for r in (0, 1, 2, 1001)] == [
        "Après", "Avant", "Importée 0", "Importée 999"]
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    with adapter.store.write() as s:
        for activity_id in ids:
            crud.delete_activity(s, activity_id=activity_id)
    adapter.activitiesRemoved.emit(ids)
    assert removed == [(2, 1001)]
    assert model.rowCount() == 2 and model.row_at(1).id == first


def test_fold_folds_accents_and_case() -> None:
    assert fold("Identité ÉLÈVE") == "identite eleve"


def test_edit_name_inline_then_undo_redo(qtbot: QtBot, page: ActivitiesPage,
                                         stack: QUndoStack) -> None:
    index = cell(page, 0, COL_NAME)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Clients et commandes")
    commit(qtbot, editor, page.adapter)
    activity_id = index.data(IdRole)
    assert stored(page.adapter.store, activity_id)["name"] == "Clients et commandes"
    assert cell(page, 0, COL_NAME).data() == "Clients et commandes"
    assert stack.undoText() == "Edit name of T-001"
    stack.undo()
    assert stored(page.adapter.store, activity_id)["name"] == "Gestion des clients"
    assert cell(page, 0, COL_NAME).data() == "Gestion des clients"
    stack.redo()
    assert stored(page.adapter.store, activity_id)["name"] == "Clients et commandes"


def test_categories_through_the_checklist_editor(qtbot: QtBot, page: ActivitiesPage,
                                                 stack: QUndoStack) -> None:
    index = cell(page, 1, COL_CATEGORIES)
    activity_id = index.data(IdRole)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(ChecklistEditor, "categoriesEditor")
    assert editor is not None and editor.isVisible()
    assert editor.checked() == ["Financières"]
    editor.set_checked_by_text("Identité")
    editor.set_checked_by_text("Financières", False)
    commit(qtbot, editor, page.adapter)
    assert stored(page.adapter.store, activity_id)["data_categories"] == ["Identité"]
    assert cell(page, 1, COL_CATEGORIES).data() == "Identité"
    assert stack.undoText() == "Change data categories of T-002"
    stack.undo()
    assert stored(page.adapter.store, activity_id)["data_categories"] == ["Financières"]
    stack.redo()
    assert stored(page.adapter.store, activity_id)["data_categories"] == ["Identité"]


def test_bases_with_justification_through_the_bases_editor(
        qtbot: QtBot, page: ActivitiesPage, stack: QUndoStack) -> None:
    index = cell(page, 2, COL_BASES)
    activity_id = index.data(IdRole)
    assert "no legal basis" not in " ".join(cell(page, 2, COL_COMPLETE).data(FindingsRole))
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(BasesEditor, "basesEditor")
    assert editor is not None and editor.isVisible()
    qtbot.mouseClick(editor.boxes["legitimate_interests"], Qt.MouseButton.LeftButton)
    text = editor.texts["legitimate_interests"]
    assert text.isEnabled()
    qtbot.keyClicks(text, "Fideliser nos clients")
    qtbot.mouseClick(editor.boxes["consent"], Qt.MouseButton.LeftButton)
    commit(qtbot, editor.texts["consent"], page.adapter)
    assert stored(page.adapter.store, activity_id)["legal_bases"] == [  # Article 6 order
        {"code": "consent", "article": "6(1)(a)", "justification": ""},
        {"code": "legitimate_interests", "article": "6(1)(f)",
         "justification": "Fideliser nos clients"},
    ]
    assert "Intérêts légitimes" in cell(page, 2, COL_BASES).data()
    stack.undo()
    assert stored(page.adapter.store, activity_id)["legal_bases"] == []
    stack.redo()
    assert len(stored(page.adapter.store, activity_id)["legal_bases"]) == 2


def test_status_through_the_combo(qtbot: QtBot, page: ActivitiesPage,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(undo.ConfirmDialog, "ask",
                        classmethod(lambda cls, parent, **kw: asked.append(kw["details"]) or True))
    index = cell(page, 0, COL_STATUS)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    combo = page.view.findChild(QComboBox, "statusEditor")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("validated"))
    combo.activated.emit(combo.currentIndex())
    assert stored(page.adapter.store, index.data(IdRole))["status"] == "validated"
    assert asked == [] or all(asked)  # asked first only when something is missing


def test_search_is_accent_and_case_insensitive(qtbot: QtBot, page: ActivitiesPage) -> None:
    page.set_filter("identite")
    assert page.proxy.rowCount() == 1
    assert cell(page, 0, COL_NAME).data() == "Gestion des clients"
    page.set_filter("SALARIES payer")
    assert page.proxy.rowCount() == 1
    assert cell(page, 0, COL_NAME).data() == "Paie"
    page.set_filter("")
    assert page.proxy.rowCount() == 3


def test_filter_only_reruns_when_it_changed(page: ActivitiesPage) -> None:
    assert page.proxy.set_filter("Identité")
    assert not page.proxy.set_filter("  identite ")


def test_delete_asks_then_undo_restores(qtbot: QtBot, page: ActivitiesPage,
                                        stack: QUndoStack,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def refuse(cls: Any, parent: Any, **kw: str) -> bool:
        asked.append(kw["text"] + " " + kw["details"])
        return False

    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(refuse))
    page.view.selectRow(0)
    activity_id = cell(page, 0, 0).data(IdRole)
    assert not page.delete_selected()
    assert "T-001" in asked[0] and "2 data category links" in asked[0]
    assert "0 transfers" not in asked[0]  # only what really goes with it is named
    page.view.selectRow(2)  # "Prospection": nothing linked to it
    assert not page.delete_selected()
    assert "Nothing else is linked to it." in asked[1] and ", " not in asked[1].split("?")[1]
    page.view.selectRow(0)
    assert page.model.rowCount() == 3

    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    with qtbot.waitSignal(page.adapter.activitiesRemoved):
        assert page.delete_selected()
    assert page.model.rowCount() == 2
    assert stack.undoText() == "Delete activity T-001"
    stack.undo()
    assert page.model.rowCount() == 3
    assert cell(page, 0, 0).data() == "T-001"
    assert stored(page.adapter.store, activity_id)["data_categories"] == ["Identité", "Contact"]
    stack.redo()
    assert page.model.rowCount() == 2


def test_add_duplicate_and_move(qtbot: QtBot, page: ActivitiesPage, stack: QUndoStack) -> None:
    page.view.selectRow(0)
    page.add_item()
    assert page.model.rowCount() == 4
    assert page.model.row_at(1).reference == "T-004"
    editor = page.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "Videosurveillance")
    commit(qtbot, editor, page.adapter)
    assert page.model.row_at(1).view.name == "Videosurveillance"
    page.duplicate_selected()
    assert page.model.rowCount() == 5
    assert page.model.row_at(2).view.name == "Videosurveillance (copie)"
    page.move_selected(-1)
    assert [page.model.row_at(r).reference for r in range(3)] == ["T-001", "T-005", "T-004"]
    stack.undo()
    assert [page.model.row_at(r).reference for r in range(3)] == ["T-001", "T-004", "T-005"]
    stack.undo()
    stack.undo()
    stack.undo()
    assert page.model.rowCount() == 3


def test_dragging_a_row_to_the_top_moves_it_and_undo_puts_it_back(
        page: ActivitiesPage, stack: QUndoStack) -> None:
    """What the view does on a drop: the dragged row's data, dropped above the first row."""
    def order() -> list[str]:
        return [page.model.row_at(r).reference for r in range(page.model.rowCount())]

    assert order() == ["T-001", "T-002", "T-003"]
    dragged = page.proxy.mimeData([page.proxy.index(2, 0)])
    page.proxy.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert order() == ["T-003", "T-001", "T-002"]
    with page.adapter.read() as s:
        assert [a.reference for a in crud.activities(s)] == ["T-003", "T-001", "T-002"]
    assert stack.undoText() == "Move activity T-003"
    stack.undo()
    assert order() == ["T-001", "T-002", "T-003"]


def test_detail_panel_saves_typing_as_one_undo_step(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack, panel: DetailPanel) -> None:
    activity_id = add(adapter.store, name="Paie", purpose="Payer")
    panel.set_activity(activity_id)
    retention = panel.edits["retention"]
    retention.setFocus()
    qtbot.keyClicks(retention, "5 ans")
    qtbot.waitUntil(lambda: stored(adapter.store, activity_id)["retention"] == "5 ans",
                    timeout=3000)
    qtbot.keyClicks(retention, " apres le depart")
    panel.flush()  # as focus-out, a selection change or closing would
    assert stored(adapter.store, activity_id)["retention"] == "5 ans apres le depart"
    assert stack.count() == 1
    assert stack.undoText() == "Edit retention period of T-001"
    stack.undo()
    assert stored(adapter.store, activity_id)["retention"] == ""
    assert retention.text() == ""

    panel.subjects.set_checked_by_text("Salariés")
    assert stored(adapter.store, activity_id)["data_subjects"] == ["Salariés"]
    panel.add_transfer.click()
    assert len(stored(adapter.store, activity_id)["transfers"]) == 1
    combo = panel.transfers.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("scc"))
    combo.activated.emit(combo.currentIndex())
    assert stored(adapter.store, activity_id)["transfers"][0]["safeguard"] == "scc"
    panel.dpia.setCurrentIndex(1)
    panel.dpia.activated.emit(1)
    assert stored(adapter.store, activity_id)["dpia_required"] is True
    panel.art9.setCurrentIndex(panel.art9.findData("employment"))
    panel.art9.activated.emit(panel.art9.currentIndex())
    assert stored(adapter.store, activity_id)["art9_condition"] == "employment"
    panel.security.set_checked_by_text("Chiffrement des données")
    assert stored(adapter.store, activity_id)["security_measures"] == ["encryption"]


def test_typing_a_field_back_to_what_it_held_leaves_nothing_to_undo(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack, panel: DetailPanel) -> None:
    activity_id = add(adapter.store, name="Paie", purpose="Payer", retention="1 an")
    panel.set_activity(activity_id)
    retention = panel.edits["retention"]
    retention.setFocus()
    retention.end(False)
    qtbot.keyClicks(retention, " et 2 mois")
    qtbot.waitUntil(lambda: stored(adapter.store, activity_id)["retention"] == "1 an et 2 mois",
                    timeout=3000)
    assert stack.count() == 1
    for _ in " et 2 mois":
        qtbot.keyClick(retention, Qt.Key.Key_Backspace)
    panel.flush()
    assert stored(adapter.store, activity_id)["retention"] == "1 an"
    assert not stack.canUndo()  # the run of typing changed nothing in the end


def test_switching_activity_flushes_what_was_typed(
        qtbot: QtBot, adapter: StoreAdapter, panel: DetailPanel) -> None:
    first = add(adapter.store, name="A")
    second = add(adapter.store, name="B")
    panel.set_activity(first)
    purpose = panel.plain["purpose"]
    purpose.setFocus()
    qtbot.keyClicks(purpose, "Gerer la paie")
    panel.set_activity(second)
    assert stored(adapter.store, first)["purpose"] == "Gerer la paie"
    assert panel.plain["purpose"].toPlainText() == ""


def test_reopening_the_file_finds_every_edit(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    store = Store.open(path)
    adapter = StoreAdapter(store=store)
    stack = QUndoStack()
    page = ActivitiesPage(adapter=adapter, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.add_item()
    editor = page.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "Recrutement")
    commit(qtbot, editor, adapter)
    page.detail.edits["retention"].setFocus()
    qtbot.keyClicks(page.detail.edits["retention"], "2 ans")
    page.detail.categories.set_checked_by_text("Vie professionnelle")
    QApplication.processEvents()
    page.close()
    page.flush()
    store.close()

    again = Store.open(path)
    with again.read() as session:
        (activity,) = crud.activities(session)
        data = crud.activity_dict(session, activity)
    again.close()
    assert data["name"] == "Recrutement"
    assert data["retention"] == "2 ans"
    assert data["data_categories"] == ["Vie professionnelle"]


def test_flush_commits_a_transfer_cell_still_being_typed_in(
        qtbot: QtBot, adapter: StoreAdapter, panel: DetailPanel) -> None:
    """Closing the window or Edit ▸ Undo while a transfer cell is open keeps what was typed."""
    activity_id = add(adapter.store, name="Vidéo", purpose="Sécurité")
    panel.set_activity(activity_id)
    panel.add_transfer.click()  # opens the country cell's editor, as for a user
    editor = panel.transfers.indexWidget(panel.transfers.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Etats-Unis")
    panel.flush()  # what closing the window and Edit ▸ Undo do first
    assert stored(adapter.store, activity_id)["transfers"][0]["country"] == "Etats-Unis"
    assert panel.transfers.item(0, 0).text() == "Etats-Unis"


def test_a_pause_saves_one_transfer_cell_without_losing_the_next_one(
        qtbot: QtBot, adapter: StoreAdapter, panel: DetailPanel) -> None:
    """The debounce saving the country must not reset the recipient cell being typed in."""
    activity_id = add(adapter.store, name="Vidéo", purpose="Sécurité")
    panel.set_activity(activity_id)
    panel.add_transfer.click()
    editor = panel.transfers.indexWidget(panel.transfers.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Etats-Unis")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits the country, moves to the recipient
    panel.transfers.editItem(panel.transfers.item(0, 1))
    recipient = panel.transfers.indexWidget(panel.transfers.model().index(0, 1))
    assert isinstance(recipient, QLineEdit)
    qtbot.keyClicks(recipient, "Hebergeur")
    qtbot.waitUntil(
        lambda: stored(adapter.store, activity_id)["transfers"][0]["country"] == "Etats-Unis",
        timeout=3000)
    assert recipient.text() == "Hebergeur"
    panel.flush()
    transfer = stored(adapter.store, activity_id)["transfers"][0]
    assert (transfer["country"], transfer["recipient"]) == ("Etats-Unis", "Hebergeur")
    assert not any(v for k, v in transfer.items() if k not in ("country", "recipient"))


def test_editing_a_transfer_in_the_panel_keeps_the_fields_it_has_no_column_for(
        qtbot: QtBot, adapter: StoreAdapter, panel: DetailPanel) -> None:
    """A transfer imported with an international organisation and the reference of its
    safeguard keeps both when the user types in its row, adds a transfer or removes another."""
    first = {"country": "États-Unis", "recipient": "Hébergeur", "safeguard": "scc",
             "safeguard_detail": "CCT", "international_organisation": "OMS",
             "safeguard_reference": "Décision (UE) 2021/914"}
    second = {**first, "country": "Inde", "international_organisation": "",
              "safeguard_reference": "Avenant n° 2"}
    activity_id = add(adapter.store, name="Hébergement", transfers=[first, second])
    panel.set_activity(activity_id)
    panel.transfers.editItem(panel.transfers.item(0, 1))
    editor = panel.transfers.indexWidget(panel.transfers.model().index(0, 1))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Hebergeur europeen")
    panel.flush()
    assert stored(adapter.store, activity_id)["transfers"] == [
        {**first, "recipient": "Hebergeur europeen"}, second]
    panel.add_transfer.click()
    panel.flush()
    panel.transfers.setCurrentCell(0, 0)
    panel.remove_transfer.click()
    kept = stored(adapter.store, activity_id)["transfers"]
    assert kept[0] == second
    assert kept[1]["safeguard_reference"] == kept[1]["international_organisation"] == ""


def test_unticking_a_category_with_its_own_period_takes_the_period_along(
        qtbot: QtBot, adapter: StoreAdapter, panel: DetailPanel, stack: QUndoStack) -> None:
    """A category kept for its own period (the CNIL's sheet asks for one per category) can
    be unticked: its period goes with it, the others stay, and undo puts both back. It used
    to be refused ("« Contact » n'est pas une catégorie de données de cette activité")."""
    activity_id = add(adapter.store, name="Clients", categories=["Identité", "Contact"])
    with adapter.store.write() as session:
        crud.set_activity_lists(session, activity_id=activity_id, category_retention={
            "Identité": "5 ans", "Contact": "1 an"})
    panel.set_activity(activity_id)
    errors: list[str] = []
    adapter.errorOccurred.connect(errors.append)
    categories = panel.categories
    contact = next(categories.item(i) for i in range(categories.count())
                   if categories.item(i).text() == "Contact")
    contact.setCheckState(Qt.CheckState.Unchecked)  # what a click on its box does
    panel.flush()
    saved = stored(adapter.store, activity_id)
    assert errors == []
    assert saved["data_categories"] == ["Identité"]
    assert saved["category_retention"] == {"Identité": "5 ans"}
    stack.undo()
    saved = stored(adapter.store, activity_id)
    assert saved["data_categories"] == ["Identité", "Contact"]
    assert saved["category_retention"] == {"Identité": "5 ans", "Contact": "1 an"}


def test_detail_panel_dates_are_the_users_local_dates(
        adapter: StoreAdapter, panel: DetailPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    """Created late in the evening, UTC: in Auckland it is already the next day."""
    activity_id = add(adapter.store, name="Paie")
    with adapter.store.write() as session:
        activity = crud._activity(session, activity_id)
        activity.created_at = activity.updated_at = "2026-01-01T23:30:00+00:00"
        session.add(activity)
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    try:
        panel.set_activity(activity_id)
        assert panel.subtitle.text() == "Created 2026-01-02 · changed 2026-01-02"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_incomplete_count_follows_every_change_as_check_counts(
        adapter: StoreAdapter, stack: QUndoStack) -> None:
    """The status bar's figure is kept as rows change; it must agree with Check throughout."""
    from model import check

    model = ActivitiesModel(adapter=adapter, undo_stack=stack)

    def check_says() -> int:
        return len(check.incomplete_references(check.check_document(adapter.document())))

    full = {"purpose": "Payer", "categories": ["Identité"], "bases": [("contract", "")],
            "subjects": ["Salariés"], "retention": "5 ans"}
    first, _ = adapter.create_activity(name="Paie", **full)
    second, _ = adapter.create_activity(name="Accueil")
    assert model.incomplete_count() == check_says() == 1
    adapter.set_activity_lists(second, categories=["Identité"], bases=[("contract", "")],
                               subjects=["Salariés"])
    adapter.update_activity(second, purpose="Recevoir", retention="1 an")
    assert model.incomplete_count() == check_says() == 0
    adapter.update_activity(first, retention="")
    assert model.incomplete_count() == check_says() == 1
    snapshots = adapter.delete_activities([first])
    assert model.incomplete_count() == check_says() == 0
    adapter.restore_activities(snapshots)
    assert model.incomplete_count() == check_says() == 1
    with adapter.read() as session:
        item_id = next(c.id for c in crud.list_items(session, schema.DataCategory)
                       if c.name == "Identité")
    adapter.update_item("datacategory", int(item_id or 0), special=True)  # Article 9 now
    assert model.incomplete_count() == check_says() == 2
    adapter.duplicate_activity(second)
    assert model.incomplete_count() == check_says() == 3


def test_the_panel_ticks_from_every_item_of_its_lists_and_rereads_them_only_when_they_change(
        qtbot: QtBot, panel: DetailPanel, adapter: StoreAdapter,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing in the activity shown refills the panel without reading its lists' items
    again; a subject created elsewhere, or by a table import, is there to tick at once."""
    activity_id = add(adapter.store, name="Paie", subjects=["Salariés"])
    panel.set_activity(activity_id)
    read: list[str] = []
    item_names = adapter.item_names
    monkeypatch.setattr(adapter, "item_names",
                        lambda kind: read.append(kind) or item_names(kind))

    def subjects() -> list[str]:
        return [panel.subjects.item(i).text() for i in range(panel.subjects.count())]

    for text in ("3 ans", "5 ans"):
        adapter.update_activity(activity_id, retention=text)
    assert panel.edits["retention"].text() == "5 ans" and read == []

    assert "Stagiaires" not in subjects()
    adapter.create_item("datasubject", "Stagiaires")
    assert subjects()[-1] == "Stagiaires" and read == ["datasubject"]

    from model.exchange import importer, table_import
    table = importer.parse_bytes(
        "Finalité\tPersonnes concernées\nRecrutement\tIntérimaires\n".encode(), filename="t.tsv")
    assert "Intérimaires" not in subjects()
    adapter.import_table(table, source="t.tsv", duplicates=table_import.SKIP)
    assert "Intérimaires" in subjects()


def test_an_edit_repaints_only_the_cells_it_changes_and_reads_its_row_once(
        qtbot: QtBot, page: ActivitiesPage, stack: QUndoStack,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """At 10,000 rows an edit costs what it touches: the grid announces the cells that read
    otherwise (the completeness when it changes too), and the grid and the detail panel read
    the edited activity once between them."""
    from gui import adapter as adapter_module

    adapter = page.adapter
    index = cell(page, 2, COL_NAME)
    page.view.setCurrentIndex(index)
    page.detail.set_activity(int(index.data(IdRole)))
    announced: list[tuple[int, int, int, int]] = []
    page.model.dataChanged.connect(lambda a, b, *_: announced.append(
        (a.row(), a.column(), b.row(), b.column())))
    reads: list[object] = []
    real = adapter_module.rows.activity_dicts
    monkeypatch.setattr(adapter_module.rows, "activity_dicts",
                        lambda con, ids=None: reads.append(ids) or real(con, ids))

    assert page.proxy.setData(index, "Lettre d'information")
    row = page.proxy.mapToSource(index).row()
    changed = page.model.column_of("updated_at")  # when the clock turned a second meanwhile
    assert announced in ([(row, COL_NAME, row, COL_NAME)],
                         [(row, COL_NAME, row, COL_NAME), (row, changed, row, changed)])
    assert len(reads) == 1
    assert cell(page, 2, COL_NAME).data() == "Lettre d'information"
    assert page.detail.edits["name"].text() == "Lettre d'information"

    announced.clear()
    incomplete = cell(page, 2, COL_COMPLETE).data(FindingsRole)
    assert incomplete  # no categories, basis, subjects nor retention yet
    activity_id = int(index.data(IdRole))
    adapter.set_activity_lists(activity_id, categories=["Contact"], bases=[("consent", "")],
                               subjects=["Abonnés"])
    adapter.update_activity(activity_id, retention="Jusqu'au désabonnement")
    assert cell(page, 2, COL_COMPLETE).data(FindingsRole) == []
    assert (row, COL_COMPLETE, row, COL_COMPLETE) in announced  # its tick repainted
    assert {c for r, c, r2, c2 in announced for c in range(c, c2 + 1)} >= {
        COL_CATEGORIES, COL_BASES, COL_COMPLETE}


def test_typing_elsewhere_leaves_the_panels_lists_as_the_user_left_them(
        qtbot: QtBot, page: ActivitiesPage) -> None:
    """A rename in the grid refills the detail panel's fields, not its lists: the category
    the user was on in the checklist stays current, ticks and all."""
    index = cell(page, 0, COL_NAME)
    page.view.setCurrentIndex(index)
    panel = page.detail
    panel.set_activity(int(index.data(IdRole)))
    categories = panel.categories
    at = next(i for i in range(categories.count()) if categories.item(i).text() == "Contact")
    categories.setCurrentRow(at)
    item = categories.item(at)
    assert page.proxy.setData(index, "Clients et prospects")
    assert panel.edits["name"].text() == "Clients et prospects"
    assert categories.currentRow() == at and categories.item(at) is item
    assert item.checkState() == Qt.CheckState.Checked
    page.adapter.set_activity_lists(int(index.data(IdRole)), categories=["Identité"])
    assert categories.item(at).checkState() == Qt.CheckState.Unchecked  # a change: shown
