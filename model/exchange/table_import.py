"""Importing a parsed table into the register: the step after `importer`, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from model.core import vocab
from model.core.errors import RegistreError
from model.core.i18n import language, t, tn
from model.exchange import importer
from model.register import crud
from model.storage import history, schema


@dataclass
class ImportResult:
    """What one import created, so that undo can take exactly that away again."""

    activity_ids: list[int] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)


def known_categories(session: Session) -> list[str]:
    return [c.name for c in crud.list_items(session, schema.DataCategory)]


def parse_for(session: Session, path: Path) -> importer.ParsedTable:
    """Parse `path` against the categories this register already knows."""
    return importer.parse_table(path, known_categories=known_categories(session))


def apply(session: Session, parsed: importer.ParsedTable, *, source: str) -> ImportResult:
    """Create one activity a row, at the end of the register, in the caller's transaction."""
    if parsed.errors:
        raise RegistreError(t("Le tableau contient des erreurs ; rien n'a été importé.",
                              "The table has errors; nothing was imported."))
    result = ImportResult()
    known = set(known_categories(session))
    result.new_categories = [c for c in parsed.new_categories if c not in known]
    created = crud.bulk_create_activities(session, [
        {"name": row.name, "purpose": row.purpose, "categories": row.categories,
         "bases": row.bases, "legal_basis_text": row.basis_text,
         "data_categories_text": row.categories_text}
        for row in parsed.rows
    ])
    result.activity_ids = [activity_id for activity_id, _ in created]
    result.references = [reference for _, reference in created]
    history.record(session, action="import", entity="register", ref=source,
                   new=f"{len(result.references)}")
    return result


def describe(parsed: importer.ParsedTable, name: str, *, dry_run: bool) -> str:
    """A readable account of a parsed table: each row, then every problem."""
    lines = []
    if dry_run:
        lines.append(tn(len(parsed.rows),
                        ("Aperçu de « {file} » : {n} activité (rien n'a été modifié).",
                         "Aperçu de « {file} » : {n} activités (rien n'a été modifié)."),
                        ("Preview of “{file}”: {n} activity (nothing was changed).",
                         "Preview of “{file}”: {n} activities (nothing was changed)."),
                        file=name))
        for row in parsed.rows:
            bases = ", ".join(_basis_label(code) for code, _ in row.bases) or "—"
            cats = ", ".join(row.categories) or "—"
            lines.append(f"  {row.line:>4}  {row.name}")
            lines.append(t("        catégories : {cats}", "        categories: {cats}", cats=cats))
            lines.append(t("        fondements : {bases}", "        legal bases: {bases}",
                           bases=bases))
    if parsed.new_categories:
        lines.append(t("Nouvelles catégories créées : {names}", "New categories created: {names}",
                       names=", ".join(parsed.new_categories)))
    for message in parsed.errors:
        lines.append(t("Erreur : {msg}", "Error: {msg}", msg=message))
    for message in parsed.warnings:
        lines.append(t("Attention : {msg}", "Warning: {msg}", msg=message))
    return "\n".join(lines)


def _basis_label(code: str) -> str:
    term = vocab.by_code(vocab.LEGAL_BASES, code)
    return f"{term.label(language())} ({term.article})" if term else code
