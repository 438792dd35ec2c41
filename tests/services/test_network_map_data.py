"""The network map's data (services/network_map.py) over the demo caseload."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.services import network_map
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Action, NetworkLink, YoungPerson

TODAY = date(2025, 3, 10)
PASS = "correct horse battery"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("map") / "s"
    store = Store.create(root, PASS, kdf=keys.TEST_KDF)
    with store.transaction() as s:
        populate_demo(s, today=TODAY)
    store.close()
    return root


@pytest.fixture
def store(demo_dir: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the demo store, so tests that write do not meet."""
    import shutil

    copy = tmp_path / "s"
    shutil.copytree(demo_dir, copy)
    opened = Store.open(copy, PASS)
    yield opened
    opened.close()


def live_links(store: Store, yp_id: str) -> list[NetworkLink]:
    with store.session() as s:
        return list(s.scalars(select(NetworkLink).where(
            NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None))))


def busiest(store: Store) -> str:
    with store.session() as s:
        ids = list(s.scalars(select(YoungPerson.id)))
    return max(ids, key=lambda i: len(live_links(store, i)))


def test_one_node_per_live_link_for_everyone(store: Store) -> None:
    with store.session() as s:
        people = list(s.scalars(select(YoungPerson)))
        maps = {yp.id: network_map.network_map_for(s, yp.id, TODAY) for yp in people}
        expected = {yp.id: (yp.known_as, yp.given_name[0] + yp.family_name[0]) for yp in people}
    for yp_id, m in maps.items():
        links = live_links(store, yp_id)
        assert len(m.nodes) == len(links) > 0
        assert {n.id for n in m.nodes} == {link.id for link in links}
        assert (m.person.display_name, m.person.initials) == expected[yp_id]


def test_nodes_carry_the_professional_and_the_link(store: Store) -> None:
    yp_id = busiest(store)
    with store.session() as s:
        m = network_map.network_map_for(s, yp_id, TODAY)
        for node in m.nodes:
            link = s.get(NetworkLink, node.id)
            assert link is not None
            assert (node.name, node.role, node.agency, node.sector) == (
                link.professional.name, link.professional.role, link.professional.agency,
                link.professional.sector)
            assert (node.strength, node.direction, node.last_contact) == (
                link.strength, link.direction, link.last_contact_on)
            assert not node.is_pinned


def test_positions_are_saved_and_read_back(store: Store) -> None:
    yp_id = busiest(store)
    with store.session() as s:
        first, second = network_map.network_map_for(s, yp_id, TODAY).nodes[:2]
    with store.transaction() as s:
        network_map.save_position(s, first.id, 123.5, -40.25)
    with store.session() as s:
        again = network_map.network_map_for(s, yp_id, TODAY)
    assert (again.node(first.id).x, again.node(first.id).y) == (123.5, -40.25)
    assert not again.node(second.id).is_pinned
    with store.transaction() as s:
        network_map.save_position(s, first.id, None, None)
    with store.session() as s:
        assert not network_map.network_map_for(s, yp_id, TODAY).node(first.id).is_pinned


def test_bad_positions_are_refused(store: Store) -> None:
    yp_id = busiest(store)
    node_id = live_links(store, yp_id)[0].id
    for x, y in ((float("nan"), 0.0), (1.0, None), (float("inf"), 2.0)):
        with pytest.raises(ValueError), store.transaction() as s:
            network_map.save_position(s, node_id, x, y)


def test_change_link_is_checked_against_the_vocabulary(store: Store) -> None:
    yp_id = busiest(store)
    node_id = live_links(store, yp_id)[0].id
    with store.transaction() as s:
        network_map.change_link(s, node_id, "stressful", "from_young_person")
    with store.session() as s:
        node = network_map.network_map_for(s, yp_id, TODAY).node(node_id)
    assert (node.strength, node.direction) == ("stressful", "from_young_person")
    with pytest.raises(ValidationError), store.transaction() as s:
        network_map.change_link(s, node_id, "very strong", "both")


