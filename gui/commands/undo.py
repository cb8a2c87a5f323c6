"""Undoable user actions: each QUndoCommand calls the core through the adapter, never widgets.

Every command of the editor (these, and the list, organisation and import
commands of `gui.commands.lists`) derives from `AdapterCommand` and goes on the
stack through `push()`: it is executed once before it is pushed, so that a
`RegistreError` from the core leaves nothing on the undo stack (not even a cut
redo history) and is said through `StoreAdapter.errorOccurred`; later undo/redo
failures are reported the same way. The adapter's signals are what tell the
models to refresh.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Self

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.adapter import StoreAdapter
from model import check
from model.core import catalogue, i18n
from model.core.errors import RegistreError
from model.register.views import ActivityEdit, ActivitySnapshot, ActivityView

MERGE_ID = 0x52474D31  # "RGM1": the one QUndoCommand id; merge_key() tells runs apart


translate = QCoreApplication.translate
"""Aliased so that pyside6-lupdate still sees `translate("Commands", …)` calls."""

_CATEGORIES, _BASES, _TRANSFERS = (catalogue.by_key(k) for k in (
    "data_categories", "legal_bases", "transfers"))
"""What a deletion takes with it, as its confirmation counts."""


def field_label(name: str) -> str:
    """The user's name for an activity field, as the Edit menu says it."""
    labels = {
        "name": translate("Commands", "name"),
        "purpose": translate("Commands", "purpose"),
        "business_function": translate("Commands", "business function"),
        "status": translate("Commands", "status"),
        "validated_by": translate("Commands", "validated by"),
        "validated_at": translate("Commands", "validation date"),
        "joint_controller": translate("Commands", "joint controller"),
        "legal_basis_text": translate("Commands", "imported legal basis text"),
        "data_categories_text": translate("Commands", "imported data categories text"),
        "art9_condition": translate("Commands", "Article 9 condition"),
        "retention": translate("Commands", "retention period"),
        "security_measures": translate("Commands", "security measures"),
        "security_other": translate("Commands", "other security measures"),
        "data_source": translate("Commands", "data source"),
        "dpia_required": translate("Commands", "DPIA"),
        "dpia_reason": translate("Commands", "DPIA reason"),
        "categories": translate("Commands", "data categories"),
        "bases": translate("Commands", "legal bases"),
        "subjects": translate("Commands", "data subjects"),
        "recipients": translate("Commands", "recipients"),
        "transfers": translate("Commands", "transfers"),
    }
    return labels.get(name, name)


def push(stack: QUndoStack, command: AdapterCommand, *, report: bool = True) -> bool:
    """Run `command` now and put it on `stack`; False when the core refused it.

    A refused command is not pushed: its `RegistreError` stays in `command.error`
    and, unless `report` is False (the caller says it its own way), goes to
    `StoreAdapter.errorOccurred`, which the main window shows.
    """
    try:
        command.execute()
    except RegistreError as exc:
        command.error = exc
        if report:
            command.adapter.report_error(str(exc))
        return False
    command.executed = True
    stack.push(command)
    return True


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Commands", "Registre"), message)


