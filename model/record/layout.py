"""Measured text laid out into pages of small drawing operations, at the library's floor.

The record used to be Platypus stories of nested Tables of Paragraphs, which measure each
cell again and again; here each paragraph is wrapped once with the font's own metrics and
the result is a list of pages, each a list of operations:

    ["t", x, y, style, text]                 a run of text on its baseline
    ["r", x, y, w, h, colour]                a filled rectangle
    ["l", x1, y1, x2, y2, line_width, colour] a line
    ["d", key, title, level, y]              a destination and its bookmark
    ["a", x1, y1, x2, y2, key]               a link to a destination
    ["n", x, y, style, key]                  the page number of a destination, its right
                                             edge at x (numbered when the record is drawn)

Operations are plain lists of numbers and strings, so worker processes can make them and
the sheet cache can keep them as JSON; `model.record.render` draws them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from model.record.styles import BODY_BOTTOM, BODY_TOP, MARGIN_X, STYLES, width

Op = list[Any]
Page = list[Op]
Span = tuple[str, str]  # (text, style)
Run = tuple[float, str, str]  # (x offset, text, style)

BULLET_INDENT = 8.0
MIN_BODY_LINES = 5  # a page that is not a part's last holds at least this many lines


@dataclass
class Para:
    """A paragraph of styled spans; a bullet paragraph hangs its lines after a bullet."""

    spans: list[Span]
    bullet: bool = False


Cell = list[Para]


def para(text: str, style: str = "cell", *, bullet: bool = False) -> Para:
    return Para([(text, style)], bullet)


@dataclass
class Row:
    """A table's row; with `link`, the row links to that destination and its last cell
    (left empty) shows the destination's page."""

    cells: list[Cell]
    fills: list[str | None] = field(default_factory=list)
    link: str = ""


_space: dict[str, float] = {}


def _space_width(style: str) -> float:
    found = _space.get(style)
    if found is None:
        found = _space[style] = width(" ", style)
    return found


def _split_word(word: str, style: str, room: float) -> list[str]:
    """A word wider than its column, cut where it must (long URLs, identifiers)."""
    parts: list[str] = []
    while word:
        low, high = 1, len(word)
        while low < high:  # the longest prefix that fits
            mid = (low + high + 1) // 2
            if width(word[:mid], style) <= room:
                low = mid
            else:
                high = mid - 1
        parts.append(word[:low])
        word = word[low:]
    return parts


def wrap(p: Para, room: float) -> list[list[Run]]:
    """Greedy line filling, word by word, each word measured once."""
    lines: list[list[Run]] = []
    words: list[tuple[str, str, float]] = []  # the current line's words
    x = 0.0

    def flush() -> None:
        nonlocal words, x
        runs: list[Run] = []
        start = 0.0
        cur_style = ""
        cur: list[str] = []
        pos = 0.0
        for word, style, w in words:
            if style != cur_style and cur:
                runs.append((start, " ".join(cur), cur_style))
                cur = []
            if not cur:
                start = pos
                cur_style = style
            cur.append(word)
            pos += w + _space_width(style)
        if cur:
            runs.append((start, " ".join(cur), cur_style))
        lines.append(runs)
        words = []
        x = 0.0

    for text, style in p.spans:
        for n, line in enumerate(text.split("\n")):
            if n:
                flush()
            for word in line.split():
                w = width(word, style)
                if w > room:
                    if words:
                        flush()
                    for piece in _split_word(word, style, room):
                        words.append((piece, style, width(piece, style)))
                        flush()
                    continue
                need = x + (_space_width(words[-1][1]) if words else 0.0) + w
                if words and need > room:
                    flush()
                    need = w
                words.append((word, style, w))
                x = need
    if words or not lines:
        flush()
    return lines


def _leading(p: Para) -> float:
    return float(max(STYLES[s].leading for _, s in p.spans)) if p.spans else 11.0


def _size(p: Para) -> float:
    return float(max(STYLES[s].size for _, s in p.spans)) if p.spans else 8.5


# A laid-out cell: its lines as (top offset, leading, size, x offset, runs).
CellLine = tuple[float, float, float, float, list[Run]]


_cells: dict[tuple[Any, ...], tuple[list[CellLine], float]] = {}


def forget() -> None:
    """Let go of the cells kept (`lay_cell`): once the sheets are laid out, the record's
    writing needs few of them, and at 10,000 activities they held tens of MiB."""
    _cells.clear()


def lay_cell(cell: Cell, room: float, gap: float = 1.0) -> tuple[list[CellLine], float]:
    """A cell's lines with their offsets from the cell's top, and the cell's height.

    Laid out once per process for a given text and room (labels, list entries and "Not
    provided" recur on every sheet); callers read the lines and never change them."""
    key = (room, gap, *((p.bullet, *p.spans) for p in cell))
    found = _cells.get(key)
    if found is None:
        if len(_cells) > 20_000:  # a bound: most values do not recur
            _cells.clear()
        found = _cells[key] = _lay_cell(cell, room, gap)
    return found


