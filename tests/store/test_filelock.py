"""One writer per store: a second open, here or in another process, is refused plainly."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import StoreInUse
from keyworker_desktop.store.filelock import StoreLock
from keyworker_desktop.store.lockout import Lockout
from tests.store.conftest import PASSPHRASE


def test_a_second_open_is_refused_until_the_first_closes(store: Store, root: Path) -> None:
    with pytest.raises(StoreInUse) as refused:
        Store.open(root, PASSPHRASE)
    assert "open in the app" in refused.value.message
    assert str(root) in refused.value.message
    # Refused before the passphrase was tried: no attempt counted.
    assert Lockout(store.paths.attempts).failures == 0
    store.close()
    again = Store.open(root, PASSPHRASE, daily_backup=False)
    again.close()


def test_a_wrong_passphrase_releases_the_lock(store: Store, root: Path) -> None:
    store.close()
    with pytest.raises(Exception, match="not right"):
        Store.open(root, "not the passphrase")
    Store.open(root, PASSPHRASE, daily_backup=False).close()


def test_another_process_cannot_open_the_store(store: Store, root: Path) -> None:
    code = textwrap.dedent(f"""
        import sys
        from keyworker_desktop.store.database import Store
        from keyworker_desktop.store.errors import StoreInUse
        try:
            Store.open({str(root)!r}, {PASSPHRASE!r})
        except StoreInUse as exc:
            print(exc.message)
            sys.exit(7)
        sys.exit(0)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 7, done.stderr
    assert "open in the app" in done.stdout


def test_creating_takes_the_lock(tmp_path: Path) -> None:
    st = Store.create(tmp_path / "new", PASSPHRASE, kdf=keys.TEST_KDF)
    try:
        with pytest.raises(StoreInUse):
            StoreLock(tmp_path / "new").acquire()
    finally:
        st.close()
    with StoreLock(tmp_path / "new") as lock:
        assert lock.held
    assert not lock.held
