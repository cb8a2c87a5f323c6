"""The annexes: the lists the sheets refer to, the completeness findings, and what changed
since the previous signed edition, activity by activity and field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from model.check import Finding
from model.core import catalogue, vocab
from model.core.i18n import t_in
from model.record import layout
from model.record.facts import Change, Edition
from model.record.layout import Cell, Page, Pager, Row, para
from model.record.styles import CONTENT_WIDTH, MARGIN_X, format_date, format_iso_date, shorten
from model.record.terms import (
    Lookups,
    basis_article,
    basis_label,
    category_flags,
    dict_list,
    term_label,
    text,
)

VALUE_CHARS = 240  # a changed value is quoted up to this length


@dataclass(frozen=True)
class Part:
    key: str
    title: str  # with its letter: "A. Catégories de données"
    build: Callable[[Pager], None]


def _cell(value: str, style: str = "cell") -> Cell:
    return [para(value, style)] if value else [para("—", "small")]


def field_labels(lang: str) -> dict[str, str]:
    """A field's label as the catalogue declares it, for the changes annex."""
    out = {f.key: f.label(lang) for f in catalogue.ORGANISATION}
    out.update({f.key: f.label(lang) for f in catalogue.ACTIVITY})
    return out


def parts(doc: dict[str, Any], lk: Lookups, lang: str, findings: list[Finding],
          edition: Edition) -> list[Part]:
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    out: list[tuple[str, str, Callable[[Pager], None]]] = []

    cat_rows = []
    for cat in dict_list(doc.get("data_categories")):
        flags = category_flags(text(cat.get("name")), lk, lang)
        cat_rows.append(Row([_cell(text(cat.get("name")), "cell_b"),
                             _cell(text(cat.get("description"))),
                             _cell(", ".join(flags), "cell_flag")]))
    if not cat_rows:
        cat_rows.append(Row([_cell(""), _cell(tr("Aucune catégorie", "No category"), "small"),
                             _cell("")]))
    out.append(("annex-categories", tr("Catégories de données", "Data categories"),
                lambda p: layout.grid(p, MARGIN_X, [45 * mm, CONTENT_WIDTH - 95 * mm, 50 * mm],
                                      [tr("Catégorie", "Category"),
                                       tr("Description", "Description"),
                                       tr("Nature", "Nature")], cat_rows)))

    used: list[str] = []
    for activity in dict_list(doc.get("activities")):
        for basis in dict_list(activity.get("legal_bases")):
            code = text(basis.get("code"))
            if code and code not in used:
                used.append(code)
    order = {code: i for i, code in enumerate(vocab.codes(vocab.LEGAL_BASES))}
    used.sort(key=lambda c: order.get(c, len(order)))
    basis_rows = [Row([_cell(basis_label(c, lk, lang), "cell_b"),
                       _cell(tr("art. {a}", "Art. {a}", a=basis_article(c, None, lk))),
                       _cell(text(lk.bases.get(c, {}).get("description")))]) for c in used]
    if not basis_rows:
        basis_rows.append(Row([_cell(""), _cell(""),
                               _cell(tr("Aucune base légale utilisée", "No legal basis used"),
                                     "small")]))
    out.append(("annex-bases", tr("Bases légales utilisées", "Legal bases used"),
                lambda p: layout.grid(p, MARGIN_X, [55 * mm, 30 * mm, CONTENT_WIDTH - 85 * mm],
                                      [tr("Base légale", "Legal basis"),
                                       tr("Article (RGPD)", "Article (GDPR)"),
                                       tr("Description", "Description")], basis_rows)))

    subject_rows = [Row([_cell(text(x.get("name")), "cell_b"), _cell(text(x.get("description")))])
                    for x in dict_list(doc.get("data_subjects"))]
    if subject_rows:
        out.append(("annex-subjects", tr("Personnes concernées", "Data subjects"),
                    lambda p: layout.grid(p, MARGIN_X, [60 * mm, CONTENT_WIDTH - 60 * mm],
                                          [tr("Personnes concernées", "Data subjects"),
                                           tr("Description", "Description")], subject_rows)))
    recipient_rows = [
        Row([_cell(text(x.get("name")), "cell_b"),
             _cell(term_label(vocab.RECIPIENT_KINDS, text(x.get("kind")), lang)
                   if text(x.get("kind")) else ""),
             _cell(_recipient_details(x, lang))])
        for x in dict_list(doc.get("recipients"))
    ]
    if recipient_rows:
        out.append(("annex-recipients", tr("Destinataires", "Recipients"),
                    lambda p: layout.grid(p, MARGIN_X, [55 * mm, 40 * mm, CONTENT_WIDTH - 95 * mm],
                                          [tr("Destinataire", "Recipient"), tr("Nature", "Kind"),
                                           tr("Description", "Description")], recipient_rows)))

    if findings:
        finding_rows = [Row([_cell(f.reference or tr("Organisation", "Organisation"), "cell_b"),
                             _cell(f.message.split(": ", 1)[-1].split(" : ", 1)[-1])])
                        for f in findings]
        out.append(("annex-findings", tr("Constatations de complétude", "Completeness findings"),
                    lambda p: layout.grid(p, MARGIN_X, [30 * mm, CONTENT_WIDTH - 30 * mm],
                                          [tr("Où", "Where"), tr("Constatation", "Finding")],
                                          finding_rows)))

    out.append(("annex-changes", tr("Modifications depuis l'édition signée précédente",
                                    "Changes since the previous signed edition"),
                _changes(edition, lang)))
    letters = "ABCDEFGHIJ"
    return [Part(key, f"{letters[i]}. {title}", build) for i, (key, title, build) in enumerate(out)]


