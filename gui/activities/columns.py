"""The grid's columns, made from the field catalogue: one column per field of an activity.

Nothing here lists fields: the catalogue does. This module only says which
columns lead (the ones shown at first, in the order a reader expects), adds the
completeness column Article 30's check fills, and one column per named note.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from model.core import catalogue
from model.core.catalogue import Field, Kind
from model.core.text import fold

translate = QCoreApplication.translate

COMPLETENESS = "completeness"
"""The key of the column that says what Article 30 asks for and is missing."""
NOTE_PREFIX = "note:"
NOTES_KEY = next(f.key for f in catalogue.ACTIVITY if f.kind is Kind.NOTES)
"""The activity's field that holds its named notes: each note column shows one of them."""
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
    def reads(self) -> str | None:
        """The key of the activity's JSON form that the cell shows; None for the
        completeness, which the check works out from all of them."""
        if self.field is not None:
            return self.field.key
        return NOTES_KEY if self.note else None

    @property
    def kind(self) -> Kind:
        if self.field is not None:
            return self.field.kind
        return Kind.LONG_TEXT if self.note else Kind.TEXT

    @property
    def editable(self) -> bool:
        if self.field is None:
            return bool(self.note)  # a named note: the user's own column, edited in place
        if self.field.kind == Kind.TIMESTAMP and self.field.key != "validated_at":
            return False
        if self.field.kind in (Kind.RECORDS, Kind.NOTES, Kind.PER_ITEM) and (
                self.field.key != "legal_bases"):
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
    """Leading fields, completeness and the user's own columns (their notes)."""
    return column.key in LEADING or column.key == COMPLETENESS or bool(column.note)


def note_names(activities: Iterable[Mapping[str, Any]], known: Sequence[str] = ()) -> list[str]:
    """`known`, then every other note name of `activities` in the order first met; names
    that differ only by case or accents are one column (an activity has a name once)."""
    seen = {fold(name) for name in known}
    names = list(known)
    for data in activities:
        for note in data.get(NOTES_KEY) or ():
            name = str(note.get("name") or "")
            if name and fold(name) not in seen:
                seen.add(fold(name))
                names.append(name)
    return names


def with_notes_named(names: Iterable[str]) -> dict[str, Any]:
    """An activity's JSON form holding only notes of these names: what `note_names` reads
    of a register whose activities are not read (its note names come from one query)."""
    return {NOTES_KEY: [{"name": name} for name in names]}


def note_text(data: Mapping[str, Any], name: str) -> str:
    """The text of the activity's note `name` (case and accents aside); "" for none."""
    notes = data.get(NOTES_KEY) or ()
    for note in notes:  # the same spelling first: no folding for most cells
        if note.get("name") == name:
            return str(note.get("text") or "")
    key = fold(name)
    return next((str(n.get("text") or "") for n in notes if fold(str(n.get("name"))) == key), "")


def with_note(data: Mapping[str, Any], name: str, text: str) -> list[dict[str, str]]:
    """The activity's notes with note `name` given `text`, in its place (or last when new);
    an empty text removes the note, as an empty cell holds none."""
    key, text, found = fold(name), text.strip(), False
    notes: list[dict[str, str]] = []
    for note in data.get(NOTES_KEY) or ():
        if fold(str(note.get("name"))) == key:
            found = True
            if text:
                notes.append({"name": str(note["name"]), "text": text})
        else:
            notes.append({"name": str(note["name"]), "text": str(note.get("text") or "")})
    if text and not found:
        notes.append({"name": name, "text": text})
    return notes
