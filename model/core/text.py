"""Text as people search and match it (accent- and case-blind), and as the register holds it."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import TypeVar, cast

_V = TypeVar("_V")

_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")
"""The combining diacritical marks (U+034F, the grapheme joiner, is not one)."""


def fold(text: str) -> str:
    """Accent- and case-insensitive form: "Identité" and "IDENTITE" both give "identite".

    One function for every table filter, search field and title match, so that
    what one finds the others find too. Latin text takes a short way (the editor
    folds every row of the register): the same result as Unicode's, faster.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = _MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PLURAL_MARK = re.compile(r"\((?:e?s|x|e)\)", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _stem(word: str) -> str:
    """A word without its plural mark, so "Finalités" meets "Finalité"."""
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=8192)
def title_words(text: str) -> tuple[str, ...]:
    """The words of a column title, folded, punctuation-blind and singular.

    "Finalité(s)", "FINALITES" and "finalité" all give ("finalite",): people
    title the same column in many small ways.
    """
    text = _PLURAL_MARK.sub("", text)
    return tuple(_stem(w) for w in _NON_WORD.split(fold(text).replace("'", " ")) if w)


@functools.lru_cache(maxsize=1024)
def note_name(given: str) -> tuple[str, str]:
    """A note's name as stored (spaces collapsed) and folded: what an activity's notes are
    told apart by (one note of a name). An import's rows name their notes after the same
    few column titles, a fold each."""
    name = " ".join(given.split())
    return name, fold(name)


def note_key(name: str) -> str:
    """What a note's name is matched by: the name with its spaces collapsed, folded (case,
    accents)."""
    return note_name(name)[1]


def tidy_lines(text: str) -> str:
    """Each line's whitespace collapsed, blank lines dropped, the lines kept: a text of
    several (a purpose, then its sub-purposes; a form's answer on two lines) is not run
    into one sentence."""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    return "\n".join(line for line in (" ".join(x.split()) for x in text.splitlines()) if line)


def fold_title(text: str) -> str:
    """A column title as one folded string of its words (see `title_words`)."""
    return " ".join(title_words(text))


def is_number(text: str) -> bool:
    """Whether `text` is a whole number in ASCII digits: the ones `int()` reads. "²" and
    "٣" are digits to `str.isdigit`, and `int()` refuses the first."""
    return text.isascii() and text.isdigit()


def reference_key(reference: str) -> str:
    """What tells two activities' references apart: their folded text (case, accents,
    spaces), as the import joins sheets by reference and the editor's search finds one;
    "T-001" and "t-001" are one reference, which two activities cannot share."""
    return " ".join(fold(reference).split())


LINE_BREAKS = "\x0b\x0c"
"""The vertical tab and the form feed, which text takes as line breaks: Word writes its
Shift+Enter and page breaks so in what it copies, Excel for Mac its Alt+Enter in a cell."""

NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""What no text of the register holds: the control characters but tab, line breaks and
carriage return, DEL, the noncharacters U+FFFE and U+FFFF, and half of a UTF-16 pair. XML
(XLSX, ODS, the PDF's metadata) cannot hold most, SQLite ends a C string at a NUL, a font
has a glyph for none: each is a slip of the program that wrote it, not a user's word."""

_CHANGED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""What `as_text` changes: `NOT_TEXT` and `LINE_BREAKS`."""

_AS_TEXT = {**dict.fromkeys((*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f, 0xfffe, 0xffff,
                             *range(0xd800, 0xe000)), "\ufffd"),
            **dict.fromkeys(map(ord, LINE_BREAKS), "\n")}


def first_not_text(text: str) -> str:
    """The first character of `text` that `NOT_TEXT` names, "" when there is none."""
    found = NOT_TEXT.search(text)
    return found.group() if found else ""


def as_text(text: str) -> str:
    """`text` as the register keeps it and every export writes it: a vertical tab or a form
    feed becomes a line break, any other character `NOT_TEXT` names U+FFFD, which a reader
    sees where something was (dropped, it would be lost unseen). The one rule of the ways
    in (the editor, a table's import) and out (PDF, XLSX, ODS, CSV, JSON)."""
    return text.translate(_AS_TEXT) if _CHANGED.search(text) else text


def plain(text: str) -> bool:
    """Whether `as_text` leaves `text` as it is (searched once, however long)."""
    return _CHANGED.search(text) is None


def line_breaks(text: str) -> str:
    """`text` with its vertical tabs and form feeds as line breaks, and nothing else changed."""
    return text.replace("\x0b", "\n").replace("\x0c", "\n")


def texts_in(value: object, found: list[str]) -> list[str]:
    """The texts in `value` (itself, or in its lists, tuples and mappings, keys too, at any
    depth), appended to `found`."""
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            texts_in(key, found)
            texts_in(item, found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            texts_in(item, found)
    return found


def as_texts(value: _V) -> _V:
    """`value` with `as_text` applied to every text in it (see `texts_in`): `value` itself,
    untouched, when no text would change, as nearly always. Its texts are searched as one,
    a whole register in a tenth of a second."""
    if plain("\n".join(texts_in(value, []))):
        return value
    return cast("_V", map_texts(value, as_text))


def map_texts(value: object, change: Callable[[str], str]) -> object:
    """`value` with `change` applied to every text in it, mapping keys included, at any
    depth of dicts, lists and tuples; other values as they are."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, Mapping):
        return {map_texts(key, change): map_texts(item, change) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(map_texts(item, change) for item in value)
    if isinstance(value, list):
        return [map_texts(item, change) for item in value]
    return value
