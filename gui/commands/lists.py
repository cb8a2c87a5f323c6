"""Undoable edits of the list pages, the organisation form and the table import.

Each command calls the core (`model.register.crud`, `model.exchange.table_import`) in one store
transaction and then tells the adapter what changed; the models listening to
the adapter refresh themselves. No command touches a widget. They are
`gui.commands.undo.AdapterCommand`s, pushed with `gui.commands.undo.push`: a command the
core refuses (a duplicate name, an item deleted meanwhile) never reaches the
undo stack, and the refusal is said through the adapter.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gui.adapter import ITEM_MODELS, StoreAdapter
from gui.commands.undo import AdapterCommand
from model.core import catalogue, i18n
from model.register import crud
from model.register.views import ActivitySnapshot, ItemEdit, ItemSnapshot
from model.storage import schema

if TYPE_CHECKING:  # an import's types only: the module loads when a table is imported
    from sqlmodel import Session

    from model.exchange import importer, table_import


translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


def list_item_label(kind: str) -> str:
    """A list's item as the Edit menu names it (the catalogue's, with its article)."""
    return catalogue.list_kind(kind).the_item_label(i18n.language())


def _named(text: str, kind: str, name: str) -> str:
    return text.replace("%1", list_item_label(kind)).replace("%2", name)


class CreateItemCommand(AdapterCommand):
    """Add a category, data subject or recipient; undo removes it, redo puts the same back."""

    def __init__(self, adapter: StoreAdapter, *, kind: str, name: str, **fields: Any) -> None:
        super().__init__(adapter, _named(translate("ListCommands", "Add %1 “%2”"), kind, name))
        self.kind = kind
        self.name = name
        self.fields = fields
        self.item_id: int | None = None
        self._snapshot: ItemSnapshot | None = None

    def execute(self) -> None:
        self.item_id = self.adapter.create_item(self.kind, self.name, **self.fields)

    def replay(self) -> None:
        assert self._snapshot is not None
        self.item_id = self.adapter.restore_item(self.kind, self._snapshot)

    def revert(self) -> None:
        assert self.item_id is not None
        self._snapshot = self.adapter.delete_item(self.kind, self.item_id)


class EditItemCommand(AdapterCommand):
    """Change fields of one list item (name, description, Art. 9/10 flags, kind)."""

    def __init__(self, adapter: StoreAdapter, *, kind: str, item_id: int, name: str,
                 changes: dict[str, Any]) -> None:
        super().__init__(adapter, _named(translate("ListCommands", "Edit %1 “%2”"), kind, name))
        self.kind = kind
        self.item_id = item_id
        self.changes = dict(changes)
        self.edit = ItemEdit(item_id)
        """What the edit changed (old and new value of each field), once executed."""

    def execute(self) -> None:
        self.edit = self.adapter.update_item(self.kind, self.item_id, **self.changes)
        if not self.edit:
            self.setObsolete(True)  # nothing changed: no step in the Edit menu

    def revert(self) -> None:
        self.adapter.update_item(self.kind, self.item_id, **self.edit.fields(undo=True))


class DeleteItemsCommand(AdapterCommand):
    """Delete list items and their links to activities, in one step; undo restores all of it."""

    def __init__(self, adapter: StoreAdapter, *, kind: str, items: list[tuple[int, str]]) -> None:
        if len(items) == 1:
            text = _named(translate("ListCommands", "Delete %1 “%2”"), kind, items[0][1])
        else:
            text = translate("ListCommands", "Delete %n item(s)", None, len(items))
        super().__init__(adapter, text)
        self.kind = kind
        self.item_ids = [item_id for item_id, _ in items]
        self._snapshots: list[ItemSnapshot] = []

    def _linked(self) -> list[int]:
        return sorted({i for s in self._snapshots for i in s.activity_ids})

    def execute(self) -> None:
        model = ITEM_MODELS[self.kind]

        def run(session: Session) -> list[ItemSnapshot]:
            return [crud.delete_item(session, model=model, item_id=i) for i in self.item_ids]

        self._snapshots = self.adapter.write(run, items=[self.kind])
        if self._linked():  # known only once deleted: the activities lost a list item
            self.adapter.activitiesChanged.emit(self._linked())

    def revert(self) -> None:
        model = ITEM_MODELS[self.kind]

        def run(session: Session) -> None:
            for snapshot in self._snapshots:
                crud.restore_item(session, model=model, snapshot=snapshot)

        self.adapter.write(run, items=[self.kind], changed=self._linked())


class EditBasisCommand(AdapterCommand):
    """Change the register's own description of a legal basis."""

    def __init__(self, adapter: StoreAdapter, *, code: str, label: str,
                 description: str) -> None:
        text = translate("ListCommands", "Edit legal basis “%1”")
        super().__init__(adapter, text.replace("%1", label))
        self.code = code
        self.description = description
        self.old: str | None = None

    def execute(self) -> None:
        self.old = self.adapter.update_basis_description(self.code, self.description)
        if self.old == self.description:
            self.setObsolete(True)

    def revert(self) -> None:
        assert self.old is not None
        self.adapter.update_basis_description(self.code, self.old)


