"""Sheets laid out as forms: one activity a sheet, a field's title and its value on each line.

The CNIL's template, and many registers made after it, keep one "fiche" per activity: a
sheet whose first column names the fields ("Finalité principale", "Catégories de personnes
concernées") and whose next cells hold the answers, sections heading the lines under them
("Catégorie de personnes 1 | Salariés"), a small table inside for the data categories and
their erasure delays. A table's reading finds nothing there, so such a sheet is told by its
lines: the first cells of at least `MIN_FIELDS` lines name different fields, more than any
row names as a header.

A form is turned into what a table import reads: titles and, under them, the one row of
texts (`Form.titles`, `Form.values`). Each line lands somewhere:

* a line whose first cell names a field gives that field its other cells;
* the lines under it whose first cell names no field belong to its section: a numbered
  placeholder's answers ("Destinataire 2 | Comptable") are items of the section, another
  line keeps its label ("Etat-civil, identité… | Nom, NIR | 5 ans");
* a line of titles inside a section ("Catégories… | Description | Délai d'effacement") heads
  the cells under it: each of those cells goes to the field its title names, or to a note
  under "section › title", with the line's label ("Etat-civil… : 5 ans");
* a line before any field (the sheet's own title) is kept in a note.

Only the template's own words are left out: a section's title (it names the field) and a
numbered placeholder nobody answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from model.core import vocab
from model.core.catalogue import Kind
from model.core.i18n import t
from model.core.text import fold, tidy_lines
from model.exchange import columns as columns_
from model.exchange.spreadsheets import Sheet

MIN_FIELDS = 4
"""Different fields the first cells of a form's lines name, at the least."""

MAX_LINES = 400
"""A form's lines with text, at the most: a longer sheet is a table (the CNIL's fiche has
about 60), and a table of 10,000 rows is not read line by line for titles."""

_NUMBERED = re.compile(r"^(.*?\D)\s*(?:n\s*°|no\.?|#)?\s*\d{1,3}\s*[.:)]?$", re.IGNORECASE)
"""A numbered placeholder's label: "Destinataire 1", "Catégorie de personnes n° 2"."""

_PROMPTS = ("cliquez ici", "cliquer ici", "click here", "ex :", "ex.", "ex:", "e.g.",
            "exemple :", "example:", "a completer", "to be completed")
"""How a template's own prompts begin ("Cliquez ici.", "Ex : NOM prénom du DPO")."""


def template_prompt(text: str) -> bool:
    """A template's prompt left in a cell ("Cliquez ici.", "[Nom de l'organisme]"): not the
    user's answer."""
    folded = fold(" ".join(text.split()))
    return folded.startswith(_PROMPTS) or (folded.startswith("[") and folded.endswith("]"))




@dataclass
class Form:
    """One sheet read as a form: the texts a table import reads, in column order."""

    sheet: Sheet
    line: int
    """The sheet's first line with text: where the activity is said to start."""
    titles: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    notes: set[int] = field(default_factory=set)
    """Columns (indexes of `titles`) kept as notes whatever their titles may name."""
    fields: int = 0
    """Different fields its lines name."""
    items: dict[str, list[str]] = field(default_factory=dict)
    """Items named whole by a line's label, by list field ("Etat-civil, identité, données
    d'identification"): commas and all, one item, as the template lists them."""

    def add_item(self, section: str, key: str, label: str) -> None:
        """`label` as one item of the list `key` (under its section's title)."""
        self.add(section, label)
        self.items.setdefault(key, []).append(label)

    def add(self, title: str, text: str, *, note: bool = False) -> None:
        """Put `text` under `title`, a line more when the title has some already."""
        text = text.strip()
        if not text:
            return
        key = fold(" ".join(title.split()))
        for i, known in enumerate(self.titles):
            if fold(" ".join(known.split())) == key and (i in self.notes) == note:
                self.values[i] = f"{self.values[i]}\n{text}" if self.values[i] else text
                return
        if note:
            self.notes.add(len(self.titles))
        self.titles.append(title)
        self.values.append(text)

    def names(self, key: str) -> bool:
        """Whether a column of the form goes to the field `key`."""
        return any(_target(title) == key for i, title in enumerate(self.titles)
                   if i not in self.notes)


