"""Whether the demo would be mixed into a store kept for real work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.services.demo.guard import demo_risk
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import SyncState
from keyworker_desktop.sync.client import ACCOUNT_KEY

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    yield st
    st.close()


def test_an_empty_store_has_no_risk(store: Store) -> None:
    with store.session() as s:
        assert not demo_risk(s)


def test_real_young_people_are_a_risk(store: Store) -> None:
    with store.transaction() as s:
        take_referral(s, Referral("Ava", "Reed"), TODAY)
        take_referral(s, Referral("Ben", "Reed"), TODAY)
    with store.session() as s:
        risk = demo_risk(s)
    assert risk and risk.real_young_people == 2 and not risk.registered
    assert "holds 2 real young people" in risk.message() and "Reed" not in risk.message()


def test_a_registered_store_is_a_risk(store: Store) -> None:
    with store.transaction() as s:
        s.add(SyncState(key=ACCOUNT_KEY, value={"v": {"user": "sam"}}))
    with store.session() as s:
        risk = demo_risk(s)
    assert risk and risk.registered and "registered with a central store" in risk.message()


def test_a_store_with_a_central_store_address_is_a_risk(store: Store) -> None:
    with store.transaction() as s:
        settings.put(s, settings.SERVER_URL, "https://central.example.org")
    with store.session() as s:
        assert demo_risk(s).registered


def test_the_demo_again_on_a_demo_store_is_no_risk(store: Store) -> None:
    with store.transaction() as s:
        populate_demo(s, today=TODAY, scale=3)
    with store.session() as s:
        assert not demo_risk(s)
