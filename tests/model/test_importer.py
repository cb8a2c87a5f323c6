"""The table importer: the user's seed register row by row, other formats, and bad input."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from model import cli
from model.core.errors import RegistreError
from model.core.i18n import set_language
from model.core.text import fold
from model.core.vocab import (
    ART9_CONDITIONS,
    LEGAL_BASES,
    SAFEGUARDS,
    SECURITY_MEASURES,
    STARTER_CATEGORIES,
    STATUSES,
)
from model.exchange import importer, jsondoc, spreadsheets
from model.exchange.importer import ParsedRow, ParsedTable, parse_bases, parse_bytes, parse_table
from model.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "samples" / "seed-register-fr.tsv"
DATA = Path(__file__).resolve().parents[1] / "data"
FR = [name for name, *_ in STARTER_CATEGORIES["fr"]]
EN = [name for name, *_ in STARTER_CATEGORIES["en"]]
CODES = {term.code for term in LEGAL_BASES}


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    """Messages are asserted in French; the language is process-wide, so restore it."""
    set_language("fr")
    yield
    set_language("")


def seed() -> ParsedTable:
    return parse_table(SEED, known_categories=FR)


def seed_cells() -> list[list[str]]:
    """The seed's raw cells, line by line (blank lines as empty lists)."""
    text = SEED.read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def without_lines(table: ParsedTable) -> list[ParsedRow]:
    return [replace(row, line=0) for row in table.rows]


# --------------------------------------------------------------------------- the seed

LEGIT = "legitimate_interests"
ETUDIER = "afin d'étudier comment nos clients utilisent nos services"
IDC = ["Identité", "Contact"]
MKT = "Marketing et communication"

# (line, purpose start, name, categories, bases)
SEED_EXPECTED: list[tuple[int, str, str, list[str], list[tuple[str, str]]]] = [
    (
        4,
        "Pour vous enregistrer en tant que nouveau client",
        "Pour vous enregistrer en tant que nouveau client",
        IDC,
        [("contract", "")],
    ),
    (
        5,
        "Afin de traiter et délivrer votre commande, y compris : (a) Gérer les paiements",
        "Afin de traiter et délivrer votre commande",
        [*IDC, "Financières", "Transaction", MKT],
        [("contract", ""), (LEGIT, "y compris pour récupérer des dettes qui nous sont dues")],
    ),
    (
        6,
        "Pour gérer notre relation avec vous, ce qui comprend : (a) Vous notifier",
        "Pour gérer notre relation avec vous",
        [*IDC, "Profil", MKT],
        [
            ("contract", ""),
            ("legal_obligation", ""),
            (
                LEGIT,
                "afin de tenir à jour nos registres et d'étudier comment nos clients "
                "utilisent nos services",
            ),
        ],
    ),
    (
        7,
        "Afin de vous envoyer des communications marketing directes",
        "Afin de vous envoyer des communications marketing directes",
        [*IDC, "Profil", MKT],
        [
            (
                "consent",
                "Pour la plupart des communications marketing directes, "
                "nous vous demanderons votre consentement",
            )
        ],
    ),
    (
        8,
        "Pour vous permettre de participer à un tirage au sort, un concours ou un sondage",
        "Pour vous permettre de participer à un tirage au sort",
        [*IDC, "Profil", "Utilisation", MKT],
        [
            ("contract", ""),
            (LEGIT, ETUDIER + ", de les développer et d'accroître nos activités"),
        ],
    ),
    (
        9,
        "Afin d'administrer et de protéger notre entreprise et ce site Internet (y compris",
        "Afin d'administrer et de protéger notre entreprise et ce site Internet",
        [*IDC, "Technique", "Suivi"],
        [
            (
                LEGIT,
                "pour la conduite de notre entreprise, pour la fourniture de services "
                "administratifs et informatiques, pour la sécurité du réseau, pour prévenir la "
                "fraude et dans le cas d'une réorganisation du travail ou d'un exercice de "
                "restructuration du groupe",
            ),
            ("legal_obligation", ""),
        ],
    ),
    (
        12,
        "Afin de vous fournir des publicités et du contenu pertinents sur notre site Internet",
        "Afin de vous fournir des publicités et du contenu pertinents sur notre site",
        [*IDC, "Profil", "Utilisation", MKT, "Technique", "Suivi"],
        [
            (
                LEGIT,
                ETUDIER + ", afin de les développer, d'accroître nos activités et "
                "d'informer sur notre stratégie marketing",
            )
        ],
    ),
    (
        13,
        "Afin d'utiliser des analyses de données pour améliorer notre site Internet, nos",
        "Afin d'utiliser des analyses de données pour améliorer notre site Internet",
        ["Technique", "Suivi", "Utilisation"],
        [
            (
                LEGIT,
                "afin de définir les types de clients qui utilisent nos services, de garder "
                "notre site à jour et pertinent, d'accroître nos activités et d'informer sur "
                "notre stratégie marketing",
            )
        ],
    ),
    (
        14,
        "Afin de vous proposer des suggestions et recommandations à propos de services",
        "Afin de vous proposer des suggestions et recommandations à propos de services",
        [*IDC, "Technique", "Utilisation", "Profil"],
        [(LEGIT, "afin de développer nos produits ou services et d'accroître notre activité")],
    ),
    (
        15,
        "Afin d'empêcher et de détecter des actes illicites",
        "Afin d'empêcher et de détecter des actes illicites",
        [*IDC, "Financières", "Transaction", "Technique", "Suivi"],
        [
            (
                LEGIT,
                "afin de protéger notre activité et nos clients en prenant en charge la "
                "surveillance des fraudes et des transactions douteuses",
            ),
            (
                "legal_obligation",
                "Nécessaire pour satisfaire à une obligation légale ou contractuelle et "
                "partager des données personnelles conformément à l'application de la loi",
            ),
        ],
    ),
    (
        16,
        "Afin de résoudre des réclamations ou des litiges de votre part ou de la nôtre",
        "Afin de résoudre des réclamations ou des litiges de votre part ou de la nôtre",
        [],
        [],
    ),
]


def test_seed_has_eleven_rows_and_no_error() -> None:
    table = seed()
    assert len(table.rows) == 11
    assert table.ok and table.errors == []
    assert table.new_categories == []


@pytest.mark.parametrize("index", range(11))
def test_seed_row_by_row(index: int) -> None:
    line, purpose_start, name, categories, bases = SEED_EXPECTED[index]
    row = seed().rows[index]
    assert row.line == line
    assert row.purpose.startswith(purpose_start)
    assert row.name == name
    assert row.categories == categories
    assert row.bases == bases
    assert row.errors == []
    if index < 10:
        assert row.unmapped_basis == ""
        assert row.warnings == []


def test_seed_wrapped_row_is_joined() -> None:
    row = seed().rows[5]
    assert row.purpose.endswith("l'hébergement des données)")
    assert row.basis_text.startswith("Nécessaire pour nos intérêts légitimes (pour la conduite")
    assert "réorganisation du travail ou d'un exercice de restructuration" in row.basis_text
    assert row.basis_text.endswith("Nécessaire pour répondre à une obligation légale.")
    assert row.bases[0][1].endswith("ou d'un exercice de restructuration du groupe")
    assert row.categories_text == "Identité Contact Technique Suivi"


def test_seed_last_row_keeps_prose_and_unmapped_basis() -> None:
    table = seed()
    row = table.rows[10]
    assert row.categories == []
    assert row.categories_text == (
        "Toute catégorie de données pertinente, selon la nature de l'allégation ou de la "
        "réclamation"
    )
    assert row.bases == []
    assert row.basis_text == "Nécessaire pour présenter ou contester une réclamation"
    assert row.unmapped_basis == "Nécessaire pour présenter ou contester une réclamation"
    assert len(row.warnings) == 2
    assert any("phrase" in warning for warning in row.warnings)
    assert any("présenter ou contester" in warning for warning in row.warnings)
    assert table.warnings == [f"Ligne 16 : {warning}" for warning in row.warnings]


def test_seed_texts_are_verbatim_cells() -> None:
    rows = seed().rows
    assert rows[1].categories_text == (
        "Identité Contact Financières Transaction Marketing et communication"
    )
    assert rows[1].basis_text == (
        "Exécution d'un contrat Nécessaire pour nos intérêts légitimes (y compris pour "
        "récupérer des dettes qui nous sont dues)."
    )
    assert rows[3].basis_text == (
        "Pour la plupart des communications marketing directes, nous vous demanderons "
        "votre consentement."
    )


def test_names_are_short_without_trailing_punctuation() -> None:
    for row in seed().rows:
        assert 0 < len(row.name) <= importer.MAX_NAME
        assert row.name[-1].isalnum()
        assert row.purpose.startswith(row.name)


def test_parse_bytes_matches_parse_table() -> None:
    parsed = parse_bytes(SEED.read_bytes(), filename="seed.tsv", known_categories=FR)
    assert parsed == seed()


def test_unknown_known_categories_become_new() -> None:
    """Unknown words between known names form one new category, unless they read as prose."""
    table = parse_table(SEED, known_categories=["Identité"])
    assert table.rows[0].categories == ["Identité", "Contact"]
    assert table.rows[5].categories == ["Identité", "Contact Technique Suivi"]
    assert table.rows[1].categories == [
        "Identité", "Contact Financières Transaction Marketing et communication"]
    assert table.new_categories[0] == "Contact"
    assert table.ok


# --------------------------------------------------------------------------- other encodings


def excel_csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_seed_as_semicolon_cp1252_csv_is_the_same() -> None:
    data = excel_csv(seed_cells(), ";").encode("cp1252")
    table = parse_bytes(data, filename="registre.csv", known_categories=FR)
    assert table == seed()


def test_seed_as_excel_csv_with_multiline_cells() -> None:
    """Excel keeps a wrapped cell in one quoted, multi-line cell, and quotes prose with ;."""
    table = seed()
    rows = [["But / Activité", "Type de données", "Fondement légal pour le traitement"]]
    for row in table.rows:
        basis = row.basis_text
        if row.line == 9:
            basis = basis.replace(" d'un exercice", "\r\nd'un exercice")
        rows.append([row.purpose, row.categories_text, basis + ";"])
    data = excel_csv(rows, ";").encode("cp1252")
    assert b'"' in data and b"\r\nd'un exercice" in data
    parsed = parse_bytes(data, filename="registre.csv", known_categories=FR)
    assert len(parsed.rows) == 11
    for got, want in zip(parsed.rows, table.rows, strict=True):
        assert got.purpose == want.purpose
        assert got.categories == want.categories
        assert got.bases == want.bases
        assert got.basis_text == want.basis_text + ";"
    assert [row.line for row in parsed.rows] == [2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13]


def test_utf8_bom_comma_csv() -> None:
    data = "\ufeff" + excel_csv(seed_cells(), ",")
    parsed = parse_bytes(data.encode("utf-8"), filename="r.csv", known_categories=FR)
    assert without_lines(parsed) == without_lines(seed())


def test_pipe_delimited() -> None:
    parsed = parse_bytes(
        excel_csv(seed_cells(), "|").encode(), filename="r.txt", known_categories=FR
    )
    assert parsed == seed()


def test_utf16_unicode_text_from_excel() -> None:
    data = SEED.read_text(encoding="utf-8").encode("utf-16")
    assert parse_bytes(data, filename="r.txt", known_categories=FR) == seed()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark(encoding: str) -> None:
    """Some exports write UTF-16 with no BOM: the same register, not "a binary file"."""
    data = SEED.read_text(encoding="utf-8").encode(encoding)
    assert parse_bytes(data, filename="r.txt", known_categories=FR) == seed()


def test_crlf_and_decomposed_accents() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", SEED.read_text(encoding="utf-8")).replace("\n", "\r\n")
    parsed = parse_bytes(text.encode(), filename="r.tsv", known_categories=FR)
    assert parsed == seed()


