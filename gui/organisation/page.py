"""The organisation page: the controller, its EU representative and its DPO (Article 30(1)(a)).

As in the detail panel, typing is saved after a short pause, and at once when
the field loses focus, the page is left or the window closes: one history
entry per field edited, not one per keystroke. The saves of one visit to a
field merge into one undo step (`OrganisationEditCommand.mergeWith`). An
e-mail or phone number that is not one is marked, explained, and not saved
until it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui import styles
from gui.adapter import StoreAdapter
from gui.commands.lists import OrganisationEditCommand
from gui.commands.undo import push
from model.core import catalogue, validate

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    """The label in the form."""
    undo_label: str
    """The field named on its own, for the Edit menu ("DPO e-mail")."""
    multiline: bool = False
    placeholder: str = ""
    kind: str = "text"
    """"email" and "phone" are checked as typed."""


def _field_specs() -> dict[str, list[FieldSpec]]:
    """Fields per group, translated when called (after the translator is installed)."""
    return {
        "controller": [
            FieldSpec("name", translate("OrganisationPage", "Name:"),
                      translate("OrganisationPage", "controller name")),
            FieldSpec("address", translate("OrganisationPage", "Address:"),
                      translate("OrganisationPage", "controller address"), multiline=True),
            FieldSpec("registration_number",
                      translate("OrganisationPage", "Registration number:"),
                      translate("OrganisationPage", "registration number"),
                      placeholder=translate("OrganisationPage", "e.g. SIRET 123 456 789 00012")),
            FieldSpec("phone", translate("OrganisationPage", "Phone:"),
                      translate("OrganisationPage", "controller phone"), kind="phone"),
            FieldSpec("email", translate("OrganisationPage", "E-mail:"),
                      translate("OrganisationPage", "controller e-mail"), kind="email",
                      placeholder=translate("OrganisationPage", "contact@example.com")),
        ],
        "representative": [
            FieldSpec("rep_name", translate("OrganisationPage", "Name:"),
                      translate("OrganisationPage", "representative name")),
            FieldSpec("rep_address", translate("OrganisationPage", "Address:"),
                      translate("OrganisationPage", "representative address"), multiline=True),
            FieldSpec("rep_phone", translate("OrganisationPage", "Phone:"),
                      translate("OrganisationPage", "representative phone"), kind="phone"),
            FieldSpec("rep_email", translate("OrganisationPage", "E-mail:"),
                      translate("OrganisationPage", "representative e-mail"), kind="email"),
        ],
        "dpo": [
            FieldSpec("dpo_name", translate("OrganisationPage", "Name:"),
                      translate("OrganisationPage", "DPO name")),
            FieldSpec("dpo_address", translate("OrganisationPage", "Address:"),
                      translate("OrganisationPage", "DPO address"), multiline=True),
            FieldSpec("dpo_phone", translate("OrganisationPage", "Phone:"),
                      translate("OrganisationPage", "DPO phone"), kind="phone"),
            FieldSpec("dpo_email", translate("OrganisationPage", "E-mail:"),
                      translate("OrganisationPage", "DPO e-mail"), kind="email",
                      placeholder=translate("OrganisationPage", "dpo@example.com")),
        ],
    }


SAVE_DELAY_MS = 400
INVALID_STYLE = styles.INVALID_FIELD


def problem(kind: str, text: str) -> str:
    """What is wrong with `text` as a value of this kind ("" when nothing)."""
    if kind == "email":
        return validate.email_problem(text)
    if kind == "phone":
        return validate.phone_problem(text)
    return ""


class OrganisationPage(QWidget):
    """The form of the controller, representative and DPO, saved as the user pauses."""

    def __init__(self, *, adapter: StoreAdapter, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._undo_stack = undo_stack
        self._loading = False
        self._pushing = False
        self._run = 0
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.problems: dict[str, QLabel] = {}
        self._specs: dict[str, FieldSpec] = {}
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        title = QLabel(translate("OrganisationPage", "Organisation"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate(
            "OrganisationPage",
            "Who is responsible for the processing (Article 30(1)(a)). Changes are saved as "
            "you type."), self)
        intro.setWordWrap(True)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(title)
        column.addWidget(intro)
        groups = {
            "controller": (translate("OrganisationPage", "Controller"), ""),
            "representative": (
                translate("OrganisationPage", "Representative in the EU"),
                translate("OrganisationPage",
                          "Only for an organisation established outside the European Union "
                          "(Article 27).")),
            "dpo": (
                translate("OrganisationPage", "Data protection officer (DPO)"),
                translate("OrganisationPage",
                          "If you have designated one (Article 37); otherwise leave empty.")),
        }
        labels: list[QLabel] = []
        normal = QFont(self.font())
        normal.setBold(False)  # explicit, so it overrides the bold inherited from the box title
        for group, specs in _field_specs().items():
            heading, note = groups[group]
            box = QGroupBox(heading, content)
            box.setObjectName(f"{group}Group")
            bold = box.font()
            bold.setBold(True)
            box.setFont(bold)  # the title; the fields below get the normal font back
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if note:
                hint = QLabel(note, box)
                hint.setFont(normal)
                hint.setWordWrap(True)
                form.addRow(hint)
            for spec in specs:
                editor = self._make_editor(spec, box)
                editor.setFont(normal)
                label = QLabel(spec.label, box)
                label.setFont(normal)
                label.setBuddy(editor)
                labels.append(label)
                form.addRow(label, editor)
                if spec.kind != "text":
                    note_label = QLabel(box)
                    note_label.setObjectName(f"{spec.name}_problem")
                    note_label.setFont(normal)
                    note_label.setWordWrap(True)
                    note_label.setStyleSheet(styles.ERROR_TEXT)
                    note_label.hide()
                    self.problems[spec.name] = note_label
                    form.addRow("", note_label)
            column.addWidget(box)
        column.addStretch(1)
        # One label column for the three groups, so their fields line up.
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        content.setMaximumWidth(760)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.load()
        adapter.organisationChanged.connect(self.load)
        adapter.storeReplaced.connect(self.load)
        undo_stack.indexChanged.connect(self._stack_moved)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)  # a bound slot: gone with self

    def _make_editor(self, spec: FieldSpec, parent: QWidget) -> QLineEdit | QPlainTextEdit:
        editor: QLineEdit | QPlainTextEdit
        if spec.multiline:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            editor.textChanged.connect(lambda name=spec.name: self._edited(name))
        else:
            editor = QLineEdit(parent)
            editor.textEdited.connect(lambda _text, name=spec.name: self._edited(name))
        if spec.placeholder:
            editor.setPlaceholderText(spec.placeholder)
        editor.setObjectName(spec.name)
        editor.installEventFilter(self)
        self.fields[spec.name] = editor
        self._specs[spec.name] = spec
        return editor

    # -- reading ----------------------------------------------------------------

    def load(self) -> None:
        """Show the register's values; the field being typed in is left alone when equal."""
        org = self._adapter.organisation()
        values = {name: org.text(catalogue.by_key(name, catalogue.ORGANISATION))
                  for name in self.fields}
        self._loading = True
        try:
            for name, value in values.items():
                editor = self.fields[name]
                if self.text(name) == value or name in self._pending:
                    continue
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value)
                    editor.moveCursor(QTextCursor.MoveOperation.End)
                else:
                    editor.setText(value)
        finally:
            self._loading = False
        for name in values:
            self._mark(name)

    def text(self, name: str) -> str:
        editor = self.fields[name]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    # -- writing -----------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._mark(name)
        self._pending.add(name)
        self._timer.start()

    def _mark(self, name: str) -> bool:
        """Show whether the field holds a valid value; True when it does."""
        label = self.problems.get(name)
        if label is None:
            return True
        why = problem(self._specs[name].kind, self.text(name))
        label.setText(why)
        label.setVisible(bool(why))
        editor = self.fields[name]
        editor.setStyleSheet(INVALID_STYLE if why else "")
        editor.setToolTip(why)
        return not why

    # -- what the main window asks of a page (gui.mainwindow.pages.Page) --------------

    can_add = False
    """One organisation: nothing to add or delete."""

    def set_filter(self, text: str) -> None:
        """A form of a dozen fields is not filtered."""

    def selected_ids(self) -> list[int | str]:
        return []

    def add_item(self) -> None:
        """Nothing to add (New is disabled here)."""

    def delete_selected(self) -> bool:
        return False

    def flush(self) -> None:
        """Save what was typed: after a pause, on leaving the field or the page, on close.

        A value that is not valid stays on screen, marked, and is not saved.
        """
        self._timer.stop()
        for name in sorted(self._pending):
            if not self._mark(name):
                continue
            self._pending.discard(name)
            command = OrganisationEditCommand(self._adapter, field=name,
                                              label=self._specs[name].undo_label,
                                              value=self.text(name).strip()
                                              if self._specs[name].kind != "text"
                                              else self.text(name), run=self._run)
            self._pushing = True
            try:
                pushed = push(self._undo_stack, command)
            finally:
                self._pushing = False
            if not pushed:
                self.load()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self._pending and self.isAncestorOf(old):
            self.flush()

    def _stack_moved(self, _index: int) -> None:
        """After an undo or redo, typing starts a new step instead of merging into an old one."""
        if not self._pushing:
            self._run += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: entering a field starts a new run of typing."""
        if event.type() == QEvent.Type.FocusIn:
            self._run += 1
        return super().eventFilter(watched, event)

    def apply_readonly(self) -> None:
        """A register open read-only is shown, not edited."""
        for editor in self.fields.values():
            editor.setReadOnly(self._adapter.readonly)

    def focus_field(self, name: str) -> None:
        self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
