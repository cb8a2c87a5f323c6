"""View ▸ History of the register…: every change, who made it, and whether the chain holds.

`HistoryModel` lists history entries newest first (all of them, or one
activity's for the detail panel) and reloads when the adapter says the
history grew. `HistoryProxy` filters on the model's roles: words, and "only
what changed since the last signed record" (the entries
`publish.changes_since_last_signed_export` returns). `HistoryWindow` puts the
chain's status on top: intact, or where it breaks, in red.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import styles
from gui.adapter import StoreAdapter
from gui.dialogs import files
from gui.tables import FlatTableModel, ModelIndex
from model.core import catalogue, i18n, vocab
from model.core.errors import RegistreError
from model.core.i18n import local_time
from model.core.text import fold
from model.signing import publish
from model.storage import history

if TYPE_CHECKING:
    from model.register.rows import HistoryLine
    from model.storage.schema import HistoryEntry

    Entry: TypeAlias = HistoryEntry | HistoryLine
    """A history entry as shown: the table's row (the whole history, read with the chain
    check) or a `HistoryLine` (one item's, read without the ORM)."""

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


IdRole = Qt.ItemDataRole.UserRole + 1
"""The entry's id in the history table."""
SearchRole = Qt.ItemDataRole.UserRole + 2
"""Every shown text of the row, folded, for the word filter."""


COL_NUMBER, COL_WHEN, COL_USER, COL_ACTION, COL_ITEM, COL_FIELD, COL_CHANGE = range(7)
RELOAD_DELAY_MS = 150

INTACT_STYLE = styles.verdict(styles.Verdict.GOOD)
BROKEN_STYLE = styles.verdict(styles.Verdict.BAD)


def action_label(action: str) -> str:
    return history.action_label(action, i18n.language())


def entity_label(entity: str) -> str:
    return history.entity_label(entity, i18n.language())


_RECORDS: dict[str, tuple[catalogue.Field, ...]] = {
    "activity": catalogue.ACTIVITY, "organisation": catalogue.ORGANISATION,
    **{spec.table: spec.fields for spec in catalogue.LISTS},
}
"""The catalogue's fields of each entity the history names."""


def field_label(entity: str, field: str) -> str:
    """The user's name for a field named in the history: the catalogue's label."""
    if not field:
        return ""
    spec = catalogue.find(field, _RECORDS.get(entity, ()))
    if spec is not None:
        return spec.label(i18n.language())
    other = {
        "language": translate("HistoryModel", "language"),
        "pdf": translate("HistoryModel", "PDF record"),
        "backup": translate("HistoryModel", "backup"),
        "position": translate("HistoryModel", "position"),
        "note_columns": translate("HistoryModel", "column added"),
    }
    return other.get(field, field)


_CODED_FIELDS = {f.key: f.vocabulary for fields in _RECORDS.values() for f in fields
                 if f.vocabulary}
"""Fields the history keeps as codes, shown by their labels."""


def _value(field: str, text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    if field == "dpia_required":
        return {"true": translate("HistoryModel", "required"),
                "false": translate("HistoryModel", "not required")}.get(text, text)
    if field in ("transfers", "legal_bases"):
        # Stored as "country recipient scc detail" / "contract justification": codes by label.
        lang = i18n.language() or "fr"
        codes = vocab.SAFEGUARDS if field == "transfers" else vocab.LEGAL_BASES
        known = {t.code for t in codes}
        return "; ".join(" ".join(vocab.label_of(codes, w, lang) if w in known else w
                                  for w in part.split(" "))
                         for part in text.split("; "))
    vocabulary = _CODED_FIELDS.get(field)
    if vocabulary is not None:
        lang = i18n.language() or "fr"
        labels = []
        for code in text.split(","):
            labels.append(vocab.label_of(vocabulary, code.strip(), lang))
        return "; ".join(labels)
    return text


def change_text(entry: Entry) -> str:
    old = _value(entry.field, entry.old)
    new = _value(entry.field, entry.new)
    if old and new:
        return f"{old} → {new}"
    if old:
        return f"{old} → ∅" if entry.action == "edit" else old
    return new


@dataclass(frozen=True)
class ChainStatus:
    """The chain's state and the last signed record, read with the entries."""

    entries: int
    broken: history.ChainBreak | None
    last_signed_at: str
    last_signed_by: str
    last_signed_file: str
    since_ids: frozenset[int]
    """Entries after the last signed record (all changes when there is none)."""


class HistoryModel(FlatTableModel):
    """History entries, newest first; `ref`/`entity` keep one item's entries only."""

    columns = tuple(range(COL_CHANGE + 1))

    def __init__(self, *, adapter: StoreAdapter, ref: str | None = None,
                 entity: str | None = None, compact: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._compact = compact
        """One item's history in a narrow panel: the action shows in the Field column."""
        self._ref = ref
        self._entity = entity
        self._rows: list[Entry] = []
        self._numbers: dict[int, int] = {}
        self.status: ChainStatus | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.following = True
        """Reload when the history grows; off while the window showing it is closed."""
        self._replaced = False
        """The register was replaced (another file, a backup restored): read it all again."""
        adapter.storeReplaced.connect(self._store_replaced)
        adapter.historyChanged.connect(self._history_changed)
        self.reload()

    def _store_replaced(self) -> None:
        self._replaced = True

    def _history_changed(self) -> None:
        # One item's history: its new entries at once, added above the others (the history
        # only grows while the register stays the same). The whole history (and the chain
        # check) waits for a pause in the typing.
        if not self.following:
            return
        if self._entity is None:
            self._timer.start()
        elif self._replaced or self._ref is None:
            self.reload()
        else:
            self._add_new_entries()

    def _add_new_entries(self) -> None:
        newest = self._rows[0].id or 0 if self._rows else 0
        assert self._ref is not None
        new = self._adapter.history_of(self._ref, self._entity, after=newest)
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._rows[0:0] = reversed(new)
            self.endInsertRows()

    def set_ref(self, ref: str | None, entity: str | None = "activity") -> None:
        """Show another item's history (None: nothing for an item model)."""
        if ref == self._ref and entity == self._entity:
            return
        self._ref = ref
        self._entity = entity
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self._replaced = False
        self.beginResetModel()
        try:
            if self._entity is not None and self._ref is None:
                self._rows = []
                self.status = None
            else:
                self._rows, self.status = self._read()
        finally:
            self.endResetModel()

    def _read(self) -> tuple[list[Entry], ChainStatus | None]:
        if self._ref is not None:  # one item's: read after every edit of it, no ORM session
            lines: list[Entry] = list(self._adapter.history_of(self._ref, self._entity))
            lines.reverse()
            self._numbers = {}
            return lines, None
        with self._adapter.read() as session:
            rows = history.entries(session)
            numbers = {e.id or 0: n for n, e in enumerate(rows, start=1)}
            last = publish.last_signed_export(session)
            since = frozenset(e.id or 0
                              for e in publish.changes_since_last_signed_export(session, last))
            status = ChainStatus(
                entries=len(rows), broken=history.verify(session),
                last_signed_at=last.at if last else "",
                last_signed_by=last.signer if last else "",
                last_signed_file=last.file if last else "", since_ids=since)
            for row in rows:
                session.expunge(row)
        self._numbers = numbers
        rows.reverse()
        shown: list[Entry] = list(rows)
        return shown, status

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    # -- Qt model ------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if not self.is_column_header(section, orientation):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("HistoryModel", "No."),
                translate("HistoryModel", "When"),
                translate("HistoryModel", "Who"),
                translate("HistoryModel", "Action"),
                translate("HistoryModel", "Item"),
                translate("HistoryModel", "Field"),
                translate("HistoryModel", "Old → new"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_NUMBER:
            return translate("HistoryModel", "Place of the entry in the history, oldest first")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CHANGE:
                return change_text(entry) or None
            if column == COL_WHEN:
                return local_time(entry.at, seconds=True)
            return None
        if role == IdRole:
            return entry.id
        if role == SearchRole:
            return fold(" ".join(str(self._display(entry, c) or "") for c in range(7)))
        if role == Qt.ItemDataRole.ForegroundRole and self.status and self.status.broken:
            broken = self.status.broken
            number = self._numbers.get(entry.id or 0, 0)
            if broken.entry_id is not None and number >= broken.position:
                return QColor("#b91c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: Entry, column: int) -> Any:
        if column == COL_NUMBER:
            return self._numbers.get(entry.id or 0) or entry.id
        if column == COL_WHEN:
            return local_time(entry.at)
        if column == COL_USER:
            return entry.user
        if column == COL_ACTION:
            return action_label(entry.action)
        if column == COL_ITEM:
            ref = entry.ref
            if entry.entity == "legalbasis":  # stored as its code: shown by its label
                ref = vocab.label_of(vocab.LEGAL_BASES, ref, i18n.language())
            return f"{entity_label(entry.entity)} {ref}".strip()
        if column == COL_FIELD:
            label = field_label(entry.entity, entry.field)
            return label or (action_label(entry.action) if self._compact else "")
        if column == COL_CHANGE:
            return change_text(entry)
        return None


class HistoryProxy(QSortFilterProxyModel):
    """Words and "since the last signed record", on the model's roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._only: frozenset[int] | None = None

    def set_filter(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only(self, ids: frozenset[int] | None) -> None:
        """Keep only these entry ids (None: all)."""
        if ids != self._only:
            self.beginFilterChange()
            self._only = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Override QSortFilterProxyModel.filterAcceptsRow."""
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._only is not None and index.data(IdRole) not in self._only:
            return False
        if self._words:
            text = str(index.data(SearchRole) or "")
            return all(word in text for word in self._words)
        return True


def make_view(parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_columns(view: QTableView, last: int, limit: int = 220) -> None:
    """Columns as wide as what they show (Qt samples at most 1,000 rows), within `limit`."""
    for column in range(last):
        if not view.isColumnHidden(column):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), limit))


class HistoryWindow(QDialog):
    """The whole history, with the chain's status and the last signed record on top."""

    def __init__(self, parent: QWidget | None = None, *, adapter: StoreAdapter) -> None:
        super().__init__(parent)
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("History of the register"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.adapter = adapter
        self.model = HistoryModel(adapter=adapter, parent=self)
        self.proxy = HistoryProxy(self)
        self.proxy.setSourceModel(self.model)

        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        self.chain.setWordWrap(True)
        self.last_signed = QLabel()
        self.last_signed.setObjectName("lastSigned")
        self.last_signed.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter: activity, user, field, value…"))
        self.search.textChanged.connect(self.proxy.set_filter)
        self.since = QCheckBox()
        self.since.setObjectName("sinceLastSigned")
        self.since.toggled.connect(self._apply_since)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.since)

        self.view = make_view(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.proxy)
        fit_columns(self.view, COL_CHANGE)

        self.seal_status = QLabel()
        self.seal_status.setObjectName("sealStatus")
        self.seal_status.setWordWrap(True)
        self.seal_status.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.against = buttons.addButton(self.tr("Check against a signed record…"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.against.setObjectName("checkAgainst")
        self.against.setToolTip(self.tr(
            "Confirm that the history, up to a record this register signed, is the one that "
            "record sealed; names the first entry that differs otherwise."))
        self.against.clicked.connect(self.check_against)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.last_signed)
        layout.addWidget(self.seal_status)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.model.modelReset.connect(self._update_status)
        self._update_status()
        self.resize(1100, 640)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: reopened, the window shows the history as it is now."""
        if not event.spontaneous():
            self.model.following = True
            self.model.reload()
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Override QDialog.done: a closed window stops following the register.

        The whole history and its chain check are read again only when it shows again.
        """
        self.model.following = False
        self.model._timer.stop()
        super().done(result)

    def _update_status(self) -> None:
        status = self.model.status
        if status is None:
            return
        if status.broken is None:
            self.chain.setText(self.tr("✔ History intact: %n entries, each chained to the one "
                                       "before (SHA-256).", "", status.entries))
            self.chain.setStyleSheet(INTACT_STYLE)
        else:
            self.chain.setText("✘ " + status.broken.message())
            self.chain.setStyleSheet(BROKEN_STYLE)
        self.chain.setProperty("broken", status.broken is not None)
        if status.last_signed_at:
            self.last_signed.setText(
                self.tr("Last signed record: %1, signed by %2 (%3).")
                .replace("%1", local_time(status.last_signed_at))
                .replace("%2", status.last_signed_by)
                .replace("%3", status.last_signed_file.rsplit("/", 1)[-1]))
            if status.since_ids:
                self.since.setText(self.tr("Only the %n change(s) since then", "",
                                           len(status.since_ids)))
            else:
                self.since.setText(self.tr("No change since then"))
        else:
            self.last_signed.setText(self.tr("No signed record has been exported yet."))
            self.since.setText(self.tr("Only changes since the last signed record"))
        self.since.setEnabled(bool(status.last_signed_at) and bool(status.since_ids))
        if not status.last_signed_at:
            self.since.setChecked(False)
        self._apply_since(self.since.isChecked())

    def check_against(self) -> None:
        """Compare the history with the seal of a signed record: the last one, else one picked."""
        status = self.model.status
        last = Path(status.last_signed_file) if status and status.last_signed_file else None
        path = last if last is not None and last.is_file() else files.ask_signed_record(
            self, str(last.parent) if last is not None else "")
        if path is None:
            return
        from model.signing import seal  # pyHanko: only when a record is checked

        try:
            sealed = seal.read_seal(path)
            with self.adapter.read() as session:
                ok, words = seal.confirm(session, sealed, path.name)
        except RegistreError as exc:
            ok, words = False, str(exc)
        self.seal_status.setText(("✔ " if ok else "✘ ") + words)
        self.seal_status.setStyleSheet(INTACT_STYLE if ok else BROKEN_STYLE)
        self.seal_status.setProperty("broken", not ok)
        self.seal_status.show()

    def _apply_since(self, on: bool) -> None:
        status = self.model.status
        self.proxy.set_only(status.since_ids if on and status else None)
