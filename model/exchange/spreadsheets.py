"""Reading workbooks (XLSX, ODS and flat FODS) into sheets of text cells.

What a user saw in the spreadsheet program is what we read: a formula gives
its computed (cached) value, a merged cell's value fills every cell it covers (one
keeping text of its own, hidden by the merge, keeps that),
and hidden sheets, rows and columns are read but reported. The comments (annotations) on
cells are read too, as the user's words beside a cell (`Sheet.comments`), and so are the
addresses cells link to under their label (`Sheet.links`); a number whose
format shows zeros before it (a postcode, a phone number) keeps them, and one shown with its
decimals, thousands or as a percent comes as its format writes it ("1 234,50", "50%"), in the
user's language's marks (an ODS cell's paragraph is that text already). A formula without a
cached value (a file written by a script and never opened in a spreadsheet
program) cannot be read as the user means it, so it is refused, naming the
cell.

An XLSX workbook is opened by openpyxl (read-only mode: its sheets, their names and
states, shared strings and date styles); each sheet's cells are read with lxml's
incremental parser into the values openpyxl would give (`_sheet_rows`; a sheet it does
not read as openpyxl would is left to openpyxl's own rows). The few facts the read-only
mode does not give (merged ranges, hidden rows and columns, formulas without a value) are
read from the sheet's XML with light byte-level patterns, only when the sheet holds any.
ODS and FODS are OpenDocument XML, read with the standard library's incremental parser
guarded by defusedxml (no DTD, no entities: a flat FODS is plain XML from the user and must
not expand).

Every archive is checked before any parsing: the sizes its members declare,
added up, must stay under `MAX_UNZIPPED_BYTES` (zipfile never inflates a
member beyond its declared size, so the declaration is binding).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import decimal
import io
import math
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from model.core.errors import RegistreError
from model.core.i18n import language, t

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""Inflated size of a workbook's parts; a register of 10,000 activities needs a fraction."""

MAX_ROWS = 200_000
"""More sheet rows than this (blank ones included) are refused."""

MAX_COLUMNS = 1024
"""Sheet columns read. A register has a few dozen (an export with many transfers, a few
hundred); a sheet may claim 16 384, and a filled cell beyond this is refused, not dropped."""

MAX_SHEETS = 64

RawRow = tuple[int, list[str]]
"""(sheet row number, cells), before any interpretation."""


@dataclass
class Sheet:
    """One sheet of a workbook, as text cells."""

    name: str
    rows: list[RawRow] = field(default_factory=list)
    hidden: bool = False
    hidden_rows: list[int] = field(default_factory=list)
    """Row numbers the spreadsheet program hides (or filters out); read like the others."""
    hidden_columns: list[int] = field(default_factory=list)
    """0-based columns hidden in the workbook: read like the others, and reported."""
    comments: dict[tuple[int, int], str] = field(default_factory=dict)
    """The comments (annotations) of cells, by (sheet row number, 0-based column): text the
    user wrote beside a cell, kept as the cell's note."""
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    """The addresses cells link to (a hyperlink, a HYPERLINK formula), by (sheet row number,
    0-based column): the cell shows a label ("Rapport d'AIPD"), the address is the user's too."""

    def beside(self) -> list[tuple[tuple[int, int], bool, str]]:
        """What the cells carry besides their text, in sheet order: ((line, column), is a
        link, text) of each comment and of each link whose address the cell does not show
        already (an address typed out is no more words)."""
        shown = dict(self.rows) if self.links else {}
        said = [(place, False, text) for place, text in self.comments.items()]
        for (line, column), address in self.links.items():
            cells = shown.get(line, [])
            if column >= len(cells) or address.strip() not in cells[column]:
                said.append(((line, column), True, address))
        return sorted(said)


# --------------------------------------------------------------------------- messages


class _Unreadable(RegistreError):
    """A workbook no parser reads: damaged, another format, or XML a script wrote with
    characters XML cannot hold (`_xml_cleaned`)."""


def _unreadable(filename: str, kind: str) -> RegistreError:
    return _Unreadable(
        t(
            "{file} n'est pas un classeur {kind} lisible (fichier abîmé ou d'un autre format).",
            "{file} is not a readable {kind} workbook (damaged, or another format).",
            file=filename,
            kind=kind,
        )
    )


def _too_big_unzipped(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} se décompresse en plus de {mb} Mo : ce n'est pas un registre à importer "
            "(archive piégée ou classeur démesuré).",
            "{file} inflates to more than {mb} MB: not a register to import (a zip bomb, or "
            "an oversized workbook).",
            file=filename,
            mb=MAX_UNZIPPED_BYTES // (1024 * 1024),
        )
    )


def _too_many_rows(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} a plus de {rows} lignes : ce n'est pas un registre à importer.",
            "{file} has more than {rows} rows: not a register to import.",
            file=filename,
            rows=MAX_ROWS,
        )
    )


def _too_many_columns(filename: str, sheet: str) -> RegistreError:
    return RegistreError(
        t(
            "{file}, feuille « {sheet} » : du texte au-delà de la colonne {columns} ; ce "
            "n'est pas un registre à importer.",
            "{file}, sheet “{sheet}”: text beyond column {columns}; not a register to import.",
            file=filename,
            sheet=sheet,
            columns=MAX_COLUMNS,
        )
    )


def _no_cached_value(filename: str, sheet: str, cell: str) -> RegistreError:
    return RegistreError(
        t(
            "{file}, feuille « {sheet} », cellule {cell} : formule sans valeur calculée. "
            "Ouvrez le fichier dans un tableur (LibreOffice, Excel) et enregistrez-le, puis "
            "importez-le à nouveau.",
            "{file}, sheet “{sheet}”, cell {cell}: a formula without a computed value. Open "
            "the file in a spreadsheet program (LibreOffice, Excel), save it, then import it "
            "again.",
            file=filename,
            sheet=sheet,
            cell=cell,
        )
    )


# --------------------------------------------------------------------------- archives


