"""Every change a user can make to a register: plain keyword-only functions taking the session.

The caller owns the transaction (`Store.write()`), so one user action, however
many rows it touches, commits or fails as a whole. Each function also appends
to the history. Functions that remove something return a snapshot that the
matching `restore_*` puts back exactly: that is what undo is built on.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Column, Table, bindparam, delete, func, insert, update
from sqlalchemy import select as sql_select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select
from sqlmodel import Session, col, select

from model.core import catalogue, validate, vocab
from model.core.catalogue import ACTIVITY_SCALARS as ACTIVITY_SCALARS
from model.core.catalogue import ACTIVITY_TEXT_FIELDS as ACTIVITY_TEXT_FIELDS
from model.core.clock import now
from model.core.errors import RegistreError
from model.core.i18n import t, t_in
from model.core.text import as_texts, fold, reference_key
from model.core.text import note_key as note_key
from model.core.text import note_name as _note_name
from model.register import rows
from model.register.rows import LIST_ARGUMENTS as LIST_ARGUMENTS
from model.register.rows import NOTE_COLUMNS as NOTE_COLUMNS
from model.register.rows import ActivityLists as ActivityLists
from model.register.rows import _export_form, _export_plan, _shown
from model.register.views import (
    ActivityEdit,
    ActivitySnapshot,
    ActivityView,
    FieldChange,
    ItemEdit,
    ItemSnapshot,
    ItemView,
    Link,
    OrganisationView,
)
from model.storage import history, schema, seals, sqlite

ORGANISATION_FIELDS = tuple(f.key for f in catalogue.scalar_fields(catalogue.ORGANISATION))

_NO_COPY = ("status", "validated_by", "validated_at")
"""What a duplicate does not inherit: it is a new draft, validated by no one."""

_REF_RE = re.compile(r"^T-([0-9]{1,18})\Z")
"""A reference the register numbers (T-001): ASCII digits, as many as an int reads."""


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _as_text(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function` given its texts as the register holds them (`text.as_text`): a vertical
    tab or form feed as a line break, any other character that is not text as U+FFFD. The
    editor (a paste from Word, an old register's text edited) and every other caller write
    through these functions, so none stores such a character, and nothing typed is refused
    or lost for one: the mark stays where it was, to be seen. One gathering and one search
    of all the texts given, a few microseconds for an edit."""
    @functools.wraps(function)
    def taking(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return function(*as_texts(args), **as_texts(kwargs))
    return taking


# -- register-wide ---------------------------------------------------------

def language(session: Session) -> str:
    row = session.get(schema.Meta, "language")
    return row.value if row else "fr"


def set_language(session: Session, *, lang: str) -> None:
    row = session.get(schema.Meta, "language") or schema.Meta(key="language")
    old = row.value
    row.value = lang if lang in vocab.LANGUAGES else "fr"
    if row.value == old:
        return
    session.add(row)
    history.record(session, action="edit", entity="register", field="language", old=old,
                   new=row.value)


MAX_NOTE_COLUMN_NAME = 80
"""The longest name of a column the user adds (a column title, as an activity's name is
at most `importer.MAX_NAME`): a longer one is refused, not cut."""


@_as_text
def add_note_column(session: Session, name: str) -> str:
    """Keep `name` as a column of notes of this register; returns it with its spaces
    tidied ("" for a blank name). A name already kept (case and accents aside) is kept once;
    one longer than `MAX_NOTE_COLUMN_NAME` is refused."""
    name = " ".join(name.split())
    if not name:
        return ""
    if len(name) > MAX_NOTE_COLUMN_NAME:
        raise RegistreError(t(
            "Le nom d'une colonne ne peut pas dépasser {max} caractères ; celui-ci en a "
            "{n}. Choisissez un nom plus court : le texte lui-même va dans les cellules.",
            "A column's name cannot be longer than {max} characters; this one has {n}. "
            "Choose a shorter name: the text itself goes in the cells.",
            max=MAX_NOTE_COLUMN_NAME, n=len(name)))
    row = session.get(schema.Meta, NOTE_COLUMNS) or schema.Meta(key=NOTE_COLUMNS)
    names = rows.note_columns(row.value)
    if any(fold(n) == fold(name) for n in names):
        return name
    row.value = json.dumps([*names, name], ensure_ascii=False)
    session.add(row)
    history.record(session, action="edit", entity="register", field=NOTE_COLUMNS, new=name)
    return name


def get_organisation(session: Session) -> schema.Organisation:
    org = session.get(schema.Organisation, 1)
    if org is None:
        org = schema.Organisation(id=1)
        session.add(org)
    return org


def organisation_json(session: Session) -> dict[str, Any]:
    """The organisation as the JSON document has it: the representative and DPO nested."""
    return rows.organisation_form(get_organisation(session).model_dump())


def organisation_view(session: Session) -> OrganisationView:
    """The organisation, as the editor and `check` read it."""
    return OrganisationView(organisation_json(session))


@_as_text
def update_organisation(session: Session, **changes: str) -> dict[str, str]:
    """Change organisation fields; returns the old values, for undo."""
    org = get_organisation(session)
    old: dict[str, str] = {}
    for name, value in changes.items():
        if name not in ORGANISATION_FIELDS:
            raise ValueError(name)
        before = getattr(org, name)
        if before == value:
            continue
        old[name] = before
        setattr(org, name, value)
        history.record(session, action="edit", entity="organisation", field=name, old=before,
                       new=value)
    session.add(org)
    return old


# -- activities ------------------------------------------------------------

def _reference_counter(session: Session) -> schema.Meta:
    """The highest `T-nnn` number ever given, started from the activities when not yet kept."""
    counter = session.get(schema.Meta, "last_reference")
    if counter is None:
        counter = schema.Meta(key="last_reference", value="0")
    if int(counter.value or "0") == 0:
        highest = 0
        for ref in session.exec(select(schema.Activity.reference)):
            match = _REF_RE.match(ref)
            if match:
                highest = max(highest, int(match.group(1)))
        counter.value = str(highest)
    session.add(counter)
    return counter


def next_reference(session: Session) -> str:
    """The next `T-nnn`, never one used before: the history must not mix two activities."""
    counter = _reference_counter(session)
    number = int(counter.value) + 1
    counter.value = str(number)
    return f"T-{number:03d}"


def _note_reference(session: Session, reference: str) -> None:
    """Keep the counter ahead of a reference that comes back (restore, JSON import)."""
    match = _REF_RE.match(reference)
    if match:
        counter = _reference_counter(session)
        if int(match.group(1)) > int(counter.value):
            counter.value = str(int(match.group(1)))


def _activity(session: Session, activity_id: int) -> schema.Activity:
    activity = session.get(schema.Activity, activity_id)
    if activity is None:
        raise _gone()
    return activity


def _gone() -> RegistreError:
    return RegistreError(t("Cette activité n'existe plus.", "This activity no longer exists."))


def _end_position(session: Session,
                  model: type[schema.Activity] | ListModel = schema.Activity) -> int:
    """The position after the last activity (or item of `model`'s list)."""
    highest = session.exec(select(func.max(model.position))).one()
    return 0 if highest is None else int(highest) + 1


def _label(activity: schema.Activity) -> str:
    """How the history names an activity created or removed: its name, else its purpose."""
    return str(activity.name or activity.purpose[:200])


def _basis_pairs(bases: Iterable[dict[str, str]]) -> list[tuple[str, str]]:
    """(code, justification) pairs from the export's `legal_bases`."""
    return [(b.get("code") or "", b.get("justification") or "") for b in bases]


class RowRefused(RegistreError):
    """One of a bulk write's rows cannot be stored: `problem` says why, `reference` which."""

    def __init__(self, reference: str, problem: str) -> None:
        super().__init__(t("Activité {ref} : {problem}", "Activity {ref}: {problem}",
                           ref=reference, problem=problem))
        self.reference = reference
        self.problem = problem


_T = TypeVar("_T")


def _row_checked(reference: str, check: Callable[[], _T]) -> _T:
    """`check()`, its refusal naming the activity it concerns (a restore of 10,000 rows,
    or an import, otherwise said "a note needs a name" without saying whose)."""
    try:
        return check()
    except RowRefused:
        raise
    except RegistreError as exc:
        problem = str(exc).rstrip(".")  # "Une note…" inside "Activité T-002 : une note…"
        if problem[1:2].islower():
            problem = problem[0].lower() + problem[1:]
        raise RowRefused(reference, problem) from exc


@_as_text
def create_activity(
    session: Session,
    *,
    position: int | None = None,
    after: int | None = None,
    categories: Sequence[str] = (),
    bases: Sequence[tuple[str, str]] = (),
    subjects: Sequence[str] = (),
    recipients: Sequence[str] = (),
    transfers: Sequence[dict[str, str]] = (),
    category_retention: Mapping[str, str] | None = None,
    notes: Sequence[Mapping[str, str]] = (),
    action: str = "create",
    **fields: Any,
) -> schema.Activity:
    """A new activity with the next free reference, at the end unless `position` is given
    or `after` (an activity's id: just below it, whatever gaps deletions left)."""
    stamp = now()
    if after is not None:
        position = _activity(session, after).position + 1
    _check_values("", fields)
    activity = schema.Activity(reference=next_reference(session), created_at=stamp,
                               updated_at=stamp)
    for name, value in fields.items():
        if name not in ACTIVITY_SCALARS:
            raise ValueError(name)
        setattr(activity, name, _stored(ACTIVITY_SCALARS[name], value))
    if position is None:
        activity.position = _end_position(session)
    else:
        _open_gap(session, position)
        activity.position = position
    session.add(activity)
    session.flush()
    assert activity.id is not None
    _set_links(session, activity.id, categories=categories, bases=bases, subjects=subjects,
               recipients=recipients, transfers=transfers, category_retention=category_retention,
               notes=notes)
    history.record(session, action=action, entity="activity", ref=activity.reference,
                   new=_label(activity))
    return activity


def _check_values(reference: str, fields: dict[str, Any]) -> None:
    """Refuse, before anything is stored, a value the catalogue says the field cannot take."""
    for name, value in fields.items():
        field = ACTIVITY_SCALARS.get(name)
        if field is None:
            continue
        if isinstance(value, str) and field.kind in catalogue.LIST_KINDS:
            value = _shown(field, value)  # the stored form (codes comma-joined) is accepted
        problem = validate.value_problem(field, value)
        if problem:
            raise RegistreError(t("Activité {ref} : {problem}", "Activity {ref}: {problem}",
                                  ref=reference or "?", problem=problem))


def update_activity(session: Session, *, activity_id: int, **changes: Any) -> ActivityEdit:
    """Change scalar fields (values by catalogue key); returns what changed, for undo."""
    return update_activities(session, [(activity_id, changes)])[0]


@_as_text
def update_activities(session: Session, edits: Sequence[tuple[int, Mapping[str, Any]]]
                      ) -> list[ActivityEdit]:
    """`update_activity` for many activities (a bulk edit, a paste): the activities read in a
    few queries, written with one UPDATE per set of fields changed, and the history appended in
    one (`history.record_many`), the same entries in the same order; what each edit changed,
    in order, for undo.

    Rows, not ORM objects: an edit in the grid is this function, and the unit of work's
    load, flush and bookkeeping cost more than the edit itself.
    """
    ids = list(dict.fromkeys(activity_id for activity_id, _c in edits))
    table = schema.table("activity")
    session.flush()  # what the caller changed through the ORM is read here as it is now
    conn = session.connection()
    found: dict[int, dict[str, Any]] = {}
    for at in range(0, len(ids), 500):  # SQLite's limit on bound values, well under
        found.update((row["id"], dict(row)) for row in conn.execute(
            _activities_by_id(), {"ids": ids[at:at + 500]}).mappings())
    stamp = now()
    entries: list[dict[str, Any]] = []
    olds: list[ActivityEdit] = []
    written: dict[int, set[str]] = {}
    for activity_id, changes in edits:
        activity = found.get(activity_id)
        if activity is None:
            raise _gone()
        _check_values(activity["reference"], dict(changes))
        old: list[FieldChange] = []
        for name, value in changes.items():
            spec = ACTIVITY_SCALARS.get(name)
            if spec is None:
                raise ValueError(name)
            value = _stored(spec, value)
            before = activity[name]
            if before != value:
                old.append(FieldChange(spec, _shown(spec, before), _shown(spec, value)))
                activity[name] = value
                written.setdefault(activity_id, set()).add(name)
                entries.append({"action": "edit", "entity": "activity",
                                "ref": activity["reference"], "field": name, "old": before,
                                "new": value})
        if old:
            activity["updated_at"] = stamp
            written[activity_id].add("updated_at")
        olds.append(ActivityEdit(activity_id, tuple(old)))
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for activity_id, names in written.items():
        columns = tuple(sorted(names))
        by_columns[columns].append((*(found[activity_id][name] for name in columns),
                                    activity_id))
    for columns, values in by_columns.items():  # a bulk edit: one statement, many rows
        sqlite.update_rows(conn, table, columns, values)
    schema.expire(session, schema.Activity, written)
    history.record_many(session, entries)
    return olds


@functools.cache
def _activities_by_id() -> Select[Any]:
    """The activities of the ids bound as `ids`, their values typed (yes/no as booleans);
    built once, as SQLAlchemy builds a statement at about the cost of running it."""
    table = schema.table("activity")
    return sql_select(table).where(table.c.id.in_(bindparam("ids", expanding=True)))


def _join_codes(codes: Iterable[str] | str) -> str:
    if isinstance(codes, str):
        return codes
    return ",".join(dict.fromkeys(c for c in codes if c))


_CONVERTED = (catalogue.Kind.CHOICES, catalogue.Kind.TEXTS)
"""The kinds whose values `_stored` changes (other than None, which it may replace)."""


def _stored(spec: catalogue.Field, value: Any) -> Any:
    """A field's value as its column holds it: codes comma-joined, texts one per line."""
    if value is None and not spec.nullable:
        return "" if spec.kind in catalogue.LIST_KINDS else spec.default
    if spec.kind is catalogue.Kind.CHOICES:
        return _join_codes(value)
    if spec.kind is catalogue.Kind.TEXTS:
        if isinstance(value, str):
            return value
        return "\n".join(dict.fromkeys(" ".join(str(v).split()) for v in value if str(v).strip()))
    return value


def _names_to_ids(
    session: Session,
    model: type[schema.DataCategory] | type[schema.DataSubject] | type[schema.Recipient],
    names: Sequence[str],
) -> list[int]:
    """Ids of the named items, creating the ones the register does not have yet."""
    ids: list[int] = []
    for name in _distinct_names(names):
        row: Any = session.exec(select(model).where(model.name == name)).first()
        if row is None:
            row = model(name=name, position=_end_position(session, model))
            session.add(row)
            session.flush()
            history.record(session, action="create", entity=kind_of(model), ref=name)
        assert row.id is not None
        ids.append(row.id)
    return ids


def _unknown_basis(code: str) -> RegistreError:
    return RegistreError(t("Fondement juridique inconnu : « {code} ».",
                           "Unknown legal basis: “{code}”.", code=code))


def _checked_bases(bases: Sequence[tuple[str, str]], *,
                   strict: bool = False) -> list[tuple[int, str, str]]:
    """(position, code, justification) of each basis, a code named twice kept once; or, when
    `strict` (a restore), refused when the two say different things (one would be lost)."""
    checked: dict[str, tuple[int, str, str]] = {}
    for i, (code, justification) in enumerate(bases):
        if code in checked:
            if strict and justification != checked[code][2]:
                raise RegistreError(t(
                    "le fondement juridique « {code} » figure deux fois, avec des précisions "
                    "différentes", "the lawful basis “{code}” appears twice, with different "
                    "details", code=code))
            continue
        if not code:
            raise RegistreError(t("un fondement juridique sans code",
                                  "a lawful basis without a code"))
        if vocab.by_code(vocab.LEGAL_BASES, code) is None:
            raise _unknown_basis(code)
        checked[code] = (i, code, justification)
    return list(checked.values())


def _set_links(
    session: Session,
    activity_id: int,
    *,
    categories: Sequence[str] | None = None,
    bases: Sequence[tuple[str, str]] | None = None,
    subjects: Sequence[str] | None = None,
    recipients: Sequence[str] | None = None,
    transfers: Sequence[dict[str, str]] | None = None,
    category_retention: Mapping[str, str] | None = None,
    notes: Sequence[Mapping[str, str]] | None = None,
) -> None:
    conn = session.connection()
    named: list[tuple[ListModel, Sequence[str] | None]] = [
        (schema.DataCategory, categories), (schema.DataSubject, subjects),
        (schema.Recipient, recipients)]
    if categories is not None and category_retention is None:
        # Each category still there keeps its own period; one unticked takes its period along
        # (undo puts both back).
        staying = set(_distinct_names(categories))
        category_retention = {name: period for name, period
                              in _category_retention(session, activity_id).items()
                              if name in staying}
    for model, names in named:
        if names is None:
            continue
        table_name, column = _LINKS[kind_of(model)]
        _delete_of(conn, table_name, activity_id)
        links = [{"activity_id": activity_id, column: item_id, "position": i}
                 for i, item_id in enumerate(_names_to_ids(session, model, names))]
        if links:
            conn.execute(insert(schema.table(table_name)), links)
    if bases is not None:
        _delete_of(conn, "activitybasis", activity_id)
        for i, code, justification in _checked_bases(bases):
            session.add(schema.ActivityBasis(activity_id=activity_id, code=code,
                                         justification=justification, position=i))
    if transfers is not None:
        _delete_of(conn, "transfer", activity_id)
        for i, tr in enumerate(transfers):
            session.add(schema.Transfer(activity_id=activity_id, position=i, **{
                f.key: str(tr.get(f.key) or "") for f in catalogue.scalar_fields(
                    catalogue.TRANSFER)}))
    if category_retention is not None:
        _set_category_retention(session, activity_id, category_retention)
    if notes is not None:
        checked = _checked_notes(notes)
        _delete_of(conn, "activitynote", activity_id)
        for i, note in enumerate(checked):
            session.add(schema.ActivityNote(activity_id=activity_id, position=i, **note))
    session.flush()


_NAMED_ARGUMENTS: dict[str, ListModel] = {
    "categories": schema.DataCategory, "subjects": schema.DataSubject,
    "recipients": schema.Recipient}
"""The `_set_links` arguments naming items of a list, in the order `_set_links` sets them."""


def _set_links_of(session: Session, edits: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """`_set_links` for many activities: the items named created as a loop would create them
    (same order, same history), then each list's links of every activity replaced with one
    delete and one insert (a data subject added to 10,000 rows is three statements, not
    30,000). An edit of other lists, or of categories some of whose periods the activity
    keeps per category, goes through `_set_links` as before."""
    conn = session.connection()
    named: list[tuple[ListModel, str]] = []  # every item named, in the loop's order
    for _activity_id, lists in edits:
        for argument, model in _NAMED_ARGUMENTS.items():
            if lists.get(argument) is not None:
                named += [(model, name) for name in _distinct_names(lists[argument])]
    ids = {model: _item_ids(conn, model, [n for m, n in named if m is model])
           for model in _NAMED_ARGUMENTS.values()}
    for model, name in named:  # those the register lacks, created as the loop creates them
        if name not in ids[model]:
            ids[model][name] = _names_to_ids(session, model, [name])[0]
    keeping = _keeping_periods(conn, [a for a, lists in edits if lists.get("categories")
                                      is not None and lists.get("category_retention") is None])
    bulk: dict[str, list[tuple[int, Sequence[str]]]] = {key: [] for key in _NAMED_ARGUMENTS}
    for activity_id, lists in edits:
        if set(lists) <= set(_NAMED_ARGUMENTS) and activity_id not in keeping:
            for argument, names in lists.items():
                if names is not None:
                    bulk[argument].append((activity_id, names))
        else:
            _set_links(session, activity_id, **lists)
    for argument, wanted in bulk.items():
        if not wanted:
            continue
        model = _NAMED_ARGUMENTS[argument]
        table_name, column = _LINKS[kind_of(model)]
        link = schema.table(table_name)
        conn.execute(delete(link).where(_among(link.c.activity_id, [a for a, _n in wanted])))
        sqlite.insert_rows(conn, link, ["activity_id", column, "position"], [
            (activity_id, ids[model][name], i) for activity_id, names in wanted
            for i, name in enumerate(_distinct_names(names))])
    session.flush()


def _distinct_names(names: Sequence[str]) -> list[str]:
    """The names of a list as `_names_to_ids` takes them: trimmed, each once, none empty."""
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _item_ids(conn: Connection, model: ListModel, names: Sequence[str]) -> dict[str, int]:
    """The ids of those of the named items of `model` that the register has, in a few
    queries."""
    table = schema.table(kind_of(model))
    wanted = list(dict.fromkeys(names))
    found: dict[str, int] = {}
    for at in range(0, len(wanted), 500):  # under SQLite's limit of bound values
        found.update((str(name), int(i)) for name, i in conn.execute(
            sql_select(table.c.name, table.c.id).where(table.c.name.in_(wanted[at:at + 500]))))
    return found


def _keeping_periods(conn: Connection, activity_ids: Sequence[int]) -> set[int]:
    """Those of the activities that keep a retention period for one of their categories:
    changing their categories keeps the periods (`_set_links`), one activity at a time."""
    if not activity_ids:
        return set()
    link = schema.table("activitycategory")
    return {int(i) for (i,) in conn.execute(sql_select(link.c.activity_id).distinct().where(
        _among(link.c.activity_id, activity_ids), link.c.retention != ""))}


def _delete_of(conn: Connection, table_name: str, activity_id: int) -> None:
    """Remove an activity's rows of one of its list tables (links, bases, transfers, notes)."""
    table = schema.table(table_name)
    conn.execute(delete(table).where(table.c.activity_id == activity_id))


def _checked_notes(notes: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """Notes as stored: each named, a name once (a note is found by its name); a note
    without text is no note, as an empty cell of a spreadsheet column is none."""
    return [{"name": name, "text": body} for name, body in _note_pairs(notes)]


def _note_pairs(notes: Sequence[Mapping[str, str]]) -> list[tuple[str, str]]:
    """`_checked_notes` as (name, text) pairs, what a bulk write stores."""
    checked: list[tuple[str, str]] = []
    seen: set[str] = set()
    for note in notes:
        body = note.get("text")
        body = (body if type(body) is str else str(body or "")).strip()
        if not body:
            continue
        given = note.get("name")
        name, folded = _note_name(given if type(given) is str else str(given or ""))
        if not name:
            raise RegistreError(t("Une note doit avoir un nom.", "A note needs a name."))
        if folded in seen:
            raise RegistreError(t("L'activité a déjà une note « {name} ».",
                                  "The activity already has a note “{name}”.", name=name))
        seen.add(folded)
        checked.append((name, body))
    return checked


@_as_text
def set_lists_of_activities(session: Session,
                            edits: Sequence[tuple[int, Mapping[str, Any]]]
                            ) -> list[ActivityEdit]:
    """`set_activity_lists` for many activities (a category added to 10,000 rows): their lists
    read before and after in one query each and the history appended in one, the same
    entries in the same order; what each edit changed, in order, for undo."""
    ids = [activity_id for activity_id, _l in edits]
    if len(set(ids)) != len(ids):  # one activity twice: each edit sees the one before it
        return [set_activity_lists(session, activity_id=i, **lists) for i, lists in edits]
    before = dict(activity_dicts(session, ids))
    for activity_id, _lists in edits:
        if activity_id not in before:
            raise _gone()
    _set_links_of(session, edits)
    after = dict(activity_dicts(session, ids))
    entries: list[dict[str, Any]] = []
    olds: list[ActivityEdit] = []
    for activity_id, _lists in edits:
        was, now_ = before[activity_id], after[activity_id]
        old: list[FieldChange] = []
        for json_key in LIST_ARGUMENTS:
            if was[json_key] != now_[json_key]:
                old.append(_list_change(json_key, was[json_key], now_[json_key]))
                entries.append({"action": "edit", "entity": "activity",
                                "ref": was["reference"], "field": json_key,
                                "old": _describe(was[json_key]),
                                "new": _describe(now_[json_key])})
        olds.append(ActivityEdit(activity_id, tuple(old)))
    changed = [activity_id for (activity_id, _l), old in zip(edits, olds, strict=True) if old]
    stamp = now()
    activity = schema.table("activity")
    for at in range(0, len(changed), 500):
        session.connection().execute(update(activity).where(
            _among(activity.c.id, changed[at:at + 500])).values(updated_at=stamp))
    history.record_many(session, entries)
    return olds


def retention_of(activity: Mapping[str, Any], category: str) -> str:
    """How long an activity keeps one of its data categories: the category's own period,
    else the activity's, which is the default (the CNIL's sheet asks for one per category)."""
    own = (activity.get("category_retention") or {}).get(category)
    return str(own or activity.get("retention") or "")


def _category_retention(session: Session, activity_id: int) -> dict[str, str]:
    """An activity's retention per data category, where one is stated."""
    link, item = schema.table("activitycategory"), schema.table("datacategory")
    rows = session.connection().execute(
        sql_select(item.c.name, link.c.retention).join_from(link, item)
        .where(link.c.activity_id == activity_id, link.c.retention != "")
        .order_by(link.c.position))
    return {name: retention for name, retention in rows}


def _set_category_retention(session: Session, activity_id: int,
                            retention: Mapping[str, str]) -> None:
    """Set the retention of the activity's categories named in `retention`, clear the others.

    A category the activity does not use is refused rather than dropped: the
    period typed for it would otherwise be lost without a word.
    """
    conn = session.connection()
    link, item = schema.table("activitycategory"), schema.table("datacategory")
    used: dict[str, int] = {name: int(i) for name, i in conn.execute(
        sql_select(item.c.name, item.c.id).join_from(link, item)
        .where(link.c.activity_id == activity_id))}
    wanted = {str(name).strip(): str(period or "").strip() for name, period in retention.items()}
    unknown = [name for name, period in wanted.items() if period and name not in used]
    if unknown:
        raise RegistreError(t("« {name} » n'est pas une catégorie de données de cette activité.",
                              "“{name}” is not a data category of this activity.",
                              name=unknown[0]))
    conn.execute(update(link).where(link.c.activity_id == activity_id).values(retention=""))
    updates = [{"a": activity_id, "c": used[name], "r": period}
               for name, period in wanted.items() if period]
    if updates:
        conn.execute(update(link).where(link.c.activity_id == bindparam("a"),
                                        link.c.category_id == bindparam("c"))
                     .values(retention=bindparam("r")), updates)


@_as_text
def set_activity_lists(
    session: Session,
    *,
    activity_id: int,
    categories: Sequence[str] | None = None,
    bases: Sequence[tuple[str, str]] | None = None,
    subjects: Sequence[str] | None = None,
    recipients: Sequence[str] | None = None,
    transfers: Sequence[dict[str, str]] | None = None,
    category_retention: Mapping[str, str] | None = None,
    notes: Sequence[Mapping[str, str]] | None = None,
) -> ActivityEdit:
    """Replace one or more of an activity's lists; returns what changed, for undo."""
    activity = _activity(session, activity_id)
    before = activity_dict(session, activity)
    _set_links(session, activity_id, categories=categories, bases=bases, subjects=subjects,
               recipients=recipients, transfers=transfers, category_retention=category_retention,
               notes=notes)
    after = activity_dict(session, activity)
    old: list[FieldChange] = []
    for json_key in LIST_ARGUMENTS:
        if before[json_key] != after[json_key]:
            old.append(_list_change(json_key, before[json_key], after[json_key]))
            history.record(session, action="edit", entity="activity", ref=activity.reference,
                           field=json_key, old=_describe(before[json_key]),
                           new=_describe(after[json_key]))
    if old:
        activity.updated_at = now()
        session.add(activity)
    return ActivityEdit(activity_id, tuple(old))


_LIST_FIELDS = {json_key: catalogue.by_key(json_key) for json_key in LIST_ARGUMENTS}


def _list_change(json_key: str, was: Any, now_: Any) -> FieldChange:
    """A list's change as `set_activity_lists` takes it (the bases as (code, justification))."""
    if LIST_ARGUMENTS[json_key] == "bases":
        was, now_ = _basis_pairs(was), _basis_pairs(now_)
    return FieldChange(_LIST_FIELDS[json_key], was, now_)


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k} : {v}" for k, v in value.items())
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                parts.append(" ".join(str(v) for v in item.values() if v))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)


def snapshot_activity(session: Session, *, activity_id: int) -> ActivitySnapshot:
    """An activity as it is now, for putting it back so after a change (undo of an import
    that updated it): `delete_activity` then `restore_activity(snapshot)`."""
    activity = _activity(session, activity_id)
    return ActivitySnapshot(id=activity_id, reference=activity.reference,
                            position=activity.position, data=activity_dict(session, activity))


def delete_activity(session: Session, *, activity_id: int) -> ActivitySnapshot:
    """Remove an activity; returns the snapshot that `restore_activity` needs."""
    activity = _activity(session, activity_id)
    snapshot = snapshot_activity(session, activity_id=activity_id)
    session.delete(activity)
    session.flush()
    history.record(session, action="delete", entity="activity", ref=activity.reference,
                   old=_label(activity))
    return snapshot


def restore_activity(session: Session, *, snapshot: ActivitySnapshot,
                     action: str = "restore") -> schema.Activity:
    """Put back an activity removed by `delete_activity`, same id, reference and place."""
    activity = activity_from_dict(session, {**snapshot.data, "id": snapshot.id,
                                            "position": snapshot.position}, keep_id=True)
    history.record(session, action=action, entity="activity", ref=activity.reference,
                   new=_label(activity))
    return activity


def duplicate_activity(session: Session, *, activity_id: int) -> schema.Activity:
    source = _activity(session, activity_id)
    data = activity_dict(session, source)
    if data["name"]:  # two rows of one name in the table: which is which?
        data["name"] = t_in(language(session), "{name} (copie)", "{name} (copy)",
                            name=data["name"])
    copy = create_activity(
        session,
        position=source.position + 1,
        categories=data["data_categories"],
        bases=_basis_pairs(data["legal_bases"]),
        subjects=data["data_subjects"],
        recipients=data["recipients"],
        transfers=data["transfers"],
        category_retention=data["category_retention"],
        notes=data["notes"],
        action="duplicate",
        **{k: data[k] for k in ACTIVITY_SCALARS if k not in _NO_COPY},
    )
    return copy


def _open_gap(session: Session, position: int) -> None:
    """Make `position` free for an activity, moving the ones from there on down if it is
    taken; a place a deletion left free is taken as it is, so that activities deleted
    apart come back each in its place (moving the rest down each time put the second
    one above the activity it was below)."""
    activity = schema.table("activity")
    taken = session.connection().execute(
        sql_select(activity.c.id).where(activity.c.position == position).limit(1)).first()
    if taken is not None:
        session.connection().execute(update(activity).where(activity.c.position >= position)
                                     .values(position=activity.c.position + 1))


def move_activity(session: Session, *, activity_id: int, to_index: int) -> int:
    """Move an activity to `to_index` in the user's order; returns its old index.

    Positions are rewritten as 0..n-1 wherever they differ: a delete leaves a gap,
    and an index is then no longer a position.
    """
    activity = _activity(session, activity_id)
    rows = list(session.exec(select(schema.Activity.id, schema.Activity.position)
                             .order_by(col(schema.Activity.position))))
    ids = [i for i, _ in rows]
    old_index = ids.index(activity_id)
    ids.pop(old_index)
    to_index = max(0, min(to_index, len(ids)))
    ids.insert(to_index, activity_id)
    was = dict(rows)
    changed = [{"i": i, "p": p} for p, i in enumerate(ids) if was[i] != p]
    if changed:
        table = schema.table("activity")
        session.connection().execute(update(table).where(table.c.id == bindparam("i"))
                                     .values(position=bindparam("p")), changed)
    session.refresh(activity)
    history.record(session, action="move", entity="activity", ref=activity.reference,
                   field="position", old=old_index + 1, new=to_index + 1)
    return old_index


# -- lists: categories, subjects, recipients, legal bases ---------------------

ListModel = type[schema.DataCategory] | type[schema.DataSubject] | type[schema.Recipient]
ITEM_MODELS: dict[str, ListModel] = {
    str(model.__tablename__): model
    for model in (schema.DataCategory, schema.DataSubject, schema.Recipient)}
"""The table class of each list whose items are added and removed, by its kind
(`catalogue.ItemList.table`)."""
_LINKS: dict[str, tuple[str, str]] = {
    spec.table: (spec.link, spec.link_column) for spec in catalogue.NAMED_LISTS}


def _among(column: Any, ids: Iterable[int]) -> Any:
    """`column IN (ids)`, the ids written into the statement: a list page may ask about
    more activities than SQLite takes bound parameters."""
    return column.in_(bindparam("ids", [int(i) for i in ids], expanding=True,
                                literal_execute=True))


def _link(model: ListModel) -> tuple[Table, Column[Any]]:
    """The table linking activities to `model`'s items, and its column naming the item."""
    table_name, column = _LINKS[kind_of(model)]
    table = schema.table(table_name)
    return table, table.c[column]


def kind_of(model: ListModel) -> str:
    """The table name of a list model, as the history and the link tables name it."""
    return str(model.__tablename__)


@_as_text
def create_item(session: Session, *, model: ListModel, name: str, **fields: Any) -> Any:
    """A new data category, data subject or recipient, at the end of its list."""
    name = _item_name(name)
    if session.exec(select(model).where(model.name == name)).first() is not None:
        raise _name_taken(name)
    item: Any = model(name=name, position=_end_position(session, model), **fields)
    session.add(item)
    session.flush()
    history.record(session, action="create", entity=kind_of(model), ref=name)
    return item


def _item_name(name: object) -> str:
    """A list item's name as typed, trimmed; an empty one is refused."""
    name = str(name).strip()
    if not name:
        raise RegistreError(t("Le nom ne peut pas être vide.", "The name cannot be empty."))
    return name


def _name_taken(name: str) -> RegistreError:
    return RegistreError(t("« {name} » existe déjà.", "“{name}” already exists.", name=name))


def _item(session: Session, model: ListModel, item_id: int) -> Any:
    item = session.get(model, item_id)
    if item is None:
        raise RegistreError(t("Cet élément n'existe plus.", "This item no longer exists."))
    return item


@_as_text
def update_item(session: Session, *, model: ListModel, item_id: int,
                **changes: Any) -> ItemEdit:
    """Change fields of a list item (values by catalogue key); returns what changed, for undo."""
    item = _item(session, model, item_id)
    fields = _ITEM_FIELDS[kind_of(model)]
    old: list[FieldChange] = []
    for name, value in changes.items():
        before = getattr(item, name)
        if name == "name":
            value = _item_name(value)
        if before == value:
            continue
        if name == "name":
            clash: Any = session.exec(select(model).where(model.name == value)).first()
            if clash is not None and clash.id != item_id:
                raise _name_taken(value)
        old.append(FieldChange(fields[name], before, value))
        setattr(item, name, value)
        history.record(session, action="edit", entity=kind_of(model), ref=item.name,
                       field=name, old=before, new=value)
    session.add(item)
    return ItemEdit(item_id, tuple(old))


_ITEM_FIELDS = {spec.table: {f.key: f for f in spec.fields} for spec in catalogue.LISTS}
"""Each list's item fields by key, by the list's table."""


def item_usage(session: Session, *, model: ListModel, item_id: int) -> list[str]:
    """References of the activities that use an item, for the delete confirmation."""
    link, column = _link(model)
    activity = schema.table("activity")
    rows = session.connection().execute(
        sql_select(activity.c.reference).join_from(activity, link)
        .where(column == item_id).order_by(activity.c.position))
    return [r[0] for r in rows]


def delete_item(session: Session, *, model: ListModel, item_id: int) -> ItemSnapshot:
    """Remove an item and its links; returns what `restore_item` needs."""
    item = _item(session, model, item_id)
    link, column = _link(model)
    links = tuple(
        Link(activity_id=int(r.activity_id), position=int(r.position))
        for r in session.connection().execute(
            sql_select(link.c.activity_id, link.c.position).where(column == item_id))
    )
    snapshot = ItemSnapshot(fields=item.model_dump(), links=links)
    session.delete(item)
    session.flush()
    history.record(session, action="delete", entity=kind_of(model), ref=item.name)
    return snapshot


def delete_unused_items(session: Session, *, model: ListModel,
                        names: Sequence[str]) -> list[ItemSnapshot]:
    """Remove those of the named items that no activity uses (the categories an undone
    paste had created); what `restore_item` needs to put each back, in the order named.
    A name the register lacks, or an item some activity uses, is left alone."""
    _table, column = _link(model)
    conn = session.connection()
    ids = _item_ids(conn, model, names)
    snapshots: list[ItemSnapshot] = []
    for name in dict.fromkeys(names):
        if name in ids and conn.execute(
                sql_select(column).where(column == ids[name]).limit(1)).first() is None:
            snapshots.append(delete_item(session, model=model, item_id=ids[name]))
    return snapshots


def restore_item(session: Session, *, model: ListModel, snapshot: ItemSnapshot) -> Any:
    item: Any = model(**snapshot.fields)
    session.add(item)
    session.flush()
    table, column = _link(model)
    if snapshot.links:
        session.connection().execute(insert(table), [
            {"activity_id": link.activity_id, column.name: item.id, "position": link.position}
            for link in snapshot.links])
    history.record(session, action="restore", entity=kind_of(model), ref=item.name)
    return item


@_as_text
def update_basis_description(session: Session, *, code: str, description: str) -> str:
    basis = session.get(schema.LegalBasis, code)
    if basis is None:
        raise _unknown_basis(code)
    old = str(basis.description)
    if old != description:
        basis.description = description
        session.add(basis)
        history.record(session, action="edit", entity="legalbasis", ref=code,
                       field="description", old=old, new=description)
    return old


# -- reading, in bulk -----------------------------------------------------------

def activity_lists(session: Session,
                   activity_ids: Sequence[int] | None = None) -> dict[int, ActivityLists]:
    """Lists of all activities (or of `activity_ids`), without one query per activity."""
    lists: dict[int, ActivityLists] = defaultdict(ActivityLists)
    if activity_ids is not None and not activity_ids:
        return lists
    conn = session.connection()

    def query(link_name: str, *columns: Any, join: str = "") -> Any:
        link = schema.table(link_name)
        source: Any = link.join(schema.table(join)) if join else link
        statement = sql_select(link.c.activity_id, *columns).select_from(source)
        if activity_ids is not None:
            statement = statement.where(_among(link.c.activity_id, activity_ids))
        return conn.execute(statement.order_by(link.c.activity_id, link.c.position))

    link, category = schema.table("activitycategory"), schema.table("datacategory")
    for a, name, retention in query("activitycategory", category.c.name, link.c.retention,
                                    join="datacategory"):
        lists[a].categories.append(name)
        if retention:
            lists[a].category_retention[name] = retention
    for a, name in query("activitysubject", schema.table("datasubject").c.name,
                         join="datasubject"):
        lists[a].subjects.append(name)
    for a, name in query("activityrecipient", schema.table("recipient").c.name,
                         join="recipient"):
        lists[a].recipients.append(name)
    # A basis's article is the legal basis's own (stored=False), the rest is the link's.
    keys = [f.key for f in catalogue.BASIS_LINK]
    basis, link = schema.table("legalbasis"), schema.table("activitybasis")
    for a, *values in query("activitybasis", *((link if f.stored else basis).c[f.key]
                                               for f in catalogue.BASIS_LINK),
                            join="legalbasis"):
        lists[a].bases.append(dict(zip(keys, values, strict=True)))
    keys = [f.key for f in catalogue.TRANSFER]
    link = schema.table("transfer")
    for a, *values in query("transfer", *(link.c[k] for k in keys)):
        lists[a].transfers.append(dict(zip(keys, values, strict=True)))
    keys = [f.key for f in catalogue.NOTE]
    link = schema.table("activitynote")
    for a, *values in query("activitynote", *(link.c[k] for k in keys)):
        lists[a].notes.append(dict(zip(keys, values, strict=True)))
    return lists


def activity_dict(session: Session, activity: schema.Activity | Any,
                  lists: ActivityLists | None = None) -> dict[str, Any]:
    """An activity as it appears in the JSON export."""
    if lists is None:
        assert activity.id is not None
        lists = activity_lists(session, [activity.id]).get(activity.id, ActivityLists())
    return _export_form({key: getattr(activity, key) for key, scalar, _ in _export_plan()
                         if scalar}, lists)


def activity_dicts(session: Session,
                   activity_ids: Sequence[int] | None = None) -> list[tuple[int, dict[str, Any]]]:
    """(id, `activity_dict`) of all activities (or of `activity_ids`), in the user's order.

    One query, the lists inside it as JSON: what the editor's table needs to open
    on 10,000 activities without building an ORM object for each.
    """
    table = schema.table("activity")
    names, lists_json = sqlite.activity_lists_json()
    query: Any = sql_select(table, lists_json.label("lists_json"))
    if activity_ids is not None:
        query = query.where(_among(table.c.id, activity_ids))
    result = []
    for row in session.connection().execute(query.order_by(table.c.position)).all():
        lists = ActivityLists(**dict(zip(names, json.loads(row.lists_json), strict=True)))
        result.append((int(row.id), _export_form(row._mapping, lists)))
    return result


def activity_views(session: Session,
                   activity_ids: Sequence[int] | None = None) -> list[ActivityView]:
    """All activities (or `activity_ids`) in the user's order, as the editor reads them."""
    return [ActivityView(i, data) for i, data in activity_dicts(session, activity_ids)]


def activity_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(schema.Activity)).one())


