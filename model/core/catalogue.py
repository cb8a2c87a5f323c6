"""The field catalogue: every field of the Article 30 record, declared once.

A field's key is its JSON key and its storage attribute; its labels, help,
record section, kind, completeness rule and the column titles people give it in
spreadsheets all live here. The table classes, crud, the JSON document, check,
the PDF sheet, the editor and the import/export read them from here, so adding
a field is one entry here, one schema upgrade step and a test.

Plain data: frozen dataclasses and tuples, no Qt, no database.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from model.core import vocab
from model.core.text import title_words
from model.core.vocab import Term


class Kind(StrEnum):
    """What a field holds, which says how it is stored, edited, checked and exchanged."""

    TEXT = "text"
    """One line of text."""
    LONG_TEXT = "long_text"
    """Text of several lines."""
    DATE = "date"
    """A calendar date, ISO 8601 (YYYY-MM-DD), as text."""
    TIMESTAMP = "timestamp"
    """A moment, ISO 8601 in UTC, kept by the register itself."""
    YES_NO = "yes_no"
    """True, False, or None (not stated)."""
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"
    """One code of `Field.vocabulary` (or "")."""
    CHOICES = "choices"
    """Several codes of `Field.vocabulary`; a list in JSON, comma-joined in storage."""
    TEXTS = "texts"
    """Several free texts (e.g. countries); a list in JSON, one per line in storage."""
    ITEMS = "items"
    """Names of items of one of the register's lists (`Field.item_list`)."""
    RECORDS = "records"
    """Sub-records, each with the fields `Field.fields` (legal bases, transfers)."""
    NOTES = "notes"
    """The user's own named notes: an ordered list of {"name", "text"}."""
    PER_ITEM = "per_item"
    """A text for some items of another list field (`Field.item_field`): an object mapping
    an item's name to its text in JSON, the text kept on the link (`Field.fields[0]`)."""


SCALAR_KINDS = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.DATE, Kind.TIMESTAMP, Kind.YES_NO,
                          Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.CHOICES, Kind.TEXTS})
"""Kinds kept in a column of the record's own table (the others live in linked tables)."""

LIST_KINDS = frozenset({Kind.CHOICES, Kind.TEXTS, Kind.ITEMS, Kind.RECORDS, Kind.NOTES})
"""Kinds that are lists in JSON."""


@dataclass(frozen=True)
class Section:
    """A section of the record, as the CNIL's register sheet groups its questions."""

    key: str
    order: int
    fr: str
    en: str

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


@dataclass(frozen=True)
class When:
    """The condition under which a rule applies; the empty condition always holds.

    `field`/`equals`: a field of the same record (or sub-record) has that value.
    `category_flag`: the activity uses a data category with that flag set
    ("special", "criminal").
    """

    field: str = ""
    equals: object = None
    category_flag: str = ""


ALWAYS = When()


@dataclass(frozen=True)
class Rule:
    """When a field must be filled, and what `check` says when it is not.

    Messages may name `{names}` (the categories that made the rule apply) and
    any text field of the record, e.g. `{country}` for a transfer. Fields
    sharing a `group` satisfy the rule together: one of them filled is enough,
    and the finding names the group.
    """

    fr: str
    en: str
    when: When = ALWAYS
    group: str = ""

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


@dataclass(frozen=True)
class Field:
    """One field of a record or of an item inside it."""

    key: str
    """JSON key and storage attribute (column) name."""
    fr: str
    en: str
    section: Section
    kind: Kind = Kind.TEXT
    help_fr: str = ""
    help_en: str = ""
    vocabulary: tuple[Term, ...] = ()
    """The codes a CHOICE or CHOICES field takes."""
    item_list: str = ""
    """For ITEMS: the key of the register list (`LISTS`) its names come from."""
    item_field: str = ""
    """For PER_ITEM: the list field of the same record whose items it qualifies."""
    fields: tuple[Field, ...] = ()
    """For RECORDS and NOTES: the fields of each sub-record."""
    rule: Rule | None = None
    """Completeness rule; None when the field may stay empty."""
    titles: tuple[str, ...] = ()
    """Column titles people give this field in spreadsheets, French and English."""
    json_path: tuple[str, ...] = ()
    """Where the value sits in the JSON record when not at `(key,)` (the organisation's
    representative and DPO are nested objects)."""
    editable: bool = True
    """False for what the register keeps itself (reference, dates of creation and change)."""
    nullable: bool = False
    """None is a value of its own (a date never set, a yes/no not answered)."""
    since: int = 1
    """The register schema (`schema.SCHEMA_VERSION`) that brought the field: its upgrade
    step adds the column (`store.add_columns`)."""
    initial: str = ""
    """The value of a text or choice field in a new record (a new activity is a draft)."""
    stored: bool = True
    """False for what is shown with the record but kept elsewhere (a basis's article)."""

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" else self.help_fr

    @property
    def path(self) -> tuple[str, ...]:
        """Where the value sits in its JSON record."""
        return self.json_path or (self.key,)

    @property
    def scalar(self) -> bool:
        """Kept in a column of the record's own table."""
        return self.stored and self.kind in SCALAR_KINDS

    @property
    def default(self) -> object:
        """The value of a field never filled, as stored and exported."""
        if self.nullable:
            return None
        if self.kind in LIST_KINDS:
            return []
        if self.kind is Kind.PER_ITEM:
            return {}
        if self.kind is Kind.YES_NO:
            return False
        return self.initial

    def all_titles(self) -> tuple[str, ...]:
        """Every title that names the field: its labels first, then the known titles.

        None for the notes: a column no field claims becomes a note named by its own
        title, so even a column titled "Notes" is a note called "Notes"."""
        if self.kind is Kind.NOTES:
            return ()
        return (self.fr, self.en, *self.titles)