class OrganisationEditCommand(AdapterCommand):
    """One organisation field typed into; a run of keystrokes in one field is one step.

    `run` tells runs apart: the form starts a new run when a field gains focus,
    so typing in a field, leaving it and coming back gives two undo steps.
    """

    def __init__(self, adapter: StoreAdapter, *, field: str, label: str, value: str,
                 run: int) -> None:
        super().__init__(adapter, translate("ListCommands", "Edit “%1”").replace("%1", label))
        self.field = field
        self.value = value
        self.run = run
        self.old: str | None = None

    def merge_key(self) -> Hashable | None:
        """The keystrokes of one run in one field join one step."""
        return (self.field, self.run)

    def absorb(self, later: OrganisationEditCommand) -> None:
        self.value = later.value
        if self.value == self.old:
            self.setObsolete(True)  # typed back to where it was: no step left

    def execute(self) -> None:
        old = self.adapter.update_organisation(**{self.field: self.value})
        if self.old is None:
            self.old = old.get(self.field, self.value)
            if self.old == self.value:
                self.setObsolete(True)

    def revert(self) -> None:
        assert self.old is not None
        self.adapter.update_organisation(**{self.field: self.old})


class ImportCommand(AdapterCommand):
    """A whole table import as one step: undo deletes its activities and the categories it made.

    Redo after undo puts back the very same activities (same ids, references
    and dates) and categories, so later steps on the stack still apply to them.
    """

    def __init__(self, adapter: StoreAdapter, *, parsed: importer.ParsedTable,
                 source: str, duplicates: str) -> None:
        text = translate("ListCommands", "Import %n activity(ies) from “%1”", None,
                         len(parsed.rows))
        super().__init__(adapter, text.replace("%1", source))
        self.parsed = parsed
        self.source = source
        self.duplicates = duplicates
        self.result: table_import.ImportResult | None = None
        self._activities: list[ActivitySnapshot] = []
        self._categories: list[ItemSnapshot] = []
        self._before: list[ActivitySnapshot] = []
        """Activities the import updated, as they were before it."""
        self._after: list[ActivitySnapshot] = []
        """The same, as the import left them (kept by undo, for redo)."""

    def _items(self) -> list[str]:
        return ["datacategory"] if self.result and self.result.new_categories else []

    def execute(self) -> None:
        self.result, self._before = self.adapter.import_table(
            self.parsed, source=self.source, duplicates=self.duplicates)

    @staticmethod
    def _swap(session: Session, states: list[ActivitySnapshot]) -> list[ActivitySnapshot]:
        """Put updated activities back as `states` holds them; returns how they were."""
        now = [crud.delete_activity(session, activity_id=s.id) for s in states]
        for state in sorted(states, key=lambda s: s.position):
            crud.restore_activity(session, snapshot=state, action="import")
        return now

    def replay(self) -> None:
        assert self.result is not None

        def run(session: Session) -> None:
            for category in self._categories:
                crud.restore_item(session, model=schema.DataCategory, snapshot=category)
            for activity in self._activities:
                crud.restore_activity(session, snapshot=activity, action="import")
            self._swap(session, self._after)
            if result.organisation_after:
                crud.update_organisation(session, **result.organisation_after)

        result = self.result
        self.adapter.write(run, added=result.activity_ids,
                           changed=[s.id for s in self._after], items=self._items(),
                           organisation=bool(result.organisation_after))

    def revert(self) -> None:
        result = self.result
        assert result is not None

        def run(session: Session) -> None:
            self._after = self._swap(session, self._before)
            self._activities = [crud.delete_activity(session, activity_id=i)
                                for i in result.activity_ids]
            ids = {c.name: c.id for c in crud.item_views(session, "datacategory")}
            self._categories = [
                crud.delete_item(session, model=schema.DataCategory, item_id=ids[name])
                for name in result.new_categories if ids.get(name) is not None
            ]
            if result.organisation_before:  # the fields the import filled, empty again
                crud.update_organisation(session, **result.organisation_before)

        self.adapter.write(run, removed=result.activity_ids,
                           changed=[s.id for s in self._before], items=self._items(),
                           organisation=bool(result.organisation_before))