def activity_from_dict(session: Session, data: dict[str, Any], *,
                       keep_id: bool = False) -> schema.Activity:
    """Insert an activity from its JSON form (restore, undo), keeping reference and dates."""
    reference = str(data.get("reference") or "") or next_reference(session)
    if activity_by_reference(session, reference) is not None:
        raise RegistreError(t("La référence {ref} existe déjà.",
                              "Reference {ref} already exists.", ref=reference))
    _note_reference(session, reference)
    seals.touch(session, reference)  # a restore writes one history entry for all of them
    activity = schema.Activity(reference=reference)
    if keep_id and data.get("id") is not None:
        activity.id = int(data["id"])
    for name, spec in ACTIVITY_SCALARS.items():
        if name in data:
            setattr(activity, name, _stored(spec, data[name]))
    activity.created_at = str(data.get("created_at") or now())
    activity.updated_at = str(data.get("updated_at") or activity.created_at)
    if data.get("position") is not None:
        _open_gap(session, int(data["position"]))
        activity.position = int(data["position"])
    else:
        activity.position = _end_position(session)
    session.add(activity)
    session.flush()
    assert activity.id is not None
    _set_links(
        session, activity.id,
        categories=list(data.get("data_categories") or []),
        bases=_basis_pairs(data.get("legal_bases") or []),
        subjects=list(data.get("data_subjects") or []),
        recipients=list(data.get("recipients") or []),
        transfers=list(data.get("transfers") or []),
        category_retention=dict(data.get("category_retention") or {}),
        notes=list(data.get("notes") or []),
    )
    return activity