# --------------------------------------------------------------------------- XLSX


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for number, cells in enumerate(rows, start=1):
        for column, value in enumerate(cells, start=1):
            if value not in ("", None):
                sheet.cell(row=number, column=column, value=value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_of_the_seed_is_the_same() -> None:
    data = xlsx_bytes([list[object](cells) for cells in seed_cells()])
    table = parse_bytes(data, filename="registre.xlsx", known_categories=FR)
    assert (table.rows, table.errors, table.new_categories) == (
        seed().rows, seed().errors, seed().new_categories)


def test_xlsx_detected_by_magic_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "registre.csv"
    path.write_bytes(xlsx_bytes([["Finalité", "Base légale"], ["Paie", "Obligation légale"]]))
    table = parse_table(path, known_categories=FR)
    assert [(row.purpose, row.bases) for row in table.rows] == [
        ("Paie", [("legal_obligation", "")])
    ]
    assert table.rows[0].line == 2


def test_xlsx_numbers_and_multiline_cells() -> None:
    data = xlsx_bytes(
        [
            ["Registre 2025"],
            [],
            ["Base légale", "Finalité", "Catégories de données", "Commentaire"],
            ["Consentement", 42.0, "Identité\nContact\nSanté", "à revoir"],
        ]
    )
    table = parse_bytes(data, filename="r.xlsx", known_categories=FR)
    (row,) = table.rows
    assert (row.line, row.purpose, row.name) == (4, "42", "42")
    assert row.categories == ["Identité", "Contact", "Santé"]
    assert row.bases == [("consent", "")]
    assert table.warnings == [
        "Feuille « Sheet », ligne 1 : texte au-dessus des titres, non importé : "
        "« Registre 2025 »",
    ]
    assert row.notes == [("Commentaire", "à revoir")]


@pytest.mark.parametrize("dimension", ["none", "A1", "A1:C3"])
def test_xlsx_reads_every_row_whatever_size_it_states(dimension: str) -> None:
    """A sheet states its size in a `<dimension>` element, or not at all (openpyxl's
    write-only files, scripts'), or wrongly: every row is read all the same, and openpyxl
    is left opening its sheets as it does."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    rows = [["Finalité", "Base légale", "Commentaire"],
            *[[f"Traitement {i}", "Consentement", f"note {i}"] for i in range(40)]]
    data = xlsx_bytes(list[list[object]](rows))
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/"))
    xml = re.sub(rb"<dimension[^>]*/>", b"", parts[sheet])
    if dimension != "none":
        xml = xml.replace(b"<sheetViews>", f'<dimension ref="{dimension}"/><sheetViews>'.encode())
    parts[sheet] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body)
    opens = ReadOnlyWorksheet._get_size
    table = parse_bytes(out.getvalue(), filename="r.xlsx", known_categories=FR)
    assert [(row.purpose, row.notes) for row in table.rows] == [
        (f"Traitement {i}", [("Commentaire", f"note {i}")]) for i in range(40)]
    assert ReadOnlyWorksheet._get_size is opens


def test_xlsx_with_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 5)
    data = xlsx_bytes([["Paie", "Identité", "Consentement"]] * 6)
    with pytest.raises(RegistreError, match="plus de 5 lignes"):
        parse_bytes(data, filename="r.xlsx", known_categories=FR)


def test_malformed_xlsx() -> None:
    with pytest.raises(RegistreError, match=r"abimé|abîmé"):
        parse_bytes(b"PK\x03\x04" + b"\x00garbage" * 50, filename="x.xlsx", known_categories=FR)


def test_truncated_xlsx() -> None:
    data = xlsx_bytes([["a", "b"]])
    with pytest.raises(RegistreError, match=r"x\.xlsx"):
        parse_bytes(data[: len(data) // 2], filename="x.xlsx", known_categories=FR)


def test_zip_that_is_not_a_workbook() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(RegistreError, match="n'est pas un tableau"):
        parse_bytes(out.getvalue(), filename="x.docx", known_categories=FR)


def test_zip_with_broken_workbook_xml() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not really")
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(RegistreError, match=r"x\.xlsx"):
        parse_bytes(out.getvalue(), filename="x.xlsx", known_categories=FR)


# --------------------------------------------------------------------------- English


def test_english_table_fixture() -> None:
    table = parse_table(DATA / "register-en.csv", known_categories=EN)
    assert table.ok
    rows = table.rows
    assert [row.line for row in rows] == [2, 4, 10, 16, 20, 25]
    assert rows[0].name == "To register you as a new customer"
    assert rows[0].categories == ["Identity", "Contact"]
    assert rows[0].bases == [("contract", "")]
    assert rows[1].categories == [
        "Identity",
        "Contact",
        "Financial",
        "Transaction",
        "Marketing and communications",
    ]
    assert rows[1].bases == [("contract", ""), (LEGIT, "to recover debts due to us")]
    assert rows[2].bases == [
        ("contract", ""),
        ("legal_obligation", ""),
        (
            LEGIT,
            "to keep our records updated and to study how customers use our products/services",
        ),
    ]
    assert rows[3].categories == ["Identity", "Contact", "Technical"]
    assert [code for code, _ in rows[3].bases] == [LEGIT, "legal_obligation"]
    assert rows[3].bases[0][1].startswith("for running our business")
    assert rows[4].bases == [
        ("consent", "We will ask for your consent for most direct marketing communications")
    ]
    assert rows[4].categories[-1] == "Preferences"
    assert rows[5].categories == ["Health"]
    assert rows[5].bases == [("vital_interests", "Vital interests of the data subject")]
    assert all(row.unmapped_basis == "" for row in rows)
    assert table.new_categories == ["Preferences"]
    assert table.warnings == ["Ligne 20 : nouvelles catégories de données : Preferences."]


def test_messages_follow_the_language() -> None:
    set_language("en")
    table = parse_table(DATA / "register-en.csv", known_categories=EN)
    assert table.warnings == ["Line 20: new data categories: Preferences."]
    with pytest.raises(RegistreError, match="is empty"):
        parse_bytes(b"", filename="e.csv", known_categories=EN)


def test_english_headers_in_any_order_with_extra_column() -> None:
    text = (
        "Notes\tLawful basis for processing including basis of legitimate interest\t"
        "Type of data\tPurpose/Activity\n"
        "x\tPerformance of a contract with you\t(a) Identity (b) Contact\tTo register you\n"
    )
    table = parse_bytes(text.encode(), filename="en.tsv", known_categories=EN)
    (row,) = table.rows
    assert row.purpose == "To register you"
    assert row.categories == ["Identity", "Contact"]
    assert row.bases == [("contract", "")]
    assert row.notes == [("Notes", "x")]
    assert table.warnings == []


@pytest.mark.parametrize(
    "header",
    [
        ["But / Activité", "Type de données", "Fondement légal pour le traitement des données"],
        ["FINALITÉ", "catégories de données", "base legale"],
        ["Purpose/Activity", "Type of data", "Lawful basis"],
        ["finalite du traitement", "Categories of personal data", "Legal basis"],
    ],
)
def test_header_words(header: list[str]) -> None:
    text = "\t".join(header) + "\nPaie\tIdentité\tObligation légale\n"
    (row,) = parse_bytes(text.encode(), filename="h.tsv", known_categories=FR).rows
    assert (row.purpose, row.categories, row.bases) == (
        "Paie",
        ["Identité"],
        [("legal_obligation", "")],
    )


def test_no_header_takes_columns_in_order() -> None:
    text = "\n\nPaie\tIdentité, Vie professionnelle\tObligation légale\n"
    table = parse_bytes(text.encode(), filename="n.tsv", known_categories=FR)
    (row,) = table.rows
    assert row.line == 3
    assert row.categories == ["Identité", "Vie professionnelle"]


# --------------------------------------------------------------------------- rows and cells


def one_row(categories: str = "Identité", basis: str = "Consentement") -> ParsedRow:
    text = f"Activité test\t{categories}\t{basis}\n"
    (row,) = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR).rows
    return row


@pytest.mark.parametrize(
    "cell",
    [
        "Identité, Contact, Données de localisation",
        "Identité; Contact; Données de localisation",
        "Identité\nContact\nDonnées de localisation",
        "(a) Identité (b) Contact (c) Données de localisation",
        "- Identité\n- Contact\n- Données de localisation",
        "identite CONTACT, Données de localisation",
        "Identité, Contact et Données de localisation",
    ],
)
def test_category_lists(cell: str) -> None:
    quoted = '"' + cell + '"'
    row = one_row(quoted)
    assert row.categories == ["Identité", "Contact", "Données de localisation"]
    assert row.warnings == ["nouvelles catégories de données : Données de localisation."]


def test_longest_known_name_wins() -> None:
    text = "A\tMarketing Marketing et communication\tConsentement\n"
    (row,) = parse_bytes(text.encode(), filename="t.tsv", known_categories=["Marketing", *FR]).rows
    assert row.categories == ["Marketing", "Marketing et communication"]


def test_a_known_name_followed_by_a_number_is_another_name() -> None:
    """"Clients 3" is a data subject of its own, not the clients and a subject "3"."""
    text = "Finalité\tPersonnes concernées\nGestion\tClients 3; prospects\n"
    table = parse_bytes(text.encode(), filename="s.tsv",
                        known={"data_subjects": ["Clients", "Prospects"]})
    assert table.rows[0].values["data_subjects"] == ["Clients 3", "Prospects"]


def test_known_names_with_commas_or_across_lines() -> None:
    known = ["Nom, prénom", *FR]
    text = 'A\t"Nom, prénom, Marketing et\ncommunication"\tConsentement\n'
    (row,) = parse_bytes(text.encode(), filename="t.tsv", known_categories=known).rows
    assert row.categories == ["Nom, prénom", "Marketing et communication"]
    assert row.warnings == []


def test_new_categories_first_seen_and_deduplicated() -> None:
    text = "A\tBadges, Identité\tConsentement\nB\tbadges, Vidéo\tConsentement\n"
    table = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR)
    assert table.new_categories == ["Badges", "Vidéo"]
    assert table.rows[1].categories == ["Badges", "Vidéo"]


@pytest.mark.parametrize(
    "cell",
    [
        "Toute catégorie de données pertinente, selon la nature de l'allégation",
        "Les données nécessaires au traitement de la demande.",
        "Voir la politique de confidentialité: section 4",
    ],
)
def test_prose_categories_are_not_split(cell: str) -> None:
    row = one_row(cell)
    assert row.categories == []
    assert row.categories_text == cell
    assert any("phrase" in warning for warning in row.warnings)


def test_prose_next_to_known_names_is_kept_out() -> None:
    row = one_row("Identité, Contact, et toute autre donnée utile au bon traitement du dossier")
    assert row.categories == ["Identité", "Contact"]
    assert row.warnings == [
        "texte non repris comme catégorie (conservé) : « toute autre donnée utile au bon "
        "traitement du dossier »"
    ]


@pytest.mark.parametrize(
    ("text", "bases", "unmapped"),
    [
        ("Exécution d'un contrat", [("contract", "")], ""),
        ("Performance of a contract with you", [("contract", "")], ""),
        (
            "Necessary for our legitimate interests (to develop our products/services)",
            [(LEGIT, "to develop our products/services")],
            "",
        ),
        ("Necessary to comply with a legal obligation", [("legal_obligation", "")], ""),
        ("Nécessaire pour répondre à une obligation légale.", [("legal_obligation", "")], ""),
        ("obligation légale ou contractuelle", [("legal_obligation", "")], ""),
        ("Consent", [("consent", "")], ""),
        ("Sauvegarde des intérêts vitaux", [("vital_interests", "")], ""),
        ("Vital interests", [("vital_interests", "")], ""),
        ("Mission d'intérêt public", [("public_task", "")], ""),
        ("Public task", [("public_task", "")], ""),
        (
            "Consentement (case à cocher). Consentement (formulaire)",
            [("consent", "case à cocher; formulaire")],
            "",
        ),
        (
            "Voir la convention cadre. Intérêts légitimes (sécurité). Article 6 du RGPD",
            [(LEGIT, "sécurité")],
            "Voir la convention cadre. Article 6 du RGPD",
        ),
        # The bare words and the article references people write (issue 9).
        ("Contract", [("contract", "")], ""),
        ("Contrat", [("contract", "")], ""),
        ("Consent", [("consent", "")], ""),
        ("Legal obligation", [("legal_obligation", "")], ""),
        ("Consentement", [("consent", "")], ""),
        ("Art. 6(1)(b)", [("contract", "")], ""),
        ("6.1.b", [("contract", "")], ""),
        ("article 6-1-b", [("contract", "")], ""),
        ("art. 6, par. 1, let. b RGPD", [("contract", "")], ""),
        ("Art. 6 (1) (e) GDPR", [("public_task", "")], ""),
        ("Consent (Art. 6(1)(a))", [("consent", "")], ""),
        ("art. 6, par. 1, let. c GDPR: payroll records kept for six years.",
         [("legal_obligation", "payroll records kept for six years")], ""),
        ("Obligation légale ou contractuelle", [("legal_obligation", "")], ""),
        ("Contrat ; article 6.1.f (prévention de la fraude)",
         [("contract", ""), (LEGIT, "prévention de la fraude")], ""),
        (
            "Nécessaire pour présenter une réclamation",
            [],
            "Nécessaire pour présenter une réclamation",
        ),
        ("", [], ""),
        (
            "(a) Performance of a contract with you (b) Consent",
            [("contract", ""), ("consent", "")],
            "",
        ),
    ],
)
def test_bases(text: str, bases: list[tuple[str, str]], unmapped: str) -> None:
    assert parse_bases(text) == (bases, unmapped)


def test_unmapped_basis_warns_and_empty_basis_warns() -> None:
    assert one_row(basis="Article 6").warnings == [
        "fondement légal non reconnu, conservé tel quel : « Article 6 »"
    ]
    assert one_row(basis="").warnings == ["aucun fondement légal."]


def test_too_many_columns_is_an_error() -> None:
    text = "Paie\tIdentité\tObligation légale\tvaleur de trop\nAutre\tContact\tConsentement\n"
    table = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR)
    assert not table.ok
    message = ("trop de colonnes : 4 cellules remplies, 3 colonnes au plus sans ligne de titres "
               "(ajoutez les titres des colonnes).")
    assert table.rows[0].errors == [message]
    assert table.errors == [f"Ligne 1 : {message}"]
    assert table.rows[1].errors == []
    assert table.rows[0].problems[0] == table.rows[0].errors[0]


def test_a_row_of_several_cells_without_purpose_is_never_merged_into_the_one_above() -> None:
    text = "Paie\tIdentité\tObligation légale\n\tContact\tconsentement\n"
    table = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR)
    first, second = table.rows
    assert first.basis_text == "Obligation légale"
    assert first.categories == ["Identité"]
    assert second.line == 2 and second.categories == ["Contact"]
    assert not table.ok
    assert table.errors[0].startswith("Ligne 2 : finalité manquante")


def test_trailing_empty_cells_are_not_extra_columns() -> None:
    table = parse_bytes(b"Paie\tIdentite\tConsentement\t\t\n", filename="t", known_categories=FR)
    assert table.ok


def test_missing_purpose_is_an_error() -> None:
    text = "Base légale\tCatégories de données\tFinalité\nConsentement\tIdentité\t\n"
    table = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR)
    assert table.rows[0].errors == [
        "finalité manquante : cette ligne a des cellules remplies mais pas de finalité ; chaque "
        "activité a besoin d'une finalité (rien n'est fusionné avec la ligne au-dessus)."]
    assert not table.ok


def test_wrapped_category_cell() -> None:
    text = "Paie\tIdentité Marketing et\tConsentement\n\n\tcommunication\n"
    (row,) = parse_bytes(text.encode(), filename="t.tsv", known_categories=FR).rows
    assert row.categories == ["Identité", "Marketing et communication"]


def test_long_purpose_gives_short_name() -> None:
    purpose = "Gestion " + "très " * 40 + "longue"
    row = parse_bytes(
        f"{purpose}\tIdentité\tConsentement".encode(), filename="t", known_categories=FR
    ).rows[0]
    assert len(row.name) <= 80
    assert row.name.startswith("Gestion très")
    assert not row.name.endswith(" ")


# --------------------------------------------------------------------------- refused files


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"", "est vide"),
        (b"  \r\n\n\t\n", "est vide"),
        (b"\xef\xbb\xbf", "est vide"),
        (b"\t\t\n\t\n", "est vide"),
        (b",,,\n,,,\n", "est vide"),
        (b';;;\r\n"";"";""\r\n', "est vide"),
        (",,,\n,,,\n".encode("utf-16"), "est vide"),
        (b"abc\x00\x01\x02def", "binaire"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "binaire"),
        (bytes(range(1, 9)) * 20, "binaire"),
        (b"%PDF-1.7\n\x00\x00", "binaire"),
        (b"Juste une ligne de texte, sans tableau.\nEt une autre.\n", "pas un tableau"),
        (b"<!DOCTYPE html><html><td>a</td><td>b</td></html>", "pas un tableau"),
        (b"Finalit\xc3\xa9\tBase l\xc3\xa9gale\n", "aucune activit"),
    ],
)
def test_refused(data: bytes, pattern: str) -> None:
    with pytest.raises(RegistreError, match=pattern) as caught:
        parse_bytes(data, filename="fichier.csv", known_categories=FR)
    assert "fichier.csv" in str(caught.value)


def test_unclosed_quote_swallowing_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'Paie\t"Identit\xc3\xa9\tConsentement\n' + b"x" * 200_000 + b"\n"
    with pytest.raises(RegistreError, match="guillemet"):
        parse_bytes(data, filename="q.tsv", known_categories=FR)


def test_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MAX_BYTES", 100)
    path = tmp_path / "big.tsv"
    path.write_bytes(SEED.read_bytes())
    with pytest.raises(RegistreError, match=r"big\.tsv"):
        parse_table(path, known_categories=FR)
    with pytest.raises(RegistreError, match="Mo"):
        parse_bytes(SEED.read_bytes(), filename="big.tsv", known_categories=FR)


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(RegistreError, match=r"absent\.tsv"):
        parse_table(tmp_path / "absent.tsv", known_categories=FR)
    with pytest.raises(RegistreError, match="pas un fichier ordinaire"):
        parse_table(tmp_path, known_categories=FR)


# --------------------------------------------------------------------------- properties


def check_invariants(table: ParsedTable) -> None:
    assert table.rows
    for row in table.rows:
        assert row.line >= 1
        assert len(row.name) <= importer.MAX_NAME
        codes = [code for code, _ in row.bases]
        assert len(codes) == len(set(codes))
        assert set(codes) <= CODES
        assert row.unmapped_basis == "" or row.basis_text
        assert len(row.categories) == len(set(row.categories))
        assert all(name.strip() == name and name for name in row.categories)
        assert set(table.new_categories) >= {c for c in row.categories if c not in FR}
    assert len(table.errors) == sum(len(row.errors) for row in table.rows)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_table_or_registre_error(data: bytes) -> None:
    try:
        table = parse_bytes(data, filename="x", known_categories=FR)
    except RegistreError:
        return
    check_invariants(table)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_any_zip_like_bytes_give_registre_error(data: bytes) -> None:
    with pytest.raises(RegistreError):
        parse_bytes(b"PK\x03\x04" + data, filename="x.xlsx", known_categories=FR)


cell_text = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6),
        st.sampled_from(list("\t\n\r;,|\"'() .:éÉ")),
        st.sampled_from(
            ["Identité", "Contact", "consentement", "Intérêts légitimes", "(a)", "Finalité"]
        ),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(cell_text, max_size=6), max_size=8),
    st.sampled_from(["\t", ";", ",", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    st.booleans(),
)
def test_any_text_table_gives_a_table_or_registre_error(
    rows: list[list[str]], delimiter: str, encoding: str, quoted: bool
) -> None:
    if quoted:
        text = excel_csv(rows, delimiter)
    else:
        text = "\n".join(delimiter.join(cells) for cells in rows)
    data = text.encode(encoding, errors="replace")
    try:
        table = parse_bytes(data, filename="t", known_categories=FR)
    except RegistreError:
        return
    check_invariants(table)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_bases_keeps_every_word(text: str) -> None:
    bases, unmapped = parse_bases(text)
    assert {code for code, _ in bases} <= CODES
    normalised = " ".join(text.split())
    for piece in unmapped.split():
        assert piece in normalised


# --------------------------------------------------------------------------- whole registers
#
# Registers written in the layouts of the CNIL's register template and of the ICO's
# documentation template (their public headings), in both languages, as CSV, XLSX,
# ODS and flat FODS: every cell must land in a field or in a named note.

CNIL_FR = [
    ["N° / REF", "Nom / sigle", "Finalité principale", "Sous-finalités",
     "Catégories de personnes concernées", "Catégories de données personnelles concernées",
     "Base légale", "Destinataires", "Transferts hors UE", "Durée de conservation",
     "Mesures de sécurité", "AIPD requise ?", "Responsable opérationnel"],
    ["R-01", "Paie", "Gestion de la paie des salariés", "Bulletins; déclarations sociales",
     "Salariés", "Identité, coordonnées bancaires", "Obligation légale", "Expert-comptable",
     "Non", "5 ans après le départ du salarié", "Contrôle d'accès des utilisateurs",
     "Non", "Mme Durand (RH)"],
    ["R-02", "Vidéoprotection", "Sécurité des locaux", "",
     "Visiteurs; salariés", "Images, journal d'utilisation", "Intérêt légitime",
     "Prestataire de télésurveillance", "États-Unis (clauses contractuelles types)",
     "30 jours", "Chiffrement des données; coffre à clés", "Oui", "M. Martin"],
]
CNIL_EN = [
    ["No / REF", "Name", "Main purpose", "Sub-purposes", "Data subjects",
     "Categories of personal data", "Legal basis", "Recipients", "Transfers outside the EU",
     "Retention period", "Security measures", "DPIA required?", "Operational owner"],
    ["R-01", "Payroll", "Paying the staff", "Payslips; social declarations", "Employees",
     "Identity, bank details", "Legal obligation", "Accountant", "No",
     "5 years after the employee leaves", "User access control", "No", "Ms Durand (HR)"],
    ["R-02", "CCTV", "Security of the premises", "", "Visitors; employees",
     "Images, contact details", "Art. 6(1)(f)", "Monitoring company",
     "United States (standard contractual clauses)", "30 days",
     "Data encryption; key safe", "Yes", "Mr Martin"],
]
ICO_EN = [
    ["Business function", "Purpose of processing",
     "Name and contact details of joint controller (if applicable)",
     "Categories of individuals", "Categories of personal data", "Categories of recipients",
     "Link to contract with processor",
     "Names of third countries or international organisations that personal data are "
     "transferred to (if applicable)",
     "Safeguards for exceptional transfers of personal data to third countries or "
     "international organisations (if applicable)",
     "Retention schedule (if possible)",
     "General description of technical and organisational security measures (if possible)",
     "Article 6 lawful basis for processing personal data",
     "Legitimate interests for the processing (if applicable)",
     "Link to record of consent", "Rights available to individuals",
     "The source of the personal data (if applicable)",
     "Data Protection Impact Assessment required?", "Location of personal data"],
    ["Sales", "Newsletter", "", "Customers", "Contact details", "Mailing service",
     "https://contracts.example/mailer", "United States", "Standard contractual clauses",
     "Until consent is withdrawn", "Encryption at rest", "Consent", "",
     "CRM consent log", "Right to withdraw consent", "Sign-up form", "No", "Cloud CRM"],
    ["HR", "Recruitment", "Group HR Ltd, 1 High Street", "Job applicants",
     "Identity, CV, references", "Hiring managers", "", "", "", "6 months",
     "Access control", "6.1.b", "", "", "Access, rectification", "Applicants", "No",
     "HR share drive"],
]
ICO_FR = [
    ["Fonction ou service", "Finalité du traitement", "Responsable conjoint",
     "Catégories de personnes concernées", "Catégories de données personnelles",
     "Catégories de destinataires", "Lien vers le contrat du sous-traitant",
     "Pays tiers", "Type de garanties", "Durée de conservation", "Mesures de sécurité",
     "Base légale", "Intérêt légitime poursuivi", "Droits des personnes",
     "Source des données", "AIPD requise ?", "Emplacement des données"],
    ["Ventes", "Lettre d'information", "", "Clients", "Coordonnées",
     "Service d'envoi de courriels", "https://contrats.example/envoi", "États-Unis",
     "Clauses contractuelles types", "Jusqu'au retrait du consentement",
     "Chiffrement des données", "Consentement", "", "Retrait du consentement",
     "Formulaire d'inscription", "Non", "CRM en ligne"],
    ["Ventes", "Prospection des anciens clients", "", "Anciens clients", "Identité, Contact",
     "Service commercial", "", "", "", "3 ans après le dernier contact",
     "Contrôle d'accès des utilisateurs", "art. 6, par. 1, let. f RGPD",
     "Relancer nos clients", "Opposition", "Fichier clients", "Non", "Serveur interne"],
]
LAYOUTS = {"cnil-fr": CNIL_FR, "cnil-en": CNIL_EN, "ico-en": ICO_EN, "ico-fr": ICO_FR}


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table-props="urn:x"'
)


def ods_body(sheets: dict[str, list[list[str]]], *, hidden: tuple[str, ...] = ()) -> str:
    """The office:body of an OpenDocument spreadsheet holding `sheets` as strings."""
    parts = ["<office:body><office:spreadsheet>"]
    for name, rows in sheets.items():
        style = ' table:style-name="hid"' if name in hidden else ""
        parts.append(f'<table:table table:name="{_xml(name)}"{style}>')
        for cells in rows:
            parts.append("<table:table-row>")
            for cell in cells:
                if cell:
                    paragraphs = "".join(f"<text:p>{_xml(p)}</text:p>" for p in cell.split("\n"))
                    parts.append(f'<table:table-cell office:value-type="string">{paragraphs}'
                                 "</table:table-cell>")
                else:
                    parts.append("<table:table-cell/>")
            parts.append('<table:table-cell table:number-columns-repeated="1000"/>')
            parts.append("</table:table-row>")
        parts.append('<table:table-row table:number-rows-repeated="1048000">'
                     "<table:table-cell/></table:table-row></table:table>")
    parts.append("</office:spreadsheet></office:body>")
    return "".join(parts)


HIDDEN_STYLE = ('<office:automatic-styles><style:style style:name="hid" style:family="table">'
                '<style:table-properties table:display="false"/></style:style>'
                "</office:automatic-styles>")


def ods_bytes(sheets: dict[str, list[list[str]]], *, hidden: tuple[str, ...] = ()) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               f"{HIDDEN_STYLE}{ods_body(sheets, hidden=hidden)}</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


def fods_bytes(sheets: dict[str, list[list[str]]]) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODS_NS} '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f"{HIDDEN_STYLE}{ods_body(sheets)}</office:document>").encode()


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def as_format(rows: list[list[str]], fmt: str) -> bytes:
    if fmt == "csv":
        return csv_bytes(rows)
    if fmt == "xlsx":
        return xlsx_bytes([list[object](r) for r in rows])
    if fmt == "ods":
        return ods_bytes({"Registre": rows})
    return fods_bytes({"Registre": rows})


def landed_text(row: ParsedRow) -> str:
    """Everything a parsed row keeps, folded, to find each source cell's words in."""
    parts: list[str] = [row.name, row.purpose, row.categories_text, row.basis_text,
                        *row.categories, *(j for _, j in row.bases)]
    for key, value in row.values.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            parts += list(item.values()) if isinstance(item, dict) else [str(item)]
        parts.append(key)
    for name, text in row.notes:
        parts += [name, text]
    return fold(" ".join(" ".join(parts).split()))


def understood(cell: str, row: ParsedRow) -> bool:
    """A cell turned into a code or a yes/no: it names what the row holds."""
    folded = fold(cell).strip(" .")
    codes = {code for code, _ in row.bases}
    for value in row.values.values():
        for item in value if isinstance(value, list) else [value]:
            codes |= set(map(str, item.values())) if isinstance(item, dict) else {str(item)}
    names = {fold(x) for term in (*LEGAL_BASES, *SECURITY_MEASURES, *STATUSES, *SAFEGUARDS,
                                  *ART9_CONDITIONS)
             if term.code in codes
             for x in (term.fr, term.en, term.code, term.code.replace("_", " "), term.article)}
    return folded in names or folded in {"oui", "non", "yes", "no"}


def assert_every_cell_lands(rows: list[list[str]], table: ParsedTable) -> None:
    header, *data = rows
    assert len(table.rows) == len(data)
    for cells, row in zip(data, table.rows, strict=True):
        kept = landed_text(row)
        for title, cell in zip(header, cells, strict=True):
            if not cell.strip() or understood(cell, row):
                continue
            for piece in re.split(r"[\n;,()]", cell):
                piece = " ".join(piece.split()).strip(" .")
                if any(ch.isalnum() for ch in piece) and not understood(piece, row):
                    assert fold(piece) in kept, (title, piece, row)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods", "fods"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_cell_of_a_cnil_or_ico_register_lands_in_a_field_or_a_note(
        layout: str, fmt: str) -> None:
    rows = LAYOUTS[layout]
    lang = layout.rsplit("-", 1)[1]
    known = {"data_categories": [n for n, *_ in STARTER_CATEGORIES[lang]]}
    table = parse_bytes(as_format(rows, fmt), filename=f"r.{fmt}", known=known)
    assert table.ok, table.errors
    assert_every_cell_lands(rows, table)
    # No column is lost, and the ones the catalogue knows go to their fields.
    assert len(table.columns) == len(rows[0])
    first = table.rows[0]
    assert first.values.get("retention") == rows[1][[fold(h) for h in rows[0]].index(
        next(fold(h) for h in rows[0] if "conserv" in fold(h) or "retention" in fold(h)))]
    assert first.values.get("data_subjects")
    assert first.values.get("recipients")
    assert first.bases


