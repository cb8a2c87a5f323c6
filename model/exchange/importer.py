"""Reading a spreadsheet of processing activities (TSV, CSV or XLSX) into plain rows.

Nothing here touches the register: the store applies a `ParsedTable` in one
transaction, and refuses it whole when any row has an error. Users paste their
record from a word processor or a privacy notice, so the parser is lenient
about layout (header or not, wrapped rows, lists written as running text) but
never silently drops wording: whatever it cannot map stays verbatim in
`categories_text`, `basis_text` and `unmapped_basis`, and is reported.

Messages come in two kinds:

* errors block the import (a row with too many cells, a row without purpose);
* warnings only inform (new categories, unrecognised legal-basis wording,
  a categories cell that is prose, ignored columns).

Any input bytes give either a `ParsedTable` or a `RegistreError`, never
another exception.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import itertools
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from model.core import catalogue, collector, reasons, validate, vocab
from model.core.catalogue import Field, Kind
from model.core.errors import RegistreError
from model.core.i18n import language, t, t_in
from model.core.text import as_text, plain, tidy_lines
from model.exchange import columns as columns_
from model.exchange import cover, forms, spreadsheets
from model.exchange.spreadsheets import RawRow, Sheet

_R = TypeVar("_R")

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: a record of processing activities is a few hundred rows."""

MAX_NAME = 80
"""Longest derived activity name, in characters."""

PROSE_WORDS = 8
"""A category fragment of more words than this reads as a sentence, not a name (an unknown
name of several words, "Données de connexion et de navigation", stays one category)."""



# --------------------------------------------------------------------------- results


@dataclass
class ParsedRow:
    """One activity of the table, with what could and could not be understood."""

    line: int
    """1-based line (or sheet row) where the row starts."""
    name: str
    """Short activity name: the purpose's first clause, at most `MAX_NAME` characters."""
    purpose: str
    categories: list[str] = field(default_factory=list)
    """Known names in their known spelling, then new ones; empty when the cell is prose."""
    categories_text: str = ""
    bases: list[tuple[str, str]] = field(default_factory=list)
    """(code, justification) pairs, codes from `vocab.LEGAL_BASES`, no code twice."""
    basis_text: str = ""
    unmapped_basis: str = ""
    """The wording of `basis_text` that maps to no basis, verbatim; "" when all mapped."""
    values: dict[str, Any] = field(default_factory=dict)
    """Every other field the row fills, by catalogue key, in its JSON form (text, list of
    names, list of transfer dicts, list of codes, True/False)."""
    notes: list[tuple[str, str]] = field(default_factory=list)
    """(column title, text) of the columns that name no field: the activity's named notes."""
    errors: list[str] = field(default_factory=list)
    """Blocking problems: the store refuses the whole import if any row has one."""
    warnings: list[str] = field(default_factory=list)
    """Problems the user should see but that do not stop the import."""
    sheet: str = ""
    """The sheet the row comes from when it is not the table's own (`ParsedTable.sheet`): a
    form's (each starts on line 1), or a department's sheet of its own."""

    @property
    def problems(self) -> list[str]:
        """Errors then warnings, for display."""
        return [*self.errors, *self.warnings]

    @property
    def place(self) -> tuple[str, int]:
        """(sheet, line): which row of the file this is, whatever sheet it is on."""
        return self.sheet, self.line


@dataclass
class ParsedTable:
    """All rows of a table, and every problem prefixed with its line."""

    rows: list[ParsedRow] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    """Category names not in `known_categories`, in first-seen order."""
    columns: list[columns_.Column] = field(default_factory=list)
    """Every source column with where it goes (`Column.describe`), for the preview."""
    sheet: str = ""
    """The workbook sheet the activities come from ("" for a text table)."""
    joined_sheets: list[str] = field(default_factory=list)
    """Other sheets joined to the activities by their key column (one register over sheets)."""
    organisation: dict[str, str] = field(default_factory=dict)
    """Organisation fields (catalogue keys) read from the lines above the table or beside the
    forms ("Adresse : 12 rue des Lilas"): the import gives them to a register without them."""
    more_sheets: list[str] = field(default_factory=list)
    """Other sheets of activities of their own, under the same titles (a sheet a department):
    their rows follow the main sheet's, each naming its sheet (`ParsedRow.sheet`)."""
    errors: list[str] = field(default_factory=list)
    """Blocking problems of all rows (each naming its line); import nothing if not empty."""
    warnings: list[str] = field(default_factory=list)
    """Non-blocking problems of the table and its rows, each naming its line."""

    @property
    def problems(self) -> list[str]:
        """Errors then warnings, for display."""
        return [*self.errors, *self.warnings]

    @property
    def ok(self) -> bool:
        """True when the store may import the table."""
        return not self.errors


# --------------------------------------------------------------------------- entry points


Known = Mapping[str, Sequence[str]]
"""Names the register already has, by list field key ("data_categories", "data_subjects",
"recipients"): a known name is matched whole in running text and keeps its spelling."""


@dataclass
class Workbook:
    """A table file as read, before any reading of its cells: its sheets (one, unnamed, for a
    text table) and what reading it had to say. The import preview parses it again when the
    user sends a column elsewhere, and `registre import` looks at it for an export of its
    own, without reading the file again."""

    filename: str
    sheets: list[Sheet]
    warnings: list[str] = field(default_factory=list)


def parse_table(path: Path, *, known_categories: Sequence[str] = (),
                known: Known | None = None,
                choices: Mapping[int, str] | None = None) -> ParsedTable:
    """Read and parse the table at `path`; only `RegistreError` escapes.

    `choices` overrides where some columns go, by index (`columns.with_choices`).
    """
    return parse_workbook(read_workbook(path), known_categories=known_categories, known=known,
                          choices=choices)


def read_workbook(path: Path) -> Workbook:
    """The sheets of the table at `path`; only `RegistreError` escapes.

    Anything but a regular file (a FIFO, a device, a folder) is refused before
    it is opened: reading a FIFO would wait for a writer for ever.
    """
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise RegistreError(
                t(
                    "{file} n'est pas un fichier ordinaire (dossier, tube ou périphérique) : "
                    "rien à importer.",
                    "{file} is not a regular file (a folder, a pipe or a device): nothing to "
                    "import.",
                    file=name,
                )
            )
        if info.st_size > MAX_BYTES:
            raise _too_big(name)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except RegistreError:
        raise
    except (OSError, ValueError) as exc:
        raise RegistreError(
            t(
                "Impossible de lire {file} : {reason}",
                "Cannot read {file}: {reason}",
                file=name,
                reason=reasons.reason(exc) if isinstance(exc, OSError) else exc,
            )
        ) from exc
    return load_bytes(data, filename=name)


def parse_bytes(data: bytes, *, filename: str, known_categories: Sequence[str] = (),
                known: Known | None = None,
                choices: Mapping[int, str] | None = None) -> ParsedTable:
    """Parse a table held in memory; `filename` only names it in messages."""
    return parse_workbook(load_bytes(data, filename=filename),
                          known_categories=known_categories, known=known, choices=choices)


def load_bytes(data: bytes, *, filename: str) -> Workbook:
    """The sheets of a table held in memory; only `RegistreError` escapes."""
    return _promised(filename, lambda: _read(data, filename))


def starter_names(lang: str) -> Known:
    """The names a new register in `lang` starts with (what a register's known names are
    until the user adds some): a table for a new register is parsed against them."""
    lang = lang if lang in vocab.LANGUAGES else "fr"
    return {
        "data_categories": [name for name, *_ in vocab.STARTER_CATEGORIES[lang]],
        "data_subjects": list(vocab.STARTER_SUBJECTS[lang]),
        "recipients": [name for name, _ in vocab.STARTER_RECIPIENTS[lang]],
    }


def parse_workbook(book: Workbook, *, known_categories: Sequence[str] = (),
                   known: Known | None = None,
                   choices: Mapping[int, str] | None = None) -> ParsedTable:
    """The activities of a table read; the workbook itself is left as it was, so that it
    can be parsed again with other choices."""
    names = dict(known or {})
    if known_categories:
        names["data_categories"] = [*names.get("data_categories", ()), *known_categories]

    def parse() -> ParsedTable:
        table = _build_workbook(book.sheets, book.filename, names, choices or {})
        table.warnings[:0] = book.warnings
        return table

    return _promised(book.filename, parse)


def _promised(filename: str, work: Callable[[], _R]) -> _R:
    """`work()`, keeping the promise that only RegistreError escapes."""
    try:
        with collector.paused():  # rows of lasting objects, no cycles (see there)
            return work()
    except RegistreError:
        raise
    except Exception as exc:
        raise RegistreError(
            t(
                "{file} n'a pas pu être lu comme un tableau ({reason}).",
                "{file} could not be read as a table ({reason}).",
                file=filename,
                reason=type(exc).__name__,
            )
        ) from exc


def _read(data: bytes, filename: str) -> Workbook:
    if len(data) > MAX_BYTES:
        raise _too_big(filename)
    if not data.strip():
        raise _empty(filename)
    warnings: list[str] = []
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        sheets = spreadsheets.read_zip_workbook(data, filename)
        if sheets is None:
            raise _not_a_table(filename)
    elif spreadsheets.looks_like_fods(data.lstrip()[:4096]):
        sheets = spreadsheets.read_ods_xml(data, filename)
    else:
        text = _decode(data, filename, warnings)
        if _NOTHING_BUT_SEPARATORS.fullmatch(text):
            raise _empty(filename)
        sheets = [Sheet("", _text_rows(text, filename))]
    for sheet in sheets:
        _as_text(sheet)
    return Workbook(filename, sheets, warnings)


def _as_text(sheet: Sheet) -> None:
    """The sheet's cells, comments and links as the register holds text (`text.as_text`):
    a vertical tab or a form feed (Excel for Mac's line break in a cell, Word's pasted
    into one) becomes a line break; any other character that is not text becomes U+FFFD,
    which the account then names for its line and column, as any U+FFFD of the file (`_row`:
    one message a line, whatever made it). A sheet holding none (nearly all) is searched
    once."""
    notes = [*sheet.comments.values(), *sheet.links.values()]
    if plain("\n".join(itertools.chain(itertools.chain.from_iterable(
            cells for _, cells in sheet.rows), notes, (sheet.name,)))):
        return
    for _line, cells in sheet.rows:
        if not plain("\n".join(cells)):
            cells[:] = map(as_text, cells)
    for beside in (sheet.comments, sheet.links):
        for place, said in beside.items():
            if not plain(said):
                beside[place] = as_text(said)
    sheet.name = as_text(sheet.name)


_NOTHING_BUT_SEPARATORS = re.compile(r"[\s,;|\"]*")
"""A text table of blank cells only (",,,", a spreadsheet's empty rows saved as CSV): every
delimiter `_sniff` tries, quotes and blanks; an empty file, not one that is "not a table"."""


def _empty(filename: str) -> RegistreError:
    return RegistreError(t("{file} est vide.", "{file} is empty.", file=filename))


def _too_big(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} dépasse {mb} Mo : ce n'est pas un registre à importer.",
            "{file} is larger than {mb} MB: not a register to import.",
            file=filename,
            mb=MAX_BYTES // (1024 * 1024),
        )
    )


def _not_a_table(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} n'est pas un tableau (TSV, CSV, XLSX ou ODS) d'activités de traitement.",
            "{file} is not a table (TSV, CSV, XLSX or ODS) of processing activities.",
            file=filename,
        )
    )


def _binary(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} est un fichier binaire, pas un tableau texte ni un classeur XLSX ou ODS.",
            "{file} is a binary file, neither a text table nor an XLSX or ODS workbook.",
            file=filename,
        )
    )


# --------------------------------------------------------------------------- reading


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
"""Control characters no text table holds (tab, new lines and form feeds aside)."""