def _open_archive(data: bytes, filename: str, kind: str) -> zipfile.ZipFile:
    """The archive, once the sizes its members declare are known to be bounded."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on garbage
        raise _unreadable(filename, kind) from exc
    if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
        archive.close()
        raise _too_big_unzipped(filename)
    return archive


def is_ods(archive: zipfile.ZipFile) -> bool:
    try:
        mimetype = archive.read("mimetype")[:100]
    except KeyError:
        return "content.xml" in archive.namelist() and "xl/workbook.xml" not in archive.namelist()
    return b"opendocument.spreadsheet" in mimetype


def read_zip_workbook(data: bytes, filename: str) -> list[Sheet] | None:
    """Sheets of an XLSX or ODS archive; None when the archive is neither."""
    # An ODS names its kind first, uncompressed: a damaged one is told as an ODS.
    kind = "ODS" if b"opendocument.spreadsheet" in data[:256] else "XLSX"
    archive = _open_archive(data, filename, kind)
    with archive:
        names = set(archive.namelist())
        if is_ods(archive):
            try:
                content = archive.read("content.xml")
                styles = archive.read("styles.xml") if "styles.xml" in names else b""
            except Exception as exc:
                raise _unreadable(filename, "ODS") from exc
            return read_ods_xml(content, filename, extra_styles=styles)
        if not any(n.endswith("workbook.xml") for n in names):
            return None
        try:
            return _read_xlsx(data, archive, filename)
        except _Unreadable:
            cleaned = _archive_cleaned(archive)
            if cleaned is None:
                raise
    with _open_archive(cleaned, filename, "XLSX") as archive:
        return _read_xlsx(cleaned, archive, filename)


_XML_FORBIDDEN = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]"
    rb"|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])"
    rb"|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]));")
"""What XML 1.0 cannot hold, in a UTF-8 part: a control character other than tab and line
breaks, the noncharacters U+FFFE and U+FFFF, as they are or as character references."""


def _xml_cleaned(xml: bytes) -> bytes | None:
    """`xml` with each character XML cannot hold replaced by U+FFFD, which the import's
    account then tells (a script wrote it so; no parser reads it); None when it holds none,
    or is not UTF-8 (its bytes are not characters then)."""
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff") or xml[1:2] == b"\x00":
        return None
    cleaned, found = _XML_FORBIDDEN.subn("\ufffd".encode(), xml)
    return cleaned if found else None


def _archive_cleaned(archive: zipfile.ZipFile) -> bytes | None:
    """A copy of the workbook `archive` whose XML parts are `_xml_cleaned`, None when none
    holds a character XML cannot hold (its sizes were checked when it was opened)."""
    parts: dict[str, bytes] = {}
    changed = False
    try:
        for name in archive.namelist():
            body = archive.read(name)
            cleaned = _xml_cleaned(body) if name.endswith((".xml", ".rels")) else None
            changed = changed or cleaned is not None
            parts[name] = body if cleaned is None else cleaned
    except Exception:  # zipfile raises many kinds on a damaged member
        return None
    if not changed:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        for name, body in parts.items():
            copy.writestr(name, body)
    return out.getvalue()


# --------------------------------------------------------------------------- XLSX


def cell_text(value: object) -> str:
    """A sheet value as the user saw it: 2.0 is "2", dates are ISO, a decimal in the
    language's mark ("1,5" in French) and to the 15 digits a spreadsheet keeps (0.1 + 0.2
    is "0,3", not the float's 0.30000000000000004)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("VRAI", "TRUE") if value else t("FAUX", "FALSE")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float) and math.isfinite(value):
        return repr(float(f"{value:.15g}")).replace(".", _marks()[0])
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return unicodedata.normalize("NFC", xlsx_unescaped(str(value)))


XLSX_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
"""How XLSX writes a character its XML cannot hold (ECMA-376, ST_Xstring): "_x000D_" for
the carriage return Excel keeps before each line break in a cell, "_x000B_" for a
vertical tab, "_x005F_" for an underscore that would otherwise begin one."""


def xlsx_unescaped(text: str) -> str:
    """An XLSX text as the spreadsheet program shows it: each `XLSX_ESCAPE` its character
    (openpyxl leaves "_x000D_" in the text, which would be imported as written). A
    character that is not text then goes where any other does (see `importer._as_text`)."""
    if "_x" not in text:
        return text
    return XLSX_ESCAPE.sub(lambda found: chr(int(found.group(1), 16)), text)


_COLUMN_RE = re.compile(r"([A-Z]{1,3})(\d+)")


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _cell_ref(ref: str) -> tuple[int, int] | None:
    """(row number, 0-based column) of "B12"."""
    match = _COLUMN_RE.fullmatch(ref.replace("$", ""))
    if not match:
        return None
    return int(match.group(2)), _column_index(match.group(1))


_P = rb"(?:[\w.-]+:)?"  # an optional namespace prefix, as some writers use
_MERGE_RE = re.compile(rb"<" + _P + rb"mergeCell\b[^>]*?\bref=\"([A-Z$0-9:]+)\"")
_ROW_RE = re.compile(rb"<" + _P + rb"row\b([^>]*)>")
_HIDDEN_RE = re.compile(rb"\bhidden=\"(?:1|true)\"")
_ROW_NUMBER_RE = re.compile(rb"\br=\"(\d+)\"")
_COL_RE = re.compile(rb"<" + _P + rb"col\b([^>]*)>")
_COL_MIN_RE = re.compile(rb"\bmin=\"(\d+)\"")
_COL_MAX_RE = re.compile(rb"\bmax=\"(\d+)\"")  # either first: LibreOffice writes max first
_CELL_RE = re.compile(rb"<" + _P + rb"c\b([^>]*?)(/?)>")
_CELL_END_RE = re.compile(rb"</" + _P + rb"c>")
_FORMULA_RE = re.compile(rb"<" + _P + rb"f\b")
_VALUE_RE = re.compile(rb"<" + _P + rb"v>([^<]+)</")
_TYPE_STR_RE = re.compile(rb"\bt=\"str\"")
_REF_RE = re.compile(rb"\br=\"([A-Z]+\d+)\"")


