"""The register as one JSON document (`registre/N`, `FORMAT`), and back.

The same document feeds the PDF record and its fingerprint, so what the
regulator receives is exactly what an export holds.
"""

from __future__ import annotations

import codecs
import copy
import functools
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.core import catalogue, collector, reasons, validate, vocab
from model.core.errors import RegistreError
from model.core.files import TooBig, read_input, replacing
from model.core.i18n import language, t, tn
from model.core.text import as_texts, is_number
from model.exchange import doccheck
from model.register import crud
from model.storage import history, schema, sqlite

if TYPE_CHECKING:  # `registre import` reads and checks a document before SQLAlchemy loads
    from sqlmodel import Session

FORMAT_VERSION = 2
FORMAT = f"registre/{FORMAT_VERSION}"
"""The format exports are written in. Each version keeps every key of the ones before
with its name and meaning, and only adds keys; any older one is read (its missing keys
are the fields' empty values), a newer one is refused."""

@functools.cache
def _list_models() -> dict[str, crud.ListModel]:
    """The table of each register list the user fills (legal bases are fixed), by JSON key;
    asked when a register is read or written, not when a document is only read."""
    return {spec.key: crud.ITEM_MODELS[spec.table] for spec in catalogue.NAMED_LISTS}


def _list_rows(session: Session, spec: catalogue.ItemList) -> list[Any]:
    if spec.key == "legal_bases":
        return list(crud.legal_bases(session))
    return crud.list_items(session, _list_models()[spec.key])


def export_document(session: Session) -> dict[str, Any]:
    """The register as the format writes it, what every export (JSON, the spreadsheets, the
    PDF record and its fingerprint) is made of. A character that is not text, which a
    register written by an older version may hold, comes out as `text.as_text` writes it
    (U+FFFD; a vertical tab a line break): no export fails on it, and each restores."""
    lists = crud.activity_lists(session)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "language": crud.language(session),
        "organisation": crud.organisation_json(session),
    }
    for spec in catalogue.LISTS:
        doc[spec.key] = [{f.key: getattr(row, f.key) for f in spec.fields}
                         for row in _list_rows(session, spec)]
    doc["activities"] = [
        crud.activity_dict(session, a, lists.get(a.id or 0, crud.ActivityLists()))
        for a in crud.activities(session)
    ]
    return as_texts(doc)


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def fingerprint(doc: dict[str, Any]) -> str:
    """SHA-256 of the register's content, as printed on every page of the record."""
    return hashlib.sha256(canonical(doc)).hexdigest()


def write_json(doc: dict[str, Any], path: Path) -> None:
    """Write through a temporary file renamed into place: never a half-written export."""
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        with replacing(path) as out:
            out.write(data)
    except OSError as exc:
        raise RegistreError(t("Impossible d'écrire « {file} » : {reason}.",
                              "Cannot write “{file}”: {reason}.",
                              file=path.name, reason=reasons.reason(exc))) from exc


MAX_BYTES = 200 * 1024 * 1024
"""The largest JSON file a restore reads, told before it is read. The export of 10,000
activities with every field filled (bench's full register) measures 30 MB: this leaves room
for texts six times as long, while a file of several GB, read whole, took as much memory,
and ten times that once parsed."""

MAX_ITEMS = 5_000_000
"""The most objects, lists and texts a JSON file read may hold, counted in its bytes
before it is parsed (each "{", each "[", a text's two quotes): the same export holds 1.1
million. Ten million empty activities, a 30 MB file, took 8 GB of memory and six minutes
to restore."""


