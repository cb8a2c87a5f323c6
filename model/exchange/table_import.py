"""Importing a parsed table into the register: the step after `importer`, in one transaction.

The API the editor's import preview builds on:

* `parse_for(session, path)` parses a table against the names the register
  already has (its categories, data subjects and recipients are matched whole);
* `ParsedTable.columns` says, column by column, where each source column goes
  (`Column.describe(lang)`: a field's label, or a named note);
* `find_duplicates(session, parsed)` lists the rows whose purpose (or name) the
  register already holds, with the activity they match;
* `apply(session, parsed, source=…, duplicates=SKIP | UPDATE | ADD)` writes it:
  rows matching an activity are skipped, update that activity, or are added
  anyway;
* `describe(parsed, …)` is the same account as text, for `registre import
  --dry-run`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.core import catalogue, collector, vocab
from model.core.catalogue import Kind
from model.core.errors import RegistreError
from model.core.i18n import language, t, tn
from model.core.text import fold, note_key
from model.exchange import importer, spreadsheets
from model.register import crud
from model.storage import history, schema, sqlite

if TYPE_CHECKING:  # `registre --help` lists --duplicates' choices: no SQLAlchemy for that
    from sqlmodel import Session

SKIP, UPDATE, ADD = "skip", "update", "add"
DUPLICATE_CHOICES = (SKIP, UPDATE, ADD)
"""What to do with a row whose purpose the register already has (`--duplicates`)."""

_LIST_ARGS = {**{spec.key: spec.argument for spec in catalogue.NAMED_LISTS},
              "transfers": "transfers", "security_measures": "security_measures"}
"""Catalogue keys of the lists an import fills, and crud's argument for each."""


@dataclass
class ImportResult:
    """What one import created, so that undo can take exactly that away again."""

    activity_ids: list[int] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    """References of existing activities that rows updated (`UPDATE`)."""
    skipped: list[int] = field(default_factory=list)
    """Lines of rows left out because their activity exists (`SKIP`)."""
    organisation_before: dict[str, str] = field(default_factory=dict)
    """Organisation fields the import filled, as they were (empty), for undo."""
    organisation_after: dict[str, str] = field(default_factory=dict)
    """The same fields as the import left them, for redo."""


@dataclass(frozen=True)
class Duplicate:
    """A row of the table whose activity the register already has."""

    line: int
    reference: str
    activity_id: int
    name: str
    sheet: str = ""
    """The row's sheet when not the table's own (`ParsedRow.sheet`)."""

    @property
    def place(self) -> tuple[str, int]:
        """The row's `ParsedRow.place`: a line of one sheet."""
        return self.sheet, self.line


def known_categories(session: Session) -> list[str]:
    return [c.name for c in crud.list_items(session, schema.DataCategory)]


def known_names(session: Session) -> dict[str, list[str]]:
    """The register's names of each list an import fills, by catalogue key."""
    return {spec.key: [item.name for item in crud.item_views(session, spec.table)]
            for spec in catalogue.NAMED_LISTS}


def parse_for(session: Session, source: Path | importer.Workbook,
              choices: Mapping[int, str] | None = None) -> importer.ParsedTable:
    """Parse a table (its path, or its workbook already read) against the names this
    register already knows; `choices` says where the user sends some columns
    (`columns.with_choices`)."""
    return against_organisation(session, importer.parse_workbook(
        _workbook(source), known=known_names(session), choices=choices))


def against_organisation(session: Session | None,
                         parsed: importer.ParsedTable) -> importer.ParsedTable:
    """`parsed` with only the organisation fields this register leaves empty (`session`
    None: a new register, empty), said in one warning: one it fills already keeps its
    value, and the table's other value is reported, not imported."""
    lang = language()
    for key, value in list(parsed.organisation.items()):
        now = _organisation_value(session, key) if session is not None else ""
        if now.strip() and now.strip() != value.strip():
            del parsed.organisation[key]
            f = catalogue.find(key, catalogue.ORGANISATION)
            parsed.warnings.append(t(
                "organisation : le registre dit déjà « {now} » pour « {field} » ; « {value} » "
                "n'est pas importé.",
                "organisation: the register already says “{now}” for “{field}”; “{value}” is "
                "not imported.", now=now, field=f.label(lang) if f else key, value=value))
        elif now.strip():
            del parsed.organisation[key]  # the register says the same already
    if parsed.organisation:
        each = t("{label} : « {value} »", "{label}: “{value}”")
        named = "; ".join(each.format(label=f.label(lang), value=" / ".join(
            parsed.organisation[f.key].splitlines()))
            for f in catalogue.ORGANISATION if f.key in parsed.organisation)
        parsed.warnings.append(t("organisation lue en tête du tableau, donnée au registre là "
                                 "où il n'en dit rien : {fields}",
                                 "organisation read above the table, given to the register "
                                 "where it says nothing yet: {fields}", fields=named))
    return parsed