def _uncached_formula(xml: bytes) -> str | None:
    """The first cell holding a formula but no value, e.g. "B3"; None when all have one.

    A formula of text type with an empty value is a computed empty text, not a
    missing one; any other formula cell without a value has never been computed.
    """
    for cell in _CELL_RE.finditer(xml):
        if cell.group(2) == b"/":
            continue
        end = _CELL_END_RE.search(xml, cell.end())
        body = xml[cell.end() : end.start() if end else len(xml)]
        if not _FORMULA_RE.search(body) or _VALUE_RE.search(body):
            continue
        if _TYPE_STR_RE.search(cell.group(1)):
            continue
        ref = _REF_RE.search(cell.group(1))
        return ref.group(1).decode() if ref else "?"
    return None


@contextlib.contextmanager
def _sizes_unread() -> Iterator[None]:
    """openpyxl's read-only sheets without their stated size, which they read as they open.

    A sheet with no `<dimension>` element (openpyxl's own write-only files, many scripts')
    is parsed whole to find that out: a third of reading a 10,000-row workbook. The rows are
    read as wide as their own cells anyway (`reset_dimensions`), so the size is not needed.
    Should openpyxl open sheets otherwise, it is left as it is."""
    from openpyxl.worksheet import _read_only

    sheet = getattr(_read_only, "ReadOnlyWorksheet", None)
    if sheet is None or not callable(getattr(sheet, "_get_size", None)):
        yield
        return
    kept = sheet._get_size
    sheet._get_size = lambda self: None
    try:
        yield
    finally:
        sheet._get_size = kept


def _read_xlsx(data: bytes, archive: zipfile.ZipFile, filename: str) -> list[Sheet]:
    import openpyxl  # imported late: text tables should not pay for it

    try:
        with _sizes_unread():
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _unreadable(filename, "XLSX") from exc
    sheets: list[Sheet] = []
    names = set(archive.namelist())
    try:
        layouts = number_layouts(workbook)
        for worksheet in workbook.worksheets[:MAX_SHEETS]:
            if not hasattr(worksheet, "iter_rows"):
                continue  # a chart sheet
            sheet = Sheet(name=str(worksheet.title),
                          hidden=getattr(worksheet, "sheet_state", "visible") != "visible")
            path = str(getattr(worksheet, "_worksheet_path", "")).lstrip("/")
            xml = archive.read(path) if path in names else b""
            relations = posixpath.join(posixpath.dirname(path), "_rels",
                                       posixpath.basename(path) + ".rels")
            targets = _relations(archive, relations) if relations in names else {}
            if targets:
                sheet.comments = _xlsx_comments(archive, targets, names)
            if b"hyperlink" in xml or b"HYPERLINK(" in xml:
                sheet.links = _xlsx_links(xml, targets)
            if _FORMULA_RE.search(xml):
                missing = _uncached_formula(xml)
                if missing is not None:
                    raise _no_cached_value(filename, sheet.name, missing)
            shown: dict[int, dict[int, str]] = {}
            rows: Any = _sheet_rows(xml, worksheet, layouts, shown) if xml else None
            if rows is None:  # what the fast reader leaves to openpyxl
                # Each row as wide as its own last cell: a sheet's stated dimension may claim
                # 16,384 columns, and rows padded to it would cost that much each.
                worksheet.reset_dimensions()
                rows = enumerate(worksheet.iter_rows(values_only=True), start=1)
            for number, values in rows:
                if number > MAX_ROWS:
                    raise _too_many_rows(filename)
                if len(values) > MAX_COLUMNS:
                    if any(v not in (None, "") for v in values[MAX_COLUMNS:]):
                        raise _too_many_columns(filename, sheet.name)
                    values = values[:MAX_COLUMNS]
                cells = [cell_text(value) for value in values]
                laid_out = shown.get(number) if shown else None
                if laid_out:
                    for column, text in laid_out.items():
                        cells[column] = text
                if any(cells):
                    sheet.rows.append((number, cells))
            if b"hidden=" in xml:
                for row in _ROW_RE.finditer(xml):
                    if _HIDDEN_RE.search(row.group(1)):
                        found = _ROW_NUMBER_RE.search(row.group(1))
                        if found:
                            sheet.hidden_rows.append(int(found.group(1)))
            if b"hidden=" in xml:
                for col in _COL_RE.finditer(xml):
                    low = _COL_MIN_RE.search(col.group(1))
                    high = _COL_MAX_RE.search(col.group(1))
                    if low and high and _HIDDEN_RE.search(col.group(1)):
                        first, last = int(low.group(1)), int(high.group(1))
                        sheet.hidden_columns.extend(range(first - 1, min(last, MAX_COLUMNS)))
            if b"mergeCell" in xml:
                _fill_merges(sheet, [m.group(1).decode() for m in _MERGE_RE.finditer(xml)])
            sheets.append(sheet)
    except RegistreError:
        raise
    except Exception as exc:
        raise _unreadable(filename, "XLSX") from exc
    finally:
        workbook.close()
    return sheets


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW_TAG, _CELL_TAG, _VALUE_TAG = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}v"
_INLINE_TAG, _TEXT_TAG, _RUN_TAG = f"{_MAIN}is", f"{_MAIN}t", f"{_MAIN}r"
_LETTERS = re.compile(r"\$?([A-Z]{1,3})\$?\d*")


_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"


Relation = tuple[str, str, bool]
"""A sheet's relation: its kind ("comments", "hyperlink"…), its target (a part's path in the
archive, or an address), whether the target is outside the archive."""


def _relations(archive: zipfile.ZipFile, relations: str) -> dict[str, Relation]:
    """The relations of a sheet, by their id, from its relations part at `relations`."""
    import defusedxml.ElementTree as safe_xml

    base = posixpath.dirname(posixpath.dirname(relations))
    found: dict[str, Relation] = {}
    for relation in safe_xml.fromstring(archive.read(relations), forbid_dtd=True).iter(
            _RELATIONSHIP):
        kind = relation.get("Type", "").rsplit("/", 1)[-1]
        target = relation.get("Target", "")
        external = relation.get("TargetMode") == "External"
        if not external:
            target = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                        else posixpath.join(base, target))
        found[relation.get("Id", "")] = (kind, target, external)
    return found