def read_json(path: Path) -> dict[str, Any]:
    twice: list[str] = []  # keys an object of the file gives twice
    try:
        raw = read_input(path, MAX_BYTES)
    except OSError as exc:
        raise RegistreError(t("Impossible de lire « {file} » : {reason}.",
                              "Cannot read “{file}”: {reason}.",
                              file=path.name, reason=reasons.reason(exc))) from exc
    except TooBig as exc:
        raise RegistreError(t(
            "« {file} » dépasse {mb} Mo : ce n'est pas un export de registre à restaurer "
            "(celui de 10 000 activités en fait une trentaine).",
            "“{file}” is larger than {mb} MB: not a register's export to restore (one of "
            "10,000 activities is about 30).", file=path.name,
            mb=MAX_BYTES // (1024 * 1024))) from exc
    if not raw.strip():
        raise _unreadable(path, t("le fichier est vide", "the file is empty"))
    items = raw.count(b"{") + raw.count(b"[") + raw.count(b'"') // 2
    if items > MAX_ITEMS:
        raise RegistreError(t(
            "« {file} » compte plus de {m} millions d'objets, de listes et de textes : ce "
            "n'est pas un export de registre à restaurer (celui de 10 000 activités en "
            "compte environ 1,1 million) ; rien n'a été importé.",
            "“{file}” holds more than {m} million objects, lists and texts: not a register's "
            "export to restore (one of 10,000 activities holds about 1.1 million); nothing "
            "was imported.", file=path.name, m=MAX_ITEMS // 1_000_000))
    # Notepad's "Unicode" is UTF-16 after a byte-order mark: as readable as UTF-8.
    utf16 = raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    try:
        with collector.paused():  # a million objects, no cycles (see `collector`)
            # strict=False: a control character as it is, in a text, is read, so that
            # check_characters can name the activity and field that hold it.
            doc = json.loads(raw.decode("utf-16" if utf16 else "utf-8-sig"), strict=False,
                             object_pairs_hook=doccheck.objects_with_twice(twice))
    except json.JSONDecodeError as exc:
        reason = t("erreur ligne {line}, colonne {col}", "error at line {line}, column {col}",
                   line=exc.lineno, col=exc.colno)
        raise _unreadable(path, reason) from exc
    except UnicodeDecodeError as exc:
        raise _unreadable(path, t("ce n'est pas du texte UTF-8", "it is not UTF-8 text")) from exc
    except RecursionError as exc:
        raise _unreadable(path, t("imbrication trop profonde", "nested too deeply")) from exc
    except ValueError as exc:  # an integer of thousands of digits (Python's limit)
        raise _unreadable(path, t("nombre trop long", "number too long")) from exc
    _check_format(doc, path.name)
    doccheck.check_count(doc.get("activities"), path.name)  # before any walk of them
    if twice:
        doccheck.check_twice(doc, path.name)
    if utf16 or doccheck.suspect(raw):
        doccheck.check_characters(doc, path.name)
    return doc  # type: ignore[no-any-return]


def _unreadable(path: Path, reason: str) -> RegistreError:
    return RegistreError(t("« {file} » n'est pas un export JSON lisible ({reason}).",
                           "“{file}” is not a readable JSON export ({reason}).",
                           file=path.name, reason=reason))


def _check_format(doc: Any, name: str) -> None:
    fmt = doc.get("format") if isinstance(doc, dict) else None
    number = fmt.removeprefix("registre/") if isinstance(fmt, str) else ""
    if not isinstance(fmt, str) or not fmt.startswith("registre/") or not is_number(number) \
            or int(number) < 1:
        raise RegistreError(t("« {file} » n'est pas un export de Registre.",
                              "“{file}” is not a Registre export.", file=name))
    if int(number) > FORMAT_VERSION:
        raise RegistreError(t(
            "« {file} » vient d'une version plus récente de Registre (format {found}) ; "
            "mettez Registre à jour pour l'importer.",
            "“{file}” comes from a newer version of Registre (format {found}); "
            "update Registre to import it.", file=name, found=fmt))


def ensure_empty(session: Session) -> None:
    """Refuse a restore into a register that holds activities, before anything is touched."""
    existing = crud.activity_count(session)
    if existing:
        raise RegistreError(tn(
            existing,
            ("Le registre contient déjà {n} activité : restaurez un export dans un registre "
             "vide (--db NOUVEAU.db).",
             "Le registre contient déjà {n} activités : restaurez un export dans un registre "
             "vide (--db NOUVEAU.db)."),
            ("The register already holds {n} activity: restore an export into an empty "
             "register (--db NEW.db).",
             "The register already holds {n} activities: restore an export into an empty "
             "register (--db NEW.db).")))


def _doc_to_2(doc: dict[str, Any]) -> None:
    """registre/1 to 2, as the schema 1 to 2 upgrade does: a DPIA said not to be required
    has that status."""
    for activity in doc.get("activities") or []:
        if isinstance(activity, dict) and activity.get("dpia_required") is False \
                and not activity.get("dpia_status"):
            activity["dpia_status"] = "not_required"


DOCUMENT_UPGRADES: dict[int, Callable[[dict[str, Any]], None]] = {1: _doc_to_2}
"""DOCUMENT_UPGRADES[n] gives a registre/n document's new keys the values its older ones
imply (the register file's own steps are `store.UPGRADES`); keys without one are empty."""


def upgraded(doc: dict[str, Any]) -> dict[str, Any]:
    """An older document (a copy) as the current format reads it."""
    version = int(str(doc.get("format", FORMAT)).removeprefix("registre/"))
    if version >= FORMAT_VERSION:
        return doc
    doc = copy.deepcopy(doc)
    for step in range(version, FORMAT_VERSION):
        DOCUMENT_UPGRADES[step](doc)
    doc["format"] = FORMAT
    return doc


def restore_document(session: Session, doc: dict[str, Any], *, name: str = "",
                     shaped: bool | None = None) -> int:
    """Load an export into an empty register; returns the number of activities.

    Refused when the register already holds activities: a restore must not
    mingle two registers, and replacing one silently would lose work. `shaped`:
    what `doccheck.check_activities` said of these very activities, when it was
    asked already (`registre import` asks it on another core); None: asked here.
    """
    _check_format(doc, name)
    if shaped is None:
        shaped = doccheck.check_activities(doc.get("activities"), name)
    ensure_empty(session)
    try:
        _restore(session, upgraded(doc), shaped=shaped)
    except crud.RowRefused as exc:
        raise RegistreError(t(
            "« {file} » est un export mal formé ({reason}) ; rien n'a été importé.",
            "“{file}” is a malformed export ({reason}); nothing was imported.",
            file=name, reason=t("activité {ref} : {problem}", "activity {ref}: {problem}",
                                ref=exc.reference, problem=exc.problem))) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RegistreError(t(
            "« {file} » est un export mal formé ({reason}) ; rien n'a été importé.",
            "“{file}” is a malformed export ({reason}); nothing was imported.",
            file=name, reason=exc)) from exc
    history.record(session, action="restore", entity="register", ref=name,
                   new=f"{len(doc['activities'])}")
    return len(doc["activities"])


def _restore(session: Session, doc: dict[str, Any], *, shaped: bool = False) -> None:
    """Write a checked document; `shaped`: its activities are known to have the shapes
    `_check_activity` asks for (`doccheck` said so)."""
    from sqlalchemy import delete  # here: reading a document needs no SQLAlchemy

    _known_keys(doc, {"format", "language", "organisation", "activities",
                      *(spec.key for spec in catalogue.LISTS)}, t("le document", "the document"))
    conn = session.connection()
    for spec in catalogue.NAMED_LISTS:
        conn.execute(delete(schema.table(spec.table)))
    lang = doc.get("language", "fr")
    if lang not in vocab.LANGUAGES:
        raise ValueError(t("language : « {v} » n'est pas une langue connue (fr, en)",
                           "language: “{v}” is not a known language (fr, en)", v=lang))
    crud.set_language(session, lang=lang)
    crud.update_organisation(session, **_organisation(doc.get("organisation")))
    for spec in catalogue.LISTS:
        model = _list_models().get(spec.key)
        if model is None:
            continue
        for i, item in enumerate(_items(doc, spec.key)):
            where = t("{list}, « {name} »", "{list}, “{name}”",
                      list=spec.label(language()), name=item["name"])
            _known_keys(item, {f.key for f in spec.fields}, where)
            values = {f.key: _value(f, item.get(f.key), where) for f in spec.fields}
            session.add(model(**values, position=i))
    session.flush()
    for code, description in _basis_descriptions(doc.get("legal_bases")).items():
        crud.update_basis_description(session, code=code, description=description)
    activities = doc["activities"]
    if not isinstance(activities, list):
        raise TypeError("activities: expected a list")
    if not shaped:
        for activity in activities:
            _check_activity(activity)  # raises, naming the first activity of a wrong shape
    with sqlite.indexes_after(session.connection()):
        crud.bulk_create_activities(session, activities, restoring=True)


def _basis_descriptions(bases: Any) -> dict[str, str]:
    """The description the document gives each legal basis: a code the register does not
    know, or given twice, is refused (its description would be lost)."""
    spec = catalogue.item_list("legal_bases")
    code_field = catalogue.by_key("code", spec.fields)
    where = spec.label(language())
    found: dict[str, str] = {}
    for basis in _list_of(bases, dict, where):
        _known_keys(basis, {f.key for f in spec.fields}, where)
        code = basis.get("code")
        if not code:
            raise ValueError(t("{where} : un élément sans code", "{where}: an item without a code",
                               where=where))
        _value(code_field, code, where)
        if code in found:
            raise ValueError(t("{where} : « {code} » figure deux fois",
                               "{where}: “{code}” appears twice", where=where, code=code))
        found[code] = _value(catalogue.by_key("description", spec.fields),
                             basis.get("description"), t("{list}, « {name} »", "{list}, “{name}”",
                                                          list=where, name=code))
    return {code: text for code, text in found.items() if text}


def _organisation(org: Any) -> dict[str, str]:
    """The organisation's fields from a document: a text where an object belongs (the
    organisation, its representative, its DPO) is refused, not read as nothing."""
    where = t("organisation", "organisation")
    values: dict[str, str] = {}
    if isinstance(org, dict):
        _known_keys(org, {spec.path[0] for spec in catalogue.ORGANISATION}, where)
        for key in ("representative", "dpo"):
            if isinstance(org.get(key), dict):
                _known_keys(org[key], {spec.path[-1] for spec in catalogue.ORGANISATION
                                       if spec.path[0] == key}, where)
    for spec in catalogue.ORGANISATION:
        holder, label = org, where
        for key in spec.path[:-1]:
            if isinstance(holder, dict):
                holder, label = holder.get(key), spec.section.label(language())
        if holder is not None and not isinstance(holder, dict):
            raise TypeError(t("{where} : un objet est attendu (nom, adresse…), pas « {v} »",
                              "{where}: an object is expected (name, address…), not “{v}”",
                              where=label, v=_short(holder)))
        values[spec.key] = _value(spec, (holder or {}).get(spec.path[-1]), where)
    return values


def _known_keys(record: dict[str, Any], keys: set[str], where: str) -> None:
    """Refuse a key no field of the format has: its value would otherwise be dropped."""
    if unknown := next((key for key in record if key not in keys), None):
        raise ValueError(t("{where} : {problem}", "{where}: {problem}", where=where,
                           problem=doccheck.unknown_key(unknown)))


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _value(spec: catalogue.Field, value: Any, where: str) -> Any:
    """An item's field from a document, as stored: a value its field cannot take (a code
    outside its vocabulary, a number for a text, no real date) is refused."""
    problem = validate.value_problem(spec, value)
    if problem:
        raise ValueError(t("{where} : {problem}", "{where}: {problem}", where=where,
                           problem=problem.rstrip(".")))
    if spec.kind is catalogue.Kind.YES_NO:
        return bool(value) if value is not None or not spec.nullable else None
    text = "" if value is None else str(value)
    if spec.kind is catalogue.Kind.CHOICE:
        text = text or str(spec.default)
    return text


def _items(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """One of the register's lists, each item named once by a text."""
    items = _list_of(doc.get(key), dict, key)
    key = catalogue.item_list(key).label(language())  # as the refusals name it
    seen: set[str] = set()
    for item in items:
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(t("{key} : un élément sans nom", "{key}: an item without a name",
                               key=key))
        name = item["name"] = name.strip()  # as the activities name it (crud trims)
        if name in seen:
            raise ValueError(t("{key} : « {name} » figure deux fois",
                               "{key}: “{name}” appears twice", key=key, name=name))
        seen.add(name)
    return items


def _list_of(value: Any, kind: type, what: str) -> list[Any]:
    """`value` as a list of `kind` (absent is empty): a text where a list belongs would
    otherwise be taken letter by letter."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
        raise TypeError(t("{what} : une liste de textes est attendue",
                          "{what}: a list of texts is expected", what=what) if kind is str
                        else t("{what} : une liste d'objets est attendue",
                               "{what}: a list of objects is expected", what=what))
    return value


@functools.cache
def _shapes() -> tuple[tuple[str, str], ...]:
    """(key, shape) of each activity field, worked out once rather than once an activity."""
    shapes = []
    for spec in catalogue.ACTIVITY:
        if spec.kind in (catalogue.Kind.CHOICES, catalogue.Kind.TEXTS, catalogue.Kind.ITEMS):
            shapes.append((spec.key, "texts"))
        elif spec.kind is catalogue.Kind.PER_ITEM:
            shapes.append((spec.key, "per_item"))
        elif spec.kind in (catalogue.Kind.RECORDS, catalogue.Kind.NOTES):
            shapes.append((spec.key, "records"))
        else:
            shapes.append((spec.key, "bool" if spec.kind is catalogue.Kind.YES_NO else "str"))
    return tuple(shapes)


def _check_activity(activity: Any) -> None:
    """Refuse an activity of the wrong shape before any of it is stored."""
    if not isinstance(activity, dict):
        raise TypeError("activity")
    for key, shape in _shapes():
        value = activity.get(key)
        if value is None:
            continue
        if shape == "str":
            if not isinstance(value, str):
                raise TypeError(f"{_where(activity, key)}: {value!r}")
        elif shape == "bool":
            if not isinstance(value, bool):
                raise TypeError(f"{_where(activity, key)}: {value!r}")
        elif shape == "texts":
            _list_of(value, str, _where(activity, key))
        elif shape == "per_item":
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                raise TypeError(t("{where} : des textes par nom sont attendus",
                                  "{where}: texts by name are expected",
                                  where=_where(activity, key)))
        else:
            for item in _list_of(value, dict, _where(activity, key)):
                if any(v is not None and not isinstance(v, str) for v in item.values()):
                    raise TypeError(t("{where} : des textes sont attendus",
                                      "{where}: texts are expected",
                                      where=_where(activity, key)))


def _where(activity: dict[str, Any], key: str) -> str:
    return t("activité {ref}, « {field} »", "activity {ref}, “{field}”",
             ref=activity.get("reference") or "?",
             field=catalogue.by_key(key).label(language()))
