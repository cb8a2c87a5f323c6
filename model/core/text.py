"""Text as people search and match it: accent- and case-blind."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Accent- and case-insensitive form: "Identité" and "IDENTITE" both give "identite".

    One function for every table filter, search field and title match, so that
    what one finds the others find too.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