@pytest.mark.parametrize(("weeks_setting", "marked"), [(2, True), (4, False)])
def test_no_contact_follows_the_setting(store: Store, weeks_setting: int, marked: bool) -> None:
    yp_id = busiest(store)
    node_id = live_links(store, yp_id)[0].id
    with store.transaction() as s:
        link = s.get(NetworkLink, node_id)
        assert link is not None
        link.last_contact_on = TODAY - timedelta(weeks=3)
        settings.put(s, settings.NO_CONTACT_WEEKS, weeks_setting)
    with store.session() as s:
        m = network_map.network_map_for(s, yp_id, TODAY)
    assert m.needs_contact(m.node(node_id), TODAY) is marked


def test_a_tombstoned_link_leaves_the_map(store: Store) -> None:
    yp_id = busiest(store)
    before = live_links(store, yp_id)
    gone = before[0].id
    with store.transaction() as s:
        network_map.remove_from_network(s, gone)
    with store.session() as s:
        m = network_map.network_map_for(s, yp_id, TODAY)
        assert s.get(NetworkLink, gone) is not None  # tombstoned, not deleted
    assert len(m.nodes) == len(before) - 1
    with pytest.raises(KeyError):
        m.node(gone)
    with pytest.raises(KeyError), store.transaction() as s:
        network_map.save_position(s, gone, 1.0, 2.0)


def test_overdue_flag_follows_open_actions_past_due(store: Store) -> None:
    with store.session() as s:
        overdue = [a for a in s.scalars(select(Action))
                   if a.owner_professional_id and a.status in ("open", "chased")
                   and a.due_on is not None and a.due_on < TODAY]
        assert overdue, "the demo caseload has overdue actions owned by professionals"
        action = overdue[0]
        yp_id, owner = action.young_person_id, action.owner_professional_id
        m = network_map.network_map_for(s, yp_id, TODAY)
        late = {a.owner_professional_id for a in overdue if a.young_person_id == yp_id}
        for node in m.nodes:
            link = s.get(NetworkLink, node.id)
            assert link is not None
            assert node.has_overdue_action == (link.professional_id in late)
        flagged = next(n for n in m.nodes if s.get(NetworkLink, n.id).professional_id == owner)  # type: ignore[union-attr]
        assert flagged.has_overdue_action
        # Done, or not yet due, the flag goes.
        ids = [a.id for a in overdue if a.owner_professional_id == owner
               and a.young_person_id == yp_id]
    with store.transaction() as s:
        for a_id in ids:
            a = s.get(Action, a_id)
            assert a is not None
            a.status = "done"
    with store.session() as s:
        assert not network_map.network_map_for(s, yp_id, TODAY).node(flagged.id).has_overdue_action


def test_professional_details_show_contact_and_actions(store: Store) -> None:
    with store.session() as s:
        action = next(a for a in s.scalars(select(Action)) if a.owner_professional_id)
        yp_id, pro_id = action.young_person_id, action.owner_professional_id
        assert pro_id is not None
        link = s.scalar(select(NetworkLink).where(NetworkLink.young_person_id == yp_id,
                                                  NetworkLink.professional_id == pro_id))
        assert link is not None
        by_link = network_map.professional_details(s, yp_id, link.id, TODAY)
        by_pro = network_map.professional_details(s, yp_id, pro_id, TODAY)
        name = link.professional.name
    assert by_link == by_pro
    assert by_link.name == name
    assert action.description in [a.description for a in by_link.actions]
    if by_link.last_contact_on is not None:
        assert by_link.contacts[0].on >= by_link.last_contact_on
    assert [c.on for c in by_link.contacts] == sorted((c.on for c in by_link.contacts),
                                                       reverse=True)


def test_unknown_young_person_or_node(store: Store) -> None:
    yp_id = busiest(store)
    with store.session() as s:
        with pytest.raises(KeyError):
            network_map.network_map_for(s, "no-such-person", TODAY)
        with pytest.raises(KeyError):
            network_map.professional_details(s, yp_id, "no-such-link", TODAY)