def activities(session: Session) -> list[schema.Activity]:
    """All activities in the user's order."""
    return list(session.exec(select(schema.Activity).order_by(col(schema.Activity.position))))


def activity_names(session: Session) -> list[tuple[int, str, str, str]]:
    """(id, reference, name, purpose) of every activity in the user's order, without loading
    them (an import looks for the rows the register holds already)."""
    table = schema.table("activity")
    return [(int(i), ref, name, purpose) for i, ref, name, purpose in session.connection().execute(
        sql_select(table.c.id, table.c.reference, table.c.name, table.c.purpose)
        .order_by(table.c.position))]


def activity_ids(session: Session) -> list[int]:
    """Ids of all activities in the user's order, without loading them."""
    table = schema.table("activity")
    return [int(i) for (i,) in session.connection().execute(
        sql_select(table.c.id).order_by(table.c.position))]


def places(session: Session, activity_ids: Sequence[int]) -> dict[int, int]:
    """Where each of these activities stands in the user's order (0 = first), by the index.

    What the editor needs to insert a few new rows, without reading every activity.
    """
    if not activity_ids:
        return {}
    a, b = schema.table("activity").alias("a"), schema.table("activity").alias("b")
    before = (sql_select(func.count()).select_from(b).where(b.c.position < a.c.position)
              .scalar_subquery())
    return {int(i): int(n) for i, n in session.connection().execute(
        sql_select(a.c.id, before).where(_among(a.c.id, activity_ids)))}


