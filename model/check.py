"""What Article 30 asks for and the register lacks: one function for the CLI, editor and PDF.

It reads the export document, so the record and the check can never disagree
about what the register holds, and it applies the catalogue's rules
(`catalogue.Field.rule`): a field's completeness is declared with the field.
The editor's table checks one row at a time through `activity_findings`, the
very rules `check_document` applies, so the table, the status bar, Check, the
export and `registre check` count alike.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from model.core import catalogue, vocab
from model.core.i18n import t_in
from model.exchange import importer  # bound on first use: the editor's start needs none of it
from model.register.views import ActivityView, ItemView, OrganisationView


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


CategoryFlags = Mapping[str, Collection[str]]
"""For each data-category flag a rule asks about ("special", "criminal"), the names of the
register's categories that have it set."""

_FLAGS = tuple(dict.fromkeys(
    f.rule.when.category_flag
    for fields in (catalogue.ACTIVITY, *(f.fields for f in catalogue.ACTIVITY))
    for f in fields if f.rule is not None and f.rule.when.category_flag))


def category_flags(categories: Iterable[ItemView]) -> dict[str, set[str]]:
    """The flags the rules need, from the register's data categories."""
    return _category_flags([c.json for c in categories])


def _category_flags(categories: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """The same, from the data categories as the document has them."""
    categories = list(categories)
    return {flag: {str(c["name"]) for c in categories if c.get(flag)} for flag in _FLAGS}


def _missing(spec: catalogue.Field, value: Any) -> bool:
    if spec.kind is catalogue.Kind.YES_NO:
        return value is None
    if spec.kind in catalogue.LIST_KINDS:
        return not value
    return not str(value or "").strip()


def _findings(fields: tuple[catalogue.Field, ...], record: Mapping[str, Any], *, lang: str,
              ref: str, flags: CategoryFlags, categories: Collection[str],
              finding_field: str = "") -> list[Finding]:
    """What `record` lacks by its fields' rules; sub-records are checked one by one.

    `finding_field` names the field of the parent record a sub-record's finding is
    told under (a transfer's missing safeguard is a finding on "transfers").
    """
    findings: list[Finding] = []
    texts: dict[str, str] | None = None
    groups: dict[str, list[catalogue.Field]] = {}
    for spec in fields:
        rule = spec.rule
        if rule is not None and rule.group:
            groups.setdefault(rule.group, []).append(spec)
            continue
        if rule is not None:
            when = rule.when
            names: list[str] = []
            if when.category_flag:
                chosen = flags.get(when.category_flag, ())
                names = [c for c in categories if c in chosen]
                applies = bool(names)
            else:
                applies = not when.field or record.get(when.field) == when.equals
            if applies and _missing(spec, _value(record, spec)):
                if texts is None:  # once a record, and only when it lacks something
                    texts = {k: (str(v) or "?") for k, v in record.items() if isinstance(v, str)}
                findings.append(_finding(lang, ref, finding_field or spec.key, rule.fr,
                                         rule.en, **{**texts, "names": ", ".join(names)}))
        if spec.fields and spec.kind is catalogue.Kind.RECORDS:
            for item in record.get(spec.key) or []:
                findings += _findings(spec.fields, item, lang=lang, ref=ref, flags=flags,
                                      categories=categories,
                                      finding_field=finding_field or spec.key)
    for group, members in groups.items():
        if all(_missing(m, _value(record, m)) for m in members):
            rule = members[0].rule
            assert rule is not None
            findings.append(_finding(lang, ref, group, rule.fr, rule.en))
    return findings


def _value(record: Mapping[str, Any], spec: catalogue.Field) -> Any:
    """A field's value in its record, organisation fields being nested (dpo/email)."""
    value: Any = record
    for key in spec.path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def organisation_findings(org: OrganisationView, lang: str) -> list[Finding]:
    """What the controller's identification (Article 30(1)(a)) lacks."""
    return _organisation_findings(org.json, lang)


def _organisation_findings(org: Mapping[str, Any], lang: str) -> list[Finding]:
    return _findings(catalogue.ORGANISATION, org, lang=lang, ref="", flags={}, categories=())


def activity_findings(activity: ActivityView, flags: CategoryFlags,
                      lang: str) -> list[Finding]:
    """What one activity lacks, by the catalogue's rules; an archived one is not checked."""
    return _activity_findings(activity.json, flags, lang)


def _activity_findings(activity: Mapping[str, Any], flags: CategoryFlags,
                       lang: str) -> list[Finding]:
    """What an activity in its JSON form lacks (a document's activities are that shape)."""
    if activity.get("status") == "archived":
        return []
    ref = str(activity.get("reference") or "?")
    findings = _findings(catalogue.ACTIVITY, activity, lang=lang, ref=ref, flags=flags,
                         categories=list(activity.get("data_categories") or []))
    for code in conflicting_bases(activity):  # the record prints neither side: say it here
        term = vocab.by_code(vocab.LEGAL_BASES, code)
        findings.append(_finding(
            lang, ref, "legal_basis_text",
            "le texte importé invoque « {basis} », absent des bases légales retenues",
            "the imported text invokes “{basis}”, which is not among the legal bases chosen",
            basis=term.label(lang) if term else code))
    return findings


def document_activity_findings(activity: Mapping[str, Any], flags: CategoryFlags,
                               lang: str) -> list[Finding]:
    """What an activity of a JSON document lacks: the record marks those fields on its
    sheet, by the same rules as `check` (so the two can never disagree)."""
    return _activity_findings(activity, flags, lang)


def conflicting_bases(activity: Mapping[str, Any]) -> list[str]:
    """Bases that an activity's imported wording names but the activity does not have: the
    record never prints that wording beside bases it contradicts."""
    raw = str(activity.get("legal_basis_text") or "").strip()
    if not raw:
        return []
    chosen = {str(b.get("code") or "") for b in activity.get("legal_bases") or []}
    named, _ = importer.parse_bases(raw)
    return list(dict.fromkeys(code for code, _ in named if code not in chosen))


def check_document(doc: dict[str, Any], lang: str | None = None) -> list[Finding]:
    """Findings in the register's language (or `lang`), organisation first, then activities."""
    lang = lang or str(doc.get("language") or "fr")
    findings = _organisation_findings(doc.get("organisation") or {}, lang)
    flags = _category_flags(doc.get("data_categories") or [])
    for activity in doc.get("activities") or []:
        findings += _activity_findings(activity, flags, lang)
    return findings


def incomplete_references(findings: list[Finding]) -> list[str]:
    """Activities with at least one finding, each once, in order."""
    return list(dict.fromkeys(f.reference for f in findings if f.reference))