def test_the_cnil_layout_fills_its_fields() -> None:
    table = parse_bytes(csv_bytes(CNIL_FR), filename="cnil.csv",
                        known={"data_categories": FR})
    paie, video = table.rows
    assert (paie.name, paie.purpose) == ("Paie", "Gestion de la paie des salariés")
    assert paie.values["data_subjects"] == ["Salariés"]
    assert paie.values["recipients"] == ["Expert-comptable"]
    assert paie.values["dpia_required"] is False
    assert paie.values["security_measures"] == ["access_control"]
    assert ("Responsable opérationnel", "Mme Durand (RH)") in paie.notes
    assert ("N° / REF", "R-01") in paie.notes  # the register gives its own references
    assert ("Transferts hors UE", "Non") in paie.notes  # said, kept, but no transfer
    assert video.values["data_subjects"] == ["Visiteurs", "Salariés"]  # first spelling kept
    assert video.values["transfers"] == [{"country": "États-Unis", "recipient": "",
                                          "safeguard": "scc",
                                          "safeguard_detail": "clauses contractuelles types"}]
    assert video.values["security_measures"] == ["encryption"]
    assert video.values["security_other"] == "coffre à clés"
    assert video.values["dpia_required"] is True
    # "journal d'utilisation" is one category, not "journal d'" and "Utilisation".
    assert video.categories == ["Images", "journal d'utilisation"]