class AdapterCommand(QUndoCommand):
    """A command whose first redo happened in `push()`; later ones replay it.

    Subclasses implement `execute` (the first time), `revert` (undo) and, when
    doing it again differs from doing it first, `replay` (redo after an undo).
    """

    def __init__(self, adapter: StoreAdapter, text: str = "") -> None:
        super().__init__(text)
        self.adapter = adapter
        self.executed = False
        self.error: RegistreError | None = None
        """Why the core refused the first execution (`push` returned False)."""

    def execute(self) -> None:  # pragma: no cover - every command overrides it
        raise NotImplementedError

    def replay(self) -> None:
        self.execute()

    # -- merging: one mechanism for every run of keystrokes -----------------------------

    def merge_key(self) -> Hashable | None:
        """What a run of typing shares (same field, same visit); None: this step never merges."""
        return None

    def absorb(self, later: Self) -> None:  # pragma: no cover - merging commands override it
        """Take in `later`, the next keystroke of the same run (same type, same merge key)."""
        raise NotImplementedError

    def id(self) -> int:
        """Override QUndoCommand.id: commands with a merge key may merge."""
        return MERGE_ID if self.merge_key() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Override QUndoCommand.mergeWith: same type and same merge key join one step."""
        if type(other) is not type(self) or not isinstance(other, AdapterCommand):
            return False
        key = self.merge_key()
        if key is None or other.merge_key() != key:
            return False
        self.absorb(other)
        return True

    def revert(self) -> None:  # pragma: no cover - every command overrides it
        raise NotImplementedError

    def redo(self) -> None:
        """Override QUndoCommand.redo."""
        if self.executed:
            self.executed = False  # the push() already did it
            return
        try:
            self.replay()
        except RegistreError as exc:
            self.adapter.report_error(str(exc))

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        try:
            self.revert()
        except RegistreError as exc:
            self.adapter.report_error(str(exc))


class EditFieldsCommand(AdapterCommand):
    """Change scalar fields of one activity; keystrokes in one field merge into one step.

    `session` identifies one run of typing (a focus of one field): two commands
    merge only when they edit the same single field of the same activity in the
    same session.
    """

    def __init__(self, adapter: StoreAdapter, *, activity_id: int, reference: str,
                 changes: dict[str, Any], session: int | None = None) -> None:
        super().__init__(adapter)
        self.activity_id = activity_id
        self.reference = reference
        self.changes = dict(changes)
        """The values asked for, by catalogue key (what a run of typing shares: its key)."""
        self.edit = ActivityEdit(activity_id)
        """What the edit changed (old and new value of each field), once executed."""
        self.session = session
        if len(changes) == 1:
            label = field_label(next(iter(changes)))
            self.setText(translate("Commands", "Edit %1 of %2").replace("%1", label)
                         .replace("%2", reference))
        else:
            self.setText(translate("Commands", "Edit activity %1").replace("%1", reference))

    def execute(self) -> None:
        self.edit = self.adapter.update_activity(self.activity_id, **self.changes)
        if not self.edit:
            self.setObsolete(True)

    def replay(self) -> None:
        self.adapter.update_activity(self.activity_id, **self.edit.fields())

    def revert(self) -> None:
        self.adapter.update_activity(self.activity_id, **self.edit.fields(undo=True))

    def merge_key(self) -> Hashable | None:
        """Only typing runs merge: one field of one activity in one session."""
        if self.session is None or len(self.changes) != 1:
            return None
        return (self.activity_id, self.session, *self.changes)

    def absorb(self, later: EditFieldsCommand) -> None:
        self.edit = self.edit.then(later.edit)
        if not self.edit:
            self.setObsolete(True)  # typed back to where it started


class SetListsCommand(AdapterCommand):
    """Replace one or more of an activity's lists (categories, bases, subjects, …).

    Like `EditFieldsCommand`, typing a justification or a transfer detail in
    one `session` merges into one step.
    """

    def __init__(self, adapter: StoreAdapter, *, activity_id: int, reference: str,
                 lists: dict[str, Any], session: int | None = None) -> None:
        super().__init__(adapter)
        self.activity_id = activity_id
        self.lists = dict(lists)
        """The lists asked for, by `crud.set_activity_lists` argument."""
        self.edit = ActivityEdit(activity_id)
        """What the edit changed (old and new lists), once executed."""
        self.session = session
        if len(lists) == 1:
            label = field_label(next(iter(lists)))
            self.setText(translate("Commands", "Change %1 of %2").replace("%1", label)
                         .replace("%2", reference))
        else:
            self.setText(translate("Commands", "Edit activity %1").replace("%1", reference))

    def execute(self) -> None:
        self.edit = self.adapter.set_activity_lists(self.activity_id, **self.lists)
        if not self.edit:
            self.setObsolete(True)

    def replay(self) -> None:
        self.adapter.set_activity_lists(self.activity_id, **self.edit.lists())

    def revert(self) -> None:
        self.adapter.set_activity_lists(self.activity_id, **self.edit.lists(undo=True))

    def merge_key(self) -> Hashable | None:
        """Only typing runs merge: one list of one activity in one session."""
        if self.session is None or len(self.lists) != 1:
            return None
        return (self.activity_id, self.session, *self.lists)

    def absorb(self, later: SetListsCommand) -> None:
        self.edit = self.edit.then(later.edit)


class AddActivityCommand(AdapterCommand):
    """A new activity; undo removes it, redo puts the very same one back."""

    def __init__(self, adapter: StoreAdapter, *, fields: dict[str, Any] | None = None,
                 duplicate_of: int | None = None) -> None:
        super().__init__(adapter)
        self.fields = dict(fields or {})
        self.duplicate_of = duplicate_of
        self.activity_id: int | None = None
        self.reference = ""
        self.snapshot: ActivitySnapshot | None = None

    def execute(self) -> None:
        if self.duplicate_of is not None:
            self.activity_id, self.reference = self.adapter.duplicate_activity(self.duplicate_of)
            self.setText(translate("Commands", "Duplicate as %1").replace("%1", self.reference))
        else:
            self.activity_id, self.reference = self.adapter.create_activity(**self.fields)
            self.setText(translate("Commands", "Add activity %1").replace("%1", self.reference))

    def replay(self) -> None:
        assert self.snapshot is not None
        self.adapter.restore_activities([self.snapshot])

    def revert(self) -> None:
        assert self.activity_id is not None
        self.snapshot = self.adapter.delete_activities([self.activity_id])[0]


class DeleteActivitiesCommand(AdapterCommand):
    def __init__(self, adapter: StoreAdapter, *, activity_ids: Sequence[int],
                 references: Sequence[str]) -> None:
        super().__init__(adapter)
        self.activity_ids = list(activity_ids)
        self.snapshots: list[ActivitySnapshot] = []
        if len(references) == 1:
            self.setText(translate("Commands", "Delete activity %1").replace("%1", references[0]))
        else:
            self.setText(translate("Commands", "Delete %n activities", "", len(references)))

    def execute(self) -> None:
        self.snapshots = self.adapter.delete_activities(self.activity_ids)

    def revert(self) -> None:
        self.adapter.restore_activities(self.snapshots)


class MoveActivityCommand(AdapterCommand):
    def __init__(self, adapter: StoreAdapter, *, activity_id: int, reference: str,
                 to_index: int) -> None:
        super().__init__(adapter,
                         translate("Commands", "Move activity %1").replace("%1", reference))
        self.activity_id = activity_id
        self.to_index = to_index
        self.from_index = -1

    def execute(self) -> None:
        self.from_index = self.adapter.move_activity(self.activity_id, self.to_index)

    def revert(self) -> None:
        self.adapter.move_activity(self.activity_id, self.from_index)


class ConfirmDialog(QDialog):
    """"Are you sure?" before a deletion, saying what goes with it."""

    def __init__(self, parent: QWidget | None, *, title: str, text: str, details: str = "",
                 action: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(32, 32))
        message = QLabel(text)
        message.setWordWrap(True)
        message.setObjectName("message")
        font = message.font()
        font.setBold(True)
        message.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(message)
        if details:
            more = QLabel(details)
            more.setWordWrap(True)
            more.setObjectName("details")
            layout.addWidget(more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(action or self.tr("Delete"),
                               QDialogButtonBox.ButtonRole.DestructiveRole)
        ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, text: str, details: str = "",
            action: str = "") -> bool:
        """True when the user confirmed; tests replace this."""
        dialog = cls(parent, title=title, text=text, details=details, action=action)
        return dialog.exec() == QDialog.DialogCode.Accepted


def describe_deletion(activities: Sequence[ActivityView]) -> tuple[str, str]:
    """(question, what goes with it) for deleting these activities."""
    if len(activities) == 1:
        a = activities[0]
        title = a.name or a.purpose[:60]
        text = (translate("Commands", "Delete activity %1 “%2”?")
                .replace("%1", a.reference).replace("%2", title))
    else:
        text = translate("Commands", "Delete %n activities?", "", len(activities))
    n_cat = sum(len(a.items(_CATEGORIES)) for a in activities)
    n_bases = sum(len(a.records(_BASES)) for a in activities)
    n_tr = sum(len(a.records(_TRANSFERS)) for a in activities)
    parts = [text for n, text in (
        (n_cat, translate("Commands", "%n data category links", "", n_cat)),
        (n_bases, translate("Commands", "%n legal bases", "", n_bases)),
        (n_tr, translate("Commands", "%n transfers", "", n_tr))) if n]  # no "0 transfers"
    if not parts:
        return text, translate("Commands", "Nothing else is linked to it. You can undo this "
                                           "with Edit ▸ Undo.")
    if len(activities) == 1:
        details = translate("Commands", "Its purpose, %1 go with it. The data categories "
                                        "themselves stay in the register. You can undo this "
                                        "with Edit ▸ Undo.")
    else:
        details = translate("Commands", "Their purposes, %1 go with them. The data categories "
                                        "themselves stay in the register. You can undo this "
                                        "with Edit ▸ Undo.")
    details = details.replace("%1", ", ".join(parts))
    return text, details


def delete_activities(adapter: StoreAdapter, stack: QUndoStack, activity_ids: Sequence[int],
                      parent: QWidget | None = None) -> bool:
    """Ask, then delete: the one way the editor deletes activities."""
    if not activity_ids:
        return False
    found = [a for a in (adapter.activity(i) for i in activity_ids) if a is not None]
    if not found:
        return False
    text, details = describe_deletion(found)
    title = translate("Commands", "Delete")
    if not ConfirmDialog.ask(parent, title=title, text=text, details=details):
        return False
    return push(stack, DeleteActivitiesCommand(
        adapter, activity_ids=[a.id for a in found],
        references=[a.reference for a in found]))


def confirm_validation(parent: QWidget | None, adapter: StoreAdapter,
                       activities: Sequence[ActivityView]) -> bool:
    """Before marking activities Validated: say what they still lack, and ask."""
    flags = adapter.category_flags()
    lang = i18n.language()
    lacking = [f.message for a in activities
               for f in check.activity_findings(a, flags, lang)]
    if not lacking:
        return True
    text = translate("Commands", "%n item(s) that Article 30 asks for are still missing. "
                                 "Mark as validated anyway?", "", len(lacking))
    shown = lacking[:12]
    if len(lacking) > len(shown):
        shown.append(translate("Commands", "… and %n more", "", len(lacking) - len(shown)))
    return ConfirmDialog.ask(parent, title=translate("Commands", "Validate"), text=text,
                             details="\n".join(shown),
                             action=translate("Commands", "Validate anyway"))
