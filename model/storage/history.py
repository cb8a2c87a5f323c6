"""The register's append-only history, chained by SHA-256 (GDPR Art. 5(2) accountability).

Each entry's hash covers its own fields and the hash before it, so an entry
edited, deleted or moved breaks the chain from that point. The number of
entries and the last hash are also kept in `Meta`, so that removing the last
entries is noticed too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from model.core import catalogue
from model.core.clock import current_user, now
from model.core.i18n import t, t_in
from model.storage import schema, seals, sqlite

GENESIS = "0" * 64
_FIELDS = ("at", "user", "action", "entity", "ref", "field", "old", "new")


def entry_hash(prev_hash: str, entry: schema.HistoryEntry) -> str:
    return _digest(prev_hash, [str(getattr(entry, name)) for name in _FIELDS])


_ACTIONS = {
    "create": ("création", "created"), "edit": ("modification", "changed"),
    "delete": ("suppression", "deleted"), "restore": ("restauration", "restored"),
    "import": ("import", "imported"), "move": ("déplacement", "moved"),
    "duplicate": ("duplication", "duplicated"), "export": ("export", "exported"),
    "sign": ("signature", "signed"),
}
_ENTITIES = {
    "activity": ("activité", "activity"), "register": ("registre", "register"),
    "organisation": ("organisme", "organisation"),
}


def action_label(action: str, lang: str) -> str:
    """What an entry did, as the history window and `registre history` name it."""
    fr, en = _ACTIONS.get(action, (action, action))
    return t_in(lang, fr, en)


def entity_label(entity: str, lang: str) -> str:
    """The kind of item an entry is about: a list's item as the catalogue names it."""
    if entity in _ENTITIES:
        return t_in(lang, *_ENTITIES[entity])
    try:
        return catalogue.list_kind(entity).item_label(lang)
    except KeyError:
        return entity


_ANCHOR = ("history_head", "history_count")
"""The `meta` keys of the history's anchor: its last hash and its length."""


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    ref: str = "",
    field: str = "",
    old: object = "",
    new: object = "",
) -> schema.HistoryEntry:
    """Append one entry in the caller's transaction; the entry as stored, with its id."""
    entry = _append(session, [{"action": action, "entity": entity, "ref": ref, "field": field,
                              "old": old, "new": new}], returning=True)
    assert entry is not None
    return entry


def _digest(prev_hash: str, fields: Sequence[str]) -> str:
    """`entry_hash` of an entry given as its `_FIELDS` values, all texts already."""
    return hashlib.sha256("\x1f".join((prev_hash, *fields)).encode("utf-8")).hexdigest()


def record_many(session: Session, entries: Sequence[Mapping[str, object]]) -> None:
    """Append many entries in the caller's transaction, with one `executemany`.

    The same chain as `record` called in a loop (each entry hashes the one
    before it), without an ORM object per entry: an import of 10,000 rows
    writes 10,000 entries, as tuples. Each mapping holds `action`, `entity` and
    any of `ref`, `field`, `old`, `new`.
    """
    if entries:
        _append(session, entries, returning=False)


def _append(session: Session, entries: Sequence[Mapping[str, object]], *,
            returning: bool) -> schema.HistoryEntry | None:
    """The entries chained after the anchor, written as rows, and the anchor moved on: three
    statements whatever their number (an edit in the grid appends one entry)."""
    conn = session.connection()
    meta = schema.table("meta")
    anchor = sqlite.meta_values(conn, _ANCHOR)
    prev = anchor.get("history_head") or GENESIS
    stamp, user = now(), current_user()
    rows: list[tuple[str, ...]] = []
    activities: list[str] = []
    for entry in entries:
        fields = (stamp, user, str(entry["action"]), str(entry["entity"]),
                  _text(entry.get("ref", "")), _text(entry.get("field", "")),
                  _text(entry.get("old", "")), _text(entry.get("new", "")))
        digest = _digest(prev, fields)
        rows.append((*fields, prev, digest))
        prev = digest
        if fields[3] == "activity" and fields[4]:
            activities.append(fields[4])
    seals.touch_many(session, activities)
    columns = [*_FIELDS, "prev_hash", "hash"]
    table = schema.table("historyentry")
    written = None
    if returning:  # one entry, whose id the caller keeps (an export's record)
        values = dict(zip(columns, rows[0], strict=True))
        key = conn.execute(insert(table).values(values)).inserted_primary_key
        written = schema.HistoryEntry(id=key[0] if key else None, **values)
    else:
        sqlite.insert_rows(conn, table, columns, rows)
    moved = [{"key": "history_head", "value": prev}]
    known = _count(anchor.get("history_count"))
    if known is not None:  # a tampered count stays as found: `check` must still see it
        moved.append({"key": "history_count", "value": str(known + len(rows))})
    sqlite.upsert(conn, meta, moved)
    schema.expire(session, schema.Meta, _ANCHOR)
    return written


