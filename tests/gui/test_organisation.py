"""The organisation form: saved as the user types, one undo step per run of typing, durable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.organisation.page import OrganisationPage
from model.register import crud
from model.storage.store import Store


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest only knows ASCII keys, so others come as key events."""
    for char in text:
        if char.isascii() and char != "\n":
            qtbot.keyClicks(widget, char)
        elif char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def saved(qtbot: QtBot, page: OrganisationPage) -> None:
    """Wait for the pause after typing that saves it, as a user stopping to think."""
    qtbot.waitUntil(lambda: not page._pending)


def focus(qtbot: QtBot, page: OrganisationPage, name: str) -> QWidget:
    widget = page.fields[name]
    page.focus_field(name)
    # offscreen windows may not take focus: deliver the FocusIn the form listens for
    QApplication.sendEvent(widget, QEvent(QEvent.Type.FocusIn))
    return widget


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> OrganisationPage:
    widget = OrganisationPage(adapter=StoreAdapter(store=store), undo_stack=QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def org(store: Store) -> dict[str, str]:
    with store.read() as session:
        return crud.get_organisation(session).model_dump()


def test_typing_is_saved_at_once_and_undone_in_one_step(qtbot: QtBot, page: OrganisationPage,
                                                        store: Store) -> None:
    stack = page._undo_stack
    type_text(qtbot, focus(qtbot, page, "name"), "Boulangerie Éloïse")
    saved(qtbot, page)
    assert org(store)["name"] == "Boulangerie Éloïse"
    assert stack.count() == 1
    assert stack.undoText() == "Edit “controller name”"

    type_text(qtbot, focus(qtbot, page, "dpo_email"), "dpo@eloise.fr")
    saved(qtbot, page)
    assert stack.count() == 2
    type_text(qtbot, focus(qtbot, page, "address"), "12 rue des Lilas\n75011 Paris")
    saved(qtbot, page)
    assert org(store)["address"] == "12 rue des Lilas\n75011 Paris"
    assert stack.count() == 3

    stack.undo()
    assert org(store)["address"] == ""
    assert page.text("address") == ""
    stack.undo()
    assert org(store)["dpo_email"] == ""
    assert page.text("dpo_email") == ""
    stack.undo()
    assert org(store)["name"] == ""
    assert page.text("name") == ""
    stack.redo()
    assert page.text("name") == "Boulangerie Éloïse"


def test_coming_back_to_a_field_is_a_new_step(qtbot: QtBot, page: OrganisationPage,
                                              store: Store) -> None:
    stack = page._undo_stack
    type_text(qtbot, focus(qtbot, page, "phone"), "01 23 45")
    saved(qtbot, page)
    type_text(qtbot, focus(qtbot, page, "phone"), " 67")
    saved(qtbot, page)
    assert stack.count() == 2
    stack.undo()
    assert org(store)["phone"] == "01 23 45"


def test_typing_after_undo_does_not_merge_into_an_older_step(
        qtbot: QtBot, page: OrganisationPage, store: Store) -> None:
    stack = page._undo_stack
    widget = focus(qtbot, page, "name")
    type_text(qtbot, widget, "Acme")
    saved(qtbot, page)
    stack.undo()
    type_text(qtbot, widget, "Zed")
    saved(qtbot, page)
    assert org(store)["name"] == "Zed"
    assert stack.count() == 1
    stack.undo()
    assert org(store)["name"] == ""


def test_durable_after_reopening_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    store = Store.open(path)
    page = OrganisationPage(adapter=StoreAdapter(store=store), undo_stack=QUndoStack())
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, focus(qtbot, page, "dpo_name"), "Camille Martin")
    saved(qtbot, page)
    type_text(qtbot, focus(qtbot, page, "registration_number"), "123 456 789 00012")
    saved(qtbot, page)
    page.close()
    store.close()

    reopened = Store.open(path)
    try:
        again = OrganisationPage(adapter=StoreAdapter(store=reopened), undo_stack=QUndoStack())
        qtbot.addWidget(again)
        assert again.text("dpo_name") == "Camille Martin"
        assert again.text("registration_number") == "123 456 789 00012"
    finally:
        reopened.close()


def test_changes_made_elsewhere_show_up(qtbot: QtBot, page: OrganisationPage) -> None:
    page._adapter.update_organisation(email="contact@eloise.fr")
    assert page.text("email") == "contact@eloise.fr"
    assert page._undo_stack.count() == 0
