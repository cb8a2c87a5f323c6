"""The PDF record: every activity and category printed, in both languages, fonts embedded.

The documents are built here, as `registre/1` dicts, so that these tests do not
depend on the store or the importer.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from model.errors import RegistreError
from model.record import SIGNATURE_BOX, SignerInfo, render_record

FINGERPRINT = "3f6c1a9e0b7d4c2f8e5a1b3c9d7e6f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"
EXPORTED = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)

_LONG_FR = (
    " Les données sont traitées dans le respect du principe de minimisation : seules les "
    "informations strictement nécessaires à la finalité poursuivie sont collectées, elles sont "
    "conservées dans un environnement sécurisé et ne sont accessibles qu'aux personnes "
    "habilitées, dont la liste est revue chaque semestre par le responsable de service."
)

_CATEGORIES_FR = [
    ("Identité", "Nom, prénom, date de naissance, identifiants", False, False),
    ("Contact", "Adresse postale, adresse électronique, téléphone", False, False),
    ("Financières", "Coordonnées bancaires, moyens de paiement", False, False),
    ("Transaction", "Paiements, achats, commandes", False, False),
    ("Technique", "Adresse IP, identifiants de connexion, navigateur", False, False),
    ("Vie professionnelle", "CV, diplômes, carrière, évaluations annuelles", False, False),
    ("Numéro de sécurité sociale (NIR)", "Numéro d'inscription au répertoire", False, False),
    ("Santé", "Données concernant la santé : arrêts de travail, aptitude", True, False),
    ("Données biométriques", "Gabarit d'empreinte digitale pour le contrôle d'accès", True, False),
    ("Opinions syndicales", "Appartenance syndicale des représentants du personnel", True, False),
    ("Infractions et condamnations", "Extrait de casier judiciaire (bulletin n° 3)", False, True),
    ("Localisation", "Données de géolocalisation des véhicules de service", False, False),
    ("Vidéo", "Images de vidéoprotection des locaux", False, False),
]

_ACTIVITIES_FR: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    # reference, name, purpose, subjects, categories, legal basis codes
    (
        "T-001",
        "Gestion de la paie",
        "Calcul et versement des salaires, établissement des bulletins de paie et des déclarations "
        "sociales nominatives (DSN) auprès des organismes de protection sociale.",
        ["Salariés"],
        ["Identité", "Contact", "Financières", "Numéro de sécurité sociale (NIR)", "Santé"],
        ["legal_obligation", "contract"],
    ),
    (
        "T-002",
        "Recrutement",
        "Réception et examen des candidatures, organisation des entretiens, constitution d'un "
        "vivier de candidats avec leur accord.",
        ["Candidats"],
        ["Identité", "Contact", "Vie professionnelle"],
        ["contract", "consent"],
    ),
    (
        "T-003",
        "Gestion des clients",
        "Gestion des commandes, de la facturation, du service après-vente et de la relation "
        "commerciale avec les clients professionnels et particuliers.",
        ["Clients"],
        ["Identité", "Contact", "Financières", "Transaction"],
        ["contract"],
    ),
    (
        "T-004",
        "Prospection commerciale",
        "Envoi de lettres d'information et d'offres commerciales par courrier électronique aux "
        "prospects ayant donné leur consentement.",
        ["Prospects"],
        ["Identité", "Contact", "Technique"],
        ["consent"],
    ),
    (
        "T-005",
        "Contrôle d'accès biométrique",
        "Contrôle de l'accès aux salles serveurs par reconnaissance de l'empreinte digitale.",
        ["Salariés", "Prestataires"],
        ["Identité", "Données biométriques"],
        ["legitimate_interests"],
    ),
    (
        "T-006",
        "Vidéoprotection",
        "Sécurité des biens et des personnes dans les locaux, prévention des atteintes aux biens.",
        ["Salariés", "Visiteurs"],
        ["Vidéo"],
        ["legitimate_interests"],
    ),
    (
        "T-007",
        "Géolocalisation des véhicules",
        "Suivi du temps de travail des techniciens itinérants et optimisation des tournées.",
        ["Salariés"],
        ["Identité", "Localisation"],
        ["legitimate_interests"],
    ),
    (
        "T-008",
        "Relations avec les représentants du personnel",
        "Organisation des élections professionnelles et gestion des heures de délégation.",
        ["Salariés"],
        ["Identité", "Opinions syndicales"],
        ["legal_obligation"],
    ),
    (
        "T-009",
        "Vérification des antécédents",
        "Vérification de l'honorabilité des salariés affectés à des missions auprès de mineurs.",
        ["Salariés", "Candidats"],
        ["Identité", "Infractions et condamnations"],
        ["legal_obligation"],
    ),
    (
        "T-010",
        "Médecine du travail",
        "Suivi de l'aptitude médicale des salariés en lien avec le service de santé au travail.",
        ["Salariés"],
        ["Identité", "Santé"],
        ["legal_obligation"],
    ),
    (
        "T-011",
        "Site internet",
        "Mesure d'audience et sécurité du site internet.",
        ["Visiteurs du site"],
        ["Technique"],
        ["consent", "legitimate_interests"],
    ),
]

_BASES = [
    ("consent", "6(1)(a)", "Consentement", "Consent", "La personne a consenti au traitement."),
    (
        "contract",
        "6(1)(b)",
        "Exécution d'un contrat",
        "Performance of a contract",
        "Nécessaire à l'exécution d'un contrat auquel la personne est partie.",
    ),
    (
        "legal_obligation",
        "6(1)(c)",
        "Obligation légale",
        "Legal obligation",
        "Nécessaire au respect d'une obligation légale du responsable.",
    ),
    ("legitimate_interests", "6(1)(f)", "Intérêts légitimes", "Legitimate interests", ""),
]


def make_doc_fr(n: int = 11) -> dict[str, Any]:
    """A French register of `n` activities, cycling through eleven realistic ones."""
    activities = []
    for i in range(n):
        ref, name, purpose, subjects, cats, bases = _ACTIVITIES_FR[i % len(_ACTIVITIES_FR)]
        if i >= len(_ACTIVITIES_FR):
            ref, name = f"T-{i + 1:05d}", f"{name} ({i + 1})"
        special = any(c in ("Santé", "Données biométriques", "Opinions syndicales") for c in cats)
        activities.append(
            {
                "reference": ref,
                "name": name,
                "purpose": f"{purpose} [{ref}]" + (_LONG_FR * 3 if i % 4 == 0 else ""),
                "business_function": "Direction des ressources humaines"
                if i % 2
                else "Direction commerciale",
                "status": ("draft", "validated", "archived")[i % 3],
                "validated_by": "Claire Martin" if i % 3 == 1 else "",
                "validated_at": "2026-10-02T09:00:00+00:00" if i % 3 == 1 else None,
                "joint_controller": "Groupement d'employeurs Sud-Ouest" if i == 7 else "",
                "data_subjects": subjects,
                "data_categories": cats,
                "legal_bases": [
                    {
                        "code": code,
                        "article": "",
                        "justification": "Article L3243-2 du code du travail"
                        if code == "legal_obligation"
                        else "",
                    }
                    for code in bases
                ],
                "legal_basis_text": "Obligation légale (code du travail) + contrat"
                if i == 0
                else "",
                "data_categories_text": "Identité, coordonnées, RIB, NIR, arrêts maladie"
                if i == 0
                else "",
                "art9_condition": ("employment" if special and i != 4 else ""),
                "recipients": ["Service comptabilité", "Expert-comptable", "URSSAF"]
                if i == 0
                else ["Hébergeur"],
                "transfers": [
                    {
                        "country": "États-Unis",
                        "recipient": "Hébergeur (CloudCorp Inc.)",
                        "safeguard": "scc",
                        "safeguard_detail": "Clauses de 2021, module 3, "
                        "analyse d'impact du transfert réalisée le 12/03/2026",
                    },
                    {
                        "country": "Inde",
                        "recipient": "Centre de support",
                        "safeguard": "",
                        "safeguard_detail": "",
                    },
                ]
                if i % 5 == 2
                else [],
                "retention": ""
                if i == 6
                else "5 ans à compter de la fin du contrat, puis archivage "
                "intermédiaire pendant la durée de prescription",
                "security_measures": [
                    "access_control",
                    "traceability",
                    "backups",
                    "encryption",
                    "other",
                ]
                if i % 2 == 0
                else ["access_control"],
                "security_other": "Revue annuelle des habilitations" if i % 2 == 0 else "",
                "data_source": "Collecte directe auprès de la personne" if i % 3 else "",
                "dpia_required": (True, False, None)[i % 3],
                "dpia_reason": "Traitement de données sensibles à grande échelle"
                if i % 3 == 0
                else "",
                "created_at": "2026-01-15T08:00:00+00:00",
                "updated_at": "2026-11-20T16:45:00+00:00",
            }
        )
    return {
        "format": "registre/1",
        "language": "fr",
        "organisation": {
            "name": "Société Exemple de Distribution et de Services Numériques SAS",
            "address": "12 rue de la République\n69002 Lyon\nFrance",
            "registration_number": "RCS Lyon 123 456 789",
            "phone": "+33 4 72 00 00 00",
            "email": "contact@exemple.fr",
            "representative": {
                "name": "Jeanne Dupont, présidente",
                "address": "",
                "phone": "",
                "email": "jeanne.dupont@exemple.fr",
            },
            "dpo": {
                "name": "Marc Lefèvre",
                "address": "12 rue de la République, 69002 Lyon",
                "phone": "+33 4 72 00 00 01",
                "email": "dpo@exemple.fr",
            },
        },
        "data_categories": [
            {"name": n, "description": d, "special": s, "criminal": c}
            for n, d, s, c in _CATEGORIES_FR
        ],
        "data_subjects": [
            {"name": x, "description": ""}
            for x in (
                "Salariés",
                "Candidats",
                "Clients",
                "Prospects",
                "Prestataires",
                "Visiteurs",
                "Visiteurs du site",
            )
        ],
        "recipients": [
            {"name": "Service comptabilité", "kind": "internal", "description": ""},
            {"name": "Expert-comptable", "kind": "processor", "description": "Cabinet Chiffres"},
            {"name": "URSSAF", "kind": "public_authority", "description": ""},
            {"name": "Hébergeur", "kind": "processor", "description": "CloudCorp Inc."},
        ],
        "legal_bases": [
            {"code": c, "article": a, "label_fr": fr, "label_en": en, "description": d}
            for c, a, fr, en, d in _BASES
        ],
        "activities": activities,
    }


def make_doc_en() -> dict[str, Any]:
    """An English register, small and with gaps."""
    return {
        "format": "registre/1",
        "language": "en",
        "organisation": {
            "name": "Example Widgets Ltd",
            "address": "1 High Street, Bristol BS1 1AA",
            "registration_number": "Company no. 01234567",
            "phone": "",
            "email": "privacy@example.co.uk",
            "representative": {"name": "", "address": "", "phone": "", "email": ""},
            "dpo": {"name": "", "address": "", "phone": "", "email": ""},
        },
        "data_categories": [
            {
                "name": "Identity",
                "description": "Name, date of birth",
                "special": False,
                "criminal": False,
            },
            {
                "name": "Health",
                "description": "Sickness absence records",
                "special": True,
                "criminal": False,
            },
            {
                "name": "Criminal offences",
                "description": "DBS checks",
                "special": False,
                "criminal": True,
            },
        ],
        "data_subjects": [{"name": "Employees", "description": "Staff on payroll"}],
        "recipients": [{"name": "Payroll bureau", "kind": "processor", "description": ""}],
        "legal_bases": [],
        "activities": [
            {
                "reference": "HR-1",
                "name": "Payroll",
                "purpose": "Paying staff and reporting to HMRC under Real Time Information.",
                "business_function": "HR",
                "status": "validated",
                "validated_by": "J. Smith",
                "validated_at": "2026-09-01T00:00:00+00:00",
                "joint_controller": "",
                "data_subjects": ["Employees"],
                "data_categories": ["Identity", "Health"],
                "legal_bases": [
                    {
                        "code": "contract",
                        "article": "6(1)(b)",
                        "justification": "Employment contract",
                    }
                ],
                "legal_basis_text": "",
                "data_categories_text": "",
                "art9_condition": "employment",
                "recipients": ["Payroll bureau"],
                "transfers": [],
                "retention": "6 years after employment ends",
                "security_measures": ["access_control", "encryption"],
                "security_other": "",
                "data_source": "",
                "dpia_required": False,
                "dpia_reason": "",
                "created_at": "2026-01-01T00:00:00+00:00",
                "updated_at": "2026-09-01T00:00:00+00:00",
            },
            {
                "reference": "HR-2",
                "name": "Pre-employment vetting",
                "purpose": "",
                "business_function": "",
                "status": "draft",
                "validated_by": "",
                "validated_at": None,
                "joint_controller": "",
                "data_subjects": [],
                "data_categories": ["Criminal offences"],
                "legal_bases": [],
                "legal_basis_text": "statutory duty?",
                "data_categories_text": "",
                "art9_condition": "",
                "recipients": [],
                "transfers": [],
                "retention": "",
                "security_measures": [],
                "security_other": "",
                "data_source": "",
                "dpia_required": None,
                "dpia_reason": "",
                "created_at": "2026-02-01T00:00:00+00:00",
                "updated_at": "2026-02-01T00:00:00+00:00",
            },
        ],
    }


def render(doc: dict[str, Any], path: Path, lang: str, signer: SignerInfo | None = None) -> Path:
    render_record(
        doc,
        path,
        lang=lang,
        fingerprint=FINGERPRINT,
        register_version="42",
        exported_at=EXPORTED,
        signer=signer,
    )
    return path


def pdf_text(path: Path) -> str:
    """All the text, with line breaks and hyphen-free wrapping undone for searching."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def squash(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def doc_fr() -> dict[str, Any]:
    return make_doc_fr()


