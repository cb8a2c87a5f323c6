"""The register's lists and fixed vocabularies, named as the record prints them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from model.core import vocab
from model.core.i18n import t_in


def text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def str_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]


def dict_list(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


@dataclass(frozen=True)
class Lookups:
    categories: dict[str, dict[str, Any]]
    recipients: dict[str, dict[str, Any]]
    bases: dict[str, dict[str, Any]]

    def for_activity(self, activity: dict[str, Any]) -> dict[str, Any]:
        """The entries a sheet reads: part of its cache key, so that a renamed basis or a
        category flagged special re-renders the sheets that print it."""
        return {
            "categories": {c: self.categories.get(c)
                           for c in str_list(activity.get("data_categories"))},
            "recipients": {r: self.recipients.get(r)
                           for r in str_list(activity.get("recipients"))},
            "bases": {
                text(b.get("code")): self.bases.get(text(b.get("code")))
                for b in dict_list(activity.get("legal_bases"))
            },
        }

    @staticmethod
    def from_parts(parts: dict[str, Any]) -> Lookups:
        def clean(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
            return {k: v for k, v in d.items() if isinstance(v, dict)}

        return Lookups(clean(parts["categories"]), clean(parts["recipients"]),
                       clean(parts["bases"]))


def lookups(doc: dict[str, Any]) -> Lookups:
    def index(items: object, key: str) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for item in dict_list(items):
            if isinstance(item.get(key), str):
                out.setdefault(item[key], item)
        return out

    return Lookups(
        categories=index(doc.get("data_categories"), "name"),
        recipients=index(doc.get("recipients"), "name"),
        bases=index(doc.get("legal_bases"), "code"),
    )


def basis_label(code: str, lk: Lookups, lang: str) -> str:
    entry = lk.bases.get(code, {})
    label = text(entry.get("label_en" if lang == "en" else "label_fr"))
    if label:
        return label
    term = vocab.by_code(vocab.LEGAL_BASES, code)
    return term.label(lang) if term else code


def basis_article(code: str, given: object, lk: Lookups) -> str:
    article = text(given) or text(lk.bases.get(code, {}).get("article"))
    if not article:
        term = vocab.by_code(vocab.LEGAL_BASES, code)
        article = term.article if term else ""
    return article


def term_label(vocabulary: tuple[vocab.Term, ...], code: str, lang: str) -> str:
    term = vocab.by_code(vocabulary, code)
    return term.label(lang) if term else code


def category_flags(name: str, lk: Lookups, lang: str) -> list[str]:
    entry = lk.categories.get(name, {})
    flags = []
    if entry.get("special"):
        flags.append(t_in(lang, "catégorie particulière, art. 9", "special category, Art. 9"))
    if entry.get("criminal"):
        flags.append(t_in(lang, "infractions, art. 10", "criminal offences, Art. 10"))
    return flags


def is_draft(activity: dict[str, Any]) -> bool:
    return text(activity.get("status")) == "draft"


def drafts(doc: dict[str, Any]) -> list[str]:
    """References of the sheets still in draft, in the register's order."""
    return [text(a.get("reference")) or "?" for a in dict_list(doc.get("activities"))
            if is_draft(a)]


def heading(activity: dict[str, Any], index: int, lang: str) -> str:
    ref = text(activity.get("reference"))
    name = text(activity.get("name"))
    return " — ".join(x for x in (ref, name) if x) or t_in(
        lang, "Activité {n}", "Activity {n}", n=index + 1
    )


# --- does imported text say more than the fields? -------------------------------------------

def _fold(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


# Words that say nothing on their own: "nécessaire pour nos …" is how a basis is worded.
_STOP = frozenset(_fold(
    "avec dans pour par les des aux une sur nos vos notre votre nous vous leur leurs qui que "
    "est sont être ont cette ces ses son sans tout tous toute toutes afin ainsi plus compris "
    "with from that this those these their your ours have been into such also including "
    "other autres autre nécessaire necessary"
).split())


def _words(value: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", _fold(value)) if len(w) >= 3 and w not in _STOP}


def says_more(raw: str, *known: str) -> bool:
    """Whether `raw` holds words that none of the `known` field texts hold."""
    return bool(_words(raw) - _words(" ".join(known)))
