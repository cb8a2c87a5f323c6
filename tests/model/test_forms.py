"""Registers kept as one form a sheet (the CNIL's template): each form one activity."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from model.core.i18n import set_language
from model.core.text import fold
from model.exchange import columns, forms, importer
from model.exchange.importer import ParsedRow, ParsedTable, parse_bytes
from model.storage.store import Store
from tests.model.test_importer import csv_bytes, landed_text, understood

Rows = list[list[str]]

REGISTER: Rows = [
    ["Registre des activités de traitement de", "Boulangerie Martin"],
    [],
    ["Coordonnées du responsable de l'organisme", "Adresse : 3 place du Marché"],
    [],
    ["Activités", "Désignation des activités"],
    ["Activité 1", "Gestion de la paie"],
    ["Activité 2", "Fichier clients"],
    ["Activité 3", "Vidéosurveillance du magasin"],
]


def fiche(purpose: str, subject: str, recipient: str, delay: str) -> Rows:
    return [
        ["Fiche de registre de l'activité"],
        ["Date de création de la fiche", "01/02/2023"],
        ["Nom du responsable conjoint du traitement", ""],
        ["Nom du logiciel ou de l'application", "Logiciel Kappa"],
        ["Objectifs poursuivis"],
        ["Finalité principale", purpose],
        ["Sous-finalité 1", "Archivage des bulletins"],
        ["Sous-finalité 2", ""],
        ["Catégories de personnes concernées"],
        ["Catégorie de personnes 1", subject],
        ["Catégorie de personnes 2", ""],
        ["Catégories de données collectées", "Description", "Délai d'effacement"],
        ["Etat-civil, identité, données d'identification, images…", "Nom, prénom", delay],
        ["Vie personnelle (habitudes de vie, situation familiale, etc.)", "", ""],
        ["Informations d'ordre économique et financier (revenus, etc.)", "Salaire", delay],
        ["Catégories de destinataires des données"],
        ["Destinataire 1", recipient],
        ["Destinataire 2", ""],
        ["Transferts des données hors UE"],
        ["Destinataire", "Pays", "Type de garanties", "Lien vers la documentation"],
        ["Hébergeur Zeta", "États-Unis", "Clauses contractuelles types", "https://zeta.example"],
        ["Mesures de sécurité"],
        ["Contrôle d'accès des utilisateurs", "Oui"],
        ["Chiffrement des données", "Non"],
        ["Sauvegarde des données", "Chaque nuit, hors site"],
        ["Mesures de traçabilité", ""],
    ]


def workbook(sheets: dict[str, Rows]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for cells in rows:
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _french() -> None:
    set_language("fr")


def template() -> bytes:
    return workbook({
        "Registre": REGISTER,
        "Activité 1": fiche("Payer les salariés", "Salariés", "URSSAF", "5 ans"),
        "Activité 2": fiche("Suivre les commandes des clients", "Clients", "Transporteur Beta",
                            "3 ans après le dernier achat"),
    })


def parsed() -> ParsedTable:
    table = parse_bytes(template(), filename="registre.xlsx",
                        known=importer.starter_names("fr"))
    assert table.ok, table.errors
    return table


def import_bytes(store: Store, data: bytes, filename: str) -> ParsedTable:
    """`data` parsed against the register and imported into it, as the editor does."""
    from model.exchange import table_import

    with store.write() as session:
        table = table_import.parse_for(session, importer.load_bytes(data, filename=filename))
        table_import.apply(session, table, source=filename)
    return table


def by_name(table: ParsedTable, name: str) -> ParsedRow:
    return next(row for row in table.rows if row.name == name)


def test_each_form_is_an_activity_named_by_the_register_sheet_and_the_listed_one_kept() -> None:
    table = parsed()
    assert sorted(row.name for row in table.rows) == [
        "Fichier clients", "Gestion de la paie", "Vidéosurveillance du magasin"]
    assert table.sheet == "Registre"
    assert table.joined_sheets == ["Activité 1", "Activité 2"]


def test_a_form_s_answers_go_to_their_fields() -> None:
    paie = by_name(parsed(), "Gestion de la paie")
    assert "Payer les salariés" in paie.purpose
    assert "Archivage des bulletins" in paie.purpose
    assert paie.values["data_subjects"] == ["Salariés"]
    assert paie.values["recipients"] == ["URSSAF"]
    assert paie.categories == ["Etat-civil, identité, données d'identification, images…",
                               "Informations d'ordre économique et financier (revenus, etc.)"]
    assert paie.values["category_retention"] == {
        "Etat-civil, identité, données d'identification, images…": "5 ans",
        "Informations d'ordre économique et financier (revenus, etc.)": "5 ans"}
    assert [t["country"] for t in paie.values["transfers"]] == ["États-Unis"]
    assert paie.values["transfers"][0]["safeguard"] == "scc"


def test_only_ticked_measures_are_taken_and_other_answers_kept() -> None:
    paie = by_name(parsed(), "Gestion de la paie")
    assert paie.values["security_measures"] == ["access_control"]
    assert "Chaque nuit" in paie.values.get("security_other", "")


def test_no_word_a_user_wrote_in_a_form_is_lost() -> None:
    """Every answer, and the label of every answered line that names no field (a data
    category, a measure), is found in the activity; the template's own words may go."""
    row = by_name(parsed(), "Gestion de la paie")
    kept = landed_text(row)
    for label, *answers in fiche("Payer les salariés", "Salariés", "URSSAF", "5 ans"):
        for text in answers:
            if text and fold(text) not in {"oui", "non"} and not columns.score_cell(text):
                words = [w.strip(",.;:") for w in fold(text).split()]
                assert all(w in kept for w in words), text
        ticked = any(answers) and fold(answers[0]) != "non"
        if ticked and not columns.score_cell(label) and not forms._placeholder(label):
            assert fold(label) in kept or understood(label, row), label