def test_the_ico_layout_joins_the_transfer_columns_and_the_legitimate_interest() -> None:
    table = parse_bytes(csv_bytes(ICO_FR), filename="ico.csv", known={"data_categories": FR})
    letter, prospects = table.rows
    assert letter.values["transfers"] == [{"country": "États-Unis", "recipient": "",
                                           "safeguard": "scc", "safeguard_detail": ""}]
    assert prospects.bases == [("legitimate_interests", "Relancer nos clients")]
    assert prospects.categories == ["Identité", "Contact"]
    assert prospects.values["business_function"] == "Ventes"


def test_dry_run_shows_where_each_column_goes(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cnil.csv"
    source.write_bytes(csv_bytes(CNIL_FR))
    assert cli.run(["--db", str(tmp_path / "r.db"), "import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Durée de conservation  →  Durée de conservation" in out
    assert "Responsable opérationnel  →  note « Responsable opérationnel »" in out
    assert not (tmp_path / "r.db").exists()


# --------------------------------------------------------------------------- workbooks


def test_a_workbook_whose_register_is_on_another_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Lisez-moi"
    cover.append(["Registre des activités de traitement de la société X"])
    cover.append(["Mis à jour chaque trimestre"])
    sheet = workbook.create_sheet("Traitements")
    for row in CNIL_FR:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    table = parse_bytes(out.getvalue(), filename="w.xlsx", known={"data_categories": FR})
    assert table.sheet == "Traitements"
    assert [row.name for row in table.rows] == ["Paie", "Vidéoprotection"]
    assert any("Lisez-moi" in w for w in table.warnings)  # said, not silently ignored


def test_merged_cells_fill_every_cell_they_cover_and_hidden_rows_are_reported() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Finalité", "Catégories de données", "Base légale"])
    sheet.append(["Paie", "Identité", "Obligation légale"])
    sheet.append(["Accueil", "Contact", None])
    sheet.merge_cells("C2:C3")
    sheet.row_dimensions[3].hidden = True
    hidden = workbook.create_sheet("Brouillon")
    hidden.sheet_state = "hidden"
    hidden.append(["notes"])
    out = io.BytesIO()
    workbook.save(out)
    table = parse_bytes(out.getvalue(), filename="m.xlsx", known={"data_categories": FR})
    assert [row.bases for row in table.rows] == [[("legal_obligation", "")]] * 2
    assert any("masquée(s) 3" in w for w in table.warnings)


def test_a_computed_formula_gives_its_value() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Finalité", "Catégories de données", "Base légale"])
    sheet.append(['=CONCATENATE("Pa", "ie")', "Identité", "Obligation légale"])
    out = io.BytesIO()
    workbook.save(out)
    # As a spreadsheet program saves it: the formula with its computed value.
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        r'<c r="A2"><f>(.*?)</f><v\s*/?>(?:</v>)?', r'<c r="A2" t="str"><f>\1</f><v>Paie</v>',
        xml).encode()
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    table = parse_bytes(saved.getvalue(), filename="f.xlsx", known={"data_categories": FR})
    assert [row.purpose for row in table.rows] == ["Paie"]


def test_ods_spans_repeats_and_hidden_sheets() -> None:
    body = (
        '<office:body><office:spreadsheet><table:table table:name="Reg">'
        "<table:table-row><table:table-cell><text:p>Finalité</text:p></table:table-cell>"
        "<table:table-cell><text:p>Catégories de données</text:p></table:table-cell>"
        "<table:table-cell><text:p>Base légale</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="2"><table:table-cell>'
        "<text:p>Paie<text:s text:c=\"2\"/>mensuelle</text:p></table:table-cell>"
        '<table:table-cell table:number-rows-spanned="3"><text:p>Identité</text:p>'
        "</table:table-cell><table:table-cell><text:p>Contrat</text:p></table:table-cell>"
        "</table:table-row>"
        '<table:table-row table:visibility="collapse"><table:table-cell><text:p>Accueil'
        "</text:p></table:table-cell><table:covered-table-cell/><table:table-cell>"
        '<text:p>Consentement</text:p></table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row></table:table>'
        "</office:spreadsheet></office:body>"
    )
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    table = parse_bytes(data.encode(), filename="r.fods", known={"data_categories": FR})
    assert [(r.purpose, r.categories) for r in table.rows] == [
        ("Paie mensuelle", ["Identité"]), ("Paie mensuelle", ["Identité"]),
        ("Accueil", ["Identité"])]
    assert any("masquée(s) 4" in w for w in table.warnings)


def test_an_ods_formula_without_value_is_refused_naming_the_cell() -> None:
    body = ('<office:body><office:spreadsheet><table:table table:name="R"><table:table-row>'
            "<table:table-cell><text:p>Finalité</text:p></table:table-cell>"
            '<table:table-cell table:formula="of:=1+1"/></table:table-row></table:table>'
            "</office:spreadsheet></office:body>")
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    with pytest.raises(RegistreError, match="cellule B1 : formule sans valeur"):
        parse_bytes(data.encode(), filename="r.fods")


def test_an_fods_with_entities_is_refused() -> None:
    data = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
            f'<office:document {ODS_NS} office:mimetype="application/vnd.oasis.opendocument.'
            'spreadsheet"><office:body/></office:document>').encode()
    with pytest.raises(RegistreError, match="ODS"):
        parse_bytes(data, filename="r.fods")


def test_a_register_spread_over_sheets_keyed_by_the_activity_is_joined() -> None:
    """CISO Assistant's processing export: one sheet per kind of item, each row naming its
    processing."""
    sheets = {
        "Processings": [["ref_id", "name", "description", "status", "dpia_required"],
                        ["P1", "Payroll", "Paying the staff", "Draft", "FALSE"],
                        ["P2", "Newsletter", "Sending news to customers", "Draft", "TRUE"]],
        "Purposes": [["processing", "name", "legal_basis"],
                     ["Payroll", "Salary payment", "Legal obligation"],
                     ["Newsletter", "Marketing", "Consent"]],
        "Personal data": [["processing", "name", "retention"],
                          ["Payroll", "Bank details", "5 years"],
                          ["Payroll", "Identity", "5 years"],
                          ["Newsletter", "Email address", "Until unsubscribed"]],
        "Data subjects": [["processing", "name"], ["Payroll", "Employees"],
                          ["Newsletter", "Customers"]],
        "Recipients": [["processing", "name"], ["Payroll", "Accountant"]],
        "Transfers": [["processing", "country", "legal_basis"],
                      ["Newsletter", "United States", "Standard contractual clauses"]],
    }
    table = parse_bytes(ods_bytes(sheets), filename="ciso.ods",
                        known={"data_categories": EN})
    assert table.ok, table.errors
    assert table.sheet == "Processings"
    assert sorted(table.joined_sheets) == sorted(set(sheets) - {"Processings"})
    payroll, newsletter = table.rows
    assert payroll.name == "Payroll"
    assert "Salary payment" in payroll.purpose
    assert payroll.bases[0][0] == "legal_obligation"
    assert payroll.categories == ["Bank details", "Identity"]
    assert payroll.values["retention"] == "5 years"
    assert payroll.values["data_subjects"] == ["Employees"]
    assert payroll.values["recipients"] == ["Accountant"]
    assert newsletter.values["transfers"][0]["country"] == "United States"
    assert newsletter.bases[0][0] == "consent"
    assert newsletter.values["dpia_required"] is True


# --------------------------------------------------------------------------- category names


@pytest.mark.parametrize(
    ("cell", "known", "expected"),
    [
        ("Identity, contact details", EN, ["Identity", "contact details"]),
        ("Données de contact, Identité", FR, ["Données de contact", "Identité"]),
        ("journal d'utilisation", FR, ["journal d'utilisation"]),
        ("Identité Contact Financières", FR, ["Identité", "Contact", "Financières"]),
        ("Données de connexion et de navigation", FR,
         ["Données de connexion et de navigation"]),
        ("(a) Identity (b) Contact", EN, ["Identity", "Contact"]),
        ("Contact 2, Identité", FR, ["Contact 2", "Identité"]),  # a number: a longer name
    ],
)
def test_category_names_are_matched_whole(cell: str, known: list[str],
                                          expected: list[str]) -> None:
    text = f"Purpose\tData categories\tLawful basis\nPayroll\t{cell}\tContract\n"
    table = parse_bytes(text.encode(), filename="c.tsv", known={"data_categories": known})
    assert table.rows[0].categories == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(EN), min_size=1, max_size=6, unique=True),
       st.sampled_from([", ", "; ", "\n", " "]))
def test_known_names_listed_any_way_come_back_whole(names: list[str], sep: str) -> None:
    cell = sep.join(names)
    text = f'Purpose\tData categories\tLawful basis\nPayroll\t"{cell}"\tContract\n'
    table = parse_bytes(text.encode(), filename="c.tsv", known={"data_categories": EN})
    assert table.rows[0].categories == names


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                        max_size=30), min_size=3, max_size=8))
@example(cells=["DATA:CATEGORIE"] * 3)  # a row of text that reads like titles, under titles
def test_no_cell_text_is_lost_under_any_header(cells: list[str]) -> None:
    """Whatever the titles, every non-blank cell of a data row is kept somewhere."""
    header = ["Purpose", "Retention", *[f"Extra {i}" for i in range(len(cells) - 2)]]
    rows = [header, ["Payroll" if not cells[0].strip() else cells[0], *cells[1:]]]
    table = parse_bytes(csv_bytes(rows), filename="p.csv")
    if not table.rows:
        return
    kept = landed_text(table.rows[0])
    for cell in rows[1]:
        words = " ".join(cell.split())
        if words and any(ch.isalnum() for ch in words):
            assert fold(words) in kept or understood(cell, table.rows[0])


# --------------------------------------------------------------------------- the command


