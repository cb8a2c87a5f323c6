"""The typical activities of a small business, to start a register from (CNIL's usual examples).

Each comes in the register's language with its usual data categories, data
subjects, recipients, legal basis and retention period; the user then adapts
them. Plain data plus one function that adds them: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from model.register import crud


@dataclass(frozen=True)
class Starter:
    name: tuple[str, str]
    purpose: tuple[str, str]
    categories: tuple[tuple[str, str], ...]
    subjects: tuple[tuple[str, str], ...]
    recipients: tuple[tuple[str, str], ...]
    basis: str
    retention: tuple[str, str]


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


STARTERS: tuple[Starter, ...] = (
    Starter(("Gestion de la paie", "Payroll"),
            ("Calculer et verser les salaires, déclarer les cotisations sociales.",
             "Calculate and pay salaries, declare social contributions."),
            (("Identité", "Identity"), ("Vie professionnelle", "Professional life"),
             ("Informations d'ordre économique et financier", "Economic and financial data"),
             ("Numéro de sécurité sociale", "National insurance number")),
            (("Salariés", "Employees"),),
            (("Service de la paie", "Payroll department"),
             ("Organismes sociaux", "Social security bodies"),
             ("Expert-comptable", "Accountant")),
            "legal_obligation",
            ("5 ans à compter du versement (bulletins : 50 ans ou jusqu'aux 75 ans du salarié)",
             "5 years after payment (payslips: 50 years or until the employee is 75)")),
    Starter(("Gestion des clients et prospects", "Customers and prospects"),
            ("Gérer les commandes, la facturation, la relation client et la prospection.",
             "Manage orders, invoicing, customer relations and prospecting."),
            (("Identité", "Identity"), ("Coordonnées", "Contact details"),
             ("Informations d'ordre économique et financier", "Economic and financial data")),
            (("Clients", "Customers"), ("Prospects", "Prospects")),
            (("Service commercial", "Sales department"), ("Comptabilité", "Accounting")),
            "contract",
            ("3 ans après le dernier contact (prospects) ; durée du contrat puis 5 ans (clients) ; "
             "factures : 10 ans",
             "3 years after the last contact (prospects); the contract plus 5 years "
             "(customers); invoices: 10 years")),
    Starter(("Gestion des fournisseurs", "Suppliers"),
            ("Passer les commandes, suivre les contrats et payer les fournisseurs.",
             "Place orders, follow contracts and pay suppliers."),
            (("Identité", "Identity"), ("Coordonnées", "Contact details"),
             ("Informations d'ordre économique et financier", "Economic and financial data")),
            (("Contacts chez les fournisseurs", "Supplier contacts"),),
            (("Service achats", "Purchasing"), ("Comptabilité", "Accounting")),
            "contract",
            ("Durée de la relation puis 5 ans ; pièces comptables : 10 ans",
             "The relationship plus 5 years; accounting records: 10 years")),
    Starter(("Gestion du personnel", "Staff management"),
            ("Tenir le dossier des salariés, les congés, les formations et les entretiens.",
             "Keep staff files, leave, training and appraisals."),
            (("Identité", "Identity"), ("Vie professionnelle", "Professional life"),
             ("Coordonnées", "Contact details")),
            (("Salariés", "Employees"), ("Stagiaires", "Interns")),
            (("Direction", "Management"), ("Ressources humaines", "Human resources")),
            "contract",
            ("Durée de l'emploi puis 5 ans", "The employment plus 5 years")),
    Starter(("Recrutement", "Recruitment"),
            ("Recevoir et étudier les candidatures, organiser les entretiens.",
             "Receive and assess applications, organise interviews."),
            (("Identité", "Identity"), ("Vie professionnelle", "Professional life"),
             ("Coordonnées", "Contact details")),
            (("Candidats", "Applicants"),),
            (("Ressources humaines", "Human resources"),),
            "legitimate_interests",
            ("2 ans après le dernier contact avec un candidat non retenu, avec son accord",
             "2 years after the last contact with an unsuccessful applicant, with consent")),
    Starter(("Vidéosurveillance des locaux", "Video surveillance of the premises"),
            ("Assurer la sécurité des biens et des personnes dans les locaux.",
             "Keep people and property safe on the premises."),
            (("Images", "Images"),),
            (("Salariés", "Employees"), ("Visiteurs", "Visitors")),
            (("Direction", "Management"), ("Forces de l'ordre sur réquisition",
                                           "The police on request")),
            "legitimate_interests",
            ("30 jours au plus", "30 days at most")),
)


def typical_activities(lang: str) -> list[dict[str, object]]:
    """The starters as `crud.create_activity` arguments, in `lang`."""
    justification = {"legitimate_interests": ("Sécurité et bonne marche de l'entreprise",
                                              "Security and good running of the business")}
    return [{
        "name": _pick(s.name, lang), "purpose": _pick(s.purpose, lang),
        "categories": [_pick(c, lang) for c in s.categories],
        "subjects": [_pick(c, lang) for c in s.subjects],
        "recipients": [_pick(c, lang) for c in s.recipients],
        "bases": [(s.basis, _pick(justification[s.basis], lang)
                   if s.basis in justification else "")],
        "retention": _pick(s.retention, lang),
    } for s in STARTERS]


def add_typical_activities(session: Session) -> list[int]:
    """Add the starters in the register's language; their ids, in order."""
    ids = []
    for fields in typical_activities(crud.language(session)):
        activity = crud.create_activity(session, **fields)  # type: ignore[arg-type]
        assert activity.id is not None
        ids.append(activity.id)
    return ids