def test_the_index_line_of_a_form_is_not_an_activity_of_its_own() -> None:
    table = parsed()
    assert not any(row.name.startswith("Activité") for row in table.rows)
    assert len(table.rows) == 3


def test_a_single_form_saved_as_csv_is_one_activity() -> None:
    table = parse_bytes(csv_bytes(fiche("Recruter", "Candidats", "Cabinet Gamma", "2 ans")),
                        filename="fiche.csv", known=importer.starter_names("fr"))
    assert table.ok, table.errors
    assert len(table.rows) == 1
    assert table.rows[0].values["data_subjects"] == ["Candidats"]
    assert "Recruter" in table.rows[0].purpose


def test_a_table_whose_first_column_holds_titles_like_words_stays_a_table() -> None:
    rows = [["Nom", "Finalité", "Personnes concernées", "Destinataires", "Durée de conservation"],
            ["Finalité", "Gestion", "Clients", "Service client", "3 ans"],
            ["Destinataires", "Paie", "Salariés", "URSSAF", "5 ans"],
            ["Personnes concernées", "Recrutement", "Candidats", "Cabinet", "2 ans"],
            ["Durée de conservation", "Vidéo", "Visiteurs", "Police", "30 jours"]]
    table = parse_bytes(csv_bytes(rows), filename="t.csv", known=importer.starter_names("fr"))
    assert [row.purpose for row in table.rows] == ["Gestion", "Paie", "Recrutement", "Vidéo"]


def test_forms_imported_into_a_register_keep_their_items_whole() -> None:
    from model.exchange import table_import
    from model.register import crud

    store = Store.memory()
    import_bytes(store, template(), "r.xlsx")
    with store.read() as session:
        names = table_import.known_categories(session)
        assert "Etat-civil, identité, données d'identification, images…" in names
        assert "Etat-civil" not in names
        assert len(crud.activities(session)) == 3


def test_a_column_the_user_sends_elsewhere_goes_there_in_every_form() -> None:
    book = importer.load_bytes(template(), filename="r.xlsx")
    first = importer.parse_workbook(book, known=importer.starter_names("fr"))
    dated = next(c for c in first.columns if c.title == "Date de création de la fiche")
    again = importer.parse_workbook(book, known=importer.starter_names("fr"),
                                    choices={dated.index: columns.SKIP})
    for row in again.rows:
        assert "01/02/2023" not in landed_text(row)
    assert all("01/02/2023" in landed_text(by_name(first, n))
               for n in ("Gestion de la paie", "Fichier clients"))


def test_forms_imported_again_match_each_its_own_activity() -> None:
    from model.exchange import table_import
    from model.register import crud

    store = Store.memory()
    book = importer.load_bytes(template(), filename="r.xlsx")
    with store.write() as session:
        table_import.apply(session, table_import.parse_for(session, book), source="r.xlsx")
    with store.write() as session:
        again = table_import.parse_for(session, book)
        found = table_import.find_duplicates(session, again)
        assert sorted(d.name for d in found) == [
            "Fichier clients", "Gestion de la paie", "Vidéosurveillance du magasin"]
        result = table_import.apply(session, again, source="r.xlsx",
                                    duplicates=table_import.UPDATE)
        assert len(result.updated) == 3 and not result.activity_ids
    with store.read() as session:
        purposes = {a.name: a.purpose for a in crud.activities(session)}
    assert "Payer les salariés" in purposes["Gestion de la paie"]
    assert "Suivre les commandes" in purposes["Fichier clients"]


