"""Reading every activity in one query gives what the JSON export gives, activity by activity."""

from __future__ import annotations

from pathlib import Path

from model.core import vocab
from model.register import crud
from model.storage import schema
from model.storage.store import Store
from tests.guikit import seeded_store


def _one_by_one(store: Store) -> list[tuple[int, dict[str, object]]]:
    with store.read() as session:
        return [(a.id, crud.activity_dict(session, a)) for a in crud.activities(session)
                if a.id is not None]


def test_the_seed_reads_the_same_in_one_query(tmp_path: Path) -> None:
    store = seeded_store(tmp_path / "r.db")
    with store.read() as session:
        assert crud.activity_dicts(session) == _one_by_one(store)
    store.close()


def test_every_list_and_field_reads_the_same_in_one_query(store: Store) -> None:
    measure = vocab.SECURITY_MEASURES[0].code
    with store.write() as session:
        full = crud.create_activity(
            session, name="Paie", purpose="Payer", categories=["Identité", "Santé"],
            bases=[("legal_obligation", "Code du travail"), ("consent", "")],
            subjects=["Salariés", "Stagiaires"], recipients=["Cabinet comptable"],
            transfers=[{"country": "Maroc", "recipient": "Centre d'appel",
                        "safeguard": "scc", "safeguard_detail": "2021/914"},
                       {"country": "Inde", "recipient": "Prestataire"}],
            security_measures=[measure], dpia_required=True, validated_at="2026-01-02",
            retention="5 ans", art9_condition="Article 9(2)(b)")
        crud.create_activity(session, purpose="Sans rien", dpia_required=False)
        empty = crud.create_activity(session, name="Vide")
        crud.move_activity(session, activity_id=int(empty.id or 0), to_index=0)
        assert full.id is not None
        full_id = full.id
    expected = _one_by_one(store)
    assert [d["name"] for _, d in expected] == ["Vide", "Paie", ""]
    with store.read() as session:
        assert crud.activity_dicts(session) == expected
        assert crud.activity_dicts(session, [full_id]) == [expected[1]]
        assert crud.activity_dicts(session, []) == []
        row = session.get(schema.Activity, full_id)
        assert row is not None and row.dpia_required is True
