"""The grid's many-cell edits as one undo step each: a paste, a fill-down, a bulk edit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.adapter import StoreAdapter
from gui.commands.undo import AdapterCommand
from model.core.catalogue import Field
from model.register.views import ActivityEdit, ItemSnapshot

translate = QCoreApplication.translate

Edit = tuple[int, dict[str, Any], dict[str, Any]]
"""(activity id, scalar fields, lists by `crud.set_activity_lists` argument)."""


class EditManyCommand(AdapterCommand):
    """Several activities changed in one transaction; undo puts every one back."""

    def __init__(self, adapter: StoreAdapter, text: str, edits: Sequence[Edit]) -> None:
        super().__init__(adapter, text)
        self.edits = list(edits)
        self.done: list[ActivityEdit] = []
        """What each edit changed (old and new values), to undo it."""
        self.created: list[tuple[str, str]] = []
        """(kind, name) of the list items the edits named that the register lacked: undo
        takes them away again when no activity uses them."""
        self.dropped: list[tuple[str, ItemSnapshot]] = []
        """Those the last undo took away, put back as they were by redo."""

    def execute(self) -> None:
        self.created = self.adapter.new_item_names(lists for _i, _f, lists in self.edits)
        self.done = self.adapter.edit_activities(self.edits)
        if not any(self.done):
            self.setObsolete(True)

    def replay(self) -> None:
        self.done = self.adapter.edit_activities(self.edits, restore=self.dropped)
        self.dropped = []

    def revert(self) -> None:
        self.dropped = self.adapter.revert_edits(self.done, drop=self.created)


def set_text(label: str, count: int) -> str:
    """ "Set retention period for 12 activities"."""
    return translate("GridCommands", "Set %1 for %n activities", "", count).replace("%1", label)


def paste_text(count: int) -> str:
    return translate("GridCommands", "Paste %n cell(s)", "", count)


def fill_text(count: int) -> str:
    return translate("GridCommands", "Fill down %n cell(s)", "", count)


# -- bulk edits: what the Bulk edit dialog asks, what the grid does with it ---------------------

SET, ADD, REMOVE = "set", "add", "remove"
"""A bulk edit sets a value, or adds items to a list or removes them from it."""


@dataclass(frozen=True)
class BulkField:
    """A column a bulk edit may change: a catalogue field, or a named note (`field` None)."""

    key: str
    title: str
    field: Field | None = None


@dataclass(frozen=True)
class BulkChange:
    """One bulk edit: for SET the value an editor of the field gives; for ADD and REMOVE
    the names (or codes) to add or remove, and for the legal bases (code, justification)."""

    key: str
    mode: str
    value: Any
    items: tuple[str, ...] = ()
    """The items' names as the user reads them, for the Edit menu's text."""


def in_sentence(title: str, *, note: bool = False) -> str:
    """A column's title inside a sentence: "retention period", "“System”" for a note."""
    if note:
        return translate("GridCommands", "“%1”").replace("%1", title)
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def bulk_text(title: str, change: BulkChange, count: int) -> str:
    """ "Set retention for 12 activities", "Add “Clients” to “Data subjects” of 12 …"."""
    if change.mode == SET:
        # A note's column key is "note:NAME"; no catalogue key holds a colon.
        return set_text(in_sentence(title, note=":" in change.key), count)
    names = ", ".join(translate("GridCommands", "“%1”").replace("%1", n) for n in change.items)
    if change.mode == ADD:
        text = translate("GridCommands", "Add %1 to “%2” of %n activities", "", count)
    else:
        text = translate("GridCommands", "Remove %1 from “%2” of %n activities", "", count)
    return text.replace("%1", names).replace("%2", title)
