"""Fixed vocabularies of Article 30, with their French and English labels.

Codes are what the register and its JSON export store; labels are only for
display, so a register can change language without touching its data.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.core.text import fold

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Term:
    """One entry of a fixed vocabulary."""

    code: str
    fr: str
    en: str
    article: str = ""

    def label(self, lang: str) -> str:
        """The label in `lang`, French when the language is unknown."""
        return self.en if lang == "en" else self.fr


LEGAL_BASES: tuple[Term, ...] = (
    Term("consent", "Consentement", "Consent", "6(1)(a)"),
    Term("contract", "Exécution d'un contrat", "Performance of a contract", "6(1)(b)"),
    Term("legal_obligation", "Obligation légale", "Legal obligation", "6(1)(c)"),
    Term("vital_interests", "Sauvegarde des intérêts vitaux", "Vital interests", "6(1)(d)"),
    Term("public_task", "Mission d'intérêt public", "Public task", "6(1)(e)"),
    Term(
        "legitimate_interests",
        "Intérêts légitimes",
        "Legitimate interests",
        "6(1)(f)",
    ),
)

STATUSES: tuple[Term, ...] = (
    Term("draft", "Brouillon", "Draft"),
    Term("validated", "Validé", "Validated"),
    Term("archived", "Archivé", "Archived"),
)

RECIPIENT_KINDS: tuple[Term, ...] = (
    Term("internal", "Destinataire interne", "Internal recipient"),
    Term("processor", "Sous-traitant", "Processor"),
    Term("third_party", "Tiers", "Third party"),
    Term("public_authority", "Autorité publique", "Public authority"),
)

SAFEGUARDS: tuple[Term, ...] = (
    Term("adequacy", "Décision d'adéquation", "Adequacy decision", "45"),
    Term(
        "scc",
        "Clauses contractuelles types",
        "Standard contractual clauses",
        "46(2)(c)",
    ),
    Term(
        "bcr",
        "Règles d'entreprise contraignantes",
        "Binding corporate rules",
        "47",
    ),
    Term("derogation_49", "Dérogation de l'article 49", "Article 49 derogation", "49"),
    Term("other", "Autre garantie", "Other safeguard", ""),
)

SECURITY_MEASURES: tuple[Term, ...] = (
    Term("access_control", "Contrôle d'accès des utilisateurs", "User access control"),
    Term("traceability", "Mesures de traçabilité", "Traceability (logging)"),
    Term("software_protection", "Mesures de protection des logiciels", "Software protection"),
    Term("backups", "Sauvegarde des données", "Data backups"),
    Term("encryption", "Chiffrement des données", "Data encryption"),
    Term("processor_control", "Contrôle des sous-traitants", "Processor control"),
    Term("other", "Autres mesures", "Other measures"),
)

DPIA_STATUSES: tuple[Term, ...] = (
    Term("not_required", "Non requise", "Not required"),
    Term("to_do", "À faire", "To do"),
    Term("done", "Réalisée", "Done"),
)

ART9_CONDITIONS: tuple[Term, ...] = (
    Term("explicit_consent", "Consentement explicite", "Explicit consent", "9(2)(a)"),
    Term("employment", "Droit du travail et protection sociale",
         "Employment and social security", "9(2)(b)"),
    Term("vital_interests", "Intérêts vitaux", "Vital interests", "9(2)(c)"),
    Term("not_for_profit", "Organisme à but non lucratif", "Not-for-profit body", "9(2)(d)"),
    Term("made_public", "Données rendues publiques", "Made public by the data subject", "9(2)(e)"),
    Term("legal_claims", "Droits en justice", "Legal claims", "9(2)(f)"),
    Term("public_interest", "Intérêt public important", "Substantial public interest", "9(2)(g)"),
    Term("health_care", "Médecine et santé", "Health or social care", "9(2)(h)"),
    Term("public_health", "Santé publique", "Public health", "9(2)(i)"),
    Term("archiving", "Archives, recherche, statistiques",
         "Archiving, research, statistics", "9(2)(j)"),
)


def by_code(vocabulary: tuple[Term, ...], code: str) -> Term | None:
    """The term with `code`, or None: stored codes may come from a newer version."""
    for term in vocabulary:
        if term.code == code:
            return term
    return None


def label_of(vocabulary: tuple[Term, ...], code: str, lang: str) -> str:
    """The label of `code` in `lang`; the code itself when unknown (a newer version's code)."""
    term = by_code(vocabulary, code)
    return term.label(lang) if term else code


def codes(vocabulary: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(term.code for term in vocabulary)


# Starter lists, in the register's language, for a new register.
STARTER_CATEGORIES: dict[str, tuple[tuple[str, str, bool, bool], ...]] = {
    "fr": (
        ("Identité", "Nom, prénom, date de naissance, identifiants", False, False),
        ("Contact", "Adresse postale, adresse électronique, téléphone", False, False),
        ("Financières", "Coordonnées bancaires, moyens de paiement", False, False),
        ("Transaction", "Paiements, achats, commandes", False, False),
        ("Technique", "Adresse IP, identifiants de connexion, navigateur", False, False),
        ("Profil", "Identifiant, préférences, réponses aux sondages", False, False),
        ("Utilisation", "Utilisation du site, des produits et des services", False, False),
        ("Marketing et communication", "Préférences de prospection", False, False),
        ("Suivi", "Cookies et traceurs", False, False),
        ("Vie professionnelle", "CV, diplômes, carrière", False, False),
        ("Santé", "Données concernant la santé", True, False),
        ("Infractions et condamnations", "Données relatives aux condamnations pénales",
         False, True),
    ),
    "en": (
        ("Identity", "Name, date of birth, identifiers", False, False),
        ("Contact", "Postal address, e-mail address, phone number", False, False),
        ("Financial", "Bank account and payment card details", False, False),
        ("Transaction", "Payments, purchases, orders", False, False),
        ("Technical", "IP address, login data, browser", False, False),
        ("Profile", "Username, preferences, survey responses", False, False),
        ("Usage", "Use of the website, products and services", False, False),
        ("Marketing and communications", "Marketing preferences", False, False),
        ("Tracking", "Cookies and similar technologies", False, False),
        ("Professional life", "CV, qualifications, career", False, False),
        ("Health", "Data concerning health", True, False),
        ("Criminal offences", "Criminal convictions and offences", False, True),
    ),
}

STARTER_SUBJECTS: dict[str, tuple[str, ...]] = {
    "fr": ("Clients", "Prospects", "Salariés", "Candidats", "Fournisseurs", "Visiteurs du site"),
    "en": ("Customers", "Prospects", "Employees", "Job applicants", "Suppliers",
           "Website visitors"),
}

STARTER_RECIPIENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("Service client", "internal"),
        ("Service comptabilité", "internal"),
        ("Hébergeur", "processor"),
        ("Prestataire de paiement", "processor"),
        ("Administration fiscale", "public_authority"),
    ),
    "en": (
        ("Customer service", "internal"),
        ("Accounting", "internal"),
        ("Hosting provider", "processor"),
        ("Payment provider", "processor"),
        ("Tax authority", "public_authority"),
    ),
}


YES_WORDS = frozenset({"oui", "yes", "o", "y", "vrai", "true", "1", "x", "requise", "required",
                       "necessaire", "needed", "obligatoire", "✓", "✔", "☑", "☒"})
NO_WORDS = frozenset({"non", "no", "n", "faux", "false", "0", "non requise", "not required",
                      "pas necessaire", "not needed", "aucune", "none", "☐"})
"""How a cell says yes or no (folded), a ticked or empty box too: the import's yes/no
columns, a form's ticked options and the grid's pasted cells read the same words."""


def yes_no(text: str) -> bool | None:
    """What a cell's text says, yes or no; None when it says neither."""
    folded = fold(" ".join(text.split())).strip(" .!")
    return True if folded in YES_WORDS else False if folded in NO_WORDS else None