def _decode(data: bytes, filename: str, warnings: list[str]) -> str:
    """UTF-16 with a BOM (Excel's "Unicode text") or without, else UTF-8, else Windows-1252,
    line by line.

    A table saved in UTF-8 into which one line was pasted from a Latin-1 editor
    is decoded line by line: each line that is not UTF-8 is read as
    Windows-1252 and named in a warning. A line that is neither is refused,
    naming it. A file none of whose lines is UTF-8 (beyond ASCII) is a
    Windows-1252 file as a whole.
    """
    text: str | None = None
    wide = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or wide:
        try:
            text = data.decode(wide or "utf-16")
        except UnicodeDecodeError:
            text = None
    elif b"\x00" not in data:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_lines(data, filename, warnings)
    if text is None or "\x00" in text:
        raise _binary(filename)
    text = text.lstrip("\ufeff")
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise _binary(filename)
    head = text.lstrip()[:200].lower()
    if head.startswith(("<?xml", "<!doctype", "<html", "{\\rtf", "%pdf")):
        raise _not_a_table(filename)
    return unicodedata.normalize("NFC", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for a UTF-16 text saved without its byte order mark (by
    some exports and scripts), told by its zero bytes: one of each two in a text of Latin
    letters, all on the same side; None for anything else (a binary file has them anywhere).
    """
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd * 2 >= half and even * 20 <= half:
        return "utf-16-le"
    if even * 2 >= half and odd * 20 <= half:
        return "utf-16-be"
    return None


def _decode_lines(data: bytes, filename: str, warnings: list[str]) -> str | None:
    """A text that is not UTF-8 as a whole: each line in its own encoding (see `_decode`)."""
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    decoded: list[str] = []
    legacy: list[int] = []
    unreadable: list[int] = []
    utf8_beyond_ascii = False
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
            utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
        except UnicodeDecodeError:
            try:
                decoded.append(line.decode("cp1252"))
                legacy.append(number)
            except UnicodeDecodeError:
                unreadable.append(number)
    if unreadable:
        if not utf8_beyond_ascii:
            return None  # no line of text in any encoding we know: a binary file
        raise RegistreError(
            t(
                "{file}, ligne {line} : caractères illisibles, ni UTF-8 ni Windows-1252. "
                "Enregistrez le tableau en UTF-8 et importez-le à nouveau.",
                "{file}, line {line}: unreadable characters, neither UTF-8 nor Windows-1252. "
                "Save the table as UTF-8 and import it again.",
                file=filename,
                line=unreadable[0],
            )
        )
    if utf8_beyond_ascii and legacy:
        shown = ", ".join(str(n) for n in legacy[:10]) + (" …" if len(legacy) > 10 else "")
        warnings.append(
            t(
                "{file} mêle deux encodages : ligne(s) {lines} lue(s) en Windows-1252, les "
                "autres en UTF-8 ; vérifiez leurs accents.",
                "{file} mixes two encodings: line(s) {lines} read as Windows-1252, the others "
                "as UTF-8; check their accents.",
                file=filename,
                lines=shown,
            )
        )
    return "\n".join(decoded)


def long_cells() -> None:
    """Let the csv module read a cell as long as a table file may be (`MAX_BYTES`): its own
    limit, 131,072 characters, refused a policy pasted whole into a cell. The file's size
    bounds every cell already; `sys.maxsize` would overflow the C long the limit is on some
    platforms. The limit is the process's: it is only ever raised."""
    if csv.field_size_limit() < MAX_BYTES:
        csv.field_size_limit(MAX_BYTES)


def _text_rows(text: str, filename: str) -> list[RawRow]:
    """Split delimited text into rows, keeping where each row starts.

    A quote that never closes would swallow every row after it into one cell:
    it is refused, naming the line where it opened. A first line "sep=;" (Excel writes it,
    and reads it, to name the delimiter) names the delimiter and is no row.
    """
    long_cells()
    stated = _STATED_DELIMITER.match(text)
    delimiter = stated.group(1) if stated else _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[RawRow] = []
    previous = 0
    try:
        for cells in reader:
            rows.append((previous + 1, cells))
            previous = reader.line_num
    except csv.Error as exc:
        raise RegistreError(
            t(
                "{file}, ligne {line} : tableau mal formé, peut-être un guillemet non fermé ou "
                "une cellule démesurée ({reason}).",
                "{file}, line {line}: malformed table, perhaps an unclosed quote or an "
                "oversized cell ({reason}).",
                file=filename,
                line=previous + 1,
                reason=exc,
            )
        ) from exc
    if rows and '"' in text:
        opened = _unclosed_quote(text, rows[-1][0], delimiter)
        if opened is not None:
            raise RegistreError(
                t(
                    "{file}, ligne {line} : un guillemet (\") ouvert sur cette ligne n'est "
                    "jamais fermé ; il avalerait toutes les lignes suivantes. Fermez-le ou "
                    "retirez-le.",
                    "{file}, line {line}: a quote (\") opened on this line is never closed; it "
                    "would swallow every line after it. Close it or remove it.",
                    file=filename,
                    line=opened,
                )
            )
    return rows[1:] if stated else rows


_STATED_DELIMITER = re.compile(r"sep=([^\r\n\w\"])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)
"""Excel's first line naming a CSV's delimiter ("sep=;", "sep=,", "sep=\t")."""


def _unclosed_quote(text: str, last_start: int, delimiter: str) -> int | None:
    """The line where the last row's quoted cell opens, when the text ends inside it."""
    lines = io.StringIO(text, newline="").readlines()  # the lines csv counts
    tail = "".join(lines[last_start - 1 :])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "end of data" in str(exc):
            return last_start
    return None


def _sniff(text: str) -> str:
    """The delimiter giving the most rows of the same width (>1); ties favour tab, then ;."""
    sample = text[:65536]
    best, best_score = "\t", (0, 0)
    for delimiter in ("\t", ";", ",", "|"):
        widths: dict[int, int] = {}
        try:
            for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                width = len(cells)
                while width and not cells[width - 1].strip():
                    width -= 1
                if width:
                    widths[width] = widths.get(width, 0) + 1
        except csv.Error:
            continue
        multi = {w: n for w, n in widths.items() if w > 1}
        if not multi:
            continue
        width = max(multi, key=lambda w: (multi[w], w))
        score = (sum(multi.values()) + multi[width], width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# --------------------------------------------------------------------------- text helpers


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict[int, str]):
    """`str.translate`'s table for `_fold`, each character folded the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code).translate(_APOSTROPHES))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    """Lower case without accents, one character per character (spans stay valid)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return text.translate(_FOLD_TABLE)


def _norm(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def _has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# --------------------------------------------------------------------------- building rows


def _filled(cells: list[str]) -> list[int]:
    return [i for i, cell in enumerate(cells) if cell.strip()]


def _line_msg(line: int, message: str, sheet: str = "", lang: str = "") -> str:
    """`message` naming its line (and sheet); `lang` when the caller has it already."""
    lang = lang or language()
    if sheet:
        return t_in(lang, "Feuille « {sheet} », ligne {line} : {msg}",
                    "Sheet “{sheet}”, line {line}: {msg}", sheet=sheet, line=line, msg=message)
    return t_in(lang, "Ligne {line} : {msg}", "Line {line}: {msg}", line=line, msg=message)


_LINES_NAMED = 10
"""Lines named beside a message several rows share; the others are counted."""


def grouped(table: ParsedTable) -> tuple[list[str], list[str]]:
    """The table's errors and its warnings for reading: a message that several rows of the
    main sheet share comes once, naming their lines ("Lignes 2, 15 et 28 : …"), the others
    as they are. A register of 1,000 rows repeats its few messages on hundreds of rows."""
    lang = language()
    return (_gathered(table, table.errors, [row.errors for row in table.rows], lang),
            _gathered(table, table.warnings, [row.warnings for row in table.rows], lang))


def _gathered(table: ParsedTable, messages: list[str], per_row: list[list[str]],
              lang: str) -> list[str]:
    """`messages` with those of rows (`per_row`, row by row) gathered by text; a row's
    message no longer among `messages` (a joined sheet took it back) stays out."""
    listed = set(messages)
    lines_of: dict[tuple[str, str], list[int]] = {}
    own: set[str] = set()
    for row, texts in zip(table.rows, per_row, strict=True):
        sheet = row.sheet or table.sheet
        for text in texts:
            full = _line_msg(row.line, text, sheet, lang)
            if full in listed and full not in own:
                own.add(full)
                lines_of.setdefault((sheet, text), []).append(row.line)
    out = [m for m in messages if m not in own]
    out.extend(at_lines(lines, text, sheet, lang) for (sheet, text), lines in lines_of.items())
    return out


def at_lines(lines: Sequence[int], message: str, sheet: str = "", lang: str = "") -> str:
    """`message` naming the line, or the lines, (and the sheet) of the rows that give it:
    past `_LINES_NAMED` lines, the others are counted."""
    if len(lines) == 1:
        return _line_msg(lines[0], message, sheet, lang)
    lang = lang or language()
    named = [str(n) for n in lines[:_LINES_NAMED]]
    if len(lines) > _LINES_NAMED:
        where = t_in(lang, "{lines} et {n} autres", "{lines} and {n} more",
                     lines=", ".join(named), n=len(lines) - _LINES_NAMED)
    else:
        where = t_in(lang, "{lines} et {last}", "{lines} and {last}",
                     lines=", ".join(named[:-1]), last=named[-1])
    if sheet:
        return t_in(lang, "Feuille « {sheet} », lignes {where} : {msg}",
                    "Sheet “{sheet}”, lines {where}: {msg}", sheet=sheet, where=where,
                    msg=message)
    return t_in(lang, "Lignes {where} : {msg}", "Lines {where}: {msg}", where=where,
                msg=message)


@dataclass
class _Pending:
    """A row being assembled: each column's text, as parts from the wrapped lines.

    A row of one line (most rows) keeps that line's cells as they came; its parts are
    made only when a line wraps into it (or when asked for)."""

    line: int
    cells: list[str]
    """The cells of the row's first line."""
    filled: list[int]
    """Its filled columns: the ones the row's parts start with."""
    errors: list[str]
    last_filled: list[int]
    """Filled columns of the row's last physical line (a wrapped cell continues the last)."""
    wrapped: dict[int, list[str]] | None = None
    comments: list[tuple[int, bool, str]] | None = None
    """(column, is a link, text) of what the row's cells carry besides their text (comments,
    the addresses they link to), its wrapped lines' too."""

    @property
    def parts(self) -> dict[int, list[str]]:
        """Each filled column's parts, a line each."""
        if self.wrapped is None:
            self.wrapped = {i: [self.cells[i]] for i in self.filled}
        return self.wrapped

    def cell(self, index: int) -> str:
        parts = self.parts.get(index)
        if not parts:
            return ""
        if len(parts) == 1:  # most cells: one line, no join
            return parts[0] if parts[0].strip() else ""
        return " ".join(part for part in parts if part.strip())


Content = list[tuple[int, list[str], list[int]]]

Comments = dict[int, list[tuple[int, bool, str]]]
"""What a sheet's cells carry besides their text, by line: (column, is a link, text) each,
left to right (`_Pending.comments`)."""


def _comments(sheet: Sheet, choices: Mapping[int, str]) -> Comments:
    """The comments and link addresses of `sheet` by line, but those of the columns the user
    leaves out, and an address the cell shows already (a link typed out)."""
    by_line: Comments = {}
    for (line, column), link, text in sheet.beside():
        if choices.get(column) != columns_.SKIP:
            by_line.setdefault(line, []).append((column, link, text))
    return by_line


def _unattached(table: ParsedTable, comments: Comments, sheet: str) -> None:
    """Say, word for word, each comment or address left on no activity (on a column's
    title, on a line above the titles, on an empty line): it is not imported, and the user
    knows it."""
    for line, said in sorted(comments.items()):
        for column, link, text in said:
            cell = f"{spreadsheets.column_letter(column)}{line}"
            table.warnings.append(_line_msg(line, t(
                "lien de la cellule {cell}, sur aucune activité, non importé : « {text} »",
                'link of cell {cell}, on no activity, not imported: "{text}"',
                cell=cell, text=text) if link else t(
                "commentaire de la cellule {cell}, sur aucune activité, non importé : « {text} »",
                'comment on cell {cell}, on no activity, not imported: "{text}"',
                cell=cell, text=text), sheet))


def _repeats(cells: list[str], filled: list[int],
             titles: tuple[int, list[str], list[int]]) -> bool:
    """A line that is the row of titles again (two tables pasted one under the other, a
    printout's titles on every page): the same titles in the same columns."""
    _, header, titled = titles
    first = titled[0]
    if filled[0] != first or cells[first].strip() != header[first].strip():
        return False  # most lines: told by their first cell
    return filled == titled and all(_norm(cells[i]) == _norm(header[i]) for i in filled)


def _place(index: int) -> str:
    """The name of a column without a title: its place."""
    return t("Colonne {n}", "Column {n}", n=index + 1)


def _content(sheet: Sheet) -> Content:
    return [(line, cells, filled) for line, cells in sheet.rows if (filled := _filled(cells))]


def _find_header(content: Content) -> tuple[int, list[columns_.Column]] | None:
    """The row among the first few that names the most fields, with its column plan.

    A row with rows under it is preferred: in a table of titles and one activity whose
    cells read like titles ("Catégorie de données"…), that activity is not a second row
    of titles with nothing under it."""
    best: tuple[tuple[bool, tuple[int, float]], int] | None = None
    for position, (_, cells, _) in enumerate(content[: columns_.HEADER_SEARCH]):
        if not columns_.is_header(cells):
            continue
        score = (position < len(content) - 1, columns_.header_score(cells))
        if best is None or score > best[0]:
            best = (score, position)
    if best is None:
        return None
    return best[1], columns_.plan(content[best[1]][1])


_LATE_HEADER_SEARCH = 100
"""Filled lines looked at, past the header's search, for titles too far down to be read."""


def _late_header(content: Content) -> int | None:
    """The line of a row of titles below the header's search (a long cover block above
    it), to point at; None when there is none (a table without titles)."""
    for line, cells, _ in content[columns_.HEADER_SEARCH : _LATE_HEADER_SEARCH]:
        if columns_.is_header(cells):
            return line
    return None


_ENDS_SENTENCE = re.compile(r"[.!?;:)\]»\"]\s*$")


def _continues(item: _Pending, cells: list[str], filled: list[int], key_columns: set[int]) -> bool:
    """A line of a text table that is the rest of the cell above, wrapped by a paste.

    Only one cell is filled, the text above it in the same column stops
    mid-sentence and this one goes on in lower case ("… du travail ou" /
    "d'un exercice de restructuration …"). Anything else without a purpose is
    a row of its own, and an error.
    """
    if len(filled) != 1 or filled[0] in key_columns or not item.last_filled:
        return False
    column = filled[0]
    above = item.parts.get(column, [""])[-1].rstrip()
    if not above or _ENDS_SENTENCE.search(above):
        return False
    first = next((ch for ch in cells[column] if ch.isalpha()), "")
    return bool(first) and first.islower()


def _build_workbook(sheets: list[Sheet], filename: str, known: Known,
                    choices: Mapping[int, str]) -> ParsedTable:
    """The register's activities from the sheet that holds them, other sheets joined."""
    notices: list[str] = []
    found_forms = [form for sheet in sheets if (form := forms.read(sheet)) is not None]
    if found_forms:
        table = _build_forms(sheets, found_forms, filename, known, choices, notices)
        return _sheet_notices(table, sheets, notices)
    scored: list[tuple[tuple[int, float], int, Sheet, Content]] = []
    for order, sheet in enumerate(sheets):
        content = _content(sheet)
        if not content:
            continue
        header = _find_header(content)
        score = columns_.header_score(content[header[0]][1]) if header else (0, 0.0)
        scored.append((score, -order, sheet, content))
    if not scored:
        raise _empty(filename)
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    _, _, main, content = scored[0]
    table, keys = _build(main, content, filename, known, choices, with_keys=len(scored) > 1)
    table.sheet = main.name
    if len(sheets) > 1:
        main_titles = _titles_of(content)
        known_keys = set().union(*keys)
        for _, _, sheet, other in scored[1:]:
            more = _more_of(known_keys, sheet, other, filename, known, main_titles, choices)
            if more is None and _join(table, keys, sheet, other, known):
                table.joined_sheets.append(sheet.name)
            elif more is not None:
                _take(table, more, sheet.name)
                table.more_sheets.append(sheet.name)
            else:
                notices.append(t(
                    "feuille « {sheet} » non importée : elle ne reprend pas les activités de "
                    "la feuille « {main} » ; importez-la à part si elle en contient d'autres.",
                    "sheet “{sheet}” not imported: it does not refer to the activities of "
                    "sheet “{main}”; import it on its own if it holds others.",
                    sheet=sheet.name, main=main.name))
    return _sheet_notices(table, sheets, notices)


def _sheet_notices(table: ParsedTable, sheets: list[Sheet], notices: list[str]) -> ParsedTable:
    """`table` with `notices` first, and what it should know of the sheets it read: hidden
    sheets, rows and columns, read like the others."""
    for sheet in sheets:
        used = sheet.name == table.sheet or sheet.name in (*table.joined_sheets,
                                                           *table.more_sheets)
        if sheet.hidden and used:
            notices.append(t("la feuille « {sheet} » est masquée dans le classeur ; elle est "
                             "importée comme les autres.",
                             "sheet “{sheet}” is hidden in the workbook; it is imported like "
                             "the others.", sheet=sheet.name))
        if sheet.hidden_rows and used:
            shown = ", ".join(str(n) for n in sheet.hidden_rows[:10])
            notices.append(t("feuille « {sheet} » : ligne(s) masquée(s) {rows}, importée(s) "
                             "comme les autres.",
                             "sheet “{sheet}”: hidden row(s) {rows}, imported like the "
                             "others.", sheet=sheet.name,
                             rows=shown + (" …" if len(sheet.hidden_rows) > 10 else "")))
        if sheet.hidden_columns and used:
            letters = [spreadsheets.column_letter(c) for c in sorted(set(sheet.hidden_columns))]
            notices.append(t("feuille « {sheet} » : colonne(s) masquée(s) {columns}, "
                             "importée(s) comme les autres.",
                             "sheet “{sheet}”: hidden column(s) {columns}, imported like the "
                             "others.", sheet=sheet.name,
                             columns=", ".join(letters[:10]) + (" …" if len(letters) > 10
                                                                 else "")))
    table.warnings[:0] = notices
    return table


def _sub_titles(content: Content, position: int,
                plan: list[columns_.Column]) -> list[columns_.Column] | None:
    """The plan of titles on two lines, when the line under the header at `position` is one
    of sub-titles: a group's title over its columns' ("Transferts hors UE", merged or
    followed by blank cells, over "Pays" and "Garanties"). That line fills no purpose or
    name, only cells under a group, short ones, one at least naming a field on its own; a
    row of data follows. Each column goes where its sub-title, the two titles together, or
    its group's title names best, and is titled "group › sub-title" (a note's name keeps
    both); None when the line is not sub-titles."""
    if position + 2 >= len(content):
        return None
    _, head, _ = content[position]
    _, sub, filled = content[position + 1]
    keys = {c.index for c in plan if c.key in ("purpose", "name")}
    if not keys or keys.intersection(filled):
        return None
    titles = [" ".join(cell.split()) for cell in head]

    def title(index: int) -> str:
        return titles[index] if 0 <= index < len(titles) else ""

    def in_group(index: int) -> bool:
        own = title(index)
        return (not own or own in (title(index - 1), title(index + 1))
                or (not title(index + 1) and index + 1 in filled))

    if not all(in_group(i) and len(sub[i]) <= columns_.MAX_TITLE and "\n" not in sub[i].strip()
               for i in filled):
        return None
    if not any(columns_.score_cell(sub[i]) for i in filled):
        return None
    groups: dict[int, str] = {}  # a blank title under a group: the group's title, from the left
    for index in range(max(len(titles), max(filled) + 1)):
        groups[index] = title(index) or (groups.get(index - 1, "") if index in filled else "")
    cells: list[str] = []
    shown: dict[int, str] = {}
    for index in range(max(groups) + 1):
        group, own = groups.get(index, ""), " ".join(sub[index].split()) if index < len(
            sub) else ""
        if not own:
            cells.append(group)
            continue
        candidates = [own, f"{group} {own}", group] if group else [own]
        cells.append(max(candidates, key=lambda c: max(
            (score for score, _ in columns_.score_cell(c)), default=0.0)))
        shown[index] = f"{group}{columns_.GROUP_MARK}{own}" if group else own
    return [replace(column, title=shown.get(column.index, column.title))
            for column in columns_.plan(cells)]


def _titles_of(content: Content) -> list[str]:
    """A sheet's column titles as written (spaces collapsed), [] without any."""
    header = _find_header(content)
    if header is None:
        return []
    cells = [_norm(cell) for cell in content[header[0]][1]]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _more_of(activities: set[str], sheet: Sheet, content: Content, filename: str,
             known: Known, titles: list[str],
             choices: Mapping[int, str]) -> ParsedTable | None:
    """The activities of `sheet` when it holds some of its own under the main sheet's
    `titles` (its purpose column's title one of them, and most of its other titles; rows
    under them; no purpose one of the main sheet's `activities`, by their keys: those are
    joined), and is not hidden (a workbook's hidden sheets hold the lists its drop-downs
    offer); else None. Under the very same titles, its columns go where the user sent the
    main sheet's (`choices`). A sheet of lists ("Catégorie", "Description") is none."""
    header = _find_header(content)
    if sheet.hidden or header is None or header[0] + 1 >= len(content):
        return None
    main = {_fold(title) for title in titles if title}
    own = [c for c in header[1] if c.title]
    purpose = next((c.index for c in own if c.key == "purpose" and _fold(c.title) in main), -1)
    if purpose < 0 or sum(_fold(c.title) in main for c in own) * 2 < len(own):
        return None
    if any(_fold(_norm(cells[purpose])) in activities
           for _, cells, _ in content[header[0] + 1:] if purpose < len(cells)):
        return None
    try:
        same = _titles_of(content) == titles
        return _build(sheet, content, filename, known, choices if same else {},
                      with_keys=False)[0]
    except RegistreError:
        return None  # no activity under its titles after all: said as a sheet not imported


def _build_forms(sheets: list[Sheet], found: list[forms.Form], filename: str, known: Known,
                 choices: Mapping[int, str], notices: list[str]) -> ParsedTable:
    """A register kept as one form a sheet (the CNIL's template): an activity each form.

    The best table among the other sheets is the register's own sheet: its lines naming a
    form's sheet ("Activité 1 | Gestion de la paie") are that form's index line, and give
    it its name when the form names none; its other lines are read as a table would be
    (activities listed with no form of their own), its cover lines reported. The comments
    on a line (and the addresses its cells link to) go with it: in its form's activity, its
    listed activity, or the account. Any other sheet is reported, as without forms."""
    form_sheets = {form.sheet.name for form in found}
    others = [(sheet, content) for sheet in sheets
              if sheet.name not in form_sheets and (content := _content(sheet))]
    table = ParsedTable()
    index_names: dict[str, str] = {}
    index_said: dict[str, list[tuple[str, str]]] = {}
    """The notes of the comments (and link addresses) on each form's line of the register
    sheet, by the form's sheet."""
    chosen_of_index = False  # the columns shown (and chosen): the register sheet's, or else
    # the first form's
    if others:
        others.sort(key=lambda item: _table_score(item[1]), reverse=True)
        index, content = others[0]
        by_key = {_fold(_norm(name)): name for name in form_sheets}
        kept: list[RawRow] = []
        layouts: set[tuple[int, ...]] = set()
        index_lines: dict[int, tuple[str, int]] = {}  # a form's line: its sheet, name's column
        for line, cells in index.rows:
            named = [by_key[k] for c in cells if (k := _fold(_norm(c))) in by_key]
            if not named:
                kept.append((line, cells))
                continue
            rest = [i for i, c in enumerate(cells) if c.strip() and _fold(_norm(c)) not in by_key]
            index_names[named[0]] = _norm(cells[rest[0]]) if rest else ""
            layouts.add(tuple(_filled(cells)))
            index_lines[line] = (named[0], rest[0] if rest else -1)
        register = Sheet(index.name, kept,
                         comments={p: x for p, x in index.comments.items()
                                   if p[0] not in index_lines},
                         links={p: x for p, x in index.links.items() if p[0] not in index_lines})
        content = _content(register)
        header = _find_header(content)
        headed: dict[int, str] = {}  # the register sheet's column titles, if it has some
        if header is not None and header[0] < len(content) - 1:
            table, _ = _build(register, content, filename, known, choices, with_keys=False)
            chosen_of_index = True
            headed = {c.index: c.title for c in header[1] if c.title}
        else:
            table = _listed(register, content, layouts, set(index_lines), filename, known)
        table.sheet = index.name
        beside = _comments(index, choices if chosen_of_index else {}) if (
            index.comments or index.links) else {}
        if chosen_of_index:
            choices = {}  # the user's choices were of the register sheet's columns
        for line, (form_sheet, name_column) in index_lines.items():
            for column, link, text in beside.get(line, ()):
                title = headed.get(column) or _listed_title(column == name_column)
                index_said.setdefault(form_sheet, []).append(
                    (columns_.beside_title(title, link), text))
        for sheet, _ in others[1:]:
            notices.append(t("feuille « {sheet} » non importée : ce n'est ni une fiche ni la "
                             "liste des activités.",
                             "sheet “{sheet}” not imported: it is neither a form nor the "
                             "list of activities.", sheet=sheet.name))
    names = {key: list(values) for key, values in known.items()}
    name_title = catalogue.find("name")
    chosen: dict[str, str] = {}  # the user's choices of the first form's columns, by title
    for form in found:
        for title, text in index_said.get(form.sheet.name, ()):
            form.add(title, text, note=True)
        titles, values = list(form.titles), list(form.values)
        if not form.names("name"):
            titles.append(name_title.label(language()) if name_title else "name")
            values.append(index_names.get(form.sheet.name) or form.sheet.name)
        if not chosen and choices:
            chosen = {_fold(titles[i]): key for i, key in choices.items() if i < len(titles)}
        form_choices = {i: columns_.NOTE for i in form.notes}
        form_choices.update({i: chosen[_fold(title)] for i, title in enumerate(titles)
                             if _fold(title) in chosen})
        virtual = Sheet(form.sheet.name, [(form.line, titles), (form.line, values)])
        known_here = {key: [*values_, *form.items.get(key, ())]
                      for key, values_ in names.items()}  # the form's own items kept whole
        sub, _ = _build(virtual, _content(virtual), filename, known_here, form_choices,
                        with_keys=False, first_titles=True)
        had = {_fold(name) for name in names.get("data_categories", ())}
        sub.new_categories += [c for c in form.items.get("data_categories", ())
                               if _fold(c) not in had and c not in sub.new_categories]
        _take(table, sub, form.sheet.name)
        names["data_categories"] = [*names.get("data_categories", ()), *(
            c for c in sub.new_categories if _fold(c) not in had)]
        for key, items in form.items.items():
            if key != "data_categories":
                names.setdefault(key, []).extend(items)
        table.joined_sheets.append(form.sheet.name)
        if not chosen_of_index and form is found[0]:
            table.columns = sub.columns
    if not table.sheet:
        table.sheet = found[0].sheet.name
        table.joined_sheets.remove(table.sheet)
    return table


def _take(table: ParsedTable, sub: ParsedTable, sheet: str) -> None:
    """Put the activities of another sheet of the workbook (`sub`, read on its own) after
    `table`'s, each row naming its sheet, with their problems, new categories and any
    organisation field its cover gives that the table's does not."""
    for row in sub.rows:
        row.sheet = sheet
    table.rows += sub.rows
    table.errors += sub.errors
    table.warnings += sub.warnings
    table.new_categories += [name for name in sub.new_categories
                             if name not in table.new_categories]
    for key, value in sub.organisation.items():
        table.organisation.setdefault(key, value)


def _listed_title(names: bool) -> str:
    """The title of a cell of the register sheet's list of activities, which has none of its
    own: the activity's name (`names`), or the list's other cells ("Activité 3")."""
    if names:
        name = catalogue.find("name")
        return name.label(language()) if name else "name"
    return t("Liste des activités", "List of activities")


def _listed(register: Sheet, content: Content, layouts: set[tuple[int, ...]], index: set[int],
            filename: str, known: Known) -> ParsedTable:
    """The register sheet's lines beside the forms' index lines (`index`): a line among them
    laid out as they are ("Activité 3 | Vidéosurveillance", with no form of its own) is an
    activity of that name, its other cell kept in a note, and so are the comments on its
    cells; any other line (the cover, the titles) is reported, its comments too."""
    sheet = register.name
    listed: list[RawRow] = []
    table = ParsedTable()
    beside = _run_of(content, index)
    said = _comments(register, {}) if register.comments or register.links else {}
    comments: dict[tuple[int, int], str] = {}
    links: dict[tuple[int, int], str] = {}
    rest: Content = []
    for line, cells, filled in content:
        if (line in beside and tuple(filled) in layouts and len(filled) > 1
                and not all(columns_.score_cell(cells[i]) for i in filled)):
            listed.append((line, [_norm(cells[filled[-1]]),
                                  " ".join(_norm(cells[i]) for i in filled[:-1])]))
            for column, link, text in said.pop(line, ()):
                kept = links if link else comments  # by the list's two cells, none lost
                place = (line, 0 if column == filled[-1] else 1)
                kept[place] = f"{kept[place]}\n{text}" if place in kept else text
        else:
            rest.append((line, cells, filled))
    _read_cover(table, rest, sheet, t("texte hors des fiches, non importé : « {text} »",
                                      'text outside the forms, not imported: "{text}"'))
    if said:
        _unattached(table, said, sheet)
    if listed:
        titles = [_listed_title(True), _listed_title(False)]
        virtual = Sheet(sheet, [(0, titles), *listed], comments=comments, links=links)
        found, _ = _build(virtual, _content(virtual), filename, known, {1: columns_.NOTE},
                          with_keys=False, first_titles=True)
        found.warnings[:0] = table.warnings
        found.organisation = table.organisation
        table = found
    return table


def _read_cover(table: ParsedTable, lines: Content, sheet: str, unread: str) -> None:
    """The organisation's fields the lines of a cover give, said once; each other line
    reported with `unread` (a message of its `{text}`)."""
    found = cover.read([(line, cells) for line, cells, _ in lines])
    table.organisation = found.values
    for line, cells, _ in lines:
        if line not in found.lines:
            table.warnings.append(_line_msg(line, unread.format(
                text=_norm(" ".join(cells))), sheet))


def _run_of(content: Content, index: set[int]) -> set[int]:
    """The lines of `content` in an unbroken run (no empty line between) with a line of
    `index`."""
    lines = sorted({line for line, _, _ in content} | index)
    found = set(index)
    for seq in (lines, lines[::-1]):
        for before, line in itertools.pairwise(seq):
            if before in found and abs(line - before) == 1:
                found.add(line)
    return found


def _table_score(content: Content) -> tuple[int, float]:
    header = _find_header(content)
    return columns_.header_score(content[header[0]][1]) if header else (0, 0.0)


def _build(sheet: Sheet, content: Content, filename: str, known: Known,
           choices: Mapping[int, str], *, with_keys: bool,
           first_titles: bool = False) -> tuple[ParsedTable, list[set[str]]]:
    """The activities of one sheet, and each one's keys (folded name, reference…) for joins;
    `first_titles`: its first line is its titles, whatever they name (a form's, made here)."""
    table = ParsedTable()
    header = (0, columns_.plan(content[0][1])) if first_titles else _find_header(content)
    titled: set[int] = set()
    """The header's titled columns: any other column's text is kept as a note of its own."""
    if header is not None:
        position, plan = header
        start = position + 1
        width = max(content[position][2]) + 1
        below = _sub_titles(content, position, plan)
        if below is not None:  # titles on two lines: the line under the header is titles too
            plan, start = below, start + 1
            width = max(width, max(content[position + 1][2]) + 1)
        titled = {c.index for c in plan}
        _read_cover(table, content[:position], sheet.name, t(
            "texte au-dessus des titres, non importé : « {text} »",
            'text above the column titles, not imported: "{text}"'))
    else:
        late = _late_header(content)
        if late is not None:
            raise RegistreError(t(
                "{file}, ligne {line} : cette ligne semble porter les titres des colonnes, "
                "mais ils sont cherchés dans les {n} premières lignes remplies. Supprimez des "
                "lignes au-dessus, puis importez le tableau à nouveau.",
                "{file}, line {line}: this line seems to hold the column titles, but they are "
                "looked for in the first {n} filled lines. Delete some lines above it, then "
                "import the table again.", file=filename, line=late, n=columns_.HEADER_SEARCH))
        start = 0
        width = len(columns_.DEFAULT_ORDER)
        plan = columns_.default_plan(width)
        # Without titles, most rows must fill several cells (or continue the row
        # before): lines of prose with a stray comma are not a table.
        lone = sum(1 for _, _, filled in content if filled == [0])
        if lone * 2 >= len(content):
            raise _not_a_table(filename)
    plan = columns_.with_choices(plan, choices)
    table.columns = plan
    key_columns = {c.index for c in plan if c.key in ("purpose", "name")}

    pending: list[_Pending] = []
    untitled: dict[int, columns_.Column] = {}
    comments = _comments(sheet, choices) if sheet.comments or sheet.links else {}
    titles = content[header[0]] if header is not None else None
    for line, cells, filled in content[start:]:
        if titles is not None and _repeats(cells, filled, titles):
            table.warnings.append(_line_msg(line, t(
                "les titres des colonnes, répétés, ne sont pas importés comme une activité.",
                "the column titles, repeated, are not imported as an activity."), sheet.name))
            continue
        said = comments.pop(line, None) if comments else None
        extra = [i for i in filled if i >= width]
        if header is not None and not titled.issuperset(filled):
            # Text in a column without a title (past the titles, or left blank among them):
            # kept as a note named after its place.
            for index in filled:
                if index not in titled:
                    untitled.setdefault(index, columns_.Column(index, _place(index), None))
        has_key = any(i in key_columns for i in filled)
        if pending and not has_key and _continues(
                pending[-1], cells, filled, key_columns):
            previous = pending[-1]
            for index in filled:
                previous.parts.setdefault(index, []).append(cells[index])
            previous.last_filled = filled
            if said:
                previous.comments = [*(previous.comments or ()), *said]
            continue
        errors = [_too_many(len(filled), width)] if extra and header is None else []
        pending.append(_Pending(line, cells, filled, errors, filled, comments=said))
    if comments:
        _unattached(table, comments, sheet.name)
    if untitled:
        plan = columns_.with_choices(
            sorted([*plan, *untitled.values()], key=lambda c: c.index), choices)
        table.columns = plan

    if not pending:
        raise RegistreError(
            t(
                "{file} ne contient aucune activité sous ses titres de colonnes.",
                "{file} holds no activity under its column titles.",
                file=filename,
            )
        )

    matchers = _Matchers(known)
    layout = _Layout(plan)
    lang = language()
    keys: list[set[str]] = []
    for item in pending:
        row = _row(item, layout, matchers)
        table.rows.append(row)
        for msg in row.errors:
            table.errors.append(_line_msg(row.line, msg, sheet.name, lang))
        for msg in row.warnings:
            table.warnings.append(_line_msg(row.line, msg, sheet.name, lang))
        if not with_keys:
            continue
        found = {_fold(_norm(row.name)), _fold(_norm(row.purpose))}
        found |= {_fold(_norm(item.cell(c.index))) for c in plan
                  if c.key == "reference" or (c.target is None and c.index in item.parts)}
        keys.append({k for k in found if k})
    table.new_categories = matchers.new("data_categories")
    return table, keys


def _too_many(filled: int, width: int) -> str:
    return t(
        "trop de colonnes : {filled} cellules remplies, {width} colonnes au plus sans ligne "
        "de titres (ajoutez les titres des colonnes).",
        "too many columns: {filled} cells filled, at most {width} columns without a row of "
        "titles (add the column titles).",
        filled=filled,
        width=width,
    )


# --------------------------------------------------------------------------- joined sheets


def _join(table: ParsedTable, keys: list[set[str]], sheet: Sheet, content: Content,
          known: Known) -> bool:
    """Fold a sheet keyed by the activity (its name or reference) into the activities.

    One register spread over sheets (as CISO Assistant's processing export
    does: processings, then purposes, personal data, data subjects, recipients,
    transfers, each row naming its processing): the column whose values are
    the activities' names or references is the key; the column naming the
    item ("name") goes to the field the sheet's own name names ("Personal
    data" → data categories); its other columns go to the fields they name, or
    to notes titled "sheet › column".
    """
    header = _find_header(content)
    if header is None:
        single = columns_.plan(content[0][1])
        if len(content) < 2 or not any(c.target for c in single):
            return False
        header = (0, single)
    position, plan = header
    rows = content[position + 1 :]
    if not rows:
        return False
    index_of: dict[str, int] = {}
    for i, found in enumerate(keys):
        for key in found:
            index_of.setdefault(key, i)
    best_column, best_hits = -1, 0
    for column in plan:
        values = [_fold(_norm(cells[column.index])) for _, cells, _ in rows
                  if column.index < len(cells) and cells[column.index].strip()]
        hits = sum(1 for v in values if v in index_of)
        if hits > best_hits and hits * 2 >= len(values):
            best_column, best_hits = column.index, hits
    if best_hits == 0:
        return False
    # The key column named the activity; the others are planned without it, so that the
    # item's own "name" column is not second to it.
    header_cells = content[position][1]
    plan = columns_.plan([c if i != best_column else "" for i, c in enumerate(header_cells)])
    sheet_target = next((tg for _, tg in columns_.score_cell(sheet.name)), None)
    child_plan: list[columns_.Column] = []
    for column in plan:
        if column.index == best_column:
            continue
        title = f"{sheet.name} › {column.title}"
        tg = column.target
        if tg is not None and tg.key == "name" and sheet_target is not None:
            tg = sheet_target
        elif (tg is not None and tg.key == "legal_bases" and sheet_target is not None
              and sheet_target.key == "transfers"):
            tg = columns_.target("transfers.safeguard")  # a transfer's legal basis
        elif tg is not None and tg.key in ("name", "purpose", "reference"):
            tg = None
        if tg is not None and sheet_target is not None and tg.key == sheet_target.key and (
                column.target is not None and column.target.key != "name"):
            tg = None if column.target.key in ("purpose",) else tg
        child_plan.append(columns_.Column(column.index, title, tg, column.score))
    # Text in a column without a title: kept as a note named after its place.
    titled = {column.index for column in plan} | {best_column}
    untitled = {i for _, _, filled in rows for i in filled} - titled
    child_plan += [columns_.Column(i, f"{sheet.name} › {_place(i)}", None) for i in untitled]
    child_plan.sort(key=lambda c: c.index)
    table.columns += child_plan
    matchers = _Matchers(known)
    child_layout = _Layout(child_plan, f"{sheet.name} › ")
    child_layout.columns[best_column] = f"{sheet.name} › {_norm(header_cells[best_column])}"
    comments = _comments(sheet, {}) if sheet.comments or sheet.links else {}
    for line, cells, filled in rows:
        key = _fold(_norm(cells[best_column])) if best_column < len(cells) else ""
        said = comments.pop(line, None) if comments and key in index_of else None
        if key not in index_of:
            if any(i != best_column for i in filled):
                table.errors.append(_line_msg(line, t(
                    "cette ligne ne renvoie à aucune activité de la feuille principale "
                    "(« {key} »).",
                    "this row refers to no activity of the main sheet (“{key}”).",
                    key=_norm(cells[best_column]) if best_column < len(cells) else ""),
                    sheet.name))
            continue
        item = _Pending(line, cells, filled, [], filled,  # the key column is not one of its parts
                        wrapped={i: [cells[i]] for i in filled if i != best_column},
                        comments=said)
        child = _row(item, child_layout, matchers, child=True)
        _merge(table.rows[index_of[key]], child, table, table.sheet)
        table.warnings.extend(_line_msg(line, msg, sheet.name) for msg in child.warnings)
    if comments:
        _unattached(table, comments, sheet.name)
    for name in matchers.new("data_categories"):
        if name not in table.new_categories:
            table.new_categories.append(name)
    return True


def _merge(row: ParsedRow, child: ParsedRow, table: ParsedTable, sheet: str) -> None:
    """Add what a joined sheet's row says about an activity to it (and take back the
    warnings about what it lacked that the sheet supplies)."""
    stale = ([_NO_CATEGORY()] if child.categories_text else []) + (
        [_NO_BASIS()] if child.basis_text else [])
    for message in stale:
        if message in row.warnings:
            row.warnings.remove(message)
            full = _line_msg(row.line, message, sheet)
            if full in table.warnings:
                table.warnings.remove(full)
    if child.purpose and child.purpose not in row.purpose:
        row.purpose = f"{row.purpose}\n{child.purpose}" if row.purpose else child.purpose
    for name in child.categories:
        if name not in row.categories:
            row.categories.append(name)
    if child.categories_text:
        row.categories_text = "\n".join(x for x in (row.categories_text, child.categories_text)
                                        if x)
    codes = {code for code, _ in row.bases}
    row.bases += [(code, why) for code, why in child.bases if code not in codes]
    if child.basis_text:
        row.basis_text = "\n".join(x for x in (row.basis_text, child.basis_text) if x)
        row.unmapped_basis = " ".join(x for x in (row.unmapped_basis, child.unmapped_basis) if x)
    for key, value in child.values.items():
        mine = row.values.get(key)
        if isinstance(value, list):
            merged = list(mine or [])
            merged += [v for v in value if v not in merged]
            row.values[key] = merged
        elif isinstance(value, str):
            row.values[key] = value if not mine or mine == value else f"{mine}\n{value}"
        elif mine is None:
            row.values[key] = value
    row.notes += child.notes


# --------------------------------------------------------------------------- cells to fields


class _Matchers:
    """One name matcher per list field, and the new names each has met, first spelling kept."""

    def __init__(self, known: Known) -> None:
        self.lang = language()
        """The messages' language, asked once a table, not once a row."""
        self._known = known
        self._matchers: dict[str, _CategoryMatcher] = {}
        self.seen_new: dict[str, dict[str, str]] = {}
        self._read: dict[tuple[str, str], Any] = {}

    def get(self, key: str) -> _CategoryMatcher:
        if key not in self._matchers:
            self._matchers[key] = _CategoryMatcher(self._known.get(key, ()))
            self.seen_new[key] = {}
        return self._matchers[key]

    def new(self, key: str) -> list[str]:
        return list(self.seen_new.get(key, {}).values())

    def read(self, key: str, text: str, reader: _Reader, layout: _Layout) -> Any:
        """`reader`'s reading of a cell of field `key`, worked out once per text in a table:
        a register repeats its cells (the same measures, "Non", a few retention periods on
        every row). Each reading of a text is the same all through the table (a new name
        keeps the spelling it was first met with), so it is kept with the table's names;
        `_row` gives each row its own copy of any list."""
        done = self._read.get((key, text), _UNREAD)
        if done is _UNREAD:
            done = self._read[key, text] = reader(self, key, layout.fields[key], text)
        return done


_NONE = {"non", "no", "aucun", "aucune", "none", "nil", "neant", "n/a", "na", "sans objet",
         "not applicable", "-", "—", "/"}


def _term(vocabulary: tuple[vocab.Term, ...], text: str) -> str | None:
    """The code a cell names: its code, its French or English label, or its article."""
    return _term_names(vocabulary).get(_fold(_norm(text)).strip(" ."))


_TERM_NAMES: dict[int, tuple[tuple[vocab.Term, ...], dict[str, str]]] = {}
"""`_term_names` by the vocabulary's identity (hashing a tuple of terms hashes every term, on
each cell); the vocabulary is kept with its names, so its identity stays its own."""


def _term_names(vocabulary: tuple[vocab.Term, ...]) -> dict[str, str]:
    """Every folded way of naming a term of `vocabulary`, first term first."""
    cached = _TERM_NAMES.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    names: dict[str, str] = {}
    for term in vocabulary:
        for name in (term.code, term.fr, term.en, term.article, term.code.replace("_", " ")):
            if name:
                names.setdefault(_fold(name), term.code)
    if len(_TERM_NAMES) < 64:
        _TERM_NAMES[id(vocabulary)] = (vocabulary, names)
    return names


_ITEM_SPLIT = re.compile(r"\s*(?:\n|;|,|•|\s[-–]\s|^\s*[-–*]\s)\s*")


def _items(text: str) -> list[str]:
    return [piece.strip(" .") for piece in _ITEM_SPLIT.split(text) if _has_letters(piece)]


def _transfers(text: str) -> list[dict[str, str]] | None:
    """Transfers named in a cell: one per country, a bracket giving its safeguard."""
    if _fold(_norm(text)).strip(" .") in _NONE:
        return None
    found: list[dict[str, str]] = []
    for item in _items(text):
        country, _, rest = item.partition("(")
        detail = rest.rstrip(") ").strip()
        safeguard = _safeguard(detail) if detail else ""
        found.append({"country": country.strip() or item, "recipient": "",
                      "safeguard": safeguard, "safeguard_detail": detail})
    return found or None


def _safeguard(text: str) -> str:
    code = _term(vocab.SAFEGUARDS, text)
    if code:
        return code
    folded = _fold(text)
    for pattern, code in _SAFEGUARD_WORDS:
        if pattern.search(folded):
            return code
    return "other"


_SAFEGUARD_WORDS = tuple((re.compile(pattern), code) for pattern, code in (
    (r"\bscc\b|\bcct\b|clauses contractuelles|contractual clauses", "scc"),
    (r"\bbcr\b|regles d'entreprise|binding corporate", "bcr"),
    (r"adequa", "adequacy"), (r"\b49\b|derogation", "derogation_49")))
"""Words naming a safeguard in a transfer's bracket (matched on folded text)."""


_NOTE, _GROUP, _TRANSFER, _FIELD = range(4)
"""Where a column's text goes in `_row`: a named note, a numbered group's record, a
transfer's own column (country, recipient…), or a field's texts."""


class _Layout:
    """A sheet's column plan worked out once for all its rows: what each column feeds, each
    note's title, the fixed messages (a table of 10,000 rows asked the same per cell)."""

    def __init__(self, plan: list[columns_.Column], prefix: str = "") -> None:
        self.columns = {column.index: column.title or (
            column.target.label(language()) if column.target else columns_.note_title(""))
            for column in plan}
        """Each column's title (a field's label for a table without titles), for the notes
        of its cells' comments."""
        self.prefix = prefix
        """What names a joined sheet's columns ("Transferts › ")."""
        self.slots: list[tuple[int, int, str, str, int, str]] = []
        """(column index, what it feeds, key, sub-key, group number, title) per column."""
        for column in plan:
            tg = column.target
            if tg is None:
                self.slots.append((column.index, _NOTE, "", "", 0,
                                   columns_.note_title(column.title)))
            elif column.group and tg.parent is not None:
                self.slots.append((column.index, _GROUP, tg.parent.key, tg.field.key,
                                   column.group, column.title))
            elif tg.key.startswith("transfers."):
                self.slots.append((column.index, _TRANSFER, tg.key, tg.key.split(".", 1)[1],
                                   0, column.title))
            else:
                self.slots.append((column.index, _FIELD, tg.key, "", 0, column.title))
        self.fields = {key: columns_.target(key).field
                       for _, feeds, key, _, _, _ in self.slots if feeds == _FIELD}
        """The field each column's key names."""
        self.ways = {key: _way(key, f) for key, f in self.fields.items()}
        """How `_row` reads each key's text (`_way`)."""
        self.per_item = {key for key, f in self.fields.items()
                         if f.kind == Kind.PER_ITEM and f.editable}
        """Keys of the texts per item (retention per category), read once the items are."""
        self._titles: dict[str, str] = {}
        for column in plan:
            if column.target is not None and column.title:
                self._titles.setdefault(column.target.key, column.title)
        self.source_texts = [(key, attr) for key, attr in (
            ("data_categories_text", "categories_text"), ("legal_basis_text", "basis_text"))
            if any(c.target is not None and c.target.key == key for c in plan)]
        self.no_category = _NO_CATEGORY()
        self.no_basis = _NO_BASIS()

    def comment_title(self, index: int, link: bool) -> str:
        """The note of a comment, or of a link's address, on a cell of column `index`: named
        after the column."""
        column = self.columns.get(index) or f"{self.prefix}{_place(index)}"
        return columns_.beside_title(column, link)

    def title(self, key: str) -> str:
        """A note's title for field `key`: its first titled column's, else the field's label."""
        title = self._titles.get(key)
        if title is None:
            title = self._titles[key] = columns_.target(key).label(language())
        return title


def _way(key: str, f: Field) -> str:
    """How `_row` reads the text of field `key`, decided once a table: by the key for the
    fields read their own way, else by the field's kind ("note" for what cannot be edited
    or is a time)."""
    if key in ("purpose", "name", "data_categories", "legal_bases"):
        return key
    if key == "legal_bases.justification":
        return "later"
    if not f.editable:
        return "note"
    if f.kind == Kind.ITEMS:
        return "items"
    if f.kind == Kind.PER_ITEM:
        return "later"
    if key == "transfers":
        return "transfers"
    return {Kind.CHOICE: "choice", Kind.CHOICES: "choices", Kind.YES_NO: "yes_no",
            Kind.DATE: "date", Kind.TIMESTAMP: "note"}.get(f.kind, "text")


_Reader = Callable[[_Matchers, str, Field, str], Any]
_UNREAD = object()


def _read_categories(matchers: _Matchers, key: str, f: Field, text: str
                     ) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A categories cell: (its text, the category names, the warnings), as `_categories`
    gives them to a row."""
    probe = ParsedRow(line=0, name="", purpose="")
    _categories(probe, text, matchers)
    return probe.categories_text, tuple(probe.categories), tuple(probe.warnings)


def _read_choices(matchers: _Matchers, key: str, f: Field, text: str
                  ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A cell of codes (security measures): (the codes it names, each once; the pieces
    that name none)."""
    codes: list[str] = []
    other: list[str] = []
    for piece in _items(text):
        code = _term(f.vocabulary, piece)
        (codes if code else other).append(code or piece)
    return tuple(dict.fromkeys(codes)), tuple(other)


def _read_names(matchers: _Matchers, key: str, f: Field, text: str) -> tuple[str, ...] | None:
    names = _names(text, matchers.get(key), matchers.seen_new[key])
    return None if names is None else tuple(names)


def _read_day(matchers: _Matchers, key: str, f: Field, text: str) -> str | None:
    """A date cell's day in ISO (31/01/2025 and a workbook's date cell alike), None when the
    text is not a date: the field then stays empty and the text goes to a note."""
    day = validate.read_date(text)
    return None if day is None else day.isoformat()


_READERS: dict[str, _Reader] = {
    "items": _read_names,
    "transfers": lambda matchers, key, f, text: _transfers(text),
    "choice": lambda matchers, key, f, text: _term(f.vocabulary, text),
    "yes_no": lambda matchers, key, f, text: vocab.yes_no(text),
}
"""How `_row` reads a cell into a value, by `_way`: None keeps the text as a note."""


def _row(item: _Pending, layout: _Layout, matchers: _Matchers, *,
         child: bool = False) -> ParsedRow:
    """An activity from one assembled row: each column's text in its field or a note."""
    row = ParsedRow(line=item.line, name="", purpose="")
    if item.errors:
        row.errors.extend(item.errors)
    texts: dict[str, str] = {}
    """Each field's text, its columns' texts joined by new lines, in the columns' order."""
    transfer_parts: dict[str, str] = {}
    groups: dict[str, dict[int, dict[str, tuple[str, str]]]] = {}
    given = item.wrapped
    cells = item.cells
    width = len(cells)
    replaced: list[str] = []
    """The titles of the columns whose text holds U+FFFD: a character lost, said once."""
    for index, feeds, key, sub, group, title in layout.slots:
        if given is None:  # a row of one line: its cells as they came (blank ones skipped)
            if index >= width:
                continue
            text = cells[index].strip()
        elif index in given:
            text = item.cell(index).strip()
        else:
            continue
        if not text:
            continue
        if "\ufffd" in text:
            replaced.append(layout.columns.get(index) or _place(index))
        if feeds == _FIELD:
            texts[key] = f"{texts[key]}\n{text}" if key in texts else text
        elif feeds == _NOTE:
            row.notes.append((title, text))
        elif feeds == _GROUP:
            groups.setdefault(key, {}).setdefault(group, {})[sub] = (text, title)
        else:
            transfer_parts[sub] = text

    def note(key: str, text: str) -> None:
        row.notes.append((layout.title(key), text))

    ways = layout.ways
    read = matchers.read
    for key, text in texts.items():
        way = ways[key]
        if way == "purpose":
            row.purpose = tidy_lines(text)
        elif way == "name":
            row.name = _norm(text)
        elif way == "data_categories":
            row.categories_text, categories, warnings = read(key, text, _read_categories, layout)
            row.categories = list(categories)
            row.warnings += warnings
        elif way == "legal_bases":
            row.basis_text = _norm(text)
            row.bases, row.unmapped_basis = parse_bases(row.basis_text)
            if row.unmapped_basis:
                row.warnings.append(t_in(
                    matchers.lang, "fondement légal non reconnu, conservé tel quel : « {text} »",
                    'legal basis not recognised, kept as is: "{text}"',
                    text=row.unmapped_basis))
        elif way == "later":
            pass  # below, once the bases (or the activity's items) are known
        elif way == "note":
            note(key, text)
        elif way == "text":  # a measure that names no code may be there already
            previous = row.values.get(key, "")
            row.values[key] = f"{previous}\n{text}" if previous else text
        elif way == "date":
            day = read(key, text, _read_day, layout)
            if day is None:
                note(key, text)
                row.warnings.append(t_in(
                    matchers.lang, "« {text} » ne se lit pas comme une date (attendu : "
                    "31/01/2025 ou 2025-01-31) ; le texte est conservé dans la note « {note} ».",
                    "“{text}” does not read as a date (expected: 31/01/2025 or 2025-01-31); "
                    "the text is kept in the note “{note}”.",
                    text=_norm(text), note=layout.title(key)))
            else:
                row.values[key] = day
        elif way == "choices":
            codes, other = read(key, text, _read_choices, layout)
            row.values[key] = list(codes)
            if other:
                row.values["security_other"] = "; ".join(
                    x for x in (row.values.get("security_other", ""), *other) if x)
        else:  # a value read from the text, or the text kept as a note
            value = read(key, text, _READERS[way], layout)
            if value is None:
                note(key, text)
                if way in ("choice", "yes_no"):
                    row.warnings.append(_not_a_value(matchers.lang, text, layout.fields[key],
                                                     layout.title(key)))
            elif way == "transfers":
                row.values[key] = [dict(transfer) for transfer in value]
            else:
                row.values[key] = list(value) if isinstance(value, tuple) else value
    if "legal_bases.justification" in texts:
        why = texts["legal_bases.justification"]
        codes_ = [code for code, _ in row.bases]
        if "legitimate_interests" in codes_ and _fold(why).strip(" .") not in _NONE:
            row.bases = [(code, "; ".join(x for x in (j, why) if x) if
                          code == "legitimate_interests" else j) for code, j in row.bases]
        else:
            note("legal_bases.justification", why)
    if transfer_parts:
        _transfer_columns(row, transfer_parts, note)
    for key, numbered in groups.items():
        _grouped(row, catalogue.by_key(key), [numbered[n] for n in sorted(numbered)])
    for key, text in texts.items():
        if key in layout.per_item:
            _per_item(row, layout.fields[key], text, lambda text, key=key: note(key, text))
    for key, attr in layout.source_texts:
        # The table says what its source text was (an export of ours): that, even empty.
        setattr(row, attr, row.values.pop(key, ""))
    if item.comments:
        row.notes += [(layout.comment_title(index, link), text)
                      for index, link, text in item.comments]
        replaced += [layout.comment_title(index, link) for index, link, text in item.comments
                     if "\ufffd" in text]
    if replaced:
        row.warnings.append(t_in(
            matchers.lang, "caractère illisible dans {columns}, remplacé par « \ufffd » : le "
            "caractère d'origine est perdu ; vérifiez ce texte dans le fichier.",
            "unreadable character in {columns}, replaced by “\ufffd”: the original character "
            "is lost; check this text in the file.",
            columns=", ".join(t_in(matchers.lang, "« {title} »", "“{title}”", title=title)
                              for title in dict.fromkeys(replaced))))
    if not row.name:
        row.name = _name(row.purpose)
    if child:
        return row
    if not row.purpose and not row.name:
        row.errors.append(t(
            "finalité manquante : cette ligne a des cellules remplies mais pas de finalité ; "
            "chaque activité a besoin d'une finalité (rien n'est fusionné avec la ligne "
            "au-dessus).",
            "missing purpose: this row has filled cells but no purpose; every activity needs "
            "one (nothing is merged into the row above)."))
    elif not row.purpose:
        row.warnings.append(t_in(matchers.lang, "finalité manquante.", "missing purpose."))
    if "data_categories" not in texts:
        row.warnings.append(layout.no_category)
    if "legal_bases" not in texts and not row.bases:
        row.warnings.append(layout.no_basis)
    return row


def _not_a_value(lang: str, text: str, f: Field, note: str) -> str:
    """The account's line for a yes/no or choice cell whose text is none of the field's
    values ("peut-être" for "AIPD requise"): the field stays empty, the text is in `note`."""
    values = t_in(lang, "oui ou non", "yes or no") if f.kind == Kind.YES_NO else ", ".join(
        term.label(lang) for term in f.vocabulary)
    return t_in(lang, "« {text} » n'est pas une valeur de « {column} » ({values}) ; le texte "
                "est conservé dans la note « {note} ».",
                "“{text}” is not a value of “{column}” ({values}); the text is kept in the "
                "note “{note}”.", text=_norm(text), column=f.label(lang), values=values,
                note=note)


def _own_items(row: ParsedRow, key: str) -> list[str]:
    """The names an activity's list `key` holds so far (its categories, its recipients…)."""
    if key == "data_categories":
        return row.categories
    return list(row.values.get(key) or [])


_PER_ITEM_LINES = re.compile(r"\s*[\n;]\s*")
_PERIOD = re.compile(r"^(.+?)\s*(?::|=|\s[–-]\s)\s*(.+)$")


def _per_item(row: ParsedRow, f: Field, text: str, note: Any) -> None:
    """A text per item written in one cell, a line each ("Identité : 5 ans"): each line
    whose item the activity has goes to that item; any other line to a note."""
    own = {_fold(name): name for name in _own_items(row, f.item_field)}
    found: dict[str, str] = dict(row.values.get(f.key) or {})
    rest: list[str] = []
    for line in _PER_ITEM_LINES.split(text):
        if not line:
            continue
        match = _PERIOD.match(line)
        name = own.get(_fold(_norm(match.group(1)))) if match else None
        if match is None or name is None or name in found:
            rest.append(line)
        else:
            found[name] = match.group(2).strip()
    if found:
        row.values[f.key] = found
    if rest:
        note("\n".join(rest))


def _grouped(row: ParsedRow, f: Field, records: list[dict[str, tuple[str, str]]]) -> None:
    """The numbered groups of an export's columns ("Transferts hors UE 2 › Pays"), one
    record each, into their field; a group that cannot be read goes to notes, each cell
    under its column's title."""
    def keep(record: dict[str, tuple[str, str]]) -> None:
        row.notes.extend((title, text) for text, title in record.values())

    if f.kind == Kind.PER_ITEM:
        item, period = columns_.group_fields(f)
        own = {_fold(name): name for name in _own_items(row, f.item_field)}
        found: dict[str, str] = dict(row.values.get(f.key) or {})
        for record in records:
            name = own.get(_fold(_norm(record.get(item.key, ("", ""))[0])))
            if name is None or period.key not in record or name in found:
                keep(record)
            else:
                found[name] = record[period.key][0]
        if found:
            row.values[f.key] = found
        return
    first = columns_.group_fields(f)[0]
    parsed: list[dict[str, Any]] = list(row.values.get(f.key) or [])
    for record in records:
        value: dict[str, Any] = {sub.key: "" for sub in columns_.group_fields(f)}
        readable = first.key in record
        unnamed: list[str] = []
        unread: list[str] = []  # the account's lines for its choices that name no value
        for key, (text, title) in record.items():
            sub = catalogue.find(key, f.fields)
            if sub is not None and sub.vocabulary == vocab.SAFEGUARDS:
                value[key] = _safeguard(text)  # never unreadable: "other", the text kept
                if _term(vocab.SAFEGUARDS, text) is None:
                    unnamed.append(text)
            elif sub is not None and sub.kind == Kind.CHOICE and sub.vocabulary:
                code = _term(sub.vocabulary, text)
                if code is None and f.key == "legal_bases":
                    bases, rest = parse_bases(text)
                    code = bases[0][0] if len(bases) == 1 and not rest else None
                if code is None:
                    readable = False
                    unread.append(_not_a_value(language(), text, sub, title))
                value[key] = code or ""
            else:
                value[key] = text
        if unnamed:
            value["safeguard_detail"] = "; ".join(
                x for x in (str(value.get("safeguard_detail") or ""), *unnamed) if x)
        if not readable:
            keep(record)
            row.warnings += unread
        elif f.key == "legal_bases":
            if all(code != value["code"] for code, _ in row.bases):
                row.bases.append((value["code"], str(value.get("justification") or "")))
            else:
                keep(record)
        else:
            parsed.append(value)
    if parsed and f.key != "legal_bases":
        row.values[f.key] = parsed


def _NO_CATEGORY() -> str:
    return t("aucune catégorie de données.", "no data category.")


def _NO_BASIS() -> str:
    return t("aucun fondement légal.", "no legal basis.")


def _transfer_columns(row: ParsedRow, parts: dict[str, str],
                      note: Any) -> None:
    """Transfers given as separate columns (country, recipient, safeguard)."""
    countries = _items(parts.get("country", "")) if parts.get("country") else []
    if countries and _fold(_norm(parts["country"])).strip(" .") in _NONE:
        note("transfers.country", parts["country"])
        countries = []
    safeguard_text = parts.get("safeguard", "")
    transfers = list(row.values.get("transfers") or [])
    if not countries and not transfers:
        for key, text in parts.items():
            note(f"transfers.{key}", text)
        return
    if not transfers:
        transfers = [{"country": c, "recipient": "", "safeguard": "", "safeguard_detail": ""}
                     for c in countries]
    for transfer in transfers:
        if parts.get("recipient"):
            transfer["recipient"] = parts["recipient"]
        if safeguard_text:
            transfer["safeguard"] = _safeguard(safeguard_text)
            if transfer["safeguard"] == "other" or _term(vocab.SAFEGUARDS, safeguard_text) is None:
                transfer["safeguard_detail"] = "; ".join(
                    x for x in (transfer.get("safeguard_detail", ""), safeguard_text) if x)
        if parts.get("safeguard_detail"):
            transfer["safeguard_detail"] = "; ".join(
                x for x in (transfer.get("safeguard_detail", ""), parts["safeguard_detail"])
                if x)
    row.values["transfers"] = transfers


def _names(text: str, matcher: _CategoryMatcher, seen_new: dict[str, str]) -> list[str] | None:
    """Item names in a cell (known ones whole), or None when the cell is prose."""
    found, leftovers, prose = matcher.parse(text)
    if prose or leftovers:
        return None
    names: list[str] = []
    for name, is_known in found:
        if not is_known:
            name = seen_new.setdefault(_fold(name), name)
        if name not in names:
            names.append(name)
    return names


def _categories(row: ParsedRow, text: str, matchers: _Matchers) -> None:
    matcher = matchers.get("data_categories")
    seen_new = matchers.seen_new["data_categories"]
    row.categories_text = _norm(text)
    found, leftovers, prose = matcher.parse(text)
    if prose:
        row.warnings.append(
            t_in(
                matchers.lang,
                "les catégories de données sont une phrase, pas une liste : aucune catégorie "
                "reprise, le texte est conservé.",
                "the data categories read as a sentence, not a list: no category taken, the "
                "text is kept.",
            )
        )
        return
    new: list[str] = []
    for name, is_known in found:
        if not is_known:
            name = seen_new.setdefault(_fold(name), name)
            if name not in new:
                new.append(name)
        if name not in row.categories:
            row.categories.append(name)
    if new:
        row.warnings.append(
            t_in(
                matchers.lang,
                "nouvelles catégories de données : {names}.",
                "new data categories: {names}.",
                names=", ".join(new),
            )
        )
    for piece in leftovers:
        row.warnings.append(
            t_in(
                matchers.lang,
                "texte non repris comme catégorie (conservé) : « {text} »",
                'text not taken as a category (kept): "{text}"',
                text=piece,
            )
        )


_CLAUSE_END = re.compile(r",\s|;|:|\(|\s[-–—]\s|[.!?](?:\s|$)")


def _name(purpose: str) -> str:
    """First clause of the purpose's first line (the main purpose, its sub-purposes under
    it), cut at a word to `MAX_NAME`, no trailing punctuation."""
    first = purpose.split("\n", 1)[0].strip()
    clause = _CLAUSE_END.split(first, maxsplit=1)[0].strip()
    if len(clause) < 3:
        clause = first if len(first) >= 3 else _norm(purpose)
    if len(clause) > MAX_NAME:
        cut = clause[: MAX_NAME + 1]
        clause = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_NAME]
    return clause.rstrip(" \t.,;:!?-–—…(")


# --------------------------------------------------------------------------- categories


_MARKER = re.compile(
    r"\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)"  # (a) (ii) (3)
    r"|(?:^|(?<=\n))\s*(?:[a-z]|\d{1,2})[.)](?=\s)"  # a) 1. at line start
    r"|(?:^|(?<=\n))\s*[-•·▪◦*–—]\s"  # bullets at line start
    r"|[\n;,]",
    re.IGNORECASE,
)
_CONNECTORS = {"et", "and", "ou", "or", "&", "+", "/", "-", "etc"}


_PROSE_OPENERS = {"le", "la", "les", "l'", "un", "une", "des", "toute", "toutes", "tout", "tous",
                  "selon", "voir", "the", "a", "an", "all", "any", "every", "each", "see",
                  "according", "nous", "we", "il", "it", "si", "if", "when", "lorsque", "quand"}
"""First words of a sentence, never of a category name ("Les données nécessaires …")."""


_SENTENCE_MARKS = re.compile(r"[.!?:()\[\]«»\"]")


def _looks_like_prose(text: str) -> bool:
    """More than `PROSE_WORDS` words, sentence punctuation or brackets inside, or a
    sentence's opening ("Toute catégorie pertinente …") on three words or more."""
    words = text.split()
    if len(words) > PROSE_WORDS or _SENTENCE_MARKS.search(text):
        return True
    first = _fold(words[0]) if words else ""
    first = first.split("'")[0] + "'" if "'" in first else first
    return len(words) >= 3 and first in _PROSE_OPENERS


def _trim_connectors(text: str) -> str:
    words = text.split()
    while words and _fold(words[0]).strip(".,;:") in _CONNECTORS:
        words.pop(0)
    while words and _fold(words[-1]).strip(".,;:") in _CONNECTORS:
        words.pop()
    return " ".join(words).strip(" .,;:-")


_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]*$")
_WORD_AFTER = re.compile(r"^[ \t]*([\w'’-]+)")


def _inside_longer_name(text: str, start: int, end: int, claimed: list[bool]) -> bool:
    """A known name that is part of a longer one: "Contact" in "contact details" or in
    "données de contact", "Utilisation" in "journal d'utilisation".

    Names listed with spaces only ("Identité Contact Profil") are each
    capitalised; a longer name goes on in lower case or with a number ("Clients 3" is
    not the clients and a "3"), or is glued by an apostrophe. Words claimed by another
    known name, and "et"/"and", do not count.
    """
    if start and text[start - 1] in "'’-":
        return True
    base = max(0, start - 60)
    before = _WORD_BEFORE.search(text[base:start])
    if before and not claimed[base + before.start(1)]:
        word = before.group(1)
        if word[:1].islower() and _fold(word).strip("'’") not in _CONNECTORS:
            return True
    after = _WORD_AFTER.match(text[end : end + 60])
    if after and not claimed[end + after.start(1)]:
        word = after.group(1)
        if (word[:1].islower() or word[:1].isdigit()) and _fold(word) not in _CONNECTORS:
            return True
    return False


class _CategoryMatcher:
    """Finds known category names in running text, longest names first."""

    def __init__(self, known: Iterable[str]) -> None:
        spellings: dict[str, str] = {}
        for name in known:
            clean = _norm(name)
            if clean:
                spellings.setdefault(_fold(clean), clean)
        ordered = sorted(spellings, key=len, reverse=True)
        self._patterns = [
            (
                re.compile(
                    r"(?<!\w)" + r"\s+".join(re.escape(w) for w in key.split()) + r"s?(?!\w)"
                ),
                spellings[key],
            )
            for key in ordered
        ]
        self._cache: dict[str, tuple[list[tuple[str, bool]], list[str], bool]] = {}

    def parse(self, cell: str) -> tuple[list[tuple[str, bool]], list[str], bool]:
        """(name, known?) in order, leftover text that is not a name, and whether prose.

        Known names are claimed in the whole cell, longest first, whatever
        separates them (spaces in the seed, commas, new lines, "(a) … (b) …").
        The rest is cut at list markers ((a), bullets, new lines, commas,
        semicolons) and at the claimed names; each piece, without leading or
        trailing "et"/"and", is a new category unless it reads as prose (more
        than `PROSE_WORDS` words, or sentence punctuation). A cell where no
        known name matched and some piece reads as prose is prose as a whole:
        its commas are a sentence's, not a list's.
        """
        cached = self._cache.get(cell)
        if cached is None:
            cached = self._cache[cell] = self._parse(cell)
        return cached

    def _parse(self, cell: str) -> tuple[list[tuple[str, bool]], list[str], bool]:
        text = unicodedata.normalize("NFC", cell)
        folded = _fold(text)
        claimed = [False] * len(text)
        spans: list[tuple[int, int, str]] = []
        for pattern, spelling in self._patterns:
            for match in pattern.finditer(folded):
                if any(claimed[match.start() : match.end()]):
                    continue
                claimed[match.start() : match.end()] = [True] * (match.end() - match.start())
                spans.append((match.start(), match.end(), spelling))
        # Once every known name is claimed, those glued to unclaimed words are given back:
        # they are part of a longer name.
        inside = [span for span in spans if _inside_longer_name(text, span[0], span[1], claimed)]
        for start, end, _ in inside:
            claimed[start:end] = [False] * (end - start)
        found = [(start, spelling, True) for start, end, spelling in spans
                 if (start, end, spelling) not in inside]
        any_known = bool(found)

        parts: list[str] = []
        position = 0
        for start, end, _ in sorted(span for span in spans if span not in inside):
            parts += [text[position:start], "\n" * (end - start)]
            position = end
        masked = "".join([*parts, text[position:]])
        pieces: list[tuple[int, str]] = []
        position = 0
        for separator in [*_MARKER.finditer(masked), None]:
            end = separator.start() if separator else len(masked)
            piece = _trim_connectors(_norm(masked[position:end]))
            if _has_letters(piece):
                pieces.append((position, piece))
            if separator:
                position = max(separator.end(), position)
        if not any_known and any(_looks_like_prose(piece) for _, piece in pieces):
            return [], [], True
        rejected: list[str] = []
        for position, piece in pieces:
            if _looks_like_prose(piece):
                rejected.append(piece)
            else:
                found.append((position, piece, False))
        found.sort(key=lambda item: item[0])
        return [(name, known) for _, name, known in found], rejected, False


# --------------------------------------------------------------------------- legal bases


# A lead-in such as "Nécessaire pour répondre à une" / "Necessary to comply with a"
# belongs to the basis it introduces.
_LEAD = r"(?:(?:necessaire|necessary|needed|required)\s+(?:pour|for|to|a)\s+(?:[\w']+\s+){0,4}?)?"
_BASIS_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "legitimate_interests",
        r"interets?\s+legitimes?|legitimate\s+interests?",
    ),
    (
        "vital_interests",
        r"(?:sauvegarde\s+des\s+)?interets?\s+vita(?:ux|l)|interet\s+vital"
        r"|vital\s+interests?",
    ),
    (
        "public_task",
        r"missions?\s+d'interet\s+public|missions?\s+de\s+service\s+public"
        r"|exercice\s+de\s+l'autorite\s+publique|public\s+task"
        r"|tasks?\s+carried\s+out\s+in\s+the\s+public\s+interest|official\s+authority"
        r"|interet\s+public|public\s+interest",
    ),
    (
        "legal_obligation",
        r"obligations?\s+legales?(?:\s+ou\s+(?:contractuelles?|reglementaires?))?"
        r"|obligations?\s+reglementaires?"
        r"|legal\s+(?:or\s+(?:contractual|regulatory)\s+)?obligations?"
        r"|comply\s+with\s+(?:the\s+)?(?:law|legal\s+requirements?)",
    ),
    (
        "contract",
        r"execution\s+(?:d'un|du|des|de\s+(?:nos|vos|leurs?|ses)|d'une\s+relation)\s+contrats?"
        r"(?:\s+(?:avec\s+vous|conclu\s+avec\s+vous))?"
        r"|mesures\s+precontractuelles"
        r"|performance\s+of\s+(?:a|the|our|your)\s+contracts?(?:\s+with\s+you)?"
        r"|(?:perform|enter\s+into)\s+(?:a|the|our)\s+contracts?(?:\s+with\s+you)?"
        # the bare word, last: "obligation légale ou contractuelle" is a legal obligation
        r"|contrats?|contracts?|contractuel(?:le)?s?|contractual",
    ),
    (
        "consent",
        r"consentements?|consent(?:s|ed)?",
    ),
)
_BASIS_RE = re.compile(
    r"(?<!\w)"
    + _LEAD
    + "(?:"
    + "|".join(f"(?P<{code}>{pattern})" for code, pattern in _BASIS_PATTERNS)
    + r")(?!\w)"
)