_HYPERLINK_RE = re.compile(rb"<" + _P + rb"hyperlink\b([^>]*)>")
_LINK_REF_RE = re.compile(rb"\bref=\"([A-Z$0-9:]+)\"")
_LINK_ID_RE = re.compile(rb"\b(?:[\w.-]+:)?id=\"([^\"]+)\"")
_LINK_FORMULA_RE = re.compile(rb"HYPERLINK\(\s*(?:\"|&quot;)(.*?)(?:\"|&quot;)")


def _xlsx_links(xml: bytes, targets: dict[str, Relation]) -> dict[tuple[int, int], str]:
    """The addresses a sheet's cells link to, by (row, column): its hyperlinks to outside
    the workbook (a link within it names a cell, not the user's words), and the first
    argument of its HYPERLINK formulas when written out (and not "#Feuille!A1")."""
    import html

    found: dict[tuple[int, int], str] = {}
    for link in _HYPERLINK_RE.finditer(xml):
        ref, key = _LINK_REF_RE.search(link.group(1)), _LINK_ID_RE.search(link.group(1))
        target = targets.get(key.group(1).decode()) if key else None
        if ref is None or target is None or not target[2]:
            continue
        first, _, last = ref.group(1).decode().partition(":")
        start, end = _cell_ref(first), _cell_ref(last or first)
        if start is not None and end is not None:
            for number in range(start[0], min(end[0], start[0] + MAX_ROWS) + 1):
                for column in range(start[1], min(end[1], MAX_COLUMNS - 1) + 1):
                    found[number, column] = target[1]
    if b"HYPERLINK(" in xml:  # a formula's functions are written in capitals
        for cell in _CELL_RE.finditer(xml):
            if cell.group(2) == b"/":
                continue
            end_tag = _CELL_END_RE.search(xml, cell.end())
            body = xml[cell.end() : end_tag.start() if end_tag else len(xml)]
            formula = _LINK_FORMULA_RE.search(body) if _FORMULA_RE.search(body) else None
            where = _REF_RE.search(cell.group(1))
            if formula and where and not formula.group(1).startswith(b"#"):
                place = _cell_ref(where.group(1).decode())
                if place is not None:
                    found[place] = html.unescape(formula.group(1).decode("utf-8", "replace"))
    return found


def _xlsx_comments(archive: zipfile.ZipFile, targets: dict[str, Relation],
                   names: set[str]) -> dict[tuple[int, int], str]:
    """The comments of a sheet whose relations are `targets`, by (row, column).

    A comment is a note's text (its runs put together, a phonetic guide left out, as the
    spreadsheet program shows it), or a thread's (Excel 365's threaded comments: the comment
    then its replies, a line each). Excel writes a thread twice, once as a note saying "your
    version of Excel…": the thread is the user's words, so it wins for its cell."""
    import defusedxml.ElementTree as safe_xml

    parts = {kind: target for kind, target, external in targets.values()
             if kind in ("comments", "threadedComment") and not external}
    found: dict[tuple[int, int], str] = {}
    for kind in ("comments", "threadedComment"):  # a thread over its note
        if parts.get(kind) not in names:
            continue
        root = safe_xml.fromstring(archive.read(parts[kind]), forbid_dtd=True)
        texts: dict[tuple[int, int], list[str]] = {}
        if kind == "comments":
            for comment in root.iter(f"{_MAIN}comment"):
                body = comment.find(f"{_MAIN}text")
                where = _cell_ref(comment.get("ref", ""))
                if body is not None and where is not None:
                    texts[where] = ["".join(t.text or "" for t in (
                        body.find(_TEXT_TAG), *(r.find(_TEXT_TAG) for r in body.iter(_RUN_TAG)))
                        if t is not None)]
        else:
            for comment in root.iter(f"{_THREADED}threadedComment"):
                where = _cell_ref(comment.get("ref", ""))
                if where is not None:
                    texts.setdefault(where, []).append(
                        comment.findtext(f"{_THREADED}text") or "")
        for where, said in texts.items():
            text = unicodedata.normalize("NFC", "\n".join(
                xlsx_unescaped(x.strip()) for x in said if x.strip()))
            if text:
                found[where] = text
    return found


DigitLayout = tuple[tuple[bool, str], ...]
"""A number format of digits and literal characters only ("00000", "00 00 00 00 00"): each
part a digit place ("0" or "#", True) or a literal text (False)."""

_LITERALS = frozenset(" -/()+")
"""Characters a number format shows as they are (a "." or a "," is a decimal or thousands
mark, not a literal)."""


def _digit_layout(code: str) -> DigitLayout | None:
    """The layout of a number format that writes a whole number with zeros before it or
    literal characters between its digits (a postcode, a phone number); None for any other
    format (decimals, thousands, percent, dates, colours, text)."""
    code = code.split(";", 1)[0]
    parts: list[tuple[bool, str]] = []
    index = 0
    while index < len(code):
        ch = code[index]
        if ch in "0#":
            parts.append((True, ch))
        elif ch == "\\" and index + 1 < len(code):
            index += 1
            parts.append((False, code[index]))
        elif ch == '"':
            end = code.find('"', index + 1)
            if end < 0:
                return None
            parts.append((False, code[index + 1 : end]))
            index = end
        elif ch in _LITERALS:
            parts.append((False, ch))
        else:
            return None
        index += 1
    places = [place for is_place, place in parts if is_place]
    if "0" not in places or (len(places) < 2 and len(parts) < 2):
        return None  # "0", "#": the number as it is
    return tuple(parts)


