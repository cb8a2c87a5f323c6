"""What Article 30 asks for and the register lacks: one function for the CLI, editor and PDF.

It reads the export document, so the record and the check can never disagree
about what the register holds. The editor's table checks one row at a time
through `activity_findings`, the very rules `check_document` applies, so the
table, the status bar, Check, the export and `registre check` count alike.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from model.core.i18n import t_in


@dataclass(frozen=True)
class Finding:
    """One missing or inconsistent item; `reference` is "" for the organisation."""

    reference: str
    field: str
    message: str
    """With where it is: "T-0003 : la finalité manque"."""
    what: str = ""
    """Without where it is, for a place that already says it (the activity's row)."""


def _finding(lang: str, ref: str, field: str, fr: str, en: str, **params: object) -> Finding:
    what = t_in(lang, fr, en, **params)
    return Finding(ref, field, t_in(lang, "{where} : {what}", "{where}: {what}",
                                    where=ref or "Organisation", what=what), what)


def organisation_findings(org: Mapping[str, Any], lang: str) -> list[Finding]:
    """What the controller's identification (Article 30(1)(a)) lacks."""
    findings = []
    if not str(org.get("name") or "").strip():
        findings.append(_finding(lang, "", "name", "le nom du responsable de traitement manque",
                                 "the controller's name is missing"))
    if not any(str(org.get(k) or "").strip() for k in ("address", "phone", "email")):
        findings.append(_finding(lang, "", "contact",
                                 "les coordonnées du responsable de traitement manquent",
                                 "the controller's contact details are missing"))
    return findings


def special_categories(doc: Mapping[str, Any]) -> set[str]:
    """Names of the document's special (Article 9) data categories."""
    return {c["name"] for c in doc.get("data_categories") or [] if c.get("special")}


def activity_findings(activity: Mapping[str, Any], special: Collection[str],
                      lang: str) -> list[Finding]:
    """What one activity lacks; an archived one is not checked."""
    if activity.get("status") == "archived":
        return []
    ref = str(activity.get("reference") or "?")
    findings: list[Finding] = []

    def add(field: str, fr: str, en: str, **params: object) -> None:
        findings.append(_finding(lang, ref, field, fr, en, **params))

    if not str(activity.get("purpose") or "").strip():
        add("purpose", "la finalité manque", "the purpose is missing")
    bases = activity.get("legal_bases") or []
    if not bases:
        add("legal_bases", "aucun fondement juridique", "no legal basis")
    if not activity.get("data_categories"):
        add("data_categories", "aucune catégorie de données", "no data categories")
    if not activity.get("data_subjects"):
        add("data_subjects", "aucune catégorie de personnes concernées",
            "no data-subject categories")
    if not str(activity.get("retention") or "").strip():
        add("retention", "la durée de conservation manque", "the retention period is missing")
    for basis in bases:
        if basis.get("code") == "legitimate_interests" and not str(
            basis.get("justification") or ""
        ).strip():
            add("legal_bases", "l'intérêt légitime poursuivi n'est pas précisé",
                "the legitimate interest pursued is not stated")
    used_special = [c for c in activity.get("data_categories") or [] if c in special]
    if used_special and not str(activity.get("art9_condition") or "").strip():
        add("art9_condition",
            "catégorie particulière ({names}) sans condition de l'article 9",
            "special category ({names}) without an Article 9 condition",
            names=", ".join(used_special))
    for transfer in activity.get("transfers") or []:
        if not str(transfer.get("safeguard") or "").strip():
            add("transfers", "transfert vers {country} sans garantie",
                "transfer to {country} without a safeguard",
                country=transfer.get("country") or "?")
    return findings


def check_document(doc: dict[str, Any], lang: str | None = None) -> list[Finding]:
    """Findings in the register's language (or `lang`), organisation first, then activities."""
    lang = lang or str(doc.get("language") or "fr")
    findings = organisation_findings(doc.get("organisation") or {}, lang)
    special = special_categories(doc)
    for activity in doc.get("activities") or []:
        findings += activity_findings(activity, special, lang)
    return findings


def incomplete_references(findings: list[Finding]) -> list[str]:
    """Activities with at least one finding, each once, in order."""
    return list(dict.fromkeys(f.reference for f in findings if f.reference))
