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
import datetime as _dt
import functools
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from model.core.errors import RegistreError
from model.core.i18n import t

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: a record of processing activities is a few hundred rows."""

MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
"""Refuse XLSX files that would inflate beyond this (zip bombs)."""

MAX_ROWS = 200_000
"""More sheet rows than this (blank ones included) are refused, like files over `MAX_BYTES`."""

MAX_COLUMNS = 64
"""Sheet columns read; a register has three, and a sheet may claim 16 384."""

MAX_NAME = 80
"""Longest derived activity name, in characters."""

PROSE_WORDS = 4
"""A category fragment of more words than this reads as a sentence, not a name."""

ROLES = ("purpose", "categories", "basis")


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
    errors: list[str] = field(default_factory=list)
    """Blocking problems: the store refuses the whole import if any row has one."""
    warnings: list[str] = field(default_factory=list)
    """Problems the user should see but that do not stop the import."""

    @property
    def problems(self) -> list[str]:
        """Errors then warnings, for display."""
        return [*self.errors, *self.warnings]


@dataclass
class ParsedTable:
    """All rows of a table, and every problem prefixed with its line."""

    rows: list[ParsedRow] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    """Category names not in `known_categories`, in first-seen order."""
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


def parse_table(path: Path, *, known_categories: Sequence[str]) -> ParsedTable:
    """Read and parse the table at `path`; only `RegistreError` escapes."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
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
                reason=exc.strerror if isinstance(exc, OSError) and exc.strerror else exc,
            )
        ) from exc
    return parse_bytes(data, filename=name, known_categories=known_categories)


def parse_bytes(data: bytes, *, filename: str, known_categories: Sequence[str]) -> ParsedTable:
    """Parse a table held in memory; `filename` only names it in messages."""
    try:
        return _parse(data, filename, known_categories)
    except RegistreError:
        raise
    except Exception as exc:  # the promise is: only RegistreError escapes
        raise RegistreError(
            t(
                "{file} n'a pas pu être lu comme un tableau ({reason}).",
                "{file} could not be read as a table ({reason}).",
                file=filename,
                reason=type(exc).__name__,
            )
        ) from exc


def _parse(data: bytes, filename: str, known: Sequence[str]) -> ParsedTable:
    if len(data) > MAX_BYTES:
        raise _too_big(filename)
    if not data.strip():
        raise RegistreError(t("{file} est vide.", "{file} is empty.", file=filename))
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        raw = _xlsx_rows(data, filename)
    else:
        raw = _text_rows(_decode(data, filename), filename)
    return _build(raw, filename, known)


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
            "{file} n'est pas un tableau (TSV, CSV ou XLSX) de finalités, catégories de "
            "données et fondements légaux.",
            "{file} is not a table (TSV, CSV or XLSX) of purposes, data categories and "
            "legal bases.",
            file=filename,
        )
    )


def _binary(filename: str) -> RegistreError:
    return RegistreError(
        t(
            "{file} est un fichier binaire, pas un tableau texte ni un classeur XLSX.",
            "{file} is a binary file, neither a text table nor an XLSX workbook.",
            file=filename,
        )
    )


# --------------------------------------------------------------------------- reading


RawRow = tuple[int, list[str]]
"""(first line, cells) as read, before any interpretation."""


