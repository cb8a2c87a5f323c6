"""Typed values that the register's operations hand to their callers and take back.

Readers get views (`ActivityView`, `ItemView`, `OrganisationView`), not dicts: the
editor and `check` name a value by its catalogue field, and the view says which
record it is. The JSON document (`jsondoc`) stays a dict: it is a JSON shape, and the
record prints it as signed.

The write side is typed too: an edit of an activity's fields gives back an
`ActivityEdit`, the `FieldChange` of each field it changed (catalogue field, old
value, new value; its lists too), which the undo commands keep to undo or redo it.

A deletion's snapshot is opaque to the editor: it keeps it on the undo stack and
gives it back to the restore, which puts the very same thing back (same id,
reference, place and links). Typing them keeps a caller from reaching into
them, and says which restore takes which snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from model.core.catalogue import Field, ItemList
from model.register.rows import LIST_ARGUMENTS


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an activity changed by an edit: what it held, what it holds now, each
    as the edit functions take it (a choices field's codes as a list, the legal bases as
    (code, justification) pairs, the lists as `crud.set_activity_lists` takes them)."""

    field: Field
    old: Any
    new: Any

    @property
    def key(self) -> str:
        return self.field.key


class _Edit:
    """What an edit of activities and of list items share: the changes it made."""

    __slots__ = ()
    changes: tuple[FieldChange, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def changed(self, key: str) -> bool:
        """Whether the edit changed the field `key`."""
        return any(c.field.key == key for c in self.changes)


@dataclass(frozen=True, slots=True)
class ItemEdit(_Edit):
    """The fields one edit changed in one list item (a category's name, a recipient's
    contract…); none: it changed nothing. Undo sets each `old` back."""

    item_id: int
    changes: tuple[FieldChange, ...] = ()

    def fields(self, *, undo: bool = False) -> Mapping[str, Any]:
        """The values, by field key, that make the edit again, or (`undo`) undo it: what
        `crud.update_item` takes."""
        return {c.field.key: c.old if undo else c.new for c in self.changes}


@dataclass(frozen=True, slots=True)
class ActivityEdit(_Edit):
    """The fields one edit changed in one activity (its fields, then its lists, in the order
    asked); none: it changed nothing. Undo sets each `old` back, redo each `new`."""

    activity_id: int
    changes: tuple[FieldChange, ...] = ()

    def fields(self, *, undo: bool = False) -> Mapping[str, Any]:
        """The fields' values, by field key, that make the edit again, or (`undo`) undo it:
        what `crud.update_activity` takes."""
        return {c.field.key: c.old if undo else c.new for c in self.changes
                if c.field.key not in LIST_ARGUMENTS}

    def lists(self, *, undo: bool = False) -> Mapping[str, Any]:
        """The lists, by `crud.set_activity_lists` argument, that make the edit again, or
        (`undo`) undo it."""
        return {LIST_ARGUMENTS[c.field.key]: c.old if undo else c.new for c in self.changes
                if c.field.key in LIST_ARGUMENTS}

    def then(self, later: ActivityEdit) -> ActivityEdit:
        """This edit followed by `later` (of the same activity) as one: each field's first
        old value and last new one; a field back where it started is no change."""
        first = {c.field.key: c for c in self.changes}
        last = {c.field.key: c for c in later.changes}
        joined = [FieldChange(c.field, first[k].old if k in first else c.old,
                              last[k].new if k in last else c.new)
                  for k, c in {**first, **last}.items()]
        return ActivityEdit(self.activity_id, tuple(c for c in joined if c.old != c.new))


@dataclass(frozen=True)
class ActivitySnapshot:
    """A deleted activity, as `crud.restore_activity` needs it."""

    id: int
    reference: str
    position: int
    """Its place in the user's order when it was deleted: restores go back in this order."""
    data: Mapping[str, Any]
    """Its JSON form (`crud.activity_dict`), the same as an export holds."""


@dataclass(frozen=True)
class Link:
    """One activity's use of a list item, at its place in that activity's list."""

    activity_id: int
    position: int


@dataclass(frozen=True)
class ItemSnapshot:
    """A deleted list item (category, data subject, recipient) and the links it had."""

    fields: Mapping[str, Any]
    """The item's row, as its table class dumps it."""
    links: tuple[Link, ...]

    @property
    def activity_ids(self) -> list[int]:
        """The activities that used it: what its deletion and restore change."""
        return sorted({link.activity_id for link in self.links})


# -- what readers get: an activity, a list item, the organisation ------------------------

@dataclass(frozen=True, slots=True)
class ActivityView:
    """One activity as the core hands it to the editor and `check`.

    The common attributes are typed here; every other value is reached by its
    catalogue `Field` (`view.value(field)`, `view.text(field)`, `view.items(field)`…),
    so no field is written a second time. `json` is its JSON form (`crud.activity_dict`),
    kept for what takes that shape (the document, a deletion's snapshot): read, never
    changed in place.
    """

    id: int
    json: Mapping[str, Any]

    @property
    def reference(self) -> str:
        return str(self.json["reference"])

    @property
    def name(self) -> str:
        return str(self.json.get("name") or "")

    @property
    def purpose(self) -> str:
        return str(self.json.get("purpose") or "")

    @property
    def status(self) -> str:
        return str(self.json.get("status") or "")

    @property
    def created_at(self) -> str:
        return str(self.json.get("created_at") or "")

    @property
    def updated_at(self) -> str:
        return str(self.json.get("updated_at") or "")

    @property
    def title(self) -> str:
        """How a list names it: its name, else its purpose's first line."""
        if self.name:
            return self.name
        purpose = self.purpose
        return purpose.splitlines()[0] if purpose else ""

    @property
    def basis_pairs(self) -> list[tuple[str, str]]:
        """Its legal bases as (code, justification): what the editors edit and undo keeps."""
        return [(str(b["code"]), str(b.get("justification") or ""))
                for b in self.json.get("legal_bases") or ()]

    def value(self, field: Field) -> Any:
        """The value of a field of the catalogue's ACTIVITY, in its JSON form."""
        return self.json[field.key]

    def text(self, field: Field) -> str:
        """A one-valued field as text ("" when empty or not stated)."""
        value = self.json[field.key]
        return "" if value is None else str(value)

    def items(self, field: Field) -> tuple[str, ...]:
        """The names or codes a list field holds (ITEMS, CHOICES, TEXTS)."""
        return tuple(str(v) for v in self.json.get(field.key) or ())

    def records(self, field: Field) -> tuple[Mapping[str, Any], ...]:
        """The sub-records of a RECORDS or NOTES field (legal bases, transfers, notes)."""
        return tuple(self.json.get(field.key) or ())

    def yes_no(self, field: Field) -> bool | None:
        value = self.json.get(field.key)
        return None if value is None else bool(value)


@dataclass(frozen=True, slots=True)
class ItemView:
    """One item of a register list (a data category, a data subject, a recipient), as read.

    `list` says which list (`catalogue.LISTS`); its values are reached by the list's
    catalogue fields, as an activity's are.
    """

    id: int
    list: ItemList
    json: Mapping[str, Any]
    """Its stored values by field key, as its table class dumps them."""

    @property
    def name(self) -> str:
        return str(self.json.get("name") or "")

    def value(self, field: Field) -> Any:
        return self.json[field.key]

    def text(self, field: Field) -> str:
        value = self.json.get(field.key)
        return "" if value is None else str(value)

    def yes_no(self, field: Field) -> bool:
        return bool(self.json.get(field.key))


@dataclass(frozen=True, slots=True)
class OrganisationView:
    """The controller, its representative and its DPO, as read: `json` is the JSON
    document's nested form (`representative`/`dpo` objects), reached by catalogue field."""

    json: Mapping[str, Any]

    def text(self, field: Field) -> str:
        """A field of the catalogue's ORGANISATION, found at its JSON path."""
        value: Any = self.json
        for key in field.path:
            value = value.get(key) if isinstance(value, Mapping) else None
        return "" if value is None else str(value)
