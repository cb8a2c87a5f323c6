"""Every released schema's register, made by the version that released it, opens intact.

`tests/fixtures/register-v<N>.db` was written by `make_fixtures.py` with the
code of schema N; beside it, its JSON export and history as they were then.
Opening a copy with today's code must give back every item and every history
entry, with the chain intact.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from model.core import catalogue
from model.exchange import jsondoc
from model.storage import history, schema
from model.storage.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("register-v*.db"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert list(range(1, schema.SCHEMA_VERSION + 1)) == VERSIONS


def _as_of(doc: Any, old: Any) -> Any:
    """`doc` with only the keys `old` has: what a reader of the older format sees."""
    if isinstance(doc, dict) and isinstance(old, dict):
        return {k: _as_of(doc[k], old[k]) if k in doc else "<missing>" for k in old}
    if isinstance(doc, list) and isinstance(old, list) and len(doc) == len(old):
        return [_as_of(d, o) for d, o in zip(doc, old, strict=True)]
    return doc


UPGRADE_VALUES: dict[int, dict[str, Any]] = {
    1: {"dpia_status": lambda a: "not_required" if a["dpia_required"] is False else ""},
}
"""Fields an upgrade from schema N fills from older data instead of leaving them empty."""


def assert_reads_as(doc: dict[str, Any], expected: dict[str, Any], version: int) -> None:
    """Every key of the older export is there with its value; the new ones are empty."""
    assert doc["format"] == jsondoc.FORMAT
    assert _as_of(doc, expected) == {**expected, "format": jsondoc.FORMAT}
    for activity in doc["activities"]:
        for f in catalogue.ACTIVITY:
            derived = UPGRADE_VALUES.get(version, {}).get(f.key)
            if derived is not None:
                assert activity[f.key] == derived(activity), (activity["reference"], f.key)
            elif f.since > version:
                assert activity[f.key] == f.default, (activity["reference"], f.key)
    for spec in catalogue.LISTS:
        for item in doc[spec.key]:
            for f in spec.fields:
                if f.since > version:
                    assert item[f.key] == f.default, (spec.key, f.key)


def _history(store: Store) -> list[dict[str, Any]]:
    with store.read() as s:
        return [{k: getattr(e, k) for k in ("id", "at", "user", "action", "entity", "ref",
                                            "field", "old", "new", "prev_hash", "hash")}
                for e in history.entries(s)]


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_register_opens_with_everything_intact(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"register-v{version}.db"
    shutil.copyfile(FIXTURES / path.name, path)
    expected = json.loads((FIXTURES / f"register-v{version}.json").read_text("utf-8"))
    expected_history = json.loads(
        (FIXTURES / f"register-v{version}-history.json").read_text("utf-8"))
    store = Store.open(path, create=False)
    try:
        with store.read() as s:
            doc = jsondoc.export_document(s)
            assert history.verify(s) is None
        old = _history(store)
    finally:
        store.close()
    assert_reads_as(doc, expected, version)
    # Entries written since (an upgrade, say) come after; the old ones are untouched.
    assert old[: len(expected_history)] == expected_history
    assert {a["reference"] for a in expected["activities"]} >= {"T-001", "T-002", "T-003"}


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_register_reads_the_same_read_only(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"register-v{version}.db"
    shutil.copyfile(FIXTURES / path.name, path)
    before = path.read_bytes()
    store = Store.open(path, readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    expected = json.loads((FIXTURES / f"register-v{version}.json").read_text("utf-8"))
    assert_reads_as(doc, expected, version)
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_export_restores_as_the_upgraded_register_reads(tmp_path: Path,
                                                               version: int) -> None:
    """A `registre/N` file and the schema-N register it came from give the same register."""
    path = tmp_path / f"register-v{version}.db"
    shutil.copyfile(FIXTURES / path.name, path)
    store = Store.open(path, readonly=True)
    with store.read() as s:
        upgraded = jsondoc.export_document(s)
    store.close()
    old = jsondoc.read_json(FIXTURES / f"register-v{version}.json")
    assert old["format"] == f"registre/{version}"
    fresh = Store.memory(language=old["language"])
    with fresh.write() as s:
        jsondoc.restore_document(s, old, name="old.json")
    with fresh.read() as s:
        assert jsondoc.export_document(s) == upgraded

