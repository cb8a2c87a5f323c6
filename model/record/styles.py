"""The record's look: fonts, colours, page geometry, text styles and how dates are spelled.

Every font is the embedded DejaVu Sans shipped in `resources/fonts`: an unembedded base-14
font would render differently on every reader and cannot show every character. What DejaVu
Sans has no glyph for (Chinese, Japanese, Korean) is drawn in Droid Sans Fallback, shipped
beside it (`runs`), so that no text of the register prints as empty boxes; right-to-left
text is put in the order it is drawn (`visual`). Text styles
are plain (font, size, leading, colour) named by a short key, so a laid-out page is a list of
small JSON-able operations that a worker process can make and the cache can keep.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

import resources
from model.core.i18n import t_in

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FALLBACK = "DroidSansFallback"
"""Characters the style's font has no glyph for, whatever the style (it has one weight)."""

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 24 * mm
MARGIN_BOTTOM: float = 22 * mm
CONTENT_WIDTH: float = PAGE_WIDTH - 2 * MARGIN_X
BODY_TOP: float = PAGE_HEIGHT - MARGIN_TOP
BODY_BOTTOM: float = MARGIN_BOTTOM

# Where the visible signature goes on the last page (the signature page), in PDF
# points (x1, y1, x2, y2). `model.signing.pades` places the signature field there.
SIGNATURE_BOX: tuple[int, int, int, int] = (
    round(MARGIN_X),
    round(MARGIN_BOTTOM + 40 * mm),
    round(PAGE_WIDTH / 2 - 4 * mm),
    round(MARGIN_BOTTOM + 80 * mm),
)
SIGNATURE_FIELD = "Signature"
# The countersignature (the legal representative's, after the DPO's): to the right of the
# first, in reading order.
COUNTERSIGNATURE_BOX: tuple[int, int, int, int] = (
    round(PAGE_WIDTH / 2 + 4 * mm),
    SIGNATURE_BOX[1],
    round(PAGE_WIDTH - MARGIN_X),
    SIGNATURE_BOX[3],
)
COUNTERSIGNATURE_FIELD = "Countersignature"

# Colours as RGB fractions, keyed like the styles so that operations stay small.
COLOURS: dict[str, tuple[float, float, float]] = {
    "ink": (0x1F / 255, 0x29 / 255, 0x33 / 255),
    "muted": (0x52 / 255, 0x60 / 255, 0x6D / 255),
    "accent": (0x1D / 255, 0x4E / 255, 0x89 / 255),
    "rule": (0x9A / 255, 0xA5 / 255, 0xB1 / 255),
    "shade": (0xE8 / 255, 0xEE / 255, 0xF5 / 255),
    "missing": (0xB4 / 255, 0x23 / 255, 0x18 / 255),
    "missing_bg": (0xFD / 255, 0xEC / 255, 0xEA / 255),
    "white": (1.0, 1.0, 1.0),
    "pale": (0xD9 / 255, 0xE2 / 255, 0xEC / 255),
    "draft": (0xB5 / 255, 0x47 / 255, 0x08 / 255),
    "draft_bg": (0xFF / 255, 0xF4 / 255, 0xE5 / 255),
}


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    colour: str


STYLES: dict[str, TextStyle] = {
    "body": TextStyle(FONT, 9.5, 13, "ink"),
    "body_b": TextStyle(FONT_BOLD, 9.5, 13, "ink"),
    "small": TextStyle(FONT, 8, 10.5, "muted"),
    "cell": TextStyle(FONT, 8.5, 11, "ink"),
    "cell_b": TextStyle(FONT_BOLD, 8.5, 11, "ink"),
    "cell_muted": TextStyle(FONT, 8.5, 11, "muted"),
    "cell_flag": TextStyle(FONT_ITALIC, 8.5, 11, "missing"),
    "cell_page": TextStyle(FONT, 8.5, 11, "accent"),
    "verbatim": TextStyle(FONT_ITALIC, 8.5, 11, "ink"),
    "label": TextStyle(FONT_BOLD, 8.5, 11, "muted"),
    "missing": TextStyle(FONT_BOLD_ITALIC, 8.5, 11, "missing"),
    "draft": TextStyle(FONT_BOLD, 8.5, 11, "draft"),
    "title": TextStyle(FONT_BOLD, 22, 28, "accent"),
    "subtitle": TextStyle(FONT_ITALIC, 11, 15, "muted"),
    "h1": TextStyle(FONT_BOLD, 15, 19, "accent"),
    "h2": TextStyle(FONT_BOLD, 12.5, 16, "accent"),
    "section": TextStyle(FONT_BOLD, 9, 11, "white"),
    "section_ref": TextStyle(FONT, 7.5, 11, "pale"),
    "cover_label": TextStyle(FONT_BOLD, 9, 13, "muted"),
    "cover_warn": TextStyle(FONT_BOLD, 9.5, 13, "missing"),
    "cover_ok": TextStyle(FONT_BOLD, 9.5, 13, "accent"),
    "furniture": TextStyle(FONT, 7.5, 9, "muted"),
    "furniture_b": TextStyle(FONT_BOLD, 7.5, 9, "muted"),
    "contents": TextStyle(FONT, 9, 12.5, "ink"),
    "contents_b": TextStyle(FONT_BOLD, 9, 12.5, "ink"),
    "contents_page": TextStyle(FONT, 9, 12.5, "accent"),
}

