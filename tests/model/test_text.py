"""The one text fold: accent- and case-blind, the same as Unicode's decomposition says."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from model.core.text import fold


def _unicode_fold(text: str) -> str:
    """The definition: case folded, compatibility-decomposed, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_accents_and_case_do_not_count() -> None:
    assert fold("Identité") == fold("IDENTITE") == fold("identite\u0301") == "identite"
    assert fold("Données de SANTÉ") == "donnees de sante"


@given(st.text())
def test_fold_is_the_unicode_definition_for_any_text(text: str) -> None:
    assert fold(text) == _unicode_fold(text)


@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x3FF)))
def test_fold_is_the_unicode_definition_for_latin_and_greek(text: str) -> None:
    assert fold(text) == _unicode_fold(text)
