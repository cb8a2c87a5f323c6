"""The field catalogue: one entry per field, both languages, titles that find their field."""

from __future__ import annotations

import pytest

from model.core import catalogue
from model.core.catalogue import ACTIVITY, LISTS, ORGANISATION, Field, Kind
from model.core.text import fold, fold_title, title_words
from model.exchange import jsondoc

RECORDS: dict[str, tuple[Field, ...]] = {
    "organisation": ORGANISATION,
    "activity": ACTIVITY,
    **{f"list {spec.key}": spec.fields for spec in LISTS},
    **{f"activity {f.key}": f.fields for f in ACTIVITY if f.fields},
}


def _all_fields() -> list[Field]:
    return [f for fields in RECORDS.values() for f in fields]


@pytest.mark.parametrize("name", RECORDS)
def test_every_key_is_unique_within_its_record(name: str) -> None:
    keys = [f.key for f in RECORDS[name]]
    assert len(keys) == len(set(keys)), keys


def test_organisation_json_paths_are_unique() -> None:
    paths = [f.path for f in ORGANISATION]
    assert len(paths) == len(set(paths))
    assert catalogue.by_key("dpo_email", ORGANISATION).path == ("dpo", "email")


@pytest.mark.parametrize("field", _all_fields(), ids=lambda f: f.key)
def test_every_field_has_both_labels_and_a_known_section(field: Field) -> None:
    assert field.fr.strip() and field.en.strip()
    assert field.section in catalogue.SECTIONS
    assert bool(field.help_fr) == bool(field.help_en)
    if field.kind in (Kind.CHOICE, Kind.CHOICES):
        assert field.vocabulary, field.key
    if field.kind is Kind.ITEMS:
        assert catalogue.item_list(field.item_list).key == field.item_list
    if field.kind is Kind.RECORDS:
        assert field.fields
    if field.rule is not None:
        assert field.rule.fr and field.rule.en


def test_sections_are_in_order_and_each_has_both_labels() -> None:
    orders = [s.order for s in catalogue.SECTIONS]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    assert all(s.fr and s.en for s in catalogue.SECTIONS)
    sections = [s for s, _ in catalogue.by_section(ACTIVITY)]
    assert sections == sorted(sections, key=lambda s: s.order)
    grouped = [f for _, fields in catalogue.by_section(ACTIVITY) for f in fields]
    assert sorted(f.key for f in grouped) == sorted(f.key for f in ACTIVITY)


@pytest.mark.parametrize("name", ["organisation", "activity"])
def test_a_title_names_one_field_only(name: str) -> None:
    """Two fields claiming the same title would make an import guess."""
    owner: dict[str, str] = {}
    for f in RECORDS[name]:
        for title in set(map(fold_title, f.all_titles())):
            assert owner.setdefault(title, f.key) == f.key, (title, owner[title], f.key)


@pytest.mark.parametrize(("title", "key"), [
    ("Finalité(s)", "purpose"),
    ("FINALITES", "purpose"),
    ("finalite principale", "purpose"),
    ("Purpose of processing", "purpose"),
    ("Reason", "purpose"),
    ("Why", "purpose"),
    ("Catégories de personnes concernées", "data_subjects"),
    ("Categories of individuals", "data_subjects"),
    ("Data subjects", "data_subjects"),
    ("Durée de conservation", "retention"),
    ("Retention schedule (if possible)", "retention"),
    ("Destinataires", "recipients"),
    ("recipients", "recipients"),
    ("Transferts hors UE", "transfers"),
    ("International transfers", "transfers"),
    ("Mesures de sécurité", "security_measures"),
    ("Référence", "reference"),
    ("ID", "reference"),
    ("Business function", "business_function"),
    ("Name and contact details of joint controller", "joint_controller"),
    ("Article 6 lawful basis for processing personal data", "legal_bases"),
    ("Article 9 basis for processing special category data", "art9_condition"),
    ("The source of the personal data", "data_source"),
    ("Data Protection Impact Assessment required?", "dpia_required"),
    ("  durée   de CONSERVATION ", "retention"),
    ("Purpose of the processing (main)", "purpose"),
])
def test_title_lookup_finds_the_field_on_folded_variants(title: str, key: str) -> None:
    found = catalogue.field_for_title(title)
    assert found is not None and found.key == key, (title, found)


def test_unrelated_titles_name_no_field() -> None:
    for title in ("Lien vers le registre des consentements", "Personal data breach?", "",
                  "Colonne 7", "Commentaires internes"):
        assert catalogue.field_for_title(title) is None, title


def test_an_exact_title_outscores_a_title_that_contains_it() -> None:
    exact = catalogue.title_score("Finalité", catalogue.by_key("purpose"))
    longer = catalogue.title_score("Finalité et contexte du projet", catalogue.by_key("purpose"))
    assert exact == 1.0
    assert 0 < longer < exact


def test_organisation_titles() -> None:
    assert catalogue.field_for_title("DPO e-mail", ORGANISATION) == catalogue.by_key(
        "dpo_email", ORGANISATION)
    assert catalogue.field_for_title("Raison sociale", ORGANISATION) == catalogue.by_key(
        "name", ORGANISATION)


def test_folding_is_accent_case_and_punctuation_blind() -> None:
    assert fold("Identité ÉLÈVE") == "identite eleve"
    assert title_words("Finalité(s)") == title_words("FINALITES") == ("finalite",)
    assert fold_title("Catégories  de l’activité") == fold_title("categorie de l'activite")


def test_by_key_refuses_an_unknown_key_and_find_does_not() -> None:
    with pytest.raises(KeyError):
        catalogue.by_key("no_such_field")
    assert catalogue.find("no_such_field") is None


def test_defaults_follow_the_kind() -> None:
    assert catalogue.by_key("purpose").default == ""
    assert catalogue.by_key("dpia_required").default is None
    assert catalogue.by_key("data_categories").default == []


def test_the_readmes_json_example_has_every_catalogue_key() -> None:
    """The README documents the format: its example names each field, and only those."""
    import json
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme[readme.index("## JSON export"):]
    block = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert block is not None
    example = json.loads(block.group(1))
    assert example["format"] == f"registre/{jsondoc.FORMAT_VERSION}"
    assert set(example["activities"][0]) == {f.key for f in ACTIVITY}
    paths: set[tuple[str, ...]] = set()
    for key, value in example["organisation"].items():
        paths |= {(key, part) for part in value} if isinstance(value, dict) else {(key,)}
    assert {f.path for f in ORGANISATION} == paths
    for spec in LISTS:
        assert set(example[spec.key][0]) == {f.key for f in spec.fields}, spec.key
    activity = example["activities"][0]
    for f in ACTIVITY:
        if f.kind is Kind.RECORDS:
            assert set(activity[f.key][0]) == {g.key for g in f.fields}, f.key
