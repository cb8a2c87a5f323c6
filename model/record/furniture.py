"""Page furniture: the header and footer every page carries, drawn once the page count is
known (so "page x of y" is plain text, not a form filled in afterwards)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from model.core.i18n import t_in
from model.record.layout import Op
from model.record.styles import CONTENT_WIDTH, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, ellipsize, width

RIGHT = PAGE_WIDTH - MARGIN_X


@dataclass(frozen=True)
class Furniture:
    lang: str
    org_name: str
    edition: str  # "Édition 3 — 25 novembre 2026", or the draft's wording
    fingerprint: str
    draft: bool

    def ops(self, number: int, total: int) -> list[Op]:
        lang = self.lang
        out: list[Op] = []
        top = PAGE_HEIGHT - 13 * mm
        title = t_in(lang, "Registre des activités de traitement",
                     "Record of processing activities")
        if self.draft:
            title = t_in(lang, "PROJET NON SIGNÉ — ", "UNSIGNED DRAFT — ") + title
        out.append(["t", RIGHT - width(title, "furniture"), top, "furniture", title])
        room = CONTENT_WIDTH - width(title, "furniture") - 10 * mm
        name = ellipsize(self.org_name or t_in(lang, "Responsable non renseigné",
                                               "Controller not provided"), "furniture_b", room)
        out.append(["t", MARGIN_X, top, "furniture_b", name])
        out.append(["l", MARGIN_X, top - 2.5 * mm, RIGHT, top - 2.5 * mm, 0.5, "rule"])

        line1 = 12 * mm
        line2 = 8.2 * mm
        out.append(["l", MARGIN_X, line1 + 4 * mm, RIGHT, line1 + 4 * mm, 0.5, "rule"])
        page = t_in(lang, "Page {n} sur {t}", "Page {n} of {t}", n=number, t=total)
        out.append(["t", RIGHT - width(page, "furniture_b"), line1, "furniture_b", page])
        left = " — ".join(x for x in (self.org_name, self.edition) if x)
        left = ellipsize(left, "furniture", CONTENT_WIDTH - width(page, "furniture_b") - 8 * mm)
        out.append(["t", MARGIN_X, line1, "furniture", left])
        fp = t_in(lang, "Empreinte SHA-256 du contenu : {f}",
                  "SHA-256 fingerprint of the content: {f}", f=self.fingerprint)
        out.append(["t", MARGIN_X, line2, "furniture", fp])
        return out
