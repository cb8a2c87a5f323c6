"""The register as a spreadsheet (XLSX, ODS, CSV), and that spreadsheet read back exactly.

Every column comes from the field catalogue: one column per field of an
activity, titled with its label in the register's language, so the importer
recognises each title as the field it names. Lists (items, choices, texts) are
written one item per line, the way the importer splits them; a sub-record
(a legal basis, a transfer) takes one group of columns per record
("Transferts hors UE 2 › Pays"), as many groups as the busiest activity needs,
so nothing has to be parsed back out of prose. The user's named notes come
last, one column per note name (another one where an activity orders its notes
otherwise than the columns, so that each keeps its own order). XLSX and ODS add
the organisation and each of the register's lists on sheets of their own; CSV
holds the activities only (one table is all a CSV file can hold).

`document()` is the exact inverse: a workbook written here gives back the JSON
document it came from, which `jsondoc.restore_document` loads into an empty
register. A character that is not text (`text.NOT_TEXT`: a control character, which XML
cannot hold) is written as U+FFFD, a vertical tab as a line break, in every format. In XLSX,
a text that would read as one of Excel's escapes ("_x000D_") is written escaped, so it comes
back as it was.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from model.core import catalogue, reasons, vocab
from model.core.catalogue import Field, ItemList, Kind
from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t, t_in
from model.core.text import as_text, as_texts
from model.exchange import columns, importer, jsondoc, spreadsheets

FORMATS = (".xlsx", ".ods", ".csv")
"""Spreadsheet formats `write` knows, by file extension."""

@dataclass
class Sheet:
    """One table of the workbook: a title row, then text cells."""

    name: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


# -- values <-> cells ------------------------------------------------------------------------

def _yes_no(lang: str) -> tuple[str, str]:
    return (t_in(lang, "Oui", "Yes"), t_in(lang, "Non", "No"))


def cell(f: Field, value: Any, lang: str) -> str:
    """A field's value as the text of its cell."""
    if value is None:
        return ""
    if f.kind == Kind.YES_NO:
        yes, no = _yes_no(lang)
        return yes if value else no
    if f.kind == Kind.CHOICE:
        return vocab.label_of(f.vocabulary, str(value), lang) if value else ""
    if f.kind == Kind.CHOICES:
        return "\n".join(vocab.label_of(f.vocabulary, str(code), lang) for code in value)
    if f.kind in (Kind.TEXTS, Kind.ITEMS):
        return "\n".join(str(v) for v in value)
    return str(value)


def _code(f: Field, text: str) -> str:
    """A vocabulary code from its label in either language (or the code itself)."""
    for term in f.vocabulary:
        if text in (term.code, term.fr, term.en):
            return term.code
    return text


def value(f: Field, text: str, lang: str) -> Any:
    """The inverse of `cell`."""
    if f.kind == Kind.YES_NO:
        if text == "":
            return None if f.nullable else False
        return text in (_yes_no(lang)[0], t_in("en" if lang == "fr" else "fr", "Oui", "Yes"))
    if f.kind == Kind.CHOICE:
        return _code(f, text) if text else ""
    if f.kind == Kind.CHOICES:
        return [_code(f, line) for line in text.split("\n")] if text else []
    if f.kind in (Kind.TEXTS, Kind.ITEMS):
        return text.split("\n") if text else []
    if text == "" and f.nullable:
        return None
    return text


"""Kinds written as numbered groups of columns, one group per record (or item)."""


def _records(f: Field, value: Any) -> list[dict[str, Any]]:
    """A grouped field's value as records, one per group of columns."""
    if f.kind == Kind.PER_ITEM:
        item, text = columns.group_fields(f)
        return [{item.key: [name], text.key: period} for name, period in (value or {}).items()]
    return list(value or [])


def _from_records(f: Field, records: list[dict[str, Any]]) -> Any:
    if f.kind == Kind.PER_ITEM:
        item, text = columns.group_fields(f)
        return {"\n".join(r[item.key]): r[text.key] for r in records}
    return records


