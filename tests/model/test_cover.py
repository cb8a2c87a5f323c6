"""The organisation read from the lines above a register's table (or beside its forms)."""

from __future__ import annotations

import pytest

from model.core.i18n import set_language
from model.exchange import importer
from model.register import crud
from model.storage.store import Store
from tests.model.test_forms import import_bytes, template
from tests.model.test_importer import csv_bytes

COVER = [
    ["Registre des activités de traitement de", "Garage Dubois"],
    [],
    ["Coordonnées du responsable de l'organisme", "Nom : Dubois Prénom : Luc"],
    ["", "Adresse : 8 route de Lyon"],
    ["", "CP : 38000 Ville : Grenoble"],
    ["", "Téléphone : 04 76 00 00 00"],
    ["Délégué à la protection des données", "Nom : Roux Prénom : Camille"],
    ["", "Adresse de messagerie : dpo@garage.example"],
    [],
    ["Finalité", "Catégories de données", "Base légale"],
    ["Facturation des clients", "Identité", "Obligation légale"],
]


@pytest.fixture(autouse=True)
def _french() -> None:
    set_language("fr")


def imported(rows: list[list[str]], store: Store) -> importer.ParsedTable:
    return import_bytes(store, csv_bytes(rows), "r.csv")


def organisation(store: Store) -> dict[str, object]:
    with store.read() as session:
        return crud.organisation_json(session)


def test_the_cover_fills_the_controller_and_the_dpo() -> None:
    store = Store.memory()
    imported(COVER, store)
    org = organisation(store)
    assert org["name"] == "Garage Dubois"
    assert org["address"] == "8 route de Lyon\n38000 Grenoble"
    assert org["phone"] == "04 76 00 00 00"
    assert org["dpo"] == {"name": "Roux Camille", "address": "", "phone": "",
                          "email": "dpo@garage.example"}


def test_a_person_s_name_under_the_controller_is_reported_not_taken() -> None:
    parsed = imported(COVER, Store.memory())
    assert any("Dubois Prénom : Luc" in w and "non importé" in w for w in parsed.warnings)


def test_what_the_register_says_already_is_kept_and_the_file_s_value_reported() -> None:
    store = Store.memory()
    with store.write() as session:
        crud.update_organisation(session, name="Garage Dubois SARL")
    parsed = imported(COVER, store)
    org = organisation(store)
    assert org["name"] == "Garage Dubois SARL"
    assert org["phone"] == "04 76 00 00 00"  # empty before: filled
    assert any("Garage Dubois SARL" in w and "« Garage Dubois » n'est pas importé" in w
               for w in parsed.warnings)


def test_the_cnil_template_s_register_sheet_gives_the_organisation() -> None:
    store = Store.memory()
    import_bytes(store, template(), "r.xlsx")
    org = organisation(store)
    assert org["name"] == "Boulangerie Martin"
    assert org["address"] == "3 place du Marché"


def test_a_table_without_a_cover_changes_no_organisation() -> None:
    store = Store.memory()
    before = organisation(store)
    imported(COVER[9:], store)
    assert organisation(store) == before


def test_an_english_cover_names_the_dpo_and_the_representative_on_their_headings() -> None:
    store = Store.memory()
    imported([["Organisation name: Acme Ltd"], ["Data Protection Officer", "Jane Doe"],
              ["Email", "jane@acme.example"], ["Representative: EU Rep GmbH"],
              ["Address", "1 Main St"], ["Postcode", "AB1 2CD"], [],
              ["Purpose", "Categories of personal data", "Lawful basis"],
              ["Payroll", "Identity", "Legal obligation"]], store)
    org = organisation(store)
    assert org["name"] == "Acme Ltd"
    assert org["dpo"] == {"name": "Jane Doe", "address": "", "phone": "",
                          "email": "jane@acme.example"}
    assert org["representative"] == {"name": "EU Rep GmbH", "address": "1 Main St\nAB1 2CD",
                                     "phone": "", "email": ""}


def test_the_template_s_own_prompts_fill_nothing() -> None:
    store = Store.memory()
    parsed = imported([["Registre des activités de traitement de", "[Nom de l'organisme]"],
                       ["Délégué à la protection des données", "Ex : NOM prénom du DPO"],
                       ["Adresse", "Cliquez ici."], ["Téléphone", "01 02 03 04 05"], [],
                       *COVER[9:]], store)
    org = organisation(store)
    assert (org["name"], org["address"], org["dpo"]["name"]) == ("", "", "")  # type: ignore[index]
    assert org["dpo"]["phone"] == "01 02 03 04 05"  # type: ignore[index]
    assert parsed.ok


def test_a_second_import_of_the_same_cover_says_it_gives_nothing() -> None:
    store = Store.memory()
    first = imported(COVER, store)
    assert any("organisation lue" in w and "Garage Dubois" in w for w in first.warnings)
    again = imported(COVER, store)
    assert not any("organisation" in w for w in again.warnings)
    assert organisation(store)["name"] == "Garage Dubois"


def test_the_cover_of_a_department_s_own_sheet_fills_the_organisation_too() -> None:
    from tests.model.test_forms import workbook

    titles = ["Finalité", "Catégories de données", "Base légale"]
    data = workbook({
        "RH": [titles, ["Paie", "Identité", "Obligation légale"]],
        "Commercial": [["Délégué à la protection des données", "Nom : Inès Petit"], [],
                       titles, ["Prospection", "Contact", "Intérêt légitime"]],
    })
    store = Store.memory()
    parsed = import_bytes(store, data, "r.xlsx")
    assert [row.purpose for row in parsed.rows] == ["Paie", "Prospection"]
    assert organisation(store)["dpo"]["name"] == "Inès Petit"  # type: ignore[index]