def _organisation_value(session: Session, key: str) -> str:
    """The register's value of organisation field `key` ("" for a key it does not know)."""
    f = catalogue.find(key, catalogue.ORGANISATION)
    return crud.organisation_view(session).text(f) if f is not None else ""


def _workbook(source: Path | importer.Workbook) -> importer.Workbook:
    return source if isinstance(source, importer.Workbook) else importer.read_workbook(source)


def parse_for_new(source: Path | importer.Workbook, lang: str) -> importer.ParsedTable:
    """Parse a table (its path, or its workbook already read) for a register not created
    yet, in `lang`."""
    return importer.parse_workbook(_workbook(source), known=importer.starter_names(lang))


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def find_duplicates(session: Session, parsed: importer.ParsedTable) -> list[Duplicate]:
    """Rows whose purpose (or, failing one, name) is that of an activity of the register."""
    by_purpose: dict[str, Duplicate] = {}
    by_name: dict[str, Duplicate] = {}
    for activity_id, reference, name, purpose in crud.activity_names(session):
        known = Duplicate(0, reference, activity_id, name)
        if purpose:
            by_purpose.setdefault(_key(purpose), known)
        if name:
            by_name.setdefault(_key(name), known)
    if not by_purpose and not by_name:  # a new register: no row to fold
        return []
    found: list[Duplicate] = []
    for row in parsed.rows:
        match = by_purpose.get(_key(row.purpose)) if row.purpose else by_name.get(_key(row.name))
        if match is not None:
            found.append(replace(match, line=row.line, sheet=row.sheet))
    return found


def activity_fields(row: importer.ParsedRow) -> dict[str, Any]:
    """A parsed row as `crud.bulk_create_activities` takes it.

    A value the storage has no place for (a field newer than this register) is
    kept as a named note rather than dropped.
    """
    fields: dict[str, Any] = {
        "name": row.name, "purpose": row.purpose, "categories": row.categories,
        "bases": row.bases, "legal_basis_text": row.basis_text,
        "data_categories_text": row.categories_text,
    }
    notes = list(row.notes)
    for key, value in row.values.items():
        argument = _argument(key)
        if argument:
            fields[argument] = value
        else:
            notes.append((_title(key), _text(value)))
    if notes:
        fields["notes"] = _one_note_a_name(notes)
    return fields


def _one_note_a_name(notes: list[tuple[str, str]]) -> list[dict[str, str]]:
    """The row's notes as the register keeps them, a name once: the texts of columns of
    the same title ("Commentaire" twice, or "Remarque" and "remarque") are put together in
    the first one's note, a line each, as the register would refuse a second note of a
    name it has (names are matched without case, accents or extra spaces, as there)."""
    by_name: dict[str, dict[str, str]] = {}
    for name, text in notes:
        key = note_key(name)  # as the register matches note names
        note = by_name.get(key)
        if note is None:
            by_name[key] = {"name": name, "text": text}
        elif text.strip():
            note["text"] = f"{note['text']}\n{text}" if note["text"].strip() else text
    return list(by_name.values())


@functools.cache
def _argument(key: str) -> str:
    """crud's argument for catalogue field `key`'s value, "" when it has none (the value is
    kept as a note); asked for each value of each row, so worked out once a key."""
    if key in _LIST_ARGS:
        return _LIST_ARGS[key]
    f = catalogue.find(key)
    if key in catalogue.ACTIVITY_TEXT_FIELDS or (f is not None and f.kind == Kind.PER_ITEM):
        return key
    return ""


def _title(key: str) -> str:
    f = catalogue.find(key)
    return f.label(language()) if f is not None else key


