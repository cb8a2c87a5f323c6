"""Checking a JSON document before it is restored: every value against the field catalogue.

A restore used to be tried whole in a scratch register first, which doubled
its cost and still let unknown codes through. The document is now checked
once, here, from the catalogue's kinds and vocabularies; the restore that
follows writes what was checked. A refusal names the activity and the field.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import methodcaller
from typing import Any

from model.core import catalogue, validate
from model.core.catalogue import Kind
from model.core.errors import RegistreError
from model.core.i18n import language, t
from model.core.text import NOT_TEXT, first_not_text, line_breaks, map_texts, reference_key


def _refused(name: str, where: str, problem: str) -> RegistreError:
    return RegistreError(t("« {file} » est un export mal formé ({where} : {problem}) ; rien "
                           "n'a été importé.",
                           "“{file}” is a malformed export ({where}: {problem}); nothing was "
                           "imported.", file=name, where=where, problem=problem.rstrip(".")))


def _activity_where(index: int, activity: dict[str, Any]) -> str:
    ref = activity.get("reference")
    shown = ref if isinstance(ref, str) and ref and not NOT_TEXT.search(ref) \
        else t("n° {n}", "no. {n}", n=index + 1)
    return t("activité {ref}", "activity {ref}", ref=shown)


_ESCAPED = re.compile(rb"\\(?:u(?:00[01][0-9a-fA-F]|007[fF]|[fF]{3}[eEfF]|[dD][89a-fA-F])|[bf])")
"""A character `text.NOT_TEXT` names, or a vertical tab or form feed, as JSON escapes it:
"\\u0001", "\\f", half of a pair "\\ud800" (tab and line breaks too: found, then let be)."""

_PLAIN_BYTES = bytes(b for b in range(256) if (b >= 0x20 and b != 0x7f) or b in b"\t\n\r")
"""The bytes a UTF-8 JSON file writes its texts in but for those control characters, which
`json.loads(strict=False)` takes as they are, so that the refusal names where one is."""


def suspect(raw: bytes) -> bool:
    """Whether a JSON file in UTF-8 may hold a character that is not text, or a vertical tab
    or form feed (escaped, as they are, or U+FFFE and U+FFFF): a file without is not
    searched. A register's 30 MB are told in 60 ms, a third of what one regular expression
    over the bytes takes (a class of bytes is slow to scan for, a deletion is not)."""
    return bool(_ESCAPED.search(raw) or raw.translate(None, _PLAIN_BYTES)
                or b"\xef\xbf\xbe" in raw or b"\xef\xbf\xbf" in raw)


_LIST_KEYS = frozenset(spec.key for spec in catalogue.LISTS)


def _odd_character(value: Any) -> str:
    """The first character that is not text in `value` (its texts, its keys, at any depth)."""
    if isinstance(value, str):
        return first_not_text(value)
    if isinstance(value, dict):
        items: Iterable[Any] = chain.from_iterable(value.items())
    elif isinstance(value, list):
        items = value
    else:
        return ""
    return next(filter(None, map(_odd_character, items)), "")


def _not_text(field: str, char: str) -> str:
    return t("« {field} » contient un caractère qui n'est pas du texte (U+{code:04X}) ; "
             "retirez-le du fichier", "“{field}” holds a character that is not text "
             "(U+{code:04X}); remove it from the file", field=field, code=ord(char))


class Twice(dict[str, Any]):
    """An object of a JSON file that gives a key twice (`key`): Python keeps the last value
    and drops the other without a word."""

    key = ""


def objects_with_twice(found: list[str]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """`json.loads`'s object_pairs_hook: a `Twice` for an object that gives a key twice (its
    key appended to `found`), a dict otherwise."""
    def make(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        if len(made) == len(pairs):
            return made
        twice = Twice(made)
        twice.key = next(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
        found.append(twice.key)
        return twice
    return make


def _twice(value: Any) -> str:
    """The key given twice in `value` or in an object inside it, "" when none is."""
    if isinstance(value, Twice):
        return value.key
    if isinstance(value, dict):
        return next(filter(None, map(_twice, value.values())), "")
    if isinstance(value, list):
        return next(filter(None, map(_twice, value)), "")
    return ""


def check_twice(doc: dict[str, Any], name: str) -> None:
    """Refuse a document in which an object gives a key twice, naming the activity (or the
    part of the document) and the key: one of its two values would be lost."""
    where, key = t("le document", "the document"), doc.key if isinstance(doc, Twice) else ""
    for part, value in doc.items():
        if key:
            break
        if part == "activities" and isinstance(value, list):
            for index, activity in enumerate(value):
                if isinstance(activity, dict) and (key := _twice(activity)):
                    where = _activity_where(index, activity)
                    break
        elif key := _twice(value):
            where = catalogue.item_list(part).label(language()) if part in _LIST_KEYS \
                else t("organisation", "organisation") if part == "organisation" else part
    if key:
        raise _refused(name, where, t(
            "« {key} » figure deux fois dans un même objet ; l'une des deux valeurs serait "
            "perdue", "“{key}” appears twice in one object; one of the two values would be "
            "lost", key=key))


def check_characters(doc: dict[str, Any], name: str) -> None:
    """Refuse a document holding a character that is not text (`text.NOT_TEXT`: a control
    character, a NUL, a lone surrogate), naming where it is: a restore holds what the file
    says or nothing, and the XLSX, ODS and PDF the register makes could not hold it. A
    vertical tab or a form feed is a line break, and `doc` is given "\\n" for it."""
    _refuse_not_text(doc, name)
    for key, value in doc.items():
        doc[key] = map_texts(value, line_breaks)  # keys too, at any depth


def _refuse_not_text(doc: dict[str, Any], name: str) -> None:
    lang = language()
    for key, value in doc.items():
        if key == "activities" and isinstance(value, list):
            for index, activity in enumerate(value):  # not an object: refused as such
                for field, given in activity.items() if isinstance(activity, dict) else ():
                    if char := _odd_character(field) or _odd_character(given):
                        spec = catalogue.find(field)
                        raise _refused(name, _activity_where(index, activity),
                                       _not_text(spec.label(lang) if spec else field, char))
        elif key == "organisation" and isinstance(value, dict):
            for spec in catalogue.ORGANISATION:
                holder = value.get(spec.path[0]) if len(spec.path) > 1 else value
                if isinstance(holder, dict) and (
                        char := _odd_character(holder.get(spec.path[-1]))):
                    raise _refused(name, t("organisation", "organisation"),
                                   _not_text(spec.label(lang), char))
            if char := _odd_character(value):
                raise _refused(name, t("organisation", "organisation"),
                               _not_text(t("organisation", "organisation"), char))
        elif key in _LIST_KEYS and isinstance(value, list):
            spec_list = catalogue.item_list(key)
            for index, item in enumerate(value):
                for field, given in item.items() if isinstance(item, dict) else ():
                    if char := _odd_character(field) or _odd_character(given):
                        item_name = item.get("name")
                        spec = catalogue.find(field, spec_list.fields)
                        raise _refused(name, t(
                            "{list}, « {name} »", "{list}, “{name}”", list=spec_list.label(lang),
                            name=item_name if isinstance(item_name, str)
                            and not NOT_TEXT.search(item_name)
                            else t("n° {n}", "no. {n}", n=index + 1)),
                            _not_text(spec.label(lang) if spec else field, char))
        elif char := _odd_character(key) or _odd_character(value):
            raise _refused(name, key, _not_text(key, char))


@functools.cache
def _known(fields: tuple[catalogue.Field, ...]) -> frozenset[str]:
    return frozenset(field.key for field in fields)


def unknown_key(key: object) -> str:
    """A key no field of this format has: a typo, or a hand edit, whose value would be lost."""
    return t("« {key} » n'est le nom d'aucun champ (une faute de frappe ?) ; sa valeur serait "
             "perdue", "“{key}” names no field (a typo?); its value would be lost", key=key)


def _codes(field: catalogue.Field) -> frozenset[str] | None:
    if field.kind in (Kind.CHOICE, Kind.CHOICES) and field.vocabulary:
        return frozenset(term.code for term in field.vocabulary)
    return None


def _fits(field: catalogue.Field, codes: frozenset[str] | None, value: object) -> bool:
    """True only when `validate.value_problem` would find nothing: the quick answer for the
    values nearly every document holds, before a refusal is worded by value_problem."""
    kind = field.kind
    if kind is Kind.YES_NO:
        return isinstance(value, bool)
    if codes is not None:
        values = value if kind is Kind.CHOICES and isinstance(value, list) else (value,)
        return all(isinstance(code, str) and (not code or code in codes) for code in values)
    if kind in (Kind.CHOICES, Kind.TEXTS, Kind.ITEMS):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is Kind.DATE:
        return isinstance(value, str) and (not value or validate.is_iso_day(value))
    if kind is Kind.TIMESTAMP:
        return isinstance(value, str) and (not value or validate.is_iso_moment(value))
    if kind in catalogue.SCALAR_KINDS:
        return isinstance(value, str)
    return True  # records and notes are checked by their fields, texts by item on their own


_Plan = tuple[tuple[catalogue.Field, frozenset[str] | None,
                    tuple[tuple[catalogue.Field, frozenset[str] | None], ...]], ...]


@functools.cache
def _plan() -> _Plan:
    """Each activity field with its codes (and its sub-fields with theirs), worked out once
    rather than once a value: a document may hold 10,000 activities."""
    return tuple((f, _codes(f), tuple((sub, _codes(sub)) for sub in f.fields))
                 for f in catalogue.ACTIVITY)


def _problem(field: catalogue.Field, codes: frozenset[str] | None, value: object) -> str:
    if value is None or _fits(field, codes, value):
        return ""
    return validate.value_problem(field, value)


def check_activity(activity: Any, index: int, name: str) -> None:
    """Refuse an activity whose values its fields cannot take (shape, kind, code)."""
    if not isinstance(activity, dict):
        raise _refused(name, t("activité n° {n}", "activity no. {n}", n=index + 1),
                       t("ce n'est pas un objet", "it is not an object"))
    if unknown := next((key for key in activity if key not in _known(catalogue.ACTIVITY)),
                       None):
        raise _refused(name, _activity_where(index, activity), unknown_key(unknown))
    for field, codes, subs in _plan():
        value = activity.get(field.key)
        if value is None:
            continue
        if field.kind in (Kind.RECORDS, Kind.NOTES):
            label = field.label  # worded only for a refusal
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise _refused(name, _activity_where(index, activity),
                               t("« {field} » attend une liste d'objets.",
                                 "“{field}” takes a list of objects.",
                                 field=label(language())))
            for record in value:
                if unknown := next((k for k in record if k not in _known(field.fields)), None):
                    raise _refused(name, _activity_where(index, activity), t(
                        "« {field} » : {problem}", "“{field}”: {problem}",
                        field=label(language()), problem=unknown_key(unknown)))
                for sub, sub_codes in subs:
                    problem = _problem(sub, sub_codes, record.get(sub.key))
                    if problem:
                        raise _refused(name, _activity_where(index, activity), problem)
                extra = [v for v in record.values() if v is not None and not isinstance(v, str)]
                if extra:
                    raise _refused(name, _activity_where(index, activity),
                                   t("« {field} » attend des textes.",
                                     "“{field}” takes texts.", field=label(language())))
            continue
        if field.kind is Kind.PER_ITEM and not (isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
            raise _refused(name, _activity_where(index, activity), t(
                "« {field} » attend un texte par nom, comme {{\"Santé\": \"5 ans\"}}",
                "“{field}” takes a text by name, such as {{\"Health\": \"5 years\"}}",
                field=field.label(language())))
        problem = _problem(field, codes, value)
        if problem:
            raise _refused(name, _activity_where(index, activity), problem)


_NONE = type(None)


def _types(values: Iterable[Any]) -> set[type]:
    """The types among `values`, None aside (made in C: a document holds 10,000 of each)."""
    found = set(map(type, values))
    found.discard(_NONE)
    return found


def _column_fits(field: catalogue.Field, codes: frozenset[str] | None,
                 values: Sequence[Any]) -> bool:
    """Whether every value of one field over all activities (None: not given) fits it, in
    the very shape the restore stores: a list where one belongs, texts by name for a
    per-item field. Sets of types and of codes rather than a test a value."""
    kind = field.kind
    types = _types(values)
    if not types:
        return True
    if kind is Kind.YES_NO:
        return types <= {bool}
    if kind in (Kind.CHOICES, Kind.TEXTS, Kind.ITEMS):
        if not types <= {list}:
            return False
        items = list(chain.from_iterable(filter(None, values)))
        return set(map(type, items)) <= {str} and (codes is None or not set(items) - codes - {""})
    if kind is Kind.PER_ITEM:
        if not types <= {dict}:
            return False
        given = [v for v in values if v]
        return (set(map(type, chain.from_iterable(given))) <= {str}
                and set(map(type, chain.from_iterable(map(dict.values, given)))) <= {str})
    if codes is not None and kind is Kind.CHOICE:
        return types <= {str} and not set(values) - codes - {"", None}
    if kind is Kind.DATE:
        return types <= {str} and all(map(validate.is_iso_day, filter(None, values)))
    if kind is Kind.TIMESTAMP:
        return types <= {str} and all(map(validate.is_iso_moment, filter(None, values)))
    if codes is None and kind in catalogue.SCALAR_KINDS:
        return types <= {str}
    return all(_fits(field, codes, v) for v in values if v is not None)


def _all_fit(activities: list[Any]) -> bool:
    """Whether `check_activities` would find nothing, asked field by field over all the
    activities (a field's values at once, rather than every field for each activity):
    the quick yes nearly every document gets. A no is then explained by the slower check.

    A yes also says that each value has the very shape the restore stores (a list where
    one belongs, texts by name for a per-item field), which `jsondoc` would otherwise
    check again activity by activity."""
    if not set(map(type, activities)) <= {dict} or set().union(*activities) - _known(
            catalogue.ACTIVITY):
        return False
    plan = _plan()
    keys = [field.key for field, _, _ in plan]
    # Each activity read once, all its fields at a time, then turned into columns: a pass
    # a field over 10,000 dicts costs more in memory reads than the checks themselves.
    rows = [tuple(map(a.get, keys)) for a in activities]
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(keys)
    for (field, codes, subs), values in zip(plan, columns, strict=True):
        if field.kind in (Kind.RECORDS, Kind.NOTES):
            if not _types(values) <= {list}:
                return False
            records = list(chain.from_iterable(filter(None, values)))
            if not set(map(type, records)) <= {dict} or not _types(
                    chain.from_iterable(map(dict.values, records))) <= {str} or set().union(
                    *records) - _known(field.fields):
                return False
            if not all(_column_fits(sub, sub_codes,
                                    list(map(methodcaller("get", sub.key), records)))
                       for sub, sub_codes in subs):
                return False
        elif not _column_fits(field, codes, values):
            return False
    references = [r for a in activities if isinstance(r := a.get("reference"), str) and r]
    return len(set(map(reference_key, references))) == len(references) and all(
        map(str.isprintable, references))


MAX_ACTIVITIES = 100_000
"""The most activities a document restored may hold: ten times the register the editor is
made for. Ten million took six minutes and 8 GB of memory to restore, into a register no
one could open."""


def check_count(activities: Any, name: str) -> None:
    """Refuse a document of more than `MAX_ACTIVITIES` activities, before any is looked at."""
    if isinstance(activities, list) and len(activities) > MAX_ACTIVITIES:
        raise RegistreError(t(
            "« {file} » compte {n} activités, plus que les {max} qu'un registre peut tenir ; "
            "rien n'a été importé.",
            "“{file}” holds {n} activities, more than the {max} a register can hold; "
            "nothing was imported.", file=name, n=len(activities), max=MAX_ACTIVITIES))


def check_activities(activities: Any, name: str) -> bool:
    """Every activity of the document, and each reference given once; True when each value
    also has the shape the restore stores as it is (see `_all_fit`)."""
    if not isinstance(activities, list):
        raise _refused(name, "activities", t("une liste est attendue", "a list is expected"))
    check_count(activities, name)
    if _all_fit(activities):
        return True
    seen: dict[str, str] = {}
    for index, activity in enumerate(activities):
        check_activity(activity, index, name)
        ref = activity.get("reference")
        if isinstance(ref, str) and not ref.isprintable():
            raise _refused(name, t("activité n° {n}", "activity no. {n}", n=index + 1), t(
                "sa référence « {ref} » tient sur plusieurs lignes ou porte un caractère de "
                "contrôle", "its reference “{ref}” spans lines or holds a control character",
                ref=ref))
        if isinstance(ref, str) and ref:
            other = seen.setdefault(reference_key(ref), ref)
            if other is not ref:
                raise _refused(name, _activity_where(index, activity), t(
                    "cette référence figure deux fois", "this reference appears twice")
                    if other == ref else t(
                    "cette référence est déjà celle d'une autre activité, écrite « {other} » "
                    "(une référence se lit sans égard aux majuscules ni aux accents)",
                    "this reference is already another activity's, written “{other}” (a "
                    "reference is read regardless of capitals and accents)", other=other))
    return False