@dataclass(frozen=True)
class ItemList:
    """One of the register's own lists (data categories, data subjects, recipients…)."""

    key: str
    """JSON key of the list in the document."""
    table: str
    """Storage table, also the history's entity name."""
    fr: str
    en: str
    item_fr: str
    item_en: str
    fields: tuple[Field, ...]
    argument: str
    """What `crud.set_activity_lists` and an imported row call an activity's use of it."""
    link: str
    """The table linking activities to its items, and (`link_column`) its column naming one."""
    link_column: str
    fixed: bool = False
    """Its items are the register's own (legal bases): described, never added or removed."""
    the_item_fr: str = ""
    """`item_fr` with its article, for a sentence ("Supprimer la catégorie de données …")."""

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def item_label(self, lang: str) -> str:
        return self.item_en if lang == "en" else self.item_fr

    def the_item_label(self, lang: str) -> str:
        """An item named in a sentence: with its article in French, bare in English."""
        return self.item_en if lang == "en" else self.the_item_fr or self.item_fr


# -- sections ------------------------------------------------------------------------------

CONTROLLER = Section("controller", 10, "Responsable du traitement", "Controller")
REPRESENTATIVE = Section("representative", 20, "Représentant", "Representative")
DPO = Section("dpo", 30, "Délégué à la protection des données (DPO)",
              "Data protection officer (DPO)")
IDENTIFICATION = Section("identification", 110, "Identification du traitement",
                         "Identification of the processing")
ACTORS = Section("actors", 120, "Acteurs", "Actors")
PURPOSES = Section("purposes", 130, "Finalités et licéité", "Purposes and lawfulness")
DATA_SUBJECTS = Section("data_subjects", 140, "Catégories de personnes concernées",
                        "Categories of data subjects")
DATA_CATEGORIES = Section("data_categories", 150, "Catégories de données personnelles",
                          "Categories of personal data")
SENSITIVE = Section("sensitive", 155, "Données sensibles", "Sensitive data")
RECIPIENTS = Section("recipients", 160, "Destinataires", "Recipients")
TRANSFERS = Section("transfers", 170, "Transferts hors UE", "Transfers outside the EU")
RETENTION = Section("retention", 180, "Durées de conservation", "Retention periods")
SECURITY = Section("security", 190, "Mesures de sécurité", "Security measures")
DPIA = Section("dpia", 200, "Analyse d'impact (AIPD)",
               "Data protection impact assessment (DPIA)")
AUTOMATED = Section("automated", 210, "Décisions automatisées et profilage (art. 22)",
                    "Automated decision-making and profiling (Art. 22)")
HOSTING = Section("hosting", 220, "Localisation des données", "Location of the data")
NOTES = Section("notes", 900, "Notes", "Notes")
LISTS_SECTION = Section("lists", 1000, "Listes du registre", "Register lists")

SECTIONS: tuple[Section, ...] = tuple(sorted(
    (CONTROLLER, REPRESENTATIVE, DPO, IDENTIFICATION, ACTORS, PURPOSES, DATA_SUBJECTS,
     DATA_CATEGORIES, SENSITIVE, RECIPIENTS, TRANSFERS, RETENTION, SECURITY, DPIA, AUTOMATED,
     HOSTING,
     NOTES, LISTS_SECTION),
    key=lambda s: s.order))
"""Every section, in the record's order."""


# -- the organisation ---------------------------------------------------------------------

def _person(prefix: str, key: str, section: Section, who_fr: str, who_en: str,
            titles_fr: tuple[str, ...], titles_en: tuple[str, ...]) -> tuple[Field, ...]:
    """The name, address, phone and e-mail of a representative or a DPO."""
    def field(part: str, fr: str, en: str, kind: Kind, extra: tuple[str, ...] = ()) -> Field:
        titles = tuple(f"{t} {fr.lower()}" for t in titles_fr) + tuple(
            f"{t} {en.lower()}" for t in titles_en) + extra
        return Field(f"{prefix}{part}", f"{fr} ({who_fr})", f"{en} ({who_en})", section,
                     kind, titles=titles, json_path=(key, part))
    return (
        field("name", "Nom", "Name", Kind.TEXT, (*titles_fr, *titles_en)),
        field("address", "Adresse", "Address", Kind.LONG_TEXT),
        field("phone", "Téléphone", "Phone", Kind.PHONE),
        field("email", "Adresse électronique", "E-mail", Kind.EMAIL),
    )


