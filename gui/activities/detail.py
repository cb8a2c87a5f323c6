"""The detail panel: every Article 30 field of the selected activity, saved as the user types.

Typing is saved after a short pause, and at once when the field loses focus,
when another activity is selected and when the window closes: an edit the
user has seen is on disk. A run of typing in one field (one focus) is one
undo step, through the commands' `session` merging.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.activities.dates import DateLineEdit
from gui.activities.table import BasesEditor, ChecklistEditor, commit_open_editor, status_label
from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.history.window import (
    COL_ACTION,
    COL_CHANGE,
    COL_ITEM,
    COL_NUMBER,
    COL_USER,
    HistoryModel,
    fit_columns,
    make_view,
)
from model.core import catalogue, clock, i18n, vocab
from model.core.i18n import local_time
from model.register import crud
from model.register.views import ActivityView

translate = QCoreApplication.translate
"""Aliased so that pyside6-lupdate still sees `translate("Context", …)` calls."""

TEXT_FIELDS = ("name", "business_function", "joint_controller", "retention", "security_other",
               "data_source", "dpia_reason", "validated_by", "validated_at")
MULTILINE_FIELDS = ("purpose",)
VERBATIM_FIELDS = ("legal_basis_text", "data_categories_text")
DATE_FIELDS = ("validated_at",)
SAVE_DELAY_MS = 400


class DetailPanel(QScrollArea):
    """Editor of one activity; `set_activity(None)` shows a hint instead."""

    def __init__(self, *, adapter: StoreAdapter, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.undo_stack = undo_stack
        self.activity_id: int | None = None
        self.view: ActivityView | None = None
        """The activity shown, as last read (None: none is)."""
        self._loading = False
        self._session = 0
        self._pending: dict[str, Any] = {}
        self._pending_lists: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_typed)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("detailPanel")
        self._build()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)  # a bound slot: gone with self
        adapter.activitiesChanged.connect(self._on_changed)
        adapter.activitiesRemoved.connect(self._on_removed)
        adapter.activitiesReset.connect(lambda: self._reload())
        adapter.itemsChanged.connect(self._on_items_changed)
        self._item_names: dict[str, list[str]] = {}
        self.set_activity(None)

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.empty = QLabel(translate("DetailPanel", "Select an activity to see and edit all "
                                                     "that Article 30 asks for it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.pages.addWidget(self.empty)
        body = QWidget()
        body.setObjectName("detailBody")
        outer = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(1)  # wrap, never widen the panel
        self.subtitle = QLabel()
        self.subtitle.setEnabled(False)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)

        self.edits: dict[str, QLineEdit] = {}
        self.plain: dict[str, QPlainTextEdit] = {}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = DateLineEdit() if name in DATE_FIELDS else QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
            self.edits[name] = edit
            return edit

        def multi(name: str, lines: int, *, readonly: bool = False) -> QPlainTextEdit:
            edit = QPlainTextEdit()
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            metrics = edit.fontMetrics()
            edit.setMinimumHeight(metrics.lineSpacing() * lines + 12)
            edit.setMaximumHeight(metrics.lineSpacing() * (lines + 4) + 12)
            if readonly:
                edit.setReadOnly(True)
            else:
                edit.textChanged.connect(
                    lambda n=name, e=edit: self._typed(n, e.toPlainText()))
            self.plain[name] = edit
            return edit

        def group(title: str, wrap: bool = False) -> QFormLayout:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if wrap
                                  else QFormLayout.RowWrapPolicy.WrapLongRows)
            outer.addWidget(box)
            return form

        form = group(translate("DetailPanel", "Processing"))
        form.addRow(translate("DetailPanel", "&Name:"),
                    line("name", translate("DetailPanel", "Short name of the activity")))
        form.addRow(translate("DetailPanel", "&Purpose:"), multi("purpose", 3))
        form.addRow(translate("DetailPanel", "Business &function:"),
                    line("business_function", translate("DetailPanel", "e.g. Human resources")))
        form.addRow(translate("DetailPanel", "&Joint controller:"),
                    line("joint_controller", translate("DetailPanel", "None")))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for term in vocab.STATUSES:
            self.status.addItem(status_label(term.code), term.code)
        self.status.activated.connect(self._status_chosen)
        form.addRow(translate("DetailPanel", "&Status:"), self.status)
        validation = QHBoxLayout()
        validation.addWidget(line("validated_by", translate("DetailPanel", "Validated by")), 2)
        validation.addWidget(line("validated_at"), 1)
        form.addRow(translate("DetailPanel", "Validation:"), validation)
        self.date_problem = QLabel()
        self.date_problem.setObjectName("dateProblem")
        self.date_problem.setWordWrap(True)
        self.date_problem.setStyleSheet("color: #c0392b;")
        self.date_problem.hide()
        form.addRow("", self.date_problem)
        for name in DATE_FIELDS:
            date_edit = self.edits[name]
            assert isinstance(date_edit, DateLineEdit)
            date_edit.textChanged.connect(self._show_date_problem)
            date_edit.picked.connect(lambda _iso, n=name, e=date_edit: self._date_picked(n, e))

        form = group(translate("DetailPanel", "Personal data"))
        self.categories = self._checklist("categories")
        form.addRow(translate("DetailPanel", "Data &categories:"), self.categories)
        self.art9 = QComboBox()
        self.art9.setObjectName("art9_condition")
        self.art9.addItem(translate("DetailPanel", "None (no special category)"), "")
        for term in vocab.ART9_CONDITIONS:
            self.art9.addItem(f"{term.label(i18n.language())} ({term.article})", term.code)
        self.art9.activated.connect(
            lambda *_: self._save_fields({"art9_condition": self.art9.currentData()}))
        form.addRow(translate("DetailPanel", "Article 9 condition:"), self.art9)
        self.subjects = self._checklist("subjects")
        form.addRow(translate("DetailPanel", "Data s&ubjects:"), self.subjects)
        form.addRow(translate("DetailPanel", "Data source:"),
                    line("data_source", translate("DetailPanel", "Where the data come from")))

        form = group(translate("DetailPanel", "Lawfulness"), wrap=True)
        self.bases = BasesEditor(stacked=True)
        self.bases.setObjectName("bases")
        self.bases.setFrameShape(QFrame.Shape.NoFrame)
        self.bases.setAutoFillBackground(False)
        self.bases.changed.connect(self._bases_changed)
        self.bases.edited.connect(self._bases_typed)
        form.addRow(translate("DetailPanel", "Legal &bases:"), self.bases)
        note = translate("DetailPanel", "Kept as imported, word for word")
        self.verbatim_bases = multi("legal_basis_text", 2, readonly=True)
        self.verbatim_bases.setPlaceholderText(note)
        self.verbatim_bases.setToolTip(note)
        form.addRow(translate("DetailPanel", "Imported legal basis:"), self.verbatim_bases)
        self.verbatim_categories = multi("data_categories_text", 2, readonly=True)
        self.verbatim_categories.setPlaceholderText(note)
        self.verbatim_categories.setToolTip(note)
        form.addRow(translate("DetailPanel", "Imported categories:"), self.verbatim_categories)

        form = group(translate("DetailPanel", "Recipients and transfers"))
        self.recipients = self._checklist("recipients")
        form.addRow(translate("DetailPanel", "&Recipients:"), self.recipients)
        self.transfers = QTableWidget(0, 4)
        self.transfers.setObjectName("transfers")
        self.transfers.setHorizontalHeaderLabels([
            translate("DetailPanel", "Country"), translate("DetailPanel", "Recipient"),
            translate("DetailPanel", "Safeguard"), translate("DetailPanel", "Detail")])
        header = self.transfers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the safeguard combos elide
        self.transfers.verticalHeader().setVisible(False)
        self.transfers.setMinimumHeight(110)
        self.transfers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transfers.itemChanged.connect(self._transfers_typed)
        buttons = QHBoxLayout()
        self.add_transfer = QPushButton(translate("DetailPanel", "Add transfer"))
        self.add_transfer.setObjectName("addTransfer")
        self.add_transfer.clicked.connect(self._add_transfer)
        self.remove_transfer = QPushButton(translate("DetailPanel", "Remove transfer"))
        self.remove_transfer.setObjectName("removeTransfer")
        self.remove_transfer.clicked.connect(self._remove_transfer)
        buttons.addWidget(self.add_transfer)
        buttons.addWidget(self.remove_transfer)
        buttons.addStretch(1)
        transfers = QVBoxLayout()
        transfers.setContentsMargins(0, 0, 0, 0)
        transfers.addWidget(self.transfers)
        transfers.addLayout(buttons)
        # Four columns need the panel's whole width: the label goes above the table.
        form.addRow(QLabel(translate("DetailPanel", "Transfers outside the EU:")))
        form.addRow(transfers)

        form = group(translate("DetailPanel", "Retention and security"))
        form.addRow(translate("DetailPanel", "Re&tention period:"),
                    line("retention", translate("DetailPanel", "e.g. 3 years after the last "
                                                               "contact")))
        self.security = self._checklist("security_measures")
        form.addRow(translate("DetailPanel", "Security measures:"), self.security)
        form.addRow(translate("DetailPanel", "Other measures:"),
                    line("security_other", translate("DetailPanel", "Described freely")))

        form = group(translate("DetailPanel", "Impact assessment (DPIA)"))
        self.dpia = QComboBox()
        self.dpia.setObjectName("dpia_required")
        self.dpia.addItem(translate("DetailPanel", "Not assessed yet"), None)
        self.dpia.addItem(translate("DetailPanel", "Required"), True)
        self.dpia.addItem(translate("DetailPanel", "Not required"), False)
        self.dpia.activated.connect(
            lambda *_: self._save_fields({"dpia_required": self.dpia.currentData()}))
        form.addRow(translate("DetailPanel", "DPIA:"), self.dpia)
        form.addRow(translate("DetailPanel", "Reason:"),
                    line("dpia_reason", translate("DetailPanel", "Why it is or is not "
                                                                 "required")))
        box = QGroupBox(translate("DetailPanel", "History"))
        box.setObjectName("historyBox")
        history_layout = QVBoxLayout(box)
        self.history_model = HistoryModel(adapter=self.adapter, entity="activity",
                                          compact=True, parent=self)
        self.history_view = make_view()
        self.history_view.setObjectName("activityHistory")
        self.history_view.setModel(self.history_model)
        # The panel is narrow: what changed must show; who did it is in the history window.
        for column in (COL_NUMBER, COL_USER, COL_ITEM, COL_ACTION):
            self.history_view.setColumnHidden(column, True)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_model.modelReset.connect(
            lambda: fit_columns(self.history_view, COL_CHANGE, limit=140))
        metrics = self.history_view.fontMetrics()
        self.history_view.setMinimumHeight(metrics.height() * 8)
        self.history_view.setMaximumHeight(metrics.height() * 14)
        history_layout.addWidget(self.history_view)
        outer.addWidget(box)
        outer.addStretch(1)
        self.pages.addWidget(body)
        self.body = body
        self.setWidget(self.pages)

    def _checklist(self, name: str) -> ChecklistEditor:
        checklist = ChecklistEditor()
        checklist.setObjectName(name)
        checklist.setMinimumHeight(checklist.fontMetrics().lineSpacing() * 5)
        checklist.setMaximumHeight(checklist.fontMetrics().lineSpacing() * 10 + 8)
        checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        checklist.setTextElideMode(Qt.TextElideMode.ElideRight)
        checklist.changed.connect(lambda n=name, c=checklist: self._checklist_changed(n, c))
        return checklist

    # -- showing an activity ---------------------------------------------------------

    def set_activity(self, activity_id: int | None) -> None:
        """Show another activity; whatever was typed for the previous one is saved first."""
        if activity_id != self.activity_id:
            self.flush()
            self._session += 1
        self.activity_id = activity_id
        self._reload()

    def _reload(self) -> None:
        view = self.adapter.activity(self.activity_id) if self.activity_id is not None else None
        self.view = view
        if view is None:
            self.activity_id = None
            self.history_model.set_ref(None)
            self.pages.setCurrentWidget(self.empty)
            return
        self.history_model.set_ref(view.reference)
        self._loading = True
        try:
            self._fill(view)
        finally:
            self._loading = False
        self.pages.setCurrentWidget(self.body)

    def _value(self, key: str) -> Any:
        """The shown activity's value of the field `key` (None when none is shown)."""
        return None if self.view is None else self.view.value(catalogue.by_key(key))

    @property
    def _reference(self) -> str:
        return "" if self.view is None else self.view.reference

    def _fill(self, view: ActivityView) -> None:
        self.title.setText(f"{view.reference} — {view.name or view.purpose[:80]}")
        self.subtitle.setText(translate("DetailPanel", "Created %1 · changed %2")
                              .replace("%1", local_time(view.created_at, date_only=True))
                              .replace("%2", local_time(view.updated_at, date_only=True)))
        for name, edit in self.edits.items():
            value = self._value(name) or ""
            if isinstance(edit, DateLineEdit):
                if name not in self._pending and edit.iso() != value:
                    edit.set_iso(str(value))
                continue
            if name not in self._pending and edit.text() != value:
                edit.setText(str(value))
                if not edit.hasFocus():
                    edit.setCursorPosition(0)
        for name, plain in self.plain.items():
            value = self._value(name) or ""
            if name not in self._pending and plain.toPlainText() != value:
                plain.setPlainText(str(value))
        self.status.setCurrentIndex(max(0, self.status.findData(view.status)))
        self.art9.setCurrentIndex(max(0, self.art9.findData(self._value("art9_condition") or "")))
        self.dpia.setCurrentIndex({None: 0, True: 1, False: 2}.get(
            view.yes_no(catalogue.by_key("dpia_required")), 0))
        for key, editor in (("data_categories", self.categories),
                            ("data_subjects", self.subjects), ("recipients", self.recipients)):
            field = catalogue.by_key(key)
            editor.set_items(self._names_of(catalogue.item_list(field.item_list).table),
                             view.items(field))
        lang = i18n.language()
        self.security.set_items([t.label(lang) for t in vocab.SECURITY_MEASURES],
                                [_measure_label(c, lang) for c in
                                 view.items(catalogue.by_key("security_measures"))])
        if "bases" not in self._pending_lists:
            self.bases.set_value(view.basis_pairs)
        if ("transfers" not in self._pending_lists
                and self.transfers.state() != QAbstractItemView.State.EditingState):
            # never under a cell being typed in; not again when the rows shown are these
            transfers = view.records(catalogue.by_key("transfers"))
            if self._transfer_rows() != [_transfer(t) for t in transfers]:
                self._fill_transfers(transfers)

    def _fill_transfers(self, transfers: Sequence[Mapping[str, Any]]) -> None:
        was = self._loading
        self._loading = True
        self.transfers.setRowCount(len(transfers))
        lang = i18n.language()
        for r, transfer in enumerate(transfers):
            for c, key in ((0, "country"), (1, "recipient"), (3, "safeguard_detail")):
                item = QTableWidgetItem(transfer.get(key, ""))
                if c == 0:  # the fields with no column ride with the row, kept when it is saved
                    item.setData(_RecordRole, _transfer(transfer))
                self.transfers.setItem(r, c, item)
            combo = QComboBox()
            combo.addItem(translate("DetailPanel", "None given"), "")
            for term in vocab.SAFEGUARDS:
                combo.addItem(term.label(lang), term.code)
            combo.setCurrentIndex(max(0, combo.findData(transfer.get("safeguard", ""))))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setToolTip(combo.currentText())
            combo.setEnabled(not self.adapter.readonly)
            combo.activated.connect(lambda *_: self._save_lists({"transfers":
                                                                 self._transfer_rows()}))
            self.transfers.setCellWidget(r, 2, combo)
        self._loading = was

    def _transfer_rows(self) -> list[dict[str, str]]:
        """The transfers as shown, each with every field of the catalogue's: those without
        a column as the row was filled (an import's or a restore's), empty for a new row."""
        rows = []
        for r in range(self.transfers.rowCount()):
            def cell(c: int, row: int = r) -> str:
                item = self.transfers.item(row, c)
                return item.text().strip() if item else ""
            combo = self.transfers.cellWidget(r, 2)
            safeguard = combo.currentData() if isinstance(combo, QComboBox) else ""
            first = self.transfers.item(r, 0)
            kept = first.data(_RecordRole) if first is not None else None
            rows.append({**(kept if isinstance(kept, dict) else _transfer({})),
                         "country": cell(0), "recipient": cell(1), "safeguard": safeguard or "",
                         "safeguard_detail": cell(3)})
        return rows

    def apply_readonly(self) -> None:
        """A register open read-only: every field shows, none edits."""
        readonly = self.adapter.readonly
        for edit in self.edits.values():
            edit.setReadOnly(readonly)
        for name, plain in self.plain.items():
            plain.setReadOnly(readonly or name in VERBATIM_FIELDS)
        for widget in (self.status, self.art9, self.dpia, self.categories, self.subjects,
                       self.recipients, self.security, self.bases, self.add_transfer,
                       self.remove_transfer):
            widget.setEnabled(not readonly)
        self.transfers.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if readonly
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for r in range(self.transfers.rowCount()):
            combo = self.transfers.cellWidget(r, 2)
            if combo is not None:
                combo.setEnabled(not readonly)

    # -- saving ------------------------------------------------------------------------

    def _typed(self, name: str, value: str) -> None:
        if self._loading or self.activity_id is None:
            return
        self._pending[name] = value
        self._timer.start()

    def _bases_typed(self) -> None:
        if self._loading or self.activity_id is None:
            return
        self._pending_lists["bases"] = self.bases.value()
        self._timer.start()

    def _transfers_typed(self, _item: QTableWidgetItem) -> None:
        if self._loading or self.activity_id is None:
            return
        self._pending_lists["transfers"] = self._transfer_rows()
        self._timer.start()

    def flush(self) -> None:
        """Save what was typed and not saved yet; called on focus-out, switch, undo, close."""
        if self.activity_id is not None and not self._loading:
            commit_open_editor(self.transfers)  # a transfer cell still being typed in
        self._save_typed()

    def _save_typed(self) -> None:
        """Save what was typed; after a pause, a transfer cell being typed in stays open."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        lists, self._pending_lists = self._pending_lists, {}
        if self.activity_id is None:
            return
        for name, value in pending.items():
            if name in DATE_FIELDS:
                edit = self.edits[name]
                assert isinstance(edit, DateLineEdit)
                if edit.iso() is None:  # not a date: marked, explained, not saved
                    continue
                value = edit.iso() or None
            elif name != "purpose":
                value = value.strip() if name != "name" else value
            if value == self._value(name):
                continue
            self._push(undo.EditFieldsCommand(
                self.adapter, activity_id=self.activity_id, reference=self._reference,
                changes={name: value}, session=self._session))
        for key, value in lists.items():
            self._push(undo.SetListsCommand(
                self.adapter, activity_id=self.activity_id, reference=self._reference,
                lists={key: value}, session=self._session))

    def _push(self, command: undo.AdapterCommand) -> None:
        undo.push(self.undo_stack, command)

    def _save_fields(self, changes: dict[str, Any]) -> None:
        if self._loading or self.activity_id is None:
            return
        self.flush()
        self._session += 1
        self._push(undo.EditFieldsCommand(
            self.adapter, activity_id=self.activity_id, reference=self._reference,
            changes=changes))

    def _save_lists(self, lists: dict[str, Any]) -> None:
        if self._loading or self.activity_id is None:
            return
        self.flush()
        self._session += 1
        self._push(undo.SetListsCommand(
            self.adapter, activity_id=self.activity_id, reference=self._reference,
            lists=lists))

    def _status_chosen(self, *_: Any) -> None:
        code = self.status.currentData()
        changes: dict[str, Any] = {"status": code}
        if (code == "validated" and self.view is not None and self.view.status != code
                and not undo.confirm_validation(self, self.adapter, [self.view])):
            self.status.setCurrentIndex(max(0, self.status.findData(self.view.status)))
            return
        if code == "validated":
            if not self._value("validated_at"):
                changes["validated_at"] = QDate.currentDate().toString(Qt.DateFormat.ISODate)
            if not self._value("validated_by"):
                changes["validated_by"] = self._validator()
        self._save_fields(changes)

    def _date_picked(self, name: str, edit: DateLineEdit) -> None:
        self._typed(name, edit.text())
        self.flush()

    def _show_date_problem(self) -> None:
        problems = [p for p in (e.problem() for e in self.edits.values()
                                if isinstance(e, DateLineEdit)) if p]
        self.date_problem.setText("\n".join(problems))
        self.date_problem.setVisible(bool(problems))

    def _validator(self) -> str:
        """Who validates: the DPO the organisation names, else whoever is logged in."""
        with self.adapter.read() as session:
            dpo = crud.get_organisation(session).dpo_name.strip()
        return dpo or clock.current_user()

    def _checklist_changed(self, name: str, checklist: ChecklistEditor) -> None:
        if name == "security_measures":
            lang = i18n.language()
            codes = {t.label(lang): t.code for t in vocab.SECURITY_MEASURES}
            self._save_fields({"security_measures": [codes.get(n, n)
                                                     for n in checklist.checked()]})
        else:
            self._save_lists({name: checklist.checked()})

    def _bases_changed(self) -> None:
        self._pending_lists.pop("bases", None)
        value = self.bases.value()
        current = self.view.basis_pairs if self.view is not None else []
        if value != current:
            self._save_lists({"bases": value})

    def _add_transfer(self) -> None:
        rows = self._transfer_rows()
        rows.append(_transfer({}))
        self._save_lists({"transfers": rows})
        self.transfers.setCurrentCell(len(rows) - 1, 0)
        item = self.transfers.item(len(rows) - 1, 0)
        if item is not None:
            self.transfers.editItem(item)

    def _remove_transfer(self) -> None:
        rows = self._transfer_rows()
        r = self.transfers.currentRow()
        if 0 <= r < len(rows):
            del rows[r]
            self._save_lists({"transfers": rows})

    # -- reacting ----------------------------------------------------------------------

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and (self._pending or self._pending_lists):
            self.flush()
        if new is not None and self.isAncestorOf(new) and new is not old:
            self._session += 1

    def _on_changed(self, ids: list[int]) -> None:
        if self.activity_id in ids:
            self._reload()

    def _on_removed(self, ids: list[int]) -> None:
        if self.activity_id in ids:
            self._pending.clear()
            self._pending_lists.clear()
            self.activity_id = None  # nothing left to save it to: no flush
            self.set_activity(None)

    def _names_of(self, kind: str) -> list[str]:
        """The names of a list's items, kept until the list changes (`itemsChanged`): an
        edit of the activity shown refills the panel, and its lists are the same."""
        names = self._item_names.get(kind)
        if names is None:
            names = self._item_names[kind] = self.adapter.item_names(kind)
        return names

    def _on_items_changed(self, kind: str) -> None:
        self._item_names.pop(kind, None)
        if self.activity_id is not None:
            self._reload()


_TRANSFER_KEYS = tuple(f.key for f in catalogue.scalar_fields(catalogue.TRANSFER))
_RecordRole = Qt.ItemDataRole.UserRole + 1
"""On a transfer's first cell: the whole transfer it shows."""


def _transfer(record: Mapping[str, Any]) -> dict[str, str]:
    """A transfer with every field the catalogue gives one, as texts."""
    return {key: str(record.get(key) or "") for key in _TRANSFER_KEYS}


def _measure_label(code: str, lang: str) -> str:
    return vocab.label_of(vocab.SECURITY_MEASURES, code, lang)
