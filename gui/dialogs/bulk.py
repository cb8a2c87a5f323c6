"""Edit ▸ Bulk edit…: one field changed for every selected activity, as one undo step.

The user chooses a field (any editable column of the grid: the catalogue's fields, then
their own notes), then a value to set, or, for a list (data categories, subjects,
recipients, security measures), the register's items to add or remove, or a legal basis
with its justification to add or remove. The dialog only asks: it returns a
`BulkChange`, which the grid turns into one transaction (`Grid.apply_bulk`), so that a
bulk edit goes the same way as a paste or a fill-down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import styles
from gui.commands.grid import ADD, REMOVE, SET, BulkChange, BulkField, bulk_text
from model.core import catalogue, i18n, vocab
from model.core.catalogue import Kind
from model.exchange import cells

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text

ItemNames = Callable[[str], Sequence[str]]
"""The register's items of one list, by the list's table ("datacategory", …)."""

_LISTS = (Kind.ITEMS, Kind.CHOICES)
_CHOICE = (Kind.CHOICE, Kind.YES_NO)
_LONG = (Kind.LONG_TEXT,)


class BulkEditDialog(QDialog):
    """Field, what to do, value; Apply is the one step, named as the Edit menu will say it."""

    def __init__(self, parent: QWidget | None, *, fields: Sequence[BulkField], count: int,
                 item_names: ItemNames, current: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(translate("BulkEditDialog", "Bulk edit"))
        self.fields = list(fields)
        self.count = count
        self.item_names = item_names
        self.change: BulkChange | None = None
        lang = i18n.language()

        intro = QLabel(translate(
            "BulkEditDialog", "Change one field of the %n selected activities at once. Undo "
            "(Ctrl+Z) puts every one back as it was.", "", count), self)
        intro.setWordWrap(True)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("bulkField")
        for f in self.fields:
            self.field_combo.addItem(f.title, f.key)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("bulkMode")
        self.text = QLineEdit(self)
        self.text.setObjectName("bulkText")
        self.long_text = QPlainTextEdit(self)
        self.long_text.setObjectName("bulkLongText")
        self.long_text.setTabChangesFocus(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("bulkChoice")
        self.items = QListWidget(self)
        self.items.setObjectName("bulkItems")
        self.items.setUniformItemSizes(True)
        bases = QWidget(self)
        self.basis = QComboBox(bases)
        self.basis.setObjectName("bulkBasis")
        for term in vocab.LEGAL_BASES:
            self.basis.addItem(f"{term.label(lang)} ({term.article})", term.code)
        self.justification = QLineEdit(bases)
        self.justification.setObjectName("bulkJustification")
        self.justification.setPlaceholderText(translate(
            "BulkEditDialog", "Why this basis applies (required for legitimate interests)"))
        bases_layout = QVBoxLayout(bases)
        bases_layout.setContentsMargins(0, 0, 0, 0)
        bases_layout.addWidget(self.basis)
        bases_layout.addWidget(self.justification)
        self.values = QStackedWidget(self)
        for widget in (self.text, self.long_text, self.choice, self.items, bases):
            self.values.addWidget(widget)
        self._bases = bases

        form = QFormLayout()
        form.addRow(translate("BulkEditDialog", "Field"), self.field_combo)
        form.addRow(translate("BulkEditDialog", "Change"), self.mode_combo)
        self.value_label = QLabel(translate("BulkEditDialog", "Value"), self)
        form.addRow(self.value_label, self.values)
        self.summary = QLabel(self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("bulkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(styles.ERROR_TEXT)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(translate("BulkEditDialog", "Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.mode_combo.currentIndexChanged.connect(self._update_summary)
        self.items.itemChanged.connect(self._update_summary)
        self.basis.currentIndexChanged.connect(self._update_summary)
        at = self.field_combo.findData(current)
        self.field_combo.setCurrentIndex(max(at, 0))
        self._field_changed()
        self.resize(560, 400)

    # -- the field chosen -----------------------------------------------------------------

    def current_field(self) -> BulkField:
        return self.fields[max(self.field_combo.currentIndex(), 0)]

    def _field_changed(self, *_: object) -> None:
        chosen = self.current_field()
        f = chosen.field
        kind = f.kind if f is not None else Kind.LONG_TEXT
        lang = i18n.language()
        self.mode_combo.blockSignals(True)
        self.mode_combo.clear()
        if f is not None and (kind in _LISTS or f.key == "legal_bases"):
            self.mode_combo.addItem(translate("BulkEditDialog", "Add to each activity"), ADD)
            self.mode_combo.addItem(translate("BulkEditDialog", "Remove from each activity"),
                                    REMOVE)
            if f.key != "legal_bases":
                self.mode_combo.addItem(translate("BulkEditDialog", "Replace with exactly these"),
                                        SET)
        else:
            self.mode_combo.addItem(translate("BulkEditDialog", "Set to"), SET)
        self.mode_combo.setEnabled(self.mode_combo.count() > 1)
        self.mode_combo.blockSignals(False)
        if f is not None and f.key == "legal_bases":
            self.values.setCurrentWidget(self._bases)
        elif f is not None and kind in _LISTS:
            self.items.blockSignals(True)
            self.items.clear()
            if kind == Kind.CHOICES:
                entries = [(t.label(lang), t.code) for t in f.vocabulary]
            else:
                names = self.item_names(catalogue.item_list(f.item_list).table)
                entries = [(n, n) for n in names]
            for label, data in entries:
                item = QListWidgetItem(label, self.items)
                item.setData(Qt.ItemDataRole.UserRole, data)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.items.blockSignals(False)
            self.values.setCurrentWidget(self.items)
        elif f is not None and kind in _CHOICE:
            self.choice.clear()
            if kind == Kind.YES_NO:
                answers: tuple[tuple[str, bool | None], ...] = (
                    ("—", None), (translate("BulkEditDialog", "Yes"), True),
                    (translate("BulkEditDialog", "No"), False))
                for text, answer in answers:
                    self.choice.addItem(text, answer)
            else:
                if f.key != "status":
                    self.choice.addItem("—", "")
                for term in f.vocabulary:
                    self.choice.addItem(term.label(lang), term.code)
            self.values.setCurrentWidget(self.choice)
        elif kind in _LONG:
            self.values.setCurrentWidget(self.long_text)
        else:
            self.text.setPlaceholderText(
                translate("BulkEditDialog", "A date, as in a spreadsheet (e.g. 2026-10-01)")
                if kind in (Kind.DATE, Kind.TIMESTAMP) else "")
            self.values.setCurrentWidget(self.text)
        self.problem.hide()
        self._update_summary()

    def checked(self) -> list[tuple[str, str]]:
        """The ticked items: (what is stored, what the user reads)."""
        return [(str(self.items.item(i).data(Qt.ItemDataRole.UserRole)),
                 self.items.item(i).text()) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: Sequence[str]) -> None:
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    # -- the change it makes --------------------------------------------------------------

    def value(self) -> BulkChange:
        """What the dialog says to do; raises `cells.CellError` for a value the field refuses."""
        chosen = self.current_field()
        f = chosen.field
        mode = str(self.mode_combo.currentData() or SET)
        if f is not None and f.key == "legal_bases":
            code = str(self.basis.currentData())
            return BulkChange(chosen.key, mode, [(code, self.justification.text().strip())],
                              (vocab.label_of(vocab.LEGAL_BASES, code, i18n.language()),))
        widget = self.values.currentWidget()
        if widget is self.items:
            ticked = self.checked()
            return BulkChange(chosen.key, mode, [code for code, _l in ticked],
                              tuple(label for _c, label in ticked))
        if widget is self.choice:
            return BulkChange(chosen.key, SET, self.choice.currentData())
        text = self.long_text.toPlainText() if widget is self.long_text else self.text.text()
        if f is None:
            return BulkChange(chosen.key, SET, text)
        return BulkChange(chosen.key, SET, cells.parse_cell(f, text))

    def _update_summary(self, *_: object) -> None:
        chosen = self.current_field()
        mode = str(self.mode_combo.currentData() or SET)
        self.value_label.setText(
            translate("BulkEditDialog", "Items") if self.values.currentWidget() is self.items
            else translate("BulkEditDialog", "Legal basis")
            if self.values.currentWidget() is self._bases
            else translate("BulkEditDialog", "Value"))
        names: tuple[str, ...] = ()
        if self.values.currentWidget() is self.items:
            names = tuple(label for _c, label in self.checked())
        elif self.values.currentWidget() is self._bases:
            names = (self.basis.currentText(),)
        self.summary.setText(bulk_text(chosen.title, BulkChange(chosen.key, mode, None, names),
                                       self.count))
        self.apply_button.setEnabled(mode == SET or bool(names))

    def accept(self) -> None:
        """Override QDialog.accept: a value the field refuses is said, and the dialog stays."""
        try:
            self.change = self.value()
        except cells.CellError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, fields: Sequence[BulkField], count: int,
            item_names: ItemNames, current: str = "") -> BulkChange | None:
        """The change the user chose, or None when cancelled."""
        dialog = cls(parent, fields=fields, count=count, item_names=item_names, current=current)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.change
        finally:
            dialog.deleteLater()
