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

from model.exchange import jsondoc
from model.storage import history, schema
from model.storage.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("register-v*.db"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert list(range(1, schema.SCHEMA_VERSION + 1)) == VERSIONS


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
    assert doc["format"] == jsondoc.FORMAT
    assert doc == expected
    # Entries written since (an upgrade, say) come after; the old ones are untouched.
    assert old[: len(expected_history)] == expected_history
    assert len(expected["activities"]) == 3
    assert {a["reference"] for a in expected["activities"]} == {"T-001", "T-002", "T-003"}


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_register_reads_the_same_read_only(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"register-v{version}.db"
    shutil.copyfile(FIXTURES / path.name, path)
    before = path.read_bytes()
    store = Store.open(path, readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    assert doc == json.loads((FIXTURES / f"register-v{version}.json").read_text("utf-8"))
    assert path.read_bytes() == before