def _count(value: str | None) -> int | None:
    """The stored entry count; None when it is not a count (tampered with)."""
    value = (value or "0").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class ChainBreak:
    """Where the history stops being trustworthy."""

    entry_id: int | None
    position: int
    """1-based place in the history of the first entry that does not hold."""
    reason: str
    """"link" (an entry removed, inserted or moved before it), "content" (the entry
    itself altered), "truncated" (entries removed at the end) or "anchor" (the count or
    head kept beside the history is not one); with the hashes intact (recomputed),
    "erased" (no history for a register that has activities), "missing" (an activity
    the history never mentions) or "values" (an entry that disagrees with the ones
    around it or with the stored value)."""
    ref: str = ""
    field: str = ""

    def message(self) -> str:
        """One line for the user, naming the entry."""
        if self.reason == "erased":
            return t("Historique altéré : le registre a des activités mais plus d'historique ; "
                     "il a été effacé.",
                     "History tampered with: the register has activities but no history; it "
                     "was erased.")
        if self.reason == "missing":
            return t("Historique altéré : l'activité {ref} n'apparaît nulle part dans "
                     "l'historique (des entrées ont été supprimées).",
                     "History tampered with: activity {ref} appears nowhere in the history "
                     "(entries were removed).", ref=self.ref)
        if self.reason == "values":
            return t("Historique altéré : l'entrée n° {n} (id {id}) ne concorde pas avec la "
                     "valeur de « {field} » de l'activité {ref} (entrée réécrite, ou "
                     "entrées supprimées).",
                     "History tampered with: entry no. {n} (id {id}) does not agree with the "
                     "value of “{field}” of activity {ref} (an entry rewritten, or entries "
                     "removed).", n=self.position, id=self.entry_id, field=self.field,
                     ref=self.ref)
        if self.reason == "anchor":
            return t(
                "Historique altéré : le nombre d'entrées ou la dernière empreinte enregistrés à "
                "côté de l'historique ont été modifiés (après l'entrée n° {n}).",
                "History tampered with: the entry count or last hash kept beside the history "
                "was changed (after entry no. {n}).", n=self.position - 1)
        if self.reason == "truncated":
            return t(
                "Historique altéré : des entrées ont été supprimées à la fin (après l'entrée "
                "n° {n}).",
                "History tampered with: entries were removed at the end (after entry "
                "no. {n}).", n=self.position - 1)
        if self.reason == "content":
            return t(
                "Historique altéré : la chaîne est rompue à l'entrée n° {n} (id {id}), "
                "dont le contenu a été modifié.",
                "History tampered with: the chain breaks at entry no. {n} (id {id}), "
                "whose content was changed.", n=self.position, id=self.entry_id)
        return t(
            "Historique altéré : la chaîne est rompue à l'entrée n° {n} (id {id}) ; une "
            "entrée a été supprimée, insérée ou déplacée juste avant.",
            "History tampered with: the chain breaks at entry no. {n} (id {id}); an entry "
            "was removed, inserted or moved just before it.", n=self.position, id=self.entry_id)


def verify(session: Session) -> ChainBreak | None:
    """The first break in the chain, or None when the history is intact."""
    prev = GENESIS
    position = 0
    for position, entry in enumerate(
        session.exec(select(schema.HistoryEntry).order_by(col(schema.HistoryEntry.id))), start=1
    ):
        if entry.prev_hash != prev:
            return ChainBreak(entry.id, position, "link")
        if entry_hash(prev, entry) != entry.hash:
            return ChainBreak(entry.id, position, "content")
        prev = entry.hash
    head = session.get(schema.Meta, "history_head")
    count = session.get(schema.Meta, "history_count")
    stored = _count(count.value if count else "")
    head_value = head.value if head else ""
    if stored is None or (head_value and len(head_value) != 64):
        return ChainBreak(None, position + 1, "anchor")
    if head_value not in ("", prev) or stored != position:
        return ChainBreak(None, position + 1, "truncated")
    return None


def entries(session: Session, *, ref: str | None = None, entity: str | None = None,
            after: int = 0) -> list[schema.HistoryEntry]:
    """The history in order; only the entries about `ref` (of kind `entity`) when given,
    and only those after entry `after` (the ones a reader has not seen yet)."""
    query = select(schema.HistoryEntry).order_by(col(schema.HistoryEntry.id))
    if after:
        query = query.where(col(schema.HistoryEntry.id) > after)
    if ref is not None:
        query = query.where(schema.HistoryEntry.ref == ref)
    if entity is not None:
        query = query.where(schema.HistoryEntry.entity == entity)
    return list(session.exec(query))


# -- the seal a signed record carries --------------------------------------------------------

DIGEST_LENGTH = 16
"""Hex digits of each entry's hash a record keeps: enough to name the first entry that
differs; the head is kept whole."""


@dataclass(frozen=True)
class Seal:
    """The history as a record saw it: its head hash, its length and each entry's digest."""

    head: str
    count: int
    digests: tuple[str, ...]


