"""The main window: navigation, the activities page, menus, toolbar and status bar.

The window owns the one `StoreAdapter` and `QUndoStack`; every page is handed
both, keyword-only. Window geometry and column widths go to QSettings under
"window/…", apart from the user's preferences.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import settings as keys
from gui.activities.detail import DetailPanel
from gui.activities.grid import Grid
from gui.activities.table import (
    COL_BASES,
    COL_CATEGORIES,
    COL_COMPLETE,
    COL_NAME,
    COL_REFERENCE,
    COL_STATUS,
    ActivitiesDelegate,
    ActivitiesModel,
    ActivitiesProxy,
    IdRole,
    commit_open_editor,
    status_label,
)
from gui.activities.welcome import AddTypicalCommand, WelcomePage
from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.dialogs import files
from gui.dialogs.preferences import PreferencesDialog
from gui.lists.page import PAGE_KINDS, ListPage, heading_of
from gui.mainwindow.opening import open_store
from gui.mainwindow.pages import Page
from gui.organisation.page import OrganisationPage
from model import check
from model.core import i18n, vocab
from model.core.errors import RegistreError
from model.core.i18n import local_time
from model.exchange import jsondoc
from model.signing import publish
from model.storage.store import Store

translate = QCoreApplication.translate
"""Aliased so that pyside6-lupdate still sees `translate("Context", …)` calls."""

log = logging.getLogger(__name__)
MAX_RECENT = 8
WARM_AFTER_MS = 300
"""How long after the window shows the editor loads what an edit needs: the first screen
is painted and its first events are served before that pause of some 0.2 s."""


class ActivitiesPage(QWidget):
    """The activities table with the detail panel of the selected one beside it."""

    can_add = True

    def __init__(self, *, adapter: StoreAdapter, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.undo_stack = undo_stack
        self.model = ActivitiesModel(adapter=adapter, undo_stack=undo_stack, parent=self)
        self.proxy = ActivitiesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("activitiesView")
        self.view.setModel(self.proxy)
        self.delegate = ActivitiesDelegate(adapter=adapter, parent=self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        # The indicator first: enabling sorting sorts by it, and the header's default
        # (column 0) would sort every row through data() before the proxy unsorts them.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # Every column keeps the width it is given, as in a spreadsheet: widening the detail
        # panel scrolls the grid instead of squeezing the Activity column to "…".
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        metrics = self.view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        # A column is at least as wide as its title (up to 16 em; the tooltip has it whole),
        # so no header shows a middle slice of its words.
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, min(16 * em, max(header.defaultSectionSize(),
                                                           metrics.horizontalAdvance(title)
                                                           + 2 * em)))
        reference = str(self.model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal) or "")
        self.view.setColumnWidth(COL_REFERENCE, max(metrics.horizontalAdvance("T-0000"),
                                                    metrics.horizontalAdvance(reference))
                                 + 2 * em)
        # Lists elide (their tooltip has them whole): the activity's name gets the room.
        for col, width in ((COL_CATEGORIES, 10), (COL_BASES, 10)):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(col, max(width * em,
                                              metrics.horizontalAdvance(title) + em))
        statuses = [self.model.headerData(COL_STATUS, Qt.Orientation.Horizontal)]
        statuses += [status_label(t.code) for t in vocab.STATUSES]
        self.view.setColumnWidth(COL_STATUS, max(metrics.horizontalAdvance(t) for t in statuses)
                                 + em)
        complete = [str(self.model.headerData(COL_COMPLETE, Qt.Orientation.Horizontal)),
                    translate("ActivitiesModel", "%n missing", "", 10)]
        self.view.setColumnWidth(COL_COMPLETE, max(metrics.horizontalAdvance(t)
                                                   for t in complete) + 2 * em + 8)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10)

        self.view.setColumnWidth(COL_NAME, 22 * em)
        self.grid = Grid(view=self.view, model=self.model, proxy=self.proxy, adapter=adapter,
                         undo_stack=undo_stack)

        self.detail = DetailPanel(adapter=adapter, undo_stack=undo_stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("activitiesSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePage()
        self.welcome.addRequested.connect(self.add_item)
        self.welcome.typicalRequested.connect(self.add_typical)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        layout.addWidget(self.stack)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(lambda *_: self._show_welcome())
        self._show_welcome()

        self._remember: list[int] = []
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # Filtered away, deleted, a click in empty space: with nothing selected the panel
        # shows nothing, never another activity it would edit unseen.
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsRemoved.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._rows_inserted)
        self._select_after_insert = False

    def _show_welcome(self) -> None:
        """An empty register offers ways in; the table comes back with the first activity."""
        empty = self.model.rowCount() == 0 and not self.adapter.readonly
        self.stack.setCurrentWidget(self.welcome if empty else self.splitter)

    def add_typical(self) -> None:
        undo.push(self.undo_stack, AddTypicalCommand(self.adapter))

    # -- what the main window asks of every page -------------------------------------

    def set_filter(self, text: str) -> None:
        self.proxy.set_filter(text)

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(r).id for r in self.grid.selected_rows()]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def select_id(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not index.isValid():
            self.proxy.set_filter("")
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def flush(self) -> None:
        """Commit an open cell editor and what the detail panel has not saved yet."""
        commit_open_editor(self.view)
        self.detail.flush()

    # -- actions -------------------------------------------------------------------------

    def add_item(self) -> None:
        self.flush()
        self._select_after_insert = True
        fields: dict[str, Any] = {}
        current = self.current_id()
        if current is not None and self.proxy.sortColumn() < 0:
            fields["after"] = current
        ok = undo.push(self.undo_stack, undo.AddActivityCommand(
            self.adapter, fields=fields))
        self._select_after_insert = False
        if ok:
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def duplicate_selected(self) -> None:
        current = self.current_id()
        if current is None:
            return
        self.flush()
        self._select_after_insert = True
        undo.push(self.undo_stack, undo.AddActivityCommand(
            self.adapter, duplicate_of=current))
        self._select_after_insert = False

    def delete_selected(self) -> bool:
        self.flush()
        return undo.delete_activities(self.adapter, self.undo_stack, self.selected_ids(),
                                          self)

    def move_selected(self, delta: int) -> None:
        current = self.current_id()
        if current is None:
            return
        self.flush()
        if self.proxy.sortColumn() >= 0:
            self.user_order()
        row = self.model.row_of(current)
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        undo.push(self.undo_stack, undo.MoveActivityCommand(
            self.adapter, activity_id=current, reference=self.model.row_at(row).reference,
            to_index=target))
        self.select_id(current)

    def user_order(self) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    # -- selection -----------------------------------------------------------------------

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self._selection_changed()

    def _selection_changed(self, *_: Any) -> None:
        """The panel shows the current row when selected, else the first selected, else none."""
        selection = self.view.selectionModel()
        current = self.view.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), current.parent()):
            self.detail.set_activity(int(current.data(IdRole)))
            return
        ids = self.selected_ids()
        self.detail.set_activity(ids[0] if ids else None)

    def _before_reset(self) -> None:
        self._remember = self.selected_ids()
        current = self.current_id()
        if current is not None:
            self._remember = [current, *[i for i in self._remember if i != current]]

    def _after_reset(self) -> None:
        if self._remember:
            self.select_id(self._remember[0])
        else:
            self.detail.set_activity(None)

    def _rows_inserted(self, _parent: Any, first: int, _last: int) -> None:
        if self._select_after_insert:
            self.select_id(self.model.row_at(first).id)


class CheckDialog(QDialog):
    """What Article 30 asks for and the register lacks; double-click goes to the activity."""

    def __init__(self, parent: QWidget | None, findings: list[check.Finding]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CheckDialog", "Check the register"))
        self.chosen = ""
        layout = QVBoxLayout(self)
        if findings:
            text = translate("CheckDialog", "%n item(s) missing:", "", len(findings))
        else:
            text = translate("CheckDialog", "The register holds everything Article 30 asks for.")
        layout.addWidget(QLabel(text))
        self.list = QListWidget()
        for finding in findings:
            item = QListWidgetItem(finding.message, self.list)
            item.setData(Qt.ItemDataRole.UserRole, finding.reference)
        self.list.itemActivated.connect(self._go)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _go(self, item: QListWidgetItem) -> None:
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole) or "")
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, findings: list[check.Finding]) -> str:
        """The reference the user chose to go to ("" for none)."""
        dialog = cls(parent, findings)
        dialog.exec()
        return dialog.chosen


class MainWindow(QMainWindow):
    """The editor's window on one register at a time."""

    def __init__(self, *, store: Store, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.adapter = StoreAdapter(store=store, parent=self)
        self.undo_stack = QUndoStack(self)
        self.adapter.errorOccurred.connect(self.show_error)
        self.setObjectName("mainWindow")
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.pages = QStackedWidget()
        self.activities = ActivitiesPage(adapter=self.adapter, undo_stack=self.undo_stack)
        self.activities.grid.notice = lambda text: self.statusBar().showMessage(text, 10000)
        self.activities.welcome.importRequested.connect(self.import_table)
        self._add_page(translate("MainWindow", "Activities"), self.activities,
                       QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self._pages: list[Page | None] = [self.activities]
        """The pages in the order of the navigation list and the page stack; None for one
        not made yet (`_page`)."""
        self._makers: dict[int, Callable[[], Page]] = {}
        for kind in PAGE_KINDS:
            self._add_later(heading_of(kind), functools.partial(self._make_list_page, kind),
                            QStyle.StandardPixmap.SP_FileDialogListView)
        self._add_later(translate("MainWindow", "Organisation"), self._make_organisation,
                        QStyle.StandardPixmap.SP_DirHomeIcon)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._page_changed)
        width = max(self.nav.sizeHintForColumn(0) + 16, 120)
        self.nav.setFixedWidth(width)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_statusbar()
        self._warmed = False
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_AFTER_MS)
        self._warm_timer.timeout.connect(self.adapter.warm)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(150)
        self._status_timer.timeout.connect(self.update_status)
        model = self.activities.model
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.modelReset, model.completenessKnown):
            signal.connect(lambda *_: self._status_timer.start())
        proxy = self.activities.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset):
            signal.connect(lambda *_: self._status_timer.start())
        self.activities.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.adapter.historyChanged.connect(lambda: self._status_timer.start())
        self.history_window: QDialog | None = None
        self.undo_stack.cleanChanged.connect(lambda *_: self._update_actions())
        self._set_store_path(store.path)
        self.apply_readonly()
        self.update_status()
        self.resize(1280, 800)
        self._restore_state()

    # -- building --------------------------------------------------------------------------

    def _add_page(self, title: str, page: QWidget, icon: QStyle.StandardPixmap) -> None:
        QListWidgetItem(self.style().standardIcon(icon), title, self.nav)
        self.pages.addWidget(page)

    def _add_later(self, title: str, make: Callable[[], Page],
                   icon: QStyle.StandardPixmap) -> None:
        """A page made when first shown or asked for: the first screen reads no list's
        usages and no organisation."""
        self._makers[len(self._pages)] = make
        self._pages.append(None)
        self._add_page(title, QWidget(), icon)  # a placeholder until then

    def _page(self, index: int) -> Page:
        """The page at `index` in the stack, made now if it was not yet."""
        page = self._pages[index]
        if page is None:
            page = self._makers.pop(index)()
            assert isinstance(page, QWidget)
            placeholder = self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
        return page

    def _make_list_page(self, kind: str) -> ListPage:
        page = ListPage(kind, adapter=self.adapter, undo_stack=self.undo_stack)
        page.selectionChanged.connect(self._update_actions)
        page.apply_readonly()
        return page

    def _make_organisation(self) -> OrganisationPage:
        page = OrganisationPage(adapter=self.adapter, undo_stack=self.undo_stack)
        page.apply_readonly()
        return page

    @property
    def list_pages(self) -> dict[str, ListPage]:
        """The list pages by kind (each made now if not yet)."""
        pages = {}
        for i, kind in enumerate(PAGE_KINDS):
            page = self._page(1 + i)
            assert isinstance(page, ListPage)
            pages[kind] = page
        return pages

    @property
    def organisation(self) -> OrganisationPage:
        """The organisation page (made now if not yet)."""
        page = self._page(len(self._pages) - 1)
        assert isinstance(page, OrganisationPage)
        return page

    def _action(self, text: str, slot: Any, *, shortcut: Any = None, icon: Any = None,
                tip: str = "", name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        sp, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.new_register_action = self._action(
            translate("MainWindow", "&New register…"), self.new_register, name="newRegister")
        self.open_action = self._action(
            translate("MainWindow", "&Open…"), self.choose_and_open, shortcut=key.Open,
            icon=sp.SP_DialogOpenButton, name="open")
        self.import_action = self._action(
            translate("MainWindow", "&Import table…"), self.import_table, name="importTable")
        self.export_action = self._action(
            translate("MainWindow", "&Export JSON…"), self.export_json, shortcut="Ctrl+E",
            icon=sp.SP_DialogSaveButton, name="exportJson",
            tip=translate("MainWindow", "Write the whole register as a JSON file"))
        self.export_sheet_action = self._action(
            translate("MainWindow", "Export &spreadsheet…"), self.export_spreadsheet,
            name="exportSpreadsheet",
            tip=translate("MainWindow", "Write the register as an XLSX, ODS or CSV spreadsheet"))
        self.export_pdf_action = self._action(
            translate("MainWindow", "Export &PDF…"), self.export_pdf, shortcut="Ctrl+P",
            icon=sp.SP_FileDialogContentsView, name="exportPdf",
            tip=translate("MainWindow", "Preview, sign and write the record for the regulator"))
        self.restore_action = self._action(
            translate("MainWindow", "&Restore from backup…"), self.restore_backup,
            name="restoreBackup",
            tip=translate("MainWindow", "Put the register back as one of its backups holds it"))
        self.verify_action = self._action(
            translate("MainWindow", "&Verify a PDF…"), self.verify_pdf, name="verifyPdf",
            tip=translate("MainWindow", "Check that a signed record is intact and who signed it"))
        self.history_action = self._action(
            translate("MainWindow", "&History of the register…"), self.show_history,
            shortcut="Ctrl+H", name="history",
            tip=translate("MainWindow", "Every change, who made it, and whether the history "
                                        "chain holds"))
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), self.close, shortcut=key.Quit, name="quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self)
        self.redo_action = self.undo_stack.createRedoAction(self)
        for action, shortcut, icon, name, slot in (
                (self.undo_action, key.Undo, sp.SP_ArrowBack, "undo", self.undo),
                (self.redo_action, key.Redo, sp.SP_ArrowForward, "redo", self.redo)):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
            action.setIcon(self.style().standardIcon(icon))
            action.setObjectName(name)
            # Whatever is typed but not saved yet must be saved before undo: replace the
            # stack's own connection with one that flushes first.
            action.triggered.disconnect()
            action.triggered.connect(lambda *_a, s=slot: s())
            self.addAction(action)
        if QKeySequence("Ctrl+Y") not in self.redo_action.shortcuts():
            # Ctrl+Y redoes in every spreadsheet, whatever the platform's own key.
            self.redo_action.setShortcuts([*self.redo_action.shortcuts(), QKeySequence("Ctrl+Y")])

        self.new_action = self._action(
            translate("MainWindow", "&New"), self.new_item, shortcut=key.New,
            icon=sp.SP_FileIcon, name="new",
            tip=translate("MainWindow", "Add an activity (or an item of the list shown)"))
        self.duplicate_action = self._action(
            translate("MainWindow", "D&uplicate"), self.duplicate, shortcut="Ctrl+Shift+D",
            icon=sp.SP_FileDialogNewFolder, name="duplicate",
            tip=translate("MainWindow", "Copy the selected activity"))
        self.delete_action = self._action(
            translate("MainWindow", "&Delete…"), self.delete, shortcut=key.Delete,
            icon=sp.SP_TrashIcon, name="delete",
            tip=translate("MainWindow", "Delete the selection, after confirmation"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bulk_action = self._action(
            translate("MainWindow", "&Bulk edit…"), self.bulk_edit, shortcut="Ctrl+Shift+B",
            name="bulkEdit",
            tip=translate("MainWindow", "Set a field, or add or remove items, for every "
                                        "selected activity at once"))
        self.move_up_action = self._action(
            translate("MainWindow", "Move &up"), lambda: self.activities.move_selected(-1),
            shortcut="Alt+Up", icon=sp.SP_ArrowUp, name="moveUp")
        self.move_down_action = self._action(
            translate("MainWindow", "Move do&wn"), lambda: self.activities.move_selected(1),
            shortcut="Alt+Down", icon=sp.SP_ArrowDown, name="moveDown")
        self.find_action = self._action(
            translate("MainWindow", "&Find"), self.focus_search, shortcut=key.Find, name="find")
        self.user_order_action = self._action(
            translate("MainWindow", "&User order"), self.activities.user_order,
            name="userOrder",
            tip=translate("MainWindow", "Show activities in the order you gave them"))
        self.check_action = self._action(
            translate("MainWindow", "&Check"), self.check, shortcut="F7",
            icon=sp.SP_DialogApplyButton, name="check",
            tip=translate("MainWindow", "List what Article 30 asks for and the register lacks"))
        self.guide_action = self._action(
            translate("MainWindow", "&Guide"), self.guide,
            shortcut=QKeySequence.StandardKey.HelpContents, name="guide")
        self.about_action = self._action(
            translate("MainWindow", "&About Registre"), self.about, name="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.preferences_action = self._action(
            translate("MainWindow", "&Preferences…"), self.preferences,
            shortcut=key.Preferences, name="preferences")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_register_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_sheet_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        for action in (self.new_action, self.duplicate_action, self.delete_action,
                       self.bulk_action):
            edit.addAction(action)
        self.activities.grid.extra_actions.append(self.bulk_action)
        edit.addSeparator()
        edit.addAction(self.move_up_action)
        edit.addAction(self.move_down_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addAction(self.preferences_action)
        view = bar.addMenu(translate("MainWindow", "&View"))
        view.addAction(self.user_order_action)
        self.detail_action = QAction(translate("MainWindow", "&Detail panel"), self)
        self.detail_action.setObjectName("showDetail")
        self.detail_action.setCheckable(True)
        self.detail_action.setChecked(True)
        self.detail_action.toggled.connect(self.activities.detail.setVisible)
        view.addAction(self.detail_action)
        view.addSeparator()
        view.addAction(self.history_action)
        self.view_menu = view
        tools = bar.addMenu(translate("MainWindow", "&Tools"))
        tools.addAction(self.check_action)
        tools.addAction(self.verify_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for action in (self.new_action, self.duplicate_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        for action, label in ((self.undo_action, translate("MainWindow", "Undo")),
                              (self.redo_action, translate("MainWindow", "Redo"))):
            button = _TwinAction(action, label, bar).button
            if isinstance(button, QToolButton):  # as narrow as the arrows it shows
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("MainWindow", "Search…"))
        self.search.setToolTip(translate("MainWindow", "Show only what contains these words, "
                                                       "accents and case aside"))
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search_changed)
        bar.addWidget(self.search)
        bar.addSeparator()
        bar.addAction(self.check_action)
        bar.addAction(self.export_pdf_action)
        self.addToolBar(bar)
        self.view_menu.addAction(bar.toggleViewAction())
        self.toolbar = bar

    def _make_statusbar(self) -> None:
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.completeness_label = QLabel()
        self.completeness_label.setObjectName("completenessLabel")
        self.signed_label = QLabel()
        self.signed_label.setObjectName("signedLabel")
        self.statusBar().addWidget(self.file_label, 1)
        # Two statements side by side: a rule between them, and room on either side, or they
        # read as one sentence ("No signed record yet 11 of 11 activities incomplete").
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        for label in (self.signed_label, self.completeness_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.signed_label)
        self.statusBar().addPermanentWidget(divider)
        self.statusBar().addPermanentWidget(self.completeness_label)

    # -- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        if (geometry := keys.WINDOW_GEOMETRY.get(s)) is not None:
            self.restoreGeometry(geometry)
        if (state := keys.WINDOW_STATE.get(s)) is not None:
            self.restoreState(state)
        if (splitter := keys.ACTIVITIES_SPLITTER.get(s)) is not None:
            self.activities.splitter.restoreState(splitter)
        else:
            self.activities.splitter.setSizes([720, 420])
        if layout := keys.ACTIVITIES_COLUMNS.get(s):
            self.activities.grid.restore_layout(layout)
        elif (header := keys.ACTIVITIES_HEADER.get(s)) is not None:
            # Sorting off meanwhile: the saved state's sort indicator would sort every row.
            view = self.activities.view
            view.setSortingEnabled(False)
            view.horizontalHeader().restoreState(header)
            self.activities.user_order()
            view.setSortingEnabled(True)

    def _save_state(self) -> None:
        s = self.settings
        keys.WINDOW_GEOMETRY.set(s, self.saveGeometry())
        keys.WINDOW_STATE.set(s, self.saveState())
        keys.ACTIVITIES_SPLITTER.set(s, self.activities.splitter.saveState())
        keys.ACTIVITIES_COLUMNS.set(s, self.activities.grid.layout())
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: once the first screen is up, what an edit needs is
        loaded (`StoreAdapter.warm`)."""
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            self._warm_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: save what was typed, remember the window."""
        self.flush()
        self._status_timer.stop()  # the register may be closed right after the window
        self._warm_timer.stop()
        self._save_state()
        super().closeEvent(event)

    # -- the register file ---------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.adapter.store

    def _set_store_path(self, path: Path | None) -> None:
        self.setWindowFilePath(str(path) if path else "")
        if not path:
            self.setWindowTitle(translate("MainWindow", "Unsaved register"))
        elif self.adapter.readonly:
            self.setWindowTitle(translate("MainWindow", "%1 (read-only)").replace("%1", path.name))
        else:
            self.setWindowTitle("")  # the file's name, from windowFilePath
        shown = str(path) if path else ""
        if path and self.adapter.readonly:
            shown = translate("MainWindow", "%1 (read-only)").replace("%1", shown)
        self.file_label.setText(shown)
        if path:
            recent = [str(path), *[p for p in self._recent() if p != str(path)]]
            keys.RECENT_FILES.set(self.settings, recent[:MAX_RECENT])
            keys.LAST_REGISTER.set(self.settings, str(path))

    def _recent(self) -> list[str]:
        return keys.RECENT_FILES.get(self.settings)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.store.path) if self.store.path else ""
        for path in self._recent():
            if path == current:
                continue
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda *_a, p=path: self.open_register(Path(p)))
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(translate("MainWindow", "No other register"))
            empty.setEnabled(False)

    def open_register(self, path: Path, *, create: bool = False) -> bool:
        """Switch to the register at `path`; on failure say why and keep the current one."""
        self.flush()
        if self.store.path is not None and Path(path).resolve() == self.store.path.resolve():
            return True  # already open here: opening it again would find it locked by us
        try:
            store = open_store(self, Path(path), create=create, language=self.adapter.language())
        except RegistreError as exc:
            QMessageBox.warning(
                self, translate("MainWindow", "Cannot open the register"),
                translate("MainWindow", "“%1” cannot be opened.").replace("%1", str(path))
                + "\n\n" + str(exc))
            return False
        if store is None:
            return False
        self.undo_stack.clear()
        self.search.clear()
        old = self.adapter.set_store(store)
        old.close()
        self._set_store_path(store.path)
        self.apply_readonly()
        self.update_status()
        return True

    def choose_and_open(self) -> None:
        path = files.ask_open_register(self)
        if path is not None:
            self.open_register(path)

    def new_register(self) -> None:
        path = files.ask_new_register(self)
        if path is None:
            return
        if path.exists():
            self.show_error(translate("MainWindow", "“%1” already exists; use File ▸ Open to "
                                                    "open it.").replace("%1", str(path)))
            return
        self.open_register(path, create=True)

    def export_json(self) -> None:
        self.flush()
        stem = self.store.path.stem if self.store.path else "register"
        path = files.ask_export_json(self, f"{stem}.json")
        if path is None:
            return
        try:
            jsondoc.write_json(self.adapter.document(), path)
        except RegistreError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Exported to %1").replace("%1", str(path)), 5000)

    def export_spreadsheet(self) -> None:
        from model.exchange import table_export

        self.flush()
        path = files.ask_export_spreadsheet(
            self, self.store.path.stem if self.store.path else "register")
        if path is None:
            return
        try:
            warnings = table_export.write(self.adapter.document(), path)
        except RegistreError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Exported to %1").replace("%1", str(path)), 5000)
        if warnings:  # a cell longer than Excel keeps: the file is whole, Excel would cut it
            self.show_error("\n\n".join(w[:1].upper() + w[1:] for w in warnings))

    def import_table(self) -> None:
        if self.adapter.readonly:
            return
        from gui.dialogs.importing import run_import

        self.flush()
        run_import(self, adapter=self.adapter, undo_stack=self.undo_stack,
                   settings=self.settings)

    def export_pdf(self) -> None:
        from gui.dialogs.export import ExportDialog

        self.flush()
        ExportDialog.ask(self, adapter=self.adapter, settings=self.settings)
        self.adapter.note_export()

    def verify_pdf(self) -> None:
        from gui.dialogs.verify import VerifyDialog

        with self.adapter.store.read() as session:  # its own certificates authenticate
            known = publish.known_certificates(session)
        VerifyDialog.ask(self, known)

    def show_history(self) -> None:
        """The history window: one per main window, raised when already open."""
        from gui.history.window import HistoryWindow

        self.flush()
        if self.history_window is None:
            self.history_window = HistoryWindow(self, adapter=self.adapter)
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def restore_backup(self) -> None:
        from gui.dialogs.backup import BackupDialog

        if self.adapter.readonly:
            return
        self.flush()
        BackupDialog.ask(self, adapter=self.adapter, undo_stack=self.undo_stack)
        self.update_status()

    # -- editing ------------------------------------------------------------------------------

    def current_page(self) -> Page:
        return self._page(max(self.pages.currentIndex(), 0))

    def flush(self) -> None:
        self.activities.flush()
        page = self.current_page()
        if page is not self.activities:
            page.flush()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def new_item(self) -> None:
        page = self.current_page()
        if page.can_add:
            page.add_item()

    def duplicate(self) -> None:
        if self.current_page() is self.activities:
            self.activities.duplicate_selected()

    def delete(self) -> None:
        page = self.current_page()
        if page.can_add:
            page.delete_selected()

    def bulk_edit(self) -> bool:
        """Edit ▸ Bulk edit…: one field for every selected activity, one undo step."""
        from gui.dialogs.bulk import BulkEditDialog

        grid = self.activities.grid
        rows = grid.selected_rows()
        if len(rows) < 2 or self.adapter.readonly:
            return False
        self.flush()
        column = self.activities.view.currentIndex().column()
        current = grid.model.columns[column].key if column >= 0 else ""
        change = BulkEditDialog.ask(self, fields=grid.bulk_fields(), count=len(rows),
                                    item_names=self.adapter.item_names, current=current)
        return change is not None and grid.apply_bulk(change, rows)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.current_page().set_filter(text)

    def _page_changed(self, row: int) -> None:
        self.flush()
        self._page(row)
        self.pages.setCurrentIndex(row)
        self.current_page().set_filter(self.search.text())
        self._update_actions()

    def _update_actions(self) -> None:
        page = self.current_page()
        on_activities = page is self.activities
        writable = not self.adapter.readonly
        has_selection = bool(page.selected_ids())
        self.new_action.setEnabled(writable and page.can_add)
        self.duplicate_action.setEnabled(writable and on_activities and has_selection)
        self.delete_action.setEnabled(writable and page.can_add and has_selection)
        self.move_up_action.setEnabled(writable and on_activities and has_selection)
        self.bulk_action.setEnabled(writable and on_activities
                                    and len(self.activities.grid.selected_rows()) > 1)
        self.move_down_action.setEnabled(writable and on_activities and has_selection)
        self.detail_action.setEnabled(on_activities)
        self.import_action.setEnabled(writable)
        self.restore_action.setEnabled(writable and self.store.path is not None)

    def apply_readonly(self) -> None:
        """Follow the register's read-only state: nothing that writes stays enabled."""
        readonly = self.adapter.readonly
        self.activities.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if readonly
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.activities.view.setDragEnabled(not readonly)
        self.activities.detail.apply_readonly()
        for page in self._pages[1:]:  # those not made yet follow when they are
            if isinstance(page, ListPage | OrganisationPage):
                page.apply_readonly()
        self._set_store_path(self.store.path)
        self._update_actions()

    def update_status(self) -> None:
        n = self.activities.model.known_incomplete_count()
        total = self.activities.model.rowCount()
        if n is None:
            text = ""  # a large register still being checked: its figure, when known
        elif total == 0:
            text = translate("MainWindow", "No activities yet")
        elif n:
            text = translate("MainWindow", "%n of %1 activities incomplete", "", n).replace(
                "%1", str(total))
        else:
            text = translate("MainWindow", "All %n activities complete", "", total)
        shown = self.activities.proxy.rowCount()
        if shown != total:
            text = translate("MainWindow", "%n of %1 shown", "", shown).replace(
                "%1", str(total)) + " · " + text
        if text and check.organisation_findings(self.adapter.organisation(), i18n.language()):
            text = translate("MainWindow", "%1; organisation incomplete").replace("%1", text)
        self.completeness_label.setText(text)
        signed = self.adapter.signed_state()
        if signed is None:
            self.signed_label.setText(translate("MainWindow", "No signed record yet"))
        elif signed[1]:
            self.signed_label.setText(
                translate("MainWindow", "%n change(s) since the last signed record (%1)", "",
                          signed[1]).replace("%1", local_time(signed[0], date_only=True)))
        else:
            self.signed_label.setText(
                translate("MainWindow", "Signed record up to date (%1)")
                .replace("%1", local_time(signed[0], date_only=True)))

    def check(self) -> None:
        self.flush()
        # In the interface's language: the dialog is the editor's, not the record's.
        findings = check.check_document(self.adapter.document(), i18n.language())
        reference = CheckDialog.ask(self, findings)
        if reference:
            for row in range(self.activities.model.rowCount()):
                if self.activities.model.row_at(row).reference == reference:
                    self.nav.setCurrentRow(0)
                    self.activities.select_id(self.activities.model.row_at(row).id)
                    break

    def preferences(self) -> None:
        PreferencesDialog.ask(self, settings=self.settings)

    def guide(self) -> None:
        from gui.dialogs.guide import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        from model.core.version import app_version  # scans the installed packages: not at start

        QMessageBox.about(
            self, translate("MainWindow", "About Registre"),
            translate("MainWindow", "<h3>Registre %1</h3><p>The record of processing "
                                    "activities of GDPR Article 30, kept on your computer."
                                    "</p>").replace("%1", app_version()))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, translate("MainWindow", "Registre"), message)


class _TwinAction(QAction):
    """A toolbar button for an action whose text changes: its icon under a fixed label, its
    text as the button's tip. Undo's text names the last edit and changes with every one;
    a button that showed it, or an action whose tip changed, would lay the whole toolbar out
    again after each keystroke."""

    def __init__(self, action: QAction, label: str, bar: QToolBar) -> None:
        super().__init__(action.icon(), label, bar)
        self._action = action
        self.setObjectName(f"{action.objectName()}Button")
        self.triggered.connect(action.trigger)
        bar.addAction(self)
        self.button = bar.widgetForAction(self)
        action.changed.connect(self._follow)  # a method: gone with this action
        self._follow()

    def _follow(self) -> None:
        if not shiboken6.isValid(self._action):  # a window being taken down
            return
        self.setEnabled(self._action.isEnabled())
        self.button.setToolTip(self._action.text())