def _target(label: str) -> str:
    """The activity field (or sub-record field) a label names best, "" for none."""
    found = columns_.score_cell(label)
    return found[0][1].key if found else ""


def _names_sub(label: str, key: str) -> bool:
    """Whether `label` names a field of field `key`'s records ("Pays" of the transfers)."""
    return any(target.key.startswith(f"{key}.") for _, target in columns_.score_cell(label))


def _placeholder(label: str) -> str:
    """The field a numbered placeholder's label names ("Destinataire 2"), "" if it is none."""
    match = _NUMBERED.match(" ".join(label.split()))
    return _target(match.group(1)) if match else ""


def _titles_line(cells: list[str], filled: list[int]) -> bool:
    """A line of column titles: two cells at least, every one naming a field."""
    return len(filled) >= 2 and all(_target(cells[i]) for i in filled)


_Line = tuple[int, list[str], list[int]]


def _lines(sheet: Sheet, most: int | None = None) -> list[_Line]:
    """The sheet's lines with text (the first `most` of them), spaces collapsed, an answer
    of several lines kept so (`text.tidy_lines`)."""
    found: list[_Line] = []
    for line, raw in sheet.rows:
        cells = [tidy_lines(c) for c in raw]
        cells = [c if i == 0 or not (template_prompt(c) or c == cells[i - 1]) else ""
                 for i, c in enumerate(cells)]  # a merged cell's copies are one cell
        filled = [i for i, c in enumerate(cells) if c]
        if filled:
            found.append((line, cells, filled))
            if most is not None and len(found) >= most:
                break
    return found


_FIRST_LINES = 40
"""Lines whose first cells must name `MIN_FIELDS` fields already (the CNIL's fiche names
ten in its first 25 lines): a table's first cells are its data, not read further."""


def _named(lines: list[_Line]) -> set[str]:
    """The activity fields the first cells of `lines` name."""
    return {key for _, cells, filled in lines
            if (key := _target(cells[filled[0]])) and "." not in key}


def read(sheet: Sheet) -> Form | None:
    """`sheet` read as a form, or None when it is not one (a table, a cover sheet)."""
    if len(sheet.rows) > 4 * MAX_LINES or sum(
            1 for _, cells in sheet.rows if any(c.strip() for c in cells)) > MAX_LINES:
        return None
    if len(_named(_lines(sheet, _FIRST_LINES))) < MIN_FIELDS:  # a table: its first cells
        return None  # are its data
    lines = _lines(sheet)
    named = _named(lines)
    best_header = max((columns_.header_score(cells)[0]
                       for _, cells, _ in lines[: columns_.HEADER_SEARCH * 3]), default=0)
    if best_header >= len(named):
        return None
    form = Form(sheet, lines[0][0], fields=len(named))
    for section in _sections(lines, form):
        _read_section(form, section)
    _beside(form, sheet, {line: cells[filled[0]] for line, cells, filled in lines})
    return form if form.titles else None


def _beside(form: Form, sheet: Sheet, labels: dict[int, str]) -> None:
    """The comments on the form's cells, and the addresses they link to, each in a note
    named after its line's label (an address the cell shows already is no more words)."""
    for (line, _column), link, text in sheet.beside():
        label = labels.get(line) or t("ligne {n}", "line {n}", n=line)
        form.add(columns_.beside_title(label, link), text, note=True)


@dataclass
class _Section:
    """A field's line and the lines under it that name no field of their own."""

    label: str
    key: str
    lines: list[_Line] = field(default_factory=list)


def _sections(lines: list[_Line], form: Form) -> list[_Section]:
    """The form's lines by section; a line before the first field's is kept as the sheet's
    title."""
    sections: list[_Section] = []
    for line in lines:
        _, cells, filled = line
        label = cells[filled[0]]
        key = _target(label)
        current = sections[-1] if sections else None
        if current is not None and _titles_line(cells, filled) and _names_sub(label, current.key):
            current.lines.append(line)  # the section's records' titles
        elif key and "." not in key and not _placeholder_of(label, key):
            sections.append(_Section(label, key, [line]))
        elif current is None:
            form.add(t("Titre de la fiche", "Sheet title"),
                     " : ".join(cells[i] for i in filled), note=True)
        else:
            current.lines.append(line)
    return sections