def test_readme_lists_the_catalogue_titles_as_the_columns_command_prints_them(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    set_language("en")
    assert cli.run(["columns", "--markdown"]) == 0
    printed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("|")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- columns:start -->")[1].split("<!-- columns:end -->")[0]
    assert [line for line in block.splitlines() if line.strip()] == printed


def test_an_english_user_gets_an_english_register_with_its_categories_matched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    set_language("")
    source = tmp_path / "notice.csv"
    source.write_bytes(csv_bytes(CNIL_EN))
    db = tmp_path / "new.db"
    assert cli.run(["--db", str(db), "import", str(source)]) == 0
    out = capsys.readouterr().out
    # "Identity" is an English starter category: not created again.
    assert "New categories created: bank details, Images, contact details" in out
    store = Store.open(db, readonly=True)
    assert store.language() == "en"
    store.close()
    french = tmp_path / "fr.db"
    assert cli.run(["--db", str(french), "import", str(source), "--lang", "fr"]) == 0
    store = Store.open(french, readonly=True)
    assert store.language() == "fr"
    store.close()


@pytest.mark.parametrize(("choice", "activities", "retention"),
                         [("skip", 2, ""), ("update", 2, "5 ans après le départ du salarié"),
                          ("add", 4, "")])
def test_rows_already_in_the_register_are_pointed_out_and_handled_as_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], choice: str, activities: int,
        retention: str) -> None:
    first = tmp_path / "first.csv"
    first.write_bytes(csv_bytes([["Finalité", "Catégories de données", "Base légale"],
                                 ["Gestion de la paie des salariés", "Identité", "Contrat"],
                                 ["Sécurité des locaux", "Images", "Intérêt légitime"]]))
    db = tmp_path / "r.db"
    assert cli.run(["--db", str(db), "import", str(first)]) == 0
    again = tmp_path / "cnil.csv"
    again.write_bytes(csv_bytes(CNIL_FR))
    capsys.readouterr()
    assert cli.run(["--db", str(db), "import", str(again), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 lignes reprennent des activités déjà au registre" in out
    assert "ligne 2 → T-001" in out
    assert cli.run(["--db", str(db), "import", str(again), "--duplicates", choice]) == 0
    store = Store.open(db, readonly=True)
    with store.read() as session:
        doc = jsondoc.export_document(session)
    store.close()
    assert len(doc["activities"]) == activities
    assert doc["activities"][0]["retention"] == retention


@pytest.mark.parametrize("fmt", ["ods", "xlsx"])
def test_a_wide_sheet_comes_in_to_its_last_column(fmt: str) -> None:
    """An export with many transfers, or a register with columns of its own, is wider than
    a few dozen columns: the 90th column's text still arrives (here as a named note)."""
    extra = [f"Colonne {n}" for n in range(4, 91)]
    rows = [["Finalité", "Catégories de données", "Base légale", *extra],
            ["Paie", "Identité", "Contrat", *[f"texte {n}" for n in range(4, 91)]]]
    data = ods_bytes({"Registre": rows}) if fmt == "ods" else xlsx_bytes(
        [list[object](r) for r in rows])
    table = parse_bytes(data, filename=f"r.{fmt}", known={"data_categories": FR})
    assert [row.purpose for row in table.rows] == ["Paie"]
    assert table.rows[0].notes[-1] == ("Colonne 90", "texte 90")
    assert len(table.rows[0].notes) == len(extra)


def test_text_beyond_the_last_column_read_is_refused_not_dropped() -> None:
    far = ('<table:table-cell table:number-columns-repeated="5000"/>'
           '<table:table-cell office:value-type="string"><text:p>loin</text:p>'
           "</table:table-cell>")
    body = ('<office:body><office:spreadsheet><table:table table:name="R"><table:table-row>'
            "<table:table-cell><text:p>Finalité</text:p></table:table-cell>"
            f"{far}</table:table-row></table:table></office:spreadsheet></office:body>")
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    with pytest.raises(RegistreError, match="au-delà de la colonne"):
        parse_bytes(data.encode(), filename="r.fods")


def test_retention_per_category_in_one_cell_lands_in_the_field() -> None:
    """ "Identité : 5 ans" a line: each line naming one of the row's categories goes to that
    category's retention; a line that names none is kept in a note, never dropped."""
    rows = [["Finalité", "Catégories de données", "Base légale",
             "Durée de conservation par catégorie"],
            ["Paie", "Identité\nVie professionnelle", "Contrat",
             "identite : 5 ans après le départ\nVie professionnelle – 10 ans\nArchives : 30 ans"]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known={"data_categories": FR})
    row = table.rows[0]
    assert row.values["category_retention"] == {"Identité": "5 ans après le départ",
                                                "Vie professionnelle": "10 ans"}
    assert row.notes == [("Durée de conservation par catégorie", "Archives : 30 ans")]


def test_hidden_columns_are_read_and_reported() -> None:
    """A column hidden in the workbook is still imported, and the preview says so: the user
    may not remember what they hid."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Finalité", "Catégories de données", "Base légale", "Commentaire"])
    sheet.append(["Paie", "Identité", "Contrat", "à revoir"])
    sheet.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    workbook.save(out)
    table = parse_bytes(out.getvalue(), filename="r.xlsx", known={"data_categories": FR})
    assert table.rows[0].notes == [("Commentaire", "à revoir")]
    assert any("colonne(s) masquée(s) D" in w for w in table.warnings)

    body = ('<office:body><office:spreadsheet><table:table table:name="R">'
            '<table:table-column table:number-columns-repeated="2"/>'
            '<table:table-column table:visibility="collapse"/><table:table-column/>'
            "<table:table-row><table:table-cell><text:p>Finalité</text:p></table:table-cell>"
            "<table:table-cell><text:p>Catégories de données</text:p></table:table-cell>"
            "<table:table-cell><text:p>Base légale</text:p></table:table-cell>"
            "</table:table-row><table:table-row><table:table-cell><text:p>Paie</text:p>"
            "</table:table-cell><table:table-cell><text:p>Identité</text:p></table:table-cell>"
            "<table:table-cell><text:p>Contrat</text:p></table:table-cell></table:table-row>"
            "</table:table></office:spreadsheet></office:body>")
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    table = parse_bytes(data.encode(), filename="r.fods", known={"data_categories": FR})
    assert [r.bases for r in table.rows] == [[("contract", "")]]
    assert any("colonne(s) masquée(s) C" in w for w in table.warnings)


def test_an_update_keeps_the_rows_notes_and_retention_per_category(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--duplicates update writes every filled cell into the activity: its own columns (named
    notes) and a retention per category too, the activity's other notes kept."""
    db = tmp_path / "r.db"
    first = tmp_path / "first.csv"
    first.write_bytes(csv_bytes([["Finalité", "Catégories de données", "Base légale", "Logiciel",
                                  "Contrat"],
                                 ["Paie", "Identité", "Contrat", "Silae", "C-12"]]))
    assert cli.run(["--db", str(db), "import", str(first)]) == 0
    again = tmp_path / "again.csv"
    again.write_bytes(csv_bytes([["Finalité", "Catégories de données", "Logiciel",
                                  "Durée de conservation par catégorie"],
                                 ["Paie", "Identité", "Payfit", "Identité : 5 ans"]]))
    assert cli.run(["--db", str(db), "import", str(again), "--duplicates", "update"]) == 0
    store = Store.open(db, readonly=True)
    with store.read() as session:
        activity = jsondoc.export_document(session)["activities"][0]
    store.close()
    assert {n["name"]: n["text"] for n in activity["notes"]} == {"Logiciel": "Payfit",
                                                                 "Contrat": "C-12"}
    assert activity["category_retention"] == {"Identité": "5 ans"}


def test_a_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    """The parse pauses the collector for speed; after a table, and after a refusal, it runs
    again (a paused collector would let the editor's memory grow for ever)."""
    import gc

    table = "Finalité\tCatégories\nPaie\tIdentité\n".encode()
    assert gc.isenabled()
    parse_bytes(table, filename="t.tsv")
    assert gc.isenabled()
    with pytest.raises(RegistreError):
        parse_bytes(b"\x00\x01\x02binary", filename="t.bin")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_bytes(table, filename="t.tsv")
        assert not gc.isenabled()  # paused by the caller: left paused
    finally:
        gc.enable()


def test_messages_of_one_parse_are_in_the_language_it_started_in() -> None:
    """The language is looked up once a parse; a parse in English after one in French
    speaks English (it is not kept from one parse to the next)."""
    table = b"Finalit\xc3\xa9\tCat\xc3\xa9gories\nPaie\t\n"
    set_language("fr")
    try:
        assert any("aucune catégorie" in w for w in parse_bytes(table, filename="t").warnings)
        set_language("en")
        assert any("no data category" in w for w in parse_bytes(table, filename="t").warnings)
    finally:
        set_language("")


def test_a_cell_repeated_down_the_table_reads_the_same_on_every_row() -> None:
    """A text is read once a table: each row still gets its own lists, so a transfer's
    recipient given in its own column stays that row's, whatever the other rows say."""
    usa, measures = "États-Unis (clauses contractuelles types)", "Chiffrement des données; coffre"
    rows = [["Finalité", "Transferts hors UE", "Destinataire du transfert", "Mesures de sécurité",
             "Catégories de personnes concernées"],
            ["Paie", usa, "Hébergeur", measures, "Salariés"],
            ["Recrutement", usa, "Cabinet", measures, "Salariés"],
            ["Vidéo", usa, "", measures, "Salariés"]]
    paie, recrutement, video = parse_bytes(csv_bytes(rows), filename="t.csv").rows
    assert [r.values["transfers"][0]["recipient"] for r in (paie, recrutement, video)] == [
        "Hébergeur", "Cabinet", ""]
    assert all(r.values["transfers"][0]["safeguard"] == "scc" for r in (paie, video))
    assert [r.values["security_measures"] for r in (paie, video)] == [["encryption"]] * 2
    assert [r.values["security_other"] for r in (paie, video)] == ["coffre"] * 2
    paie.values["data_subjects"].append("Stagiaires")  # the editor's preview may edit a row
    assert recrutement.values["data_subjects"] == ["Salariés"]


def test_a_second_table_is_read_with_its_own_names() -> None:
    """The readings kept for one table are not the next one's: the same cells, read against
    other known names, or after other spellings, give that table's results."""
    header = ["Finalité", "Catégories de données", "Catégories de personnes concernées"]
    first = parse_bytes(csv_bytes([header, ["Paie", "données RH", "salariés"],
                                   ["Paie 2", "Données RH, Santé", "Salariés"]]),
                        filename="a.csv", known={"data_categories": ["Santé"]})
    assert first.new_categories == ["données RH"]
    assert [r.categories for r in first.rows] == [["données RH"], ["données RH", "Santé"]]
    assert [r.values["data_subjects"] for r in first.rows] == [["salariés"], ["salariés"]]
    second = parse_bytes(csv_bytes([header, ["Paie 2", "Données RH, Santé", "Salariés"]]),
                         filename="b.csv", known={"data_categories": ["Données RH"],
                                                  "data_subjects": ["Salariés"]})
    (row,) = second.rows
    assert row.categories == ["Données RH", "Santé"]
    assert second.new_categories == ["Santé"]
    assert row.values["data_subjects"] == ["Salariés"]
    assert row.warnings[0] == "nouvelles catégories de données : Santé."


def test_every_legal_basis_phrase_holds_one_of_the_words_searched_first() -> None:
    """A basis's wording is searched only in texts holding one of `_BASIS_WORDS`: each way of
    writing a basis (each alternative of its pattern) must hold one, or it would never match."""
    for code, pattern in importer._BASIS_PATTERNS:
        depth, start, alternatives = 0, 0, []
        for i, ch in enumerate(pattern):
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if ch == "|" and depth == 0:
                alternatives.append(pattern[start:i])
                start = i + 1
        alternatives.append(pattern[start:])
        for alternative in alternatives:
            assert any(w in alternative for w in importer._BASIS_WORDS), (code, alternative)


def _repeating(rows: int) -> bytes:
    """A table of `rows` rows giving the same unrecognised basis, then one naming its own."""
    lines = ["Finalité\tCatégories de données\tBase légale"]
    lines += [f"Activité {i}\tIdentité\tSelon la politique du groupe" for i in range(rows)]
    lines.append("Dernière\tIdentité\tConsentement")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_message_many_rows_share_is_told_once_with_their_lines() -> None:
    table = parse_bytes(_repeating(3), filename="t.tsv", known=importer.starter_names("fr"))
    assert len(table.warnings) == 3, "the table keeps one message a row"
    errors, warnings = importer.grouped(table)
    assert errors == []
    assert warnings == ["Lignes 2, 3 et 4 : fondement légal non reconnu, conservé tel quel : "
                        "« Selon la politique du groupe »"]


def test_past_ten_lines_the_others_are_counted() -> None:
    table = parse_bytes(_repeating(13), filename="t.tsv", known=importer.starter_names("fr"))
    _, warnings = importer.grouped(table)
    assert warnings == ["Lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 3 autres : fondement légal "
                        "non reconnu, conservé tel quel : « Selon la politique du groupe »"]


def test_grouping_keeps_the_tables_notices_and_the_errors() -> None:
    """The notice about text above the titles stays first, as it is; a row's error stays an
    error; the shared wording comes once, naming both lines."""
    table = parse_bytes(b"Note en t\xc3\xaate\n\n" + _repeating(2)
                        + b"\tContact\tContrat\n", filename="t.tsv",
                        known=importer.starter_names("fr"))
    errors, warnings = importer.grouped(table)
    assert errors == table.errors and len(errors) == 1 and errors[0].startswith(
        "Ligne 7 : finalité manquante")
    assert warnings == [
        "Ligne 1 : texte au-dessus des titres, non importé : « Note en tête »",
        "Lignes 4 et 5 : fondement légal non reconnu, conservé tel quel : "
        "« Selon la politique du groupe »"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
def test_a_column_left_untitled_between_titled_ones_still_comes_in(fmt: str) -> None:
    """A register whose header leaves one column blank (the officer's own remarks, between
    two titled columns): that column's text is kept, as a note named after its place, not
    dropped without a word."""
    rows = [["Finalité", "", "Catégories de données", "", "Base légale"],
            ["Paie", "voir le contrat", "Identité", "à revoir en mars", "Contrat"]]
    table = parse_bytes(as_format(rows, fmt), filename=f"r.{fmt}",
                        known={"data_categories": FR})
    row, = table.rows
    assert (row.purpose, row.categories, row.bases) == ("Paie", ["Identité"],
                                                        [("contract", "")])
    assert row.notes == [("Colonne 2", "voir le contrat"), ("Colonne 4", "à revoir en mars")]
    assert [c.title for c in table.columns] == ["Finalité", "Colonne 2",
                                                "Catégories de données", "Colonne 4",
                                                "Base légale"]


def test_two_columns_of_the_same_title_both_come_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A register with two "Commentaire" columns (or "Remarque" and "remarque"): the preview
    said all was well, then the import stopped on "L'activité a déjà une note
    « Commentaire »" and imported nothing. Both texts now land, in the one note of that
    name, a line each."""
    table = tmp_path / "registre.csv"
    table.write_bytes(csv_bytes([
        ["Finalité", "Catégories de données", "Commentaire", "Base légale", "commentaire "],
        ["Paie", "Identité", "vu avec l'expert-comptable", "Contrat", "à revoir en mars"],
        ["Recrutement", "Identité", "", "Consentement", "seul"]]))
    db = tmp_path / "r.db"
    assert cli.run(["--db", str(db), "import", str(table)]) == 0, capsys.readouterr().err
    store = Store.open(db, readonly=True)
    with store.read() as session:
        paie, recrutement = jsondoc.export_document(session)["activities"]
    store.close()
    assert paie["notes"] == [{"name": "Commentaire",
                              "text": "vu avec l'expert-comptable\nà revoir en mars"}]
    assert recrutement["notes"] == [{"name": "commentaire", "text": "seul"}]


def test_a_column_hidden_in_libreoffice_is_reported_too() -> None:
    """LibreOffice saves an XLSX's hidden column as `<col … max="4" min="4" …/>` (max
    first): the preview said nothing of it, as if no column were hidden."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Finalité", "Catégories de données", "Base légale", "Commentaire"])
    sheet.append(["Paie", "Identité", "Contrat", "à revoir"])
    sheet.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    workbook.save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    as_libreoffice = re.sub(r"<col ([^>]*?)min=\"4\" max=\"4\"",
                            r'<col collapsed="false" max="4" min="4" \1', xml)
    assert as_libreoffice != xml
    parts["xl/worksheets/sheet1.xml"] = as_libreoffice.encode()
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    table = parse_bytes(saved.getvalue(), filename="r.xlsx", known={"data_categories": FR})
    assert table.rows[0].notes == [("Commentaire", "à revoir")]
    assert any("colonne(s) masquée(s) D" in w for w in table.warnings), table.warnings


