"""The four list pages: data categories, legal bases, data subjects, recipients.

Model, proxy and delegate of the one list view live here, joined by named
roles. The model reads through the adapter and refreshes when the adapter
says its list (or the activities using it) changed; edits never write
directly: `setData` pushes an undoable command (`gui.commands.lists`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.adapter import ITEM_MODELS, StoreAdapter
from gui.commands.lists import (
    CreateItemCommand,
    DeleteItemsCommand,
    EditBasisCommand,
    EditItemCommand,
)
from gui.commands.undo import AdapterCommand, ConfirmDialog, push
from gui.tables import FlatTableModel, ModelIndex
from model.core import catalogue, i18n, vocab
from model.core.text import fold
from model.register import crud

IdRole = Qt.ItemDataRole.UserRole + 1
"""The item's id (the basis code for legal bases)."""
SearchRole = Qt.ItemDataRole.UserRole + 2
"""Every column's text of the row, folded (no accents, no case), for the filter."""
SortRole = Qt.ItemDataRole.UserRole + 3
"""What a column sorts by: folded text, or a number for counts and flags."""
UsageRole = Qt.ItemDataRole.UserRole + 4
"""(reference, name) of the activities using the item."""


PAGE_KINDS = ("datacategory", "legalbasis", "datasubject", "recipient")
"""The lists that have a page (`catalogue.ItemList.table`), in the navigation's order."""

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


def recipient_kind_label(code: str) -> str:
    return vocab.label_of(vocab.RECIPIENT_KINDS, code, i18n.language())


@dataclass
class ListRow:
    """One row as the view shows it, read in one go from the register."""

    id: int | str
    name: str
    description: str = ""
    special: bool = False
    criminal: bool = False
    kind: str = ""
    article: str = ""
    usage: dict[str, str] = field(default_factory=dict)
    """Reference → name of the activities using the item, in the user's order."""


# Columns per page: (key, editable)
COLUMNS: dict[str, tuple[str, ...]] = {
    "datacategory": ("name", "description", "special", "criminal", "usage"),
    "legalbasis": ("name", "article", "description"),
    "datasubject": ("name", "description", "usage"),
    "recipient": ("name", "kind", "description", "usage"),
}
EDITABLE = {"name", "description", "kind"}
_DESCRIPTION, _SPECIAL, _CRIMINAL = (catalogue.by_key(key, catalogue.DATA_CATEGORY)
                                     for key in ("description", "special", "criminal"))
_RECIPIENT_KIND = catalogue.by_key("kind", catalogue.RECIPIENT)
"""The fields a row shows besides the name (an item of another list has none: empty)."""
CHECKS = {"special", "criminal"}