def activity_by_reference(session: Session, reference: str) -> schema.Activity | None:
    query = select(schema.Activity).where(schema.Activity.reference == reference)
    return session.exec(query).first()


def list_items(session: Session, model: ListModel) -> list[Any]:
    return list(session.exec(select(model).order_by(col(model.position), col(model.id))))


def item_views(session: Session, kind: str) -> list[ItemView]:
    """The items of the list kept in table `kind` (`catalogue.ItemList.table`), in order."""
    spec = catalogue.list_kind(kind)
    return [ItemView(int(item.id), spec, item.model_dump())
            for item in list_items(session, ITEM_MODELS[kind])]


def legal_bases(session: Session) -> list[schema.LegalBasis]:
    return list(session.exec(select(schema.LegalBasis).order_by(col(schema.LegalBasis.position))))


# -- list pages: who uses what, for all items at once (gui/lists.py) -----------

def item_usages(session: Session, *, model: ListModel,
                item_ids: Sequence[int] | None = None) -> dict[int, list[tuple[str, str]]]:
    """(reference, name) of the activities using each item (or each of `item_ids`), in order.

    One query for a whole list, so a list page can show counts and tooltips
    without asking once per row.
    """
    link, column = _link(model)
    activity = schema.table("activity")
    query = sql_select(column, activity.c.reference, activity.c.name).join_from(link, activity)
    if item_ids is not None:
        if not item_ids:
            return {}
        query = query.where(_among(column, item_ids))
    usages: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for item_id, reference, name in session.connection().execute(
            query.order_by(activity.c.position)):
        usages[int(item_id)].append((reference, name))
    return dict(usages)