def _decode(data: bytes, filename: str) -> str:
    """UTF-16 with BOM (Excel's "Unicode text"), else strict UTF-8, else Windows-1252."""
    text: str | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    elif b"\x00" not in data:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = None
    if text is None or "\x00" in text:
        raise _binary(filename)
    text = text.lstrip("\ufeff")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    if controls > max(2, len(text) // 100):
        raise _binary(filename)
    head = text.lstrip()[:200].lower()
    if head.startswith(("<?xml", "<!doctype", "<html", "{\\rtf", "%pdf")):
        raise _not_a_table(filename)
    return unicodedata.normalize("NFC", text)


def _text_rows(text: str, filename: str) -> list[RawRow]:
    """Split delimited text into rows, keeping where each row starts."""
    delimiter = _sniff(text)
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
    return rows


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


def _xlsx_rows(data: bytes, filename: str) -> list[RawRow]:
    """The first sheet's rows as text, numbered like the sheet."""
    malformed = RegistreError(
        t(
            "{file} n'est pas un classeur XLSX lisible (fichier abîmé ou d'un autre format).",
            "{file} is not a readable XLSX workbook (damaged, or another format).",
            file=filename,
        )
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
                raise _too_big(filename)
            names = {info.filename for info in infos}
    except RegistreError:
        raise
    except Exception as exc:  # zipfile raises many kinds on garbage
        raise malformed from exc
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        raise _not_a_table(filename)

    import openpyxl  # imported late: text tables should not pay for it

    rows: list[RawRow] = []
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise malformed from exc
    try:
        if not workbook.worksheets:
            raise _not_a_table(filename)
        sheet = workbook.worksheets[0]
        if not hasattr(sheet, "iter_rows"):
            raise _not_a_table(filename)
        values_by_row = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        for number, values in enumerate(values_by_row, start=1):
            if number > MAX_ROWS:
                raise RegistreError(
                    t(
                        "{file} a plus de {rows} lignes : ce n'est pas un registre à importer.",
                        "{file} has more than {rows} rows: not a register to import.",
                        file=filename,
                        rows=MAX_ROWS,
                    )
                )
            rows.append((number, [_cell_text(value) for value in values]))
    except RegistreError:
        raise
    except Exception as exc:
        raise malformed from exc
    finally:
        workbook.close()
    return rows


def _cell_text(value: object) -> str:
    """A sheet value as the user saw it: 2.0 is "2", dates are ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


# --------------------------------------------------------------------------- text helpers


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


def _fold(text: str) -> str:
    """Lower case without accents, one character per character (spans stay valid)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(map(_fold_char, text.translate(_APOSTROPHES)))


def _norm(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def _has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# --------------------------------------------------------------------------- header


# Header wording, folded. Specific phrases (weight 2) beat generic words (weight 1)
# when two cells claim the same role. Basis is tried first: its French header
# mentions "traitement des données", which would otherwise read as the other two.
_HEADER_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "basis": (
        (r"fondements? (?:legal|juridique)", 2),
        (r"bases? (?:legale|juridique)s?", 2),
        (r"(?:lawful|legal) (?:basis|bases|grounds?)", 2),
        (r"liceite|lawfulness", 2),
        (r"fondements?|basis|bases", 1),
    ),
    "categories": (
        (r"(?:types?|categories?) (?:de |des )?donnees", 2),
        (r"(?:types?|categories?) of (?:personal )?data", 2),
        (r"(?:personal )?data (?:categories|types?)", 2),
        (r"donnees|data|categories?", 1),
    ),
    "purpose": (
        (r"finalites?|purposes?", 2),
        (r"but|activites?|activity|activities|objectifs?|traitements?|processing", 1),
    ),
}


def _header_role(cell: str) -> tuple[str, int] | None:
    """The role a column title names, with its weight; the words must open the title."""
    folded = " ".join(re.findall(r"\w+", _fold(cell)))
    if not folded or len(folded.split()) > 12:
        return None
    for role, patterns in _HEADER_WORDS.items():
        for pattern, weight in patterns:
            if re.match(rf"(?:\w+ ){{0,2}}(?:{pattern})\b", folded):
                return role, weight
    return None


def _header_map(cells: list[str]) -> dict[str, int] | None:
    """Column of each role when `cells` read as a header, else None.

    A header names two roles at least, one of them by a specific phrase
    ("Type de données", "Lawful basis", "Finalité"...): generic words alone
    ("Activité", "données") also open ordinary data cells. A row with a legal
    basis in a cell that is no column title is data.
    """
    found: dict[str, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        hit = _header_role(cell)
        if hit is None:
            if _BASIS_RE.search(_fold(cell)):
                return None  # a legal basis in a cell: this is a data row
            continue
        role, weight = hit
        if role not in found or weight > found[role][1]:
            found[role] = (index, weight)
    if len(found) < 2 or max(weight for _, weight in found.values()) < 2:
        return None
    return {role: index for role, (index, _) in found.items()}


# --------------------------------------------------------------------------- building rows


def _filled(cells: list[str]) -> list[int]:
    return [i for i, cell in enumerate(cells) if cell.strip()]


def _line_msg(line: int, message: str) -> str:
    return t("Ligne {line} : {msg}", "Line {line}: {msg}", line=line, msg=message)


@dataclass
class _Pending:
    """A row being assembled: each role's cell, as parts from the wrapped lines."""

    line: int
    parts: dict[str, list[str]]
    errors: list[str]

    def cell(self, role: str) -> str:
        return " ".join(part for part in self.parts.get(role, []) if part.strip())


def _build(raw: list[RawRow], filename: str, known: Sequence[str]) -> ParsedTable:
    table = ParsedTable()
    content = [(line, cells, filled) for line, cells in raw if (filled := _filled(cells))]
    if not content:
        raise RegistreError(t("{file} est vide.", "{file} is empty.", file=filename))

    # Header: the first row with at least two recognised column titles among the
    # first few, provided only title-like rows (one cell) come before it.
    columns: dict[str, int] = {role: i for i, role in enumerate(ROLES)}
    width = len(ROLES)
    start = 0
    for position, (line, cells, filled) in enumerate(content[:6]):
        mapping = _header_map(cells)
        if mapping is not None:
            columns, start = mapping, position + 1
            width = max(filled) + 1
            for skipped_line, skipped, _ in content[:position]:
                table.warnings.append(
                    _line_msg(
                        skipped_line,
                        t(
                            "texte au-dessus des titres ignoré : « {text} »",
                            'text above the column titles ignored: "{text}"',
                            text=_norm(" ".join(skipped))[:80],
                        ),
                    )
                )
            used = set(mapping.values())
            for index in filled:
                if index not in used:
                    table.warnings.append(
                        _line_msg(
                            line,
                            t(
                                "colonne « {name} » ignorée.",
                                'column "{name}" ignored.',
                                name=_norm(cells[index]),
                            ),
                        )
                    )
            break
        if len(filled) > 1:
            break
    if start == 0:
        # Without titles, most rows must fill several cells (or continue the row
        # before): lines of prose with a stray comma are not a table.
        lone = sum(1 for _, _, filled in content if filled == [0])
        if lone * 2 >= len(content):
            raise _not_a_table(filename)

    purpose_col = columns.get("purpose", -1)
    pending: list[_Pending] = []
    for line, cells, filled in content[start:]:
        extra = [i for i in filled if i >= width]
        by_role = {
            role: cells[index] if index < len(cells) else "" for role, index in columns.items()
        }
        continuation = (
            pending
            and not by_role.get("purpose", "").strip()
            and filled
            and filled[0] > 0
            and filled[0] != purpose_col
        )
        if continuation:
            previous = pending[-1]
            for role, text in by_role.items():
                previous.parts.setdefault(role, []).append(text)
            if extra:
                previous.errors.append(_too_many(line, len(filled), width))
            continue
        errors = [_too_many(None, len(filled), width)] if extra else []
        pending.append(_Pending(line, {role: [text] for role, text in by_role.items()}, errors))

    if not pending:
        raise RegistreError(
            t(
                "{file} ne contient aucune activité sous ses titres de colonnes.",
                "{file} holds no activity under its column titles.",
                file=filename,
            )
        )

    matcher = _CategoryMatcher(known)
    seen_new: dict[str, str] = {}
    for item in pending:
        row = _row(item, matcher, seen_new)
        table.rows.append(row)
        table.errors.extend(_line_msg(row.line, msg) for msg in row.errors)
        table.warnings.extend(_line_msg(row.line, msg) for msg in row.warnings)
    table.new_categories = list(seen_new.values())
    return table


def _too_many(line: int | None, filled: int, width: int) -> str:
    """The blocking message; `line` names a continuation line, None the row's own."""
    message = t(
        "trop de colonnes : {filled} cellules remplies, {width} colonnes au plus.",
        "too many columns: {filled} cells filled, at most {width} columns.",
        filled=filled,
        width=width,
    )
    if line is None:
        return message
    return t("{msg} (ligne {line})", "{msg} (line {line})", msg=message.rstrip("."), line=line)


def _row(item: _Pending, matcher: _CategoryMatcher, seen_new: dict[str, str]) -> ParsedRow:
    purpose = _norm(item.cell("purpose"))
    row = ParsedRow(line=item.line, name=_name(purpose), purpose=purpose)
    row.errors.extend(item.errors)
    if not purpose:
        row.errors.append(
            t(
                "finalité manquante : chaque activité a besoin d'une finalité.",
                "missing purpose: every activity needs one.",
            )
        )

    raw_categories = item.cell("categories")
    row.categories_text = _norm(raw_categories)
    found, leftovers, prose = matcher.parse(raw_categories)
    if prose:
        row.warnings.append(
            t(
                "les catégories de données sont une phrase, pas une liste : aucune catégorie "
                "reprise, le texte est conservé.",
                "the data categories read as a sentence, not a list: no category taken, the "
                "text is kept.",
            )
        )
    else:
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
                t(
                    "nouvelles catégories de données : {names}.",
                    "new data categories: {names}.",
                    names=", ".join(new),
                )
            )
        for text in leftovers:
            row.warnings.append(
                t(
                    "texte non repris comme catégorie (conservé) : « {text} »",
                    'text not taken as a category (kept): "{text}"',
                    text=text,
                )
            )
    if not row.categories_text:
        row.warnings.append(t("aucune catégorie de données.", "no data category."))

    row.basis_text = _norm(item.cell("basis"))
    row.bases, row.unmapped_basis = parse_bases(row.basis_text)
    if not row.basis_text:
        row.warnings.append(t("aucun fondement légal.", "no legal basis."))
    elif row.unmapped_basis:
        row.warnings.append(
            t(
                "fondement légal non reconnu, conservé tel quel : « {text} »",
                'legal basis not recognised, kept as is: "{text}"',
                text=row.unmapped_basis,
            )
        )
    return row


def _name(purpose: str) -> str:
    """First clause of the purpose, cut at a word to `MAX_NAME`, no trailing punctuation."""
    clause = re.split(r",\s|;|:|\(|\s[-–—]\s|[.!?](?:\s|$)", purpose, maxsplit=1)[0].strip()
    if len(clause) < 3:
        clause = purpose
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


def _looks_like_prose(text: str) -> bool:
    """More than `PROSE_WORDS` words, or sentence punctuation or brackets inside."""
    return len(text.split()) > PROSE_WORDS or bool(re.search(r"[.!?:()\[\]«»\"]", text))


def _trim_connectors(text: str) -> str:
    words = text.split()
    while words and _fold(words[0]).strip(".,;:") in _CONNECTORS:
        words.pop(0)
    while words and _fold(words[-1]).strip(".,;:") in _CONNECTORS:
        words.pop()
    return " ".join(words).strip(" .,;:-")


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
        text = unicodedata.normalize("NFC", cell)
        folded = _fold(text)
        claimed = [False] * len(text)
        found: list[tuple[int, str, bool]] = []  # (position, name, known)
        for pattern, spelling in self._patterns:
            for match in pattern.finditer(folded):
                if any(claimed[match.start() : match.end()]):
                    continue
                claimed[match.start() : match.end()] = [True] * (match.end() - match.start())
                found.append((match.start(), spelling, True))
        any_known = bool(found)

        masked = "".join("\n" if flag else ch for ch, flag in zip(text, claimed, strict=True))
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
        r"|tasks?\s+carried\s+out\s+in\s+the\s+public\s+interest|official\s+authority",
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
        r"|(?:perform|enter\s+into)\s+(?:a|the|our)\s+contracts?(?:\s+with\s+you)?",
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


def _sentence_breaks(text: str) -> list[int]:
    """Positions just after a sentence end (. ! ? ;) outside brackets, and around list markers."""
    breaks: list[int] = []
    for marker in _LIST_MARKER.finditer(text):
        breaks += [marker.start(), marker.end()]
    depth = 0
    for index, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ".!?;" and depth == 0 and (index + 1 == len(text) or text[index + 1] == " "):
            breaks.append(index + 1)
    return sorted(set(breaks))


def parse_bases(text: str) -> tuple[list[tuple[str, str]], str]:
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
        return [], ""
    folded = _fold(text)
    hits: list[tuple[int, int, int, str, str]] = []  # start, phrase end, end, code, reason
    position = 0
    while True:
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
        hits.append((match.start(), match.end(), end, code, reason))
        position = max(end, match.end(), match.start() + 1)

    breaks = _sentence_breaks(text)
    bounds = [0, *breaks, len(text)]
    sentence_of = [bisect.bisect_right(breaks, start) for start, *_ in hits]
    per_sentence = Counter(sentence_of)

    reasons: dict[str, list[str]] = {}
    covered = [False] * len(text)
    for marker in _LIST_MARKER.finditer(text):
        covered[marker.start() : marker.end()] = [True] * (marker.end() - marker.start())
    for (start, _phrase_end, end, code, reason), sentence in zip(hits, sentence_of, strict=True):
        covered[start:end] = [True] * (end - start)
        s_start, s_end = bounds[sentence], max(bounds[sentence + 1], end)
        if not reason and per_sentence[sentence] == 1:
            # The phrase's sentence says more than the phrase: keep it as the reason.
            rest = text[s_start:start] + " " + text[end:s_end]
            if _has_letters(rest):
                reason = text[s_start:s_end].strip().rstrip(".;!? ")
                covered[s_start:s_end] = [True] * (s_end - s_start)
        kept = reasons.setdefault(code, [])
        if reason and reason not in kept:
            kept.append(reason)
    results = [(code, "; ".join(kept)) for code, kept in reasons.items()]

    pieces: list[str] = []
    for match in re.finditer(r"[^\x00]+", "".join("\x00" if c else "." for c in covered)):
        piece = text[match.start() : match.end()].strip().lstrip(".,;:!?) ")
        if _has_letters(piece):
            pieces.append(piece)
    return results, " ".join(pieces)