class ListTableModel(FlatTableModel):
    """The rows of one list; edits become commands on the undo stack."""

    def __init__(self, kind: str, *, adapter: StoreAdapter, undo_stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if kind not in PAGE_KINDS:
            raise ValueError(kind)
        self.kind = kind
        self.spec = catalogue.list_kind(kind)
        self.columns: tuple[str, ...] = COLUMNS[kind]
        self._adapter = adapter
        self._undo_stack = undo_stack
        self._rows: list[ListRow] = []
        self._load()
        adapter.itemsChanged.connect(self._on_items_changed)
        adapter.usageChanged.connect(self._on_items_changed)
        adapter.activityUsageChanged.connect(self._on_activity_usage)
        adapter.activitiesReset.connect(self.refresh)
        adapter.storeReplaced.connect(self.refresh)

    # -- reading -----------------------------------------------------------

    def _read(self) -> list[ListRow]:
        lang = i18n.language()
        with self._adapter.read() as session:
            if self.spec.fixed:
                return [
                    ListRow(id=b.code, name=b.label_en if lang == "en" else b.label_fr,
                            description=b.description, article=b.article)
                    for b in crud.legal_bases(session)
                ]
            model = ITEM_MODELS[self.kind]
            usages = crud.item_usages(session, model=model)
            rows = []
            for item in crud.item_views(session, self.kind):
                rows.append(ListRow(
                    id=item.id, name=item.name, description=item.text(_DESCRIPTION),
                    special=item.yes_no(_SPECIAL), criminal=item.yes_no(_CRIMINAL),
                    kind=item.text(_RECIPIENT_KIND), usage=dict(usages.get(item.id, [])),
                ))
            return rows

    def _load(self) -> None:
        self._rows = self._read()

    def _on_items_changed(self, kind: str) -> None:
        if kind == self.kind:
            self.refresh()

    def _on_activity_usage(self, kind: str, activity_ids: list[int]) -> None:
        """These activities' names or links changed: update the rows they touch, no others.

        One indexed query for the activities; an item an activity starts using is read
        again (its place among the users follows the user's order), the others are
        updated where they are.
        """
        if kind != self.kind or self.spec.fixed:
            return
        model = ITEM_MODELS[kind]
        with self._adapter.read() as session:
            links = crud.activity_links(session, model=model, activity_ids=activity_ids)
            gone = set(activity_ids) - set(links)
            changed: set[int] = set()
            reread: list[int] = []
            for r, item in enumerate(self._rows):
                assert isinstance(item.id, int)
                for link in links.values():
                    uses = item.id in link.items
                    if link.reference in item.usage:
                        if not uses:
                            del item.usage[link.reference]
                            changed.add(r)
                        elif item.usage[link.reference] != link.name:
                            item.usage[link.reference] = link.name  # keeps its place
                            changed.add(r)
                    elif uses:
                        reread.append(item.id)
                        changed.add(r)
            if gone:  # deleted meanwhile: their references are unknown here, read all again
                reread = [int(item.id) for item in self._rows]
                changed = set(range(len(self._rows)))
            usages = crud.item_usages(session, model=model, item_ids=reread) if reread else {}
        for r in sorted(changed):
            item = self._rows[r]
            if item.id in reread:
                item.usage = dict(usages.get(int(item.id), []))
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))

    def refresh(self) -> None:
        """Re-read the list: rows that only changed are updated in place, keeping selection."""
        new = self._read()
        if [r.id for r in new] == [r.id for r in self._rows]:
            old, self._rows = self._rows, new
            for row, (before, after) in enumerate(zip(old, new, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def row_of(self, item_id: int | str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def item(self, row: int) -> ListRow:
        return self._rows[row]

    # -- Qt model interface ----------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if not self.is_column_header(section, orientation):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(key)
        return None

    def _header(self, key: str) -> str:
        headers = {
            "name": (translate("ListTableModel", "Legal basis") if self.spec.fixed
                     else translate("ListTableModel", "Name")),
            "description": translate("ListTableModel", "Description"),
            "special": translate("ListTableModel", "Special (Art. 9)"),
            "criminal": translate("ListTableModel", "Criminal (Art. 10)"),
            "usage": translate("ListTableModel", "Activities"),
            "kind": translate("ListTableModel", "Kind"),
            "article": translate("ListTableModel", "Article"),
        }
        return headers[key]

    def _header_tip(self, key: str) -> str | None:
        tips = {
            "special": translate("ListTableModel",
                                 "Special category of data (GDPR Article 9): health, "
                                 "biometrics, religion, political opinions…"),
            "criminal": translate("ListTableModel",
                                  "Data relating to criminal convictions and offences "
                                  "(GDPR Article 10)"),
            "usage": translate("ListTableModel", "How many processing activities use it"),
        }
        return tips.get(key)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.columns[index.column()]
        if self._adapter.readonly:
            return base
        if key in CHECKS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in EDITABLE and not (self.spec.fixed and key == "name"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        key = self.columns[index.column()]
        if role == IdRole:
            return item.id
        if role == SearchRole:
            return self._search_text(item)
        if role == UsageRole:
            return list(item.usage.items())
        if role == SortRole:
            if key == "usage":
                return len(item.usage)
            if key in CHECKS:
                return int(getattr(item, key))
            return fold(str(self.data(index, Qt.ItemDataRole.DisplayRole) or ""))
        if role == Qt.ItemDataRole.CheckStateRole and key in CHECKS:
            return (Qt.CheckState.Checked if getattr(item, key)
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "kind":
                return item.kind
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "usage":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: ListRow, key: str) -> str | int | None:
        if key == "name":
            return item.name
        if key == "description":
            return item.description
        if key == "kind":
            return recipient_kind_label(item.kind)
        if key == "article":
            return translate("ListTableModel", "Art. %1").replace("%1", item.article)
        if key == "usage":
            return len(item.usage)
        return None  # check columns show their box only

    def _tooltip(self, item: ListRow, key: str) -> str | None:
        if key == "usage":
            if not item.usage:
                return translate("ListTableModel", "No activity uses it.")
            return "\n".join(f"{ref} – {name}"
                             for ref, name in islice(item.usage.items(), 20))
        if key == "description" and item.description:
            return item.description
        if key == "name" and self.spec.fixed:
            return translate("ListTableModel",
                             "The legal bases of Article 6(1) are fixed by the GDPR; "
                             "describe how your organisation relies on each one.")
        return None

    def _search_text(self, item: ListRow) -> str:
        parts = [item.name, item.description]
        if self.spec.fixed:
            parts.append(item.article)
        if self.kind == "recipient":
            parts.append(recipient_kind_label(item.kind))
        return fold(" ".join(parts))

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel.setData: the edit goes through the undo stack."""
        if not index.isValid() or not self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        item = self._rows[index.row()]
        key = self.columns[index.column()]
        if key in CHECKS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked == getattr(item, key):
                return False
            return self._push_edit(item, {key: checked})
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "")
        if key == "name":
            text = text.strip()
            if not text or text == item.name:
                return False
        elif text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        if self.spec.fixed:
            command = EditBasisCommand(self._adapter, code=str(item.id), label=item.name,
                                       description=text)
            return self._push(command)
        return self._push_edit(item, {key: text})

    def _push_edit(self, item: ListRow, changes: dict[str, Any]) -> bool:
        assert isinstance(item.id, int)
        return self._push(EditItemCommand(self._adapter, kind=self.kind, item_id=item.id,
                                          name=item.name, changes=changes))

    def _push(self, command: AdapterCommand) -> bool:
        return push(self._undo_stack, command)


class ListFilterProxy(QSortFilterProxyModel):
    """Sorts by `SortRole`; keeps the rows whose text holds every word typed, accents aside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SortRole)

    def set_filter(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return  # nothing to re-filter
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Override QSortFilterProxyModel.filterAcceptsRow."""
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = str(model.data(model.index(source_row, 0, source_parent), SearchRole) or "")
        return all(word in haystack for word in self._words)


class RecipientKindDelegate(QStyledItemDelegate):
    """A combo of the recipient kinds of Article 30(1)(d) for the "Kind" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        """Override QStyledItemDelegate.createEditor."""
        combo = QComboBox(parent)
        lang = i18n.language()
        for term in vocab.RECIPIENT_KINDS:
            combo.addItem(term.label(lang), term.code)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        """Override QStyledItemDelegate.setEditorData."""
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ModelIndex) -> None:
        """Override QStyledItemDelegate.setModelData."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: ModelIndex) -> None:
        """Override QStyledItemDelegate.updateEditorGeometry."""
        editor.setGeometry(option.rect)


class CheckDelegate(QStyledItemDelegate):
    """The Article 9 / Article 10 ticks, centred in their column; a click or Space toggles."""

    def _check_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        size = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                    option.widget).size()
        return QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter,
                                  size, option.rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Override QStyledItemDelegate.paint: the background as usual, the tick centred."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        check = QStyleOptionViewItem(opt)  # measured while it still has its indicator
        check.rect = self._check_rect(opt)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        check.state = (check.state & ~(QStyle.StateFlag.State_On
                                       | QStyle.StateFlag.State_Off))
        check.state |= (QStyle.StateFlag.State_On
                        if state == Qt.CheckState.Checked else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check,
                            painter, widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: ModelIndex) -> bool:
        """Override QStyledItemDelegate.editorEvent: toggle on a click in the cell or Space."""
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        toggle = False
        if event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            toggle = (event.button() == Qt.MouseButton.LeftButton
                      and option.rect.contains(event.position().toPoint()))
        elif event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # swallow, so a double click does not toggle twice
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            toggle = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        if not toggle:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)


MAX_LISTED = 12
"""Activities named in the delete confirmation before "and N more"."""


def heading_of(kind: str) -> str:
    """The title of the page of list `kind`, known before the page is made (the navigation)."""
    return catalogue.list_kind(kind).label(i18n.language())


class ListPage(QWidget):
    """One list of the register, with Add and Delete, filtered by the main window's search.

    `selectionChanged` tells the main window to update its Edit ▸ Delete action.
    """

    selectionChanged = Signal()

    def __init__(self, kind: str, *, adapter: StoreAdapter, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = catalogue.list_kind(kind)
        self._adapter = adapter
        self._undo_stack = undo_stack
        self.model = ListTableModel(kind, adapter=adapter, undo_stack=undo_stack, parent=self)
        self.proxy = ListFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTableView(self)
        self.view.setObjectName(f"{kind}View")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # The user's order until a header is clicked: the indicator first, or enabling
        # sorting sorts by the header's default (column 0).
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.check_delegate = CheckDelegate(self.view)
        for column, key in enumerate(self.model.columns):
            if key in CHECKS:
                self.view.setItemDelegateForColumn(column, self.check_delegate)
        if kind == "recipient":
            self.kind_delegate = RecipientKindDelegate(self.view)
            self.view.setItemDelegateForColumn(self.model.columns.index("kind"),
                                               self.kind_delegate)
        self._size_columns()

        self.title = QLabel(self.heading(), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self._hint(), self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.add_button = QPushButton(self._add_text(), self)
        self.add_button.setObjectName("addButton")
        self.delete_button = QPushButton(translate("ListPage", "Delete…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        if self.spec.fixed:
            self.add_button.hide()
            self.delete_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.can_add = not self.spec.fixed
        """The six legal bases are fixed: no Add, no Delete on that page."""

    # -- texts -------------------------------------------------------------------

    def heading(self) -> str:
        """The page's title, also its name in the main window's navigation."""
        return heading_of(self.kind)

    def _hint(self) -> str:
        return {
            "datacategory": translate(
                "ListPage", "The kinds of personal data your activities process. Tick the "
                "special categories (Article 9) and criminal data (Article 10): they need "
                "a specific condition."),
            "legalbasis": translate(
                "ListPage", "The six legal bases of Article 6(1) are fixed; describe how your "
                "organisation relies on each one. Double-click a description to edit it."),
            "datasubject": translate(
                "ListPage", "The people whose data you process: customers, employees, "
                "prospects…"),
            "recipient": translate(
                "ListPage", "Who receives the data: your own departments, processors, third "
                "parties, public authorities."),
        }[self.kind]

    def _add_text(self) -> str:
        return {
            "datacategory": translate("ListPage", "Add a category"),
            "datasubject": translate("ListPage", "Add a data subject"),
            "recipient": translate("ListPage", "Add a recipient"),
        }.get(self.kind, "")

    def _new_name(self) -> str:
        base = {
            "datacategory": translate("ListPage", "New category"),
            "datasubject": translate("ListPage", "New data subject"),
            "recipient": translate("ListPage", "New recipient"),
        }[self.kind]
        names = {self.model.item(r).name for r in range(self.model.rowCount())}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        return name

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, key in enumerate(self.model.columns):
            if key == "description":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif key == "name":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(column, 280 if self.spec.fixed else 220)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- public --------------------------------------------------------------------

    def flush(self) -> None:
        """Nothing waits here: a list cell is saved when its editor closes."""

    def set_filter(self, text: str) -> None:
        """Show only rows holding every word of `text`, ignoring accents and case."""
        self.proxy.set_filter(text)

    def selected_ids(self) -> list[int | str]:
        """Ids of the selected rows (basis codes on the legal bases page), in view order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(IdRole) for row in rows]

    def select_id(self, item_id: int | str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def add_item(self) -> None:
        """Add an item with a placeholder name and open its name for typing."""
        if self.spec.fixed or self._adapter.readonly:
            return
        command = CreateItemCommand(self._adapter, kind=self.kind, name=self._new_name())
        if not push(self._undo_stack, command) or command.item_id is None:
            return
        self.set_filter("")  # a filtered-out new row would look like nothing happened
        self.select_id(command.item_id)
        self.view.edit(self.view.currentIndex())

    def delete_selected(self) -> bool:
        """Delete the selected items after the user agreed; returns True when deleted."""
        ids = [i for i in self.selected_ids() if isinstance(i, int)]
        if self.spec.fixed or not ids or self._adapter.readonly:
            return False
        items = [self.model.item(self.model.row_of(i)) for i in ids]
        title, text, details = self.confirmation(items)
        if not ConfirmDialog.ask(self, title=title, text=text, details=details):
            return False
        return push(self._undo_stack, DeleteItemsCommand(
            self._adapter, kind=self.kind, items=[(int(item.id), item.name) for item in items]))

    def confirmation(self, items: list[ListRow]) -> tuple[str, str, str]:
        """Title, question and the activities concerned, for the delete confirmation."""
        title = translate("ListPage", "Delete")
        if len(items) == 1:
            text = translate("ListPage", "Delete “%1”?").replace("%1", items[0].name)
        else:
            text = translate("ListPage", "Delete these %n items?", None, len(items))
        used = {ref: name for item in items for ref, name in item.usage.items()}
        if not used:
            return title, text, translate("ListPage", "No activity uses it. You can undo this.")
        lines = [translate("ListPage", "It is removed from %n activity(ies):", None, len(used))]
        listed = list(used.items())
        lines += [f"• {ref} – {name}" for ref, name in listed[:MAX_LISTED]]
        if len(listed) > MAX_LISTED:
            lines.append(translate("ListPage", "… and %n more", None, len(listed) - MAX_LISTED))
        lines.append(translate("ListPage", "You can undo this."))
        return title, text, "\n".join(lines)

    def _update_buttons(self) -> None:
        writable = not self._adapter.readonly
        self.add_button.setEnabled(self.can_add and writable)
        self.delete_button.setEnabled(self.can_add and writable
                                      and bool(self.view.selectionModel().selectedRows()))
        self.selectionChanged.emit()

    def apply_readonly(self) -> None:
        """Follow the register's read-only state (the model's flags follow it by themselves)."""
        self._update_buttons()