@dataclass(frozen=True)
class ActivityLinks:
    """How a list page names one activity, and which of the list's items it uses."""

    reference: str
    name: str
    items: frozenset[int]


def activity_links(session: Session, *, model: ListModel,
                   activity_ids: Sequence[int]) -> dict[int, ActivityLinks]:
    """The reference, name and linked items of a few activities, in one indexed query.

    What a list page needs after one activity changed, instead of every usage again.
    """
    if not activity_ids:
        return {}
    link, column = _link(model)
    activity = schema.table("activity")
    found: dict[int, tuple[str, str, set[int]]] = {}
    for activity_id, reference, name, item_id in session.connection().execute(
            sql_select(activity.c.id, activity.c.reference, activity.c.name, column)
            .join_from(activity, link, isouter=True)
            .where(_among(activity.c.id, activity_ids))):
        entry = found.setdefault(int(activity_id), (reference, name, set()))
        if item_id is not None:
            entry[2].add(int(item_id))
    return {i: ActivityLinks(ref, name, frozenset(items))
            for i, (ref, name, items) in found.items()}


# -- bulk creation, for imports and restores ---------------------------------------

@dataclass
class _Names:
    """One of the register's lists while a bulk write fills it: ids by name, and the items
    to create (at the end of the list, in the order the rows first name them)."""

    model: ListModel
    ids: dict[str, int]
    next_position: int
    new: list[dict[str, Any]] = field(default_factory=list)


