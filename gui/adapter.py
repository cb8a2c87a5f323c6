"""A thin Qt adapter over the headless store: every write is one transaction, then a signal.

model/ knows nothing of Qt, so the "data changed" signals live here. Each
method runs one core operation inside `Store.write()` and emits only after the
commit succeeded; a `RegistreError` from the core propagates to the caller
(which shows it) and nothing is emitted, because nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from model import check
from model.core import catalogue, collector
from model.exchange import jsondoc
from model.register import crud, rows
from model.register.views import (
    ActivityEdit,
    ActivitySnapshot,
    ActivityView,
    ItemEdit,
    ItemSnapshot,
    ItemView,
    OrganisationView,
)
from model.storage.store import Store

if TYPE_CHECKING:  # imported where used: a table import and a restore are not the first screen
    from sqlmodel import Session

    from model.exchange import table_import
    from model.storage import backup

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def _many(func: F) -> F:
    """An operation on many activities at once (a bulk edit, a paste, a deletion, an import,
    and their undo), run with the cyclic garbage collector held off (`collector.paused`):
    it and the grid's reload it sets off make some hundred thousand objects that form no
    cycles, and the collections those allocations set off walked the editor's every row
    again and again (two fifths of a data subject added to 10,000 rows, measured)."""
    return collector.paused()(func)


class _ItemModels(Mapping[str, "crud.ListModel"]):
    """`crud.ITEM_MODELS`, read when a table class is first asked for: the kinds are known
    without loading crud (and SQLAlchemy) at start."""

    def __getitem__(self, kind: str) -> crud.ListModel:
        return crud.ITEM_MODELS[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(spec.table for spec in catalogue.NAMED_LISTS)

    def __len__(self) -> int:
        return len(catalogue.NAMED_LISTS)


ITEM_MODELS: Mapping[str, crud.ListModel] = _ItemModels()
"""List kinds whose items can be created and deleted; "legalbasis" is fixed (description only)."""

KINDS = tuple(spec.table for spec in catalogue.LISTS)
"""Every list kind (`catalogue.ItemList.table`): what `itemsChanged` names."""

LIST_KEYS = tuple((spec.argument, spec.table) for spec in catalogue.NAMED_LISTS)
"""An activity's list arguments (`crud.set_activity_lists`) and the kinds of their items."""


