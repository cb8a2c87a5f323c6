"""What the editor's first screen reads, before SQLAlchemy is imported.

The activities in the user's order as the JSON export has them (one query, each
activity's lists inside it as JSON), the data categories, the organisation and the
signed-record figure of the status bar: the driver's own reads
(`model.storage.sqlite`, on `Store.raw`'s connection), shaped here as the register's
operations shape them: `crud.activity_dicts` and this module's `activity_dicts` build
an activity with the same `_export_form`. Nothing here writes.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from model.core import catalogue
from model.storage import sqlite

Connection = Any
"""A plain sqlite3 connection (`Store.raw`)."""


def _split_codes(value: str) -> list[str]:
    return [c for c in value.split(",") if c]



def _shown(spec: catalogue.Field, value: Any) -> Any:
    """A field's value as the JSON document has it (the reverse of `_stored`)."""
    if spec.kind is catalogue.Kind.CHOICES:
        return _split_codes(value or "")
    if spec.kind is catalogue.Kind.TEXTS:
        return [line for line in (value or "").split("\n") if line]
    return value



LIST_ARGUMENTS = {**{spec.key: spec.argument for spec in catalogue.LISTS},
                  "transfers": "transfers", "category_retention": "category_retention",
                  "notes": "notes"}
"""An activity's lists, by JSON key, and the `set_activity_lists` argument that sets each
(also the `ActivityLists` attribute that reads it)."""


@dataclass
class ActivityLists:
    """An activity's lists, loaded for many activities in a handful of queries."""

    categories: list[str] = field(default_factory=list)
    bases: list[dict[str, str]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    transfers: list[dict[str, str]] = field(default_factory=list)
    category_retention: dict[str, str] = field(default_factory=dict)
    notes: list[dict[str, str]] = field(default_factory=list)



@functools.cache
def _export_plan() -> tuple[tuple[str, bool, Any], ...]:
    """The catalogue's activity fields as (key, scalar, how): a scalar's conversion (None:
    as stored), a list's `ActivityLists` attribute. Worked out once, not once a row."""
    plan: list[tuple[str, bool, Any]] = []
    for spec in catalogue.ACTIVITY:
        if not spec.scalar:
            plan.append((spec.key, False, LIST_ARGUMENTS[spec.key]))
        elif spec.kind in (catalogue.Kind.CHOICES, catalogue.Kind.TEXTS):
            plan.append((spec.key, True, functools.partial(_shown, spec)))
        else:
            plan.append((spec.key, True, None))
    return tuple(plan)


def _export_form(stored: Mapping[Any, Any], lists: ActivityLists) -> dict[str, Any]:
    """An activity as the JSON export has it, from its stored columns and its lists."""
    data: dict[str, Any] = {}
    for key, scalar, how in _export_plan():
        if scalar:
            value = stored[key]
            data[key] = value if how is None else how(value)
        else:
            items = getattr(lists, how)
            data[key] = dict(items) if isinstance(items, dict) else [
                dict(i) if isinstance(i, dict) else i for i in items]
    return data



def _yes_no_keys(fields: tuple[catalogue.Field, ...]) -> frozenset[str]:
    """Scalar fields SQLite keeps as 0/1: read back as booleans (None stays None), as the
    table classes read them."""
    return frozenset(f.key for f in catalogue.scalar_fields(fields)
                     if f.kind is catalogue.Kind.YES_NO)


# Worked out once: a cache keyed by the catalogue's tuple would hash its frozen fields,
# vocabularies and all, once a row read (a sixth of the editor's start at 1,000 rows).
_ACTIVITY_YES_NO = _yes_no_keys(catalogue.ACTIVITY)
_CATEGORY_YES_NO = _yes_no_keys(catalogue.DATA_CATEGORY)
_ORGANISATION_YES_NO = _yes_no_keys(catalogue.ORGANISATION)


def _typed(names: Sequence[str], values: Sequence[Any], flags: frozenset[str]) -> dict[str, Any]:
    return {k: (bool(v) if v is not None else None) if k in flags else v
            for k, v in zip(names, values, strict=True)}


def activity_dicts(con: Connection, activity_ids: Sequence[int] | None = None
                   ) -> list[tuple[int, dict[str, Any]]]:
    """(id, the activity as the JSON export has it) of all activities (or of `activity_ids`),
    in the user's order, in one query."""
    if activity_ids is not None and not activity_ids:
        return []
    names, lists_of, found = sqlite.activity_rows(con, activity_ids)
    at = names.index("lists_json")
    result = []
    for values in found:
        stored = _typed(names, values, _ACTIVITY_YES_NO)
        lists = ActivityLists(**dict(zip(lists_of, json.loads(values[at]), strict=True)))
        result.append((int(stored["id"]), _export_form(stored, lists)))
    return result


def activity_ids(con: Connection) -> list[int]:
    """Ids of all activities in the user's order, without reading them."""
    return sqlite.activity_ids(con)


def note_names(con: Connection) -> list[str]:
    """The names of the activities' notes, each once, in the order first met (the grid's note
    columns), without reading the activities."""
    return sqlite.note_names(con)


NOTE_COLUMNS = "note_columns"
"""Meta key: the columns of notes the user added (a JSON list of names), so that a column
added before any activity fills it in is still there when the register is opened again."""


def note_columns(value: str | None) -> list[str]:
    """The note columns the user added, from their register-wide setting (a JSON list of
    names; a value this version cannot read gives none rather than an error)."""
    try:
        names = json.loads(value or "[]")
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str) and n] if isinstance(names, list) else []