def _bulk_references(session: Session, rows: Sequence[Mapping[str, Any]],
                     counter: schema.Meta) -> list[str]:
    """The reference of each new row: its own when it has one (a restore), else the next
    free `T-nnn`, as `activity_from_dict` gives them one after the other."""
    number = int(counter.value)
    given = [ref if (ref := str(row.get("reference") or "")).strip() else ""
             for row in rows]  # a blank reference is none: it gets the next number
    if not any(given):
        counter.value = str(number + len(rows))
        return [f"T-{number + i + 1:03d}" for i in range(len(rows))]
    used = set(map(reference_key, session.exec(select(schema.Activity.reference))))
    taken = used | set(map(reference_key, filter(None, given)))  # not given to another
    references: list[str] = []
    for reference in given:
        if not reference:
            number += 1
            while reference_key(f"T-{number:03d}") in taken:
                number += 1
            reference = f"T-{number:03d}"
        elif match := _REF_RE.match(reference):
            number = max(number, int(match.group(1)))
        if reference_key(reference) in used:
            raise RegistreError(t("La référence {ref} existe déjà.",
                                  "Reference {ref} already exists.", ref=reference))
        used.add(reference_key(reference))
        references.append(reference)
    counter.value = str(number)
    return references


def _checked_retention(categories: Iterable[str], retention: Mapping[str, str] | None, *,
                       strict: bool = True) -> dict[str, str]:
    """The retention stated for each of an activity's categories (trimmed), as
    `_set_category_retention` keeps it: a period for a category the activity does not use
    is refused rather than dropped (`strict`; a table import has always left it out)."""
    wanted = {str(name).strip(): str(period or "").strip()
              for name, period in (retention or {}).items()}
    used = set(categories)
    unknown = [name for name, period in wanted.items() if period and name not in used]
    if unknown and not strict:
        wanted = {name: period for name, period in wanted.items() if name in used}
    elif unknown:
        raise RegistreError(t("« {name} » n'est pas une catégorie de données de cette activité.",
                              "“{name}” is not a data category of this activity.",
                              name=unknown[0]))
    return {name: period for name, period in wanted.items() if period}