_BASIS_WORDS = ("interet", "interest", "vital", "public", "autorite", "authority", "obligation",
                "comply", "contrat", "contract", "consent")
"""A word every phrase of `_BASIS_PATTERNS` holds (folded): a text without any names no
basis in words (a test keeps every pattern holding one)."""

_LETTER_CODE = {term.article[-2]: term.code for term in vocab.LEGAL_BASES}
"""The point of Article 6(1) each basis is: "a" consent … "f" legitimate interests."""

_PAR = r"(?:par(?:agraphe?|agraph|a)?|al(?:inea)?|§|abs)\.?\s*"
_LET = r"(?:let(?:tre|ter)?|lit|point|pt)\.?\s*"
_ARTICLE_RE = re.compile(
    r"(?<![\w.])(?:art(?:icle)?\.?\s*)?6"
    rf"(?:\s*\(\s*1\s*\)|\s*[.,\-]\s*(?:{_PAR})?1|\s+{_PAR}1)"
    rf"(?:\s*\(\s*(?P<p>[a-f])\s*\)|\s*[.,\-]\s*(?:{_LET})?(?P<q>[a-f])|\s+(?:{_LET})?(?P<r>[a-f]))"
    r"(?!\w)(?:\s*(?:du\s+|of\s+the\s+|of\s+)?(?:uk\s+)?(?:rgpd|gdpr))?"
)
"""Article 6(1) references as people write them: "Art. 6(1)(b)", "6.1.b", "article 6-1-b",
"art. 6, par. 1, let. b RGPD" (matched on folded text)."""


