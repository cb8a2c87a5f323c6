"""The list pages driven like a user: typing in cells, ticking, deleting with confirmation, undo.

No Qt translator is installed here, so interface texts are the English source
strings; the core's own messages follow the pinned French.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.commands.undo import ConfirmDialog
from gui.lists import page
from gui.lists.page import ListPage
from model.core import i18n
from model.register import crud
from model.storage import schema
from model.storage.store import Store


@pytest.fixture
def adapter(store: Store) -> StoreAdapter:
    return StoreAdapter(store=store)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def make_page(qtbot: QtBot, kind: str, adapter: StoreAdapter, stack: QUndoStack) -> ListPage:
    page = ListPage(kind, adapter=adapter, undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    return page


def categories(store: Store) -> dict[str, schema.DataCategory]:
    with store.read() as session:
        return {c.name: c for c in crud.list_items(session, schema.DataCategory)}


def row_of(page: ListPage, name: str) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            return row
    raise AssertionError(name)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest only knows ASCII keys, so others come as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def type_into_cell(qtbot: QtBot, page: ListPage, row: int, column: int, text: str) -> None:
    index = page.proxy.index(row, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    press_return(qtbot, page, editor)


def press_return(qtbot: QtBot, page: ListPage, editor: QWidget) -> None:
    """Return in a cell editor; the delegate commits in a queued call, so wait for it."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.indexWidget(page.view.currentIndex()) is None)


@pytest.mark.parametrize("kind", page.PAGE_KINDS)
def test_every_list_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any,
                                                  adapter: StoreAdapter, stack: QUndoStack,
                                                  kind: str) -> None:
    page = make_page(qtbot, kind, adapter, stack)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_add_a_category_then_name_it_and_undo_both(qtbot: QtBot, adapter: StoreAdapter,
                                                   stack: QUndoStack, store: Store) -> None:
    i18n.set_language("en")  # the Edit menu's sentence and the catalogue's item, in English
    page = make_page(qtbot, "datacategory", adapter, stack)
    before = page.model.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    editor = page.view.indexWidget(page.view.currentIndex())
    assert isinstance(editor, QLineEdit), "the new name is open for typing"
    editor.selectAll()
    type_text(qtbot, editor, "Géolocalisation")
    press_return(qtbot, page, editor)
    assert "Géolocalisation" in categories(store)
    assert stack.count() == 2
    assert stack.undoText() == "Edit data category “New category”"

    stack.undo()
    assert "New category" in categories(store)
    stack.undo()
    assert "New category" not in categories(store)
    assert page.model.rowCount() == before
    stack.redo()
    stack.redo()
    assert "Géolocalisation" in categories(store)


def test_edit_description_and_flags_are_undoable(qtbot: QtBot, adapter: StoreAdapter,
                                                 stack: QUndoStack, store: Store) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    row = row_of(page, "Contact")
    type_into_cell(qtbot, page, row, 1, "Téléphone et courriel")
    assert categories(store)["Contact"].description == "Téléphone et courriel"

    special = page.model.columns.index("special")
    index = page.proxy.index(row, special)
    assert page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert categories(store)["Contact"].special is True
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    stack.undo()
    assert categories(store)["Contact"].special is False
    stack.undo()
    assert categories(store)["Contact"].description.startswith("Adresse postale")


def test_renaming_to_an_existing_name_is_refused_and_leaves_no_step(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack, store: Store) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    errors: list[str] = []
    adapter.errorOccurred.connect(errors.append)
    type_into_cell(qtbot, page, row_of(page, "Contact"), 0, "Identité")
    assert errors == ["« Identité » existe déjà."]
    assert stack.count() == 0
    assert "Contact" in categories(store)