_CONTACT = Rule("les coordonnées du responsable de traitement manquent",
                "the controller's contact details are missing", group="contact")

ORGANISATION: tuple[Field, ...] = (
    Field("name", "Nom du responsable de traitement", "Controller's name", CONTROLLER,
          help_fr="La personne morale (ou physique) qui détermine les finalités et les moyens.",
          help_en="The legal (or natural) person who decides the purposes and means.",
          rule=Rule("le nom du responsable de traitement manque",
                    "the controller's name is missing"),
          titles=("Responsable du traitement", "Raison sociale", "Organisme", "Organisation",
                  "Nom de l'organisme", "Entreprise", "Société", "Controller",
                  "Name of controller", "Data controller", "Organisation name", "Company",
                  "Business name")),
    Field("address", "Adresse", "Address", CONTROLLER, Kind.LONG_TEXT, rule=_CONTACT,
          titles=("Adresse postale", "Adresse du responsable", "Postal address",
                  "Controller address")),
    Field("registration_number", "Numéro d'immatriculation", "Registration number",
          CONTROLLER,
          help_fr="SIREN, SIRET ou numéro d'enregistrement.",
          help_en="Company or charity number.",
          titles=("SIREN", "SIRET", "N° SIRET", "Immatriculation", "Company number",
                  "Registration no")),
    Field("phone", "Téléphone", "Phone", CONTROLLER, Kind.PHONE, rule=_CONTACT,
          titles=("Tél", "Numéro de téléphone", "Telephone", "Phone number")),
    Field("email", "Adresse électronique", "E-mail", CONTROLLER, Kind.EMAIL, rule=_CONTACT,
          titles=("Courriel", "E-mail", "Email", "Mél", "Adresse de messagerie",
                  "Email address", "Contact email")),
    *_person("rep_", "representative", REPRESENTATIVE, "représentant", "representative",
             ("Représentant",), ("Representative",)),
    *_person("dpo_", "dpo", DPO, "DPO", "DPO",
             ("DPO", "Délégué à la protection des données", "DPD"),
             ("DPO", "Data protection officer")),
)
"""The controller, its representative and its DPO (Art. 30(1)(a))."""


# -- items inside an activity --------------------------------------------------------------

BASIS_LINK: tuple[Field, ...] = (
    Field("code", "Fondement juridique", "Lawful basis", PURPOSES, Kind.CHOICE,
          vocabulary=vocab.LEGAL_BASES),
    Field("article", "Article (RGPD)", "Article (GDPR)", PURPOSES, editable=False,
          stored=False),
    Field("justification", "Précision", "Details", PURPOSES, Kind.LONG_TEXT,
          help_fr="Pour l'intérêt légitime : l'intérêt poursuivi.",
          help_en="For legitimate interests: the interest pursued.",
          rule=Rule("l'intérêt légitime poursuivi n'est pas précisé",
                    "the legitimate interest pursued is not stated",
                    when=When(field="code", equals="legitimate_interests")),
          titles=("Intérêt légitime poursuivi", "Intérêts légitimes", "Intérêt légitime",
                  "Legitimate interests for the processing", "Legitimate interest",
                  "Legitimate interests")),
)
"""A legal basis of an activity: the code, and for legitimate interests the interest."""

TRANSFER: tuple[Field, ...] = (
    Field("country", "Pays", "Country", TRANSFERS,
          titles=("Pays destinataire", "Pays tiers", "Pays de destination", "Third country",
                  "Destination country")),
    Field("recipient", "Destinataire", "Recipient", TRANSFERS,
          titles=("Destinataire du transfert", "Importateur", "Transfer recipient",
                  "Data importer")),
    Field("safeguard", "Garantie", "Safeguard", TRANSFERS, Kind.CHOICE,
          vocabulary=vocab.SAFEGUARDS,
          rule=Rule("transfert vers {country} sans garantie",
                    "transfer to {country} without a safeguard"),
          titles=("Type de garantie", "Type de garanties", "Garanties", "Safeguards",
                  "Safeguards for exceptional transfers of personal data to third countries "
                  "or international organisations", "Transfer mechanism")),
    Field("safeguard_detail", "Précision sur la garantie", "Safeguard details", TRANSFERS,
          Kind.LONG_TEXT),
    Field("international_organisation", "Organisation internationale",
          "International organisation", TRANSFERS, since=2,
          help_fr="Quand les données vont à une organisation internationale plutôt qu'à un "
                  "pays.",
          help_en="When the data goes to an international organisation rather than a "
                  "country.",
          titles=("Organisation internationale destinataire", "International organization",
                  "Names of international organisations")),
    Field("safeguard_reference", "Documentation de la garantie", "Safeguard documentation",
          TRANSFERS, since=2,
          help_fr="La référence ou le lien des clauses, de la décision ou des règles.",
          help_en="The reference or link of the clauses, decision or rules.",
          titles=("Lien vers la documentation", "Référence de la garantie",
                  "Documentation des garanties", "Link to safeguard documentation",
                  "Safeguard reference")),
)
"""A transfer of an activity's data outside the EU (Art. 30(1)(e))."""


