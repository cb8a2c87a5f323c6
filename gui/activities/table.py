"""The activities table: model, filter proxy and delegates of one view, joined by named roles.

The model loads every activity in a handful of queries (`crud.activity_lists`)
and keeps, per row, what the view shows, a sort key per column and one
accent- and case-folded search string, so that filtering 10,000 rows as the
user types is a substring test per row, not a database query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gui.activities import columns, dates
from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.tables import FlatTableModel
from model import check
from model.core import catalogue, i18n, validate, vocab
from model.core.errors import RegistreError
from model.core.text import fold
from model.exchange import cells
from model.register import crud
from model.register.views import ActivityView

translate = QCoreApplication.translate
"""Aliased so that pyside6-lupdate still sees `translate("Context", …)` calls."""

ModelIndex = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
"""The activity's database id (int)."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A key that sorts the column the way a reader expects (numbers as numbers, no accents)."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""The row's accent- and case-folded text, all columns together."""
FindingsRole = Qt.ItemDataRole.UserRole + 4
"""What Article 30 asks for and the activity lacks (list of str)."""
ReferenceRole = Qt.ItemDataRole.UserRole + 5

_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole, IdRole, ReferenceRole, SortRole, SearchRole, FindingsRole))
"""The roles `data` answers: a repaint asks each cell for a dozen more (font, colours,
alignment, size…), and they are turned away before any enum is compared."""

_ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MOVABLE = _ENABLED | Qt.ItemFlag.ItemIsDragEnabled
_EDITABLE = _MOVABLE | Qt.ItemFlag.ItemIsEditable
"""A cell's flags, combined once: `flags` is asked for every cell painted."""

COLUMNS = columns.grid_columns()
"""The grid's columns without notes: their indexes are the same whatever notes follow."""