def _article_code(match: re.Match[str]) -> str:
    return _LETTER_CODE[match.group("p") or match.group("q") or match.group("r")]


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one at `start`, or len(text) when unclosed."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


_LIST_MARKER = re.compile(r"(?<!\w)\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)(?=\s|$)", re.IGNORECASE)
"""(a), (ii), (3): list markers, as in "(a) Performance of a contract (b) …"."""


def _sentence_breaks(text: str, markers: Sequence[re.Match[str]]) -> list[int]:
    """Positions just after a sentence end (. ! ? ;) outside brackets, and around list markers
    (`markers`, the text's `_LIST_MARKER` matches)."""
    breaks: list[int] = []
    for marker in markers:
        breaks += [marker.start(), marker.end()]
    depth = 0
    for mark in _PUNCTUATION.finditer(text):
        ch, index = mark.group(), mark.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (index + 1 == len(text) or text[index + 1] == " "):
            breaks.append(index + 1)
    return sorted(set(breaks))


_PUNCTUATION = re.compile(r"[().!?;]")
_UNCOVERED = re.compile(rb"[^\x01]+")


def parse_bases(text: str) -> tuple[list[tuple[str, str]], str]:
    """The bases named in `text` (see `_parse_bases`); a fresh list, the result is cached."""
    bases, rest = _parse_bases(text)
    return list(bases), rest


