"""One field of an activity as the text of a spreadsheet cell, and back.

The editor's grid shows, copies and pastes cells through these two functions,
and a pasted cell is read as the table import reads a column (lists of names,
legal bases with their reasons in brackets), so a block copied from LibreOffice
or Excel lands as an import of the same text would. A cell that cannot be read
raises `CellError`, one sentence in the user's language naming the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from model.core import validate, vocab
from model.core.catalogue import Field, Kind
from model.core.errors import RegistreError
from model.core.i18n import language, t
from model.core.text import fold
from model.core.vocab import Term
from model.exchange import importer
from model.register.views import ActivityView

LIST_SEPARATOR = ", "
_SPLIT = re.compile(r"\s*[,;\n]\s*")


class CellError(RegistreError):
    """A cell's text is not a value of its column."""


def cell_text(field: Field, activity: ActivityView, lang: str) -> str:
    """What a cell of `field` shows and copies for `activity`."""
    value = activity.value(field)
    kind = field.kind
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if kind in (Kind.DATE, Kind.TIMESTAMP):
        return str(value)[:10]
    if kind == Kind.YES_NO:
        return t("oui", "yes") if value else t("non", "no")
    if kind == Kind.CHOICE:
        return _label(field.vocabulary, str(value), lang)
    if kind == Kind.CHOICES:
        return LIST_SEPARATOR.join(_label(field.vocabulary, str(v), lang) for v in value)
    if kind in (Kind.ITEMS, Kind.TEXTS):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if kind == Kind.RECORDS:
        return LIST_SEPARATOR.join(_record_text(field, record, lang) for record in value)
    if kind == Kind.NOTES:
        return "; ".join(f"{n['name']}: {n['text']}" for n in value)
    if kind == Kind.PER_ITEM:  # a retention period by category, as the notes read
        return "; ".join(f"{name}: {text}" for name, text in value.items() if text)
    return str(value)


def _label(vocabulary: Sequence[Term], code: str, lang: str) -> str:
    term = next((term for term in vocabulary if term.code == code), None)
    return term.label(lang) if term else code


def _record_text(field: Field, record: Mapping[str, Any], lang: str) -> str:
    """A basis as "Label (reason)", a transfer as "Country — recipient (safeguard)"."""
    choice = next((f for f in field.fields if f.kind == Kind.CHOICE), None)
    texts = [str(record.get(f.key) or "") for f in field.fields
             if f.kind in (Kind.TEXT, Kind.LONG_TEXT) and f.editable]
    if field.key == "legal_bases" and choice is not None:
        label = _label(choice.vocabulary, str(record.get(choice.key) or ""), lang)
        reason = str(record.get("justification") or "")
        return f"{label} ({reason})" if reason else label
    head = " — ".join(x for x in texts if x)
    if choice is not None and record.get(choice.key):
        head += f" ({_label(choice.vocabulary, str(record[choice.key]), lang)})"
    return head


def parse_cell(field: Field, text: str, *, known: Sequence[str] = ()) -> Any:
    """The value `text` gives `field`; `known` are the names of its item list, if any.

    Raises `CellError` when the text is no value of the field.
    """
    text = text.strip()
    kind = field.kind
    if not field.editable:
        raise CellError(t("La colonne « {column} » ne se modifie pas.",
                          "The column “{column}” cannot be changed.",
                          column=field.label(language())))
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        return text
    if kind == Kind.EMAIL:
        return _valid(text, validate.email_problem(text))
    if kind == Kind.PHONE:
        return _valid(text, validate.phone_problem(text))
    if kind in (Kind.DATE, Kind.TIMESTAMP):
        if not text:
            return None if field.nullable else ""
        day = validate.read_date(text)  # all of the text, as the import reads a date column
        if day is None:
            raise CellError(validate.date_problem(text))
        return day.isoformat()
    if kind == Kind.YES_NO:
        if not fold(text):
            return None
        said = vocab.yes_no(text)
        if said is not None:
            return said
        raise CellError(t("« {text} » n'est ni oui ni non.", "“{text}” is neither yes nor no.",
                          text=text))
    if kind == Kind.CHOICE:
        if not text and field.initial:  # a status is always one of its choices
            raise CellError(t("elle ne peut pas rester vide ({labels}).",
                              "it cannot be left empty ({labels}).", labels=_labels(field)))
        return _choice(field, text) if text else ""
    if kind == Kind.CHOICES:
        return [_choice(field, part) for part in _SPLIT.split(text) if part]
    if kind in (Kind.ITEMS, Kind.TEXTS):
        return _names(field, text, known)
    if kind == Kind.RECORDS and field.key == "legal_bases":
        bases, unmapped = importer.parse_bases(text)
        if unmapped:
            raise CellError(t("« {text} » ne nomme aucun fondement juridique.",
                              "“{text}” names no legal basis.", text=unmapped))
        return bases
    raise CellError(t("La colonne « {column} » se remplit dans le panneau de détail.",
                      "The column “{column}” is filled in in the detail panel.",
                      column=field.label(language())))


def _valid(text: str, problem: str) -> str:
    if problem:
        raise CellError(problem)
    return text


def _choice(field: Field, text: str) -> str:
    wanted = fold(text)
    for term in field.vocabulary:
        if wanted in (fold(term.code), fold(term.fr), fold(term.en)):
            return term.code
    raise CellError(t("« {text} » n'est pas un choix de « {column} » ({labels}).",
                      "“{text}” is not a choice of “{column}” ({labels}).", text=text,
                      column=field.label(language()), labels=_labels(field)))


def _labels(field: Field) -> str:
    return ", ".join(term.label(language()) for term in field.vocabulary)


def _names(field: Field, text: str, known: Sequence[str]) -> list[str]:
    if not text:
        return []
    if field.kind == Kind.TEXTS:
        return [part for part in _SPLIT.split(text) if part]
    found, rejected, prose = importer.parse_names(text, known)
    if prose or rejected:
        raise CellError(t("« {text} » se lit comme une phrase, pas comme une liste de noms.",
                          "“{text}” reads as a sentence, not a list of names.",
                          text=rejected[0] if rejected else text))
    return found