def _index_of(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


COL_REFERENCE = _index_of("reference")
COL_NAME = _index_of("name")
COL_CATEGORIES = _index_of("data_categories")
COL_BASES = _index_of("legal_bases")
COL_STATUS = _index_of("status")
COL_COMPLETE = _index_of(columns.COMPLETENESS)


def basis_label(code: str, lang: str | None = None) -> str:
    return vocab.label_of(vocab.LEGAL_BASES, code, lang or i18n.language())


def status_label(code: str, lang: str | None = None) -> str:
    return vocab.label_of(vocab.STATUSES, code, lang or i18n.language())


@dataclass
class Row:
    """One activity as the table shows it."""

    view: ActivityView
    findings: list[str] | None = None
    """What the row lacks; None until checked (`ActivitiesModel.findings_of`)."""
    search: str | None = None
    """Folded when first filtered on (`ActivitiesModel.search_string`), not at start."""
    sort_keys: dict[int, Any] = field(default_factory=dict)
    """Per column, made when first sorted on."""
    loaded: bool = True
    """False until `view` is read: a large register's rows are read after the window shows,
    a chunk at a time (`ActivitiesModel.row_at` reads one when it is needed first)."""

    @property
    def id(self) -> int:
        return self.view.id

    @property
    def reference(self) -> str:
        return self.view.reference

    @property
    def title(self) -> str:
        return self.view.title


def _reference_key(reference: str) -> str:
    head, _, number = reference.rpartition("-")
    return f"{head}-{int(number):012d}" if number.isdigit() else reference


class ActivitiesModel(FlatTableModel):
    """All activities of the register in the user's order.

    Edits go through `undo_stack` as commands when one is given (the editor),
    straight through the adapter otherwise (tests, previews). Either way the
    adapter's signals bring the rows up to date.

    `completenessKnown` is emitted when a background check of every row ends.
    """

    completenessKnown = Signal()

    def __init__(self, *, adapter: StoreAdapter, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.undo_stack = undo_stack
        self._icons: dict[tuple[str, QStyle.StandardPixmap], QIcon] = {}
        self._rows: list[Row] = []
        self._unread = 0
        """Rows not read yet (`Row.loaded`): a large register's, until the background ends."""
        self._row_of: dict[int, int] = {}
        self._special: dict[str, set[str]] = {}
        self._incomplete = 0
        """Checked rows with findings, kept as rows change: the status bar asks after every
        edit."""
        self._unchecked = 0
        """Rows not checked yet: a large register is checked after the window shows."""
        self._next_check = 0
        self._checker = QTimer(self)
        self._checker.setInterval(0)
        self._checker.timeout.connect(self._check_some)
        self._lang = i18n.language()
        self.columns: tuple[columns.Column, ...] = COLUMNS
        """The catalogue's columns, then one per note name of the register (`add_note_column`);
        a note column stays for the session once shown, empty or not."""
        self._new_store = False
        adapter.storeReplaced.connect(self._store_replaced)
        adapter.activitiesChanged.connect(self._on_changed)
        adapter.activitiesAdded.connect(self._on_added)
        adapter.activitiesRemoved.connect(self._on_removed)
        adapter.activitiesReset.connect(self.reload)
        adapter.itemsChanged.connect(self._on_items_changed)
        self.reload()

    # -- loading -------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._lang = i18n.language()
        self._special = self.adapter.category_flags()
        ids = self.adapter.activity_ids()
        if len(ids) <= self.CHECKED_UP_FRONT:
            self._rows, self._unread = self._load(None), 0
            notes = [r.view.json for r in self._rows]
        else:  # what the screen shows first; the others with the background check
            self._rows = [Row(ActivityView(i, {}), loaded=False) for i in ids]
            self._unread = len(ids)
            self._read_from(0)
            notes = [columns.with_notes_named(self.adapter.note_names())]
        notes.append(columns.with_notes_named(self.adapter.added_note_columns()))
        kept = () if self._new_store else [c.note for c in self.columns if c.note]
        self._new_store = False
        self.columns = columns.grid_columns(columns.note_names(notes, kept))
        self._check_all_again()
        self._reindex()
        self.endResetModel()

    def _store_replaced(self) -> None:
        self._new_store = True  # another register: its own notes, not this one's columns

    def add_note_column(self, name: str) -> int:
        """The column of note `name`, added after the others if new (a user's new column)."""
        key = fold(name)
        for i, column in enumerate(self.columns):
            if column.note and fold(column.note) == key:
                return i
        at = len(self.columns)
        self.beginInsertColumns(QModelIndex(), at, at)
        self.columns = (*self.columns, columns.Column(columns.NOTE_PREFIX + name, note=name))
        for row in self._rows:
            row.search = None
        self.endInsertColumns()
        return at

    def _new_notes(self, activities: Iterable[Mapping[str, Any]]) -> None:
        """Columns for note names the changed or added activities (JSON forms) bring."""
        known = [c.note for c in self.columns if c.note]
        for name in columns.note_names(activities, known)[len(known):]:
            self.add_note_column(name)

    def _load(self, ids: Sequence[int] | None) -> list[Row]:
        """Rows of all activities (or of `ids`), read in one query."""
        return [self._make_row(view) for view in self.adapter.activities(ids)]

    def _make_row(self, view: ActivityView) -> Row:
        return Row(view)  # checked by the caller, now or in the background

    def _read_from(self, start: int) -> None:
        """Read the next `CHECK_CHUNK` rows not read yet from `start` on, in one query."""
        wanted: dict[int, Row] = {}
        for row in self._rows[start:]:
            if not row.loaded:
                wanted[row.id] = row
                if len(wanted) >= self.CHECK_CHUNK:
                    break
        self._fill(wanted)

    def read_all(self) -> None:
        """Read every row not read yet, in one query: a filter or a count needs them all."""
        if self._unread:
            self._fill({row.id: row for row in self._rows if not row.loaded})

    def _fill(self, wanted: dict[int, Row]) -> None:
        if not wanted:
            return
        for view in self.adapter.activities(list(wanted)):
            wanted[view.id].view = view
        for row in wanted.values():  # gone meanwhile: its removal follows; empty till then
            if not row.view.json:
                row.view = ActivityView(row.id, {"reference": "", "name": "", "purpose": ""})
            row.loaded = True
        self._unread -= len(wanted)

    def _row(self, r: int) -> Row:
        """The row at `r`, read now (with the next ones) if the background has not yet."""
        row = self._rows[r]
        if not row.loaded:
            self._read_from(r)
        return row

    # -- completeness: every row checked, large registers after the window shows -------

    CHECK_CHUNK = 200
    """Rows checked an event-loop turn: some 10 ms, the window stays responsive."""
    CHECKED_UP_FRONT = CHECK_CHUNK
    """Up to this many rows are read and checked before the window shows; more, after it
    shows, a chunk an event-loop turn, and any row on screen or asked about when it is
    needed (reading and checking 1,000 rows first made the window wait a third of a second
    for what the first screen does not show)."""

    def _check(self, row: Row) -> None:
        """Check a row not counted yet, and count it."""
        # The organisation's findings are the register's, not this row's: Check lists them.
        row.findings = [f.what for f in check.activity_findings(row.view, self._special,
                                                                self._lang)]
        row.sort_keys = {}
        self._incomplete += bool(row.findings)

    def _forget(self, row: Row) -> None:
        """Uncount a row that goes or is replaced."""
        if not row.loaded:
            self._unread -= 1
        if row.findings is None:
            self._unchecked -= 1
        else:
            self._incomplete -= bool(row.findings)

    def findings_of(self, row: Row) -> list[str]:
        """What `row` lacks, checked now if the background has not reached it yet."""
        if row.findings is None:
            if not row.loaded:
                self._fill({row.id: row})
            self._unchecked -= 1
            self._check(row)
            if not self._unchecked:
                self._done_checking()
        assert row.findings is not None
        return row.findings

    def _check_all_again(self) -> None:
        for row in self._rows:
            row.findings = None
        self._incomplete, self._unchecked, self._next_check = 0, len(self._rows), 0
        if len(self._rows) <= self.CHECKED_UP_FRONT:
            for row in self._rows:
                self.findings_of(row)
        else:
            self._checker.start()

    def _check_some(self) -> None:
        """One chunk of the background check."""
        budget = self.CHECK_CHUNK
        while self._unchecked and budget:
            if self._next_check >= len(self._rows):
                self._next_check = 0  # rows moved meanwhile: go round again
            row = self._rows[self._next_check]
            self._next_check += 1
            if not row.loaded:
                self._read_from(self._next_check - 1)
            if row.findings is None:
                self.findings_of(row)
                budget -= 1
        if not self._unchecked:
            self._done_checking()

    def _done_checking(self) -> None:
        if self._checker.isActive():
            self._checker.stop()
            self.completenessKnown.emit()

    def _search_of(self, row: Row) -> str:
        """Every column's text, folded: what the search field finds."""
        if row.search is None:
            texts = [self.cell_text(row, c) for c in self.columns if c.key != columns.COMPLETENESS]
            row.search = fold("\n".join(texts))
        return row.search

    def cell_text(self, row: Row, column: columns.Column) -> str:
        """The text a cell shows and copies."""
        if column.field is not None:
            if column.key == "name":
                return row.title
            return cells.cell_text(column.field, row.view, self._lang)
        if column.note:
            return columns.note_text(row.view.json, column.note)
        findings = self.findings_of(row)
        if not findings:
            return translate("ActivitiesModel", "Complete")
        return translate("ActivitiesModel", "%n missing", "", len(findings))

    def _sort_key(self, row: Row, col: int) -> Any:
        key = row.sort_keys.get(col)
        if key is None:
            column = self.columns[col]
            if column.key == "reference":
                key = _reference_key(row.reference)
            elif column.key == columns.COMPLETENESS:
                key = len(self.findings_of(row))
            elif column.field is not None and column.field.kind == catalogue.Kind.CHOICE:
                codes = [t.code for t in column.field.vocabulary]
                value = row.view.value(column.field)
                key = codes.index(value) if value in codes else len(codes)
            else:
                key = fold(self.cell_text(row, column))
            row.sort_keys[col] = key
        return key

    def column_of(self, key: str) -> int:
        """The index of the column of `key` (a catalogue key, a note's, completeness); -1."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def _reindex(self) -> None:
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}

    def _on_changed(self, ids: list[int]) -> None:
        changed = []
        loaded = self._load([i for i in ids if i in self._row_of])
        self._new_notes(r.view.json for r in loaded)
        for row in loaded:
            r = self._row_of[row.id]
            old = self._rows[r]
            self._forget(old)
            self._check(row)
            self._rows[r] = row
            changed.append(r)
        columns = self._columns_changed(old, row) if len(changed) == 1 else None
        if columns is not None:
            # One row edited (in the grid, in the panel): only its cells that read otherwise
            # are repainted, each row painted costing as much as the edit's write.
            r = changed[0]
            for run in _runs(columns):
                self.dataChanged.emit(self.index(r, run[0]), self.index(r, run[-1]))
            return
        for run in _runs(sorted(changed)):  # a bulk edit: one signal a run
            self.dataChanged.emit(self.index(run[0], 0),
                                  self.index(run[-1], len(self.columns) - 1))

    def _columns_changed(self, old: Row, new: Row) -> list[int] | None:
        """The columns whose cells read differently in `new` than in `old`; None when
        `old` was not read yet (all of them may)."""
        if not old.loaded:
            return None
        before, after = old.view.json, new.view.json
        keys = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        return [i for i, column in enumerate(self.columns)
                if (column.reads in keys if column.reads is not None
                    else old.findings != new.findings)]

    def _on_added(self, ids: list[int]) -> None:
        fresh = [i for i in ids if i not in self._row_of]
        if len(fresh) <= self.CHECKED_UP_FRONT:
            new = {row.id: row for row in self._load(fresh)}
            self._new_notes(r.view.json for r in new.values())
            for row in new.values():
                self._check(row)
        else:  # an import: as at start, the rows on screen now, the others in the background
            new = {i: Row(ActivityView(i, {}), loaded=False) for i in fresh}
            self._unread += len(new)
            self._unchecked += len(new)
            self._new_notes([columns.with_notes_named(self.adapter.note_names())])
            self._checker.start()
        end = len(self._rows) + len(new)
        with self.adapter.read() as session:
            if len(new) <= 100:  # a new row or a few: their places, by the index
                position = crud.places(session, list(new))
            else:  # an import: the whole order, read once
                position = {a: i for i, a in enumerate(crud.activity_ids(session))}
        places = sorted(min(position.get(i, end), end) for i in new)
        by_place = {min(position.get(i, end), end): i for i in new}
        # One insertion a run of neighbouring rows: an import of 10,000 is one signal, not
        # 10,000 each re-indexing the whole table.
        for run in _runs(places):
            at = min(run[0], len(self._rows))
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._rows[at:at] = [new[by_place[p]] for p in run]
            self._reindex()
            self.endInsertRows()

    def _on_removed(self, ids: list[int]) -> None:
        rows = sorted(r for r in (self._row_of.get(i) for i in ids) if r is not None)
        for run in reversed(_runs(rows)):  # from the bottom: the rows above keep their places
            self.beginRemoveRows(QModelIndex(), run[0], run[-1])
            for row in self._rows[run[0]:run[-1] + 1]:
                self._forget(row)
            del self._rows[run[0]:run[-1] + 1]
            self._reindex()
            self.endRemoveRows()

    def _on_items_changed(self, kind: str) -> None:
        if kind != "datacategory":
            return
        special = self.adapter.category_flags()
        if special == self._special:
            return
        self._special = special
        self._check_all_again()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- access for views and the window ------------------------------------------

    def row_of(self, activity_id: int) -> int:
        return self._row_of.get(activity_id, -1)

    def row_at(self, row: int) -> Row:
        return self._row(row)

    def search_string(self, row: int) -> str:
        if not self._rows[row].loaded:
            self.read_all()  # the search runs over every row: read them in one go
        return self._search_of(self._rows[row])

    def incomplete_count(self) -> int:
        """Activities lacking something, every row checked first if need be."""
        if self._unchecked:
            self.read_all()
        for row in self._rows:
            if not self._unchecked:
                break
            self.findings_of(row)
        return self._incomplete

    def known_incomplete_count(self) -> int | None:
        """The same, or None while the background check runs (`completenessKnown` follows)."""
        return None if self._unchecked else self._incomplete

    # -- Qt model interface -----------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if not self.is_column_header(section, orientation):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title(i18n.language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(i18n.language())
        return None

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        """The style's icon, made once: a new QIcon a paint would scale its pixmap again."""
        style = QApplication.style()
        key = (style.name(), pixmap)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = style.standardIcon(pixmap)
        return icon

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.adapter.readonly:
            return _ENABLED
        return _EDITABLE if self.columns[index.column()].editable else _MOVABLE

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._row(index.row()), index.column()
        column = self.columns[col]
        view = row.view
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind in (catalogue.Kind.DATE, catalogue.Kind.TIMESTAMP):
                return dates.display(self.cell_text(row, column))
            if column.kind == catalogue.Kind.LONG_TEXT:
                return " ".join(self.cell_text(row, column).split())
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return edit_value(column, view)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME:
                return view.purpose or None
            if col == COL_BASES and column.field is not None and view.records(column.field):
                return "\n".join(
                    f"{basis_label(b['code'], self._lang)} ({b['article']})"
                    + (f" — {b['justification']}" if b["justification"] else "")
                    for b in view.records(column.field))
            if col == COL_COMPLETE:
                findings = self.findings_of(row)
                if not findings:
                    return translate("ActivitiesModel",
                                     "Everything Article 30 asks for is filled in.")
                return "\n".join(f"• {f}" for f in findings)
            text = self.cell_text(row, column)
            if column.kind in (catalogue.Kind.ITEMS, catalogue.Kind.CHOICES,
                               catalogue.Kind.RECORDS):
                return text.replace(cells.LIST_SEPARATOR, "\n") or None
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_COMPLETE:
            return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning if self.findings_of(row)
                              else QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == IdRole:
            return row.id
        if role == ReferenceRole:
            return row.reference
        if role == SortRole:
            return self._sort_key(row, col)
        if role == SearchRole:
            return self._search_of(row)
        if role == FindingsRole:
            return list(self.findings_of(row))
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel.setData: one undoable command, committed to disk."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._row(index.row())
        column = self.columns[index.column()]
        if not column.editable:
            return False
        change = column_change(column, row.view, value)
        if change is None:
            return False
        if change.fields.get("status") == "validated" and not undo.confirm_validation(
                QApplication.activeWindow(), self.adapter, [row.view]):
            return False
        command: undo.AdapterCommand
        if change.fields:
            command = undo.EditFieldsCommand(
                self.adapter, activity_id=row.id, reference=row.reference,
                changes=change.fields)
        else:
            command = undo.SetListsCommand(
                self.adapter, activity_id=row.id, reference=row.reference,
                lists=change.lists)
            if column.note:
                command.setText(translate("ActivitiesModel", "Edit “%1” of %2")
                                .replace("%1", column.note).replace("%2", row.reference))
        if self.undo_stack is None:
            try:
                command.execute()
            except RegistreError:
                return False
            return True
        return undo.push(self.undo_stack, command)

    def supportedDropActions(self) -> Qt.DropAction:
        """Override QAbstractItemModel.supportedDropActions: rows move in the user's order."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Override QAbstractItemModel.mimeTypes."""
        return ["application/x-registre-activity-ids"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> Any:
        """Override QAbstractItemModel.mimeData: the dragged activities' ids."""
        from PySide6.QtCore import QMimeData

        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData("application/x-registre-activity-ids",
                     ",".join(str(i) for i in ids).encode())
        return mime

    def dropMimeData(self, data: Any, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        """Override QAbstractItemModel.dropMimeData: a drag moves one activity, undoably."""
        if action != Qt.DropAction.MoveAction or self.undo_stack is None:
            return False
        raw = bytes(data.data("application/x-registre-activity-ids").data()).decode()
        ids = [int(i) for i in raw.split(",") if i]
        if len(ids) != 1 or ids[0] not in self._row_of:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        source = self._row_of[ids[0]]
        to_index = row - 1 if row > source else row
        if to_index == source:
            return False
        undo.push(self.undo_stack, undo.MoveActivityCommand(
            self.adapter, activity_id=ids[0], reference=self._row(source).reference,
            to_index=to_index))
        return False  # the move is done; Qt must not remove the source row itself


def edit_value(column: columns.Column, activity: ActivityView) -> Any:
    """What a cell's editor starts from: codes, lists and (code, reason) pairs, not labels."""
    if column.note:
        return columns.note_text(activity.json, column.note)
    if column.field is None:
        return None
    if column.key == "legal_bases":
        return activity.basis_pairs
    value = activity.value(column.field)
    if isinstance(value, list):
        return list(value)
    return value


@dataclass(frozen=True)
class Change:
    """What setting a field asks of the register: scalar fields, or lists (crud's names)."""

    fields: dict[str, Any]
    lists: dict[str, Any]


def column_change(column: columns.Column, activity: ActivityView, value: Any) -> Change | None:
    """The change that gives the cell of `column` the editor's `value`; None: none."""
    if column.note:
        notes = columns.with_note(activity.json, column.note, str(value or ""))
        current = [{"name": n["name"], "text": n["text"]} for n in activity.json.get("notes") or []]
        return None if notes == current else Change({}, {"notes": notes})
    if column.field is None:
        return None
    return change_for(column.field, activity, value)


def change_for(field_: catalogue.Field, activity: ActivityView, value: Any) -> Change | None:
    """The change that gives `field_` the editor's `value`; None when it changes nothing."""
    if field_.key in crud.LIST_ARGUMENTS:
        if field_.key == "legal_bases":
            value = [(str(c), str(j)) for c, j in value]
            current: Any = activity.basis_pairs
        else:
            value = list(value)
            current = activity.value(field_)
        return None if value == current else Change({}, {crud.LIST_ARGUMENTS[field_.key]: value})
    if isinstance(value, str) and field_.key != "purpose":
        value = value.strip()
    if field_.nullable and value == "":
        value = None
    before = activity.value(field_)
    if value == before or (not value and not before and field_.kind != catalogue.Kind.YES_NO):
        return None
    return Change({field_.key: value}, {})


def _runs(numbers: list[int]) -> list[list[int]]:
    """Sorted numbers cut into runs of consecutive ones: [1, 2, 5] gives [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


class ActivitiesProxy(QSortFilterProxyModel):
    """Sorting by `SortRole` and a filter on every column, accent- and case-insensitive.

    Each word typed must appear somewhere in the row. The filter only
    re-runs when the folded words really changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._needles: tuple[str, ...] = ()
        self._columns: dict[int, tuple[str, ...]] = {}
        self._column_texts: dict[int, str] = {}
        self._source: ActivitiesModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Override QSortFilterProxyModel.setSourceModel."""
        self._source = model if isinstance(model, ActivitiesModel) else None
        super().setSourceModel(model)

    def filter_text(self) -> str:
        return " ".join(self._needles)

    def set_filter(self, text: str) -> bool:
        """Filter on `text`; returns whether the filter changed."""
        needles = tuple(fold(text).split())
        if needles == self._needles:
            return False
        self.beginFilterChange()
        self._needles = needles
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        return True

    def column_filter(self, col: int) -> str:
        return self._column_texts.get(col, "")

    def has_column_filters(self) -> bool:
        return bool(self._columns)

    def set_column_filter(self, col: int, text: str) -> None:
        """Keep the rows whose cell in `col` holds every word of `text` (with the search)."""
        needles = tuple(fold(text).split())
        if needles == self._columns.get(col, ()):
            return
        self.beginFilterChange()
        if needles:
            self._columns[col], self._column_texts[col] = needles, text
        else:
            self._columns.pop(col, None)
            self._column_texts.pop(col, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)

    def clear_column_filters(self) -> None:
        for col in list(self._columns):
            self.set_column_filter(col, "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QSortFilterProxyModel.headerData: a filtered column says so."""
        value = super().headerData(section, orientation, role)
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and section in self._column_texts):
            return f"{value} [{self._column_texts[section]}]"
        return value

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Override QSortFilterProxyModel.filterAcceptsRow."""
        if self._columns and self._source is not None:
            self._source.read_all()  # a filter runs over every row: read them in one go
            row = self._source.row_at(source_row)
            for col, needles in self._columns.items():
                text = fold(self._source.cell_text(row, self._source.columns[col]))
                if not all(needle in text for needle in needles):
                    return False
        if not self._needles:
            return True
        if self._source is not None:
            text = self._source.search_string(source_row)
        else:
            index = self.sourceModel().index(source_row, 0, source_parent)
            text = str(index.data(SearchRole) or "")
        return all(needle in text for needle in self._needles)


# -- editors -----------------------------------------------------------------------


class ChecklistEditor(QListWidget):
    """Names with a check box each: the data categories (or subjects, recipients) of one activity.

    `changed` is emitted when the user ticks or unticks an item.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._original: list[str] = []
        self._shown: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        """What `set_items` last showed, until the user ticks: an activity's edit refills
        the detail panel, and its lists mostly stay as they were."""
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._on_item_changed)

    def set_items(self, names: Sequence[str], checked: Sequence[str] = ()) -> None:
        """Show `names` (plus any checked name the list lacks), ticking `checked`."""
        shown = (tuple(names), tuple(checked))
        if shown == self._shown:
            return
        self._loading = True
        self.clear()
        self._original = list(checked)
        wanted = set(checked)
        for name in [*names, *(n for n in checked if n not in set(names))]:
            item = QListWidgetItem(name, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in wanted
                               else Qt.CheckState.Unchecked)
        self._shown = shown
        self._loading = False

    def set_checked(self, checked: Sequence[str]) -> None:
        names = [self.item(i).text() for i in range(self.count())]
        self.set_items(names, checked)

    def checked(self) -> list[str]:
        """Ticked names: those already there keep their order, new ones follow."""
        ticked = [self.item(i).text() for i in range(self.count())
                  if self.item(i).checkState() == Qt.CheckState.Checked]
        kept = [n for n in self._original if n in ticked]
        return kept + [n for n in ticked if n not in kept]

    def set_checked_by_text(self, name: str, on: bool = True) -> None:
        self._shown = None
        for i in range(self.count()):
            if self.item(i).text() == name:
                self.item(i).setCheckState(Qt.CheckState.Checked if on
                                           else Qt.CheckState.Unchecked)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self._shown = None
            self.changed.emit()


class BasesEditor(QFrame):
    """The six Article 6 bases, each with a tick and the justification the user writes.

    `changed` is emitted on a tick and when a justification is finished
    (`textEdited` for live saving is `edited`).
    """

    changed = Signal()
    edited = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None,
                 stacked: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._original: list[str] = []
        self._loading = False
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setHorizontalSpacing(8)
        lang = lang or i18n.language()
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        for r, term in enumerate(vocab.LEGAL_BASES):
            box = QCheckBox(f"{term.label(lang)} ({term.article})", self)
            box.setObjectName(f"basis_{term.code}")
            text = QLineEdit(self)
            text.setObjectName(f"justification_{term.code}")
            text.setPlaceholderText(
                translate("BasesEditor", "Why this basis applies (required for legitimate "
                                         "interests)")
                if term.code == "legitimate_interests"
                else translate("BasesEditor", "Justification"))
            text.setEnabled(False)
            text.setMinimumWidth(120)
            box.toggled.connect(text.setEnabled)
            box.toggled.connect(self._on_toggled)
            text.textEdited.connect(self._on_edited)
            text.editingFinished.connect(self._on_text_finished)
            if stacked:  # narrow places: the justification under its basis
                layout.addWidget(box, 2 * r, 0, 1, 2)
                layout.addWidget(text, 2 * r + 1, 1)
                layout.setColumnMinimumWidth(0, 16)
            else:
                layout.addWidget(box, r, 0)
                layout.addWidget(text, r, 1)
            self.boxes[term.code] = box
            self.texts[term.code] = text
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.boxes[vocab.LEGAL_BASES[0].code])

    def set_value(self, bases: Sequence[tuple[str, str]]) -> None:
        self._loading = True
        given = dict(bases)
        self._original = [code for code, _ in bases]
        for code, box in self.boxes.items():
            box.setChecked(code in given)
            if self.texts[code].text() != given.get(code, ""):
                self.texts[code].setText(given.get(code, ""))
                self.texts[code].setCursorPosition(0)
            self.texts[code].setEnabled(code in given)
        self._loading = False

    def value(self) -> list[tuple[str, str]]:
        ticked = [code for code, box in self.boxes.items() if box.isChecked()]
        order = [c for c in self._original if c in ticked] + [
            c for c in ticked if c not in self._original]
        return [(code, self.texts[code].text().strip()) for code in order]

    def _on_toggled(self, on: bool) -> None:
        if self._loading:
            return
        sender = self.sender()
        for code, box in self.boxes.items():
            if box is sender and on:
                self.texts[code].setFocus()
        self.changed.emit()

    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_text_finished(self) -> None:
        if not self._loading:
            self.changed.emit()


class _FocusWatcher(QObject):
    """Tells when focus leaves a compound editor, whose children get the FocusOut events."""

    def __init__(self, editor: QWidget, on_leave: Any) -> None:
        super().__init__(editor)  # a child of the editor: disconnected when it goes
        self.editor = editor
        self.on_leave = on_leave
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return  # the window lost focus: keep the editor open
        if new is self.editor or self.editor.isAncestorOf(new):
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.disconnect(self._changed)  # once: closing moves the focus again
        self.on_leave()


_EDITOR_NAMES = {"data_categories": "categories", "data_subjects": "subjects"}
"""Editors' object names where they predate the catalogue's keys (tests find them so)."""


def column_at(index: ModelIndex) -> columns.Column | None:
    """The grid column of `index`, through any proxy in between."""
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    if isinstance(model, ActivitiesModel) and 0 <= index.column() < len(model.columns):
        return model.columns[index.column()]
    return None


def _problem(field_: catalogue.Field | None, text: str) -> str:
    if field_ is not None and field_.kind == catalogue.Kind.EMAIL:
        return validate.email_problem(text)
    if field_ is not None and field_.kind == catalogue.Kind.PHONE:
        return validate.phone_problem(text)
    return ""


class ActivitiesDelegate(QStyledItemDelegate):
    """Inline editors of the activities table: text, checklist, bases, status combo."""

    def __init__(self, *, adapter: StoreAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.bulk: Callable[[ModelIndex, Any], bool] | None = None
        """Given the cell and the value, sets it for all the selected rows (True when it did)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        """Override QStyledItemDelegate.createEditor: the editor that fits the field's kind."""
        column = column_at(index)
        field_ = column.field if column is not None else None
        kind = column.kind if column is not None else catalogue.Kind.TEXT  # a note: long text
        lang = i18n.language()
        if field_ is not None and kind == catalogue.Kind.ITEMS:
            checklist = ChecklistEditor(parent)
            checklist.setObjectName(f"{_EDITOR_NAMES.get(field_.key, field_.key)}Editor")
            checklist.set_items(self.adapter.item_names(
                catalogue.item_list(field_.item_list).table))
            return checklist
        if field_ is not None and kind == catalogue.Kind.CHOICES:
            checklist = ChecklistEditor(parent)
            checklist.setObjectName(f"{field_.key}Editor")
            checklist.set_items([t.label(lang) for t in field_.vocabulary])
            return checklist
        if field_ is not None and field_.key == "legal_bases":
            bases = BasesEditor(parent)
            bases.setObjectName("basesEditor")
            self._commit_on_leave(bases)
            return bases
        if field_ is not None and kind in (catalogue.Kind.CHOICE, catalogue.Kind.YES_NO):
            combo = QComboBox(parent)
            combo.setObjectName(f"{_EDITOR_NAMES.get(field_.key, field_.key)}Editor")
            if kind == catalogue.Kind.YES_NO:
                for text, data in (("—", None), (translate("ActivitiesDelegate", "Yes"), True),
                                   (translate("ActivitiesDelegate", "No"), False)):
                    combo.addItem(text, data)
            else:
                if field_.key != "status":
                    combo.addItem("—", "")
                for term in field_.vocabulary:
                    combo.addItem(term.label(lang), term.code)
            combo.activated.connect(lambda *_a, c=combo: self.commitData.emit(c))
            return combo
        if kind in (catalogue.Kind.DATE, catalogue.Kind.TIMESTAMP):
            date_edit = dates.DateLineEdit(parent)
            date_edit.setObjectName("dateEditor")
            date_edit.picked.connect(lambda *_a, e=date_edit: self.commitData.emit(e))
            return date_edit
        if kind == catalogue.Kind.LONG_TEXT:
            plain = QPlainTextEdit(parent)
            plain.setObjectName("longTextEditor")
            plain.setTabChangesFocus(True)
            self._commit_on_leave(plain)
            return plain
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("textEditor")
        return editor

    def _commit_on_leave(self, editor: QWidget) -> None:
        def leave(editor: QWidget = editor) -> None:
            if editor.isVisible() and _still_open(editor):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

        _FocusWatcher(editor, leave)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        """Override QStyledItemDelegate.setEditorData."""
        value = index.data(Qt.ItemDataRole.EditRole)
        column = column_at(index)
        field_ = column.field if column is not None else None
        if isinstance(editor, ChecklistEditor) and field_ is not None:
            if field_.kind == catalogue.Kind.CHOICES:
                lang = i18n.language()
                editor.set_items([t.label(lang) for t in field_.vocabulary],
                                 [vocab.label_of(field_.vocabulary, c, lang) for c in value or []])
            else:
                editor.set_items(self.adapter.item_names(
                    catalogue.item_list(field_.item_list).table), list(value or []))
        elif isinstance(editor, BasesEditor):
            editor.set_value(list(value or []))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, dates.DateLineEdit):
            editor.set_iso(str(value or ""))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ModelIndex) -> None:
        """Override QStyledItemDelegate.setModelData: an e-mail, phone or date that is not
        one is said, and not saved."""
        column = column_at(index)
        field_ = column.field if column is not None else None
        value: Any
        if isinstance(editor, ChecklistEditor):
            value = editor.checked()
            if field_ is not None and field_.kind == catalogue.Kind.CHOICES:
                codes = {t.label(i18n.language()): t.code for t in field_.vocabulary}
                value = [codes.get(n, n) for n in value]
        elif isinstance(editor, BasesEditor):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, dates.DateLineEdit):
            value = editor.iso()
            if value is None:
                self.adapter.report_error(editor.problem())
                return
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            problem = _problem(field_, value)
            if problem:
                self.adapter.report_error(problem)
                return
        else:
            super().setModelData(editor, model, index)
            return
        if self.bulk is not None and self.bulk(index, value):
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: ModelIndex) -> None:
        """Override QStyledItemDelegate.updateEditorGeometry: lists open below the cell."""
        rect = option.rect
        if isinstance(editor, ChecklistEditor | BasesEditor | QPlainTextEdit):
            viewport = editor.parentWidget()
            hint = editor.sizeHint()
            if isinstance(editor, ChecklistEditor):
                rows = max(1, editor.count())
                height = min(editor.sizeHintForRow(0) * rows + 2 * editor.frameWidth(), 320)
                width = max(rect.width(), editor.sizeHintForColumn(0) + 40, 220)
            elif isinstance(editor, QPlainTextEdit):
                height = editor.fontMetrics().lineSpacing() * 6 + 12
                width = max(rect.width(), 360)
            else:
                height, width = hint.height(), max(rect.width(), hint.width(), 560)
            x, y = rect.left(), rect.top()
            if viewport is not None:
                area = viewport.rect()
                width = min(width, area.width())
                height = min(height, area.height())
                x = max(0, min(x, area.width() - width))
                y = max(0, min(y, area.height() - height))
            editor.setGeometry(x, y, width, height)
            editor.raise_()
            return
        super().updateEditorGeometry(editor, option, index)


def _still_open(editor: QWidget) -> bool:
    """Whether `editor` is still its view's editor of the current cell. A view closing an
    editor (Enter, Tab, a flush) lets go of it first, then takes the focus back, and only
    then hides it: the focus leaving it then is no reason to save and close it again."""
    viewport = editor.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if not isinstance(view, QAbstractItemView):
        return True
    # indexWidget() is None when no cell editor is open, whatever the stubs say.
    open_: QWidget | None = view.indexWidget(view.currentIndex())
    return open_ is editor


def commit_open_editor(view: QAbstractItemView) -> None:
    """Save and close the cell editor open in `view`, if any, as focus leaving it would.

    What is typed in a cell reaches the model only when its editor closes: closing the
    window, undoing or switching activity must not wait for that.
    """
    # indexWidget() is None when no cell editor is open, whatever the stubs say.
    editor: QWidget | None = view.indexWidget(view.currentIndex())
    if editor is None:
        focus = QApplication.focusWidget()
        if focus is not None and view.viewport().isAncestorOf(focus):
            editor = focus
            while editor is not None and editor.parentWidget() is not view.viewport():
                editor = editor.parentWidget()
    if editor is not None:
        delegate = view.itemDelegateForIndex(view.currentIndex()) or view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