def test_a_form_s_unanswered_prompts_are_not_answers() -> None:
    rows = fiche("Recruter", "Candidats", "Cliquez ici.", "Cliquez ici.")
    table = parse_bytes(csv_bytes(rows), filename="fiche.csv", known=importer.starter_names("fr"))
    row = table.rows[0]
    assert "cliquez" not in landed_text(row)
    assert "recipients" not in row.values


def test_a_comment_or_a_link_on_a_form_s_cell_is_kept_in_a_note() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Activité 1"
    for cells in fiche("Payer les salariés", "Salariés", "URSSAF", "5 ans"):
        sheet.append(cells)
    sheet["B6"].comment = openpyxl.comments.Comment("À revoir avec la DRH", "DPO")
    sheet["B4"].hyperlink = "https://kappa.example/contrat"
    out = io.BytesIO()
    book.save(out)
    (row,) = parse_bytes(out.getvalue(), filename="r.xlsx",
                         known=importer.starter_names("fr")).rows
    notes = dict(row.notes)
    assert notes["Commentaire sur « Finalité principale »"] == "À revoir avec la DRH"
    assert notes["Lien de « Nom du logiciel ou de l'application »"] == (
        "https://kappa.example/contrat")


def test_a_section_title_merged_across_the_form_is_a_title_not_its_own_answer() -> None:
    rows = [[*cells, *([cells[0]] * 2 if len(cells) == 1 else [])]
            for cells in fiche("Recruter", "Candidats", "Cabinet Gamma", "2 ans")]
    table = parse_bytes(csv_bytes(rows), filename="fiche.csv", known=importer.starter_names("fr"))
    row = table.rows[0]
    assert row.values["data_subjects"] == ["Candidats"]
    assert row.values["recipients"] == ["Cabinet Gamma"]
    assert "Objectifs poursuivis" not in row.purpose


def test_a_forms_sub_purposes_are_each_a_line_of_the_purpose_named_by_the_main_one() -> None:
    """"Gestion des paies", then "Sous-finalité 1 | Calcul des congés": the purpose reads as
    the form lists them, a line each (not one run-on sentence), and the activity is named
    after its main purpose only."""
    rows = fiche("Gestion des paies", "Salariés", "URSSAF", "5 ans")
    rows[6] = ["Sous-finalité 1", "Calcul des congés"]
    rows[7] = ["Sous-finalité 2", "Archivage  des bulletins"]
    table = parse_bytes(csv_bytes(rows), filename="fiche.csv", known=importer.starter_names("fr"))
    (row,) = table.rows
    assert row.purpose == "Gestion des paies\nCalcul des congés\nArchivage des bulletins"
    assert row.name == "Gestion des paies"
    store = Store.memory()
    import_bytes(store, csv_bytes(rows), "fiche.csv")
    from model.register import crud

    with store.read() as session:
        (activity,) = crud.activities(session)
        assert (activity.name, activity.purpose) == ("Gestion des paies", row.purpose)


def test_an_answer_written_on_several_lines_keeps_its_lines() -> None:
    """An answer typed over two lines in its cell (Alt+Enter) keeps a line each, as the user
    wrote it, not one run-on sentence; a label wrapped the same way still reads as one."""
    rows = fiche("Gestion des paies", "Salariés", "URSSAF", "5 ans")
    rows[1] = ["Date de création\nde la fiche", "01/02/2023"]
    rows[5] = ["Finalité principale", "Payer  les salaires\nArchiver les bulletins"]
    table = parse_bytes(workbook({"Activité 1": rows}), filename="fiches.xlsx",
                        known=importer.starter_names("fr"))
    (row,) = table.rows
    assert row.purpose == "Payer les salaires\nArchiver les bulletins\nArchivage des bulletins"
    assert ("Date de création de la fiche", "01/02/2023") in row.notes