@functools.lru_cache(maxsize=4096)
def _parse_bases(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """The bases named in `text` as (code, justification), and the wording left unmapped.

    Each recognised phrase (with its lead-in, e.g. "Nécessaire pour nos
    intérêts légitimes") names a basis. Its justification is the bracketed
    reason right after it, without brackets; failing that, when the phrase sits
    in a longer sentence ("Pour la plupart des communications …, nous vous
    demanderons votre consentement."), that whole sentence. Sentences naming no
    basis are the unmapped wording, kept verbatim. A code named twice keeps its
    first place; justifications are joined with "; ".
    """
    text = _norm(text)
    if not text:
        return (), ""
    folded = _fold(text)
    hits: list[tuple[int, int, int, str, str]] = []  # start, phrase end, end, code, reason
    position = 0
    # Most cells of a register name a basis in a few words, or cite an article: each pattern
    # is searched only in a text holding what it cannot match without (its words, a "6", a
    # bracket), as a table of 10,000 rows has 10,000 texts.
    named = any(word in folded for word in _BASIS_WORDS)
    while named:
        match = _BASIS_RE.search(folded, position)
        if match is None:
            break
        code = match.lastgroup or ""
        end = match.end()
        reason = ""
        after = end
        while after < len(text) and text[after] == " ":
            after += 1
        if after < len(text) and text[after] == "(" and not _LIST_MARKER.match(text, after):
            close = _closing(text, after)
            reason = _norm(text[after + 1 : close])
            end = min(len(text), close + 1)
            if _ARTICLE_RE.fullmatch(_fold(reason)):
                reason = ""  # "Consent (Art. 6(1)(a))": the article, not a reason
        hits.append((match.start(), match.end(), end, code, reason))
        position = max(end, match.end(), match.start() + 1)
    articles = list(_ARTICLE_RE.finditer(folded)) if "6" in folded else []
    markers = list(_LIST_MARKER.finditer(text)) if "(" in text else []
    for match in articles:
        if not any(start <= match.start() < end for start, _, end, _, _ in hits):
            end, reason = match.end(), ""
            after = end + len(text[end:]) - len(text[end:].lstrip(" "))
            if after < len(text) and text[after] == "(" and not _LIST_MARKER.match(text, after):
                close = _closing(text, after)
                reason, end = _norm(text[after + 1 : close]), min(len(text), close + 1)
            hits.append((match.start(), match.end(), end, _article_code(match), reason))
    hits.sort()

    breaks = [b for b in _sentence_breaks(text, markers)
              if not any(start < b < end for start, _, end, _, _ in hits)]
    bounds = [0, *breaks, len(text)]
    sentence_of = [bisect.bisect_right(breaks, start) for start, *_ in hits]
    codes_in: dict[int, set[str]] = {}  # the codes each sentence names
    for sentence, hit in zip(sentence_of, hits, strict=True):
        codes_in.setdefault(sentence, set()).add(hit[3])

    reasons: dict[str, list[str]] = {}
    covered = bytearray(len(text))
    for marker in markers:
        covered[marker.start() : marker.end()] = b"\x01" * (marker.end() - marker.start())
    for (start, _phrase_end, end, code, reason), sentence in zip(hits, sentence_of, strict=True):
        covered[start:end] = b"\x01" * (end - start)
        s_start, s_end = bounds[sentence], max(bounds[sentence + 1], end)
        if not reason and len(codes_in[sentence]) == 1:
            # The phrase's sentence says more than the phrase: keep it as the reason,
            # without the article references it cites.
            sentence_text = text[s_start:s_end]
            for match in articles:
                if s_start <= match.start() < s_end:
                    a, b = match.start() - s_start, match.end() - s_start
                    sentence_text = sentence_text[:a] + "\x00" * (b - a) + sentence_text[b:]
            rest_parts: list[str] = []
            cursor = s_start
            for h_start, _, h_end, _, _ in hits:
                if s_start <= h_start < s_end:
                    rest_parts.append(sentence_text[max(0, cursor - s_start) : h_start - s_start])
                    cursor = max(cursor, h_end)
            rest = "".join([*rest_parts, sentence_text[max(0, cursor - s_start) :]])
            if _has_letters(rest.replace("\x00", "")):
                reason = _norm(sentence_text.replace("\x00", " ")).strip(" .;!?–—-:,")
                covered[s_start:s_end] = b"\x01" * (s_end - s_start)
        kept = reasons.setdefault(code, [])
        if reason and reason not in kept:
            kept.append(reason)
    results = tuple((code, "; ".join(kept)) for code, kept in reasons.items())

    pieces: list[str] = []
    for uncovered in _UNCOVERED.finditer(bytes(covered)):
        piece = text[uncovered.start() : uncovered.end()].strip().lstrip(".,;:!?) ")
        if _has_letters(piece):
            pieces.append(piece)
    return results, " ".join(pieces)


def parse_names(text: str, known: Sequence[str]) -> tuple[list[str], list[str], bool]:
    """Names in a cell as the import reads a categories column: known ones spelled as known.

    (names in order, pieces that read as prose, whether the whole cell is prose).
    """
    found, rejected, prose = _CategoryMatcher(known).parse(text)
    return list(dict.fromkeys(name for name, _known in found)), rejected, prose
