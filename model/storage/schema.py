"""The register's tables, all in one module so that relations never import in circles.

Timestamps are ISO 8601 strings in UTC: they go to JSON and back unchanged, which
keeps the export lossless. Lists of codes (security measures) are stored as
comma-separated codes: they are fixed vocabularies, never searched by SQL.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1
APPLICATION_ID = 0x52454731  # "REG1": tells a register from another program's SQLite file


class Meta(SQLModel, table=True):
    """Register-wide settings: language, creation date, history anchor."""

    key: str = Field(primary_key=True)
    value: str = ""


class Organisation(SQLModel, table=True):
    """The controller, its representative and its DPO (one row, id 1)."""

    id: int = Field(default=1, primary_key=True)
    name: str = ""
    address: str = ""
    registration_number: str = ""
    phone: str = ""
    email: str = ""
    rep_name: str = ""
    rep_address: str = ""
    rep_phone: str = ""
    rep_email: str = ""
    dpo_name: str = ""
    dpo_address: str = ""
    dpo_phone: str = ""
    dpo_email: str = ""


class Activity(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    name: str = ""
    purpose: str = ""
    business_function: str = ""
    status: str = "draft"
    validated_by: str = ""
    validated_at: str | None = None
    joint_controller: str = ""
    legal_basis_text: str = ""
    data_categories_text: str = ""
    art9_condition: str = ""
    retention: str = ""
    security_measures: str = ""
    security_other: str = ""
    data_source: str = ""
    dpia_required: bool | None = None
    dpia_reason: str = ""
    created_at: str = ""
    updated_at: str = ""
    position: int = Field(default=0, index=True)


class DataCategory(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    special: bool = False
    criminal: bool = False
    position: int = 0


class ActivityCategory(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    category_id: int = Field(
        foreign_key="datacategory.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0


class LegalBasis(SQLModel, table=True):
    """The six Article 6(1) bases; only the description is the user's."""

    code: str = Field(primary_key=True)
    article: str = ""
    label_fr: str = ""
    label_en: str = ""
    description: str = ""
    position: int = 0


class ActivityBasis(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    code: str = Field(foreign_key="legalbasis.code", primary_key=True)
    justification: str = ""
    position: int = 0


class DataSubject(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    position: int = 0


class ActivitySubject(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    subject_id: int = Field(
        foreign_key="datasubject.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0


class Recipient(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "internal"
    description: str = ""
    position: int = 0


class ActivityRecipient(SQLModel, table=True):
    activity_id: int = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    recipient_id: int = Field(
        foreign_key="recipient.id", primary_key=True, ondelete="CASCADE", index=True
    )
    position: int = 0


class Transfer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", ondelete="CASCADE", index=True)
    country: str = ""
    recipient: str = ""
    safeguard: str = ""
    safeguard_detail: str = ""
    position: int = 0


class HistoryEntry(SQLModel, table=True):
    """One append-only line of the register's history, chained by SHA-256."""

    id: int | None = Field(default=None, primary_key=True)
    at: str = ""
    user: str = ""
    action: str = ""
    entity: str = ""
    ref: str = Field(default="", index=True)
    field: str = ""
    old: str = ""
    new: str = ""
    prev_hash: str = ""
    hash: str = ""


class ExportRecord(SQLModel, table=True):
    """A PDF or JSON export, so the editor can say what changed since the last signed one."""

    id: int | None = Field(default=None, primary_key=True)
    at: str = ""
    file: str = ""
    fingerprint: str = ""
    signer: str = ""
    lang: str = ""
    history_id: int = 0