def _lay_cell(cell: Cell, room: float, gap: float) -> tuple[list[CellLine], float]:
    out: list[CellLine] = []
    y = 0.0
    for i, p in enumerate(cell):
        if i:
            y += gap
        lead = _leading(p)
        size = _size(p)
        indent = BULLET_INDENT if p.bullet else 0.0
        for j, runs in enumerate(wrap(p, room - indent)):
            if p.bullet and j == 0:
                runs = [(-indent, "•", "cell"), *runs]
            out.append((y, lead, size, indent, runs))
            y += lead
    return out, y


class Pager:
    """Pages of operations and a cursor going down the body of the current page."""

    def __init__(self, bottoms: dict[int, float] | None = None) -> None:
        self.pages: list[Page] = [[]]
        self.y = BODY_TOP
        self.bottoms = bottoms or {}
        self.started = False  # anything on the current page yet

    @property
    def ops(self) -> Page:
        return self.pages[-1]

    @property
    def bottom(self) -> float:
        return self.bottoms.get(len(self.pages) - 1, BODY_BOTTOM)

    def room(self) -> float:
        return self.y - self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = BODY_TOP
        self.started = False

    def space(self, h: float) -> None:
        if self.started:
            self.y -= h

    def ensure(self, h: float) -> None:
        if self.started and self.room() < h:
            self.new_page()

    def text(self, x: float, y: float, style: str, text: str) -> None:
        self.ops.append(["t", round(x, 2), round(y, 2), style, text])
        self.started = True

    def rect(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.ops.append(["r", round(x, 2), round(y, 2), round(w, 2), round(h, 2), colour])

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float, colour: str) -> None:
        self.ops.append(["l", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), lw, colour])

    def mark(self, key: str, title: str, level: int) -> None:
        self.ops.append(["d", key, title, level, round(self.y, 2)])

    def link(self, x1: float, y1: float, x2: float, y2: float, key: str) -> None:
        self.ops.append(["a", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), key])

    def page_number(self, x: float, y: float, style: str, key: str) -> None:
        self.ops.append(["n", round(x, 2), round(y, 2), style, key])

    def draw_lines(self, x: float, top: float, lines: Sequence[CellLine], base: float) -> None:
        ops = self.pages[-1]
        before = len(ops)
        out = ops.append
        for off, _lead, size, indent, runs in lines:
            y = round(top - (off - base) - size, 2)
            for dx, text, style in runs:
                out(["t", round(x + indent + dx, 2), y, style, text])
        if len(ops) > before:
            self.started = True

    def paragraph(self, p: Para, x: float, room: float, *, after: float = 0.0) -> None:
        """A paragraph that may break between its lines."""
        lines, _ = lay_cell([p], room)
        i = 0
        while i < len(lines):
            if self.started and self.room() < lines[i][1]:
                self.new_page()
            top = self.y
            base = lines[i][0]
            j = i
            while j < len(lines) and (lines[j][0] - base + lines[j][1]) <= self.y - self.bottom:
                j += 1
            j = max(j, i + 1)
            self.draw_lines(x, top, lines[i:j], base)
            self.y = top - (lines[j - 1][0] - base + lines[j - 1][1])
            i = j
            if i < len(lines):
                self.new_page()
        self.y -= after


@dataclass
class TableStyle:
    pad_top: float = 3.5
    pad_bottom: float = 4.5
    pad_x: float = 5.0
    rule: str | None = "rule"
    rule_width: float = 0.3
    min_lines: int = 2  # lines of a row kept together at a page's foot