NOTE: tuple[Field, ...] = (
    Field("name", "Nom de la note", "Note name", NOTES, since=2,
          help_fr="Ce que la note décrit, p. ex. « Logiciel » ou « Lien du contrat ».",
          help_en="What the note is about, e.g. “System” or “Contract link”."),
    Field("text", "Texte", "Text", NOTES, Kind.LONG_TEXT, since=2),
)
"""One of the user's own notes on an activity: what their spreadsheet had a column for and
the catalogue has no field for (owner, system, contract link…)."""

CATEGORY_LINK: tuple[Field, ...] = (
    Field("retention", "Durée de conservation de la catégorie", "Retention of the category",
          RETENTION, Kind.LONG_TEXT, since=2,
          help_fr="Quand elle diffère de celle de l'activité.",
          help_en="When it differs from the activity's."),
)
"""What an activity says about one of its data categories (kept on the link)."""


# -- the register's own lists ---------------------------------------------------------------

DATA_CATEGORY: tuple[Field, ...] = (
    Field("name", "Catégorie", "Category", LISTS_SECTION),
    Field("description", "Description", "Description", LISTS_SECTION, Kind.LONG_TEXT),
    Field("special", "Catégorie particulière (art. 9)", "Special category (Art. 9)",
          LISTS_SECTION, Kind.YES_NO,
          help_fr="Santé, opinions, origine, biométrie… : une condition de l'article 9 est "
                  "requise.",
          help_en="Health, opinions, origin, biometrics…: an Article 9 condition is needed."),
    Field("criminal", "Données d'infraction (art. 10)", "Criminal offence data (Art. 10)",
          LISTS_SECTION, Kind.YES_NO),
)

DATA_SUBJECT: tuple[Field, ...] = (
    Field("name", "Catégorie de personnes", "Data subject category", LISTS_SECTION),
    Field("description", "Description", "Description", LISTS_SECTION, Kind.LONG_TEXT),
)

RECIPIENT: tuple[Field, ...] = (
    Field("name", "Destinataire", "Recipient", LISTS_SECTION),
    Field("kind", "Nature", "Kind", LISTS_SECTION, Kind.CHOICE,
          vocabulary=vocab.RECIPIENT_KINDS, initial="internal"),
    Field("description", "Description", "Description", LISTS_SECTION, Kind.LONG_TEXT),
    Field("contact", "Coordonnées du sous-traitant", "Processor's contact details",
          LISTS_SECTION, Kind.LONG_TEXT, since=2,
          help_fr="Pour un sous-traitant : nom du contact, adresse, téléphone, courriel.",
          help_en="For a processor: contact name, address, phone, e-mail.",
          titles=("Coordonnées", "Contact du sous-traitant", "Contact", "Processor contact",
                  "Contact details")),
    Field("country", "Pays du sous-traitant", "Processor's country", LISTS_SECTION, since=2,
          titles=("Pays", "Pays d'établissement", "Country", "Processor country")),
    Field("contract_reference", "Contrat de sous-traitance (art. 28)",
          "Processing contract (Art. 28)", LISTS_SECTION, since=2,
          help_fr="La référence ou le lien du contrat conclu au titre de l'article 28.",
          help_en="The reference or link of the Article 28 contract.",
          titles=("Contrat", "Référence du contrat", "Lien vers le contrat",
                  "Contrat article 28", "DPA", "Link to contract with processor",
                  "Contract with processor", "Data processing agreement", "Contract")),
    Field("contract_date", "Date du contrat", "Contract date", LISTS_SECTION, Kind.DATE,
          since=2, titles=("Date de signature du contrat", "Date of contract",
                           "Contract signed on")),
)

LEGAL_BASIS: tuple[Field, ...] = (
    Field("code", "Code", "Code", LISTS_SECTION, Kind.CHOICE, vocabulary=vocab.LEGAL_BASES,
          editable=False),
    Field("article", "Article (RGPD)", "Article (GDPR)", LISTS_SECTION, editable=False),
    Field("label_fr", "Libellé (français)", "Label (French)", LISTS_SECTION, editable=False),
    Field("label_en", "Libellé (anglais)", "Label (English)", LISTS_SECTION, editable=False),
    Field("description", "Description", "Description", LISTS_SECTION, Kind.LONG_TEXT),
)

LISTS: tuple[ItemList, ...] = (
    ItemList("data_categories", "datacategory", "Catégories de données", "Data categories",
             "catégorie de données", "data category", DATA_CATEGORY, "categories",
             "activitycategory", "category_id", the_item_fr="la catégorie de données"),
    ItemList("data_subjects", "datasubject", "Personnes concernées", "Data subjects",
             "catégorie de personnes", "data subject", DATA_SUBJECT, "subjects",
             "activitysubject", "subject_id", the_item_fr="la catégorie de personnes"),
    ItemList("recipients", "recipient", "Destinataires", "Recipients", "destinataire",
             "recipient", RECIPIENT, "recipients", "activityrecipient", "recipient_id",
             the_item_fr="le destinataire"),
    ItemList("legal_bases", "legalbasis", "Bases légales", "Legal bases", "base légale",
             "legal basis", LEGAL_BASIS, "bases", "activitybasis", "code", fixed=True,
             the_item_fr="la base légale"),
)
"""The register's lists, in the JSON document's order. A list is named by its `table` in
the editor (the adapter's signals, the list pages, the undo commands) and in the history,
by its `key` in the JSON document; every table keyed by a list kind is made from these."""

