"""The table importer: the user's seed register row by row, other formats, and bad input."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.core.errors import RegistreError
from model.core.i18n import set_language
from model.core.vocab import LEGAL_BASES, STARTER_CATEGORIES
from model.exchange import importer, spreadsheets
from model.exchange.importer import ParsedRow, ParsedTable, parse_bases, parse_bytes, parse_table

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
    assert table.rows[1].categories == ["Identité"]
    assert table.rows[1].warnings[-1].startswith("texte non repris comme catégorie")
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
            "Voir le contrat cadre. Intérêts légitimes (sécurité). Article 6 du RGPD",
            [(LEGIT, "sécurité")],
            "Voir le contrat cadre. Article 6 du RGPD",
        ),
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