def _recipient_details(recipient: dict[str, Any], lang: str) -> str:
    """Its description, then every other field the catalogue gives a recipient (a
    processor's contact, country, Article 28 contract and its date), a line each."""
    lines = [text(recipient.get("description"))]
    for f in catalogue.RECIPIENT:
        value = text(recipient.get(f.key))
        if f.key in ("name", "kind", "description") or not value:
            continue
        if f.kind == catalogue.Kind.DATE:
            value = format_iso_date(value, lang)
        lines.append(t_in(lang, "{label} : {value}", "{label}: {value}", label=f.label(lang),
                          value=value))
    return "\n".join(line for line in lines if line)


def letter(all_parts: list[Part], key: str) -> str:
    return next((p.title.split(".", 1)[0] for p in all_parts if p.key == key), "")


def net_changes(changes: list[Change]) -> list[Change]:
    """One line per field changed, its value before the first change and after the last;
    one line per item added or removed (its own edits go with it); nothing for a change
    undone since."""
    edits: dict[tuple[str, str, str], Change] = {}
    existed: dict[tuple[str, str], bool] = {}
    exists: dict[tuple[str, str], bool] = {}
    born: dict[tuple[str, str], Change] = {}
    for c in changes:
        item = (c.entity, c.ref)
        if c.field and c.action in ("edit", "move"):
            first = edits.get((*item, c.field))
            edits[(*item, c.field)] = c if first is None else Change(
                c.action, c.entity, c.ref, c.field, first.old, c.new)
        elif c.action in ("create", "delete", "duplicate", "restore", "import"):
            present = c.action != "delete"
            existed.setdefault(item, not present)
            exists[item] = present
            born[item] = c
    out = [born[item] for item, was in existed.items() if exists[item] != was]
    gone_or_new = {item for item, was in existed.items() if exists[item] != was or not was}
    out += [c for key, c in edits.items() if c.old != c.new and key[:2] not in gone_or_new]
    return out


def _changes(edition: Edition, lang: str) -> Callable[[Pager], None]:
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    labels = field_labels(lang)
    actions = {
        "create": tr("créée", "created"), "delete": tr("supprimée", "deleted"),
        "move": tr("déplacée dans le registre", "moved in the register"),
        "duplicate": tr("dupliquée", "duplicated"), "restore": tr("restaurée", "restored"),
        "import": tr("importée", "imported"),
    }
    entities = {
        "activity": tr("Activité", "Activity"), "organisation": tr("Organisation", "Organisation"),
        "register": tr("Registre", "Register"), "datacategory": tr("Catégorie", "Category"),
        "datasubject": tr("Personnes", "Data subjects"),
        "recipient": tr("Destinataire", "Recipient"),
        "legalbasis": tr("Base légale", "Legal basis"),
    }

    def build(pager: Pager) -> None:
        if edition.history_head:
            pager.paragraph(para(tr(
                "Historique scellé par ce registre : {n} entrée(s), dernière empreinte "
                "SHA-256 {head} (registre check --against ce fichier le vérifie).",
                "History sealed by this record: {n} entry(ies), last SHA-256 hash {head} "
                "(registre check --against this file confirms it).",
                n=edition.history_count, head=edition.history_head), "body"),
                MARGIN_X, CONTENT_WIDTH, after=4)
        if edition.previous is None:
            pager.paragraph(para(tr("Première édition signée de ce registre : il n'y a pas "
                                    "d'édition précédente à comparer.",
                                    "First signed edition of this register: there is no "
                                    "previous edition to compare with."), "body"),
                            MARGIN_X, CONTENT_WIDTH)
            return
        lines = net_changes(edition.changes)
        pager.paragraph(para(tr("Depuis l'édition signée du {d} : {n} modification(s).",
                                "Since the signed edition of {d}: {n} change(s).",
                                d=format_date(edition.previous, lang), n=len(lines)), "body"),
                        MARGIN_X, CONTENT_WIDTH, after=4)
        if not lines:
            return
        rows = []
        for c in sorted(lines, key=lambda c: (c.entity != "organisation", c.entity, c.ref)):
            where = entities.get(c.entity, c.entity) + (f" {c.ref}" if c.ref else "")
            if c.field:
                what = labels.get(c.field, c.field)
                before, after = shorten(c.old, VALUE_CHARS), shorten(c.new, VALUE_CHARS)
            else:
                what = actions.get(c.action, c.action)
                before, after = "", ""
            rows.append(Row([_cell(where, "cell_b"), _cell(what), _cell(before, "cell_muted"),
                             _cell(after)]))
        layout.grid(pager, MARGIN_X, [38 * mm, 38 * mm, (CONTENT_WIDTH - 76 * mm) / 2,
                                      (CONTENT_WIDTH - 76 * mm) / 2],
                    [tr("Où", "Where"), tr("Champ", "Field"), tr("Avant", "Before"),
                     tr("Après", "After")], rows)

    return build


def lay_out(all_parts: list[Part], lang: str) -> list[Page]:
    def build(pager: Pager) -> None:
        layout.heading(pager, t_in(lang, "Annexes", "Annexes"), "h1", key="annex", after=8)
        for part in all_parts:
            layout.heading(pager, part.title, "h2", key=part.key, level=1, before=6 * mm,
                           after=3, keep=40 * mm)
            part.build(pager)

    return layout.with_full_pages(build)