def _item_names(given: Iterable[str]) -> list[str]:
    """The names a row gives for one of its lists, trimmed, each once, blanks left out."""
    names = dict.fromkeys([name.strip() for name in given])
    names.pop("", None)
    return list(names)


def _items_of(given: list[Any]) -> list[list[str]]:
    """`_item_names` of each row's list (empty for none), once per distinct list: rows
    repeat theirs (the same subjects, the same recipients), and the lists given back are
    only read."""
    done: dict[tuple[str, ...], list[str]] = {}
    cleaned: list[list[str]] = []
    for names in given:
        if not names:
            cleaned.append([])
            continue
        key = tuple(names)
        try:
            found = done.get(key)
        except TypeError:  # not names (a restore checks its document, then says so)
            found = None
        if found is None:
            found = _item_names(names)
            with contextlib.suppress(TypeError):
                done[key] = found
        cleaned.append(found)
    return cleaned


def _bulk_columns(rows: Sequence[Mapping[str, Any]], *, restoring: bool,
                  stamp: str) -> dict[str, list[Any]]:
    """The activity table's values of `rows`, a column at a time (as `create_activity`
    stores each field): a text is kept as it is, whatever its field's kind, another value
    goes through `_stored`, and a field a row leaves out has its default."""
    columns: dict[str, list[Any]] = {}
    given = set().union(*rows)  # most rows fill a few fields of the many
    for name, spec in ACTIVITY_SCALARS.items():
        default = _stored(spec, spec.default)
        if name not in given:
            columns[name] = [default] * len(rows)
            continue
        values = [row.get(name, default) for row in rows]
        kinds = set(map(type, values))
        if kinds <= {str} or (spec.kind not in _CONVERTED and type(None) not in kinds):
            pass  # `_stored` keeps such values as they are: no call per row
        else:
            values = [v if type(v) is str or v is default else _stored(spec, v)
                      for v in values]
        columns[name] = values
    if restoring:
        created = [str(row.get("created_at") or stamp) for row in rows]
        columns["created_at"] = created
        columns["updated_at"] = [str(row.get("updated_at") or when)
                                 for row, when in zip(rows, created, strict=True)]
    else:
        columns["status"] = [row.get("status") or "draft" for row in rows]
        columns["created_at"] = columns["updated_at"] = [stamp] * len(rows)
    return columns


