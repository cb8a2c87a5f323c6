"""Text as people search and match it: accent- and case-blind."""

from __future__ import annotations

import functools
import re
import unicodedata

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


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """`text` as XML 1.0 can hold it: a control character other than tab and line break
    (a vertical tab pasted from a word processor) becomes U+FFFD, where XML writers refuse
    the whole document."""
    return _XML_ILLEGAL.sub("\ufffd", text)