# -- the register -> sheets ------------------------------------------------------------------

def _note_names(activities: Sequence[dict[str, Any]], key: str) -> list[str]:
    names: dict[str, None] = {}
    for activity in activities:
        for note in activity.get(key) or []:
            names.setdefault(str(note["name"]), None)
    return list(names)


def _note_layout(activities: Sequence[dict[str, Any]], key: str
                ) -> tuple[list[str], list[dict[int, str]]]:
    """The note columns' names in order, and each activity's note texts by column.

    The reader takes an activity's notes in column order, so every activity's notes must
    come in its own order: a name has its column where it first appears, and an activity
    that orders its notes otherwise (after "Pilote", a note "Origine" whose column comes
    before) has that note in another column of the same name and title, at the end."""
    names = _note_names(activities, key)
    places: dict[str, list[int]] = {}  # a name's columns, in order
    for column, name in enumerate(names):
        places[name] = [column]
    texts: list[dict[int, str]] = []
    for activity in activities:
        row: dict[int, str] = {}
        last = -1
        for note in activity.get(key) or []:
            text = str(note.get("text") or "")
            if not text:
                continue  # an empty note is no cell, and the reader reads none
            name = str(note["name"])
            columns_of = places[name]
            found = bisect.bisect_right(columns_of, last)
            if found == len(columns_of):
                names.append(name)
                columns_of.append(len(names) - 1)
            last = columns_of[found]
            row[last] = text
        texts.append(row)
    return names, texts


def activities_sheet(doc: dict[str, Any]) -> Sheet:
    """One row per activity, one column per catalogue field (per record field, per note)."""
    lang = str(doc.get("language") or "fr")
    activities: list[dict[str, Any]] = doc["activities"]
    header: list[str] = []
    writers: list[Any] = []
    for f in catalogue.ACTIVITY:
        if f.kind in columns.GROUPED:
            groups = max([1, *(len(a.get(f.key) or []) for a in activities)])
            for number in range(1, groups + 1):
                for sub in columns.group_fields(f):
                    header.append(columns.group_title(f, sub, number, lang))
                    writers.append(_record_writer(f, sub, number - 1, lang))
        elif f.kind != Kind.NOTES:
            header.append(f.label(lang))
            writers.append(_field_writer(f, lang))
    sheet = Sheet(t_in(lang, "Activités", "Activities"), header)
    sheet.rows = [[write(activity) for write in writers] for activity in activities]
    for f in catalogue.ACTIVITY:  # the notes last, once every other title is known
        if f.kind == Kind.NOTES:
            names, texts = _note_layout(activities, f.key)
            titles: dict[str, str] = {}  # a name's second column is titled as its first
            for name in names:
                if name not in titles:
                    titles[name] = note_column(f, name, header, lang)
                header.append(titles[name])
            for row, by_column in zip(sheet.rows, texts, strict=True):
                row.extend(by_column.get(column, "") for column in range(len(names)))
    return sheet


def _field_writer(f: Field, lang: str) -> Any:
    return lambda activity: cell(f, activity.get(f.key, f.default), lang)


def _record_writer(f: Field, sub: Field, index: int, lang: str) -> Any:
    def write(activity: dict[str, Any]) -> str:
        records = _records(f, activity.get(f.key))
        return cell(sub, records[index].get(sub.key, sub.default), lang) if index < len(
            records) else ""
    return write


def _note_prefix(f: Field, lang: str) -> str:
    return f"{f.label(lang)}{columns.GROUP_MARK}"


def note_column(f: Field, name: str, taken: Sequence[str], lang: str) -> str:
    """The title of note `name`'s column: the name itself, unless a reader would take it
    for something else (another column's title, a title naming a field, the prefix
    itself); then "Notes › name", which reads back as note `name`."""
    prefix = _note_prefix(f, lang)
    if name in taken or name.startswith(prefix) or columns.score_cell(name):
        return prefix + name
    return name