def seal(session: Session) -> Seal:
    """The history's seal now (in the caller's read transaction)."""
    table = schema.table("historyentry")
    hashes = [h for (h,) in session.connection().execute(
        sql_select(table.c.hash).order_by(table.c.id))]
    return Seal(head=hashes[-1] if hashes else GENESIS, count=len(hashes),
                digests=tuple(h[:DIGEST_LENGTH] for h in hashes))


@dataclass(frozen=True)
class SealBreak:
    """Where the history stops being the one a signed record sealed."""

    entry_id: int | None
    position: int
    reason: str
    """"differs" (the entry is not the one signed) or "shortened" (entries removed)."""
    kept: int = 0
    """How many entries the history still has ("shortened")."""

    def message(self, record: str) -> str:
        if self.reason == "shortened":
            return t(
                "Historique altéré depuis le registre signé « {record} » : des entrées "
                "signées ont été supprimées (il en reste {kept}, la première manquante est "
                "l'entrée n° {n}).",
                "History tampered with since the signed record “{record}”: signed entries "
                "were removed ({kept} left; the first missing is entry no. {n}).",
                record=record, kept=self.kept, n=self.position)
        return t(
            "Historique altéré depuis le registre signé « {record} » : l'entrée n° {n} "
            "(id {id}) n'est plus celle qui a été signée.",
            "History tampered with since the signed record “{record}”: entry no. {n} "
            "(id {id}) is not the one that was signed.",
            record=record, n=self.position, id=self.entry_id)


def compare(session: Session, sealed: Seal) -> SealBreak | None:
    """The first entry of the history that differs from what `sealed` holds, or None."""
    table = schema.table("historyentry")
    rows = list(session.connection().execute(
        sql_select(table.c.id, table.c.hash).order_by(table.c.id).limit(sealed.count)))
    for position, digest in enumerate(sealed.digests, start=1):
        if position > len(rows):
            return SealBreak(None, position, "shortened", kept=len(rows))
        entry_id, value = rows[position - 1]
        if str(value)[:DIGEST_LENGTH] != digest:
            return SealBreak(int(entry_id), position, "differs")
    if sealed.count and (len(rows) < sealed.count or rows[sealed.count - 1][1] != sealed.head):
        last = rows[-1][0] if rows else None
        return SealBreak(last, min(len(rows), sealed.count) or 1, "differs")
    return None


_UNCOMPARED = frozenset({"id", "reference", "position", "created_at", "updated_at"})


def _stored_text(field: str, value: object) -> str:
    """A column's value as the history writes it (a yes/no is stored as 0/1)."""
    spec = catalogue.find(field)
    if spec is not None and spec.kind is catalogue.Kind.YES_NO and value is not None:
        value = bool(value)
    return _text(value)


def consistency(session: Session) -> ChainBreak | None:
    """What a history with recomputed hashes still cannot hide, without an outside anchor.

    Every activity is mentioned by some entry (unless a whole register was restored);
    each edit of a field starts from the value the previous edit left; the last edit's
    value is the one stored. A history erased whole, its last entries removed, or an
    entry rewritten with every later hash recomputed fails one of these; `check
    --against` a signed record catches the rest.
    """
    conn = session.connection()
    rows = {row["reference"]: row for row in conn.execute(
        sql_select(schema.table("activity"))).mappings()}
    table = schema.table("historyentry")
    found = list(conn.execute(sql_select(
        table.c.id, table.c.action, table.c.entity, table.c.ref, table.c.field, table.c.old,
        table.c.new).order_by(table.c.id)))
    if not found:
        return ChainBreak(None, 1, "erased") if rows else None
    restored = any(action == "restore" and entity == "register"
                   for _, action, entity, *_rest in found)
    if not restored:
        mentioned = {ref for _, _, entity, ref, *_rest in found if entity == "activity"}
        for ref in rows:
            if ref not in mentioned:
                return ChainBreak(None, len(found) + 1, "missing", ref=ref)
    columns = set(next(iter(rows.values())).keys()) - _UNCOMPARED if rows else set()
    last: dict[tuple[str, str], tuple[int, int, str]] = {}
    for position, (entry_id, action, entity, ref, field, old, new) in enumerate(found, 1):
        if entity != "activity":
            continue
        if action in ("delete", "restore", "create", "import", "duplicate"):
            for key in [k for k in last if k[0] == ref]:
                del last[key]
            continue
        if action != "edit" or field not in columns:
            continue
        before = last.get((ref, field))
        if before is not None and before[2] != old:
            return ChainBreak(entry_id, position, "values", ref=ref, field=field)
        last[(ref, field)] = (entry_id, position, new)
    for (ref, field), (entry_id, position, new) in last.items():
        row = rows.get(ref)
        if row is not None and _stored_text(field, row[field]) != new:
            return ChainBreak(entry_id, position, "values", ref=ref, field=field)
    return None