def test_a_joined_sheets_column_left_untitled_still_comes_in() -> None:
    """A sheet of recipients naming the activity of each row, one of its columns left
    without a title: its text is kept in a note of the activity, not dropped."""
    workbook = openpyxl.Workbook()
    main = workbook.active
    assert main is not None
    main.title = "Traitements"
    main.append(["Nom", "Finalité", "Catégories de données", "Base légale"])
    main.append(["Paie", "Verser les salaires", "Identité", "Obligation légale"])
    recipients = workbook.create_sheet("Destinataires")
    recipients.append(["Traitement", "Nom", None, "Commentaire"])
    recipients.append(["Paie", "Expert-comptable", "mission annuelle", "lettre signée"])
    out = io.BytesIO()
    workbook.save(out)
    table = parse_bytes(out.getvalue(), filename="r.xlsx", known={"data_categories": FR})
    assert table.joined_sheets == ["Destinataires"]
    row, = table.rows
    assert row.values["recipients"] == ["Expert-comptable"]
    assert row.notes == [("Destinataires › Colonne 3", "mission annuelle"),
                         ("Destinataires › Commentaire", "lettre signée")]


def test_an_ods_cell_holding_a_bulleted_list_keeps_its_items() -> None:
    """A categories cell written as a bulleted list (text:list, as pasted from a word
    processor) came in empty: "aucune catégorie de données", its items gone."""
    body = ('<office:body><office:spreadsheet><table:table table:name="R">'
            "<table:table-row><table:table-cell><text:p>Finalité</text:p></table:table-cell>"
            "<table:table-cell><text:p>Catégories de données</text:p></table:table-cell>"
            "<table:table-cell><text:p>Base légale</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Paie</text:p></table:table-cell>"
            '<table:table-cell office:value-type="string"><text:list><text:list-item>'
            "<text:p>Identité</text:p></text:list-item><text:list-item><text:p>Salaire</text:p>"
            "<text:list><text:list-item><text:p>Primes</text:p></text:list-item></text:list>"
            "</text:list-item></text:list></table:table-cell>"
            "<table:table-cell><text:p>Contrat</text:p></table:table-cell></table:table-row>"
            "</table:table></office:spreadsheet></office:body>")
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    table = parse_bytes(data.encode(), filename="r.fods", known={"data_categories": FR})
    row, = table.rows
    assert row.categories == ["Identité", "Salaire", "Primes"]
    assert row.categories_text == "Identité Salaire Primes"


def test_text_kept_in_the_cells_a_merge_covers_is_not_lost() -> None:
    """LibreOffice can merge cells "keeping the contents of the hidden cells": an ODS's
    covered cell then holds text of its own, which came to nothing. It is read, as an
    XLSX's is; a covered cell without text still takes the merged cell's."""
    body = ('<office:body><office:spreadsheet><table:table table:name="R">'
            "<table:table-row><table:table-cell><text:p>Finalité</text:p></table:table-cell>"
            "<table:table-cell><text:p>Catégories de données</text:p></table:table-cell>"
            "<table:table-cell><text:p>Commentaire</text:p></table:table-cell>"
            "<table:table-cell><text:p>Base légale</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Paie</text:p></table:table-cell>"
            '<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2">'
            "<text:p>Identité</text:p></table:table-cell>"
            '<table:covered-table-cell office:value-type="string"><text:p>vu avec le DRH'
            "</text:p></table:covered-table-cell>"
            "<table:table-cell><text:p>Contrat</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Accueil</text:p></table:table-cell>"
            '<table:covered-table-cell table:number-columns-repeated="2"/>'
            "<table:table-cell><text:p>Contrat</text:p></table:table-cell></table:table-row>"
            "</table:table></office:spreadsheet></office:body>")
    data = (f'<?xml version="1.0"?><office:document {ODS_NS} office:mimetype='
            f'"application/vnd.oasis.opendocument.spreadsheet">{body}</office:document>')
    table = parse_bytes(data.encode(), filename="r.fods", known={"data_categories": FR})
    paie, accueil = table.rows
    assert paie.notes == [("Commentaire", "vu avec le DRH")]
    assert (accueil.categories, accueil.notes) == (["Identité"], [("Commentaire", "Identité")])


@pytest.mark.parametrize("cover", [["Registre des traitements"],
                                   ["Responsable du traitement", "Dupont SARL"]])
def test_titles_below_a_long_cover_block_are_pointed_at(cover: list[str]) -> None:
    """A register opening on a dozen lines about the company (its name, its DPO, the
    version…), the titles on line 13: it was "not a table of processing activities", or
    each row had "too many columns… add the column titles". The message now names the
    line of the titles and what to do."""
    rows = [[*cover[:-1], f"{cover[-1]} {n}"] for n in range(12)]
    rows += [["Finalité", "Catégories de données", "Base légale", "Durée de conservation"],
             ["Paie", "Identité", "Contrat", "5 ans"]]
    with pytest.raises(RegistreError) as refused:
        parse_bytes(csv_bytes(rows), filename="registre.csv", known={"data_categories": FR})
    assert refused.value.message == (
        "registre.csv, ligne 13 : cette ligne semble porter les titres des colonnes, mais "
        "ils sont cherchés dans les 10 premières lignes remplies. Supprimez des lignes "
        "au-dessus, puis importez le tableau à nouveau.")


# --------------------------------------------------------------------------- dates


DPIA = "Date de l'AIPD"


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods", "fods"])
def test_a_dpia_date_is_read_as_a_day_and_any_other_text_is_kept_in_a_note(fmt: str) -> None:
    """31/01/2025, 2025-01-31 and 31.01.2025 are the same day; "bientôt" and a day that
    does not exist leave the date empty, their text in a note and the account saying so."""
    rows = [["Finalité", DPIA], ["Paie", "31/01/2025"], ["Accueil", "2025-01-31"],
            ["Badges", "31.01.2025"], ["Vidéo", "bientôt"], ["Site", "31/02/2025"]]
    table = parse_bytes(as_format(rows, fmt), filename=f"r.{fmt}", known_categories=FR)
    assert table.ok, table.errors
    assert [row.values.get("dpia_date") for row in table.rows] == ["2025-01-31"] * 3 + [None] * 2
    assert [row.notes for row in table.rows] == [[], [], [], [(DPIA, "bientôt")],
                                                 [(DPIA, "31/02/2025")]]
    said = [w for w in table.warnings if "ne se lit pas comme une date" in w]
    assert len(said) == 2
    assert "ligne 5" in said[0].lower() and "« bientôt »" in said[0]
    assert "ligne 6" in said[1].lower() and "« 31/02/2025 »" in said[1]


def test_a_date_cell_of_a_workbook_is_the_day_it_shows(tmp_path: Path) -> None:
    """A real date cell (XLSX's number styled as a date, ODS's date value) lands as its day,
    and the register keeps the unreadable one's text as a note."""
    import datetime as dt

    xlsx = tmp_path / "r.xlsx"
    xlsx.write_bytes(xlsx_bytes([["Finalité", DPIA], ["Paie", dt.datetime(2025, 1, 31)],
                                 ["Vidéo", "bientôt"]]))
    cell = ('<table:table-cell office:value-type="date" office:date-value="2025-01-31">'
            "<text:p>31 janv. 2025</text:p></table:table-cell>")
    fods = fods_bytes({"Registre": [["Finalité", DPIA], ["Paie", "@"]]}).replace(
        b'<table:table-cell office:value-type="string"><text:p>@</text:p></table:table-cell>',
        cell.encode())
    table = parse_bytes(fods, filename="r.fods", known_categories=FR)
    assert table.rows[0].values["dpia_date"] == "2025-01-31"
    db = tmp_path / "r.db"
    assert cli.run(["--db", str(db), "import", str(xlsx)]) == 0
    store = Store.open(db, readonly=True)
    with store.read() as session:
        paie, video = jsondoc.export_document(session)["activities"]
    store.close()
    assert paie["dpia_date"] == "2025-01-31"
    assert video["dpia_date"] == ""
    assert video["notes"] == [{"name": DPIA, "text": "bientôt"}]


# --------------------------------------------------------------------------- cell comments


COMMENTED = [["Finalité", "Durée de conservation", "Base légale"],
             ["Paie", "5 ans", "Obligation légale"],
             ["Accueil", "", "Intérêt légitime"]]
COMMENTS = {"B1": "Durée après la fin du contrat", "B2": "Vérifier avec le DRH\nligne 2",
            "C3": "à revoir avec l'avocat", "A5": "Ajouter la vidéoprotection"}
ON_RETENTION = "Commentaire sur « Durée de conservation »"
ON_BASIS = "Commentaire sur « Base légale »"


def commented_workbook(fmt: str) -> bytes:
    """`COMMENTED` with the cell comments of `COMMENTS`, as each program writes them."""
    if fmt == "xlsx":
        from openpyxl.comments import Comment

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        for cells in COMMENTED:
            sheet.append([c or None for c in cells])
        for ref, text in COMMENTS.items():
            sheet[ref].comment = Comment(text, "Marie")
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()
    rows = [*COMMENTED, [""], [""]]
    body = ['<office:body><office:spreadsheet><table:table table:name="Registre">']
    for number, cells in enumerate(rows, start=1):
        body.append("<table:table-row>")
        for column, cell in enumerate(cells):
            ref = f"{spreadsheets.column_letter(column)}{number}"
            note = "".join(f"<text:p>{_xml(p)}</text:p>" for p in COMMENTS.get(ref, "").split("\n")
                           if p)
            note = (f"<office:annotation><dc:creator>Marie</dc:creator><dc:date>2025-01-02T10:00:00"
                    f"</dc:date>{note}</office:annotation>" if note else "")
            text = f"<text:p>{_xml(cell)}</text:p>" if cell else ""
            body.append(f'<table:table-cell office:value-type="string">{note}{text}'
                        "</table:table-cell>")
        body.append("</table:table-row>")
    body.append("</table:table></office:spreadsheet></office:body>")
    namespaces = f'{ODS_NS} xmlns:dc="http://purl.org/dc/elements/1.1/"'
    if fmt == "fods":
        return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {namespaces} '
                'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
                f'{"".join(body)}</office:document>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                         f'<office:document-content {namespaces}>{"".join(body)}'
                         "</office:document-content>")
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "fods"])
def test_a_cells_comment_is_kept_as_a_note_named_after_its_column(fmt: str) -> None:
    """Each word of a comment lands: on an activity's cell (even an empty one), as its note;
    on a title or an empty line, quoted whole in the account."""
    table = parse_bytes(commented_workbook(fmt), filename=f"r.{fmt}", known_categories=FR)
    assert table.ok, table.errors
    paie, accueil = table.rows
    assert paie.values["retention"] == "5 ans"
    assert paie.notes == [(ON_RETENTION, "Vérifier avec le DRH\nligne 2")]
    assert accueil.notes == [(ON_BASIS, "à revoir avec l'avocat")]
    said = [w for w in table.warnings if "commentaire de la cellule" in w]
    assert len(said) == 2
    assert "B1" in said[0] and "« Durée après la fin du contrat »" in said[0]
    assert "A5" in said[1] and "« Ajouter la vidéoprotection »" in said[1]