def test_delete_a_used_category_lists_its_activities_and_undo_restores_links(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack, store: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with store.write() as session:
        for i in range(5):
            crud.create_activity(session, name=f"Activité {i + 1}", categories=["Santé"])
        crud.create_activity(session, name="Sans santé", categories=["Contact"])
    page = make_page(qtbot, "datacategory", adapter, stack)
    row = row_of(page, "Santé")
    assert page.proxy.index(row, page.model.columns.index("usage")).data() == 5

    asked: list[dict[str, str]] = []

    def fake_ask(_parent: Any, **kwargs: str) -> bool:
        asked.append(kwargs)
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", fake_ask)
    page.view.selectRow(row)
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert asked[0]["text"] == "Delete “Santé”?"
    details = asked[0]["details"]
    assert "5 activit" in details
    for ref in ("T-001", "T-002", "T-003", "T-004", "T-005"):
        assert ref in details
    assert "T-006" not in details
    assert "Santé" not in categories(store)

    stack.undo()
    restored = categories(store)["Santé"]
    assert restored.special is True
    with store.read() as session:
        assert assert_refs(session, restored.id) == ["T-001", "T-002", "T-003", "T-004",
                                                    "T-005"]
    assert page.proxy.index(row_of(page, "Santé"), 4).data() == 5


def assert_refs(session: Any, item_id: int | None) -> list[str]:
    assert item_id is not None
    return crud.item_usage(session, model=schema.DataCategory, item_id=item_id)


def test_delete_cancelled_changes_nothing(qtbot: QtBot, adapter: StoreAdapter,
                                          stack: QUndoStack, store: Store,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *_a, **_k: False)
    page = make_page(qtbot, "datacategory", adapter, stack)
    page.view.selectRow(row_of(page, "Contact"))
    assert page.delete_selected() is False
    assert "Contact" in categories(store)
    assert stack.count() == 0


def test_unused_item_delete_says_so(qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("en")  # the Edit menu's sentence and the catalogue's item, in English
    asked: list[dict[str, str]] = []
    monkeypatch.setattr(ConfirmDialog, "ask",
                        lambda _p, **kw: asked.append(kw) or True)
    page = make_page(qtbot, "datasubject", adapter, stack)
    page.view.selectRow(row_of(page, "Prospects"))
    page.view.selectRow(row_of(page, "Prospects"))
    assert page.delete_selected()
    assert "No activity uses it" in asked[0]["details"]
    assert stack.undoText() == "Delete data subject “Prospects”"


def test_legal_basis_description_edit_and_undo(qtbot: QtBot, adapter: StoreAdapter,
                                               stack: QUndoStack, store: Store) -> None:
    page = make_page(qtbot, "legalbasis", adapter, stack)
    assert not page.add_button.isVisible()
    assert page.model.rowCount() == 6
    row = row_of(page, "Exécution d'un contrat")
    assert page.proxy.index(row, 1).data() == "Art. 6(1)(b)"
    assert not page.proxy.flags(page.proxy.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    type_into_cell(qtbot, page, row, 2, "Commandes et abonnements")
    with store.read() as session:
        assert {b.code: b.description for b in crud.legal_bases(session)}["contract"] == (
            "Commandes et abonnements")
    stack.undo()
    with store.read() as session:
        assert {b.code: b.description for b in crud.legal_bases(session)}["contract"] == ""
    assert page.proxy.index(row, 2).data() == ""


def test_recipient_kind_through_the_combo(qtbot: QtBot, adapter: StoreAdapter,
                                          stack: QUndoStack, store: Store) -> None:
    page = make_page(qtbot, "recipient", adapter, stack)
    row = row_of(page, "Hébergeur")
    column = page.model.columns.index("kind")
    index = page.proxy.index(row, column)
    assert index.data() == "Sous-traitant"
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    combo = page.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("third_party"))
    page.kind_delegate.commitData.emit(combo)
    assert page.proxy.index(row, column).data() == "Tiers"
    with store.read() as session:
        kinds = {r.name: r.kind for r in crud.list_items(session, schema.Recipient)}
    assert kinds["Hébergeur"] == "third_party"
    stack.undo()
    assert page.proxy.index(row, column).data() == "Sous-traitant"


def test_filter_ignores_accents_and_case_on_every_column(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    page.set_filter("identite")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Identité"]
    page.set_filter("CONDAMNATIONS penales")  # the description column
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "Infractions et condamnations"]
    page.set_filter("")
    assert page.proxy.rowCount() == page.model.rowCount()

    recipients = make_page(qtbot, "recipient", adapter, stack)
    recipients.set_filter("sous-traitant")  # the kind column, as displayed
    assert recipients.proxy.rowCount() == 2


def test_selected_ids(qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack,
                      store: Store) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    page.view.selectRow(row_of(page, "Contact"))
    assert page.selected_ids() == [categories(store)["Contact"].id]
    bases = make_page(qtbot, "legalbasis", adapter, stack)
    bases.view.selectRow(0)
    assert bases.selected_ids() == ["consent"]


def test_activity_changes_update_the_counts(qtbot: QtBot, adapter: StoreAdapter,
                                            stack: QUndoStack) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    column = page.model.columns.index("usage")
    assert page.proxy.index(row_of(page, "Contact"), column).data() == 0
    adapter.create_activity(name="Paie", categories=["Contact"])
    assert page.proxy.index(row_of(page, "Contact"), column).data() == 1
    assert "T-001 – Paie" in page.proxy.index(row_of(page, "Contact"), column).data(
        Qt.ItemDataRole.ToolTipRole)


def test_clicking_the_centred_tick_toggles_it(qtbot: QtBot, adapter: StoreAdapter,
                                              stack: QUndoStack, store: Store) -> None:
    page = make_page(qtbot, "datacategory", adapter, stack)
    index = page.proxy.index(row_of(page, "Profil"), page.model.columns.index("criminal"))
    centre = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert categories(store)["Profil"].criminal is True
    assert stack.count() == 1
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert categories(store)["Profil"].criminal is False
    assert stack.count() == 2


def test_delete_several_at_once_is_one_step(qtbot: QtBot, adapter: StoreAdapter,
                                            stack: QUndoStack, store: Store,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *_a, **_k: True)
    adapter.create_activity(name="Paie", categories=["Contact", "Suivi"])
    page = make_page(qtbot, "datacategory", adapter, stack)
    page.view.selectRow(row_of(page, "Contact"))
    page.view.selectionModel().select(
        page.proxy.index(row_of(page, "Suivi"), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2
    _title, text, details = page.confirmation(
        [page.model.item(page.model.row_of(i)) for i in page.selected_ids() if isinstance(i, int)])
    assert "2" in text and "T-001 – Paie" in details
    assert page.delete_selected()
    assert {"Contact", "Suivi"}.isdisjoint(categories(store))
    assert stack.count() == 1
    stack.undo()
    with store.read() as session:
        activity = crud.activities(session)[0]
        assert crud.activity_dict(session, activity)["data_categories"] == ["Contact", "Suivi"]


def test_a_refused_edit_keeps_what_redo_would_bring_back(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack, store: Store) -> None:
    """Undo a description, then try a name the register refuses: Redo still restores it."""
    page = make_page(qtbot, "datacategory", adapter, stack)
    type_into_cell(qtbot, page, row_of(page, "Contact"), 1, "Téléphone et courriel")
    stack.undo()
    errors: list[str] = []
    adapter.errorOccurred.connect(errors.append)
    type_into_cell(qtbot, page, row_of(page, "Contact"), 0, "Identité")
    assert errors == ["« Identité » existe déjà."]
    assert stack.canRedo()
    stack.redo()
    assert categories(store)["Contact"].description == "Téléphone et courriel"


def test_typing_in_an_activity_recounts_only_when_a_list_or_its_name_changed(
        qtbot: QtBot, adapter: StoreAdapter, stack: QUndoStack,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving a purpose keystroke by keystroke must not re-read every item's usage;
    an edit re-reads only the items an activity starts using, a rename none."""
    activity_id, _ = adapter.create_activity(name="Paie", categories=["Contact"])
    other, _ = adapter.create_activity(name="Accueil", categories=["Contact", "Identité"])
    pages = [make_page(qtbot, kind, adapter, stack) for kind in page.PAGE_KINDS]
    reads: list[tuple[str, list[int] | None]] = []
    real = crud.item_usages

    def counting(session: Any, *, model: Any, item_ids: Any = None) -> Any:
        reads.append((model.__name__, None if item_ids is None else list(item_ids)))
        return real(session, model=model, item_ids=item_ids)

    monkeypatch.setattr(crud, "item_usages", counting)
    adapter.update_activity(activity_id, purpose="Verser les salaires")
    assert reads == []
    adapter.set_activity_lists(activity_id, subjects=["Salariés"])
    subjects = pages[page.PAGE_KINDS.index("datasubject")]
    employees = subjects.model.item(row_of(subjects, "Salariés")).id
    assert reads == [("DataSubject", [employees])]  # the one item that gained a user
    adapter.set_activity_lists(activity_id, subjects=["Salariés", "Bénévoles"])
    assert reads[1:] == [("DataSubject", None)]  # a new subject: the list itself grew
    categories = pages[0]
    usage = categories.model.columns.index("usage")

    def used_by(name: str) -> str:
        return str(categories.proxy.index(row_of(categories, name), usage).data(
            Qt.ItemDataRole.ToolTipRole))

    reads.clear()
    adapter.set_activity_lists(activity_id, categories=["Identité"])
    identity = categories.model.item(row_of(categories, "Identité")).id
    assert reads == [("DataCategory", [identity])]  # only the item gaining a user
    assert used_by("Identité") == "T-001 – Paie\nT-002 – Accueil"  # in the user's order
    assert used_by("Contact") == "T-002 – Accueil"
    reads.clear()
    adapter.update_activity(activity_id, name="Paie des salariés")
    adapter.update_activity(other, name="Accueil du public")
    assert reads == []
    assert used_by("Identité") == "T-001 – Paie des salariés\nT-002 – Accueil du public"
    assert used_by("Contact") == "T-002 – Accueil du public"
    assert categories.proxy.index(row_of(categories, "Identité"), usage).data() == 2