@pytest.fixture(scope="module")
def doc_en() -> dict[str, Any]:
    return make_doc_en()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_purpose_and_category_is_printed(
    doc_fr: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = pdf_text(render(doc_fr, tmp_path / "r.pdf", lang))
    for activity in doc_fr["activities"]:
        assert squash(activity["purpose"]) in text, activity["reference"]
        assert activity["reference"] in text
    for category in doc_fr["data_categories"]:
        assert squash(category["name"]) in text
        assert squash(category["description"]) in text
    title = (
        "Registre des activités de traitement"
        if lang == "fr"
        else ("Record of processing activities")
    )
    assert title in text
    assert FINGERPRINT in text
    assert doc_fr["organisation"]["dpo"]["email"] in text
    assert "Article L3243-2 du code du travail" in text
    assert "Identité, coordonnées, RIB, NIR, arrêts maladie" in text  # verbatim import
    if lang == "fr":
        assert "Page 1 sur" in text and "Non renseigné" in text
        assert "Clauses contractuelles types" in text
        assert "Catégorie particulière, art. 9".lower() in text.lower()
    else:
        assert "Page 1 of" in text and "Not provided" in text
        assert "Standard contractual clauses" in text


def test_english_register(doc_en: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(render(doc_en, tmp_path / "en.pdf", "en"))
    for activity in doc_en["activities"]:
        if activity["purpose"]:
            assert activity["purpose"] in text
    for category in doc_en["data_categories"]:
        assert category["name"] in text
    assert "statutory duty?" in text
    # HR-2 lacks purpose, legal basis, subjects and retention: each is flagged
    assert text.count("Not provided") >= 4
    assert "Employment and social security" in text


def test_page_count_in_footer(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    path = render(doc_fr, tmp_path / "r.pdf", "fr")
    reader = PdfReader(str(path))
    total = len(reader.pages)
    assert total > 12
    last = reader.pages[-1].extract_text() or ""
    assert f"Page {total} sur {total}" in squash(last)


def test_metadata_outline_and_language(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title and "Registre des activités de traitement" in meta.title
    assert meta.author == doc_fr["organisation"]["name"]
    assert meta.subject
    assert reader.root_object.get("/Lang") == "fr-FR"

    def titles(items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            out += titles(item) if isinstance(item, list) else [item.title]
        return out

    outline = titles(reader.outline)
    for activity in doc_fr["activities"]:
        assert any(activity["reference"] in entry for entry in outline)
    assert "Signature" in outline and "Annexes" in outline


def test_signature_page_is_last_and_holds_the_signer(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    signer = SignerInfo(name="Jeanne Dupont", role="Présidente", place="Lyon")
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr", signer)))
    last = squash(reader.pages[-1].extract_text() or "")
    assert "Jeanne Dupont" in last and "Présidente" in last and "Lyon" in last
    assert "25 novembre 2026" in last
    x1, y1, x2, y2 = SIGNATURE_BOX
    width, height = (float(v) for v in reader.pages[-1].mediabox.upper_right)
    assert 0 < x1 < x2 <= width and 0 < y1 < y2 <= height


def test_fonts_are_all_embedded(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts is missing: apt-get install poppler-utils")
    path = render(doc_fr, tmp_path / "r.pdf", "fr")
    out = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert "DejaVu" in row, row
        fields = re.split(r"\s+", row.strip())
        assert fields[-5] == "yes", row  # emb
    assert "Helvetica" not in out


def test_long_unbroken_text_and_many_categories_do_not_break_layout(tmp_path: Path) -> None:
    doc = make_doc_fr(3)
    doc = copy.deepcopy(doc)
    many = [
        {
            "name": f"Catégorie de données numéro {i} avec un intitulé long",
            "description": "Description " * 20,
            "special": i % 7 == 0,
            "criminal": False,
        }
        for i in range(80)
    ]
    doc["data_categories"] += many
    doc["activities"][0]["data_categories"] += [c["name"] for c in many]
    doc["activities"][1]["purpose"] = "https://exemple.fr/" + "x" * 400 + " fin"
    doc["activities"][2]["purpose"] = ("Très longue finalité. " * 600).strip()
    path = render(doc, tmp_path / "long.pdf", "fr")
    text = pdf_text(path)
    assert "Catégorie de données numéro 79 avec un intitulé long" in text
    assert "Très longue finalité." in text


def test_rejects_a_document_that_is_not_an_export(tmp_path: Path) -> None:
    with pytest.raises(RegistreError):
        render_record(
            {"format": "other"},
            tmp_path / "x.pdf",
            lang="fr",
            fingerprint="",
            register_version="",
            exported_at=EXPORTED,
        )
    assert not (tmp_path / "x.pdf").exists()
    assert list(tmp_path.iterdir()) == []


def test_empty_register_still_renders(tmp_path: Path) -> None:
    doc = {
        "format": "registre/1",
        "language": "fr",
        "organisation": {},
        "data_categories": [],
        "data_subjects": [],
        "recipients": [],
        "legal_bases": [],
        "activities": [],
    }
    text = pdf_text(render(doc, tmp_path / "empty.pdf", "fr"))
    assert "Aucune activité" in text
