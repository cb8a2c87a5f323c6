"""Checking a JSON document before it is restored: every value against the field catalogue.

A restore used to be tried whole in a scratch register first, which doubled
its cost and still let unknown codes through. The document is now checked
once, here, from the catalogue's kinds and vocabularies; the restore that
follows writes what was checked. A refusal names the activity and the field.
"""

from __future__ import annotations

from typing import Any

from model.core import catalogue, validate
from model.core.catalogue import Kind
from model.core.errors import RegistreError
from model.core.i18n import language, t


def _refused(name: str, where: str, problem: str) -> RegistreError:
    return RegistreError(t("« {file} » est un export mal formé ({where} : {problem}) ; rien "
                           "n'a été importé.",
                           "“{file}” is a malformed export ({where}: {problem}); nothing was "
                           "imported.", file=name, where=where, problem=problem.rstrip(".")))


def _activity_where(index: int, activity: dict[str, Any]) -> str:
    ref = activity.get("reference")
    shown = ref if isinstance(ref, str) and ref else f"n° {index + 1}"
    return t("activité {ref}", "activity {ref}", ref=shown)


def check_activity(activity: Any, index: int, name: str) -> None:
    """Refuse an activity whose values its fields cannot take (shape, kind, code)."""
    if not isinstance(activity, dict):
        raise _refused(name, t("activité n° {n}", "activity no. {n}", n=index + 1),
                       t("ce n'est pas un objet", "it is not an object"))
    where = _activity_where(index, activity)
    for field in catalogue.ACTIVITY:
        value = activity.get(field.key)
        if value is None:
            continue
        if field.kind in (Kind.RECORDS, Kind.NOTES):
            label = field.label(language())
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise _refused(name, where, t("« {field} » attend une liste d'objets.",
                                              "“{field}” takes a list of objects.",
                                              field=label))
            for record in value:
                for sub in field.fields:
                    problem = validate.value_problem(sub, record.get(sub.key))
                    if problem:
                        raise _refused(name, where, problem)
                extra = [v for v in record.values() if v is not None and not isinstance(v, str)]
                if extra:
                    raise _refused(name, where, t("« {field} » attend des textes.",
                                                  "“{field}” takes texts.", field=label))
            continue
        problem = validate.value_problem(field, value)
        if problem:
            raise _refused(name, where, problem)


def check_activities(activities: Any, name: str) -> None:
    """Every activity of the document, and each reference given once."""
    if not isinstance(activities, list):
        raise _refused(name, "activities", t("une liste est attendue", "a list is expected"))
    seen: set[str] = set()
    for index, activity in enumerate(activities):
        check_activity(activity, index, name)
        ref = activity.get("reference")
        if isinstance(ref, str) and ref:
            if ref in seen:
                raise _refused(name, _activity_where(index, activity),
                               t("cette référence figure deux fois",
                                 "this reference appears twice"))
            seen.add(ref)