def _text(value: Any) -> str:
    """A value as a note's text, every part of it kept."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(f"{k} : {v}" for k, v in value.items())
    return ", ".join(map(str, value))


def apply(session: Session, parsed: importer.ParsedTable, *, source: str,
          duplicates: str = ADD) -> ImportResult:
    """Create one activity a row, at the end of the register, in the caller's transaction.

    `duplicates` says what becomes of rows whose activity the register already
    has (see `find_duplicates`): SKIP leaves them out, UPDATE writes their cells
    into that activity (the fields the row fills; the others are kept), ADD
    creates them as new activities.
    """
    _refuse_errors(parsed)
    if duplicates not in DUPLICATE_CHOICES:
        raise ValueError(duplicates)
    with collector.paused():  # rows of lasting objects, no cycles (see there)
        return _apply(session, parsed, source=source, duplicates=duplicates)


def apply_shaped(session: Session, parsed: importer.ParsedTable,
                 chunks: Iterable[Sequence[Mapping[str, Any]]], *, source: str) -> ImportResult:
    """`apply` of a table every row of which is a new activity (the register has none to
    match), its rows given as `activity_fields` made them, a chunk at a time: each chunk is
    written as it comes, while the next is being made (`registre import` into a new
    register makes them on another core). `parsed` is the table without its rows."""
    _refuse_errors(parsed)
    with collector.paused():
        result = ImportResult()
        known = set(known_categories(session))
        with sqlite.indexes_after(session.connection()):
            for chunk in chunks:
                _create(session, chunk, result)
        return _finish(session, parsed, result, known, source)


def _refuse_errors(parsed: importer.ParsedTable) -> None:
    if parsed.errors:
        raise RegistreError(t("Le tableau contient des erreurs ; rien n'a été importé.",
                              "The table has errors; nothing was imported."))


def _apply(session: Session, parsed: importer.ParsedTable, *, source: str,
           duplicates: str) -> ImportResult:
    """`apply`, once its arguments are known good."""
    result = ImportResult()
    known = set(known_categories(session))
    matches = {} if duplicates == ADD else {d.place: d for d in find_duplicates(session, parsed)}
    new_rows: list[dict[str, Any]] = []
    for row in parsed.rows:
        match = matches.get(row.place)
        if match is None:
            new_rows.append(activity_fields(row))
        elif duplicates == SKIP:
            result.skipped.append(row.line)
        else:
            _update(session, match.activity_id, activity_fields(row))
            result.updated.append(match.reference)
    with sqlite.indexes_after(session.connection()):
        _create(session, new_rows, result)
    return _finish(session, parsed, result, known, source)


def _create(session: Session, rows: Sequence[Mapping[str, Any]], result: ImportResult) -> None:
    """New activities of `rows`, after the register's, named in `result`."""
    for activity_id, reference in crud.bulk_create_activities(session, rows):
        result.activity_ids.append(activity_id)
        result.references.append(reference)


def _finish(session: Session, parsed: importer.ParsedTable, result: ImportResult,
            known: set[str], source: str) -> ImportResult:
    """The import's last steps once its rows are written: the categories it created (`known`:
    the register's before), the organisation fields it fills, its history entry."""
    now_known = set(known_categories(session))
    result.new_categories = [c for c in parsed.new_categories if c in now_known - known]
    empty = {key: value for key, value in parsed.organisation.items()
             if not _organisation_value(session, key).strip()}
    if empty:  # a field the register fills already is never overwritten
        result.organisation_before = crud.update_organisation(session, **empty)
        result.organisation_after = {key: empty[key] for key in result.organisation_before}
    history.record(session, action="import", entity="register", ref=source,
                   new=f"{len(result.references)}")
    return result


def _update(session: Session, activity_id: int, fields: dict[str, Any]) -> None:
    """Write a row's filled cells into an existing activity (each change in the history)."""
    lists = {key: fields.pop(key) for key in ("categories", "subjects", "recipients",
                                               "transfers", "bases", "category_retention")
             if fields.get(key)}
    notes = fields.pop("notes", None)
    if notes:  # the row's notes replace the activity's notes of those names, others stay
        current = crud.activity_dict(session, session.get(schema.Activity, activity_id))["notes"]
        given = {note["name"]: note["text"] for note in notes}
        lists["notes"] = [{"name": n["name"], "text": given.pop(n["name"], n["text"])}
                          for n in current] + [{"name": k, "text": v} for k, v in given.items()]
    scalars = {key: value for key, value in fields.items()
               if key in catalogue.ACTIVITY_TEXT_FIELDS and value not in ("", None)}
    if fields.get("security_measures"):
        scalars["security_measures"] = fields["security_measures"]
    if scalars:
        crud.update_activity(session, activity_id=activity_id, **scalars)
    if lists:
        crud.set_activity_lists(session, activity_id=activity_id, **lists)