def note_name(f: Field, title: str, lang: str) -> str:
    """The note a column titled `title` holds (the inverse of `note_column`)."""
    prefix = _note_prefix(f, lang)
    return title[len(prefix):] if title.startswith(prefix) else title


def _get(record: dict[str, Any], path: tuple[str, ...]) -> Any:
    for part in path[:-1]:
        record = record.get(part) or {}
    return record.get(path[-1], "")


def organisation_sheet(doc: dict[str, Any]) -> Sheet:
    """The controller, its representative and its DPO: one field a row."""
    lang = str(doc.get("language") or "fr")
    sheet = Sheet(t_in(lang, "Organisme", "Organisation"),
                  [t_in(lang, "Champ", "Field"), t_in(lang, "Valeur", "Value")])
    org = doc.get("organisation") or {}
    sheet.rows = [[f.label(lang), cell(f, _get(org, f.path), lang)]
                  for f in catalogue.ORGANISATION]
    return sheet


def _list_fields(spec: ItemList) -> tuple[Field, ...]:
    """What a list sheet holds: the user's own fields (a legal basis: its code and description)."""
    return tuple(f for f in spec.fields if f.editable or f.key == "code")


def list_sheet(doc: dict[str, Any], spec: ItemList) -> Sheet:
    lang = str(doc.get("language") or "fr")
    fields = _list_fields(spec)
    sheet = Sheet(spec.label(lang), [f.label(lang) for f in fields])
    sheet.rows = [[cell(f, item.get(f.key, f.default), lang) for f in fields]
                  for item in doc.get(spec.key) or []]
    return sheet


def sheets(doc: dict[str, Any], *, whole: bool = True) -> list[Sheet]:
    """The workbook of `doc`: activities, then (when `whole`) the organisation and the lists."""
    found = [activities_sheet(doc)]
    if whole:
        found.append(organisation_sheet(doc))
        found.extend(list_sheet(doc, spec) for spec in catalogue.LISTS)
    return found


# -- writing ---------------------------------------------------------------------------------

EXCEL_CELL_LIMIT = 32_767
"""Characters Excel keeps in a cell (its specifications and limits): a longer text, opened
there, is cut."""


