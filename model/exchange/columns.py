"""Where each column of an imported table goes: the header found by the catalogue's titles.

The catalogue (`model.core.catalogue`) declares every field of an activity
with the column titles people give it. Any row among the first few can be the
header: the one whose cells name the most fields, whatever the number of
columns, wins. Each titled column goes to the field it names best (a field
takes one column, except lists of items, which gather several); a titled
column that names no field becomes a named note of the activity, under its
own title, so that no text is lost. Without a header the columns are taken in
the documented order (`DEFAULT_ORDER`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from model.core import catalogue, vocab
from model.core.catalogue import Field, Kind
from model.core.i18n import t

HEADER_SEARCH = 10
"""Rows (with content) searched for the header: a title and a few lines may come first."""

THRESHOLD = 0.5
"""Lowest `catalogue.title_score` that names a field."""

DEFAULT_ORDER = ("purpose", "data_categories", "legal_bases")
"""The columns of a table without a header, in order (the seed's layout)."""

NOTE = "note"
"""Target of a column naming no field: a named note under the column's title."""

SKIP = "skip"
"""A column the user chose to leave out of the import."""

_SUB_RECORDS = ("transfers", "legal_bases")
"""Fields whose sub-records' own fields may come as columns ("Pays destinataire")."""


@dataclass(frozen=True)
class Target:
    """A place a column can go: an activity field, or a field of its sub-records."""

    key: str
    """The activity field's key, or "transfers.country" for a sub-record's field."""
    field: Field
    parent: Field | None = None

    def label(self, lang: str) -> str:
        if self.parent is None:
            return self.field.label(lang)
        return f"{self.parent.label(lang)}{GROUP_MARK}{self.field.label(lang)}"


def _targets() -> tuple[Target, ...]:
    found: list[Target] = []
    for f in catalogue.ACTIVITY:
        found.append(Target(f.key, f))
        if f.key in _SUB_RECORDS:
            found.extend(Target(f"{f.key}.{sub.key}", sub, f) for sub in f.fields
                         if sub.titles and sub.editable)
    return tuple(found)


TARGETS: tuple[Target, ...] = _targets()

GROUP_MARK = " › "
"""Between a group's title and its field's: "Transferts hors UE 2 › Pays"."""

GROUPED = (Kind.RECORDS, Kind.PER_ITEM)
"""Fields a spreadsheet export writes as numbered groups of columns, one group a record."""


def group_fields(f: Field) -> tuple[Field, ...]:
    """The columns of one group: a sub-record's fields that the register keeps (an article
    follows its code); for a text per item, the item's name then its text."""
    if f.kind == Kind.PER_ITEM:
        return (catalogue.by_key(f.item_field), f.fields[0])
    return tuple(sub for sub in f.fields if sub.editable)


def group_title(f: Field, sub: Field, number: int, lang: str) -> str:
    """The title of `sub`'s column in group `number` of `f` (the export writes it)."""
    return f"{f.label(lang)} {number}{GROUP_MARK}{sub.label(lang)}"


def _group_targets() -> dict[tuple[str, str], Target]:
    found: dict[tuple[str, str], Target] = {}
    for f in catalogue.ACTIVITY:
        if f.kind in GROUPED:
            for sub in group_fields(f):
                for lang in vocab.LANGUAGES:
                    found.setdefault((f.label(lang), sub.label(lang)),
                                     Target(f"{f.key}.{sub.key}", sub, f))
    return found


_GROUP_TARGETS = _group_targets()
_GROUP_TITLE = re.compile(r"^(.+) (\d{1,4})" + re.escape(GROUP_MARK) + r"(.+)$")


def group_of(title: str) -> tuple[Target, int] | None:
    """(target, group number) of a column the export titled "Field N › sub-field", else None:
    such a column goes to the N-th record of its field, whatever register it lands in."""
    found = _GROUP_TITLE.match(" ".join(title.split()))
    if found is None:
        return None
    tg = _GROUP_TARGETS.get((found.group(1), found.group(3)))
    return (tg, int(found.group(2))) if tg is not None and int(found.group(2)) > 0 else None


_BY_KEY = {target.key: target for target in (*TARGETS, *_GROUP_TARGETS.values())}


def target(key: str) -> Target:
    return _BY_KEY[key]


def _gathers(target_: Target) -> bool:
    """Several columns may feed this target (their items are put together)."""
    return target_.parent is None and target_.field.kind == Kind.ITEMS


@dataclass(frozen=True)
class Column:
    """One source column and where it goes."""

    index: int
    """0-based position in the source row."""
    title: str
    """The column's title as written ("" without a header)."""
    target: Target | None
    """None: a named note under `title`."""
    score: float = 0.0
    group: int = 0
    """For a column of an export's numbered group ("Bases légales 2 › Précision"): 2."""

    @property
    def key(self) -> str:
        return self.target.key if self.target else NOTE

    def describe(self, lang: str) -> str:
        """Where the column goes, in words, for the preview."""
        from model.core.i18n import t_in

        if self.target is None:
            return t_in(lang, "note « {name} »", "note “{name}”", name=self.title)
        if self.group and self.target.parent is not None:
            return group_title(self.target.parent, self.target.field, self.group, lang)
        return self.target.label(lang)


MAX_TITLE = 160
"""Longer cells are data, never column titles (the longest known title is about 130)."""


def score_cell(title: str, targets: Sequence[Target] = TARGETS) -> list[tuple[float, Target]]:
    """(score, target) pairs `title` may name, best first."""
    text = " ".join(title.split())
    if not text or len(text) > MAX_TITLE:
        return []
    if targets is TARGETS:
        return _score_all(text)
    return _score(text, targets)


@functools.lru_cache(maxsize=4096)
def _score_all(text: str) -> list[tuple[float, Target]]:
    return _score(text, TARGETS)


def _score(text: str, targets: Iterable[Target]) -> list[tuple[float, Target]]:
    scored = [(catalogue.title_score(text, tg.field), tg) for tg in targets]
    return sorted(((s, tg) for s, tg in scored if s >= THRESHOLD), key=lambda p: -p[0])


def plan(cells: Sequence[str], targets: Sequence[Target] = TARGETS) -> list[Column]:
    """Each filled cell of a header row with the target it goes to.

    The best (score, column) pairs are served first, so the column that names
    a field most exactly keeps it, and a column that loses its first choice
    goes to its next one or else to a note.
    """
    options: list[tuple[float, int, Target]] = []
    groups: dict[int, tuple[Target, int]] = {}
    for index, cell in enumerate(cells):
        grouped = group_of(cell) if targets is TARGETS else None
        if grouped is not None:
            groups[index] = grouped
            continue
        for score, tg in score_cell(cell, targets):
            options.append((score, index, tg))
    options.sort(key=lambda o: (-o[0], o[1]))
    chosen: dict[int, tuple[Target, float]] = {}
    taken: set[str] = set()
    for score, index, tg in options:
        if index in chosen or (tg.key in taken and not _gathers(tg)):
            continue
        chosen[index] = (tg, score)
        taken.add(tg.key)
    columns: list[Column] = []
    for index, cell in enumerate(cells):
        title = " ".join(cell.split())
        if not title:
            continue
        if index in groups:
            tg, number = groups[index]
            columns.append(Column(index, title, tg, 1.0, number))
        elif index in chosen:
            tg, score = chosen[index]
            columns.append(Column(index, title, tg, score))
        else:
            columns.append(Column(index, title, None))
    return columns


def with_choices(plan_: Sequence[Column], choices: Mapping[int, str]) -> list[Column]:
    """`plan_` with the user's choice for some columns (by index): a target's key, `NOTE`, or
    `SKIP` (the column is left out); a key no longer known leaves the column as planned."""
    chosen: list[Column] = []
    for column in plan_:
        choice = choices.get(column.index)
        if choice == SKIP:
            continue
        if choice == NOTE:
            column = Column(column.index, column.title, None)
        elif choice in _BY_KEY and choice != column.key:
            column = Column(column.index, column.title, _BY_KEY[choice], 1.0)
        chosen.append(column)
    return chosen


def header_score(cells: Sequence[str]) -> tuple[int, float]:
    """(cells naming a field, their total score): how much a row reads as a header."""
    matched = [c for c in plan(cells) if c.target is not None]
    return len(matched), sum(c.score for c in matched)


def is_header(cells: Sequence[str]) -> bool:
    """Two cells at least name fields, and they are most of the row's filled cells, or
    at least three of them, or two are titles word for word (a register with many
    columns of its own)."""
    filled = sum(1 for c in cells if c.strip())
    named = [c for c in plan(cells) if c.target is not None]
    exact = sum(1 for c in named if c.score >= 1.0)
    return len(named) >= 2 and (len(named) * 2 >= filled or len(named) >= 3 or exact >= 2)


def default_plan(width: int) -> list[Column]:
    """The documented order, for a table without a header."""
    return [Column(i, "", target(key)) for i, key in enumerate(DEFAULT_ORDER[:width])]


def recognised_titles(lang: str) -> list[tuple[str, list[str]]]:
    """(field label, the titles that name it) for every target, for the README and `titles`."""
    rows: list[tuple[str, list[str]]] = []
    for tg in TARGETS:
        titles = list(dict.fromkeys(tg.field.all_titles()))
        rows.append((tg.label(lang), titles))
    return rows


def note_title(title: str) -> str:
    """A note's name: the column's title, or a placeholder for an untitled column."""
    return title or t("Colonne sans titre", "Untitled column")


def beside_title(column: str, link: bool) -> str:
    """The note of what a cell of `column` carries besides its text: its comment, or the
    address it links to."""
    if link:
        return t("Lien de « {column} »", "Link of “{column}”", column=column)
    return t("Commentaire sur « {column} »", "Comment on “{column}”", column=column)