def describe(parsed: importer.ParsedTable, name: str, *, dry_run: bool,
             duplicate_rows: list[Duplicate] | None = None) -> str:
    """A readable account of a parsed table: its columns, each row, then every problem."""
    lang = language()
    lines = []
    if dry_run:
        lines.append(tn(len(parsed.rows),
                        ("Aperçu de « {file} » : {n} activité (rien n'a été modifié).",
                         "Aperçu de « {file} » : {n} activités (rien n'a été modifié)."),
                        ("Preview of “{file}”: {n} activity (nothing was changed).",
                         "Preview of “{file}”: {n} activities (nothing was changed)."),
                        file=name))
        if parsed.sheet:
            lines.append(t("Feuille : « {sheet} »", "Sheet: “{sheet}”", sheet=parsed.sheet))
        for sheet in parsed.joined_sheets:
            lines.append(t("Feuille jointe : « {sheet} »", "Joined sheet: “{sheet}”",
                           sheet=sheet))
        for sheet in parsed.more_sheets:
            lines.append(t("Feuille d'autres activités : « {sheet} »",
                           "Sheet of more activities: “{sheet}”", sheet=sheet))
        lines.append(t("Colonnes :", "Columns:"))
        for column in parsed.columns:
            title = column.title or t("(sans titre, colonne {n})", "(untitled, column {n})",
                                      n=column.index + 1)
            lines.append(f"  {column_letter(column.index):>3}  {title}  →  {column.describe(lang)}")
        for row in parsed.rows:
            bases = ", ".join(_basis_label(code) for code, _ in row.bases) or "—"
            cats = ", ".join(row.categories) or "—"
            lines.append(f"  {row.line:>4}  {row.sheet + ' › ' if row.sheet else ''}{row.name}")
            lines.append(t("        catégories : {cats}", "        categories: {cats}", cats=cats))
            lines.append(t("        fondements : {bases}", "        legal bases: {bases}",
                           bases=bases))
    if duplicate_rows:
        lines.append(tn(len(duplicate_rows),
                        ("{n} ligne reprend une activité déjà au registre :",
                         "{n} lignes reprennent des activités déjà au registre :"),
                        ("{n} row repeats an activity already in the register:",
                         "{n} rows repeat activities already in the register:")))
        for dup in duplicate_rows:
            lines.append(t("  feuille « {sheet} », ligne {line} → {ref} « {name} »",
                           "  sheet “{sheet}”, line {line} → {ref} “{name}”", sheet=dup.sheet,
                           line=dup.line, ref=dup.reference, name=dup.name) if dup.sheet else
                         t("  ligne {line} → {ref} « {name} »", "  line {line} → {ref} “{name}”",
                           line=dup.line, ref=dup.reference, name=dup.name))
        lines.append(t("  (--duplicates skip : les laisser ; update : mettre ces activités à "
                       "jour ; add : les ajouter quand même)",
                       "  (--duplicates skip: leave them out; update: update those "
                       "activities; add: add them anyway)"))
    if parsed.new_categories:
        lines.append(t("Nouvelles catégories créées : {names}", "New categories created: {names}",
                       names=", ".join(parsed.new_categories)))
    errors, warnings = importer.grouped(parsed)  # a message many rows share, once
    error = t("Erreur : {msg}", "Error: {msg}")  # the wording once, not once a message
    lines.extend(error.format(msg=message) for message in errors)
    lines.extend(warning_lines(warnings))
    return "\n".join(lines)


def warning_lines(messages: list[str]) -> list[str]:
    """Each warning of an import's account as its line says it ("Attention : …")."""
    warning = t("Attention : {msg}", "Warning: {msg}")  # the wording once, not once a message
    return [warning.format(msg=message) for message in messages]


column_letter = spreadsheets.column_letter
"""A spreadsheet column's letters (the preview names columns by them)."""


def _basis_label(code: str) -> str:
    term = vocab.by_code(vocab.LEGAL_BASES, code)
    return f"{term.label(language())} ({term.article})" if term else code
