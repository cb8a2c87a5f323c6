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

from sqlmodel import Session, col, select

from model.core.clock import current_user, now
from model.core.i18n import t
from model.storage import schema

GENESIS = "0" * 64
_FIELDS = ("at", "user", "action", "entity", "ref", "field", "old", "new")


def entry_hash(prev_hash: str, entry: schema.HistoryEntry) -> str:
    payload = "\x1f".join([prev_hash, *(str(getattr(entry, name)) for name in _FIELDS)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _meta(session: Session, key: str) -> schema.Meta:
    row = session.get(schema.Meta, key)
    if row is None:
        row = schema.Meta(key=key, value="")
        session.add(row)
    return row


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
    """Append one entry in the caller's transaction."""
    head = _meta(session, "history_head")
    count = _meta(session, "history_count")
    prev = head.value or GENESIS
    entry = schema.HistoryEntry(
        at=now(), user=current_user(), action=action, entity=entity, ref=ref, field=field,
        old=_text(old), new=_text(new), prev_hash=prev,
    )
    entry.hash = entry_hash(prev, entry)
    session.add(entry)
    head.value = entry.hash
    known = _count(count.value)
    if known is not None:  # a tampered count stays as found: `check` must still see it
        count.value = str(known + 1)
    return entry


class _Row:
    """The fields of an entry without the ORM object, for `record_many`."""

    __slots__ = ("action", "at", "entity", "field", "new", "old", "ref", "user")

    def __init__(self, **values: str) -> None:
        for name, value in values.items():
            setattr(self, name, value)


def record_many(session: Session, entries: Sequence[Mapping[str, object]]) -> None:
    """Append many entries in the caller's transaction, with one `executemany`.

    The same chain as `record` called in a loop (each entry hashes the one
    before it), without an ORM object per entry: an import of 10,000 rows
    writes 10,000 entries. Each mapping holds `action`, `entity` and any of
    `ref`, `field`, `old`, `new`.
    """
    if not entries:
        return
    session.flush()  # entries recorded before these keep their place in the chain
    head = _meta(session, "history_head")
    count = _meta(session, "history_count")
    prev = head.value or GENESIS
    stamp, user = now(), current_user()
    rows: list[tuple[str, ...]] = []
    for entry in entries:
        values = {"at": stamp, "user": user, "action": str(entry["action"]),
                  "entity": str(entry["entity"]), "ref": _text(entry.get("ref", "")),
                  "field": _text(entry.get("field", "")), "old": _text(entry.get("old", "")),
                  "new": _text(entry.get("new", ""))}
        digest = entry_hash(prev, _Row(**values))  # type: ignore[arg-type]
        rows.append((*(values[name] for name in _FIELDS), prev, digest))
        prev = digest
    session.connection().exec_driver_sql(
        f"INSERT INTO historyentry ({', '.join(_FIELDS)}, prev_hash, hash) "
        f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))})", rows)
    head.value = prev
    known = _count(count.value)
    if known is not None:  # a tampered count stays as found: `check` must still see it
        count.value = str(known + len(rows))
    session.add(head)
    session.add(count)


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
    head kept beside the history is not one)."""

    def message(self) -> str:
        """One line for the user, naming the entry."""
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


def entries(session: Session, *, ref: str | None = None,
            entity: str | None = None) -> list[schema.HistoryEntry]:
    """The history in order; only the entries about `ref` (of kind `entity`) when given."""
    query = select(schema.HistoryEntry).order_by(col(schema.HistoryEntry.id))
    if ref is not None:
        query = query.where(schema.HistoryEntry.ref == ref)
    if entity is not None:
        query = query.where(schema.HistoryEntry.entity == entity)
    return list(session.exec(query))
