"""The grid's columns, made from the field catalogue: one column per field of an activity.

Nothing here lists fields: the catalogue does. This module only says which
columns lead (the ones shown at first, in the order a reader expects), adds the
completeness column Article 30's check fills, and one column per named note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from model.core import catalogue
from model.core.catalogue import Field, Kind

translate = QCoreApplication.translate

COMPLETENESS = "completeness"
"""The key of the column that says what Article 30 asks for and is missing."""
NOTE_PREFIX = "note:"
LEADING = ("reference", "name", "data_categories", "legal_bases", "status")
"""Fields shown first, before the completeness column; all others follow, hidden at first."""


@dataclass(frozen=True)
class Column:
    """One column of the grid: a catalogue field, the completeness, or a named note."""

    key: str
    field: Field | None = None
    note: str = ""

    def title(self, lang: str) -> str:
        if self.field is not None:
            return self.field.label(lang)
        if self.note:
            return self.note
        return translate("ActivitiesModel", "Completeness")

    def tip(self, lang: str) -> str:
        if self.field is not None:
            return self.field.help(lang) or self.field.label(lang)
        if self.note:
            return translate("ActivitiesModel", "Your own column (a named note)")
        return translate("ActivitiesModel", "What Article 30 asks for and is missing")

    @property
    def kind(self) -> Kind:
        if self.field is not None:
            return self.field.kind
        return Kind.LONG_TEXT if self.note else Kind.TEXT

    @property
    def editable(self) -> bool:
        if self.field is None:
            return False  # notes: edited in the detail panel until the store keeps them
        if self.field.kind == Kind.TIMESTAMP and self.field.key != "validated_at":
            return False
        if self.field.kind in (Kind.RECORDS, Kind.NOTES) and self.field.key != "legal_bases":
            return False  # transfers, retention per category: rows of their own, in the panel
        return self.field.editable


def grid_columns(note_names: Sequence[str] = ()) -> tuple[Column, ...]:
    """Leading fields, completeness, every other catalogue field, then the notes."""
    fields = catalogue.ACTIVITY
    lead = tuple(Column(key, catalogue.by_key(key)) for key in LEADING)
    rest = tuple(Column(f.key, f) for f in fields if f.key not in LEADING)
    notes = tuple(Column(NOTE_PREFIX + name, note=name) for name in note_names)
    return (*lead, Column(COMPLETENESS), *rest, *notes)


def shown_at_first(column: Column) -> bool:
    return column.key in LEADING or column.key == COMPLETENESS
