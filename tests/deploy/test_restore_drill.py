"""deploy/restore-drill.sh, run for real: a pg_dump of a central store restores into a
database that serves the same young person to a new laptop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.sync.conftest import postgres_server  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_restore_drill_passes(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = make_url(postgres_server + "/postgres")
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PGHOST": url.host or "127.0.0.1", "PGPORT": str(url.port or 5432),
           "PGUSER": url.username or "postgres", "TMPDIR": str(tmp_path),
           "KEYWORKER_CENTRAL": str(bindir / "keyworker-central"),
           "KEYWORKER": str(bindir / "keyworker"),
           "PYTHONPATH": str(REPO), "DRILL_PORT": str(_free_port())}
    for name in ("KEYWORKER_PASSPHRASE", "KEYWORKER_DATA_DIR"):
        env.pop(name, None)
    done = subprocess.run(["bash", str(REPO / "deploy" / "restore-drill.sh")], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS: the restored central store holds every change" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the dump and the laptop stores are gone


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    return port
