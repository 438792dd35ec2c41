"""Store fixtures: a fresh store with a cheap KDF (the default one is tested once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store

PASSPHRASE = "correct horse battery"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(root: Path) -> Iterator[Store]:
    st = Store.create(root, PASSPHRASE, user_name="Sam Keyworker", kdf=keys.TEST_KDF)
    yield st
    st.close()
