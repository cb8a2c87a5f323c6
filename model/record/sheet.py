"""One activity's sheet: its sections and rows, laid out as measured text.

A sheet depends only on its activity, the list entries it names, the record's language and
`LAYOUT_VERSION`: that is what `model.record.cache` hashes, so a sheet is laid out once and
kept until one of those changes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from model import check
from model.check import conflicting_bases
from model.core import catalogue, vocab
from model.core.i18n import t_in
from model.exchange.importer import parse_bases
from model.record import layout
from model.record.layout import Cell, Page, Pager, Para, Row, TableStyle, para
from model.record.styles import (
    CONTENT_WIDTH,
    MARGIN_X,
    format_date,
    format_iso_date,
    parse_datetime,
    shorten,
    width,
)
from model.record.terms import (
    Lookups,
    basis_article,
    basis_label,
    category_flags,
    dict_list,
    is_draft,
    says_more,
    str_list,
    term_label,
    text,
)

# Bump when a sheet's look or content changes: cached sheets of older layouts are not reused.
LAYOUT_VERSION = 3

LABEL_WIDTH = 48 * mm
BAR_HEIGHT = 3.5 + 11 + 4.5


@dataclass
class SheetRow:
    key: str
    label: str
    cell: Cell
    missing: bool = False


@dataclass
class Section:
    key: str
    title: str
    rows: list[SheetRow]


def _missing(lang: str) -> Cell:
    return [para(t_in(lang, "Non renseigné", "Not provided"), "missing")]


def _none(lang: str, fr: str = "—", en: str = "—") -> Cell:
    return [para(t_in(lang, fr, en), "small")]


def _items(items: list[list[tuple[str, str]]]) -> Cell:
    """One item is a plain paragraph; several become bullets with hanging indents."""
    if len(items) == 1:
        return [layout.Para(items[0])]
    return [layout.Para(spans, bullet=True) for spans in items]


def field_label(key: str, lang: str) -> str:
    """A row's label: the field's, as the catalogue declares it."""
    return catalogue.by_key(key).label(lang)


Renderer = Callable[[dict[str, Any], Lookups, str, bool], list[SheetRow]]
"""A field whose rows need more than its kind says (lookups, several fields, a condition):
(activity, lookups, language, missing) -> its rows, [] for none."""


@functools.cache
def _by_section() -> tuple[tuple[catalogue.Section, tuple[catalogue.Field, ...]], ...]:
    """The catalogue's sections and their fields, sorted out once per process rather than
    for every sheet (comparing every field's section with each section)."""
    return tuple(catalogue.by_section())


def sections(activity: dict[str, Any], lk: Lookups, lang: str) -> list[Section]:
    """What the sheet says, section by section, before any layout.

    The sections and their order are the catalogue's (`catalogue.by_section`), each field
    printed by its kind, or by its renderer in `_RENDERERS`. A field the completeness rules
    find missing is marked "Not provided"; an empty optional one is left out, and a section
    with nothing to say is left out too, except where its renderer says "none" on purpose
    (no recipient, no transfer: Article 30 asks for them).
    """
    flags = {"special": {c for c, e in lk.categories.items() if e and e.get("special")},
             "criminal": {c for c, e in lk.categories.items() if e and e.get("criminal")}}
    missing = {f.field for f in check.document_activity_findings(activity, flags, lang)}
    found: list[Section] = []
    for section, fields in _by_section():
        rows: list[SheetRow] = []
        for f in fields:
            render = _RENDERERS.get(f.key)
            rows += (render(activity, lk, lang, f.key in missing) if render is not None
                     else _generic_rows(f, activity, lang, f.key in missing))
        if rows:
            found.append(Section(section.key, section.label(lang), rows))
    return found


def _generic_rows(f: catalogue.Field, activity: dict[str, Any], lang: str,
                  missing: bool) -> list[SheetRow]:
    """A field printed by its kind: text, a choice's label (and article), yes/no, a date, a
    list a line."""
    value = activity.get(f.key)
    label = f.label(lang)
    cell: Cell | None = None
    if f.kind == catalogue.Kind.YES_NO and isinstance(value, bool):
        cell = [para(t_in(lang, "Oui", "Yes") if value else t_in(lang, "Non", "No"))]
    elif f.kind == catalogue.Kind.CHOICE and text(value):
        term = vocab.by_code(f.vocabulary, text(value))
        shown = term.label(lang) if term else text(value)
        if term and term.article:
            shown += f" — {t_in(lang, 'art. {a}', 'Art. {a}', a=term.article)}"
        cell = [para(shown)]
    elif f.kind == catalogue.Kind.CHOICES and str_list(value):
        cell = _items([[(term_label(f.vocabulary, code, lang), "cell")]
                       for code in str_list(value)])
    elif f.kind in (catalogue.Kind.TEXTS, catalogue.Kind.ITEMS) and str_list(value):
        cell = _items([[(item, "cell")] for item in str_list(value)])
    elif f.kind == catalogue.Kind.DATE and text(value):
        cell = [para(format_iso_date(text(value), lang))]
    elif f.kind in (catalogue.Kind.TEXT, catalogue.Kind.LONG_TEXT) and text(value):
        cell = [para(text(value))]
    if cell is not None:
        return [SheetRow(f.key, label, cell)]
    if missing:
        return [SheetRow(f.key, label, _missing(lang), True)]
    return []


def _shown_in_status(*_: object) -> list[SheetRow]:
    return []


def _status(activity: dict[str, Any], lk: Lookups, lang: str, missing: bool) -> list[SheetRow]:
    """The status, with who validated it and when (the two fields are printed here)."""
    status = text(activity.get("status"))
    status_label = term_label(vocab.STATUSES, status, lang) if status else "—"
    validated_by = text(activity.get("validated_by"))
    validated_at = parse_datetime(activity.get("validated_at"))
    validation = ""
    if validated_by and validated_at:
        validation = t_in(lang, "validée par {who} le {when}", "validated by {who} on {when}",
                          who=validated_by, when=format_date(validated_at.date(), lang))
    elif validated_by:
        validation = t_in(lang, "validée par {who}", "validated by {who}", who=validated_by)
    elif validated_at:
        validation = t_in(lang, "validée le {when}", "validated on {when}",
                          when=format_date(validated_at.date(), lang))
    spans = [(status_label, "draft" if is_draft(activity) else "cell")]
    if validation:
        spans.append((f"— {validation}", "cell"))
    return [SheetRow("status", field_label("status", lang), [Para(spans)])]


def _dates(activity: dict[str, Any], lk: Lookups, lang: str, missing: bool) -> list[SheetRow]:
    """Created and updated on one row (the updated date is printed here)."""
    dates = []
    created = parse_datetime(activity.get("created_at"))
    updated = parse_datetime(activity.get("updated_at"))
    if created:
        dates.append(t_in(lang, "créée le {d}", "created on {d}",
                          d=format_date(created.date(), lang)))
    if updated:
        dates.append(t_in(lang, "modifiée le {d}", "updated on {d}",
                          d=format_date(updated.date(), lang)))
    if not dates:
        return []
    return [SheetRow("dates", t_in(lang, "Dates", "Dates"), [para(", ".join(dates))])]


def _categories(activity: dict[str, Any], lk: Lookups, lang: str,
                missing: bool) -> list[SheetRow]:
    items = []
    for c in str_list(activity.get("data_categories")):
        spans = [(c, "cell")]
        flags = category_flags(c, lk, lang)
        if flags:
            spans.append((f"({', '.join(flags)})", "cell_flag"))
        items.append(spans)
    label = field_label("data_categories", lang)
    if items:
        return [SheetRow("data_categories", label, _items(items))]
    return [SheetRow("data_categories", label, _missing(lang), True)] if missing else []


def _categories_text(activity: dict[str, Any], lk: Lookups, lang: str,
                     missing: bool) -> list[SheetRow]:
    """The imported wording, only where it says something the categories do not."""
    raw = text(activity.get("data_categories_text"))
    if raw and says_more(raw, *str_list(activity.get("data_categories"))):
        return [SheetRow("data_categories_text", field_label("data_categories_text", lang),
                         [para(raw, "verbatim")])]
    return []


def _bases(activity: dict[str, Any], lk: Lookups, lang: str, missing: bool) -> list[SheetRow]:
    items = []
    for basis in dict_list(activity.get("legal_bases")):
        code = text(basis.get("code"))
        article = basis_article(code, basis.get("article"), lk)
        spans = [(basis_label(code, lk, lang), "cell_b")]
        if article:
            spans.append(("— " + t_in(lang, "art. {a}", "Art. {a}", a=article), "cell"))
        justification = text(basis.get("justification"))
        if justification:
            spans.append(("\n" + justification, "cell"))
        items.append(spans)
    label = field_label("legal_bases", lang)
    if items:
        return [SheetRow("legal_bases", label, _items(items))]
    return [SheetRow("legal_bases", label, _missing(lang), True)]


def _basis_text(activity: dict[str, Any], lk: Lookups, lang: str,
                missing: bool) -> list[SheetRow]:
    if printable_basis_text(activity):
        return [SheetRow("legal_basis_text", field_label("legal_basis_text", lang),
                         [para(text(activity.get("legal_basis_text")), "verbatim")])]
    return []


def _listed(key: str, items: list[list[tuple[str, str]]], lang: str, fr: str,
            en: str) -> list[SheetRow]:
    """A list Article 30 asks for: its items, else the words that say there are none."""
    cell = _items(items) if items else _none(lang, fr, en)
    return [SheetRow(key, field_label(key, lang), cell)]


def _recipients(activity: dict[str, Any], lk: Lookups, lang: str,
                missing: bool) -> list[SheetRow]:
    items = []
    for rec in str_list(activity.get("recipients")):
        kind = text(lk.recipients.get(rec, {}).get("kind"))
        spans = [(rec, "cell")]
        if kind:
            spans.append((f"({term_label(vocab.RECIPIENT_KINDS, kind, lang)})", "cell_muted"))
        items.append(spans)
    return _listed("recipients", items, lang, "Aucun destinataire déclaré",
                   "No recipient recorded")


def _transfers(activity: dict[str, Any], lk: Lookups, lang: str,
               missing: bool) -> list[SheetRow]:
    """Each transfer: country or organisation and recipient, its safeguard (with its article
    and documentation)."""
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    items = []
    for tx in dict_list(activity.get("transfers")):
        if not any(text(v) for v in tx.values()):
            continue
        where = text(tx.get("country")) or text(tx.get("international_organisation"))
        head = " — ".join(x for x in (where, text(tx.get("recipient"))) if x)
        spans = [(head or tr("Pays non précisé", "Country not given"), "cell_b")]
        if text(tx.get("country")) and text(tx.get("international_organisation")):
            spans.append(("\n" + text(tx.get("international_organisation")), "cell"))
        code = text(tx.get("safeguard"))
        if code:
            term = vocab.by_code(vocab.SAFEGUARDS, code)
            guard = term.label(lang) if term else code
            if term and term.article:
                guard += " (" + tr("art. {a}", "Art. {a}", a=term.article) + ")"
            spans.append(("\n" + tr("Garantie : {g}", "Safeguard: {g}", g=guard), "cell"))
        else:
            spans.append(("\n" + tr("Garantie non renseignée", "Safeguard not provided"),
                          "cell_flag"))
        for key in ("safeguard_detail", "safeguard_reference"):
            if text(tx.get(key)):
                spans.append(("\n" + text(tx.get(key)), "cell"))
        items.append(spans)
    return _listed("transfers", items, lang, "Aucun transfert déclaré", "No transfer recorded")


def _category_retention(activity: dict[str, Any], lk: Lookups, lang: str,
                        missing: bool) -> list[SheetRow]:
    own = activity.get("category_retention")
    kept = [[(c, "cell_b"), ("— " + text(own.get(c)), "cell")]
            for c in str_list(activity.get("data_categories"))
            if isinstance(own, dict) and text(own.get(c))]
    if kept:
        return [SheetRow("category_retention", field_label("category_retention", lang),
                         _items(kept))]
    return []


def _measures(activity: dict[str, Any], lk: Lookups, lang: str,
              missing: bool) -> list[SheetRow]:
    measures = [[(term_label(vocab.SECURITY_MEASURES, m, lang), "cell")]
                for m in str_list(activity.get("security_measures"))]
    return _listed("security_measures", measures, lang, "Aucune mesure déclarée",
                   "No measure recorded")


def _dpia_required(activity: dict[str, Any], lk: Lookups, lang: str,
                   missing: bool) -> list[SheetRow]:
    dpia = activity.get("dpia_required")
    if isinstance(dpia, bool):
        cell: Cell = [para(t_in(lang, "Requise", "Required") if dpia
                           else t_in(lang, "Non requise", "Not required"))]
    else:
        cell = _none(lang, "Non évaluée", "Not assessed")
    return [SheetRow("dpia_required", field_label("dpia_required", lang), cell)]


def _notes(activity: dict[str, Any], lk: Lookups, lang: str, missing: bool) -> list[SheetRow]:
    """The user's own columns, each under its name."""
    return [SheetRow("notes", text(note.get("name")), [para(text(note.get("text")))])
            for note in dict_list(activity.get("notes"))
            if text(note.get("name")) and text(note.get("text"))]


_RENDERERS: dict[str, Renderer] = {
    "status": _status,
    "validated_by": _shown_in_status,
    "validated_at": _shown_in_status,
    "created_at": _dates,
    "updated_at": _shown_in_status,
    "data_categories": _categories,
    "data_categories_text": _categories_text,
    "legal_bases": _bases,
    "legal_basis_text": _basis_text,
    "recipients": _recipients,
    "transfers": _transfers,
    "category_retention": _category_retention,
    "security_measures": _measures,
    "dpia_required": _dpia_required,
    "notes": _notes,
}
"""Fields printed otherwise than by their kind; every other field of the catalogue is
printed by `_generic_rows`, so a new field reaches the sheet the day it is declared."""


def printable_basis_text(activity: dict[str, Any]) -> bool:
    """The imported basis wording is printed when it says something the bases do not and
    names no basis the activity does not have (that case is a completeness finding)."""
    raw = text(activity.get("legal_basis_text"))
    if not raw or conflicting_bases(activity):
        return False
    _, unmapped = parse_bases(raw)
    return bool(unmapped.strip()) and says_more(
        unmapped, *(text(b.get("justification")) for b in dict_list(activity.get("legal_bases")))
    )


def _section_bar(title: str, heading: str) -> Callable[[Pager], None]:
    def draw(pager: Pager) -> None:
        top = pager.y
        pager.rect(MARGIN_X, top - BAR_HEIGHT, CONTENT_WIDTH, BAR_HEIGHT, "accent")
        base = top - 3.5 - 9
        pager.text(MARGIN_X + 5, base, "section", title)
        ref = shorten(heading, 44)
        pager.text(MARGIN_X + CONTENT_WIDTH - 5 - width(ref, "section_ref"), base,
                   "section_ref", ref)
        pager.y = top - BAR_HEIGHT

    return draw


def lay_out(activity: dict[str, Any], lk: Lookups, lang: str, title: str, key: str) -> list[Page]:
    """The sheet's pages; its first page carries the destination `key` and its bookmark."""
    parts = sections(activity, lk, lang)
    draft = is_draft(activity)

    def build(pager: Pager) -> None:
        pager.mark(key, title, 1)
        style = "h2"
        lines = layout.wrap(Para([(title, style)]), CONTENT_WIDTH - (60 if draft else 0))
        for runs in lines:
            pager.y -= 16
            for dx, txt, st in runs:
                pager.text(MARGIN_X + dx, pager.y + 3.5, st, txt)
        if draft:  # said where the eye lands first, not only in the status row
            label = t_in(lang, "BROUILLON", "DRAFT")
            w = width(label, "draft") + 8
            x = MARGIN_X + CONTENT_WIDTH - w
            y = pager.y + 16 * len(lines) - 14
            pager.rect(x, y - 3, w, 13, "draft_bg")
            pager.text(x + 4, y, "draft", label)
        pager.y -= 3 + 2 * mm
        for section in parts:
            rows = [
                Row([[para(r.label, "label")], r.cell], [None, "missing_bg" if r.missing else None])
                for r in section.rows
            ]
            layout.table(pager, MARGIN_X, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], rows,
                         style=TableStyle(), header=_section_bar(section.title, title),
                         header_height=BAR_HEIGHT)
            pager.space(3 * mm)

    return layout.with_full_pages(build)