NAMED_LISTS: tuple[ItemList, ...] = tuple(spec for spec in LISTS if not spec.fixed)
"""The lists whose items an activity names, and a user adds, renames and removes."""


# -- the processing activity ---------------------------------------------------------------

ACTIVITY: tuple[Field, ...] = (
    Field("reference", "Référence", "Reference", IDENTIFICATION, editable=False,
          help_fr="Donnée par le registre (T-001…), jamais réutilisée.",
          help_en="Given by the register (T-001…), never reused.",
          titles=("Réf", "Référence", "N°", "Numéro", "N° / REF", "Identifiant", "Code",
                  "ID", "Ref", "Reference", "Number", "No", "Identifier", "Activity ID")),
    Field("name", "Nom du traitement", "Name of the processing", IDENTIFICATION,
          help_fr="Un intitulé court, p. ex. « Gestion de la paie ».",
          help_en="A short title, e.g. “Payroll”.",
          titles=("Nom", "Nom / sigle", "Intitulé", "Traitement", "Activité",
                  "Activités", "Désignation des activités", "Activité de traitement",
                  "Nom de l'activité", "Name", "Title", "Activity", "Processing activity",
                  "Activity name", "Processing", "Name of processing")),
    Field("purpose", "Finalité(s)", "Purpose(s)", PURPOSES, Kind.LONG_TEXT,
          help_fr="Pourquoi les données sont traitées.",
          help_en="Why the data is processed.",
          rule=Rule("la finalité manque", "the purpose is missing"),
          titles=("Finalité", "Finalités", "Finalité principale", "Finalité du traitement",
                  "Finalités du traitement", "Objectif", "Objet du traitement",
                  "Sous-finalités", "Description", "But", "But / Activité", "Objectif poursuivi",
                  "Purpose", "Purposes", "Purpose/Activity", "Main purpose",
                  "Purpose of processing", "Purpose of the processing",
                  "Purposes of processing", "Reason", "Reason for processing", "Why",
                  "Why we use it", "What we use it for", "Description of processing")),
    Field("business_function", "Fonction ou service", "Business function", IDENTIFICATION,
          help_fr="Le service qui mène l'activité, p. ex. Ressources humaines.",
          help_en="The department that carries out the activity, e.g. Human resources.",
          titles=("Service", "Direction", "Département", "Fonction", "Service concerné",
                  "Métier", "Business function", "Department", "Business unit", "Function",
                  "Team")),
    Field("status", "Statut", "Status", IDENTIFICATION, Kind.CHOICE,
          vocabulary=vocab.STATUSES, initial="draft",
          titles=("État", "Statut de la fiche", "State")),
    Field("validated_by", "Validé par", "Validated by", IDENTIFICATION,
          titles=("Validateur", "Approuvé par", "Approved by")),
    Field("validated_at", "Date de validation", "Validation date", IDENTIFICATION,
          Kind.TIMESTAMP, nullable=True, titles=("Validé le", "Approved on", "Date approved")),
    Field("joint_controller", "Responsable conjoint", "Joint controller", ACTORS,
          help_fr="Nom et coordonnées du ou des responsables conjoints (art. 26).",
          help_en="Name and contact details of any joint controller (Art. 26).",
          titles=("Responsable(s) conjoint(s)", "Responsables conjoints",
                  "Nom du responsable conjoint du traitement", "Co-responsable",
                  "Name and contact details of joint controller",
                  "Name and contact details of joint controller (if applicable)",
                  "Joint controllers")),
    Field("data_subjects", "Personnes concernées", "Data subjects", DATA_SUBJECTS, Kind.ITEMS,
          item_list="data_subjects",
          rule=Rule("aucune catégorie de personnes concernées", "no data-subject categories"),
          titles=("Catégories de personnes concernées", "Personnes concernées",
                  "Catégorie de personnes", "Personnes", "Concernés",
                  "Categories of individuals", "Data subjects", "Categories of data subjects",
                  "Individuals", "Data subject categories", "Whose data", "Who")),
    Field("data_categories", "Catégories de données", "Data categories", DATA_CATEGORIES,
          Kind.ITEMS, item_list="data_categories",
          rule=Rule("aucune catégorie de données", "no data categories"),
          titles=("Catégories de données personnelles", "Catégories de données personnelles "
                  "concernées", "Données traitées", "Données collectées", "Données",
                  "Types de données", "Type de données", "Catégories",
                  "Categories of personal data", "Categories", "Type of data",
                  "Data categories", "Types of data", "Data collected", "Personal data "
                  "categories", "What data", "Information")),
    Field("legal_bases", "Bases légales", "Legal bases", PURPOSES, Kind.RECORDS,
          fields=BASIS_LINK, rule=Rule("aucun fondement juridique", "no legal basis"),
          titles=("Base légale", "Base juridique", "Bases juridiques", "Fondement juridique",
                  "Fondement", "Licéité", "Base légale du traitement", "Fondement légal",
                  "Fondement légal pour le traitement des données", "Legal basis",
                  "Lawful basis", "Lawful bases", "Article 6 lawful basis for processing "
                  "personal data", "Lawful basis for processing", "Basis",
                  "Lawful basis for processing including basis of legitimate interest")),
    Field("legal_basis_text", "Base légale (texte importé)", "Legal basis (imported text)",
          PURPOSES, Kind.LONG_TEXT,
          help_fr="Le texte d'origine d'une base légale importée, gardé tel quel.",
          help_en="The original text of an imported legal basis, kept as it was."),
    Field("data_categories_text", "Catégories (texte importé)",
          "Categories (imported text)", DATA_CATEGORIES, Kind.LONG_TEXT,
          help_fr="Le texte d'origine des catégories importées, gardé tel quel.",
          help_en="The original text of imported categories, kept as it was."),
    Field("art9_condition", "Condition de l'article 9", "Article 9 condition", SENSITIVE,
          Kind.CHOICE, vocabulary=vocab.ART9_CONDITIONS,
          help_fr="Requise quand l'activité traite une catégorie particulière de données.",
          help_en="Needed when the activity processes a special category of data.",
          rule=Rule("catégorie particulière ({names}) sans condition de l'article 9",
                    "special category ({names}) without an Article 9 condition",
                    when=When(category_flag="special")),
          titles=("Données sensibles", "Des données sensibles sont-elles traitées",
                  "Condition article 9", "Dérogation article 9",
                  "Article 9 basis for processing special category data",
                  "Article 9 condition", "Special category condition",
                  "Special category data")),
    Field("art10_condition", "Condition de l'article 10", "Article 10 condition", SENSITIVE,
          Kind.LONG_TEXT, since=2,
          help_fr="Requise quand l'activité traite des données relatives aux condamnations "
                  "pénales et aux infractions : le contrôle de l'autorité publique ou le texte "
                  "qui l'autorise.",
          help_en="Needed when the activity processes criminal conviction and offence data: "
                  "the official authority's control or the law that authorises it.",
          rule=Rule("données d'infraction ({names}) sans condition de l'article 10",
                    "criminal offence data ({names}) without an Article 10 condition",
                    when=When(category_flag="criminal")),
          titles=("Condition article 10", "Article 10", "Base article 10",
                  "Données relatives aux infractions", "Autorisation article 10",
                  "Article 10 basis for processing criminal offence data",
                  "Article 10 condition", "Criminal offence data condition",
                  "Condition for processing criminal offence data")),
    Field("recipients", "Destinataires", "Recipients", RECIPIENTS, Kind.ITEMS,
          item_list="recipients",
          titles=("Destinataires", "Catégories de destinataires", "Destinataires internes",
                  "Destinataires des données", "Catégories de destinataires des données",
                  "Sous-traitants", "Recipients",
                  "Categories of recipients", "Who we share it with", "Shared with",
                  "Third parties", "Processors")),
    Field("transfers", "Transferts hors UE", "Transfers outside the EU", TRANSFERS,
          Kind.RECORDS, fields=TRANSFER,
          titles=("Transferts hors UE", "Transferts", "Transfert hors UE",
                  "Transferts de données hors UE", "Transferts internationaux",
                  "International transfers", "Transfers", "Transfers outside the EU",
                  "Transfers outside the UK", "Names of third countries or international "
                  "organisations that personal data are transferred to")),
    Field("retention", "Durée de conservation", "Retention period", RETENTION, Kind.LONG_TEXT,
          help_fr="Combien de temps les données sont gardées, ou le critère qui le fixe.",
          help_en="How long the data is kept, or the criteria that set it.",
          rule=Rule("la durée de conservation manque", "the retention period is missing"),
          titles=("Durée de conservation", "Durées de conservation", "Conservation",
                  "Délai d'effacement", "Délai de conservation", "Durée de conservation "
                  "des données", "Retention", "Retention period", "Retention schedule",
                  "Retention schedule (if possible)", "How long we keep it",
                  "Data retention", "Retention periods", "Storage period")),
    Field("category_retention", "Durée de conservation par catégorie",
          "Retention per data category", RETENTION, Kind.PER_ITEM,
          item_field="data_categories", fields=CATEGORY_LINK, since=2,
          help_fr="La durée de conservation d'une catégorie de données quand elle diffère "
                  "de celle de l'activité, qui s'applique sinon.",
          help_en="A data category's retention period where it differs from the "
                  "activity's, which applies otherwise.",
          titles=("Durée de conservation par catégorie", "Durée de conservation des "
                  "catégories", "Conservation par catégorie", "Retention per category",
                  "Retention by data category", "Category retention")),
    Field("security_measures", "Mesures de sécurité", "Security measures", SECURITY,
          Kind.CHOICES, vocabulary=vocab.SECURITY_MEASURES,
          titles=("Mesures de sécurité", "Sécurité", "Mesures techniques et "
                  "organisationnelles", "Security measures", "Security",
                  "General description of technical and organisational security measures",
                  "General description of technical and organisational security measures "
                  "(if possible)", "Technical and organisational measures", "TOMs")),
    Field("security_other", "Autres mesures", "Other measures", SECURITY, Kind.LONG_TEXT,
          titles=("Autres mesures de sécurité", "Précisions sur la sécurité",
                  "Other security measures", "Security details")),
    Field("data_source", "Source des données", "Data source", DATA_CATEGORIES,
          Kind.LONG_TEXT,
          titles=("Source", "Origine des données", "Provenance des données",
                  "The source of the personal data", "Source of personal data",
                  "Source of the data", "Where we get it")),
    Field("dpia_required", "AIPD requise", "DPIA required", DPIA, Kind.YES_NO, nullable=True,
          titles=("AIPD", "AIPD requise ?", "Analyse d'impact", "Analyse d'impact requise",
                  "PIA", "DPIA", "Data Protection Impact Assessment required?",
                  "DPIA required?", "DPIA required")),
    Field("dpia_reason", "Motif de la décision sur l'AIPD", "Reason for the DPIA decision", DPIA,
          Kind.LONG_TEXT,
          help_fr="Pourquoi une AIPD est requise, ou non.",
          help_en="Why a DPIA is or is not required.",
          titles=("Motif de l'AIPD", "Justification AIPD", "DPIA reason")),
    Field("dpia_status", "État de l'AIPD", "DPIA status", DPIA, Kind.CHOICE,
          vocabulary=vocab.DPIA_STATUSES, since=2,
          rule=Rule("une AIPD est requise mais son état n'est pas indiqué",
                    "a DPIA is required but its status is not stated",
                    when=When(field="dpia_required", equals=True)),
          titles=("Avancement de l'AIPD", "Statut de l'AIPD", "État AIPD", "AIPD réalisée",
                  "Progress of DPIA", "DPIA progress", "DPIA status")),
    Field("dpia_date", "Date de l'AIPD", "DPIA date", DPIA, Kind.DATE, since=2,
          titles=("Date AIPD", "AIPD réalisée le", "Date of DPIA", "DPIA completed on")),
    Field("dpia_reference", "Référence de l'AIPD", "DPIA reference", DPIA, since=2,
          help_fr="La référence ou le lien du rapport d'AIPD.",
          help_en="The reference or link of the DPIA report.",
          titles=("Lien vers l'AIPD", "Référence AIPD", "Rapport d'AIPD", "Link to DPIA",
                  "DPIA link", "DPIA report")),
    Field("automated_decision", "Décision automatisée ou profilage",
          "Automated decision-making or profiling", AUTOMATED, Kind.YES_NO, nullable=True,
          since=2,
          help_fr="Une décision produisant des effets juridiques ou significatifs est-elle prise "
                  "sur le seul fondement d'un traitement automatisé, y compris le profilage "
                  "(art. 22) ?",
          help_en="Is a decision with legal or similarly significant effects based solely on "
                  "automated processing, including profiling (Art. 22)?",
          titles=("Décision automatisée", "Profilage", "Prise de décision automatisée",
                  "Existence of automated decision-making, including profiling",
                  "Automated decision-making", "Profiling", "Automated decision")),
    Field("automated_decision_detail", "Description de la décision automatisée",
          "Description of the automated decision-making", AUTOMATED, Kind.LONG_TEXT, since=2,
          help_fr="La logique sous-jacente, l'importance et les conséquences pour les "
                  "personnes, et les garanties (intervention humaine…).",
          help_en="The logic involved, its significance and consequences for individuals, and "
                  "the safeguards (human review…).",
          rule=Rule("décision automatisée sans description",
                    "automated decision-making without a description",
                    when=When(field="automated_decision", equals=True)),
          titles=("Description du profilage", "Logique de la décision automatisée",
                  "Description of automated decision-making", "Profiling details")),
    Field("hosting_countries", "Pays d'hébergement", "Hosting countries", HOSTING, Kind.TEXTS,
          since=2,
          help_fr="Les pays où les données sont hébergées ou stockées.",
          help_en="The countries where the data is hosted or stored.",
          titles=("Localisation des données", "Lieu d'hébergement", "Hébergement",
                  "Pays de stockage", "Localisation", "Location of personal data",
                  "Data location", "Hosting location", "Where the data is stored",
                  "Hosting")),
    Field("notes", "Notes", "Notes", NOTES, Kind.NOTES, fields=NOTE, since=2,
          help_fr="Vos propres rubriques, chacune nommée, dans l'ordre voulu ; elles "
                  "figurent en annexe du registre.",
          help_en="Your own headings, each named, in the order you choose; the record "
                  "prints them in its annex."),
    # No titles: a spreadsheet column the catalogue cannot place becomes a note named by the
    # column's title, so "Commentaire" is a note called "Commentaire", not a nameless one.
    Field("created_at", "Créée le", "Created on", IDENTIFICATION, Kind.TIMESTAMP,
          editable=False,
          titles=("Date de création", "Date de création de la fiche", "Creation date",
                  "Created")),
    Field("updated_at", "Modifiée le", "Updated on", IDENTIFICATION, Kind.TIMESTAMP,
          editable=False,
          titles=("Mise à jour", "Date de mise à jour", "Date de dernière mise à jour",
                  "Dernière mise à jour", "Last updated", "Last update", "Updated")),
)
"""A processing activity (Art. 30(1)(b)-(g)), in the JSON record's order."""


