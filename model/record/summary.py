"""The summary: one row per activity, in tables of bounded length, each row a link to the
activity's sheet and giving its page."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from reportlab.lib.units import mm

from model.core.i18n import t_in
from model.record import layout
from model.record.layout import Cell, Page, Pager, Para, Row, para
from model.record.styles import CONTENT_WIDTH, MARGIN_X, shorten
from model.record.terms import Lookups, basis_article, basis_label, dict_list, str_list, text

# The summary is an overview; the full purpose is on each activity's sheet.
SUMMARY_PURPOSE_CHARS = 300
WIDTHS = (20 * mm, 64 * mm, 44 * mm, CONTENT_WIDTH - 142 * mm, 14 * mm)
# Rows laid out per table: the summary's memory and time stay flat however long it is.
CHUNK = 100


def _row(activity: dict[str, Any], lk: Lookups, lang: str, key: str) -> Row:
    def tr(fr: str, en: str) -> str:
        return t_in(lang, fr, en)

    name = text(activity.get("name"))
    purpose = text(activity.get("purpose"))
    what: list[tuple[str, str]] = []
    if name:
        what.append((name, "cell_b"))
    if purpose:
        what.append((("\n" if what else "") + shorten(purpose, SUMMARY_PURPOSE_CHARS), "cell"))
    else:
        what.append((("\n" if what else "") + tr("Finalité non renseignée", "Purpose not provided"),
                     "missing"))
    cats = str_list(activity.get("data_categories"))
    cat_spans: list[tuple[str, str]] = []
    for i, c in enumerate(cats):
        entry = lk.categories.get(c, {})
        marks = [m for m, on in (("art. 9", entry.get("special")),
                                 ("art. 10", entry.get("criminal"))) if on]
        cat_spans.append((c + ("" if marks or i == len(cats) - 1 else ","), "cell"))
        if marks:
            cat_spans.append((f"({', '.join(marks)})" + ("," if i < len(cats) - 1 else ""),
                              "cell_flag"))
    bases = dict_list(activity.get("legal_bases"))
    basis_paras = [
        Para([(basis_label(text(b.get("code")), lk, lang), "cell"),
              (basis_article(text(b.get("code")), b.get("article"), lk), "cell_muted")],
             bullet=len(bases) > 1)
        for b in bases
    ]
    missing: Cell = [para(tr("Non renseigné", "Not provided"), "missing")]
    return Row([
        [para(text(activity.get("reference")) or "—")],
        [Para(what)],
        [Para(cat_spans)] if cats else missing,
        basis_paras if bases else missing,
        [],
    ], link=key)


# Bump when the summary's look or content changes: kept summaries of older layouts go.
LAYOUT_VERSION = 2


def key(activities: list[dict[str, Any]], parts: list[dict[str, Any]], lang: str) -> str:
    """The SHA-256 of what the summary prints: each activity's reference, name, purpose,
    categories and legal bases, the list entries they name (`parts`, as the sheets' keys
    have them), their order and the language."""
    rows = [[a.get(k) for k in ("reference", "name", "purpose", "data_categories",
                                "legal_bases")] for a in activities]
    payload = json.dumps([LAYOUT_VERSION, lang, rows, parts], sort_keys=True,
                         ensure_ascii=False, separators=(",", ":"), default=str)
    return "summary-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lay_out(doc: dict[str, Any], lk: Lookups, lang: str) -> list[Page]:
    def tr(fr: str, en: str) -> str:
        return t_in(lang, fr, en)

    activities = dict_list(doc.get("activities"))
    head = [tr("Réf.", "Ref."), tr("Activité et finalité", "Activity and purpose"),
            tr("Catégories de données", "Data categories"), tr("Bases légales", "Legal bases"),
            tr("Page", "Page")]

    def build(pager: Pager) -> None:
        layout.heading(pager, tr("Synthèse des activités", "Summary of activities"), "h1",
                       key="summary", after=8)
        if not activities:
            layout.grid(pager, MARGIN_X, WIDTHS, head, [Row([
                [para("—", "small")], [para(tr("Aucune activité", "No activity"), "small")],
                [para("—", "small")], [para("—", "small")], []])])
        for start in range(0, len(activities), CHUNK):
            rows = [_row(a, lk, lang, f"activity-{start + i}")
                    for i, a in enumerate(activities[start:start + CHUNK])]
            layout.grid(pager, MARGIN_X, WIDTHS, head, rows, continued=start > 0)
        pager.space(3 * mm)
        pager.paragraph(para(tr("Les finalités longues sont abrégées ici ; le texte complet "
                                "figure sur la fiche de chaque activité.",
                                "Long purposes are shortened here; the full text is on each "
                                "activity's sheet."), "small"), MARGIN_X, CONTENT_WIDTH)

    return layout.with_full_pages(build)
