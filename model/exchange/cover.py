"""The organisation, from the lines above a register's table (or beside its forms).

Registers often open with who keeps them: "Responsable du traitement : ACME SAS",
"Adresse | 12 rue des Lilas", then "Délégué à la protection des données" and the DPO's
name, e-mail and phone. Those lines are read as labels and values: a label naming one of
the organisation's fields (the catalogue's titles of the controller's fields) gives it its
value, in the part of the organisation the last heading named (the controller, its
representative, its DPO); "CP", "Ville" and the like go on with the address. A bare "Nom"
under the controller is a person, not the organisation, and is left where it was (reported
with the other lines not imported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from model.core import catalogue
from model.core.text import fold
from model.exchange.forms import template_prompt

_LABEL = re.compile(r"^\s*([^:]{1,60}?)\s*:\s*(.*)$", re.DOTALL)
"""A cell holding its label before a colon: "Téléphone : 04 00 00 00 00"."""

_PARTS = {"dpo": "dpo_", "dpd": "dpo_", "delegue": "dpo_", "data protection officer": "dpo_",
          "representant": "rep_", "representative": "rep_",
          "responsable": "", "controller": "", "organisme": "", "organisation": ""}
"""Words of a heading that say whose details follow (matched on folded words)."""

_ADDRESS_PARTS = frozenset({"cp", "code postal", "ville", "commune", "pays", "city", "town",
                            "postcode", "post code", "zip", "zip code", "country"})

_PERSON = frozenset({"nom", "name", "nom prenom", "prenom nom", "nom et prenom", "full name"})

_INNER = re.compile(r"\s*\b(?:pr[ée]nom|ville|commune|cp|code postal|pays|first name|"
                    r"given name|city|town|post ?code|zip(?: code)?|country)\s*:\s*",
                    re.IGNORECASE)
"""A part's label inside a value ("Dupont Prénom : Marie", "69001 Ville : Lyon"): the
template's word, left out, the parts it separates kept."""

_TITLE_LINES = ("registre des activites de traitement", "registre des traitements",
                "record of processing activities", "register of processing activities")
"""A register's own title, naming its organisation after it ("… de | ACME SAS")."""

_CONTROLLER = tuple(f for f in catalogue.ORGANISATION if "_" not in f.key or
                    f.key == "registration_number")
_KEYS = {f.key for f in catalogue.ORGANISATION}


@dataclass
class Found:
    """Organisation fields read from a cover, and the lines they came from."""

    values: dict[str, str] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def _pairs(cells: Sequence[str]) -> list[tuple[str, str]]:
    """A line's (label, value) pairs: its first cell and the rest, or "label : value" in a
    cell; a value that is itself "label : value" is one more pair."""
    filled = [" ".join(c.split()) for c in cells if c.strip()]
    if not filled:
        return []
    if len(filled) == 1:
        match = _LABEL.match(filled[0])
        return [(match.group(1), match.group(2))] if match else [(filled[0], "")]
    label, value = filled[0], " ".join(filled[1:])
    inner = _LABEL.match(value)
    if inner and not catalogue.match_title(label, _CONTROLLER, 0.75):
        return [(label, ""), (inner.group(1), inner.group(2))]
    return [(label, value)]


def _whose(label: str) -> str | None:
    """The part of the organisation a heading names ("dpo_", "rep_", "" for the
    controller), by its first word naming one; None when it names none."""
    words = " ".join(fold(label).replace("'", " ").replace("(", " ").replace(")", " ")
                     .split()).split(" ")
    for at, _word in enumerate(words):
        for length in (3, 2, 1):
            prefix = _PARTS.get(" ".join(words[at:at + length]))
            if prefix is not None:
                return prefix
    return None


def read(lines: Sequence[tuple[int, Sequence[str]]]) -> Found:
    """The organisation fields `lines` give (each field once: the first line wins)."""
    found = Found()
    prefix = ""
    for line, cells in lines:
        for label, value in _pairs(cells):
            value = _INNER.sub(" ", value).strip()
            whose = _whose(label)
            if whose is not None:
                prefix = whose
            key = _key(label, value, prefix)
            if not key and whose and value:  # "Data protection officer | Jane Doe"
                key = f"{whose}name"
            if key == "address+" and value and not template_prompt(value):
                address = f"{prefix}address"
                if address in found.values:
                    found.values[address] += f"\n{value}"
                    found.lines.add(line)
                continue
            if template_prompt(value):  # "Cliquez ici.": the template, not an answer
                continue
            if key and value and key not in found.values:
                found.values[key] = value
                found.lines.add(line)
    return found


def _key(label: str, value: str, prefix: str) -> str:
    """The organisation field `label` names in the part `prefix`, "address+" for a part of
    an address, "" for none."""
    folded = " ".join(fold(label).replace("(", " ").replace(")", " ").split())
    if folded in _ADDRESS_PARTS:
        return "address+"
    if value and any(folded.startswith(title) for title in _TITLE_LINES):
        return "name"
    if folded in _PERSON:  # the DPO's or representative's; under the controller, a person's
        return f"{prefix}name" if prefix else ""  # name rather than the organisation's
    matches = catalogue.match_title(label, _CONTROLLER, 0.75)
    if not matches:
        return ""
    key = f"{prefix}{matches[0].field.key}"
    return key if key in _KEYS else ""
