"""The application context (ui/context.py): what start-up reads without the store."""

from __future__ import annotations

from pathlib import Path

from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.ui.context import LOGS_FOLDER, STORE_FILE_NAMES, AppContext


def test_start_up_names_the_same_files_as_the_store(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path)
    assert STORE_FILE_NAMES == (paths.db.name, paths.key.name)
    assert AppContext(data_dir=tmp_path).logs_dir == paths.logs
    assert LOGS_FOLDER == paths.logs.name


def test_store_exists_as_the_store_sees_it(tmp_path: Path) -> None:
    ctx = AppContext(data_dir=tmp_path)
    paths = StorePaths(tmp_path)
    assert not ctx.store_exists() and not paths.exists()
    for made in (paths.key, paths.db):
        made.write_bytes(b"")
        assert ctx.store_exists() and paths.exists()
        made.unlink()
