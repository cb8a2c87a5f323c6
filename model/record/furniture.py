"""Page furniture: the header and footer every page carries, drawn once the page count is
known (so "page x of y" is plain text, not a form filled in afterwards)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from model.core.i18n import t_in
from model.record.layout import Op
from model.record.styles import CONTENT_WIDTH, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, ellipsize, width

RIGHT = PAGE_WIDTH - MARGIN_X
LINE1 = 12 * mm  # the footer's baselines
LINE2 = 8.2 * mm


@dataclass(frozen=True)
class Furniture:
    lang: str
    org_name: str
    edition: str  # "Édition 3 — 25 novembre 2026", or the draft's wording
    fingerprint: str
    draft: bool
    # what `parts` has worked out: the same on every page, or for every page number as wide
    _kept: dict[Any, tuple[Op, ...]] = field(default_factory=dict, compare=False, repr=False)

    def ops(self, number: int, total: int) -> list[Op]:
        before, page, after = self.parts(number, total)
        return [*before, page, *after]

    def parts(self, number: int, total: int) -> tuple[tuple[Op, ...], Op, tuple[Op, ...]]:
        """The operations before the page number (the same objects on every page), the
        page number's, and those after it (the same objects for page numbers as wide)."""
        lang = self.lang
        top = PAGE_HEIGHT - 13 * mm
        before = self._kept.get("before")
        if before is None:
            title = t_in(lang, "Registre des activités de traitement",
                         "Record of processing activities")
            if self.draft:
                title = t_in(lang, "PROJET NON SIGNÉ — ", "UNSIGNED DRAFT — ") + title
            room = CONTENT_WIDTH - width(title, "furniture") - 10 * mm
            name = ellipsize(self.org_name or t_in(lang, "Responsable non renseigné",
                                                   "Controller not provided"),
                             "furniture_b", room)
            before = self._kept["before"] = (
                ["t", RIGHT - width(title, "furniture"), top, "furniture", title],
                ["t", MARGIN_X, top, "furniture_b", name],
                ["l", MARGIN_X, top - 2.5 * mm, RIGHT, top - 2.5 * mm, 0.5, "rule"],
                ["l", MARGIN_X, LINE1 + 4 * mm, RIGHT, LINE1 + 4 * mm, 0.5, "rule"],
            )
        page = t_in(lang, "Page {n} sur {t}", "Page {n} of {t}", n=number, t=total)
        page_width = width(page, "furniture_b")
        after = self._kept.get(page_width)
        if after is None:
            left = " — ".join(x for x in (self.org_name, self.edition) if x)
            left = ellipsize(left, "furniture", CONTENT_WIDTH - page_width - 8 * mm)
            fp = t_in(lang, "Empreinte SHA-256 du contenu : {f}",
                      "SHA-256 fingerprint of the content: {f}", f=self.fingerprint)
            after = self._kept[page_width] = (["t", MARGIN_X, LINE1, "furniture", left],
                                              ["t", MARGIN_X, LINE2, "furniture", fp])
        return before, ["t", RIGHT - page_width, LINE1, "furniture_b", page], after
