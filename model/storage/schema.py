"""The register's tables, all in one module so that relations never import in circles.

Timestamps are ISO 8601 strings in UTC: they go to JSON and back unchanged, which
keeps the export lossless. Lists of codes (security measures) are stored as
comma-separated codes: they are fixed vocabularies, never searched by SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.orm.util import identity_key
from sqlmodel import Field, Session, SQLModel

from model.core import catalogue
from model.storage import sqlite
from model.storage.marks import APPLICATION_ID as APPLICATION_ID
from model.storage.marks import SCHEMA_VERSION as SCHEMA_VERSION

TABLE_FIELDS: dict[str, tuple[catalogue.Field, ...]] = {
    "organisation": catalogue.ORGANISATION, "activity": catalogue.ACTIVITY,
    "datacategory": catalogue.DATA_CATEGORY, "datasubject": catalogue.DATA_SUBJECT,
    "recipient": catalogue.RECIPIENT, "legalbasis": catalogue.LEGAL_BASIS,
    "activitybasis": catalogue.BASIS_LINK, "transfer": catalogue.TRANSFER,
    "activitycategory": catalogue.CATEGORY_LINK, "activitynote": catalogue.NOTE,
}
"""The catalogue's fields each table keeps in its columns: the class bodies and the
schema upgrades (`store.add_columns`) both read it."""


def table(name: str) -> Table:
    """The table `name` as SQLAlchemy Core sees it, for statements over many rows (insert,
    update, delete) that need no ORM object per row."""
    return SQLModel.metadata.tables[name]


def expire(session: Session, model: type[SQLModel], keys: Iterable[Any]) -> None:
    """Forget what the session's objects of `model` with these primary keys hold: their rows
    were written past the ORM (a grid edit, the history's anchor), so they read again."""
    for key in keys:
        obj = session.identity_map.get(identity_key(model, key))
        if obj is not None:
            session.expire(obj)


def stored_default(f: catalogue.Field) -> object:
    """The value a column holds for a field never filled ("" for a list kept joined)."""
    return "" if f.kind in catalogue.LIST_KINDS else f.default


def sql_default(f: catalogue.Field) -> str | None:
    """The column's DEFAULT, so that a row inserted by SQL naming only some columns (bulk
    imports, links, an upgraded file) holds the field's empty value too."""
    default = stored_default(f)
    if default is None:
        return None
    if isinstance(default, bool):
        return str(int(default))
    return "'{}'".format(str(default).replace("'", "''"))


def columns(table: str, namespace: dict[str, Any]) -> None:
    """Add the catalogue's stored scalar fields to a table class being defined.

    The catalogue is the one list of a record's fields; a table declares by hand
    only its keys, indexes and order column (those the catalogue does not
    describe, or that need more than a type and a default). A field already
    declared in the class body is left as declared.
    """
    annotations = namespace.setdefault("__annotations__", {})
    for f in catalogue.scalar_fields(TABLE_FIELDS[table]):
        if f.key in annotations:
            continue
        kind: Any = bool if f.kind is catalogue.Kind.YES_NO else str
        annotations[f.key] = kind | None if f.nullable else kind
        default = sql_default(f)
        namespace[f.key] = Field(default=stored_default(f), sa_column_kwargs={
            "server_default": sqlite.sql_literal(default) if default is not None else None})


class Meta(SQLModel, table=True):
    """Register-wide settings: language, creation date, history anchor."""

    key: str = Field(primary_key=True)
    value: str = ""


class Organisation(SQLModel, table=True):
    """The controller, its representative and its DPO (one row, id 1)."""

    id: int = Field(default=1, primary_key=True)
    columns("organisation", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class Activity(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    position: int = Field(default=0, index=True)
    columns("activity", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class DataCategory(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0
    columns("datacategory", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class ActivityCategory(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    category_id: int = Field(
        foreign_key="datacategory.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0
    columns("activitycategory", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class LegalBasis(SQLModel, table=True):
    """The six Article 6(1) bases; only the description is the user's."""

    code: str = Field(primary_key=True)
    position: int = 0
    columns("legalbasis", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class ActivityBasis(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    code: str = Field(foreign_key="legalbasis.code", primary_key=True)
    position: int = 0
    columns("activitybasis", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class DataSubject(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0
    columns("datasubject", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class ActivitySubject(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    subject_id: int = Field(
        foreign_key="datasubject.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0


class Recipient(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0
    columns("recipient", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class ActivityRecipient(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    recipient_id: int = Field(
        foreign_key="recipient.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0


class Transfer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", ondelete="CASCADE", index=True)
    position: int = 0
    columns("transfer", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class ActivityNote(SQLModel, table=True):
    """One of an activity's named notes, in the activity's order."""

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", ondelete="CASCADE", index=True)
    position: int = 0
    columns("activitynote", locals())

    if TYPE_CHECKING:  # the catalogue's columns, unknown to the type checker
        def __init__(self, **columns: Any) -> None: ...
        def __getattr__(self, name: str) -> Any: ...


class HistoryEntry(SQLModel, table=True):
    """One append-only line of the register's history, chained by SHA-256."""

    id: int | None = Field(default=None, primary_key=True)
    at: str = ""
    user: str = ""
    action: str = ""
    entity: str = ""
    ref: str = Field(default="", index=True)
    field: str = ""
    old: str = ""
    new: str = ""
    prev_hash: str = ""
    hash: str = ""


class ExportRecord(SQLModel, table=True):
    """A PDF or JSON export, so the editor can say what changed since the last signed one."""

    id: int | None = Field(default=None, primary_key=True)
    at: str = ""
    file: str = ""
    fingerprint: str = ""
    signer: str = ""
    lang: str = ""
    history_id: int = 0


METADATA = SQLModel.metadata
"""Every table above: read through this module, so the classes are defined before it is
asked for them (`model.core.lazy` loads this module on first use)."""