def commented_template(fmt: str, comments: dict[str, str]) -> bytes:
    """`template()` with `comments` on cells of its register sheet (by reference), as
    Excel and LibreOffice write them, and "Activité 1" linked to its sheet, as the CNIL's
    workbook links its list to its forms."""
    from openpyxl.comments import Comment
    from openpyxl.worksheet.hyperlink import Hyperlink

    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(template()))
        for ref, text in comments.items():
            book["Registre"][ref].comment = Comment(text, "DPO")
        book["Registre"]["A6"].hyperlink = Hyperlink(ref="A6", location="'Activité 1'!A1")
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    from tests.model.test_importer import ods_bytes

    sheets = {"Registre": REGISTER,
              "Activité 1": fiche("Payer les salariés", "Salariés", "URSSAF", "5 ans"),
              "Activité 2": fiche("Suivre les commandes des clients", "Clients",
                                  "Transporteur Beta", "3 ans après le dernier achat")}
    data = ods_bytes(sheets)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    content = parts["content.xml"].decode()
    for ref, text in comments.items():  # each commented cell's text is unique in the sheet
        row, column = int(ref[1:]), ord(ref[0]) - 65
        cell = f'<table:table-cell office:value-type="string"><text:p>{REGISTER[row - 1][column]}'
        assert content.count(cell) == 1, ref
        content = content.replace(cell, cell.replace(
            "<text:p>", f"<office:annotation><text:p>{text}</text:p></office:annotation>"
                        "<text:p>", 1))
    content = content.replace("<text:p>Activité 1</text:p>", '<text:p><text:a xlink:href='
                              '"#Activité 1.A1">Activité 1</text:a></text:p>', 1).replace(
        "<office:document-content ",
        '<office:document-content xmlns:xlink="http://www.w3.org/1999/xlink" ', 1)
    parts["content.xml"] = content.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_a_comment_on_the_register_sheet_lands_on_its_lines_activity_or_is_said(
        fmt: str) -> None:
    """The CNIL workbook's register sheet lists the activities without column titles: a
    comment on a form's line lands in that form's activity, one on a line listing an
    activity without a form in that one, and one on a line that is no activity (the cover)
    is quoted in the account as not imported. The link from the list to a form's sheet is
    the workbook's own, not the user's words: no note."""
    data = commented_template(fmt, {"B6": "Voir le contrat du prestataire de paie",
                                    "A8": "Caméras remplacées en 2024",
                                    "B1": "Nom commercial, pas la raison sociale"})
    table = parse_bytes(data, filename=f"registre.{fmt}", known=importer.starter_names("fr"))
    assert table.ok, table.errors
    notes = {row.name: [text for title, text in row.notes if title.startswith(
        ("Commentaire", "Lien"))] for row in table.rows}
    assert notes == {"Gestion de la paie": ["Voir le contrat du prestataire de paie"],
                     "Fichier clients": [],
                     "Vidéosurveillance du magasin": ["Caméras remplacées en 2024"]}
    said = [w for w in table.warnings if "commentaire de la cellule" in w]
    assert said == ["Feuille « Registre », ligne 1 : commentaire de la cellule B1, sur aucune "
                    "activité, non importé : « Nom commercial, pas la raison sociale »"]


def test_a_comment_on_a_register_sheet_with_titles_lands_on_its_activity_or_its_form() -> None:
    """A register sheet with column titles, its lines naming a form or listing an activity:
    each line's comments land in its activity, a form's too, named after their column."""
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    register = book.active
    assert register is not None
    register.title = "Registre"
    for cells in (["Fiche", "Finalité", "Base légale"],
                  ["Activité 1", "Gestion de la paie", "Contrat"],
                  [None, "Accueil", "Consentement"]):
        register.append(cells)
    for ref, text in (("B2", "Voir le prestataire"), ("C3", "Affichage à l'entrée"),
                      ("A1", "Numéro de la fiche")):
        register[ref].comment = Comment(text, "DPO")
    form = book.create_sheet("Activité 1")
    for cells in fiche("Payer les salariés", "Salariés", "URSSAF", "5 ans"):
        form.append(cells)
    out = io.BytesIO()
    book.save(out)
    table = parse_bytes(out.getvalue(), filename="r.xlsx", known=importer.starter_names("fr"))
    assert table.ok, table.errors
    notes = {row.name: [n for n in row.notes if n[0].startswith("Commentaire")]
             for row in table.rows}
    assert notes == {"Accueil": [("Commentaire sur « Base légale »", "Affichage à l'entrée")],
                     "Gestion de la paie": [("Commentaire sur « Finalité »",
                                             "Voir le prestataire")]}
    assert [w for w in table.warnings if "commentaire de la cellule" in w] == [
        "Feuille « Registre », ligne 1 : commentaire de la cellule A1, sur aucune activité, "
        "non importé : « Numéro de la fiche »"]