def _read_section(form: Form, section: _Section) -> None:
    """Each line of a section where it goes (see the module's account)."""
    _, cells, filled = section.lines[0]
    label, key = section.label, section.key
    heads: dict[int, str] = {}
    if _titles_line(cells, filled):  # the section's own small table: its columns' titles
        heads = {i: cells[i] for i in filled[1:]}
    else:
        form.add(label, "\n".join(cells[i] for i in filled[1:]))
    listed = _is_items(key) or columns_.target(key).field.kind == Kind.CHOICES
    answered = any(len(f) > 1 for _, _, f in section.lines[1:])
    for _, cells, filled in section.lines[1:]:
        first = cells[filled[0]]
        answers = [cells[i] for i in filled[1:]]
        if _titles_line(cells, filled) and _names_sub(first, key):
            heads = {i: cells[i] for i in filled}
        elif heads:
            _table_line(form, label, key, cells, filled, heads)
        elif _placeholder(first):
            form.add(label, "\n".join(answers))
        elif listed:
            _option_line(form, label, key, first, answers, answered)
        elif answers:  # a question of its own the catalogue does not know
            form.add(first, "\n".join(answers), note=True)
        else:
            form.add(label, first)


def _placeholder_of(label: str, key: str) -> bool:
    """A numbered label ("Sous-finalité 1") is its section's placeholder, not a heading."""
    return bool(_NUMBERED.match(label)) and _placeholder(label) == key


def _is_items(key: str) -> bool:
    return columns_.target(key).field.kind == Kind.ITEMS if key else False


def _option_line(form: Form, section: str, key: str, label: str, answers: list[str],
                 answered: bool) -> None:
    """A line of a list or a checklist: an item when its box is ticked (or, in a section
    where no line has a box, when it is there at all); an option left unticked is the
    template's word, not the user's; any other answer is kept with its label."""
    if not answers:
        if not answered:
            form.add_item(section, key, label) if _is_items(key) else form.add(section, label)
    elif all(vocab.yes_no(a) is True for a in answers):
        form.add_item(section, key, label) if _is_items(key) else form.add(section, label)
    elif all(vocab.yes_no(a) is False for a in answers):
        return
    else:
        form.add(section, f"{label} : {' ; '.join(answers)}")


def _table_line(form: Form, section: str, key: str, cells: list[str], filled: list[int],
                heads: dict[int, str]) -> None:
    """A line of a section's small table. Under a list (the data categories) its first cell
    is the item, and each other cell goes where its column's title says, with the item's
    name; under records (the transfers) the cells make one record, the whole line kept."""
    label = cells[filled[0]]
    if 0 in heads or filled[0] in heads:  # records: every cell under a title of its own
        parts = {_target(heads[i]).partition(".")[2]: cells[i] for i in filled if i in heads}
        country, safeguard = parts.get("country", ""), parts.get("safeguard", "")
        if country:
            form.add(section, f"{country} ({safeguard})" if safeguard else country)
        form.add(f"{section}{columns_.GROUP_MARK}{t('détail', 'details')}",
                 " ; ".join(f"{heads[i]} : {cells[i]}" if i in heads else cells[i]
                            for i in filled), note=True)
        return
    answers = [(i, cells[i]) for i in filled[1:]]
    if not answers:  # a line of the template nobody filled
        if not _is_items(key):
            form.add(section, label)
        return
    if _is_items(key):
        form.add_item(section, key, label)
    for i, text in answers:
        head = heads.get(i, "") or t("Colonne {n}", "Column {n}", n=i + 1)
        if key == "data_categories" and _target(head) == "retention":
            form.add(columns_.target("category_retention").field.label("fr"),
                     f"{label} : {text}")
        else:
            form.add(f"{section}{columns_.GROUP_MARK}{head}", f"{label} : {text}", note=True)
