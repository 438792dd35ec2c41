"""Store fixtures: a fresh store with a cheap KDF (the default one is tested once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store

PASSPHRASE = "correct horse battery"


def insert_young_person_sql(conn: Connection, id_: str, given: str, family: str,
                            interests: str) -> None:
    """A young person written as an older app version would: plain SQL, no session hooks."""
    conn.exec_driver_sql(
        "INSERT INTO young_person (id, given_name, family_name, preferred_name, pronouns, "
        "nhs_number, address, living_situation, placement_name, placement_out_of_area, "
        "communication_needs, uses_easy_read, uses_signs, uses_drawing, what_matters, "
        "people_like, how_to_support, interests, created_at, updated_at, created_by, "
        "updated_by, origin_device, version, hlc) VALUES (?, ?, ?, '', '', '', '', "
        "'family_home', '', 0, '', 0, 0, 0, '', '', '', ?, '2024-01-01 00:00:00', "
        "'2024-01-01 00:00:00', '', '', '', 1, '')",
        (id_, given, family, interests),
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(root: Path) -> Iterator[Store]:
    st = Store.create(root, PASSPHRASE, user_name="Sam Keyworker", kdf=keys.TEST_KDF)
    yield st
    st.close()