def _in_digits(value: Any, layout: DigitLayout) -> str | None:
    """`value` as `layout` shows it (612345678 in "00 00 00 00 00": "06 12 34 56 78");
    None when the format shows it as the number it is (too many digits, a "#" left empty,
    not a whole number)."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return None
    digits = str(value)
    places = sum(1 for is_place, _ in layout if is_place)
    if len(digits) > places:
        return None
    digits = digits.rjust(places, " ")  # " ": a place before the number's first digit
    out: list[str] = []
    given = iter(digits)
    for is_place, text in layout:
        if not is_place:
            out.append(text)
            continue
        digit = next(given)
        if digit == " ":
            if text == "#":
                return None
            digit = "0"
        out.append(digit)
    return "".join(out)


@dataclass(frozen=True)
class DecimalSection:
    """One section of a number format that writes a number's own digits ("0.00",
    "#,##0", "0.0 %", "[$€-40C]0.00"): how many decimals it always shows, how many more
    when they are not zeros, how many digits before the mark at the least, whether it
    groups thousands or shows a percent, and the text around the number."""

    places: int
    optional: int
    whole: int
    thousands: bool
    percent: bool
    before: str
    after: str
    number: bool = True
    """False for a section of text only ("néant" for zero): the number is not shown."""


@dataclass(frozen=True)
class DecimalLayout:
    """A number format of `DecimalSection`s: for a positive number (any, when alone), a
    negative one, zero."""

    sections: tuple[DecimalSection, ...]


NumberLayout = DigitLayout | DecimalLayout

_BUILTIN_DECIMALS = frozenset({1, 2, 3, 4, 9, 10, 37, 38, 39, 40})
"""Excel's built-in number formats of digits, thousands and percents; the currency ones
(5-8, 41-44) show the currency of the reader's own settings, not the "$" they are written
with, and are left as the number."""

_COLOUR = re.compile(r"[A-Za-z]+\d*")


def _decimal_section(code: str) -> DecimalSection | None:
    """The section `code` of a number format as a `DecimalSection`; None for any other
    (dates, scientific, fractions, text, scaled by thousands, a condition, "General")."""
    before: list[str] = []
    after: list[str] = []
    digits: list[str] = []
    state = 0  # 0: before the digits, 1: among them, 2: after them
    percent = 0
    index = 0
    while index < len(code):
        ch = code[index]
        shown: str | None = None
        if ch in "0#?" or (ch in ".," and state == 1) or (
                ch == "." and state == 0 and code[index + 1 : index + 2] in ("0", "#", "?")):
            if state == 2:
                return None  # digits split by text: a `DigitLayout`'s, or no one's
            state = 1
            digits.append(ch)
        elif ch == "\\" and index + 1 < len(code):
            index += 1
            shown = code[index]
        elif ch == '"':
            end = code.find('"', index + 1)
            if end < 0:
                return None
            shown, index = code[index + 1 : end], end
        elif ch in "_*" and index + 1 < len(code):
            index += 1  # a space as wide as a character, a character to fill the cell with
            shown = ""
        elif ch == "[":
            end = code.find("]", index)
            token = code[index + 1 : end] if end > 0 else ""
            if token.startswith("$"):
                shown = token[1:].split("-", 1)[0]  # a currency ("[$€-40C]") or a locale
            elif not _COLOUR.fullmatch(token):
                return None  # a condition ("[>=100]"), a duration ("[h]")
            else:
                shown = ""
            index = end
        elif ch == "%":
            percent += 1
            shown = "%"
        elif ch in " -+/():!^&'~{}<>=$" or unicodedata.category(ch) == "Sc":
            shown = ch
        else:
            return None
        if shown is not None:
            if state == 1:
                state = 2
            (after if state == 2 else before).append(shown)
        index += 1
    pattern = "".join(digits)
    if not pattern:
        return DecimalSection(0, 0, 0, False, False, "".join(before), "", number=False)
    whole_part, _, fraction = pattern.partition(".")
    if (not any(ch in "0#?" for ch in pattern) or percent > 1 or "." in fraction
            or "," in fraction or whole_part.endswith(",")):
        return None
    return DecimalSection(places=fraction.count("0"),
                          optional=len(fraction) - fraction.count("0"),
                          whole=whole_part.count("0"), thousands="," in whole_part,
                          percent=bool(percent), before="".join(before), after="".join(after))


def _decimal_layout(code: str) -> DecimalLayout | None:
    """A number format's sections for numbers (a fourth, for text, left), each a
    `DecimalSection`; None when any is not one, or for "General"."""
    sections: list[DecimalSection] = []
    for part in code.split(";")[:3]:
        section = _decimal_section(part)
        if section is None:
            return None
        sections.append(section)
    return DecimalLayout(tuple(sections))


def _marks() -> tuple[str, str]:
    """The decimal mark and the thousands separator of the user's language: "1 234,5" in
    French (a no-break space, as the messages write it), "1,234.5" in English."""
    return (",", "\u00a0") if language() == "fr" else (".", ",")


def _in_decimals(value: Any, layout: DecimalLayout) -> str | None:
    """`value` as the format `layout` shows it (0.5 in "0%": "50%"; 1234.5 in "#,##0.00":
    "1 234,50"), rounded half away from zero as spreadsheets do; None for anything but a
    number, and for a number the format hides (zero in "#" or "0;-0;;"): nothing would be
    left of it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    number = decimal.Decimal(repr(value) if isinstance(value, float) else value)
    sections = layout.sections
    section, minus = sections[0], number < 0
    if minus and len(sections) > 1:
        section, minus = sections[1], False  # the negative section writes its own sign
    elif number == 0 and len(sections) > 2:
        section = sections[2]
    if not section.number:
        return section.before if section.before.strip() else None
    try:  # digits enough for any float written out to any format's decimals
        exact = decimal.Context(prec=2000, rounding=decimal.ROUND_HALF_UP)
        number = exact.multiply(abs(number), 100 if section.percent else 1)
        rounded = number.quantize(decimal.Decimal(1).scaleb(-(section.places
                                                              + section.optional)),
                                  context=exact)
    except decimal.DecimalException:
        return None
    whole, _, fraction = f"{rounded:f}".partition(".")
    while len(fraction) > section.places and fraction.endswith("0"):
        fraction = fraction[:-1]
    whole = whole.lstrip("0").rjust(section.whole, "0")
    point, separator = _marks()
    if section.thousands and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = separator.join([whole[:head], *(whole[i : i + 3]
                                                for i in range(head, len(whole), 3))])
    text = whole + (point + fraction if fraction else "")
    shown = f"{'-' if minus and rounded != 0 else ''}{section.before}{text}{section.after}"
    return shown if shown.strip() else None