def write(doc: dict[str, Any], path: Path) -> list[str]:
    """Write `doc` as the spreadsheet `path` names by its extension, whole or not at all;
    returns what the user should know of it: each cell of an XLSX or CSV file longer than
    Excel keeps (the file holds it whole: Registre and LibreOffice read it back so)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        workbook = [activities_sheet(doc)]
        data = csv_bytes(doc, workbook[0])
    elif suffix == ".xlsx":
        workbook = sheets(doc)
        data = xlsx_bytes(workbook)
    elif suffix == ".ods":
        workbook = sheets(doc)
        data = ods_bytes(workbook)
    else:
        raise RegistreError(t("Format de tableur inconnu : « {file} » (attendu : {formats}).",
                              "Unknown spreadsheet format: “{file}” (expected: {formats}).",
                              file=path.name, formats=", ".join(FORMATS)))
    try:
        with replacing(path) as out:
            out.write(data)
    except OSError as exc:
        raise RegistreError(t("Impossible d'écrire « {file} » : {reason}.",
                              "Cannot write “{file}”: {reason}.",
                              file=path.name, reason=reasons.reason(exc))) from exc
    return [] if suffix == ".ods" else _too_long_for_excel(workbook)


def _too_long_for_excel(workbook: Sequence[Sheet]) -> list[str]:
    """One message a cell longer than `EXCEL_CELL_LIMIT`, naming its sheet, line, column."""
    found = []
    for sheet in workbook:
        for line, cells in enumerate(sheet.rows, start=2):  # line 1 holds the titles
            for column, text in enumerate(cells):
                if len(text) > EXCEL_CELL_LIMIT:
                    found.append(t(
                        "feuille « {sheet} », ligne {line}, colonne « {column} » : "
                        "{n} caractères, Excel n'en garde que {limit} par cellule ; le "
                        "fichier les contient tous (Registre et LibreOffice les relisent), "
                        "mais ne l'enregistrez pas depuis Excel.",
                        "sheet “{sheet}”, line {line}, column “{column}”: {n} characters, "
                        "Excel keeps only {limit} in a cell; the file holds them all "
                        "(Registre and LibreOffice read them back), but do not save it from "
                        "Excel.", sheet=sheet.name, line=line,
                        column=sheet.header[column] if column < len(sheet.header) else "",
                        n=len(text), limit=EXCEL_CELL_LIMIT))
    return found


def csv_delimiter(lang: str) -> str:
    """French spreadsheet programs split CSV on semicolons, English ones on commas."""
    return ";" if lang == "fr" else ","


def csv_bytes(doc: dict[str, Any], sheet: Sheet | None = None) -> bytes:
    """The activities sheet as CSV (`sheet`, when made already), UTF-8 with a byte-order
    mark (so Excel reads it as UTF-8)."""
    sheet = sheet or activities_sheet(doc)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=csv_delimiter(str(doc.get("language") or "fr")),
                        lineterminator="\r\n")
    writer.writerow(sheet.header)
    writer.writerows(sheet.rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _sheet_title(name: str, taken: set[str]) -> str:
    """An XLSX sheet title: at most 31 characters, none of []:*?/\\, unique."""
    title = re.sub(r"[\[\]:*?/\\]", "-", name)[:31] or "-"
    base, n = title, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def xlsx_bytes(workbook: Sequence[Sheet]) -> bytes:
    """An Office Open XML workbook; every cell is text (a "=…" stays text, never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    taken: set[str] = set()
    for sheet in workbook:
        ws = book.create_sheet(_sheet_title(sheet.name, taken))
        ws.freeze_panes = "A2"
        for index, title in enumerate(sheet.header):
            letter = spreadsheets.column_letter(index)
            ws.column_dimensions[letter].width = min(max(len(title), 12), 40)

        def text_cell(text: str, header: bool = False, ws: Any = ws) -> Any:
            """A plain string where openpyxl keeps it text (the fast path); a cell object for
            a header, a text of several lines (wrapped) or one openpyxl would take for a
            formula."""
            if not text:
                return None
            text = as_text(text)
            if "_x" in text:  # "_x0041_" typed: its "_" escaped, as Excel writes it
                text = spreadsheets.XLSX_ESCAPE.sub(lambda found: "_x005F" + found.group(),
                                                    text)
            if (not header and "\n" not in text and not text.startswith("=")
                    and len(text) <= EXCEL_CELL_LIMIT):
                return text
            c = WriteOnlyCell(ws, value=text)
            if len(text) > EXCEL_CELL_LIMIT:  # openpyxl cuts a text at Excel's limit, silently
                c._value = text  # the file holds it whole; `write` tells the user of Excel's
            c.data_type = "s"
            if header:
                c.font = bold
            elif "\n" in text:
                c.alignment = wrap
            return c

        ws.append([text_cell(title, header=True) for title in sheet.header])
        for row in sheet.rows:
            ws.append([text_cell(text) for text in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'office:version="1.3"'
)
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
_SPACES = re.compile(r" {2,}|^ | $|\t")


def _ods_paragraph(line: str) -> str:
    """One line as a text:p, its spaces kept (ODF collapses runs of plain spaces)."""
    def space(match: re.Match[str]) -> str:
        run = match.group(0)
        if run == "\t":
            return "<text:tab/>"
        at_edge = match.start() == 0 or match.end() == len(line)
        if at_edge:
            return f'<text:s text:c="{len(run)}"/>'
        return f' <text:s text:c="{len(run) - 1}"/>'
    parts, last = [], 0
    for match in _SPACES.finditer(line):
        parts.append(escape(line[last:match.start()]))
        parts.append(space(match))
        last = match.end()
    parts.append(escape(line[last:]))
    return f"<text:p>{''.join(parts)}</text:p>"


def _ods_cell(text: str, style: str = "") -> str:
    if not text:
        return "<table:table-cell/>"
    body = "".join(_ods_paragraph(line) for line in as_text(text).split("\n"))
    styled = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell office:value-type="string"{styled}>{body}</table:table-cell>'


def ods_bytes(workbook: Sequence[Sheet]) -> bytes:
    """An OpenDocument spreadsheet, written as the standard's XML (see the commit for why)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<office:document-content {_ODS_NS}>",
        "<office:automatic-styles>",
        '<style:style style:name="head" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>',
        "</office:automatic-styles>",
        "<office:body><office:spreadsheet>",
    ]
    for sheet in workbook:
        parts.append(f"<table:table table:name={quoteattr(as_text(sheet.name))}>")
        parts.append(f'<table:table-column table:number-columns-repeated="{len(sheet.header)}"/>')
        parts.append("<table:table-row>")
        parts.extend(_ods_cell(title, "head") for title in sheet.header)
        parts.append("</table:table-row>")
        for row in sheet.rows:
            parts.append("<table:table-row>")
            parts.extend(_ods_cell(text) for text in row)
            parts.append("</table:table-row>")
        parts.append("</table:table>")
    parts.append("</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype comes first and stored, so that tools know the file by its first bytes.
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", "".join(parts))
    return out.getvalue()


# -- sheets -> the register ------------------------------------------------------------------

def _language_of(header: Sequence[str]) -> str | None:
    """The language whose labels title the activities sheet, or None: not an export of ours."""
    for lang in vocab.LANGUAGES:
        labels = [f.label(lang) for f in catalogue.ACTIVITY
                  if f.kind not in (*columns.GROUPED, Kind.NOTES)]
        if all(label in header for label in labels):
            return lang
    return None


def is_export(header: Sequence[str]) -> bool:
    """`header` is the title row of an activities sheet written here."""
    return _language_of(header) is not None


def document(workbook: Iterable[tuple[str, Sequence[Sequence[str]]]]) -> dict[str, Any] | None:
    """The JSON document a workbook written here came from (sheets as (name, rows)), or None
    when its first sheet is not an activities sheet of ours."""
    tables = [(name, [list(r) for r in rows]) for name, rows in workbook]
    if not tables or not tables[0][1]:
        return None
    header, *rows = tables[0][1]
    lang = _language_of(header)
    if lang is None:
        return None
    doc: dict[str, Any] = {"format": jsondoc.FORMAT, "language": lang}
    doc["activities"] = [_activity(header, row, lang) for row in rows if any(row)]
    if len(tables) == 1:  # a CSV: the activities alone
        return doc
    by_name = {name: rows for name, rows in tables[1:]}
    org_rows = by_name.get(t_in(lang, "Organisme", "Organisation"), [])
    doc["organisation"] = _organisation(org_rows[1:], lang)
    for spec in catalogue.LISTS:
        doc[spec.key] = _list_items(spec, by_name.get(spec.label(lang), []), lang)
    return doc


def _activity(header: Sequence[str], row: Sequence[str], lang: str) -> dict[str, Any]:
    cells = dict(zip(header, [*row, *[""] * (len(header) - len(row))], strict=False))
    activity: dict[str, Any] = {}
    used: set[str] = set()
    for f in catalogue.ACTIVITY:
        if f.kind in columns.GROUPED:
            records: list[dict[str, Any]] = []
            subs = columns.group_fields(f)
            number = 1
            while columns.group_title(f, subs[0], number, lang) in cells:
                titles = [columns.group_title(f, sub, number, lang) for sub in subs]
                used.update(titles)
                if any(cells[title] for title in titles):
                    records.append({sub.key: value(sub, cells[title], lang)
                                    for sub, title in zip(subs, titles, strict=True)})
                number += 1
            activity[f.key] = _from_records(f, records)
        elif f.kind != Kind.NOTES:
            used.add(f.label(lang))
            activity[f.key] = value(f, cells.get(f.label(lang), ""), lang)
    for f in catalogue.ACTIVITY:
        if f.kind == Kind.NOTES:  # by column, not by title: a name may have two columns
            activity[f.key] = [{"name": note_name(f, title, lang), "text": text}
                               for title, text in zip(header, row, strict=False)
                               if text and title not in used]
    return activity


def _organisation(rows: Sequence[Sequence[str]], lang: str) -> dict[str, Any]:
    values = {r[0]: (r[1] if len(r) > 1 else "") for r in rows if r}
    org: dict[str, Any] = {}
    for f in catalogue.ORGANISATION:
        target = org
        for part in f.path[:-1]:
            target = target.setdefault(part, {})
        target[f.path[-1]] = value(f, values.get(f.label(lang), ""), lang)
    return org


def _list_items(spec: ItemList, rows: Sequence[Sequence[str]],
                lang: str) -> list[dict[str, Any]]:
    if not rows:
        return []
    header, *items = rows
    fields = [catalogue.find(title_key, spec.fields) for title_key in
              (_key_for(spec, title, lang) for title in header)]
    found = []
    for row in items:
        if not any(row):
            continue
        item = {f.key: value(f, text, lang) for f, text in zip(fields, row, strict=False)
                if f is not None}
        found.append(item)
    return found


def _key_for(spec: ItemList, title: str, lang: str) -> str:
    return next((f.key for f in spec.fields if f.label(lang) == title), "")


# -- files -> the register -------------------------------------------------------------------

def read(path: Path, sheets: Sequence[spreadsheets.Sheet] | None = None
         ) -> dict[str, Any] | None:
    """The JSON document of a spreadsheet written here, or None for any other table (which
    the importer reads as a table); a file that cannot be read at all raises RegistreError.

    `sheets`: the workbook's sheets as the importer read them, so that a workbook is not
    read twice (a CSV is: only its first line, unless it is one of ours)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        return None
    if suffix != ".csv" and sheets is not None:
        return _sheets_document(sheets)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistreError(t("Impossible de lire « {file} » : {reason}.",
                              "Cannot read “{file}”: {reason}.",
                              file=path.name, reason=reasons.reason(exc))) from exc
    if suffix == ".csv":
        return _csv_document(data)
    try:
        found = spreadsheets.read_zip_workbook(data, path.name) or []
    except RegistreError:
        raise
    except Exception:  # not a workbook of ours: the importer says what is wrong with it
        return None
    return _sheets_document(found)


def _sheets_document(sheets: Sequence[spreadsheets.Sheet]) -> dict[str, Any] | None:
    """`document` of a workbook's sheets as the importer's reader gives them."""
    return document((sheet.name, [cells for _, cells in sheet.rows]) for sheet in sheets)


def _csv_document(data: bytes) -> dict[str, Any] | None:
    importer.long_cells()  # a note as long as the importer reads is one of ours too
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    for lang in vocab.LANGUAGES:
        delimiter = csv_delimiter(lang)
        try:  # the title row first: any other table is not read twice
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
            if not is_export(header):
                continue
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        # Its cells as the importer reads them from a workbook (`importer._as_text`), which
        # tells the lines it changed.
        return document([("", as_texts(rows))])
    return None


def restore(session: Any, doc: dict[str, Any], *, name: str,
            shaped: bool | None = None) -> int:
    """Load a spreadsheet export into an empty register, like a JSON export; what the file
    does not hold (a CSV has no organisation sheet nor lists) stays as the register has it.
    `shaped`: as `jsondoc.restore_document` takes it."""
    current = jsondoc.export_document(session)
    return jsondoc.restore_document(session, {**current, **doc}, name=name, shaped=shaped)
