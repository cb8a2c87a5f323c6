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
            retention="5 ans", art9_condition="employment")  # Art. 9(2)(b)
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
        views = crud.activity_views(session)
        assert [(v.id, v.json) for v in views] == expected
        assert [v.title for v in views] == ["Vide", "Paie", "Sans rien"]
        row = session.get(schema.Activity, full_id)
        assert row is not None and row.dpia_required is True


def test_places_and_ids_follow_the_users_order(store: Store) -> None:
    with store.write() as session:
        made = [int(crud.create_activity(session, name=f"A{i}").id or 0) for i in range(6)]
        crud.move_activity(session, activity_id=made[5], to_index=1)
        crud.delete_activity(session, activity_id=made[2])
        inserted = int(crud.create_activity(session, name="B", position=3).id or 0)
    with store.read() as session:
        order = [a.id for a in crud.activities(session)]
        assert crud.activity_ids(session) == order
        assert crud.places(session, [inserted, made[5], made[0]]) == {
            inserted: order.index(inserted), made[5]: 1, made[0]: 0}
        assert crud.places(session, []) == {}


def test_note_names_come_each_once_in_the_order_the_grid_first_meets_them(
        store: Store) -> None:
    """The grid's note columns: each name once, by its first activity in the user's order,
    then by its place among that activity's notes."""
    from model.register import rows

    with store.write() as session:
        crud.create_activity(session, name="Un", notes=[
            {"name": "Sous-finalités", "text": "relance"}, {"name": "Pilote", "text": "RH"}])
        crud.create_activity(session, name="Deux", notes=[
            {"name": "Pilote", "text": "DSI"}, {"name": "Origine", "text": "CNIL"},
            {"name": "Sous-finalités", "text": "archivage"}])
        crud.create_activity(session, name="Trois", notes=[{"name": "Zone", "text": "UE"}])
    with store.raw() as con:
        assert rows.note_names(con) == ["Sous-finalités", "Pilote", "Origine", "Zone"]
    with store.write() as session:  # "Trois" first: its note comes first
        third = crud.activities(session)[2]
        crud.move_activity(session, activity_id=third.id, to_index=0)
    with store.raw() as con:
        assert rows.note_names(con) == ["Zone", "Sous-finalités", "Pilote", "Origine"]