def test_excels_threaded_comment_is_kept_in_its_own_words(tmp_path: Path) -> None:
    """Excel 365 writes a thread (a comment and its replies) and, for older versions, a note
    saying so: the thread's words land, once, in the activity's note; a note of Excel's
    own form (the author's name in bold, the part named from the sheet's folder) too."""
    data = commented_workbook("xlsx")
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    parts[rels] = parts[rels].replace(b'Target="/xl/comments/comment1.xml"',
                                      b'Target="../comments/comment1.xml"').replace(
        b"</Relationships>",
        b'<Relationship Id="rT" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
        b'threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')
    legacy = parts["xl/comments/comment1.xml"].decode()
    legacy = legacy.replace(  # B2: Excel's stand-in for the thread
        "<t>Vérifier avec le DRH\nligne 2</t>",
        "<t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded "
        "comment.\n\nComment:\n    Vérifier avec le DRH</t>").replace(  # C3: bold author run
        "<t>à revoir avec l'avocat</t>",
        '<r><rPr><b/></rPr><t>Marie :</t></r><r><t xml:space="preserve">\nà revoir '
        "avec l'avocat</t></r>")
    parts["xl/comments/comment1.xml"] = legacy.encode()
    ns = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
    parts["xl/threadedComments/threadedComment1.xml"] = (
        f'<ThreadedComments xmlns="{ns}"><threadedComment ref="B2" id="{{1}}" personId="{{9}}">'
        "<text>Vérifier avec le DRH</text></threadedComment><threadedComment ref=\"B2\" "
        'id="{2}" parentId="{1}" personId="{9}"><text>C\'est fait : 5 ans.</text>'
        "</threadedComment></ThreadedComments>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body)
    table = parse_bytes(out.getvalue(), filename="r.xlsx", known_categories=FR)
    paie, accueil = table.rows
    assert paie.notes == [(ON_RETENTION, "Vérifier avec le DRH\nC'est fait : 5 ans.")]
    assert accueil.notes == [(ON_BASIS, "Marie :\nà revoir avec l'avocat")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
def test_the_titles_repeated_down_the_table_are_no_activity(fmt: str) -> None:
    """Two tables pasted one under the other, or a printout's titles on every page: the
    titles again are said, not made an activity "Finalité" of legal basis "Base légale"."""
    rows = [["Finalité", "Catégories de données", "Base légale"],
            ["Paie", "Identité", "Obligation légale"],
            ["Finalité ", "Catégories  de données", "Base légale"],
            ["Accueil", "Contact", "Consentement"],
            ["Finalité", "Catégories de données", "Précisions"]]  # not the titles: a row
    table = parse_bytes(as_format(rows, fmt), filename=f"r.{fmt}", known_categories=FR)
    assert [(row.line, row.purpose) for row in table.rows] == [
        (2, "Paie"), (4, "Accueil"), (5, "Finalité")]
    assert any(re.search(r"ligne 3 : les titres des colonnes, répétés", w, re.IGNORECASE)
               for w in table.warnings)


def test_the_text_above_the_titles_is_quoted_whole_in_the_account() -> None:
    """The cover block is not imported; the account quotes it to its last word, however long
    (it was cut at 200 characters, the rest said nowhere)."""
    cover = ("Registre tenu par la déléguée à la protection des données ; " * 8).strip()
    rows = [[cover, "Mise à jour : janvier"], ["Finalité", "Base légale"], ["Paie", "Contrat"]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
    assert f"« {cover} Mise à jour : janvier »" in table.warnings[0]


def test_a_number_keeps_the_zeros_its_format_shows(tmp_path: Path) -> None:
    """A postcode or a phone number typed as a number and formatted to show its zeros
    (00000, 00 00 00 00 00) comes in as the user sees it, not as 1000 or 612345678; a
    number shown with two decimals ("0.00") keeps them."""
    rows = [["Finalité", "Base légale", "Code postal du site", "Téléphone du référent",
             "Effectif"], ["Paie", "Contrat", 1000, 612345678, 3]]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for cells in rows:
        sheet.append(cells)
    sheet["C2"].number_format = "00000"
    sheet["D2"].number_format = '00" "00" "00" "00" "00'
    sheet["E2"].number_format = "0.00"  # decimals: shown as the format writes them
    out = io.BytesIO()
    workbook.save(out)
    fods = fods_bytes({"Registre": [[str(c) for c in cells] for cells in rows]})
    for value, text in ((1000, "01000"), (612345678, "06 12 34 56 78"), (3, "3,00")):
        fods = fods.replace(f'<table:table-cell office:value-type="string"><text:p>{value}'
                            "</text:p>".encode(),
                            f'<table:table-cell office:value-type="float" office:value='
                            f'"{value}"><text:p>{text}</text:p>'.encode())
    expected = [("Code postal du site", "01000"), ("Téléphone du référent", "06 12 34 56 78"),
                ("Effectif", "3,00")]
    for data, name in ((out.getvalue(), "r.xlsx"), (fods, "r.fods")):
        (row,) = parse_bytes(data, filename=name, known_categories=FR).rows
        assert row.notes == expected, name


def test_a_register_with_a_sheet_a_department_comes_in_whole(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each department's activities on a sheet of its own, under the same titles: every
    sheet's rows come in (the second was "not imported"), a row already in the register
    told by its sheet and line, not mistaken for the row of that line on the first sheet."""
    workbook = openpyxl.Workbook()
    hr = workbook.active
    assert hr is not None
    hr.title = "RH"
    titles = ["Finalité", "Catégories de données", "Base légale"]
    for cells in (titles, ["Paie", "Identité", "Obligation légale"],
                  ["Recrutement", "Identité", "Mesures précontractuelles"]):
        hr.append(cells)
    sales = workbook.create_sheet("Commercial")
    for cells in (titles, ["Prospection", "Contact", "Intérêt légitime"],
                  ["Facturation", "Identité", "Contrat"]):
        sales.append(cells)
    lists = workbook.create_sheet("Listes")  # a drop-down's values, hidden: not activities
    lists.sheet_state = "hidden"
    for cells in (titles, ["Accueil", "Contact", "Consentement"]):
        lists.append(cells)
    path = tmp_path / "registre.xlsx"
    workbook.save(path)
    db = tmp_path / "r.db"
    first = tmp_path / "first.csv"
    first.write_bytes(csv_bytes([titles, ["Prospection", "Contact", "Intérêt légitime"]]))
    assert cli.run(["--db", str(db), "import", str(first)]) == 0
    assert cli.run(["--db", str(db), "import", str(path), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "Feuille d'autres activités : « Commercial »" in preview
    assert "feuille « Commercial », ligne 2 → T-001 « Prospection »" in preview
    assert "Listes" in preview  # said not imported
    assert cli.run(["--db", str(db), "import", str(path), "--duplicates", "skip"]) == 0
    store = Store.open(db, readonly=True)
    with store.read() as session:
        names = [a["name"] for a in jsondoc.export_document(session)["activities"]]
    store.close()
    assert names == ["Prospection", "Paie", "Recrutement", "Facturation"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_titles_on_two_lines_a_group_over_its_columns(fmt: str) -> None:
    """A group's title over its columns' ("Transferts hors UE" over "Pays" and "Garanties",
    merged in a workbook, followed by a blank cell in a CSV): the second line is titles
    too, not an activity without a purpose that blocks the import."""
    rows = [["Finalité", "Base légale", "Transferts hors UE", "", "Commentaire"],
            ["", "", "Pays", "Garanties", ""],
            ["Paie", "Contrat", "Maroc", "Clauses contractuelles types", "à revoir"]]
    if fmt == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        for cells in rows:
            sheet.append([c or None for c in cells])
        sheet["D1"] = "Transferts hors UE"  # the merge keeps the first cell's title
        sheet.merge_cells("C1:D1")
        out = io.BytesIO()
        workbook.save(out)
        data = out.getvalue()
    else:
        data = csv_bytes(rows)
    table = parse_bytes(data, filename=f"r.{fmt}", known_categories=FR)
    assert table.ok, table.errors
    (row,) = table.rows
    assert (row.line, row.purpose, row.bases) == (3, "Paie", [("contract", "")])
    assert row.values["transfers"] == [{"country": "Maroc", "recipient": "", "safeguard": "scc",
                                        "safeguard_detail": ""}]
    assert row.notes == [("Commentaire", "à revoir")]
    assert [c.title for c in table.columns][2:4] == ["Transferts hors UE › Pays",
                                                     "Transferts hors UE › Garanties"]


def test_a_row_without_purpose_under_a_group_is_still_an_activity_without_purpose() -> None:
    """Under a group's title, a first row of data that lacks its purpose is not taken for
    sub-titles (none of its cells names a field): it is told, as any row without one."""
    rows = [["Finalité", "Base légale", "Transferts hors UE", ""],
            ["", "", "Maroc", "Tunisie"], ["Paie", "Contrat", "Maroc", ""]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
    assert any("Ligne 2 : finalité manquante" in e for e in table.errors)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_excels_sep_line_names_the_delimiter_and_is_no_text(delimiter: str) -> None:
    """Excel writes "sep=;" first to name a CSV's delimiter: it is read as that, not quoted
    back to the user as "text above the column titles"."""
    data = (f"sep={delimiter}\r\nFinalité{delimiter}Base légale\r\n"
            f"Paie{delimiter}Contrat\r\n").encode()
    table = parse_bytes(data, filename="r.csv", known_categories=FR)
    assert [(row.line, row.purpose, row.bases) for row in table.rows] == [
        (3, "Paie", [("contract", "")])]
    assert not any("sep" in w for w in table.warnings)


LINKED = "Lien vers l'AIPD"
ON_LINK = "Lien de « Lien vers l'AIPD »"


def linked_workbook(fmt: str) -> bytes:
    """Three activities whose DPIA link shows a label: a hyperlink, a HYPERLINK formula (as
    a spreadsheet program saves it, with its value), and an address typed out and linked."""
    rows = [["Finalité", "Base légale", LINKED], ["Paie", "Contrat", "Rapport d'AIPD"],
            ["Accueil", "Contrat", "Rapport"], ["Badges", "Contrat", "https://intranet/b.pdf"]]
    if fmt == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        for cells in rows:
            sheet.append(cells)
        sheet["C2"].hyperlink = "https://intranet/aipd/paie.pdf?v=2&lang=fr"
        sheet["C3"] = '=HYPERLINK("https://intranet/aipd/accueil.pdf","Rapport")'
        sheet["C4"].hyperlink = "https://intranet/b.pdf"
        out = io.BytesIO()
        workbook.save(out)
        with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        name = "xl/worksheets/sheet1.xml"
        parts[name] = parts[name].replace(b"<v></v>", b"<v>Rapport</v>").replace(
            b'<c r="C3">', b'<c r="C3" t="str">')
        saved = io.BytesIO()
        with zipfile.ZipFile(saved, "w") as target:
            for part, body in parts.items():
                target.writestr(part, body)
        return saved.getvalue()
    data = fods_bytes({"Registre": rows})
    for label, address in (("Rapport d'AIPD", "https://intranet/aipd/paie.pdf?v=2&amp;lang=fr"),
                           ("Rapport", "https://intranet/aipd/accueil.pdf"),
                           ("https://intranet/b.pdf", "https://intranet/b.pdf")):
        data = data.replace(f"<text:p>{label}</text:p>".encode(),
                            f'<text:p><text:a xlink:href="{address}">{label}</text:a>'
                            "</text:p>".encode())
    return data.replace(b"<office:document ", b'<office:document '
                        b'xmlns:xlink="http://www.w3.org/1999/xlink" ')


@pytest.mark.parametrize("fmt", ["xlsx", "fods"])
def test_the_address_a_cell_links_to_is_kept_beside_its_label(fmt: str) -> None:
    """A cell showing "Rapport d'AIPD" and linking to the report: the label lands in its
    field, the address in a note named after the column, once (not when the cell shows it)."""
    table = parse_bytes(linked_workbook(fmt), filename=f"r.{fmt}", known_categories=FR)
    assert table.ok, table.errors
    assert [row.values.get("dpia_reference") for row in table.rows] == [
        "Rapport d'AIPD", "Rapport", "https://intranet/b.pdf"]
    assert [row.notes for row in table.rows] == [
        [(ON_LINK, "https://intranet/aipd/paie.pdf?v=2&lang=fr")],
        [(ON_LINK, "https://intranet/aipd/accueil.pdf")], []]


def test_the_users_choice_for_a_column_holds_on_each_sheet_of_the_same_titles() -> None:
    """Sent to a note in the preview, the "Logiciel" column is a note on every department's
    sheet of the same titles, not only on the first."""
    workbook = openpyxl.Workbook()
    titles = ["Finalité", "Base légale", "Source des données"]
    for name, purpose in (("RH", "Paie"), ("Commercial", "Prospection")):
        sheet = workbook.active if name == "RH" else workbook.create_sheet(name)
        assert sheet is not None
        sheet.title = name
        sheet.append(titles)
        sheet.append([purpose, "Contrat", "Logiciel de paie"])
    out = io.BytesIO()
    workbook.save(out)
    book = importer.load_bytes(out.getvalue(), filename="r.xlsx")
    table = importer.parse_workbook(book, known_categories=FR, choices={2: "note"})
    assert [(row.purpose, row.values.get("data_source"), row.notes) for row in table.rows] == [
        ("Paie", None, [("Source des données", "Logiciel de paie")]),
        ("Prospection", None, [("Source des données", "Logiciel de paie")])]


@pytest.mark.parametrize("written", ["Maroc (CCT)", "Maroc (cct)", "Maroc (SCC)"])
def test_standard_contractual_clauses_by_their_french_initials(written: str) -> None:
    """"CCT" is how a French register writes the standard contractual clauses (SCC)."""
    rows = [["Finalité", "Transferts hors UE"], ["Paie", written]]
    (row,) = parse_bytes(csv_bytes(rows), filename="t.csv", known_categories=FR).rows
    assert [(t["country"], t["safeguard"]) for t in row.values["transfers"]] == [
        ("Maroc", "scc")]


@pytest.mark.parametrize(("written", "said"), [("☑", True), ("☒", True), ("✓", True),
                                               ("☐", False), ("Non requise", False)])
def test_a_yes_no_column_reads_ticked_and_empty_boxes(written: str, said: bool) -> None:
    """The boxes a form ticks are read the same in a table's yes/no column."""
    rows = [["Finalité", "AIPD requise"], ["Paie", written]]
    (row,) = parse_bytes(csv_bytes(rows), filename="t.csv", known_categories=FR).rows
    assert row.values["dpia_required"] is said


def test_a_cell_longer_than_the_csv_modules_default_limit_comes_in_whole(
        tmp_path: Path) -> None:
    """A policy pasted whole into a cell (200,000 characters, past the csv module's default
    131,072) is imported to its last character, by the editor's reading and by the CLI; the
    file's own size limit is the only one."""
    policy = ("Politique de conservation des données du service RH, article suivant. "
              * 3000)[:199_999] + "."
    assert len(policy) == 200_000
    source = tmp_path / "r.csv"
    source.write_bytes(csv_bytes([["Finalité", "Base légale", "Politique"],
                                  ["Paie", "Contrat", policy]]))
    (row,) = parse_table(source, known_categories=FR).rows
    assert row.notes == [("Politique", policy)]
    db = tmp_path / "r.db"
    assert cli.run(["--db", str(db), "import", str(source)]) == 0
    store = Store.open(db, readonly=True)
    with store.read() as session:
        (activity,) = jsondoc.export_document(session)["activities"]
    store.close()
    assert activity["notes"] == [{"name": "Politique", "text": policy}]


def test_a_yes_no_or_choice_cell_that_is_none_of_its_values_is_kept_and_said() -> None:
    """"peut-être" is neither yes nor no, "En cours" no status: each is kept in a note, and
    the account says so for its line, once for the lines that share it."""
    rows = [["Finalité", "Base légale", "AIPD requise ?", "Statut", "Décision automatisée"],
            ["Paie", "Contrat", "peut-être", "Validé", "Non"],
            ["Accueil", "Contrat", "Oui", "En cours", "Non"],
            ["Badges", "Contrat", "peut-être", "Brouillon", "Non"],
            ["Vidéo", "Contrat", "Non", "Brouillon", "Oui"]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
    assert table.ok, table.errors
    paie, accueil, badges, video = table.rows
    assert "dpia_required" not in paie.values and "status" not in accueil.values
    assert paie.notes == [("AIPD requise ?", "peut-être")] == badges.notes
    assert accueil.notes == [("Statut", "En cours")]
    assert (accueil.values["dpia_required"], video.values["dpia_required"]) == (True, False)
    assert not video.notes and not [w for w in video.warnings if "valeur" in w]
    _, warnings = importer.grouped(table)
    said = [w for w in warnings if "n'est pas une valeur" in w]
    assert said == [
        "Lignes 2 et 4 : « peut-être » n'est pas une valeur de « AIPD requise » (oui ou non) ; "
        "le texte est conservé dans la note « AIPD requise ? ».",
        "Ligne 3 : « En cours » n'est pas une valeur de « Statut » (Brouillon, Validé, "
        "Archivé) ; le texte est conservé dans la note « Statut ».",
    ]
    set_language("en")
    try:
        english = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
        assert any("“peut-être” is not a value of “DPIA required” (yes or no)" in w
                   for w in english.warnings)
    finally:
        set_language("fr")


def test_a_basis_of_an_exports_group_that_names_none_is_kept_and_said() -> None:
    """In an export's numbered group ("Bases légales 1 › Fondement juridique"), a basis
    written "On verra" keeps the group's cells in notes, and the account says why."""
    rows = [["Finalité", "Bases légales 1 › Fondement juridique", "Bases légales 1 › Précision"],
            ["Paie", "On verra", "parce que"], ["Accueil", "Contrat", "parce que"]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
    paie, accueil = table.rows
    assert (paie.bases, accueil.bases) == ([], [("contract", "parce que")])
    assert paie.notes == [("Bases légales 1 › Fondement juridique", "On verra"),
                          ("Bases légales 1 › Précision", "parce que")]
    assert any(w.startswith("Ligne 2 : « On verra » n'est pas une valeur de « Fondement "
                            "juridique » (Consentement, Exécution d'un contrat")
               and w.endswith("le texte est conservé dans la note « Bases légales 1 › "
                              "Fondement juridique ».") for w in table.warnings)



@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
def test_a_purpose_of_several_lines_keeps_its_lines(fmt: str) -> None:
    """A purpose cell of several lines (a main purpose, then its sub-purposes) stays as many
    lines, each one's spaces tidied and blank ones dropped, not one run-on sentence; the
    activity is named after its first line."""
    rows = [["Finalité", "Base légale"],
            ["Gestion des paies\nCalcul des congés", "Contrat"],
            ["Accueil  des visiteurs\n\n  Badges d'accès ", "Contrat"]]
    paie, accueil = parse_bytes(as_format(rows, fmt), filename=f"r.{fmt}",
                                known_categories=FR).rows
    assert (paie.purpose, paie.name) == ("Gestion des paies\nCalcul des congés",
                                         "Gestion des paies")
    assert (accueil.purpose, accueil.name) == ("Accueil des visiteurs\nBadges d'accès",
                                               "Accueil des visiteurs")


SHOWN_NUMBERS = [  # (value, the cell's number format, what French Excel shows, English)
    (0.5, "0%", "50%", "50%"),
    (0.125, "0.0 %", "12,5 %", "12.5 %"),
    (1.5000000001, "0.00", "1,50", "1.50"),
    (0.1 + 0.2, "General", "0,3", "0.3"),
    (1.5, "General", "1,5", "1.5"),
    (1234567.891, "#,##0.00", "1\u00a0234\u00a0567,89", "1,234,567.89"),
    (-1234.5, "#,##0.00;[Red]-#,##0.00", "-1\u00a0234,50", "-1,234.50"),
    (-2.5, "0.0", "-2,5", "-2.5"),
    (1.005, "0.0#", "1,01", "1.01"),
    (12.0, "0.0#", "12,0", "12.0"),
    (1000, "#,##0", "1\u00a0000", "1,000"),
    (0.75, "[$€-40C]0.00", "€0,75", "€0.75"),
    (0, '0.0;-0.0;"néant"', "néant", "néant"),
    (0.5, "0.00E+00", "0,5", "0.5"),  # scientific: not written out, the number as it is
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_workbook_number_comes_in_as_its_format_shows_it(lang: str) -> None:
    """A rate shown "50 %", a decimal shown "1,50" or "1 234 567,89": the import takes the
    text the spreadsheet shows (in the user's language's marks), not 0.5, 1.5000000001 nor a
    float's artefacts (0.30000000000000004)."""
    set_language(lang)
    titles = ["Finalité", "Base légale", *(f"Indicateur {i}" for i in range(len(SHOWN_NUMBERS)))]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(titles)
    sheet.append(["Paie", "Contrat", *(value for value, *_ in SHOWN_NUMBERS)])
    for column, (_, code, _, _) in enumerate(SHOWN_NUMBERS, start=3):
        sheet.cell(row=2, column=column).number_format = code
    out = io.BytesIO()
    workbook.save(out)
    (row,) = parse_bytes(out.getvalue(), filename="r.xlsx", known_categories=FR).rows
    shown = [fr if lang == "fr" else en for _, _, fr, en in SHOWN_NUMBERS]
    assert [text for _, text in row.notes] == shown


def test_an_ods_number_comes_in_as_the_text_its_cell_shows() -> None:
    """An ODS cell's paragraph is the number as LibreOffice shows it ("1,50", "50 %",
    "1 234,5"): that text, not its value's 1.5000000001 or 0.30000000000000004."""
    shown = [("1.5000000001", "1,50"), ("0.30000000000000004", "0,3"),
             ("1234.5", "1\u00a0234,5"), ("7", "7,0")]
    rows = [["Finalité", "Base légale", *(f"Indicateur {i}" for i in range(len(shown)))],
            ["Paie", "Contrat", *(f"@{i}" for i in range(len(shown)))]]
    data = fods_bytes({"Registre": rows})
    for i, (value, text) in enumerate(shown):
        data = data.replace(
            f'<table:table-cell office:value-type="string"><text:p>@{i}</text:p>'.encode(),
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{text}</text:p>".encode())
    (row,) = parse_bytes(data, filename="r.fods", known_categories=FR).rows
    assert [text for _, text in row.notes] == [text for _, text in shown]


def _patched(data: bytes, old: bytes, new: bytes) -> bytes:
    """The archive `data` with `old` written `new` in each of its parts."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body.replace(old, new))
    return out.getvalue()


REPLACED = ("caractère illisible dans « Remarque », remplacé par « \ufffd » : le caractère "
            "d'origine est perdu ; vérifiez ce texte dans le fichier.")


def said_replaced(warnings: list[str]) -> list[str]:
    """The account's lines about characters replaced, without the sheet they name."""
    return [re.sub(r"^Feuille « [^»]* », l", "L", w) for w in warnings if "illisible" in w]


def test_a_character_xml_cannot_hold_comes_in_as_excel_and_libreoffice_wrote_it() -> None:
    """Excel and LibreOffice write a character XML cannot hold (a noncharacter U+FFFE, a
    control character) as "_xFFFE_" in an XLSX: it is read as that character, not as the
    code, and, not being text, comes in as U+FFFD, as a CSV's would, the account saying so
    for its line; "_x005F_" is an underscore."""
    rows: list[list[object]] = [["Finalité", "Base légale", "Remarque"],
                                ["Paie", "Contrat", "@1"], ["Accueil", "Contrat", "@2"]]
    data = _patched(xlsx_bytes(rows), b"@1", b"a_xfffe_b_xFFFF_c_x0001_d_x005F_x0041_e")
    data = _patched(data, b"@2", b"fin_x0000_")
    table = parse_bytes(data, filename="r.xlsx", known_categories=FR)
    paie, accueil = table.rows
    assert paie.notes == [("Remarque", "a\ufffdb\ufffdc\ufffdd_x0041_e")]
    assert accueil.notes == [("Remarque", "fin\ufffd")]
    assert said_replaced(importer.grouped(table)[1]) == [f"Lignes 2 et 3 : {REPLACED}"]


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "fods"])
@pytest.mark.parametrize("written", [b"\xef\xbf\xbe", b"&#xFFFF;", b"&#65534;", b"\x0b"])
def test_a_character_xml_cannot_hold_written_raw_is_replaced_and_said(
        fmt: str, written: bytes) -> None:
    """A script that writes U+FFFE or U+FFFF (or a vertical tab) into a workbook's XML as it
    is, or as a character reference, makes XML no parser reads: the workbook is read all the
    same, that character replaced by U+FFFD, and the account says so for its line, once."""
    rows = [["Finalité", "Base légale", "Remarque"], ["Paie", "Contrat", "@1"],
            ["Accueil", "Contrat", "propre"]]
    if fmt == "xlsx":
        data = _patched(xlsx_bytes([list[object](r) for r in rows]), b"@1", b"a" + written + b"b")
    elif fmt == "ods":
        data = _patched(ods_bytes({"Registre": rows}), b"@1", b"a" + written + b"b")
    else:
        data = fods_bytes({"Registre": rows}).replace(b"@1", b"a" + written + b"b")
    table = parse_bytes(data, filename=f"r.{fmt}", known_categories=FR)
    assert table.ok, table.errors
    paie, accueil = table.rows
    assert paie.notes == [("Remarque", "a\ufffdb")]
    assert accueil.notes == [("Remarque", "propre")]
    assert said_replaced(importer.grouped(table)[1]) == [f"Ligne 2 : {REPLACED}"]


def test_a_replacement_character_in_any_table_is_said_for_its_line() -> None:
    """A CSV whose text holds U+FFFD (a character an earlier conversion could not write):
    the account says so for each such line, once, the columns named."""
    rows = [["Finalité", "Base légale", "Remarque"], ["Pa\ufffdie", "Contrat", "d\ufffdj\ufffd"],
            ["Accueil", "Contrat", "propre"], ["Badges", "Contrat", "\ufffd"]]
    table = parse_bytes(csv_bytes(rows), filename="r.csv", known_categories=FR)
    assert said_replaced(importer.grouped(table)[1]) == [
        "Ligne 2 : caractère illisible dans « Finalité », « Remarque », remplacé par « \ufffd » "
        ": le caractère d'origine est perdu ; vérifiez ce texte dans le fichier.",
        f"Ligne 4 : {REPLACED}"]
