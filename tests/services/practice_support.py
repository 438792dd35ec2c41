"""A fresh store with one young person, for the practice services' tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store

TODAY = date(2025, 3, 10)


def fresh_store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def add_young_person(store: Store) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed")
        return yp.id