# -- lookups -------------------------------------------------------------------------------

def by_key(key: str, fields: tuple[Field, ...] = ACTIVITY) -> Field:
    """The field named `key` (KeyError when there is none: a misspelt key is a bug)."""
    for f in fields:
        if f.key == key:
            return f
    raise KeyError(key)


def find(key: str, fields: tuple[Field, ...] = ACTIVITY) -> Field | None:
    """The field named `key`, or None (a key read from a file may be unknown)."""
    return next((f for f in fields if f.key == key), None)


def item_list(key: str) -> ItemList:
    """The register list whose JSON key is `key`."""
    for spec in LISTS:
        if spec.key == key:
            return spec
    raise KeyError(key)


def list_kind(table: str) -> ItemList:
    """The register list kept in `table` (the editor's and the history's name for it)."""
    for spec in LISTS:
        if spec.table == table:
            return spec
    raise KeyError(table)


def scalar_fields(fields: tuple[Field, ...] = ACTIVITY) -> tuple[Field, ...]:
    """The fields kept in columns of the record's own table."""
    return tuple(f for f in fields if f.scalar)


def editable_fields(fields: tuple[Field, ...] = ACTIVITY) -> tuple[Field, ...]:
    """The fields a user (or an import) may set."""
    return tuple(f for f in fields if f.editable)