def bulk_create_activities(session: Session, rows: Sequence[Mapping[str, Any]], *,
                           action: str = "import",
                           restoring: bool = False) -> list[tuple[int, str]]:
    """Create many activities at the end of the register; returns (id, reference) pairs.

    The same result as `create_activity` in a loop (or, `restoring`, as
    `activity_from_dict`), without the ORM's per-row round trips: every table
    (activities, list items, links, bases, transfers, notes, history) is written
    with one `executemany`, so 10,000 rows take about a second. Each row holds
    activity fields plus any of `categories`, `subjects`, `recipients` (names;
    missing ones are created), `bases` ((code, justification) pairs),
    `transfers` and `notes` (dicts) and `category_retention` (period by name).
    Every row is checked before the first is written.

    `restoring`: rows are activities as an export has them (`data_categories`,
    `legal_bases` as records…), each keeping its `reference` (the next free one
    when it has none), `created_at`, `updated_at` and status as given;
    no history entry is written per activity (the restore writes one for the
    register), and the items they name that the register lacks are "created".

    Its texts are taken as given, not through `_as_text`: its callers, the restore and the
    table import, have each made them text already (the one refuses a character that is
    not, the other replaces it, saying where), and a second search of 10,000 rows would
    add a tenth to their time.
    """
    if not rows:
        return []
    conn = session.connection()
    counter = _reference_counter(session)
    position = _end_position(session)
    references = _bulk_references(session, rows, counter)
    stamp = now()
    named: dict[str, _Names] = {}
    for key, model in (("categories", schema.DataCategory), ("subjects", schema.DataSubject),
                       ("recipients", schema.Recipient)):
        existing = list_items(session, model)
        named[key] = _Names(model, {c.name: c.id for c in existing},
                            existing[-1].position + 1 if existing else 0)
    item_action = "create" if restoring else action
    columns = _bulk_columns(rows, restoring=restoring, stamp=stamp)
    columns["reference"] = references
    columns["position"] = list(range(position, position + len(rows)))
    # The rows' lists, a key at a time over all the rows (most rows name few items, or
    # none); each checked before the first row is written. The history's entries keep
    # the order `create_activity` in a loop gives them: a row's new items (categories,
    # subjects, recipients), then the row.
    list_keys = ({spec.argument: spec.key for spec in catalogue.NAMED_LISTS} if restoring
                 else {key: key for key in named})
    made: dict[int, list[dict[str, object]]] = {}  # by row: its new items' entries, in order
    names_of: dict[str, list[list[str]]] = {}
    for key, names in named.items():
        names_of[key] = cleaned = _items_of([row.get(list_keys[key]) for row in rows])
        ids_of = names.ids
        for offset, row_names in enumerate(cleaned):
            if row_names and not all(map(ids_of.__contains__, row_names)):
                for name in row_names:
                    if name not in ids_of:
                        ids_of[name] = 0  # its id once inserted
                        names.new.append({"name": name, "position": names.next_position})
                        names.next_position += 1
                        made.setdefault(offset, []).append({
                            "action": item_action, "entity": kind_of(names.model),
                            "ref": name})
    retention = [_row_checked(reference, functools.partial(
                     _checked_retention, categories, given, strict=restoring))
                 if given else None
                 for reference, categories, given in zip(
                     references, names_of["categories"],
                     [row.get("category_retention") for row in rows], strict=True)]
    basis_links = [(offset, code, justification, i)
                   for offset, given in enumerate([row.get("legal_bases" if restoring
                                                           else "bases") for row in rows])
                   if given
                   for i, code, justification in _row_checked(
                       references[offset], functools.partial(
                           _checked_bases, _basis_pairs(given) if restoring else given,
                           strict=restoring))]
    transfer_keys = [f.key for f in catalogue.scalar_fields(catalogue.TRANSFER)]
    transfers = [(offset, i, *(str(tr.get(k) or "") for k in transfer_keys))
                 for offset, given in enumerate([row.get("transfers") for row in rows])
                 if given for i, tr in enumerate(given)]
    notes = [(offset, i, name, text)
             for offset, given in enumerate([row.get("notes") for row in rows])
             if given for i, (name, text) in enumerate(_row_checked(
                 references[offset], functools.partial(_note_pairs, given)))]
    entries: list[dict[str, object]] = []
    if restoring:
        entries = [entry for offset in sorted(made) for entry in made[offset]]
    else:
        for offset, (reference, name, purpose) in enumerate(zip(
                references, columns["name"], columns["purpose"], strict=True)):
            if offset in made:
                entries += made[offset]
            entries.append({"action": action, "entity": "activity", "ref": reference,
                            "new": name or str(purpose)[:200]})
    activity = schema.table("activity")
    sqlite.insert_rows(conn, activity, list(columns), list(zip(*columns.values(), strict=True)))
    ids: dict[str, int] = dict(conn.execute(  # texts and integers, as SQLite gives them
        sql_select(activity.c.reference, activity.c.id).where(activity.c.position >= position)
    ).all())
    activity_ids = [ids[reference] for reference in references]
    for names in named.values():
        if names.new:
            table = schema.table(kind_of(names.model))
            sqlite.insert_many(conn, table, names.new)
            found = dict(conn.execute(sql_select(table.c.name, table.c.id).where(
                table.c.position >= names.new[0]["position"])).all())
            names.ids.update({str(n): int(i) for n, i in found.items()})
    for key, names in named.items():
        table_name, column = _LINKS[kind_of(names.model)]
        item_ids = names.ids
        if key == "categories":
            links: list[tuple[Any, ...]] = [
                (activity_ids[offset], item_ids[name], i,
                 kept.get(name, "") if kept else "")
                for offset, (row_names, kept) in enumerate(zip(
                    names_of[key], retention, strict=True))
                for i, name in enumerate(row_names)]
            link_columns = ["activity_id", column, "position", "retention"]
        else:
            links = [(activity_ids[offset], item_ids[name], i)
                     for offset, row_names in enumerate(names_of[key])
                     for i, name in enumerate(row_names)]
            link_columns = ["activity_id", column, "position"]
        sqlite.insert_rows(conn, schema.table(table_name), link_columns, links)
    records_of: list[tuple[str, list[str], Sequence[tuple[Any, ...]]]] = [
        ("activitybasis", ["activity_id", "code", "justification", "position"], basis_links),
        ("transfer", ["activity_id", "position", *transfer_keys], transfers),
        ("activitynote", ["activity_id", "position", "name", "text"], notes)]
    for table_name, record_columns, records in records_of:  # each row's offset first
        sqlite.insert_rows(conn, schema.table(table_name), record_columns,
                           [(activity_ids[r[0]], *r[1:]) for r in records])
    seals.touch_many(session, references)
    history.record_many(session, entries)
    return list(zip(activity_ids, references, strict=True))
