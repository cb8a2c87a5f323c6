"""Content seals: a hash of each activity's row, kept as Registre last wrote it.

The history says what changed, but an activity changed with the sqlite3 shell
leaves no history entry. So every transaction that touches an activity (each
touch goes through `history.record` or `touch`) stores a SHA-256 of the
activity's row in `meta` (`content:<reference>`); `check` recomputes them and
names the activities whose row no longer matches: changed, added or deleted
outside Registre.

Why seals rather than triggers: a trigger can tell a Registre write from a
shell write only through something the shell can also do (or by failing the
shell's write, which hides rather than reports); a seal costs one row read per
edited activity and is checked by recomputation. Like the history's own anchor
it lives in the same file, so someone who knows the format can recompute it;
`check --against` a signed record is what no one can forge.

The row's position is left out (moving one activity renumbers others), as are
its lists (they are names of items that are renamed on their own pages).
"""

from __future__ import annotations

import functools
import hashlib
import operator
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import bindparam, delete, insert
from sqlalchemy import select as sql_select
from sqlalchemy.sql import Select
from sqlmodel import Session

from model.core.i18n import t
from model.storage import schema, sqlite

PREFIX = "content:"
FLAG = "content_seals"
"""Set once a register's activities are all sealed: from then on a missing seal is news."""
_LEFT_OUT = frozenset({"id", "position"})
_TOUCHED = "registre_touched_activities"


def touch(session: Session, reference: str) -> None:
    """Note that this transaction changed the activity `reference` (sealed at commit)."""
    session.info.setdefault(_TOUCHED, set()).add(reference)


def touch_many(session: Session, references: Iterable[str]) -> None:
    """`touch` for each of `references` (a bulk write's activities)."""
    session.info.setdefault(_TOUCHED, set()).update(references)


def row_hash(row: Mapping[Any, Any]) -> str:
    """SHA-256 of a row's columns (but its id and position), in the columns' name order."""
    parts = [f"{k}\x1e{'' if v is None else v!s}\x1e{type(v).__name__}"
             for k, v in sorted(row.items()) if k not in _LEFT_OUT]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _hashes(result: Any) -> dict[str, str]:
    """`row_hash` of each row of `result` by reference, its columns put in order once for
    all the rows (an import or a restore seals 10,000 of them).

    `row_hash`'s text, but as one %-template per combination of the columns' types
    (a register has a few: a column is a text, or empty), filled with the row's values
    at once, rather than one formatted part per column and row."""
    keys = list(result.keys())
    order = sorted((k, i) for i, k in enumerate(keys) if k not in _LEFT_OUT)
    pick = operator.itemgetter(*[i for _, i in order])
    at = keys.index("reference")
    templates: dict[tuple[type, ...], tuple[str, Any]] = {}
    found: dict[str, str] = {}
    sha256 = hashlib.sha256
    for row in result:
        values = pick(row)
        if len(order) == 1:
            values = (values,)
        kinds = tuple(map(type, values))
        known = templates.get(kinds)
        if known is None:
            known = templates[kinds] = _template([k for k, _ in order], kinds)
        template, filled = known
        text = template % (values if filled is None else filled(values))
        found[row[at]] = sha256(text.encode("utf-8")).hexdigest()
    return found


def _template(keys: list[str], kinds: tuple[type, ...]) -> tuple[str, Any]:
    """`row_hash`'s text for rows of these column types, as a %-template, and what picks
    the values it takes from a row's (None when all: an empty value is written in it)."""
    parts = [f"{k.replace('%', '%%')}\x1e{'' if kind is type(None) else '%s'}\x1e"
             f"{kind.__name__.replace('%', '%%')}" for k, kind in zip(keys, kinds, strict=True)]
    taken = [i for i, kind in enumerate(kinds) if kind is not type(None)]
    if len(taken) == len(kinds):
        return "\x1f".join(parts), None
    if len(taken) == 1:
        return "\x1f".join(parts), lambda values, i=taken[0]: (values[i],)
    if not taken:
        return "\x1f".join(parts), lambda values: ()
    return "\x1f".join(parts), operator.itemgetter(*taken)


def _rows(session: Session, references: Iterable[str] | None) -> dict[str, str]:
    """The seals of the activities named (all when None), read by reference when few."""
    conn = session.connection()
    activity = schema.table("activity")
    if references is not None and not isinstance(references, (set, frozenset)):
        references = set(references)
    if references is None or len(references) > 2000:  # one scan beats many lookups
        every = _hashes(conn.execute(sql_select(activity)))
        return every if references is None else {
            ref: value for ref, value in every.items() if ref in references}
    wanted = list(dict.fromkeys(references))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # under SQLite's limit of bound parameters
        found.update(_hashes(conn.execute(_by_reference(), {"refs": wanted[start:start + 500]})))
    return found


@functools.cache
def _by_reference() -> Select[Any]:
    """The activities of the references bound as `refs`, built once (every edit seals)."""
    activity = schema.table("activity")
    return sql_select(activity).where(activity.c.reference.in_(bindparam("refs", expanding=True)))


def seal_touched(session: Session) -> None:
    """Store the seals of the activities this transaction touched; all of them the first time.

    Called by `Store.write` just before it commits.
    """
    touched: set[str] = session.info.pop(_TOUCHED, set())
    conn = session.connection()
    meta = schema.table("meta")
    first = not sqlite.meta_values(conn, [FLAG])
    if not touched and not first:
        return
    session.flush()
    hashes = _rows(session, None if first else touched)
    if first:
        conn.execute(delete(meta).where(meta.c.key.startswith(PREFIX, autoescape=True)))
        conn.execute(insert(meta).values(key=FLAG, value="1"))
    if hashes:
        sqlite.upsert(conn, meta, [{"key": PREFIX + ref, "value": value}
                                   for ref, value in hashes.items()])
    gone = [{"k": PREFIX + ref} for ref in touched if ref not in hashes]
    if gone:
        conn.execute(delete(meta).where(meta.c.key == bindparam("k")), gone)


def unrecorded(session: Session) -> list[tuple[str, str]]:
    """(reference, how) of each activity changed outside Registre: "changed", "added" or
    "deleted"; empty for a register never sealed (older than seals, not yet written to)."""
    conn = session.connection()
    meta = schema.table("meta")
    if conn.execute(sql_select(meta.c.key).where(meta.c.key == FLAG)).first() is None:
        return []
    stored = {key[len(PREFIX):]: value for key, value in conn.execute(
        sql_select(meta.c.key, meta.c.value).where(
            meta.c.key.startswith(PREFIX, autoescape=True)))}
    found: list[tuple[str, str]] = []
    current = _rows(session, None)
    for ref, value in current.items():
        if ref not in stored:
            found.append((ref, "added"))
        elif stored[ref] != value:
            found.append((ref, "changed"))
    found += [(ref, "deleted") for ref in stored if ref not in current]
    return found


def message(reference: str, how: str) -> str:
    """One line for the user about an activity changed outside Registre."""
    if how == "added":
        return t("Activité {ref} ajoutée hors de Registre (aucune entrée d'historique).",
                 "Activity {ref} added outside Registre (no history entry).", ref=reference)
    if how == "deleted":
        return t("Activité {ref} supprimée hors de Registre (aucune entrée d'historique).",
                 "Activity {ref} deleted outside Registre (no history entry).", ref=reference)
    return t("Activité {ref} modifiée hors de Registre (aucune entrée d'historique).",
             "Activity {ref} changed outside Registre (no history entry).", ref=reference)