def _laid_out(value: Any, layout: NumberLayout) -> str | None:
    """`value` as `layout` shows it, a `DigitLayout` or a `DecimalLayout`; None when it
    shows the value as the number it is."""
    if isinstance(layout, DecimalLayout):
        return _in_decimals(value, layout)
    return _in_digits(value, layout)


def number_layouts(workbook: Any) -> dict[int, NumberLayout]:
    """The cell styles of an openpyxl workbook whose number format lays a number out: a
    `DigitLayout` (a postcode's zeros, a phone number's spaces) or a `DecimalLayout`
    (decimals, thousands, percent), custom or one of Excel's own."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    custom = list(getattr(workbook, "_number_formats", ()) or ())
    found: dict[int, NumberLayout] = {}
    for index, style in enumerate(getattr(workbook, "_cell_styles", ()) or ()):
        given = getattr(style, "numFmtId", 0)
        number = given - BUILTIN_FORMATS_MAX_SIZE
        layout: NumberLayout | None = None
        if 0 <= number < len(custom):
            code = str(custom[number])
            layout = _digit_layout(code) or _decimal_layout(code)
        elif given in _BUILTIN_DECIMALS:
            layout = _decimal_layout(BUILTIN_FORMATS[given])
        if layout is not None:
            found[index] = layout
    return found


def _sheet_rows(xml: bytes, worksheet: Any, layouts: dict[int, NumberLayout] | None = None,
                shown: dict[int, dict[int, str]] | None = None
                ) -> list[tuple[int, tuple[Any, ...]]] | None:
    """(row number, its values as wide as its last cell) of each row of a sheet's XML, the
    values openpyxl's read-only `iter_rows(values_only=True)` gives, read with lxml's
    incremental parser: openpyxl's pure-Python one makes an object of every cell, three
    quarters of reading a 10,000-row workbook. None for a sheet this does not read as
    openpyxl would (a DTD, an unknown cell type, rows out of order, a cell reference it
    does not know): openpyxl reads it then, guarded by defusedxml.

    No DTD is loaded, no entity resolved and no network reached; a sheet declaring any
    goes to openpyxl, whose defusedxml refuses it.

    A number whose format lays it out (`layouts`, by style: zeros before it, spaces between
    its digits, decimals, thousands, a percent) keeps openpyxl's value; its text as the
    spreadsheet shows it goes in `shown`, by row number, then 0-based column."""
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        return None
    from lxml import etree
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    # What openpyxl's read-only sheet reads its cells with: the workbook's shared strings,
    # the styles that make a number a date or a duration, the workbook's date epoch.
    shared, workbook = worksheet._shared_strings, worksheet.parent
    dates, durations = workbook._date_formats, workbook._timedelta_formats
    epoch = workbook.epoch
    found: list[tuple[int, tuple[Any, ...]]] = []
    columns: dict[str, int] = {}  # a reference's letters: its column
    number = 0
    try:
        for _event, row in etree.iterparse(
                io.BytesIO(xml), events=("end",), tag=_ROW_TAG, resolve_entities=False,
                no_network=True, load_dtd=False, huge_tree=False):
            given = row.get("r")
            if given is None:
                number += 1
            elif given.isdigit() and int(given) > number:
                number = int(given)
            else:
                return None
            cells: dict[int, Any] = {}
            column = 0
            for cell in row:
                if cell.tag != _CELL_TAG:
                    continue
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    known = columns.get(letters)
                    if known is None:
                        match = _LETTERS.fullmatch(ref)
                        if match is None:
                            return None
                        known = columns[letters] = _column_index(match.group(1)) + 1
                    column = known
                else:
                    column += 1
                kind = cell.get("t", "n")
                value: Any
                if kind == "inlineStr":
                    inline = cell.find(_INLINE_TAG)
                    if inline is not None and len(inline) == 1 and inline[0].tag == _TEXT_TAG:
                        value = inline[0].text or ""  # plain text, no runs: most cells
                    else:
                        value = None if inline is None else "".join(
                            [t.text for t in (inline.find(_TEXT_TAG),
                                              *(r.find(_TEXT_TAG) for r in inline.iterchildren(
                                                  _RUN_TAG)))
                             if t is not None and t.text is not None])
                else:
                    value = cell.findtext(_VALUE_TAG) or None
                    if value is None:
                        pass
                    elif kind == "n":
                        value = float(value) if "." in value or "e" in value.lower() \
                            else int(value)
                        style = int(cell.get("s") or 0)
                        if style in dates:
                            try:
                                value = from_excel(value, epoch,
                                                   timedelta=style in durations)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                        elif layouts and style in layouts and shown is not None:
                            text = _laid_out(value, layouts[style])
                            if text is not None:
                                shown.setdefault(number, {})[column - 1] = text
                    elif kind == "s":
                        value = shared[int(value)]
                    elif kind == "b":
                        value = bool(int(value))
                    elif kind == "d":
                        value = from_ISO8601(value)
                    elif kind not in ("str", "e"):
                        return None
                cells[column] = value
            row.clear()
            while row.getprevious() is not None:  # the rows read, let go of
                del row.getparent()[0]
            found.append((number, tuple(cells.get(c) for c in range(1, max(cells, default=0)
                                                                    + 1))))
    except (etree.XMLSyntaxError, ValueError, IndexError, OverflowError):
        return None  # openpyxl says what is wrong, as for any damaged sheet
    return found


def _fill_merges(sheet: Sheet, ranges: list[str]) -> None:
    """Give every cell of each merged range the value of its top-left cell."""
    by_number = {number: cells for number, cells in sheet.rows}
    for ref in ranges:
        first, _, last = ref.partition(":")
        start, end = _cell_ref(first), _cell_ref(last or first)
        if start is None or end is None:
            continue
        (top, left), (bottom, right) = start, end
        if right >= MAX_COLUMNS or bottom - top > MAX_ROWS:
            right = min(right, MAX_COLUMNS - 1)
        origin = by_number.get(top)
        value = origin[left] if origin is not None and left < len(origin) else ""
        if not value:
            continue
        for number in range(top, bottom + 1):
            cells = by_number.get(number)
            if cells is None:
                cells = by_number[number] = []
            cells.extend([""] * (right + 1 - len(cells)))
            for column in range(left, right + 1):
                if not cells[column]:
                    cells[column] = value
    sheet.rows = sorted(by_number.items())


# --------------------------------------------------------------------------- ODS / FODS


_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


_TABLE = _q("table", "table")
_ROW = _q("table", "table-row")
_CELL = _q("table", "table-cell")
_COVERED = _q("table", "covered-table-cell")
_COLUMN = _q("table", "table-column")
_STYLE = _q("style", "style")
_TABLE_PROPS = _q("style", "table-properties")
_P_TAG = _q("text", "p")
_H_TAG = _q("text", "h")
_S_TAG = _q("text", "s")
_TAB_TAG = _q("text", "tab")
_BREAK_TAG = _q("text", "line-break")
_ANNOTATION = _q("office", "annotation")
_LINK = _q("text", "a")
_A_HREF = "{http://www.w3.org/1999/xlink}href"
_A_NAME = _q("table", "name")
_A_STYLE = _q("table", "style-name")
_A_VISIBILITY = _q("table", "visibility")
_A_ROWS_REPEATED = _q("table", "number-rows-repeated")
_A_COLS_REPEATED = _q("table", "number-columns-repeated")
_A_COLS_SPANNED = _q("table", "number-columns-spanned")
_A_ROWS_SPANNED = _q("table", "number-rows-spanned")
_A_FORMULA = _q("table", "formula")
_A_VALUE_TYPE = _q("office", "value-type")
_A_VALUE = _q("office", "value")
_A_DATE = _q("office", "date-value")
_A_TIME = _q("office", "time-value")
_A_BOOLEAN = _q("office", "boolean-value")
_A_STRING = _q("office", "string-value")
_A_STYLE_NAME = _q("style", "name")
_A_FAMILY = _q("style", "family")
_A_DISPLAY = _q("table", "display")


def _paragraph_text(element: Any) -> str:
    """A text:p with its spaces (text:s), tabs and line breaks, nested spans included."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == _S_TAG:
            parts.append(" " * int(child.get(_q("text", "c"), "1") or 1))
        elif child.tag == _TAB_TAG:
            parts.append("\t")
        elif child.tag == _BREAK_TAG:
            parts.append("\n")
        elif child.tag != _ANNOTATION:
            parts.append(_paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_BLOCKS = frozenset({_q("text", "list"), _q("text", "list-item"), _q("text", "list-header"),
                     _q("text", "section")})
"""What holds a cell's paragraphs besides the cell itself: a bulleted list pasted from a
word processor, a section."""


def _block_paragraphs(element: Any) -> list[str]:
    """The paragraphs of a cell, or of a list in it, in their order, a list's items too."""
    found: list[str] = []
    for child in element:
        if child.tag in (_P_TAG, _H_TAG):
            found.append(_paragraph_text(child))
        elif child.tag in _BLOCKS:
            found += _block_paragraphs(child)
    return found


def _ods_cell_text(cell: Any) -> str:
    kind = cell.get(_A_VALUE_TYPE)
    if kind == "float" and not any(child.tag == _P_TAG for child in cell):
        # A number's paragraph is its text as the spreadsheet shows it (a postcode's zeros,
        # "1,50", "1 234"), read below; without one, its value is all there is.
        raw = cell.get(_A_VALUE, "")
        try:
            return cell_text(float(raw))
        except ValueError:
            return str(raw)
    if kind == "date":
        return str(cell.get(_A_DATE) or "").removesuffix("T00:00:00")
    if kind == "boolean":
        return cell_text(cell.get(_A_BOOLEAN) == "true")
    paragraphs = [p.text or "" if len(p) == 0 else _paragraph_text(p)
                  for p in cell if p.tag in (_P_TAG, _H_TAG)]
    if len(paragraphs) != len(cell) and any(child.tag in _BLOCKS for child in cell):
        paragraphs = _block_paragraphs(cell)
    if paragraphs:
        text = paragraphs[0] if len(paragraphs) == 1 else "\n".join(paragraphs)
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    if kind == "string":
        return str(cell.get(_A_STRING, ""))
    if kind == "time":
        return str(cell.get(_A_TIME, ""))
    return str(cell.get(_A_VALUE, ""))


def _annotation(cell: Any) -> str:
    """The text of a cell's comments (annotations), a paragraph a line; their author and date
    are the program's, not the user's words."""
    said = ["\n".join(_block_paragraphs(note)) for note in cell.iter(_ANNOTATION)]
    text = "\n".join(x.strip() for x in said if x.strip())
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def column_letter(index: int) -> str:
    """A spreadsheet column's letters: 0 is A, 26 is AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _count(value: str | None) -> int:
    """A repeat or span attribute's number: 1 when absent or empty."""
    return int(value) if value else 1


def read_ods_xml(xml: bytes, filename: str, *, extra_styles: bytes = b"") -> list[Sheet]:
    """Sheets of an ODS's content.xml, or of a whole flat FODS document; one holding
    characters XML cannot hold is read with them replaced (`_xml_cleaned`)."""
    try:
        return _read_ods_xml(xml, filename, extra_styles)
    except _Unreadable:
        cleaned = _xml_cleaned(xml)
        if cleaned is None:
            raise
    return _read_ods_xml(cleaned, filename, _xml_cleaned(extra_styles) or extra_styles)


def _read_ods_xml(xml: bytes, filename: str, extra_styles: bytes) -> list[Sheet]:
    import defusedxml.ElementTree as safe_xml

    hidden_styles: set[str] = set()
    for source in (extra_styles, xml):
        if source and b"table:display=\"false\"" in source:
            for match in re.finditer(
                rb"<style:style\b[^>]*?style:name=\"([^\"]+)\"[^>]*?style:family=\"table\""
                rb"[^>]*>\s*<style:table-properties\b[^>]*?table:display=\"false\"",
                source,
            ):
                hidden_styles.add(match.group(1).decode())
    sheets: list[Sheet] = []
    sheet: Sheet | None = None
    number = 0
    covering: dict[int, dict[int, str]] = {}  # row -> column -> a spanning cell's text
    columns_seen = 0  # table:table-column declarations met in the current sheet
    total = 0
    annotated = b"annotation" in xml  # cells are searched for comments only then
    linked = b"href" in xml  # and for links
    try:
        for event, element in safe_xml.iterparse(
            io.BytesIO(xml), events=("start", "end"), forbid_dtd=True
        ):
            tag = element.tag
            if event == "start":
                if tag == _TABLE:
                    if len(sheets) >= MAX_SHEETS:
                        break
                    sheet = Sheet(name=element.get(_A_NAME, ""),
                                  hidden=element.get(_A_STYLE, "") in hidden_styles)
                    number = 0
                    covering = {}
                    columns_seen = 0
                continue
            if tag == _COLUMN and sheet is not None:
                times = int(element.get(_A_COLS_REPEATED, "1") or 1)
                if element.get(_A_VISIBILITY, "visible") != "visible":
                    sheet.hidden_columns.extend(range(columns_seen,
                                                      min(columns_seen + times, MAX_COLUMNS)))
                columns_seen += times
                element.clear()
                continue
            if tag == _ROW and sheet is not None:
                repeat = int(element.get(_A_ROWS_REPEATED, "1") or 1)
                # Cells are kept by column, so runs of blank cells repeated to the
                # sheet's edge (16,384 columns) cost nothing; text never goes unread.
                values: dict[int, str] = dict(covering.pop(number + 1, {}))
                column = 0
                for cell in element:
                    if cell.tag not in (_CELL, _COVERED):
                        continue
                    attributes = cell.attrib
                    times = _count(attributes.get(_A_COLS_REPEATED))
                    if annotated and len(cell):
                        said = _annotation(cell)
                        if said:
                            sheet.comments[number + 1, column] = said
                    if linked and len(cell):
                        # A link within the workbook ("#Activité 1.A1", the CNIL register
                        # sheet's to its forms) names a cell, not the user's words, as in XLSX.
                        address = "\n".join(dict.fromkeys(
                            str(a.get(_A_HREF)) for a in cell.iter(_LINK)
                            if a.get(_A_HREF) and not str(a.get(_A_HREF)).startswith("#")))
                        if address:
                            sheet.links[number + 1, column] = address
                    if cell.tag == _COVERED:
                        # Text a merge kept hidden (LibreOffice offers it) is read, as an
                        # XLSX's is; an empty covered cell keeps the merged cell's text.
                        hidden_text = _ods_cell_text(cell) if len(cell) else ""
                        if hidden_text:
                            if column + times > MAX_COLUMNS:
                                raise _too_many_columns(filename, sheet.name)
                            for c in range(column, column + times):
                                values[c] = hidden_text
                        column += times
                        continue
                    text = _ods_cell_text(cell)
                    if not text:
                        if cell.get(_A_FORMULA) and cell.get(_A_VALUE_TYPE) is None:
                            raise _no_cached_value(
                                filename, sheet.name, f"{column_letter(column)}{number + 1}")
                        column += times
                        continue
                    if column + times > MAX_COLUMNS:
                        raise _too_many_columns(filename, sheet.name)
                    if times == 1:
                        values[column] = text
                    else:
                        for c in range(column, column + times):
                            values[c] = text
                    if _A_COLS_SPANNED in attributes or _A_ROWS_SPANNED in attributes:
                        rows_spanned = min(_count(attributes.get(_A_ROWS_SPANNED)), MAX_ROWS)
                        cols_spanned = min(_count(attributes.get(_A_COLS_SPANNED)),
                                           MAX_COLUMNS - column)
                        for c in range(column + 1, column + cols_spanned):
                            values.setdefault(c, text)
                        for r in range(1, rows_spanned):
                            below = covering.setdefault(number + 1 + r, {})
                            for c in range(column, column + cols_spanned):
                                below.setdefault(c, text)
                    column += times
                width = max(values) + 1 if values else 0
                cells = [values.get(c, "") for c in range(width)]
                hidden = element.get(_A_VISIBILITY, "visible") != "visible"
                filled = any(cells)
                if not filled:
                    # Blank rows are often repeated a million times to the sheet's end.
                    number += repeat
                    total += 1
                else:
                    for _ in range(repeat):
                        number += 1
                        total += 1
                        if total > MAX_ROWS:
                            raise _too_many_rows(filename)
                        sheet.rows.append((number, list(cells)))
                        if hidden:
                            sheet.hidden_rows.append(number)
                if total > MAX_ROWS:
                    raise _too_many_rows(filename)
                element.clear()
            elif tag == _TABLE and sheet is not None:
                sheets.append(sheet)
                sheet = None
                element.clear()
    except RegistreError:
        raise
    except Exception as exc:  # expat, defusedxml's refusals, bad numbers
        raise _unreadable(filename, "ODS") from exc
    return sheets


def looks_like_fods(head: bytes) -> bool:
    """A flat OpenDocument spreadsheet: XML naming the office namespace and a spreadsheet."""
    return b"urn:oasis:names:tc:opendocument:xmlns:office" in head and (
        b"office:spreadsheet" in head or b"opendocument.spreadsheet" in head
    )

