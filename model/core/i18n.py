"""Messages of the headless core in the user's language.

The core cannot use Qt's translator, and its messages are few: each call site
gives the French and the English text side by side, which keeps the two in
step. The current language is process-wide; the CLI sets it from the register
(or the locale) and the editor from its preferences.
"""

from __future__ import annotations

import locale
import os
from datetime import datetime

_language = ""


def system_language() -> str:
    """`REGISTRE_LANG`, else the locale: French first, English when the locale says so."""
    forced = os.environ.get("REGISTRE_LANG", "").strip().lower()
    if forced in ("fr", "en"):
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else "fr"


def language() -> str:
    return _language or system_language()


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in ("fr", "en") else ""


def t(fr: str, en: str, /, **params: object) -> str:
    """The message in the current language, with `{name}` fields filled in."""
    return t_in(language(), fr, en, **params)


def t_in(lang: str, fr: str, en: str, /, **params: object) -> str:
    """The message in `lang`, for texts that follow the register, not the user."""
    text = en if lang == "en" else fr
    return text.format(**params) if params else text


def tn(n: int, fr: tuple[str, str], en: tuple[str, str], /, **params: object) -> str:
    """`t` with a plural: (singular, plural) in each language, `{n}` filled in.

    French takes the singular for 0 and 1, English for 1 only.
    """
    english = language() == "en"
    singular = n == 1 if english else n in (0, 1)
    forms = en if english else fr
    return forms[0 if singular else 1].format(n=n, **params)


def local_time(stamp: str | datetime, *, seconds: bool = False, date_only: bool = False) -> str:
    """A stored UTC time (ISO text or datetime) as the user's clock shows it."""
    try:
        when = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
    except ValueError:
        return str(stamp)
    shape = "%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return when.astimezone().strftime(shape)


def tn_in(lang: str, n: int, fr: tuple[str, str], en: tuple[str, str], /,
          **params: object) -> str:
    """`tn` in `lang` (the record's language, not the user's)."""
    english = lang == "en"
    singular = n == 1 if english else n in (0, 1)
    forms = en if english else fr
    return forms[0 if singular else 1].format(n=n, **params)
