"""The contents page: every part and every activity's sheet with its page, each a link."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from model.core.i18n import t_in
from model.record import layout
from model.record.layout import Page, Pager, para
from model.record.styles import CONTENT_WIDTH, MARGIN_X, STYLES, ellipsize, width

RIGHT = MARGIN_X + CONTENT_WIDTH
REF_WIDTH = 24 * mm
INDENT = 6 * mm


@dataclass(frozen=True)
class Entry:
    key: str
    level: int  # 0: a part; 1: a sheet or an annex
    ref: str
    title: str
    page: int


def lay_out(entries: list[Entry], lang: str) -> list[Page]:
    def build(pager: Pager) -> None:
        layout.heading(pager, t_in(lang, "Sommaire", "Contents"), "h1", key="contents", after=4)
        pager.paragraph(para(t_in(
            lang,
            "Une fiche par activité de traitement. Les mentions « Non renseigné » signalent une "
            "information exigée par l'article 30 qui manque au registre.",
            "One sheet per processing activity. “Not provided” marks information required by "
            "Article 30 that the register lacks."), "small"), MARGIN_X, CONTENT_WIDTH, after=8)
        lead = STYLES["contents"].leading
        for e in entries:
            extra = 4.0 if e.level == 0 else 0.0
            pager.ensure(lead + extra)
            pager.space(extra)
            top = pager.y
            base = top - STYLES["contents"].size - 1
            number = str(e.page)
            pager.text(RIGHT - width(number, "contents_page"), base, "contents_page", number)
            room_end = RIGHT - width(number, "contents_page") - 4 * mm
            if e.level == 0:
                pager.text(MARGIN_X, base, "contents_b",
                           ellipsize(e.title, "contents_b", room_end - MARGIN_X))
            else:
                x = MARGIN_X + INDENT
                if e.ref:
                    pager.text(x, base, "contents_b",
                               ellipsize(e.ref, "contents_b", REF_WIDTH - 2 * mm))
                    x += REF_WIDTH
                pager.text(x, base, "contents", ellipsize(e.title, "contents", room_end - x))
            pager.line(MARGIN_X, top - lead, RIGHT, top - lead, 0.2, "shade")
            pager.link(MARGIN_X, top - lead, RIGHT, top, e.key)
            pager.y = top - lead
            pager.started = True

    return layout.with_full_pages(build)