def added_note_columns(con: Connection) -> list[str]:
    """The note columns the user added, read without the ORM (the grid's first screen)."""
    return note_columns(sqlite.meta_value(con, NOTE_COLUMNS))


def categories(con: Connection) -> list[dict[str, Any]]:
    """The data categories in the user's order, their columns by name."""
    names, found = sqlite.table_rows(con, "datacategory", order="position, id")
    return [_typed(names, values, _CATEGORY_YES_NO) for values in found]


def item_names(con: Connection, table: str) -> list[str]:
    """The names of a list's items ("datacategory", "datasubject", "recipient"), in order."""
    if table not in ("datacategory", "datasubject", "recipient"):
        raise ValueError(table)
    names, found = sqlite.table_rows(con, table, order="position, id")
    at = names.index("name")
    return [str(values[at]) for values in found]


def organisation_form(stored: Mapping[str, Any]) -> dict[str, Any]:
    """The organisation as the JSON document has it, from its stored columns: the
    representative and DPO nested."""
    data: dict[str, Any] = {}
    for f in catalogue.ORGANISATION:
        record = data
        for key in f.path[:-1]:
            record = record.setdefault(key, {})
        record[f.path[-1]] = stored[f.key]
    return data


def organisation(con: Connection) -> dict[str, Any]:
    """The organisation's stored columns, as `crud.get_organisation(...).model_dump()`."""
    names, found = sqlite.table_rows(con, "organisation", where="id = 1")
    if not found:
        return {"id": 1} | {f.key: "" if f.kind in catalogue.LIST_KINDS else f.default
                            for f in catalogue.scalar_fields(catalogue.ORGANISATION)}
    return _typed(names, found[0], _ORGANISATION_YES_NO)


def signed_state(con: Connection) -> tuple[str, int] | None:
    """(when, how many things changed since) of the last signed record; None when none is."""
    found = sqlite.changes_since_signed(con)
    return None if found is None else (found[0], net_changes(found[1]))


def net_changes(entries: Sequence[Sequence[str]]) -> int:
    """How many things differ after these history entries (action, entity, ref, field, old,
    new), net: a field edited then put back (an undo), an activity added then removed, is no
    change; a field edited five times is one. An item added or removed counts once, its own
    edits with it."""
    first_old: dict[tuple[str, str, str], str] = {}
    last_new: dict[tuple[str, str, str], str] = {}
    existed: dict[tuple[str, str], bool] = {}
    exists: dict[tuple[str, str], bool] = {}
    for action, entity, ref, field_, old, new in entries:
        item = (entity, ref)
        if action in ("edit", "move"):
            key = (entity, ref, field_)
            first_old.setdefault(key, old)
            last_new[key] = new
            continue
        present = action != "delete"
        existed.setdefault(item, not present)  # deleted: it was there; created: it was not
        exists[item] = present
    born_or_gone = {item for item, was in existed.items() if exists[item] != was}
    changed = {key for key, new in last_new.items()
               if new != first_old[key] and key[:2] not in born_or_gone
               and existed.get(key[:2], True) and exists.get(key[:2], True)}
    return len(born_or_gone) + len(changed)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One history entry as the editor shows it beside an activity: the stored fields but
    its hashes, read without the ORM (a grid edit re-reads the edited activity's entries)."""

    id: int
    at: str
    user: str
    action: str
    entity: str
    ref: str
    field: str
    old: str
    new: str


def history_lines(con: Connection, ref: str, entity: str | None,
                  after: int = 0) -> list[HistoryLine]:
    """The history entries about `ref` (of kind `entity`) after the entry `after`, oldest
    first."""
    return [HistoryLine(int(row[0]), *(str(v) for v in row[1:]))
            for row in sqlite.history_rows(con, ref, entity, after)]