def table(
    pager: Pager,
    x: float,
    widths: Sequence[float],
    rows: Sequence[Row],
    *,
    style: TableStyle | None = None,
    header: Callable[[Pager], None] | None = None,
    header_height: float = 0.0,
    continued: bool = False,
) -> None:
    """Rows drawn down the pages, split between lines where they must, with `header`
    drawn again at the top of every page the table runs onto."""
    st = style or TableStyle()
    total = sum(widths)
    pads = st.pad_top + st.pad_bottom

    def start_header() -> None:
        if header is not None:
            header(pager)

    laid: list[tuple[Row, list[tuple[list[CellLine], float]]]] = []
    for row in rows:
        cells = [lay_cell(c, w - 2 * st.pad_x) for c, w in zip(row.cells, widths, strict=False)]
        laid.append((row, cells))
    if not laid:
        pager.ensure(header_height)
        start_header()
        return
    first = laid[0][1]
    first_need = pads + max(
        (sum(ln[1] for ln in lines[: st.min_lines]) for lines, _ in first), default=0.0
    )
    if not continued:
        pager.ensure(header_height + first_need)
        start_header()
    for row, cells in laid:
        offsets = [0.0] * len(cells)  # how far down each cell has been drawn
        heights = [h for _, h in cells]
        first_part = True
        while True:
            remaining = (max(heights, default=0) if first_part else
                         max((h - o for h, o in zip(heights, offsets, strict=True)), default=0))
            need = remaining + pads
            room = pager.room()
            if need <= room + 0.01:
                cut = None
            else:
                # where the row may break: after whole lines, at least `min_lines` on this page
                cut_at = room - pads
                fits = [
                    [ln for ln in lines if ln[0] >= o and ln[0] - o + ln[1] <= cut_at + 0.01]
                    for (lines, _), o in zip(cells, offsets, strict=True)
                ]
                left = [
                    [ln for ln in lines if ln[0] >= o]
                    for (lines, _), o in zip(cells, offsets, strict=True)
                ]
                ok = any(len(f) >= min(st.min_lines, len(rest)) and f
                         for f, rest in zip(fits, left, strict=True))
                ok = ok and any(len(f) >= st.min_lines for f in fits)
                if not ok or not pager.started:
                    if pager.started:
                        pager.new_page()
                        start_header()
                        continue
                    if not ok:  # a single line taller than a page: draw what fits
                        fits = [rest[:1] for rest in left]
                cut = fits
            top = pager.y
            cx = x
            if cut is None:
                height = need
                part = [lines for lines, _ in cells] if first_part else [
                    [ln for ln in lines if ln[0] >= o]
                    for (lines, _), o in zip(cells, offsets, strict=True)
                ]
            else:
                part = cut
                height = pads + max(
                    (p[-1][0] - o + p[-1][1] for p, o in zip(part, offsets, strict=True) if p),
                    default=0.0,
                )
            if any(row.fills):
                for i, w in enumerate(widths):
                    fill = row.fills[i] if i < len(row.fills) else None
                    if fill:
                        pager.rect(cx, top - height, w, height, fill)
                    cx += w
                cx = x
            for i, w in enumerate(widths):
                if i < len(part):
                    pager.draw_lines(cx + st.pad_x, top - st.pad_top, part[i], offsets[i])
                cx += w
            first_part = False
            if row.link and not any(offsets):  # the row's first (or only) part
                pager.link(x, top - height, x + total, top, row.link)
                pager.page_number(x + total - st.pad_x, top - st.pad_top - STYLES["cell"].size,
                                  "cell_page", row.link)
            pager.started = True
            if st.rule:
                pager.line(x, top - height, x + total, top - height, st.rule_width, st.rule)
            pager.y = top - height
            if cut is None:
                break
            for i, p in enumerate(part):
                if p:
                    offsets[i] = p[-1][0] + p[-1][1]
            if all(o >= h - 0.01 for o, h in zip(offsets, heights, strict=True)):
                break
            pager.new_page()
            start_header()


def body_lines(page: Page) -> int:
    """How many lines of text a page's body holds (distinct baselines)."""
    return len({round(op[2]) for op in page if op[0] == "t"})


def with_full_pages(build: Callable[[Pager], None]) -> list[Page]:
    """Lay out with `build`; when its last page would hold fewer than MIN_BODY_LINES lines,
    lay it out again ending the page before it higher, so that lines move along."""
    pager = Pager()
    build(pager)
    pages = pager.pages
    bottoms: dict[int, float] = {}
    for _ in range(4):
        if len(pages) < 2 or body_lines(pages[-1]) >= MIN_BODY_LINES:
            break
        missing = MIN_BODY_LINES - body_lines(pages[-1])
        index = len(pages) - 2
        bottoms[index] = bottoms.get(index, BODY_BOTTOM) + missing * 12.0 + 8.0
        again = Pager(dict(bottoms))
        build(again)
        if len(again.pages) != len(pages):
            break
        pages = again.pages
    return pages


GRID_STYLE = TableStyle(pad_top=3.5, pad_bottom=4.5, pad_x=4.0)


def grid(pager: Pager, x: float, widths: Sequence[float], head: Sequence[str],
         rows: Sequence[Row], *, continued: bool = False) -> None:
    """A table with a shaded heading row that repeats on every page it runs onto."""
    cells = [[para(h, "cell_b")] for h in head]
    laid = [lay_cell(c, w - 2 * GRID_STYLE.pad_x)[1] for c, w in zip(cells, widths, strict=True)]
    height = GRID_STYLE.pad_top + GRID_STYLE.pad_bottom + max(laid)
    total = sum(widths)

    def header(p: Pager) -> None:
        top = p.y
        p.rect(x, top - height, total, height, "shade")
        cx = x
        for c, w in zip(cells, widths, strict=True):
            lines, _ = lay_cell(c, w - 2 * GRID_STYLE.pad_x)
            p.draw_lines(cx + GRID_STYLE.pad_x, top - GRID_STYLE.pad_top, lines, 0.0)
            cx += w
        p.line(x, top - height, x + total, top - height, 0.8, "accent")
        p.y = top - height
        p.started = True

    table(pager, x, widths, rows, style=GRID_STYLE, header=header, header_height=height,
          continued=continued)


def heading(pager: Pager, text: str, style: str, *, key: str = "", level: int = 0,
            before: float = 0.0, after: float = 0.0, keep: float = 0.0) -> None:
    """A heading that never sits alone at a page's foot: `keep` points must follow it."""
    s = STYLES[style]
    pager.ensure(before + s.leading + keep)
    pager.space(before)
    if key:
        pager.mark(key, text, level)
    pager.y -= s.leading
    pager.text(MARGIN_X, pager.y + s.leading - s.size, style, text)
    pager.y -= after