class StoreAdapter(QObject):
    """The editor's one way to the register, with signals saying what changed.

    Signals:
    - `activitiesChanged(list[int])`: the fields or lists of these activities changed.
    - `activitiesAdded(list[int])`, `activitiesRemoved(list[int])`: rows appeared or went.
    - `activitiesReset()`: the order changed or the register was replaced; reload everything.
    - `itemsChanged(str kind)`: a list ("datacategory", "legalbasis", "datasubject",
      "recipient") changed; activities naming its items may read differently.
    - `usageChanged(str kind)`: which activities use the items of this list
      ("datacategory", "datasubject", "recipient"), or how they are named, may have
      changed; the list pages recount. Not emitted for an edit that leaves the lists
      and the activity's name alone (typing a purpose recounts nothing).
    - `activityUsageChanged(str kind, list[int])`: only these activities' links to the
      items of this list, or their names, changed; a list page updates the rows they
      touch (an edit at 10,000 activities must not read every usage again).
    - `organisationChanged()`.
    - `storeReplaced()`: another register file is open now.
    - `historyChanged()`: the register's history grew (any write, an export, a restore).
    - `errorOccurred(str)`: an undo/redo failed with this user-facing message.
    """

    activitiesChanged = Signal(list)
    activitiesAdded = Signal(list)
    activitiesRemoved = Signal(list)
    activitiesReset = Signal()
    itemsChanged = Signal(str)
    usageChanged = Signal(str)
    activityUsageChanged = Signal(str, list)
    organisationChanged = Signal()
    storeReplaced = Signal()
    historyChanged = Signal()
    errorOccurred = Signal(str)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._views: tuple[Store, int, dict[tuple[int, ...], list[ActivityView]]] | None = None
        """While `_emit` signals: the activities read by the views it wakes, by the ids asked
        for, with the store and its write count they hold for (the grid and the detail panel
        read the edited row once between them)."""

    # -- the register --------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    @property
    def readonly(self) -> bool:
        """The register was opened read-only: the editor shows it and changes nothing."""
        return self._store.readonly

    def set_store(self, store: Store) -> Store:
        """Switch to another register; returns the old store (the caller closes it)."""
        old, self._store = self._store, store
        self._reloaded()
        return old

    def _reloaded(self) -> None:
        """Everything may differ now: every view reloads."""
        self.storeReplaced.emit()
        self.activitiesReset.emit()
        for kind in KINDS:
            self.itemsChanged.emit(kind)
        self.organisationChanged.emit()
        self.historyChanged.emit()

    def restore_backup(self, info: backup.BackupInfo) -> Path:
        """Replace the register's content with a backup's; returns the before-restore backup.

        The open store stays the same object; every view reloads, as after opening
        another register.
        """
        from model.storage import backup

        safety = backup.restore_backup(self._store, info)
        self._reloaded()
        return safety

    def note_export(self) -> None:
        """An export was recorded in the register (outside the adapter's writes)."""
        self.historyChanged.emit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._store.read() as session:
            yield session

    def write(
        self,
        func: Callable[[Session], T],
        *,
        changed: Sequence[int] = (),
        added: Sequence[int] = (),
        removed: Sequence[int] = (),
        reset: bool = False,
        items: Sequence[str] = (),
        organisation: bool = False,
    ) -> T:
        """Run `func(session)` in one committed transaction, then emit what it says changed.

        The generic entry point for pages that need a core call this class does
        not wrap (GUI-B's list and organisation pages may use it directly).
        """
        with self._store.write() as session:
            result = func(session)
        self._emit(changed=changed, added=added, removed=removed, reset=reset, items=items,
                   organisation=organisation)
        return result

    def _emit(self, *, changed: Sequence[int] = (), added: Sequence[int] = (),
              removed: Sequence[int] = (), reset: bool = False, items: Sequence[str] = (),
              organisation: bool = False, usage: Sequence[str] | None = None,
              activity_usage: Sequence[str] = ()) -> None:
        """Say what changed; `usage` None: any activity added, removed or changed counts.

        `activity_usage`: the lists whose use by the `changed` activities (only) changed.
        """
        outer, self._views = self._views, (self._store, self._store.writes, {})
        try:
            self._signal(changed=changed, added=added, removed=removed, reset=reset,
                         items=items, organisation=organisation, usage=usage,
                         activity_usage=activity_usage)
        finally:
            self._views = outer

    def _signal(self, *, changed: Sequence[int], added: Sequence[int], removed: Sequence[int],
                reset: bool, items: Sequence[str], organisation: bool,
                usage: Sequence[str] | None, activity_usage: Sequence[str]) -> None:
        for kind in items:
            self.itemsChanged.emit(kind)
        if usage is None:
            usage = list(ITEM_MODELS) if changed or added or removed else []
        for kind in usage:
            self.usageChanged.emit(kind)
        for kind in activity_usage:
            if kind not in usage:
                self.activityUsageChanged.emit(kind, list(changed))
        if removed:
            self.activitiesRemoved.emit(list(removed))
        if added:
            self.activitiesAdded.emit(list(added))
        if changed:
            self.activitiesChanged.emit(list(changed))
        if reset:
            self.activitiesReset.emit()
        if organisation:
            self.organisationChanged.emit()
        self.historyChanged.emit()

    def warm(self) -> None:
        """Load what an edit needs (SQLAlchemy, the table classes, the engine) now, while the
        user reads the first screen: the first edit then costs what the others do, not a
        pause of some 0.2 s to import."""
        from model.core import lazy
        from model.storage import history, schema, seals

        lazy.load(crud, schema, history, seals)
        _ = self._store.engine

    def report_error(self, message: str) -> None:
        self.errorOccurred.emit(message)

    # -- reading -----------------------------------------------------------------

    def language(self) -> str:
        return self._store.language()

    # The first screen and every edit's updates read through `rows` (plain sqlite3): no
    # SQLAlchemy to import before the window shows, none of its per-query cost after.

    def item_names(self, kind: str) -> list[str]:
        with self._store.raw() as con:
            return rows.item_names(con, kind)

    def category_flags(self) -> dict[str, set[str]]:
        """The data categories' flags that completeness rules ask about (special, criminal)."""
        spec = catalogue.list_kind("datacategory")
        with self._store.raw() as con:
            return check.category_flags(ItemView(int(c["id"]), spec, c)
                                        for c in rows.categories(con))

    def activities(self, activity_ids: Sequence[int] | None = None) -> list[ActivityView]:
        """All activities (or these) in the user's order, in one query."""
        key = None if activity_ids is None else tuple(activity_ids)
        views = self._views
        memo = views[2] if views and views[:2] == (self._store, self._store.writes) else None
        if memo is not None and key in memo:
            return list(memo[key])
        with self._store.raw() as con:
            found = [ActivityView(i, data) for i, data in rows.activity_dicts(con, activity_ids)]
        if memo is None or key is None:
            return found
        memo[key] = found
        return list(found)  # a copy: the memo's stays as read

    def activity_ids(self) -> list[int]:
        """Ids of all activities in the user's order, without reading them."""
        with self._store.raw() as con:
            return rows.activity_ids(con)

    def note_names(self) -> list[str]:
        """Every activity's note names, activities and notes in the user's order."""
        with self._store.raw() as con:
            return rows.note_names(con)

    def added_note_columns(self) -> list[str]:
        """The note columns the user added, filled in or not."""
        with self._store.raw() as con:
            return rows.added_note_columns(con)

    def add_note_column(self, name: str) -> str:
        """Keep `name` as a column of this register; no activity changes, so the only
        signal is the history's."""
        return self.write(lambda session: crud.add_note_column(session, name))

    def activity(self, activity_id: int) -> ActivityView | None:
        """An activity as the editor reads it; None when it is gone."""
        found = self.activities([activity_id])  # one query, lists included
        return found[0] if found else None

    def history_of(self, ref: str, entity: str | None, after: int = 0) -> list[rows.HistoryLine]:
        """One item's history entries after the entry `after`, oldest first: what the detail
        panel reads after every edit of its activity, so without an ORM session."""
        with self._store.raw() as con:
            return rows.history_lines(con, ref, entity, after)

    def organisation(self) -> OrganisationView:
        with self._store.raw() as con:
            return OrganisationView(rows.organisation_form(rows.organisation(con)))

    def signed_state(self) -> tuple[str, int] | None:
        """(when, changes since) of the last signed record; None when there is none."""
        with self._store.raw() as con:
            return rows.signed_state(con)

    def document(self) -> dict[str, Any]:
        with self.read() as session:
            return jsondoc.export_document(session)

    # -- activities ----------------------------------------------------------------

    def create_activity(self, **fields: Any) -> tuple[int, str]:
        kinds = self._list_kinds(fields)
        with self._store.write() as session:
            activity = crud.create_activity(session, **fields)
            assert activity.id is not None
            activity_id, reference = activity.id, activity.reference
        self._emit(added=[activity_id], items=kinds)
        return activity_id, reference

    def duplicate_activity(self, activity_id: int) -> tuple[int, str]:
        with self._store.write() as session:
            copy = crud.duplicate_activity(session, activity_id=activity_id)
            assert copy.id is not None
            new_id, reference = copy.id, copy.reference
        self._emit(added=[new_id])
        return new_id, reference

    def update_activity(self, activity_id: int, **changes: Any) -> ActivityEdit:
        """Change fields of one activity (values by catalogue key); what changed, for undo."""
        with self._store.write() as session:
            edit = crud.update_activity(session, activity_id=activity_id, **changes)
        if edit:  # the list pages show the activities using an item by name
            self._emit(changed=[activity_id], usage=[],
                       activity_usage=list(ITEM_MODELS) if edit.changed("name") else [])
        return edit

    def set_activity_lists(self, activity_id: int, **lists: Any) -> ActivityEdit:
        """Replace lists of one activity (by `crud.set_activity_lists` argument); what
        changed, for undo."""
        kinds = self._list_kinds(lists)
        with self._store.write() as session:
            edit = crud.set_activity_lists(session, activity_id=activity_id, **lists)
        if edit:
            changed = edit.lists()
            self._emit(changed=[activity_id], items=kinds, usage=[],
                       activity_usage=[kind for key, kind in LIST_KEYS if key in changed])
        return edit

    @_many
    def edit_activities(self, edits: Sequence[tuple[int, dict[str, Any], dict[str, Any]]], *,
                        restore: Sequence[tuple[str, ItemSnapshot]] = ()
                        ) -> list[ActivityEdit]:
        """(id, fields, lists) for many activities in one transaction and one signal;
        returns what each edit changed, in the same order, for undo (`revert_edits`).

        `restore`: (kind, snapshot) of list items to put back first, in the same
        transaction (those a redone paste had created, `revert_edits` took away)."""
        named: dict[str, list[str]] = {}  # every name each list is given, asked about once
        for _id, _fields, lists in edits:
            for key, _kind in LIST_KEYS:
                named.setdefault(key, []).extend(lists.get(key) or ())
        kinds = list(dict.fromkeys([*self._list_kinds(named), *(k for k, _s in restore)]))
        with self._store.write() as session:
            for kind, snapshot in restore:
                crud.restore_item(session, model=ITEM_MODELS[kind], snapshot=snapshot)
            done = self._edit_in(session, edits)
        self._emit(changed=[e.activity_id for e in done if e], items=kinds)
        return done

    @staticmethod
    def _edit_in(session: Session, edits: Sequence[tuple[int, dict[str, Any], dict[str, Any]]]
                 ) -> list[ActivityEdit]:
        done: list[ActivityEdit] = []
        # The fields of every row at once (a bulk edit of 10,000 rows is one read and one
        # history append), then the lists of every row.
        field_edits = iter(crud.update_activities(
            session, [(activity_id, fields) for activity_id, fields, _l in edits if fields]))
        list_edits = iter(crud.set_lists_of_activities(
            session, [(activity_id, lists) for activity_id, _f, lists in edits if lists]))
        for activity_id, fields, lists in edits:
            changes = next(field_edits).changes if fields else ()
            if lists:
                changes += next(list_edits).changes
            done.append(ActivityEdit(activity_id, changes))
        return done

    @_many
    def revert_edits(self, edits: Sequence[ActivityEdit], *,
                     drop: Sequence[tuple[str, str]] = ()) -> list[tuple[str, ItemSnapshot]]:
        """Undo `edits` (what `edit_activities` returned), the last first, in one transaction.

        `drop`: (kind, name) of list items the edits created: those no activity uses then
        are deleted too; returns (kind, snapshot) of each, for `edit_activities(restore=)`."""
        undone = [(e.activity_id, dict(e.fields(undo=True)), dict(e.lists(undo=True)))
                  for e in reversed(edits)]
        dropped: list[tuple[str, ItemSnapshot]] = []
        with self._store.write() as session:
            done = self._edit_in(session, undone)
            for kind in dict.fromkeys(k for k, _n in drop):
                dropped += [(kind, snapshot) for snapshot in crud.delete_unused_items(
                    session, model=ITEM_MODELS[kind], names=[n for k, n in drop if k == kind])]
        self._emit(changed=[e.activity_id for e in done if e],
                   items=list(dict.fromkeys(k for k, _s in dropped)))
        return dropped

    def new_item_names(self, lists: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
        """(kind, name) of the items these lists (by `crud.set_activity_lists` argument) name
        that the register lacks: those setting them creates, in the order named."""
        known: dict[str, set[str]] = {}
        new: dict[tuple[str, str], None] = {}
        for given in lists:
            for key, kind in LIST_KEYS:
                for name in given.get(key) or ():
                    name = str(name).strip()
                    if not name:
                        continue
                    if kind not in known:
                        known[kind] = set(self.item_names(kind))
                    if name not in known[kind]:
                        new[(kind, name)] = None
        return list(new)

    @_many
    def delete_activities(self, activity_ids: Sequence[int]) -> list[ActivitySnapshot]:
        """Remove activities in one transaction; snapshots in the order to restore them."""
        with self._store.write() as session:
            snapshots = [crud.delete_activity(session, activity_id=i) for i in activity_ids]
        self._emit(removed=list(activity_ids))
        return sorted(snapshots, key=lambda s: s.position)

    @_many
    def restore_activities(self, snapshots: Sequence[ActivitySnapshot]) -> list[int]:
        with self._store.write() as session:
            ids = []
            for snapshot in sorted(snapshots, key=lambda s: s.position):
                activity = crud.restore_activity(session, snapshot=snapshot)
                assert activity.id is not None
                ids.append(activity.id)
        self._emit(added=ids)
        return ids

    def move_activity(self, activity_id: int, to_index: int) -> int:
        with self._store.write() as session:
            old = crud.move_activity(session, activity_id=activity_id, to_index=to_index)
        self._emit(reset=True)
        return old

    @_many
    def import_table(self, parsed: Any, *, source: str,
                     duplicates: str) -> tuple[
                         table_import.ImportResult, list[ActivitySnapshot]]:
        """Apply an imported table, after a backup of the register as it was (as the CLI does);
        also gives the activities an UPDATE changed, as they were before it (for undo).

        The backup is what lets the user go back even after the undo stack is gone; when it
        cannot be made, nothing is imported (`RegistreError`).
        """
        from model.exchange import table_import
        from model.storage import backup

        if self._store.path is not None:
            backup.make_backup(self._store, "import")
        before: list[ActivitySnapshot] = []
        with self._store.write() as session:
            if duplicates == table_import.UPDATE:
                ids = dict.fromkeys(d.activity_id for d in
                                    table_import.find_duplicates(session, parsed))
                before = [crud.snapshot_activity(session, activity_id=i) for i in ids]
            result = table_import.apply(session, parsed, source=source, duplicates=duplicates)
        self._emit(added=result.activity_ids, changed=[b.id for b in before],
                   items=list(ITEM_MODELS),  # any list may have grown: its rows name items
                   organisation=bool(result.organisation_after))
        return result, before

    def _list_kinds(self, fields: dict[str, Any]) -> list[str]:
        """Lists that grew: naming an item the register lacks creates it."""
        return list(dict.fromkeys(kind for kind, _name in self.new_item_names([fields])))

    # -- lists and organisation (for the list and organisation pages) ----------

    def create_item(self, kind: str, name: str, **fields: Any) -> int:
        with self._store.write() as session:
            item = crud.create_item(session, model=ITEM_MODELS[kind], name=name, **fields)
            item_id = int(item.id)
        self._emit(items=[kind])
        return item_id

    def update_item(self, kind: str, item_id: int, /, **changes: Any) -> ItemEdit:
        """Change an item's fields; positional `kind` leaves `kind=` to a recipient's kind."""
        with self._store.write() as session:
            edit = crud.update_item(session, model=ITEM_MODELS[kind], item_id=item_id, **changes)
        if edit:
            self._emit(items=[kind], reset=edit.changed("name"))
        return edit

    def delete_item(self, kind: str, item_id: int) -> ItemSnapshot:
        with self._store.write() as session:
            snapshot = crud.delete_item(session, model=ITEM_MODELS[kind], item_id=item_id)
        self._emit(items=[kind], changed=snapshot.activity_ids)
        return snapshot

    def restore_item(self, kind: str, snapshot: ItemSnapshot) -> int:
        with self._store.write() as session:
            item = crud.restore_item(session, model=ITEM_MODELS[kind], snapshot=snapshot)
            item_id = int(item.id)
        self._emit(items=[kind], changed=snapshot.activity_ids)
        return item_id

    def update_basis_description(self, code: str, description: str) -> str:
        with self._store.write() as session:
            old = crud.update_basis_description(session, code=code, description=description)
        self._emit(items=["legalbasis"])
        return old

    def update_organisation(self, **changes: str) -> dict[str, str]:
        with self._store.write() as session:
            old = crud.update_organisation(session, **changes)
        if old:
            self._emit(organisation=True)
        return old
