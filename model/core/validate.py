"""Is this an e-mail address, a phone number, a date? One answer for the editor and the core.

Each check returns "" when the text is acceptable (empty included: a field may
be left blank) and otherwise one sentence, in the user's language, saying what
is wrong and what is expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from model.core.catalogue import SCALAR_KINDS, Field, Kind
from model.core.i18n import language, t

_EMAIL = re.compile(r"^[^@\s,;<>()]+@[^@\s,;<>()]+\.[^@\s,;<>().]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 .\-()/]+$")


def email_problem(text: str) -> str:
    text = text.strip()
    if not text or _EMAIL.match(text):
        return ""
    return t("« {text} » n'est pas une adresse électronique (attendu : nom@domaine.fr).",
             "“{text}” is not an e-mail address (expected: name@domain.com).", text=text)


def phone_problem(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    digits = sum(c.isdigit() for c in text)
    if _PHONE_CHARS.match(text) and 6 <= digits <= 15:
        return ""
    return t("« {text} » n'est pas un numéro de téléphone (chiffres, espaces, un + en tête ; "
             "6 à 15 chiffres).",
             "“{text}” is not a phone number (digits, spaces, a leading +; 6 to 15 digits).",
             text=text)


def iso_date(text: str) -> date | None:
    """The date an ISO text (2026-02-28) names, None when it names none."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def read_date(text: str) -> date | None:
    """The day a date as people type it names, all of the text: ISO (2026-02-28) or day
    first, as in France and Britain (28/02/2026, 28.02.2026, 28-02-2026); None for any
    other text, or no real day (31/02/2026)."""
    text = text.strip()
    iso = iso_date(text)
    if iso is not None:
        return iso
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def is_iso_day(text: str) -> bool:
    """Whether `text` is a real day written exactly as the register stores one
    (2026-02-28): Python also reads 20260228 and 2026-W09-6, which a stored date is not."""
    day = iso_date(text)
    return day is not None and day.isoformat() == text


def is_iso_moment(text: str) -> bool:
    """Whether `text` is a moment in ISO 8601 (2026-02-28T09:30:00+00:00, or a day), as the
    register keeps its times of creation, change and validation."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def date_problem(text: str) -> str:
    """For a date typed or pasted: all of the text one day `read_date` reads, else what a
    date looks like ("2025-01-31 environ" is not the 31st with a word dropped)."""
    if not text.strip() or read_date(text) is not None:
        return ""
    return t("« {text} » n'est pas une date : écrivez le jour, le mois et l'année, "
             "p. ex. 31/12/2026 ou 2026-12-31.",
             "“{text}” is not a date: write the day, month and year, e.g. 31/12/2026 "
             "or 2026-12-31.", text=text.strip())


def value_problem(field: Field, value: object) -> str:
    """What is wrong with `value` for the catalogue's `field` ("" when it fits).

    The codes a choice takes come from the field's vocabulary, so a value from
    a newer version (or a typo) is refused, never stored: forward compatibility
    is what the format's version is for.
    """
    label = field.label(language())
    if value is None:
        return ""  # absent: the field's default
    if field.kind is Kind.YES_NO:
        if isinstance(value, bool):
            return ""
        return t("« {field} » attend oui ou non (true, false ou null), pas « {value} ».",
                 "“{field}” takes yes or no (true, false or null), not “{value}”.",
                 field=label, value=_short(value))
    if field.kind in (Kind.CHOICE, Kind.CHOICES) and field.vocabulary:
        values = value if field.kind is Kind.CHOICES and isinstance(value, list) else [value]
        known = [term.code for term in field.vocabulary]
        for code in values:
            if not isinstance(code, str):
                return t("« {field} » attend un code, pas « {value} ».",
                         "“{field}” takes a code, not “{value}”.",
                         field=label, value=_short(code))
            if code and code not in known:
                return t("code inconnu « {value} » pour « {field} » (codes connus : {known}).",
                         "unknown code “{value}” for “{field}” (known codes: {known}).",
                         value=_short(code), field=label, known=", ".join(known))
        return ""
    if field.kind in (Kind.CHOICES, Kind.TEXTS, Kind.ITEMS):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ""
        return t("« {field} » attend une liste de textes.", "“{field}” takes a list of texts.",
                 field=label)
    if field.kind in SCALAR_KINDS and not isinstance(value, str):
        return t("« {field} » attend un texte, pas « {value} ».",
                 "“{field}” takes a text, not “{value}”.", field=label, value=_short(value))
    if field.kind is Kind.DATE and value and not is_iso_day(str(value)):
        return t("« {field} » attend une date réelle, écrite AAAA-MM-JJ, pas « {value} ».",
                 "“{field}” takes a real date, written YYYY-MM-DD, not “{value}”.",
                 field=label, value=_short(value))
    if field.kind is Kind.TIMESTAMP and value and not is_iso_moment(str(value)):
        return t("« {field} » attend une date (AAAA-MM-JJ) ou un instant ISO 8601, "
                 "pas « {value} ».",
                 "“{field}” takes a date (YYYY-MM-DD) or an ISO 8601 time, not “{value}”.",
                 field=label, value=_short(value))
    return ""


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
