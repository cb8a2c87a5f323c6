"""`registre/1` documents for the PDF record's tests and benchmark, built here rather than
from the store or the importer: a French register of any size and a small English one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from model.exchange.jsondoc import FORMAT
from model.record.pdf import SignerInfo, render_record

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
        "format": FORMAT,
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
        "format": FORMAT,
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


SEED_STAMP = "2026-11-20T09:00:00+00:00"


def seed_doc() -> dict[str, Any]:
    """The seed table imported into a fresh register, as exported, with its timestamps fixed
    (the import stamps the present) so that its record's text is the same on every run."""
    import resources
    from model.exchange import jsondoc, table_import
    from model.storage.store import Store

    seed = resources.path("samples", "seed-register-fr.tsv")
    store = Store.memory()
    try:
        with store.write() as session:
            table_import.apply(session, table_import.parse_for(session, seed), source=seed.name)
        with store.read() as session:
            doc = jsondoc.export_document(session)
    finally:
        store.close()
    for activity in doc["activities"]:
        for key in ("created_at", "updated_at", "validated_at"):
            if activity.get(key):
                activity[key] = SEED_STAMP
    return doc


REFERENCE_DIR = Path(__file__).resolve().parent / "data"


def seed_record(path: Path, lang: str) -> Path:
    """The seed's record as the reference was made from it (fixed date, signer, fingerprint)."""
    from model.exchange import jsondoc

    doc = seed_doc()
    render_record(
        doc,
        path,
        lang=lang,
        fingerprint=jsondoc.fingerprint(doc),
        register_version="registre/1",
        exported_at=EXPORTED,
        signer=SignerInfo(name="Claire Martin", role="DPO", place="Lyon"),
    )
    return path


def pages_text(path: Path) -> list[str]:
    """Each page's text as `pdftotext` reads it, whitespace runs made single spaces."""
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [" ".join(page.split()) for page in pages]


def reference_path(lang: str) -> Path:
    return REFERENCE_DIR / f"seed-record-{lang}.txt"


def write_reference() -> None:
    """Rewrite the seed record's reference text: only when its content changes on purpose."""
    import tempfile

    for lang in ("fr", "en"):
        with tempfile.TemporaryDirectory() as folder:
            pages = pages_text(seed_record(Path(folder) / "seed.pdf", lang))
        reference_path(lang).write_text("\n\f\n".join(pages) + "\n", encoding="utf-8")


def read_reference(lang: str) -> list[str]:
    text = reference_path(lang).read_text(encoding="utf-8")
    return [page.strip() for page in text.split("\f")]


if __name__ == "__main__":
    write_reference()
