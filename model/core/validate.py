"""Is this an e-mail address, a phone number, a date? One answer for the editor and the core.

Each check returns "" when the text is acceptable (empty included: a field may
be left blank) and otherwise one sentence, in the user's language, saying what
is wrong and what is expected.
"""

from __future__ import annotations

import re
from datetime import date

from model.core.i18n import t

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


def date_problem(text: str) -> str:
    """For a stored date: ISO, and a real day (no 31 February)."""
    if not text.strip() or iso_date(text) is not None:
        return ""
    return t("« {text} » n'est pas une date (choisissez-la dans le calendrier).",
             "“{text}” is not a date (pick it in the calendar).", text=text.strip())
