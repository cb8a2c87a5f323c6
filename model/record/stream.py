"""Pages' drawing operations as PDF content streams, made without a canvas.

A sheet's page can then be made once, in a worker process, compressed, kept in the sheet
cache and copied into every later record as it is, instead of being drawn again. That needs
text codes that do not depend on the record being written: reportlab gives a font's
characters their codes in the order the document first uses them, so here the first subset
of every font has a fixed encoding (`FIXED`: ASCII, Latin-1 and the Windows-1252 additions,
which French and English text stay within), which the writer gives its fonts before the
first page (`seed`). A page with a character outside it, or with a page number or a link
(made only when the record is written), has no ready stream: the writer draws its
operations, and reportlab encodes the rare characters in further subsets as it always did.

The font resource names (`RESOURCES`) are those reportlab gives the four fonts when the
writer sets them in that order; the writer checks them and copies no ready stream when
they differ.
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from model.record.layout import Page
from model.record.styles import (
    COLOURS,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    STYLES,
)

FONTS = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)
# Operations only the record being written can finish: destinations, links, page numbers.
LATE = frozenset("dan")
RESOURCES = {name: f"/F{n}+0" for n, name in enumerate(FONTS, start=1)}
RG = {k: f"{v[0]:.4g} {v[1]:.4g} {v[2]:.4g}" for k, v in COLOURS.items()}

# Codes 1-31 and the slots Windows-1252 leaves unused: letters of other Latin alphabets and
# a few signs a register may well hold.
_EXTRA = ("ĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŐőŘřŚśŞşŢţŤťŪūŮůŰűŹźŻż"
          "\u2011\u2009\u202f€≤≥→←✓−")


def _fixed() -> dict[int, int]:
    out = {cp: cp for cp in range(32, 127)}
    for code in range(0x80, 0xA0):
        char = bytes([code]).decode("cp1252", errors="ignore")
        if char:
            out[ord(char)] = code
    out.update({cp: cp for cp in range(0xA1, 0x100)})
    free = [n for n in (*range(1, 32), 127, *range(0x80, 0xA1)) if n not in out.values()]
    for char in _EXTRA:
        if ord(char) not in out and free:
            out[ord(char)] = free.pop(0)
    return out


FIXED: dict[int, int] = _fixed()
"""Code point → code in every font's first subset, whatever the record."""


@functools.cache
def table(font_name: str) -> dict[int, str]:
    """`str.translate` table of a font's first subset: characters the font has map to their
    code, U+00A0 to a space (as reportlab draws it); every other character below 256 maps to
    one that `encode("latin-1")` refuses, so an unknown character is never given a code."""
    font = pdfmetrics.getFont(font_name)
    glyphs = font.face.charToGlyph
    out = {cp: chr(code) for cp, code in FIXED.items() if cp in glyphs}
    out[0xA0] = " "
    for cp in range(256):
        out.setdefault(cp, "\uffff")
    return out


def seed(font: TTFont, doc: Any) -> None:
    """Give `font`'s first subset in `doc` the fixed encoding, before anything is drawn."""
    state = font._assignState(doc)
    codes = {cp: ord(code) for cp, code in table(font.fontName).items() if code != "\uffff"}
    del codes[0xA0]
    subset = [0] * 256
    for cp, code in codes.items():
        subset[code] = cp
    state.assignments = {0: 0, **codes}
    state.subsets = [subset]
    state.nextCode = 256


_shown: dict[tuple[str, str], str | None] = {}


def shown(style: str, txt: str) -> str | None:
    """`txt` in `style` as text-showing operators (colour, font, string), or None when a
    character is outside the fixed encoding. Kept per process for the texts that recur
    (labels, section titles, list entries), up to a bound: most values do not."""
    key = (style, txt)
    try:
        return _shown[key]
    except KeyError:
        pass
    st = STYLES[style]
    try:
        codes = txt.translate(table(st.font)).encode("latin-1")
        found: str | None = (f"{RG[st.colour]} rg {RESOURCES[st.font]} {st.size:g} Tf "
                             f"({escapePDF(codes)}) Tj")
    except UnicodeEncodeError:
        found = None
    if len(_shown) >= 20_000:
        _shown.clear()
    _shown[key] = found
    return found


def forget() -> None:
    """Let go of the texts kept (`shown`), as `layout.forget` does of its cells."""
    _shown.clear()


def operation(op: list[Any], text: str | None) -> str:
    """A drawing operation (not a text one) as PDF operators; `text` is a text op's shown
    string."""
    kind = op[0]
    if kind == "t" or kind == "n":
        return f"BT 1 0 0 1 {op[1]:.2f} {op[2]:.2f} Tm {text} ET"
    if kind == "r":
        _, x, y, w, h, colour = op
        return f"{RG[colour]} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f"
    if kind == "l":
        _, x1, y1, x2, y2, lw, colour = op
        return f"{RG[colour]} RG {lw:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S"
    if kind == "b":
        _, x, y, w, h = op
        return f"q {RG['rule']} RG 0.6 w [2 2] 0 d {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S Q"
    return ""  # "d" and "a" are objects of the document, not drawing


def split(page: Page) -> tuple[bytes | None, Page]:
    """The page's drawing but its late operations (`LATE`), as a compressed content stream
    (None when a character is outside the fixed encoding), and those late operations."""
    code: list[str] = []
    out = code.append
    late: Page = []
    drawn = True
    for op in page:
        kind = op[0]
        if kind == "t":
            if drawn:
                text = shown(op[3], op[4])
                if text is None:
                    drawn = False
                else:
                    out(f"BT 1 0 0 1 {op[1]:.2f} {op[2]:.2f} Tm {text} ET")
        elif kind in LATE:
            late.append(op)
        elif drawn:
            piece = operation(op, None)
            if piece:
                out(piece)
    return (compress("\n".join(code)) if drawn else None), late


def compress(code: str) -> bytes:
    return zlib.compress(code.encode("latin-1") + b"\n", 3)