ACTIVITY_SCALARS: dict[str, Field] = {f.key: f for f in editable_fields(scalar_fields(ACTIVITY))}
"""Fields of an activity that an edit may change in the activity's own row (its lists are
kept in tables of their own): the core's `update_activity` takes these."""

ACTIVITY_TEXT_FIELDS = tuple(k for k, f in ACTIVITY_SCALARS.items() if f.kind not in LIST_KINDS)
"""The single-valued ones among them (a code list such as security measures is not)."""


def by_section(fields: tuple[Field, ...] = ACTIVITY) -> Iterator[tuple[Section, tuple[Field, ...]]]:
    """(section, its fields) in the record's order, skipping sections with no field."""
    for section in SECTIONS:
        members = tuple(f for f in fields if f.section == section)
        if members:
            yield section, members


def in_section(section: Section, fields: tuple[Field, ...] = ACTIVITY) -> tuple[Field, ...]:
    return tuple(f for f in fields if f.section == section)


# -- column titles -------------------------------------------------------------------------

_STOP_WORDS = frozenset({
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "pour",
    "par", "sur", "un", "une", "the", "of", "for", "to", "and", "an", "in", "on", "if",
    "possible", "applicable", "any", "is", "are", "that", "it", "we",
})


def _content(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words that carry meaning; all of them when the title is only small words."""
    kept = tuple(w for w in words if w not in _STOP_WORDS)
    return kept or words


@dataclass(frozen=True)
class Match:
    """How well a column title names a field: 1.0 is one of its titles, word for word."""

    field: Field
    score: float


@functools.lru_cache(maxsize=256)
def _known_titles(titles: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each of a field's titles as `title_score` compares it (its words, and the meaningful
    ones), worked out once: an import scores each cell of its first rows against them all."""
    return tuple((words, frozenset(_content(words))) for words in map(title_words, titles))


def title_score(title: str, f: Field) -> float:
    """How well `title` names field `f`, from 0 (not at all) to 1 (one of its titles).

    Accent-, case-, punctuation- and plural-blind. Short of an exact title, the
    score is the share of meaningful words the title and the closest known
    title have in common, so "Purpose of the processing (main)" still names the
    purpose; a title that merely contains a one-word title scores lower than
    one that is it.
    """
    words = title_words(title)
    if not words:
        return 0.0
    best = 0.0
    mine = set(_content(words))
    for known_words, theirs in _known_titles(f.all_titles()):
        if known_words == words:
            return 1.0
        if not theirs:
            continue
        common = len(mine & theirs)
        if common:
            best = max(best, 0.95 * common / len(mine | theirs))
    return best


def match_title(title: str, fields: Iterable[Field] = ACTIVITY,
                threshold: float = 0.5) -> list[Match]:
    """The fields `title` may name, best first, those scoring at least `threshold`."""
    matches = [Match(f, s) for f in fields if (s := title_score(title, f)) >= threshold]
    return sorted(matches, key=lambda m: -m.score)


def field_for_title(title: str, fields: Iterable[Field] = ACTIVITY,
                    threshold: float = 0.5) -> Field | None:
    """The field `title` names best, or None when none reaches `threshold`."""
    matches = match_title(title, fields, threshold)
    return matches[0].field if matches else None