_fonts_registered = False


def font_path(name: str = FONT) -> Path:
    """The shipped font's file: reportlab and pyHanko open fonts by path."""
    return resources.path("fonts", f"{name}.ttf")


def register_fonts() -> None:
    """Register DejaVu Sans once per process, as a family, so every variant stays embedded."""
    global _fonts_registered
    if _fonts_registered:
        return
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    _fonts_registered = True


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, each character written in UTF-16 as PDF
    asks: reportlab writes a code point's hex digits, so a character beyond U+FFFF (😀,
    U+1F600) was copied out of the record, or searched, as another (U+1F60, "ὠ")."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{code:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>"
          for code, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


@functools.cache
def _glyphs(font_name: str) -> dict[int, int]:
    """The characters `font_name` has a glyph for (the fallback registered when first
    asked: it is read only for a register that needs it)."""
    if font_name == FONT_FALLBACK and font_name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_FALLBACK, str(font_path(FONT_FALLBACK))))
    glyphs: dict[int, int] = pdfmetrics.getFont(font_name).face.charToGlyph
    return glyphs


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Hebrew, Arabic, Syriac, Thaana and their presentation forms: written right to left."""


@functools.lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """`text` as it is drawn, left to right: a right-to-left run (Hebrew, Arabic) put in
    visual order by the Unicode bidirectional algorithm, Arabic letters in their joined
    forms (which DejaVu Sans has). Any other text is itself. PDF draws glyphs in the order
    given, so "مرحبا" printed as typed read backwards, its letters apart."""
    if text.isascii() or _RTL.search(text) is None:
        return text
    import arabic_reshaper  # a register with right-to-left text only
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def covered(text: str, font_name: str) -> bool:
    """Whether `font_name` draws every character of `text` (Latin text always: DejaVu Sans
    has Latin, Greek and Cyrillic, whose letters stay below U+0530)."""
    if text.isascii() or max(text) < "\u0530":
        return True
    glyphs = _glyphs(font_name)
    return all(ord(ch) in glyphs for ch in text)


def runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """`text` as (font, text) runs: the characters `font_name` has no glyph for, but the
    fallback has, in the fallback font; the others (and those no font has) in `font_name`."""
    if covered(text, font_name):
        return [(font_name, text)]
    own, other = _glyphs(font_name), _glyphs(FONT_FALLBACK)
    found: list[tuple[str, str]] = []
    for ch in text:
        cp = ord(ch)
        font = FONT_FALLBACK if cp not in own and cp in other else font_name
        if found and found[-1][0] == font:
            found[-1] = (font, found[-1][1] + ch)
        else:
            found.append((font, ch))
    return found


def drawable(text: str, font_name: str) -> bool:
    """Whether every character of `text` has a glyph in `font_name` or the fallback: what no
    font has (Devanagari, Thai) is drawn as an empty box, its text kept for a reader to copy
    out (the writer's ActualText)."""
    if covered(text, font_name):
        return True
    own, other = _glyphs(font_name), _glyphs(FONT_FALLBACK)
    return all(ord(ch) in own or ord(ch) in other for ch in text)


_widths: dict[tuple[str, str], float] = {}


def width(text: str, style: str) -> float:
    """`text`'s width in `style`, in points; measured once per process (words recur)."""
    key = (text, style)
    found = _widths.get(key)
    if found is None:
        if len(_widths) > 200_000:  # a bound, not a leak: long registers have many words
            _widths.clear()
        s = STYLES[style]
        # the glyphs drawn: an Arabic word's joined forms, each run in the font that has it
        found = _widths[key] = sum(float(pdfmetrics.stringWidth(part, font, s.size))
                                   for font, part in runs(visual(text), s.font))
    return found


def forget() -> None:
    """Let go of the widths kept (`width`), as `layout.forget` does of its cells."""
    _widths.clear()


def ellipsize(value: str, style: str, room: float) -> str:
    """`value` on one line cut to fit `room` points, with an ellipsis when cut. Its line
    breaks are spaces: a line is drawn as it is, where a font has no glyph for a break."""
    value = " ".join(value.splitlines())
    if width(value, style) <= room:
        return value
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits with its ellipsis
        mid = (low + high + 1) // 2
        if width(value[:mid] + "…", style) <= room:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"


def shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"


# --- dates ----------------------------------------------------------------------------------

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def format_date(value: date, lang: str) -> str:
    """A date spelled out, so that 03/04 cannot be read the wrong way round."""
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {_MONTHS_FR[value.month - 1]} {value.year}"


def format_iso_date(value: str, lang: str) -> str:
    """A stored date ("2026-03-14") spelled out; any other text as it is."""
    try:
        return format_date(date.fromisoformat(value), lang)
    except ValueError:
        return value


def format_datetime(value: datetime, lang: str) -> str:
    zone = value.strftime("%Z") if value.tzinfo else ""
    time = value.strftime("%H:%M") + (f" {zone}" if zone else "")
    return t_in(lang, "{d} à {t}", "{d} at {t}", d=format_date(value.date(), lang), t=time)


def parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
